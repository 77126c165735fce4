#!/usr/bin/env python3
"""Writes the hundred-and-fifty-fourth blind set (tests/risk/data/blind154-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2051, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a mainland China, Hong Kong and Macau emphasis (origins, transit hubs, destinations,
traders, languages and covers drawn from that region's trade: the China-Europe rail
lines, Yiwu, Guangzhou, Shenzhen, Zhuhai, Chengdu, the Hong Kong dried-goods, watch and
trading-company trade, and Macau's Portuguese ties).
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
would. Ids are BL154-*:

    python3 tests/risk/data/make_blind154_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2051, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2051
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

CHINA_RAIL = ["KZ", "RU", "BY", "PL"]  # the China-Europe rail corridor through Dostyk and Brest

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "CN", [], "FR", "380894",
         "次氯酸水 消毒喷雾补充装 (微酸性, 200 ppm), 1 升 x 6 瓶", "CN", 7.0, 6, 180, "CNY",
         "hypochlorous-acid disinfectant water is a 200 ppm solution that weighs 1.00 kg/l and smells faintly of a "
         "swimming pool; these six bottles have vented caps, hold a water-clear liquid of 1.13 kg/l with no chlorine "
         "smell at all, whiten and sting the fingertips and fizz on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Shenzhen to a private person in Lyon; Simplified Chinese wording (hydrogen "
         "peroxide repeats in many sets and hypochlorite labels in a few, pool shock and a seed-soaking solution "
         "among them; a hypochlorous-acid water label was found in no earlier row by a keyword search)",
         person("Mme Sophie Lefèvre", "FR")),
        ("PRE-02", "import", "ESRAIL01", "rail", "CN", CHINA_RAIL + ["DE", "FR"], "ES", "282890",
         "84消毒液 (次氯酸钠 5%), 5 升桶装, 1,600 桶", "CN", 9600, 1600, 4800, "USD",
         "84-type household bleach is a pale-yellow sodium hypochlorite solution of about 1.08 kg/l that reeks of "
         "chlorine; these 5 l jugs hold a colourless, odourless liquid of 1.20 kg/l that foams on a rusty nail, "
         "bulges the jugs and bleaches the skin white, and the filler's drum labels in the same wagon read 'H2O2 "
         "50 %': hydrogen peroxide (Annex I above 12 %), on the Yiwu-Madrid train for a Cobo Calleja "
         "(Fuenlabrada) wholesaler whose bazaar customers sell to the public; Simplified Chinese wording (hydrogen "
         "peroxide repeats in many sets and disinfectant labels in several; an '84' bleach label on the Yiwu-Madrid "
         "rail line was found in no earlier row by a keyword search)", firm("Almacenes Oriente Cobo SL", "ES")),
        ("PRE-03", "import", "IEAIR01", "express", "HK", [], "IE", "300490",
         "白花油 (White Flower Embrocation) 補充裝, 1 公升 x 4 樽", "HK", 4.6, 4, 640, "HKD",
         "White Flower embrocation is a pale-green, oily liniment of wintergreen, menthol and eucalyptus sold in "
         "20 ml bottles; these four litre bottles hold a colourless liquid of 1.14 kg/l with a faint fruity smell "
         "and no menthol at all, and the supplier's drum label in the carton reads CAS 75-52-5: nitromethane (Annex "
         "I above 16 %), sent by express from Kwun Tong to a private person in Cork, although flammable liquids "
         "travel by express only as declared dangerous goods; Cantonese (traditional Chinese) wording "
         "(nitromethane repeats in many sets and oil and liniment covers in several; a White Flower label was "
         "found in no earlier row by a keyword search)", person("Mr Cian O'Sullivan", "IE")),
        ("PRE-04", "import", "NLRAIL01", "rail", "CN", CHINA_RAIL + ["DE"], "NL", "382499",
         "自热火锅发热包 (无焰加热剂), 50 克/包, 散装, 2 吨", "CN", 2000, 40000, 3000, "USD",
         "heating packs for self-heating hot pot are grey granules of quicklime, soda and a little aluminium that "
         "boil a cup of water within seconds; these 40,000 sachets hold a silver-grey, finely flaked powder that "
         "does nothing in water and goes off in a blinding flash with a loud report when a pinch is lit, and the "
         "inner liners read 'KClO4/Al 70/30': flash powder with about 70 % potassium perchlorate (Annex I above "
         "40 %), by rail from Chengdu to Tilburg for an 'Asian-food wholesaler' whose buyers assemble illegal "
         "bangers; Simplified Chinese wording (flash powder repeats in many sets and Liuyang pyrotechnics once; a "
         "self-heating hot-pot heating-pack label was found in no earlier row by a keyword search)",
         firm("Orion Aziatische Voeding BV", "NL")),
        ("PRE-05", "import", "ITAIR01", "air", "CN", [], "IT", "283311",
         "芒硝 (中药饮片, 朴硝精制), 1 公斤袋, 400 袋", "CN", 400, 400, 1200, "USD",
         "mang xiao, the mirabilite of Chinese medicine, is sodium sulphate decahydrate: large, clear, bitter-salty "
         "crystals that effloresce to a white crust in dry air; these 400 bags hold dry, cubic crystals that taste "
         "cooling-salty, draw damp, crackle and flare yellow on a gas ring, and a carton sheet gives CAS 7775-09-9, "
         "for a Via Paolo Sarpi herbal shop that sells to the public: sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Guangzhou to Milan; Simplified Chinese wording (sodium "
         "chlorate repeats in many sets and Glauber's salt once, blind64, on a dyers' label; a Chinese-medicine "
         "mang xiao label was found in no earlier row by a keyword search)", firm("Vega Erboristeria Orientale Srl", "IT")),
        ("PRE-06", "import", "IESEA01", "sea", "CN", [], "IE", "110819",
         "马蹄粉 (荸荠淀粉), 梧州, 250 克袋装, 16,000 袋", "CN", 4000, 16000, 4400, "USD",
         "water-chestnut flour is a coarse, gritty, off-white starch that sets into the translucent, springy "
         "cake of dim sum; these bags hold shiny, tasteless crystals that do not thicken hot water, spit violet "
         "sparks on a hot iron and carry CAS 3811-04-9 on the inner liners, for a Dublin Asian supermarket chain "
         "that sells to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, by sea from Nansha; Simplified Chinese wording (potassium chlorate repeats in many sets and "
         "starch covers in many; a water-chestnut flour label was found in no earlier row by a keyword search)",
         firm("Horizon Oriental Foods Ltd", "IE")),
        ("PRE-07", "import", "PLSEA01", "sea", "CN", [], "PL", "340250",
         "洗衣粉 (低泡, 无磷), 2 公斤袋, 10,000 袋", "CN", 20000, 10000, 7000, "USD",
         "low-foam laundry powder is a light (about 0.5 kg/l), perfumed white powder with blue speckles that "
         "foams in the hand; these 10,000 bags hold dense white prills of 0.9 kg/l with no perfume and no speckle "
         "that turn ice-cold in water, do not foam and test at 34 % N, for a Wólka Kosowska wholesaler whose stall "
         "tenants sell to the public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the "
         "public, by sea from Ningbo to Gdańsk; Simplified Chinese wording (ammonium nitrate repeats in many sets "
         "and detergent labels in a few, on other goods; a laundry-powder label on ammonium nitrate was found in "
         "no earlier row by a keyword search)", firm("Delta Hurt Chiński Sp. z o.o.", "PL")),
        ("PRE-08", "import", "EEAIR01", "express", "CN", [], "EE", "220890",
         "北京二锅头 (56°), 500 毫升 x 4 瓶", "CN", 2.8, 4, 160, "CNY",
         "Erguotou is a water-clear sorghum spirit of 0.92 kg/l with a strong, sweetish liquor smell that burns "
         "with a blue flame; these four bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow, do "
         "not burn and eat into a copper coin: about 65 % nitric acid (Annex I above 3 %), sent by express from "
         "Beijing to a private person in Tallinn who recovers gold from circuit boards, although corrosive liquids "
         "travel by express only as declared dangerous goods; Simplified Chinese wording (nitric acid repeats in "
         "many sets and clear-spirit covers in several; an Erguotou or baijiu label was found in no earlier row by "
         "a keyword search)", person("Hr Andres Tamm", "EE")),
        ("PRE-09", "import", "NLSEA01", "sea", "CN", [], "NL", "170260",
         "奶茶专用果糖 (F55 果葡糖浆), 2.5 公斤瓶, 4,800 瓶", "CN", 12000, 4800, 7200, "USD",
         "bubble-tea fructose syrup is a clear, runny, very sweet syrup of about 1.38 kg/l in squeeze bottles; "
         "these bottles are oily, tasteless to a cautious touch, weigh 1.84 kg/l, grow hot with a drop of water "
         "and blacken a sugar cube: about 96 % sulphuric acid (Annex I above 15 %), by sea from Guangzhou to "
         "Rotterdam for a bubble-tea supply web shop that sells to the public; Simplified Chinese wording "
         "(sulphuric acid repeats in many sets and syrup covers in many, crystalline fructose once, blind124, on "
         "another good; a bubble-tea fructose-syrup label was found in no earlier row by a keyword search)",
         firm("Meridian Bubble Supplies BV", "NL")),
        ("PRE-10", "import", "HUPOST01", "post", "CN", [], "HU", "210690",
         "四川冰粉粉 (手搓冰粉), 1 公斤袋 x 3", "CN", 3.1, 3, 150, "CNY",
         "Sichuan ice-jelly powder is a fine, faintly yellow vegetable gum that sets boiling water into a clear, "
         "wobbly jelly; these three bags hold white, crystalline grains that do not gel, draw damp within the "
         "hour and burn fiercely mixed with sugar, and a re-used inner bag reads 'NaClO4': sodium perchlorate "
         "(Annex I above 40 %), posted from Chengdu to a private person in Budapest; Simplified Chinese wording "
         "(sodium perchlorate repeats in many sets and powdered-food covers in many; an ice-jelly powder label was "
         "found in no earlier row by a keyword search)", person("Kovács Péter", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "HK", "844399",
         "Lege compatibele cartridgebehuizingen, nieuw, in dozen, 18 t", "NL", 18000, None, 5400, "EUR",
         "new empty compatible cartridge shells are clean, unprinted plastic housings packed in trays; these "
         "gaylords hold loose, used toner and inkjet cartridges of every brand with toner spilling from the "
         "hoppers and ink caked on the heads, collected from Dutch office-recycling bins: waste cartridges with "
         "toner and ink residues (08 03 17*, 16 02 16 among them), hazardous waste whose export to a non-OECD "
         "country is banned, from Rotterdam to Hong Kong for a trader that sends them on to Zhuhai, where the "
         "mainland bans solid-waste imports; Dutch wording (used cartridges repeat in several sets; a Zhuhai "
         "remanufacturing route through Hong Kong was found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "CN", "282550",
         "Kupfer(II)-oxid, technisch, für Keramikglasuren, Big Bags, 24 t", "DE", 24000, None, 9600, "EUR",
         "technical copper(II) oxide for glazes is a dry, fine, jet-black powder of 75 % copper with a data "
         "sheet; these big bags hold a wet, blue-green, clay-like filter cake that smells of ammonia and reads "
         "8 % copper, 6 % nickel and 2 % chromium with cyanide traces, from a Pforzheim electroplating shop's "
         "effluent press: electroplating sludge (11 01 09*), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Ningbo, where solid-waste imports are banned as well; German wording "
         "(electroplating sludge repeats in many sets under copper-concentrate and nickel-hydroxide labels; a "
         "copper-oxide glaze label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WST-03", "export", "SISEA01", "sea", "SI", [], "CN", "284690",
         "Mešani oksidi redkih zemelj (Nd, Pr, Dy), tehnični, sodi, 16 t", "SI", 16000, 80, 12800, "EUR",
         "mixed rare-earth oxides are dry, pale-blue to grey, free-flowing powders sold on an assay at tens of "
         "euros a kilo; these drums hold a black, oily, wet sludge that smells of cutting fluid, warms and smokes "
         "when it dries out, and is 60 % iron, from the grinding lines of a Slovenian sintered-magnet maker: "
         "NdFeB grinding sludge with oil (12 01 18*), hazardous waste whose export to a non-OECD country is "
         "banned, by sea from Koper to Shanghai for a Ganzhou 'separation plant'; Slovenian wording (NdFeB appears "
         "only in strategic rows and rare-earth labels in a few; magnet grinding sludge was found in no earlier "
         "waste row by a keyword search)", {"importer_country": "CN"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", ["HK"], "MO", "220421",
         "Vinho tinto do Douro, garrafas 75 cl, 6.000 garrafas", "PT", 4500, 6000, 21000, "EUR",
         "a Leixões container for a Macau importer of Portuguese goods: Douro wine and new azulejos are what "
         "Macau's Portuguese restaurants buy, but the third item's 'frigoríficos e arcas usados, testados' are 90 "
         "rusted fridges and chest freezers from a Porto scrap yard with cut cables, broken compressors and their "
         "original CFC-11 foam and refrigerant still inside: waste refrigeration equipment (20 01 23*), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, "
         "via Hong Kong; Portuguese wording (waste fridges repeat in many sets; a Portugal-Macau container is the "
         "new part as far as a search found: Macau appears in no earlier waste row)",
         dict({"importer_country": "MO"},
              _more_items=[item("690740", "Azulejos pintados à mão, novos, 40 m2", "PT", 600, 3200, "EUR"),
                           item("841821", "Frigoríficos e arcas congeladoras usados, testados, 90 unidades", "PT",
                                5400, 2700, "EUR", qty=90)])),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "CN", "690919",
         "Supporti ceramici a nido d'ape in cordierite, nuovi, per catalizzatori, 36 t", "IT", 36000, 240, 18000,
         "EUR",
         "new cordierite honeycomb substrates are clean, white, light ceramic blocks boxed in foam; these 240 "
         "steel-framed modules are grey-yellow, dusty, plugged with fly ash, and read about 1 % vanadium pentoxide "
         "and 8 % tungsten oxide on titania, pulled out of a Brindisi coal plant's DeNOx reactor: spent SCR "
         "catalyst (16 08 02*), hazardous waste whose export to a non-OECD country is banned, by sea from Taranto "
         "to Tianjin for a 'catalyst regeneration' buyer, although China bans solid-waste imports; Italian wording "
         "(spent catalysts repeat in many sets, vanadium among them, and a cordierite label once, blind119, on "
         "pizza stones; an SCR DeNOx catalyst was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("WST-06", "export", "ATRAIL01", "rail", "AT", ["CZ"] + list(reversed(CHINA_RAIL)), "CN", "282739",
         "Kupfer(II)-chlorid-Lösung, technisch, IBC 1.000 l, 20 Stück", "AT", 26000, 20, 5200, "EUR",
         "technical copper(II) chloride solution is a clear, emerald-green liquid with a certificate of analysis; "
         "these IBCs hold a dark, murky green-brown liquid with copper sludge at the bottom that fumes hydrogen "
         "chloride when opened, from a Styrian circuit-board plant's etching lines: spent cupric-chloride etchant "
         "(11 01 05*), hazardous waste whose export to a non-OECD country is banned, by rail from Vienna through "
         "Poland and Belarus to Chongqing; Austrian German wording (spent etchant repeats in many sets and "
         "cupric-chloride labels twice, blind115 and blind121; the rail route from Austria to China is the new "
         "part as far as a search found)", {"importer_country": "CN"}),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "CN", "701990",
         "Glasfiberarmerede kompositpaneler til genbrug som gangbroer, 30 t", "DK", 30000, 60, 3000, "EUR",
         "GFRP panels for reuse as footbridge decks are cut, sanded, tested and sold with a load certificate; "
         "these 60 sections are raw chunks of sawn wind-turbine blade with balsa core, split laminate, lightning "
         "cables and old paint, at 0.10 EUR/kg, from a Jutland repowering project: waste glass-fibre composites "
         "(wind-turbine blades), non-hazardous waste whose import China prohibits, so that the export is "
         "prohibited too, from Aarhus to Lianyungang for a 'composite recycler'; Danish wording (wind-turbine "
         "blade sections under GFRP-panel labels repeat in several sets, blind16, blind34, blind53 and blind54; "
         "kept as a repeat, a footbridge-reuse label to China is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "HK", "870892",
         "Silencieux d'échappement neufs, pièces de rechange, 2.400 pièces", "BE", 14400, 2400, 36000, "EUR",
         "new aftermarket silencers are shiny, boxed steel cans with a part number; these 2,400 are rusty, "
         "soot-blackened cans cut from scrapped cars with the flanges torched off, and each rattles with a "
         "ceramic monolith coated with platinum-group metals: used catalytic converters (16 08 01), waste whose "
         "import the mainland prohibits, from Antwerp to Hong Kong for a Foshan refiner; Belgian French wording "
         "(catalytic converters were found in no earlier waste row by a keyword search; a silencer label is the "
         "new part)", {"importer_country": "HK"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "HK", "390330",
         "Gerecycleerde ABS-korrels, zwart, post-industrieel, RoHS-conform, 22 t", "BE", 22000, None, 6600, "EUR",
         "post-industrial recycled ABS is even, glossy black granules from a single injection moulder with a RoHS "
         "test report; these bags hold shredded, mixed-colour casings of televisions, monitors and printers with "
         "screws, labels and foam still on them, and an XRF gun reads over 1 % bromine: plastic from waste "
         "electrical equipment with brominated flame retardants (POP-BDEs, 19 12 11*), hazardous waste whose "
         "export to a non-OECD country is banned, from Antwerp to Hong Kong; Flemish Dutch wording (brominated "
         "e-waste plastics repeat in several sets; a post-industrial RoHS label to Hong Kong is the new part as "
         "far as a search found)", {"importer_country": "HK"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "CN", "740400",
         "Materia prima di ottone riciclato conforme GB/T 38470-2019, torniture pulite, 25 t", "IT", 25000, None,
         75000, "EUR",
         "recycled brass raw material that meets the Chinese standard is clean, dry, sorted turnings of one alloy "
         "with under 1 % impurities and no oil; this container holds wet, dark, oil-soaked turnings that drip "
         "cutting emulsion, mixed with steel swarf, plastic and grinding dust, from Lumezzane screw-machine shops: "
         "oily metal swarf (12 01 09*, 12 01 18*), hazardous waste whose export to a non-OECD country is banned and "
         "which China does not admit as recycled raw material, from Genoa to Ningbo; Italian wording (swarf "
         "repeats in several sets and Lumezzane twice; a GB/T 38470 recycled-brass label was found in no earlier "
         "row by a keyword search)", {"importer_country": "CN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "CN", [], "NL", "291513",
         "甲酸甲酯 (发泡剂级), 250 公斤桶, 80 桶", "CN", 20000, 80, 24000, "USD",
         "methyl formate blowing agent is a light (0.98 kg/l), highly flammable, fruity-smelling liquid that "
         "boils at 32 °C and carries a flame mark; these 80 drums weigh 1.49 kg/l, do not burn, smell faintly "
         "sweet and boil at 24 °C, and a gas test gives trichlorofluoromethane: CFC-11, whose import into the "
         "Union is banned, by sea from Qingdao to Rotterdam for a spray-foam contractor's supplier; Simplified "
         "Chinese wording from Shandong (CFC-11 repeats in many sets and a methyl-formate label twice, blind89 and "
         "blind104; Shandong foam-grade drums to Rotterdam are the new part as far as a search found)",
         firm("Nordhafen Isolatie BV", "NL")),
        ("OZN-02", "import", "SKAIR01", "express", "CN", [], "SK", "842410",
         "车载水基型灭火器 620 毫升, 6 个", "CN", 3.2, 6, 180, "CNY",
         "water-based car extinguishers are light aluminium cans of foam concentrate that slosh like water; these "
         "six are heavy, their contents hiss out as a mist that vanishes at once, and the crimped valves are "
         "stamped '1211': halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products containing an "
         "ozone-depleting substance whose import into the Union is banned, sent by express from Yiwu to a private "
         "person in Žilina; Simplified Chinese wording (halon 1211 repeats in many sets and extinguisher labels in "
         "several, car-extinguisher labels among them (a water-based foam car spray in blind114); kept as a "
         "repeat, by express from Yiwu to Slovakia is the new part as far as a search found)",
         person("Ján Horváth", "SK")),
        ("OZN-03", "import", "FRSEA01", "sea", "CN", [], "FR", "841869",
         "炒冰机 (炒酸奶机) 单锅, R290 冷媒, 商用, 120 台", "CN", 7200, 120, 36000, "USD",
         "R-290 rolled-ice-cream machines carry a flammable-gas warning and hold about 150 g of propane; these "
         "120 cold plates carry a painted-over 'R404A' on the nameplates, their service ports read 16 bar at 20 °C "
         "and a leak detector set for propane stays silent: plug-in commercial refrigeration containing R-404A "
         "(GWP 3,922), whose placing on the Union market is banned, by sea from Guangzhou to Marseille-Fos for a "
         "dessert-kiosk supplier; Simplified Chinese wording (plug-in HFC refrigeration repeats in several sets "
         "and R-290 stickers in a few; a rolled-ice-cream machine label was found in no earlier row by a keyword "
         "search)", firm("Rivage Glaces Équipement SARL", "FR")),
        ("OZN-04", "import", "ITSEA01", "sea", "CN", [], "IT", "841850",
         "奶茶店水吧台 (冷藏工作台) 1.8 米, R600a, 60 台", "CN", 9000, 60, 27000, "USD",
         "bubble-tea undercounter fridges on R-600a hold about 80 g of isobutane and carry a flammable-gas "
         "label; these 60 workbenches have compressor labels reading 'R134a 420 g', no flammable-gas mark and "
         "HFC-134a in the circuit at the service port: plug-in commercial refrigeration containing an HFC with a "
         "GWP above 150, whose placing on the Union market has been banned since 2022, by sea from Guangzhou to "
         "Genoa for a Milan bubble-tea chain; Simplified Chinese wording (plug-in HFC refrigeration repeats in "
         "several sets; bubble-tea equipment was found in no earlier ozone row by a keyword search)",
         firm("Meridian Tè Bolle Srl", "IT")),
        ("OZN-05", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "290345",
         "HFC-134a 制冷剂, 13.6 公斤钢瓶, 800 瓶", "CN", 10880, 800, 12000, "USD",
         "HFC-134a cylinders read about 5.7 bar at 20 °C and carry a light-blue band; these 800 cylinders read "
         "9.1 bar, their shoulders are stamped 'R22' under the new sleeves, and a refrigerant identifier gives "
         "chlorodifluoromethane: HCFC-22, a controlled ozone-depleting substance moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Koper in transit from Ningbo to a Belgrade "
         "air-conditioning wholesaler; Simplified Chinese wording (HCFC-22 repeats in many sets and Koper and "
         "Belgrade in many; an HFC-134a sleeve on HCFC-22 in transit through Koper is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
        ("OZN-06", "import", "DEAIR01", "express", "HK", [], "DE", "340290",
         "鐘錶清洗液 (非氨型), 5 公升 x 4 桶", "HK", 28, 4, 1200, "HKD",
         "watch-cleaning solutions are naphtha- or water-based liquids of 0.75-1.0 kg/l that smell of petrol or "
         "soap; these four cans weigh 1.56 kg/l, smell faintly of ether, do not burn and boil at 47 °C, and the "
         "repacker's drums were stencilled 'F-113': CFC-113 (trichlorotrifluoroethane), whose import into the "
         "Union is banned, sent by express from a Hong Kong watch-parts dealer in Sham Shui Po to a Pforzheim "
         "watch-repair supplier; Cantonese (traditional Chinese) wording (CFC-113 repeats in several sets and a "
         "Vertrel label in a few, and watch-cleaning labels twice, blind71 and blind134; kept as a repeat, from a "
         "Sham Shui Po dealer in Hong Kong to Pforzheim is the new part as far as a search found)",
         firm("Central Uhrmacherbedarf GmbH", "DE")),
        ("OZN-07", "import", "HURAIL01", "rail", "CN", ["GR", "MK", "RS"], "HU", "732393",
         "不锈钢炒锅 (商用), 36 厘米, 1,200 个", "CN", 3600, 1200, 9600, "USD",
         "a restaurant-equipment container from Guangzhou for a Budapest Chinese-restaurant supplier, landed at "
         "Piraeus and railed north on the land-sea express line: woks and induction hobs are what such suppliers "
         "sell, but the third item's '空调铜管配件' are 200 disposable green cylinders of 13.6 kg with no copper "
         "fitting among them, their gas identified as chlorodifluoromethane: HCFC-22, whose import into the Union "
         "is banned, hidden as the last item of a three-item declaration; Simplified Chinese wording (HCFC-22 "
         "repeats in many sets; behind woks and induction hobs on the Piraeus-Budapest rail line is the new part as "
         "far as a search found)",
         dict(firm("Vega Kínai Konyhatechnika Kft.", "HU"),
              _more_items=[item("851660", "商用电磁炉 3.5 千瓦, 300 台", "CN", 2400, 15000, "USD", qty=300),
                           item("741220", "空调铜管配件 (喇叭口螺母, 接头), 200 箱", "CN", 2720, 1400, "USD", qty=200)])),
        ("OZN-08", "import", "CZPOST01", "post", "CN", [], "CZ", "291531",
         "昆虫标本毒瓶液 (乙酸乙酯), 250 毫升 x 8 瓶", "CN", 3.2, 8, 240, "CNY",
         "killing-jar fluid for insect collectors is ethyl acetate, a light (0.90 kg/l), fruity, flammable "
         "solvent; these eight bottles weigh 1.59 kg/l, smell sweet like chloroform, do not burn and boil at "
         "77 °C: carbon tetrachloride, the killing agent of old entomology manuals, whose import into the Union "
         "is banned outside licensed laboratory uses, posted from a Kunming insect-specimen dealer to a private "
         "collector in Brno; Simplified Chinese wording (carbon tetrachloride repeats in many sets and an "
         "ethyl-acetate label once, blind112, on bromochloromethane; a killing-jar label was found in no earlier "
         "row by a keyword search)", person("Ing. Tomáš Dvořák", "CZ")),
        ("OZN-09", "import", "PTSEA01", "sea", "MO", ["HK"], "PT", "841480",
         "Compressores centrífugos usados, drenados, para peças, 4 unidades", "MO", 28000, 4, 40000, "USD",
         "drained centrifugal compressors for parts come open, dry and strapped to skids; these four are whole "
         "1,000-tonne chiller packages taken out of a Cotai casino resort's plant room, still closed, with about "
         "450 kg of refrigerant each that the gauges show and nameplates read 'HCFC-123': equipment containing "
         "HCFCs, whose import into the Union is banned, by sea from Macau via Hong Kong to Leixões for a 'parts "
         "dealer'; Portuguese wording from Macau (HCFC-123 chillers repeat in many sets; from Macau is the new "
         "part as far as a search found)", firm("Horizon Climatização Lda", "PT")),
        ("OZN-10", "import", "DESEA01", "sea", "CN", [], "DE", "840682",
         "小型背压式汽轮发电机组, 200 千瓦, 2 套", "CN", 16000, 2, 180000, "USD",
         "a back-pressure steam turbine set has a steam chest, a gland-steam system and no refrigerant at all; "
         "these two skids have a hermetic turbo-expander, an evaporator and condenser, and about 600 kg of "
         "HFC-245fa each in the circuit, the working fluid on the plate: organic Rankine cycle units pre-charged "
         "with an HFC, placed on the Union market without the quota authorisation and declaration the F-gas "
         "Regulation requires, by sea from Tianjin to Hamburg for a biomass-plant builder; Simplified Chinese "
         "wording (HFC-245fa repeats in several sets, once in bulk as an ORC working fluid, blind19; pre-charged "
         "ORC units under a steam-turbine label were found in no earlier row by a keyword search)",
         firm("Alpina Energieanlagen GmbH", "DE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "CN", [], "DE", "710310",
         "和田玉籽料 (原石), 未加工, 6 块", "CN", 2.4, 6, 600, "CNY",
         "raw Hetian nephrite pebbles are river-worn, skin-coated boulders with no working marks; these six are "
         "thin, flat bi discs and a ring with bevelled edges, conical drill holes from both sides and white "
         "calcification over a yellow-green stone, with soil in the holes: Qijia-culture jades (about 2000 BC) "
         "dug in Gansu, whose export China forbids, brought in without the import licence Regulation 2019/880 "
         "requires for archaeological objects, sent by express from Lanzhou to a private collector in Munich; "
         "Simplified Chinese wording (Chinese jades repeat in many sets, Hongshan and Liangzhu among them; "
         "Qijia jades under a raw Hetian-pebble label were found in no earlier row by a keyword search)",
         person("Dr. Klaus Richter", "DE")),
        ("CUL-02", "import", "NLAIR01", "express", "CN", [], "NL", "392640",
         "贵州龙 树脂复制品 摆件, 3 件", "CN", 3.6, 3, 90, "USD",
         "resin Keichousaurus replicas are light, warm to the touch, with mould seams and an even painted "
         "matrix; these three are heavy, cold slabs of grey Triassic limestone with real bone, prepared with "
         "air-scribe marks and glued along a crack: Keichousaurus fossils from Xingyi, Guizhou, whose export "
         "China's fossil-protection rules forbid, brought in against Regulation 2019/880, sent by express from "
         "Guiyang to a private fossil dealer in Utrecht; Simplified Chinese wording (Chinese fossils repeat in "
         "several sets, Liaoning birds and dinosaur eggs among them; Keichousaurus was found in no earlier row by "
         "a keyword search)", person("Dhr. P. Visser", "NL")),
        ("CUL-03", "import", "NLSEA01", "sea", "CN", [], "NL", "442019",
         "莆田樟木雕刻佛像, 新品, 彩绘, 3 尊", "CN", 90, 3, 450, "USD",
         "new Putian camphor-wood carvings are pale, fresh-smelling wood under bright new paint and gilding; one "
         "of these three is a blackened, incense-soaked figure of a seated patriarch with worn lacquer over "
         "gesso, repairs in old nails and a sealed cavity in its back holding paper consecration scrolls dated "
         "in the Qing reign of Jiaqing: a village-temple statue stolen in Fujian, whose export China forbids, "
         "brought in without an import licence (Regulation 2019/880) and against the UNESCO 1970 convention, by sea "
         "from Xiamen to Rotterdam mixed into a new-carving order; Simplified Chinese wording (temple statues "
         "repeat in many sets; a Putian carving label was found in no earlier row by a keyword search)",
         firm("Orion Oosterse Kunst BV", "NL")),
        ("CUL-04", "import", "FRAIR01", "air", "CN", [], "FR", "480210",
         "手工宣纸 (生宣), 四尺, 空白, 10 刀", "CN", 30, 10, 300, "USD",
         "blank handmade Xuan paper comes in crisp, white 'dao' of 100 sheets; one of these ten bundles hides 40 "
         "brittle, brown fragments of hemp paper written in ink in Buddhist sutra script, with Uyghur and Brahmi "
         "glosses and sand in the folds: Turfan and Dunhuang manuscript fragments (5th-10th century) dug from "
         "Xinjiang sites, whose export China forbids, brought in without an import licence (Regulation 2019/880), "
         "flown from Urumqi to Paris for a dealer in Asian manuscripts; Simplified Chinese wording (Central Asian "
         "manuscripts repeat in a few sets, sutra prints once, blind52; a blank Xuan-paper label was found in no "
         "earlier row by a keyword search)", firm("Delta Manuscrits d'Asie SARL", "FR")),
        ("CUL-05", "import", "BEAIR01", "air", "CN", [], "BE", "970191",
         "ཐང་ཀ། 热贡唐卡, 新绘, 矿物颜料, 4 幅", "CN", 6, 4, 1600, "USD",
         "new Regong thangkas are bright, crisply painted cotton with fresh brocade mounts; one of these four is a "
         "dark, smoke-stained, cracked painting with a worn silk mount, a red-ink consecration mantra on the back "
         "and the print of a monastery's old inventory seal: a 17th-century thangka taken from a monastery in "
         "Qinghai, whose export China forbids, brought in without the importer statement Regulation 2019/880 "
         "requires, flown from Xining to Brussels for an Asian-art fair dealer; Tibetan and Simplified Chinese "
         "wording (thangkas repeat in many sets; a Regong workshop label was found in no earlier row by a keyword "
         "search)", firm("Central Himalaya Art SPRL", "BE")),
        ("CUL-06", "export", "FRAIR01", "air", "FR", [], "HK", "691390",
         "Vases en porcelaine, reproductions de Jingdezhen, modernes, 2 pièces", "FR", 9, 2, 240, "EUR",
         "modern Jingdezhen reproductions are bright, evenly fired, with a printed or stencilled reign mark; these "
         "two are an imperial Qianlong-marked famille-rose vase and a Kangxi blue-and-white one with an old "
         "inventory label scraped off, listed as stolen from a French château museum's Chinese collection: "
         "cultural goods over 50 years old and far above the value threshold, exported without the licence "
         "Regulation 116/2009 requires, flown from Paris to Hong Kong for a Chinese buyer; French wording (stolen "
         "museum objects repeat in several sets; a Jingdezhen-reproduction label to Hong Kong was found in no "
         "earlier row by a keyword search)", {"importer_country": "HK"}),
        ("CUL-07", "export", "FRAIR01", "air", "FR", [], "HK", "491191",
         "Reproduction giclée sur toile, abstraction, encadrée, 1 pièce", "FR", 14, 1, 180, "EUR",
         "a framed giclée reproduction is inkjet-printed canvas with an even, dotted surface; this one is thick, "
         "layered oil paint with brushwork and a signature in Chinese and pinyin, dated 1959, and a Paris gallery "
         "label on the stretcher: an oil painting by a Paris-school Chinese master worth millions, exported "
         "without the licence Regulation 116/2009 requires for paintings over 50 years old and above the value "
         "threshold, flown from Paris to Hong Kong for an auction consignor; French wording (paintings under "
         "reproduction labels repeat in several sets; a giclée label to Hong Kong was found in no earlier row by "
         "a keyword search)", {"importer_country": "HK"}),
        ("CUL-08", "import", "PTAIR01", "air", "MO", [], "PT", "491191",
         "Caligrafia chinesa moderna, impressões decorativas, 30 folhas", "MO", 2, 30, 150, "MOP",
         "modern printed calligraphy is crisp, even ink on new paper; these 30 sheets are foxed, brown Qing-period "
         "handwritten documents on thin paper with the red square seals of the Xiangshan magistrate and "
         "Portuguese archive numbers in pencil: chapas sínicas, 18th-19th century correspondence between Chinese "
         "officials and the Leal Senado, taken out of a Macau archive, whose export Macau's heritage law forbids, "
         "brought in without the importer statement Regulation 2019/880 requires, flown from Macau to Lisbon for "
         "a dealer; Portuguese wording from Macau (calligraphy labels repeat in several sets; Macau documents were "
         "found in no earlier row by a keyword search)", firm("Meridian Livros Antigos Lda", "PT")),
        ("CUL-09", "import", "BESEA01", "sea", "CN", [], "BE", "940360",
         "仿古榆木家具, 新品, 1 柜", "CN", 4200, 60, 16000, "USD",
         "a Ningbo container of reproduction furniture for an Antwerp antiques dealer: elm cabinets and ceramic "
         "garden stools are what such workshops ship, but the third item's '仿古石雕板' are four heavy, worn "
         "limestone slabs carved in flat relief with chariots, feasting scenes and a gate-tower, with tomb "
         "mortar on the edges and the backs split off: Han-dynasty pictorial stones (huaxiangshi) taken from "
         "tombs in Shandong or Henan, whose export China forbids, brought in without an import licence "
         "(Regulation 2019/880), hidden as the last item of a three-item declaration; Simplified Chinese wording "
         "(Chinese tomb sculpture repeats in several sets; Han pictorial stones were found in no earlier row by a "
         "keyword search)",
         dict(firm("Vega Antiek BV", "BE"),
              _more_items=[item("691390", "陶瓷花园凳, 新品, 120 件", "CN", 1800, 2400, "USD", qty=120),
                           item("680299", "仿古石雕板, 园林装饰, 4 块", "CN", 1400, 400, "USD", qty=4)])),
        ("CUL-10", "import", "ITPOST01", "post", "CN", [], "IT", "830629",
         "风水铜钱 (仿古), 新品, 120 枚", "CN", 1.6, 120, 60, "CNY",
         "new feng-shui coins are bright brass rounds with a square hole strung on red cord; these 120 are "
         "corroded, green-crusted bronze spade and knife money and Ban Liang coins with earth in the crevices: "
         "Warring States and Qin-Han coinage dug in China, whose export China forbids, brought in without the "
         "importer statement Regulation 2019/880 requires, posted from Xi'an to a private collector in Bologna; "
         "Simplified Chinese wording (ancient coins repeat in many sets; a feng-shui-coin label was found in no "
         "earlier row by a keyword search)", person("Sig. Marco Ferrari", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "HK", "854141",
         "SMD-LED-Chips 5050, Rollen, 400.000 Stück", "DE", 60, 400000, 8000, "EUR",
         "5050 SMD LEDs are cheap, flat, yellow-phosphor squares on paper tape at a few cents each; these reels "
         "hold black, 64-pin microcontrollers and FPGAs in moisture-barrier bags with a European maker's date "
         "codes, worth a hundred times the declared value, for a Hong Kong trading company registered a year ago "
         "at a Kwun Tong secretarial address whose buyers are in Russia: integrated circuits (8542 31, 8542 39) on "
         "the common high-priority list whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Frankfurt; German wording (integrated circuits to Hong Kong fronts repeat "
         "in several sets and an LED-chip label once, blind130, on grow-light chips; SMD LED reels to a Hong Kong "
         "front are the new part as far as a search found)",
         {"importer_country": "HK"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "CN", "847780",
         "Wickelmaschine für GFK-Rohre, 2 Achsen, 1 Anlage", "DE", 14000, 1, 90000, "EUR",
         "a two-axis GRP pipe winder lays glass roving on a steel mandrel for water pipes; this machine has four "
         "coordinated CNC axes, a programmable delivery eye and a mandrel for closed-end pressure vessels of "
         "600 mm, and the Weihai consignee is a carbon-composites maker on a military end-use list: a "
         "filament-winding machine (dual-use 1B001), exported without the licence Regulation 2021/821 requires, "
         "from Hamburg to Qingdao; German wording (filament winders repeat in many sets and a GRP pipe-winder "
         "label once, blind63, on a used Danish machine; kept as a repeat, a new machine for a Weihai composites "
         "maker is the new part as far as a search found)", {"importer_country": "CN"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "HK", "850440",
         "Labornetzgeräte, gebraucht, geprüft, 24 Stück", "DE", 480, 24, 4800, "EUR",
         "used bench power supplies are light boxes with two dials and a display at a few hundred euros; these 24 "
         "are four-port vector network analysers to 67 GHz and signal generators with a Munich maker's "
         "calibration stickers, at 200 EUR each for instruments worth 150,000, for a Hong Kong firm whose last "
         "consignments went on to Moscow: test equipment controlled under dual-use 3B and on the common "
         "high-priority list, whose export for use in Russia Regulation 833/2014 forbids, flown from Munich; "
         "German wording (network analysers repeat in several sets and a bench-power-supply label once, blind66, "
         "on spectrum analysers; kept as a repeat, to a Hong Kong front is the new part as far as a search found)",
         {"importer_country": "HK"}),
        ("STR-04", "import", "DESEA01", "sea", "CN", [], "DE", "970191",
         "大芬村油画 (手绘临摹), 装饰画, 200 幅", "CN", 800, 200, 6000, "USD",
         "Dafen village copies are quick, bright oil copies of Western paintings on cheap canvas at a few dollars "
         "each; these 200 are large socialist-realist landscapes and portraits in one studio manner, with Korean "
         "inscriptions under the paint and the stamp of Mansudae Art Studio on the stretchers: paintings of the "
         "North Korean studio under UN and Union sanctions (Regulation 2017/1509), relabelled in Shenzhen, by sea "
         "to Hamburg for a decor wholesaler; Simplified Chinese wording (Mansudae works repeat in a few sets; a "
         "Dafen oil-painting label was found in no earlier row by a keyword search)",
         firm("Nordhafen Wanddekor GmbH", "DE")),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "CN", "903180",
         "Modules capteurs de mouvement pour casques de réalité virtuelle, 40 pièces", "FR", 120, 40, 6000, "EUR",
         "VR-headset motion sensors are thumbnail MEMS chips at a few euros; these 40 are 3 kg, sealed "
         "fibre-optic gyroscope units with a bias stability of 0.01°/h and a Brittany maker's serial plates, "
         "for a Shenzhen 'VR' firm that forwards to an Iranian drone programme: navigation-grade gyroscopes "
         "(dual-use 7A001), also listed in the Iran regulation, exported without a licence, flown from Paris; "
         "French wording (gyroscopes repeat in many sets and a VR-headset label once, blind117, on other goods; "
         "VR motion-sensor modules were found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "CN", "900211",
         "Projectielensmodules voor beamers, 6 kisten", "NL", 2400, 6, 9000, "EUR",
         "projector lens modules are small plastic-bodied assemblies in foam; these six crates hold large, "
         "nitrogen-purged, fluid-cooled lens and wafer-stage sub-assemblies with a Veldhoven maker's "
         "part numbers for 193 nm immersion scanners, for a Shanghai 'projector maker' next to a chip fab: spare "
         "parts for advanced DUV lithography, whose export to China the Dutch national licence requirement covers, "
         "exported without it, from Rotterdam; Dutch wording (lithography repeats in a few sets; a beamer-lens "
         "label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-07", "export", "ITAIR01", "air", "IT", [], "HK", "845430",
         "Macchina per microfusione di gioielli, sottovuoto, 1 unità", "IT", 1800, 1, 24000, "EUR",
         "a jewellery vacuum-casting machine melts a kilo or two of gold in a small crucible; this one is a "
         "vacuum induction furnace with a 20 kg crucible, a 10-3 Pa vacuum and a 1,600 °C rating, ordered by a "
         "Shuibei jewellery trader in Shenzhen through a Hong Kong front whose freight goes on to Iran: a vacuum "
         "induction furnace (dual-use 2B227), exported without a licence, flown from Vicenza via Milan; Italian "
         "wording (induction furnaces repeat in many sets and a goldsmith's casting-machine label once, blind125; "
         "kept as a repeat, to a Shuibei trader through Hong Kong is the new part as far as a search found)",
         {"importer_country": "HK"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "HK", "401120",
         "Pneus neufs pour poids lourds et disques de frein, 1 lot", "FR", 3200, 40, 12000, "EUR",
         "new truck tyres are tread-patterned rubber with an E-mark; this lot is 24 aircraft main-wheel tyres and "
         "16 carbon brake assemblies with an aircraft maker's part numbers, for a Hong Kong 'fleet supplier' that "
         "services Russian airlines' A320s: aircraft parts, whose sale for use in Russia Regulation 833/2014 "
         "forbids, flown from Toulouse; French wording (aircraft tyres under truck-tyre labels repeat in several "
         "sets, blind23, blind34 and blind111 among them; kept as a repeat, with carbon brakes to a Hong Kong fleet "
         "supplier is the new part as far as a search found)", {"importer_country": "HK"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "CN", "761090",
         "Estructuras de aluminio para montaje fotovoltaico, 1 contenedor", "ES", 9000, None, 27000, "EUR",
         "a solar-farm container for a Shenzhen 'EPC contractor': aluminium mounting rails and PV cable are what "
         "such contractors buy, but the third item's 'cajas combinadoras fotovoltaicas' are 30 frequency changers "
         "with a 600-2,000 Hz multi-phase output and under 0.2 % frequency control, with no DC input at all, for "
         "an Iranian centrifuge plant: frequency changers (dual-use 3A225), also listed in the Iran regulation, "
         "exported without a licence and hidden as the last item of a three-item declaration, from Valencia; "
         "Spanish wording (frequency changers repeat in many sets; a PV combiner-box label was found in no earlier "
         "row by a keyword search)",
         dict({"importer_country": "CN"},
              _more_items=[item("854449", "Cable solar PV 6 mm2, 120 bobinas", "ES", 3600, 14000, "EUR", qty=120),
                           item("853720", "Cajas combinadoras fotovoltaicas 1.500 V, 30 unidades", "ES", 900,
                                3000, "EUR", qty=30)])),
        ("STR-10", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU", "KZ"], "CN", "853710",
         "SPS-Steuerungen für Verpackungsmaschinen, 60 Stück", "DE", 1200, 60, 30000, "EUR",
         "packaging-machine PLCs are small rail-mounted controllers at a few hundred euros; these 60 are complete "
         "CNC control units with operator panels and drive modules for five-axis machining centres, consigned "
         "from Duisburg to a Chengdu forwarder whose wagons from this train were uncoupled at Vorsino near Moscow: "
         "numerical-control units on the common high-priority list whose sale for use in Russia and transit "
         "through Russia Regulation 833/2014 forbids; German wording (CNC controls repeat in several sets; a "
         "packaging-machine label on the China rail line was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRPOST01", "post", "HK", [], "FR", "170490",
         "山楂丸 (兒童消滯糖丸), 100 粒裝, 20 盒", "HK", 1.4, 20, 600, "HKD",
         "hawthorn pills are sweet-sour, red-brown candy balls at a few dollars a box; these 20 boxes hold "
         "wax-sealed, gold-foiled pills that smell strongly of musk and carry a Beijing pharmacy's batch numbers "
         "for Angong Niuhuang Wan made with natural musk, at about 80 EUR a pill: musk (Moschus spp., CITES App. "
         "II) in a medicine without CITES documents, posted from Hong Kong to a private person in Paris; "
         "Cantonese (traditional Chinese) wording (musk medicines repeat in several sets, Pien Tze Huang once, "
         "blind4; a hawthorn-pill label was found in no earlier row by a keyword search)",
         person("M. Wei Zhang", "FR")),
        ("WLF-02", "import", "NLAIR01", "air", "CN", [], "NL", "961519",
         "牦牛角梳坯 (未打磨), 8 公斤", "CN", 8, None, 240, "USD",
         "yak-horn comb blanks are black, fibrous, opaque slabs that smell of burnt hair when cut; these 8 kg are "
         "thin, translucent, amber-white slices and shavings of ringed horn with a dark core, the pith still in "
         "some: saiga antelope horn (Saiga tatarica, CITES App. II, zero export quota for wild specimens), for a "
         "Chinese-medicine wholesaler in Amsterdam, flown from Guangzhou; Simplified Chinese wording (saiga horn "
         "repeats in many sets and goat-horn labels in several; a yak-horn comb label was found in no earlier row "
         "by a keyword search)", firm("Horizon TCM Groothandel BV", "NL")),
        ("WLF-03", "import", "FRAIR01", "air", "CN", [], "FR", "950300",
         "潍坊小风筝 (竹骨), 工艺品, 400 只", "CN", 24, 400, 400, "USD",
         "Weifang miniature kites are painted silk or paper on split-bamboo frames and weigh a few grams; these "
         "400 are flattened, dried lizards with a blue-grey, orange-spotted skin stretched on bamboo splints in "
         "pairs: tokay geckos (Gekko gecko, CITES App. II since 2019) for Chinese medicine, without CITES "
         "documents, flown from Nanning to Paris for a Belleville herbalist; Simplified Chinese wording (tokay "
         "geckos repeat in many sets; a kite label on them was found in no earlier row by a keyword search)",
         firm("Rivage Herboristerie Chinoise SARL", "FR")),
        ("WLF-04", "import", "ESPOST01", "post", "CN", [], "ES", "090230",
         "安溪铁观音 (乌龙茶), 浓香型, 250 克 x 8 罐", "CN", 2.2, 8, 800, "CNY",
         "Tieguanyin is oolong rolled into tight, dark-green balls that unfurl into whole leaves in hot water; "
         "these eight tins hold golden, twisted spirals of orchid stem with aerial roots and no leaf, which "
         "unroll into jointed stems: wild Dendrobium 'fengdou' (Orchidaceae, CITES App. II) without CITES "
         "documents, posted from Kunming to a private buyer in Valencia; Simplified Chinese wording (Dendrobium "
         "fengdou repeats in a few sets; an oolong-tea label was found in no earlier row by a keyword search)",
         person("Sra. Li Mei Chen", "ES")),
        ("WLF-05", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "071239",
         "Hongos secos (callampas), cajas de 10 kg, 30 cajas", "PE", 300, 30, 4500, "USD",
         "dried Andean mushrooms are brown, wrinkled, aromatic slices; these 30 cartons hold dark, comb-like, "
         "dried gill rakers in pairs that smell of fish: mobulid ray gill plates (Mobula spp., CITES App. II) "
         "without the Peruvian export permit that specimens in transit through the Union must carry, landed at "
         "Madrid in transit from Lima to Hong Kong for the Guangzhou medicine trade; Peruvian Spanish wording "
         "(gill plates repeat in many sets and dried-mushroom labels in a few, on other goods; an air transit "
         "through Madrid from Peru is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-06", "import", "CZAIR01", "express", "CN", [], "CZ", "010690",
         "中国火龙 (东方蝾螈) 幼体, 人工繁殖, 20 只", "CN", 1.5, 20, 200, "USD",
         "Chinese fire-bellied newts are small, black, orange-bellied newts a few centimetres long; these 20 are "
         "grey-brown, wrinkled, broad-headed larvae with tiny eyes and frilled skin folds along the flanks: "
         "juvenile Chinese giant salamanders (Andrias davidianus, CITES App. I) without CITES documents, sent by "
         "express from a Guangzhou pet market to a private keeper in Prague; Simplified Chinese wording (giant "
         "salamanders repeat in a few sets; a fire-bellied-newt label was found in no earlier row by a keyword "
         "search)", person("Jakub Novotný", "CZ")),
        ("WLF-07", "import", "ITAIR01", "air", "CN", [], "IT", "701810",
         "珊瑚色玻璃珠, 8 毫米, 200 串", "CN", 30, 200, 600, "USD",
         "coral-coloured glass beads are even, glossy, perfectly round and glassy at a chipped edge; these 200 "
         "strands are slightly irregular, dense red beads with fine longitudinal striations and a white core "
         "showing in the drill holes, fizzing in a drop of acid: precious red coral (Corallium spp., CITES App. "
         "III listed by China) exported from China without the CITES export permit that listing requires, flown "
         "from Xiamen to Naples for a Torre del Greco workshop; Simplified Chinese wording (coral repeats in many "
         "sets and Torre del Greco twice; a glass-bead label on red coral from China was found in no earlier row "
         "by a keyword search)", firm("Meridian Coralli Srl", "IT")),
        ("WLF-08", "export", "IEAIR01", "air", "IE", [], "HK", "392640",
         "Decorative resin cup, Chinese style, reproduction, 1 pc", "IE", 1.2, 1, 150, "EUR",
         "a resin reproduction cup is light, warm and shows a mould seam; this one is heavy, fibrous, honey-brown "
         "horn carved with dragons and pine, with a hair-like grain under the lens: a 17th-century rhinoceros-horn "
         "libation cup (Rhinocerotidae, CITES App. I), exported without the re-export certificate the Union "
         "refuses for raw and worked rhino horn, flown from Shannon to Hong Kong for a Chinese buyer; Irish "
         "English wording (rhino-horn cups repeat in several sets; from Ireland under a resin label is the new "
         "part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-09", "import", "DESEA01", "sea", "CN", [], "DE", "940360",
         "中山大涌红木家具 (缅甸花梨, 大果紫檀), 客厅套装, 6 套", "CN", 3600, 6, 30000, "USD",
         "Burmese padauk furniture (Pterocarpus macrocarpus) is orange-brown, coarse-pored and smells faintly of "
         "wood; these six sets are dense, dark purple-red wood with black streaks and a strong, sweet, rosy smell "
         "when planed, and fluoresce dull under UV: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II) "
         "without CITES documents, by sea from Zhongshan's Dachong furniture town to Hamburg for a Chinese "
         "restaurant owner's import firm; Simplified Chinese wording (Siamese rosewood repeats in several sets and "
         "padauk labels in many; Zhongshan hongmu furniture was found in no earlier row by a keyword search)",
         firm("Central Möbelimport GmbH", "DE")),
        ("WLF-10", "import", "NLAIR01", "air", "HK", [], "NL", "030489",
         "急凍石斑魚柳, 真空包裝, 10 公斤箱, 24 箱", "HK", 240, 24, 4800, "USD",
         "frozen grouper fillets are white, firm, with a dark-spotted brown skin; these 240 kg are thick, "
         "bluish-white fillets with greenish skin patterned in fine wavy lines and thick, oversized scales: "
         "humphead (Napoleon) wrasse (Cheilinus undulatus, CITES App. II) from Hong Kong's live-reef-fish trade, "
         "without CITES documents, flown from Hong Kong to Amsterdam for a Chinese seafood restaurant; Cantonese "
         "(traditional Chinese) wording (humphead wrasse repeats in a few sets and grouper labels in a few; as "
         "frozen fillets from Hong Kong by air is the new part as far as a search found)",
         firm("Orion Zeevruchten Import BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "HK", "IE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine racing)", "US", 4.6, 4, 160, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-51-0219")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "EEAIR01", "air", "CN", "EE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (precious-metal refining)", "CN", 2.8, 2, 40, "EUR",
     [("PRECURSOR_LICENCE", "EE-PPA-51-0044")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "RS", "DE", "381590",
     "Spent SCR DeNOx catalyst modules (16 08 02*), for regeneration at a licensed plant, 18 t", "RS", 18000, 120, 0,
     "EUR", [("BASEL_CONSENT", "DE-BY-51-0318")], "notified spent SCR catalyst to a licensed regeneration plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "HK", "BE", "854912",
     "Waste printed circuit boards (A1180), for precious-metal recovery at a licensed smelter, 20 t", "HK", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-51-0127")], "notified e-scrap to a licensed precious-metal smelter"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "CN", "CZ", "290314",
     "Carbon tetrachloride, analytical reagent 99.9 %, 10 x 500 ml, for essential laboratory use", "CN", 8, 10, 400,
     "USD", [("ODS_LICENCE", "CZ-MZP-ODS-51-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290345",
     "HFC-134a, bulk, 930 kg returnable tonne cylinders, 12, within the importer's quota", "CN", 11160, 12, 60000,
     "USD", [("FGAS_QUOTA", "NL-ILT-FG-51-0211")], "bulk HFC-134a placed on the market within quota"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "HK", "691390",
     "Famille-rose porcelain vase, Qianlong mark and period, documented French collection since 1921", "CN", 5, 1,
     420000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-51-0622")], "porcelain exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTAIR01", "air", "PT", "MO", "970191",
     "Oil painting, view of the Praia Grande, Macau, Chinnery school, c. 1840, sold at auction with the export licence",
     "MO", 8, 1, 160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-51-0088")],
     "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "HK", "903040",
     "Vector network analyser, 4 ports, 67 GHz, 1 unit, for a Hong Kong university laboratory", "DE", 120, 1, 180000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-51-2214"), ("END_USER_CERTIFICATE", "HK-TID-EUC-51-0093")],
     "dual-use network analyser under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "CN", "847780",
     "Filament-winding machine, 4 axes, 1 unit, for a Chinese maker of composite water tanks", "DE", 14000, 1, 380000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-51-2307"), ("END_USER_CERTIFICATE", "CN-MOFCOM-EUC-51-0412")],
     "dual-use filament winder under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "CN", "ES", "121190",
     "Dendrobium officinale stems, dried, artificially propagated, 20 kg", "CN", 20, None, 6000, "USD",
     [("CITES_PERMIT", "CN-CITES-51-0877")], "App. II propagated Dendrobium with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "CN", "IT", "960190",
     "Red coral (Corallium) beads and carvings, 2 kg, with the export permit for the App. III listing", "CN", 2, None,
     24000, "USD", [("CITES_PERMIT", "CN-CITES-51-0913")], "App. III red coral from China with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private person", "PRM-02": "Eraisik", "PRM-05": "Central Analytika s.r.o.",
    "PRM-06": "Nordhafen Koeltechniek BV", "PRM-11": "Rivage Herbolario SL", "PRM-12": "Alpina Coralli Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (45 rows): the lawful twins of this set's disguises
    ("380894", "Hypochlorous-acid disinfectant water, 200 ppm, spray refills", "import", ["post"], ["CN"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("282890", "Sodium hypochlorite bleach 5 %, 5 l jugs", "import", ["rail"], ["CN"], (0.4, 0.8), (8000, 20000), ["USD"], 0.2, S),
    ("300490", "White Flower embrocation, 20 ml bottles", "import", ["express"], ["HK"], (40, 80), (1, 2), ["USD", "EUR"], 40, S),
    ("210690", "Self-heating vegetarian hot-pot meals with heating pack", "import", ["rail", "sea"], ["CN"], (3, 6), (4000, 12000), ["USD"], 2, S),
    ("283311", "Mirabilite (mang xiao), Chinese herbal medicine grade, 1 kg bags", "import", ["air"], ["CN"], (2, 4), (100, 500), ["USD"], 1, S),
    ("110819", "Water-chestnut starch, 250 g bags", "import", ["sea"], ["CN", "TH"], (1.5, 3), (5000, 12000), ["USD"], 4, S),
    ("340250", "Laundry powder, low-foam, 2 kg bags", "import", ["sea"], ["CN"], (0.8, 1.4), (10000, 20000), ["USD"], 0.5, S),
    ("220890", "Erguotou baijiu, 500 ml bottles", "import", ["sea"], ["CN"], (4, 8), (3000, 9000), ["USD", "EUR"], 1.5, S),
    ("170260", "Fructose syrup for bubble tea, 2.5 kg bottles", "import", ["sea"], ["CN", "TW"], (1, 2), (8000, 18000), ["USD"], 0.4, S),
    ("210690", "Sichuan ice-jelly powder, 100 g sachets", "import", ["post"], ["CN"], (10, 20), (1, 3), ["USD"], 10, S),
    ("844399", "Compatible toner cartridges, new, boxed", "import", ["sea"], ["CN"], (8, 15), (3000, 8000), ["USD"], 1, S),
    ("282550", "Copper(II) oxide, black, for ceramic glazes, 25 kg bags", "export", ["sea"], ["CN", "VN"], (6, 9), (5000, 15000), ["EUR"], None, S),
    ("284690", "Didymium oxide (Nd-Pr), 99 %, drums", "import", ["sea"], ["CN"], (40, 80), (2000, 8000), ["USD"], None, S),
    ("690740", "Hand-painted azulejos, new", "export", ["sea"], ["MO", "HK"], (6, 12), (1000, 4000), ["EUR"], None, S),
    ("690919", "Cordierite honeycomb substrates, new, boxed", "export", ["sea"], ["CN", "KR"], (4, 8), (3000, 8000), ["EUR"], 0.2, S),
    ("282739", "Copper(II) chloride dihydrate, technical, 25 kg bags", "export", ["rail"], ["CN"], (2, 4), (5000, 15000), ["EUR"], None, S),
    ("701990", "GFRP pultruded gratings, new", "export", ["sea"], ["CN", "AE"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("870892", "Exhaust silencers, new, aftermarket, boxed", "import", ["sea"], ["CN"], (2, 4), (6000, 14000), ["USD"], 0.15, S),
    ("390330", "ABS granules, virgin, natural, 25 kg bags", "export", ["sea"], ["HK", "VN"], (1.4, 2.0), (15000, 22000), ["EUR"], None, S),
    ("740721", "Brass rods CuZn39Pb3, new, bundles", "export", ["sea"], ["CN", "IN"], (6, 8), (15000, 22000), ["EUR"], None, S),
    ("291513", "Methyl formate, technical, drums", "import", ["sea"], ["CN"], (1, 2), (10000, 20000), ["USD"], None, S),
    ("842410", "Water-based car fire extinguishers, 620 ml", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 1.5, S),
    ("841869", "Rolled-ice-cream machines, R-290 charge, new", "import", ["sea"], ["CN"], (5, 9), (3000, 8000), ["USD"], 0.015, S),
    ("841850", "Bubble-tea undercounter fridges, R-600a charge, new", "import", ["sea"], ["CN"], (4, 7), (4000, 10000), ["USD"], 0.007, S),
    ("340290", "Watch-cleaning solution, naphtha-based, 1 l", "import", ["express"], ["HK", "CH"], (15, 30), (1, 3), ["USD", "CHF"], 1, S),
    ("741220", "Copper flare fittings for air-conditioning pipework", "import", ["sea"], ["CN"], (8, 12), (2000, 6000), ["USD"], 20, S),
    ("442090", "Entomology specimen storage boxes, foam-lined", "import", ["post"], ["CN", "GB"], (15, 30), (1, 4), ["USD", "GBP"], 1, S),
    ("840682", "Back-pressure steam turbine generator sets, 200 kW, new", "import", ["sea"], ["CN"], (20, 40), (8000, 20000), ["USD"], 0.0001, S),
    ("710310", "Raw nephrite pebbles for carving", "import", ["air"], ["CN", "CA"], (50, 150), (20, 100), ["USD"], None, S),
    ("392640", "Resin dinosaur-fossil replicas, boxed", "import", ["express"], ["CN"], (15, 30), (1, 4), ["USD"], 1, S),
    ("442019", "Camphor-wood carvings, new, painted, Putian workshop", "import", ["sea"], ["CN"], (8, 15), (500, 2000), ["USD"], 0.1, S),
    ("480210", "Handmade Xuan paper, blank, for calligraphy", "import", ["air"], ["CN"], (6, 12), (100, 500), ["USD"], None, S),
    ("970191", "Thangka paintings, new, Regong workshop", "import", ["air"], ["CN", "NP"], (200, 500), (5, 20), ["USD"], 0.5, S),
    ("691390", "Reproduction Jingdezhen porcelain vases, new", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 0.3, S),
    ("491191", "Giclée art prints on canvas, framed", "export", ["air"], ["HK", "SG"], (20, 40), (50, 300), ["EUR"], 0.1, S),
    ("491191", "Printed Chinese calligraphy, decorative, new", "import", ["post"], ["MO", "CN"], (15, 30), (1, 3), ["EUR", "MOP"], 10, S),
    ("940360", "Reproduction Chinese elm furniture, new", "import", ["sea"], ["CN"], (2, 4), (4000, 10000), ["USD"], 0.02, S),
    ("830629", "Brass feng-shui coins, new, on red cord", "import", ["post"], ["CN"], (15, 30), (1, 3), ["USD"], 50, S),
    ("854141", "SMD LED chips 5050, reels", "import", ["air"], ["CN", "TW"], (30, 60), (100, 500), ["USD"], 5000, S),
    ("850440", "Bench DC power supplies, new", "export", ["air"], ["HK", "SG"], (30, 60), (200, 1000), ["EUR"], 0.1, S),
    ("970191", "Hand-painted oil-painting copies, Dafen village", "import", ["sea"], ["CN"], (8, 15), (500, 3000), ["USD"], 0.25, S),
    ("761090", "Aluminium PV mounting rails", "import", ["sea"], ["CN"], (3, 5), (8000, 18000), ["USD"], None, S),
    ("170490", "Hawthorn candy pills (shanzha wan), boxed", "import", ["post"], ["CN", "HK"], (10, 20), (1, 3), ["USD", "EUR"], 10, S),
    ("961519", "Yak-horn combs, polished, new", "import", ["post"], ["CN", "NP"], (30, 60), (1, 2), ["USD"], 20, S),
    ("950300", "Weifang miniature kites, silk on bamboo", "import", ["post"], ["CN"], (15, 30), (1, 3), ["USD"], 20, S),
    ("090230", "Tieguanyin oolong tea, 250 g tins", "import", ["post"], ["CN", "TW"], (40, 80), (1, 3), ["USD", "EUR"], 4, S),
    ("701810", "Coral-coloured glass beads, 8 mm strands", "import", ["express"], ["CN"], (20, 40), (1, 3), ["USD"], 60, S),
]
# Everyday trade: as in blind112 and its successors, blind80's everyday rows (blind72's, with blind80's own rows),
# less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("620821", "Women's cotton pyjama sets, woven", "import", ["sea"], ["CN", "BD"], (6, 10), (3000, 8000), ["USD"], 3, N),
        ("691200", "Glazed stoneware rice bowls, boxed sets", "import", ["sea"], ["CN", "VN"], (1.2, 2.2), (6000, 14000), ["USD"], 2, N),
        ("392410", "Silicone bakeware and muffin trays", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 3, N),
        ("441912", "Bamboo chopstick gift sets", "import", ["post", "express"], ["CN", "JP"], (20, 40), (1, 3), ["USD", "EUR"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind154", 20511101, HERE)


if __name__ == "__main__":
    main()
