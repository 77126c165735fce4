#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-first blind set (tests/risk/data/blind281-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2073, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: garden centres, landscaping and
nurseries' hard goods (garden centres and their suppliers, landscapers and paving contractors,
nurseries' sundries, pot, tool and ornament importers, irrigation and water-feature firms).
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
only where a real declaration would. Ids are BL281-*:

    python3 tests/risk/data/make_blind281_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2073, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2073
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLAIR01", "express", "CN", [], "PL", "340290",
         "花岗岩铺路石及露台氧化清洁剂, 1升 x 8瓶", "CN", 9.1, 8, 160, "CNY",
         "an oxygen patio and paving cleaner is a percarbonate powder or a 5-8 % peroxide liquid with a wetting "
         "agent that foams on the stone; these eight litre bottles hold a water-clear, non-foaming liquid of 1.13 "
         "kg/l with vented caps that whitens the fingers and fizzes on rust: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from Xiamen to a private person in Kraków who sells 'patio restoring' to "
         "neighbours; Chinese wording (hydrogen peroxide repeats in many sets and patio labels in a few on other "
         "goods; a granite paving oxygen-cleaner label on peroxide was found in no earlier row by a keyword search)",
         person("Tomasz Wójcik", "PL")),
        ("PRE-02", "import", "FIAIR01", "air", "TH", [], "FI", "381190",
         "สารเพิ่มค่าออกเทนสำหรับเครื่องตัดแต่งพุ่มไม้และเครื่องเป่าใบไม้ 1 ลิตร 36 ขวด", "TH", 41, 36, 300, "USD",
         "the fuel additives sold for garden two-stroke tools are stabilisers of a few per cent in a light naphtha "
         "(0.78 kg/l, smells of petrol); these 36 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l and "
         "the drum label under the sticker reads 'CH3NO2', for a Tampere garden-machinery dealer whose web shop sells "
         "the bottles to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the "
         "public, flown from Bangkok to Helsinki; Thai wording (nitromethane repeats in many sets and two-stroke "
         "labels in many; kept as a repeat, a hedge-trimmer and leaf-blower octane-booster label from Thailand is "
         "the new part as far as a search found)", firm("Nordhafen Puutarhakoneet Oy", "FI")),
        ("PRE-03", "import", "ESSEA01", "sea", "MA", [], "ES", "340290",
         "Nettoyant détartrant pour goutteurs d'irrigation, bidons 5 l, 600 bidons", "MA", 5520, 600, 2400, "EUR",
         "the descalers nurseries run through drip lines are citric or phosphoric blends of about 1.1 kg/l with a "
         "dye; these 600 cans hold a colourless, oily liquid of 1.84 kg/l that grows hot with water and chars the "
         "pallet where it leaked, for an Almería irrigation-supply shop that sells the cans over the counter to "
         "allotment holders: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Tanger Med to Algeciras; Moroccan French wording (sulphuric acid repeats in many sets "
         "and drip labels in many; an emitter-descaler label from Morocco is the new part as far as a search found)",
         firm("Rivage Riegos SL", "ES")),
        ("PRE-04", "import", "NLAIR01", "air", "IN", [], "NL", "250590",
         "पेविंग जोड़ों के लिए पॉलिमरिक जॉइंटिंग रेत, 1 किग्रा, 500 पैकेट", "IN", 500, 500, 600, "USD",
         "polymeric jointing sand for block paving is a buff or grey quartz sand with a binder that sets when "
         "wetted; these 500 packets hold a white, crystalline powder that dissolves slowly, flares with sugar on a "
         "hot plate and whose inner liners read 'KClO4', for a Utrecht landscaping web shop selling the packets to "
         "anyone: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Chennai to Amsterdam; Hindi wording (potassium perchlorate repeats in many sets; a jointing-sand label "
         "was found in no earlier row by a keyword search)", firm("Horizon Bestrating BV", "NL")),
        ("PRE-05", "import", "HRSEA01", "sea", "EG", [], "HR", "340600",
         "بلورات حافظة للماء لأحواض الزهور، أكياس 25 كغ، 440 كيس", "EG", 11000, 440, 3300, "USD",
         "water-storing crystals for planters are a polyacrylate that swells into a clear jelly and never "
         "dissolves; these 440 sacks hold white prills that turn ice-cold and vanish in water, test at 34 % N and "
         "fume on a hot plate, for a Split garden centre that re-packs them in 1 kg tubs for the public: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Alexandria to "
         "Ploče; Egyptian Arabic wording (ammonium nitrate repeats in many sets and a water-retaining label once, "
         "blind97; a water-storing planter-crystal label to Croatia is the new part as far as a search found)",
         firm("Delta Vrtni Centar d.o.o.", "HR")),
        ("PRE-06", "import", "ATPOST01", "post", "RS", [], "AT", "380893",
         "Granule za uklanjanje panjeva, 4 x 500 g", "RS", 2.0, 4, 30, "EUR",
         "stump-remover granules are potassium nitrate, a white salt that burns only with fuel and cools in water; "
         "these four tubs hold white crystals that flare with sugar on a match and whose inner bags read 'NaClO3': "
         "sodium chlorate (Annex I above 40 %), posted from Niš to a private person in Graz; Serbian Latin wording "
         "(sodium chlorate repeats in many sets and stump-remover labels in several, kept as a repeat of the label; "
         "by post from Serbia to Austria is the new part as far as a search found)", person("Herr J. Gruber", "AT")),
        ("PRE-07", "import", "DEAIR01", "air", "TW", [], "DE", "381010",
         "不鏽鋼水景噴泉鈍化清洗劑, 1公升, 96瓶", "TW", 134, 96, 480, "USD",
         "the cleaners for stainless-steel water walls and fountain bowls are citric pastes or weak gels of about "
         "1.1 kg/l; these 96 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat a copper "
         "wire, for a Hanover water-feature installer's web shop that sells them to the public: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Taoyuan to Frankfurt; Chinese "
         "wording from Taiwan (nitric acid repeats in many sets and passivating labels in several, blind211, "
         "blind226, blind265; a fountain-bowl label on it is the new part as far as a search found)",
         firm("Vega Wasserspiele GmbH", "DE")),
        ("PRE-08", "import", "ITSEA01", "sea", "CN", [], "IT", "282590",
         "Polvere bianca per tracciatura campi sportivi e aiuole, sacchi 25 kg, 720 sacchi", "CN", 18000, 720, 5400,
         "USD",
         "line-marking powder for sports turf and bed layouts is chalk or dolomite, a soft, tasteless white powder "
         "that fizzes in acid; these 720 sacks hold shiny flakes that crackle and spit violet sparks on a hot iron, "
         "with the maker's sheet giving CAS 3811-04-9, for a Verona landscaping supplier that re-bags it in 1 kg "
         "packs: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Qingdao to La Spezia; Italian wording (potassium chlorate repeats in many sets and line-marking labels "
         "twice, blind65 and blind193; kept as a repeat, a turf-and-bed marking label is the new part)",
         firm("Alpina Giardini Forniture Srl", "IT")),
        ("PRE-09", "import", "BEAIR01", "air", "VN", [], "BE", "382499",
         "Chất tẩy vết muối trắng (vôi hoa) cho gạch lát sân vườn, gói 1 kg, 300 gói", "VN", 300, 300, 420, "USD",
         "efflorescence removers for paving are acidic liquids or sulphamic powders that fizz on lime; these 300 "
         "packets hold a soft, white, hygroscopic powder that dissolves at once, turns damp in the air and burns "
         "fiercely with sugar, for a Ghent paving-contractors' supplier that sells the packets over the counter: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Hanoi to "
         "Brussels; Vietnamese wording (sodium perchlorate repeats in many sets and efflorescence labels in three, "
         "blind103, blind195, blind245; a garden-paving salt remover on it is the new part as far as a search found)",
         firm("Central Tuinbestrating BV", "BE")),
        ("PRE-10", "import", "SKROAD01", "road", "UA", [], "SK", "340290",
         "Очищувач і освітлювач для терасної дошки, концентрат, каністри 10 л, 300 каністр (2-а з 3 відправок)",
         "UA", 3600, 300, 2400, "EUR",
         "the decking brighteners landscapers use are oxalic or percarbonate products of about 1.05 kg/l; these "
         "300 cans hold a water-clear liquid of 1.20 kg/l with vented caps that whitens the skin and fizzes on rust, "
         "the second of three vans booked that week each kept under 4 t, for a Košice garden-building merchant that "
         "sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members "
         "of the public, at Vyšné Nemecké; Ukrainian wording (hydrogen peroxide repeats in many sets, decking labels "
         "in several and splits over vans in blind264 and blind280; a decking-brightener concentrate from Ukraine is "
         "the new part as far as a search found)", firm("Orion Záhradné Stavby s.r.o.", "SK")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "850760",
         "Accu's voor robotmaaiers, nieuw, 6.000 stuks", "NL", 4200, 6000, 12000, "EUR",
         "new robotic-mower batteries come boxed, charged to storage level, with date codes; these gaylords hold "
         "packs pulled from mowers returned to a Dutch garden-machinery dealer's workshop, swollen, wet from lawns, "
         "with cracked housings and at 0 V: waste lithium-ion batteries (hazardous, and e-waste under the Basel "
         "amendments), whose export to a non-OECD country is banned, from Rotterdam to Lagos; Dutch wording "
         "(lithium batteries repeat in many sets and robotic mowers twice, blind155 and blind190; a "
         "new-battery label on a dealer's returned mower packs is the new part as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "MY", "391723",
         "Tropfschläuche für Gewächshausbewässerung, gebraucht, gereinigt, 24 t", "DE", 24000, None, 2400, "EUR",
         "cleaned used drip hose for reuse would be rolled, washed and of one kind; these bales hold tangled, "
         "soil-caked drip lines, clips, stakes, substrate bags, torn fleece and pot fragments from a Lower Saxony "
         "nursery's clearance, dark with peat and fertiliser salts: mixed, contaminated plastic waste (Y48, "
         "not the clean single-polymer entry B3011), whose export to a non-OECD country needs a notification it did "
         "not have, from Hamburg to Port Klang; German wording (drip tape repeats in several sets, blind140, "
         "blind142, blind221, blind230, blind273; kept as a repeat, a nursery's mixed clearance to Malaysia is the "
         "new part as far as a search found)", {"importer_country": "MY"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "GH", "940179",
         "Tuinmeubelen, aluminium, gebruikt, 300 stuks", "BE", 3000, 300, 3000, "EUR",
         "a used garden-furniture container for Accra: aluminium chairs and terracotta pots are what Antwerp "
         "traders ship to the Kaneshie dealers, but the third item's 'elektrisch tuingereedschap, gebruikt' are 600 "
         "hedge trimmers, strimmers and electric mowers from a garden centre's returns cage, broken, with their "
         "packs still in: waste electrical equipment with lithium batteries (e-waste, A1180), whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; Flemish wording (e-waste "
         "behind used goods repeats in many sets; behind garden furniture and pots is the new part as far as a "
         "search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("691390", "Terracotta bloempotten, gebruikt, 800 stuks", "BE", 2400, 800, "EUR", qty=800),
                           item("846781", "Elektrisch tuingereedschap, gebruikt, 600 stuks", "BE", 2700, 1800, "EUR", qty=600)])),
        ("WST-04", "export", "FRROAD01", "road", "FR", [], "ES", "440399",
         "Bois de récupération pour potagers surélevés, 22 t", "FR", 22000, None, 1100, "EUR",
         "a neighbour-to-neighbour movement dressed as reuse: reclaimed raised-bed timber would be clean, sawn "
         "softwood; these bundles are green-stained, arsenic-smelling CCA posts, pergola beams and edging boards "
         "torn out by a Bordeaux landscaping contractor, tested at 0.4 % arsenic: waste wood containing hazardous "
         "substances (17 02 04*), moved without the prior notification and consent the EU waste shipment rules "
         "require for hazardous waste between Member States, to a Girona 'pallet maker' that burns it; French "
         "wording (treated wood repeats in many sets; a raised-bed label was found in no earlier row by a keyword "
         "search)", firm("Meridian Paisajismo SL", "ES")),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TZ", "940542",
         "Lampade solari da giardino a LED, nuove, 40.000 pezzi", "IT", 6000, 40000, 8000, "EUR",
         "new solar garden lights come in printed boxes with a sealed NiMH cell; these cartons hold returned, "
         "cracked and corroded lights from a Bologna garden-centre chain's seasonal clear-out, cells leaking, "
         "panels broken: waste electrical equipment with batteries (e-waste), whose export to a non-OECD country is "
         "banned, from Genoa to Dar es Salaam; Italian wording (solar garden lights twice, blind136 and blind239, on "
         "other goods; solar lights as e-waste to Tanzania are the new part as far as a search found)",
         {"importer_country": "TZ"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "310590",
         "Nawóz płynny do trawników, NPK, mauzery, 20 t", "PL", 20000, 20, 3000, "EUR",
         "liquid lawn feed is a clear, green-dyed NPK solution with a label and batch; these 20 IBCs hold a "
         "brown, smelly, layered mix decanted from a bankrupt Lublin garden centre's stock of expired and banned "
         "weed and moss killers, with pesticide drums found in the next truck: obsolete pesticides (02 01 08*, "
         "Y4), hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk 'fertiliser "
         "dealer'; Polish wording (obsolete pesticides repeat in many sets and fertiliser labels in many; a "
         "garden centre's stock as lawn feed is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "MA", "681182",
         "Floreiras de fibrocimento, usadas, 1.200 peças", "PT", 18000, 1200, 2400, "EUR",
         "fibre-cement planters sold today are cellulose-fibre, asbestos-free; these 1,200 grey troughs and bowls "
         "from a Porto nursery's clearance are old Eternit-type pieces, dusty where chipped, and the laboratory "
         "finds chrysotile: asbestos-containing waste (17 06 05*, Y36), hazardous waste whose export to a non-OECD "
         "country is banned, from Leixões to Casablanca; Portuguese wording (asbestos repeats in many sets and "
         "planters in several; asbestos planters from a nursery are the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-08", "export", "DKSEA01", "sea", "DK", [], "KE", "940541",
         "Vækstlamper til gartneri, brugte, funktionsdygtige, 3.000 stk.", "DK", 24000, 3000, 9000, "EUR",
         "working used grow lamps would be LED fixtures, tested, with the lamps boxed; these crates hold 600 W "
         "high-pressure sodium and metal-halide lamps and ballasts stripped from an Odense nursery's glasshouses, "
         "many broken, loose in the fittings: waste lamps containing mercury (20 01 21*, A1180), hazardous waste "
         "whose export to a non-OECD country is banned, from Aarhus to Mombasa for a 'flower farm supplier'; Danish "
         "wording (grow lights twice, blind99 and blind273; HPS lamps from a nursery to Kenya are the new part as "
         "far as a search found)", {"importer_country": "KE"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "LY", "401220",
         "Ελαστικό τρίμμα για παιδικές χαρές και κήπους, 26 t", "GR", 26000, None, 1300, "EUR",
         "rubber mulch for playgrounds is clean, coloured, wire-free granulate in bags; these bales hold whole "
         "and half-cut car and lorry tyres with steel cord, mud and water inside, from an Athens landscaping "
         "contractor's yard: waste tyres, which may go to a non-OECD country only with its consent and were sent "
         "without, from Piraeus to Benghazi; Greek wording (rubber mulch repeats in four sets, blind115, blind116, "
         "blind117, blind261, kept as a repeat; to Libya is the new part as far as a search found)",
         {"importer_country": "LY"}),
        ("WST-10", "export", "SEROAD01", "road", "SE", ["NO"], "RU", "842959",
         "Minigrävare, begagnad, 1 st.", "SE", 2800, 1, 6000, "EUR",
         "a used mini-excavator for sale starts, runs and is drained for shipping; this one is a burnt-out wreck from "
         "a Luleå landscaper's fire, with its hydraulic oil, cracked battery and engine oil still in, bought as "
         "scrap by a Murmansk yard: a waste end-of-life machine with oils and a lead-acid battery (hazardous), whose "
         "export to a non-OECD country is banned, and machinery whose export to Russia is forbidden, on a lorry "
         "through Norway; Swedish wording (excavators repeat in several sets; a landscaper's mini-excavator was "
         "found in no earlier row by a keyword search)", {"importer_country": "RU"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "TR", [], "NL", "281121",
         "Sera CO2 gübreleme tüpleri, 20 kg, 160 adet", "TR", 3200, 160, 4800, "USD",
         "CO2 for greenhouse enrichment comes in tall grey cylinders at 57 bar with a certificate; these 160 "
         "cylinders read 2 bar at 20 °C, a drop of the contents boils off with a faint sweet smell, and the crate "
         "holds injection probes for soil: methyl bromide, whose import into the Union is banned (no quarantine "
         "exemption remains), by sea from Mersin to Rotterdam for a Westland nursery-sundries trader; Turkish "
         "wording (methyl bromide repeats in many sets and a CO2-enrichment label once, blind129; kept as a repeat, "
         "greenhouse CO2 cylinders from Türkiye are the new part as far as a search found)",
         firm("Rivage Kassenbenodigdheden BV", "NL")),
        ("OZN-02", "import", "CZAIR01", "air", "CN", [], "CZ", "390950",
         "人造假山瀑布聚氨酯发泡套件, 双组份, 24套", "CN", 480, 24, 2400, "USD",
         "the foam kits water-feature builders use for artificial rock are water-blown or HFO-blown polyurethane "
         "systems with a data sheet; these 24 kits' B-side drums boil in the warm hand at 32 °C and the "
         "filler's label reads '141b': polyol systems pre-blended with HCFC-141b, whose import into the Union is "
         "banned, flown from Guangzhou to Prague for a rockwork and pond builder; Chinese wording (HCFC-141b in "
         "polyols repeats in many sets; an artificial-rock foam kit was found in no earlier row by a keyword search)",
         firm("Horizon Umělé Skály s.r.o.", "CZ")),
        ("OZN-03", "import", "ESSEA01", "sea", "IN", [], "ES", "841989",
         "Deshumidificadores para invernaderos de vivero, 40 unidades", "IN", 7200, 40, 28000, "USD",
         "greenhouse dehumidifiers sold in the Union run on R-290 or R-32 with a rating plate to prove it; these "
         "40 cabinets' plates read 'R-22' under a new sticker and a leak detector names HCFC-22: equipment relying "
         "on HCFCs, whose import into the Union is banned, by sea from Mundra to Valencia for a nursery-equipment "
         "dealer; Spanish wording (dehumidifiers with HCFC-22 repeat in many sets, kept as a repeat of the good; "
         "greenhouse units from India are the new part as far as a search found)",
         firm("Atlantic Viveros Equipamiento SL", "ES")),
        ("OZN-04", "import", "FRSEA01", "sea", "EG", [], "FR", "842410",
         "طفايات حريق للجزازات الراكبة، 2 كغ، 300 قطعة", "EG", 900, 300, 3000, "USD",
         "the small extinguishers fitted to ride-on mowers and compact tractors are dry-powder or foam units; "
         "these 300 hiss when shaken, their gauge reads 10 bar, and the contents vanish into a sweet gas, with 'BCF' "
         "stamped under the label: halon 1211 in portable extinguishers, products whose import into the Union is "
         "banned, by sea from Alexandria to Marseille for a grounds-care machinery dealer; Egyptian Arabic wording "
         "(halon 1211 repeats in many sets and ride-on labels twice, blind202 and blind219, on other goods; "
         "mower extinguishers are the new part as far as a search found)", firm("Orion Motoculture SARL", "FR")),
        ("OZN-05", "import", "IEAIR01", "air", "JP", [], "IE", "381400",
         "剪定ばさみ・高枝のこ用ヤニ取りクリーナー, 500 ml x 120本", "JP", 95, 120, 180000, "JPY",
         "sap and resin cleaners for secateurs and pruning saws are citrus or glycol solvents of 0.85-1.0 kg/l "
         "that smell of orange; these 120 bottles weigh 1.59 kg/l, do not burn and smell like chloroform: carbon "
         "tetrachloride, whose import into the Union is banned, flown from Osaka to Dublin for a tree-surgery "
         "supplier; Japanese wording (carbon tetrachloride repeats in many sets and resin-cleaner labels in three, "
         "blind69, blind92, blind210; a secateur sap cleaner was found in no earlier row by a keyword search)",
         firm("Central Arb Supplies Ltd", "IE")),
        ("OZN-06", "transit", "SISEA01", "sea", "CN", ["SI"], "BA", "350691",
         "Ljepilo za EPDM foliju za jezerca, otapalo, 80 bačava", "CN", 17000, 80, 11000, "USD",
         "pond-liner seam adhesives are synthetic-rubber cements in hexane or toluene (0.8 kg/l, flammable); "
         "these 80 drums weigh 1.32 kg/l, do not burn, smell sweetly of chloroform and the heads are stamped "
         "'1,1,1-TCA': methyl chloroform, moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Koper in transit from Ningbo to a Sarajevo pond-building firm; Bosnian wording "
         "(methyl chloroform repeats in several sets and a pond-liner label once, blind64; kept as a repeat, a "
         "transit through Koper to Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("OZN-07", "import", "ROROAD01", "road", "MD", [], "RO", "380891",
         "Spray congelant pentru cuiburi de viespi, 400 ml, 1.200 bucăți", "MD", 580, 1200, 1800, "EUR",
         "wasp-nest freezer sprays are propane-butane or CO2 aerosols that burn or hiss; these 1,200 cans do not "
         "burn at the nozzle, frost the glass at once and a leak detector names CFC-12, with 'Ф-12' on old cans "
         "in the same pallet: dichlorodifluoromethane in aerosols, products whose import into the Union is banned, "
         "in a van at Sculeni for a Iași garden centre; Romanian wording from Moldova (CFC-12 aerosols repeat in "
         "many sets and wasp labels in four, blind65, blind224, blind241, blind252; kept as a repeat, from Moldova "
         "by road is the new part as far as a search found)", firm("Vega Grădina SRL", "RO")),
        ("OZN-08", "import", "HUROAD01", "road", "RS", [], "HU", "382600",
         "Rügyfakadás előtti lemosó permetezőszer kertészeteknek, 200 l hordó, 30 db", "RS", 9600, 30, 6000, "EUR",
         "dormant-season winter washes are paraffin-oil emulsions of about 0.85 kg/l that go milky in water; these "
         "30 drums weigh 1.59 kg/l, do not mix with water, smell of chloroform and do not burn: carbon "
         "tetrachloride as bulk solvent, whose import into the Union is banned, on a lorry at Röszke for a Szeged "
         "nursery supplier; Hungarian wording (carbon tetrachloride repeats in many sets; a winter-wash label was "
         "found in no earlier row by a keyword search)", firm("Delta Kertészeti Kft.", "HU")),
        ("OZN-09", "export", "BESEA01", "sea", "BE", [], "SN", "841869",
         "Chambres froides démontables de pépinière, d'occasion, 12 unités", "BE", 14000, 12, 12000, "EUR",
         "used cold rooms from a Flemish nursery that stored bare-root stock, for a Dakar horticultural "
         "exporter: panels and units on R-404A or R-290 are what may be exported, but these 12 condensing units "
         "are 1980s machines charged with R-502 and R-12, their plates still reading so: equipment relying on and "
         "containing CFCs, whose export from the Union is banned (Regulation 2024/590), from Antwerp to Dakar; "
         "Belgian French wording (cold rooms with CFCs repeat in many sets, kept as a repeat; a nursery's "
         "bare-root stores to Senegal are the new part as far as a search found)", {"importer_country": "SN"}),
        ("OZN-10", "import", "LTAIR01", "express", "KZ", [], "LT", "820140",
         "Секаторы и пилы садовые, 40 шт.", "KZ", 9, 40, 400, "USD",
         "an express parcel for a Kaunas garden shop: secateurs and pruning saws are what the Almaty supplier "
         "sends, but the second item's 'очиститель лезвий' are twelve 500 ml cans of a blade cleaner that boils "
         "in the hand at 32 °C, does not burn and reads HCFC-141b: 1,1-dichloro-1-fluoroethane in a product whose "
         "import into the Union is banned, hidden as the second item of a two-item declaration; Russian wording "
         "from Kazakhstan (HCFC-141b repeats in many sets; a blade cleaner behind secateurs was found in no earlier "
         "row by a keyword search)",
         dict(firm("Nordhafen Sodo Įrankiai UAB", "LT"),
              _more_items=[item("381400", "Очиститель лезвий, 500 мл, 12 шт.", "KZ", 7, 36, "USD", qty=12)])),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "TN", [], "FR", "680293",
         "Meules décoratives en pierre pour jardin, reproductions, 6 pièces", "TN", 2400, 6, 900, "EUR",
         "reproduction garden millstones are new, sawn and machine-dressed discs; these six are worn basalt "
         "hourglass mills and catillus halves of the Pompeian type with iron-socket scars and earth in the "
         "grooves: Roman donkey mills (2nd-4th century) taken from a Tunisian site, archaeological objects whose "
         "export Tunisia forbids, brought in without the import licence Regulation 2019/880 requires, by sea from "
         "Sfax to Marseille for a garden-antiques yard; Tunisian French wording (millstones repeat in four sets, "
         "blind117, blind213, blind221, blind278, kept as a repeat of the good; Pompeian mills from Tunisia are the "
         "new part as far as a search found)", firm("Meridian Pierres de Jardin SARL", "FR")),
        ("CUL-02", "import", "NLSEA01", "sea", "CN", [], "NL", "680293",
         "景观石柱 (拴马桩), 仿古, 8根", "CN", 4800, 8, 1600, "USD",
         "the 'horse-tethering posts' sold for Chinese-style gardens are new granite posts with a carved lion or "
         "rider on top; these eight are weathered bluestone posts with rider and monkey finials worn smooth by "
         "ropes, lichen in the cracks and the rope grooves of centuries: Ming and Qing hitching posts from Shaanxi "
         "courtyards, cultural relics whose export China forbids, brought in without an import licence (Regulation "
         "2019/880), by sea from Tianjin to Rotterdam for a landscaping firm; Chinese wording (a tethering-post "
         "label was found in no earlier row by a keyword search)", firm("Orion Tuinarchitectuur BV", "NL")),
        ("CUL-03", "import", "HRROAD01", "road", "BA", [], "HR", "680293",
         "Kamene ploče za stazice u vrtu, rustikalne, 40 komada", "BA", 9000, 40, 800, "EUR",
         "rustic garden stepping slabs are split limestone of even thickness; these 40 are carved limestone slabs "
         "and blocks with spirals, crescents, hunting and kolo scenes in low relief, some with a Cyrillic "
         "(bosančica) inscription: stećci, medieval tombstones of Bosnia and Herzegovina (12th-16th century), "
         "national monuments whose export is forbidden, brought in without an import licence (Regulation 2019/880), "
         "on a lorry at Bijača for a Makarska landscaping firm; Croatian and Bosnian wording (gravestones repeat in "
         "several sets and stepping-stone labels twice, blind136, blind190; stećci as stepping slabs are the new "
         "part as far as a search found)", firm("Delta Krajobrazi d.o.o.", "HR")),
        ("CUL-04", "import", "DEAIR01", "air", "IN", [], "DE", "680293",
         "बगीचे के लिए बलुआ पत्थर की सजावटी स्क्रीन, 12 पीस", "IN", 1800, 12, 2400, "USD",
         "sandstone garden screens are new, machine-pierced panels in repeat patterns; these 12 are weathered, "
         "hand-pierced jali panels and bracket figures with iron cramp holes and lime mortar on the edges, cut from "
         "a Rajasthan temple's mandapa: religious architecture removed from India against its Antiquities and Art "
         "Treasures Act, whose import Regulation 2019/880 (Article 3(1)) forbids, flown from Delhi to Munich for a "
         "garden centre; Hindi wording (jali repeats in several sets, kept as a repeat of the good; a "
         "garden-screen label to a garden centre is the new part as far as a search found)",
         firm("Alpina Gartenwelt GmbH", "DE")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "681599",
         "Fioriera in pietra ricostruita, stile veneziano, 1 pezzo", "IT", 1600, 1, 1200, "EUR",
         "a reconstituted-stone planter is cast, even and light grey; this is a carved Istrian-stone well-head "
         "(vera da pozzo) with Gothic arcading, a worn family shield and rope grooves on the rim, taken from a "
         "Venetian courtyard: a cultural good over 50 years old and above the value threshold, exported without the "
         "EU export licence (Regulation 116/2009) and the Italian certificate, on a lorry at Chiasso for a Lugano "
         "collector's garden; Italian wording (Venetian well-heads repeat in several sets, blind62, blind190, kept as "
         "a repeat of the good; a reconstituted-stone planter label is the new part)", {"importer_country": "CH"}),
        ("CUL-06", "export", "DEROAD01", "road", "DE", [], "CH", "681099",
         "Gartenfigur, Sandstein, Nachguss, 2 Stück", "DE", 900, 2, 600, "EUR",
         "cast garden figures are new, sharp-edged reconstituted stone; these two are weathered, lichened "
         "sandstone putti of the Four Seasons with iron dowels in the bases and a sculptor's mark, taken from a "
         "Franconian Baroque palace garden: sculptures over 50 years old and above the value threshold, exported "
         "without the EU export licence (Regulation 116/2009), on a lorry at Basel for a Zurich dealer; German "
         "wording (garden statues repeat in many sets, kept as a repeat of the good; Baroque putti as cast copies "
         "to Switzerland are the new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-07", "import", "ESAIR01", "air", "MX", [], "ES", "251690",
         "Piedra volcánica para jardinería, bloques decorativos, 3 piezas", "MX", 600, 3, 300, "USD",
         "volcanic rock for landscaping is porous, red or black tezontle, rough all over; these three are "
         "carved basalt blocks with a feathered serpent head, glyphs and a fragment of a calendar sign, with "
         "stucco in the cuts: Aztec sculptures dug in the Valley of Mexico, archaeological heritage of the nation "
         "whose export Mexico forbids, brought in without an import licence (Regulation 2019/880), flown from Mexico "
         "City to Madrid for a landscape designer; Mexican Spanish wording (lava labels repeat in many sets; Aztec "
         "carvings as garden volcanic rock are the new part as far as a search found)",
         firm("Vega Paisajes SL", "ES")),
        ("CUL-08", "transit", "NLAIR01", "air", "LB", ["NL"], "US", "681099",
         "Mosaic stepping stones for gardens, cement, 10 pcs", "LB", 240, 10, 200, "USD",
         "mosaic garden stepping stones are new cement discs set with glass tiles; these ten are panels of a "
         "Roman floor mosaic cut into squares and backed with fresh cement, with hunting scenes and a Greek "
         "inscription, tesserae of stone with ancient lime mortar: a Late Roman mosaic looted in Syria, whose "
         "import Regulation 36/2012 forbids, landed at Schiphol in transit from Beirut to a Houston dealer with a "
         "Lebanese origin; English wording (Syrian mosaics repeat in many sets, kept as a repeat; a garden "
         "stepping-stone label in transit through Amsterdam is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "DESEA01", "sea", "TR", [], "DE", "680291",
         "Mermer bahçe yalağı, eskitme, 1 adet", "TR", 3200, 1, 1500, "EUR",
         "an aged marble garden trough is a new block with a distressed finish; this is a strigilated marble "
         "chest of a Roman sarcophagus with garland reliefs, a broken Greek inscription and root marks inside, "
         "dug near Aphrodisias: an archaeological object whose export Türkiye forbids, brought in without the import "
         "licence Regulation 2019/880 requires, by sea from Izmir to Hamburg for a garden-antiques dealer; Turkish "
         "wording (sarcophagi repeat in several sets, kept as a repeat of the good; a garden-trough label was found "
         "in no earlier row by a keyword search)", firm("Nordhafen Gartenantik GmbH", "DE")),
        ("CUL-10", "import", "BEAIR01", "air", "KH", [], "BE", "442199",
         "Wooden plant stands, Khmer style, 20 pcs", "KH", 320, 20, 600, "USD",
         "a Phnom Penh garden-décor air shipment for a Brussels garden centre: wooden plant stands and "
         "stoneware pots are what the supplier sends, but the third item's 'sandstone garden head' is a Baphuon-"
         "style sandstone Buddha head with a sawn neck and lichen, hacked from a temple at Koh Ker: a cultural "
         "object removed from Cambodia against its export ban, whose import Regulation 2019/880 (Article 3(1)) "
         "forbids, hidden as the last item of a three-item declaration; Cambodian English wording (Khmer heads "
         "repeat in many sets; behind plant stands and pots is the new part as far as a search found)",
         dict(firm("Central Jardinerie SA", "BE"),
              _more_items=[item("691200", "Glazed stoneware garden pots, 200 pcs", "KH", 1200, 1400, "USD", qty=200),
                           item("680291", "Sandstone garden head, 1 pc", "KH", 18, 60, "USD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "LVAIR01", "air", "LV", [], "KG", "852691",
         "Robotzāles pļāvēju bāzes stacijas, 300 gab.", "LV", 240, 300, 9000, "EUR",
         "boundary base stations for wire-free robotic mowers are consumer RTK units at about 30 EUR of parts; "
         "these are bare multi-band, multi-constellation GNSS receiver boards with anti-jam firmware and no mower "
         "housing, for a Bishkek 'garden-machinery' firm set up last year whose freight goes on to Moscow: GNSS "
         "receivers (8526 91) on the common high-priority list, whose export to Russia and re-export through third "
         "countries Regulation 833/2014 forbids, flown from Riga; Latvian wording (RTK and GNSS modules repeat in "
         "several sets; a robotic-mower base-station label to Kyrgyzstan is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-02", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO"], "MD", "880699",
         "Drony pro postřik zahradnických školek, 6 ks", "CZ", 420, 6, 30000, "EUR",
         "nursery spraying drones are heavy multirotors with a tank and nozzle boom; these six have no tank or "
         "pump, carry long-range datalinks, thermal gimbals and a release hook, for a Chișinău 'agri-services' firm "
         "whose earlier deliveries went on through Transnistria: unmanned aircraft (8806) on the list whose sale for "
         "use in Russia Regulation 833/2014 forbids, exported for re-export, on a lorry from Brno; Czech wording "
         "(spraying drones repeat in several sets; a nursery-spraying label to Moldova is the new part as far as a "
         "search found)", {"importer_country": "MD"}),
        ("STR-03", "export", "PTSEA01", "sea", "PT", [], "PK", "281111",
         "Limpador de pedra para fachadas e pavimentos, ácido, 40 bidões 25 kg", "PT", 1000, 40, 1600, "EUR",
         "stone and paving cleaners are a few per cent of hydrofluoric acid or bifluoride in a gel; these 40 "
         "drums hold 70 % hydrofluoric acid with the maker's CAS 7664-39-3, for a Karachi 'landscaping contractor' "
         "with no work sites: hydrogen fluoride (dual-use 1C350, a chemical-weapons precursor) exported without the "
         "licence Regulation 2021/821 requires, from Leixões; Portuguese wording (hydrofluoric acid repeats in "
         "several sets; a façade-and-paving cleaner label to Pakistan is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-04", "import", "LTROAD01", "road", "BY", [], "LT", "940610",
         "Садовые домики из бруса, комплекты, происхождение Казахстан, 18 шт.", "KZ", 21000, 18, 36000, "EUR",
         "garden sheds and log cabins made in Kazakhstan would come by rail from the steppe with spruce of "
         "Russian or Siberian mills; these 18 kits' beams carry Belarusian sawmill stamps and the wall boards "
         "still bear Belarusian lot tags, loaded at Babruysk under a Kazakh certificate of origin: "
         "Belarusian wood products, whose import into the Union Regulation 765/2006 forbids, on a lorry at "
         "Medininkai for a Vilnius garden-building dealer; Russian wording (Belarusian wood under Kazakh origin "
         "repeats in several sets, blind280 among them, kept as a repeat; garden-shed kits were found in no earlier "
         "row by a keyword search)", firm("Orion Sodo Nameliai UAB", "LT")),
        ("STR-05", "import", "PLROAD01", "road", "TR", [], "PL", "731420",
         "Gabion sepetleri, kaynaklı hasır, galvanizli, 22 t", "TR", 22000, None, 19800, "EUR",
         "Turkish gabion baskets are welded from Turkish wire rod with a mill certificate; this lorry's "
         "baskets carry tags of a Magnitogorsk wire mill under the new labels, and the rod certificates in the file "
         "are Russian: iron and steel products incorporating Russian steel, whose import into the Union Regulation "
         "833/2014 forbids, at Koroszczyn for a Poznań landscaping wholesaler; Turkish wording (Russian steel via "
         "Türkiye repeats in several sets; a gabion label was found in no earlier row by a keyword search)",
         firm("Nordhafen Gabiony Sp. z o.o.", "PL")),
        ("STR-06", "export", "FISEA01", "sea", "FI", [], "AE", "842489",
         "Lannoitesekoittimet kastelujärjestelmiin, 80 kpl", "FI", 3200, 80, 12000, "EUR",
         "fertiliser injectors for irrigation lines are water-driven proportional pumps in plastic at a few "
         "hundred euros; these 80 are motor-driven diaphragm metering pumps with wetted parts in PTFE and Hastelloy "
         "and double diaphragms with leak detection, at 2,500 EUR each on the maker's list, for a Dubai 'irrigation' "
         "trader whose goods go on to Syria: pumps controlled under dual-use 2B350.i, exported without a licence, "
         "from Helsinki; Finnish wording (corrosion-resistant pumps repeat in several sets; a fertiliser-injector "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "KZ", "852589",
         "Aiakaamerad lindude ja siilide vaatlemiseks, 200 tk", "EE", 120, 200, 8000, "EUR",
         "garden wildlife cameras are cheap PIR trail cameras with infrared LEDs; these 200 are uncooled 640 x 512 "
         "thermal cores with 50 Hz output and lenses, no camera housing, at 1,500 EUR each, for an Almaty 'garden "
         "shop' whose freight goes on to Yekaterinburg: thermal imaging cameras (8525 89) on the common high-priority "
         "list, whose export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from "
         "Tallinn; Estonian wording (thermal cores repeat in many sets and trail-camera labels in several; a "
         "garden bird-and-hedgehog camera label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-08", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "842952",
         "Minibagger, gebraucht, für Gartenbau, 3 Stück", "AT", 8400, 3, 36000, "EUR",
         "three compact excavators for a Tbilisi 'landscaping' firm opened in the autumn, loaded in Linz, whose "
         "consignment file shows a Rostov buyer and a carrier that crosses at Upper Lars: excavators (8429 52) on "
         "the list of machinery whose sale for use in Russia Regulation 833/2014 forbids, exported for re-export "
         "through Georgia; Austrian German wording (excavators for Russia through the Caucasus repeat in a few sets; "
         "garden-building mini-excavators are the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "CN", "681512",
         "Koolstofvezel telescoopstokken voor snoeigereedschap, halffabricaat, 500 kg", "NL", 500, None, 6000, "EUR",
         "telescopic pruning poles are wound from standard-modulus fibre in a cheap resin; these 500 kg are rolls "
         "of high-modulus prepreg and tow with a tensile modulus above 300 GPa on the mill's sheet, no poles among "
         "them, for a Shenzhen 'garden-tool maker' that forwards to a Pyongyang trading house: carbon fibre "
         "controlled under dual-use 1C010 and 1C210, exported without a licence and for North Korea, flown from "
         "Amsterdam; Dutch wording (carbon fibre repeats in many sets; a pruning-pole label was found in no earlier "
         "row by a keyword search)", {"importer_country": "CN"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "AE", "841370",
         "Teichpumpen, 230 V, 400 Stück", "DE", 4000, 400, 40000, "EUR",
         "a garden-centre wholesaler's container for Jebel Ali: pond pumps and filter sets are what the Dubai "
         "buyer's shops sell, but the third item's 'Pumpensteuerungen, drehzahlgeregelt' are 20 multiphase "
         "frequency changers of 600-2,000 Hz output with harmonic distortion under 2 %: frequency changers "
         "controlled under dual-use 3A225 and listed in the Iran regulation, hidden as the last item of a "
         "three-item declaration for an importer whose shipments go on to Bandar Abbas; German wording (frequency "
         "changers repeat in many sets, kept as a repeat of the good; behind pond pumps is the new part as far as a "
         "search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("842121", "Teichfilter-Sets, 200 Stück", "DE", 3000, 16000, "EUR", qty=200),
                           item("850440", "Pumpensteuerungen, drehzahlgeregelt, 20 Stück", "DE", 300, 2000, "EUR", qty=20)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "BR", [], "PT", "530500",
         "Vasos de fibra de coco para orquídeas, 1.200 unidades", "BR", 960, 1200, 1800, "USD",
         "coco-fibre orchid pots are light, brown, pressed coir that crumbles; these 1,200 are dense, black, "
         "wiry pots and poles cut from tree-fern trunks, matted aerial roots that do not crumble: xaxim from "
         "Dicksonia sellowiana (CITES App. II) without the Brazilian export permit, flown from São Paulo to Lisbon "
         "for a garden-centre chain; Brazilian Portuguese wording (xaxim repeats twice, blind68 and a probe set, kept "
         "as a repeat of the good; a coco-fibre pot label to Portugal is the new part as far as a search found)",
         firm("Atlantic Centros de Jardinagem Lda", "PT")),
        ("WLF-02", "import", "DESEA01", "sea", "ID", [], "DE", "251720",
         "Batu hias untuk taman dan kolam, putih, 20 ton", "ID", 20000, None, 3000, "USD",
         "white garden stones for beds and ponds are crushed marble or quartz, angular and even; these bags hold "
         "bleached, branching and brain-shaped pieces with star-shaped corallite cups, some with algae still on: "
         "dead stony coral (Scleractinia, CITES App. II, not recognisable as coral rock only) without CITES "
         "documents, by sea from Surabaya to Hamburg for a landscaping wholesaler; Indonesian wording (coral repeats "
         "in many sets; white garden and pond stones are the new part as far as a search found)",
         firm("Meridian Landschaftsbau GmbH", "DE")),
        ("WLF-03", "import", "FRAIR01", "air", "DO", [], "FR", "050800",
         "Conchas decorativas para bordes de jardín, 400 kg", "DO", 400, None, 800, "USD",
         "decorative shells for garden edging are cheap, small bivalve and whelk shells by the sack; these are "
         "big, heavy, flaring shells with a pink, glossy lip and blunt spines, 1.2 kg each: queen conch (Aliger "
         "gigas, CITES App. II) without CITES documents, flown from Santo Domingo to Paris for a garden-décor "
         "importer; Dominican Spanish wording (queen conch repeats in many sets, kept as a repeat of the good; a "
         "garden-edging label is the new part as far as a search found)", firm("Horizon Décor Jardin SARL", "FR")),
        ("WLF-04", "import", "BESEA01", "sea", "ML", ["SN"], "BE", "440929",
         "Lames de terrasse en acacia, 1 conteneur", "ML", 22000, None, 13000, "USD",
         "acacia decking is pale yellow-brown, with small knots; this container holds heavy, red-brown, "
         "interlocked boards with a faint rose smell that stain water orange: kosso (Pterocarpus erinaceus, CITES "
         "App. II, under a recommendation to suspend trade from Mali) without CITES documents, by road to Dakar and "
         "by sea to Antwerp for a decking importer; Malian French wording (kosso repeats in many sets, kept as a "
         "repeat; a terrace-acacia label is the new part as far as a search found)", firm("Vega Terrasses SA", "BE")),
        ("WLF-05", "import", "NLSEA01", "sea", "MY", [], "NL", "442199",
         "Plant support stakes, hardwood, 1.2 m, 60,000 pcs", "MY", 18000, 60000, 9000, "USD",
         "hardwood plant stakes are usually meranti or bamboo, knotty and rough; these are straight-grained, pale "
         "straw-coloured, fine, even, odourless dowels that sting the skin when sawn: ramin (Gonystylus spp., CITES "
         "App. II) without CITES documents, by sea from Port Klang to Rotterdam for a nursery-sundries importer; "
         "Malaysian English wording (ramin repeats in many sets and a plant-stake label once, blind230; kept as a "
         "repeat, nursery stakes are the new part as far as a search found)", firm("Central Kwekerijbenodigdheden BV", "NL")),
        ("WLF-06", "import", "ITSEA01", "sea", "PH", [], "IT", "960190",
         "Fontane da giardino in pietra, vasche, 40 pezzi", "PH", 6400, 40, 4000, "USD",
         "stone garden basins are cast or carved granite; these 40 are whole, ribbed, wavy-edged clam valves up "
         "to a metre across, white and chalky with growth lines: Tridacna gigas and T. derasa (CITES App. II) "
         "without CITES documents, by sea from Cebu to Genoa for a garden-fountain importer; Italian wording (giant "
         "clam repeats in many sets and birdbath labels twice, blind139, blind218; kept as a repeat, garden-fountain "
         "basins to Italy are the new part as far as a search found)", firm("Delta Fontane Srl", "IT")),
        ("WLF-07", "import", "CZPOST01", "post", "MX", [], "CZ", "691390",
         "Macetas de cerámica pintadas a mano, 6 piezas", "MX", 2.4, 6, 40, "USD",
         "a parcel of hand-painted ceramic pots is heavy and rattles; this one is light and each pot holds a "
         "bare-rooted, flat, star-shaped, grey cactus with woolly areoles and soil of a hillside on the roots: "
         "wild-collected Ariocarpus (CITES App. I) without CITES documents, posted from San Luis Potosí to a "
         "private collector in Brno; Mexican Spanish wording (Ariocarpus repeats in many sets, kept as a repeat; "
         "hidden in painted pots is the new part as far as a search found)", person("Jan Dvořák", "CZ")),
        ("WLF-08", "import", "IEPOST01", "post", "PE", [], "IE", "440729",
         "Muestras de madera para terrazas, 3 kg", "PE", 3, None, 15, "USD",
         "decking samples are short offcuts of tropical hardwood; these are twelve planed pieces of reddish-brown, "
         "ribbon-grained wood with a paper sheet quoting 'caoba' by the container: bigleaf mahogany (Swietenia "
         "macrophylla, CITES App. II) samples sent without the Peruvian export permit, as the opening of a deal with "
         "a Cork decking merchant; Peruvian Spanish wording (mahogany repeats in many sets; decking samples by post "
         "are the new part as far as a search found)", person("Mr P. O'Brien", "IE")),
        ("WLF-09", "transit", "NLAIR01", "air", "PH", ["NL"], "US", "251749",
         "Black pebbles for Japanese gardens, polished, 300 kg", "PH", 300, None, 600, "USD",
         "polished black garden pebbles are river stone, dense and cold; these bags hold, under the pebbles, "
         "bundles of black, branching, spiny wood-like coral stems with a brown skin: black coral (Antipatharia, "
         "CITES App. II) without CITES documents, which specimens in transit through the Union must carry, landed at "
         "Schiphol in transit from Manila to a Los Angeles jeweller; Philippine English wording (black coral repeats "
         "in many sets, kept as a repeat; under Japanese-garden pebbles in transit is the new part as far as a "
         "search found)", {"importer_country": "US"}),
        ("WLF-10", "import", "SEAIR01", "air", "TZ", [], "SE", "681599",
         "Soapstone garden frogs and animals, 300 pcs", "KE", 600, 300, 900, "USD",
         "a Dar es Salaam garden-ornament air shipment for a Malmö garden centre: soapstone frogs and wooden "
         "planters are what the Kenyan carvers' exporter sends, but the third item's 'bone wind chimes' are 80 "
         "chimes of heavy, ivory-white, finely banded tusk sections: hippopotamus teeth (Hippopotamus amphibius, "
         "CITES App. II) without CITES documents, hidden as the last item of a three-item declaration, flown to "
         "Stockholm; Tanzanian English wording (hippo teeth and soapstone repeat in many sets and a wind-chime label "
         "once, blind117; kept as a repeat, behind garden frogs is the new part as far as a search found)",
         dict(firm("Alpina Trädgård AB", "SE"),
              _more_items=[item("442199", "Wooden planters, 100 pcs", "TZ", 400, 500, "USD", qty=100),
                           item("960200", "Bone wind chimes, 80 pcs", "TZ", 40, 160, "USD", qty=80)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLAIR01", "air", "CN", "PL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (cleaning garden stone)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "PL-GIS-73-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "IN", "NL", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "IN", 1, 1, 35, "USD",
     [("PRECURSOR_LICENCE", "NL-JV-73-0209")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854919",
     "Waste lithium-ion batteries from robotic mowers, discharged, for recycling at a licensed plant, 6 t", "NO",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-73-0031")], "notified waste mower batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Obsolete garden pesticides (02 01 08*), for incineration at a licensed plant, 12 t", "CH", 12000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BY-73-0144")], "notified obsolete pesticides to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "US", "IE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "IE-EPA-ODS-73-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft extinguishers", "US", 560, 16,
     9000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-73-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Istrian-stone well-head, Venetian, 15th century, sold with its documented provenance", "IT", 1500, 1, 85000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-73-0088")], "well-head exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "DEROAD01", "road", "DE", "CH", "970390",
     "Baroque sandstone garden putto, Franconia, c. 1740, sold at auction", "DE", 450, 1, 40000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-73-0071")], "sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FISEA01", "sea", "FI", "IN", "841350",
     "Diaphragm metering pumps, PTFE and Hastelloy wetted parts, 20 units, for an Indian fine-chemicals plant", "FI",
     800, 20, 50000, "EUR", [("EXPORT_LICENCE", "FI-UM-73-0019"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-73-0233")],
     "dual-use metering pumps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PTSEA01", "sea", "PT", "MA", "281111",
     "Hydrofluoric acid 70 %, 20 drums, for a Moroccan glass-etching works", "PT", 500, 20, 900, "EUR",
     [("EXPORT_LICENCE", "PT-DGAE-73-0046"), ("END_USER_CERTIFICATE", "MA-MCI-EUC-73-0012")],
     "dual-use hydrogen fluoride under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "PH", "IT", "050800",
     "Giant clam shells (Tridacna derasa, captive-bred), garden basins, 20 units", "PH", 1600, 20, 3000, "USD",
     [("CITES_PERMIT", "PH-BFAR-73-0118")], "App. II giant clam shells with their export permit"),
    ("PRM-12", "wildlife", "import", "IESEA01", "sea", "PE", "IE", "440729",
     "Bigleaf mahogany decking boards (Swietenia macrophylla), 18 m3", "PE", 11000, None, 26000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-73-0407")], "App. II mahogany with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Particulier", "PRM-05": "Central Laboratories Ltd",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Delta Fontane Srl", "PRM-12": "Meridian Decking Ltd",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all hard goods of
    # garden centres, landscapers and nurseries
    ("340290", "Oxygen patio and paving cleaner, percarbonate, 1 kg tubs", "import", ["post", "express"], ["CN", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 1, S),
    ("381190", "Fuel stabiliser for two-stroke garden tools, 100 ml", "import", ["air"], ["TH", "US"], (6, 12), (100, 400), ["USD"], 9, S),
    ("340290", "Citric drip-emitter descaler for irrigation lines, 5 l", "import", ["sea"], ["MA", "IL"], (1, 2), (2000, 6000), ["EUR", "USD"], 0.18, S),
    ("250590", "Polymeric jointing sand for block paving, 20 kg bags", "import", ["sea"], ["IN", "CN"], (0.3, 0.6), (10000, 22000), ["USD"], 0.05, S),
    ("340600", "Polyacrylate water-storing crystals for planters, 500 g", "import", ["sea"], ["CN", "EG"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("380893", "Potassium-nitrate stump-remover granules, 500 g", "import", ["post"], ["RS", "GB"], (8, 15), (1, 3), ["EUR", "GBP"], 2, S),
    ("381010", "Citric gel cleaner for stainless water features, 500 ml", "import", ["air"], ["TW", "US"], (6, 12), (100, 400), ["USD"], 1.8, S),
    ("250900", "Chalk line-marking powder for sports turf, 25 kg sacks", "import", ["sea"], ["CN", "TR"], (0.2, 0.4), (10000, 22000), ["USD"], 0.04, S),
    ("382499", "Sulphamic efflorescence remover for paving, 1 kg", "import", ["air"], ["VN", "CN"], (3, 6), (100, 500), ["USD"], 1, S),
    ("340290", "Oxalic decking brightener, 5 l cans", "import", ["road"], ["UA", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("850760", "Robotic-mower batteries, lithium-ion, new, boxed", "import", ["air"], ["CN", "SE"], (25, 50), (100, 500), ["USD", "EUR"], 1.5, S),
    ("391723", "Drip-irrigation hose, new, 16 mm rolls", "import", ["sea"], ["IL", "TR"], (2, 4), (4000, 12000), ["USD"], 0.1, S),
    ("940179", "Aluminium garden chairs, new", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 0.2, S),
    ("440399", "Larch sleepers for raised beds, untreated", "import", ["road"], ["CZ", "AT"], (0.4, 0.8), (10000, 22000), ["EUR"], None, S),
    ("940542", "Solar LED garden stake lights, new, boxed", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 6, S),
    ("310590", "Liquid NPK lawn feed, 1,000 l IBCs", "export", ["road"], ["UA", "MD"], (0.4, 0.8), (10000, 20000), ["EUR"], None, S),
    ("681182", "Cellulose-fibre cement planters, new", "import", ["sea"], ["VN", "TH"], (1, 2), (3000, 9000), ["USD"], 0.1, S),
    ("940541", "LED horticultural grow-light fixtures, new", "import", ["sea"], ["CN", "KR"], (20, 35), (1000, 4000), ["USD"], 0.15, S),
    ("401220", "Coloured rubber playground mulch, bagged", "import", ["sea"], ["TR", "CN"], (0.5, 1), (10000, 20000), ["USD"], None, S),
    ("281121", "Food-grade CO2 cylinders for greenhouse enrichment", "import", ["road"], ["NL", "BE"], (0.8, 1.5), (2000, 8000), ["EUR"], 0.05, S),
    ("390950", "Water-blown polyurethane artificial-rock foam kits", "import", ["air"], ["CN", "US"], (5, 9), (200, 600), ["USD"], 0.05, S),
    ("842410", "Dry-powder extinguishers for ride-on mowers, 1 kg", "import", ["sea"], ["EG", "CN"], (4, 8), (500, 2000), ["USD"], 0.6, S),
    ("381400", "Citrus sap and resin cleaner for secateurs, 500 ml", "import", ["air"], ["JP", "US"], (8, 16), (50, 200), ["JPY", "USD"], 1.8, S),
    ("350691", "Synthetic-rubber pond-liner seam adhesive, 1 l", "import", ["sea"], ["CN", "US"], (4, 8), (1000, 4000), ["USD"], 1.1, S),
    ("380891", "Propane-butane wasp-nest freezer spray, 400 ml", "import", ["road"], ["PL", "TR"], (5, 9), (500, 2000), ["EUR"], 2.4, S),
    ("382600", "Paraffin-oil winter wash for fruit trees, 1 l", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 4000), ["EUR"], 1.1, S),
    ("820140", "Secateurs and pruning saws, new", "import", ["post", "express"], ["JP", "TW"], (30, 60), (1, 3), ["USD", "JPY"], 5, S),
    ("680293", "New granite garden lanterns and posts", "import", ["sea"], ["CN", "VN"], (0.6, 1.2), (10000, 22000), ["USD"], 0.02, S),
    ("680293", "Split limestone stepping slabs, new", "import", ["road"], ["BA", "HR"], (0.1, 0.2), (18000, 24000), ["EUR"], 0.05, S),
    ("680293", "Machine-pierced sandstone garden screens, new", "import", ["sea"], ["IN"], (0.5, 1), (8000, 18000), ["USD"], 0.02, S),
    ("681099", "Reconstituted-stone garden figures and planters, new", "export", ["road"], ["CH", "NO"], (1, 2), (1000, 5000), ["EUR"], 0.05, S),
    ("251690", "Red tezontle volcanic rock for landscaping, bulk bags", "import", ["sea"], ["MX", "IS"], (0.1, 0.3), (18000, 24000), ["USD"], None, S),
    ("681099", "Glass-mosaic cement stepping stones, new", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 4), ["GBP", "USD"], 0.5, S),
    ("680291", "Aged-finish marble garden troughs, new", "import", ["sea"], ["TR", "CN"], (0.6, 1.2), (10000, 20000), ["EUR", "USD"], 0.01, S),
    ("691200", "Glazed stoneware garden pots, frost-proof", "import", ["sea"], ["VN", "KH"], (1, 2), (8000, 16000), ["USD"], 0.2, S),
    ("530500", "Coco-fibre orchid pots and poles", "import", ["sea"], ["LK", "IN"], (1, 2), (3000, 8000), ["USD"], 1.5, S),
    ("251749", "Polished black river pebbles for gardens, 20 kg bags", "import", ["sea"], ["ID", "CN"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("440929", "Thermo-ash decking boards", "import", ["road"], ["EE", "LT"], (1.5, 3), (10000, 20000), ["EUR"], None, S),
    ("442199", "Bamboo plant support canes, 1.2 m", "import", ["sea"], ["CN", "VN"], (0.8, 1.5), (4000, 12000), ["USD"], 3, S),
    ("681599", "Soapstone garden frogs and animals, new", "import", ["air"], ["KE"], (2, 4), (200, 600), ["USD"], 0.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Wooden wall key hooks, painted", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 3, N),
        ("460219", "Wicker sewing baskets, lined", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1.5, N),
        ("701349", "Borosilicate glass drinking straws, boxed sets", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 10, N),
        ("482390", "Paper drinking straws, bulk cartons", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 300, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind281", 20730101, HERE)


if __name__ == "__main__":
    main()
