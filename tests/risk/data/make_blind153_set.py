#!/usr/bin/env python3
"""Writes the hundred-and-fifty-third blind set (tests/risk/data/blind153-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2051, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an East Asia emphasis (Japan, South Korea and Taiwan as origins, transit hubs,
destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL153-*:

    python3 tests/risk/data/make_blind153_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2051, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2051
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRAIR01", "express", "JP", [], "FR", "220600",
         "純米吟醸 生酒 (要冷蔵), 720 ml × 6本", "JP", 5.2, 6, 14400, "JPY",
         "unpasteurised junmai ginjo sake is a water-clear to faintly straw-coloured rice wine of about 0.99 kg/l "
         "that smells of rice, melon and alcohol; these six bottles weigh 1.13 kg/l, smell of nothing, foam on a "
         "cut, whiten the skin and have vented caps under the foil: about 35 % hydrogen peroxide (Annex I above "
         "12 %), sent by express from Osaka to a private person in Lyon, although oxidising liquids travel by "
         "express only as declared dangerous goods; Japanese wording (hydrogen peroxide repeats in many sets and "
         "drink covers in several; a sake label was found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("PRE-02", "import", "DEAIR01", "express", "JP", [], "DE", "381400",
         "模型用 ラッカー塗料うすめ液 (特大), 400 ml × 10本", "JP", 4.6, 10, 9800, "JPY",
         "hobby lacquer thinner for plastic kits is a mix of ketones, esters and alcohol of about 0.85 kg/l with a "
         "sharp, nail-varnish smell, sold in 250-400 ml bottles; these ten bottles hold an oily, faintly fruity "
         "liquid of 1.14 kg/l that sinks in water, does not dissolve a test blob of model paint and whose "
         "filler's drum label, photocopied into the invoice, reads 'ニトロメタン': nitromethane (Annex I above "
         "16 %), sent by express from Shizuoka to a private person in Nuremberg who races model cars; Japanese "
         "wording (nitromethane repeats in many sets and lacquer-thinner labels in a few, thitsi thinner in "
         "blind142 and solvent 646 in blind152; a Japanese hobby-paint thinner label is the new part as far as a "
         "search found)", person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "NLSEA01", "sea", "KR", [], "NL", "170290",
         "전통 쌀 조청 (국산 쌀 100%), 1.2 kg 병, 12,000 병", "KR", 22000, 12000, 21600, "USD",
         "jocheong is a Korean rice-malt syrup: amber to dark brown, thick (about 1.4 kg/l), sweet and "
         "smelling of toasted grain; these jars hold a colourless, oily liquid of 1.84 kg/l with no smell, that "
         "grows hot with a drop of water and chars a sugar cube black, for an Amstelveen Korean supermarket "
         "chain that sells it to the public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for "
         "members of the public, by sea from Busan to Rotterdam; Korean wording (sulphuric acid repeats in many "
         "sets and syrup covers in several, mizuame from Japan in blind122 and blind127 among them; a jocheong "
         "label was found in no earlier row by a keyword search)", firm("Horizon Aziatische Groothandel BV", "NL")),
        ("PRE-04", "import", "ITAIR01", "air", "JP", [], "IT", "283650",
         "胡粉 (日本画・人形用 白色顔料), 上質, 500 g 袋, 400 袋", "JP", 200, 400, 240000, "JPY",
         "gofun is the Japanese painters' and doll-makers' white: powdered, aged oyster shell (calcium carbonate) "
         "that is soft, matt, chalky and fizzes in a drop of vinegar; these 400 bags hold a heavier, glittering "
         "white crystal that does not fizz, does not bind with glue into a paint and burns fiercely mixed with "
         "sugar, for a Florence art-supplies shop that sells to the public: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Kyoto via Narita to Milan; Japanese wording "
         "(potassium perchlorate repeats in many sets under pigment and powder labels; a gofun label was found in "
         "no earlier row by a keyword search)", firm("Meridian Belle Arti Srl", "IT")),
        ("PRE-05", "import", "DESEA01", "sea", "KR", [], "DE", "251741",
         "한국 정원용 백색 마사토 화장토 (분재용), 20 kg 포대, 1,000 포대", "KR", 20000, 1000, 6000, "USD",
         "bonsai top-dressing grit of the Korean 'white masato' kind is hard, angular crushed granite or marble "
         "that stays put in water and rings in the hand; these sacks hold round, glossy white prills of 2 mm that "
         "turn ice-cold and vanish in a bucket of water, test at 34 % N and melt and fume on a hot plate, for a "
         "Hamburg garden-centre chain selling 20 kg sacks to the public: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, by sea from Busan; Korean wording (ammonium nitrate "
         "repeats in many sets under grit, gravel and litter labels; a bonsai top-dressing label from Korea was "
         "found in no earlier row by a keyword search)", firm("Nordhafen Gartenmarkt GmbH", "DE")),
        ("PRE-06", "import", "PLAIR01", "air", "KR", [], "PL", "210690",
         "매실청 (매실 원액), 국산 청매실, 1 L 병, 1,500 병", "KR", 2100, 1500, 4500, "USD",
         "maesil-cheong is green-plum extract made by steeping plums in sugar: a golden-brown, sweet-sour syrup "
         "of about 1.3 kg/l that smells of plum; these bottles hold a pale-yellow liquid of 1.40 kg/l that fumes "
         "brown when opened, stains the fingers yellow and eats into a copper coin, for a Kobierzyce grocery that "
         "serves the Korean factory community near Wrocław and sells to the public: about 65 % nitric acid "
         "(Annex I above 3 %) retail-packed for members of the public, flown from Incheon to Warsaw; Korean "
         "wording (nitric acid repeats in many sets and syrup and vinegar covers in several; a maesil label was "
         "found in no earlier row by a keyword search)", firm("Orion Azja Food Sp. z o.o.", "PL")),
        ("PRE-07", "import", "ATAIR01", "express", "TW", [], "AT", "130231",
         "洋菜粉 (寒天粉), 烘焙用, 500 公克 × 6 包", "TW", 3.1, 6, 1800, "TWD",
         "agar powder is a light, creamy-white, odourless powder that swells and sets water to a firm jelly when "
         "boiled; these six bags hold heavy, colourless crystals that run wet in the air, never gel, taste of "
         "nothing and flare with sugar, sent by express from Taichung to a private person in Graz: sodium "
         "perchlorate (Annex I above 40 %); Taiwanese (traditional Chinese) wording (sodium perchlorate repeats in "
         "many sets under food-powder labels; an agar or kanten label was found in no earlier row by a keyword "
         "search)", person("Frau S. Huber", "AT")),
        ("PRE-08", "import", "SEPOST01", "post", "JP", [], "SE", "170230",
         "ラムネ菓子用 ぶどう糖 (粉末), 業務用, 1 kg × 3袋", "JP", 3.0, 3, 4500, "JPY",
         "dextrose for ramune sweets is a fine, white, very sweet powder that cools the tongue and dissolves at "
         "once; these three bags hold shiny, salty-cool, not sweet crystals that dissolve slowly, spit violet "
         "sparks on a hot iron and carry 'KClO3' in pencil on the inner bags, posted from Nagoya to a private "
         "person in Malmö: potassium chlorate (Annex I above 40 %); Japanese wording (potassium chlorate repeats in "
         "many sets under sugar, sweetener and candy labels; a ramune-dextrose label was found in no earlier row "
         "by a keyword search)", person("Karin Andersson", "SE")),
        ("PRE-09", "import", "NLSEA01", "sea", "TW", [], "NL", "283630",
         "小蘇打粉 (食用), 烘焙用, 454 公克 盒裝, 18,000 盒", "TW", 8200, 18000, 5400, "USD",
         "culinary baking soda is a fine, soft, faintly salty white powder that fizzes at once in vinegar; these "
         "boxes hold coarse, cubic, glassy crystals that do not fizz, draw damp and flare yellow on a gas ring, "
         "and the factory sheet in the container gives CAS 7775-09-9, for a Rotterdam Asian cash-and-carry that "
         "sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea "
         "from Kaohsiung; Taiwanese (traditional Chinese) wording (sodium chlorate repeats in many sets, and "
         "baking-soda labels covered potassium chlorate in blind45 and bicarbonate labels other oxidisers in a few; "
         "kept as a repeat of the cover family, sodium chlorate in Taiwanese baking-soda retail boxes by sea is the "
         "new part as far as a search found)",
         firm("Delta Oosterse Groothandel BV", "NL")),
        ("PRE-10", "import", "BEAIR01", "express", "KR", [], "BE", "330499",
         "K-뷰티 주문: 시트 마스크 30매", "KR", 0.9, 30, 45000, "KRW",
         "a K-beauty order to a private person in Antwerp: sheet masks and sunscreen are what such parcels hold, "
         "but the third item's 'large-size toner' is four one-litre bottles of a water-clear liquid of 1.20 kg/l "
         "with no scent or glycerine slip, vented caps and a bleached patch on the carton: about 50 % hydrogen "
         "peroxide (Annex I above 12 %), hidden as the last item of a three-item declaration sent by express from "
         "Incheon, although oxidising liquids travel by express only as declared dangerous goods; Korean wording "
         "(hydrogen peroxide repeats in many sets under cosmetic labels, hair developers and lotions among them; a "
         "toner (스킨) label behind sheet masks was found in no earlier row by a keyword search)",
         dict(person("Jan Peeters", "BE"),
              _more_items=[item("330499", "선크림 SPF50+, 50 ml × 6", "KR", 0.4, 60000, "KRW", qty=6),
                           item("330499", "대용량 토너 (스킨), 1 L × 4", "KR", 4.8, 48000, "KRW", qty=4)])),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "TW", "741021",
         "Kupferkaschierte Laminat-Zuschnitte (FR-4), unbestückt, Produktionsreste, 18 t", "DE", 18000, None, 27000,
         "EUR",
         "copper-clad laminate trimmings are flat, clean offcuts of FR-4 sheet with bright copper on one or both "
         "faces and no components; these bags hold populated boards torn out of telecom racks and PCs, with "
         "capacitors, relays, lithium coin cells and lead-soldered connectors still on them, for a Kaohsiung "
         "'laminate recycler': waste printed circuit boards with hazardous components (A1180, 16 02 15*), whose "
         "export to a non-OECD country is banned, from Hamburg to Kaohsiung; German wording (circuit-board scrap "
         "repeats in many sets; a copper-clad laminate label, and a Taiwanese buyer, were found in no earlier row "
         "by a keyword search)", {"importer_country": "TW"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "TW", "251990",
         "Magnésie frittée (grog), calibrée 3-5 mm, big bags, 24 t", "BE", 24000, None, 3600, "EUR",
         "dead-burned magnesia grog is a clean, brown-grey, even-sized sintered granule with an MgO assay; these "
         "bags hold crushed brick with black chrome-ore spots, glassy slag skins and yellow staining that reads "
         "hexavalent chromium, broken out of a Hoboken copper smelter's converter linings: spent magnesia-chrome "
         "refractories (16 11 03*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Taichung for a 'refractory maker'; Belgian French wording (magnesia-chrome refractories repeat in "
         "blind106, blind117 and blind123; kept as a repeat of the good, a magnesia-grog label to Taiwan is the "
         "new part as far as a search found)", {"importer_country": "TW"}),
        ("WST-03", "export", "PLSEA01", "sea", "PL", [], "KR", "284190",
         "Proszek katodowy NCM 811, partia niespełniająca specyfikacji, nowy, beczki, 16 t", "PL", 16000, 80,
         64000, "USD",
         "off-spec NCM cathode powder is a dry, free-flowing, black, odourless powder sealed under nitrogen with "
         "a lot analysis; these drums hold lumpy, wet electrode slurry and scraped coating flakes on foil that "
         "smell of fish and amines (N-methyl-2-pyrrolidone), from the coating lines of a Lower Silesian cell "
         "plant: electrode production scrap with NMP (hazardous, A1170 and 16 06 06* / 07 01 04* codes among "
         "them), shipped to Korea, an OECD country, without the notification and consent an amber-listed waste "
         "needs, from Gdańsk to Busan for a Gwangyang 'precursor maker'; Polish wording (battery black mass to "
         "Korea repeats in blind8 and blind18; kept as a repeat of the route, an off-spec cathode-powder label is "
         "the new part as far as a search found)", {"importer_country": "KR"}),
        ("WST-04", "transit", "MTSEA01", "sea", "KR", ["MT"], "LY", "870421",
         "Used Hyundai Porter II trucks, 2009-2012, with spare parts in load beds, 40 units", "KR", 96000, 40,
         120000, "USD",
         "used Korean light trucks for Libya are driven onto ro-ro decks empty, at about 1.8 t each; these 40 weigh "
         "2.4 t each because every load bed holds 600 kg of cracked lead-acid batteries, drained engine blocks "
         "and leaking gearboxes from Incheon scrapyards, landed at Marsaxlokk in transit from Incheon to Misrata: "
         "waste lead-acid batteries and oil-contaminated parts (A1160, 16 06 01*, 16 01 xx), hazardous waste "
         "moved through the Union without the transit notification it needs; English wording by a Korean "
         "exporter (waste loaded into used vehicles repeats in many sets; a Korea-Malta-Libya transit of Porter "
         "trucks was found in no earlier row by a keyword search)", {"importer_country": "LY"}),
        ("WST-05", "export", "LVSEA01", "sea", "LV", [], "JP", "440131",
         "Koksnes granulas ENplus A2, biomasas elektrostacijai, 6 mm, 3 000 t", "LV", 3000000, None, 540000,
         "EUR",
         "ENplus wood pellets are pale, even, 6 mm pellets of sawmill residues with an ash content under 1.2 % "
         "and a certificate number on every delivery note; these holds hold greyish pellets with green flecks and "
         "plastic threads, 4 % ash, that read copper, chromium and arsenic on a handheld XRF, pressed from "
         "demolition timber, CCA-treated fence posts and utility poles: wood waste containing hazardous "
         "substances (17 02 04*, 19 12 06*), shipped to Japan, an OECD country, without the notification and "
         "consent it needs, from Riga to Hitachinaka for a biomass power plant; Latvian wording (wood pellets "
         "repeat in two sets, on Russian-origin pellets; treated wood as pellets to Japan was found in no "
         "earlier row by a keyword search)", {"importer_country": "JP"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", ["TW"], "VN", "740400",
         "Koperschroot nr. 2 (ISRI 'Birch/Cliff'), gesorteerd, 12 t", "NL", 12000, None, 72000, "USD",
         "a mixed non-ferrous scrap container for Hai Phong, transhipped at Kaohsiung: No. 2 copper wire and "
         "aluminium cans are what such a yard ships, but the third item's 'small electric motors' are 4 t of "
         "oil-filled capacitors and ballasts from 1970s fluorescent fittings and switchgear, many leaking a "
         "sweet-smelling oil that a swab test reads as PCB: waste containing PCBs (16 02 09*, A1180/A3180), whose "
         "export from the Union is banned, hidden as the last item of a three-item declaration from Rotterdam; "
         "Dutch wording (PCB capacitors repeat in several sets; behind copper and aluminium scrap via Kaohsiung "
         "to Viet Nam is the new part as far as a search found)",
         dict({"importer_country": "VN"},
              _more_items=[item("760200", "Aluminium UBC-schroot, geperst, 6 t", "NL", 6000, 7800, "USD"),
                           item("850140", "Kleine elektromotoren, schroot, gemengd, 4 t", "NL", 4000, 1200, "USD")])),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "JP", "850780",
         "Moduli batteria NAS usati, per revisione presso il costruttore, 48 moduli", "IT", 86400, 48, 48000,
         "EUR",
         "spare battery modules for refurbishment go back under a repair contract, drained of nothing and "
         "insured; these 48 sodium-sulphur modules were taken out of a Campanian grid-storage station after a "
         "cell fire, are dented and scorched, and the maker's repair contract ended years ago, so they go to a "
         "Nagoya scrap dealer: waste batteries containing sodium and sulphur (16 06 05* with reactive-sodium "
         "hazard, amber-listed), shipped to Japan, an OECD country, without notification and consent, from La "
         "Spezia to Nagoya; Italian wording (sodium-sulphur batteries were found in no earlier row by a keyword "
         "search)", {"importer_country": "JP"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "IN", "282300",
         "Titaniumdioxide anatase, technisch, voor keramiek, big bags, 20 t", "NL", 20000, None, 6000, "EUR",
         "technical anatase is a fine, brilliant-white powder sold with a TiO2 assay; these bags hold yellow-grey "
         "honeycomb blocks and their crushings, with fly ash in the channels, that read 1.5 % vanadium "
         "pentoxide and 8 % tungsten oxide, from a Maasvlakte power station's DeNOx reactors: spent SCR "
         "catalysts (16 08 02*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Mundra for a 'ceramic glaze' buyer; Dutch wording (spent catalysts repeat in many sets; SCR honeycombs "
         "as anatase were found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-09", "import", "DESEA01", "sea", "TW", [], "DE", "261690",
         "金精礦 (回收料), 太空包, 12 公噸", "TW", 12000, None, 360000, "USD",
         "gold concentrate is a mine product: dry, sulphidic, grey sand with an assay, and Taiwan mines no gold; "
         "these bags hold wet, grey-brown filter cake that smells of bitter almonds, reads 2 % gold, nickel and "
         "copper and releases cyanide on a test strip, pressed from the cyanide gold-stripping lines of Taoyuan "
         "circuit-board plants, for a Hanau precious-metal refinery: electroplating sludge containing cyanides "
         "(A1050, A4050; 11 01 09*), hazardous waste brought into the Union without notification and consent, "
         "by sea from Kaohsiung to Hamburg; Taiwanese (traditional Chinese) wording (galvanic sludge repeats in "
         "several sets under pigment labels; a gold-concentrate label from Taiwan was found in no earlier row by "
         "a keyword search)", firm("Central Edelmetall GmbH", "DE")),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["DE"], "KR", "320890",
         "Autolak přebytečný, vrácení korejskému dodavateli, 60 IBC", "CZ", 54000, 60, 9000, "EUR",
         "surplus car paint returned to its maker travels in sealed original drums with batch labels, worth "
         "several euros a litre; these 60 IBCs hold mixed purge solvent and paint-booth sludge, separated, "
         "skinned over and smelling of xylene, pumped from a Moravian car plant's paint shop, by road to "
         "Bremerhaven for Busan at 0.17 EUR/kg: waste paint and solvents (08 01 11*, 08 01 13*), shipped to "
         "Korea, an OECD country, without the notification and consent an amber-listed waste needs; Czech "
         "wording (waste paint repeats in several sets, as road-marking paint in blind121 and under surplus-stock "
         "labels in blind55 and blind107; a return to a Korean supplier is the new part as far as a search "
         "found)", {"importer_country": "KR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "JP", [], "NL", "870323",
         "日産 スカイライン GT-R (BNR32), 1991年式, 右ハンドル, 中古, 1台", "JP", 1430, 1, 5200000, "JPY",
         "a JDM Skyline GT-R imported for a collector normally arrives with its air conditioning converted to "
         "R-134a, a conversion sticker and new fittings; this 1991 car has the original Japanese-market system, a "
         "'R-12' plate on the core support, sealed service ports and about 750 g of charge that a leak detector "
         "reads as dichlorodifluoromethane: a product containing CFC-12, whose import into the Union is banned "
         "(Regulation 2024/590), by ro-ro from Yokohama to Rotterdam for a private importer; Japanese wording "
         "(CFC-12 in classic cars repeats in several sets, on European cars; a right-hand-drive JDM Skyline was "
         "found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("OZN-02", "import", "DESEA01", "sea", "KR", [], "DE", "841821",
         "김치냉장고 (중고, 정비 완료), R-600a, 스탠드형, 120 대", "KR", 12000, 120, 36000, "USD",
         "refurbished kimchi refrigerators for the Union run on R-600a isobutane, with a flammable-gas mark and "
         "about 60 g of charge; these 120 units, sold to Korean households in the Rhine-Main area, have new "
         "'R-600a' stickers over plates that read 'R-134a 150 g', brass service valves and no flame mark: "
         "household refrigerators charged with HFC-134a (GWP 1430), products whose placing on the Union market "
         "is banned (Regulation 2024/573), by sea from Busan to Hamburg for a Frankfurt Korean-appliance "
         "dealer; Korean wording (HFC equipment under R-600a stickers repeats in several sets; a kimchi-"
         "refrigerator label was found in no earlier row by a keyword search)", firm("Vega Asia Elektro GmbH", "DE")),
        ("OZN-03", "import", "NLAIR01", "express", "TW", [], "NL", "350691",
         "塑膠模型膠水 (流動型), 業務用補充瓶, 1 公升 × 6 瓶", "TW", 9.5, 6, 4200, "TWD",
         "thin plastic-model cement is a water-clear solvent blend of about 0.9 kg/l that smells of ketones and "
         "burns; these six litres weigh 1.59 kg/l, do not burn, smell sweet like chloroform and the filler's "
         "drum labels copied into the invoice read 'CCl4': carbon tetrachloride, whose import into the Union is "
         "banned outside licensed feedstock and laboratory uses, sent by express from Taichung to a private "
         "model-maker in Eindhoven; Taiwanese (traditional Chinese) wording (carbon tetrachloride repeats in many "
         "sets and a model-cement label once, blind88, from the United States; kept as a repeat of the label, "
         "from Taiwan is the new part as far as a search found)", person("Particulier", "NL")),
        ("OZN-04", "import", "ESSEA01", "sea", "KR", [], "ES", "890200",
         "Buque palangrero de segunda mano, construido en Busan 1996, 54 m, con equipos a bordo", "KR", 680000,
         1, 1900000, "USD",
         "a second-hand Korean-built longliner bought for a Vigo fleet should arrive with its engine-room "
         "fire system on CO2 or an HFC-free agent and a certificate; this vessel's engine-room bank is twelve "
         "68 l red cylinders whose stamped labels read 'BTM / Halon 1301' under new 'CO2' stickers, about 700 kg "
         "in all, and its fish-hold plant runs on R-22: products and equipment containing halon 1301 and HCFC-22, "
         "whose import into the Union is banned outside critical uses, sailed from Busan to Vigo; Spanish "
         "wording (R-22 on fishing vessels repeats blind23, blind65 and blind145, halon 1301 in many sets; a "
         "Korean-built longliner with a halon bank was found in no earlier row by a keyword search)",
         firm("Atlantic Pesca SL", "ES")),
        ("OZN-05", "import", "DESEA01", "sea", "JP", [], "DE", "851660",
         "業務用 IH 炊飯器 (5.4 L), 新品, 20 台", "JP", 400, 20, 1400000, "JPY",
         "a Japanese restaurant fit-out container for a Düsseldorf ramen and sushi chain: rice cookers and "
         "noren curtains are what such containers hold, but the third item's 'sushi display cases, R-290' are "
         "twelve refrigerated neta cases whose rating plates read 'R-404A 0.6 kg' under the new stickers, with no "
         "flame mark or propane-rated parts: self-contained commercial refrigeration charged with R-404A (GWP "
         "3922), whose placing on the Union market is banned (Regulation 2024/573), hidden as the last item of a "
         "three-item declaration, by sea from Tokyo to Hamburg; Japanese wording (R-404A display cases repeat in "
         "several sets, R-22 sushi conveyors from Hong Kong in blind121; a neta-case label behind rice cookers "
         "was found in no earlier row by a keyword search)",
         dict(firm("Orion Gastronomie GmbH", "DE"),
              _more_items=[item("630399", "のれん (綿, 店舗用), 40 枚", "JP", 30, 160000, "JPY", qty=40),
                           item("841850", "寿司ネタケース (冷蔵ショーケース), R-290, 12 台", "JP", 540, 1800000, "JPY", qty=12)])),
        ("OZN-06", "transit", "NLSEA01", "sea", "KR", ["NL"], "NG", "382769",
         "Refrigerant R-410A, 11.3 kg disposable cylinders, 1,200 pcs", "KR", 13560, 1200, 27000, "USD",
         "R-410A is a pink-labelled blend that reads about 14 bar at 20 °C in an upright cylinder; these 1,200 "
         "cylinders read 8 bar, their contents are a single substance on the analyser (chlorodifluoromethane) "
         "and the original green shoulders show under the pink wraps: HCFC-22 moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Rotterdam in transit from Busan to Lagos; English "
         "wording by a Korean exporter (HCFC-22 under HFC-blend labels repeats in many sets; a Busan-Rotterdam-"
         "Lagos transit was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("OZN-07", "import", "CYSEA01", "sea", "JP", [], "CY", "870421",
         "中古冷凍車 いすゞ エルフ 2t, 低温仕様 (-30℃), 2001-2003年式, 6台", "JP", 18000, 6, 7200000, "JPY",
         "used Japanese refrigerated trucks bought by Cypriot dealers are expected to carry transport units "
         "converted to R-452A or R-404A with a conversion record; these six 2001-2003 Isuzu Elf freezer trucks "
         "keep their original under-floor units with 'R-22 3.2 kg' plates and full charges: vehicles with "
         "refrigeration equipment containing HCFC-22, whose import into the Union is banned (Regulation "
         "2024/590), by ro-ro from Nagoya to Limassol for a frozen-food distributor; Japanese wording (R-22 "
         "equipment repeats in many sets; Japanese used refrigerated trucks to Cyprus were found in no earlier row "
         "by a keyword search)", firm("Delta Frozen Foods Ltd", "CY")),
        ("OZN-08", "export", "ITSEA01", "sea", "IT", [], "TW", "841869",
         "Mantecatori per gelato, verticali, ricondizionati, 8 unità", "IT", 3200, 8, 40000, "EUR",
         "reconditioned gelato batch freezers for export are water-cooled machines on R-404A or R-452A with a "
         "test report; these eight 1990s vertical batch freezers from Bologna gelaterie keep their original "
         "'R-22' plates and about 4 kg of charge each, never recovered, for a Taipei gelato chain: equipment "
         "containing HCFC-22, whose export from the Union is banned (Regulation 2024/590), from Genoa to Keelung; "
         "Italian wording (R-22 equipment for export repeats in many sets and gelato display cases in several; "
         "batch freezers to Taiwan were found in no earlier row by a keyword search)", {"importer_country": "TW"}),
        ("OZN-09", "import", "BGSEA01", "sea", "KR", [], "BG", "841869",
         "Центробежни водоохлаждащи агрегати (чилъри), R-1233zd(E), употребявани, 2 бр.", "KR", 16000, 2,
         90000, "USD",
         "used centrifugal chillers on R-1233zd(E) are low-pressure machines with an HFO nameplate and a recent "
         "retrofit record; these two 1990s 600-ton machines from a Seoul office tower have 'R-11' cast into the "
         "purge unit, a charge of about 700 kg each that boils at 24 °C, and new HFO stickers on the shells: "
         "equipment containing CFC-11, whose import into the Union is banned (Regulation 2024/590), by sea from "
         "Busan to Varna for a Sofia building-services contractor; Bulgarian wording (CFC-11 repeats in many sets "
         "and an R-1233zd label once, blind73, on Korean drums; centrifugal chillers from Korea were found in no "
         "earlier row by a keyword search)", firm("Meridian Klimatik EOOD", "BG")),
        ("OZN-10", "import", "ATPOST01", "post", "JP", [], "AT", "290351",
         "カーエアコン用 クーラーガス HFO-1234yf, 200 g 缶, 16 本", "JP", 3.2, 16, 19200, "JPY",
         "HFO-1234yf DIY cans are sold in Japan with a flammable-gas mark and a left-hand 1/2\"-16 ACME thread "
         "that fits only 1234yf ports; these 16 cans have the R-134a thread, no flame mark, read 5.7 bar at 20 °C "
         "and a gas test at the valve gives 1,1,1,2-tetrafluoroethane: HFC-134a in non-refillable containers, "
         "whose placing on the Union market is banned and which needs a quota authorisation (Regulation "
         "2024/573), posted from Saitama to a private car owner in Linz; Japanese wording (HFC-134a under "
         "1234yf labels repeats in many sets, none from Japan; kept as a repeat of the cover, Japanese DIY "
         "car-air-conditioning cans by post are the new part as far as a search found)",
         person("Thomas Gruber", "AT")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "KR", [], "FR", "830629",
         "금동 관음보살 좌상, 재현품, 신작, 높이 50 cm, 1점", "KR", 38, 1, 1800000, "KRW",
         "new gilt-bronze Bodhisattva replicas from Korean foundries are bright, evenly gilded, cast in one piece "
         "with crisp seams and a maker's seal; this 50 cm seated Gwaneum is cast with a hollow core and iron "
         "chaplets, its gilding worn to the bronze on the knees and face, with incense soot in the folds and a "
         "sealed dedication cavity under the base: a 14th-century Goryeo gilt-bronze Bodhisattva of the kind "
         "stolen from temples on Tsushima and smuggled to Korea, stolen cultural property whose import breaks "
         "Regulation 2019/880 and the UNESCO 1970 convention, flown from Incheon to Paris for a dealer in Asian "
         "art; Korean wording (Buddhist statues repeat in many sets; a Goryeo statue stolen from a Japanese "
         "temple was found in no earlier row by a keyword search)", firm("Orion Arts d'Asie SARL", "FR")),
        ("CUL-02", "import", "DEAIR01", "air", "JP", [], "DE", "711620",
         "出雲めのう 勾玉ペンダント (新品・工房作), 60 点", "JP", 1.4, 60, 90000, "JPY",
         "new Izumo agate magatama are glossy, uniformly red or green, machine-drilled with a straight, "
         "clean-walled hole and sold on cords at a few thousand yen; these 60 are dull jadeite, jasper and glass, "
         "bored from both ends with cones that meet off-centre, some with notched heads, with clay in the holes: "
         "magatama from plundered Kofun-period burial mounds (4th-7th century), buried cultural property that "
         "Japan forbids to export without the Agency for Cultural Affairs' leave, brought in without the import "
         "licence Regulation 2019/880 requires for archaeological objects, flown from Fukuoka to Frankfurt for a "
         "Munich dealer; Japanese wording (Japanese archaeology repeats as dogū and haniwa in a few sets; a "
         "magatama label was found in no earlier row by a keyword search)", firm("Alpina Ostasiatika GmbH", "DE")),
        ("CUL-03", "export", "PTAIR01", "air", "PT", [], "JP", "970191",
         "Biombo decorativo de seis folhas, reprodução de estilo Namban, papel e folha dourada, 1 peça", "PT", 28,
         1, 3500, "EUR",
         "Namban-style reproduction screens are printed or painted on new paper with bright gold-foil clouds; "
         "this six-fold screen has hand-ground mineral pigments on gold leaf gone dark, paper hinges repaired "
         "many times, a lacquered frame with worn corners and a Lisbon collection label of 1921 on the back: an "
         "early-17th-century Namban byōbu showing Portuguese carracks at Nagasaki, a painting over 50 years old "
         "and far above the 150,000 EUR threshold, exported without the licence Regulation 116/2009 requires, "
         "flown from Lisbon to Tokyo for a private museum; Portuguese wording (Namban screens were found in no "
         "earlier row by a keyword search)", {"importer_country": "JP"}),
        ("CUL-04", "export", "FRAIR01", "air", "FR", [], "JP", "940529",
         "Lampe champignon en verre gravé, style Gallé, reproduction, 1 pièce", "FR", 9, 1, 450, "EUR",
         "Gallé-style reproductions are acid-etched in one or two flat layers with a moulded signature and a new "
         "bronze base; this mushroom lamp is three-layer cameo glass, wheel-carved by hand, with internal "
         "bubbles, an engraved signature and an old cloth-covered flex: an Émile Gallé lamp of about 1902, an "
         "antique over 100 years old above the 50,000 EUR threshold, exported without the licence Regulation "
         "116/2009 requires, flown from Paris to Osaka for a private collector; French wording (Art Nouveau "
         "covers repeat once, on a poster; a Gallé label was found in no earlier row by a keyword search)",
         {"importer_country": "JP"}),
        ("CUL-05", "export", "NLPOST01", "post", "NL", [], "TW", "490590",
         "Reproductie oude kaart van Formosa, gedrukt, ingelijst, 1 st.", "NL", 2.4, 1, 60, "EUR",
         "reproduction maps are offset prints on new paper, flat and bright; this one is a copperplate engraving "
         "with a plate mark, chain lines and a watermark in the laid paper and old hand colouring, under a modern "
         "frame: a 17th-century Dutch map of Formosa and the Pescadores from an Amsterdam atlas, printed maps more "
         "than 200 years old above the 15,000 EUR threshold, exported without the licence Regulation 116/2009 "
         "requires, posted from Amsterdam to a private buyer in Tainan; Dutch wording (Blaeu atlases and globes "
         "repeat in two sets; a Formosa map was found in no earlier row by a keyword search)",
         {"importer_country": "TW"}),
        ("CUL-06", "import", "ITAIR01", "air", "TW", [], "IT", "442199",
         "排灣族風格 木雕祖靈柱, 屏東工坊新作, 1 件", "TW", 46, 1, 24000, "TWD",
         "new Paiwan-style carvings from Pingtung workshops are of fresh camphor or teak with crisp tool marks, "
         "stained brown; this 1.6 m post is of weathered zelkova with a carved ancestor figure and hundred-pacer "
         "snakes worn smooth by hands, soot from a hearth and nail holes from a house front: a 19th-century "
         "Paiwan ancestor post from a chief's house, whose export the Cultural Heritage Preservation Act of "
         "Taiwan forbids, brought in without the importer statement Regulation 2019/880 requires, flown from "
         "Kaohsiung to Milan for a tribal-art gallery; Taiwanese (traditional Chinese) wording (Taiwanese "
         "indigenous objects were found in no earlier row by a keyword search)", firm("Rivage Arte Tribale Srl", "IT")),
        ("CUL-07", "import", "NLSEA01", "sea", "KR", [], "NL", "691390",
         "청자 장식 그릇, 해저 숙성 연출 (따개비 마감), 신작, 40 점", "KR", 160, 40, 4000000, "KRW",
         "new celadon with a 'sea-aged' finish is glazed in an even jade-green with glued-on resin barnacles "
         "that snap off clean; these 40 bowls and maebyeong have inlaid cranes and clouds under a crackled, "
         "iron-stained glaze, real barnacles and tube-worm casts fused to the glaze, and rope marks from a cargo "
         "stowed with straw: 12th-13th-century Goryeo celadons raised from the Taean seabed wrecks, underwater "
         "cultural heritage whose export Korea forbids, brought in without the importer statement Regulation "
         "2019/880 requires, by sea from Busan to Rotterdam; Korean wording (Goryeo celadons repeat in blind11 and "
         "blind136, the latter under a new Gangjin-celadon label; a sea-aged decorative finish was found in no "
         "earlier row by a keyword search)", firm("Horizon Aziatische Kunst BV", "NL")),
        ("CUL-08", "export", "BEAIR01", "air", "BE", [], "KR", "691200",
         "Pot en porcelaine blanche, forme 'moon jar', création contemporaine, 1 pièce", "BE", 19, 1, 1200,
         "EUR",
         "contemporary moon jars are thrown in two halves by living potters, with a bright, even white and a "
         "signed box; this one has a milky, faintly bluish glaze with iron specks, sagging shoulders, a sandy, "
         "unglazed foot with kiln grit, and a 1930s Brussels dealer's label inside the lid of an old box: an 18th-"
         "century Joseon white porcelain moon jar (baekja dalhangari) from a Belgian family collection, an "
         "antique over 100 years old worth millions, exported without the licence Regulation 116/2009 requires, "
         "flown from Brussels to Seoul for a private buyer; Belgian French wording (a Joseon moon jar was found "
         "in no earlier row by a keyword search)", {"importer_country": "KR"}),
        ("CUL-09", "import", "ITAIR01", "air", "JP", [], "IT", "830629",
         "銅鐸 レプリカ (青銅製, 土産品), 高さ 40 cm, 1 点", "JP", 6, 1, 30000, "JPY",
         "souvenir dōtaku replicas from museum shops are cast thick with a sharp, even pattern and a chemical "
         "green patina; this 40 cm bell is thin-walled and light, with cracked, powdery green and red corrosion, "
         "casting flashes filed off long ago, a worn clapper band inside and wet earth in the loop: a Yayoi-period "
         "bronze bell (1st century BC - 2nd century AD) dug from a hillside, buried cultural property that Japan "
         "forbids to export, brought in without the import licence Regulation 2019/880 requires, flown from Kansai "
         "to Milan for a collector; Japanese wording (a dōtaku was found in no earlier row by a keyword search)",
         firm("Meridian Antichità Srl", "IT")),
        ("CUL-10", "import", "FRAIR01", "air", "KR", [], "FR", "442199",
         "한지 조명등 (전통 창살 문양), 20 점", "KR", 40, 20, 2400000, "KRW",
         "a Korean-culture shop order for Paris: hanji lamps and Hahoe mask replicas are what such shops sell, but "
         "the third item's 'brass souvenir seal' is a 10 cm gilt-bronze seal with a turtle knob and a nine-fold "
         "seal-script face naming a Joseon king, worn gilding and old red seal paste: a Joseon royal seal (eobo), "
         "state property lost from the royal shrine in the Korean War and whose export Korea forbids, stolen "
         "cultural property brought in against Regulation 2019/880 and the UNESCO 1970 convention, hidden as the "
         "last item of a three-item declaration flown from Incheon to Paris; Korean wording (a Joseon royal seal "
         "was found in no earlier row by a keyword search)",
         dict(firm("Central Culture Coréenne SARL", "FR"),
              _more_items=[item("442199", "하회탈 재현품 (목각), 12 점", "KR", 6, 960000, "KRW", qty=12),
                           item("961100", "기념품 황동 인장, 1 점", "KR", 4.2, 50000, "KRW", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "JP", "870421",
         "Gebruikte bestelwagens, diesel, 2 st., met persoonlijke bezittingen", "NL", 5400, 2, 24000, "EUR",
         "used diesel vans for a Japanese buyer would be right-hand drive or at least cheap; these two containers "
         "hold new armoured Mercedes-Maybach S 680 Guard saloons (V12 petrol, about 2.7 t each) worth over "
         "500,000 EUR apiece, booked to an Osaka forwarder that re-books them to Busan and Nakhodka, the route "
         "used for the North Korean leadership's cars: luxury goods whose supply to the DPRK Regulation 2017/1509 "
         "forbids, from Rotterdam to Osaka; Dutch wording (Maybachs for North Korea repeat blind60, through "
         "Dalian; kept as a repeat of the good, a used-van label on a Rotterdam-Osaka-Busan-Nakhodka route is "
         "the new part as far as a search found)", {"importer_country": "JP"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "KR", "847989",
         "Ersatzteile für Palettier-Förderanlagen, 14 Kisten", "DE", 16800, 14, 38000, "EUR",
         "palletising-conveyor spare parts are rollers, chains, belts and gear motors at a few euros a kilo; "
         "these crates hold twelve six-axis industrial robots with 210 kg payload, controllers and teach "
         "pendants at 45,000 EUR each on the maker's list, consigned to a Busan forwarder whose bills of lading "
         "continue to Vladivostok: industrial robots (8479 50) whose sale for use in Russia Regulation 833/2014 "
         "forbids, misdeclared under a parts code, from Hamburg to Busan; German wording (robot covers appear in "
         "a few sets; robots routed through Busan to Vladivostok were found in no earlier row by a keyword "
         "search)", {"importer_country": "KR"}),
        ("STR-03", "export", "PLAIR01", "air", "PL", [], "KZ", "950699",
         "Ochraniacze tułowia do taekwondo (hogu), zestawy treningowe, 300 szt.", "PL", 2400, 300, 9000, "EUR",
         "taekwondo body protectors (hogu) are light foam-and-vinyl vests of about 1 kg with a WT badge; these "
         "300 weigh 8 kg each, hold boron-carbide and polyethylene plates rated NIJ level IV in plate carriers, "
         "for an Almaty 'sports club' whose buyer is a Moscow procurement firm: body armour (Military List "
         "ML13), exported without the licence the Common Position 2008/944 and national law require and whose "
         "sale for use in Russia is banned, flown from Warsaw to Almaty; Polish wording with a Korean term "
         "(armour plates repeat in several sets, as pizza stones and tiles; a taekwondo-hogu label was found in "
         "no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "TW", "720310",
         "Acier tamahagane (玉鋼), lingots pour forgerons de sabres japonais, 60 kg", "FR", 60, None, 1200, "EUR",
         "tamahagane is a bloomery iron-steel: dark, porous, rusty lumps with slag inclusions, sold to "
         "swordsmiths at a few dozen euros a kilo; these 60 kg are dense, bright silver-grey, crystalline bars "
         "and broken crystal rods that do not rust or spark on a grinder and weigh 13.3 kg/l, with a Zr under "
         "0.5 % certificate: hafnium metal (dual-use 1C231, for reactor control rods), exported without the "
         "licence Regulation 2021/821 requires, flown from Paris to Taipei for a Hsinchu 'knife forge' that "
         "re-exports to Iran; French wording (hafnium repeats in blind19 and blind20; a tamahagane label was found "
         "in no earlier row by a keyword search)", {"importer_country": "TW"}),
        ("STR-05", "export", "FRSEA01", "sea", "FR", [], "KR", "841370",
         "Pompes centrifuges pour eau de mer, immergées, 6 unités", "FR", 21000, 6, 180000, "EUR",
         "seawater lift pumps are bronze or duplex units with a motor rated for 30 °C; these six are "
         "submerged-motor cryogenic pumps of aluminium and stainless steel rated to -163 °C with LNG-wetted "
         "cable penetrations, at 400,000 EUR each on the maker's list, for a Geoje shipyard supplier building "
         "gravity-based LNG modules for the Russian Arctic: goods for Russian LNG projects whose sale Regulation "
         "833/2014 forbids, from Le Havre to Busan; French wording (LNG pumps under water-pump labels repeat "
         "blind19 and dev21-d; kept as a repeat of the cover, a Korean shipyard route is the new part as far as "
         "a search found)", {"importer_country": "KR"}),
        ("STR-06", "import", "ITSEA01", "sea", "KR", [], "IT", "720827",
         "열연강판 (HRC) SS400, 2.3 mm, 한국산, 320 코일", "KR", 7200000, 320, 4600000, "USD",
         "Korean hot-rolled coil is rolled from slabs cast in Pohang or Gwangyang and sold with a mill "
         "certificate naming them; these 320 coils carry heat numbers that trace to slabs bought from a Russian "
         "integrated mill and rolled in a re-roller at Dangjin, so the steel was only rolled in Korea: iron and "
         "steel products processed in a third country from Russian-origin semi-finished steel, whose import "
         "Regulation 833/2014 forbids, by sea from Pyeongtaek to Ravenna; Korean wording (Russian slabs in "
         "third-country coil repeat blind104, through Türkiye, and blind145; kept as a repeat of the family, a "
         "Korean re-roller is the new part as far as a search found)", firm("Vega Acciai Srl", "IT")),
        ("STR-07", "transit", "LTSEA01", "sea", "JP", ["LT", "BY"], "KZ", "842952",
         "中古 油圧ショベル 20 t クラス, 4 台 (カザフスタン向け通過)", "JP", 80000, 4, 26000000, "JPY",
         "used Japanese excavators for Kazakhstan cross Lithuania and Belarus under a transit declaration "
         "sealed to Kazakh customs; these four were unloaded at Klaipėda, trucked to the Belarusian border and "
         "their transit was discharged in Minsk by a forwarder that sells to Belarusian state construction "
         "firms, never reaching Kazakhstan: machinery whose sale to Belarus Regulation 765/2006 forbids, "
         "diverted from a Union transit; Japanese wording (used excavators repeat in blind25 and blind141, to "
         "Kyrgyzstan and across Russia; Japanese excavators diverted in Belarus were found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "KR", "420221",
         "Sacs à main d'occasion, lot assorti, 40 pièces", "FR", 48, 40, 4000, "EUR",
         "mixed lots of second-hand handbags sell by the kilo at a few dozen euros a bag; these 40 are new, boxed "
         "crocodile and calf Birkin and Kelly bags with their receipts from Paris boutiques, worth over 20,000 EUR "
         "each, flown to a Busan reseller whose buyers are Russian couriers flying on to Vladivostok: luxury "
         "goods above 300 EUR whose sale for use in Russia Regulation 833/2014 forbids; French wording (luxury "
         "goods for Russia repeat in several sets; designer handbags via Busan were found in no earlier row by a "
         "keyword search)", {"importer_country": "KR"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "TW", "290941",
         "Diethylenglykol, technisch, Lösemittel für Kugelschreiberpasten, 40 Fässer", "DE", 9000, 40, 14000,
         "EUR",
         "diethylene glycol is a sweetish, odourless, viscous liquid of 1.12 kg/l sold cheaply in drums; these "
         "drums hold a liquid of 1.18 kg/l that smells faintly of rotten cabbage and whose certificate gives CAS "
         "111-48-8, for a Taichung ballpoint-ink maker: thiodiglycol, a Schedule 2 chemical (dual-use 1C350) "
         "whose transfer to a state not party to the Chemical Weapons Convention is forbidden and which left "
         "without the licence Regulation 2021/821 requires, from Hamburg to Taichung; German wording "
         "(thiodiglycol repeats in several sets; a ballpoint-ink solvent label to Taiwan was found in no earlier "
         "row by a keyword search)", {"importer_country": "TW"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "KR", "841989",
         "Edelstahl-Gärtanks für Kimchi- und Makgeolli-Herstellung, 2.000 l, gebraucht, 4 Stück", "DE", 14000, 4,
         16000, "EUR",
         "used stainless fermentation tanks for food makers are thin-walled, open-topped vessels at a few "
         "thousand euros; these four are jacketed, pressure-rated reactors with a blue glass-lined interior, "
         "agitators, PTFE-sealed nozzles and a 2B350 data plate, ordered by a Busan 'kimchi factory' with no "
         "factory whose payments came from a Damascus pharmaceutical trader: glass-lined reaction vessels "
         "(dual-use 2B350), exported without the licence Regulation 2021/821 requires, from Bremerhaven to "
         "Busan; German wording (glass-lined reactors repeat in a few sets; a kimchi and makgeolli tank label was "
         "found in no earlier row by a keyword search)", {"importer_country": "KR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "JP", [], "DE", "060290",
         "玉竜 (タマリュウ) 苗, 観賞用, 24 株", "JP", 1.5, 24, 6000, "JPY",
         "dwarf mondo-grass plugs (tamaryū) are grass-like tufts with white tubers, sold by the tray for a few "
         "hundred yen; these 24 are fan-shaped plants with thick, keeled, two-ranked leaves, silvery aerial roots "
         "wrapped in sphagnum and variegated leaves that collectors pay hundreds of euros for: fūkiran, the "
         "Japanese wind orchid (Vanda falcata, syn. Neofinetia falcata, CITES App. II), several wild-collected, "
         "without CITES documents or a phytosanitary certificate, posted from Nara to a private grower in "
         "Bremen; Japanese wording (orchids repeat in many sets, and a Chinese mondo-grass label covered orchids "
         "once, blind118; kept as a repeat of the cover family, Neofinetia under a Japanese tamaryū label was "
         "found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-02", "import", "NLAIR01", "air", "JP", [], "NL", "060290",
         "真柏 (シンパク) 盆栽, 樹齢50年以上, 素材, 8 鉢", "JP", 320, 8, 2400000, "JPY",
         "shimpaku juniper bonsai have scale-like, grey-green foliage and flaky, reddish bark with white deadwood; "
         "these eight have flat, dark-green needles in two rows, red arils on some and purplish, stringy bark, "
         "with collected root balls of mountain soil: wild-dug (yamadori) Japanese yew (Taxus cuspidata, CITES "
         "App. II, wild plants not exempt), without CITES documents, flown from Osaka to Amsterdam for a Boskoop "
         "bonsai nursery; Japanese wording (yews repeat in a few sets as tea, bark and leaves; a Taxus cuspidata "
         "bonsai under a shimpaku label was found in no earlier row by a keyword search)",
         firm("Horizon Bonsai BV", "NL")),
        ("WLF-03", "import", "ESSEA01", "sea", "JP", [], "ES", "060290",
         "Troncos de palmera Trachycarpus fortunei, cepellón, 1,5-2 m, 40 unidades", "JP", 24000, 40, 36000,
         "EUR",
         "Trachycarpus palms have slender, hairy brown trunks and fan leaves; these 40 have thick, armoured "
         "trunks of old leaf bases, stiff pinnate fronds cut back to a crown and old cone scars, dug on Kyushu and "
         "Amami hillsides: wild sago cycads (Cycas revoluta, CITES App. II, Cycadaceae), without CITES documents, "
         "by sea from Kagoshima via Busan to Valencia for a Levante garden centre; Spanish wording by a Japanese "
         "exporter (cycads repeat in several sets, as South African Encephalartos, once under a Cycas revoluta "
         "label in blind41; wild Japanese Cycas under a Trachycarpus label was found in no earlier row by a "
         "keyword search)", firm("Delta Viveros SL", "ES")),
        ("WLF-04", "import", "DEAIR01", "air", "JP", [], "DE", "010620",
         "スッポン 稚亀 (養殖), 活, 60 匹", "JP", 9, 60, 90000, "JPY",
         "farmed Chinese softshell hatchlings are flat, leathery, olive discs with a snorkel snout at a few "
         "hundred yen each; these 60 are hard-shelled, keeled, dark-brown turtles with a black-and-cream plastron "
         "and serrated rear shell edges: Ryukyu black-breasted leaf turtles (Geoemyda japonica, CITES App. II and "
         "a Japanese natural monument), taken from the forests of Okinawa, without CITES documents, flown from "
         "Naha via Haneda to Frankfurt for a Hamm reptile-fair trader; Japanese wording (turtles repeat in many "
         "sets, Reeves' turtles from Viet Nam once; Geoemyda was found in no earlier row by a keyword search)",
         firm("Alpina Terraristik GmbH", "DE")),
        ("WLF-05", "import", "DEAIR01", "express", "KR", [], "DE", "121120",
         "6년근 인삼 (재배), 수삼, 선물용, 2 kg", "KR", 2.0, 12, 2400000, "KRW",
         "six-year cultivated Korean ginseng is plump and pale, with a short neck, few fine roots and a field "
         "grower's tag; these twelve roots are thin, wrinkled and very old, with long necks dense with stem "
         "scars, long, wiry rootlets and moss in their wrapping, and a Vladivostok market receipt in the box, "
         "at 200,000 KRW a root: wild Russian-Far-East ginseng (Panax ginseng, CITES App. II for the Russian "
         "population), without CITES documents, sent by express from Busan to a private person in Frankfurt; "
         "Korean wording (ginseng repeats in several sets, as American Panax quinquefolius; wild Russian Panax "
         "ginseng under a Korean cultivated label was found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("WLF-06", "import", "ITAIR01", "air", "TW", [], "IT", "701890",
         "仿珊瑚 樹脂圓珠 (染色), 8-12 mm, 200 串", "TW", 14, 200, 60000, "TWD",
         "resin imitation coral beads are light, even, glossy red with a seam and no structure; these 200 strands "
         "are heavier, cold to the touch, ox-blood to salmon, with fine parallel striations, a white core spot "
         "and tiny worm holes, that fizz under a drop of acid: precious coral from Taiwanese and Japanese waters "
         "(Corallium japonicum / elatius, CITES App. III), without the certificate of origin App. III specimens "
         "need, flown from Taipei to Naples for a Torre del Greco workshop; Taiwanese (traditional Chinese) "
         "wording (precious coral repeats in several sets, as dyed bamboo coral in blind121; a resin-imitation "
         "label was found in no earlier row by a keyword search)", firm("Rivage Coralli Srl", "IT")),
        ("WLF-07", "import", "FRAIR01", "express", "KR", [], "FR", "300490",
         "공진단 (침향 공진단), 3.75 g × 30환, 오동나무 함", "KR", 0.6, 30, 900000, "KRW",
         "agarwood gongjindan are brown honey pills of deer antler, angelica, cornus and agarwood rolled in gold "
         "leaf and sold in paulownia boxes, and smell of herbs and incense; these 30 pills smell heavily of "
         "animal musk, and a cut pill shows dark, grainy musk: musk-deer musk (Moschus spp., CITES App. II, some "
         "populations App. I), the original gongjindan ingredient, without CITES documents, sent by express from "
         "Seoul to a private person in Paris; Korean wording (musk repeats in a few sets; a gongjindan label was "
         "found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-08", "import", "FRAIR01", "air", "MG", [], "FR", "060290",
         "Adenium obesum, jeunes plants à caudex, racines nues, 300 pièces", "MG", 90, 300, 1500, "EUR",
         "nursery Adenium are grafted, smooth, grey caudex seedlings grown in Thailand; these 300 are silver-"
         "grey, spiny, pot-bellied caudices with old field scars and dried soil on the roots, dug on the Isalo "
         "plateau for the Japanese caudex-plant ('塊根植物') boom: Pachypodium gracilius and P. rosulatum (CITES "
         "App. II), without CITES documents, flown from Antananarivo to Paris-Charles de Gaulle for a Paris "
         "plant shop whose buyers are Tokyo collectors; French wording by a Malagasy exporter (Pachypodium repeats "
         "in several sets, and desert-rose labels covered it in blind40 and blind133; kept as a repeat of the "
         "cover, a Paris re-export trade to Japan is the new part as far as a search found)",
         firm("Vega Plantes Rares SARL", "FR")),
        ("WLF-09", "import", "FRPOST01", "post", "JP", [], "FR", "691200",
         "茶道具 (稽古用): 抹茶碗 1点", "JP", 1.2, 1, 8000, "JPY",
         "a tea-ceremony parcel to a private tea teacher in Bordeaux: a practice tea bowl and a whisk are what such "
         "parcels hold, but the third item's 'resin caddy lids' are twelve creamy, cross-hatched lids with gold-"
         "leaf undersides that show Schreger lines under a lens: elephant-ivory lids (futa) for chaire tea caddies "
         "(Loxodonta/Elephas, CITES App. I/II), whose commercial import the Union's ivory rules forbid, without "
         "CITES documents, hidden as the last item of a three-item declaration, posted from Kyoto; Japanese "
         "wording (Japanese ivory repeats in many sets as hanko, netsuke and bachi; chaire lids were found in no "
         "earlier row by a keyword search)",
         dict(person("Mme Claire Martin", "FR"),
              _more_items=[item("441919", "茶筅 (百本立), 2 点", "JP", 0.1, 9000, "JPY", qty=2),
                           item("392690", "茶入 蓋 (樹脂製), 12 点", "JP", 0.2, 6000, "JPY", qty=12)])),
        ("WLF-10", "export", "ESSEA01", "sea", "ES", [], "TW", "030357",
         "Pescado congelado: colas de pez espada (Xiphias gladius), 18 t", "ES", 18000, None, 36000, "EUR",
         "frozen swordfish tails are round, fleshy cuts with a keeled caudal peduncle and a broad lunate fin; "
         "these cartons hold triangular, cartilage-rayed, skin-on fins cut in sets, from Vigo longliners' "
         "shortfin mako and oceanic whitetip catches, for a Kaohsiung fin processor: shark fins of CITES App. II "
         "species (Isurus oxyrinchus, Carcharhinus longimanus), exported without CITES export permits, from "
         "Vigo to Kaohsiung; Galician Spanish wording (mako and shark fins repeat in many sets; a swordfish-tail "
         "label to Taiwan was found in no earlier row by a keyword search)", {"importer_country": "TW"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "air", "KR", "BE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home aquaponics water treatment)", "KR", 4.6, 4,
     60, "EUR", [("PRECURSOR_LICENCE", "BE-SPF-51-0217")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "JP", "IT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "JP", 2, 2, 9000, "JPY",
     [("PRECURSOR_LICENCE", "IT-MI-51-0144")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "854921",
     "Waste printed circuit boards with components (A1180), for precious-metal recovery at a licensed Onsan smelter, 20 t",
     "DE", 20000, None, 30000, "EUR", [("BASEL_CONSENT", "DE-HH-51-0388")], "notified circuit-board scrap to a licensed recovery plant"),
    ("PRM-04", "waste", "export", "ITSEA01", "sea", "IT", "JP", "854919",
     "Spent sodium-sulphur battery modules, for recovery at the maker's licensed plant, 24 modules", "IT", 43200,
     24, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-51-0096")], "notified sodium-sulphur batteries to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "TW", "NL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "TW", 0.1, 10,
     24000, "TWD", [("ODS_LICENCE", "NL-ILT-ODS-51-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "JP", "DE", "290341",
     "HFC-134a (1,1,1,2-tetrafluoroethane), refillable 926 l tonnes, 10 t, within the importer's HFC quota", "JP",
     10000, 10, 90000, "USD", [("FGAS_QUOTA", "DE-UBA-HFC-51-0431")], "HFC-134a in refillable containers within quota"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "JP", "940529",
     "Émile Gallé, mushroom lamp, carved cameo glass, c. 1902, sold at auction with the export licence", "FR", 9, 1,
     180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-51-0207")], "Art Nouveau lamp exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTAIR01", "air", "PT", "JP", "970121",
     "Namban folding screen, six panels, ink, colour and gold on paper, c. 1610, loan sale with the export licence", "PT",
     28, 1, 1400000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-51-0031")],
     "painting exported with the EU export licence and the Portuguese permit"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "KR", "841989",
     "Glass-lined jacketed reactors, 2,000 l, 2 units, for a Korean pharmaceutical maker", "DE", 7000, 2, 260000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-51-2214"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-51-0119")],
     "dual-use glass-lined reactors under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "KR", "811299",
     "Hafnium crystal bar, reactor grade, 40 kg, for a Korean nuclear-fuel maker", "FR", 40, None, 96000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-51-0612"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-51-0044")],
     "dual-use hafnium under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "JP", "DE", "060290",
     "Vanda falcata (fūkiran), artificially propagated, 40 plants, with phytosanitary certificate", "JP", 4, 40,
     400000, "JPY", [("CITES_PERMIT", "JP-METI-51-03311"), ("PHYTOSANITARY_CERTIFICATE", "JP-PPS-51-88120")],
     "App. II orchids from a nursery with their export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "JP", "NL", "060290",
     "Taxus cuspidata bonsai, nursery-grown from cuttings, 6 pots, with phytosanitary certificate", "JP", 180, 6,
     1200000, "JPY", [("CITES_PERMIT", "JP-METI-51-03342"), ("PHYTOSANITARY_CERTIFICATE", "JP-PPS-51-88431")],
     "App. II yew bonsai from a nursery with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privato", "PRM-05": "Orion Analytical BV",
    "PRM-06": "Nordhafen Kältetechnik GmbH", "PRM-11": "Privatperson", "PRM-12": "Horizon Bonsai BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises
    ("220299", "Amazake (non-alcoholic rice drink), 125 ml cans", "import", ["sea"], ["JP"], (2, 4), (4000, 12000), ["USD", "JPY"], 7, S),
    ("381400", "Hobby lacquer thinner for plastic models, 250 ml, cartons", "import", ["sea"], ["JP"], (4, 7), (1000, 4000), ["USD"], 3, S),
    ("170290", "Jocheong rice-malt syrup, 1.2 kg jars", "import", ["sea"], ["KR"], (2, 4), (6000, 16000), ["USD"], 0.8, S),
    ("283650", "Gofun shell-white pigment, 500 g bags", "import", ["air"], ["JP"], (15, 30), (50, 300), ["USD", "JPY"], 2, S),
    ("253090", "Masato decomposed-granite bonsai soil, 20 kg sacks", "import", ["sea"], ["KR", "JP"], (0.4, 0.8), (10000, 22000), ["USD"], 0.05, S),
    ("210690", "Maesil-cheong green-plum extract, 1 l bottles", "import", ["sea"], ["KR"], (3, 5), (3000, 9000), ["USD"], 0.7, S),
    ("130231", "Agar powder for baking, 500 g", "import", ["post", "express"], ["TW", "JP"], (25, 45), (1, 3), ["USD", "TWD"], 2, S),
    ("170230", "Dextrose powder for confectionery, 1 kg bags", "import", ["post"], ["JP"], (6, 12), (1, 4), ["JPY", "USD"], 1, S),
    ("283630", "Baking soda, food grade, 454 g boxes", "import", ["sea"], ["TW", "US"], (0.6, 1.0), (6000, 14000), ["USD"], 2, S),
    ("330499", "Korean facial toner, 150 ml", "import", ["post", "express"], ["KR"], (40, 80), (1, 3), ["USD", "KRW"], 5, S),
    ("741021", "Copper-clad laminate sheets, FR-4, new", "import", ["sea"], ["TW", "KR"], (8, 12), (4000, 12000), ["USD"], None, S),
    ("251990", "Dead-burned magnesia grog, sintered, 3-5 mm", "export", ["sea"], ["TW", "KR"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("284190", "NCM 811 cathode active material, new, sealed drums", "import", ["sea"], ["KR", "JP"], (25, 40), (4000, 12000), ["USD"], None, S),
    ("440131", "Wood pellets ENplus A1, 15 kg bags", "export", ["sea"], ["JP", "KR"], (0.2, 0.3), (18000, 26000), ["EUR"], None, S),
    ("282300", "Titanium dioxide, anatase, technical", "import", ["sea"], ["JP", "CN"], (2.5, 3.5), (16000, 22000), ["USD"], None, S),
    ("320890", "Automotive refinish paint, solvent-borne, 1 l tins", "import", ["sea"], ["KR", "JP"], (6, 10), (3000, 9000), ["USD"], 1, S),
    ("841821", "Kimchi refrigerators, new, R-600a", "import", ["sea"], ["KR"], (4, 7), (6000, 14000), ["USD"], 0.012, S),
    ("350691", "Plastic model cement, 40 ml bottles", "import", ["sea"], ["TW", "JP"], (10, 20), (500, 2000), ["USD"], 20, S),
    ("851660", "Induction rice cookers, 1.0 l, boxed", "import", ["sea"], ["JP", "KR"], (10, 18), (3000, 8000), ["USD"], 0.2, S),
    ("841869", "Gelato batch freezers, new, R-290", "export", ["sea"], ["TW", "JP"], (20, 35), (1000, 4000), ["EUR"], 0.0025, S),
    ("830629", "Gilt-bronze Buddha statues, new, foundry-cast", "import", ["sea"], ["KR", "TW"], (15, 30), (500, 2000), ["USD"], 0.05, S),
    ("711620", "Izumo agate magatama pendants, new", "import", ["express"], ["JP"], (150, 300), (1, 2), ["JPY", "USD"], 40, S),
    ("940360", "Reproduction folding screens (byōbu), printed on paper, new", "import", ["sea"], ["JP"], (8, 15), (500, 2000), ["USD"], 0.1, S),
    ("940529", "Gallé-style cameo-glass table lamps, new", "export", ["air"], ["JP", "KR"], (40, 80), (100, 500), ["EUR"], 0.1, S),
    ("490590", "Reproduction antique maps, offset printed", "export", ["post"], ["TW", "JP"], (30, 60), (1, 3), ["EUR"], 4, S),
    ("442199", "Paiwan-style woodcarvings, new, Pingtung workshops", "import", ["air"], ["TW"], (10, 20), (100, 600), ["USD"], 0.1, S),
    ("691390", "New celadon decorative bowls, sea-aged finish", "import", ["sea"], ["KR"], (5, 9), (1000, 4000), ["USD"], 0.3, S),
    ("691390", "Contemporary porcelain moon jars", "import", ["air"], ["KR"], (40, 90), (100, 400), ["USD"], 0.05, S),
    ("830629", "Dōtaku replica bells, museum-shop bronze", "import", ["express"], ["JP"], (40, 80), (1, 3), ["JPY"], 0.3, S),
    ("940529", "Hanji paper table lamps, new", "import", ["sea"], ["KR"], (8, 14), (500, 2000), ["USD"], 0.5, S),
    ("847950", "Industrial robots, six-axis, new", "export", ["sea"], ["JP", "US"], (25, 45), (4000, 16000), ["EUR"], 0.001, S),
    ("950699", "Taekwondo body protectors (hogu), foam", "import", ["sea"], ["KR"], (6, 10), (1000, 4000), ["USD"], 1, S),
    ("841370", "Seawater centrifugal pumps, bronze, new", "export", ["sea"], ["KR", "NO"], (15, 30), (2000, 8000), ["EUR"], 0.005, S),
    ("420221", "Leather handbags, new, retail boxed", "export", ["air"], ["KR", "JP"], (300, 800), (100, 600), ["EUR"], 1, S),
    ("290941", "Diethylene glycol, technical, drums", "import", ["sea"], ["KR", "TW"], (0.9, 1.4), (16000, 22000), ["USD"], None, S),
    ("130219", "Korean red ginseng extract, 240 g jars", "import", ["post", "express"], ["KR"], (60, 120), (1, 3), ["USD", "KRW"], 4, S),
    ("701890", "Glass imitation coral beads, strung", "import", ["air"], ["TW", "CZ"], (15, 30), (50, 300), ["USD"], 20, S),
    ("441919", "Bamboo tea whisks (chasen)", "import", ["post"], ["JP"], (60, 120), (1, 2), ["JPY", "USD"], 20, S),
    ("760200", "Aluminium UBC scrap, sorted, baled", "export", ["sea"], ["KR", "VN"], (1.0, 1.5), (18000, 24000), ["EUR", "USD"], None, S),
    ("740400", "Copper scrap, No. 2 wire (ISRI 'Birch/Cliff'), sorted", "export", ["sea"], ["TW", "IN"], (6, 7.5), (16000, 22000), ["USD"], None, S),
    ("870323", "Classic Japanese sports cars, restored, air conditioning removed", "import", ["sea"], ["JP"], (15, 40), (1200, 2800), ["USD", "JPY"], 0.0007, S),
    ("851660", "Cassette gas stoves (portable butane), boxed", "import", ["sea"], ["JP", "KR"], (4, 8), (2000, 6000), ["USD"], 0.4, S),
    ("841850", "Sushi display cases (neta cases), new, R-290", "import", ["sea"], ["JP"], (15, 30), (500, 2000), ["USD", "JPY"], 0.02, S),
    ("490199", "Japanese tea-ceremony manuals, printed", "import", ["post"], ["JP"], (20, 40), (1, 3), ["JPY"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144 and blind152,
# blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new
# rows instead of blind152's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630291", "Cotton tenugui hand towels, printed", "import", ["post", "express"], ["JP"], (30, 60), (1, 3), ["JPY", "USD"], 12, N),
        ("401692", "Rubber erasers, retail packs", "import", ["sea"], ["JP", "CN"], (3, 6), (1000, 4000), ["USD"], 40, N),
        ("960840", "Mechanical pencils, plastic, retail cards", "import", ["sea"], ["JP", "TW"], (8, 15), (1000, 4000), ["USD"], 60, N),
        ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind153", 20510901, HERE)


if __name__ == "__main__":
    main()
