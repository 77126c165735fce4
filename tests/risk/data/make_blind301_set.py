#!/usr/bin/env python3
"""Writes the three-hundred-and-first blind set (tests/risk/data/blind301-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2076, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: plumbing, heating and heat-pump
installers (plumbers and heating engineers, heat-pump and boiler installers, plumbers'
merchants and their suppliers, bathroom showrooms, tank-cleaning and flushing firms).
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
only where a real declaration would. Ids are BL301-*:

    python3 tests/risk/data/make_blind301_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2076, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2076
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SKAIR01", "express", "CN", [], "SK", "380894",
         "热水器军团菌冲击消毒液 (储水罐用), 1升 x 6瓶", "CN", 6.8, 6, 210, "CNY",
         "the shock disinfectants sold to plumbers for legionella in hot-water cylinders are dilute chlorine or "
         "3-8 % peroxide-silver blends in sachets; these six litre bottles hold a water-clear, runny liquid of 1.13 "
         "kg/l with vented caps that whitens and stings the fingers: about 35 % hydrogen peroxide (Annex I above "
         "12 %), sent by express from Ningbo to a private person in Košice who sells 'cylinder shock doses' on a "
         "marketplace; Chinese wording (hydrogen peroxide repeats in many sets; a legionella cylinder-disinfectant "
         "label was found in no earlier row by a keyword search)", person("Ján Horváth", "SK")),
        ("PRE-02", "import", "ATAIR01", "air", "TH", [], "AT", "381400",
         "น้ำยาล้างหัวฉีดหัวเผาน้ำมันหม้อไอน้ำ, 1 ลิตร, 36 ขวด", "TH", 41, 36, 320, "USD",
         "the nozzle cleaners oil-burner service engineers use are naphtha solvents of 0.78 kg/l that smell of "
         "petrol; these 36 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l, and the filler's drum "
         "label reads 'CH3NO2', for a Graz heating-service supplier whose web shop sells the 'cleaner' by the litre to "
         "model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown "
         "from Bangkok to Vienna; Thai wording (nitromethane repeats in many sets and nozzle labels in many rows on "
         "other goods; an oil-burner nozzle-cleaner label on nitromethane is the new part as far as a search found)",
         firm("Alpina Heizungsservice GmbH", "AT")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "340290",
         "Plakalı eşanjör kireç çözücü, konsantre, 25 l bidon, 320 bidon", "TR", 14700, 320, 3800, "EUR",
         "the descalers heating engineers pump through plate heat exchangers are phosphoric or sulphamic blends of "
         "about 1.1 kg/l with an inhibitor and a data sheet; these 320 cans hold a colourless, oily liquid of 1.84 "
         "kg/l that grows hot with a drop of water and chars the cardboard where it leaked, for a Plovdiv plumbers' "
         "merchant that sells the cans over the counter: about 96 % sulphuric acid (Annex I above 15 %) "
         "retail-packed for members of the public, at Kapitan Andreevo; Turkish wording (sulphuric acid and descaler "
         "labels repeat in many sets, kept as a repeat of the family, and plate heat exchangers in three, blind209, blind244, blind250; a "
         "plate-heat-exchanger descaler on sulphuric acid from Türkiye is the new part as far as a search found)", firm("Delta Vodoprovod EOOD", "BG")),
        ("PRE-04", "import", "IEAIR01", "air", "GB", [], "IE", "382499",
         "Flue and drain smoke-test powder, for smoke pellets, 1 kg tubs, 150 tubs", "GB", 150, 150, 1300, "GBP",
         "the smoke pellets plumbers light to test flues and drains are small, finished cartridges of a few grams "
         "each, sold in tens; these 150 tubs hold a white, crystalline powder that dissolves slowly, flares with "
         "sugar on a hot plate and whose inner liners read 'KClO4', for a Limerick plumbing-supply web shop that "
         "sells the tubs to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of "
         "the public, flown from Manchester to Shannon; British English wording (potassium "
         "perchlorate repeats in many sets; a flue and drain smoke-test label was found in no earlier row by a "
         "keyword search)", firm("Rivage Plumbing Supplies Ltd", "IE")),
        ("PRE-05", "import", "GRSEA01", "sea", "EG", [], "GR", "251990",
         "حبيبات معادلة لمكثفات الغلايات المكثفة، أكياس 25 كجم، 520 كيس", "EG", 13000, 520, 4700, "USD",
         "the neutraliser granules for condensing-boiler condensate are hard, grey-white lumps of limestone or "
         "magnesia that fizz in acid and never dissolve; these 520 sacks hold white prills that turn ice-cold and "
         "vanish in water, test at 34 % N and melt and fume on a hot plate, for an Athens heating wholesaler that "
         "re-packs them in 2 kg 'refills' sold to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Alexandria to Piraeus; Egyptian Arabic wording (ammonium "
         "nitrate repeats in many sets and condensate and neutraliser labels in several rows on other goods; a "
         "condensing-boiler neutraliser label on it was found in no earlier row by a keyword search)",
         firm("Meridian Thermansi AE", "GR")),
        ("PRE-06", "import", "CZPOST01", "post", "VN", [], "CZ", "283539",
         "Tinh thể polyphosphate chống cáu cặn cho bình nước nóng, 4 x 500 g", "VN", 2.0, 4, 90, "USD",
         "the polyphosphate crystals plumbers put in dosing cartridges before boilers and water heaters are glassy, "
         "slowly dissolving balls the size of peas; these four tubs hold loose, fine, white crystals that dissolve "
         "at once, flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above "
         "40 %), posted from Ho Chi Minh City to a private person in Brno; Vietnamese wording (sodium chlorate "
         "repeats in many sets and polyphosphate labels in a few, blind203, blind229, blind259, kept as a repeat of "
         "the label; a water-heater dosing-crystal label by post from Vietnam is the new part)",
         person("Petr Dvořák", "CZ")),
        ("PRE-07", "import", "CYAIR01", "air", "IL", [], "CY", "381010",
         "תמיסת הברקה לצנרת נחושת לפני הלחמה, 1 ליטר, 96 בקבוקים", "IL", 134, 96, 620, "USD",
         "the copper-pipe brighteners plumbers wipe on before soldering are mild citric or dilute phosphoric gels; "
         "these 96 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper "
         "wire, for a Limassol plumbers' merchant that sells them over the counter: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, flown from Tel Aviv to Larnaca; Hebrew wording (nitric "
         "acid repeats in many sets and brightening labels in a few, blind192, blind200, blind271, kept as a repeat "
         "of the label; a copper-pipe brightener from Israel is the new part as far as a search found)",
         firm("Orion Plumbing Cyprus Ltd", "CY")),
        ("PRE-08", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Средство за испирање подног грејања (муљ), 10 л канистер, 240 канистера (1. од 3 пошиљке)", "RS",
         2880, 240, 1900, "EUR",
         "the sludge flushes heating engineers pump through underfloor-heating loops are mild, alkaline or "
         "citric liquids of about 1.05 kg/l; these 240 cans hold a water-clear liquid of 1.20 kg/l with vented "
         "caps that whitens the skin and fizzes on rust, the first of three vans booked that week each kept under "
         "3 t, for a Szeged heating wholesaler that sells the cans to the public: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, at Röszke; Serbian wording in Cyrillic "
         "(hydrogen peroxide repeats in many sets and splits over three vans in several, blind264, blind280, "
         "blind288, blind296, kept as a repeat; an underfloor-heating flush label was found in no earlier row)",
         firm("Horizon Fűtés Kft.", "HU")),
        ("PRE-09", "import", "FRAIR01", "air", "PK", [], "FR", "380894",
         "گھوڑوں کے کھروں کا جراثیم کش پاؤڈر، 1 کلو، 300 پیکٹ", "PK", 300, 300, 900, "USD",
         "hoof-care disinfecting powders for farriers are copper-sulphate or zinc blends, blue or grey; these 300 "
         "packets hold a soft, white, hygroscopic powder that dissolves at once and burns fiercely with sugar, for a "
         "Chantilly farriers' supplier that sells the packets to horse owners: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Lahore to Paris; Urdu wording (sodium perchlorate "
         "repeats in many sets; hoof labels repeat in several sets, kept as a repeat; a farriers' hoof powder from Pakistan is the new part; a row of another trade)",
         firm("Atlantic Maréchalerie SARL", "FR")),
        ("PRE-10", "import", "NLSEA01", "sea", "ID", [], "NL", "380991",
         "Kristal pemutih kain untuk batik, kantong 1 kg, 1.000 kantong", "ID", 1000, 1000, 1500, "USD",
         "the bleaching agents batik makers use to strip wax-resist colours are sodium hydrosulphite, a sulphur-"
         "smelling powder; these 1,000 bags hold shiny, odourless flakes that crackle and spit violet sparks on a hot "
         "iron, for an Amsterdam textile-craft shop that sells the bags to the public: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Semarang to Rotterdam; Indonesian wording "
         "(potassium chlorate repeats in many sets; batik labels repeat in several sets, kept as a repeat; "
         "a batik bleaching label on it by sea to Rotterdam is the new part; a row of another trade)", firm("Vega Batik Ambacht BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "841861",
         "Gebruikte lucht-water-warmtepompen, getest en werkend, 140 stuks", "NL", 16800, 140, 14000, "EUR",
         "used heat pumps fit for reuse come with a test report per unit, the refrigerant circuit closed and the "
         "casings whole; these 140 outdoor units were pulled out by Dutch installers replacing them, with cut "
         "pipes, crushed fins, oil on the base trays, burnt-out compressors and no test sheet, at 100 EUR each: "
         "waste electrical equipment with refrigerant and oil (A1180, 16 02 11*), hazardous waste whose export to a "
         "non-OECD country is banned, from Rotterdam to Tema; Dutch wording (used heat pumps and outdoor units repeat "
         "in several sets, kept as a repeat of the good; a 'tested and working' air-to-water heat-pump label to Ghana "
         "is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-02", "export", "GBSEA01", "sea", "GB", [], "PK", "741980",
         "Copper hot-water cylinders, used, reusable, 600 pcs", "GB", 18000, 600, 36000, "GBP",
         "reusable copper cylinders are taken out clean, with the factory foam lagging; these 600 are 1960s-1970s "
         "cylinders pulled from British airing cupboards with their grey, fibrous lagging and jackets still on, "
         "crumbling and wired round, which tests as chrysotile and amosite: waste containing asbestos (A2050, "
         "17 06 01*), hazardous waste whose export to a non-OECD country is banned, from Felixstowe to Karachi for "
         "a copper smelter; British English wording (asbestos waste repeats in many sets and copper scrap in "
         "more; asbestos-lagged hot-water cylinders were found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MR", "391723",
         "Tubería PPR para fontanería, nueva, 20-63 mm, 12.000 m", "ES", 5200, 12000, 9800, "EUR",
         "a plumbers' merchant's container for Nouakchott: PPR pipe and press fittings are what Valencia "
         "wholesalers ship to Mauritanian builders, but the third item's 'termos eléctricos reacondicionados' are "
         "420 dead electric water heaters from Spanish renovations, scaled solid, with corroded elements and leaking "
         "tanks and no test report, at 5 EUR each: waste electrical equipment (A1180), whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration, from Valencia to Nouakchott; "
         "Spanish wording (dead water heaters and boilers as e-waste repeat in several sets; behind a PPR-pipe "
         "container to Mauritania is the new part as far as a search found)",
         dict({"importer_country": "MR"},
              _more_items=[item("391740", "Accesorios de PPR, nuevos, 40.000 uds.", "ES", 1800, 7600, "EUR", qty=40000),
                           item("851610", "Termos eléctricos reacondicionados, 80 l, 420 uds.", "ES", 9200, 2100, "EUR", qty=420)])),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "290532",
         "Propylenglykol, technisch, für Solaranlagen, IBC 1000 l, 18 Stück", "AT", 18500, 18, 5400, "EUR",
         "technical propylene glycol is water-clear, 1.04 kg/l and comes with a maker's certificate; these 18 IBCs "
         "hold brown-black, foul-smelling liquid with rust flakes, sludge and a layer of oil, drained by a Linz "
         "heating firm from old solar-thermal and ground-source heat-pump circuits over two years: spent, "
         "contaminated glycol heat-transfer fluid (16 01 14*, 07 01 08*), hazardous waste whose export to a non-OECD "
         "country is banned, on a tanker lorry for a Tuzla 'antifreeze blender'; Austrian German wording (glycol "
         "waste repeats in many sets, kept as a repeat of the good; drained solar and heat-pump circuits were found "
         "in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "271019",
         "Lehký topný olej, ke spálení, 22 t", "CZ", 22000, None, 6600, "EUR",
         "light heating oil is a clear, red-dyed distillate of 0.85 kg/l with a certificate; this tanker holds a "
         "black, thick, water-logged sludge with rust and sediment pumped out of domestic heating-oil tanks by a "
         "Brno tank-cleaning firm decommissioning them for heat pumps: oily tank sludge (16 07 08*, 13 05 02*), "
         "hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for a "
         "Uzhhorod 'boiler house'; Czech wording (heating-oil labels repeat in a few sets and topný olej once, "
         "blind158, kept as a repeat of the label; heating-oil tank sludge from a heat-pump switch is the new part)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "GE", "690290",
         "Schamottesteine, gebraucht, für Öfen, 24 t", "DE", 24000, None, 2400, "EUR",
         "used firebricks for stoves are plain, cream-coloured bricks, cleaned and palletised; these bags hold the "
         "dark, heavy magnetite cores of night-storage heaters taken out by German heating installers, many "
         "with their asbestos-board linings and mica still attached and several with chromate-coated bricks: "
         "waste containing asbestos (A2050) and hazardous waste whose export to a non-OECD country is banned, from "
         "Bremerhaven to Poti; German wording (storage heaters repeat in a few sets, blind19, blind113, blind233, "
         "kept as a repeat of the good; a used-firebrick label to Georgia is the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "SN", "741220",
         "Raccords et robinets en laiton, d'occasion, en vrac, 8 t", "FR", 8000, None, 16000, "EUR",
         "used brass fittings are loose valves and elbows, sorted and bright; these drums hold the dial "
         "manometers, mercury thermometers, old bimetal and mercury-switch thermostats and mercury-tube boiler "
         "controls that Lyon heating firms strip out of boiler rooms, many broken and beaded with mercury: waste "
         "containing mercury (A1010, A1030, A1180), hazardous waste whose export to a non-OECD country is banned, "
         "from Marseille to Dakar; French wording (mercury waste repeats in many sets and thermostats in several; "
         "a brass-fittings label on boiler-room mercury gauges was found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "850710",
         "Baterias de tração para empilhadores, usadas, em bom estado, 60 unidades", "PT", 54000, 60, 18000, "EUR",
         "used traction batteries fit for reuse are tested, filled and capped; these 60 are dead forklift packs "
         "from a Setúbal warehouse, with cracked cells, sulphated plates and acid on the trays: waste lead-acid "
         "batteries (A1160), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Luanda; "
         "Portuguese wording (lead-acid batteries repeat in many sets, kept as a repeat; forklift traction packs to "
         "Angola are the new part as far as a search found; a row of another trade)", {"importer_country": "AO"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "TN", "841430",
         "Compressori rotativi per pompe di calore, ricondizionati, 2.400 pezzi", "IT", 38000, 2400, 24000, "EUR",
         "reconditioned compressors are cleaned, painted, pressure-tested, charged with fresh oil, capped and "
         "boxed; these 2,400 are cut out of scrapped heat pumps and air conditioners by a Bologna recycler, pipe "
         "stubs open, full of old oil and some burnt out: waste compressors with oil (A1180, 16 02 13*), hazardous "
         "waste whose export to a non-OECD country is banned, from Genoa to Radès; Italian wording (used compressors "
         "repeat in many sets, kept as a repeat of the good; heat-pump compressors to Tunisia are the new part as far "
         "as a search found)", {"importer_country": "TN"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "320890",
         "Vopsea și lacuri, stoc excedentar, găleți, 20 t", "RO", 20000, None, 3000, "EUR",
         "surplus paint stock is sealed, labelled and in date; these pails are part-used, skinned, dented and "
         "mixed, with thinner and resin residues, collected from Bucharest building sites: waste paint and varnish "
         "with organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is banned, at "
         "Albița for a Chișinău 'paint shop'; Romanian wording (waste paint repeats in several sets, kept as a repeat; "
         "a surplus-stock label to Moldova is the new part as far as a search found; a row of another trade)",
         {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "271112",
         "Isı pompaları için R-290 propan soğutucu gaz, 11 kg tüp, 150 adet", "TR", 1650, 150, 7500, "EUR",
         "R-290 for heat pumps is a flammable propane of refrigerant grade, 0.50 kg/l, in red-banded tubes that "
         "read 8 bar at 20 °C; these 150 tubes weigh twice what propane fills, read 9 bar, do not burn at the "
         "valve and a leak detector names HCFC-22: chlorodifluoromethane, whose import into the Union is banned, in "
         "a van at Kapitan Andreevo for a Sofia heat-pump installer; Turkish wording (HCFC-22 under other "
         "refrigerant labels repeats in many sets, kept as a repeat, and R-290 propane labels in several, blind80, blind129, blind162, "
         "blind233, kept as a repeat; for a Bulgarian heat-pump installer is the new part as far as a search found)", firm("Vega Termopompi OOD", "BG")),
        ("OZN-02", "import", "DEAIR01", "air", "CN", [], "DE", "381400",
         "热泵铜管冲洗剂 (安装前清洗管路), 1升 x 200瓶", "CN", 248, 200, 900, "USD",
         "the flushing solvents heat-pump installers blow through reused line sets are hydrocarbon or HFO blends "
         "of 0.80 kg/l; these 200 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell "
         "and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown "
         "from Shanghai to Frankfurt for a heat-pump installers' wholesaler; Chinese wording (HCFC-141b under "
         "flushing labels repeats in many sets and line-set labels in a few, blind6, blind52, blind272, kept as a "
         "repeat of the label; from a heat-pump wholesaler is the new part as far as a search found)",
         firm("Nordhafen Wärmepumpen Großhandel GmbH", "DE")),
        ("OZN-03", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Спрей для заморожування труб (сантехнічний), 400 мл, 600 балонів", "UA", 300, 600, 1800, "EUR",
         "the pipe-freezing sprays plumbers use to plug a pipe without draining it hold R-134a, R-1234ze or CO2; "
         "these 600 cans hold a gas that reads 4.8 bar at 20 °C and the filler's sticker, peeled, reads 'R12': "
         "dichlorodifluoromethane (CFC-12), whose import into the Union is banned, in a van at Dorohusk for a "
         "Lublin plumbers' merchant; Ukrainian wording (CFC-12 repeats in many sets and pipe-freezing labels in "
         "three, blind21, blind44, blind286, kept as a repeat of the label; from Ukraine by road is the new part)",
         firm("Central Hydraulika Sp. z o.o.", "PL")),
        ("OZN-04", "import", "IEAIR01", "air", "US", [], "IE", "381400",
         "PVC pipe primer and cleaner, purple, 1 qt cans, 480 cans", "US", 620, 480, 2400, "USD",
         "PVC primers for solvent-welding pipe are tetrahydrofuran, acetone and MEK blends of 0.88 kg/l that burn "
         "and are dyed purple to show on the pipe; these 480 cans weigh 1.34 kg/l, do not burn and smell sweet: "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, flown from Chicago to "
         "Dublin for a plumbing wholesaler; American English wording (methyl chloroform repeats in many sets and "
         "solvent-cement labels in a few, blind195, blind210, blind254, and a pipe-primer label once, blind210, "
         "kept as a repeat; from the United States to Ireland is the new part as far as a search found)", firm("Horizon Plumbing Wholesale Ltd", "IE")),
        ("OZN-05", "import", "NLAIR01", "air", "IN", [], "NL", "340290",
         "બોઇલર હીટ એક્સચેન્જર કાર્બન (સૂટ) દૂર કરનાર, 5 લિટર, 40 કેન", "IN", 320, 40, 700, "USD",
         "the soot and carbon removers boiler engineers spray on fouled heat exchangers are alkaline, water-based "
         "foams of 1.05 kg/l; these 40 cans weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate "
         "cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from Ahmedabad to "
         "Amsterdam for a boiler-service firm; Gujarati wording (carbon tetrachloride repeats in many sets and soot "
         "labels in many rows on other goods; a boiler heat-exchanger soot remover from Gujarat is the new part as "
         "far as a search found)", firm("Meridian Ketelservice BV", "NL")),
        ("OZN-06", "import", "SISEA01", "sea", "KR", [], "SI", "842410",
         "펠릿 보일러 호퍼용 자동 소화기, 2 kg, 400개", "KR", 1200, 400, 6000, "USD",
         "the automatic extinguishers fitted to pellet-boiler hoppers against burn-back are water or small "
         "aerosol cartridges with a certificate; these 400 bottles are stamped '1301' under the sticker, read 42 bar, "
         "and a drop of the contents boils off at once with no residue: halon 1301 in fire-protection products "
         "whose import into the Union is banned, by sea from Busan to Koper for a Ljubljana pellet-boiler "
         "installer; Korean wording (halon 1301 repeats in many sets, kept as a repeat, and pellet boilers once, blind205; a pellet-boiler hopper "
         "extinguisher is the new part as far as a search found)", firm("Alpina Kotli d.o.o.", "SI")),
        ("OZN-07", "transit", "PLSEA01", "sea", "CN", ["PL"], "UA", "841861",
         "空气源热泵热水机组 (R32), 8 kW, 260台", "CN", 31200, 260, 130000, "USD",
         "R-32 air-to-water heat pumps carry an HFC charge and a label naming it; these 260 units' plates read "
         "'R22' under the new sticker, their charge of about 2 kg each is chlorodifluoromethane and the manuals "
         "are for an older model: equipment containing and relying on HCFC-22, moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Gdańsk in transit from Ningbo to a Kyiv heat-pump "
         "installer; Chinese wording (HCFC-22 equipment under R-32 labels repeats in several sets, kept as a repeat; "
         "a transit of air-to-water heat pumps through Gdańsk is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-08", "export", "FISEA01", "sea", "FI", [], "EG", "841581",
         "Käytetyt ilmalämpöpumput, toimivat, 300 kpl", "FI", 13500, 300, 9000, "EUR",
         "the used air-source heat pumps Finnish installers take out when fitting new ones: units on R-410A or "
         "R-32 may be exported for reuse, but these 300 are early 2000s sets whose plates read 'R22', still "
         "charged: products and equipment containing and relying on HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), from Helsinki to Alexandria; Finnish wording (HCFC equipment for export repeats in "
         "many sets, kept as a repeat; Finnish air-source heat pumps to Egypt are the new part as far as a search "
         "found)", {"importer_country": "EG"}),
        ("OZN-09", "import", "ATAIR01", "express", "TH", [], "AT", "902620",
         "ชุดเกจวัดแรงดันสำหรับติดตั้งปั๊มความร้อน, 40 ชุด", "TH", 24, 40, 1600, "USD",
         "an express parcel for a Linz heat-pump installer: manifold gauges and a vacuum pump are what the Bangkok "
         "supplier sends, but the third item's 'R-32 cans' are twelve 1 kg cans of chlorodifluoromethane "
         "(HCFC-22), stamped 'R22' under the sticker, whose import into the Union is banned, hidden as the last item "
         "of a three-item declaration; Thai wording (HCFC-22 in small cans repeats in many sets, kept as a repeat; "
         "behind heat-pump manifold gauges from Thailand is the new part as far as a search found)",
         dict(firm("Central Wärmetechnik GmbH", "AT"),
              _more_items=[item("841410", "ปั๊มสุญญากาศ 2 ขั้น, 2 เครื่อง", "TH", 16, 300, "USD", qty=2),
                           item("290342", "น้ำยาแอร์ R-32 กระป๋อง 1 กก., 12 กระป๋อง", "TH", 12, 120, "USD", qty=12)])),
        ("OZN-10", "import", "ROSEA01", "sea", "IN", [], "RO", "290219",
         "சைக்ளோபென்டேன், நுரை ஊதும் முகவர், 200 லி பீப்பாய்கள், 40", "IN", 11900, 40, 9500, "USD",
         "cyclopentane for blowing PU foam is a light, very flammable liquid of 0.75 kg/l; these 40 drums weigh "
         "1.49 kg/l, their contents do not burn, boil at 24 °C and the drum heads are stamped 'R-11': "
         "trichlorofluoromethane (CFC-11), whose import into the Union is banned, by sea from Chennai to Constanța "
         "for a mattress-foam maker; Tamil wording (CFC-11 repeats in many sets and cyclopentane labels in a few; "
         "from Chennai to Constanța is the new part as far as a search found; a row of another trade)",
         firm("Delta Spume SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "TN", [], "IT", "780200",
         "Déchets de tuyaux en plomb, anciens, pour refonte, 1,2 t", "TN", 1200, None, 1900, "EUR",
         "old lead pipe scrap from plumbing is thin, bent, grey tube cut from houses; this crate holds heavy, "
         "seamed lead pipes folded from sheet, with raised cast inscriptions naming makers and owners along the "
         "seam and lime crust inside: Roman lead water pipes (fistulae) dug at a site near Carthage, whose export "
         "Tunisia forbids, imported without the export licence and importer licence Regulation 2019/880 requires, by "
         "sea from Tunis to Naples for a 'lead refiner'; Tunisian French wording (a fistula once, blind197, and a "
         "lead-pipe label once, blind249; kept as a repeat, lead-pipe scrap from Tunisia is the new part)",
         firm("Orion Metalli Srl", "IT")),
        ("CUL-02", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680291",
         "Mermer lavabolar, yeni, cilalı, 120 adet", "TR", 4800, 120, 9600, "EUR",
         "a bathroom showroom's lorry for Munich: polished marble washbasins and hammam taps are what the "
         "Afyon supplier sends, but the third item's 'kurna, antik görünümlü' are four worn, carved marble "
         "hammam basins with Ottoman inscriptions and old lime deposits, cut out of a bathhouse in Aleppo: "
         "Syrian cultural property, whose import into the Union is banned (Regulation 36/2012, Article 11c), "
         "hidden as the last item of a three-item declaration; Turkish wording (hammam basins repeat in a few "
         "sets and a kurna once, blind213, kept as a repeat; behind new washbasins for a bathroom showroom is the "
         "new part as far as a search found)",
         dict(firm("Atlantic Bad und Sanitär GmbH", "DE"),
              _more_items=[item("848180", "Hamam muslukları, pirinç, 200 adet", "TR", 240, 3000, "EUR", qty=200),
                           item("680291", "Kurna, antik görünümlü, 4 adet", "TR", 720, 800, "EUR", qty=4)])),
        ("CUL-03", "export", "CZAIR01", "air", "CZ", [], "US", "690740",
         "Repasované kamnové kachle, 64 ks", "CZ", 260, 64, 2600, "EUR",
         "reclaimed stove tiles are plain, glazed, modern and alike; these 64 are green-glazed relief tiles of "
         "a Renaissance tiled stove, with figures, coats of arms and a dated crest of 1570 on the corner tiles, "
         "taken down from a castle room in South Bohemia: cultural goods whose export from the Union needs an "
         "export licence (Regulation 116/2009) and Czech permission, flown from Prague to New York for a dealer; "
         "Czech wording (stove tiles repeat twice, blind51 and blind152, kept as a repeat of the good; a stove "
         "fitter's 'reclaimed tiles' label from Czechia is the new part)", {"importer_country": "US"}),
        ("CUL-04", "import", "GRROAD01", "road", "AL", [], "GR", "690410",
         "Tulla balte të riciklura për ngrohje nën dysheme, 3 t", "AL", 3000, None, 450, "EUR",
         "reclaimed terracotta floor bricks are modern, machine-made, with mortar on the sides; these are square "
         "Roman bessales and round pilae stacks, hand-made, with finger marks and soot on one face, lifted from the "
         "hypocaust of a bath at a site near Butrint: archaeological objects, whose export Albania forbids, imported "
         "without the importer licence Regulation 2019/880 requires, at Kakavia for an Ioannina underfloor-heating "
         "installer; Albanian wording (a hypocaust once, blind189, kept as a repeat of the good; an underfloor-"
         "heating brick label from Albania is the new part)", firm("Delta Thermansi Dapedou AE", "GR")),
        ("CUL-05", "import", "CYSEA01", "sea", "LB", [], "CY", "680291",
         "حوض مغسلة رخامي للحمامات، صناعة يدوية، قطعة واحدة", "LB", 180, 1, 400, "USD",
         "the vessel sinks Beirut workshops carve for bathroom showrooms are new, sharp-edged and polished; this one "
         "is a weathered, round marble basin with a Greek inscription and a cross on the rim and root marks in the "
         "cracks, a Byzantine church font dug in south Lebanon: archaeological objects, whose export Lebanon forbids, "
         "imported without the importer licence Regulation 2019/880 requires, by sea from Beirut to Limassol for a "
         "bathroom showroom; Lebanese Arabic wording (Byzantine marble repeats in several sets; a vessel-sink label "
         "was found in no earlier row by a keyword search)", firm("Rivage Bathrooms Ltd", "CY")),
        ("CUL-06", "export", "ITPOST01", "post", "IT", [], "CH", "848180",
         "Rubinetti vecchi in bronzo, da collezione idraulica, 6 pezzi", "IT", 3.2, 6, 120, "EUR",
         "old bronze taps from plumbing collections are nineteenth-century, cast with makers' marks and threads; "
         "these six are Roman bronze stopcocks with a turning plug, green crust and earth inside, dug around "
         "Pompeii: archaeological objects, which Italian law reserves to the State and whose export from the "
         "Union needs an export licence (Regulation 116/2009), posted from Naples to a Zurich collector; Italian "
         "wording (Roman bronzes repeat in many sets; a stopcock once, blind278, kept as a "
         "repeat; a Roman stopcock as a plumbing collectable by post is the new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-07", "import", "SEAIR01", "air", "ET", [], "SE", "490191",
         "የጸሎት መጽሐፍ፣ በእጅ የተጻፈ፣ አዲስ፣ 2 ቅጂዎች", "ET", 3, 2, 80, "USD",
         "new hand-written prayer books sold to visitors are on fresh parchment with bright inks; these two are "
         "worn parchment codices in Ge'ez with wooden boards, church stamps and eighteenth-century miniatures, "
         "taken from a Tigray church: cultural goods whose export Ethiopia forbids, flown from Addis Ababa to "
         "Stockholm for a dealer; Amharic wording (Ethiopian manuscripts repeat in several sets, kept as a repeat; "
         "to Stockholm is the new part as far as a search found; a row of another trade)", {"importer_country": "SE"}),
        ("CUL-08", "transit", "ESAIR01", "air", "GT", ["ES"], "US", "691390",
         "Cuencos de cerámica decorativos, hechos a mano, 3 piezas", "GT", 6, 3, 150, "USD",
         "the painted bowls sold at Antigua markets are new, bright and glossy; these three are polychrome Maya "
         "vessels with glyph bands, root marks and earth in the foot, from a looted Petén tomb: cultural goods "
         "whose export Guatemala forbids, landed at Madrid in transit to a Miami dealer, against Regulation "
         "2019/880 (Article 3(1)), which covers transit; Guatemalan Spanish wording (Maya ceramics repeat in many "
         "sets, kept as a repeat; a transit through Madrid is the new part as far as a search found; a row of "
         "another trade)", {"importer_country": "US"}),
        ("CUL-09", "import", "NLAIR01", "air", "CN", [], "NL", "741980",
         "铜制取暖炉配件, 旧, 8件", "CN", 9, 8, 240, "USD",
         "the spare parts of copper heating stoves are plain, new lids and grates; these eight are Qing hand "
         "warmers (手炉) with pierced lids, engraved bodies and reign marks on the base, worn by use: cultural "
         "relics made before 1911, whose export China forbids, flown from Beijing to Amsterdam for a dealer who "
         "restores stoves and antique heating; Chinese wording (hand warmers repeat in several sets, kept as a "
         "repeat of the good; a heating-stove spare-parts label was found in no earlier row)", firm("Vega Kachels BV", "NL")),
        ("CUL-10", "import", "FRAIR01", "air", "BF", [], "FR", "691490",
         "Pots de jardin en terre cuite, artisanat, 5 pièces", "BF", 40, 5, 200, "EUR",
         "garden pots from Ouagadougou potters are new, thin and even; these five are Djenné-style terracotta "
         "figures with earth in the cracks and thermoluminescent age, dug in the Inland Niger Delta and brought "
         "through Burkina Faso: archaeological objects from Mali, whose export Mali forbids, flown to Paris for a "
         "dealer; Burkinabè French wording (Djenné terracottas repeat in many sets, kept as a repeat; a garden-pot "
         "label from Burkina Faso is the new part as far as a search found; a row of another trade)",
         {"importer_country": "FR"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "850440",
         "Frequenzumrichter für Wärmepumpenverdichter, 3-phasig, 60 Stück", "DE", 540, 60, 48000, "EUR",
         "the inverters that drive heat-pump compressors give up to 150-200 Hz at a few kilowatts; these 60 give "
         "600-2,000 Hz with tight frequency control and multi-phase output, their firmware unlocked, for a Dubai "
         "'heat-pump trader' whose buyer is in Iran: frequency changers (dual-use 3A225, usable for gas "
         "centrifuges) exported without a licence and against the Iran sanctions; German wording (frequency "
         "converters repeat in many sets, kept as a repeat of the good; a compressor-inverter label once, "
         "blind238, kept as a repeat; for heat pumps through Dubai is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "ATROAD01", "road", "AT", ["HU", "RO"], "KG", "841861",
         "Luft-Wasser-Wärmepumpen, 12 kW, 80 Stück", "AT", 14400, 80, 240000, "EUR",
         "a lorry of Austrian heat pumps for Bishkek, a city with few heat-pump installers; the consignee's "
         "earlier lorries went on to Novosibirsk and the invoice names a Russian heating distributor: heat pumps, "
         "goods whose sale and export to Russia Regulation 833/2014 bans (Annex XXIII), routed through Kyrgyzstan "
         "against the anti-circumvention rules; Austrian German wording (goods for Russia through Central Asia "
         "repeat in many sets; heat pumps to Russia through Kyrgyzstan were found in no earlier row by a keyword "
         "search)", {"importer_country": "KG"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "TR", "848180",
         "Valvole termostatiche per radiatori, ottone, DN15, 3.000 pezzi", "IT", 7200, 3000, 96000, "EUR",
         "thermostatic radiator valves are small brass bodies with a head, about 300 g each; these 3,000 weigh "
         "2.4 kg each, have bellows seals and bodies and bellows of nickel alloy (Hastelloy) with no head, for an "
         "Istanbul 'heating merchant' whose buyer is a Tehran chemical plant: bellows-sealed valves of corrosion-"
         "resistant alloy (dual-use 2B350.g) exported without a licence and against the Iran sanctions, from Genoa "
         "to Mersin; Italian wording (bellows valves repeat in many sets, kept as a repeat of the good; a radiator-"
         "valve label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "SEAIR01", "air", "SE", [], "AE", "841950",
         "Lödda plattvärmeväxlare för värmepumpar, 40 st.", "SE", 1600, 40, 120000, "EUR",
         "brazed plate heat exchangers for heat pumps are stainless with copper brazing, a few kilos each and a "
         "few hundred euros; these 40 are nickel-alloy plates brazed with nickel, 40 kg and 3,000 EUR each, "
         "rated for hot acids, for a Dubai 'heat-pump distributor' whose buyer is an Iranian chemical plant: heat "
         "exchangers of corrosion-resistant alloy (dual-use 2B350.d) exported without a licence; Swedish wording "
         "(heat exchangers repeat in several sets, kept as a repeat of the good; a heat-pump BPHE label was found in "
         "no earlier row)", {"importer_country": "AE"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "AM", "902620",
         "Snímače tlaku pro kotle, 200 ks", "CZ", 30, 200, 64000, "EUR",
         "boiler pressure sensors are cheap brass sensors of 0-4 bar, a few euros each; these 200 are absolute "
         "pressure transducers with nickel-alloy diaphragms rated 0-13 kPa, 320 EUR each, for a Yerevan 'boiler "
         "spares' trader whose earlier consignments went on to Russia: pressure transducers resistant to UF6 "
         "(dual-use 2B230) and goods banned for Russia, exported without a licence; Czech wording (pressure "
         "transducers repeat in many sets, kept as a repeat; a boiler pressure-sensor label was found in no earlier "
         "row by a keyword search)", {"importer_country": "AM"}),
        ("STR-06", "export", "PLAIR01", "air", "PL", [], "KZ", "902620",
         "Manometry serwisowe do pomp ciepła, 100 zestawów", "PL", 60, 100, 9000, "EUR",
         "an air shipment of heat-pump installers' tools for Almaty: manifold gauges and vacuum gauges are what "
         "the Warsaw wholesaler sends, but the third item's 'pompy próżniowe do pomp ciepła' are 12 large "
         "turbomolecular and fluorine-compatible vacuum pumps worth 90,000 EUR for a Russian buyer: vacuum pumps "
         "(dual-use 2B231) exported without a licence and against the Russia sanctions, hidden as the last item of "
         "a three-item declaration; Polish wording (vacuum pumps repeat in many sets, kept as a repeat; behind "
         "heat-pump service gauges is the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("902519", "Próżniomierze elektroniczne, 100 szt.", "PL", 20, 6000, "EUR", qty=100),
                           item("841410", "Pompy próżniowe do pomp ciepła, 12 szt.", "PL", 480, 9600, "EUR", qty=12)])),
        ("STR-07", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "732211",
         "Радиаторы отопления чугунные, 7 секций, 1.800 шт.", "KZ", 52000, 1800, 72000, "USD",
         "cast-iron radiators from Kazakhstan carry a Kazakh maker's mark; these 1,800 are cast in Minsk, the "
         "Belarusian maker's mark ground off the end sections and the pallets relabelled at Dostyk: iron and steel "
         "products of Belarus, whose import into the Union Regulation 765/2006 bans, declared under Kazakh origin "
         "by rail to Kaunas for a plumbers' merchant; Russian wording (Belarusian goods under Kazakh origin repeat in "
         "several sets, kept as a repeat; cast-iron radiators were found in no earlier row by a keyword search)",
         firm("Orion Šildymas UAB", "LT")),
        ("STR-08", "export", "LTAIR01", "air", "LT", [], "AM", "950300",
         "Žaislinių dronų atsarginės dalys, 500 vnt.", "LT", 25, 500, 60000, "EUR",
         "toy-drone spare parts are cheap motors and propellers; these 500 are tactical-grade MEMS inertial "
         "measurement units at 120 EUR each for a Yerevan 'toy importer' whose goods go on to Russia: navigation "
         "items on the common high-priority list, banned for Russia, exported without a licence; Lithuanian wording "
         "(IMUs repeat in many sets, kept as a repeat; from Lithuania to Armenia is the new part as far as a search "
         "found; a row of another trade)", {"importer_country": "AM"}),
        ("STR-09", "export", "DKAIR01", "air", "DK", [], "KZ", "902580",
         "Termografikameraer til varmeinspektion, 20 stk.", "DK", 40, 20, 180000, "EUR",
         "the thermal cameras heating engineers use to find leaks under floors are uncooled, low-resolution and "
         "cheap; these 20 are cooled mid-wave cameras at 9,000 EUR each, for an Almaty 'heating-inspection' firm "
         "whose buyer is in Belarus: thermal imaging cameras (dual-use 6A003) and goods banned for Belarus, exported "
         "without a licence; Danish wording (thermal cameras repeat in many sets, kept as a repeat of the good; a "
         "heating-inspection label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-10", "export", "SKROAD01", "road", "SK", ["HU", "RS", "BG", "TR"], "LB", "382440",
         "Prísada na mletie cementu, technická, IBC, 20 t", "SK", 20000, 20, 36000, "EUR",
         "cement grinding aids are glycol and amine blends sold with a data sheet; these IBCs hold 99 % "
         "triethanolamine for a Beirut 'concrete supplier' whose consignee is in Syria: a Schedule 3 chemical and "
         "dual-use chemical (1C350) exported without a licence and against the Syria sanctions; Slovak wording "
         "(triethanolamine repeats in many sets, kept as a repeat; from Slovakia to Lebanon is the new part as far "
         "as a search found; a row of another trade)", {"importer_country": "LB"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "PTAIR01", "air", "PT", [], "HK", "841899",
         "Depósitos de inércia para bombas de calor, 100 l, 12 unidades", "PT", 260, 12, 3600, "EUR",
         "heat-pump buffer tanks are insulated steel cylinders, dry, with their connections capped; these twelve "
         "slosh, carry oxygen lines under the cladding and hold water with about 90 kg of live, transparent "
         "young eels caught on the Minho: European eels (Anguilla anguilla, CITES App. II), whose export from the "
         "Union is banned, flown from Porto to Hong Kong; Portuguese wording (glass eels repeat in many sets, kept "
         "as a repeat; inside heat-pump buffer tanks is the new part as far as a search found)",
         {"importer_country": "HK"}),
        ("WLF-02", "import", "DESEA01", "sea", "TH", [], "DE", "442199",
         "ຝາຮອງນັ່ງຊັກໂຄກໄມ້, 600 ອັນ", "LA", 1800, 600, 4200, "USD",
         "wooden toilet seats from Southeast Asia are bamboo or rubberwood, pale and light; these 600 are of "
         "dense, purple-red, rose-scented wood that sinks in water: Siamese rosewood (Dalbergia cochinchinensis, "
         "CITES App. II) without CITES documents, by sea from Laem Chabang to Hamburg for a bathroom wholesaler; "
         "Lao wording (Siamese rosewood repeats in many sets and a toilet-seat label once, blind278, on another good; "
         "kept as a repeat of the good, rosewood toilet seats are the new part as far as a search found)",
         firm("Meridian Badausstattung GmbH", "DE")),
        ("WLF-03", "import", "NLSEA01", "sea", "ID", [], "NL", "680299",
         "Wastafel batu alam, 200 buah", "ID", 4000, 200, 8000, "USD",
         "a bathroom showroom's container: natural-stone washbasins and river-stone shower-tray pebbles are what "
         "the Bali supplier ships, but the third item's 'batu koral putih' are 2 t of bleached, branching and "
         "brain-shaped skeletons of stony corals broken off a reef: Scleractinia (CITES App. II) without CITES "
         "documents, hidden as the last item of a three-item declaration, by sea from Surabaya to Rotterdam; "
         "Indonesian wording (coral repeats in many sets; white coral stones behind bathroom basins are the new "
         "part as far as a search found)",
         dict(firm("Vega Badkamer Import BV", "NL"),
              _more_items=[item("251710", "Batu kali untuk nampan shower, 6 t", "ID", 6000, 1800, "USD"),
                           item("251710", "Batu koral putih untuk dekorasi kamar mandi, 2 t", "ID", 2000, 600, "USD")])),
        ("WLF-04", "import", "BESEA01", "sea", "IN", [], "BE", "440729",
         "పైపు సపోర్ట్ బ్లాకులకు గట్టి కలప ముక్కలు, 14 టన్నులు", "IN", 14000, None, 5600, "USD",
         "the hardwood blocks plumbers use under chilled-water pipes are pale, kiln-dried beech or oak; these "
         "billets are heavy, deep blood-red inside and stain water red: red sanders (Pterocarpus santalinus, CITES "
         "App. II) without CITES documents, by sea from Chennai to Antwerp for a pipe-support maker; Telugu wording "
         "(red sanders repeats in many sets, kept as a repeat of the good; a pipe-support block label was found in "
         "no earlier row by a keyword search)", firm("Central Pipe Supports BV", "BE")),
        ("WLF-05", "import", "ITAIR01", "air", "MY", [], "IT", "420291",
         "Beg alat tukang paip, kulit bercorak, 300 unit", "MY", 180, 300, 3600, "USD",
         "plumbers' tool pouches in patterned leather are embossed cowhide; these 300 are of real, scaly "
         "reticulated-python skin with the belly scales in broad rows: Python reticulatus (CITES App. II) skin "
         "products without CITES documents, flown from Kuala Lumpur to Milan for a plumbing-tool importer; Malay "
         "wording (python skin repeats in many sets, kept as a repeat; a plumber's tool-pouch label was found in no "
         "earlier row by a keyword search)", firm("Alpina Utensili Srl", "IT")),
        ("WLF-06", "import", "BEAIR01", "air", "CD", [], "BE", "392640",
         "Statuettes en résine, art décoratif, 30 pièces", "CD", 24, 30, 300, "USD",
         "resin statuettes are light, warm to the touch and show mould seams; these 30 are heavy, cool, with "
         "Schreger lines on the base: carved elephant ivory (CITES App. I) without documents, flown from Kinshasa "
         "to Brussels; Congolese French wording (ivory as resin repeats in many sets, kept as a repeat; a row of "
         "another trade)", person("Jan Peeters", "BE")),
        ("WLF-07", "transit", "FRAIR01", "air", "NG", ["FR"], "VN", "051191",
         "Dried fish scales, tilapia, for collagen extraction, 300 kg", "NG", 300, None, 900, "USD",
         "dried fish scales are thin, translucent and light; these sacks hold thick, brown, keratin plates "
         "with a ridged surface: pangolin scales (Manis spp., CITES App. I), landed at Paris in transit from Lagos "
         "to Hanoi without the CITES documents specimens in transit through the Union must carry; Nigerian English "
         "wording (pangolin scales repeat in many sets, kept as a repeat; a fish-scale label in transit through "
         "Paris is the new part as far as a search found; a row of another trade)", {"importer_country": "VN"}),
        ("WLF-08", "import", "ATAIR01", "air", "AZ", [], "AT", "160432",
         "Qızılbalıq kürüsü, duzlu, 40 kq", "AZ", 40, None, 2400, "USD",
         "salted salmon roe is large, orange-red and bright; these tins hold small, dark grey, glossy eggs with a "
         "nutty smell and no farm label: wild beluga caviar (Huso huso, CITES App. II, under a zero export quota) "
         "without CITES documents, flown from Baku to Vienna for a delicatessen; Azerbaijani wording (caviar "
         "repeats in many sets, kept as a repeat; salmon roe from Azerbaijan to Vienna is the new part as far as a "
         "search found; a row of another trade)", firm("Delta Feinkost GmbH", "AT")),
        ("WLF-09", "import", "DEAIR01", "express", "MN", [], "DE", "121190",
         "Хатаасан ургамлын үр, эмийн, 2 кг", "MN", 2, None, 80, "USD",
         "dried herbal pods are light, brittle and smell of hay; these are small, hairy, soft sacs with a "
         "strong, lasting animal smell and a grainy brown filling: musk pods of musk deer (Moschus spp., CITES "
         "App. II) without CITES documents, sent by express from Ulaanbaatar to a Berlin traditional-medicine "
         "seller; Mongolian wording (musk repeats in many sets, kept as a repeat; from Mongolia by express is the "
         "new part as far as a search found; a row of another trade)", person("Lena Wagner", "DE")),
        ("WLF-10", "import", "ITAIR01", "air", "MM", [], "IT", "440139",
         "မီးမွှေးရန် မွှေးကြိုင်သစ်သား အပိုင်းအစများ, 50 ကီလို", "MM", 50, None, 500, "USD",
         "aromatic wood chips for incense are pale pine or cedar shavings; these 50 kg are dark, resin-streaked, "
         "heavy chips that sink and smell of oud when warmed: agarwood (Aquilaria spp., CITES App. II) without "
         "CITES documents, flown from Yangon to Milan for a perfume maker; Burmese wording (agarwood repeats in "
         "several sets, kept as a repeat; from Myanmar to Milan is the new part as far as a search found; a row of "
         "another trade)", firm("Rivage Profumi Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SKAIR01", "air", "CN", "SK", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (disinfecting a private well and cylinder)", "CN",
     2.3, 2, 30, "EUR", [("PRECURSOR_LICENCE", "SK-MV-76-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CYAIR01", "air", "IL", "CY", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (metal etching)", "IL", 1.4, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "CY-MJPO-76-0019")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "NO", "DE", "841861",
     "Waste heat pumps with refrigerant circuits, for recovery and recycling at a licensed plant, 12 t", "NO", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-76-0441")], "notified waste heat pumps to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "681299",
     "Asbestos-containing pipe lagging and storage-heater linings (17 06 01*), for licensed disposal, 8 t", "CH", 8000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-76-0127")], "notified asbestos waste to a licensed landfill"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290379",
     "HCFC-141b, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "NL-ILT-ODS-76-008")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand extinguishers", "US", 750,
     30, 15000, "USD", [("ODS_LICENCE", "FR-DGEC-ODS-76-003")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEROAD01", "road", "DE", "CH", "691390",
     "Tiled stove, Nuremberg, glazed relief tiles, c. 1620, sold at auction to a Swiss museum", "DE", 900, 1,
     140000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-76-0188")],
     "tiled stove exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970510",
     "Roman lead water pipe (fistula) with maker's stamp, documented Italian collection since 1925, loan to a US museum",
     "IT", 40, 1, 18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-76-0331")],
     "archaeological object exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "848180",
     "Bellows-sealed valves, nickel alloy, DN50, 120 units, for a Turkish fluorochemical plant", "IT", 600, 120, 180000,
     "EUR", [("EXPORT_LICENCE", "IT-UAMA-76-0091"), ("END_USER_CERTIFICATE", "TR-TMMOB-EUC-76-0044")],
     "dual-use bellows valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SEAIR01", "air", "SE", "NO", "841950",
     "Nickel-alloy brazed plate heat exchangers, 10 units, for a Norwegian chemical plant", "SE", 400, 10, 30000,
     "EUR", [("EXPORT_LICENCE", "SE-ISP-76-0066"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-76-0012")],
     "dual-use heat exchangers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "VN", "IT", "420291",
     "Farmed python-leather tool pouches (Python reticulatus), 200 units", "VN", 120, 200, 6000, "USD",
     [("CITES_PERMIT", "VN-CITES-76-0214")], "App. II python leather with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "ID", "NL", "050800",
     "Maricultured coral skeletons (Acropora spp.), decorative, 200 kg", "ID", 200, None, 2400, "USD",
     [("CITES_PERMIT", "ID-KLHK-76-0087")], "App. II coral from mariculture with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Súkromná osoba", "PRM-02": "Private individual", "PRM-05": "Central Laboratorium BV",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Alpina Utensili Srl", "PRM-12": "Vega Badkamer Import BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # plumbers, heating engineers, heat-pump and boiler installers and plumbers' merchants
    ("380894", "Legionella shock-disinfection sachets for hot-water cylinders", "import", ["post"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "EUR"], 10, S),
    ("381400", "Oil-burner nozzle cleaner, naphtha-based, 1 l", "import", ["air"], ["TH", "US"], (4, 8), (100, 400), ["USD"], 1.2, S),
    ("340290", "Plate heat-exchanger descaler, sulphamic, 25 l cans", "import", ["road"], ["TR"], (1, 2), (4000, 14000), ["EUR"], 0.04, S),
    ("360490", "Flue and drain smoke-test pellets, boxes of 10", "import", ["express"], ["GB"], (30, 60), (1, 3), ["GBP"], 20, S),
    ("251990", "Condensate neutraliser granules, magnesia, 2 kg refills", "import", ["sea"], ["EG", "TR"], (0.4, 0.8), (8000, 16000), ["USD"], 0.5, S),
    ("283539", "Polyphosphate dosing balls for water heaters, 500 g", "import", ["post"], ["VN", "DE"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("381010", "Copper-pipe brightening gel, citric, 250 ml", "import", ["air"], ["IL", "US"], (6, 12), (100, 400), ["USD"], 4, S),
    ("382499", "Underfloor-heating sludge flush, alkaline, 10 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (2000, 5000), ["EUR"], 0.1, S),
    ("841861", "Propane (R-290) monobloc heat pumps, new", "import", ["sea"], ["CN"], (12, 20), (10000, 20000), ["USD"], 0.008, S),
    ("741980", "Copper hot-water cylinders, new, foam-insulated", "import", ["road"], ["GB", "TR"], (10, 16), (3000, 8000), ["EUR", "GBP"], 0.03, S),
    ("391723", "PPR plumbing pipe, 20-63 mm", "import", ["sea"], ["TR", "CN"], (1.8, 3), (8000, 16000), ["USD", "EUR"], None, S),
    ("851610", "Electric water heaters, 80 l, new", "import", ["sea"], ["TR", "CN"], (6, 10), (6000, 14000), ["USD"], 0.05, S),
    ("290532", "Propylene glycol heat-transfer fluid, inhibited, IBCs", "import", ["sea"], ["US", "KR"], (1.5, 2.5), (16000, 22000), ["USD"], None, S),
    ("271019", "Light heating oil, red-dyed, tanker", "import", ["sea"], ["NO", "GB"], (0.8, 1.1), (20000, 26000), ["USD", "EUR"], None, S),
    ("690290", "Refractory firebricks for wood stoves", "import", ["sea"], ["CN", "IN"], (0.6, 1.2), (10000, 20000), ["USD"], 0.4, S),
    ("741220", "Brass press fittings for copper pipe, new", "import", ["sea"], ["CN", "TR"], (10, 16), (3000, 8000), ["USD"], 15, S),
    ("902519", "Digital room thermostats and heating thermometers", "import", ["air"], ["CN", "TW"], (30, 60), (100, 400), ["USD"], 5, S),
    ("841430", "Rotary compressors for heat pumps, new, capped", "import", ["sea"], ["CN", "TH"], (6, 10), (8000, 16000), ["USD"], 0.08, S),
    ("381400", "PVC pipe primer, THF and acetone, 250 ml", "import", ["sea"], ["US", "TR"], (4, 8), (2000, 6000), ["USD"], 3, S),
    ("340290", "Boiler heat-exchanger cleaner, alkaline foam, 5 l", "import", ["air"], ["IN", "GB"], (3, 6), (200, 600), ["USD"], 0.2, S),
    ("842410", "Automatic pellet-boiler burn-back extinguishers, water", "import", ["sea"], ["KR", "AT"], (10, 20), (500, 2000), ["USD", "EUR"], 0.3, S),
    ("902620", "Heat-pump manifold gauge sets, digital", "import", ["post", "express"], ["TH", "CN"], (60, 120), (1, 3), ["USD"], 1, S),
    ("841410", "Two-stage vacuum pumps for heat-pump installers", "import", ["air"], ["CN", "TH"], (20, 40), (200, 800), ["USD"], 0.12, S),
    ("271112", "Propane gas for brazing torches, 400 g cartridges", "import", ["sea"], ["TR", "KR"], (3, 5), (2000, 6000), ["USD", "EUR"], 2.5, S),
    ("680291", "Marble washbasins, new, polished", "import", ["sea"], ["TR", "IN"], (2, 4), (3000, 8000), ["USD", "EUR"], 0.05, S),
    ("848180", "Brass hammam taps and mixers, new", "import", ["post", "express"], ["TR"], (30, 60), (1, 3), ["EUR"], 2, S),
    ("690740", "Glazed relief stove tiles, new, for tiled stoves", "export", ["road"], ["CH", "NO"], (8, 15), (500, 2000), ["EUR"], 1.5, S),
    ("690410", "Terracotta floor bricks for underfloor heating, new", "import", ["road"], ["AL", "RS"], (0.3, 0.6), (10000, 20000), ["EUR"], 0.5, S),
    ("780600", "Lead flashing sheet, rolls, new", "import", ["sea"], ["GB", "IN"], (3, 4.5), (5000, 12000), ["GBP", "USD"], None, S),
    ("741980", "Copper hand warmers and bed warmers, new, decorative", "import", ["express"], ["CN", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 2, S),
    ("850440", "Heat-pump compressor inverters, 50-200 Hz, new", "import", ["air"], ["CN", "JP"], (40, 80), (100, 400), ["USD"], 0.1, S),
    ("848180", "Thermostatic radiator valves, brass, DN15", "import", ["sea"], ["CN", "TR"], (12, 20), (3000, 8000), ["USD"], 3, S),
    ("841950", "Brazed plate heat exchangers, stainless, for heat pumps", "import", ["air"], ["CN", "KR"], (20, 40), (200, 800), ["USD"], 0.3, S),
    ("902620", "Boiler pressure sensors, 0-4 bar, brass", "import", ["air"], ["CN", "TR"], (30, 60), (100, 300), ["USD"], 8, S),
    ("902580", "Uncooled thermal cameras for heating inspection, 160 x 120", "import", ["air"], ["CN", "US"], (300, 600), (20, 80), ["USD"], 2, S),
    ("841899", "Heat-pump buffer tanks, 100 l, insulated", "import", ["sea"], ["CN", "TR"], (3, 6), (4000, 10000), ["USD", "EUR"], 0.04, S),
    ("442199", "Bamboo toilet seats, soft-close", "import", ["sea"], ["CN", "VN"], (4, 7), (3000, 8000), ["USD"], 0.3, S),
    ("251710", "River pebbles for shower trays, bagged", "import", ["sea"], ["ID", "CN"], (0.2, 0.4), (16000, 24000), ["USD"], None, S),
    ("442199", "Beech pipe-support blocks, kiln-dried", "import", ["road"], ["PL", "RO"], (1.5, 3), (4000, 10000), ["EUR"], 2, S),
    ("420292", "Plumbers' tool pouches, embossed cowhide and canvas", "import", ["post", "express"], ["MY", "IN"], (40, 80), (1, 3), ["USD"], 1.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("450490", "Cork message boards, pine frame", "import", ["sea"], ["CN", "MA"], (3, 6), (2000, 6000), ["USD", "EUR"], 1.5, N),
        ("441990", "Acacia-wood teapot stands, oiled", "import", ["sea"], ["VN", "TH"], (3, 6), (2000, 6000), ["USD"], 4, N),
        ("630492", "Cotton patchwork quilts, machine-stitched", "import", ["sea"], ["IN", "PK"], (6, 10), (3000, 8000), ["USD"], 0.5, N),
        ("630790", "Cotton drawstring toy-storage bags, printed", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind301", 20760501, HERE)


if __name__ == "__main__":
    main()
