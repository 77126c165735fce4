#!/usr/bin/env python3
"""Writes the two-hundred-and-sixty-ninth blind set (tests/risk/data/blind269-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2071, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: car washes, body shops, vehicle
detailing and tyre dealers (car-wash chains and their equipment and chemical suppliers,
body and paint shops, panel beaters and refinish wholesalers, detailing studios and
valeters, tyre dealers, fitters and fast-fit depots).
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
animal origin, animal by-products) appear only in the permitted rows, with their document,
and goods whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and
HFO refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL269-*:

    python3 tests/risk/data/make_blind269_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2071, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2071
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLAIR01", "express", "TH", [], "PL", "340290",
         "น้ำยาล้างแก้มยางขาว (ไวท์วอลล์) สำหรับรถคลาสสิก ชนิดเข้มข้น 1 ลิตร x 4 ขวด", "TH", 4.6, 4, 1400, "THB",
         "whitewall-tyre cleaners for classic cars are mildly alkaline, foaming sprays of about 1.02 kg/l in 500 ml "
         "trigger bottles that smell of soap; these four litre bottles hold a water-clear, runny liquid of 1.13 kg/l "
         "that does not foam, under vented caps, whitens and stings the fingers and fizzes on a rusty wheel nut: about "
         "35 % hydrogen peroxide (Annex I above 12 %), sent by express from Bangkok to a private person in Poznań who "
         "restores American cars; Thai wording (hydrogen peroxide repeats in many sets and whitening labels on it in a "
         "few, sneaker soles and phone cases among them; a whitewall-tyre cleaner label was found in no earlier row by "
         "a keyword search)", person("Tomasz Wiśniewski", "PL")),
        ("PRE-02", "import", "ATROAD01", "road", "CH", [], "AT", "340290",
         "Flugrostentferner für Felgen und Lack, säurefrei, «blutend», 1 Liter, 240 Flaschen", "CH", 274, 240, 1900,
         "CHF",
         "the iron-fallout removers detailers spray on wheels and paint are thioglycolate solutions of about 1.05 kg/l "
         "that smell of rotten eggs and 'bleed' purple on brake dust; these 240 bottles hold a colourless, oily liquid "
         "of 1.14 kg/l with a faint fruity smell that turns nothing purple, and the filler's drum labels in the lorry "
         "read 'Nitromethan 98 %', for an Innsbruck detailing web shop that sells the litres to model-engine and "
         "drag-racing hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, in a lorry "
         "at Feldkirch-Tisis; Swiss German wording (nitromethane repeats in many sets and acid-free, 'bleeding' "
         "wheel-cleaner labels twice, blind48 and blind249, on other goods; an iron-fallout-remover label was found in "
         "no earlier row by a keyword search)", firm("Alpina Fahrzeugpflege GmbH", "AT")),
        ("PRE-03", "import", "GRSEA01", "sea", "IN", [], "GR", "340530",
         "டயர் பளபளப்பு ஜெல் (சிலிகான்), 1 லிட்டர் பாட்டில், 1,500 பாட்டில்கள்", "IN", 2760, 1500, 2250, "USD",
         "tyre-shine gels are silicone emulsions or silicone in a light solvent of 0.9-1.0 kg/l that leave a greasy, "
         "glossy film on rubber; these 1,500 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a "
         "drop of water, chars a fitter's rag black and leaves no gloss, for a Piraeus tyre dealer whose web shop sells "
         "the bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Chennai; Tamil wording (sulphuric acid repeats in many sets and tyre-shine labels twice, "
         "blind101 and blind183, on ozone-depleting aerosols; a tyre-shine gel on an acid was found in no earlier row "
         "by a keyword search)", firm("Delta Elastika AE", "GR")),
        ("PRE-04", "import", "PTAIR01", "air", "BR", [], "PT", "381400",
         "Ativador para primer fosfatizante (wash primer 2K), lata de 1 litro, 180 latas", "BR", 252, 180, 540, "USD",
         "the activator of a 2K etch (wash) primer is a pale, thin solution of a little phosphoric acid in alcohol of "
         "about 0.90 kg/l that smells of spirit; these 180 tins hold a liquid of 1.40 kg/l that fumes brown when "
         "opened, stains the skin yellow and has eaten the tinplate at the seams, for a Porto refinish wholesaler that "
         "sells the tins over the counter and online to DIY restorers: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from São Paulo; Brazilian Portuguese wording (nitric acid "
         "repeats in many sets; an etch-primer activator label was found in no earlier row by a keyword search)",
         firm("Atlantic Repintura Automóvel Lda", "PT")),
        ("PRE-05", "import", "PLRAIL01", "rail", "CN", [], "PL", "291570",
         "硬脂酸锌干磨防堵粉 (汽车钣金喷涂用), 1公斤桶, 2,000桶", "CN", 2000, 2000, 5000, "USD",
         "the zinc stearate body shops dust on sanding discs against clogging is a fluffy, greasy, very light white "
         "powder that floats on water and smells faintly of soap, so a 1 kg tub is large and light; these 2,000 tubs "
         "are small for their weight and hold white, glossy crystals that sink at once, do not feel greasy and crackle "
         "and spit violet sparks on a hot iron, for a Warsaw refinish wholesaler with a retail web shop: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by rail from Xi'an to Małaszewicze; "
         "Chinese wording (potassium chlorate repeats in many sets and stearate labels on precursors in a few, "
         "aluminium pigment and a PVC stabiliser among them; an anti-clog sanding-powder label was found in no earlier "
         "row by a keyword search)", firm("Vega Lakiernictwo Sp. z o.o.", "PL")),
        ("PRE-06", "import", "SKROAD01", "road", "UA", [], "SK", "390910",
         "Пластиковий абразив для зняття фарби з кузовів (карбамідний, тип II), мішки 25 кг, 800 мішків", "UA",
         20000, 800, 9600, "EUR",
         "urea plastic blasting media for stripping paint off car bodies without warping the panels is a hard, sharp, "
         "angular, off-white grit that floats in brine and never dissolves; these 800 sacks hold round, white, opaque "
         "prills that dissolve in water and turn it ice-cold, test at 34 % N and melt and fume on a hot plate, for a "
         "Košice body-shop supplier that re-packs them in 5 kg bags for DIY restorers: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, in a lorry at Vyšné Nemecké; Ukrainian wording "
         "(ammonium nitrate repeats in many sets; soda-blasting labels twice, blind183 and blind249, and a reclaimed "
         "acrylic medium once, blind171, on waste; a urea plastic-media label was found in no earlier row by a keyword "
         "search)", firm("Orion Autolak s.r.o.", "SK")),
        ("PRE-07", "import", "NLSEA01", "sea", "ID", [], "NL", "390690",
         "Flokulan bubuk poliakrilamida untuk daur ulang air cuci mobil, karung 25 kg, 320 karung", "ID", 8000, 320,
         7200, "USD",
         "the polyacrylamide flocculants of car-wash water-reclaim units are white, granular powders that swell into a "
         "slimy gel in water; these 320 sacks hold a fine, white powder that dissolves at once with no slime, turns "
         "damp in the warehouse air and burns fiercely with sugar, and whose inner liners read 'NaClO4', for an "
         "Eindhoven car-wash equipment supplier that sells 1 kg tubs online: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Surabaya to Rotterdam; Indonesian wording (sodium "
         "perchlorate repeats in many sets and a flocculant label on it once, blind37, a pond clarifier; a car-wash "
         "reclaim flocculant was found in no earlier row by a keyword search)",
         firm("Horizon Wasstraat Techniek BV", "NL")),
        ("PRE-08", "import", "ROROAD01", "road", "MD", [], "RO", "382499",
         "Neutralizator de sare de drum pentru spălarea șasiului, pulbere, găleți de 1 kg, 2.400 găleți", "MD", 2400,
         2400, 3600, "EUR",
         "the road-salt neutralisers car washes dose into their underbody rinses in winter are citric or "
         "organic-acid powders that taste sour and fizz on chalk; these 2,400 tubs hold a dense, white, crystalline "
         "powder that does not fizz, is neutral on a pH strip, dissolves poorly in cold water and flares with sugar on "
         "a hot plate, for an Iași car-wash chain that sells the tubs to customers at its tills: potassium perchlorate "
         "(Annex I above 40 %) made available to members of the public, in a van at Sculeni; Romanian wording from "
         "Moldova (potassium perchlorate repeats in many sets and citric descaler labels in several, blind183's "
         "radiator powder among them; an underbody road-salt neutraliser was found in no earlier row by a keyword "
         "search)", firm("Delta Spălătorii Auto SRL", "RO")),
        ("PRE-09", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Koncentrat za kontrolu mirisa reciklirane vode u autoperionicama, kanister 20 l, 120 kanistera "
         "(1. od 3 isporuke)", "RS", 2880, 120, 1800, "EUR",
         "the odour-control concentrates of car-wash water-reclaim tanks are bio-enzymatic or mild oxidising liquids "
         "of about 1.02 kg/l with a fresh scent; these 120 cans hold a water-clear, scentless liquid of 1.20 kg/l under "
         "vented caps that whitens the skin and foams on a rusty drain grate, the first of three lorries booked that "
         "week each kept under 3 t, for a Szeged car-wash chain whose web shop sells the cans to the public: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Röszke; Serbian wording "
         "(hydrogen peroxide repeats in many sets and a split over three vans once, blind264, on a board-cleaning "
         "concentrate; a car-wash reclaim odour-control label was found in no earlier row by a keyword search)",
         firm("Meridian Autómosó Kft.", "HU")),
        ("PRE-10", "import", "IEPOST01", "post", "GB", [], "IE", "340290",
         "Upholstery extraction powder, low-foam, for car valeting, 4 x 1 kg tubs", "GB", 4.0, 4, 36, "GBP",
         "the low-foam powders mobile valeters dissolve for seat and carpet extraction are blue-speckled, soapy, "
         "alkaline granules that feel slippery when wet; these four tubs hold fine, white, odourless crystals that "
         "dissolve at once without foam, are neutral on a pH strip and burn yellow and fierce with sugar on a match: "
         "sodium chlorate (Annex I above 40 %), posted from Manchester to a private person in Limerick who valets cars "
         "from a van; British English wording (sodium chlorate repeats in many sets and a carpet-powder label once, "
         "blind219, a carpet pre-spray; a car-valeting extraction powder was found in no earlier row by a keyword "
         "search)", person("Mr Ciarán O'Brien", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "PK", "401220",
         "Havnefendere af brugte dæk, til kajanlæg, 22 t", "DK", 22000, None, 2200, "EUR",
         "harbour fenders made from used tyres are a few large lorry or earthmover tyres fitted with chains and "
         "plates, sold by the piece; this container holds some 2,600 loose car tyres with no chains or plates, worn to "
         "the wear bars, cut or with broken beads, collected from Jutland tyre dealers' yards at 0.10 EUR/kg, for a "
         "Karachi pyrolysis plant: waste tyres exported to a non-OECD country without the prior written consent that "
         "Pakistan's reply under Regulation 1418/2007 and the waste shipment rules require, from Aarhus; Danish wording "
         "(waste tyres repeat in many sets under part-worn, casing and bale labels, kept as a repeat of the good; a "
         "harbour-fender label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "853932",
         "Palniki ksenonowe D2S/D1S, nowe, oryginalnie zapakowane, 24 000 szt.", "PL", 900, 24000, 12000, "EUR",
         "new xenon burners come singly in printed boxes with the maker's code at 20-60 EUR each; these gaylords "
         "hold 24,000 loose, used D1S, D2S and D2R burners pulled by Polish headlamp-repair and body shops, blackened "
         "at the arc tube, some cracked, with clipped igniter leads, at 0.50 EUR each, for a Lviv 'lighting' trader: "
         "waste metal-halide lamps containing mercury (16 02 13*, 20 01 21*), hazardous waste whose export to a "
         "non-OECD country is banned, at Dorohusk; Polish wording (mercury lamps repeat in many sets as fluorescent "
         "tubes and xenon lamps once, blind246, inside archive scanners; car xenon burners were found in no earlier "
         "row by a keyword search)", {"importer_country": "UA"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "AO", "842489",
         "Pórticos de lavagem automóvel usados, completos, em funcionamento, testados, 4 unidades", "PT", 14000, 4,
         24000, "EUR",
         "a used car-wash gantry sold for further use leaves on a flat rack in one piece with its brushes, control "
         "cabinet, a test video and the buyer's site plan; these four, from Lisbon filling stations rebuilt last "
         "year, are cut apart into rusted frames, torn brush bundles and loose cabinets whose frequency drives are burnt "
         "out and boards corroded, with the back-up lead-acid batteries and mercury tilt switches still inside and no "
         "two frames complete: waste electrical equipment (A1180) whose export to a non-OECD country is banned, from "
         "Lisbon to Luanda for a 'car-wash operator'; Portuguese wording (e-waste declared as working used equipment "
         "repeats in many sets; car-wash gantries were found in no earlier row by a keyword search)",
         {"importer_country": "AO"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "VN", "391610",
         "Monofilament polyéthylène pour brosses de lavage automobile, neuf, en bobines, 18 t", "FR", 18000, None, 5400,
         "EUR",
         "new polyethylene brush filament is clean, even, coloured monofilament on spools or in cut bundles at about "
         "3 EUR/kg; these bales hold worn-out brushes stripped from portal and tunnel car washes across northern "
         "France, matted foam and PE strips still on their cores, grey with wax, grit and oil, at 0.30 EUR/kg, for a "
         "Hai Phong 'plastics recycler': mixed and contaminated plastic waste (Y48), whose export to a non-OECD country "
         "Regulation 2024/1157 forbids, from Le Havre; French wording (plastic waste declared as new polymer repeats in "
         "many sets; car-wash brushes were found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "NG", "902620",
         "Reifendrucksensoren (RDKS), generalüberholt, geprüft, 40.000 Stück", "DE", 1600, 40000, 8000, "EUR",
         "refurbished tyre-pressure sensors are boxed, programmed units with a new valve, a fresh battery and a test "
         "log at 15-30 EUR each; these 40,000 are loose sensors unscrewed from wheels by Ruhr tyre dealers at the "
         "seasonal changeovers, with corroded valve stems, dead or cracked, the potted lithium cells still inside, in "
         "gaylords at 0.20 EUR each, for a Lagos auto-electrics market trader: waste electrical equipment with lithium "
         "batteries (A1180, hazardous), whose export to a non-OECD country is banned, from Hamburg; German wording "
         "(TPMS labels twice, blind114 and blind250, on strategic goods; tyre-pressure sensors as waste were found in "
         "no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "HRROAD01", "road", "HR", [], "BA", "250840",
         "Opekarska glina, prirodna, rasuto, 24 t", "HR", 24000, None, 480, "EUR",
         "brick clay is a stiff, plastic, brown or grey earth dug from a pit that smells of nothing; this tipper holds "
         "a black, wet, greasy silt that smells of diesel, detergent and wax, with grit, brush bristles and coins in "
         "it, pumped out of the sand traps and oil separators of Zagreb car washes: car-wash separator sludge "
         "(13 05 02*, 13 05 03*), hazardous waste whose export to a non-OECD country is banned, at Stara Gradiška for "
         "a Bosnian 'brickworks'; Croatian wording (car-wash sludge repeats in many sets under sand, bentonite, "
         "fuel-oil and bitumen labels, blind52, blind59, blind60, blind96, blind219 and blind258, and brick-clay "
         "labels on other wastes three times, blind40, blind155 and blind189, kept as a repeat; car-wash sludge as "
         "brick clay is the new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "GH", "842490",
         "Lanzas de espuma para hidrolimpiadoras, nuevas, 2.000 unidades", "ES", 1600, 2000, 16000, "EUR",
         "a car-wash-supplies container for Kumasi: foam lances and hose reels are what Valencia wholesalers send to "
         "Ghanaian wash bays, but the third item's 'hidrolimpiadoras usadas, probadas' are 900 pressure washers "
         "returned dead to a Spanish DIY chain under warranty, with seized pumps, burnt motors, split housings and cut "
         "cords, at 4 EUR each with no test report: waste electrical equipment (A1180, and e-waste needing prior "
         "consent under the Basel amendments) whose export to a non-OECD country is banned, hidden as the last item of "
         "a three-item declaration, from Valencia to Tema; Spanish wording (dead appliances behind new goods repeat in "
         "many sets; pressure washers were found in no earlier row by a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("392690", "Enrolladores de manguera de plástico para boxes de lavado, nuevos, 300 unidades",
                                "ES", 2400, 9000, "EUR", qty=300),
                           item("842430", "Hidrolimpiadoras usadas, probadas, 900 unidades", "ES", 13500, 3600, "EUR",
                                qty=900)])),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "EG", "381400",
         "Regeneroitu ohenne 2K-maaleille, IBC 1000 l, 20 kpl", "FI", 17000, 20, 3400, "EUR",
         "reclaimed thinner from a licensed recycler is a water-clear, distilled solvent of 0.87 kg/l with an "
         "analysis; these 20 IBCs hold a grey-brown, layered liquid that smells of acetone and isocyanate, with a "
         "thick skin of basecoat and clearcoat sludge at the bottom, drained from the gun-wash machines and still pots "
         "of Helsinki body shops: spent organic solvents and waste paint with solvents (14 06 03*, 08 01 11*), "
         "hazardous waste whose export to a non-OECD country is banned, from Kotka to Alexandria for a 'paint maker'; "
         "Finnish wording (spent solvents repeat in many sets and reclaimed or nitro-thinner labels on them in several, "
         "blind105, blind111, blind161 and blind166, kept as a repeat of the family; from Finland to Egypt is the new "
         "part as far as a search found)", {"importer_country": "EG"}),
        ("WST-09", "export", "BGSEA01", "sea", "BG", [], "GE", "681381",
         "Спирачни накладки и челюсти, нови, складова наличност, 14 т", "BG", 14000, None, 7000, "EUR",
         "new brake pads and shoes are boxed by part number, asbestos-free and marked to ECE R90; these pallets hold "
         "the mouldy, unboxed 1980s and 1990s stock of a closed Plovdiv tyre-and-brake depot, riveted shoes and pads "
         "for Ladas, Volgas and lorries whose grey, fibrous linings test as chrysotile, at 0.50 EUR/kg: "
         "asbestos-containing brake linings (16 01 11*, A2050), hazardous waste whose export to a non-OECD country is "
         "banned, from Burgas to Poti for a 'spare-parts' trader; Bulgarian wording (asbestos brake linings repeat in "
         "a few sets, blind72, blind185 and blind221 among them, kept as a repeat of the good; new-stock labels from "
         "Bulgaria to Georgia are the new part as far as a search found)", {"importer_country": "GE"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "LB", "250100",
         "Αλάτι αποπαγοποίησης δρόμων, ακατέργαστο, χύδην, 24 t", "GR", 24000, None, 1200, "EUR",
         "rock salt for de-icing roads is a coarse, grey-white halite that tastes of salt and stays dry; this load is "
         "a grey-black, lumpy salt slag with metal beads that smells of ammonia and garlic when wetted and grows warm, "
         "the residue of a Thessaloniki secondary-aluminium smelter's rotary furnaces: salt slag (10 03 08*), "
         "hazardous waste whose export to a non-OECD country is banned, from Thessaloniki to Beirut; Greek wording "
         "(salt slag repeats in several sets, kept as a repeat of the good; a road-salt label from Greece to Lebanon "
         "is the new part as far as a search found)", {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESAIR01", "air", "KR", [], "ES", "381400",
         "타르·접착제 제거제 (디테일링용), 1 L, 360병", "KR", 446, 360, 2700, "USD",
         "the tar and glue removers detailers use on paint and glass are citrus or aliphatic solvents of 0.78-0.85 "
         "kg/l that smell of orange or petrol and burn; these 360 bottles weigh 1.24 kg/l, boil in the warm hand at "
         "32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into "
         "the Union is banned, flown from Incheon to Madrid for a detailing-products wholesaler; Korean wording "
         "(HCFC-141b under solvent labels repeats in many sets; a detailing tar-and-glue remover was found in no "
         "earlier row by a keyword search)", firm("Central Detailing Suministros SL", "ES")),
        ("OZN-02", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "હેડલાઇટ રિસ્ટોરેશન વરાળ પ્રવાહી (પોલિમર લિક્વિડ), 1 લિટર, 120 બોટલ", "IN", 191, 120, 960, "USD",
         "the fluid of steam-type headlight restorers is a dichloromethane-based 'polymer liquid' of 1.33 kg/l that "
         "is heated in a small kettle to melt the haze off polycarbonate lenses; these 120 bottles weigh 1.59 kg/l, "
         "smell sweet like chloroform, leave a test lens as foggy as before, and their inner caps read 'CCl4': carbon "
         "tetrachloride, whose import into the Union is banned, flown from Ahmedabad to Milan for a headlight-"
         "restoration supplier that sells kits to detailers; Gujarati wording (carbon tetrachloride repeats in many "
         "sets; a headlight-restoration vapour fluid was found in no earlier row by a keyword search)",
         firm("Meridian Fari Ricambi Srl", "IT")),
        ("OZN-03", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Boya kabinleri için otomatik yangın söndürme tüpleri (CO2), 80 L, 40 adet", "TR", 2400, 40, 6000, "EUR",
         "the automatic suppression cylinders of car-refinish spray booths hold CO2 at about 57 bar or an inert gas at "
         "200-300 bar in tall, heavy cylinders with a weighed charge; these 40 squat cylinders read 42 bar, their agent "
         "boils off at once and leaves no residue, and the valves are stamped '1301' under the new labels: halon 1301 "
         "(bromotrifluoromethane) in fire-protection equipment whose import into the Union is banned, in a lorry at "
         "Kapitan Andreevo for a Plovdiv spray-booth installer; Turkish wording (halon 1301 under CO2 and inert-gas "
         "labels repeats in many sets and a spray booth with its extinguishers once, blind229, kept as a repeat; "
         "spray-booth suppression cylinders from Turkey are the new part as far as a search found)",
         firm("Vega Boyadzhiyski Kabini EOOD", "BG")),
        ("OZN-04", "import", "CYAIR01", "air", "IL", [], "CY", "320490",
         "צבע UV לאיתור דליפות במיזוג רכב, מחסנית 1 אונקיה עם גז דחיפה, 6,000 יחידות", "IL", 720, 6000, 9000, "USD",
         "UV leak-detection dye for car air-conditioning comes in small cartridges pushed in with a little R-1234yf or "
         "R-134a, or as a dye with no propellant; these 6,000 cartridges are mostly gas, read 5.7 bar at 20 °C, the gas "
         "analyses as dichlorodifluoromethane and 'R-12' is stamped on the can bottoms: CFC-12 in a product whose "
         "import into the Union is banned, flown from Tel Aviv to Larnaca for a Nicosia supplier of car "
         "air-conditioning and body shops; Hebrew wording (CFC-12 repeats in many sets and UV-dye labels in several, "
         "blind221, blind233, blind238 and a development row, kept as a repeat of the label; from Israel to Cyprus is "
         "the new part as far as a search found)", firm("Orion Car Aircon Ltd", "CY")),
        ("OZN-05", "import", "ESSEA01", "sea", "MA", [], "ES", "340290",
         "Nettoyant jantes et moyeux pour montage de pneus, ininflammable, bidons 5 l, 400 bidons", "MA", 2680, 400,
         3200, "EUR",
         "the hub and rim-seat cleaners tyre fitters spray before mounting a wheel are alkaline water-based liquids "
         "of about 1.05 kg/l or flammable heptane sprays; these 400 cans hold 6.7 kg each of a colourless liquid of "
         "1.34 kg/l that smells sweet like chloroform, does not burn and evaporates cold from the hand: "
         "1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, by sea from Tanger Med to "
         "Algeciras for a Seville tyre wholesaler; Moroccan French wording (methyl chloroform repeats in many sets and "
         "a brake-cleaner label on it once, blind8, and wheel-rim cleaner labels twice on other goods, blind254 and a "
         "development row; a tyre fitters' rim-and-hub cleaner was found in no earlier row by a keyword search)",
         firm("Rivage Neumáticos SL", "ES")),
        ("OZN-06", "export", "SIROAD01", "road", "SI", ["HR"], "RS", "842139",
         "Rabljeni hladilni sušilniki stisnjenega zraka, delujoči, 36 kosov", "SI", 3600, 36, 3600, "EUR",
         "used refrigerated compressed-air dryers sold on for reuse are recent units on R-134a or R-513A with the "
         "charge on the plate; these 36, taken out of Ljubljana and Maribor body shops when their compressor rooms "
         "were renewed, are 1995-2005 units whose plates read 'R22, 0.6 kg', and a leak detector names "
         "chlorodifluoromethane at the service valves: equipment containing and relying on an HCFC, whose export from "
         "the Union Regulation 2024/590 forbids, on a lorry through Croatia for a Belgrade 'compressor service'; "
         "Slovenian wording (HCFC-22 equipment for export repeats in many sets and compressed-air dryers in three "
         "rows, blind52 and blind131 on HFCs and blind247 as a zeolite label; body shops' R-22 dryers for export are "
         "the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-07", "transit", "GRSEA01", "sea", "CN", ["GR"], "AL", "290351",
         "Gaz ftohës R-1234yf për kondicionerët e automjeteve, bombola 10 kg, 300 copë", "CN", 3000, 300, 9000, "USD",
         "R-1234yf for car air-conditioning costs several times an older gas, reads about 5.9 bar at 20 °C and comes "
         "in refillable cylinders with a left-hand valve; these 300 disposable cylinders read 9.1 bar, an identifier "
         "gives pure chlorodifluoromethane and the valves carry an R-22 filler's stamps: HCFC-22, moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Piraeus in transit from Ningbo to a Tirana "
         "supplier of car-air-conditioning and body shops; Albanian wording (HCFC-22 under HFC and HFO labels repeats "
         "in many sets, R-1234yf labels among them, kept as a repeat; a transit through Piraeus to Albania is the new "
         "part as far as a search found)", {"importer_country": "AL"}),
        ("OZN-08", "import", "CZAIR01", "air", "JP", [], "CZ", "381400",
         "内装用ドライクリーニング溶剤 (天井・シート用、速乾) 1 L × 48本", "JP", 75, 48, 96000, "JPY",
         "the quick-drying solvents valeters use to spot-clean headliners and seats are isoparaffins of about 0.76 kg/l "
         "that smell of lamp oil and burn; these 48 bottles weigh 1.56 kg/l, do not burn, smell faintly sweet and "
         "evaporate cold from the hand: CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, "
         "flown from Osaka to Prague for a car-valeting supplier; Japanese wording (CFC-113 repeats in many sets and "
         "upholstery spot-remover labels on ozone-depleting substances twice, blind58 and blind233; a car-headliner "
         "dry-cleaning solvent was found in no earlier row by a keyword search)",
         firm("Nordhafen Autokosmetika s.r.o.", "CZ")),
        ("OZN-09", "import", "LVAIR01", "air", "UZ", [], "LV", "380891",
         "Quritilgan mevalar uchun etil formiat fumiganti, 1 kg ballonlar, 60 dona", "UZ", 60, 60, 600, "USD",
         "ethyl formate for fumigating dried fruit is a volatile, flammable liquid of 0.92 kg/l that smells of rum; "
         "these 60 small cylinders hold a liquid of 1.73 kg/l under pressure that does not burn, has almost no smell "
         "and boils off at 4 °C: methyl bromide, whose import into the Union is banned (no quarantine exemption "
         "remains), flown from Tashkent to Riga for a dried-fruit importer; Uzbek wording (methyl bromide repeats in "
         "many sets and an ethyl-formate label on it once, blind148, for log exports, kept as a repeat of the label; "
         "dried-fruit fumigant from Uzbekistan by air is the new part as far as a search found)",
         firm("Vega Žāvēti Augļi SIA", "LV")),
        ("OZN-10", "import", "BEAIR01", "express", "PH", [], "BE", "630710",
         "Mga polishing pad na microfiber, 5 pulgada, 200 piraso", "PH", 4, 200, 300, "USD",
         "an express parcel for a Ghent detailing studio: microfibre polishing pads and clay bars are what the Manila "
         "supplier sends, but the third item's 'compressed air duster' is 24 heavy 500 g aerosol cans for blowing dust "
         "out of dashboard vents that hold CFC-12 (dichlorodifluoromethane), 'R-12' stamped under the sticker, whose "
         "import into the Union is banned, hidden as the last item of a three-item declaration; Filipino wording "
         "(CFC-12 repeats in many sets and air-duster labels in many, kept as a repeat; a detailing studio's vent "
         "duster behind polishing pads from the Philippines is the new part as far as a search found)",
         dict(firm("Horizon Car Detailing BV", "BE"),
              _more_items=[item("340700", "Clay bar na pang-detailing, 100 piraso", "PH", 10, 200, "USD", qty=100),
                           item("285390", "Compressed air duster para sa aircon vents, 24 lata", "PH", 12, 48, "USD",
                                qty=24)])),
    ],
    "cultural": [
        ("CUL-01", "export", "ITSEA01", "sea", "IT", [], "US", "442199",
         "Pannelli in legno dipinto, riproduzione di carretto siciliano, 4 pezzi", "IT", 60, 4, 800, "EUR",
         "reproduction Sicilian-cart panels for tourists are new plywood painted in bright enamel with paladins and a "
         "flat, even finish; these four are the thick walnut side boards, tailboard and carved axle box of a Palermo "
         "cart of about 1890, painted in egg tempera with the battle of Roncesvalles, worn through where the harness "
         "rubbed and signed by a known Bagheria cart painter, taken apart in a Palermo carrozzeria that restores carts "
         "and vintage coachwork: a cultural good over 70 years old exported without the Italian certificate of free "
         "circulation and the EU export licence (Regulation 116/2009), by sea from Palermo to a New Jersey collector; "
         "Sicilian Italian wording (Sicilian objects repeat in several sets, pupi among them; a cart-panel label was "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "import", "FRAIR01", "air", "KH", [], "FR", "680299",
         "ចម្លាក់ថ្មសម្រាប់តុបតែងសួន ថ្មី ២ ដុំ", "KH", 180, 2, 300, "USD",
         "new garden statues for the forecourt of a Lyon car wash run by a Cambodian family are machine-cut, "
         "sharp-edged sandstone or cast concrete with a fresh surface; these two are a weathered pink-sandstone lintel "
         "fragment with a kala face and garlands and a female guardian head with a tenon and lichen in the carving, "
         "sawn from a Koh Ker temple: Angkorian sculpture (10th century) removed from Cambodia against its export ban, "
         "brought in without the import licence Regulation 2019/880 requires, flown from Phnom Penh to Paris; Khmer "
         "wording (Khmer sculpture repeats in several sets, kept as a repeat of the good; a car-wash forecourt "
         "ornament was found in no earlier row by a keyword search)", firm("Vega Lavage Auto SARL", "FR")),
        ("CUL-03", "import", "ESAIR01", "air", "PE", [], "ES", "630710",
         "Toallas de microfibra para detallado de autos, 40 x 40 cm, 2.000 unidades", "PE", 80, 2000, 1400, "USD",
         "a car-detailing air shipment for a Madrid detailing supplier: microfibre towels and foam polishing pads are "
         "what the Lima supplier sends, but the third item's 'trapos de algodón para pulido, reciclados' hold, among "
         "cut squares of white T-shirt jersey, some 60 hand-woven cotton and camelid-wool fragments with tapestry "
         "birds and step-fret bands in faded natural dyes, with sand and fibre rot at the edges: Chancay textiles "
         "(11th-15th century) dug from Peruvian coastal cemeteries, archaeological objects whose export Peru forbids, "
         "brought in without the import licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration, flown from Lima to Madrid; Peruvian Spanish wording (pre-Columbian textiles repeat in many sets, "
         "under upholstery-remnant labels in blind74, blind87 and blind207; polishing rags behind detailing towels are "
         "the new part as far as a search found)",
         dict(firm("Atlantic Detallado SL", "ES"),
              _more_items=[item("392690", "Almohadillas de pulido de espuma, 150 mm, 600 unidades", "PE", 30, 900, "USD",
                                qty=600),
                           item("631010", "Trapos de algodón para pulido, reciclados, 40 kg", "PE", 40, 60, "USD")])),
        ("CUL-04", "import", "GRAIR01", "air", "GE", [], "GR", "741980",
         "ჭედური სპილენძის დეკორატიული პანელები ავტოსახელოსნოს ვიტრინისთვის, ახალი, 6 ცალი", "GE", 9, 6, 180, "USD",
         "new chased copper panels for a panel beater's showroom are thin, machine-rolled sheet with a bright lacquer "
         "and even hammer marks; these six are silver-gilt repoussé plaques on a wooden core with nail holes, worn "
         "gilding and Georgian asomtavruli inscriptions naming saints, stripped from the cover of a medieval icon of "
         "a Svaneti church: Georgian church metalwork (11th-13th century) removed against Georgia's export ban, "
         "brought in without an import licence (Regulation 2019/880), flown from Tbilisi to Athens for a body-shop "
         "owner who still beats panels by hand; Georgian wording (Georgian icons and repoussé repeat in several sets, "
         "kept as a repeat of the good; a panel-beater's showroom label was found in no earlier row by a keyword "
         "search)", firm("Orion Fanopoiia AE", "GR")),
        ("CUL-05", "import", "DEAIR01", "express", "HK", [], "DE", "870870",
         "古董風格黃銅輪轂中心蓋 (經典車用), 8件", "CN", 2.4, 8, 80, "USD",
         "antique-style brass hub caps for classic cars are new, spun, bright and identical, with a screw thread; "
         "these eight are heavy, cast bronze cylinders with green and red cuprite crust, cloud-scroll and taotie "
         "decoration, a linchpin slot and earth inside: Warring States chariot axle caps (5th-3rd century BC), "
         "archaeological objects whose export China forbids, brought in without the import licence Regulation 2019/880 "
         "requires, sent by express from Hong Kong to a Stuttgart classic-car wheel and tyre restorer; Hong Kong "
         "Chinese wording (Chinese archaeological bronzes repeat in many sets; chariot fittings as classic-car hub "
         "caps were found in no earlier row by a keyword search)", person("Jonas Keller", "DE")),
        ("CUL-06", "import", "CYPOST01", "post", "LB", [], "CY", "711810",
         "فيش معدنية لمغسلة السيارات، نحاس أصفر، مستعملة، 200 قطعة", "LB", 0.9, 200, 40, "USD",
         "car-wash tokens are identical, machine-struck brass discs with a groove and a wash chain's name; these 200 "
         "are worn bronze and silver coins of many sizes, Seleucid, Roman provincial and Umayyad, with earth in the "
         "letters and no two alike: archaeological coins dug in Syria and sent on from Beirut, brought in without "
         "the import licence Regulation 2019/880 requires, posted to a Limassol car-wash owner; Lebanese Arabic "
         "wording (ancient coins repeat in many sets under token labels, laundromat tokens blind252 and coin-pusher "
         "tokens blind256 among them, kept as a repeat of the family; a car-wash token label was found in no earlier "
         "row by a keyword search)", person("Andreas Georgiou", "CY")),
        ("CUL-07", "import", "DEPOST01", "post", "CL", [], "DE", "711719",
         "Bisutería plateada estilo mapuche, nueva, 3 piezas", "CL", 1.2, 3, 45, "USD",
         "new Mapuche-style costume jewellery is thin, bright nickel-silver sheet stamped with even patterns; these "
         "three are a heavy, hand-hammered silver trapelacucha breastplate and two tupu pins, worn smooth, with old "
         "repairs and soot in the chasing: 19th-century Mapuche silverwork of the Araucanía, a cultural good whose "
         "export Chile forbids without a permit, brought in against Regulation 2019/880 (Article 3(1)), posted from "
         "Temuco to a private buyer in Munich; Chilean Spanish wording (Mapuche objects repeat in a few sets, blind60, "
         "blind63 and blind138, kept as a repeat of the good; by post to Germany is the new part as far as a search "
         "found)",
         person("Claudia Hoffmann", "DE")),
        ("CUL-08", "import", "NLAIR01", "air", "MM", [], "NL", "442191",
         "ယွန်းထည် ဝါးစားပွဲခင်း အသစ် ၁၂ ချပ်", "MM", 3, 12, 60, "USD",
         "new lacquered bamboo placemats from Bagan are thin, light and red-and-black with machine-even patterns; "
         "these twelve are stiff, gilded lacquer leaves on cloth cores with square Pali 'tamarind-seed' script in "
         "black lacquer and worn red edges, from a monastery kammavaca of the 19th century: a Buddhist ordination "
         "manuscript removed against Myanmar's export ban, brought in against Regulation 2019/880 (Article 3(1)), "
         "flown from Yangon to Amsterdam for a dealer; Burmese wording (kammavaca leaves repeat once, blind12, and "
         "in a development row, kept as a repeat of the good, and a bamboo-placemat label once, blind206, on Chinese "
         "bamboo slips; on Burmese lacquer leaves it is the new part as far as a search found)",
         firm("Alpina Aziatische Kunst BV", "NL")),
        ("CUL-09", "transit", "FRAIR01", "air", "ML", ["FR"], "US", "691390",
         "Poteries décoratives en terre cuite, artisanat moderne, 3 pièces", "ML", 24, 3, 90, "USD",
         "modern Malian terracotta souvenirs are light, evenly fired and red-slipped and smell of fresh clay; these "
         "three are heavy, grey-cored figures of kneeling and seated people with snake-and-pustule decoration, root "
         "marks and river silt in the folds and a thermoluminescence sample hole drilled under one: Inland Niger "
         "Delta terracottas (12th-16th century), archaeological objects whose export Mali forbids, landed at "
         "Paris-Charles de Gaulle in transit from Bamako to a New York dealer, against Regulation 2019/880 (Article "
         "3(1)), which covers transit; Malian French wording (Djenné terracottas repeat in several sets, kept as a "
         "repeat; a transit through Roissy to New York is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-10", "export", "CZAIR01", "air", "CZ", [], "US", "442199",
         "Dřevěná socha světce, novodobá kopie, polychromovaná, 1 ks", "CZ", 14, 1, 300, "EUR",
         "a modern copy of a baroque saint is new linden wood with fresh gesso and acrylic paint, light and sharp-edged; "
         "this St John of Nepomuk is carved in limewood with a hollowed back, several layers of old polychromy and "
         "gilding over a chalk ground, worm holes and a parish inventory number in ink: a Bohemian baroque statue of "
         "about 1730, a cultural good over 100 years old exported without the Czech permit and the EU export licence "
         "(Regulation 116/2009), flown from Prague to a Chicago dealer; Czech wording (wooden and stone saints, St John "
         "of Nepomuk among them, repeat in several sets, blind64, blind105, blind134 and blind204, kept as a repeat; by "
         "air to Chicago is the new part as far as a search found)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "import", "BGSEA01", "sea", "GE", [], "BG", "401120",
         "Բեռնատար մեքենաների անվադողեր, նոր, 315/80 R22.5, ծագումը՝ Հայաստան, 480 հատ", "AM", 33600, 480, 72000,
         "USD",
         "Armenia makes no lorry tyres of this size; these 480 new 315/80 R22.5 tyres carry Belshina's Bobruisk plant "
         "code in the DOT line and its moulding under a sidewall sticker, came by rail from Minsk to Gyumri and on by "
         "road to Poti, and have an Armenian certificate of origin: Belarusian tyres, rubber products whose import "
         "into the Union Regulation 765/2006 forbids, by sea from Poti to Burgas for a Sofia truck-tyre dealer; "
         "Armenian wording (Belshina tyres under Serbian, Kazakh, Uzbek and Turkish origin repeat in several sets, "
         "blind11, blind12, blind39, blind65, blind67 and blind74, kept as a repeat; an Armenian certificate through "
         "Georgia is the new part as far as a search found)", firm("Central Gumi Kamioni EOOD", "BG")),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "IQ", "340290",
         "Autoshampoo-basis, geconcentreerd, vaten 220 kg, 80 vaten", "NL", 17600, 80, 8800, "EUR",
         "a concentrated car-shampoo base is a pink or blue, perfumed, foaming blend of anionic surfactants with a "
         "data sheet; these 80 drums hold a water-white, viscous, ammonia-smelling liquid that does not foam, and the "
         "drum heads read CAS 102-71-6, for an Erbil 'car-wash chemicals' firm whose forwarder sends the drums on to "
         "Aleppo: triethanolamine (CWC Schedule 3, dual-use 1C350), exported without the licence Regulation 2021/821 "
         "requires and for a Syrian end user, from Rotterdam to Umm Qasr; Dutch wording (triethanolamine repeats in "
         "many sets under grinding-aid, shampoo-base and emulsifier labels, kept as a repeat of the good; a car-shampoo "
         "base for Iraq is the new part as far as a search found)", {"importer_country": "IQ"}),
        ("STR-03", "export", "SESEA01", "sea", "SE", [], "TR", "340290",
         "Aluminiumljusare för lastbilstvätt, tvåstegssyra, koncentrat, 40 fat", "SE", 9600, 40, 4800, "EUR",
         "the aluminium brighteners of truck washes are dilute acid blends with a few per cent of fluoride and a "
         "wetting agent, sold in 200 l drums with a data sheet; these 40 smaller, PE-lined drums hold a fuming, "
         "colourless liquid that etches the inspection glass at once, titrates at 70 % HF and holds no wetting agent, "
         "for a Mersin 'truck-wash chemicals' firm whose orders go on by road to Tabriz: hydrofluoric acid (hydrogen "
         "fluoride, dual-use 1C350 and listed in the Iran regulation), exported without a licence, from Gothenburg; "
         "Swedish wording (hydrofluoric acid repeats in several sets and brightener labels in a few, a trailer "
         "brightener in blind254 and a boat-hull brightener in blind173, on precursors; a truck-wash brightener on HF "
         "for Iran was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG", "TR", "GE"], "AM", "842549",
         "Dvojstĺpové zdviháky pre autoservisy, 6 ks", "SK", 4200, 6, 12000, "EUR",
         "a body-shop equipment lorry for Yerevan: two-post lifts and spray booths are what Armenian workshops buy, "
         "but the third item's '3D measuring systems for frame benches' are four portable laser trackers with "
         "20-micron accuracy over tens of metres, absolute distance meters and calibration certificates, at 120,000 "
         "EUR each on the maker's list against 4,000 declared, for a Yerevan 'body-shop supplier' whose earlier "
         "consignments went on to Moscow: dimensional measuring systems controlled under dual-use 2B006, on the list "
         "whose export to Russia Regulation 833/2014 forbids, exported without a licence and for re-export, hidden as "
         "the last item of a three-item declaration, on a lorry from Bratislava; Slovak wording (measuring machines "
         "repeat in several sets under granite-table and scanner labels; laser trackers behind body-shop lifts were "
         "found in no earlier row by a keyword search)",
         dict({"importer_country": "AM"},
              _more_items=[item("842489", "Lakovacie boxy pre karosárne, panelové, 2 ks", "SK", 6000, 30000, "EUR",
                                qty=2),
                           item("903149", "Elektronické 3D meracie systémy pre rovnacie stolice karosérií, 4 ks", "SK",
                                240, 16000, "EUR", qty=4)])),
        ("STR-05", "export", "HUROAD01", "road", "HU", [], "RS", "842420",
         "HVLP festékszóró pisztolyok karosszériafényező műhelyeknek, készletek, 40 db", "HU", 480, 40, 6000, "EUR",
         "HVLP spray-gun kits for body shops are hand-held guns with a 1.3-1.8 mm nozzle and a plastic cup at a few "
         "hundred euros; these 40 crates hold rotary-cage atomisers with brushless drives, pumps, flow controllers and "
         "mounting booms for a heavy multirotor, rated for droplets under 50 microns at several litres a minute, for a "
         "Belgrade 'body-shop equipment' trader whose earlier consignments went on to Russia: spraying systems for "
         "unmanned aerial vehicles, controlled under dual-use 9A350, exported without a licence and for re-export to "
         "Russia, which Regulation 833/2014 forbids, in a lorry at Röszke; Hungarian wording (crop-spraying nozzles "
         "and ULV foggers repeat in a few sets, blind219 and blind221; a body-shop spray-gun label was found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "LY", "382499",
         "Liquido vulcanizzante a freddo per riparazione pneumatici, fusti da 250 kg, 24 fusti", "IT", 6000, 24, 4800,
         "EUR",
         "the cold-vulcanising fluid tyre repairers brush on before a patch is a rubber-and-accelerator solution in "
         "naphtha of about 0.75 kg/l that smells of petrol and comes in tins and bottles of 10-250 ml; these 24 drums "
         "hold a yellow-orange liquid of 1.68 kg/l that smells choking and sulphurous and fumes in damp air, the "
         "maker's sheet giving CAS 10025-67-9, for a Misrata 'tyre-repair supplies' firm with no retread shop: "
         "sulphur monochloride (CWC Schedule 3, dual-use 1C350), exported without the licence Regulation 2021/821 "
         "requires, from Salerno; Italian wording (sulphur monochloride repeats twice, blind16 as a rubber vulcanising "
         "agent and a held-out row, and cold-vulcanising labels on other goods in blind167, blind188 and blind210; a "
         "tyre-repair cold-vulcanising label on it was found in no earlier row by a keyword search)",
         {"importer_country": "LY"}),
        ("STR-07", "export", "LVAIR01", "air", "LV", [], "KG", "903020",
         "Automobiļu diagnostikas osciloskopi servisiem, 4 kanāli, 30 gab.", "LV", 240, 30, 9000, "EUR",
         "the automotive diagnostic scopes garages use for sensor and ignition waveforms are 4-channel USB boxes of "
         "20-100 MHz at a few hundred euros; these 30 are 4 GHz, 20 GS/s bench oscilloscopes at about 40,000 EUR each "
         "on the maker's list, for a Bishkek 'garage-equipment' firm set up in autumn whose forwarder's address is a "
         "Moscow electronics integrator's: oscilloscopes on the common high-priority list, whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, flown from Riga; Latvian wording "
         "(oscilloscopes repeat in several sets and an automotive-diagnostic label once, blind105, on testers, kept as a "
         "repeat of the family; from Riga to Bishkek is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-08", "export", "ATAIR01", "air", "AT", [], "KZ", "853710",
         "Steuerplatinen für Laufbänder, Ersatzteile, 200 Stück", "AT", 300, 200, 6000, "EUR",
         "spare treadmill control boards are single motor-driver boards with a display lead at 30-80 EUR; these 200 "
         "are five-axis CNC controllers with drive interfaces and machine-tool software, at 6,000 EUR each on the "
         "maker's list, for an Almaty 'fitness-equipment' importer whose freight goes on to Yekaterinburg: numerical "
         "controls for machine tools, on the list whose export to Russia and re-export Regulation 833/2014 forbids, "
         "flown from Vienna; Austrian German wording (CNC controllers repeat in several sets under other board labels, "
         "kept as a repeat; a treadmill-board label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-09", "export", "IEAIR01", "air", "IE", [], "TR", "720421",
         "Stainless steel scrap, turbine offcuts, mixed, 1.2 t", "IE", 1200, None, 1800, "EUR",
         "stainless steel scrap is sheet, pipe and turnings sold by the tonne at about 1.50 EUR/kg; these crates hold "
         "600 whole, single-crystal nickel-superalloy turbine blades with cooling holes and thermal-barrier coating, "
         "taken from overhauled airliner engines at a Shannon MRO and worth several thousand euros each, for an "
         "Istanbul 'metal trader' whose buyer is an Iranian engine shop: aircraft engine parts listed in the Iran "
         "regulation and dual-use 9E003 technology products, exported without a licence, flown from Shannon; Irish "
         "English wording (turbine blades repeat in several sets, kept as a repeat of the good; a stainless-scrap "
         "label from Ireland is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-10", "export", "LUAIR01", "air", "LU", [], "AE", "391990",
         "Film vinyle d'habillage automobile, aspect carbone, rouleaux 1,52 x 25 m, 60 rouleaux", "LU", 1200, 60,
         4800, "EUR",
         "carbon-look wrap film for car wrapping is a thin, stretchy, printed PVC film with an adhesive liner that "
         "detailing studios sell by the metre at a few euros; these 60 cold-packed rolls hold tacky, black, woven "
         "high-modulus carbon-fibre prepreg in an epoxy resin with a shelf-life label from the maker's freezer, at "
         "several hundred euros a square metre, for a Dubai 'car-wrap' wholesaler whose orders go on to an Iranian "
         "drone and missile supplier: prepreg controlled under dual-use 1C010 and by the MTCR and listed in the Iran "
         "regulation, exported without a licence, flown from Findel; Luxembourgish French wording (prepreg repeats in "
         "many sets and a carbon-look veneer label once, blind195, on it, kept as a repeat of the family; a car-wrap "
         "film label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "IN", [], "NL", "960390",
         "ਕਾਰ ਡੀਟੇਲਿੰਗ ਬੁਰਸ਼, ਸਿੰਥੈਟਿਕ ਵਾਲ, 4,000 ਨਗ", "IN", 160, 4000, 2400, "USD",
         "synthetic detailing brushes for vents, badges and wheel nuts have even, glossy, flagged nylon or PBT "
         "filaments cut to one length; these 4,000 have tapering, grizzled, banded grey-brown hairs with natural tips "
         "that singe with a burnt-hair smell: mongoose hair (Herpestes spp., CITES App. III for India), whose trade "
         "India forbids, brought in without CITES documents, flown from Delhi to Amsterdam for a detailing-products "
         "firm; Punjabi wording (mongoose-hair brushes repeat in several sets as artists', nail-art and make-up "
         "brushes, blind162, blind171, blind223 and blind243, kept as a repeat of the good; a car-detailing brush "
         "label was found in no earlier row by a keyword search)", firm("Delta Detailing Producten BV", "NL")),
        ("WLF-02", "import", "FRAIR01", "air", "LA", [], "FR", "392690",
         "ຄລິບຕິດຊ່ອງແອລົດ ພລາສຕິກ, 2,000 ອັນ", "LA", 20, 2000, 200, "USD",
         "a car-accessory air shipment for a Paris detailing and car-fragrance shop: vent clips and paper hanging "
         "fresheners are what the Vientiane supplier sends, but the third item's 'wooden car diffusers' are 600 "
         "carved blocks of dark, resin-streaked wood that sink in water and smell of oud when warmed, cut from wild "
         "agarwood: Aquilaria crassna (CITES App. II) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Vientiane to Paris; Lao wording (agarwood repeats in many sets; car diffusers behind "
         "vent clips from Laos were found in no earlier row by a keyword search)",
         dict(firm("Rivage Parfums Auto SARL", "FR"),
              _more_items=[item("330749", "ແຜ່ນນ້ຳຫອມແຂວນໃນລົດ ເຈ້ຍ, 5,000 ແຜ່ນ", "LA", 25, 250, "USD", qty=5000),
                           item("442199", "ທີ່ກະຈາຍກິ່ນໃນລົດ ໄມ້, 600 ອັນ", "LA", 90, 300, "USD", qty=600)])),
        ("WLF-03", "import", "ITAIR01", "air", "NI", [], "IT", "870894",
         "Aros de volante de madera de nogal para autos clásicos, 40 unidades", "NI", 60, 40, 2000, "USD",
         "walnut steering-wheel rims for classic cars are light brown, straight-grained, light and smell faintly of "
         "walnut; these 40 are heavy, oily, orange-red to purple-brown rims with black streaks that smell peppery when "
         "sanded and raise a rash on the restorer's hands: cocobolo (Dalbergia retusa, CITES App. II, over 10 kg of "
         "finished products) without CITES documents, flown from Managua to Milan for the trim and body shop of a "
         "Turin classic-car restorer; Nicaraguan Spanish wording (cocobolo repeats in a few sets as knife and pen "
         "blanks; a steering-wheel label was found in no earlier row by a keyword search)",
         firm("Alpina Restauro Auto d'Epoca Srl", "IT")),
        ("WLF-04", "import", "BESEA01", "sea", "SN", [], "BE", "442199",
         "Cales de roue en bois dur pour camions, 4 800 pièces", "SN", 24000, 4800, 9600, "EUR",
         "hardwood wheel chocks for lorries are rough-sawn wedges of any local wood, sold by the pallet; these 4,800 "
         "wedges are all of a heavy, red-brown, interlocked wood that bleeds a red-brown resin when wet and shows fine "
         "ripple marks, 5 kg each, cut from rosewood logged in Casamance: kosso (Pterocarpus erinaceus, CITES App. II, "
         "under a trade suspension for several West African range states) without CITES documents, by sea from Dakar "
         "to Antwerp for a truck-tyre dealer; Senegalese French wording (kosso repeats in many sets as logs, sawn wood "
         "and pallets; a wheel-chock label was found in no earlier row by a keyword search)",
         firm("Nordhafen Bandencentrale BV", "BE")),
        ("WLF-05", "import", "LVAIR01", "air", "KZ", [], "LV", "430390",
         "Чехлы на автомобильные сиденья из овчины, 60 комплектов", "KZ", 180, 60, 3000, "USD",
         "sheepskin seat covers have dense, crimped, even cream or grey wool on a suede back; these 60 sets are sewn "
         "from spotted, long-haired, grey-beige pelts with black-tipped pieces of ear and short, thick fur at the "
         "belly: Eurasian lynx (Lynx lynx, CITES App. II) furskins without CITES documents, flown from Almaty to Riga "
         "for a car-trim and upholstery workshop; Russian wording from Kazakhstan (lynx repeats in several sets; a "
         "sheepskin car-seat-cover label was found in no earlier row by a keyword search)",
         firm("Orion Auto Salons SIA", "LV")),
        ("WLF-06", "import", "PLAIR01", "air", "BR", [], "PL", "330290",
         "Óleo de fragrância para difusores automotivos (base linalol), tambores de 25 kg, 8 tambores", "BR", 200, 8,
         3200, "USD",
         "fragrance oils for car-vent diffusers are synthetic blends of linalool and other aroma chemicals in a glycol "
         "ether, thin and cheap at 15-20 USD a kilo; these eight drums hold a pale-yellow, floral-woody essential oil "
         "that reads 80-90 % natural linalool with the traces of a steam distillate on the chromatograph, worth over "
         "100 USD a kilo: rosewood oil from Aniba rosaeodora (pau-rosa, CITES App. II, essential oil included) without "
         "a Brazilian export permit, flown from Manaus to Warsaw for a car-fragrance filler that supplies car washes "
         "and detailers; Brazilian Portuguese wording (Aniba rosewood oil repeats in a few sets, a linalool label "
         "among them, blind42, kept as a repeat of the good; a car-diffuser fragrance label was found in no earlier "
         "row by a keyword search)",
         firm("Horizon Zapachy Samochodowe Sp. z o.o.", "PL")),
        ("WLF-07", "import", "ATAIR01", "air", "KE", [], "AT", "121190",
         "Vipande vya msandali wa India (Santalum album), kwa uvumba, kilo 300", "KE", 300, None, 1500, "USD",
         "Indian sandalwood chips are pale yellow, fine-grained and smell sweet and creamy; these 300 kg are coarser, "
         "darker, oily chips with a sharper, resinous smell, from East African sandalwood uprooted in Kenya's "
         "drylands: Osyris lanceolata (CITES App. II for the Kenyan population) without CITES documents, flown from "
         "Nairobi to Vienna for an incense maker; Swahili wording (Osyris under sandalwood and other wood labels "
         "repeats in several sets, blind16 and blind205 among them, kept as a repeat; by air to Vienna is the new part "
         "as far as a search found)", firm("Central Räucherwaren GmbH", "AT")),
        ("WLF-08", "transit", "BEAIR01", "air", "CM", ["BE"], "VN", "051191",
         "Écailles de poisson séchées (tilapia), pour artisanat, 180 kg", "CM", 180, None, 540, "USD",
         "dried tilapia scales for craft are thin, round, translucent and smell of fish; these 180 kg are thick, "
         "brown, shield-shaped, ridged plates of keratin several centimetres across: pangolin scales (Phataginus and "
         "Smutsia, CITES App. I) without CITES documents, landed at Brussels in transit from Yaoundé to Hanoi; "
         "Cameroonian French wording (pangolin scales under fish-scale labels repeat in several sets, blind17, blind92 "
         "and blind99 among them, kept as a repeat; a transit through Brussels from Yaoundé is the new part as far as "
         "a search found)", {"importer_country": "VN"}),
        ("WLF-09", "import", "DEAIR01", "air", "MG", [], "DE", "440890",
         "Placage noir piano pour habillages intérieurs automobiles, feuilles teintées, 600 m²", "MG", 360, 600, 1800,
         "EUR",
         "the piano-black veneer that trim shops lay on dashboards and door cappings is dyed tulipwood or ayous, pale "
         "where a corner is sanded, under black stain; these sheets are black right through with a fine, glassy, "
         "pore-less grain and a few grey streaks, heavy and brittle, sliced from Malagasy ebony: Diospyros spp. "
         "(CITES App. II for the populations of Madagascar, under a zero export quota) without CITES documents, flown "
         "from Antananarivo to Frankfurt for a Stuttgart car-interior trim and body shop; Malagasy French wording "
         "(Malagasy ebony repeats in several sets and a veneer label on it once, blind95, as wenge; a car-interior "
         "trim veneer was found in no earlier row by a keyword search)", firm("Alpina Fahrzeuginterieur GmbH", "DE")),
        ("WLF-10", "import", "SEAIR01", "express", "JP", [], "SE", "392690",
         "樹脂製印鑑 (はんこ), 手彫り, 10本", "JP", 0.4, 10, 30000, "JPY",
         "resin name seals are light, even, cast cylinders with a mould line; these ten are heavy, cream-white seals "
         "with fine cross-hatched lines on the end grain and a warm, waxy polish: elephant ivory hanko (Loxodonta, "
         "CITES App. I) without CITES documents, sent by express from Tokyo to a private buyer in Malmö; Japanese "
         "wording (ivory hanko repeats in several sets, kept as a repeat; by express to Sweden is the new part as far "
         "as a search found)", person("Karin Andersson", "SE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "TH", "IE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (restoring whitewall tyres)", "TH", 2.3, 2, 30,
     "EUR", [("PRECURSOR_LICENCE", "IE-DJE-71-0058")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "CH", "CZ", "290420",
     "Nitromethane 98 %, 1 l, for a licensed private user (drag-racing engines)", "CH", 1.1, 1, 45, "EUR",
     [("PRECURSOR_LICENCE", "CZ-MPO-71-0212")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "853932",
     "Waste xenon HID burners containing mercury, from Swiss garages and body shops, for recycling at a licensed "
     "plant, 2 t", "CH", 2000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-71-0144")],
     "notified waste mercury lamps to a licensed recycler"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "382590",
     "Car-wash separator sludge (13 05 02*), from Norwegian car washes, for treatment at a licensed plant, 22 t", "NO",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-71-0087")], "notified separator sludge to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "US", "CZ", "290377",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 650, "USD",
     [("ODS_LICENCE", "CZ-MZP-ODS-71-006")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand extinguishers", "US", 120,
     10, 6000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-71-009")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITSEA01", "sea", "IT", "US", "970690",
     "Sicilian cart, painted, Palermo, c. 1885, loan to a US museum", "IT", 350, 1, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-71-0219")],
     "cart exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970531",
     "Greek and Roman bronze coins, 60, documented German collection since 1952, sold at auction", "DE", 0.4, 60, 4800,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-71-0033")],
     "archaeological coins exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SKAIR01", "air", "SK", "TR", "903149",
     "Portable laser tracker with absolute distance meter, 1 unit, for a Turkish aerospace supplier's jig assembly", "SK",
     60, 1, 118000, "EUR", [("EXPORT_LICENCE", "SK-MH-71-0031"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-71-0207")],
     "dual-use laser tracker under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "MA", "292215",
     "Triethanolamine 99 %, 80 drums, for a Moroccan cement plant's grinding aid", "NL", 17600, 80, 35000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-71-0412"), ("END_USER_CERTIFICATE", "MA-MCI-EUC-71-0058")],
     "Schedule 3 chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "NI", "IT", "870894",
     "Cocobolo steering-wheel rims (Dalbergia retusa), 40 units", "NI", 60, 40, 7200, "USD",
     [("CITES_PERMIT", "NI-MARENA-71-0044")], "App. II cocobolo products with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "VN", "FR", "442199",
     "Plantation agarwood car diffusers (Aquilaria crassna), 600 units", "VN", 90, 600, 4200, "USD",
     [("CITES_PERMIT", "VN-CITES-71-0318")], "App. II plantation agarwood products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-02": "Soukromá osoba", "PRM-05": "Central Laboratoř s.r.o.",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Alpina Restauro Auto d'Epoca Srl",
    "PRM-12": "Rivage Parfums Auto SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # car washes, body shops, detailing studios and tyre dealers
    ("340290", "Whitewall tyre cleaner spray, 500 ml", "import", ["post"], ["US", "TH"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("340290", "Iron-fallout remover for wheels (thioglycolate), 1 l", "import", ["road"], ["CH"], (6, 12), (300, 1200), ["CHF", "EUR"], 0.95, S),
    ("340530", "Tyre-shine gel, silicone, 1 l", "import", ["sea"], ["IN", "CN"], (2, 4), (3000, 8000), ["USD"], 1, S),
    ("381400", "Etch-primer activator, phosphoric, 1 l tins", "import", ["air"], ["BR", "US"], (6, 12), (100, 400), ["USD"], 1.1, S),
    ("291570", "Zinc stearate anti-clog sanding powder, 1 kg", "import", ["rail"], ["CN"], (3, 5), (2000, 6000), ["USD"], 1, S),
    ("390910", "Urea plastic blasting media, Type II, 25 kg bags", "import", ["road"], ["UA", "TR"], (2.5, 4), (5000, 15000), ["EUR"], 0.04, S),
    ("390690", "Polyacrylamide flocculant powder for car-wash water recycling", "import", ["sea"], ["ID", "CN"], (2, 4), (4000, 10000), ["USD"], 0.04, S),
    ("382499", "Road-salt neutraliser for underbody washes, citric, 1 kg", "import", ["road"], ["MD", "TR"], (2, 4), (1000, 3000), ["EUR"], 1, S),
    ("382499", "Bio-enzymatic odour control for car-wash reclaim tanks, 20 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.05, S),
    ("340290", "Upholstery extraction powder, low-foam, 1 kg", "import", ["post"], ["GB"], (8, 15), (1, 4), ["GBP"], 1, S),
    ("401220", "Part-worn car tyres, graded 4 mm and more, with tread report", "export", ["sea"], ["GH", "PK"], (0.6, 1.2), (8000, 16000), ["EUR"], 0.12, S),
    ("853932", "HID xenon burners D2S and D1S, new, boxed", "import", ["air"], ["JP", "CN"], (300, 600), (50, 200), ["USD"], 28, S),
    ("842489", "Car-wash gantries, new, with test certificate", "export", ["sea"], ["SN", "AO"], (8, 14), (3000, 8000), ["EUR"], 0.0003, S),
    ("391610", "Polyethylene brush filament for car washes, new, spools", "import", ["sea"], ["CN", "TR"], (2.5, 4), (4000, 12000), ["USD"], None, S),
    ("902620", "Tyre-pressure sensors (TPMS), new, boxed", "import", ["air"], ["CN", "TW"], (150, 300), (50, 300), ["USD"], 25, S),
    ("842430", "Pressure washers, new, boxed", "import", ["sea"], ["CN"], (6, 10), (4000, 10000), ["USD"], 0.08, S),
    ("381400", "Nitro thinner for 2K paints, new, 5 l tins", "export", ["sea"], ["EG", "TN"], (1.5, 2.5), (8000, 16000), ["EUR"], 0.2, S),
    ("681381", "Brake pads and shoes, asbestos-free, new, boxed", "export", ["sea"], ["GE", "MD"], (4, 8), (3000, 10000), ["EUR"], 0.8, S),
    ("391990", "Carbon-look car-wrap vinyl film, 1.52 m rolls", "import", ["sea"], ["CN", "KR"], (4, 8), (2000, 6000), ["USD"], 0.05, S),
    ("381400", "Tar and glue remover, citrus, 500 ml", "import", ["air"], ["KR", "US"], (5, 10), (100, 500), ["USD"], 1.8, S),
    ("392690", "Headlight restoration kits, sanding discs and UV clear coat", "import", ["post", "express"], ["CN", "US"], (20, 40), (1, 3), ["USD"], 3, S),
    ("842410", "Spray-booth CO2 suppression cylinders, new, certified", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR"], 0.012, S),
    ("320490", "UV leak-detection dye for car A/C, without propellant, 7.5 ml", "import", ["air"], ["IL", "US"], (30, 60), (50, 200), ["USD"], 40, S),
    ("340290", "Rim and hub cleaner for tyre fitters, water-based, 5 l", "import", ["sea"], ["MA", "TR"], (1, 2), (3000, 8000), ["EUR"], 0.2, S),
    ("842139", "Desiccant compressed-air dryers, new", "export", ["road"], ["RS", "BA"], (15, 25), (500, 2000), ["EUR"], 0.02, S),
    ("381400", "Interior spot cleaner for valeting, isoparaffin, 1 l", "import", ["air"], ["JP", "KR"], (8, 15), (50, 200), ["USD", "JPY"], 1.3, S),
    ("630710", "Microfibre polishing pads and towels", "import", ["sea"], ["CN", "PH"], (6, 12), (2000, 6000), ["USD"], 20, S),
    ("442199", "Sicilian-cart-style painted souvenir panels, new", "export", ["post"], ["US", "CA"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("680299", "Reproduction Khmer-style garden statues, sandstone, new", "import", ["sea"], ["KH", "VN"], (1.5, 3), (3000, 8000), ["USD"], 0.03, S),
    ("631010", "Recycled cotton polishing rags, white, sorted", "import", ["sea"], ["PK", "IN"], (0.6, 1.2), (8000, 18000), ["USD"], None, S),
    ("741980", "Hammered copper wall panels, new, lacquered", "import", ["air"], ["GE", "TR"], (20, 40), (50, 200), ["USD"], 0.5, S),
    ("870870", "Brass wheel centre caps for classic cars, new", "import", ["express"], ["CN", "HK"], (30, 60), (1, 3), ["USD"], 3, S),
    ("711810", "Car-wash tokens, brass, new", "import", ["post", "express"], ["TR", "CN"], (15, 30), (1, 4), ["EUR", "USD"], 200, S),
    ("960390", "Synthetic detailing brushes, PBT filament", "import", ["air"], ["IN", "CN"], (10, 20), (100, 400), ["USD"], 25, S),
    ("442199", "Beech-wood car diffusers, new", "import", ["express"], ["VN", "CN"], (30, 60), (1, 3), ["USD"], 6, S),
    ("870894", "Walnut steering-wheel rims for classic cars, new", "import", ["air"], ["US", "TW"], (40, 80), (50, 200), ["USD"], 0.7, S),
    ("401699", "Rubber wheel chocks for lorries", "import", ["sea"], ["CN", "IN"], (1, 2), (5000, 12000), ["USD"], 0.3, S),
    ("430390", "Merino sheepskin car-seat covers, new", "import", ["sea"], ["AU", "NZ"], (25, 45), (1000, 4000), ["AUD", "NZD"], 0.35, S),
    ("330290", "Car-diffuser fragrance oil, synthetic linalool blend, 25 kg drums", "import", ["air"], ["IN", "BR"], (12, 20), (100, 400), ["USD"], 0.04, S),
    ("340290", "Car-shampoo concentrate, pH-neutral, 20 l", "export", ["sea"], ["IQ", "JO"], (1.5, 2.5), (8000, 18000), ["EUR"], 0.05, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442090", "Wooden wall key racks", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 4, N),
        ("691200", "Ceramic spoon rests", "import", ["sea"], ["CN", "TR"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 5, N),
        ("442191", "Bamboo bath caddies", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1.2, N),
        ("702000", "Sand egg timers, glass and beech", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind269", 20710101, HERE)


if __name__ == "__main__":
    main()
