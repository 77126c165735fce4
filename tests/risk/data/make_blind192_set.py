#!/usr/bin/env python3
"""Writes the hundred-and-ninety-second blind set (tests/risk/data/blind192-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2058, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: cosmetics, perfumery,
traditional medicine and health foods (contract manufacturers and fillers, raw-material
brokers, fragrance houses and extractors, herbalists, pharmacies and e-pharmacies,
salons, spas and aesthetic clinics, wellness, beauty and DIY-cosmetics web shops).
Written by a person who had not read the profile packs (nor any rule file) and had not
run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header
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
would. Ids are BL192-*:

    python3 tests/risk/data/make_blind192_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2058, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2058
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "CH", [], "AT", "330499",
         "Augentrost-Augenbad (Euphrasia), naturrein, Nachfüllflasche 1 l, 6 Stück", "CH", 6.8, 6, 96, "CHF",
         "a Swiss drugstore's eyebright eye bath is a pale-yellow, faintly herbal infusion of 1.00 kg/l sold in 100 ml "
         "bottles, at most in a 1 l refill for practitioners; these six litre bottles are white HDPE with vented caps and "
         "hold a water-clear, scentless liquid of 1.13 kg/l that whitens and stings the fingertips, foams on a rusty nail "
         "and decolours a drop of permanganate: about 35 % hydrogen peroxide (Annex I above 12 %), posted from St. Gallen "
         "to a private person in Dornbirn; Swiss German wording (hydrogen peroxide repeats in many sets under water-like "
         "cosmetic and drink labels, rose and orange-blossom waters, hydrosols, thermal and rice waters among them; an "
         "eyebright eye-bath label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "DEAIR01", "express", "IN", [], "DE", "291631",
         "बेंज़िल बेंज़ोएट, इत्र फिक्सेटिव, 4 x 1 लीटर", "IN", 4.6, 4, 6000, "INR",
         "benzyl benzoate, the perfumer's fixative and diluent, is an almost odourless, oily liquid of 1.12 kg/l that "
         "sets to crystals in a cold room (it melts at 18 °C) and does not catch fire from a match; these four bottles "
         "weigh the same but stay liquid in a 5 °C shed, smell faintly fruity, flash at about 35 °C, and the re-used drum "
         "label under the sticker reads CAS 75-52-5: nitromethane (Annex I above 16 %), sent by express from Kannauj, "
         "the attar town, to a private person in Hamburg who makes perfume at home, although flammable liquids travel by "
         "express only as declared dangerous goods; Hindi wording (nitromethane repeats in many sets under lash-glue "
         "remover, lamp-oil and paint-solvent labels; a benzyl-benzoate label was found in no earlier row by a keyword "
         "search)", person("Anna Schmidt", "DE")),
        ("PRE-03", "import", "NLAIR01", "express", "US", [], "NL", "210690",
         "Ionic trace mineral drops concentrate, from inland sea water, 4 x 32 fl oz", "US", 6.9, 4, 96, "USD",
         "ionic trace-mineral concentrates from the Great Salt Lake are amber-brown, salty-bitter brines of about 1.3 "
         "kg/l sold by the dropper; these four bottles hold a colourless, oily, odourless liquid of 1.84 kg/l that chars "
         "a paper towel, grows hot with a drop of water and has bulged the cap liners: about 96 % sulphuric acid (Annex I "
         "above 15 %), sent by express from Utah to a private person in Groningen, although corrosive liquids travel by "
         "express only as declared dangerous goods; US English wording (sulphuric acid repeats in many sets under syrup, "
         "drain-cleaner, brake-fluid and glycolic-acid labels; a trace-mineral-drops label was found in no earlier row by "
         "a keyword search)", person("M. Bakker", "NL")),
        ("PRE-04", "import", "DEAIR01", "air", "JP", [], "DE", "340130",
         "お米の酵素洗顔パウダー（業務用詰替）、1kg袋、200袋", "JP", 200, 200, 900000, "JPY",
         "a rice-enzyme face-wash powder is a soft, cream-white, faintly sweet powder that foams when rubbed with water "
         "(it holds a surfactant and papain); these 200 bags hold a harder, gritty, pure-white powder that does not "
         "foam, barely dissolves, burns fiercely on a match mixed with sugar and whose inner liners read 'KClO4', for a "
         "Düsseldorf Japanese beauty-and-grocery shop that refills 100 g pouches for its customers: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Osaka (Kansai) to "
         "Frankfurt; Japanese wording (potassium perchlorate repeats in many sets under starch, clay and filler covers, "
         "and Düsseldorf's Japanese trade in earlier routes; a rice face-wash powder label was found in no earlier row by "
         "a keyword search)", firm("Horizon Japan Beauty GmbH", "DE")),
        ("PRE-05", "import", "IEAIR01", "air", "CN", [], "IE", "294000",
         "D-甘露糖粉 (D-mannose), 食品级, 500克袋装, 2,000袋", "CN", 1000, 2000, 11000, "USD",
         "D-mannose, sold for urinary health, is a fine, white powder that tastes like sugar and dissolves clear; these "
         "2,000 pouches hold cubic, colourless crystals with a cool, salty taste that draw damp, crackle on a hot plate "
         "and flare yellow with a pinch of sugar, and the factory's certificate in the carton gives CAS 7775-09-9, for a "
         "Dublin supplement web shop that sells them to the public: sodium chlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Shanghai to Dublin; Chinese wording (sodium chlorate repeats in many "
         "sets under salt and sugar-like labels, erythritol, allulose and rock sugar among them; a D-mannose label was "
         "found in no earlier row by a keyword search)", firm("Atlantic Wellness Supply Ltd", "IE")),
        ("PRE-06", "import", "ESAIR01", "air", "KR", [], "ES", "292249",
         "트라넥삼산 (Tranexamic acid) 화장품 원료, 1kg 파우치, 120개", "KR", 120, 120, 4800000, "KRW",
         "cosmetic tranexamic acid is a fine, white, odourless, slightly bitter powder that dissolves readily and is "
         "bought by the kilo for brightening serums; these 120 pouches hold glossy, flaky crystals that dissolve poorly "
         "in cold water, spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags, for a Valencia "
         "'DIY K-beauty' web shop that sells 50 g jars to home formulators: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Incheon to Madrid; Korean wording (potassium chlorate "
         "repeats in many sets; tranexamic acid and the other cosmetic actives were found in no earlier row as covers by "
         "a keyword search)", firm("Orion Cosmética DIY SL", "ES")),
        ("PRE-07", "import", "PLAIR01", "air", "MY", [], "PL", "293629",
         "Niacinamide (vitamin B3) gred kosmetik, beg 1 kg, 150 beg", "MY", 150, 150, 2400, "USD",
         "cosmetic niacinamide is a white, free-flowing, slightly bitter powder that dissolves readily and keeps dry in "
         "its bag; these 150 bags hold a clumping, damp-drawing white salt that tastes of nothing, burns brightly with "
         "sugar and whose liners read 'NaClO4', for a Łódź 'make your own cream' web shop that sells 50 g and 100 g jars "
         "to the public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Kuala Lumpur to Warsaw; Malay wording (sodium perchlorate repeats in many sets under sauna-salt, lye and "
         "magnesium labels; a niacinamide label was found in no earlier row by a keyword search)",
         firm("Vega Kosmetyki DIY Sp. z o.o.", "PL")),
        ("PRE-08", "import", "ITSEA01", "sea", "AR", [], "IT", "152110",
         "Perlas de jojoba para exfoliación, color blanco, 0,5-1 mm, bolsas de 25 kg, 160 bolsas", "AR", 4000, 160,
         14000, "USD",
         "jojoba exfoliating beads are soft, waxy spheres of hydrogenated jojoba that smear between the fingers, float "
         "on water and cost about 20 USD a kilo; these 160 sacks, declared at 3.50 USD a kilo, hold hard, white prills "
         "that sink, turn ice-cold as they dissolve, test at 34 % N and melt and fume on a hot plate, for a Milan "
         "DIY-cosmetics shop that repacks them into 250 g bags for its web customers: ammonium nitrate (Annex I at 16 % "
         "N or more) made available to members of the public, by sea from Buenos Aires to Genoa; Rioplatense Spanish "
         "wording (ammonium nitrate repeats in many sets under bath-salt, globule, nonpareil and de-icer covers; jojoba "
         "appears twice, as oils covering other goods (blind124, blind136); exfoliating beads were found in no earlier "
         "row by a keyword search)", firm("Meridian Cosmetica Fai da Te Srl", "IT")),
        ("PRE-09", "import", "GRROAD01", "road", "MK", [], "GR", "220900",
         "Јаболков оцет, природен, нефилтриран, шишиња 1 л, 3.600 шишиња", "MK", 5040, 3600, 3600, "EUR",
         "raw apple-cider vinegar is amber, cloudy with its 'mother', smells of apples and weighs 1.01 kg/l; these "
         "bottles hold a water-clear to straw-yellow liquid of 1.40 kg/l that fumes brown when opened, yellows the skin "
         "and eats into a copper coin, at 1 EUR a bottle, for a Thessaloniki health-food chain that sells to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, on a lorry at Evzonoi; "
         "Macedonian wording (nitric acid repeats in many sets under vinegar, car-care and antiscalant labels; an "
         "apple-cider-vinegar label was found in no earlier row by a keyword search)", firm("Delta Viologika AE", "GR")),
        ("PRE-10", "import", "CYSEA01", "sea", "IL", [], "CY", "330499",
         "מי מלפפון לקוסמטיקה (בסיס לטונר), ג'ריקנים 20 ליטר, 60 יחידות", "IL", 1440, 60, 2400, "USD",
         "cucumber water for toners is a faintly green, cucumber-smelling distillate of 1.00 kg/l; these 60 jerrycans "
         "have vented caps and hold a water-clear, scentless liquid of 1.20 kg/l that whitens the skin, foams on a rusty "
         "spanner and bleaches a cotton swab, for a Limassol cosmetics maker that also fills 1 l bottles of 'food-grade "
         "peroxide' for its web shop: about 50 % hydrogen peroxide (Annex I above 12 %) passed on to members of the "
         "public, by sea from Ashdod to Limassol; Hebrew wording (hydrogen peroxide repeats in many sets; a "
         "cucumber-water label was found in no earlier row by a keyword search)", firm("Central Kosmetika Ltd", "CY")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "TN", "330129",
         "Huile essentielle de lavandin grosso, qualité savonnerie, fûts de 200 l, 60 fûts", "FR", 10200, 60, 12000,
         "EUR",
         "lavandin oil for soap-making is a clear, pale oil of 0.89 kg/l that smells of camphor and lavender; these 60 "
         "drums hold a dark, two-layered liquid that smells of petrol-like hexane with a sweet jasmine and tuberose "
         "undertone, flashes far below room temperature and has a waxy, resinous sludge at the bottom, from the "
         "extraction plant of a Grasse maker of concretes and absolutes: spent extraction solvents and still bottoms "
         "(07 06 04*, 07 06 08*), hazardous waste whose export to a non-OECD country is banned, from Marseille-Fos to "
         "Radès for a 'soap maker'; French wording (hexane and spent solvents repeat in several sets; a lavandin label, "
         "and perfumery extraction residues from Grasse, were found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-02", "transit", "NLSEA01", "sea", "NO", ["NL"], "VN", "382319",
         "Fettsyredestillat fra raffinering av fiskeolje (omega-3), til dyrefôr, IBC, 20 stk.", "NO", 20000, 20, 9000,
         "USD",
         "fatty-acid distillate from fish-oil refining is a brown, fishy, pasty fat sold to feed mills with a dioxin and "
         "PCB analysis under the feed limits; these 20 IBCs come from the deodoriser and short-path stripping of an "
         "Ålesund omega-3 concentrate plant, the step that takes dioxins, PCBs and brominated flame retardants out of the "
         "capsule oil, and the plant's own analysis taped to the IBCs gives over 50 mg/kg of PCBs: a POP-laden refining "
         "residue (Basel A3180), hazardous waste whose export to a non-OECD country is banned and which no feed mill may "
         "use, landed at Rotterdam in transit from Ålesund to Hai Phong for a 'feed ingredient' trader; Norwegian "
         "wording (fish-oil residues appear twice, on other goods (blind159, blind179), and a deodoriser step once "
         "(blind123); omega-3 stripping residues in transit were found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "210690",
         "Suplementy diety i preparaty OTC, towar do dalszej sprzedaży, 30 palet", "PL", 14000, None, 7000, "EUR",
         "supplement stock for resale comes shrink-wrapped in sealed cartons with a year or more of shelf life; these "
         "30 pallets are the loose returns of a Poznań e-pharmacy's warehouse: dented, opened and expired capsule tubs, "
         "effervescent tablets, cough syrups and iron drops, many two years past their date, with the pharmacy's 'do "
         "utylizacji' stickers half peeled off: waste medicines and supplements (Basel Y3; 18 01 09, 20 01 32 among "
         "them) that the e-pharmacy paid a broker to destroy, shipped to a non-OECD country without the notification "
         "and consent they need, on a lorry at Medyka for a Lviv 'discount pharmacy' buyer; Polish wording (expired "
         "medicines repeat in many sets as donations and stock; an e-pharmacy's returns from Poland to Ukraine are the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "NG", "330300",
         "Parfums et eaux de toilette, surstock, assortis, 22 000 flacons", "BE", 9000, 22000, 11000, "EUR",
         "perfume overstock is sealed, cellophaned boxes of current lines with a clearance invoice; these 22,000 "
         "bottles carry known brand names but crooked labels, misspelt boxes and a harsh, solvent-smelling juice, and "
         "the customs destruction order of a counterfeit seizure at Antwerp is in the forwarder's file: condemned "
         "counterfeit perfumes released to a contractor for incineration, flammable cosmetic waste (16 03 05*) whose "
         "export to a non-OECD country is banned, from Antwerp to Lagos (Apapa) for a market trader; Belgian French "
         "wording (perfumes appear in many sets, as luxury exports and as covers; condemned counterfeits diverted from "
         "destruction were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "940210",
         "Gebruikte kappersstoelen, hydraulisch, 40 stuks", "NL", 2800, 40, 4000, "EUR",
         "a salon-clearance container for a Kumasi beauty-salon supplier: hydraulic barber chairs and hood dryers are "
         "what Dutch salon traders ship to Ghana, but the third item's 600 'tested' sunbed tubes are blackened at the "
         "ends, several cracked, bundled in the crates of a Rotterdam lamp-collection point, and a mercury-vapour meter "
         "rises over them: spent mercury-containing UV lamps (20 01 21*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration, from Rotterdam to Tema; Dutch wording "
         "(sunbeds repeat twice (blind56, blind89) and fluorescent lamps in several sets; sunbed tubes behind salon "
         "furniture were found in no earlier row by a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("851632", "Gebruikte droogkappen voor kapsalon, 60 stuks", "NL", 900, 1200, "EUR", qty=60),
                           item("853949", "UV-lampen voor zonnebank, getest, 600 stuks", "NL", 300, 600, "EUR", qty=600)])),
        ("WST-06", "export", "ITROAD01", "road", "IT", [], "TR", "330290",
         "Oli profumati per candele e diffusori, seconda scelta, fusti, 24 t", "IT", 24000, None, 14400, "EUR",
         "B-grade fragrance oils for candle makers are clear, stable blends with a safety data sheet and an IFRA "
         "certificate; these 120 drums are a Milan fragrance house's off-specification, discoloured and part-"
         "polymerised compounds, tank bottoms and line flushings, some separated into a gummy layer, with no certificate "
         "and the house's 'smaltimento' codes on the drum heads: flammable, sensitising waste fragrance concentrates "
         "(07 06 04*, 16 03 05*), hazardous waste shipped to an OECD country without the notification and consent it "
         "needs, on a trailer by the Trieste-Istanbul ro-ro for a Gebze 'candle maker'; Italian wording (fragrance-oil "
         "labels appear in three sets on other goods; waste fragrance compounds were found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("WST-07", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "220720",
         "Technický líh denaturovaný, regenerovaný, IBC 1000 l, 20 ks", "CZ", 16000, 20, 4800, "EUR",
         "recovered denatured ethanol is a water-clear spirit of 0.80 kg/l with a distiller's analysis; these 20 IBCs "
         "hold a dark green-brown, turbid liquid that smells of cannabis and solvent, leaves a sticky, waxy film and reads "
         "70 % ethanol with plant waxes, chlorophyll and pesticide residues, drained from the winterisation and wash "
         "tanks of a Moravian CBD extractor: spent flammable extraction solvents (07 05 04*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry through Slovakia and Hungary to a Subotica 'fuel blender'; "
         "Czech wording (spent solvents repeat in several sets; CBD extraction residues were found in no earlier row by "
         "a keyword search)", {"importer_country": "RS"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "330499",
         "Cremes clareadores de pele, lote para revenda, 18.000 unidades", "PT", 1800, 18000, 3600, "EUR",
         "skin creams for resale are sealed, dated jars with an EU responsible person's address; these 18,000 jars and "
         "tubes carry Asian and West African labels, many listing 'mercurous chloride' or 'calomel', and the Lisbon "
         "seizure report of the authority that stopped them as unsafe cosmetics is in the box: mercury-containing "
         "skin-lightening creams withdrawn for destruction, hazardous waste (mercury compounds, Basel Y29) whose export "
         "to a non-OECD country is banned (the creams themselves may not be exported under the Mercury Regulation), from "
         "Lisbon to Luanda for a market wholesaler; Portuguese wording (skin-lightening creams were found in no earlier "
         "row by a keyword search; Angola as a destination repeats)", {"importer_country": "AO"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "MA", "330590",
         "Tintes y oxidantes capilares profesionales, stock para reventa, 12 palés", "ES", 7200, None, 3000, "EUR",
         "salon hair colour for resale comes in sealed, dated cartons of a current range; these 12 pallets hold a "
         "Málaga salon wholesaler's returns and expired stock: swollen and leaking developer bottles of 6-12 % peroxide, "
         "split dye tubes with p-phenylenediamine, bleaching powders caked by damp, most two or more years past their "
         "date, with the supplier's 'para destrucción' labels: waste oxidising and sensitising cosmetics (16 03 03*, "
         "16 09 03*), hazardous waste whose export to a non-OECD country is banned, from Algeciras to Tanger Med for a "
         "Tangier 'salon supplies' buyer; Spanish wording (expired cosmetics repeat in a few sets (blind183, dev5-a) and "
         "hair dyes twice, on other goods; kept as a repeat of that family, salon returns by sea to Morocco are the new "
         "part)", {"importer_country": "MA"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "BJ", "851030",
         "Gebrauchte Schönheitsgeräte (Epilierer, IPL-Geräte, LED-Masken), getestet, 9.000 Stück", "DE", 4500, 9000,
         9000, "EUR",
         "tested used beauty devices are sorted, boxed appliances with a function-test sticker and their chargers; "
         "these 30 gaylords are the unsorted returns bin of a Leipzig e-commerce fulfilment centre: epilators, IPL "
         "hair-removal devices and LED masks thrown in loose, many with swollen or split lithium-ion cells, some "
         "scorched, with no test labels: waste electrical equipment with hazardous lithium batteries (16 02 13*, Basel "
         "A1180), whose export to a non-OECD country is banned, from Hamburg to Cotonou for a 'used electronics' dealer; "
         "German wording (used electronics with lithium batteries repeat in many sets; beauty-device returns were found "
         "in no earlier row by a keyword search, an epilator once (blind175) on another good)",
         {"importer_country": "BJ"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SISEA01", "sea", "CN", [], "SI", "281121",
         "Carbon dioxide, food grade 99.99 %, for supercritical CO2 extraction, 40 L cylinders, 200 pcs", "CN", 9000,
         200, 9000, "USD",
         "food-grade CO2 for supercritical extraction comes in 40 l cylinders holding 25 kg at about 57 bar, with a dip "
         "tube; these 200 cylinders read 5.7 bar at 20 °C, each holds 45 kg of a liquid of 1.21 kg/l, and a refrigerant "
         "identifier gives 1,1,1,2-tetrafluoroethane, the 'Florasol' solvent some botanical extractors use instead of "
         "CO2: bulk HFC-134a (GWP 1,430) placed on the Union market without quota or registration under the F-gas "
         "Regulation (2024/573), by sea from Ningbo to Koper for a Ljubljana hemp and botanical extractor; English "
         "wording of a Chinese exporter (HFC-134a repeats in very many sets, under CO2 labels among others; a "
         "supercritical-extraction label was found in no earlier row by a keyword search)",
         firm("Alpina Botanicals d.o.o.", "SI")),
        ("OZN-02", "import", "DEAIR01", "air", "VN", [], "DE", "330430",
         "Dung dịch khử dầu móng (Nail Prep Dehydrator), chai 1 lít, 600 chai", "VN", 744, 600, 3000, "USD",
         "nail-prep dehydrators are isopropanol or ethyl-acetate solvents of about 0.8 kg/l that smell of alcohol and "
         "carry a flame symbol; these 600 litre bottles weigh 1.24 kg/l, the liquid boils off at 32 °C between the "
         "fingers, will not burn and smells faintly ethereal, and the filler's drums in the invoice annex read "
         "'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into the Union is banned (Regulation 2024/590), flown "
         "from Ho Chi Minh City to Berlin for a Lichtenberg wholesaler that supplies Vietnamese-run nail salons; "
         "Vietnamese wording (HCFC-141b repeats in many sets under flush, foam-gun, contact and motor-cleaner labels; a "
         "nail-prep label was found in no earlier row by a keyword search)", firm("Orion Nail Supply GmbH", "DE")),
        ("OZN-03", "import", "SEAIR01", "air", "TH", [], "SE", "381400",
         "น้ำยาล้างแปรงแต่งหน้า แห้งเร็ว สูตรไม่ติดไฟ, แกลลอน 5 ลิตร, 200 แกลลอน", "TH", 1340, 200, 60000, "THB",
         "make-up brush cleaners are isopropanol or water-and-surfactant liquids of 0.8-1.0 kg/l that carry a flame "
         "symbol or foam; these 200 cans weigh 6.7 kg each (1.34 kg/l), the liquid smells sweet like chloroform, dries in "
         "seconds, does not burn and boils at 74 °C, and the stickers under the new labels read 'TCE-111': "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, flown from Bangkok to "
         "Stockholm for a make-up artists' supply web shop; Thai wording (methyl chloroform repeats in many sets; "
         "brush-cleaner labels appear in four sets on acetone and nitromethane; a make-up-brush cleaner on an "
         "ozone-depleting substance is the new part)", firm("Nordhafen Makeup Supply AB", "SE")),
        ("OZN-04", "import", "PLAIR01", "air", "CN", [], "PL", "854370",
         "射频紧肤美容仪 (RF), 20台", "CN", 400, 20, 8000, "USD",
         "a Guangzhou beauty-equipment air shipment for a Warsaw aesthetic-clinic supplier: RF skin-tightening machines "
         "and LED masks are what such suppliers buy, but the third item's ten 'thermoelectric, refrigerant-free' "
         "body-contouring units weigh 90 kg each, have a compressor and condenser behind the side panel and nameplates "
         "reading 'R22 0.8 kg': cryolipolysis (fat-freezing) machines charged with HCFC-22, products containing an "
         "ozone-depleting substance whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, flown from Guangzhou to Warsaw; Chinese wording (HCFC-22 equipment repeats in many sets, "
         "cold-plunge chillers once (blind125); cryolipolysis machines were found in no earlier row by a keyword search)",
         dict(firm("Delta Aesthetic Sp. z o.o.", "PL"),
              _more_items=[item("854370", "LED光疗面罩, 200个", "CN", 160, 3000, "USD", qty=200),
                           item("841869", "冷冻溶脂美体仪（半导体制冷，无冷媒）, 10台", "CN", 900, 25000, "USD", qty=10)])),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "271119",
         "Aerosol itici gaz A-46 (izobütan/propan), ISO tank, 18 ton", "TR", 18000, None, 14000, "USD",
         "A-46 aerosol propellant is an isobutane-propane blend of 0.56 kg/l at about 3 bar that a gas sniffer picks up "
         "at once; this ISO tank holds 18 t of a liquid of 0.90 kg/l at 5 bar with no hydrocarbon reading, and the gas "
         "analysis gives 1,1-difluoroethane: bulk HFC-152a placed on the Union market without quota under the F-gas "
         "Regulation (2024/573), on a lorry at Kapitan Andreevo for a Plovdiv contract filler of deodorant and hair "
         "sprays; Turkish wording (HFC-152a repeats in many sets in dusters and aerosols, and an A-46 label once "
         "(dev6-a), kept as a repeat; bulk HFC-152a for a cosmetic aerosol filler by road is the new part)",
         firm("Vega Aerozol EOOD", "BG")),
        ("OZN-06", "import", "DKAIR01", "air", "KR", [], "DK", "330499",
         "쿨링 애프터선 무스 (아이스 타입), 200 ml, 12,000개", "KR", 2400, 12000, 36000000, "KRW",
         "after-sun mousses sold in the Union are water-based foams propelled with butane or a compressed gas; these "
         "12,000 cans give a foam that frosts the skin, their propellant is non-flammable and the gas test of a pierced "
         "can gives 1,1,1,2-tetrafluoroethane: personal-care foams containing HFC-134a, products the F-gas Regulation "
         "(2024/573) bans from the Union market, flown from Incheon to Copenhagen for a K-beauty distributor; Korean "
         "wording (HFC-134a aerosols repeat in very many sets and mousse labels in a few, on other goods; an after-sun "
         "cooling mousse was found in no earlier row by a keyword search)", firm("Meridian K-Beauty ApS", "DK")),
        ("OZN-07", "import", "BEAIR01", "air", "UA", [], "BE", "290389",
         "Перфтордекалін косметичний (носій кисню), каністри 5 л, 60 шт.", "UA", 468, 60, 18000, "EUR",
         "cosmetic perfluorodecalin, an oxygen carrier for serums, is a heavy (1.92 kg/l), odourless liquid that boils at "
         "142 °C and costs a few hundred euros a kilo; these 60 cans weigh 1.56 kg/l, the liquid evaporates from a "
         "fingertip in seconds, boils at 48 °C and smells faintly sweet, and the infrared check gives "
         "1,1,2-trichloro-1,2,2-trifluoroethane: CFC-113, whose import into the Union is banned (Regulation 2024/590), "
         "flown from Kyiv to Brussels for a cosmetics contract manufacturer that cleans its filling lines with it; "
         "Ukrainian wording (CFC-113 repeats in many sets under dry-cleaning and solvent labels; a perfluorodecalin label "
         "was found in no earlier row by a keyword search)", firm("Central Cosmetics Manufacturing SA", "BE")),
        ("OZN-08", "import", "ITSEA01", "sea", "IN", [], "IT", "291533",
         "ఎన్-బ్యూటైల్ అసిటేట్, ఫార్మా గ్రేడ్, 200 లీటర్ డ్రమ్ములు, 40 డ్రమ్ములు", "IN", 15920, 40, 9000, "USD",
         "n-butyl acetate is a light (0.88 kg/l), flammable, pear-smelling solvent at about 1.5 USD a kilo; these 40 "
         "drums weigh 398 kg each (1.99 kg/l), their contents do not burn and smell sweet and heavy, and the drum heads "
         "are stamped 'CH2BrCl' under the labels: bromochloromethane (halon 1011), whose import into the Union is banned "
         "outside licensed feedstock and laboratory uses (Regulation 2024/590), by sea from Visakhapatnam to Genoa for a "
         "Milan pharmaceutical raw-material broker with no ODS licence; Telugu wording (bromochloromethane repeats in "
         "many sets under ethyl-acetate and other solvent labels; a butyl-acetate label on it was found in no earlier row "
         "by a keyword search)", firm("Rivage Materie Prime Farmaceutiche Srl", "IT")),
        ("OZN-09", "import", "NLSEA01", "sea", "JP", [], "NL", "293190",
         "シクロペンタシロキサン (D5) 化粧品グレード, 200Lドラム, 20本", "JP", 6200, 20, 1800000, "JPY",
         "cyclopentasiloxane (D5), the volatile silicone of hair serums, is a light (0.96 kg/l), odourless, slippery "
         "liquid that floats on water; these 20 drums weigh 310 kg each (1.55 kg/l), the liquid sinks in water, "
         "evaporates fast without a slippery film and boils at 54 °C, and the maker's code under the label reads "
         "'AK-225': HCFC-225ca/cb, whose import into the Union is banned (Regulation 2024/590), by sea from Yokohama to "
         "Rotterdam for a Utrecht contract maker of hair serums that cleans its filling nozzles with it; Japanese wording "
         "(HCFC-225 repeats in several sets under HFE and solvent labels; a D5 silicone label was found in no earlier "
         "row by a keyword search)", firm("Horizon Haarcosmetica BV", "NL")),
        ("OZN-10", "import", "FRAIR01", "air", "BR", [], "FR", "281129",
         "Cartuchos de óxido nitroso (N2O) 16 g para caneta de crioterapia estética, 1.200 unidades", "BR", 60, 1200,
         14400, "BRL",
         "N2O cartridges for aesthetic cryo-pens hold 16 g of gas at about 50 bar, so that a pierced one gives a -89 °C "
         "jet of a sweet, slightly anaesthetic gas; these 1,200 cartridges read 5-6 bar when one is gauged, spray a "
         "liquid that frosts at -26 °C, and the gas analysis gives 1,1,1,2-tetrafluoroethane: HFC-134a placed on the "
         "Union market without quota under the F-gas Regulation (2024/573), flown from São Paulo to Paris for a "
         "supplier of aesthetic clinics that freeze off skin tags; Brazilian Portuguese wording (HFC-134a repeats in "
         "very many sets and N2O labels in a few; a cryo-pen cartridge label was found in no earlier row by a keyword "
         "search)", firm("Rivage Esthétique SARL", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "TR", [], "DE", "741980",
         "El yapımı bakır gua sha kazıyıcı, antik görünümlü, 12 adet", "TR", 1.8, 12, 60, "EUR",
         "new hand-made copper gua sha scrapers are flat, bright, evenly hammered plates that fit the palm; these twelve "
         "are curved, channelled bronze blades on a long handle ending in a loop, with green and red corrosion, soil in "
         "the channel and, on one, a maker's stamp in Greek letters: Hellenistic and Roman strigils (the bath scrapers "
         "of the gymnasium, 2nd century BC - 3rd century AD), archaeological objects whose export Türkiye forbids, "
         "brought in without the import licence Regulation 2019/880 requires, sent by express from Izmir to a private "
         "collector in Munich; Turkish wording (bronze antiquities from Türkiye repeat in many sets; strigils were found "
         "in no earlier row by a keyword search, and a gua sha label once, on buffalo-horn boards (blind119))",
         person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "DKSEA01", "sea", "KR", [], "DK", "940360",
         "한약장 (재현품), 느티나무, 신품, 4점", "KR", 480, 4, 2400000, "KRW",
         "new reproduction herbal-medicine chests are machine-cut zelkova with bright brass fittings and even lacquer; "
         "two of these four are 19th-century Joseon yakjang with worn persimmon-wood drawer fronts, the names of herbs "
         "hand-written in ink on each of their hundred drawers, hand-forged iron fittings and the dust of old herbs in "
         "the drawers: Joseon apothecary chests, cultural goods whose export Korea forbids without a permit, brought in "
         "against Regulation 2019/880's ban on cultural goods removed in breach of the country's export law, mixed into "
         "a reproduction-furniture order by sea from Busan to Aarhus for a Copenhagen dealer who furnishes acupuncture "
         "clinics; Korean wording (Joseon objects repeat in three sets; herbal-medicine chests were found in no earlier "
         "row by a keyword search)", firm("Orion Asiatisk Kunst ApS", "DK")),
        ("CUL-03", "import", "PTPOST01", "post", "CN", [], "PT", "490199",
         "中医本草教材（影印本），线装，4册", "CN", 2.4, 4, 300, "CNY",
         "photo-reprinted TCM classics are new, bright-white paper, sharply printed and string-bound for show; these four "
         "volumes are soft, yellowed bamboo-paper fascicles, woodblock-printed with uneven ink, worm tracks, collectors' "
         "red seals and the early-Qing title page of a Bencao gangmu (Compendium of Materia Medica): ancient books "
         "printed before 1911, whose export China forbids, brought in against Regulation 2019/880's ban on cultural "
         "goods removed in breach of the country's export law, posted from Anhui to a private practitioner of Chinese "
         "medicine in Porto; Chinese wording (Chinese books and manuscripts repeat in some sets; a Bencao gangmu edition "
         "was found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("CUL-04", "import", "FRAIR01", "air", "SA", [], "FR", "680291",
         "مباخر من المرمر (الألباستر)، صناعة يدوية جديدة، 6 قطع", "SA", 90, 6, 1800, "SAR",
         "new alabaster incense burners (mabkhara) for oud are machine-turned, glossy and light, with a brass insert; "
         "these six are cube-shaped and pillar altars of veined alabaster, hand-cut, with dedications in South Arabian "
         "letters, blackened bowls, root marks and a desert patina: Sabaean and Qatabanian incense altars (1st millennium "
         "BC), archaeological objects taken out of Yemen, brought in without the import licence Regulation 2019/880 "
         "requires, flown from Riyadh to Paris for an oud perfumer who also deals in 'Arabian art'; Saudi Arabic wording "
         "(South Arabian antiquities repeat in many sets under alabaster labels; incense altars under a mabkhara label "
         "were found in no earlier row by a keyword search)", firm("Galerie Oud Rivage SARL", "FR")),
        ("CUL-05", "import", "DEPOST01", "post", "IR", [], "DE", "830629",
         "گلاب‌پاش برنجی تزئینی، نو، ۲ عدد", "IR", 1.6, 2, 2500000, "IRR",
         "new decorative brass rose-water sprinklers from the Isfahan bazaar are light, spun and bright; these two are "
         "heavy, long-necked silver sprinklers with painted enamel flowers and portraits, a Qajar maker's mark and old "
         "solder repairs: 19th-century Qajar golabdan, cultural goods whose export Iran forbids, brought in against "
         "Regulation 2019/880's ban on cultural goods removed in breach of the country's export law, posted from Tehran "
         "to a private collector in Hamburg; Persian wording (Qajar objects repeat in a few sets; rose-water sprinklers "
         "were found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("CUL-06", "import", "ESAIR01", "air", "MX", [], "ES", "961100",
         "Sellos de barro para pintura corporal y henna, artesanía de Oaxaca, 40 piezas", "MX", 6, 40, 2400, "MXN",
         "new clay stamps for body painting are light, bright, crisply moulded and marked 'hecho en México'; these 40 "
         "are worn, flat and cylindrical stamps with deep-cut geometric and animal designs, smoke-blackened, with burial "
         "soil in the grooves and a ridged handle: pre-Hispanic sellos (Mesoamerican ceramic stamps for body decoration "
         "and cloth, 1000 BC - AD 1500), archaeological objects whose export Mexico forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Mexico City to Madrid for a Barcelona body-painting and "
         "henna supplies shop that resells them as 'antique-style'; Mexican Spanish wording (stamp labels appear in "
         "three sets, on Canary pintaderas once (blind57); Mexican pre-Hispanic stamps were found in no earlier row by a "
         "keyword search)", firm("Atlantic Body Art SL", "ES")),
        ("CUL-07", "import", "ATROAD01", "road", "BA", ["HR", "SI"], "AT", "741810",
         "Bakarne hamamske posude (hamam tas), nove, ručni rad, 60 kom", "BA", 90, 60, 1800, "EUR",
         "new hand-hammered copper hammam bowls are bright, tinned inside and evenly chased; twelve of these 60 are dark, "
         "heavy, worn bowls with Ottoman inscriptions, the waqf mark of a Sarajevo hammam and old tinning, packed with "
         "carved wooden nalin bath clogs inlaid with mother-of-pearl: 18th-19th century Ottoman hammam objects, movable "
         "heritage whose export Bosnia and Herzegovina forbids without a permit, brought in against Regulation "
         "2019/880's ban on cultural goods removed in breach of the country's export law, on a lorry through Croatia and "
         "Slovenia for a Vienna hammam spa's owner; Bosnian wording (Ottoman objects repeat in some sets; hammam bowls "
         "and clogs were found in no earlier row by a keyword search)", firm("Alpina Hamam Wellness GmbH", "AT")),
        ("CUL-08", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Albarelli da farmacia in maiolica, stile Deruta, produzione nuova, 4 pezzi", "IT", 12, 4, 800, "EUR",
         "new Deruta-style apothecary jars are bright, evenly glazed and signed on the base by a living workshop; these "
         "four are waisted albarelli with a tin glaze crazed and flaking at the rim, blue and ochre leafwork, a drug name "
         "on a scroll ('Theriaca') and the arms of a Roman hospital pharmacy: Renaissance maiolica pharmacy jars (c. "
         "1550-1600), together worth far above the 50,000 EUR threshold, exported without the EU export licence "
         "(Regulation 116/2009) and the Italian certificate, in a van at Chiasso for a Lugano dealer; Italian wording "
         "(albarelli once (blind61), kept as a repeat; at Chiasso under a new-Deruta label is the new part)",
         {"importer_country": "CH"}),
        ("CUL-09", "import", "BEAIR01", "air", "NP", [], "BE", "491199",
         "གསོ་བ་རིག་པའི་རི་མོ། པར་མ། (Sowa Rigpa anatomy posters, printed), 12", "NP", 3, 12, 120, "USD",
         "printed Sowa Rigpa anatomy posters are glossy offset prints on paper, rolled in a tube; these twelve are "
         "painted on primed cotton in mineral pigments, cracked at the folds, their brocade borders cut away, showing "
         "the channels, vital points and medicinal plants of the Blue Beryl series: old Tibetan medical thangkas taken "
         "out of Tibet through Nepal, cultural goods whose export China and Nepal forbid, brought in against Regulation "
         "2019/880's ban on cultural goods removed in breach of the country's export law, flown from Kathmandu to "
         "Brussels for a Sowa Rigpa clinic's 'teaching collection'; Tibetan wording (thangkas repeat in many sets; "
         "medical thangkas under an anatomy-poster label were found in no earlier row by a keyword search)",
         firm("Central Sowa Rigpa SA", "BE")),
        ("CUL-10", "import", "NLSEA01", "sea", "IN", [], "NL", "330499",
         "ക്ഷീരബലാ തൈലം (ആയുർവേദ മസാജ് ഓയിൽ), 200 മി.ലി, 2,400 കുപ്പി", "IN", 540, 2400, 3600, "USD",
         "a Kochi Ayurveda exporter's container for a Dutch Ayurveda spa chain: Ksheerabala massage oil and "
         "chyawanprash are what such spas buy, but the third item's 'new brass Dhanvantari idol' is a 38 kg bronze of "
         "the four-armed god of Ayurveda holding the pot of nectar and a leech, with a dark, oily patina from centuries "
         "of abhisheka, a lost-wax casting core and a fresh saw cut at the base where it was taken off its pedestal: a "
         "Kerala temple bronze over 100 years old, whose export India forbids (Antiquities and Art Treasures Act), "
         "brought in against Regulation 2019/880's ban, hidden as the last item of a three-item declaration, by sea from "
         "Kochi to Rotterdam; Malayalam wording (Indian temple bronzes repeat in many sets, Chola bronzes among them; a "
         "Dhanvantari idol behind Ayurveda products was found in no earlier row by a keyword search)",
         dict(firm("Horizon Ayurveda Spa BV", "NL"),
              _more_items=[item("210690", "ച്യവനപ്രാശം, 500 ഗ്രാം, 1,200 കുപ്പി", "IN", 720, 2400, "USD", qty=1200),
                           item("830629", "ധന്വന്തരി വിഗ്രഹം, പിച്ചള, പുതിയത്, 1", "IN", 38, 120, "USD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", ["AE"], "IR", "841933",
         "Liofilizzatore per pappa reale, uso alimentare, 1 unità", "IT", 6500, 1, 380000, "EUR",
         "a royal-jelly freeze-dryer is a food-grade cabinet with trays, a modest condenser and no containment; this "
         "one has a 60 kg/24 h ice condenser, steam sterilisation in place of chamber and condenser, a sealed loading "
         "door and a validation file written to a vaccine plant's specification: steam-sterilisable freeze-drying "
         "equipment controlled as dual-use 2B352, exported without the licence Regulation 2021/821 requires, from Genoa "
         "to Jebel Ali for a Dubai 'apiculture equipment' trader whose buyer is an Iranian biological institute on the "
         "Union's Iran sanctions list; Italian wording (freeze-dryers repeat in many sets under household and fruit-"
         "dehydrator labels; a royal-jelly label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "DKSEA01", "sea", "DK", [], "PK", "847982",
         "Rustfri blandetanke til shampoo og cremer, 300 l, 4 stk.", "DK", 3200, 4, 210000, "EUR",
         "shampoo mixing tanks are open-topped stainless vessels with a paddle and a bottom valve at a few thousand "
         "euros; these four are closed 300 l vessels with double mechanical seals, sparger rings, pH and dissolved-oxygen "
         "probes, steam-in-place lines and sterile sampling valves at over 50,000 EUR each: fermenters capable of "
         "cultivating micro-organisms without aerosol release, controlled as dual-use 2B352, exported without the "
         "licence Regulation 2021/821 requires, from Aarhus to Karachi for a 'cosmetics ferment' maker that supplies a "
         "laboratory of concern to the Union; Danish wording (fermenters repeat in many sets under brewing and kombucha "
         "labels; a shampoo-tank label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "KZ", "330300",
         "Testeurs de parfum, sans valeur commerciale, échantillons, 1 200 flacons", "FR", 720, 1200, 600, "EUR",
         "perfume testers are plain-boxed, often capless bottles marked 'tester - not for sale', sent by the dozen to "
         "shops that stock a line; these 1,200 are full retail boxes of extraits and haute-parfumerie lines in their "
         "cellophane, listed at 350-900 EUR each, about 600,000 EUR in all: luxury perfumes above 300 EUR an item, whose "
         "sale and export for use in Russia Regulation 833/2014 (Annex XVIII) forbids, flown from Paris to Almaty for a "
         "'sample agent' whose Moscow boutiques are the real buyers; French wording (luxury goods for Russia repeat in "
         "many sets; a tester label on perfumes was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-04", "export", "SISEA01", "sea", "SI", [], "IR", "283526",
         "Nano-hidroksiapatit za zobne paste brez fluorida, vreče 25 kg, 400 vreč", "SI", 10000, 400, 40000, "EUR",
         "nano-hydroxyapatite for fluoride-free toothpaste is a fluffy, white calcium phosphate that does not dissolve "
         "in water; these 400 bags hold a dense, white powder that dissolves readily, etches a glass slide with a drop "
         "of acid and whose liners read CAS 7681-49-4: sodium fluoride (an Australia Group chemical, dual-use 1C350), "
         "exported without the licence Regulation 2021/821 requires, by sea from Koper to Bandar Abbas for a Tehran "
         "'oral-care' maker whose parent is on the Union's Iran sanctions list; Slovenian wording (sodium fluoride "
         "repeats in a few sets, under a monofluorophosphate toothpaste label among others (blind135); a hydroxyapatite "
         "label was found once, on a wildlife good (blind182), and a fluoride-free label on fluoride is the new part)",
         {"importer_country": "IR"}),
        ("STR-05", "export", "GRSEA01", "sea", "GR", [], "EG", "330730",
         "Κρύσταλλοι θειούχου λουτρού για σπα, σάκοι 25 kg, 800 σάκοι", "GR", 20000, 800, 16000, "EUR",
         "sulphur bath crystals for spas are yellow, sulphur-smelling salt blends with a little sulphur or thiosulphate, "
         "sold in small tubs; these 800 sacks hold red-brown to yellow, damp-drawing flakes of about 60 % sodium sulphide "
         "that reek of rotten eggs when wet, burn the skin and read UN1849 on the liners: sodium sulphide (an Australia "
         "Group chemical, dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Piraeus to "
         "Alexandria for a Hurghada 'spa supplies' firm whose buyer is a chemical works in Egypt, which is not a party "
         "to the Chemical Weapons Convention; Greek wording (sodium sulphide repeats in many sets, a depilatory-powder "
         "label once (blind175); a sulphur-bath label was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("STR-06", "export", "LVAIR01", "air", "LV", [], "UZ", "854370",
         "LED gaismas terapijas sejas maskas, 3 000 gab.", "LV", 1800, 3000, 45000, "EUR",
         "LED face masks are light plastic shells with a few hundred LEDs, a cable and a remote at 15-30 EUR each; these "
         "60 cartons weigh what the masks should, but each mask's battery compartment is packed with reels of 32-bit "
         "microcontrollers and FPGAs, some 240,000 chips worth twenty times the declared value: integrated circuits on "
         "the common high-priority list (8542), whose sale and export for use in Russia Regulation 833/2014 forbids, "
         "flown from Riga to Tashkent for a 'beauty devices' distributor whose orders go on to a Russian drone maker; "
         "Latvian wording (microcontrollers for Russia repeat in very many sets under many covers, and Tashkent as a hub "
         "in many; an LED-mask label was found in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
        ("STR-07", "export", "DEAIR01", "air", "DE", [], "CN", "382499",
         "Acetyl-Hexapeptid (Argireline-Typ), kosmetischer Wirkstoff, lyophilisiert, 200 g", "DE", 0.2, None, 900,
         "EUR",
         "acetyl hexapeptide for anti-wrinkle serums is a white, lyophilised peptide sold by the hundred grams at a few "
         "thousand euros a kilo with an HPLC certificate; these 200 g carry the batch record of a marine-peptide "
         "laboratory, are worth over a hundred times the declared price, and the mass spectrum gives the folded, "
         "disulphide-bridged sequence of a mu-conotoxin, a sodium-channel-blocking cone-snail toxin: a conotoxin "
         "controlled as dual-use 1C351 (not in the form of an authorised medicine), exported without the licence "
         "Regulation 2021/821 requires, flown from Frankfurt to Shanghai for a 'cosmetic actives' trader; German wording "
         "(toxins repeat in a few sets, cone-snail toxins in none; an Argireline-type label was found in no earlier row "
         "by a keyword search)", {"importer_country": "CN"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", [], "BY", "842129",
         "Instalacje filtracji stycznej do kolagenu i kwasu hialuronowego, 2 szt.", "PL", 4000, 2, 160000, "EUR",
         "tangential-flow filtration units for cosmetic collagen and hyaluronic acid are open skids of plastic cassettes "
         "cleaned with caustic; these two have 25 m2 of membrane, steam-in-place lines and closed housings that can be "
         "sterilised in situ: cross-flow filtration equipment controlled as dual-use 2B352, whose sale and export to "
         "Belarus Regulation 765/2006 forbids, on a lorry at Kukuryki for a Minsk 'biocosmetics' maker that supplies a "
         "military medical institute; Polish wording (cross-flow filtration repeats in a few sets, under a "
         "juice-clarifier label in blind20; a collagen and hyaluronic-acid label, and Belarus, were found in no earlier "
         "row of that family by a keyword search)", {"importer_country": "BY"}),
        ("STR-09", "export", "HRSEA01", "sea", "HR", ["LB"], "SY", "847982",
         "Vakuumska emulzijska miješalica za kreme, 500 l, 1 kom", "HR", 4200, 1, 60000, "EUR",
         "a vacuum emulsifying mixer for creams is a 316L stainless vessel with a homogeniser and a jacket at a few tens "
         "of thousands of euros; this one's vessel, agitator and homogeniser head are of Hastelloy C-276 (over 25 % "
         "nickel and 20 % chromium, as the alloy certificate in the crate shows), with double mechanical seals and 500 l "
         "of volume: a reaction vessel controlled as dual-use 2B350, exported without the licence Regulation 2021/821 "
         "requires, from Rijeka to Beirut for a 'cosmetics factory' whose lorries carry its orders on into Syria; "
         "Croatian wording (Hastelloy reactors repeat in many sets under other vessel labels; a cosmetic emulsifying-mixer "
         "label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-10", "export", "BESEA01", "sea", "BE", ["SG"], "MM", "293299",
         "Glucosaminehydrochloride, farmaceutische kwaliteit, zakken van 25 kg, 600 zakken", "BE", 15000, 600, 45000,
         "EUR",
         "glucosamine hydrochloride for joint supplements is a white, free-flowing, faintly sweet crystal that stays dry "
         "in its bag; these 600 bags hold a white salt that draws damp and cakes, smells of fish and ammonia when opened "
         "and whose inner bags read CAS 506-59-2: dimethylamine hydrochloride (an Australia Group chemical, dual-use "
         "1C350, a tabun precursor), exported without the licence Regulation 2021/821 requires, from Antwerp through "
         "Singapore to Yangon for a 'metformin maker' tied to the military-owned pharmaceutical works, under the "
         "Union's Myanmar embargo; Flemish wording (dimethylamine hydrochloride repeats in a few sets, under "
         "choline-chloride and betaine labels; a glucosamine label was found once, on a wildlife good (blind119); on this "
         "good it is the new part)", {"importer_country": "MM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "MZ", [], "PT", "090619",
         "Casca de canela em pau, seca, sacos de 25 kg, 12 sacos", "MZ", 300, 12, 900, "USD",
         "cinnamon (cassia) bark is thin, curled, reddish-brown quills that smell sweet and warm; these sacks hold thick, "
         "flat, grey, corky slabs with a red-brown inner bark that tastes hot, peppery and bitter, stripped from wild "
         "trees in the Chimanimani and Gorongosa forests: pepper-bark (Warburgia salutaris, CITES App. II), a remedy for "
         "coughs and colds, without CITES documents, flown from Maputo to Lisbon for a herbal-remedies importer who "
         "supplies African and Brazilian shops; Mozambican Portuguese wording (cinnamon labels appear in many sets; "
         "Warburgia was found in no earlier row by a keyword search)", firm("Central Ervanária Lda", "PT")),
        ("WLF-02", "import", "BEAIR01", "air", "ZA", [], "BE", "121190",
         "Rooibos tea, organic, fermented, bulk, 20 bags", "ZA", 400, 20, 2400, "USD",
         "a Cape Town herbal-tea air shipment for a Ghent health-food wholesaler: rooibos and buchu are what such shops "
         "sell, but the third item's 'dried ginger slices' are small, pale, whole rhizomes with fleshy root tubers still "
         "attached that smell of ginger and pine, dug for the muthi trade in Mpumalanga: African ginger (Siphonochilus "
         "aethiopicus, CITES App. II for its South African, Eswatini, Mozambican and Zimbabwean populations), nearly "
         "gone from the wild, without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Cape Town to Brussels; South African English wording with the Zulu name (Siphonochilus was found in no earlier "
         "row by a keyword search)",
         dict(firm("Delta Natuurvoeding SA", "BE"),
              _more_items=[item("121190", "Buchu leaves (Agathosma betulina), dried, 40 kg", "ZA", 40, 800, "USD"),
                           item("091011", "Dried ginger root slices (indungulo), 60 kg", "ZA", 60, 300, "USD")])),
        ("WLF-03", "import", "ITPOST01", "post", "GH", [], "IT", "151590",
         "Nkuto (shea butter), fi Kumasi, 3 kg", "GH", 3, 1, 150, "GHS",
         "home-made shea butter is an ivory to yellow, nutty-smelling vegetable fat that softens on the hand; this 3 kg "
         "block is a whiter, greasy, strong-smelling animal fat with scraps of patterned skin in it, rendered from rock "
         "and royal pythons and sold as a remedy for burns, rheumatism and skin disease: python fat (Python sebae and P. "
         "regius, CITES App. II, derivatives included) without CITES documents, posted from Kumasi to a private person "
         "in Modena; Twi wording (python skins repeat in many sets; python fat, and a shea-butter label on it, were found "
         "in no earlier row by a keyword search, 'nkuto' once as a lawful item (blind130))", person("Giulia Rossi", "IT")),
        ("WLF-04", "import", "CZAIR01", "air", "VN", [], "CZ", "121190",
         "Gỗ long não băm nhỏ làm nhang, bao 25 kg, 20 bao", "VN", 500, 20, 1500, "USD",
         "camphor-wood chips for incense are pale, soft and smell strongly of camphor; these bags hold hard, heavy, dark "
         "red-brown heartwood chips that sink in water, smell sweet and faintly sour when burnt and show the fine, "
         "streaked grain of sưa: Tonkin rosewood (Dalbergia tonkinensis, CITES App. II with all Dalbergia), burnt as "
         "incense and sold as a Chinese-medicine heartwood, without CITES documents, flown from Hanoi to Prague for a "
         "Sapa-market incense and herbal shop; Vietnamese wording (Dalbergia rosewoods repeat in many sets, D. odorifera "
         "once (blind62); D. tonkinensis and a camphor-chip label were found in no earlier row by a keyword search)",
         firm("Vega Asia Byliny s.r.o.", "CZ")),
        ("WLF-05", "import", "LVAIR01", "air", "KZ", [], "LV", "130219",
         "Австралиялық саусақ лайм (caviar lime) сығындысы, косметикалық шикізат, 5 кг", "KZ", 5, None, 3500, "USD",
         "caviar-lime (finger-lime) extract is a pale, watery, citrus-smelling extract of Australian Citrus australasica "
         "that a Kazakh shipper would first have to import; these 5 kg are a grey-black, granular, freeze-dried powder "
         "that smells of the sea, with sturgeon-egg membranes under the lens and the DNA of beluga and Russian sturgeon: "
         "wild Caspian caviar powder for 'caviar' creams (Acipenseriformes, CITES App. II, derivatives included) without "
         "CITES documents, flown from Atyrau via Almaty to Riga for a Latvian luxury-cosmetics maker; Kazakh wording "
         "(caviar repeats in very many sets; a caviar-lime label was found in no earlier row by a keyword search)",
         firm("Orion Kosmētika SIA", "LV")),
        ("WLF-06", "import", "DEAIR01", "air", "TW", [], "DE", "121190",
         "絞股藍茶 (七葉膽), 乾燥全草, 10 公斤", "TW", 10, None, 600, "USD",
         "jiaogulan (Gynostemma) tea is a tangle of dried vine leaves with five to seven leaflets that taste bitter-sweet; "
         "these bags hold small, whole, dried orchid plants with velvety, dark leaves netted with golden-red veins and "
         "short fleshy stems: jewel orchids (Anoectochilus formosanus, CITES App. II with all orchids) gathered wild in "
         "the central mountains and sold as a liver tonic at several hundred dollars a kilo, without CITES documents, "
         "flown from Taipei to Frankfurt for a Munich pharmacy of Chinese medicine; traditional Chinese wording from "
         "Taiwan (orchids repeat in many sets and Anoectochilus once (blind59); a jiaogulan label was found in no earlier "
         "row by a keyword search)", firm("Meridian TCM Apotheke GmbH", "DE")),
        ("WLF-07", "import", "FRAIR01", "air", "SC", [], "FR", "210690",
         "Sea cucumber powder, Cucumaria frondosa (Canadian origin), for supplement capsules, 40 kg", "CA", 40, None,
         2800, "USD",
         "Cucumaria frondosa powder is a light, khaki-brown, freeze-dried powder of a small, thin-walled North Atlantic "
         "species sold with a Canadian certificate of origin; these 40 kg are a darker, gritty, roasted powder with the "
         "ossicles of large tropical holothurians under the microscope and the DNA of white and black teatfish, boiled "
         "and smoked on Praslin and Mahé: Holothuria fuscogilva and H. nobilis (CITES App. II) without CITES documents, "
         "their origin falsely declared as Canadian, flown from Mahé to Paris for a Breton marine-collagen supplement "
         "maker; Seychellois English wording (teatfish repeat in many sets; a Cucumaria label and a false Canadian origin "
         "were found in no earlier row by a keyword search)", firm("Atlantic Collagène Marin SARL", "FR")),
        ("WLF-08", "import", "LTAIR01", "air", "PK", [], "LT", "382499",
         "سنتھیٹک ٹرائی پیپٹائیڈ (Syn-Ake قسم)، کاسمیٹک خام مال، لائیوفلائزڈ، 50 گرام", "PK", 0.05, None, 2500, "USD",
         "Syn-Ake-type synthetic tripeptides are white, fluffy lyophilised powders with an HPLC certificate at a few "
         "thousand dollars a kilo; these 50 g are yellowish, glassy flakes, and the laboratory finds the three-finger "
         "neurotoxins and phospholipases of Naja naja venom: Indian cobra venom (CITES App. II, derivatives included) "
         "milked at a Sindh snake farm, without CITES documents, flown from Karachi via Istanbul to Vilnius for a "
         "cosmetics laboratory that sells 'real venom' serums; Urdu wording (cobra venom repeats in a few sets, Naja "
         "oxiana under a bee-venom label in blind121; a synthetic-peptide label on it was found in no earlier row by a "
         "keyword search)", firm("Vega Kosmetika UAB", "LT")),
        ("WLF-09", "import", "NLAIR01", "air", "US", [], "NL", "121190",
         "Oregon grape root (Mahonia aquifolium), cut and sifted, wildcrafted, 200 lb", "US", 90, None, 2400, "USD",
         "Oregon grape root is a hard, yellow, woody cut root with a bitter taste, the cheap berberine-rich stand-in for "
         "goldenseal; these bags hold a softer, knotted, brown rhizome with a bright-yellow inside and a sharp, hay-like "
         "smell, and the laboratory finds hydrastine as well as berberine: goldenseal root (Hydrastis canadensis, CITES "
         "App. II, roots included) dug in Appalachian woods, without CITES documents, flown from Charlotte to Amsterdam "
         "for a herbal-tincture maker; US English wording (goldenseal repeats in four sets; an Oregon-grape label was "
         "found in no earlier row by a keyword search)", firm("Horizon Kruiden BV", "NL")),
        ("WLF-10", "transit", "NLAIR01", "air", "ID", ["NL"], "SR", "330499",
         "Minyak urut tradisional Jawa, botol 100 ml, 600 botol", "ID", 60, 600, 9000000, "IDR",
         "Javanese massage oil (minyak urut) is a clear, yellow coconut oil with clove, ginger and eucalyptus; these 600 "
         "bottles hold a cloudy, yellow-grey, fishy-smelling fat with a layer of solid grease, rendered from water "
         "monitors and sold as 'minyak biawak' for eczema, itching and scars: monitor-lizard oil (Varanus salvator, "
         "CITES App. II, derivatives included) without CITES documents, landed at Schiphol in transit from Jakarta to "
         "Paramaribo for a Javanese-Surinamese shop; Indonesian wording (monitor-lizard skins repeat in many sets, "
         "'biawak' twice as skin (blind12, blind183); monitor-lizard oil, and a massage-oil label on it, were found in no "
         "earlier row by a keyword search)", {"importer_country": "SR"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATPOST01", "post", "CH", "AT", "284700",
     "Hydrogen peroxide 35 %, 1 l, for a licensed private user (natural-cosmetics home laboratory)", "CH", 1.1, 1,
     30, "CHF", [("PRECURSOR_LICENCE", "AT-BMI-58-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "IN", "DE", "290420",
     "Nitromethane 98 %, 1 l, for a licensed private user (model engines)", "IN", 1.1, 1, 2500, "INR",
     [("PRECURSOR_LICENCE", "DE-BKA-58-0144")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "382319",
     "Deodoriser distillate from omega-3 fish-oil refining, PCB-containing, for incineration at a licensed plant, 20 t",
     "NO", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-58-0112")], "notified POP-laden refining residue to a licensed incinerator"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "330290",
     "Off-specification fragrance concentrates (07 06 04*), for solvent recovery at a licensed plant, 12 t", "CH",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-58-0077")], "notified waste fragrance concentrates to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical grade, 5 x 100 ml, for essential laboratory use", "US", 0.8,
     5, 600, "USD", [("ODS_LICENCE", "DE-UBA-ODS-58-011")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "IN", "IT", "290369",
     "Bromochloromethane, 20 drums, for use as feedstock in pharmaceutical synthesis", "IN", 8000, 20, 24000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-58-004")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "691390",
     "Maiolica albarello, Deruta, c. 1520, sold with the EU export licence and the Italian certificate", "IT", 3, 1,
     68000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-58-0148")], "pharmacy jar exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970510",
     "Roman bronze strigil, 2nd century AD, documented British collection since 1938, with the import licence", "TR",
     0.4, 1, 9000, "GBP", [("IMPORT_LICENCE", "DE-BKM-IMP-58-0027")], "archaeological object imported with its import licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "841933",
     "Steam-sterilisable pharmaceutical freeze-dryer, 60 kg/24 h, for a Turkish vaccine maker", "IT", 6500, 1, 420000,
     "EUR", [("EXPORT_LICENCE", "IT-UAMA-58-0211"), ("END_USER_CERTIFICATE", "TR-TITCK-EUC-58-0046")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SISEA01", "sea", "SI", "IN", "282619",
     "Sodium fluoride 98 %, 10 t, for an Indian toothpaste maker", "SI", 10000, None, 22000, "EUR",
     [("EXPORT_LICENCE", "SI-MGTS-58-0033"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-58-0155")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "US", "NL", "121190",
     "Goldenseal root (Hydrastis canadensis), cultivated, 100 kg, with the US CITES export permit", "US", 100, None,
     9000, "USD", [("CITES_PERMIT", "US-FWS-58-0419")], "App. II goldenseal from cultivation with its export permit"),
    ("PRM-12", "wildlife", "import", "PTAIR01", "air", "ZA", "PT", "121190",
     "Pepper-bark (Warburgia salutaris), artificially propagated, 50 kg, with the South African CITES export permit",
     "ZA", 50, None, 2500, "USD", [("CITES_PERMIT", "ZA-DFFE-58-0207")], "App. II pepper-bark from propagation with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Lena Wagner", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Rivage Materie Prime Farmaceutiche Srl", "PRM-11": "Horizon Kruiden BV", "PRM-12": "Central Ervanária Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises
    ("330499", "Eyebright eye bath, 100 ml bottles", "import", ["post"], ["CH"], (40, 70), (1, 3), ["CHF"], 8, S),
    ("291631", "Benzyl benzoate, perfumery grade, drums", "import", ["sea"], ["IN", "CN"], (2.5, 4), (4000, 12000), ["USD"], None, S),
    ("210690", "Ionic trace mineral drops, 60 ml", "import", ["post", "express"], ["US"], (60, 120), (1, 2), ["USD"], 12, S),
    ("340130", "Rice-enzyme face-wash powder, 50 g", "import", ["air"], ["JP", "KR"], (40, 70), (100, 500), ["JPY", "USD"], 20, S),
    ("294000", "D-mannose powder, 250 g pouches", "import", ["express"], ["CN", "US"], (30, 50), (1, 3), ["USD"], 4, S),
    ("292249", "Tranexamic acid, cosmetic grade, 1 kg", "import", ["air"], ["KR", "CN"], (25, 45), (50, 300), ["USD"], 1, S),
    ("293629", "Niacinamide, cosmetic grade, 25 kg drums", "import", ["sea"], ["CN", "MY"], (6, 10), (2000, 8000), ["USD"], 0.04, S),
    ("152110", "Jojoba exfoliating beads, 25 kg", "import", ["sea"], ["AR", "IL"], (15, 25), (500, 2000), ["USD"], 0.04, S),
    ("220900", "Apple cider vinegar, raw, 500 ml bottles", "import", ["road"], ["MK", "RS"], (1.5, 3), (4000, 12000), ["EUR"], 2, S),
    ("330499", "Cucumber water, cosmetic distillate, 20 l", "import", ["sea"], ["IL", "TR"], (1.5, 3), (1000, 4000), ["USD"], 0.05, S),
    ("330129", "Lavandin grosso essential oil, drums", "export", ["sea"], ["TN", "MA"], (12, 20), (1000, 4000), ["EUR"], None, S),
    ("210690", "Food supplements, sealed retail stock", "export", ["road"], ["UA", "MD"], (6, 12), (3000, 10000), ["EUR"], 10, S),
    ("330300", "Eau de toilette, mass-market lines, sealed", "export", ["sea"], ["NG", "GH"], (8, 15), (3000, 9000), ["EUR"], 5, S),
    ("940210", "Hydraulic salon chairs, new", "export", ["sea"], ["GH", "SN"], (8, 14), (2000, 6000), ["EUR"], 0.05, S),
    ("330290", "Candle fragrance oils, IFRA-certified, drums", "export", ["road"], ["TR", "RS"], (8, 14), (2000, 8000), ["EUR"], None, S),
    ("220720", "Denatured ethanol, technical, IBC", "export", ["road"], ["RS", "BA"], (0.8, 1.2), (12000, 20000), ["EUR"], None, S),
    ("330499", "Skin-care creams, sealed retail jars", "export", ["sea"], ["AO", "CV"], (10, 18), (2000, 6000), ["EUR"], 10, S),
    ("330590", "Salon hair colour, current range, sealed", "export", ["sea"], ["MA", "TN"], (10, 18), (2000, 6000), ["EUR"], 10, S),
    ("851030", "Epilators, new, boxed", "export", ["sea"], ["BJ", "NG"], (25, 40), (1000, 4000), ["EUR"], 1.5, S),
    ("281121", "Food-grade carbon dioxide, cylinders", "import", ["sea"], ["CN", "TR"], (0.8, 1.5), (4000, 10000), ["USD"], 0.04, S),
    ("330430", "Nail-prep dehydrator, isopropanol-based, 1 l", "import", ["air"], ["VN", "CN"], (4, 7), (200, 800), ["USD"], 1, S),
    ("381400", "Make-up brush cleaner, isopropanol-based, 5 l", "import", ["air"], ["TH", "KR"], (3, 6), (300, 1500), ["USD"], 0.2, S),
    ("854370", "RF skin-tightening beauty devices, new", "import", ["air"], ["CN"], (20, 40), (200, 1000), ["USD"], 0.05, S),
    ("271119", "A-46 hydrocarbon aerosol propellant, ISO tank", "import", ["road"], ["TR"], (0.6, 1.0), (16000, 20000), ["USD"], None, S),
    ("330499", "After-sun gel, aloe, 200 ml tubes", "import", ["air"], ["KR", "TH"], (8, 14), (500, 2000), ["USD"], 5, S),
    ("290389", "Perfluorodecalin, cosmetic grade", "import", ["air"], ["GB", "CH"], (150, 300), (20, 100), ["GBP", "CHF"], None, S),
    ("291533", "n-Butyl acetate, drums", "import", ["sea"], ["IN", "CN"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("391000", "Dimethicone, cosmetic grade, drums", "import", ["sea"], ["JP", "KR"], (3, 5), (3000, 9000), ["USD"], None, S),
    ("741980", "Copper gua sha scrapers, new", "import", ["express"], ["TR", "CN"], (25, 45), (1, 3), ["USD", "EUR"], 8, S),
    ("940360", "Reproduction herbal-medicine chests, new", "import", ["sea"], ["KR", "CN"], (5, 9), (1000, 4000), ["USD"], 0.02, S),
    ("490199", "Reprinted Chinese-medicine classics", "import", ["post"], ["CN", "TW"], (15, 30), (1, 4), ["USD"], 1, S),
    ("680291", "Alabaster incense burners (mabkhara), new", "import", ["air"], ["SA", "OM"], (10, 20), (100, 500), ["USD"], 0.5, S),
    ("830629", "Brass rose-water sprinklers, new", "import", ["post"], ["IN", "TR"], (20, 40), (1, 3), ["USD"], 2, S),
    ("961100", "Clay body-painting stamps, new craft", "import", ["air"], ["MX", "IN"], (15, 30), (50, 200), ["USD"], 10, S),
    ("741810", "Copper hammam bowls, new, tinned", "import", ["road"], ["BA", "TR"], (12, 20), (500, 2000), ["EUR"], 1.5, S),
    ("691390", "Deruta-style apothecary jars, new", "export", ["road"], ["CH"], (20, 40), (200, 1000), ["EUR"], 0.5, S),
    ("491199", "Printed Sowa Rigpa anatomy posters", "import", ["air"], ["NP", "IN"], (10, 25), (50, 200), ["USD"], 4, S),
    ("330499", "Ayurvedic massage oil, 200 ml", "import", ["sea"], ["IN", "LK"], (5, 9), (2000, 6000), ["USD"], 4, S),
    ("841933", "Tray freeze-dryers for food, non-sterilisable", "export", ["sea"], ["TR", "EG"], (25, 45), (1000, 4000), ["EUR"], 0.002, S),
    ("847982", "Open stainless mixing tanks for shampoo, new", "export", ["sea"], ["PK", "BD"], (8, 14), (2000, 6000), ["EUR"], 0.005, S),
    ("283526", "Nano-hydroxyapatite, toothpaste grade", "export", ["sea"], ["EG", "TR"], (8, 14), (2000, 8000), ["EUR"], None, S),
    ("330730", "Sulphur bath salts for spas, 1 kg tubs", "export", ["sea"], ["EG", "JO"], (2, 4), (4000, 12000), ["EUR"], 1, S),
    ("293299", "Glucosamine hydrochloride, supplement grade", "export", ["sea"], ["SG", "VN"], (6, 10), (5000, 15000), ["EUR"], None, S),
    ("121190", "Rooibos tea, bulk", "import", ["sea"], ["ZA"], (3, 5), (5000, 15000), ["USD"], None, S),
    ("151590", "Shea butter, unrefined, 25 kg", "import", ["sea"], ["GH", "BF"], (2, 4), (8000, 18000), ["USD"], 0.04, S),
    ("130219", "Caviar-lime (finger-lime) extract, cosmetic grade", "import", ["air"], ["AU"], (80, 150), (10, 50), ["AUD"], None, S),
    ("121190", "Jiaogulan (Gynostemma) tea, dried", "import", ["air"], ["TW", "CN"], (10, 20), (100, 500), ["USD"], None, S),
    ("121190", "Oregon grape root, cut and sifted", "import", ["air"], ["US"], (15, 30), (100, 500), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701349", "Glass storage jars with clip lids", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 9000), ["USD", "EUR"], 1.5, N),
        ("640419", "Felt slippers, wool, rubber soles", "import", ["post", "express"], ["NP", "KG"], (30, 60), (1, 3), ["USD"], 3, N),
        ("450490", "Cork pinboards, framed", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 1, N),
        ("570299", "Jute rugs, hand-woven", "import", ["sea"], ["IN", "BD"], (2, 4), (3000, 8000), ["USD"], 0.3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind192", 20580301, HERE)


if __name__ == "__main__":
    main()
