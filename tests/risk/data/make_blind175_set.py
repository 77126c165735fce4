#!/usr/bin/env python3
"""Writes the hundred-and-seventy-fifth blind set (tests/risk/data/blind175-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2055, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an e-commerce emphasis (marketplace sellers, fulfilment centres, low-value consignments
split under the de minimis threshold, returns of online orders, courier consolidators and
parcel forwarders: traders, routes, wordings and covers drawn from that trade, over many
countries and languages).
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
would. Ids are BL175-*:

    python3 tests/risk/data/make_blind175_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2055, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2055
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "KR", [], "IE", "330499",
         "속눈썹 펌 2제 (고정제) 살롱용 리필, 500 ml x 4", "KR", 2.3, 4, 68000, "KRW",
         "lash-lift setting lotion is a creamy lotion with about 2 % peroxide, sold in sachets or small tubes; these "
         "four 500 ml bottles have vented caps and hold a water-clear, thin liquid of 1.13 kg/l that whitens and stings "
         "the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sold by a Seoul "
         "marketplace seller and posted under the low-value threshold to a private home lash technician in Cork; "
         "Korean wording (hydrogen peroxide repeats in many sets; a lash-lift lotion label was found in no earlier row "
         "by a keyword search)", person("Siobhán Murphy", "IE")),
        ("PRE-02", "import", "DEAIR01", "express", "VN", [], "DE", "330430",
         "Nước tẩy sơn gel (soak-off remover), chai 1 lít, 4 chai", "VN", 4.6, 4, 1500000, "VND",
         "gel-polish soak-off remover is acetone of 0.79 kg/l that evaporates in seconds and lifts gel in ten minutes; "
         "these four bottles weigh 1.14 kg/l, evaporate slowly, leave a test nail's gel untouched and smell faintly "
         "fruity, and the drum label copied onto the invoice reads 'CH3NO2': nitromethane (Annex I above 16 %), one "
         "of five identical express parcels sent by a Ho Chi Minh City nail-supply web shop on the same day to five "
         "Berlin nail studios of one owner, so that each stays a low-value consignment; Vietnamese wording "
         "(nitromethane repeats in many sets and acetone labels in many; a soak-off gel-remover label and a split "
         "over five studios were found in no earlier row by a keyword search)", firm("Lotus Nagelstudio GmbH", "DE")),
        ("PRE-03", "import", "DKPOST01", "post", "US", [], "DK", "210610",
         "Organic Pea Protein Isolate Powder Unflavored Vegan Non-GMO Keto Friendly 2.2 lb (Pack of 2)", "US", 2.0, 2,
         59.98, "USD",
         "pea-protein isolate is a light, cream-yellow powder of about 0.4 kg/l that smells of peas and clumps in "
         "water; these two pouches hold a heavy (1.3 kg/l), bright-white, gritty, odourless powder that sinks "
         "undissolved and flares violet-white mixed with sugar: potassium perchlorate (Annex I above 40 %), listed "
         "under a marketplace's supplement category by a Nevada seller and posted to a private person in Aarhus, the "
         "description being the keyword-stuffed listing title; US English wording (potassium perchlorate repeats in "
         "many sets and supplement covers, creatine among them, in several; a pea-protein label was found in no "
         "earlier row by a keyword search)", person("Mette Sørensen", "DK")),
        ("PRE-04", "import", "PLAIR01", "air", "CN", [], "PL", "292249",
         "β-丙氨酸粉，运动营养原料，1公斤袋装，600袋", "CN", 600, 600, 4200, "USD",
         "beta-alanine is a fluffy white powder of about 0.6 kg/l that makes the skin tingle; these 600 bags hold "
         "dense, colourless crystals of about 1.4 kg/l that draw damp, do not tingle and flare yellow on a hot plate, "
         "and the inner liners read 'NaClO3 99.5 %': sodium chlorate (Annex I above 40 %), flown from Zhengzhou to a "
         "fulfilment centre near Poznań that stores a Shenzhen marketplace seller's stock and ships single bags to "
         "members of the public across the Union; Chinese wording (sodium chlorate repeats in many sets under salt "
         "and sugar-like labels; a beta-alanine label and a fulfilment-centre consignee were found in no earlier row "
         "by a keyword search)", firm("Orion Fulfilment Sp. z o.o.", "PL")),
        ("PRE-05", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "390730",
         "Epoksi reçine sertleştirici (B bileşeni), river masa için, 1 kg şişe, 1.200 şişe", "TR", 1200, 1200, 4800,
         "EUR",
         "amine epoxy hardener is a honey-coloured liquid of about 1.0 kg/l that smells of ammonia; these bottles hold "
         "an odourless, oily, colourless liquid of 1.84 kg/l that chars the wooden stir stick black, so the lorry "
         "weighs in about a tonne over its manifest at Giurgiu: about 96 % sulphuric acid (Annex I above 15 %), for a "
         "Bucharest web shop that sells resin-art kits to the public, by road from Istanbul through Bulgaria; Turkish "
         "wording (sulphuric acid repeats in many sets and hardener labels in several; a river-table epoxy label was "
         "found in no earlier row by a keyword search)", firm("Vega Resin Art SRL", "RO")),
        ("PRE-06", "import", "NLAIR01", "air", "IN", [], "NL", "382499",
         "पीतल के लिए पेटिना घोल, नीला-हरा, 1 लीटर, 120 बोतलें", "IN", 168, 120, 900, "USD",
         "brass patina solutions are blue-green, ammonia- or chloride-based liquids of about 1.05 kg/l; these 120 "
         "bottles hold a colourless-to-yellow liquid of 1.40 kg/l that fumes brown on a copper offcut and stains the "
         "skin yellow: about 65 % nitric acid (Annex I above 3 %), flown from Moradabad's brassware trade to a "
         "Utrecht craft-supply web shop that sells single bottles to the public; Hindi wording (nitric acid repeats "
         "in many sets and an artists' copper-patina label once, blind30; kept as a repeat, Moradabad's brassware trade "
         "by air to a Dutch craft web shop is the new part)", firm("Atlantic Hobby BV", "NL")),
        ("PRE-07", "import", "FIPOST01", "post", "CA", [], "FI", "390130",
         "Unscented aroma beads for car freshies, 4 x 1 kg bags", "CA", 4.0, 4, 64, "CAD",
         "aroma beads are light (0.93 kg/l) EVA pellets that float on water and soften in the oven with fragrance oil; "
         "these four bags hold white, round prills that sink, dissolve and turn the water ice-cold, smell of nothing "
         "and melt and fume on a hot plate: ammonium nitrate (Annex I at 16 % N or more), posted by an Alberta "
         "craft-marketplace seller to a private person in Tampere; Canadian English wording (ammonium nitrate repeats "
         "in many sets; an aroma-bead label was found in no earlier row by a keyword search)",
         person("Liisa Korhonen", "FI")),
        ("PRE-08", "import", "ATPOST01", "post", "MY", [], "AT", "210690",
         "Pemanis buah monk (luo han guo) tanpa gula, 1 kg x 4 paket", "MY", 4.0, 4, 220, "MYR",
         "monk-fruit sweetener is an erythritol-based granule of about 0.8 kg/l with a cool, sweet taste; these four "
         "packs hold shiny, heavier crystals that spit violet sparks on a hot iron and carry CAS 3811-04-9 on the "
         "inner bags: potassium chlorate (Annex I above 40 %), posted by a Penang marketplace seller to a private "
         "person in Graz; Malay wording (potassium chlorate repeats in many sets and sweetener covers (xylitol, "
         "stevia, erythritol) in several, a monk-fruit label once, blind125, on sodium chlorate from China by sea; kept "
         "as a repeat, a single parcel from Malaysia to Austria is the new part)",
         person("Thomas Gruber", "AT")),
        ("PRE-09", "import", "SEAIR01", "express", "HK", [], "SE", "110819",
         "野葛根粉（純正）, 500克 x 6包", "CN", 3.2, 6, 480, "HKD",
         "kudzu-root starch is a chalky, squeaky, off-white powder with lumps that thickens hot water into a clear "
         "paste; these six packs hold glassy white crystals and lumps that do not thicken, dissolve at once in "
         "water, draw damp overnight and burn fiercely on a teaspoon with a little sugar: sodium perchlorate (Annex I "
         "above 40 %), sent by express by a Hong Kong health-food web shop to a private person in Malmö; Cantonese "
         "(traditional Chinese) wording (sodium perchlorate repeats in many sets and kudzu or kuzu labels in several, "
         "blind121 to blind161; kept as a repeat, express from a Hong Kong web shop to Sweden is the new part)",
         person("Mr L. Nilsson", "SE")),
        ("PRE-10", "import", "DEAIR01", "air", "CN", [], "DE", "392690",
         "B2C-Sammelsendung: Handyhüllen TPU, transparent, 1.200 Stück", "CN", 240, 1200, 1800, "USD",
         "a courier consolidator's air shipment of marketplace orders for Leipzig: phone cases and LED strips are "
         "what such consolidations carry, but the third line's 'whirlpool water clarifier, active oxygen' is sixty "
         "1 l bottles with vented caps of a water-clear liquid of 1.20 kg/l that foams on a cut and bleaches the "
         "skin, each labelled for a different private buyer: about 50 % hydrogen peroxide (Annex I above 12 %) for "
         "members of the public, hidden as the last line of a three-line consolidated declaration; German wording "
         "(hydrogen peroxide repeats in many sets and hot-tub labels twice, blind20 and blind82; a consolidated "
         "marketplace declaration hiding it was found in no earlier row by a keyword search)",
         dict(firm("Central Parcel Logistics GmbH", "DE"),
              _more_items=[item("940542", "LED-Lichtleisten 5 m, RGB, mit Fernbedienung, 400 Stück", "CN", 160, 1400, "USD", qty=400),
                           item("380894", "Whirlpool-Wasserklärer Aktivsauerstoff, 1 l, 60 Flaschen", "CN", 72, 240, "USD", qty=60)])),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "850811",
         "Saugroboter, generalüberholt, Güteklasse A, 1.800 Stück", "DE", 5400, 1800, 16200, "EUR",
         "refurbished robot vacuums are boxed, charged and tested at 100-200 EUR each; these 1,800 at 9 EUR lie loose "
         "in gaylords with cracked housings, full dust bins and swollen, missing or cut battery packs, rejected as "
         "unsellable by a marketplace returns centre in Saxony: waste electrical equipment with hazardous components "
         "and lithium batteries (16 02 13*), hazardous waste whose export to a non-OECD country is banned, on a lorry "
         "through Poland to a Lviv 'repair' buyer; German wording (customer-return e-waste repeats in a few sets, "
         "hair dryers, arc lighters and power banks among them; a robot-vacuum label once, blind115, on strategic "
         "batteries; on waste it was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "CI", "392690",
         "Colis e-commerce non réclamés (boîtes mystère), contenu divers neuf, 2 400 colis", "BE", 11000, 2400, 4800,
         "EUR",
         "undeliverable e-commerce parcels sold on as 'mystery boxes' are sealed parcels of new goods; this container "
         "holds opened, crushed parcels that a Liège returns processor sorted out: leaking phone batteries and power "
         "banks, broken small appliances, burst cosmetics and aerosol cans, mixed together: mixed hazardous waste "
         "(16 06 05, 16 02 13*, 16 05 04*), whose export to a non-OECD country is banned, from Antwerp to Abidjan; "
         "Belgian French wording (mixed customer returns repeat in a few sets; mystery boxes of unclaimed parcels "
         "were found in no earlier row by a keyword search)", {"importer_country": "CI"}),
        ("WST-03", "export", "CZRAIL01", "rail", "CZ", ["DE"], "MY", "392010",
         "Fólie LDPE pro vzduchové polštáře, nová, v rolích, 2 kontejnery", "CZ", 36000, None, 7200, "EUR",
         "new air-cushion film is wound flat on cores, clean and printed with the maker's mark; these containers hold "
         "baled, crumpled, used air pillows and bubble wrap with tape, shipping labels and paper, collected from the "
         "inbound cartons and returns of a fulfilment centre near Prague: mixed plastic waste (Y48), which may not "
         "leave for a non-OECD country without Malaysia's prior written consent, by rail to Hamburg and on to Port "
         "Klang; Czech wording (plastic film waste repeats in many sets; an air-cushion label from a fulfilment centre "
         "was found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "PK", "330210",
         "Food flavour concentrates, assorted fruit, 10 ml bottles, 240,000 bottles", "GB", 2600, 240000, 3600, "GBP",
         "food flavour concentrates go to bottlers in 25 kg drums with a food-grade specification; these are 10 ml "
         "child-proof e-liquid bottles with nicotine warning triangles, 20 mg/ml nicotine salt, emptied out of unsold "
         "and expired stock after the British disposable-vape ban and bought by the pallet from online vape shops: "
         "waste containing toxic nicotine (16 03 05*), hazardous waste whose export to a non-OECD country is banned, "
         "from Felixstowe to Karachi; English wording (nicotine liquids and vapes repeat in several sets; a "
         "food-flavour-concentrate label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "NG", "850760",
         "E-bike accu's (pedelec), nieuw, 36 V, 1.100 stuks", "NL", 3300, 1100, 11000, "EUR",
         "new pedelec batteries are boxed with serial stickers and a UN 38.3 test summary at 150-400 EUR; these 1,100 "
         "at 10 EUR are loose, scuffed, many swollen or with cut leads: warranty returns and swapped-out packs from "
         "Dutch web-shop bike dealers, waste lithium-ion batteries (16 06 05, A1170 when damaged), hazardous waste "
         "whose export to a non-OECD country is banned, from Rotterdam to Lagos; Dutch wording (waste lithium "
         "batteries repeat in many sets and e-bike labels in several; a pedelec label was found in no earlier row by "
         "a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "FRAIR01", "air", "FR", [], "HK", "851830",
         "Écouteurs sans fil reconditionnés, avec boîtier de charge, 40 000 pièces", "FR", 1600, 40000, 20000, "EUR",
         "refurbished wireless earbuds are tested, cleaned, paired and boxed at 30-80 EUR a pair; these 40,000 at 0.50 "
         "EUR lie loose in bags, with cracked charging cases, dead or swollen button cells and no boxes, sorted out "
         "by a returns platform near Lyon: waste electrical equipment with lithium cells (16 02 13*), hazardous waste "
         "whose export to a non-OECD country is banned, flown from Lyon to Hong Kong; French wording (e-waste to Hong "
         "Kong repeats in many sets; an earbud label was found in no earlier row by a keyword search)",
         {"importer_country": "HK"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "390690",
         "Resina UV per stampa 3D, nuova, flaconi da 1 kg, 8.000 flaconi", "IT", 8000, 8000, 4000, "EUR",
         "new UV resin for 3D printing is a clear or tinted, light-sensitive liquid in opaque bottles at 20-40 EUR a "
         "kilogram; these bottles at 0.50 EUR hold half-cured, lumpy resin sludge, failed prints and cloudy isopropanol "
         "wash liquor smelling of acrylate, collected from Milan print farms that sell figurines online: waste resin "
         "and solvent (08 01 11*), hazardous waste whose export to a non-OECD country is banned, from Genoa to Radès; "
         "Italian wording (3D-printing labels appear in a few sets on other goods; a UV-resin label on waste was found "
         "in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-08", "export", "SESEA01", "sea", "SE", [], "GH", "901910",
         "Massagepistoler, renoverade, 6 000 st.", "SE", 7200, 6000, 12000, "EUR",
         "refurbished massage guns are boxed with a charger and attachments at 50-150 EUR; these 6,000 at 2 EUR are "
         "loose, with burnt motors, broken heads and swollen 18650 packs, the return rejects of a Swedish fitness web "
         "shop: waste electrical equipment with lithium batteries (16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, from Gothenburg to Tema; Swedish wording (massage appliances appear in a few "
         "rows on other goods; a massage-gun label was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-09", "export", "LTSEA01", "sea", "LT", [], "GE", "852849",
         "Retro žaidimų CRT monitoriai, patikrinti, 900 vnt.", "LT", 18000, 900, 9000, "EUR",
         "working CRT monitors for retro gaming sell to collectors for 100-300 EUR each, one by one and carefully "
         "packed; these 900 at 10 EUR are stacked loose, with cracked screens, missing yokes and burnt boards, bought "
         "by the van from online classifieds and municipal collection points: waste cathode-ray tubes with lead glass "
         "(16 02 13*, A1180), hazardous waste whose export to a non-OECD country is banned, from Klaipėda to Poti; "
         "Lithuanian wording (CRT waste repeats in many sets and 'retro' labels in several; kept as a repeat, a "
         "retro-gaming label from Lithuania to Georgia is the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "SN", "630231",
         "Textil hogar nuevo, excedente de tienda online, 2.000 kg", "ES", 2000, None, 6000, "EUR",
         "an online shop's surplus container for Dakar: new bed linen and plastic kitchenware are what such clearances "
         "carry, but the third item's 'B-stock e-scooters, tested' are 300 scooters with snapped stems, no chargers and "
         "swollen or cut battery packs, retired from a Valencia rental fleet: waste electrical equipment with lithium "
         "batteries (16 02 13*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item "
         "of a three-item declaration from Valencia to Dakar; Spanish wording (e-scooters repeat in five sets; behind "
         "an online-shop surplus cargo is the new part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("392410", "Menaje de cocina de plástico, nuevo, excedente, 1.500 kg", "ES", 1500, 3000, "EUR"),
                           item("871160", "Patinetes eléctricos B-Stock, probados, 300 unidades", "ES", 4500, 1500, "EUR", qty=300)])),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "CN", [], "ES", "848180",
         "Dispensadores de cerveza de barril para fiestas, refrigerados con hielo, sin compresor, 400 unidades", "CN",
         10400, 400, 36000, "USD",
         "ice-cooled party beer taps are light steel-and-plastic columns with a coil in an ice box, about 8 kg each; "
         "these 26 kg units have a hermetic compressor, a condenser and a rating plate reading 'R-134a 180 g' under a "
         "fresh sticker: self-contained refrigeration with an HFC of GWP above 150, banned from the market, imported "
         "without the HFC quota authorisation Regulation 2024/573 requires, by sea from Ningbo to a Valencia "
         "fulfilment warehouse of a marketplace seller; Spanish wording (HFC plug-in equipment repeats in many sets, "
         "a kegerator once, blind129, and a beer-tap CO2-cylinder label once, blind116; party beer-tap dispensers were "
         "found in no earlier row by a keyword search)",
         firm("Horizon Fulfilment Iberia SL", "ES")),
        ("OZN-02", "import", "FRPOST01", "post", "JP", [], "FR", "340290",
         "レンズクリーニング液 (旧在庫), 100 ml x 12本", "JP", 1.9, 12, 9800, "JPY",
         "camera lens-cleaning fluid is an alcohol-and-water mix of about 0.85 kg/l that dries with a faint alcohol "
         "smell; these twelve old-stock bottles weigh 1.59 kg/l, smell sweet and dry-cleaning-like and do not burn: "
         "carbon tetrachloride, a controlled ozone-depleting substance imported without the licence Regulation "
         "2024/590 requires, posted by a Japanese used-camera marketplace seller with a lens order to a private "
         "collector in Lille; Japanese wording (carbon tetrachloride repeats in many sets, as watermark and spot "
         "remover fluids among others; a lens-cleaning label was found in no earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("OZN-03", "import", "BEPOST01", "post", "PK", [], "BE", "340510",
         "جوتوں کی صفائی کا محلول، سنیکر کلینر، 250 ملی لیٹر، 8 بوتلیں", "PK", 2.7, 8, 5600, "PKR",
         "sneaker cleaners are water-based foams or gels of about 1.0 kg/l; these eight bottles hold a water-clear "
         "solvent of 1.34 kg/l that evaporates at once with a sweet, chloroform-like smell and lifts glue from the "
         "test sole: 1,1,1-trichloroethane (methyl chloroform), a controlled ozone-depleting substance imported "
         "without the licence Regulation 2024/590 requires, posted by a Sialkot marketplace seller to a private "
         "sneaker reseller in Antwerp; Urdu wording (methyl chloroform repeats in many sets; a sneaker-cleaner label "
         "was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("OZN-04", "import", "LTPOST01", "post", "UA", [], "LT", "340290",
         "Засіб для чищення гітарних струн, 100 мл, 20 флаконів", "UA", 3.2, 20, 1400, "UAH",
         "guitar-string cleaners are light oils or alcohol blends of about 0.8 kg/l; these twenty bottles hold a "
         "colourless, odourless-to-sweet solvent of 1.56 kg/l that vanishes off the fingers leaving them cold and does "
         "not burn, and the bottles' batch stickers read 'хладон 113': CFC-113, a controlled ozone-depleting substance "
         "imported without the licence Regulation 2024/590 requires, posted by a Kharkiv music-shop marketplace seller "
         "to a private guitarist in Kaunas; Ukrainian wording (CFC-113 repeats in several sets under Khladon, film- "
         "and flux-cleaner labels; a guitar-string-cleaner label was found in no earlier row by a keyword search)",
         person("Tomas Kazlauskas", "LT")),
        ("OZN-05", "import", "NLPOST01", "post", "ID", [], "NL", "380891",
         "Bom asap pembasmi kutu busuk, 6 kaleng", "ID", 3.6, 6, 450000, "IDR",
         "bed-bug smoke foggers are light cans of a pyrethroid that burn or release a dry mist; these six squat, heavy "
         "cans hold a liquefied gas that hisses cold, weighs far more than a fogger's contents and is stamped 'CH3Br' "
         "under the label: methyl bromide, a controlled ozone-depleting substance imported without the licence "
         "Regulation 2024/590 requires, posted by a Surabaya marketplace seller to a private person in Rotterdam; "
         "Indonesian wording (methyl bromide repeats in many sets, fogger labels in a few and a bed-bug label once, "
         "blind126; kept as a repeat, by post from Indonesia is the new part)", person("M. Bakker", "NL")),
        ("OZN-06", "import", "DEPOST01", "post", "TW", [], "DE", "381400",
         "3D列印機熱床清潔劑（不含酒精），500毫升 x 6瓶", "TW", 4.1, 6, 1800, "TWD",
         "3D-printer bed cleaners are isopropanol sprays of 0.79 kg/l that smell of alcohol and burn; these six "
         "bottles hold a non-flammable, faintly ethereal solvent of about 1.55 kg/l, and the Taichung seller's listing "
         "photo shows the source drum marked 'AK-225': HCFC-225, a controlled ozone-depleting substance imported "
         "without the licence Regulation 2024/590 requires, posted by a marketplace seller to a private maker in "
         "Stuttgart; traditional Chinese wording from Taiwan (HCFC-225 repeats in a few sets; a 3D-printer bed-cleaner "
         "label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("OZN-07", "import", "CYAIR01", "express", "AE", [], "CY", "381400",
         "سائل تنظيف الشاشات بدون كحول، عبوة 1 لتر، 6 عبوات", "AE", 7.4, 6, 180, "AED",
         "screen-cleaning refills are water with a trace of surfactant at 1.0 kg/l; these six bottles weigh 1.24 kg/l, "
         "boil off in the hand with an ether-like smell and the drum number on the Dubai packer's slip belongs to a "
         "'141b flushing agent': HCFC-141b, a controlled ozone-depleting substance imported without the licence "
         "Regulation 2024/590 requires, sent by express by a Dubai marketplace seller to a Limassol phone-repair "
         "shop; Gulf Arabic wording (HCFC-141b repeats in many sets and a screen-cleaning label once, blind126, on a "
         "precursor; on an ozone-depleting substance it was found in no earlier row by a keyword search)", firm("Delta Phone Repairs Ltd", "CY")),
        ("OZN-08", "import", "ITSEA01", "sea", "TH", [], "IT", "841869",
         "เครื่องทำไอศกรีมผัด กระทะเย็น น้ำยา R-290, 60 เครื่อง", "TH", 3600, 60, 21000, "USD",
         "rolled ice-cream pans on R-290 carry a small hydrocarbon charge and a flammable-gas sign; these sixty "
         "machines carry no such sign, their plates read 'R-404A 1.2 kg' under a printed R-290 sticker and the "
         "service ports are the HFC kind: plug-in refrigeration with an HFC of very high GWP, banned from the market "
         "and imported without the HFC quota authorisation Regulation 2024/573 requires, by sea from Laem Chabang to a "
         "Bari street-food equipment web shop; Thai wording (HFC equipment under a hydrocarbon label repeats in many "
         "sets; a rolled-ice-cream machine was found in no earlier row by a keyword search)",
         firm("Rivage Gelato Srl", "IT")),
        ("OZN-09", "transit", "BEAIR01", "air", "CN", [], "MA", "290351",
         "跨境电商包裹，汽车空调冷媒 R-1234yf，250克罐装，2,000罐", "CN", 500, 2000, 6000, "USD",
         "R-1234yf top-up cans carry a left-hand SAE valve thread and read about 5.9 bar at 20 °C; these 2,000 cans in "
         "a cross-border e-commerce consolidation have the R-22 thread, read 9 bar and the batch marks say 'R22': "
         "HCFC-22, a controlled ozone-depleting substance moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Liège from Shenzhen in transit to Casablanca for marketplace buyers; Chinese "
         "wording (HCFC-22 repeats in many sets and R-1234yf labels in many, and air transits through Liège in a few, "
         "on wildlife; an ozone-depleting substance in a cross-border e-commerce consolidation in transit there was "
         "found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("OZN-10", "import", "PLSEA01", "sea", "CN", [], "PL", "340530",
         "Wosk samochodowy w płynie, 500 ml, 6.000 szt.", "CN", 3300, 6000, 9000, "USD",
         "a marketplace seller's car-care restock for a Gdańsk fulfilment centre: car wax and microfibre towels are "
         "what such sellers sell, but the third line's 'air-conditioning odour cleaner foam' is 3,000 heavy, "
         "non-refillable 500 g cans with a hose and gauge reading about 6 bar, filled with HFC-134a: refrigerant in "
         "non-refillable containers, banned, imported without the HFC quota authorisation Regulation 2024/573 "
         "requires, hidden as the last line of a three-line declaration from Shanghai; Polish wording (HFC-134a in "
         "cans repeats in many sets; an AC odour-cleaner label was found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Fulfilment Sp. z o.o.", "PL"),
              _more_items=[item("630710", "Ściereczki z mikrofibry, 40 x 40 cm, 20.000 szt.", "CN", 1000, 4000, "USD", qty=20000),
                           item("340290", "Pianka do czyszczenia klimatyzacji, 500 ml, 3.000 szt.", "CN", 1500, 2400, "USD", qty=3000)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "ET", [], "DE", "480210",
         "በእጅ የተሰራ ብራና ወረቀት ለጆርናል (junk journal), 30 ሉሆች", "ET", 1.2, 30, 45, "USD",
         "junk-journal 'vintage' paper packs are new, tea-stained papers printed with fake script; these thirty "
         "leaves are real goat parchment with two columns of Ge'ez script in black and red, ruling pricks and a quire "
         "mark, cut from an 18th-century Psalter of a Tigray church: Ethiopian manuscript leaves exported without "
         "Ethiopia's heritage permit, imported against Regulation 2019/880 by a private buyer in Hamburg who resells "
         "them online as ephemera; Amharic wording (Ethiopian manuscripts repeat in many sets, under parchment labels "
         "too; a junk-journal label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "ATPOST01", "post", "TR", [], "AT", "842390",
         "Mutfak terazisi için pirinç ağırlıklar, eski, 24 adet", "TR", 1.1, 24, 60, "EUR",
         "brass kitchen-scale weights are turned cylinders or stepped discs stamped with a gram value; these 24 are "
         "small, square and round bronze plates with inlaid silver letters, crosses and denominations in Greek (N, "
         "Γ), cleaned of soil: Byzantine coin weights (exagia) from Anatolian sites, exported from Türkiye against its "
         "antiquities law and imported without the import licence Regulation 2019/880 requires, posted by an online "
         "seller in Izmir to a private buyer in Linz; Turkish wording (Byzantine small finds repeat in many sets, lead "
         "seals as fishing sinkers several times; a kitchen-scale-weight label was found in no earlier row by a "
         "keyword search)", person("Frau S. Huber", "AT")),
        ("CUL-03", "import", "ESPOST01", "post", "PE", [], "ES", "711719",
         "Expansores y plugs para oreja, cobre vintage, 8 pares", "PE", 0.6, 8, 40, "USD",
         "ear plugs and tunnels for stretched lobes are machined, polished, identical pairs of titanium, acrylic or "
         "wood; these eight pairs are hand-hammered, green-corroded copper and gilt-copper discs on hollow shafts, each "
         "pair slightly different, with traces of inlaid shell: Moche ear spools (orejeras) dug from a north-coast "
         "cemetery, exported against Peru's heritage law and imported against Regulation 2019/880, sold by a Trujillo "
         "body-jewellery web shop to a private buyer in Barcelona; Peruvian Spanish wording (ear spools repeat in a few "
         "sets; a stretched-ear plug label was found in no earlier row by a keyword search)",
         person("Maria Lopez", "ES")),
        ("CUL-04", "export", "BEAIR01", "air", "BE", [], "US", "491191",
         "Ingelijste posterprint, oude meestertekening, reproductie, 1 stuk", "BE", 2.5, 1, 45, "EUR",
         "a framed poster print of an old-master drawing is a flat, even halftone behind glass at a few tens of euros; "
         "this frame holds a pen-and-brown-ink drawing with wash on laid paper, a 17th-century watermark, collectors' "
         "stamps on the back and indentation from the artist's pen, sold for about 60,000 EUR on an online auction "
         "platform to a New York buyer: a Flemish drawing over 50 years old and above 15,000 EUR, exported without the "
         "EU export licence, by air from Brussels; Flemish wording (old-master drawings repeat in a few sets; a poster-"
         "print label on an online-auction export was found in no earlier row by a keyword search)",
         {"consignee_name": "Mr R. Goldberg", "importer_country": "US"}),
        ("CUL-05", "import", "DEAIR01", "express", "TR", [], "DE", "482370",
         "جامدادی پاپیه ماشه، نقاشی دستی، نو، ۱ عدد", "IR", 0.8, 1, 35, "EUR",
         "new papier-mâché pencil boxes are light, evenly lacquered and printed with stock motifs; this one is a long "
         "Qajar qalamdan, painted and signed in a cartouche with a date of 1268 AH, with crazed old lacquer, worn "
         "edges and an ink well inside: a 19th-century Iranian pen box exported without Iran's permission and sent by "
         "an Istanbul online seller by express to a private buyer in Cologne; Persian wording (Iranian cultural goods "
         "repeat in several sets; a qalamdan and a pencil-case label were found in no earlier row by a keyword "
         "search)", person("Lena Wagner", "DE")),
        ("CUL-06", "import", "NLAIR01", "express", "TH", [], "NL", "691390",
         "พระเครื่องดินเผา ของใหม่ 40 องค์", "TH", 0.9, 40, 120, "USD",
         "new clay Buddhist amulets are pressed, fired and sold by the hundred in plastic cases; these forty are worn, "
         "unglazed, hand-pressed tablets with a seated Buddha under an arch and a Mon inscription on the back, with "
         "root marks and old soil: Dvaravati votive tablets (7th-9th century) from a central-Thai stupa mound, "
         "exported against Thailand's antiquities act and imported against Regulation 2019/880, sent by express by an "
         "amulet web shop to a private buyer in Leiden; Thai wording (Thai amulet and votive-tablet labels repeat in "
         "many sets; kept as a repeat, an amulet web shop by express to the Netherlands is the new part)",
         person("Particulier", "NL")),
        ("CUL-07", "import", "PLPOST01", "post", "UA", [], "PL", "711719",
         "Натільні хрестики православні, латунь, нові, 15 шт.", "UA", 0.4, 15, 900, "UAH",
         "new brass Orthodox pendant crosses are cast, polished and identical, with a loop and a printed card; these "
         "fifteen are hinged two-part reliquary crosses with incised saints, a dark patina and soil in the hinges: "
         "Kyivan Rus' enkolpion crosses (11th-13th century) from illegal digging in central Ukraine, exported without "
         "Ukraine's permit and imported against Regulation 2019/880, posted by a marketplace seller in Zhytomyr to a "
         "private buyer in Lublin; Ukrainian wording (Ukrainian detector finds repeat in many sets; an enkolpion was "
         "found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-08", "import", "FRAIR01", "air", "NP", [], "FR", "830629",
         "पित्तलको सिंगिङ बाउल, हस्तनिर्मित, २०० थान", "NP", 300, 200, 2400, "USD",
         "a Kathmandu craft-and-yoga air shipment for a French online yoga shop: singing bowls and meditation cushions "
         "are what such shops sell, but the third item's 'new brass Buddha statue' is a 40 cm gilt-copper figure of "
         "Padmapani with worn gilding, traces of vermilion and ghee from worship and a broken tang at the base: a Malla-"
         "period sculpture stolen from a Patan shrine, exported against Nepal's law and imported against Regulation "
         "2019/880, hidden as the last item of a three-item declaration, flown from Kathmandu to Paris; Nepali wording "
         "(Nepali temple thefts repeat in several sets and singing bowls in three; behind a yoga-shop cargo is the new "
         "part as far as a search found)",
         dict(firm("Rivage Zen SARL", "FR"),
              _more_items=[item("940490", "मेडिटेसन कुसन, कपास, १५० थान", "NP", 180, 900, "USD", qty=150),
                           item("830629", "पित्तलको बुद्ध मूर्ति, नयाँ, १ थान", "NP", 14, 90, "USD", qty=1)])),
        ("CUL-09", "import", "NLPOST01", "post", "OM", [], "NL", "831000",
         "لوحات أرقام منازل نحاسية، قديمة، 3 قطع", "YE", 3.4, 3, 60, "USD",
         "brass house-number plates are thin, flat, stamped or cut sheet with screw holes; these three are thick, "
         "cast bronze plaques with raised South Arabian letters in a frame, green corrosion and fixing tangs on the "
         "back: Himyarite inscribed bronze plaques from a Yemeni temple site, taken out of Yemen in wartime and "
         "posted from Muscat by an online seller to a private buyer in Rotterdam, imported against Regulation "
         "2019/880 and the Union's Yemen-related import rules; Yemeni Arabic wording (Himyarite and Sabaean objects "
         "repeat in several sets; a house-number-plate label was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("CUL-10", "import", "ITPOST01", "post", "MX", [], "IT", "711790",
         "Cuentas de barro pintadas a mano para bisutería, 60 piezas", "MX", 0.5, 60, 900, "MXN",
         "hand-painted clay beads for jewellery making are light, evenly drilled and bright with acrylic paint; these "
         "sixty are heavy, conical and discoid fired-clay whorls with incised geometric designs, worn holes and burial "
         "soil: pre-Hispanic spindle whorls from western Mexico, exported against Mexico's federal heritage law and "
         "imported against Regulation 2019/880, sold on a craft marketplace and posted from Guadalajara to a private "
         "jewellery maker in Bologna; Mexican Spanish wording (spindle whorls repeat twice, blind89 and blind148; kept "
         "as a repeat, a bead-supplies listing is the new part)", person("Giulia Rossi", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "KZ", "851762",
         "Smart-Home-Startersets (Zigbee-Hub und Sensoren), 40 Stück", "DE", 18, 40, 2400, "EUR",
         "Zigbee smart-home starter sets are boxed hubs with door and motion sensors at 60 EUR; these forty boxes hold "
         "anti-static trays of FPGAs and 32-bit microcontrollers in factory reels, worth about 90,000 EUR, bought "
         "across German distributors' web shops: common high-priority items whose sale to Russia is banned "
         "(Regulation 833/2014), sent by express from Frankfurt to an Almaty parcel forwarder with a Moscow end user; "
         "German wording (integrated circuits to Russia through Central Asia repeat in many sets; a smart-home label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "PLPOST01", "post", "PL", [], "KG", "852589",
         "Zwrot do sprzedawcy: uszkodzona kamera sportowa, 1 szt.", "PL", 1.9, 1, 80, "PLN",
         "a returned action camera weighs 150 g in its box with the original order number; this parcel holds a "
         "1.9 kg handheld spectrum analyser to 26.5 GHz with a serial number from an EU distributor and no order of "
         "the Bishkek 'seller' behind it: a measuring instrument whose sale to Russia is banned (Regulation "
         "833/2014), posted from Warsaw as a return of an online order to a Bishkek forwarding address; Polish "
         "wording (spectrum analysers repeat in many sets; a return-to-seller cover was found in no earlier row by a "
         "keyword search)", {"importer_country": "KG"}),
        ("STR-03", "export", "LTAIR01", "express", "LT", [], "AM", "852589",
         "Išmanieji vaizdo durų skambučiai, Wi-Fi, 60 vnt.", "LT", 36, 60, 3600, "EUR",
         "video doorbells are light plastic units with a button, a visible-light camera and a battery at 60 EUR; these "
         "60 hold uncooled 640x512 thermal-imaging cores at 50 Hz with germanium lenses, worth some 2,000 EUR each: "
         "dual-use thermal cameras (6A003) exported without a licence and goods whose sale to Russia is banned, sent by "
         "express from Vilnius to a Yerevan marketplace reseller who forwards to Russia; Lithuanian wording (thermal "
         "cores repeat in many sets and a doorbell label once, blind94; kept as a repeat, an express route from Vilnius "
         "to Yerevan is the new part)", {"importer_country": "AM"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "AE", "853932",
         "Vervangende projectorlampen (UHP) met behuizing, 50 stuks", "NL", 22, 50, 2500, "EUR",
         "UHP projector lamps are small quartz burners in a reflector housing with a connector; these fifty are "
         "short, sealed metal cylinders with a green-glowing fibre-optic output window and a high-voltage power "
         "supply potted on: Gen 3 image-intensifier tubes (dual-use 6A002) exported without a licence, flown from "
         "Amsterdam to a Dubai online reseller of hunting optics; Dutch wording (image intensifiers repeat in many "
         "sets; a projector-lamp label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-05", "export", "CZAIR01", "express", "CZ", [], "UZ", "950300",
         "Robotické stavebnice STEM pro děti, 80 ks", "CZ", 32, 80, 3200, "EUR",
         "STEM robotics kits for children are boxed plastic parts, a small controller and a booklet; these 80 boxes "
         "hold FPV drone flight controllers, 5.8 GHz video transmitters and brushless-motor ESCs in anti-static bags, "
         "without a single plastic part: unmanned-aircraft parts whose sale to Russia is banned (Regulation 833/2014, "
         "Annex XXIII), sent by express from Prague to a Tashkent forwarder; Czech wording (FPV parts repeat in many "
         "sets and a robotics-kit label once, blind103; kept as a repeat, a route through Tashkent is the new part)",
         {"importer_country": "UZ"}),
        ("STR-06", "export", "FRAIR01", "express", "FR", [], "GE", "901510",
         "Télémètres laser de chantier, 40 m, 30 pièces", "FR", 24, 30, 1800, "EUR",
         "builders' laser distance meters are pocket devices with a red laser reaching 40 m; these thirty are sealed "
         "modules with a 1.5 µm eye-safe laser, a 20 mm receiver lens and an RS-422 interface rated to 10 km: long-"
         "range laser rangefinder modules for fire-control and drone payloads, goods whose sale to Russia is banned "
         "and dual-use exports without a licence, sent by express from Paris to a Tbilisi online reseller; French "
         "wording (laser rangefinders repeat in several sets and a builders' distance-meter label once, blind122; kept "
         "as a repeat, by express to Georgia is the new part)", {"importer_country": "GE"}),
        ("STR-07", "export", "ESAIR01", "air", "ES", ["LB"], "SY", "330790",
         "Polvo depilatorio tradicional oriental, bolsas de 25 kg, 40 bolsas", "ES", 1000, 40, 1600, "EUR",
         "depilatory powders are perfumed mixes with a little thioglycolate or sulphide in small retail sachets; these "
         "forty 25 kg sacks hold yellow-red flakes of about 60 % sodium sulphide that smell of rotten eggs when damp, "
         "bought as a 'sample order' through a B2B chemicals marketplace: sodium sulphide, an Australia Group "
         "chemical-weapons precursor exported without a licence to Syria, by air from Madrid through Beirut; Spanish "
         "wording (sodium sulphide repeats in a few sets; a depilatory-powder label was found in no earlier row by a "
         "keyword search)", {"importer_country": "SY"}),
        ("STR-08", "export", "ITAIR01", "air", "IT", ["TR"], "IR", "850440",
         "Inverter per pompe di vasche idromassaggio, 50 Hz, 24 pezzi", "IT", 96, 24, 4800, "EUR",
         "hot-tub pump inverters run a 1-2 kW motor at 50 Hz from a plastic box; these 24 are multiphase frequency "
         "changers with an output of 600-2,000 Hz, low distortion and precise frequency control: frequency changers "
         "for gas centrifuges (dual-use 3A225), exported without a licence to Iran, flown from Milan through Istanbul "
         "to a Tehran 'spa supplier' found through an online B2B marketplace; Italian wording (frequency changers "
         "repeat in many sets; a hot-tub inverter label was found in no earlier row by a keyword search)",
         {"importer_country": "IR"}),
        ("STR-09", "export", "SEAIR01", "air", "SE", [], "KZ", "950691",
         "Yogablock i EVA-skum, 200 st.", "SE", 560, 200, 2000, "EUR",
         "EVA yoga blocks weigh about 200 g each; these 200 'blocks' weigh 2.8 kg each, are curved ceramic-and-"
         "polyethylene plates in fabric covers with a ballistic-protection level printed inside: body-armour plates "
         "(Military List ML13), exported without a licence and barred from Russia by the arms embargo, flown from "
         "Stockholm to an Almaty reseller who lists them on a Russian marketplace; Swedish wording (armour plates "
         "repeat in several sets; a yoga-block label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-10", "export", "LVAIR01", "air", "LV", [], "AM", "640411",
         "Кроссовки текстильные, новые, 300 пар", "CN", 240, 300, 9000, "EUR",
         "a Riga parcel forwarder's consolidated air export for Yerevan: sneakers and perfume are what such forwarders "
         "move for Russian-speaking marketplace buyers, but the third line's 'car-audio amplifier boards' are 120 "
         "shielded RF power-amplifier modules for 400-6,000 MHz, the stages of drone jammers and radio links: radio "
         "equipment whose sale to Russia is banned (Regulation 833/2014), hidden as the last line of a three-line "
         "declaration; Russian wording (RF amplifiers repeat in several sets; behind a forwarder's sneaker "
         "consolidation is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("330300", "Парфюмерная вода, 100 мл, 400 шт.", "FR", 180, 16000, "EUR", qty=400),
                           item("851840", "Платы автомобильных усилителей звука, 120 шт.", "CN", 60, 1200, "EUR", qty=120)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "ID", [], "DE", "491191",
         "Cetakan seni kupu-kupu 3D dalam bingkai, 4 buah", "ID", 3.0, 4, 600000, "IDR",
         "framed 3D butterfly art prints are printed paper cut-outs behind glass; these four shadow boxes hold real, "
         "spread, green-and-black and golden birdwings with scales that shimmer and bodies pinned on foam: wild-caught "
         "Ornithoptera croesus and priamus (CITES App. II) without CITES export permits, posted by a Jakarta home-decor "
         "marketplace seller to a private buyer in Munich; Indonesian wording (birdwings repeat in many sets and framed "
         "labels in several; kept as a repeat, an art-print label from a decor marketplace is the new part)",
         person("Herr K. Becker", "DE")),
        ("WLF-02", "import", "FRPOST01", "post", "JP", [], "FR", "900311",
         "ヴィンテージ眼鏡フレーム（アセテート）, 3本", "JP", 0.3, 3, 120000, "JPY",
         "vintage acetate frames are even, slightly flexible plastic with a printed pattern and metal cores; these "
         "three are hand-carved, core-less frames of mottled amber-and-brown material with translucent layers that "
         "smell of burnt hair under a hot needle: hawksbill bekko (Eretmochelys imbricata, CITES App. I) without CITES "
         "permits, posted by a Tokyo vintage-eyewear web shop to a private collector in Paris at 120,000 JPY; Japanese "
         "wording (bekko repeats in many sets; kept as a repeat, an acetate-frame label from a vintage-eyewear web shop "
         "is the new part as far as a search found)", person("Sophie Bernard", "FR")),
        ("WLF-03", "import", "ITPOST01", "post", "IN", [], "IT", "330499",
         "ఆయుర్వేద ఉబ్టన్ ఫేస్ ప్యాక్ పౌడర్, 500 గ్రా x 6", "IN", 3.0, 6, 1800, "INR",
         "ubtan face-pack powders are yellow mixes of gram flour, turmeric and a little sandalwood; these six pouches "
         "hold a pure, deep blood-red wood powder that stains water red-orange and shows red sanders' wavy fibres under "
         "a lens: red sanders (Pterocarpus santalinus, CITES App. II) without a CITES permit, from the Seshachalam "
         "forests, posted by a Tirupati Ayurveda marketplace seller to a private buyer in Turin; Telugu wording (red "
         "sanders repeats in many sets; an ubtan face-pack label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-04", "import", "NLPOST01", "post", "PH", [], "NL", "060290",
         "Monstera variegata cuttings, rooted, 10 pcs", "PH", 1.4, 10, 9000, "PHP",
         "variegated Monstera cuttings are thick aroid stem sections with one leaf and aerial roots; these ten are "
         "slipper orchids with mottled leaves and wild-collected, moss-clad roots: Paphiopedilum philippinense and "
         "adductum (CITES App. I) without CITES permits, posted by a Luzon houseplant seller who sells through a "
         "social-media shop to a private grower in Haarlem; Tagalog-English wording (Paphiopedilum repeats in many sets; "
         "a Monstera label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-05", "import", "ESAIR01", "express", "MX", [], "ES", "060290",
         "Plántulas de suculentas en charola (Lithops y Echeveria), 50 piezas", "MX", 1.6, 50, 2500, "MXN",
         "nursery succulent plugs are uniform seedlings in a moulded tray with clean peat; these fifty are grey, "
         "star-shaped, fissured living rocks with thick taproots caked in limestone grit: wild-collected Ariocarpus "
         "retusus and kotschoubeyanus (CITES App. I) without CITES permits, sent by express from San Luis Potosí by a "
         "succulent web shop to a private collector in Málaga; Mexican Spanish wording (Ariocarpus repeats in many "
         "sets and Lithops labels in a few; kept as a repeat, a seedling-plug tray by express is the new part)",
         person("Sr. J. García", "ES")),
        ("WLF-06", "import", "GBAIR01", "express", "JM", [], "GB", "711790",
         "Shell beads for jewellery, pink, assorted, 40 pcs", "JM", 0.2, 40, 60, "USD",
         "pink shell beads are drilled, dyed slices of shell with an even colour; these forty undrilled, oval pink "
         "gems show a flame-like sheen under a lens and no nacre: queen conch pearls (Aliger gigas, CITES App. II) "
         "without a CITES export permit, sent by express by a Montego Bay jewellery-supplies seller to a private "
         "jeweller in London; Jamaican English wording (conch pearls repeat in several sets and shell-bead labels on "
         "other goods, blind79 and blind132; kept as a repeat, a jewellery-supplies seller by express is the new part)", person("Mrs S. Patel", "GB")),
        ("WLF-07", "import", "BEAIR01", "express", "ZA", [], "BE", "711719",
         "Izingcezu zezandla ze-carbon fibre, ezimnyama, 30", "ZA", 0.3, 30, 900, "ZAR",
         "carbon-fibre bracelets are woven, glossy, resin-set bands of even weave; these thirty are braided thick, "
         "coarse, black hairs knotted with gold wire that curl and smell of burnt hair under a flame: elephant-hair "
         "bracelets (Loxodonta africana, CITES App. I/II) without CITES documents, sent by express by a Durban craft "
         "web shop to a private buyer in Liège; Zulu wording (elephant-hair bracelets repeat three times under "
         "horsehair and fishing-line labels; a carbon-fibre label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("WLF-08", "import", "DEAIR01", "air", "MZ", [], "DE", "440791",
         "Blocos de carvalho fóssil (bog oak) para torneamento, 400 peças", "MZ", 180, 400, 1600, "EUR",
         "bog oak is a dark grey-brown, open-pored oak of about 0.8 kg/dm3 with visible rays; these 400 billets are "
         "purple-black, extremely dense (1.2 kg/dm3, they sink), oily and fine-grained with no rays: African blackwood "
         "(Dalbergia melanoxylon, CITES App. II) without a CITES export permit, flown from Pemba for a Nuremberg "
         "woodturning web shop that sells single pen and clarinet-barrel blanks; Mozambican Portuguese wording "
         "(African blackwood repeats in many sets; a bog-oak label was found in no earlier row by a keyword search)",
         firm("Alpina Drechselbedarf GmbH", "DE")),
        ("WLF-09", "import", "FRPOST01", "post", "CM", [], "FR", "090620",
         "Cannelle moulue de Ceylan, sachets de 1 kg, 4 sachets", "CM", 4.0, 4, 30000, "XAF",
         "ground Ceylon cinnamon is a fine, light-tan, sweetly fragrant powder; these four bags hold a coarse, "
         "red-brown bark powder that smells of bitter almonds and has no cinnamon scent: Prunus africana bark (CITES "
         "App. II) without a CITES permit, bark stripped on Mount Cameroon, posted by a Buea herbal seller who sells "
         "'pygeum' prostate remedies on social media to a private buyer in Marseille; Cameroonian French wording "
         "(Prunus africana repeats in many sets and cinnamon labels in several; kept as a repeat, by post to a "
         "social-media buyer is the new part)", person("Mme Claire Martin", "FR")),
        ("WLF-10", "transit", "ESAIR01", "air", "PE", [], "HK", "030554",
         "Anchoveta seca para snack, cajas de 10 kg, 40 cajas", "PE", 400, 40, 4000, "USD",
         "dried anchoveta snacks are small, silvery whole fish of 5-10 cm; these forty cartons hold stiff, curled, "
         "grey-brown seahorses of 10-25 cm with bony rings and coronets, sorted by size: Pacific seahorses "
         "(Hippocampus ingens, CITES App. II, under Peru's export ban) without CITES documents, landed at Madrid in "
         "transit from Lima to Hong Kong, booked as part of a courier consolidation of online orders; Peruvian Spanish "
         "wording (seahorses repeat in many sets, twice under a dried-anchoveta label, blind123 and blind124; kept as "
         "a repeat, an air transit through Madrid in a courier consolidation is the new part)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "KR", "IE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hot-tub water treatment)", "KR", 2.3, 2, 40,
     "EUR", [("PRECURSOR_LICENCE", "IE-DOJ-55-0041")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "US", "DK", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "US", 1, 1, 45, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-55-0017")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "854913",
     "Spent lithium-ion e-bike batteries (16 06 05), for recycling at a licensed plant, 40 t", "NL", 40000, None, 0,
     "EUR", [("BASEL_CONSENT", "NL-ILT-55-0214")], "notified waste lithium-ion batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854991",
     "Unrepairable robot vacuum cleaners with batteries (16 02 13*), for recovery at a licensed WEEE plant, 8 t", "CH",
     8000, None, 0, "EUR", [("BASEL_CONSENT", "DE-SN-55-0377")], "notified waste equipment to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "JP", "FR", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "JP", 0.1, 10,
     400, "USD", [("ODS_LICENCE", "FR-MTE-ODS-55-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "TW", "DE", "290375",
     "HCFC-225ca/cb, analytical grade, 4 x 100 ml, for essential laboratory use", "TW", 0.7, 4, 300, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-55-023")], "HCFC-225 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "US", "970121",
     "Flemish drawing, pen and brown ink with wash, c. 1630, sold at auction with the export licence", "BE", 2.5, 1,
     60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-55-0088")], "drawing exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ATAIR01", "air", "CH", "AT", "970510",
     "Byzantine bronze coin weight (exagium), 5th-6th century, documented Swiss collection since 1958", "TR", 0.1, 1,
     3000, "CHF", [("IMPORT_LICENCE", "AT-BDA-IMP-55-0006")], "archaeological object imported with the import licence"),
    ("PRM-09", "strategic", "export", "LTAIR01", "air", "LT", "JP", "852589",
     "Uncooled thermal camera cores 640x512, 30 Hz, 20 units, for a Japanese building-inspection drone maker", "LT",
     6, 20, 40000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-55-0061"), ("END_USER_CERTIFICATE", "JP-METI-EUC-55-0104")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "MA", "283010",
     "Sodium sulphide 60 % flakes, 20 t, for a Fès leather tannery", "ES", 20000, None, 14000, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-55-0412"), ("END_USER_CERTIFICATE", "MA-MIC-EUC-55-0038")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "ID", "DE", "970529",
     "Ornithoptera croesus, ranched, spread and framed, 6 specimens", "ID", 1.5, 6, 1200, "USD",
     [("CITES_PERMIT", "ID-KLHK-55-0912")], "App. II ranched birdwings with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "MZ", "DE", "440799",
     "African blackwood billets (Dalbergia melanoxylon) for clarinet making, 200 pieces", "MZ", 300, 200, 9000,
     "EUR", [("CITES_PERMIT", "MZ-ANAC-55-0077")], "App. II African blackwood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Siobhán Murphy", "PRM-02": "Mads Nielsen", "PRM-05": "Central Analyses SARL",
    "PRM-08": "Alpina Numismatik GmbH", "PRM-11": "Meridian Naturalien GmbH", "PRM-12": "Alpina Holzblasinstrumente GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (50 rows): the lawful twins of this set's disguises
    ("330499", "Lash-lift setting lotion, salon sachets, 2 % peroxide", "import", ["post"], ["KR", "CN"], (20, 40), (1, 3), ["USD", "EUR"], 10, S),
    ("330430", "Gel-polish soak-off remover, acetone, 1 l", "import", ["express"], ["VN", "KR"], (4, 8), (1, 4), ["USD"], 1, S),
    ("210610", "Pea protein isolate, unflavoured, 1 kg pouches", "import", ["post"], ["US", "CA"], (10, 20), (1, 4), ["USD"], 1, S),
    ("292249", "Beta-alanine powder, sports-nutrition grade, 1 kg bags", "import", ["air"], ["CN", "IN"], (4, 8), (200, 800), ["USD"], 1, S),
    ("390730", "Epoxy resin art kits, A+B, 1:1, 2 x 500 ml", "import", ["road"], ["TR"], (6, 10), (1000, 4000), ["EUR"], 1, S),
    ("382499", "Brass patina solution, blue-green, 1 l", "import", ["air"], ["IN"], (3, 6), (100, 400), ["USD"], 1, S),
    ("390130", "Unscented EVA aroma beads for car freshies, 1 kg", "import", ["post"], ["US", "CA"], (8, 15), (1, 4), ["USD", "CAD"], 1, S),
    ("210690", "Monk-fruit and erythritol sweetener, 1 kg", "import", ["post"], ["MY", "CN"], (8, 15), (1, 4), ["USD"], 1, S),
    ("110819", "Kudzu root starch, 500 g", "import", ["express"], ["HK", "JP"], (10, 20), (1, 3), ["USD"], 2, S),
    ("380894", "Spa non-chlorine shock, potassium monopersulphate granules, 1 kg", "import", ["sea"], ["CN", "US"], (2, 4), (3000, 8000), ["USD"], 1, S),
    ("850811", "Robot vacuum cleaners, new, boxed", "export", ["road"], ["UA", "MD"], (40, 80), (2000, 6000), ["EUR"], 0.25, S),
    ("392490", "Surplus e-commerce homeware, new, sealed cartons", "export", ["sea"], ["CI", "SN"], (2, 4), (8000, 16000), ["EUR"], None, S),
    ("392010", "LDPE air-cushion film, new, on rolls", "export", ["sea"], ["MY", "VN"], (2, 3), (8000, 16000), ["EUR"], None, S),
    ("330210", "Food flavour concentrates for bottlers, 25 kg drums", "export", ["sea"], ["PK", "AE"], (8, 15), (2000, 8000), ["EUR", "GBP"], None, S),
    ("850760", "Pedelec batteries, new, 36 V, boxed, UN 38.3 tested", "export", ["sea"], ["NG", "GH"], (25, 50), (1000, 4000), ["EUR"], 0.33, S),
    ("851830", "Wireless earbuds, new, sealed retail boxes", "export", ["air"], ["HK", "AE"], (80, 150), (200, 1000), ["EUR"], 15, S),
    ("390690", "UV-curing 3D-printing resin, new, 1 kg bottles", "export", ["sea"], ["TN", "MA"], (10, 20), (1000, 4000), ["EUR"], 1, S),
    ("901910", "Massage guns, new, boxed", "export", ["sea"], ["GH", "KE"], (20, 40), (1000, 4000), ["EUR"], 1, S),
    ("871160", "Electric kick scooters, new, boxed", "export", ["sea"], ["SN", "MA"], (15, 25), (3000, 8000), ["EUR"], 0.07, S),
    ("848180", "Party beer-tap dispensers, ice-cooled, no refrigerant", "import", ["sea"], ["CN"], (5, 10), (2000, 6000), ["USD"], 0.12, S),
    ("340290", "Camera lens-cleaning fluid, alcohol-based, 30 ml", "import", ["post"], ["JP", "CN"], (30, 60), (1, 2), ["USD", "JPY"], 25, S),
    ("340510", "Sneaker-cleaning foam kits, water-based", "import", ["sea"], ["CN", "PK"], (4, 8), (2000, 6000), ["USD"], 3, S),
    ("381400", "3D-printer bed cleaner, isopropanol-based, 500 ml", "import", ["express"], ["TW", "CN"], (15, 30), (1, 3), ["USD"], 2, S),
    ("841869", "Rolled ice-cream pan machines, R-290 charge, new", "import", ["sea"], ["TH", "CN"], (8, 14), (1000, 4000), ["USD"], 0.017, S),
    ("340530", "Liquid car wax, 500 ml", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD", "EUR"], 2, S),
    ("480210", "Handmade cotton-rag paper for junk journals, new", "import", ["post"], ["IN", "NP"], (20, 40), (1, 3), ["USD"], 20, S),
    ("842390", "Brass weights for kitchen scales, boxed sets, new", "import", ["post"], ["TR", "IN"], (15, 30), (1, 4), ["EUR", "USD"], 2, S),
    ("711719", "Titanium and acrylic ear plugs, body jewellery", "import", ["post"], ["CN", "TH"], (60, 120), (1, 2), ["USD"], 80, S),
    ("491191", "Framed poster prints of old-master drawings, reproductions", "export", ["air"], ["US", "CA"], (20, 40), (50, 300), ["EUR"], 0.4, S),
    ("482370", "Papier-mâché pencil boxes, painted, new Kashmiri craft", "import", ["air"], ["IN"], (15, 30), (50, 200), ["USD"], 4, S),
    ("691390", "Clay Buddhist amulets, new, in plastic cases", "import", ["express"], ["TH"], (40, 80), (1, 2), ["USD"], 30, S),
    ("830629", "Brass singing bowls, new, handmade", "import", ["air"], ["NP", "IN"], (8, 15), (100, 500), ["USD"], 1, S),
    ("831000", "Brass house-number plates, new", "import", ["post"], ["IN", "TR"], (15, 30), (1, 3), ["EUR", "USD"], 2, S),
    ("711790", "Hand-painted clay beads for jewellery making, new", "import", ["post"], ["MX", "PE"], (20, 40), (1, 2), ["USD"], 50, S),
    ("711719", "Orthodox pendant crosses, brass, new", "import", ["post"], ["UA", "GE"], (30, 60), (1, 2), ["EUR", "USD"], 30, S),
    ("851762", "Zigbee smart-home starter sets, hub and sensors", "export", ["air"], ["KZ", "GE"], (30, 60), (100, 400), ["EUR"], 3, S),
    ("852589", "Smart video doorbells, Wi-Fi, new", "export", ["air"], ["AM", "AE"], (40, 80), (100, 400), ["EUR"], 3, S),
    ("853932", "Replacement UHP projector lamps with housings", "export", ["air"], ["AE", "TR"], (60, 120), (50, 200), ["EUR"], 4, S),
    ("950300", "STEM robotics kits for children, boxed", "export", ["air"], ["UZ", "KZ"], (20, 40), (100, 500), ["EUR"], 1, S),
    ("901510", "Laser distance meters for builders, 40 m", "export", ["air"], ["GE", "TR"], (60, 120), (50, 300), ["EUR"], 5, S),
    ("330790", "Hair-removal cream and wax strips, retail", "export", ["sea"], ["LB", "JO"], (4, 8), (2000, 6000), ["EUR"], 3, S),
    ("850440", "Variable-frequency drives for hot-tub pumps, 50 Hz", "export", ["sea"], ["TR", "AE"], (20, 40), (500, 2000), ["EUR"], 0.5, S),
    ("950691", "Yoga blocks, EVA foam and cork", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 4, S),
    ("491191", "Butterfly art prints, framed", "import", ["post"], ["ID", "TH"], (20, 40), (1, 3), ["USD"], 2, S),
    ("900311", "Acetate eyeglass frames, new", "import", ["post"], ["JP", "CN"], (100, 200), (1, 2), ["USD", "JPY"], 20, S),
    ("330499", "Ayurvedic ubtan face-pack powder, turmeric and gram flour", "import", ["post"], ["IN"], (10, 20), (1, 3), ["USD", "EUR"], 4, S),
    ("670210", "Artificial Monstera plants, plastic", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.5, S),
    ("711719", "Carbon-fibre bracelets, new", "import", ["express"], ["CN", "HK"], (40, 80), (1, 2), ["USD"], 30, S),
    ("440791", "Bog-oak turning blanks, kiln-dried", "import", ["air"], ["UA", "RS"], (20, 40), (50, 200), ["EUR"], None, S),
    ("090620", "Ground Ceylon cinnamon, 1 kg bags", "import", ["sea"], ["LK", "ID"], (6, 10), (2000, 6000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and later sets, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("761699", "Adjustable phone stands, aluminium alloy", "import", ["post", "express"], ["CN", "HK"], (15, 30), (1, 3), ["USD"], 6, N),
        ("392490", "Silicone ice-cube trays with lids", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("442191", "Bamboo drawer dividers, expandable", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("392490", "Plastic dish-drying racks with drip tray", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind175", 20550501, HERE)


if __name__ == "__main__":
    main()
