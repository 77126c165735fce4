#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-ninth blind set (tests/risk/data/blind279-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2072, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: halal, ethnic and speciality grocery
importers (halal supermarkets, butchers' and meat wholesalers, Asian, Turkish, Persian, Afghan,
Arab, African, Latin American, Caribbean, Korean, Russian-speaking and South Asian grocers and
cash-and-carries, and the food wholesalers and web shops that supply them).
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
only where a real declaration would. Ids are BL279-*:

    python3 tests/risk/data/make_blind279_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2072, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2072
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "PH", [], "AT", "220890",
         "Lambanog (purong alak ng niyog), Tayabas, 80 proof, 1 litro, 24 bote", "PH", 27.1, 24, 240, "USD",
         "lambanog, the Quezon coconut spirit a Filipino grocery sells beside the bagoong and banana ketchup, is a "
         "water-clear liquid of about 0.94 kg/l that smells of alcohol and burns with a blue flame; these 24 litre "
         "bottles hold a liquid of 1.13 kg/l that smells of nothing, will not burn, has vented caps, whitens the "
         "skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Manila "
         "to a Filipino grocery in Vienna-Ottakring that sells the bottles over the counter, made available to "
         "members of the public; Tagalog wording (hydrogen peroxide repeats in many sets and spirit labels on it and on "
         "other precursors in several, pisco, mampoer and chacha among them; a lambanog label was found in no earlier row by a keyword "
         "search)", firm("Rivage Pinoy Store e.U.", "AT")),
        ("PRE-02", "import", "HUAIR01", "air", "CN", [], "HU", "151590",
         "汉源花椒油 (调味油), 1升瓶装, 240瓶", "CN", 274, 240, 960, "USD",
         "Sichuan pepper oil is rapeseed oil steeped with Hanyuan peppercorns, greenish-yellow, 0.91 kg/l, with a "
         "citrus smell and a taste that numbs the tongue; these 240 bottles hold a colourless, runny liquid of "
         "1.14 kg/l with a faint fruity smell and no numbing taste, and the filler's drum label under the sticker "
         "reads 'CH3NO2', for a Budapest Józsefváros Chinese-market wholesaler whose stall sells the litres to "
         "model-engine hobbyists as readily as to cooks: nitromethane (Annex I above 16 %) made available to members "
         "of the public, flown from Chengdu; Chinese wording (nitromethane repeats in many sets; a Sichuan-pepper-oil "
         "label was found in no earlier row by a keyword search)", firm("Orion Ázsia Élelmiszer Kft.", "HU")),
        ("PRE-03", "import", "NLAIR01", "air", "MY", [], "NL", "340290",
         "Pencuci buah dan sayur, halal (JAKIM), tanpa alkohol, botol 1 liter, 400 botol", "MY", 560, 400, 800, "USD",
         "a halal fruit-and-vegetable wash is a mild liquid of plant surfactants and a little citric acid, about "
         "1.01 kg/l, that foams when shaken; these 400 bottles weigh 1.40 kg/l, do not foam, fume brown when opened, "
         "stain the skin yellow and eat into a copper wire: about 65 % nitric acid (Annex I above 3 %), for a "
         "Rotterdam halal supermarket chain that sells the bottles at its tills, retail-packed for members of the "
         "public, flown from Kuala Lumpur to Amsterdam; Malay wording (nitric acid repeats in many sets; a halal "
         "produce-wash label was found in no earlier row by a keyword search)", firm("Horizon Halal Supermarkt BV", "NL")),
        ("PRE-04", "import", "SESEA01", "sea", "IR", [], "SE", "210690",
         "سکنجبین خانگی (شربت سرکه و نعناع)، بطری ۱ لیتری، ۲٬۴۰۰ بطری", "IR", 4420, 2400, 3600, "EUR",
         "sekanjabin is a golden, sweet-sour syrup of sugar, vinegar and mint of about 1.3 kg/l that smells of mint; "
         "these 2,400 bottles hold a colourless, oily, odourless liquid of 1.84 kg/l that chars a sugar cube black, "
         "grows hot with a drop of water and has eaten the labels where it leaked: about 96 % sulphuric acid "
         "(Annex I above 15 %), retail-packed for members of the public, by sea from Bandar Abbas to Gothenburg for "
         "a Stockholm Persian grocery wholesaler; Persian wording (sulphuric acid repeats in many sets and syrup "
         "labels on it in several, Basra date syrup, agave syrup and jalebi syrup among them; a sekanjabin label was "
         "found in no earlier row by a keyword search)", firm("Vega Persisk Livs AB", "SE")),
        ("PRE-05", "import", "DEAIR01", "air", "MX", [], "DE", "300490",
         "Sal de Uvas Picot, polvo efervescente, tarros de 1 kg para tienda, 600 tarros", "MX", 600, 600, 3000, "USD",
         "Sal de Uvas is an antacid of sodium bicarbonate and citric acid sold in 5 g sachets that fizzes at once in "
         "water; these 600 jars hold glassy, white crystals that do not fizz, dissolve slowly in cold water, crackle "
         "and flare with sugar on a hot plate, and whose inner bags read 'KClO3', for a Berlin Mexican-grocery web "
         "shop that sells the jars to anyone: potassium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, flown from Mexico City to Frankfurt; Mexican Spanish wording (potassium chlorate repeats in "
         "many sets and fruit-salt labels on it twice, blind115 and blind117, in Bengali, kept as a repeat "
         "of that family; a Sal de Uvas label was found in no earlier row by a keyword search)",
         firm("Meridian Tienda Mexicana GmbH", "DE")),
        ("PRE-06", "import", "IESEA01", "sea", "HK", [], "IE", "210230",
         "無鋁雙效泡打粉 (蒸包饅頭用), 1公斤袋裝, 1,200袋", "HK", 1200, 1200, 1800, "USD",
         "aluminium-free double-acting baking powder for steamed buns is a soft, fine, white powder that fizzes at "
         "once in warm water; these 1,200 bags hold a heavier, gritty, white powder that does not fizz, hardly "
         "dissolves, burns fiercely with sugar and whose inner liners read 'KClO4', for a Dublin Asian supermarket "
         "chain that sells the bags from its baking shelf: potassium perchlorate (Annex I above 40 %) retail-packed "
         "for members of the public, by sea from Hong Kong to Dublin; traditional Chinese wording from Hong Kong "
         "(potassium perchlorate repeats in many sets and a baking-powder label once, blind53, in Lithuanian; a "
         "steamed-bun baking-powder label from Hong Kong is the new part as far as a search found)",
         firm("Atlantic Oriental Foods Ltd", "IE")),
        ("PRE-07", "import", "ESSEA01", "sea", "CO", [], "ES", "110812",
         "Fécula de maíz tipo Maizena para coladas y natilla, bolsas de 1 kg, 4.000 bolsas", "CO", 4000, 4000, 3200, "USD",
         "cornflour for Colombian coladas and Christmas natilla is a squeaky, white powder that will not dissolve in "
         "cold water and thickens when boiled; these 4,000 bags hold a powder that dissolves at once, cakes in the "
         "damp air of the warehouse, tastes salty-bitter and burns fiercely with sugar: sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Cartagena to Valencia for a Madrid "
         "distributor of Colombian groceries; Colombian Spanish wording (sodium perchlorate repeats in many sets and "
         "starch labels on precursors in several, kuzu, potato starch and mung-bean starch among them; a cornflour "
         "(Maizena) label was found in no earlier row by a keyword search)", firm("Central Alimentos Latinos SL", "ES")),
        ("PRE-08", "import", "FIAIR01", "air", "TH", [], "FI", "210690",
         "ผงกรอบ สำหรับทำขนมไทยและของทอด ถุง 1 กก. 300 ถุง", "TH", 300, 300, 750, "USD",
         "Thai crisping powder (phong krop) is a fine, chalky, alkaline powder that barely dissolves and keeps fried "
         "batter and candied fruit crisp; these 300 bags hold white crystals that dissolve readily with a cool, salty "
         "taste, flare with sugar on a match and whose inner liners read 'NaClO3', for a Helsinki Thai grocery that "
         "sells them in its web shop: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Bangkok; Thai wording (sodium chlorate repeats in many sets; a crisping-powder label was found "
         "in no earlier row by a keyword search)", firm("Nordhafen Thai Market Oy", "FI")),
        ("PRE-09", "import", "ITSEA01", "sea", "IN", [], "IT", "210610",
         "ਸੋਇਆ ਗ੍ਰੈਨਿਊਲਜ਼ (ਸੋਇਆ ਕੀਮਾ), 25 ਕਿਲੋ ਬੋਰੀਆਂ, 800 ਬੋਰੀਆਂ", "IN", 20000, 800, 14400, "USD",
         "soya granules (soya keema) are beige, irregular, spongy crumbs that swell in hot water and smell of beans; "
         "these 800 sacks hold white, round, hard prills of 2 mm that do not swell, turn ice-cold and vanish in "
         "water and test at 34 % N, for a Brescia Punjabi cash-and-carry that repacks them in 1 kg bags for its "
         "shop: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from "
         "Mundra to Genoa; Punjabi wording (ammonium nitrate repeats in many sets and grain and pearl labels on it in "
         "several, sago pearls, quinoa and pearl sugar among them; a soya-granule label was found in no earlier row "
         "by a keyword search)", firm("Delta Cash & Carry Srl", "IT")),
        ("PRE-10", "import", "GRROAD01", "road", "TR", [], "GR", "330190",
         "Isparta gül suyu, %100 doğal, 5 litrelik bidon, 400 bidon (3 araçtan 2.si)", "TR", 2400, 400, 2400, "EUR",
         "Isparta rose water is a water-clear, rose-scented distillate of 1.00 kg/l; these 400 white cans hold a "
         "liquid of 1.20 kg/l that smells faintly sharp, not of roses, has vented caps, whitens the skin and fizzes "
         "on rust, the second of three vans booked that week each kept under 2.5 t, for a Xanthi wholesaler who "
         "supplies the Turkish-speaking grocers of Thrace and sells the cans to anyone: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) made available to members of the public, at Kipoi; Turkish wording (hydrogen peroxide "
         "repeats in many sets and rose-water labels on it in several, Taif rose water among them, kept as a repeat "
         "of that family; a Turkish gül suyu label split over three vans was found in no earlier row)",
         firm("Vega Thraki Trofima AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GN", "841850",
         "Congélateurs verticaux et vitrines réfrigérées d'occasion, testés, en état de marche, 120 pièces", "BE", 14000,
         120, 9600, "EUR",
         "working second-hand freezers for export come cleaned, with their plugs, shelves and a test sticker each; "
         "these 120 upright freezers and meat counters from the refit of a Brussels halal supermarket chain's twelve "
         "shops have cut cables, rusted evaporators, broken doors and compressors still holding oil, a dozen with "
         "'R12' or 'R22' plates and CFC-11 foam in the walls, loaded door to door with no test report, for a Conakry "
         "'appliance' dealer: waste electrical and electronic equipment with ozone-depleting substances (A1180, "
         "16 02 11*), hazardous waste whose export to a non-OECD country is banned, from Antwerp; Belgian French "
         "wording (fridges and display cabinets as e-waste repeat in many sets, blind154 and blind200 among them; a "
         "halal supermarket chain's refit to Guinea is the new part as far as a search found)", {"importer_country": "GN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "PK", "630533",
         "Sacchi in polipropilene intrecciato, nuovi, stampati, da 25 kg, 180.000 pezzi", "IT", 22000, 180000, 9000,
         "EUR",
         "new woven-polypropylene sacks come flat, clean and baled in hundreds at some 0.15 EUR each; these 22 t are "
         "used basmati, atta and sugar sacks swept from the back rooms of Lombard South Asian cash-and-carries, "
         "torn, dusty with flour and rice, some with weevils, mixed with shrink film, strapping and paper labels and "
         "baled by a Brescia collector: mixed and contaminated plastic waste (Y48), whose export to a non-OECD "
         "country is banned, from Genoa to Karachi at 0.05 EUR a sack; Italian wording (plastic waste under "
         "new-goods labels repeats in many sets; used rice and flour sacks as new woven sacks were found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "940320",
         "Regały sklepowe metalowe, używane, 300 szt.", "PL", 6000, 300, 3000, "EUR",
         "a closing-down lot from an Asian food wholesaler's warehouse at Wólka Kosowska for a Lviv shop-equipment "
         "buyer: shelving and shop scales are what such lots hold, but the third item's 'sprawne akumulatory "
         "trakcyjne' are 40 cracked, sulphated, acid-crusted lead-acid traction batteries from worn-out pallet "
         "trucks, some leaking into the pallets, with no test sheet: waste lead-acid batteries (A1160, 16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, on a lorry at Hrebenne; Polish wording (lead-acid batteries behind used goods repeat in many "
         "sets; behind an Asian food wholesaler's shelving and scales to Ukraine is the new part as far as a search "
         "found)",
         dict({"importer_country": "UA"},
              _more_items=[item("842381", "Wagi sklepowe elektroniczne, używane, sprawne, 120 szt.", "PL", 600, 1800, "EUR", qty=120),
                           item("850710", "Akumulatory trakcyjne do wózków paletowych, używane, sprawne, 40 szt.", "PL", 10000,
                                2000, "EUR", qty=40)])),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "730890",
         "Paneles sándwich de cámara frigorífica, usados, desmontados, para reutilizar, 1.200 m²", "ES", 14000, None,
         4200, "EUR",
         "used cold-room panels for reuse come whole, with their cam locks and skins intact, stacked flat; these 14 t "
         "are crushed and torn 1980s panels from the demolition of a Murcia halal meat wholesaler's cold store, their "
         "yellowed polyurethane cores blown with CFC-11, broken into chunks and mixed with stone wool, sealant and "
         "rusty profiles, for a Tangier 'cold-room builder': construction waste holding ozone-depleting substances "
         "in foam (17 06 03*), hazardous waste whose export to a non-OECD country is banned and whose foam Regulation "
         "2024/590 requires to be destroyed, from Algeciras to Tanger Med; Spanish wording (ODS-blown insulation "
         "repeats in several sets; a halal meat cold store's sandwich panels to Morocco are the new part as far as a "
         "search found)", {"importer_country": "MA"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "VN", "851660",
         "Gebrauchte Reiskocher (Druck-Induktion), geprüft, funktionsfähig, 2.400 Stück", "DE", 14400, 2400, 12000, "EUR",
         "tested used rice cookers for resale come cleaned and boxed singly, each with its inner pot, lid seal and a "
         "test label; these 2,400 are customer returns and trade-ins gathered by a Frankfurt Korean supermarket "
         "chain's after-sales counter, dead, burnt, flooded or showing error codes, with cracked inner pots, missing "
         "cables and no test report, stacked loose and sold by weight to a Hai Phong scrap buyer: waste electrical "
         "equipment (A1180 for the boards and cables, Y49 otherwise), whose export to a non-OECD country is banned "
         "or needs prior informed consent, shipped without either, from Hamburg; German wording (e-waste as tested "
         "used appliances repeats in many sets; a Korean supermarket's rice-cooker returns were found in no earlier "
         "row by a keyword search)", {"importer_country": "VN"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "CI", "151190",
         "Oléine de palme raffinée, en flexitanks, 2 x 22 t", "FR", 44000, None, 17600, "EUR",
         "refined palm olein is a clear, golden oil with a refinery's certificate of analysis; these two flexitanks "
         "hold a dark-brown, layered, water-logged oil with food debris and black sludge that smells of old frying "
         "and diesel and reads 14 % mineral hydrocarbons: the used frying oil a Paris-area halal food wholesaler's "
         "lorries collect from kebab, chicken and African restaurants, blended with drained engine oil from its own "
         "depot, a waste oil mixture (13 02 08*, Y8 and Y9), hazardous waste whose export to a non-OECD country is "
         "banned, from Le Havre to Abidjan for a 'cooking-oil repacker'; French wording (used cooking oil blended "
         "with engine oil repeats once, blind44, under a UCO label; a refined palm-olein label was found in no "
         "earlier row by a keyword search)", {"importer_country": "CI"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "SD", "140490",
         "Hennapoeder, natuurlijk, voor haar en huid, zakken van 25 kg, 400 zakken", "IN", 10000, 400, 6000, "EUR",
         "natural henna powder is a green-khaki, hay-smelling leaf powder that stains orange-red; these 400 sacks hold "
         "recalled 'black henna' cones and sachets withdrawn from South Asian and Moroccan grocery shelves after a "
         "Union rapid alert, reading 10-15 % p-phenylenediamine, with expired and split stock, cut open and re-bagged "
         "by a Rotterdam wholesaler for a Port Sudan 'cosmetics' buyer: discarded products containing dangerous "
         "substances (16 03 05*), hazardous waste whose export to a non-OECD country is banned; Dutch wording "
         "(recalled cosmetics as stock repeat in several sets, mercury skin creams and salon hair colour among them, "
         "and PPD black henna once, blind223, as dye-production residues under a black-henna label; recalled black "
         "henna re-bagged as natural henna powder for Sudan is the new part as far as a search found)",
         {"importer_country": "SD"}),
        ("WST-08", "export", "ROSEA01", "sea", "RO", [], "GE", "262040",
         "Dezoxidant pe bază de aluminiu pentru oțelărie, granule, big-bag, 22 t", "RO", 22000, None, 3300, "EUR",
         "aluminium deoxidiser for steelmaking is bright, metallic granules of about 90 % aluminium in dry bags; "
         "these big bags hold grey-black, dusty salt cake with a few metal beads that hisses and smells of ammonia "
         "and garlic when wet and reads 8 % aluminium, raked from the rotary furnaces of a Slatina secondary smelter: "
         "salt slag from secondary aluminium smelting (10 03 08*), hazardous waste whose export to a non-OECD "
         "country is banned, from Constanța to Poti for a Rustavi 'steel supplier'; Romanian wording (aluminium dross "
         "and salt slag repeat in several sets and an aluminium-deoxidiser label once, blind141, in Serbian; kept as a "
         "repeat of the label, from Romania to Georgia is the new part as far as a search found)", {"importer_country": "GE"}),
        ("WST-09", "export", "CZROAD01", "road", "CZ", [], "MD", "370790",
         "Fotochemikálie, ustalovač, koncentrát, nový, IBC 1000 l, 12 ks", "CZ", 13200, 12, 2400, "EUR",
         "new photographic fixer concentrate is a clear, colourless thiosulphate solution with a maker's label and "
         "lot number; these twelve IBCs hold a brown, cloudy, sulphur-smelling mix of spent fixer and developer with "
         "black silver sludge at the bottom, drained from the X-ray processors of Moravian hospitals and a printing "
         "plant: spent photographic fixer and developer (09 01 01*, 09 01 04*), hazardous waste whose export to a "
         "non-OECD country is banned, on a tanker lorry for a Chișinău 'silver recovery' firm; Czech wording (spent "
         "fixer repeats in several sets; from the Czech Republic to Moldova under a new-fixer label is the new part "
         "as far as a search found)", {"importer_country": "MD"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", [], "BA", "850422",
         "Rabljeni oljni transformatorji 1000 kVA, preizkušeni, za ponovno uporabo, 8 kosov", "SI", 28000, 8, 16000,
         "EUR",
         "used distribution transformers for reuse come with an oil analysis, a test report and a legible nameplate; "
         "these eight are 1970s units from closed Slovenian factory substations with weeping gaskets, no test report "
         "and 'Askarel' on the rusted plates, their oil reading over 50,000 ppm PCB: PCB-containing equipment "
         "(16 02 09*, Y10), hazardous waste whose export to a non-OECD country is banned, on two lorries at Obrežje "
         "for a Tuzla 'electrical contractor'; Slovenian wording (PCB transformers repeat in many sets; from Slovenia "
         "to Bosnia and Herzegovina is the new part as far as a search found)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "841850",
         "İkinci el soğutmalı baklava teşhir dolabı, revizyonlu, 40 adet", "TR", 6400, 40, 16000, "EUR",
         "second-hand pastry display cabinets for the Union run on R-290 or come emptied of their charge; these 40 "
         "curved-glass baklava vitrines from closed Gaziantep and Istanbul pastry shops are 1990s units whose "
         "compressor plates read 'R22', a few 'R12', still charged and with their service valves soldered shut: "
         "refrigerating equipment relying on HCFC-22 and CFC-12, whose import into the Union is banned (Regulation "
         "2024/590), on a lorry from Istanbul for a Duisburg Turkish patisserie-and-grocery chain; Turkish wording "
         "(HCFC-22 equipment repeats in many sets and used refrigerated counters in several, blind125, blind171 and "
         "blind272 among them; a baklava display cabinet was found in no earlier row by a keyword search)",
         firm("Nordhafen Pastane Großhandel GmbH", "DE")),
        ("OZN-02", "export", "FRSEA01", "sea", "FR", [], "DZ", "870421",
         "Fourgons frigorifiques d'occasion, 3,5 t, groupe froid en état de marche, 12 véhicules", "FR", 30000, 12, 48000,
         "EUR",
         "used refrigerated vans for export carry roof units on R-404A or R-452A with a leak-check record; these "
         "twelve vans from the delivery fleet of a Lyon halal meat wholesaler carry 1990s roof units whose plates "
         "read 'R12' and 'R22', still charged, with hand-written service tags: vehicles with refrigeration equipment "
         "relying on CFC-12 and HCFC-22, whose export from the Union is banned (Regulation 2024/590), from Marseille "
         "to Algiers for an Oran meat distributor; French wording (R-22 transport refrigeration repeats in several "
         "sets, reefer machinery and a vivier lorry among them; a halal meat wholesaler's refrigerated vans were "
         "found in no earlier row by a keyword search)", {"importer_country": "DZ"}),
        ("OZN-03", "import", "DKAIR01", "air", "PK", [], "DK", "380894",
         "حلال، الکحل سے پاک جراثیم کش محلول، قصاب کی مشینوں اور ترازو کے لیے، 1 لیٹر، 240 بوتلیں", "PK", 377, 240, 720,
         "USD",
         "alcohol-free halal sanitisers for butchers' slicers and scales are quaternary-ammonium solutions in water of "
         "about 1.0 kg/l that foam when shaken; these 240 bottles weigh 1.57 kg/l, do not foam or burn, smell faintly "
         "of ether, evaporate cold from the hand, and the filler's drums are stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Lahore to Copenhagen for a "
         "Nørrebro halal butchers' and grocers' wholesaler; Urdu wording (CFC-113 repeats in many sets and cleaner "
         "labels on it in several, contact and switch cleaners among them; an alcohol-free halal sanitiser label was "
         "found in no earlier row by a keyword search)", firm("Central Halal Engros ApS", "DK")),
        ("OZN-04", "import", "DESEA01", "sea", "CN", [], "DE", "340290",
         "Dönergrill-Reiniger, Sprühdose 500 ml, für den Lebensmittelbereich, 12.000 Dosen", "CN", 8400, 12000, 9600, "USD",
         "döner-grill cleaners are alkaline foams in cans propelled by butane and propane that flame at the valve; "
         "these 12,000 cans spray a clear liquid that does not foam or burn, boils off at 32 °C with an ether-like "
         "smell, and the Ningbo filler's papers give HCFC-141b (1,1-dichloro-1-fluoroethane): products containing "
         "an HCFC, whose import into the Union is banned, by sea to Hamburg for a Berlin döner and halal food "
         "wholesaler; German wording (HCFC-141b under degreaser labels repeats in many sets, a kitchen-hood degreaser "
         "in the hotel and catering set blind224 among them; a döner-grill cleaner label was found in no earlier row "
         "by a keyword search)", firm("Alpina Döner Großhandel GmbH", "DE")),
        ("OZN-05", "export", "NLSEA01", "sea", "NL", [], "SN", "841869",
         "Gebruikte schilferijsmachines, gereviseerd, 30 stuks", "NL", 4500, 30, 6000, "EUR",
         "reconditioned flake-ice machines for export run on R-290 or R-404A with a service record; these 30 units "
         "taken off the fish counters of Dutch Asian and Surinamese supermarkets are 1990s machines whose plates read "
         "'R22' (two 'R502'), still charged, their oil black: refrigerating equipment relying on HCFC-22 and on R-502, "
         "a CFC blend, whose export from the Union is banned (Regulation 2024/590), from Rotterdam to Dakar for an "
         "ice supplier at the Soumbédioune fish landing; Dutch wording (R-22 equipment for export repeats in many "
         "sets and flake-ice machines in several, blind105, blind135 and blind147 (in Dutch) among them; kept as a "
         "repeat of the good, from supermarket fish counters to Dakar is the new part as far as a search found)", {"importer_country": "SN"}),
        ("OZN-06", "transit", "GRSEA01", "sea", "PK", ["GR"], "RS", "100630",
         "Basmati rice, 1121 sella, 5 kg bags, 2,000 bags", "PK", 10000, 2000, 12000, "USD",
         "a Karachi grocery container for a Belgrade distributor who supplies the South Asian shops of Serbia's "
         "building sites: basmati rice and chana dal are what such containers hold, but the third item's 'R-32' "
         "cylinders are 60 disposable cylinders that read 9.5 bar at 20 °C, not 14.7, that a leak detector names "
         "HCFC-22, their valves carrying Chinese stamps under the new labels: chlorodifluoromethane (HCFC-22), moved "
         "through the Union without the licence Regulation 2024/590 requires, hidden as the last item of a three-item "
         "declaration, landed at Piraeus in transit to Belgrade; Pakistani English wording (HCFC-22 under HFC labels "
         "repeats in many sets; behind basmati and dal in transit through Piraeus is the new part as far as a search "
         "found)",
         dict({"importer_country": "RS"},
              _more_items=[item("071320", "Chana dal, split chickpeas, 1 kg packs, 4,000 packs", "PK", 4000, 3200, "USD", qty=4000),
                           item("290342", "Refrigerant gas R-32, 9 kg disposable cylinders, 60 pcs", "PK", 540, 1800, "USD",
                                qty=60)])),
        ("OZN-07", "import", "PTAIR01", "air", "IN", [], "PT", "210690",
         "मिठाई सजावट के लिए खाने योग्य चांदी स्प्रे, 100 मिली कैन, 6,000 कैन", "IN", 960, 6000, 4800, "USD",
         "edible silver sprays for decorating mithai are cans of food-grade metallic lustre in a hydrocarbon or "
         "HFC-152a propellant that flames at the valve; these 6,000 cans do not flame, their propellant boils off "
         "with no smell, and the Delhi filler's gas invoice names 'R-12': products containing CFC-12 "
         "(dichlorodifluoromethane), whose import into the Union is banned, flown from Delhi to Lisbon for a Martim "
         "Moniz Indian sweets and grocery wholesaler; Hindi wording (CFC-12 in aerosols repeats in many sets and an "
         "edible-lustre-spray label once, blind224, on an ozone good; an edible silver spray for mithai from India "
         "is the new part as far as a search found)", firm("Atlantic Mithai e Mercearia Lda", "PT")),
        ("OZN-08", "import", "CZAIR01", "air", "JP", [], "CZ", "381400",
         "ハイドロフルオロエーテル系精密洗浄剤 (HFE), 光学部品用, 1 L × 60本", "JP", 93, 60, 360000, "JPY",
         "hydrofluoroether precision cleaners of the HFE-7100 type weigh 1.52 kg/l, boil at 61 °C and have almost no "
         "smell; these 60 bottles weigh 1.55 kg/l, boil at 54 °C with a faint ether smell, and a leak detector set "
         "for HCFCs reacts at the cap: HCFC-225ca/cb (dichloropentafluoropropane), whose import into the Union is "
         "banned, flown from Osaka to Prague for a Turnov lens-polishing workshop; Japanese wording (HCFC-225 under "
         "HFE labels repeats in several sets, blind109 (for a Grenoble optics workshop) and blind111 among them, kept "
         "as a repeat; a Czech lens workshop is the new part as far as a search found)", firm("Orion Optika s.r.o.", "CZ")),
        ("OZN-09", "import", "CYSEA01", "sea", "IL", [], "CY", "380899",
         "חומר חיטוי קרקע על בסיס 1,3-דיכלורופרופן, מכלים 20 ק\"ג, 200 מכלים", "IL", 4000, 200, 9000, "USD",
         "1,3-dichloropropene is a straw-coloured liquid of 1.22 kg/l sold in drums that smells sharply sweet; these "
         "200 containers are pressure-rated, hiss when the valve is cracked, hold a liquid that boils off at 4 °C "
         "with almost no smell and carry chloropicrin warnings under the stickers: methyl bromide with 2 % "
         "chloropicrin, whose import into the Union is banned (no quarantine exemption remains), by sea from Ashdod "
         "to Limassol for a Paphos greenhouse supplier; Hebrew wording (methyl bromide repeats in many sets and a "
         "1,3-dichloropropene label twice, blind55 and blind109, in French; kept as a repeat of the label, from "
         "Israel to Cyprus is the new part as far as a search found)", firm("Delta Agro Cyprus Ltd", "CY")),
        ("OZN-10", "import", "BGSEA01", "sea", "UA", [], "BG", "381300",
         "Вогнегасна рідина FK-5-1-12 для суднових систем, балони 40 л, 60 шт.", "UA", 5200, 60, 18000, "USD",
         "FK-5-1-12 fire-suppression fluid is a clear liquid of 1.60 kg/l that boils at 49 °C and comes in cylinders "
         "with a maker's certificate; these 60 cylinders hold a liquid of 2.17 kg/l that boils at 47 °C, and the old "
         "valve tags under the new labels read 'Хладон 114В2': halon 2402 (dibromotetrafluoroethane), whose import "
         "into the Union is banned, reclaimed from scrapped Black Sea vessels, by sea from Odesa to Varna for a ship-"
         "repair yard; Ukrainian wording (halon 2402 repeats in several sets and FK-5-1-12 labels on halons in many; "
         "kept as a repeat of the label, from Odesa to Varna is the new part as far as a search found)",
         firm("Vega Korabni Remonti EOOD", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "081340",
         "توت خشک افغانی، سفید، کارتن ۵ کیلویی، ۱۲۰ کارتن", "AF", 600, 120, 1800, "USD",
         "an Afghan dried-fruit consignment for a Hamburg Afghan grocery: white dried mulberries are what such shops "
         "sell by the carton, but eight of the 120 cartons hold, bedded in the fruit, eleven stucco and grey schist "
         "heads of Buddhas and bodhisattvas with wavy hair, traces of gilding and red paint and fresh breaks at the "
         "neck, from the monasteries of Hadda near Jalalabad: Gandharan sculptures (2nd-5th century), archaeological "
         "objects whose export Afghanistan forbids, brought in without the import licence Regulation 2019/880 "
         "requires, flown from Dubai to Hamburg (origin Afghanistan); Dari wording (Gandharan sculpture repeats in "
         "many sets; a dried-mulberry cover was found in no earlier row by a keyword search)",
         firm("Horizon Afghan Market GmbH", "DE")),
        ("CUL-02", "import", "NLSEA01", "sea", "CN", [], "NL", "691200",
         "空绍兴黄酒坛, 陶瓷, 旧, 装饰用, 40个", "CN", 480, 40, 800, "USD",
         "empty Shaoxing wine jars are glazed, brown stoneware jars with clay seals and paper labels, worth a few "
         "dozen yuan each; these 40 are low-fired grey and red earthenware hu jars with a green lead glaze flaking to "
         "silver iridescence, moulded animal masks with ring handles, painted clouds and tomb earth inside: Han "
         "dynasty (206 BC-AD 220) burial vessels, archaeological objects whose export China forbids, brought in "
         "without an import licence (Regulation 2019/880), by sea from Ningbo to Rotterdam for an Amsterdam Chinese "
         "supermarket chain that sells 'decor' from its restaurant-supply floor; Chinese wording (Han pottery repeats "
         "in many sets; a Shaoxing wine-jar label was found in no earlier row by a keyword search)",
         firm("Orion Oosterse Supermarkt BV", "NL")),
        ("CUL-03", "import", "ITAIR01", "air", "PE", [], "IT", "691200",
         "Ollas de barro para chicha morada, cerámica de Chulucanas, 60 piezas", "PE", 90, 60, 600, "USD",
         "Chulucanas pots for serving chicha morada are new, burnished, black-and-cream smoked ware in a modern style; "
         "these 60 are thin, hard-fired bowls and double-spout bottles painted in up to eight colours with whiskered "
         "felines, orcas and trophy heads, worn, with desert salt crusts and root marks: Nasca polychrome vessels "
         "(100 BC-AD 700) dug in the Ica valley, archaeological objects whose export Peru forbids, brought in without "
         "an import licence (Regulation 2019/880), flown from Lima to Milan for a Via Padova Peruvian grocery; "
         "Peruvian Spanish wording (Nasca pottery repeats in several sets and Chulucanas labels in several, "
         "blind76, blind122 and blind218 among them, kept as a repeat of the label; a chicha-morada pot for a "
         "Peruvian grocery is the new part as far as a search found)", firm("Meridian Alimentari Latini Srl", "IT")),
        ("CUL-04", "import", "SEAIR01", "air", "IQ", [], "SE", "200799",
         "معجون تمر عراقي للكليچة، قوالب 5 كغم، 200 قالب", "IQ", 1000, 200, 1400, "USD",
         "Iraqi date paste for klecha is a soft, sticky, brown block that a knife goes through; twelve of these 200 "
         "blocks are hard inside, and cut open they hold 64 small, pillow-shaped clay tablets with cuneiform wedges "
         "and envelope fragments, still crusted with earth: Old Babylonian tablets dug at sites in Dhi Qar, "
         "archaeological objects whose export Iraq forbids and whose import Regulation 1210/2003 prohibits, flown "
         "from Erbil to Stockholm for a Södertälje Iraqi grocery; Iraqi Arabic wording (cuneiform tablets repeat in "
         "many sets and klecha-cookie moulds once, blind108, in an Iraqi food shipment; tablets pressed inside "
         "date-paste blocks were found in no earlier row by a keyword search)", firm("Delta Irakisk Livs AB", "SE")),
        ("CUL-05", "import", "IEAIR01", "air", "NG", [], "IE", "110620",
         "Ẹ̀lùbọ́ iṣu (yam flour) fún àmàlà, àpò 10 kg, 150 àpò", "NG", 1500, 150, 2250, "USD",
         "yam flour for amala is a fine, brown-grey powder in woven sacks; six of these 150 sacks hold, in the flour, "
         "eight hollow terracotta heads and a seated figure with pierced eyes, elaborate coiffures and red slip under "
         "the dust, broken at the neck: Sokoto and Nok terracottas (500 BC-AD 500) dug in northern Nigeria, "
         "archaeological objects whose export Nigeria forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Lagos to Dublin for a Nigerian grocery in Blanchardstown; Yoruba wording (Nok and "
         "Sokoto terracottas repeat in many sets; a yam-flour cover was found in no earlier row by a keyword search)",
         firm("Rivage African Foods Ltd", "IE")),
        ("CUL-06", "import", "BEAIR01", "express", "TR", [], "BE", "490199",
         "Yasin-i Şerif ve dua kitapçıkları, cep boy, matbu, 200 adet", "TR", 14, 200, 300, "EUR",
         "printed Yasin booklets are small, machine-printed, stapled paperbacks at a euro or two each; under the top "
         "layer of this parcel lie nine hand-written Ottoman Qur'an sections and En'am-ı Şerif prayer books on "
         "burnished paper, with gilt and lapis illumination, leather flap bindings and the oval seals of Anatolian "
         "mosque foundations on their first leaves: 18th- and 19th-century manuscripts taken from mosque libraries "
         "against Türkiye's export ban, brought in against Article 3(1) of Regulation 2019/880 and without the "
         "importer statement it requires, sent by express from Konya to a Schaerbeek Turkish supermarket that sells "
         "religious books; Turkish wording (Qur'an manuscripts repeat in a few sets, under a printed-mushaf label in "
         "blind112; a Yasin-booklet label was found in no earlier row by a keyword search)",
         firm("Alpina Türk Market SA", "BE")),
        ("CUL-07", "import", "ESAIR01", "air", "DO", [], "ES", "190590",
         "Casabe dominicano, paquetes de 400 g, 2.000 paquetes", "DO", 800, 2000, 1600, "USD",
         "a Santo Domingo grocery air shipment for a Madrid Dominican colmado: casabe and red beans are what such "
         "shops import, but the third item's 'réplicas taínas' are two carved duhos of dense, dark wood with "
         "zoomorphic heads, shell-inlaid eyes and deep age cracks, and a three-pointed stone zemí with cave earth in "
         "its grooves: Taíno ceremonial objects (AD 1000-1500) from caves in the east of the island, archaeological "
         "objects whose export the Dominican Republic forbids, brought in without an import licence (Regulation "
         "2019/880), hidden as the last item of a three-item declaration, flown to Madrid; Dominican Spanish wording "
         "(Taíno duhos and zemís repeat in several sets, kept as a repeat of the goods; behind casabe and beans for a "
         "colmado is the new part as far as a search found)",
         dict(firm("Central Colmado Dominicano SL", "ES"),
              _more_items=[item("071333", "Habichuelas rojas, sacos de 25 kg, 40 sacos", "DO", 1000, 1200, "USD", qty=40),
                           item("442199", "Artesanía de madera y piedra, réplicas taínas, 3 piezas", "DO", 18, 45, "USD",
                                qty=3)])),
        ("CUL-08", "import", "FRAIR01", "air", "KR", [], "FR", "691200",
         "막걸리 사발 (분청 스타일), 수제, 신품, 30점", "KR", 15, 30, 450, "USD",
         "new buncheong-style makgeolli bowls are evenly thrown bowls with a bright white slip and a crisp foot at a "
         "few thousand won each; these 30 are warped, grey stoneware bowls with stamped and brushed white slip, "
         "crazed glaze, kiln grit on the foot rings and burial stains: 15th- and 16th-century Joseon buncheong ware "
         "dug at kiln and tomb sites, cultural property whose export the Republic of Korea forbids, brought in "
         "against Article 3(1) of Regulation 2019/880, flown from Seoul to Paris for a Korean supermarket in the "
         "15th arrondissement; Korean wording (buncheong repeats once, blind115, under a tea-bowl label, and Korean "
         "tea-bowl labels again in blind136; a makgeolli-bowl label was found in no earlier row by a keyword search)", firm("Vega K-Mart SARL", "FR")),
        ("CUL-09", "transit", "BEAIR01", "air", "ML", ["BE"], "CH", "691390",
         "Statuettes en terre cuite, reproductions artisanales de Ségou, 6 pièces", "ML", 24, 6, 180, "EUR",
         "Ségou workshop reproductions are light, evenly fired, freshly stained figures; these six are heavy kneeling "
         "and equestrian figures in red-brown terracotta with snake and pustule decoration, root casts, "
         "thermoluminescence sample holes and a crust of floodplain soil: Inland Niger Delta (Djenné-jeno) "
         "terracottas (11th-15th century), on the ICOM Red List, whose export Mali forbids, landed at Brussels in "
         "transit from Bamako to a Geneva dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; "
         "Malian French wording (Djenné terracottas repeat in many sets and a Ségou-craft label on a "
         "terracotta once, blind59, kept as a repeat of the label; in transit through Brussels to Geneva is the new "
         "part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-10", "export", "LTAIR01", "air", "LT", [], "US", "732690",
         "Metalinės sodo dekoracijos, kaltinės, naujos, 6 vnt.", "LT", 40, 6, 300, "EUR",
         "new forged garden decorations are black-painted, evenly hammered and welded; these six are rust-brown, "
         "hand-forged iron sun-and-cross tops (saulutės) with crescents, rays and tulip finials, lichen and old paint "
         "on them and their tangs broken off where they were prised from the oak crosses and chapel-posts of "
         "Samogitian roadsides: 19th-century works of Lithuanian cross-crafting, cultural goods over 100 years old "
         "exported without the EU export licence (Regulation 116/2009) and the Lithuanian export permit, flown from "
         "Vilnius to a Chicago collector; Lithuanian wording (Lithuanian roadside-shrine carving repeats once, a "
         "rūpintojėlis in blind61; iron cross-tops were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "DESEA01", "sea", "CN", [], "DE", "071290",
         "건고사리 (중국 연변산), 10kg 박스, 400 박스", "CN", 4000, 400, 40000, "USD",
         "Chinese dried bracken comes from Jilin and Heilongjiang packers with Chinese origin papers and printed lot "
         "codes; these 400 cartons of thick, dark, hand-dried fern shoots were gathered in North Hamgyong, packed in "
         "Rason and trucked to Hunchun, where a trader put Chinese labels over the Korean packing sheets still inside: "
         "agricultural products of the DPRK, whose import the Union forbids (Regulation 2017/1509, UN Resolution "
         "2397), by sea from Dalian to Hamburg for a Frankfurt Korean-supermarket chain; Korean wording (DPRK food "
         "under Chinese origin repeats in several sets, pollock roe, clams and ginseng among them; dried bracken "
         "(gosari) was found in no earlier row by a keyword search)", firm("Central Hanguk Mart GmbH", "DE")),
        ("STR-02", "import", "PLRAIL01", "rail", "KZ", [], "PL", "160420",
         "Печень трески натуральная, ж/б 230 г, производство Казахстан, 96 000 банок", "KZ", 22080, 96000, 76800, "USD",
         "a Kazakh cannery may pack imported fish under its own plant code with Kazakh veterinary papers; these "
         "96,000 tins carry the embossed codes of a Murmansk cannery under the paper wrappers and a Barents Sea catch "
         "area on the cartons, trucked to a Petropavl warehouse where a forwarder re-labelled them and obtained a "
         "Kazakh certificate of origin: Russian cod liver, a fishery product whose import into the Union Regulation "
         "833/2014 forbids (Article 3i, Annex XXI), on the rail freight through Belarus to Małaszewicze for a Warsaw "
         "chain of Russian-speaking delicatessens; Russian wording (goods under Kazakh origin repeat in many sets; "
         "cod liver was found in no earlier row by a keyword search)", firm("Orion Produkty Wschodnie Sp. z o.o.", "PL")),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "KZ", "070959",
         "Funghi porcini freschi, prima scelta, 12 kg", "IT", 12, None, 540, "EUR",
         "fresh porcini are brown-capped, pale-stemmed and sell at 40-60 EUR/kg; these 12 kg in rice-lined boxes are "
         "knobbly, ochre tubers with a marbled inside and a heavy garlic-and-honey smell: Alba white truffles (Tuber "
         "magnatum) worth some 5,000 EUR/kg, for an Almaty gourmet-grocery importer whose courier hand-carries its "
         "orders to Moscow restaurants: luxury goods (truffles, Annex XVIII) whose sale, supply or export for use in "
         "Russia Regulation 833/2014 (Article 3h) forbids, flown from Milan to Almaty; Italian wording (white "
         "truffles under a mushroom label repeat once, blind55, kept as a repeat of the good, and a dried-porcini "
         "label once, blind158, on bear gall bladders; fresh porcini to Kazakhstan are the new part as far as a search "
         "found)", {"importer_country": "KZ"}),
        ("STR-04", "export", "DESEA01", "sea", "DE", [], "LB", "841989",
         "Vakuumverdampfer für Granatapfelsirup (Dibs Rumman), Edelstahl, komplette Anlage, 1 Stück", "DE", 9000, 1,
         45000, "EUR",
         "a vacuum evaporator for pomegranate molasses is a food-grade stainless plate or falling-film unit worth tens "
         "of thousands of euros; this plant is a 6 m3 glass-lined steel reaction vessel with an agitator, "
         "tantalum-tube condensers, PTFE-lined pipework and double-sealed pumps, worth some 600,000 EUR on the "
         "maker's list, for a Tripoli 'molasses maker' with no fruit line whose earlier freight went on by road to "
         "Homs: chemical manufacturing equipment (dual-use 2B350) exported without the licence Regulation 2021/821 "
         "requires, by sea from Hamburg to Beirut; German wording (2B350 equipment under food-plant labels repeats in "
         "many sets, kimchi and makgeolli tanks (blind153) and brewery tanks (blind79) among them; a "
         "pomegranate-molasses evaporator was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-05", "export", "CZROAD01", "road", "CZ", [], "KG", "843850",
         "Průmyslové masomlýnky pro halal masnou výrobu, 20 ks", "CZ", 2400, 20, 36000, "EUR",
         "a meat-machinery order for a Bishkek halal sausage maker: mincers and sausage fillers are what such firms "
         "buy, but the third item's 'spare electronic parts' are 12,000 loose microcontrollers, FPGAs and flash "
         "memories on reels with 2071 date codes and distributor labels, worth some 180,000 EUR, with no board to fit "
         "them, for a firm registered last year whose forwarder re-books its freight to Yekaterinburg: integrated "
         "circuits (8542 31, 8542 32) on the common high-priority list, whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, "
         "on a lorry from Brno; Czech wording (ICs behind machinery repeat in many sets; behind halal meat mincers to "
         "Kyrgyzstan is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("843850", "Plničky párků, hydraulické, 10 ks", "CZ", 1200, 18000, "EUR", qty=10),
                           item("854231", "Náhradní elektronické součástky, 400 ks", "CZ", 40, 2000, "EUR", qty=400)])),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "TR", "330210",
         "Knoflookaroma, vloeibaar, voor kebab- en knoflooksauzen, vaten van 200 l, 40 vaten", "NL", 7760, 40, 16000, "EUR",
         "liquid garlic flavour for sauce makers is a yellow-brown oil or an emulsion with a food maker's "
         "specification; these 40 drums hold a colourless, thin liquid of 0.97 kg/l that boils at 156 °C, fumes in "
         "damp air and has a foul, garlicky smell, and the drum heads give CAS 122-52-1: triethyl phosphite (CWC "
         "Schedule 3, dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Rotterdam to "
         "Mersin for a 'kebab-sauce maker' whose earlier drums went on to Aleppo; Dutch wording (triethyl phosphite "
         "repeats in many sets and a flavour label on it once, blind131, pineapple ethyl butyrate; a garlic-flavour "
         "label for kebab sauces was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-07", "export", "LVAIR01", "air", "LV", [], "AE", "841199",
         "Gāzes turbīnu ģeneratoru rezerves daļas, lāpstiņas, 120 gab.", "LV", 60, 120, 9000, "EUR",
         "spare blades for the small gas turbines of generator sets are plain, uncoated alloy blades at a few hundred "
         "euros; these 120 are single-crystal, thermal-barrier-coated high-pressure turbine blades with cooling holes "
         "and CFM56 part numbers, worth some 12,000 EUR each, for a Dubai 'power-generation' trader whose buyer "
         "overhauls engines for Russian airlines: aircraft engine parts whose sale, supply or export for use in "
         "Russia Regulation 833/2014 forbids (Annex XI), flown from Riga; Latvian wording (CFM56 blades under "
         "power-generation and generator-set labels repeat in many sets, blind12, blind27, blind41 and blind160 among "
         "them; kept as a repeat, from Riga to Dubai in Latvian is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-08", "import", "LTRAIL01", "rail", "KZ", [], "LT", "440799",
         "Лиственница сибирская, доска террасная, производство Казахстан, 120 м3", "KZ", 84000, None, 36000, "USD",
         "Kazakh sawmills cut little larch, from the Altai, with forest-service tallies in Kazakh; these 120 m3 of "
         "larch decking carry Krasnoyarsk sawmill stamps on the board ends and were loaded at Achinsk, with a Kazakh "
         "certificate of origin issued in Pavlodar: Russian wood, whose import into the Union Regulation 833/2014 "
         "forbids (Annex XXI), on the rail freight through Russia and Belarus to Kena for a Kaunas timber trader; Russian wording from "
         "Kazakhstan (Russian wood under third-country origin repeats in many sets and Siberian-larch decking under "
         "Kazakh origin in blind39 and blind91, kept as a repeat; by rail to Kena for Kaunas is the new part as far as "
         "a search found)",
         firm("Nordhafen Mediena UAB", "LT")),
        ("STR-09", "export", "SEAIR01", "air", "SE", [], "KZ", "847330",
         "Grafikkort för spelcaféer, begagnade, 300 st.", "SE", 450, 300, 45000, "EUR",
         "used graphics cards for gaming cafés are consumer boards with fans and display outputs at a few hundred "
         "euros; these 300 are passively cooled data-centre accelerator modules without display outputs, with "
         "80 GB of memory each and a list price of some 25,000 EUR, from a Stockholm server reseller, for an Almaty "
         "'gaming café' chain whose forwarder ships on to Moscow: processors and accelerators on the common "
         "high-priority list, whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Stockholm; Swedish wording (GPUs and servers for Russia through Central Asia repeat in "
         "several sets; a gaming-café label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "VE", "360410",
         "Tubos lanzadores para fuegos artificiales (morteros), con cargas, 400 unidades", "ES", 1600, 400, 6000, "EUR",
         "firework mortar tubes are cardboard or HDPE tubes sold with display shells of 50-150 mm; these 400 are "
         "37/40 mm single-shot steel launchers with shoulder stocks and 6,000 CS tear-gas and blast cartridges "
         "packed under the tubes, for a Caracas 'pyrotechnics' importer that supplies the National Guard: riot-control "
         "equipment for internal repression whose export to Venezuela Regulation 2017/2063 forbids, by sea from "
         "Valencia to La Guaira; Spanish wording (riot-control goods to Venezuela repeat in several sets, festival "
         "smoke grenades and paintball markers among them, and used fireworks mortar tubes once, blind243, as waste; "
         "a fireworks-launcher label on riot-control launchers was found in no earlier row by a keyword search)", {"importer_country": "VE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "GH", [], "NL", "030569",
         "Momone (salted dried fish), Kumasi, 20 kg nkotokuo, 30 nkotokuo", "GH", 600, 30, 1500, "USD",
         "momone is fermented, salted and sun-dried fish, flat, grey-white and pungent, that Ghanaian cooks crumble "
         "into stews; nine of these 30 sacks hold, under a layer of fish, smoked, blackened joints with overlapping "
         "brown scales still on the skin and long clawed forelimbs: white-bellied pangolin meat (Phataginus "
         "tricuspis, CITES App. I) without CITES documents, flown from Accra to Amsterdam for a Zuidoost Ghanaian "
         "grocery; Twi wording (pangolin meat under smoked and dried fish labels repeats in several sets, kept as a "
         "repeat of the family; a momone label was found in no earlier row by a keyword search)",
         firm("Delta Ghana Provisions BV", "NL")),
        ("WLF-02", "import", "FRSEA01", "sea", "GA", [], "FR", "441990",
         "Mortiers et pilons en bois pour foutou, fabrication artisanale, 120 pièces", "GA", 1800, 120, 2400, "EUR",
         "the mortars and pestles African groceries sell for pounding foutou are light iroko or mango wood, "
         "yellow-brown and coarse; these 120 are heavy, dense, pinkish-red mortars with purple veins, 15 kg each, "
         "that sink in water and were turned from whole logs: bubinga (kévazingo, Guibourtia tessmannii and "
         "G. pellegriniana, CITES App. II, under Gabon's felling and export ban) without CITES documents, by sea "
         "from Owendo to Le Havre for a Paris African grocery; Gabonese French wording (bubinga repeats in many sets "
         "as sawn wood and logs; a foutou-mortar label was found in no earlier row by a keyword search)",
         firm("Rivage Saveurs d'Afrique SARL", "FR")),
        ("WLF-03", "import", "LVAIR01", "air", "KZ", [], "LV", "200599",
         "Икра баклажанная, домашняя, стеклянные банки 500 г, 120 банок", "KZ", 60, 120, 240, "USD",
         "aubergine 'caviar' is a thick, brown-orange vegetable spread that costs a few euros a jar; these 120 jars "
         "hold, under a thin layer of spread, grey-black, glossy, 3 mm eggs with a nutty taste and no CITES label "
         "on the lids: wild sturgeon caviar (Acipenseriformes, CITES App. II) from the Ural river at Atyrau without "
         "CITES documents, flown from Atyrau to Riga for a Russian-speaking delicatessen; Russian wording from "
         "Kazakhstan (sturgeon caviar under roe and spread labels repeats in many sets, kept as a repeat of the good; "
         "an aubergine-caviar label was found in no earlier row by a keyword search)", firm("Vega Pārtika SIA", "LV")),
        ("WLF-04", "import", "ITSEA01", "sea", "CN", [], "IT", "441912",
         "竹筷子, 深色碳化, 礼盒装, 6,000 盒", "CN", 1800, 6000, 7200, "USD",
         "carbonised bamboo chopsticks are light, dark-brown, with the nodes and fibres of bamboo showing at the "
         "ends; these 6,000 boxed pairs are heavy, jet-black, fine-grained and without fibres, sink in water and "
         "leave no dye on a wet cloth: Malagasy ebony (Diospyros spp., CITES App. II for Madagascar's populations, "
         "whose export Madagascar forbids) turned in a Guangdong workshop and shipped without CITES documents, by "
         "sea from Shenzhen to Genoa for a Prato Chinese supermarket wholesaler; Chinese wording (Malagasy ebony "
         "repeats in many sets; a chopstick label was found in no earlier row on ebony by a keyword search)",
         firm("Alpina Supermercato Orientale Srl", "IT")),
        ("WLF-05", "import", "IEAIR01", "air", "BR", [], "IE", "110620",
         "Farinha de mandioca torrada, pacotes de 1 kg, 600 pacotes", "BR", 600, 600, 900, "USD",
         "a Manaus grocery air shipment for a Dublin Brazilian grocery: toasted cassava flour and black beans are what "
         "such shops import, but the third item's 'pescada-amarela' is not the slim, silvery, small-scaled yellow hake "
         "split into thin sheets: its 40 boxes hold sheets a metre long with coin-sized, red-edged scales and thick, "
         "pinkish flesh, from fish well over 50 kg: wild pirarucu (Arapaima gigas, CITES App. II) from unmanaged "
         "Amazon catch, without an IBAMA export permit, hidden as the last item of a three-item declaration, flown "
         "from Manaus via São Paulo to Dublin; Brazilian Portuguese wording (pirarucu under other fish labels repeats "
         "in many sets, kept as a repeat of the good; a pescada-amarela label behind cassava flour and beans was "
         "found in no earlier row by a keyword search)",
         dict(firm("Horizon Mercado Brasileiro Ltd", "IE"),
              _more_items=[item("071333", "Feijão preto, sacos de 1 kg, 800 sacos", "BR", 800, 1200, "USD", qty=800),
                           item("030559", "Pescada-amarela salgada e seca, mantas, caixas de 20 kg, 40 caixas", "BR", 800,
                                4800, "USD", qty=40)])),
        ("WLF-06", "import", "SEAIR01", "air", "TH", [], "SE", "441990",
         "สากไม้สำหรับตำส้มตำ ไม้จามจุรี 400 อัน", "TH", 320, 400, 800, "USD",
         "rain-tree (chamchuri) pestles for pounding papaya salad are pale, light and coarse-grained; these 400 are "
         "dense, purple-red to black-streaked pestles that sink in water and smell of roses when scraped: Siamese "
         "rosewood (Dalbergia cochinchinensis, CITES App. II, finished products included) without CITES documents, "
         "flown from Bangkok to Stockholm for a Thai grocery chain; Thai wording (Siamese rosewood repeats in several "
         "sets as furniture and logs; a papaya-salad pestle label was found in no earlier row by a keyword search)",
         firm("Central Thai Livs AB", "SE")),
        ("WLF-07", "import", "DEPOST01", "post", "MX", [], "DE", "950300",
         "Arañas de juguete de plástico, realistas, 12 piezas", "MX", 1.2, 12, 20, "USD",
         "realistic plastic toy spiders are light, odourless, all alike; this padded parcel is warm, has air holes and "
         "holds twelve small tubs, each with a live, black-and-orange, hairy tarantula: Mexican red-knee and "
         "red-leg tarantulas (Brachypelma spp., CITES App. II) wild-caught in Guerrero, without CITES documents, "
         "posted from Acapulco to a private keeper in Hanover; Mexican Spanish wording (tarantulas under toy-spider "
         "labels repeat in several sets, blind70, blind71, blind86 and blind117 among them; kept as a repeat for its "
         "postal route to Hanover)", person("Lena Wagner", "DE")),
        ("WLF-08", "transit", "FRAIR01", "air", "ID", ["FR"], "CA", "392690",
         "Netsuke dari resin, ukiran tangan, 20 buah", "ID", 3, 20, 120, "USD",
         "resin netsuke are light, cast, with mould seams and even colour; these 20 are heavy, carved blocks of a "
         "dense, golden-yellow material with a red rind on one face, warm to the touch and smelling of burnt hair "
         "under a hot needle: carved casques of the helmeted hornbill (Rhinoplax vigil, CITES App. I), without CITES "
         "documents, landed at Roissy in transit from Jakarta to a Vancouver buyer; Indonesian wording (hornbill ivory "
         "repeats in several sets and resin-netsuke labels in several, blind85 in Indonesian among them; kept as a "
         "repeat of the label, in transit through Paris to Vancouver is the new part as far as a search found)", {"importer_country": "CA"}),
        ("WLF-09", "import", "ITAIR01", "air", "TW", [], "IT", "711790",
         "黑色樹脂珠, 飾品用, 8 公斤", "TW", 8, None, 400, "USD",
         "black resin beads are light, cast and uniform, with a seam at the hole; these 8 kg are turned beads and "
         "branch pieces of a dense, glossy black material with concentric growth rings in cross-section and tiny "
         "spines on the unpolished branches: black coral (Antipatharia, CITES App. II) without CITES documents, "
         "flown from Taipei to Milan for a Valenza jewellery maker; Chinese wording from Taiwan (black coral repeats "
         "in several sets; a black-resin-bead label from Taiwan is the new part as far as a search found)",
         firm("Meridian Gioielli Srl", "IT")),
        ("WLF-10", "import", "PTAIR01", "air", "MZ", [], "PT", "071290",
         "Folhas de mandioca secas e piladas para matapa, sacos de 5 kg, 12 sacos", "MZ", 60, 12, 180, "USD",
         "dried, pounded cassava leaves for matapa are a light, green, crumbly powder that smells of hay; two of these "
         "twelve sacks hold, inside the leaf, 9 kg of solid, dense, dark-grey cones and slices with tight parallel "
         "hair-like fibres at the cut base, shaved to hide their shape: rhinoceros horn pieces (Rhinocerotidae, CITES "
         "App. I) from animals poached on the Limpopo side of the border, without CITES documents, flown from Maputo "
         "to Lisbon for a Mozambican grocery in Amadora whose courier takes them on to Asia; Mozambican Portuguese "
         "wording (rhino horn repeats in many sets; hidden in a matapa-leaf parcel for a grocery was found in no "
         "earlier row by a keyword search)", firm("Atlantic Sabores de Moçambique Lda", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "PH", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (disinfecting sprouting seeds)", "PH", 2.3, 2, 30,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-72-0044")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "MX", "DE", "282919",
     "Potassium chlorate 99 %, 500 g, for a licensed private user (school science demonstrations)", "MX", 0.5, 1, 25,
     "USD", [("PRECURSOR_LICENCE", "DE-BKA-72-0318")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "841850",
     "Waste refrigerated display cabinets and freezers from Norwegian supermarkets, for treatment at a licensed plant, "
     "60 units", "NO", 9000, 60, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-72-0127")],
     "notified waste refrigerating equipment to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "151800",
     "Used cooking oil mixed with mineral oil (13 02 08*), for treatment at a licensed plant, 22 t", "CH", 22000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BW-72-0406")], "notified waste oil mixture to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "DKAIR01", "air", "US", "DK", "290379",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 650, "USD",
     [("ODS_LICENCE", "DK-MST-ODS-72-006")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "BGSEA01", "sea", "US", "BG", "290376",
     "Halon 2402, recovered and reclaimed, 10 cylinders, for critical use in armoured-vehicle engine-bay fire "
     "protection", "US", 700, 10, 21000, "USD", [("ODS_LICENCE", "BG-MOSV-ODS-72-002")],
     "halon 2402 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970610",
     "Ottoman En'am-ı Şerif prayer book, illuminated manuscript, 1760s, documented German collection since 1952, sold "
     "at auction", "DE", 0.6, 1, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-72-0233")],
     "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "970510",
     "Han dynasty green-glazed pottery hu jar, documented Dutch collection since 1961, loan to a US museum", "NL", 9, 1,
     30000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-72-0071")],
     "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "JO", "841989",
     "Glass-lined 6 m3 reaction vessel with tantalum condenser, 1 plant, for a Jordanian pharmaceutical maker", "DE",
     9500, 1, 610000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-72-1187"), ("END_USER_CERTIFICATE", "JO-MIT-EUC-72-0094")],
     "dual-use chemical equipment under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "292023",
     "Triethyl phosphite 98 %, 40 drums of 200 l, for an Indian flame-retardant maker", "NL", 7760, 40, 62000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-72-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-72-0356")],
     "dual-use triethyl phosphite under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "LVAIR01", "air", "CN", "LV", "160431",
     "Farmed Siberian sturgeon caviar (Acipenser baerii), CITES-labelled tins, 40 x 125 g", "CN", 5, 40, 6800, "USD",
     [("CITES_PERMIT", "CN-CITES-72-0881")], "App. II farmed caviar with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "GA", "FR", "441990",
     "Bubinga (Guibourtia tessmannii) mortars and pestles from a certified concession, 100 units", "GA", 1500, 100,
     3000, "EUR", [("CITES_PERMIT", "GA-ANPN-72-0045")], "App. II bubinga products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-05": "Central Laboratorium ApS",
    "PRM-06": "Vega Defence Services EOOD", "PRM-11": "Vega Pārtika SIA", "PRM-12": "Rivage Saveurs d'Afrique SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # halal, ethnic and speciality grocery importers, their wholesalers and their shop fitters
    ("220890", "Lambanog coconut spirit, 750 ml bottles", "import", ["air"], ["PH"], (6, 12), (100, 400), ["USD"], 1.1, S),
    ("151590", "Sichuan pepper oil, 1 l bottles", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("340290", "Halal fruit-and-vegetable wash, 1 l", "import", ["air"], ["MY", "ID"], (3, 6), (200, 600), ["USD"], 1, S),
    ("210690", "Sekanjabin mint-vinegar syrup, 1 l bottles", "import", ["sea"], ["IR", "TR"], (1.2, 2.5), (3000, 8000), ["EUR"], 0.8, S),
    ("210230", "Baking powder, aluminium-free, 1 kg bags", "import", ["sea"], ["HK", "CN"], (1.2, 2.5), (2000, 6000), ["USD"], 1, S),
    ("110812", "Cornflour (maize starch) for coladas, 1 kg bags", "import", ["sea"], ["CO", "MX"], (0.6, 1.0), (8000, 18000), ["USD"], 1, S),
    ("210690", "Thai crisping powder (phong krop), 1 kg bags", "import", ["post"], ["TH"], (8, 15), (1, 3), ["USD"], 1, S),
    ("210610", "Soya granules (textured soy protein), 25 kg sacks", "import", ["sea"], ["IN"], (0.8, 1.3), (10000, 20000), ["USD"], 0.04, S),
    ("330190", "Rose water, Isparta, 1 l bottles", "import", ["road"], ["TR"], (1.5, 3), (2000, 6000), ["EUR"], 1, S),
    ("071333", "Red kidney beans, dried, 25 kg sacks", "import", ["sea"], ["DO", "AR"], (1, 1.6), (10000, 20000), ["USD"], None, S),
    ("630533", "Woven polypropylene sacks, new, printed, 25 kg size", "import", ["sea"], ["PK", "IN"], (1.8, 3), (8000, 16000), ["USD"], 10, S),
    ("940320", "Metal shop shelving (gondolas), new", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 12000), ["USD"], 0.05, S),
    ("842381", "Electronic shop scales, new, 15 kg", "import", ["sea"], ["CN", "TW"], (8, 15), (1000, 4000), ["USD"], 0.2, S),
    ("392590", "Cold-room sandwich panels, new, PIR core", "import", ["road"], ["TR"], (3, 6), (8000, 16000), ["EUR"], None, S),
    ("851660", "Pressure rice cookers, new, boxed", "import", ["sea"], ["KR", "CN"], (15, 30), (2000, 6000), ["USD"], 0.15, S),
    ("151190", "Refined palm olein, flexitanks", "import", ["sea"], ["MY", "ID"], (0.8, 1.2), (20000, 24000), ["USD"], None, S),
    ("140490", "Natural henna powder, 25 kg sacks", "import", ["sea"], ["IN", "PK"], (1.5, 3), (5000, 12000), ["USD"], 0.04, S),
    ("850710", "Lead-acid traction batteries for pallet trucks, new", "import", ["sea"], ["CN", "IN"], (2, 3.5), (6000, 14000), ["USD"], 0.004, S),
    ("380894", "Quaternary-ammonium food-contact sanitiser, alcohol-free, 5 l", "import", ["road"], ["TR", "RS"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("340290", "Döner-grill cleaning foam, 500 ml aerosols", "import", ["sea"], ["TR", "CN"], (2.5, 5), (2000, 6000), ["EUR", "USD"], 1.5, S),
    ("210690", "Edible silver lustre spray for sweets, 100 ml", "import", ["express"], ["IN", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 6, S),
    ("100630", "Basmati rice, 1121 sella, 5 kg bags", "import", ["sea"], ["PK", "IN"], (1.0, 1.5), (18000, 24000), ["USD"], 0.2, S),
    ("071320", "Chana dal, 1 kg packs", "import", ["sea"], ["IN", "PK"], (0.8, 1.2), (10000, 20000), ["USD"], 1, S),
    ("081340", "Dried white mulberries, Afghan", "import", ["air"], ["AF", "AE"], (4, 8), (200, 800), ["USD"], None, S),
    ("691200", "Shaoxing wine jars, empty, stoneware", "import", ["sea"], ["CN"], (1, 2), (1000, 4000), ["USD"], 0.1, S),
    ("691200", "Chulucanas pottery, new, smoked black ware", "import", ["air"], ["PE"], (6, 12), (50, 200), ["USD"], 0.5, S),
    ("200799", "Iraqi date paste, 5 kg blocks", "import", ["sea"], ["IQ", "SA"], (1.2, 2), (8000, 16000), ["USD"], 0.2, S),
    ("110620", "Yam flour (elubo), 10 kg bags", "import", ["sea"], ["NG", "GH"], (1.2, 2.5), (4000, 12000), ["USD"], 0.1, S),
    ("490199", "Printed Yasin and prayer booklets", "import", ["post"], ["TR"], (8, 16), (1, 4), ["EUR"], 10, S),
    ("190590", "Dominican casabe cassava bread, 400 g", "import", ["air"], ["DO"], (2, 4), (300, 900), ["USD"], 2.5, S),
    ("691200", "Makgeolli bowls, new, buncheong style", "import", ["express"], ["KR"], (20, 40), (1, 3), ["USD"], 2, S),
    ("071290", "Dried bracken (gosari), Chinese origin", "import", ["sea"], ["CN"], (8, 14), (2000, 5000), ["USD"], None, S),
    ("071239", "Dried porcini, sliced, 500 g bags", "export", ["air"], ["KZ", "AM"], (40, 70), (50, 200), ["EUR"], 2, S),
    ("841989", "Plate evaporators for fruit syrups, stainless, food grade", "export", ["sea"], ["LB", "JO"], (6, 12), (3000, 9000), ["EUR"], None, S),
    ("843850", "Meat mincers, industrial, for halal processors", "export", ["road"], ["KG", "KZ"], (12, 20), (1000, 3000), ["EUR"], 0.008, S),
    ("330210", "Garlic flavour emulsion for sauces, 200 l drums", "export", ["sea"], ["TR", "MA"], (4, 8), (4000, 9000), ["EUR"], None, S),
    ("441990", "Iroko fufu mortars and pestles, new", "import", ["sea"], ["GH", "CM"], (2, 4), (1000, 3000), ["USD"], 0.07, S),
    ("200599", "Aubergine spread (eggplant 'caviar'), jars", "import", ["road"], ["MD", "UA"], (2, 3.5), (4000, 12000), ["EUR"], 2, S),
    ("441912", "Bamboo chopsticks, boxed sets", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 20, S),
    ("441990", "Acacia-wood papaya-salad pestles and clay mortars", "import", ["sea"], ["TH", "VN"], (1.5, 3), (2000, 6000), ["USD"], 0.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701349", "Glass oil-and-vinegar cruets", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 3, N),
        ("830250", "Zinc-alloy wall coat hooks, carded", "import", ["sea"], ["CN", "IN"], (3, 6), (2000, 6000), ["USD"], 10, N),
        ("820551", "Stainless-steel pizza cutters", "import", ["sea"], ["CN"], (5, 9), (2000, 5000), ["USD"], 12, N),
        ("441990", "Olive-wood butter spreaders, boxed sets", "import", ["post", "express"], ["TN", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind279", 20720901, HERE)


if __name__ == "__main__":
    main()
