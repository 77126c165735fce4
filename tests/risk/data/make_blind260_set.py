#!/usr/bin/env python3
"""Writes the two-hundred-and-sixtieth blind set (tests/risk/data/blind260-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2069, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: locksmiths, safes and physical
security hardware (locksmiths' wholesalers and key-cutting shops, safe makers and safe
movers, access-control and alarm installers, security-door importers and fence builders).
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
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL260-*:

    python3 tests/risk/data/make_blind260_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2069, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2069
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIPOST01", "post", "NO", [], "FI", "382000",
         "Låsavising, flytende, for bil- og dørlåser, 4 x 1 liter", "NO", 4.6, 4, 650, "NOK",
         "a lock de-icer is an alcohol of 0.79 kg/l that smells of spirit, evaporates at once and is sold in 50 ml "
         "tubes; these four litre bottles hold an oily liquid of 1.14 kg/l that sinks in water, smells faintly "
         "fruity, does not evaporate from the fingers and reads 'CH3NO2' on the re-used drum label in the parcel: "
         "nitromethane (Annex I above 16 %) posted from Tromsø to a private person in Rovaniemi; Norwegian wording "
         "(nitromethane repeats in many sets and de-icer covers in several, all on salts for roads and yards; a "
         "locksmiths' lock de-icer label was found in no earlier row by a keyword search)",
         person("Mikko Korhonen", "FI")),
        ("PRE-02", "import", "DEAIR01", "express", "TW", [], "DE", "340399",
         "鎖芯乾式潤滑粉 (鐵氟龍 PTFE), 白色, 500 g × 4", "TW", 2.1, 4, 1800, "TWD",
         "PTFE dry lubricant for lock cylinders is a fluffy, feather-light, waxy-slippery white powder that does not "
         "burn; these four bags hold a dense (2.5 g/cm3), gritty, non-slippery white powder that flares violently "
         "mixed with sugar on a match, and the inner liners read 'KClO4': potassium perchlorate (Annex I above 40 %), "
         "sent by express from Taichung, the island's lock-making district, to a private lock-sport hobbyist in "
         "Stuttgart; Chinese wording from Taiwan (potassium perchlorate repeats in many sets and PTFE labels in "
         "several, on other goods; a lock-lubricant powder was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "PLAIR01", "express", "KR", [], "PL", "380894",
         "디지털 도어락 지문센서 소독액, 1 L x 4", "KR", 4.5, 4, 90000, "KRW",
         "a sanitiser for fingerprint door-lock sensors is an alcohol wipe liquid of 0.85 kg/l that evaporates in "
         "seconds; these four bottles hold a water-clear liquid of 1.13 kg/l that does not evaporate, whitens and "
         "stings the skin, fizzes on a cut and has vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Seoul to a private person in Gdańsk; Korean wording (hydrogen peroxide repeats in "
         "many sets and disinfectant labels in several; a digital door-lock sanitiser label was found in no earlier "
         "row by a keyword search)", person("Piotr Nowak", "PL")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "680690",
         "Вогнетривка засипка для сейфів (вермикуліт з гіпсом), мішки 20 кг, 300 мішків", "UA", 6000, 300, 2400,
         "EUR",
         "a safe makers' fire fill of vermiculite and gypsum is a light (about 300 kg/m3), grey-gold mix of shiny "
         "mica flakes and white dust; these 300 sacks hold heavy, clear-white crystals with no mica, that draw damp, "
         "crackle and flare yellow on a hot plate and whose inner bags give CAS 7775-09-9, for a Rzeszów web shop "
         "that sells 'DIY fireproof gun-cabinet kits' to the public: sodium chlorate (Annex I above 40 %) retail-"
         "packed for members of the public, on a lorry at Korczowa; Ukrainian wording (sodium chlorate repeats in "
         "many sets and vermiculite labels in a few, on other goods; a safe fire-fill label was found in no earlier "
         "row by a keyword search)",
         firm("Orion Sejfy Sp. z o.o.", "PL")),
        ("PRE-05", "import", "ATAIR01", "express", "JP", [], "AT", "340290",
         "鍵・シリンダー用 超音波洗浄液 (中性), 1 L × 6", "JP", 6.8, 6, 9000, "JPY",
         "an ultrasonic cleaning concentrate for keys and lock cylinders is a neutral, slightly soapy liquid of "
         "about 1.02 kg/l that foams when shaken; these six bottles do not foam, weigh 1.13 kg/l, bleach a cloth, "
         "whiten the fingers and have vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), sent by "
         "express from Osaka to a private lock collector in Graz; Japanese wording (hydrogen peroxide repeats in "
         "many sets and ultrasonic-cleaner labels in a few, on gem and jewellery cleaners; a key and cylinder "
         "cleaner was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-06", "import", "HRROAD01", "road", "BA", [], "HR", "690919",
         "Keramičke kuglice za trovalizaciju (poliranje ključeva i okova), vreće 25 kg, 400 vreća", "BA", 10000,
         400, 3600, "EUR",
         "ceramic tumbling media for deburring key blanks and door furniture are hard, heavy, grey porcelain "
         "spheres that ring when poured and never dissolve; these sacks hold light white prills that dissolve in "
         "the wet tumbler, turn the water ice-cold, test at 34 % N and melt on a hot plate, for a Zagreb hardware "
         "and key-cutting wholesaler that sells them to the public as 'garden granules' too: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, on a lorry at Stara Gradiška; "
         "Bosnian wording (ammonium nitrate repeats in many sets and porcelain tumbling media in two, on gem "
         "polishers; a key-deburring medium by road from Bosnia is the new part as far as a search found)",
         firm("Vega Okovi d.o.o.", "HR")),
        ("PRE-07", "import", "DEAIR01", "express", "TR", [], "DE", "271019",
         "Kilit ve menteşe yağı, hassas mekanizmalar için, 1 litre, 6 şişe", "TR", 11, 6, 900, "TRY",
         "lock and hinge oil is a thin mineral oil of 0.85 kg/l that floats on water; these six bottles hold a "
         "clear, syrupy, 'oily' liquid of 1.84 kg/l that sinks, grows hot with a drop of water, chars a paper "
         "label black and has etched the inside of the caps (the old 'oil of vitriol'): about 96 % sulphuric acid "
         "(Annex I above 15 %), sent by express from Istanbul to a private person in Duisburg, although corrosive "
         "liquids travel by express only as declared dangerous goods; Turkish wording (sulphuric acid repeats in "
         "many sets and oil labels in a few, on sesame and clock oils; a lock-oil label was found in no earlier row "
         "by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-08", "import", "NLPOST01", "post", "IN", [], "NL", "340590",
         "पीतल के दरवाज़े के हैंडल चमकाने का पाउडर (Vienna lime type), 1 किलो, 4 पैकेट", "IN", 4.2, 4, 1200, "INR",
         "Vienna-lime brass polish is a soft, chalky white powder of burnt dolomite that turns warm and milky in "
         "water; these four packets hold glassy, heavier crystals that dissolve clear and cold, spit violet sparks "
         "on a hot pan and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), posted "
         "from Aligarh, India's lock-making town, to a private person in Eindhoven; Hindi wording (potassium "
         "chlorate repeats in many sets; a brass door-handle polish was found in no earlier row by a keyword "
         "search)", person("M. Bakker", "NL")),
        ("PRE-09", "import", "IEPOST01", "post", "US", [], "IE", "382499",
         "Electrolyte salt for electro-chemical marking of keys and tools, dissolve 1:4, 4 x 1 lb", "US", 1.9, 4, 60,
         "USD",
         "a marking electrolyte salt for etching key bows and tool handles is a grey, salty, sodium chloride and "
         "nitrate blend; these four jars hold a white, crystalline powder that draws damp within the hour, burns "
         "brightly with sugar and shows 'NaClO4' on the re-used jar caps: sodium perchlorate (Annex I above 40 %), "
         "posted from Ohio to a private person in Cork; US English wording (sodium perchlorate repeats in many sets "
         "and electrolyte-salt labels in a few, on other salts; a key-marking electrolyte by post to Ireland is "
         "the new part as far as a search found)", person("Private person", "IE")),
        ("PRE-10", "import", "PTSEA01", "sea", "CN", [], "PT", "830160",
         "Brass key blanks, assorted profiles (Yale, Cisa, Tesa), 60,000 pcs", "CN", 3600, 60000, 15000, "USD",
         "a key-cutting kiosk chain's container: brass key blanks and padlocks are what Lisbon kiosks buy from "
         "Zhejiang, but the third item's 'neutral lock-cylinder cleaner' is 1,800 one-litre bottles of a yellowish "
         "liquid of 1.40 kg/l that fumes brown when opened and yellows the skin, sold over the counter to the "
         "public at the kiosks: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, "
         "hidden as the last item of a three-item declaration, by sea from Ningbo to Lisbon; Chinese wording on the "
         "hidden item (nitric acid repeats in many sets and cleaner labels in several; behind a key-blank and "
         "padlock order is the new part as far as a search found)",
         dict(firm("Atlantic Chaves e Fechaduras Lda", "PT"),
              _more_items=[item("830110", "挂锁, 铜锁芯, 40 mm, 12,000 把", "CN", 4800, 14400, "USD", qty=12000),
                           item("340290", "锁芯清洗剂 (中性), 1 L, 1,800 瓶", "CN", 2520, 1260, "USD", qty=1800)])),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "IN", "281990",
         "Óxido de cromo verde, pigmento técnico, big bags, 22 t", "ES", 22000, None, 4400, "EUR",
         "chromium oxide green pigment is a dry, bright, even green powder sold with a colour card; these bags "
         "hold a wet, lumpy, grey-green filter cake that smells of ammonia and reads nickel, hexavalent chromium and "
         "cyanide on a field test, pressed at a Gipuzkoa lock-cylinder and door-handle plating line: galvanic "
         "sludge (11 01 09*), hazardous waste whose export to a non-OECD country is banned, from Bilbao to Nhava "
         "Sheva for a 'pigment trader'; Spanish wording (plating sludge repeats in many sets and a chromium-oxide "
         "pigment label once, from Italy in blind119; from a lock maker in Spain to India is the new part)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "EG", "830140",
         "Ηλεκτρονικές κλειδαριές ξενοδοχείου RFID, μεταχειρισμένες, για επισκευή, 4.000 τεμ.", "GR", 9000, 4000,
         4000, "EUR",
         "used hotel RFID locks sold for reuse come sorted, tested and boxed with their escutcheons; these 4,000 "
         "are torn out of Cretan hotel doors with their cables, loose in gaylords, with corroded boards, leaking "
         "lithium and alkaline cells still inside and a third of them smashed, at 1 EUR a lock: waste electrical "
         "and electronic assemblies with batteries (A1180, 16 02 13*), hazardous waste whose export to a non-OECD "
         "country is banned, from Piraeus to Alexandria for a 'hotel supplier'; Greek wording (e-waste repeats in "
         "many sets; hotel door locks were found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "IN", "740400",
         "Sfridi di ottone da tornitura, puliti e asciutti, per rifusione, 20 t", "IT", 20000, None, 60000, "EUR",
         "clean, dry brass turnings are bright, springy curls that rattle in the bag; these bags drip a milky, "
         "rancid cutting emulsion and hold a grey, pasty sludge of grinding fines with 12 % oil and 3 % lead, from a "
         "Treviso key-blank maker's profile grinders: metal sludge containing oil (12 01 18*), hazardous waste whose "
         "export to a non-OECD country is banned, from Venice to Mundra for a Jamnagar 'brass mill', at a third of "
         "the price of clean turnings; Italian wording (oily swarf repeats in several sets; from a key-blank maker "
         "is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "AL", "730830",
         "Porte tagliafuoco REI 120, ricondizionate, 180 pezzi", "IT", 14000, 180, 5400, "EUR",
         "reconditioned fire doors come repainted, with new seals, closers and a test plate; these 180 doors are "
         "dented, with old plates from the 1970s and cores of grey, fibrous board that crumble at the torn edges "
         "and show amosite fibres under a lens, stripped out of a Milan office block: construction waste containing "
         "asbestos (17 06 05*), hazardous waste whose export to a non-OECD country is banned, from Bari to Durrës "
         "for a 'builders' merchant'; Italian wording (asbestos repeats in many sets and used fire doors once, from "
         "Denmark in blind59; kept as a repeat, from Italy to Albania is the new part)",
         {"importer_country": "AL"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "320890",
         "Farba młotkowa, partia poza specyfikacją, do ponownego użycia, beczki 200 l, 90 beczek", "PL", 18000, 90,
         1800, "EUR",
         "off-spec hammer-finish paint is a liquid enamel in sealed drums with a batch sheet; these drums hold a "
         "thick, skinned-over, layered sludge of overspray, filters and xylene from the spray booths of a Silesian "
         "safe and gun-cabinet maker, at 0.10 EUR/kg: waste paint sludge with organic solvents (08 01 13*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry at Hrebenne for a Lviv 'paint "
         "shop'; Polish wording (paint sludge repeats in several sets; a hammer-finish label from a safe maker is "
         "the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "NG", "853110",
         "Gebruikte alarmcentrales en sirenes, compleet met accu, voor hergebruik, 2.600 stuks", "NL", 7800, 2600,
         5200, "EUR",
         "used alarm panels for reuse come tested, reset and boxed; these 2,600 were ripped off the walls by Dutch "
         "alarm installers during upgrades, with cut cables, bulging 12 V lead-acid standby batteries leaking acid "
         "into the crates and mercury tilt switches in the older sirens: waste electrical assemblies with lead-acid "
         "batteries (A1180, A1160), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Apapa; Dutch wording (e-waste and lead-acid batteries repeat in many sets; alarm panels were found in no "
         "earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-07", "export", "IESEA01", "sea", "IE", [], "GH", "851762",
         "Used door-entry intercom kits, tested, 1,200 sets", "IE", 3600, 1200, 6000, "EUR",
         "a Dublin security installer's strip-out container for Tema: used intercoms and card readers are what "
         "installers sell on, but the third item's 'CCTV monitors, tested' are 420 deep, curved-glass cathode-ray "
         "tube monitors from old control rooms, several with broken necks and none with a test record: waste CRTs "
         "(A1180, leaded glass), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration; Irish English wording (CRT monitors repeat in many sets; kept as a "
         "repeat, behind an access-control strip-out is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("847190", "Used proximity card readers and controllers, 3,000 pcs", "IE", 900, 3000, "EUR", qty=3000),
                           item("852852", "CCTV monitors, used, tested, 420 pcs", "IE", 8400, 2100, "EUR", qty=420)])),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "283620",
         "Natriumcarbonat, technisch, schwer, Big Bags, 12 t", "DE", 12000, None, 600, "EUR",
         "dense soda ash is a free-flowing, white, odourless powder in clean big bags; these bags hold grey, glassy "
         "lumps of spent salt-bath that smell of bitter almonds when wet and test for cyanide, from the case-"
         "hardening line of a Sauerland padlock-shackle maker: hardening salts containing cyanide (11 03 01*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry through Austria and Hungary to a "
         "Niš 'glass works'; German wording (cyanide hardening salts repeat in a few sets under other salt labels; "
         "soda ash from a padlock maker is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "transit", "ITSEA01", "sea", "CH", ["IT"], "LB", "847290",
         "Bancomat usati, ricondizionati, 60 unità", "CH", 42000, 60, 30000, "CHF",
         "refurbished ATMs come with their safes, card readers and a service record; these 60 are gutted shells "
         "with burnt safes (cut open with lances during bank-wrecking), dye-stained cassettes, loose lead-acid and "
         "lithium batteries and smashed screens, in transit at Genoa from a Swiss bank's strip-out to a Beirut "
         "'refurbisher': waste electrical and electronic equipment with batteries (A1180), moved without the "
         "notification and consent its shipment needs; Swiss Italian wording (e-waste repeats in many sets and used "
         "ATMs once, from Germany in blind52; kept as a repeat, declared in transit from Switzerland through Genoa "
         "to Beirut is the new part)",
         {"importer_country": "LB"}),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "282739",
         "Chlorid zinečnatý, roztok, technický, IBC 1000 l, 24 ks", "CZ", 30000, 24, 1500, "EUR",
         "technical zinc chloride solution is clear and colourless; these IBCs hold a yellow-green, turbid liquid "
         "with a sediment that reads nickel and hexavalent chromium, the spent zinc-nickel plating and passivation "
         "baths of a Prague lock-body plating shop: spent plating baths (11 01 11*), hazardous waste whose export to "
         "a non-OECD country is banned, on a lorry through Slovakia to an Uzhhorod 'galvaniser'; Czech wording "
         "(spent plating baths repeat in several sets and a zinc-chloride label once, from Poland in blind65; from "
         "a Czech lock plater by road through Slovakia is the new part)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SISEA01", "sea", "CN", [], "SI", "340399",
         "PTFE锁具润滑喷剂, 400 ml, 24,000 罐 (PTFE lock lubricant spray)", "CN", 9600, 24000, 19200, "USD",
         "a PTFE lock spray carries its film in a flammable hydrocarbon solvent under butane and smells of petrol; "
         "these cans do not light at the nozzle, smell sweet like chloroform, the solvent weighs 1.33 kg/l and a "
         "gas test gives 1,1,1-trichloroethane: a product containing methyl chloroform, whose import into the Union "
         "is banned (Regulation 2024/590), by sea from Ningbo to Koper for a Ljubljana locksmiths' wholesaler; "
         "Chinese wording (methyl chloroform repeats in many sets; a lock-lubricant spray was found in no earlier "
         "row by a keyword search)", firm("Alpina Ključavnice d.o.o.", "SI")),
        ("OZN-02", "import", "ROSEA01", "sea", "CN", [], "RO", "730830",
         "钢质防盗门, 聚氨酯发泡填充 (环戊烷发泡), 960 × 2050 mm, 300 樘", "CN", 18000, 300, 27000, "USD",
         "a steel security door filled with cyclopentane-blown foam carries a flame-mark and the foam smells faintly "
         "of petrol when a hinge hole is drilled; a core sample from these 300 Yongkang doors gives off a sweet, "
         "ether-like gas that a detector reads as 1,1-dichloro-1-fluoroethane: doors insulated with HCFC-141b-blown "
         "foam, products containing an ozone-depleting substance whose import into the Union is banned, by sea from "
         "Ningbo to Constanța for a Bucharest security-door importer; Chinese wording (HCFC-141b foams repeat in "
         "many sets and cyclopentane labels in many; steel security doors were found in no earlier row by a "
         "keyword search)", firm("Orion Uși Metalice SRL", "RO")),
        ("OZN-03", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "381400",
         "Очиститель для электронных замков сейфов и кодовых панелей, негорючий, 1 л, 200 шт.", "KZ", 300, 200,
         1600, "EUR",
         "a non-flammable electronics cleaner of today is a hydrofluoroether costing about 50 EUR/l; these 200 "
         "bottles cost 8 EUR/l, weigh 1.57 kg/l, boil at 48 °C and the filler's tins under the labels read "
         "'Хладон 113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, on a lorry from "
         "Almaty through Russia to Terehova for a Riga safe-service firm; Russian wording from Kazakhstan (CFC-113 "
         "repeats in many sets; a cleaner for electronic safe locks was found in no earlier row by a keyword "
         "search)", firm("Vega Seifu Serviss SIA", "LV")),
        ("OZN-04", "import", "SEAIR01", "express", "CN", [], "SE", "842410",
         "Automatic fire-extinguishing modules for gun cabinets, dry powder, 1 kg, 6 pcs", "CN", 7, 6, 90, "USD",
         "a self-activating dry-powder module for a gun cabinet rattles when shaken and shows its powder through a "
         "window; these six do not rattle, slosh, read 8 bar on their small gauges and their shells are stamped "
         "'CF2ClBr': halon 1211 (bromochlorodifluoromethane) in portable units, products whose import into the "
         "Union is banned, sent by express from Shenzhen to a private hunter in Östersund; English wording from "
         "China (halon 1211 repeats in many sets and extinguisher labels in many; a gun-cabinet module was found in "
         "no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("OZN-05", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "381400",
         "聚氨酯发泡机混合头清洗剂 (防盗门生产线), 不燃, 200 L 桶, 40 桶", "CN", 9800, 40, 8000, "USD",
         "a mixing-head flushing solvent for PU foaming machines is usually dimethyl carbonate or a glycol ether, "
         "both of about 1.0 kg/l; these 40 drums hold a liquid of 1.24 kg/l that boils at 32 °C, does not burn and "
         "smells of ether, and the drum heads read 'HCFC-141b': 1,1-dichloro-1-fluoroethane, a controlled ozone-"
         "depleting substance moved through the Union without the licence Regulation 2024/590 requires, landed at "
         "Koper in transit from Ningbo to a Belgrade security-door plant; Chinese wording (HCFC-141b repeats in many "
         "sets and flushing-solvent labels in a few; for a security-door line in transit through Koper is the new "
         "part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-06", "import", "SKROAD01", "road", "UA", [], "SK", "382499",
         "Стиснене повітря для чищення ключорізних верстатів, 400 мл, 1 200 балонів", "UA", 600, 1200, 1800, "EUR",
         "a compressed-air duster for blowing brass chips out of key-cutting machines is a can of hydrocarbon or "
         "HFO gas that flares when lit; these cans do not burn, frost the nozzle, read 5.7 bar at 20 °C and a gas "
         "test gives dichlorodifluoromethane: CFC-12, whose import into the Union is banned, in a van at Vyšné "
         "Nemecké for a Košice key-cutting and locksmith wholesaler; Ukrainian wording (CFC-12 repeats in many sets "
         "and air-duster labels in several; a key-machine duster was found in no earlier row by a keyword search)",
         firm("Central Zámky s.r.o.", "SK")),
        ("OZN-07", "import", "ESSEA01", "sea", "MA", [], "ES", "382499",
         "Fumigant fluorure de sulfuryle pour portes en bois importées, bouteilles 50 kg, 20 bouteilles", "MA", 1000,
         20, 3000, "EUR",
         "sulfuryl fluoride is a gas of 1.35 kg/l liquid at 16 bar, odourless; these 20 cylinders read 2 bar, hold "
         "a liquid of 1.73 kg/l, carry a faint chloroform smell at the valve and their shoulders are stamped "
         "'CH3Br' under the stickers: methyl bromide, whose import into the Union is banned, by sea from Tanger Med "
         "to Algeciras for a Sevilla importer of carved wooden and security doors who fumigates his own stock; "
         "Moroccan French wording (methyl bromide repeats in many sets and sulfuryl-fluoride labels in several; for "
         "a door importer from Morocco is the new part as far as a search found)",
         firm("Rivage Puertas SL", "ES")),
        ("OZN-08", "export", "PTSEA01", "sea", "PT", [], "AO", "841582",
         "Unidades de climatização de precisão para casas-fortes bancárias, usadas, 10 unidades", "PT", 5000, 10,
         9000, "EUR",
         "used precision air-conditioners sold for export run on R-410A or R-407C with a gas label and a recovery "
         "record; these ten units from Lisbon bank strongrooms and cash centres still hold their original charge "
         "(about 12 kg each) and their plates read 'R-22', with no record of recovery: equipment containing HCFCs, "
         "whose export from the Union is banned (Regulation 2024/590), from Lisbon to Luanda for a 'bank services' "
         "buyer; Portuguese wording (R-22 equipment repeats in many sets and precision air-conditioners in two, "
         "for server and transmitter rooms; bank strongroom units from Portugal to Angola are the new part)",
         {"importer_country": "AO"}),
        ("OZN-09", "import", "BGSEA01", "sea", "GE", [], "BG", "290342",
         "მაცივრის გაზი R-32, ერთჯერადი ბალონები 9.5 კგ, 800 ცალი", "GE", 7600, 800, 12000, "USD",
         "R-32 is flammable, sold in cylinders with a left-hand thread and a red band; these 800 cylinders have a "
         "right-hand valve, a gas test gives chlorodifluoromethane and the paint under the new labels is the light "
         "green of R-22: HCFC-22, whose import into the Union is banned, by sea from Poti to Burgas for an "
         "air-conditioning fitter; Georgian wording (HCFC-22 under HFC labels repeats in many sets; kept as a "
         "repeat, a Georgian label from Poti to Burgas is the new part as far as a search found)",
         firm("Delta Klimatik EOOD", "BG")),
        ("OZN-10", "import", "BGROAD01", "road", "TR", [], "BG", "830260",
         "Hidrolik kapı kapatıcı, EN 3-4, gümüş, 2.000 adet", "TR", 5000, 2000, 24000, "EUR",
         "a Turkish security-door importer's lorry for Plovdiv: door closers and steel-door fittings are what "
         "such importers buy in Istanbul, but the third item's 'non-flammable lock cleaner' is 600 one-litre "
         "bottles of a heavy (1.59 kg/l), sweet-smelling liquid that does not burn and whose filler drums read "
         "'CCl4': carbon tetrachloride, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration, in a lorry at Kapitan Andreevo; Turkish wording (carbon tetrachloride repeats in "
         "many sets and cleaner labels in many; behind a door-closer order is the new part as far as a search "
         "found)",
         dict(firm("Horizon Vrati EOOD", "BG"),
              _more_items=[item("830241", "Çelik kapı aksesuarı: kol takımı, rozet, 4.000 takım", "TR", 3200, 16000, "EUR", qty=4000),
                           item("381400", "Kilit temizleyici sıvı, yanmaz, 1 L, 600 şişe", "TR", 960, 1200, "EUR", qty=600)])),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "BF", [], "BE", "442090",
         "Serrures en bois sculpté, artisanat neuf de Ouagadougou, 14 pièces", "BF", 42, 14, 560, "EUR",
         "new carved wooden locks from Ouagadougou workshops are pale, sharp-edged and stained with shoe polish; "
         "these 14 are heavy, dark, smoke-blackened granary-door locks with ancestor figures worn smooth by hands, "
         "old iron pins in the bolts, termite galleries and cave dust: Dogon and Bamana granary locks of the 19th and "
         "early 20th century, taken out of Mali's Bandiagara region, which forbids their export, brought in without "
         "the importer statement Regulation 2019/880 requires, flown from Ouagadougou to Brussels for a Sablon "
         "dealer; Burkinabè French wording (Dogon and Bamana objects repeat in several sets as statuettes and "
         "granary doors; granary locks under a new-craft label were found in no earlier row by a keyword search)",
         firm("Galerie Centrale SA", "BE")),
        ("CUL-02", "import", "ATPOST01", "post", "RS", [], "AT", "830170",
         "Replike rimskih ključeva, mesing, za izložbu bravarske radnje, 20 kom", "RS", 0.9, 20, 60, "EUR",
         "brass replicas of Roman keys are bright, sharp and identical; these 20 are bronze and iron ring-keys and "
         "lever keys of different sizes, each with a green, warty crust, soil in the wards and detector-coil "
         "scratches, dug along the Danube limes near Viminacium: Roman keys and key-rings, archaeological objects "
         "whose export Serbia forbids, posted from Požarevac to a private collector in Linz; Serbian wording "
         "(detector finds repeat in many sets, Serbian finds from Viminacium in several; Roman keys under a locksmith's display-replica label were found in "
         "no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("CUL-03", "export", "ESAIR01", "air", "ES", [], "US", "830300",
         "Cofre de hierro forjado, reproducción decorativa estilo s. XVII, 1 pieza", "ES", 95, 1, 1800, "EUR",
         "a reproduction wrought-iron strongbox is arc-welded, evenly painted black and has one simple lock; this "
         "one is riveted, hand-forged, with a lid-wide lock of a dozen bolts, engraved and pierced lock plate, "
         "false keyhole, traces of original paint and an 'Armada chest' construction of Nuremberg type, taken out "
         "of a Castilian convent: a 17th-century strongbox of the Spanish historical heritage exported without the "
         "export licence Regulation 116/2009 and Spanish law require, flown from Madrid to New York for a dealer; "
         "Spanish wording (strongboxes were found in no earlier row by a keyword search; the convent-heritage "
         "pattern repeats in several sets)", {"importer_country": "US"}),
        ("CUL-04", "import", "NLAIR01", "air", "CN", [], "NL", "830110",
         "仿古铜锁, 工艺品, 新品, 200 把", "CN", 60, 200, 800, "USD",
         "new 'antique-style' brass padlocks from Yiwu are cast, yellow and evenly darkened with a chemical "
         "patina; these 200 are long, hand-made spring padlocks of bronze and iron with decorated box bodies, worn "
         "keyways, genuine corrosion and some with the keys tied on, bought from village houses in Shanxi: Qing-"
         "period padlocks, cultural relics made before 1911 whose export China forbids, brought in without the "
         "importer statement Regulation 2019/880 requires, flown from Beijing to Amsterdam for a dealer in Asian "
         "antiques; Chinese wording (Chinese antiques repeat in many sets; padlocks were found in no earlier row by "
         "a keyword search)", firm("Orion Aziatica BV", "NL")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "830241",
         "Battente per portone in bronzo, testa di leone, riproduzione, 1 pezzo", "IT", 14, 1, 250, "EUR",
         "a reproduction lion-head knocker is sand-cast, smooth, golden and drilled for modern bolts; this one is "
         "lost-wax cast, dark-patinated, with a ring worn thin on one side by centuries of knocking, hand-cut "
         "square holes and fragments of oak still on the back plate: a Romanesque bronze door knocker stolen from "
         "the door of an Umbrian parish church, a cultural good that needs an export licence (Regulation 116/2009) "
         "and was reported stolen, in a car at Chiasso for a Lugano buyer; Italian wording (church thefts repeat "
         "in several sets; a door-knocker label was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-06", "import", "CYSEA01", "sea", "LB", [], "CY", "830300",
         "Χρηματοκιβώτιο μεταχειρισμένο, άδειο, για μετακόμιση, 1 τεμ.", "LB", 420, 1, 600, "USD",
         "a used safe moved as household effects is declared empty and its doors open with the key sent to the "
         "customs office; this one was welded shut 'for transport' and, cut open by a safe mover in front of the "
         "officer, holds 380 gold and silver coins (Byzantine solidi, Umayyad dinars) with earth in the legends and "
         "a hoard's green staining: archaeological coins taken out of Syria, brought in against the EU ban on "
         "Syrian cultural property (Regulation 36/2012), by sea from Beirut to Limassol; Greek wording (ancient "
         "coins repeat in many sets and used safes once, as waste, in blind121; coins inside a safe moved as "
         "household effects is the new part as far as a search found)", person("K. Georgiou", "CY")),
        ("CUL-07", "import", "FRAIR01", "express", "KR", [], "FR", "830110",
         "장식용 황동 자물쇠, 전통 문양, 신제품, 30개", "KR", 3.2, 30, 450000, "KRW",
         "new decorative brass padlocks from Insadong souvenir shops are bright, stamped and all alike; these 30 "
         "are hand-forged Joseon-dynasty locks of brass and iron, fish and turtle shaped, with worn shackles, "
         "hand-cut keys and the black patina of old furniture: Korean movable cultural heritage over 50 years "
         "old, whose export Korea forbids without confirmation, brought in without the importer statement "
         "Regulation 2019/880 requires, sent by express from Seoul to a private collector in Lyon; Korean wording "
         "(Korean and Joseon-period antiques repeat in several sets; Joseon locks were found in no earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("CUL-08", "import", "ESAIR01", "air", "PE", [], "ES", "830140",
         "Cerraduras y bocallaves estilo colonial, réplica artesanal de Cusco, 12 piezas", "PE", 28, 12, 360, "USD",
         "new colonial-style lock replicas from Cusco smiths are cast, lacquered and light; these 12 are large, "
         "hand-forged box locks with engraved plates, hand-filed wards and keys as long as a hand, still with "
         "flakes of the church door's paint and the nail holes: 17th-18th century lock plates and keys taken from "
         "churches of the Cusco region, cultural heritage of the Nation whose export Peru forbids, brought in "
         "without the importer statement Regulation 2019/880 requires, flown from Lima to Madrid for a dealer; "
         "Peruvian Spanish wording (Peruvian colonial objects repeat in several sets; church locks were found in "
         "no earlier row by a keyword search)", firm("Meridian Antigüedades SL", "ES")),
        ("CUL-09", "import", "BGROAD01", "road", "TR", [], "BG", "830110",
         "قفل برنجی اصفهان، دست‌ساز، نو، ۶۰۰ عدد", "IR", 240, 600, 3000, "EUR",
         "a Sofia locksmiths' supplier's lorry from Tabriz through Türkiye: new Isfahan brass padlocks and "
         "engraved door handles are what Persian craft traders sell, but the third item's 'old brass padlocks' are "
         "26 cast bronzes with a grey-green crust: finials, horse bits and animal-shaped plaques of Luristan type "
         "(early 1st millennium BC), archaeological objects whose export Iran forbids, brought in without the "
         "importer statement Regulation 2019/880 requires, hidden as the last item of a three-item declaration at "
         "Kapitan Andreevo; Persian wording (Luristan bronzes repeat in several sets as horse-harness fittings; "
         "under a padlock label is the new part as far as a search found)",
         dict(firm("Nordhafen Trading EOOD", "BG"),
              _more_items=[item("830242", "دستگیره در برنجی، قلمزنی، ۲۰۰ جفت", "IR", 160, 2400, "EUR", qty=200),
                           item("830110", "قفل برنجی قدیمی، ۲۶ عدد", "IR", 18, 260, "EUR", qty=26)])),
        ("CUL-10", "transit", "ESAIR01", "air", "GT", ["ES"], "CH", "711790",
         "Llaveros con dije de jade, artesanía de Antigua, 200 piezas", "GT", 6, 200, 400, "USD",
         "new jade key-ring pendants from Antigua workshops are bright, glassy, machine-drilled and all the same "
         "green; among these 200, 38 are worn, bluish-green, conically bored plaques and beads carved with Maya "
         "faces and glyphs, with root marks and cinnabar in the grooves: Classic Maya jade ornaments, "
         "archaeological objects whose export Guatemala forbids, declared in transit at Madrid-Barajas from "
         "Guatemala City to Geneva; Guatemalan Spanish wording (jade pendants repeat in several sets; key-ring "
         "pendants in transit through Madrid are the new part as far as a search found)",
         {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "LVROAD01", "road", "LV", ["RU"], "KZ", "722540",
         "Nodilumizturīgas tērauda loksnes Hardox 500, 8-12 mm, seifu korpusiem, 40 t", "SE", 40000, None, 88000,
         "EUR",
         "Hardox 500 wear plate is sold for tipper bodies and, cut thin, for safe bodies, and is stamped 'HARDOX' "
         "with its heat number; these plates are stamped 'ARMOX 500T' and 'ARMOX 600T' under fresh paint, carry "
         "ballistic test certificates in the cab and are cut to the panel sizes of an armoured-vehicle hull, "
         "consigned to an Almaty 'safe maker' whose address is a rented office and whose buyer is a Russian "
         "armoured-car plant: armour plate (Military List ML13), exported without a licence and against the EU "
         "ban on military goods to Russia, on a lorry from Riga through Russia to Kazakhstan; Latvian wording "
         "(armour plate repeats in several sets; a safe-body Hardox label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ", "importer_name": "Alatau Seif Zhasau TOO"}),
        ("STR-02", "export", "LTROAD01", "road", "LT", [], "BY", "721720",
         "Cinkuota tvoros viela, lygi, ritėmis po 25 kg, 18 t", "LT", 18000, 720, 16200, "EUR",
         "plain galvanised fencing wire comes in smooth 25 kg coils for farm fences; these 720 rolls open into "
         "concertina coils of flat steel tape with double-edged razor barbs every few centimetres (BTO-22 type), "
         "the kind used to close streets and ring detention sites, for a Minsk 'agricultural' trader: razor "
         "barbed wire, equipment for internal repression whose export to Belarus is banned (Regulation 765/2006), "
         "on a lorry at Medininkai; Lithuanian wording (razor wire was found in no earlier row by a keyword "
         "search; Belarus sanctions repeat in many sets)", {"importer_country": "BY"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", ["AE"], "IR", "851762",
         "GSM-Alarmwählgeräte mit Sprachmodul, für Einbruchmeldeanlagen, 6 Stück", "DE", 96, 6, 2400, "EUR",
         "a GSM alarm dialler is a palm-sized board with a SIM slot that sends a text when a burglar alarm trips; "
         "these six are 16 kg rack boxes with four radio modules, power amplifiers, a laptop with 'network "
         "capture' software and a price of 180,000 EUR on the pro-forma found in the case: IMSI catchers (dual-use "
         "5A001.f, and telecommunications monitoring equipment whose export to Iran is banned, Regulation 267/2012 "
         "and 359/2011), flown from Frankfurt through Dubai to Tehran; German wording (IMSI catchers repeat in many "
         "sets; an alarm-dialler label was found in no earlier row by a keyword search)",
         {"importer_country": "IR"}),
        ("STR-04", "export", "CZAIR01", "air", "CZ", [], "UG", "901890",
         "Bederní pásy s elektrostimulací (TENS), pro rehabilitaci, 120 ks", "CZ", 180, 120, 3000, "EUR",
         "a TENS back belt is a soft, wide support with gel pads and a small 9 V stimulator that tingles; these "
         "120 are narrow, lockable belts with two exposed steel electrodes over the kidneys, a 50,000 V pulse "
         "pack and a remote control with a 100 m range, for a Kampala 'prison services' supplier: electric-shock "
         "belts for restraining human beings, goods whose export is prohibited (Regulation 2019/125, Annex II), "
         "flown from Prague to Entebbe; Czech wording (electric-shock goods repeat in a few sets as cattle prods; "
         "a TENS-belt label was found in no earlier row by a keyword search)", {"importer_country": "UG"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", ["TN"], "LY", "691490",
         "Pannelli di rinforzo in ceramica per porte blindate, 400 pezzi", "IT", 1400, 400, 12000, "EUR",
         "ceramic reinforcement panels for armoured doors are thin tiles bonded to a steel sheet in the door leaf; "
         "these 400 are curved boron-carbide and alumina plates backed with polyethylene, 25 x 30 cm, stamped "
         "'NIJ IV' and shaped to fit plate-carrier vests, for a Misrata 'security-door' buyer: body-armour plates "
         "(Military List ML13), exported without a licence and against the arms embargo on Libya (Regulation "
         "2016/44), by sea from Genoa through Tunisia; Italian wording (armour plates repeat in a few sets, one as "
         "UHMWPE inserts; an armoured-door panel label was found in no earlier row by a keyword search)",
         {"importer_country": "LY"}),
        ("STR-06", "export", "DEROAD01", "road", "DE", ["PL", "BY", "RU", "KZ"], "KG", "830260",
         "Türschließer, hydraulisch, EN 2-5, 3.000 Stück", "DE", 9000, 3000, 60000, "EUR",
         "an access-control installer's lorry for Bishkek: door closers and electromagnetic locks are what such "
         "firms export to Central Asia, but the third item's 'spare controller boards' are 40,000 loose, reel-"
         "packed 32-bit microcontrollers and 3,000 FPGAs with no boards at all, worth more than the rest of the "
         "lorry, for a Moscow buyer named in the e-mails of the Bishkek importer: common high-priority items "
         "(CHPL) re-exported to Russia through Kyrgyzstan (Regulation 833/2014, Art. 12g), hidden as the last "
         "item of a three-item declaration, on a lorry from Frankfurt (Oder) onwards; German wording (CHPL "
         "electronics through Kyrgyzstan repeat in many sets; kept as a repeat, behind door closers and magnetic "
         "locks is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("850590", "Elektromagnetische Türhaftmagnete, 280 kg, 1.200 Stück", "DE", 3600, 36000, "EUR", qty=1200),
                           item("854231", "Ersatz-Steuerplatinen für Zutrittskontrolle, 43.000 Stück", "DE", 120, 18000, "EUR", qty=43000)])),
        ("STR-07", "export", "PLSEA01", "sea", "PL", ["TR"], "RU", "847989",
         "Maszyna do dorabiania kluczy, automatyczna, CNC, 1 szt.", "PL", 7800, 1, 9000, "EUR",
         "an automatic key-cutting machine is a 30 kg bench unit costing a few thousand euros; this crate holds a "
         "7.8 t five-axis machining centre with a tilting rotary table, a Heidenhain control and a positioning "
         "accuracy certificate of 4 µm, bought for 420,000 EUR according to the bank transfer: a machine tool "
         "controlled as dual-use (2B001) and whose export to Russia is banned (Regulation 833/2014), by sea from "
         "Gdynia through Mersin; Polish wording (machining centres repeat in many sets under lighter machines' "
         "labels; a key-cutting machine label was found in no earlier row by a keyword search)",
         {"importer_country": "RU", "importer_name": "OOO Zamok-Servis"}),
        ("STR-08", "export", "ROAIR01", "air", "RO", ["GE"], "AM", "852589",
         "Vizoare digitale pentru uși (ochi magic cu cameră), 200 buc.", "RO", 60, 200, 6000, "EUR",
         "a digital door viewer is a peephole camera with a small screen, worth 30 EUR; in these 200 boxes the "
         "cameras have been removed and each holds an 18 mm image-intensifier tube with a green phosphor screen and "
         "a high-voltage power supply, Gen 3 by its data sheet, for a Yerevan buyer who re-exports to Russia: "
         "image-intensifier tubes (dual-use 6A002), exported without a licence to a destination used to reach "
         "Russia, flown from Bucharest through Tbilisi; Romanian wording (image-intensifier tubes repeat in many "
         "sets and doorbell-camera labels in several; a door-viewer label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AM"}),
        ("STR-09", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS", "BG"], "TR", "903289",
         "Druckschalter für Torantriebe und Schrankenhydraulik, 40 Stück", "AT", 40, 40, 6000, "EUR",
         "a pressure switch for a gate operator's hydraulics is a simple brass bellows switch costing 100 EUR; "
         "these 40 are heated, stainless capacitance manometers reading 0.1 to 1,000 Pa, resistant to fluorine "
         "and UF6, at 3,800 EUR each on the supplier's invoice, for an Istanbul gate installer that ships on to "
         "Tehran: pressure transducers controlled as dual-use (2B230), exported without a licence to Iran through "
         "Türkiye (Regulation 267/2012); Austrian German wording (capacitance manometers repeat in many sets under "
         "other gauge labels and gate motors once, in blind133; kept as a repeat, a gate-hydraulics pressure-switch "
         "label is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "CN", "940310",
         "Büroschränke, Stahl, abschließbar, 4 Stück", "DE", 2200, 4, 6000, "EUR",
         "lockable steel office cabinets are grey, flat-packed and worth a few hundred euros; these four are "
         "luxury watch-winder safes with Macassar-ebony and gold-plated interiors, mother-of-pearl dials and "
         "biometric locks, insured at 380,000 EUR, for a Dandong trader who sends them on to Pyongyang: luxury "
         "goods whose supply to North Korea is banned (Regulation 2017/1509), flown from Munich to Shenyang; "
         "German wording (luxury goods for North Korea repeat in many sets; luxury safes were found in no earlier "
         "row by a keyword search)", {"importer_country": "CN", "importer_name": "Dandong Jinhai Trading Co"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "ID", [], "DE", "420232",
         "Dompet kunci kulit sintetis motif ular, 12 buah", "ID", 1.1, 12, 600000, "IDR",
         "imitation-snakeskin key cases are printed PU with an even, repeating pattern and a fabric back; these 12 "
         "have real, overlapping scales of different sizes along the belly, the scale pockets lift with a "
         "fingernail and no two are alike: reticulated python skin (Malayopython reticulatus, CITES App. II) "
         "without CITES documents, posted from Yogyakarta to a private buyer in Leipzig; Indonesian wording "
         "(python leather repeats in many sets; key cases were found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("WLF-02", "import", "ESPOST01", "post", "CU", [], "ES", "392690",
         "Llaveros de carey sintético (acetato), artesanía de Camagüey, 40 piezas", "CU", 0.8, 40, 60, "EUR",
         "acetate 'tortoiseshell' key fobs are cut from one sheet, with a pattern that repeats and a plastic smell "
         "under a hot needle; these 40 are hand-carved plates with translucent amber and dark-brown clouds, growth "
         "layers at the edges and a burnt-hair smell: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) "
         "without CITES documents, posted from Camagüey to a private buyer in Cádiz; Cuban Spanish wording "
         "(hawksbill repeats in many sets and Cuban craft covers in a few; key fobs were found once, as a croc-"
         "print leather label in blind183; a synthetic-carey key-ring label is the new part)",
         person("Maria Lopez", "ES")),
        ("WLF-03", "import", "DEAIR01", "air", "BR", [], "DE", "440839",
         "Lâminas de jacarandá-paulista (Machaerium villosum), 0,6 mm, para interiores de cofres, 400 m²", "BR", 240,
         None, 4800, "USD",
         "jacarandá-paulista (Machaerium) is a lawful, plain, greyish-brown wood with little scent; these veneer "
         "bundles are chocolate to violet-black with dark streaks, an oily feel and a strong sweet rose smell when "
         "sanded, and glow under UV like Dalbergia: Brazilian rosewood (Dalbergia nigra, CITES App. I) without "
         "CITES documents, flown from São Paulo to Frankfurt for a Bavarian maker of luxury safes and watch-winder "
         "cabinets; Brazilian Portuguese wording (Brazilian rosewood repeats in several sets, for guitars and "
         "knife scales, and Machaerium labels in a few, as pau-ferro and jacarandá-de-santos; a jacarandá-paulista "
         "safe-interior veneer label is the new part as far as a search found)",
         firm("Alpina Tresorbau GmbH", "DE")),
        ("WLF-04", "import", "ITAIR01", "air", "AR", [], "IT", "410799",
         "Cuero vacuno grabado estilo lagarto, para forrado de cajas fuertes y estuches, 600 pies2", "AR", 90, None,
         2400, "USD",
         "embossed 'lizard' cowhide is thick, with a pressed pattern that repeats every few hands and a cow-grain "
         "back; these skins are thin, narrow and whole, with a head, four legs, a tail and scales that follow the "
         "animal's shape: tegu lizard skins (Salvator/Tupinambis spp., CITES App. II) without CITES documents, "
         "flown from Buenos Aires to Milan for a maker of luxury safe interiors and jewellery cases; Argentine "
         "Spanish wording (a lizard-print cowhide label was found once, in blind50; tegu skins and a safe-lining "
         "use were found in no earlier row by a keyword search)", firm("Meridian Pelletterie Srl", "IT")),
        ("WLF-05", "transit", "DEAIR01", "air", "ZA", ["DE"], "VN", "830300",
         "Used household safe, empty, personal effects, 1 pc", "ZA", 310, 1, 400, "ZAR",
         "a used safe moved with personal effects is opened for the customs check with its key or code; this one "
         "arrives bolted to a pallet with no key, and the X-ray shows dense, conical shapes inside: cut open, it "
         "holds eight rhinoceros horns (Ceratotherium simum: South Africa's population is in App. II only for live "
         "animals and hunting trophies, so its horn is treated as App. I) wrapped in foil and grease, without CITES documents, declared in transit at Frankfurt from Johannesburg to Hanoi; "
         "South African English wording (rhino horn repeats in many sets; a used safe in transit through "
         "Frankfurt was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-06", "export", "FRAIR01", "air", "FR", [], "US", "830241",
         "Boutons de porte Art déco, laiton et os, 1930, 24 paires", "FR", 14, 24, 3600, "EUR",
         "bone door knobs are chalky white with dark pinpoint pores and no grain; these 24 pairs from a Paris "
         "hôtel particulier show fine crossing lines (Schreger lines) on the cut ends and a creamy, buttery sheen: "
         "elephant ivory (Loxodonta africana, CITES App. I/II) on worked antique door furniture, exported without "
         "the CITES re-export certificate EU rules require (Regulation 338/97 and the 2021 ivory guidance), flown "
         "from Paris to New York for an antique dealer; French wording (ivory repeats in many sets; door knobs "
         "were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("WLF-07", "import", "ESSEA01", "sea", "PY", ["AR"], "ES", "442090",
         "Cajas porta-llaves de lapacho, artesanales, 1.200 piezas", "PY", 1800, 1200, 7200, "USD",
         "lapacho is a heavy, olive-brown, odourless wood; these key cabinets are greenish-brown, greasy to the "
         "touch and smell strongly of incense and guaiac when a screw is driven in, and the wood sinks in water: "
         "palo santo (Bulnesia sarmientoi, CITES App. II) without CITES documents, by sea from Asunción through "
         "Buenos Aires to Valencia for a locksmiths' and hardware wholesaler; Paraguayan Spanish wording (palo "
         "santo repeats in several sets and lapacho labels in a few; key cabinets were found in no earlier row by "
         "a keyword search)", firm("Delta Ferretería Mayorista SL", "ES")),
        ("WLF-08", "import", "CZSEA01", "sea", "VN", [], "CZ", "830110",
         "Khóa treo Việt-Tiệp, đồng thau, 50 mm, 8.000 cái", "VN", 4000, 8000, 16000, "USD",
         "a Prague Vietnamese wholesaler's container of Hanoi hardware: Việt-Tiệp padlocks and door locks are "
         "what Sapa-market shops sell, but the third item's 'herbal paste' is 40 kg of small glass vials of a dry, "
         "green-brown, intensely bitter powder and crystals with bear-shaped seals, from bile farms: Asiatic black "
         "bear bile (Ursus thibetanus, CITES App. I) without CITES documents, hidden as the last item of a three-"
         "item declaration, by sea from Haiphong through Hamburg; Vietnamese wording (bear bile repeats in several "
         "sets; kept as a repeat, behind a padlock order is the new part as far as a search found)",
         dict(firm("Orion Železářství s.r.o.", "CZ"),
              _more_items=[item("830140", "Khóa cửa tay gạt Việt-Tiệp, 2.400 bộ", "VN", 3600, 19200, "USD", qty=2400),
                           item("130219", "Cao dược liệu, lọ thủy tinh, 40 kg", "VN", 40, 400, "USD")])),
        ("WLF-09", "import", "BESEA01", "sea", "IN", [], "BE", "442090",
         "Acacia wood cabinet and door knobs, turned, 20,000 pcs", "IN", 1600, 20000, 3000, "USD",
         "acacia-wood knobs are light-brown, mid-weight and float; these 20,000 are blood-red, very heavy, sink in "
         "water and stain it orange-red, and the end grain shows a wavy red figure under a lens: red sanders "
         "(Pterocarpus santalinus, CITES App. II) without CITES documents, by sea from Chennai to Antwerp for a "
         "door-hardware wholesaler; Indian English wording (red sanders repeats in many sets under turned-wood "
         "labels; door and cabinet knobs were found in no earlier row by a keyword search)",
         firm("Central Beslag BV", "BE")),
        ("WLF-10", "import", "ESSEA01", "sea", "BO", ["CL"], "ES", "440729",
         "Madera aserrada de cachimbo (Cariniana), para revestimiento de puertas blindadas, 36 m3", "BO", 21600,
         None, 15000, "USD",
         "cachimbo (Cariniana) is pale pinkish-brown with a coarse, plain grain and no scent; these boards are "
         "deep reddish-brown with a ribbon figure, golden shimmer and a fine, even texture and burn with a "
         "mahogany smell: big-leaf mahogany (Swietenia macrophylla, CITES App. II) without CITES documents, by sea "
         "from Santa Cruz through Arica to Valencia for a maker of security-door cladding; Bolivian Spanish "
         "wording (mahogany repeats in many sets; a cachimbo label for security-door cladding was found in no "
         "earlier row by a keyword search)", firm("Vega Puertas Blindadas SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIPOST01", "post", "NO", "FI", "290420",
     "Nitromethane 98 %, 1 l, for a licensed private user (model engine fuel blending)", "NO", 1.2, 1, 40, "EUR",
     [("PRECURSOR_LICENCE", "FI-POL-69-0131")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "TW", "DE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnic signals)", "TW", 2, 2, 70,
     "USD", [("PRECURSOR_LICENCE", "DE-BW-69-0418")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Galvanic sludge from lock-cylinder plating (11 01 09*), for metal recovery at a licensed plant, 18 t", "CH",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-69-0266")], "notified galvanic sludge to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "852852",
     "Waste CRT monitors from security control rooms (16 02 13*), for recycling at a licensed plant, 40 t", "NO",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-69-0087")], "notified CRT waste to a licensed recycling plant"),
    ("PRM-05", "ozone", "import", "LVAIR01", "air", "US", "LV", "290377",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical reference standard, 10 x 1 ml, for essential laboratory use",
     "US", 0.1, 10, 800, "USD", [("ODS_LICENCE", "LV-VVD-ODS-69-004")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "NO", "NL", "290376",
     "Recovered halon 1211 from decommissioned extinguishers, 12 cylinders, for destruction", "NO", 600, 12, 0, "EUR",
     [("ODS_LICENCE", "NL-ILT-ODS-69-022")], "recovered halon 1211 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "830300",
     "Iron strongbox ('Armada chest'), Nuremberg type, c. 1650, documented Spanish private collection since 1958",
     "ES", 95, 1, 48000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-69-0204")],
     "strongbox exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "442090",
     "Dogon granary lock, carved wood, Mali, early 20th century, French collection since 1961", "FR", 4, 1, 16000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-69-0377")], "ethnographic object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SESEA01", "sea", "SE", "BR", "722540",
     "Armour steel plate ARMOX 500T, 6-10 mm, 30 t, for a Brazilian armoured-vehicle maker", "SE", 30000, None,
     96000, "EUR", [("EXPORT_LICENCE", "SE-ISP-69-0512"), ("END_USER_CERTIFICATE", "BR-EB-EUC-69-0041")],
     "armour plate under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "IN", "902620",
     "Capacitance manometers, heated, 0.1-1000 Pa, 8 units, for an Indian semiconductor fab", "AT", 12, 8, 30000,
     "EUR", [("EXPORT_LICENCE", "AT-BMAW-69-0233"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-69-0188")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "BO", "ES", "440729",
     "Big-leaf mahogany (Swietenia macrophylla) sawn timber, managed forest, 20 m3", "BO", 12000, None, 16000,
     "USD", [("CITES_PERMIT", "BO-MMAYA-69-0092")], "App. II mahogany from a managed forest with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "ID", "DE", "420231",
     "Key cases and card holders of reticulated python leather, 400 pcs", "ID", 40, 400, 6400, "USD",
     [("CITES_PERMIT", "ID-KLHK-69-0715")], "App. II python leather goods with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Privatperson", "PRM-03": "Nordhafen Recycling GmbH",
    "PRM-06": "Delta Halon Destructie BV", "PRM-11": "Vega Puertas Blindadas SL", "PRM-12": "Alpina Lederwaren GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, nearly all goods of
    # locksmiths' wholesalers, safe makers and movers, access-control and alarm installers and door importers
    ("382000", "Lock de-icer, alcohol-based, 50 ml tubes", "import", ["post"], ["NO", "GB"], (15, 30), (1, 3), ["NOK", "GBP"], 20, S),
    ("340399", "PTFE dry lock lubricant powder, 50 g bottles", "import", ["express"], ["TW", "US"], (30, 60), (1, 2), ["USD"], 20, S),
    ("380894", "Fingerprint door-lock sensor wipes, isopropanol", "import", ["express"], ["KR", "CN"], (15, 30), (1, 3), ["USD"], 10, S),
    ("680690", "Exfoliated vermiculite fire fill for safes, 100 l bags", "import", ["road"], ["UA", "TR"], (0.6, 1.2), (3000, 8000), ["EUR"], 0.08, S),
    ("340290", "Ultrasonic cleaning concentrate for keys and cylinders, 1 l", "import", ["express"], ["JP", "DE"], (10, 20), (1, 4), ["JPY", "EUR"], 1, S),
    ("690919", "Ceramic tumbling media for deburring key blanks, 25 kg", "import", ["road"], ["BA", "TR"], (0.8, 1.5), (5000, 12000), ["EUR"], 0.04, S),
    ("271019", "Lock and hinge oil, 50 ml needle bottles", "import", ["post"], ["TR", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 15, S),
    ("340590", "Vienna-lime brass polishing powder, 250 g", "import", ["post"], ["IN", "AT"], (10, 20), (1, 4), ["EUR", "INR"], 4, S),
    ("382499", "Electrolyte for electrochemical marking of tools, 500 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, S),
    ("830160", "Brass key blanks, assorted profiles", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 16, S),
    ("281990", "Chromium oxide green pigment, new, for paints", "export", ["sea"], ["IN", "AE"], (3, 5), (8000, 20000), ["EUR"], None, S),
    ("830140", "Hotel RFID door locks, new, boxed", "export", ["sea"], ["EG", "TR"], (20, 40), (2000, 6000), ["EUR"], 0.4, S),
    ("441829", "Wooden fire doors EI30, new, with certificates", "export", ["sea"], ["AL", "MA"], (3, 5), (6000, 14000), ["EUR"], 0.02, S),
    ("320890", "Hammer-finish paint for safes, new, 20 l cans", "export", ["road"], ["UA", "MD"], (4, 7), (3000, 8000), ["EUR"], 0.05, S),
    ("853110", "Intruder alarm control panels, new, boxed", "export", ["sea"], ["NG", "GH"], (25, 45), (1000, 4000), ["EUR"], 0.5, S),
    ("851762", "Door-entry intercom kits, new", "export", ["sea"], ["GH", "SN"], (20, 35), (1000, 4000), ["EUR"], 0.4, S),
    ("847290", "ATMs, new, with safes", "export", ["sea"], ["LB", "MA"], (15, 30), (6000, 20000), ["EUR"], 0.0014, S),
    ("340399", "PTFE lock spray, hydrocarbon propellant, 400 ml", "import", ["sea"], ["CN", "TR"], (2, 4), (4000, 10000), ["USD", "EUR"], 2, S),
    ("830260", "Hydraulic door closers, aluminium body", "import", ["sea", "road"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD", "EUR"], 0.4, S),
    ("830140", "Electronic keypad locks for safes", "import", ["sea"], ["CN", "TW"], (20, 40), (1000, 4000), ["USD"], 3, S),
    ("842410", "Dry-powder fire extinguishers, 2 kg, for vehicles", "import", ["sea"], ["CN", "PL"], (2, 4), (3000, 8000), ["USD", "EUR"], 0.3, S),
    ("381400", "Isopropanol lock and cylinder cleaner, 400 ml aerosols", "import", ["road"], ["TR", "UA"], (2, 4), (2000, 6000), ["EUR"], 2, S),
    ("442090", "Carved wooden locks, new craft, Burkina Faso", "import", ["air"], ["BF", "ML"], (8, 15), (50, 300), ["EUR"], 0.3, S),
    ("830170", "Brass key replicas, antique style, new", "import", ["post"], ["RS", "TR"], (30, 60), (1, 2), ["EUR"], 20, S),
    ("830300", "Reproduction wrought-iron strongboxes, new", "export", ["air"], ["US", "MX"], (15, 30), (100, 400), ["EUR"], 0.01, S),
    ("830110", "Antique-style brass padlocks, new, cast", "import", ["air"], ["CN", "IN"], (8, 15), (100, 400), ["USD"], 3, S),
    ("830241", "Lion-head door knockers, brass, reproduction", "export", ["road"], ["CH", "GB"], (15, 30), (200, 800), ["EUR"], 0.3, S),
    ("830300", "Used safes, serviced, with keys, for resale", "import", ["sea"], ["TR", "LB"], (1, 2), (2000, 6000), ["EUR", "USD"], 0.004, S),
    ("830110", "Decorative brass padlocks, traditional pattern, new", "import", ["express"], ["KR", "CN"], (40, 80), (1, 3), ["USD"], 8, S),
    ("830140", "Colonial-style lock replicas, Cusco, new", "import", ["post"], ["PE"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("830110", "Isfahan brass padlocks, new craft", "import", ["road"], ["TR"], (8, 15), (200, 800), ["EUR"], 2.5, S),
    ("711790", "Jade key-ring pendants, new, Antigua workshops", "import", ["air"], ["GT", "MX"], (40, 80), (20, 100), ["USD"], 30, S),
    ("851762", "GSM alarm diallers for intruder alarms, new", "export", ["air"], ["AE", "TR"], (60, 120), (20, 100), ["EUR"], 5, S),
    ("901890", "TENS back belts for home physiotherapy", "export", ["air"], ["UG", "KE"], (15, 30), (100, 400), ["EUR"], 1, S),
    ("847989", "Key-cutting machines, bench-top, new", "export", ["sea"], ["TR", "AE"], (60, 120), (300, 1500), ["EUR"], 0.03, S),
    ("852589", "Digital door viewers with screen, new", "export", ["air"], ["AM", "GE"], (60, 120), (20, 100), ["EUR"], 3, S),
    ("903289", "Pressure switches for gate operators, brass", "export", ["road"], ["TR", "RS"], (40, 80), (50, 300), ["EUR"], 3, S),
    ("420232", "Imitation-leather key cases, PU, printed", "import", ["post"], ["ID", "CN"], (15, 30), (1, 3), ["EUR", "USD"], 12, S),
    ("392690", "Acetate 'tortoiseshell' key fobs", "import", ["post"], ["CU", "IT"], (30, 60), (1, 2), ["EUR"], 50, S),
    ("440839", "Jacarandá-paulista (Machaerium) veneer, sliced", "import", ["air"], ["BR"], (15, 25), (100, 400), ["USD"], None, S),
    ("410799", "Embossed lizard-print cowhide", "import", ["air"], ["AR", "BR"], (20, 35), (200, 800), ["USD"], None, S),
    ("442090", "Lapacho wood key cabinets, craft", "import", ["sea"], ["PY", "BR"], (3, 6), (1000, 4000), ["USD"], 0.6, S),
    ("442090", "Acacia wood cabinet knobs, turned", "import", ["sea"], ["IN", "VN"], (1.5, 3), (1000, 4000), ["USD"], 12, S),
    ("440729", "Cachimbo (Cariniana) sawn timber, kiln-dried", "import", ["sea"], ["BO", "BR"], (0.6, 0.9), (18000, 24000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460212", "Rattan magazine racks", "import", ["sea"], ["ID", "VN"], (3, 6), (1000, 4000), ["USD"], 0.5, N),
        ("910690", "Kitchen timers, mechanical, plastic", "import", ["sea"], ["CN", "TW"], (4, 8), (1000, 4000), ["USD"], 8, N),
        ("420292", "Pencil cases, polyester, zipped", "import", ["sea"], ["CN", "VN"], (5, 9), (2000, 6000), ["USD"], 10, N),
        ("401490", "Rubber hot-water bottles, knitted covers", "import", ["post", "express"], ["GB", "DE"], (15, 30), (1, 3), ["GBP", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind260", 20690701, HERE)


if __name__ == "__main__":
    main()
