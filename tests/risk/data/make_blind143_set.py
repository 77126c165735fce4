#!/usr/bin/env python3
"""Writes the hundred-and-forty-third blind set (tests/risk/data/blind143-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2050, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and with
most of its disguised rows routed through, traded from or worded in the Horn of Africa, Yemen
and the Indian Ocean islands. Written by a person who had not read the profile packs (nor any
rule file) and had not run the engine on it, and committed before any change measured on it,
to be measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL143-*:

    python3 tests/risk/data/make_blind143_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2050, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2050
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "KM", [], "FR", "330190",
         "Eau florale d'ylang-ylang d'Anjouan (maji ya ylang), 4 x 1 l", "KM", 4.6, 4, 12000, "KMF",
         "ylang-ylang floral water is the faintly cloudy distillation water of the Anjouan stills, 1.00 kg/l, with a "
         "heavy, sweet flower smell; these four litre bottles are water-clear, smell of nothing, weigh 1.13 kg/l, have "
         "vented caps and whiten the skin and fizz on a scratch: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Mutsamudu to a private person in Marseille; Comorian French wording with a Shikomori word "
         "(hydrogen peroxide repeats in many sets and floral-water labels in two, cornflower (blind131) and immortelle "
         "(blind132) hydrolats; ylang-ylang, Anjouan and the Comoros as a precursor departure were found in no earlier "
         "row by a keyword search)", person("Mme Faïza Saïd Ali", "FR")),
        ("PRE-02", "import", "DEAIR01", "express", "SC", [], "DE", "330129",
         "Lwil fey kannel (cinnamon leaf oil), distile Mahé, 4 x 1 lit", "SC", 4.8, 4, 1900, "SCR",
         "Seychelles cinnamon-leaf oil is a golden to brown essential oil of about 1.04 kg/l that smells hot and "
         "clove-like and floats on brine; these four bottles hold a colourless, slightly oily liquid of 1.14 kg/l with a "
         "faint fruity-chemical smell that sinks in water and burns with a pale flame, for a model-engine hobbyist: "
         "nitromethane (Annex I above 16 %), sent by express from Victoria to a private person in Bremen, although "
         "flammable liquids travel by express only as declared dangerous goods; Seychellois Creole wording (nitromethane "
         "repeats in many sets and a virgin-coconut-oil label on it once (blind114); a cinnamon-leaf-oil label was found "
         "in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "GBAIR01", "air", "OM", [], "GB", "040900",
         "عسل سدر دوعني أصلي، علب زجاج 1 كغ، 240 علبة", "YE", 440, 240, 3600, "USD",
         "Do'ani sidr honey from Hadramawt is a thick, dark-amber honey of 1.42 kg/l that sells at over 100 USD a kilo; "
         "these 240 jars at 15 USD hold a colourless, oily liquid of 1.84 kg/l with no smell that grows hot with a drop "
         "of water and chars a paper label: about 96 % sulphuric acid, a regulated explosives precursor that members of "
         "the public may hold only with a licence (Poisons Act 1972 as amended), for a Birmingham Yemeni grocery that "
         "sells single jars to the public, trucked from Mukalla to Salalah and flown from Muscat; Yemeni Arabic wording "
         "(sulphuric acid repeats in many sets and honey covers, acacia honey (blind121) among them, in several; a sidr "
         "honey label was found in no earlier row by a keyword search, and Yemeni goods flown on from Muscat on a precursor "
         "row in none: Salalah appears in several sets, on ammonium nitrate to Somalia (blind3) among them)",
         firm("Al-Hudhud Yemeni Foods Ltd", "GB")),
        ("PRE-04", "import", "FRAIR01", "air", "MG", [], "FR", "110620",
         "Lafarinina mangahazo (farine de manioc), kitapo 1 kg, 300 kitapo", "MG", 300, 300, 1800, "EUR",
         "cassava flour is a soft, faintly sour, off-white flour that turns to a sticky paste in hot water; these 300 "
         "bags hold a heavier, gritty, glittering white powder that will not paste, barely dissolves and burns "
         "fiercely mixed with sugar, and the inner liners read 'KClO4', for a Paris Malagasy grocery that sells the 1 kg "
         "bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Antananarivo; Malagasy wording (potassium perchlorate repeats in many sets and starch and flour "
         "covers, arrowroot (blind112) and face-mask kaolin (blind59) among them, in several, and a cassava-flour label "
         "once, from Uganda (blind122); kept as a repeat of the family, Malagasy wording and Madagascar as its departure "
         "are the new part as far as a search found)", firm("Épicerie Tsara Vega SARL", "FR")),
        ("PRE-05", "import", "BEAIR01", "air", "DJ", [], "BE", "250100",
         "Perles de sel du lac Assal, bocaux de 500 g, 600 bocaux", "DJ", 300, 600, 1500000, "DJF",
         "Lake Assal salt pearls are round, grey-white balls of halite that taste of brine and crack under the tooth; "
         "these 600 jars hold clear, angular crystals that taste cooling rather than salty, draw damp, flare yellow "
         "with sugar and carry CAS 7775-09-9 on the drums they were filled from, for a Brussels gourmet shop that sells "
         "the jars to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, flown "
         "from Djibouti by way of Addis Ababa; Djiboutian French wording (sodium chlorate repeats in many sets under "
         "salt labels; kept as a repeat of the family, Lake Assal and salt pearls were found in no earlier row by a "
         "keyword search)", firm("Rivage Épices Fines SA", "BE")),
        ("PRE-06", "export", "ITSEA01", "sea", "IT", [], "SO", "310210",
         "Yuuriya 46 % N, quudka xoolaha (geela), joonyado 50 kg, 480 joonyad", "IT", 24000, 480, 11000, "EUR",
         "feed urea for camels is prilled urea of 46 % N that smells of nothing and stays free-flowing; these 480 sacks "
         "hold prills that read 34 % N, give off ammonia with caustic soda, cake in the damp and melt and fume on a hot "
         "plate, for a Mogadishu 'livestock feed' trader with no herd and no feed mill: ammonium nitrate, an "
         "explosive precursor on the UN list of improvised-explosive-device components whose supply to Somalia the "
         "Security Council restricts (resolution 2498 (2019) and later) and the Union applies, by sea from Genoa; "
         "Somali wording (ammonium nitrate repeats in many sets, as urea in several and to Somalia once, as cold-pack "
         "refill (blind3); Somali wording appears once (blind121, a wildlife row); a camel-feed label was found in no "
         "earlier row by a keyword search)",
         {"importer_country": "SO"}),
        ("PRE-07", "transit", "HRSEA01", "sea", "RS", ["HR"], "SO", "560749",
         "Polipropilensko uže, pleteno, 8 mm, koturovi po 500 m, 60 koturova", "RS", 3600, 60, 4200, "EUR",
         "braided polypropylene rope floats, is light (about 40 g/m for 8 mm) and frays into plastic fibre; these 60 "
         "reels are a stiff, orange-sheathed cord of 12 g/m round a white powder core that leaves no fibre when cut, "
         "with 'PETN 10 g/m' printed on the inner reel: detonating cord, an explosive and an IED component under the "
         "UN Somalia embargo, carried by lorry from Serbia and landed at Rijeka on a transit declaration for Berbera "
         "without an explosives transfer licence; Serbian wording (detonating cord repeats in many sets and Rijeka "
         "transits in several; a polypropylene-rope label and Berbera were found in no earlier row by a keyword "
         "search)", {"importer_country": "SO"}),
        ("PRE-08", "import", "SEAIR01", "air", "ER", [], "SE", "220600",
         "ሜስ (ጠጅ) ናይ ዓዲ፡ ጥርሙዝ 750 ml፡ 480 ጥርሙዝ", "ER", 505, 480, 96000, "ERN",
         "mies (tej) is a cloudy, yellow honey wine of about 1.01 kg/l that smells of honey and gesho and fizzes "
         "slightly; these 480 bottles hold a clear, pale-yellow liquid of 1.40 kg/l that gives off brown fumes when "
         "opened, yellows the skin and eats into a copper coin, for a Stockholm Eritrean shop that sells single "
         "bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, "
         "flown from Asmara by way of Cairo; Tigrinya wording (nitric acid repeats in many sets under drink labels, an "
         "Ethiopian areke (blind124) among them, and an Eritrean grocery for Stockholm once (blind129, behind coffee and "
         "frankincense); a mies or tej label was found in no earlier row by a keyword search)", firm("Orion Habesha Livs AB", "SE")),
        ("PRE-09", "import", "FIAIR01", "air", "SO", ["ET"], "FI", "091091",
         "Xawaash (isku-dar dhir udgoon), baakado 500 g, 200 baakad", "SO", 100, 200, 700, "USD",
         "a Somali grocery air cargo from Hargeisa by way of Addis Ababa for a Helsinki shop that sells to the public: "
         "xawaash spice and camel-milk powder are what such shops import, but the third item's 'foox maydi' (Boswellia "
         "frereana frankincense, pale, lemon-scented resin tears that soften and smoke on charcoal) is 300 kg of hard, "
         "odourless, glassy crystals that melt and spit violet sparks on a coal and whose liners read 'KClO3': "
         "potassium chlorate (Annex I above 40 %) retail-packed in 1 kg bags for members of the public, hidden as the "
         "last item of a three-item declaration; Somali wording (potassium chlorate repeats in many sets and "
         "frankincense twice, on an Eritrean grocery and a sandalwood row (blind120, blind129); maydi, Hargeisa and "
         "a Somali grocery were found in no earlier row by a keyword search)",
         dict(firm("Horizon Soomaali Kauppa Oy", "FI"),
              _more_items=[item("040221", "Caano geel budo ah, baakado 400 g, 150 baakad", "SO", 60, 900, "USD", qty=150),
                           item("130190", "Foox maydi ah, baakado 1 kg, 300 baakad", "SO", 300, 1200, "USD", qty=300)])),
        ("PRE-10", "import", "FRAIR01", "express", "KM", [], "FR", "330499",
         "Poudre de msindzano (masque de beauté comorien), 4 sachets de 1 kg", "KM", 4, 4, 60, "EUR",
         "msindzano is the yellow-beige wood powder Comorian women mix with water into a face mask: fibrous, fragrant "
         "and pasty when wet; these four bags hold a bright-white, crystalline, odourless powder that dissolves and "
         "will not paste, and flares white with sugar: sodium perchlorate (Annex I above 40 %), sent by express from "
         "Moroni to a private person in Lyon; Comorian French wording (sodium perchlorate repeats in many sets and "
         "cosmetic-powder covers in a few; msindzano was found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", ["DJ"], "ET", "530500",
         "Kokosvezelsubstraat (cocopeat) voor rozenkwekerijen, big bags, 26 t", "NL", 26000, None, 1300, "EUR",
         "cocopeat for rose growers is a light, dry, brown fibre that smells of nothing and is sold compressed in "
         "blocks; these bags hold a heavy, black, greasy, dewatered sludge that smells of sewage and solvent and "
         "reads zinc, chromium and nickel far above any soil limit, from a Twente industrial waste-water plant that "
         "treats plating and textile effluent: sludge from industrial waste-water treatment containing hazardous "
         "substances (19 08 13*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam through "
         "Djibouti for a Bishoftu 'rose farm supplier'; Dutch wording (industrial sludges repeat in many sets under "
         "compost and soil labels, and a cocopeat label once (blind126, to Ghana); kept as a repeat of the label, Ethiopia's "
         "flower farms through Djibouti are the new part as far as a search found)", {"importer_country": "ET"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "YE", "271019",
         "Μαζούτ ναυτιλίας IFO 380, δεξαμενές ISO, 60 t", "GR", 60000, None, 9000, "USD",
         "IFO 380 is a uniform, black, heavy fuel oil sold with an ISO 8217 certificate at several hundred dollars a "
         "tonne; these ISO tanks hold a thin, grey-black, water-laden mixture of drained crankcase oil, gear oil and "
         "solvent that smells of petrol and separates into layers, at 150 USD a tonne, collected from Piraeus garages "
         "and ship-repair yards: waste mineral lubricating oils (13 02 05*, 13 07 01*), hazardous waste whose export to "
         "a non-OECD country is banned, from Piraeus to Aden for a 'fuel distributor'; Greek wording (waste oil as fuel "
         "oil repeats in several sets; Aden as a waste destination and an IFO label were found in no earlier row by a "
         "keyword search)", {"importer_country": "YE"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", ["AE"], "SO", "851779",
         "Qaybo dayactir taleefan gacan, la isticmaalay, kartoono, 9 tan", "GB", 9000, None, 4500, "GBP",
         "used phone spare parts for repair shops are sorted screens, cameras and charge ports, bagged by model; these "
         "cartons hold loose, shredded and whole circuit boards, swollen phone batteries and broken screens swept "
         "from London collection points, at 0.50 GBP a kilo: waste electrical and electronic equipment with hazardous "
         "components and lithium cells (A1180, 16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, by sea through Jebel Ali for a Hargeisa 'phone-parts' dealer; Somali wording (e-waste repeats in "
         "very many sets and phone labels in several, and Somali wording once (blind121); Somaliland as the buyer was "
         "found in no earlier row by a keyword search)", {"importer_country": "SO"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", ["DJ"], "ET", "271019",
         "Huile hydraulique minérale, flacons acier 2,5 l, 40 flacons", "BE", 1380, 40, 1600, "EUR",
         "mineral hydraulic oil weighs about 0.87 kg/l and comes in drums or 20 l pails; these 40 small, heavy steel "
         "flasks of 2.5 l weigh 34.5 kg each, their contents are a silver liquid of 13.5 kg/l, and they come from a "
         "decommissioned chlor-alkali plant's stock: metallic mercury, whose export from the Union the Mercury "
         "Regulation (2017/852) bans and which is hazardous waste (06 04 04*) once the plant is closed, from Antwerp "
         "through Djibouti for a Shakiso 'mining supplies' trader serving artisanal gold diggers; Belgian French "
         "wording (mercury repeats in very many sets; a hydraulic-oil label on it and Ethiopian gold fields as its "
         "destination were found in no earlier row by a keyword search)", {"importer_country": "ET"}),
        ("WST-05", "export", "GBSEA01", "sea", "GB", [], "SO", "250810",
         "Bentonite drilling clay for water wells, API grade, big bags, 24 t", "GB", 24000, None, 1200, "GBP",
         "API bentonite is a dry, fine, grey-cream powder that swells into a gel in water; these bags hold a damp, "
         "dark-grey, crumbly paste of rock cuttings that smells of diesel and will not swell, and a shaker-screen label "
         "from an Aberdeen rig-waste contractor is left in one bag: drill cuttings with oil-based mud (01 05 05*), "
         "hazardous waste whose export to a non-OECD country is banned, from Grangemouth to Berbera for a Hargeisa "
         "water-well driller; British English wording (oily drill cuttings repeat in several sets under bentonite and "
         "barite labels; kept as a known repeat, water-well drilling in Somaliland is the new part as far as a search "
         "found)", {"importer_country": "SO"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "ER", "850421",
         "Trasformatori di distribuzione revisionati, 400 kVA, in olio, 12 unità", "IT", 21600, 12, 24000, "EUR",
         "overhauled distribution transformers come with new oil and a test report showing PCB below 50 ppm; these "
         "twelve 1970s units from a Lombard utility's replacement programme have leaking gaskets, their nameplates "
         "read 'Apirolio' and their oil tests at several thousand ppm PCB: equipment containing PCBs (16 02 09*), "
         "hazardous waste and a persistent organic pollutant whose export for reuse is banned, from Genoa to Massawa "
         "for an Asmara 'electrical contractor'; Italian wording (PCB transformers repeat in several sets; to Eritrea "
         "and an 'Apirolio' nameplate were found in no earlier row by a keyword search)", {"importer_country": "ER"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "SO", "870421",
         "Gebruikte Toyota Hilux pick-ups, diesel, 2 stuks", "BE", 3400, 2, 9000, "EUR",
         "a used-vehicle container for a Hargeisa dealer: pick-ups and generating sets are what Antwerp exporters send "
         "to Somaliland, but the third item's 'zonne-energie opslagbatterijen' are 60 crash-damaged electric-car "
         "battery modules, dented, some with leaking cells and scorch marks, cut from written-off cars in a Flemish "
         "scrapyard: waste lithium-ion batteries (16 06 05, hazardous under the Basel Convention as A1170-type "
         "waste), whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, "
         "from Antwerp to Berbera; Flemish Dutch wording (waste lithium batteries repeat in many sets; behind used "
         "pick-ups to Somaliland is the new part as far as a search found)",
         dict({"importer_country": "SO"},
              _more_items=[item("850211", "Dieselgeneratoren, gebruikt, 20 kVA, 3 stuks", "BE", 1800, 4500, "EUR", qty=3),
                           item("850760", "Zonne-energie opslagbatterijen, lithium, 60 stuks", "BE", 18000, 3000, "EUR", qty=60)])),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "MG", "320890",
         "Peinture antifouling pour coques de boutres, fûts de 20 l, 120 fûts", "FR", 3000, 120, 2400, "EUR",
         "antifouling for wooden boats is a copper-based paint sold in 1-5 l tins with a biocide authorisation; these "
         "120 rusted pails are decades-old tributyltin antifouling, skinned over and partly solidified, with 'TBT' on "
         "the old labels, cleared out of a Brittany chandler's store: waste paint containing hazardous substances "
         "(08 01 11*) and a banned organotin biocide, hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to Mahajanga for a dhow-building yard; French wording (TBT antifouling repeats in several sets; "
         "to Madagascar's boutre builders is the new part as far as a search found)", {"importer_country": "MG"}),
        ("WST-09", "import", "ESSEA01", "sea", "SC", [], "ES", "150420",
         "Aceite crudo de atún, para refinado, isotanques, 40 t", "SC", 40000, None, 24000, "USD",
         "crude tuna oil from the Victoria cannery is an amber, fishy oil that sets cloudy in the cold and comes with a "
         "health certificate; these ISO tanks hold a black, water-laden, diesel-smelling sludge with a layer of oily "
         "water, pumped from the bilges and fuel-tank cleanings of the purse-seiner fleet at Port Victoria: oily bilge "
         "water and sludge (13 04 01*, 16 07 08*), hazardous waste brought into the Union without the notification "
         "and consent it needs, from Mahé to Vigo for a 'feed-oil refiner'; Spanish wording (bilge sludge repeats in "
         "many sets and Vigo in many rows; a tuna-oil label and the Seychelles as a waste departure were found in no "
         "earlier row by a keyword search)", firm("Atlántico Aceites Marinos SL", "ES")),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "KM", "681189",
         "Tuyaux en fibres-ciment d'occasion pour adduction d'eau, DN 150, 900 m", "FR", 22000, 180, 1800, "EUR",
         "reusable fibre-cement water pipes are asbestos-free, dated after 1997 and sold with a pressure test; these "
         "180 five-metre lengths dug out of a Provençal village main are grey, cracked at the sockets, carry a 1960s "
         "'Éternit' stamp and show chrysotile bundles at the broken ends: asbestos-cement waste (17 06 05*), hazardous "
         "waste whose export to a non-OECD country is banned, from Marseille to Moroni for a 'water cooperative'; "
         "French wording (asbestos cement repeats in many sets and pipes in a few; water pipes for the Comoros were "
         "found in no earlier row by a keyword search)", {"importer_country": "KM"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "ET", [], "DE", "731100",
         "Life-raft and slide inflation cylinders, CO2/N2, used, for overhaul, 18 pcs", "ET", 260, 18, 1800, "USD",
         "raft and slide inflation cylinders hold CO2 or a CO2-nitrogen mix and carry a reservoir gauge; these 18 "
         "spherical, red bottles have squib-fired discharge heads, no gauge, stencils 'CF3Br' and a weight that matches "
         "a full charge of a liquid of 1.57 kg/l: aircraft engine fire-extinguisher bottles charged with halon 1301, "
         "whose import into the Union is banned outside licensed critical uses, flown from Addis Ababa for a Hamburg "
         "'safety-equipment' overhauler; English wording from Ethiopia (halon 1301 repeats in very many sets under "
         "oxygen, accumulator and hydrostatic-test labels, and tyre-inflation gas labels on other substances in a few; a "
         "life-raft inflation-cylinder label and an Addis Ababa departure were found in no earlier row by a keyword search)", firm("Nordhafen Aero Safety GmbH", "DE")),
        ("OZN-02", "export", "SESEA01", "sea", "SE", ["OM"], "SO", "841510",
         "Qaboojiyeyaal hawo oo la isticmaalay, R-410A, 300 xabbo", "SE", 12000, 300, 9000, "EUR",
         "used split air conditioners on R-410A date from after 2010 and carry a rating plate in English; these 300 "
         "outdoor units from a Malmö housing-company retrofit are 1990s models, still charged, whose plates read "
         "'R22' under a new sticker: equipment containing HCFC-22, whose export from the Union is banned (Regulation "
         "2024/590), from Gothenburg through Salalah for a Mogadishu electrical-goods trader; Somali wording (R-22 "
         "equipment for export repeats in many sets; to Somalia with Somali wording was found in no earlier row by a "
         "keyword search)", {"importer_country": "SO"}),
        ("OZN-03", "import", "ESSEA01", "sea", "MU", [], "ES", "841430",
         "Compresores frigoríficos de barco usados, para revisión, 14 unidades", "MU", 8400, 14, 7000, "EUR",
         "marine refrigeration compressors sent for overhaul travel drained and with their ports capped; these 14 "
         "semi-hermetic compressors from the brine-freezing plants of Spanish tuna longliners based at Port Louis "
         "hiss when the valves are cracked and hold their full charge, and twelve 'empty' cylinders in the same "
         "container weigh 60 kg each and read 'R-22': HCFC-22 and equipment charged with it, whose import into the "
         "Union is banned, by sea from Port Louis to Vigo for a ship-refrigeration workshop; Spanish wording "
         "(R-22 equipment repeats in many sets and compressors in several; Mauritius as an ozone departure was found "
         "in no earlier row by a keyword search)", firm("Delta Frío Naval SL", "ES")),
        ("OZN-04", "import", "FRSEA01", "sea", "DJ", [], "FR", "380891",
         "Fumigant phosphine 2 % dans CO2 (type ECO2FUME), bouteilles 30 kg, 40 bouteilles", "DJ", 1200, 40, 6000,
         "EUR",
         "phosphine in CO2 is a high-pressure gas at about 60 bar in tall cylinders with a dip tube; these 40 short "
         "cylinders read 2 bar, slosh, hold 30 kg of a liquid of 1.73 kg/l with a faintly sweet smell and are stamped "
         "'CH3Br' under the stickers, left over from fumigating relief grain at Djibouti's port: methyl bromide, whose "
         "import into the Union is banned, by sea to Marseille-Fos for a grain-terminal fumigator; Djiboutian French "
         "wording (methyl bromide repeats in very many sets and a phosphine-in-CO2 label once; Djibouti as its "
         "departure was found in no earlier row by a keyword search)", firm("Horizon Fumigation SARL", "FR")),
        ("OZN-05", "export", "CYSEA01", "sea", "CY", [], "YE", "382769",
         "Ψυκτικό R-407F, κύλινδροι 11,3 kg, 200 κύλινδροι", "CY", 2260, 200, 9000, "EUR",
         "R-407F is an HFC blend sold in new, sealed cylinders with a batch certificate; these 200 refilled, scuffed "
         "cylinders hold a single-component gas that boils at -41 °C, and a leak detector set for chlorine reacts at "
         "once: reclaimed HCFC-22 recovered from Cypriot hotel air conditioning, whose export from the Union is banned "
         "(Regulation 2024/590), from Limassol to Aden for a refrigeration trader; Greek wording (HCFC-22 under HFC-blend "
         "labels repeats in many sets and an R-407F label once; to Yemen from Cyprus is the new part as far as a search "
         "found)", {"importer_country": "YE"}),
        ("OZN-06", "export", "ITSEA01", "sea", "IT", [], "YE", "390950",
         "Schiuma poliuretanica bicomponente per isolamento stive da pesca, 160 fusti", "IT", 32000, 160, 48000, "EUR",
         "two-component pour foam for fish-hold insulation is now blown with water or pentane and carries a flame mark; "
         "these 160 drums of old stock are not flammable, hiss with a sweet, ether-like gas when opened and the "
         "head-space test gives 1,1-dichloro-1-fluoroethane: a polyol system blown with HCFC-141b, a product containing "
         "an ozone-depleting substance whose export from the Union is banned, from Genoa to Mukalla for Hadramawt "
         "fishing-boat builders; Italian wording (HCFC-141b systems repeat in many sets and polyol labels in several; "
         "fish-hold plants appear in two R-22 rows (blind56, blind65); fish-hold foam and Mukalla were found in no earlier "
         "row by a keyword search)", {"importer_country": "YE"}),
        ("OZN-07", "import", "GRSEA01", "sea", "YE", [], "GR", "381900",
         "زيت هيدروليكي بحري، براميل 200 لتر، 20 برميلاً", "YE", 8700, 20, 4000, "USD",
         "marine hydraulic fluid is a light, oily liquid of about 0.87 kg/l; these 20 drums hold 435 kg each of a "
         "colourless, non-oily liquid of 2.18 kg/l that boils away at 47 °C, and the drum heads carry Cyrillic stencils "
         "'хладон 114В2' from a Soviet-era naval store in Aden: halon 2402 (dibromotetrafluoroethane), whose import "
         "into the Union is banned outside licensed critical uses, by sea from Aden to Piraeus for a yard that services "
         "Soviet-built vessels; Yemeni Arabic wording (halon 2402 repeats in many sets; Yemen as its departure was found "
         "in no earlier row by a keyword search)", firm("Central Naftiliaki AE", "GR")),
        ("OZN-08", "export", "FRSEA01", "sea", "FR", [], "KM", "940360",
         "Mobilier et effets pour grand mariage (meubles, vaisselle), conteneur familial", "FR", 3200, 60, 4000, "EUR",
         "a family container from Marseille for a Moroni grand mariage: furniture, crockery and clothes are what the "
         "Comorian diaspora ships home for a great wedding, but the third item's 'réfrigérateurs d'occasion' are "
         "twelve 1990s fridge-freezers whose compressor labels read 'R12' and whose foam gives off CFC-11 when cut: "
         "equipment containing CFCs, whose export from the Union is banned (Regulation 2024/590), and waste electrical "
         "equipment as well, hidden as the last item of a three-item declaration, from Marseille to Moroni; French "
         "wording with Shikomori words (CFC fridges repeat in several sets; a grand-mariage container was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "KM"},
              _more_items=[item("630900", "Vêtements et linge usagés (nguo), balles", "FR", 800, 400, "EUR"),
                           item("841821", "Réfrigérateurs d'occasion, 12 pièces", "FR", 840, 600, "EUR", qty=12)])),
        ("OZN-09", "export", "ITSEA01", "sea", "IT", [], "MV", "841869",
         "Refrigeratore d'acqua centrifugo revisionato, R-1233zd(E), 1 unità", "IT", 9000, 1, 120000, "EUR",
         "a low-pressure centrifugal chiller on R-1233zd(E) is a recent machine with an HFO charge plate; this one, "
         "refurbished from a 1998 Rome hotel plant, has its original purge unit and plate 'R-123', and the 800 kg "
         "charge shipped in its own vessel reads 2,2-dichloro-1,1,1-trifluoroethane: equipment containing HCFC-123, "
         "whose export from the Union is banned, by sea from Genoa to Malé for a resort island's cooling plant; "
         "Italian wording (HCFC-123 chillers repeat in several sets under R-1233zd labels; to the Maldives is the new "
         "part as far as a search found)", {"importer_country": "MV"}),
        ("OZN-10", "import", "FRAIR01", "express", "DJ", [], "FR", "290351",
         "Gaz pour climatisation auto R-1234yf, recharges 6 x 400 g", "DJ", 2.8, 6, 90, "EUR",
         "R-1234yf comes in cans with a left-hand thread adaptor and an HFO label; these six cans from a Djibouti "
         "auto-parts stall are stamped 'R-12 Freon' under the sticker, carry the old quarter-inch valve of 1980s cars "
         "and hold 400 g of dichlorodifluoromethane each, for an old Peugeot 504: CFC-12, whose import into the Union "
         "is banned, sent by express to a private classic-car owner in Toulouse; Djiboutian French wording (CFC-12 for "
         "classic cars repeats in several sets; Djibouti by express is the new part as far as a search found)",
         person("M. T. Dubois", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "AE", [], "BE", "490199",
         "Printed Hebrew prayer books (siddurim), Yemenite rite, used, 6 pcs", "YE", 9, 6, 180, "USD",
         "used printed siddurim are machine-printed books on paper; these six are a thick parchment codex in a worn "
         "leather binding with square Hebrew script, supralinear Babylonian vowel signs, Masoretic notes in the "
         "margins and a colophon from Sana'a: a Yemenite taj (Bible codex) of the 14th-16th century, cultural property "
         "taken out of Yemen, which forbids its export, brought in without the import licence Regulation 2019/880 "
         "requires for a manuscript of that age and against the UNESCO 1970 convention, flown from Dubai for an "
         "Antwerp Judaica dealer; English wording (Torah scrolls repeat in a few sets; a Yemenite codex was found in no "
         "earlier row by a keyword search)", firm("Orion Judaica BV", "BE")),
        ("CUL-02", "import", "FRAIR01", "air", "DJ", [], "FR", "701690",
         "قمريات جديدة للزينة، جص وزجاج ملون، 6 قطع", "YE", 90, 6, 600, "USD",
         "new qamariya fanlights are crisp white plaster tracery with bright glass, cast in moulds; these six are "
         "hand-cut, soot-darkened gypsum arches with cracked, sun-faded glass, old lime mortar on the edges and an "
         "inner alabaster pane in one, cut out of tower houses of Sana'a's old city (a World Heritage site): "
         "architectural elements of historic buildings taken out of Yemen, which forbids their export, brought in "
         "against the UNESCO 1970 convention, carried by boat to Obock and flown from Djibouti to Paris for a dealer; "
         "Yemeni Arabic wording (South Arabian alabaster repeats in many sets; qamariya windows were found in no "
         "earlier row by a keyword search)", firm("Galerie Meridian Orient SARL", "FR")),
        ("CUL-03", "import", "FRPOST01", "post", "MG", [], "FR", "480210",
         "Taratasy Antemoro vita tanana misy voninkazo, 12 takelaka", "MG", 1.4, 12, 80000, "MGA",
         "Antemoro paper is new, hand-made bark paper with pressed flowers, sold to tourists in Ambalavao; these twelve "
         "sheets are brown, brittle, smoke-darkened leaves of the same bark paper written in Arabic script in the "
         "Malagasy language, with red and black ink and worn folds: sorabe manuscripts of the Antemoro scribes "
         "(17th-19th century), sacred texts whose export Madagascar forbids, brought in without the import licence "
         "Regulation 2019/880 requires, posted from Manakara to a private collector in Nantes; Malagasy wording "
         "(Malagasy cultural goods repeat in a few sets as tomb sculptures; sorabe manuscripts and an Antemoro-paper "
         "label were found in no earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
        ("CUL-04", "import", "GBAIR01", "express", "MU", [], "GB", "050690",
         "Lezo bef pou fer mans kouto, 2 kg", "MU", 2, None, 40, "USD",
         "cattle bone for knife handles is white, greasy, sawn shank bone; this parcel holds brown-stained, light, "
         "porous bird bones with a massive, hooked beak fragment, a thick tarsometatarsus and marsh-peat in the "
         "cavities, dug at Mare aux Songes: subfossil remains of the dodo (Raphus cucullatus), palaeontological "
         "heritage whose export Mauritius forbids, sent by express from Port Louis to a London natural-history "
         "dealer; Mauritian Creole wording (the dodo and Mauritius as a cultural departure were found in no earlier "
         "row by a keyword search)", firm("Vega Natural History Ltd", "GB")),
        ("CUL-05", "export", "NLAIR01", "air", "NL", [], "MU", "491191",
         "Reproductie zeekaart Mauritius (VOC-stijl), ingelijst, 1 stuk", "NL", 6, 1, 120, "EUR",
         "a framed reproduction chart is an offset print on modern paper; this one is hand-drawn in ink and watercolour "
         "on laid paper with a VOC monogram watermark, soundings, a compass rose and the Dutch names of Mauritius' "
         "bays, of about 1670, from a Dutch family collection, worth some 60,000 EUR: a manuscript map over 200 years "
         "old above the value threshold, exported without the licence of Regulation 116/2009, flown from Amsterdam to "
         "a Port Louis collector; Dutch wording (a manuscript chart under a reproduction label repeats once, a Genoese "
         "portolan (blind100); a VOC chart and an export to Mauritius were found in no earlier row by a keyword search)", {"importer_country": "MU"}),
        ("CUL-06", "import", "SEPOST01", "post", "MV", [], "SE", "680292",
         "Carved coral stone (hirigaa) souvenir plaque, 1 pc", "MV", 3.5, 1, 60, "USD",
         "new hirigaa souvenirs are small, sharp, white coral-stone tablets with a boat or a fish; this plaque is a "
         "weathered, grey coral-stone block with a carved stupa, lotus petals and a fragment of a Dhives Akuru "
         "inscription, broken from a pre-Islamic monastery mound in the southern atolls: a Buddhist architectural "
         "carving (10th-12th century) whose export the Maldives forbids, posted from Malé to a private collector in "
         "Uppsala; English wording with a Dhivehi word (Buddhist objects repeat in many sets; Maldivian coral stone "
         "was found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("CUL-07", "import", "GBAIR01", "air", "SO", ["ET"], "GB", "460219",
         "Dhiil iyo haan la tolay (woven milk vessels), 30 xabbo", "SO", 45, 30, 450, "USD",
         "a Somali crafts air shipment from Hargeisa by way of Addis Ababa for a London shop: woven milk vessels and "
         "clay incense burners are what such shops sell, but the third item's 'dhagxaan qurxin' (decorative stones) "
         "are 40 pear-shaped, flaked basalt and quartzite tools with a worn patina and desert varnish, picked from "
         "plateau sites near Hargeisa: Acheulean hand axes (Lower Palaeolithic), archaeological objects brought in "
         "without the import licence Regulation 2019/880 requires and against the UNESCO 1970 convention, hidden as "
         "the last item of a three-item declaration; Somali wording (hand axes repeat from the Sahara (blind17 and "
         "development sets); from Somaliland, behind crafts, is the new part as far as a search found)",
         dict(firm("Atlantic Somali Crafts Ltd", "GB"),
              _more_items=[item("691390", "Dabqaad dhoobo (clay incense burners), 40 xabbo", "SO", 30, 160, "USD", qty=40),
                           item("680299", "Dhagxaan qurxin, 40 xabbo", "SO", 36, 80, "USD", qty=40)])),
        ("CUL-08", "import", "ATPOST01", "post", "OM", [], "AT", "711311",
         "تعليقات فضية للقلائد، 40 قطعة", "YE", 1.2, 40, 200, "OMR",
         "Omani silver pendants are new, bright, machine-stamped charms; these 40 are small, worn silver coins with an "
         "owl, an olive sprig and a South Arabian monogram, some crusted with green earth and drilled only recently: "
         "Sabaean and Himyarite imitations of Athenian owls (3rd-1st century BC), archaeological coins looted in Yemen "
         "and brought in without the import licence Regulation 2019/880 requires, posted from Salalah to a private "
         "collector in Vienna; Omani Arabic wording (South Arabian objects repeat in many sets; South Arabian owl "
         "coins under a silver-pendant label were found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("CUL-09", "import", "BEAIR01", "air", "ET", [], "BE", "680990",
         "Painted plaster wall panels, decorative, new, 4 pcs", "SD", 60, 4, 400, "USD",
         "new painted plaster panels are bright, even and cast on mesh; these four are fragments of lime-plaster wall "
         "painting sawn from a mud-brick wall, with a haloed bishop, Old Nubian and Greek captions and a backing of "
         "fresh plaster applied to hold them together: medieval Makurian church paintings from northern Sudan, "
         "cultural property removed during the war, whose export Sudan forbids, carried overland to Ethiopia and "
         "flown from Addis Ababa to Brussels, brought in without an import licence (Regulation 2019/880); English "
         "wording (Sudanese antiquities repeat in many sets; Makurian wall paintings were found in no earlier row by a "
         "keyword search)", firm("Horizon Arts Premiers SA", "BE")),
        ("CUL-10", "import", "ITAIR01", "air", "MG", [], "IT", "960190",
         "Œuf d'autruche décoratif, restauré, 1 pièce", "MG", 2.5, 1, 150, "EUR",
         "a decorative ostrich egg is 15 cm long with a thin, glossy, pitted shell; this one is 30 cm long, holds some "
         "eight litres, has a shell 3 mm thick, matt and cream-brown, glued together from dune fragments with the "
         "joints filled: an egg of the extinct elephant bird (Aepyornis maximus), palaeontological heritage whose "
         "export Madagascar forbids, flown from Antananarivo to a Milan private collector, brought in without the "
         "licence Regulation 2019/880 requires for objects of palaeontological interest; Malagasy French wording "
         "(Aepyornis eggs were found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "OM", "850220",
         "Tragbare Stromerzeuger 2 kW, Zweitakt, 24 Stück", "DE", 840, 24, 7200, "EUR",
         "a 2 kW portable generator is a framed petrol engine with an alternator and sockets at a few hundred euros; "
         "these 24 are twin-cylinder, fuel-injected two-stroke boxer engines of 100 cc without frame or alternator, "
         "with a propeller hub, dual ignition and an electronic control unit, at 6,000 EUR each on the maker's list, "
         "for a Salalah 'generator dealer' whose goods go by road into Mahra: engines for unmanned aerial vehicles, "
         "whose supply to the Houthis the UN arms embargo on Yemen (resolution 2216 (2015)) and Regulation 1352/2014 "
         "forbid, by sea from Hamburg; German wording (UAV engines repeat in several sets and generator labels in many; "
         "the Mahra smuggling route was found in no earlier row by a keyword search)", {"importer_country": "OM"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "DJ", "901410",
         "Scheepskompassen voor vissersboten, digitaal, 40 stuks", "NL", 60, 40, 4000, "EUR",
         "a digital fishing-boat compass is a fluxgate sensor with a display at about 100 EUR; these 40 are sealed "
         "aluminium blocks with a fibre-optic gyroscope and three accelerometers, a calibration sheet each and a price "
         "of 8,000 EUR on the supplier's invoice, for a Djibouti 'fishing supplies' firm whose dhows sail to Hodeidah: "
         "inertial measurement units controlled under dual-use 7A and needed for missiles and drones, exported without "
         "the licence Regulation 2021/821 requires and against the UN arms embargo on the Houthis; Dutch wording "
         "(inertial units repeat in several sets and a hiking-compass label once (blind88); a marine-compass label and the "
         "Djibouti-Hodeidah route were found in no earlier row by a keyword search)", {"importer_country": "DJ"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "SO", "845290",
         "Piezas de recambio para máquinas de coser industriales, 600 kg", "ES", 600, None, 3000, "EUR",
         "sewing-machine spares are loopers, feed dogs and bobbin cases in small boxes; these cartons hold 800 "
         "machined pistol slides, barrels and fire-control groups from an Eibar workshop, serial numbers ground off, "
         "packed between real bobbin cases, for a Mogadishu 'tailoring supplies' importer: firearms parts exported "
         "without the export authorisation of Regulation 258/2012 and against the UN arms embargo on Al-Shabaab, by "
         "sea from Bilbao; Spanish wording (firearms parts repeat in several sets and sewing-machine labels in many "
         "rows; to Somalia under a tailoring label is the new part as far as a search found)", {"importer_country": "SO"}),
        ("STR-04", "export", "FISEA01", "sea", "FI", ["AE"], "SO", "391220",
         "Selluloosanitraattilastut lakkateollisuudelle, tynnyrit, 2 000 kg", "FI", 2000, 40, 12000, "EUR",
         "nitrocellulose chips for lacquer makers are damp, plasticised white flakes wetted with alcohol; these 40 "
         "drums hold dry, grey-black, graphite-glazed, perforated grains of even size that burn fast and bright: "
         "smokeless propellant powder for small-arms ammunition (military list ML8), exported without a licence and "
         "against the UN arms embargo on Al-Shabaab, from Kotka through Jebel Ali for a Kismayo 'furniture workshop'; "
         "Finnish wording (nitrocellulose repeats in a few sets, as lacquer nitrocellulose once (blind4); kept as a "
         "repeat of the cover, to Somalia through Jebel Ali is the new part as far as a search found)", {"importer_country": "SO"}),
        ("STR-05", "export", "DKAIR01", "air", "DK", [], "SD", "852560",
         "Marine VHF-radioer til fiskefartøjer, 120 stk.", "DK", 240, 120, 24000, "EUR",
         "marine VHF radios are 25 W fixed sets with DSC on the maritime band at a few hundred euros; these 120 are "
         "rugged, frequency-hopping tactical radios with AES encryption, GPS and a vehicle-mount kit, at 4,000 EUR "
         "each on the maker's list, for a Port Sudan 'fishing cooperative' with no boats on register: military "
         "communications equipment (ML11) exported without a licence and against the Union's arms embargo on Sudan "
         "(Regulation 747/2014), flown from Copenhagen; Danish wording (encrypted radios repeat in a few sets under "
         "walkie-talkie labels; a marine-VHF label to Sudan was found in no earlier row by a keyword search)",
         {"importer_country": "SD"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", ["DJ"], "ET", "283620",
         "Soda schwer (Natriumcarbonat), 25-kg-Säcke, 20 t", "DE", 20000, 800, 60000, "EUR",
         "dense soda ash is a white, odourless powder at about 0.30 EUR/kg; these 800 sacks hold white briquettes at "
         "3 EUR/kg that smell faintly of bitter almonds in the damp and whose inner liners read 'NaCN 98 %': sodium "
         "cyanide (dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Hamburg through "
         "Djibouti for a Shakiso 'water treatment' firm that supplies gold diggers; German wording (cyanides repeat in "
         "many sets; a soda-ash label and Ethiopian gold fields were found in no earlier strategic row by a keyword "
         "search)", {"importer_country": "ET"}),
        ("STR-07", "export", "CZAIR01", "air", "CZ", ["AE"], "SO", "841480",
         "Turbodmychadla pro nákladní automobily, 30 ks", "CZ", 360, 30, 9000, "EUR",
         "a lorry turbocharger is an exhaust turbine and compressor on one shaft with no combustor, at a few hundred "
         "euros; these 30 are complete small turbojet engines with a combustion chamber, fuel pump, starter and "
         "electronic control unit and a thrust plate of 1 kN, at 40,000 EUR each, flown from Prague through Dubai "
         "for a Bosaso 'truck parts' firm that ships on by dhow to Yemen: engines for cruise missiles and drones "
         "(MTCR 3A001, dual-use 9A101), exported without a licence and against the UN arms embargo on the Houthis; "
         "Czech wording (turbojets repeat in a few sets and a tractor-turbocharger label once, on UAV engines (blind88); "
         "a lorry-turbocharger label on turbojets to Somalia is the new part as far as a search found)", {"importer_country": "SO"}),
        ("STR-08", "export", "BESEA01", "sea", "BE", [], "ER", "310221",
         "Sulfate d'ammonium cristallisé, engrais 21 % N, sacs de 25 kg, 16 t", "BE", 16000, 640, 5600, "EUR",
         "ammonium sulphate fertiliser is coarse, off-white, faintly acid crystals that do not burn; these 640 sacks "
         "hold a fine, white, free-flowing powder of graded particle size that deflagrates with a bright flame and "
         "whose drum markings read UN 1442: ammonium perchlorate (dual-use 1C111), the oxidiser of composite rocket "
         "propellant, exported without a licence for a Massawa 'agricultural' importer whose cargo goes on by dhow "
         "across the Red Sea; Belgian French wording (ammonium perchlorate repeats in several sets and "
         "ammonium-sulphate labels in many rows; to Eritrea was found in no earlier row by a keyword search)",
         {"importer_country": "ER"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "MU", "850440",
         "Frequenzumrichter für Färbemaschinen, 40 Stück", "AT", 320, 40, 12000, "EUR",
         "a frequency inverter for a textile dyeing machine drives a pump motor at 50-120 Hz and costs a few hundred "
         "euros; these 40 are multiphase frequency changers with an output of 600-2,000 Hz, low distortion and "
         "precise frequency control, for a Port Louis free-port 'textile supplies' firm with no dye house, whose "
         "previous consignments went on to Bandar Abbas: frequency changers for gas centrifuges (dual-use 3A225, listed "
         "in Regulation 267/2012), exported without a licence, flown from Vienna; Austrian German wording (frequency "
         "changers repeat in many sets; the Mauritius free port as the trans-shipment point was found in no earlier "
         "row by a keyword search)", {"importer_country": "MU"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "DJ", "900510",
         "Monoculaires d'observation ornithologique, 60 pièces", "FR", 36, 60, 6000, "EUR",
         "a birdwatching monocular is an 8x or 10x prism glass at 100-300 EUR; these 60 are night-vision monoculars "
         "built round third-generation image-intensifier tubes with a figure of merit above 1,800, at 4,500 EUR each, "
         "for a Djibouti 'safari and birding' operator whose buyers are across the strait in Yemen: image-intensifier "
         "equipment (dual-use 6A002/6A003, military list where built for arms), exported without a licence and "
         "against the UN arms embargo on the Houthis, flown from Paris; French wording (night-vision devices repeat in "
         "several sets under birdwatching labels (blind56, blind99, blind109); kept as a repeat of the cover, to Djibouti "
         "is the new part as far as a search found)", {"importer_country": "DJ"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "FRAIR01", "air", "MG", ["FR"], "TH", "030192",
         "Amalona velona (anguilles vivantes), 30 boaty", "MG", 180, 30, 1800, "USD",
         "live eels travel in oxygenated water bags, wet and writhing; these 30 boxes are dry, heavy and scratch, and "
         "each holds four tortoises with a golden, domed shell and a forward-pointing, ploughshare-like gular plate: "
         "ploughshare tortoises (Astrochelys yniphora, CITES App. I, the rarest tortoise in the world), landed at "
         "Paris-Charles de Gaulle in transit from Antananarivo to Bangkok without CITES documents; Malagasy wording "
         "(Malagasy tortoises repeat in many sets and the Antananarivo-Paris-Bangkok transit once, under a mud-crab "
         "label (blind60); ploughshares once, in a development set; a live-eel label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TH"}),
        ("WLF-02", "import", "NLAIR01", "express", "TZ", [], "NL", "010649",
         "Pupa za vipepeo hai (butterfly pupae), Amani, masanduku 6", "TZ", 3.5, 6, 300, "USD",
         "butterfly pupae from the Amani forest project travel pinned on cotton in shallow boxes, a few grams each; "
         "these six boxes are warm and move, and each holds ten live horned and three-horned chameleons in cloth "
         "bags from the Usambara and Uluguru mountains: Trioceros and Kinyongia chameleons (CITES App. II), exported "
         "against Tanzania's ban on live-animal exports and without CITES documents, sent by express from Dar es "
         "Salaam to a Rotterdam 'butterfly garden'; Swahili wording (chameleons repeat in a few sets; a "
         "butterfly-pupae label and the Amani project were found in no earlier row by a keyword search)",
         firm("Vega Vlindertuin BV", "NL")),
        ("WLF-03", "import", "DEAIR01", "air", "MG", [], "DE", "010649",
         "Blattes siffleuses de Madagascar vivantes (Gromphadorhina), élevage, 20 boîtes", "MG", 40, 20, 400, "EUR",
         "hissing-cockroach colonies travel in ventilated tubs with bark and weigh a few hundred grams a box; these 20 "
         "boxes weigh 2 kg each and hold cloth bags with live, green and brown tree boas of 60-90 cm with heat-sensing "
         "lip pits: Madagascar tree boas (Sanzinia madagascariensis, CITES App. II) "
         "without CITES documents, flown from Antananarivo to a Hamm reptile dealer; Malagasy French wording (Malagasy "
         "reptiles repeat in many sets; Sanzinia and a hissing-cockroach label were found in no earlier row by a "
         "keyword search)", firm("Orion Terraristik GmbH", "DE")),
        ("WLF-04", "import", "DEPOST01", "post", "MV", [], "DE", "392640",
         "Resin replica shark jaws, display, 2 pcs", "MV", 3, 2, 80, "USD",
         "resin shark-jaw replicas are light, glossy castings with moulded teeth; these two are real, dried, "
         "cartilaginous jaws with rows of serrated teeth that flake under a nail, one with the broad, triangular teeth "
         "of an oceanic whitetip, the other of a silky shark, cut from long-line bycatch: Carcharhinus longimanus and "
         "C. falciformis (CITES App. II) without CITES documents, posted from Malé to a private collector in "
         "Kiel; English wording from the Maldives (shark products repeat in many sets; shark jaws under a "
         "resin-replica label were found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-05", "import", "FRSEA01", "sea", "KE", [], "FR", "130120",
         "Gum arabic, hashab grade, cleaned, jute bags, 2 t", "KE", 2000, 40, 7000, "USD",
         "hashab gum arabic is pale amber, glassy tears that dissolve into a sticky, tasteless mucilage; these 40 "
         "bags hold dark brown-black, glassy lumps that shatter like resin, taste intensely bitter and smell of "
         "aloe: bitter gum, the dried leaf exudate of wild Aloe secundiflora (CITES App. II, bulk extract not exempt) "
         "tapped in Baringo and Turkana, without a CITES export permit, by sea from Mombasa to Marseille for a "
         "herbal-laxative maker; Kenyan English wording (aloe bitter crystals repeat once, as liquorice from South "
         "Africa (blind67), and gum arabic once, as the lawful item of a cultural row (blind127); a gum-arabic label on "
         "aloe and Kenyan aloe were found in no earlier row by a keyword search)",
         firm("Rivage Phyto SARL", "FR")),
        ("WLF-06", "import", "FRAIR01", "air", "ET", [], "FR", "040590",
         "ንጥር ቅቤ (niter kibbeh, spiced clarified butter), 10 ኪሎ", "ET", 10, None, 300, "USD",
         "niter kibbeh is golden, clarified butter spiced with fenugreek and besobela that smells of butter and herbs; "
         "these cans hold a thick, yellow-brown, greasy paste with an overpowering faecal-musky smell, packed in "
         "cattle horns inside the cans, scraped from the perineal glands of caged civets in Kaffa: civet musk "
         "(Civettictis civetta, CITES App. III, EU Annex C) without the certificate of origin it needs, flown from "
         "Addis Ababa for a Grasse natural-perfumery supplier; Amharic wording (civet musk and a niter-kibbeh label "
         "were found in no earlier row by a keyword search; the one earlier civet row is civet coffee)",
         firm("Meridian Matières Parfumées SARL", "FR")),
        ("WLF-07", "import", "BEPOST01", "post", "KM", [], "BE", "030559",
         "Poisson salé séché de Mohéli, 3 kg", "KM", 3, None, 30, "EUR",
         "salted dried fish from Mohéli is thin, split reef fish with fine scales; this parcel holds a slab of "
         "steel-blue skin with thick, bony, tuberculated scales, two lobed, limb-like fins and a fragment of the "
         "three-lobed tail, of a fish caught by night hand-line off the Grande Comore slopes: the coelacanth (Latimeria "
         "chalumnae, CITES App. I), posted from Fomboni to a private collector in Liège without CITES documents; "
         "Comorian French wording (the coelacanth and Mohéli were found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("WLF-08", "import", "FRPOST01", "post", "MG", [], "FR", "021020",
         "Kitoza (hena omby maina), 3 kg", "MG", 3, None, 45000, "MGA",
         "kitoza is long, thin strips of smoked, dried zebu beef, dark red with white fat; these strips are dark, "
         "fibrous meat with a greenish fat, a fishy smell and a piece of scute still attached, from a turtle "
         "butchered on the beach by Vezo fishers near Toliara: green turtle meat (Chelonia mydas, CITES App. I) "
         "without CITES documents, posted from Toliara to a private person in Marseille; Malagasy wording (green "
         "turtle repeats once, as calipee through Lisbon (blind130); a kitoza label was found in no earlier row by a "
         "keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-09", "import", "ITPOST01", "post", "ET", [], "IT", "650699",
         "Copricapo per costume tradizionale, fibra sintetica, 1 pezzo", "ET", 1.8, 1, 60, "USD",
         "a costume headdress of synthetic fibre is light, shiny and uniform; this one is a thick ruff of coarse, "
         "tawny and black hair on a tanned skin band, with hair roots, a strong animal smell and a hair medulla "
         "pattern of a big cat under the lens: a lion-mane headdress (Panthera leo, CITES App. II, EU Annex B) "
         "without CITES documents, posted from Addis Ababa to a private buyer in Turin; Italian wording from Ethiopia "
         "(lion parts repeat in a few sets; a lion-mane headdress was found in no earlier row by a keyword search)",
         person("Giulia Rossi", "IT")),
        ("WLF-10", "import", "NLAIR01", "air", "LK", [], "NL", "090611",
         "කුරුඳු (Ceylon cinnamon) quills, ALBA grade, 20 kg", "LK", 20, None, 600, "USD",
         "ALBA-grade Ceylon cinnamon is pencil-thin, pale-tan, paper-layered quills that smell sweet and spicy; these "
         "20 kg are dark, heavy, resin-streaked slivers of wood rolled in cinnamon bark, that sink in water and give a "
         "smoky-sweet oud smell when warmed: agarwood from Gyrinops walla (CITES App. II), cut from wild trees in "
         "Sri Lanka's wet zone, without a CITES export permit, flown from Colombo to Amsterdam for an incense "
         "wholesaler; Sinhala wording (agarwood repeats in many sets and Gyrinops in two; cinnamon quills appear once, as "
         "the lawful item of a cultural row (blind120); a cinnamon-quill label on agarwood was found in no earlier row by "
         "a keyword search)", firm("Central Wierook BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRPOST01", "post", "KM", "FR", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home water treatment)", "KM", 4.6, 4, 40, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-50-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "SC", "DE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model engines)", "SC", 4.6, 4, 120, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-50-0342")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ESSEA01", "sea", "SC", "ES", "271099",
     "Oily bilge water and sludge from tuna seiners (13 04 01*), for recovery at a licensed plant, 40 t", "SC",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "ES-MITECO-50-0061")], "notified ship sludge to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "FRSEA01", "sea", "ER", "FR", "850421",
     "PCB transformers (16 02 09*), drained, for destruction at a licensed plant, 12 units", "ER", 21600, 12, 0, "EUR",
     [("BASEL_CONSENT", "FR-DREAL-50-0214")], "notified PCB equipment for destruction"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "ET", "DE", "290376",
     "Halon 1301, recovered from aircraft fire bottles, for reclamation for critical use, 18 bottles", "ET", 140, 18,
     2600, "USD", [("ODS_LICENCE", "DE-UBA-ODS-50-004")], "recovered halon imported for reclamation under a licence"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "IL", "FR", "290361",
     "Methyl bromide, 40 cylinders, for use as feedstock in agrochemical synthesis", "IL", 1200, 40, 9000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-50-011")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "CH", "960190",
     "Aepyornis egg, reassembled, documented French collection since 1931, sold at auction", "FR", 3, 1, 48000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-50-0092")],
     "palaeontological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "MU", "970610",
     "Manuscript chart of Mauritius, VOC, c. 1670, ink and watercolour on laid paper, for a Port Louis museum", "NL", 6,
     1, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-50-0033")],
     "manuscript map exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "ET", "283711",
     "Sodium cyanide briquettes 98 %, 20 t, for a licensed gold mine's CIL plant", "DE", 20000, 800, 60000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-50-1187"), ("END_USER_CERTIFICATE", "ET-MoM-EUC-50-0009")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "DJ", "900510",
     "Night-vision monoculars, image-intensifier tubes, 20 units, for the Djibouti coast guard", "FR", 12, 20, 90000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-50-0231"), ("END_USER_CERTIFICATE", "DJ-MD-EUC-50-0004")],
     "night-vision equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "MU", "NL", "010611",
     "Long-tailed macaques, Macaca fascicularis, captive-bred (source C), 40, for biomedical research", "MU", 200, 40,
     120000, "USD", [("CITES_PERMIT", "MU-NPCS-50-0188")], "App. II captive-bred macaques with their export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "KE", "FR", "130219",
     "Aloe bitter gum, Aloe secundiflora, community-managed harvest, 2 t", "KE", 2000, None, 16000, "USD",
     [("CITES_PERMIT", "KE-KWS-50-0276")], "App. II aloe exudate with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-03": "Atlántico Aceites Marinos SL", "PRM-05": "Nordhafen Aero Safety GmbH",
    "PRM-06": "Horizon Chimie Fine SARL", "PRM-11": "Delta Biomedical Research BV", "PRM-12": "Rivage Phyto SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("330190", "Ylang-ylang floral water, 250 ml, Anjouan", "import", ["post"], ["KM", "MG"], (10, 20), (1, 4), ["EUR"], 4, S),
    ("330129", "Cinnamon leaf oil, 100 ml bottles", "import", ["express"], ["SC", "LK"], (40, 80), (1, 3), ["USD", "EUR"], 8, S),
    ("151590", "Black seed (Nigella) oil, cold-pressed, 250 ml", "import", ["air"], ["YE", "ET"], (8, 15), (100, 400), ["USD"], 4, S),
    ("110620", "Cassava flour, 1 kg bags", "import", ["air"], ["MG", "KM"], (2, 4), (100, 500), ["EUR", "USD"], 1, S),
    ("250100", "Lake Assal salt pearls, 500 g jars", "import", ["air"], ["DJ"], (6, 12), (100, 400), ["USD", "EUR"], 2, S),
    ("310210", "Urea 46 % N, prilled, fertiliser grade", "export", ["sea"], ["KE", "TZ", "DJ"], (0.4, 0.6), (20000, 26000), ["EUR"], None, S),
    ("560749", "Polypropylene rope, braided, 8 mm, 500 m reels", "import", ["road"], ["RS", "TR"], (2, 3.5), (1000, 4000), ["EUR"], 0.05, S),
    ("130190", "Frankincense resin tears (Boswellia), 1 kg bags", "import", ["air"], ["SO", "OM", "ET"], (8, 20), (100, 400), ["USD"], 1, S),
    ("091091", "Xawaash spice mix, 500 g packs", "import", ["air"], ["SO", "ET"], (5, 9), (100, 300), ["USD"], 2, S),
    ("330499", "Msindzano face-mask powder, 100 g sachets", "import", ["express"], ["KM"], (20, 40), (1, 3), ["EUR"], 10, S),
    ("530500", "Coir pith growing blocks, 5 kg, for horticulture", "import", ["sea"], ["LK", "IN"], (0.3, 0.6), (12000, 22000), ["USD"], 0.2, S),
    ("271019", "Hydraulic oil ISO VG 46, new, 208 l drums", "export", ["sea"], ["DJ", "KE"], (1.5, 2.5), (8000, 18000), ["EUR"], None, S),
    ("851779", "Phone replacement screens, new, boxed", "import", ["air"], ["CN", "HK"], (60, 120), (100, 500), ["USD"], 10, S),
    ("250810", "Bentonite, API grade, for water-well drilling", "export", ["sea"], ["KE", "DJ"], (0.2, 0.4), (20000, 26000), ["EUR"], None, S),
    ("850421", "Distribution transformers, new, PCB-free oil, 400 kVA", "export", ["sea"], ["KE", "TZ"], (6, 10), (8000, 20000), ["EUR"], 0.0006, S),
    ("850211", "Diesel generating sets, new, 20 kVA", "export", ["sea"], ["SO", "KE", "DJ"], (4, 7), (3000, 9000), ["EUR"], 0.002, S),
    ("320890", "Copper-based antifouling paint, TBT-free, 2.5 l tins", "export", ["sea"], ["MU", "MG"], (6, 10), (2000, 6000), ["EUR"], 0.4, S),
    ("681182", "Fibre-cement roofing sheets, asbestos-free, new", "export", ["sea"], ["KM", "MG"], (0.3, 0.6), (18000, 24000), ["EUR"], 0.05, S),
    ("761300", "Aluminium CO2 cylinders for life-raft inflation, new, empty", "import", ["air"], ["US", "GB"], (20, 40), (100, 400), ["USD", "GBP"], 0.2, S),
    ("841430", "Refrigeration compressors, new, without refrigerant", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD"], 0.05, S),
    ("390950", "Two-component PU pour foam, pentane-blown, for boat insulation", "export", ["sea"], ["KE", "TZ"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("381900", "Hydraulic brake fluid DOT 4, 1 l bottles", "import", ["sea"], ["TR", "AE"], (2, 4), (4000, 10000), ["USD"], 1, S),
    ("940360", "Wooden bedroom furniture for export, new", "export", ["sea"], ["KM", "MG"], (3, 5), (2000, 6000), ["EUR"], 0.03, S),
    ("490199", "Printed Hebrew prayer books, new", "import", ["air"], ["IL", "US"], (10, 20), (50, 300), ["USD"], 2, S),
    ("701690", "Stained-glass decorative fanlights, new, qamariya style", "import", ["sea"], ["OM", "TR"], (4, 8), (500, 2000), ["USD"], 0.05, S),
    ("480210", "Antemoro hand-made flower paper, A4 sheets", "import", ["post"], ["MG"], (15, 30), (1, 3), ["EUR"], 40, S),
    ("392640", "Resin dodo figurines, souvenir, boxed", "import", ["express"], ["MU"], (20, 40), (1, 3), ["EUR", "USD"], 4, S),
    ("491191", "Framed reproduction sea-chart prints", "export", ["post"], ["MU", "ZA"], (30, 60), (1, 4), ["EUR"], 0.5, S),
    ("680292", "Carved limestone garden lanterns, new", "import", ["sea"], ["VN", "ID"], (0.6, 1.2), (4000, 12000), ["USD"], 0.02, S),
    ("460219", "Woven sisal baskets, new, fair trade", "import", ["air"], ["KE", "ET"], (8, 15), (100, 400), ["USD"], 2, S),
    ("711311", "Silver filigree pendants, new, Omani style", "import", ["express"], ["OM", "IN"], (200, 400), (1, 2), ["USD"], 30, S),
    ("680990", "Painted plaster wall panels, new, cast on mesh", "import", ["sea"], ["MA", "EG"], (2, 4), (1000, 4000), ["EUR", "USD"], 0.05, S),
    ("691390", "Painted ceramic decorative eggs, new", "import", ["post"], ["MG", "KE"], (20, 40), (1, 3), ["EUR", "USD"], 4, S),
    ("850220", "Portable petrol generators 2 kW, framed", "export", ["sea"], ["OM", "KE"], (6, 10), (2000, 6000), ["EUR"], 0.04, S),
    ("901410", "Fluxgate marine compasses with display, new", "export", ["air"], ["DJ", "KE", "MU"], (60, 120), (50, 300), ["EUR"], 1, S),
    ("845290", "Industrial sewing-machine spare parts, boxed", "export", ["sea"], ["ET", "KE", "MU"], (10, 20), (300, 1500), ["EUR"], None, S),
    ("391220", "Nitrocellulose lacquer chips, alcohol-wetted", "import", ["sea"], ["KR", "CN"], (3, 5), (4000, 12000), ["USD"], None, S),
    ("852560", "Marine VHF radios with DSC, fixed, 25 W", "export", ["air"], ["KE", "MU", "OM"], (100, 200), (50, 300), ["EUR"], 0.5, S),
    ("283620", "Soda ash, dense, 25 kg sacks", "export", ["sea"], ["KE", "TZ"], (0.25, 0.4), (20000, 26000), ["EUR"], None, S),
    ("841480", "Truck turbochargers, new, boxed", "export", ["sea"], ["KE", "TZ", "OM"], (30, 60), (1000, 4000), ["EUR"], 0.1, S),
    ("310221", "Ammonium sulphate 21 % N, crystalline, 25 kg bags", "export", ["sea"], ["KE", "TZ"], (0.25, 0.4), (20000, 26000), ["EUR"], None, S),
    ("850440", "Frequency inverters for pump motors, 0-400 Hz", "export", ["sea"], ["MU", "KE"], (30, 60), (1000, 4000), ["EUR"], 0.1, S),
    ("900510", "Birdwatching binoculars 10x42, boxed", "import", ["express"], ["JP", "CN"], (150, 300), (1, 3), ["USD", "EUR"], 1.2, S),
    ("090611", "Ceylon cinnamon quills, ALBA grade", "import", ["air"], ["LK"], (15, 30), (100, 400), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows),
# with four new rows instead of blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630392", "Roller blinds, polyester, ready-made", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD", "EUR"], 0.8, N),
        ("392410", "Salad spinners, plastic, boxed", "import", ["sea"], ["CN"], (3, 6), (2000, 5000), ["USD"], 1.5, N),
        ("630790", "Ironing-board covers, cotton, padded", "import", ["sea"], ["PK", "CN"], (3, 6), (2000, 5000), ["USD"], 3, N),
        ("960329", "Hair brushes, wooden handle", "import", ["post", "express"], ["GB", "DE"], (20, 40), (1, 3), ["GBP", "EUR"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind143", 20500101, HERE)


if __name__ == "__main__":
    main()
