#!/usr/bin/env python3
"""Writes the hundred-and-twentieth blind set (tests/risk/data/blind120-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2046, with goods, routes,
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
would. Ids are BL120-*:

    python3 tests/risk/data/make_blind120_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2046, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2046
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEAIR01", "express", "SA", [], "BE", "220110",
         "ماء زمزم مبارك، عبوات 1 لتر، 4 عبوات", "SA", 4.6, 4, 60, "SAR",
         "Zamzam water is the pilgrims' well water from Mecca, clear, tasteless, 1.00 kg/l and sold in sealed "
         "5 l or 330 ml packs; these four litre bottles weigh 1.13 kg/l, have vented caps, bleach a drop of ink "
         "and froth on a cut finger: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Jeddah to a private person in Antwerp; Saudi Arabic wording (hydrogen peroxide repeats in many sets and "
         "water-like covers in several; a Zamzam label was found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("PRE-02", "import", "LVAIR01", "express", "CL", [], "LV", "220890",
         "Pisco chileno reservado 40°, 6 botellas de 700 ml", "CL", 4.8, 6, 48000, "CLP",
         "Chilean pisco is a grape brandy of 0.95 kg/l that smells of muscat and burns on the tongue; these six "
         "bottles weigh 1.14 kg/l, smell faintly fruity-chemical, do not smell of alcohol, leave an oily layer "
         "on water and the filler's drum label copied on the invoice reads 'CH3NO2': nitromethane (Annex I above "
         "16 %), sent by express from Santiago to a private person in Riga, although flammable liquids travel by "
         "express only as declared dangerous goods; Chilean Spanish wording (nitromethane repeats in many sets; "
         "a pisco label was found in no earlier row by a keyword search)", {"consignee_name": "Jānis Bērziņš",
                                                                              "importer_country": "LV"}),
        ("PRE-03", "import", "PTAIR01", "air", "IN", [], "PT", "151530",
         "एरंडेल तेल, थंड दाबलेले, केसांसाठी, १ लिटर बाटल्या, ८०० बाटल्या", "IN", 1472, 800, 2400, "USD",
         "cold-pressed castor oil is a thick, pale-yellow oil of 0.96 kg/l that floats on water and smells "
         "faintly nutty; these 800 bottles hold a colourless, oily liquid of 1.84 kg/l that sinks, grows hot "
         "with a drop of water and chars a paper label, for a Lisbon beauty wholesaler that sells hair oils to "
         "the public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, "
         "flown from Mumbai; Marathi wording (sulphuric acid repeats in many sets and oil covers in several; a "
         "castor-oil label was found in no earlier row by a keyword search)",
         firm("Atlantic Beleza Lda", "PT")),
        ("PRE-04", "import", "IEAIR01", "air", "BD", [], "IE", "330190",
         "কেওড়া জল, রান্নার জন্য, ৫০০ মিলি বোতল, ১,২০০ বোতল", "BD", 840, 1200, 900, "USD",
         "kewra water is a screwpine-flower distillate for biryani and sweets, 1.00 kg/l, with a heavy floral "
         "scent; these bottles hold a scentless liquid of 1.40 kg/l that fumes brown when opened, stains the skin "
         "yellow and eats into a copper coin, for a Dublin Asian grocery that sells to the public: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Dhaka; Bengali "
         "wording (nitric acid repeats in many sets and flower-water covers in a few, orange-blossom water in "
         "blind104; a kewra label was found in no earlier row by a keyword search)",
         firm("Horizon Spice Ltd", "IE")),
        ("PRE-05", "import", "HRPOST01", "post", "BA", [], "HR", "210690",
         "Kreatin monohidrat, mikronizirani, 3 x 1 kg", "BA", 3, 3, 75, "BAM",
         "micronised creatine monohydrate is a light, fluffy, faintly bitter white powder that dissolves in a "
         "shaker; these three tubs hold a heavy, gritty, tasteless white powder that will not dissolve, fills "
         "half the tub for its weight and flares violet with sugar, and the inner bags read 'KClO4': potassium "
         "perchlorate (Annex I above 40 %), posted from Sarajevo to a private person in Split; Bosnian wording "
         "(potassium perchlorate repeats in many sets and supplement covers in several; a creatine label was "
         "found in no earlier row by a keyword search)", {"consignee_name": "Ivan Horvat", "importer_country": "HR"}),
        ("PRE-06", "import", "GRROAD01", "road", "MK", [], "GR", "100829",
         "Бело просо за птици, вреќи од 25 кг, 880 вреќи", "MK", 22000, 880, 6600, "EUR",
         "white millet for bird food is a cream-coloured, shiny, slightly oval seed with a hilum scar that "
         "smells of hay; these sacks hold perfectly round, chalk-white, odourless prills that turn ice-cold in "
         "water, test at 34 % N and melt and fume on a hot plate, for a Thessaloniki pet-and-garden chain that "
         "sells to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, on a lorry at Evzoni; Macedonian wording (ammonium nitrate repeats in many sets and grain-like "
         "covers in several; a bird-millet label was found in no earlier row by a keyword search)",
         firm("Delta Kipos AE", "GR")),
        ("PRE-07", "import", "PTPOST01", "post", "CV", [], "PT", "250100",
         "Flor di sal di Salina di Pedra di Lume, 3 saku di 1 kg", "CV", 3, 3, 1800, "CVE",
         "flor de sal is a thin, flaky, damp, off-white sea salt that tastes of the sea and crumbles between the "
         "fingers; these three bags hold dry, glassy, tasteless crystals that do not taste of salt, spit violet "
         "sparks on a hot iron and burn fiercely with sugar: potassium chlorate (Annex I above 40 %), posted from "
         "the island of Sal to a private person in Porto; Cape Verdean (Kabuverdianu) wording (potassium chlorate "
         "repeats in many sets and salt covers in many; a flor-de-sal label and Kabuverdianu wording were found "
         "in no earlier row by a keyword search)", {"consignee_name": "João Pereira", "importer_country": "PT"}),
        ("PRE-08", "import", "SEROAD01", "road", "NO", [], "SE", "250100",
         "Sildesalt, grovt, til nedsalting av sild, 25 kg sekker, 400 sekker", "NO", 10000, 400, 2600, "EUR",
         "herring-curing salt is a coarse, grey-white, bitter sea salt sold in paper sacks to fishermen and "
         "households for pickled herring; these sacks hold clear, glassy, cold-tasting crystals with no salty "
         "taste that draw damp and burn brightly with sugar, and the inner liners give CAS 7601-89-0, for a "
         "Gothenburg ship chandler that sells to the public: sodium perchlorate (Annex I above 40 %) made "
         "available to members of the public, on a lorry at Svinesund; Norwegian wording (sodium perchlorate "
         "repeats in many sets and curing and pickling salts in several; a herring-salt label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Skeppshandel AB", "SE")),
        ("PRE-09", "import", "SKAIR01", "express", "JP", [], "SK", "220110",
         "水素水 500ml アルミパウチ × 8", "JP", 4.6, 8, 4800, "JPY",
         "hydrogen water is tap-like drinking water with dissolved hydrogen, 1.00 kg/l, in sealed aluminium "
         "pouches that stay flat; these eight pouches bulge with gas, weigh 1.20 kg/l, bleach the printed film "
         "where they leaked and whiten the skin: about 50 % hydrogen peroxide (Annex I above 12 %), kept in "
         "aluminium because peroxide keeps in it, sent by express from Osaka to a private person in Bratislava; "
         "Japanese wording (hydrogen peroxide repeats in many sets; a 'hydrogen water' gadget salt appears once, "
         "in blind42, but a hydrogen-water drink label was found in no earlier row by a keyword search)",
         {"consignee_name": "Mgr. P. Horváth", "importer_country": "SK"}),
        ("PRE-10", "import", "ATAIR01", "air", "NP", [], "AT", "330741",
         "धूप बत्ती, हातले बनाएको, 200 किलो", "NP", 200, 8000, 1600, "USD",
         "a Himalayan-shop air shipment for a Vienna store that sells to the public: hand-rolled incense and "
         "singing bowls are what such shops sell, but the third item's 'भीमसेनी कपूर' is not camphor, which "
         "smells strongly, is waxy and floats: the 150 packets hold odourless, glassy crystals that sink, draw "
         "damp and flare yellow on a flame, with CAS 7775-09-9 on the inner bags: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, hidden as the last item of a three-item declaration, "
         "flown from Kathmandu; Nepali wording (sodium chlorate repeats in many sets, camphor appears in a few "
         "rows on other goods and singing bowls once, in a Nepali cultural row of blind87; a camphor label on a "
         "precursor was found in no earlier row by a keyword search)",
         dict(firm("Alpina Himalaya Handel GmbH", "AT"),
              _more_items=[item("830629", "हातले बनाएको गाउने कचौरा, 80 थान", "NP", 120, 2400, "USD", qty=80),
                           item("291429", "भीमसेनी कपूर, 1 किलो पोका, 150 पोका", "NP", 150, 450, "USD", qty=150)])),
    ],
    "waste": [
        ("WST-01", "export", "HRROAD01", "road", "HR", [], "BA", "340290",
         "Autošampon koncentrat, IBC spremnici 1000 l, 20 kom", "HR", 20000, 20, 2000, "EUR",
         "car-shampoo concentrate is a pink or blue, perfumed, foaming liquid with a data sheet; these 20 "
         "IBCs hold a yellow-brown, odourless foam concentrate, some marked 'AFFF 3 %' under the new labels and "
         "testing for PFOS, drained from a Rijeka tank farm's and an airport's old fire-fighting stock: expired "
         "PFOS fire-fighting foam, a persistent organic pollutant and hazardous waste (16 05 08*) whose export to "
         "a non-OECD country is banned, at Stara Gradiška for a Banja Luka 'car-wash chain'; Croatian wording "
         "(AFFF repeats in several sets; a car-shampoo label was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "GW", "392330",
         "Bidões de PEAD lavados, para armazenamento de água, 2.400 unidades", "PT", 12000, 2400, 3600, "EUR",
         "washed HDPE drums for water storage are clean inside, odour-free and carry a washing certificate; "
         "these 2,400 jerrycans and drums still hold a few millilitres of brown, garlic-smelling liquid, carry "
         "skull-and-crossbones pesticide labels scraped half off and were collected from Alentejo and Ribatejo "
         "farms: packaging containing residues of dangerous substances (15 01 10*), hazardous waste whose export "
         "to a non-OECD country is banned, from Lisbon to Bissau, where they would be used to store drinking "
         "water; Portuguese wording (contaminated packaging repeats in several sets and a clean water-storage "
         "drum label once, in blind48, to Morocco; kept as a repeat, from Portugal to Guinea-Bissau is the new "
         "part)", {"importer_country": "GW"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "440290",
         "Biouhlie na zlepšenie pôdy, big bagy, 24 t", "SK", 24000, None, 1900, "EUR",
         "biochar is a light, black, woody charcoal that shows the grain of the wood and floats; these bags hold "
         "dense carbon blocks and lumps with white crusts that sink, smell of ammonia when wet and test for "
         "cyanide and fluoride, from an aluminium smelter's cell relining at Žiar nad Hronom: spent pot lining "
         "(16 11 01*), hazardous waste whose export to a non-OECD country is banned, on a lorry through Hungary "
         "for a Novi Sad 'organic farm supply' firm; Slovak wording (spent pot lining repeats in many sets; a "
         "biochar label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "RS"], "XK", "390690",
         "Styrol-Acrylat-Dispersion für Fassadenfarben, IBC, 22 t", "DE", 22000, 22, 4400, "EUR",
         "a styrene-acrylic binder dispersion is a white, milky, faintly sweet-smelling liquid that dries to a "
         "clear film; these IBCs hold a grey, rancid, oily emulsion with metal fines and a floating oil layer "
         "that never dries, from a Stuttgart car-parts maker's machining lines: spent metal-working emulsion "
         "(12 01 09*), hazardous waste whose export to a non-OECD country is banned, on a lorry to a Prizren "
         "'paint maker'; German wording (machining emulsions repeat in a few sets; a binder-dispersion label was "
         "found in no earlier row by a keyword search)", {"importer_country": "XK"}),
        ("WST-05", "export", "MTSEA01", "sea", "MT", [], "TN", "251320",
         "Ramel tal-garnet riċiklat għat-tqattigħ bl-ilma, 18 t", "MT", 18000, None, 900, "EUR",
         "recycled waterjet garnet is clean, sieved, pink-red almandine grit; these bags hold grey-black grit "
         "mixed with flakes of red and black antifouling paint that read copper and tin, swept from a Grand "
         "Harbour dry dock after hull blasting: spent blasting grit containing hazardous substances (12 01 16*), "
         "hazardous waste whose export to a non-OECD country is banned, from Valletta to Sfax; Maltese wording "
         "(blasting grit repeats in many sets and garnet covers in several; kept as a known repeat, Malta to "
         "Tunisia with Maltese wording is the new part as far as a search found)", {"importer_country": "TN"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "KE", "700719",
         "Gehard veiligheidsglas voor kassen, platen, 20 t", "NL", 20000, None, 5000, "EUR",
         "toughened greenhouse glass comes as new, clean, cut-to-size panes in racks with an edge stamp; these "
         "crates hold framed, laminated panels with a dark film, junction boxes on the back and shattered "
         "fronts, from a Westland solar-park repowering: broken thin-film photovoltaic panels (16 02 13*) "
         "containing cadmium telluride, hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Mombasa for a Naivasha 'flower-farm supplier'; Dutch wording (CdTe panels repeat in a "
         "few sets; a greenhouse-glass label on them was found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("WST-07", "export", "FISEA01", "sea", "FI", [], "KR", "380210",
         "Kookoskuoriaktiivihiili, jauhe, suursäkit, 40 t", "FI", 40000, None, 48000, "EUR",
         "coconut-shell activated carbon powder is a light, dull-black, odourless powder at about 2 EUR/kg; "
         "these bags hold a heavy, glittering black powder with grey flecks that smells of solvent, warms when "
         "wetted and reads nickel, cobalt, manganese and lithium, from a Harjavalta battery shredder: "
         "lithium-ion battery black mass (hazardous waste), shipped to an OECD country without the "
         "notification and consent it needs, from Kotka to Gwangyang at a fraction of its metal value; Finnish "
         "wording (black mass repeats in many sets and activated-carbon labels in a few; from Finland to Korea "
         "is the new part as far as a search found)", {"importer_country": "KR"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "MA", "250840",
         "Argile verte surfine, usage cosmétique, big bags, 20 t", "FR", 20000, None, 4000, "EUR",
         "cosmetic green clay is a dry, pale sage-green, earthy powder; these bags hold a wet, bright apple-green "
         "paste that smells of metal and acid and reads 14 % nickel with chromium, from a Lyon electroplating "
         "works' filter press: galvanic sludge (11 01 09*), hazardous waste whose export to a non-OECD country "
         "is banned, from Marseille to Casablanca for a 'cosmetics' buyer; French wording (galvanic sludge "
         "repeats in several sets and clay labels in a few; a green-clay label was found in no earlier row by a "
         "keyword search)", {"importer_country": "MA"}),
        ("WST-09", "export", "ESAIR01", "air", "ES", [], "PE", "811292",
         "Galio metálico 99,99 %, para pasta térmica, 2 frascos de acero", "ES", 69, 2, 1400, "EUR",
         "gallium is a soft metal of 5.9 kg/l that is solid below 30 °C and sold in plastic bottles; these two "
         "screw-capped steel flasks weigh 34.5 kg each, the classic mercury flask, hold a metal that stays liquid "
         "in the cold hold and is more than twice as heavy, and set a vapour meter off: metallic mercury from a "
         "dismantled chlor-alkali plant, waste whose export from the Union is banned (Regulation 2017/852), flown "
         "from Madrid to Lima for an 'electronics' buyer in Puerto Maldonado's gold-mining area; Spanish wording "
         "(mercury repeats in several sets; mercury as gallium in 34.5 kg flasks was found in two dev probes "
         "(dev7-b, dev24-b) and in no earlier blind row; kept as a repeat, by air from Spain to Peru is the new "
         "part)",
         {"importer_country": "PE"}),
        ("WST-10", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "680710",
         "Bitumenski hidroizolacijski trakovi, rolice, 20 t", "SI", 20000, 800, 2000, "EUR",
         "bituminous waterproofing membranes are sanded or foil-faced rolls on pallets; these pallets hold "
         "stacked drums and torn bags of sticky, solvent-smelling paint sludge, filter cakes and spent thinner "
         "wrapped in black film to look like rolls, from a Celje appliance-painting line: waste paint and "
         "varnish sludge with solvents (08 01 13*), hazardous waste whose export to a non-OECD country is banned, "
         "on a lorry through Croatia to a Tuzla 'roofer'; Slovenian wording (paint sludge repeats in several sets "
         "and bitumen labels in many; wrapped to look like membrane rolls is the new part as far as a search "
         "found)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRROAD01", "road", "AL", [], "GR", "281129",
         "Bombola gazi për krem shantiji (N2O), 580 g, 2.400 copë", "AL", 1920, 2400, 9600, "EUR",
         "whipped-cream gas tanks hold nitrous oxide at about 50 bar, weigh some 1.3 kg full and have a "
         "push-on nozzle; these 2,400 tanks read 5.7 bar, hold 0.8 kg of a liquid that boils off with a faint "
         "ether smell, and have 1/4-inch SAE refrigerant threads under the nozzles: HFC-134a in non-refillable "
         "containers, whose placing on the Union market is banned (Regulation 2024/573), imported outside any "
         "quota, in a van at Kakavia for a Ioannina 'catering supply' firm; Albanian wording (HFC-134a repeats in "
         "many sets; a cream-charger label was found in no earlier row by a keyword search)",
         firm("Orion Trofodosia AE", "GR")),
        ("OZN-02", "import", "HRSEA01", "sea", "SG", [], "HR", "731100",
         "Inert gas fire suppression cylinders, IG-541 (Inergen), filled, 80 l, 24 units", "SG", 2400, 24, 19000,
         "USD",
         "IG-541 cylinders hold a nitrogen-argon-CO2 mix at 200 or 300 bar that weighs about 17 kg per 80 l "
         "bottle; these 24 bottles each hold 60-odd kg of a liquid that sloshes, read 42 bar and carry "
         "'1301' on the valve stamps: recovered halon 1301 (bromotrifluoromethane), whose import into the Union "
         "is banned outside licensed critical uses, by sea from Singapore to Rijeka for a Split shipyard; "
         "Singapore English wording (halon 1301 repeats in many sets and inert-gas labels in two; an Inergen "
         "label was found in no earlier row by a keyword search)", firm("Atlantic Brodogradnja d.o.o.", "HR")),
        ("OZN-03", "import", "NLSEA01", "sea", "TH", [], "NL", "340399",
         "สารถอดแบบสูตรน้ำ สำหรับพื้นรองเท้า PU, ถัง 200 ลิตร, 60 ถัง", "TH", 15000, 60, 21000, "USD",
         "a water-based mould release for PU sole moulds is a milky wax emulsion of about 1 kg/l that freezes "
         "and does not evaporate; these drums hold a clear, water-free liquid of 1.25 kg/l that boils at 32 °C, "
         "evaporates at once from a glove and gives 1,1-dichloro-1-fluoroethane on a gas test: HCFC-141b, whose "
         "import into the Union is banned, by sea from Laem Chabang to Rotterdam for a Waalwijk shoe-sole maker; "
         "Thai wording (HCFC-141b repeats in many sets and mould-release labels in a few; a water-based label on "
         "solvent-borne HCFC from Thailand is the new part as far as a search found)",
         firm("Horizon Schoenzolen BV", "NL")),
        ("OZN-04", "import", "ESROAD01", "road", "MA", [], "ES", "380892",
         "Désinfectant de sol, métam-sodium 51 %, bidons de 20 l, 200 bidons", "MA", 4000, 200, 5000, "EUR",
         "metam-sodium is a yellow, water-based, sulphur-smelling liquid in plastic jerrycans; these 'bidons' "
         "are steel cans and small cylinders of a colourless gas liquefied under pressure, odourless, with a "
         "chloropicrin warning additive that stings the eyes, and the stamps read 'CH3Br 98/2': methyl bromide, "
         "whose import and use in the Union are banned, on a lorry off the Tanger Med ferry at Algeciras for a "
         "Huelva strawberry grower; Moroccan French wording (methyl bromide repeats in many sets; a metam-sodium "
         "label was found once, in blind91; kept as a repeat, by road from Morocco is the new part)",
         firm("Rivage Agrícola SL", "ES")),
        ("OZN-05", "import", "LTROAD01", "road", "GB", ["NL", "DE", "PL"], "LT", "845011",
         "Naudotos skalbimo mašinos, patikrintos, 120 vnt.", "GB", 7800, 120, 6000, "GBP",
         "a van of second-hand goods from England for a Kaunas resale yard: used washing machines and bicycles are "
         "what such vans carry, but the third item's 'skalbimo mašinų atsvarai' are not concrete counterweights: "
         "the 60 'blocks' are disposable steel cylinders of 10.9 kg each wrapped in grey tape, with a sloshing "
         "liquid at 11 bar and 'R404A' under the tape: HFC refrigerant (R-404A) in non-refillable containers, "
         "banned in the Union and imported outside any quota, hidden as the last item of a three-item "
         "declaration; Lithuanian wording (R-404A repeats in many sets and counterweight labels on other goods; "
         "washing-machine counterweights were found in no earlier row by a keyword search)",
         dict(firm("Vega Prekyba UAB", "LT"),
              _more_items=[item("871200", "Naudoti dviračiai, 40 vnt.", "GB", 600, 800, "GBP", qty=40),
                           item("681099", "Skalbimo mašinų atsvarai, betoniniai, 60 vnt.", "GB", 654, 120, "GBP", qty=60)])),
        ("OZN-06", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "841869",
         "Gebrauchte Milchkühltanks, 3.000 l, Kältemittel entleert, 6 Stück", "DE", 9000, 6, 12000, "EUR",
         "emptied bulk milk coolers show open service valves, a nitrogen tag and a zero reading on the gauges; "
         "these six from Bavarian farms still read 12 bar on the condensing units, their rating plates give "
         "R-22, 18 kg each, and the valve caps are sealed: equipment relying on HCFCs, whose export from the Union "
         "is banned (Regulation 2024/590), on a lorry through Poland to a Vinnytsia dairy co-operative; German "
         "wording (R-22 equipment repeats in many sets and bulk milk coolers for export in blind59 and blind66; kept "
         "as a repeat, a 'refrigerant emptied' label from Germany is the new part as far as a search found)", {"importer_country": "UA"}),
        ("OZN-07", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "290351",
         "HFO-1234yf 汽车空调制冷剂, 10 kg 钢瓶, 600 瓶", "CN", 6000, 600, 18000, "USD",
         "R-1234yf is sold at several times the price of older gases in cylinders with a left-hand thread and a "
         "flammable-gas mark; these 600 cylinders have standard right-hand valves, no flame mark, read 9 bar at "
         "20 °C and a refrigerant identifier gives R-22: chlorodifluoromethane (HCFC-22), moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Constanța in transit from Ningbo to a "
         "Chișinău wholesaler; Chinese wording (HCFC-22 repeats in many sets and 1234yf labels in many; a "
         "transit through Constanța to Moldova is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("OZN-08", "import", "PLROAD01", "road", "UA", [], "PL", "731100",
         "Балони CO2 для сифонів-газуваторів, 60 л, 900 шт.", "UA", 1800, 900, 5400, "EUR",
         "soda-maker CO2 cylinders are small aluminium bottles of 425 g of gas that read 57 bar; these 900 "
         "bottles are steel, hold 2 kg each of a liquid that reads 15 bar at 20 °C and has a slight ether "
         "smell, and the refill adaptor on each is a 5/16-inch SAE refrigerant port: HFC-32 and R-410A "
         "(HFCs) in non-refillable containers, banned in the Union and imported outside any quota, on a lorry at "
         "Dorohusk for a Lublin 'home appliance' web shop; Ukrainian wording (R-410A and HFC-32 repeat in many "
         "sets; a soda-maker cylinder label was found in no earlier row by a keyword search)",
         firm("Central Dom Sp. z o.o.", "PL")),
        ("OZN-09", "import", "ITAIR01", "air", "AZ", [], "IT", "290211",
         "Sikloheksan, analitik reagent, 20 x 1 l", "AZ", 32, 20, 600, "USD",
         "analytical cyclohexane is a light (0.78 kg/l), flammable solvent that smells of petrol; these twenty "
         "bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and sink under water: carbon "
         "tetrachloride, whose import into the Union is banned outside licensed laboratory uses, flown from Baku "
         "to Milan for an oil-analysis laboratory; Azerbaijani wording (carbon tetrachloride repeats in many sets "
         "and cyclohexane labels in a few; from Azerbaijan by air is the new part as far as a search found)",
         firm("Meridian Analitica Srl", "IT")),
        ("OZN-10", "import", "GRAIR01", "air", "AM", [], "GR", "390950",
         "Մոնտաժային փրփուր, միաբաղադրիչ, 750 մլ, 2.400 հատ", "AM", 2160, 2400, 4800, "USD",
         "one-component mounting foam in 750 ml cans is propelled with propane, butane and DME and carries a "
         "flammable mark; these 2,400 cans, for an Athens builders' merchant, are not flammable at the nozzle, "
         "their propellant tests as HCFC-22 with HCFC-142b, and the cans bear no flame symbol: products containing "
         "ozone-depleting substances, whose import into the Union is banned, flown from Yerevan to Athens; "
         "Armenian wording (one-component foam cans repeat in many sets; by air from Armenia is the new part as "
         "far as a search found)", firm("Delta Domika AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "IQ", [], "DE", "690740",
         "کاشی قوڕی دەستکرد، نموونە، 220 دانە", "IQ", 18, 220, 330, "USD",
         "handmade clay sample tiles are flat, square, glazed or plain and new; these 220 are small, pillow-shaped, "
         "unglazed lumps of sun-dried clay covered on both faces with wedge-shaped signs, some with seal "
         "impressions and salt crusts: cuneiform tablets (3rd-1st millennium BC), archaeological objects taken "
         "out of Iraq, brought in without an import licence (Regulation 2019/880) and against the UN embargo on "
         "Iraqi cultural property (Regulation 1210/2003), flown from Erbil to Frankfurt for a dealer; Kurdish "
         "(Sorani) wording (cuneiform tablets repeat in many sets; a clay-sample-tile label, as in the US "
         "Hobby Lobby case, and Kurdish wording were found in no earlier row by a keyword search)",
         firm("Orion Altorient GmbH", "DE")),
        ("CUL-02", "import", "FRAIR01", "air", "US", [], "FR", "442090",
         "Hand-carved cottonwood dolls, Southwest souvenir, 6 pcs", "US", 5, 6, 300, "USD",
         "souvenir cottonwood dolls are new, crisp, machine-sanded and painted in bright acrylics; these six are "
         "worn, hand-adzed figures with mineral paint, feathers, cotton cord and the soot of a kiva: Hopi katsina "
         "friends, sacred objects taken from a First Mesa village, whose export the United States forbids "
         "(STOP Act, ARPA), brought into the Union against Regulation 2019/880, flown from Phoenix to Paris for a "
         "Drouot auction; US English wording (Hopi katsinam were found once, in the dev24-c probe, and in no "
         "earlier blind row; a souvenir-doll label is the new part as far as a search found)",
         firm("Galerie Rivage SARL", "FR")),
        ("CUL-03", "import", "ESPOST01", "post", "CO", [], "ES", "830629",
         "Réplicas de monedas de plata, recuerdo de Cartagena, 14 unidades", "CO", 0.4, 14, 40, "USD",
         "souvenir coin replicas are round, machine-struck pewter or plated brass; these fourteen are irregular, "
         "hand-cut silver cobs with cross-and-shield stamps, 'PVS-ULTRA' legends, black sulphide crust and coral "
         "traces: Spanish colonial 8-reales coins from a wreck off the Colombian coast, underwater cultural "
         "heritage whose removal and export Colombia forbids, posted from Cartagena to a private collector in "
         "Cádiz without an import licence (Regulation 2019/880); Colombian Spanish wording (wreck finds repeat in "
         "a few sets; a souvenir-coin label on 8-reales cobs was found in no earlier row by a keyword search)",
         {"consignee_name": "Sr. J. García", "importer_country": "ES"}),
        ("CUL-04", "import", "ITAIR01", "express", "HK", [], "IT", "050690",
         "龍骨 (中藥材), 原塊, 2 公斤", "HK", 2, None, 120, "USD",
         "longgu ('dragon bone') in herbal shops is crumbly, grey fossil bone sold by the pound; these 2 kg are "
         "polished pieces of ox scapula and turtle plastron with drilled hollows, scorch marks and finely incised "
         "archaic characters: Shang dynasty oracle bones (c. 1200 BC), archaeological objects whose export China "
         "forbids, brought in without an import licence (Regulation 2019/880), sent by express from Hong Kong to "
         "a Prato herbal importer; traditional-Chinese (Hong Kong) wording (oracle bones repeat in a few sets; a "
         "longgu herbal label, the way they were first recognised in 1899, was found in no earlier row by a "
         "keyword search)", firm("Vega Erboristeria Srl", "IT")),
        ("CUL-05", "import", "PLRAIL01", "rail", "UA", [], "PL", "680299",
         "Садова скульптура з пісковику, нова, 2 шт.", "UA", 1400, 2, 600, "EUR",
         "new sandstone garden sculptures are crisp, pale, machine-cut and evenly tooled; these two are "
         "weathered, lichen-covered grey stelae of standing figures holding a cup at the belly, with worn caps "
         "and a soil line at the feet: Polovtsian 'stone babas' (11th-13th century), taken from a steppe museum "
         "yard in the Zaporizhzhia region, whose export Ukraine forbids, brought in without an import licence "
         "(Regulation 2019/880), by rail to Przemyśl for a garden-antiques dealer; Ukrainian wording (stone babas "
         "appear once, in blind10, and garden-sculpture labels in a few; by rail from wartime Ukraine is the new "
         "part as far as a search found)", firm("Atlantic Ogród Sp. z o.o.", "PL")),
        ("CUL-06", "export", "SKROAD01", "road", "SK", ["AT"], "CH", "442090",
         "Drevená vyrezávaná plastika svätca, ľudové umenie, nová, 1 ks", "SK", 40, 1, 300, "EUR",
         "new folk-art carvings are pale, fresh-cut limewood with bright paint; this is a 110 cm limewood "
         "Saint Nicholas with gilding and layered polychromy, worm holes, a hollowed back and old iron fixings, "
         "cut out of a Spiš church altar: a Gothic sculpture (c. 1480) of Slovak national heritage, exported "
         "without the licence of Regulation 116/2009 and the Slovak export permit, on a lorry through Austria to "
         "a Basel dealer; Slovak wording (Gothic church sculpture repeats in several sets and Spiš once; a "
         "new-folk-art label by road to Switzerland is the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-07", "import", "NLSEA01", "sea", "LK", [], "NL", "090240",
         "ලංකා කළු තේ, තොග, 4,000 kg", "LK", 4000, None, 16000, "USD",
         "a Ceylon-goods container for a Rotterdam Asian wholesaler: black tea and cinnamon quills are what Sri "
         "Lanka ships, but the third item's 'පිත්තල පහන්, අලුත්' are not new brass lamps: 12 dark, heavy, "
         "green-crusted bronze seated Buddhas and Bodhisattvas with tenon stubs and earth inside: Anuradhapura-"
         "period bronzes (7th-10th century), whose export Sri Lanka forbids, brought in without an import licence "
         "(Regulation 2019/880), hidden as the last item of a three-item declaration, by sea from Colombo; Sinhala "
         "wording (Anuradhapura bronzes repeat in a few sets and brass-lamp labels in two multi-item rows from India and "
         "Egypt; behind Ceylon tea and cinnamon is the new part as far as a search found)",
         dict(firm("Horizon Oosterse Waren BV", "NL"),
              _more_items=[item("090611", "කුරුඳු පොතු, ඇල්බා, 600 kg", "LK", 600, 9000, "USD"),
                           item("940550", "පිත්තල පහන්, අලුත්, 12", "LK", 60, 240, "USD", qty=12)])),
        ("CUL-08", "export", "DKPOST01", "post", "DK", [], "US", "711719",
         "Vikingesmykker, kopier, tin, 6 stk.", "DK", 0.6, 6, 90, "EUR",
         "replica Viking jewellery is cast pewter, bright and even; these six are a twisted silver arm-ring, a "
         "Thor's-hammer pendant with filigree and four hack-silver pieces with test nicks, soil in the twists, "
         "detected on Falster and never reported: danefæ (treasure trove that belongs to the state), archaeological "
         "objects that need an export licence at any value (Regulation 116/2009), posted from Nykøbing to a buyer "
         "in Minnesota without one; Danish wording (danefæ appears once, in blind57, as gold scrap, and once in a "
         "dev probe; a replica-jewellery label is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "import", "BEAIR01", "express", "GT", [], "BE", "691390",
         "Vaso de cerámica pintada, artesanía de Chichicastenango, réplica, 1 pieza", "GT", 1.6, 1, 35, "USD",
         "Chichicastenango craft vases are thick, bright, glossy and signed by the workshop; this one is a "
         "thin-walled cylinder with a matt orange slip, a painted lord on a throne and a band of glyphs, root "
         "marks and a lime crust inside: a Late Classic Maya polychrome vase (AD 600-900), an archaeological "
         "object whose export Guatemala forbids, brought in without an import licence (Regulation 2019/880), sent "
         "by express from Guatemala City to a private collector in Brussels; Guatemalan Spanish wording (Maya "
         "vases repeat in several sets; a Chichicastenango craft label was found in no earlier row by a keyword "
         "search)", {"consignee_name": "Mme L. Dupont", "importer_country": "BE"}),
        ("CUL-10", "import", "DEAIR01", "air", "EG", [], "DE", "691390",
         "أواني فخار نوبية حمراء بحافة سوداء، صناعة يدوية حديثة، 8 قطع", "EG", 9, 8, 120, "USD",
         "new Nubian-style pots from Aswan workshops are thick, evenly fired and brightly painted; these eight "
         "thin-walled, tulip-shaped beakers are polished red with a glossy black rim, handmade without a wheel, "
         "with old breaks and sand in the cracks: Kerma culture black-topped beakers (c. 1750-1500 BC), looted "
         "from Sudan, whose export Sudan forbids, brought in through Egypt without an import licence (Regulation "
         "2019/880), flown from Cairo to Munich for a dealer; Sudanese Arabic wording (Kerma wares repeat in a few "
         "sets and Nubian-craft labels in a few; kept as a known repeat, by air to Munich is the new part)",
         firm("Central Antiken GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "TR", "844540",
         "Garnspulmaschinen für Textilbetriebe, 2 Stück", "DE", 14000, 2, 40000, "EUR",
         "yarn winding machines are multi-head frames that wind cones of yarn at a few tens of thousands of "
         "euros; these two are single-mandrel, five-axis, CNC-coordinated winders with resin baths and a "
         "mandrel able to take 2 m cases, for an Istanbul 'textile' firm whose forwarder ships on to Tabriz: "
         "filament winding machines (dual-use 1B001), exported without a licence and for a destination whose "
         "supply the Iran regulation forbids, from Hamburg to Ambarlı; German wording (filament winding "
         "machines repeat in a few sets, as a textile winder in blind25 and a yarn winder in the dev25-d probe; "
         "kept as a repeat, by sea to Türkiye for Iran is the new part)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "PK", "252220",
         "Cal hidratada para el pelambre de curtidos, sacos, 20 t", "ES", 20000, 800, 3000, "EUR",
         "hydrated lime is a soft, white, odourless powder used beside other chemicals in liming pits; these "
         "sacks hold yellow-to-red flakes that smell of rotten eggs when wet and turn a lead-acetate paper "
         "black: sodium sulphide (dual-use 1C350, a chemical-weapons precursor on the Australia Group list), "
         "exported without the licence Regulation 2021/821 requires, from Valencia to Karachi for a Lahore "
         "trading house with no tannery; Spanish wording (sodium sulphide repeats in a few sets and hydrated-lime "
         "labels in a few; under a liming label to Pakistan is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-03", "export", "FRAIR01", "express", "FR", [], "KZ", "950730",
         "Moulinets de pêche, bobines de rechange, 12 pièces", "FR", 6, 12, 480, "EUR",
         "spare fishing-reel spools are light aluminium drums with nylon line; these twelve are dense, "
         "potted coils of polarisation-maintaining optical fibre on ceramic formers with fibre pigtails and "
         "a maker's serial etched on the base: fibre-optic gyroscope coils (dual-use 7A and common high-priority "
         "items), sent by express from Paris to an Almaty 'fishing tackle' firm whose buyers are in Russia, "
         "without the licence Regulation 2021/821 requires and against Regulation 833/2014; French wording "
         "(fibre-optic gyros repeat in many sets; a fishing-reel label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-04", "export", "SIAIR01", "air", "SI", [], "AM", "850440",
         "Frekvenčni pretvorniki za pogon tekočih stopnic, 16 kosov", "SI", 320, 16, 9600, "EUR",
         "escalator drives are 50 Hz inverters of a few kW with a lift maker's firmware; these sixteen are "
         "multiphase frequency changers with an output above 600 Hz, low distortion and a maker's list price "
         "ten times the declared one, for a Yerevan 'building services' firm whose freight goes on to Tehran: "
         "frequency changers (dual-use 3A225, usable for gas centrifuges), exported without a licence and for "
         "Iran, flown from Ljubljana; Slovenian wording (frequency changers repeat in many sets and a "
         "solar-pump label once; an escalator label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-05", "import", "ROROAD01", "road", "MD", [], "RO", "220421",
         "Vin roșu desert, Moldova, sticle 0,75 l, 6.000 sticle", "MD", 5400, 6000, 30000, "EUR",
         "Moldovan dessert wine carries the excise stamps and the address of a Moldovan winery; these cases hold "
         "Massandra Muscat and Port-style wines bottled at Massandra near Yalta, with Russian-language back "
         "labels under the Romanian stickers: goods originating in Crimea, whose import into the Union "
         "Regulation 692/2014 forbids, with a Moldovan certificate of origin, on a lorry at Leușeni-Albița for a "
         "Iași wine shop; Romanian wording from Moldova (Crimean goods repeat in a few sets; Crimean wine as "
         "Moldovan was found in no earlier row by a keyword search)", firm("Orion Vinuri SRL", "RO")),
        ("STR-06", "transit", "PLROAD01", "road", "GB", ["NL", "DE", "PL"], "BY", "851660",
         "Bread makers, household, boxed, 400 pcs", "GB", 3200, 400, 16000, "GBP",
         "household bread makers are light plastic boxes of 6-8 kg with a kneading pan; the cartons on this "
         "lorry hold second-hand CNC controller units, servo drives and spindle amplifiers of a Japanese "
         "machine-tool maker, stripped from British machine tools, for a Minsk machine-tool plant: machinery "
         "whose sale, supply, transfer and transit to Belarus Regulation 765/2006 forbids, declared in transit "
         "from Felixstowe through the Netherlands, Germany and Poland to Kukuryki; English wording (CNC "
         "controllers repeat in many sets; a bread-maker label in transit to Belarus was found in no earlier row "
         "by a keyword search)", {"importer_country": "BY"}),
        ("STR-07", "export", "HUROAD01", "road", "HU", [], "RS", "851890",
         "Karaoke-gép alkatrészek, vezérlőpanelek, 1.500 db", "HU", 150, 1500, 4500, "EUR",
         "karaoke-machine control boards are cheap audio boards with a DSP, a Bluetooth chip and a microphone "
         "input; these reels and trays hold 1,500 loose 32-bit microcontrollers, 400 RF transceiver modules and "
         "300 multi-band GNSS chips with no audio part at all, for a Belgrade 'electronics' firm whose customers "
         "are Russian drone assemblers: integrated circuits and modules on the common high-priority list whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, on a lorry at "
         "Röszke; Hungarian wording (microcontrollers repeat in many sets; a karaoke label was found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-08", "export", "EEAIR01", "air", "EE", [], "KG", "852589",
         "Parkimisanduri kaamerad sõidukitele, 200 tk", "EE", 40, 200, 6000, "EUR",
         "parking-sensor cameras are small CMOS cameras with a wide-angle plastic lens at 30 EUR; these 200 are "
         "uncooled microbolometer thermal cores with germanium lenses, 640 x 512 pixels and a 30 Hz frame rate, "
         "for a Bishkek 'auto parts' firm whose buyers assemble drones in Russia: thermal-imaging cameras "
         "(dual-use 6A003 and common high-priority items), exported without a licence and against Regulation "
         "833/2014, flown from Tallinn; Estonian wording (thermal cores repeat in many sets; a parking-sensor "
         "label appears once, in blind110, on lidar units; a parking-camera label on thermal cores was found in "
         "no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "AE", "292219",
         "Amine neutralisatiemiddel voor watergedragen verven (AMP-type), 60 vaten", "BE", 12000, 60, 36000, "EUR",
         "AMP-type paint neutralisers (2-amino-2-methyl-1-propanol) are waxy, near-solid at room temperature "
         "and smell faintly of ammonia; these drums hold a thin, fishy-smelling liquid that stays liquid in a "
         "cold store, and the drum heads read CAS 96-80-0: 2-(N,N-diisopropylamino)ethanol, a VX precursor "
         "(CWC Schedule 2, dual-use 1C350), exported without a licence to a Jebel Ali paint-raw-material "
         "trader whose orders go on to Bandar Abbas, from Antwerp; Flemish wording (the aminoethanol repeats in a "
         "few sets; a paint-neutraliser label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-10", "export", "LVRAIL01", "rail", "LV", ["RU"], "KZ", "850980",
         "Elektriskās zobu birstes, iepakotas, 3.000 gab.", "LV", 900, 3000, 27000, "EUR",
         "electric toothbrushes are boxed handles with a charger at 9 EUR; these cartons hold 600 dual-band "
         "GNSS receiver boards and 300 tactical-grade MEMS inertial units in anti-static bags, with not one "
         "toothbrush, for an Almaty forwarder with Russian customers, on a train routed through Russia: "
         "navigation items on the common high-priority list, whose export for use in Russia and transit through "
         "Russia Regulation 833/2014 forbids, by rail from Riga; Latvian wording (GNSS and IMU modules repeat in "
         "many sets; a toothbrush label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DKPOST01", "post", "FO", [], "DK", "030559",
         "Turrur fiskur, heimagjørdur, 3 kg", "FO", 3, None, 450, "DKK",
         "Faroese dried fish is pale, flaky cod or saithe that smells of the sea; this parcel holds dark, "
         "almost black strips of dried meat and slabs of salted white blubber that smell of train oil: "
         "'grind' - pilot-whale meat and blubber (Globicephala melas, CITES App. II) from the Faroes, which lie "
         "outside the Union, posted from Tórshavn to a private person in Copenhagen without CITES documents; "
         "Faroese wording (pilot whale and Faroese wording were found in no earlier row by a keyword search)",
         {"consignee_name": "Privatperson", "importer_country": "DK"}),
        ("WLF-02", "import", "DKAIR01", "air", "GL", [], "DK", "960190",
         "Tupilait tuttup nassuinit / tupilakker af rensdyrtak, 24 stk.", "GL", 4, 24, 9600, "DKK",
         "tupilaks carved from reindeer antler are grey-white, porous inside and show the spongy core at the "
         "base; these 24 are dense, creamy, glossy figures with a spiral grain and a hollow pulp canal, and a "
         "few with the layered dentine of a large tooth: narwhal tusk (Monodon monoceros, CITES App. II) and "
         "sperm-whale tooth (Physeter, App. I) carvings, flown from Nuuk to Copenhagen for a gallery without "
         "CITES documents, Greenland lying outside the Union; Greenlandic and Danish wording (narwhal repeats in "
         "many sets; a tupilak label and Greenlandic wording were found in no earlier row by a keyword search)",
         firm("Nordhafen Galleri ApS", "DK")),
        ("WLF-03", "import", "BEPOST01", "post", "CD", [], "BE", "030569",
         "Makayabu (mbisi ya kokauka na mungwa), 4 kg", "CD", 4, None, 40, "USD",
         "makayabu is salted, dried, split cod or catfish, white and flaky under the salt; this parcel holds "
         "smoked, scaly limbs and a tail armoured with overlapping, brown, keratin scales, and a bag of loose "
         "scales: giant pangolin (Smutsia gigantea, CITES App. I), bushmeat and scales without CITES documents, "
         "posted from Kinshasa to a private person in Brussels (Matonge); Lingala wording (pangolin repeats in "
         "many sets and bushmeat in a few; a makayabu label and Lingala wording were found in no earlier row by a "
         "keyword search)", {"consignee_name": "Mme L. Dupont", "importer_country": "BE"}),
        ("WLF-04", "import", "ATAIR01", "express", "PK", [], "AT", "960190",
         "د وزو ښکرونه، د لاسي صنایعو لپاره، 1 جوړه", "PK", 4, 2, 60, "USD",
         "domestic goat horns for handicraft are short, ridged and curved backwards, at a few dollars a pair; "
         "these two are 90 cm, flattened, corkscrew-twisted horns with a keel, still on a skull plate: markhor "
         "horns (Capra falconeri, CITES App. I), a trophy outside Pakistan's community-hunt quota, sent by "
         "express from Peshawar to a private hunter in Graz without the export and import permits; Pashto wording "
         "(markhor appears once, in blind63; Pashto wording was found in no earlier row by a keyword search)",
         {"consignee_name": "Thomas Gruber", "importer_country": "AT"}),
        ("WLF-05", "import", "BESEA01", "sea", "TZ", [], "BE", "440729",
         "Zambezi teak (mukusi, Baikiaea plurijuga) sawn boards, kiln dried, 24 m3", "ZM", 19000, None, 14400, "USD",
         "Zambezi teak is a very heavy (900 kg/m3), dull red-brown, plain wood used for parquet; these boards "
         "weigh about 650 kg/m3, are golden to red-brown with dark streaks, cut with a sweet smell, and a "
         "shaving in water gives a blue fluorescence: mukwa (Pterocarpus angolensis, CITES App. II since 2023) "
         "without a CITES export permit, shipped from Zambia through Dar es Salaam to Antwerp for a flooring "
         "trader; Zambian English wording (Pterocarpus angolensis repeats in a few sets; a Zambezi-teak label "
         "was found in no earlier row by a keyword search)", firm("Central Parket SA", "BE")),
        ("WLF-06", "import", "PTAIR01", "air", "CN", [], "PT", "081340",
         "宁夏枸杞子, 干, 300 公斤", "CN", 300, None, 3600, "USD",
         "a herbal raw-materials air shipment for a Lisbon Chinese-medicine wholesaler: goji berries and jujubes "
         "are what such shops sell, but the third item's '熟地黄片' are not prepared rehmannia root, which is jet-black, "
         "glossy, sticky and sweet: the 120 kg are dry, brown, fleshy stem slices with rings of scale leaves, "
         "sweet-salty and oily when cut: desert cistanche (Cistanche deserticola, CITES App. II) without CITES documents, hidden "
         "as the last item of a three-item declaration, flown from Yinchuan; Chinese wording (Cistanche repeats "
         "in several sets under suoyang, Chinese-yam and sweet-potato labels; a prepared-rehmannia label was "
         "found in no earlier row by a keyword search)",
         dict(firm("Rivage Ervanária Lda", "PT"),
              _more_items=[item("081340", "新疆大枣, 干, 200 公斤", "CN", 200, 1400, "USD"),
                           item("121190", "熟地黄片, 120 公斤", "CN", 120, 480, "USD")])),
        ("WLF-07", "import", "FRAIR01", "express", "LA", [], "FR", "220890",
         "ເຫຼົ້າລາວ (lao-lao) ເຫຼົ້າຂາວ, 3 ແກ້ວ", "LA", 4.5, 3, 30, "USD",
         "lao-lao is a clear rice spirit in plain bottles; these three bottles each hold a coiled, hooded snake "
         "with a scorpion in its mouth, the hood spread and scales intact: snake wine with monocled and Chinese "
         "cobras (Naja spp., CITES App. II) without CITES documents, sent by express from Vientiane to a private "
         "buyer in Toulouse; Lao wording (snake wine appears in one earlier set and cobras in a few; a lao-lao "
         "label was found in no earlier row by a keyword search)", {"consignee_name": "M. T. Dubois",
                                                                     "importer_country": "FR"}),
        ("WLF-08", "import", "HUROAD01", "road", "RS", [], "HU", "030193",
         "Mlađ šarana, živa, u bazenima s kiseonikom, 800 kg", "RS", 800, None, 2400, "EUR",
         "one-summer carp fry are deep-bodied, golden, scaly fish with barbels at the mouth; these oxygenated "
         "tanks hold slender, grey, shark-tailed juveniles with rows of bony scutes and an underslung, "
         "barbelled snout: juvenile Russian sturgeon (Acipenser gueldenstaedtii, CITES App. II) without CITES "
         "documents or farm marking, on a lorry at Röszke for a Hungarian fish farm; Serbian wording (sturgeon "
         "caviar repeats in many sets; live juvenile sturgeon as carp fry was found in no earlier row by a "
         "keyword search)", firm("Vega Halászat Kft.", "HU")),
        ("WLF-09", "import", "NLPOST01", "post", "ID", [], "NL", "670100",
         "Hiasan kepala bulu ayam, suvenir Papua, 2 buah", "ID", 1.2, 2, 60, "USD",
         "Papuan souvenir headdresses are made of dyed chicken feathers on a rattan band; these two carry whole "
         "dried skins of birds with long, lacy, yellow and maroon flank plumes and wire-like tail feathers: "
         "greater and red birds-of-paradise (Paradisaea spp., CITES App. II) without CITES documents, posted from "
         "Jayapura to a private collector in Leiden; Indonesian wording (birds-of-paradise repeat in a few sets "
         "and headdress covers in several; a chicken-feather souvenir label from Papua is the new part as far as "
         "a search found)", {"consignee_name": "M. Bakker", "importer_country": "NL"}),
        ("WLF-10", "import", "ITAIR01", "air", "ER", [], "IT", "130190",
         "ዕጣን ኤርትራ፣ ዝተሓረየ፣ 400 ኪሎ", "ER", 400, None, 2800, "USD",
         "Eritrean frankincense is pale, translucent, yellow-white resin tears that smell of lemon and pine when "
         "burnt; these sacks hold chips and shavings of dense, yellow-brown heartwood and roots that smell sweet "
         "and milky: East African sandalwood (Osyris lanceolata, CITES App. II) without CITES documents, flown "
         "from Asmara to Milan for an incense and perfume supplier; Tigrinya wording (Osyris repeats in several "
         "sets; a frankincense label and Tigrinya wording were found in no earlier row by a keyword search)",
         firm("Meridian Aromi Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SKAIR01", "air", "JP", "SK", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (hydroponic growing)", "JP", 4.5, 4, 6000,
     "JPY", [("PRECURSOR_LICENCE", "SK-MV-46-0091")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRPOST01", "post", "BA", "HR", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "BA", 2, 2, 60, "EUR",
     [("PRECURSOR_LICENCE", "HR-MUP-46-0038")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "IS", "DE", "262040",
     "Spent pot lining (16 11 01*), first cut, for treatment at a licensed plant, 60 t", "IS", 60000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-HH-46-0119")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "export", "FISEA01", "sea", "FI", "KR", "854913",
     "Lithium-ion battery black mass, for hydrometallurgical recovery at a licensed plant, 40 t", "FI", 40000, None,
     0, "EUR", [("BASEL_CONSENT", "FI-SYKE-46-0027")], "notified black mass to a licensed recovery plant in an OECD country"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "IL", "ES", "290361",
     "Methyl bromide 99.5 %, 40 cylinders, for use as feedstock in pharmaceutical synthesis", "IL", 2000, 40, 16000,
     "USD", [("ODS_LICENCE", "ES-MITECO-ODS-46-011")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "SG", "NL", "290376",
     "Recovered halon 1301, 20 cylinders, for critical use in aircraft fire protection", "SG", 1200, 20, 60000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-46-004")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DKAIR01", "air", "DK", "US", "970510",
     "Viking-age silver arm-ring, 10th century, released by the National Museum, for a US museum loan-purchase",
     "DK", 0.3, 1, 45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DK-SLKS-EXP-46-0052")],
     "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Old Babylonian cuneiform tablet, documented Swiss collection since 1968", "CH", 0.2, 1, 18000, "CHF",
     [("IMPORT_LICENCE", "DE-BKM-IMP-46-0014")], "archaeological object imported with the import licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "901420",
     "Fibre-optic gyroscopes, navigation grade, 6 units, for an Indian hydrographic survey firm", "FR", 30, 6, 180000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-46-0433"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-46-0118")],
     "dual-use gyroscopes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "PK", "283010",
     "Sodium sulphide flakes 60 %, 20 t, for a Kasur tannery", "ES", 20000, 800, 9000, "EUR",
     [("EXPORT_LICENCE", "ES-SGCIDU-46-0271"), ("END_USER_CERTIFICATE", "PK-MOC-EUC-46-0065")],
     "dual-use sodium sulphide under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "TZ", "BE", "440729",
     "Mukwa (Pterocarpus angolensis) sawn boards, kiln dried, 24 m3", "ZM", 15600, None, 21600, "USD",
     [("CITES_PERMIT", "ZM-DNPW-46-0102")], "App. II mukwa timber with its export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "PK", "AT", "050790",
     "Markhor hunting trophy (Capra falconeri), horns and skull plate, community-quota hunt", "PK", 6, 1, 800, "USD",
     [("CITES_PERMIT", "PK-CITES-46-0007"), ("CITES_PERMIT", "AT-BML-46-0031")],
     "App. I trophy with its export and import permits"),
]

CONSIGNEES = {
    "PRM-01": "Mgr. P. Horváth", "PRM-02": "Ivan Horvat", "PRM-05": "Meridian Farmacéutica SL",
    "PRM-08": "Orion Altorient GmbH", "PRM-11": "Central Parket SA", "PRM-12": "Thomas Gruber",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("220110", "Zamzam water, 5 l bottles", "import", ["air"], ["SA"], (1, 2), (500, 2000), ["USD"], 0.2, S),
    ("220890", "Pisco, 40 %, 700 ml bottles", "import", ["sea"], ["CL", "PE"], (6, 12), (4000, 10000), ["USD"], 1, S),
    ("151530", "Castor oil, cold-pressed, 1 l bottles", "import", ["sea"], ["IN"], (2, 4), (5000, 15000), ["USD"], 1, S),
    ("330190", "Kewra water, 500 ml bottles", "import", ["air"], ["BD", "IN"], (2, 4), (200, 800), ["USD"], 2, S),
    ("210690", "Creatine monohydrate supplement, 1 kg tubs", "import", ["post"], ["BA", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 1, S),
    ("250100", "Flor de sal, 250 g jars", "import", ["post"], ["CV", "SN"], (15, 30), (1, 3), ["EUR"], 4, S),
    ("250100", "Coarse herring-curing salt, 25 kg sacks", "import", ["road"], ["NO"], (0.15, 0.3), (10000, 24000), ["EUR"], 0.04, S),
    ("220110", "Hydrogen-rich drinking water, 500 ml pouches", "import", ["express"], ["JP", "KR"], (10, 20), (1, 4), ["USD"], 2, S),
    ("330741", "Incense sticks, hand-rolled", "import", ["air"], ["NP", "IN"], (4, 8), (100, 500), ["USD"], 20, S),
    ("291429", "Camphor tablets, refined", "import", ["air"], ["IN", "NP"], (8, 14), (50, 300), ["USD"], 10, S),
    ("340290", "Car shampoo concentrate, IBC", "export", ["road"], ["BA", "RS"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("392330", "HDPE drums, new, 220 l", "export", ["sea"], ["GW", "SN"], (2, 4), (3000, 8000), ["EUR"], 0.1, S),
    ("440290", "Biochar soil improver, big bags", "export", ["road"], ["RS", "MK"], (0.5, 1), (10000, 24000), ["EUR"], None, S),
    ("390690", "Styrene-acrylic dispersion for facade paints, IBC", "export", ["road"], ["AL", "RS"], (1.2, 2), (15000, 22000), ["EUR"], None, S),
    ("251320", "Garnet abrasive, new, 80 mesh, for waterjet cutting", "export", ["sea"], ["TN", "EG"], (0.3, 0.6), (15000, 24000), ["EUR"], None, S),
    ("700719", "Toughened glass panes for greenhouses, new", "export", ["sea"], ["KE", "MA"], (1.5, 3), (10000, 20000), ["EUR"], None, S),
    ("250840", "Cosmetic green clay, fine, bags", "export", ["sea"], ["MA", "TN"], (0.8, 2), (5000, 15000), ["EUR"], None, S),
    ("680710", "Bituminous waterproofing membranes, rolls", "export", ["road"], ["BA", "RS"], (0.6, 1.2), (15000, 24000), ["EUR"], 0.025, S),
    ("731100", "Inert-gas fire-suppression cylinders (IG-541), new, empty", "import", ["sea"], ["SG", "CN"], (4, 8), (3000, 8000), ["USD"], 0.012, S),
    ("340399", "Water-based mould release agent for PU soles", "import", ["sea"], ["TH", "VN"], (2, 4), (8000, 16000), ["USD"], None, S),
    ("845011", "Used washing machines, tested", "import", ["road"], ["GB"], (1, 2), (6000, 15000), ["GBP", "EUR"], 0.014, S),
    ("841869", "Used bulk milk cooling tanks, refrigerant recovered", "export", ["road"], ["UA", "MD"], (2, 4), (3000, 9000), ["EUR"], 0.002, S),
    ("290211", "Cyclohexane, analytical reagent", "import", ["air"], ["IN", "CN"], (4, 8), (100, 500), ["USD"], 1, S),
    ("390950", "PU mounting foam, hydrocarbon-propelled, 750 ml cans", "import", ["road"], ["TR", "RS"], (2, 4), (8000, 16000), ["EUR"], 1.2, S),
    ("690740", "Handmade ceramic clay tiles, samples", "import", ["air"], ["AE", "TR"], (5, 10), (50, 300), ["USD"], 4, S),
    ("442090", "Hand-carved cottonwood dolls, new, Southwest craft", "import", ["express"], ["US"], (40, 80), (1, 3), ["USD"], 2, S),
    ("830629", "Replica silver coins, souvenir", "import", ["post"], ["CO", "MX"], (20, 40), (1, 2), ["USD"], 30, S),
    ("680299", "Sandstone garden sculptures, new", "import", ["rail"], ["UA", "CN"], (1, 2), (8000, 20000), ["EUR", "USD"], 0.02, S),
    ("940550", "Brass oil lamps, new, non-electric", "import", ["sea"], ["LK", "IN"], (6, 12), (1000, 4000), ["USD"], 1, S),
    ("711719", "Viking-style replica jewellery, pewter", "export", ["post"], ["US", "CA"], (40, 80), (1, 2), ["EUR"], 20, S),
    ("691390", "Painted Maya-style ceramic vases, new", "import", ["express"], ["GT", "MX"], (20, 40), (1, 3), ["USD"], 1, S),
    ("442090", "Carved wooden folk-art figures, new", "export", ["road"], ["CH"], (20, 40), (200, 800), ["EUR"], 0.5, S),
    ("844540", "Yarn winding machines, new", "export", ["sea"], ["TR", "EG"], (15, 30), (3000, 10000), ["EUR"], 0.001, S),
    ("252220", "Hydrated lime for tannery liming, bags", "export", ["sea"], ["PK", "IN"], (0.15, 0.3), (20000, 26000), ["EUR"], None, S),
    ("950730", "Fishing reels, spinning, boxed", "export", ["express"], ["KZ", "NO"], (60, 120), (1, 3), ["EUR"], 3, S),
    ("843139", "Escalator drive units and parts", "export", ["air"], ["AM", "GE"], (20, 40), (200, 1000), ["EUR"], 0.02, S),
    ("200969", "Moldovan grape juice, bottled", "import", ["road"], ["MD"], (0.8, 1.5), (8000, 18000), ["EUR"], 1, S),
    ("851660", "Bread makers, household", "import", ["sea"], ["CN", "TR"], (8, 14), (3000, 8000), ["USD"], 0.15, S),
    ("852589", "Car parking-sensor cameras", "export", ["air"], ["KG", "KZ"], (50, 100), (50, 300), ["EUR"], 10, S),
    ("850980", "Electric toothbrushes, boxed", "export", ["rail"], ["KZ", "CN"], (30, 60), (1000, 4000), ["EUR"], 4, S),
    ("440729", "Zambezi teak (mukusi) sawn boards", "import", ["sea"], ["ZM", "TZ"], (0.6, 1.0), (15000, 25000), ["USD"], None, S),
    ("220890", "Lao-lao rice spirit, 700 ml", "import", ["sea"], ["LA", "TH"], (3, 6), (3000, 8000), ["USD"], 1, S),
    ("130190", "Frankincense resin (Boswellia), sorted tears", "import", ["air"], ["ER", "SO", "ET"], (8, 15), (100, 600), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("570220", "Coir doormats, woven", "import", ["sea"], ["IN", "LK"], (1.2, 2.2), (4000, 10000), ["USD"], 0.7, N),
        ("910521", "Wall clocks, battery quartz", "import", ["sea"], ["CN", "TW"], (6, 10), (2000, 6000), ["USD"], 1, N),
        ("481710", "Paper envelopes, white, boxed", "import", ["road"], ["TR", "GB"], (1.2, 2), (5000, 12000), ["EUR", "GBP"], None, N),
        ("321310", "Watercolour paint sets, student grade", "import", ["post", "express"], ["GB", "JP"], (20, 40), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind120", 20460301, HERE)


if __name__ == "__main__":
    main()
