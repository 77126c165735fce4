#!/usr/bin/env python3
"""Writes the hundred-and-ninetieth blind set (tests/risk/data/blind190-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2057, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: the pet, aquarium, hobby and
garden trade (pet shops and breeders, aquarium, pond and reptile suppliers, pigeon and
cage-bird fanciers, model-making, model-railway, knife-making and hobby-chemistry
suppliers, anglers, garden centres, nurseries and florists).
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
would. Ids are BL190-*:

    python3 tests/risk/data/make_blind190_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2057, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2057
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "TH", [], "DK", "382499",
         "คาร์บอนน้ำสำหรับตู้ไม้น้ำ (Liquid carbon สูตรกลูตาราลดีไฮด์), ขวด 1 ลิตร, 4 ขวด", "TH", 4.6, 4, 1400, "THB",
         "liquid carbon for planted aquaria is a 1.5-2.5 % glutaraldehyde solution of about 1.0 kg/l that smells "
         "sharp and medicinal and is dosed by the capful; these four bottles hold a water-clear, odourless liquid of "
         "1.13 kg/l under vented caps that whitens and stings the skin, fizzes on a drop of blood and bleaches an "
         "aquarium plant leaf in minutes: about 35 % hydrogen peroxide (Annex I above 12 %), posted from a Bangkok "
         "aquascaping shop to a private aquarist in Aarhus; Thai wording (hydrogen peroxide repeats in many sets "
         "and aquarium covers, Oxydator refills among them, in several; a planted-aquarium liquid-carbon label was "
         "found in no earlier row by a keyword search, the one 'liquid carbon' row being CO2 cylinders in blind129)",
         person("Mette Jensen", "DK")),
        ("PRE-02", "import", "CZAIR01", "express", "GB", [], "CZ", "230990",
         "Carp bait liquid attractant 'boilie glug', krill and tiger nut, 4 x 1 litre", "GB", 4.6, 4, 64, "GBP",
         "boilie glugs are thick, brown, sweet-fishy syrups of amino acids, molasses and flavour that cling to a bait; "
         "these four bottles hold a thin, pale-yellow, oily liquid of 1.14 kg/l with a faint solvent smell that does "
         "not mix with water, has no fishy smell at all and burns with a bright flame: nitromethane (Annex I above "
         "16 %), sent by express from a Kent bait maker to a private carp angler in České Budějovice, although "
         "flammable liquids travel by express only as declared dangerous goods; UK English wording (nitromethane "
         "repeats in many sets; a carp-fishing glug label was found in no earlier row by a keyword search)",
         person("Jiří Dvořák", "CZ")),
        ("PRE-03", "import", "NLSEA01", "sea", "MY", [], "NL", "321290",
         "Pewarna kolam hitam pekat (black pond dye), botol 1 liter, 1,200 botol", "MY", 2210, 1200, 3600, "USD",
         "black pond dye is a water-based food colour of about 1.05 kg/l that turns a bucket of water black and is "
         "harmless to fish; these 1,200 bottles hold a black, oily liquid of 1.84 kg/l that grows hot with a drop of "
         "water, chars a leaf at once and eats through a cotton glove, the colour being the impurities of spent "
         "technical acid: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by "
         "sea from Port Klang to Rotterdam for a garden-centre chain's pond department; Malay wording (sulphuric "
         "acid repeats in many sets under drain-cleaner, descaler and syrup labels; a pond-dye label was found in no "
         "earlier row by a keyword search)", firm("Horizon Tuincentra BV", "NL")),
        ("PRE-04", "import", "ITAIR01", "express", "KR", [], "IT", "290960",
         "폴리에스터 수지용 경화제 (MEKP), 모형·디오라마 주형용, 500 ml × 6병", "KR", 3.4, 6, 42000, "KRW",
         "MEKP hardener for polyester casting resin is a 30-35 % solution of methyl ethyl ketone peroxide in a "
         "phthalate, an oily, faintly sweet liquid of about 1.17 kg/l sold in 100 ml dropper bottles; these six "
         "500 ml bottles hold a thin, water-clear, odourless liquid of 1.20 kg/l under vented caps that mixes with "
         "water in any proportion, whitens the skin and foams on a rusty file: about 50 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Seoul to a private diorama builder in Bologna; Korean wording "
         "(hydrogen peroxide repeats in many sets and resin-hardener covers (epoxy component B) in two; an MEKP "
         "label was found in no earlier row by a keyword search)", person("Luca Ferri", "IT")),
        ("PRE-05", "import", "PLAIR01", "air", "CN", [], "PL", "950300",
         "塑料拼装模型套件 1:35，坦克与人物，800 盒", "CN", 640, 800, 9600, "USD",
         "a model-shop air shipment from Shantou for a Kraków hobby chain: plastic kits and acrylic model paints are "
         "what Chinese makers send, but the third item's 'brass-blackening fluid' is 600 small bottles of a water-"
         "clear liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and eats a brass rail "
         "section green at once, with no selenium or copper salts in it: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, flown from "
         "Shenzhen to Warsaw; Chinese wording (nitric acid repeats in many sets; a brass-blackening label was found "
         "in no earlier row by a keyword search)",
         dict(firm("Orion Modelarstwo Sp. z o.o.", "PL"),
              _more_items=[item("320810", "丙烯酸模型漆 17 ml，2 400 瓶", "CN", 96, 2400, "USD", qty=2400),
                           item("381010", "黄铜发黑液，模型专用，250 ml，600 瓶", "CN", 210, 900, "USD", qty=600)])),
        ("PRE-06", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "330730",
         "Güvercin banyo tuzu, bitkisel, 1 kg kutu, 1.200 kutu", "TR", 1200, 1200, 1800, "EUR",
         "pigeon bath salt is a coarse, grey-white mix of Epsom salt and dried herbs that smells of eucalyptus and "
         "is stirred into the loft bath before a race; these 1,200 tubs hold glossy, odourless, colourless crystals "
         "with no herbs, that taste cool rather than bitter, spit violet sparks on a hot plate and flare when rubbed "
         "with sugar: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry "
         "through Bulgaria to Giurgiu for a Bucharest pigeon-sport supplier that sells to fanciers; Turkish wording "
         "(potassium chlorate repeats in many sets and bath-salt labels in many, on potassium chlorate in blind34; "
         "pigeon rows repeat in several, one of them ammonium nitrate as pigeon grit in blind125; a pigeon bath-salt label was found in no earlier row by a keyword search)", firm("Vega Columbofilie SRL", "RO")),
        ("PRE-07", "import", "FRAIR01", "air", "VN", [], "FR", "250100",
         "Muối ấp trứng Artemia (muối biển tinh), túi 1 kg, 800 túi", "VN", 800, 800, 1600, "USD",
         "Artemia hatching salt is plain, slightly grey sea salt with a pinch of soda, salty to the tongue, for "
         "hatching brine shrimp as fry food; these 800 bags hold bright-white, damp-looking crystals that taste "
         "bitter-cool rather than salty, draw water from the air and burn fiercely mixed with flour: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Ho Chi Minh City to "
         "Paris for an aquarium wholesaler that supplies pet shops; Vietnamese wording (sodium perchlorate repeats "
         "in many sets and salt labels on perchlorates and chlorates in several, koi-pond salt twice (blind101, blind103); an Artemia hatching-salt label was "
         "found in no earlier row by a keyword search)", firm("Rivage Aquariophilie SARL", "FR")),
        ("PRE-08", "import", "DEAIR01", "express", "TW", [], "DE", "283329",
         "水晶蝦專用礦物鹽 GH+，500 公克罐裝，6 罐", "TW", 3.2, 6, 1800, "TWD",
         "shrimp GH+ salts are a fine, white, slightly chalky mix of calcium and magnesium sulphates that clouds the "
         "water for a moment and tastes of nothing; these six tubs hold clear, glassy crystals that dissolve at once "
         "into clear water, draw moisture, taste cool and salty and flare yellow when a pinch is dropped on a hot "
         "stove: sodium chlorate (Annex I above 40 %), sent by express from Taoyuan to a private shrimp keeper in "
         "Hanover; traditional Chinese wording from Taiwan (sodium chlorate repeats in many sets; a shrimp-mineral "
         "label was found in no earlier row by a keyword search, and Neocaridina shrimp only as live animals)",
         person("Herr K. Becker", "DE")),
        ("PRE-09", "import", "BGSEA01", "sea", "GE", [], "BG", "271220",
         "სანთლის ქვიშა (გრანულირებული პარაფინი), 500 გ პაკეტი, 30 000 პაკეტი", "GE", 15000, 30000, 9000, "USD",
         "candle sand is granulated paraffin that feels waxy, floats on water, smears under a thumbnail and melts "
         "into a clear liquid at 60 °C; these bags hold hard, white, 2 mm prills that sink, turn ice-cold in water, "
         "do not smear, smell of nothing and melt and fume on a hot plate, and the lot matches a Rustavi fertiliser "
         "plant's bagging codes: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the "
         "public, by sea from Poti to Varna for a craft and hobby chain; Georgian wording (ammonium nitrate repeats "
         "in many sets and candle-making covers on it in two, soy wax in blind129 and granulated paraffin in "
         "blind132, and Georgian ammonium nitrate once, as pigeon grit in blind125; kept as a repeat of the family, a "
         "candle-sand label by sea to Bulgaria is the new part)",
         firm("Delta Hobi Market EOOD", "BG")),
        ("PRE-10", "import", "ESAIR01", "air", "JP", [], "ES", "252020",
         "ジオラマ・情景用 石膏パウダー (キャスティング用), 1 kg 袋, 240 袋", "JP", 240, 240, 216000, "JPY",
         "casting plaster for dioramas is a soft, warm-white powder that sets hard and warm within minutes of "
         "mixing with water; these 240 bags hold a heavier, gritty, glittering white powder that never sets, "
         "barely dissolves, burns with a violet flash mixed with sugar and whose inner bags carry CAS 7778-74-7: "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Osaka to "
         "Barcelona for a model-making shop; Japanese wording (potassium perchlorate repeats in many sets, as "
         "model-railway snow powder in blind63 and under plaster-like labels in a few; a diorama casting-plaster "
         "label was found in no earlier row by a keyword search)", firm("Central Maquetas SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "VN", "390210",
         "PP regranulaat, zwart, uit kwekerijpotten, big bags, 24 t", "NL", 24000, None, 4800, "EUR",
         "PP regranulate is washed, melted and cut into even, dry, 3-4 mm pellets of one polymer; these bags hold "
         "whole and crushed black nursery pots and propagation trays of mixed PP, PS and PVC with potting soil, "
         "roots, plant labels and slug-pellet residue still in them, from Westland and Boskoop nurseries: mixed "
         "plastic waste (Y48) and not a regranulate, whose export to a non-OECD country the Union's waste-shipment "
         "rules (Regulation 2024/1157) forbid, from Rotterdam to Hai Phong; Dutch wording (plastic waste repeats in "
         "many sets and regrind labels in many; nursery pots and trays were found in no earlier row by a keyword "
         "search)", {"importer_country": "VN"}),
        ("WST-02", "export", "HRROAD01", "road", "HR", [], "BA", "310100",
         "Biostimulator za bilje na bazi morskih algi, tekući, kanistri 5 l, 800 kom", "HR", 4200, 800, 2400, "EUR",
         "a seaweed plant biostimulant is a brown, sea-smelling liquid of about 1.1 kg/l in new, sealed canisters "
         "with one label and a batch number; these 800 canisters are mixed, part-used and out-of-date garden-centre "
         "returns of insecticides, slug killers and weedkillers, some with actives long withdrawn, relabelled over "
         "the old labels, smelling of solvent and organophosphate: waste pesticides (20 01 19*, 02 01 08*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry at Stara Gradiška for a Banja "
         "Luka 'agro pharmacy'; Croatian wording (obsolete pesticides repeat in many sets, and biostimulant labels on "
         "waste agrochemicals twice, blind117 and blind181; kept as a repeat, garden-centre returns by road to "
         "Bosnia are the new part)",
         {"importer_country": "BA"}),
        ("WST-03", "export", "ROROAD01", "road", "RO", [], "MD", "380891",
         "Produse antiparazitare pentru câini și pisici, termen scurt, pipete și zgărzi, 3 paleți", "RO", 900, 30000,
         1500, "EUR",
         "short-dated pet antiparasitics are sealed retail boxes with months of shelf life left; these three "
         "pallets hold crushed and open boxes of spot-on pipettes and insecticidal collars a year or more past their "
         "date, swept from a Romanian pet-shop chain's returns cage, many leaking and smelling of solvent and "
         "permethrin: waste pesticides and veterinary medicines (20 01 19*, 18 02 07*), hazardous waste whose "
         "export to a non-OECD country is banned, at Albița-Leușeni for a Chișinău 'pet shop'; Romanian wording "
         "(expired-goods covers repeat in several sets; pet spot-ons and collars as waste were found in no earlier "
         "row by a keyword search)", {"importer_country": "MD"}),
        ("WST-04", "transit", "BESEA01", "sea", "GB", ["BE"], "NG", "843311",
         "Used robotic lawn mowers, tested and working, with batteries, 600 pcs", "GB", 7800, 600, 6000, "GBP",
         "used robotic mowers for resale are cleaned, boxed units with their docking stations and a test sheet; "
         "these 600 are loose in gaylords, cracked, with grass and soil in the decks, no chargers, and many with "
         "swollen or split lithium-ion packs, collected as warranty returns by an English dealer: waste electrical "
         "equipment with lithium batteries (A1180), hazardous waste whose shipment through the Union to a non-OECD "
         "country needs the notification and consents it lacks and whose export is banned, landed at Antwerp in "
         "transit from Felixstowe to Lagos; English wording (used electronics to Nigeria repeat in many sets and "
         "robotic mowers in two strategic rows, blind132 and blind155; robot mowers as waste in transit were found in no earlier "
         "row by a keyword search)", {"importer_country": "NG"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "GE", "230990",
         "Meisenknödel und Futterblöcke für Wildvögel, 20 t", "DE", 20000, None, 3000, "EUR",
         "fat balls for wild birds are greasy, yellow-brown blocks of suet and seeds in green nets that smell of "
         "lard; this container holds hard, blue-green wax blocks with a hole for a wire, stamped with a poison "
         "symbol and 'Brodifacoum 0,0025 %' under the new labels, smelling of nothing edible, from a pest-control "
         "wholesaler's expired stock: waste rodenticides (20 01 19*), hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Poti for a Tbilisi 'pet-food' trader; German wording (waste "
         "pesticides repeat in several sets; rodenticide blocks as bird food were found in no earlier row by a "
         "keyword search)", {"importer_country": "GE"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "681182",
         "Pflanztröge und Blumenkästen aus Faserzement, asbestfrei, gebraucht, 900 Stück", "AT", 21600, 900, 2700,
         "EUR",
         "asbestos-free fibre-cement planters carry an 'NT' or 'AF' mark, are light grey and break with a clean, "
         "cellulose-fibred edge; these 900 are 1950s-1980s Eternit troughs and balcony boxes, mossy and weathered, "
         "with a grey, fibrous break showing chrysotile under a lens, gathered from garden clearances and council "
         "depots in Upper Austria: asbestos-containing waste (17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry through Hungary to a Novi Sad 'garden design' trader; Austrian German "
         "wording (asbestos cement repeats in many sets, under Eternit labels in several; planters and flower boxes "
         "were found in no earlier waste row by a keyword search)", {"importer_country": "RS"}),
        ("WST-07", "export", "SISEA01", "sea", "SI", [], "NG", "851610",
         "Rabljena akvaristična oprema: grelci, črpalke, UV-C sterilizatorji, delujoče, 40 čeveljni zabojnik", "SI",
         9000, 12000, 6000, "EUR",
         "used aquarium equipment for resale is tested, cleaned and packed unit by unit; this container holds "
         "12,000 heaters, pumps, LED bars and UV-C clarifiers thrown loose in bags, many with cracked glass, broken "
         "mercury UV-C tubes and cut cords, the warranty returns and scrap of a Ljubljana aquarium wholesaler: "
         "waste electrical and electronic equipment with mercury lamps (A1180, A1030), hazardous waste whose export "
         "to a non-OECD country is banned, from Koper to Apapa for a Lagos 'pet shop'; Slovenian wording (e-waste "
         "to Nigeria repeats in many sets and used UV-C lamps once, blind173, from ships' ballast systems; aquarium "
         "equipment as e-waste was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MA", "381400",
         "Diluent per a aerògraf, base aigua-alcohol, bidons de 200 l, 60 bidons", "ES", 11000, 60, 3000, "EUR",
         "airbrush thinner is a clear, water-alcohol mix in sealed new drums with a batch certificate; these 60 "
         "drums hold a grey-brown, layered liquid with pigment sludge, dried paint skins and a strong smell of "
         "glycol ethers and ammonia, the spent cleaning solvent of a Barcelona model-paint maker's filling lines: "
         "waste organic solvents and paint sludge (07 01 04*, 08 01 11*), hazardous waste whose export to a non-OECD "
         "country is banned, from Barcelona to Tanger Med for a 'paint shop'; Catalan wording (waste solvents "
         "repeat in many sets and airbrush-cleaner labels in two, on nitromethane; an airbrush thinner on waste "
         "was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "SN", "890331",
         "Bateaux de plaisance d'occasion, moteur in-bord, coques polyester, 6 unités", "FR", 18000, 6, 12000, "EUR",
         "used motor cruisers sold on carry papers, a recent survey and a working engine; these six 1970s-1980s "
         "hulls have delaminated, holed bottoms, engines seized in oily bilge water, old batteries, tributyltin "
         "antifouling flaking off and asbestos lagging on the exhausts, towed out of a Brittany marina's wreck "
         "yard: end-of-life vessels with oils, batteries and hazardous components, hazardous waste whose export to a "
         "non-OECD country is banned, from Le Havre to Dakar for a 'boatyard'; French wording (ships for scrapping "
         "repeat in several sets and a used fishing boat once, blind43, as a strategic row; end-of-life pleasure "
         "boats were found in no earlier waste row by a keyword search)", {"importer_country": "SN"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "AL", "250810",
         "Argilla per laghetti koi (montmorillonite), sacchi 25 kg, 960 sacchi", "IT", 24000, 960, 2400, "EUR",
         "koi clay is a dry, pale-beige montmorillonite powder that swells in water and is sold in small tubs; "
         "these sacks hold a damp, black, sulphide-smelling silt with shell grit and oily streaks that reads "
         "mercury and PAHs far above soil limits, dredged from a canal of the Porto Marghera industrial zone: "
         "dredging spoil containing hazardous substances (17 05 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Venice to Durrës for a Tirana 'garden-centre' buyer; Italian wording (contaminated "
         "sediments and dredgings repeat in several sets under clay, sand and soil labels; a koi-clay label was found in no earlier row "
         "by a keyword search)", {"importer_country": "AL"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "CN", [], "NL", "841861",
         "锦鲤池塘专用热泵, 5 kW, 冷媒 R-32, 120 台", "CN", 7200, 120, 42000, "USD",
         "koi-pond heat pumps sold in the Union carry R-32 or R-290, an A2L or flammable-gas mark and a nameplate "
         "with the charge in CO2 equivalents; these 120 have no such mark, the stickers on the nameplates cover "
         "'R22 1.1 kg' and the service valves take R-22 hoses: equipment pre-charged with HCFC-22, whose import "
         "into the Union Regulation 2024/590 bans, by sea from Ningbo to Rotterdam for a koi and pond wholesaler; "
         "Chinese wording (R-22 equipment repeats in many sets and heat pumps in several, pool heat pumps among "
         "them; a koi-pond label was found in no earlier ozone row by a keyword search)",
         firm("Nordhafen Vijvertechniek BV", "NL")),
        ("OZN-02", "import", "HUROAD01", "road", "RS", [], "HU", "340590",
         "Sprej za sjaj listova sobnog bilja, 400 ml, 4.800 komada", "RS", 2900, 4800, 4300, "EUR",
         "leaf-shine sprays for houseplants are a light paraffin or silicone emulsion in a propane-butane can that "
         "burns at the nozzle and carries a flammable pictogram; these 4,800 cans have no pictogram, do not light, "
         "weigh more than a hydrocarbon fill allows and frost the nozzle, and a gas tester reads "
         "dichlorodifluoromethane: CFC-12 as propellant, products containing an ozone-depleting substance whose "
         "import into the Union is banned, on a lorry at Röszke for a Szeged garden-centre group; Serbian wording "
         "(CFC-12 repeats in many sets and aerosol covers in many; a leaf-shine label was found in no earlier row by "
         "a keyword search)", firm("Vega Kertészet Kft.", "HU")),
        ("OZN-03", "import", "FIPOST01", "post", "HK", [], "FI", "350691",
         "模型專用膠水 (流縫膠)，稀釋型，40 ml × 40 樽", "HK", 2.2, 40, 480, "HKD",
         "thin liquid cement for plastic kits is a butyl-acetate or MEK solvent that smells of nail-polish remover "
         "and evaporates in seconds; these 40 bottles weigh 1.34 kg/l, smell sweet like chloroform, do not burn and "
         "do not soften the brush handle, and the filler's bulk drum label copied onto the invoice reads '1,1,1-"
         "三氯乙烷': methyl chloroform, products containing an ozone-depleting substance whose import into the "
         "Union is banned, posted from Hong Kong to a private modeller in Tampere; Cantonese (traditional Chinese) "
         "wording (methyl chloroform repeats in many sets; a plastic-cement label was found in no earlier row by a "
         "keyword search)", person("Mikko Virtanen", "FI")),
        ("OZN-04", "import", "DESEA01", "sea", "IN", [], "DE", "390950",
         "तालाब झरना फोम, काला, पॉलीयूरेथेन, 750 मि.ली. कैन, 9,600 कैन", "IN", 8600, 9600, 14400, "USD",
         "black waterfall foam for fixing pond rockwork is a one-component PU foam propelled by propane, butane "
         "and DME, with a flammable pictogram; these cans carry none, do not light at the gun, feel heavier than a "
         "hydrocarbon fill, and a head-space test reads 1,1-dichloro-1-fluoroethane with some chlorodifluoromethane: "
         "HCFC-141b and HCFC-22 as blowing agent and propellant, products containing ozone-depleting substances "
         "whose import into the Union is banned, by sea from Nhava Sheva to Hamburg for a pond-supplies web shop; "
         "Hindi wording (HCFC foam cans repeat in several sets under foam-gun labels; a pond waterfall-foam label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Teichbedarf GmbH", "DE")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "291531",
         "Етилацетат для морилок ентомолога, флакони 100 мл, 2 000 флаконів", "UA", 320, 2000, 2400, "EUR",
         "ethyl acetate for insect killing jars is a light (0.90 kg/l), fruity-smelling, flammable liquid; these "
         "2,000 vials hold a liquid of 1.59 kg/l that smells sweet and heavy, does not burn and sinks under water, "
         "as collectors used it a century ago: carbon tetrachloride, whose import into the Union Regulation "
         "2024/590 bans outside licensed laboratory uses, on a lorry at Dorohusk for a Lublin entomology-supplies "
         "web shop; Ukrainian wording (carbon tetrachloride repeats in many sets, ethyl-acetate labels on other "
         "ODS in a few; an entomology killing-jar label was found in no earlier row by a keyword search)",
         firm("Orion Entomologia Sp. z o.o.", "PL")),
        ("OZN-06", "export", "NLSEA01", "sea", "NL", [], "ET", "841869",
         "Gebruikte vacuümkoelers voor snijbloemen, gereviseerd, 3 stuks", "NL", 27000, 3, 60000, "EUR",
         "reconditioned vacuum coolers for cut roses run on ammonia, CO2 or an HFO and come with a leak test; these "
         "three, taken out of an Aalsmeer flower exporter's packhouse, still carry their original HCFC-22 plant "
         "(about 120 kg each) and were not emptied: equipment containing HCFCs, whose export from the Union "
         "Regulation 2024/590 bans, from Rotterdam to Djibouti for an Ethiopian rose farm at Holeta; Dutch wording "
         "(R-22 equipment for export repeats in many sets, vacuum coolers once, blind181, for lettuce; kept as a "
         "repeat of the equipment, cut-flower coolers to Ethiopia are the new part)", {"importer_country": "ET"}),
        ("OZN-07", "import", "GRROAD01", "road", "MK", [], "GR", "842410",
         "Противпожарни апарати со CO2, 2 кг, за модел-аеродроми, 60 парчиња", "MK", 300, 60, 1800, "EUR",
         "2 kg CO2 extinguishers, kept at RC model airfields for LiPo fires, are heavy, black-horned cylinders at "
         "58 bar that hiss dry ice; these 60 are light, green and red, have a pressure gauge, slosh, and spray a "
         "liquid that vaporises at once, and the valve stamps under the stickers read 'Halon 1211': "
         "bromochlorodifluoromethane in portable extinguishers, products whose import into the Union is banned, on "
         "a lorry at Evzonoi for a Thessaloniki model-flying club supplier; Macedonian wording (halon 1211 repeats "
         "in many sets under other extinguisher labels; a model-airfield label was found in no earlier "
         "row by a keyword search)", firm("Orion Montelismos AE", "GR")),
        ("OZN-08", "import", "BGROAD01", "road", "TR", [], "BG", "340290",
         "Akvaryum soğutucu bataryası temizleme köpüğü, 650 ml, 2.400 kutu", "TR", 2100, 2400, 3600, "EUR",
         "coil-cleaning foam for aquarium chillers is a water-based surfactant in a light aerosol can; these 2,400 "
         "cans weigh 0.9 kg each, hold a liquefied gas at 10 bar that frosts the valve and leaves no foam, and their "
         "inner labels read 'R-404A' with an HFC charge stated in kilograms: non-refillable containers of HFC blend, "
         "which may not be placed on the Union market (Regulation 2024/573) and were imported without quota "
         "authorisation, on a lorry at Kapitan Andreevo for a Sofia refrigeration parts dealer; Turkish wording "
         "(HFCs in disposable cans repeat in many sets; an aquarium-chiller cleaner label was found in no earlier "
         "row by a keyword search)", firm("Central Klimatik EOOD", "BG")),
        ("OZN-09", "import", "ITSEA01", "sea", "CN", [], "IT", "841989",
         "爬虫蛋孵化箱, 压缩机制冷, 60 升, 200 台", "CN", 5600, 200, 16000, "USD",
         "reptile egg incubators are small cabinets with Peltier cooling or an R-600a compressor and a flame mark; "
         "these 200 have a compressor, no flame mark, and the compressor plates read 'R22 60 g' under the new "
         "stickers: equipment pre-charged with HCFC-22, whose import into the Union Regulation 2024/590 bans, by sea "
         "from Shanghai to Genoa for a reptile-supplies wholesaler; Chinese wording (R-22 equipment repeats in many "
         "sets and incubator labels in several; a reptile-incubator label was found in no "
         "earlier ozone row by a keyword search)", firm("Meridian Rettili Srl", "IT")),
        ("OZN-10", "import", "GRSEA01", "sea", "EG", [], "GR", "841850",
         "ثلاجات عرض زهور لمحلات الورد، باب زجاج، غاز R-290، 40 وحدة", "EG", 6400, 40, 24000, "USD",
         "florist display coolers on R-290 carry a flammable-gas mark and a charge of under 150 g; these 40 have "
         "none, their compressors hold 1.2 kg each and the service ports and a gas test give chlorodifluoromethane: "
         "equipment pre-charged with HCFC-22, whose import into the Union is banned, by sea from Alexandria to "
         "Piraeus for an Athens florist-equipment dealer that supplies garden centres; Egyptian Arabic wording "
         "(R-22 equipment repeats in many sets and florist rows in a few; florist display coolers were found in no "
         "earlier row by a keyword search)", firm("Rivage Psyktika AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "AL", [], "IT", "691390",
         "Amfora terrakote për ujëvara kopshti dhe pellgje, të reja, të shpuara për pompë, 40 copë", "AL", 1200, 40,
         800, "EUR",
         "new terracotta amphora water features are thin, bright orange, machine-turned and drilled through the "
         "base for a pump hose; twelve of these 40 are heavy, pale, hand-thrown amphorae with encrusted worm tubes, "
         "barnacle scars and sea-sand inside, undrilled, with Greco-Italic and Lamboglia rims: Hellenistic and "
         "Roman amphorae raised from wrecks off Vlorë and Sarandë, underwater cultural heritage whose export "
         "Albania forbids, brought in without an import licence (Regulation 2019/880), by sea from Durrës to Bari "
         "for a Puglia garden centre; Albanian wording (amphorae repeat in several sets; a garden water-feature "
         "label was found in no earlier row by a keyword search)", firm("Meridian Giardini Srl", "IT")),
        ("CUL-02", "import", "DESEA01", "sea", "CN", [], "DE", "251690",
         "青龙石 (Seiryu stone) 造景石, 20 公斤箱, 600 箱", "CN", 12000, 600, 7200, "USD",
         "an aquascaping hardscape container for a Nuremberg aquarium wholesaler: Seiryu stone and spider wood are "
         "what Chinese quarries and yards ship, but the third item's 'large Seiryu display stone' is a 90 kg block "
         "of grey limestone carved in low relief with seated Buddhas, donors and a dated dedication inscription, "
         "broken along old cracks, with cave dust in the recesses: part of a Northern Wei (5th-6th century) "
         "Buddhist stele, cultural property whose export China forbids, brought in without an import licence "
         "(Regulation 2019/880) and against the UNESCO 1970 convention, hidden as the last item of a three-item "
         "declaration, by sea from Shanghai to Hamburg; Chinese wording (Chinese Buddhist sculpture repeats in "
         "several sets, a Northern Wei head in blind29; a Seiryu aquascaping-stone label was found in no earlier row by a keyword search)",
         dict(firm("Horizon Aquaristik GmbH", "DE"),
              _more_items=[item("440399", "蜘蛛沉木 造景用, 200 箱", "CN", 2000, 3000, "USD", qty=200),
                           item("251690", "青龙石 大型景观石, 1 件", "CN", 90, 200, "USD", qty=1)])),
        ("CUL-03", "import", "ESAIR01", "air", "GT", [], "ES", "392690",
         "Fondos 3D para terrarios, imitación roca, poliuretano, 30 piezas", "GT", 240, 30, 900, "USD",
         "3D terrarium backgrounds are light panels of sprayed polyurethane foam painted to look like rock, with a "
         "foam back; six of these 30 are heavy slabs of real limestone carved with glyph blocks and a seated lord in "
         "low relief, with traces of red pigment, saw marks on the back where a facade was thinned, and jungle "
         "soil in the glyphs: fragments of a Classic Maya carved panel (AD 600-900), archaeological objects whose "
         "export Guatemala forbids, brought in without an import licence (Regulation 2019/880), flown from "
         "Guatemala City to Madrid for a reptile-supplies importer; Guatemalan Spanish wording (Maya stone "
         "carvings repeat in several sets; a terrarium-background label was found in no earlier row by a keyword "
         "search)", firm("Atlántica Reptiles SL", "ES")),
        ("CUL-04", "import", "MTSEA01", "sea", "TN", [], "MT", "680299",
         "Dalles de jardin en mosaïque de galets, pas japonais, neuves, 80 pièces", "TN", 3200, 80, 1600, "EUR",
         "new pebble-mosaic stepping stones are cast in cement with river pebbles pressed into the top; nine of these "
         "80 are sections of fine tessellated floor in cut limestone and glass cubes, with a vine scroll, a hunting "
         "dog and part of a Latin inscription, backed with fresh mortar and old lime bedding: sections of a Roman "
         "floor mosaic (2nd-4th century) lifted from a site in the Sahel, archaeological heritage whose export "
         "Tunisia forbids, brought in without an import licence (Regulation 2019/880), by sea from Sousse to "
         "Valletta for a Maltese garden centre; Tunisian French wording (Roman mosaics repeat in many sets, as mosaic "
         "table tops in several and as mosaic garden stepping stones once, blind136, in Arabic; kept as a repeat, a "
         "pebble stepping-stone label from Tunisia to Malta is the new part)",
         firm("Central Garden Supplies Ltd", "MT")),
        ("CUL-05", "import", "BESEA01", "sea", "CN", [], "BE", "691490",
         "宜兴紫砂盆景盆，新品，各种规格，1 200 个", "CN", 4800, 1200, 9600, "USD",
         "new Yixing bonsai pots are crisp, evenly fired, machine-cut at the feet and carry a modern studio seal; "
         "fourteen of these 1,200 are worn, softly glossed pots with chipped feet, old mineral crusts, hand-carved "
         "seals of 18th-century workshops and Japanese collectors' boxes with inscribed lids: Qing-dynasty "
         "(Qianlong) Yixing bonsai pots, cultural relics whose export China forbids and which, at over 200 years "
         "and above the value threshold, need the importer statement of Regulation 2019/880, by sea from Shanghai "
         "to Antwerp for a bonsai nursery in Limburg; Chinese wording (Chinese ceramics repeat in many sets; "
         "Yixing and bonsai-pot labels were found in no earlier row by a keyword search)",
         firm("Alpina Bonsai BV", "BE")),
        ("CUL-06", "import", "NLSEA01", "sea", "KR", [], "NL", "680299",
         "화강석 정원 석상 (문인석 스타일), 신제품, 20점", "KR", 9000, 20, 6000, "USD",
         "new granite garden statues in the civil-official style are machine-roughed, evenly coloured and sharp; "
         "four of these twenty are weathered, lichen-covered standing officials holding tablets, with rounded "
         "features, old pointing marks and soil stains up to the knees: Joseon-dynasty stone tomb guardians "
         "(munin-seok), stolen from family grave sites, cultural property whose export Korea forbids, brought in "
         "without the documents Regulation 2019/880 and the UNESCO 1970 convention call for, by sea from Busan to "
         "Rotterdam for a garden-ornament importer; Korean wording (Joseon objects repeat in a few sets, ceramics "
         "and a painting; stone tomb guardians as garden statues were found in no earlier row by a keyword search)",
         firm("Nordhafen Tuinbeelden BV", "NL")),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "680291",
         "Fontana da giardino in pietra d'Istria, nuova, scolpita a mano, 1 pezzo", "IT", 2400, 1, 4500, "EUR",
         "a new carved Istrian-stone garden fountain is crisp, white and tooled with modern chisels; this is a "
         "worn, rope-polished wellhead (vera da pozzo) carved with Gothic arches and a family coat of arms, with rope "
         "grooves on the rim and lichen, taken out of a Venetian courtyard: a 15th-century wellhead, part of the "
         "Italian cultural heritage, exported without the licence of Regulation 116/2009 and the Italian export "
         "certificate, on a lorry at Chiasso for a Lugano garden designer; Italian wording (a Venetian wellhead "
         "repeats once, blind62, as an Istrian-stone planter to Florida; kept as a repeat, a garden-fountain label "
         "by road to Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-08", "import", "FRPOST01", "post", "AM", [], "FR", "970400",
         "Օգտագործված նամականիշեր, ալբոմ, 1 հատ (used postage stamps, album)", "AM", 2.6, 1, 30, "USD",
         "an album of used stamps is a binder of card leaves with glassine strips and printed stamps; between its "
         "leaves lie eleven parchment leaves written in Armenian bolorgir script, with gold and blue marginal "
         "birds, Canon-table arcades and an old library shelf mark: leaves of a 14th-16th century illuminated "
         "Armenian Gospel, manuscripts whose export Armenia forbids, brought in against the UNESCO 1970 convention "
         "(and, at their value, without the importer statement of Regulation 2019/880), posted from Yerevan to a "
         "private collector in Lyon; Armenian wording (Armenian manuscripts repeat in several sets; a stamp-album "
         "label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-09", "import", "DEPOST01", "post", "PE", [], "DE", "630120",
         "Mantas para perros de baby alpaca, tejidas a mano, 2 unidades", "PE", 1.4, 2, 80, "PEN",
         "hand-woven baby-alpaca dog blankets are new, soft, bright and machine-hemmed; these two are brittle "
         "camelid-wool and cotton textiles with embroidered feline and bird figures in faded red, ochre and blue, "
         "sand in the weave and cut edges: Paracas textile fragments (about 200 BC), archaeological objects whose "
         "export Peru forbids, brought in without an import licence (Regulation 2019/880), posted from Ica to a "
         "private buyer in Cologne; Peruvian Spanish wording (Paracas textiles repeat in many sets; kept as a "
         "repeat, a dog-blanket label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("CUL-10", "import", "FRSEA01", "sea", "LB", [], "FR", "680299",
         "أحواض حجرية لشرب الطيور في الحديقة، منحوتة يدويًا، جديدة، 30 قطعة", "LB", 3600, 30, 1500, "USD",
         "new hand-carved stone bird baths are crisp limestone bowls on a pedestal, even and pale; one of these 30 "
         "is a heavy, cross-shaped marble basin with steps inside, a chi-rho and a Greek dedication on the rim, "
         "with lime crust and earth in the drain: a Byzantine baptismal font (5th-6th century) taken out of a "
         "church site in Syria, cultural property whose export Syria forbids and whose import into the Union "
         "Regulation 1332/2013 bans, by sea from Beirut to Marseille for a Provence garden-antiques dealer; Lebanese "
         "Arabic wording (Syrian antiquities via Lebanon repeat in many sets and a Roman sarcophagus as a garden "
         "basin once; a bird-bath label was found in no earlier cultural row by a keyword search)",
         firm("Rivage Jardins SARL", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "FIAIR01", "air", "FI", [], "KZ", "420100",
         "Metsästyskoirien kaulapannat, heijastavat, 400 kpl", "FI", 320, 400, 4000, "EUR",
         "reflective hunting-dog collars are nylon straps with a buckle and a bell at ten euros; these 400 are GNSS "
         "dog-tracking collars with VHF radio and 300 handheld receivers with topographic maps, at 600 EUR a set on "
         "the maker's list, for an Almaty 'hunting shop' whose buyers are Russian military units using them as "
         "soldier trackers: GNSS receivers (8526 91) and radio sets on the common high-priority list whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, flown from Helsinki; Finnish "
         "wording (GNSS modules repeat in many sets and dog trackers once, blind46; a hunting-dog collar label to "
         "Kazakhstan was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "AE", "841370",
         "Bombas para estanques de koi con variador, 20.000 l/h, 40 unidades", "ES", 1600, 40, 16000, "EUR",
         "koi-pond pumps with a built-in speed controller are plastic-bodied pumps of a few hundred euros; these 40 "
         "crates hold only the 'variadores': frequency changers with an output of 600-2,000 Hz, multiphase and "
         "stable to 0.1 %, far beyond any pump's need, for a Dubai 'pond equipment' trader whose orders go on to "
         "Bandar Abbas: frequency changers controlled under dual-use 3A225 and listed in the Iran regulation "
         "(267/2012), exported without a licence from Valencia; Spanish wording (frequency changers repeat in many "
         "sets; a koi-pond pump label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "TR", "760320",
         "Aluminiumpigment, lamellar, für Airbrush- und Modellbaufarben, 40 Fässer", "DE", 8000, 40, 36000, "EUR",
         "aluminium pigment for model paints is a leafy, silvery flake paste wetted with solvent that spreads like "
         "foil; these 40 drums hold a dry, free-flowing grey powder of round, 10-micron spheres under the "
         "microscope, nitrogen-blanketed, whose certificate gives 99.7 % Al and an oxygen content only a propellant "
         "maker asks for, for an Istanbul 'hobby paint' firm that forwards to Iran: spherical aluminium powder "
         "(dual-use 1C111), exported without the licence Regulation 2021/821 requires, from Hamburg; German wording "
         "(aluminium powder repeats in many sets; an airbrush and model-paint pigment label was found in no earlier "
         "strategic row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "CZAIR01", "air", "CZ", [], "KG", "950300",
         "Modely lokomotiv H0, elektrické, 120 ks", "CZ", 96, 120, 18000, "EUR",
         "a model-railway shop order for a Bishkek 'hobby centre': H0 locomotives and track are what Czech makers "
         "sell abroad, but the third item's 'DCC decoders' are 3,000 FPGAs and microcontrollers in sealed reels with "
         "their date codes, no decoder board among them, for buyers in Russia: integrated circuits (8542 31, "
         "8542 39) on the common high-priority list whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown from Prague; "
         "Czech wording (FPGAs and microcontrollers repeat in many sets; a DCC-decoder label was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "KG"},
              _more_items=[item("950300", "Kolejivo H0, přímé a oblouky, 2 000 ks", "CZ", 300, 6000, "EUR", qty=2000),
                           item("854370", "DCC dekodéry pro modelovou železnici, 3 000 ks", "CZ", 30, 9000, "EUR", qty=3000)])),
        ("STR-05", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "440131",
         "Древесные гранулы для кошачьего туалета, сосна, казахстанского происхождения, 6 вагонов", "KZ", 360000,
         None, 54000, "USD",
         "Kazakh wood-pellet cat litter would come from the few pine mills of East Kazakhstan, bagged at the mill; "
         "these six wagons of loose 6 mm pine pellets carry the mill marks and ENplus code of an Arkhangelsk plant, "
         "were loaded at a Russian station on the same day as the Kazakh certificate of origin was issued in "
         "Petropavl, and never entered Kazakhstan: Russian wood pellets, whose import into the Union Regulation "
         "833/2014 forbids, by rail through Russia to Rēzekne for a Riga pet-products packer; Russian wording (Russian "
         "wood pellets under Kazakh and other origins repeat in several sets; kept as a repeat, a cat-litter label "
         "was found in no earlier strategic row by a keyword search)", firm("Vega Zooprece SIA", "LV")),
        ("STR-06", "export", "PLAIR01", "air", "PL", [], "AM", "850760",
         "Akumulatory do nożyc do żywopłotu, 18 V, 2 400 szt.", "PL", 1900, 2400, 24000, "EUR",
         "18 V batteries for cordless hedge trimmers are moulded packs with a slide-on foot and a charge gauge; "
         "these cartons hold 24,000 loose high-drain 21700 lithium-ion cells and 2,400 empty pack shells, for a "
         "Yerevan 'garden tools' trader set up last year whose shipments go on by lorry to Russian drone "
         "workshops: lithium-ion cells on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Warsaw; Polish wording (drone batteries "
         "repeat in several sets and 21700 cells once; a hedge-trimmer battery label was found in no earlier row "
         "by a keyword search)", {"importer_country": "AM"}),
        ("STR-07", "export", "BESEA01", "sea", "BE", [], "ID", "382499",
         "Waterbehandelingstabletten voor aquaria (natriumthiosulfaat), 40 vaten", "BE", 8000, 40, 6000, "EUR",
         "aquarium water-conditioner tablets are sodium thiosulphate, smell of nothing and dissolve into a neutral "
         "liquid; these drums hold white briquettes of 98 % sodium cyanide that smell faintly of bitter almonds in "
         "damp air and turn a test strip deep blue, for an Indonesian 'aquarium supplier' in North Sulawesi that "
         "sells squirt bottles of it to reef-fish collectors: sodium cyanide (dual-use 1C350), exported without the "
         "licence Regulation 2021/821 requires, from Antwerp to Bitung; Flemish wording (sodium cyanide repeats in "
         "many sets, and a fish-farm water-conditioner label once, blind45, on peroxide; an aquarium "
         "water-conditioner label was found in no earlier row by a keyword search)",
         {"importer_country": "ID"}),
        ("STR-08", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "903180",
         "Metalldetektoren für Sondengänger, Hobbygeräte, 60 Stück", "AT", 420, 60, 18000, "EUR",
         "hobby metal detectors are light VLF units with a coil and a small display at a few hundred euros; these 60 "
         "are military mine detectors with dual-sensor heads (pulse induction and ground-penetrating radar), "
         "olive-drab, with a NATO stock number on the case, for a Tbilisi 'treasure hunting' shop that forwards to "
         "Russian army buyers: equipment specially designed for detecting mines (Common Military List ML4), "
         "exported without a licence and in breach of the arms embargo of Regulation 833/2014, on a lorry from "
         "Graz; Austrian German wording (metal detectors repeat in several sets as covers for antiquities and once, "
         "blind128, for towed magnetometers; kept as a repeat of the label, military mine detectors were found in "
         "no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "AE", "841780",
         "Forno crematorio per animali da compagnia, a gasolio, 1 unità", "IT", 9000, 1, 45000, "EUR",
         "a pet cremation furnace is a brick-lined, diesel-fired chamber with an afterburner and a stack; this crate "
         "holds a water-cooled steel vacuum chamber with an induction coil, a tilting crucible, a vacuum pumping "
         "set and a 200 kW power supply, for a Sharjah 'pet services' firm that forwards to Iran: a vacuum "
         "induction furnace (dual-use 2B226), exported without the licence Regulation 2021/821 requires and sent "
         "on to Iran against Regulation 267/2012, from Genoa; Italian wording (vacuum induction furnaces repeat in "
         "several sets; a pet-cremation label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-10", "import", "BGROAD01", "road", "AM", ["GE", "TR"], "BG", "732510",
         "Чугунные садовые фигуры, художественное литьё, армянского происхождения, 300 шт.", "AM", 6000, 300,
         9000, "USD",
         "Armenian cast-iron garden figures would come from a small foundry with its own marks; these 300 herons, "
         "lions and lanterns carry the moulds, casting numbers and black-lacquer finish of the Kasli works in "
         "Chelyabinsk oblast, and the Armenian certificate of origin names a trading house with no foundry: Russian "
         "iron and steel products, whose import into the Union Regulation 833/2014 forbids, on a lorry through "
         "Georgia and Türkiye to Kapitan Andreevo for a Plovdiv garden-centre chain; Russian wording (Russian goods "
         "under Armenian origin repeat in a few sets and cast-iron goods in several; Kasli garden castings were "
         "found in no earlier row by a keyword search)", firm("Delta Gradina EOOD", "BG")),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITPOST01", "post", "ID", [], "IT", "060290",
         "Tanaman aquascape Bucephalandra, 20 pot", "ID", 1.6, 20, 600000, "IDR",
         "Bucephalandra for aquascapes are small, dark-green rhizome plants wrapped in wet tissue in a bag; this "
         "parcel carries the twenty plants and, in two ventilated tubes under them, three slender, bead-scaled, "
         "brown lizards with tiny eyes and no ear openings: earless monitors (Lanthanotus borneensis, CITES App. II "
         "with a zero export quota), posted from Pontianak to a private keeper in Padua; Indonesian wording "
         "(Lanthanotus repeats in three sets; a Bucephalandra label was found in no earlier row by a keyword "
         "search)", person("Giulia Rossi", "IT")),
        ("WLF-02", "import", "CZAIR01", "air", "ID", [], "CZ", "030111",
         "Ikan hias arwana Jardini (Scleropages jardinii), hasil budidaya, 30 ekor", "ID", 60, 30, 900, "USD",
         "Jardini (pearl) arowanas from Papua are dark, bronze-flecked fish with small pearly spots on every scale "
         "at 30 USD each; these 30 are silver-bodied with large, plain, gold-edged scales and red-tinged fins, "
         "without microchips or farm certificates: Asian arowanas (Scleropages formosus, CITES App. I, traded only "
         "from registered farms with chips and permits), flown from Jakarta to Prague for an aquarium "
         "wholesaler; Indonesian wording (Asian arowanas repeat in many sets, silver-arowana labels in five; a "
         "Jardini label was found in no earlier row by a keyword search)", firm("Orion Akvaristika s.r.o.", "CZ")),
        ("WLF-03", "import", "ESAIR01", "air", "PH", [], "ES", "691490",
         "Sintetikong dry rock para sa reef aquarium, seramik, 600 kg", "PH", 600, None, 1800, "USD",
         "synthetic dry reef rock is porous, cast ceramic or cement, pale, even-textured and moulded; most of "
         "these boxes hold bleached branching and table skeletons of Acropora, Pocillopora and brain corals with "
         "fresh breaks and no mould seams: stony coral (Scleractinia, CITES App. II, and exports banned by the "
         "Philippines) without CITES documents, flown from Cebu to Madrid for a reef-aquarium shop; Cebuano wording "
         "(stony coral repeats in many sets and reef-rock labels in two, as live and natural rock; a synthetic "
         "dry-rock label was found in no earlier row by a keyword search)", firm("Atlántica Acuarios SL", "ES")),
        ("WLF-04", "import", "DEPOST01", "post", "LS", [], "DE", "060290",
         "Kniphofia (lelutla) metso e sa jaloang, 6", "LS", 3, 6, 300, "LSL",
         "bare-root Kniphofia crowns are grassy, strap-leaved clumps with fleshy roots; these six are stiff, "
         "grey-green, toothed rosettes with their leaves in a five-armed spiral, old leaf bases and mountain soil "
         "on cut roots: wild-dug spiral aloes (Aloe polyphylla, CITES App. I) from the Maloti mountains, posted "
         "from Maseru to a private succulent grower in Stuttgart; Sesotho wording (spiral aloes repeat in two sets, "
         "as aloe seedlings; kept as a repeat of the good, a Kniphofia label was found in no earlier row by a "
         "keyword search)", person("Lena Wagner", "DE")),
        ("WLF-05", "import", "BEAIR01", "air", "MG", [], "BE", "010620",
         "Geckos à crête (Correlophus ciliatus), nés en captivité, 40 spécimens", "MG", 6, 40, 2000, "EUR",
         "crested geckos are bred in Europe and the United States, not in Madagascar, and have eyelash crests and a "
         "sticky, rounded tail; these 40 are flat, bark-patterned geckos with leaf-shaped tails, skin fringes and "
         "no crests: leaf-tailed geckos (Uroplatus, CITES App. II, exports suspended) caught wild, flown from "
         "Antananarivo to Brussels for a reptile dealer; French wording from Madagascar (Uroplatus repeats in five "
         "sets; kept as a repeat, a crested-gecko label was found in no earlier row by a keyword search)",
         firm("Central Reptiles SA", "BE")),
        ("WLF-06", "transit", "NLSEA01", "sea", "GN", ["NL"], "HK", "230990",
         "Friandises pour chiens, petits poissons séchés, cartons de 10 kg, 80 cartons", "GN", 800, 80, 1600, "USD",
         "dried-fish dog treats are small, whole, sun-dried sprats and bonga that smell strongly of fish; under a "
         "layer of them these 80 cartons hold about 300 kg of dried seahorses with curled tails and horse-like "
         "heads, some 100,000 animals: seahorses (Hippocampus spp., CITES App. II) without the Guinean export "
         "permit that specimens in transit through the Union must carry, landed at Rotterdam in transit from "
         "Conakry to Hong Kong; Guinean French wording (seahorses repeat in many sets and dog-chew covers in "
         "several, on fins and bones; seahorses under dog treats were found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("WLF-07", "import", "PTAIR01", "express", "MY", [], "PT", "420100",
         "Kolar anjing kulit PU bercorak ular, 200 helai", "MY", 40, 200, 1000, "USD",
         "embossed PU dog collars with a snake print are uniform, plastic-smelling and have a printed pattern that "
         "repeats; these 200 are real scaled leather with overlapping, irregular scales, a skin smell and scale "
         "pockets under a lens: reticulated python (Malayopython reticulatus, CITES App. II) skin goods without "
         "CITES documents, sent by express from Kuala Lumpur to a Lisbon pet boutique; Malay wording (python skin "
         "repeats in many sets; a dog-collar label on python skin was found in no earlier row by a keyword search)",
         firm("Atlantic Pet Boutique Lda", "PT")),
        ("WLF-08", "import", "NLAIR01", "air", "TW", [], "NL", "060290",
         "蝴蝶蘭中苗，組培，3.5 吋盆，12 000 株", "TW", 3600, 12000, 14400, "USD",
         "a Taiwanese orchid air shipment for a Westland grower: Phalaenopsis young plants and Oncidium hybrids in "
         "pots are what Taiwan's nurseries fly to the Netherlands every week, but the third item's 'Oncidium "
         "hybrids, bare-root' are 300 slipper orchids with pouched lips, mottled leaves, forest moss and cut roots, "
         "of species no nursery propagates in that number: wild Paphiopedilum (CITES App. I) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Taipei to Amsterdam; "
         "traditional Chinese wording from Taiwan (Paphiopedilum repeats in many sets and Phalaenopsis labels in "
         "several; an Oncidium label was found in no earlier row by a keyword search)",
         dict(firm("Horizon Orchideeën BV", "NL"),
              _more_items=[item("060290", "文心蘭雜交種，盆苗，2 000 株", "TW", 800, 3000, "USD", qty=2000),
                           item("060290", "文心蘭雜交種，裸根，300 株", "TW", 30, 300, "USD", qty=300)])),
        ("WLF-09", "import", "FIPOST01", "post", "NA", [], "FI", "960190",
         "Camel bone knife handle scales, dyed, 40 pairs", "NA", 3.4, 40, 1200, "NAD",
         "camel-bone handle scales are thin, flat slabs of dyed bone from Indian or Egyptian workshops with "
         "jigged surfaces; these 40 pairs are thick, undyed cream bone with a dense cortex and sheen that no camel "
         "bone reaches, and among them are two whole sawn metatarsals over 60 cm long: giraffe bone (Giraffa "
         "camelopardalis, CITES App. II) without CITES documents, posted from Windhoek to a private knife maker in "
         "Kauhava; Namibian English wording (giraffe bone repeats in several sets, camel-bone labels in three and "
         "knife-handle labels in several, cattle-bone blanks on hippo teeth in blind109; kept as a repeat of the "
         "family, camel-bone handle scales on giraffe bone by post to Finland are the new part)",
         person("Jukka Mäkinen", "FI")),
        ("WLF-10", "import", "ESAIR01", "air", "VE", [], "ES", "010639",
         "Canarios factor rojo, anillados, criados en cautividad, 30 aves", "VE", 3, 30, 900, "USD",
         "red-factor canaries carry closed rings of a breeder's club and are evenly orange-red all over; twelve of "
         "these 30 are smaller, with black heads, black wings and tails and no rings, restless and wild: red "
         "siskins (Spinus cucullatus, CITES App. I) trapped in Venezuela and wanted by breeders for red-factor "
         "crosses, without CITES documents, flown from Caracas to Madrid for a canary breeder; Venezuelan Spanish "
         "wording (red siskins repeat once, blind118, under a coloured-canary label from Colombia; kept as a repeat, "
         "a red-factor label from Venezuela is the new part)", firm("Vega Ornitología SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "air", "TH", "DK", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (planted-aquarium algae treatment)", "TH", 4.5, 4,
     40, "EUR", [("PRECURSOR_LICENCE", "DK-JUS-57-0144")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "GB", "CZ", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (blending RC model-engine fuel)", "GB", 4.6, 4, 90,
     "GBP", [("PRECURSOR_LICENCE", "CZ-MV-57-0309")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "HRROAD01", "road", "BA", "HR", "380891",
     "Obsolete pesticides and garden-chemical stock (20 01 19*), for incineration at a licensed plant, 12 t", "BA",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "HR-MZO-57-0061")], "notified waste pesticides to a licensed incinerator"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "854931",
     "End-of-life robotic lawn mowers with lithium-ion packs (16 02 13*), for a licensed battery recycler, 8 t", "GB",
     8000, None, 0, "GBP", [("BASEL_CONSENT", "BE-OVAM-57-0218")], "notified waste equipment with batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     850, "USD", [("ODS_LICENCE", "DE-UBA-ODS-57-031")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "NO", "NL", "290371",
     "Recovered HCFC-22 from dismantled pond heat pumps, 40 cylinders, for destruction at a licensed facility", "NO",
     1600, 40, 0, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-57-012")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "680291",
     "Istrian-stone wellhead (vera da pozzo), Venice, 15th century, documented collection since 1931, with export licence",
     "IT", 2400, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-57-0422")],
     "wellhead exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "import", "BEAIR01", "air", "JP", "BE", "691490",
     "Yixing bonsai pot, Qing dynasty (18th century), documented Japanese collection since 1920, with importer statement",
     "CN", 3, 1, 26000, "EUR", [("IMPORTER_STATEMENT", "BE-ICG-IS-57-0093")], "antique imported with its importer statement"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "GH", "283711",
     "Sodium cyanide 98 %, briquettes, 20 t, for a licensed Ghanaian gold mine (carbon-in-leach)", "BE", 20000, None,
     52000, "EUR", [("EXPORT_LICENCE", "BE-VL-57-0277"), ("END_USER_CERTIFICATE", "GH-MLNR-EUC-57-0045")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "KR", "851420",
     "Vacuum induction melting furnace, 1 unit, for a Korean dental-alloy maker", "IT", 9000, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-57-0190"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-57-0077")],
     "dual-use vacuum induction furnace under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "ID", "CZ", "030111",
     "Asian arowana (Scleropages formosus), captive-bred, microchipped, from a registered farm, 10 fish", "ID", 20, 10,
     6000, "USD", [("CITES_PERMIT", "ID-KLHK-57-1182")], "App. I arowanas from a registered captive-breeding farm with permits"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "ID", "ES", "010690",
     "Aquacultured stony corals (Acropora frags on plugs), 400 pieces", "ID", 60, 400, 4000, "USD",
     [("CITES_PERMIT", "ID-KLHK-57-1207")], "App. II aquacultured corals with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Soukromá osoba", "PRM-05": "Central Analytik GmbH",
    "PRM-08": "Alpina Bonsai BV", "PRM-11": "Orion Akvaristika s.r.o.", "PRM-12": "Atlántica Acuarios SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, nearly all from the
    # pet, aquarium, hobby and garden trade
    ("382499", "Liquid carbon for planted aquaria, glutaraldehyde 2 %, 500 ml", "import", ["post"], ["TH", "ID"], (15, 30), (1, 4), ["USD", "EUR"], 2, S),
    ("230990", "Carp bait liquid attractant (glug), amino-based, 250 ml", "import", ["express"], ["GB"], (20, 35), (1, 3), ["GBP"], 4, S),
    ("321290", "Black pond dye, water-based food colour, 1 l", "import", ["sea"], ["MY", "CN"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("290960", "MEKP hardener for polyester casting resin, 100 ml", "import", ["sea"], ["KR", "CN"], (4, 8), (1000, 4000), ["USD"], 9, S),
    ("381010", "Brass-blackening solution for model-making, selenium-free, 50 ml", "import", ["air"], ["CN", "JP"], (20, 40), (50, 300), ["USD"], 18, S),
    ("330730", "Pigeon bath salts, Epsom salt and herbs, 1 kg", "import", ["road"], ["TR"], (1.5, 3), (500, 2000), ["EUR"], 1, S),
    ("250100", "Artemia hatching salt (sea salt), 1 kg bags", "import", ["air"], ["VN", "TH"], (2, 4), (200, 800), ["USD"], 1, S),
    ("283329", "Shrimp GH+ mineral salt, calcium and magnesium sulphates, 200 g", "import", ["post"], ["TW", "HK"], (20, 40), (1, 3), ["USD", "EUR"], 5, S),
    ("271220", "Candle sand (granulated paraffin wax), 500 g bags", "import", ["sea"], ["CN", "IN"], (2, 3.5), (4000, 12000), ["USD"], 2, S),
    ("252020", "Casting plaster for dioramas and models, 1 kg", "import", ["air"], ["JP", "CN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("390210", "Polypropylene regranulate, post-industrial, sorted, one colour", "export", ["sea"], ["VN", "MY"], (0.6, 1.0), (18000, 24000), ["EUR"], None, S),
    ("310100", "Seaweed-based plant biostimulant, 5 l canisters", "export", ["road"], ["BA", "RS"], (2, 4), (2000, 6000), ["EUR"], 0.2, S),
    ("843311", "Robotic lawn mowers, new, boxed", "export", ["sea"], ["NG", "ZA"], (30, 60), (2000, 6000), ["EUR"], 0.08, S),
    ("681182", "Fibre-cement planters, asbestos-free, new", "export", ["road"], ["RS", "BA"], (1.5, 3), (6000, 16000), ["EUR"], 0.04, S),
    ("851610", "Aquarium heaters, new, 100-300 W, boxed", "export", ["sea"], ["NG", "GH"], (15, 30), (1000, 4000), ["EUR"], 4, S),
    ("381400", "Airbrush thinner, acrylic, 200 ml, new", "export", ["sea"], ["MA", "TN"], (6, 12), (1000, 4000), ["EUR"], 5, S),
    ("250810", "Bentonite koi clay (montmorillonite), 5 kg tubs", "export", ["sea"], ["AL", "TN"], (0.8, 1.5), (10000, 20000), ["EUR"], 0.2, S),
    ("841861", "Pool and pond heat pumps, R-290, monobloc, 5-12 kW", "import", ["sea"], ["CN"], (5, 9), (3000, 8000), ["USD"], 0.016, S),
    ("340590", "Leaf-shine spray for houseplants, propane-butane, 400 ml", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 4000), ["EUR"], 2, S),
    ("350691", "Liquid plastic cement for model kits, MEK-based, 30 ml", "import", ["post"], ["HK", "JP"], (40, 80), (1, 2), ["USD", "EUR"], 30, S),
    ("390950", "Black PU waterfall foam for ponds, hydrocarbon-propelled, 750 ml", "import", ["sea"], ["IN", "CN"], (2.5, 4.5), (4000, 10000), ["USD"], 1.1, S),
    ("291531", "Ethyl acetate for entomology killing jars, 100 ml", "import", ["road"], ["UA"], (6, 12), (100, 400), ["EUR"], 11, S),
    ("841869", "Vacuum coolers for cut flowers, new, CO2 (R-744)", "export", ["sea"], ["ET", "KE"], (4, 8), (8000, 20000), ["EUR"], 0.0001, S),
    ("842410", "CO2 fire extinguishers, 2 kg, new", "import", ["road"], ["MK", "RS"], (4, 7), (300, 1500), ["EUR"], 0.15, S),
    ("340290", "Coil-cleaning foam for aquarium chillers, water-based, 400 ml", "import", ["road"], ["TR"], (3, 6), (500, 2000), ["EUR"], 2, S),
    ("841850", "Florist display coolers, glass door, R-290", "import", ["sea"], ["EG", "TR"], (3, 6), (3000, 8000), ["USD"], 0.006, S),
    ("691390", "Terracotta amphora water features, new, drilled for pump", "import", ["sea"], ["AL", "TN"], (0.6, 1.2), (2000, 6000), ["EUR"], 0.04, S),
    ("251690", "Seiryu stone for aquascaping, 20 kg boxes", "import", ["sea"], ["CN"], (0.4, 0.8), (8000, 16000), ["USD"], None, S),
    ("392690", "3D terrarium backgrounds, polyurethane rock-look", "import", ["air"], ["GT", "CN"], (4, 8), (100, 400), ["USD"], 0.15, S),
    ("680299", "Cement pebble-mosaic stepping stones, new", "import", ["sea"], ["TN", "CN"], (0.4, 0.8), (2000, 6000), ["EUR", "USD"], 0.03, S),
    ("691490", "Yixing-clay bonsai pots, new, studio-made", "import", ["sea"], ["CN"], (2, 4), (2000, 6000), ["USD"], 0.25, S),
    ("680299", "Granite garden statues, new, carved", "import", ["sea"], ["KR", "CN"], (0.6, 1.2), (4000, 10000), ["USD"], 0.003, S),
    ("680291", "Marble garden fountains, new, carved", "export", ["road"], ["CH"], (2, 4), (1000, 4000), ["EUR"], 0.002, S),
    ("970400", "Used postage stamps on paper (kiloware)", "import", ["post"], ["AM", "GB"], (15, 40), (1, 3), ["USD", "GBP"], None, S),
    ("630120", "Baby-alpaca dog blankets, woven, new", "import", ["post"], ["PE", "BO"], (60, 120), (1, 2), ["USD"], 2, S),
    ("852691", "GPS dog-tracking collars with handheld, boxed", "export", ["air"], ["NO", "US"], (150, 300), (100, 400), ["EUR"], 1, S),
    ("841370", "Koi pond pumps, frequency-controlled, 10,000 l/h", "export", ["sea"], ["AE", "TR"], (15, 30), (1000, 4000), ["EUR"], 0.1, S),
    ("760320", "Aluminium flake pigment paste for model paints", "export", ["sea"], ["TR", "IN"], (6, 10), (2000, 6000), ["EUR"], None, S),
    ("854370", "DCC decoders for model railways, new, boxed", "export", ["air"], ["US", "CH"], (300, 600), (20, 100), ["EUR"], 100, S),
    ("440131", "Pine wood-pellet cat litter, 10 l bags", "import", ["road"], ["UA"], (0.2, 0.35), (18000, 24000), ["EUR"], 0.16, S),
    ("382499", "Aquarium water-conditioner tablets (sodium thiosulphate)", "export", ["sea"], ["ID", "PH"], (4, 8), (2000, 6000), ["EUR"], None, S),
    ("691490", "Synthetic dry reef rock, ceramic, for aquaria", "import", ["air"], ["ID", "CN"], (3, 6), (200, 800), ["USD"], None, S),
    ("420100", "Dog collars, embossed PU leather, snake print", "import", ["sea"], ["MY", "CN"], (6, 12), (1000, 4000), ["USD"], 12, S),
    ("960190", "Camel-bone knife handle scales, dyed", "import", ["post"], ["IN", "EG"], (60, 120), (1, 2), ["USD"], 12, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Ceramic pet food bowls, glazed", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 1.5, N),
        ("392490", "Cat litter trays with rim, plastic", "import", ["sea"], ["CN", "TR"], (2, 3.5), (2000, 6000), ["USD", "EUR"], 1, N),
        ("560790", "Jute garden twine, balls", "import", ["sea"], ["BD", "IN"], (2, 3.5), (4000, 10000), ["USD"], 4, N),
        ("630790", "Cotton rope dog toys", "import", ["post", "express"], ["GB", "US"], (25, 50), (1, 3), ["GBP", "USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind190", 20571101, HERE)


if __name__ == "__main__":
    main()
