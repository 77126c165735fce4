#!/usr/bin/env python3
"""Writes the twenty-second blind set (tests/risk/data/blind22-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated November - December 2029, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, after round twenty-two, and measured once on its 611 profiles. Same row layout and expansion as make_blind_set.py, whose functions it reuses:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items).

As in blind12 to blind21, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
travel only so, with parcel masses (1-5 kg). Ids are BL22-*:

    python3 tests/risk/data/make_blind22_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2029, 11, 1)
base.DAYS = 61  # 1 November to 31 December 2029
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITAIR01", "express", "CN", [], "IT", "282990",
         "Perclorato di potassio 99 %, per candele a ossigeno da laboratorio, sacchi 5 kg, 3 pz", "CN", 15, 3, 75,
         "USD",
         "oxygen candles are made by their makers, not filled at home; 15 kg of 99 % potassium perchlorate (Annex I, "
         "limit 40 %) by express to a private person; Italian wording",
         person("Sig. A. Ferraro", "IT")),
        ("PRE-02", "import", "FRAIR01", "express", "TR", [], "FR", "280800",
         "Acide pour essai et affinage de l'or, acide nitrique 68 %, bidons 5 l, 6 pcs", "TR", 42, 6, 90, "EUR",
         "jewellers' touchstone acids come in 10-50 ml vials; 30 l of 68 % nitric acid (Annex I, limit 3 %) to a "
         "private address is the acid itself; French wording",
         person("M. K. Benali", "FR")),
        ("PRE-03", "import", "ROROAD01", "road", "MD", [], "RO", "382499",
         "Agent antiderapant pentru drumuri (dezghețare), granule, N 34,4 %, saci 50 kg, 20 t", "MD", 20000, 400,
         6400, "EUR",
         "a de-icing 'preparation' with 34.4 % N is ammonium nitrate (Annex I) under a chemical-preparation heading; "
         "AN is not used on roads (it is urea or salt); Romanian wording",
         firm("Drumex Servicii SRL", "RO")),
        ("PRE-04", "transit", "DEROAD01", "road", "ZA", ["DE", "PL"], "BY", "903300",
         "Geophone accessories: seismic shot caps, copper shell, 3 m leg wires, 2,000 pcs", "ZA", 60, 2000, 5200,
         "USD",
         "seismic shot caps are electric detonators (UN 0030); declared as instrument parts, in transit by road to a "
         "sanctioned destination", {}),
        ("PRE-05", "import", "ESAIR01", "express", "CN", [], "ES", "380110",
         "Polvo de grafito lubricante para cerraduras, 'pyro dark', Al 90 %, 5 µm, 15 kg", "CN", 15, 3, 140, "USD",
         "lock graphite is carbon, not 90 % aluminium: 'pyro dark' is German dark aluminium flake for flash "
         "composition (Annex II), declared under graphite, to a private address; Spanish wording",
         person("Particular", "ES")),
        ("PRE-06", "import", "PTSEA01", "sea", "GE", [], "PT", "310210",
         "Ureia agrícola granulada, N 34,4 %, big bags 1 t, 25 t", "GE", 25000, 25, 8200, "USD",
         "urea is 46 % N: a 'urea' with 34.4 % N is ammonium nitrate (Annex I), declared under the urea heading; "
         "Portuguese wording", firm("Agroquímica Ribatejo Lda", "PT")),
        ("PRE-07", "import", "NLPOST01", "post", "GB", [], "NL", "291411",
         "Nagellakremover aceton 100 %, 4 x 2,5 l", "GB", 8, 4, 28, "GBP",
         "a 'salon' parcel whose other items are 30 % hydrogen peroxide (Annex I, limit 12 %) and 96 % sulphuric "
         "acid drain opener: the three TATP ingredients together to one private address; Dutch wording",
         {"consignee_name": "Dhr. R. Visser", "importer_country": "NL",
          "_more_items": [item("284700", "Haarontwikkelaar waterstofperoxide 30 %, 2 x 2,5 l", "GB", 5, 22, "GBP", 2),
                          item("280700", "Ontstopper zwavelzuur 96 %, 2 x 1 l", "GB", 4, 12, "GBP", 2)]}),
        ("PRE-08", "export", "DEROAD01", "road", "DE", ["RS"], "BA", "250100",
         "Pökelsalz, Kaliumnitrat 99 %, Säcke 25 kg, 500 kg", "DE", 500, 20, 600, "EUR",
         "curing salt is table salt with 0.4-0.6 % nitrite; 99 % potassium nitrate (Annex II) declared under the salt "
         "heading to a butcher's address in the Balkans; German wording", firm("Mesnica Hadžić d.o.o.", "BA")),
        ("PRE-09", "export", "FRSEA01", "sea", "FR", ["SN"], "ML", "330499",
         "Base émulsion cosmétique, IBC 1 000 l, densité 1,35, nitrate d'ammonium 75 %, 18 t", "FR", 18000, 18,
         14000, "EUR",
         "no cosmetic base is 75 % ammonium nitrate at density 1.35: this is ammonium nitrate emulsion (UN 3375, "
         "explosive matrix) under a cosmetics heading, to the Sahel by Dakar; French wording", {}),
        ("PRE-10", "transit", "HUROAD01", "road", "RS", ["HU", "SK"], "UA", "854470",
         "Sensor cable, 5 mm, white powder core 10 g/m, reels 500 m, 20 pcs", "RS", 300, 20, 2800, "EUR",
         "optical cable carries glass fibres, not a powder core: a 5 mm cord with a 10 g/m white core is detonating "
         "cord, declared as optical-fibre cable, in transit", {}),
    ],
    "waste": [
        ("WST-01", "export", "PLAIR01", "air", "PL", [], "CN", "711299",
         "牙科银合金废料 dental silver alloy scrap, amalgam capsules and separator sludge, Hg 45 %, 300 kg", "PL", 300,
         None, 2400, "EUR",
         "used amalgam capsules and amalgam-separator sludge with 45 % mercury are mercury waste, whose export the EU "
         "Mercury Regulation forbids (Basel Y29), declared as precious-metal scrap; Chinese wording", {}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "PK", "850423",
         "Trasformatori usati per riutilizzo, olio askarel, anno 1978, 6 pz", "IT", 42000, 6, 18000, "EUR",
         "askarel is PCB oil: 1978 transformers filled with it are PCB waste (Basel A1180/Stockholm), not equipment "
         "for reuse; Italian wording", {}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "IN", "690290",
         "Briques réfractaires carbonées de récupération, brasque de cuves d'électrolyse d'aluminium, 24 t", "FR",
         24000, None, 2400, "EUR",
         "brasque (spent pot lining) from aluminium smelter cells carries cyanides and fluorides: hazardous waste "
         "(Basel A4050), not reusable refractory; French wording", {}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "IN", "700100",
         "Glasscherven, gemengd, van TL-lampen, met fluorescentiepoeder, 20 t", "BE", 20000, None, 600, "EUR",
         "broken fluorescent tubes with their phosphor powder hold mercury: hazardous waste (Basel A1030/A2010), not "
         "furnace cullet; Dutch wording", {}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "MA", "252220",
         "Hydrated lime, grey, from waste-incinerator flue-gas cleaning, chlorides 20 %, 25 t", "NL", 25000, None,
         500, "EUR",
         "lime from flue-gas cleaning with 20 % chlorides is air-pollution-control residue (hazardous, Basel Y18), not "
         "hydrated lime for sale", {}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "VN", "391510",
         "PE-Regranulat aus Folienwaschanlage, sauber, Feuchte 25 %, Fremdstoffe 15 %, Ballen, 24 t", "DE", 24000,
         None, 1200, "EUR",
         "regranulate is dry pellets, not baled; 25 % moisture and 15 % foreign matter in bales at 0.05 EUR/kg is "
         "unwashed post-consumer film (Basel Y48), to Vietnam; German wording", {}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MA", "440131",
         "Combustible sólido de biomasa en pellets, CSR de residuos plásticos mezclados, 22 t", "ES", 22000, None,
         880, "EUR",
         "wood-pellet heading, but the description says solid recovered fuel from mixed plastic waste: waste for "
         "energy recovery needing notification; Spanish wording", {}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "IN", "720449",
         "Ferrous scrap HMS, sealed compressors from air conditioners, with oil, 24 t", "GB", 24000, None, 6000,
         "GBP",
         "sealed compressors with their oil are not clean HMS: oil-containing e-waste components (Basel A1180/Y8) "
         "under a steel-scrap heading", {}),
        ("WST-09", "transit", "NLROAD01", "road", "GB", ["NL", "DE"], "PL", "850760",
         "Used e-bike battery packs, capacity untested, some swollen, loose in gaylords, 6 t", "GB", 6000, 2000,
         3000, "GBP",
         "untested, damaged lithium packs loose in gaylords are waste batteries (hazardous, UN 3480 damaged) sent "
         "for 'reuse', in transit", {}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "381400",
         "Diluente industrial recuperado, resíduo de destilação de lavagem de tintas, viscoso, escuro, 16 t", "PT",
         16000, None, 800, "EUR",
         "still bottoms from paint-shop solvent recovery are hazardous waste (Basel Y12/Y42), not a thinner for "
         "sale; dark and viscous at 0.05 EUR/kg; Portuguese wording", {}),
    ],
    "ozone": [
        ("ODS-01", "import", "ESSEA01", "sea", "IL", [], "ES", "290361",
         "Fumigante de suelo, bromuro de metilo 98 % / cloropicrina 2 %, botellas 50 kg, 40 uds", "IL", 2000, 40,
         14000, "USD",
         "methyl bromide is an ODS banned in the EU for soil fumigation (2 % chloropicrin is only a warning agent); "
         "Spanish wording", firm("Fresas de Huelva SAT", "ES")),
        ("ODS-02", "import", "NLSEA01", "sea", "AE", [], "NL", "842410",
         "Gebruikte draagbare brandblussers, BCF, voor recycling, 200 st.", "AE", 1800, 200, 2000, "USD",
         "BCF is halon 1211: used halon extinguishers may not be placed on the EU market outside critical uses; "
         "Dutch wording", {}),
        ("ODS-03", "import", "HRROAD01", "road", "RS", [], "HR", "340399",
         "Ulje za kompresore POE, limenke 1 l, 800 kom, 9.000 kg", "RS", 9000, 800, 11000, "EUR",
         "a 1 l can of compressor oil weighs about 1 kg: 800 'cans' of 11 kg each are refrigerant cylinders (HFC, "
         "outside quota) declared as the oil that goes with them; Croatian wording",
         firm("Klima Servis Split d.o.o.", "HR")),
        ("ODS-04", "import", "ITSEA01", "sea", "CN", [], "IT", "340590",
         "Aria compressa spray per elettronica, 400 ml, 1,1,1,2-tetrafluoroetano, 20.000 pz", "CN", 6400, 20000,
         16000, "USD",
         "a gas duster filled with HFC-134a is a technical aerosol banned in the EU (HFO or DME are used); "
         "'compressed air' is a trade name; Italian wording", firm("Elettroforniture Adriatica Srl", "IT")),
        ("ODS-05", "import", "BGROAD01", "road", "TR", [], "BG", "382712",
         "Хладилен агент R-401A, бутилки 13,6 кг, 120 бр.", "TR", 1630, 120, 9800, "EUR",
         "R-401A is a blend of HCFC-22, HFC-152a and HCFC-124: an HCFC blend banned in the EU; Bulgarian wording",
         firm("Хладилна техника ЕООД", "BG")),
        ("ODS-06", "import", "GRROAD01", "road", "TR", [], "GR", "731100",
         "Empty refrigerant recovery cylinders, refillable, 200 pcs, 5,000 kg", "TR", 5000, 200, 3000, "EUR",
         "an empty recovery cylinder weighs about 13 kg; 25 kg each is a filled cylinder: some 2.4 t of refrigerant "
         "declared as empty steel bottles", {}),
        ("ODS-07", "import", "PLROAD01", "road", "UA", [], "PL", "271113",
         "Izobutan R-600a, butle 13,6 kg, ciśnienie robocze 42 bar, kolor różowy, 300 szt.", "UA", 4080, 300,
         61000, "EUR",
         "isobutane works at about 3 bar and costs a few euros a kilogram; 42 bar, pink cylinders and 15 EUR/kg are "
         "R-410A (HFC) declared as a hydrocarbon; Polish wording", {}),
        ("ODS-08", "import", "PLRAIL01", "rail", "CN", ["KZ", "BY"], "PL", "290351",
         "Czynnik chłodniczy R-1234yf, butle 10 kg, 1 000 szt.", "CN", 10000, 1000, 70000, "USD",
         "genuine R-1234yf costs 60-100 USD/kg: 7 USD/kg is the price of R-134a; HFC under an HFO code (not in the "
         "quota) by rail; Polish wording", firm("Chłodmar Sp. z o.o.", "PL")),
        ("ODS-09", "import", "ITSEA01", "sea", "IN", [], "IT", "390729",
         "Polyol system for PU spray foam, pre-blended with HCFC-141b, drums 220 kg, 80 pcs", "IN", 17600, 80,
         42000, "USD",
         "polyols pre-blended with HCFC-141b are banned in the EU (the ODS is imported in the blend)", {}),
        ("ODS-10", "import", "FRROAD01", "road", "MA", ["ES"], "FR", "290314",
         "Tétrachlorure de carbone, détachant pour pressing, bidons 20 l, 10 pcs", "MA", 320, 10, 640, "EUR",
         "carbon tetrachloride is an ODS with no dry-cleaning use allowed in the EU; French wording",
         firm("Pressing Éclair SARL", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "AE", [], "DE", "490199",
         "Old books, printed, 12 leaves on parchment, Ge'ez script, handwritten, painted saints", "ET", 2, 12, 180,
         "USD",
         "handwritten painted parchment leaves in Ge'ez are leaves cut from an Ethiopian illuminated manuscript, not "
         "printed books; shipped from Dubai, undervalued", person("Herr M. Schulte", "DE")),
        ("CUL-02", "import", "ESPOST01", "post", "PE", [], "ES", "630499",
         "Camino de mesa tejido estilo antiguo, algodón, fragmento con restos de tierra, 3 pzs", "PE", 1, 3, 60,
         "USD",
         "a 'table runner' that is a soil-stained fragment is a pre-Columbian burial textile (ICOM Red List "
         "Peru); Spanish wording", person("Sr. P. Navarro", "ES")),
        ("CUL-03", "import", "DEROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "DE", "680291",
         "Dekorative Steinmosaik-Platten, handgefertigt, antik, mit Mörtelresten, 6 Stk.", "SY", 900, 6, 1200,
         "EUR",
         "antique mosaic panels from Syria with mortar on their backs were lifted from a floor (ICOM Red List "
         "Syria); German wording", firm("Orient Deko Handel GmbH", "DE")),
        ("CUL-04", "import", "PLROAD01", "road", "UA", [], "PL", "970191",
         "Ikona dekoracyjna, reprodukcja, tempera na desce, spękany grunt, XVIII w., 4 szt.", "UA", 14, 4, 160,
         "EUR",
         "a 'reproduction' in tempera on wood with cracked gesso, dated 18th century, is an old icon leaving "
         "wartime Ukraine without an export permit; Polish wording", person("Pan T. Wiśniewski", "PL")),
        ("CUL-05", "import", "BEAIR01", "express", "MN", [], "BE", "680293",
         "Decorative stones, polished, fossil bone with matrix, 40 kg", "MN", 40, 5, 200, "USD",
         "fossil bone from Mongolia, whose law forbids the export of palaeontological finds: dinosaur material "
         "declared as decorative stone", person("Mr P. Claes", "BE")),
        ("CUL-06", "import", "FRAIR01", "express", "AE", [], "FR", "691390",
         "Figurines décoratives, faïence et carton peint, glaçure usée, anciennes étiquettes, 8 pcs", "EG", 3, 8,
         120, "USD",
         "worn faience figures and painted cartonnage of Egyptian origin with old labels are ushabtis and mummy "
         "cartonnage (ICOM Red List Egypt), routed through Dubai; French wording", person("Mme C. Moreau", "FR")),
        ("CUL-07", "import", "DEPOST01", "post", "BG", [], "DE", "740400",
         "Bronzeschrott, Fibeln und Münzen, ungereinigt, Bodenfunde, 2 kg", "BG", 2, None, 45, "EUR",
         "uncleaned fibulae and coins 'from the ground' are metal-detector finds from Bulgarian sites, declared as "
         "bronze scrap by post; German wording", person("Privatperson", "DE")),
        ("CUL-08", "import", "NLAIR01", "air", "OM", [], "NL", "490199",
         "كتب قديمة مطبوعة - مخطوطات يدوية على ورق، مجلدة بالجلد، 30 قطعة", "YE", 25, 30, 450, "USD",
         "'old printed books' that are handwritten, leather-bound manuscripts from Yemen by way of Oman (ICOM Red "
         "List Yemen); Arabic wording", {}),
        ("CUL-09", "import", "FRAIR01", "air", "ML", [], "FR", "691390",
         "Terres cuites décoratives modernes, personnages assis, patine de terre, 5 pcs", "ML", 35, 5, 250, "EUR",
         "seated terracotta figures with an earth patina from Mali are Djenné-style archaeological terracottas "
         "(ICOM Red List West Africa), declared as modern crafts; French wording",
         firm("Galerie Sahel Arts SARL", "FR")),
        ("CUL-10", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Anfora decorativa da giardino, terracotta, con concrezioni marine, 2 pz", "IT", 60, 2, 300, "EUR",
         "a terracotta amphora with marine concretions was raised from the seabed: underwater archaeological "
         "heritage (State property in Italy) leaving without a licence; Italian wording", {}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "293141",
         "Flammschutzmittel für PU-Schaum, DMMP 97 %, Fässer 250 kg, 40 Stk., zur Wiederausfuhr", "DE", 10000, 40,
         28000, "EUR",
         "DMMP (dimethyl methylphosphonate) is a CWC Schedule 2 chemical; 10 t to a free-zone trader 'for "
         "re-export' with no end-user; German wording", firm("Gulf Star Chemicals FZE", "AE")),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "PK", "292019",
         "PVC-stabilisator, triethylfosfiet 98 %, vaten 200 kg, 50 st.", "NL", 10000, 50, 26000, "EUR",
         "triethyl phosphite is a CWC Schedule 3 chemical and Australia Group precursor; exported as a 'PVC "
         "stabiliser' without a licence; Dutch wording", {}),
        ("STR-03", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "850132",
         "Brushless motors 2807 1300KV for agricultural drones, 4,000 pcs", "CN", 480, 4000, 52000, "EUR",
         "FPV drone motors, 5.8 GHz video transmitters and thermal cores in army quantities to a Kazakh 'agri "
         "service' firm by way of Russia: common high-priority items",
         {"consignee_name": "AgroDron Service TOO", "importer_country": "KZ",
          "_more_items": [item("852560", "FPV video transmitters 5.8 GHz, 1.6 W, 4,000 pcs", "CN", 80, 36000, "EUR",
                               4000),
                          item("902790", "Thermal camera cores 384x288, 1,000 pcs", "CN", 60, 140000, "EUR", 1000)]}),
        ("STR-04", "export", "ITAIR01", "express", "IT", [], "GE", "900590",
         "Ricambi per cannocchiali da caccia, moduli termici 640x512, 50 pz", "FR", 6, 50, 95000, "EUR",
         "640x512 thermal imaging cores are not hunting-scope spares: 50 of them by express to a private person in "
         "Georgia, a known hub to Russia; Italian wording", person("Mr G. Beridze", "GE")),
        ("STR-05", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR", "GE"], "AM", "853710",
         "Elektrische Schaltschränke, gebraucht, mit CNC-Steuerungen 840D, 8 Stk.", "DE", 1600, 8, 24000, "EUR",
         "'used electrical cabinets' holding Sinumerik 840D CNC controls are controlled machine-tool controllers, "
         "by road to Armenia (a re-export hub to Russia); German wording", firm("Ararat Tech Import LLC", "AM")),
        ("STR-06", "export", "BESEA01", "sea", "BE", [], "LB", "281390",
         "Phosphorus pentasulphide 99 %, for lubricant additives, for a plant in Syria, 20 t", "BE", 20000, None,
         30000, "EUR",
         "phosphorus pentasulphide is an Australia Group precursor; the end-user named is in Syria, shipped to "
         "Beirut", {}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "KZ", "271019",
         "Huile moteur automobile synthétique 'Jet Oil II', MIL-PRF-23699, bidons 1 qt, 4 800 pcs", "US", 4500,
         4800, 62000, "EUR",
         "MIL-PRF-23699 oil is turbine oil for jet engines, not car oil: aviation goods banned for Russia, in airline "
         "quantity to an Almaty trader; French wording", firm("Almaty Avto Snab TOO", "KZ")),
        ("STR-08", "export", "ITAIR01", "air", "IT", [], "KG", "910111",
         "Orologi da polso automatici, cassa in oro, 40 pz", "CH", 9, 40, 480000, "EUR",
         "gold watches at 12,000 EUR each are luxury goods banned for Russia, to a Bishkek 'construction supply' "
         "firm; Italian wording", firm("Bishkek Stroi Snab OsOO", "KG")),
        ("STR-09", "import", "BEAIR01", "air", "AE", [], "BE", "710239",
         "Polished diamonds, 0.3-0.5 ct, origin AE, 2,000 ct", "AE", 0.4, 2000, 620000, "USD",
         "the UAE mines no diamonds: a UAE 'origin' on polished stones with no G7 traceability is the way Russian "
         "diamonds enter", {}),
        ("STR-10", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "441231",
         "Sklejka brzozowa 'Baltic birch' 18 mm, pochodzenie KZ, 60 m3", "KZ", 42000, None, 38000, "EUR",
         "birch plywood of Kazakh 'origin' railed through Russia: Kazakhstan makes almost none; Russian plywood is "
         "banned; Polish wording", firm("Sklejpol Handel Sp. z o.o.", "PL")),
    ],
    "wildlife": [
        ("WLD-01", "transit", "ESAIR01", "air", "EC", ["ES"], "HK", "030819",
         "Dried sea cucumber, farmed, 300 kg", "EC", 300, None, 36000, "USD",
         "Ecuador farms no sea cucumbers; Isostichopus fuscus (CITES III, Ecuador) at 120 USD/kg, in transit to "
         "Hong Kong without a permit", {}),
        ("WLD-02", "import", "PTSEA01", "sea", "GH", [], "PT", "440729",
         "Madeira serrada de padouk (Pterocarpus soyauxii), 40 m3", "GH", 32000, None, 28000, "EUR",
         "Pterocarpus soyauxii grows in Central Africa; 'padauk' shipped from Ghana is kosso, Pterocarpus "
         "erinaceus (CITES II); Portuguese wording", firm("Madeiras do Sado Lda", "PT")),
        ("WLD-03", "import", "FRAIR01", "express", "AE", [], "FR", "440112",
         "عود - bois d'agar naturel, copeaux, 2 kg", "KH", 2, None, 6000, "USD",
         "natural agarwood chips (Aquilaria, CITES II) at 3,000 USD/kg, under a fuel-wood heading, by express to a "
         "private person; Arabic and French wording", person("M. Y. Haddad", "FR")),
        ("WLD-04", "import", "DEPOST01", "post", "MX", [], "DE", "010690",
         "Insect specimens for education, live, Brachypelma, 30 pcs", "MX", 1, 30, 40, "USD",
         "live Brachypelma tarantulas (CITES II) from Mexico by post, as 'insect specimens'",
         person("Jonas Richter", "DE")),
        ("WLD-05", "import", "DEAIR01", "air", "AE", [], "DE", "160432",
         "Lachsrogen-Ersatz, schwarz, Huso huso, Dosen 125 g, 200 Stk.", "IR", 25, 200, 4000, "EUR",
         "black roe of Huso huso is beluga caviar (CITES II), declared as a caviar substitute at a fraction of "
         "its price; German wording",
         {"importer_name": "Feinkost Hamburg GmbH", "importer_country": "DE",
          "_more_items": [item("160431", "Lachskaviar, Keta, Dosen 500 g, 40 Stk.", "RU", 20, 800, "EUR", 40)]}),
        ("WLD-06", "import", "NLAIR01", "air", "ID", [], "NL", "253090",
         "Live rock for aquariums, with dried branching coral pieces, 500 kg", "ID", 500, None, 1500, "USD",
         "dried branching coral pieces are stony corals (Scleractinia, CITES II) mixed in live rock", {}),
        ("WLD-07", "import", "FRSEA01", "sea", "HT", [], "FR", "030792",
         "Chair de lambi congelée, mollusques, 3 t", "HT", 3000, None, 21000, "USD",
         "lambi is queen conch (Strombus gigas, CITES II), whose exports from Haiti are suspended; French "
         "wording", {}),
        ("WLD-08", "import", "ITAIR01", "express", "MX", [], "IT", "060290",
         "Piantine di cactus, a radice nuda, raccolte in campo, con terra d'origine, Ariocarpus, 80 pz", "MX", 4, 80,
         120, "USD",
         "field-collected bare-root Ariocarpus with habitat soil are wild plants of a CITES I genus, not nursery "
         "seedlings; Italian wording", person("Sig. L. Conti", "IT")),
        ("WLD-09", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "030559",
         "Pescado seco para snacks, caballitos de mar, 150 kg", "PE", 150, None, 45000, "USD",
         "dried seahorses (Hippocampus, CITES II; Peru bans their export) at 300 USD/kg, in transit; Spanish "
         "wording", {}),
        ("WLD-10", "export", "DEAIR01", "air", "DE", [], "HK", "960190",
         "Antique carved ox-bone cups, 4 pcs, 2.1 kg", "DE", 2.1, 4, 240000, "EUR",
         "ox-bone cups are not worth 60,000 EUR each: these are rhinoceros-horn libation cups (CITES I, EU Annex A) "
         "leaving for Hong Kong", firm("Golden Dragon Antiques Ltd", "HK")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "CN", "DE", "282990",
     "Potassium perchlorate 99 %, for airbag gas generators, 12 t", "CN", 12000, None, 30000, "USD",
     [("PRECURSOR_LICENCE", "DE-BAFA-29-0688")], "perchlorate to a licensed airbag inflator maker"),
    ("PRM-02", "precursors", "import", "FRSEA01", "sea", "NO", "FR", "360360",
     "Electronic detonators for quarry blasting, 3,000 pcs", "NO", 450, 3000, 21000, "EUR",
     [("IMPORT_LICENCE", "FR-MI-29-0233")], "detonators to a quarry under an import licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "854919",
     "Li-ion battery black mass, for hydrometallurgical recovery, 20 t", "NL", 20000, None, 60000, "EUR",
     [("BASEL_CONSENT", "NL-ILT-29-0915")], "notified black mass to a permitted recycler"),
    ("PRM-04", "waste", "export", "FRSEA01", "sea", "FR", "NO", "262190",
     "Fly ash from waste incineration, for landfill in a permitted facility, 22 t", "FR", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "FR-DREAL-29-0412")], "notified APC residue to a Norwegian facility"),
    ("PRM-05", "ozone", "import", "BESEA01", "sea", "US", "BE", "290349",
     "R-410A refrigerant, returnable cylinders, within quota, 80 pcs", "US", 900, 80, 13000, "USD",
     [("FGAS_QUOTA", "BE-FOD-FG-29-0031")], "HFC blend within the importer's quota"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "JP", "DE", "290341",
     "Fluoroform HFC-23, 5N, for semiconductor etching, 8 cylinders", "JP", 200, 8, 7000, "USD",
     [("FGAS_QUOTA", "DE-UBA-FG-29-0102")], "HFC-23 for a fab under quota"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970121",
     "Oil on canvas, French school, 1780s, portrait, 1 pc", "FR", 15, 1, 220000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-29-1042")], "an 18th-century portrait with its export certificate"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "GB", "970531",
     "Collection of Iberian silver denarii, ex-collection since 1960, 40 pcs", "ES", 0.2, 40, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-29-0377")], "old-collection coins with an export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "293141",
     "DMMP 97 %, flame retardant, drums 250 kg, 16 pcs", "DE", 4000, 16, 11000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-29-4410"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-29-0288")],
     "Schedule 2 chemical to a named foam maker under licence"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "CH", "900590",
     "Thermal imaging cores 640x512, for firefighting cameras, 20 pcs", "FR", 2.5, 20, 38000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-29-0912"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-29-0130")],
     "thermal cores to a Swiss firefighting-camera maker under licence"),
    ("PRM-11", "wildlife", "import", "DEPOST01", "post", "GB", "DE", "010690",
     "Captive-bred Brachypelma hamorii, 5 pcs", "GB", 0.2, 5, 150, "GBP",
     [("CITES_PERMIT", "GB-CITES-29-0519")], "captive-bred tarantulas with their permit to a keeper"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "030119",
     "Aquacultured stony corals, Acropora frags, 300 pcs", "ID", 40, 300, 2400, "USD",
     [("CITES_PERMIT", "ID-CITES-29-1133")], "maricultured corals with an Appendix II permit"),
]

CONSIGNEES = {
    "PRM-01": "Autoliv Sicherheitstechnik GmbH", "PRM-02": "Carrières du Boulonnais SA",
    "PRM-05": "Koeltechniek Vlaanderen NV", "PRM-06": "Dresden Halbleiter Fab GmbH", "PRM-07": "Mr J. Whitmore",
    "PRM-08": "Baldwin's Numismatics Ltd", "PRM-09": "Tata Foam Systems Ltd", "PRM-10": "Flir Safety Systems AG",
    "PRM-11": "Herr J. Neumann", "PRM-12": "Mw. S. van Leeuwen",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Goods sent by post or express go only so, with parcel masses.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390110", "LDPE film grade, prime, 25 kg bags", "import", ["sea"], ["SA", "QA"], (1.2, 1.5), (20000, 24000), ["USD"], None, S),
    ("390319", "HIPS injection grade, prime", "import", ["sea"], ["KR", "TW"], (1.4, 1.8), (18000, 22000), ["USD"], None, S),
    ("390690", "PMMA moulding compound, virgin", "import", ["sea"], ["JP", "KR"], (2.3, 3.0), (10000, 18000), ["USD"], None, S),
    ("391530", "Clean post-industrial PVC window-profile offcuts, single colour", "export", ["road"], ["CH", "NO"], (0.3, 0.5), (15000, 20000), ["EUR"], None, S),
    ("470790", "Sorted corrugated cardboard bales, OCC 95/5", "export", ["sea"], ["IN", "ID"], (0.12, 0.18), (22000, 26000), ["EUR"], None, S),
    ("760200", "Aluminium extrusion scrap 6063, clean, 'Tread'", "export", ["road", "sea"], ["CH", "KR"], (1.6, 2.0), (18000, 22000), ["EUR", "USD"], None, S),
    ("847150", "Refurbished rack servers, tested, wiped, with test reports", "import", ["sea", "air"], ["US", "GB"], (20, 40), (1000, 4000), ["USD", "GBP"], 0.05, S),
    ("851713", "Refurbished smartphones grade A, boxed, with 12-month warranty", "import", ["air"], ["US", "HK"], (300, 600), (100, 500), ["USD"], 5, S),
    ("850760", "New Li-ion e-bike packs 36 V, boxed, UN 38.3 tested", "import", ["sea"], ["CN", "TW"], (40, 70), (2000, 6000), ["USD"], 0.35, S),
    ("252220", "Hydrated lime, white, for water treatment, EN 12518", "import", ["road"], ["RS", "UA"], (0.12, 0.18), (22000, 26000), ["EUR"], None, S),
    ("250410", "Natural flake graphite, 94 % C, for refractories", "import", ["sea"], ["MZ", "MG"], (0.8, 1.2), (20000, 24000), ["USD"], None, S),
    ("310210", "Urea 46 % N, prilled", "import", ["sea"], ["EG", "QA"], (0.35, 0.5), (25000, 30000), ["USD"], None, S),
    ("310230", "Ammonium nitrate 34.4 % N to an agricultural cooperative", "import", ["sea"], ["NO", "EG"], (0.4, 0.55), (24000, 28000), ["EUR"], None, S),
    ("280800", "Nitric acid 55 %, to a fertiliser plant, ISO tank", "import", ["sea", "rail"], ["NO", "UA"], (0.3, 0.45), (18000, 22000), ["EUR"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy bottles 250 ml", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (3000, 8000), ["EUR"], 4, S),
    ("250100", "Nitrite curing salt 0.6 %, for butchers, 25 kg sacks", "import", ["road"], ["RS", "CH"], (0.5, 0.8), (10000, 20000), ["EUR"], None, S),
    ("380110", "Lock graphite powder, retail tubes 5 g", "import", ["post", "express"], ["CN", "US"], (30, 60), (1, 3), ["USD", "EUR"], 150, S),
    ("330499", "Face cream base, emulsion, for cosmetics contract filler", "import", ["road"], ["CH", "TR"], (4, 7), (5000, 15000), ["EUR"], None, S),
    ("901580", "Geophones, 10 Hz, for seismic surveys, new", "import", ["air"], ["US", "CN"], (60, 120), (200, 800), ["USD"], 3, S),
    ("854470", "Optical-fibre cable, 24-core, armoured", "import", ["sea"], ["CN", "KR"], (4, 7), (8000, 16000), ["USD"], None, S),
    ("382769", "Refrigerant R-407C, within quota, refillable cylinders", "import", ["sea"], ["CN", "US"], (10, 16), (3000, 8000), ["USD"], None, S),
    ("271113", "Isobutane R-600a, refrigerant grade, 6.5 kg cylinders", "import", ["road", "sea"], ["KR", "US"], (3, 5), (2000, 6000), ["EUR", "USD"], 0.15, S),
    ("340590", "Electronics air duster, HFO-1234ze, 400 ml", "import", ["sea"], ["CN", "US"], (4, 7), (3000, 8000), ["USD"], 2.5, S),
    ("842410", "New ABC powder fire extinguishers 6 kg", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (5000, 12000), ["EUR", "USD"], 0.1, S),
    ("390729", "Polyol system for PU foam, HFO-blown, drums", "import", ["sea"], ["US", "KR"], (2.5, 3.5), (15000, 20000), ["USD"], None, S),
    ("691390", "Resin-and-clay replica Egyptian figurines, museum shop", "import", ["post", "express"], ["GB", "EG"], (20, 40), (1, 4), ["GBP", "USD"], 4, S),
    ("490199", "Facsimile edition of an illuminated manuscript, new", "import", ["post", "express"], ["CH", "GB"], (80, 200), (2, 5), ["EUR", "CHF"], 0.5, S),
    ("970191", "Contemporary oil paintings by living artists, signed, with invoice", "import", ["express"], ["US", "GB"], (300, 2000), (2, 5), ["USD", "GBP"], 0.3, S),
    ("680293", "Polished granite worktops, new", "import", ["sea"], ["IN", "BR"], (0.8, 1.4), (18000, 24000), ["USD"], None, S),
    ("710239", "Polished diamonds with KP and G7 traceability, origin BW", "import", ["air"], ["BW", "IN"], (1000000, 2500000), (1, 2), ["USD"], 5000, S),
    ("441231", "Birch plywood 18 mm, FSC, origin UA", "import", ["road"], ["UA"], (0.9, 1.3), (18000, 22000), ["EUR"], None, S),
    ("160431", "Farmed sturgeon caviar (Acipenser baerii), CITES-labelled tins", "import", ["air"], ["CN", "UY"], (500, 1200), (10, 60), ["EUR", "USD"], 20, S),
    ("030819", "Frozen Japanese sea cucumber, farmed, Apostichopus japonicus", "import", ["sea"], ["CN", "KR"], (20, 40), (2000, 8000), ["USD"], None, S),
    ("440729", "Sapele sawn timber, FSC, FAS", "import", ["sea"], ["CM", "CG"], (0.8, 1.2), (20000, 26000), ["EUR"], None, S),
    ("060290", "Grafted Astrophytum cacti, nursery-propagated, phytosanitary certificate", "import", ["air"], ["TH", "KR"], (8, 15), (100, 600), ["EUR", "USD"], 15, S),
    # everyday trade
    ("070310", "Onions, fresh", "import", ["sea", "road"], ["EG", "NZ", "TR"], (0.3, 0.5), (20000, 24000), ["USD", "EUR"], None, N),
    ("080550", "Lemons, fresh", "import", ["sea", "road"], ["AR", "TR", "ZA"], (0.8, 1.2), (18000, 22000), ["USD", "EUR"], None, N),
    ("080440", "Avocados, Hass", "import", ["sea"], ["PE", "KE", "CO"], (1.8, 2.8), (18000, 21000), ["USD"], None, N),
    ("081010", "Strawberries, fresh", "import", ["air", "road"], ["EG", "MA"], (3, 5), (2000, 12000), ["EUR", "USD"], None, N),
    ("070960", "Sweet peppers, fresh", "import", ["road"], ["MA", "TR"], (1.2, 1.8), (15000, 20000), ["EUR"], None, N),
    ("071320", "Chickpeas, dried", "import", ["sea"], ["CA", "MX", "TR"], (0.8, 1.2), (20000, 24000), ["USD"], None, N),
    ("100199", "Milling wheat", "import", ["sea"], ["CA", "US", "AU"], (0.25, 0.33), (25000, 30000), ["USD"], None, N),
    ("110100", "Wheat flour, bakery", "export", ["road", "sea"], ["CH", "DZ"], (0.35, 0.5), (20000, 25000), ["EUR"], None, N),
    ("120242", "Groundnuts, shelled", "import", ["sea"], ["AR", "US", "IN"], (1.3, 1.8), (20000, 24000), ["USD"], None, N),
    ("080132", "Cashew kernels, W320", "import", ["sea"], ["VN", "IN"], (7, 9), (15000, 18000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4.5), (15000, 20000), ["USD"], None, N),
    ("090411", "Black pepper, whole", "import", ["sea"], ["VN", "BR"], (3.5, 5.5), (15000, 20000), ["USD"], None, N),
    ("091011", "Ginger, fresh", "import", ["sea"], ["CN", "PE"], (1.0, 1.6), (20000, 24000), ["USD"], None, N),
    ("151211", "Crude sunflower oil", "import", ["sea"], ["UA", "AR"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["TH", "EC", "PH"], (4, 6), (15000, 20000), ["USD"], 5, N),
    ("030441", "Frozen salmon fillets, farmed", "import", ["sea", "air"], ["NO", "CL"], (9, 13), (10000, 20000), ["EUR", "USD"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "TH"], (2, 3), (22000, 26000), ["USD"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road", "sea"], ["US", "CH", "JP"], (9, 15), (8000, 18000), ["EUR"], None, N),
    ("040221", "Whole milk powder, 25 kg bags", "export", ["sea"], ["DZ", "NG", "CN"], (3.2, 4.2), (20000, 25000), ["EUR"], None, N),
    ("180632", "Chocolate bars, retail", "export", ["road", "sea"], ["GB", "US", "CH"], (5, 9), (8000, 16000), ["EUR"], 10, N),
    ("190531", "Sweet biscuits, retail", "import", ["road"], ["TR", "RS"], (2, 3.5), (10000, 18000), ["EUR"], 5, N),
    ("200931", "Lemon juice concentrate, frozen", "import", ["sea"], ["AR", "MX"], (1.5, 2.5), (18000, 22000), ["USD"], None, N),
    ("220830", "Scotch whisky, bottled", "import", ["road", "sea"], ["GB"], (8, 20), (8000, 16000), ["GBP"], 1.4, N),
    ("220210", "Soft drinks, canned", "import", ["road"], ["TR", "RS"], (0.6, 1.0), (18000, 22000), ["EUR"], None, N),
    ("210111", "Instant coffee, bulk", "import", ["sea"], ["BR", "VN", "IN"], (8, 12), (10000, 18000), ["USD"], None, N),
    ("210390", "Soy sauce and condiments, retail", "import", ["sea"], ["CN", "JP", "TH"], (1.5, 3), (10000, 18000), ["USD"], 1.5, N),
    ("300241", "Vaccines, human, cold chain", "import", ["air"], ["US", "IN", "CH"], (400, 1500), (100, 800), ["USD", "CHF"], None, N),
    ("300450", "Vitamin tablets, retail", "import", ["post", "express"], ["US", "GB"], (20, 45), (1, 4), ["USD", "GBP"], 2, N),
    ("330410", "Lipsticks, retail", "import", ["post", "express"], ["KR", "US"], (100, 250), (1, 3), ["USD"], 50, N),
    ("330300", "Perfumes, eau de parfum", "export", ["air"], ["AE", "US", "CN"], (80, 200), (200, 1500), ["EUR"], 10, N),
    ("340250", "Laundry detergent, retail", "import", ["road"], ["TR", "RS"], (1.0, 1.8), (15000, 22000), ["EUR"], None, N),
    ("392690", "Plastic household articles", "import", ["sea"], ["CN", "VN"], (2.5, 4), (8000, 14000), ["USD"], None, N),
    ("401170", "Tyres for agricultural tractors, new", "import", ["sea"], ["IN", "CN"], (2.5, 4), (15000, 20000), ["USD"], 0.02, N),
    ("420222", "Handbags, textile outer", "import", ["post", "express"], ["CN", "VN"], (30, 80), (1, 4), ["USD"], 2, N),
    ("442191", "Bamboo kitchenware", "import", ["sea"], ["CN", "VN"], (2, 3.5), (5000, 10000), ["USD"], None, N),
    ("481820", "Paper napkins and handkerchiefs", "import", ["road"], ["TR", "RS"], (1.2, 2), (10000, 16000), ["EUR"], None, N),
    ("490199", "Children's picture books, new", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 5), ["GBP", "USD"], 2, N),
    ("510111", "Greasy shorn wool", "import", ["sea"], ["AU", "NZ", "UY"], (4, 7), (18000, 22000), ["USD"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "PK", "TR"], (6, 10), (6000, 12000), ["USD"], 5, N),
    ("611030", "Synthetic-fibre pullovers", "import", ["sea"], ["CN", "BD"], (8, 14), (5000, 10000), ["USD"], 3, N),
    ("620342", "Men's cotton jeans", "import", ["sea"], ["BD", "PK", "TN"], (8, 13), (5000, 10000), ["USD", "EUR"], 1.6, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN"], (5, 8), (8000, 14000), ["USD"], None, N),
    ("640399", "Leather shoes", "import", ["post", "express"], ["CN", "VN", "IN"], (40, 100), (1, 4), ["EUR", "USD"], 1, N),
    ("690721", "Porcelain floor tiles", "import", ["sea"], ["IN", "CN", "TR"], (0.3, 0.5), (22000, 26000), ["USD"], None, N),
    ("701337", "Drinking glasses", "import", ["sea", "road"], ["TR", "CN"], (1.5, 3), (8000, 14000), ["USD", "EUR"], 4, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["KR", "IN", "VN"], (0.8, 1.0), (22000, 26000), ["USD"], None, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (4, 7), (6000, 12000), ["USD"], 1, N),
    ("761010", "Aluminium windows and frames", "export", ["road"], ["CH", "NO"], (8, 12), (3000, 8000), ["EUR"], None, N),
    ("830140", "Door locks, mortice", "import", ["sea"], ["CN", "TW"], (6, 10), (3000, 8000), ["USD"], 2, N),
    ("841459", "Desk and pedestal fans", "import", ["sea"], ["CN"], (3, 5), (6000, 12000), ["USD"], 0.2, N),
    ("841810", "Combined fridge-freezers, R-600a, household", "import", ["sea"], ["TR", "CN"], (3, 4.5), (10000, 15000), ["EUR", "USD"], 0.014, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (10000, 16000), ["EUR", "USD"], 0.015, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN", "MY"], (15, 25), (3000, 8000), ["USD"], 0.6, N),
    ("847141", "Desktop computers, new", "import", ["sea", "air"], ["CN", "TW"], (40, 80), (1000, 4000), ["USD"], 0.12, N),
    ("851310", "Rechargeable flashlights", "import", ["post", "express"], ["CN"], (20, 40), (1, 3), ["USD"], 4, N),
    ("851660", "Electric cookers and air fryers", "import", ["sea"], ["CN"], (4, 7), (6000, 12000), ["USD"], 0.2, N),
    ("852872", "LED televisions", "import", ["sea"], ["CN", "MY"], (8, 14), (8000, 14000), ["USD", "EUR"], 0.07, N),
    ("870899", "Car parts, suspension", "import", ["sea", "road"], ["TR", "CN", "JP"], (4, 8), (5000, 12000), ["EUR", "USD"], None, N),
    ("871200", "Bicycles, city", "import", ["sea"], ["TW", "KH"], (8, 14), (5000, 10000), ["USD"], 0.07, N),
    ("900490", "Reading glasses", "import", ["post", "express"], ["CN"], (40, 80), (1, 2), ["USD"], 40, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea", "road"], ["VN", "UA"], (4, 6), (6000, 12000), ["USD", "EUR"], 0.15, N),
    ("940429", "Mattresses, foam", "import", ["road"], ["UA", "TR"], (3, 5), (5000, 10000), ["EUR"], 0.05, N),
    ("950300", "Toys, plastic, retail", "import", ["sea"], ["CN", "VN"], (4, 8), (6000, 14000), ["USD"], 4, N),
    ("950300", "Construction toy sets", "import", ["post", "express"], ["CN", "GB"], (30, 60), (1, 4), ["EUR", "USD"], 1, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN", "IN"], (5, 9), (3000, 8000), ["USD"], 60, N),
    ("960840", "Ballpoint and gel pens", "import", ["sea"], ["CN", "IN"], (5, 9), (3000, 8000), ["USD"], 80, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind22", 20291101, HERE)


if __name__ == "__main__":
    main()
