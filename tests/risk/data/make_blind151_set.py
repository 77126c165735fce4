#!/usr/bin/env python3
"""Writes the hundred-and-fifty-first blind set (tests/risk/data/blind151-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2051, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a North America emphasis (Canada, the United States and the Mexican border: origins,
transit hubs, destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL151-*:

    python3 tests/risk/data/make_blind151_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2051, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2051
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "US", [], "DK", "220190",
         "Alkaline ionized water concentrate, pH 11, 'structured', 4 x 1 qt", "US", 4.4, 4, 60, "USD",
         "alkaline-water concentrates are small dropper bottles of a slippery, soapy-tasting mineral solution; these "
         "four quart bottles hold a water-clear liquid of 1.13 kg/l that fizzes on a cut, whitens and stings the skin, "
         "has vented caps and reads 'food grade 35 %' under the shop's sticker: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from a Sedona, Arizona wellness shop to a private person in Aarhus; US English wording "
         "(hydrogen peroxide repeats in many sets and water-like covers in several; an alkaline-water or ionized-water "
         "label was found in no earlier row by a keyword search)", person("Mette Hansen", "DK")),
        ("PRE-02", "import", "ESAIR01", "express", "MX", [], "ES", "130219",
         "Vainilla transparente de Papantla, extracto para repostería, 4 botellas de 1 litro", "MX", 4.8, 4, 480,
         "MXN",
         "Mexican clear vanilla is a water-clear, sweet flavouring of about 1.0 kg/l that smells strongly of vanilla; "
         "these four bottles hold an oily liquid of 1.14 kg/l that sinks under water, smells faintly fruity and not at "
         "all of vanilla, and burns with a pale flame: nitromethane (Annex I above 16 %), sent by express from Poza "
         "Rica to a private person in Valencia who races nitro model cars, although flammable liquids travel by "
         "express only as declared dangerous goods; Mexican Spanish wording (nitromethane repeats in many sets; vanilla "
         "appears in precursor rows only as vanilla-sugar and meringue labels, and a clear-vanilla label was found in "
         "no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("PRE-03", "import", "DESEA01", "sea", "US", [], "DE", "110313",
         "Quick hominy grits, white, 2 lb bags, 12,000 bags", "US", 10900, 12000, 13000, "USD",
         "hominy grits are coarse, angular, dull-white maize particles that smell of corn and soften in hot water; "
         "these bags hold smooth, round, glossy white prills that stay hard, turn ice-cold in water, smell of nothing "
         "and test at 34 % N, for a Kaiserslautern American-food web shop that sells to the public around the "
         "Ramstein base: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, by sea "
         "from Savannah to Bremerhaven; Southern US English wording (ammonium nitrate repeats in many sets under "
         "food and grain-like covers; a grits or hominy label was found in no earlier row by a keyword search)",
         firm("Vega American Foods GmbH", "DE")),
        ("PRE-04", "import", "ESAIR01", "air", "US", [], "ES", "253090",
         "Tequesquite en piedra pa' cocinar nopales y tamales, bolsitas de 1 lb, 600 pcs", "MX", 272, 600, 900,
         "USD",
         "tequesquite is a grey-white, earthy lake-bed soda in lumps that smells of clay and fizzes with lime juice; "
         "these 600 bags hold a bright-white, fine, heavy powder that does not fizz with acid, burns fiercely mixed with "
         "sugar and whose inner liners read 'KClO4 99 %', bagged by a Los Angeles distributor that supplies fireworks "
         "workshops and sold on to a Madrid Mexican-grocery web shop: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Los Angeles to Madrid; Mexican-American (Spanglish) "
         "wording (potassium perchlorate repeats in many sets; a tequesquite label was found in no earlier row by a "
         "keyword search)", firm("Orion Alimentación Latina SL", "ES")),
        ("PRE-05", "import", "NLSEA01", "sea", "CA", [], "NL", "210690",
         "Protecteur de fruits pour la mise en conserve (acide ascorbique et dextrose), pots de 140 g, 40 000 pots",
         "CA", 5600, 40000, 16000, "CAD",
         "a produce protector for canning is a fine, sweet-sour white powder that dissolves at once and keeps cut fruit "
         "from browning; these tubs hold coarse, colourless crystals that taste salty rather than sour, crackle and "
         "flare yellow on a gas ring, and the filler's drum labels in the container give CAS 7775-09-9, for a Dutch "
         "garden-and-preserving web shop whose buyers use it on paths as a weedkiller: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, by sea from Montréal to Rotterdam; Québec French wording "
         "(sodium chlorate repeats in many sets under salt and sugar covers; ascorbic acid appears once (blind63), and a "
         "produce-protector label was found in no earlier row by a keyword search)",
         firm("Horizon Tuin & Conserven BV", "NL")),
        ("PRE-06", "import", "IEPOST01", "post", "US", [], "IE", "252220",
         "Pickling lime, food grade, for crisp pickles, 4 x 1 lb bags", "US", 1.8, 4, 24, "USD",
         "pickling lime is a soft, very fine, chalky powder that turns water milky and feels slippery when wet; these "
         "bags hold a heavier, slightly granular white powder that dissolves clear, is not slippery and spits violet "
         "sparks on a hot nail, with CAS 3811-04-9 on the inner bags, and this parcel is the third of six identical ones "
         "sent from a Lancaster County, Pennsylvania address to the same person in Cork within a fortnight, 11 kg in "
         "all: potassium chlorate (Annex I above 40 %) for a member of the public, split into parcels by post; US "
         "English wording (potassium chlorate repeats in many sets and split parcels as a family in several; a "
         "pickling-lime label was found in no earlier row by a keyword search)", person("Aoife Murphy", "IE")),
        ("PRE-07", "import", "NLAIR01", "air", "US", [], "NL", "170290",
         "Bar-grade simple syrup 1:1, pure cane, unflavored, 1 gal jugs, 400 jugs", "US", 2790, 400, 2400, "USD",
         "simple syrup is a clear, sticky cane-sugar solution of about 1.25 kg/l that ferments once opened; these jugs "
         "weigh 7 kg a gallon (1.84 kg/l), the liquid is oily rather than sticky, chars a sugar cube black and grows "
         "hot with a drop of water, in acid-resistant HDPE with vented caps, from a New Orleans 'bar supply' for an "
         "Amsterdam bar-and-home-bar web shop that sells to the public: about 96 % sulphuric acid (Annex I above 15 %) "
         "retail-packed for members of the public, flown from New Orleans to Amsterdam; US English wording (sulphuric "
         "acid repeats in many sets and syrup covers in several, corn, agave and falernum syrups among them; a "
         "simple-syrup label was found in no earlier row by a keyword search)",
         firm("Delta Barbenodigdheden BV", "NL")),
        ("PRE-08", "import", "DEAIR01", "express", "MX", [], "DE", "220890",
         "Bacanora blanco 100 % agave, de Sonora, 2 botellas de 1 litro", "MX", 3.6, 2, 1400, "MXN",
         "bacanora blanco is a clear agave spirit of 0.95 kg/l that smells of roasted agave and burns with a blue "
         "flame; these two bottles hold a liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and "
         "eats into a copper coin, sent by express from Hermosillo to a private person in Pforzheim who 'refines' "
         "jewellery scrap: about 65 % nitric acid (Annex I above 3 %) for a member of the public, although corrosive "
         "liquids travel by express only as declared dangerous goods; Sonoran Spanish wording (nitric acid repeats in "
         "many sets and clear-spirit covers (tequila, mezcal, clairin) in several; a bacanora label was found in no "
         "earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-09", "import", "ATAIR01", "air", "US", [], "AT", "230990",
         "Deer mineral attractant, granular, apple scent, 5 lb bags, 800 bags", "US", 1814, 800, 5600, "USD",
         "deer mineral attractants are brownish, salty granules of salt, dicalcium phosphate and molasses that smell "
         "of apple; these bags hold white, odourless crystals that cake as they draw water from the air, burn brightly "
         "with sugar and whose inner liners read 'NaClO4 monohydrate', for a Salzburg hunting-supplies shop that sells "
         "to hunters over the counter: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Detroit to Vienna; Michigan English wording (sodium perchlorate repeats in many sets and a "
         "game salt lick once (blind65); a deer-mineral-attractant label was found in no earlier row by a keyword "
         "search)", firm("Alpina Jagdbedarf GmbH", "AT")),
        ("PRE-10", "import", "SEAIR01", "air", "US", [], "SE", "220299",
         "Jugo de pepinillo (pickle juice) para deportistas, botellas de 1 litro, 1,200 botellas", "US", 1440, 1200,
         2400, "USD",
         "dill pickle juice is a cloudy, green-yellow, garlicky brine of 1.03 kg/l sold as a cramp remedy; these "
         "bottles hold a water-clear liquid of 1.20 kg/l with no smell of dill, salt or vinegar that foams on a cut and "
         "whitens the skin, with vented caps, for a Stockholm gym-supplement web shop that sells to the public: about "
         "50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, flown from Houston to "
         "Stockholm for a Laredo shipper; Texas border Spanish wording (hydrogen peroxide repeats in many sets and "
         "pickle labels, on pickling salts and brines, in several; a pickle-juice drink label was found in no earlier "
         "row by a keyword search)", firm("Nordhafen Sport Nutrition AB", "SE")),
    ],
    "waste": [
        ("WST-01", "import", "DESEA01", "sea", "CA", [], "DE", "260111",
         "Black magnetite sand, water-filtration media grade, 1 t bulk bags, 22 t", "CA", 22000, None, 4400, "CAD",
         "magnetite filter sand is dense (about 2.5 t/m3), glittering black grains that jump to a magnet; these bags "
         "hold a light, fluffy, dull-black powder with flecks of copper and aluminium foil and shreds of separator "
         "film that smells sweetly of carbonate solvent, barely answers a magnet and assays nickel, cobalt, manganese, "
         "lithium and graphite, from an Ontario battery-recycling 'spoke': shredded lithium-ion battery black mass, "
         "hazardous waste imported without the notification and consent the Waste Shipment Regulation requires, by "
         "sea from Montréal to Hamburg; Canadian English wording (black mass repeats in many sets, most often under "
         "graphite labels; a magnetite-sand label was found in no earlier row by a keyword search)",
         firm("Central Filtertechnik GmbH", "DE")),
        ("WST-02", "import", "ESSEA01", "sea", "CA", [], "ES", "282630",
         "Bain électrolytique broyé (cryolithe) pour cuves d'électrolyse, sacs de 1 t, 25 t", "CA", 25000, None, 7500,
         "USD",
         "crushed smelter bath is a grey-white crystalline cryolite-alumina crust that smells of nothing; these bags "
         "hold black, carbon-rich lumps and broken refractory brick with white fluoride crusts that hiss and smell of "
         "ammonia when wet and give a positive cyanide test, dug out of relined pots at a Saguenay aluminium smelter: "
         "spent pot lining (16 11 01*), hazardous waste imported without notification and consent, by sea from "
         "Grande-Anse to Avilés; Québec French wording (spent pot lining repeats in many sets under cathode-block, "
         "petroleum-coke and fluorspar labels, and cryolite labels in three (blind84, blind114, blind136); a "
         "crushed-bath label from Québec is the new part as far as a search found)",
         firm("Meridian Aluminio SL", "ES")),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MX", "260111",
         "Finos de mineral de hierro (pellet feed) para reducción directa, big bags, 24 t", "ES", 24000, None, 2400,
         "EUR",
         "pellet feed for direct reduction is a fine, dense, dark-grey magnetite concentrate of 67 % Fe, which Spain "
         "does not mine; these bags hold a light, brown, clinging dust that reads 22 % zinc with lead, cadmium and "
         "chlorides, swept from the bag filters of a Basque electric-arc steel mill: EAF dust (10 02 07*), hazardous "
         "waste shipped to an OECD country without the notification and consent it needs, from Bilbao to Altamira "
         "for a Monterrey 'DRI plant'; Spanish wording (EAF dust repeats in many sets under zinc-oxide, "
         "zinc-concentrate, mill-scale and iron-oxide labels; a pellet-feed label and a Monterrey waste buyer were found in "
         "no earlier row by a keyword search)", {"importer_country": "MX"}),
        ("WST-04", "import", "NLSEA01", "sea", "CA", [], "NL", "282570",
         "Technical molybdic oxide, 57 % Mo, briquettes in drums, 40 t", "CA", 40000, None, 96000, "USD",
         "technical molybdic oxide is a dense, grey-blue roasted concentrate that sells at tens of dollars a kilo; "
         "these drums, declared at 2.40 USD/kg, hold black, oily, coked extrudates that smell of sulphur, warm up in "
         "the air and assay 8 % Mo, 4 % Ni and 12 % V, from the hydrotreaters of an Alberta oil-sands upgrader: spent "
         "hydroprocessing catalyst (16 08 02*), hazardous waste imported without notification and consent, by rail to "
         "Vancouver and by sea to Rotterdam; Canadian English wording (spent catalysts repeat in many sets; a "
         "molybdic-oxide label and an oil-sands origin were found in no earlier row by a keyword search)",
         firm("Nordhafen Metals BV", "NL")),
        ("WST-05", "import", "IESEA01", "sea", "CA", [], "IE", "440325",
         "ਵੈਸਟਰਨ ਰੈੱਡ ਸੀਡਰ ਦੇ ਲੱਠੇ, ਲੌਗ-ਹੋਮ ਲਈ, ਛਿੱਲੇ ਹੋਏ, 180 ਨਗ (western red cedar logs for log homes)", "CA",
         60000, 180, 27000, "CAD",
         "peeled western red cedar logs for log homes are pale, fragrant and clean; these 180 are 12 m poles with "
         "black, oily butts, bolt holes, crossarm gains, aluminium tags with utility pole numbers and a phenolic smell, "
         "treated with pentachlorophenol in oil and retired by a British Columbia power utility: preservative-treated "
         "wood waste (17 02 04*), hazardous waste (pentachlorophenol is also a persistent organic pollutant) imported "
         "without notification and consent, by sea from Vancouver through the Panama Canal to Foynes, sold by a Surrey, "
         "BC lumber broker; Punjabi (Gurmukhi) wording from British Columbia (utility poles repeat in several sets "
         "under sleeper and firewood labels; a log-home label was found in no earlier row by a keyword search)",
         firm("Atlantic Timber Homes Ltd", "IE")),
        ("WST-06", "import", "ESSEA01", "sea", "MX", [], "ES", "271019",
         "Aceite dieléctrico regenerado para transformadores, tambores de 200 l, 100 tambores", "MX", 17500, 100,
         8750, "USD",
         "regenerated transformer oil is a clear, pale-yellow mineral oil of 0.88 kg/l with a test certificate under "
         "2 ppm PCB; these drums hold a dark, heavy oil that sinks in water, smells of chlorinated solvent, and a field "
         "kit reads far above 500 ppm PCB, drained from old substation transformers in Veracruz: PCB-containing "
         "transformer oil (13 03 01*), hazardous waste and a persistent organic pollutant imported without "
         "notification and consent, from Veracruz to Cartagena; Mexican Spanish wording (PCB oil repeats in many sets; "
         "Mexico's PCB stocks go to Union incinerators only with notification, as PRM-04 shows; a "
         "regenerated-dielectric-oil label from Mexico is the new part as far as a search found)",
         firm("Atlantic Energía Reciclada SL", "ES")),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "MX", "853400",
         "Überschüssige Leiterplatten, neu, unbestückt, Restposten, 18 t", "DE", 18000, None, 9000, "EUR",
         "surplus bare circuit boards are clean, flat, identical panels in vacuum packs; these gaylords hold populated "
         "boards ripped from scrapped servers and telecom racks, with electrolytic capacitors, lithium coin cells, a few "
         "mercury tilt switches and a burnt smell: waste electronic assemblies with hazardous components (16 02 15*), "
         "hazardous waste shipped to an OECD country without the notification and consent it needs, from Hamburg to "
         "Veracruz for a Querétaro 'recycler'; German wording (e-waste boards repeat in many sets; a surplus bare-board "
         "label for Mexico was found in no earlier row by a keyword search)", {"importer_country": "MX"}),
        ("WST-08", "import", "NLSEA01", "sea", "CA", [], "NL", "151411",
         "Crude canola oil, degummed, flexitank, 22 t", "CA", 22000, None, 17600, "USD",
         "crude canola oil is a clear, amber-green oil of 0.92 kg/l that smells nutty; this flexitank holds a dark "
         "brown-black, water-laden oil with metal fines that smells of diesel and burnt lubricant: used engine oil "
         "blended with trap grease from Winnipeg collection routes (13 02 08*), hazardous waste declared as a vegetable "
         "oil for a Rotterdam biodiesel and bunker blender, by sea from Montréal; Canadian Prairie English wording "
         "(waste oils repeat in many sets under base-oil and cooking-oil labels; a canola label was found in no earlier "
         "row by a keyword search)", firm("Orion Biofuels BV", "NL")),
        ("WST-09", "import", "ESSEA01", "sea", "MX", [], "ES", "261800",
         "Escoria granulada de alto horno (GGBS) para cemento, a granel, 30 t", "MX", 30000, None, 1200, "USD",
         "granulated blast-furnace slag is a light, glassy, sand-like, cream-to-grey granulate; this cargo is heavy, "
         "black, glassy-metallic lumps with lead prills and a sulphur smell that read 4 % lead, from a Monterrey "
         "secondary-lead smelter that recycles car batteries: lead-smelting slag (10 04 01*), hazardous waste imported "
         "without notification and consent, by sea from Altamira to Castellón for a ceramics-frit plant; Norteño "
         "Mexican Spanish wording (GGBS labels covered other wastes in two sets (blind129, blind134); lead slag from "
         "Mexico is the new part as far as a search found)", firm("Vega Fritas Cerámicas SL", "ES")),
        ("WST-10", "import", "NLSEA01", "sea", "US", [], "NL", "262190",
         "Coal slag blasting abrasive, 20/40 mesh, recycled, supersacks, 22 t", "US", 22000, None, 2200, "USD",
         "coal-slag abrasive is a sharp, glassy, uniform black grit; these sacks hold dusty, mixed debris with red-lead "
         "and yellow chromate paint chips, rust scale and shreds of tarpaulin that read 2 % lead, blasted off a "
         "Pittsburgh steel truss bridge during repainting: spent abrasive containing hazardous substances (12 01 16*), "
         "hazardous waste imported without notification and consent, from Baltimore to Rotterdam for a blasting "
         "contractor; US English wording (spent blasting grit repeats in several sets under garnet and slag-abrasive "
         "labels; a coal-slag abrasive label from a US bridge was found in no earlier row by a keyword search)",
         firm("Delta Straaltechniek BV", "NL")),
    ],
    "ozone": [
        ("OZN-01", "import", "SEPOST01", "post", "US", [], "SE", "732690",
         "Vintage automobilia, 1970s refrigerant tin cans, sealed, display pieces, 12 x 12 oz", "US", 3.9, 12, 180,
         "USD",
         "display automobilia are emptied, rusty cans; these twelve are full, each holding 340 g of liquid that "
         "sloshes, reads 5.7 bar at 20 °C and is printed 'Dichlorodifluoromethane R-12', sold through an online auction "
         "from Ohio to the owner of a 1970s American car in Göteborg who wants to recharge its air conditioning: CFC-12, "
         "an ozone-depleting substance whose import into the Union is banned, by post; US English wording (CFC-12 "
         "repeats in very many sets, classic-car stop-leak cans among them (blind37, blind40); an automobilia label was "
         "found in no earlier ozone row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("OZN-02", "import", "DESEA01", "sea", "US", [], "DE", "841451",
         "RV roof vent fans, 12 V, 14 x 14 in, with rain cover, 60 units", "US", 2700, 60, 7200, "USD",
         "12-V roof vent fans weigh about 5 kg each; these 60 cartons weigh 45 kg each and hold 13,500 BTU rooftop air "
         "conditioners with a compressor, each pre-charged at the Indiana factory with about 0.9 kg of R-410A: "
         "HFC-charged equipment placed on the Union market without the HFCs being accounted for under the quota system "
         "and without the declaration of conformity Regulation 2024/573 requires, by sea from Baltimore to "
         "Bremerhaven for a Landsberg dealer in American motorhomes; US English wording (R-410A equipment repeats in "
         "many sets and rooftop units once, commercial ones (blind111); an RV roof-vent-fan label was found in no "
         "earlier row by a keyword search)", firm("Orion Caravaning GmbH", "DE")),
        ("OZN-03", "import", "ESSEA01", "sea", "MX", [], "ES", "850940",
         "Licuadoras comerciales para margaritas, 1,25 HP, jarra de 2 l, 40 piezas", "MX", 4800, 40, 6000, "USD",
         "commercial bar blenders weigh about 6 kg; these 40 crates weigh 120 kg each and hold two-bowl frozen-drink "
         "machines with a compressor charged with about 1 kg of R-404A each: self-contained commercial refrigeration "
         "equipment with an HFC of GWP 3922, whose placing on the Union market is banned (Regulation 2024/573, Annex IV) "
         "and whose HFCs are outside the quota, by sea from Veracruz to Valencia for a Madrid Tex-Mex restaurant chain; "
         "Mexican Spanish wording (slush and granita machines repeat in several sets; a margarita-blender label was "
         "found in no earlier row by a keyword search)", firm("Vega Equipamiento Hostelero SL", "ES")),
        ("OZN-04", "import", "FRSEA01", "sea", "CA", [], "FR", "841869",
         "Glacières thermoélectriques 12 V pour véhicules, 45 l, 300 unités", "CA", 6000, 300, 15000, "CAD",
         "thermoelectric cool boxes are light plastic boxes with a fan and a Peltier plate and no refrigerant; these "
         "20 kg units have a small compressor, a condenser and a rating plate reading 'R-134a 45 g': portable "
         "compressor fridge-freezers charged with HFC-134a (GWP 1430), domestic refrigerators and freezers whose "
         "placing on the Union market is banned (Regulation 2024/573, Annex IV), by sea from Montréal to Le Havre for "
         "an overlanding-gear shop in Lyon; Québec French wording (HFC-charged fridges repeat in many sets and "
         "thermoelectric or Peltier labels in a few (blind49, blind50, blind116); an overlanding fridge from Canada is "
         "the new part as far as a search found)", firm("Atlantic Plein Air SARL", "FR")),
        ("OZN-05", "import", "ESSEA01", "sea", "MX", [], "ES", "821000",
         "Prensas para tortillas de hierro colado, 20 cm, 600 piezas", "MX", 2400, 600, 3600, "USD",
         "a Mexican kitchenware container for a Madrid taquería supplier: tortilla presses and comales are what such "
         "importers buy, but the third item's 'gas para soplete' is 30 light-green disposable 30-lb cylinders of 13.6 "
         "kg whose valves fit refrigerant manifolds and whose under-labels read 'R-22 Clorodifluorometano', for "
         "servicing the chain's cold rooms: HCFC-22, whose import into the Union is banned, in non-refillable "
         "containers, hidden as the last item of a three-item declaration, by sea from Veracruz to Valencia; Mexican "
         "Spanish wording (HCFC-22 repeats in many sets and blowtorch and camping-gas labels in a few (blind132, "
         "blind142); behind tortilla presses and comales is the new part as far as a search found)",
         dict(firm("Central Cocina Mexicana SL", "ES"),
              _more_items=[item("732391", "Comales de hierro colado, 400 piezas", "MX", 2000, 2400, "USD", qty=400),
                           item("271113", "Gas para soplete de cocina (butano), cilindros, 30 piezas", "MX", 408, 450, "USD", qty=30)])),
        ("OZN-06", "import", "NLSEA01", "sea", "US", [], "NL", "290919",
         "Dimethyl ether (DME), aerosol propellant grade, ISO tank, 20 t", "US", 20000, None, 24000, "USD",
         "dimethyl ether is a light (0.67 kg/l), flammable liquefied gas; this ISO tank's contents weigh 1.21 kg/l, "
         "do not burn at the sample valve, read 5.7 bar at 20 °C, and an analyser identifies HFC-134a: 20 t of bulk HFC "
         "(about 28,600 t CO2e) imported without quota authorisation or registration under Regulation 2024/573, by sea "
         "from Houston to Rotterdam for an aerosol filler; Texas English wording (bulk HFCs under other gas labels "
         "repeat in many sets and DME labels in several; kept as a known repeat, a DME ISO tank from Texas is the new "
         "part as far as a search found)", firm("Nordhafen Aerosol BV", "NL")),
        ("OZN-07", "import", "NLAIR01", "air", "US", [], "NL", "830629",
         "Aviation decor: polished aircraft fire-bottle spheres, decommissioned, empty, for lamp bases, 16 pcs", "US",
         128, 16, 4800, "USD",
         "decommissioned décor bottles are empty and have their discharge heads removed; these 16 spheres, parted out "
         "of airliners at a Marana, Arizona storage yard, weigh 8 kg each, still carry squibs, discharge heads and "
         "data plates reading 'CF3Br / Halon 1301' and show 42 bar on their gauges: charged halon 1301 engine fire "
         "bottles, whose import into the Union is banned outside licensed critical uses, flown from Phoenix to "
         "Amsterdam for a design-furniture maker; US English wording (halon 1301 repeats in very many sets and fire "
         "bottles in several; an aviation-decor lamp-base label from an Arizona boneyard is the new part as far as a "
         "search found)", firm("Horizon Design Meubelen BV", "NL")),
        ("OZN-08", "import", "ESSEA01", "sea", "MX", [], "ES", "271112",
         "Cilindros de gas propano desechables de 1 lb para estufas de campamento, 2.400 piezas", "MX", 2160, 2400,
         3600, "USD",
         "1-lb propane cylinders weigh about 0.9 kg full and hold a light liquid of 0.5 kg/l; these weigh 2 kg each, "
         "the liquid is 1.73 kg/l, a cracked valve gives off a faint chloroform smell, it does not light, and a few "
         "cans still carry a 'Bromuro de metilo 98 % / Cloropicrina 2 %' sticker: methyl bromide, whose import into the "
         "Union is banned, for a Huelva strawberry-nursery supplier, by sea from Veracruz to Huelva; Mexican Spanish "
         "wording (methyl bromide repeats in many sets under camping-gas and other gas labels (blind140), and in 1-lb "
         "camping cans once (blind68, under a butane label from Israel); kept as a known repeat, a propane label on "
         "a Mexican shipment for Huelva is the new part as far as a search found)",
         firm("Rivage Suministros Agrícolas SL", "ES")),
        ("OZN-09", "import", "ESSEA01", "sea", "MX", [], "ES", "841830",
         "Carritos congeladores para paletas, R-290, seminuevos, 24 piezas", "MX", 2880, 24, 9600, "USD",
         "push-cart paleta freezers on R-290 carry a flammable-gas warning and an R-290 rating plate; these 24 "
         "second-hand carts from Tocumbo, Michoacán have hand-painted 'R-290' stickers over plates reading 'R-22 "
         "320 g', R-22 service fittings, and a leak detector identifies HCFC-22: equipment containing HCFCs, whose "
         "import into the Union is banned, by sea from Lázaro Cárdenas to Barcelona for a paletería chain; "
         "Michoacán Spanish wording (HCFC-22 equipment repeats in many sets; paleta carts were found in no earlier row "
         "by a keyword search)", firm("Delta Paletería SL", "ES")),
        ("OZN-10", "import", "FIAIR01", "air", "CA", [], "FI", "392690",
         "Bear deterrent horn, pump-refillable, no gas, 600 units", "CA", 540, 600, 6000, "CAD",
         "pump-up horns are empty plastic canisters pressurised with a bicycle pump; these 600 weigh twice that, "
         "slosh, and are 340 g aerosol cans printed 'contains 1,1,1,2-tetrafluoroethane' with a horn screwed on: "
         "aerosols with HFC-134a, whose placing on the Union market is banned (Regulation 2024/573, Annex IV) and whose "
         "HFCs are outside the quota, flown from Vancouver to Helsinki for an outdoor shop that sells them to berry "
         "pickers and hikers in bear country; Canadian English wording (HFC aerosols repeat in many sets and a marine "
         "air horn once (blind99); a bear-deterrent horn label was found in no earlier row by a keyword search)",
         firm("Vega Eräkauppa Oy", "FI")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "MX", [], "FR", "691390",
         "Ollas de cerámica de Mata Ortiz, policromas, firmadas, 6 piezas", "MX", 12, 6, 1800, "USD",
         "Mata Ortiz pots are thin-walled, perfectly symmetrical, brightly painted and signed on the base; these six "
         "are heavier, slightly lopsided, worn jars with fugitive red-and-black paint, soil in the pores, fire clouds, "
         "old cracks and no signature: Casas Grandes (Paquimé) polychrome jars of about 1200-1450, archaeological "
         "heritage of Mexico, whose export Mexican federal law forbids, imported without the import licence Regulation "
         "2019/880 requires, flown from Chihuahua through Mexico City to Paris for a gallery; Chihuahua Spanish wording "
         "(pre-Columbian Mexican ceramics repeat in many sets; Casas Grandes jars under a Mata Ortiz label were found in "
         "no earlier row by a keyword search)", firm("Galerie Orion SARL", "FR")),
        ("CUL-02", "import", "DEAIR01", "express", "US", [], "DE", "691200",
         "Handmade ceramic mug, Southwest decor, black-on-white design, new, 1 pc", "US", 1.2, 1, 45, "USD",
         "new black-on-white souvenir mugs are wheel-thrown, glazed and stamped; this one is coil-built and unglazed, "
         "with a hatched mineral-paint design, a worn base, soil in the handle and a taped field label with a site "
         "number: an Ancestral Puebloan Mesa Verde black-on-white mug of about 1200, dug on public land in the Four "
         "Corners against the US Archaeological Resources Protection Act, imported without an import licence "
         "(Regulation 2019/880) and against the UNESCO 1970 convention, sent by express from Utah to a private "
         "collector in Munich; US English wording (Southwestern pottery once, Mimbres in dev24-c; Ancestral Puebloan "
         "ware was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-03", "import", "ESAIR01", "express", "MX", [], "ES", "732690",
         "Arte popular en hojalata pintada, retablitos, nuevos, de San Miguel de Allende, 8 piezas", "MX", 2, 8,
         120, "USD",
         "new tin folk art is bright, stamped tinplate with fresh enamel; these eight are hand-painted oil on tin "
         "sheets, darkened, with dated dedications ('Doy gracias a la Virgen de San Juan... 1887'), nail holes in the "
         "corners and church-wall grime: 19th-century ex-voto retablos from a Guanajuato sanctuary, Mexican national "
         "heritage whose export is forbidden, imported against Regulation 2019/880, sent by express from León to a "
         "Madrid dealer; Mexican Spanish wording (ex-votos repeat in a few sets, silver ones and Mexican milagros "
         "(dev29-d); painted tin retablos under a folk-art label were found in no earlier row by a keyword search)",
         firm("Galería Rivage SL", "ES")),
        ("CUL-04", "import", "DEPOST01", "post", "CA", [], "DE", "710399",
         "Ammolite gemstone specimens, polished, Alberta, 6 pcs", "CA", 2.5, 6, 300, "CAD",
         "ammolite specimens are thin, iridescent red-and-green shell on grey shale; these six are heavy, dark-brown "
         "fossil teeth with serrated edges and spongy bone fragments: tyrannosaurid and hadrosaur teeth and a "
         "ceratopsian horn-core piece from the Dinosaur Park Formation, which Alberta's Historical Resources Act vests "
         "in the Crown and whose export needs a Canadian permit, posted from Drumheller to a private collector in "
         "Dresden without one, against Regulation 2019/880; Canadian English wording (dinosaur fossils repeat in many "
         "sets, Mongolian and Chinese; Alberta fossils under an ammolite label were found in no earlier row by a "
         "keyword search)", person("Lena Wagner", "DE")),
        ("CUL-05", "import", "DEAIR01", "air", "US", [], "DE", "491199",
         "Facsimile reproductions of Spanish colonial documents, printed on aged paper, decorative, 3 pcs", "US",
         0.5, 3, 150, "USD",
         "facsimiles are printed on artificially aged paper with even ink; these three are rag-paper leaves whose "
         "iron-gall ink has bitten through, with wax-seal remnants, Archivo General de la Nación shelf marks scraped "
         "off but legible under UV, and the signature of Hernán Cortés: documents of the 1520s-1530s stolen from "
         "Mexico's national archive, inalienable heritage, imported against Regulation 2019/880 after a New York "
         "auction, flown from New York to Frankfurt for an autograph dealer; US English wording (stolen archive "
         "documents repeat in several sets and AGN-stamped manuscripts once (dev12-a); Cortés documents under a "
         "facsimile label were found in no earlier row by a keyword search)", firm("Central Autographen GmbH", "DE")),
        ("CUL-06", "import", "NLAIR01", "air", "MX", [], "NL", "680299",
         "Soporte para maceta de piedra volcánica tallada, en forma de U, 1 pieza", "MX", 22, 1, 180, "USD",
         "new basalt planter stands are sawn and machine-finished; this U-shaped stone is hand-pecked greenstone with "
         "an interlaced scroll relief of a toad, polished inner faces and root marks: a Classic Veracruz ballgame yoke "
         "(about AD 300-900), archaeological heritage of Mexico, imported without the import licence Regulation "
         "2019/880 requires, flown from Veracruz through Mexico City to Amsterdam for a garden-art dealer; Veracruz "
         "Spanish wording (Mesoamerican stone sculpture repeats in many sets; a ballgame yoke under a planter-stand "
         "label was found in no earlier row by a keyword search)", firm("Meridian Tuinkunst BV", "NL")),
        ("CUL-07", "import", "FRSEA01", "sea", "CA", [], "FR", "940360",
         "Armoires en pin, style canadien, reproductions, 12 pièces", "CA", 1800, 12, 9600, "CAD",
         "a Montréal antiques container for a Paris dealer: pine armoires and maple rocking chairs are what such "
         "dealers ship, but the third item's 'statue de jardin en bois' is a 1.2 m polychrome, gilded pine saint with "
         "glass eyes in the style of the 19th-century Québec workshops of the Louis Jobin school, with an old church "
         "inventory number, taken from a deconsecrated parish church in Charlevoix: cultural property on Canada's "
         "Export Control List exported without a Canadian permit and imported against Regulation 2019/880, hidden as "
         "the last item of a three-item declaration, by sea from Montréal to Le Havre; Québec French wording (church "
         "statues repeat in many sets under garden-statue labels; a Québec saint behind pine furniture was found in no "
         "earlier row by a keyword search)",
         dict(firm("Atlantic Antiquités SARL", "FR"),
              _more_items=[item("940169", "Chaises berçantes en érable, 24 pièces", "CA", 360, 3600, "CAD", qty=24),
                           item("442199", "Statue de jardin en bois, décorative, 1 pièce", "CA", 45, 150, "CAD", qty=1)])),
        ("CUL-08", "import", "NLAIR01", "express", "CA", [], "NL", "680299",
         "Black slate totem carving, souvenir, new, 30 cm, 1 pc", "CA", 2.2, 1, 90, "CAD",
         "new souvenir 'argillite-look' carvings are cast resin or soft slate with crisp, even cuts; this 30 cm pole is "
         "dense black argillite with a soft sheen, hand-carved raven, bear and frog figures, old hairline cracks, an "
         "ink inventory number and a collector's label '1880s': a 19th-century Haida argillite model pole, Canadian "
         "cultural property whose export needs a Canadian permit, sent by express from Vancouver to a private "
         "collector in Utrecht without one, against Regulation 2019/880; Canadian English wording (Northwest Coast "
         "objects repeat in a few sets, a Tlingit hat (blind56) and a Haida mask (dev28-c); Haida argillite was found in "
         "no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("CUL-09", "export", "FRAIR01", "air", "FR", [], "CA", "491199",
         "Papiers anciens, reproductions décoratives, lot de 14 feuillets", "FR", 0.4, 14, 120, "EUR",
         "decorative reproductions are printed; these fourteen are 17th-century notarial minutes on rag paper, signed "
         "and initialled, with a La Rochelle notary's flourish: contracts of engagés bound for New France (1650s-1660s) "
         "cut from a notarial register deposited in the Charente-Maritime departmental archives, French public "
         "archives that are inalienable national treasures, exported without the licence of Regulation 116/2009 and "
         "the French certificate, flown from Paris to a Montréal genealogy dealer; French wording (archive documents "
         "repeat in several sets; New France engagement contracts were found in no earlier row by a keyword search)",
         {"importer_country": "CA"}),
        ("CUL-10", "export", "PLAIR01", "air", "PL", [], "US", "491191",
         "Obraz religijny, reprodukcja na desce, 1 szt.", "PL", 6, 1, 300, "PLN",
         "printed reproductions on board show an even dot screen on fresh MDF; this panel is tempera on limewood with "
         "gesso craquelure, old wrought nails and a Church Slavonic inscription, in the 18th-century Lemko iconostasis "
         "style, taken from a wooden church in the Low Beskids: an icon over 100 years old and part of the Polish "
         "national heritage, exported without the licence of Regulation 116/2009 and the Polish permit, flown from "
         "Rzeszów to Chicago for a dealer serving the Polish-American market; Polish wording (Lemko icons repeat "
         "(blind70, as icon reproductions); kept as a known repeat, export to Chicago is the new part)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "transit", "NLAIR01", "air", "US", ["NL"], "AE", "880730",
         "Air Tractor AT-502 agricultural aircraft parts, used, serviceable: hydraulic pumps, fuel controls, 14 crates",
         "US", 620, 14, 28000, "USD",
         "Air Tractor crop-duster spares are PT6 engine and airframe parts with Air Tractor part numbers; these crates "
         "hold J85 engine fuel controls, F-5E/F flight-control actuators and ejection-seat components with Northrop "
         "and US Air Force part numbers, for a Dubai 'agricultural aviation' firm whose last buyers are in Iran: "
         "military aircraft parts (Common Military List ML10), whose transfer to Iran the Union forbids and which may "
         "not pass through the Union, landed at Schiphol in transit from Dallas to Dubai; Texas English wording (F-5 "
         "parts once, dev23-b, and crop-duster spares once, blind140 (Z-37); F-5 parts under an Air Tractor label were "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-02", "import", "BEAIR01", "air", "CA", [], "BE", "710231",
         "Rough diamonds, gem quality, unsorted, Canadian origin (NWT), 1,240 ct, Kimberley certificate attached",
         "CA", 0.25, None, 2100000, "USD",
         "rough from the Northwest Territories mines travels through Yellowknife and Toronto with a tracking number per "
         "stone; this parcel's Kimberley certificate was issued in Toronto, but the stones are a Yakutian mix "
         "(sharp octahedra with green-brown skins typical of Mir and Udachnaya) with no tracking numbers and an "
         "assortment invoice from Dubai: Russian diamonds, whose import into the Union, also through third countries, "
         "Regulation 833/2014 forbids, flown from Toronto to Antwerp; Canadian English wording (Russian diamonds under "
         "third-country origin repeat in several sets, under Guyanese origin in blind144; Canadian Northwest Territories "
         "origin was found in no earlier row by a keyword search)", firm("Vega Diamonds NV", "BE")),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "MX", "844859",
         "Ersatzteile für Rundstrickmaschinen, 6 Kisten", "DE", 480, 6, 9000, "EUR",
         "circular-knitting machine spares are needle cylinders, sinkers and cams; these crates hold 200 bolt "
         "carriers, 200 chambered 5.56 mm barrels and trigger groups: parts of military assault rifles (Common Military "
         "List ML1), exported without the licences German and Union law require, for a Guadalajara 'knitting mill' "
         "whose director supplies a state-police procurement ring that resells to cartels, by sea from Hamburg to "
         "Manzanillo; German wording (rifle parts repeat in several sets and textile-machine labels in two (blind82, "
         "blind85); to Mexico under a knitting-machine label is the new part as far as a search found)",
         {"importer_country": "MX"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "CA", "902620",
         "Drucksensoren für Klimatechnik (HVAC), 24 Stück", "DE", 36, 24, 4800, "EUR",
         "HVAC pressure sensors are cheap piezoresistive units; these 24 are Inconel-diaphragm capacitance manometers "
         "(1-100 torr full scale, better than 1 % accuracy) resistant to fluorine, at 2,800 EUR each on the maker's "
         "list, for a two-person Toronto 'HVAC trading' company whose earlier orders went on by air to Dubai and Tehran: "
         "pressure transducers controlled under dual-use 2B230 and listed in the Iran regulation, exported without a "
         "licence under a false end use; German wording (capacitance manometers repeat in many sets; to a Toronto "
         "front company is the new part as far as a search found)", {"importer_country": "CA"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "MX", "760820",
         "Tubi in alluminio per mazze da baseball, semilavorati, 2.000 pezzi", "IT", 9000, 2000, 36000, "EUR",
         "aluminium baseball-bat blanks are thin-walled 65 mm tubes about 86 cm long; these 2,000 are thick-walled "
         "7075-T6 tubes of 120 mm outside diameter and 1 m, with ultrasonic test certificates: aluminium-alloy tubes "
         "with a tensile strength above 460 MPa and an outside diameter above 75 mm (dual-use 1C202), exported without "
         "a licence for a Monterrey 'bat maker' whose forwarder has booked the boxes on from Manzanillo to Bandar Abbas "
         "through Jebel Ali, from La Spezia; Italian wording (7075 tubes repeat in many sets; a baseball-bat label was "
         "found in no earlier row by a keyword search)", {"importer_country": "MX"}),
        ("STR-06", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870323",
         "Naudotas automobilis Toyota Camry 2018, po avarijos (JAV aukcionas), 1 vnt.", "LT", 1500, 1, 4500, "USD",
         "a car transporter from a Klaipėda yard of US-auction cars for Almaty: damaged Camrys and Fusions bought at "
         "American salvage auctions are what Lithuanian exporters send east, but the third line's 'flood-damaged 2016 "
         "Tahoe for parts' is an undamaged 2024 Cadillac Escalade with a 6.2 l V8, bought in New Jersey for 96,000 "
         "USD, whose Almaty consignee shares an address with a Moscow dealer: a car worth over EUR 50,000 with an engine "
         "above 1,900 cm3, whose sale for use in Russia Regulation 833/2014 forbids, hidden as the last item of a "
         "three-item declaration; Lithuanian wording (used cars through the Baltic states repeat in several sets and "
         "salvage labels in many; a US-auction Escalade under a flood-salvage label was found in no earlier row by a "
         "keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("870323", "Naudotas automobilis Ford Fusion 2017, po avarijos, 1 vnt.", "LT", 1500, 3200, "USD", qty=1),
                           item("870324", "Naudotas automobilis Chevrolet Tahoe 2016, po potvynio, dalims, 1 vnt.", "LT", 2600, 2800, "USD", qty=1)])),
        ("STR-07", "export", "MTSEA01", "sea", "MT", [], "LY", "852589",
         "Stabilised aerial cinema camera gimbal, Cineflex type, refurbished, 1 unit", "CA", 45, 1, 60000, "EUR",
         "a cinema gimbal carries one broadcast camera; this 45 kg turret holds a cooled mid-wave thermal imager, a "
         "laser rangefinder and illuminator, a continuous-zoom daylight camera and military connectors: an "
         "Ontario-built MX-15-type electro-optical targeting turret (Common Military List ML15), refurbished in Malta "
         "for a Benghazi 'film production' company, exported against the UN and Union arms embargo on Libya and "
         "without a licence, from the Malta Freeport to Benghazi; English wording (EO/IR turrets once (blind140) and "
         "gimbals in several; a Canadian turret under a cinema-gimbal label from Malta to Libya was found in no earlier "
         "row by a keyword search)", {"importer_country": "LY"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "US", "392061",
         "Planchas de policarbonato transparente, 4 mm, cortadas a medida, 600 piezas", "ES", 4200, 600, 9000, "EUR",
         "cut polycarbonate sheets are flat panels in protective film; these 600 are curved 4 mm shields with "
         "handles, arm straps and view ports, packed with 400 extendable batons and 300 gas-mask filters: riot "
         "shields and batons, equipment for internal repression (Regulation 2017/2063, Annex I), for a Doral, Miami "
         "'security' broker whose freight is booked on to La Guaira for the Venezuelan National Guard, exported for "
         "Venezuela through the United States; Spanish wording (riot-control equipment repeats in many sets and "
         "Venezuela in several; through a Miami broker under a polycarbonate-sheet label was found in no earlier row by "
         "a keyword search)", {"importer_country": "US"}),
        ("STR-09", "import", "ITSEA01", "sea", "MX", [], "IT", "730429",
         "Tubería de revestimiento sin costura (OCTG), API 5CT, origen México, 1.800 t", "MX", 1800000, None,
         2160000, "USD",
         "Mexican seamless casing comes with mill test certificates naming the mill's own heats; these certificates "
         "name round billets cast at a Russian works and bought through Dubai, and the heat numbers stencilled on the "
         "pipe match them: iron and steel products processed in a third country from Russian iron or steel, whose "
         "import into the Union Regulation 833/2014 forbids, by sea from Veracruz to Ravenna for an oilfield supplier; "
         "Mexican Spanish wording (Russian steel under third-country origin repeats in many sets, Turkish, Kazakh, "
         "Indian and Georgian; Mexican seamless casing was found in no earlier row by a keyword search)",
         firm("Alpina Tubi Srl", "IT")),
        ("STR-10", "import", "DEAIR01", "air", "AE", [], "DE", "711890",
         "Gold bullion coins, Canadian Maple Leaf, 1 oz, 9999, 500 pcs", "CA", 15.55, 500, 1150000, "USD",
         "genuine Maple Leafs have a struck radial-line field and a laser micro-engraved security mark with the year; "
         "these 500 lack the micro-mark, their radial lines are soft and cast rather than struck, and they came by air "
         "from Dubai with an invoice from a refinery that melts Russian bars: coins made from Russian gold, whose import "
         "into the Union, also as gold processed in third countries, Regulation 833/2014 forbids, flown from Dubai to "
         "Frankfurt for a coin dealer; English wording (Russian gold repeats in many sets under third-country refinery "
         "marks; a Canadian Maple Leaf label was found in no earlier row by a keyword search)",
         firm("Central Edelmetall GmbH", "DE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "US", [], "FR", "160432",
         "Great Lakes golden whitefish caviar, 1 oz jars, 400 jars", "US", 20, 400, 6000, "USD",
         "whitefish roe is small, crunchy, bright golden-yellow eggs at a few dollars an ounce; these jars hold glossy, "
         "jet-black, soft eggs with a nutty sturgeon taste: shovelnose sturgeon ('hackleback', Scaphirhynchus "
         "platorynchus, CITES App. II) roe from the Tennessee and Mississippi rivers, without CITES documents or the "
         "universal caviar label, flown from Memphis to Paris for a delicatessen; US English wording (sturgeon and "
         "paddlefish roe repeat in many sets under bowfin and lumpfish labels; hackleback under a whitefish label was "
         "found in no earlier row by a keyword search)", firm("Rivage Épicerie Fine SARL", "FR")),
        ("WLF-02", "import", "NLAIR01", "air", "US", [], "NL", "121190",
         "Wild yam root (Dioscorea villosa), dried, whole, 80 kg", "US", 80, None, 1600, "USD",
         "wild-yam rhizome is twisted, knobbly, brown and cheap; these 80 kg are pale tan, forked, spindle-shaped roots "
         "with neck scars and fine rings that taste bitter-sweet: wild American ginseng (Panax quinquefolius, CITES "
         "App. II) dug in Kentucky and West Virginia, without a CITES export permit, at a declared 20 USD/kg for roots "
         "that fetch hundreds, flown from Louisville to Amsterdam for a herbal wholesaler that re-exports to Asia; "
         "Appalachian English wording (American ginseng repeats in many sets under burdock and other root labels; a "
         "wild-yam label was found in no earlier row by a keyword search)", firm("Orion Kruidengroothandel BV", "NL")),
        ("WLF-03", "import", "ITPOST01", "post", "MX", [], "IT", "120799",
         "Semillas de chía orgánica, 4 bolsas de 500 g", "MX", 2, 4, 300, "MXN",
         "chia seeds are speckled grey, white and black ovals that turn slimy in water; these bags hold tiny, glossy "
         "black seeds that stay dry in water, sorted into paper envelopes pencilled with cactus names and localities "
         "in Nuevo León and San Luis Potosí: wild-collected seeds of Ariocarpus, Aztekium and Turbinicarpus (CITES "
         "App. I, whose seeds are covered), posted from San Luis Potosí to a cactus collector near Verona; Mexican "
         "Spanish wording (Mexican App. I cacti repeat in many sets as plants under pebble and other labels; their seeds "
         "under a chia label were found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("WLF-04", "import", "DEPOST01", "post", "MX", [], "DE", "090510",
         "Vainilla de Papantla en tubos de vidrio, 12 tubos", "MX", 1.2, 12, 600, "MXN",
         "Papantla vanilla comes two or three dark, fragrant pods to a glass tube; these twelve tubes each hold a live, "
         "2 cm spiderling with orange knee bands on damp cotton and no vanilla at all: Mexican red-knee tarantulas "
         "(Brachypelma hamorii, CITES App. II) collected in the wild, without CITES documents, posted from Veracruz to a "
         "keeper in Leipzig; Mexican Spanish wording (Brachypelma repeats in many sets; vanilla tubes were found in no "
         "earlier wildlife row by a keyword search)", person("Jonas Weber", "DE")),
        ("WLF-05", "transit", "DEAIR01", "air", "US", ["DE"], "HK", "030639",
         "Live crawfish, Louisiana, purged, 30 lb sacks, 20 sacks", "US", 272, 20, 2400, "USD",
         "live crawfish travel in mesh sacks, red-brown and clicking; under the top layer of these 20 sacks are 130 "
         "small turtles with bright yellow throats and high, domed, yellow-flecked shells: Blanding's turtles "
         "(Emydoidea blandingii, CITES App. II since 2023) taken from Midwest wetlands, without CITES documents, landed "
         "at Frankfurt in transit from Chicago to Hong Kong; US English wording (North American turtles repeat in "
         "several sets, spotted and box turtles among them; Blanding's turtles and a crawfish label were found in no "
         "earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-06", "import", "FRPOST01", "post", "CA", [], "FR", "080420",
         "Dried figs, organic, 1 kg", "CA", 1.1, 1, 40, "CAD",
         "dried figs are squat, sugary fruit full of seeds; these six are hard, dark, leathery sacs with a dried bile "
         "crust inside and a bitter taste: dried American black-bear gall bladders (Ursus americanus, CITES App. II) "
         "from Ontario hunting camps, without CITES documents, posted from Toronto to a private person in Paris; "
         "Canadian English wording (bear gall bladders repeat in several sets under dried-pear, chaga and pig-gall "
         "labels; a dried-fig label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-07", "import", "FRAIR01", "air", "CA", [], "FR", "660200",
         "Bâton de marche torsadé en érable, fait main, 2,1 m, 1 pièce", "CA", 9, 1, 250, "CAD",
         "a twisted maple walking staff is light brown wood with a carved spiral; this 2.1 m 'staff' is a hollow-based, "
         "ivory-white, left-hand spiral tusk with a pulp cavity and dentine rings: a narwhal tusk (Monodon monoceros, "
         "CITES App. II) from Nunavut, without CITES export and Union import permits, flown from Montréal to Paris for an "
         "antiques dealer; Québec French wording (narwhal tusks repeat in many sets; a walking-staff label was found in "
         "no earlier row by a keyword search)", firm("Antiquités Vega SARL", "FR")),
        ("WLF-08", "import", "GRAIR01", "air", "CA", [], "GR", "430219",
         "Farmed silver fox pelts, dressed, Nova Scotia, 120 pcs", "CA", 96, 120, 18000, "CAD",
         "farmed silver-fox pelts are black with silver-tipped guard hairs and a white tail tip; these 120 are "
         "grey-buff and faintly spotted, with long black ear tufts, a short black-tipped tail and broad furred feet: "
         "Canada lynx (Lynx canadensis, CITES App. II) pelts without CITES export permits, flown from Toronto to "
         "Thessaloniki for a Siatista furrier; Canadian English wording (lynx pelts repeat in several sets, Canada lynx "
         "once (blind93) and bobcat for Kastoria (blind51); a farmed-silver-fox label for Siatista was found in no "
         "earlier row by a keyword search)", firm("Delta Gounarika AE", "GR")),
        ("WLF-09", "import", "ESSEA01", "sea", "MX", [], "ES", "440799",
         "Tablones de parota (Enterolobium cyclocarpum) para mesas rústicas, 1 contenedor", "MX", 19000, None, 11400,
         "USD",
         "parota slabs are light (about 450 kg/m3), soft, tan-brown wood with a pale sapwood edge; this container holds "
         "dense boards (about 1,100 kg/m3) that sink, orange-red with black streaks, oily, spicy-smelling when cut and "
         "rash-raising: cocobolo (Dalbergia retusa, CITES App. II) from Oaxaca without the Mexican CITES export permit, "
         "by sea from Manzanillo through the Panama Canal to Valencia; Oaxaca Spanish wording (cocobolo repeats in many "
         "sets under bocote, melina and Caribbean-pine labels; a parota label was found in no earlier row by a keyword "
         "search)", firm("Meridian Maderas SL", "ES")),
        ("WLF-10", "import", "ESAIR01", "air", "MX", [], "ES", "711311",
         "Joyería de plata .925 de Taxco, aretes y collares, 600 piezas", "MX", 12, 600, 9000, "USD",
         "a Taxco silver air shipment for a Madrid jewellery wholesaler: silver and obsidian carvings are what Taxco "
         "exporters send, but the third item's 'cuentas de azabache' are 3 kg of glossy black beads and twig sections "
         "with concentric growth rings and a horny, not coal-like, feel that smell of burnt hair under a hot needle: "
         "black coral (Antipatharia, CITES App. II) from Quintana Roo, without CITES documents, hidden as the last item "
         "of a three-item declaration, flown from Mexico City to Madrid; Mexican Spanish wording (black coral repeats "
         "in many sets; under a jet (azabache) label behind Taxco silver was found in no earlier row by a keyword "
         "search)",
         dict(firm("Alpina Joyería SL", "ES"),
              _more_items=[item("711620", "Figuras de obsidiana tallada, 200 piezas", "MX", 40, 1200, "USD", qty=200),
                           item("960200", "Cuentas de azabache para rosarios y pulseras, 3 kg", "MX", 3, 150, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "US", "NL", "290420",
     "Nitromethane 98 %, 4 x 5 US gal drums, for a licensed user (drag-racing team)", "US", 86, 4, 1400, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-51-0144")], "nitromethane above 16 % to a licensed user"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "US", "DE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (amateur precious-metal refining)", "US", 3, 2, 60,
     "USD", [("PRECURSOR_LICENCE", "DE-BW-51-0311")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "CA", "DE", "854919",
     "Lithium-ion battery black mass, shredded, for hydrometallurgical recovery at a licensed plant, 20 t", "CA",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-51-0419")], "notified black mass to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "FRSEA01", "sea", "MX", "FR", "271091",
     "PCB-contaminated transformer oil (13 03 01*), for destruction at a licensed high-temperature incinerator, 80 drums",
     "MX", 16000, 80, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-51-0077")], "notified PCB oil to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 12 cylinders, for critical use in aircraft engine fire protection", "US",
     300, 12, 9000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-51-004")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290345",
     "HFC-134a (1,1,1,2-tetrafluoroethane), ISO tank, 20 t, within the importer's HFC quota", "US", 20000, None,
     60000, "USD", [("FGAS_QUOTA", "NL-FGAS-51-0213")], "bulk HFC-134a within an allocated quota"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "CA", "970610",
     "Notarial contract of an engagé for New France, La Rochelle, 1656, private family papers, with export licence",
     "FR", 0.1, 1, 6800, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-51-0208")],
     "document exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "import", "FRAIR01", "air", "US", "FR", "970510",
     "Casas Grandes polychrome jar, c. 1300, US private collection since 1958, documented", "MX", 3, 1, 24000, "USD",
     [("IMPORT_LICENCE", "FR-MC-IMP-51-0014")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "CA", "902620",
     "Capacitance manometers, 8 units, for a Canadian university semiconductor cleanroom", "DE", 12, 8, 22400, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-51-0922"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-51-0107")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "MX", "760820",
     "7075-T6 aluminium tubes, 120 mm OD, 400 pcs, for a Querétaro aerospace-parts maker", "IT", 1800, 400, 28000,
     "EUR", [("EXPORT_LICENCE", "IT-MAECI-51-0387"), ("END_USER_CERTIFICATE", "MX-SE-EUC-51-0045")],
     "dual-use aluminium tubes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "US", "NL", "121190",
     "American ginseng roots, cultivated (Wisconsin), dried, 200 kg", "US", 200, None, 18000, "USD",
     [("CITES_PERMIT", "US-FWS-51-0734")], "App. II cultivated ginseng with its export permit"),
    ("PRM-12", "wildlife", "import", "GRAIR01", "air", "CA", "GR", "430219",
     "Canada lynx pelts, dressed, trapped under provincial licence, 40 pcs", "CA", 32, 40, 16000, "CAD",
     [("CITES_PERMIT", "CA-ECCC-51-0092")], "App. II lynx pelts with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Orion Drag Racing BV", "PRM-02": "Privatperson", "PRM-03": "Central Batterierecycling GmbH",
    "PRM-05": "Atlantic Aero Services BV", "PRM-11": "Orion Kruidengroothandel BV", "PRM-12": "Delta Gounarika AE",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): most the lawful twins of this set's disguises
    ("220190", "Alkaline water, pH 9.5, still, 1 gal jugs", "import", ["sea"], ["US", "CA"], (0.4, 0.8), (12000, 20000), ["USD"], 0.26, S),
    ("130219", "Mexican vanilla extract, clear, 1 l bottles", "import", ["express"], ["MX"], (15, 30), (1, 4), ["USD"], 1, S),
    ("110313", "Hominy grits, white, quick, 2 lb bags", "import", ["sea"], ["US"], (1.5, 2.5), (8000, 16000), ["USD"], 1.1, S),
    ("253090", "Tequesquite (natural lake-bed soda), culinary, 1 lb bags", "import", ["air"], ["MX", "US"], (3, 6), (100, 400), ["USD"], 2.2, S),
    ("210690", "Produce protector for canning, ascorbic acid and dextrose, 140 g tubs", "import", ["sea"], ["CA", "US"], (2.5, 4), (3000, 8000), ["USD", "CAD"], 7, S),
    ("252220", "Pickling lime, food grade, 1 lb bags", "import", ["post"], ["US"], (8, 14), (1, 4), ["USD"], 2.2, S),
    ("170290", "Simple syrup, bar grade, 1 l bottles", "import", ["air"], ["US", "CA"], (3, 5), (500, 2000), ["USD"], 0.75, S),
    ("220890", "Bacanora blanco, agave spirit, 70 cl bottles", "import", ["sea"], ["MX"], (8, 14), (4000, 10000), ["USD"], 0.8, S),
    ("220299", "Dill pickle juice sports drink, 1 l bottles", "import", ["sea"], ["US"], (1.5, 2.5), (6000, 12000), ["USD"], 0.8, S),
    ("260111", "Magnetite filter sand, water-treatment grade, bulk bags", "import", ["sea"], ["CA", "US"], (0.15, 0.3), (20000, 25000), ["USD"], None, S),
    ("282630", "Synthetic cryolite, for aluminium smelting, 1 t bags", "import", ["sea"], ["CA", "CN"], (1, 1.6), (18000, 25000), ["USD"], None, S),
    ("260111", "Iron ore pellet feed, magnetite concentrate 67 % Fe", "export", ["sea"], ["MX", "US"], (0.1, 0.15), (24000, 27000), ["EUR"], None, S),
    ("282570", "Technical molybdic oxide, 57 % Mo, drums", "import", ["sea"], ["CA", "CL"], (35, 45), (8000, 20000), ["USD"], None, S),
    ("271019", "Transformer oil, new, naphthenic, drums", "import", ["sea"], ["US", "MX"], (1.5, 2.5), (15000, 20000), ["USD"], None, S),
    ("853400", "Bare printed circuit boards, new, surplus stock", "export", ["sea"], ["MX", "US"], (8, 15), (3000, 8000), ["EUR"], None, S),
    ("151411", "Crude canola oil, degummed, flexitank", "import", ["sea"], ["CA"], (0.9, 1.2), (20000, 24000), ["USD"], None, S),
    ("261800", "Granulated blast-furnace slag for cement", "import", ["sea"], ["MX", "TR"], (0.04, 0.06), (25000, 30000), ["USD"], None, S),
    ("262190", "Coal slag blasting abrasive, new, 20/40 mesh", "import", ["sea"], ["US"], (0.1, 0.2), (20000, 25000), ["USD"], None, S),
    ("841451", "RV roof vent fans, 12 V", "import", ["sea"], ["US"], (15, 25), (300, 1500), ["USD"], 0.2, S),
    ("850940", "Commercial bar blenders, 2 l jar", "import", ["sea"], ["MX", "US"], (20, 35), (300, 1200), ["USD"], 0.17, S),
    ("841869", "Thermoelectric 12 V cool boxes, no refrigerant", "import", ["sea"], ["CA", "CN"], (8, 14), (2000, 6000), ["USD"], 0.15, S),
    ("821000", "Cast-iron tortilla presses, 20 cm", "import", ["sea"], ["MX"], (1.5, 3), (1000, 4000), ["USD"], 0.25, S),
    ("290919", "Dimethyl ether, aerosol propellant grade, ISO tank", "import", ["sea"], ["US", "CN"], (0.9, 1.3), (15000, 20000), ["USD"], None, S),
    ("830629", "Aviation decor, polished aluminium furniture and lamps, new-made", "import", ["air"], ["US"], (20, 40), (100, 400), ["USD"], None, S),
    ("271112", "Propane cylinders 1 lb, disposable, for camp stoves", "import", ["sea"], ["US", "MX"], (2, 3), (3000, 8000), ["USD"], 1.1, S),
    ("841830", "Paleta push-cart chest freezers, R-290, new", "import", ["sea"], ["MX"], (5, 9), (1000, 3000), ["USD"], 0.008, S),
    ("392690", "Pump-up air horns, refillable, no gas", "import", ["sea"], ["CA", "CN"], (6, 12), (500, 2000), ["USD"], 2, S),
    ("691390", "Mata Ortiz pottery, signed, new", "import", ["air"], ["MX"], (60, 120), (50, 200), ["USD"], 0.5, S),
    ("691200", "Black-on-white ceramic mugs, Southwest decor, new", "import", ["post"], ["US"], (20, 40), (1, 3), ["USD"], 2, S),
    ("732690", "Painted tin folk art, new, San Miguel de Allende", "import", ["express"], ["MX"], (30, 60), (1, 3), ["USD"], 4, S),
    ("710399", "Ammolite gemstone pieces, polished", "import", ["post"], ["CA"], (100, 300), (1, 2), ["CAD"], 5, S),
    ("491199", "Facsimile historical documents, printed", "import", ["post"], ["US", "MX"], (30, 60), (1, 2), ["USD"], 10, S),
    ("680299", "Volcanic-stone planters and stands, new", "import", ["sea"], ["MX"], (0.8, 1.5), (3000, 8000), ["USD"], 0.05, S),
    ("940360", "Pine armoires, Canadian country style, reproduction", "import", ["sea"], ["CA"], (4, 7), (2000, 6000), ["CAD"], 0.007, S),
    ("680299", "Black slate souvenir carvings, new", "import", ["express"], ["CA"], (30, 60), (1, 3), ["CAD"], 0.5, S),
    ("491191", "Printed religious icons on board, new", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("880730", "Agricultural aircraft spare parts, new", "import", ["air"], ["US"], (80, 200), (100, 600), ["USD"], None, S),
    ("844859", "Spare parts for circular knitting machines, sinkers and cams", "export", ["sea"], ["MX", "TR"], (20, 40), (200, 1000), ["EUR"], None, S),
    ("902620", "HVAC pressure sensors, piezoresistive", "export", ["air"], ["CA", "US"], (60, 120), (50, 300), ["EUR"], 0.5, S),
    ("760820", "Aluminium tubes for baseball bats, thin-wall, 65 mm", "export", ["sea"], ["MX", "US"], (4, 7), (3000, 8000), ["EUR"], None, S),
    ("392061", "Polycarbonate sheets, clear, 4 mm, cut to size", "export", ["sea"], ["US", "MX"], (4, 7), (3000, 8000), ["EUR"], None, S),
    ("121190", "Wild yam root, dried, cut", "import", ["air"], ["US", "CN"], (15, 30), (50, 300), ["USD"], None, S),
    ("090510", "Papantla vanilla pods in glass tubes", "import", ["post"], ["MX"], (150, 300), (1, 2), ["USD"], 20, S),
    ("660200", "Hand-carved maple walking staffs", "import", ["express"], ["CA"], (20, 40), (1, 4), ["CAD"], 0.5, S),
    ("441920", "Parota-wood serving boards, finished, oiled", "import", ["sea"], ["MX"], (3, 6), (1000, 4000), ["USD"], 1, S),
    ("711311", "Taxco sterling-silver jewellery", "import", ["air"], ["MX"], (600, 1200), (5, 30), ["USD"], 50, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136 and blind144, blind80's
# everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows
# instead of blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950699", "Flying discs, plastic, 175 g", "import", ["sea"], ["CN", "VN"], (4, 7), (1000, 4000), ["USD"], 5, N),
        ("442199", "Wooden bird feeders, flat-packed", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("950590", "Snow globes, glass, souvenir, boxed", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 3, N),
        ("761699", "Crochet hooks, anodised aluminium, sets", "import", ["post", "express"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind151", 20510501, HERE)


if __name__ == "__main__":
    main()
