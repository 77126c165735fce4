#!/usr/bin/env python3
"""Writes the hundred-and-ninety-ninth blind set (tests/risk/data/blind199-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2059, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: festivals, events and religious
and ceremonial goods (trade fairs and exhibitions on temporary admission, religious
festivals and pilgrimages, weddings and funerals, fireworks and stage effects).
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
would. Ids are BL199-*:

    python3 tests/risk/data/make_blind199_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2059, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2059
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "air", "HK", [], "NL", "382499",
         "螢光棒活化液 (稀過氧化氫, 3% 以下), 1 公升瓶裝, 600 瓶", "CN", 680, 600, 1800, "USD",
         "glow sticks are sealed plastic tubes in which a few millilitres of dilute peroxide in a phthalate ester sit "
         "in a glass ampoule, and nobody sells their 'activator' by the litre; these 600 bottles hold a water-clear "
         "liquid of 1.13 kg/l that mixes with water (a phthalate solution would not), whitens the skin, foams on a "
         "cut and has vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), flown from Hong Kong to "
         "Amsterdam for a rave and festival-supplies web shop that sells to the public before the summer festival "
         "season; Cantonese (traditional Chinese) wording (hydrogen peroxide repeats in many sets and an 'activator liquid' "
         "label once, for teeth whitening (dev5-b); a glow-stick label was found in no earlier row by a keyword search)",
         firm("Horizon Festival Supplies BV", "NL")),
        ("PRE-02", "import", "IEAIR01", "express", "AU", [], "IE", "271019",
         "Fire performance fuel, isoparaffin (low smoke), for fire poi and staffs, 4 x 1 L", "AU", 4.6, 4, 120, "AUD",
         "isoparaffin fire-performance fuel is a light (0.76 kg/l), odourless liquid that floats on water and burns "
         "with a yellow flame; these four bottles weigh 1.14 kg/l, sink in water, smell faintly fruity, burn with a "
         "pale, almost invisible flame and read 'CH3NO2' under the printed sticker: nitromethane (Annex I above "
         "16 %), sent by express from Byron Bay to a private fire performer in Galway before the summer festivals, "
         "although flammable liquids go by express only as declared dangerous goods; Australian English wording "
         "(nitromethane repeats in many sets, and fuel and lamp-oil labels in several; a fire-poi and "
         "fire-performance label was found in no earlier row by a keyword search)",
         person("Ciarán Ó Briain", "IE")),
        ("PRE-03", "import", "ATROAD01", "road", "BA", ["HR", "SI"], "AT", "960990",
         "Blagoslovljena kreda za Sveta tri kralja (C+M+B), bijela, kutije po 10 štapića, 2.000 kutija", "BA", 240,
         2000, 1600, "EUR",
         "the blessed chalk with which households write 20+C+M+B over their doors at Epiphany is soft calcium "
         "carbonate or gypsum that dusts the fingers and fizzes in vinegar; these sticks are hard, glittering pressed "
         "crystals that leave no dust, do not fizz, spit violet sparks on a hot stove plate, and the pressing shop's "
         "sacks in the van read 'KClO3 99 %': potassium chlorate (Annex I above 40 %) pressed into sticks and "
         "retail-packed for members of the public, for a Graz church-goods shop that sells to parishes and "
         "households, on a lorry from Široki Brijeg through Croatia and Slovenia; Croatian wording from Bosnia and "
         "Herzegovina (potassium chlorate repeats in many sets and chalk labels in many, as gymnastics and "
         "blackboard chalk; a blessed Epiphany-chalk label was found in no earlier row by a keyword search)",
         firm("Alpina Kirchenbedarf GmbH", "AT")),
        ("PRE-04", "import", "FRPOST01", "post", "CA", [], "FR", "250510",
         "Sable d'unité blanc pour cérémonie de mariage, 6 sachets de 500 g", "CA", 3.2, 6, 45, "CAD",
         "unity sand for a wedding sand ceremony is fine, coloured quartz sand that is gritty, heavy and lies in "
         "water unchanged; these six sachets hold a white, sugary crystalline powder that dissolves completely in "
         "water, flares fiercely when a pinch with sugar meets a match, and an inner sachet label reads 'perchlorate "
         "de potassium': potassium perchlorate (Annex I above 40 %), posted from Montréal to a private person in Lyon "
         "who is no bride but an amateur of home-made fireworks; Québec French wording (potassium perchlorate "
         "repeats in many sets and sand labels in a few (souvenir lagoon sand, blind139; reef sand, blind144); a "
         "wedding unity-sand label was found in no earlier row by a keyword search)",
         person("Mme Claire Martin", "FR")),
        ("PRE-05", "import", "HRROAD01", "road", "RS", [], "HR", "251741",
         "Beli mermerni granulat za ukrašavanje grobova, 4-8 mm, vreće 5 kg, 3.600 vreća", "RS", 18000, 3600, 4300,
         "EUR",
         "white marble grave chippings are angular, hard, sugary stone that scratches glass and lies in water "
         "unchanged; these 3,600 bags hold round, white prills that go damp in the hand, dissolve in water with a "
         "sharp chill, test at 34 % N and melt and fume on a hot plate: ammonium nitrate (Annex I at 16 % N or more) "
         "in 5 kg bags for a Vukovar cemetery-supplies shop that sells them to the public before All Saints' Day, on "
         "a lorry at Bajakovo; Serbian (Latin) wording (ammonium nitrate repeats in many sets; white marble chips "
         "appear once as a precursor cover, for mosaic artists (blind185), kept as a repeat of that cover; a "
         "grave-decoration label is the new part as far as a search found)",
         firm("Vega Pogrebna Oprema d.o.o.", "HR")),
        ("PRE-06", "import", "ROAIR01", "air", "IL", [], "RO", "150990",
         "שמן משחה מירושלים / Anointing Oil from Jerusalem, Frankincense & Myrrh, 250 ml, 960 bottles", "IL", 442,
         960, 2900, "USD",
         "anointing oil is olive oil scented with frankincense and myrrh: golden-green, 0.92 kg/l, smelling of resin, "
         "and it floats on water; these 960 bottles hold a colourless, odourless, syrupy liquid of 1.84 kg/l (the "
         "declared net mass is twice what 240 litres of olive oil weigh) that chars a paper label black and spits "
         "when a drop falls into water: about 96 % sulphuric acid (Annex I above 15 %), for an Oradea Pentecostal "
         "bookshop that sells to the public, flown from Tel Aviv to Cluj; Hebrew and English wording (sulphuric acid "
         "repeats in many sets and oil and syrup labels in several; an anointing-oil label was found in no earlier "
         "row by a keyword search)",
         firm("Casa Biblică Rivage SRL", "RO")),
        ("PRE-07", "import", "SEAIR01", "air", "IR", [], "SE", "190190",
         "سمنو خانگی برای سفره هفت‌سین، ظرف ۵۰۰ گرمی، ۶۰۰ عدد", "IR", 300, 600, 900, "EUR",
         "a Nowruz consignment for a Gothenburg Persian grocery: samanu and senjed are what such shops sell for the "
         "haft-sin table, but the third item's 'traditional grape vinegar' is 600 bottles of a liquid of 1.40 kg/l "
         "that fumes brown when opened, yellows the skin and eats into a copper coin: about 65 % nitric acid "
         "(Annex I above 3 %) retail-packed for members of the public, hidden as the last item of a three-item "
         "declaration, flown from Tehran to Gothenburg; Persian wording (nitric acid repeats in many sets and "
         "vinegar labels in several (rice vinegar, blind112; apple-cider vinegar, blind192); a haft-sin consignment "
         "was found in no earlier row by a keyword search)",
         dict(firm("Delta Persisk Livs AB", "SE"),
              _more_items=[item("081340", "سنجد خشک، بسته ۲۵۰ گرمی، ۶۰۰ عدد", "IR", 150, 600, "EUR", qty=600),
                           item("220900", "سرکه انگور سنتی، بطری ۱ لیتری، ۶۰۰ عدد", "IR", 840, 600, "EUR", qty=600)])),
        ("PRE-08", "import", "ESAIR01", "air", "MX", [], "ES", "170199",
         "Azúcar para alfeñique y calaveritas de Día de Muertos, bolsas de 1 kg, 300 bolsas", "MX", 300, 300, 9000,
         "MXN",
         "sugar for alfeñique and sugar skulls is ordinary fine white cane sugar that tastes sweet and caramelises "
         "in a pan; these 300 bags hold clear, slightly damp crystals with no sweetness, that crackle and flare "
         "yellow on a hot pan, and a bag liner reads 'clorato de sodio 99 %': sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, for a Madrid Mexican shop that runs Day-of-the-Dead sugar-skull "
         "workshops and sells to the public, flown from Mexico City; Mexican Spanish wording (sodium chlorate "
         "repeats in many sets under salt and sugar labels; an alfeñique or sugar-skull label was found in no "
         "earlier row; the one earlier Día de Muertos row is cultural, blind92)",
         firm("Meridian Tienda Mexicana SL", "ES")),
        ("PRE-09", "import", "BEAIR01", "air", "US", [], "BE", "110813",
         "קאַרטאָפֿל־קראָכמאַל, כּשר לפּסח, 1 פֿונט פּעקלעך, 1,200 פּעקלעך", "US", 545, 1200, 2400, "USD",
         "kosher-for-Passover potato starch squeaks between the fingers, is matt white and turns into a clear gel in "
         "hot water; these 1,200 packs hold a glittering crystalline powder that draws damp, dissolves in cold water "
         "without thickening and burns fiercely with sugar, and the packer's drum label on the pallet reads 'sodium "
         "perchlorate monohydrate': sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from New York to Brussels for an Antwerp kosher grocery before Pesach; Yiddish wording (sodium "
         "perchlorate repeats in many sets and potato-starch labels twice (blind131, blind141), kept as a repeat of "
         "that cover; a Passover label and Yiddish wording were found in no earlier precursor row)",
         firm("Central Koscher Voeding BV", "BE")),
        ("PRE-10", "import", "ITSEA01", "sea", "CN", [], "IT", "950590",
         "性别揭晓彩粉礼炮 (压缩空气, 无火药), 30 厘米, 12,000 支", "CN", 3600, 12000, 9600, "USD",
         "gender-reveal powder cannons are cardboard tubes with a twist-to-fire compressed-air capsule and coloured "
         "cornstarch; these 12,000 have a pull ring and a friction igniter, a canister of pressed grey-brown "
         "composition under the colour, smell of sulphur, and the inner cartons read 'smoke grenade, 60 s': "
         "pyrotechnic smoke devices (a potassium chlorate, sugar and dye composition) without CE marking or "
         "conformity assessment, whose import needs an explosives licence, by sea from Liuyang via Shanghai to Genoa "
         "for a Padua party-supplies wholesaler; Chinese wording (fireworks repeat in several sets and smoke "
         "grenades once, as festival smoke grenades (blind64, strategic); a gender-reveal label was found in no "
         "earlier row by a keyword search)",
         firm("Vega Feste Srl", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GH", "630622",
         "Tweedehands kampeermateriaal, gesorteerd: tenten, slaapzakken, stoelen, 1 container", "BE", 14000, None,
         2800, "EUR",
         "sorted second-hand camping gear is clean, dry, folded and bagged by type; this container holds 14 t of "
         "muddy, mouldy, torn tents still on their poles, soaked sleeping bags, broken camping chairs, empty gas "
         "canisters, beer cans and food waste, shovelled up from a Boom dance festival's campsite: mixed festival "
         "waste (20 03 01, 20 03 07), household-type waste (Basel Y46) that cannot leave the Union for a non-OECD "
         "country as second-hand goods, from Antwerp to Tema; Flemish wording (used-goods labels on mixed waste "
         "repeat in many sets; festival campsite waste and a camping-gear label were found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "TG", "940542",
         "Pulseras LED reutilizables para conciertos, control por radiofrecuencia, 60.000 unidades", "ES", 3000,
         60000, 3000, "EUR",
         "reusable LED concert wristbands are collected, tested, recharged and returned in sealed trays; these 60,000 "
         "are tangled and sticky, thrown into sacks with plastic cups and lanyards, half of them with split cases, "
         "every one still holding two lithium coin cells, swept from the floors of Benidorm and Madrid festivals: "
         "waste electrical equipment with batteries (16 02 13*, 16 06 06*), hazardous waste whose export to a "
         "non-OECD country is banned, from Valencia to Lomé; Spanish wording (WEEE repeats in many sets; LED "
         "wristbands were found in no earlier row by a keyword search)", {"importer_country": "TG"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "940610",
         "Christkindlmarkt-Hütten aus Holz, gebraucht, zerlegt, 12 Stück", "AT", 9000, 12, 6000, "EUR",
         "a Christmas-market clearance lorry for a Sarajevo events firm: used wooden huts and decorations are what "
         "Viennese market operators sell on, but the third item's 'tested light chains' are 3.6 t of cut, tangled "
         "and crushed light strings, transformers with burnt windings, halogen and fluorescent lamps and PVC cable "
         "from the operator's scrap skip: waste electrical and electronic equipment with mercury lamps (20 01 35*, "
         "20 01 21*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, on a lorry through Slovenia and Croatia; Austrian German wording (WEEE repeats in "
         "many sets and Christmas light strings once, as a lawful item beside fireworks (blind136); a "
         "Christmas-market clearance was found in no earlier row by a keyword search)",
         dict({"importer_country": "BA"},
              _more_items=[item("950510", "Weihnachtsdekoration, gebraucht, Kugeln und Girlanden, 40 Kartons", "AT", 400, 400, "EUR", qty=40),
                           item("940539", "Lichterketten, gebraucht, funktionsgeprüft, 300 Kartons", "AT", 3600, 600, "EUR", qty=300)])),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "IN", "790200",
         "Zinkschroot, platen, gesorteerd, schoon, 20 t", "NL", 20000, None, 26000, "EUR",
         "clean zinc sheet scrap is flat, grey roofing and gutter offcuts with solder seams; these bales are crushed, "
         "box-shaped zinc inner coffins with lids and soldered seams, lined with rotted fabric and wood, with soil, "
         "hair, bone fragments and the smell of decay, lifted in grave clearances (ruimingen) at Rotterdam and "
         "Dordrecht cemeteries: metal waste contaminated with human remains, not the clean zinc scrap of the green "
         "list, exported to a non-OECD country without the notification and consent it needs, from Rotterdam to "
         "Nhava Sheva; Dutch wording (zinc scrap repeats in many sets; coffin liners from grave clearances were found "
         "in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-05", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RS"], "XK", "360410",
         "Feuerwerk Kategorie F2, Verbundfeuerwerk und Raketen, neu, 2.400 Kartons", "CN", 12000, 2400, 18000, "EUR",
         "new F2 fireworks travel in clean cartons with CE labels, 1.4G placards and one lot number per carton; these "
         "2,400 cartons are fireworks returned unsold from German retailers after New Year's Eve, crushed, "
         "water-stained, of mixed lots past their use-by dates and leaking grey composition: waste pyrotechnic "
         "articles (16 04 03*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Austria, Hungary and Serbia to a Prishtina 'wholesaler' for wedding and Bajram fireworks; German wording "
         "(expired pyrotechnics repeat in several sets as marine flares (blind52, blind80, blind132, blind150, "
         "blind173); consumer New Year fireworks were found in no earlier waste row)", {"importer_country": "XK"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "271113",
         "Butane gas cartridges, 227 g, new, for camping stoves, 24,000 pcs", "KR", 7000, 24000, 4800, "EUR",
         "new butane cartridges come shrink-wrapped in printed trays with one batch number; these 24,000 are loose in "
         "builders' bags, of a dozen brands, dented, rusted and half full, picked up from festival campsites after "
         "the summer season: waste gases in pressure containers (16 05 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Dublin to Lagos (Apapa); Irish English wording (camping-gas cartridges "
         "appear twice, as ozone covers (blind68, blind167); as festival waste they were found in no earlier row)",
         {"importer_country": "NG"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "940360",
         "Arredi e pannelli da stand fieristico, usati, per riutilizzo, 1 container", "IT", 16000, None, 3200, "EUR",
         "re-usable exhibition stand systems are aluminium frames and clean panels in crates; this container holds "
         "broken, painted MDF walls full of nails, torn carpet tiles with adhesive, and some 3 t of half-full paint, "
         "lacquer, contact-adhesive and solvent cans with solvent-soaked rags, cleared from stands after the furniture "
         "fair at Rho: waste paint, adhesives and contaminated packaging (08 01 11*, 08 04 09*, 15 01 10*) mixed with "
         "construction waste, hazardous waste whose export to a non-OECD country is banned, from Genoa to Radès; "
         "Italian wording (paint and adhesive wastes repeat in several sets; a trade-fair stand clearance was found "
         "in no earlier row: the one TEFAF stand cover, blind185, is cultural)", {"importer_country": "TN"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "CI", "392290",
         "Cabines sanitaires mobiles d'occasion pour événements, 120 unités", "FR", 10800, 120, 12000, "EUR",
         "second-hand event toilets for resale are emptied, pressure-washed and disinfected cabins; these 120 were "
         "loaded straight off a Breton music-festival site with their holding tanks still half full of sewage and "
         "blue formaldehyde-based additive, leaking through the container doors: chemical-toilet and septic waste "
         "(20 03 04 with a hazardous additive), waste that cannot leave the Union as second-hand goods and whose "
         "export to a non-OECD country without notification and consent is illegal, from Le Havre to Abidjan; "
         "French wording (septic sludge repeats in a few sets; festival chemical toilets were found in no earlier row "
         "by a keyword search)", {"importer_country": "CI"}),
        ("WST-09", "export", "PLROAD01", "road", "PL", [], "UA", "700100",
         "Stłuczka szklana kolorowa, sortowana, 22 t", "PL", 22000, None, 660, "EUR",
         "sorted coloured cullet is clean, crushed bottle glass without caps or labels; these 22 t are whole and "
         "broken grave lanterns (znicze) with their plastic tops and metal lids, wax stubs and wicks, plastic "
         "flowers, wreath wire and mud, from the skips of Lublin cemeteries after All Saints' Day: cemetery waste "
         "(20 02 03, 20 03 01), mixed municipal waste (Basel Y46) that cannot leave the Union as cullet, at Dorohusk "
         "for a Kovel 'glassworks'; Polish wording (cullet labels repeat in several sets, on lamp glass; grave-lantern "
         "waste was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-10", "export", "GBSEA01", "sea", "GB", [], "JM", "950829",
         "Used inflatable bouncy castles, for reuse, 80 units", "GB", 9600, 80, 4000, "GBP",
         "second-hand bouncy castles for resale are clean, patched and tested, each with its blower; these 80 are "
         "torn, mouldy hulks of PVC-coated nylon with burst seams and no blowers, some cut into pieces, from "
         "party-hire firms' scrap yards: PVC plastic waste whose export to a non-OECD country is banned (Regulation "
         "2024/1157), from Southampton to Kingston; British English wording (PVC waste repeats as banners and "
         "tarpaulins (blind177) and in other rows; bouncy castles were found in no earlier row by a keyword search)",
         {"importer_country": "JM"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "EG", [], "GR", "847989",
         "ماكينات دخان أرضي للأفراح (بالثلج الجاف)، ٤٠ جهاز", "EG", 2400, 40, 16000, "USD",
         "dry-ice low-fog machines for a wedding's 'first dance on the clouds' are insulated water tanks with a "
         "heater into which dry ice is dropped, with no compressor; these 40 each have a hermetic compressor, a "
         "condenser and a chilled fog chamber, and their rating plates read 'R-22, 1.8 kg': equipment containing "
         "HCFC-22, whose import into the Union is banned (Regulation 2024/590), by sea from Alexandria to Piraeus for "
         "an Athens wedding-hire firm; Egyptian Arabic wording (HCFC-22 equipment repeats in many sets; low-fog "
         "wedding machines were found in no earlier row by a keyword search)",
         firm("Orion Ekdiloseis AE", "GR")),
        ("OZN-02", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "321410",
         "舞台布景雕塑用单组份聚氨酯泡沫, 碳氢推进剂, 750 毫升, 24,000 罐", "CN", 21600, 24000, 26000, "USD",
         "one-component PU foam for sculpting stage scenery is propelled with propane, butane and DME and its cans "
         "carry flame marks; these 24,000 cans carry none, the propellant does not light at the nozzle and a gas "
         "analysis gives chlorodifluoromethane and 1,1-dichloro-1-fluoroethane: products containing HCFC-22 and "
         "HCFC-141b, moved through the Union without the licence Regulation 2024/590 requires, landed at Koper in "
         "transit from Ningbo to a Belgrade film-studio supplier; Chinese wording (HCFC foam cans repeat in a few "
         "sets; a scenery-sculpting label in transit through Koper was found in no earlier row)",
         {"importer_country": "RS"}),
        ("OZN-03", "import", "DEAIR01", "air", "KR", [], "DE", "842410",
         "FK-5-1-12 청정소화약제 시스템 시연용 샘플, 인터슈츠 전시품, ATA 까르네, 6 세트", "KR", 420, 6, 18000, "USD",
         "FK-5-1-12 demonstration cylinders hold a liquid of 1.6 kg/l that boils at 49 °C, pressed by nitrogen, and "
         "carry the maker's certificate; these six grey cylinders hold a liquefied gas at 14 bar that boils at "
         "-58 °C, and their valve stamps read '1301': halon 1301 (bromotrifluoromethane), whose import into the "
         "Union is banned, brought under an ATA carnet as exhibits for the Interschutz fire-safety fair in Hannover "
         "and sold off the stand to a ship repairer; Korean wording (halon 1301 repeats in many sets, and ATA "
         "carnets in blind174's exhibition rows; an Interschutz demonstrator was found in no earlier row)",
         {"consignee_name": "Hanul Fire Systems (Interschutz, Halle 13)", "importer_country": "DE"}),
        ("OZN-04", "import", "FRAIR01", "express", "LB", [], "FR", "381400",
         "Détachant pour robes de mariée, solvant hydrocarboné, 6 x 1 l / مزيل بقع لفساتين الأعراس", "LB", 9.4, 6,
         180, "USD",
         "hydrocarbon spotting solvents are light (0.75 kg/l), smell of white spirit and burn; these six bottles weigh "
         "1.57 kg/l, do not burn, smell faintly sweet and boil at 48 °C, and the filler's old drum label reads "
         "'R-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, sent by express from "
         "Beirut to a Paris bridal-couture atelier; Lebanese French and Arabic wording (CFC-113 repeats in many sets "
         "as precision and dry-cleaning solvents; a bridal-gown spotting label was found in no earlier row)",
         firm("Atelier Rivage Couture SARL", "FR")),
        ("OZN-05", "import", "NLSEA01", "sea", "IN", [], "NL", "950590",
         "होली रंग स्प्रे (फोम), 250 मि.ली., हाइड्रोकार्बन प्रणोदक, 24,000 कैन", "IN", 7200, 24000, 7200, "USD",
         "Holi colour sprays sold in the Union run on hydrocarbons and carry flame marks; these 24,000 cans carry "
         "none, their propellant does not light and the laboratory reads 1,1,1,2-tetrafluoroethane: novelty aerosols "
         "with HFC-134a (GWP 1,430), banned from the Union market (Regulation 2024/573), by sea from Nhava Sheva to "
         "Rotterdam for a Hague party wholesaler before the Phagwa (Holi) celebrations of the Surinamese-Hindustani "
         "community; Hindi wording (HFC novelty aerosols repeat in many sets: party string, snow, cobweb spray, "
         "carnival foam, air horns; a Holi colour spray was found in no earlier row by a keyword search)",
         firm("Delta Feestartikelen BV", "NL")),
        ("OZN-06", "import", "ITSEA01", "sea", "US", [], "IT", "841869",
         "Clear ice block makers for ice sculpture, used, reconditioned, 4 units", "US", 3200, 4, 22000, "USD",
         "current clear-ice block makers run on R-290 or R-449A and carry an F-gas label; these four 1990s machines, "
         "sold by a Las Vegas ice-sculpture studio, carry their original plates reading 'R-22, 6.5 kg' and hold "
         "their full charge: equipment containing HCFC-22, whose import into the Union is banned, by sea from New "
         "York to La Spezia for a Milan wedding and event ice-sculpture studio; US English wording (HCFC-22 "
         "equipment repeats in many sets; ice-sculpture block makers were found in no earlier row by a keyword "
         "search)", firm("Alpina Sculture di Ghiaccio Srl", "IT")),
        ("OZN-07", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "570500",
         "Ortopedik hafızalı süngerli seccade, 3 cm, 3.000 adet", "TR", 4500, 3000, 30000, "EUR",
         "padded prayer mats have a 3 cm layer of polyurethane memory foam blown with water or pentane; the foam of "
         "these 3,000 mats smells faintly sweet when cut, and the gas drawn from its cells is "
         "1,1-dichloro-1-fluoroethane: products containing foam blown with HCFC-141b, whose import into the Union is "
         "banned, on a lorry from Istanbul for a Cologne mosque-supplies shop before Ramadan; Turkish wording "
         "(HCFC-141b foams repeat in many sets, as panels and premixes; a padded prayer-mat label was found in no "
         "earlier row by a keyword search)", firm("Meridian Moscheebedarf GmbH", "DE")),
        ("OZN-08", "export", "DESEA01", "sea", "DE", [], "EG", "841869",
         "Kaltwassersätze, gebraucht, aus dem Umbau einer Messehalle, 4 Stück", "DE", 22000, 4, 40000, "EUR",
         "used chillers for export are sold emptied or converted, with a recovery certificate; these four 1990s "
         "screw chillers, taken out of a Frankfurt trade-fair hall's air conditioning when it was refurbished, still "
         "hold their original HCFC-22 charge, about 180 kg each: equipment containing HCFCs, whose export from the "
         "Union is banned (Regulation 2024/590), from Hamburg to Alexandria for a Cairo exhibition-centre "
         "contractor; German wording (R-22 equipment for export repeats in many sets; trade-fair hall chillers were "
         "found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("OZN-09", "import", "ROSEA01", "sea", "GE", [], "RO", "380891",
         "სულფურილ ფტორიდი, ფუმიგანტი ხის მღრღნელების წინააღმდეგ, ეკლესიების რესტავრაციისთვის, 40 ბალონი", "GE",
         2000, 40, 6000, "USD",
         "sulfuryl fluoride is an odourless gas sold in cylinders at about 17 bar; these 40 cylinders read 2 bar, "
         "slosh with a liquid of 1.73 kg/l that smells faintly of chloroform, and their shoulders, under the "
         "stickers, are stamped 'CH3Br': methyl bromide, whose import into the Union is banned (no quarantine "
         "exemption remains), by sea from Poti to Constanța for a Baia Mare firm that treats woodworm in the wooden "
         "churches of Maramureș; Georgian wording (methyl bromide repeats in many sets and sulfuryl-fluoride labels "
         "in many, kept as a repeat of that cover; a church-woodworm cover from Georgia was found in no earlier row)",
         firm("Vega Restaurare SRL", "RO")),
        ("OZN-10", "export", "FRSEA01", "sea", "FR", [], "SN", "870210",
         "Autocars d'occasion, 55 places, pour le transport de pèlerins (Grand Magal de Touba), 6 unités", "FR",
         72000, 6, 90000, "EUR",
         "used coaches exported from the Union run on R-134a or are shipped with their air conditioning emptied; "
         "these six 1998-2001 coaches, retired by a Lourdes pilgrimage operator, have roof units retrofitted with "
         "HCFC-22 whose labels say so and which still hold about 12 kg each: equipment containing HCFCs, whose export "
         "from the Union is banned, from Le Havre to Dakar for a Touba transport firm that carries pilgrims to the "
         "Grand Magal; French wording (R-22 equipment repeats in many sets; pilgrim coaches were found in no earlier "
         "row; Touba appears once, as a well-water precursor cover, blind140)", {"importer_country": "SN"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "express", "IL", [], "FR", "491191",
         "Hand-painted ketubah, giclée with gouache highlights, new, Jerusalem artist, 1 pc / כתובה מצוירת", "IL",
         0.8, 1, 350, "USD",
         "new hand-finished ketubbot are giclée prints on cotton-rag paper with the artist's signature and a blank "
         "or recent couple's names; this one is a parchment sheet, cracked along old folds, with gouache and gold "
         "arches and Aramaic text in a Baghdadi hand naming a couple married in Baghdad in 5628 (1868), with "
         "witnesses' signatures: an Iraqi Jewish marriage contract, cultural property removed from Iraq, whose "
         "import into the Union the Iraqi embargo forbids (Regulation 1210/2003), sent by express from Jerusalem to "
         "a private collector in Paris; Hebrew and English wording (Iraqi manuscripts repeat in several sets; a "
         "ketubah was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-02", "import", "SKROAD01", "road", "UA", [], "SK", "490199",
         "Мегілат Естер, друкований сувій, нове видання для Пуриму, 2 шт.", "UA", 1.5, 2, 60, "EUR",
         "printed Purim megillot are machine-printed on paper and rolled on plastic rollers; these two are "
         "hand-written parchment scrolls in square Ashkenazi script, brown and cockled, one on a carved wooden "
         "roller, with a Galician synagogue's inventory stamp: 18th-19th century Esther scrolls, Jewish heritage "
         "whose export Ukraine forbids without a permit, brought in against the UNESCO 1970 convention, in a car at "
         "Vyšné Nemecké for a Košice antiques dealer; Ukrainian wording (Judaica from Ukraine repeats in a few sets, "
         "matzevot and silver; an Esther scroll was found in no earlier row by a keyword search)",
         firm("Delta Antikvariát s.r.o.", "SK")),
        ("CUL-03", "import", "NLAIR01", "air", "ID", [], "NL", "442199",
         "Topeng barong ukiran baru, kayu pule, untuk dekorasi, 1 buah", "ID", 6, 1, 150, "USD",
         "new barong masks for tourists are freshly carved, brightly painted pule wood with synthetic hair; this "
         "one has worn gilding painted over many times, real horsehair and pig's bristles, dried offerings in its "
         "crevices, incense soot and a temple's numbering inside: a consecrated (sakral) barong mask from a Gianyar "
         "village temple, stolen before Galungan, cultural heritage whose export Indonesia forbids, brought in "
         "against the UNESCO 1970 convention, flown from Denpasar to Amsterdam for a tribal-art dealer; Indonesian "
         "wording (Balinese objects repeat in a few sets, lontar and paras statues; a barong mask was found in no "
         "earlier row by a keyword search)", firm("Horizon Tribal Art BV", "NL")),
        ("CUL-04", "import", "BEAIR01", "air", "BJ", [], "BE", "630790",
         "Egungun festival costume, new, appliqué cloth, for display, 1 pc", "NG", 12, 1, 200, "USD",
         "new Egungun costumes for the tourist market are fresh, bright appliqué cloth; this one is many layers of "
         "faded, brittle velvet and hand-woven aso-oke panels with sacrificial residue, cowries, leather-bound charms "
         "and a net face panel, its lineage's name stitched inside: an early-20th-century Egungun masquerade from an "
         "Oyo-area lineage, an antiquity whose export Nigeria forbids without a museums-commission permit, brought "
         "in through Cotonou against the UNESCO 1970 convention and flown to Brussels for a dealer; Nigerian English "
         "wording (Nigerian antiquities repeat in many sets; an Egungun costume was found in no earlier row by a "
         "keyword search)", firm("Galerie Central Afrique SA", "BE")),
        ("CUL-05", "import", "FRPOST01", "post", "MX", [], "FR", "920890",
         "Silbatos de la muerte, réplicas artesanales de barro para Día de Muertos, 4 piezas", "MX", 2.2, 4, 1200,
         "MXN",
         "new death-whistle replicas are crisp, evenly fired and give a clean screech; these four skull-faced "
         "whistles are worn, with root marks, lime crust and earth in the air chambers, and only two still sound: "
         "Aztec (Mexica) ceramic death whistles (c. 1250-1521), archaeological objects whose export Mexico forbids, "
         "brought in without an import licence (Regulation 2019/880), posted from Oaxaca to a private collector in "
         "Paris; Mexican Spanish wording (pre-Columbian ceramics repeat in many sets, Día de Muertos figures once "
         "(blind92, catrinas) and a ceramic whistle once (blind65, Ecuadorian); death whistles were found in no earlier "
         "row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("CUL-06", "import", "ESAIR01", "air", "PH", [], "ES", "392640",
         "Bag-ong imahen sa Santo Niño para sa Sinulog, fiberglass, 1 ka buok", "PH", 9, 1, 9000, "PHP",
         "new Santo Niño images for the Sinulog are light fibreglass or resin with glass eyes and machine-sewn "
         "robes; this one is a heavy, carved and gessoed hardwood figure with estofado gilding, glass eyes, a silver "
         "crown with Manila marks and worm holes, matching an 18th-century image reported stolen from a Bohol "
         "parish: a religious image over a century old, a cultural treasure whose export the Philippines forbids, "
         "brought in against the UNESCO 1970 convention, flown from Cebu to Madrid for a collector; Cebuano wording "
         "(Philippine santos repeat in a few sets, kept as a repeat of that good; a Sinulog label and Cebuano "
         "wording were found in no earlier row)", person("Sr. J. García", "ES")),
        ("CUL-07", "import", "GBAIR01", "express", "IN", [], "GB", "711719",
         "Imitation kundan bridal jewellery set, new, gold-plated brass, necklace and earrings, 1 set", "IN", 1.4, 1,
         180, "USD",
         "new imitation kundan sets are gold-plated brass with glass stones set in lac; this one is high-carat gold "
         "with foiled, flat-cut diamonds and spinels in kundan setting, enamelled (meenakari) backs in Jaipur style, "
         "worn hooks and an old silk cord: a 19th-century Rajput bridal necklace and earrings, antiquities over a "
         "hundred years old whose export India's Antiquities and Art Treasures Act forbids without a licence, sent "
         "by express from Jaipur to a private buyer in Leicester; Indian English wording (Indian antiquities repeat "
         "in many sets; kundan bridal jewellery was found in no earlier row by a keyword search)",
         person("Mrs S. Patel", "GB")),
        ("CUL-08", "import", "DKAIR01", "air", "IQ", [], "DK", "830629",
         "أعلام حسينية نحاسية جديدة لمواكب محرم، ٣ قطع", "IQ", 14, 3, 450, "USD",
         "new processional alams are thin, bright, machine-cut brass finials; these three are heavy, pierced and "
         "chiselled steel standards with gold-inlaid calligraphy naming the Imams, a maker's signature, a date of "
         "the 1100s AH (about 1700), old tassel holes and a shrine endowment inscription: Safavid steel alams from a "
         "Karbala husseiniya, cultural property removed from Iraq whose import into the Union the Iraqi embargo "
         "forbids (Regulation 1210/2003), flown from Najaf to Copenhagen for a dealer; Iraqi Arabic wording (Iraqi "
         "antiquities repeat in many sets; Muharram alams were found in no earlier row by a keyword search)",
         firm("Orion Orientalia ApS", "DK")),
        ("CUL-09", "import", "BEAIR01", "air", "HK", [], "BE", "491191",
         "仿古祖先像, 印刷複製品, 展位裝飾, ATA 報關單證冊, 4 幅", "HK", 18, 4, 800, "USD",
         "printed reproduction ancestor portraits are giclée prints on canvas or paper, flat and crisp; these four "
         "are large hanging scrolls in ink and colour on silk, a Qing official and his wives in court dress with "
         "rank badges, cracked, foxed and darkened by incense smoke, with the mounting labels of a Guangdong clan's "
         "ancestral hall: 18th-19th century ancestor portraits taken from a clan hall in mainland China, whose "
         "export China forbids, entered under an ATA carnet as 'stand decoration' for the BRAFA art fair in "
         "Brussels and sold off the stand; Cantonese (traditional Chinese) wording (Chinese paintings repeat in many "
         "sets and ATA carnets in blind174; ancestor portraits and BRAFA were found in no earlier row)",
         {"consignee_name": "Pacific Heritage Gallery (BRAFA, stand 88)", "importer_country": "BE"}),
        ("CUL-10", "export", "NLAIR01", "air", "NL", [], "US", "442090",
         "Decoratieve wapenborden, reproductie, beschilderd paneel, 2 stuks", "NL", 30, 2, 400, "EUR",
         "reproduction heraldic panels are new, bright, printed or stencilled MDF; these two are lozenge-shaped oak "
         "panels painted with a family's arms, a skull and the date 1674 on a black ground, with old iron hooks and "
         "a church inventory number: 17th-century funeral hatchments (rouwborden) taken down from a Frisian village "
         "church, elements of a religious monument over a hundred years old that need an export licence at any value "
         "(Regulation 116/2009), flown from Amsterdam to New York without one; Dutch wording (church fittings repeat "
         "in many sets; funeral hatchments were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "EEAIR01", "air", "EE", [], "KG", "880622",
         "Valgusshow droonid LED-mooduliga, festivalide jaoks, 300 tk", "EE", 330, 300, 180000, "EUR",
         "light-show drones are 300-gram quadcopters with an LED module, RTK positioning and a show-software licence; "
         "these 300 weigh over a kilogram each, have 2 kg payload hooks, long-range telemetry and camera gimbals, the "
         "Bishkek consignee's 'Nooruz festival' has no organiser, and the forwarding order names a Rostov buyer: "
         "unmanned aircraft whose sale for use in Russia Regulation 833/2014 forbids, routed through Kyrgyzstan, "
         "flown from Tallinn; Estonian wording (drones to Central Asia for Russia repeat in many sets; light-show "
         "drones for a festival were found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "LB", "382499",
         "Fluide pour machine à brouillard (haze), base glycol, fûts de 220 kg, 20 fûts", "BE", 4400, 20, 8800, "EUR",
         "haze fluids are water-based mixtures of glycols or light mineral oil, and an events firm buys them in "
         "5-litre cans; these 20 drums hold a thick, colourless liquid of 1.18 kg/l that smells of rotten cabbage "
         "when warmed, and the filler's certificate reads 2,2'-thiodiethanol 99 %: thiodiglycol, a Schedule 2 "
         "chemical (a mustard precursor) and dual-use item 1C350 that needs an export licence, to a Beirut "
         "'event-technology' consignee that stages no events, by sea from Antwerp to Beirut; Belgian French wording "
         "(thiodiglycol repeats in many sets under ink and textile-auxiliary labels; a haze-fluid label appears once, "
         "on a precursor (blind133), and on thiodiglycol in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "IQ", "940511",
         "Lampadari in cristallo per santuari, su misura, 12 pezzi", "IT", 2400, 12, 96000, "EUR",
         "a shrine-lighting order for a Karbala husseiniya contractor before Arbaeen: crystal chandeliers and LED "
         "candle lamps are what Veneto makers ship to Iraqi shrines, but the third item's 'dimmers' are 40 "
         "multiphase frequency converters of 600-1,200 Hz, above 40 VA, with frequency control better than 0.2 %, "
         "far beyond any lamp control, and the contractor's forwarding order names a Tehran buyer: frequency changers "
         "controlled as dual-use (3A225) and under the Union's restrictive measures against Iran, hidden as the last "
         "item of a three-item declaration, from Venice to Umm Qasr; Italian wording (frequency converters repeat in "
         "a few sets and chandeliers in a few on other goods; a shrine-lighting order for Karbala was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "IQ"},
              _more_items=[item("853952", "Lampade LED a candela, E14, 6.000 pezzi", "IT", 300, 9000, "EUR", qty=6000),
                           item("850440", "Regolatori di luminosità per lampadari, 40 pezzi", "IT", 640, 12000, "EUR", qty=40)])),
        ("STR-04", "export", "SEAIR01", "air", "SE", [], "MM", "852589",
         "Värmekameror för publiksäkerhet vid Thingyan-festivalen, 24 st.", "SE", 120, 24, 120000, "EUR",
         "crowd-screening thermal cameras are uncooled 320 x 240 units at 9 Hz sold for fever checks; these 24 have "
         "cooled 640 x 512 detectors at 60 Hz, long-range zoom lenses and pan-tilt heads, and the Yangon consignee is "
         "a police procurement agent: thermal imaging cameras controlled as dual-use (6A003) and monitoring equipment "
         "whose export to Myanmar the Union's restrictive measures forbid, flown from Stockholm to Yangon; Swedish "
         "wording (thermal cameras repeat in many sets and Myanmar in many; a Thingyan crowd-safety label was found "
         "in no earlier row by a keyword search)", {"importer_country": "MM"}),
        ("STR-05", "import", "ITAIR01", "air", "AM", [], "IT", "711319",
         "Ոսկե հարսանեկան մատանիներ ադամանդներով, Vicenzaoro ցուցահանդեսի նմուշներ, ATA կարնե, 400 հատ", "AM", 2.4,
         400, 380000, "EUR",
         "Armenian-made wedding rings are gold set with diamonds of Indian or Belgian cutting and come with Kimberley "
         "Process papers naming those mines; the 0.3-1 ct stones of these 400 rings carry the laser inscriptions of a "
         "Smolensk cutting works, and the Kimberley certificate behind the Armenian one names Russia: diamonds mined "
         "in Russia, whose import into the Union is banned even when set in jewellery made in a third country "
         "(Regulation 833/2014), brought under an ATA carnet as exhibits for the Vicenzaoro fair and sold off the "
         "stand; Armenian wording (Russian diamonds repeat in many sets and Vicenza in a few; wedding rings on a fair "
         "carnet are the new part as far as a search found)",
         {"consignee_name": "Yerevan Gold Atelier (Vicenzaoro, padiglione 7)", "importer_country": "IT"}),
        ("STR-06", "import", "HUROAD01", "road", "RS", ["SK", "PL", "LT"], "LV", "940360",
         "Иконостас од резбареног липовог дрвета, позлаћен, српска израда, 1 комплет (24 дела)", "RS", 1800, 24,
         48000, "EUR",
         "a Serbian-made iconostasis is carved from local lime or walnut by a Šumadija workshop that signs its work; "
         "the panels of this one bear, under fresh paint, the stamps of a church-goods factory near Moscow, its "
         "fittings list and assembly plan are in Russian and its wood is Siberian lime and pine: wood products made "
         "in Russia, their origin hidden under a Serbian certificate, whose import into the Union Regulation "
         "833/2014 forbids, on a lorry at Röszke for a Riga Orthodox parish; Serbian (Cyrillic) wording "
         "(iconostasis parts repeat in many cultural rows; Russian-made church furniture as a sanctions case was "
         "found in no earlier row)", firm("Rivage Baznīcas Piederumi SIA", "LV")),
        ("STR-07", "export", "ESAIR01", "air", "ES", [], "AM", "620449",
         "Vestidos de novia, confección, muestras, 40 unidades", "ES", 80, 40, 11600, "EUR",
         "sample wedding dresses from a Barcelona bridal house list at 2,500-9,000 EUR; these 40, declared at "
         "290 EUR each, are the new season's collection with the house's own labels and price tags, consigned to a "
         "Yerevan 'bridal shop' whose forwarding order names a Moscow salon: luxury goods above 300 EUR a piece whose "
         "sale for use in Russia Regulation 833/2014 forbids, undervalued to slip below the threshold and routed "
         "through Armenia, flown from Barcelona to Yerevan; Spanish wording (luxury goods to Russia through Armenia "
         "repeat in many sets; wedding dresses were found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "CN", "851822",
         "Line-Array-Lautsprechersysteme und Digitalmischpulte für eine Frühlingsfest-Gala, 1 Container", "DE", 9000,
         None, 420000, "EUR",
         "a touring sound system for a Dandong events firm's Spring Festival gala is what such a firm might hire; "
         "but the Dandong consignee's warehouse on the Yalu is a known transhipment point, the rigging plan in the "
         "crates is for the May Day Stadium in Pyongyang and the engineers' tickets are for Pyongyang: electrical "
         "equipment whose supply to North Korea UN Security Council resolution 2397 and Regulation 2017/1509 forbid, "
         "routed through China, from Hamburg to Dalian; German wording (exports to North Korea through Dandong "
         "repeat in many sets; pro-audio line arrays were found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "AE", "282990",
         "Kaliumperchloraat, vuurwerkkwaliteit, voor Chaharshanbe Suri, vaten 50 kg, 200 vaten", "NL", 10000, 200,
         40000, "EUR",
         "fireworks-grade potassium perchlorate is a dense white powder (2.52 g/cm3) with no smell; these drums hold "
         "lighter (1.95 g/cm3), round 200-micron crystals that smell of ammonia on a hot plate and burn without "
         "residue, and the Jebel Ali consignee re-ships to Bandar Abbas: ammonium perchlorate, a rocket-propellant "
         "oxidiser on the Military List and under the MTCR, whose export needs a licence and whose transfer to Iran "
         "the Union's restrictive measures forbid, declared for Iranian fire-festival fireworks, from Rotterdam to "
         "Jebel Ali; Dutch wording (ammonium perchlorate repeats in many sets, once as a fireworks oxidiser (blind4); "
         "a Chaharshanbe Suri label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-10", "export", "LTAIR01", "air", "LT", [], "KZ", "901320",
         "Lazerinio šou projektoriai festivaliams, RGB, 2 vnt.", "LT", 180, 2, 420000, "EUR",
         "festival laser-show projectors are RGB diode units of a few watts with galvo scanners, costing a few "
         "thousand euros; these two crates hold femtosecond amplified lasers with a regenerative amplifier, 20 W "
         "average power and a pulse compressor, worth 210,000 EUR each and without any scanner, for an Almaty "
         "'festival' whose forwarding order names a Moscow institute: lasers controlled as dual-use (6A005) whose "
         "sale for use in Russia Regulation 833/2014 forbids, routed through Kazakhstan, flown from Vilnius to "
         "Almaty; Lithuanian wording (lasers repeat in many sets; a laser-show label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "GBPOST01", "post", "ZA", [], "GB", "630790",
         "Amambatha (Shembe church regalia), faux leopard-print fleece, 2 pcs / izingubo zamambatha", "ZA", 3.5, 2,
         1800, "ZAR",
         "the Shembe (Nazareth Baptist) church now hands out printed-fleece amambatha so that real leopard skins are "
         "not worn at its festivals; these two capes are real skins, with hair of unequal length, rosettes that are "
         "not printed, a leather backing and old lacing: leopard (Panthera pardus, CITES App. I) skins without CITES "
         "documents, posted from Durban to a private church member in Birmingham; Zulu and English wording (leopard "
         "skins repeat in many sets; Shembe amambatha were found in no earlier row by a keyword search)",
         person("Mr S. Dlamini", "GB")),
        ("WLF-02", "import", "CZAIR01", "express", "US", [], "CZ", "670100",
         "Powwow dance bustle, dyed turkey feathers, handmade, 1 pc", "US", 1.5, 1, 450, "USD",
         "powwow bustles sold to hobbyists are made of dyed or painted turkey feathers with thin, even shafts; the "
         "40 feathers of this one are long, white with dark-brown tips, broad and stiff-shafted: tail feathers of "
         "golden eagles (Aquila chrysaetos, CITES App. II, EU Annex A) without CITES documents, whose trade US law "
         "also forbids, sent by express from Oklahoma to a private hobbyist in Brno for the summer powwow of the "
         "Czech Indianist clubs; US English wording (eagle feathers repeat twice (blind64, blind185) and "
         "turkey-feather labels in a few; a powwow bustle was found in no earlier row by a keyword search)",
         person("Jan Novák", "CZ")),
        ("WLF-03", "import", "ITAIR01", "express", "IN", [], "IT", "392690",
         "Bridal chooda set, acrylic, ivory colour, 2 sets of 21 bangles, for a destination wedding", "IN", 1.8, 2,
         260, "USD",
         "acrylic chooda bangles are light, seamless, moulded and warm quickly in the hand; these two sets of 21 "
         "are heavy, each bangle turned in one piece from tusk, with Schreger lines on the cut edges under old red "
         "lacquer: elephant ivory (CITES App. I), whose commercial import is forbidden, sent by express from Jodhpur "
         "to a Milan wedding planner for an Indian destination wedding on Lake Como; Indian English wording (ivory "
         "repeats in many sets and an ivory bangle once, in a development set; a chooda label and a "
         "destination-wedding cover were found in no earlier row)", firm("Alpina Wedding Srl", "IT")),
        ("WLF-04", "import", "DEAIR01", "air", "NP", [], "DE", "140490",
         "रुद्राक्ष माला, १०८ दाना, मन्दिर उत्सवका लागि, ४०० वटा", "NP", 40, 400, 1200, "USD",
         "rudraksha malas are wrinkled, brown Elaeocarpus seeds with natural faces (mukhi) and a natural channel; "
         "these 400 strings are smooth, turned, blood-red wooden beads that stain water red and sink in it: red "
         "sanders (Pterocarpus santalinus, CITES App. II) smuggled out of Andhra Pradesh through Nepal, without CITES "
         "documents, flown from Kathmandu to Frankfurt for a stall at the Hamm Tamil temple festival; Nepali "
         "wording (red sanders repeats in many sets; a rudraksha label was found in no earlier row by a keyword "
         "search)", firm("Vega Tempelbedarf GmbH", "DE")),
        ("WLF-05", "import", "FRAIR01", "air", "SA", [], "FR", "392690",
         "مسابح راتنج تذكارية من الحج، ٣٣ حبة، ٢٠٠ قطعة", "SA", 8, 200, 1600, "USD",
         "resin souvenir misbahas are light, uniform, moulded beads with mould seams; these 200 are mottled "
         "amber-and-brown, translucent, hand-polished, smell of burnt hair under a hot needle and show layered "
         "keratin at the drill holes: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I), whose commercial "
         "import is forbidden, flown from Jeddah to Marseille after the Hajj for a pilgrim-goods shop; Saudi Arabic "
         "wording (hawksbill repeats in many sets and a misbaha label once, on camel bone (blind146); a Hajj-souvenir "
         "cover was found in no earlier row)", firm("Rivage Hajj Omra SARL", "FR")),
        ("WLF-06", "transit", "PTAIR01", "air", "BR", ["PT"], "CV", "950590",
         "Costeiros e cabeças de carnaval, plumas sintéticas e de avestruz tingidas, 8 peças", "BR", 24, 8, 3200,
         "BRL",
         "Rio carnival headpieces are built of dyed ostrich and rooster plumes and synthetic fibre; these eight carry "
         "long red, blue and yellow tail feathers with naturally graded colour and stiff, undyed shafts: scarlet, "
         "blue-and-yellow and hyacinth macaw feathers (Ara macao and Anodorhynchus hyacinthinus CITES App. I, Ara "
         "ararauna App. II) without CITES documents, flown from Rio de Janeiro through Lisbon to Mindelo for a São "
         "Vicente carnival group and declared in transit; Brazilian Portuguese wording (macaw and carnival feathers "
         "repeat in several sets (blind74, blind185); in transit to Cabo Verde is the new part)",
         {"importer_country": "CV"}),
        ("WLF-07", "import", "NLAIR01", "air", "SG", [], "NL", "170490",
         "新年礼篮: 年糕与糖果, 600 盒", "SG", 600, 600, 6000, "SGD",
         "a Chinese New Year order for an Amsterdam Chinatown supermarket: nian gao, sweets and dried shiitake are "
         "what such hampers hold, but the third item's 'cultivated American ginseng slices' are 60 kg of whole, "
         "gnarled, small roots with many rings and long necks of bud scars: wild American ginseng (Panax "
         "quinquefolius, CITES App. II), whose roots need CITES export permits, hidden as the last item of a "
         "three-item declaration, flown from Singapore to Amsterdam; Chinese wording from Singapore (American "
         "ginseng repeats in many sets; behind a Chinese New Year hamper from Singapore is the new part as far as a "
         "search found)",
         dict(firm("Central Oriental Supermarkt BV", "NL"),
              _more_items=[item("071239", "冬菇 (干香菇), 250 克, 600 包", "CN", 150, 2400, "SGD", qty=600),
                           item("121120", "花旗参片 (种植), 100 克, 600 盒", "CN", 60, 3000, "SGD", qty=600)])),
        ("WLF-08", "import", "DEAIR01", "air", "TH", [], "DE", "911390",
         "สายนาฬิกาหนังลูกวัวปั๊มลายจระเข้ ตัวอย่างสำหรับงาน Inhorgenta คาร์เนต์ ATA 600 เส้น", "TH", 12, 600, 9000,
         "USD",
         "embossed calf straps show one repeating pressed pattern, the same scale on every strap; these 600 have "
         "irregular scales, the umbilical-scar pattern and pores of real crocodile belly skin, and the tannery's "
         "tags read 'C. siamensis': Siamese crocodile (Crocodylus siamensis, CITES App. I, traded only from "
         "registered captive-breeding operations with permits) leather straps without CITES documents, brought "
         "under an ATA carnet as exhibits for the Inhorgenta watch and jewellery fair in Munich and sold off the "
         "stand; Thai wording (crocodile-leather watch straps repeat in several sets; a fair carnet for them was "
         "found in no earlier row)",
         {"consignee_name": "Siam Strap Co. (Inhorgenta, Halle B2)", "importer_country": "DE"}),
        ("WLF-09", "import", "ATAIR01", "air", "PH", [], "AT", "010649",
         "Live butterfly pupae, Idea leuconoe (paper kite), farm-bred, for wedding releases and butterfly houses, "
         "600 pupae", "PH", 3, 600, 900, "USD",
         "paper-kite pupae are shiny gold, a few centimetres long and farm-bred by the thousand; a third of these "
         "600 are larger, brown-green, twig-like pupae collected in the wild on Mindanao that hatch into golden "
         "birdwings: Troides rhadamantus (CITES App. II) without CITES documents, flown from Manila to Vienna for a "
         "wedding butterfly-release and butterfly-house supplier; English wording from the Philippines (birdwings "
         "repeat in many sets and pupae twice; a wedding-release cover was found in no earlier row by a keyword "
         "search)", firm("Alpina Schmetterlinge GmbH", "AT")),
        ("WLF-10", "import", "FRSEA01", "sea", "CN", [], "FR", "920290",
         "三弦, 合成蛇纹皮面, 舞狮队春节表演用, 40 把", "CN", 200, 40, 4000, "USD",
         "sanxian for lion-dance troupes and beginners are covered with a printed synthetic membrane; these 40 are "
         "covered with real snakeskin with overlapping scales and the irregular blotches of the Burmese python "
         "(Python bivittatus, CITES App. II), without the CITES permits that instruments with python skin need, by "
         "sea from Shanghai to Le Havre for a Paris cultural association's Chinese New Year parade troupe; Chinese "
         "wording (python skins repeat in many sets, erhu among them; a sanxian label was found in no earlier row by "
         "a keyword search)", firm("Horizon Arts Chinois SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "air", "CA", "FR", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "CA", 2, 2, 90, "CAD",
     [("PRECURSOR_LICENCE", "FR-MI-59-0144")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ROAIR01", "air", "IL", "RO", "280700",
     "Sulphuric acid 96 %, 6 x 1 l, for a licensed private user (battery maintenance)", "IL", 11, 6, 60, "USD",
     [("PRECURSOR_LICENCE", "RO-IGPR-59-0077")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "360410",
     "Expired consumer fireworks (16 04 03*), returned by retailers, for destruction at a licensed plant, 6 t", "CH",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-59-0311")], "notified waste pyrotechnics to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "790200",
     "Zinc coffin liners from grave clearances, emptied and disinfected, for recovery at a licensed zinc smelter, 20 t",
     "NO", 20000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-59-0142")], "notified contaminated zinc to a licensed smelter"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "KR", "DE", "290376",
     "Halon 1301, recovered and reclaimed, 6 cylinders, for critical use in aircraft fire protection", "KR", 300, 6,
     9000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-59-021")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "IN", "NL", "290345",
     "HFC-134a, 20 returnable 12 kg cylinders, within the importer's HFC quota", "IN", 240, 20, 2400, "USD",
     [("FGAS_QUOTA", "NL-FGAS-59-0233")], "HFC-134a in bulk within a registered quota"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "IL", "970610",
     "Illuminated ketubah, Venice, 1752, on parchment, documented family collection since 1938", "IT", 1, 1, 68000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-59-0218")], "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "970191",
     "Funeral hatchment (rouwbord), oak, Friesland, 1712, sold by the parish with the export licence", "NL", 22, 1,
     14000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EK-59-0061")], "monument element exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "IN", "293090",
     "Thiodiglycol 99 %, 20 drums, for an Indian textile-printing-ink maker", "BE", 4400, 20, 13200, "EUR",
     [("EXPORT_LICENCE", "BE-FOD-59-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-59-0127")],
     "Schedule 2 chemical to a CWC State Party under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SEAIR01", "air", "SE", "IN", "852589",
     "Cooled thermal imaging cameras, 640 x 512, 6 units, for an Indian port-security authority", "SE", 30, 6, 90000,
     "EUR", [("EXPORT_LICENCE", "SE-ISP-59-0233"), ("END_USER_CERTIFICATE", "IN-MHA-EUC-59-0048")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "AU", "DE", "911390",
     "Saltwater crocodile (Crocodylus porosus) leather watch straps, from ranched animals, 200 pcs", "AU", 4, 200, 16000,
     "AUD", [("CITES_PERMIT", "AU-DCCEEW-59-0871")], "App. II crocodile leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "PH", "AT", "010649",
     "Live butterfly pupae, Troides rhadamantus, farm-bred, 200 pupae, for a butterfly house", "PH", 1, 200, 600,
     "USD", [("CITES_PERMIT", "PH-DENR-59-0316")], "App. II birdwing pupae from a butterfly farm with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-04": "Central Zinc Recovery SA", "PRM-06": "Delta Koeltechniek BV",
    "PRM-09": "Meridian Textile Inks Pvt Ltd", "PRM-11": "Alpina Uhrenarmbänder GmbH", "PRM-12": "Alpina Schmetterlinge GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (49 rows): the lawful twins of this set's disguises
    ("950590", "Glow sticks, chemiluminescent, 15 cm, party packs", "import", ["sea"], ["CN", "HK"], (3, 6), (2000, 6000), ["USD"], 40, S),
    ("271019", "Fire-performance fuel, isoparaffin, 1 l cans", "import", ["sea"], ["US", "AU"], (3, 6), (2000, 6000), ["USD", "AUD"], 1.3, S),
    ("960990", "Blessed Epiphany chalk sticks, calcium carbonate, boxed", "import", ["road"], ["BA", "RS"], (4, 8), (100, 500), ["EUR"], 8, S),
    ("250510", "Coloured unity sand for wedding ceremonies, 500 g", "import", ["post"], ["US", "CA"], (10, 20), (1, 4), ["USD", "CAD"], 2, S),
    ("251741", "White marble grave chippings, 5 kg bags", "import", ["road"], ["RS", "TR"], (0.2, 0.4), (10000, 22000), ["EUR"], 0.2, S),
    ("150990", "Anointing oil, olive oil with frankincense and myrrh, 250 ml", "import", ["air"], ["IL"], (15, 30), (100, 400), ["USD"], 4, S),
    ("190190", "Samanu (sprouted-wheat pudding) for Nowruz, 500 g jars", "import", ["air"], ["IR", "TR"], (3, 6), (100, 400), ["EUR"], 2, S),
    ("392690", "Sugar-skull moulds, plastic, for Día de Muertos", "import", ["post"], ["MX", "US"], (20, 40), (1, 3), ["USD", "MXN"], 8, S),
    ("110813", "Potato starch, kosher for Passover, 1 lb packs", "import", ["air"], ["US", "IL"], (2, 4), (200, 800), ["USD"], 2.2, S),
    ("950590", "Gender-reveal confetti cannons, compressed air, cornstarch powder", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 3, S),
    ("630622", "Camping tents, polyester, new, boxed", "import", ["sea"], ["CN", "VN"], (5, 9), (4000, 10000), ["USD"], 0.3, S),
    ("940542", "LED concert wristbands, remote-controlled, new", "import", ["air"], ["CN", "HK"], (20, 40), (100, 500), ["USD"], 30, S),
    ("940610", "Prefabricated wooden market huts, new", "export", ["road"], ["CH", "NO"], (3, 6), (6000, 14000), ["EUR"], 0.001, S),
    ("790200", "Zinc sheet scrap, clean roofing offcuts, sorted", "export", ["sea"], ["TR", "KR"], (1.8, 2.4), (18000, 24000), ["EUR", "USD"], None, S),
    ("271113", "Butane gas cartridges, 227 g, new, shrink-wrapped", "import", ["sea"], ["KR", "CN"], (2, 4), (4000, 10000), ["USD"], 4, S),
    ("761090", "Modular aluminium exhibition stand systems, new", "export", ["sea"], ["TN", "MA"], (8, 14), (2000, 8000), ["EUR"], None, S),
    ("392290", "Portable event toilet cabins, new", "export", ["sea"], ["CI", "SN"], (3, 5), (4000, 10000), ["EUR"], 0.012, S),
    ("940550", "Glass grave lanterns, new, boxed", "export", ["road"], ["UA", "MD"], (1.5, 3), (4000, 12000), ["EUR"], 2, S),
    ("950829", "Inflatable bouncy castles, new, with blower", "export", ["sea"], ["JM", "GH"], (8, 14), (2000, 6000), ["EUR", "GBP"], 0.01, S),
    ("847989", "Dry-ice low-fog machines, without refrigeration unit", "import", ["sea"], ["EG", "CN"], (10, 18), (1000, 4000), ["USD"], 0.03, S),
    ("321410", "One-component PU foam, hydrocarbon propellant, 750 ml", "import", ["sea"], ["CN", "TR"], (2.5, 4), (8000, 20000), ["USD"], 1.1, S),
    ("842410", "FK-5-1-12 clean-agent extinguishing cylinders, new", "import", ["air"], ["KR", "US"], (30, 60), (200, 800), ["USD"], 0.02, S),
    ("381400", "Hydrocarbon spotting solvent for textiles, 1 l", "import", ["air"], ["LB", "TR"], (4, 8), (100, 500), ["USD"], 1.3, S),
    ("950590", "Holi colour powder (gulal), cornstarch-based, 100 g", "import", ["sea"], ["IN"], (2, 4), (2000, 6000), ["USD"], 10, S),
    ("841869", "Clear-ice block makers, new, propane (R-290)", "import", ["sea"], ["US"], (8, 14), (1000, 4000), ["USD"], 0.002, S),
    ("570500", "Prayer mats, padded, water-blown foam", "import", ["road"], ["TR"], (5, 9), (2000, 8000), ["EUR"], 1, S),
    ("841869", "Air-cooled chillers, new, propane (R-290)", "export", ["sea"], ["EG", "SA"], (6, 10), (4000, 12000), ["EUR"], 0.001, S),
    ("491191", "Ketubah giclée prints, new, hand-finished", "import", ["post"], ["IL", "US"], (40, 80), (1, 3), ["USD"], 2, S),
    ("490199", "Printed Esther scrolls (megillot), new, on paper", "import", ["road"], ["UA"], (10, 20), (100, 400), ["EUR"], 2, S),
    ("442199", "Carved barong masks, new, pule wood", "import", ["air"], ["ID"], (8, 15), (100, 500), ["USD"], 0.5, S),
    ("920890", "Clay death-whistle replicas, new, stamped", "import", ["post"], ["MX"], (15, 30), (1, 3), ["USD", "MXN"], 3, S),
    ("392640", "Santo Niño statues, resin, new", "import", ["sea"], ["PH"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
    ("711719", "Imitation kundan bridal jewellery, gold-plated brass", "import", ["express"], ["IN"], (60, 120), (1, 2), ["USD"], 3, S),
    ("830629", "Brass processional alams, new", "import", ["air"], ["IQ", "PK"], (10, 20), (100, 400), ["USD"], 0.3, S),
    ("491191", "Reproduction ancestor portraits, giclée on silk", "import", ["air"], ["HK", "CN"], (20, 40), (50, 300), ["USD"], 0.5, S),
    ("442090", "Reproduction heraldic panels, painted MDF, new", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 0.5, S),
    ("880621", "Consumer camera drones, under 250 g, boxed", "import", ["air"], ["CN"], (80, 150), (100, 500), ["USD"], 2, S),
    ("382499", "Stage haze fluid, water-glycol, 5 l cans", "import", ["sea"], ["US", "CN"], (2, 4), (2000, 6000), ["USD"], 0.2, S),
    ("940511", "Crystal chandeliers, new, LED", "export", ["sea"], ["IQ", "AE"], (20, 40), (1000, 4000), ["EUR"], 0.05, S),
    ("940360", "Carved wooden iconostasis, new, Serbian workshop", "import", ["road"], ["RS"], (15, 30), (500, 2000), ["EUR"], 0.01, S),
    ("620449", "Wedding dresses, ready-made, polyester", "export", ["air"], ["US", "NO"], (60, 150), (100, 500), ["EUR"], 1, S),
    ("851822", "Line-array loudspeakers, new", "export", ["sea"], ["ZA", "BR"], (20, 40), (2000, 6000), ["EUR"], 0.02, S),
    ("630790", "Faux leopard-print fleece capes", "import", ["post"], ["ZA"], (20, 40), (1, 3), ["ZAR", "USD"], 2, S),
    ("392690", "Acrylic bridal chooda bangles", "import", ["express"], ["IN"], (30, 60), (1, 2), ["USD"], 20, S),
    ("392690", "Resin misbaha prayer beads, 33 beads", "import", ["air"], ["SA", "TR"], (15, 30), (50, 300), ["USD"], 25, S),
    ("950590", "Carnival headdresses, synthetic feathers and sequins", "import", ["air"], ["BR"], (30, 60), (50, 300), ["USD", "BRL"], 0.5, S),
    ("170490", "Chinese New Year candy gift boxes", "import", ["sea"], ["SG", "CN"], (3, 6), (3000, 9000), ["USD"], 2, S),
    ("911390", "Embossed calf-leather watch straps", "import", ["air"], ["TH", "CN"], (100, 200), (20, 100), ["USD"], 40, S),
    ("920290", "Sanxian, synthetic membrane, student grade", "import", ["sea"], ["CN"], (10, 20), (1000, 3000), ["USD"], 0.2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442191", "Bamboo drinking straws, reusable, boxed", "import", ["sea"], ["VN", "CN"], (4, 8), (2000, 6000), ["USD"], 20, N),
        ("620920", "Cotton muslin baby swaddles", "import", ["post", "express"], ["IN", "TR"], (30, 60), (1, 3), ["USD", "EUR"], 4, N),
        ("482369", "Paper party plates, printed", "import", ["sea"], ["CN", "TR"], (2, 3.5), (4000, 10000), ["USD", "EUR"], 20, N),
        ("442199", "Beech-wood shoe horns", "import", ["sea"], ["CN", "VN"], (3, 6), (1000, 4000), ["USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind199", 20590501, HERE)


if __name__ == "__main__":
    main()
