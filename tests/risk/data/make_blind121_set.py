#!/usr/bin/env python3
"""Writes the hundred-and-twenty-first blind set (tests/risk/data/blind121-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2046, with goods, routes,
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
animal origin, animal by-products, plant-protection products) appear only in the
permitted rows, with their document, or not at all, and goods whose importer must hold an
authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL121-*:

    python3 tests/risk/data/make_blind121_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2046, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2046
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEPOST01", "post", "CA", [], "BE", "220299",
         "Eau d'érable pure, non sucrée, de l'Érablière du Témiscouata, 12 x 1 L", "CA", 13.6, 12, 72, "CAD",
         "maple water is the thin, faintly sweet sap of the sugar maple, 1.01 kg/l, sold in cartons that bulge once "
         "opened because it ferments; these twelve bottles hold a water-clear liquid of 1.13 kg/l with no sugar and "
         "no taste of wood, behind vented caps, that whitens and stings the skin and fizzes on a cut: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), posted from Rivière-du-Loup to a private person in Namur; Québec "
         "French wording (hydrogen peroxide repeats in many sets and water-like drink covers in several, birch sap "
         "among them (blind112); maple-syrup labels appear only on evaporator cleaners (blind97, blind103) and a "
         "maple-water label was found in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("PRE-02", "import", "GBAIR01", "air", "IN", [], "GB", "220190",
         "गंगाजल, हरिद्वार से, सीलबंद डिब्बे 1 लीटर, 600 डिब्बे", "IN", 720, 600, 900, "USD",
         "sealed Gangajal cans hold river water from Haridwar for household worship, 1.00 kg/l, sold at a pound or "
         "two; these 600 cans weigh 1.20 kg a litre, their seams are re-crimped, their contents are water-clear, "
         "bleach a cloth and foam on rust, and the filler's drums that came with them read 'H2O2 50 %', for a "
         "Leicester puja-goods wholesaler that sells to temple shops and the public: hydrogen peroxide above 12 %, "
         "a regulated explosives precursor that members of the public may only buy with a licence (Poisons Act "
         "1972), flown from Delhi; Hindi wording (hydrogen peroxide repeats in many sets and religious water, "
         "Zamzam water (blind120), once; a Ganga-water label was found in no earlier precursor row by a keyword "
         "search)", firm("Shree Ganesh Puja Supplies Ltd", "GB")),
        ("PRE-03", "import", "ATAIR01", "express", "MY", [], "AT", "391000",
         "Minyak silikon untuk penyerap hentak kereta RC, 500 cSt, 10 botol x 500 ml", "MY", 5.7, 10, 250, "MYR",
         "silicone shock oil for radio-controlled cars is a thick, clear oil of 0.97 kg/l that feels like syrup "
         "between the fingers and does not mix with water; these ten bottles hold a thin, runny liquid of 1.14 kg/l "
         "with a faint fruity smell that partly mixes with water, and the re-used bottles' original stickers read "
         "'nitro fuel additive': nitromethane (Annex I above 16 %), sent by express from Penang to a private "
         "person in Linz who races nitro cars, although flammable liquids travel by express only as declared "
         "dangerous goods; Malay wording (nitromethane repeats in many sets, often with RC and glow-fuel covers; "
         "a silicone-shock-oil label was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-04", "import", "BGROAD01", "road", "AZ", ["GE", "TR"], "BG", "080222",
         "Fındıq ləpəsi, qovrulmamış, Qəbələ, 50 kisə x 25 kq", "AZ", 1250, 50, 5000, "EUR",
         "a Caucasian food lorry for a Sofia delicatessen wholesaler: Qabala hazelnuts and quince jam are what "
         "Azerbaijani exporters send, but the third item's 'akasiya balı' are 800 jars of an oily, colourless "
         "liquid, far heavier than honey (1.84 kg/l against 1.42), that chars a wooden spoon and grows hot with a "
         "drop of water, under lids lined with PTFE: about 96 % sulphuric acid (Annex I above 15 %) retail-packed "
         "for a wholesaler whose shops sell to the public, hidden as the last item of a three-item declaration, on "
         "a lorry from Ganja through Georgia and Türkiye to Kapitan Andreevo; Azerbaijani wording (sulphuric acid "
         "repeats in many sets and syrup covers in several; an acacia-honey label was found in no earlier "
         "precursor row by a keyword search)",
         dict(firm("Vega Kavkaz Foods EOOD", "BG"),
              _more_items=[item("200799", "Heyva mürəbbəsi, 0,5 kq şüşə banka, 1.200 banka", "AZ", 600, 1500, "EUR", qty=1200),
                           item("040900", "Akasiya balı, 1 kq şüşə banka, 800 banka", "AZ", 800, 2400, "EUR", qty=800)])),
        ("PRE-05", "import", "HUAIR01", "air", "CN", [], "HU", "110819",
         "葛根粉 (纯天然, 冲饮), 500克袋装, 6,000 袋", "CN", 3000, 6000, 6000, "USD",
         "kudzu-root powder (gegen fen) is an off-white, slightly grey starch in irregular lumps that turns into a "
         "translucent jelly in hot water; these 6,000 bags hold a bright-white, gritty, crystalline powder that "
         "will not thicken, sinks and dissolves only slowly, spits and flares with sugar on a flame, and whose "
         "inner liners are printed 'KClO4 99 %', for a Budapest Chinese cash-and-carry that sells to the public: "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Chengdu; "
         "Chinese wording (potassium perchlorate repeats in many sets and starch covers in several, arrowroot "
         "(blind112) and tunta among them; a kudzu label was found in no earlier row by a keyword search)",
         firm("Keleti Fény Nagykereskedés Kft.", "HU")),
        ("PRE-06", "import", "IEPOST01", "post", "CA", [], "IE", "283529",
         "TSP heavy-duty cleaner (trisodium phosphate), painters' prep, 4 x 2 kg tubs", "CA", 8, 4, 60, "CAD",
         "trisodium phosphate is a dull-white, chalky powder that turns slippery and strongly alkaline in water "
         "and is sold to painters for washing walls; these four tubs hold clear, glassy crystals that stay neutral "
         "on a pH strip, draw damp, and flash and crackle on a hot pan with sawdust, and the tubs' inner bags are "
         "stamped 'NaClO3 weed killer, 99 %': sodium chlorate (Annex I above 40 %), posted from Ontario to a "
         "private person in Cork; Canadian English wording (sodium chlorate repeats in many sets; TSP appears in "
         "earlier rows only as part of other words, and a trisodium-phosphate label was found in no earlier row by "
         "a keyword search)", person("Ms A. Byrne", "IE")),
        ("PRE-07", "import", "ITROAD01", "road", "CH", [], "IT", "170490",
         "Perlas da zutger alvas per decorar turtas, sacs da 25 kg, 40 sacs", "CH", 1000, 40, 1800, "CHF",
         "white sugar nonpareils are tiny, hard, glossy sugar balls of 1-2 mm that taste sweet and colour nothing; "
         "these forty sacks hold dull-white, porous prills of 2-3 mm that taste salty-bitter, turn ice-cold in "
         "water, test at 34 % N and melt and fume on a hot plate, for a Sondrio baking-supplies web shop that sells "
         "them by the kilo to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of "
         "the public, on a van at Castasegna from the Bregaglia valley; Romansh wording (ammonium nitrate repeats "
         "in many sets and sugar-pearl covers on it (Liège pearl sugar, blind62) in a few, kept as a repeat of the "
         "family; a cake-decorating nonpareil label and Romansh wording were found in no earlier row by a keyword "
         "search)", firm("Alpina Forniture Pasticceria Srl", "IT")),
        ("PRE-08", "import", "DKAIR01", "express", "JP", [], "DK", "110819",
         "本葛粉（吉野本葛）、1kg袋 × 3", "JP", 3, 3, 9000, "JPY",
         "hon-kuzu from Yoshino is a chalky, pure-white starch in small irregular lumps that squeak when crushed and "
         "set into a clear gel when cooked; these three bags hold shiny, flat, tasteless crystals that do not "
         "squeak, do not thicken, pop and flash violet on a hot iron and carry CAS 3811-04-9 on the inner bags: "
         "potassium chlorate (Annex I above 40 %), sent by express from Osaka to a private person in Aarhus; "
         "Japanese wording (potassium chlorate repeats in many sets and starch covers in several; a kuzu label "
         "was found in no earlier row by a keyword search)", person("Mette Jensen", "DK")),
        ("PRE-09", "import", "NLAIR01", "air", "SR", [], "NL", "200931",
         "Limoensap (lemmetjes), puur, ongezoet, flessen 1 liter, 900 stuks", "SR", 1260, 900, 1350, "USD",
         "pure lime juice is cloudy, pale green-yellow, 1.03 kg/l and smells of limes; these 900 bottles hold a "
         "water-clear to faintly yellow liquid of 1.40 kg/l that gives off brown fumes when opened, stains the skin "
         "yellow and eats a copper coin, at 1.50 USD a bottle, for a Rotterdam toko wholesaler whose shops sell to "
         "the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown "
         "from Paramaribo to Schiphol; Surinamese Dutch wording (nitric acid repeats in many sets and juice and "
         "vinegar covers in several; a lime-juice label and Suriname as the origin of a precursor were found in no "
         "earlier row by a keyword search)", firm("Horizon Toko Groothandel BV", "NL")),
        ("PRE-10", "import", "FRPOST01", "post", "IL", [], "FR", "282731",
         "פתיתי מגנזיום מים המלח לאמבטיה, 4 שקיות של 1 קילו", "IL", 4, 4, 60, "ILS",
         "Dead Sea magnesium flakes are white, brittle flakes of magnesium chloride that taste sharply bitter and "
         "melt into brine in damp air; these four bags hold clear, granular crystals that taste of nothing bitter, "
         "and burn brightly when mixed with sugar, and a chemicals distributor's lot label inside reads 'NaClO4 "
         "anhydrous': sodium perchlorate (Annex I above 40 %), posted from Haifa to a private person in Lyon; "
         "Hebrew wording (sodium perchlorate repeats in many sets and salt covers in several, Dead Sea bath salts "
         "and koshering salt (blind44, blind97) among them; a magnesium-flakes label was found in no earlier row by "
         "a keyword search, after a first draft with a kosher-salt label was dropped as too close to blind97)",
         person("M. T. Dubois", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MA", "440910",
         "Taulons de fusta cremada (shou sugi ban) per a revestiment de façanes, 24 t", "ES", 24000, None, 4800,
         "EUR",
         "charred cladding boards are thin, planed, matt-black boards with a crazed 'alligator' skin that smells of "
         "smoke and leaves soot on the fingers; this container holds 260 x 24 x 14 cm beams with bolt holes, chair "
         "imprints and ballast grit, oily, dark brown rather than black and smelling of tar: creosote-treated "
         "railway sleepers from a track renewal in the Vallès (17 02 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Barcelona to Tanger Med for a 'garden landscaper'; Catalan wording "
         "(creosoted sleepers repeat in many sets and Catalan wording in a few strategic rows; a charred-cladding "
         "(shou sugi ban) label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-02", "export", "IESEA01", "sea", "IE", [], "SL", "940290",
         "Hospital beds, used, manual, refurbished, 40 units", "IE", 3200, 40, 4000, "EUR",
         "a charity container for a Freetown mission hospital: used hospital beds and wheelchairs are what Irish "
         "charities send, but the third item's 'medical supplies, in date' are 120 cartons of hospital-pharmacy "
         "returns two to six years past their expiry date, some crushed and leaking, with cytotoxic and "
         "controlled-drug packs among them: waste medicines (18 01 08*, 18 01 09; Basel Y3), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from Dublin "
         "to Freetown; Irish English wording (expired medicines as donations repeat in several sets; behind beds "
         "and wheelchairs to Sierra Leone, under a paracetamol-and-amoxicillin label, is the new part as far as a "
         "search found)",
         dict({"importer_country": "SL"},
              _more_items=[item("871390", "Wheelchairs, used, folding, 60 units", "IE", 900, 1800, "EUR", qty=60),
                           item("300490", "Medical supplies, paracetamol and amoxicillin, in date, donation, 120 cartons", "IE", 1800, 500, "EUR", qty=120)])),
        ("WST-03", "export", "BGSEA01", "sea", "BG", [], "GE", "282110",
         "Слюдест железен оксид (MIO), пигмент за антикорозионни бои, 20 т", "BG", 20000, None, 9000, "EUR",
         "micaceous iron oxide is a dry, dark-grey, glittering powder of flat flakes that pours like sand; these "
         "bags hold damp, grey-white, lumpy paste that smells of acid, weighs far more than its volume allows and "
         "reads 70 % lead on a handheld analyser, from a Plovdiv-area battery breaker: lead-acid battery paste "
         "(16 06 01* residues), hazardous waste whose export to a non-OECD country is banned, from Varna to Poti for "
         "a 'paint maker'; Bulgarian wording (lead-acid battery waste repeats in many sets; a micaceous-iron-oxide "
         "label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-04", "export", "SKROAD01", "road", "SK", [], "UA", "380892",
         "Oxychlorid meďnatý 50 % SC, fungicíd, IBC 1000 l, 20 ks", "SK", 24000, 20, 6000, "EUR",
         "a copper oxychloride fungicide is a pale blue-green, milky suspension with an authorisation number on "
         "its label; these twenty IBCs hold a clear, dark emerald-green liquid that fumes hydrochloric acid, reads "
         "pH below 1 and 120 g/l of dissolved copper, and etches a steel blade, pumped out of the etching lines of "
         "a Košice circuit-board maker: spent acidic cupric chloride etchant (11 01 05*), hazardous waste whose "
         "export to a non-OECD country is banned, on a tanker lorry at Vyšné Nemecké for a 'farm chemicals' buyer "
         "in Uzhhorod; Slovak wording (spent etchants repeat in a few sets, under ferric-chloride labels in "
         "several; a copper-oxychloride fungicide label was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-05", "transit", "NLSEA01", "sea", "NO", ["NL"], "NG", "283919",
         "Natriumsilikatløsning (vannglass), 38 Bé, ISO-tanker, 3 stk", "NO", 60000, 3, 6000, "EUR",
         "water glass is a clear, syrupy, odourless liquid that dries to a glassy film; these three ISO tanks hold "
         "a thin, brown-black liquid that stinks of rotten eggs and mercaptans and gives off hydrogen sulphide when "
         "a drop of acid is added, drained from a Norwegian refinery's LPG caustic washer: spent sulphidic caustic "
         "(05 01 11*), hazardous waste that Norway may not export to a non-OECD country and that the Union lets "
         "through only with a notification, landed at Rotterdam in transit from Mongstad to Onne; Norwegian "
         "wording (spent caustic repeats in a few sets, under caustic-soda labels, and a water-glass label once, on a "
         "precursor (blind49); on a waste transit through Rotterdam it is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-06", "export", "HUROAD01", "road", "HU", [], "RS", "701890",
         "Újrahasznosított üvegszemcse homokfúváshoz, 0,2-0,5 mm, big bag, 22 t", "HU", 22000, None, 1100, "EUR",
         "recycled-glass blasting grit is crushed clear or green bottle glass, light and clean; these bags hold "
         "heavy, brownish glass grit with lumps of black frit seam and grey, phosphor-coated panel glass, that "
         "reads 20 % lead on an analyser, from a Győr monitor-dismantling line: crushed cathode-ray-tube glass "
         "(16 02 15*), hazardous waste whose export to a non-OECD country is banned, on a lorry at Röszke for a "
         "Novi Sad 'sandblasting' firm; Hungarian wording (CRT glass repeats in many sets, as cullet and frit; a "
         "blasting-glass label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "GH", "680620",
         "Exfoliated vermiculite, horticultural grade, 100 l bags, 1,200 bags", "GB", 12000, 1200, 3600, "GBP",
         "horticultural vermiculite is clean, golden, accordion-shaped flakes in printed bags with a grading; these "
         "re-used sacks hold grey-brown, dusty flakes mixed with loft debris, felt, nails and mouse droppings, and "
         "a lab test finds tremolite asbestos fibres, stripped from the lofts of 1960s council houses: "
         "asbestos-containing insulation (17 06 01*), hazardous waste whose export from the United Kingdom to a "
         "non-OECD country is banned, from Felixstowe to Tema for a 'nursery'; British English wording (asbestos "
         "repeats in many sets; vermiculite appears once, as an extinguisher label (blind115), and an asbestos "
         "vermiculite under a horticultural label was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "TG", "830300",
         "Gebruikte kluizen, staal, 24 stuks", "BE", 14400, 24, 4800, "EUR",
         "used safes are solid steel boxes with a combination dial and nothing else inside; these 24 are "
         "decommissioned cash machines with card readers, screens, keypads, receipt printers, circuit boards and "
         "backup batteries, cut from their walls, untested and stacked without packing, from a Flemish bank's "
         "branch closures: waste electrical equipment with hazardous components (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, from Antwerp to Lomé for a 'security equipment' dealer; Flemish "
         "wording (e-waste repeats in every set; cash machines appear once (blind52) and a used-safes label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TG"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "NG", "940549",
         "Brugt scenebelysning, til genbrug, 36 stk.", "DK", 1800, 36, 3600, "EUR",
         "used stage lights for reuse come tested, with lamps removed and a test sheet; these 36 moving-head "
         "fixtures have cracked housings, burnt boards, swollen capacitors and broken metal-halide discharge "
         "lamps still fitted (mercury), thrown together in a container from a Copenhagen theatre-hire firm's "
         "scrap cage, shipped from Aarhus for a Lagos 'film equipment' renter: waste electrical equipment with "
         "hazardous components (16 02 13*), hazardous waste whose export to a non-OECD country is banned; Danish "
         "wording (e-waste to Lagos and Cotonou repeats in many sets, once with Luxembourgish wording; a first "
         "draft in Luxembourgish from Luxembourg was changed as too close to it; a stage-lighting label was found "
         "in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "320890",
         "Boja za cestovne oznake, bijela, na bazi otapala, bačve 200 l, 80 bačava", "HR", 16000, 80, 3200, "EUR",
         "road-marking paint is a uniform, bright-white or yellow paint with a certificate of conformity; these "
         "80 drums hold layered sludge of every colour, skinned, half-hardened and smelling of thinners, with "
         "brushes and rags in them, collected from Zagreb car-body shops: waste paint and varnish containing "
         "organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is banned, on a lorry at "
         "Stara Gradiška for a Banja Luka 'road contractor'; Croatian wording (paint waste repeats in many sets; a "
         "road-marking-paint label was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "280430",
         "Soğuk demleme kahve için gıda sınıfı azot (nitro coffee), 13,6 kg tüp, 120 adet", "TR", 1632, 120,
         3600, "EUR",
         "food-grade nitrogen for nitro cold brew comes in tall, heavy steel cylinders at 200 bar that never "
         "slosh; these 120 are squat, light, non-refillable cans with a liquid that sloshes, 6 bar at 20 °C, and "
         "the maker's 'R-134a' stamp under the new sticker: HFC-134a in non-refillable containers, whose placing on "
         "the market is banned and which needs an HFC quota (Regulation 2024/573), on a lorry at Kapitan Andreevo "
         "for a Sofia coffee-equipment dealer; Turkish wording (HFC-134a and nitrogen labels repeat in many sets; "
         "a nitro-coffee label was found in no earlier row by a keyword search)",
         firm("Delta Kafe Oborudvane EOOD", "BG")),
        ("OZN-02", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382769",
         "R-454C 制冷剂, 10 公斤一次性钢瓶, 1,500 瓶", "CN", 15000, 1500, 45000, "USD",
         "R-454C is a new, mildly flammable blend sold in cylinders with a red band and an A2L mark at about 8 "
         "USD/kg; these 1,500 grey cylinders read 9 bar at 20 °C, carry no flammability mark, and a refrigerant "
         "identifier reads 100 % chlorodifluoromethane: HCFC-22, a controlled ozone-depleting substance moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Koper in transit from "
         "Ningbo to Belgrade; Chinese wording (HCFC-22 repeats in every set under other refrigerant labels; an "
         "R-454C label on a transit through Koper was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("OZN-03", "import", "PLROAD01", "road", "UA", [], "PL", "381400",
         "Антисилікон (знежирювач перед фарбуванням авто), каністри 20 л, 60 шт.", "UA", 1908, 60, 1800, "EUR",
         "a silicone remover for car painters is a light naphtha of 0.75 kg/l that smells of petrol and burns; "
         "these sixty canisters hold a heavy liquid of 1.59 kg/l that does not burn, smells sweet like chloroform "
         "and softens the canisters' seals, and the drum remnants in the van read 'CCl4': carbon tetrachloride, "
         "whose import into the Union is banned outside licensed feedstock and laboratory uses, on a van at "
         "Dorohusk for a Lublin car-paint supplier; Ukrainian wording (carbon tetrachloride repeats in many sets; a "
         "silicone-remover label was found in no earlier row by a keyword search)",
         firm("Orion Lakiery Sp. z o.o.", "PL")),
        ("OZN-04", "import", "HUROAD01", "road", "RS", [], "HU", "842410",
         "Ручни апарати за гашење пожара за комбајне, 6 кг, 200 ком.", "RS", 2400, 200, 3000, "EUR",
         "the extinguishers combine harvesters carry are 6 kg ABC powder units that rattle and have a gauge; these "
         "200 slosh, have no gauge, and their valves are stamped 'хладон 1211': halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned "
         "(Regulation 2024/590), on a lorry at Röszke for a Szeged farm-machinery dealer before harvest; Serbian "
         "wording (halon 1211 repeats in many sets and extinguisher labels in several (ABC powder, blind112); a "
         "combine-harvester label was found in no earlier row by a keyword search)",
         firm("Vega Agrogép Kft.", "HU")),
        ("OZN-05", "import", "ESSEA01", "sea", "IL", [], "ES", "271112",
         "מחסניות פרופאן למבערי עשבים, 680 גרם, 2,400 יחידות", "IL", 1632, 2400, 4800, "USD",
         "propane cartridges for weed burners are light, screw-valve cans that hiss and light at once; these 2,400 "
         "are heavy for their size (1.7 kg/l of content), have a puncture-type top instead of a thread, do not "
         "burn, and 'CH3Br' is embossed on the bottoms: methyl bromide in 680 g soil-fumigation cans, whose import "
         "into the Union is banned, by sea from Ashdod to Almería for a greenhouse-supplies firm that serves "
         "strawberry and pepper growers; Hebrew wording (methyl bromide repeats in many sets, from Israel to Cyprus "
         "under a nitrogen label in blind112; a weed-burner label was found in no earlier row by a keyword search)",
         firm("Rivage Suministros Agrícolas SL", "ES")),
        ("OZN-06", "import", "PTSEA01", "sea", "HK", [], "PT", "841850",
         "二手迴轉壽司輸送帶連冷藏展示櫃, 6 套", "HK", 9000, 6, 18000, "USD",
         "used conveyor-belt sushi counters are sold either without refrigeration or with units on R-290 or "
         "R-404A; these six sets, taken out of a Kowloon restaurant chain, keep their cold display cases charged "
         "and sealed, and every nameplate reads 'R-22, 2.4 kg': equipment containing HCFC-22, whose import into "
         "the Union is banned, by sea from Hong Kong to Lisbon for a sushi chain; Cantonese (traditional Chinese) "
         "wording (R-22 equipment repeats in many sets; a sushi-conveyor label was found in no earlier row by a "
         "keyword search)", firm("Meridian Restauração Lda", "PT")),
        ("OZN-07", "import", "DEPOST01", "post", "US", [], "DE", "732690",
         "Vintage collectible tin cans, empty, 1960s-70s, 12 pcs", "US", 5, 12, 60, "USD",
         "empty collectible cans are light, rusty, with pierced or open tops; these twelve are heavy, unopened "
         "12-oz cans with intact seams and a liquid that sloshes, printed 'Refrigerant-12', bought for a classic "
         "car's air conditioning: dichlorodifluoromethane (CFC-12), whose import into the Union is banned, posted "
         "from Texas to a private person in Bielefeld; US English wording (CFC-12 repeats in many sets, often for "
         "classic cars; a collectible-empty-cans label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("OZN-08", "import", "ITSEA01", "sea", "TN", [], "IT", "730830",
         "Portes de garage sectionnelles isolées, panneaux sandwich mousse PU 40 mm, 60 ensembles", "TN", 9000, 60,
         27000, "EUR",
         "insulated sectional garage doors are steel-skinned panels foamed with pentane or an HFO, with the "
         "blowing agent on the data sheet; these 60 sets' panels, cut open, smell faintly of ether, the maker's "
         "sheet is silent on the blowing agent and a cell-gas test finds 1,1-dichloro-1-fluoroethane: panels blown "
         "with HCFC-141b, products containing an ozone-depleting substance whose import into the Union is banned, "
         "by sea from Radès to Genoa for a door installer; Tunisian French wording (HCFC-141b foams repeat in many "
         "sets, as cold-store panels and truck bodies; a garage-door label was found in no earlier row by a keyword "
         "search)", firm("Orion Porte Srl", "IT")),
        ("OZN-09", "import", "ITSEA01", "sea", "BD", [], "IT", "271019",
         "হাইড্রোকার্বন ড্রাই-ক্লিনিং দ্রাবক (KWL), ২০০ লিটার ড্রাম, ১২টি", "BD", 3744, 12, 4800, "USD",
         "a hydrocarbon dry-cleaning solvent is a light, nearly odourless paraffin of 0.77 kg/l with a flash point "
         "on the label; these twelve drums hold a heavy liquid of 1.56 kg/l that does not burn, boils at 48 °C and "
         "smells faintly of ether, and the drum heads read 'R-113': 1,1,2-trichlorotrifluoroethane (CFC-113), "
         "whose import into the Union is banned, by sea from Chittagong to Gioia Tauro for a Rome dry-cleaning "
         "chain; Bengali wording (CFC-113 repeats in several sets and dry-cleaning covers in many; a KWL "
         "hydrocarbon-solvent label was found in no earlier row by a keyword search)",
         firm("Central Lavanderie Srl", "IT")),
        ("OZN-10", "export", "ESSEA01", "sea", "ES", [], "MA", "841869",
         "Enfriadores de recirculación para laboratorio, usados, revisados, 20 unidades", "ES", 1200, 20, 6000,
         "EUR",
         "used recirculating laboratory chillers for export are bench units on R-134a, R-290 or R-452A with a "
         "service sheet; these twenty, cleared out of a Granada university building, are 1990s units whose "
         "nameplates read 'R-22, 1.1 kg' and whose circuits were never emptied: equipment containing HCFCs, whose "
         "export from the Union is banned (Regulation 2024/590), from Algeciras to Tanger Med for a Casablanca "
         "lab-equipment reseller; Spanish wording (R-22 equipment for export repeats in many sets; a laboratory "
         "recirculating-chiller label was found in no earlier row by a keyword search, after a first draft with "
         "trailer-mounted cold rooms was dropped as too close to blind62)", {"importer_country": "MA"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "TR", [], "DE", "970191",
         "El yapımı ikona, Göreme hatırası, ahşap üzerine boya, 1 adet", "TR", 6, 1, 150, "EUR",
         "Cappadocian souvenir icons are new, thin panels printed or quickly painted on fresh plywood; this one is "
         "a thick walnut panel with old battens, worm channels, gesso with craquelure, punched gold halos and a "
         "Greek church inventory number on the back, a 16th-17th-century post-Byzantine icon taken from a church "
         "in the occupied Kyrenia district of Cyprus: cultural goods removed from the territory of Cyprus "
         "unlawfully, whose introduction into the Union Regulation 2019/880 forbids, flown from Istanbul to Munich "
         "for a dealer; Turkish wording (icons repeat in many sets; a Kyrenia icon under a Göreme souvenir label "
         "was found in no earlier row by a keyword search)", firm("Orion Kunsthandel GmbH", "DE")),
        ("CUL-02", "import", "ATAIR01", "express", "GE", [], "AT", "711420",
         "ვერცხლით დაფარული ხატი, ახალი, სუვენირი, 1 ცალი", "GE", 1.8, 1, 80, "USD",
         "new silver-plated souvenir icons are stamped from thin sheet on a board with a printed image; this one "
         "is hand-chased silver on a darkened wooden core, held by hand-forged nails, with worn gilding, Asomtavruli "
         "letters naming Saint George and a missing lower border, an 11th-12th-century repoussé icon from a village "
         "church treasury in Upper Svaneti: cultural goods exported from Georgia without its permit, whose "
         "introduction into the Union Regulation 2019/880 forbids, sent by express from Tbilisi to a private buyer "
         "in Vienna; Georgian wording (Georgian objects appear in a few sets; Svanetian icons were found in no "
         "earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("CUL-03", "import", "FRAIR01", "express", "VN", [], "FR", "711790",
         "Hạt cườm mạ vàng, thủ công, 40 hạt, làm trang sức", "VN", 0.3, 40, 90, "USD",
         "gold-plated craft beads are brass with a thin shine that wears at the edges; these forty are soft, "
         "high-carat gold with granulation, worn smooth, with earth in their perforations, mixed with etched "
         "carnelian beads: ornaments of the Funan period (1st-7th century) dug at Óc Eo in An Giang, "
         "archaeological objects whose introduction into the Union needs an import licence (Regulation 2019/880) "
         "and which Viet Nam forbids to export, sent by express from Ho Chi Minh City to a private buyer in "
         "Paris; Vietnamese wording (Vietnamese antiquities repeat in a few sets; Óc Eo goods were found in no "
         "earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("CUL-04", "import", "GRAIR01", "air", "JO", [], "GR", "711719",
         "ميداليات نحاسية على شكل عملات قديمة، لصناعة الحلي، 200 قطعة", "JO", 1.6, 200, 200, "USD",
         "coin-style brass charms are cast, light and even, with a soldered loop; these 200 have no loops, are "
         "struck on irregular flans, some silver tetradrachms overstruck on Roman coins with the emperor's head "
         "still visible, with palaeo-Hebrew legends and cave encrustation: coins of the Bar Kokhba revolt "
         "(132-135 AD) from looted caves in the Judean desert, archaeological objects over 250 years old brought in "
         "without the import licence of Regulation 2019/880, flown from Amman to Athens for a coin dealer; "
         "Jordanian Arabic wording (ancient coins repeat in many sets, under scrap and charm labels in a few; Bar "
         "Kokhba coins were found in no earlier row by a keyword search)", firm("Delta Nomismatiki AE", "GR")),
        ("CUL-05", "import", "NLPOST01", "post", "BT", [], "NL", "830629",
         "ལྷ་སྐུ་ ཟངས་ (new brass statue, handicraft), 1", "BT", 3.2, 1, 60, "USD",
         "new Bhutanese and Nepali brass statues are bright, cast thick, with a new, sealed base plate; this one is "
         "fire-gilt copper worn to the red on the high points, with old butter-lamp soot and a torn base plate "
         "from which the consecration contents were pulled, a 17th-18th-century Guru Rinpoche from a lhakhang in "
         "eastern Bhutan: cultural goods exported without Bhutan's permit, whose introduction into the Union "
         "Regulation 2019/880 forbids, posted from Thimphu to a private buyer in Utrecht; Dzongkha wording "
         "(Himalayan statues repeat in many sets, from Nepal and Tibet; a Bhutanese temple statue and Dzongkha "
         "wording were found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("CUL-06", "import", "FRAIR01", "air", "SB", ["AU"], "FR", "442019",
         "Niu karving blong wud, nguzunguzu, for soveni, 1 pis", "SB", 4, 1, 120, "AUD",
         "new nguzunguzu carvings for tourists are blackened, lightly inlaid with white shell and sold at the "
         "Honiara market; this one is an old canoe-prow figure with lashing holes worn by cord, nautilus-shell "
         "inlay set in parinarium-nut putty, a worn black patina and a collector's label in French: a 19th-century "
         "nguzunguzu taken without the export permit Solomon Islands law requires, whose introduction into the "
         "Union Regulation 2019/880 forbids, flown through Brisbane to Paris for a tribal-art dealer; Solomon "
         "Islands Pijin wording (Pacific objects repeat in several sets; a nguzunguzu and Pijin wording were found "
         "in no earlier row by a keyword search)", firm("Rivage Arts Premiers SARL", "FR")),
        ("CUL-07", "import", "NLAIR01", "air", "AU", [], "NL", "970191",
         "Contemporary bark paintings, Yolngu artists, art-centre certificates, 12 pcs", "AU", 36, 12, 18000,
         "AUD",
         "a bark-painting air shipment for an Amsterdam gallery: new paintings from Arnhem Land art centres with "
         "their certificates are what such galleries import, but the third item's 'bark painting, older, artist "
         "unknown' is a 1950s Yirrkala painting in flaking natural ochres on a bark that has shrunk from its "
         "sticks, with a mission collection label, a Class B object under Australia's Protection of Movable "
         "Cultural Heritage Act exported without its permit, whose introduction into the Union Regulation 2019/880 "
         "forbids, hidden as the last item of a three-item declaration, flown from Sydney; Australian English "
         "wording (Aboriginal objects appear in a few sets; a bark painting behind contemporary works is the new "
         "part as far as a search found)",
         dict(firm("Horizon Galerie BV", "NL"),
              _more_items=[item("442019", "Carved and painted wooden figures, contemporary, 6 pcs", "AU", 18, 4200, "AUD", qty=6),
                           item("970121", "Bark painting, older, artist unknown, 1 pc", "AU", 3, 400, "AUD", qty=1)])),
        ("CUL-08", "import", "ESPOST01", "post", "AR", [], "ES", "691390",
         "Réplicas de cerámica del Noroeste, artesanía de Belén, Catamarca, 6 piezas", "AR", 3.5, 6, 60, "USD",
         "Catamarca craft replicas are new, oxidised, brick-red and signed by the potter; these six are reduced, "
         "grey-black vessels with incised jaguars, root marks and soil calcrete in the incisions and no signature: "
         "Aguada-culture ceramics (c. 650-950 AD) from clandestine digging in Catamarca, whose export Argentine law "
         "25.743 forbids, archaeological objects brought in without the import licence of Regulation 2019/880, "
         "posted from Belén to a private buyer in Madrid; Argentinian (Rioplatense) Spanish wording (Andean "
         "ceramics repeat in many sets; Aguada ceramics were found in no earlier row by a keyword search)",
         person("Maria Lopez", "ES")),
        ("CUL-09", "import", "DEAIR01", "air", "KG", ["TR"], "DE", "741980",
         "Жез казан, жаңы, кол эмгеги, 2 даана", "KG", 38, 2, 240, "USD",
         "new copper kazans are hammered sheet with riveted handles, bright inside; these two are cast bronze "
         "with a green patina and lake-bottom lime crusts, one a tripod cauldron with ibex handles and the other a "
         "sacrificial table with a rim of standing animals: Saka-period bronzes (5th-3rd century BC) raised by "
         "divers from the drowned settlements of Issyk-Kul, archaeological objects whose export Kyrgyz law forbids "
         "and whose introduction into the Union needs an import licence (Regulation 2019/880), flown from Bishkek "
         "through Istanbul to Frankfurt for a dealer; Kyrgyz wording (Saka and steppe bronzes repeat in a few "
         "sets; Issyk-Kul finds under a kitchen-cauldron label were found in no earlier row by a keyword search)",
         firm("Nordhafen Antik GmbH", "DE")),
        ("CUL-10", "import", "BEAIR01", "express", "KR", [], "BE", "970191",
         "불화 (탱화) 복제품, 비단에 채색, 1점", "KR", 2.2, 1, 150, "USD",
         "reproduction Buddhist paintings are printed or painted with acrylics on new cloth; this one is "
         "hand-ground mineral colours on silk with age tears, cut from its mounting just above a cropped ink "
         "inscription box (hwagi) naming a temple in Jeolla province and an 18th-century reign year, a Joseon "
         "painting listed as stolen from a temple: cultural goods removed from Korea unlawfully, whose "
         "introduction into the Union Regulation 2019/880 forbids, sent by express from Seoul to a private "
         "buyer in Ghent; Korean wording (a Joseon object appears once (blind115); a stolen temple painting "
         "under a reproduction label was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "ROSEA01", "sea", "RO", [], "LB", "291419",
         "Cetonă mentolată (mentonă) pentru arome de pastă de dinți, butoaie 200 l, 40 butoaie", "RO", 6400, 40,
         19000, "EUR",
         "menthone is a natural mint ketone of 0.89 kg/l with a fresh peppermint smell and a flavour-grade "
         "certificate; these forty drums hold a liquid of 0.80 kg/l with a sharper camphor-mint smell, no "
         "certificate and CAS 75-97-8 stencilled under the labels, for a Beirut 'oral-care' firm whose orders go on "
         "by road to Syria: pinacolone (3,3-dimethyl-2-butanone), a nerve-agent precursor (dual-use 1C350) "
         "exported without the licence Regulation 2021/821 requires, from Constanța; Romanian wording (pinacolone "
         "appears twice before (blind3, dev5-b); a menthone label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", ["GE", "AZ"], "KZ", "680299",
         "Piani di riscontro in granito con basamento, 3 unità", "IT", 18000, 3, 45000, "EUR",
         "granite surface plates are bare, lapped slabs on a steel stand at a few thousand euros; these three "
         "crates each hold a granite table with a gantry, air-bearing carriages, a scanning probe head and a "
         "separate controller, at 400,000 EUR each on the maker's list, for an Almaty 'quality-control' firm "
         "whose end user is a Yekaterinburg engine plant: bridge-type coordinate measuring machines (dual-use "
         "2B006), whose sale for use in Russia Regulation 833/2014 forbids, by sea from Genoa through Poti and "
         "Baku; Italian wording (measuring machines repeat in a few sets; a granite-surface-plate label was found "
         "in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "AE", "392690",
         "Fotoluminiscenční bezpečnostní značky 'Nouzový východ', bez napájení, 400 ks", "CZ", 1200, 400, 24000,
         "EUR",
         "photoluminescent exit signs are flat plastic sheets that glow green only for a while after light; these "
         "400 glow steadily in a closed container, hold sealed glass tubes behind a metal frame and had their "
         "'H-3' trefoil labels peeled off, about 500 GBq of tritium each, 200 TBq in all, for a Dubai 'safety' "
         "trader whose earlier orders went on to Iran: tritium (dual-use 1C235) exported without the licence "
         "Regulation 2021/821 requires, flown from Prague; Czech wording (tritium appears in a few sets and an "
         "exit sign once (dev12-a); a photoluminescent-sign label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-04", "import", "ROROAD01", "road", "MD", [], "RO", "330129",
         "Масло лавандовое эфирное, происхождение Молдова, бочки 50 кг, 40 бочек", "MD", 2000, 40, 60000, "EUR",
         "Moldovan lavender oil comes from the fields around Chișinău with the distillery's certificate; these "
         "forty drums carry a Moldovan certificate of origin obtained by a Tiraspol trader, but the drums are "
         "stencilled by a Bakhchysarai distillery under the stickers and the shipping file shows loading at "
         "Sevastopol and relabelling at Giurgiulești: Crimean lavender oil, goods originating in Crimea whose "
         "import into the Union Regulation 692/2014 forbids, on a lorry at Albița for a Bucharest cosmetics "
         "maker; Russian wording from Transnistria (Crimean goods repeat in several sets, Crimean wine as Moldovan "
         "in blind120; lavender oil and a Tiraspol trader were found in no earlier row by a keyword search)",
         firm("Vega Cosmetice SRL", "RO")),
        ("STR-05", "export", "GRSEA01", "sea", "GR", [], "SD", "283719",
         "Σιδηροκυανιούχο κάλιο (E536), αντισυσσωματικό για αλάτι, σάκοι 25 kg, 20 t", "GR", 20000, 800, 50000,
         "EUR",
         "potassium ferrocyanide is a lemon-yellow, harmless anti-caking salt; these 800 sacks hold white "
         "briquettes that smell of bitter almonds, and the inner bags carry UN1680 and skull marks: potassium "
         "cyanide 98 % (dual-use 1C350), exported without the licence Regulation 2021/821 requires for every "
         "destination outside the Union, from Piraeus to Port Sudan for an artisanal gold-mining supplier; Greek "
         "wording (cyanides repeat in several sets, potassium cyanide once (blind10); a ferrocyanide label was "
         "found in no earlier row by a keyword search)", {"importer_country": "SD"}),
        ("STR-06", "export", "SIROAD01", "road", "SI", ["HR", "RS", "BG", "TR", "GE", "AZ", "KZ"], "UZ", "845630",
         "Rezalniki za stiropor z vročo žico, CNC, 2 kosa", "SI", 7000, 2, 12000, "EUR",
         "hot-wire foam cutters are light aluminium frames with a heated wire and a small controller; these two "
         "are 3.5 t cast machines with a dielectric tank, brass wire spools, a deionising-resin cartridge and a "
         "generator cabinet, at 180,000 EUR each on the maker's list, for a Tashkent 'packaging' firm whose "
         "forwarder ships to Russia: wire electro-discharge machines, whose sale for use in Russia Regulation "
         "833/2014 forbids, by lorry from Ljubljana; Slovenian wording (EDM machines repeat in a few sets; a "
         "hot-wire foam-cutter label was found in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
        ("STR-07", "export", "LTAIR01", "air", "LT", [], "KG", "940531",
         "LED girliandos, 10 m, šiltai balta, 4 000 vnt.", "LT", 1600, 4000, 12000, "EUR",
         "a Christmas-goods air shipment for a Bishkek party-supplies trader: LED strings and tinsel are what such "
         "traders order, but the third item's 'valdymo plokštės girliandoms' are 3,000 FPGAs, microcontrollers "
         "and RF transceivers in reels, with no lighting controller among them: integrated circuits (8542 31, "
         "8542 39), on the common high-priority list whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown from Vilnius; "
         "Lithuanian wording (integrated circuits repeat in many sets; behind fairy lights to Kyrgyzstan is the "
         "new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("950510", "Kalėdinės dekoracijos, blizgučiai, 2 000 vnt.", "LT", 400, 2000, "EUR", qty=2000),
                           item("854239", "Valdymo plokštės girliandoms, 3 000 vnt.", "LT", 6, 1500, "EUR", qty=3000)])),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU"], "KZ", "850940",
         "Küchenmaschinen mit Kochfunktion, Haushalt, 300 Stück", "DE", 2400, 300, 75000, "EUR",
         "household food processors at 250 EUR are plain mixers; these 300 are sealed, premium multi-cookers with "
         "Russian-language recipe chips and guides that retail at about 1,500 EUR each, undervalued six times on "
         "the invoice, for an Almaty distributor that supplies Moscow shops: luxury electrical household "
         "appliances above 750 EUR, whose sale for use in Russia Regulation 833/2014 forbids, on a lorry from "
         "Wuppertal; German wording (luxury goods for Russia repeat in several sets; undervalued kitchen machines "
         "were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-09", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG", "TR", "GE"], "AM", "810420",
         "Odrezky zo zliatiny horčíka AZ31, šrot, 1,2 t", "SK", 1200, None, 3600, "EUR",
         "AZ31 magnesium offcuts are bright, soft, spark white on a grinder and fizz in vinegar; these plates and "
         "billets are just as light but hard and grey, do not react to vinegar, carry an 'S-200F' grade stamp and "
         "come vacuum-packed with toxic-dust warnings, worth 600 EUR/kg, for a Yerevan 'metals' trader that ships "
         "to Tehran: beryllium metal (dual-use 1C230), exported without a licence and listed in the Iran "
         "regulation (267/2012), by lorry from Žilina; Slovak wording (beryllium repeats in a few sets; a "
         "magnesium-offcut label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-10", "export", "FISEA01", "sea", "FI", [], "CN", "620240",
         "Polyesteritakit, vuorelliset, 400 kpl", "FI", 800, 400, 8000, "EUR",
         "lined polyester jackets cost 20 EUR and weigh under a kilo; these 400 are full-length mink and sable "
         "coats with auction-house tags, worth about 3,000 EUR each, for a Dalian trader named in UN reports as "
         "supplying Pyongyang department stores: luxury goods whose sale to North Korea Regulation 2017/1509 "
         "forbids, by sea from Helsinki; Finnish wording (luxury goods for North Korea repeat in several sets, and "
         "CITES furs under synthetic-fur labels in two (blind10, dev13-b); farmed fur coats under a "
         "polyester-jacket label to Dalian were found in no earlier row by a keyword search)", {"importer_country": "CN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "express", "TW", [], "IT", "711790",
         "染色竹珊瑚珠, 8 mm, 20 串", "TW", 2.4, 20, 300, "USD",
         "dyed bamboo coral beads are porous, with dark growth nodes, and the red rubs off on a swab of acetone; "
         "these twenty strings are dense, glossy, even ox-blood red with fine lengthwise striations and a white "
         "core, and nothing comes off: precious coral (Corallium elatius and C. japonicum, CITES App. III for "
         "China, Annex C of the Union regulation) without the export documents, sent by express from Keelung to a "
         "Torre del Greco coral workshop; Chinese wording from Taiwan (corals repeat in many sets, black coral to "
         "Torre del Greco once (blind76); Corallium and a dyed-bamboo-coral label were found in no earlier row "
         "by a keyword search)", firm("Meridian Coralli Srl", "IT")),
        ("WLF-02", "import", "DEPOST01", "post", "CN", [], "DE", "121190",
         "松针茶, 野生, 250克 × 8 袋", "CN", 2, 8, 160, "CNY",
         "pine-needle tea is long, thin needles in bundles of two to five, pale green and resinous; these bags "
         "hold short, flat, glossy needles in two rows with pale bands beneath, with red-brown bark shavings: "
         "'hongdoushan' yew tea from Chinese yew (Taxus chinensis, CITES App. II), without CITES documents and "
         "toxic, posted from Jiangxi to a private person in Kassel; Chinese wording (yews appear in a few sets; a "
         "pine-needle-tea label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "NLAIR01", "air", "IN", [], "NL", "350790",
         "ബോവൈൻ കോണ്ട്രോയിറ്റിൻ സൾഫേറ്റ് 90 %, 25 കിലോ ഡ്രം, 20 ഡ്രം", "IN", 500, 20, 25000, "USD",
         "bovine chondroitin sulphate is an odourless, white powder with a certificate of bovine origin; these "
         "twenty drums hold a greyish powder that smells of fish, and a DNA test finds blue and silky shark: "
         "cartilage powder of requiem sharks (Carcharhinidae, CITES App. II) landed at Kochi, without CITES "
         "documents, flown to Amsterdam for a supplement maker; Malayalam wording (shark products repeat in many "
         "sets and cartilage once, as fish cartilage for pet food; a chondroitin label was found in no earlier "
         "row by a keyword search)", firm("Orion Supplements BV", "NL")),
        ("WLF-04", "import", "DEAIR01", "air", "BZ", [], "DE", "920999",
         "Marimba baaz mek outa fibaglaas, tu set", "BZ", 60, 2, 900, "USD",
         "synthetic marimba bars are moulded fibreglass composite, even in colour, with no grain; these two sets "
         "are sawn, dense, purple-brown wood with black streaks and a rosewood scent, ringing long when struck: "
         "Honduran rosewood (Dalbergia stevensonii, CITES App. II) without a CITES export permit, flown from "
         "Belize City to Frankfurt for a Bavarian percussion maker; Belizean Kriol wording (rosewoods repeat in "
         "many sets; marimba bars and Belize as a route were found in no earlier row by a keyword search)",
         firm("Alpina Schlagwerk GmbH", "DE")),
        ("WLF-05", "import", "FRSEA01", "sea", "KR", [], "FR", "151620",
         "올리브 스쿠알란 (화장품 원료), 200 kg 드럼, 10 드럼", "KR", 2000, 10, 24000, "USD",
         "olive squalane is a clear, odourless, fully hydrogenated oil; these ten drums hold a yellowish, "
         "unsaturated oil that smells of fish, and a carbon-isotope test shows a marine animal source and the "
         "supplier's papers name a basking-shark catch: basking-shark liver oil (Cetorhinus maximus, CITES App. "
         "II) without CITES documents, by sea from Busan to Le Havre for a cosmetics maker; Korean wording "
         "(shark products repeat in many sets; basking shark and a squalane label were found in no earlier row by "
         "a keyword search)", firm("Rivage Cosmétiques SARL", "FR")),
        ("WLF-06", "import", "PTSEA01", "sea", "BR", [], "PT", "030569",
         "Piramutaba seca salgada, mantas, caixas de 20 kg, 300 caixas", "BR", 6000, 300, 30000, "USD",
         "dried salted piramutaba is a scaleless catfish opened into thin, pale mantas; these 300 boxes hold "
         "huge, thick mantas with red-edged flesh and the prints of large scales, with no IBAMA tail tags: wild "
         "arapaima (pirarucu, Arapaima gigas, CITES App. II) without CITES export permits, by sea from Belém to "
         "Leixões for a salt-fish wholesaler; Brazilian Portuguese wording (arapaima repeats in a few sets, under "
         "a bacalhau label once (blind11); a piramutaba label was found in no earlier row by a keyword search)",
         firm("Atlantic Bacalhoaria Lda", "PT")),
        ("WLF-07", "import", "GBAIR01", "air", "KE", [], "GB", "960190",
         "Farshaxan laf geel ah, gacan-ku-samays, 80 xabbo", "KE", 40, 80, 600, "USD",
         "camel-bone carvings are small, thin-walled and often dyed and etched; these eighty are cut from long "
         "bones with a cortex thicker than any camel's, and the bag holds two uncarved giraffe foot bones: giraffe "
         "bone (Giraffa camelopardalis, CITES App. II) without CITES documents, flown from Nairobi to London for "
         "an Eastleigh-linked craft importer; Somali wording (giraffe appears in a few sets and camel-bone lamps "
         "once, as lawful goods in a cultural row (blind109); a camel-bone label on a wildlife good was found in no "
         "earlier row by a keyword search)", firm("Horizon Crafts Ltd", "GB")),
        ("WLF-08", "import", "HRROAD01", "road", "ME", ["BA"], "HR", "150600",
         "Jazavčeva mast, prirodni melem, tegle 200 ml, 300 tegli", "ME", 60, 300, 1200, "EUR",
         "badger fat is a soft, pale, lard-like folk remedy; these 300 jars hold a yellowish, grainy fat that "
         "smells of game, a DNA test finds brown bear, and the hunter's lot labels in the lorry read 'medvjeđa "
         "mast': brown-bear fat (Ursus arctos, CITES App. II, Annex A of the Union regulation) without CITES "
         "documents, on a lorry from Nikšić through Bosnia at Metković for a Split herbal shop; Montenegrin wording "
         "(bears repeat in many sets and bear fat once (blind110); a badger-fat label was found in no earlier row "
         "by a keyword search)", firm("Vega Prirodni Pripravci d.o.o.", "HR")),
        ("WLF-09", "import", "LVAIR01", "air", "UZ", [], "LV", "300290",
         "Liofillangan asalari zahari, kosmetika uchun, 10 g shisha, 50 dona", "UZ", 0.5, 50, 20000, "USD",
         "freeze-dried bee venom is an off-white to grey powder at a few euros a gram; these fifty vials hold "
         "yellow, glassy flakes, and the filler's labels under the new ones read 'Naja oxiana': Central Asian cobra "
         "venom (Naja oxiana, CITES App. II) without CITES documents, flown from Tashkent to Riga for a 'cosmetic "
         "peptides' trader; Uzbek wording (cobra venom repeats in a few sets under reagent labels; a bee-venom "
         "label was found in no earlier row by a keyword search)", firm("Orion Biotech SIA", "LV")),
        ("WLF-10", "import", "FRPOST01", "post", "VU", [], "FR", "960190",
         "Tut blong pig, kastom seremoni, 6 pis", "VU", 1.5, 6, 3000, "VUV",
         "Vanuatu ceremonial pig tusks curve into a ring or a spiral and have an enamel band; these six are short, "
         "straight, stubby tusks of dense, ivory-like dentine without enamel, cut from a jaw: dugong tusks "
         "(Dugong dugon, CITES App. I) without CITES documents, posted from Port Vila to a private buyer in "
         "Bordeaux; Bislama wording (marine mammals repeat in several sets, Bislama wording once (blind64, on a "
         "slit gong) and a pig-tusk label once (dev24-e, on jaguar canines from Peru); dugong was found in no "
         "earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "MY", "AT", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model engines)", "MY", 4.6, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-46-0143")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "JP", "DK", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "JP", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-46-0027")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "440692",
     "Creosote-treated railway sleepers (17 02 04*), for energy recovery at a licensed hazardous-waste incinerator, 24 t",
     "NO", 24000, None, 0, "EUR", [("BASEL_CONSENT", "DE-SH-46-0311")], "notified creosoted sleepers to a licensed incinerator"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "262029",
     "Lead-acid battery paste (16 06 01* residues), for recovery at a licensed secondary lead smelter, 20 t", "GB",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-46-0172")], "notified battery paste to a licensed smelter"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "IN", "DE", "290314",
     "Carbon tetrachloride, analytical grade, 20 x 1 l, for essential laboratory use", "IN", 32, 20, 700, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-46-022")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 20 cylinders, for aircraft hand-held extinguishers (critical use)", "US",
     400, 20, 14000, "USD", [("ODS_LICENCE", "FR-DGEC-ODS-46-009")], "reclaimed halon 1211 for a critical use under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "SG", "970510",
     "Gold ear ornament, Óc Eo culture, 3rd-6th century, documented French collection since 1931", "FR", 0.1, 1,
     42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-46-0208")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "IL", "DE", "970531",
     "Silver sela of the Bar Kokhba revolt, 134-135 AD, exported from Israel under an IAA export licence", "IL", 0.1,
     1, 9000, "EUR", [("IMPORT_LICENCE", "DE-KGSG-46-0041")], "archaeological coin with its export licence and the EU import licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "AE", "940550",
     "Tritium self-luminous exit signs, 60 units, for a Dubai metro operator", "CZ", 180, 60, 21000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-46-0388"), ("END_USER_CERTIFICATE", "AE-EOCN-EUC-46-0051")],
     "dual-use tritium light sources under licence to a named end user"),
    ("PRM-10", "strategic", "export", "GRSEA01", "sea", "GR", "GH", "283719",
     "Potassium cyanide 98 %, briquettes, 20 t, for a Ghanaian gold mine", "GR", 20000, None, 52000, "EUR",
     [("EXPORT_LICENCE", "GR-YPEX-46-0117"), ("END_USER_CERTIFICATE", "GH-MC-EUC-46-0023")],
     "dual-use cyanide under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "TW", "IT", "050800",
     "Precious coral, Corallium elatius, raw branches, 2 kg, with certificate of origin, for a coral workshop", "TW",
     2, None, 9000, "USD", [("CITES_PERMIT", "TW-COA-46-0318")], "App. III precious coral with its CITES document"),
    ("PRM-12", "wildlife", "import", "LVAIR01", "air", "UZ", "LV", "300290",
     "Freeze-dried Naja oxiana venom from a registered captive-breeding farm, 10 g, for antivenom research", "UZ",
     0.1, 1, 4000, "USD", [("CITES_PERMIT", "UZ-CITES-46-0044")], "App. II cobra venom from captive snakes with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-04": "Central Metals Recycling SA", "PRM-05": "Alpina Analytik GmbH",
    "PRM-08": "Nordhafen Münzhandel GmbH", "PRM-10": "Tarkwa Gold Fields Ltd", "PRM-11": "Meridian Coralli Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): most the lawful twins of this set's disguises
    ("220299", "Maple water, pure, 1 l cartons", "import", ["post"], ["CA"], (4, 8), (1, 4), ["CAD", "EUR"], 1, S),
    ("220190", "Gangajal, sealed 250 ml cans, for worship", "import", ["air"], ["IN"], (2, 4), (100, 600), ["USD", "GBP"], 4, S),
    ("391000", "Silicone shock oil for RC cars, 500 cSt, 60 ml", "import", ["express"], ["MY", "HK"], (30, 60), (1, 3), ["USD"], 15, S),
    ("110819", "Kudzu root powder (gegen fen), 500 g bags", "import", ["air"], ["CN"], (3, 6), (200, 1000), ["USD"], 2, S),
    ("283529", "Trisodium phosphate cleaner (TSP), 2 kg tubs", "import", ["post"], ["CA", "US"], (5, 10), (2, 4), ["CAD", "USD"], 0.5, S),
    ("170490", "White sugar nonpareils for cake decorating, 1 kg", "import", ["road"], ["CH"], (3, 6), (500, 2000), ["CHF", "EUR"], 1, S),
    ("110819", "Hon-kuzu starch, Yoshino, 1 kg bags", "import", ["express"], ["JP"], (20, 40), (1, 3), ["JPY", "USD"], 1, S),
    ("200931", "Lime juice, pure, 1 l bottles", "import", ["sea"], ["MX", "PE"], (1.2, 2.2), (6000, 15000), ["USD"], 1, S),
    ("282731", "Dead Sea magnesium flakes for bath soaks, 1 kg bags", "import", ["post"], ["IL", "JO"], (3, 6), (2, 4), ["ILS", "USD"], 1, S),
    ("440910", "Charred timber cladding (shou sugi ban), larch", "export", ["sea"], ["MA", "US"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("282110", "Micaceous iron oxide pigment, 25 kg bags", "export", ["sea"], ["GE", "TR"], (0.6, 1.1), (10000, 22000), ["EUR"], None, S),
    ("283919", "Sodium silicate solution (water glass), IBC", "export", ["sea"], ["NG", "GH"], (0.25, 0.45), (18000, 24000), ["EUR"], None, S),
    ("701890", "Recycled-glass blasting grit, from bottle cullet", "export", ["road"], ["RS", "BA"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("680620", "Exfoliated vermiculite, horticultural, 100 l bags", "export", ["sea"], ["GH", "KE"], (0.6, 1.2), (4000, 12000), ["EUR", "GBP"], 0.1, S),
    ("830300", "Used safes, steel, combination locks, emptied", "export", ["sea"], ["TG", "BJ"], (0.3, 0.6), (8000, 16000), ["EUR"], 0.002, S),
    ("940549", "Used stage lighting, tested, lamps removed", "export", ["sea"], ["NG", "GH"], (3, 6), (1000, 3000), ["EUR"], 0.03, S),
    ("320890", "Road-marking paint, white, solvent-based, new", "export", ["road"], ["BA", "RS"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("280430", "Food-grade nitrogen for nitro cold brew, 200-bar cylinders", "import", ["road"], ["TR"], (1, 2), (2000, 6000), ["EUR"], 0.02, S),
    ("381400", "Silicone remover for car painters, naphtha-based, 20 l", "import", ["road"], ["UA", "TR"], (1.2, 2.2), (2000, 8000), ["EUR"], 0.06, S),
    ("842410", "ABC powder extinguishers for farm machinery, 6 kg", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.1, S),
    ("271112", "Propane cartridges for weed burners, screw valve", "import", ["sea"], ["IL", "TR"], (2, 4), (2000, 8000), ["USD", "EUR"], 1.5, S),
    ("847989", "Conveyor-belt sushi counters, new, no refrigeration", "import", ["sea"], ["JP", "CN"], (8, 15), (3000, 9000), ["USD"], 0.0007, S),
    ("732690", "Vintage tin cans, empty, collectible", "import", ["post"], ["US"], (10, 25), (1, 3), ["USD"], 3, S),
    ("271019", "Hydrocarbon dry-cleaning solvent (KWL), drums", "import", ["sea"], ["KR", "IN"], (1.2, 2), (3000, 9000), ["USD"], None, S),
    ("841869", "Recirculating laboratory chillers, used, refrigerant recovered", "export", ["sea"], ["MA", "TN"], (4, 8), (300, 1500), ["EUR"], 0.015, S),
    ("970191", "Hand-painted icons, new, Cappadocian souvenirs", "import", ["air"], ["TR", "GR"], (20, 50), (20, 100), ["EUR"], 1, S),
    ("711420", "Silver-plated souvenir icons, new, stamped", "import", ["express"], ["GE", "AM"], (40, 90), (1, 2), ["USD"], 2, S),
    ("711790", "Gold-plated brass beads for jewellery making", "import", ["express"], ["VN", "TH"], (60, 120), (1, 2), ["USD"], 100, S),
    ("711719", "Coin-style brass charms, new, for jewellery", "import", ["air"], ["JO", "TR"], (20, 40), (20, 100), ["USD"], 100, S),
    ("830629", "Brass Buddhist statues, new handicraft", "import", ["post"], ["BT", "NP"], (15, 30), (1, 4), ["USD"], 0.5, S),
    ("442019", "Carved canoe-prow figures, new, shell inlay", "import", ["air"], ["SB", "PG"], (15, 35), (20, 120), ["AUD", "USD"], 0.3, S),
    ("970191", "Contemporary bark paintings from Arnhem Land art centres", "import", ["air"], ["AU"], (200, 600), (10, 60), ["AUD"], 0.3, S),
    ("691390", "Argentine craft ceramics, new, signed", "import", ["post"], ["AR"], (15, 30), (1, 4), ["USD"], 2, S),
    ("741980", "Copper kazans, hand-hammered, new", "import", ["rail"], ["KZ", "UZ"], (6, 12), (1000, 4000), ["USD"], 0.1, S),
    ("970191", "Reproduction Korean Buddhist paintings on cotton", "import", ["express"], ["KR"], (60, 150), (1, 3), ["USD"], 0.5, S),
    ("291419", "Menthone, natural, flavour grade, drums", "import", ["sea"], ["IN", "CN"], (15, 25), (2000, 6000), ["USD"], None, S),
    ("680299", "Granite surface plates with stands, grade 0", "export", ["sea"], ["KZ", "TR"], (2, 4), (3000, 12000), ["EUR"], 0.002, S),
    ("392690", "Photoluminescent exit signs, plastic, unpowered", "export", ["air"], ["AE", "SA"], (10, 20), (200, 1200), ["EUR"], 3, S),
    ("330129", "Lavender essential oil, Moldovan, 50 kg drums", "import", ["road"], ["MD"], (25, 40), (500, 2000), ["EUR"], None, S),
    ("283720", "Potassium ferrocyanide (E536), anti-caking agent", "export", ["sea"], ["EG", "SD"], (2, 3.5), (5000, 20000), ["EUR"], None, S),
    ("846599", "Hot-wire foam cutters, CNC, for packaging", "export", ["road"], ["UZ", "TR"], (4, 8), (300, 1500), ["EUR"], 0.005, S),
    ("920999", "Synthetic marimba bars, fibreglass composite", "import", ["air"], ["US", "GT"], (15, 30), (30, 150), ["USD"], 0.1, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Silicone baking mats, reusable", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD"], 6, N),
        ("621600", "Oven gloves, quilted cotton", "import", ["sea"], ["PK", "IN"], (4, 7), (2000, 6000), ["USD"], 6, N),
        ("961000", "Magnetic whiteboards, aluminium frame", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], 0.3, N),
        ("482090", "Sticky notes, paper pads", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind121", 20460501, HERE)


if __name__ == "__main__":
    main()
