#!/usr/bin/env python3
"""Writes the hundred-and-twenty-second blind set (tests/risk/data/blind122-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2046, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food and feed
of animal origin, timber and other goods under plant-health checks) appear only in the
permitted rows, with their document, and goods whose importer must hold an authorisation
(steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of
the ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL122-*:

    python3 tests/risk/data/make_blind122_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2046, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2046
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LVPOST01", "post", "IL", [], "LV", "220190",
         "Святая вода из реки Иордан (Ярденит), бутылки по 1 л, 4 шт.", "IL", 4.5, 4, 60, "ILS",
         "holy water from the Yardenit baptismal site is plain river water of 1.00 kg/l, sold to pilgrims in "
         "100-250 ml souvenir flasks; these four litre bottles weigh 1.13 kg/l, have vented caps, bleach a drop of "
         "ink and make a cut finger froth white: about 35 % hydrogen peroxide (Annex I above 12 %), posted from "
         "Tiberias to a private person in Daugavpils; Russian wording from Israel (hydrogen peroxide repeats in many "
         "sets and water-like covers in several; a holy-water or Jordan-river label was found in no earlier row by a "
         "keyword search)", person("Jeļena Petrova", "LV")),
        ("PRE-02", "import", "PTAIR01", "express", "TW", [], "PT", "220890",
         "金門高粱酒 58度, 600ml × 6 瓶", "TW", 4.1, 6, 3600, "TWD",
         "Kinmen kaoliang is a 58 % sorghum spirit of 0.90 kg/l that smells of fermented grain and burns with a pale "
         "flame; these six bottles weigh 1.14 kg/l, smell sharp and fruity-chemical, leave an oily film on the glass "
         "and the re-used cartons carry a filler's 'CH3NO2' batch stickers: nitromethane (Annex I above 16 %), sent "
         "by express from Taoyuan to a private person in Braga, although flammable liquids travel by express only "
         "as declared dangerous goods; Chinese wording from Taiwan (nitromethane repeats in many sets and spirit "
         "covers, soju and vodka among them, in several; a kaoliang label was found in no earlier row by a keyword "
         "search)", person("João Pereira", "PT")),
        ("PRE-03", "import", "ATAIR01", "express", "JP", [], "AT", "170230",
         "水飴（みずあめ）国産でん粉使用 1kg × 4", "JP", 7.4, 4, 4800, "JPY",
         "mizuame is a stiff, clear starch syrup of about 1.4 kg/l that has to be twirled out on chopsticks; these "
         "four tubs flow like a thin oil, weigh 1.84 kg/l, char a wooden chopstick black and spit when a drop of "
         "water falls in: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Osaka to a private "
         "person in Linz, although corrosive liquids travel by express only as declared dangerous goods; Japanese "
         "wording (sulphuric acid repeats in many sets and syrup covers, agave and corn syrup among them, in "
         "several; a mizuame or starch-syrup label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-04", "import", "IEAIR01", "express", "MX", [], "IE", "220890",
         "Tequila blanco 100% agave, Los Altos de Jalisco, 4 botellas de 750 ml", "MX", 4.2, 4, 1400, "MXN",
         "tequila blanco is a clear spirit of 0.95 kg/l that smells of cooked agave and burns; these four bottles "
         "hold a pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and has eaten "
         "into the metal of the caps: about 65 % nitric acid (Annex I above 3 %), sent by express from Guadalajara "
         "to a private person in Galway; Mexican Spanish wording (nitric acid repeats in many sets and spirit "
         "covers in several; a tequila label was found in no earlier row by a keyword search)",
         person("Siobhán Murphy", "IE")),
        ("PRE-05", "import", "DEPOST01", "post", "KR", [], "DE", "110290",
         "찹쌀가루 (국산 찹쌀 100%), 1kg × 3봉", "KR", 3, 3, 18000, "KRW",
         "glutinous rice flour is a soft, faintly creamy powder that turns into a sticky dough with warm water; "
         "these three bags hold a heavier, gritty, crystalline white powder that stays loose in water, never "
         "sticks, flares fiercely mixed with sugar on a flame, and whose inner liners read 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), posted from Busan to a private person in Essen; Korean wording "
         "(potassium perchlorate repeats in many sets and flour and starch covers in several, rice flour twice; a "
         "glutinous-rice-flour (chapssal-garu) label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-06", "import", "GRSEA01", "sea", "CN", [], "GR", "294000",
         "海藻糖 食品级, 1 公斤袋装, 12,000 袋", "CN", 12000, 12000, 10800, "USD",
         "trehalose is a mildly sweet, fine white sugar powder that bakers and ice-cream makers buy at several "
         "dollars a kilo; these bags hold clear, cubic crystals with no sweetness and a cool, salty taste that "
         "crackle and flare yellow on a gas ring, and the factory sheet in the container gives CAS 7775-09-9, for "
         "an Athens Asian supermarket chain that sells the 1 kg bags to the public: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Qingdao to Piraeus; Chinese wording (sodium "
         "chlorate repeats in many sets under salt and sugar-like labels, rock sugar among them in blind112; a "
         "trehalose label was found in no earlier row by a keyword search)", firm("Orion Asian Market AE", "GR")),
        ("PRE-07", "import", "CYSEA01", "sea", "EG", [], "CY", "170490",
         "حبيبات سكر بيضاء لتزيين الكيك (نونباريل)، أكياس 1 كجم، 15000 كيس", "EG", 15000, 15000, 9000, "USD",
         "white nonpareils are tiny, hard, sweet sugar balls that colour nothing and crunch between the teeth; these "
         "bags hold larger, glossy, porous prills with no sweetness, a bitter-salty taste and a faint ammonia smell "
         "that turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a Limassol "
         "bakery-supplies cash-and-carry that sells the 1 kg bags to home bakers: ammonium nitrate (Annex I at 16 % "
         "N or more) made available to members of the public, by sea from Alexandria to Limassol; Egyptian Arabic "
         "wording (ammonium nitrate repeats in many sets and sugar-like covers, pearl sugar among them, in several; "
         "a nonpareil or sugar-sprinkles label was found in no earlier row by a keyword search)",
         firm("Delta Bakery Supplies Ltd", "CY")),
        ("PRE-08", "import", "BEAIR01", "express", "IN", [], "BE", "292219",
         "Taurine powder 99% pure, pharma grade, 1 kg pouch, 3 pcs", "IN", 3, 3, 2400, "INR",
         "taurine is a fine, white, faintly bitter powder that dissolves at once in water; these three pouches hold "
         "shiny, flaky crystals that dissolve slowly in cold water, hiss and spit violet sparks on a hot pan, and a "
         "'KClO3 99 %' label sits under each printed sticker: potassium chlorate (Annex I above 40 %), sent by "
         "express from Mumbai to a private person in Liège; Indian English wording (potassium chlorate repeats in "
         "many sets and supplement covers, creatine and glucose among them, in several; a taurine label was found "
         "in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("PRE-09", "import", "DKAIR01", "air", "CA", [], "DK", "220110",
         "Newfoundland iceberg water, still, premium glass bottles 750 ml, 600 bottles", "CA", 540, 600, 3600,
         "CAD",
         "iceberg water is melted berg ice from Newfoundland, 1.00 kg/l and sold at 10-20 CAD a bottle; these 600 "
         "bottles have vented caps under the foil, weigh 1.20 kg/l, bleach the label where a drop runs and make a "
         "cut froth, for a Copenhagen premium-water web shop that sells to the public: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, flown from St. John's via Toronto; Canadian "
         "English wording (hydrogen peroxide repeats in many sets and water-like covers in several; an iceberg-water "
         "label was found in no earlier row by a keyword search)", firm("Nordhafen Premium Vand ApS", "DK")),
        ("PRE-10", "import", "SEAIR01", "air", "UG", [], "SE", "110220",
         "Obuwunga bwa kasooli (posho), ensawo 2 kg, 300", "UG", 600, 300, 450, "USD",
         "a Ugandan food air shipment for a Stockholm African grocery: maize flour and dried beans are what such "
         "shops sell, but the third item's 300 bags of 'cassava flour' hold a heavy, crystalline white powder that "
         "does not thicken in hot water, draws damp and burns brightly mixed with sugar, with 'NaClO4' on the inner "
         "liners: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last "
         "item of a three-item declaration, flown from Entebbe to Arlanda; Luganda wording (sodium perchlorate "
         "repeats in many sets and flour covers in several; a Ugandan grocery shipment, a cassava-flour label and "
         "Luganda wording were found in no earlier row by a keyword search)",
         dict(firm("Central Afro Livs AB", "SE"),
              _more_items=[item("071339", "Ebijanjaalo ebikalu (dried beans), ensawo 25 kg, 8", "UG", 200, 220, "USD", qty=8),
                           item("110620", "Obuwunga bwa muwogo (cassava flour), ensawo 1 kg, 300", "UG", 300, 240, "USD", qty=300)])),
    ],
    "waste": [
        ("WST-01", "transit", "NLSEA01", "sea", "CH", ["NL"], "PK", "701890",
         "Gravier de verre décoratif pour aquariums et jardins, concassé, big bags, 22 t", "CH", 22000, None, 2200,
         "CHF",
         "decorative aquarium glass gravel is tumbled, rounded and brightly coloured; these bags hold sharp, dull "
         "grey-brown shards with black inner coatings, phosphor dust and bits of electron-gun metal, heavy for glass "
         "(about 3 g/cm3) and reading over 20 % lead oxide: crushed cathode-ray-tube funnel and neck glass "
         "(19 12 11*), hazardous waste whose export to a non-OECD country is banned, moved by Rhine barge from a "
         "Basel-area recycler to Rotterdam in transit to Karachi for a 'tile' maker, without the notification its "
         "transit through the Union needs; Swiss French wording (CRT glass repeats in several sets under cullet "
         "labels; an aquarium glass-gravel label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("WST-02", "export", "LTSEA01", "sea", "LT", [], "IN", "253090",
         "Šungito milteliai vandens filtrams, maišai po 1 t, 24 t", "LT", 24000, None, 4800, "EUR",
         "shungite powder is a matt black, carbon-rich Karelian rock flour of about 2.2 g/cm3 sold in small packs for "
         "water jugs; these bags hold a fluffy, very black powder with shiny flakes of copper and aluminium foil and "
         "a sweet electrolyte-solvent smell, testing at 8 % cobalt, 5 % nickel and 4 % lithium: black mass from "
         "shredded lithium-ion batteries (19 12 11*), hazardous waste whose export to a non-OECD country is banned, "
         "from Klaipėda to Nhava Sheva for a 'water-filter' maker; Lithuanian wording (black mass repeats in "
         "several sets under carbon, pigment and manganese-dioxide labels; a shungite label was found in no earlier "
         "row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "IESEA01", "sea", "IE", [], "LR", "870193",
         "Used farm tractors, serviced, 2 units", "IE", 7000, 2, 24000, "EUR",
         "a second-hand farm container for Monrovia: used tractors and haymaking gear are what Irish dealers ship "
         "to West Africa, but the third item's 40 drums of 'sheep dip concentrate' are rusted, decades-old "
         "organophosphate dips (diazinon, propetamphos) with crystallised sediment and labels that expired in the "
         "2000s, gathered from farmyard clear-outs: obsolete pesticides (02 01 08*), hazardous waste whose export to "
         "a non-OECD country is banned, hidden as the last item of a three-item declaration, from Dublin to "
         "Monrovia; Irish English wording (obsolete pesticides repeat in several sets and sheep dip once, blind62; "
         "kept as a repeat, behind farm machinery to Liberia, a destination found in no earlier row, is the new part)",
         dict({"importer_country": "LR"},
              _more_items=[item("843330", "Used haymaking machinery, tedder and rake, 2 units", "IE", 1800, 3000, "EUR", qty=2),
                           item("380891", "Sheep dip concentrate, 25 l drums, 40 drums", "IE", 1100, 400, "EUR", qty=40)])),
        ("WST-04", "export", "SISEA01", "sea", "SI", [], "EG", "271019",
         "Termalno olje za ogrevalne sisteme, novo, sodi 200 l, 80 sodov", "SI", 14400, 80, 8000, "EUR",
         "new thermal oil is a clear, amber mineral oil in sealed maker's drums with a data sheet; these 80 odd "
         "drums hold a black, coke-laden oil that smells burnt and of solvent, with a flash point far below "
         "specification and chlorine in the laboratory test, drained from the heat-transfer circuits of a "
         "chipboard press near Celje: waste heat-transfer oil (13 03 07*), hazardous waste whose export to a "
         "non-OECD country is banned, from Koper to Alexandria for a 'boiler fuel' buyer; Slovenian wording (waste "
         "oils repeat in many sets under new-oil labels; a thermal-oil label was found in no earlier row by a "
         "keyword search)", {"importer_country": "EG"}),
        ("WST-05", "export", "HRROAD01", "road", "HR", [], "BA", "252100",
         "Vapnenac za kalcizaciju poljoprivrednog tla, mljeveni, rasuto, 25 t", "HR", 25000, None, 750, "EUR",
         "agricultural lime is ground limestone, pale grey, heavy and inert in water; this tipper holds a light, "
         "fluffy, ochre-grey dust that heats and turns caustic when wet, tastes salty, reads 15 % chloride and "
         "carries lead and thallium far above the limits, from a Dalmatian cement kiln's chlorine bypass: "
         "cement-kiln bypass dust (10 13 12*), hazardous waste whose export to a non-OECD country is banned, at the "
         "Bosnian border for a Herzegovina farm-supply buyer; Croatian wording (kiln bypass dust once, blind58, and "
         "an agricultural-lime label once, in development set dev19-a; kept as a repeat, by road from Croatia to "
         "Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "271019",
         "Olej do smarowania łańcuchów pił spalinowych, biodegradowalny, IBC 1000 l, 20 szt.", "PL", 18000, 20,
         9000, "EUR",
         "biodegradable chain-saw oil is a rapeseed-based, pale, tacky oil that smells of nothing much; these IBCs "
         "hold a thin, black oil that smells of petrol, with water and metal fines at the bottom and 3,000 ppm of "
         "chlorine, pumped from the collection tanks of Kraków garages: waste engine and gear oils (13 02 05*), "
         "hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lviv 'forestry' buyer; "
         "Polish wording (waste oil repeats in many sets and a chain-oil label once, blind115; kept as a repeat, "
         "IBCs of garage oil from Poland to Ukraine are the new part)", {"importer_country": "UA"}),
        ("WST-07", "export", "EEROAD01", "road", "EE", ["LV", "LT", "PL"], "UA", "250590",
         "Pestud liivakastiliiv lastele, kotid 25 kg, 22 t", "EE", 22000, None, 660, "EUR",
         "washed play sand is clean, rounded, pale quartz sand; these bags hold grey-brown sand full of lead shot, "
         "bullet jackets and copper fragments that reads 8,000 mg/kg lead, sieved out of the backstop berms of a "
         "closed shooting range near Tallinn: soil and stones containing hazardous substances (17 05 03*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry through Latvia, Lithuania and "
         "Poland to a Lviv 'playground' firm; Estonian wording (contaminated soil repeats in several sets and lead "
         "shot once, blind63; a play-sand label was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "ME", "121490",
         "Balle di fieno fasciate per uso zootecnico, 24 t", "IT", 24000, None, 1900, "EUR",
         "wrapped hay bales are green-brown, sweet-smelling fodder under a thin stretch film; these round bales, "
         "cut open at Bar, are tight-pressed mixed household refuse (plastic bags, food waste, nappies, glass) in "
         "five layers of film, leaking dark leachate and smelling of rot, from a Campania transfer station: "
         "household waste (20 03 01, Basel Y46), whose export for disposal is banned and which Montenegro has not "
         "consented to receive, from Bari to Bar for a 'livestock' firm; Italian wording (household waste repeats "
         "in several sets; a wrapped-hay-bale label was found in no earlier row by a keyword search)",
         {"importer_country": "ME"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "850760",
         "Estações de energia portáteis, devoluções de clientes, paletes, 8 t", "PT", 8000, 1600, 12000, "EUR",
         "portable power stations are boxed, branded units with sockets, a display and a handle; these pallets hold "
         "loose, scuffed e-scooter and e-bike battery packs, many swollen or with cracked casings and cut cables, "
         "collected from Lisbon sharing-scheme depots: waste lithium-ion batteries (16 06 05 with 16 06 xx* parts, "
         "Basel A1170/A1180), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda "
         "for a 'solar shop'; Portuguese wording (e-scooter batteries repeat in a few sets; a portable-power-station "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-10", "export", "BGSEA01", "sea", "BG", [], "GE", "281512",
         "Натриева основа (сода каустик), разтвор 30 %, ISO контейнери, 40 т", "BG", 40000, None, 6000, "EUR",
         "30 % caustic soda lye is a clear, colourless, odourless liquid with a maker's certificate; these ISO "
         "tanks hold a dark yellow-brown liquid that stinks of rotten eggs and mercaptans, fouls the sampling gear "
         "and releases hydrogen sulphide when acidified, drained from a Burgas refinery's LPG and kerosene "
         "treating units: spent sulphidic caustic (05 01 11* / 16 05 06*), hazardous waste whose export to a "
         "non-OECD country is banned, from Burgas to Poti for a 'pulp mill' buyer; Bulgarian wording (spent "
         "caustic repeats in a few sets; kept as a repeat, from Bulgaria to Georgia across the Black Sea is the new "
         "part)", {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "271119",
         "MAPP kaynak ve lehim gazı kartuşu, 400 g, sarı, 3.000 adet", "TR", 2250, 3000, 6000, "EUR",
         "MAPP-type brazing cylinders hold 400 g of a flammable gas of about 0.5 kg/l at some 7 bar; these 3,000 "
         "yellow throw-away cylinders hold 750 g each of a liquid of 1.2 kg/l at 5.7 bar that will not light at a "
         "torch, and a car air-conditioning quick-coupler thread sits under each torch valve: HFC-134a in "
         "non-refillable containers, whose placing on the market Regulation 2024/573 bans, imported without an HFC "
         "quota authorisation, in a van at Kapitan Andreevo for a Plovdiv car-air-conditioning parts seller; "
         "Turkish wording (HFC-134a repeats in many sets and HFCs by road from Türkiye into Bulgaria in a few; a "
         "MAPP-gas label was found in no earlier row by a keyword search)", firm("Vega Avto Klima EOOD", "BG")),
        ("OZN-02", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "842410",
         "自动灭火球 (干粉型), 1.3 公斤, 2,000 个", "CN", 2600, 2000, 9000, "USD",
         "automatic fire-extinguisher balls hold 1.3 kg of ABC powder that rattles in a foam shell and burst when "
         "flames reach them; these 2,000 balls slosh, and a cut sample gives a liquid of 1.8 kg/l that boils at "
         "-4 °C with a faint sweet smell: halon 1211 (bromochlorodifluoromethane), products containing a controlled "
         "substance whose transit through the Union needs the licence Regulation 2024/590 requires, landed at Koper "
         "in transit from Ningbo to a Belgrade fire-safety dealer; Chinese wording (halon 1211 repeats in many sets "
         "and extinguisher labels in several; fire-extinguisher balls were found in no earlier row by a keyword "
         "search)", {"importer_country": "RS"}),
        ("OZN-03", "import", "ITAIR01", "express", "PK", [], "IT", "350699",
         "ربڑ سیمنٹ تھنر، چمڑے کے کام کے لیے، 10 لیٹر کے کین، 4 عدد", "PK", 53, 4, 120, "USD",
         "rubber-cement thinner is a light petroleum solvent (heptane or hexane) of 0.68 kg/l that burns readily; "
         "these four cans weigh 1.33 kg/l, will not burn, smell sweet like chloroform, boil at 74 °C and the "
         "drum-filler's inner labels read '1,1,1-TCE': 1,1,1-trichloroethane (methyl chloroform), whose import into "
         "the Union is banned, sent by express from Sialkot to a Florence leather-goods workshop; Urdu wording "
         "(methyl chloroform repeats in many sets under solvent labels; a rubber-cement label was found in no "
         "earlier row by a keyword search)", firm("Meridian Pelletteria Srl", "IT")),
        ("OZN-04", "export", "ESSEA01", "sea", "ES", [], "MA", "841869",
         "Armarios de maduración de carne (dry aged), usados, revisados, 6 unidades", "ES", 1800, 6, 9000, "EUR",
         "reconditioned dry-ageing cabinets for export run on R-290 or R-600a and come with a test report; these "
         "six, taken out of Madrid steakhouses, are older units whose compressor plates read R-22 and still hold "
         "their charge: equipment relying on HCFCs, whose export from the Union is banned (Regulation 2024/590), "
         "from Algeciras to a Casablanca restaurant supplier; Spanish wording (R-22 equipment for export repeats in "
         "many sets; dry-ageing cabinets were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("OZN-05", "import", "DEAIR01", "express", "HK", [], "DE", "340290",
         "Optical fibre splicing cleaner, residue-free, 4 x 5 l", "HK", 25, 4, 320, "USD",
         "fibre-splicing cleaners are isopropanol or hydrocarbon blends of 0.75-0.8 kg/l; these four cans "
         "weigh 1.24 kg/l, boil at 32 °C and smell faintly of ether, and the maker's drum code under the label "
         "reads '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is banned, sent by "
         "express from Hong Kong to a Düsseldorf fibre-network contractor; Hong Kong English wording (HCFC-141b "
         "repeats in many sets under cleaner and flux-remover labels, a connector-cleaner label once, blind111; a "
         "fibre-splicing-cleaner label was found in no earlier row by a keyword search)",
         firm("Alpina Glasfaser GmbH", "DE")),
        ("OZN-06", "import", "ITSEA01", "sea", "CN", [], "IT", "280421",
         "葡萄酒保鲜氩气喷罐, 100 毫升, 2,400 罐", "CN", 1630, 2400, 3600, "USD",
         "argon wine-preserver cans hold a few grams of inert gas and feel almost empty; these 2,400 cans are full, "
         "heavy (680 g of liquid each, 1.73 kg/l), slosh, and the can ends are stamped '溴甲烷' (methyl bromide) "
         "under the printed sleeves, for a Latina 'wine accessories' importer whose customers are strawberry and "
         "tomato growers: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), "
         "by sea from Tianjin to Naples; Chinese wording (methyl bromide repeats in many sets under other gas "
         "labels; a wine-preserver label was found in no earlier row by a keyword search)",
         firm("Central Enoaccessori Srl", "IT")),
        ("OZN-07", "import", "ROSEA01", "sea", "BD", [], "RO", "271119",
         "R-290 প্রোপেন রেফ্রিজারেন্ট, ৬.৫ কেজি সিলিন্ডার, ৪০০টি", "BD", 5440, 400, 6000, "USD",
         "R-290 refrigerant cylinders hold 5 kg of propane (0.50 kg/l), carry a red flammable-gas label and a "
         "left-hand thread; these 400 cylinders hold 13.6 kg each of a liquid of 1.31 kg/l that does not burn, with "
         "right-hand valves and old 'R12' stampings ground off the collars: dichlorodifluoromethane (CFC-12), whose "
         "import into the Union is banned, by sea from Chattogram to Constanța for a Bucharest refrigeration "
         "wholesaler; Bengali wording (CFC-12 repeats in many sets, R-600a and R-290 labels in several; R-290 as "
         "a cover on CFC-12 by sea from Bangladesh is the new part as far as a search found)",
         firm("Rivage Frig SRL", "RO")),
        ("OZN-08", "import", "FIAIR01", "express", "US", [], "FI", "382499",
         "Galileo thermometer making fluid, clear, 4 x 1 quart", "US", 6, 4, 140, "USD",
         "the clear liquid in a Galileo thermometer is a light paraffin or alcohol blend of about 0.8 kg/l; these "
         "four jars hold a sweet-smelling liquid of 1.59 kg/l that does not burn, boils at 77 °C and makes a "
         "hissing cough on a hot plate: carbon tetrachloride, whose import into the Union is banned, sent by express "
         "from Ohio to a private glassblower in Tampere; US English wording (carbon tetrachloride repeats in many "
         "sets, and a lava-lamp fluid label twice; a Galileo-thermometer label was found in no earlier row by a "
         "keyword search)", person("Mikko Virtanen", "FI")),
        ("OZN-09", "import", "NLSEA01", "sea", "CN", [], "NL", "841829",
         "12V compressor car fridges 40 L, refrigerant R600a, 1,200 pcs", "CN", 19200, 1200, 96000, "USD",
         "12 V compressor car fridges carry 30-40 g of isobutane and an R600a plate; these 1,200 have R600a plates, "
         "but the compressors' service stubs give R-134a on a gas test and the maker's own data sheet in the "
         "container lists it: self-contained refrigerators with an HFC of GWP 1430, whose placing on the market "
         "Regulation 2024/573 forbids, and HFC-charged equipment imported without a quota authorisation, by sea "
         "from Ningbo to Rotterdam for a camping-goods wholesaler; English wording from China (HFC equipment under "
         "R-290 and R-600a labels repeats in a few sets; car fridges were found in no earlier row by a keyword "
         "search)", firm("Horizon Camping BV", "NL")),
        ("OZN-10", "import", "PLROAD01", "road", "UA", [], "PL", "280429",
         "Криптон для склопакетів, балони 40 л, 60 шт.", "UA", 2700, 60, 9000, "EUR",
         "krypton for insulating-glass units comes in tall 40 l cylinders at 150 bar of a gas that no scale notices; "
         "these 60 cylinders read 12 bar, slosh, weigh 45 kg of contents each, and their valves are CGA refrigerant "
         "fittings under the stickers: R-404A, a blend of HFCs imported without an HFC quota authorisation and "
         "against the F-gas Regulation (2024/573), on a lorry at Dorohusk for a Lublin window maker; Ukrainian "
         "wording (R-404A repeats in several sets and inert and rare-gas labels, argon among them, in a few; a "
         "krypton label was found in no earlier row by a keyword search)", firm("Orion Okna Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "ZW", [], "DE", "680299",
         "Shona stone sculpture, serpentine, 'Bird', hand-carved, Tengenenge, 1 pc", "ZW", 38, 1, 250, "USD",
         "Shona sculptures are new, polished serpentine and springstone carvings with fresh tool marks; this one is "
         "a weathered grey-green soapstone column topped by a bird with folded wings and a raised collar band, a "
         "crocodile climbing the shaft, lichen in the hollows and the back broken away: a fragment of a soapstone "
         "bird monolith from the Great Zimbabwe ruins (13th-15th century), national heritage whose export Zimbabwe "
         "forbids, brought in without an import licence (Regulation 2019/880) and against the UNESCO 1970 "
         "convention, flown from Harare to Frankfurt for a dealer; English wording from Zimbabwe (Zimbabwe appears "
         "in a few earlier rows and a Shona label once, blind116; a Great Zimbabwe object under a Shona-sculpture "
         "label was found in no earlier row by a keyword search)", firm("Alpina Afrika Kunst GmbH", "DE")),
        ("CUL-02", "import", "CZAIR01", "express", "VN", [], "CZ", "711790",
         "Hạt vòng tay phong thủy, đá tự nhiên và hợp kim mạ vàng, 40 hạt", "VN", 1.1, 40, 90, "USD",
         "feng-shui bracelet beads are new, evenly drilled and polished agate and gilt-alloy charms; these 40 are "
         "worn carnelian and glass beads with bow-drilled holes, tiny gold-leaf plaques stamped with humped cattle "
         "and a conch, and a Roman-style intaglio with river silt in its cut: Oc Eo (Funan, 1st-7th century) finds "
         "dug from An Giang rice fields, archaeological objects whose export Viet Nam forbids, brought in without "
         "an import licence (Regulation 2019/880), sent by express from Ho Chi Minh City to a private buyer in "
         "Prague; Vietnamese wording (Vietnamese antiquities, Dong Son drums and Champa sculpture among them, repeat "
         "in several sets; Oc Eo finds and a feng-shui label were found in no earlier row by a keyword search)",
         person("Petr Novák", "CZ")),
        ("CUL-03", "import", "ESSEA01", "sea", "AR", [], "ES", "691390",
         "Paragüero de cerámica pintada, estilo norteño, nuevo, 1 pieza (mudanza familiar)", "AR", 18, 1, 60, "USD",
         "new ceramic umbrella stands are light, wheel-thrown and glazed; this one is a hand-built, unglazed urn 60 cm "
         "tall with a modelled face weeping painted tears, snakes and rheas in black and red on cream, and earth "
         "caked inside: a Santa María (Calchaquí) funerary urn (AD 1000-1480) from the Yocavil valley, "
         "archaeological heritage whose export Argentina forbids (Law 25.743), brought in without an import licence "
         "(Regulation 2019/880) in a household-removal container from Buenos Aires to Valencia; Rioplatense Spanish "
         "wording (Diaguita pottery once, blind63; a Santa María urn under an umbrella-stand label was found in no "
         "earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("CUL-04", "import", "FRPOST01", "post", "JP", [], "FR", "691390",
         "金継ぎ練習キット（割れた陶器片・漆・金粉）1セット", "JP", 2.2, 1, 8000, "JPY",
         "kintsugi practice kits hold a few shards of a new, glazed, machine-made bowl with synthetic lacquer and "
         "brass powder; this kit's shards are thick, unglazed, low-fired brown pottery with cord-marked surfaces "
         "and flame-like rim crests, with soil in the breaks: Middle Jōmon vessel fragments (about 3000 BC) dug "
         "from a Niigata site, buried cultural property that Japanese law gives to the state and whose export needs "
         "a permit, brought in against the UNESCO 1970 convention, posted from Tokyo to a private collector in "
         "Lyon; Japanese wording (Jōmon objects repeat in three sets, blind44, blind55 and blind56, under clay-figurine "
         "labels; sherds under a kintsugi-kit label were found in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("CUL-05", "import", "NLAIR01", "express", "BH", [], "NL", "960629",
         "أزرار من حجر الصابون منحوتة يدوياً، جديدة، 25 قطعة", "BH", 0.6, 25, 30, "BHD",
         "new carved soapstone buttons are flat, two-holed and polished; these 25 are domed, pierced-boss stamp "
         "seals of fired steatite, cut with bulls, gazelles and two men drinking beneath a star, worn and with "
         "burial-mound grit in their bores: Dilmun stamp seals (about 2000 BC) from the A'ali mounds, "
         "archaeological objects whose export Bahrain forbids, brought in without an import licence (Regulation "
         "2019/880) and against the UNESCO 1970 convention, sent by express from Manama to a private buyer in "
         "Utrecht; Gulf Arabic wording from Bahrain (Dilmun seals once, blind54; kept as a repeat, a soapstone-"
         "button label by express is the new part)", person("M. Bakker", "NL")),
        ("CUL-06", "import", "ITAIR01", "air", "PE", [], "IT", "611011",
         "Chompas de alpaca tejidas a mano, 120 unidades", "PE", 60, 120, 3600, "USD",
         "a Peruvian handicraft air shipment for a Milan fair-trade shop: alpaca sweaters and Chulucanas pottery are "
         "what such shops sell and Cusco-school copies are painted by the hundred, but one of the six 'reproductions' "
         "is a cracked, relined 18th-century canvas of the Virgin of Candlemas with gold brocade stencilling, candle "
         "soot and a parish inventory number from a Puno church: colonial painting, cultural heritage of the nation "
         "whose export Peru forbids, brought in against the UNESCO 1970 convention, hidden as the last item of a "
         "three-item declaration, flown from Lima to Milan; Peruvian Spanish wording (Cusco-school paintings repeat "
         "in several sets; kept as a repeat, behind alpaca sweaters and Chulucanas pottery is the new part)",
         dict(firm("Meridian Artigianato Srl", "IT"),
              _more_items=[item("691390", "Cerámica de Chulucanas, jarrones decorativos, 40 piezas", "PE", 80, 1200, "USD", qty=40),
                           item("970191", "Cuadros decorativos estilo cusqueño, reproducción en lienzo, 6 piezas", "PE", 14, 180, "USD", qty=6)])),
        ("CUL-07", "export", "CYPOST01", "post", "CY", [], "GB", "691390",
         "Χειροποίητα κανάτια, αντίγραφα, σουβενίρ Λευκάρων, 2 τεμ.", "CY", 2.4, 2, 40, "EUR",
         "Lefkara souvenir replicas are bright, smooth, mould-made and stamped; these two jugs are hand-built, "
         "glossy red-slipped, with incised white-filled zigzags, cut-away spouts, root marks and tomb soil: Red "
         "Polished ware of the Cypriot Early-Middle Bronze Age (2300-1750 BC), archaeological objects over 100 "
         "years old that need an export licence at any value (Regulation 116/2009) and a Department of Antiquities "
         "permit, posted from Larnaca to a buyer in London without either; Cypriot Greek wording (Red Polished ware "
         "repeats in several sets; kept as a repeat, a Lefkara-souvenir label by post to Britain is the new part)",
         {"importer_country": "GB"}),
        ("CUL-08", "export", "ITROAD01", "road", "IT", [], "CH", "680292",
         "Lastre in pietra di Trani per giardino, lavorate, 2 pezzi", "IT", 380, 2, 300, "EUR",
         "Trani-stone garden slabs are new, sawn, evenly bush-hammered limestone; these two are thin, rectangular "
         "stelae with a carved head, arms folded over robes incised with meanders, necklaces and fibulae, lichen on "
         "the back and plough scars on one edge: Daunian stelae (7th-6th century BC) from the Siponto plain, part of "
         "the Italian archaeological heritage, exported without the licence Regulation 116/2009 requires and without "
         "an Italian export certificate, on a lorry at Chiasso for a Geneva dealer; Italian wording (Daunian stelae "
         "once, blind56; kept as a repeat, a Trani-stone garden-slab label by road to Switzerland is the new part)",
         {"importer_country": "CH"}),
        ("CUL-09", "import", "PLRAIL01", "rail", "KG", ["KZ", "RU", "BY"], "PL", "680299",
         "Камни декоративные садовые с гравировкой, новые, 3 шт.", "KG", 420, 3, 150, "USD",
         "new engraved garden stones are sawn or tumbled with machine-cut motifs; these three are rough, "
         "desert-varnished boulders with pecked ibexes, hunters and sun-headed figures whose grooves carry the same "
         "dark patina as the rock face, and fresh chisel scars where they were split off: petroglyphs from the "
         "Saimaluu-Tash rock-art fields, archaeological heritage whose export Kyrgyzstan forbids, brought in without "
         "an import licence (Regulation 2019/880) and against the UNESCO 1970 convention, by rail through "
         "Kazakhstan, Russia and Belarus to Małaszewicze for a private collector; Russian wording from Kyrgyzstan "
         "(petroglyphs once, in development set dev14-a, rock art in a few, and an engraved-garden-stone label once, "
         "blind46, on a Swedish stone; kept as a repeat, on Kyrgyz petroglyphs by rail is the new part)", person("Anna Kowalska", "PL")),
        ("CUL-10", "export", "IEPOST01", "post", "IE", [], "US", "711719",
         "Celtic-style brass torc, replica, 1 pc", "IE", 0.3, 1, 45, "EUR",
         "replica torcs are cast brass, thick and mirror-polished; this piece is a thin crescent of sheet gold "
         "testing 22 carat, with incised geometric bands at the horns and twisted terminal plates, bent from being "
         "folded into a bog: an Early Bronze Age gold lunula (about 2200 BC) found by a detectorist in County "
         "Roscommon, an archaeological object that the National Monuments Acts vest in the State and that needs an "
         "export licence at any value (Regulation 116/2009), posted from Athlone to a buyer in Boston without one; "
         "Irish English wording (detector finds repeat in many sets and a lunula once, blind42; kept as a repeat, a "
         "torc-replica label by post is the new part)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "442199",
         "Палочки для мороженого и размешиватели для кофе из берёзы, происхождение Казахстан, 40 т", "KZ", 40000,
         None, 56000, "USD",
         "Kazakhstan has little birch forest and no stick mill of this size; the cartons in these two wagons carry "
         "a Tomsk-oblast mill's lot codes under Kazakh stickers, the wood is Siberian birch and the Kazakh "
         "certificate of origin was issued in Petropavl after transhipment: Russian wood products (chapter 44), "
         "whose import into the Union Regulation 833/2014 forbids, by rail through Russia and Belarus to "
         "Małaszewicze for a Warsaw catering-supply wholesaler; Russian wording (Russian wood under third-country "
         "origin repeats in several sets, plywood and pellets among them; ice-cream sticks and coffee stirrers were "
         "found in no earlier row by a keyword search)", firm("Central Catering Sp. z o.o.", "PL")),
        ("STR-02", "export", "LUAIR01", "express", "LU", [], "KG", "960810",
         "Stylos à bille promotionnels, plastique, 200 pièces", "LU", 12, 200, 400, "EUR",
         "promotional ballpoints are light plastic pens at a euro or two; these 200 are heavy, lacquered, "
         "gold-trimmed fountain pens with 18-carat nibs and serial numbers, 600-1,200 EUR each on the maker's list, "
         "in boxes with the brand torn off, for a Bishkek 'office supplies' firm whose parcels are collected by a "
         "Moscow courier: luxury goods (Annex XVIII, above 300 EUR an item), whose sale for use in Russia Regulation "
         "833/2014 forbids, by express from Luxembourg; Luxembourg French wording (luxury goods through Central Asia "
         "repeat in several sets; fountain pens under a promotional-ballpoint label were found in no earlier row by "
         "a keyword search)", {"importer_country": "KG"}),
        ("STR-03", "export", "DKSEA01", "sea", "DK", [], "AE", "851822",
         "Professionelle PA-subwoofere med forstærkere, 2 sæt", "DK", 6400, 2, 18000, "EUR",
         "professional PA subwoofers are wooden cabinets with a paper-cone driver and an amplifier rack; these two are "
         "electrodynamic shakers with a 40 kN armature, slip tables, a head expander, a cooling blower and a "
         "closed-loop controller with accelerometers, worth about 400,000 EUR on the maker's list, for a Jebel Ali "
         "'event-hire' firm whose orders go on to Iran: vibration test systems (dual-use 2B116, an MTCR item) exported "
         "without the licence Regulation 2021/821 requires and against the Iran regulation (267/2012), from Aarhus; "
         "Danish wording (vibration test equipment repeats in a few sets, and concrete vibrating tables twice, blind105 "
         "and blind106; a PA-subwoofer label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-04", "export", "ROSEA01", "sea", "RO", [], "GE", "380892",
         "Sulf muiabil 80 % WG, fungicid pentru viță-de-vie, saci de 25 kg, 12 t", "RO", 12000, 480, 14400, "EUR",
         "wettable sulphur is a pale-yellow, almost odourless granule that disperses in water; these bags hold hard, "
         "greenish-yellow flakes that smell of rotten eggs when damp and fume in moist air, and the inner liners "
         "carry CAS 1314-80-3, for a Poti 'agro' firm whose orders go on by road to Armenia and Iran: phosphorus "
         "pentasulphide (an Australia Group chemical-weapons precursor, dual-use 1C350) exported without the licence "
         "Regulation 2021/821 requires, from Constanța; Romanian wording (phosphorus pentasulphide repeats in three sets, "
         "blind4, blind22 and blind35, under lubricant and flotation labels, and a sulphur-powder label once, "
         "blind14; kept as a repeat, a wettable-sulphur label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-05", "import", "ESSEA01", "sea", "AE", [], "ES", "271210",
         "فازلين أبيض نقي (بترولاتوم)، منشأ الإمارات، براميل 180 كغ، 110 براميل", "AE", 19800, 110, 23000, "USD",
         "the Emirates make almost no white petrolatum of this grade; these drums carry a Bandar Abbas refinery's "
         "batch codes under the UAE labels, and the bills of lading start with a ship-to-ship transfer off Khor "
         "Fakkan: Iranian petroleum products, whose import into the Union Regulation 267/2012 forbids, from Jebel Ali "
         "to Valencia for a cosmetics filler; Emirati Arabic wording (Iranian oil and petrochemicals under "
         "third-country papers repeat in several sets; petrolatum was found in no earlier row by a keyword search)",
         firm("Atlantic Cosméticos SL", "ES")),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "CN", "400942",
         "Υδραυλικοί σωλήνες με ρακόρ, ρολά 100 m, 16 τεμ.", "GR", 480, 16, 9600, "EUR",
         "hydraulic hose assemblies are rubber hoses with crimped steel fittings at a few hundred euros a reel; "
         "these 16 reels are "
         "long, flexible, oil-filled towed hydrophone arrays with dozens of elements and digitiser modules, worth "
         "about 60,000 EUR each, bought at a defence-sonar maker's liquidation, for a Qingdao 'hydraulics' "
         "importer linked to a naval research institute: towed acoustic hydrophone arrays (dual-use 6A001) exported "
         "without the licence Regulation 2021/821 requires, from Piraeus; Greek wording (hydrophones repeat in a few "
         "sets and an echo-sounder label once, blind45; a hydraulic-hose label was found in no earlier row by a "
         "keyword search)", {"importer_country": "CN"}),
        ("STR-07", "export", "LVROAD01", "road", "LV", [], "BY", "382450",
         "Flīžu līme un špaktele, maisi 25 kg, 10 t", "LV", 10000, 400, 4000, "EUR",
         "a building-supplies lorry for a Minsk wholesaler at Paternieki: tile adhesive and facade paint may still "
         "go to Belarus, but the third item's 'laser distance meters' are 120 eye-safe military laser rangefinder "
         "modules with a 1.5 µm erbium laser, a 10 km range and a weapon-sight interface, not a builder's tool among "
         "them: goods for military use and dual-use items whose sale to Belarus Regulation 765/2006 forbids, hidden "
         "as the last item of a three-item declaration; Latvian wording (rangefinders repeat twice, blind53 and "
         "blind76; a laser-distance-meter label behind building supplies was found in no earlier row by a keyword "
         "search)",
         dict({"importer_country": "BY"},
              _more_items=[item("320910", "Fasādes krāsa, akrila, spaiņi 10 l, 4 t", "LV", 4000, 6000, "EUR", qty=400),
                           item("901580", "Lāzera attāluma mērītāji celtniekiem, 120 gab.", "LV", 36, 2400, "EUR", qty=120)])),
        ("STR-08", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR", "GE"], "AM", "851419",
         "Elektrischer Keramikbrennofen für Töpfereien, 1 Stück", "AT", 2800, 1, 9000, "EUR",
         "a potter's kiln is a brick-lined box with heating coils and a controller; this crate holds a laser "
         "powder-bed-fusion metal printer with an argon chamber, a 500 W fibre laser, galvanometer scanners and "
         "titanium powder, about 600,000 EUR on the maker's list, for a Yerevan 'ceramics studio' whose address is "
         "also a Moscow forwarder's: additive-manufacturing machines, whose sale for use in Russia Regulation "
         "833/2014 forbids, by lorry from Linz through Hungary, Romania, Bulgaria, Türkiye and Georgia; Austrian "
         "German wording (3D printers repeat in a few sets; a pottery-kiln label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AM"}),
        ("STR-09", "import", "NLSEA01", "sea", "CN", [], "NL", "030559",
         "明太鱼干 (中国加工), 纸箱 10 公斤, 1,800 箱", "CN", 18000, 1800, 54000, "USD",
         "Chinese-processed dried Alaska pollock comes from Russian or US fish with catch certificates; these "
         "cartons hold pollock split and air-dried the Korean way, in inner bags printed in North Korean spelling, "
         "and the catch certificate names a vessel registered in Wonsan: seafood from North Korea, whose import into "
         "the Union Regulation 2017/1509 forbids (UN Resolution 2371), by sea from Dalian to Rotterdam; Chinese "
         "wording (North Korean goods under Chinese labels repeat in several sets and dried pollock once, in "
         "development set dev26-c; kept as a repeat, into Rotterdam with a Wonsan vessel is the new part)",
         firm("Horizon Seafood BV", "NL")),
        ("STR-10", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "732392",
         "Казаны и кастрюли чугунные эмалированные, происхождение Казахстан, 20 т", "KZ", 20000, 6000, 60000,
         "USD",
         "Kazakhstan makes no enamelled cast-iron cookware in volume; these 6,000 casseroles carry a Urals foundry's "
         "casting marks on their bases under Kazakh stickers and came with a Kazakh certificate of origin issued "
         "after a rail transfer at Petropavl: Russian iron and steel products, whose import into the Union "
         "Regulation 833/2014 forbids, by rail through Russia to Zilupe for a Riga homeware wholesaler; Russian "
         "wording (Russian goods under Kazakh origin repeat in many sets; enamelled cast-iron cookware was found in "
         "no earlier row by a keyword search)", firm("Vega Mājai SIA", "LV")),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "PY", [], "FR", "330129",
         "Aceite esencial de vetiver, puro, bidones de 25 kg, 4 bidones", "PY", 100, 4, 6000, "USD",
         "vetiver oil is a thick, amber-brown, earthy-smoky oil distilled in Haiti, Java and Réunion, not in "
         "Paraguay; these drums hold a pale-yellow oil that sets solid in the cold and smells of tea rose and "
         "smoked wood, with a Chaco distillery's lot numbers: guaiacwood oil (Bulnesia sarmientoi, CITES App. II, "
         "its extracts included) without a CITES export permit, flown from Asunción to Paris for a fragrance house; "
         "Paraguayan Spanish wording (Bulnesia repeats in several sets and a vetiver label once, on jatamansi in "
         "blind113; a vetiver label on guaiacwood oil is the new part as far as a search found)",
         firm("Rivage Parfums SARL", "FR")),
        ("WLF-02", "import", "DEAIR01", "air", "IN", [], "DE", "121190",
         "कपूर कचरी (Hedychium spicatum) सूखी जड़ के टुकड़े, 50 किलो", "IN", 50, None, 600, "USD",
         "kapur kachri is a pale, thinly sliced ginger-lily rhizome that smells of camphor; these slices are thick, "
         "grey-brown, fibrous roots with an oily resin and a heavy violet-and-musk smell: costus root (Saussurea "
         "costus, kuth, CITES App. I) without CITES documents, flown from Delhi to Munich for an Ayurveda wholesaler; "
         "Hindi wording (costus repeats in many sets; a kapur-kachri label was found in no earlier row by a keyword "
         "search)", firm("Central Ayurveda GmbH", "DE")),
        ("WLF-03", "import", "FRSEA01", "sea", "CM", [], "FR", "140490",
         "Écorce de pin pour orchidées, calibre 10-20 mm, sacs de 50 l, 8 t", "CM", 8000, None, 2400, "USD",
         "orchid bark is kiln-dried pine bark nuggets, light, resinous and graded, and Cameroon grows no pine for it; "
         "these sacks hold heavy, grey-brown chunks cut from thick slabs with lichen on the outside, a red-brown "
         "inner face and a bitter-almond smell, stripped in the Bamenda highlands: "
         "Prunus africana (pygeum) bark, CITES App. II, without a CITES export permit and outside Cameroon's quota, "
         "by sea from Douala to Le Havre for a 'spice' importer that supplies a prostate-remedy extractor; "
         "Cameroonian French wording (pygeum repeats in many sets, under wild-cinnamon labels in blind38 and "
         "development set dev30-e and a tanning-bark label in blind104; an orchid-bark or pine-bark label was found "
         "in no earlier row by a keyword search)", firm("Meridian Jardin SARL", "FR")),
        ("WLF-04", "import", "NLPOST01", "post", "SB", [], "NL", "482390",
         "Pepa bataflae fo wedding decoration, insaed frame, 30 frame", "SB", 2.5, 30, 300, "SBD",
         "paper butterflies for wedding décor are printed card cut-outs; these 30 frames hold real, dried butterflies "
         "with 15-18 cm green, black and gold wings and furry red bodies: birdwing butterflies (Ornithoptera priamus "
         "and O. victoriae, CITES App. II) without CITES documents, posted from Honiara to a private collector in "
         "Leiden; Solomon Islands Pijin wording (birdwings repeat in several sets; the Solomon Islands as a "
         "departure, Pijin wording and a paper-butterfly label were found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-05", "import", "ITSEA01", "sea", "PH", [], "IT", "940599",
         "Ceramic nga lampshade, porma sa kinhason, 400 ka buok", "PH", 600, 400, 2400, "USD",
         "ceramic shell-shaped lamp shades are moulded, glazed and identical; these 400 are real, thin, "
         "tiger-striped spiral shells with pearly chambers, sawn in half and drilled for a lamp holder: chambered "
         "nautilus (Nautilidae, CITES App. II) without CITES documents, by sea from Cebu to Genoa for a lighting "
         "trader; Cebuano wording (nautilus repeats in several sets and a lampshade label once, blind85; a "
         "ceramic-lamp-shade label on nautilus is the new part as far as a search found)",
         firm("Orion Illuminazione Srl", "IT")),
        ("WLF-06", "import", "BEPOST01", "post", "IN", [], "BE", "950300",
         "குளியல் பொம்மைகள், ஆமை வடிவம், பிளாஸ்டிக், 20", "IN", 1.6, 20, 400, "INR",
         "plastic bath-toy turtles are light, hollow and squeak; these twenty are live hatchlings with star-patterned "
         "domed shells, taped into socks inside toy boxes: Indian star tortoises (Geochelone elegans, CITES App. I) "
         "without CITES documents, posted from Chennai to a private keeper in Ghent; Tamil wording from India (star "
         "tortoises repeat in several sets; a bath-toy label was found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("WLF-07", "import", "ESAIR01", "air", "BR", [], "ES", "330129",
         "Óleo essencial de linaloe (Bursera), puro, 2 tambores de 50 kg", "BR", 100, 2, 5000, "USD",
         "linaloe oil is distilled from Mexican and Indian Bursera, not from Brazilian trees; these drums from "
         "Manaus hold an oil with a woody, floral rosewood smell whose linalool chirality and trace markers match "
         "Amazonian rosewood: Aniba rosaeodora oil (CITES App. II, its essential oil included) without a CITES "
         "export permit, flown from São Paulo to Barcelona for a perfume compounder; Brazilian Portuguese wording "
         "(rosewood oil repeats in a few sets and ho-wood labels twice; a linaloe label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Aromas SL", "ES")),
        ("WLF-08", "import", "BESEA01", "sea", "HN", [], "BE", "440711",
         "Madera aserrada de pino (Pinus oocarpa), secada al horno, 1 contenedor", "HN", 18000, None, 9000, "USD",
         "Honduran pine is pale, resinous and smells of turpentine; these boards are pinkish-red, straight-grained "
         "hardwood with a sweet cedar smell, the wood of cigar boxes: Cedrela odorata (Spanish cedar, CITES App. II) "
         "without a CITES export permit, by sea from Puerto Cortés to Antwerp for a joinery-timber trader; Honduran "
         "Spanish wording (Cedrela repeats in several sets; a Honduran-pine label was found in no earlier row by a "
         "keyword search)", firm("Delta Timber SA", "BE")),
        ("WLF-09", "import", "ITAIR01", "air", "MY", [], "IT", "411390",
         "Kulit ikan tilapia disamak, untuk beg tangan, 300 keping", "MY", 45, 300, 1500, "USD",
         "tilapia leather comes in small pieces 10-15 cm wide with overlapping scale pockets; these 300 pieces are "
         "3-4 m long and 40 cm wide with rows of small, overlapping scales and a band of broad belly scutes: tanned "
         "reticulated python skins (Malayopython reticulatus, CITES App. II) without CITES documents, flown from "
         "Kuala Lumpur to Milan for a handbag maker; Malay wording (python skins repeat in many sets and fish-skin "
         "labels twice, blind54 and blind83, on other goods; a fish-leather label was found in no earlier row by a "
         "keyword search)", firm("Alpina Pelletterie Srl", "IT")),
        ("WLF-10", "transit", "PTSEA01", "sea", "GN", ["PT"], "HK", "230120",
         "Krill séché pour aliments d'aquariophilie, sacs de 20 kg, 40 sacs", "GN", 800, 40, 1600, "USD",
         "dried krill is a pink mass of small shrimp-like crustaceans that smells of the sea; these bags hold stiff, "
         "curled, horse-headed fish of 8-15 cm, dried brown-grey: about 800 kg of seahorses (Hippocampus spp., CITES "
         "App. II) without the Guinean export permit that specimens in transit through the Union must carry, landed "
         "at Sines in transit from Conakry to Hong Kong; Guinean French wording (seahorses repeat in many sets; a "
         "krill label was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LVAIR01", "air", "IL", "LV", "284700",
     "Hydrogen peroxide 35 %, food grade, 4 x 1 l, for a licensed private user (home-brewing sanitation)", "IL", 4.5,
     4, 60, "EUR", [("PRECURSOR_LICENCE", "LV-VP-46-0041")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "air", "MX", "IE", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (amateur assaying of gold)", "MX", 1.4, 1, 30, "USD",
     [("PRECURSOR_LICENCE", "IE-DJ-46-0012")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854991",
     "Crushed CRT funnel glass (19 12 11*), for lead recovery at a licensed smelter, 22 t", "CH", 22000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-NW-46-0133")], "notified CRT glass to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "HUROAD01", "road", "RS", "HU", "271099",
     "Waste heat-transfer oil (13 03 07*), for regeneration at a licensed re-refinery, 16 t", "RS", 16000, None, 0,
     "EUR", [("BASEL_CONSENT", "HU-OKF-46-0078")], "notified waste oil to a licensed regeneration plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recycled, 10 cylinders, for a licensed critical use (aircraft hand-held extinguishers)", "US", 250,
     10, 12000, "USD", [("ODS_LICENCE", "FR-DGEC-ODS-46-011")], "recycled halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "PLROAD01", "road", "UA", "PL", "382761",
     "R-404A in refillable 40 l cylinders, 60 cylinders, placed on the market under an HFC quota authorisation", "UA",
     2700, 60, 12000, "EUR", [("FGAS_QUOTA", "PL-FG-46-0317")], "HFC blend imported in refillable cylinders under quota"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970191",
     "Cusco-school painting, Virgin of Candlemas, oil on canvas, 18th century, in a Spanish collection since 1950",
     "ES", 14, 1, 65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-46-0211")],
     "painting exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "import", "NLAIR01", "air", "GB", "NL", "970510",
     "Dilmun stamp seal, steatite, c. 2000 BC, documented in a British collection since 1968", "GB", 0.1, 1, 9000,
     "EUR", [("IMPORT_LICENCE", "NL-RCE-IMP-46-004")], "archaeological object imported with the Union import licence"),
    ("PRM-09", "strategic", "export", "DKSEA01", "sea", "DK", "AE", "903120",
     "Electrodynamic vibration test system, 40 kN, for an automotive component test laboratory in Dubai", "DK",
     6400, 1, 410000, "EUR", [("EXPORT_LICENCE", "DK-ERST-46-0088"), ("END_USER_CERTIFICATE", "AE-EC-EUC-46-0051")],
     "dual-use vibration test system under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ROSEA01", "sea", "RO", "IN", "281390",
     "Phosphorus pentasulphide, 12 t, for a lubricant-additive (ZDDP) maker in Gujarat", "RO", 12000, None, 30000,
     "EUR", [("EXPORT_LICENCE", "RO-ANCEX-46-0146"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-46-0327")],
     "dual-use chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "PY", "FR", "330129",
     "Guaiacwood oil (Bulnesia sarmientoi), 100 kg, from a legally harvested Chaco concession", "PY", 100, None,
     9000, "USD", [("CITES_PERMIT", "PY-MADES-46-0112")], "App. II guaiacwood oil with its export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "HN", "BE", "440729",
     "Cedrela odorata sawn timber from a managed forest concession, 1 container", "HN", 18000, None, 16000, "USD",
     [("CITES_PERMIT", "HN-ICF-46-0034")], "App. II Spanish cedar with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Jānis Ozols", "PRM-02": "Seán Byrne", "PRM-05": "Atlantique Aéro Maintenance SARL",
    "PRM-06": "Orion Okna Sp. z o.o.", "PRM-11": "Rivage Parfums SARL", "PRM-12": "Delta Timber SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (50 rows): most the lawful twins of this set's disguises
    ("220190", "Jordan River holy water, souvenir bottles 250 ml", "import", ["post"], ["IL", "JO"], (6, 12), (1, 3), ["USD", "EUR"], 3, S),
    ("170230", "Mizuame starch syrup, 1 kg tubs", "import", ["express"], ["JP"], (8, 14), (1, 4), ["USD", "EUR"], 1, S),
    ("220890", "Tequila blanco, 100 % agave, 750 ml", "import", ["sea"], ["MX"], (8, 15), (4000, 12000), ["USD"], 1.3, S),
    ("110290", "Glutinous rice flour, 1 kg bags", "import", ["sea"], ["KR", "TH"], (1.5, 3), (5000, 15000), ["USD"], 1, S),
    ("294000", "Trehalose, food grade, 25 kg bags", "import", ["sea"], ["CN", "JP"], (3, 6), (3000, 10000), ["USD"], None, S),
    ("170490", "White sugar nonpareils for cake decorating, 1 kg bags", "import", ["sea"], ["EG", "TR"], (2, 4), (3000, 10000), ["USD", "EUR"], 1, S),
    ("292219", "Taurine powder, food grade, 25 kg drums", "import", ["sea"], ["CN"], (3, 6), (5000, 15000), ["USD"], None, S),
    ("220110", "Iceberg water, still, 750 ml glass bottles", "import", ["air"], ["CA"], (6, 12), (300, 900), ["CAD", "USD"], 1.3, S),
    ("110620", "Cassava flour, 1 kg bags", "import", ["sea"], ["NG", "GH", "UG"], (1, 2), (8000, 20000), ["USD"], 1, S),
    ("701890", "Decorative glass gravel for aquariums, tumbled", "import", ["sea"], ["CN", "IN"], (0.8, 1.5), (5000, 15000), ["USD"], None, S),
    ("843330", "Haymaking machinery, tedders and rakes, new", "export", ["sea"], ["LR", "GH"], (4, 8), (3000, 8000), ["EUR"], None, S),
    ("271019", "Heat-transfer thermal oil, new, 200 l drums", "export", ["sea"], ["EG", "TN"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("252100", "Agricultural limestone, ground, bulk", "export", ["road"], ["BA", "RS"], (0.02, 0.05), (20000, 26000), ["EUR"], None, S),
    ("340399", "Biodegradable chain-saw oil, rapeseed-based, 5 l cans", "export", ["road"], ["UA", "MD"], (2, 3.5), (5000, 12000), ["EUR"], 0.2, S),
    ("250590", "Washed play sand for sandpits, 25 kg bags", "export", ["road"], ["UA", "MD"], (0.03, 0.08), (18000, 24000), ["EUR"], 0.04, S),
    ("850760", "Portable power stations, lithium-ion, new, boxed", "export", ["sea"], ["AO", "NG"], (15, 25), (2000, 6000), ["EUR"], 0.07, S),
    ("281512", "Caustic soda lye 50 %, ISO tanks", "export", ["sea"], ["GE", "TR"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("271119", "MAPP-type gas cartridges for brazing, 400 g", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR"], 2.5, S),
    ("842410", "Automatic fire-extinguisher balls, ABC powder", "import", ["sea"], ["CN"], (4, 8), (2000, 6000), ["USD"], 0.7, S),
    ("350699", "Rubber cement, solvent-based, for leather work", "import", ["sea"], ["PK", "IN"], (2, 4), (3000, 8000), ["USD"], 1, S),
    ("841869", "Meat dry-ageing cabinets, R-290, new", "export", ["sea"], ["MA", "RS"], (10, 18), (1000, 4000), ["EUR"], 0.005, S),
    ("340290", "Optical fibre splicing cleaner, isopropanol-based", "import", ["express"], ["US", "JP"], (20, 40), (1, 3), ["USD"], 1, S),
    ("280421", "Argon wine-preservation spray, 100 ml cans", "import", ["sea"], ["CN", "US"], (8, 15), (500, 2000), ["USD"], 10, S),
    ("841829", "12 V compressor car fridges, R-600a", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], 0.07, S),
    ("280429", "Krypton for insulating glass, 40 l cylinders", "import", ["road"], ["UA"], (50, 120), (200, 800), ["EUR"], 0.03, S),
    ("680299", "Shona serpentine sculptures, new", "import", ["air"], ["ZW"], (6, 12), (100, 400), ["USD"], 0.05, S),
    ("711790", "Feng-shui bracelet beads, agate and gilt alloy, new", "import", ["express"], ["VN", "CN"], (40, 80), (1, 2), ["USD"], 50, S),
    ("691390", "Ceramic umbrella stands, glazed, new", "import", ["sea"], ["CN", "VN"], (1.5, 3), (2000, 6000), ["USD"], 0.1, S),
    ("691390", "Kintsugi practice kits with new ceramic bowls", "import", ["post"], ["JP"], (20, 40), (1, 3), ["USD", "EUR"], 2, S),
    ("960629", "Carved soapstone buttons, new", "import", ["express"], ["IN", "KE"], (30, 60), (1, 2), ["USD"], 100, S),
    ("970191", "Cusco-school style paintings, new, hand-painted copies", "import", ["air"], ["PE"], (20, 50), (50, 200), ["USD"], 0.3, S),
    ("611011", "Alpaca sweaters, hand-knitted", "import", ["air"], ["PE", "BO"], (30, 60), (300, 1500), ["USD"], 2, S),
    ("691390", "Lefkara-style ceramic souvenir jugs, new", "export", ["post"], ["GB", "US"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("680292", "Trani stone garden slabs, new, sawn", "export", ["road"], ["CH"], (0.5, 1.2), (10000, 24000), ["EUR"], None, S),
    ("711719", "Celtic-style brass torc replicas", "export", ["post"], ["US", "CA"], (40, 80), (1, 2), ["EUR"], 5, S),
    ("442199", "Birch wooden ice-cream sticks and coffee stirrers", "import", ["sea"], ["CN", "VN"], (2, 4), (5000, 15000), ["USD"], None, S),
    ("960830", "Fountain pens, steel nib, retail boxed", "import", ["express"], ["JP", "CN"], (60, 120), (1, 2), ["USD"], 30, S),
    ("851822", "Professional PA subwoofer cabinets, new", "export", ["sea"], ["AE", "SA"], (10, 18), (2000, 6000), ["EUR"], 0.02, S),
    ("380892", "Wettable sulphur 80 % WG, vineyard fungicide", "export", ["sea"], ["GE", "MD"], (0.8, 1.4), (10000, 20000), ["EUR"], 0.04, S),
    ("271210", "White petroleum jelly, BP grade, drums", "import", ["sea"], ["IN", "US"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("400942", "Hydraulic hose assemblies with fittings, 100 m reels", "export", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["EUR"], 0.01, S),
    ("901580", "Laser distance meters for builders, new", "export", ["road"], ["UA", "MD"], (40, 80), (200, 800), ["EUR"], 4, S),
    ("851419", "Electric pottery kilns, new", "export", ["road"], ["RS", "CH"], (8, 15), (1000, 4000), ["EUR"], 0.003, S),
    ("330129", "Vetiver essential oil, Haitian, drums", "import", ["air"], ["HT", "ID"], (80, 150), (50, 200), ["USD"], None, S),
    ("090619", "Cassia bark, whole, 50 kg sacks", "import", ["sea"], ["VN", "ID"], (2, 4), (10000, 20000), ["USD"], None, S),
    ("482390", "Paper butterflies for wedding décor, framed", "import", ["post"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 10, S),
    ("940599", "Ceramic lamp shades, shell-shaped, new", "import", ["sea"], ["PH", "CN"], (3, 6), (2000, 6000), ["USD"], 0.5, S),
    ("950300", "Plastic bath toys, turtle shapes", "import", ["post"], ["CN", "IN"], (10, 20), (1, 3), ["USD"], 10, S),
    ("330129", "Linaloe essential oil (Bursera), drums", "import", ["air"], ["MX", "IN"], (40, 80), (50, 200), ["USD"], None, S),
    ("411390", "Tilapia fish leather, tanned", "import", ["air"], ["BR", "MY"], (20, 40), (50, 300), ["USD"], 5, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("401490", "Rubber hot-water bottles with knitted covers", "import", ["sea"], ["CN", "TH"], (3, 5), (2000, 6000), ["USD"], 2, N),
        ("420100", "Dog leads and collars, nylon webbing", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 10, N),
        ("482390", "Paper drinking straws, boxed", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 100, N),
        ("701090", "Glass preserving jars with clip lids", "import", ["sea"], ["TR", "CN"], (1, 2), (6000, 14000), ["USD", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind122", 20460701, HERE)


if __name__ == "__main__":
    main()
