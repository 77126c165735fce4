#!/usr/bin/env python3
"""Writes the hundred-and-eighty-first blind set (tests/risk/data/blind181-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2056, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: the agricultural and food supply
chain (fresh produce, spices, seeds and bulbs, animal feed and feed additives, fertiliser
and agrochemical distributors, food ingredients, flavourings and curing aids, packhouses,
mills, cold stores and farm equipment), spread over many countries and languages.
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
would. Ids are BL181-*:

    python3 tests/risk/data/make_blind181_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2056, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2056
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "MTPOST01", "post", "GB", [], "MT", "350710",
         "Liquid calf rennet, standard strength 1:10,000, for farmhouse cheese, 4 x 1 litre", "GB", 4.6, 4, 64, "GBP",
         "liquid calf rennet is a pale amber, salty liquid of about 1.05 kg/l that smells of whey and carries a use-by "
         "date; these four bottles hold a water-clear, odourless liquid of 1.13 kg/l under vented caps that whitens and "
         "stings the skin and foams on a cut, and the filler's label under the rennet sticker reads 'H2O2 35 %': "
         "hydrogen peroxide above 12 % (Annex I of Regulation 2019/1148) for a member of the public, posted from "
         "Somerset to a private person in Gozo; English wording (hydrogen peroxide repeats in many sets and dairy and "
         "cheese covers in several; a rennet label was found in no earlier row by a keyword search)",
         person("Ms M. Camilleri", "MT")),
        ("PRE-02", "import", "IEPOST01", "post", "US", [], "IE", "290532",
         "Ketosis drench, mono propylene glycol USP 99.5 %, for fresh-calved cows, 2 x 1 gal", "US", 8.6, 2, 70, "USD",
         "a propylene-glycol ketosis drench is a sweet, odourless, syrupy liquid of 1.04 kg/l that pours slowly; these "
         "two jugs hold a thin liquid of 1.14 kg/l that pours like water, smells sharp and fruity and burns with a "
         "near-invisible flame, shipped by a drag-racing fuel supplier: nitromethane above 16 % (Annex I) for a member "
         "of the public, posted from Indiana to a private person on a dairy farm in County Cork; US English wording "
         "(nitromethane repeats in many sets and propylene-glycol labels in several; a ketosis-drench label was found "
         "in no earlier row by a keyword search)", person("Seán Ó Murchú", "IE")),
        ("PRE-03", "import", "ATAIR01", "air", "PH", [], "AT", "220900",
         "Sukang Iloko, natural a naburo a suka ti unas, 750 ml, 1,200 a botelya", "PH", 1260, 1200, 1080, "USD",
         "Ilocos sugar-cane vinegar is amber-brown, cloudy with sediment, 1.01 kg/l and smells of fermentation; these "
         "bottles hold a clear, faintly yellow liquid of 1.40 kg/l that gives off brown fumes when opened, yellows the "
         "skin and eats into a copper coin, at 0.90 USD a bottle for a Vienna Filipino grocery that sells to the "
         "public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from "
         "Manila; Ilocano wording (nitric acid repeats in many sets and vinegar covers in several, Vietnamese rice "
         "vinegar among them, and Ilocano wording twice on other goods; a sugar-cane-vinegar label was found in no "
         "earlier row by a keyword search)", firm("Alpina Asia Lebensmittel GmbH", "AT")),
        ("PRE-04", "import", "DEAIR01", "air", "PE", [], "DE", "170290",
         "Jarabe de yacón (llaqun misk'i), orgánico, de Cajamarca, frascos de 500 g, 1.600 frascos", "PE", 1470, 1600,
         4800, "USD",
         "yacon syrup is a dark-brown, thick, sweet syrup of about 1.3 kg/l sold at several dollars a jar; these jars "
         "hold a dark-brown but thin, oily liquid of 1.84 kg/l with no sweetness that chars a wooden spatula and grows "
         "hot with a drop of water, a technical acid recovered at a smelter: about 96 % sulphuric acid (Annex I above "
         "15 %) retail-packed for members of the public, flown from Lima to Frankfurt for a Hamburg superfood web shop; "
         "Peruvian Spanish wording with a Quechua name (sulphuric acid repeats in many sets and syrup covers, agave, "
         "kithul, date, carob and sorghum among them, in several; a yacon label was found in no earlier row by a "
         "keyword search)", firm("Horizon Superfood GmbH", "DE")),
        ("PRE-05", "import", "SISEA01", "sea", "JO", [], "SI", "283524",
         "فوسفات البوتاسيوم الأحادي MKP 0-52-34، قابل للذوبان بالكامل، أكياس 1 كغ، 12000 كيس", "JO", 12000, 12000,
         16800, "USD",
         "monopotassium phosphate is a white, fully soluble crystal that reads 52 % P2O5 and 34 % K2O; these bags hold "
         "a white powder that barely dissolves, reads no phosphorus, burns fiercely mixed with sugar and whose inner "
         "liners read 'KClO4', for a Ljubljana grow-shop chain that sells 1 kg bags to hobby growers: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Aqaba to Koper; "
         "Jordanian Arabic wording (potassium perchlorate repeats in many sets and fertiliser covers in several; an "
         "MKP label was found in no earlier row by a keyword search)", firm("Vega Vrt d.o.o.", "SI")),
        ("PRE-06", "import", "SEAIR01", "air", "IR", [], "SE", "250100",
         "نمک آبی ایرانی (نمک سنگ سمنان)، بسته‌های ۲۵۰ گرمی، ۴۰۰ بسته", "IR", 100, 400, 800, "EUR",
         "Persian blue salt is a rock salt with scattered sapphire-blue specks that tastes of salt and sells at tens of "
         "euros a kilo; these 400 bags hold uniformly colourless crystals dusted with a blue dye that wipes off on the "
         "fingers, taste cool and bitter rather than salty and flare yellow on a gas ring: sodium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Tehran to Stockholm for a Persian grocery; "
         "Persian wording (sodium chlorate repeats in many sets under salt labels, Svan, Icelandic flake, Maras and "
         "Kalahari salt among them; a Persian blue-salt label was found in no earlier row by a keyword search)",
         firm("Nordhafen Livs AB", "SE")),
        ("PRE-07", "import", "PLSEA01", "sea", "IN", [], "PL", "380892",
         "पोटॅशियम बायकार्बोनेट जैविक बुरशीनाशक (भुरी रोगासाठी), 1 किलो पिशवी, 6,000 पिशव्या", "IN", 6000, 6000, 5400,
         "USD",
         "potassium bicarbonate against powdery mildew is a soft, white powder that fizzes with vinegar and tastes "
         "soapy; these bags hold glossy crystals that do not fizz, spit violet sparks on a hot plate and carry CAS "
         "3811-04-9 on the inner liners, for a Poznań organic-garden web shop: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Nhava Sheva to Gdańsk; Marathi wording (potassium "
         "chlorate repeats in many sets, a Thai longan flower-inducer and zinc-sulphate foot-bath labels among its "
         "farm covers; a potassium-bicarbonate fungicide label was found in no earlier row by a keyword search)",
         firm("Orion Ogród Sp. z o.o.", "PL")),
        ("PRE-08", "import", "DKSEA01", "sea", "CN", [], "DK", "293627",
         "异抗坏血酸钠 (食品级), 腌肉助色剂, 500克袋, 4000袋", "CN", 2000, 4000, 3600, "USD",
         "sodium erythorbate is a white, faintly salty, crystalline powder that yellows in air and dissolves at once; "
         "these bags hold a white powder that draws damp, stays bright, burns hard with sugar and whose re-used drum "
         "liners read 'NaClO4', for an Aarhus butcher's-supply web shop that sells curing aids to hobby sausage "
         "makers: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Qingdao; Chinese wording (sodium perchlorate repeats in many sets and curing-salt covers in several; an "
         "erythorbate label was found in no earlier row by a keyword search)", firm("Meridian Slagterudstyr ApS", "DK")),
        ("PRE-09", "import", "BGSEA01", "sea", "GE", [], "BG", "230990",
         "რუმენ-დაცული პალმის ცხიმის გრანულები (bypass fat), 25 კგ ტომრები, 960 ტომარა", "MY", 24000, 960, 28800,
         "USD",
         "rumen-protected palm-fat prills are waxy, cream-coloured beads that smell of fat, float on water, soften on a "
         "warm hand and come from Malaysian or Indonesian refineries; these 960 sacks, loaded at Poti with a Malaysian "
         "origin, hold hard, white, odourless prills that sink, turn ice-cold in water, read 34 % N and melt and fume "
         "on a hot plate, for a Burgas farm-supply chain that sells 25 kg sacks over the counter: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Poti; Georgian wording "
         "(ammonium nitrate repeats in many sets and feed and grain covers in several; a bypass-fat label was found "
         "in no earlier row by a keyword search)", firm("Meridian Agro EOOD", "BG")),
        ("PRE-10", "import", "CYSEA01", "sea", "EG", [], "CY", "310210",
         "يوريا ٤٦٪ نيتروجين، محببة، أكياس ٥٠ كغ، ٢٠٠ كيس", "EG", 10000, 200, 4000, "USD",
         "an agri-inputs container for a Limassol garden centre: urea and humic granules are what such centres sell, "
         "but the third item's 'silver-stabilised peroxide 7.5 % for drip-line disinfection' is 1,200 bottles of a "
         "water-clear liquid of 1.20 kg/l with no silver in it that fizzes on soil, bleaches the skin and reads 50 % "
         "on a refractometer: hydrogen peroxide above 12 % (Annex I) retail-packed for members of the public, hidden "
         "as the last item of a three-item declaration, by sea from Damietta to Limassol; Egyptian Arabic wording "
         "(hydrogen peroxide repeats in many sets and disinfectant labels in several; a silver-stabilised "
         "irrigation-peroxide label behind a fertiliser cargo was found in no earlier row by a keyword search)",
         dict(firm("Rivage Garden Centre Ltd", "CY"),
              _more_items=[item("310100", "أحماض هيومية محببة، أكياس ٢٥ كغ، ٢٠٠ كيس", "EG", 5000, 3500, "USD", qty=200),
                           item("380894", "بيروكسيد الهيدروجين المثبت بالفضة ٧٫٥٪ لتعقيم شبكات الري، عبوات ١ لتر، ١٢٠٠ عبوة",
                                "EG", 1440, 1800, "USD", qty=1200)])),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MR", "390110",
         "Granza de polietileno de baja densidad (LDPE) regranulada, sacos, 22 t", "ES", 22000, None, 4400, "EUR",
         "LDPE regranulate is even, clean pellets of one colour; these sacks hold soil-caked shreds of blue, "
         "perforated film, many still bag-shaped with the twine on, that smell of insecticide, pulled off banana "
         "bunches on Gran Canaria plantations: used banana bunch covers impregnated with chlorpyrifos and bifenthrin "
         "(agrochemical waste containing hazardous substances, 02 01 08*), hazardous waste whose export to a non-OECD "
         "country is banned, from Las Palmas to Nouadhibou for a 'plastics recycler'; Canarian Spanish wording "
         "(agricultural film waste repeats in several sets, mulch and silage film among them; insecticide-treated "
         "banana bags were found in no earlier row by a keyword search)", {"importer_country": "MR"}),
        ("WST-02", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "440111",
         "Palivové dříví jehličnaté, štípané, volně ložené, 24 t", "CZ", 24000, None, 1440, "EUR",
         "split softwood firewood is pale, resinous and smells of pine; this lorry holds 7-metre hop-garden poles "
         "sawn into lengths, green-grey from pressure impregnation, taken out of a Žatec hop garden being replanted, "
         "whose sawdust reads copper, chromium and arsenic on an XRF gun: CCA-treated wood (17 02 04*), hazardous waste "
         "whose export to a non-OECD country is banned, by road through Poland to a Lviv 'firewood trader'; Czech "
         "wording (treated wood repeats in several sets, vine stakes (blind155) and railway sleepers among them; "
         "hop-garden poles were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "CM", "230990",
         "Vitamine- en mineralenvoormengsel voor vleeskuikens, zakken van 25 kg, 18 t", "BE", 18000, None, 5400, "EUR",
         "a broiler vitamin premix is a fresh, dated, beige powder with a guaranteed analysis; these bags carry "
         "overstamped batch labels up to six years old, hold a caked, discoloured powder that reads oxytetracycline, "
         "colistin and a coccidiostat, and come from a Flemish feed mill's recalled and expired medicated premixes: "
         "waste veterinary medicines (Basel Y3), whose export to a non-OECD country is banned, from Antwerp to Douala "
         "for a 'poultry feed' buyer; Flemish Dutch wording (expired pharmaceuticals repeat in a few sets; expired "
         "medicated feed premix under a vitamin-premix label was found in no earlier row by a keyword search)",
         {"importer_country": "CM"}),
        ("WST-04", "export", "GRSEA01", "sea", "GR", [], "EG", "310100",
         "Υγρό εκχύλισμα φυκιών, βιοδιεγέρτης φυτών, δοχεία 20 l, 800 δοχεία", "GR", 16000, 800, 3200, "EUR",
         "liquid seaweed extract is a dark-brown, sea-smelling, alkaline liquid with a registration label; these "
         "jerrycans hold layered, separating liquids that smell of solvent and garlic and read chlorpyrifos, "
         "dimethoate and endosulfan, decanted from expired and banned stocks gathered from Thessaly agro-dealers: "
         "obsolete pesticides (02 01 08*, 16 03 05*), hazardous waste whose export to a non-OECD country is banned, "
         "from Volos to Alexandria for a 'biostimulant' distributor; Greek wording (obsolete pesticides repeat in many "
         "sets; seaweed labels appear on wildlife rows and a calcified-seaweed (lithothamne) label on a waste in "
         "blind164; a liquid seaweed-extract biostimulant label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-05", "transit", "BESEA01", "sea", "NO", ["BE"], "IN", "282110",
         "Jernoksidpellets for sementråmel, storsekker, 60 t", "NO", 60000, None, 6000, "USD",
         "iron-oxide pellets for cement raw meal are rust-red, dusty and inert; these bags hold black and brown "
         "tablets that are magnetic, some glowing warm on exposure to air, reading iron, chromium (partly "
         "hexavalent) and copper, changed out of the high-temperature shift converters of a Telemark ammonia and "
         "fertiliser plant: spent iron-chromium shift catalyst (16 08 02*), hazardous waste moved through the Union "
         "without the notification and consent the Waste Shipment Regulation requires, landed at Antwerp in transit "
         "from Brevik to Mundra; Norwegian wording (spent catalysts repeat in many sets and iron-oxide labels in "
         "several on other wastes; a fertiliser plant's shift catalyst as cement iron oxide was found in no earlier "
         "row by a keyword search)", {"importer_country": "IN"}),
        ("WST-06", "export", "ESROAD01", "road", "ES", [], "MA", "850760",
         "Bateries de liti per a bicicleta elèctrica, de segona mà, provades, 1.400 unitats", "ES", 4200, 1400, 7000,
         "EUR",
         "tested second-hand e-bike batteries come with a test report, an intact housing and a charge; these 1,400 "
         "are swollen, dented and scorched, many with cut cables and reading 0 V, collected from the repair shops "
         "that serve Barcelona's food-delivery riders: waste lithium-ion batteries (A1170 and 16 06 hazardous "
         "entries), hazardous waste whose export to a non-OECD country is banned, in a lorry on the Algeciras ferry "
         "for a Tangier 'repair' buyer; Catalan wording (waste lithium batteries repeat in many sets and e-bike "
         "batteries in several; kept as a repeat, food-delivery riders' batteries from Barcelona are the new part as "
         "far as a search found)", {"importer_country": "MA"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "MA", "940549",
         "Gebruikte assimilatiebelichting voor kassen, SON-T 1000 W armaturen, 3.000 stuks", "NL", 24000, 3000, 9000,
         "EUR",
         "used greenhouse high-pressure-sodium fittings for reuse are tested, with reflectors and ballasts intact and "
         "lamps packed apart; these 3,000 were torn out of a Westland tomato glasshouse going over to LED, with "
         "broken reflectors, burnt-out and shattered sodium lamps loose in the crates and leaking ballast "
         "capacitors, reading mercury on a vapour meter: waste electrical equipment with spent mercury lamps "
         "(16 02 13*, 20 01 21*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Agadir for a Souss tomato grower; Dutch wording (spent sodium and mercury lamps repeat in blind57 and "
         "blind156, on street lights; kept as a repeat, greenhouse assimilation lighting is the new part as far as a "
         "search found)", {"importer_country": "MA"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "CI", "281122",
         "Container-Trockenmittelbeutel (Silicagel) für Kakaotransporte, Fässer, 6 t", "DE", 6000, None, 1800, "EUR",
         "silica-gel container desiccants are long, dry, white bags of beads; these drums hold grey, powdery, "
         "garlic-smelling residues of spent fumigation bags and hundreds of unopened, expired aluminium-phosphide "
         "flasks from a Hamburg cocoa warehouse's fumigation stock, which give off phosphine when damp: obsolete "
         "fumigant (16 03 03*, 02 01 08*), hazardous waste whose export to a non-OECD country is banned, from Hamburg "
         "to Abidjan for a 'cocoa exporter'; German wording (obsolete pesticides repeat in many sets and desiccant "
         "labels in several on spent catalysts; phosphide fumigant residues under a container-desiccant label were "
         "found in no earlier row by a keyword search)", {"importer_country": "CI"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "SN", "842720",
         "Carrelli elevatori elettrici usati, revisionati, senza batteria, 4 unità", "IT", 10000, 4, 24000, "EUR",
         "a packhouse container for a Dakar fruit exporter: used forklifts and a citrus grading line are what Sicilian "
         "packhouses sell on, but the third item's 'tested traction batteries' are twelve dead, sulphated lead-acid "
         "forklift batteries with cracked cells and acid in the trays: waste lead-acid batteries (16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Catania to Dakar; Italian wording (lead-acid batteries repeat in many sets and forklift "
         "labels in several; behind a citrus grading line from Sicily is the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("843360", "Linea di calibratura per agrumi, usata, 1 unità", "IT", 5000, 12000, "EUR", qty=1),
                           item("850720", "Batterie di trazione 48 V testate, 12 pezzi", "IT", 9000, 1200, "EUR", qty=12)])),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "151790",
         "Olej do dzielarek piekarniczych, roślinny, beczki 200 l, 80 beczek", "PL", 14400, 80, 4300, "EUR",
         "bakery divider oil is a pale, odourless, food-grade vegetable or white oil; these drums hold a black, "
         "water-laden oil that smells of ammonia and burnt lubricant, drained from the ammonia compressors and oil "
         "separators of a Mazovian meat plant's cold stores: waste mineral oil (13 02 05*), hazardous waste whose "
         "export to a non-OECD country is banned, at Dorohusk for a Lutsk 'bakery supplier'; Polish wording (waste "
         "oils repeat in many sets under base-oil and heating-oil labels; a bakery divider-oil label was found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESROAD01", "road", "MA", [], "ES", "281129",
         "Protoxyde d'azote alimentaire (E942), pour crème chantilly, bouteilles de 30 kg, 60 bouteilles", "MA", 2400,
         60, 2100, "EUR",
         "food-grade nitrous oxide comes in tall bottles at 50 bar holding a light liquid (0.79 kg/l) with an E942 "
         "batch certificate; these 60 short cylinders read 1 bar, slosh with a liquid of 1.73 kg/l, carry skull "
         "stickers under the paint and their shoulders are stamped 'CH3Br', for a Huelva strawberry growers' "
         "cooperative: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), in a "
         "lorry off the Tanger Med ferry at Algeciras; Moroccan French wording (methyl bromide repeats in many sets "
         "under gas and fumigant labels, nitrogen, phosphine and controlled-atmosphere CO2 among them, and "
         "nitrous-oxide labels in several on other substances; an E942 whipped-cream label was found in no earlier "
         "row by a keyword search)", firm("Atlantic Frutos Rojos SL", "ES")),
        ("OZN-02", "export", "PLROAD01", "road", "PL", [], "UA", "841869",
         "Używane agregaty chłodniczo-klimatyzacyjne do hal uprawy pieczarek, sprawne, 10 szt.", "PL", 8000, 10, 20000,
         "EUR",
         "reconditioned mushroom-farm climate units for export are converted to R-290 or an HFO and carry a new "
         "charge label; these ten, taken out of the growing halls of a Wielkopolska mushroom farm, still hold their "
         "HCFC-22 charge of about 40 kg each and their nameplates read 'R22': refrigerating equipment relying on "
         "HCFCs, whose export from the Union is banned (Regulation 2024/590), at Hrebenne for a Zhytomyr mushroom "
         "grower; Polish wording (R-22 equipment for export repeats in many sets; mushroom-farm climate units were "
         "found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("OZN-03", "import", "DESEA01", "sea", "CN", [], "DE", "291539",
         "乙酸甲酯 99.5%, 食品级萃取溶剂 (咖啡脱因用), 200升桶, 60桶", "CN", 14880, 60, 14000, "USD",
         "methyl acetate is a light (0.93 kg/l), flammable, fruity solvent that boils at 57 °C; these drums weigh "
         "1.24 kg/l, do not burn, smell faintly of ether and boil at 32 °C, and the drum heads under the new labels "
         "read 'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into the Union is banned, by sea from Ningbo to "
         "Bremerhaven for a Bremen 'solvent trader' whose customers are spray-foam applicators, not decaffeination "
         "plants; Chinese wording (HCFC-141b repeats in many sets, and a decaffeination label once, on carbon "
         "tetrachloride as ethyl acetate in blind105; a methyl-acetate label was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Lösemittel GmbH", "DE")),
        ("OZN-04", "export", "ESSEA01", "sea", "ES", [], "SN", "841869",
         "Enfriadoras de vacío para lechuga, usadas, revisadas, 3 unidades", "ES", 21000, 3, 45000, "EUR",
         "reconditioned lettuce vacuum coolers for export run on R-290, R-744 or an HFO and come with a leak-test "
         "report; these three, taken out of a Campo de Cartagena lettuce packhouse, still hold their HCFC-22 charge of "
         "about 120 kg each, with 'R-22' on the compressor plates and the service log: refrigerating equipment "
         "relying on HCFCs, whose export from the Union is banned (Regulation 2024/590), from Cartagena to Dakar for a "
         "Niayes vegetable exporter; Spanish wording from Murcia (R-22 equipment for export repeats in many sets, "
         "packhouse pre-coolers once, blind136; vacuum coolers were found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("OZN-05", "import", "GRROAD01", "road", "TR", [], "GR", "281121",
         "Gıda sınıfı karbondioksit (E290), içecek dolumu için, 30 kg tüp, 120 adet", "TR", 3600, 120, 2400, "EUR",
         "food-grade CO2 for beverage dispensing comes in grey high-pressure cylinders with a dip tube and an E290 "
         "batch certificate, at 57 bar; these 120 are light, green, re-stencilled cylinders that read 10 bar at 20 °C, "
         "and a refrigerant identifier gives R-404A (HFC-125, HFC-143a and HFC-134a): hydrofluorocarbons placed on "
         "the Union market without quota authorisation (Regulation 2024/573), in a lorry at Kipoi for a Thessaloniki "
         "refrigeration installer; Turkish wording (HFC smuggling repeats in many sets under gas labels; a food-grade "
         "CO2 (E290) label was found in no earlier row by a keyword search)", firm("Orion Psyxi AE", "GR")),
        ("OZN-06", "export", "HRROAD01", "road", "HR", [], "BA", "841869",
         "Rabljeni hidrohladnjaci za mandarine, s rashladnim agregatom, 4 kom.", "HR", 9600, 4, 14000, "EUR",
         "reconditioned fruit hydrocoolers for export run on R-290 or ammonia and carry a new charge label; these four, "
         "taken out of a Neretva-valley mandarin packhouse at Opuzen, still hold their HCFC-22 charge and their "
         "plates read 'R22, 35 kg': refrigerating equipment relying on HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), at Metković for a Čapljina fruit packer; Croatian wording (R-22 equipment for export "
         "repeats in many sets; hydrocoolers were found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("OZN-07", "import", "NLSEA01", "sea", "US", [], "NL", "271019",
         "White mineral oil, food grade, for grain dust suppression at elevators, 275 gal totes, 14 totes", "US", 23000,
         14, 18000, "USD",
         "food-grade white oil for grain dust control is light (0.85 kg/l), tasteless and floats on water; these "
         "totes weigh 1.59 kg/l, sink below water, smell sweet like chloroform and do not burn: carbon tetrachloride, "
         "whose import into the Union is banned, by sea from Houston to Rotterdam for a Dutch 'chemical trader'; US "
         "English wording (carbon tetrachloride repeats in many sets, and white-oil labels on precursors (blind105); "
         "a grain dust-suppression label was found in no earlier row by a keyword search)",
         firm("Central Chemie BV", "NL")),
        ("OZN-08", "export", "DESEA01", "sea", "DE", [], "EG", "842410",
         "Gebrauchte HRD-Explosionsunterdrückungsflaschen aus einer Getreidemühle, entleert, 40 Stück", "DE", 1600, 40,
         4000, "EUR",
         "explosion suppressors in flour mills now fire sodium-bicarbonate powder driven by nitrogen; these 40 bottles, "
         "taken out of the elevator legs of a Lower Saxony mill and declared empty, are full, read 40 bar, and the "
         "agent plates read 'Halon 1301 (CBrF3)': bromotrifluoromethane in equipment, whose export from the Union is "
         "banned outside licensed critical uses, from Hamburg to Alexandria for a 'flour mill'; German wording "
         "(halon 1301 repeats in very many sets; dust-explosion suppressors from a flour mill were found in no earlier "
         "row by a keyword search)", {"importer_country": "EG"}),
        ("OZN-09", "import", "PLROAD01", "road", "UA", [], "PL", "271112",
         "Пропан технічний для газових обігрівачів пташників, балони 50 л, 160 шт.", "UA", 4000, 160, 2400, "EUR",
         "propane for poultry-house heaters comes in 50 l cylinders holding 21 kg of a 0.51 kg/l liquid at about 8 bar; "
         "these 160 read 16 bar at 20 °C, weigh 25 kg each, do not light at the valve, and a refrigerant identifier "
         "reads R-410A: hydrofluorocarbons placed on the Union market without quota authorisation (Regulation "
         "2024/573), at Dorohusk for a Lublin refrigeration wholesaler; Ukrainian wording (HFC smuggling repeats in "
         "many sets and propane labels in several, HCFC-22 as propane in blind176 among them; a poultry-heater label "
         "was found in no earlier row by a keyword search)", firm("Vega Chłodnictwo Sp. z o.o.", "PL")),
        ("OZN-10", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "271113",
         "Isobutane E943b, food-grade aerosol propellant for cooking sprays, 400 kg drums, 24 drums", "CN", 19200, 24,
         11000, "USD",
         "food-grade isobutane (E943b) is a light liquid (0.55 kg/l) that burns readily and travels in pressure drums "
         "with a food-contact certificate; these 24 drums weigh twice what isobutane allows, hold a liquid of 1.11 "
         "kg/l at 2 bar that does not light, and the filler's stencil under the label reads 'R142b': 1-chloro-1,1-"
         "difluoroethane (HCFC-142b), a controlled ozone-depleting substance moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Marsaxlokk in transit from Ningbo to Misrata for a Libyan "
         "foam-panel maker; English wording from China (HCFC-142b repeats in many sets and isobutane labels on it in "
         "several, and Malta Freeport transits to Libya in a few; a food-aerosol E943b label was found in no earlier "
         "row by a keyword search)",
         {"importer_country": "LY"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "TN", [], "FR", "680292",
         "Jardinières en pierre calcaire, taillées à la main, artisanat de Sfax, 6 pièces", "TN", 4800, 6, 1200, "EUR",
         "new Sfax limestone planters are crisp, pale and chisel-marked; these six are weathered, lichen-stained "
         "blocks: two grooved press beds with a pouring lip, a pierced counterweight stone and three round crushing "
         "stones of a Roman olive mill, with fresh drill marks where they were levered out of a site near El Jem: "
         "archaeological objects (2nd-4th century) whose export Tunisia forbids, brought in without the import "
         "licence Regulation 2019/880 requires for objects over 250 years old, by sea from Sfax to Marseille for a "
         "garden-antiques dealer; Tunisian French wording (Roman stone objects from North Africa repeat in several "
         "sets; olive-press stones were found in no earlier row by a keyword search)",
         firm("Rivage Jardins Anciens SARL", "FR")),
        ("CUL-02", "export", "ESSEA01", "sea", "ES", [], "US", "440799",
         "Vigas de castaño recuperadas, antiguas, de cuadra, 1 contenedor", "ES", 14000, None, 9000, "EUR",
         "reclaimed chestnut beams come from demolished barns, with nail holes and saw cuts; this container holds "
         "the numbered, mortised corner posts (pegollos) on carved stone caps, the chamfered floor beams and the "
         "carved frieze boards, dated 1754 with rosettes and a cross, of a complete Asturian hórreo dismantled in a "
         "village of Los Oscos: part of the Spanish historical heritage (Asturian hórreos over a century old are "
         "protected), exported without the Spanish permit and the licence of Regulation 116/2009, from Gijón to "
         "Houston for a Texas ranch owner; Asturian Spanish wording (granary objects repeat, Dogon granary doors and "
         "Ifugao bulul among them; an hórreo was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-03", "import", "NLAIR01", "express", "CN", [], "NL", "090240",
         "云南勐海古树普洱茶饼, 357克, 7饼", "CN", 2.8, 7, 210, "USD",
         "pu-erh cakes are pressed, dark tea leaves in cotton paper at 357 g a cake; under the wrappers of these seven, "
         "inside hollowed cakes, are pale-green and brown polished jade discs (bi), a pig-dragon pendant and a small "
         "cong with chalky calcification and soil in the drillings: Hongshan and Liangzhu-type jades (4th-3rd "
         "millennium BC), archaeological objects whose export China forbids, brought in without an import licence "
         "(Regulation 2019/880), sent by express from Kunming to a private buyer in Utrecht; Chinese wording from "
         "Yunnan (Chinese Neolithic jades repeat in several sets; a pu-erh tea label was found in no earlier row by a "
         "keyword search)", person("M. Bakker", "NL")),
        ("CUL-04", "import", "DESEA01", "sea", "GT", [], "DE", "090831",
         "Cardamomo verde en grano, primera, Alta Verapaz, sacos de 50 kg, 200 sacos", "GT", 10000, 200, 140000, "USD",
         "a cardamom and coffee container from Alta Verapaz for a Hamburg spice importer: cardamom and coffee are "
         "what the region exports, but the third item's 'craft pots from Cobán' are eight thin-walled cylinder vases "
         "with polychrome palace scenes, glyph bands, root marks and tomb earth inside: Maya Late Classic vessels "
         "(AD 600-900), archaeological objects whose export Guatemala forbids, brought in without an import licence "
         "(Regulation 2019/880), hidden as the last item of a three-item declaration, by sea from Santo Tomás de "
         "Castilla to Hamburg; Guatemalan Spanish wording (Maya vessels repeat in many sets, and a cardamom label once, on a precursor "
         "item in blind114; Maya vessels behind a cardamom cargo were found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Gewürze GmbH", "DE"),
              _more_items=[item("090111", "Café oro, estrictamente duro, sacos de 69 kg, 60 sacos", "GT", 4140, 20000, "USD", qty=60),
                           item("691390", "Vasijas de barro decorativas, artesanía de Cobán, 8 piezas", "GT", 40, 160, "USD", qty=8)])),
        ("CUL-05", "import", "ATAIR01", "air", "IQ", [], "AT", "081340",
         "زەرەشکی وشک (زرشک)، کارتۆنی ٥ کیلۆیی، ٦٠ کارتۆن", "IR", 300, 60, 1500, "USD",
         "dried barberries are small, ruby-red, sour berries packed loose; in twenty of these 60 cartons, under a layer "
         "of berries, lie bronze horse bits with cheek-pieces cast as winged ibexes, 'master of animals' finials and "
         "whetstone handles, green-crusted with soil: Luristan bronzes (Iron Age), archaeological objects taken out "
         "of Iran, which forbids their export, brought in without an import licence (Regulation 2019/880), flown from "
         "Erbil to Vienna for a Kurdish grocery; Sorani Kurdish wording, Iranian origin through Iraq (Luristan "
         "bronzes repeat in several sets; a barberry label was found in no earlier row by a keyword search)",
         firm("Central Orient Lebensmittel GmbH", "AT")),
        ("CUL-06", "import", "BEAIR01", "air", "EG", [], "BE", "071290",
         "ملوخية ناشفة، أكياس ١ كيلو، ٢٠٠ كيس", "EG", 200, 200, 600, "EUR",
         "dried molokhia is crumbly, dark-green, grassy-smelling leaf; packed among these 200 bags are 60 small "
         "blue-green faience figurines with columns of hieroglyphs, a dozen scarabs and amulets of Bes and Taweret, "
         "with tomb sand in the pores: Late Period ushabtis and amulets, archaeological objects whose export Egypt "
         "forbids, brought in without an import licence (Regulation 2019/880), flown from Cairo to Brussels for an "
         "Egyptian grocery; Egyptian Arabic wording (ushabtis repeat in many sets; a molokhia label was found in no "
         "earlier row by a keyword search)", firm("Delta Épicerie Orientale SA", "BE")),
        ("CUL-07", "import", "FRAIR01", "air", "ML", [], "FR", "121190",
         "Fleurs de bissap séchées (dabileni), sacs de 25 kg, 40 sacs", "ML", 1000, 40, 3000, "EUR",
         "dried bissap is crisp, dark-red calyces that stain water red; in six of these 40 sacks, wrapped in calyces, "
         "lie seated and kneeling terracotta figures with scarified faces, snake-coiled bodies and a clay patina "
         "with fresh pit earth: Inland Niger Delta (Djenné-jeno) terracottas (11th-16th century), archaeological "
         "objects whose export Mali forbids and on the ICOM Red List, brought in without an import licence "
         "(Regulation 2019/880), flown from Bamako to Paris for a spice wholesaler; Malian French wording with a "
         "Bambara word (Djenné terracottas repeat in several sets and a bissap label once, on a wildlife row in "
         "blind111; bissap on a cultural row was found in no earlier row by a keyword search)",
         firm("Central Épices SARL", "FR")),
        ("CUL-08", "import", "ESSEA01", "sea", "CO", [], "ES", "170113",
         "Panela en bloque, 500 g, cajas de 24, 300 cajas", "CO", 3600, 7200, 4300, "USD",
         "panela blocks are hard, brown, sticky cakes of boiled cane juice; in eight of these cartons the blocks are "
         "hollowed and hold cast gold-copper pendants, a seated figure holding a lime flask (poporo), nose ornaments "
         "with lost-wax casting flaws and grave earth: Quimbaya and Zenú goldwork (AD 500-1600), archaeological "
         "objects whose export Colombia forbids, brought in without an import licence (Regulation 2019/880), by sea "
         "from Cartagena to Valencia for a Colombian grocery; Colombian Spanish wording (pre-Columbian tumbaga repeats "
         "in several sets; a panela label was found in no earlier row by a keyword search)",
         firm("Meridian Alimentos Latinos SL", "ES")),
        ("CUL-09", "import", "ITSEA01", "sea", "LB", [], "IT", "190430",
         "فريكة خضراء محمّصة من البقاع، أكياس ١ كلغ، ٢٠٠٠ كيس", "LB", 2000, 2000, 4000, "USD",
         "freekeh is smoky, green-brown, cracked roasted wheat; mixed into this container of 2,000 bags are three "
         "sacks of 'grain samples' holding iridescent Roman glass unguentaria and a mould-blown beaker, bronze coins "
         "of Tyre and Sidon and clay lamps, with tomb earth in the necks: archaeological objects whose export Lebanon "
         "forbids, brought in without an import licence (Regulation 2019/880), by sea from Beirut to Genoa for a "
         "Middle Eastern grocery; Lebanese Arabic wording (Levantine antiquities repeat in many sets; a freekeh label "
         "was found in no earlier row by a keyword search)", firm("Alpina Sapori d'Oriente Srl", "IT")),
        ("CUL-10", "export", "IEAIR01", "air", "IE", [], "US", "680293",
         "Granite garden ornaments, old quern stones, decorative, 2 pairs", "IE", 160, 4, 600, "EUR",
         "decorative quern stones sold for gardens are new, machine-cut granite discs; these four are a beehive quern "
         "with a worn hopper and a handle socket and a pair of flat rotary querns with a feeding pipe and a "
         "cross-shaped rynd chase, with bog staining and a fresh spade scar, dug on a Mayo farm: Iron Age and early "
         "medieval archaeological objects, which need an export licence under the National Monuments Acts and, "
         "being over a hundred years old, the licence of Regulation 116/2009 at any value, flown from Shannon to "
         "Boston for a collector; Irish English wording (Irish archaeological objects repeat in a few sets; quern "
         "stones were found in no earlier row by a keyword search)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "AE", "281119",
         "Acido fosforoso in scaglie 98 %, per concimi al fosfito di potassio, 40 fusti", "IT", 8000, 40, 9600, "EUR",
         "phosphorous acid is white, deliquescent flakes that fertiliser blenders dissolve into potassium phosphite; "
         "these drums hold a colourless, fuming liquid of 1.57 kg/l that reacts violently with water and fills the air "
         "with hydrogen chloride, the drum heads reading UN1809: phosphorus trichloride (CWC Schedule 3, dual-use "
         "1C350), exported without the licence Regulation 2021/821 requires, from Ravenna to Jebel Ali for a "
         "'fertiliser blender' whose orders go on to Bandar Abbas; Italian wording (phosphorus trichloride repeats in "
         "several sets; a phosphorous-acid fertiliser label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "SESEA01", "sea", "SE", [], "PK", "848310",
         "Valsaxlar för sockerrörskvarnar, rostfria, färdigsvarvade, 6 st.", "SE", 1600, 6, 36000, "EUR",
         "sugar-cane mill roller shafts are forged carbon-steel shafts of several tonnes with keyways for the roller "
         "shells; these six are 1.5 m bars of 150 mm of a bright, hard nickel-cobalt-molybdenum steel, with mill "
         "certificates for an aged 2,000 MPa grade and no keyway, for a Lahore 'sugar-mill engineer': maraging steel "
         "(dual-use 1C116), exported without the licence Regulation 2021/821 requires, from Gothenburg to Karachi; "
         "Swedish wording (maraging steel repeats in many sets, and a sugar-mill cover once, zirconium tubes for a "
         "'sugar-mill contractor' booked on to Karachi in blind167; a sugar-mill roller-shaft label was found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-03", "import", "DESEA01", "sea", "CN", [], "DE", "030520",
         "明太鱼子, 盐渍, 中国产 (珲春加工), 10公斤箱, 400箱", "CN", 4000, 400, 28000, "USD",
         "Chinese salted pollock roe comes from Dalian or Zhoushan plants that process Russian or US pollock, with "
         "catch certificates; these 400 cartons carry Hunchun labels and no catch certificate the importer can trace, "
         "and the Korean inner bags and the plant codes match a Chongjin fish plant: North Korean fish products, "
         "whose import into the Union Regulation 2017/1509 forbids (UN resolution 2371), by sea from Dalian to "
         "Hamburg for a Frankfurt Korean-food wholesaler; Chinese wording (DPRK seafood under Chinese labels repeats "
         "in several sets, dried squid and pine mushrooms among them; a pollock-roe (myeongnan) label on a strategic "
         "row was found in no earlier row by a keyword search)", firm("Orion Asia Food GmbH", "DE")),
        ("STR-04", "export", "ITAIR01", "air", "IT", [], "AM", "070956",
         "Tartufo nero estivo (Tuber aestivum), fresco, 12 kg", "IT", 12, None, 1800, "EUR",
         "summer truffles are black, warty and pale-fleshed and sell at about 150 EUR/kg; these 12 kg are smooth, "
         "ochre, white-marbled truffles with an overpowering garlic-and-honey smell, worth over 4,000 EUR/kg and "
         "booked on from Yerevan to a Moscow restaurant group: white truffles (Tuber magnatum), luxury goods whose "
         "sale for use in Russia Regulation 833/2014 forbids (Annex XVIII, above 300 EUR an item), flown from Milan "
         "to Yerevan; Italian wording (white truffles repeat once, to Belgrade under a cultivated-mushroom label in "
         "blind55; kept as a repeat, a summer-truffle label through Armenia is the new part)",
         {"importer_country": "AM"}),
        ("STR-05", "export", "LVAIR01", "air", "LV", [], "KZ", "903289",
         "Inkubatoru temperatūras un mitruma kontrolleri, 400 gab.", "LV", 200, 400, 16000, "EUR",
         "egg-incubator controllers are small thermostat-hygrostat boxes at about 40 EUR; these 400 each hold a board "
         "with an unmarked 32-bit microcontroller, an FPGA and a GNSS module and nothing that measures humidity, for "
         "an Almaty 'poultry equipment' firm whose forwarding orders name a Kazan electronics buyer: integrated "
         "circuits and GNSS modules on the common high-priority list whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Riga; Latvian wording (high-priority electronics "
         "repeat in many sets; an egg-incubator controller label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "AE", "850131",
         "Raammotoren voor kasluchting, 24 V DC, 300 stuks", "NL", 600, 300, 9000, "EUR",
         "greenhouse vent motors are geared, slow 24 V rack drives with limit switches; these 300 are compact, "
         "high-torque brushless servo actuators with absolute position feedback and a CAN bus, matching the "
         "control-surface actuators of Shahed-type drones, for a Sharjah 'greenhouse builder' whose orders go on to "
         "Bandar Abbas: UAV components whose sale for use in Iran Regulation 2023/1529 forbids, by sea from "
         "Rotterdam; Dutch wording (servo actuators repeat in many sets; a greenhouse vent-motor label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "IQ", "310420",
         "Kaliumchlorid, Futtermittelqualität, für Mineralfutter, 25-kg-Säcke, 10 t", "DE", 10000, 400, 9000, "EUR",
         "feed-grade potassium chloride is a salty, white, slightly bitter crystal that does not attack glass; these "
         "sacks hold a fine, hygroscopic white powder that etches a wet glass slide and reads CAS 7789-23-3 on the "
         "liners, for an Erbil 'feed mill': potassium fluoride (dual-use 1C350, an Australia Group precursor), "
         "exported without the licence Regulation 2021/821 requires, from Hamburg to Umm Qasr; German wording "
         "(potassium fluoride repeats in a few sets under flux and glaze labels; a feed-mineral label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IQ"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "843790",
         "Miltų malūno valcų poros, atsarginės, 20 vnt.", "LT", 6000, 20, 24000, "EUR",
         "a flour-mill spares lorry for a Minsk bakery combine: roller-mill rolls and plansifter sieves are goods "
         "that may still go to Belarus, but the third item's 'grain-bin temperature sensors' are 60 uncooled "
         "thermal-imaging cores with 640 x 512 detectors, germanium lenses and shutters and no cable or probe at all: "
         "thermal cameras on the common high-priority list whose export to Belarus Regulation 765/2006 forbids, "
         "hidden as the last item of a three-item declaration, at Medininkai; Lithuanian wording (thermal cores "
         "repeat in many sets under trail-camera, CCTV and other labels; a grain-bin sensor label behind flour-mill "
         "spares was found in no earlier row by a keyword search)",
         dict({"importer_country": "BY"},
              _more_items=[item("843790", "Sietų rėmai plansichteriams, 200 vnt.", "LT", 1200, 3000, "EUR", qty=200),
                           item("902519", "Grūdų sandėlių temperatūros jutikliai, 60 vnt.", "LT", 30, 1800, "EUR", qty=60)])),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "PE", "281511",
         "Sosa cáustica en perlas, para el cocido de aceitunas de mesa, sacos de 25 kg, 20 t", "ES", 20000, 800, 12000,
         "EUR",
         "caustic soda pearls are white, waxy beads that grow hot in water and feel soapy; these sacks hold white "
         "briquettes that stay cold in water, smell faintly of bitter almonds in damp air and read CAS 143-33-9 on "
         "the liners, for a Callao 'olive processor' whose lorries supply the Madre de Dios gold diggings: sodium "
         "cyanide (dual-use 1C350, an Australia Group precursor), exported without the licence Regulation 2021/821 "
         "requires, from Algeciras to Callao; Andalusian Spanish wording (sodium cyanide repeats in many sets; a "
         "table-olive lye label was found in no earlier row by a keyword search)", {"importer_country": "PE"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "GE", "220421",
         "Vin rouge de table, 12 cartons de 6 bouteilles", "FR", 90, 72, 720, "EUR",
         "table wine travels at a few euros a bottle in plain cartons; these 72 bottles are Côte de Nuits grands crus "
         "in wooden cases from a Burgundy négociant, worth 2,000 to 6,000 EUR a bottle, with a Tbilisi consignee who "
         "forwards to a Moscow wine club: wines above 300 EUR an item, luxury goods whose sale for use in Russia "
         "Regulation 833/2014 forbids (Annex XVIII), flown from Paris to Tbilisi; French wording (luxury goods "
         "to Russia repeat in several sets and fine wine under a table-wine label in blind107, blind110, blind123 and "
         "blind156; kept as a repeat, Burgundy grands crus by air through Tbilisi are the new part as far as a search "
         "found)", {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "TR", [], "ES", "071490",
         "Yer bademi (chufa), kurutulmuş, horchata için, 25 kg çuval, 400 çuval", "TR", 10000, 400, 30000, "USD",
         "dried tiger nuts are small, wrinkled, brown, sweet tubers with fine hairs at a few euros a kilo; thirty of "
         "these 400 sacks hold pale, horn-hard, translucent, paired ovoid tubers with a gummy break that smell of "
         "honey when ground: wild orchid tubers (salep from Orchis, Ophrys and Dactylorhiza, CITES App. II) without "
         "CITES documents, by sea from Mersin to Valencia for a horchata and ice-cream maker; Turkish wording (salep "
         "repeats in many sets under starch, sahlep-mix and sweets labels; a tiger-nut (chufa) label was found in no "
         "earlier row by a keyword search)", firm("Meridian Orxata SL", "ES")),
        ("WLF-02", "import", "DEAIR01", "air", "MM", [], "DE", "121190",
         "စပါးလင်ခြောက် (dried lemongrass), ၁၀ ကီလို အိတ်, ၆၀ အိတ်", "MM", 600, 60, 1800, "USD",
         "dried lemongrass is pale, ribbed stalk pieces that smell of lemon; under a layer of lemongrass these bags "
         "hold golden-yellow, jointed, cane-like stems and coiled twists of a wild epiphytic orchid that smell of hay: "
         "Dendrobium stems (shi hu, CITES App. II) without CITES documents, flown from Yangon to Frankfurt for a TCM "
         "wholesaler; Burmese wording (Dendrobium repeats in many sets, and a Burmese lemongrass label in blind132 on "
         "another species; kept as a repeat, Dendrobium under it is the new part as far as a search found)",
         firm("Vega Kräuterhandel GmbH", "DE")),
        ("WLF-03", "import", "FRSEA01", "sea", "MA", [], "FR", "030549",
         "Filets de maquereau fumé, sous vide, cartons de 10 kg, 300 cartons", "MA", 3000, 300, 18000, "EUR",
         "smoked mackerel fillets are striped, oily and golden-brown at a few euros a kilo; these 300 cartons hold "
         "long, thin, grey-black smoked pieces with a continuous fin, no stripes and a dense, very oily flesh worth "
         "over 40 EUR/kg: smoked European eel (Anguilla anguilla, CITES App. II, whose imports the Union has "
         "suspended) caught in the Sebou estuary, without CITES documents, by sea from Tanger Med to Marseille for a "
         "smokehouse wholesaler; Moroccan French wording (European eel repeats in many sets as glass eels and live "
         "eels; smoked eel under a smoked-mackerel label was found in no earlier row by a keyword search)",
         firm("Atlantic Fumaisons SARL", "FR")),
        ("WLF-04", "import", "BEAIR01", "air", "CM", [], "BE", "121190",
         "Feuilles de ndolé séchées, sacs de 5 kg, 24 sacs", "CM", 120, 24, 480, "EUR",
         "dried ndolé (bitterleaf) is crumbly, dark-green, bitter leaf packed loose; under a layer of leaves these "
         "sacks hold 80 kg of hard, overlapping, brown, fingernail-like keratin scales: pangolin scales (Phataginus "
         "and Smutsia spp., CITES App. I) without CITES documents, flown from Douala to Brussels for a Matonge "
         "grocery; Cameroonian French wording (pangolin scales repeat in many sets, and dried-leaf covers in several, "
         "saka-saka among them; an ndolé label on pangolin scales is the new part as far as a search found)",
         firm("Central Saveurs d'Afrique SA", "BE")),
        ("WLF-05", "import", "PTSEA01", "sea", "LK", [], "PT", "030489",
         "ශීත කළ මහි මහි (dolphinfish) කැබලි, පෙට්ටි 20 kg, 500 පෙට්ටි", "LK", 10000, 500, 60000, "USD",
         "mahi-mahi loins are pink-white, firm and marked by a dark blood line; these cartons hold dense, pale, "
         "bloodless, ammonia-smelling loins with shark-skin denticles on the trimmed edges, and DNA strips read "
         "Carcharhinus falciformis: silky shark (CITES App. II) without a CITES export permit, by sea from Colombo "
         "to Lisbon for a seafood wholesaler; Sinhala wording (silky shark repeats in many sets; a mahi-mahi label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Pescados Lda", "PT")),
        ("WLF-06", "import", "ESSEA01", "sea", "PE", [], "ES", "030489",
         "Filete de doncella congelado (Pseudoplatystoma), cajas de 20 kg, 400 cajas", "PE", 8000, 400, 48000, "USD",
         "doncella (tiger-catfish) fillets are white, soft and cut from a scaleless, striped fish; these are thick, "
         "long loins with strips of large, hard, mosaic-like scales on the skin and red-edged flesh: wild arapaima "
         "(paiche, Arapaima gigas, CITES App. II) from the Pacaya-Samiria without CITES documents, by sea from Paita "
         "to Vigo; Peruvian Spanish wording (arapaima repeats in several sets, as tambaqui in blind47; a doncella "
         "label was found in no earlier row by a keyword search)", firm("Meridian Pescados SL", "ES")),
        ("WLF-07", "import", "FRAIR01", "express", "AE", [], "FR", "200599",
         "Lentilles noires béluga cuisinées, boîtes de 250 g, 24 boîtes", "CA", 6, 24, 60, "EUR",
         "cooked beluga lentils are small, black, matt legumes in brine at a few euros a tin; these 24 tins, sent by "
         "express from Dubai with a Canadian origin, hold glossy, grey-black, 3 mm eggs that roll apart and taste of "
         "nut and sea, with no CITES label: sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents "
         "or the universal label, to a private buyer in Paris; French wording (caviar repeats in many sets under roe "
         "labels; a beluga-lentil label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-08", "import", "NLSEA01", "sea", "IN", [], "NL", "090422",
         "ಬ್ಯಾಡಗಿ ಮೆಣಸಿನಕಾಯಿ ಪುಡಿ, ಬಣ್ಣಕ್ಕಾಗಿ, 25 ಕೆಜಿ ಚೀಲ, 600 ಚೀಲ", "IN", 15000, 600, 45000, "USD",
         "Byadgi chilli powder is deep red, oily, mildly hot and makes you sneeze when a sack is opened; these sacks "
         "hold a blood-red, odourless, fibrous wood powder with no heat that colours alcohol but hardly water, with "
         "split billets at the bottom of each sack: red sanders (Pterocarpus santalinus, CITES App. II) without CITES "
         "documents, by sea from Chennai to Rotterdam for a 'natural colours' trader; Kannada wording (red sanders "
         "repeats in many sets, and a chilli-powder label once, Guntur powder in blind116, on another species; "
         "red sanders under a paprika label is the new part as far as a search found)",
         firm("Horizon Natural Colours BV", "NL")),
        ("WLF-09", "import", "LVAIR01", "air", "UZ", [], "LV", "080719",
         "Qovun (Mirzachoʻl), yangi, 20 kg quti, 300 quti", "UZ", 6000, 300, 4800, "USD",
         "Uzbek winter melons come four or five to a ventilated carton; in forty of these 300 cartons the melons sit "
         "on shredded paper among 400 live, round, brown-shelled tortoises: Horsfield's tortoises (Testudo "
         "horsfieldii, CITES App. II, with a Union import suspension for wild Uzbek specimens) without CITES "
         "documents, flown from Tashkent to Riga for a pet wholesaler; Uzbek wording (Testudo repeats in many sets, "
         "and Uzbek Horsfield's tortoises behind dried fruit in blind172; kept as a repeat, a fresh-melon cargo is "
         "the new part as far as a search found)",
         firm("Vega Zoo SIA", "LV")),
        ("WLF-10", "import", "NLAIR01", "air", "CO", [], "NL", "060210",
         "Esquejes de crisantemo sin enraizar, cajas de 2.000, 60 cajas", "CO", 600, 120000, 9000, "USD",
         "unrooted chrysanthemum cuttings travel in chilled, uniform cartons of identical leafy tips; six of these "
         "60 boxes hold whole, wild-collected orchids with bark and moss on their roots: Masdevallia, Dracula and "
         "Odontoglossum plants (CITES App. II) from the Antioquia cloud forest without CITES documents, flown from "
         "Rionegro to Amsterdam for a propagator; Colombian Spanish wording (wild orchids repeat in many sets, "
         "Masdevallia among roses twice; a chrysanthemum-cuttings label was found in no earlier row by a keyword "
         "search)", firm("Delta Young Plants BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "MTAIR01", "air", "GB", "MT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (farmhouse cheese-dairy sanitation)", "GB", 4.6,
     4, 48, "GBP", [("PRECURSOR_LICENCE", "MT-MHA-56-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "air", "US", "IE", "290420",
     "Nitromethane 98 %, 2 x 1 gal, for a licensed private user (model engines)", "US", 8.6, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-56-0114")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "PLROAD01", "road", "MD", "PL", "380891",
     "Obsolete pesticides, repacked in UN drums, for high-temperature incineration (FAO clean-up project), 22 t", "MD",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-56-0072")], "notified obsolete pesticides to a licensed incinerator"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "381590",
     "Spent iron-chromium shift catalyst (16 08 02*), from an ammonia plant, for metal recovery at a licensed plant, 40 t",
     "NO", 40000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-56-0133")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "IL", "NL", "290361",
     "Methyl bromide, 20 cylinders, for use as feedstock in pharmaceutical synthesis", "IL", 2000, 20, 9000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-56-006")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290376",
     "Halon 1301, recovered from dust-explosion suppressors, for reclamation for critical uses, 30 cylinders", "CH",
     900, 30, 12000, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-56-021")], "recovered halon imported for reclamation under licence"),
    ("PRM-07", "cultural", "import", "FRSEA01", "sea", "TN", "FR", "970510",
     "Roman olive-press counterweight stone, 3rd century, documented collection since 1958, with Tunisian export "
     "authorisation", "TN", 900, 1, 24000, "EUR", [("IMPORT_LICENCE", "FR-MC-IMP-56-0044")],
     "archaeological object imported with the Union import licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "US", "970510",
     "Asturian hórreo, 18th century, dismantled for re-erection at a museum of rural architecture, with the Spanish "
     "export permit", "ES", 14000, 1, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-56-0207")],
     "historic granary exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "281213",
     "Phosphorus trichloride 99 %, 40 drums, for an Indian glyphosate manufacturer", "IT", 12000, 40, 14400, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-56-0388"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-56-0121")],
     "Schedule 3 chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SESEA01", "sea", "SE", "BR", "722830",
     "Maraging steel bars, grade 250, 6 bars, for a Brazilian landing-gear maker", "SE", 1600, 6, 42000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-56-0093"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-56-0047")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "LK", "PT", "030389",
     "Silky shark (Carcharhinus falciformis), frozen loins, 4 t, with a legal-acquisition finding", "LK", 4000, None,
     18000, "USD", [("CITES_PERMIT", "LK-DWC-56-0219")], "App. II shark meat with its export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "PE", "ES", "030489",
     "Paiche (Arapaima gigas) fillets, farmed, frozen, 6 t", "PE", 6000, None, 54000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-56-0306")], "App. II farmed arapaima with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Persuna privata", "PRM-02": "Seán Ó Murchú", "PRM-04": "Central Metal Recovery NV",
    "PRM-06": "Alpina Halon Recycling GmbH", "PRM-11": "Atlantic Pescados Lda", "PRM-12": "Meridian Pescados SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises
    ("350790", "Microbial rennet, liquid, for home cheese-making, 250 ml", "import", ["post"], ["GB", "CH"], (40, 80), (1, 3), ["GBP", "CHF"], 4, S),
    ("290532", "Mono propylene glycol USP, 1 gal jugs", "import", ["post"], ["US"], (6, 12), (1, 4), ["USD"], 0.25, S),
    ("220900", "Sugar-cane vinegar (sukang Iloko), 750 ml", "import", ["air"], ["PH"], (1, 2), (300, 1500), ["USD"], 1, S),
    ("170290", "Yacon syrup, organic, 250 g jars", "import", ["air"], ["PE", "EC"], (12, 20), (100, 600), ["USD"], 4, S),
    ("283524", "Monopotassium phosphate (MKP 0-52-34), fully soluble, 25 kg", "import", ["sea"], ["JO", "IL"], (1.2, 1.8), (10000, 22000), ["USD"], 0.04, S),
    ("250100", "Persian blue salt, 250 g grinders", "import", ["air"], ["IR"], (15, 30), (50, 300), ["EUR", "USD"], 4, S),
    ("283640", "Potassium bicarbonate, food grade (E501), 25 kg", "import", ["sea"], ["IN", "CN"], (0.9, 1.4), (8000, 20000), ["USD"], 0.04, S),
    ("293627", "Sodium erythorbate, food grade, 25 kg", "import", ["sea"], ["CN"], (1.8, 3), (4000, 12000), ["USD"], 0.04, S),
    ("230990", "Rumen-protected palm fat prills, 25 kg", "import", ["sea"], ["MY", "ID"], (1.1, 1.5), (18000, 24000), ["USD"], 0.04, S),
    ("310100", "Humic acid granules, 25 kg", "import", ["sea"], ["EG", "CN"], (0.5, 0.9), (10000, 22000), ["USD"], 0.04, S),
    ("390110", "LDPE film grade, virgin, 25 kg bags", "export", ["sea"], ["MR", "MA"], (1.2, 1.7), (18000, 24000), ["EUR"], None, S),
    ("230990", "Vitamin-mineral premix for broilers, 25 kg", "export", ["sea"], ["CM", "CI"], (1.5, 3), (8000, 18000), ["EUR"], 0.04, S),
    ("310100", "Liquid seaweed extract, biostimulant, 20 l", "export", ["sea"], ["EG", "TN"], (1, 2), (8000, 16000), ["EUR"], 0.05, S),
    ("560811", "Nylon aquaculture nets, new, untreated", "import", ["sea"], ["CN", "NO"], (5, 9), (3000, 10000), ["USD", "EUR"], None, S),
    ("850760", "E-bike batteries, lithium-ion, new, boxed", "export", ["road"], ["MA", "TN"], (40, 70), (1000, 4000), ["EUR"], 0.3, S),
    ("940542", "LED grow-light fittings for greenhouses, new", "export", ["sea"], ["MA", "KE"], (20, 35), (3000, 9000), ["EUR"], 0.15, S),
    ("281122", "Silica-gel container desiccant bags, for cocoa and coffee", "export", ["sea"], ["CI", "GH"], (2, 4), (3000, 8000), ["EUR"], 0.5, S),
    ("842720", "Electric forklifts, new, with battery", "export", ["sea"], ["SN", "MA"], (6, 10), (6000, 14000), ["EUR"], 0.0003, S),
    ("151790", "Bakery divider oil, vegetable, 10 l", "export", ["road"], ["UA", "MD"], (1.8, 3), (4000, 14000), ["EUR"], 0.1, S),
    ("281121", "Food-grade liquid CO2 (E290), returnable cylinders", "import", ["road"], ["MA", "TR"], (0.4, 0.9), (2000, 6000), ["EUR"], None, S),
    ("841869", "Mushroom-farm climate units, new, R-290", "export", ["road"], ["UA", "MD"], (12, 20), (3000, 9000), ["EUR"], 0.001, S),
    ("291539", "Methyl acetate, food-grade extraction solvent, drums", "import", ["sea"], ["CN", "US"], (0.9, 1.4), (10000, 18000), ["USD"], None, S),
    ("841869", "Vacuum coolers for lettuce, new, R-744", "export", ["sea"], ["SN", "MA"], (10, 16), (6000, 20000), ["EUR"], 0.00015, S),
    ("841869", "Fruit hydrocoolers, new, ammonia charge", "export", ["road"], ["BA", "RS"], (8, 14), (2000, 10000), ["EUR"], 0.0004, S),
    ("271019", "White mineral oil for grain dust suppression, totes", "import", ["sea"], ["US"], (1.2, 1.8), (10000, 20000), ["USD"], None, S),
    ("842410", "Dust-explosion suppressors, new, sodium-bicarbonate agent", "export", ["sea"], ["EG", "MA"], (30, 60), (500, 2000), ["EUR"], 0.04, S),
    ("271112", "Propane for poultry-house heaters, 50 l cylinders", "import", ["road"], ["UA"], (0.6, 1.0), (3000, 8000), ["EUR"], 0.04, S),
    ("271113", "Isobutane E943b, food-aerosol propellant, drums", "import", ["sea"], ["SA", "US"], (0.8, 1.3), (8000, 16000), ["USD"], None, S),
    ("680292", "Limestone garden planters, new, hand-cut", "import", ["sea"], ["TN", "EG"], (0.2, 0.5), (3000, 12000), ["EUR"], 0.005, S),
    ("940360", "Chestnut-wood rustic furniture, new", "export", ["sea"], ["US"], (4, 8), (2000, 6000), ["EUR"], 0.03, S),
    ("090240", "Pu-erh tea cakes, 357 g", "import", ["post", "express"], ["CN"], (40, 90), (1, 3), ["USD", "EUR"], 3, S),
    ("090831", "Green cardamom, whole, 50 kg sacks", "import", ["sea"], ["GT", "IN"], (12, 20), (5000, 12000), ["USD"], None, S),
    ("081340", "Dried barberries (zereshk), 5 kg cartons", "import", ["air"], ["IR", "IQ"], (5, 9), (100, 600), ["USD"], 0.2, S),
    ("071290", "Dried molokhia leaves, 1 kg bags", "import", ["air", "sea"], ["EG"], (2, 4), (200, 3000), ["EUR"], 1, S),
    ("121190", "Dried hibiscus flowers (bissap), 25 kg sacks", "import", ["air", "sea"], ["ML", "SN"], (2.5, 4), (500, 6000), ["EUR"], 0.04, S),
    ("170113", "Panela blocks, 500 g", "import", ["sea"], ["CO"], (1, 1.6), (6000, 18000), ["USD"], 2, S),
    ("190430", "Freekeh, roasted green wheat, 1 kg", "import", ["sea"], ["LB", "JO"], (1.5, 2.5), (2000, 10000), ["USD"], 1, S),
    ("680293", "Granite garden ornaments, new, quern style", "export", ["sea"], ["US", "CA"], (1, 2), (1000, 5000), ["EUR"], 0.02, S),
    ("281119", "Phosphorous acid flakes 98 %, for phosphite fertilisers", "export", ["sea"], ["IN", "TR"], (1, 1.6), (8000, 16000), ["EUR"], None, S),
    ("151790", "Truffle-flavoured olive oil, 250 ml", "export", ["air"], ["AM", "GE"], (15, 30), (100, 600), ["EUR"], 3, S),
    ("903289", "Egg-incubator thermostat controllers", "export", ["air"], ["KZ", "UZ"], (40, 80), (100, 500), ["EUR"], 2, S),
    ("850131", "Greenhouse vent motors, 24 V geared rack drives", "export", ["sea"], ["TR", "MA"], (15, 25), (1000, 4000), ["EUR"], 0.2, S),
    ("310420", "Potassium chloride, feed grade, 25 kg", "export", ["sea"], ["IQ", "JO"], (0.5, 0.9), (10000, 20000), ["EUR"], 0.04, S),
    ("843790", "Plansifter sieve frames, for flour mills", "export", ["road"], ["UA", "RS"], (6, 12), (500, 3000), ["EUR"], 0.2, S),
    ("281511", "Caustic soda pearls, for table-olive curing, 25 kg", "export", ["sea"], ["PE", "MA"], (0.4, 0.7), (10000, 20000), ["EUR"], 0.04, S),
    ("071490", "Tiger nuts (chufa), dried, 25 kg sacks", "import", ["sea"], ["BF", "NE"], (1.5, 2.5), (8000, 18000), ["USD"], 0.04, S),
    ("121190", "Dried lemongrass, cut, 10 kg bags", "import", ["air"], ["MM", "TH"], (2, 4), (200, 1000), ["USD"], 0.1, S),
    ("200599", "Cooked beluga lentils, 250 g tins", "import", ["sea"], ["CA"], (2, 3.5), (4000, 12000), ["USD", "CAD"], 4, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160,
# blind168 and blind176, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel
# rows, with four new rows instead of blind176's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("961511", "Hair claw clips, plastic, carded", "import", ["sea"], ["CN", "KR"], (5, 9), (1000, 4000), ["USD"], 40, N),
        ("392610", "Clipboards, A4, plastic with spring clip", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 4, N),
        ("950300", "Soap-bubble toys, wands and bottles", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 8, N),
        ("901380", "Folding pocket magnifiers, acrylic lens", "import", ["post", "express"], ["JP", "GB"], (40, 80), (1, 2), ["JPY", "GBP"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind181", 20560501, HERE)


if __name__ == "__main__":
    main()
