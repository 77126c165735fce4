#!/usr/bin/env python3
"""Writes the hundred-and-eighth blind set (tests/risk/data/blind108-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2044, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
would. Ids are BL108-*:

    python3 tests/risk/data/make_blind108_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2044, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2044
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "JP", [], "DE", "330730",
         "ゆず湯の入浴剤 (柚子の香り), 1 kg 袋 x 4", "JP", 4, 4, 8000, "JPY",
         "yuzu bath salts are coarse, yellow-tinted sea-salt crystals that smell of citrus and dissolve at once; "
         "these four bags hold a fine, scentless white powder that barely dissolves, burns fiercely mixed with sugar "
         "and reads 'KClO4' on the inner liners: potassium perchlorate (Annex I above 40 %), posted from Osaka to a "
         "private person in Dresden; Japanese wording (potassium perchlorate and bath-salt covers repeat in many "
         "sets; a yuzu-bath label was found in no earlier row)", person("Lena Wagner", "DE")),
        ("PRE-02", "import", "BGROAD01", "road", "TR", [], "BG", "330300",
         "Limon kolonyası 80 derece, 1 l şişe, 400 şişe", "TR", 440, 400, 1200, "EUR",
         "Turkish lemon cologne is 80 % ethanol: it smells of lemon, evaporates cold on the hand and burns with a "
         "blue flame; these 400 bottles have vented caps, no smell, do not burn, weigh 1.11 kg/l and whiten the skin, "
         "and the filler's drum labels read 'H2O2 35 %', for a Plovdiv web shop selling litre bottles to the public: "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, by lorry at Kapitan "
         "Andreevo; Turkish wording (hydrogen peroxide repeats in many sets and a kolonya label once; a lorry load "
         "for a Bulgarian web shop is the new part)", firm("Vega Trade EOOD", "BG")),
        ("PRE-03", "import", "PLROAD01", "road", "UA", [], "PL", "310520",
         "Комплексне добриво NPK 16-16-16 для городу, мішки 25 кг, 40 шт.", "UA", 1000, 40, 600, "EUR",
         "NPK 16-16-16 is a grey, speckled granule holding phosphate and potash; these white, glossy prills test at "
         "34 % N with no phosphorus or potassium, turn ice-cold in water and melt and fume on a hot plate, in a van "
         "at Dorohusk for a Lublin garden shop that sells 25 kg bags to the public: ammonium nitrate (Annex I at 16 "
         "% N or more) made available to members of the public; Ukrainian wording (ammonium nitrate and NPK covers "
         "repeat in many sets, 34-0-0 grades in blind5, blind12 and blind15; a balanced 16-16-16 label by van from "
         "Ukraine is the new part)",
         firm("Ogród Delta Sp. z o.o.", "PL")),
        ("PRE-04", "import", "FRSEA01", "sea", "VN", [], "FR", "210390",
         "Nước mắm Phú Quốc, chai 500 ml, 6.000 chai", "VN", 3300, 6000, 9000, "EUR",
         "a Vietnamese grocery container for a Paris supermarket that sells to the public: fish sauce and rice paper "
         "are what such shops stock, but the third item's 'nước tro tàu' (the potassium-carbonate lye water noodle "
         "makers use, slippery and odourless) is 1,200 bottles of a liquid that fumes brown when opened, stains the "
         "skin yellow and weighs 1.40 kg/l: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of "
         "the public, hidden as the last item of a three-item declaration, by sea from Cat Lai to Le Havre; "
         "Vietnamese wording (nitric acid repeats in many sets; a lye-water label was found in no earlier row)",
         dict(firm("Supermarché Orion SARL", "FR"),
              _more_items=[item("190590", "Bánh tráng, 500 g, 4.000 gói", "VN", 2000, 3200, "EUR", qty=4000),
                           item("283640", "Nước tro tàu, chai 500 ml, 1.200 chai", "VN", 840, 360, "EUR", qty=1200)])),
        ("PRE-05", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "291529",
         "融雪剂 (醋酸钙镁 CMA, 环保型) Posypová sůl, 5 kg kbelík, 2 400 ks", "CN", 12000, 2400, 7200, "USD",
         "calcium magnesium acetate de-icer is a tan, vinegar-smelling pellet; these buckets hold glossy, colourless "
         "crystals with no smell that draw damp and flare yellow on a flame, and the factory sheet gives CAS "
         "7775-09-9, at 3 USD a bucket for a Brno hardware web shop selling to the public: sodium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public; Chinese and Czech wording, by rail from Chongqing "
         "(sodium chlorate repeats in many sets and de-icer covers in several; a CMA de-icer label by rail to Czechia "
         "is the new part)", firm("Železářství Orion s.r.o.", "CZ")),
        ("PRE-06", "import", "NLROAD01", "road", "GB", [], "NL", "271019",
         "Citronella garden torch fuel, 1 l bottles, 600 bottles", "GB", 680, 600, 1800, "GBP",
         "citronella torch fuel is a paraffin of 0.80 kg/l that smells of lemon-grass; these 600 bottles are oily, "
         "fruity-smelling, weigh 1.14 kg/l, do not mix with paraffin and the inner caps read 'CH3NO2', for a Utrecht "
         "garden web shop that sells single bottles to the public: nitromethane (Annex I above 16 %), on a lorry "
         "off the Harwich ferry at Hoek van Holland; British English wording (nitromethane repeats in many sets and a "
         "citronella torch-fuel label once, by express from the United States to Ireland in blind53; kept as a known "
         "repeat, a lorry off the ferry from Britain for a Dutch web shop is the new part)", firm("Tuin Horizon BV", "NL")),
        ("PRE-07", "import", "FRPOST01", "post", "MA", [], "FR", "283330",
         "حجر الشبة الطبيعي (Pierre d'alun), 3 kg", "MA", 3, 6, 300, "MAD",
         "alum stone (chebba) sold in Moroccan souks is a clear, astringent crystal that swells and foams when "
         "burnt; these six packets hold glossy crystals that do not taste astringent, spit violet sparks on a hot "
         "iron and read CAS 3811-04-9 on an inner label: potassium chlorate (Annex I above 40 %), posted from "
         "Marrakesh to a private person in Marseille; Darija and French wording (potassium chlorate repeats in many "
         "sets; an alum-stone label was found in no earlier row)", person("Sophie Bernard", "FR")),
        ("PRE-08", "import", "SEAIR01", "express", "US", [], "SE", "250100",
         "Pickling and canning salt, pure, 4 x 3 lb", "US", 5.4, 4, 40, "USD",
         "canning salt is fine, pure sodium chloride that tastes of salt; these four boxes hold tasteless, damp-drawing "
         "crystals that flare bright yellow on a pan and read 'NaClO4' on the inner bags: sodium perchlorate (Annex I "
         "above 40 %), sent by express from Ohio to a private person in Gothenburg; US English wording (sodium "
         "perchlorate and salt covers repeat in many sets and a canning-salt label once, from Ukraine in blind82; by express to Sweden is "
         "the new part)", person("Karin Andersson", "SE")),
        ("PRE-09", "import", "GRSEA01", "sea", "EG", [], "GR", "210690",
         "دبس رمان، زجاجات 1 لتر، 3000 زجاجة", "EG", 5500, 3000, 4500, "EUR",
         "pomegranate molasses is a sweet-sour, dark-red syrup of 1.35 kg/l; these 3,000 bottles hold a brown, "
         "oily liquid of 1.83 kg/l that grows hot with water and chars a paper towel, and the bottler's drums read "
         "'H2SO4 96 %', at 1.50 EUR a bottle for an Athens Middle-Eastern web shop that sells to the public: "
         "sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from Alexandria to "
         "Piraeus; Egyptian Arabic wording (sulphuric acid and syrup covers repeat in many sets; a "
         "pomegranate-molasses label was found in no earlier disguise)", firm("Delta Trofima AE", "GR")),
        ("PRE-10", "import", "ITAIR01", "air", "IN", [], "IT", "291812",
         "Tartaric acid, food grade, for wine-making, 25 kg bags, 40 bags", "IN", 1000, 40, 3000, "USD",
         "food-grade tartaric acid is a sour, white, crystalline powder that dissolves readily; these bags hold a "
         "fine, sweetish, tasteless-to-bitter powder that smells faintly of hyacinth when warmed and whose inner "
         "liners give CAS 3770-59-2 (APAAN), flown from Ahmedabad to Milan for a 'wine supplies' firm with no "
         "cellar: alpha-phenylacetoacetonitrile, a scheduled drug precursor (Category 1, Regulation 273/2004 and "
         "111/2005) imported without licence and import authorisation; Indian English wording (drug precursors "
         "repeat in a few sets and a tartaric-acid label once, in blind66; APAAN was found in no earlier row)",
         firm("Enologia Alpina Srl", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TG", "271019",
         "Olio combustibile marino RMG 380, miscela, 1 cisterna 20 t", "IT", 20000, None, 6000, "EUR",
         "RMG 380 marine fuel is a black, uniform oil sold with an ISO 8217 test report; this ISO tank holds a "
         "layered mix of oil, water and sludge that smells of solvents and reads high on chlorine, collected from "
         "ships' bilges and slop tanks at a Genoa reception facility: oily bilge water and sludge (13 04 03*, 13 05 "
         "*), hazardous waste whose export to a non-OECD country is banned, from Genoa to a Lomé 'fuel trader'; "
         "Italian wording (bilge oils repeat in several sets; as RMG 380 to Togo is the new part)",
         {"importer_country": "TG"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "681182",
         "Płyty faliste dachowe, używane, do ponownego użycia, 18 t", "PL", 18000, 2400, 900, "EUR",
         "reusable roofing sheets are whole, fibre-free cement or metal sheets; these 2,400 grey corrugated sheets "
         "are broken, mossy and dusty, stripped from a Podlasie barn, and a swab shows chrysotile fibres: asbestos "
         "cement (17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Dorohusk "
         "for a Volhynia 'builders' merchant'; Polish wording (asbestos sheets repeat in many sets; a lorry from "
         "Poland to Ukraine is the new part, as far as a search found)", {"importer_country": "UA"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "NG", "690919",
         "Ceramic proppant, sintered bauxite, 20/40 mesh, for oil wells, 60 big bags", "BE", 48000, 60, 9600, "EUR",
         "sintered-bauxite proppant is hard, round, tan beads of one size sold with a crush test; these bags hold "
         "grey-black extrudates of mixed sizes that smell of sulphur and warm up in air, with a refinery's "
         "hydrotreater tag and 4 % cobalt-molybdenum: spent hydroprocessing catalyst (16 08 02*), hazardous waste "
         "whose export to a non-OECD country is banned, from Antwerp to Onne for an 'oilfield supplies' trader; "
         "Belgian English wording (spent catalysts repeat in many sets, as activated alumina, molecular sieve and "
         "calcined bauxite, the last in blind82; a proppant label to Nigeria was found in no earlier row)",
         {"importer_country": "NG"}),
        ("WST-04", "export", "HURAIL01", "rail", "HU", [], "RS", "382499",
         "Folyasztószer alumíniumöntészethez, zsákos, 2 vagon", "HU", 100000, None, 3000, "EUR",
         "foundry flux for aluminium is a clean, white salt blend sold in sealed bags; these wagons hold grey, "
         "lumpy slag that smells of ammonia and garlic when wet and gives off flammable gas, from a secondary "
         "aluminium smelter near Székesfehérvár: salt slag (10 03 08*), hazardous waste whose export to a non-OECD "
         "country is banned, by rail at Kelebija for a Serbian 'foundry'; Hungarian wording (salt slag repeats in "
         "several sets; as foundry flux by rail from Hungary is the new part)", {"importer_country": "RS"}),
        ("WST-05", "import", "ITSEA01", "sea", "TR", [], "IT", "391590",
         "PET pul, sıcak yıkanmış, şişe kalitesi, 2 konteyner", "TR", 48000, None, 14400, "EUR",
         "hot-washed bottle-grade PET flake is clear, dry and clean, sold with a melt-flow test; these containers "
         "hold mixed, wet, smelly shredded packaging film, PVC and labels with food residue, at a third of the flake "
         "price: mixed plastic waste (Y48), imported into the Union for 'recycling' without the notification and "
         "consent it needs, by sea from Izmir to La Spezia; Turkish wording (plastic waste repeats in many sets as "
         "exports; an import into the Union from Türkiye as PET flake is the new part)",
         firm("Riciclo Meridian Srl", "IT")),
        ("WST-06", "export", "FRPOST01", "post", "FR", [], "CI", "851713",
         "Téléphones d'occasion pour pièces détachées, 20 kg", "FR", 20, 200, 200, "EUR",
         "phones for spare parts are sold by the dozen, sorted and tested; this 20 kg parcel holds 200 smashed "
         "phones from collection bins, loose, with swollen lithium cells and broken screens: waste electrical and "
         "electronic equipment with hazardous components (16 02 13*), whose export to a non-OECD country is banned, "
         "posted from Lyon to an Abidjan repair market; French wording (collected phones repeat in several sets; by "
         "post to Côte d'Ivoire is the new part)", {"importer_country": "CI"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "BD", "890190",
         "Bulk carrier, 1996-built, sold for further trading, 12,400 t lightweight", "GR", 12400000, 1, 5800000,
         "USD",
         "a ship sold 'for further trading' keeps class, crew and charter; this 28-year-old bulk carrier left "
         "Piraeus with class withdrawn, a one-voyage flag and a buyer that is a cash buyer for Chattogram beaching "
         "yards, priced at 470 USD per lightweight tonne: an end-of-life ship (waste, holding asbestos, PCB and "
         "oils) whose export to a non-OECD country for breaking is banned; English wording (beached ships repeat "
         "in a few sets; from Greece to Bangladesh is the new part)", {"importer_country": "BD"}),
        ("WST-08", "transit", "SISEA01", "sea", "CH", ["SI"], "EG", "262019",
         "Rohzinkoxid (Wälzoxid-Vorstoff), 40 t", "CH", 40000, None, 8000, "EUR",
         "crude zinc oxide is a sintered, yellowish Waelz product with a zinc assay over 55 %; this is a brown, "
         "fine dust reading 25 % zinc, lead, cadmium and chlorides, from an electric-arc furnace's bag filter: EAF "
         "dust (10 02 07*), hazardous waste landed at Koper in transit from Switzerland to Egypt without the "
         "notification a transit of waste through the Union needs; Swiss German wording (EAF dust repeats in several "
         "sets; a transit through Koper from Switzerland is the new part)", {"importer_country": "EG"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "MK", "840820",
         "Двигатели за автомобили, употребявани, за резервни части, 60 бр.", "BG", 9000, 60, 3000, "EUR",
         "engines for spare parts are drained, capped and tested; these 60 are torn from wrecks with oil, coolant "
         "and fuel still in them, leaking onto the lorry floor, from a Sofia scrapyard: end-of-life vehicle parts "
         "containing hazardous liquids (16 01 and 13 02 entries), hazardous waste whose export to a non-OECD "
         "country is banned, at Gyueshevo for a Kumanovo 'parts dealer'; Bulgarian wording (undrained engines "
         "repeat in several sets; from Bulgaria to North Macedonia is the new part)", {"importer_country": "MK"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "940360",
         "Mobiliário usado de escritório, 1 contentor", "PT", 6000, 300, 3000, "EUR",
         "a container of used goods for a Luanda dealer: used office furniture and clothing are what such shippers "
         "send, but the third item's 'baterias de automóvel para reutilização' are 200 scrap lead-acid batteries, "
         "cracked, some leaking acid, from Setúbal garages: waste lead-acid batteries (16 06 01*), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Lisbon; Portuguese wording (scrap batteries repeat in many sets; behind furniture to Angola is the new "
         "part)",
         dict({"importer_country": "AO"},
              _more_items=[item("630900", "Roupa usada, fardos, 3 t", "PT", 3000, 1500, "EUR"),
                           item("850710", "Baterias de automóvel para reutilização, 200 un.", "PT", 3000, 400, "EUR", qty=200)])),
    ],
    "ozone": [
        ("OZN-01", "import", "IEAIR01", "express", "US", [], "IE", "290343",
         "Gas duster, HFC-152a, for keyboards, 24 x 10 oz", "US", 7, 24, 120, "USD",
         "HFC-152a dusters are flammable cans that read 5 bar at 20 °C; these 24 do not burn, read 5.7 bar, carry "
         "'R-12' stampings under the labels and a gas test gives dichlorodifluoromethane: CFC-12, whose import into "
         "the Union is banned, sent by express from Texas to a private person in Cork; US English wording (CFC-12 "
         "repeats in many sets and duster labels in several; by express to Ireland is the new part)",
         person("Private individual", "IE")),
        ("OZN-02", "import", "NLSEA01", "sea", "IN", [], "NL", "381400",
         "Industrial degreaser, modified alcohol, 200 l drums, 40 drums", "IN", 10700, 40, 16000, "USD",
         "modified-alcohol degreasers are light (0.88 kg/l), smell faintly sweet and burn; these drums hold a "
         "liquid of 1.34 kg/l that does not burn, boils at 74 °C and smells of chloroform, and the bungs read "
         "'1,1,1-TCA': methyl chloroform, whose import into the Union is banned, by sea from Nhava Sheva to "
         "Rotterdam for a metal-finishing shop; Indian English wording (methyl chloroform repeats in many sets; a "
         "modified-alcohol label was found in no earlier row)", firm("Rivage Metaal BV", "NL")),
        ("OZN-03", "import", "HURAIL01", "rail", "UA", [], "HU", "381900",
         "Гальмівна рідина DOT 4, бочки 200 л, 20 бочок", "UA", 8680, 20, 5000, "EUR",
         "DOT 4 brake fluid is an amber glycol ether of 1.05 kg/l that mixes with water; these drums hold a clear, "
         "heavy liquid of 2.17 kg/l that boils at 47 °C, does not mix with water and whose bungs read 'Хладон "
         "114B2': halon 2402, whose import into the Union is banned except for licensed critical uses, by rail at "
         "Záhony for a Nyíregyháza 'parts wholesaler'; Ukrainian wording (halon 2402 repeats in several sets and "
         "brake-fluid labels in a few; by rail into Hungary is the new part)", firm("Alpina Autó Kft.", "HU")),
        ("OZN-04", "export", "NLSEA01", "sea", "NL", [], "EC", "860900",
         "Reefer containers 40 ft, used, working, 12 units", "NL", 48000, 12, 36000, "EUR",
         "used reefers for export are sold with a new charge of R-134a or R-513A and a service report; these twelve "
         "1998-built units still hold their original HCFC-22 charge (5 kg each on the plates) and were not emptied: "
         "equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from Rotterdam to "
         "a Guayaquil banana exporter; English wording (reefer units repeat in a few sets; R-22 reefers to Ecuador "
         "are the new part)", {"importer_country": "EC"}),
        ("OZN-05", "import", "FRAIR01", "express", "JP", [], "FR", "381400",
         "スキーゴーグル用曇り止めコーティング希釈剤, 1 l x 6", "JP", 9, 6, 60000, "JPY",
         "anti-fog coating thinners for ski goggles are alcohol blends of 0.8 kg/l that burn; these six bottles do "
         "not burn, boil at 54 °C, weigh 1.55 kg/l and the inner labels read 'HCFC-225ca/cb': HCFC-225, whose import "
         "into the Union is banned, sent by express from Tokyo to an Annecy goggle-repair workshop; Japanese "
         "wording (HCFC-225 repeats in several sets under lens- and watch-cleaner labels from Japan; a ski-goggle "
         "coating label was found in no earlier row)", firm("Optique Central SARL", "FR")),
        ("OZN-06", "import", "CYSEA01", "sea", "IL", [], "CY", "380899",
         "כלורופיקרין לחיטוי קרקע, גלילים 50 ק\"ג, 24 גלילים", "IL", 1200, 24, 18000, "USD",
         "chloropicrin is a tear-gas liquid of 1.65 kg/l sold in drums; these 24 cylinders hold a gas under "
         "pressure, stamped 'CH3Br 98 %' under the labels, with 2 % chloropicrin only as a warning agent: methyl "
         "bromide, whose import into the Union is banned (no quarantine exemption remains), by sea from Ashdod to "
         "Limassol for a strawberry grower; Hebrew wording (methyl bromide repeats in many sets and chloropicrin "
         "labels in several; from Israel to Cyprus is the new part)", firm("Rivage Agro Ltd", "CY")),
        ("OZN-07", "import", "HRROAD01", "road", "RS", [], "HR", "271112",
         "Rashladni plin R-290 (propan), boce 5 kg, 80 kom", "RS", 400, 80, 2400, "EUR",
         "R-290 cylinders read 8.4 bar at 20 °C and carry a flame mark; these 80 read 9.1 bar, carry no flame mark "
         "and a gas test gives chlorodifluoromethane: HCFC-22, whose import into the Union is banned, in a van at "
         "Bajakovo for a Zagreb air-conditioning installer; Serbian wording (HCFC-22 repeats in many sets and R-290 "
         "labels in several, from North Macedonia to Greece in blind97; kept as a known repeat, from Serbia into "
         "Croatia is the new part)", firm("Klima Vega d.o.o.", "HR")),
        ("OZN-08", "transit", "GRSEA01", "sea", "CN", ["GR"], "LB", "290219",
         "环戊烷 发泡剂 (Cyclopentane), 200 l 桶, 80 桶", "CN", 23900, 80, 20000, "USD",
         "cyclopentane is a light, flammable liquid of 0.75 kg/l; these drums hold a non-flammable liquid of 1.49 "
         "kg/l that boils at 24 °C and whose drum heads are stamped 'R11': CFC-11, moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Piraeus in transit from Ningbo to Beirut for a foam "
         "maker; Chinese wording (CFC-11 repeats in many sets and cyclopentane labels in several; in transit through "
         "Piraeus to Lebanon is the new part)", {"importer_country": "LB"}),
        ("OZN-09", "import", "ESSEA01", "sea", "IN", [], "ES", "290323",
         "Percloroetileno para limpieza en seco, bidones de 250 kg, 40 bidones", "IN", 10000, 40, 9000, "USD",
         "perchloroethylene weighs 1.62 kg/l and boils at 121 °C; these drums weigh 1.59 kg/l, boil at 77 °C and "
         "the supplier's inner labels read CAS 56-23-5: carbon tetrachloride, whose import into the Union is banned "
         "except for licensed uses, by sea from Kandla to Valencia for a dry-cleaning supplier; Spanish wording "
         "(carbon tetrachloride and perchloroethylene labels repeat in several sets; from India to a dry-cleaning "
         "supplier in Spain is the new part)", firm("Tintorería Meridian SL", "ES")),
        ("OZN-10", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "290345",
         "Agent frigorific R-134a pentru vitrine, butelii 13,6 kg, 40 buc.", "TR", 544, 40, 1600, "EUR",
         "R-134a cylinders read 5.7 bar at 20 °C and come light-blue, at a price set by the Union's HFC quota; these "
         "40 read 5.7 bar too, but a gas test gives dichlorodifluoromethane, the cylinders are old grey ones "
         "repainted and the price is a third of the quota price: CFC-12, whose import into the Union is banned, by "
         "lorry under transit through Bulgaria to Giurgiu for a Bucharest shop-refrigeration firm; Romanian wording (CFC-12 under "
         "R-134a labels repeats in many sets; kept as a known repeat, by road from Türkiye to Romania is the new "
         "part)", firm("Frig Orion SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "CN", [], "DE", "830629",
         "仿古青铜器 工艺品 (鼎), 3 件", "CN", 42, 3, 450, "USD",
         "antique-style bronze crafts are cast new with even, painted patina; these three tripod cauldrons carry "
         "cuprite and malachite crusts grown into the metal, packed soil in the legs and cast inscriptions, from "
         "looted Western Zhou tombs in Shaanxi: archaeological objects illegally exported from China (UNESCO 1970; "
         "import banned by Regulation 2019/880), flown from Xi'an to Frankfurt for a Munich dealer; Chinese wording "
         "(Chinese bronzes repeat in several sets; ding as antique-style crafts by air freight is the new part)",
         firm("Galerie Alpina GmbH", "DE")),
        ("CUL-02", "import", "NLPOST01", "post", "NP", [], "NL", "680299",
         "Hand-carved stone statue, new, Patan workshop, 1 pc", "NP", 18, 1, 80, "USD",
         "new Patan stone carvings are crisp, pale and machine-smooth at the back; this Vishnu stele is dark, "
         "worn, with lichen, red powder and ghee stains of worship and a broken tenon at the base, taken from a "
         "Kathmandu-valley water spout shrine: a Licchavi-period sculpture stolen and illegally exported from Nepal "
         "(UNESCO 1970), posted from Kathmandu to a private collector in Utrecht; English wording (Nepalese temple "
         "objects repeat in several sets; a stele posted as new workshop carving is the new part)",
         person("M. Bakker", "NL")),
        ("CUL-03", "import", "ESSEA01", "sea", "PE", [], "ES", "970191",
         "Reproducciones decorativas de pintura cusqueña, óleo sobre lienzo, 12 piezas", "PE", 180, 12, 1800, "USD",
         "Cusco-school reproductions are new canvases with bright acrylic and printed gold; these twelve have "
         "relined 18th-century canvases, craquelure, gold leaf stamped in brocateado and church inventory numbers "
         "on the stretchers, taken from Andean village churches: colonial paintings illegally exported from Peru "
         "(UNESCO 1970; import banned by Regulation 2019/880), by sea from Callao to Valencia for a Madrid dealer; "
         "Peruvian Spanish wording (Cusco-school paintings repeat in a few sets; by sea as decorative reproductions "
         "is the new part)", firm("Arte Meridian SL", "ES")),
        ("CUL-04", "import", "ITAIR01", "express", "BO", [], "IT", "830629",
         "Souvenirs en alpaca (plata alemana), artesanía, 6 piezas", "BO", 4, 6, 90, "USD",
         "alpaca (nickel silver) souvenirs are bright, light, machine-pressed and never hallmarked; these six are "
         "heavy, hand-raised silver with a Potosí assay mark, dents, wax drips and an engraved parish dedication of "
         "1740: a chalice, a paten and altar cruets taken from a village church on the Altiplano, colonial church "
         "silver illegally exported from Bolivia (UNESCO 1970; import banned by Regulation 2019/880), sent by "
         "express from La Paz to a private person in Rome; Bolivian Spanish wording (Bolivian church silver repeats "
         "in several sets, as scrap silver and new Potosí craft, blind27, blind66, blind73 and blind78; an "
         "alpaca-silver label by express to Italy is the new part)", person("Sig. M. Bianchi", "IT")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Copia moderna di dipinto, olio su tela, cornice dorata", "IT", 40, 1, 2000, "EUR",
         "a modern copy is on new canvas with fresh, even paint; this altarpiece panel is on poplar, with worm "
         "holes, old restorations, a 17th-century Emilian school attribution and a parish seal on the back, worth "
         "far above 150,000 EUR: a painting over 50 years old whose export from the Union needs a licence (EU "
         "116/2009), by car at Chiasso for a Lugano dealer; Italian wording (paintings as modern copies repeat in "
         "several sets; an altarpiece by road to Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-06", "export", "FRAIR01", "air", "FR", [], "JP", "491191",
         "Feuillets décoratifs imprimés, reproductions, 24 pièces", "FR", 2, 24, 480, "EUR",
         "printed reproduction leaves are on modern paper with flat colour; these 24 are vellum, hand-written in "
         "Gothic script with burnished gold initials, cut from a 15th-century book of hours: medieval manuscript "
         "leaves, whose export from the Union needs a licence whatever their value (EU 116/2009, Annex I, "
         "category 9), flown from Paris to a Tokyo dealer; French wording (book-of-hours leaves repeat in a few "
         "sets; as printed reproductions to Japan is the new part)", {"importer_country": "JP"}),
        ("CUL-07", "transit", "NLAIR01", "air", "LB", ["NL"], "US", "681099",
         "Mosaic table top, new, handmade, 1 pc", "LB", 160, 1, 400, "USD",
         "new mosaic table tops are made of even, sawn marble cubes on a cement board; this panel is of worn, "
         "irregular limestone tesserae set in old lime mortar with a modern plaster backing, showing a Greek "
         "inscription and a hunting scene, lifted from a Roman villa floor in Idlib: a Syrian archaeological "
         "object (trade banned in the Union, Regulation 36/2012), landed at Schiphol in transit from Beirut to "
         "New York; English wording (Syrian mosaics repeat in many sets; kept as a known repeat, through Amsterdam "
         "to the United States is the new part)", {"importer_country": "US"}),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "830890",
         "Бронзова фурнітура для одягу, ґудзики та пряжки, 2 кг", "UA", 2, 300, 40, "EUR",
         "new bronze garment fittings are bright, uniform and machine-stamped; these are green-corroded Scythian "
         "arrowheads, horse-harness plaques and bronze buttons with soil in the sockets, dug by metal detectorists "
         "in occupied Zaporizhzhia oblast: archaeological objects illegally removed and exported from Ukraine "
         "(UNESCO 1970; import banned by Regulation 2019/880), in a private car at Dorohusk for a Kraków collector; "
         "Ukrainian wording (Scythian objects repeat in many sets; as garment fittings is the new part)",
         person("Piotr Nowak", "PL")),
        ("CUL-09", "import", "ESAIR01", "air", "GT", [], "ES", "691390",
         "Cerámica artesanal pintada, vasos cilíndricos, 4 piezas", "GT", 12, 4, 120, "USD",
         "Guatemalan craft cylinders are new, light, with bright glossy paint; these four are thin, hard, with "
         "matt slip-painted glyph bands, root marks and calcite crusts inside, looted from a Petén tomb: Classic "
         "Maya polychrome vessels illegally exported from Guatemala (UNESCO 1970; import banned by Regulation "
         "2019/880), flown from Guatemala City to Madrid for a Barcelona gallery; Guatemalan Spanish wording (Maya "
         "ceramics repeat in many sets; from Guatemala as craft cylinders is the new part, as far as a search "
         "found)", firm("Galería Horizon SL", "ES")),
        ("CUL-10", "import", "DEAIR01", "air", "IQ", [], "DE", "080410",
         "تمر عراقي زهدي، كراتين 5 كغم، 200 كرتون", "IQ", 1000, 200, 1500, "USD",
         "an Iraqi food air shipment for a Berlin grocery: dates and wooden klecha-cookie moulds are what such shops "
         "import, but the third item's 'clay klecha moulds, handmade' are 40 small, baked-clay tablets with "
         "wedge-shaped script and 12 stone cylinders carved with figures: Old Babylonian cuneiform tablets and "
         "cylinder seals, Iraqi cultural property whose trade is banned in the Union (Regulation 1210/2003), hidden "
         "as the last item of a three-item declaration, flown from Baghdad to Frankfurt; Iraqi Arabic wording "
         "(cuneiform tablets repeat in many sets; as klecha moulds behind a date shipment was found in no earlier "
         "row)",
         dict(firm("Orient Delta Lebensmittel GmbH", "DE"),
              _more_items=[item("441990", "قوالب كليچة خشبية، 300 قطعة", "IQ", 60, 300, "USD", qty=300),
                           item("691390", "قوالب كليچة فخارية يدوية، 52 قطعة", "IQ", 8, 52, "USD", qty=52)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "KZ", "732190",
         "Steuerplatinen für Pelletöfen, Ersatzteile, 400 Stück", "DE", 14, 400, 6000, "EUR",
         "pellet-stove control boards carry a cheap 8-bit controller, a relay and a display plug; these 400 are bare "
         "boards with high-end FPGAs and ARM microcontrollers (common high-priority items) at 15 EUR each, for an "
         "Almaty 'heating' firm whose freight forwarder delivers to Moscow: goods banned for Russia (Regulation "
         "833/2014, Annex VII and Article 12g) routed through Kazakhstan, sent by express from Leipzig; German "
         "wording (electronics through Central Asia repeat in many sets, as coffee-machine boards in blind79; a "
         "pellet-stove label was found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "AE", "840790",
         "Motory pro RC modely letadel, dvoudobé, 12 ks", "CZ", 360, 12, 36000, "EUR",
         "RC model engines weigh a few kilograms and make 2-10 hp; these twelve are 30 kg two-stroke boxer engines "
         "of 50 hp with electronic ignition, the type used in long-range drones, for a Dubai 'hobby shop' whose "
         "order names a Tehran consignee: engines whose export to Iran, or for use in Iran, is banned (Regulation "
         "2023/1529, Annex II), flown from Prague; Czech wording (drone engines to Iran repeat in several sets and "
         "lawn-mower and paramotor labels in several, from Czechia in blind93 and an RC-toy label in blind71; RC model engines to Dubai are the new part)", {"importer_country": "AE"}),
        ("STR-03", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "440131",
         "Древесные пеллеты, ENplus A1, казахстанского происхождения, 20 вагонов", "KZ", 1300000, None, 208000,
         "EUR",
         "Kazakh pellets come from the north's pine sawmills with a Kazakh certificate of origin; these wagons were "
         "loaded in Russia, on the Kazakh papers of a trader with no mill, the ENplus number belongs to a Russian "
         "plant in Arkhangelsk and the wagons never entered Kazakhstan: Russian wood pellets whose import into the "
         "Union is banned (Regulation 833/2014, Annex XXI), by rail at Zilupe for a Riga port trader; Russian "
         "wording (wood pellets repeat in several sets; Kazakh origin papers by rail into Latvia is the new part)",
         firm("Baltic Horizon SIA", "LV")),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "RS", "900290",
         "Objectifs pour appareils photo, pièces détachées, 60 pièces", "FR", 18, 60, 9000, "EUR",
         "camera lens parts are glass elements for visible light; these 60 are germanium lens assemblies for 8-12 "
         "µm thermal cameras at 150 EUR each, for a Belgrade 'photo repairer' who ships on to Russia: thermal-imaging "
         "components banned for Russia (Regulation 833/2014, Annex VII), flown "
         "from Lyon; French wording (thermal optics repeat in several sets and camera-lens labels in blind100, to Kazakhstan; to Serbia is the "
         "new part)", {"importer_country": "RS"}),
        ("STR-05", "export", "PLRAIL01", "rail", "PL", [], "BY", "843290",
         "Części zamienne do maszyn rolniczych, 8 t", "PL", 8000, None, 48000, "EUR",
         "farm-machinery spare parts are tines, blades and bolts; these crates hold 8 t of precision ball and roller "
         "bearings of the sizes used in tracked vehicles and machine tools, for a Minsk 'agricultural dealer': "
         "bearings on the common high-priority list, whose export to Belarus is banned (Regulation 765/2006), by "
         "rail at Małaszewicze; Polish wording (bearings repeat in several sets; under farm-machinery labels by rail "
         "to Belarus is the new part)", {"importer_country": "BY"}),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "GE", "870340",
         "Μεταχειρισμένα SUV, υβριδικά, 6 τεμ.", "GR", 14000, 6, 180000, "EUR",
         "used hybrid SUVs for Georgian dealers are 8-10-year-old family cars at 10,000-20,000 EUR; these six are "
         "nearly new luxury SUVs worth over 90,000 EUR each, declared at 30,000, bought for a Poti dealer whose "
         "buyers' addresses are in Moscow: luxury cars whose sale for use in Russia is banned (Regulation 833/2014, "
         "Annex XVIII) routed through Georgia, from Thessaloniki; Greek wording (luxury cars through the Caucasus "
         "repeat in several sets; from Greece by sea is the new part)", {"importer_country": "GE"}),
        ("STR-07", "import", "ESSEA01", "sea", "AE", [], "ES", "271320",
         "Bitumen 60/70, UAE origin, in drums, 2,000 drums", "AE", 360000, 2000, 144000, "USD",
         "UAE bitumen 60/70 comes from the Ruwais refinery with its certificate; these drums carry Bandar Abbas "
         "filling stamps under the labels and the bill of lading shows a ship-to-ship transfer off Fujairah: "
         "Iranian petroleum product whose import into the Union is banned (Regulation 267/2012), by sea from Jebel "
         "Ali to Algeciras for a road contractor; English wording (Iranian bitumen repeats in several sets; into "
         "Algeciras is the new part)", firm("Asfaltos Orion SL", "ES")),
        ("STR-08", "transit", "NLAIR01", "air", "CA", ["NL"], "AM", "842490",
         "Spare parts for drip irrigation, controllers, 8 units", "CA", 80, 8, 2400, "USD",
         "drip-irrigation controllers are plastic boxes with timers; these eight are bench digital oscilloscopes of "
         "4 GHz bandwidth worth 30,000 USD each, for a Yerevan 'irrigation firm' whose order names a Moscow "
         "design bureau: test equipment on the Union's list for Russia (Regulation 833/2014, Annex VII) bound for Russia, whose transfer "
         "through the Union is banned (833/2014), landed at Schiphol in transit from Toronto; English wording "
         "(oscilloscopes through Armenia repeat in a few sets; as irrigation controllers in air transit is the new "
         "part)", {"importer_country": "AM"}),
        ("STR-09", "export", "ATPOST01", "post", "AT", [], "RS", "900580",
         "Jagdzubehör, Fernglasokular, 1 Stück", "AT", 0.8, 1, 120, "EUR",
         "a binocular eyepiece is a few lenses in a tube at a hundred euros; this is a night-vision monocular with a "
         "third-generation image intensifier tube worth 4,000 EUR, posted from Graz to a Novi Sad private address "
         "used by a Russian buyer: image-intensifier equipment that needs an export licence (Regulation 2021/821, "
         "6A002/6A003) and is banned for Russia; Austrian German wording (night-vision devices repeat in several "
         "sets; by post from Austria as a binocular eyepiece is the new part)", {"importer_country": "RS"}),
        ("STR-10", "export", "SIROAD01", "road", "SI", ["HR", "RS", "BG"], "TR", "843890",
         "Rezervni deli za pekarske stroje, 4 zaboji", "SI", 600, 4, 12000, "EUR",
         "bakery-machine spare parts are dough-divider knives, belts and bearings; these crates hold vacuum "
         "turbomolecular pumps and gauges for thin-film coating, with a Turkish 'bakery' consignee whose forwarder "
         "ships to Novorossiysk: goods for semiconductor and coating equipment banned for Russia (Regulation "
         "833/2014, Annex VII) routed through Türkiye, by lorry at Kapitan Andreevo via Bulgaria; Slovenian "
         "wording (vacuum equipment through Türkiye repeats in a few sets and a bakery-equipment cover once, for Iran "
         "in blind75; bakery-machine spare parts from Slovenia are the new part)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "JM", [], "NL", "030792",
         "Frozen whelk meat, cleaned, 10 kg cartons, 400 cartons", "JM", 4000, 400, 40000, "USD",
         "frozen whelk meat is small, grey-brown, coiled pieces of a few grams; these cartons hold large, "
         "white-and-pink slabs of 150-250 g with a tough orange-edged foot, from the Pedro Bank: queen conch meat "
         "(Aliger gigas, CITES App. II) without a CITES export permit, by sea from Kingston to Rotterdam for a "
         "seafood wholesaler; Jamaican English wording (queen conch repeats in many sets; a whelk label was found "
         "in few; from Jamaica into Rotterdam is the new part)", firm("Atlantic Seafood BV", "NL")),
        ("WLF-02", "import", "ESSEA01", "sea", "TW", [], "ES", "030484",
         "冷凍劍旗魚柳 (Swordfish loins), 20 kg 箱, 600 箱", "TW", 12000, 600, 96000, "USD",
         "swordfish loins are pale, pinkish-white with a dark blood line and a rough skin; these are ivory-white "
         "loins with a smooth blue-grey skin and a faint ammonia smell, from a Kaohsiung longliner's catch: "
         "shortfin mako shark meat (Isurus oxyrinchus, CITES App. II) without CITES export documents, by sea from "
         "Kaohsiung to Vigo; Chinese wording from Taiwan (mako repeats in many sets and swordfish labels in "
         "several; from Taiwan into Vigo is the new part)", firm("Pescados Vega SL", "ES")),
        ("WLF-03", "import", "DEPOST01", "post", "ID", [], "DE", "330790",
         "Bakhoor wangi, kayu dupa, 2 kg", "ID", 2, 8, 60, "USD",
         "bakhoor is perfumed wood chips soaked in scented oil and sugar, sticky and sweet; these eight bags hold "
         "dry, dark-streaked resinous wood chips that sink in water and smell of oud when warmed, wild-collected in "
         "Kalimantan: agarwood (Aquilaria malaccensis, CITES App. II) without CITES documents, posted from Jakarta "
         "to a private person in Frankfurt; Indonesian wording (agarwood repeats in many sets and bakhoor labels in "
         "two; posted from Indonesia is the new part)", person("Anna Schmidt", "DE")),
        ("WLF-04", "import", "ROROAD01", "road", "MD", [], "RO", "160432",
         "Icre de știucă, borcane 100 g, 300 borcane", "MD", 30, 300, 900, "EUR",
         "pike roe is small, yellow, salted grains at a few euros a jar; these 300 jars hold glossy, grey-black, "
         "3 mm grains with a nutty taste, from wild Danube sturgeon, at 3 EUR a jar: sturgeon caviar (Acipenser spp., "
         "CITES App. II) without CITES documents or the labelling code, in a car at Sculeni for a Iași restaurant; "
         "Romanian wording from Moldova (caviar repeats in many sets and a pike-roe label once; by road from "
         "Moldova is the new part)", firm("Restaurant Delta SRL", "RO")),
        ("WLF-05", "import", "CZAIR01", "air", "ZA", [], "CZ", "040719",
         "Fertilised quail eggs for incubation, 400 pcs", "ZA", 8, 400, 200, "USD",
         "quail hatching eggs are small, speckled brown and weigh 10 g; these 400 are white, 20 g, unspeckled and "
         "warm in a portable incubator, taken from wild nests: African grey parrot eggs (Psittacus erithacus, "
         "CITES App. I) without CITES documents, flown from Johannesburg to Prague for a bird breeder; South African "
         "English wording (parrot and raptor eggs repeat in a few sets and quail-egg labels in several, blind31, blind48 and blind76; to Prague by air freight "
         "is the new part)", firm("Voliéra Central s.r.o.", "CZ")),
        ("WLF-06", "import", "BEAIR01", "air", "UG", [], "BE", "050790",
         "Warthog tusks, cleaned, for craft, 40 kg", "UG", 40, 60, 800, "USD",
         "warthog tusks are curved, grooved and light-brown; these 60 are heavy, ridged, curved canines with an "
         "oval section and a lengthwise groove, and straight incisors: hippopotamus teeth (Hippopotamus amphibius, "
         "CITES App. II) without CITES documents, flown from Entebbe to Brussels for a carving workshop; Ugandan "
         "English wording (hippo teeth repeat in many sets and as warthog tusks from Uganda "
         "in blind5, to Hong Kong; kept as a known repeat, by air freight to Brussels is the new part)", firm("Atelier Horizon SA", "BE")),
        ("WLF-07", "export", "DEAIR01", "air", "DE", [], "US", "920290",
         "Akustikgitarren, gebraucht, Palisander (Dalbergia latifolia), 4 Stück", "DE", 10, 4, 60000, "EUR",
         "East Indian rosewood guitars have a straight, purple-brown grain; these four 1960s guitars have backs of "
         "chocolate-brown, spider-webbed, heavily figured wood that smells of roses when sanded: Brazilian rosewood "
         "(Dalbergia nigra, CITES App. I) exported from the Union without a pre-Convention certificate, flown from "
         "Frankfurt to a Nashville dealer; German wording (Dalbergia nigra repeats in several sets; vintage guitars "
         "declared as Indian rosewood for export are kept as a known family, by air to Nashville is the new part)",
         {"importer_country": "US"}),
        ("WLF-08", "transit", "BESEA01", "sea", "CM", ["BE"], "CN", "440839",
         "Placage d'okoumé, tranché, 18 t", "CM", 18000, None, 14000, "EUR",
         "okoumé veneer is pale pink, soft and light; these bundles are yellow-brown, darkening to olive, hard and "
         "fine, with a Dimako sawmill stamp: afrormosia (Pericopsis elata, CITES App. II) veneer without a CITES "
         "permit, landed at Antwerp in transit from Douala to Shanghai; Cameroonian French wording (afrormosia "
         "repeats in several sets and okoumé labels in a few; a transit through Antwerp is the new part)",
         {"importer_country": "CN"}),
        ("WLF-09", "import", "FRAIR01", "express", "MX", [], "FR", "670290",
         "Suculentas artificiales decorativas, 30 piezas", "MX", 1.5, 30, 90, "USD",
         "artificial succulents are plastic, even-coloured and light; these 30 are living, grey, star-shaped "
         "rosettes of thick tubercles on tap roots still coated with limestone grit, dug in Coahuila: wild "
         "Ariocarpus cacti (CITES App. I) without CITES documents, sent by express from Monterrey to a private "
         "collector in Nantes; Mexican Spanish wording (Ariocarpus repeats in several sets; as artificial "
         "succulents was found in no earlier row)", person("M. T. Dubois", "FR")),
        ("WLF-10", "import", "ATAIR01", "air", "TH", [], "AT", "670290",
         "ดอกกล้วยไม้ผ้าไหมประดิษฐ์, 200 ช่อ", "TH", 60, 200, 1200, "USD",
         "a Thai décor air shipment for a Vienna florist: silk orchids and rattan baskets are what such shops "
         "import, but the third item's 'bare-root ornamental bulbs' are 120 wild slipper orchids with mossy roots "
         "and no nursery tags, collected in Kanchanaburi: Paphiopedilum spp. (CITES App. I) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Bangkok; Thai wording "
         "(slipper orchids repeat in several sets; behind silk flowers by air to Austria is the new part)",
         dict(firm("Blumen Alpina GmbH", "AT"),
              _more_items=[item("460219", "ตะกร้าหวาย, 100 ใบ", "TH", 80, 400, "USD", qty=100),
                           item("060290", "หัวพันธุ์ไม้ประดับรากเปลือย, 120 ต้น", "TH", 6, 120, "USD", qty=120)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "JP", "DE", "282990",
     "Potassium perchlorate 99 %, 500 g, for a licensed private user (amateur pyrotechnics)", "JP", 0.5, 1, 6000,
     "JPY", [("PRECURSOR_LICENCE", "DE-BAFA-44-0088")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BGROAD01", "road", "TR", "BG", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (aquarium and pond care)", "TR", 2.2, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "BG-MVR-44-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "381519",
     "Spent hydroprocessing catalyst, Co-Mo on alumina (16 08 02*), for metal recovery at a licensed plant, 40 t", "NO",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "BE-VL-44-0052")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DERAIL01", "rail", "CH", "DE", "262019",
     "Electric-arc-furnace dust (10 02 07*), for Waelz zinc recovery at a licensed plant, 2 wagons", "CH", 110000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-44-0147")], "notified EAF dust to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "GB", "NL", "290376",
     "Halon 2402, recovered and reclaimed, 10 cylinders, for a critical use in armoured-vehicle fire suppression",
     "GB", 600, 10, 30000, "GBP", [("ODS_LICENCE", "NL-ILT-ODS-44-002")], "reclaimed halon 2402 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "IN", "NL", "290319",
     "1,1,1-Trichloroethane, 20 drums, for use as feedstock in HFC-143a synthesis", "IN", 5300, 20, 6000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-44-007")], "methyl chloroform imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970191",
     "Altarpiece panel, oil on poplar, Emilian school, about 1630, from a private collection", "IT", 38, 1, 240000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-44-0213")], "old-master painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "JP", "970610",
     "Twelve illuminated leaves from a book of hours, Paris, about 1460, documented collection", "FR", 1, 12, 85000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-44-0117")], "medieval manuscript leaves exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "JP", "900290",
     "Germanium lens assemblies for 8-12 µm thermal cameras, 40 units, for a Japanese camera maker", "FR", 12, 40,
     64000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-44-0391"), ("END_USER_CERTIFICATE", "JP-METI-EUC-44-0023")],
     "dual-use thermal-imaging optics under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATROAD01", "road", "AT", "CH", "900580",
     "Night-vision monoculars, third-generation image intensifiers, 6 units, for a cantonal police force", "AT", 5,
     6, 24000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-44-0102"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-44-0007")],
     "image-intensifier equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "JM", "NL", "030792",
     "Queen conch meat, frozen, within Jamaica's export quota, 6 t", "JM", 6000, None, 66000, "USD",
     [("CITES_PERMIT", "JM-NEPA-44-0036")], "App. II queen conch with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "express", "MX", "FR", "060290",
     "Ariocarpus seedlings, artificially propagated, registered nursery, 20 plants", "MX", 1, 20, 300, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-44-0219")], "App. I cacti artificially propagated, with their CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Private individual", "PRM-03": "Central Catalyst Recovery SA",
    "PRM-06": "Rivage Chemie BV", "PRM-11": "Atlantic Seafood BV", "PRM-12": "Jardin Horizon SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("330730", "Yuzu bath salts, sea salt with citrus oil, 500 g", "import", ["post"], ["JP"], (15, 30), (1, 4), ["USD", "JPY"], 2, S),
    ("330300", "Lemon cologne (kolonya) 80 %, 400 ml bottles", "import", ["road"], ["TR"], (3, 6), (2000, 6000), ["EUR"], 2, S),
    ("310520", "NPK 16-16-16 compound fertiliser, 25 kg bags", "import", ["road"], ["UA", "RS"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.04, S),
    ("283640", "Lye water (potassium carbonate solution) for noodles, 500 ml", "import", ["sea"], ["VN", "TH"], (1, 2), (2000, 6000), ["USD"], 2, S),
    ("291529", "Calcium magnesium acetate de-icer, 5 kg buckets", "import", ["rail"], ["CN"], (0.8, 1.5), (10000, 18000), ["USD"], 0.2, S),
    ("271019", "Citronella garden torch fuel, paraffin-based, 1 l", "import", ["road"], ["GB"], (2, 4), (3000, 8000), ["GBP", "EUR"], 1, S),
    ("283330", "Alum stone deodorant crystals", "import", ["post"], ["MA", "TH"], (10, 20), (1, 3), ["EUR"], 8, S),
    ("250100", "Pickling and canning salt, 3 lb box", "import", ["express"], ["US"], (3, 6), (1, 4), ["USD"], 0.7, S),
    ("210690", "Pomegranate molasses, 500 ml bottles", "import", ["sea"], ["EG", "LB", "TR"], (2, 4), (4000, 10000), ["EUR", "USD"], 1.5, S),
    ("291812", "Tartaric acid, food grade, 25 kg bags", "import", ["air"], ["IN", "IT"], (3, 5), (200, 1000), ["USD"], 0.04, S),
    ("271019", "Marine fuel oil RMG 380, ISO 8217", "export", ["sea"], ["TG", "SN"], (0.4, 0.6), (15000, 25000), ["EUR", "USD"], None, S),
    ("681182", "Fibre-cement corrugated roofing sheets, asbestos-free, new", "export", ["road"], ["UA", "MD"], (0.4, 0.8), (10000, 20000), ["EUR"], 0.1, S),
    ("382499", "Aluminium foundry flux, new, sealed bags", "export", ["rail"], ["RS"], (1, 2), (20000, 40000), ["EUR"], None, S),
    ("390761", "PET resin, bottle grade, virgin", "import", ["sea"], ["TR", "KR"], (1, 1.5), (15000, 25000), ["USD", "EUR"], None, S),
    ("851713", "Smartphones, refurbished, with 12-month warranty", "export", ["post"], ["CI", "SN"], (100, 200), (1, 3), ["EUR"], 5, S),
    ("850710", "Lead-acid car batteries, new", "export", ["sea"], ["AO", "MZ"], (3, 5), (4000, 10000), ["EUR"], 0.05, S),
    ("381400", "Industrial degreaser, modified alcohol", "import", ["sea"], ["IN", "US"], (2, 3), (6000, 12000), ["USD"], None, S),
    ("381900", "Brake fluid DOT 4, 1 l bottles", "import", ["rail"], ["UA", "CN"], (1.5, 3), (6000, 14000), ["EUR", "USD"], 1, S),
    ("860900", "Reefer containers 40 ft, new, CO2 refrigerant", "export", ["sea"], ["EC", "CR"], (4, 8), (20000, 40000), ["EUR"], 0.0002, S),
    ("340290", "Ski-goggle anti-fog spray, alcohol-based, 100 ml", "import", ["express"], ["JP", "KR"], (20, 40), (1, 3), ["USD", "JPY"], 8, S),
    ("392020", "Biodegradable mulch film for strawberries", "import", ["sea"], ["IL", "ES"], (2, 4), (4000, 10000), ["USD", "EUR"], None, S),
    ("271112", "Propane (R-290), refrigerant grade, cylinders", "import", ["road"], ["RS"], (1.5, 3), (2000, 6000), ["EUR"], None, S),
    ("290219", "Cyclopentane, foam blowing agent", "import", ["sea"], ["CN", "KR"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("841850", "Refrigerated display cases, R-290 charge", "import", ["road"], ["TR"], (4, 8), (2000, 6000), ["EUR"], 0.01, S),
    ("830629", "Antique-style bronze tripod replicas, new cast", "import", ["air"], ["CN"], (10, 20), (50, 300), ["USD"], 0.1, S),
    ("491191", "Printed reproductions of Cusco-school paintings, framed", "import", ["sea"], ["PE"], (8, 15), (500, 2000), ["USD"], 0.5, S),
    ("830629", "Nickel-silver (alpaca) souvenir plates, new", "import", ["express"], ["BO", "PE"], (20, 40), (1, 3), ["USD"], 3, S),
    ("491191", "Facsimile leaves of a book of hours, printed", "export", ["air"], ["JP", "US"], (40, 80), (5, 30), ["EUR"], 20, S),
    ("681099", "Mosaic table tops, new, marble cubes on board", "import", ["sea"], ["TR", "LB"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.03, S),
    ("691390", "Painted ceramic vases, new craft", "import", ["air"], ["GT", "MX"], (8, 15), (50, 300), ["USD"], 1, S),
    ("080410", "Zahdi dates, 5 kg cartons", "import", ["sea"], ["IQ", "TN"], (1.5, 3), (2000, 8000), ["USD", "EUR"], 0.2, S),
    ("732190", "Pellet-stove control boards, OEM spare parts", "export", ["express"], ["KZ", "GE"], (80, 150), (1, 4), ["EUR"], 4, S),
    ("840790", "RC model aircraft engines, 2-stroke, 20 cc", "export", ["air"], ["AE", "US"], (60, 120), (20, 100), ["EUR"], 0.5, S),
    ("900290", "Camera lens elements, visible light, spare parts", "export", ["air"], ["RS", "GB"], (50, 100), (5, 30), ["EUR"], 2, S),
    ("843290", "Farm-machinery spare parts, tines and blades", "export", ["road"], ["UA", "RS"], (4, 8), (2000, 8000), ["EUR"], None, S),
    ("870340", "Used hybrid cars, 8-10 years old", "export", ["sea"], ["GE", "AM"], (6, 12), (6000, 14000), ["EUR"], 0.0006, S),
    ("900580", "Binoculars 10x42, roof prism", "export", ["post"], ["RS", "NO"], (100, 200), (1, 3), ["EUR"], 1, S),
    ("330790", "Bakhoor incense, perfumed wood-free tablets", "import", ["post"], ["AE", "ID"], (20, 40), (1, 4), ["USD"], 4, S),
    ("670290", "Artificial succulents, plastic, decorative", "import", ["express"], ["CN", "MX"], (15, 30), (1, 4), ["USD"], 20, S),
    ("920290", "Acoustic guitars, new, laminated spruce and mahogany", "export", ["air"], ["US", "JP"], (40, 80), (20, 100), ["EUR"], 0.4, S),
    ("460212", "Rattan baskets, new", "import", ["air"], ["TH", "ID"], (6, 12), (50, 300), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96 and blind104, blind80's everyday rows (blind72's, with blind80's own rows),
# with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered wooden dining chairs", "import", ["sea"], ["VN", "MY"], (4, 8), (3000, 8000), ["USD"], 0.15, N),
        ("420212", "Trolley suitcases, polycarbonate shell", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 0.25, N),
        ("481910", "Corrugated cardboard boxes, flat-packed", "import", ["road"], ["TR", "UA"], (0.8, 1.5), (8000, 20000), ["EUR"], None, N),
        ("950300", "Wooden toy puzzles", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind108", 20440301, HERE)


if __name__ == "__main__":
    main()
