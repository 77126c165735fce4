#!/usr/bin/env python3
"""Writes the three-hundred-and-sixth blind set (tests/risk/data/blind306-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2077, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: classic-car restorers, vintage parts
dealers and car shows (restoration and re-chroming workshops, upholsterers and trimmers,
vintage and new-old-stock parts dealers, classic-car dealers and collectors, concours,
historic-racing and car-show organisers and their exhibitors).
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
only where a real declaration would. Ids are BL306-*:

    python3 tests/risk/data/make_blind306_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2077, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2077
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "US", [], "NL", "340290",
         "Classic car headliner & vinyl top whitener, professional strength, 1 qt x 4", "US", 4.3, 4, 60, "USD",
         "the whiteners sold for yellowed vinyl headliners and tops of classic cars are mild oxygen-bleach "
         "sprays of a few per cent in trigger bottles; these four quart bottles hold a water-clear, runny liquid of "
         "1.13 kg/l with vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Ohio to a private restorer in Zwolle; American English wording "
         "(hydrogen peroxide repeats in many sets and a headliner label once, blind269, on a cleaning powder; a "
         "headliner-whitener label on peroxide was found in no earlier row by a keyword search)",
         person("J. de Vries", "NL")),
        ("PRE-02", "import", "HRROAD01", "road", "RS", [], "HR", "381190",
         "Aditiv za gorivo za dvotaktne oldtajmere (Trabant, Wartburg, DKW), 1 l, 60 boca", "RS", 68, 60, 420, "EUR",
         "the fuel additives sold for vintage two-stroke cars are oily, blue-dyed lubricant blends of 0.88 kg/l; "
         "these 60 bottles hold a water-clear, faintly fruity liquid of 1.14 kg/l that mixes with nothing oily and "
         "whose drum label under the sticker reads 'nitrometan', for a Zagreb vintage-parts shop that sells the "
         "bottles to anyone: nitromethane (Annex I above 16 %) made available to members of the public, in a van at "
         "Bajakovo; Serbian Latin wording (nitromethane repeats in many sets and two-stroke labels in several; a "
         "Trabant and Wartburg fuel-additive label was found in no earlier row by a keyword search)",
         firm("Vega Oldtimer Dijelovi d.o.o.", "HR")),
        ("PRE-03", "import", "SEROAD01", "road", "NO", [], "SE", "382499",
         "Elektrolytt for 6-volts veteranbilbatterier, tørrladet, 1 l, 400 flasker", "NO", 736, 400, 1600, "NOK",
         "filling electrolyte for dry-charged 6-volt batteries of veteran cars is 35-37 % sulphuric acid of "
         "1.28 kg/l; these 400 bottles hold an oily, colourless liquid of 1.84 kg/l that grows hot with a drop of "
         "water and chars the card where it leaked, for a Karlstad veteran-car parts dealer that sells the bottles "
         "over the counter and online: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of "
         "the public, by road at Svinesund; Norwegian wording (sulphuric acid under battery-acid labels repeats in "
         "many sets, kept as a repeat of the label; a 6-volt veteran-battery electrolyte from Norway is the new part "
         "as far as a search found)", firm("Nordhafen Veteranbildelar AB", "SE")),
        ("PRE-04", "import", "ATAIR01", "air", "IL", [], "AT", "340540",
         "אבקת הברקה לפנסי פליז של מכוניות עתיקות, 500 גרם, 240 יחידות", "IL", 120, 240, 960, "USD",
         "the polishing powders brass-era car owners use on lamp bodies and radiator shells are pink rouge or "
         "tripoli, gritty and insoluble; these 240 tubs hold a white, crystalline powder that dissolves slowly, "
         "flares with sugar on a hot plate and whose inner bags read 'KClO4', for a Vienna veteran-car accessory "
         "shop selling the tubs to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Tel Aviv; Hebrew wording (potassium perchlorate repeats in many sets and "
         "polishing-powder labels on it in a few, blind264 among them; a brass-headlamp polishing powder was found in "
         "no earlier row by a keyword search)", firm("Alpina Veteranen Zubehör GmbH", "AT")),
        ("PRE-05", "import", "ITSEA01", "sea", "EG", [], "IT", "701820",
         "خرز زجاجي للسفع الرملي لتنظيف أجسام الكربراتير، أكياس 25 كجم، 640 كيس", "EG", 16000, 640, 5100, "USD",
         "glass-bead blasting media for cleaning carburettor bodies and alloy castings are hard, glassy, clear "
         "spheres that never dissolve; these 640 sacks hold white, opaque prills that turn ice-cold and vanish in "
         "water, test at 34 % N and melt and fume on a hot plate, for a Modena restoration-supply wholesaler that "
         "re-packs them in 5 kg tubs for hobby cabinets: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Alexandria to La Spezia; Egyptian Arabic wording "
         "(ammonium nitrate repeats in many sets and glass-bead labels in several, kept as a repeat of the label; a "
         "carburettor-blasting bead from Egypt is the new part as far as a search found)",
         firm("Meridian Restauro Forniture Srl", "IT")),
        ("PRE-06", "import", "DEPOST01", "post", "TR", [], "DE", "283620",
         "Klasik araç parçaları için elektrolitik pas sökme banyosu tozu, 4 x 1 kg", "TR", 4, 4, 40, "EUR",
         "the powder sold for electrolytic rust-removal baths on classic-car parts is washing soda, a white powder "
         "that dissolves warm and feels slippery; these four bags hold shiny crystals that dissolve cold, flare on a "
         "match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from "
         "Bursa to a private restorer in Bielefeld; Turkish wording (sodium chlorate repeats in many sets and "
         "electrolysis labels in several, on other goods; an electrolytic rust-bath powder was found in no earlier "
         "row by a keyword search)", person("Herr T. Hoffmann", "DE")),
        ("PRE-07", "import", "ESAIR01", "air", "AR", [], "ES", "340290",
         "Limpiador de carburadores por inmersión para autos antiguos, 1 litro, 96 botellas", "AR", 135, 96, 480, "USD",
         "the dip cleaners for carburettors of old cars are brown, cresol-smelling solvent blends of 0.9-1.0 kg/l; "
         "these 96 bottles hold a water-clear liquid of 1.40 kg/l that fumes brown when opened, stains the skin "
         "yellow and eats into a brass jet, for a Madrid vintage-parts shop selling the bottles to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Buenos "
         "Aires; Argentine Spanish wording (nitric acid repeats in many sets and carburettor labels in a few, "
         "blind254 among them; a carburettor dip cleaner was found in no earlier row by a keyword search)",
         firm("Rivage Recambios Clásicos SL", "ES")),
        ("PRE-08", "import", "NLSEA01", "sea", "CN", [], "NL", "321490",
         "老爷车铸铁缸体裂纹密封粉, 500克罐装, 8,000罐", "CN", 4000, 8000, 9600, "USD",
         "the crack-sealing powders for old cast-iron blocks and heads are grey metallic fillers and sodium "
         "silicate, gritty and dark; these 8,000 tins hold shiny, white flakes that crackle and spit violet sparks on "
         "a hot iron, and the maker's sheet gives CAS 3811-04-9, for a Tilburg classic-car parts web shop: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Ningbo to "
         "Rotterdam; Chinese wording (potassium chlorate repeats in many sets; an engine-block crack-sealing powder "
         "was found in no earlier row by a keyword search)", firm("Horizon Klassieke Onderdelen BV", "NL")),
        ("PRE-09", "import", "CYPOST01", "post", "JO", [], "CY", "330730",
         "أملاح استحمام من البحر الميت، معطرة، 4 × 500 غ", "JO", 2.0, 4, 25, "JOD",
         "Dead Sea bath salts are coarse, grey-white, bitter, damp crystals of magnesium and sodium chloride with "
         "a scent; these four jars hold a fine, dry, white, very hygroscopic powder with no scent that burns "
         "fiercely with sugar: sodium perchlorate (Annex I above 40 %), posted from Amman to a private person in "
         "Larnaca; Jordanian Arabic wording (sodium perchlorate repeats in many sets and bath-salt labels in many, "
         "kept as a repeat of the label; from Jordan to Cyprus by post is the new part as far as a search found)",
         person("Andreas Georgiou", "CY")),
        ("PRE-10", "import", "GRROAD01", "road", "AL", [], "GR", "340290",
         "Koncentrat pastrimi për rrota me rreze të makinave klasike, bidona 5 l, 400 bidona (ngarkesa 1 nga 3)", "AL",
         2400, 400, 2000, "EUR",
         "the cleaners for chromed and painted wire wheels of classic cars are mild, soapy, alkaline liquids of "
         "about 1.02 kg/l; these 400 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, "
         "whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for "
         "a Thessaloniki classic-car care shop that sells the cans to the public: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, at Kakavia; Albanian wording (hydrogen "
         "peroxide repeats in many sets and splits over three vans from blind264 onwards, kept as a repeat; a "
         "wire-wheel cleaner was found in no earlier row by a keyword search)", firm("Delta Classic Car Care AE", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "870323",
         "Klassieke auto's, restauratieprojecten, compleet, 14 stuks", "NL", 16800, 14, 14000, "EUR",
         "classic restoration projects sold abroad are complete, rolling cars with papers, drained for shipping; "
         "these 14 are stripped shells and rusted wrecks from a Dutch classic-car dealer's back yard, without "
         "registration papers, with oil in the sumps and gearboxes, brake fluid, old batteries and fuel in the "
         "tanks, crushed roofs and a stack of loose doors inside: end-of-life vehicles not depolluted (16 01 04*), "
         "hazardous waste whose export to a non-OECD country is banned, in containers from Rotterdam to Lagos; "
         "Dutch wording (end-of-life vehicles repeat in many sets and barn-find labels once, blind249; a classic "
         "restoration-project label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "870893",
         "Ricambi d'epoca NOS: dischi frizione e guarnizioni testata, 4 t", "IT", 4000, None, 2400, "EUR",
         "new-old-stock clutch plates and gasket sets come boxed, one part number a box, with the maker's paper; "
         "these pallets hold used clutch plates, brake shoes and exhaust wrap torn out of cars in Turin "
         "restoration shops, oily, crumbling and grey-fibred, dumped loose in big bags: asbestos-containing friction "
         "and gasket waste (16 01 11*, A2050), hazardous waste whose export to a non-OECD country is banned, from "
         "Genoa to Tunis for a 'vintage-parts trader'; Italian wording (asbestos linings repeat in many sets and "
         "clutch-plate labels twice, blind72 and blind113, kept as a repeat; a new-old-stock label is the new part "
         "as far as a search found)", {"importer_country": "TN"}),
        ("WST-03", "export", "SIROAD01", "road", "SI", [], "BA", "283650",
         "Apnenčev mulj (kalcijev karbonat) za apnjenje tal, razsuto, 22 t", "SI", 22000, None, 660, "EUR",
         "liming sludge from a water works is a pale, odourless, chalky calcium carbonate; this tipper holds a "
         "grey-green, strongly alkaline, flaky sludge with paint chips in yellow, red and green that reads 4 % lead "
         "and 1 % chromium, dug out of the caustic dip-stripping tanks of a Maribor body-shell stripper that works "
         "for classic-car restorers: paint-stripping sludge with heavy metals (08 01 17*), hazardous waste whose "
         "export to a non-OECD country is banned, at Gruškovje for a Bihać farm; Slovenian wording (paint-stripping "
         "wastes repeat in several sets; a dip-stripping sludge under a liming label was found in no earlier row)",
         {"importer_country": "BA"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "IN", "261000",
         "Concentrado de mineral de cromo, seco, en big bags, 24 t", "ES", 24000, None, 4800, "EUR",
         "chromite concentrate is a black, heavy, glittering sand of about 46 % Cr2O3; these big bags hold a "
         "yellow-green, damp filter-cake that stains the fingers yellow and tests for hexavalent chromium, pressed "
         "from the effluent plant of a Valencia re-chroming shop that plates classic-car bumpers and trim: "
         "chromium plating sludge (11 01 09*, A1040), hazardous waste whose export to a non-OECD country is banned, "
         "from Valencia to Mundra; Spanish wording (chromium wastes repeat in several sets and chrome-ore labels in "
         "three, blind137, blind147 and blind167, kept as a repeat; a re-chroming shop's sludge is the new part as "
         "far as a search found)", {"importer_country": "IN"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "GH", "761090",
         "Messestände aus Aluminium, gebraucht, für Oldtimer-Ausstellungen, 120 Teile", "DE", 3600, 120, 6000, "EUR",
         "a car-show organiser's container for Accra: used aluminium stands and crowd barriers are what Essen "
         "show builders sell on, but the third item's 'Lichttechnik, gebraucht' is 2.4 t of dead metal-halide "
         "spotlights, broken LED walls and the lead-acid packs of the stands' emergency lighting, in loose piles: "
         "waste electrical equipment with lamps and batteries (A1180, 20 01 21*, 16 06 01*), whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; German wording (e-waste "
         "behind used goods repeats in many sets; a classic-car show's lighting behind its stands was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("732690", "Absperrgitter, gebraucht, 200 Stück", "DE", 3000, 1000, "EUR", qty=200),
                           item("940549", "Lichttechnik, gebraucht, 1 Posten", "DE", 2400, 800, "EUR")])),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "AO", "271019",
         "Óleo base mineral SN 150, tambores de 200 l, 80 tambores", "PT", 14400, 80, 8000, "EUR",
         "SN 150 base oil is a water-white, clear mineral oil with a refinery certificate; these 80 drums hold a "
         "black, gritty mixture of engine, gearbox and differential oils with water at the bottom and a smell of "
         "petrol, drained over a year by a group of Porto classic-car restoration workshops: waste mineral oils "
         "(13 02 05*, 13 02 08*), hazardous waste whose export to a non-OECD country is banned, from Leixões to "
         "Luanda; Portuguese wording (waste oils under base-oil labels repeat in many sets, kept as a repeat of the "
         "label; a restoration workshops' drained oil to Angola is the new part as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "PK", "850710",
         "6 volt startbatterier til veteranbiler, genopladede, 1.800 stk.", "DK", 27000, 1800, 5400, "EUR",
         "reconditioned 6-volt batteries for veteran cars are charged, topped up and tested, with a label and a "
         "date; these 1,800 are black hard-rubber and old plastic cases cleared from the cellars of Danish "
         "veteran-car clubs and parts dealers, cracked, sulphated, empty or still full of acid, reading 0 V: waste "
         "lead-acid batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD country is banned, "
         "from Aarhus to Karachi; Danish wording (waste lead-acid batteries repeat in many sets, kept as a repeat of "
         "the good; a veteran-car battery label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("WST-08", "export", "SKRAIL01", "rail", "SK", [], "UA", "252922",
         "Tavivo fluoritové, náhrada, z hutníckej výroby, 60 t", "SK", 60000, None, 3600, "EUR",
         "metallurgical fluorspar is a pale, crystalline lump of calcium fluoride with an assay; these wagons "
         "hold black-and-grey broken cathode blocks and refractory bricks that smell of ammonia when wet and test "
         "for cyanide and fluoride, from the relining of a Žiar aluminium smelter's pots: spent pot lining "
         "(16 11 01*), hazardous waste whose export to a non-OECD country is banned, by rail at Čierna nad Tisou "
         "for a Ukrainian 'foundry'; Slovak wording (spent pot lining repeats in many sets, kept as a repeat of the "
         "good; from Slovakia by rail under a fluorspar label is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "MK", "262190",
         "Пепел, летлива, за производство на цимент, 24 т", "BG", 24000, None, 480, "EUR",
         "coal fly ash for cement is a grey, fine powder with a certificate of loss on ignition; this tanker "
         "holds a light, brown-grey powder that smells of salt and chlorine, reads dioxins and 2 % zinc and "
         "lead, cleaned out of the flue-gas filters of a Sofia waste incinerator: incinerator APC residues "
         "(19 01 07*), hazardous waste whose export to a non-OECD country is banned, at Gyueshevo for a Kumanovo "
         "'cement plant'; Bulgarian wording (fly ash repeats in many sets, kept as a repeat of the good; from "
         "Bulgaria to North Macedonia is the new part as far as a search found)", {"importer_country": "MK"}),
        ("WST-10", "export", "IEAIR01", "air", "IE", [], "IN", "711299",
         "Silver-bearing scrap, dental, for refining, 120 kg", "IE", 120, None, 6000, "EUR",
         "dental silver scrap for refining is clean offcuts of alloy; these tubs hold grey amalgam capsules, "
         "extracted filled teeth and the contents of amalgam separators from Dublin dental practices, 45 % "
         "mercury by weight: dental amalgam waste (18 01 10*), hazardous waste containing mercury whose export to a "
         "non-OECD country is banned, flown from Dublin to Delhi; Irish English wording (amalgam repeats in many "
         "sets, kept as a repeat of the good; from Ireland by air is the new part as far as a search found)",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "IEAIR01", "air", "US", [], "IE", "271119",
         "R-12 drop-in hydrocarbon refrigerant for classic car A/C, 6 oz cans, 480 cans", "US", 96, 480, 1900, "USD",
         "the hydrocarbon drop-ins sold for the air-conditioning of 1960s and 1970s American cars are propane and "
         "isobutane blends, light, 0.5 kg/l, flammable and sold in 6 oz cans; these 480 cans weigh twice that, the "
         "gas does not light, a leak detector names CFC-12, and the crimp codes are old DuPont lots: "
         "dichlorodifluoromethane (CFC-12), whose import into the Union is banned, flown from Atlanta to Dublin for "
         "a classic American-car restorer; American English wording (CFC-12 repeats in many sets and drop-in labels "
         "in several, kept as a repeat of the label; a classic-car A/C can to Ireland is the new part as far as a "
         "search found)", firm("Atlantic Classic Restorations Ltd", "IE")),
        ("OZN-02", "import", "BEAIR01", "air", "NZ", [], "BE", "842410",
         "AFFF foam extinguishers for historic racing cars, 2.4 l, plumbed-in, 60 units", "NZ", 180, 60, 4200, "NZD",
         "the plumbed-in foam systems of historic racing cars hold an AFFF solution of about 1.0 kg/l that "
         "sloshes; these 60 bottles hiss, spray a liquid that vanishes into a sweet gas and their valve collars read "
         "'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in extinguishers, products whose "
         "import into the Union is banned, flown from Auckland to Brussels for a Spa historic-racing preparer; New "
         "Zealand English wording (halon 1211 repeats in many sets and AFFF and race-car extinguisher labels in "
         "several, blind183 among them, kept as a repeat; from New Zealand for historic racing is the new part as far "
         "as a search found)", firm("Orion Historic Racing SA", "BE")),
        ("OZN-03", "import", "PTAIR01", "air", "CO", [], "PT", "381400",
         "Removedor de manchas para capotas de lona de convertibles clásicos, 500 ml, 240 frascos", "CO", 190, 240, 720,
         "USD",
         "the spot removers sold for canvas hoods of classic convertibles are citrus or naphtha blends of "
         "0.8 kg/l that burn; these 240 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and "
         "evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Bogotá to Lisbon for a classic-car trimmer and upholsterer; Colombian Spanish wording (carbon "
         "tetrachloride under spot-remover labels repeats in many sets and convertible labels in three, kept as a "
         "repeat; a convertible-hood spot remover was found in no earlier row by a keyword search)",
         firm("Central Estofos Clássicos Lda", "PT")),
        ("OZN-04", "import", "DEAIR01", "air", "JP", [], "DE", "340290",
         "旧車用 マグネトー・ポイント接点洗浄剤, 500 mL × 120本", "JP", 94, 120, 240000, "JPY",
         "the contact cleaners for the magnetos and ignition points of old cars are fast-drying hydrocarbon or "
         "isopropanol sprays of 0.75 kg/l that burn; these 120 bottles weigh 1.57 kg/l, do not burn, evaporate "
         "with a faint ether smell and the filler's drums are stamped 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Nagoya to Frankfurt for a "
         "vintage Japanese-car parts dealer; Japanese wording (CFC-113 repeats in many sets and contact-cleaner and "
         "magneto labels in several; a classic-car ignition-points cleaner was found in no earlier row by a keyword "
         "search)", firm("Central Japan Classics GmbH", "DE")),
        ("OZN-05", "import", "ESSEA01", "sea", "VN", [], "ES", "381400",
         "Dung môi tẩy dầu mỡ và sáp trước khi sơn xe cổ, 1 lít, 480 chai", "VN", 596, 480, 1900, "USD",
         "wax-and-grease removers used before painting restored bodies are naphtha blends of 0.76 kg/l that "
         "smell of petrol and burn; these 480 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an "
         "ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is "
         "banned, by sea from Ho Chi Minh City to Barcelona for a classic-car paint shop; Vietnamese wording "
         "(HCFC-141b under solvent labels repeats in many sets; a wax-and-grease remover for old car bodies was found "
         "in no earlier row by a keyword search)", firm("Vega Pintura Clásicos SL", "ES")),
        ("OZN-06", "import", "NLAIR01", "air", "TH", [], "NL", "340290",
         "น้ำยาทำความสะอาดหน้าปัดเรือนไมล์และแผงหน้าปัดรถคลาสสิก 1 ลิตร 60 ขวด", "TH", 79, 60, 360, "USD",
         "the cleaners sold for the gauge faces and instrument panels of classic cars are mild, alcohol-water "
         "sprays of about 0.95 kg/l; these 60 bottles weigh 1.32 kg/l, smell sweet, do not burn and dissolve the "
         "polystyrene cup they are tested in, and the filler's drums read '1,1,1-TCE': methyl chloroform, whose "
         "import into the Union is banned, flown from Bangkok to Amsterdam for a classic-car instrument restorer; "
         "Thai wording (methyl chloroform repeats in many sets and instrument-cleaner labels in three, blind59, "
         "blind66 and blind103, kept as a repeat; a classic-car gauge cleaner is the new part as far as a search "
         "found)", firm("Horizon Instrumenten Restauratie BV", "NL")),
        ("OZN-07", "transit", "DESEA01", "sea", "CN", ["DE"], "CH", "390950",
         "汽车座椅修复用聚氨酯发泡体系 (HFO-1233zd 发泡剂), 200升桶, 40桶", "CN", 10800, 40, 9000, "USD",
         "the two-part foam systems upholsterers use to re-foam classic-car seats are blown with HFO-1233zd or "
         "water and come with a safety sheet; these 40 drums hold a blowing agent that boils at 24 °C, weighs "
         "1.48 kg/l and is named by a leak detector as CFC-11, and the drum heads read 'R-11': "
         "trichlorofluoromethane (CFC-11) in polyol blends, moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Hamburg in transit from Qingdao to a Basel seat-trimming firm; Chinese "
         "wording (CFC-11 in foam systems repeats in many sets and seat-foam labels in several, kept as a repeat; a "
         "transit through Hamburg to Switzerland is the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("OZN-08", "export", "ITSEA01", "sea", "IT", [], "MA", "847989",
         "Stazioni di ricarica aria condizionata usate, per auto d'epoca, 12 pezzi", "IT", 1440, 12, 3600, "EUR",
         "used A/C service stations for export are R-134a or R-1234yf machines, emptied, with a certificate; "
         "these 12 are 1980s stations kept by a Brescia vintage-car workshop for cars with original R-12 systems, "
         "their tanks still holding 8-10 kg of CFC-12 each and reading 5 bar: equipment relying on and containing "
         "CFCs, whose export from the Union is banned (Regulation 2024/590), from Genoa to Casablanca; Italian "
         "wording (CFC equipment for export repeats in many sets and service-station labels twice, blind173 and "
         "blind203; an R-12 station from a vintage-car workshop is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("OZN-09", "import", "BGSEA01", "sea", "GE", [], "BG", "842410",
         "ცეცხლმაქრი ცილინდრები FK-5-1-12, გემის სამანქანო განყოფილებისთვის, 40 ცალი", "GE", 2400, 40, 6000, "USD",
         "FK-5-1-12 clean-agent cylinders for ship engine rooms come new, with a certificate, and hold a liquid "
         "of 1.6 kg/l at modest pressure; these 40 cylinders are old Soviet-pattern bottles under new paint, their "
         "contents a dense liquid of 2.18 kg/l boiling at 47 °C, stamped '114B2': halon 2402 "
         "(dibromotetrafluoroethane), whose import into the Union is banned, by sea from Batumi to Varna for a "
         "ship-repair yard; Georgian wording (halon 2402 repeats in many sets and clean-agent labels in several, "
         "kept as a repeat; from Georgia to Bulgaria is the new part as far as a search found)",
         firm("Vega Ship Services EOOD", "BG")),
        ("OZN-10", "import", "IEAIR01", "express", "AU", [], "IE", "870829",
         "NOS Holden and Ford Falcon body trim, chrome, 40 pcs", "AU", 14, 40, 1200, "AUD",
         "an express parcel for a Cork vintage-parts dealer: new-old-stock chrome trim is what the Melbourne "
         "parts dealer sends, but the second item's 'period extinguisher, 1960s, refilled' is four brass "
         "extinguishers refilled with a heavy liquid of 1.93 kg/l that smells sweet and the Sydney refiller's tags "
         "read 'CBM': bromochloromethane (halon 1011), a controlled substance whose import into the Union is "
         "banned, in products, hidden as the second item of a two-item declaration; Australian English wording "
         "(bromochloromethane repeats in many sets; a period extinguisher behind Holden trim was found in no earlier "
         "row by a keyword search)",
         dict(firm("Rivage Vintage Parts Ltd", "IE"),
              _more_items=[item("842410", "Period extinguisher, 1960s, refilled, 4 pcs", "AU", 8, 160, "AUD", qty=4)])),
    ],
    "cultural": [
        ("CUL-01", "export", "ITSEA01", "sea", "IT", [], "US", "870323",
         "Autovettura replica, costruzione moderna su telaio tubolare, carrozzeria spider, 1 unità", "IT", 1100, 1,
         40000, "EUR",
         "a modern replica is a new tube frame with a reproduction body, a modern engine and new papers; this "
         "spider has a riveted ladder chassis with stamped numbers, a supercharged straight-eight with Milan "
         "foundry marks, aged aluminium panels over an ash frame and a 1933 chassis plate hidden under the "
         "floor: a pre-war Alfa Romeo racing sports car worth well over a million euros, a means of transport more "
         "than 75 years old (Regulation 116/2009, Annex I, category 13) exported without the EU export licence and "
         "the Italian certificate, by sea from Genoa to a Los Angeles collector; Italian wording (classic cars as "
         "cultural goods repeat in a few sets; an Alfa Romeo under a replica label was found in no earlier row by a "
         "keyword search)", {"importer_country": "US"}),
        ("CUL-02", "export", "FRAIR01", "air", "FR", [], "AE", "870600",
         "Châssis roulant avec moteur, pièces détachées automobiles, en vrac, 1 lot", "FR", 900, None, 12000, "EUR",
         "a rolling chassis sold as parts is a bare modern frame with a used engine; this crate holds a "
         "matching-numbers Talbot-Lago chassis of 1938 with its six-cylinder engine, the coachbuilder's "
         "aluminium body panels numbered in pencil and the original log book in a folder: a French pre-war grand "
         "tourer dismantled to pass as parts, a means of transport more than 75 years old worth several hundred "
         "thousand euros, exported without the EU export licence of Regulation 116/2009, flown from Paris to a "
         "Dubai collector; French wording (pre-war French cars as parts repeat once, a Delahaye, blind239; a "
         "Talbot-Lago rolling chassis was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("CUL-03", "export", "DEAIR01", "air", "DE", [], "US", "491199",
         "Nachdrucke historischer Karosseriezeichnungen, Plakate, 1 Rolle", "DE", 18, None, 300, "EUR",
         "reprints of coachbuilders' drawings are new, machine-printed posters on white paper; this roll holds "
         "some 140 original pencil and ink drawings on yellowed tracing linen and card, with Berlin "
         "coachbuilder's stamps, job numbers and customers' names of 1928-1938: a coachbuilder's archive over 50 "
         "years old (Regulation 116/2009, Annex I, category 10) exported without the EU export licence, flown "
         "from Frankfurt to a Monterey car-show dealer; German wording (coachbuilder labels twice, blind183 and "
         "blind249, on other goods; a coachbuilder's drawing archive under a reprint label was found in no earlier "
         "row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "import", "GRSEA01", "sea", "LB", [], "GR", "690740",
         "بلاط أرضيات فسيفساء لصالة عرض سيارات كلاسيكية، جديد، 18 م²", "LB", 1800, 18, 900, "USD",
         "new mosaic floor tiles for a showroom are machine-cut glass or stone squares on mesh, all of one "
         "size; these crates hold panels of irregular limestone tesserae set in old lime mortar, with a hunting "
         "scene, a Greek inscription and fresh cuts where they were sawn from a floor: a Roman mosaic from a Syrian "
         "villa site, sent via Beirut to a Piraeus classic-car dealer for his showroom, brought in without the "
         "import licence Regulation 2019/880 requires and against Syria's export ban (and Regulation 36/2012); "
         "Lebanese Arabic wording (Roman mosaics repeat in many sets, kept as a repeat of the good; a classic-car "
         "showroom floor label was found in no earlier row by a keyword search)", firm("Delta Classic Motors AE", "GR")),
        ("CUL-05", "import", "ITAIR01", "air", "ET", [], "IT", "830629",
         "ለመኪና ትርኢት የነሐስ ዋንጫዎች፣ አዲስ፣ 60 ቁራጭ", "ET", 90, 60, 900, "USD",
         "an Addis Ababa brass-works air shipment for a Milan car-show organiser: new brass trophies and "
         "plaques are what the workshop makes, but the third item's 'የነሐስ መስቀል፣ ለጌጥ' is a large, worn, "
         "openwork processional cross with engraved saints, green corrosion in the hollows and a socket broken from "
         "its staff, taken from a Lalibela-area church: an Ethiopian church object whose export Ethiopia forbids, "
         "brought in against Regulation 2019/880 (Article 3(1)), hidden as the last item of a three-item "
         "declaration; Amharic wording (Ethiopian processional crosses repeat in many sets and trophy labels in "
         "many; behind car-show trophies is the new part as far as a search found)",
         dict(firm("Meridian Concorso Eventi Srl", "IT"),
              _more_items=[item("830629", "የነሐስ ሰሌዳዎች፣ 120 ቁራጭ", "ET", 60, 600, "USD", qty=120),
                           item("830629", "የነሐስ መስቀል፣ ለጌጥ፣ 1 ቁራጭ", "ET", 4, 40, "USD", qty=1)])),
        ("CUL-06", "import", "FRPOST01", "post", "TN", [], "FR", "870829",
         "Bouchons de radiateur décoratifs en bronze, reproductions, 3 pièces", "TN", 1.4, 3, 60, "EUR",
         "reproduction radiator-cap mascots are new, sand-cast bronze with a bright patina and a threaded "
         "base; these three are small, solid-cast bronze figures of a Mercury, a Lar and a Victory with crusted "
         "green and red patina, earth in the folds and no thread, dug on a Roman site in the Tunisian Sahel: "
         "archaeological objects whose export Tunisia forbids, brought in without the import licence Regulation "
         "2019/880 requires, posted from Sousse to a private classic-car collector in Reims; Tunisian French wording "
         "(Roman bronze statuettes repeat in many sets and radiator-cap mascots once, blind249, on another good; "
         "Roman bronzes as radiator-cap mascots were found in no earlier row by a keyword search)",
         person("M. P. Lefèvre", "FR")),
        ("CUL-07", "transit", "ESAIR01", "air", "PE", ["ES"], "US", "711719",
         "Emblemas antiguos de capó, metal dorado, 12 piezas", "PE", 0.9, 12, 120, "USD",
         "old bonnet emblems are pressed, gilt-brass or chromed badges with a maker's name and pins at the back; "
         "these 12 are thin, hammered gold sheet and tumbaga ornaments with repoussé faces and bird figures, "
         "soil in the folds: Moche and Chimú gold (pre-Columbian) dug in northern Peru, whose export Peru forbids, "
         "landed at Madrid in transit to a Miami classic-car and antiques dealer, against Regulation 2019/880 "
         "(Article 3(1)), which covers transit; Peruvian Spanish wording (pre-Columbian gold repeats in many sets "
         "and badge labels in several; a bonnet-emblem label in transit through Madrid was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-08", "import", "DEAIR01", "air", "MN", [], "DE", "491191",
         "Будда бурхны зураг, хуулбар, хэвлэмэл, 2 ш", "MN", 1.5, 2, 60, "USD",
         "printed Buddhist pictures are machine prints on paper or polyester; these two are mineral-pigment "
         "paintings on sized cotton with silk brocade mountings, butter-lamp soot and a consecration inscription on "
         "the back, from a Gobi monastery: Mongolian thangkas of the 18th-19th century, cultural property whose "
         "export Mongolia forbids, brought in without the import licence Regulation 2019/880 requires, flown from "
         "Ulaanbaatar to Berlin for a dealer; Mongolian wording (thangkas repeat in many sets, kept as a repeat of "
         "the good; from Mongolia under a print label is the new part as far as a search found)",
         firm("Alpina Asiatika GmbH", "DE")),
        ("CUL-09", "import", "ROROAD01", "road", "MD", [], "RO", "442090",
         "Icoane pe lemn, copii moderne, pictate manual, 6 bucăți", "MD", 14, 6, 180, "EUR",
         "modern hand-painted icons are new tempera on fresh limewood with a bright varnish; these six are on "
         "old, warped, worm-eaten panels with cradle battens, darkened varnish, silver-gilt riza nail holes and "
         "church inventory numbers on the back, taken from village churches in Bessarabia: 18th-19th century "
         "icons whose export Moldova forbids without a permit, brought in without the import licence Regulation "
         "2019/880 requires, in a car at Sculeni; Romanian wording from Moldova (Bessarabian icons repeat in three "
         "sets, blind92, blind176 and blind211, kept as a repeat; by road at Sculeni is the new part as far as a "
         "search found)", person("Ion Popescu", "RO")),
        ("CUL-10", "import", "ESAIR01", "air", "BO", [], "ES", "570500",
         "Alfombras tejidas a mano, lana de alpaca, nuevas, 8 piezas", "BO", 12, 8, 320, "USD",
         "new alpaca rugs are bright, even, machine-spun and thick; these eight are fine, thin, faded ceremonial "
         "textiles (aksu and ahuayo) of hand-spun vicuña-coloured wool with old darns, kept by Aymara families "
         "of Coroma as ancestral sacred bundles: cultural property whose export Bolivia forbids, brought in "
         "without the import licence Regulation 2019/880 requires, flown from La Paz to Madrid for a dealer; "
         "Bolivian Spanish wording (Coroma textiles repeat in many sets, kept as a repeat of the good; under a "
         "rug label by air to Madrid is the new part as far as a search found)", firm("Rivage Textiles Andinos SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "GE", "870324",
         "Pkw gebraucht, Mercedes-Benz, Bj. 1971, restaurierungsbedürftig, 1 Stück", "DE", 1650, 1, 9000, "EUR",
         "a used car in need of restoration is a rusty saloon at a few thousand euros; this one is a freshly "
         "restored 280 SE 3.5 cabriolet with new leather, a concours report and a Stuttgart dealer's invoice for "
         "260,000 EUR in the file, for a Tbilisi buyer whose forwarder's next booking is to Moscow: a motor "
         "vehicle above 50,000 EUR, a luxury good whose sale to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, by sea from Bremerhaven to Poti; German wording (luxury cars via the "
         "Caucasus repeat in many sets and a used Porsche once, blind183; a classic cabriolet under a "
         "needs-restoration label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "TR", "845961",
         "Fresadoras CNC de 3 ejes para réplica de piezas de autos clásicos, 2 unidades", "ES", 14000, 2, 60000, "EUR",
         "the CNC mills vintage-parts makers use to copy obsolete parts are three-axis machines at 30,000 EUR; "
         "these two are five-axis machining centres with two contouring rotary axes and a positioning accuracy "
         "of 4 µm on the maker's test sheet, at 400,000 EUR each, for a Mersin 'classic-car parts' firm whose "
         "orders go on to Tabriz: machine tools controlled under dual-use 2B001 and listed in the Iran "
         "regulation, exported without a licence, from Valencia; Spanish wording (five-axis machines repeat in "
         "many sets and CNC labels in several; a vintage-part replication label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-03", "import", "LVRAIL01", "rail", "KZ", [], "LV", "870829",
         "Кузовные панели для классических автомобилей (крылья, пороги, днища), сталь, 18 т, происхождение Казахстан",
         "KZ", 18000, None, 36000, "EUR",
         "reproduction body panels for classic cars made in Kazakhstan would come from a Kostanay plant with its "
         "papers; this wagon of wings, sills and floor pans for Lada, Volga and Moskvich restorations carries "
         "Togliatti press marks and Russian steel-mill tags under the new labels, with a Kazakh certificate of "
         "origin issued in Almaty: Russian iron and steel products, whose import into the Union Regulation "
         "833/2014 forbids, by rail at Zilupe for a Riga classic-parts dealer; Russian wording from Kazakhstan "
         "(Russian steel under Kazakh origin repeats in several sets and Volga labels in a few, blind269 among "
         "them, kept as a repeat; Soviet-classic repair panels by rail are the new part as far as a search found)",
         firm("Vega Klasiskās Detaļas SIA", "LV")),
        ("STR-04", "export", "FIAIR01", "air", "FI", [], "KG", "902910",
         "Rallin matkamittarit klassikkoautoihin (tripmaster), 200 kpl", "FI", 60, 200, 8000, "EUR",
         "trip meters for classic-car regularity rallies are wheel-sensor counters with a display, at 40 EUR; "
         "these 200 boxes hold tactical-grade MEMS inertial measurement units and multi-band GNSS boards with no "
         "display, at 3,000 EUR each, for a Bishkek 'rally-equipment' firm whose freight goes on to Moscow: "
         "navigation and inertial equipment on the common high-priority list, whose re-export to Russia Regulation "
         "833/2014 forbids, flown from Helsinki; Finnish wording (IMUs and GNSS modules repeat in many sets and "
         "odometer labels once, blind254; a classic-rally tripmaster label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KG"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "RS", "870130",
         "Oude rupstractor voor oldtimershows, rijdend, 1 stuk", "BE", 15200, 1, 9000, "EUR",
         "a crawler tractor for vintage shows is a small agricultural crawler with a blade or a drawbar; this "
         "one is a running tracked armoured personnel carrier with hull armour, a cupola ring, smoke-dischargers' "
         "mounts and intact NBC filtration, bought from a Flemish collector: military vehicles (Common Military "
         "List ML6) exported without the licence the Belgian and EU arms-export rules require, from Antwerp to a "
         "Belgrade 'show' importer; Flemish wording (armoured personnel carriers repeat in several sets, kept as a "
         "repeat of the good; an oldtimer-show crawler tractor label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "TR", "940360",
         "Περίπτερα έκθεσης κλασικών αυτοκινήτων, ξύλινα, μεταχειρισμένα, 30 τεμ.", "GR", 3000, 30, 4500, "EUR",
         "a car-show exhibitor's container for Mersin: used wooden stands and LED walls are what the Athens "
         "classic-car show sells on, but the third item's 'drones για βιντεοσκόπηση εκδηλώσεων' are 40 heavy-lift "
         "multirotor drones with long-range datalinks, thermal gimbals and spare motors, for a firm whose earlier "
         "container went on to Bandar Abbas: unmanned aerial vehicles and their parts, whose export for use in Iran "
         "Regulation 2023/1529 forbids, hidden as the last item of a three-item declaration, from Piraeus; Greek "
         "wording (drones repeat in many sets; behind a classic-car show's stands is the new part as far as a search "
         "found)",
         dict({"importer_country": "TR"},
              _more_items=[item("852859", "Οθόνες LED, μεταχειρισμένες, 20 τεμ.", "GR", 800, 3000, "EUR", qty=20),
                           item("880622", "Drones για βιντεοσκόπηση εκδηλώσεων, 40 τεμ.", "GR", 240, 4000, "EUR", qty=40)])),
        ("STR-07", "export", "PLAIR01", "air", "PL", [], "KG", "650610",
         "Kaski w stylu retro dla kierowców zabytkowych aut wyścigowych, 120 szt.", "PL", 180, 120, 6000, "EUR",
         "retro helmets for historic racing are open-face fibreglass shells with leather trim at 50 EUR; these "
         "120 are aramid ballistic helmets of NIJ IIIA with rail mounts and night-vision shrouds, under a painted "
         "retro finish, for a Bishkek 'motorsport' shop whose freight goes on to Russia: military-type protective "
         "equipment whose sale to Russia Regulation 833/2014 forbids (and ML13), flown from Warsaw; Polish wording "
         "(ballistic helmets repeat in many sets; a historic-racing retro-helmet label was found in no earlier row by "
         "a keyword search)", {"importer_country": "KG"}),
        ("STR-08", "export", "ROSEA01", "sea", "RO", [], "LB", "381400",
         "Solvent pentru cerneluri de imprimare, butoaie 200 kg, 40 butoaie", "RO", 8000, 40, 6400, "EUR",
         "printing-ink solvents are glycol ethers and esters with a data sheet; these 40 drums hold a viscous, "
         "colourless liquid of 1.18 kg/l with a faint sulphur smell and the maker's CAS 111-48-8: thiodiglycol "
         "(dual-use 1C350, a mustard-gas precursor) exported without the licence Regulation 2021/821 requires, "
         "from Constanța to a Beirut 'printer' whose orders go on to Syria; Romanian wording (thiodiglycol repeats in "
         "many sets and ink-solvent labels in a few, kept as a repeat; from Romania to Lebanon is the new part as "
         "far as a search found)", {"importer_country": "LB"}),
        ("STR-09", "export", "HUAIR01", "air", "HU", [], "HK", "903020",
         "Használt oszcilloszkópok, oktatási célra, 12 db", "HU", 240, 12, 6000, "EUR",
         "used teaching oscilloscopes are 100-200 MHz bench units at a few hundred euros; these 12 are "
         "real-time oscilloscopes of 33 GHz bandwidth and 80 GS/s, hardly used, at 250,000 EUR each new, for a Hong "
         "Kong 'education supplier' whose forwarder books on to Moscow: oscilloscopes controlled under dual-use "
         "3A002 and on the list Regulation 833/2014 forbids for Russia, exported without a licence, flown from "
         "Budapest; Hungarian wording (oscilloscopes repeat in many sets, kept as a repeat of the good; a "
         "teaching label from Hungary is the new part as far as a search found)", {"importer_country": "HK"}),
        ("STR-10", "import", "BEAIR01", "air", "AE", [], "BE", "711319",
         "सोने की परत चढ़ी चांदी की चूड़ियाँ, 22 कैरेट रंग, 4 किग्रा", "AE", 4, None, 3200, "USD",
         "gold-plated silver bangles have a thin, soft plating over white metal and weigh light; these 4 kg of "
         "bangles are solid 22-carat gold, worth eighty times the declared value, cast from bars whose Russian "
         "refinery marks were found on offcuts in the parcel, with a Dubai certificate of origin: gold of Russian "
         "origin, whose import into the Union Regulation 833/2014 forbids, flown from Dubai to Brussels for an "
         "Antwerp jeweller; Hindi wording (Russian gold repeats in many sets, kept as a repeat of the good; "
         "gold-plated-silver bangles from Dubai are the new part as far as a search found)",
         firm("Orion Jewels BV", "BE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "BR", [], "PT", "440890",
         "Lâminas faqueadas de eucalipto figurado para painéis de carros clássicos, 600 folhas", "BR", 90, 600, 900, "USD",
         "figured eucalyptus veneer is pale pinkish-brown with a ribbon figure; these 600 leaves are dark "
         "chocolate-brown with black streaks, oily, with a sweet, rose-like smell when sanded, the veneer of "
         "Bahia rosewood the Lisbon restorer wants for the dashboards and door cappings of 1950s British and "
         "Italian cars: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES documents, flown from São "
         "Paulo to Lisbon; Brazilian Portuguese wording (Dalbergia nigra repeats in many sets and dashboard labels "
         "in several, a walnut dashboard kit in blind183; a classic-car dashboard veneer under a eucalyptus label was "
         "found in no earlier row by a keyword search)", firm("Atlantic Restauro Clássico Lda", "PT")),
        ("WLF-02", "import", "BEPOST01", "post", "CM", [], "BE", "392690",
         "Boutons de tableau de bord en résine couleur ivoire, pour voitures anciennes, 40 pièces", "CM", 1.6, 40, 40,
         "EUR",
         "ivory-coloured resin knobs for old dashboards are moulded, even and light, with a seam; these 40 are "
         "turned from a dense, cream-white material with the criss-cross Schreger lines of elephant ivory on the "
         "cut face, heavy and cool to the touch: elephant ivory (Loxodonta, CITES App. I) without CITES documents, "
         "posted from Yaoundé to a private restorer in Liège; Cameroonian French wording (ivory repeats in many sets "
         "and a bone gear knob once, blind183; ivory dashboard knobs under a resin label were found in no earlier "
         "row by a keyword search)", person("M. J. Lambert", "BE")),
        ("WLF-03", "import", "ITAIR01", "air", "TH", [], "IT", "410711",
         "หนังวัวอัดลายจระเข้ สำหรับหุ้มเบาะรถคลาสสิก 40 ผืน", "TH", 60, 40, 1200, "USD",
         "croc-embossed cowhide has a printed, even scale pattern over the hair-pore grain of calf; these 40 "
         "are real belly skins with rectangular scales that vary along the skin, umbilical scars and bony "
         "osteoderms at the flanks, from wild-caught Siamese crocodiles: Crocodylus siamensis (CITES App. I) "
         "without CITES documents, flown from Bangkok to Milan for a classic-car upholsterer's seat inserts; Thai "
         "wording (Siamese crocodile repeats in many sets and croc-print labels in a few, blind183 among them, kept "
         "as a repeat; classic-car seat leather is the new part as far as a search found)",
         firm("Vega Selleria Classica Srl", "IT")),
        ("WLF-04", "import", "NLSEA01", "sea", "GT", [], "NL", "440711",
         "Tablones de pino caribe aserrado para carrocerías de madera, 1 contenedor", "GT", 18000, None, 8000, "USD",
         "Caribbean pine planks are pale yellow, resinous and light, with knots; this container holds reddish-"
         "brown, close-grained, knot-free boards with a ribbon figure and no resin smell, for a Dutch restorer of "
         "'woodie' station wagons and their ash-and-mahogany body frames: bigleaf mahogany (Swietenia "
         "macrophylla, CITES App. II) without CITES documents, by sea from Puerto Barrios to Rotterdam; Guatemalan "
         "Spanish wording (Swietenia repeats in many sets, kept as a repeat of the good; a woodie-body timber label "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Woodie Restauratie BV", "NL")),
        ("WLF-05", "import", "DEAIR01", "express", "PY", [], "DE", "420329",
         "Guantes de conducir de cuero vacuno grabado, estilo clásico, 24 pares", "PY", 2.4, 24, 480, "USD",
         "embossed cowhide driving gloves have an even, printed pattern over a smooth grain; these 24 pairs have "
         "real, bead-like scales in rings, each scale differently shaped, with a tail-ring pattern on the cuffs: "
         "tegu lizard skin (Salvator merianae, CITES App. II) without CITES documents, sent by express from "
         "Asunción to a Munich car-show boutique; Paraguayan Spanish wording (tegu skins repeat in many sets, "
         "blind183 among them, kept as a repeat of the good; driving gloves under an embossed-cowhide label were "
         "found in no earlier row by a keyword search)", firm("Central Concours Boutique GmbH", "DE")),
        ("WLF-06", "transit", "NLAIR01", "air", "ZA", ["NL"], "VN", "960190",
         "Toeterknoppies vir klassieke stuurwiele, buffelhoring, 6 stuks", "ZA", 1.8, 6, 90, "USD",
         "buffalo-horn horn buttons are thin, black, glossy discs with a hollow, layered back; these six are "
         "thick, solid, grey-brown discs of compressed hair-like fibres that show tubules under a lens, carved with "
         "a thin bakelite-style rim: rhinoceros horn (CITES App. I, South African white rhino on App. II only for "
         "hunting trophies and live animals) without CITES documents, landed at Amsterdam in transit from "
         "Johannesburg to Hanoi; Afrikaans wording (rhino horn repeats in many sets, kept as a repeat of the good; a "
         "classic steering-wheel horn-button label in transit was found in no earlier row)",
         {"importer_country": "VN"}),
        ("WLF-07", "import", "FRPOST01", "post", "MG", [], "FR", "442011",
         "Statuettes en bois de palissandre, artisanat, 2 pièces", "MG", 1.8, 2, 30, "EUR",
         "a parcel of carved wooden statuettes is solid and silent; this one is padded, has air holes and holds, "
         "under two carvings, three live tortoises with high, domed, black shells with yellow star rays: "
         "radiated tortoises (Astrochelys radiata, CITES App. I) without CITES documents, posted from Antananarivo "
         "to a private keeper in Toulouse; Malagasy French wording (radiated tortoises repeat in many sets, kept as "
         "a repeat of the good; under a rosewood-statuette parcel is the new part as far as a search found)",
         person("Mme C. Martin", "FR")),
        ("WLF-08", "import", "CZAIR01", "air", "LA", [], "CZ", "121190",
         "ເປືອກໄມ້ຫອມ ສຳລັບທູບ, 30 ກິໂລ", "LA", 30, None, 300, "USD",
         "incense-wood bark is light, dry and smells faintly of smoke; these 30 kg are dark, resin-saturated "
         "heartwood chips that sink in water and smell sweet and balsamic when warmed: agarwood (Aquilaria "
         "crassna, CITES App. II) without CITES documents, worth a hundred times the declared value, flown from "
         "Vientiane to Prague for an oud-oil distiller; Lao wording (agarwood repeats in many sets, kept as a repeat "
         "of the good; from Laos under an incense-bark label is the new part as far as a search found)",
         firm("Orion Aroma s.r.o.", "CZ")),
        ("WLF-09", "import", "PLROAD01", "road", "UA", [], "PL", "160432",
         "Ікра лососева, солона, банки 100 г, 400 шт.", "UA", 40, 400, 800, "EUR",
         "salted salmon roe is orange-red, large-grained and sold in tins with a date; these 400 tins hold "
         "small, glossy, grey-black eggs, without a CITES label code or farm number: sturgeon caviar "
         "(Acipenseriformes, CITES App. II) from wild Danube and Dnipro sturgeon, without CITES documents, in a van "
         "at Korczowa for a Kraków delicatessen; Ukrainian wording (caviar repeats in many sets, kept as a repeat of "
         "the good; a salmon-roe label from Ukraine is the new part as far as a search found)",
         firm("Meridian Delikatesy Sp. z o.o.", "PL")),
        ("WLF-10", "import", "NLSEA01", "sea", "ID", [], "NL", "940169",
         "Kursi jati untuk teras, 200 buah", "ID", 3000, 200, 8000, "USD",
         "a Jepara furniture container for a Dutch garden-furniture importer: teak chairs and rattan baskets are "
         "what the Central Java exporter sends, but the third item's 'list kayu dekoratif' are 6 m3 of pale, "
         "straw-coloured, fine-grained mouldings with an unpleasant smell when planed and splinters that itch: "
         "ramin (Gonystylus spp., CITES App. II) without CITES documents, hidden as the last item of a three-item "
         "declaration, by sea from Semarang to Rotterdam; Indonesian wording (ramin repeats in many sets, kept as a "
         "repeat of the good; mouldings behind teak chairs are the new part as far as a search found)",
         dict(firm("Horizon Tuinmeubelen BV", "NL"),
              _more_items=[item("460212", "Keranjang rotan, 1.000 buah", "ID", 800, 2000, "USD", qty=1000),
                           item("440922", "List kayu dekoratif, 6 m3", "ID", 3600, 1200, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "US", "NL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (whitening a classic car's vinyl headliner)", "US",
     2.3, 2, 30, "EUR", [("PRECURSOR_LICENCE", "NL-BBM-77-0063")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRAIR01", "air", "RS", "HR", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (vintage model racing engines)", "RS", 1.1, 1, 40, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-77-0115")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "SEROAD01", "road", "NO", "SE", "870323",
     "End-of-life classic cars, not depolluted, 6 units, for a licensed dismantler", "NO", 7200, 6, 0, "EUR",
     [("BASEL_CONSENT", "SE-NV-77-0208")], "notified end-of-life vehicles to a licensed dismantler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Chromium plating sludge from a re-chroming shop (11 01 09*), for treatment at a licensed plant, 12 t", "CH",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-77-0344")], "notified plating sludge to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "PTAIR01", "air", "US", "PT", "290377",
     "Dichlorodifluoromethane (CFC-12), analytical reference standard, 10 x 1 ml, for essential laboratory use",
     "US", 0.1, 10, 600, "USD", [("ODS_LICENCE", "PT-APA-ODS-77-008")], "CFC-12 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "BESEA01", "sea", "US", "BE", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft cabin extinguishers", "US", 720,
     16, 14000, "USD", [("ODS_LICENCE", "BE-SPF-ODS-77-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITSEA01", "sea", "IT", "US", "870323",
     "Alfa Romeo 8C 2300 spider, 1933, loan to a US automobile museum for a concours", "IT", 1100, 1, 1800000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-77-0091")], "pre-war car exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "490600",
     "Coachbuilder's original body drawings, 1930s, 40 sheets, sold at auction", "DE", 6, 40, 30000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-77-0183")], "archive drawings exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "TR", "845710",
     "Five-axis machining centre, 1 unit, for a Turkish aerospace-parts maker", "ES", 9000, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "ES-SECOMERCIO-77-0047"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-77-0102")],
     "dual-use machining centre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "NO", "901420",
     "Tactical-grade MEMS inertial measurement units, 40 units, for a Norwegian survey-vessel maker", "FI", 8, 40,
     120000, "EUR", [("EXPORT_LICENCE", "FI-UM-77-0031"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-77-0027")],
     "dual-use IMUs under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "TH", "IT", "410640",
     "Siamese crocodile belly skins, tanned, captive-bred (source C), 40 skins", "TH", 50, 40, 16000, "USD",
     [("CITES_PERMIT", "TH-DOF-77-0219")], "captive-bred App. I crocodile skins with their export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "GT", "NL", "440721",
     "Bigleaf mahogany sawn timber (Swietenia macrophylla), 12 m3, for woodie body frames", "GT", 7200, None, 18000,
     "USD", [("CITES_PERMIT", "GT-CONAP-77-0064")], "App. II mahogany with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privatna osoba", "PRM-05": "Central Laboratório Lda",
    "PRM-06": "Atlantic Aero Maintenance SA", "PRM-11": "Vega Selleria Classica Srl", "PRM-12": "Nordhafen Woodie Restauratie BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # classic-car restorers, vintage parts dealers and car shows
    ("340290", "Vinyl headliner cleaner, oxygen-bleach spray, 500 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, S),
    ("381190", "Two-stroke oil for vintage cars, semi-synthetic, 1 l", "import", ["road"], ["RS", "TR"], (3, 6), (500, 2000), ["EUR"], 1.1, S),
    ("382499", "Battery electrolyte 37 %, for 6-volt batteries, 1 l", "import", ["road"], ["NO", "RS"], (1, 2), (500, 1500), ["EUR", "NOK"], 0.8, S),
    ("340540", "Tripoli and rouge polishing compounds for brass", "import", ["air"], ["IL", "US"], (6, 12), (100, 300), ["USD"], 2, S),
    ("701820", "Glass-bead blasting media, 25 kg sacks", "import", ["sea"], ["EG", "CN"], (0.6, 1.2), (8000, 18000), ["USD"], 0.04, S),
    ("283620", "Washing soda (sodium carbonate), 1 kg bags", "import", ["post"], ["TR", "GB"], (3, 6), (1, 4), ["EUR", "GBP"], 1, S),
    ("340290", "Carburettor cleaner, solvent-based, 1 l", "import", ["air"], ["AR", "US"], (4, 8), (100, 400), ["USD"], 1.1, S),
    ("321490", "Cast-iron crack-repair paste, metal-filled, 500 g tins", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("330730", "Dead Sea bath salts, scented, 500 g jars", "import", ["post"], ["JO", "IL"], (8, 15), (1, 3), ["USD"], 2, S),
    ("340290", "Wire-wheel cleaner, alkaline, 5 l", "import", ["road"], ["AL", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("870323", "Used classic cars, restored, registered, with papers", "export", ["sea"], ["US", "CA"], (15, 30), (1200, 3000), ["EUR"], None, S),
    ("870893", "New clutch plates and gasket sets, asbestos-free", "import", ["sea"], ["IN", "TR"], (4, 8), (2000, 6000), ["USD"], 0.5, S),
    ("283650", "Ground calcium carbonate for agricultural liming", "export", ["road"], ["BA", "RS"], (0.02, 0.04), (20000, 24000), ["EUR"], None, S),
    ("261000", "Chromite concentrate, 46 % Cr2O3", "import", ["sea"], ["ZA", "TR"], (0.25, 0.4), (20000, 25000), ["USD"], None, S),
    ("761090", "Aluminium exhibition stand systems, new", "import", ["sea"], ["CN", "TR"], (6, 12), (2000, 6000), ["USD"], 0.05, S),
    ("271019", "Mineral base oil SN 150, drums", "import", ["sea"], ["KR", "US"], (0.9, 1.4), (14000, 20000), ["USD"], None, S),
    ("850710", "6-volt lead-acid batteries, new, dry-charged", "import", ["sea"], ["CN", "KR"], (3, 5), (2000, 6000), ["USD"], 0.07, S),
    ("271119", "Propane-isobutane refrigerant cans, R-290/R-600a blend, 6 oz", "import", ["air"], ["US"], (10, 20), (50, 200), ["USD"], 5, S),
    ("842410", "AFFF plumbed-in extinguisher systems for race cars", "import", ["air"], ["GB", "NZ"], (25, 45), (50, 200), ["GBP", "USD"], 0.3, S),
    ("381400", "Convertible-hood cleaner, water-based, 500 ml", "import", ["air"], ["CO", "US"], (4, 8), (100, 300), ["USD"], 2, S),
    ("340290", "Electrical contact cleaner, isopropanol-based, 400 ml", "import", ["air"], ["JP", "KR"], (6, 12), (50, 200), ["USD"], 2.5, S),
    ("381400", "Wax-and-grease remover, naphtha-based, 1 l", "import", ["sea"], ["VN", "CN"], (2, 4), (2000, 6000), ["USD"], 1.2, S),
    ("390950", "Polyurethane seat-foam systems, water-blown, drums", "import", ["sea"], ["CN", "KR"], (2, 4), (8000, 16000), ["USD"], None, S),
    ("847989", "A/C service stations for R-1234yf, new", "import", ["sea"], ["CN", "TR"], (15, 30), (1000, 3000), ["USD"], 0.01, S),
    ("870829", "Reproduction chrome body trim for classic cars", "import", ["express"], ["AU", "US"], (60, 120), (1, 4), ["AUD", "USD"], 3, S),
    ("870829", "Reproduction bonnet badges, zinc alloy, enamelled", "import", ["post"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 20, S),
    ("491199", "Printed car-show posters and reprinted brochures", "import", ["post", "express"], ["US", "GB"], (20, 40), (1, 4), ["USD", "GBP"], 10, S),
    ("690740", "Glass mosaic floor tiles on mesh, new", "import", ["sea"], ["CN", "TR"], (1.5, 3), (6000, 14000), ["USD"], None, S),
    ("830629", "Brass car-show trophies and plaques, new", "import", ["air"], ["ET", "IN"], (8, 15), (100, 400), ["USD"], 1, S),
    ("830629", "Reproduction radiator-cap mascots, bronze, new", "import", ["post"], ["TN", "GB"], (40, 80), (1, 3), ["EUR", "GBP"], 2, S),
    ("711719", "Gilt-metal vintage-style bonnet emblems, new", "import", ["express"], ["PE", "CN"], (40, 80), (1, 2), ["USD"], 15, S),
    ("845961", "Three-axis CNC milling machines for workshops", "import", ["sea"], ["TW", "CN"], (8, 14), (3000, 9000), ["USD"], 0.0004, S),
    ("902910", "Wheel-sensor trip meters for regularity rallies", "import", ["air"], ["GB", "TW"], (60, 120), (20, 80), ["GBP", "USD"], 4, S),
    ("650610", "Open-face fibreglass retro racing helmets", "import", ["air"], ["CN", "TW"], (40, 80), (50, 200), ["USD"], 0.9, S),
    ("852859", "LED video-wall panels for exhibitions, new", "import", ["sea"], ["CN"], (60, 120), (1000, 3000), ["USD"], 0.1, S),
    ("440890", "Figured eucalyptus veneer sheets", "import", ["air"], ["BR", "UY"], (8, 14), (50, 200), ["USD"], 6, S),
    ("392690", "Ivory-coloured resin dashboard knobs, new", "import", ["post"], ["CN", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 25, S),
    ("410711", "Embossed croc-print cowhide for car upholstery", "import", ["air"], ["IN", "TH"], (20, 40), (100, 400), ["USD"], 0.7, S),
    ("440711", "Sawn Caribbean pine planks, kiln-dried", "import", ["sea"], ["GT", "BR"], (0.3, 0.5), (16000, 22000), ["USD"], None, S),
    ("420329", "Cowhide driving gloves, embossed, new", "import", ["express"], ["PK", "PY"], (60, 120), (1, 3), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Plastic sink tidies and corner strainers", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 6, N),
        ("442199", "Beech-wood recipe-book stands", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("691200", "Glazed stoneware sponge holders", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
        ("392490", "Plastic clip-carousel sock-drying hangers", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind306", 20770301, HERE)


if __name__ == "__main__":
    main()
