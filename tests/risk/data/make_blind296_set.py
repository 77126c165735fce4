#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-sixth blind set (tests/risk/data/blind296-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2075, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: casinos, gaming machines and lotteries
(casino resorts and card rooms, their cash rooms and security, gaming-machine makers, operators and
refurbishers, bingo halls, lottery operators and their ticket printers, and casino-equipment suppliers).
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
only where a real declaration would. Ids are BL296-*:

    python3 tests/risk/data/make_blind296_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2075, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2075
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTAIR01", "express", "MO", [], "PT", "340290",
         "賭場籌碼清潔液 (黏土籌碼專用), 500毫升 x 6瓶", "MO", 3.4, 6, 150, "MOP",
         "the cleaners sold for clay casino chips are mild soapy sprays of about 1.0 kg/l; these six half-litre "
         "bottles hold a water-clear, runny liquid of 1.13 kg/l with vented caps that whitens the fingers and "
         "fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Macau to a "
         "private poker-chip collector in Porto; Chinese wording from Macau (hydrogen peroxide repeats in many "
         "sets; a casino-chip cleaner label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-02", "import", "ESAIR01", "air", "PH", [], "ES", "340319",
         "Panlinis at pampadulas ng coin acceptor ng slot machine, 1 litro, 24 bote", "PH", 27.4, 24, 260, "USD",
         "coin-acceptor cleaners for slot machines are light naphtha or alcohol sprays of 0.75-0.8 kg/l; these 24 "
         "litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l whose filler's drum label reads 'CH3NO2', "
         "for a Madrid gaming-machine service firm whose web shop sells the litres to model-engine hobbyists: "
         "nitromethane (Annex I above 16 %) made available to members of the public, flown from Manila; Tagalog "
         "wording (nitromethane repeats in many sets; a slot-machine coin-acceptor label was found in no earlier "
         "row by a keyword search)", firm("Meridian Recreativos SL", "ES")),
        ("PRE-03", "import", "CYSEA01", "sea", "TR", [], "CY", "382499",
         "Kumarhane süs havuzu ve çeşmeleri için kireç çözücü, 1 l, 1.000 şişe", "TR", 1840, 1000, 1500, "EUR",
         "fountain descalers for casino-resort water features are sulphamic or citric blends of about 1.1 kg/l; "
         "these 1,000 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water and "
         "chars the cardboard where it leaked, for a Limassol pool-and-fountain supplier that sells the litres "
         "over the counter: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Mersin; Turkish wording (sulphuric acid repeats in many sets and descaler labels "
         "in several; a casino-fountain descaler to Cyprus is the new part as far as a search found)",
         firm("Delta Pool Supplies Ltd", "CY")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "382499",
         "카드 딜러용 카드 파우더 (패닝 파우더), 1 kg 봉지, 150봉", "KR", 150, 150, 1200, "USD",
         "the fanning powder dealers dust on playing cards is a greasy, soft zinc-stearate powder that floats on "
         "water; these 150 bags hold a white, crystalline powder that sinks and dissolves slowly, flares with sugar "
         "on a hot plate and whose inner liners read 'KClO4', for a Hamburg casino-supply web shop selling 1 kg "
         "bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Incheon; Korean wording (potassium perchlorate repeats in many sets; a card-fanning powder "
         "label was found in no earlier row by a keyword search)", firm("Nordhafen Spielbankbedarf GmbH", "DE")),
        ("PRE-05", "import", "BGSEA01", "sea", "GE", [], "BG", "382499",
         "Հատիկներ մոխրամանների համար, խաղասրահների, պարկեր 25 կգ, 400 պարկ", "AM", 10000, 400, 4000, "USD",
         "ashtray granules for gaming halls are grey, inert silica sand or clay that never dissolves; these 400 "
         "sacks hold white, opaque prills that turn ice-cold and vanish in water, test at 34 % N and melt and "
         "fume on a hot plate, for a Varna slot-hall supplier that sells them in 5 kg tubs: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, trucked from Armenia and shipped "
         "from Poti; Armenian wording (ammonium nitrate repeats in many sets and ashtray labels twice, blind92 and "
         "blind200; a gaming-hall ashtray-granule label was found in no earlier row)", firm("Orion Gaming EOOD", "BG")),
        ("PRE-06", "import", "FRPOST01", "post", "KH", [], "FR", "330749",
         "គ្រីស្តាល់បំបាត់ក្លិនកំរាលព្រំ សម្រាប់សាលល្បែង ២ x ១ គ.ក", "KH", 2.0, 2, 40, "USD",
         "carpet-freshener crystals for slot halls are scented sodium bicarbonate that fizzes in vinegar; these "
         "two tubs hold loose, white crystals with no scent that do not fizz, flare on a match with sugar and "
         "whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Poipet to a private "
         "person in Lyon; Khmer wording (sodium chlorate repeats in many sets; a slot-hall carpet-freshener label "
         "was found in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("PRE-07", "import", "NLAIR01", "air", "TW", [], "NL", "381090",
         "代幣與籌碼亮光清洗劑 (老虎機退幣器用), 1公升, 120瓶", "TW", 168, 120, 540, "USD",
         "token brighteners for slot-machine hoppers are mild citric pastes; these 120 bottles weigh 1.40 kg/l, "
         "fume brown when opened, stain the skin yellow and eat into a brass token, for a Rotterdam "
         "amusement-arcade supplier that sells them to the public: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from Taoyuan; Chinese wording from Taiwan (nitric acid "
         "repeats in many sets and coin-mech labels in a few, blind131, blind202; a hopper-token brightener is the "
         "new part as far as a search found)", firm("Horizon Speelautomaten BV", "NL")),
        ("PRE-08", "import", "PTSEA01", "sea", "BR", [], "PT", "283429",
         "Sal de limpeza para globos e bolas de bingo, sacos de 25 kg, 600 sacos", "BR", 15000, 600, 7200, "USD",
         "the cleaning salts bingo halls use on drawing globes and balls are mild detergent powders; these 600 "
         "bags hold shiny flakes that crackle and spit violet sparks on a hot iron, and the maker's sheet in the "
         "container gives CAS 3811-04-9, for a Porto bingo-supply firm that re-bags the salt in 1 kg packs for "
         "sale to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "sea from Santos to Leixões; Brazilian Portuguese wording (potassium chlorate repeats in many sets; a "
         "bingo-globe cleaning-salt label was found in no earlier row by a keyword search)",
         firm("Atlantic Bingo Lda", "PT")),
        ("PRE-09", "import", "GRSEA01", "sea", "EG", [], "GR", "250100",
         "ملح إعادة تنشيط لمنقيات المياه، أكياس 25 كغ، 320 كيس", "EG", 8000, 320, 1600, "USD",
         "water-softener regeneration salt is coarse, clear sodium chloride tablets; these 320 bags hold a soft, "
         "white, hygroscopic powder that turns damp in the air and burns fiercely with sugar, for a Piraeus "
         "hardware wholesaler who sells the bags to households: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Alexandria; Egyptian Arabic wording (sodium "
         "perchlorate repeats in many sets and salt labels on it in several; kept as a repeat, a softener-salt "
         "label from Egypt to Greece is the new part as far as a search found)", firm("Vega Hydraulika AE", "GR")),
        ("PRE-10", "import", "GRROAD01", "road", "MK", [], "GR", "380894",
         "Течност за замаглување и дезинфекција на сали со автомати, 5 l, 360 канти (1 од 3 пратки)", "MK",
         2160, 360, 1800, "EUR",
         "the fogging fluids used to disinfect slot halls overnight are dilute quaternary-ammonium or 3 % "
         "peroxide solutions of about 1.0 kg/l; these 360 cans hold a water-clear liquid of 1.20 kg/l with "
         "vented caps that whitens the skin and fizzes on rust, the first of three vans booked that week each "
         "kept under 2.5 t, for a Thessaloniki gaming-hall supplier that sells the cans to the public: about "
         "50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Evzonoi; "
         "Macedonian wording (hydrogen peroxide repeats in many sets and splits over three vans in blind264, "
         "blind280, blind288, kept as a repeat; a slot-hall fogging fluid from North Macedonia is the new part)",
         firm("Delta Gaming Supplies AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "NG", "950430",
         "Reconditioned gaming machines, fruit machines, for amusement arcades, 180 units", "IE", 16200, 180, 9000,
         "EUR",
         "reconditioned gaming machines come tested, with a certificate and working cabinets; these 180 are "
         "dead cabinets from closed Irish arcades, with smashed screens, CRT monitors, missing boards and "
         "lead-acid hopper batteries, bought by weight by a Lagos yard: waste electrical equipment (A1180), "
         "whose export to a non-OECD country is banned, from Dublin; Irish English wording (used slot machines as "
         "e-waste repeat, blind20 and blind142, kept as a repeat of the good; a fruit-machine label from Ireland "
         "is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "AL", "950430",
         "Terminali VLT rigenerati per sale giochi, 300 pezzi", "IT", 21000, 300, 12000, "EUR",
         "refurbished video-lottery terminals come with a test report and a type approval; these 300 are "
         "decommissioned VLTs from Apulian gaming halls, with CRT screens, cracked glass and no boards, for a "
         "Durrës 'arcade operator' although Albania has banned gaming halls since 2019: waste electrical "
         "equipment with CRTs (A1180), whose export to a non-OECD country is banned, from Bari; Italian wording "
         "(VLTs once or twice, blind65 and blind82; kept as a repeat, to Albania is the new part as far as a "
         "search found)", {"importer_country": "AL"}),
        ("WST-03", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "321590",
         "Tiskařská barva, přebytečná, pro tisk stíracích losů, sudy 200 l, 60 sudů", "CZ", 12000, 60, 2400, "EUR",
         "surplus printing ink for scratch cards is sealed, labelled, one-colour ink with a data sheet; these 60 "
         "drums hold a sludge of mixed inks, scratch-off latex, washing solvent and rags scraped out of a Prague "
         "lottery printer's presses: waste ink and solvent sludge (08 01 11*, 08 03 12*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry for a Lviv 'print shop'; Czech wording (waste inks "
         "repeat in a few sets; a scratch-card printer's sludge was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "940360",
         "Mobiliario de casino usado: mesas de ruleta y sillas, 40 piezas", "ES", 3000, 40, 6000, "EUR",
         "a casino refit's clearance container for Tangier: used roulette tables and stools are what Spanish "
         "casinos sell on, but the third item's 'baterías SAI para reutilizar' are 2.4 t of swollen, leaking "
         "lead-acid blocks from a Marbella cash room's UPS racks: waste lead-acid batteries (A1160, 16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Algeciras; Spanish wording (lead-acid batteries repeat in many sets; behind used "
         "casino furniture is the new part as far as a search found)",
         dict({"importer_country": "MA"},
              _more_items=[item("847290", "Contadoras de billetes usadas, 20 unidades", "ES", 300, 1200, "EUR", qty=20),
                           item("850710", "Baterías SAI para reutilizar, 160 unidades", "ES", 2400, 800, "EUR", qty=160)])),
        ("WST-05", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "940561",
         "Leuchtreklamen, Vintage, aus Spielbankfassade, dekorativ, 70 Stück", "AT", 2800, 70, 3500, "EUR",
         "vintage illuminated signs are sold one by one to collectors, cleaned and rewired; these 70 are the "
         "broken fluorescent and cold-cathode tubes, ballasts with PCB capacitors and transformers pulled off a "
         "Vienna gaming-hall facade in one load: waste lamps containing mercury (20 01 21*) and PCB-containing "
         "equipment, hazardous waste whose export to a non-OECD country is banned, on a lorry for a Belgrade "
         "'sign restorer'; Austrian German wording (neon and mercury lamps repeat in several sets; a gaming-hall "
         "facade sign was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-06", "export", "MTSEA01", "sea", "MT", [], "LY", "680800",
         "Pannelli akustiċi tas-saqaf, użati, minn kazinò, 2,000 biċċa", "MT", 9000, 2000, 1000, "EUR",
         "used acoustic ceiling panels are mineral-fibre or gypsum tiles; these 2,000 are 1970s fibrous tiles "
         "from a St Julian's casino refurbishment, crumbling and labelled by the strip-out firm with an asbestos "
         "survey reference: construction waste containing asbestos (17 06 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Valletta to Tripoli; Maltese wording (asbestos repeats in many sets; a "
         "casino ceiling-panel label was found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("WST-07", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "847330",
         "Matične plošče za igralne avtomate, za popravilo, 3 t", "SI", 3000, None, 1500, "EUR",
         "boards for repair come packed in anti-static bags, tested and listed by serial; these gaylords hold "
         "loose, broken logic, hopper and video boards cut from scrapped slot machines of a Nova Gorica casino, "
         "with batteries and capacitors still on: waste printed circuit boards (A1180), whose export to a "
         "non-OECD country is banned, on a lorry for a Tuzla 'repairer'; Slovenian wording (circuit boards repeat "
         "in many sets; slot-machine boards from Slovenia are the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "852859",
         "Monitores para bingo eletrónico, usados, em funcionamento, 900 unidades", "PT", 18000, 900, 4500, "EUR",
         "working second-hand monitors come tested and wrapped; these 900 are CRT caller and player screens from "
         "closed Lisbon bingo halls, stacked loose with cracked tubes and burnt boards: waste CRTs (A1180, "
         "lead glass), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda; "
         "Portuguese wording (CRTs repeat in many sets; a bingo-hall monitor label was found in no earlier row by "
         "a keyword search)", {"importer_country": "AO"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "CG", "401220",
         "Pneus d'occasion, bonne bande de roulement, 1 conteneur", "BE", 24000, 2400, 7200, "EUR",
         "part-worn tyres for reuse are sorted with a legal tread; this container is mostly bald, cut and "
         "perished tyres with few of legal tread: waste tyres, whose export to a non-OECD country for disposal "
         "needs a notification the shipment lacks, from Antwerp to Pointe-Noire; Belgian French wording "
         "(part-worn tyres repeat in many sets; kept as a repeat, to the Republic of the Congo is the new part "
         "as far as a search found)", {"importer_country": "CG"}),
        ("WST-10", "export", "SKROAD01", "road", "SK", [], "UA", "262019",
         "Zinkový ster, surovina pre zinkovne, 20 t", "SK", 20000, None, 8000, "EUR",
         "zinc dross from galvanising is bright metallic lumps; these bags hold a fine, grey-white ash mixed "
         "with flux and chloride salts that fumes when wet, swept from a Košice galvaniser's kettle: zinc ash "
         "and flux residues (10 05 10*, hazardous), whose export to a non-OECD country is banned, at Vyšné "
         "Nemecké; Slovak wording (zinc ash repeats in several sets; kept as a repeat, from Slovakia by road is "
         "the new part as far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "MTAIR01", "air", "HK", [], "MT", "842410",
         "娛樂場數據中心自動滅火鋼瓶 (FM-200), 40 支", "CN", 1600, 40, 6000, "USD",
         "the clean-agent cylinders for casino server rooms hold HFC-227ea at 25-42 bar with a certificate; these "
         "40 are stamped '1301' under the sticker and a drop boils off at once with no residue: halon 1301 in "
         "fire-protection products whose import into the Union is banned, flown from Hong Kong to Malta for an "
         "online-gaming operator's data centre; Hong Kong Chinese wording (halon 1301 and FM-200 labels repeat in "
         "many sets, kept as a repeat of the label; an online-gaming data centre in Malta is the new part)",
         firm("Central Gaming Systems Ltd", "MT")),
        ("OZN-02", "import", "ATAIR01", "air", "KR", [], "AT", "381400",
         "카지노 테이블 펠트 얼룩 제거제, 500 ml x 200병", "KR", 124, 200, 800, "USD",
         "felt cleaners for gaming tables are water-based foams or isopropanol sprays; these 200 bottles weigh "
         "1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell and do not burn: HCFC-141b, whose "
         "import into the Union is banned, flown from Seoul to Vienna for a casino-table maker; Korean wording "
         "(HCFC-141b under solvent labels repeats in many sets; a gaming-table felt cleaner was found in no "
         "earlier row by a keyword search)", firm("Alpina Spieltische GmbH", "AT")),
        ("OZN-03", "import", "NLAIR01", "air", "IN", [], "NL", "381400",
         "प्लेइंग कार्ड और पोकर चिप सफाई द्रव, 1 लीटर, 80 बोतलें", "IN", 127, 80, 320, "USD",
         "playing-card and chip cleaners are mild alcohol wipes; these 80 bottles weigh 1.59 kg/l, do not burn, "
         "smell sweet like chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into "
         "the Union is banned, flown from Mumbai to Amsterdam for a card-room supplier; Hindi wording (carbon "
         "tetrachloride repeats in many sets; a card-and-chip cleaner label was found in no earlier row)",
         firm("Rivage Poker Supplies BV", "NL")),
        ("OZN-04", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "纸币识别器清洁剂 (老虎机用), 400毫升 x 300罐", "CN", 180, 300, 900, "USD",
         "bill-validator cleaners for gaming machines are isopropanol wipes or hydrocarbon sprays that burn; these "
         "300 cans hold a dense liquid of 1.56 kg/l that does not burn and the filler's drums read 'R-113': "
         "CFC-113, whose import into the Union is banned, flown from Shenzhen to Prague for a slot-machine "
         "service firm; Chinese wording (CFC-113 repeats in many sets; a bill-validator cleaner was found in no "
         "earlier row by a keyword search)", firm("Orion Herní Technika s.r.o.", "CZ")),
        ("OZN-05", "import", "CYSEA01", "sea", "EG", [], "CY", "380894",
         "علب غاز تعقيم للمخازن، 500 غ، 2,000 علبة", "EG", 1000, 2000, 1400, "USD",
         "store sanitising cans hold a few per cent of an alcohol disinfectant in propane; these 2,000 weigh "
         "twice what the label allows, do not light, smell faintly sweet and carry soil-probe applicators: methyl "
         "bromide, whose import into the Union is banned, by sea from Port Said to Limassol for a farm supplier; "
         "Egyptian Arabic wording (methyl bromide repeats in many sets and cartridge covers in several; kept as a "
         "repeat, from Egypt to Cyprus is the new part as far as a search found)", firm("Meridian Agro Ltd", "CY")),
        ("OZN-06", "transit", "GRSEA01", "sea", "CN", ["GR"], "ME", "382769",
         "Rashladni gas R-32 za klima uređaje kazina, boce 10 kg, 400 kom.", "CN", 4000, 400, 9000, "USD",
         "R-32 comes in refillable cylinders at 14 bar with a certificate; these 400 disposable cylinders read "
         "9.8 bar at 20 °C and a leak detector names HCFC-22: chlorodifluoromethane, moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Piraeus in transit from Ningbo to a Budva "
         "casino-hotel's air-conditioning contractor; Montenegrin wording (HCFC-22 under HFC labels repeats in "
         "many sets, kept as a repeat; a transit through Piraeus to Montenegro is the new part)",
         {"importer_country": "ME"}),
        ("OZN-07", "import", "DEAIR01", "air", "VN", [], "DE", "330749",
         "Bình xịt thơm phòng cho sòng bạc và phòng máy đánh bạc, 300 ml, 1.200 bình", "VN", 420, 1200, 1800, "USD",
         "room fragrances for casino floors are propane- or nitrogen-driven aerosols; these 1,200 cans are "
         "non-flammable, their propellant boils off cold with a faint ether smell and a gas test names CFC-11 and "
         "CFC-12: aerosols containing CFCs, whose import into the Union is banned, flown from Ho Chi Minh City "
         "to Frankfurt for a gaming-hall chain; Vietnamese wording (CFC aerosols repeat in several sets; a casino "
         "room-fragrance label was found in no earlier row by a keyword search)", firm("Vega Spielhallen GmbH", "DE")),
        ("OZN-08", "export", "DESEA01", "sea", "DE", [], "TZ", "841869",
         "Gebrauchte Eiswürfelbereiter aus Spielbank-Bars, 60 Stück", "DE", 4200, 60, 3000, "EUR",
         "used ice makers may leave the Union when they run on R-290 or R-134a; these 60 are 1990s machines from "
         "a Baden-Baden casino's bars with R-12 compressors, their plates still reading 'R12': equipment relying "
         "on CFCs, whose export from the Union is banned (Regulation 2024/590), from Hamburg to Dar es Salaam; "
         "German wording (CFC equipment for export repeats in many sets, kept as a repeat; casino-bar ice makers "
         "are the new part as far as a search found)", {"importer_country": "TZ"}),
        ("OZN-09", "import", "ITAIR01", "air", "JP", [], "IT", "950490",
         "カジノ用精密ダイス, 5,000個", "JP", 40, 5000, 600000, "JPY",
         "a casino-dice shipment for a Sanremo supplier: precision dice and chips are what the Osaka maker sends, "
         "but the third item's 'ダイス用ラッカーシンナー' is 20 cans of a non-flammable, sweet-smelling liquid of "
         "1.34 kg/l that the maker's sheet gives as 1,1,1-trichloroethane: methyl chloroform, whose import into "
         "the Union is banned, hidden as the last item of a three-item declaration, flown from Osaka to Milan; "
         "Japanese wording (methyl chloroform under thinner labels repeats in a few sets, blind288 among them; "
         "behind casino dice is the new part as far as a search found)",
         dict(firm("Horizon Casinò Forniture Srl", "IT"),
              _more_items=[item("950490", "カジノチップ, 10,000枚", "JP", 100, 400000, "JPY", qty=10000),
                           item("381400", "ダイス用ラッカーシンナー, 1 L x 20缶", "JP", 27, 20000, "JPY", qty=20)])),
        ("OZN-10", "import", "PLROAD01", "road", "UA", [], "PL", "382769",
         "Холодоагент R-407C, балони 11,3 кг, 150 шт.", "UA", 1700, 150, 9000, "EUR",
         "R-407C comes in refillable cylinders with a certificate; these 150 read 9.8 bar at 20 °C and a leak "
         "detector names HCFC-22: chlorodifluoromethane, whose import into the Union is banned, at Dorohusk for "
         "a Lublin refrigeration workshop; Ukrainian wording (HCFC-22 under HFC labels repeats in many sets; kept "
         "as a repeat, an R-407C label from Ukraine is the new part as far as a search found)",
         firm("Delta Chłodnictwo Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "950490",
         "Vintage oyun zarları, kemik, 30 adet", "TR", 0.3, 30, 25, "EUR",
         "vintage bone dice are machine-cut, sharp-edged and white; these 30 are small, worn, yellowed dice "
         "with ring-and-dot pips, uneven faces and soil in the drill holes, dug at a Roman site in Anatolia: "
         "archaeological objects exported without the Turkish permit and imported against Regulation 2019/880, "
         "posted from Izmir to a private casino-memorabilia collector in Cologne; Turkish wording (Roman dice and "
         "astragali repeat in a few sets, blind202 among them; kept as a repeat, a casino collector's vintage-dice "
         "label is the new part)", person("Anna Schmidt", "DE")),
        ("CUL-02", "import", "NLAIR01", "air", "HK", [], "NL", "950490",
         "Casino chips, ceramic, new, 5,000 pcs", "HK", 50, 5000, 4000, "USD",
         "a casino-supply air shipment for an Amsterdam card room: ceramic chips and playing cards are what the "
         "Hong Kong supplier sends, but the third item's 'game counters, shell, decorative' are 400 engraved "
         "mother-of-pearl gaming counters of the Qing export trade, about 1800, with armorial cartouches: "
         "cultural goods over 200 years old, exported from China without the State Administration's "
         "licence and imported against Regulation 2019/880 without an origin "
         "document, hidden as the last item of a three-item declaration; English wording from Hong Kong "
         "(Chinese export gaming counters were found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Card Room BV", "NL"),
              _more_items=[item("950440", "Playing cards, plastic, 1,000 decks", "HK", 100, 1500, "USD", qty=1000),
                           item("950490", "Game counters, shell, decorative, 400 pcs", "HK", 4, 200, "USD", qty=400)])),
        ("CUL-03", "import", "FRSEA01", "sea", "TN", [], "FR", "680291",
         "Plateau de backgammon en marbre, décoratif, 1 pièce", "TN", 180, 1, 300, "EUR",
         "marble backgammon boards are polished, machine-cut slabs with inlaid points; this one is a worn, "
         "weathered limestone slab with six-letter word squares cut in rows, a Roman tabula lusoria from a "
         "Tunisian site, for a Marseille casino's lobby: an archaeological object exported without the Tunisian "
         "permit, by sea from Tunis; Tunisian French wording (tabula lusoria repeat in several sets, blind160, "
         "blind204, blind210, blind222, kept as a repeat; a backgammon-board label for a casino lobby is the new part)",
         firm("Rivage Casino Décor SARL", "FR")),
        ("CUL-04", "import", "ITAIR01", "air", "EG", [], "IT", "950490",
         "لعبة سنت تذكارية، خشب وفخار، طقم واحد", "EG", 3, 1, 60, "USD",
         "souvenir senet sets are glossy new wood with resin pieces; this box holds a cracked faience gaming "
         "board and eleven conical and spool-shaped pieces with old soil in the glaze: a New Kingdom senet game, "
         "exported against Egypt's antiquities law, flown from Cairo to Rome for a Venice casino's gaming-history "
         "display; Egyptian Arabic wording (senet once, blind202; kept as a repeat, for a casino display is the "
         "new part)", firm("Alpina Giochi Storici Srl", "IT")),
        ("CUL-05", "import", "DEAIR01", "express", "IN", [], "DE", "950440",
         "ହାତ ଚିତ୍ରିତ ଗଞ୍ଜପା ତାସ୍, ନୂଆ, ୯୬ ଖଣ୍ଡ", "IN", 0.5, 96, 80, "USD",
         "new ganjifa sets from Odisha are bright, lacquered cloth discs; these 96 are worn, darkened discs with "
         "flaking gesso, Mughal-style figures and old collection numbers on the back, a late 18th-century set: "
         "antiquities over 100 years old whose export Indian law forbids, sent by express from Bhubaneswar to a "
         "Munich playing-card collector; Odia wording (ganjifa once, blind89; kept as a repeat, Odia wording and "
         "a 'new' label are the new part)", person("Herr K. Becker", "DE")),
        ("CUL-06", "import", "GRAIR01", "air", "LB", [], "GR", "830629",
         "قطع ألعاب نحاسية، ديكور، 40 قطعة", "SY", 1.2, 40, 80, "USD",
         "brass game pieces are bright, cast, even; these 40 are green-patinated bronze and bone knucklebones "
         "(astragali) and Roman gaming tokens with soil in the crevices, dug in Syria: archaeological objects "
         "removed from Syria, whose import into the Union Regulation 36/2012 forbids, flown from Beirut to "
         "Athens for a Glyfada dealer who supplies casino-hotel display cases; Levantine Arabic wording (astragali "
         "repeat in several sets, blind117, blind202, blind206, blind267, kept as a repeat; a brass game-piece "
         "label is the new part)", firm("Delta Antiques AE", "GR")),
        ("CUL-07", "import", "BESEA01", "sea", "TH", [], "BE", "392690",
         "รูปปั้นเรซิ่นตกแต่งล็อบบี้คาสิโน แบบเขมร, 2 ชิ้น", "KH", 240, 2, 400, "USD",
         "resin lobby statues are light, hollow and cast; these two are solid sandstone, weigh 120 kg each, "
         "with tool marks and lichen, a 12th-century Khmer head and torso hacked from a temple in Oddar Meanchey: "
         "cultural property exported from Cambodia against its law, by sea from Laem Chabang to Antwerp for a "
         "Knokke casino's decorator; Thai wording (Khmer sculpture repeats in many sets; kept as a repeat, a "
         "casino lobby-statue label is the new part as far as a search found)", firm("Horizon Interieur SA", "BE")),
        ("CUL-08", "export", "ITAIR01", "air", "IT", [], "MO", "970191",
         "Copia moderna, olio su tela, giocatori di carte, 1 pezzo", "IT", 12, 1, 1500, "EUR",
         "a modern copy has a bright, even, machine-woven canvas; this one is relined old canvas with craquelure "
         "and a Roman dealer's 1920s label, a 17th-century Caravaggesque card-sharps scene, for a Macau "
         "casino-hotel's VIP floor: a painting over 50 years old and above the threshold exported without the "
         "EU export licence (Regulation 116/2009) and the Italian certificate, flown from Milan; Italian wording "
         "(old paintings as copies repeat in many sets; kept as a repeat, to Macau is the new part)",
         {"importer_country": "MO"}),
        ("CUL-09", "transit", "ESAIR01", "air", "PE", ["ES"], "US", "630140",
         "Mantas de alpaca, tejidas a mano, 3 piezas", "PE", 6, 3, 150, "USD",
         "alpaca throws are soft, new, even-dyed; these three are fragile, faded tapestry-woven textiles with "
         "stepped birds and camelid fibre, Chancay burial cloths: cultural property exported from Peru against its "
         "law, landed at Madrid in transit from Lima to Miami; Peruvian Spanish wording (pre-Columbian textiles "
         "repeat in many sets; kept as a repeat, a transit through Madrid is the new part)",
         {"importer_country": "US"}),
        ("CUL-10", "import", "CZAIR01", "air", "MN", [], "CZ", "491199",
         "Хэвлэсэн залбирлын карт, 60 ширхэг", "MN", 3, 60, 60, "USD",
         "printed prayer cards are glossy new cards; these 60 are long, hand-written folios in gold and silver "
         "ink on black paper from a Buddhist sutra, 18th century: cultural property exported from Mongolia "
         "without a permit, flown from Ulaanbaatar to Prague; Mongolian wording (Tibetan and Mongolian sutra "
         "folios repeat in several sets; kept as a repeat, a prayer-card label is the new part)",
         firm("Central Asia Art s.r.o.", "CZ")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "852589",
         "Überwachungskameras für Spielbanken, PTZ, 40 Stück", "DE", 120, 40, 20000, "EUR",
         "casino PTZ dome cameras are visible-light cameras at a few hundred euros; these 40 are cooled "
         "mid-wave thermal imagers with 640x512 arrays and no dome, at 30,000 EUR each, for a Dubai 'casino "
         "security integrator' whose orders go on to Tehran: thermal cameras under dual-use 6A003 and the Iran "
         "regulation, exported without a licence, flown from Frankfurt; German wording (thermal cameras repeat "
         "in many sets; a casino-surveillance label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "AM", "854231",
         "Moederborden voor speelautomaten, reserveonderdelen, 2.000 stuks", "NL", 400, 2000, 40000, "EUR",
         "slot-machine logic boards are game boards with EPROMs; these are FPGA and microcontroller boards of "
         "military-grade parts with no game software, for a Yerevan 'gaming-machine service' firm whose "
         "freight goes on to Moscow: integrated circuits on the common high-priority list, whose re-export to "
         "Russia Regulation 833/2014 forbids, flown from Amsterdam; Dutch wording (ICs through Armenia repeat in "
         "several sets; a slot-machine board label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-03", "export", "FIAIR01", "air", "FI", [], "TR", "847150",
         "Arvontapäätteiden turvamoduulit, 80 kpl", "FI", 160, 80, 16000, "EUR",
         "lottery-terminal security modules are card-reader boards at a few hundred euros; these 80 are "
         "network hardware security modules with FIPS 140-3 level 3 certification and key-management software, "
         "for an Istanbul 'lottery technology' firm that supplies a Tehran ministry: non-mass-market "
         "cryptographic equipment (dual-use 5A002) for an Iranian user, exported without a licence, flown from "
         "Helsinki; Finnish wording (encryption equipment repeats in many sets; a lottery-terminal label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "PK", "681511",
         "Fibre de carbone pour bordures de tables de jeu, 400 kg", "FR", 400, None, 20000, "EUR",
         "carbon fibre for furniture trims is 3K standard-modulus woven cloth; these spools are intermediate-"
         "modulus 12K tow of 5,800 MPa, for a Lahore 'composite furniture' firm with defence clients: carbon fibre "
         "under dual-use 1C010, exported without a licence, flown from Paris; French wording (carbon fibre "
         "repeats in many sets, kept as a repeat; a gaming-table trim label is the new part)",
         {"importer_country": "PK"}),
        ("STR-05", "import", "ITAIR01", "air", "AE", [], "IT", "711319",
         "رقائق كازينو مطلية بالذهب، 2,000 قطعة", "AE", 40, 2000, 20000, "USD",
         "gold-plated casino plaques are brass with a few microns of gold; these 2,000 are solid 999 gold "
         "discs, struck from bars whose assay papers in the consignment file name a Krasnoyarsk refinery, with "
         "an Emirati certificate of origin: Russian-origin gold, whose import into the Union Regulation 833/2014 "
         "forbids, flown from Dubai to Milan for a casino-supply firm; Emirati Arabic wording (Russian gold "
         "repeats in several sets; a casino-plaque label was found in no earlier row by a keyword search)",
         firm("Meridian Gioco Srl", "IT")),
        ("STR-06", "export", "LVAIR01", "air", "LV", [], "KZ", "880622",
         "Droni gaismas šoviem kazino pasākumiem, 200 gab.", "LV", 600, 200, 60000, "EUR",
         "light-show drones are small quadcopters with LEDs; these 200 carry gimbal mounts, long-range radio "
         "links and 3 kg payload rails, for an Almaty 'casino events' firm whose earlier orders went to "
         "Rostov: drones and parts listed in Regulation 833/2014, whose re-export to Russia is forbidden, flown "
         "from Riga; Latvian wording (drones repeat in many sets; a casino light-show label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-07", "export", "LTROAD01", "road", "LT", [], "BY", "900580",
         "Naktinio matymo kameros kazino apsaugai, 60 vnt.", "LT", 60, 60, 6000, "EUR",
         "casino night cameras are low-light CMOS cameras; these 60 are 18 mm image-intensifier tubes with "
         "power supplies, at 4,000 EUR each, for a Minsk 'casino security' firm: image-intensifier tubes "
         "(dual-use 6A002), whose export to Belarus Regulation 765/2006 forbids, on a lorry at Medininkai; "
         "Lithuanian wording (image-intensifier tubes repeat in many sets; a casino-security label was found in "
         "no earlier row by a keyword search)", {"importer_country": "BY"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "LB", "292090",
         "Disolvente para tintas de billetes de lotería, bidones de 200 l, 20 bidones", "ES", 4400, 20, 6000, "EUR",
         "the solvents lottery-ticket printers use are glycol ethers; these 20 drums hold thiodiglycol, 99 %, "
         "with the maker's CAS 111-48-8, for a Beirut 'printing' firm whose freight goes on to Damascus: a "
         "Schedule 2 chemical-weapons precursor (dual-use 1C350) exported without a licence and for Syria, "
         "from Valencia; Spanish wording (thiodiglycol repeats in many sets and ink-solvent labels in several; "
         "kept as a repeat, a lottery-ticket ink label is the new part)", {"importer_country": "LB"}),
        ("STR-09", "export", "CZROAD01", "road", "CZ", ["PL", "LT"], "KZ", "850440",
         "Frekvenční měniče, průmyslové, 300 ks", "CZ", 6000, 300, 90000, "EUR",
         "frequency converters for a Kazakh 'mining' buyer with no mine, whose forwarder sends the crates on "
         "to Chelyabinsk: goods that could contribute to Russia's industrial capacities, whose re-export "
         "Regulation 833/2014 forbids, on a lorry from Ostrava; Czech wording (frequency converters repeat in a "
         "few sets; kept as a repeat, by road through Poland and Lithuania is the new part as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "AM", "950430",
         "Spielautomaten, neu, für Casino Jerewan, 20 Stück", "AT", 2400, 20, 160000, "EUR",
         "an Austrian slot maker's shipment for a Yerevan casino: new machines and card shufflers are what the "
         "casino buys, but the third item's 'Ersatz-Steuerplatinen' are 300 FPGA development boards and "
         "radio-frequency modules with no gaming software, addressed on to a Moscow drone integrator: items on "
         "the common high-priority list, whose re-export to Russia Regulation 833/2014 forbids, hidden as the "
         "last item of a three-item declaration, flown from Vienna; Austrian German wording (FPGAs through "
         "Armenia repeat in several sets; behind new slot machines is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("847290", "Kartenmischmaschinen, 10 Stück", "AT", 200, 30000, "EUR", qty=10),
                           item("854231", "Ersatz-Steuerplatinen, 300 Stück", "AT", 30, 3000, "EUR", qty=300)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "express", "US", [], "DE", "950490",
         "Vintage poker chips, composition, 200 pcs", "US", 1.6, 200, 120, "USD",
         "vintage composition chips are clay-and-shellac discs with inlays; these 200 are creamy, heavy discs "
         "with Schreger lines at the edge and scrimshawed numbers: elephant ivory poker chips (Loxodonta, CITES "
         "App. I/II) without CITES documents, whose import the EU ivory rules forbid, sent by express from "
         "Reno to a private collector in Berlin; American English wording (ivory repeats in many sets; ivory "
         "poker chips were found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-02", "import", "NLAIR01", "air", "ZA", [], "NL", "420299",
         "Pokerstel-houers, gebosseleerde beesleer, 120 stuks", "ZA", 60, 120, 1800, "USD",
         "embossed cowhide chip cases have an even, pressed grain; these 120 have real, irregular scales with "
         "sensory pits and bony osteoderms on the back: Nile crocodile leather (Crocodylus niloticus, CITES "
         "App. II) without CITES documents, flown from Johannesburg to Amsterdam for a poker-supply shop; "
         "Afrikaans wording (crocodile under embossed-leather labels repeats in several sets; kept as a repeat, "
         "poker-case holders are the new part)", firm("Vega Poker BV", "NL")),
        ("WLF-03", "import", "PTSEA01", "sea", "BR", [], "PT", "950490",
         "Rodas de roleta, folheado de mogno, 6 unidades", "BR", 360, 6, 9000, "USD",
         "roulette wheels with mahogany veneer are light, red-brown, even-grained; these six have solid "
         "dark, streaked, rose-scented bowls of Brazilian rosewood: Dalbergia nigra (CITES App. I) without "
         "CITES documents, by sea from Santos to Lisbon for a casino-equipment restorer; Brazilian Portuguese "
         "wording (Dalbergia nigra repeats in several sets; a roulette-wheel label was found in no earlier row by "
         "a keyword search)", firm("Orion Casino Equipamentos Lda", "PT")),
        ("WLF-04", "import", "BESEA01", "sea", "CD", [], "BE", "440929",
         "Baguettes en iroko pour rebords de tables de casino, 8 m3", "CD", 6000, None, 7000, "USD",
         "iroko mouldings are yellow-brown and coarse; these are fine-grained, golden-brown strips that darken "
         "in light, afrormosia: Pericopsis elata (CITES App. II) without CITES documents, by sea from Matadi to "
         "Antwerp for a casino-table maker; Congolese French wording (afrormosia repeats in many sets; kept as a "
         "repeat, casino-table rails are the new part)", firm("Alpina Tables de Jeu SA", "BE")),
        ("WLF-05", "import", "NLPOST01", "post", "ID", [], "NL", "950490",
         "Dadu resin, merah-kuning, 40 buah", "ID", 0.4, 40, 30, "USD",
         "resin dice are translucent and light; these 40 are dense, solid yellow-and-red carved cubes cut from "
         "the casques of helmeted hornbills: Rhinoplax vigil (CITES App. I) without CITES documents, posted "
         "from Pontianak to a private gambler in Utrecht; Indonesian wording (hornbill casque repeats in many "
         "sets; carved dice were found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-06", "import", "DEAIR01", "express", "TH", [], "DE", "711719",
         "เครื่องรางนำโชคสำหรับนักพนัน, 30 ชิ้น", "TH", 0.6, 30, 90, "USD",
         "gamblers' lucky charms are resin or brass amulets; these 30 hold real tiger claws and tooth tips in "
         "silver caps: Panthera tigris parts (CITES App. I) without CITES documents, sent by express from "
         "Bangkok to a private buyer in Stuttgart; Thai wording (tiger claws repeat in three sets, blind162, "
         "blind234, blind270; kept as a repeat, a gamblers' lucky-charm label is the new part)",
         person("Anna Schmidt", "DE")),
        ("WLF-07", "import", "FRAIR01", "air", "LA", [], "FR", "440290",
         "ໄມ້ຫອມ ແກ່ນຈັນ, 25 kg", "LA", 25, None, 500, "USD",
         "sandalwood chips are pale and sweet; these are dark, resin-saturated, heavy chips that smoke with a "
         "thick, bitter-sweet scent: agarwood (Aquilaria spp., CITES App. II) without CITES documents, flown "
         "from Vientiane to Paris for an incense shop; Lao wording (agarwood repeats in many sets; kept as a "
         "repeat, a Lao sandalwood label is the new part as far as a search found)", firm("Rivage Encens SARL", "FR")),
        ("WLF-08", "import", "ATAIR01", "express", "IN", [], "AT", "691390",
         "मिट्टी के कछुए, सजावटी, 6 पीस", "IN", 1.8, 6, 30, "USD",
         "clay tortoise figurines are hollow and still; this parcel is padded with air holes and holds six live "
         "star-patterned tortoises: Indian star tortoises (Geochelone elegans, CITES App. I) without CITES "
         "documents, sent by express from Chennai to a private keeper in Graz; Hindi wording (star tortoises "
         "repeat in many sets; kept as a repeat, a clay-figurine label to Austria is the new part)",
         person("Thomas Gruber", "AT")),
        ("WLF-09", "transit", "PTAIR01", "air", "SN", ["PT"], "MO", "030559",
         "Poisson séché, petits, pour soupe, 80 kg", "SN", 80, None, 2400, "USD",
         "small dried fish for soup are flat and scaled; these 80 kg are dried seahorses: Hippocampus spp. "
         "(CITES App. II, under a suspension for Senegal) without CITES documents, landed at Lisbon in transit "
         "from Dakar to a Macau casino-hotel restaurant supplier; Senegalese French wording (seahorses repeat in "
         "many sets; kept as a repeat, a transit through Lisbon to Macau is the new part)",
         {"importer_country": "MO"}),
        ("WLF-10", "import", "ESAIR01", "air", "PH", [], "ES", "940549",
         "Capiz shell lamps, for casino resort decor, 60 pcs", "PH", 180, 60, 3000, "USD",
         "a Manila casino-resort decor shipment for a Marbella casino: capiz lamps and rattan chairs are what the "
         "decorator sends, but the third item's 'resin coral sculptures' are eight real black-coral trees, dried "
         "and lacquered: Antipatharia (CITES App. II) without CITES documents, hidden as the last item of a "
         "three-item declaration, flown from Manila to Málaga; Philippine English wording (black coral repeats in "
         "many sets; behind casino decor is the new part as far as a search found)",
         dict(firm("Atlantic Casino Resort SL", "ES"),
              _more_items=[item("940383", "Rattan lounge chairs, 40 pcs", "PH", 400, 4000, "USD", qty=40),
                           item("392690", "Resin coral sculptures, 8 pcs", "PH", 24, 240, "USD", qty=8)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTAIR01", "air", "MO", "PT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (cleaning clay chips)", "MO", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "PT-PSP-75-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "KH", "FR", "282911",
     "Sodium chlorate 99 %, 1 kg, for a licensed private user (amateur chemistry)", "KH", 1, 1, 30, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-75-0214")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854919",
     "Waste gaming machines and VLT boards, for recycling at a licensed plant, 12 t", "CH", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-75-0188")], "notified waste gaming machines to a licensed recycler"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854911",
     "Waste lead-acid UPS batteries from a casino cash room, for recycling, 6 t", "NO", 6000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-75-0041")], "notified waste lead-acid batteries to a licensed smelter"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "NL-ILT-ODS-75-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "MTSEA01", "sea", "US", "MT", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for critical use in aircraft fire protection", "US", 450, 10,
     9000, "USD", [("ODS_LICENCE", "MT-ERA-ODS-75-002")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970191",
     "Card players, oil on canvas, Caravaggesque, Rome, c. 1620, sold at auction", "IT", 12,
     1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-75-0131")],
     "painting exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "970610",
     "Set of hand-painted playing cards, Nuremberg, c. 1590, loan to a US museum", "DE", 0.5, 52, 40000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-75-0077")], "antique playing cards exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "NO", "852589",
     "Cooled thermal imaging cameras, 4 units, for a Norwegian border-guard supplier", "DE", 12,
     4, 120000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-75-0419"), ("END_USER_CERTIFICATE", "NO-POD-EUC-75-0033")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "CH", "847150",
     "Network hardware security modules, 20 units, for a Swiss lottery operator", "FI", 40, 20, 80000,
     "EUR", [("EXPORT_LICENCE", "FI-UM-75-0058"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-75-0012")],
     "dual-use cryptographic modules under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "420299",
     "Nile crocodile leather poker-chip cases (Crocodylus niloticus, farmed), 60 units", "ZA", 30, 60, 3600, "USD",
     [("CITES_PERMIT", "ZA-DFFE-75-0311")], "App. II crocodile leather with its export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440929",
     "Afrormosia mouldings for gaming-table rails (Pericopsis elata), 4 m3", "CM", 3000, None, 6000, "USD",
     [("CITES_PERMIT", "CM-MINFOF-75-0087")], "App. II afrormosia with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Mme Claire Martin", "PRM-05": "Central Laboratorium BV",
    "PRM-06": "Atlantic Aero Maintenance Ltd", "PRM-11": "Vega Poker BV", "PRM-12": "Alpina Tables de Jeu SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # casinos, gaming-machine makers and operators, bingo halls, lottery operators and their suppliers
    ("340290", "Clay casino-chip cleaning spray, 250 ml", "import", ["post"], ["MO", "CN"], (15, 30), (1, 3), ["USD", "EUR"], 3, S),
    ("340319", "Coin-acceptor cleaning spray for gaming machines, 400 ml", "import", ["air"], ["PH", "CN"], (6, 12), (100, 400), ["USD"], 2, S),
    ("382499", "Sulphamic-acid fountain descaler, 1 l", "import", ["sea"], ["TR"], (1.5, 3), (2000, 6000), ["EUR"], 1, S),
    ("382499", "Zinc-stearate card fanning powder, 100 g", "import", ["express"], ["KR", "US"], (30, 60), (1, 3), ["USD"], 10, S),
    ("382499", "Silica ashtray sand for gaming halls, 25 kg sacks", "import", ["sea"], ["AM", "TR"], (0.2, 0.5), (8000, 16000), ["USD"], 0.04, S),
    ("330749", "Bicarbonate carpet-freshener powder, 500 g", "import", ["post"], ["KH", "TH"], (8, 16), (1, 3), ["USD"], 2, S),
    ("381090", "Citric token and coin cleaning paste, 1 kg", "import", ["air"], ["TW", "CN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("340250", "Bingo-ball and globe cleaning detergent, 5 kg", "import", ["sea"], ["BR"], (2, 4), (3000, 8000), ["USD"], 0.2, S),
    ("380894", "Quaternary-ammonium fogging disinfectant, 5 l", "import", ["road"], ["MK", "RS"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("950430", "Reconditioned gaming machines, tested, with certificate", "export", ["sea"], ["ZA", "PE"], (60, 120), (4000, 12000), ["EUR"], 0.01, S),
    ("950430", "Video-lottery terminals, new, type-approved", "import", ["sea"], ["US", "AU"], (80, 150), (3000, 9000), ["USD"], 0.01, S),
    ("321590", "Scratch-off latex ink, new, 20 kg pails", "import", ["sea"], ["US", "CH"], (8, 14), (1000, 4000), ["USD", "CHF"], 0.05, S),
    ("940360", "Roulette and blackjack tables, new", "import", ["sea"], ["CN", "MY"], (10, 20), (2000, 6000), ["USD"], 0.01, S),
    ("847290", "Banknote counting machines, new", "import", ["air"], ["CN", "KR"], (20, 40), (200, 800), ["USD"], 0.1, S),
    ("940561", "LED illuminated signs for gaming halls, new", "import", ["sea"], ["CN"], (10, 18), (1000, 4000), ["USD"], 0.05, S),
    ("680800", "Mineral-fibre acoustic ceiling tiles, new", "import", ["sea"], ["CN", "TR"], (1, 2), (10000, 20000), ["USD", "EUR"], 0.5, S),
    ("847330", "Slot-machine spare boards, new, boxed", "import", ["air"], ["US", "AU"], (80, 160), (50, 300), ["USD"], 0.5, S),
    ("852859", "LCD bingo player screens, new", "import", ["sea"], ["CN", "TW"], (15, 25), (2000, 6000), ["USD"], 0.2, S),
    ("842410", "Condensed-aerosol suppression units for server rooms", "import", ["sea"], ["CN", "US"], (10, 18), (1000, 3000), ["USD"], 0.1, S),
    ("381400", "Gaming-table felt cleaner, water-based foam, 500 ml", "import", ["air"], ["KR", "US"], (6, 12), (100, 300), ["USD"], 1.6, S),
    ("381400", "Isopropanol card and chip wipes, tubs", "import", ["express"], ["IN", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("381400", "Bill-validator cleaning cards and spray kits", "import", ["air"], ["CN", "US"], (10, 20), (100, 400), ["USD"], 3, S),
    ("330749", "Room fragrance aerosols, propane-driven, 300 ml", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 3, S),
    ("950490", "Precision casino dice, acetate, 19 mm", "import", ["air"], ["JP", "US"], (80, 160), (20, 100), ["USD", "JPY"], 100, S),
    ("950490", "Ceramic casino chips, custom printed", "import", ["air"], ["HK", "CN"], (40, 80), (50, 300), ["USD"], 100, S),
    ("950440", "Plastic playing cards, casino grade", "import", ["sea"], ["US", "BE"], (8, 14), (1000, 4000), ["USD", "EUR"], 10, S),
    ("680291", "Marble backgammon boards, new, polished", "import", ["sea"], ["TN", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.1, S),
    ("950490", "Wooden senet game sets, new, souvenir", "import", ["post"], ["EG"], (15, 30), (1, 3), ["USD"], 1, S),
    ("950440", "Lacquered ganjifa card sets, new, Odisha craft", "import", ["express"], ["IN"], (60, 120), (1, 2), ["USD"], 50, S),
    ("392690", "Resin lobby statues, Khmer style, new", "import", ["sea"], ["TH", "ID"], (3, 6), (1000, 3000), ["USD"], 0.05, S),
    ("852589", "Visible-light PTZ dome cameras for casinos", "import", ["air"], ["CN", "KR"], (60, 120), (100, 400), ["USD"], 0.5, S),
    ("847150", "Lottery terminals with card readers, new", "import", ["air"], ["US", "GB"], (60, 120), (100, 500), ["USD", "GBP"], 0.1, S),
    ("711790", "Brass casino plaques, gold-plated, new", "import", ["air"], ["AE", "CN"], (40, 80), (20, 100), ["USD"], 50, S),
    ("880622", "LED light-show quadcopters, under 250 g, consumer", "import", ["air"], ["CN"], (100, 200), (50, 200), ["USD"], 4, S),
    ("420292", "PU-leather poker chip cases", "import", ["sea"], ["CN", "ZA"], (6, 12), (1000, 4000), ["USD"], 0.5, S),
    ("950490", "Roulette wheels, mahogany veneer, new", "import", ["sea"], ["US", "GB"], (60, 120), (200, 800), ["USD"], 0.02, S),
    ("440929", "Iroko mouldings for furniture", "import", ["sea"], ["CI", "GH"], (1.5, 3), (5000, 12000), ["USD"], None, S),
    ("711719", "Brass lucky-charm amulets, new", "import", ["post", "express"], ["TH", "CN"], (30, 60), (1, 2), ["USD"], 40, S),
    ("940549", "Capiz-shell pendant lamps, new", "import", ["sea"], ["PH"], (8, 14), (1000, 4000), ["USD"], 0.3, S),
    ("940383", "Rattan lounge chairs", "import", ["sea"], ["PH", "ID"], (6, 10), (2000, 6000), ["USD"], 0.1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460219", "Wicker-lidded sewing boxes, fabric-lined", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 1, N),
        ("590310", "PVC-coated oilcloth by the metre, rolls", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD", "EUR"], None, N),
        ("830629", "Brass candle snuffers, boxed", "import", ["post", "express"], ["IN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 8, N),
        ("442199", "Wooden jigsaw-puzzle sorting boards", "import", ["post", "express"], ["GB", "DE"], (15, 30), (1, 3), ["GBP", "EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind296", 20750701, HERE)


if __name__ == "__main__":
    main()
