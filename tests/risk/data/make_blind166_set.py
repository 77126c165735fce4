#!/usr/bin/env python3
"""Writes the hundred-and-sixty-sixth blind set (tests/risk/data/blind166-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2053, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Vietnam, Thailand and Singapore emphasis (origins, transit hubs, destinations,
traders, languages and covers drawn from that region's trade).
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
would. Ids are BL166-*:

    python3 tests/risk/data/make_blind166_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2053, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2053
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "TH", [], "DE", "220190",
         "น้ำลอยดอกมะลิ สำหรับทำขนมไทย ขวด 1 ลิตร 4 ขวด", "TH", 4.6, 4, 480, "THB",
         "Thai jasmine water for desserts (nam loi dok mali) is plain water scented overnight with jasmine flowers: "
         "1.00 kg/l, smelling of jasmine, sold in small bottles; these four litre bottles have vented caps and hold "
         "a water-clear liquid of 1.13 kg/l with no scent of flowers that whitens and stings the fingers and fizzes "
         "on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Chiang Mai to a private person in "
         "Freiburg; Thai wording (hydrogen peroxide repeats in many sets and flavoured-water covers in several; a "
         "Thai jasmine-water label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("PRE-02", "import", "CZAIR01", "air", "VN", [], "CZ", "821420",
         "Dũa móng tay giấy nhám 100/180, 20.000 cái", "VN", 200, 20000, 1600, "USD",
         "a nail-supply air shipment from Ho Chi Minh City for a Brno web shop that sells home manicure kits to the "
         "public: paper nail files and acrylic powder are what Vietnamese-run suppliers send to Czech nail bars, but "
         "the third item's tool disinfectant is 600 one-litre cans with vented caps of a water-clear liquid of "
         "1.20 kg/l that whitens the skin and foams on a cut, where tool disinfectants are coloured quaternary-"
         "ammonium or alcohol solutions: about 50 % hydrogen peroxide (Annex I above 12 %) made available to members "
         "of the public, hidden as the last item of a three-item declaration; Vietnamese wording (hydrogen peroxide "
         "repeats in many sets, and peroxide as a nail 'gel activator' in parcels in blind27 and blind37; a "
         "tool-disinfectant label behind a Vietnamese nail-supply cargo was found in no earlier row by a keyword "
         "search)",
         dict(firm("Orion Nehty s.r.o.", "CZ"),
              _more_items=[item("390690", "Bột đắp móng acrylic, hũ 100 g, 400 hũ", "VN", 40, 1200, "USD", qty=400),
                           item("380894", "Dung dịch sát khuẩn dụng cụ làm móng, can 1 lít, 600 can", "VN", 720, 900,
                                "USD", qty=600)])),
        ("PRE-03", "import", "SEAIR01", "express", "TH", [], "SE", "220890",
         "เหล้าขาว 40 ดีกรี (สุรากลั่นชุมชน) ขวด 1 ลิตร 4 ขวด", "TH", 4.6, 4, 800, "THB",
         "Thai white rice spirit (lao khao) is a water-clear liquor of 0.95 kg/l that smells of alcohol and rice "
         "mash and floats on water; these four bottles hold a colourless liquid of 1.14 kg/l that sinks in water, "
         "smells faintly fruity and chemical and burns with a pale flame only after coaxing: nitromethane (Annex I "
         "above 16 %), sent by express from Bangkok to a private person in Malmö, although flammable liquids travel "
         "by express only as declared dangerous goods; Thai wording (nitromethane repeats in many sets and spirit "
         "labels, rice wine and sake among them, in a few; a lao khao label was found in no earlier row by a keyword "
         "search)", person("Malee Lindqvist", "SE")),
        ("PRE-04", "import", "PLAIR01", "air", "VN", [], "PL", "210390",
         "Nước mắm nhĩ Phan Thiết 40 độ đạm, chai 500 ml, 2.400 chai", "VN", 1680, 2400, 2400, "USD",
         "first-press Phan Thiet fish sauce is a dark-amber, salty liquid of about 1.2 kg/l that reeks of fermented "
         "anchovy; these 2,400 bottles hold a pale-yellow liquid of 1.40 kg/l with no smell of fish that fumes brown "
         "when opened, yellows the skin and eats into a copper coin, at 1 USD a bottle, for a Wólka Kosowska "
         "wholesaler whose stalls sell to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, flown from Hanoi to Warsaw; Vietnamese wording (nitric acid repeats in many sets, "
         "and fish sauce appears in earlier rows only as the lawful first item of Vietnamese and Korean grocery "
         "consignments; as the label of the acid itself it was found in no earlier row by a keyword search)",
         firm("Horizon Hurt Azjatycki Sp. z o.o.", "PL")),
        ("PRE-05", "import", "NLAIR01", "express", "TH", [], "NL", "170290",
         "น้ำเชื่อมลิ้นจี่ สำหรับชานมไข่มุก ขวด 1 ลิตร 4 ขวด", "TH", 7.4, 4, 600, "THB",
         "lychee syrup for bubble tea is a pale, runny, sweet syrup of about 1.3 kg/l that smells of lychee; these "
         "four bottles are oily and colourless, weigh 1.84 kg/l, grow hot with a drop of water and blacken a sugar "
         "cube: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Bangkok to a private person in "
         "Tilburg, although corrosive liquids travel by express only as declared dangerous goods; Thai wording "
         "(sulphuric acid repeats in many sets and syrup covers in several; a lychee-syrup label was found in no "
         "earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-06", "import", "DEAIR01", "air", "VN", [], "DE", "110290",
         "Bột bánh cuốn pha sẵn, gói 400 g, 1.000 gói", "VN", 400, 1000, 600, "USD",
         "ready-mixed banh cuon flour is a soft, squeaky blend of rice and tapioca starch that makes a thin, milky "
         "batter; these bags hold a heavier, gritty white powder that does not thicken in water, barely dissolves, "
         "burns fiercely mixed with sugar and whose inner liners read 'KClO4', for a stall in Berlin's Dong Xuan "
         "wholesale centre that sells 400 g bags to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Hanoi to Berlin; Vietnamese wording (potassium "
         "perchlorate repeats in many sets under starch and flour labels, rice flour among them; a banh-cuon flour "
         "label was found in no earlier row by a keyword search)", firm("Delta Asia Lebensmittel GmbH", "DE")),
        ("PRE-07", "import", "DKSEA01", "sea", "TH", [], "DK", "210690",
         "ผงกะทิสำเร็จรูป ถุง 1 กก. 8,000 ถุง", "TH", 8000, 8000, 9600, "USD",
         "coconut milk powder is a creamy, fatty, free-flowing powder that smells of coconut and clumps between warm "
         "fingers; these bags hold a dry, chalk-white, fat-free crystalline powder with no smell that draws damp "
         "and flares yellow on a gas ring, and the factory sheet in the container gives CAS 7775-09-9, for an "
         "Aarhus Asian cash-and-carry that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed "
         "for members of the public, by sea from Laem Chabang; Thai wording (sodium chlorate repeats in many sets "
         "under salt, sugar and powder labels; a coconut-milk-powder label was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Asia Food ApS", "DK")),
        ("PRE-08", "import", "ATPOST01", "post", "VN", [], "AT", "210390",
         "Bột canh i-ốt Hải Châu, gói 190 g, 20 gói", "VN", 3.8, 20, 120000, "VND",
         "Hai Chau iodised seasoning salt (bot canh) is a fine, slightly damp, salty powder flecked with MSG that "
         "tastes of broth; these 20 packets hold dry, glossy white crystals that do not taste of salt, spit violet "
         "sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), "
         "posted from Hanoi to a private person in Linz; Vietnamese wording (potassium chlorate repeats in many sets "
         "and salt labels in many; a bot-canh seasoning label was found in no earlier row by a keyword search)",
         person("Nguyễn Thị Lan", "AT")),
        ("PRE-09", "import", "NLSEA01", "sea", "VN", [], "NL", "100640",
         "Gạo tấm thơm ST25, bao 25 kg, 960 bao", "VN", 24000, 960, 9600, "USD",
         "broken fragrant rice (com tam) is irregular, translucent, chalky-tipped grain fragments that smell of "
         "pandan when cooked; these 960 sacks hold perfectly round, smooth white prills of one size that turn "
         "ice-cold in water, smell of ammonia with a little lye, test at 34 % N and melt and fume on a hot plate, "
         "for a Rotterdam 'rice trader' registered three months earlier with no food-business registration, which "
         "resells 25 kg sacks to private buyers: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by sea from Cai Mep; Vietnamese wording (ammonium nitrate repeats in many sets "
         "under grain, pearl and salt labels, tapioca pearls among them; a broken-rice label was found in no earlier "
         "row by a keyword search)", firm("Vega Rice Trading BV", "NL")),
        ("PRE-10", "import", "FIPOST01", "post", "TH", [], "FI", "382450",
         "ยาแนวกระเบื้อง สีขาว ถุง 1 กก. 3 ถุง", "TH", 3, 3, 270, "THB",
         "cement-based tile grout is a grey-white, gritty powder that smells of cement, grows warm and sets hard "
         "when mixed with water; these three bags hold a white, crystalline powder that dissolves completely, "
         "leaves the water cold, draws damp in the open bag and burns brightly mixed with sugar, and the re-used "
         "inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from Pattaya to a private "
         "person in Tampere; Thai wording (sodium perchlorate repeats in many sets; grout appears in earlier rows "
         "only as acid grout-haze removers on other goods; a tile-grout powder label was found in no earlier row by "
         "a keyword search)", person("Sirpa Virtanen", "FI")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "VN", "253090",
         "Zeoliet-bentoniet bodemverbeteraar voor garnalenvijvers, big bags, 24 t", "NL", 24000, None, 2400, "EUR",
         "a pond-bottom conditioner for shrimp farms is a dry, pale-grey, odourless mineral granulate with a data "
         "sheet; these big bags hold a black, wet, tarry sludge that smells of heavy fuel oil and reads high in "
         "vanadium, nickel and polycyclic aromatics, pumped from the exhaust-gas scrubbers of ships serviced at a "
         "Rotterdam yard: scrubber wash-water sludge containing hazardous substances, hazardous waste whose export "
         "to a non-OECD country is banned, from Rotterdam to Cai Mep for a Mekong-delta 'aquaculture supplier'; "
         "Dutch wording (scrubber residues repeat in blind58 and blind74 and zeolite labels in a few; a shrimp-pond "
         "conditioner label to Vietnam was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "SG", "151800",
         "Used cooking oil (UCO), ISCC-certified, HVO feedstock, ISO tanks, 40 t", "BE", 40000, None, 32000, "EUR",
         "UCO for hydrotreated-vegetable-oil refineries is a golden-brown, fatty oil that smells of frying, half-sets "
         "in the cold and comes with collection-point certificates; these ISO tanks hold a black, thin, "
         "petroleum-smelling oil that stays liquid at 0 °C, with a layer of cooking oil only at the top, blended "
         "with drained engine and hydraulic oil from Flemish garages: waste mineral oil (13 02 05*) mixed into "
         "cooking oil, hazardous waste whose export to a non-OECD country is banned, from Antwerp to Singapore for a "
         "Tuas 'feedstock trader'; English wording (used-oil mixtures repeat in several sets and a cooking-oil label "
         "in blind63 and blind112; an ISCC HVO-feedstock label to Singapore was found in no earlier row by a keyword "
         "search)", {"importer_country": "SG"}),
        ("WST-03", "import", "DESEA01", "sea", "TH", [], "DE", "380210",
         "Coconut-shell activated carbon, unused surplus, 4x8 mesh, big bags, 20 t", "TH", 20000, None, 30000, "USD",
         "unused coconut-shell carbon is hard, shiny-black, dust-free granules in sealed bags with an iodine number; "
         "these bags hold dull, crumbly, grey-black granules that smell of sulphur and read mercury at several grams "
         "a kilo on a vapour meter, from the mercury-removal units of a Rayong gas-separation plant treating Gulf of "
         "Thailand gas: spent mercury-removal sorbent (A1010, A4160), hazardous waste imported without the "
         "notification and consent the Waste Shipment Regulation requires, by sea from Laem Chabang to Hamburg for "
         "a 'regeneration' firm; English wording (spent mercury-laden carbon repeats in many sets, blind146 and "
         "blind157 among them, kept as a repeat; from a Rayong gas plant is the new part as far as a search found)",
         firm("Central Aktivkohle GmbH", "DE")),
        ("WST-04", "transit", "BESEA01", "sea", "GB", ["BE"], "VN", "852852",
         "Used LCD monitors 19-24 in., tested working, grade B, 1,800 pcs", "GB", 9000, 1800, 5400, "GBP",
         "tested grade-B monitors travel boxed with a test sheet and power cables; these 1,800 are loose, with "
         "cracked screens, missing stands and cut cables and their mercury CCFL backlights still inside, collected "
         "at British council recycling centres: waste electrical equipment with hazardous components (A1180), "
         "landed at Antwerp in transit from Felixstowe to Haiphong, a hazardous waste that may not be moved through "
         "the Union to a non-OECD country; English wording (e-waste under used and tested labels repeats in many "
         "sets and CCFL monitors in several, kept as a repeat; a British transit through Antwerp to Haiphong is the "
         "new part as far as a search found)", {"importer_country": "VN"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "VN", "391590",
         "Aparas de espuma EVA, limpas, de uma só cor, para fábricas de chinelos, fardos, 22 t", "PT", 22000, None,
         2200, "EUR",
         "clean EVA offcuts are light, springy, single-colour foam scraps from sole cutting, baled dry; these bales "
         "hold wet, mixed household packaging (food trays, films, yoghurt pots, nappies) that smells of rot, with a "
         "skin of EVA offcuts round the outside of each bale, from the reject line of a Porto municipal sorting "
         "plant: mixed municipal plastic waste (Y46, Y48), whose export to a non-OECD country is banned, from "
         "Leixões to Haiphong for a 'footwear supplier'; Portuguese wording (mixed plastic under clean-scrap labels "
         "repeats in many sets; an EVA-offcut label for Vietnamese sandal makers was found in no earlier row by a "
         "keyword search)", {"importer_country": "VN"}),
        ("WST-06", "export", "CZROAD01", "road", "CZ", ["DE"], "VN", "871200",
         "Xe đạp cũ, đã qua sử dụng, 120 chiếc", "CZ", 1800, 120, 2400, "EUR",
         "a returning family's household container for Haiphong, loaded in Prague and trucked to Hamburg: used "
         "bicycles and household furniture are what Vietnamese families in Czechia send home, but the third item's "
         "'still good' e-bike batteries are 300 swollen, dented lithium-ion packs with cut connectors and scorched "
         "cells from Prague repair shops' return bins: waste lithium-ion batteries (A1170, A1180), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration; "
         "Vietnamese wording (waste e-bike batteries repeat in many sets, kept as a repeat, and a returnee's "
         "container once, in blind138, to Paraguay; behind a Czech-Vietnamese household container is the new part "
         "as far as a search found)",
         dict({"importer_country": "VN"},
              _more_items=[item("940360", "Đồ gỗ gia đình cũ, 40 món", "CZ", 1600, 800, "EUR", qty=40),
                           item("850760", "Pin lithium xe đạp điện đã qua sử dụng, còn dùng tốt, 300 cái", "CZ", 900,
                                600, "EUR", qty=300)])),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "TH", "381400",
         "Nitroverdünnung, regeneriert (Recycling-Verdünnung), 80 Fässer", "DE", 16000, 80, 4800, "EUR",
         "regenerated nitro thinner is a water-clear, thin, fast-evaporating solvent blend with a distillation "
         "certificate; these 80 drums hold a grey-brown, thick, settling mixture of paint solids, water and spent "
         "solvents from a Stuttgart car-body shop's gun-wash units, never distilled: waste paint and solvent "
         "mixtures (08 01 11*, 14 06 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Hamburg to Laem Chabang for a Samut Prakan 'paint maker'; German wording (waste solvents under thinner "
         "labels repeat in many sets, kept as a repeat; to Samut Prakan is the new part as far as a search found)",
         {"importer_country": "TH"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "SG", "631090",
         "Chiffons d'essuyage industriels, coupés dans des textiles usagés, balles, 18 t", "FR", 18000, None, 2700,
         "EUR",
         "industrial wiping rags are clean, cut cotton pieces in pressed bales; these bales hold used, black, "
         "oil-soaked shop towels and absorbent pads from Le Havre refinery and ship maintenance, dripping oil when "
         "squeezed: absorbents and wiping cloths contaminated by hazardous substances (15 02 02*), hazardous waste "
         "whose export to a non-OECD country is banned, from Le Havre to Singapore for a trader who sends them on to "
         "Cambodian brick kilns as fuel; French wording (oily rags repeat in several sets and wiping-rag labels in a "
         "few, kept as a repeat; to Singapore for Cambodian kilns is the new part as far as a search found)",
         {"importer_country": "SG"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "VN", "252310",
         "Clínker de cemento Portland, a granel, big bags, 30 t", "ES", 30000, None, 1500, "EUR",
         "Portland clinker is hard, dark-grey, glassy nodules; these big bags hold a fine, buff-brown, strongly "
         "alkaline dust that smells faintly of ammonia and reads high in chloride, potassium and lead, from the "
         "chlorine-bypass filters of a Catalan cement kiln burning waste fuels: cement-kiln bypass dust containing "
         "hazardous substances, hazardous waste whose export to a non-OECD country is banned, from Tarragona to Cai "
         "Mep for a Ba Ria-Vung Tau 'cement grinding' plant; Spanish wording (bypass dust repeats in blind58, "
         "blind122 and blind126 and clinker labels in several, kept as a repeat; to Vietnam is the new part as far "
         "as a search found)", {"importer_country": "VN"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "TH", "711291",
         "Spazzature orafe a contenuto d'oro, per affinazione, 40 fusti", "IT", 8000, 40, 24000, "EUR",
         "goldsmiths' sweeps for refining are dry floor sweepings, polishing dust and crucible grit in drums, worth "
         "their gold; these 40 drums slosh, hold a yellowish liquid that smells of bitter almond, tests strongly for "
         "free cyanide and carries a little gold, cadmium and nickel, pumped out of the plating lines of Vicenza "
         "costume-jewellery workshops: spent cyanide plating baths (11 01 98*, A4050), hazardous waste "
         "whose export to a non-OECD country is banned, from Venice to Laem Chabang for a Bangkok 'refiner'; Italian "
         "wording (spent plating baths repeat in blind32, blind73 and blind105 and cyanide wastes in many; a "
         "goldsmiths'-sweeps label to Thailand was found in no earlier row by a keyword search)",
         {"importer_country": "TH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "VN", [], "NL", "381400",
         "Dung dịch súc rửa dàn lạnh điều hoà, bình 13,6 kg, 400 bình", "VN", 5440, 400, 6000, "USD",
         "air-conditioner coil-flushing solvents sold in the Union are HFE or hydrocarbon blends in small cans; "
         "these 400 returnable 13.6 kg cans hold a liquid of 1.25 kg/l that boils at 32 °C, smells sweet and "
         "ethereal, does not burn and reads 1,1-dichloro-1-fluoroethane on the analyser: HCFC-141b, an "
         "ozone-depleting substance whose import into the Union is banned (Regulation 2024/590), by sea from Cat Lai "
         "to Rotterdam for an HVAC wholesaler; Vietnamese wording (HCFC-141b repeats in many sets and flushing "
         "labels in several, kept as a repeat of the family; a Vietnamese coil-flush label by sea is the new part as "
         "far as a search found)", firm("Atlantic Klimaat Groothandel BV", "NL")),
        ("OZN-02", "import", "DEAIR01", "express", "SG", [], "DE", "381400",
         "Oxygen-service valve degreaser, non-flammable, 4 x 5 l", "SG", 31, 4, 1400, "SGD",
         "oxygen-service degreasers today are water-based or HFE solvents with an oxygen-compatibility sheet; these "
         "four cans, from a Singapore ship chandler clearing old stock, weigh 1.57 kg/l, boil at 48 °C, smell faintly "
         "of chloroform and the drum labels under the new stickers read 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, sent by express from Singapore to a "
         "Bremen oxygen-valve repairer; Singapore English wording (CFC-113 repeats in many sets and oxygen-service "
         "cleaner labels in blind21, blind77 and blind128, kept as a repeat; old stock from a Singapore ship "
         "chandler is the new part as far as a search found)", firm("Vega Sauerstofftechnik GmbH", "DE")),
        ("OZN-03", "import", "ITSEA01", "sea", "TH", [], "IT", "392490",
         "กระติกน้ำแข็ง (cooler box) 45 ลิตร 1,200 ใบ", "TH", 7200, 1200, 14400, "USD",
         "picnic cooler boxes sold in the Union have pentane- or water-blown polyurethane foam and say so on the "
         "carton; these 1,200 Thai 45-litre coolers, cut open, have a yellow foam that gives off a sweet, "
         "ether-like gas and reads 1,1-dichloro-1-fluoroethane on the head-space analyser: products containing "
         "HCFC-141b as a blowing agent, whose import into the Union is banned, by sea from Laem Chabang to Genoa for "
         "a camping-goods importer; Thai wording (HCFC-141b foams repeat in many sets and rotomoulded ice chests "
         "from China once, in blind134, kept as a repeat cover; Thai cooler boxes are the new part as far as a "
         "search found)", firm("Meridian Outdoor Srl", "IT")),
        ("OZN-04", "import", "BESEA01", "sea", "TH", [], "BE", "380891",
         "ก๊าซฟอสฟีนผสมคาร์บอนไดออกไซด์ สำหรับรมข้าว ถัง 50 กก. 60 ถัง", "TH", 3000, 60, 4200, "USD",
         "rice fumigators' phosphine comes as aluminium-phosphide tablets in gas-tight flasks or as a few per cent "
         "phosphine in CO2 at high pressure; these 60 short, heavy steel cylinders slosh, read 2 bar, hold a "
         "colourless liquid of 1.73 kg/l with a faint sweet smell and their shoulders are stamped 'CH3Br' under the "
         "paint: methyl bromide, whose import into the Union is banned (no quarantine exemption remains), by sea "
         "from Bangkok to Antwerp for a container-fumigation firm; Thai wording (methyl bromide repeats in many sets "
         "under fumigant labels, phosphine and ECO2FUME among them, kept as a repeat of the family; a Thai "
         "rice-fumigant label is the new part as far as a search found)", firm("Central Fumigatie NV", "BE")),
        ("OZN-05", "transit", "BESEA01", "sea", "TH", ["BE"], "NG", "841510",
         "Window-type air conditioners 12,000 BTU, R-410A, 600 units", "TH", 24000, 600, 96000, "USD",
         "R-410A window units carry a pink refrigerant label and a 4.15 MPa design pressure; the nameplates of these "
         "600 Thai-made units, under the export stickers, read R-22 with a 0.8 kg charge, and their service ports "
         "take only R-22 fittings: equipment containing HCFC-22, which may not be moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Antwerp in transit from Laem Chabang to Lagos; English "
         "wording (R-22 equipment repeats in many sets and R-410A labels in many, kept as a repeat; Thai window "
         "units through Antwerp to Lagos are the new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-06", "import", "CZAIR01", "express", "VN", [], "CZ", "382499",
         "Bình xịt bơm vá lốp xe máy, 450 ml, 12 bình", "VN", 6, 12, 480000, "VND",
         "motorbike tyre sealant-inflators sold in the Union use propane-butane or HFO-1234ze; these twelve cans "
         "hold 450 g each of a propellant that reads 1,1,1,2-tetrafluoroethane on the analyser over a little latex: "
         "technical aerosols with HFC-134a, which the F-gas Regulation (2024/573) bans from the Union market, sent "
         "by express from Ho Chi Minh City to a private person in Cheb who runs a scooter-repair stall; Vietnamese "
         "wording (HFC-134a tyre sealants repeat in blind11, blind43 and blind95, kept as a repeat; a Vietnamese "
         "motorbike label by express is the new part as far as a search found)", person("Trần Văn Hùng", "CZ")),
        ("OZN-07", "import", "NLAIR01", "air", "SG", [], "NL", "842410",
         "ஆர்கோனைட் (IG-55) தீயணைப்பு உருளைகள், 80 லி, மீள்நிரப்பப்பட்டவை, 12", "SG", 1200, 12, 6000, "USD",
         "IG-55 (Argonite) cylinders hold argon and nitrogen at 200-300 bar, and a full one weighs only a few kilos "
         "more than an empty one; these twelve read 42 bar, each hold 100 kg of a liquefied gas and the analyser "
         "gives bromotrifluoromethane: halon 1301 recovered from ships broken in South Asia and refilled by a "
         "Singapore marine-safety workshop, whose import into the Union is banned outside licensed critical uses, "
         "flown from Changi to Amsterdam for a marine-safety contractor; Tamil wording from Singapore (halon 1301 "
         "repeats in many sets and IG-55 labels in blind115, blind119 and blind129, kept as a repeat; Argonite "
         "cylinders from a Singapore refiller are the new part as far as a search found)",
         firm("Nordhafen Marine Safety BV", "NL")),
        ("OZN-08", "export", "PLSEA01", "sea", "PL", [], "VN", "841810",
         "Tủ lạnh cũ, đã qua sử dụng, 80 chiếc", "PL", 4800, 80, 3200, "EUR",
         "a Gdańsk-Haiphong container of used appliances: fridges and air conditioners are what Vietnamese traders "
         "in Poland ship home, but the third item's 'recovered refrigerant cylinders' are 40 grey recovery bottles "
         "filled by a Wólka Kosowska installer with gas drawn out of old split units and cold rooms, which the "
         "analyser gives as HCFC-22 with some CFC-12: ozone-depleting substances whose export from the Union is "
         "banned (Regulation 2024/590), hidden as the last item of a three-item declaration; Vietnamese wording "
         "(recovered refrigerant repeats in blind23 and blind37; behind a Polish-Vietnamese used-appliance container "
         "is the new part as far as a search found)",
         dict({"importer_country": "VN"},
              _more_items=[item("841510", "Máy điều hoà cũ, tháo dỡ, 60 bộ", "PL", 2400, 1800, "EUR", qty=60),
                           item("731100", "Bình gas lạnh thu hồi, 13,6 kg, 40 bình", "PL", 960, 400, "EUR", qty=40)])),
        ("OZN-09", "import", "FRPOST01", "post", "TH", [], "FR", "381400",
         "น้ำยาขจัดคราบผ้าไหมไทย ขวด 500 มล. 4 ขวด", "TH", 3.2, 4, 600, "THB",
         "spot removers sold with Thai silk are mild, alcohol- or water-based liquids of about 0.8-1.0 kg/l; these "
         "four bottles hold a heavy liquid of 1.59 kg/l that smells sweet like chloroform, does not burn and reads "
         "tetrachloromethane on the analyser: carbon tetrachloride, whose import into the Union is banned, posted "
         "from Bangkok to a private person in Lyon who restores antique textiles; Thai wording (carbon tetrachloride "
         "repeats in many sets and spot-remover labels in several, kept as a repeat of the family; a Thai-silk label "
         "was found in no earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
        ("OZN-10", "import", "HUAIR01", "express", "VN", [], "HU", "271113",
         "Bình gas mini du lịch (butan), 12 bình", "VN", 3.6, 12, 360000, "VND",
         "butane camping cartridges hold 220 g of a light liquid of 0.58 kg/l at 2 bar and fit a camping stove; "
         "these twelve are refrigerant refill cans with a left-hand 1/2-inch ACME valve, read 14 bar at 20 °C and "
         "the analyser gives difluoromethane: HFC-32 in non-refillable containers, which the F-gas Regulation "
         "(2024/573) bans from the Union market and whose import needs a quota, sent by express from Ho Chi Minh "
         "City to a private air-conditioning installer in Budapest; Vietnamese wording (HFCs under camping-gas "
         "labels repeat in blind37, blind52 and blind68, kept as a repeat; HFC-32 refill cans from Vietnam are the "
         "new part as far as a search found)", person("Lê Minh Tuấn", "HU")),
    ],
    "cultural": [
        ("CUL-01", "import", "DESEA01", "sea", "TH", [], "DE", "940360",
         "เฟอร์นิเจอร์สวนไม้สัก (teak garden furniture) 80 ชิ้น", "TH", 3200, 80, 9600, "USD",
         "a teak and rattan garden-furniture container for a Hamburg importer: outdoor sets and rattan chairs are "
         "what Thai makers ship, but the third item's 'new' black-and-gold cabinet is a tapering scripture cabinet "
         "(tu phra tham) in gilded lai rot nam lacquer with Ramakien scenes, worn gilding, termite tracks, a temple "
         "inventory number in ink and old repairs with iron nails: a late Ayutthaya or early Bangkok manuscript "
         "cabinet (18th-19th century), which Thailand forbids exporting without a Fine Arts Department licence, "
         "brought in without the importer statement Regulation 2019/880 requires, hidden as the last item of a "
         "three-item declaration, by sea from Laem Chabang to Hamburg; Thai wording (Thai lacquer and temple objects "
         "repeat in a few sets; a scripture-cabinet label was found in no earlier row by a keyword search)",
         dict(firm("Horizon Gartenmöbel GmbH", "DE"),
              _more_items=[item("940153", "เก้าอี้หวาย 120 ตัว", "TH", 960, 2400, "USD", qty=120),
                           item("940360", "ตู้ไม้ลงรักปิดทองลายรดน้ำ (ทำใหม่) 1 ใบ", "TH", 60, 150, "USD", qty=1)])),
        ("CUL-02", "import", "NLAIR01", "express", "TH", [], "NL", "830629",
         "พระเศียรพระพุทธรูปทองเหลือง ทำสีเก่า (ของใหม่) 1 ชิ้น", "TH", 6, 1, 2500, "THB",
         "new brass Buddha heads with an antique finish are light, yellow, cast hollow with sharp seams and a "
         "chemical patina that rubs off; this one is a heavy, solid bronze head with a square face, joined eyebrows "
         "and a diadem band in the Lopburi style, a dark, warty patina, earth in the curls and a broken neck tenon: "
         "a Lopburi-period (12th-13th century) bronze Buddha head from a temple site, an archaeological object "
         "whose export Thailand forbids, brought in without an import licence (Regulation 2019/880), sent by "
         "express from Bangkok to a private buyer in Utrecht; Thai wording (Buddha heads repeat in many sets, kept "
         "as a repeat; a Lopburi bronze was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("CUL-03", "import", "FRAIR01", "air", "VN", [], "FR", "741980",
         "Chậu đồng trồng cây, giả cổ, hàng mới, 2 chiếc", "VN", 28, 2, 120, "USD",
         "new brass planters cast in Vietnamese craft villages are bright, thin-walled and sharply patterned; these "
         "two are heavy, lidless bronze jars (thap) with bands of feathered warriors in boats, herons and sun rays "
         "in low relief, a blue-green malachite crust and grave soil inside: Dong Son bronze situlae (c. 500 BC-AD "
         "100), archaeological objects whose export Viet Nam forbids, brought in without an import licence "
         "(Regulation 2019/880), flown from Hanoi to Paris for a dealer; Vietnamese wording (Dong Son bronzes repeat "
         "in several sets, mostly drums; a thap under a brass-planter label was found in no earlier row by a keyword "
         "search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-04", "import", "NLSEA01", "sea", "VN", [], "NL", "691200",
         "Gốm Bát Tràng men lam, hàng mới, 600 món", "VN", 1200, 600, 2400, "USD",
         "new Bat Trang blue-and-white is evenly glazed, bright and machine-finished and sold by the crate; 46 of "
         "these 600 dishes and kendis are greyish with a crackled glaze, cobalt peonies and birds, sand stuck to the "
         "foot rings, shell scars and iron stains: 15th-century Chu Dau wares raised from the Cu Lao Cham wreck off "
         "Hoi An, underwater cultural heritage whose export Viet Nam forbids, brought in without an import licence "
         "(Regulation 2019/880), mixed into a decorative-ceramics order, by sea from Haiphong to Rotterdam; "
         "Vietnamese wording (Asian wreck ceramics repeat in a few sets, Sawankhalok wares in blind112 and a Chu Dau "
         "piece in blind78; Hoi An wreck wares under a Bat Trang label were found in no earlier row by a keyword "
         "search)", firm("Horizon Interieur BV", "NL")),
        ("CUL-05", "import", "DEPOST01", "post", "VN", [], "DE", "491191",
         "Tranh thư pháp in trên giấy dó, 3 bức", "VN", 0.6, 3, 600000, "VND",
         "printed calligraphy on do paper is flat, evenly inked and bright; these three are hand-written imperial "
         "decrees on yellow paper with gold and silver dragon borders, the red seal of the Nguyen court, reign "
         "dates of Tu Duc and Khai Dinh and folds from a village temple chest: royal ordination decrees (sac phong) "
         "for village guardian spirits, 19th-20th century documentary heritage taken from communal houses, whose "
         "export Viet Nam forbids, brought in against the UNESCO 1970 convention, posted from Nam Dinh to a private "
         "collector in Leipzig; Vietnamese wording (Vietnamese documents repeat in a few sets; sac phong were found "
         "in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-06", "import", "ITPOST01", "post", "TH", [], "IT", "482010",
         "สมุดกระดาษสาทำมือ 4 เล่ม", "TH", 2.4, 4, 1200, "THB",
         "handmade saa-paper notebooks are soft, fibrous, pale sewn books sold to tourists in Chiang Mai; these four "
         "are long, accordion-folded books of thick khoi-bark paper blackened with lacquer, written in yellow and "
         "gold with Buddhist texts and painted with scenes of the Traiphum heavens and hells, with water stains and "
         "insect holes: Thai folding manuscripts (samut khoi) of the 18th-19th century, which Thailand forbids "
         "exporting without a Fine Arts Department licence, brought in against the UNESCO 1970 convention, posted "
         "from Chiang Mai to a private buyer in Bologna; Thai wording (palm-leaf manuscripts repeat in several sets; "
         "samut khoi under a saa-paper label were found in no earlier row by a keyword search)",
         person("Giulia Rossi", "IT")),
        ("CUL-07", "export", "FRAIR01", "air", "FR", [], "SG", "491191",
         "Peinture décorative sur soie, reproduction, style Indochine, encadrée, 1 pièce", "FR", 4, 1, 350, "EUR",
         "a framed decorative silk reproduction is a printed or workshop-painted panel at a few hundred euros; this "
         "one is ink and gouache on silk, signed Mai Trung Thứ with his red seal and dated 1942, with a 1946 Paris "
         "gallery label on the back, sold a month earlier at a Drouot auction for over 600,000 EUR: a painting over "
         "50 years old above the value threshold, exported without the licence of Regulation 116/2009, flown from "
         "Paris to Singapore for a collector; French wording (Indochina-school paintings repeat in a few sets, Le Pho "
         "among them; a Mai Trung Thứ silk under a reproduction label was found in no earlier row by a keyword "
         "search)", {"importer_country": "SG"}),
        ("CUL-08", "import", "FRSEA01", "sea", "VN", [], "FR", "680291",
         "Tượng đá mỹ nghệ Non Nước, hàng mới, 6 tượng", "VN", 900, 6, 1800, "USD",
         "new Non Nuoc carvings from the Da Nang marble village are white or pink, polished and crisply machine-"
         "cut; two of these six are grey-yellow sandstone, a dancing apsara and a kala-makara fragment with lichen, "
         "root marks and a broken tenon in the Tra Kieu style: Cham sculptures (10th-12th century) taken from a "
         "temple site in Quang Nam, archaeological objects whose export Viet Nam forbids, brought in without an "
         "import licence (Regulation 2019/880), by sea from Da Nang to Marseille; Vietnamese wording (Cham "
         "sculpture repeats in several sets, kept as a repeat; a Non Nuoc marble-village label was found in no "
         "earlier row by a keyword search)", firm("Meridian Déco SARL", "FR")),
        ("CUL-09", "import", "BEAIR01", "air", "TH", [], "BE", "691390",
         "Handmade terracotta aroma-oil burners for spa decoration, painted, new, 8 pcs", "TH", 22, 8, 160, "USD",
         "new spa aroma-oil burners are small, thick, evenly fired pots with a tea-light opening and a bowl on top, "
         "brightly painted; these eight are thin-walled, buff jars with red-painted swirls and fingerprint spirals, root marks, a calcite crust and grave soil "
         "inside: Ban Chiang painted pottery (c. 300 BC-AD 200), archaeological objects whose export Thailand "
         "forbids, brought in without an import licence (Regulation 2019/880), flown from Bangkok to Brussels for a "
         "Sablon dealer; English wording from Thailand (Ban Chiang pottery repeats in blind7, blind38, blind47, "
         "blind78 and blind88, kept as a repeat; a first draft's flower-pot label was dropped after a search found it "
         "in blind99; a spa aroma-oil-burner label was found in no earlier row by a keyword search)",
         firm("Galerie Atlantique SA", "BE")),
        ("CUL-10", "export", "FRAIR01", "air", "FR", [], "VN", "691110",
         "Assiettes décoratives bleu et blanc, reproduction, 12 pièces", "FR", 8, 12, 240, "EUR",
         "reproduction blue-and-white plates are bright, machine-printed porcelain; these twelve are 'bleu de Huế', "
         "Chinese porcelain of the 18th-19th century ordered by the Nguyen court, with Vietnamese poems and "
         "palace marks on the bases, from a Marseille family collection formed in colonial Indochina and valued "
         "together at over 150,000 EUR: antiques over 100 years old above the value threshold, exported without the "
         "licence of Regulation 116/2009, flown from Paris to Ho Chi Minh City for a Hue collector; French wording "
         "(bleu de Huế was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "air", "NL", [], "SG", "900290",
         "Optical lens elements for LCD projectors, spare parts, 6 crates", "NL", 180, 6, 6000, "EUR",
         "projector lens elements are small moulded or ground glass pieces worth tens of euros; these six crates "
         "hold calcium-fluoride and fused-silica lens elements in nitrogen-purged mounts with interferometer "
         "certificates, worth over 2 million EUR on the maker's list, consigned to a Singapore firm set up last "
         "year whose forwarder books them on to Shanghai: parts of immersion-lithography projection optics "
         "(semiconductor manufacturing equipment under dual-use and national controls), exported without the "
         "licence Regulation 2021/821 requires, flown from Amsterdam; English wording (lithography optics "
         "repeat in several sets and a projector-lens label once, in blind154, sent straight to China; kept as a "
         "repeat, through a new Singapore firm is the new part as far as a search found)", {"importer_country": "SG"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "VN", "852589",
         "Caméras de dépistage de fièvre pour élevages porcins, 40 pièces", "FR", 40, 40, 8000, "EUR",
         "fever-screening cameras for pig barns are low-resolution thermal sensors with a fixed wide lens at a few "
         "hundred euros; these 40 are bare 640 x 512 uncooled microbolometer cores at 60 Hz with no housing, lens or "
         "display, for integration, listed at 5,000 EUR each, for a Hanoi 'agritech' firm whose address is shared "
         "with a defence-industry supplier: thermal imaging cores controlled under dual-use 6A003, exported without "
         "the licence Regulation 2021/821 requires, flown from Paris; French wording (thermal cores repeat in many "
         "sets and a fever-screening label once, in blind149, for an airport terminal; a pig-farm label to Viet Nam "
         "is the new part as far as a search found)",
         {"importer_country": "VN"}),
        ("STR-03", "import", "BEAIR01", "air", "TH", [], "BE", "710239",
         "เพชรเจียระไนขนาดเล็ก (melee) แหล่งกำเนิดไทย 2,400 กะรัต", "TH", 0.48, None, 720000, "USD",
         "Thai-cut melee is cut at Chanthaburi and Bangkok works from rough bought with Kimberley certificates; these "
         "2,400 carats of 1-2 mm stones, with a Thai certificate of origin, were cut from rough bought in Dubai from "
         "a seller tied to Alrosa, and the cutting works' intake papers name Yakutian parcels: diamonds of Russian "
         "origin cut in a third country, whose import into the Union Regulation 833/2014 forbids, flown from Bangkok "
         "to Antwerp; Thai wording (Russian diamonds repeat in several sets, kept as a repeat; cut in Thailand is the "
         "new part as far as a search found)", firm("Orion Diamonds BV", "BE")),
        ("STR-04", "import", "PLSEA01", "sea", "VN", [], "PL", "441234",
         "Ván ép phủ phim lõi keo (acacia core), 18 mm, 2 container", "VN", 44000, None, 24000, "USD",
         "Vietnamese film-faced plywood has a core of fast-grown acacia and eucalyptus, reddish-brown with core "
         "gaps; these panels have pale, even, thin birch veneers throughout with no gaps, and a Vologda mill's "
         "stamps ground off the edges: Russian birch plywood, whose import into the Union Regulation 833/2014 "
         "forbids, trans-shipped through Haiphong with a Vietnamese certificate of origin, by sea to Gdynia; "
         "Vietnamese wording (Russian birch plywood under other origins repeats in many sets, kept as a repeat; "
         "under a Vietnamese acacia-core label is the new part as far as a search found)",
         firm("Nordhafen Drewno Sp. z o.o.", "PL")),
        ("STR-05", "export", "ITAIR01", "air", "IT", [], "SG", "851810",
         "Sistemi di microfoni wireless per karaoke, professionali, 4 valigette", "IT", 60, 4, 4000, "EUR",
         "karaoke wireless-microphone sets are plastic handhelds with a small UHF receiver at a few hundred euros; "
         "these four rugged cases hold software-defined radios with 2G/3G/4G base-station software, power "
         "amplifiers and directional antennas: mobile-network interception equipment (IMSI catchers), whose sale "
         "for use in Myanmar Regulation 401/2013 forbids, flown from Milan to a Singapore reseller whose earlier "
         "orders went on to Yangon; Italian wording (IMSI catchers repeat in many sets, kept as a repeat, and "
         "karaoke labels in blind120 and blind142 on other goods; a karaoke-microphone label on an IMSI catcher is "
         "the new part as far as a search found)", {"importer_country": "SG"}),
        ("STR-06", "import", "ITSEA01", "sea", "VN", [], "IT", "720839",
         "Thép cuộn cán nóng SS400, 2,0 mm, xuất xứ Việt Nam, 400 cuộn, 10.000 t", "VN", 10000000, 400, 5600000,
         "USD",
         "Vietnamese hot-rolled coil comes from integrated mills whose blast furnaces make their own slab; these "
         "400 coils' mill certificates give slab heat numbers of a Cherepovets steelworks, bought through a Hong "
         "Kong trader and rolled at a Ha Tinh re-roller: iron and steel products processed in a third country from "
         "Russian semi-finished steel, whose import into the Union Regulation 833/2014 forbids, by sea from Vung Ang "
         "to Ravenna; Vietnamese wording (Russian slab rolled in third countries repeats in several sets, kept as a "
         "repeat; rolled in Viet Nam is the new part as far as a search found)", firm("Meridian Acciai Srl", "IT")),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "TH", "380991",
         "Aminweichmacher für die Textilausrüstung, 80 Fässer", "DE", 16000, 80, 24000, "EUR",
         "amine softeners for textile finishing are milky, emulsified cationic fatty amides that foam in water; "
         "these drums hold a clear, viscous, amine-smelling liquid of 1.04 kg/l that does not emulsify and whose "
         "drum heads read CAS 105-59-9, for a Bangkok 'textile chemicals' trader whose last orders went on by road "
         "through Mae Sot to Myawaddy: N-methyldiethanolamine (CWC Schedule 3, dual-use 1C350), exported without "
         "the licence Regulation 2021/821 requires, from Hamburg; German wording (MDEA repeats in a few sets, kept "
         "as a repeat; a textile-softener label to Thailand is the new part as far as a search found)",
         {"importer_country": "TH"}),
        ("STR-08", "import", "NLSEA01", "sea", "MY", [], "NL", "290511",
         "Metanol gred AA, asal Malaysia, 5,000 tan", "MY", 5000000, None, 1800000, "USD",
         "Malaysian methanol comes from the Labuan plant with its own loading certificates; this parcel was loaded "
         "by ship-to-ship transfer at the Eastern OPL anchorage off Johor from a tanker that had switched off its "
         "transponder after leaving Assaluyeh, with a Malaysian certificate of origin issued to a Labuan shell: "
         "Iranian methanol, a petrochemical product whose import into the Union Regulation 267/2012 forbids, by sea "
         "past Singapore to Rotterdam; Malay wording (Iranian petrochemicals under other origins repeat in several "
         "sets, kept as a repeat; a ship-to-ship transfer off Johor is the new part as far as a search found)",
         firm("Vega Chemicals BV", "NL")),
        ("STR-09", "import", "DESEA01", "sea", "TH", [], "DE", "400122",
         "ยางแท่ง STR 20 ก้อนละ 35 กก. 576 ก้อน", "TH", 20160, 576, 36000, "USD",
         "STR 20 block rubber from Thai smallholders is amber-brown to dark, smells of ammonia and proteins and "
         "carries a Thai rubber-authority lot mark; these 576 bales are off-white, odourless, uniform "
         "styrene-butadiene rubber with a Voronezh plant's wrapper film under the Thai bale film: Russian synthetic "
         "rubber, whose import into the Union Regulation 833/2014 forbids, re-baled in a Songkhla warehouse and "
         "shipped with a Thai certificate of origin from Songkhla to Hamburg; Thai wording (Russian synthetic rubber "
         "repeats in a few sets and SBR in several; under a Thai natural-rubber label was found in no earlier row by "
         "a keyword search)", firm("Central Gummi Handel GmbH", "DE")),
        ("STR-10", "transit", "LVSEA01", "sea", "TH", ["LV", "RU"], "KZ", "847170",
         "Hard disk drives 3.5 in., 16 TB, enterprise, 12,000 pcs", "TH", 9000, 12000, 2400000, "USD",
         "a Riga transit of Thai-made enterprise hard disks to an Almaty 'data-centre builder': the drives go on by "
         "rail through Russia, the Almaty firm has no data centre and its only customer is a Moscow server "
         "assembler, and the rail consignment note names a Moscow station as the place of unloading: storage units "
         "(8471 70) on the common high-priority list, whose transit through the Union for use in Russia Regulation "
         "833/2014 forbids, landed at Riga in transit from Laem Chabang; English wording (hard disks appear once, in "
         "blind9, as e-waste; a Thai hard-disk transit through Riga was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DKPOST01", "post", "TH", [], "DK", "711790",
         "สร้อยข้อมือเชือกไนลอนสีดำ งานทำมือ 40 เส้น", "TH", 0.4, 40, 2000, "THB",
         "braided black nylon bracelets are shiny and uniform, melt into a hard bead in a flame and cost a few baht; "
         "these 40 are made of thick, matt, tapering black-brown hairs that burn with a smell of singed hair, knotted "
         "with gold wire, sold near Thai elephant camps as lucky charms: Asian elephant tail hair (Elephas maximus, "
         "CITES App. I) without CITES documents, posted from Chiang Mai to a private buyer in Odense; Thai wording "
         "(elephant-hair bracelets repeat in blind7, from Cameroon and named as such; Asian elephant hair under a "
         "nylon-bracelet label was found in no earlier row by a keyword search)", person("Søren Jensen", "DK")),
        ("WLF-02", "import", "HUAIR01", "air", "VN", [], "HU", "121190",
         "Thảo dược khô: đương quy, hoài sơn thái lát, 300 kg", "VN", 300, None, 1500, "USD",
         "a traditional-medicine air shipment for a stall at a Budapest Asia centre: dried angelica and yam slices "
         "and Da Lat artichoke tea are what such shops stock, but the third item's 'herbal bone paste' is 400 "
         "black, glossy, hard cakes that smell of glue and bone, stamped 'cao khỉ toàn tính' (whole-monkey glue) "
         "under the wrapper: glue boiled from macaque skeletons (Macaca spp., CITES App. II) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Hanoi to Budapest; Vietnamese "
         "wording (bone glues repeat in a few sets as tiger-bone 'cao hổ cốt' and macaques in several; monkey-bone "
         "glue was found in no earlier row by a keyword search)",
         dict(firm("Delta Ázsia Kft.", "HU"),
              _more_items=[item("210690", "Trà atiso Đà Lạt, 2.000 hộp", "VN", 400, 2000, "USD", qty=2000),
                           item("350300", "Cao thảo dược cô đặc (cao xương hỗn hợp), bánh 100 g, 400 bánh", "VN", 40,
                                8000, "USD", qty=400)])),
        ("WLF-03", "import", "DEPOST01", "post", "VN", [], "DE", "190590",
         "Bánh pía Sóc Trăng nhân sầu riêng, 4 hộp", "VN", 2, 4, 200000, "VND",
         "Soc Trang banh pia are flaky, round durian pastries in paper trays that smell of durian; in the pastry "
         "trays of these four boxes lie 16 live hatchling turtles with their limbs taped into their shells, black "
         "with yellow head stripes: Vietnamese pond turtles (Mauremys annamensis, CITES App. I), critically "
         "endangered and not bred for export, without CITES documents, posted from Can Tho to a private reptile "
         "keeper in Dortmund; Vietnamese wording (live turtles in food and toy packaging repeat in several sets and "
         "M. annamensis once, in blind64; a banh-pia box was found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("WLF-04", "import", "FRSEA01", "sea", "VN", [], "FR", "940360",
         "Bộ bàn ăn gỗ tràm (acacia), 20 bộ", "VN", 2400, 20, 6000, "USD",
         "acacia dining sets are light, pale- to mid-brown wood with straight grain; these 20 sets are heavy "
         "(1,100 kg/m3), dark red-purple with black streaks, oily to the touch and smell of roses when sanded: "
         "Siamese rosewood (Dalbergia cochinchinensis, go trac, CITES App. II) without CITES documents, by sea from "
         "Quy Nhon to Le Havre; Vietnamese wording (Siamese rosewood repeats in several sets; an acacia (go tram) "
         "furniture label was found in no earlier row by a keyword search)", firm("Alpina Mobilier SARL", "FR")),
        ("WLF-05", "import", "ATPOST01", "post", "VN", [], "AT", "121190",
         "Thạch hộc khô (trà thảo mộc), túi 500 g, 4 túi", "VN", 2, 4, 1600000, "VND",
         "dried 'thach hoc' sold as herbal tea is cultivated Dendrobium officinale in twisted coils with a grower's "
         "label; these four bags hold straight, yellow, ridged stems of many species with aerial roots and bark still "
         "attached, collected wild in the Central Highlands: wild Dendrobium orchids (CITES App. II) without CITES "
         "documents, posted from Buon Ma Thuot to a private buyer in Salzburg; Vietnamese wording (Dendrobium repeats "
         "in many sets; a thach-hoc herbal-tea label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("WLF-06", "import", "NLAIR01", "air", "SG", [], "NL", "030111",
         "热带观赏鱼 (灯鱼、孔雀鱼、丝足鱼) 混装, 60 箱", "SG", 300, None, 2400, "SGD",
         "an assorted tropical-fish box holds hundreds of small fish a bag; twelve of these 60 boxes hold one fish "
         "each, 30 cm long, with large metallic scales, chin barbels and a red-gold sheen, and no microchip: "
         "wild-caught red Asian arowana (Scleropages formosus, CITES App. I) from West Kalimantan laundered through "
         "a Singapore exporter, without the CITES permit and microchip that fish from registered breeding farms "
         "carry, flown from Changi to Schiphol; Chinese wording from Singapore (arowana repeat in several sets, kept "
         "as a repeat; hidden in a Singapore assorted-fish consignment is the new part as far as a search found)",
         firm("Horizon Aquarium Import BV", "NL")),
        ("WLF-07", "import", "PLPOST01", "post", "VN", [], "PL", "220890",
         "Rượu cá ngựa ngâm, chai 500 ml, 4 chai", "VN", 3, 4, 800000, "VND",
         "rice spirit with herbs is sold in Viet Nam with ginseng roots or fruit in the bottle; each of these four "
         "holds some 20 dried seahorses soaking in spirit: seahorses (Hippocampus spp., CITES App. II) without CITES "
         "documents, posted from Nha Trang to a private person in Warsaw; Vietnamese wording (dried seahorses repeat "
         "in many sets and snake wine once, in blind16; seahorse wine was found in no earlier row by a keyword "
         "search)", person("Nguyễn Văn Nam", "PL")),
        ("WLF-08", "import", "DEAIR01", "express", "SG", [], "DE", "392690",
         "硅胶软珊瑚水族造景装饰, 40 件", "SG", 4, 40, 200, "SGD",
         "silicone aquarium corals are soft, flexible, evenly coloured mouldings that float when dry; these 40 are "
         "living polyp colonies on small stony skeletons in wet, oxygenated bags, with green-tipped anchor- and "
         "hammer-shaped tentacles: live Euphyllia corals (stony corals, CITES App. II) without CITES documents, "
         "sent by express from Singapore to a private reef keeper in Hanover; Chinese wording from Singapore (live "
         "corals repeat in many sets and an artificial-coral label once, in blind119; silicone décor from Singapore "
         "is the new part as far as a search found)", person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "BEAIR01", "air", "TH", [], "BE", "060313",
         "กล้วยไม้ตัดดอก (สกุลหวาย) 400 กล่อง", "TH", 2000, 400, 6000, "USD",
         "a Thai cut-orchid air shipment holds long sprays of Dendrobium 'Sonia' flowers in water tubes; eight of "
         "these 400 boxes hold, under a top layer of sprays, 300 whole plants with roots and moss, small slipper "
         "orchids with mottled leaves: wild-collected Paphiopedilum (CITES App. I) from the Thai-Myanmar border "
         "hills, without CITES documents, flown from Bangkok to Brussels; Thai wording (Paphiopedilum repeats in many "
         "sets, kept as a repeat; inside a cut-orchid shipment is the new part as far as a search found)",
         firm("Central Flowers NV", "BE")),
        ("WLF-10", "export", "ROAIR01", "air", "RO", [], "SG", "160432",
         "Icre de lompă negre, borcane 100 g, 200 borcane", "RO", 20, 200, 1000, "EUR",
         "black lumpfish roe is tiny, dyed, crunchy and salty and bleeds black dye onto a finger; these 200 jars "
         "hold large, glossy, grey-brown eggs that roll apart without dye and taste of butter and sea, with no CITES "
         "label on the lids: wild beluga and stellate sturgeon caviar (Acipenseriformes, CITES App. II) poached on "
         "the lower Danube, whose wild sturgeon fishery Romania has closed, without CITES documents or the universal "
         "label, flown from Bucharest to Singapore for a restaurant supplier; Romanian wording (caviar repeats in "
         "many sets and lumpfish labels in several; to Singapore by air is the new part as far as a search found)",
         {"importer_country": "SG"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "TH", "DE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (garden-pond treatment)", "TH", 2.3, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-53-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLAIR01", "air", "VN", "PL", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (hobby goldsmith's gold testing)", "VN", 2.9, 2, 25,
     "EUR", [("PRECURSOR_LICENCE", "PL-MSWiA-53-0377")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "TH", "DE", "380210",
     "Spent mercury-removal activated carbon from a gas-separation plant (A1010), for mercury recovery at a licensed "
     "plant, 20 t", "TH", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-53-0412")],
     "notified mercury-bearing sorbent to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "SG", "NL", "382590",
     "Exhaust-gas scrubber sludge from ships (EGCS residues), for treatment at a licensed plant, 40 t", "SG", 40000,
     None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-53-0081")], "notified scrubber sludge to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "SG", "NL", "290376",
     "Recovered and reclaimed halon 1301, 12 cylinders, for a licensed critical use in aircraft fire protection", "SG",
     300, 12, 9600, "USD", [("ODS_LICENCE", "NL-ILT-ODS-53-006")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "SG", "FR", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "SG", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "FR-MTE-ODS-53-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "import", "NLAIR01", "air", "TH", "NL", "970510",
     "Lopburi-period bronze Buddha head, 13th century, with a Thai Fine Arts Department export licence", "TH", 6, 1,
     42000, "EUR", [("IMPORT_LICENCE", "NL-RCE-IMP-53-0019")], "archaeological bronze imported with its import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "SG", "970121",
     "Mai Trung Thứ, figures in an interior, ink and gouache on silk, 1940, sold at auction in Paris", "FR", 4, 1,
     520000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-53-0408")], "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "VN", "852589",
     "Uncooled thermal imaging cores 640 x 512, 10 units, for a forest-fire watch network in Lam Dong", "FR", 10, 10,
     50000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-53-0611"), ("END_USER_CERTIFICATE", "VN-MONRE-EUC-53-0042")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "TH", "292219",
     "N-Methyldiethanolamine 99 %, 80 drums, for acid-gas removal at a Rayong gas-separation plant", "DE", 16000, 80,
     40000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-53-2210"), ("END_USER_CERTIFICATE", "TH-DIW-EUC-53-0071")],
     "Schedule 3 chemical to a CWC State Party under licence"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "SG", "NL", "030111",
     "Asian arowana, Scleropages formosus, captive-bred at a registered farm, microchipped, 10 fish", "SG", 30, 10,
     9000, "SGD", [("CITES_PERMIT", "SG-NP-CITES-53-1187")], "App. I arowana from a registered breeding operation with its permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "VN", "AT", "121190",
     "Dendrobium officinale stems, artificially propagated, dried, 20 kg", "VN", 20, None, 1600, "USD",
     [("CITES_PERMIT", "VN-CITES-53-0622")], "App. II propagated Dendrobium with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Osoba prywatna", "PRM-04": "Horizon Scheepsafval BV",
    "PRM-06": "Central Analyses SARL", "PRM-11": "Horizon Aquarium Import BV", "PRM-12": "Alpina Naturheilmittel GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade: the lawful twins of this set's disguises
    ("220190", "Thai jasmine-scented water for desserts, 1 l bottles", "import", ["post"], ["TH"], (4, 8), (1, 4), ["USD", "EUR"], 1, S),
    ("821420", "Paper nail files, 100/180 grit", "import", ["air"], ["VN", "CN"], (6, 10), (100, 400), ["USD"], 100, S),
    ("380894", "Quaternary-ammonium tool disinfectant for nail salons, 1 l", "import", ["air"], ["VN", "KR"], (3, 6), (200, 800), ["USD"], 1, S),
    ("170290", "Lychee syrup for bubble tea, 1 l bottles", "import", ["express"], ["TH", "TW"], (6, 12), (1, 4), ["USD"], 1, S),
    ("110290", "Ready-mixed banh cuon flour (rice and tapioca), 400 g", "import", ["air"], ["VN"], (2, 4), (200, 800), ["USD"], 2.5, S),
    ("210690", "Coconut milk powder, dairy-free (maltodextrin carrier), 1 kg bags", "import", ["sea"], ["TH", "VN"], (1.2, 2), (5000, 12000), ["USD"], 1, S),
    ("210390", "Iodised seasoning salt (bot canh), 190 g packets", "import", ["post"], ["VN"], (3, 6), (1, 4), ["USD", "EUR"], 5, S),
    ("100640", "Broken fragrant rice (com tam), 25 kg sacks", "import", ["sea"], ["VN", "TH"], (0.4, 0.6), (20000, 25000), ["USD"], 0.04, S),
    ("382450", "Cement-based tile grout, white, 5 kg bags", "import", ["sea"], ["TH", "TR"], (0.4, 0.8), (10000, 20000), ["USD"], 0.2, S),
    ("253090", "Natural zeolite granules for ponds and aquaculture", "export", ["sea"], ["VN", "TH"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("380210", "Coconut-shell activated carbon, new, 4x8 mesh", "import", ["sea"], ["TH", "VN"], (1.2, 2), (10000, 20000), ["USD"], None, S),
    ("852852", "LCD monitors 24 in., new, boxed", "import", ["sea"], ["TH", "VN"], (8, 14), (3000, 8000), ["USD"], 0.2, S),
    ("392119", "EVA foam sheets for sandal soles, new", "export", ["sea"], ["VN"], (2, 3.5), (4000, 10000), ["EUR"], None, S),
    ("850760", "Lithium-ion e-bike batteries, new, boxed, UN38.3-tested", "import", ["sea"], ["VN", "CN"], (15, 25), (2000, 6000), ["USD"], 0.3, S),
    ("381400", "Regenerated nitro thinner, distilled, drums", "export", ["sea"], ["TH", "MA"], (0.9, 1.4), (10000, 18000), ["EUR"], None, S),
    ("631090", "Industrial wiping rags, clean cut cotton, bales", "import", ["sea"], ["IN", "PK"], (0.5, 0.9), (10000, 18000), ["USD"], None, S),
    ("252310", "Portland cement clinker, bulk", "import", ["sea"], ["VN", "TR"], (0.04, 0.07), (25000, 30000), ["USD"], None, S),
    ("381400", "Hydrocarbon air-conditioner coil cleaner, 1 l", "import", ["sea"], ["VN", "TR"], (2, 4), (3000, 8000), ["USD"], 1, S),
    ("392490", "Insulated picnic cooler boxes, 45 l, pentane-blown foam", "import", ["sea"], ["TH", "CN"], (2, 3.5), (4000, 10000), ["USD"], 0.15, S),
    ("841510", "Window air conditioners, R-290 charge, new", "import", ["sea"], ["TH"], (4, 7), (8000, 16000), ["USD"], 0.03, S),
    ("382499", "Motorbike tyre sealant, latex, propane-butane propellant, 450 ml", "import", ["sea"], ["VN", "TW"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("842410", "Inert-gas IG-55 fire-suppression cylinders, new", "import", ["sea"], ["SG", "CN"], (8, 14), (3000, 8000), ["USD"], 0.008, S),
    ("841480", "Refrigerant recovery units, portable, new", "export", ["sea"], ["VN", "TH"], (25, 40), (500, 2000), ["EUR"], 0.05, S),
    ("381400", "Water-based spot remover for silk, 500 ml", "import", ["post"], ["TH"], (8, 15), (1, 3), ["USD"], 2, S),
    ("271113", "Butane camping-gas cartridges, 220 g", "import", ["sea"], ["KR", "VN"], (2, 4), (3000, 8000), ["USD"], 3, S),
    ("940360", "Teak garden furniture, plantation teak, new", "import", ["sea"], ["TH", "VN"], (3, 5), (3000, 8000), ["USD"], 0.03, S),
    ("830629", "Brass Buddha heads, antique finish, new", "import", ["express"], ["TH"], (20, 40), (1, 3), ["USD"], 0.5, S),
    ("741980", "Cast brass planters, new", "import", ["air"], ["VN", "IN"], (6, 10), (50, 300), ["USD"], 0.2, S),
    ("691200", "Bat Trang blue-and-white stoneware, new", "import", ["sea"], ["VN"], (1.5, 3), (2000, 6000), ["USD"], 1, S),
    ("491191", "Printed calligraphy on do paper", "import", ["post"], ["VN"], (30, 60), (1, 2), ["USD"], 5, S),
    ("482010", "Handmade saa-paper notebooks", "import", ["post"], ["TH"], (10, 20), (1, 3), ["USD"], 4, S),
    ("491191", "Framed decorative silk reproductions, Indochina style", "export", ["air"], ["SG", "VN"], (40, 80), (20, 100), ["EUR"], 0.25, S),
    ("680291", "Non Nuoc marble statues, new", "import", ["sea"], ["VN"], (1.5, 3), (2000, 6000), ["USD"], 0.01, S),
    ("691390", "Terracotta aroma-oil burners for spas, new", "import", ["air"], ["TH", "VN"], (4, 8), (50, 300), ["USD"], 0.4, S),
    ("691110", "Blue-and-white porcelain plates, reproduction", "export", ["air"], ["VN", "SG"], (20, 40), (20, 100), ["EUR"], 1.5, S),
    ("900290", "Projector lens assemblies, new", "export", ["air"], ["SG", "MY"], (80, 150), (20, 200), ["EUR"], 0.5, S),
    ("852589", "Pig-barn temperature-monitoring cameras, low resolution", "export", ["air"], ["VN", "TH"], (60, 120), (20, 200), ["EUR"], 2, S),
    ("441234", "Film-faced acacia-core plywood, 18 mm", "import", ["sea"], ["VN"], (0.4, 0.6), (20000, 26000), ["USD"], None, S),
    ("851810", "Karaoke wireless microphone sets, UHF", "export", ["air"], ["SG", "VN"], (40, 80), (50, 300), ["EUR"], 1, S),
    ("380991", "Emulsified amine textile softener", "export", ["sea"], ["TH", "VN"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("290511", "Methanol AA grade, ISO tanks", "import", ["sea"], ["MY", "SA"], (0.35, 0.5), (20000, 25000), ["USD"], None, S),
    ("400122", "Natural rubber STR 20, 35 kg bales", "import", ["sea"], ["TH", "VN"], (1.4, 1.9), (18000, 22000), ["USD"], 0.03, S),
    ("847170", "Hard disk drives 3.5 in., new, boxed", "import", ["air"], ["TH", "MY"], (60, 120), (200, 1500), ["USD"], 1.4, S),
    ("711790", "Braided nylon-thread bracelets", "import", ["post"], ["TH"], (20, 40), (1, 2), ["USD"], 80, S),
    ("121190", "Dried angelica and Chinese yam slices, for herbal shops", "import", ["air"], ["VN", "CN"], (5, 10), (100, 500), ["USD"], None, S),
    ("940360", "Acacia-wood dining sets, new", "import", ["sea"], ["VN"], (2, 4), (3000, 8000), ["USD"], 0.01, S),
    ("392690", "Silicone aquarium coral decorations", "import", ["express"], ["SG", "CN"], (20, 40), (1, 3), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152 and
# blind160, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with
# four new rows instead of blind160's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("610510", "Men's polo shirts, cotton piqué, knitted", "import", ["sea"], ["VN", "BD"], (8, 13), (3000, 8000), ["USD"], 4, N),
        ("950669", "Sepak takraw balls, synthetic (polypropylene) weave", "import", ["sea"], ["TH", "MY"], (6, 10), (1000, 4000), ["USD"], 6, N),
        ("392620", "PVC rain ponchos and raincoats", "import", ["sea"], ["VN", "CN"], (3, 5), (3000, 8000), ["USD"], 3, N),
        ("581092", "Embroidered iron-on patches, polyester", "import", ["post", "express"], ["TH", "CN"], (30, 60), (1, 3), ["USD", "EUR"], 150, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind166", 20531101, HERE)


if __name__ == "__main__":
    main()
