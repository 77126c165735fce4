#!/usr/bin/env python3
"""Writes the three-hundred-and-sixteenth blind set (tests/risk/data/blind316-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2078, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: esports, gaming PCs and
computer-hardware builders (custom-PC builders and modding shops, PC-parts wholesalers,
peripheral and keyboard shops, esports arenas, teams and LAN centres, overclockers and
their suppliers).
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
only where a real declaration would. Ids are BL316-*:

    python3 tests/risk/data/make_blind316_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2078, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2078
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEAIR01", "express", "CN", [], "SE", "382000",
         "定制水冷透明冷却液 (防藻浓缩), 1升 x 8瓶", "CN", 9.1, 8, 160, "CNY",
         "the coolants sold for custom water-cooling loops of gaming PCs are glycol-water mixes of about 1.03 kg/l "
         "with a few ppm of biocide, dyed or clear; these eight litre bottles hold a water-clear, runny liquid of "
         "1.13 kg/l under vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Shenzhen to a private person in Uppsala who resells it as a "
         "'loop-flush' on a forum; Chinese wording (hydrogen peroxide repeats in many sets; a custom-loop coolant "
         "label was found in no earlier row by a keyword search)", person("Linnea Berg", "SE")),
        ("PRE-02", "import", "DEAIR01", "air", "KR", [], "DE", "381400",
         "키캡 초음파 세척용 용제 (기계식 키보드), 1리터, 24병", "KR", 27.4, 24, 260, "USD",
         "keycap-cleaning solvents for mechanical keyboards are mild isopropanol or citrus blends of 0.8 kg/l; these "
         "24 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l whose drum label under the sticker reads "
         "'CH3NO2', for a Munich custom-keyboard shop whose web shop also sells the bottles to RC-car hobbyists: "
         "nitromethane (Annex I above 16 %) made available to members of the public, flown from Incheon; Korean "
         "wording (nitromethane repeats in many sets; a keycap-cleaning label was found in no earlier row by a "
         "keyword search)", firm("Tastenwerk Custom Keyboards GmbH", "DE")),
        ("PRE-03", "import", "NLSEA01", "sea", "TW", [], "NL", "382499",
         "水冷排除垢劑 (銅製散熱排用), 1公升, 1,000瓶", "TW", 1840, 1000, 1600, "USD",
         "radiator descalers for PC water-cooling are dilute citric or sulphamic solutions of about 1.05 kg/l; these "
         "1,000 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water and chars the "
         "carton where it leaked, for a Venlo PC-parts wholesaler that sells the bottles singly on its web shop: about "
         "96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from Kaohsiung to "
         "Rotterdam; Chinese wording from Taiwan (sulphuric acid repeats in many sets and descaler labels on it in a "
         "few; a PC-radiator descaler was found in no earlier row by a keyword search)",
         firm("Lowlands PC Onderdelen BV", "NL")),
        ("PRE-04", "import", "FRAIR01", "air", "JP", [], "FR", "285000",
         "窒化ホウ素 熱伝導フィラー粉末 (自作サーマルパッド用), 500 g x 300袋", "JP", 150, 300, 2100, "USD",
         "boron-nitride filler for home-made thermal pads and pastes is a slippery, very light, talc-like white "
         "powder that never dissolves; these 300 bags hold a heavy, crystalline white powder that dissolves slowly, "
         "flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Lyon PC-modding shop selling the "
         "bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Narita; Japanese wording (potassium perchlorate repeats in many sets and boron-nitride labels in "
         "three rows, blind171, blind239 and blind298, kept as a repeat; a thermal-pad filler for a modding shop is the new part as far as a search found)", firm("Atelier Modding Lyon SARL", "FR")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Гранули для генератора штучного снігу (сцена кіберспорту), мішки 25 кг, 320 мішків", "UA", 8000, 320, 3200,
         "EUR",
         "the granules for snow-effect machines at esports finals are a foaming surfactant concentrate or cellulose "
         "flakes; these 320 sacks hold white prills that turn ice-cold and vanish in water, test at 34 % N and melt and "
         "fume on a hot plate, for a Warsaw esports-event staging firm that re-bags them in 1 kg 'snow' packs sold to "
         "the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by road "
         "from Lviv through Korczowa; Ukrainian wording (ammonium nitrate repeats in many sets and snow-granule and snow-machine "
         "labels once each, blind177 and blind287; a stage-snow label for an esports show was found in no earlier row by a keyword search)",
         firm("Arena Scena Eventy Sp. z o.o.", "PL")),
        ("PRE-06", "import", "IEPOST01", "post", "US", [], "IE", "382499",
         "Hot tub clarifier crystals, 4 x 1 lb tubs", "US", 1.8, 4, 45, "USD",
         "hot-tub clarifiers are polymer liquids or enzyme tablets; these four tubs hold white crystals that do not "
         "dissolve clear, have no smell, flare on a match with sugar and whose inner bags read 'NaClO3': sodium "
         "chlorate (Annex I above 40 %), posted from Ohio to a private person in Galway; US English wording (sodium "
         "chlorate repeats in many sets and hot-tub labels in several, kept as a repeat; by post from Ohio to "
         "Galway is the new part as far as a search found)", person("Mr Cian O'Brien", "IE")),
        ("PRE-07", "import", "ITAIR01", "air", "IN", [], "IT", "381090",
         "BGA रीबॉलिंग स्टेंसिल क्लीनर (GPU मरम्मत), 1 लीटर, 120 बोतलें", "IN", 168, 120, 540, "USD",
         "stencil cleaners for reballing graphics-card BGA chips are isopropanol or glycol-ether blends of 0.8-0.9 "
         "kg/l; these 120 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into copper "
         "wire, for a Milan GPU-repair shop that sells the bottles to the public on its web shop: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Mumbai; Hindi wording (nitric "
         "acid repeats in many sets; a reballing-stencil cleaner label was found in no earlier row by a keyword "
         "search)", firm("Rigenera GPU Srl", "IT")),
        ("PRE-08", "import", "GRSEA01", "sea", "VN", [], "GR", "310590",
         "Phân bón kích thích ra hoa nhãn, bao 25 kg, 640 bao", "VN", 16000, 640, 7000, "USD",
         "longan flowering inducers are sold in Vietnam as potassium-based fertiliser; these 640 bags hold shiny "
         "white flakes that crackle and spit violet sparks on a hot iron and the maker's sheet gives CAS 3811-04-9, "
         "for a Thessaloniki garden-supply firm that re-bags them in 1 kg packs for the public: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Ho Chi Minh City to Piraeus; "
         "Vietnamese wording (potassium chlorate repeats in many sets and longan flowering inducers in several, blind20, "
         "blind91 and blind221 among them, kept as a repeat; by sea to Piraeus is the new part as far as a search found)",
         firm("Kipos Ellada AE", "GR")),
        ("PRE-09", "import", "CZAIR01", "air", "HK", [], "CZ", "340510",
         "電競椅皮革清潔粉, 1公斤裝, 300包", "HK", 300, 300, 900, "USD",
         "leather-care powders for gaming-chair upholstery are soft, soapy clay or starch powders; these 300 packets "
         "hold a white, hygroscopic powder that dissolves at once, turns damp in the air and burns fiercely with "
         "sugar, for a Brno gaming-chair importer that sells the packs to the public: sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Hong Kong to Prague; Cantonese-Chinese "
         "wording (sodium perchlorate repeats in many sets; a gaming-chair cleaning label was found in no earlier "
         "row by a keyword search)", firm("Herní Křesla CZ s.r.o.", "CZ")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Dielektrična tečnost za imerzivno hlađenje računara, bure 200 l, 12 bureta (1. od 3 kamiona)", "RS", 2740,
         12, 3600, "EUR",
         "dielectric fluids for immersion-cooled PC and mining tanks are clear synthetic or mineral oils of about "
         "0.8 kg/l that do not smell; these twelve drums hold an oily, faintly fruity liquid of 1.14 kg/l, the first "
         "of three vans booked that week each kept under 3.5 t, for a Szeged hardware-builder's supplier that sells "
         "the drums and 5 l decants to RC-model hobbyists: nitromethane (Annex I above 16 %) made available to members "
         "of the public, at Röszke; Serbian wording (nitromethane repeats in many sets and splits over three vans in "
         "several, kept as a repeat; immersion-cooling labels in four rows, blind63, blind104, blind187 and blind247, "
         "kept as a repeat; from Serbia at Röszke is the new part as far as a search found)", firm("Hűtéstechnika PC Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "847141",
         "Gebrauchte Gaming-PCs, funktionsgeprüft, 600 Stück", "DE", 7200, 600, 36000, "EUR",
         "tested used gaming PCs travel boxed with a test sheet each; this container from a Hamburg LAN-centre "
         "refit holds stripped towers with burnt boards, leaking loops and swollen UPS cells loose among them, "
         "no power supplies and no test records, bought by a Lagos scrap yard: e-waste (hazardous components, "
         "A1180) whose export to a non-OECD country is banned; German wording (e-waste under used-computer labels "
         "repeats in many sets, kept as a repeat; gaming PCs from a LAN centre are the new part as far as a search "
         "found)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "PK", "847330",
         "Grafische kaarten, gebruikt, getest, 4.000 stuks", "NL", 4800, 4000, 20000, "EUR",
         "tested used graphics cards come in anti-static bags with a fan and cooler each; these gaylords hold bare, "
         "burnt boards from a failed Dutch mining farm, with scorched VRMs, no coolers and leaking capacitors, at "
         "5 EUR each, for a Karachi board-recovery shop: waste printed-circuit assemblies (A1180) whose export to a "
         "non-OECD country is banned; Dutch wording (graphics cards repeat in a few rows on other domains; dead "
         "mining cards as waste from Rotterdam are the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "850440",
         "Zasilacze komputerowe ATX, używane, sprawne, 5.000 szt.", "PL", 7500, 5000, 10000, "EUR",
         "working used PC power supplies are tested and boxed; this lorry holds dead, dusty units from an esports "
         "arena and internet-café refits, many opened, with bulging capacitors and burnt fuses, sold by weight to a "
         "Rivne dismantler: waste electrical equipment (A1180) shipped without notification; Polish wording "
         "(e-waste to Ukraine repeats in several sets; a PC power-supply label was found in no earlier row by a "
         "keyword search)", {"importer_country": "UA"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "GH", "940171",
         "Fauteuils gaming, occasion, bon état, 300 pièces", "BE", 6000, 300, 9000, "EUR",
         "an esports-arena clearance container for Tema: gaming chairs and monitors are what an Antwerp refit sends, "
         "but the third item's 'onduleurs, occasion' are 180 UPS cabinets with their cracked, leaking lead-acid "
         "blocks still inside, from the arena's server room: waste lead-acid batteries (A1160) whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; Belgian French wording "
         "(lead-acid batteries repeat in many sets, kept as a repeat; UPS cabinets behind gaming chairs are the new "
         "part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("852852", "Moniteurs gaming 27 pouces, occasion, 400 pièces", "BE", 2800, 12000, "EUR",
                                qty=400),
                           item("850440", "Onduleurs, occasion, 180 pièces", "BE", 5400, 1800, "EUR", qty=180)])),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "SN", "850710",
         "Batteries de démarrage reconditionnées, 1.200 pièces", "FR", 18000, 1200, 24000, "EUR",
         "reconditioned starter batteries are charged, tested and labelled; these 1,200 are dead, cracked and "
         "sulphated, some without caps and leaking acid, from Marseilles garages: waste lead-acid batteries (A1160) "
         "whose export to a non-OECD country is banned, by sea to Dakar; French wording (lead-acid batteries repeat "
         "in many sets, kept as a repeat; Marseilles to Dakar is the new part as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-06", "export", "SIROAD01", "road", "SI", [], "BA", "847330",
         "Rabljena kovinska ohišja za računalnike, 2.000 kosov", "SI", 14000, 2000, 4000, "EUR",
         "empty used PC cases are light, stacked steel shells; these 2,000 still hold their motherboards, hard "
         "drives, dead CMOS cells and some power supplies, from a Ljubljana custom-PC builder's trade-in yard, for "
         "a Tuzla dismantler: e-waste (A1180) whose export to a non-OECD country is banned; Slovenian wording "
         "(e-waste to the Western Balkans repeats in several sets; a PC-case label on full towers was found in no "
         "earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-07", "export", "HRSEA01", "sea", "HR", [], "LY", "271019",
         "Bazno ulje SN 150, 20 t", "HR", 20000, None, 9000, "EUR",
         "SN 150 base oil is clear, pale and odourless; these tank-container tonnes are black, smell of fuel and "
         "hold water and sludge: used engine oil from Rijeka workshops (Y8, A3020) shipped without notification to "
         "Misrata; Croatian wording (waste oil under base-oil labels repeats in several sets, kept as a repeat; "
         "Rijeka to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-08", "export", "SESEA01", "sea", "SE", [], "KE", "847130",
         "Begagnade gaming-bärbara datorer, fungerande, 1 500 st.", "SE", 4500, 1500, 30000, "SEK",
         "working used laptops travel boxed with their chargers; these 1,500 gaming laptops from an esports "
         "school's fleet are cracked, water-damaged or dead, many with swollen batteries forcing the cases open, "
         "for a Mombasa parts market: e-waste with damaged lithium batteries (A1180) whose export to a non-OECD "
         "country is banned; Swedish wording (used laptops as e-waste repeat in many sets, kept as a repeat; gaming "
         "laptops from Gothenburg to Kenya are the new part as far as a search found)", {"importer_country": "KE"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "VN", "853400",
         "Nye ubestykkede printplader, 9 t", "DK", 9000, None, 18000, "EUR",
         "new bare printed circuit boards are flat, clean and packed in vacuum bags by panel; these bags hold "
         "populated and burnt motherboard and GPU boards, scrapped from an Aarhus custom-PC builder's repairs, with "
         "solder, capacitors and batteries on them, for a Hai Phong recovery shop: waste printed-circuit assemblies "
         "(A1180) whose export to a non-OECD country is banned; Danish wording (circuit-board scrap repeats in many "
         "sets; a bare-PCB label on populated boards was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-10", "export", "LVSEA01", "sea", "LV", [], "GE", "852849",
         "Lietoti CRT monitori retro spēlēm, darba kārtībā, 900 gab.", "LV", 16200, 900, 9000, "EUR",
         "working CRT monitors for retro-gaming collectors travel singly, padded and tested; these 900 are broken "
         "tubes with cracked funnel glass and burnt yokes, loose in a container from Riga e-waste collection, for a "
         "Poti yard: CRTs and their lead glass (A1180, A2010) whose export to a non-OECD country is banned; Latvian "
         "wording (CRT monitors and retro-gaming labels repeat in several sets, blind70, blind85, "
         "blind124 and blind175, kept as a repeat; Riga to Poti is the new part as far as a search found)", {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "air", "CN", [], "PL", "381400",
         "超频测试冷冻喷剂 (显卡/内存故障排查), 400毫升, 1,200罐", "CN", 560, 1200, 1800, "USD",
         "the freeze sprays PC builders use to find faulty board parts are HFC-152a or 1234ze cans; these 1,200 cans "
         "are labelled with a 'R12' code under the sticker and vent a chloroform-sweet gas: CFC-12 (Montreal Protocol "
         "Annex A, banned in the Union by Regulation 2024/590), flown from Guangzhou to a Katowice PC-parts "
         "wholesaler; Chinese wording (CFC-12 in spray cans and freeze-spray labels repeat in many sets, kept as a repeat; an "
         "overclocking label was found in no earlier row by a keyword search)", firm("Podkręcamy PC Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ATAIR01", "air", "JP", [], "AT", "841869",
         "フェーズチェンジCPUクーラー (シングルステージ), 冷媒封入済, 30台", "JP", 1200, 30, 36000, "USD",
         "single-stage phase-change coolers for extreme overclocking are charged with R-507 or R-404A; the service "
         "ports of these 30 second-hand units give an R-22 reading and their plates a 'R502' charge, an HCFC-22 / "
         "CFC-115 blend: equipment charged with ozone-depleting substances (Montreal Protocol Annexes A and C), "
         "whose import into the Union is banned under Regulation 2024/590, flown from Tokyo to a Vienna "
         "overclocking-parts shop; Japanese wording (ODS-charged equipment repeats in many sets and phase-change labels "
         "twice, blind197 and blind238; a phase-change CPU cooler for overclockers is the new part as far as a search found)", firm("Kältekern Overclocking e.U.", "AT")),
        ("OZN-03", "import", "ITAIR01", "air", "CN", [], "IT", "381400",
         "机械键盘轴体清洗剂, 500毫升, 2,000瓶", "CN", 1560, 2000, 3000, "USD",
         "switch cleaners for mechanical keyboards are isopropanol or hydrocarbon solvents of about 0.8 kg/l; these "
         "2,000 bottles hold a volatile liquid of 1.24 kg/l that evaporates at once without a flame and leaves no film: "
         "HCFC-141b (Montreal Protocol Annex C, banned in the Union by Regulation 2024/590), flown from Shenzhen to "
         "a Bologna keyboard-parts distributor; Chinese wording (HCFC-141b solvents repeat in many sets and switch-cleaner labels "
         "twice, blind272 and blind279, kept as a repeat; from Shenzhen to Bologna is the new part as far as a search found)",
         firm("Tastiere Meccaniche Italia Srl", "IT")),
        ("OZN-04", "import", "CYSEA01", "sea", "EG", [], "CY", "281290",
         "فلوريد السلفوريل للتبخير، أسطوانات 50 كجم، 40 أسطوانة", "EG", 2000, 40, 16000, "USD",
         "sulfuryl fluoride fumigant is odourless and heavier than air; the cylinders' valve stampings read 'CH3Br' "
         "and the gas has the faint chloroform-like smell of methyl bromide (Montreal Protocol Annex E, banned in the "
         "Union by Regulation 2024/590), by sea from Alexandria to Limassol for a pest-control firm; Egyptian Arabic "
         "wording (methyl bromide repeats in many sets and sulfuryl fluoride labels on it in a few, kept as a "
         "repeat; Alexandria to Limassol is the new part as far as a search found)", firm("Kypros Apolymansi Ltd", "CY")),
        ("OZN-05", "import", "DEAIR01", "air", "IL", [], "DE", "842410",
         "מטפי כיבוי בגז נקי לחדרי שרתים ואולמות גיימינג, 6 ק\"ג, 120 יחידות", "IL", 1300, 120, 14000, "USD",
         "clean-agent extinguishers for server rooms and esports halls are filled with FK-5-1-12 or CO2; these 120 "
         "units are second-hand, refilled, and their gas leaves a slightly sweet smell and fogs: halon 1211 "
         "(Montreal Protocol Annex A, whose import into the Union is banned outside critical uses), flown from Tel "
         "Aviv to a Cologne esports-arena fit-out firm; Hebrew wording (halon extinguishers repeat in many sets, "
         "kept as a repeat; an esports-hall label was found in no earlier row by a keyword search)",
         firm("Arena Brandschutz GmbH", "DE")),
        ("OZN-06", "transit", "GRSEA01", "sea", "CN", ["GR"], "TR", "290345",
         "R-134a araç klima soğutucu gazı, 13,6 kg tüp, 600 tüp", "CN", 8160, 600, 24000, "USD",
         "R-134a cylinders come in light-blue paint; these 600 are grey-white with refilled valves and the gas "
         "tests as dichlorodifluoromethane: CFC-12 (Montreal Protocol Annex A), landed at Piraeus in transit from "
         "Ningbo to an Istanbul car-air-conditioning wholesaler, against Regulation 2024/590, which also covers "
         "goods in transit; Turkish wording (CFC-12 as R-134a repeats in many sets, kept as a repeat; a transit "
         "through Piraeus is the new part as far as a search found)", {"importer_country": "TR"}),
        ("OZN-07", "import", "HUROAD01", "road", "UA", [], "HU", "382499",
         "Діелектрична рідина для занурювального охолодження ПК, каністри 20 л, 150 каністр", "UA", 4680, 150, 9000,
         "EUR",
         "fluorinated dielectric fluids for two-phase immersion cooling of gaming PCs and servers are "
         "fluoroketones or hydrofluoroethers; these 150 cans hold a liquid of 1.56 kg/l that boils at about 47 °C "
         "and the lab finds 1,1,2-trichloro-1,2,2-trifluoroethane: CFC-113 (Montreal Protocol Annex A, banned in the "
         "Union by Regulation 2024/590), by road from Uzhhorod to a Budapest immersion-PC builder; Ukrainian wording "
         "(CFC-113 repeats in many sets; a PC immersion-cooling label was found in no earlier row by a keyword search)",
         firm("Merülő Hűtés Kft.", "HU")),
        ("OZN-08", "import", "SEAIR01", "air", "KR", [], "SE", "381400",
         "서멀 그리스 제거제 (CPU/GPU 재도포용), 1리터, 400병", "KR", 636, 400, 2400, "USD",
         "thermal-paste removers are isopropanol or citrus solvents of about 0.8 kg/l; these 400 bottles hold a "
         "sweet-smelling, non-flammable liquid of 1.59 kg/l: carbon tetrachloride (Montreal Protocol Annex B, banned "
         "in the Union by Regulation 2024/590), flown from Incheon to a Stockholm PC-builder's supplier; Korean "
         "wording (carbon tetrachloride repeats in many sets and a thermal-paste remover label "
         "once, blind270, kept as a repeat; to a Stockholm PC builder is the new part as far as a search found)", firm("Nordic Rigbyggare AB", "SE")),
        ("OZN-09", "export", "FISEA01", "sea", "FI", [], "EG", "841582",
         "Käytetyt konesalin täsmäilmastointikoneet, toimivat, 24 kpl", "FI", 19200, 24, 48000, "EUR",
         "used precision air-conditioners from a Helsinki esports arena's server room and broadcast studio, each "
         "still charged with R-22 as the plates say: equipment relying on HCFC-22 (Montreal Protocol Annex C), "
         "whose export from the Union is banned under Regulation 2024/590, by sea to Alexandria; Finnish wording "
         "(HCFC equipment for export repeats in many sets, kept as a repeat; an esports arena's server-room units are "
         "the new part as far as a search found)", {"importer_country": "EG"}),
        ("OZN-10", "import", "LUAIR01", "express", "TH", [], "LU", "847160",
         "คีย์บอร์ดเกมมิ่งแบบกลไก, 40 ชิ้น", "TH", 40, 40, 2400, "USD",
         "a gaming-peripheral express box for a Luxembourg esports shop: mechanical keyboards and mice are what the "
         "Bangkok supplier sends, but the third item's 'air spray' is 24 cans of a chloroform-sweet propellant whose "
         "valves read 'R12': CFC-12 (Montreal Protocol Annex A, banned in the Union by Regulation 2024/590), hidden "
         "as the last item of a three-item declaration; Thai wording (CFC-12 in cans repeats in many sets, kept as a "
         "repeat; hidden behind gaming keyboards from Bangkok is the new part as far as a search found)",
         dict(firm("Lëtzebuerg eSports Shop Sàrl", "LU"),
              _more_items=[item("847160", "เมาส์เกมมิ่ง, 60 ชิ้น", "TH", 9, 1200, "USD", qty=60),
                           item("381400", "สเปรย์ลมทำความสะอาด, 24 กระป๋อง", "TH", 10, 60, "USD", qty=24)])),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "EG", [], "BE", "392690",
         "قناع فرعوني مقلد من الراتنج، ديكور مسرحي، قطعة واحدة", "EG", 3, 1, 80, "USD",
         "a resin theatre copy of a pharaonic mask is light, seamless and even in colour; this one is layered linen "
         "and plaster with flaking gilding and ancient pigment, a Late Period cartonnage mummy mask: an antiquity "
         "exported from Egypt without permission (Egyptian law 117/1983) and imported against Regulation 2019/880, "
         "flown from Cairo to Brussels for a private collector; Egyptian Arabic wording (Egyptian cartonnage repeats "
         "in several sets, kept as a repeat; a theatre-prop label is the new part as far as a search found)",
         person("Mme A. Lambert", "BE")),
        ("CUL-02", "import", "FRAIR01", "air", "CN", [], "FR", "830629",
         "电竞比赛奖杯, 仿古青铜鼎, 1件", "CN", 14, 1, 300, "USD",
         "an esports trophy cast as a copy of a bronze ding is bright, light and machine-finished; this one is heavy, "
         "with malachite and cuprite corrosion in the casting flaws and a cast inscription inside: a Western Zhou "
         "bronze ding exported from China without permission (Chinese law bars the export of pre-1911 cultural "
         "relics) and imported against Regulation 2019/880, flown from Shanghai to a Paris esports team's 'trophy "
         "wall'; Chinese wording (archaic bronzes repeat in several sets; an esports-trophy label was found in no "
         "earlier row by a keyword search)", firm("Hexagone Esport SAS", "FR")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "691390",
         "Trofeos de cerámica artesanal para torneo de e-sports, 12 piezas", "PE", 18, 12, 240, "USD",
         "craft ceramic trophies are new, glazed and even; these twelve are burnished, slip-painted polychrome "
         "vessels with hummingbird and killer-whale motifs, soil in their spouts: Nasca pottery from looted graves, "
         "exported from Peru without permission (Peruvian law 28296) and imported against Regulation 2019/880, flown "
         "from Lima to a Madrid gaming club; Peruvian Spanish wording (Nasca vessels repeat in a few sets; an "
         "e-sports trophy label was found in no earlier row by a keyword search)", firm("Club Gamer Castellana SL", "ES")),
        ("CUL-04", "import", "ITSEA01", "sea", "IN", [], "IT", "940360",
         "கேமிங் மேசைகள், மரம், 80 எண்ணம்", "IN", 3200, 80, 8000, "USD",
         "a gaming-furniture container for Genoa: wooden gaming desks and chairs are what the Chennai maker sends, "
         "but the third item's 'carved wooden panels for desk fronts' are twelve weathered teak door and ceiling "
         "panels with deity figures and old iron nails, from a nineteenth-century Chettinad temple and mansion: "
         "cultural property exported from India without permission (Antiquities and Art Treasures Act 1972) and "
         "imported against Regulation 2019/880, hidden as the last item of a three-item declaration; Tamil wording "
         "(Indian temple carvings repeat in several sets; carved panels behind gaming desks are the new part as far "
         "as a search found)",
         dict(firm("Postazione Gaming Srl", "IT"),
              _more_items=[item("940171", "கேமிங் நாற்காலிகள், 80 எண்ணம்", "IN", 1600, 6000, "USD", qty=80),
                           item("442199", "மேசை முகப்புக்கான செதுக்கிய மரப் பலகைகள், 12 எண்ணம்", "IN", 480, 600,
                                "USD", qty=12)])),
        ("CUL-05", "import", "ATAIR01", "express", "IQ", [], "AT", "691200",
         "Ceramic coasters for gaming desks, cuneiform design, 30 pcs", "IQ", 2.4, 30, 60, "USD",
         "printed ceramic coasters are flat, glazed squares; these 30 are small, unglazed, pillow-shaped clay "
         "tablets with real impressed cuneiform and salt bloom: Old Babylonian administrative tablets, whose export "
         "from Iraq is banned and whose import into the Union is banned by Regulation 1210/2003, sent by express "
         "from Erbil to a Graz gaming-café owner; English wording (cuneiform tablets and coaster labels repeat in "
         "several sets, kept as a repeat; a gaming-desk coaster label was found in no earlier row by a keyword search)",
         person("Herr M. Gruber", "AT")),
        ("CUL-06", "export", "HUROAD01", "road", "HU", [], "RS", "940360",
         "Festett fa láda, népi stílusú reprodukció, 1 db", "HU", 45, 1, 150, "EUR",
         "a folk-style reproduction chest is freshly painted on new pine; this one is worm-eaten fir with "
         "tulip-painted panels dated 1784 and hand-forged hinges, a Transylvanian-Hungarian dowry chest of over "
         "fifty years and above the value threshold, exported without the EU export licence (Regulation 116/2009) to "
         "a Novi Sad dealer; Hungarian wording (painted dowry chests repeat in a few sets, kept as a repeat; by road "
         "to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("CUL-07", "transit", "FRAIR01", "air", "KH", ["FR"], "US", "970390",
         "Statues décoratives en grès pour salle d'e-sport, copies modernes, 2 pièces", "KH", 60, 2, 400, "USD",
         "modern sandstone copies are crisply carved and fresh; these two are weathered, lichen-stained Khmer heads "
         "broken at the neck, Angkorian in style, from a looted temple: cultural property exported from Cambodia "
         "without permission, landed at Paris-Charles de Gaulle in transit from Phnom Penh to a New York dealer "
         "against Regulation 2019/880 (Article 3(1)), which covers transit; Cambodian French wording (Khmer "
         "sculpture repeats in many sets, kept as a repeat; an esports-hall label on a transit through Paris is the "
         "new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "export", "GRPOST01", "post", "GR", [], "GB", "711890",
         "Αναμνηστικά νομίσματα, αντίγραφα, 20 τεμ.", "GR", 0.2, 20, 40, "EUR",
         "souvenir copies of ancient coins are bright, cast and identical; these twenty are struck, worn, with "
         "horn silver and earth in the legends: Hellenistic silver tetradrachms and bronzes, archaeological objects "
         "whose export needs Greek permission and the EU export licence (Regulation 116/2009), posted from Athens "
         "to a London collector; Greek wording (ancient coins under replica labels repeat in many sets, kept as a "
         "repeat; by post to London is the new part as far as a search found)", {"importer_country": "GB"}),
        ("CUL-09", "export", "NLSEA01", "sea", "NL", [], "US", "690723",
         "Pixel-art wandtegels voor gaming-ruimte, nieuw, 240 stuks", "NL", 180, 240, 600, "EUR",
         "new 'pixel-art' wall tiles are machine-pressed and even; these 240 are hand-painted tin-glazed Delft tiles "
         "of about 1680, with crazing, old mortar on the backs and nail holes, taken from a canal house as one "
         "panel, for a Los Angeles esports team house: cultural goods over the value threshold exported without "
         "the EU export licence (Regulation 116/2009); Dutch wording (Delft tiles repeat in many sets, kept as a "
         "repeat; a pixel-art gaming-room label was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-10", "import", "CZAIR01", "air", "MN", [], "CZ", "491191",
         "Будда дүрстэй чимэглэлийн хэвлэмэл зураг, 6 ширхэг", "MN", 3, 6, 90, "USD",
         "decorative prints are flat, glossy and machine-made; these six are mineral-pigment thangkas on cotton "
         "with silk borders, smoke-darkened and with consecration inscriptions on the back, from a Mongolian "
         "monastery: cultural property exported from Mongolia without permission and imported against Regulation "
         "2019/880, flown from Ulaanbaatar to Prague; Mongolian wording (thangkas repeat in several sets, kept as a "
         "repeat; from Mongolia to Prague is the new part as far as a search found)", person("Pan J. Dvořák", "CZ")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "847330",
         "Gaming-Grafikkarten, gebraucht, 200 Stück", "DE", 400, 200, 60000, "EUR",
         "used gaming graphics cards are fan-cooled consumer boards worth a few hundred euros; these 200 are new, "
         "passively cooled data-centre accelerator boards worth many thousands each, for a Bishkek trading firm "
         "founded last year with no gaming customers: common high-priority items (Regulation 833/2014, Annex "
         "XL and Article 12g) whose sale for use in Russia is banned, routed through Kyrgyzstan; German wording "
         "(GPUs for Russia repeat in many sets, kept as a repeat; a used gaming-card label to Bishkek is the new part "
         "as far as a search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "ATAIR01", "air", "AT", [], "AE", "847150",
         "Gaming-PC, Overclocking-Edition, Einzelanfertigung, 6 Stück", "AT", 90, 6, 48000, "EUR",
         "custom overclocking gaming PCs carry consumer boards and a big graphics card; these six hold no graphics "
         "card but two high-end FPGA accelerator boards each, rated for military temperature range, for a Dubai "
         "firm re-exporting to Iran: dual-use integrated circuits (EU 2021/821 Annex I, 3A001.a.7) and Iran "
         "sanctions, without a licence; Austrian German wording (FPGAs repeat in many sets, kept as a repeat; an "
         "overclocking-edition label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "PLROAD01", "road", "PL", [], "BY", "847130",
         "Laptopy do gier, nowe, 800 szt.", "PL", 2400, 800, 960000, "EUR",
         "gaming laptops are portable computers on the common high-priority list, whose sale, supply and export "
         "to Belarus is banned (Regulation 765/2006, Article 1bb and Annex XXX); these 800 go by lorry from "
         "Białystok to a Minsk firm with no shop; Polish wording (laptops to Belarus repeat in a few sets and Kuźnica "
         "once, kept as a repeat; a gaming-laptop label was found in no earlier row by a keyword search)", {"importer_country": "BY"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "PK", "950490",
         "Simulatore di guida per sale gaming, piattaforma di movimento, 2 unità", "IT", 6000, 2, 180000, "EUR",
         "sim-racing motion rigs for gaming halls carry one seat and move a few centimetres; these two are "
         "six-axis hexapods with 1.5 t payload and 500 mm stroke, with cockpit mounts for a fighter simulator, for a "
         "Rawalpindi firm supplying the air force: goods specially designed for military training simulation (EU "
         "Common Military List ML14) exported without a licence; Italian wording (simulators repeat in a few sets; "
         "a sim-racing label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "AM", "852589",
         "Herní kamery pro streamování, 300 ks", "CZ", 90, 300, 270000, "EUR",
         "streaming webcams are visible-light cameras worth 100 EUR; these 300 are uncooled thermal camera cores "
         "of 640 x 512 pixels with 17 µm pitch, at 900 EUR each, for a Yerevan firm re-exporting to Russia: "
         "dual-use thermal imagers (EU 2021/821 Annex I, 6A003) and items whose export for use in Russia is banned "
         "(Regulation 833/2014), without a licence; Czech wording (thermal cores repeat in many sets and a streaming-camera "
         "label once, blind74, kept as a repeat; a game-streaming webcam label to Yerevan is the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "SY", "848180",
         "Válvulas industriales de acero, 60 unidades", "ES", 1800, 60, 36000, "EUR",
         "ordinary steel valves are cast carbon steel; these 60 are bellows-sealed valves with every wetted part "
         "of nickel alloy, for a Latakia 'pharmaceutical' plant: corrosion-resistant valves (EU 2021/821 Annex I, "
         "2B350.g) and goods under the Syria sanctions, without a licence, by sea from Valencia; Spanish wording "
         "(2B350 valves repeat in many sets, kept as a repeat; Valencia to Latakia is the new part as far as a search "
         "found)", {"importer_country": "SY"}),
        ("STR-07", "export", "IEAIR01", "air", "IE", [], "CN", "847180",
         "4K60 HDMI capture cards for game streaming, 40 pcs", "IE", 16, 40, 280000, "EUR",
         "game-streaming capture cards are 150 EUR consumer boards; these 40 are 12-bit, 6.4 GS/s digitiser boards "
         "at 7,000 EUR each, for a Xi'an university institute on the sanctions lists: dual-use analogue-to-digital "
         "converters (EU 2021/821 Annex I, 3A001.a.5 and 4A003-related) without a licence, flown from Dublin; Irish "
         "English wording (capture cards once, blind171, on another good; digitisers as streaming cards are the "
         "new part as far as a search found)", {"importer_country": "CN"}),
        ("STR-08", "export", "MTSEA01", "sea", "MT", [], "LY", "890399",
         "Dgħajjes tal-pjaċir, inflatable, 6", "MT", 9000, 6, 240000, "EUR",
         "pleasure inflatables are light and small; these six are 11 m rigid-hull inflatables with twin 300 hp "
         "engines, gun-mount plates and armoured consoles, for a Tripoli militia front: goods under the Libya arms "
         "embargo (Regulation 2016/44) and military list ML9, without a licence, by sea from Valletta; Maltese "
         "wording (fast boats to Libya repeat in a few sets, kept as a repeat; from Malta is the new part as far as "
         "a search found)", {"importer_country": "LY"}),
        ("STR-09", "export", "HUAIR01", "air", "HU", [], "RS", "854231",
         "RGB LED vezérlő chipek PC-építőknek, 50 000 db", "HU", 25, 50000, 150000, "EUR",
         "RGB controller chips for PC builders are cheap 8-bit parts; these 50,000 are 32-bit microcontrollers of "
         "the common high-priority list at 3 EUR each, for a Belgrade firm that re-exports to Russia: items "
         "whose sale for use in Russia is banned (Regulation 833/2014, Article 12g), flown from Budapest; Hungarian "
         "wording (microcontrollers for Russia repeat in many sets, kept as a repeat; an RGB-controller label was "
         "found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-10", "export", "SIAIR01", "air", "SI", [], "KZ", "847150",
         "Oprema za esport bootcamp: igralni računalniki, 40 kosov", "SI", 600, 40, 80000, "EUR",
         "an esports bootcamp shipment for Almaty: gaming PCs and monitors are what a Ljubljana builder sends, but "
         "the third item's 'streaming servers' are four rack servers with eight data-centre accelerators each, "
         "worth ten times the PCs, for a firm that forwards to Moscow: computers of the common high-priority list "
         "(Regulation 833/2014, Article 12g, no-Russia clause) hidden as the last item of a three-item declaration; "
         "Slovenian wording (servers through Kazakhstan repeat in many sets, kept as a repeat; GPU servers behind an "
         "esports bootcamp are the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("852852", "Igralni monitorji 27 palcev, 40 kosov", "SI", 240, 12000, "EUR", qty=40),
                           item("847150", "Strežniki za pretakanje, 4 kosi", "SI", 160, 40000, "EUR", qty=4)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "ID", [], "NL", "392690",
         "Cangkang kontroler kustom, resin motif kulit penyu, 200 pcs", "ID", 16, 200, 800, "USD",
         "tortoiseshell-pattern resin controller shells are light, even and moulded; these 200 are thin plates of "
         "real, warm-translucent hawksbill shell laminated on plastic, with growth rings and the smell of burnt hair "
         "on a hot needle: Eretmochelys imbricata (CITES App. I) without CITES documents, flown from Jakarta to an "
         "Eindhoven custom-controller shop; Indonesian wording (hawksbill shell repeats in many sets; a "
         "game-controller shell label was found in no earlier row by a keyword search)",
         firm("Custom Pad Studio BV", "NL")),
        ("WLF-02", "import", "DEAIR01", "express", "VN", [], "DE", "420500",
         "Bàn di chuột gaming, giả da trăn, 60 chiếc", "VN", 3.6, 60, 300, "USD",
         "faux-python gaming mouse pads are printed PU on rubber; these 60 are real reticulated-python skin, "
         "scales overlapping and the belly scales in rows, glued on cork: Malayopython reticulatus (CITES App. II) "
         "skin products without CITES documents, sent by express from Ho Chi Minh City to a Leipzig gaming-gear "
         "shop; Vietnamese wording (python skin repeats in many sets; a gaming mouse-pad label was found in no "
         "earlier row by a keyword search)", firm("Zockerausrüstung Leipzig GmbH", "DE")),
        ("WLF-03", "import", "PTAIR01", "air", "BR", [], "PT", "847330",
         "Gabinetes gamer de madeira maciça, 30 unidades", "BR", 450, 30, 6000, "USD",
         "wooden PC cases for gamers are walnut or oak veneers on MDF; these 30 are solid, dark chocolate-brown, "
         "rose-scented panels with black streaks: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES "
         "documents, flown from São Paulo to a Porto custom-PC builder; Brazilian Portuguese wording (Brazilian "
         "rosewood repeats in several sets; a gaming PC-case label was found in no earlier row by a keyword search)",
         firm("Torre Gamer Porto Lda", "PT")),
        ("WLF-04", "import", "BESEA01", "sea", "TH", [], "BE", "940360",
         "ໂຕະເກມມິ່ງໄມ້ແທ້, 120 ໂຕ", "LA", 6000, 120, 12000, "USD",
         "solid-wood gaming desks from Laos are usually teak-look rubberwood; these 120 desktops are heavy, dense, "
         "dark purple-red slabs with a sweet smell: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II, "
         "all parts and derivatives) without CITES documents, by sea from Laem Chabang to Antwerp for a Ghent gaming "
         "furniture shop; Lao wording (Siamese rosewood repeats in several sets; a gaming-desk label was found in no "
         "earlier row by a keyword search)", firm("Game Desk Gent BV", "BE")),
        ("WLF-05", "import", "FRAIR01", "air", "NG", [], "FR", "030289",
         "Écailles de poisson séchées, 80 kg", "NG", 80, None, 400, "USD",
         "dried fish scales are thin, translucent and smell of fish; these are thick, keratin, overlapping brown "
         "plates: white-bellied pangolin scales (Phataginus tricuspis, CITES App. I) without CITES documents, flown "
         "from Lagos to Paris for onward sale; Nigerian French wording (pangolin scales as fish scales repeat in "
         "many sets, kept as a repeat; Lagos to Paris is the new part as far as a search found)",
         firm("Import Afrique Négoce SARL", "FR")),
        ("WLF-06", "import", "DKAIR01", "express", "JP", [], "DK", "960110",
         "牛骨アルチザンキーキャップ, 手彫り, 40個", "JP", 0.3, 40, 1200, "USD",
         "carved cow-bone artisan keycaps are porous, chalky white and show blood-vessel pits; these 40 are creamy, "
         "dense and show Schreger cross-hatching on the cut faces: elephant ivory (Loxodonta africana, CITES App. I), "
         "carved in Japan from old stock and sent by express from Osaka to a Copenhagen keyboard collector without "
         "CITES documents; Japanese wording (ivory under bone labels repeats in many sets, kept as a repeat; an "
         "artisan-keycap label was found in no earlier row by a keyword search)", person("Mikkel Sørensen", "DK")),
        ("WLF-07", "import", "ESSEA01", "sea", "PE", [], "ES", "440799",
         "Madera aserrada de tornillo, 1 contenedor", "PE", 22000, None, 11000, "USD",
         "tornillo is a pale pinkish-brown, coarse wood; this container holds light, reddish, aromatic Spanish "
         "cedar boards smelling of cigar boxes: Cedrela odorata (CITES App. II) sawn wood without CITES documents, by "
         "sea from Callao to Valencia; Peruvian Spanish wording (Cedrela under other timber labels, tornillo among "
         "them, repeats in several sets, kept as a repeat; Callao to Valencia is the new part as far as a search found)",
         firm("Maderas Levante SL", "ES")),
        ("WLF-08", "transit", "DEAIR01", "air", "ZA", ["DE"], "VN", "442199",
         "Houtvoetstukke vir e-sport-trofeë, 20 stuks", "ZA", 60, 20, 400, "USD",
         "wooden trophy plinths are solid or MDF blocks; these twenty are hollowed, and the X-ray at Frankfurt "
         "shows dense cones inside: cut pieces of white rhino horn (Ceratotherium simum, CITES App. I for the South "
         "African population's horn trade) without CITES documents, landed at Frankfurt in transit from Johannesburg "
         "to Hanoi, where specimens in transit through the Union must carry their permits; Afrikaans wording (rhino "
         "horn repeats in many sets; an esports-trophy plinth label on a transit through Frankfurt is the new part "
         "as far as a search found)", {"importer_country": "VN"}),
        ("WLF-09", "import", "SEAIR01", "express", "MY", [], "SE", "851830",
         "Fon kepala gaming RGB, 50 unit", "MY", 20, 50, 1500, "USD",
         "a gaming-gear express box for a Malmö shop: RGB headsets and mouse pads are what the Penang supplier "
         "sends, but the third item's 'coral-pattern RGB lamp bases' are 40 pieces of real, bleached brain and "
         "branching stony coral drilled for LED strips: Scleractinia (CITES App. II) without CITES documents, hidden "
         "as the last item of a three-item declaration; Malay wording (stony coral repeats in several sets; coral "
         "lamp bases behind gaming headsets are the new part as far as a search found)",
         dict(firm("Malmö Gaming Gear AB", "SE"),
              _more_items=[item("401699", "Pad tetikus gaming, 100 unit", "MY", 30, 500, "USD", qty=100),
                           item("940599", "Tapak lampu RGB corak karang, 40 unit", "MY", 24, 200, "USD", qty=40)])),
        ("WLF-10", "import", "BEAIR01", "air", "ML", [], "BE", "410622",
         "Peaux de chèvre tannées, 60 pièces", "ML", 30, 60, 300, "USD",
         "tanned goat skins are small and plain; these 60 are spotted with black rosettes on tawny hair: leopard "
         "skins (Panthera pardus, CITES App. I) without CITES documents, flown from Bamako to Brussels; Malian "
         "French wording (leopard skins repeat in several sets, kept as a repeat; Bamako to Brussels is the new part "
         "as far as a search found)", firm("Sahel Cuirs SPRL", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "air", "CN", "SE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (laboratory hobby use)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "SE-PM-78-0112")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUROAD01", "road", "RS", "HU", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (RC model engines)", "RS", 4.6, 4, 80, "EUR",
     [("PRECURSOR_LICENCE", "HU-BM-78-0231")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854931",
     "Waste printed-circuit assemblies from scrapped gaming PCs and graphics cards, for recycling at a licensed plant, 12 t",
     "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-78-0144")], "notified e-waste boards to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854999",
     "Waste CRT monitors and funnel glass, for treatment at a licensed plant, 18 t", "CH", 18000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BW-78-0409")], "notified CRT waste to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "FIAIR01", "air", "US", "FI", "290376",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "FI-SYKE-ODS-78-006")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "IL", "DE", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft fire protection", "IL", 300, 12,
     9000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-78-017")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLSEA01", "sea", "NL", "US", "690723",
     "Tile panel of 240 Delft tin-glazed tiles, c. 1680, loan to a US museum", "NL", 180,
     240, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-78-0091")],
     "tile panel exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "HUROAD01", "road", "HU", "CH", "970690",
     "Painted dowry chest, Transylvania, dated 1784, sold at auction", "HU", 45, 1, 8000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HU-MNM-EXP-78-0133")], "painted chest exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "NO", "852589",
     "Uncooled thermal camera cores 640 x 512, 50 units, for a Norwegian search-and-rescue equipment maker", "CZ", 15,
     50, 45000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-78-0057"), ("END_USER_CERTIFICATE", "NO-SAR-EUC-78-0022")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "IEAIR01", "air", "IE", "JP", "847180",
     "12-bit 6.4 GS/s digitiser boards, 10 units, for a Japanese physics laboratory", "IE", 4, 10, 70000,
     "EUR", [("EXPORT_LICENCE", "IE-DETE-78-0031"), ("END_USER_CERTIFICATE", "JP-KEK-EUC-78-0008")],
     "dual-use digitisers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "VN", "DE", "420500",
     "Reticulated python leather desk mats (Malayopython reticulatus), 200 units", "VN", 40, 200, 6000, "USD",
     [("CITES_PERMIT", "VN-CITES-78-0415")], "App. II python leather with its export permit"),
    ("PRM-12", "wildlife", "import", "SEAIR01", "air", "ID", "SE", "050800",
     "Maricultured stony coral pieces (Acropora spp.), dried, 100 units, for aquarium decor", "ID", 20, 100, 1200, "USD",
     [("CITES_PERMIT", "ID-KLHK-78-0266")], "App. II cultured coral with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Magánszemély", "PRM-05": "Helsingin Ympäristölaboratorio Oy",
    "PRM-06": "Rhein Aero Wartung GmbH", "PRM-11": "Zockerausrüstung Leipzig GmbH", "PRM-12": "Nordic Reef Dekor AB",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # custom-PC builders, PC-parts wholesalers, peripheral shops and esports arenas
    ("382000", "Custom-loop PC coolant, glycol-based, clear, 1 l", "import", ["post"], ["CN", "TW"], (10, 20), (1, 3), ["USD", "EUR"], 1, S),
    ("381400", "Keycap cleaning solvent, isopropanol-based, 1 l", "import", ["air"], ["KR", "CN"], (4, 8), (100, 400), ["USD"], 1.2, S),
    ("382499", "PC radiator descaler, citric, 1 l", "import", ["sea"], ["TW", "CN"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("285000", "Boron-nitride thermal filler powder, 500 g", "import", ["air"], ["JP", "CN"], (20, 40), (50, 200), ["USD"], 2, S),
    ("382499", "Stage snow-effect fluid concentrate, 5 l", "import", ["road"], ["UA", "TR"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("381090", "BGA stencil cleaner, glycol-ether, 1 l", "import", ["air"], ["IN", "CN"], (4, 8), (100, 400), ["USD"], 1.1, S),
    ("340510", "Leather cleaner for gaming chairs, 250 ml", "import", ["express"], ["HK", "CN"], (15, 30), (1, 3), ["USD"], 4, S),
    ("271019", "Immersion-cooling dielectric oil, synthetic, 200 l drums", "import", ["road"], ["RS", "TR"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("847141", "Gaming PCs, new, boxed", "import", ["sea"], ["CN", "TW"], (30, 60), (2000, 6000), ["USD"], 0.08, S),
    ("847330", "Graphics cards, new, retail boxed", "import", ["air"], ["TW", "CN"], (150, 300), (200, 800), ["USD"], 0.5, S),
    ("850440", "ATX power supplies 850 W, new", "import", ["sea"], ["CN", "TW"], (20, 40), (2000, 6000), ["USD"], 0.5, S),
    ("940171", "Gaming chairs, new, flat-packed", "import", ["sea"], ["CN", "VN"], (4, 8), (4000, 10000), ["USD"], 0.05, S),
    ("852852", "Gaming monitors 27-inch, 165 Hz, new", "import", ["sea"], ["CN", "KR"], (25, 45), (2000, 6000), ["USD"], 0.15, S),
    ("847130", "Gaming laptops, new, boxed", "import", ["air"], ["CN", "TW"], (300, 500), (200, 800), ["USD"], 0.35, S),
    ("853400", "Bare printed circuit boards, new, for PC accessories", "import", ["air"], ["CN", "TW"], (20, 40), (100, 400), ["USD"], None, S),
    ("847330", "Aluminium mid-tower PC cases, empty, new", "import", ["sea"], ["CN", "TW"], (6, 12), (3000, 8000), ["USD"], 0.12, S),
    ("381400", "Thermal paste remover, citrus-based, 100 ml", "import", ["post", "express"], ["KR", "CN"], (30, 60), (1, 3), ["USD"], 8, S),
    ("381400", "Keyboard switch cleaner, isopropanol, 500 ml", "import", ["air"], ["CN"], (4, 8), (200, 800), ["USD"], 1.6, S),
    ("842410", "CO2 fire extinguishers 5 kg for server rooms", "import", ["road"], ["DE", "PL"], (6, 12), (1000, 3000), ["EUR"], 0.07, S),
    ("382499", "Fluoroketone-free dielectric cooling fluid, 20 l", "import", ["road"], ["UA", "TR"], (5, 10), (1000, 3000), ["EUR"], None, S),
    ("847160", "Mechanical gaming keyboards, new", "import", ["express"], ["TH", "CN"], (40, 80), (1, 3), ["USD"], 1, S),
    ("847160", "Gaming mice, new, boxed", "import", ["post", "express"], ["CN", "TW"], (80, 150), (1, 3), ["USD"], 8, S),
    ("830629", "Esports trophies, cast zinc alloy, gilded", "import", ["air"], ["CN"], (10, 20), (50, 200), ["USD"], 0.3, S),
    ("691200", "Printed ceramic coasters, gaming motifs", "import", ["post"], ["CN", "PT"], (15, 30), (1, 3), ["EUR", "USD"], 12, S),
    ("940360", "Wooden gaming desks, flat-packed", "import", ["sea"], ["VN", "IN"], (3, 6), (4000, 10000), ["USD"], 0.03, S),
    ("690723", "Pixel-art ceramic wall tiles, new", "export", ["sea"], ["US", "GB"], (3, 6), (500, 2000), ["EUR"], 1.3, S),
    ("691390", "Hand-painted ceramic trophies, new", "import", ["air"], ["PE", "MX"], (10, 20), (50, 200), ["USD"], 0.6, S),
    ("970390", "Resin replica statues for game rooms, new", "import", ["sea"], ["CN", "TH"], (4, 8), (500, 2000), ["USD"], 0.1, S),
    ("852589", "USB streaming webcams 1080p, new", "import", ["air"], ["CN"], (40, 80), (100, 400), ["USD"], 4, S),
    ("847180", "HDMI capture cards for game streaming, new", "import", ["express"], ["CN", "TW"], (80, 150), (1, 3), ["USD"], 4, S),
    ("950490", "Sim-racing cockpits, single-seat, new", "import", ["sea"], ["CN", "PL"], (5, 10), (2000, 6000), ["USD"], 0.04, S),
    ("854231", "RGB LED controller ICs, 8-bit, reels", "import", ["air"], ["CN", "TW"], (100, 300), (20, 100), ["USD"], None, S),
    ("392690", "Resin custom controller shells, new", "import", ["express"], ["CN", "ID"], (40, 80), (1, 3), ["USD"], 12, S),
    ("401699", "Rubber-backed gaming mouse pads, printed", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 2.5, S),
    ("847330", "Walnut-veneer PC case panels, new", "import", ["air"], ["BR", "VN"], (10, 20), (100, 400), ["USD"], 0.5, S),
    ("960190", "Cow-bone artisan keycaps, carved", "import", ["post"], ["CN", "IN"], (60, 120), (1, 2), ["USD"], 100, S),
    ("442199", "Beech-wood trophy plinths, new", "import", ["sea"], ["ZA", "PL"], (2, 4), (500, 2000), ["USD", "EUR"], 1.5, S),
    ("851830", "RGB gaming headsets, new", "import", ["sea"], ["CN", "MY"], (15, 30), (2000, 6000), ["USD"], 3, S),
    ("940599", "RGB resin lamp bases, coral pattern", "import", ["express"], ["MY", "CN"], (30, 60), (1, 3), ["USD"], 2, S),
    ("841869", "Thermoelectric CPU coolers, new", "import", ["air"], ["TW", "CN"], (40, 80), (100, 400), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Plastic jam funnels, wide-mouth", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 20, N),
        ("441900", "Beech-wood butter knives", "import", ["sea"], ["PL", "CN"], (3, 6), (1000, 4000), ["EUR", "USD"], 40, N),
        ("630790", "Polyester mesh laundry nets, zipped", "import", ["post", "express"], ["CN", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 15, N),
        ("392114", "Cellulose sponge cloths, packs of five", "import", ["sea"], ["DE", "CN"], (4, 8), (1000, 4000), ["EUR", "USD"], 30, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind316", 20781101, HERE)


if __name__ == "__main__":
    main()
