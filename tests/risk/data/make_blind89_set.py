#!/usr/bin/env python3
"""Writes the eighty-ninth blind set (tests/risk/data/blind89-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2041, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs, seeds for sowing included) appear only in the permitted rows, with their document,
and goods whose importer must hold an authorisation (steel, HFC-charged equipment,
firearms parts) are left out of the ordinary table. Disguised rows carry a consignee name
only where a real declaration would. Ids are BL89-*:

    python3 tests/risk/data/make_blind89_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2041, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2041
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEAIR01", "express", "GB", [], "IE", "340250",
         "Beer line cleaner, caustic-free, pub size, 6 x 5 L", "GB", 36, 6, 150, "GBP",
         "beer-line cleaners are caustic or low-strength peroxide liquids sold with a pump and a dilution chart; these six "
         "5 l cans hold a water-thin liquid at 1.20 kg/l that vents through the caps and whitens the skin, about 50 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Manchester to a private person in Galway who runs "
         "no bar; British English wording (hydrogen peroxide repeats in many sets and an acid beer-line cleaner covered "
         "nitric acid in blind76; a peroxide beer-line cleaner from Britain to Ireland is the new part)", person("Private individual", "IE")),
        ("PRE-02", "import", "ESPOST01", "post", "MX", [], "ES", "381400",
         "Diluyente para tinte de cuero, talabartería, 4 x 1 l", "MX", 4.6, 4, 900, "MXN",
         "saddlers thin spirit leather dyes with alcohol; these four litres are an oily, faintly fruity liquid at 1.14 "
         "kg/l that does not mix with the dye sample sent with them and the inner caps read 'CH3NO2': nitromethane "
         "(Annex I above 16 %), posted from León (Guanajuato) to a private person in Sevilla who keeps no saddlery, "
         "although flammable liquids may not go by post; Mexican Spanish wording (nitromethane repeats in many sets; a "
         "leather-dye thinner cover was found in no earlier row)", person("Particular", "ES")),
        ("PRE-03", "import", "GRROAD01", "road", "AL", [], "GR", "170199",
         "Sheqer me ngjyra për sheqer pambuku, 10 x 1 kg", "AL", 10, 10, 3000, "ALL",
         "flossing sugar for candy floss is coarse coloured sugar that tastes sweet; these ten bags hold white crystals "
         "with a pink dusting that do not taste sweet, spit violet sparks on a hot plate and read 'KClO3' on the inner "
         "liners: potassium chlorate (Annex I above 40 %), in a private car at Kakavia for a private person in Ioannina "
         "who has no candy-floss stand; Albanian wording (potassium chlorate repeats in many sets and sugar covers in "
         "several; a candy-floss cover was found in no earlier row)", person("Idiotis", "GR")),
        ("PRE-04", "import", "SEROAD01", "road", "NO", [], "SE", "281511",
         "Kaustisk soda, perler, til såpekoking, 10 x 1 kg", "NO", 10, 10, 900, "NOK",
         "lye for soap making is caustic soda pearls that grow hot and slippery in water; these ten tubs hold flat, "
         "glossy crystals that dissolve cold, leave the water neutral on a test strip and flare yellow on a hot stove, "
         "with 'NaClO3' on the inner bags: sodium chlorate (Annex I above 40 %), in a private car at Svinesund for a "
         "private person in Karlstad; Norwegian wording (sodium chlorate repeats in many sets and soap-making kits "
         "covered glycerine and acids in a few; a caustic-soda lye cover was found in no earlier row)", person("Privatperson", "SE")),
        ("PRE-05", "import", "CZAIR01", "express", "CA", [], "CZ", "230990",
         "Reptile calcium dusting powder, no D3, 8 x 500 g", "CA", 4, 8, 120, "CAD",
         "reptile calcium dust is chalky calcium carbonate that fizzes in vinegar; this fine white powder does not fizz, "
         "burns fiercely with a violet flame when mixed with sugar in the tester's spoon and the lot sheet reads "
         "'KClO4 99 %': potassium perchlorate (Annex I above 40 %), sent by express from Ontario to a private person in "
         "Brno who keeps no reptiles; Canadian English wording (potassium perchlorate repeats in many sets; a terrarium "
         "calcium-dust cover was found in no earlier row)", person("Soukromá osoba", "CZ")),
        ("PRE-06", "import", "CYSEA01", "sea", "EG", [], "CY", "310590",
         "سماد بلورات للطماطم، أكياس 5 كجم، 20 طن", "EG", 20000, 4000, 9000, "USD",
         "tomato feed is a soluble NPK with potash and magnesium, often blue; these 5 kg retail bags hold white prills that "
         "turn ice-cold in water, give no potash or phosphate test and the mill certificate reads 'NH4NO3 34.4 % N', for a "
         "Limassol garden-centre chain that sells them over the counter: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to the general public; Egyptian Arabic wording (ammonium nitrate repeats in many sets and "
         "fertiliser covers in several; tomato-feed retail bags from Egypt to Cyprus are the new part)",
         firm("Kipos Garden Centres Ltd", "CY")),
        ("PRE-07", "import", "LTAIR01", "express", "AM", [], "LT", "210210",
         "Կեֆիրի հատիկներ, չորացրած, 20 փաթեթ", "AM", 0.4, 20, 40, "USD",
         "a home-fermentation order: kefir grains and glass jars are what such parcels hold, but the third item's 'jar "
         "sterilising concentrate' is four 5 l cans of a water-thin liquid at 1.20 kg/l that vents through the caps, "
         "labelled inside 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %), hidden as the last item of a three-item "
         "declaration sent by express from Yerevan to a private person in Vilnius; Armenian wording (hydrogen peroxide "
         "repeats in many sets; a kefir-making order was found in no earlier row)",
         dict(person("Privatus asmuo", "LT"),
              _more_items=[item("701090", "Ապակե տարաներ խմորման համար, 3 լ, 12 հատ", "AM", 9, 60, "USD", qty=12),
                           item("380894", "Տարաների ախտահանիչ խտանյութ, 4 x 5 լ", "AM", 24, 30, "USD", qty=4)])),
        ("PRE-08", "import", "DEAIR01", "express", "TR", [], "DE", "340290",
         "Zil temizleyici, konsantre, 4 x 1 l", "TR", 5.6, 4, 1200, "TRY",
         "cymbal cleaners are pastes or mild acidic creams sold in 200 ml tubs; these four litres are water-clear, fume "
         "brown when opened, stain the skin yellow and weigh 1.40 kg/l: about 65 % nitric acid (Annex I above 3 %), sent "
         "by express from Istanbul to a private person in Köln, although corrosive liquids travel by express only as "
         "declared dangerous goods; Turkish wording (nitric acid repeats in many sets and cleaner covers in several; a "
         "cymbal-cleaner cover was found in no earlier row)", person("Privatperson", "DE")),
        ("PRE-09", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "HU", "282720",
         "除湿盒替换颗粒 (氯化钙), 1 公斤袋装, 18 吨", "CN", 18000, 18000, 9000, "USD",
         "moisture-absorber refills are calcium chloride flakes that turn to brine within days; these 18,000 one-kilo "
         "bags hold crystals that give no chloride test, flare on a hot plate and the shipping papers read 'NaClO4 98 %', "
         "at 0.50 USD/kg, for a Budapest web shop selling to the public: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public; Chinese wording (sodium perchlorate is rare in the earlier sets; "
         "moisture-absorber refills covered other precursors in blind43 and blind50; sodium perchlorate under them, in "
         "retail bags by rail, is the new part)", firm("Horizon Webáruház Kft.", "HU")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "380894",
         "Sredstvo za pranje jaja za inkubaciju, 4 x 10 l", "RS", 44, 4, 6000, "RSD",
         "hatching-egg washes are diluted peroxide or quaternary ammonium solutions of a few per cent; these four 10 l "
         "cans vent through their caps, bleach a glove in seconds and weigh 1.13 kg/l: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), in a private car at Röszke for a private person in Kecskemét who keeps no hatchery; "
         "Serbian wording (hydrogen peroxide repeats in many sets and a hatching-egg disinfectant covered it in blind57, in "
         "Polish; kept as a repeat, by car from Serbia to Hungary is the new part)", person("Magánszemély", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "PLROAD01", "road", "PL", [], "UA", "382000",
         "Koncentrat płynu do spryskiwaczy, zimowy, 22 mauzery", "PL", 22000, 22, 4400, "EUR",
         "winter screen-wash concentrate is blue, smells of alcohol and comes with a data sheet; these IBCs hold brown, "
         "oily liquid with rust flakes that smells sweet and sour, drained from scrapped cars and lorries at a Silesian "
         "dismantler: waste antifreeze with dangerous substances (16 01 14*), hazardous waste whose export to a "
         "non-OECD country is banned, on a tanker lorry through Dorohusk for a Lutsk 'car-care' firm; Polish wording "
         "(waste antifreeze and coolant repeat in several sets; a screen-wash cover was found in no earlier row)",
         {"importer_country": "UA"}),
        ("WST-02", "export", "GBSEA01", "sea", "GB", [], "GH", "320990",
         "Recycled emulsion paint, remixed, 20 l tubs, 900 pcs", "GB", 18000, 900, 5400, "GBP",
         "remanufactured paint is sieved, tested and sold in one colour per batch with a label; these tubs hold skinned, "
         "mixed oil and solvent paints, thinners and sludge from household recycling centres, some still in their old "
         "tins, at 0.30 GBP/kg: waste paint containing organic solvents (08 01 11*, 20 01 27*), hazardous waste whose "
         "export to a non-OECD country is banned, from Tilbury for a Tema 'paint distributor'; British English wording "
         "(waste paint repeats in several sets; a 'recycled paint' cover was found in no earlier row)",
         {"importer_country": "GH"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "NG", "840991",
         "Gebruikte motorblokken voor revisie, 2 containers", "NL", 44000, 160, 8800, "EUR",
         "engine cores for remanufacture are drained, plugged and strapped on pallets; these 160 engines still hold oil "
         "and coolant that pools on the container floor, with cracked blocks and wiring looms, stripped from accident "
         "cars: undrained end-of-life vehicle parts (16 01 21*, 13 02 08*), hazardous waste whose export to a non-OECD "
         "country is banned, from Rotterdam for a Lagos 'engine rebuilder'; Dutch wording (used car parts to West "
         "Africa repeat in many sets; an engine-block cover was found in no earlier row)", {"importer_country": "NG"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", [], "UA", "680610",
         "Keramická vláknitá rohož, II. jakost, 60 balíků", "CZ", 7200, 60, 1400, "EUR",
         "second-grade ceramic-fibre blanket is white, new and rolled in film; these bales are grey-brown, brittle and "
         "dusty, torn from a ceramics works' kiln lining with mortar still on them: refractory ceramic-fibre waste "
         "(16 11 05*, 17 06 03*), carcinogenic fibres and hazardous waste whose export to a non-OECD country is banned, "
         "by lorry for an Uzhhorod 'kiln builder'; Czech wording (refractory waste repeats in a few sets and ceramic fibre "
         "once; as second-grade blanket by road from Czechia is the new part)", {"importer_country": "UA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "250810",
         "Bentonite granulare per lettiere per gatti, 80 big bag", "IT", 64000, 80, 3200, "EUR",
         "cat-litter bentonite is grey-white, dry and dust-free; these big bags hold black, oily, clumped clay that "
         "smells of lube oil and self-heats in the sun, from a used-oil re-refinery near Ravenna: spent filter clay "
         "(05 01 15*), hazardous waste whose export to a non-OECD country is banned, from La Spezia for a Sfax 'pet "
         "products' firm; Italian wording (spent bleaching earth repeats in a few sets and cat litter once; a "
         "cat-litter bentonite cover for re-refinery clay is new as far as a search found)", {"importer_country": "TN"}),
        ("WST-06", "export", "GRROAD01", "road", "GR", [], "AL", "854370",
         "Σολάριουμ μεταχειρισμένα, ανακατασκευασμένα, 30 τεμ.", "GR", 9000, 30, 6000, "EUR",
         "refurbished sunbeds come with new tubes, a safety certificate and a warranty; these 30 have cracked acrylic "
         "canopies, burnt-out ballasts and loose low-pressure mercury UV tubes, several broken, from closed Thessaloniki "
         "salons, at 200 EUR each: waste electrical equipment with hazardous components (16 02 13*, 20 01 21*), "
         "hazardous waste whose export to a non-OECD country is banned, by lorry through Kakavia for a Tirana "
         "'beauty-equipment' trader; Greek wording (sunbeds appear once; from Greece to Albania is the new part)",
         {"importer_country": "AL"}),
        ("WST-07", "transit", "DESEA01", "sea", "DK", ["DE"], "PK", "854449",
         "Brugt kobberkabel til genbrug, oliefyldt, 3 containere", "DK", 66000, None, 99000, "EUR",
         "used cable sold for reuse is cut to drum lengths and tested; these containers hold oil-filled and "
         "lead-sheathed power cable from a Danish grid upgrade, chopped to 1 m lengths that leak oil into the "
         "container's sump, with PVC and tar wrapping: cable waste containing oil and coal tar (17 04 10*), hazardous "
         "waste whose export to a non-OECD country is banned, landed at Hamburg in transit from Aarhus to Karachi; "
         "Danish wording (cable waste repeats in many sets; oil-filled cable in transit through Hamburg in Danish is the "
         "new part)", {"importer_country": "PK"}),
        ("WST-08", "export", "HURAIL01", "rail", "HU", [], "RS", "262190",
         "Puccolános cementadalék, 6 vagon", "HU", 360000, None, 7200, "EUR",
         "pozzolanic cement additives are certified coal fly ash or slag with a CE mark; these wagons hold grey-white "
         "powder that smells of ammonia when wet, with chlorides, lead and dioxins on the plant's own analysis, from a "
         "municipal incinerator's flue-gas cleaning: fly ash and APC residues (19 01 07*, 19 01 13*), hazardous waste "
         "whose export to a non-OECD country is banned, by rail through Kelebia for a Novi Sad 'cement plant'; Hungarian "
         "wording (incinerator fly ash repeats in several sets; by rail from Hungary to Serbia is the new part)",
         {"importer_country": "RS"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "MK", "780200",
         "Оловни отпадъци, метални, за претопяване, 20 т", "BG", 20000, None, 16000, "EUR",
         "lead scrap sold for melting is clean sheet, pipe or cable sheath; this lorry holds whole and broken car and "
         "forklift batteries with acid dripping from the tailgate, their cases cut open to show the plates: waste "
         "lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, through "
         "Gyueshevo for a Kumanovo 'smelter'; Bulgarian wording (waste batteries as lead scrap repeat in several sets; "
         "from Bulgaria to North Macedonia is the new part)", {"importer_country": "MK"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "GH", "940490",
         "Umzugsgut, Hausrat, 1 Container", "DE", 3000, 60, 2000, "EUR",
         "a returning family's household effects: bedding, furniture and used bicycles are what such containers hold, "
         "but the third item's 'Fernseher, gebraucht, funktionsfähig' are 120 cathode-ray-tube sets, untested, many with "
         "cracked screens and cut cables: waste electrical equipment with CRTs (16 02 13*, 20 01 35*), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration from "
         "Hamburg for Tema; German wording (CRT sets repeat in many sets and household-effects covers in a few; kept as a "
         "repeat, with a three-item household container as its form)",
         dict({"importer_country": "GH"},
              _more_items=[item("871200", "Fahrräder, gebraucht, 20 Stk.", "DE", 300, 400, "EUR", qty=20),
                           item("852872", "Fernseher, gebraucht, funktionsfähig, 120 Stk.", "DE", 3600, 1200, "EUR", qty=120)])),
    ],
    "ozone": [
        ("ODS-01", "import", "PLAIR01", "express", "IN", [], "PL", "381400",
         "Chlorinated rubber paint thinner, 20 x 1 litre", "IN", 32, 20, 300, "USD",
         "chlorinated-rubber paint thinners are xylene-based, light and smell of petrol; these twenty litres weigh 1.59 "
         "kg/l, do not burn, smell sweet and the drum-lot code reads 'CCl4': carbon tetrachloride, once a process agent "
         "for chlorinated rubber, an ozone-depleting substance whose import is banned (Regulation 2024/590), sent by "
         "express from Vadodara to a Gdynia boat-paint shop; Indian English wording (carbon tetrachloride repeats in "
         "many sets; a chlorinated-rubber thinner cover was found in no earlier row)", firm("Farby Morskie Sp. z o.o.", "PL")),
        ("ODS-02", "import", "IESEA01", "sea", "CN", [], "IE", "290919",
         "针头硅化涂层稀释溶剂 HFE-7100, 200 升桶, 40 桶", "CN", 10000, 40, 60000, "USD",
         "HFE-7100 is a hydrofluoroether at 1.52 kg/l that boils at 61 °C and costs about 40 USD/kg; these drums boil at "
         "32 °C, weigh 1.25 kg/l and cost 6 USD/kg, and the analysis sheet of a sample reads 'HCFC-141b': "
         "1,1-dichloro-1-fluoroethane, an ozone-depleting substance whose import is banned (Regulation 2024/590), shipped "
         "from Ningbo to Cork for a Galway medical-device contractor as a carrier for siliconising needles; Chinese wording "
         "(HCFC-141b repeats in many sets, HFE-7100 labels in at least five, blind45 in Chinese, and needle siliconising "
         "once; kept as a repeat, as a needle-coating carrier by sea to Ireland is the new part)", firm("Atlantic Medical Coatings Ltd", "IE")),
        ("ODS-03", "import", "SEPOST01", "post", "JP", [], "SE", "381400",
         "卓球ラバー用ブースター, 500 ml × 6本", "JP", 4.7, 6, 18000, "JPY",
         "table-tennis boosters are oily, water-based or light-hydrocarbon liquids sold in 50-100 ml bottles; these six "
         "half-litre cans hold a heavy, odourless solvent at 1.57 kg/l that evaporates at once, old 'speed glue' stock "
         "whose can code reads 'R-113': CFC-113, an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), posted from Osaka to a private person in Halmstad; Japanese wording (CFC-113 repeats in many sets; a "
         "table-tennis booster or speed-glue cover was found in no earlier row)", person("Privatperson", "SE")),
        ("ODS-04", "import", "ESSEA01", "sea", "EG", [], "ES", "820559",
         "أدوات حقن جذوع النخيل، 200 قطعة", "EG", 60, 200, 1200, "USD",
         "a palm-care order for the Elche groves, in the red palm weevil season: trunk-injection tools and pheromone "
         "traps are what such orders hold, but the third item's 'trunk fumigant cartridges' are 40 steel cans of 680 g "
         "with a liquefied gas that smells faintly of chloroform and reads 'CH3Br 98 %' under the paper label: methyl "
         "bromide, an ozone-depleting substance whose import and use are banned (Regulation 2024/590), hidden as the last "
         "item of a three-item declaration by sea from Alexandria to Valencia; Egyptian Arabic wording (methyl bromide "
         "repeats in many sets and woodworm cans once; a red-palm-weevil order was found in no earlier row)",
         dict(firm("Palmeral Levante SL", "ES"),
              _more_items=[item("392690", "مصائد فرمونية لسوسة النخيل الحمراء، 300 قطعة", "EG", 90, 900, "USD", qty=300),
                           item("382499", "خراطيش تبخير لجذوع النخيل، 680 جم، 40 علبة", "EG", 27, 400, "USD", qty=40)])),
        ("ODS-05", "import", "ROROAD01", "road", "MD", [], "RO", "271119",
         "Gaz pentru reîncărcarea brichetelor, butan pur, 300 ml, 960 doze", "CN", 180, 960, 4800, "MDL",
         "lighter refill butane is sold in 250-300 ml cans at about 30 bar at 20 °C and burns with a lighter's flame; "
         "these cans hold a gas at a lower pressure that burns sluggishly with a green edge and whose carton lot code "
         "reads 'R-142b/R-22': HCFC-142b and HCFC-22, ozone-depleting substances whose import, in products, is banned "
         "(Regulation 2024/590), on a van at Leușeni-Albița for a Iași kiosk wholesaler; Romanian wording from Moldova "
         "(a butane lighter-gas cover appears once, blind14, in Russian; retail cans by van from Moldova are the new "
         "part)", firm("Central Distribuție SRL", "RO")),
        ("ODS-06", "import", "GRSEA01", "sea", "IN", [], "GR", "950590",
         "पार्टी स्प्रे स्ट्रिंग, 250 मि.ली., 24,000 कैन", "IN", 7200, 24000, 6000, "USD",
         "party-string cans for the carnival season are propelled with HFC-152a or hydrocarbons; these 24,000 cans, "
         "ordered for the Patras carnival, carry no flammability mark, the carton lot code reads 'R-22' and a can emptied "
         "into a bag gives a gas with no hydrocarbon reading: HCFC-22, an ozone-depleting substance whose import, in "
         "products, is banned (Regulation 2024/590), by sea from Nhava Sheva to Piraeus for a party-goods trader; Hindi "
         "wording (party string appears once in an earlier row; a carnival shipment from India to Greece is the new part)",
         firm("Karnavali Eidi Party AE", "GR")),
        ("ODS-07", "export", "LVAIR01", "air", "LV", [], "UZ", "842410",
         "Gaisa kuģu ugunsdzēšanas baloni, kapitāli remontēti, HFC-125, 16 gab.", "LV", 160, 16, 24000, "EUR",
         "overhauled aircraft extinguisher bottles charged with HFC-125 carry a new test date and its label; these 16 "
         "bottles from a scrapped regional airliner still hold their original charge, their old stamps read 'Halon 1301 "
         "/ CF3Br' under the new labels and no critical-use licence is attached: halon 1301, whose export is banned "
         "outside the licensed critical uses (Regulation 2024/590), flown from Riga to a Tashkent 'aircraft parts' trader; "
         "Latvian wording (halon 1301 repeats in many sets and aircraft bottles in a few; an HFC-125 label flown from "
         "Latvia to Uzbekistan is the new part)", {"importer_country": "UZ"}),
        ("ODS-08", "import", "HRROAD01", "road", "BA", [], "HR", "841869",
         "Komore za usporenu fermentaciju tijesta, rabljene, servisirane, 8 kom", "BA", 2400, 8, 6400, "EUR",
         "used dough retarder-proofers are sold with a service sheet and a current refrigerant, R-404A or R-290; these "
         "eight 1980s cabinets carry a new 'R-134a' sticker over a plate that reads 'Freon 12' and the service port gas "
         "tests as dichlorodifluoromethane: CFC-12 in refrigerating equipment, whose import is banned (Regulation "
         "2024/590), on a lorry at Nova Sela for a Split bakery-equipment dealer; Bosnian wording (CFC-12 in used "
         "refrigeration repeats in many sets and proofing cabinets appear once, blind61, in a Greek bakery order; used "
         "retarder-proofers by road from Bosnia are the new part)",
         firm("Pekarska Oprema Dalmacija d.o.o.", "HR")),
        ("ODS-09", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "291513",
         "Метилформиат, вспениватель для ППУ, бочки 200 л, 80 шт.", "CN", 21600, 80, 19000, "USD",
         "methyl formate blowing agent is a light (0.97 kg/l), highly flammable liquid that smells of ether and boils at "
         "32 °C; these drums weigh 1.49 kg/l, carry no flammable label and the liquid boils at 24 °C: "
         "trichlorofluoromethane (CFC-11), an ozone-depleting substance whose import is banned (Regulation 2024/590), by "
         "rail from Almaty through Russia and Belarus to Kaunas for a Lithuanian spray-foam contractor; Russian wording "
         "(CFC-11 under a blowing-agent label repeats in many sets; a methyl-formate label was found in no earlier row)",
         firm("Baltic Putų Izoliacija UAB", "LT")),
        ("ODS-10", "import", "SKRAIL01", "rail", "UA", [], "SK", "380891",
         "Фумігант для зерна 80/20, каністри 20 л, 30 шт.", "UA", 780, 30, 2400, "EUR",
         "grain fumigants sold today are phosphine tablets; these 20 l cans hold the old '80/20' liquid, a heavy, "
         "sweet-smelling mixture at 1.4 kg/l of 80 % carbon tetrachloride and 20 % carbon disulphide, brought by rail "
         "through Čierna nad Tisou for a Trebišov farm store: carbon tetrachloride, an ozone-depleting substance whose "
         "import, in mixtures, is banned (Regulation 2024/590); Ukrainian wording (carbon tetrachloride repeats in many "
         "sets; an 80/20 grain fumigant was found in no earlier row)", firm("Agro Zemplín s.r.o.", "SK")),
    ],
    "cultural": [
        ("CUL-01", "export", "FRAIR01", "express", "FR", [], "US", "950440",
         "Jeu de tarot de Marseille, fac-similé imprimé, 1 jeu de 78 cartes", "FR", 0.4, 78, 60, "EUR",
         "printed facsimiles of the Tarot de Marseille are offset on modern card with a publisher's box; these 78 cards "
         "are woodblock-printed and stencil-coloured on laid paper pasted in layers, with worn corners, a 1760 Marseille "
         "card-maker's name on the two of coins and a tax stamp of the Ancien Régime: an original 18th-century deck, "
         "printed matter over 50 years old worth far more than the 15,000 EUR threshold, whose export out of the Union "
         "needs a licence (Regulation 116/2009), sent by express from Lyon to a New York collector; French wording "
         "(tarot cards were found in no earlier row)", {"importer_country": "US"}),
        ("CUL-02", "import", "BGROAD01", "road", "TR", [], "BG", "691200",
         "کاسه‌های سرامیکی قلیان، تزئینی، ۲۴ عدد", "IR", 36, 24, 480, "USD",
         "decorative hookah bowls are new, glazed in one bright colour and thrown thick; these 24 are thin earthenware "
         "bowls with a white slip, black Kufic inscriptions round the rim and soil and root marks inside, several broken "
         "and glued: 10th-century Samanid slip-painted ware from illicit digs at Nishapur, archaeological objects that "
         "Iran forbids to export (UNESCO 1970) and whose import into the Union needs an import licence (Regulation "
         "2019/880, objects over 250 years), by lorry at Kapitan Andreevo for a Sofia 'hookah lounge' supplier; Persian "
         "wording (Samanid slipware appears once, dug at Afrosiyob, in an Uzbek souvenir order; from Nishapur as hookah "
         "bowls by road is the new part)", firm("Nargile Import EOOD", "BG")),
        ("CUL-03", "export", "ROROAD01", "road", "RO", [], "RS", "732619",
         "Potcoave vechi și fier vechi decorativ, 1 ladă", "RO", 40, 1, 60, "EUR",
         "old horseshoes for garden decoration are modern machine-made shoes, rusty from a farmyard; this crate holds "
         "iron hipposandals, a curved Dacian sica, Roman spurs and bronze fibulae with fresh soil and detector tags, from "
         "the Banat stretch of the Roman limes: archaeological objects, whose export out of the Union needs a licence "
         "whatever their value (Regulation 116/2009) and which Romanian law reserves to the state, by car at Moravița for "
         "a Vršac dealer; Romanian wording (Dacian finds appear twice; an old-horseshoe cover was found in no earlier "
         "row)", {"importer_country": "RS"}),
        ("CUL-04", "import", "NLPOST01", "post", "IN", [], "NL", "950440",
         "Hand-painted playing cards, round, souvenir, 1 set of 96", "IN", 0.3, 96, 30, "USD",
         "souvenir ganjifa sets are new, painted in bright poster colour on card with a shiny varnish; these 96 round "
         "cards are painted in mineral colours on layered cloth and lacquer, flaking, with Mughal court figures and a "
         "Persian inscription of an 18th-century Rajasthani workshop in the box: an antique ganjifa set over 100 years "
         "old, which India forbids to export without a licence (Antiquities and Art Treasures Act 1972, UNESCO 1970), "
         "posted from Jaipur to a private collector in Leiden; Indian English wording (ganjifa were found in no earlier "
         "row)", person("Particulier", "NL")),
        ("CUL-05", "import", "DEPOST01", "post", "MX", [], "DE", "690990",
         "Cuentas de barro para bisutería, artesanales, 300 piezas", "MX", 1.5, 300, 45, "USD",
         "clay beads for jewellery are new, round, glazed and pierced with a wire; these 300 are flat and conical, of "
         "burnished grey and red-brown clay with incised spirals and a worn central hole, caked with earth: "
         "pre-Hispanic spindle whorls from Mexican sites, archaeological monuments that Mexican federal law makes "
         "property of the nation and forbids to export (UNESCO 1970), posted from Oaxaca to a private person in "
         "Freiburg; Mexican Spanish wording (spindle whorls and a clay-bead cover were found in no earlier row)",
         person("Privatperson", "DE")),
        ("CUL-06", "export", "DEROAD01", "road", "DE", [], "CH", "701690",
         "Bleiverglasungen, Altbau-Abbruch, 6 Felder", "DE", 90, 6, 600, "EUR",
         "salvaged leaded windows from demolition are plain or Art Nouveau panes of the 1900s; these six are painted and "
         "fired glass with silver stain, figures of saints and a donor's coat of arms of about 1500, in old lead with "
         "fresh cuts where they were prised from a Franconian village church: elements of a religious monument over 100 "
         "years old dismembered from it, whose export out of the Union needs a licence whatever their value (Regulation "
         "116/2009) and which German law protects, by van at Basel for a Zürich dealer; German wording (stained glass "
         "repeats in a few sets; a demolition-salvage cover by road to Switzerland is the new part as far as a search "
         "found)", {"importer_country": "CH"}),
        ("CUL-07", "export", "ITAIR01", "air", "IT", [], "US", "950300",
         "Pupi siciliani, riproduzioni per turisti, 20 pezzi", "IT", 180, 20, 1200, "EUR",
         "tourist pupi are 40-60 cm, with tin armour stamped from sheet and plastic faces; these twenty are 1.3 m tall, "
         "with hand-beaten and chased armour, carved and painted wooden heads, iron rods worn by use and a Catania "
         "puppeteer family's marks: a 19th-century set of opera dei pupi marionettes, antiques over 50 years old worth "
         "more than the 50,000 EUR threshold, whose export out of the Union needs a licence (Regulation 116/2009) and an "
         "Italian export certificate, flown from Catania to a Chicago collector; Italian wording (Sicilian puppets and "
         "marionettes were found in no earlier row)", {"importer_country": "US"}),
        ("CUL-08", "import", "BGSEA01", "sea", "GE", [], "BG", "690990",
         "ქვევრი, ახალი, 500 ლ, 12 ცალი", "GE", 3600, 12, 6000, "USD",
         "a winery's order from Kakheti: new qvevri and wine are what such containers hold, but the third item's 'old "
         "qvevri, decorative' is a 1.4 m storage jar of coarse red clay with a stamped band of rosettes, lime crust and a "
         "fresh break where it was dug out: a Colchian pithos of the 4th-3rd century BC, which Georgia forbids to export "
         "(UNESCO 1970) and whose import into the Union needs an import licence (Regulation 2019/880), hidden as the last "
         "item of a three-item declaration by sea from Poti to Varna for a Melnik wine cellar; Georgian wording "
         "(qvevri appear once; an archaeological jar in a winery's qvevri order is the new part)",
         dict(firm("Melnik Vino Import OOD", "BG"),
              _more_items=[item("220421", "ქვევრის ღვინო, რქაწითელი, 600 ბოთლი", "GE", 450, 3000, "USD", qty=600),
                           item("690990", "ძველი ქვევრი, დეკორატიული, 1 ცალი", "GE", 320, 150, "USD", qty=1)])),
        ("CUL-09", "import", "DEAIR01", "air", "UZ", [], "DE", "950490",
         "Shaxmat donalari, suyakdan, qadimiy uslubda, 16 dona", "UZ", 0.6, 16, 80, "USD",
         "antique-style chessmen from Samarkand bazaars are new, lathe-turned and stained with tea; these sixteen are "
         "small, hand-cut abstract pieces of the early Islamic type, of bone and jet with ring-and-dot ornament, soil in "
         "the drill holes and museum-style numbers removed with a blade: 8th-10th-century chessmen from Afrasiyab, "
         "archaeological objects that Uzbekistan forbids to export (UNESCO 1970) and whose import into the Union needs "
         "an import licence (Regulation 2019/880), flown from Tashkent to a Munich collector; Uzbek wording (the Afrasiyab "
         "site appears once, for a slipware bowl; chess pieces were found in no earlier row)", person("Herr K. Becker", "DE")),
        ("CUL-10", "export", "ESPOST01", "post", "ES", [], "US", "711719",
         "Broches de bronce, bisutería de imitación, estilo antiguo, 8 piezas", "ES", 0.4, 8, 40, "EUR",
         "antique-style costume brooches are cast new with an even patina; these eight are eagle-shaped and "
         "bow brooches of cast bronze with garnet inlay cells, green corrosion and detector soil, from an unrecorded "
         "cemetery in Castile: 6th-century Visigothic brooches, archaeological objects whose export out of the Union "
         "needs a licence whatever their value (Regulation 116/2009) and which Spanish law reserves to the state, posted "
         "from Segovia to a buyer in Texas; Spanish wording (Visigothic objects appear twice; as costume jewellery by post "
         "to the US is the new part)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "express", "CZ", [], "TR", "910521",
         "Nástěnné hodiny řízené rádiovým signálem DCF77, 12 ks", "CZ", 9, 12, 480, "EUR",
         "radio-controlled wall clocks cost 20-60 EUR and weigh a few hundred grams; these twelve parcels hold "
         "rack-mounted rubidium frequency standards with a 10 MHz output, a stability of 5 x 10^-12 a month and the "
         "maker's 8,000 EUR invoice found later, bought by an Istanbul trader whose customer is a Moscow maker of "
         "electronic-warfare kit: atomic frequency standards (dual-use 3A002.g, Regulation 2021/821, and Annex VII of "
         "Regulation 833/2014) exported without a licence, sent by express from Prague; Czech wording (rubidium "
         "standards appear twice; a radio-controlled-clock cover was found in no earlier row)",
         {"importer_country": "TR"}),
        ("STR-02", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "440112",
         "Щепа для растопки, берёза, происхождение Казахстан, 1 400 т", "KZ", 1400000, None, 140000, "EUR",
         "Kazakh birch is scarce and travels little; these wagons were loaded at a Belarusian station, the bags carry a "
         "Belarusian phytosanitary stamp under the new labels and the bark is of the Polesie birch: Belarusian wood, "
         "whose import into the Union is banned (Regulation 765/2006), declared as Kazakh origin, by rail to Kaunas for "
         "a firewood packer; Russian wording (Belarusian and Russian wood relabelled repeats in several sets; kindling "
         "by rail as Kazakh origin is the new part)", firm("Baltic Kindling UAB", "LT")),
        ("STR-03", "import", "ROSEA01", "sea", "AE", [], "RO", "390120",
         "HDPE pipe grade PE100, black, origin Oman, 1,000 t", "OM", 1000000, None, 1050000, "USD",
         "Omani HDPE carries the Sohar plant's grade names and lot codes; these bags carry lot codes of an Assaluyeh "
         "petrochemical complex under Omani stickers, the certificate of origin was issued in Dubai by a trader with no "
         "Omani plant and the price is 15 % under the market: Iranian polyethylene, whose import into the Union is banned "
         "(Regulation 267/2012, petrochemical products), declared as Omani, by sea from Jebel Ali to Constanța; English "
         "wording (Iranian petrochemicals relabelled in the Gulf repeat in several sets; HDPE pipe grade to Romania is "
         "the new part as far as a search found)", firm("Pipe Systems Dobrogea SRL", "RO")),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "LB", "293141",
         "Retardante de llama TCPP para espuma de poliuretano, 40 bidones", "ES", 9600, 40, 9600, "EUR",
         "TCPP is a chlorinated phosphate ester at 1.29 kg/l that costs about 2 EUR/kg; these drums weigh 1.15 kg/l, "
         "hold no chlorine on the sample analysis and read 'DMMP 99 %' on the inner bungs: dimethyl methylphosphonate "
         "(dual-use 1C350, a nerve-agent precursor), exported without a licence from Tarragona for a Beirut 'foam maker' "
         "that runs no foam line (Regulation 2021/821); Spanish wording (DMMP as a flame retardant repeats in several "
         "sets; a TCPP label from Spain to Lebanon is the new part)", {"importer_country": "LB"}),
        ("STR-05", "export", "DEAIR01", "express", "DE", [], "AM", "950490",
         "Sensorplatinen für elektronische Schachbretter, Ersatzteile, 2.000 Stk.", "DE", 20, 2000, 6000, "EUR",
         "spare sensor boards for electronic chess boards are long strips of reed switches; these 2,000 parts are "
         "multi-band GNSS receiver modules with anti-jam firmware, at 60 EUR each on the distributor's invoice, for a "
         "Yerevan 'board-game shop' whose buyer is a Russian maker of attack drones: common high-priority items "
         "(Regulation 833/2014, Annex XXIII and the common high-priority list) routed through Armenia; German wording "
         "(GNSS modules to Russia through third countries repeat in several sets; a chess-board cover was found in no "
         "earlier row)", {"importer_country": "AM"}),
        ("STR-06", "export", "FRAIR01", "express", "FR", [], "TR", "903289",
         "Thermostats pour terrarium avec sonde infrarouge, 40 pièces", "FR", 8, 40, 1600, "EUR",
         "terrarium thermostats are plug-in boxes with a wire probe at 40 EUR; these forty are uncooled 640 x 512 "
         "microbolometer thermal-imaging cores with 60 Hz output, at 3,500 EUR each on the maker's invoice, for an "
         "Istanbul trader whose consignee is a Tehran firm that builds drone payloads: thermal-imaging cores (dual-use "
         "6A003.b.4, Regulation 2021/821, and Iran Regulation 267/2012) exported without a licence, by express from "
         "Lyon; French wording (thermal cores repeat in many sets; a terrarium-thermostat cover was found in no earlier "
         "row)", {"importer_country": "TR"}),
        ("STR-07", "import", "ITAIR01", "air", "AM", [], "IT", "711319",
         "Ոսկյա շղթաներ, 18 կարատ, ձեռագործ, հայկական արտադրություն, 14 կգ", "AM", 14, 700, 840000, "USD",
         "Armenian handmade jewellery is finished, hallmarked and sold by the piece; these 700 chains are plain, "
         "machine-made, unfinished and weigh 20 g each, the assay of the gold matches a Russian refinery's bars and the "
         "Yerevan maker imported 15 kg of Russian bars the month before: gold originating in Russia, whose import into "
         "the Union is banned also after processing in a third country (Regulation 833/2014, Annex XXVI), flown from "
         "Yerevan to Milan for a Valenza trader; Armenian wording (Russian gold through third countries repeats in "
         "several sets and gold chains twice; as Armenian handmade chains is the new part)",
         firm("Valenza Oro Commercio Srl", "IT")),
        ("STR-08", "export", "ITAIR01", "air", "IT", [], "AE", "902620",
         "Sensori di pressione per macchine da caffè espresso, 60 pezzi", "IT", 30, 60, 1800, "EUR",
         "espresso-machine pressure sensors are brass transducers reading 0-16 bar at 30 EUR; these sixty are "
         "capacitance manometers with Inconel diaphragms reading 0-100 torr, at 2,800 EUR each on the maker's invoice, "
         "for a Dubai 'coffee-equipment' trader whose buyer is an Iranian centrifuge workshop: pressure transducers "
         "resistant to UF6 (dual-use 2B230, Regulation 2021/821, and Iran Regulation 267/2012) exported without a licence, "
         "flown from Milan; Italian wording (capacitance manometers repeat in several sets and espresso machines appear "
         "in other domains; an espresso-sensor cover for dual-use transducers is new as far as a search found)", {"importer_country": "AE"}),
        ("STR-09", "export", "LVRAIL01", "rail", "LV", ["RU", "KZ"], "UZ", "846693",
         "Tekstilmašīnu rezerves daļas, 2 konteineri", "LV", 8000, 120, 960000, "EUR",
         "textile-machine spares are needles, belts and bearings of a few euros each; these containers hold 120 CNC "
         "controllers with servo drives for five-axis machining centres, at 8,000 EUR each, for a Tashkent 'textile "
         "mill' whose rail waybill names a Yekaterinburg notify party: numerical controls and machine-tool parts "
         "(Regulation 833/2014, Annex XXIII, and dual-use 2B001 parts) sent by rail through Russia, where the carrier's "
         "agent is the real buyer; Latvian wording (machine-tool controls repeat in several sets and textile-machine "
         "covers twice; by rail from Latvia to Uzbekistan is the new part)", {"importer_country": "UZ"}),
        ("STR-10", "transit", "GRSEA01", "sea", "GE", ["GR"], "MX", "720110",
         "Pig iron, basic grade, origin Kazakhstan, 30,000 t", "KZ", 30000000, None, 12000000, "USD",
         "Kazakh pig iron comes from Temirtau with its own mill certificate; this cargo was loaded at Poti from rail "
         "wagons that came from a Russian Urals works, the pigs carry that works' cast marks and the certificate's heat "
         "numbers belong to no Kazakh furnace: Russian pig iron, whose purchase, import and transfer through the Union "
         "is banned (Regulation 833/2014, Annex XVII), calling at Piraeus in transit to Veracruz; English wording "
         "(Russian iron and steel relabelled repeat in many sets and pig iron twice; in transit through Greece to "
         "Mexico is the new part)", {"importer_country": "MX"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "GBAIR01", "air", "IN", [], "GB", "920600",
         "கஞ்சிரா, கையால் செய்யப்பட்டது, 24 எண்ணிக்கை", "IN", 18, 24, 720, "USD",
         "kanjiras sold abroad today have goat or synthetic heads; these 24 frame drums from a Chennai maker carry thin, "
         "scaly, pale-patterned heads of lizard skin, the maker's price list offers 'udumbu thol' at four times the goat "
         "price and a head under a lens shows the round-scaled pattern of the Bengal monitor: skins of Varanus "
         "bengalensis (CITES App. I) without CITES documents, flown from Chennai to Heathrow for a Leicester music shop; "
         "Tamil wording (monitor-lizard skin repeats in a few sets; on kanjira heads was found in no earlier row)",
         firm("Raga Music Ltd", "GB")),
        ("WLF-02", "import", "FRAIR01", "air", "OM", [], "FR", "930700",
         "خنجر تذكاري، مقبض من القرن الصناعي، قطعة واحدة", "YE", 1.2, 1, 150, "USD",
         "souvenir daggers from Muscat souqs have handles of resin, plastic or cattle horn, opaque and even; this "
         "Yemeni jambiya has a translucent honey-coloured handle, fibrous at the butt, with the patina of age that buyers "
         "call 'saifani': rhinoceros horn (Rhinocerotidae, CITES App. I) without CITES documents, flown from Muscat to "
         "Paris for a private person in Marseille who declared it as a souvenir with a synthetic horn handle; Arabic "
         "wording (rhino horn repeats in many sets; a jambiya handle was found in no earlier row)",
         person("M. T. Dubois", "FR")),
        ("WLF-03", "import", "BEAIR01", "express", "MG", [], "BE", "140490",
         "Écorce de liège et mousse pour terrarium, 10 cartons", "MG", 12, 10, 100, "EUR",
         "terrarium cork bark and moss are dry, light and cheap; these ten cartons are damp, warm and pierced with air "
         "holes, and each piece of bark carries two or three flat, bark-coloured geckos with leaf-shaped tails, 46 in "
         "all: leaf-tailed geckos (Uroplatus spp., CITES App. II) alive without CITES permits, sent by express from "
         "Antananarivo to a private keeper in Liège; Malagasy French wording (Uroplatus repeats in a few sets; a "
         "terrarium-bark cover was found in no earlier row)", person("Mme L. Dupont", "BE")),
        ("WLF-04", "import", "NLPOST01", "post", "ID", [], "NL", "711790",
         "Kalung mala untuk yoga, manik-manik resin, 20 untai", "ID", 0.6, 20, 100, "USD",
         "yoga malas of resin beads are evenly coloured and light; these twenty strands carry carved beads that are "
         "golden-yellow outside, blood-red at the rim and solid, the ivory-like casque of the helmeted hornbill: "
         "Rhinoplax vigil (CITES App. I) without CITES documents, posted from Pontianak to a private person in Utrecht; "
         "Indonesian wording (hornbill casque repeats in several sets; a yoga-mala cover was found in no earlier row)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-05", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "071420",
         "干红薯片, 1,200 公斤", "CN", 1200, None, 3600, "USD",
         "dried sweet-potato slices are orange or cream, sweet and starchy; these are brown, fleshy scale-covered "
         "stems cut across, salty-sweet and soft, and the inner bags read '肉苁蓉' at 3 USD/kg declared against 60: "
         "Cistanche deserticola (CITES App. II) without a CITES permit, by rail from Xi'an to Duisburg for a Hamburg "
         "TCM wholesaler; Chinese wording (Cistanche repeats in a few sets; a sweet-potato cover was found in no earlier "
         "row)", firm("Orion Heilkräuter GmbH", "DE")),
        ("WLF-06", "import", "PTSEA01", "sea", "GH", [], "PT", "440728",
         "Iroko sawn timber, boules, 60 m3", "GH", 42000, None, 36000, "USD",
         "iroko is yellow-brown, coarse-textured and darkens to a golden brown; these boules are pinkish red-brown, "
         "with interlocked grain, a faint scent and the hardness of Afzelia, and the Ghanaian species note on the "
         "sawmill's tally reads 'papao': Afzelia africana (CITES App. II) without a CITES permit, by sea from Takoradi to "
         "Leixões for a Porto flooring maker; Ghanaian English wording (Afzelia repeats in a few sets; declared as iroko "
         "from Ghana to Portugal is the new part as far as a search found)", firm("Madeiras Douro Lda", "PT")),
        ("WLF-07", "transit", "BESEA01", "sea", "CM", ["BE"], "CN", "121190",
         "Écorce de kola amère, séchée, 8 t", "CM", 8000, None, 6400, "EUR",
         "bitter kola is a nut, not a bark, and bark sold as a spice is thin; these sacks hold thick, reddish-brown bark "
         "strips with an almond smell, stripped whole from trees in the North-West region: Prunus africana bark (CITES "
         "App. II) without a CITES permit, landed at Antwerp in transit from Douala to Shanghai for an extract maker; "
         "Cameroonian French wording (Prunus africana repeats in several sets; as bitter-kola bark in transit through "
         "Antwerp is the new part)", {"importer_country": "CN"}),
        ("WLF-08", "import", "ITPOST01", "post", "JP", [], "IT", "960190",
         "ギターピック, べっ甲風セルロイド, 100枚", "JP", 0.2, 100, 60000, "JPY",
         "tortoiseshell-look celluloid picks are thin, glossy, evenly mottled and cost a few hundred yen for ten; these "
         "hundred are thicker, warm to the touch, with translucent amber and dark patches that go through the piece and "
         "smell of burnt hair under a hot needle, at 600 yen each: hawksbill turtle shell (Eretmochelys imbricata, CITES "
         "App. I), from a Nagasaki bekko workshop, posted to a private guitarist in Bologna; Japanese wording (bekko "
         "repeats in a few sets and guitar picks once; kept as a possible repeat, by post from Japan to Italy)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-09", "import", "ESROAD01", "road", "MA", [], "ES", "950300",
         "Peluches de animales, juguetes, 3 piezas", "MA", 4, 3, 30, "EUR",
         "three soft toys in a car's back seat weigh a few hundred grams each; these weigh over a kilo, move, and each "
         "holds a sedated infant Barbary macaque sewn into the plush: Macaca sylvanus (CITES App. I, EU Annex A) without "
         "CITES documents, in a private car off the Tanger Med ferry at Algeciras for a private person in Málaga; Spanish "
         "wording (Barbary macaques repeat in a few sets and soft-toy covers in at least two; macaques sewn into soft "
         "toys at Algeciras are the new part)", person("Particular", "ES")),
        ("WLF-10", "import", "DEPOST01", "post", "US", [], "DE", "060290",
         "Carnivorous plant rhizomes, Sarracenia hybrids, nursery grown, 40 pcs", "US", 2, 40, 160, "USD",
         "nursery Sarracenia hybrids ship as clean, potted or bare-root divisions with a tag and a phytosanitary "
         "certificate; these forty rhizomes are old, branched and caked with sandy bog soil, labelled on the seller's "
         "list 'oreophila, Sand Mountain' and 'alabamensis, Autauga': wild-dug Sarracenia oreophila and S. rubra subsp. "
         "alabamensis (CITES App. I) without CITES documents, posted from Alabama to a private collector in Bremen; US "
         "English wording (Sarracenia appears once; App. I pitcher plants under a hybrid label were found in no earlier "
         "row)", person("Lena Wagner", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUROAD01", "road", "RS", "HU", "284700",
     "Hydrogen peroxide 35 %, 2 x 5 l, for a licensed private user (hatching-egg hygiene)", "RS", 11, 2, 3000, "RSD",
     [("PRECURSOR_LICENCE", "HU-BM-41-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "TR", "DE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (metal patination)", "TR", 2.8, 2, 900, "TRY",
     [("PRECURSOR_LICENCE", "DE-NRW-41-0412")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Waste paint containing organic solvents (08 01 11*), for solvent recovery and incineration at a licensed plant, 18 t",
     "CH", 18000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BW-41-0207")], "notified waste paint to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "BGROAD01", "road", "MK", "BG", "854911",
     "Waste lead-acid batteries (16 06 01*), whole, on acid-proof pallets, for a licensed secondary lead smelter, 20 t",
     "MK", 20000, None, 14000, "EUR",
     [("BASEL_CONSENT", "BG-MOSV-41-0019")], "notified waste batteries to a licensed lead smelter"),
    ("PRM-05", "ozone", "import", "NLAIR01", "express", "US", "NL", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 1 l, for a registered laboratory and analytical use", "US", 16, 10,
     900, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-41-002")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     180, 12, 9000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-41-006")], "recovered halon 1211 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "express", "FR", "US", "970210",
     "Tarot de Marseille, woodblock-printed and stencil-coloured, c. 1760, 78 cards, documented provenance", "FR", 0.4,
     78, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-41-0044")], "18th-century card deck exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970690",
     "Opera dei pupi marionettes, Catania, 19th century, 20 pieces, documented sale", "IT", 180, 20, 160000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-41-0107")], "19th-century marionettes exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "express", "CZ", "NO", "854370",
     "Rubidium frequency standards, 10 MHz, 4 units, for a Norwegian telecom timing network", "CZ", 12, 4, 32000, "EUR",
     [("EXPORT_LICENCE", "CZ-MPO-41-0093"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-41-0012")],
     "dual-use atomic frequency standards under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "KR", "293141",
     "Dimethyl methylphosphonate 99 %, 40 drums, for a Korean flame-retardant maker", "ES", 9200, 40, 46000, "EUR",
     [("EXPORT_LICENCE", "ES-MINCOTUR-41-0158"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-41-0027")],
     "dual-use chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DERAIL01", "rail", "CN", "DE", "121190",
     "Cistanche deserticola slices from registered plantations, 1,200 kg", "CN", 1200, None, 72000, "USD",
     [("CITES_PERMIT", "CN-NWCMO-41-0336")], "App. II Cistanche with its export permit"),
    ("PRM-12", "wildlife", "import", "GBAIR01", "air", "IN", "GB", "920600",
     "Kanjira with a pre-Convention Bengal monitor-skin head, 1 piece, with a musical-instrument certificate", "IN", 0.8,
     1, 400, "USD",
     [("CITES_PERMIT", "IN-WCCB-MIC-41-0008")], "App. I skin on a pre-Convention musical instrument with its certificate"),
]

CONSIGNEES = {
    "PRM-01": "Magánszemély", "PRM-02": "Privatperson", "PRM-06": "Atelier Aéro Maintenance SARL",
    "PRM-08": "Midwest Puppetry Heritage Foundation", "PRM-11": "Orion Heilkräuter GmbH",
    "PRM-12": "Raga Music Ltd",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("340250", "Beer line cleaner, low-strength, 5 l", "import", ["express"], ["GB", "US"], (3, 6), (1, 5), ["GBP", "USD"], 0.2, S),
    ("320412", "Leather dye, water based, 250 ml", "import", ["post"], ["MX", "US"], (10, 20), (1, 3), ["USD"], 4, S),
    ("170199", "Coloured flossing sugar for candy floss, 1 kg bags", "import", ["road"], ["AL", "TR"], (1.5, 3), (2000, 6000), ["EUR"], 1, S),
    ("230990", "Reptile calcium dusting powder, 500 g", "import", ["express"], ["CA", "US"], (15, 30), (1, 3), ["CAD", "USD"], 2, S),
    ("701090", "Glass fermentation jars, 3 l", "import", ["express"], ["AM", "GE"], (4, 8), (2, 5), ["USD"], 0.4, S),
    ("340290", "Cymbal cleaner cream, 200 ml", "import", ["express"], ["TR", "US"], (20, 40), (1, 3), ["USD", "EUR"], 5, S),
    ("282720", "Calcium chloride moisture-absorber refills, 1 kg", "import", ["rail"], ["CN"], (0.4, 0.8), (10000, 20000), ["USD"], 1, S),
    ("382000", "Winter windscreen-washer concentrate, new, IBCs", "export", ["road"], ["UA", "MD"], (0.6, 1.0), (10000, 22000), ["EUR"], None, S),
    ("320990", "Emulsion paint, new, 20 l tubs", "export", ["sea"], ["GH", "SN"], (1.5, 2.5), (10000, 20000), ["EUR"], 0.05, S),
    ("840991", "Remanufactured engine blocks, drained, with warranty", "export", ["sea"], ["NG", "GH"], (4, 8), (5000, 15000), ["EUR"], 0.004, S),
    ("250810", "Bentonite cat litter, clumping, 10 kg bags", "export", ["sea"], ["TN", "EG"], (0.2, 0.35), (18000, 24000), ["EUR"], 0.1, S),
    ("854370", "Sunbeds, new, CE-marked, with warranty", "export", ["road"], ["AL", "MK"], (8, 14), (2000, 6000), ["EUR"], 0.003, S),
    ("854449", "Copper power cable, new, on drums", "export", ["sea"], ["PK", "EG"], (8, 11), (10000, 20000), ["EUR"], None, S),
    ("780110", "Refined lead ingots 99.97 %", "export", ["road"], ["MK", "RS"], (2.0, 2.5), (10000, 22000), ["EUR"], None, S),
    ("381400", "Paint thinner, xylene based, 1 l tins", "import", ["sea"], ["IN", "CN"], (1.5, 3), (8000, 16000), ["USD"], 1, S),
    ("392690", "Pheromone traps for red palm weevil", "import", ["sea"], ["EG", "MA"], (5, 10), (500, 2000), ["USD"], 1, S),
    ("271119", "Lighter refill gas, butane, 300 ml cans", "import", ["road"], ["MD", "TR"], (3, 6), (1000, 4000), ["EUR"], 5, S),
    ("950590", "Party-string spray cans, hydrocarbon propellant", "import", ["sea"], ["IN", "CN"], (0.8, 1.5), (4000, 10000), ["USD"], 3, S),
    ("841869", "Dough retarder-proofer cabinets, new, R-290", "import", ["road"], ["TR", "RS"], (5, 9), (1000, 4000), ["EUR"], 0.003, S),
    ("291513", "Methyl formate, technical grade, drums", "import", ["rail"], ["CN", "KZ"], (0.8, 1.5), (10000, 20000), ["USD"], None, S),
    ("950440", "Tarot de Marseille facsimile decks, printed", "export", ["express"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 8, S),
    ("691200", "Ceramic hookah bowls, new, glazed", "import", ["road"], ["TR"], (2, 4), (1000, 4000), ["USD", "EUR"], 4, S),
    ("732690", "Decorative cast-iron horseshoes, new", "export", ["road"], ["RS", "MD"], (2, 4), (500, 2000), ["EUR"], 2, S),
    ("690990", "Clay jewellery beads, new, glazed", "import", ["post"], ["MX", "PE"], (20, 40), (1, 3), ["USD"], 200, S),
    ("701690", "Leaded-glass panels, new, Tiffany style", "export", ["road"], ["CH", "NO"], (40, 80), (100, 400), ["EUR"], 0.1, S),
    ("690990", "Qvevri clay wine jars, new", "import", ["sea"], ["GE"], (1, 2), (3000, 8000), ["USD"], 0.005, S),
    ("950490", "Wooden chess sets, new", "import", ["air"], ["UZ", "IN"], (8, 15), (100, 400), ["USD"], 0.5, S),
    ("910521", "Radio-controlled wall clocks, DCF77", "export", ["express"], ["TR", "RS"], (20, 40), (1, 5), ["EUR"], 2, S),
    ("291990", "TCPP flame retardant for PU foam, drums", "export", ["sea"], ["LB", "EG"], (1.8, 2.4), (10000, 20000), ["EUR"], None, S),
    ("950490", "Electronic chess boards, retail", "export", ["express"], ["AM", "NO"], (60, 120), (1, 4), ["EUR"], 0.5, S),
    ("903289", "Terrarium thermostats with wire probe", "export", ["express"], ["TR", "RS"], (40, 80), (1, 3), ["EUR"], 4, S),
    ("711311", "Silver jewellery, handmade, hallmarked", "import", ["air"], ["AM"], (300, 600), (5, 20), ["USD"], 20, S),
    ("902620", "Espresso-machine pressure gauges, 0-16 bar", "export", ["air"], ["AE", "TR"], (30, 60), (50, 200), ["EUR"], 5, S),
    ("390120", "HDPE pipe grade PE100, Saudi origin", "import", ["sea"], ["SA", "QA"], (1.0, 1.3), (20000, 25000), ["USD"], None, S),
    ("920600", "Kanjira frame drums, goat-skin heads", "import", ["air"], ["IN"], (20, 40), (50, 200), ["USD"], 1, S),
    ("960190", "Carved cattle-horn handles and combs", "import", ["post"], ["OM", "IN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("711790", "Yoga mala beads, rudraksha and resin", "import", ["post"], ["ID", "IN"], (30, 60), (1, 2), ["USD"], 10, S),
    ("071420", "Dried sweet-potato slices", "import", ["rail"], ["CN"], (1.5, 3), (8000, 16000), ["USD"], None, S),
    ("392690", "Celluloid guitar picks, tortoiseshell look", "import", ["post"], ["JP", "US"], (30, 60), (1, 2), ["JPY", "USD"], 400, S),
    ("950300", "Plush soft toys", "import", ["road"], ["MA", "TR"], (4, 8), (1000, 4000), ["EUR"], 3, S),
]
# Everyday trade: blind80's everyday rows (blind72's, with blind80's own rows) with four new rows instead of
# blind80's last four, as blind88 did with its own four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691110", "Porcelain dinner plates", "import", ["sea"], ["CN", "TH"], (2, 4), (3000, 9000), ["USD"], 2, N),
        ("420222", "Canvas tote bags, retail", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 5, N),
        ("940521", "LED table lamps", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 0.5, N),
        ("950691", "Cast-iron dumbbells", "import", ["sea"], ["CN", "IN"], (1.2, 2), (6000, 14000), ["USD"], 0.2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind89", 20410101, HERE)


if __name__ == "__main__":
    main()
