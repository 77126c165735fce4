#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-seventh blind set (tests/risk/data/blind277-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2072, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: airsoft, paintball, archery and
shooting ranges (airsoft shops, skirmish sites and their parts suppliers, paintball parks and
their fill stations, archery shops, bowyers, fletchers and bowhunting outfitters, shooting
ranges, clay grounds, shooting clubs and guilds, target makers and range suppliers).
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
only where a real declaration would. Ids are BL277-*:

    python3 tests/risk/data/make_blind277_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2072, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2072
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEAIR01", "express", "CA", [], "BE", "340290",
         "Nettoyant concentré pour poussière de plomb, établis de rechargement et stands de tir, 4 x 1 gal", "CA",
         17.1, 4, 96, "CAD",
         "the lead-dust cleaners sold for reloading benches and range floors are phosphate or EDTA detergents of "
         "about 1.05 kg/l that foam, smell of soap and come with a safety sheet; these four gallon jugs hold a "
         "water-clear, unscented liquid of 1.13 kg/l that does not foam, has vented caps, whitens the skin and "
         "fizzes on a rusty nail: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Montréal "
         "to a private person in Liège who reloads for a club range, although oxidising liquids go by express only "
         "as declared dangerous goods; Canadian French wording (hydrogen peroxide repeats in many sets and cleaner "
         "labels on it in many; a lead-dust cleaner for reloading benches and ranges was found in no earlier row by "
         "a keyword search)", person("Jan Peeters", "BE")),
        ("PRE-02", "import", "CZAIR01", "express", "TW", [], "CZ", "340399",
         "十字弓滑軌及弓弦潤滑油, 1公升, 12瓶", "TW", 13.7, 12, 96, "USD",
         "crossbow rail lubes are thick silicone or wax greases of about 0.97 kg/l, sold in 30 ml tubes, that stay "
         "put on the flight rail; these twelve litre bottles hold a thin, water-clear liquid of 1.14 kg/l that runs "
         "off a rail, evaporates with a faintly fruity smell and burns with a pale flame, and the filler's drum "
         "label under the sticker reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Taichung, "
         "where crossbows are made, to a private person in Plzeň who shoots at a crossbow club, although flammable "
         "liquids go by express only as declared dangerous goods; Chinese wording from Taiwan (nitromethane repeats "
         "in many sets, under a rifle bore-solvent label (blind73), fog-fluid and anti-fog labels among others; a "
         "crossbow rail-lube label was found in no earlier row by a keyword search)", person("Jan Novák", "CZ")),
        ("PRE-03", "import", "PLAIR01", "air", "CN", [], "PL", "320650",
         "夜光BB弹示踪器用蓄光粉补充装, 1公斤袋, 300袋", "CN", 300, 300, 1500, "USD",
         "the glow powder airsofters pour into tracer-BB refills and the charging tubes of tracer units is "
         "strontium-aluminate phosphor, a heavy, pale yellow-green powder that glows for minutes after a torch is "
         "shone on it and never dissolves; these 300 bags hold a white, crystalline powder that does not glow at "
         "all, dissolves slowly in water and flares with sugar on a hot plate, with inner liners reading 'KClO4', "
         "for a Wrocław airsoft shop whose web shop sells the 1 kg bags to players: potassium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Shenzhen to Warsaw; Chinese wording "
         "(potassium perchlorate repeats in many sets and a strontium-aluminate glow-powder label once, blind196, "
         "for watch dials, kept as a repeat of the label; a tracer-BB refill for airsofters is the new part as far as "
         "a search found)",
         firm("Orion Airsoft Sp. z o.o.", "PL")),
        ("PRE-04", "import", "GRSEA01", "sea", "EG", [], "GR", "310311",
         "سوبر فوسفات ثلاثي لتثبيت الرصاص في سواتر ميادين الرماية، جرادل 10 كيلو، 1,600 جردل", "EG", 16000, 1600,
         6400, "USD",
         "the phosphate that shooting ranges rake into their backstop berms to bind lead is triple superphosphate, "
         "grey, irregular granules that smell faintly acid and dissolve only in part; these 1,600 buckets hold white, "
         "smooth prills that turn ice-cold and vanish in water, test at 34 % N and melt and fume on a hot plate, for "
         "a Thessaloniki range-supply firm whose web shop sells the 10 kg buckets to hunters and owners of private "
         "ranges: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from "
         "Alexandria to Thessaloniki; Egyptian Arabic wording (ammonium nitrate repeats in many sets and fertiliser "
         "labels on it in many, a superphosphate label once, blind251, for carp ponds; a range-berm lead-stabiliser "
         "label was found in no earlier row by a keyword search)", firm("Meridian Skopeftika AE", "GR")),
        ("PRE-05", "import", "NLAIR01", "air", "ZA", [], "NL", "252620",
         "Windrigtingpoeier vir boogjagters, navulsakkies 1 kg, 400 sakkies", "ZA", 400, 400, 1200, "USD",
         "the wind checkers bowhunters squeeze to read the breeze hold a featherlight powder of talc, corn starch or "
         "calcium carbonate that hangs in the air for seconds; these 400 bags hold a heavy, glassy, crystalline "
         "powder that drops straight down, dissolves in water and spits violet-white sparks on a hot iron, and the "
         "maker's sheet in the cartons gives CAS 3811-04-9, for an Apeldoorn archery shop that sells the refills over "
         "the counter and online: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Johannesburg to Amsterdam; Afrikaans wording (potassium chlorate repeats in many sets and talc "
         "labels on precursors in a few, blind165 and blind172; a bowhunter's wind-checker label was found in no earlier row by a "
         "keyword search)", firm("Horizon Boogsport BV", "NL")),
        ("PRE-06", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "340130",
         "Atıcılar için kurşun giderici el yıkama konsantresi, 1 l şişe, 480 şişe", "TR", 672, 480, 1900, "EUR",
         "the lead-removal hand washes sold to shooters after a range session are soaps with a chelating agent, "
         "thick, pearly and foaming at about 1.02 kg/l; these 480 bottles hold a water-thin liquid of 1.40 kg/l that "
         "fumes brown when opened, stains the skin yellow and eats into a copper wire, for a Bucharest "
         "shooting-sports shop that sells the bottles over the counter: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, on a lorry from Istanbul through Bulgaria to Giurgiu; Turkish "
         "wording (nitric acid repeats in many sets; a "
         "shooters' lead-removal hand-wash label was found in no earlier row by a keyword search)",
         firm("Vega Tir Sportiv SRL", "RO")),
        ("PRE-07", "import", "ESSEA01", "sea", "MX", [], "ES", "390729",
         "Base de relleno para bolas de paintball, PEG transparente, garrafas de 5 l, 240 garrafas", "MX", 2208, 240,
         2400, "USD",
         "the fill that paintball makers and do-it-yourself players pour into gelatine shells is based on "
         "polyethylene glycol 400, a thick, slippery, water-clear liquid of 1.13 kg/l that is harmless on the skin; "
         "these 240 cans weigh 1.84 kg/l, grow hot with a splash of water, have charred a carton corner where one "
         "leaked and carry vented caps, for a Madrid paintball-park chain whose web shop sells 'DIY fill' cans to "
         "players: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea "
         "from Veracruz to Valencia; Mexican Spanish wording (sulphuric acid repeats in many sets and oily-liquid "
         "labels on it in several, vegetable glycerine in blind272 among them; a paintball-fill label was found in "
         "no earlier row by a keyword search)", firm("Atlantic Paintball SL", "ES")),
        ("PRE-08", "import", "ITSEA01", "sea", "IN", [], "IT", "320649",
         "ஃபிளாஷ் களிமண் இலக்குகளுக்கான வண்ணத் தூள், 25 கிலோ பைகள், 480 பைகள்", "IN", 12000, 480, 4800, "USD",
         "flash clay targets, which burst into a coloured puff when hit, are filled with a dyed chalk or clay powder "
         "that is soft, dull and does not dissolve; these 480 bags hold white, shiny crystals that dissolve "
         "completely in water, flare on a match with sugar and whose inner bags read 'NaClO3', for a Brescia firm "
         "with no target line that re-bags the powder into 1 kg 'puff-target refill' packs for private trap "
         "shooters: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Chennai to Genoa; Tamil wording (sodium chlorate repeats in many sets; a flash-clay-target powder label was "
         "found in no earlier row by a keyword search)", firm("Alpina Piattelli Srl", "IT")),
        ("PRE-09", "import", "HUROAD01", "road", "RS", [], "HU", "380894",
         "Средство за чишћење пејнтбол бункера и мрежа, активни кисеоник, канистери 20 л, 120 канистера "
         "(1. од 3 пошиљке)", "RS", 2880, 120, 1800, "EUR",
         "the oxygen cleaners paintball parks use on inflatable bunkers and netting are percarbonate or 3-6 % "
         "peroxide solutions of about 1.02 kg/l that foam a little; these 120 cans hold a water-clear liquid of "
         "1.20 kg/l with vented caps that whitens the skin, fizzes on rust and does not foam, the first of three vans "
         "booked that week each kept under 3 t, for a Budapest paintball-park chain whose shop sells the cans to "
         "players and smaller fields: about 50 % hydrogen peroxide (Annex I above 12 %) made available to members of "
         "the public, at Röszke; Serbian wording in Cyrillic (hydrogen peroxide repeats in many sets and consignments "
         "split over several vans in a few, blind264 among them; a paintball-bunker cleaner label was found in no "
         "earlier row by a keyword search)", firm("Central Paintball Kft.", "HU")),
        ("PRE-10", "import", "MTSEA01", "sea", "JO", [], "MT", "283321",
         "ملح إبسوم (كبريتات المغنيسيوم) لأحواض الطفو العلاجية، أكياس 25 كغ، 800 كيس", "JO", 20000, 800, 5600,
         "USD",
         "Epsom salt for float tanks is magnesium sulphate heptahydrate, clear prismatic needles that dissolve with a "
         "chill and taste bitter, bought by the tonne by float spas; these 800 sacks hold a fine, white powder that "
         "cakes in damp air, turns wet on the hand and burns fiercely with sugar, and the liners read 'NaClO4', for a "
         "Sliema float-spa firm that sells 5 kg 'home float' tubs to the public: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Aqaba to Malta; Jordanian Arabic wording (sodium "
         "perchlorate repeats in many sets and Epsom and bath-salt labels on precursors in several; a float-tank "
         "salt label was found in no earlier row by a keyword search)", firm("Vega Float Ltd", "MT")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "GH", "251710",
         "Knust kalksten, 0-16 mm, til vejbygning, big bags, 28 t", "DK", 28000, None, 560, "EUR",
         "crushed limestone for road bases is clean, grey, angular stone of one grading; these big bags hold black, "
         "orange and pink shards of broken clay targets mixed with soil, plastic wads and lead shot, raked and sieved "
         "from the shotfall zone of a Zealand clay-shooting ground, that smell of tar when broken: targets bound with "
         "coal-tar pitch, with PAH far above the hazardous limits, and lead shot, hazardous waste (17 05 03*) whose "
         "export to a non-OECD country is banned, from Aarhus to Tema; Danish wording (lead shot from a clay ground "
         "once, blind63, as washed recovered shot, and lead-bearing range sand under play-sand labels in several sets, "
         "blind118, blind122 and blind125 among them; clay-target debris under a crushed-limestone label was found in no "
         "earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "ID", "391510",
         "Macinato di polietilene misto (LDPE/HDPE), pulito, per stampaggio, in balle, 24 t", "IT", 24000, None,
         2400, "EUR",
         "clean polyethylene regrind is washed flake of one polymer family, sold with a sorting declaration; these "
         "bales hold crushed spent shotgun cartridges and plastic wads swept from the stands and shotfall of Italian "
         "trap and skeet grounds, many brass heads still on with their spent primers, and lead shot and soil among "
         "them: mixed plastic and metal waste contaminated with lead (Y48 and hazardous), whose export to a non-OECD "
         "country is banned, by sea from La Spezia to Jakarta; Italian wording (plastic regrind labels repeat in many "
         "sets; spent shotgun cartridges and wads were found in no earlier row by a keyword search)",
         {"importer_country": "ID"}),
        ("WST-03", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "850760",
         "Akumulátory LiPo 11,1 V 1 200 mAh pro airsoftové zbraně, nové, 8 000 ks", "CZ", 800, 8000, 4000, "EUR",
         "new airsoft LiPo packs come balanced at storage voltage in sealed bags, with a date code and one kind of "
         "plug; these cartons hold packs returned to a Brno airsoft distributor under warranty and swept up at "
         "skirmish sites, puffed, split or scorched, at 0 V, with cut Deans and Tamiya plugs and bare leads taped "
         "over: waste lithium batteries (hazardous, with damaged cells), whose export to a non-OECD country is "
         "banned, on a lorry through Poland to Lviv; Czech wording (LiPo packs once, blind253, from FPV drones, and "
         "swollen lithium cells in many sets; airsoft LiPo packs are the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "903180",
         "Elektronski sistemi za štetje zadetkov za strelišča, rabljeni, delujoči, 60 kompletov", "SI", 4800, 60,
         6000, "EUR",
         "working electronic scoring systems are sold tested, with their software licences and one target per lane; "
         "these 60 sets, taken out when a Ljubljana air-rifle and 25 m range was refitted, are dead acoustic targets "
         "with cracked sensor frames, the thick CRT monitors of the lane displays and the lead-acid batteries of "
         "their UPS cabinets, bought by weight for a Tuzla dismantler: waste electrical equipment with CRT glass and "
         "lead-acid batteries (A1180, 16 02 13*, 16 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry through Croatia; Slovenian wording (CRT monitors and UPS batteries repeat in many sets; "
         "electronic scoring targets were found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "PK", "780200",
         "Blyskrot, rent, tackor och klumpar, storsäckar, 20 t", "SE", 20000, None, 16000, "EUR",
         "clean lead scrap for a smelter is pipe, sheet, cable sheathing and cast lumps; these big bags hold what the "
         "steel bullet traps of Swedish indoor ranges collect: deformed bullets and copper-jacket fragments in a grey "
         "dust of lead, antimony and primer residue, mixed with shredded rubber and target paper, over half of it "
         "fines: lead-bearing residues (A1020, hazardous), whose export to a non-OECD country is banned, from "
         "Gothenburg to Karachi for a battery smelter; Swedish wording (lead scrap and refined-lead labels repeat in "
         "a few sets, blind163 among them, and bullet-trap rubber granulate twice, blind126 and blind204, under "
         "riding-arena labels; bullet-trap residue under a clean lead-scrap label was found in no earlier row by a "
         "keyword search)",
         {"importer_country": "PK"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "AO", "392043",
         "Lona de PVC, nova, em rolos, 18 t", "PT", 18000, None, 3600, "EUR",
         "new PVC tarpaulin comes in clean rolls of one width and colour with a maker's label; these bales hold torn, "
         "patched, mud-caked inflatable bunkers, 'snakes' and 'doritos' and paint-stained netting cleared out of "
         "Lisbon and Algarve paintball fields and cut into bundles: mixed plastic waste (Y48), whose export to a "
         "non-OECD country without its consent is banned, from Lisbon to Luanda; Portuguese wording (used "
         "inflatables once, blind199, as bouncy castles, and tarpaulin labels in a few sets, blind177 among them; "
         "paintball bunkers under a new-tarpaulin label were found in no earlier row by a keyword search)",
         {"importer_country": "AO"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "SR", "621133",
         "Tactische vesten voor airsoft, gebruikt, 1.200 stuks", "NL", 2400, 1200, 6000, "EUR",
         "an airsoft-club container for Paramaribo: used vests and masks are what Dutch clubs sell on, but the third "
         "item's 'tested' electric replicas are 900 dead AEGs from the rental stock of a Utrecht skirmish site, with "
         "burnt-out motors and gearboxes and corroded wiring, their NiMH and puffed LiPo packs still inside the "
         "stocks and handguards, at 10 EUR each with no test report: waste electrical equipment with batteries "
         "(A1180 and hazardous), whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Rotterdam; Dutch wording (e-waste behind used goods repeats in many sets; "
         "airsoft replicas as e-waste were found in no earlier row by a keyword search)",
         dict({"importer_country": "SR"},
              _more_items=[item("900490", "Gelaatsmaskers voor paintball en airsoft, gebruikt, 800 stuks", "NL", 400,
                                1600, "EUR", qty=800),
                           item("930400", "Airsoft-replica's (AEG), gebruikt, getest, 900 stuks", "NL", 2700, 9000,
                                "EUR", qty=900)])),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "380190",
         "Kathodenkohlenstoff, gebrochen, als Aufkohlungsmittel für Gießereien, Big Bags, 24 t", "DE", 24000, None,
         2400, "EUR",
         "recarburiser for foundries is calcined anthracite or graphite, dry, black, even grains with an analysis "
         "sheet; these big bags hold broken cathode blocks and lining from the relined pots of a Rhineland aluminium "
         "smelter, with white fluoride crust and grey refractory stuck to them, that smell of ammonia when wet: spent "
         "pot lining (16 11 01*, with cyanides and fluorides), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry through Poland to a Zaporizhzhia ferroalloy works; German wording (spent cathode carbon "
         "under recarburiser and cathode-block labels repeats in several sets, blind4, blind29, blind72 and blind104, "
         "kept as a repeat; by road to Ukraine is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "FISEA01", "sea", "FI", [], "CN", "284690",
         "Harvinaisten maametallien oksidirikaste, jauhe, suursäkit, 8 t", "FI", 8000, None, 24000, "EUR",
         "a rare-earth oxide concentrate is a dry, pale powder from a separation plant with an assay for each oxide; "
         "these bags hold the grey-white phosphor powder sieved out of crushed fluorescent tubes at a Finnish "
         "lamp-recycling line, with glass splinters and shards of end caps, that reads mercury well above the "
         "hazardous limit: waste lamp phosphor containing mercury (A1030, 20 01 21*), hazardous waste whose export "
         "to a non-OECD country is banned, from Kotka to Shanghai; Finnish wording (lamp phosphor under rare-earth "
         "concentrate labels repeats in a few sets, blind43 and blind63, kept as a repeat, blind43 also to China; from Finland "
         "is the new part as far as a search found)", {"importer_country": "CN"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "SN", "253090",
         "Arena de sepiolita para gatos, sin usar, excedente de almacén, big bags, 20 t", "ES", 20000, None, 2000,
         "EUR",
         "unused sepiolite cat litter is light, dry, beige granules that smell of nothing; these big bags hold dark, "
         "heavy, clumped granules that smell of diesel and solvent and leave an oily film on the hand, swept up after "
         "spills at a Tarragona tank terminal and its workshops: absorbents contaminated with oil and solvents "
         "(15 02 02*), hazardous waste whose export to a non-OECD country is banned, from Valencia to Dakar; Spanish "
         "wording (cat-litter labels on waste repeat in two sets, blind89 and blind107, on bentonite; sepiolite "
         "litter from Spain to Senegal is the new part as far as a search found)", {"importer_country": "SN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "JP", [], "DE", "290345",
         "エアソフトガン用 HFC134aガス 400g缶, 2,400本", "JP", 960, 2400, 1800000, "JPY",
         "the HFC-134a cans Japanese makers sell for gas-blowback airsoft pistols read about 5.7 bar at 20 °C and "
         "hold an odourless gas; these 2,400 cans read almost the same pressure, but a refrigerant identifier at "
         "Frankfurt names R-12 at 98 %, the crimp codes belong to a Chinese filler and the invoice names no Japanese "
         "maker: dichlorodifluoromethane (CFC-12), whose import into the Union is banned, flown from Osaka to "
         "Frankfurt for an airsoft wholesaler; Japanese wording (CFC-12 under HFC-134a labels repeats in many sets and "
         "airsoft-gas labels in a few, blind11 and blind135 on other gases, kept as a repeat of the label; a Japanese "
         "HFC-134a airsoft can is the new part as far as a search found)", firm("Nordhafen Softair GmbH", "DE")),
        ("OZN-02", "import", "SEAIR01", "air", "KR", [], "SE", "381400",
         "카본 화살대 탈지 세척제 (깃 부착 전 처리용), 1 L, 120병", "KR", 160, 120, 960, "USD",
         "the shaft-prep cleaners archers wipe on carbon arrows before fletching are isopropanol or acetone of about "
         "0.79 kg/l that burn; these 120 bottles weigh 1.33 kg/l, do not burn, smell sweet like chloroform, and the "
         "filler's labels under the stickers read '1,1,1-TCA': methyl chloroform (1,1,1-trichloroethane), whose "
         "import into the Union is banned, flown from Incheon to Stockholm for an archery wholesaler; Korean wording "
         "(methyl chloroform repeats in several sets under degreaser and cleaner labels; an arrow-shaft prep-cleaner "
         "label was found in no earlier row by a keyword search)", firm("Alpina Bågsport AB", "SE")),
        ("OZN-03", "import", "ESSEA01", "sea", "CN", [], "ES", "281121",
         "彩弹场充气站用液态二氧化碳虹吸钢瓶, 20公斤, 120瓶", "CN", 2400, 120, 3600, "USD",
         "the siphon cylinders of liquid CO2 that feed paintball fill stations read about 57 bar at 20 °C and frost "
         "the fill hose; these 120 read 9 bar, a leak detector at the valve names HCFC-22 and each holds 20 kg of a "
         "liquid that CO2 at that pressure could not be: chlorodifluoromethane (HCFC-22), whose import into the Union "
         "is banned, by sea from Ningbo to Valencia for a paintball-park operator; Chinese wording (HCFC-22 under "
         "other gas labels repeats in many sets, liquid-CO2 cylinder labels in several, blind136 and blind241 among "
         "them, and a paintball CO2 label once, blind136, on CFC-12; a paintball fill-station siphon cylinder was found in no earlier row by a keyword search)",
         firm("Rivage Campos de Paintball SL", "ES")),
        ("OZN-04", "import", "NLAIR01", "air", "HK", [], "NL", "930599",
         "氣槍 Hop-up 膠皮 (bucking), 3,000 個", "TW", 15, 3000, 1500, "USD",
         "an airsoft-parts air shipment for a Tilburg web shop: hop-up buckings and tight-bore inner barrels are what "
         "the Hong Kong supplier sends, but the third item's non-flammable hop-up cleaner, 600 bottles of 500 ml, "
         "weighs 1.57 kg/l, does not burn, evaporates cold with a faint chloroform smell and was filled from drums "
         "stencilled 'R-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, hidden as "
         "the last item of a three-item declaration, flown from Hong Kong to Amsterdam; Cantonese wording in "
         "traditional characters (CFC-113 repeats in many sets under cleaner labels; an airsoft hop-up cleaner behind "
         "buckings and inner barrels was found in no earlier row by a keyword search)",
         dict(firm("Delta Airsoft BV", "NL"),
              _more_items=[item("930599", "精密內管 6.03 mm, 400 支", "TW", 60, 2400, "USD", qty=400),
                           item("381400", "Hop-up 及內管清潔劑 (不易燃), 500 毫升, 600 瓶", "CN", 470, 600, "USD",
                                qty=600)])),
        ("OZN-05", "import", "FRAIR01", "air", "IN", [], "FR", "381400",
         "तीर के पंख और गोंद हटाने वाला द्रव, 1 लीटर, 96 बोतलें", "IN", 153, 96, 290, "USD",
         "the vane and fletching-glue removers archers use are acetone or citrus blends of 0.79-0.84 kg/l that burn; "
         "these 96 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and lift the glue of a test "
         "vane at once: carbon tetrachloride, whose import into the Union is banned, flown from Delhi to Lyon for an "
         "archery supplier whose Meerut exporter makes bamboo arrows; Hindi wording (carbon tetrachloride repeats in "
         "many sets and glue- and sticker-remover labels on it in several, blind133 and blind264 among them; a "
         "fletching-vane remover label was found in no earlier row by a keyword search)",
         firm("Vega Tir à l'Arc SARL", "FR")),
        ("OZN-06", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "871639",
         "Gebrauchter Schießkino-Anhänger (mobiler Schießstand) mit Klimaanlage, Bj. 1994, 1 Stück", "AT", 9500, 1,
         18000, "EUR",
         "a mobile shooting-cinema trailer sold on for export should run its air conditioning on R-134a or a newer "
         "gas after a refit; this 1994 Graz trailer, a lane with a projection screen and a bullet trap that toured "
         "shooting festivals, still has its roof unit's original compressor, a plate reading 'R12' and a charge that "
         "a leak detector names CFC-12, and the seller's papers mention no conversion: equipment relying on and "
         "containing CFCs, whose export from the Union is banned (Regulation 2024/590), on a lorry through Hungary "
         "to a Novi Sad shooting club; Austrian German wording (CFC equipment for export repeats in many sets; a "
         "mobile shooting-range trailer was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("OZN-07", "import", "PLROAD01", "road", "UA", [], "PL", "381400",
         "Активатор ціаноакрилатного клею для оперення стріл, аерозоль 200 мл, 2 400 балонів", "UA", 600, 2400, 2400,
         "EUR",
         "the accelerator sprays fletchers use to set cyanoacrylate glue on vanes are heptane or acetone solutions of "
         "an amine, flammable and light at about 0.7 kg/l; these 2,400 cans spray a liquid that boils off in the warm "
         "hand, does not burn and smells of ether, and a can cut open holds 250 g of a liquid of 1.24 kg/l: "
         "HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, on a lorry from Lviv for a "
         "Kraków archery wholesaler; Ukrainian wording (HCFC-141b under solvent and aerosol labels repeats in many "
         "sets; a fletching-glue accelerator label was found in no earlier row by a keyword search)",
         firm("Horizon Łucznictwo Sp. z o.o.", "PL")),
        ("OZN-08", "import", "ITSEA01", "sea", "AL", [], "IT", "290110",
         "Izopentan, lëng pune për centrale gjeotermale ORC, fuçi 200 l, 60 fuçi", "AL", 17900, 60, 7200, "EUR",
         "isopentane for the organic-Rankine-cycle turbines of geothermal plants is a volatile, flammable liquid of "
         "0.62 kg/l; these 60 drums weigh 1.49 kg/l, the liquid does not burn, boils at 24 °C with a faint sweet "
         "smell and the drum heads are stamped 'R-11': trichlorofluoromethane (CFC-11), whose import into the Union "
         "is banned, by sea from Durrës to Bari for a Tuscan geothermal contractor; Albanian wording (CFC-11 repeats "
         "in many sets and pentane labels on it in several, an isopentane label once, blind119; an ORC working-fluid "
         "label was found in no earlier row by a keyword search)", firm("Central Energia Geotermica Srl", "IT")),
        ("OZN-09", "import", "BGSEA01", "sea", "GE", [], "BG", "290343",
         "R-152a (1,1-დიფტორეთანი) აეროზოლური ბალონების შესავსებად, ტონიანი კონტეინერები, 8 ც.", "GE", 7200, 8,
         9600, "USD",
         "HFC-152a for filling gas dusters comes in ton containers of about 450 kg that read 5 bar at 20 °C and hold "
         "a flammable gas; these eight containers hold 900 kg each, read 9 bar, the gas does not burn and a leak "
         "detector names HCFC-22: chlorodifluoromethane, whose import into the Union is banned, by sea from Poti to "
         "Burgas for a Plovdiv aerosol filler; Georgian wording (HCFC-22 under HFC labels repeats in many sets and "
         "HFC-152a labels in several, on other goods; from Georgia in ton containers is the new part as far as a "
         "search found)", firm("Orion Aerozol EOOD", "BG")),
        ("OZN-10", "transit", "ROSEA01", "sea", "IN", ["RO"], "MD", "290323",
         "Tetracloretilenă pentru curățătorii chimice, butoaie 300 kg, 80 butoaie", "IN", 24000, 80, 19200, "USD",
         "perchloroethylene for dry cleaners is a dense solvent of 1.62 kg/l with an ether-like smell; these 80 "
         "drums weigh about the same, but the contents smell sweet like chloroform, a handheld Raman names carbon "
         "tetrachloride and the drums carry a Gujarat maker's old 'CTC' stencil under the paint: carbon "
         "tetrachloride, moved through the Union without the licence Regulation 2024/590 requires, landed at "
         "Constanța in transit from Mundra to a Chișinău dry-cleaning supplier; Romanian wording from Moldova (carbon "
         "tetrachloride repeats in many sets and a perchloroethylene label on it once, blind14, kept as a repeat of "
         "the label; a transit through Constanța to Moldova is the new part as far as a search found)",
         {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "import", "HUAIR01", "express", "IR", [], "HU", "711620",
         "انگشتر زه‌گیر تیراندازی با کمان، بدلی، سنگ یشم، ۱۲ عدد", "IR", 0.4, 12, 60, "USD",
         "the jade thumb rings sold to horseback archers as replicas are new, machine-cut, polished and all alike; "
         "these 12 are worn, unequal rings of nephrite and agate, some with gold inlay and ruby settings, one with a "
         "Persian verse and the date 1132 (1720), with wear facets where the string rode: Safavid and Qajar archers' "
         "thumb rings (zehgir, 18th-19th century) taken out of Iran against its export ban on antiquities, brought "
         "in against Regulation 2019/880 (Article 3(1)), sent by express from Tehran to a private collector in "
         "Kecskemét; Persian wording (Iranian objects repeat in several sets; archers' thumb rings were found in no "
         "earlier row by a keyword search)", person("Nagy Gábor", "HU")),
        ("CUL-02", "export", "PLAIR01", "air", "PL", [], "US", "830629",
         "Figurka koguta, mosiądz posrebrzany, dekoracyjna, nowa, 1 szt.", "PL", 2.4, 1, 150, "EUR",
         "a silver-plated brass rooster is a new, cast ornament with a bright, even finish; this one is chased, "
         "parcel-gilt silver on a turned foot, with a Toruń silversmith's mark, a 1741 inscription and hooks for the "
         "plaques of the 'kings' of a fowler brotherhood: the cockerel of a provincial Bractwo Kurkowe, the shooting "
         "guild whose best shot became its king, a monument over 100 years old exported without the EU export "
         "licence (Regulation 116/2009) and the Polish permanent-export permit, flown from Warsaw to a Chicago "
         "collector; Polish wording (shooting-guild silver was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-03", "export", "ATROAD01", "road", "AT", [], "CH", "442199",
         "Bemalte Schießscheiben aus Holz, Dekoration, Nachbildungen, 12 Stück", "AT", 60, 12, 1200, "EUR",
         "reproduction painted targets are new, screen-printed boards with a bright varnish; these 12 are thick pine "
         "discs hand-painted with scenes of the 1809 Tyrolean rising, a wedding and a stag hunt, with names and dates "
         "from 1796 to 1866, bullet holes through the black and a Schützenkompanie's brand on the back: honour "
         "targets (Ehrenscheiben) of a Tyrolean shooting company, antiques over 100 years worth together many times "
         "the threshold of Regulation 116/2009, exported without its licence and without the Austrian export "
         "permit, on a lorry from Innsbruck to a Zurich dealer; Austrian German wording (painted shooting targets "
         "were found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-04", "import", "CZAIR01", "air", "MN", [], "CZ", "950699",
         "Монгол нум сум, гар урлал, шинэ, 1 иж бүрдэл", "MN", 3, 1, 250, "USD",
         "new Mongolian bows for horseback archers are laminated fibreglass or horn-and-sinew copies in bright "
         "lacquer with a maker's tag; this set is an old composite bow of horn, sinew and birch bark with cracked, "
         "darkened lacquer and a long bone-stiffened grip, a leather bow case and quiver embroidered in silver thread "
         "and eleven arrows with forged heads: a 19th-century Mongol archer's set from a monastery collection in "
         "Övörkhangai, taken out of Mongolia without the permit its cultural-heritage law requires, brought in "
         "against Regulation 2019/880 (Article 3(1)), flown from Ulaanbaatar to Prague for a horseback-archery "
         "supplier; Mongolian wording (Mongolian objects repeat in a few sets; a horse archer's bow set was found in "
         "no earlier row by a keyword search)", firm("Alpina Lukostřelba s.r.o.", "CZ")),
        ("CUL-05", "import", "ATPOST01", "post", "RS", [], "AT", "960190",
         "Koštane pločice za ojačanje luka, replike za istorijsko streličarstvo, 24 kom.", "RS", 0.6, 24, 40, "EUR",
         "replica bow laths for historical archers are new, sawn cattle bone, white and even; these 24 are curved, "
         "yellowed antler and bone plates with incised lines, rivet holes and polished grip wear, soil still in the "
         "pores: the ear and grip laths of Avar composite bows (6th-8th century) dug from graves in Vojvodina, "
         "archaeological objects whose export Serbia forbids, brought in without the import licence Regulation "
         "2019/880 requires, posted from Novi Sad to a private person in Vienna; Serbian wording in Latin script "
         "(composite-bow laths were found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("CUL-06", "import", "LTROAD01", "road", "BY", [], "LT", "732690",
         "Наканечнікі для стрэл каваныя, новыя, для гістарычнай стральбы з лука, 400 шт.", "BY", 12, 400, 200, "EUR",
         "new forged arrowheads for historical archery are bright, oiled, identical and still show the hammer marks; "
         "these 400 are corroded, unequal bodkins, broadheads and crossbow-bolt heads with sockets full of earth, some "
         "bent, dug by detectorists on fifteenth-century battle and siege sites in the Hrodna region: archaeological "
         "objects whose export Belarus forbids, brought in without the import licence Regulation 2019/880 requires, "
         "in a van at Medininkai for a private person in Vilnius; Belarusian wording (arrowheads repeat in a few "
         "sets, blind14 and blind125 in bronze lots and blind17 in flint; iron bolt heads as new forged arrowheads "
         "from Belarus are the new part as far as a search found)", person("Tomas Kazlauskas", "LT")),
        ("CUL-07", "import", "DKAIR01", "express", "KR", [], "DK", "950699",
         "편전 (애기살) 및 통아, 재현품, 전통 국궁용, 1세트", "KR", 1.2, 1, 120, "USD",
         "reproduction pyeonjeon sets for traditional Korean archery are new bamboo darts and a freshly lacquered "
         "guide tube; this set holds twelve short arrows with blackened bamboo shafts, fletchings worn to stubs and "
         "rusted iron heads, and a split-bamboo tongah with a painted clan name and a Gyeongja-year date: Joseon-period "
         "(19th-century) short arrows and guide tube, movable cultural heritage over 50 years taken out of Korea "
         "without the permit its Cultural Heritage Protection Act requires, brought in against Regulation 2019/880 "
         "(Article 3(1)), sent by express from Seoul to a private archer in Aarhus; Korean wording (Korean objects "
         "repeat in a few sets; Joseon short arrows were found in no earlier row by a keyword search)",
         person("Mette Jensen", "DK")),
        ("CUL-08", "import", "BEAIR01", "air", "PK", [], "BE", "950699",
         "بانس کے تیر، روایتی تیراندازی کے لیے، 1,200 عدد", "PK", 60, 1200, 1800, "USD",
         "a Sialkot archery-supply air shipment for a Brussels archery shop: bamboo arrows and leather quivers are "
         "what Sialkot makers send, but the third item's 'old-style decorative bow' is a composite bow of horn and "
         "sinew with gold-painted floral lacquer, a cracked grip and a worn silk string loop, from an old Lahore "
         "family collection: an 18th-century Mughal or Sikh-period bow, an antiquity whose export Pakistan's "
         "Antiquities Act forbids, brought in against Regulation 2019/880 (Article 3(1)), hidden as the last item of "
         "a three-item declaration, flown from Lahore to Brussels; Urdu wording (Mughal-style objects repeat in a few "
         "sets as miniatures; an antique bow behind new arrows and quivers was found in no earlier row by a keyword "
         "search)",
         dict(firm("Horizon Tir à l'Arc SA", "BE"),
              _more_items=[item("420291", "چمڑے کے ترکش، 300 عدد", "PK", 150, 2400, "USD", qty=300),
                           item("950699", "پرانی وضع کی سجاوٹی کمان، 1 عدد", "PK", 1.2, 40, "USD", qty=1)])),
        ("CUL-09", "import", "ITPOST01", "post", "EG", [], "IT", "630790",
         "قصاصات كتان مطرزة لأعمال الباتشورك، 30 قطعة", "EG", 0.8, 30, 45, "USD",
         "linen offcuts for patchwork are new, machine-woven pieces with straight edges; these 30 are brittle, brown "
         "linen fragments with purple wool tapestry roundels of dancers and hares and interlace, frayed at every edge "
         "and smelling of dust: Coptic textile fragments (4th-7th century) from Egyptian burial grounds, antiquities "
         "whose export Egypt forbids, brought in without the import licence Regulation 2019/880 requires, posted "
         "from Cairo to a private person in Florence; Egyptian Arabic wording (Coptic textiles repeat once, blind12, "
         "under a German linen-offcut label, kept as a repeat of the good; an Arabic patchwork label by post to Italy "
         "is the new part as far as a search found)", person("Giulia Rossi", "IT")),
        ("CUL-10", "transit", "ESAIR01", "air", "PE", ["ES"], "US", "691390",
         "Réplica de huaco retrato mochica, cerámica nueva, 1 pieza", "PE", 2.5, 1, 30, "USD",
         "a reproduction Moche portrait vessel is new, evenly fired clay with fresh slip; this one is a stirrup-spout "
         "head vessel of a man with a patterned headdress, with root marks, salt bloom and old breaks glued: a Moche "
         "portrait vessel (1st-8th century) looted from a huaca on the north coast, whose export Peru forbids, "
         "landed at Madrid in transit to a New York dealer, against Regulation 2019/880 (Article 3(1)), which covers "
         "goods in transit; Peruvian Spanish wording (Moche ceramics and replica labels repeat in several sets, "
         "blind15 and blind112 among them, kept as a repeat; a transit through Madrid is the new part as far as a "
         "search found)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "HRROAD01", "road", "BA", [], "HR", "930630",
         "Municija za sportsko streljaštvo, 7,62x39 i .223 Rem, čelična čahura, porijeklo BiH, 480.000 kom.", "BA",
         8000, 480000, 96000, "EUR",
         "Bosnian range ammunition carries Igman or Pretis headstamps on brass cases and a Bosnian lot card; these "
         "480,000 rounds are lacquered steel-cased cartridges with Barnaul and Tula headstamps in Bosnian-printed "
         "boxes, with Russian lot cards inside the sealed tins and a certificate of origin from a Sarajevo trading "
         "firm that makes no ammunition: Russian ammunition, whose import into the Union the Russia sanctions "
         "regulation (833/2014) forbids, at Slavonski Brod for a Zagreb range-supply firm that sells to clubs and "
         "ranges; Bosnian wording (Russian firearms under a Turkish origin once, blind193; Russian range ammunition "
         "under a Bosnian origin was found in no earlier row by a keyword search)",
         firm("Central Streljana d.o.o.", "HR")),
        ("STR-02", "export", "SKROAD01", "road", "SK", [], "KG", "732690",
         "Oceľové terče AR500 pre strelnice, vypálené tvary, 10 mm, 22 t", "SK", 22000, None, 44000, "EUR",
         "AR500 targets for shooting ranges are 8-10 mm abrasion-resistant plates cut into gongs and silhouettes with "
         "hanger holes, at about 2 EUR/kg; these plates are stamped 'ARMOX 500T' with heat numbers under fresh "
         "paint, carry ballistic test certificates, have no hanger holes and are cut to the side and roof panels of a "
         "light armoured vehicle, at about 10 EUR/kg on the mill's list, for a Bishkek 'shooting club' whose "
         "forwarder's address is in Moscow: armour plate (Common Military List ML13), exported without a licence and "
         "for a Russian end user, which Regulation 833/2014 forbids; Slovak wording (Armox under a Hardox "
         "wear-plate label once, blind260, kept as a repeat of the good; an AR500 range-target label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-03", "export", "DKAIR01", "air", "DK", [], "AM", "902920",
         "Kronografer til airsoft og paintball (hastighedsmålere), 8 stk.", "DK", 160, 8, 2400, "EUR",
         "airsoft and paintball chronographs are 100-EUR plastic tunnels with two light gates that read a BB's "
         "speed; these eight are tripod-mounted X-band Doppler muzzle-velocity radars with their antennas, trigger "
         "units and ruggedised tablets, made in Denmark for artillery fire control at some 60,000 EUR each, for a "
         "Yerevan 'sports' importer whose forwarder sends on to Moscow: military equipment (Common Military List "
         "ML5) exported without a licence, whose sale to Russia Regulation 833/2014 forbids, flown from Copenhagen; "
         "Danish wording (military radars repeat in a few sets; an airsoft-chronograph label was found in no earlier "
         "row by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "TR", "950699",
         "Tubes carbone pour flèches de tir à l'arc, 6 000 pièces", "FR", 900, 6000, 18000, "EUR",
         "carbon arrow shafts come cut to length, spined, printed and packed by the dozen; these cartons hold 900 kg "
         "of T800-class 12K carbon-fibre tow on spools, no shaft among them, for an Istanbul 'archery' distributor "
         "whose earlier freight went on to Tehran: carbon fibre controlled under dual-use 1C010 and listed in the "
         "Iran regulation, exported without a licence, flown from Pau to Istanbul; French wording (T800 carbon fibre "
         "repeats in many sets under sports-goods labels, fishing rods, bicycle frames and badminton rackets among "
         "them, kept as a repeat of the good; an arrow-shaft label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-05", "export", "FIAIR01", "air", "FI", [], "KZ", "902300",
         "Laserammuntasimulaattori ampumaseuroille, 1 järjestelmä", "FI", 1400, 1, 45000, "EUR",
         "a club laser-shooting simulator is a projector, a screen and laser inserts for sport pistols with "
         "target-shooting software, at about 20,000 EUR; this system ships with twelve demilitarised AK-74 and PKM "
         "replicas with gas recoil kits, an RPG-7 trainer, infrared projection for night-vision training and "
         "after-action software with urban-combat and convoy-ambush scenarios, at 400,000 EUR on the maker's list, "
         "for an Almaty 'shooting club' whose consignee is a Russian National Guard training centre: military "
         "training equipment (Common Military List ML14) exported without a licence, whose sale to Russia Regulation "
         "833/2014 forbids, flown from Helsinki; Finnish wording (simulators repeat as flight and fire-fighting "
         "trainers; a club laser-shooting simulator was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "LVRAIL01", "rail", "LV", [], "KZ", "851830",
         "Elektroniskie dzirdes aizsargi šaušanai, 600 gab.", "LV", 300, 600, 18000, "EUR",
         "a shooting-sports wholesaler's rail consignment for Almaty: electronic ear defenders and shooting glasses "
         "are what Kazakh ranges buy, but the third item's 'hunting telescopes' are 60 thermal weapon sights with "
         "640x512 cores, laser rangefinders and ballistic computers on Picatinny mounts, at 6,000 EUR each, for a "
         "buyer whose earlier freight went on to Russia: thermal sights on the common high-priority list, whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, hidden as the last "
         "item of a three-item declaration, from Riga; Latvian wording (thermal weapon sights repeat in many sets and "
         "electronic ear defenders once, blind236, kept as a repeat of that label; thermal sights behind shooting "
         "glasses and ear defenders by rail are the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("900490", "Šaušanas brilles ar dzelteniem stikliem, 600 gab.", "LV", 120, 6000, "EUR",
                                qty=600),
                           item("901310", "Medību tālskati, 60 gab.", "LV", 60, 9000, "EUR", qty=60)])),
        ("STR-07", "export", "BGAIR01", "air", "BG", [], "UZ", "392690",
         "Макети на PEQ кутия за еърсофт (празни батерийни кутии), пластмаса, 200 бр.", "BG", 60, 200, 3000, "EUR",
         "airsoft PEQ boxes are empty plastic battery cases shaped like a military laser module, a few with a 5 mW "
         "red laser, at 30-60 EUR; these 200 are aluminium-housed infrared aiming lasers and illuminators with "
         "outputs for night-vision goggles and rail mounts, made by a Sofia optics plant for army contracts at about "
         "3,000 EUR each, for a Tashkent 'airsoft club' whose forwarder is in Moscow: weapon aiming devices (Common "
         "Military List ML5) exported without a licence, whose sale to Russia Regulation 833/2014 forbids, flown "
         "from Sofia; Bulgarian wording (laser modules repeat in several sets on other goods; an airsoft dummy-PEQ "
         "label was found in no earlier row by a keyword search)", {"importer_country": "UZ"}),
        ("STR-08", "export", "IEAIR01", "air", "IE", [], "AE", "851762",
         "Network switches, 48-port, new, 40 units", "IE", 480, 40, 24000, "EUR",
         "48-port network switches are 1U boxes at a few hundred euros each; these 40 are deep-packet-inspection "
         "appliances with interception and session-reconstruction licences, made in Cork for telecom operators at "
         "60,000 EUR each, for a Dubai reseller whose customer is an Iranian mobile operator: monitoring equipment "
         "whose sale to Iran Regulation 359/2011 forbids (and dual-use 5A001.j), exported without a licence and for "
         "re-export, flown from Dublin; Irish English wording (IMSI catchers and interception kit repeat in several "
         "sets; deep-packet-inspection appliances under a network-switch label were found in no earlier row by a "
         "keyword search)", {"importer_country": "AE"}),
        ("STR-09", "export", "GRAIR01", "air", "GR", [], "GE", "392690",
         "Γεμιστήρες airsoft για ρέπλικες AK, πλαστικοί, 3.000 τεμ.", "GR", 900, 3000, 9000, "EUR",
         "airsoft mid-cap magazines for AK replicas are light polymer shells with a spring feed and a BB follower, at "
         "10-15 EUR; these 3,000 are steel-lined polymer 30-round magazines for 5.45x39 mm rifles with army "
         "acceptance stamps and steel feed lips, 300 g each, at about 40 EUR, for a Tbilisi 'airsoft shop' whose "
         "forwarder ships on to Russia: magazines for military rifles (Common Military List ML1) exported without a "
         "licence, whose sale to Russia Regulation 833/2014 forbids, flown from Athens; Greek wording (airsoft parts "
         "as real gun parts repeat in a few sets, blind33, blind150 and blind234; an airsoft-magazine label was found "
         "in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-10", "export", "ROSEA01", "sea", "RO", [], "AE", "285390",
         "Apă demineralizată pentru baterii și fiare de călcat, IBC 1.000 l, 2 bucăți", "RO", 2220, 2, 300, "EUR",
         "demineralised water for batteries and irons is ordinary water of 1.00 kg/l at a few cents a litre; these "
         "two IBCs hold a water-clear liquid of 1.11 kg/l that an NMR check at Constanța shows to be 99.8 % "
         "deuterium oxide, from the stock of a former Romanian heavy-water plant, for a Dubai trader whose freight "
         "goes on to Iran: heavy water (nuclear dual-use, on the Nuclear Suppliers Group trigger list), exported "
         "without the licence Regulation 2021/821 requires and for an Iranian end user; Romanian wording (heavy "
         "water repeats in several sets under NMR-solvent and laboratory-water labels, kept as a repeat; a "
         "battery-water label from Romania is the new part as far as a search found)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "BR", [], "IT", "440799",
         "Blocos laminados de nogueira para punhos de arco (risers), 80 peças", "BR", 240, 80, 1600, "USD",
         "laminated walnut riser blanks are glued stacks of pale and dark veneers with glue lines showing; these 80 "
         "are solid, heavy, chocolate-brown to purple-black blocks with black streaks, an oily feel and a sweet rose "
         "scent when sawn: Brazilian rosewood (Dalbergia nigra, CITES App. I), which may not be traded commercially "
         "and has no CITES documents here, flown from São Paulo to Milan for a custom bowyer; Brazilian Portuguese "
         "wording (Dalbergia nigra repeats in several sets under guitar and knife-handle labels; a bow-riser blank "
         "label was found in no earlier row by a keyword search)", firm("Orion Archi Srl", "IT")),
        ("WLF-02", "import", "ESAIR01", "air", "NI", [], "ES", "442199",
         "Cachas de nogal teñido para pistolas de tiro deportivo, 1.200 pares", "NI", 240, 1200, 3600, "USD",
         "stained walnut grips for sport pistols are light, open-pored and brown right through; these 1,200 pairs "
         "are dense, oily, orange-red to dark-striped wood that sinks in water and smells spicy when sanded: cocobolo "
         "(Dalbergia retusa, CITES App. II, over 10 kg of finished products) without the Nicaraguan export permit, "
         "flown from Managua to Madrid for a sport-shooting gunsmith; Nicaraguan Spanish wording (cocobolo repeats in "
         "a few sets as knife-handle blocks; sport-pistol grips were found in no earlier row by a keyword search)",
         firm("Delta Tiro Deportivo SL", "ES")),
        ("WLF-03", "import", "PLPOST01", "post", "TZ", [], "PL", "960190",
         "Pete za kidole gumba za kurusha mishale, mfupa wa ng'ombe, 200", "TZ", 3.6, 200, 200, "USD",
         "cattle-bone thumb rings are chalky white with dark dots of blood-vessel canals; these 200 are dense, "
         "creamy, with fine curved growth lines and a band of hard enamel on some: hippopotamus canine ivory "
         "(Hippopotamus amphibius, CITES App. II) without CITES documents, posted from Dar es Salaam to a private "
         "horseback archer in Kraków who sells rings to club members; Swahili wording (hippo teeth repeat in several "
         "sets, under warthog and bone labels among them; archers' thumb rings were found in no earlier row by a "
         "keyword search)", person("Anna Kowalska", "PL")),
        ("WLF-04", "import", "DEAIR01", "air", "BO", [], "DE", "420291",
         "Aljabas y protectores de brazo de cuero vacuno grabado tipo cocodrilo, 300 piezas", "BO", 180, 300, 4500,
         "USD",
         "crocodile-embossed cowhide has an even, pressed pattern that repeats and a flat back; these 300 quivers and "
         "arm guards are of real reptile skin with bony scale plates, umbilical scars and rows of tiles that never "
         "repeat, from a Beni tannery: yacare caiman (Caiman yacare, CITES App. II) leather goods without the "
         "Bolivian export permit, flown from Santa Cruz to Frankfurt for an archery wholesaler; Bolivian Spanish "
         "wording (crocodile-embossed labels on real reptile leather repeat in several sets, kept as a repeat of the "
         "cover; archery quivers and arm guards are the new part as far as a search found)",
         firm("Vega Bogensport GmbH", "DE")),
        ("WLF-05", "import", "ATAIR01", "air", "NA", [], "AT", "430219",
         "Springbockfelle, gegerbt, Jagdtrophäen, 40 Stück", "NA", 80, 40, 2000, "USD",
         "a bowhunting safari's trophy shipment for a Viennese archer: springbok skins and warthog tusks are what "
         "Namibian bowhunting outfitters send home with a client, but the third item's twelve 'black-backed jackal "
         "skins' are tawny-red, unmarked skins with long black ear tufts and black-and-white face marks: caracal "
         "(Caracal caracal, CITES App. II) without the Namibian export permit, hidden as the last item of a "
         "three-item declaration, flown from Windhoek to Vienna; Namibian German wording (hunting trophies repeat in "
         "many sets; caracal under a jackal label behind a bowhunter's springbok skins was found in no earlier row by "
         "a keyword search)",
         dict(person("Thomas Gruber", "AT"),
              _more_items=[item("050790", "Warzenschweinhauer, gereinigt, 30 Paar", "NA", 6, 600, "USD", qty=30),
                           item("430219", "Schabrackenschakalfelle, gegerbt, 12 Stück", "NA", 12, 360, "USD",
                                qty=12)])),
        ("WLF-06", "import", "SKAIR01", "air", "KG", [], "SK", "050790",
         "Кочкордун мүйүздөрү, тазаланган, аткычтар клубунун трофей дубалы үчүн, 6 жуп", "KG", 90, 6, 300, "USD",
         "domestic ram horns are thin, tightly curled and weigh a kilo or two a pair; these six pairs are massive, "
         "open spirals of 120-150 cm with heavy growth rings and the skull plates still attached, 15 kg a pair: "
         "argali (Ovis ammon, CITES App. II, Union Annex A) hunting trophies without the Kyrgyz export permit or the "
         "Union import permit, flown from Bishkek to Bratislava for the trophy wall of a Slovak shooting club; Kyrgyz "
         "wording (domestic-ram-horn labels in Kyrgyz repeat in a few sets, blind57, blind133 and blind214, kept as a "
         "repeat of the label; a shooting club's trophy wall is the new part as far as a search found)",
         firm("Central Poľovníctvo s.r.o.", "SK")),
        ("WLF-07", "import", "FRAIR01", "air", "MG", [], "FR", "442199",
         "Tapa-kazo voaloko mainty ho an'ny tendron'ny tsipìka, 2 000", "MG", 40, 2000, 400, "USD",
         "the black tip overlays bowyers glue on traditional bows are dyed maple or phenolic, light, even and pale "
         "where scratched; these 2,000 are dense, jet-black heartwood that sinks in water, takes a glassy polish and "
         "stays black right through: Malagasy ebony (Diospyros spp., Madagascar populations, CITES App. II and under "
         "an export ban) without CITES documents, flown from Antananarivo to Paris for a traditional-bow supplier; "
         "Malagasy wording (Madagascar ebony repeats in a few sets under guitar-part labels; bow-tip overlays were "
         "found in no earlier row by a keyword search)", firm("Rivage Archerie SARL", "FR")),
        ("WLF-08", "transit", "NLAIR01", "air", "SC", ["NL"], "HK", "030819",
         "Bèch-de-mer sek (Holothuria atra), 60 kg", "SC", 60, None, 600, "USD",
         "lollyfish (Holothuria atra) dries to small, black, wrinkled sausages worth a few dollars a kilo; these "
         "60 kg are large, thick, grey-brown bodies with the teat-like side bumps of teatfish, worth hundreds of "
         "dollars a kilo: white and black teatfish (Holothuria fuscogilva and H. nobilis, CITES App. II) without "
         "Seychelles export permits, landed at Amsterdam in transit from Mahé to Hong Kong, although specimens in "
         "transit through the Union must carry them; Seychellois Creole wording (sea cucumbers repeat in several sets "
         "and lollyfish labels twice, blind86 and blind106; teatfish through Amsterdam from the Seychelles are the new part as "
         "far as a search found)", {"importer_country": "HK"}),
        ("WLF-09", "import", "ITSEA01", "sea", "TN", [], "IT", "030484",
         "Tranches d'espadon congelées, cartons de 10 kg, 400 cartons", "TN", 4000, 400, 36000, "USD",
         "swordfish steaks are pale pink to white, with a dark red muscle band and swirled rings and no scales; "
         "these 400 cartons hold ivory-white steaks without the swirl, cut from a fish with a cartilaginous "
         "skeleton, and the skin left on some is sandpaper-rough shark skin: shortfin mako (Isurus oxyrinchus, CITES "
         "App. II) without the Tunisian export permit, by sea from Sfax to Salerno; Tunisian French wording (mako "
         "under swordfish labels repeats in a few sets, blind29 among them, kept as a repeat; from Tunisia is the new "
         "part as far as a search found)", firm("Meridian Ittica Srl", "IT")),
        ("WLF-10", "import", "ESSEA01", "sea", "PE", [], "ES", "440729",
         "Madera aserrada de marupá (Simarouba amara), para cajas de puros, 1 contenedor", "PE", 21000, None, 8400,
         "USD",
         "marupá is a pale, almost white, light and bitter wood used for cigar boxes; this container holds heavier, "
         "reddish-brown boards with a ribbon figure that darken in light and smell faintly of cedar: bigleaf mahogany "
         "(Swietenia macrophylla, CITES App. II) without the Peruvian export permit, by sea from Callao to Valencia; "
         "Peruvian Spanish wording (mahogany and other tropical timbers under plantation-wood labels repeat in many "
         "sets; a marupá label was found in no earlier row by a keyword search)", firm("Alpina Maderas SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "air", "CA", "BE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (lead-dust cleaning of a home reloading bench)",
     "CA", 2.3, 2, 40, "CAD", [("PRECURSOR_LICENCE", "BE-SPF-72-0063")],
     "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLAIR01", "air", "CN", "PL", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur chemistry)", "CN", 1, 1, 35, "USD",
     [("PRECURSOR_LICENCE", "PL-ABW-72-0148")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262029",
     "Lead-bearing bullet-trap fines and sand from an indoor range (17 05 03*), for treatment at a licensed plant, 18 t",
     "NO", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-72-0214")],
     "notified bullet-trap residue to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "854914",
     "Waste LiPo and NiMH packs from airsoft clubs, discharged, for recycling at a licensed plant, 2 t", "CH", 2000,
     None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-72-0388")], "notified waste airsoft batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "SEAIR01", "air", "US", "SE", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "SE-NV-ODS-72-006")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FISEA01", "sea", "US", "FI", "290376",
     "Halon 1301, recovered and reclaimed, 12 cylinders, for critical use in armoured-vehicle crew fire suppression",
     "US", 540, 12, 11000, "USD", [("ODS_LICENCE", "FI-SYKE-ODS-72-002")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ATROAD01", "road", "AT", "CH", "970121",
     "Painted honour targets of a Tyrolean shooting company, 1809-1850, 4, loan to a Swiss museum", "AT", 24, 4,
     60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-72-0031")],
     "painted targets exported with the EU export licence and the Austrian permit"),
    ("PRM-08", "cultural", "export", "PLAIR01", "air", "PL", "US", "970610",
     "Silver cockerel of a fowler brotherhood, Gdańsk, c. 1700, loan to a US exhibition", "PL", 3, 1, 150000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKDN-EXP-72-0044")],
     "guild silver exported with the EU export licence and the Polish permit"),
    ("PRM-09", "strategic", "export", "DKAIR01", "air", "DK", "CH", "852610",
     "Doppler muzzle-velocity radar with tablet, 1 unit, for a Swiss federal proving ground", "DK", 25, 1, 60000,
     "EUR", [("EXPORT_LICENCE", "DK-ERST-72-0017"), ("END_USER_CERTIFICATE", "CH-ARMASUISSE-EUC-72-0008")],
     "military muzzle-velocity radar under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "IN", "681511",
     "Carbon fibre tow T800 12K, 2 t, for an Indian archery-arrow maker", "FR", 2000, None, 90000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-72-0121"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-72-0340")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "NI", "ES", "442199",
     "Cocobolo sport-pistol grips (Dalbergia retusa), 400 pairs", "NI", 80, 400, 6000, "USD",
     [("CITES_PERMIT", "NI-MARENA-72-0087")], "App. II cocobolo products with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "BO", "DE", "420291",
     "Yacare caiman leather archery quivers (Caiman yacare), 60 units", "BO", 36, 60, 3600, "USD",
     [("CITES_PERMIT", "BO-MMAYA-72-0152")], "App. II caiman leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Osoba prywatna", "PRM-05": "Central Analys AB",
    "PRM-06": "Nordhafen Ajoneuvohuolto Oy", "PRM-11": "Delta Tiro Deportivo SL", "PRM-12": "Vega Bogensport GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # airsoft shops, paintball parks, archery shops and bowyers, shooting ranges and their suppliers
    ("340290", "Lead-dust surface cleaner for reloading benches, phosphate-based, 1 gal", "import", ["express"], ["CA", "US"], (12, 25), (1, 4), ["CAD", "USD"], 0.25, S),
    ("340399", "Crossbow rail and string lube, silicone, 30 ml tubes", "import", ["post"], ["TW", "US"], (40, 80), (1, 2), ["USD"], 30, S),
    ("320650", "Strontium-aluminate glow powder for tracer BBs, 1 kg", "import", ["air"], ["CN"], (20, 40), (100, 400), ["USD"], 1, S),
    ("310311", "Triple superphosphate, granular, 50 kg bags", "import", ["sea"], ["EG", "MA"], (0.35, 0.55), (15000, 25000), ["USD"], 0.02, S),
    ("252620", "Talc powder for bowhunters' wind checkers, 1 kg", "import", ["air"], ["ZA", "US"], (3, 6), (100, 400), ["USD"], 1, S),
    ("340130", "Lead-removal hand soap for shooters, 500 ml", "import", ["road"], ["TR"], (3, 5), (500, 2000), ["EUR"], 2, S),
    ("390729", "Polyethylene glycol 400 for paintball fill, drums", "import", ["sea"], ["MX", "US"], (1.5, 2.5), (4000, 12000), ["USD"], None, S),
    ("320649", "Dyed chalk powder for flash clay targets, 25 kg bags", "import", ["sea"], ["IN"], (0.5, 1), (8000, 16000), ["USD"], 0.04, S),
    ("380894", "Paintball bunker cleaner, quaternary ammonium, 20 l", "import", ["road"], ["RS"], (1.5, 3), (1000, 4000), ["EUR"], 0.05, S),
    ("283321", "Epsom salt for float tanks, 25 kg sacks", "import", ["sea"], ["JO", "IL"], (0.25, 0.45), (15000, 22000), ["USD"], 0.04, S),
    ("251710", "Crushed limestone aggregate, 0-16 mm", "export", ["sea"], ["GH", "SN"], (0.02, 0.05), (20000, 28000), ["EUR"], None, S),
    ("390110", "LDPE granules, virgin, for shotgun-wad moulding", "export", ["sea"], ["ID", "MY"], (1.2, 1.8), (18000, 24000), ["EUR"], None, S),
    ("850760", "LiPo batteries 11.1 V for airsoft replicas, new, boxed", "import", ["air"], ["CN", "HK"], (30, 60), (100, 400), ["USD"], 10, S),
    ("903180", "Electronic scoring targets for 10 m ranges, new", "import", ["air"], ["CH", "NO"], (200, 400), (50, 200), ["CHF", "EUR"], 0.05, S),
    ("780110", "Refined lead ingots 99.97 %, for bullet casting", "import", ["sea"], ["KR", "AU"], (2, 3), (10000, 20000), ["USD"], None, S),
    ("392043", "PVC tarpaulin, new, rolls", "import", ["sea"], ["CN", "KR"], (2, 4), (4000, 10000), ["USD"], None, S),
    ("900490", "Paintball and airsoft masks, thermal lens, new", "import", ["sea"], ["TW", "CN"], (15, 30), (1000, 4000), ["USD"], 2, S),
    ("253090", "Sepiolite cat litter, 10 kg bags", "export", ["sea"], ["MA", "DZ"], (0.15, 0.3), (18000, 24000), ["EUR"], 0.1, S),
    ("271112", "Airsoft green gas (propane with silicone oil), 1,000 ml cans", "import", ["sea"], ["TW", "CN"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("381400", "Arrow-shaft prep cleaner, isopropanol, 250 ml", "import", ["post"], ["KR", "US"], (20, 40), (1, 3), ["USD"], 4, S),
    ("281121", "Liquid CO2 siphon cylinders for paintball fill stations, 20 kg", "import", ["sea"], ["CN"], (1, 2), (2000, 6000), ["USD"], 0.05, S),
    ("381400", "Hop-up and inner-barrel cleaner, isopropanol, 100 ml", "import", ["express"], ["HK", "TW"], (30, 60), (1, 3), ["USD"], 10, S),
    ("381400", "Fletching-glue remover, acetone-based, 250 ml", "import", ["post"], ["IN"], (15, 30), (1, 3), ["USD"], 4, S),
    ("350691", "Cyanoacrylate fletching glue with heptane activator spray", "import", ["road"], ["UA", "TR"], (8, 15), (200, 800), ["EUR"], 6, S),
    ("871639", "Mobile laser-shooting trailers, new, without air conditioning", "export", ["road"], ["RS", "BA"], (4, 8), (4000, 9000), ["EUR"], 0.0002, S),
    ("711620", "Jade archery thumb rings, new", "import", ["express"], ["CN", "TR"], (200, 400), (1, 2), ["USD"], 50, S),
    ("830629", "Silver-plated brass rooster figures, new", "export", ["air"], ["US", "CA"], (30, 60), (50, 200), ["EUR"], 2, S),
    ("442199", "Painted wooden decorative targets, new", "export", ["road"], ["CH"], (8, 15), (200, 800), ["EUR"], 0.5, S),
    ("950699", "Mongolian-style horn-and-fibreglass bows, new", "import", ["air"], ["MN", "CN"], (40, 80), (50, 200), ["USD"], 0.5, S),
    ("960190", "Cattle-bone archery thumb rings and bow plates, new", "import", ["post"], ["TZ", "IN"], (40, 80), (1, 3), ["USD"], 50, S),
    ("401699", "Self-healing rubber target blocks for indoor ranges", "export", ["road"], ["NO", "CH"], (4, 8), (2000, 8000), ["EUR"], 0.05, S),
    ("902920", "Optical chronographs for airsoft and paintball, new", "import", ["post", "express"], ["CN", "US"], (40, 80), (1, 3), ["USD"], 3, S),
    ("950699", "Carbon arrow shafts, cut and spined", "import", ["air"], ["US", "KR"], (60, 120), (50, 300), ["USD"], 40, S),
    ("950490", "Laser dry-fire training kits for home use", "import", ["post"], ["US", "CN"], (40, 80), (1, 3), ["USD"], 2, S),
    ("851830", "Electronic hearing protectors for shooting, new", "import", ["sea"], ["CN", "SE"], (20, 40), (1000, 3000), ["USD"], 3, S),
    ("900490", "Shooting glasses with yellow lenses, new", "import", ["post", "express"], ["CN", "TW"], (40, 80), (1, 3), ["USD"], 20, S),
    ("392690", "Dummy PEQ battery boxes for airsoft, plastic", "import", ["post"], ["CN", "HK"], (30, 60), (1, 3), ["USD"], 5, S),
    ("440799", "Laminated maple and walnut bow-riser blanks", "import", ["air"], ["US", "CA"], (8, 15), (100, 400), ["USD"], 0.3, S),
    ("442199", "Walnut grip blanks for sport pistols", "import", ["air"], ["TR", "US"], (20, 40), (50, 200), ["USD"], 4, S),
    ("420291", "Cowhide archery quivers and arm guards, embossed", "import", ["air"], ["IN", "PK"], (20, 40), (100, 400), ["USD"], 1.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701349", "Glass oil-and-vinegar cruet sets", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 2, N),
        ("680291", "Marble mortar and pestle sets", "import", ["sea"], ["IN", "VN"], (1, 2), (4000, 10000), ["USD"], 0.5, N),
        ("560750", "Braided polyester clotheslines, 20 m", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 6, N),
        ("920810", "Wooden hand-crank music boxes", "import", ["post", "express"], ["JP", "GB"], (40, 80), (1, 3), ["JPY", "GBP"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind277", 20720501, HERE)


if __name__ == "__main__":
    main()
