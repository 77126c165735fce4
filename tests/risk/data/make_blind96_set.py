#!/usr/bin/env python3
"""Writes the ninety-sixth blind set (tests/risk/data/blind96-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2042, with goods, routes,
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
consignee name only where a real declaration would. Ids are BL96-*:

    python3 tests/risk/data/make_blind96_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2042, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2042
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "NO", [], "DE", "282720",
         "Påfyll til luftavfukter, kalsiumklorid, 6 x 1 kg", "NO", 6.2, 6, 900, "NOK",
         "dehumidifier refills are dull white calcium-chloride flakes that turn to brine in the tray within days; these six "
         "bags hold fine, glossy crystals that stay loose in a damp cellar, flare bright yellow on a hot plate and read "
         "'NaClO4' on the inner liners: sodium perchlorate (Annex I above 40 %), posted from Bergen to a private person in "
         "Kiel; Norwegian wording (perchlorates and calcium-chloride or dehumidifier covers repeat in several sets; "
         "sodium perchlorate as cellar-dehumidifier refills posted from Norway is the new part as far as a search found)",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "HUROAD01", "road", "RS", [], "HU", "380894",
         "Hordófertőtlenítő oldat borászati használatra, 3 %, 10 x 5 l", "RS", 57, 10, 24000, "RSD",
         "barrel sanitisers for wineries are sulphur sticks, metabisulphite or a 3 % peroxide-peracetic solution; these ten "
         "canisters hold a water-thin liquid at 1.13 kg/l that vents through the caps, bleaches the skin white and reads "
         "'H2O2 35 %' on the filler's label under the Hungarian sticker: hydrogen peroxide (Annex I above 12 %), in a "
         "private car at Röszke for a private person in Szeged who keeps no vineyard and no cellar; Hungarian wording "
         "from Vojvodina (hydrogen peroxide repeats in many sets and a barrel cleaner appears once; a winery barrel "
         "sanitiser by car from Serbia is the new part)", person("Magánszemély", "HU")),
        ("PRE-03", "import", "NLAIR01", "express", "JP", [], "NL", "381400",
         "石油ストーブ 芯クリーナー (溶剤), 4 x 1 L", "JP", 4.6, 4, 9000, "JPY",
         "kerosene-heater wick cleaners are a spray of light paraffin or isopropanol; these four litres are oily, smell "
         "faintly of fruit, do not burn off a wick cleanly and the inner bottles read 'CH3NO2 98 %': nitromethane "
         "(Annex I above 16 %), sent by express from Osaka to a private person in Utrecht, although flammable liquids "
         "travel by express only as declared dangerous goods; Japanese wording (nitromethane repeats in many sets and "
         "heater-wick covers in a few; a solvent for Japanese kerosene heaters by express is the new part)",
         person("M. Bakker", "NL")),
        ("PRE-04", "import", "DKPOST01", "post", "IS", [], "DK", "283330",
         "Álún til jurtalitunar á ull, 5 x 1 kg", "IS", 5, 5, 6000, "ISK",
         "potash alum for natural wool dyeing is a clear, sour, astringent crystal that dissolves quietly in hot water; "
         "these five bags hold a glossy white powder with no taste that spits violet sparks on a hot iron and carries CAS "
         "3811-04-9 inside: potassium chlorate (Annex I above 40 %), posted from Akureyri to a private person in Odense "
         "who has no dye pots; Icelandic wording (potassium chlorate repeats in many sets and dyeing-mordant covers in a "
         "few; alum for plant-dyeing wool, posted from Iceland, was found in no earlier row)",
         person("Privatperson", "DK")),
        ("PRE-05", "import", "ROROAD01", "road", "MD", [], "RO", "340590",
         "Soluție pentru curățarea și gravarea pietrelor funerare, 6 x 1 l", "MD", 8.4, 6, 1200, "MDL",
         "gravestone cleaners are a mild alkaline or pH-neutral gel and lettering is cut, not etched; these six litres "
         "are water-clear to pale yellow, fume brown when opened and stain the skin yellow, at 1.40 kg/l: about 65 % "
         "nitric acid (Annex I above 3 %), in a private car at Sculeni for a private person in Iași who works no stone; "
         "Moldovan Romanian wording (nitric acid repeats in many sets and a granite-gravestone cleaner covered it in "
         "blind60, by road from Serbia to Slovenia; a 'cleaning and etching' solution by car from Moldova is the new "
         "part, the cover itself a known repeat)", person("Persoană fizică", "RO")),
        ("PRE-06", "import", "ITSEA01", "sea", "EG", [], "IT", "310430",
         "سلفات البوتاسيوم القابلة للذوبان 50٪ K2O، أكياس 25 كجم، 22 طن", "EG", 22000, 880, 8800, "USD",
         "soluble potassium sulphate is a fine, grey-white powder with 50 % K2O and no nitrogen at all; these 25 kg "
         "retail bags hold hard white prills that turn ice-cold in water and test at 34.4 % N, at 0.40 USD/kg, for a "
         "Naples garden web shop that sells them to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public; Egyptian Arabic wording (ammonium nitrate repeats in many sets and "
         "potassium-sulphate covers in several; by sea from Alexandria to Naples in Arabic is the new part)",
         firm("Giardino Vega Srl", "IT")),
        ("PRE-07", "import", "FRAIR01", "express", "US", [], "FR", "382499",
         "Battery desulfator additive for lead-acid batteries, 8 x 1 qt", "US", 13.9, 8, 96, "USD",
         "desulfator additives are a few grams of EDTA or magnesium salt to drop into each cell; these eight quarts are "
         "heavy, oily, weigh 1.83 kg/l and char a paper towel at once: about 93 % sulphuric acid (Annex I above 15 %), "
         "sent by express from Texas to a private person in Lyon, although corrosive liquids travel by express only as "
         "declared dangerous goods; US English wording (sulphuric acid repeats in many sets and battery-acid covers in "
         "several; a 'desulfator additive' was found in no earlier row)", person("M. T. Dubois", "FR")),
        ("PRE-08", "import", "IEPOST01", "post", "US", [], "IE", "250100",
         "Pretzel salt, coarse, food grade, 4 x 1 kg", "US", 4, 4, 36, "USD",
         "pretzel salt is opaque, bright white, flat-grained sodium chloride that tastes of salt; these four pouches "
         "hold clear, glassy crystals with no salty taste that burn fiercely mixed with sugar and read 'KClO4 99 %' on "
         "the inner bags: potassium perchlorate (Annex I above 40 %), posted from Pennsylvania to a private person in "
         "Cork who bakes nothing; US English wording (potassium perchlorate repeats in many sets and salt covers in "
         "several; a pretzel-salt cover was found in no earlier row)", person("Private individual", "IE")),
        ("PRE-09", "import", "BGROAD01", "road", "TR", [], "BG", "340590",
         "Oto yıkama malzemeleri: köpük şampuan, 10 x 20 l", "TR", 210, 10, 6000, "TRY",
         "a car-wash supply order by van: foam shampoo and microfibre cloths are what a car wash buys, but the third "
         "item's 'kireç çözücü toz' (limescale-remover powder) is four 25 kg drums of loose white crystals that draw damp, "
         "flare yellow on a cigarette and read 'NaClO3' on the inner liners: sodium chlorate (Annex I above 40 %), hidden "
         "as the last item of a three-item declaration, at Kapitan Andreevo for a private person in Haskovo who runs no "
         "car wash; Turkish wording (sodium chlorate repeats in many sets; as the last item of a car-wash order by road "
         "from Türkiye to Bulgaria is the new part)",
         dict(person("Частно лице", "BG"),
              _more_items=[item("630710", "Mikrofiber bez, 500 adet", "TR", 25, 5000, "TRY", qty=500),
                           item("340290", "Kireç çözücü toz, 4 x 25 kg", "TR", 100, 2400, "TRY", qty=4)])),
        ("PRE-10", "import", "ESSEA01", "sea", "IN", [], "ES", "330690",
         "डेन्चर सोक सॉल्यूशन 3 %, 500 मिली बोतलें, 24,000 बोतलें", "IN", 14400, 24000, 14400, "USD",
         "denture soaks are effervescent tablets or a 3 % peroxide with mint; these 24,000 half-litre bottles weigh "
         "1.20 kg/l, have vented caps, no flavour and the shipping documents read 'Hydrogen peroxide 50 % w/w', at 0.60 "
         "USD a bottle, for a Valencia web shop that sells to the public: hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public; Hindi wording (hydrogen peroxide repeats in many sets and "
         "denture-cleaner covers in two, by post; a sea container of retail bottles from India to Spain is the new "
         "part)", firm("Hogar Delta SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "GH", "340399",
         "Bohröl-Konzentrat, wassermischbar, Restposten, 80 IBC", "DE", 80000, 80, 8000, "EUR",
         "soluble cutting-oil concentrate is a clear amber oil in sealed drums with a data sheet; these IBCs hold a "
         "grey, stinking, bacterially split emulsion with metal fines and tramp oil, pumped from a car-parts plant's "
         "machine sumps, at 0.10 EUR/kg: spent metalworking emulsion (12 01 09*), hazardous waste whose export to a "
         "non-OECD country is banned, from Hamburg for a Tema 'lubricants trader'; German wording (waste oils and "
         "emulsions repeat in many sets; spent machining emulsion as cutting-oil concentrate was found in no earlier "
         "row)", {"importer_country": "GH"}),
        ("WST-02", "export", "PTAIR01", "air", "PT", [], "AO", "842199",
         "Cartuchos de filtro de água usados, para recondicionamento, 300 unid.", "PT", 450, 300, 900, "EUR",
         "used water filter cartridges are light plastic tubes with spent carbon; these are heavy, grey canisters from "
         "dental-practice amalgam separators, full of sludge with beads of mercury and silver-tin alloy: dental amalgam "
         "waste (18 01 10*), hazardous waste whose export to a non-OECD country is banned, flown from Lisbon to a Luanda "
         "'filter refurbisher'; Portuguese wording (amalgam waste repeats in several sets and filter-cartridge covers "
         "in a few; amalgam-separator cartridges flown to Angola are the new part)", {"importer_country": "AO"}),
        ("WST-03", "export", "PLRAIL01", "rail", "PL", [], "UA", "700100",
         "Stłuczka szklana biała, sortowana, 3 wagony", "PL", 180000, None, 9000, "EUR",
         "sorted white cullet is clean flint glass from bottle banks; these wagons hold fine, powdery crushed tube glass "
         "with white phosphor dust, aluminium end caps and a mercury-vapour reading over the limit when a door is "
         "opened, from a lamp-collection scheme: crushed fluorescent lamps (20 01 21*), hazardous waste whose export to "
         "a non-OECD country is banned, by rail from Dorohusk to a Kovel 'glassworks'; Polish wording (fluorescent "
         "lamps and cullet covers repeat in several sets; by rail from Poland to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "310100",
         "Ammendante organico compostato, pellettato, 25 container", "IT", 500000, None, 15000, "EUR",
         "composted soil improvers are brown, crumbly and smell of earth, sold with an analysis; these pellets are "
         "blue-grey, smell of ammonia and test at 2 % chromium, from the sludge press of a Tuscan tannery district: "
         "tannery sludge containing chromium (04 01 06, classified hazardous on analysis, 19 08 13*), hazardous waste "
         "whose export to a non-OECD country is banned, from Livorno for a Sfax 'organic fertiliser' importer; Italian "
         "wording (tannery sludge repeats in a few sets and soil-conditioner covers once; as pelleted compost from Italy "
         "to Tunisia is the new part)", {"importer_country": "TN"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "PK", "440132",
         "Houtbriketten, secundaire brandstof, 30 containers", "NL", 720000, None, 21600, "EUR",
         "wood briquettes are pressed, brown, uniform logs that smell of sawdust; these are grey, crumbly lumps of foam, "
         "fibre, plastic chips, glass and wire, with oil stains, from a car shredder's light fraction: automotive "
         "shredder residue (19 10 03*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam "
         "for a Karachi 'cement kiln fuel' buyer; Dutch wording (shredder residue repeats in several sets and briquette "
         "covers in a few; as wood briquettes to Pakistan is the new part)", {"importer_country": "PK"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", [], "RS", "850760",
         "E-Bike-Akkus, gebraucht, geprüft, 400 Stk.", "AT", 1200, 400, 4000, "EUR",
         "tested second-hand e-bike batteries come singly, with a capacity report and a warranty, at 150-300 EUR; these "
         "400 packs from a Vienna recycling yard are swollen, cracked or burned, have no test report and are thrown "
         "loose into a trailer, at 10 EUR each: waste lithium-ion batteries from discarded equipment (16 06 and 16 02 "
         "hazardous entries), hazardous waste whose export to a non-OECD country is banned, at Nickelsdorf for a "
         "Belgrade 'battery refurbisher'; Austrian German wording (e-bike batteries repeat in several sets; by trailer "
         "from Austria to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "EG", "681381",
         "Μεταχειρισμένα τακάκια και σιαγόνες φρένων, χωρίς αμίαντο, 12 t", "GR", 12000, None, 2400, "EUR",
         "second-hand brake shoes are relined and boxed in pairs; these sacks hold worn linings torn off lorries and "
         "buses of the 1980s, grey, fibrous, with a lab report of 30 % chrysotile, although the declaration says "
         "asbestos-free: brake linings containing asbestos (16 01 11*), hazardous waste whose export to a non-OECD "
         "country is banned, from Piraeus for an Alexandria 'spare parts trader'; Greek wording (asbestos and brake "
         "linings repeat in several sets, an asbestos stock of lorry brake parts from Italy to Tunisia in blind54 among "
         "them; worn linings declared asbestos-free, from Greece to Egypt, are the new part)", {"importer_country": "EG"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MR", "250590",
         "Arena lavada para construcción, 1.200 t", "ES", 1200000, None, 6000, "EUR",
         "washed building sand is clean, graded and sold by the tonne with a grading curve; this is black, oily, "
         "fine silt that smells of diesel and detergent, dug out of the sand traps and oil separators of motorway "
         "service areas and car washes, at 0.005 EUR/kg: oil-separator and sand-trap sludge (13 05 01*, 13 05 02*), "
         "hazardous waste whose export to a non-OECD country is banned, from Algeciras for a Nouakchott 'builder's "
         "merchant'; Spanish wording (oily sludges repeat in several sets; sand-trap sludge as washed building sand "
         "to Mauritania was found in no earlier row)", {"importer_country": "MR"}),
        ("WST-09", "transit", "ESSEA01", "sea", "GB", ["ES"], "SN", "854143",
         "Solar modules, second hand, tested, thin-film, 2 containers", "GB", 36000, 3000, 9000, "GBP",
         "tested second-hand modules are crystalline panels on pallets with a flash-test sheet each; these are "
         "cadmium-telluride thin-film panels from a decommissioned farm, half of them shattered, with no test sheets, "
         "loose in the containers: waste photovoltaic panels containing cadmium (16 02 13*), hazardous waste whose "
         "transit through the Union had no notification, landed at Valencia in transit from Felixstowe to Dakar; "
         "English wording (solar panels repeat in many sets and CdTe panels in a few; in transit through Spain to "
         "Senegal is the new part)", {"importer_country": "SN"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "CI", "940360",
         "Déménagement: meubles d'occasion, 1 lot", "FR", 900, 1, 1500, "EUR",
         "a family's removal container: used furniture and boxes of clothes are what a returning family ships, but the "
         "third item's 'pièces auto d'occasion' are 120 scrapped lead-acid car batteries, some leaking, packed behind the "
         "wardrobes: waste lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Le Havre to Abidjan; French wording (lead "
         "batteries repeat in many sets and removal covers in several; behind a family's furniture to Côte d'Ivoire is "
         "the new part)",
         dict({"importer_country": "CI"},
              _more_items=[item("630900", "Vêtements usagés personnels, 20 cartons", "FR", 300, 200, "EUR", qty=20),
                           item("870899", "Pièces auto d'occasion, 120 pièces", "FR", 1800, 600, "EUR", qty=120)])),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "express", "KR", [], "DE", "381400",
         "정밀 세정제 HFE-7100, 전자부품용, 4 x 5 kg", "KR", 20, 4, 600000, "KRW",
         "HFE-7100 is a clear, almost odourless hydrofluoroether sold in sealed cans at a high price; these four cans "
         "hold a liquid that boils at 51-56 °C and whose inner labels read 'AK-225' with the maker's lot numbers: "
         "HCFC-225ca/cb (Annex I group VIII substance), whose import into the Union is banned, sent by express from "
         "Suwon to an electronics repairer in Stuttgart; Korean wording (HCFC-225 repeats in a few sets and HFE labels in "
         "several; a Korean 'precision cleaner' by express is the new part)", firm("Horizon Elektronik GmbH", "DE")),
        ("OZN-02", "import", "NLSEA01", "sea", "US", [], "NL", "382499",
         "Vapor degreasing solvent, n-propyl bromide based, stabilised, 80 drums", "US", 26400, 80, 40000, "USD",
         "nPB degreasing solvents weigh 1.35 kg/l and smell sharply; these drums hold a liquid of 1.32 kg/l that "
         "boils at 74 °C instead of 71 °C, carries dioxane stabiliser and whose drum heads are stamped '1,1,1-TCA' "
         "under the new labels: methyl chloroform (1,1,1-trichloroethane), whose import into the Union is banned, by sea "
         "from Houston to Rotterdam for a metal-finishing supplier; US English wording (methyl chloroform repeats in "
         "several sets and an nPB label covered another solvent in blind20; methyl chloroform under an nPB label by "
         "sea is the new part)", firm("Delta Chemicals Trading BV", "NL")),
        ("OZN-03", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "290379",
         "R-1233zd(E) 低压离心冷水机组制冷剂, 40 桶", "CN", 10000, 40, 40000, "USD",
         "HFO-1233zd(E) is sold at 20 USD/kg or more by a handful of makers, each drum with a certificate; these 40 "
         "drums cost 4 USD/kg, boil at 27.8 °C instead of 18 °C and the drum heads are stamped 'R123': HCFC-123, whose "
         "import into the Union is banned (2024/590), by rail from Chongqing to Ostrava for a chiller-service firm; "
         "Chinese wording (HCFC-123 under a 1233zd(E) label repeats in several sets, once by rail to Duisburg in "
         "blind49; kept as a known repeat, to Czechia is the new part)", firm("Vega Chlazení s.r.o.", "CZ")),
        ("OZN-04", "import", "HUROAD01", "road", "UA", [], "HU", "271019",
         "Гідравлічна рідина АМГ-10, 10 бочок по 200 л", "UA", 4300, 10, 3000, "USD",
         "AMG-10 is a red, thin mineral hydraulic oil of 0.85 kg/l; these ten drums hold a colourless, very heavy "
         "liquid at 2.17 kg/l that evaporates with a sweetish smell and whose drums carry old stencils '114B2': halon "
         "2402 from legacy fire systems, whose import into the Union is banned, by lorry at Záhony for a Budapest "
         "'hydraulics' dealer; Ukrainian wording (halon 2402 repeats in several sets; as AMG-10 hydraulic fluid by road "
         "from Ukraine was found in no earlier row)", firm("Vega Hidraulika Kft.", "HU")),
        ("OZN-05", "import", "ESROAD01", "road", "MA", [], "ES", "293090",
         "Disulfure de diméthyle (DMDS), fumigant du sol, 60 bouteilles", "MA", 3000, 60, 9000, "EUR",
         "DMDS is a yellowish liquid with a strong garlic-sulphur smell, shipped in drums; these are pressure cylinders "
         "of a colourless, almost odourless gas with 2 % chloropicrin as a warning agent: methyl bromide, whose import "
         "into the Union is banned (no quarantine exemption for soil fumigation), on a lorry through Tanger Med and "
         "Algeciras for strawberry growers near Huelva; Moroccan French wording (methyl bromide repeats in many sets "
         "and a DMDS label covered it in blind80, from Israel to Cyprus by sea; by lorry from Morocco is the new part)", firm("Fresas Atlantic SL", "ES")),
        ("OZN-06", "import", "FRPOST01", "post", "VN", [], "FR", "382499",
         "Bình khí nén cho súng phun sơn airbrush, 12 lon", "VN", 4.8, 12, 40, "USD",
         "airbrush propellant cans hold R-134a or a propane-butane mix; these twelve cans have Chinese inner labels "
         "'R22' and frost when vented: HCFC-22 in disposable cans, whose import (and import of products containing it) "
         "is banned, posted from Ho Chi Minh City to a private person in Lille, although pressurised cans may not go by "
         "post; Vietnamese wording (HCFC-22 in small cans repeats in several sets; airbrush propellant posted from "
         "Vietnam is the new part)", person("Mme Claire Martin", "FR")),
        ("OZN-07", "export", "BESEA01", "sea", "BE", [], "CD", "290323",
         "Perchloréthylène pour pressing, 20 fûts de 330 kg", "BE", 6600, 20, 9900, "EUR",
         "perchloroethylene for dry-cleaners is a heavy, sweet-smelling solvent of 1.62 kg/l; these drums are labelled "
         "perc but hold a liquid of 1.59 kg/l boiling at 77 °C, with a surplus-stock invoice of 'tétrachlorure' from a "
         "closed laboratory: carbon tetrachloride, whose export from the Union is banned except for licensed "
         "feedstock, laboratory and analytical uses, from Antwerp to a Kinshasa 'dry-cleaning' supplier; Belgian "
         "French wording (carbon tetrachloride repeats in many sets and perchloroethylene labels in several; to Congo "
         "from Antwerp is the new part)", {"importer_country": "CD"}),
        ("OZN-08", "transit", "BGROAD01", "road", "TR", ["BG", "RO"], "MD", "842410",
         "Огнетушители FE-36 (HFC-236fa), 6 кг, 200 шт.", "TR", 2400, 200, 12000, "USD",
         "FE-36 extinguishers are marked with the HFC-236fa name and their discharge is almost odourless; these 200 "
         "have cylinder stencils 'BCF' under the stickers and their service tags name halon 1211, from a Turkish "
         "shipyard's old stock: halon 1211 in portable extinguishers, moved through the Union without the licence "
         "2024/590 requires, on a lorry at Kapitan Andreevo in transit through Bulgaria and Romania to Chișinău; "
         "Russian wording (halon 1211 repeats in many sets and FE-36 labels in a few; in transit by road to Moldova is "
         "the new part)", {"importer_country": "MD"}),
        ("OZN-09", "import", "CYSEA01", "sea", "EG", [], "CY", "291100",
         "ميثيلال (ثنائي ميثوكسي ميثان) عامل نفخ للبولي يوريثان، 60 برميل", "EG", 14400, 60, 18000, "USD",
         "methylal is a light, flammable liquid of 0.86 kg/l that smells of chloroform-like ether; these drums hold a "
         "non-flammable liquid of 1.24 kg/l boiling at 32 °C: HCFC-141b, whose import into the Union is banned, by sea "
         "from Alexandria to Limassol for a spray-foam insulation firm; Egyptian Arabic wording (HCFC-141b repeats in "
         "many sets and methylal labels once; from Egypt to Cyprus is the new part)", firm("Rivage Insulation Ltd", "CY")),
        ("OZN-10", "import", "HRROAD01", "road", "RS", [], "HR", "290345",
         "Rashladni gas R-134a, boce 13,6 kg, 40 kom", "RS", 544, 40, 4000, "EUR",
         "R-134a cylinders come from a few makers with a fill weight and a tare; these 40 have repainted shoulders, "
         "pressure readings too high for 134a at room temperature and a sniffer reading of R-12: CFC-12 (dichloro-"
         "difluoromethane), whose import into the Union is banned, in a van at Bajakovo for a Zagreb car-air-conditioning "
         "workshop; Serbian wording (CFC-12 under R-134a labels repeats in many sets; kept as a known repeat, by road "
         "from Serbia to Croatia is the new part)", firm("Alpina Klima d.o.o.", "HR")),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "EG", [], "AT", "630790",
         "بقايا أقمشة بمظهر عتيق للخياطة والترقيع، 2 كجم", "EG", 2, 14, 30, "USD",
         "antique-look quilting remnants are new cotton pieces, tea-dyed; these fourteen pieces are brittle linen and wool "
         "tapestry fragments with purple roundels, dancing figures and crosses in the weave, with sand in the folds: "
         "Coptic textiles of the 4th-7th century from burials in Egypt, exported without the Egyptian authorities' "
         "permission and brought in as archaeological objects over 250 years old without an import licence "
         "(Regulation 2019/880), posted from Cairo to a private person in Graz; Egyptian Arabic wording (Coptic textiles "
         "repeat in a few sets; as quilting remnants by post to Austria is the new part)", person("Frau S. Huber", "AT")),
        ("CUL-02", "import", "ESAIR01", "air", "PE", [], "ES", "630399",
         "Manteles de algodón bordados a mano, 6 unidades", "PE", 9, 6, 300, "USD",
         "embroidered cotton tablecloths from Lima markets are new, white and machine-hemmed; these six are brittle "
         "brown cloths densely embroidered in camelid wool with faded red-ochre and indigo figures of masked flying "
         "beings, with soil on the reverse and no hems: Paracas mantle fragments (c. 200 BC), archaeological objects "
         "whose export Peru forbids, brought in without an import licence (Regulation 2019/880), flown from Lima to "
         "Madrid for a gallery; Peruvian Spanish wording (Andean textiles repeat in many sets, as alpaca hangings and "
         "'old fabric fragments' among them; an embroidered-tablecloth label was found in no earlier row)",
         firm("Galería Orion SL", "ES")),
        ("CUL-03", "import", "ITSEA01", "sea", "OM", [], "IT", "680221",
         "Onyx bookends, polished, handmade, 12 pairs", "OM", 180, 24, 600, "USD",
         "onyx bookends are banded green or honey stone, machine-polished; these 24 blocks are translucent calcite "
         "alabaster with carved stylised faces and South Arabian inscriptions on the base, some with old breaks: "
         "Qatabanian funerary stelae and heads from Yemen, exported without the Yemeni authorities' permission and "
         "brought in without an import licence (Regulation 2019/880), by sea from Salalah to Genoa, with the Omani "
         "transhipment hiding the Yemeni origin on the first invoice; English wording from Oman (Yemeni alabaster "
         "repeats in several sets; as onyx bookends through Salalah is the new part)", firm("Arredi Meridian Srl", "IT")),
        ("CUL-04", "import", "DEPOST01", "post", "RS", [], "DE", "960629",
         "Stara dugmad i žetoni, mešano, iz detektora metala, 2 kg", "RS", 2, 400, 60, "EUR",
         "metal-detector button lots are bent brass buttons and bottle caps; these 400 pieces are green-crusted bronze "
         "coins of Constantine and his sons, with earth still in the legends, from fields near Sirmium: Roman coins, "
         "archaeological objects whose export Serbia forbids, brought in without an import licence (Regulation "
         "2019/880), posted from Sremska Mitrovica to a coin dealer's private address in Munich; Serbian wording (Roman "
         "coins repeat in many sets and old-button covers in blind86, blind87 and a development set; kept as a known "
         "repeat, posted from Serbia is the new part)",
         person("Herr K. Becker", "DE")),
        ("CUL-05", "export", "FRROAD01", "road", "FR", [], "GB", "680291",
         "Socle de colonne de jardin, pierre calcaire, 1 pièce", "FR", 380, 1, 400, "EUR",
         "garden column bases are new reconstituted stone, cast in a mould; this is a weathered limestone capital with "
         "carved acanthus, lions and a biblical scene, mortar still on the top bed, from a ruined Romanesque chapel in "
         "the Languedoc: an element of a monument over 100 years old, exported without the EU export licence "
         "(Regulation 116/2009) or a French certificate, in a van at Calais for a London garden-antiques dealer; French "
         "wording (architectural fragments as garden stone repeat in several sets, a capital by road from Italy to "
         "Switzerland in blind26 and a Catalan planter in blind87; by road from France to Britain is the new part)",
         {"importer_country": "GB"}),
        ("CUL-06", "export", "DEAIR01", "air", "DE", [], "JP", "482090",
         "Kalligrafie-Übungsblätter, Pergament-Optik, 30 Blatt", "DE", 3, 30, 90, "EUR",
         "calligraphy practice sheets are new paper with a parchment print; these 30 leaves are real vellum with square "
         "musical notation on red four-line staves, gold initials and 15th-century Gothic script, cut from a "
         "Franconian monastery's antiphonary: manuscript leaves over 50 years old, exported without the EU export "
         "licence (Regulation 116/2009), flown from Frankfurt to a Tokyo dealer; German wording (manuscript leaves repeat "
         "in several sets and antiphonary leaves in a few; as calligraphy practice sheets to Japan is the new part)",
         {"importer_country": "JP"}),
        ("CUL-07", "import", "NLAIR01", "express", "TR", [], "NL", "491191",
         "Ebru sanatı kağıtları, el yapımı, 40 adet", "TR", 3, 40, 200, "USD",
         "ebru sheets are new marbled paper with swirls of colour; these 40 leaves have marbled borders, but the "
         "centres are hand-written Qur'an pages on burnished paper with gold rulings, worm holes and the waqf seal of "
         "an Aleppo mosque library: manuscript leaves from Syria, whose import into the Union is banned (Regulation "
         "36/2012, Article 11c), sent by express from Gaziantep to a private person in The Hague; Turkish wording "
         "(Syrian manuscripts repeat in several sets, as calligraphy prints from Türkiye among them; as ebru marbled "
         "paper was found in no earlier row)", person("Mw. E. de Jong", "NL")),
        ("CUL-08", "import", "PLRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "PL", "691390",
         "Dekorativ sopol idish, qopqoqli, 1 dona", "UZ", 40, 1, 150, "USD",
         "decorative lidded ceramic pots from Rishton are glazed blue and green; this is an unglazed terracotta chest "
         "with a gabled lid, stamped figures of priests at a fire altar and soil inside: a Sogdian ossuary of the 6th-8th "
         "century, an archaeological object whose export Uzbekistan forbids, brought in without an import licence "
         "(Regulation 2019/880), in a rail container of souvenirs from Tashkent to Małaszewicze for a Kraków collector; "
         "Uzbek wording (a Sogdian ossuary as a lidded ceramic box repeats blind20 and a development set, by air; as "
         "a Rishton pot by rail to Poland is the new part)",
         person("Piotr Nowak", "PL")),
        ("CUL-09", "transit", "FRAIR01", "air", "ML", ["FR"], "US", "691390",
         "Figurines en argile, souvenirs du marché de Bamako, 8 pièces", "ML", 60, 8, 400, "EUR",
         "market clay figurines from Bamako are fresh orange clay; these eight are kneeling and seated figures with "
         "swollen eyes, snakes on the bodies and an old grey patina, from the Inland Niger Delta: Djenné terracottas "
         "(ICOM red list), archaeological objects whose export Mali forbids, introduced into the Union in transit "
         "through Paris without an import licence (Regulation 2019/880), flown from Bamako to New York; French wording "
         "(Djenné terracottas as craft statuettes repeat in several sets, by air to Belgium; in air transit through "
         "Paris to the United States is the new part)", {"importer_country": "US"}),
        ("CUL-10", "export", "HUROAD01", "road", "HU", [], "RS", "940360",
         "Festett parasztbútor, ládák, 6 db", "HU", 420, 6, 1800, "EUR",
         "an antiques dealer's load by van: painted peasant chests are what dealers move across the border, but the "
         "third item's 'díszfigurák, fa' are three polychrome and gilt wooden saints of the 1740s, with worm holes and "
         "church-inventory numbers on the backs, taken from a Transdanubian village church, worth about 80,000 EUR each "
         "at auction: sculptures over 50 years old above the threshold, exported without the EU export licence "
         "(Regulation 116/2009) or Hungarian permission, hidden as the last item of a three-item declaration, at Röszke "
         "for a Subotica dealer; Hungarian wording (baroque church sculpture repeats in several sets; behind painted "
         "chests by road from Hungary to Serbia is the new part)",
         dict({"importer_country": "RS"},
              _more_items=[item("940161", "Kárpitozott székek, régi stílus, 8 db", "HU", 60, 400, "EUR", qty=8),
                           item("442090", "Díszfigurák, fa, 3 db", "HU", 45, 300, "EUR", qty=3)])),
    ],
    "strategic": [
        ("STR-01", "export", "SIROAD01", "road", "SI", [], "TR", "846591",
         "CNC usmerjevalni stroji za obdelavo lesa, 4 kos", "SI", 28000, 4, 180000, "EUR",
         "woodworking CNC routers are light gantry machines with a vacuum table and a spindle for wood; these four are "
         "five-axis vertical machining centres with metal-cutting spindles, coolant systems and Heidenhain controls, and "
         "the Istanbul buyer's own buyer is a Tula arms plant: machine tools on the Union's list for Russia (Regulation "
         "833/2014, Annex XXIII and the common high-priority list) routed through Türkiye, by lorry from Ljubljana; "
         "Slovenian wording (machining centres repeat in several sets and woodworking covers in a few; from Slovenia "
         "to Türkiye in Slovenian is the new part)", {"importer_country": "TR"}),
        ("STR-02", "import", "BEAIR01", "air", "AE", [], "BE", "710499",
         "Moissanite gemstones, polished, round brilliant, 900 ct", "AE", 0.18, 900, 27000, "USD",
         "moissanite is silicon carbide: doubly refractive, with doubled facet edges under a loupe and a price of a few "
         "dozen dollars a carat; these 900 carats are singly refractive, pass a thermal and electrical tester as "
         "diamond, show type IaA nitrogen spectra and were assembled in Dubai from Yakutian rough: natural Russian "
         "diamonds, whose import into the Union is banned (Regulation 833/2014, Article 3p), declared as moissanite "
         "from the United Arab Emirates, flown to Antwerp; English wording (Russian diamonds repeat in several sets, "
         "once as lab-grown stones on this very route; a moissanite label was found in no earlier row)",
         firm("Central Gem Trading BV", "BE")),
        ("STR-03", "export", "ATAIR01", "express", "AT", [], "AM", "902620",
         "Սրճեփ մեքենաների մանոմետրեր, պահեստամասեր, 12 հատ", "AT", 6, 12, 480, "EUR",
         "espresso-machine gauges are 40 mm dial gauges reading 0-16 bar at 20 EUR; these twelve are heated "
         "capacitance manometers reading to 0.01 torr, of corrosion-resistant nickel alloy, at 4,000 EUR each on the "
         "maker's invoice, for a Yerevan 'coffee-machine repairer' that sends them to Iran: pressure transducers for "
         "uranium-enrichment work (dual-use 2B230, and Regulation 267/2012 on Iran), exported without a licence, by "
         "express from Vienna; Armenian wording (capacitance manometers repeat in several sets, once as tyre gauges to "
         "Armenia in a development set; as espresso-machine gauges was found in no earlier row)",
         {"importer_country": "AM"}),
        ("STR-04", "import", "ROSEA01", "sea", "OM", [], "RO", "271320",
         "Petroleum bitumen 60/70, origin Oman, 3,000 t in drums", "OM", 3000000, 15000, 1050000, "USD",
         "Omani bitumen comes from the Sohar refinery in bulk or jumbo bags; these steel drums carry Bandar Abbas "
         "filling marks under fresh paint, the bill of lading was switched at Sohar and the analysis matches Iranian "
         "heavy-crude bitumen: Iranian petroleum products, whose import into the Union is banned (Regulation 267/2012, "
         "Article 11), declared as Omani, by sea to Constanța for a road-works contractor; English wording (Iranian "
         "bitumen repeats in several sets, once re-drummed in Jebel Ali with an Iraqi certificate for Greece in "
         "blind44; Omani papers through Sohar to Romania is the new part)", firm("Delta Drumuri SRL", "RO")),
        ("STR-05", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU"], "KZ", "920120",
         "Použité klavíry pro hudební školu, 3 ks", "CZ", 1500, 3, 4500, "EUR",
         "used school pianos are upright practice instruments at a few hundred euros; these three are new concert "
         "grand pianos at 90,000 EUR each on the maker's invoice, and the delivery note names a Moscow concert agency "
         "after the 'music school' in Karaganda: luxury goods (Regulation 833/2014, Annex XVIII, musical instruments "
         "above 1,500 EUR) routed through Kazakhstan, by rail from Prague; Czech wording (a concert grand declared as a used "
         "practice piano repeats blind46, by road from Austria to Georgia; kept as a known repeat, by rail from "
         "Czechia to Kazakhstan is the new part)", {"importer_country": "KZ"}),
        ("STR-06", "export", "ITAIR01", "air", "IT", [], "AE", "854370",
         "Pedali effetto per chitarra, modulazione digitale, 50 pz", "IT", 40, 50, 5000, "EUR",
         "guitar effects pedals are small metal boxes with knobs and jacks at 100 EUR; these 50 are frequency-"
         "synthesiser modules to 20 GHz with fast switching, at 6,000 EUR each on the supplier's invoice, for a Dubai "
         "'music store' whose buyer is a Russian radar maker: frequency synthesisers (dual-use 3A002.d and Annex VII of "
         "Regulation 833/2014) exported without a licence, flown from Milan; Italian wording (signal generators repeat "
         "in several sets and guitar-pedal covers in a few; synthesisers as effects pedals to Dubai are the new part)",
         {"importer_country": "AE"}),
        ("STR-07", "import", "ITAIR01", "air", "KG", [], "IT", "741980",
         "Бронзовые втулки подшипников скольжения, 40 шт.", "KG", 24, 40, 800, "USD",
         "bronze plain-bearing bushings are brown-yellow, machined, light on the scale for their size and cost a few "
         "dollars; these 40 cast rings are far too heavy, scratch bright yellow under a thin bronze-coloured lacquer, "
         "test at 999 gold and the bill of sale traces them to a Moscow refinery's bars: Russian gold, whose import "
         "into the Union is banned (Regulation 833/2014, Article 3o), recast as machine parts, flown from Bishkek to "
         "Milan for an Arezzo jewellery maker; Russian wording from Kyrgyzstan (Russian gold repeats in several sets, "
         "as jewellery, scrap and coins; recast as bronze bushings was found in no earlier row)",
         firm("Oreficeria Meridian Srl", "IT")),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "JO", "381090",
         "Soldeervloeimiddel voor zilversolderen, poeder, 20 t", "NL", 20000, None, 24000, "EUR",
         "silver-brazing fluxes are white pastes or powders of borax and fluoroborates sold in 250 g tubs; these 20 "
         "tonnes of loose white crystals are pure potassium hydrogen difluoride with no borate at all, and the Amman "
         "buyer sells on to a Syrian chemicals front: potassium bifluoride (dual-use 1C350, Australia Group), exported "
         "without a licence from Rotterdam (Regulation 2021/821); Dutch wording (bifluorides repeat in several sets, "
         "mostly as glass-frosting powder; a brazing-flux cover to Jordan was found in no earlier row)",
         {"importer_country": "JO"}),
        ("STR-09", "transit", "GRSEA01", "sea", "CN", ["GR"], "IR", "850132",
         "农业植保无人机备用电机, 600 件", "CN", 1200, 600, 30000, "USD",
         "spare motors for crop-spraying drones are large, slow brushless motors with plastic props; these 600 are "
         "compact high-speed motors with engine mounts of the kind built into Shahed-type loitering munitions, and the "
         "consignee is a Tehran firm on the Union's list: drone components for Iran (Regulation 2023/1529, which forbids "
         "supplying and transferring them, including through the Union), landed at Piraeus in transit from Ningbo to "
         "Bandar Abbas; Chinese wording (drone parts for Iran repeat in several sets; as crop-drone spare motors in "
         "transit through Piraeus is the new part)", {"importer_country": "IR"}),
        ("STR-10", "export", "DKAIR01", "air", "DK", [], "KZ", "902190",
         "Reservedele til høreapparater, 2.000 stk.", "DK", 30, 2000, 10000, "EUR",
         "hearing-aid spare parts are domes, filters and tubes in blister cards at a few euros; these 2,000 'parts' are "
         "reels of ARM microcontrollers and Bluetooth chips with no hearing-aid parts at all, for an Almaty 'audiology "
         "centre' whose consignee forwards to a Moscow electronics firm: common high-priority items (Regulation "
         "833/2014, Annex XXIII) routed through Kazakhstan, flown from Copenhagen; Danish wording (microcontrollers "
         "repeat in many sets; a hearing-aid spares cover from Denmark was found in no earlier row)",
         {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTSEA01", "sea", "BR", [], "PT", "440729",
         "Cedrinho (Erisma uncinatum), tábuas secas em estufa, 40 m³", "BR", 24000, None, 14400, "USD",
         "cedrinho is a plain, pinkish-brown, coarse utility timber with no scent; these boards are light, "
         "reddish-brown, with a strong cedar smell when cut and oily pores, and the Pará sawmill's transport permit "
         "names 'cedro': Cedrela fissilis (CITES App. II since 2020) without a CITES permit, by sea from Belém to "
         "Leixões for a joinery supplier; Brazilian Portuguese wording (Cedrela appears in a few sets; a cedrinho "
         "label, from Brazil to Portugal, was found in no earlier row)", firm("Madeiras Atlantic Lda", "PT")),
        ("WLF-02", "import", "NLPOST01", "post", "ID", [], "NL", "960200",
         "Ukiran pernis merah (cinnabar lacquer), liontin, 20 buah", "ID", 0.6, 20, 100, "USD",
         "carved cinnabar lacquer is built of many thin red layers over a wood or metal core that show as fine "
         "stripes on a cut edge; these 20 pendants are carved from one solid, dense block with a blood-red rind over a "
         "butter-yellow core and fine growth lines, and smell of burnt hair under a hot needle: helmeted hornbill "
         "casque (Rhinoplax vigil, CITES App. I) without CITES documents, posted from Pontianak to a private collector "
         "in Haarlem; Indonesian wording (hornbill casque repeats in several sets, as amber-resin beads by express to "
         "Amsterdam in blind70; a cinnabar-lacquer label was found in no earlier row)", person("Particulier", "NL")),
        ("WLF-03", "import", "ROROAD01", "road", "MD", [], "RO", "190300",
         "Perle de tapioca negre pentru bubble tea, 120 borcane x 250 g", "MD", 30, 120, 600, "EUR",
         "black tapioca pearls are dry, hard, starchy balls sold in bags and boiled before use; these chilled jars "
         "hold soft, glossy grey-black eggs in brine that roll separately and smell of the sea, from wild sturgeon "
         "caught in the lower Prut, at 5 EUR a jar declared against hundreds: caviar of wild sturgeon "
         "(Acipenseriformes, CITES App. II, no export quota) without a CITES permit or the required labels, in a car "
         "at Albița for a private person in Bucharest; Romanian wording from Moldova (sturgeon caviar repeats in many "
         "sets and pike-roe labels in blind87; a bubble-tea tapioca label was found in no earlier row)",
         person("Persoană fizică", "RO")),
        ("WLF-04", "import", "FRSEA01", "sea", "CM", [], "FR", "440349",
         "Grumes de khaya (acajou d'Afrique), 18 grumes", "CM", 54000, 18, 16200, "EUR",
         "khaya logs are pinkish-brown with a coarse, interlocked grain and light for their size; these logs are "
         "heavy, reddish-brown with purple veins and a faint unpleasant smell when cut, and the forest concession marks "
         "are filed off: bubinga (Guibourtia tessmannii, CITES App. II) logs without a CITES permit, by sea from Douala "
         "to Le Havre for a veneer mill; Cameroonian French wording (bubinga repeats in several sets; as khaya logs to "
         "Le Havre is the new part)", firm("Placages Rivage SARL", "FR")),
        ("WLF-05", "import", "DEAIR01", "express", "MX", [], "DE", "392640",
         "Modelos de araña de resina, pintados a mano, 30 piezas", "MX", 1.5, 30, 150, "USD",
         "resin spider models are rigid, glossy and light; this box holds 30 small round tubs with air holes, moss and "
         "live juvenile tarantulas with orange-banded knees: Mexican redknee tarantulas (Brachypelma hamorii and B. "
         "smithi, CITES App. II) without CITES documents, sent by express from Guadalajara to a private person in "
         "Dortmund; Mexican Spanish wording (Brachypelma repeats in several sets; as resin spider models by express was "
         "found in no earlier row)", person("Lena Wagner", "DE")),
        ("WLF-06", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "060110",
         "კროკუსის ბოლქვები, დასვენებული, 60,000 ცალი", "GE", 240, 60000, 1800, "EUR",
         "crocus corms are flattened, round and wrapped in fibrous tunics; these 60,000 are pear-shaped, papery-brown "
         "bulbs with wild soil and root stubs, dug in the Adjara hills: snowdrops (Galanthus woronowii, CITES App. II, "
         "Georgia's export quota) without a CITES permit, on a lorry through Türkiye to Kapitan Andreevo for a "
         "Plovdiv bulb trader; Georgian wording (Galanthus repeats in several sets and crocus labels once; by lorry "
         "through Türkiye to Bulgaria is the new part)", firm("Horizon Bulbs EOOD", "BG")),
        ("WLF-07", "export", "ROAIR01", "air", "RO", [], "AE", "950300",
         "Jucării de pluș, bufnițe cu sunet, 6 buc.", "RO", 9, 6, 120, "EUR",
         "plush owl toys are light, stuffed and squeak; these six ventilated boxes weigh 1.5 kg each, hiss and hold "
         "live, downy eagle-owl chicks with orange eyes taken from nests in the Carpathian foothills: Eurasian "
         "eagle-owls (Bubo bubo, CITES App. II, EU Annex A) exported without CITES documents, flown from Bucharest to "
         "Dubai for a private collector; Romanian wording (birds of prey repeat in many sets, eagle-owls in two rows "
         "and plush-toy covers in a few; live owlets as plush owls from Romania was found in no earlier row)",
         {"importer_country": "AE"}),
        ("WLF-08", "transit", "NLAIR01", "air", "LK", ["NL"], "HK", "071239",
         "වියළි කළු කන් හතු (wood ear), 120 kg", "LK", 120, None, 1800, "USD",
         "dried wood-ear mushrooms are thin, brittle, black-brown ear-shaped flakes; these sacks hold heavy, "
         "leathery, sausage-shaped grey-black bodies with nipple-like lumps along the sides, smelling of the sea: "
         "dried black teatfish sea cucumbers (Holothuria nobilis, CITES App. II) without CITES permits, landed at "
         "Schiphol in air transit from Colombo to Hong Kong; Sinhala wording (teatfish repeats in several sets, as "
         "dried mushrooms from Madagascar twice; wood-ear mushrooms from Sri Lanka in transit through Amsterdam is the "
         "new part)", {"importer_country": "HK"}),
        ("WLF-09", "import", "BEAIR01", "express", "PG", [], "BE", "491191",
         "Piksa bilong bataplai, prin, 10 pela", "PG", 2, 10, 100, "USD",
         "printed butterfly pictures are flat paper prints under glass; these ten frames hold real, pinned butterflies "
         "of 20-25 cm span with green and black wings and a yellow body: Queen Alexandra's birdwings (Ornithoptera "
         "alexandrae, CITES App. I) without CITES documents, sent by express from Port Moresby to a private collector in "
         "Ghent; Tok Pisin wording (birdwings repeat in several sets and Queen Alexandra's birdwing in printed-picture frames "
         "in blind67, from Indonesia to Czechia by post; kept as a known repeat, by express from Papua New Guinea in Tok "
         "Pisin is the new part)", person("Jan Peeters", "BE")),
        ("WLF-10", "import", "FRSEA01", "sea", "MG", [], "FR", "090510",
         "Vanila maina, sokajy A, 400 kg", "MG", 400, None, 80000, "EUR",
         "a Malagasy craft-and-spice container: vanilla and raffia baskets are what Toamasina exports to France, but "
         "the third item's 'tapa-kazo kininina' (eucalyptus craft offcuts) are 2 t of heavy, dark purple-red planks "
         "that smell of roses when planed: Malagasy rosewood and palisander (Dalbergia spp., CITES App. II, export "
         "suspended) without a CITES permit, hidden as the last item of a three-item declaration, by sea from Toamasina "
         "to Marseille; Malagasy wording (Malagasy rosewood repeats in several sets; behind vanilla and raffia as "
         "eucalyptus offcuts is the new part)",
         dict(firm("Épices Vega SARL", "FR"),
              _more_items=[item("460219", "Harona rafia, 600", "MG", 900, 3000, "EUR", qty=600),
                           item("440799", "Tapa-kazo kininina ho an'ny asa tanana, 2 t", "MG", 2000, 800, "EUR")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ROROAD01", "road", "MD", "RO", "280800",
     "Nitric acid 10 %, 2 x 1 l, for a licensed private user (stone lettering)", "MD", 2.1, 2, 300, "MDL",
     [("PRECURSOR_LICENCE", "RO-IGPR-42-0031")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUROAD01", "road", "RS", "HU", "284700",
     "Hydrogen peroxide 35 %, 2 x 5 l, for a licensed private user (home winery)", "RS", 11.3, 2, 5000, "RSD",
     [("PRECURSOR_LICENCE", "HU-ORFK-42-0118")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent pickling acid (11 01 05*), for acid regeneration at a licensed plant, 4 road tankers", "CH", 100000, 4, 0,
     "EUR", [("BASEL_CONSENT", "DE-NRW-42-0207")], "notified spent pickling acid to a licensed regeneration plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "700100",
     "Crushed fluorescent lamps (20 01 21*), for mercury recovery at a licensed plant, 40 t", "NO", 40000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-42-0064")], "notified lamp waste to a licensed mercury-recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "IN", "NL", "290379",
     "Bromochloromethane, 40 drums, for use as feedstock in pharmaceutical synthesis", "IN", 10000, 40, 30000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-42-006")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 20 x 1 l, for laboratory and analytical use", "US", 32, 20, 1400, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-42-019")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ESSEA01", "sea", "ES", "US", "970610",
     "Romanesque limestone capital, 12th century, from a documented private collection, sold at auction", "ES", 380, 1,
     120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-42-0071")], "architectural element exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "JP", "970610",
     "Antiphonary leaf on vellum, Franconia, 15th century, documented provenance", "DE", 0.3, 1, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-42-0209")], "manuscript leaf exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "JP", "902620",
     "Heated capacitance manometers, corrosion-resistant, 6 units, for a Japanese semiconductor-equipment maker", "AT",
     3, 6, 24000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-42-0412"), ("END_USER_CERTIFICATE", "JP-METI-EUC-42-0033")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "KR", "282619",
     "Potassium hydrogen difluoride, 5 t, for a Korean glass-etching plant", "NL", 5000, None, 7000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-42-0519"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-42-0102")],
     "dual-use chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440349",
     "Bubinga (Guibourtia tessmannii) logs from a certified concession, 12 logs", "CM", 36000, 12, 60000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-42-0188")], "App. II bubinga with its export permit"),
    ("PRM-12", "wildlife", "import", "BGROAD01", "road", "GE", "BG", "060110",
     "Snowdrop bulbs (Galanthus woronowii), nursery-propagated, within Georgia's quota, 50,000", "GE", 200, 50000,
     4000, "EUR",
     [("CITES_PERMIT", "GE-MEPA-42-0027")], "App. II snowdrop bulbs with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Persoană fizică", "PRM-02": "Magánszemély", "PRM-05": "Delta Chemicals Trading BV",
    "PRM-07": "Hudson Valley Art Foundation", "PRM-11": "Placages Rivage SARL",
    "PRM-12": "Horizon Bulbs EOOD",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("282720", "Calcium chloride dehumidifier refills, 1 kg", "import", ["post"], ["NO", "GB"], (6, 12), (1, 4), ["NOK", "GBP"], 1, S),
    ("340290", "Winery barrel cleaner, sodium-carbonate based, 1 kg", "import", ["road"], ["RS", "MK"], (3, 5), (2000, 6000), ["EUR"], 1, S),
    ("591000", "Kerosene-heater replacement wicks", "import", ["express"], ["JP", "KR"], (30, 60), (1, 3), ["JPY", "USD"], 5, S),
    ("283330", "Potash alum for natural wool dyeing, 1 kg", "import", ["post"], ["IS", "GB"], (8, 15), (1, 4), ["ISK", "GBP"], 1, S),
    ("340590", "Gravestone cleaning gel, pH-neutral, 1 l", "import", ["road"], ["MD", "TR"], (3, 5), (2000, 6000), ["EUR"], 1, S),
    ("310430", "Soluble potassium sulphate 50 % K2O, 25 kg bags", "import", ["sea"], ["EG", "CL"], (0.5, 0.8), (18000, 24000), ["USD"], None, S),
    ("960200", "Carved cinnabar-lacquer pendants, new", "import", ["post"], ["CN", "ID"], (100, 200), (1, 2), ["USD"], 40, S),
    ("250100", "Pretzel salt, coarse, food grade, 1 kg", "import", ["post"], ["US", "GB"], (5, 10), (1, 4), ["USD", "GBP"], 1, S),
    ("340590", "Car-wash foam shampoo, 20 l cans", "import", ["road"], ["TR"], (1.5, 3), (2000, 6000), ["EUR"], 0.05, S),
    ("330690", "Denture cleaning tablets, retail packs", "import", ["sea"], ["IN", "CN"], (4, 7), (6000, 12000), ["USD"], 10, S),
    ("340399", "Soluble cutting-oil concentrate, new, sealed drums", "export", ["sea"], ["GH", "NG"], (2, 3.5), (8000, 16000), ["EUR"], None, S),
    ("842121", "Water filter cartridges, new, sealed", "export", ["air"], ["AO", "MZ"], (10, 20), (100, 400), ["EUR"], 2, S),
    ("392640", "Resin spider and insect models, hand-painted", "import", ["express"], ["MX", "CN"], (30, 60), (1, 3), ["USD"], 20, S),
    ("310100", "Plant-based compost pellets, green waste only, analysed", "export", ["sea"], ["TN", "MA"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("440132", "Beech wood briquettes, new", "export", ["sea"], ["PK", "EG"], (0.2, 0.35), (18000, 24000), ["EUR"], None, S),
    ("681381", "Brake pads, asbestos-free, new, boxed", "export", ["sea"], ["EG", "LB"], (6, 10), (3000, 8000), ["EUR"], 2, S),
    ("250590", "Washed and graded building sand", "export", ["sea"], ["MR", "SN"], (0.02, 0.04), (20000, 26000), ["EUR"], None, S),
    ("854143", "Monocrystalline solar modules, new, with warranty", "export", ["sea"], ["SN", "GH"], (1.5, 3), (8000, 18000), ["EUR"], 0.05, S),
    ("190300", "Black tapioca pearls for bubble tea, dry, 1 kg bags", "import", ["sea"], ["TW", "TH"], (2, 4), (6000, 14000), ["USD"], 1, S),
    ("340290", "Precision electronics cleaner, isopropanol-based, 1 l", "import", ["express"], ["KR", "JP"], (15, 30), (1, 4), ["USD"], 1, S),
    ("381400", "Modified-alcohol degreasing solvent, drums", "import", ["sea"], ["US", "JP"], (2, 3.5), (8000, 16000), ["USD"], None, S),
    ("271019", "AMG-10 mineral hydraulic oil, 200 l drums", "import", ["road"], ["UA", "RS"], (1.2, 2), (3000, 8000), ["USD", "EUR"], None, S),
    ("491191", "Printed butterfly art prints, framed", "import", ["express"], ["PG", "ID"], (20, 40), (1, 3), ["USD"], 3, S),
    ("841420", "Airbrush mini compressors, hobby", "import", ["post"], ["VN", "CN"], (20, 40), (1, 4), ["USD"], 0.7, S),
    ("460219", "Raffia baskets, handwoven, new", "import", ["sea"], ["MG"], (3, 6), (2000, 6000), ["EUR"], 0.7, S),
    ("842410", "ABC powder fire extinguishers, 6 kg, new", "import", ["road"], ["TR", "RS"], (2, 4), (3000, 8000), ["EUR"], 0.1, S),
    ("291100", "Methylal (dimethoxymethane), solvent grade", "import", ["sea"], ["EG", "CN"], (1, 1.6), (12000, 18000), ["USD"], None, S),
    ("071239", "Dried wood-ear mushrooms, retail packs", "import", ["sea"], ["CN", "VN"], (5, 9), (4000, 10000), ["USD"], 10, S),
    ("630790", "Quilting fabric remnants, new cotton, antique look", "import", ["post"], ["EG", "IN"], (10, 20), (1, 4), ["USD"], 5, S),
    ("630399", "Hand-embroidered cotton tablecloths, new", "import", ["air"], ["PE", "BO"], (30, 60), (50, 200), ["USD"], 1.5, S),
    ("680221", "Polished onyx bookends, new", "import", ["sea"], ["PK", "MX"], (2, 4), (3000, 9000), ["USD"], 0.15, S),
    ("960629", "Decorative brass buttons, new, assorted", "import", ["post"], ["RS", "IN"], (20, 40), (1, 3), ["EUR", "USD"], 100, S),
    ("681099", "Reconstituted-stone garden column bases, new", "export", ["sea"], ["US", "CA"], (1, 2), (4000, 12000), ["EUR"], 0.02, S),
    ("482090", "Calligraphy practice pads, parchment-print paper", "export", ["air"], ["JP", "US"], (10, 20), (50, 300), ["EUR"], 4, S),
    ("482390", "Ebru marbled-paper art sheets, new", "import", ["express"], ["TR", "AE"], (20, 40), (1, 3), ["USD"], 10, S),
    ("691390", "Rishton glazed ceramic pots, new", "import", ["rail"], ["UZ"], (2, 4), (3000, 9000), ["USD"], 0.3, S),
    ("846592", "Woodworking edge-banding machines, new", "export", ["road"], ["TR", "RS"], (15, 25), (2000, 8000), ["EUR"], 0.001, S),
    ("711311", "Cubic-zirconia stud earrings, sterling silver settings", "import", ["express"], ["IN", "TH"], (300, 600), (1, 2), ["USD"], 200, S),
    ("854370", "Guitar effects pedals, new", "export", ["air"], ["AE", "US"], (80, 150), (50, 200), ["EUR"], 2, S),
    ("741980", "Bronze plain-bearing bushings, machined", "import", ["air"], ["TR", "CN"], (15, 30), (50, 300), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind88's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940153", "Rattan lounge chairs", "import", ["sea"], ["ID", "VN"], (3, 6), (3000, 8000), ["USD"], 0.15, N),
        ("611030", "Knitted fleece pullovers, synthetic", "import", ["sea"], ["BD", "KH"], (8, 14), (2000, 6000), ["USD", "EUR"], 3, N),
        ("960330", "Artists' paint brushes, retail sets", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 20, N),
        ("732394", "Enamelled steel cookware", "import", ["sea"], ["CN", "TR"], (2.5, 4), (3000, 9000), ["USD"], 0.6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind96", 20420301, HERE)


if __name__ == "__main__":
    main()
