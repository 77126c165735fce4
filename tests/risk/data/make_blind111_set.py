#!/usr/bin/env python3
"""Writes the hundred-and-eleventh blind set (tests/risk/data/blind111-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2044, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL111-*:

    python3 tests/risk/data/make_blind111_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2044, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2044
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLPOST01", "post", "VN", [], "NL", "330590",
         "Nước vo gạo lên men dưỡng tóc, 4 chai x 1 lít", "VN", 4.6, 4, 600000, "VND",
         "fermented rice water for hair is cloudy, milky and smells sour; these four bottles are water-clear, have "
         "vented caps, weigh 1.13 kg/l, whiten the skin and foam on a cut: hydrogen peroxide of about 35 % (Annex I "
         "above 12 %), posted from Ho Chi Minh City to a private person in Utrecht; Vietnamese wording (hydrogen "
         "peroxide repeats in many sets; a rice-water hair-rinse label was found in no earlier row by a keyword "
         "search)", person("Mw. E. de Jong", "NL")),
        ("PRE-02", "import", "NLAIR01", "express", "US", [], "NL", "340520",
         "Fretboard lemon oil, luthier grade, 6 x 16 fl oz", "US", 3.2, 6, 90, "USD",
         "fretboard lemon oil is a light, yellow mineral oil of 0.85 kg/l that smells of lemon; these six bottles "
         "are colourless, not oily, weigh 1.14 kg/l, smell faintly fruity and the inner caps read 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Nashville to a private person in Haarlem, although "
         "flammable liquids travel by express only as declared dangerous goods; US English wording (nitromethane "
         "repeats in many sets; 'fretboard' appears earlier only on rosewood blanks, a fretboard-oil label was found "
         "in no earlier row)", person("M. Bakker", "NL")),
        ("PRE-03", "import", "SEROAD01", "road", "NO", [], "SE", "282739",
         "Jernklorid etsevæske for knivmakere, 5 x 1 l", "NO", 7.0, 5, 600, "NOK",
         "ferric chloride etchant for pattern-welded blades is an opaque, rust-brown liquid that stains everything "
         "it touches; these five litres are water-clear to pale yellow, fume brown when opened, weigh 1.40 kg/l and "
         "turn a copper coin green at once: about 65 % nitric acid (Annex I above 3 %), in a private car at "
         "Svinesund for a private person in Strömstad; Norwegian wording (nitric acid repeats in many sets and "
         "etching covers in several, for Damascus blades in blind27; a ferric-chloride label from Norway by car is "
         "meant as the new part)",
         person("Karin Andersson", "SE")),
        ("PRE-04", "import", "DKPOST01", "post", "IQ", [], "DK", "170290",
         "دبس التمر البصري، 3 قناني × 1 لتر", "IQ", 5.6, 3, 18000, "IQD",
         "Basra date syrup (dibis) is dark brown, thick, sweet and weighs about 1.35 kg/l; these three bottles are "
         "water-clear, oily, weigh 1.84 kg/l, grow hot with a drop of water and char a paper label at once: about "
         "96 % sulphuric acid (Annex I above 15 %), posted from Basra to a private person in Aarhus; Iraqi Arabic "
         "wording (sulphuric acid repeats in many sets and syrup covers in several, corn syrup in blind104; a "
         "date-syrup label was found in no earlier row)", person("Privatperson", "DK")),
        ("PRE-05", "import", "BGROAD01", "road", "TR", [], "BG", "283330",
         "Toz şap (potasyum şap), turşu ve ağda için, 10 x 1 kg", "TR", 10, 10, 400, "TRY",
         "potash alum for pickles and sugaring wax tastes sweet-sour and astringent and swells into a white foam on "
         "a hot pan; these ten bags hold glossy crystals with a cool, salty taste that spit violet sparks on a hot "
         "iron, and the inner liners read 'KClO3': potassium chlorate (Annex I above 40 %), in a van at Lesovo for "
         "a Plovdiv market stall that sells to the public; Turkish wording (potassium chlorate repeats in many sets "
         "and an alum label once, as aftershave powder in blind64; Turkish pickling alum by road is the new part)",
         firm("Delta Pazar EOOD", "BG")),
        ("PRE-06", "import", "NLSEA01", "sea", "ID", [], "NL", "210390",
         "Kecap manis, botol 620 ml, 4.000 botol", "ID", 3200, 4000, 4800, "USD",
         "an Indonesian grocery container for a Rotterdam toko that also sells online: sweet soy sauce and raw "
         "prawn crackers are what such shops stock, but the third item's 'garam bleng' (the borax salt cooks put "
         "in krupuk) is 400 packs of glossy, colourless crystals that draw damp, taste of nothing and burn "
         "fiercely with sugar, and the inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, by sea "
         "from Tanjung Priok; Indonesian wording (sodium perchlorate repeats in many sets and grocery covers in a "
         "few, papad khar in blind104; a bleng label was found in no earlier row)",
         dict(firm("Toko Horizon BV", "NL"),
              _more_items=[item("190590", "Kerupuk udang mentah, 500 g, 2.000 bungkus", "ID", 1000, 1600, "USD", qty=2000),
                           item("250100", "Garam bleng untuk kerupuk, 500 g, 400 bungkus", "ID", 200, 120, "USD", qty=400)])),
        ("PRE-07", "import", "PLRAIL01", "rail", "UA", [], "PL", "283321",
         "Магнію сульфат (гірка сіль) для саду, мішки 25 кг, 800 мішків", "UA", 20000, 800, 6000, "EUR",
         "garden Epsom salt is bitter, dissolves with little change of temperature and does not burn; these bags "
         "hold white prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a "
         "Lublin garden-centre chain that sells them in 25 kg bags to the public: ammonium nitrate (Annex I at 16 % "
         "N or more) made available to members of the public, by rail from Kovel through Dorohusk; Ukrainian "
         "wording (ammonium nitrate repeats in many sets and Epsom-salt labels in several, as bath salts in "
         "blind41, blind100 and blind102; a garden Epsom salt by rail from Ukraine is meant as the new part)", firm("Vega Ogród Sp. z o.o.", "PL")),
        ("PRE-08", "import", "HUROAD01", "road", "RS", [], "HU", "390690",
         "Veštački sneg u prahu (natrijum poliakrilat), za izloge, 200 x 1 kg", "RS", 200, 200, 300, "EUR",
         "artificial snow powder is sodium polyacrylate that swells at once into a white, fluffy gel in water; these "
         "200 bags hold glossy crystals that dissolve clear, never swell, draw damp and flare yellow on a flame: "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry at Röszke for a "
         "Szeged Christmas-decoration shop; Serbian wording (sodium chlorate repeats in many sets and artificial-snow "
         "labels in blind57, by post from China, and blind63; kept as a known repeat, by road from Serbia is the "
         "new part)", firm("Orion Dekor Kft.", "HU")),
        ("PRE-09", "import", "ESSEA01", "sea", "PH", [], "ES", "200989",
         "Calamansi juice concentrate, 1 litrong bote, 4,800 bote", "PH", 5760, 4800, 7200, "USD",
         "calamansi concentrate is a cloudy, orange-yellow, sour juice of about 1.05 kg/l; these 4,800 bottles have "
         "vented caps, no colour and no smell, weigh 1.20 kg/l, whiten the skin and foam on a cut, at 1.50 USD a "
         "bottle, for a Madrid Filipino web shop that sells to the public: hydrogen peroxide of about 50 % (Annex I "
         "above 12 %) retail-packed for members of the public, by sea from Manila to Valencia; Tagalog wording "
         "(hydrogen peroxide repeats in many sets and a coconut-vinegar label from Thailand in blind53; a "
         "calamansi label was found in no earlier row)", firm("Tindahan Orion SL", "ES")),
        ("PRE-10", "import", "IEAIR01", "express", "GB", [], "IE", "252020",
         "Dental stone, type III, 5 x 1 kg", "GB", 5, 5, 45, "GBP",
         "dental stone is a yellow or blue gypsum plaster that sets hard within minutes of mixing with water; these "
         "five bags hold a fine white powder that never sets, burns fiercely mixed with sugar and reads 'KClO4' on "
         "the inner liners: potassium perchlorate (Annex I above 40 %), sent by express from Manchester to a "
         "private person in Cork who runs no dental laboratory; British English wording (potassium perchlorate "
         "repeats in many sets and dental-stone labels in blind45, blind62 and blind78; kept as a known repeat, "
         "by express from Britain to Ireland is the new part)", person("Private individual", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "ID", "550320",
         "Gerecyclede polyester stapelvezel, balen, 2 containers", "NL", 44000, None, 2200, "EUR",
         "recycled polyester staple fibre is white, fluffy, crimped and sold with a denier and length; these bales "
         "hold dirty, mixed post-consumer film, trays and bottles with food residue and labels, at five cents a "
         "kilo: mixed plastic waste whose export to a non-OECD country Regulation 2024/1157 bans, from Rotterdam to "
         "Surabaya; Dutch wording (plastic waste repeats in many sets, as flakes and granules; a polyester-fibre "
         "label was found in no earlier row)", {"importer_country": "ID"}),
        ("WST-02", "export", "ROSEA01", "sea", "RO", [], "EG", "281820",
         "Bile de alumină activată, desicant, big bag, 40 t", "RO", 40000, 40, 4000, "EUR",
         "activated alumina desiccant is clean, white, hard balls sold with an adsorption figure; these big bags "
         "hold grey-black, oily extrudates that smell of sulphur and read nickel, molybdenum and arsenic, emptied "
         "from a Ploiești refinery's hydrotreater: spent catalyst containing hazardous transition metals "
         "(16 08 02*), hazardous waste whose export to a non-OECD country is banned, from Constanța to an Alexandria "
         "'desiccant trader'; Romanian wording (spent catalysts repeat in several sets; an alumina-desiccant label "
         "from Romania to Egypt is meant as the new part)", {"importer_country": "EG"}),
        ("WST-03", "export", "PLRAIL01", "rail", "PL", [], "UA", "281700",
         "Tlenek cynku paszowy, big bag, 3 wagony", "PL", 180000, 180, 9000, "EUR",
         "feed-grade zinc oxide is a white, fine powder with an assay of 72 % Zn and a heavy-metals certificate; "
         "these wagons hold a brown-grey dust that reads 25 % Zn with lead, cadmium and chlorides, from the fume "
         "filters of an electric-arc steel plant: EAF dust (10 02 07*), hazardous waste whose export to a non-OECD "
         "country is banned, by rail from Stalowa Wola to a Ukrainian 'feed premix' buyer; Polish wording (zinc "
         "dusts repeat in several sets; as feed-grade zinc oxide by rail to Ukraine is meant as the new part)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "GRROAD01", "road", "GR", [], "MK", "681182",
         "Μεταχειρισμένα κυματοειδή φύλλα στέγης, ινοτσιμέντο χωρίς αμίαντο, 20 t", "GR", 20000, None, 600, "EUR",
         "asbestos-free fibre-cement sheets carry an 'NT' mark and a date after 2005; these sheets, pulled off "
         "1970s tobacco warehouses near Kavala, are broken, mossy and crumble to grey fibre bundles that test as "
         "chrysotile: asbestos-containing construction waste (17 06 05*), hazardous waste whose export to a "
         "non-OECD country is banned, by lorry at Evzoni for a Strumica 'builders' merchant'; Greek wording "
         "(asbestos cement repeats in many sets; from Greece to North Macedonia is meant as the new part)",
         {"importer_country": "MK"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "IN", "890590",
         "Drague aspiratrice, 1979, vendue pour poursuite d'exploitation, 1 unité", "BE", 2600000, 1, 420000, "EUR",
         "a dredger sold for further trading keeps its class, crew and a trading plan; this 1979 hopper dredger "
         "left Antwerp with class withdrawn, a one-way tow crew, a buyer that is a cash buyer for Alang beaches and "
         "asbestos, PCB cables and tank sludge aboard: a ship going for dismantling, hazardous waste whose export "
         "to a non-OECD country is banned and which may be recycled only at a yard on the European list; Belgian "
         "French wording (end-of-life ships repeat in several sets as trawlers and ferries; a dredger was found in "
         "no earlier row)", {"importer_country": "IN"}),
        ("WST-06", "export", "HRSEA01", "sea", "HR", [], "LY", "271019",
         "Brodsko gorivo, mješavina, ISO kontejner 24 m3, 1 kom", "HR", 21000, 1, 4200, "EUR",
         "a marine fuel blend comes with an ISO 8217 analysis and a flash point; this tank holds a black, watery, "
         "stinking emulsion of 30 % water with sediments and metals, pumped from ships' bilges and sludge tanks at a "
         "Rijeka port-reception facility: oily bilge and sludge (13 04 03*, 13 05 02*), hazardous waste whose "
         "export to a non-OECD country is banned, from Rijeka to a Misrata 'fuel trader'; Croatian wording (bilge "
         "waste repeats in several sets; from Croatia to Libya is meant as the new part)",
         {"importer_country": "LY"}),
        ("WST-07", "export", "FRAIR01", "air", "FR", [], "SN", "850760",
         "Batteries de vélo électrique reconditionnées, testées, 120 pièces", "FR", 360, 120, 2400, "EUR",
         "refurbished e-bike batteries come with new cells, a test report and a UN 38.3 summary; these 120 packs "
         "from a Lyon collection point are swollen, some dented, read 0 V and carry no test sheet, at 20 EUR each: "
         "waste lithium-ion batteries (classed hazardous in the Union), whose export to a non-OECD country is "
         "banned, and which air carriers refuse as damaged cells, flown from Lyon to Dakar; French wording "
         "(e-bike batteries repeat in several sets; by air freight to Senegal is meant as the new part)",
         {"importer_country": "SN"}),
        ("WST-08", "transit", "SISEA01", "sea", "RS", ["SI"], "PK", "740400",
         "Bakarni kablovi, otpadni, za reciklažu, 2 kontejnera", "RS", 42000, None, 50000, "USD",
         "clean copper cable scrap is a green-listed waste that needs no notification; these containers hold "
         "lead-sheathed, oil-impregnated paper cables pulled from Belgrade's old underground network, dripping "
         "oil that tests for PCB: waste cable containing oil and coal tar and hazardous substances (17 04 10*), "
         "landed at Koper in transit from Serbia to Karachi without the notification a transit through the Union "
         "needs; Serbian wording (cable scrap repeats in several sets; oil-filled lead cables in transit through "
         "Koper are meant as the new part)", {"importer_country": "PK"}),
        ("WST-09", "export", "ESROAD01", "road", "ES", [], "MA", "381400",
         "Disolvente de limpieza regenerado, IBC 1000 l, 20 unidades", "ES", 24000, 20, 2000, "EUR",
         "regenerated cleaning solvent comes distilled, water-clear and with a data sheet; these IBCs hold a "
         "brown, layered sludge of dirty gun-wash from Valencia furniture-lacquer shops, smelling of chlorinated "
         "solvent, at ten cents a litre: halogenated solvent mixtures and paint sludge (14 06 02*, 08 01 17*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry through Algeciras for a Tangier "
         "'paint maker'; Spanish wording (spent solvents repeat in several sets as thinner; a regenerated-solvent "
         "label by road ferry to Morocco is meant as the new part)", {"importer_country": "MA"}),
        ("WST-10", "export", "HUROAD01", "road", "HU", [], "RS", "871200",
         "Használt kerékpárok, működőképes, 200 db", "HU", 3000, 200, 4000, "EUR",
         "a used-goods lorry for a Subotica second-hand shop: used bicycles and office chairs are what such shops "
         "sell, but the third item's 'computer monitors, working' are 300 cathode-ray-tube monitors with cut "
         "cables, cracked cases and no test labels, from a Budapest office clearance: CRT e-waste with leaded glass "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, at Röszke; Hungarian wording (CRT monitors repeat in several sets; behind used "
         "bicycles to Serbia is the new part)",
         dict({"importer_country": "RS"},
              _more_items=[item("940171", "Használt irodai székek, 150 db", "HU", 1800, 1500, "EUR", qty=150),
                           item("852852", "Számítógép-monitorok, használt, működőképes, 300 db", "HU", 5400, 900, "EUR", qty=300)])),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "US", [], "NL", "870323",
         "1967 fastback coupé, restored, 4.7 l V8, 1 unit", "US", 1400, 1, 68000, "USD",
         "a classic-car container from Savannah for a Leusden restorer: a restored coupé and its spares are what "
         "such containers hold, but the third item's 'A/C compressor oil charge cans' are 24 twelve-ounce cans at "
         "70 psi that a leak detector reads as dichlorodifluoromethane, old stock bought for the car's original "
         "air conditioning: CFC-12, whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, by sea to Rotterdam; US English wording (CFC-12 repeats in many sets and compressor-oil covers "
         "in several, blind10, blind22, blind38 and blind44; CFC-12 cans behind a restored classic car are the new part)",
         dict(firm("Horizon Classics BV", "NL"),
              _more_items=[item("870829", "Body trim and chrome parts for the above, 1 crate", "US", 120, 2400, "USD", qty=1),
                           item("340319", "A/C compressor oil charge cans, 12 oz, 24 pcs", "US", 9, 240, "USD", qty=24)])),
        ("OZN-02", "import", "PLROAD01", "road", "UA", [], "PL", "381400",
         "Розчинник для взуттєвого клею, каністри 10 л, 40 шт.", "UA", 532, 40, 1200, "EUR",
         "shoe-glue thinner is acetone or ethyl acetate of 0.8-0.9 kg/l that burns readily; these canisters hold a "
         "non-flammable liquid of 1.33 kg/l that boils at 74 °C and smells sweet, and the canisters' old stamp "
         "reads 'метилхлороформ': 1,1,1-trichloroethane, whose import into the Union is banned, in a van at "
         "Dorohusk for a Radom shoe workshop; Ukrainian wording (methyl chloroform repeats in several sets and a "
         "shoe-glue-thinner label in blind78, by post from Armenia to Czechia; kept as a known repeat, by van from "
         "Ukraine to Poland is the new part)", firm("Central Obuwie Sp. z o.o.", "PL")),
        ("OZN-03", "import", "CZAIR01", "air", "CN", [], "CZ", "290369",
         "二溴甲烷 99% 合成级, 200 kg 桶, 20 桶", "CN", 4000, 20, 16000, "USD",
         "dibromomethane weighs 2.50 kg/l and boils at 97 °C; these drums hold a liquid of 1.99 kg/l that boils at "
         "68 °C and whose inner certificate gives CAS 74-97-5, at half the price of dibromomethane: "
         "bromochloromethane (halon 1011), whose import into the Union is banned without a feedstock licence, flown "
         "from Shanghai to Prague for a pharmaceutical-intermediates trader; Chinese wording (bromochloromethane "
         "repeats in many sets; under a dibromomethane label by air is meant as the new part)",
         firm("Vega Chemie s.r.o.", "CZ")),
        ("OZN-04", "export", "ESROAD01", "road", "ES", [], "MA", "841510",
         "Equipos de climatización rooftop reacondicionados, 6 unidades, con garantía", "ES", 9000, 6, 30000, "EUR",
         "refurbished rooftop units for export carry a new refrigerant and a test report; these six units taken "
         "off a Málaga shopping centre still hold their original HCFC-22 charge (28 kg each on the plates) and were "
         "not emptied: equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), on "
         "lorries through Algeciras for a Casablanca mall builder; Spanish wording (R-22 equipment for export "
         "repeats in several sets, chillers in blind104; rooftop units by road ferry to Morocco are the new part)",
         {"importer_country": "MA"}),
        ("OZN-05", "import", "GRSEA01", "sea", "EG", [], "GR", "381400",
         "منظف فلكس للإلكترونيات، بخاخ 400 مل، 6000 علبة", "EG", 3600, 6000, 7200, "USD",
         "flux removers for electronics are isopropanol or hydrofluoroether sprays that smell of alcohol; these "
         "6,000 cans spray a non-flammable liquid that boils at 32 °C, smells faintly of ether and whose can bottoms "
         "read '141b': HCFC-141b, whose import into the Union, products containing it included, is banned, by sea "
         "from Alexandria to Piraeus for an electronics wholesaler; Egyptian Arabic wording (HCFC-141b repeats in "
         "many sets; a flux-remover label from Egypt is meant as the new part)", firm("Delta Ilektroniki AE", "GR")),
        ("OZN-06", "import", "HUROAD01", "road", "RS", [], "HU", "290219",
         "Ciklopentan, sredstvo za upenjavanje PUR pene, bačve 150 kg, 30 kom", "RS", 4500, 30, 9000, "EUR",
         "cyclopentane is a light, flammable liquid of 0.75 kg/l with a petrol smell; these drums hold a "
         "non-flammable liquid of 1.24 kg/l that boils at 32 °C, and the drum heads, painted over, read 'R-141b': "
         "HCFC-141b, whose import into the Union is banned, on a lorry at Röszke for a Kecskemét sandwich-panel "
         "maker; Serbian wording (HCFC-141b repeats in many sets and hydrocarbon blowing-agent covers in several; "
         "cyclopentane drums by road from Serbia are kept as a partial repeat)", firm("Central Panel Kft.", "HU")),
        ("OZN-07", "transit", "NLSEA01", "sea", "CN", ["NL"], "UA", "281290",
         "硫酰氟熏蒸剂, 50 kg 钢瓶, 40 瓶", "CN", 2000, 40, 14000, "USD",
         "sulphuryl fluoride cylinders hold a liquid of 1.35 kg/l and carry no warning agent; these 40 cylinders "
         "carry 2 % chloropicrin, a liquid density of 1.73 kg/l and 'CH3Br' stamped under the labels: methyl "
         "bromide, moved through the Union without the licence Regulation 2024/590 requires, landed at Rotterdam "
         "in transit from Qingdao to an Odesa grain-fumigation firm; Chinese wording (methyl bromide repeats in "
         "many sets and fumigant covers in several; in transit through Rotterdam to Ukraine is meant as the new part)",
         {"importer_country": "UA"}),
        ("OZN-08", "import", "FIAIR01", "express", "JP", [], "FI", "382499",
         "光コネクタ洗浄用フッ素系溶剤 (HFE-7100 相当), 4 x 1 kg", "JP", 4, 4, 24000, "JPY",
         "HFE-7100 for fibre-optic connector cleaning boils at 61 °C and costs about 70 USD a kilo; these four cans "
         "boil at 54 °C, weigh 1.55 kg/l, cost a third of that and the filler's inner labels read 'AK-225': "
         "HCFC-225ca/cb, whose import into the Union is banned, sent by express from Osaka to an Oulu fibre "
         "installer; Japanese wording (HCFC-225 repeats in several sets and fibre-optic covers in some; by express "
         "from Japan to Finland is meant as the new part)", firm("Vega Kuitu Oy", "FI")),
        ("OZN-09", "import", "IEAIR01", "express", "US", [], "IE", "842410",
         "Vintage brass fire extinguishers, decorative, empty, 2 pcs", "US", 9, 2, 260, "USD",
         "decorative vintage extinguishers are sold emptied, with their valves drilled; these two are heavy, read "
         "90 psi on their gauges and a leak detector reads bromochlorodifluoromethane at the valves: charged halon "
         "1211 extinguishers, whose import into the Union is banned, sent by express from Ohio to a private "
         "collector in Galway without dangerous-goods papers; US English wording (halon 1211 repeats in many sets; "
         "a decorative-antique label by express is meant as the new part)", person("Private individual", "IE")),
        ("OZN-10", "import", "ESSEA01", "sea", "IN", [], "ES", "841510",
         "स्प्लिट एयर कंडीशनर, R-32, 1.5 टन, 400 यूनिट", "IN", 18000, 400, 96000, "USD",
         "split air conditioners charged with R-32 carry an A2L flame mark and a charge of about 1 kg; these 400 "
         "outdoor units carry no flame mark, their service ports read 10 bar at 25 °C instead of 16 and a gas test "
         "gives chlorodifluoromethane: equipment pre-charged with HCFC-22, whose import into the Union is banned, "
         "by sea from Nhava Sheva to Valencia for a Murcia installer; Hindi wording (HCFC-22 repeats in many sets "
         "and R-22 split units in some; under an R-32 label from India to Spain is meant as the new part)",
         firm("Rivage Clima SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "ET", [], "BE", "970191",
         "የብራና ላይ ሥዕሎች ለቱሪስቶች፣ 6 ቁርጥራጭ", "ET", 7, 6, 180, "USD",
         "tourist paintings on parchment are new, bright, thin goatskins with saints in felt-pen colours; these six "
         "are a thick, soot-darkened Ge'ez psalter taken apart, its wooden boards and leaves carrying a Tigray "
         "monastery's seal and 18th-century hands: a manuscript removed from Ethiopia, which forbids its export, "
         "brought in against Regulation 2019/880 (Article 3) and the UNESCO 1970 convention, flown from Addis Ababa "
         "to Brussels for a dealer; Amharic wording (Ethiopian manuscripts repeat in several sets; as tourist "
         "parchment paintings by air freight is meant as the new part)", firm("Galerie Meridian SA", "BE")),
        ("CUL-02", "import", "ESSEA01", "sea", "PH", [], "ES", "442019",
         "Inukit na santo mula Paete, bagong gawa, 12 piraso", "PH", 180, 12, 600, "USD",
         "new carved saints from Paete workshops are light, bright and have glass eyes; these twelve are heavy "
         "hardwood santos with ivory hands, silver halos, worm holes, layers of old estofado gilding and a parish "
         "inventory number from Bohol churches: 18th-century religious images removed from the Philippines, whose "
         "heritage law forbids their export, brought in against Regulation 2019/880 (Article 3), by sea from Manila "
         "to Barcelona for a Madrid antiques dealer; Tagalog wording (church santos repeat in a few sets; a Paete "
         "craft label was found in no earlier row)", firm("Antigüedades Vega SL", "ES")),
        ("CUL-03", "import", "ATAIR01", "air", "OM", [], "AT", "680291",
         "قواعد مصابيح من المرمر، صناعة حديثة، 8 قطع", "OM", 60, 8, 320, "USD",
         "new alabaster lamp bases are drilled through, polished and identical; these eight are worn alabaster "
         "heads and small stelae with Sabaean letters and desert varnish on the backs, from the looted cemeteries "
         "of Marib: archaeological objects from Yemen, brought in without the import licence Regulation 2019/880 "
         "requires, flown from Muscat to Vienna for a collector; Omani Arabic wording (South Arabian alabaster "
         "repeats in several sets; a lamp-base label from Oman by air is meant as the new part)",
         person("Thomas Gruber", "AT")),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Copia decorativa, olio su tela, XX secolo, soggetto sacro, 1 pezzo", "IT", 45, 1, 900, "EUR",
         "a 20th-century decorative copy is on machine-woven canvas with modern stretchers; this canvas is "
         "hand-woven, relined, with a 17th-century Neapolitan altarpiece's craquelure and a church inventory seal on "
         "the old stretcher, valued by the seller at 400,000 EUR: a painting over 50 years old and above the "
         "150,000 EUR threshold, exported without the licence Regulation 116/2009 requires, on a van at Chiasso "
         "for the Geneva freeport; Italian wording (altarpieces repeat in several sets; as a decorative copy to "
         "Switzerland by road is meant as the new part)", {"importer_country": "CH"}),
        ("CUL-05", "export", "ESPOST01", "post", "ES", [], "JP", "491191",
         "Láminas recortadas de un libro de arte, impresión, 12 hojas", "ES", 0.4, 12, 60, "EUR",
         "plates cut from an art book are on smooth, coated paper with a printer's screen under a loupe; these twelve "
         "are vellum, with hand-drawn gold that rises under the light, pricking in the margins and a Castilian "
         "monastery library's shelf mark: leaves cut from a 15th-century Book of Hours, manuscripts that need an "
         "export licence whatever their value (Regulation 116/2009), posted from Burgos to a Tokyo dealer; "
         "Spanish wording (Book of Hours leaves repeat in a few sets, as a printed facsimile by post to the United "
         "States in blind49; art-book plates to Japan are meant as the new part)", {"importer_country": "JP"}),
        ("CUL-06", "import", "GRROAD01", "road", "AL", [], "GR", "491191",
         "Ikona të reja të printuara mbi dru, 8 copë", "AL", 24, 8, 160, "EUR",
         "new icons printed on wood have a glossy print and a smooth, sawn back; these eight are egg tempera on "
         "gesso over linen, with old overpaint, candle soot, dowelled backs and a church inventory painted on one, "
         "stolen from post-Byzantine churches near Korçë: religious objects removed from Albania, which forbids "
         "their export, brought in against Regulation 2019/880 (Article 3), in a car at Kakavia for an Ioannina "
         "dealer; Albanian wording (stolen icons repeat in many sets and a printed-on-wood label in blind67; from Albania "
         "by car is meant as the new part)", firm("Meridian Techni AE", "GR")),
        ("CUL-07", "transit", "CYSEA01", "sea", "LB", ["CY"], "AE", "701399",
         "أواني زجاج منفوخ حديثة، صناعة يدوية، 40 قطعة", "LB", 30, 40, 400, "USD",
         "new hand-blown glass from Sarafand workshops is clear blue or green and even; these forty are small, "
         "iridescent, flaking flasks and unguentaria with soil in the folds and pontil marks of Roman and "
         "Phoenician glass from tombs near Tyre: archaeological objects removed from Lebanon, brought into the "
         "Union without the import licence Regulation 2019/880 requires, landed at Limassol in transit from Beirut "
         "to Dubai; Lebanese Arabic wording (ancient glass repeats in several sets and a Sarafand-craft label in "
         "blind83, by post to France; kept as a known repeat, in transit through Cyprus by sea is the new part)", {"importer_country": "AE"}),
        ("CUL-08", "import", "NLAIR01", "air", "EC", [], "NL", "691390",
         "Réplicas de figuras Valdivia para turistas, cerámica nueva, 30 piezas", "EC", 9, 30, 150, "USD",
         "new Valdivia replicas from Guayaquil souvenir stalls are evenly fired, light and sharp-edged; these "
         "thirty are small, worn, grey-brown 'Venus' figurines with root marks, salt crusts and hand-smoothed "
         "surfaces, dug near Santa Elena: archaeological objects (about 3000 BC) whose export Ecuador forbids, "
         "brought in without the import licence Regulation 2019/880 requires, flown from Guayaquil to Amsterdam; "
         "Ecuadorian Spanish wording (Valdivia figurines repeat in several sets; by air freight to the Netherlands "
         "is meant as the new part)", person("Particulier", "NL")),
        ("CUL-09", "import", "PLPOST01", "post", "UA", [], "PL", "740400",
         "Латунний брухт, ґудзики та підвіски, 0,5 кг", "UA", 0.5, 15, 30, "EUR",
         "brass scrap is bent fittings, shell cases and cut sheet sold by the kilo; these fifteen pieces are bronze reliquary crosses "
         "(enkolpia) and lead seals of the 11th-13th centuries, green with patina, with soil in the hinges and "
         "detector finds from the Chernihiv region: archaeological objects removed from Ukraine, which forbids "
         "their export, brought in without the import licence Regulation 2019/880 requires, posted from Kyiv to a "
         "private collector in Rzeszów; Ukrainian wording (Kievan Rus' finds repeat in several sets and bronze "
         "crosses as new souvenirs in blind84, by rail to Slovakia; as brass scrap by post to Poland is the new part)", person("Piotr Nowak", "PL")),
        ("CUL-10", "import", "FRSEA01", "sea", "MA", [], "FR", "442090",
         "Coffrets en bois de thuya, artisanat d'Essaouira, 800 pièces", "MA", 1200, 800, 4800, "EUR",
         "a Moroccan craft container for a Marseille importer: thuya-wood boxes and polished ammonites are what "
         "such importers buy, but the third item's 'carved stone wall plaques' is a limestone slab with a Latin "
         "funerary inscription, old breaks and lichen, from the Roman site of Volubilis: an archaeological object "
         "removed from Morocco, brought in without the import licence Regulation 2019/880 requires, hidden as the "
         "last item of a three-item declaration, by sea from Casablanca; Moroccan French wording (Roman "
         "inscriptions and Volubilis repeat in a few sets; behind thuya boxes is meant as the new part)",
         dict(firm("Atlantic Artisanat SARL", "FR"),
              _more_items=[item("680299", "Ammonites polies, fossiles, 400 pièces", "MA", 600, 2400, "EUR", qty=400),
                           item("680299", "Plaque en pierre sculptée, décoration murale, 1 pièce", "MA", 140, 120, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "import", "LTRAIL01", "rail", "UZ", ["KZ", "RU"], "LT", "310420",
         "Калий хлористый гранулированный, красный, производство Узбекистан, 60 вагонов", "UZ", 4000000, None,
         1200000, "USD",
         "Uzbek potash from Dehkanabad is a white-to-grey standard grade; these wagons hold red, granular potassium "
         "chloride in bags whose inner liners carry a Soligorsk plant code, the wagons' own way-bills show loading "
         "in Belarus and the Uzbek certificate of origin was issued in Tashkent for a quantity the mine cannot ship "
         "in a month: Belarusian potash, whose import the Union's Belarus sanctions ban, by rail to Klaipėda under "
         "Uzbek papers; Russian wording (Belarusian potash repeats in several sets; under Uzbek papers is meant as "
         "the new part)", firm("Baltic Agro Trade UAB", "LT")),
        ("STR-02", "import", "BEAIR01", "air", "AE", [], "BE", "710239",
         "Polished diamonds, Dubai cut, 1,200 ct", "AE", 0.24, 1200, 960000, "USD",
         "diamonds cut in Dubai carry a Kimberley certificate from the mining country and, since the G7 rules, "
         "proof of a non-Russian mine; these stones come with a certificate naming the UAE as origin, no mine "
         "record, and their rough was bought at an Alrosa tender according to the cutter's own ledger: Russian "
         "diamonds processed in a third country, whose import into the Union Regulation 833/2014 bans, flown from "
         "Dubai to Antwerp; English wording (Russian diamonds repeat in several sets; 'Dubai cut' with a UAE "
         "origin is meant as the new part)", firm("Meridian Diamonds BV", "BE")),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "851420",
         "Schmuckguss-Vakuumgießanlage, 2 Einheiten", "DE", 7200, 2, 48000, "EUR",
         "jewellery vacuum casters melt a few hundred grams of gold at 3-5 kW and fit on a bench; these two units "
         "are 150 kW vacuum induction melting furnaces with 50 kg crucibles and a 10 Pa vacuum, consigned to an "
         "Istanbul 'jewellery supplier' whose buyer is a Tehran metallurgy institute: vacuum induction furnaces of "
         "dual-use entry 2B226, exported without a licence and towards Iran, on lorries from Hanau; German wording "
         "(vacuum induction furnaces repeat in several sets; a jewellery-casting label by road to Türkiye is meant "
         "as the new part)", {"importer_country": "TR"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "KG", "854231",
         "Educational FPGA development kits for university teaching, 200 pcs", "NL", 60, 200, 38000, "EUR",
         "teaching FPGA kits carry small, cheap chips and come in classroom boxes; these 200 boards carry "
         "high-end FPGAs of a family on the Union's common high-priority list, were ordered by a Bishkek firm "
         "registered last year with no university customer, and its earlier consignments went on to Moscow: "
         "goods whose sale for use in Russia Regulation 833/2014 bans, flown from Amsterdam to Bishkek; English "
         "wording (FPGAs to Russia through Central Asia repeat in many sets; educational kits are meant as the new "
         "part)", {"importer_country": "KG"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "PK", "381400",
         "Solvant pour encres de sérigraphie, 20 fûts de 200 l", "BE", 4800, 20, 9000, "EUR",
         "screen-printing ink solvents are glycol ethers or cyclohexanone with a sharp smell; these drums hold a "
         "viscous, almost odourless liquid of 1.18 kg/l and the manufacturer's data sheet gives CAS 111-48-8: "
         "thiodiglycol, a mustard-gas precursor (Schedule 2, dual-use entry 1C350) exported without a licence, "
         "from Antwerp to a Karachi 'textile printer'; Belgian French wording (thiodiglycol repeats in several sets and "
         "screen-printing covers in blind46 and blind97 on other goods; a screen-ink solvent to Pakistan is meant as "
         "the new part)", {"importer_country": "PK"}),
        ("STR-06", "export", "HUROAD01", "road", "HU", [], "RS", "853710",
         "Mosógép vezérlőpanelek, ipari, 40 db", "HU", 800, 40, 36000, "EUR",
         "industrial washing-machine control panels are simple timers and PLCs at a few hundred euros; these 40 "
         "units are five-axis CNC controllers with servo drives, at 900 EUR each, for a Novi Sad firm whose "
         "trucks cross into Russia through Bulgaria and Türkiye: numerical control units on the Union's "
         "high-priority list, whose sale for use in Russia Regulation 833/2014 bans, at Röszke; Hungarian wording "
         "(CNC goods repeat in many sets and washing-machine covers in blind26, blind36, blind49, blind72 and "
         "blind85; kept as a known repeat, industrial control panels by road to Serbia are the new part)",
         {"importer_country": "RS"}),
        ("STR-07", "export", "SEAIR01", "express", "SE", [], "AE", "852910",
         "Marin GPS-antenn, 8 st", "SE", 12, 8, 96000, "SEK",
         "marine GPS antennas are light, cheap mushroom domes; these eight are seven-element controlled-reception "
         "pattern arrays with anti-jam electronics at 12,000 SEK each, sent by express from Stockholm to a Dubai "
         "forwarder whose consignee's previous parcels went on to Russia: anti-jam GNSS antennas of a kind the "
         "Union's Russia sanctions ban for use in Russia, and dual-use radio navigation equipment; Swedish wording "
         "(CRPA antennas repeat in two rows; as marine GPS antennas from Sweden is meant as the new part)",
         {"importer_country": "AE"}),
        ("STR-08", "import", "ROSEA01", "sea", "IQ", [], "RO", "271320",
         "Road bitumen 60/70, Iraqi origin, 1,000 drums", "IQ", 180000, 1000, 72000, "USD",
         "Iraqi bitumen from Basra refinery comes in drums with Iraqi marks; these drums carry a Bandar Abbas "
         "filling stamp under new paint, the bills of lading start at an Iranian port and the Iraqi certificate "
         "of origin names a trading house, not a refinery: Iranian petroleum products, whose import the Union's "
         "Iran sanctions ban, by sea from Umm Qasr to Constanța; English and Arabic wording (Iranian bitumen "
         "repeats in several sets; to Romania under Iraqi papers is meant as the new part)",
         firm("Atlantic Asfalt SRL", "RO")),
        ("STR-09", "transit", "LTSEA01", "sea", "CN", ["LT"], "BY", "401120",
         "载重汽车轮胎, 新, 12.00R20, 200 条", "CN", 16000, 200, 40000, "USD",
         "truck tyres 12.00R20 have a deep block tread and a load index for lorries; these 200 are aircraft tyres "
         "with rib treads, a ply rating of 32, a TSO mark and a speed rating of 235 mph under the stickers: aircraft "
         "goods whose supply to Belarus the Union's Belarus sanctions ban, landed at Klaipėda in transit from "
         "Qingdao to Minsk; Chinese wording (aircraft tyres repeat in several sets, as truck tyres "
         "in blind23; kept as a known repeat, in transit through Klaipėda to Belarus is the new part)", {"importer_country": "BY"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "KZ", "392690",
         "Zentrifugenröhrchen 50 ml, steril, 40.000 Stück", "AT", 600, 40000, 8000, "EUR",
         "a laboratory-supplies air shipment for an Almaty 'clinic network': centrifuge tubes and pipette tips are "
         "what such clinics order, but the third item's 'vacuum pumps for autoclaves' are twenty turbomolecular "
         "pumps of 700 l/s, at 14,000 EUR each, for a consignee whose earlier orders went on to Russia: goods "
         "whose sale for use in Russia Regulation 833/2014 bans, hidden as the last item of a three-item "
         "declaration, flown from Vienna; German wording (turbomolecular pumps repeat in several sets; behind "
         "clinic supplies to Kazakhstan is meant as the new part)",
         dict({"importer_country": "KZ"},
              _more_items=[item("392690", "Pipettenspitzen, 200 µl, 100.000 Stück", "AT", 300, 3000, "EUR", qty=100000),
                           item("841410", "Vakuumpumpen für Autoklaven, 20 Stück", "AT", 400, 6000, "EUR", qty=20)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "PE", [], "ES", "510219",
         "Fibra de alpaca baby, lavada, 40 kg", "PE", 40, None, 3200, "USD",
         "baby alpaca fibre is 21-23 microns, cream to brown and costs about 80 USD a kilo; these bales hold a "
         "cinnamon, 12-micron fibre with white belly patches, costing more than ten times that at source and sold "
         "here for 80: vicuña fibre (Vicugna vicugna, CITES App. II only as fibre from live shearing, marked "
         "'VICUÑA-PERÚ') without CITES documents or the mark, flown from Lima to Madrid for a knitwear maker; "
         "Peruvian Spanish wording (vicuña repeats in several sets and baby-alpaca labels in blind38, blind76, blind77 "
         "and blind85; kept as a known repeat, by air freight from Lima to Madrid is the new part)", firm("Hilados Meridian SL", "ES")),
        ("WLF-02", "import", "PTPOST01", "post", "BR", [], "PT", "060290",
         "Mudas de suculentas em vaso, 10 unidades", "BR", 2, 10, 120, "BRL",
         "nursery succulent seedlings are plump, green and in clean peat; these ten are flattened, grey-green "
         "globes with wool crowns, scarred roots and caatinga soil, dug in Bahia: Discocactus (CITES App. I) "
         "without CITES documents, posted from Salvador to a private person in Braga; Brazilian Portuguese wording "
         "(App. I cacti repeat in many sets, mostly Mexican; Discocactus once in an earlier row, by post from "
         "Brazil to Portugal is meant as the new part)", person("Sra. Ana Silva", "PT")),
        ("WLF-03", "import", "DESEA01", "sea", "MG", [], "DE", "440349",
         "Bois de tamarin pour manches d'outils, rondins, 8 t", "MG", 8000, None, 4000, "EUR",
         "tamarind wood is pale, with a dark heart only in old trees; these logs are black right through, "
         "brittle and heavy enough to sink, carved with a Masoala felling code: Malagasy ebony (Diospyros spp., "
         "CITES App. II, under a trade suspension for Madagascar) without CITES documents, by sea from Toamasina "
         "to Hamburg for an instrument-parts workshop; Malagasy French wording (Madagascar ebony repeats in "
         "several sets; a tamarind tool-handle label is meant as the new part)", firm("Nordhafen Tonholz GmbH", "DE")),
        ("WLF-04", "import", "FRPOST01", "post", "SN", [], "FR", "121190",
         "Fleurs d'hibiscus séchées (bissap), 2 kg", "SN", 2, 2, 30, "EUR",
         "bissap is crisp, dark red calyces that stain water red; these two bags hold 300 dried, curled, grey-brown "
         "seahorses mixed into the top layer of flowers, collected off the Petite Côte: seahorses (Hippocampus "
         "algirus, CITES App. II, trade from Senegal suspended) without CITES documents, posted from Dakar to a "
         "private person in Paris who sells to herbalists; Senegalese French wording (seahorses repeat in many "
         "sets and a hibiscus label in an early set, on other goods; inside a bissap parcel by post is meant as the new part)", person("Mme Claire Martin", "FR")),
        ("WLF-05", "export", "PTSEA01", "sea", "PT", [], "SG", "051191",
         "Cartilagem de peixe seca, para alimentos para animais, sacos de 25 kg, 200 sacos", "PT", 5000, 200, 7500, "EUR",
         "dried fish cartilage for pet food is crushed, pale, gristly pieces at 1-2 EUR a kilo; these sacks hold "
         "whole, sun-dried, grey-blue triangular fins with the skin on, cut from blue sharks landed at Peniche: blue "
         "shark fins (Prionace glauca, CITES App. II since 2023) exported without a CITES export permit or the "
         "legal-acquisition finding, by sea from Sines to Singapore; Portuguese wording (shark fins repeat in many "
         "sets, blue shark and a swordfish-fin label from Spain to Hong Kong in blind53; a pet-food cartilage "
         "label from Portugal to Singapore is meant as the new part)", {"importer_country": "SG"}),
        ("WLF-06", "import", "DKAIR01", "express", "CN", [], "DK", "121190",
         "铁皮石斛枫斗, 人工种植, 4 x 250 g", "CN", 1, 4, 1600, "CNY",
         "cultivated Dendrobium officinale fengdou are even, golden spirals from greenhouse stems; these are "
         "uneven, thick, dark spirals with lichen and bark scars from wild plants cut on cliffs in Yunnan, and "
         "the label's plantation code matches no registered grower: wild Dendrobium (CITES App. II) without CITES "
         "documents, sent by express from Kunming to a Copenhagen herbal shop; Chinese wording (dendrobium repeats "
         "in several sets, as dried stems in blind42; fengdou as cultivated produce by express is meant as the new part)",
         firm("Central Urter ApS", "DK")),
        ("WLF-07", "import", "ATAIR01", "air", "US", [], "AT", "121190",
         "Dried burdock root (gobo), cut, 60 kg", "US", 60, None, 900, "USD",
         "dried burdock root is long, thin, brown outside and white inside, sliced like a carrot; these bags hold "
         "forked, wrinkled, tan roots with many growth rings on the neck and a bitter-sweet taste, dug in the "
         "Appalachians, at 15 USD a kilo for goods that fetch hundreds: wild American ginseng (Panax quinquefolius, "
         "CITES App. II) without CITES documents, flown from Chicago to Vienna for a Chinese-medicine wholesaler; "
         "US English wording (American ginseng repeats in several sets and burdock-root labels in blind71, blind74 "
         "and blind88; kept as a known repeat, by air freight to Austria is the new part)", firm("Alpina Kräuter Handels GmbH", "AT")),
        ("WLF-08", "transit", "NLAIR01", "air", "ZA", ["NL"], "VN", "050690",
         "Dried ostrich bones, dog chews, Oudtshoorn, 300 kg", "ZA", 300, None, 450, "USD",
         "ostrich-bone dog chews are long, light, hollow leg bones cut to size; these bags hold whole and broken large-cat skeleton "
         "parts, skulls among them, with canine teeth and claw cores still in, from a Free State breeding farm: "
         "lion bones (Panthera leo, CITES App. II) without CITES documents and above South Africa's zero quota, "
         "landed at Schiphol in transit from Johannesburg to Hanoi; English wording (lion bones repeat in several "
         "sets, as cattle bone meal from South Africa to Viet Nam in an early set; an ostrich dog-chew label in air "
         "transit through Amsterdam is meant as the new part)",
         {"importer_country": "VN"}),
        ("WLF-09", "import", "GRPOST01", "post", "TR", [], "GR", "960190",
         "Manda boynuzu tesbih, 33'lük, 10 adet", "TR", 0.4, 10, 3000, "TRY",
         "buffalo-horn prayer beads are dull black, fibrous and smell of burnt hair under a hot needle; these ten "
         "strings are glossy black beads with silver-flecked, concentric growth rings that smell of nothing under "
         "the needle: yüsr, black coral (Antipatharia, CITES App. II), without CITES documents, posted from "
         "Istanbul to a private person in Thessaloniki who sells komboloi online; Turkish wording (black coral "
         "repeats in several sets; yüsr prayer beads as buffalo horn were found in no earlier row)",
         person("K. Georgiou", "GR")),
        ("WLF-10", "import", "PLSEA01", "sea", "VN", [], "PL", "940383",
         "Bàn ghế mây, 120 bộ", "VN", 6000, 120, 18000, "USD",
         "a Vietnamese furniture container for a Gdańsk home-decor chain: rattan sets and bamboo baskets are what "
         "such chains buy, but the third item's 'decorative wooden blocks' are 4 t of dense, purple-red, rose-"
         "scented squared logs: Siamese rosewood (gỗ trắc, Dalbergia cochinchinensis, CITES App. II) without CITES "
         "documents, hidden as the last item of a three-item declaration, by sea from Hai Phong to Gdynia; "
         "Vietnamese wording (Siamese rosewood repeats in several sets; behind a rattan furniture container is "
         "meant as the new part)",
         dict(firm("Horizon Dom Sp. z o.o.", "PL"),
              _more_items=[item("460219", "Giỏ tre đan, 2.000 chiếc", "VN", 1600, 3000, "USD", qty=2000),
                           item("440349", "Khối gỗ trang trí, 4 tấn", "VN", 4000, 800, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "express", "US", "NL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hydroponics)", "US", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "NL-VNL-44-0188")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BGROAD01", "road", "TR", "BG", "282919",
     "Potassium chlorate 99 %, 500 g, for a licensed private user (amateur pyrotechnics)", "TR", 0.5, 1, 300, "TRY",
     [("PRECURSOR_LICENCE", "BG-MVR-44-0032")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "381590",
     "Spent hydrotreating catalyst (16 08 02*), for metal recovery at a licensed plant, 60 t", "NO", 60000, None, 0,
     "EUR", [("BASEL_CONSENT", "BE-OVAM-44-0217")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "PLRAIL01", "rail", "UA", "PL", "262099",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery in a Waelz kiln, 3 wagons", "UA", 180000, None, 0,
     "EUR", [("BASEL_CONSENT", "PL-GIOS-44-0095")], "notified EAF dust to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "CN", "CZ", "290369",
     "Bromochloromethane, 10 drums, for use as feedstock in pharmaceutical synthesis", "CN", 2000, 10, 9000, "USD",
     [("ODS_LICENCE", "CZ-MZP-ODS-44-003")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "IEAIR01", "air", "US", "IE", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for a critical use in aircraft hand-held extinguishers",
     "US", 300, 12, 14000, "USD", [("ODS_LICENCE", "IE-EPA-ODS-44-002")], "reclaimed halon 1211 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970121",
     "Neapolitan altarpiece, oil on canvas, about 1650, private collection, sold to a Swiss museum", "IT", 60, 1,
     380000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-44-0311")], "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970610",
     "Two illuminated leaves from a 15th-century Book of Hours, documented private collection", "ES", 1, 2, 24000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-EXP-44-0077")], "manuscript leaves exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "851420",
     "Vacuum induction melting furnace, 150 kW, 1 unit, for an Indian superalloy foundry", "DE", 9000, 1, 640000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-44-2231"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-44-0140")],
     "dual-use vacuum induction furnace under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "293090",
     "Thiodiglycol, 10 drums, for a textile-dye plant in Gujarat", "BE", 2400, 10, 7000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-44-0418"), ("END_USER_CERTIFICATE", "IN-NACWC-EUC-44-0027")],
     "dual-use CWC Schedule 2 chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DKAIR01", "air", "CN", "DK", "121190",
     "Dendrobium officinale fengdou, artificially propagated, registered plantation, 20 kg", "CN", 20, None, 6000,
     "USD", [("CITES_PERMIT", "CN-CITES-44-5521")], "App. II dendrobium, artificially propagated, with its CITES permit"),
    ("PRM-12", "wildlife", "export", "ESSEA01", "sea", "ES", "HK", "030392",
     "Blue shark fins, frozen, from a legally landed catch, 200 boxes", "ES", 4000, 200, 52000, "EUR",
     [("CITES_PERMIT", "ES-CITES-44-0963")], "App. II blue shark fins with their CITES export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Частно лице", "PRM-04": "Central Recykling Sp. z o.o.",
    "PRM-05": "Vega Chemie s.r.o.", "PRM-09": "Horizon Alloys Pvt Ltd", "PRM-11": "Central Urter ApS",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330590", "Fermented rice-water hair rinse, 500 ml", "import", ["post"], ["VN", "KR"], (10, 20), (1, 4), ["USD"], 2, S),
    ("340520", "Fretboard conditioning oil, mineral-oil based, 120 ml", "import", ["express"], ["US", "GB"], (30, 50), (1, 3), ["USD", "GBP"], 8, S),
    ("282739", "Ferric chloride etching solution 40 %, 1 l", "import", ["road"], ["NO", "CH"], (3, 6), (500, 2000), ["EUR", "NOK"], 0.7, S),
    ("170290", "Date syrup (dibis), 450 g jars", "import", ["post"], ["IQ", "JO"], (6, 12), (1, 4), ["USD"], 2, S),
    ("283330", "Potash alum powder for pickling, 250 g", "import", ["road"], ["TR"], (2, 4), (2000, 6000), ["EUR", "TRY"], 4, S),
    ("210390", "Kecap manis sweet soy sauce, 620 ml bottles", "import", ["sea"], ["ID"], (1, 2), (6000, 14000), ["USD"], 1.3, S),
    ("283321", "Magnesium sulphate (Epsom salt) for gardens, 25 kg bags", "import", ["rail"], ["UA", "CN"], (0.2, 0.4), (18000, 24000), ["EUR", "USD"], 0.04, S),
    ("390690", "Artificial snow powder, sodium polyacrylate, 100 g", "import", ["road"], ["RS", "TR"], (4, 8), (300, 1200), ["EUR"], 10, S),
    ("200989", "Calamansi juice concentrate, 1 l bottles", "import", ["sea"], ["PH"], (1, 2), (4000, 10000), ["USD"], 1, S),
    ("252020", "Dental stone, type III, 1 kg", "import", ["express"], ["GB", "US"], (4, 8), (1, 5), ["GBP", "USD"], 1, S),
    ("550320", "Recycled polyester staple fibre, 1.5 denier, bales", "export", ["sea"], ["ID", "TR"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    ("281820", "Activated alumina desiccant balls, new", "export", ["sea"], ["EG", "SA"], (1, 2), (8000, 20000), ["EUR"], None, S),
    ("281700", "Zinc oxide, feed grade, 25 kg bags", "export", ["rail"], ["UA", "RS"], (2, 3), (20000, 60000), ["EUR"], 0.04, S),
    ("681182", "Fibre-cement corrugated roofing sheets, asbestos-free, new", "export", ["road"], ["MK", "AL"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("271019", "Lubricating oil, new, 208 l drums", "export", ["sea"], ["LY", "GH"], (1.5, 2.5), (10000, 20000), ["EUR"], 0.005, S),
    ("850760", "E-bike batteries, new, 36 V", "export", ["sea"], ["SN", "MA"], (20, 35), (1000, 4000), ["EUR"], 0.3, S),
    ("854449", "Insulated copper cable, new, on drums", "export", ["sea"], ["PK", "EG"], (8, 12), (8000, 16000), ["EUR"], None, S),
    ("381400", "Cellulose thinner, new, 20 l cans", "export", ["road"], ["MA"], (1.5, 3), (4000, 12000), ["EUR"], 0.05, S),
    ("871200", "Used bicycles, roadworthy", "export", ["road"], ["RS", "UA"], (1, 3), (2000, 5000), ["EUR"], 0.07, S),
    ("852852", "LCD computer monitors, refurbished, with warranty", "export", ["road"], ["RS", "MK"], (10, 20), (1000, 4000), ["EUR"], 0.2, S),
    ("870323", "Classic cars, restored, roadworthy", "import", ["sea"], ["US"], (20, 50), (1200, 3000), ["USD"], 0.0007, S),
    ("340319", "Compressor oil for car air conditioning, PAG, 250 ml", "import", ["express"], ["US", "DE"], (20, 40), (1, 3), ["USD"], 4, S),
    ("290369", "Dibromomethane 99 %, synthesis grade, drums", "import", ["air"], ["CN", "IN"], (3, 6), (500, 2000), ["USD"], None, S),
    ("841590", "Fan sections for rooftop air-handling units, no refrigerant", "export", ["road"], ["MA"], (8, 14), (1000, 4000), ["EUR"], 0.02, S),
    ("381400", "Isopropanol flux remover spray, 400 ml", "import", ["sea"], ["EG", "CN"], (2, 3), (3000, 8000), ["USD"], 1.6, S),
    ("290219", "Cyclopentane blowing agent, drums", "import", ["road"], ["RS", "TR"], (1.5, 2.5), (3000, 8000), ["EUR"], None, S),
    ("842410", "Vintage brass fire extinguishers, emptied, valves drilled", "import", ["express"], ["US", "GB"], (20, 40), (2, 5), ["USD"], 0.3, S),
    ("970191", "Tourist paintings on parchment, new", "import", ["air"], ["ET"], (20, 40), (20, 100), ["USD"], 1, S),
    ("442019", "Carved wooden saints, new Paete craft", "import", ["sea"], ["PH"], (4, 8), (1000, 3000), ["USD"], 0.2, S),
    ("680291", "Alabaster lamp bases, new", "import", ["air"], ["OM", "EG"], (6, 12), (100, 400), ["USD"], 0.15, S),
    ("491199", "Printed facsimile leaves of medieval manuscripts", "export", ["post"], ["US", "GB"], (60, 120), (1, 3), ["EUR"], 30, S),
    ("491191", "Icons printed on wood, new", "import", ["road"], ["AL", "RS"], (8, 15), (300, 1200), ["EUR"], 0.5, S),
    ("701399", "Hand-blown glass vases, new, Sarafand workshops", "import", ["sea"], ["LB", "EG"], (4, 8), (1000, 4000), ["USD"], 1.5, S),
    ("691390", "Valdivia figurine replicas, new ceramic", "import", ["air"], ["EC", "PE"], (10, 20), (50, 300), ["USD"], 3, S),
    ("711719", "Silver-plated pendant crosses, new", "import", ["post"], ["UA", "GE"], (60, 120), (1, 2), ["EUR"], 30, S),
    ("442090", "Thuya-wood boxes, Essaouira craft", "import", ["sea"], ["MA"], (3, 6), (1000, 4000), ["EUR"], 0.7, S),
    ("310420", "Potassium chloride fertiliser, granular, Canadian", "import", ["sea"], ["CA"], (0.25, 0.4), (20000, 60000), ["USD"], None, S),
    ("710491", "Laboratory-grown diamonds, polished, certified", "import", ["air"], ["IN", "AE"], (100000, 250000), (1, 2), ["USD"], 5000, S),
    ("510219", "Baby alpaca fibre, washed, certified", "import", ["air"], ["PE"], (60, 90), (40, 200), ["USD"], None, S),
    ("960190", "Buffalo-horn prayer beads", "import", ["post"], ["TR", "IN"], (60, 120), (1, 2), ["EUR", "TRY"], 25, S),
]
# Everyday trade: as in blind104, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940383", "Rattan garden chairs", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 6000), ["USD"], 0.15, N),
        ("121190", "Chrysanthemum flower tea, dried, 100 g", "import", ["post", "express"], ["CN", "TW"], (20, 40), (1, 3), ["USD"], 10, N),
        ("392690", "Laboratory centrifuge tubes, 50 ml", "export", ["air"], ["KZ", "GE"], (10, 16), (100, 500), ["EUR"], 60, N),
        ("401120", "Truck tyres, new, 315/80R22.5", "import", ["sea"], ["CN", "TH"], (2, 3), (8000, 16000), ["USD"], 0.016, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind111", 20440901, HERE)


if __name__ == "__main__":
    main()
