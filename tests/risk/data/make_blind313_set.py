#!/usr/bin/env python3
"""Writes the three-hundred-and-thirteenth blind set (tests/risk/data/blind313-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2078, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: bowling alleys, billiards and
amusement arcades (bowling centres and lane-equipment suppliers, pinsetter mechanics, billiard and
snooker halls, table and cue makers and their wholesalers, arcade and family-entertainment centres,
coin-op operators and redemption-prize suppliers).
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
only where a real declaration would. Ids are BL313-*:

    python3 tests/risk/data/make_blind313_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2078, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2078
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "JP", [], "AT", "340290",
         "ボウリングレーン用クリーナー濃縮液 (業務用), 1リットル x 4本", "JP", 4.6, 4, 160, "JPY",
         "bowling-lane cleaner concentrates are mild alkaline detergents of about 1.0 kg/l that foam in the lane "
         "machine; these four litre bottles hold a water-clear, non-foaming liquid of 1.13 kg/l with vented caps that "
         "whitens the skin: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Osaka to a "
         "private person in Graz; Japanese wording (hydrogen peroxide repeats in many sets; a bowling-lane cleaner "
         "label was found in no earlier row by a keyword search)", person("Florian Gruber", "AT")),
        ("PRE-02", "import", "DEAIR01", "air", "TH", [], "DE", "340590",
         "น้ำยาขัดเงาลูกบิลเลียด (สูตรเข้มข้น) 1 ลิตร 48 ขวด", "TH", 55, 48, 380, "USD",
         "billiard-ball polish is a creamy, white emulsion of fine abrasive in wax; these 48 bottles hold a thin, "
         "oily, faintly fruity liquid of 1.14 kg/l that leaves no shine, for a Bochum billiard-supply web shop whose "
         "'concentrate' is bought by model-engine hobbyists: nitromethane (Annex I above 16 %) made available to "
         "members of the public, flown from Bangkok; Thai wording (nitromethane repeats in many sets; a billiard-ball "
         "polish label was found in no earlier row)", firm("Kugelblitz Billardbedarf GmbH", "DE")),
        ("PRE-03", "import", "NLSEA01", "sea", "CN", [], "NL", "250900",
         "台球巧粉原料粉 (蓝色), 25公斤袋, 600袋", "CN", 15000, 600, 7200, "USD",
         "the raw powder for cue-tip chalk cakes is a fine, gritty, blue silica-and-corundum mix that never "
         "dissolves; these 600 bags hold white, shiny crystals (the blue is only a dusting on the bag) that dissolve, "
         "crackle and flash on a hot plate with sugar, for a Rotterdam billiard wholesaler that re-bags 1 kg packs "
         "for its web shop: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea "
         "from Ningbo; Chinese wording (potassium chlorate repeats in many sets; a cue-chalk raw-powder label was "
         "found in no earlier row by a keyword search)", firm("Groene Laken Biljart BV", "NL")),
        ("PRE-04", "import", "BGROAD01", "road", "TR", [], "BG", "340290",
         "Jeton ve oyun parası parlatma sıvısı (pirinç jetonlar için), 5 l bidon, 160 bidon", "TR", 1120, 160, 1200, "EUR",
         "a tumbling liquid for brass arcade tokens is a mild citric soap; these cans hold a liquid of 1.40 kg/l that "
         "fumes brown when opened, stains the skin yellow and dissolves a brass token in minutes, for a Plovdiv "
         "coin-op operator's supply shop selling the cans over the counter: about 65 % nitric acid (Annex I above "
         "3 %) for members of the public, at Kapitan Andreevo; Turkish wording (nitric acid repeats in many sets and "
         "brass-token goods in blind264, on cultural goods; an arcade-token cleaning label on an acid was found in no "
         "earlier row)", firm("Zlaten Zhar Avtomati EOOD", "BG")),
        ("PRE-05", "import", "ROSEA01", "sea", "VN", [], "RO", "310230",
         "Muối hút dầu cho bóng bowling (phục hồi bóng), bao 25 kg, 400 bao", "VN", 10000, 400, 3600, "USD",
         "the 'de-oiling' products for reactive bowling balls are ovens and wipes, not salts; these 400 sacks hold "
         "white prills that go ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a Bucharest "
         "bowling pro-shop supplier packing 2 kg 'ball revival' tubs for players: ammonium nitrate (Annex I at 16 % "
         "N or more) for members of the public, by sea from Hai Phong to Constanța; Vietnamese wording (ammonium "
         "nitrate repeats in many sets and bowling-ball cleaners in two, blind210 and blind273; a de-oiling salt label for bowling balls was found in no earlier row)",
         firm("Strike Pro Shop Distributie SRL", "RO")),
        ("PRE-06", "import", "IEPOST01", "post", "KR", [], "IE", "340520",
         "당구대 천 얼룩 제거 분말, 500 g x 4통", "KR", 2.0, 4, 60, "KRW",
         "a spot remover for billiard cloth is a soft, absorbent clay powder brushed off the baize; these four tubs "
         "hold loose, white, odourless crystals that flare on a match with sugar and whose inner bags read 'NaClO3': "
         "sodium chlorate (Annex I above 40 %), posted from Busan to a private person in Limerick; Korean wording "
         "(sodium chlorate repeats in many sets; a billiard-cloth stain-powder label was found in no earlier row)",
         person("Mr Declan O'Brien", "IE")),
        ("PRE-07", "import", "CZAIR01", "air", "PH", [], "CZ", "382499",
         "Desiccant packs para sa prize capsules ng claw machine, 1 kg pouch, 300 pouches", "PH", 300, 300, 420, "USD",
         "desiccant for the capsule toys of crane machines is clay or silica gel in 1 g sachets; these 300 pouches "
         "hold a soft, white, deliquescent powder that dissolves at once and burns fiercely with sugar, for a Brno "
         "arcade operator's web shop: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Manila to Prague; Filipino wording (sodium perchlorate repeats in many sets and "
         "desiccant labels in several, kept as a repeat of that family; claw machines twice, blind202 and "
         "blind256; a capsule-desiccant label was found in no earlier row)", firm("Drapák Herní Automaty s.r.o.", "CZ")),
        ("PRE-08", "import", "FIAIR01", "air", "IN", [], "FI", "950420",
         "बॉलिंग जूतों के लिए स्लाइड पाउडर, 1 किलो डिब्बा, 250 डिब्बे", "IN", 250, 250, 500, "USD",
         "slide powder for bowling shoes is a talc-like, soft, grey powder; these 250 tins hold a white, crystalline "
         "powder that dissolves slowly, flares with sugar and whose liners read 'KClO4', for a Tampere bowling "
         "pro-shop web store: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Mumbai to Helsinki; Hindi wording (potassium perchlorate repeats in many sets; a bowling "
         "slide-powder label was found in no earlier row)", firm("Kaato Keilailu Oy", "FI")),
        ("PRE-09", "import", "CYAIR01", "air", "EG", [], "CY", "330590",
         "كريم مطور للشعر 40 فوليوم، عبوات 1 لتر، 120 عبوة", "EG", 140, 120, 600, "USD",
         "a 40-volume hair developer is a thick, white cream of 12 % peroxide; these 120 bottles hold a water-clear, "
         "runny liquid of 1.20 kg/l with vented caps: about 50 % hydrogen peroxide (Annex I above 12 %) for a Limassol "
         "salon-supply shop selling to the public, flown from Cairo to Larnaca; Egyptian Arabic wording (hydrogen "
         "peroxide under hair-developer labels repeats in several sets, kept as a repeat; from Egypt to Cyprus is "
         "the new part as far as a search found)", firm("Afroditi Kommotiki Ltd", "CY")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Регулятор pH для акваріумів (pH мінус), каністра 10 л, 180 каністр (1-а з 3 відправок)", "UA", 3300, 180, 1400,
         "EUR",
         "an aquarium pH-minus is a dilute acid or sodium bisulphate powder; these canisters hold an oily, "
         "colourless liquid of 1.84 kg/l that grows hot with water and chars cardboard, the first of three vans "
         "booked that week each kept under 3.5 t, for a Lublin pet-supply web shop: about 96 % sulphuric acid (Annex "
         "I above 15 %) for members of the public, at Dorohusk; Ukrainian wording (sulphuric acid, pH-minus labels "
         "and splits over three vans repeat in many sets, kept as a repeat; a split at Dorohusk is the new part as "
         "far as a search found)", firm("Akwa Świat Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "PH", "950490",
         "Used bowling pinsetters, working order, 24 units, with spare decks", "NL", 38000, 24, 48000, "EUR",
         "used pinsetters sold for reuse are tested, crated with their decks and manuals; these 24 are machines torn "
         "out of a closed Dutch bowling centre, rusted, with cracked gearboxes leaking oil, old PCB-filled motor "
         "capacitors and mercury switches, cut cables and no test record, at 2,000 EUR each against 15,000 for a "
         "refurbished one: hazardous waste electrical equipment (A1180) whose export to a non-OECD country is "
         "banned, from Rotterdam to Manila; English wording (a pinsetter once, blind256; kept as a repeat of the "
         "cover, complete machines as waste to Manila are the new part as far as a search found)", {"importer_country": "PH"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "NG", "950430",
         "Amusement arcade machines, used, working, 40 units (container 1 of 1)", "BE", 9000, 40, 16000, "EUR",
         "a Belgian arcade's clearance container for Lagos: 40 working cabinets are what the booking says, but the "
         "second item's 'spare monitors' are 260 loose CRT tubes and chassis from scrapped cabinets, many with cracked "
         "necks and no test labels: waste cathode-ray tubes (A1180, leaded glass) whose export to a non-OECD country "
         "is banned, hidden as the second item of a two-item declaration, from Antwerp; English wording (CRTs "
         "repeat in many sets, kept as a repeat; arcade spare monitors behind cabinets are the new part as far as a "
         "search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("852849", "Spare monitors for arcade cabinets, used, 260 units", "BE", 7800, 2600,
                                "EUR", qty=260)])),
        ("WST-03", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU"], "GE", "271019",
         "Bahnpflegeöl (Lane Conditioner), Restbestand, 80 Fässer à 200 l", "DE", 14400, 80, 3200, "EUR",
         "surplus lane conditioner is a clear, sealed, branded mineral-oil blend; these 80 mixed drums hold black, "
         "watery oil drained from pinsetter gearboxes, lane-machine recovery tanks and cleaner tanks of several "
         "bowling centres, with sludge and rags: waste oil (A3020), hazardous waste whose export to a non-OECD "
         "country is banned, by road to Tbilisi; German wording (waste oil repeats in many sets; a lane-conditioner "
         "label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "PK", "950490",
         "Schede di gioco JAMMA usate per riparazione, 2.500 pz", "IT", 3200, 2500, 5000, "EUR",
         "arcade game boards sent for repair are wrapped one by one with their fault tags; these gaylords hold boards "
         "torn from scrapped cabinets, broken, burnt, with leaking backup batteries, loose, at 2 EUR each, for a "
         "Karachi board-recovery yard: waste printed-circuit assemblies (A1180) whose export to a non-OECD country is "
         "banned, from Genoa; Italian wording (circuit boards repeat in many sets and JAMMA boards once, blind202; "
         "kept as a repeat, boards for repair to Karachi are the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "MA", "853931",
         "Tubes lumière noire UV pour bowling, occasion, en état de marche, 3.000 pièces", "FR", 1500, 3000, 1500, "EUR",
         "working blacklight tubes for 'cosmic bowling' travel boxed one by one; these pallets hold loose, broken and "
         "blackened tubes of every length from bowling-centre refits, shards and white powder in the bottom: waste "
         "mercury-containing lamps (A1030/A1180) whose export to a non-OECD country is banned, from Marseille to "
         "Casablanca; French wording (mercury lamps repeat in many sets, kept as a repeat; cosmic-bowling blacklights "
         "were found in no earlier row)", {"importer_country": "MA"}),
        ("WST-06", "export", "GRSEA01", "sea", "GR", [], "EG", "940561",
         "Φωτεινές επιγραφές νέον για αίθουσες ψυχαγωγίας, μεταχειρισμένες, 400 τεμ.", "GR", 2400, 400, 2000, "EUR",
         "used neon signs sold on are crated and tested; these are signs pulled from closed Athens arcades, with "
         "broken tubes (blue and green ones holding mercury), old transformers and cut cables, packed loose: "
         "hazardous waste electrical equipment (A1180, A1030) whose export to a non-OECD country is banned, from "
         "Piraeus to Alexandria; Greek wording (neon signs repeat in several sets, kept as a repeat; arcade signs from Greece "
         "are the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MY", "391590",
         "ABS regranulado, negro, 20 t", "ES", 20000, None, 5000, "EUR",
         "ABS regrind is clean, uniform granules of one colour; this container holds shredded arcade-cabinet and "
         "redemption-machine housings with screws, wiring, labels and brominated-flame-retardant markings, from a "
         "Valencia family-entertainment chain's refit: mixed plastic waste with hazardous constituents (A3210) "
         "needing prior consent, by sea to Port Klang; Spanish wording (plastic waste to Malaysia repeats in many "
         "sets, kept as a repeat; shredded arcade cabinets are the new part as far as a search found)",
         {"importer_country": "MY"}),
        ("WST-08", "export", "SKROAD01", "road", "SK", [], "UA", "382590",
         "Roztok síranu železnatého, technický, 20 t", "SK", 20000, None, 400, "EUR",
         "technical ferrous sulphate solution is a clear green liquid sold to water works; this tanker holds spent "
         "hydrochloric pickling acid from a Košice wire plant, brown, fuming and laden with zinc: hazardous waste "
         "(A1060/Y34) exported without notification, at Vyšné Nemecké; Slovak wording (spent pickling acid repeats "
         "in several sets, kept as a repeat; ferrous-sulphate labels in four, kept as a repeat; at Vyšné Nemecké is the new part)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "ID", "391590",
         "Scarti di film LDPE post-industriale, puliti, balle, 22 t", "IT", 22000, None, 4400, "EUR",
         "clean post-industrial LDPE film comes in uniform, transparent bales; these bales are wet, mixed household "
         "packaging with food residue, cans and paper: mixed plastic waste (Y48) whose export to a non-OECD country "
         "needs consent, by sea to Surabaya; Italian wording (plastic waste repeats in many sets, kept as a repeat; "
         "Italy to Surabaya is the new part as far as a search found)", {"importer_country": "ID"}),
        ("WST-10", "export", "BGSEA01", "sea", "BG", [], "TR", "262190",
         "Leichte Fraktion, Kunststoffgranulat zur Verbrennung", "BG", 24000, None, 1200, "EUR",
         "a refuse-derived fuel is dry, shredded and sorted; this bulk holds car-shredder fluff with oil, glass, "
         "wires and foam: hazardous waste (A3120) sent without notification from Varna to Gebze; German wording from a "
         "Bulgarian shredder's trader (shredder fluff repeats in several sets, kept as a repeat; from Varna is the "
         "new part as far as a search found)", {"importer_country": "TR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "air", "VN", [], "PL", "340290",
         "Bình xịt tẩy vết bẩn cho nỉ bàn bi-a, 400 ml, 600 bình", "VN", 300, 600, 900, "USD",
         "billiard-cloth spot sprays are water-based foams; these cans are heavy, sweet-smelling solvent that "
         "evaporates cold and the filler's sheet gives CAS 71-55-6: 1,1,1-trichloroethane (methyl chloroform), a "
         "controlled substance whose import is banned, flown from Hanoi to Warsaw for a billiard-hall supplier; "
         "Vietnamese wording (methyl chloroform repeats in several sets; a billiard-cloth spray was found in no "
         "earlier row)", firm("Zielone Sukno Bilard Sp. z o.o.", "PL")),
        ("OZN-02", "import", "SEAIR01", "air", "US", [], "SE", "340290",
         "Bowling ball cleaner, fast-dry aerosol, 12 oz, 960 cans", "US", 400, 960, 2900, "USD",
         "bowling-ball cleaners sold in the US are alcohol or water-based; these cans hold a solvent that frosts the "
         "nozzle, does not burn and whose maker's sheet lists CAS 76-13-1: CFC-113, a controlled substance whose "
         "import is banned, flown from Dallas to Stockholm for a pro-shop chain; US English wording (CFC-113 repeats "
         "in many sets and bowling-ball cleaners in two, blind210 and blind273, kept as a repeat; an aerosol from "
         "Dallas to Stockholm is the new part as far as a search found)", firm("Stryk Bowlingshop AB", "SE")),
        ("OZN-03", "import", "HUROAD01", "road", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "950490",
         "街机配件 (投币器, 按钮, 摇杆), 1 个托盘", "CN", 600, None, 4200, "USD",
         "a Chinese arcade-spares pallet for a Budapest coin-op operator: coin acceptors, buttons and joysticks are "
         "what the invoice lists, but the third item's 'coin-mechanism cleaner' is 200 litre tins of a heavy, "
         "non-flammable solvent whose labels under the stickers read CCl4: carbon tetrachloride, a controlled "
         "substance whose import is banned, hidden as the third item of a three-item declaration, by road via Záhony; "
         "Chinese wording (carbon tetrachloride repeats in many sets and coin mechanisms in several; a coin-mechanism "
         "cleaner was found in no earlier row)",
         dict(firm("Pénzbedobós Játékgép Kft.", "HU"),
              _more_items=[item("950490", "按钮和摇杆, 2,000 套", "CN", 300, 3000, "USD", qty=2000),
                           item("340290", "投币器清洁剂, 1升, 200罐", "CN", 320, 400, "USD", qty=200)])),
        ("OZN-04", "import", "ROROAD01", "road", "UA", [], "RO", "381300",
         "Вогнегасники порошкові для боулінг-центрів (піндеки), 2 кг, 300 шт.", "UA", 900, 300, 3000, "USD",
         "the powder extinguishers fitted over pinsetter decks are ABC-powder units under nitrogen; these cylinders "
         "are light, slosh, and their valves read 'Хладон 114В2/1211': halon 1211, a controlled substance banned "
         "outside critical uses, at Siret for a Cluj bowling-centre fitter; Ukrainian wording (halon extinguishers "
         "repeat in many sets, kept as a repeat; a pinsetter-deck extinguisher was found in no earlier row)",
         firm("Popic Bowling Echipamente SRL", "RO")),
        ("OZN-05", "import", "LTPOST01", "post", "BY", [], "LT", "950420",
         "Охлаждающий спрей для наклеек кия, 200 мл x 6", "BY", 1.6, 6, 40, "EUR",
         "cue-tip repair kits use a glue and a file; these six cans hold a gas that boils off at -30 °C and whose "
         "labels read 'хладон-12': CFC-12, a controlled substance whose import is banned, posted from Minsk to a "
         "private person in Vilnius; Russian wording from Belarus (CFC-12 repeats in many sets; a cue-tip freeze "
         "spray was found in no earlier row)", person("Tomas Kazlauskas", "LT")),
        ("OZN-06", "export", "BESEA01", "sea", "BE", [], "GH", "841850",
         "Used bar beverage coolers from a bowling centre, working, 30 units", "BE", 3600, 30, 3000, "EUR",
         "used bar coolers resold for reuse are recent HC models; these 30 came from a 1980s bowling-centre bar, "
         "with compressor plates reading R12: equipment containing CFC-12, whose export is banned, from Antwerp to "
         "Tema; English wording (CFC equipment for export repeats in several sets, kept as a repeat; a bowling "
         "centre's bar coolers were found in no earlier row)", {"importer_country": "GH"}),
        ("OZN-07", "transit", "SISEA01", "sea", "MA", ["SI"], "RS", "380891",
         "معالج ضد السوس للطاولات البلياردو القديمة، 50 علبة", "MA", 800, 50, 1500, "EUR",
         "woodworm treatments for antique billiard tables are permethrin liquids in plastic tins; these are "
         "pressurised steel cans of a heavy, odourless gas with skull labels: methyl bromide, a controlled substance, "
         "landed at Koper in transit from Tanger Med to Belgrade for a billiard-restoration workshop; Moroccan Arabic "
         "wording (methyl bromide repeats in many sets, kept as a repeat; a billiard-table woodworm label was found in "
         "no earlier row)", {"importer_country": "RS"}),
        ("OZN-08", "import", "ESSEA01", "sea", "IN", [], "ES", "390950",
         "Sistema de poliol pre-mezclado para espuma rígida, 200 kg, 80 bidones", "IN", 16000, 80, 32000, "USD",
         "a water-blown polyol system is pumped cold; these drums vent a sweet gas and the blend sheet lists "
         "HCFC-141b at 12 %: a pre-blended polyol with a controlled substance whose import is banned, by sea from "
         "Nhava Sheva to Valencia; Spanish wording (HCFC-141b in polyols repeats in many sets, kept as a repeat; from "
         "India to Valencia is the new part as far as a search found)", firm("Espumas del Turia SL", "ES")),
        ("OZN-09", "import", "MTSEA01", "sea", "LY", [], "MT", "381300",
         "Fire extinguishing agent for ship engine rooms, 12 cylinders", "LY", 600, 12, 2400, "USD",
         "engine-room agents today are CO2 or HFC-free foams; these cylinders hold a dense, reddish liquid that "
         "boils at 47 °C: halon 2402, a controlled substance, from Misrata to Valletta for a ship-repair yard; "
         "English wording (halon 2402 repeats in a few sets; from Libya to Malta is the new part as far as a search "
         "found)", firm("Grand Harbour Marine Services Ltd", "MT")),
        ("OZN-10", "import", "PTAIR01", "air", "AO", [], "PT", "381400",
         "Fluido de limpeza para circuitos eletrónicos, 1 l, 100 latas", "AO", 150, 100, 500, "USD",
         "electronics cleaning fluids are isopropanol-based; these tins hold a dense, non-flammable solvent labelled "
         "R-113: CFC-113, a controlled substance whose import is banned, flown from Luanda to Lisbon; Angolan "
         "Portuguese wording (CFC-113 repeats in many sets, kept as a repeat; from Angola is the new part as far as "
         "a search found)", firm("Lusofonia Eletrónica Lda", "PT")),
    ],
    "cultural": [
        ("CUL-01", "import", "ATAIR01", "air", "LB", [], "AT", "950490",
         "عدادات نقاط للبلياردو، عظم، قديمة الطراز، 300 قطعة", "LB", 3, 300, 300, "USD",
         "billiard score counters are turned beads on a wire; these 300 small, worn, polished sheep knucklebones "
         "and bone gaming counters with incised numerals and soil in the cracks are Roman astragali and tesserae "
         "from Syrian sites: archaeological objects imported without the export licence of the country of origin "
         "(EU 2019/880 and Syria sanctions, 2012/36), flown from Beirut to Vienna; Arabic wording (Roman bone "
         "objects repeat in several sets; billiard score counters were found in no earlier row)",
         firm("Donau Billard Handels GmbH", "AT")),
        ("CUL-02", "import", "DEAIR01", "air", "EG", [], "DE", "950490",
         "لوحة لعبة سنت خشبية، نسخة طبق الأصل، 1 قطعة", "EG", 4, 1, 150, "USD",
         "a replica senet board is fresh wood with painted squares; this one is dry, split acacia with faded "
         "pigment, a drawer holding faience playing pieces and mud in the joints: an ancient Egyptian senet game "
         "box, exported without Egyptian permission, flown from Cairo to Frankfurt for a games-café owner; Arabic "
         "wording (senet boards repeat twice, blind202 and blind296, kept as a repeat; a games-café importer in "
         "Germany is the new part as far as a search found)",
         firm("Spielhalle Nilblick GmbH", "DE")),
        ("CUL-03", "import", "ESAIR01", "air", "MX", [], "ES", "680291",
         "Escultura decorativa de piedra para boliche (yugo de juego de pelota), réplica", "MX", 22, 1, 400, "USD",
         "a decorative replica is light resin or fresh-cut stone; this U-shaped yoke is dense green stone with worn "
         "relief, root marks and old soil: a Classic Veracruz ballgame yoke, a Mexican monument whose export is "
         "forbidden, flown from Mexico City to Madrid for a bowling centre's lobby; Mexican Spanish wording (ballgame "
         "yokes repeat twice, blind151 and blind285, kept as a repeat; bowling-centre decor is the new part)", firm("Bolera Castilla Ocio SL", "ES")),
        ("CUL-04", "import", "NLSEA01", "sea", "CN", [], "NL", "950300",
         "抓娃娃机奖品 (毛绒玩具、陶瓷摆件), 1 个集装箱", "CN", 6000, None, 9000, "USD",
         "a Chinese prize container for a Dutch family-entertainment chain: plush toys and ceramic trinkets are what "
         "the invoice lists, but the third item's 'ceramic horse-rider figurines' are 12 heavy, hand-modelled "
         "earthenware polo players with sancai glaze, root marks and burial soil: Tang-dynasty tomb figures, whose "
         "export from China is forbidden, hidden as the third item of a three-item declaration, by sea from Xiamen "
         "to Rotterdam; Chinese wording (Tang tomb figures repeat in several sets; arcade-prize figurines were found "
         "in no earlier row)",
         dict(firm("Grijpkraan Speelhallen BV", "NL"),
              _more_items=[item("950300", "陶瓷小摆件, 4,000 件", "CN", 800, 1200, "USD", qty=4000),
                           item("691390", "陶瓷骑马俑摆件, 12 件", "CN", 60, 120, "USD", qty=12)])),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "US", "950420",
         "Tavolo da biliardo, riproduzione in stile Impero, 1 pz", "IT", 900, 1, 12000, "EUR",
         "a reproduction table is machine-cut with a modern slate; this table has hand-cut mahogany with ormolu "
         "mounts, a Turin maker's plaque of 1821 and a palazzo's inventory stamp: an early nineteenth-century "
         "billiard table over the EU licence threshold, exported without an export licence from Milan to New York; "
         "Italian wording (a billiard table was found in no earlier row as a cultural good)",
         {"importer_country": "US"}),
        ("CUL-06", "import", "FRAIR01", "air", "TH", [], "FR", "691390",
         "Statue décorative en pierre pour salle d'arcade, tête de bouddha", "TH", 30, 1, 200, "USD",
         "a decorative Buddha head is fresh sandstone or cast concrete; this one is grey-pink sandstone with lichen, "
         "a saw cut at the neck and Bayon-style features: a Khmer head removed from a Cambodian temple, sent via "
         "Bangkok to Paris for an arcade's decor; Thai-French wording (Khmer heads repeat in many sets, kept as a "
         "repeat; an arcade decor statue is the new part as far as a search found)",
         firm("Salle Arcade Lumière SARL", "FR")),
        ("CUL-07", "export", "DEAIR01", "air", "DE", [], "CH", "491191",
         "Dekodruck 'Kegelspieler', gerahmt, für Bowlingbahn", "DE", 12, 1, 180, "EUR",
         "a decor print is paper behind glass; this is oil on oak panel, with craquelure, old collection labels and "
         "a Dutch seventeenth-century scene of skittle players: a painting over 50 years old and above the EU "
         "threshold, exported from a Hamburg bowling centre's owner without an export licence to Zurich; German "
         "wording (a skittle-players painting was found in no earlier row)", {"importer_country": "CH"}),
        ("CUL-08", "import", "GRAIR01", "express", "IN", [], "GR", "491199",
         "पोस्टर: चौपड़ खेलते राजा, आर्केड दीवार सजावट", "IN", 1.2, 1, 60, "USD",
         "an arcade wall poster is a glossy print; this is opaque watercolour and gold on paper, with a Persian "
         "inscription and old album margins: a Mughal miniature of players at chaupar, over 100 years old, whose "
         "export India forbids without a licence, sent by express from Jaipur to an Athens games-bar owner; Hindi "
         "wording (Mughal miniatures repeat in several sets; a chaupar scene as arcade decor was found in no earlier "
         "row)", firm("Paichnidopolis Psychagogia AE", "GR")),
        ("CUL-09", "transit", "DEAIR01", "air", "IQ", ["DE"], "US", "691390",
         "Clay souvenirs, handmade, 40 pcs", "IQ", 8, 40, 80, "USD",
         "clay souvenirs are fired, smooth and uniform; these 40 are small, unfired, sun-dried tablets with wedge "
         "signs and salt bloom: cuneiform tablets from Iraqi sites, under the Iraq sanctions ban (EU 1210/2003), "
         "landed at Frankfurt in transit from Erbil to New York; English wording (cuneiform tablets repeat in many "
         "sets, kept as a repeat; from Erbil via Frankfurt is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-10", "import", "SKPOST01", "post", "UA", [], "SK", "711890",
         "Сувенірні монети, копії, 120 шт.", "UA", 1.0, 120, 40, "EUR",
         "souvenir copies are bright and identical; these 120 are worn, patinated silver and bronze coins of "
         "Olbia and Pantikapaion with earth in the legends: a hoard from Ukrainian sites, archaeological objects "
         "exported without a Ukrainian licence, posted to a private collector in Košice; Ukrainian wording (coin "
         "hoards repeat in many sets, kept as a repeat; to Košice is the new part as far as a search found)",
         person("Ing. Marek Horváth", "SK")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU"], "KZ", "950420",
         "Billardtische Turnierqualität, 9 ft, 14 Stück, mit Zubehör", "DE", 9800, 14, 84000, "EUR",
         "tournament billiard tables for Almaty would be ordered by named halls; these 14 are consigned to a "
         "freight forwarder in Kazakhstan whose address is a Moscow club chain's, with Russian-language manuals: "
         "billiard tables, on the Union's list of luxury goods banned for Russia (Reg. 833/2014), routed through "
         "Kazakhstan; German wording (billiard tables were found in no earlier row as a strategic good)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "PLROAD01", "road", "PL", [], "BY", "950490",
         "Części zamienne do maszyn rekreacyjnych, 6 palet", "PL", 4200, None, 36000, "EUR",
         "leisure-machine spares would be a few boxes; these six pallets are complete string pinsetters and "
         "lane-machine units for a Minsk bowling centre: bowling equipment, on the luxury-goods ban for Belarus "
         "(Reg. 765/2006), at Kukuryki; Polish wording (bowling equipment as sanctions goods was found in no earlier "
         "row)", {"importer_country": "BY"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "AM", "950430",
         "VR arcade game stations, complete, 20 units", "NL", 1800, 20, 40000, "EUR",
         "a VR-arcade order for Yerevan: 20 stations and headsets are what the booking says, but the second item's "
         "'spare computer parts' are 120 high-end graphics cards, far beyond any spare need, and the consignee "
         "forwards to Moscow: graphics processors on the common high-priority list banned for Russia (Reg. 833/2014, "
         "anti-circumvention), hidden as the second item of a two-item declaration, flown from Amsterdam; English "
         "wording (GPUs to Armenia repeat in several sets; a VR-arcade cover is the new part as far as a search "
         "found)",
         dict({"importer_country": "AM"},
              _more_items=[item("847330", "Spare computer parts for arcade stations, 120 pcs", "NL", 240, 180000,
                                "EUR", qty=120)])),
        ("STR-04", "export", "ATAIR01", "air", "AT", [], "AE", "852589",
         "Infrarot-Bewegungssensoren für Arcade-Lichtpistolenspiele, 30 Stück", "AT", 45, 30, 9000, "EUR",
         "the sensors of light-gun arcade games are cheap IR LEDs and webcams; these 30 are uncooled microbolometer "
         "thermal cameras of 640 x 512 pixels at 60 Hz, consigned to a Dubai trader that ships to Iran: thermal "
         "cameras (6A003) under EU 2021/821 and the Iran sanctions, flown from Vienna; German wording (thermal cameras "
         "repeat in many sets; a light-gun arcade sensor was found in no earlier row)", {"importer_country": "AE"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "PK", "950490",
         "Simulátor závodní arkády, pohybová plošina, 1 ks", "CZ", 1400, 1, 220000, "EUR",
         "an arcade racing simulator rides on cheap actuators; this is a six-axis precision motion table with rate "
         "sensors, position accuracy and payload far beyond any seat, for a Rawalpindi 'arcade' owned by a defence "
         "contractor: a motion simulator (2B120) under EU 2021/821 without a licence, flown from Prague; Czech "
         "wording (an arcade racing simulator was found in no earlier row)", {"importer_country": "PK"}),
        ("STR-06", "export", "SEAIR01", "air", "SE", [], "CN", "950640",
         "Bowlingklot, sportartiklar, 400 st.", "SE", 2800, 400, 24000, "EUR",
         "a sports shipment for a Dandong trader: 400 urethane bowling balls, pin sets and lane-maintenance kits, "
         "with the order file naming Pyongyang's Golden Lane bowling alley as user: luxury goods banned for North "
         "Korea (Reg. 2017/1509), flown from Stockholm to Shenyang; Swedish wording (bowling balls were found in no "
         "earlier row as a strategic good)", {"importer_country": "CN"}),
        ("STR-07", "export", "FIAIR01", "air", "FI", [], "TR", "854239",
         "FPGA-piirilevyt arcade-emulointiin, 200 kpl", "FI", 60, 200, 160000, "EUR",
         "arcade-emulation boards use small, cheap FPGAs; these 200 carry high-end, radiation-tolerant FPGAs worth "
         "800 EUR each, for an Istanbul reseller that forwards to Russia: integrated circuits on the common "
         "high-priority list (Reg. 833/2014, anti-circumvention), flown from Helsinki; Finnish wording (FPGAs repeat "
         "in several sets; an arcade-emulation cover was found in no earlier row)", {"importer_country": "TR"}),
        ("STR-08", "export", "LVRAIL01", "rail", "LV", [], "RU", "846140",
         "Instrumentu detaļas, lietotas, 2 vagoni", "LV", 60000, None, 40000, "EUR",
         "used tool parts are worn and boxed; these wagons hold two gear-grinding machines with five-axis controls: "
         "machine tools banned for export to Russia (Reg. 833/2014), by rail at Zilupe; Latvian wording (machine "
         "tools to Russia repeat in many sets, kept as a repeat; Latvian rail is the new part as far as a search "
         "found)", {"importer_country": "RU"}),
        ("STR-09", "export", "LTAIR01", "air", "LT", [], "KG", "903020",
         "Laboratorinė įranga, naudota, 12 vnt.", "LT", 300, 12, 60000, "EUR",
         "used lab equipment would be mixed and old; these are 12 new oscilloscopes of 4 GHz bandwidth for a Bishkek "
         "forwarder trading with Russia: items on the common high-priority list (anti-circumvention), flown from "
         "Vilnius; Lithuanian wording (oscilloscopes to Kyrgyzstan repeat in several sets, kept as a repeat; "
         "'used lab equipment' is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-10", "export", "HRSEA01", "sea", "HR", [], "RS", "681511",
         "Ugljična vlakna za sportsku opremu, standardna, 2 t", "HR", 2000, None, 80000, "EUR",
         "standard-modulus fibre for sports goods sells at 15 EUR/kg; this is 40 EUR/kg high-modulus fibre whose "
         "test sheet shows tensile modulus above limits (1C010) for a Belgrade firm re-exporting east: dual-use "
         "fibre without a licence, from Rijeka; Croatian wording (carbon fibre repeats in many sets, kept as a repeat; "
         "to Serbia by sea is the new part as far as a search found)", {"importer_country": "RS"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "US", [], "DE", "950420",
         "Vintage composite billiard balls, set of 16, antique-style", "US", 3.5, 16, 600, "USD",
         "composite balls are uniform phenolic resin; these 16 are creamy, slightly oval balls with a fine "
         "cross-hatched grain and age cracks: elephant-ivory billiard balls (Loxodonta africana, CITES App. I) "
         "without CITES documents, flown from Chicago to Frankfurt for a billiard-hall collector; US English wording "
         "(ivory billiard balls repeat in a few sets; 'vintage composite' is the new part as far as a search found)",
         firm("Queue Haus Berlin GmbH", "DE")),
        ("WLF-02", "import", "PTAIR01", "air", "BR", [], "PT", "950420",
         "Tacos de sinuca artesanais, coronha em cocobolo, 40 unidades", "BR", 28, 40, 4000, "USD",
         "cocobolo cue butts are orange-red with black streaks; these 40 butts are chocolate-brown with dark, "
         "spidery figure and a rose scent: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES "
         "documents, flown from São Paulo to Lisbon for a snooker club supplier; Brazilian Portuguese wording "
         "(Brazilian rosewood repeats in many sets and sinuca cues once, blind117, kept as a repeat; to Lisbon is "
         "the new part as far as a search found)",
         firm("Taco Certo Bilhares Lda", "PT")),
        ("WLF-03", "import", "FRAIR01", "air", "MG", [], "FR", "440399",
         "Ébauches de queues de billard en wengé, 200 pièces", "MG", 180, 200, 1600, "USD",
         "wenge cue blanks are dark brown with light streaks and coarse pores; these are jet-black, very fine, "
         "heavy blanks: Malagasy ebony (Diospyros spp., CITES App. II, under a zero export quota) without CITES "
         "documents, flown from Antananarivo to Paris for a cue maker; Malagasy French wording (Malagasy ebony "
         "repeats in several sets; a cue-blank label was found in no earlier row)", firm("Atelier Queue Carambole SARL", "FR")),
        ("WLF-04", "import", "BEAIR01", "air", "ZW", [], "BE", "420500",
         "Embossed leather cue wraps, 300 pcs", "ZW", 15, 300, 900, "USD",
         "embossed cowhide shows a pressed, regular pattern; these wraps have deep, irregular natural creases and "
         "pores in clusters: African elephant skin (Loxodonta africana) without CITES documents, flown from Harare "
         "to Brussels for a billiard accessories importer; Zimbabwean English wording (elephant leather repeats in "
         "several sets; a cue-wrap label was found in no earlier row)", firm("Bande Billard Accessoires SPRL", "BE")),
        ("WLF-05", "import", "ESSEA01", "sea", "DO", [], "ES", "960190",
         "Conchas de resina para premios de arcade, 2.000 pzas", "DO", 1800, 2000, 1500, "USD",
         "resin shells are light, with mould seams; these are heavy, pink-lipped, flared natural shells: queen conch "
         "(Strombus gigas, CITES App. II) without CITES documents, by sea from Santo Domingo to Valencia for an "
         "arcade redemption-prize supplier; Dominican Spanish wording (queen conch repeats in many sets; "
         "arcade prize shells were found in no earlier row)", firm("Premios Recreativos Levante SL", "ES")),
        ("WLF-06", "import", "ITAIR01", "air", "MY", [], "IT", "030119",
         "Pesci ornamentali d'acqua dolce (arowana argentata), 6 pz, per acquario del bar bowling", "MY", 12, 6, 1200, "USD",
         "silver arowana are cheap, silvery and slim; these six have red-gold scales and a deeper body: Asian "
         "arowana (Scleropages formosus, CITES App. I) without CITES documents, flown from Kuala Lumpur to Milan for "
         "a bowling centre's bar aquarium; Italian wording (Asian arowana repeats in several sets; a bowling-bar "
         "aquarium was found in no earlier row)", firm("Strike Bowling Milano Srl", "IT")),
        ("WLF-07", "import", "NLSEA01", "sea", "ID", [], "NL", "420291",
         "Tas stik biliar, kulit PU motif ular, 1 kontainer", "ID", 4000, None, 12000, "USD",
         "a Surabaya shipment for a Dutch billiard wholesaler: PU cue cases and gloves are what the invoice lists, "
         "but the third item's 'snake-pattern premium cases' are 300 cases covered with real reticulated-python skin "
         "with belly scales in rows: Python reticulatus (CITES App. II) without CITES documents, hidden as the third "
         "item of a three-item declaration, by sea to Rotterdam; Indonesian wording (python skins repeat in many sets; "
         "cue cases are the new part as far as a search found)",
         dict(firm("Keu en Krijt Groothandel BV", "NL"),
              _more_items=[item("611610", "Sarung tangan biliar, 10.000 pasang", "ID", 400, 2000, "USD", qty=10000),
                           item("420291", "Tas stik premium motif ular, 300 pcs", "ID", 450, 900, "USD", qty=300)])),
        ("WLF-08", "import", "DKAIR01", "air", "UG", [], "DK", "950490",
         "Bone-carved bowling trophies, 50 pcs", "UG", 25, 50, 500, "USD",
         "bone trophies are porous and white; these carvings are dense, enamel-capped, curved: hippopotamus teeth "
         "(Hippopotamus amphibius, CITES App. II) without CITES documents, flown from Entebbe to Copenhagen for a "
         "bowling league supplier; Ugandan English wording (hippo teeth repeat in several sets; bowling trophies "
         "were found in no earlier row)", firm("Kegle Pokaler ApS", "DK")),
        ("WLF-09", "transit", "NLAIR01", "air", "LA", ["NL"], "SA", "440399",
         "ໄມ້ຫອມປອມ, ຊິ້ນ, 80 kg", "LA", 80, None, 4000, "USD",
         "imitation incense wood is dyed, light and scentless; these chips are dark, resin-laden and heavy, "
         "fragrant when warmed: agarwood (Aquilaria spp., CITES App. II) without CITES documents, landed at Schiphol "
         "in transit from Vientiane to Riyadh; Lao wording (agarwood repeats in many sets, kept as a repeat; a "
         "transit through Amsterdam is the new part as far as a search found)", {"importer_country": "SA"}),
        ("WLF-10", "import", "LVAIR01", "air", "AZ", [], "LV", "160432",
         "Qızılbalıq kürüsü, 50 x 250 q", "AZ", 12.5, 50, 1000, "USD",
         "salmon roe is large, orange beads; these tins hold small, grey-black, glossy eggs: sturgeon caviar "
         "(Acipenseriformes, CITES App. II) without CITES documents or labelling, flown from Baku to Riga; "
         "Azerbaijani wording (caviar under salmon-roe labels repeats in several sets, kept as a repeat; from Baku "
         "to Riga is the new part as far as a search found)", firm("Baltijas Delikateses SIA", "LV")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "JP", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (cleaning bowling-ball surfaces)", "JP", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-78-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "TH", "DE", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private user (model engines)", "TH", 2.3, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-78-0319")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "854911",
     "Waste pinsetter and lane-machine electronics with capacitors, for recycling at a licensed plant, 12 t", "NO",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-78-0144")], "notified waste bowling electronics to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "271099",
     "Waste lane-conditioner and gearbox oil (13 02 05*), for regeneration at a licensed plant, 18 t", "CH", 18000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BY-78-0277")], "notified waste oil to a licensed regeneration plant"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-78-014")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ROAIR01", "air", "US", "RO", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft fire protection", "US", 250, 10,
     6000, "USD", [("ODS_LICENCE", "RO-MMAP-ODS-78-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITSEA01", "sea", "IT", "US", "950420",
     "Billiard table, mahogany and ormolu, Turin, c. 1825, sold to a US collector", "IT", 900, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-78-0133")], "antique billiard table exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970121",
     "Dutch school, Skittle players, oil on panel, c. 1660, sold at auction", "DE", 8, 1, 70000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-78-0241")], "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "NO", "852589",
     "Uncooled thermal cameras 640 x 512, 10 units, for a Norwegian fire-service supplier", "AT", 15, 10, 30000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-78-0062"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-78-0017")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "GB", "903180",
     "Three-axis motion simulator table, 1 unit, for a UK university's navigation laboratory", "CZ", 1200, 1, 180000,
     "EUR", [("EXPORT_LICENCE", "CZ-MPO-78-0039"), ("END_USER_CERTIFICATE", "GB-ECJU-EUC-78-0101")],
     "dual-use motion simulator under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "IN", "FR", "950420",
     "Snooker cues with Indian rosewood butts (Dalbergia latifolia), 100 units", "IN", 70, 100, 8000, "USD",
     [("CITES_PERMIT", "IN-WCCB-78-0214")], "App. II rosewood products with their export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "VN", "NL", "420291",
     "Cue cases in farmed reticulated-python leather (Python reticulatus), 200 units", "VN", 300, 200, 12000, "USD",
     [("CITES_PERMIT", "VN-CITES-78-0087")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-05": "Centralne Laboratorium Sp. z o.o.",
    "PRM-06": "Carpați Aero Mentenanță SRL", "PRM-11": "Atelier Queue Carambole SARL", "PRM-12": "Keu en Krijt Groothandel BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # bowling centres, billiard halls and amusement arcades and their suppliers
    ("340290", "Bowling-lane cleaner concentrate, alkaline, 1 l", "import", ["post"], ["JP", "US"], (10, 20), (1, 3), ["USD", "JPY"], 1, S),
    ("340590", "Billiard-ball polish and cleaner, 250 ml", "import", ["express"], ["TH", "BE"], (20, 40), (1, 3), ["USD", "EUR"], 4, S),
    ("950420", "Cue-tip chalk cubes, boxes of 144", "import", ["sea"], ["CN", "TW"], (4, 8), (2000, 6000), ["USD"], 10, S),
    ("340290", "Citric tumbling liquid for brass arcade tokens, 5 l", "import", ["road"], ["TR"], (1, 2), (500, 2000), ["EUR"], 0.2, S),
    ("950420", "Bowling-ball cleaning pads and wipes", "import", ["sea"], ["VN", "CN"], (3, 6), (1000, 4000), ["USD"], 20, S),
    ("340520", "Billiard-cloth brushes and spot-cleaning clay, kits", "import", ["post"], ["KR", "CN"], (15, 30), (1, 3), ["USD"], 2, S),
    ("950490", "Claw-machine prize capsules, plastic, empty", "import", ["sea"], ["PH", "CN"], (2, 4), (2000, 6000), ["USD"], 50, S),
    ("950420", "Bowling shoe slide soles and talc slide powder, 100 g", "import", ["air"], ["IN", "US"], (8, 15), (100, 400), ["USD"], 8, S),
    ("950490", "Refurbished bowling pinsetters, tested, with decks", "import", ["sea"], ["US"], (4, 8), (10000, 20000), ["USD"], 0.0007, S),
    ("950430", "Amusement arcade cabinets, new, LCD", "import", ["sea"], ["CN", "TW"], (10, 20), (4000, 12000), ["USD"], 0.005, S),
    ("271019", "Bowling-lane conditioner oil, sealed 20 l drums", "import", ["sea"], ["US"], (4, 8), (4000, 12000), ["USD"], 0.05, S),
    ("950490", "Arcade game PCBs, new, JAMMA standard, boxed", "import", ["air"], ["JP", "TW"], (100, 200), (50, 200), ["USD"], 2, S),
    ("853931", "UV blacklight LED bars for bowling lanes, new", "import", ["air"], ["CN"], (20, 40), (200, 800), ["USD"], 0.5, S),
    ("940561", "LED neon-flex signs for arcades, new", "import", ["sea"], ["CN"], (10, 20), (1000, 3000), ["USD"], 0.3, S),
    ("390330", "ABS granules, virgin, black, for cabinet housings", "import", ["sea"], ["KR", "TW"], (1.4, 2), (18000, 24000), ["USD"], None, S),
    ("340290", "Water-based billiard-cloth spot foam, 400 ml", "import", ["sea"], ["VN", "CN"], (3, 6), (1000, 3000), ["USD"], 2, S),
    ("340290", "Alcohol-based bowling-ball cleaner, 12 oz spray", "import", ["air"], ["US"], (8, 15), (200, 600), ["USD"], 3, S),
    ("950490", "Arcade coin acceptors, buttons and joysticks", "import", ["road"], ["CN"], (8, 15), (300, 1000), ["USD"], 5, S),
    ("842410", "ABC powder extinguishers for pinsetter decks, 2 kg", "import", ["road"], ["UA", "TR"], (3, 6), (500, 1500), ["USD"], 0.3, S),
    ("950420", "Cue-tip repair kits with glue and shaper", "import", ["post", "express"], ["BY", "TW"], (20, 40), (1, 3), ["EUR", "USD"], 10, S),
    ("380891", "Permethrin woodworm treatment, 1 l tins", "import", ["sea"], ["MA", "TR"], (3, 6), (500, 2000), ["EUR"], 1, S),
    ("691390", "Resin and ceramic arcade-prize figurines, new", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 15, S),
    ("950490", "Reproduction senet and mancala boards, new, wooden", "import", ["air"], ["EG", "IN"], (10, 20), (100, 300), ["USD"], 1, S),
    ("680291", "Stone ballgame-yoke replicas, new, for decor", "import", ["sea"], ["MX"], (2, 4), (1000, 3000), ["USD"], 0.1, S),
    ("950420", "Billiard tables, new, 9 ft, with slate beds", "import", ["sea"], ["CN", "TW"], (4, 8), (6000, 14000), ["USD"], 0.0015, S),
    ("691390", "Cast-stone Buddha heads, new, for garden and decor", "import", ["sea"], ["TH", "VN"], (1, 2), (3000, 8000), ["USD"], 0.05, S),
    ("491191", "Framed decor prints of games and sports, new", "import", ["sea"], ["CN", "IN"], (5, 10), (1000, 3000), ["USD"], 0.5, S),
    ("950490", "Bone-effect resin bowling trophies, new", "import", ["air"], ["CN", "IN"], (8, 15), (100, 400), ["USD"], 3, S),
    ("950420", "Snooker cues, ash shafts, new", "import", ["sea"], ["CN", "TH"], (10, 20), (1000, 3000), ["USD"], 2, S),
    ("950490", "String pinsetter spare parts, new", "import", ["road"], ["AT", "CZ"], (15, 30), (500, 2000), ["EUR"], 1, S),
    ("950430", "VR arcade game stations with headsets, new", "import", ["air"], ["CN", "KR"], (40, 80), (500, 1500), ["USD"], 0.01, S),
    ("852589", "Webcam motion sensors for arcade games, new", "import", ["air"], ["CN"], (30, 60), (100, 400), ["USD"], 5, S),
    ("950490", "Driving-simulator seats with two-axis actuators, arcade", "import", ["sea"], ["CN"], (8, 15), (2000, 6000), ["USD"], 0.01, S),
    ("950640", "Urethane bowling balls, new", "import", ["sea"], ["US", "MX"], (10, 20), (3000, 8000), ["USD"], 0.15, S),
    ("854239", "Small FPGA boards for arcade emulation, new", "import", ["post", "express"], ["CN", "TW"], (60, 120), (1, 3), ["USD"], 8, S),
    ("950420", "Phenolic resin billiard ball sets", "import", ["air"], ["BE", "CN"], (20, 40), (200, 600), ["USD", "EUR"], 0.3, S),
    ("440799", "Cocobolo-look acacia cue blanks, kiln-dried", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 6000), ["USD"], 3, S),
    ("420500", "Embossed cowhide cue wraps, new", "import", ["post"], ["IN", "PK"], (30, 60), (1, 3), ["USD"], 20, S),
    ("960190", "Resin sea-shell replicas for arcade prizes", "import", ["sea"], ["CN", "PH"], (2, 4), (1000, 4000), ["USD"], 10, S),
    ("420292", "PU leather cue cases, new", "import", ["sea"], ["ID", "CN"], (6, 12), (2000, 6000), ["USD"], 1.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960390", "Horsehair shoe brushes, beech handles", "import", ["sea"], ["CN", "LK"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("442199", "Shaker-style wooden peg rails", "import", ["sea"], ["VN", "ID"], (2, 4), (3000, 8000), ["USD"], 1.5, N),
        ("460219", "Rattan bread-proving baskets (bannetons)", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 6000), ["USD"], 4, N),
        ("611596", "Knitted bed socks, acrylic, pairs", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind313", 20780501, HERE)


if __name__ == "__main__":
    main()
