#!/usr/bin/env python3
"""Writes the eighth blind set (tests/risk/data/blind8-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated July - August 2027, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by
a person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-ten profile changes were measured on
it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items):

    python3 tests/risk/data/make_blind8_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2027, 7, 1)
base.DAYS = 62  # 1 July to 31 August 2027
PRIVATE = {"consignee_name": "Private person"}

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "TR", [], "FR", "280800",
         "Agent de décapage pour bijoutiers, acide à 98 %, fumant, bidons de 5 l, 6 bidons", "TR", 42, 6, 300, "EUR",
         "a 'fuming 98 %' jewellers' pickling acid is fuming nitric acid (Annex I, limit 3 %); jewellers use dilute "
         "pickles; 30 l by post to a private person; French wording",
         dict(PRIVATE, importer_country="FR")),
        ("PRE-02", "import", "DEPOST01", "post", "CN", [], "DE", "320649",
         "Silberpigment, trocken, 'Dark Pyro', unbeschichtet, 5 µm, 50 kg", "CN", 50, None, 900, "USD",
         "'dark pyro' uncoated 5 µm aluminium flake is pyrotechnic aluminium powder (Annex II) to a private person, "
         "under a pigment code; German wording",
         dict(PRIVATE, importer_country="DE")),
        ("PRE-03", "import", "DEPOST01", "post", "KZ", [], "DE", "382290",
         "Бертолетова соль, химически чистая, 'для школьных опытов', 10 кг", "KZ", 10, None, 120, "EUR",
         "'Berthollet salt' is potassium chlorate (Annex I, limit 40 %), 10 kg chemically pure to a private person "
         "under the laboratory reagent code; Russian wording",
         dict(PRIVATE, importer_country="DE")),
        ("PRE-04", "import", "BEAIR01", "express", "NL", [], "BE", "330590",
         "Haarbleekmiddel, waterstofperoxide 35 %, 4 x 5 l", "NL", 22, 4, 160, "EUR",
         "35 % peroxide 'hair bleach' (hair products stay below 12 %, Annex I limit) sent together with 20 l of "
         "acetone and hydrochloric acid to one private person: the TATP kit; Dutch wording",
         dict(PRIVATE, importer_country="BE", _more_items=[
             {"hs_code": "291411", "description": "Aceton 99,5 %, 4 x 5 l", "origin_country": "NL",
              "net_mass_kg": 16, "value": 60, "currency": "EUR"},
             {"hs_code": "280610", "description": "Zoutzuur 33 %, 2 x 5 l", "origin_country": "NL",
              "net_mass_kg": 12, "value": 20, "currency": "EUR"}])),
        ("PRE-05", "transit", "ROSEA01", "sea", "EG", [], "MD", "310240",
         "Nitrocalcar CAN, 33,5 % N, saci big bag 1 t, 25 t", "EG", 25000, 25, 9000, "USD",
         "calcium ammonium nitrate carries 27 % N; 33.5 % N is straight ammonium nitrate (Annex I) under the CAN code "
         "in transit to Moldova; Romanian wording",
         {"consignee_name": "Agroinvest Nord SRL", "consignee_country": "MD"}),
        ("PRE-06", "export", "ITSEA01", "sea", "IT", [], "LB", "560790",
         "Cordone sintetico con anima in polvere bianca, 10 g/m, bobine da 500 m, 40 bobine", "IT", 600, 40, 8000,
         "EUR",
         "a cord with a white powder core of 10 g/m is PETN detonating cord, declared as synthetic cordage, to Beirut; "
         "Italian wording",
         {"importer_name": "Bekaa Building Supplies", "importer_country": "LB"}),
        ("PRE-07", "import", "ITSEA01", "sea", "IN", [], "IT", "282990",
         "Sale per elettrolisi, NaClO4 monoidrato, sacchi 25 kg, 4 t", "IN", 4000, 160, 12000, "USD",
         "NaClO4 is sodium perchlorate (Annex I) to a trading company without a stated anodising or research use, "
         "under the other-chlorates code; Italian wording",
         {"importer_name": "Chimica Tirrenica Trading Srl", "importer_country": "IT"}),
        ("PRE-08", "export", "ESSEA01", "sea", "ES", ["MA"], "ML", "360610",
         "Pastillas de combustible sólido para camping, polvo a granel, 99 %, sacos 25 kg, 2 t", "ES", 2000, 80, 5000,
         "EUR",
         "camping fuel comes pressed in tablets; '99 % powder in 25 kg sacks' is bulk hexamine (Annex II) to Bamako; "
         "Spanish wording",
         {"importer_name": "Sahel Loisirs et Outillage", "importer_country": "ML"}),
        ("PRE-09", "import", "PLROAD01", "road", "UA", [], "PL", "330430",
         "Zmywacz do paznokci, aceton 99,5 %, beczki 200 l, 5 sztuk", "UA", 800, 5, 700, "EUR",
         "'nail polish remover' in 200 l drums for a private person: 1,000 l of pure acetone (Annex II); nail salons "
         "buy 1 l bottles; Polish wording",
         dict(PRIVATE, importer_country="PL")),
        ("PRE-10", "export", "PTSEA01", "sea", "PT", [], "MZ", "310560",
         "Adubo PK para horticultura, nitrato de potássio 99 %, técnico, sacos 25 kg, 8 t", "PT", 8000, 320, 9600,
         "EUR",
         "99 % technical potassium nitrate (Annex II) under the PK compound-fertiliser code to an unnamed trader in "
         "Cabo Delgado province; Portuguese wording",
         {"importer_name": "Comercial Pemba Lda", "importer_country": "MZ"}),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "KR", "380190",
         "Graphitpulver, schwarz, aus Recycling, Big Bags", "DE", 20000, None, 4000, "EUR",
         "black powder 'from recycling' is the black mass of shredded lithium-ion batteries (Co, Ni, Li; hazardous "
         "A1170) declared as graphite; German wording",
         {"importer_country": "KR"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "PK", "850422",
         "Used oil-filled transformers 1,000 kVA, 1975-1982, working condition, 12 pcs", "BE", 36000, 12, 6000, "EUR",
         "oil-filled transformers built before 1985 contain PCB oil (A1180, Stockholm); 'working' at 500 EUR for a "
         "1 MVA unit is scrap",
         {"importer_country": "PK"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "MY", "390110",
         "LDPE agglomeraat, 'prime', naturel, balen", "NL", 24000, None, 1200, "EUR",
         "'prime' LDPE at 0.05 EUR/kg in bales (prime granules come in 25 kg bags at about 1.2 EUR/kg): post-consumer "
         "film waste (Y48); Dutch wording",
         {"importer_country": "MY"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "CM", "630900",
         "Friperie, draps et blouses d'hôpital usagés, non lavés, balles", "FR", 18000, None, 1800, "EUR",
         "unwashed hospital linen is clinical waste (Y1), not second-hand clothing; French wording",
         {"importer_country": "CM"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "AL", "262190",
         "Ceneri volanti da termovalorizzatore, additivo per cemento, sfuso", "IT", 28000, None, 280, "EUR",
         "incinerator fly ash (air-pollution-control residue, A4100) as a cement additive at 0.01 EUR/kg; Italian "
         "wording",
         {"importer_country": "AL"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "700100",
         "Casco de vidrio, tubos fluorescentes triturados, big bags", "ES", 20000, None, 400, "EUR",
         "crushed fluorescent tubes carry mercury and phosphor powder (A1030, A2010), not clean cullet; Spanish wording",
         {"importer_country": "MA"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "ID", "391590",
         "Mischkunststoffe Fraktion DSD 350, aus gelber Sack Sortierung, Ballen", "DE", 22000, None, 0.01, "EUR",
         "DSD 350 is the mixed-plastics reject of household packaging sorting (Y48, needs consent for a non-OECD "
         "country), at no value; German wording",
         {"importer_country": "ID"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "CN", "740400",
         "Sucata de cobre, placas de circuito impresso com componentes, big bags", "PT", 15000, None, 7500, "EUR",
         "populated printed circuit boards (e-waste, A1180) as copper scrap to China, which bans their import; "
         "Portuguese wording",
         {"importer_country": "CN"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "GH", "841821",
         "Used refrigerators, grade B, working, 280 pcs", "BE", 14000, 280, 1400, "EUR",
         "280 used fridges at 5 EUR each with no test report: untested WEEE with CFC/HCFC foam (A1180) to Tema",
         {"importer_country": "GH"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "GN", "271099",
         "Gasóleo recuperado, slops de porão, para queima, tanque", "PT", 20000, None, 1000, "EUR",
         "bilge slops are oily waste water (Y8, Y9), not a fuel, to Conakry at 0.05 EUR/kg; Portuguese wording",
         {"importer_country": "GN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "MX", [], "ES", "390729",
         "Poliol formulado para espuma de poliuretano, con agente espumante 141b incluido, bidones 220 kg, 80", "MX",
         17600, 80, 35000, "USD",
         "pre-blended polyol containing HCFC-141b (banned in the EU, also in mixtures); EU foam makers buy polyols "
         "blown with HFOs or pentane; Spanish wording",
         {"importer_name": "Espumas Levante SL", "importer_country": "ES"}),
        ("OZN-02", "import", "NLSEA01", "sea", "AE", [], "NL", "842410",
         "Fire suppression cylinders 'BTM', refilled, 50 kg, 40 pcs", "AE", 2000, 40, 16000, "USD",
         "BTM is bromotrifluoromethane, halon 1301 (import banned save critical uses with a licence), refilled in "
         "Dubai",
         {"importer_name": "Rijnmond Brandbeveiliging BV", "importer_country": "NL"}),
        ("OZN-03", "import", "ITSEA01", "sea", "IL", [], "IT", "380892",
         "Fumigante per terreni 'bromuro 98/2', bombole 50 kg, 60 pz", "IL", 3000, 60, 24000, "USD",
         "'bromide 98/2' is methyl bromide 98 % with chloropicrin 2 %, banned for soil use, under the fungicide code; "
         "Italian wording",
         {"importer_name": "Serre di Sicilia Agrofarm", "importer_country": "IT"}),
        ("OZN-04", "import", "DESEA01", "sea", "CN", [], "DE", "340290",
         "Druckluftspray, Treibgas 1,1,1,2-Tetrafluorethan, 400 ml, 24.000 Stück", "CN", 7200, 24000, 14000, "USD",
         "dusters propelled by HFC-134a (GWP 1,430; technical aerosols above GWP 150 banned) under the cleaning "
         "preparations code; German wording",
         {"importer_name": "Büro & Technik Versand GmbH", "importer_country": "DE"}),
        ("OZN-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "382499",
         "发泡剂 R11，聚氨酯用，200公斤钢桶，60桶", "CN", 12000, 60, 30000, "USD",
         "foaming agent 'R11' is CFC-11 (banned worldwide since 2010) under the chemical-preparations code; Chinese "
         "wording",
         {"importer_name": "Pianka Poliuretan Sp. z o.o.", "importer_country": "PL"}),
        ("OZN-06", "import", "ITSEA01", "sea", "IN", [], "IT", "290314",
         "Tetracloruro di carbonio, per lavaggio a secco, fusti 250 kg, 40 fusti", "IN", 10000, 40, 9000, "USD",
         "carbon tetrachloride (ODS) for dry cleaning, a banned use; only laboratory use in small quantities is allowed; "
         "Italian wording",
         {"importer_name": "Lavanderie Riunite Napoli", "importer_country": "IT"}),
        ("OZN-07", "import", "BGROAD01", "road", "TR", [], "BG", "382761",
         "Soğutucu gaz R404A, 10,9 kg tek kullanımlık tüp, 120 adet", "TR", 1308, 120, 4000, "EUR",
         "120 disposable cylinders of R-404A (GWP 3,922, about 5,100 t CO2e; disposable cylinders banned) in a minivan "
         "for a private person, no quota; Turkish wording",
         dict(PRIVATE, importer_country="BG", _more_items=[
             {"hs_code": "290345", "description": "Soğutucu gaz R134a, 13,6 kg tüp, 40 adet", "origin_country": "TR",
              "net_mass_kg": 544, "value": 1600, "currency": "EUR"}])),
        ("OZN-08", "import", "FRSEA01", "sea", "IN", [], "FR", "381400",
         "Nettoyant freins, 1,1,1-trichloroéthane, bidons 5 l, 2.000 bidons", "IN", 13000, 2000, 12000, "USD",
         "1,1,1-trichloroethane is methyl chloroform (ODS, banned) in a brake cleaner; French wording",
         {"importer_name": "Auto Pièces Rhône SAS", "importer_country": "FR"}),
        ("OZN-09", "import", "CYSEA01", "sea", "AE", [], "CY", "841510",
         "مكيفات شباك مستعملة، غاز R22، 150 وحدة", "AE", 6000, 150, 7500, "USD",
         "used window air-conditioners charged with HCFC-22 (placing on the market banned in the EU); Arabic wording",
         {"importer_name": "Larnaca Cooling Traders", "importer_country": "CY"}),
        ("OZN-10", "import", "NLAIR01", "air", "CN", [], "NL", "290341",
         "Trifluoromethane etching gas, semiconductor grade, 47 l cylinders, 'quota-exempt', 40 pcs", "CN", 1000, 40,
         30000, "USD",
         "trifluoromethane is HFC-23 (GWP 14,800); semiconductor etching is not a quota exemption, the importer is a "
         "trading house, not a fab",
         {"importer_name": "Benelux Gas Trading BV", "importer_country": "NL"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "442199",
         "ألواح خشبية ملونة بكتابة هيروغليفية، للديكور، 4 قطع", "EG", 30, 4, 800, "USD",
         "painted wooden panels with hieroglyphs are coffin boards (ICOM Red List Egypt) shipped from Dubai with "
         "Egyptian origin and no export authorisation; Arabic wording",
         dict(PRIVATE, importer_country="DE")),
        ("CUL-02", "import", "FRAIR01", "air", "ET", [], "FR", "491199",
         "Feuillets de manuscrit en guèze sur parchemin, enluminés, décoratifs, 30 feuillets", "ET", 2, 30, 600, "USD",
         "illuminated Ge'ez parchment leaves are pages cut from church manuscripts (Ethiopian heritage law, Red List "
         "Africa), at 20 USD a leaf; French wording",
         dict(PRIVATE, importer_country="FR")),
        ("CUL-03", "import", "DEAIR01", "air", "OM", [], "DE", "680299",
         "Alabaster heads, decorative, South Arabian style, with inscriptions, 6 pcs", "YE", 40, 6, 900, "USD",
         "inscribed South Arabian alabaster heads are Yemeni funerary stelae (ICOM Red List Yemen) via Oman",
         {"importer_name": "Orient Kunsthandel", "importer_country": "DE"}),
        ("CUL-04", "import", "ESAIR01", "air", "CO", [], "ES", "711319",
         "Figuras planas de oro, estilo tunjo, bisutería, 8 piezas, 120 g", "CO", 0.12, 8, 900, "USD",
         "120 g of gold at 900 USD is below the metal's value: tunjos are Muisca votive gold figures (Colombia bans "
         "their export, Red List Latin America); Spanish wording",
         dict(PRIVATE, importer_country="ES")),
        ("CUL-05", "transit", "ITSEA01", "sea", "LB", [], "CH", "681099",
         "Mosaico pavimentale, tessere di pietra, sezioni 1 x 1 m su malta, stile romano, 8 pz", "SY", 1600, 8, 2000,
         "EUR",
         "floor mosaic sections on their mortar bed with Syrian origin are lifted Roman mosaics (EU ban on Syrian "
         "cultural goods, Red List Syria); Italian wording",
         {"consignee_name": "Galerie Lémanique SA", "consignee_country": "CH"}),
        ("CUL-06", "import", "BEAIR01", "air", "BF", [], "BE", "691390",
         "Statuettes en terre cuite, style Djenné, patinées, avec test de thermoluminescence, 5 pièces", "ML", 25, 5,
         500, "EUR",
         "a thermoluminescence certificate only matters for an ancient piece: Inland Niger Delta terracottas (Mali, Red "
         "List), via Ouagadougou; French wording",
         {"importer_name": "Art Premier Sablon", "importer_country": "BE"}),
        ("CUL-07", "import", "GBAIR01", "air", "HK", [], "GB", "490199",
         "线装古籍，明刻本，10册，印刷书籍", "CN", 4, 10, 500, "USD",
         "thread-bound Ming imprints are rare books older than 1911, whose export China bans, declared as printed "
         "books at 50 USD a volume; Chinese wording",
         {"importer_name": "Mayfair Oriental Arts Ltd", "importer_country": "GB"}),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "491191",
         "Ікони, друк на дереві, темпера, левкас, 3 шт.", "UA", 9, 3, 90, "EUR",
         "tempera on gesso (levkas) is painting, not print: Orthodox icons from Ukraine (ICOM Red List Ukraine) at "
         "30 EUR each; Ukrainian wording",
         dict(PRIVATE, importer_country="PL")),
        ("CUL-09", "import", "NLAIR01", "air", "TR", [], "NL", "970690",
         "Antique oil lamps, terracotta, 'from old family collection', 40 pcs", "SY", 6, 40, 400, "EUR",
         "40 terracotta oil lamps at 10 EUR each, Syrian origin, from a Turkish border trader: excavated Roman and "
         "Byzantine lamps without provenance",
         {"importer_name": "Delta Antiek", "importer_country": "NL"}),
        ("CUL-10", "import", "ITAIR01", "air", "LY", ["TN"], "IT", "680291",
         "Testa in marmo, decorativa, 'copia', basamento moderno, 1 pz", "LY", 45, 1, 250, "EUR",
         "a marble head of 45 kg from Libya declared as a copy at 250 EUR, weathered and on a modern base: a Cyrenaican "
         "funerary portrait (Red List Libya); Italian wording",
         dict(PRIVATE, importer_country="IT")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "LB", "293090",
         "2,2'-Thiobisethanol 99 %, Lösungsmittel für Textildruck, Fässer 200 kg, 20", "DE", 4000, 20, 14000, "EUR",
         "2,2'-thiobisethanol is thiodiglycol (CWC Schedule 2, mustard precursor) to a Beirut importer without an "
         "end-use statement; German wording",
         {"importer_name": "Levant Textile Chemicals", "importer_country": "LB"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", ["AE"], "IR", "292215",
         "Maalhulpmiddel voor cement, triethanolamine 99 %, IBC, 20 t", "NL", 20000, 20, 36000, "EUR",
         "triethanolamine (CWC Schedule 3, Australia Group) to Iran via Jebel Ali; cement grinding aids are diluted "
         "blends, not 99 %; Dutch wording",
         {"importer_name": "Pars Cement Additives", "importer_country": "IR"}),
        ("STR-03", "export", "ITROAD01", "road", "IT", ["AT", "HU", "RO"], "KZ", "848210",
         "Cuscinetti a sfere di precisione, classe P4, per mandrini, 2.000 pz", "IT", 900, 2000, 90000, "EUR",
         "P4 spindle bearings (common high priority list) to a newly created Almaty trader, by road through the "
         "Black Sea route; Italian wording",
         {"importer_name": "Ekspo Treyd Almaty TOO", "importer_country": "KZ"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "AE", "681599",
         "Rohmaterial für Angelruten, Carbonfaser-Roving T800, 12K, Spulen, 500 kg", "JP", 500, None, 40000, "EUR",
         "T800 carbon fibre (dual-use 1C010, missile and centrifuge rotors) under an articles-of-carbon code as "
         "fishing rod material, to a Dubai trader; German wording",
         {"importer_name": "Gulf Sporting Goods FZE", "importer_country": "AE"}),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "CN", "850440",
         "Frequenzumrichter für Pumpen, Ausgangsfrequenz 600-2.000 Hz, 40 Stück", "DE", 400, 40, 60000, "EUR",
         "pump drives run at 50-60 Hz; 600-2,000 Hz output is the centrifuge drive of 3A225 (NSG); German wording",
         {"importer_name": "Shenzhen Huaxin Motion Technology", "importer_country": "CN"}),
        ("STR-06", "export", "ESAIR01", "air", "ES", [], "AM", "901420",
         "Módulos de navegación inercial para embarcaciones de recreo, 200 uds", "FR", 60, 200, 240000, "EUR",
         "200 inertial units at 1,200 EUR each to an Armenian 'marine' dealer: drone and missile navigation (CHPL, "
         "re-export to Russia); Spanish wording",
         {"importer_name": "Yerevan Marine Electronics LLC", "importer_country": "AM"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "AE", "854089",
         "Composants optiques, tubes à vide pour vision, 18 mm, 100 pièces", "FR", 30, 100, 250000, "EUR",
         "18 mm 'vacuum tubes for vision' at 2,500 EUR each are image-intensifier tubes (6A002) to a Dubai trader; "
         "French wording",
         {"importer_name": "Al Noor Optics Trading", "importer_country": "AE"}),
        ("STR-08", "transit", "NLSEA01", "sea", "CN", [], "SY", "281212",
         "三氯化磷 99%，水处理剂，200公斤桶，80桶", "CN", 16000, 80, 24000, "USD",
         "PCl3, phosphorus trichloride (CWC Schedule 3, nerve-agent precursor), as a water-treatment agent in transit "
         "to Syria (EU sanctions); Chinese wording",
         {"consignee_name": "Latakia Water Solutions", "consignee_country": "SY"}),
        ("STR-09", "export", "DEROAD01", "road", "DE", ["PL", "LT", "RU"], "KZ", "870340",
         "Gebrauchtwagen, Hybrid SUV, Kilometerstand 15 km, 6 Stück", "DE", 13200, 6, 480000, "EUR",
         "'used' cars with 15 km are new luxury cars (80,000 EUR each, banned for Russia) routed through Russia to a "
         "Kazakh dealer; German wording",
         {"importer_name": "Astana Premium Auto TOO", "importer_country": "KZ"}),
        ("STR-10", "export", "BEAIR01", "air", "BE", [], "KG", "880730",
         "Aircraft parts, brake assemblies, overhauled, for Boeing 737, 8 pcs", "US", 640, 8, 200000, "EUR",
         "airliner brakes to Bishkek, where no 737 operator needs them: aviation parts for Russian fleets (Annex "
         "XI), to a general trading company",
         {"importer_name": "Ala-Too General Trading", "importer_country": "KG", "_more_items": [
             {"hs_code": "880730", "description": "Aircraft parts, main wheel assemblies, for Boeing 737, 8 pcs",
              "origin_country": "US", "net_mass_kg": 560, "value": 60000, "currency": "EUR"}]}),
    ],
    "wildlife": [
        ("WLD-01", "import", "NLPOST01", "post", "VN", [], "NL", "060290",
         "Lan hài rừng, cây giống, rễ trần, 500 cây", "VN", 15, 500, 500, "USD",
         "'lan hài rừng' means forest slipper orchids: wild Paphiopedilum (CITES I) bare-rooted by post; Vietnamese "
         "wording",
         dict(PRIVATE, importer_country="NL")),
        ("WLD-02", "import", "DESEA01", "sea", "ID", [], "DE", "251690",
         "Batu karang hias, kering, putih, untuk akuarium, 400 kg", "ID", 400, None, 800, "USD",
         "'decorative reef stone' is dead stony coral (Scleractinia, CITES II) under the building-stone code; "
         "Indonesian wording",
         {"importer_name": "Aqua Dekor Handel", "importer_country": "DE"}),
        ("WLD-03", "import", "ESAIR01", "air", "CU", [], "ES", "960190",
         "Peinetas y pulseras de carey, artesanía, 200 piezas", "CU", 8, 200, 3000, "USD",
         "'carey' is hawksbill turtle shell (CITES I), sold as handicraft; Spanish wording",
         {"importer_name": "Artesanías del Caribe SL", "importer_country": "ES"}),
        ("WLD-04", "import", "NLAIR01", "air", "MY", [], "NL", "711790",
         "Loket ukiran, 'gading burung', merah-kuning, 30 biji", "ID", 1, 30, 9000, "USD",
         "'bird ivory' in red and yellow is helmeted hornbill casque (CITES I), at 300 USD a pendant; Malay wording",
         dict(PRIVATE, importer_country="NL")),
        ("WLD-05", "import", "FRAIR01", "air", "HT", [], "FR", "030799",
         "Viande de lambi congelée, 300 kg", "HT", 300, None, 4500, "USD",
         "lambi is queen conch (CITES II, Haiti under a trade suspension); French wording",
         {"importer_name": "Saveurs Caraïbes SARL", "importer_country": "FR"}),
        ("WLD-06", "import", "BEAIR01", "air", "CM", [], "BE", "010632",
         "Oiseaux de cage, gris à queue rouge, 40 sujets", "CM", 20, 40, 2000, "EUR",
         "grey birds with red tails are African grey parrots (CITES I since 2017); French wording",
         {"importer_name": "Oisellerie du Brabant", "importer_country": "BE"}),
        ("WLD-07", "import", "GBAIR01", "air", "BD", [], "GB", "330129",
         "دهن العود، زيت عطري، 1 كغ", "BD", 1, None, 25000, "USD",
         "'dehn al oud' is agarwood oil (Aquilaria, CITES II) without a permit; Arabic wording",
         {"importer_name": "Oud House London Ltd", "importer_country": "GB"}),
        ("WLD-08", "import", "ITAIR01", "air", "ID", [], "IT", "410712",
         "Pelli bovine stampate effetto pitone, strisce 4 m x 40 cm, 300 pz", "ID", 600, 300, 30000, "USD",
         "cow hides are not 4 m by 40 cm strips: whole reticulated python skins (CITES II) without a permit; Italian "
         "wording",
         {"importer_name": "Conceria Arno Pellami", "importer_country": "IT"}),
        ("WLD-09", "import", "FRSEA01", "sea", "MY", [], "FR", "441490",
         "Moulures pour cadres, bois blanc tropical 'ramin', 12 m3", "MY", 7000, None, 18000, "USD",
         "ramin (Gonystylus, CITES II) frame mouldings without a CITES permit; French wording",
         {"importer_name": "Cadres et Encadrements Lyonnais", "importer_country": "FR"}),
        ("WLD-10", "import", "DEAIR01", "air", "MG", [], "DE", "010620",
         "Gartenschildkröten, sternförmig gemustert, lebend, 20 Stück", "MG", 30, 20, 400, "EUR",
         "star-patterned tortoises from Madagascar are radiated tortoises (CITES I); German wording",
         dict(PRIVATE, importer_country="DE")),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "US", "DE", "280800",
     "Nitric acid 98 %, fuming, ACS reagent, 2.5 l bottles, 40 pcs", "US", 140, 40, 3000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-27-0312")], "fuming nitric acid for a university laboratory, licensed"),
    ("PRM-02", "precursors", "export", "ESSEA01", "sea", "ES", "CL", "310230",
     "Technical ammonium nitrate porous prill, for mining, 25 t", "ES", 25000, 25, 11000, "EUR",
     [("EXPORT_LICENCE", "ES-MINT-27-0144"), ("END_USER_CERTIFICATE", "CL-SERNAGEOMIN-27-0051")],
     "ammonium nitrate prill to a named copper mine under licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "BE", "382590",
     "Spent lithium-ion battery black mass, for hydrometallurgical recovery, big bags", "NL", 20000, None, 4000, "EUR",
     [("BASEL_CONSENT", "NL-ILT-27-0822")], "black mass to a licensed recovery plant with notification and consent"),
    ("PRM-04", "waste", "export", "DESEA01", "sea", "DE", "KR", "262190",
     "Incinerator fly ash for salt mine backfill, big bags", "DE", 22000, None, 220, "EUR",
     [("BASEL_CONSENT", "DE-UBA-27-1930")], "fly ash under a prior informed consent to a permitted facility"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290376",
     "Halon 1301, recovered and reclaimed, for aviation fire protection, 40 cylinders", "US", 2000, 40, 40000, "USD",
     [("ODS_LICENCE", "NL-ODS-27-0019")], "halon for a critical use under an ODS licence"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "382761",
     "Refrigerant R-404A, refillable cylinders 50 kg, 200 pcs", "CN", 10000, 200, 90000, "USD",
     [("FGAS_QUOTA", "IT-FG-27-0612")], "HFC blend in refillable cylinders under quota"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970191",
     "Oil painting, 18th century French school, on canvas, 1 pc", "FR", 15, 1, 220000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-27-0544"), ("EXPORT_LICENCE", "FR-EUCG-27-0301")],
     "old master with its French passport and EU export licence"),
    ("PRM-08", "cultural", "import", "GBAIR01", "air", "IT", "GB", "970610",
     "Roman terracotta oil lamps, 1st-2nd century, ex-collection since 1962, 3 pcs", "IT", 2, 3, 4500, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-27-0918")], "antiquities with an Italian export certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "CH", "850440",
     "Frequency converters 1,500 Hz output, for turbomolecular test benches, 4 pcs", "DE", 40, 4, 24000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-27-4410"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-27-0210")],
     "high-frequency drives under licence to a named Swiss institute"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "BR", "292215",
     "Triethanolamine 99 %, IBC, 20 t", "NL", 20000, 20, 34000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-27-0760"), ("END_USER_CERTIFICATE", "BR-EUC-27-0044")],
     "Schedule 3 chemical with an export licence and an end-user certificate"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "TW", "NL", "060290",
     "Paphiopedilum seedlings, artificially propagated, in flasks, 50 flasks", "TW", 10, 50, 1500, "USD",
     [("CITES_PERMIT", "TW-CITES-27-1133")], "artificially propagated slipper orchids with their CITES permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "VN", "IT", "410712",
     "Tanned skins of Python reticulatus, farmed, 200 pcs", "VN", 400, 200, 24000, "USD",
     [("CITES_PERMIT", "VN-CITES-27-0877")], "python skins with their CITES export permit"),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws), most of them the lawful twin of a disguise
    ("280800", "Nitric acid 60 %, technical, IBC, for fertiliser and metal treatment", "import", ["sea", "road"], ["BE", "PL", "TR"], (0.3, 0.5), (15000, 22000), ["EUR"], None, S),
    ("760310", "Aluminium powder, atomised, coated, for powder metallurgy", "import", ["sea"], ["CN", "US"], (3, 5), (5000, 10000), ["USD"], None, S),
    ("320890", "Aluminium pigment paste, leafing, in white spirit, for coatings", "import", ["sea"], ["DE", "CN", "JP"], (6, 10), (2000, 6000), ["EUR", "USD"], None, S),
    ("330590", "Hair bleach developer, hydrogen peroxide 6 %, 1 l bottles", "import", ["sea", "road"], ["IT", "ES", "TR"], (1.5, 3), (3000, 8000), ["EUR"], None, S),
    ("330430", "Nail polish remover, acetone-based, 100 ml bottles", "import", ["sea"], ["CN", "KR"], (2.5, 4.5), (2000, 6000), ["USD"], 8, S),
    ("310240", "Calcium ammonium nitrate 27 % N, granular, bulk", "import", ["sea"], ["EG", "NO", "LT"], (0.3, 0.45), (25000, 30000), ["USD", "EUR"], None, S),
    ("360610", "Solid fuel tablets for camping stoves, retail packs", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 60, S),
    ("310560", "NPK-free PK fertiliser 0-20-30, granular", "export", ["sea"], ["MA", "SN"], (0.4, 0.6), (20000, 25000), ["EUR"], None, S),
    ("283421", "Potassium nitrate, fully water-soluble, fertigation grade, 25 kg bags", "import", ["sea"], ["CL", "IL"], (0.9, 1.3), (20000, 25000), ["USD"], None, S),
    ("382290", "Laboratory reagent kits, diagnostic, non-hazardous", "import", ["air"], ["US", "GB"], (80, 200), (50, 400), ["USD", "GBP"], None, S),
    ("380190", "Synthetic graphite powder, battery grade, virgin", "import", ["sea"], ["CN", "JP"], (4, 8), (10000, 20000), ["USD"], None, S),
    ("850423", "New power transformers, 1,000 kVA, mineral oil PCB-free, with test reports", "import", ["sea", "road"], ["TR", "IN"], (8, 14), (3000, 8000), ["EUR", "USD"], None, S),
    ("390110", "LDPE granules, prime, film grade, 25 kg bags", "import", ["sea"], ["SA", "KR", "QA"], (1.1, 1.4), (22000, 25000), ["USD"], None, S),
    ("630900", "Sorted second-hand clothing, cream grade, washed, bales", "export", ["sea"], ["GH", "KE", "PK"], (0.6, 1.2), (18000, 24000), ["EUR"], None, S),
    ("262190", "Coal fly ash, EN 450 certified, for concrete, bulk", "import", ["sea"], ["PL", "DE"], (0.02, 0.04), (25000, 30000), ["EUR"], None, S),
    ("700100", "Clean container glass cullet, colour sorted, furnace ready", "import", ["road"], ["FR", "BE"], (0.05, 0.09), (22000, 26000), ["EUR"], None, S),
    ("391590", "PET bottle flakes, hot-washed, clear, food-contact approved", "import", ["sea", "road"], ["TR", "PL"], (0.8, 1.1), (20000, 24000), ["EUR"], None, S),
    ("740400", "Copper scrap, bare bright wire, Berry grade", "export", ["sea"], ["IN", "KR"], (7, 8.5), (20000, 24000), ["USD", "EUR"], None, S),
    ("841821", "Refrigerators, new, R600a, A-class, in cartons", "import", ["sea"], ["TR", "CN"], (3, 4.5), (12000, 16000), ["EUR", "USD"], 0.016, S),
    ("390729", "Polyether polyol, HFO-blown system, drums", "import", ["sea"], ["US", "KR"], (2, 3), (15000, 20000), ["USD"], None, S),
    ("842410", "Fire extinguishers, CO2, 5 kg, EN 3", "import", ["sea"], ["CN", "IT"], (4, 7), (4000, 9000), ["USD", "EUR"], 0.08, S),
    ("380892", "Fungicide, copper oxychloride 50 % WP, authorised product", "import", ["sea"], ["IN", "ES"], (2.5, 4), (8000, 16000), ["USD", "EUR"], None, S),
    ("340290", "Aerosol duster, HFO-1234ze propellant, 400 ml", "import", ["sea"], ["CN", "US"], (5, 8), (2000, 5000), ["USD"], 3, S),
    ("841510", "Split air-conditioners, R-32, new, sealed", "import", ["sea"], ["CN", "TH"], (4, 7), (10000, 16000), ["USD"], 0.025, S),
    ("381400", "Brake cleaner, hydrocarbon-based, aerosols 500 ml", "import", ["sea", "road"], ["DE", "PL", "CN"], (2, 3.5), (4000, 10000), ["EUR", "USD"], 2.2, S),
    ("491199", "Printed reproductions of medieval manuscripts, facsimile editions", "import", ["air", "road"], ["CH", "IT", "US"], (30, 80), (50, 300), ["EUR", "USD"], None, S),
    ("691390", "Terracotta garden figurines, new, hand-made", "import", ["sea"], ["VN", "MX", "PT"], (1.5, 3), (3000, 8000), ["USD", "EUR"], None, S),
    ("680291", "Marble garden statues, new, carved, Carrara style", "import", ["sea"], ["VN", "IN", "CN"], (1.5, 3.5), (5000, 15000), ["USD"], None, S),
    ("970690", "Antiques over 100 years, European furniture, auction invoices", "import", ["road"], ["GB", "CH"], (50, 150), (200, 1500), ["GBP", "EUR"], None, S),
    ("848210", "Deep groove ball bearings, standard 6204/6205, boxes", "import", ["sea"], ["CN", "IN"], (3, 6), (5000, 12000), ["USD"], None, S),
    ("901420", "Marine autopilots with electronic compass, retail boxed", "export", ["air", "road"], ["GB", "NO", "US"], (200, 400), (50, 300), ["EUR"], None, S),
    ("060290", "Phalaenopsis pot plants, nursery grown, with phytosanitary certificate", "import", ["road", "air"], ["NL", "TW"], (4, 7), (2000, 6000), ["EUR", "USD"], 2, S),
    ("050790", "Deer antler velvet slices, farmed New Zealand red deer", "import", ["air"], ["NZ"], (200, 400), (50, 300), ["USD"], None, S),
    ("030799", "Frozen whelk meat, Buccinum, Atlantic", "import", ["sea"], ["IE", "GB", "CA"], (5, 8), (10000, 20000), ["EUR", "USD"], None, S),
    ("410712", "Cow leather, embossed snake print, finished", "import", ["sea", "air"], ["IT", "IN", "BR"], (15, 30), (1000, 4000), ["EUR", "USD"], None, S),
    # everyday trade
    ("070200", "Fresh tomatoes, vine", "import", ["road"], ["MA", "ES"], (0.9, 1.5), (15000, 20000), ["EUR"], None, N),
    ("070960", "Fresh sweet peppers", "import", ["road"], ["ES", "TR"], (1.2, 2.0), (12000, 18000), ["EUR"], None, N),
    ("071080", "Frozen broccoli florets", "import", ["sea"], ["CN", "EC"], (1.0, 1.5), (18000, 22000), ["USD"], None, N),
    ("080390", "Fresh bananas, Cavendish", "import", ["sea"], ["EC", "CO", "CR"], (0.7, 1.0), (20000, 24000), ["USD"], None, N),
    ("080440", "Fresh avocados, Hass", "import", ["sea"], ["PE", "KE", "CL"], (2.2, 3.5), (18000, 22000), ["USD"], None, N),
    ("080610", "Fresh table grapes", "import", ["sea", "road"], ["ZA", "EG", "TR"], (1.5, 2.5), (15000, 20000), ["EUR", "USD"], None, N),
    ("080810", "Fresh apples", "export", ["sea", "road"], ["EG", "SA", "RS"], (0.7, 1.1), (18000, 22000), ["EUR"], None, N),
    ("090411", "Black pepper, whole, ASTA grade", "import", ["sea"], ["VN", "BR", "IN"], (3.5, 5.5), (15000, 20000), ["USD"], None, N),
    ("090611", "Cinnamon quills, Ceylon", "import", ["sea"], ["LK"], (8, 14), (3000, 8000), ["USD"], None, N),
    ("100630", "Basmati rice, milled, 25 kg bags", "import", ["sea"], ["IN", "PK"], (1.0, 1.5), (20000, 25000), ["USD"], None, N),
    ("110220", "Maize flour, 25 kg bags", "export", ["sea"], ["AO", "CD"], (0.35, 0.55), (20000, 25000), ["EUR"], None, N),
    ("120190", "Soya beans, non-GM, bulk", "import", ["sea"], ["BR", "US", "UA"], (0.45, 0.6), (25000, 30000), ["USD"], None, N),
    ("150920", "Extra virgin olive oil, bulk", "export", ["road", "sea"], ["US", "CH", "GB"], (5, 8), (15000, 22000), ["EUR"], None, N),
    ("160414", "Canned tuna in oil, 160 g tins", "import", ["sea"], ["EC", "TH", "MU"], (4, 6), (15000, 20000), ["USD", "EUR"], None, N),
    ("170199", "White cane sugar, 50 kg bags", "import", ["sea"], ["BR", "IN"], (0.5, 0.7), (25000, 30000), ["USD"], None, N),
    ("180100", "Cocoa beans, fermented, bulk", "import", ["sea"], ["CI", "GH", "EC"], (7, 10), (20000, 25000), ["USD"], None, N),
    ("190531", "Sweet biscuits, retail packs", "export", ["road"], ["CH", "GB", "NO"], (3, 5), (8000, 14000), ["EUR"], None, N),
    ("200290", "Tomato paste, 28-30 brix, aseptic drums", "import", ["sea"], ["CN", "IT", "US"], (0.9, 1.3), (20000, 24000), ["USD", "EUR"], None, N),
    ("220421", "Red wine, bottled, 75 cl", "export", ["sea", "road"], ["US", "CN", "GB"], (3, 8), (8000, 15000), ["EUR"], None, N),
    ("220300", "Beer, bottled", "export", ["road", "sea"], ["GB", "US", "CH"], (0.8, 1.3), (18000, 22000), ["EUR"], None, N),
    ("230400", "Soya bean meal, bulk", "import", ["sea"], ["AR", "BR"], (0.4, 0.55), (25000, 30000), ["USD"], None, N),
    ("252329", "Portland cement, CEM I, bulk", "export", ["sea"], ["GH", "CM", "GN"], (0.06, 0.1), (25000, 30000), ["EUR"], None, N),
    ("271019", "Diesel fuel EN 590, road tanker", "import", ["road"], ["DE", "NL"], (0.8, 1.0), (25000, 30000), ["EUR"], None, N),
    ("280461", "Silicon metal 99.99 %, lumps", "import", ["sea"], ["CN", "NO", "BR"], (2.5, 3.5), (20000, 24000), ["USD"], None, N),
    ("281511", "Caustic soda flakes, 25 kg bags", "import", ["sea"], ["CN", "SA", "US"], (0.4, 0.6), (20000, 25000), ["USD"], None, N),
    ("283620", "Soda ash, dense, bulk bags", "import", ["sea"], ["TR", "US"], (0.3, 0.45), (25000, 30000), ["USD"], None, N),
    ("290531", "Monoethylene glycol, fibre grade", "import", ["sea"], ["SA", "US", "KW"], (0.5, 0.8), (22000, 26000), ["USD"], None, N),
    ("300420", "Antibiotics, amoxicillin capsules, packaged", "import", ["air"], ["IN", "CH"], (20, 60), (200, 1500), ["USD", "EUR"], None, N),
    ("330610", "Toothpaste, retail tubes", "import", ["sea"], ["CN", "TH", "PL"], (2, 3.5), (6000, 12000), ["USD", "EUR"], None, N),
    ("340111", "Toilet soap bars, retail", "import", ["sea"], ["TR", "ID", "MY"], (1.5, 2.5), (10000, 18000), ["USD"], None, N),
    ("350610", "Household glue sticks, retail", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], None, N),
    ("380891", "Household insecticide aerosols, pyrethroid, authorised", "import", ["sea"], ["CN", "TR"], (2.5, 4), (5000, 10000), ["USD", "EUR"], 2.5, N),
    ("390230", "Polypropylene copolymer granules, virgin", "import", ["sea"], ["SA", "KR", "SG"], (1.0, 1.3), (22000, 25000), ["USD"], None, N),
    ("392321", "Polyethylene carrier bags, printed", "import", ["sea"], ["VN", "MY", "CN"], (1.8, 2.8), (8000, 14000), ["USD"], None, N),
    ("401110", "New car tyres, radial, 16 inch", "import", ["sea"], ["CN", "TH", "KR"], (2.5, 4), (10000, 16000), ["USD"], 0.1, N),
    ("420292", "Sports bags, textile outer", "import", ["sea"], ["CN", "VN", "KH"], (6, 12), (3000, 8000), ["USD"], 1.5, N),
    ("441239", "Birch plywood, 18 mm", "import", ["sea", "road"], ["FI", "LV"], (0.9, 1.4), (18000, 24000), ["EUR"], None, N),
    ("470321", "Bleached softwood kraft pulp, bales", "import", ["sea"], ["SE", "FI", "CA"], (0.8, 1.1), (24000, 28000), ["USD", "EUR"], None, N),
    ("480256", "Copy paper A4, 80 g, reams", "import", ["sea", "road"], ["PT", "ID", "BR"], (0.9, 1.3), (20000, 24000), ["EUR", "USD"], None, N),
    ("520100", "Raw cotton, not carded", "import", ["sea"], ["US", "BF", "BR"], (1.6, 2.2), (20000, 24000), ["USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "TR", "KH"], (8, 14), (4000, 10000), ["USD", "EUR"], 5, N),
    ("640399", "Leather shoes, men's", "import", ["sea"], ["VN", "IN", "PT"], (20, 40), (2000, 6000), ["USD", "EUR"], 1.0, N),
    ("690721", "Porcelain floor tiles, glazed", "import", ["sea", "road"], ["ES", "IN", "TR"], (0.4, 0.7), (22000, 26000), ["EUR", "USD"], None, N),
    ("701090", "Glass bottles for beverages, empty", "import", ["road"], ["PL", "PT", "TR"], (0.5, 0.8), (15000, 20000), ["EUR"], None, N),
    ("721391", "Wire rod, non-alloy steel, coils", "import", ["sea"], ["TR", "EG", "IN"], (0.55, 0.75), (25000, 30000), ["USD"], None, N),
    ("730890", "Steel structures, fabricated", "export", ["road", "sea"], ["NO", "CH", "SA"], (1.5, 3), (15000, 25000), ["EUR"], None, N),
    ("732111", "Gas cooking stoves, household, new", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.03, N),
    ("761010", "Aluminium windows and door frames", "export", ["road"], ["CH", "NO", "GB"], (8, 14), (3000, 8000), ["EUR"], None, N),
    ("830140", "Door locks, cylinder, brass", "import", ["sea"], ["CN", "TW", "TR"], (5, 9), (3000, 8000), ["USD"], None, N),
    ("841370", "Centrifugal water pumps, 1.5 kW, new", "import", ["sea"], ["CN", "IT", "TR"], (5, 9), (4000, 10000), ["USD", "EUR"], 0.06, N),
    ("842139", "Air filters for vehicles, cartridges", "import", ["sea"], ["CN", "KR"], (4, 7), (3000, 8000), ["USD"], None, N),
    ("843143", "Drilling rig parts, new, for water wells", "export", ["sea"], ["KE", "SN", "NG"], (6, 12), (3000, 10000), ["EUR"], None, N),
    ("847330", "Computer parts, motherboards, new", "import", ["air"], ["TW", "CN"], (60, 120), (200, 1500), ["USD"], None, N),
    ("850440", "Mobile phone chargers, USB-C, 20 W", "import", ["sea", "air"], ["CN", "VN"], (15, 30), (1000, 4000), ["USD"], 15, N),
    ("851650", "Microwave ovens, household, new", "import", ["sea"], ["CN", "TR"], (3, 5), (8000, 14000), ["USD", "EUR"], 0.08, N),
    ("852852", "Computer monitors, LCD, 27 inch, new", "import", ["sea"], ["CN", "VN"], (20, 35), (4000, 10000), ["USD"], 0.15, N),
    ("853952", "LED lamps, E27, retail boxed", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 15, N),
    ("870899", "Motor vehicle parts, suspension arms, new", "import", ["sea", "road"], ["CN", "TR", "CZ"], (4, 8), (5000, 12000), ["USD", "EUR"], None, N),
    ("871492", "Bicycle wheel rims and spokes", "import", ["sea"], ["TW", "CN"], (5, 9), (2000, 6000), ["USD"], None, N),
    ("900410", "Sunglasses, retail", "import", ["sea", "air"], ["CN", "IT"], (30, 80), (200, 1200), ["USD", "EUR"], 20, N),
    ("940360", "Wooden furniture, flat-packed, bedroom", "import", ["sea"], ["VN", "MY", "PL"], (2, 4), (8000, 14000), ["USD", "EUR"], None, N),
    ("940542", "LED luminaires, office ceiling panels", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], None, N),
    ("950450", "Video game consoles, new", "import", ["air", "sea"], ["CN", "VN"], (100, 180), (500, 3000), ["USD"], 0.3, N),
    ("960329", "Toothbrushes, manual, retail", "import", ["sea"], ["CN", "IN"], (5, 9), (2000, 5000), ["USD"], 80, N),
    ("961900", "Baby diapers, retail packs", "import", ["sea", "road"], ["PL", "TR", "CN"], (2, 3.5), (8000, 14000), ["EUR", "USD"], None, N),
]


def main():
    base.write_later_set("blind8", 20270701, HERE)


if __name__ == "__main__":
    main()
