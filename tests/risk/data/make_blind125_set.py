#!/usr/bin/env python3
"""Writes the hundred-and-twenty-fifth blind set (tests/risk/data/blind125-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2047, with goods, routes,
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
would. Ids are BL125-*:

    python3 tests/risk/data/make_blind125_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2047, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2047
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "AU", [], "IE", "284310",
         "Colloidal silver 20 ppm, true colloid, amber PET, 4 x 1 litre", "AU", 4.8, 4, 160, "AUD",
         "colloidal silver is a water-thin, pale golden liquid of 1.00 kg/l sold in light-proof bottles; these four "
         "bottles hold a water-clear liquid of 1.13 kg/l with no colour or Tyndall shimmer under a torch, their caps "
         "are vented, it fizzes on a cut and whitens the skin: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Perth to a private person in Cork; Australian English wording (hydrogen peroxide repeats in "
         "many sets and water-like supplement covers in several; a colloidal-silver label was found in no earlier "
         "row by a keyword search, nor a post route from Australia to Ireland)", person("Ms A. Murphy", "IE")),
        ("PRE-02", "import", "ATROAD01", "road", "TR", ["BG", "RS", "HU"], "AT", "200969",
         "Üzüm pekmezi, doğal, katkısız, cam kavanoz 700 g, 6.000 kavanoz", "TR", 4200, 6000, 9000, "EUR",
         "grape molasses is a dark, sweet, tart syrup of about 1.38 kg/l that smells of raisins; these jars hold a "
         "brown, oily, odourless liquid of 1.83 kg/l that chars a wooden spoon, grows hot with a drop of water and "
         "eats the lid liners, for a Vienna Turkish-supermarket chain that sells it to the public: technical "
         "sulphuric acid of about 96 % (Annex I above 15 %) retail-packed for members of the public, on a lorry from "
         "Kayseri through Bulgaria, Serbia and Hungary to Nickelsdorf; Turkish wording (sulphuric acid repeats in "
         "many sets and syrup and molasses covers in several, pomegranate molasses among them; a grape-molasses "
         "(pekmez) label was found in no earlier row by a keyword search)", firm("Vega Orient Handels GmbH", "AT")),
        ("PRE-03", "import", "PTAIR01", "express", "BD", [], "PT", "271019",
         "সেলাই মেশিনের তেল, স্বচ্ছ, ১০০ মিলি বোতল, ৩০ বোতল", "BD", 3.4, 30, 2400, "BDT",
         "sewing-machine oil is a light, clear, odourless mineral oil of 0.85 kg/l that stays oily between the "
         "fingers and floats on water; these 30 small bottles hold a thin liquid of 1.14 kg/l that sinks in water, "
         "is not oily, smells faintly fruity and burns with a pale flame, and the inner seals read 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Dhaka to a private person in Porto who races "
         "nitro model cars, although flammable liquids travel by express only as declared dangerous goods; Bengali "
         "wording (nitromethane repeats in many sets and oil covers in several; a sewing-machine-oil label was "
         "found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-04", "import", "DKAIR01", "express", "JP", [], "DK", "110819",
         "吉野本葛 (本葛粉), 1 kg 袋, 4 袋", "JP", 4, 4, 24000, "JPY",
         "Yoshino kuzu starch comes as irregular, chalky white lumps that crush to a squeaky starch and set hot "
         "water into a clear jelly; these four bags hold hard, glassy lumps that crush to a gritty, heavier powder, "
         "do not thicken, barely dissolve and burn fiercely with sugar, and the inner liners read 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), sent by express from Osaka to a private person in Aarhus; Japanese "
         "wording (potassium perchlorate repeats in many sets and starch and flour covers in several (arrowroot, "
         "polvilho, tunta, rice and puttu flours); kept as a known family, a kuzu label from Japan to Denmark was "
         "found in no earlier row by a keyword search)", person("Mette Jensen", "DK")),
        ("PRE-05", "import", "BGSEA01", "sea", "GE", [], "BG", "230990",
         "მტრედის მინერალური ნარევი (გრიტი), ტომრები 20 კგ, 1 000 ტომარა", "GE", 20000, 1000, 5000, "USD",
         "pigeon and poultry grit is grey-brown crushed granite, oyster shell and red clay that stays hard in water; "
         "these sacks hold smooth, white, uniform porous prills that dissolve and turn ice-cold in water, read 34 % N "
         "and come from the Rustavi nitrogen works, for a Varna pet-and-garden web shop that sells 20 kg sacks to "
         "the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea "
         "from Poti to Varna; Georgian wording (ammonium nitrate repeats in many sets under feed and garden labels; a "
         "pigeon-grit label and the Poti-Varna route were found in no earlier row by a keyword search)",
         firm("Orion Zoo i Gradina EOOD", "BG")),
        ("PRE-06", "import", "DESEA01", "sea", "CN", [], "DE", "210690",
         "罗汉果代糖 (罗汉果赤藓糖醇), 500 克袋装, 24,000 袋", "CN", 12000, 24000, 26000, "USD",
         "monk-fruit sweetener is erythritol with a little luo han guo extract: fine, sweet, cooling white crystals "
         "that cost several euros a kilo; these bags hold tasteless, clear, cubic crystals that draw damp, crackle "
         "and flare yellow on a gas ring, at a declared 1.1 USD a bag, and the factory sheet in the container gives "
         "CAS 7775-09-9, for a Hamburg health-food wholesaler that supplies shops selling to the public: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Guilin via Shekou; "
         "Chinese wording (sodium chlorate repeats in many sets under salt and sugar labels and erythritol covers in "
         "a few; a monk-fruit (luo han guo) label was found in no earlier row by a keyword search)",
         firm("Nordhafen Naturkost GmbH", "DE")),
        ("PRE-07", "import", "SEAIR01", "air", "IR", [], "SE", "200939",
         "آبلیمو طبیعی شیراز، بطری ۱ لیتری، ۹۶۰ بطری", "IR", 1300, 960, 1900, "EUR",
         "Persian lime juice (ab-limoo) is cloudy, pale yellow, 1.03 kg/l and smells of lime; these bottles hold a "
         "liquid of 1.39 kg/l that fumes brown in the air when opened, yellows the skin and eats a copper coin, at 2 "
         "EUR a bottle, for a Stockholm Persian grocery chain that sells to the public: about 65 % nitric acid "
         "(Annex I above 3 %) retail-packed for members of the public, flown from Shiraz via Istanbul; Persian wording "
         "(nitric acid repeats in many sets and a lemon-juice label once, blind106; a Persian lime-juice label was "
         "found in no earlier row by a keyword search)", firm("Alborz Livs AB", "SE")),
        ("PRE-08", "import", "ESSEA01", "sea", "PH", [], "ES", "130239",
         "Refined kappa carrageenan powder, food grade, for dessert jellies, 25 kg bags, 400 bags", "PH", 10000,
         400, 14000, "USD",
         "refined carrageenan is an off-white, odourless powder that swells and sets hot water into a firm gel and "
         "costs about 10 USD/kg; these bags hold shiny, colourless, tasteless crystals that do not swell, spit violet "
         "sparks on a hot iron and are priced at 1.4 USD/kg, with CAS 3811-04-9 on the inner bags, for a Valencia "
         "bakery-supply cash-and-carry that sells 1 kg repacks to the public: potassium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Cebu; Philippine English wording (potassium "
         "chlorate repeats in many sets; a carrageenan label was found in no earlier row by a keyword search)",
         firm("Delta Repostería SL", "ES")),
        ("PRE-09", "import", "GRPOST01", "post", "IL", [], "GR", "282731",
         "פתיתי מגנזיום כלוריד לאמבט, ים המלח, 4 × 750 גרם", "IL", 3, 4, 240, "ILS",
         "magnesium chloride bath flakes are white, bitter, brittle flakes that turn to a slippery brine in the "
         "palm within minutes; these four pouches hold fine, sugar-like, tasteless crystals that draw damp but are "
         "not bitter, and burn brightly with sugar, and the printer's proof inside the parcel reads 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), posted from Arad to a private person in Patras; Hebrew wording (sodium perchlorate repeats in many sets, Dead Sea labels in a few and magnesium "
         "chloride once as nigari; a magnesium-bath-flake label from Israel to Greece is the new part as far as a "
         "search found)", person("Eleni Papadopoulou", "GR")),
        ("PRE-10", "import", "PLAIR01", "air", "JO", [], "PL", "220190",
         "مياه نهر الأردن المقدسة من موقع المعمودية، قوارير 250 مل، 4 800 قارورة", "JO", 1440, 4800, 3400, "USD",
         "souvenir bottles of Jordan River water from the baptism site hold a faintly cloudy river water of 1.00 "
         "kg/l; these 250 ml bottles hold a water-clear liquid of 1.20 kg/l that foams on a cut, whitens the skin "
         "and swells the bottles, whose caps are vented, for a Częstochowa devotional-goods shop that sells them to "
         "pilgrims: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, "
         "flown from Amman to Katowice; Jordanian Arabic wording (hydrogen peroxide repeats in many sets and holy "
         "water once, as Zamzam water in blind120; a Jordan-River label was found in no earlier row by a keyword "
         "search)", firm("Horizon Dewocjonalia Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "GH", "392113",
         "PU-skumrester til limet skum (rebond), presset i baller, 22 t", "DK", 22000, None, 1100, "EUR",
         "polyurethane foam offcuts for rebonded underlay are clean, springy, pastel-coloured trimmings from "
         "mattress and upholstery cutting; these bales hold a dark, oily, dusty tangle of seat foam, carpet, wire, "
         "glass splinters, plastic chips and rubber that smells of engine oil and reads lead and PCB on the "
         "shredder's own analysis, from an Aarhus car-shredding plant: shredder light fraction (19 10 03*), "
         "hazardous waste whose export to a non-OECD country is banned, from Aarhus to Tema for a 'mattress "
         "factory'; Danish wording (shredder residue repeats in several sets under fluff and ASR labels, and an "
         "underlay label once, blind15; a rebond-foam label from Denmark to Ghana is the new part as far as a "
         "search found)", {"importer_country": "GH"}),
        ("WST-02", "export", "HRROAD01", "road", "HR", [], "BA", "250510",
         "Pijesak za dječja igrališta i pješčanike, prosijani, 24 t", "HR", 24000, None, 480, "EUR",
         "sandpit play sand is washed, rounded, pale and dust-free, with a toy-safety test; this tipper holds grey, "
         "sharp sand full of copper jackets, lead splinters and cartridge cases that reads 8 g/kg lead, dug out of "
         "the butts of a Zagreb shooting range: soil and sand containing hazardous substances (17 05 03*), hazardous "
         "waste whose export to a non-OECD country is banned, at Stara Gradiška for a Banja Luka 'playground' "
         "contractor; Croatian wording (firing-range sand repeats as beach-volleyball sand in blind118 and filter "
         "sand in blind58; kept as a known repeat, a sandpit label by road to Bosnia is the new part)",
         {"importer_country": "BA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "PK", "250840",
         "Terra di Fuller (multani mitti) attivata, per uso cosmetico, sacchi, 40 t", "IT", 40000, None, 2400, "EUR",
         "fuller's earth for cosmetic clay is a fine, dry, cream to buff powder that smells of nothing; these bags "
         "hold dark grey, greasy, caked clay that smells of used engine oil and sulphur and leaves a black film on "
         "the fingers, from the acid-clay treatment of a Lombardy waste-oil re-refinery: spent filter clays "
         "with mineral oil (05 01 15*), hazardous waste whose export to a non-OECD country is "
         "banned, from Genoa to Karachi for a 'cosmetic clay packer'; Italian wording (spent bleaching earth "
         "repeats in a few sets; a fuller's-earth (multani mitti) label was found in no earlier row by a keyword "
         "search)", {"importer_country": "PK"}),
        ("WST-04", "export", "EESEA01", "sea", "EE", [], "GN", "340319",
         "Raketise määrdeõli (betooni vormiõli), vaadid 200 l, 100 vaati", "EE", 17000, 100, 3400, "EUR",
         "formwork release oil is a clear, pale, low-viscosity oil with a data sheet; these mixed, dented drums "
         "hold a black, gritty, petrol-smelling oil with water and sludge at the bottom, collected from Tallinn "
         "garages and ship-repair yards: waste mineral engine and gear oil (13 02 05*), hazardous waste whose "
         "export to a non-OECD country is banned, from Muuga to Conakry for a 'construction supplier'; Estonian "
         "wording (waste oils repeat in many sets, chain oil in blind115 and a formwork label once, blind107; a "
         "formwork-oil label from Estonia to Guinea is the new part as far as a search found)",
         {"importer_country": "GN"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "SN", "253090",
         "Lavastenen voor barbecue en schanskorven, big bags, 26 t", "BE", 26000, None, 1300, "EUR",
         "barbecue lava rock is light, porous, red-black volcanic rock that floats for a moment; these bags hold "
         "heavy, glassy, grey-black clinker with melted glass, nails and wire, that reads lead, zinc and dioxins, "
         "from the rotary kilns of an Antwerp hazardous-waste incinerator: bottom ash and slag containing "
         "hazardous substances (19 01 11*), hazardous waste whose export to a non-OECD country is banned, from "
         "Antwerp to Dakar for a 'garden centre'; Flemish wording (incinerator ash repeats in many sets under "
         "gravel and aggregate labels; a barbecue lava-rock label was found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "MA", "320300",
         "Pasta de índigo natural para tingimento artesanal, bidões, 18 t", "PT", 18000, 120, 5400, "EUR",
         "natural indigo paste is a deep blue, earthy-smelling plant dye that coppers on drying; these drums hold a "
         "blue-black, stinking sludge with fibres and a solvent smell that reads chromium, copper and aromatic "
         "amines, from the effluent plant of a denim dye house near Guimarães: textile-finishing sludge containing "
         "hazardous substances (04 02 19*), hazardous waste whose export to a non-OECD country is banned, from "
         "Leixões to Casablanca for a 'craft dyer'; Portuguese wording (dye-house sludge was found in a few sets "
         "under other labels; an indigo-paste label on waste was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "280610",
         "Sósav 33 %, műszaki, medencetisztításhoz, IBC tartályok, 20 t", "HU", 20000, 20, 1600, "EUR",
         "technical hydrochloric acid for pool cleaning is water-white to pale yellow, fumes and comes with a "
         "certificate of analysis; these IBCs hold a dark green-brown liquid with rust sediment that reads 120 g/l "
         "iron and zinc, from the pickling line of a Győr galvanising works: spent pickling acid (11 01 05*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry at Tompa for a Subotica 'pool "
         "supplies' trader; Hungarian wording (spent pickling liquor repeats in many sets under ferric-chloride "
         "labels; a muriatic-acid pool label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-08", "export", "CYSEA01", "sea", "CY", [], "LB", "852872",
         "Τηλεοράσεις ξενοδοχείου, μεταχειρισμένες, λειτουργικές, 900 τεμ.", "CY", 13500, 900, 9000, "EUR",
         "used hotel televisions for resale are flat screens with remotes, tested and packed; these 900 sets are "
         "cracked, dead, stripped of remotes and stands, with broken CCFL backlight tubes and screen shards loose in "
         "the pallets, from the refits of Limassol and Ayia Napa hotels: waste electrical equipment with "
         "mercury-containing parts (16 02 13*), hazardous waste whose export to a non-OECD country is banned, from "
         "Limassol to Beirut for a 'hotel supplier'; Cypriot Greek wording (e-waste as used TVs repeats in many sets "
         "and CCFL screens in a few; hotel TVs from Cyprus to Lebanon are the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("WST-09", "export", "SIROAD01", "road", "SI", ["HR", "RS"], "MK", "130219",
         "Tekoči rastlinski izvleček za grenčice, IBC zabojniki, 16 t", "SI", 16000, 16, 4800, "EUR",
         "a liquid herbal extract for bitters is a brown, aromatic, alcoholic tincture that smells of gentian and "
         "wormwood; these IBCs hold a yellow, acrid, solvent-smelling liquid with crystals on the walls that reads "
         "toluene, methanol and drug intermediates, from a pharmaceutical plant's solvent recovery: halogen-free "
         "mother liquors and still residues (07 05 04*), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry through Croatia and Serbia to a Skopje 'liqueur maker'; Slovenian wording "
         "(pharmaceutical mother liquor repeats once, blind66, and still bottoms in several; a bitters-extract "
         "label was found in no earlier row by a keyword search)", {"importer_country": "MK"}),
        ("WST-10", "transit", "MTSEA01", "sea", "EG", ["MT"], "TR", "282410",
         "Litharge (lead monoxide), technical, for crystal glass, big bags, 24 t", "EG", 24000, None, 12000, "USD",
         "litharge is a bright yellow-orange, heavy, dry lead oxide powder of even colour; these bags hold grey-white, "
         "damp, acid-smelling paste with lead-grid fragments and separator scraps, from the breaking of scrap car "
         "batteries near Alexandria: lead-acid battery paste (16 06 01* residues), hazardous waste moved through the "
         "Union without the notification and consent transit requires, landed at Marsaxlokk in transit from "
         "Alexandria to Iskenderun; Egyptian English wording (battery paste repeats in several sets and a litharge "
         "label once, blind32; a transit through Malta from Egypt to Türkiye is the new part as far as a search "
         "found)", {"importer_country": "TR"}),
    ],
    "ozone": [
        ("OZN-01", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS"], "XK", "841850",
         "Gebrauchte Kühlvitrinen für Supermärkte, steckerfertig, überholt, 40 Stück", "AT", 12000, 40, 16000, "EUR",
         "used supermarket display counters for export run on R-290 or CO2 or come emptied; these 40 serve-over "
         "counters from the refit of Styrian supermarkets date from 1989-1993, still hold their charge (the "
         "compressor plates read R-502, about 3 kg each) and were never degassed: equipment containing CFC-115 "
         "(R-502 is HCFC-22 with CFC-115), whose export from the Union is banned (Regulation 2024/590), on a lorry "
         "from Graz through Slovenia, Croatia and Serbia to a Prishtina 'market equipment' trader; Austrian German "
         "wording (R-502 equipment repeats in many sets, supermarket covers in several; a display-counter label to "
         "Kosovo was found in no earlier row by a keyword search)", {"importer_country": "XK"}),
        ("OZN-02", "import", "NLSEA01", "sea", "VN", [], "NL", "350691",
         "Keo xịt dán mút và vải bọc ghế, bình 500 ml, 9.600 bình", "VN", 5760, 9600, 14400, "USD",
         "upholstery spray adhesives sold in the Union run on dimethyl ether or propane-butane and carry a "
         "flammable-gas mark; these cans from a Bình Dương furniture-supplies maker carry none, do not burn at the "
         "nozzle, smell sweet and ether-like, and a head-space test reads 1,1-dichloro-1-fluoroethane as solvent and "
         "propellant: HCFC-141b in aerosol products, whose import into the Union is banned, by sea from Ho Chi Minh "
         "City to Rotterdam for a Dutch upholstery wholesaler; Vietnamese wording (HCFC-141b repeats in many sets "
         "and a spray-adhesive label once, blind59; from Vietnam is the new part as far as a search found)",
         firm("Central Stoffering BV", "NL")),
        ("OZN-03", "import", "ESSEA01", "sea", "IN", [], "ES", "271114",
         "MAPP-type brazing gas (propylene blend), 400 g cylinders, 3,600 pcs", "IN", 1440, 3600, 5400, "USD",
         "MAPP-type brazing gas is a light, yellow-labelled propylene blend that burns hot at the torch; these "
         "cylinders weigh three times what their volume allows, the liquid is 1.73 kg/l, will not light and smells "
         "faintly of chloroform, and the consignee, an Almería 'plumbing supplier', sells mainly to greenhouse soil "
         "contractors: methyl bromide (bromomethane), whose import into the Union is banned, by sea from Mundra to "
         "Valencia; Indian English wording (methyl bromide repeats in many sets under gas and fumigant labels; a "
         "brazing-gas (MAPP) label was found in no earlier row by a keyword search)",
         firm("Meridian Suministros Agrícolas SL", "ES")),
        ("OZN-04", "import", "HUAIR01", "air", "CN", [], "HU", "381300",
         "自动灭火球, 干粉型, 1.3 公斤, 1,200 个", "CN", 1560, 1200, 9600, "USD",
         "automatic fire-extinguisher balls hold 1.3 kg of ABC dry powder that rattles inside a foam shell; these "
         "balls slosh, are heavier than powder allows, hiss a sweet-smelling gas when a test ball is pierced and "
         "the inner canister is stamped 'CF2ClBr': halon 1211 (bromochlorodifluoromethane) in fire-protection "
         "products, whose import into the Union is banned outside licensed critical uses, flown from Shenzhen to "
         "Budapest for a fire-safety web shop; Chinese wording (halon 1211 repeats in many sets under extinguisher "
         "labels; a fire-ball label was found in no earlier row by a keyword search)",
         firm("Vega Tűzvédelem Kft.", "HU")),
        ("OZN-05", "export", "ITSEA01", "sea", "IT", [], "AL", "841869",
         "Celle di stagionatura per formaggi, usate, complete di gruppi frigo, 6 unità", "IT", 7200, 6, 9000, "EUR",
         "used cheese-ripening rooms for export come with new or emptied condensing units on R-290 or R-744; these "
         "six, taken out of a Parmigiano dairy in Reggio Emilia, still hold their 1990s charge (the units' plates "
         "read R-22, 18 kg each) and were not emptied: equipment containing HCFC-22, whose export from the Union "
         "is banned (Regulation 2024/590), from Ancona to Durrës for a Korçë cheese maker; Italian wording (R-22 "
         "equipment repeats in many sets and ripening rooms twice, for bananas; a cheese-ripening room is the new "
         "part as far as a search found)", {"importer_country": "AL"}),
        ("OZN-06", "transit", "HRSEA01", "sea", "CN", ["HR"], "RS", "841869",
         "Cold plunge chillers, 1 HP, with filtration, 120 units", "CN", 7200, 120, 60000, "USD",
         "cold-plunge chillers sold in Europe carry R-290 or R-32 and a flammable-gas label; these 120 units carry "
         "neither, their plates read R-22 under a sticker, and each holds about 0.9 kg of HCFC-22: products "
         "containing an ozone-depleting substance moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Rijeka in transit from Ningbo to a Belgrade wellness-equipment distributor; English "
         "wording (R-22 equipment repeats in many sets; an ice-bath chiller label was found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
        ("OZN-07", "export", "IESEA01", "sea", "IE", [], "NG", "841869",
         "Used pub cellar cooling units and beer-line coolers, working, 60 units", "IE", 6000, 60, 6000, "EUR",
         "used cellar coolers for export are recent units on R-290 or R-134a, or come degassed; these 60 came out "
         "of Dublin pubs refitted this winter, date from the 1990s, still hold their R-22 charge (about 2 kg each) "
         "and were not emptied: equipment containing HCFC-22, whose export from the Union is banned (Regulation "
         "2024/590), from Dublin to Lagos for a 'bar equipment' trader; Irish English wording (R-22 equipment "
         "repeats in many sets and wine-cellar conditioners in a few; pub cellar coolers from Ireland to Nigeria "
         "are the new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-08", "import", "HRROAD01", "road", "BA", [], "HR", "940161",
         "Garniture sjedećih garnitura, tapecirane, 40 kom", "BA", 2400, 40, 8000, "EUR",
         "a Bosnian furniture lorry for a Zagreb retailer: sofas and mattresses are what Bosnian factories send, "
         "but the third item's 'rezervni dijelovi za klima uređaje' are 48 disposable 13.6 kg cylinders, "
         "green under a grey overspray, whose gas reads HCFC-22 at a pressure check: chlorodifluoromethane, whose "
         "import into the Union is banned, hidden as the last item of a three-item declaration at Stara Gradiška; "
         "Bosnian wording (HCFC-22 cylinders repeat in many sets; as air-conditioner spare parts behind furniture "
         "from Bosnia is the new part as far as a search found)",
         dict(firm("Alpina Namještaj d.o.o.", "HR"),
              _more_items=[item("940429", "Madraci, opružni, 120 kom", "BA", 2400, 6000, "EUR", qty=120),
                           item("841590", "Rezervni dijelovi za klima uređaje, 48 kom", "BA", 650, 480, "EUR", qty=48)])),
        ("OZN-09", "import", "PTSEA01", "sea", "CN", [], "PT", "290122",
         "Fluido frigorigénio R-1270 (propileno), garrafas 12 kg, 300 garrafas", "CN", 3600, 300, 9000, "USD",
         "R-1270 is propylene, a hydrocarbon refrigerant of 0.51 kg/l liquid that comes in red, flammable-gas "
         "cylinders a third empty by weight; these grey cylinders are full to 12 kg, the liquid is 1.19 kg/l, a "
         "pressure-temperature check fits HCFC-22 and a flame test shows nothing: chlorodifluoromethane, whose "
         "import into the Union is banned, by sea from Ningbo to Sines for a Lisbon refrigeration wholesaler; "
         "Portuguese wording (HCFC-22 under other gas labels repeats in many sets; an R-1270 label was found in no "
         "earlier row by a keyword search)", firm("Atlântico Frio Lda", "PT")),
        ("OZN-10", "import", "CZAIR01", "air", "KR", [], "CZ", "381400",
         "침투탐상 세척제 (솔벤트 리무버), 에어로졸 450 ml, 1,200 캔", "KR", 600, 1200, 3600, "USD",
         "penetrant-testing cleaner removers run on hydrocarbons or acetone, are flammable and weigh about 0.75 "
         "kg/l; these cans carry no flame mark, the liquid weighs 1.34 kg/l, does not burn and smells sweet like "
         "chloroform, and the filler's code reads '1,1,1-TCA': methyl chloroform (1,1,1-trichloroethane), whose "
         "import into the Union is banned, flown from Incheon to Prague for an NDT inspection supplier in Ostrava; "
         "Korean wording (methyl chloroform repeats in many sets under cleaner labels; a dye-penetrant label was "
         "found in no earlier row by a keyword search)", firm("Orion NDT s.r.o.", "CZ")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "CN", [], "DE", "711620",
         "和田玉籽料摆件, 新工, 40 件", "CN", 48, 40, 16000, "USD",
         "a Hotan-jade air shipment from Urumqi for a Munich dealer in Chinese stone carving: new nephrite carvings "
         "and bangles are what such shipments hold, but the third item's 'ceramic ornaments, antique style' are "
         "sixty small, hand-modelled, red-brown terracotta monkeys, musicians and appliqué heads with root marks, "
         "loess in the crevices and no glaze: Yotkan terracottas of the Khotan kingdom (2nd-8th century), "
         "archaeological objects whose export China forbids, brought in against the UNESCO 1970 convention and, "
         "above the value threshold, without the importer statement of Regulation 2019/880, hidden as the last item "
         "of a three-item declaration, flown from Urumqi to Munich; Chinese wording (Chinese antiquities repeat in "
         "many sets; Khotan and Yotkan objects and a Hotan-jade cover were found in no earlier row by a keyword "
         "search)",
         dict(firm("Orion Jade Galerie GmbH", "DE"),
              _more_items=[item("711620", "和田玉手镯, 60 只", "CN", 6, 9000, "USD", qty=60),
                           item("691390", "仿古陶瓷小摆件, 60 件", "CN", 9, 180, "USD", qty=60)])),
        ("CUL-02", "import", "BESEA01", "sea", "CN", [], "BE", "680292",
         "Hand-carved limestone Buddha statues and heads, garden decoration, new, Quyang workshop, 60 pcs", "CN",
         9000, 60, 12000, "USD",
         "new garden Buddhas from Quyang workshops are crisp, pale, machine-roughed limestone with drill marks and "
         "no weathering; one of these 60 is a life-size head in grey limestone with a sawn-off neck, old chisel "
         "work, lichen, a polished nose worn by pilgrims' hands and traces of red pigment in the hair curls, cut "
         "from a Northern Qi cave temple of the Xiangtangshan kind: Buddhist cave sculpture (6th century), "
         "cultural property whose export China forbids, brought in without the importer statement Regulation "
         "2019/880 requires and against the UNESCO 1970 convention, by sea from Tianjin to Antwerp for a Brussels "
         "Asian-art dealer; English wording (Buddha heads repeat in many sets; a Quyang garden-statue container and "
         "a cave-temple head were found in no earlier row by a keyword search)", firm("Galerie Rivage SA", "BE")),
        ("CUL-03", "import", "DEPOST01", "post", "PK", [], "DE", "711311",
         "Silver coin pendants for jewellery making, new, 40 pcs", "PK", 1.2, 40, 120, "USD",
         "new silver coin pendants are bright, machine-struck copies with a soldered loop; these 40 are thin, "
         "hand-struck, toned silver drachms with Greek legends on one side and Kharoshthi on the other, kings in "
         "diadems and horn-crested helmets, with horn silver in the letters and no loop at all: Indo-Greek coins "
         "(2nd-1st century BC) from sites in Afghanistan and the former North-West Frontier, archaeological objects "
         "whose export Pakistan and Afghanistan forbid, posted from Peshawar to a Munich coin dealer without the "
         "import licence Regulation 2019/880 requires for archaeological objects; Pakistani English wording "
         "(ancient coins repeat in many sets and drachms twice; Indo-Greek coins were found in no earlier row by a "
         "keyword search)", firm("Alpina Numismatik GmbH", "DE")),
        ("CUL-04", "import", "SEPOST01", "post", "TR", [], "SE", "490199",
         "Eski dua kitabı, aile yadigârı, 1 adet", "SY", 2.4, 1, 30, "EUR",
         "an old family prayer book is a printed, bound book of the last century; this is a hand-written codex on "
         "parchment in Estrangela script with red rubrics, a wooden binding and colophons naming a monastery near "
         "Qamishli and the year 1548 of the Greeks, with water stains and a fresh cut where a library stamp was: a "
         "Syriac liturgical manuscript (13th century), cultural property taken out of Syria, whose import Regulation "
         "36/2012 forbids, posted from Mardin to a private person in Södertälje; Turkish wording (Syriac manuscripts "
         "were found once, blind16; by post from Tur Abdin to Sweden is the new part as far as a search found)",
         person("Privatperson", "SE")),
        ("CUL-05", "import", "CZAIR01", "air", "TM", [], "CZ", "680299",
         "Каменные пестики, ручная работа, 12 шт.", "TM", 36, 12, 120, "USD",
         "new stone pestles are short, evenly turned and polished on the working end; these twelve are tall, "
         "waisted soft-stone 'columns' and flat disc 'weights' with handles, finely ground, without wear at the "
         "ends, with desert crust and calcite on the bases: Bactria-Margiana (Oxus civilisation) stone objects of "
         "about 2000 BC, archaeological objects whose export Turkmenistan forbids, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Ashgabat to Prague for a private collector; Russian "
         "wording from Turkmenistan (Margiana objects were found once, blind39; a stone-pestle label by air from "
         "Ashgabat is the new part as far as a search found)", person("Ing. J. Novák", "CZ")),
        ("CUL-06", "import", "FRAIR01", "air", "VN", [], "FR", "701810",
         "Hạt cườm thủy tinh thủ công, nhiều màu, 2 kg", "VN", 2, None, 160, "USD",
         "new handmade glass beads are bright, even and strung on cords by colour; these are tiny, worn, drawn "
         "glass beads of Indo-Pacific type, carnelian and gold-foil beads, a few gold leaf plaques and tin "
         "amulets, with Mekong delta clay in the holes, dug at sites around Óc Eo: Funan-period archaeological "
         "objects (1st-7th century), whose export Viet Nam forbids, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Ho Chi Minh City to Paris for a dealer in ancient beads; "
         "Vietnamese wording (Vietnamese antiquities repeat in several sets; Óc Eo and Funan objects were found in "
         "no earlier row by a keyword search)", firm("Atlantic Perles Anciennes SARL", "FR")),
        ("CUL-07", "export", "SKPOST01", "post", "SK", [], "US", "711411",
         "Strieborné gombíky na kroj, tradičná výroba, 18 ks", "SK", 0.3, 18, 90, "EUR",
         "silver folk-costume buttons are new, bright, hollow filigree domes on a shank; these eighteen are small "
         "gilded silver and bronze globular buttons with granulation and palmettes, corroded, with soil inside "
         "and detector scratches, from a hillfort near Nitra: Great Moravian (9th century) archaeological objects, "
         "which need an export licence at any value (Regulation 116/2009) and are protected Slovak heritage, "
         "posted from Nitra to a buyer in Pittsburgh without one; Slovak wording (Great Moravian finds appear in a "
         "few sets; gombíky under a folk-costume label were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-08", "import", "BEAIR01", "express", "MX", [], "BE", "680292",
         "Escultura de piedra caliza, artesanía potosina, estilo huasteco, 1 pieza", "MX", 14, 1, 90, "USD",
         "new Huastec-style craft carvings from San Luis Potosí are pale, crisp and machine-cut; this is a "
         "standing limestone figure with a conical cap and a fan-shaped headdress, worn, with root etching, "
         "calcite crust and a broken foot: a Huastec sculpture (AD 900-1500), an archaeological monument owned by "
         "the Mexican nation whose export Mexico forbids, brought in without the import licence Regulation 2019/880 "
         "requires, sent by express from San Luis Potosí to a private collector in Ghent; Mexican Spanish wording "
         "(Mesoamerican antiquities repeat in many sets and a Huastec figure under a Huasteca craft-replica label "
         "once, blind56; kept as a known repeat, by express from San Luis Potosí to Belgium is the new part)", person("Jan Peeters", "BE")),
        ("CUL-09", "import", "NLAIR01", "air", "ZA", [], "NL", "711790",
         "Zoeloe-kralewerk, nuut, handgemaak, armbande en halssnoere, 8 kg", "ZA", 8, 300, 900, "ZAR",
         "new Zulu beadwork is bright seed-bead work strung on nylon, in fresh colours and patterns; about a "
         "kilogram of this parcel is loose, worn, opaque red, blue and green glass trade beads of Indo-Pacific "
         "type, gold-wire bangles and ivory-bangle fragments, with Limpopo valley sand in the perforations, dug at "
         "sites of the Mapungubwe kind: archaeological objects whose export South Africa forbids without a "
         "heritage permit (National Heritage Resources Act), brought in without the import licence Regulation "
         "2019/880 requires, flown from Johannesburg to Amsterdam for a bead dealer; Afrikaans wording (South "
         "African antiquities are rare in earlier sets; Mapungubwe objects were found in no earlier row by a "
         "keyword search)", firm("Delta Kralen BV", "NL")),
        ("CUL-10", "import", "PLROAD01", "road", "UA", [], "PL", "830890",
         "Репліки бронзових фібул і наконечників стріл для реконструкції, 6 кг", "UA", 6, 240, 300, "EUR",
         "re-enactment replicas are new, bright, cast bronze with sprue marks and identical copies by the dozen; "
         "these 240 pieces are all different, green-patinated fibulae, trilobate Scythian arrowheads and small "
         "cast dolphins used as money, with black-earth soil in the sockets and detector nicks: Greek and Scythian "
         "objects from the territory of Olbia (6th-4th century BC), archaeological objects whose export Ukraine "
         "forbids, brought in without the import licence Regulation 2019/880 requires, in a van at Hrebenne for a "
         "Lublin 'historical crafts' shop; Ukrainian wording (Olbia finds were found once, blind51, and arrowheads "
         "in several; a re-enactment-replica label was found in no earlier row by a keyword search)",
         firm("Central Rekonstrukcja Sp. z o.o.", "PL")),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "AE", "851679",
         "Liofilizzatori domestici per alimenti, 4 unità", "IT", 3600, 4, 14000, "EUR",
         "home food freeze-dryers are 60 kg countertop boxes with a small vacuum pump and a shelf rack at a few "
         "thousand euros; these four weigh 900 kg each, have steam-in-place sterilisation, a 30 kg ice condenser, "
         "stoppering shelves and a clean-room cabinet, at the maker's list price of 90,000 EUR each, for a Jebel Ali "
         "'kitchen equipment' trader whose papers name a Karaj 'food laboratory': freeze-dryers controlled under "
         "dual-use 2B352 (Australia Group), exported without the licence Regulation 2021/821 requires and "
         "forbidden for Iran (Regulation 267/2012), from La Spezia; Italian wording (controlled freeze-dryers repeat "
         "in several sets, under a household food-dehydrator label in blind106, a fruit-dehydrator label in blind51 "
         "and, to Tehran through Istanbul, in a development set; kept as a known repeat, by sea through Jebel Ali is "
         "the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", ["SN"], "ML", "283720",
         "Ferrocyanure de potassium (E536), qualité alimentaire, anti-agglomérant, 40 fûts", "BE", 2000, 40, 5200,
         "EUR",
         "food-grade potassium ferrocyanide (E536) is a lemon-yellow, crystalline, odourless salt; these drums hold "
         "white, lumpy, deliquescent briquettes that smell of bitter almonds when damp, in drums whose inner bags "
         "read UN1680: potassium cyanide, a chemical-weapons precursor controlled under dual-use 1C350 (Australia "
         "Group), exported without the licence Regulation 2021/821 requires, from Antwerp through Dakar to a Bamako "
         "'salt refinery' whose buyers run gold-leaching pits; Belgian French wording (cyanides repeat in several "
         "sets and potassium cyanide once, blind10; a ferrocyanide (E536) label was found in no earlier row by a "
         "keyword search)", {"importer_country": "ML"}),
        ("STR-03", "import", "FRAIR01", "air", "CN", [], "FR", "070955",
         "松茸, 鲜品, 延边产, 冷链, 400 公斤", "CN", 400, None, 48000, "USD",
         "Yanbian matsutake are picked in Jilin with Chinese phytosanitary and origin papers; these 400 kg come "
         "wrapped in the newspaper of the Rason zone, the inspection tags carry a Hunchun consolidator's name for "
         "goods brought over the Tumen bridge, and the kilo prices match the Chilbo mountain harvest that "
         "Pyongyang sells through Hunchun: North Korean pine mushrooms, whose import into the Union Regulation "
         "2017/1509 forbids (UN resolution 2397 bans food and agricultural products of the DPRK), flown from "
         "Shenyang to Paris for Japanese restaurants; Chinese wording (DPRK goods under Chinese origin repeat in "
         "several sets; matsutake were found in no earlier row by a keyword search)",
         firm("Vega Produits du Japon SARL", "FR")),
        ("STR-04", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "845430",
         "Schmuckgussmaschine, Vakuum, für Goldschmiede, 1 Stück", "DE", 4200, 1, 18000, "EUR",
         "a goldsmith's vacuum casting machine is a 100 kg bench unit that melts a kilo of gold; this crated machine "
         "weighs 4.2 t, has a water-cooled induction coil around a 12-litre crucible, a vacuum chamber rated at "
         "10^-4 mbar and a tilt-pour mould chamber, at the maker's list price of 400,000 EUR, for an Istanbul "
         "Grand Bazaar 'refiner' whose orders go on by road to Tabriz: a vacuum induction furnace controlled under "
         "dual-use 2B227 and listed in the Iran regulation (267/2012), exported without a licence, by lorry from "
         "Pforzheim; German wording (vacuum furnaces were found once, as vacuum furnace; a jewellery-casting label "
         "was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "SIROAD01", "road", "SI", ["HR"], "RS", "844313",
         "Rabljen ofsetni tiskarski stroj, 4-barvni, 1 kos", "SI", 14000, 1, 26000, "EUR",
         "a used four-colour offset press is a long line of printing units with rollers, ink ducts and a delivery "
         "pile; this 14 t crate holds a CNC gear-hobbing machine with a hob head, a tailstock and a Siemens "
         "control, built last year, for a Novi Sad 'printing house' whose last consignments went on by rail to "
         "Tula: gear-cutting machine tools (8461 40), whose sale for use in Russia Regulation 833/2014 forbids, on "
         "a lorry from Celje through Croatia to Serbia; Slovenian wording (machine tools to Russia through third "
         "countries repeat in many sets; a printing-press label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("STR-06", "export", "LTROAD01", "road", "LT", [], "BY", "180690",
         "Šokoladiniai saldainiai, asorti, 5 t", "LT", 5000, None, 26000, "EUR",
         "a food lorry for a Minsk wholesaler at Medininkai: chocolates and coffee are goods that may still go to "
         "Belarus, but the third item's 'virtuvės prietaisų dalys' are 1,400 IGBT power modules and gate-driver "
         "boards in the makers' trays, with no kitchen-appliance part among them: IGBT modules (8541 29), on the "
         "common high-priority list whose export to Belarus Regulation 765/2006 forbids, hidden as the last item "
         "of a three-item declaration; Lithuanian wording (IGBT modules were found twice, blind76 and blind118; "
         "behind chocolates and coffee at Medininkai under a kitchen-appliance label is the new part as far as a "
         "search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("090121", "Skrudinta kava, pupelės, 3 t", "LT", 3000, 27000, "EUR"),
                           item("851690", "Virtuvės prietaisų dalys, elektronikos moduliai, 1 400 vnt.", "LT", 420, 2800, "EUR", qty=1400)])),
        ("STR-07", "export", "SESEA01", "sea", "SE", [], "PK", "760310",
         "AlSi10Mg-pulver för additiv tillverkning, 20-63 µm, 2 t", "SE", 2000, None, 36000, "EUR",
         "AlSi10Mg powder for 3D printing is a grey alloy powder with about 10 % silicon and a test certificate; "
         "these drums hold a bright, free-flowing, 99.7 % pure aluminium powder of spherical 20-30 µm particles and "
         "no silicon at all, for a Lahore 'additive manufacturing' firm that buys for a missile-motor plant: "
         "spherical aluminium powder controlled under dual-use 1C111 (MTCR), exported without the licence "
         "Regulation 2021/821 requires, from Gothenburg to Karachi; Swedish wording (aluminium powders repeat in "
         "several sets under pigment and paste labels and an AlSi10Mg label once, blind19; from Sweden to Pakistan "
         "is the new part as far as a search found)", {"importer_country": "PK"}),
        ("STR-08", "export", "FIAIR01", "air", "FI", [], "KZ", "871410",
         "Moottoripyörän pakoputken äänenvaimentimen sisäosat (dB-killer), 300 kpl", "FI", 240, 300, 6000, "EUR",
         "motorcycle dB-killer inserts are short, perforated steel baffles with a bolt hole at 20 EUR each; these "
         "300 are threaded, baffled cylinders with a bore for a bullet and thread adaptors for rifle calibres, at "
         "the maker's price of 250 EUR each, for an Almaty 'moto shop' whose buyers are in Russia: firearm "
         "suppressors, which Regulation 833/2014 forbids selling for use in Russia and whose export needs an "
         "authorisation under the firearms regulation (258/2012), flown from Helsinki; Finnish wording "
         "(suppressors were found twice, in blind12 and a development set, and solvent-trap covers in several; a "
         "dB-killer label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-09", "import", "PLROAD01", "road", "UA", [], "PL", "441829",
         "Двері міжкімнатні дерев'яні, сосна, походження Україна, 600 шт.", "UA", 15000, 600, 42000, "EUR",
         "Ukrainian pine interior doors come from Rivne and Zhytomyr mills with Ukrainian certificates of origin; "
         "these 600 carry a Belarusian mill's CE labels under the Ukrainian ones, their glue and lacquer batch "
         "codes are those of a Pinsk plant, and the lorry's CMR shows a pickup at a Volyn warehouse two days after "
         "a Belarusian lorry unloaded there: Belarusian wood products, whose import into the Union Regulation "
         "765/2006 forbids, at Dorohusk for a Lublin builders' merchant; Ukrainian wording (Belarusian goods under "
         "other origins repeat in many sets; wooden doors from Belarus were found in no earlier row by a keyword "
         "search)", firm("Orion Drzwi Sp. z o.o.", "PL")),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "UZ", "841370",
         "Centrifugaalpompen voor irrigatie, 80 stuks", "NL", 1600, 80, 12000, "EUR",
         "irrigation centrifugal pumps are cast-iron volute pumps at 150 EUR each; these 80 are axial-piston "
         "hydraulic pumps and motors with load-sensing controls for excavator and crane drives, at 2,500 EUR each "
         "on the maker's list, for a Tashkent 'farm supply' firm whose forwarder re-exports to Russia: hydraulic "
         "pumps (8413 50 and 8412 29), whose sale for use in Russia Regulation 833/2014 forbids, flown from "
         "Amsterdam; Dutch wording (machinery to Russia through Central Asia repeats in many sets; a hydraulic pump "
         "as an irrigation pump was found in no earlier row by a keyword search)", {"importer_country": "UZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEROAD01", "road", "MK", ["RS", "HR", "SI", "AT"], "DE", "121190",
         "Кантарион (Herba Hyperici), сушен, во бали, 1 200 кг", "MK", 1200, None, 4800, "EUR",
         "dried St John's wort is a tangle of square-stemmed tops with small five-petalled yellow flowers whose "
         "leaves show translucent dots against the light; these bales hold feathery, finely divided, "
         "needle-leaved stems with large, glossy, many-petalled yellow flowers and no dotted leaves, dug on the "
         "steppe slopes of the Ovče Pole: wild spring pheasant's eye (Adonis vernalis, CITES App. II) without "
         "CITES documents, on a lorry from Štip through Serbia, Croatia, Slovenia and Austria to a Bavarian "
         "herbal-pharmacy supplier; Macedonian wording (Adonis repeats once, under an Albanian chamomile label in "
         "blind59; kept as a known repeat, a St John's wort label from North Macedonia is the new part)",
         firm("Alpina Heilkräuter GmbH", "DE")),
        ("WLF-02", "import", "PTAIR01", "air", "BR", [], "PT", "411390",
         "Couro de tilápia curtido, peles inteiras, 1.200 peças", "BR", 600, 1200, 7200, "USD",
         "tanned tilapia leather comes in small hides of about 50 x 15 cm with fine, overlapping scale pockets; "
         "these 1,200 hides are up to 2 m long, thick, with scale pockets the size of a thumbnail and a red-tinged "
         "belly pattern: arapaima (pirarucu, Arapaima gigas, CITES App. II) leather without the Brazilian export "
         "permit a managed-fishery skin must carry, flown from Manaus to Lisbon for a Porto shoe maker; Brazilian "
         "Portuguese wording (arapaima repeats in a few sets, tilapia labels in a few; a fish-leather label was "
         "found in no earlier row by a keyword search)", firm("Delta Calçado Lda", "PT")),
        ("WLF-03", "import", "ESPOST01", "post", "PE", [], "ES", "392690",
         "Espuelas sintéticas para gallos, de resina, 20 pares", "PE", 1.1, 40, 60, "PEN",
         "synthetic cockfighting spurs are moulded resin or plastic cones, identical and seamless; these 40 are "
         "flattened, hand-ground, bony teeth with a grooved base and growth lines, cut from the rostrum of a "
         "sawfish caught off Tumbes: sawfish rostral teeth (Pristidae, CITES App. I), posted from Lima to a "
         "private person in La Laguna, Tenerife, where cockfighting is still held; Peruvian Spanish wording "
         "(sawfish rostra repeat in a few sets; spurs for fighting cocks were found in no earlier row by a keyword "
         "search)", person("Sr. J. García", "ES")),
        ("WLF-04", "import", "NLAIR01", "air", "US", [], "NL", "121190",
         "Echinacea purpurea root powder, cultivated, 25 kg drums, 20 drums", "US", 500, 20, 12500, "USD",
         "echinacea root powder is grey-brown, slightly tingling on the tongue and costs about 25 USD/kg; these "
         "drums hold a bright yellow, intensely bitter powder that stains the fingers and fluoresces under UV, from "
         "roots dug in the Appalachian woods: wild goldenseal (Hydrastis canadensis, CITES App. II) without the US "
         "CITES export permit, flown from Charlotte to Amsterdam for a supplement maker; US English wording "
         "(goldenseal repeats once, blind46; an echinacea label was found in no earlier row by a keyword search)",
         firm("Horizon Botanicals BV", "NL")),
        ("WLF-05", "import", "FRSEA01", "sea", "PH", [], "FR", "970529",
         "Fossilized clam shells, decorative, pre-Convention fossil, 1 container", "PH", 18000, 140, 9000, "USD",
         "fossil clam shells are stone: heavy, dull, matrix-filled, with mineral replacement and no organic lustre; "
         "these 140 are fresh-looking, white and porcelain-glossy inside, with organic periostracum, algae and "
         "barnacles on the outer ribs and some still smelling of the sea: giant clams (Tridacna gigas and T. "
         "derasa, CITES App. II) without CITES export permits, by sea from Manila to Marseille for a décor "
         "wholesaler; Philippine English wording (giant clams repeat in many sets; a fossil label, which the "
         "Convention does not cover, was found in no earlier row by a keyword search)",
         firm("Rivage Décoration SARL", "FR")),
        ("WLF-06", "transit", "ESSEA01", "sea", "NA", ["ES"], "HK", "030830",
         "Dried salted jellyfish, 20 kg cartons, 90 cartons", "NA", 1800, 90, 9000, "USD",
         "dried salted jellyfish are flat, translucent, rubbery amber sheets packed in salt; these 90 cartons hold "
         "grey, triangular, dried fins with cartilage rays and skin denticles, in sets of dorsal, pectoral and "
         "caudal fins, with many blue and shortfin mako shapes among them: shark fins of requiem and mackerel "
         "sharks (CITES App. II) without the export permit specimens in transit through the Union must carry, "
         "landed at Algeciras in transit from Walvis Bay to Hong Kong; English wording (shark fins repeat in many "
         "sets and dried seafood covers in several; a jellyfish label and Walvis Bay were found in no earlier row "
         "by a keyword search)", {"importer_country": "HK"}),
        ("WLF-07", "import", "ATAIR01", "air", "AZ", [], "AT", "210690",
         "Dəniz yosunu kürüsü (vegan, alginatlı), 100 q banka, 400 banka", "AZ", 40, 400, 1600, "EUR",
         "seaweed caviar is alginate pearls of even size that burst with a jelly skin and taste of kelp, at a few "
         "euros a jar; these 400 tins hold grey-green, oily, unevenly sized eggs that roll apart and taste of nut "
         "and sea, with no CITES code on the lids: wild Caspian sturgeon caviar (Acipenseriformes, CITES App. II) "
         "without CITES documents or the universal label, flown from Baku to Vienna for a delicatessen; "
         "Azerbaijani wording (caviar repeats in many sets under roe labels; a seaweed-caviar label was found in no "
         "earlier row by a keyword search)", firm("Vega Feinkost GmbH", "AT")),
        ("WLF-08", "import", "DEAIR01", "air", "BO", [], "DE", "100850",
         "Quinua real orgánica, sacos de 25 kg, 40 sacos", "BO", 1000, 40, 4000, "USD",
         "an Andean-products air shipment from La Paz for a Frankfurt fair-trade shop: quinoa and alpaca shawls "
         "are what such shops sell, but the third item's 'charangos de madera' are twenty charangos whose sound "
         "boxes are the dried, hairy carapaces of armadillos, with the banded shell and scutes still on: Andean "
         "hairy armadillo (Chaetophractus nationi, CITES App. II with a zero quota for commercial trade) without "
         "CITES documents, hidden as the last item of a three-item declaration; Bolivian Spanish wording "
         "(armadillo was found once, blind63; charangos were found in no earlier row by a keyword search)",
         dict(firm("Central Fair Handel GmbH", "DE"),
              _more_items=[item("621410", "Chalinas de alpaca, tejidas a mano, 120 piezas", "BO", 36, 2400, "USD", qty=120),
                           item("920290", "Charangos de madera, artesanales, 20 piezas", "BO", 24, 600, "USD", qty=20)])),
        ("WLF-09", "import", "NLAIR01", "air", "SB", [], "NL", "442090",
         "Bleached driftwood branches, aquarium and interior décor, 60 pieces", "SB", 240, 60, 900, "USD",
         "bleached driftwood is light, fibrous wood with growth rings that floats and can be cut with a saw; these "
         "60 'branches' are heavy, stony, white to ochre, flattened blades and fingers pitted with tiny pores and "
         "no grain at all, that sink and ring when tapped: fire coral skeletons (Millepora spp., CITES App. II) "
         "without CITES export permits, flown from Honiara via Brisbane to Amsterdam for an aquascaping "
         "wholesaler; Solomon Islands English wording (corals repeat in many sets and driftwood labels in a few, on narwhal "
         "tusks, a sawfish rostrum and a mounted bird; fire coral and the Solomon Islands were found in no earlier "
         "row by a keyword search)",
         firm("Atlantic Aquascaping BV", "NL")),
        ("WLF-10", "import", "BEAIR01", "air", "NP", [], "BE", "071239",
         "सुकेको रेशी च्याउ (गानोडर्मा), टुक्रा, २० किलो", "NP", 20, None, 800, "USD",
         "dried reishi is hard, shiny, red-brown shelf fungus cut into woody slices that smell of nothing much; "
         "mixed into these 20 kg are 60 small, round, hairy pouches with a navel-like opening and a dark, grainy "
         "content that gives off an overpowering, animal-sweet smell when warmed: musk pods of the Himalayan musk "
         "deer (Moschus chrysogaster, CITES App. I), without CITES documents, flown from Kathmandu to Brussels for "
         "a traditional-medicine importer; Nepali wording (musk repeats in several sets; a reishi (ganoderma) label "
         "was found in no earlier row by a keyword search)", firm("Orion Herbal Import SA", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "JP", "DK", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics club)", "JP", 1, 1, 60,
     "USD", [("PRECURSOR_LICENCE", "DK-RP-47-0031")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEAIR01", "air", "IR", "SE", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (silver refining hobby)", "IR", 5.6, 4, 40, "EUR",
     [("PRECURSOR_LICENCE", "SE-POL-47-0114")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262190",
     "Lead-contaminated shooting-range soil (17 05 03*), for a licensed soil-washing plant, 24 t", "CH", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-47-0322")], "notified firing-range soil to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "250840",
     "Spent filter clay from oil re-refining (05 01 15*), for co-processing at a licensed cement kiln, 22 t", "CH",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-47-0098")], "notified spent filter clay to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand-held extinguishers",
     "US", 250, 10, 7500, "USD", [("ODS_LICENCE", "FR-DGEC-ODS-47-006")], "recovered halon 1211 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "CH", "DE", "290377",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical reference standard, 10 x 1 ml, for essential laboratory use",
     "CH", 0.1, 10, 800, "CHF", [("ODS_LICENCE", "DE-UBA-ODS-47-011")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "SEAIR01", "air", "SE", "US", "970690",
     "Syriac manuscript on parchment, 14th century, documented Swedish collection since 1952", "SE", 3, 1, 85000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-EXP-47-0042")], "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970531",
     "Indo-Greek silver drachms of Menander I, 6 pcs, documented Swiss collection since 1968", "AF", 0.02, 6, 9600,
     "CHF", [("IMPORT_LICENCE", "DE-KGSG-47-0017")], "archaeological coins imported with the Union import licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "BR", "841933",
     "Pharmaceutical freeze-dryer, steam-sterilisable, 30 kg condenser, 1 unit, for a Brazilian vaccine institute",
     "IT", 3200, 1, 420000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-47-0208"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-47-0041")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "GH", "283719",
     "Potassium cyanide 98 %, briquettes, 20 drums, for a Ghanaian gold mine's leach plant", "BE", 1000, 20, 3600,
     "EUR", [("EXPORT_LICENCE", "BE-VL-47-0133"), ("END_USER_CERTIFICATE", "GH-EPA-EUC-47-0052")],
     "dual-use potassium cyanide under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "411390",
     "Arapaima (pirarucu) leather from a managed community fishery, 200 hides", "BR", 150, 200, 9000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-47-0871")], "App. II arapaima leather from a managed fishery with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "US", "NL", "121190",
     "Goldenseal root, Hydrastis canadensis, cultivated, 50 kg", "US", 50, None, 4500, "USD",
     [("CITES_PERMIT", "US-FWS-47-0396")], "App. II cultivated goldenseal with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mette Jensen", "PRM-02": "Privatperson", "PRM-05": "Atlantic Aéro Maintenance SARL",
    "PRM-08": "Alpina Numismatik GmbH", "PRM-11": "Delta Calçado Lda", "PRM-12": "Horizon Botanicals BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("220190", "Spring water, still, 1.5 l bottles", "import", ["road"], ["BA", "RS"], (0.3, 0.6), (18000, 24000), ["EUR"], 0.6, S),
    ("200969", "Grape molasses (pekmez), 700 g jars", "import", ["road"], ["TR"], (1.8, 3), (3000, 8000), ["EUR"], 1.4, S),
    ("271019", "Sewing-machine oil, 100 ml bottles", "import", ["express", "post"], ["BD", "IN"], (8, 15), (1, 3), ["USD"], 9, S),
    ("110819", "Kuzu starch, Yoshino, 1 kg bags", "import", ["express"], ["JP"], (25, 45), (1, 4), ["USD", "EUR"], 1, S),
    ("230990", "Pigeon grit, granite and red-clay mix, 20 kg sacks", "import", ["sea"], ["GE", "TR"], (0.2, 0.4), (10000, 20000), ["USD"], 0.05, S),
    ("210690", "Erythritol sweetener, 500 g bags", "import", ["sea"], ["CN"], (5, 9), (4000, 10000), ["USD"], 2, S),
    ("200939", "Persian lime juice, 1 l bottles", "import", ["air"], ["IR", "TR"], (1.5, 3), (300, 1200), ["EUR"], 0.9, S),
    ("130239", "Refined kappa carrageenan, food grade, 25 kg bags", "import", ["sea"], ["PH", "ID"], (8, 12), (5000, 12000), ["USD"], 0.04, S),
    ("282731", "Magnesium chloride bath flakes, 750 g pouches", "import", ["post"], ["IL", "JO"], (6, 12), (1, 4), ["USD", "EUR"], 1.3, S),
    ("701090", "Amber glass dropper bottles, empty, 100 ml", "import", ["post"], ["AU", "US"], (15, 30), (1, 3), ["AUD", "USD"], 8, S),
    ("392113", "Polyurethane foam offcuts, new, for rebonded underlay", "export", ["sea"], ["GH", "NG"], (0.6, 1.2), (15000, 22000), ["EUR"], None, S),
    ("250510", "Washed play sand for sandpits, bagged", "export", ["road"], ["BA", "RS"], (0.08, 0.15), (18000, 24000), ["EUR"], 0.05, S),
    ("250840", "Fuller's earth, cosmetic grade, bagged", "import", ["sea"], ["PK", "IN"], (0.6, 1.2), (8000, 20000), ["USD"], None, S),
    ("340319", "Formwork release oil, new, 200 l drums", "export", ["sea"], ["GN", "SN"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("253090", "Volcanic lava rock for barbecues, 10 kg bags", "import", ["sea"], ["IS", "TR"], (0.2, 0.5), (15000, 24000), ["EUR"], 0.1, S),
    ("320300", "Natural indigo powder, plant dye", "import", ["air"], ["IN", "SV"], (40, 80), (100, 500), ["USD"], None, S),
    ("281610", "Magnesium hydroxide slurry for pool and water treatment, IBC", "export", ["road"], ["RS", "BA"], (0.3, 0.6), (15000, 22000), ["EUR"], None, S),
    ("130219", "Gentian and wormwood extract for bitters", "import", ["road"], ["RS", "MK"], (8, 15), (1000, 4000), ["EUR"], None, S),
    ("282410", "Litharge (lead monoxide), yellow, for ceramics", "import", ["sea"], ["CN", "IN"], (2, 3), (10000, 20000), ["USD"], None, S),
    ("841850", "Refrigerated display counters, new, R-290", "export", ["road"], ["XK", "RS"], (6, 10), (4000, 10000), ["EUR"], 0.004, S),
    ("350691", "Upholstery spray adhesive, DME propellant, 500 ml", "import", ["sea"], ["VN", "CN"], (2, 3.5), (3000, 8000), ["USD"], 2, S),
    ("381300", "Fire-extinguisher balls, ABC dry powder, 1.3 kg", "import", ["air"], ["CN"], (5, 9), (500, 2000), ["USD"], 0.7, S),
    ("841869", "Cheese-ripening rooms, new, R-290 condensing units", "export", ["sea"], ["AL", "TN"], (8, 14), (3000, 9000), ["EUR"], 0.0008, S),
    ("841869", "Cold-plunge tub chillers, R-290, new", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.02, S),
    ("381400", "Dye-penetrant cleaner, hydrocarbon aerosol, 450 ml", "import", ["air"], ["KR", "GB"], (6, 10), (300, 1200), ["USD", "GBP"], 2, S),
    ("711620", "Hotan nephrite carvings, new", "import", ["air"], ["CN"], (200, 400), (20, 80), ["USD"], 1, S),
    ("680292", "Limestone garden Buddha statues, new, Quyang", "import", ["sea"], ["CN", "VN"], (1, 2), (4000, 12000), ["USD"], 0.01, S),
    ("711311", "Silver coin-replica pendants, new", "import", ["post"], ["PK", "IN"], (60, 120), (1, 2), ["USD"], 30, S),
    ("701810", "Handmade glass beads, assorted colours", "import", ["air"], ["VN", "CZ"], (20, 40), (50, 300), ["USD"], None, S),
    ("711411", "Silver filigree costume buttons, new", "export", ["post"], ["US", "CA"], (300, 600), (1, 2), ["EUR"], 60, S),
    ("680292", "Huastec-style limestone craft carvings, new", "import", ["express"], ["MX"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("711790", "Zulu beadwork bracelets and necklaces, new", "import", ["air"], ["ZA"], (60, 120), (20, 100), ["ZAR", "USD"], 30, S),
    ("830890", "Bronze re-enactment replica brooches, cast, new", "import", ["road"], ["UA", "MD"], (20, 40), (200, 600), ["EUR"], 40, S),
    ("851679", "Home food freeze-dryers, countertop", "export", ["sea"], ["AE", "SA"], (40, 70), (1000, 4000), ["EUR"], 0.016, S),
    ("283720", "Potassium ferrocyanide (E536), food grade, 25 kg bags", "export", ["sea"], ["SN", "GH"], (2, 3.5), (4000, 10000), ["EUR"], None, S),
    ("845430", "Goldsmiths' vacuum casting machines, bench type", "export", ["road"], ["TR", "RS"], (60, 120), (200, 800), ["EUR"], 0.01, S),
    ("844313", "Used sheet-fed offset presses, 4-colour", "export", ["road"], ["RS", "MK"], (1.5, 3), (12000, 20000), ["EUR"], None, S),
    ("871410", "Motorcycle exhaust dB-killer inserts", "export", ["air"], ["KZ", "GE"], (60, 100), (100, 400), ["EUR"], 1.2, S),
    ("441829", "Pine interior doors, Ukrainian mills", "import", ["road"], ["UA"], (2, 3.5), (8000, 16000), ["EUR"], 0.04, S),
    ("841370", "Centrifugal irrigation pumps, cast iron", "export", ["sea"], ["UZ", "EG"], (6, 10), (2000, 6000), ["EUR"], 0.05, S),
    ("121190", "St John's wort herb, dried, cut", "import", ["road"], ["MK", "AL"], (3, 5), (800, 3000), ["EUR"], None, S),
    ("411390", "Tanned tilapia fish leather, hides", "import", ["air"], ["BR"], (15, 30), (100, 500), ["USD"], 2, S),
    ("121190", "Echinacea purpurea root powder, cultivated", "import", ["air"], ["US", "CA"], (18, 30), (200, 800), ["USD"], None, S),
    ("920290", "Charangos, wooden, handmade", "import", ["air"], ["BO", "PE"], (25, 50), (20, 100), ["USD"], 1, S),
    ("442090", "Bleached driftwood décor branches", "import", ["sea"], ["ID", "PH"], (2, 4), (2000, 6000), ["USD"], 0.2, S),
    ("071239", "Dried reishi mushroom slices", "import", ["air"], ["CN", "KR"], (20, 40), (100, 500), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone baking mats, food grade", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 6000), ["USD", "EUR"], 8, N),
        ("630231", "Cotton pillowcases, percale", "import", ["sea"], ["PK", "BD"], (6, 10), (3000, 8000), ["USD"], 6, N),
        ("621600", "Quilted cotton oven gloves", "import", ["sea"], ["IN", "CN"], (5, 9), (2000, 5000), ["USD"], 6, N),
        ("442191", "Bamboo desk organisers", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind125", 20470101, HERE)


if __name__ == "__main__":
    main()
