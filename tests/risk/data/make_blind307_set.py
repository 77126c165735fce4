#!/usr/bin/env python3
"""Writes the three-hundred-and-seventh blind set (tests/risk/data/blind307-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2077, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: mushroom growers and mycology
supply (mushroom farms and spawn labs, grow-kit and mycology-supply shops, substrate and
casing suppliers, mushroom-extract and dried-mushroom traders, mycological societies and
herbaria).
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
only where a real declaration would. Ids are BL307-*:

    python3 tests/risk/data/make_blind307_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2077, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2077
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "TH", [], "CZ", "380894",
         "น้ำยาฆ่าเชื้อถุงก้อนเชื้อเห็ดนางฟ้า 1 ลิตร x 4 ขวด", "TH", 4.5, 4, 1400, "THB",
         "the sanitisers Thai oyster-mushroom bag farms spray on their bag logs are 0.5-3 % peroxide or chlorine "
         "solutions of about 1.0 kg/l; these four litre bottles hold a water-clear liquid of 1.13 kg/l with vented "
         "caps that whitens the skin and fizzes on rust: about 35 % hydrogen peroxide (Annex I above 12 %), sent by "
         "express from Chiang Mai to a private grower in Brno; Thai wording (hydrogen peroxide repeats in many sets "
         "and mushroom-farm sanitiser labels on it in three, blind46, blind74 and blind75, kept as a repeat; a Thai "
         "bag-log sanitiser label by express was found in no earlier row by a keyword search)",
         person("Petr Dvořák", "CZ")),
        ("PRE-02", "import", "ATAIR01", "air", "JP", [], "AT", "320890",
         "胞子紋定着スプレー 詰め替え用 1リットル x 20本", "JP", 22.8, 20, 90000, "JPY",
         "spore-print fixatives are a few per cent of acrylic or shellac in alcohol, 0.8 kg/l, sold in 100 ml "
         "aerosols; these 20 litre refills weigh 1.14 kg/l, do not dry to a film and the drum code under the "
         "sticker reads 'CH3NO2', for a Graz mycology-supply web shop that sells them by the litre to model-engine "
         "buyers: nitromethane (Annex I above 16 %) made available to members of the public, flown from Tokyo; "
         "Japanese wording (nitromethane repeats in many sets; a spore-print fixative label was found in no earlier "
         "row by a keyword search)", firm("Alpina Pilzbedarf GmbH", "AT")),
        ("PRE-03", "import", "SKROAD01", "road", "UA", [], "SK", "382499",
         "Коригувач pH для покривного ґрунту печериць, каністри 10 л, 300 шт.", "UA", 5520, 300, 2400, "EUR",
         "casing-soil pH correctors for button-mushroom farms are ground limestone or chalk, a dry white powder; "
         "these 300 jerrycans hold an oily, colourless liquid of 1.84 kg/l that grows hot with water and chars "
         "the cardboard, for a Košice mushroom-supply shop that sells the cans to anyone: about 96 % sulphuric acid "
         "(Annex I above 15 %) made available to members of the public, at Vyšné Nemecké; Ukrainian wording "
         "(sulphuric acid repeats in many sets; a casing-soil pH-corrector label was found in no earlier row by a "
         "keyword search)", firm("Vega Huby s.r.o.", "SK")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "252010",
         "도자기 몰드용 석고 (황산칼슘), 1 kg 봉지, 300봉", "KR", 300, 300, 900, "USD",
         "pottery-mould plaster is a soft, chalky, grey-white powder that sets with water and never burns; these 300 bags "
         "hold a white, crystalline, slowly dissolving powder that flares with sugar on a hot plate and whose inner "
         "liners read 'KClO4', for a Leipzig pottery-supply shop that resells 1 kg bags on line: potassium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, flown from Incheon; Korean wording "
         "(potassium perchlorate repeats in many sets and gypsum labels in several; not of this set's trade; a Korean pottery-plaster "
         "label was found in no earlier row by a keyword search)", firm("Central Töpferbedarf GmbH", "DE")),
        ("PRE-05", "import", "LTRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "LT", "230250",
         "Qo'ziqorin substrati uchun azotli qo'shimcha granulalar, 50 kg qop, 400 qop", "UZ", 20000, 400, 5000, "USD",
         "the nitrogen supplements mixed into oyster-mushroom straw are soybean-hull or bran pellets, brown and "
         "grainy; these 400 sacks hold white prills that turn ice-cold in water and test at 34 % N, for a Kaunas "
         "mushroom-supply firm that re-packs them in 2 kg bags for hobby growers: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by rail from Tashkent; Uzbek wording (ammonium "
         "nitrate repeats in many sets and a mushroom-substrate nitrate label twice, blind33 and blind230, kept as "
         "a repeat; from Uzbekistan by rail is the new part as far as a search found)",
         firm("Horizon Grybai UAB", "LT")),
        ("PRE-06", "import", "BEPOST01", "post", "ID", [], "BE", "252100",
         "Kapur pertanian untuk baglog jamur tiram, 4 x 500 g", "ID", 2.0, 4, 180000, "IDR",
         "the agricultural lime Indonesian baglog makers mix into sawdust is a dull, chalky powder that does not "
         "dissolve; these four tubs hold shiny, colourless crystals that dissolve at once and flare on a match with "
         "sugar, their inner bags reading 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Bandung to a "
         "private grower in Ghent; Indonesian wording (sodium chlorate repeats in many sets; a baglog lime label was "
         "found in no earlier row by a keyword search)", person("Mevr. An Claes", "BE")),
        ("PRE-07", "import", "FRAIR01", "air", "VN", [], "FR", "392321",
         "Túi trồng nấm PP có miếng lọc, 10.000 cái", "VN", 300, 10000, 1500, "USD",
         "a Hanoi mycology-supply order: filter-patch grow bags and petri dishes are what the Lyon shop sells, but "
         "the third item's liquid-culture nutrient is hidden as the last item of a three-item declaration; a "
         "liquid-culture nutrient is a light-brown malt or honey syrup that ferments; these 120 bottles are "
         "water-clear, weigh 1.40 kg/l, fume brown when opened and stain the skin yellow, for a Lyon "
         "mycology-supply shop selling to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, flown from Hanoi; Vietnamese wording (nitric acid repeats in many sets; a "
         "liquid-culture malt label was found in no earlier row by a keyword search)",
         dict(firm("Rivage Mycologie SARL", "FR"),
              _more_items=[item("392690", "Đĩa petri nhựa vô trùng, 5.000 cái", "VN", 60, 400, "USD", qty=5000),
                           item("190190", "Dịch dinh dưỡng nuôi cấy nấm lỏng (chiết xuất mạch nha), 1 lít, 120 chai",
                                "VN", 168, 600, "USD", qty=120)])),
        ("PRE-08", "import", "ITSEA01", "sea", "CN", [], "IT", "283650",
         "食用菌培养料用轻质碳酸钙, 25公斤袋, 640袋", "CN", 16000, 640, 4800, "USD",
         "light calcium carbonate for mushroom substrate is a dull, fine, white powder that fizzes in vinegar; "
         "these 640 bags hold shiny flakes that do not fizz, spit violet sparks on a hot iron and carry a maker's "
         "sheet for CAS 3811-04-9, for a Treviso mushroom-supply firm that re-bags it in 1 kg packs: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Qingdao to Venice; "
         "Chinese wording (potassium chlorate repeats in many sets and carbonate labels on it in a few; an "
         "edible-fungus substrate label was found in no earlier row by a keyword search)",
         firm("Meridian Funghi Forniture Srl", "IT")),
        ("PRE-09", "import", "NLAIR01", "air", "IN", [], "NL", "250100",
         "கடல் மீன் தொட்டி உப்பு, 1 கிலோ பொதி, 300", "IN", 300, 300, 450, "USD",
         "marine aquarium salt is a coarse, white, mixed salt that tastes of the sea; these 300 packs hold a soft, "
         "hygroscopic powder that turns damp in the air and burns fiercely with sugar, for a Utrecht aquarium shop "
         "that sells the packs over the counter: sodium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Chennai; Tamil wording (sodium perchlorate repeats in many sets and aquarium-salt "
         "labels twice, blind117 and blind178, kept as a repeat; not of this set's trade; from India in Tamil is "
         "the new part as far as a search found)", firm("Delta Aquaria BV", "NL")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "380894",
         "Sredstvo za pranje komora za uzgoj pečurki, 5 l kanistar, 420 kom. (1. od 3 pošiljke)", "RS", 2520, 420, 2100,
         "EUR",
         "growing-room washes for button-mushroom farms are foaming, alkaline detergents of about 1.05 kg/l; these "
         "420 cans hold a water-clear liquid of 1.20 kg/l with vented caps that does not foam and whitens the skin, "
         "the first of three vans booked that week each kept under 2.6 t, for a Szeged mushroom-supply wholesaler "
         "that sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, at Röszke; Serbian Latin wording (peroxide under mushroom-farm labels repeats, "
         "blind46, blind74, blind75, and splits over three vans from blind264 onwards, kept as a repeat; a Serbian "
         "growing-room wash is the new part as far as a search found)", firm("Orion Gomba Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "PK", "841920",
         "Used autoclaves, laboratory, for mushroom spawn production, 6 units", "IE", 4800, 6, 3000, "EUR",
         "used spawn autoclaves are steel vessels whose lagging is mineral wool in a steel jacket; these six from a "
         "closed County Monaghan spawn lab are 1970s units whose jackets are packed with crumbling white "
         "amosite-chrysotile lagging, loose in the crates: waste containing asbestos (A2050, 17 06 01*), hazardous "
         "waste whose export to a non-OECD country is banned, from Dublin to Karachi; Irish English wording "
         "(asbestos repeats in many sets and autoclave labels in several; a mushroom spawn lab's autoclaves are the "
         "new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "853952",
         "Lampy LED do komór laminarnych, nowe, 2 000 szt.", "PL", 1400, 2000, 2000, "EUR",
         "new LED tubes for laminar-flow cabinets come boxed and labelled; these crates hold used UV-C germicidal "
         "tubes and fluorescent lamps pulled from the flow hoods and spawn rooms of Wielkopolska mushroom farms, "
         "many broken, with their mercury: waste mercury-containing lamps (20 01 21*), hazardous waste whose export "
         "to a non-OECD country is banned, at Dorohusk for a Lutsk 'lighting wholesaler'; Polish wording (waste "
         "lamps repeat in many sets and a flow-hood label once, blind283; UV-C tubes from mushroom farms are the "
         "new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "VN", "391510",
         "Rigranulato di polietilene/PP, pulito, 24 t", "IT", 24000, None, 3600, "EUR",
         "clean PP regrind is sorted, washed, one-colour granules; these bales are used polypropylene mushroom "
         "grow bags from Veneto oyster-mushroom farms, still holding spent straw, mycelium and mould: contaminated "
         "plastic waste (Y48, not of B3011 quality), whose export from the Union to a non-OECD country is banned, "
         "from Venice to Hai Phong; Italian wording (plastic waste under regrind labels repeats in many sets; used "
         "mushroom grow bags were found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "NG", "380894",
         "Ontsmettingsmiddel voor champignonkwekerijen, IBC 1000 l, 18 stuks", "BE", 18000, 18, 2700, "EUR",
         "a growing-room disinfectant comes clear and stable with a data sheet; these 18 IBCs hold a cloudy, "
         "pungent liquid with white paraformaldehyde crust, the spent formalin and fumigation washings of a Limburg "
         "mushroom farm collected for disposal: spent formaldehyde solutions (hazardous, 16 03 05*), whose export "
         "to a non-OECD country is banned, from Antwerp to Lagos; Flemish wording (spent chemicals under "
         "disinfectant labels repeat in several sets; a mushroom farm's spent formalin was found in no earlier row "
         "by a keyword search)", {"importer_country": "NG"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "TN", "220720",
         "Alcool éthylique dénaturé, récupéré, pour usage industriel, 20 fûts", "FR", 3600, 20, 900, "EUR",
         "recovered denatured ethanol is clear and comes with an analysis; these 20 drums hold a dark-brown, "
         "bitter liquid with sediment of mushroom fibre and pigments, the spent extraction solvent of a Loire "
         "mushroom-extract (lion's mane and reishi) tincture maker: spent organic solvents (07 05 04*), hazardous "
         "waste whose export to a non-OECD country is banned, from Marseille to Sfax; French wording (spent "
         "solvents repeat in many sets; a mushroom-tincture extraction solvent was found in no earlier row by a "
         "keyword search)", {"importer_country": "TN"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "GH", "842710",
         "Gebruikte elektrische heftrucks, compleet, 12 stuks", "NL", 14400, 12, 12000, "EUR",
         "used forklifts for export run, come with a test report and carry their traction battery fitted; these "
         "twelve from a Brabant champignon farm are wrecks with no motors, their crates loaded with 40 loose, "
         "cracked lead-acid traction batteries leaking acid: waste lead-acid batteries (A1160, 16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Tema; Dutch wording "
         "(lead-acid batteries repeat in many sets and forklift covers in many; a mushroom farm's forklifts were "
         "found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "EG", "841582",
         "Gebrauchte Klimageräte für Pilzzuchträume, 30 Stück", "DE", 9000, 30, 6000, "EUR",
         "used climate units for mushroom growing rooms are sold drained, with a test report; these 30 are dead, "
         "gutted units whose cabinets carry loose compressor oil drums, PCB-filled capacitors and burnt circuit "
         "boards from a Lower Saxony farm's refit: e-waste with PCB capacitors (A1180, 16 02 09*), hazardous waste "
         "whose export to a non-OECD country is banned, from Hamburg to Alexandria; German wording (mushroom-farm "
         "climate units once, blind181, on an ozone row, kept as a repeat of the label; PCB capacitors inside them "
         "are the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "SESEA01", "sea", "SE", [], "KE", "850440",
         "Begagnade UPS-aggregat, testade, 80 st.", "SE", 6400, 80, 4000, "EUR",
         "tested used UPS units are whole, boxed and come with a report; these 80 are gutted cabinets packed with "
         "swollen, leaking sealed lead-acid blocks from a Stockholm data centre: waste lead-acid batteries (A1160), "
         "hazardous waste whose export to a non-OECD country is banned, from Gothenburg to Mombasa; Swedish wording "
         "(UPS batteries repeat in several sets; not of this set's trade; from Sweden to Kenya is the new part as "
         "far as a search found)", {"importer_country": "KE"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "MA", "854143",
         "Módulos fotovoltaicos de segunda mano, probados, 1.200 unidades", "ES", 24000, 1200, 14000, "EUR",
         "tested second-hand PV modules are whole, stacked on pallets with a flash-test list; these are cracked, "
         "delaminated and burnt modules with cut cables, thrown in loose: waste photovoltaic panels (WEEE, "
         "A1180), whose export to a non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording "
         "(waste PV modules repeat in several sets; not of this set's trade; to Morocco is the new part as far as "
         "a search found)", {"importer_country": "MA"}),
        ("WST-10", "export", "ATROAD01", "road", "AT", ["HU", "RS"], "MK", "310100",
         "Kompost, Bodenverbesserer, lose, 22 t", "AT", 22000, None, 440, "EUR",
         "compost for soil improvement is brown, crumbly and earthy; this lorry carries black, oily, solvent-smelling "
         "sludge filter cakes from a Styrian metal-finishing plant mixed with a little garden compost on top: "
         "hazardous sludge (11 01 09*), whose export to a non-OECD country is banned, by road to Skopje; Austrian "
         "German wording (sludge under compost labels repeats in several sets, kept as a repeat; not of this set's "
         "trade; from Austria to Skopje is the new part as far as a search found)", {"importer_country": "MK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "TR", [], "GR", "281121",
         "Mantar yetiştirme odaları için CO2 tüpleri, 16 g, 6.000 adet", "TR", 1100, 6000, 1800, "USD",
         "small CO2 cartridges for grow-room enrichment hold 16 g of gas at 60 bar; these 6,000 weigh more than "
         "CO2 allows, read low pressure, smell faintly sweet and come with soil-probe applicators: methyl bromide, "
         "whose import into the Union is banned (no quarantine exemption remains), once used to fumigate casing "
         "soil, by sea from Izmir to Thessaloniki for a Macedonian-region mushroom farm; Turkish wording (methyl "
         "bromide repeats in many sets and cartridge covers in several, blind274 among them, kept as a repeat; a mushroom-grow-room "
         "CO2 label was found in no earlier row by a keyword search)", firm("Delta Manitaria AE", "GR")),
        ("OZN-02", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "ਖੁੰਬ ਬੀਜਾਣੂ ਪਛਾਣ ਲਈ ਮਾਈਕ੍ਰੋਸਕੋਪ ਸਲਾਈਡ ਕਲੀਨਰ, 1 ਲੀਟਰ, 40 ਬੋਤਲਾਂ", "IN", 64, 40, 240, "USD",
         "slide cleaners for spore microscopy are ethanol or isopropanol, 0.79 kg/l, that burn; these 40 bottles "
         "weigh 1.59 kg/l, do not burn and smell sweet like chloroform: carbon tetrachloride, whose import into "
         "the Union is banned, flown from Amritsar to Bologna for a mycology-society shop; Punjabi wording (carbon "
         "tetrachloride repeats in many sets; a spore-microscopy slide-cleaner label was found in no earlier row by "
         "a keyword search)", firm("Alpina Micologia Srl", "IT")),
        ("OZN-03", "import", "NLAIR01", "air", "KR", [], "NL", "381400",
         "무균작업대 HEPA 필터 세척제, 1 L x 60병", "KR", 80, 60, 480, "USD",
         "flow-hood cleaners are 70 % alcohol or quaternary wipes; these 60 bottles weigh 1.33 kg/l, do not burn "
         "and smell of chloroform, and the inner labels read '1,1,1-TCA': methyl chloroform, whose import into the "
         "Union is banned, flown from Seoul to Amsterdam for a spawn-lab supplier; Korean wording "
         "(1,1,1-trichloroethane repeats in many sets and a flow-hood label once, blind283; a HEPA-filter cleaner "
         "label was found in no earlier row by a keyword search)", firm("Horizon Mycolab BV", "NL")),
        ("OZN-04", "import", "ESAIR01", "air", "CN", [], "ES", "901890",
         "菌种接种针和接种环, 2,000支", "CN", 20, 2000, 800, "USD",
         "a Shanghai spawn-lab supply order: inoculation loops and alcohol lamps are what a mushroom cooperative "
         "buys, but the third item is hidden as the last item of a three-item declaration; spawn-lab "
         "extinguishers are CO2 or powder units with a certificate; these 200 red cans spray a liquid "
         "that vanishes into a sweet gas and whose valve collars read 'BCF': halon 1211 in portable extinguishers, "
         "products whose import into the Union is banned, flown from Shanghai to Madrid for a Cuenca mushroom "
         "cooperative's supplier; Chinese wording (halon 1211 repeats in many sets, kept as a repeat of the good; a "
         "spawn-lab label was found in no earlier row by a keyword search)", dict(firm("Meridian Setas SL", "ES"),
              _more_items=[item("701710", "酒精灯, 玻璃, 300个", "CN", 90, 450, "USD", qty=300),
                           item("842410", "菌种实验室用手提式灭火器, 2公斤, 200具", "CN", 400, 1600, "USD", qty=200)])),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "290342",
         "Хладилни агенти R-32 за камери за гъби, бутилки 9 кг, 100 бр.", "TR", 900, 100, 4000, "EUR",
         "R-32 comes in refillable cylinders with a certificate; these 100 disposable cylinders read 9 bar at "
         "20 °C and a leak detector names HCFC-22: chlorodifluoromethane, whose import into the Union is banned, "
         "at Kapitan Andreevo for a Plovdiv mushroom-chamber installer; Bulgarian wording (HCFC-22 under HFC "
         "labels repeats in many sets, kept as a repeat; mushroom chambers are the new part as far as a search "
         "found)", firm("Vega Gabi EOOD", "BG")),
        ("OZN-06", "import", "GRSEA01", "sea", "EG", [], "GR", "392113",
         "ألواح ساندويتش معزولة لغرف التبريد، 400 لوح", "EG", 8000, 400, 12000, "USD",
         "insulated panels for cold rooms are blown with pentane or HFO; these 400 panels' "
         "polyurethane cores give off HCFC-141b when cut and the maker's sheet names it: products containing "
         "HCFC-141b, whose import into the Union is banned, by sea from Alexandria to Piraeus for a Thessaly "
         "cold-store builder; Egyptian Arabic wording (HCFC-blown foam repeats in several sets; not of this set's "
         "trade; cold-room panels from Egypt are the new part as far as a search found)",
         firm("Rivage Kataskeves AE", "GR")),
        ("OZN-07", "import", "DEAIR01", "air", "JP", [], "DE", "381400",
         "寒天培地用ガラス器具洗浄溶剤, 1 L x 30本", "JP", 47, 30, 90000, "JPY",
         "glassware solvents for agar work are acetone or ethanol that burn; these 30 bottles weigh 1.57 kg/l, do "
         "not burn, boil in the hand and the drum heads read 'R-113': CFC-113, whose import into the Union is "
         "banned, flown from Osaka to Frankfurt for a mycology-lab supplier; Japanese wording (CFC-113 repeats in "
         "many sets; an agar-glassware label was found in no earlier row by a keyword search)",
         firm("Orion Laborpilz GmbH", "DE")),
        ("OZN-08", "transit", "SISEA01", "sea", "HK", ["SI"], "BA", "380894",
         "Dezinfekcijsko sredstvo za šprice s tekućom kulturom gljiva, 40 bačava", "HK", 12400, 40, 8000, "USD",
         "liquid-culture syringe disinfectants are alcohols that burn; these 40 drums weigh 1.99 kg/l, do not "
         "burn and the inner labels read 'CH2BrCl': bromochloromethane, moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Koper in transit from Hong Kong to a Sarajevo "
         "mushroom-supply firm; Bosnian wording (bromochloromethane repeats in many sets and transits through Koper "
         "in a few, kept as a repeat; a liquid-culture label was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("OZN-09", "import", "PLROAD01", "road", "UA", [], "PL", "390729",
         "Поліольна суміш для піноутеплювача, бочки 200 кг, 40 шт.", "UA", 8000, 40, 12000, "EUR",
         "pre-blended polyol for spray foam is pentane- or HFO-blown; these 40 drums hold a polyol that "
         "releases CFC-11 on a detector: polyol containing trichlorofluoromethane, whose import into the Union is "
         "banned, at Korczowa for a Rzeszów insulation firm; Ukrainian wording (CFC-11 polyols repeat in many "
         "sets; not of this set's trade; kept as a repeat, from Ukraine by road is the new part as far as a search "
         "found)", firm("Atlantic Izolacje Sp. z o.o.", "PL")),
        ("OZN-10", "export", "LVSEA01", "sea", "LV", [], "GE", "841869",
         "Lietoti dzesēšanas agregāti sēņu audzētavām, 14 gab.", "LV", 8400, 14, 7000, "EUR",
         "used cooling units for mushroom farms may be exported only converted to a natural refrigerant; these 14 "
         "still hold their R-12 charge and CFC-11 blown insulation, their plates reading 'R12': equipment "
         "containing CFCs, whose export from the Union is banned (Regulation 2024/590), from Riga to Poti; "
         "Latvian wording (mushroom-farm climate equipment once, blind181, kept as a repeat; from Latvia to "
         "Georgia is the new part as far as a search found)", {"importer_country": "GE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "GT", [], "ES", "691490",
         "Macetas de barro pintadas a mano, 60 piezas", "GT", 90, 60, 300, "USD",
         "a Guatemalan handicraft air shipment: painted clay pots and resin garden figures are what the Madrid "
         "shop orders, but the third item is hidden as the last item of a three-item declaration; replica garden "
         "mushrooms are cast concrete with sharp edges; these three are pecked and ground basalt "
         "mushroom stones with a kneeling figure on the stem, root-marked and with old soil in the cracks: "
         "pre-Columbian Maya mushroom stones (Guatemalan national heritage, exported without permission), flown "
         "from Guatemala City to Madrid for a dealer; Guatemalan Spanish wording (Maya objects repeat in many sets; "
         "mushroom stones were found in no earlier row by a keyword search)", dict(firm("Delta Arte Antiguo SL", "ES"),
              _more_items=[item("392690", "Figuras de jardín de resina, 40 piezas", "GT", 40, 200, "USD", qty=40),
                           item("680299", "Adornos de jardín en forma de hongo, réplica, piedra, 3 piezas", "GT", 36,
                                150, "USD", qty=3)])),
        ("CUL-02", "import", "FRAIR01", "air", "HK", [], "FR", "392690",
         "樹脂靈芝擺件, 新製, 2件", "HK", 3, 2, 80, "USD",
         "resin lingzhi ornaments are light, moulded and even; these two are heavy, carved nephrite ruyi sceptres "
         "with lingzhi-mushroom heads, Qianlong-style, with old wear and an old collection label: Qing imperial "
         "jades exported from China without a permit and offered with no import evidence, flown from Hong Kong to "
         "Paris for an auction house; Hong Kong Chinese wording (Chinese jades repeat in several sets; lingzhi-"
         "ornament labels were found in no earlier row by a keyword search)", firm("Orion Enchères SARL", "FR")),
        ("CUL-03", "export", "FRAIR01", "air", "FR", [], "US", "680990",
         "Champignons décoratifs en plâtre peint, 40 pièces", "FR", 60, 40, 400, "EUR",
         "decorative plaster mushrooms are new, cast and bright; these 40 are 19th-century painted botanical "
         "models of fungi with university inventory numbers and faded labels, from a Lille faculty's teaching "
         "collection: public-collection items and a natural-history collection (national treasures), exported "
         "without the EU export licence, flown from Paris to a Boston collector; French wording (botanical models "
         "once, wax fruit; mycology models were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-04", "export", "HUAIR01", "air", "HU", [], "US", "490199",
         "Fakszimile kiadás, Clusius gombatani könyv, 1 db", "HU", 2, 1, 60, "EUR",
         "a facsimile is a new, glued, matt-printed book; this is a vellum-bound 1601 Antwerp folio of Clusius's "
         "'Rariorum plantarum historia' with its woodcut fungi, foxing and a Hungarian library's erased stamp: a "
         "rare book over 100 years old exported without the EU export licence, flown from Budapest to a New York "
         "dealer; Hungarian wording (early printed books repeat in several sets and facsimile labels in a few; a "
         "mycology book was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "export", "CZAIR01", "air", "CZ", [], "CH", "491191",
         "Reprodukce mykologických ilustrací, tisk, 24 listů", "CZ", 1.5, 24, 120, "EUR",
         "reproduction prints are even, dotted offset sheets; these 24 are original watercolour and ink drawings of "
         "fungi on laid paper, with pencil notes in German and a Prague museum's stamp: original drawings of the "
         "1830s-1850s for Corda's 'Icones fungorum', cultural goods exported without the EU export licence, flown "
         "from Prague to a Basel dealer; Czech wording (drawings under print labels repeat in several sets; fungi "
         "drawings were found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-06", "export", "PLAIR01", "air", "PL", [], "GB", "071239",
         "Suszone grzyby, mieszanka, w pudełkach, 30 kg", "PL", 30, None, 300, "EUR",
         "dried mushrooms are loose slices in bags; these are 400 paper capsules and sheets of mounted, labelled "
         "fungus specimens dated 1860-1910 with a Kraków university herbarium's stamps: a botanical collection of "
         "historical and scientific value (category 13) exported without the EU export licence, flown from Kraków "
         "to a London dealer; Polish wording (herbarium specimens repeat in several sets; a fungus herbarium under a "
         "dried-mushroom label was found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-07", "import", "DEAIR01", "air", "KZ", [], "DE", "442090",
         "Деревянная фигурка, сувенир, мухомор, 1 шт.", "KZ", 4, 1, 40, "EUR",
         "a souvenir fly-agaric figure is new, lathe-turned and lacquered; this is an old, hand-carved "
         "Khanty shaman's wooden figure with fly-agaric cap, sinew ties and reindeer-hair, with a Tomsk museum "
         "accession number: an ethnographic object illegally exported from Russia and imported in breach of "
         "Regulation 833/2014's ban on Russian cultural goods, flown from Almaty to Berlin with a Kazakh origin; Russian "
         "wording (Siberian shamanic objects repeat in a few sets; a fly-agaric souvenir label was found in no "
         "earlier row by a keyword search)", firm("Central Ethno GmbH", "DE")),
        ("CUL-08", "transit", "ATAIR01", "air", "ET", ["AT"], "US", "830629",
         "Ornamental brass crosses, new handicraft, 6 pcs", "ET", 9, 6, 90, "USD",
         "new brass crosses are cast, bright and even; these six are old, hand-worked processional crosses with "
         "worn tangs and church inscriptions in Ge'ez: Ethiopian church property exported without the Ethiopian "
         "authority's permit, landed at Vienna in transit from Addis Ababa to New York; English wording from "
         "Ethiopia (Ethiopian crosses repeat in several sets; not of this set's trade; kept as a repeat, a transit "
         "through Vienna is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "BEAIR01", "air", "KH", [], "BE", "830629",
         "រូបចម្លាក់សំរិទ្ធិ តុបតែង ថ្មី ១", "KH", 12, 1, 120, "USD",
         "new bronze decorative figures are cast with crisp edges; this one is a Khmer Angkor-period bronze with "
         "malachite and cuprite crust and burial soil: an archaeological object exported from Cambodia without "
         "permission (and over 250 years old, needing an import licence under Regulation 2019/880), flown from "
         "Phnom Penh to Brussels; Khmer wording (Khmer bronzes repeat in many sets; not of this set's trade; "
         "to Brussels is the new part as far as a search found)", firm("Vega Oriental SA", "BE")),
        ("CUL-10", "export", "ITSEA01", "sea", "IT", [], "AE", "691200",
         "Piatti in ceramica decorati, riproduzione, 12 pezzi", "IT", 18, 12, 240, "EUR",
         "reproduction maiolica plates are new, glossy and stamped; these 12 are 16th-century Urbino maiolica "
         "plates painted with mythological figures, with old repairs and collection labels: cultural goods over 50 "
         "years old and above the value threshold exported without the EU export licence, by sea from Genoa to "
         "Jebel Ali; Italian wording (maiolica repeats in a few sets; not of this set's trade; "
         "kept as a repeat, to Jebel Ali is the new part as far as a search found)", {"importer_country": "AE"}),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "TR", "843680",
         "Vloeibare-cultuurtanks voor champignonbroed, RVS, 4 stuks", "NL", 3200, 4, 60000, "EUR",
         "spawn liquid-culture tanks are simple, open-top stainless vessels; these four are 200-litre "
         "steam-sterilisable fermenters with closed sampling, in-place sterilisation and pH and oxygen control, for "
         "an Istanbul 'mushroom firm' whose orders go on to Tehran: fermenters under dual-use 2B352.b exported "
         "without the licence Regulation 2021/821 requires, and listed in the Iran regulation, from Rotterdam; "
         "Dutch wording (fermenters repeat in many sets; a spawn liquid-culture label was found in no earlier "
         "row by a keyword search)", {"importer_country": "TR"}),
        ("STR-02", "export", "DEROAD01", "road", "DE", ["PL", "BY"], "KZ", "841939",
         "Gefriertrockner für Speisepilze, 2 Stück", "DE", 2800, 2, 180000, "EUR",
         "mushroom freeze dryers for farms are simple tray units; these two are steam-sterilisable freeze dryers "
         "with 25 kg ice capacity and clean-in-place, worth far more than farm units, for an Almaty 'dried-"
         "mushroom firm' whose forwarder is in Moscow: freeze-drying equipment (dual-use 2B352.f) exported without "
         "a licence and for re-export to Russia, which Regulation 833/2014 forbids, by road from Magdeburg; German "
         "wording (freeze dryers repeat in a few sets; a mushroom label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "AM", "841939",
         "Essiccatori per estratti di funghi in polvere, 1 unità", "IT", 1600, 1, 90000, "EUR",
         "powder dryers for mushroom extracts are tray or belt dryers; this is a steam-sterilisable spray dryer "
         "able to make particles under 10 µm, for a Yerevan 'mushroom-supplement' firm whose earlier orders went "
         "on to Russia: spray-drying equipment (dual-use 2B352.j) exported without a licence, flown from Milan; "
         "Italian wording (spray dryers repeat in several sets; a mushroom-extract label was found in no earlier row "
         "by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "import", "LTROAD01", "road", "KZ", ["RU"], "LT", "440131",
         "Beržo pjuvenų granulės grybų substratui, 22 t", "KZ", 22000, None, 3300, "EUR",
         "sawdust pellets for mushroom substrate come from Baltic or Kazakh mills with a certificate of origin; "
         "these birch pellets carry Russian mill bag codes and were loaded at Kostroma, with a Kazakh certificate "
         "of origin: Russian wood products, whose import into the Union Regulation 833/2014 forbids, at Medininkai "
         "for a Vilnius mushroom farm; Lithuanian wording (Russian wood under third-country origin repeats in "
         "several sets and birch pellets in three, blind7, blind80 and blind179, kept as a repeat; a "
         "mushroom-substrate pellet label is the new part as far as a search found)", firm("Nordhafen Grybai UAB", "LT")),
        ("STR-05", "export", "BEAIR01", "air", "BE", [], "AE", "842139",
         "Laminaire stroomkasten voor champignonlaboratorium, 3 stuks", "BE", 900, 3, 96000, "EUR",
         "laminar-flow hoods for spawn labs are open-fronted benches; these three are class III biological "
         "safety cabinets with glove ports and double-door pass boxes, for a Dubai 'mushroom lab' whose buyer is "
         "an Iranian institute: total-containment equipment (dual-use 2B352.f) exported without the licence "
         "Regulation 2021/821 requires, flown from Liège; Flemish wording (biosafety cabinets repeat in a few sets "
         "and a flow-hood label once, blind283, kept as a repeat; a spawn-lab label is the new part)",
         {"importer_country": "AE"}),
        ("STR-06", "export", "DKAIR01", "air", "DK", [], "UZ", "902789",
         "CO2-sensorer til væksthuse, 40 stk.", "DK", 40, 40, 4000, "EUR",
         "greenhouse CO2 sensors are small NDIR boxes at a hundred euros; these 40 are industrial gas-analyser "
         "modules with GNSS-synchronised data loggers and radio modules, on the common high-priority list, for a "
         "Tashkent 'greenhouse' firm whose forwarder ships on to Russia: goods whose re-export to Russia Regulation "
         "833/2014 forbids, flown from Copenhagen; Danish wording (CHPL goods via Uzbekistan repeat in several "
         "sets; not of this set's trade; a greenhouse CO2-sensor label was found in no earlier row by a keyword "
         "search)",
         {"importer_country": "UZ"}),
        ("STR-07", "import", "ROSEA01", "sea", "CN", [], "RO", "071239",
         "Ciuperci uscate, shiitake, origine China, 6 t", "CN", 6000, None, 30000, "USD",
         "dried Chinese shiitake come with a Chinese exporter's papers; these cartons of dried pine mushrooms and "
         "shiitake were loaded at Nampho and relabelled in Dalian, with a Chinese certificate of origin: North "
         "Korean mushrooms, whose import into the Union Regulation 2017/1509 forbids, by sea to Constanța; "
         "Romanian wording (DPRK pine mushrooms repeat once, kept as a repeat; to Romania is the new part as far "
         "as a search found)", firm("Vega Ciuperci SRL", "RO")),
        ("STR-08", "export", "FIAIR01", "air", "FI", [], "KG", "846693",
         "Käytetyt teollisuuskoneen osat, 2 kpl", "FI", 400, 2, 6000, "EUR",
         "used machine parts are worn spares; these are two new high-precision rotary tables for five-axis "
         "machining, at 40,000 EUR each, for a Bishkek trader that ships to Russia: goods controlled under "
         "dual-use 2B008 and on the list of Regulation 833/2014, exported without a licence, flown from Helsinki; "
         "Finnish wording (rotary tables repeat in a few sets; not of this set's trade; to Kyrgyzstan is the new "
         "part as far as a search found)", {"importer_country": "KG"}),
        ("STR-09", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RS"], "TR", "681511",
         "Uhlíkové tkaniny, technické, 400 kg", "CZ", 400, None, 8000, "EUR",
         "technical carbon cloth is ordinary standard-modulus weave; these rolls are high-modulus prepreg tapes, "
         "kept cold, for an Istanbul 'textile' trader shipping on to Iran: carbon-fibre prepregs under dual-use "
         "1C010.e exported without a licence, by road; Czech wording (carbon prepregs repeat in many sets; not of "
         "this set's trade; kept as a repeat, a Czech road route is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "ESAIR01", "air", "ES", [], "RS", "843880",
         "Máquinas cortadoras de setas, industriales, 3 unidades", "ES", 900, 3, 30000, "EUR",
         "a Spanish mushroom-machinery air shipment for Belgrade: slicers and packing scales are what such firms "
         "send, but the third item's 'motores de repuesto' are two small turbojet engines of 1 kN thrust for "
         "drones, for a Belgrade buyer whose forwarder serves Russia: engines under dual-use 9A101 exported "
         "without a licence and for re-export to Russia, hidden as the last item of a three-item declaration, "
         "flown from Madrid; Spanish wording (small turbojets repeat in several sets; behind mushroom slicers is "
         "the new part as far as a search found)",
         dict({"importer_country": "RS"},
              _more_items=[item("842381", "Básculas envasadoras para setas, 4 unidades", "ES", 200, 6000, "EUR", qty=4),
                           item("840999", "Motores de repuesto, 2 unidades", "ES", 40, 1000, "EUR", qty=2)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRSEA01", "sea", "VN", [], "FR", "440122",
         "Dăm gỗ sồi cho trồng nấm, 2 tấn", "VN", 2000, None, 800, "USD",
         "oak chips for mushroom substrate are pale, light, neutral-smelling; these sacks hold dark, resin-veined "
         "chips that smell sweet and smoky on a hot iron: agarwood (Aquilaria spp., CITES App. II) without CITES "
         "documents, by sea from Ho Chi Minh City to Le Havre; Vietnamese wording (agarwood repeats in many sets; "
         "a mushroom-substrate chip label was found in no earlier row by a keyword search)",
         firm("Horizon Champignons SARL", "FR")),
        ("WLF-02", "import", "DEPOST01", "post", "MX", [], "DE", "060290",
         "Kits de cultivo de hongo seta rosa, 3 piezas", "MX", 2.4, 3, 30, "USD",
         "pink oyster grow kits are sealed bags of colonised substrate; this parcel has air holes and, in the "
         "substrate of each kit, a vial holding a live tarantula spiderling with orange knees: Mexican red-knee "
         "tarantulas (Brachypelma hamorii, CITES App. II) without CITES documents, posted from Guadalajara to a "
         "private keeper in Dortmund; Mexican Spanish wording (tarantulas repeat in many sets; mushroom grow "
         "kits were found in no earlier row by a keyword search)", person("Jonas Schmitt", "DE")),
        ("WLF-03", "import", "ATAIR01", "express", "NP", [], "AT", "071239",
         "सुकेको च्याउ (यार्सागुम्बा), ५०० ग्राम", "NP", 0.5, None, 200, "USD",
         "dried caterpillar fungus is thin, golden-brown worm-shaped bodies; this pack holds four dried, "
         "hair-covered pods that smell strongly of musk: musk pods (Moschus spp., CITES App. I in Nepal) without "
         "CITES documents, sent by express from Kathmandu to a private buyer in Vienna; Nepali wording (musk pods "
         "repeat in several sets; a yarsagumba label was found in no earlier row by a keyword search)",
         person("Dr. M. Huber", "AT")),
        ("WLF-04", "import", "NLAIR01", "air", "HK", [], "NL", "392690",
         "樹脂靈芝雕件, 裝飾品, 6件", "HK", 1.8, 6, 120, "USD",
         "resin lingzhi carvings are light and moulded; these six are carved from a dense, solid, golden-red and "
         "cream material with growth lines: helmeted hornbill casque (Rhinoplax vigil, CITES App. I) without CITES "
         "documents, flown from Hong Kong to Amsterdam; Hong Kong Chinese wording (hornbill casque repeats in "
         "several sets; a lingzhi carving label was found in no earlier row by a keyword search)",
         firm("Delta Oosterse Kunst BV", "NL")),
        ("WLF-05", "import", "ITSEA01", "sea", "IN", [], "IT", "440399",
         "Tronchetti di legno duro per intaglio, 8 t", "IN", 8000, None, 2400, "USD",
         "hardwood carving billets are pale and light; these billets are dense, blood-red inside and "
         "sink in water: red sanders (Pterocarpus santalinus, CITES App. II) without CITES documents, by sea from "
         "Chennai to Genoa; Italian wording from the importer's order (red sanders repeat in several sets; not of "
         "this set's trade; kept as a repeat, to Genoa is the new part as far as a search found)", firm("Rivage Legnami Srl", "IT")),
        ("WLF-06", "import", "BEAIR01", "air", "CN", [], "BE", "200390",
         "黑松露珍珠 (仿鱼子), 50克 x 200罐", "CN", 10, 200, 2000, "EUR",
         "truffle pearls are alginate spheres of truffle juice that burst evenly; these 200 tins hold real, grey, "
         "oily sturgeon roe: caviar (Acipenseriformes, CITES App. II) without CITES documents, flown from Beijing "
         "to Brussels; Chinese wording (caviar repeats in many sets and imitation-caviar labels in a few; a "
         "truffle-pearl label was found in no earlier row by a keyword search)", firm("Central Truffes SA", "BE")),
        ("WLF-07", "import", "PTAIR01", "air", "NG", [], "PT", "071239",
         "Dried mushrooms, lingzhi slices, 60 kg", "NG", 60, None, 300, "USD",
         "dried lingzhi slices are thin, reddish, woody and lacquered on top; these 60 kg are hard, overlapping, "
         "keratin scales: pangolin scales (Manis spp., CITES App. I) without CITES documents, flown from Lagos to "
         "Lisbon; Nigerian English wording (pangolin scales under dried-mushroom labels repeat in a few sets and "
         "a dried-lingzhi label once, blind102, on tokay geckos, kept as a repeat; pangolin scales as lingzhi by air "
         "to Lisbon are the new part as far as a search found)", firm("Atlantic Cogumelos Lda", "PT")),
        ("WLF-08", "import", "SEAIR01", "air", "KE", [], "SE", "442090",
         "Wooden mushroom carvings, handmade, 40 pcs", "KE", 12, 40, 200, "USD",
         "wooden mushroom carvings are light, soft wood; these 40 are heavy, creamy, fine-grained with Schreger "
         "lines on the cut base: elephant ivory (CITES App. I) without CITES documents, flown from Nairobi to "
         "Stockholm; Kenyan English wording (ivory under wood-carving labels repeats in many sets, kept as a "
         "repeat; mushroom carvings are the new part)", firm("Vega Hantverk AB", "SE")),
        ("WLF-09", "transit", "DEAIR01", "air", "MG", ["DE"], "CN", "440729",
         "Planches de teck, sciées, 3 t", "MG", 3000, None, 3000, "USD",
         "teak boards are golden-brown and oily; these are dark, violet-red, rose-scented boards that sink: "
         "Malagasy rosewood (Dalbergia spp., CITES App. II, zero quota) without CITES documents, landed at "
         "Frankfurt in transit from Antananarivo to Shanghai; Malagasy French wording (Malagasy rosewood repeats "
         "in many sets; not of this set's trade; kept as a repeat, a transit through Frankfurt is the new part as "
         "far as a search found)", {"importer_country": "CN"}),
        ("WLF-10", "import", "IEAIR01", "air", "ZA", [], "IE", "071239",
         "Dried porcini, grade A, 10 kg", "ZA", 10, None, 300, "ZAR",
         "a South African wild-mushroom shipment for a Dublin deli: dried porcini and pine rings are what Cape "
         "foragers export, but the third item's 'dried mushroom stems' are 4 kg of dried seahorses: Hippocampus spp. "
         "(CITES App. II) without CITES documents, hidden as the last "
         "item of a three-item declaration, flown from Cape Town to Dublin; South African English wording "
         "(dried seahorses repeat in many sets; behind dried porcini is the new part as far as a search found)",
         dict(firm("Meridian Foods Ltd", "IE"),
              _more_items=[item("071239", "Dried pine-ring mushrooms, 8 kg", "ZA", 8, 200, "ZAR", qty=None),
                           item("071239", "Dried mushroom stems, 4 kg", "ZA", 4, 60, "ZAR", qty=None)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "air", "TH", "CZ", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (sanitising mushroom grow bags)", "TH", 2.3, 2,
     900, "THB", [("PRECURSOR_LICENCE", "CZ-MPO-77-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "JP", "AT", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model engines)", "JP", 1.1, 1, 9000, "JPY",
     [("PRECURSOR_LICENCE", "AT-BMI-77-0133")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "NO", "DE", "853990",
     "Waste UV-C and fluorescent lamps from spawn laboratories, for mercury recovery at a licensed plant, 6 t", "NO",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-77-0418")], "notified waste mercury lamps to a licensed recycler"),
    ("PRM-04", "waste", "import", "ITROAD01", "road", "CH", "IT", "391590",
     "Used polypropylene mushroom grow bags, contaminated, for recycling at a licensed plant, 18 t", "CH", 18000,
     None, 0, "EUR", [("BASEL_CONSENT", "IT-VEN-77-0207")], "notified contaminated plastic waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "IT-MASE-ODS-77-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290361",
     "Methyl bromide, analytical reference standard, 5 x 1 ml, for essential laboratory use", "US", 0.05, 5, 400,
     "USD", [("ODS_LICENCE", "NL-ILT-ODS-77-014")], "methyl bromide imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "CZAIR01", "air", "CZ", "CH", "970121",
     "Watercolour drawings of fungi, Bohemia, c. 1830, 12 sheets, loan to a Swiss museum exhibition", "CZ", 1, 12,
     60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-77-0031")],
     "drawings exported with the EU export licence and the Czech permit"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Painted plaster botanical models of fungi, 19th century, 20 pieces, sold with export certificate", "FR", 30, 20,
     24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-77-0366")],
     "natural-history models exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "NO", "842320",
     "Steam-sterilisable 200 l fermenters with closed sampling, 2 units, for a Norwegian vaccine maker", "NL", 1600,
     2, 30000, "EUR", [("EXPORT_LICENCE", "NL-CDIU-77-0088"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-77-0021")],
     "dual-use fermenters under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "SG", "842139",
     "Class III biological safety cabinets, 2 units, for a Singapore public-health laboratory", "BE", 600, 2, 64000,
     "EUR", [("EXPORT_LICENCE", "BE-VL-77-0145"), ("END_USER_CERTIFICATE", "SG-MOH-EUC-77-0009")],
     "dual-use containment cabinets under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "VN", "FR", "440122",
     "Plantation agarwood chips (Aquilaria crassna), 500 kg", "VN", 500, None, 6000, "USD",
     [("CITES_PERMIT", "VN-CITES-77-0417")], "App. II agarwood from plantations with its export permit"),
    ("PRM-12", "wildlife", "import", "BEAIR01", "air", "CN", "BE", "160431",
     "Aquaculture sturgeon caviar (Acipenser schrenckii x A. dauricus), 200 x 50 g tins", "CN", 10, 200, 8000, "EUR",
     [("CITES_PERMIT", "CN-CITES-77-1182")], "App. II caviar from aquaculture with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Privatperson", "PRM-05": "Alpina Laboratori Micologici Srl",
    "PRM-06": "Horizon Mycolab BV", "PRM-11": "Horizon Champignons SARL", "PRM-12": "Central Truffes SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # mushroom growers, spawn labs, grow-kit and mycology-supply shops and mushroom traders
    ("380894", "Grow-bag sanitiser, 3 % peroxide, 1 l", "import", ["post", "express"], ["TH", "CN"], (8, 16), (1, 3), ["USD", "EUR"], 1, S),
    ("320890", "Spore-print fixative spray, 100 ml aerosols", "import", ["air"], ["JP", "US"], (10, 20), (50, 200), ["USD", "JPY"], 8, S),
    ("252100", "Ground limestone for mushroom casing soil, 25 kg bags", "import", ["road"], ["UA", "PL"], (0.1, 0.2), (10000, 22000), ["EUR"], 0.04, S),
    ("252010", "Gypsum for mushroom substrate, 25 kg bags", "import", ["sea"], ["KR", "ES"], (0.15, 0.3), (10000, 22000), ["USD", "EUR"], 0.04, S),
    ("230250", "Soybean-hull pellets, substrate supplement", "import", ["rail"], ["UZ", "KZ"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("252100", "Agricultural lime for baglogs, 500 g packs", "import", ["post"], ["ID", "TH"], (4, 8), (1, 3), ["USD"], 2, S),
    ("190190", "Light malt extract for liquid culture, 1 kg jars", "import", ["air"], ["VN", "DE"], (4, 8), (100, 400), ["USD", "EUR"], 1, S),
    ("283650", "Light calcium carbonate for mushroom substrate, 25 kg bags", "import", ["sea"], ["CN"], (0.2, 0.4), (10000, 20000), ["USD"], 0.04, S),
    ("380894", "Quaternary-ammonium growing-room wash, 5 l", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("841920", "Laboratory autoclaves, 50 l, new", "import", ["sea"], ["CN", "KR"], (10, 20), (500, 2000), ["USD"], 0.01, S),
    ("853952", "LED tubes for laminar-flow cabinets, new", "import", ["sea"], ["CN"], (8, 14), (500, 2000), ["USD"], 4, S),
    ("392321", "Polypropylene mushroom grow bags with filter patch, new", "import", ["sea"], ["CN", "TH"], (2, 4), (2000, 8000), ["USD"], 50, S),
    ("220720", "Denatured ethanol for tincture extraction, drums", "import", ["road"], ["HU", "PL"], (0.8, 1.4), (8000, 16000), ["EUR"], None, S),
    ("842710", "Electric forklifts for mushroom farms, new", "import", ["sea"], ["CN"], (6, 10), (3000, 9000), ["USD"], 0.0005, S),
    ("841582", "Climate units for mushroom growing rooms, R-290, new", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD", "EUR"], 0.003, S),
    ("530500", "Compressed coconut-coir casing blocks, 5 kg", "import", ["sea"], ["LK", "IN"], (0.3, 0.6), (10000, 20000), ["USD"], 0.2, S),
    ("281121", "Food-grade CO2 cylinders for grow rooms, 10 kg", "import", ["sea"], ["TR", "CN"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("381400", "Isopropanol microscope slide cleaner, 1 l", "import", ["air"], ["IN", "DE"], (4, 8), (50, 200), ["USD", "EUR"], 1.2, S),
    ("381400", "Alcohol HEPA-hood cleaning wipes and spray, 1 l", "import", ["air"], ["KR", "CN"], (4, 8), (50, 300), ["USD"], 1.2, S),
    ("842410", "CO2 fire extinguishers for laboratories, 2 kg", "import", ["sea"], ["CN", "TR"], (6, 12), (500, 2000), ["USD"], 0.2, S),
    ("392113", "Pentane-blown PU sandwich panels for cold rooms", "import", ["sea"], ["EG", "TR"], (3, 6), (8000, 16000), ["USD"], 0.05, S),
    ("381400", "Acetone glassware cleaning solvent, 1 l", "import", ["air"], ["JP", "CN"], (3, 6), (100, 400), ["USD"], 1.2, S),
    ("901831", "Sterile liquid-culture syringes, empty, 10 ml", "import", ["post", "express"], ["HK", "CN"], (40, 80), (1, 3), ["USD"], 100, S),
    ("680299", "Cast-concrete garden mushrooms, new", "import", ["sea"], ["CN", "VN"], (1, 2), (3000, 8000), ["USD"], 0.3, S),
    ("392690", "Resin lingzhi mushroom ornaments, new", "import", ["post", "express"], ["HK", "CN"], (20, 40), (1, 3), ["USD"], 5, S),
    ("490199", "Mushroom field guides, printed, new", "import", ["post"], ["GB", "DE"], (15, 30), (1, 4), ["GBP", "EUR"], 2, S),
    ("491191", "Botanical mushroom prints, offset, new", "export", ["post"], ["US", "CH"], (30, 60), (1, 2), ["EUR"], 20, S),
    ("071239", "Dried porcini slices, grade A", "import", ["air"], ["ZA", "BA", "RS"], (20, 40), (100, 500), ["EUR", "USD"], None, S),
    ("071239", "Dried shiitake, whole caps", "import", ["sea"], ["CN"], (6, 12), (3000, 8000), ["USD"], None, S),
    ("843680", "Mushroom spawn mixers, stainless, new", "import", ["sea"], ["CN", "TR"], (4, 8), (500, 2000), ["USD"], 0.005, S),
    ("841939", "Mushroom tray dryers, electric, new", "import", ["sea"], ["CN"], (4, 8), (500, 2000), ["USD"], 0.005, S),
    ("440131", "Beech sawdust pellets for mushroom substrate", "import", ["road"], ["PL", "RO"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("842139", "Laminar-flow hoods for spawn labs, open bench", "import", ["sea"], ["CN"], (8, 14), (500, 2000), ["USD"], 0.01, S),
    ("902680", "NDIR CO2 sensors for grow rooms", "import", ["post", "express"], ["CN", "CH"], (80, 160), (1, 3), ["USD", "EUR"], 5, S),
    ("843880", "Mushroom slicing machines, stainless", "import", ["sea"], ["CN", "IT"], (8, 14), (500, 2000), ["USD", "EUR"], 0.01, S),
    ("481920", "Printed grow-kit cartons, flat-packed, empty", "import", ["post", "express"], ["NL", "PL"], (6, 12), (1, 4), ["EUR"], 5, S),
    ("071239", "Dried cordyceps militaris, cultivated", "import", ["air"], ["CN", "TH"], (40, 80), (50, 200), ["USD"], None, S),
    ("200390", "Truffle pearls, alginate, 50 g jars", "import", ["air"], ["IT", "ES"], (30, 60), (50, 200), ["EUR"], 20, S),
    ("440122", "Oak wood chips for mushroom substrate", "import", ["sea"], ["UA", "RS"], (0.1, 0.2), (15000, 22000), ["EUR"], None, S),
    ("442090", "Hand-carved wooden mushroom figures, new", "import", ["sea"], ["KE", "ID"], (4, 8), (500, 2000), ["USD"], 5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701349", "Glass lemon squeezers with pouring lip", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 4, N),
        ("691200", "Terracotta garlic pots with lids", "import", ["sea"], ["PT", "CN"], (1.5, 3), (3000, 8000), ["EUR", "USD"], 2, N),
        ("460129", "Water hyacinth woven placemats", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("630790", "Cotton mesh fruit bags, drawstring, sets", "import", ["post", "express"], ["IN", "PT"], (20, 40), (1, 3), ["USD", "EUR"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind307", 20770501, HERE)


if __name__ == "__main__":
    main()
