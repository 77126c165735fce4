#!/usr/bin/env python3
"""Writes the ninety-seventh blind set (tests/risk/data/blind97-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2042, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
need a permit, licence or certificate by law (live animals and plants, bulbs, fish, food of
animal origin included) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL97-*:

    python3 tests/risk/data/make_blind97_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2042, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2042
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEPOST01", "post", "TH", [], "SE", "330790",
         "น้ำยาล้างคอนแทคเลนส์ 3%, 6 x 1 ลิตร", "TH", 7.3, 6, 60, "USD",
         "contact-lens solutions are buffered saline with 3 % peroxide in 360 ml bottles with a neutralising disc; these "
         "six one-litre bottles have vented caps, no buffer and no disc, weigh 1.20 kg/l and the filler's label under "
         "the Thai sticker reads 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %), posted from Bangkok to a private "
         "person in Malmö; Thai wording (hydrogen peroxide repeats in many sets and a contact-lens cover once; posted "
         "from Thailand to Sweden in Thai is the new part)", person("Privatperson", "SE")),
        ("PRE-02", "import", "NLAIR01", "express", "IL", [], "NL", "250100",
         "מלח גס להכשרת בשר, 5 x 1 ק\"ג", "IL", 5, 5, 150, "ILS",
         "koshering salt is coarse, flaky, opaque sodium chloride that tastes of salt and draws blood from meat; these "
         "five bags hold fine, clear, glassy crystals that do not taste salty, flare violet with sugar and read "
         "'KClO4' on the inner liners: potassium perchlorate (Annex I above 40 %), sent by express from Tel Aviv to a "
         "private person in Eindhoven; Hebrew wording (potassium perchlorate repeats in many sets, salt covers in "
         "several and a Dead Sea salt from Israel, on sodium perchlorate, in blind44; a koshering-salt cover was "
         "found in no earlier row)", person("M. Bakker", "NL")),
        ("PRE-03", "import", "SKROAD01", "road", "UA", [], "SK", "250100",
         "Сіль для лазні з травами, 10 x 2 кг", "UA", 20, 10, 1600, "UAH",
         "bath-house salt is coarse rock salt mixed with dried herbs and smells of mint; these ten bags hold fine, "
         "odourless white crystals with no herbs that draw damp, taste cool rather than salty and read 'NaClO3' on the "
         "inner liners: sodium chlorate (Annex I above 40 %), in a private car at Vyšné Nemecké for a private person in "
         "Košice; Ukrainian wording (sodium chlorate repeats in many sets and sauna or bath salts in several; a "
         "banya-salt cover by car from Ukraine to Slovakia was found in no earlier row)", person("Súkromná osoba", "SK")),
        ("PRE-04", "import", "PTAIR01", "express", "BR", [], "PT", "340290",
         "Limpador de tela serigráfica, removedor de tinta, 4 x 1 L", "BR", 4.5, 4, 400, "BRL",
         "screen-printing ink removers are thick orange or citrus-scented solvent gels; these four litres are a thin, "
         "oily liquid at 1.14 kg/l with a faint fruity smell that will not dissolve plastisol ink, and the inner "
         "bottles read 'nitrometano 98 %': nitromethane (Annex I above 16 %), sent by express from São Paulo to a "
         "private person in Porto who prints nothing, although flammable liquids travel by express only as declared "
         "dangerous goods; Brazilian Portuguese wording (nitromethane repeats in many sets; a screen-printing cleaner "
         "was found in no earlier row)", person("João Pereira", "PT")),
        ("PRE-05", "import", "GRROAD01", "road", "AL", [], "GR", "210210",
         "Furnizime furre: maja e thatë, 20 x 500 g", "AL", 10, 20, 120, "EUR",
         "a bakery-supplies order by van: dried yeast and vanilla sugar are what a village bakery buys, but the third "
         "item's 'krem tartari' is four 5 kg tubs of a glossy white crystal that is not sour like potassium "
         "bitartrate, spits violet sparks on a hot plate and reads CAS 3811-04-9 on the inner bags: potassium "
         "chlorate (Annex I above 40 %), hidden as the last item of a three-item declaration, at Kakavia for a private "
         "person in Ioannina who keeps no bakery; Albanian wording (potassium chlorate repeats in many sets and cream "
         "of tartar covers in several; behind a bakery order by road from Albania to Greece is the new part)",
         dict(person("Idiotis", "GR"),
              _more_items=[item("170191", "Sheqer vanilje, 50 x 100 g", "AL", 5, 40, "EUR", qty=50),
                           item("291813", "Krem tartari, 4 x 5 kg", "AL", 20, 60, "EUR", qty=4)])),
        ("PRE-06", "import", "IESEA01", "sea", "TT", [], "IE", "390690",
         "Water-retaining hydrogel crystals for gardens, 25 kg bags, 20 t", "TT", 20000, 800, 9000, "USD",
         "garden hydrogel is a polyacrylate powder that swells into a clear jelly in water and sells for several "
         "dollars a kilo; these 25 kg retail bags hold hard, white prills that do not swell at all but dissolve and "
         "turn ice-cold in water, and test at 34.5 % N, at 0.45 USD/kg, for a Cork farm-and-garden web shop that sells "
         "them by the bag to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of "
         "the public; Trinidad English wording (ammonium nitrate repeats in many sets under fertiliser, urea, AdBlue "
         "and de-icing covers; a garden-hydrogel cover by sea from Point Lisas was found in no earlier row)",
         firm("Atlantic Farm Supply Ltd", "IE")),
        ("PRE-07", "import", "ATPOST01", "post", "CN", [], "AT", "340290",
         "铜器做旧液, 古铜色, 4 x 1 L", "CN", 5.6, 4, 40, "USD",
         "antiquing solutions for brass and copper crafts are dilute selenious-acid or liver-of-sulphur liquids that "
         "darken metal in seconds and smell of eggs; these four litres are colourless to pale yellow, fume brown when "
         "opened, stain the skin yellow, dissolve a copper coin with brown gas and weigh 1.40 kg/l: about 65 % nitric "
         "acid (Annex I above 3 %), posted from Yiwu to a private person in Linz, although corrosive liquids may not "
         "go by post; Chinese wording (nitric acid repeats in many sets, from China as circuit-board etching acid in "
         "blind35; a metal-antiquing cover was found in no earlier row)", person("Thomas Gruber", "AT")),
        ("PRE-08", "import", "FRAIR01", "express", "CA", [], "FR", "340290",
         "Nettoyant à casseroles d'évaporateur pour sirop d'érable, 6 x 1 L", "CA", 11, 6, 150, "CAD",
         "maple-evaporator pan cleaners are mild phosphoric or citric solutions that lift the sugar-sand scale, at "
         "about 1.2 kg/l; these six litres are heavy, oily, 1.84 kg/l and char paper at once, and the inner bottles "
         "read 'acide sulfurique 96 %': sulphuric acid (Annex I above 15 %), sent by express from Quebec to a private "
         "person in Rennes who keeps no sugar shack, although corrosive liquids travel by express only as declared "
         "dangerous goods; Quebec French wording (sulphuric acid repeats in many sets; a maple-syrup pan cleaner was "
         "found in no earlier row)", person("M. T. Dubois", "FR")),
        ("PRE-09", "import", "FRROAD01", "road", "CH", [], "FR", "250100",
         "Sel régénérant en pastilles pour adoucisseur d'eau, 8 x 5 kg", "CH", 40, 8, 120, "CHF",
         "water-softener salt is large, compressed tablets of pure sodium chloride that taste of salt; these bags hold "
         "fine glossy crystals that turn to syrup in a damp garage, taste of nothing and read 'NaClO4' on the inner "
         "liners: sodium perchlorate (Annex I above 40 %), in a private car at Bardonnex for a private person in "
         "Annecy; Swiss French wording (sodium perchlorate and water-softener covers repeat in several sets; from "
         "Geneva by car into Haute-Savoie is the new part)", person("Mme Claire Martin", "FR")),
        ("PRE-10", "import", "NLSEA01", "sea", "PH", [], "NL", "330690",
         "Concentrated mouthwash (pampamumog), 500 ml, 20,000 bottles", "PH", 12000, 20000, 10000, "USD",
         "mouthwash concentrates are flavoured, coloured and below 1.5 % peroxide; these 20,000 bottles have vented "
         "caps, no flavour or colour, weigh 1.20 kg/l and the shipping documents read 'hydrogen peroxide 50 %', at 0.50 "
         "USD a bottle, for a Rotterdam web shop that sells to the public: hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public; Tagalog and English wording (hydrogen peroxide repeats in many sets "
         "and a mouthwash cover once; a sea container from Manila to Rotterdam is the new part)",
         firm("Orion Huishouden BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "PTSEA01", "sea", "PT", [], "AO", "381519",
         "Catalisador novo de hidrotratamento, excedente de stock, 40 t", "PT", 40000, None, 8000, "EUR",
         "surplus new hydrotreating catalyst comes in the maker's sealed drums as pale green or grey-blue extrudates "
         "with a batch certificate, and sells for thousands of euros a tonne; these big bags hold black, coked "
         "extrudates that smell of sulphur, self-heat when the bags are opened and analyse at nickel, molybdenum and "
         "vanadium, from the Sines refinery's turnaround, at 0.20 EUR/kg: spent hydroprocessing catalyst (16 08 02*), "
         "hazardous waste whose export to a non-OECD country is banned, from Sines for a Luanda 'refinery supplier'; "
         "Portuguese wording (spent catalysts repeat in many sets, under alumina, ceramic-ball and "
         "molybdenum-concentrate labels; 'surplus new catalyst' from Portugal to Angola is the new part as far as a "
         "search found)", {"importer_country": "AO"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "GH", "270400",
         "Coque de fundición en trozos, 900 t", "ES", 900000, None, 9000, "EUR",
         "foundry coke is silver-grey, hard, porous lumps that ring when struck, sold with an ash and sulphur analysis; "
         "these are dull black carbon blocks with grey refractory brick still stuck to them, that smell of ammonia when "
         "wet and leach cyanide and fluoride, from an aluminium smelter's dismantled cells in Galicia: spent pot lining "
         "(16 11 01*), hazardous waste whose export to a non-OECD country is banned, from A Coruña for a Tema "
         "'foundry'; Spanish wording from Galicia (spent pot lining repeats in many sets, as used refractory and as "
         "carbon for steelworks in blind81; as foundry coke from Galicia to Ghana is the new part)",
         {"importer_country": "GH"}),
        ("WST-03", "export", "HRRAIL01", "rail", "HR", [], "BA", "853221",
         "Rabljene kondenzatorske baterije za kompenzaciju jalove snage, ispravne, 60 kom", "HR", 9000, 60, 6000, "EUR",
         "working second-hand power-factor capacitor banks are dry-film units with a test report; these 60 are heavy "
         "1970s Yugoslav oil-filled cans from a closed shipyard's substation, some weeping a clear, heavy, "
         "non-flammable fluid, with plates naming a chlorinated-diphenyl impregnant: capacitors containing PCBs "
         "(16 02 09*), hazardous waste whose export to a non-OECD country is banned, by rail from Slavonski Brod to a "
         "Doboj 'electrical contractor'; Croatian wording (PCB equipment repeats in several sets, transformers from "
         "Slovakia and Romania and capacitor scrap from Czechia among them; working capacitor banks by rail from "
         "Croatia to Bosnia are the new part)", {"importer_country": "BA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "CM", "940290",
         "Donazione umanitaria: letti ospedalieri usati, 40 pz", "IT", 3200, 40, 2000, "EUR",
         "a charity container: used hospital beds and wheelchairs are what such donations hold, but the third item's "
         "'farmaci' are 60 cartons of expired cytotoxic drugs (cyclophosphamide, methotrexate, vials past date) "
         "cleared out of a hospital pharmacy: cytotoxic medicines for disposal (18 01 08*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from Genoa to "
         "Douala; Italian wording (expired medicines repeat in a few sets and charity covers in several; cytotoxics "
         "behind donated hospital beds to Cameroon is the new part)",
         dict({"importer_country": "CM"},
              _more_items=[item("871390", "Sedie a rotelle usate, 30 pz", "IT", 450, 600, "EUR", qty=30),
                           item("300490", "Farmaci, 60 cartoni", "IT", 600, 300, "EUR", qty=60)])),
        ("WST-05", "export", "ESROAD01", "road", "ES", [], "MA", "720449",
         "Briquetas de acero prensado para fundición, 22 t", "ES", 22000, None, 5500, "EUR",
         "steel briquettes for foundries are dry, dense pucks pressed from clean turnings; these bales are crushed "
         "spin-on oil filters from garages, dripping black oil onto the trailer floor, with the paper elements still "
         "inside: waste oil filters (16 01 07*), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry through Algeciras to a Casablanca foundry; Spanish wording (oil filters repeat in several sets, as HMS "
         "scrap in blind6 and blind33; as foundry briquettes by road and ferry to Morocco is the new part)",
         {"importer_country": "MA"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "EG", "251710",
         "Granulat fin pour béton, 0-2 mm, 300 t", "BE", 300000, None, 9000, "EUR",
         "fine concrete aggregate is washed, rounded quartz sand with a grading certificate; this is sharp, dark "
         "red-brown and black grit mixed with flakes of old hull paint, from a drydock's blasting hall, analysing at "
         "tributyltin and copper: spent blasting grit containing hazardous antifouling paint (12 01 16*), hazardous "
         "waste whose export to a non-OECD country is banned, from Antwerp for an Alexandria 'ready-mix plant'; "
         "Belgian French wording (spent grit repeats in several sets, always as abrasive for re-use; as concrete "
         "aggregate from Antwerp to Egypt is the new part)", {"importer_country": "EG"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "VN", "310590",
         "Spurenelementdünger, mineralisch, Cu-Zn-Ni, 500 t", "DE", 500000, None, 25000, "EUR",
         "trace-element fertilisers are dry, free-flowing granules of sulphates with a declared analysis and EU "
         "fertiliser labelling; this is a wet, blue-green filter cake with nickel and chromium above any fertiliser "
         "limit and cyanide traces, pressed from an electroplating shop's effluent plant: galvanic sludge (11 01 09*), "
         "hazardous waste whose export to a non-OECD country is banned, from Hamburg for a Haiphong 'fertiliser "
         "blender'; German wording (galvanic sludge repeats in several sets and copper concentrate covers in many, a "
         "copper-chloride micronutrient once; a trace-element fertiliser cover to Vietnam is the new part)",
         {"importer_country": "VN"}),
        ("WST-08", "transit", "ITROAD01", "road", "CH", ["IT"], "AL", "250840",
         "Tonmergel, Rohstoff für Zementwerk, 3 Sattelzüge", "CH", 75000, None, 1500, "CHF",
         "clay marl for a cement kiln is a grey, earthy, even rock flour from a quarry, with an oxide analysis; these "
         "loads are black, tarry clay with brick and slag in it, smelling of naphthalene, dug from a former gasworks "
         "site near Zürich and analysing at PAHs and cyanide: soil containing hazardous substances (17 05 03*), moved "
         "through the Union without the notification the waste shipment rules require, on lorries at Chiasso in "
         "transit through Italy to the Bari-Durrës ferry; Swiss German wording (contaminated soil repeats in several "
         "sets, gasworks soil as backfill in blind7 and soils as garden earth in blind80; as cement-works marl in "
         "transit through Italy to Albania is the new part)", {"importer_country": "AL"}),
        ("WST-09", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "382499",
         "Kunststoff-Brennstoffpellets für Zementwerk, 4 Container", "DE", 100000, None, 3000, "EUR",
         "plastic fuel pellets for cement kilns are made from sorted packaging film, with a calorific value and a "
         "chlorine and bromine analysis below the kiln's limits; these are pressed flakes of black television and "
         "monitor housings testing at brominated flame retardants above the POP limits: plastic from waste "
         "electrical equipment containing POPs (19 12 11*), hazardous waste whose export to a non-OECD country is "
         "banned, by rail from Duisburg to a Kazakh cement works; German wording (BFR plastic from TV housings repeats "
         "as ABS regrind in blind29, and solid recovered fuel in a few sets; as fuel pellets by rail to Kazakhstan is "
         "the new part)", {"importer_country": "KZ"}),
        ("WST-10", "export", "FRAIR01", "air", "FR", [], "MG", "901890",
         "Tensiomètres et thermomètres médicaux d'occasion, 600 pièces", "FR", 700, 600, 1200, "EUR",
         "second-hand medical devices come tested and calibrated; these are 600 mercury column sphygmomanometers and "
         "glass thermometers taken out of service by French hospitals, some leaking beads of mercury into the cartons: "
         "mercury-containing waste (18 01 10*, 20 01 21*) whose export to a non-OECD country is banned, and whose "
         "export as products is banned too (Regulation 2017/852), flown from Paris to an Antananarivo 'clinic "
         "supplier'; French wording (mercury sphygmomanometers repeat in several sets; flown to Madagascar is the new "
         "part)", {"importer_country": "MG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRAIR01", "air", "US", [], "FR", "291479",
         "FK-5-1-12 clean agent fire suppression fluid, 10 cylinders", "US", 500, 10, 40000, "USD",
         "FK-5-1-12 is a liquid at room temperature that is shipped in unpressurised drums and boils at 49 °C; these "
         "ten are high-pressure cylinders of a gas that boils at -58 °C, with old Kidde stencils '1301' under the new "
         "wrap: halon 1301 (bromotrifluoromethane), whose import into the Union is banned outside the licensed "
         "critical uses, flown from Chicago to Toulouse for a fire-protection installer; US English wording (halon "
         "1301 repeats in many sets and a Novec or FK-5-1-12 label in a few; by air to Toulouse is the new part)",
         firm("Orion Protection Incendie SARL", "FR")),
        ("OZN-02", "import", "ITSEA01", "sea", "IN", [], "IT", "290346",
         "HFC-227ea fire suppression agent, 40 cylinders", "IN", 4000, 40, 36000, "USD",
         "HFC-227ea boils at -16 °C, is almost odourless and leaves a sniffer's bromine cell silent; these 40 "
         "cylinders hold a gas that boils at -4 °C, smells faintly sweet and trips the bromine cell, and the filler's "
         "certificate names 'BCF': halon 1211 (bromochlorodifluoromethane), whose import into the Union is banned "
         "outside licensed critical uses, by sea from Mundra to Genoa for a fire-system servicing firm; Indian English "
         "wording (halon 1211 repeats in many sets and HFC-227ea labels in several, once over HBFC-22B1 in blind73; "
         "halon 1211 under an HFC-227ea label from India to Italy is the new part)", firm("Vega Antincendio Srl", "IT")),
        ("OZN-03", "import", "GRROAD01", "road", "MK", [], "GR", "271112",
         "Пропан R-290, ладилен гас, 60 боци", "MK", 660, 60, 3000, "EUR",
         "R-290 is refrigerant-grade propane in red cylinders with a flammable-gas label and a left-hand valve; these "
         "60 cylinders are green, their gas does not burn at a torch test, reads about 9 bar at room temperature and "
         "the sniffer finds HCFC-22: chlorodifluoromethane, whose import into the Union is banned, on a lorry at "
         "Evzoni for a Thessaloniki refrigeration workshop; Macedonian wording (HCFC-22 repeats in many sets and R-290 "
         "labels in several on equipment; R-22 in cylinders labelled as propane was found in no earlier row)",
         firm("Delta Psyktiki AE", "GR")),
        ("OZN-04", "import", "PTSEA01", "sea", "TH", [], "PT", "390729",
         "โพลีออลสำเร็จรูปสำหรับโฟมพ่น ใช้สารขยายตัว HFO, 80 ถัง", "TH", 18400, 80, 36800, "USD",
         "HFO-blown spray-foam polyols come with a data sheet naming HFO-1233zd(E) and a low vapour pressure; these 80 "
         "drums bulge in the sun, smell faintly ethereal and the blowing agent in them boils at 32 °C: polyol pre-blend "
         "containing HCFC-141b, whose import into the Union as a product containing it is banned, by sea from Laem "
         "Chabang to Leixões for a Porto insulation contractor; Thai wording (141b pre-blended polyols repeat in "
         "several sets; from Thailand to Portugal in Thai is the new part)", firm("Isolamentos Atlântico Lda", "PT")),
        ("OZN-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841510",
         "分体式空调 R-32, 9000 BTU, 400 台", "CN", 12000, 400, 60000, "USD",
         "R-32 split units carry an A2L flammability sign and a pre-charge of about 0.5 kg; these 400 outdoor units "
         "have valves and labels for R-22, higher-pressure service ports missing and a sniffer reading of HCFC-22: "
         "air-conditioners pre-charged with HCFC-22, whose import into the Union is banned, by rail from Chengdu to "
         "Małaszewicze for a Warsaw installer; Chinese wording (R-22 split units relabelled as R-32 repeat in "
         "blind76, by sea to Italy, and blind81, by road to Bulgaria; kept as a known repeat, by rail from China to "
         "Poland is the new part)", firm("Horizon Klimatyzacja Sp. z o.o.", "PL")),
        ("OZN-06", "transit", "ESAIR01", "air", "MX", ["ES"], "MA", "382499",
         "Kit de recarga para aire acondicionado automotriz R-1234yf, 300 latas", "MX", 150, 300, 3000, "USD",
         "R-1234yf recharge kits have the yf coupler and a flammable-gas mark; these 300 cans have R-12 threads, read "
         "CFC-12 on a sniffer and carry a Mexican filler's old stock code: CFC-12 in disposable cans, moved through the "
         "Union without the licence 2024/590 requires, landed at Madrid in air transit from Mexico City to Casablanca; "
         "Mexican Spanish wording (CFC-12 in cans repeats in many sets and yf recharge kits covered another gas in "
         "blind49; as yf recharge kits in transit through Madrid is the new part)", {"importer_country": "MA"}),
        ("OZN-07", "export", "BESEA01", "sea", "BE", [], "NG", "290342",
         "Teruggewonnen koudemiddel R-32, 120 cilinders", "BE", 6000, 120, 12000, "EUR",
         "reclaimed R-32 comes from a licensed reclaimer with a purity certificate; these 120 grey recovery cylinders "
         "are filled from dismantled office chillers and the sniffer reads HCFC-22: recovered HCFC-22, whose export "
         "from the Union is banned, from Antwerp to a Lagos 'refrigeration dealer'; Flemish wording (recovered R-22 "
         "declared as recovered R-32 repeats blind54, from Poland to Angola; kept as a known repeat, from Antwerp to "
         "Lagos in Flemish is the new part)",
         {"importer_country": "NG"}),
        ("OZN-08", "import", "GRSEA01", "sea", "TR", [], "GR", "281290",
         "Sülfüril florür fumigant, 40 silindir", "TR", 2000, 40, 16000, "EUR",
         "sulfuryl fluoride boils at -55 °C and sits at about 16 bar in its cylinders at room temperature; these 40 "
         "cylinders read under 2 bar, the gas boils at 4 °C and carries a 2 % chloropicrin warning agent that sulfuryl "
         "fluoride never has: methyl bromide, whose import into the Union is banned, by sea from Mersin to "
         "Thessaloniki for a grain-silo operator; Turkish wording (methyl bromide repeats in many sets and "
         "sulfuryl-fluoride labels in several; from Türkiye to a Greek grain silo is the new part)",
         firm("Central Silos AE", "GR")),
        ("OZN-09", "import", "DEAIR01", "express", "TW", [], "DE", "290349",
         "精密清洗劑 HFC-43-10mee, 電子業用, 6 x 4 kg", "TW", 24, 6, 36000, "TWD",
         "HFC-43-10mee boils at 55 °C and costs dearly; these six cans hold a liquid that boils at 47.6 °C, weighs "
         "1.57 kg/l and whose inner labels read 'CFC-113': trichlorotrifluoroethane, whose import into the Union is "
         "banned, sent by express from Hsinchu to an electronics repairer in Nuremberg; traditional Chinese wording "
         "(CFC-113 repeats in many sets and the HFC-43-10mee trade name, on the HFC itself, in blind10; CFC-113 under "
         "that label from Taiwan by express is the new part)",
         firm("Nordhafen Elektronik GmbH", "DE")),
        ("OZN-10", "export", "HURAIL01", "rail", "HU", [], "RS", "381300",
         "ABC tűzoltóporos utántöltő, 20 hordó", "HU", 4000, 20, 1600, "EUR",
         "ABC extinguisher powder is a yellow, dry monoammonium-phosphate powder in bags; these 20 pressure drums hold "
         "a liquefied gas recovered from decommissioned hand extinguishers, with a sweetish smell and a sniffer reading "
         "of halon 1211: halon 1211, whose export from the Union is banned, by rail from Szeged to a Novi Sad "
         "'fire-equipment dealer'; Hungarian wording (halon 1211 repeats in many sets, in powder-extinguisher covers "
         "in a few; as bulk ABC powder refill by rail to Serbia is the new part)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "DZ", [], "FR", "940360",
         "Tables basses, plateau en mosaïque, artisanat neuf, 12 pièces", "DZ", 900, 12, 1200, "EUR",
         "new mosaic-top coffee tables are bright glass tesserae glued to a new board by a workshop; these twelve "
         "tops are small cut stone tesserae in muted ochres set in old lime on a fresh resin backing, with fish, a "
         "hunting scene and part of a Latin inscription, lifted from a Roman villa near Tipasa and screwed onto new "
         "iron legs: Roman mosaic panels, archaeological objects whose export Algeria forbids, brought in without an "
         "import licence (Regulation 2019/880), by sea from Algiers to Marseille for a decorator; Algerian French "
         "wording (Roman mosaics repeat in several sets, behind a cement-tile order from Lebanon in blind69; as "
         "coffee-table tops from Algeria is the new part)", firm("Rivage Décoration SARL", "FR")),
        ("CUL-02", "import", "ATAIR01", "air", "HK", [], "AT", "701890",
         "仿玉玻璃吊墜, 新, 30 件", "HK", 1.5, 30, 150, "USD",
         "imitation-jade glass pendants are moulded, translucent green and bubble-flecked, at a few dollars each; "
         "these 30 are pale yellow-green nephrite pig-dragons and hooked clouds with worn, conical hand-drilled holes "
         "and calcified white patches, from graves in Inner Mongolia: Hongshan culture jades (c. 3500 BC), "
         "archaeological objects whose export China forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Hong Kong to Vienna for a dealer; Chinese wording (Chinese archaeological jades repeat "
         "in a few sets, as new jade crafts to Germany in blind55; as imitation-jade glass to Austria is the new part)",
         firm("Orion Asiatika GmbH", "AT")),
        ("CUL-03", "export", "PLAIR01", "air", "PL", [], "US", "621410",
         "Szal vintage, jedwab, 1 szt.", "PL", 0.6, 1, 150, "EUR",
         "vintage silk scarves are light, printed, machine-hemmed; this is a four-metre sash woven in silk with gold "
         "and silver threads, reversible, with a Słuck workshop mark at the ends, of the 18th century, worth more than "
         "60,000 EUR at auction: a Polish kontusz sash over 50 years old and above the threshold, exported without the "
         "EU export licence (Regulation 116/2009) or the Polish permit, flown from Warsaw to a Chicago collector; Polish "
         "wording (kontusz sashes were found in no earlier row)", {"importer_country": "US"}),
        ("CUL-04", "import", "NLPOST01", "post", "AF", [], "NL", "691390",
         "تزئینات گچی، سر بودا، ساخت جدید، ۲ عدد", "AF", 6, 2, 40, "USD",
         "new plaster Buddha heads are cast, white and light, painted gold; these two are unfired clay and stucco "
         "heads with traces of red and blue paint, straw in the clay and broken necks, from a looted monastery near "
         "Bamiyan: Buddhist clay sculpture of the 5th-7th century, archaeological objects whose export Afghanistan "
         "forbids, brought in without an import licence (Regulation 2019/880), posted from Kabul to a private person "
         "in Leiden; Dari wording (Afghan and Gandharan Buddhist sculpture repeats in many sets; clay heads from "
         "Bamiyan as plaster decoration by post is the new part)", person("Mw. E. de Jong", "NL")),
        ("CUL-05", "export", "ESSEA01", "sea", "ES", [], "MX", "441829",
         "Puertas de madera pintadas, recuperadas, 2 piezas", "ES", 160, 2, 800, "EUR",
         "reclaimed painted doors are pine with a few coats of paint; these are two tempera-on-panel paintings of "
         "saints on gilded gesso with punched haloes, cut from a 15th-century Aragonese altarpiece and hinged to look "
         "like doors, worth about 200,000 EUR: panels of an altarpiece over 50 years old, exported without the EU "
         "export licence (Regulation 116/2009) or Spanish permission, from Valencia to a Mexico City collector; Spanish "
         "wording (retablo panels repeat in several sets; as reclaimed doors to Mexico is the new part)",
         {"importer_country": "MX"}),
        ("CUL-06", "import", "FRSEA01", "sea", "SN", [], "FR", "442090",
         "Panneaux muraux rustiques en bois sculpté, 3 pièces", "SN", 120, 3, 300, "EUR",
         "rustic carved wall panels from Dakar workshops are new, light, stained mahogany; these three are heavy, "
         "grey, weather-worn granary doors with rows of paired figures and iron staples, one with a wooden lock, from "
         "the Bandiagara cliffs: Dogon granary doors, cultural property whose export Mali forbids, brought in without "
         "an import licence where over 250 years old and under the Union's ban on cultural goods illegally removed "
         "(Regulation 2019/880), by sea from Dakar to Bordeaux for a decorator; French wording (Dogon objects repeat in "
         "a few sets; granary doors as wall panels through Dakar is the new part)", firm("Rivage Décoration SARL", "FR")),
        ("CUL-07", "import", "BGROAD01", "road", "TR", [], "BG", "830890",
         "Pirinç kemer tokaları, el yapımı, eski görünümlü, 8 adet", "TR", 0.6, 8, 40, "EUR",
         "antique-look brass belt buckles from the bazaar are cast yellow metal with a tongue and a loop, stained "
         "brown; these eight have no tongue or loop, are gilded silver with a wolf's and a griffin's head in "
         "animal-style relief, rivet holes at the back and soil in the recesses, from a tumulus in Turkish Thrace: "
         "Thracian horse-harness appliqués (4th century BC), archaeological objects whose export Türkiye forbids, "
         "brought in without an import licence (Regulation 2019/880), in a private car at Kapitan Andreevo for a "
         "Plovdiv collector; Turkish wording (Thracian silver repeats in a few sets, a phiale into Bulgaria in blind48 "
         "among them; harness appliqués as belt buckles by car from Türkiye are the new part)",
         person("Частно лице", "BG")),
        ("CUL-08", "import", "BEAIR01", "express", "PH", [], "BE", "442090",
         "Carved narra wood bookends, 1 pair", "PH", 8, 2, 80, "USD",
         "carved bookends from Baguio are new, glossy, stained narra with a flat back to hold books; this pair are two "
         "seated figures with a deep, crusted patina of smoke and rice-wine offerings, termite holes and worn bases "
         "with nothing to hold a book, taken from an Ifugao granary: bulul rice-granary figures of the 19th century, "
         "whose export the Philippines forbids without a permit, brought in without an import licence (Regulation "
         "2019/880), sent by express from Manila to a Brussels dealer; Philippine English wording (bulul figures "
         "appear as new carved figures in blind54 and blind91, and bookends once for Congolese carvings; bulul as "
         "bookends to Belgium is the new part)", firm("Galerie Horizon SA", "BE")),
        ("CUL-09", "import", "FRSEA01", "sea", "MA", [], "FR", "940550",
         "Lanternes marocaines en laiton ajouré, 120 pièces", "MA", 600, 120, 3600, "EUR",
         "a Moroccan handicraft container: brass lanterns and wool rugs are what Marrakech sends to Marseille, but "
         "the third item's 'poterie ancienne décorative' is 40 Roman oil lamps and Punic amphora necks with marine "
         "concretions and soil, from sites near Volubilis and the Larache coast: archaeological objects whose export "
         "Morocco forbids, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration, by sea from Casablanca to Marseille; Moroccan French wording (Roman lamps repeat in "
         "several sets; behind lanterns and rugs from Morocco is the new part)",
         dict(firm("Bazar Meridian SARL", "FR"),
              _more_items=[item("570110", "Tapis berbères en laine, 30 pièces", "MA", 450, 4500, "EUR", qty=30),
                           item("691390", "Poterie ancienne décorative, 40 pièces", "MA", 60, 200, "EUR", qty=40)])),
        ("CUL-10", "import", "SEAIR01", "air", "ID", [], "SE", "930700",
         "Keris suvenir, bilah pamor, sarung kayu, 3 buah", "ID", 2.4, 3, 60, "USD",
         "souvenir kerises from Yogyakarta shops are bright, acid-etched blades with new wooden sheaths at a few dollars; "
         "these three have dark, forged pattern-welded blades with worn gold inlay, ivory-coloured hilts cracked with "
         "age and sheaths of old timoho wood, with the heirloom family's register number on a tag, dated by a "
         "Solo expert to the 17th and 18th centuries: heirloom pusaka kerises, cultural objects whose export Indonesia "
         "forbids without a permit, brought into the Union unlawfully exported (Regulation 2019/880), flown from "
         "Jakarta to Stockholm for a private collector; Indonesian wording (kerises were found in no earlier row)",
         person("Karin Andersson", "SE")),
    ],
    "strategic": [
        ("STR-01", "export", "BGROAD01", "road", "BG", ["TR"], "GE", "852589",
         "Куполни камери за видеонаблюдение, 200 бр.", "BG", 160, 200, 16000, "EUR",
         "CCTV dome cameras are white plastic domes with a visible-light sensor and infrared LEDs at 50-150 EUR; these "
         "200 are uncooled 640 x 512 thermal imaging cores with germanium lenses and 50 Hz frame rates, at 2,500 EUR "
         "each on the maker's invoice, for a Tbilisi 'security shop' whose buyer ships on to Russia: thermal cameras of "
         "the Union's list for Russia (Regulation 833/2014, Annex VII and the common high-priority list), by lorry "
         "through Türkiye to Georgia; Bulgarian wording (thermal cores repeat in several sets, as trail cameras in "
         "blind77 and reversing cameras in blind78; as CCTV domes by road from Bulgaria is the new part)",
         {"importer_country": "GE"}),
        ("STR-02", "export", "CZAIR01", "express", "CZ", [], "KG", "901480",
         "Запчасти к эхолоту для рыбалки, 20 шт.", "CZ", 30, 20, 2000, "EUR",
         "fishing-sonar spare parts are transducers and cables at a few hundred euros; these 20 are navigation-grade "
         "fibre-optic gyroscopes with a bias below 0.01 degree per hour, at 14,000 EUR each on the supplier's invoice, "
         "for a Bishkek 'fishing shop' that sends them to a Russian missile maker: fibre-optic gyroscopes (dual-use "
         "7A001/7A003 and Annex VII of Regulation 833/2014), exported without a licence, by express from Prague; "
         "Russian wording (gyroscopes repeat in several sets; as fishing-sonar parts was found in no earlier row)",
         {"importer_country": "KG"}),
        ("STR-03", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "721391",
         "Катанка стальная 6,5 мм, производство Казахстан, 1 500 т", "KZ", 1500000, None, 900000, "USD",
         "Kazakh wire rod is rolled in Karaganda and its mill certificate names the melt shop; this rod was rolled in "
         "Kazakhstan from billets cast at Magnitogorsk, the heat numbers on the tags are the Russian mill's and the "
         "certificate leaves the billet origin blank: steel products processed in a third country from Russian iron "
         "and steel inputs, whose import into the Union is banned (Regulation 833/2014, Article 3g and Annex XVII), by "
         "rail to Małaszewicze for a Polish wire drawer; Russian wording from Kazakhstan (Russian steel repeats in "
         "several sets, as Armenian and Turkish wire rod among them; Kazakh-rolled rod from Russian billets by rail is "
         "the new part)", firm("Vega Druty Sp. z o.o.", "PL")),
        ("STR-04", "import", "SEROAD01", "road", "NO", [], "SE", "760110",
         "Aluminiumsbarrer, primær, 99,7 %, norsk opprinnelse, 40 t", "NO", 40000, None, 100000, "EUR",
         "Norwegian primary aluminium comes from Norwegian smelters in their own stamped ingots with a mill "
         "certificate; these 22 kg ingots carry the casting marks of a Siberian smelter under fresh paint, were landed "
         "from a coaster at a small Norwegian port and the Norwegian certificate of origin names a trading house with "
         "no smelter: Russian aluminium, whose import into the Union is banned (Regulation 833/2014), declared as "
         "Norwegian, by road at Svinesund for a Gothenburg extruder; Norwegian wording (Russian aluminium repeats in "
         "many sets, under Turkish, Kazakh, Indian, Emirati and Malaysian papers; under Norwegian papers by road is "
         "the new part)", firm("Nordhafen Aluminium AB", "SE")),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "UZ", "842199",
         "Pièces de rechange pour machines agricoles, 12 colis", "FR", 340, 12, 3000, "EUR",
         "agricultural-machine spares are filters, belts and bearings; these twelve crates hold A320-family wheel and "
         "brake assemblies and a fuel-control unit with Airbus part numbers, at 180,000 EUR on the supplier's invoice, "
         "for a Tashkent 'tractor dealer' whose buyer is a Russian airline: aircraft parts (Regulation 833/2014, "
         "Article 3c), exported to Russia through Uzbekistan, flown from Toulouse; French wording (aircraft parts "
         "repeat in many sets; as farm-machine spares to Uzbekistan is the new part)", {"importer_country": "UZ"}),
        ("STR-06", "export", "ATPOST01", "post", "AT", [], "AM", "852910",
         "Antennen für Satellitenfernsehen, 4 Stück", "AT", 4, 4, 120, "EUR",
         "satellite TV antennas are dishes and LNBs; these four are controlled-reception-pattern GNSS antennas with "
         "seven elements, built to resist jamming, at 9,000 EUR each on the maker's invoice, posted to a Yerevan "
         "private address that forwards them to a Russian drone maker: anti-jam satellite navigation antennas "
         "(dual-use 7A005/7A105 and the common high-priority list), exported without a licence, from Vienna; Austrian "
         "German wording (a CRPA antenna appears once in an earlier set; as satellite-TV antennas by post to Armenia "
         "is the new part)", {"importer_country": "AM"}),
        ("STR-07", "import", "BESEA01", "sea", "AE", [], "BE", "290511",
         "Methanol, AA grade, origin UAE, 20,000 t", "AE", 20000000, None, 6000000, "USD",
         "the Emirates make little methanol and ship it from Ruwais; this tanker loaded at Assaluyeh, switched off its "
         "transponder in the Gulf, met a second tanker off Fujairah and came with a Jebel Ali certificate of origin: "
         "Iranian methanol, a petrochemical product whose import into the Union is banned (Regulation 267/2012), "
         "declared as Emirati, by sea to Antwerp for a chemicals trader; English wording (Iranian methanol repeats in "
         "a few sets under Omani papers, with a ship-to-ship transfer in blind19; under Emirati papers to Antwerp is "
         "the new part)",
         firm("Central Chemicals Trading SA", "BE")),
        ("STR-08", "transit", "DESEA01", "sea", "CN", ["DE"], "IR", "840790",
         "发电机组用汽油发动机, 2 缸, 80 台", "CN", 2400, 80, 96000, "USD",
         "petrol engines for generator sets are single-cylinder, air-cooled and cost a few hundred dollars; these 80 "
         "are light, flat-four and two-cylinder engines with propeller hubs, copies of Limbach L550 aero engines, at "
         "1,200 USD each, for a Tehran firm on the Union's list: UAV engines for Iran (Regulation 2023/1529, which "
         "forbids supplying and transferring them, including through the Union), landed at Hamburg in transit from "
         "Tianjin to Bandar Abbas; Chinese wording (drone parts for Iran repeat in several sets, electric motors "
         "through Piraeus in blind96; piston aero engines as generator engines through Hamburg are the new part)",
         {"importer_country": "IR"}),
        ("STR-09", "export", "ITAIR01", "express", "IT", [], "KZ", "821599",
         "Posate in acciaio inox, servizi da 6, 4 pz", "IT", 16, 4, 400, "EUR",
         "stainless cutlery sets are 18/10 steel at 100 EUR a set; these four are sterling silver, hallmarked 925 with "
         "a Florence silversmith's mark, at 4,500 EUR a set on the maker's invoice, for an Almaty 'kitchen shop' whose "
         "buyer is a Moscow department store: luxury goods (Regulation 833/2014, Annex XVIII, silverware above 300 "
         "EUR) routed through Kazakhstan, by express from Florence; Italian wording (luxury goods through Central Asia "
         "repeat in many sets; sterling cutlery as stainless steel was found in no earlier row)",
         {"importer_country": "KZ"}),
        ("STR-10", "export", "EEROAD01", "road", "EE", ["RU", "KZ"], "KG", "848210",
         "Kuullaagrid põllumajandusmasinatele, 4 000 tk", "EE", 2000, 4000, 8000, "EUR",
         "a farm-machinery dealer's load on a Kyrgyz lorry: deep-groove ball bearings for combines and balers are what "
         "farm dealers send east at 2 EUR each, but 300 of the 4,000 are precision angular-contact spindle bearings of "
         "ABEC 7 class, repacked into the same plain cartons, worth 600 EUR each on the supplier's invoice, and the "
         "Bishkek buyer's orders for them come from a Russian tank plant: bearings of the common high-priority list "
         "(Regulation 833/2014, Annex XXIII) routed through Kyrgyzstan, mixed into a low-value lot, by road from "
         "Narva through Russia and Kazakhstan; Estonian wording (bearings repeat in several sets, precision spindle "
         "bearings for sewing machines to Kyrgyzstan in blind27 among them; mixed into a farm-machinery lot from "
         "Estonia is the new part)", {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "ESAIR01", "air", "EC", ["ES"], "JP", "060290",
         "Plántulas de bromelias de vivero, en bandejas, 600 unidades", "EC", 90, 600, 1200, "USD",
         "nursery bromeliad seedlings are uniform rosettes in plug trays with a grower's label; these 600 are "
         "orchids with moss and bark still on the roots, hanging 'monkey-face' flowers and no two alike, collected from "
         "cloud forest in the Cordillera del Cóndor: wild Dracula and Masdevallia orchids (CITES App. II) without CITES "
         "permits, landed at Madrid in air transit from Quito to Tokyo; Ecuadorian Spanish wording (orchids repeat in "
         "several sets, from Ecuador as in-vitro flasks in blind66; wild Dracula orchids as bromeliad seedlings in "
         "transit through Madrid are the new part)", {"importer_country": "JP"}),
        ("WLF-02", "import", "DEPOST01", "post", "GT", [], "DE", "670290",
         "Plantas de aire artificiales, decoración, 40 piezas", "GT", 4, 40, 80, "USD",
         "artificial air plants are plastic rosettes with wire stems that weigh almost nothing; these 40 are live, "
         "silver-grey rosettes of wide, curling leaves up to 30 cm across, with bark and lichen still on the bases, "
         "collected from dry forest in eastern Guatemala: Tillandsia xerographica (CITES App. II) without a CITES "
         "permit or plant-health certificate, posted from Guatemala City to a private person in Bremen; Guatemalan "
         "Spanish wording (Tillandsia repeats in a few sets; as artificial plants by post from Guatemala is the new "
         "part)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "ESSEA01", "sea", "CL", [], "ES", "440729",
         "Madera aserrada de paquió (Hymenaea courbaril), 40 m3", "BO", 24000, None, 18000, "USD",
         "paquió (jatobá) is very hard and heavy, orange-brown with dark streaks, at about 0.9 t/m3; these boards are "
         "light at 0.55 t/m3, reddish-brown, fine-grained, ribbon-figured, darken in the light and smell of mahogany "
         "when sawn: big-leaf mahogany (Swietenia macrophylla, CITES App. II) logged in the Bolivian Amazon without a "
         "CITES permit, shipped through Arica to Valencia for a joinery supplier; Bolivian Spanish wording (mahogany "
         "repeats in a few sets, as sipo in a development set, and a tornillo label covered Spanish cedar in blind67; "
         "as paquió from Bolivia through Chile is the new part)", firm("Maderas Orion SL", "ES")),
        ("WLF-04", "export", "FRAIR01", "air", "FR", [], "HK", "030199",
         "Alevins de truite vivants pour pisciculture, 60 kg", "FR", 60, None, 900, "EUR",
         "trout fry travel in oxygenated bags at a few thousand per bag, speckled, finned and 3-5 cm long; these 60 kg "
         "of bags hold swarms of transparent, snake-like glass eels, 6-8 cm long, with black eyes and no fins apart "
         "from a single fringe: European eel fry (Anguilla anguilla, CITES App. II), whose export from the Union is "
         "suspended, flown from Paris to a Hong Kong 'fish farm'; French wording (glass eels repeat in many sets, as "
         "aquarium shrimps in blind49 among them; as trout fry was found in no earlier row)",
         {"importer_country": "HK"}),
        ("WLF-05", "import", "BEPOST01", "post", "SN", [], "BE", "030559",
         "Poissons séchés (yeet), 3 kg", "SN", 3, None, 30, "EUR",
         "yeet is fermented dried sea snail and dried fish are flat, salted and smell strongly; these bags hold "
         "hundreds of curled, hard, bony seahorses, dried whole, with no smell of salt: West African seahorses "
         "(Hippocampus algiricus, CITES App. II, Senegal subject to a suspension) without CITES documents, posted from "
         "Dakar to a private person in Brussels for traditional-medicine resale; Senegalese French and Wolof wording "
         "(dried seahorses repeat in many sets; as yeet and dried fish from Senegal is the new part)",
         person("Mme L. Dupont", "BE")),
        ("WLF-06", "import", "HRROAD01", "road", "ME", [], "HR", "691390",
         "Keramičke baštenske kornjače, dekoracija, 30 kom", "ME", 30, 30, 90, "EUR",
         "ceramic garden tortoises are hollow, glazed and light; these 30 boxes each hold a live tortoise with a domed "
         "yellow-and-black shell and a horny tail tip, taken from the karst near Nikšić: Hermann's tortoises (Testudo "
         "hermanni, CITES App. II, EU Annex A) without CITES documents, in a van at Debeli Brijeg for a Split reptile "
         "dealer; Montenegrin wording (Testudo repeats in several sets, as farmed Testudo from Albania to Italy in "
         "blind55 among them; as ceramic garden tortoises by road from Montenegro is the new part)",
         firm("Alpina Terarij d.o.o.", "HR")),
        ("WLF-07", "import", "BESEA01", "sea", "CD", [], "BE", "440149",
         "Écorce pour paillage horticole, en vrac, 12 t", "CD", 12000, None, 1200, "USD",
         "horticultural mulch bark is coarse, shredded pine or hardwood bark sold for a few cents a kilo; these sacks "
         "hold thick, flat, reddish-brown slabs of bark with a bitter almond smell, stripped whole from mountain trees "
         "in North Kivu, and the Antwerp buyer is a herbal-extract maker, not a garden centre: African cherry bark "
         "(Prunus africana, CITES App. II) without a CITES permit, by sea from Matadi to Antwerp; Congolese French "
         "wording (Prunus africana repeats in several sets, as cinnamon, quinquina and yohimbe bark among them; as "
         "garden mulch is the new part)", firm("Central Extraits SA", "BE")),
        ("WLF-08", "import", "NLAIR01", "air", "ZA", [], "NL", "440399",
         "Dekoratiewe boomstompe vir tuinuitleg, 8 stuks", "ZA", 400, 8, 800, "EUR",
         "decorative garden stumps are dead, dry, barkless hardwood, cut clean with a chainsaw; these eight are "
         "living, heavy, scaly trunks up to a metre tall with leaf bases in a spiral, the crowns cut off and the roots "
         "wrapped in wet sacking, dug in the Eastern Cape: Encephalartos cycads (CITES App. I) without CITES documents, "
         "flown from Johannesburg to Amsterdam for a collector's nursery; Afrikaans wording (Encephalartos repeats in "
         "many sets, as potted palms and nursery stock among them; as dead garden stumps was found in no earlier row)",
         firm("Horizon Kwekerij BV", "NL")),
        ("WLF-09", "import", "FRAIR01", "express", "HT", [], "FR", "711790",
         "Pèl pòslèn woz, bijou fantezi, 12 grenn", "HT", 0.05, 12, 24, "USD",
         "porcelain costume-jewellery beads are moulded, drilled, glazed and identical; these twelve are undrilled, "
         "oval, porcelain-like pink pearls with a flame pattern under the loupe and no glaze, at 2 USD each where a "
         "jeweller would pay hundreds: queen conch pearls (Aliger gigas, CITES App. II) without CITES documents, sent "
         "by express from Port-au-Prince to a private jeweller in Paris; Haitian Creole wording (conch pearls repeat "
         "in a few sets, as cultured freshwater pearls in blind83 and blind88; as porcelain beads from Haiti is the new "
         "part)", person("Sophie Bernard", "FR")),
        ("WLF-10", "import", "NLSEA01", "sea", "ID", [], "NL", "940161",
         "Kursi jati, teras, 80 buah", "ID", 2400, 80, 8000, "USD",
         "an Indonesian furniture container: teak garden chairs and rattan baskets are what Semarang sends to the "
         "Netherlands, but the third item's 'kerang hias' (decorative shells) are 300 heavy, fluted white shells up to "
         "40 cm long with wavy edges: giant clam shells (Tridacna spp., CITES App. II) without CITES permits, hidden as "
         "the last item of a three-item declaration, by sea from Semarang to Rotterdam; Indonesian wording (Tridacna "
         "repeats in several sets; behind teak chairs and rattan is the new part)",
         dict(firm("Meridian Meubelen BV", "NL"),
              _more_items=[item("460212", "Keranjang rotan, 200 buah", "ID", 400, 1200, "USD", qty=200),
                           item("050800", "Kerang hias, 300 buah", "ID", 1500, 600, "USD", qty=300)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEPOST01", "post", "TH", "SE", "284700",
     "Hydrogen peroxide 30 %, 2 x 1 l, for a licensed private user (wood bleaching)", "TH", 2.2, 2, 30, "USD",
     [("PRECURSOR_LICENCE", "SE-PM-42-0077")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "express", "IL", "NL", "282990",
     "Potassium perchlorate, 500 g, for a licensed private user (amateur pyrotechnics course)", "IL", 0.5, 1, 120, "ILS",
     [("PRECURSOR_LICENCE", "NL-JUS-42-0154")], "potassium perchlorate to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "KW", "BE", "381590",
     "Spent hydroprocessing catalyst (16 08 02*), for vanadium and molybdenum recovery at a licensed plant, 60 t", "KW",
     60000, None, 0, "USD", [("BASEL_CONSENT", "BE-OVAM-42-0133")], "notified spent catalyst to a licensed metal-recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "IS", "DE", "690220",
     "Spent pot lining (16 11 01*), for treatment at a licensed plant, 500 t", "IS", 500000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NI-42-0318")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, reclaimed, 6 cylinders, for critical use in aircraft fire protection", "US", 300, 6, 30000, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-42-011")], "halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "IN", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), 20 isotanks, for use as feedstock in fluoropolymer production", "IN", 400000, 20,
     800000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-42-014")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "PLAIR01", "air", "PL", "US", "970610",
     "Kontusz sash, silk and metal thread, Słuck workshop, 18th century, documented provenance", "PL", 0.6, 1, 70000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKDNiS-EXP-42-0044")], "historic textile exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "MX", "970121",
     "Two panels of an Aragonese altarpiece, tempera on wood, 15th century, sold at auction", "ES", 160, 2, 240000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-42-0102")], "paintings exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BGAIR01", "air", "BG", "JP", "852589",
     "Uncooled thermal imaging cores, 640 x 512, 50 units, for a Japanese security-camera maker", "BG", 40, 50,
     125000, "EUR",
     [("EXPORT_LICENCE", "BG-MI-42-0217"), ("END_USER_CERTIFICATE", "JP-METI-EUC-42-0088")],
     "thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "KR", "901420",
     "Fibre-optic gyroscopes, navigation grade, 10 units, for a Korean survey-ship builder", "CZ", 15, 10, 140000,
     "EUR", [("EXPORT_LICENCE", "CZ-MPO-42-0305"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-42-0140")],
     "dual-use gyroscopes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "PE", "ES", "440729",
     "Big-leaf mahogany (Swietenia macrophylla) sawn timber from a certified concession, 30 m3", "PE", 18000, None,
     45000, "USD", [("CITES_PERMIT", "PE-SERFOR-42-0061")], "App. II mahogany with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "060290",
     "Encephalartos seedlings, artificially propagated, registered nursery, 200 plants", "ZA", 60, 200, 3000, "EUR",
     [("CITES_PERMIT", "ZA-DFFE-42-0093")], "artificially propagated cycads with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "M. Bakker", "PRM-05": "Orion Protection Incendie SARL",
    "PRM-06": "Delta Fluoropolymers BV", "PRM-11": "Maderas Orion SL", "PRM-12": "Horizon Kwekerij BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330790", "Contact-lens solution, multipurpose saline, 360 ml", "import", ["post"], ["TH", "GB"], (8, 15), (1, 4), ["USD", "GBP"], 2, S),
    ("250100", "Coarse koshering salt, 1 kg bags", "import", ["express"], ["IL", "US"], (4, 8), (1, 4), ["USD", "ILS"], 1, S),
    ("250100", "Herbal bath-house salt, coarse rock salt, 2 kg", "import", ["road"], ["UA", "RS"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.5, S),
    ("340290", "Screen-printing emulsion remover, water-based, 1 l", "import", ["express"], ["BR", "US"], (12, 25), (1, 4), ["USD", "BRL"], 1, S),
    ("291813", "Cream of tartar (potassium bitartrate), food grade", "import", ["road"], ["AL", "TR"], (3, 5), (2000, 6000), ["EUR"], None, S),
    ("390690", "Water-retaining hydrogel crystals for gardens, 25 kg bags", "import", ["sea"], ["TT", "CN"], (3, 6), (6000, 14000), ["USD"], None, S),
    ("830629", "Antique-finish brass craft ornaments, new", "import", ["post"], ["CN", "IN"], (15, 30), (1, 3), ["USD"], 10, S),
    ("841989", "Hobby maple-syrup evaporator pans, stainless", "import", ["express"], ["CA", "US"], (30, 60), (2, 5), ["CAD", "USD"], 0.3, S),
    ("250100", "Water-softener salt tablets, 25 kg", "import", ["road"], ["CH"], (0.4, 0.8), (3000, 9000), ["CHF", "EUR"], 0.04, S),
    ("330690", "Mouthwash, alcohol-free, 500 ml bottles", "import", ["sea"], ["PH", "TH"], (2, 4), (8000, 16000), ["USD"], 2, S),
    ("381519", "Hydrotreating catalyst, new, in the maker's sealed drums", "export", ["sea"], ["AO", "NG"], (8, 15), (8000, 20000), ["EUR"], None, S),
    ("270400", "Foundry coke, graded 80-150 mm, analysed", "export", ["sea"], ["GH", "NG"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("853221", "Power-factor capacitor banks, dry film, new", "export", ["rail"], ["BA", "RS"], (15, 25), (4000, 10000), ["EUR"], 0.01, S),
    ("940290", "Hospital beds, electric, new", "export", ["sea"], ["CM", "GA"], (8, 14), (3000, 8000), ["EUR"], 0.01, S),
    ("842123", "Spin-on oil filters, new, boxed", "export", ["road"], ["MA", "TN"], (6, 10), (3000, 8000), ["EUR"], 2, S),
    ("251710", "Washed quartz concrete aggregate, 0-4 mm, graded", "export", ["sea"], ["EG", "SA"], (0.02, 0.04), (20000, 26000), ["EUR"], None, S),
    ("283325", "Copper sulphate pentahydrate, fertiliser grade", "export", ["sea"], ["VN", "TH"], (2, 3.5), (10000, 20000), ["EUR"], None, S),
    ("253090", "Bagged garden soil improver, mineral, screened", "export", ["road"], ["AL", "MK"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("390330", "ABS granules, virgin, natural", "export", ["rail"], ["KZ", "CN"], (1.8, 2.6), (18000, 24000), ["EUR"], None, S),
    ("901890", "Digital blood-pressure monitors, new, boxed", "export", ["air"], ["MG", "SN"], (30, 60), (100, 400), ["EUR"], 2, S),
    ("291479", "FK-5-1-12 fire suppression fluid, drums", "import", ["air"], ["US", "GB"], (40, 70), (200, 800), ["USD"], None, S),
    ("842410", "Water-mist fire extinguishers, new", "import", ["sea"], ["IN", "CN"], (4, 7), (3000, 8000), ["USD"], 0.2, S),
    ("271112", "Refrigerant-grade propane R-290, cylinders", "import", ["road"], ["MK", "TR"], (3, 5), (2000, 6000), ["EUR"], None, S),
    ("390729", "Water-blown polyol system for spray foam, drums", "import", ["sea"], ["TH", "KR"], (2, 3), (12000, 20000), ["USD"], None, S),
    ("841451", "Ceiling fans, 56 inch, new", "import", ["rail"], ["CN"], (5, 9), (4000, 10000), ["USD"], 0.15, S),
    ("841480", "Refrigerant recovery machines, new", "export", ["sea"], ["NG", "GH"], (20, 35), (1000, 4000), ["EUR"], 0.05, S),
    ("291513", "Ethyl formate, food flavouring grade", "import", ["sea"], ["TR", "CN"], (2, 3.5), (8000, 16000), ["USD"], None, S),
    ("901480", "Fishing sonar units, new, boxed", "export", ["express"], ["KG", "NO"], (60, 120), (1, 4), ["EUR"], 1, S),
    ("381300", "ABC extinguishing powder refill, 25 kg bags", "export", ["rail"], ["RS", "MK"], (1, 2), (8000, 20000), ["EUR"], None, S),
    ("940360", "Mosaic-top coffee tables, glass tesserae, new", "import", ["sea"], ["MA", "TN"], (4, 8), (2000, 6000), ["EUR"], 0.05, S),
    ("701890", "Imitation-jade glass pendants, new", "import", ["air"], ["HK", "CN"], (20, 40), (20, 80), ["USD"], 40, S),
    ("621410", "Silk scarves, printed, new", "export", ["air"], ["US", "JP"], (80, 150), (50, 200), ["EUR"], 15, S),
    ("691390", "Plaster and resin Buddha heads, new, decorative", "import", ["post"], ["TH", "NP"], (10, 20), (1, 4), ["USD"], 0.5, S),
    ("441829", "Carved wooden doors, colonial style, new", "export", ["sea"], ["MX", "US"], (4, 8), (2000, 6000), ["EUR"], 0.02, S),
    ("442090", "Carved wooden handicraft figures, new", "import", ["express"], ["PH", "ID"], (15, 30), (1, 4), ["USD"], 1, S),
    ("830890", "Brass belt buckles, cast, new", "import", ["road"], ["TR"], (8, 15), (2000, 5000), ["EUR"], 8, S),
    ("940550", "Moroccan brass lanterns, new, pierced", "import", ["sea"], ["MA"], (5, 9), (3000, 8000), ["EUR"], 0.3, S),
    ("442090", "Carved timoho-wood boxes, new, handicraft", "import", ["air"], ["ID"], (15, 30), (50, 200), ["USD"], 2, S),
    ("670290", "Artificial air plants, plastic, decorative", "import", ["post"], ["CN", "GT"], (15, 30), (1, 3), ["USD"], 10, S),
    ("711790", "Glazed porcelain jewellery beads, new", "import", ["express"], ["CN", "HT"], (20, 40), (1, 2), ["USD"], 200, S),
]
# Everyday trade: as in blind88, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind88's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 1, N),
        ("630260", "Cotton terry bath towels", "import", ["sea"], ["PK", "TR"], (5, 9), (2000, 6000), ["USD", "EUR"], 2, N),
        ("650610", "Bicycle helmets, adult", "import", ["sea"], ["CN", "TW"], (10, 18), (1000, 4000), ["USD"], 3, N),
        ("392690", "Silicone phone cases, retail packs", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind97", 20420501, HERE)


if __name__ == "__main__":
    main()
