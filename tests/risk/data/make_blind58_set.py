#!/usr/bin/env python3
"""Writes the fifty-eighth blind set (tests/risk/data/blind58-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2035, with goods, routes,
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
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL58-*:

    python3 tests/risk/data/make_blind58_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2035, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2035
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEAIR01", "express", "GB", [], "SE", "340590",
         "Teakrengöring för båtdäck, del B, 4 x 1 l", "GB", 4.5, 4, 70, "GBP",
         "teak-deck cleaners are oxalic-acid powders or mild soap gels at about 1.0 kg/l; these four litres weigh "
         "1.13 kg/l, fizz on a rag and bleach the wood white in a minute, and the manufacturer's data sheet behind "
         "the retail label gives 35 % hydrogen peroxide (Annex I above 12 %), for a private boat owner; Swedish "
         "wording (hydrogen peroxide repeats in many sets; a teak-deck brightener cover is new as far as a search "
         "found)", person("Privatperson", "SE")),
        ("PRE-02", "import", "GRAIR01", "express", "US", [], "GR", "340290",
         "Αντιθαμβωτικό υγρό για μάσκες κατάδυσης, συμπυκνωμένο, 4 x 1 l", "US", 4.6, 4, 90, "USD",
         "diving-mask anti-fog is a surfactant sold in 30-60 ml bottles; four litres of a water-clear, fruity-smelling "
         "liquid at 1.14 kg/l that does not foam, with CAS 75-52-5 on the inner labels, are nitromethane (Annex I "
         "above 16 %), for a private person on Crete; Greek wording (nitromethane repeats in many sets; the diving "
         "anti-fog cover is new as far as a search found)", person("Idiotis", "GR")),
        ("PRE-03", "import", "FIPOST01", "post", "US", [], "FI", "381010",
         "Ruosteruskistusliuos vanhoille haulikoille, 4 x 1 l", "US", 5.6, 4, 60, "USD",
         "slow rust-bluing solutions are sold in 100 ml bottles and hold a few per cent of acid salts; these four "
         "litres weigh 1.40 kg/l, give off brown fumes when opened and dissolve a copper wire: about 65 % nitric acid "
         "(Annex I above 3 %), posted to a private person although corrosive liquids may not go by post; Finnish "
         "wording (nitric acid repeats; gun-bluing covers hid potassium nitrate twice; nitric acid as a rust-bluing "
         "solution is new as far as a search found)", person("Yksityishenkilö", "FI")),
        ("PRE-04", "import", "BGROAD01", "road", "TR", [], "BG", "340250",
         "Препарат за почистване на мраморни подове, 10 x 5 l", "TR", 92, 10, 150, "EUR",
         "marble must never be cleaned with acid, and marble floor cleaners are neutral soaps at about 1.0 kg/l; "
         "these fifty litres of an oily, water-clear liquid weigh 1.84 kg/l and char a wooden spatula: concentrated "
         "sulphuric acid (Annex I above 15 %), sent by groupage truck to a private person in Plovdiv; Bulgarian "
         "wording (sulphuric acid repeats; a marble-cleaner cover is new as far as a search found)",
         person("Частно лице", "BG")),
        ("PRE-05", "import", "BEAIR01", "express", "US", [], "BE", "250700",
         "Kaolien EPK voor pottenbakken, 25 lb", "US", 11.3, 1, 35, "USD",
         "a home potter's order of kaolin and silica whose third line, 'frit 3134', is 10 kg of fine white crystals, "
         "not the glassy, insoluble granules of a frit: they dissolve in water, flare on a hot plate and the inner "
         "bags carry CAS 3811-04-9, potassium chlorate (Annex I above 40 %), for a private person; Flemish wording "
         "(potassium chlorate repeats, once as a historic tooth powder and once as a homeopathic substance; a glaze "
         "frit in a pottery order is new as far as a search found)",
         {"consignee_name": "Particulier", "importer_country": "BE",
          "_more_items": [item("250610", "Kwartsmeel 325 mesh, 25 lb", "US", 11.3, 30, "USD", qty=1),
                          item("320740", "Frit 3134, glazuurfrit, 4 x 2,5 kg", "US", 10, 40, "USD", qty=4)]}),
        ("PRE-06", "import", "CZPOST01", "post", "CN", [], "CZ", "283699",
         "Magnézium pro lezení, práškové, 5 x 2 kg", "CN", 10, 5, 45, "USD",
         "climbing chalk is magnesium carbonate, so light that a 2 kg bag is the size of a pillow; these 2 kg bags "
         "are small and heavy, the powder does not dry the hands and the inner bags carry CAS 7778-74-7: potassium "
         "perchlorate (Annex I above 40 %), posted to a private person; Czech wording (potassium perchlorate repeats; "
         "a climbing-chalk cover hid magnalium powder once; perchlorate as climbing chalk is new as far as a search "
         "found)", person("Soukromá osoba", "CZ")),
        ("PRE-07", "import", "PTPOST01", "post", "GB", [], "PT", "382499",
         "Sais para água de cervejaria caseira, tipo Burton, 4 x 2,5 kg", "GB", 10, 4, 45, "GBP",
         "Burton brewing salts are gypsum and Epsom salt, used by the teaspoon, sold in 100 g tubs; ten kilograms of "
         "clear crystals that dissolve completely, with the oxidiser pictogram and CAS 7775-09-9 under the label, "
         "are sodium chlorate (Annex I above 40 %), posted to a private person; Portuguese wording (sodium chlorate "
         "repeats in many sets; a home-brewing salt cover is new as far as a search found)",
         person("Particular", "PT")),
        ("PRE-08", "import", "EEPOST01", "post", "CN", [], "EE", "950590",
         "Kunstlume pulber jõulukaunistusteks, 4 x 2 kg", "CN", 8, 4, 30, "USD",
         "instant snow is sodium polyacrylate, a few grams of which swell into fluffy flakes in water; these eight "
         "kilograms of crystals dissolve instead of swelling, draw moisture from the air and carry CAS 7601-89-0: "
         "sodium perchlorate (Annex I above 40 %), posted to a private person in December; Estonian wording "
         "(sodium perchlorate repeats; a Christmas instant-snow cover is new as far as a search found)",
         person("Eraisik", "EE")),
        ("PRE-09", "import", "SKROAD01", "road", "UA", [], "SK", "701810",
         "Sklenené guľôčky na vodorovné dopravné značenie, 4 x 25 kg", "UA", 100, 4, 90, "EUR",
         "road-marking glass beads are hard, glassy spheres that sink in water and do not dissolve; these white "
         "prills dissolve at once, turn the water ice-cold, melt on a hot plate, and a bag print reads 'N 34,4 %': "
         "ammonium nitrate (Annex I at 16 % N or more), sent by groupage truck to a private person in Košice who "
         "paints no roads; Slovak wording (ammonium nitrate repeats in many sets; a road-marking glass-bead cover is "
         "new as far as a search found)", person("Súkromná osoba", "SK")),
        ("PRE-10", "import", "PLAIR01", "express", "UA", [], "PL", "380894",
         "Дезінфектор для інкубаторів і пташників, 4 x 5 л", "UA", 22.6, 4, 80, "EUR",
         "hatchery disinfectants are quaternary ammonium or peroxide blends of a few per cent; these twenty litres "
         "weigh 1.13 kg/l, sit under vented caps and bleach the skin white: about 35 % hydrogen peroxide (Annex I above "
         "12 %), for a private person who keeps a few quails; Ukrainian wording (hydrogen peroxide repeats; an "
         "incubator-disinfectant cover is new as far as a search found)", person("Osoba prywatna", "PL")),
    ],
    "waste": [
        ("WST-01", "import", "ITROAD01", "road", "CH", [], "IT", "250510",
         "Sabbia silicea lavata per filtri a gravità, sfusa, 24 t", "CH", 24000, None, 960, "EUR",
         "filter sand is washed, pale and even; this tipper holds grey sand full of copper-jacketed bullet fragments "
         "and lead splinters, dug out of the backstop of a Ticino shooting range, which a laboratory gives at about "
         "2 % lead with antimony: soil and stones containing hazardous substances (17 05 03*), whose import for "
         "washing needs notification and the consent of both countries, which were not sought; Italian wording "
         "from Ticino (contaminated soil repeats; shooting-range backstop sand as filter sand is new as far as a "
         "search found)", {"importer_country": "IT"}),
        ("WST-02", "export", "PLRAIL01", "rail", "PL", [], "UA", "860729",
         "Wstawki hamulcowe kompozytowe do wagonów towarowych, używane, do ponownego użycia, 6 000 szt.", "PL",
         60000, 6000, 6000, "EUR",
         "composite brake blocks of the 1980s were pressed with chrysotile; these six thousand, worn to a few "
         "millimetres when the wagons were refitted with new blocks, are crumbling and a laboratory finds asbestos "
         "in the friction mass: brake linings containing asbestos (16 01 11*), hazardous waste whose export to a "
         "non-OECD country is banned, sold 'for reuse' to a Ukrainian wagon-repair yard; Polish wording (asbestos "
         "repeats in many forms; railway brake blocks are new as far as a search found)", {"importer_country": "UA"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "NG", "271311",
         "Petroleumcokes, niet gecalcineerd, fijn, big bags, 40 t", "NL", 40000, None, 2400, "EUR",
         "green petroleum coke is a hard, glossy black grain; these bags hold a dried black paste smelling of fuel, "
         "the residue a Rotterdam port-reception plant filters out of ships' exhaust-gas scrubber wash water, rich "
         "in vanadium, nickel and PAH, sold as kiln fuel to a Nigerian cement works: hazardous waste (sludges from "
         "exhaust-gas cleaning, 19 01 07* / 10 01 18*) whose export to a non-OECD country is banned; Dutch wording "
         "(scrubber residues are new as far as a search found)", {"importer_country": "NG"}),
        ("WST-04", "export", "ESROAD01", "road", "ES", [], "MA", "871160",
         "Patinetes eléctricos de segunda mano, revisados, 900 unidades", "ES", 13500, 900, 9000, "EUR",
         "nine hundred kick scooters retired from a Madrid sharing fleet, many pulled from the river or vandalised, "
         "with bent stems, broken displays and swollen lithium-ion packs, none tested, sent by trailer over the "
         "Algeciras-Tanger Med ferry at 10 EUR apiece: waste electrical equipment with lithium batteries (16 02 13*, "
         "16 06 ...), hazardous waste whose export to a non-OECD country is banned; Spanish wording (e-bikes and "
         "used batteries repeat; a scrapped sharing fleet to Morocco is new as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "IN", "853521",
         "Disjoncteurs à huile moyenne tension, d'occasion, réutilisables, 36 unités", "BE", 43200, 36, 10800, "EUR",
         "thirty-six 1970s bulk-oil circuit breakers pulled out of a Walloon substation when it was refitted, still "
         "holding their oil, which a test gives at over 50 mg/kg of PCBs, with asbestos arc chutes and no test "
         "certificates, sold 'for reuse' to an Indian switchgear dealer at 0.25 EUR/kg, the price of scrap: "
         "discarded equipment containing PCBs and free asbestos (16 02 10*, 16 02 12*), hazardous waste whose export "
         "to a non-OECD country is banned; Belgian French wording (PCB capacitors and transformers repeat; oil "
         "circuit breakers are new as far as a search found)", {"importer_country": "IN"}),
        ("WST-06", "export", "GRSEA01", "sea", "GR", [], "BD", "890110",
         "Ro-ro passenger ferry 'AEGEAN STAR', 1979, for continued trading, 1 unit", "GR", 5200000, 1, 2600000, "USD",
         "a 1979 Aegean ferry, laid up for three years, is sold to a cash buyer, reflagged to Palau and declared for "
         "'continued trading' to Chattogram, where no ferry route needs her; the price, 500 USD a lightweight tonne, is "
         "the beaching rate, and her survey lists asbestos lagging and PCB cables: a ship sent for scrapping is waste "
         "(Basel, Regulation 1013/2006) whose export to a non-OECD country is banned, and an EU-flagged ship must be "
         "recycled at a listed yard (Regulation 1257/2013); English wording (ships sold to cash buyers repeat in about "
         "five rows; a Greek passenger ferry to Bangladesh is new as far as a search found)",
         {"importer_country": "BD"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "BA", "252329",
         "Portland cement CEM II/B-LL 42,5 R, u big bag vrećama, 24 t", "HR", 24000, None, 480, "EUR",
         "cement is grey and sells at about 100 EUR/t; this tan, salty dust at 20 EUR/t is the bypass dust a "
         "Dalmatian cement kiln bleeds off to keep chlorides out of its clinker, rich in chlorides, lead and "
         "thallium, sold to a Bosnian block maker: solid waste from gas treatment containing hazardous substances "
         "(10 13 12*), whose export to a non-OECD country is banned; Croatian wording (cement kilns appear as "
         "destinations of waste fuels, and their magnesia-chrome bricks once; kiln bypass dust sold as cement is new "
         "as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "CZROAD01", "road", "CZ", ["HU"], "RS", "282739",
         "Chlorid železnatý, roztok 20 %, technický, pro čištění odpadních vod, 24 t", "CZ", 24000, None, 720, "EUR",
         "ferrous chloride for water treatment is a clear green solution with little free acid; this tanker holds "
         "spent pickling liquor from a hot-dip galvanising plant, dark, fuming, with about 8 % free hydrochloric acid "
         "and several per cent of zinc: spent pickling acid (11 01 05*), hazardous waste whose export to a non-OECD "
         "country is banned; Czech wording (spent pickling liquor repeats "
         "in about six rows; declared as a ferrous chloride product for a Serbian buyer it is new as far as a search "
         "found)", {"importer_country": "RS"}),
        ("WST-09", "export", "LUPOST01", "post", "LU", [], "HK", "851713",
         "Al Handyen, gebraucht, fir Reparatur, 60 Stéck", "LU", 12, 60, 120, "EUR",
         "sixty dead smartphones with cracked screens and swollen batteries, posted to a Hong Kong trader who pays "
         "2 EUR apiece for their boards: waste electrical equipment with lithium batteries, hazardous waste whose "
         "export to a non-OECD country is banned, and lithium batteries that may not go by post outside equipment "
         "that works; Luxembourgish wording (used phones repeat as WEEE; by post from Luxembourg to Hong Kong is new "
         "as far as a search found)", {"importer_country": "HK"}),
        ("WST-10", "export", "DEAIR01", "express", "DE", [], "PK", "854089",
         "Elektronenröhren, gebraucht, für Verstärkerreparatur, 8 Stück", "DE", 96, 8, 400, "EUR",
         "amplifier valves weigh a few hundred grams; these eight 12 kg tubes with copper cavities and white ceramic "
         "windows are klystrons pulled from a dismantled broadcast transmitter, whose ceramics are beryllium oxide, "
         "sold to a Lahore scrap trader to strip the copper: waste containing beryllium (A1010/A1020, 16 02 15*), "
         "hazardous waste whose export to a non-OECD country is banned, whose dust is toxic when broken; German "
         "wording (klystrons and beryllia ceramics are new as far as a search found)", {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLROAD01", "road", "GB", [], "NL", "871000",
         "Gedemilitariseerde rupsvoertuigen FV432, voor verzamelaars, 3 stuks", "GB", 45000, 3, 36000, "GBP",
         "three ex-British Army tracked carriers bought at a surplus auction and driven off the Harwich ferry for a "
         "Dutch collectors' club; the engine bays still hold their fixed fire-suppression bottles, whose data plates "
         "and pressure read bromotrifluoromethane (halon 1301): products and equipment containing halons may not be "
         "imported, collectors' vehicles included (Regulation 2024/590); Dutch wording (halon 1301 repeats; ex-army "
         "armoured vehicles with their halon bottles are new as far as a search found)",
         {"importer_name": "Stichting Rupsvoertuigen Brabant", "consignee_name": "Stichting Rupsvoertuigen Brabant",
          "importer_country": "NL"}),
        ("OZN-02", "export", "ATROAD01", "road", "AT", [], "BA", "860310",
         "Gebrauchte Niederflur-Straßenbahnwagen, betriebsbereit, 6 Stück", "AT", 180000, 6, 300000, "EUR",
         "six 1990s low-floor trams retired by an Austrian city and sold to a Bosnian operator on low-loaders, "
         "their roof air-conditioning units still charged with about 9 kg of HCFC-22 each, as their plates show, to "
         "run as they are: the export of equipment relying on HCFCs is banned (Regulation 2024/590); Austrian German "
         "wording (R-22 equipment repeats, and Tatra trams appear once as waste with asbestos and PCBs; low-floor "
         "trams exported with their HCFC units are new as far as a search found)", {"importer_country": "BA"}),
        ("OZN-03", "import", "ITAIR01", "express", "US", [], "IT", "382499",
         "Spray ad aria per l'addestramento dei cani, 48 bombolette", "US", 9.6, 48, 380, "USD",
         "dog-training sprays are sold as a puff of 'air'; the US cans list 1,1,1,2-tetrafluoroethane (HFC-134a) as "
         "their only content: technical aerosols with HFCs of GWP 150 or more may not be placed on the market, and "
         "these are for a Turin dog trainer's resale (Regulation 2024/573, Annex IV); Italian wording (HFC air "
         "dusters repeat in about seven rows; a dog-training spray is new as far as a search found)",
         person("Sig. M. Bianchi", "IT")),
        ("OZN-04", "import", "GRSEA01", "sea", "CN", [], "GR", "842410",
         "Πυροσβεστήρες ξηράς κόνεως 6 kg, ναυτιλιακοί, 300 τεμ.", "CN", 3000, 300, 6000, "USD",
         "dry-powder extinguishers rattle when shaken and read about 15 bar; these slosh, their gauges read the low "
         "pressure of a liquefied gas and a sticker under the label reads 'BCF': bromochlorodifluoromethane (halon "
         "1211), for a Piraeus ship chandler supplying old bulk carriers; halons may not be imported except for "
         "listed critical uses with a licence (Regulation 2024/590); Greek wording (halon 1211 extinguishers repeat in "
         "about eight rows; a dry-powder label for a ship chandler is new as far as a search found)",
         {"importer_name": "Naftiliaki Promitheftiki AE", "consignee_name": "Naftiliaki Promitheftiki AE",
          "importer_country": "GR"}),
        ("OZN-05", "transit", "MTSEA01", "sea", "IN", ["MT"], "LY", "382768",
         "Refrigerant R-454B, returnable cylinders 926 kg, 18 pcs", "IN", 16668, 18, 90000, "USD",
         "R-454B is a mildly flammable HFC-HFO blend that reads about 14 bar at 20 °C; these tonners read about 8 bar "
         "and a sample gives chlorodifluoromethane (HCFC-22), trans-shipped in Marsaxlokk for Misrata: controlled "
         "substances may not be brought into the Union, transit included, without a licence (Regulation 2024/590); "
         "Indian English wording (HCFC-22 repeats in many sets and an R-454B label "
         "hid it twice; a transit through Malta to Libya is new as far as a search found)", {"importer_country": "LY"}),
        ("OZN-06", "export", "ESSEA01", "sea", "ES", [], "SN", "890200",
         "Buque conxelador de pesca usado, con planta frigorífica, 1 unidade", "ES", 620000, 1, 900000, "EUR",
         "a 1986 Vigo freezer trawler sold to a Dakar owner with her ammonia-free plate freezers and holds still "
         "charged with about 3 t of HCFC-22, to be fished on as she is: the export of equipment relying on HCFCs is "
         "banned (Regulation 2024/590), and the charge is itself a controlled substance; Galician wording (R-22 "
         "plants exported whole repeat as ice-rink plants, a stern trawler appears once as a ship sent for scrapping "
         "(blind54) and bottles for a trawler's plant once; a working freezer trawler exported with her HCFC charge "
         "is new as far as a search found)", {"importer_country": "SN"}),
        ("OZN-07", "import", "DESEA01", "sea", "US", [], "DE", "841850",
         "Getränkekühltruhen, Vintage 1950er, restauriert, 12 Stück", "US", 1440, 12, 14400, "USD",
         "twelve restored 1950s soda chest coolers for a Hamburg dealer in American collectables, their original "
         "compressors and lines still charged with dichlorodifluoromethane (CFC-12), which the tags and a leak test "
         "show: products and equipment containing CFCs may not be imported, collectors' items included (Regulation "
         "2024/590); German wording (CFC-12 repeats, and retro drinks dispensers appear once in a development set; "
         "soda chest coolers for a collectables dealer are new as far as a search found)", {"importer_name": "Route 66 Sammlerstücke GmbH", "consignee_name": "Route 66 Sammlerstücke GmbH",
                    "importer_country": "DE"}),
        ("OZN-08", "import", "NLPOST01", "post", "IN", [], "NL", "340290",
         "Upholstery stain remover, solvent, 6 x 1 l", "IN", 8, 6, 36, "USD",
         "solvent spot removers are hydrocarbons at about 0.75 kg/l; these six litres weigh 1.33 kg/l, smell sweet, "
         "do not burn, and a laboratory gives 1,1,1-trichloroethane (methyl chloroform), posted to an upholsterer "
         "in Utrecht: it may not be imported or placed on the market (Regulation 2024/590); Indian English wording "
         "(1,1,1-trichloroethane repeats in about ten rows, once as correction-fluid thinner; an upholstery stain "
         "remover is new as far as a search found)", person("M. Bakker", "NL")),
        ("OZN-09", "import", "FRSEA01", "sea", "US", [], "FR", "870324",
         "Camping-cars américains d'occasion, classe A, 1998-2004, 8 unités", "US", 96000, 8, 160000, "USD",
         "eight American motorhomes bought at US auctions for a Normandy importer of RVs, each with two roof "
         "air-conditioners and a dash unit whose plates read R-22, still charged: products and equipment relying "
         "on HCFCs may not be imported (Regulation 2024/590); French wording (R-22 equipment repeats; American "
         "motorhomes with their roof units are new as far as a search found)",
         {"importer_name": "Normandie Camping-Cars SARL", "consignee_name": "Normandie Camping-Cars SARL",
          "importer_country": "FR"}),
        ("OZN-10", "import", "PTSEA01", "sea", "CN", [], "PT", "841582",
         "Aparelhos de ar condicionado de parede (PTAC) para hotel, R-410A, 240 unidades", "CN", 12000, 240, 96000, "USD",
         "through-the-wall hotel units for an Algarve hotel refurbishment; the factory still builds the same model "
         "with HCFC-22 for markets that may use it until 2030, and these units' plates under the R-410A stickers "
         "and a gas test give chlorodifluoromethane: products and equipment relying on HCFCs may not be imported "
         "(Regulation 2024/590); Portuguese wording (HCFC-22 split units under HFC labels repeat; packaged terminal "
         "units for a hotel are new as far as a search found)",
         {"importer_name": "Algarve Hotelaria Lda", "consignee_name": "Algarve Hotelaria Lda", "importer_country": "PT"}),
    ],
    "cultural": [
        ("CUL-01", "import", "HRROAD01", "road", "BA", [], "HR", "680292",
         "Kameni blok od vapnenca, ukrasni, za vrt, 1 kom.", "BA", 2400, 1, 300, "EUR",
         "a 2.4 t limestone block shaped like a gabled house, weathered, lichen-covered, carved with a relief of a "
         "horseman, a crescent and spiral bands, lifted from a hillside necropolis in Herzegovina, is a stećak, a "
         "medieval tombstone (12th-16th century) of the kind listed as world heritage: Bosnia and Herzegovina "
         "forbids the export of national monuments and movable heritage, and cultural goods removed illegally may "
         "not be brought into the Union (Regulation 2019/880); Bosnian wording (stećci are new as far as a search "
         "found)", {"importer_country": "HR"}),
        ("CUL-02", "import", "BEAIR01", "air", "NG", [], "BE", "691390",
         "Mutum-mutumin yumbu, sabon aikin hannu, 1", "NG", 9, 1, 90, "USD",
         "a hollow terracotta head with a long face, heavy-lidded eyes, a beard and lip ornaments, its surface "
         "eroded and earth in its cracks, is a Sokoto terracotta (roughly 500 BC - AD 200) from the north-west of "
         "Nigeria: Nigeria forbids the export of antiquities without a permit of its museums commission, and an "
         "archaeological object over 250 years needs an EU import licence (Regulation 2019/880); Hausa wording "
         "(Nok terracottas repeat; Sokoto terracottas are new as far as a search found)",
         {"importer_country": "BE"}),
        ("CUL-03", "import", "DEAIR01", "air", "BR", [], "DE", "680292",
         "Placas de pedra Cariri polidas, decorativas, 6 unidades", "BR", 60, 6, 120, "USD",
         "Cariri limestone tiles are flat and plain; these six split slabs hold the bones of a pterosaur with a "
         "crested skull and a partial wing, from the Crato and Santana formations of the Araripe basin: Brazil "
         "owns its fossils and forbids their export (Decree-Law 4,146/1942), and palaeontological specimens removed "
         "illegally may not be brought into the Union (Regulation 2019/880); Brazilian Portuguese wording (Santana "
         "fossil fish under decorative-stone and replica covers repeat in about five rows; a pterosaur is new as far "
         "as a search found)",
         {"importer_country": "DE"}),
        ("CUL-04", "import", "NLAIR01", "air", "ID", [], "NL", "442090",
         "Patung kayu, kerajinan tangan baru, 1 buah", "ID", 7, 1, 80, "USD",
         "a seated wooden ancestor figure with a tall crown-like headdress, a single earring and hands holding a "
         "cup, worn smooth and darkened by smoke, with insect damage at the base, is an adu zatua from a house on "
         "Nias (19th century or earlier): Indonesia protects its cultural property and requires a permit for its "
         "export, and cultural goods removed illegally may not be brought into the Union (Regulation 2019/880); "
         "Indonesian wording (Nias figures are new as far as a search found)", {"importer_country": "NL"}),
        ("CUL-05", "export", "ESPOST01", "post", "ES", [], "US", "830629",
         "Figureta de bronze, rèplica per a col·leccionistes, 1 peça", "ES", 0.4, 1, 40, "EUR",
         "a small cast bronze warrior brandishing a spear, with a green crust and a broken heel, found by a metal "
         "detectorist near a talaiot on Mallorca, is a Talayotic bronze (a 'Mars Balearicus', roughly 4th-2nd century "
         "BC): an archaeological object needs an export licence from the Union at any value (Regulation 116/2009), "
         "and Spain forbids the export of its archaeological heritage; Catalan wording from Mallorca (Iberian votive "
         "bronzes repeat; Talayotic bronzes are new as far as a search found)", {"importer_country": "US"}),
        ("CUL-06", "transit", "DEAIR01", "air", "AE", ["DE"], "US", "442090",
         "مجسمه چوبی، صنایع دستی جدید، ۱ عدد", "AF", 28, 1, 150, "USD",
         "a life-size wooden figure of a seated man on a horse, with a carved beard and a split, weathered base, "
         "flown from Dubai through Frankfurt to a New York dealer, is a Nuristani funerary effigy (gandau, 19th "
         "century) from the valleys of eastern Afghanistan: Afghanistan forbids the export of its historical and "
         "cultural property, and it may not be admitted into the United States without proof of lawful export "
         "(UNESCO 1970); Dari wording (Nuristani effigies are new as far as a search found; Gandhara pieces repeat)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "FRSEA01", "sea", "CM", [], "FR", "940169",
         "Tabourets perlés bamiléké, artisanat neuf, 40 pièces", "CM", 600, 40, 2400, "EUR",
         "a Douala handicraft container of new beaded stools and raffia baskets whose third line, 'wooden sculptures, "
         "craft', holds among eleven new carvings a 1.2 m figure of a seated chief covered in glass beads and cowries, "
         "with an old label of a chiefdom's museum: a royal commemorative statue taken from a Bamileke chefferie, "
         "which Cameroon forbids to export (Law 2013/003), and cultural goods removed illegally may not be brought "
         "into the Union; Cameroonian French wording (Bamileke royal objects are new as far as a search found)",
         {"importer_name": "Arts d'Afrique Import SARL", "consignee_name": "Arts d'Afrique Import SARL",
          "importer_country": "FR",
          "_more_items": [item("460212", "Paniers en raphia, artisanat neuf, 200 pièces", "CM", 300, 1200, "EUR", qty=200),
                          item("442090", "Sculptures en bois, artisanat, 12 pièces", "CM", 140, 600, "EUR", qty=12)]}),
        ("CUL-08", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "680299",
         "Бакча үчүн таш айкел, жаңы жасалган, 2 даана", "KG", 700, 2, 200, "USD",
         "two weathered granite figures of men holding a cup before the belly, with lichen and fresh drill marks "
         "where they were cut from their bases on the Chüy steppe, are Turkic memorial statues (balbal, 6th-10th "
         "century), sent by rail through Russia and Belarus to a Polish garden-design firm: Kyrgyzstan forbids the "
         "export of its historical monuments, and cultural goods removed illegally may not be brought into the Union "
         "(Regulation 2019/880); Kyrgyz wording (a balbal appears once in a development set; by rail from Central "
         "Asia it is new as far as a search found)", {"importer_country": "PL"}),
        ("CUL-09", "import", "NLPOST01", "post", "GH", [], "NL", "691390",
         "Clay figurines, handmade, new, 3 pcs", "GH", 2.5, 3, 45, "USD",
         "three small terracotta heads with cone-shaped tops, coffee-bean eyes and soil in their hollows, dug from "
         "mounds near Yikpabongo in northern Ghana, are Komaland figures (roughly 6th-14th century): Ghana forbids "
         "the export of antiquities without a permit of its museums board, and an archaeological object over 250 "
         "years needs an EU import licence (Regulation 2019/880); Ghanaian English wording (Komaland figures are new "
         "as far as a search found)", person("Mw. E. de Jong", "NL")),
        ("CUL-10", "import", "BEAIR01", "express", "CD", [], "BE", "442090",
         "Statuette en bois, artisanat de Kinshasa, neuve, 1 pièce", "CD", 3.5, 1, 70, "USD",
         "a standing wooden figure with a protruding jaw, a horn set in the crown, a cavity in the belly sealed with "
         "resin, copper strips on the face and a thick crust of offerings, taken from a village in Sankuru, is a "
         "Songye power figure (nkishi, 19th - early 20th century): the Democratic Republic of the Congo forbids the "
         "export of its cultural property without a licence, and cultural goods removed illegally may not be "
         "brought into the Union (Regulation 2019/880); Congolese French wording (Songye figures are new as far as "
         "a search found; Luba and other Congolese objects repeat)", person("Jan Peeters", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "express", "FR", [], "AE", "854089",
         "Tubes Nixie pour horloges vintage, 20 pièces", "FR", 1.2, 20, 400, "EUR",
         "Nixie tubes are glass display bulbs with stacked numeral cathodes; these twenty are small three-electrode "
         "cold-cathode switching tubes with a trigger lead and a radioactive primer, rated 3 kV and over 100 A with "
         "nanosecond delay, at about 1,500 EUR each: krytrons, dual-use switching devices (3A228.a) used to fire "
         "detonators, which need an export licence outside the Union, sent to a Dubai trader who supplies Iranian "
         "buyers; French wording (a krytron appears once in a development set; the Nixie-tube cover is new as far as "
         "a search found)", {"importer_country": "AE"}),
        ("STR-02", "import", "PLSEA01", "sea", "CN", [], "PL", "940179",
         "Krzesła stalowe, regulowane, do gabinetów zabiegowych, 60 szt.", "CN", 2700, 60, 3600, "USD",
         "treatment-room chairs have padded seats and no locks; these welded steel chairs are bolted to a floor plate "
         "and carry lockable steel cuffs at the wrists and ankles and a neck bar: restraint chairs fitted with "
         "shackles, whose import into the Union is banned (Regulation 2019/125, Annex II), for a 'security "
         "equipment' firm in Łódź; Polish wording (leg irons, thumb cuffs and stun belts repeat; restraint chairs are "
         "new as far as a search found)",
         {"importer_name": "Ochrona Sprzęt Sp. z o.o.", "consignee_name": "Ochrona Sprzęt Sp. z o.o.",
          "importer_country": "PL"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "IQ", "902519",
         "Sonde di pressione e temperatura da pozzo, 4 pezzi", "IT", 1400, 4, 12000, "EUR",
         "downhole pressure gauges are slim 1 m tools; these four 6 m logging tools carry a sealed deuterium-tritium "
         "pulsed neutron generator behind a radiation label: neutron generator systems (3A231), dual-use items that "
         "need an export licence, and key equipment for the oil and gas industry, consigned to a Basra oilfield firm "
         "whose contracts are with an Iranian drilling company, to which they may not be supplied (Regulation "
         "267/2012); Italian wording (a sealed neutron tube appears once; logging tools declared as pressure gauges "
         "are new as far as a search found)", {"importer_country": "IQ"}),
        ("STR-04", "export", "ATAIR01", "air", "AT", [], "IQ", "750400",
         "Nickelpulver für die Galvanik, 200 kg", "AT", 200, None, 6000, "EUR",
         "plating shops use nickel anodes and salts, not powder; this is a grey, ultra-fine powder of 99.9 % nickel "
         "with a mean particle size of about 3 µm, of the kind used for gaseous-diffusion barriers: nickel powder "
         "controlled as a dual-use item (1C240) that needs an export licence outside the Union, consigned to an Erbil "
         "'plating' firm founded a month before, whose payments come from Tehran; Austrian German wording (nickel "
         "powder is new as far as a search found; routes through Iraq appear in a few rows)", {"importer_country": "IQ"}),
        ("STR-05", "export", "PTSEA01", "sea", "PT", [], "VE", "870590",
         "Camiões-cisterna para lavagem de ruas, usados, 4 unidades", "PT", 56000, 4, 120000, "EUR",
         "street-washing trucks have low spray bars at the front; these four carry a roof turret with a remotely "
         "aimed high-pressure monitor, a dye tank, armoured glass and grilles over the lights: water-cannon riot "
         "vehicles, equipment for internal repression whose sale or export to Venezuela is banned (Regulation "
         "2017/2063), for a La Guaira importer that supplies a state police force; Portuguese wording (riot-control "
         "vehicles and water cannon are new as far as a search found)", {"importer_country": "VE"}),
        ("STR-06", "import", "SEAIR01", "express", "US", [], "SE", "871410",
         "Motorcycle exhaust pipes, stainless, 6 pcs", "US", 7.2, 6, 180, "USD",
         "exhaust pipes are thin-walled and bent; these six are thick straight steel tubes, rifled inside, with a "
         "chamber and thread at one end: rifle barrels, essential components of firearms, which may be imported only "
         "by a holder of a weapons licence, which the private consignee lacks (Directive 2021/555, Swedish Weapons "
         "Act); US English wording (solvent traps, auto sears and paintball covers repeat; barrels as exhaust pipes "
         "are new as far as a search found)", person("Mr L. Nilsson", "SE")),
        ("STR-07", "export", "EESEA01", "sea", "EE", [], "TR", "852610",
         "Paatide helisüsteemid ja kõlarid, 12 komplekti", "EE", 960, 12, 3600, "EUR",
         "boat audio sets are small amplifiers and speakers; these twelve crates hold X-band navigation radars with "
         "open-array antennas and ECDIS displays for an Istanbul ship supplier whose deliveries go on to a shipyard in "
         "Novorossiysk: radars are among the goods whose sale for use in Russia is banned, and the contract lacks the "
         "no-re-export-to-Russia clause (Regulation 833/2014); Estonian wording (marine radars for 'fishing vessels' "
         "via Dubai appear once; boat-audio crates via Istanbul are new as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-08", "export", "ROSEA01", "sea", "RO", [], "AE", "940110",
         "Scaune de avion, decorative, pentru colecționari, 4 buc.", "RO", 480, 4, 2000, "EUR",
         "four Martin-Baker-type ejection seats from retired MiG-21 LanceR fighters, bought from a scrap dealer and "
         "shipped to a Dubai 'aviation décor' firm, still hold their seat cartridges and rocket packs: military "
         "aircraft equipment (Common Military List, ML10) with explosive charges, which needs an export licence, "
         "never sought; Romanian wording (ejection seats are new as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "CN", "810199",
         "Contrapesos de tungsteno para aeronaves, recuperados, 1.800 kg", "ES", 1800, None, 27000, "EUR",
         "tungsten counterweights are grey and heavy; these plated slabs from Boeing 747 tail and wing balance "
         "weights, taken out at a Teruel aircraft-recycling site, read above background on a dosimeter and carry "
         "'DU' stamps: depleted uranium, a dual-use source material (0C001) that needs an export licence and "
         "radioactive-transport papers, sold to a Chinese metals trader; Spanish wording from Aragon (tungsten heavy "
         "alloy repeats as counterweights and yacht ballast; depleted-uranium aircraft counterweights are new as far "
         "as a search found)", {"importer_country": "CN"}),
        ("STR-10", "export", "LTRAIL01", "rail", "LT", [], "BY", "843390",
         "Žemės ūkio technikos atsarginės dalys, 14 dėžių", "LT", 2100, 14, 8400, "EUR",
         "combine-harvester spares are knives, belts and bearings; these crates hold 6 kW fibre-laser sources, "
         "cutting heads and CNC controllers for a Hrodna machine-building plant, loaded on the Kena-Gudogai line: "
         "laser cutting machines and their parts are among the goods whose sale to Belarus is banned (Regulation "
         "765/2006); Lithuanian wording (a fibre-laser "
         "source appears once, via another route; laser cutting parts as farm spares by rail to Belarus are new as "
         "far as a search found)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "CN", [], "DE", "060110",
         "黄精根茎，种植用，100 株", "CN", 3, 100, 60, "USD",
         "Solomon's-seal rhizomes are knotty, pale and jointed like ginger; these are small crowns with a fat bud and "
         "a tuft of long fleshy roots, some with a dry pouched flower still attached: wild-dug lady's-slipper orchids "
         "(Cypripedium, CITES App. II) from the mountains of Sichuan, posted to a private grower without an export "
         "permit; Chinese wording (Cypripedium is new as far as a search found; Dendrobium and bai ji repeat)",
         person("Lena Wagner", "DE")),
        ("WLF-02", "import", "NLAIR01", "air", "US", [], "NL", "010620",
         "Painted turtles (Chrysemys picta bellii), captive-bred hatchlings, 40", "US", 4, 40, 800, "USD",
         "painted turtle hatchlings have red-and-yellow stripes and a red-edged plastron; these have black shells "
         "scattered with round yellow spots and no stripes: spotted turtles (Clemmys guttata, CITES App. II since "
         "2023), poached from wetlands in the eastern United States, without an export permit; US English wording "
         "(Clemmys guttata is new as far as a search found; North American turtles repeat)", {"importer_country": "NL"}),
        ("WLF-03", "import", "BEAIR01", "air", "ID", [], "BE", "010639",
         "Burung jalak suren (Gracupica contra), hasil penangkaran, 20 ekor", "ID", 3, 20, 400, "USD",
         "pied mynas are black and white with an orange eye patch; these are all-white birds with black wing tips, a "
         "drooping crest and a bare blue skin round the eye: Bali mynas (Leucopsar rothschildi, CITES App. I), taken "
         "without the papers a registered breeding operation would give, for a Belgian dealer; Indonesian wording "
         "(Bali mynas are new as far as a search found)", {"importer_country": "BE"}),
        ("WLF-04", "import", "DESEA01", "sea", "TZ", [], "DE", "440399",
         "Olive wood turning blanks, air-dried, 6 t", "TZ", 6000, None, 9000, "USD",
         "olive wood is yellow-brown with dark streaks and smells of oil; these billets are almost black, so dense "
         "they sink, with a thin yellow sapwood, cut in the Selous area: African blackwood (Dalbergia melanoxylon, "
         "CITES App. II), sold to a clarinet and bagpipe workshop without an export permit (finished instruments are "
         "exempt, billets are not); Tanzanian English wording (African blackwood appears in a few rows; an olive-wood "
         "cover for instrument billets is new as far as a search found)", {"importer_country": "DE"}),
        ("WLF-05", "import", "ESAIR01", "air", "CO", [], "ES", "010619",
         "Ardillas de cola roja (Sciurus granatensis), criadas en cautiverio, 6 ejemplares", "CO", 3, 6, 900, "USD",
         "red-tailed squirrels are rodents with bushy red tails and chisel teeth; these are small primates with white "
         "crests fanning from the head, hands with nails and long brown tails: cotton-top tamarins (Saguinus "
         "oedipus, CITES App. I), taken from the forests of the Colombian Caribbean coast, for a private buyer; "
         "Colombian Spanish wording (cotton-top tamarins are new as far as a search found)",
         person("Sr. J. García", "ES")),
        ("WLF-06", "import", "ATAIR01", "express", "US", [], "AT", "121190",
         "Yellow dock root (Rumex crispus), dried, cut, 20 kg", "US", 20, None, 1800, "USD",
         "yellow dock root is brown outside with a rusty, fibrous core and sells at a few dollars a kilo; these knotty "
         "rhizomes are bright yellow inside, intensely bitter and priced at 90 USD/kg: goldenseal (Hydrastis "
         "canadensis, CITES App. II) dug wild in Appalachia, without an export permit, for an Austrian herbalist; "
         "US English wording (goldenseal appears twice; a yellow-dock cover is new as far as a search found)",
         person("Thomas Gruber", "AT")),
        ("WLF-07", "import", "ITAIR01", "air", "KR", [], "IT", "410691",
         "먹장어 가죽, 무두질 완료, 2,000장", "KR", 400, 2000, 8000, "USD",
         "hagfish 'eel' skins are narrow, thin strips with a line of pores down the middle; these are long, broad "
         "skins with large keeled scales in rows: Indian rat snake (Ptyas mucosa, CITES App. II) skins tanned in "
         "Korea from Indonesian raw hides, for a Florence leather-goods maker, without export or re-export permits; "
         "Korean wording (reptile skins repeat as python; rat-snake skins as eel skins are new as far as a search "
         "found)", {"importer_name": "Pelletteria Arno Srl", "consignee_name": "Pelletteria Arno Srl",
                    "importer_country": "IT"}),
        ("WLF-08", "import", "CZPOST01", "post", "VN", [], "CZ", "220890",
         "Rượu gạo truyền thống, chai 1 l, 4 chai", "VN", 6, 4, 40, "USD",
         "rice liquor is clear; each of these bottles holds a coiled cobra with its hood spread, a scorpion in its "
         "mouth: snake wine made with monocled cobras (Naja kaouthia, CITES App. II), posted to a private person in "
         "Prague without permits; Vietnamese wording (a five-snake wine appears once in a development set; cobra "
         "wine by post under a rice-liquor cover is new as far as a search found)", person("Soukromá osoba", "CZ")),
        ("WLF-09", "import", "DESEA01", "sea", "PG", ["SG"], "DE", "420222",
         "Bilum bek, han wok, 300 pis", "PG", 240, 300, 3000, "USD",
         "a handicraft container from Lae, trans-shipped in Singapore for a Hamburg fair-trade shop, whose third line, "
         "'bilas, kumul gras', holds among grass skirts forty dried bird skins with long lacy plumes, orange, yellow "
         "and red: birds of paradise (Paradisaeidae, CITES App. II) shot for ceremonial dress, without an export "
         "permit; Tok Pisin wording (birds of paradise appear in a few rows; hidden in a bilum handicraft container "
         "they are new)",
         {"importer_name": "Weltladen Elbe eG", "consignee_name": "Weltladen Elbe eG", "importer_country": "DE",
          "_more_items": [item("442199", "Diwai karving, han wok, 60 pis", "PG", 180, 900, "USD", qty=60),
                          item("460219", "Bilas, kumul gras, 80 pis", "PG", 40, 1200, "USD", qty=80)]}),
        ("WLF-10", "import", "BGROAD01", "road", "TR", [], "BG", "190190",
         "Hazır sahlep tozu, nişasta bazlı, 400 kg", "TR", 400, None, 24000, "EUR",
         "instant sahlep is starch with milk powder and flavour at a few euros a kilo; this grey-white powder at "
         "60 EUR/kg thickens water into a slimy gel and has no sugar in it: pure salep, ground tubers of wild orchids "
         "(Orchis and Dactylorhiza, CITES App. II) dug in eastern Anatolia, without an export permit; Turkish "
         "wording (salep repeats in about six rows; under an instant-sahlep starch cover by road to Bulgaria it is "
         "new as far as a search found)", {"importer_country": "BG"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "express", "US", "BE", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user", "US", 1, 1, 30, "USD",
     [("PRECURSOR_LICENCE", "BE-FOD-35-0042")], "potassium chlorate above 40 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "GRAIR01", "express", "US", "GR", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed model-engine hobbyist", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "GR-ELAS-35-0019")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITROAD01", "road", "CH", "IT", "250510",
     "Shooting-range backstop sand with lead (17 05 03*), for soil washing at a licensed plant, 24 t", "CH", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "IT-MASE-35-0311")], "notified contaminated soil to a licensed soil-washing plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "382590",
     "Exhaust-gas scrubber sludge (19 01 07*), for treatment at a licensed plant, 30 t", "NO", 30000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-35-0877")], "notified scrubber residue to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Recycled halon 1211, 120 kg, for aircraft hand-held extinguishers (critical use)", "US", 120, 12, 9600, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-35-004")], "halon for a listed critical use under licence"),
    ("PRM-06", "ozone", "import", "SESEA01", "sea", "CN", "SE", "290379",
     "Bromochloromethane 99 %, 2 t, feedstock for a licensed pharmaceutical synthesis", "CN", 2000, 8, 12000, "USD",
     [("ODS_LICENCE", "SE-NV-ODS-35-002")], "controlled substance imported for feedstock use under licence"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970510",
     "Talayotic bronze warrior figurine, 3rd century BC, from a collection documented since 1925", "ES", 0.4, 1, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-35-0207")], "archaeological object exported with its licence"),
    ("PRM-08", "cultural", "import", "BEAIR01", "air", "NG", "BE", "970510",
     "Sokoto terracotta head, from a collection documented since 1968", "NG", 8, 1, 30000, "USD",
     [("CULTURAL_EXPORT_CERTIFICATE", "NG-NCMM-35-0014"), ("IMPORT_LICENCE", "BE-FED-35-0009")],
     "archaeological object with its export permit and the EU import licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "JP", "854089",
     "Krytron switching tubes, 10 pcs, for a named laser research institute", "FR", 0.6, 10, 15000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-35-0388"), ("END_USER_CERTIFICATE", "JP-ILE-EUC-35-0021")],
     "dual-use switching tubes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "US", "284430",
     "Depleted-uranium aircraft counterweights, 1,200 kg, for a licensed recycler", "ES", 1200, None, 9000, "EUR",
     [("EXPORT_LICENCE", "ES-SGCOMEX-35-0112")], "dual-use source material under licence to a licensed recycler"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "US", "NL", "010620",
     "Spotted turtles (Clemmys guttata), captive-bred, 6", "US", 0.6, 6, 900, "USD",
     [("CITES_PERMIT", "US-FWS-35-1187")], "App. II turtles bred in captivity with their export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "TZ", "DE", "440399",
     "African blackwood (Dalbergia melanoxylon) billets, 2 t, for instrument making", "TZ", 2000, None, 16000, "USD",
     [("CITES_PERMIT", "TZ-MNRT-35-0266")], "App. II timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Jan Peeters", "PRM-02": "Eleni Papadopoulou", "PRM-04": "Rotterdam Residu Verwerking BV",
    "PRM-06": "Mälardalen Syntes AB", "PRM-08": "Mme L. Dupont", "PRM-11": "M. Bakker",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("340590", "Teak-deck cleaner, oxalic acid powder, 1 kg", "import", ["express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 1, S),
    ("340290", "Diving-mask anti-fog gel, 60 ml", "import", ["post"], ["US", "AU"], (40, 80), (1, 2), ["USD", "AUD"], 15, S),
    ("381010", "Cold gun-bluing solution, 100 ml", "import", ["express"], ["US"], (40, 80), (1, 2), ["USD"], 8, S),
    ("340250", "Neutral marble floor cleaner, 5 l", "import", ["road"], ["TR", "CH"], (1.5, 3), (2000, 6000), ["EUR", "CHF"], 0.2, S),
    ("320740", "Glaze frits for pottery, 25 kg bags", "import", ["sea"], ["US", "GB"], (1.5, 3), (2000, 8000), ["USD", "GBP"], None, S),
    ("283699", "Climbing chalk, magnesium carbonate, 250 g blocks", "import", ["post"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 4, S),
    ("382499", "Brewing water salts (gypsum, Epsom salt), 100 g tubs", "import", ["post"], ["GB", "US"], (20, 40), (1, 2), ["GBP", "USD"], 10, S),
    ("950590", "Instant snow powder, sodium polyacrylate, 100 g", "import", ["post", "express"], ["CN", "US"], (15, 30), (1, 2), ["USD"], 10, S),
    ("701810", "Road-marking glass beads, 25 kg bags", "import", ["road"], ["TR", "UA"], (0.6, 1.0), (20000, 24000), ["EUR"], None, S),
    ("380894", "Hatchery disinfectant, quaternary ammonium, 5 l", "import", ["road"], ["UA", "TR"], (2, 4), (2000, 6000), ["EUR"], 0.2, S),
    ("250510", "Washed silica filter sand, 0.4-0.8 mm", "import", ["road"], ["CH"], (0.05, 0.1), (20000, 25000), ["EUR", "CHF"], None, S),
    ("860729", "Composite brake blocks for freight wagons, new, asbestos-free", "export", ["rail"], ["UA", "MD"], (2, 4), (20000, 40000), ["EUR"], 0.1, S),
    ("871160", "Electric kick scooters, new, with battery", "export", ["road"], ["MA", "TN"], (15, 25), (3000, 8000), ["EUR"], 0.07, S),
    ("853521", "Vacuum circuit breakers, medium voltage, new", "export", ["sea"], ["IN", "EG"], (15, 25), (2000, 8000), ["EUR"], 0.008, S),
    ("252329", "Portland cement CEM II 42.5, big bags", "export", ["road"], ["BA", "RS"], (0.09, 0.12), (20000, 26000), ["EUR"], None, S),
    ("282739", "Ferrous chloride solution for water treatment, technical", "export", ["road"], ["RS", "BA"], (0.15, 0.3), (20000, 25000), ["EUR"], None, S),
    ("851713", "Smartphones, refurbished, with warranty", "import", ["express"], ["US", "GB"], (150, 400), (1, 3), ["USD", "GBP"], 5, S),
    ("860310", "Low-floor trams, new", "export", ["road"], ["RS", "BA"], (12, 18), (30000, 40000), ["EUR"], 0.00003, S),
    ("382499", "Dog-training sprays, compressed nitrogen, retail cans", "import", ["sea"], ["US", "GB"], (8, 14), (500, 2000), ["USD", "GBP"], 3, S),
    ("842410", "Dry-powder fire extinguishers 6 kg, ABC", "import", ["sea"], ["CN", "TR"], (3, 5), (4000, 10000), ["USD", "EUR"], 0.16, S),
    ("841850", "Retro-style drinks chest coolers, new, R-600a", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 0.04, S),
    ("340290", "Upholstery stain remover, water based, 500 ml", "import", ["post"], ["IN", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 2, S),
    ("680292", "Limestone garden blocks, sawn, new", "import", ["road"], ["BA", "RS"], (0.2, 0.5), (10000, 24000), ["EUR"], None, S),
    ("691390", "Terracotta figurines, contemporary West African craft", "import", ["post", "express"], ["NG", "GH"], (20, 40), (1, 3), ["USD"], 1, S),
    ("680292", "Cariri limestone tiles, polished", "import", ["sea"], ["BR"], (0.3, 0.6), (15000, 22000), ["USD"], None, S),
    ("442090", "Carved wooden figures, new Indonesian craft", "import", ["sea"], ["ID"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
    ("830629", "Bronze figurines, museum-shop replicas", "export", ["post"], ["US", "CH"], (40, 80), (1, 2), ["EUR"], 3, S),
    ("940169", "Beaded wooden stools, new Cameroonian craft", "import", ["sea"], ["CM"], (3, 6), (500, 2000), ["EUR"], 0.07, S),
    ("854089", "Nixie tubes, new old stock, for clock makers", "import", ["post"], ["US", "GB"], (200, 400), (1, 2), ["USD", "GBP"], 10, S),
    ("940179", "Steel treatment-room chairs, adjustable, padded", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 0.05, S),
    ("870590", "Street-washing trucks, new", "export", ["sea"], ["MA", "SN"], (6, 10), (8000, 15000), ["EUR"], 0.0001, S),
    ("871410", "Motorcycle exhaust systems, stainless, aftermarket", "import", ["express"], ["US", "JP"], (60, 120), (1, 4), ["USD"], 0.25, S),
    ("852610", "Marine navigation radars, X-band, for leisure boats", "export", ["sea"], ["NO", "TR"], (80, 150), (200, 800), ["EUR"], 0.1, S),
    ("843390", "Combine-harvester spare parts, knives and belts", "export", ["rail", "road"], ["UA", "RS"], (8, 15), (500, 3000), ["EUR"], None, S),
    ("121190", "Dried Polygonatum rhizome slices (huang jing), for tea", "import", ["post"], ["CN"], (20, 40), (1, 3), ["USD"], None, S),
    ("420222", "Bilum string bags, handmade", "import", ["sea"], ["PG"], (10, 20), (200, 800), ["USD"], 2, S),
    ("442199", "Olive wood kitchen utensils", "import", ["sea"], ["TN", "MA"], (4, 8), (2000, 6000), ["EUR"], 4, S),
    ("121190", "Yellow dock root (Rumex crispus), dried, cut", "import", ["express"], ["US"], (8, 15), (1, 3), ["USD"], None, S),
    ("410691", "Hagfish ('eel') leather skins, tanned", "import", ["air"], ["KR"], (15, 30), (100, 400), ["USD"], 5, S),
    ("190190", "Instant sahlep drink powder, starch-based, retail", "import", ["road"], ["TR"], (3, 6), (2000, 8000), ["EUR"], 4, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind56), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, blind52's five rows and four rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("481830", "Paper napkins, printed", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (6000, 12000), ["USD", "EUR"], None, N),
        ("960810", "Ballpoint pens, retail packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
        ("691200", "Stoneware plant pots, glazed", "import", ["sea"], ["VN", "CN"], (0.8, 1.4), (8000, 14000), ["USD"], 0.3, N),
        ("630231", "Cotton bed sheets", "import", ["sea"], ["PK", "IN"], (5, 8), (4000, 9000), ["USD"], 0.8, N),
        ("950510", "Christmas tree ornaments, glass", "import", ["sea"], ["CN", "UA"], (4, 8), (2000, 6000), ["USD", "EUR"], 20, N),
        ("392410", "Plastic food-storage boxes", "import", ["sea"], ["CN", "TR"], (2, 3.5), (4000, 10000), ["USD", "EUR"], 3, N),
        ("630260", "Cotton terry kitchen towels", "import", ["sea"], ["PK", "IN"], (4, 7), (3000, 8000), ["USD"], 8, N),
        ("482010", "Paper notebooks and diaries", "import", ["sea"], ["CN", "IN"], (2, 4), (4000, 10000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind58", 20351101, HERE)


if __name__ == "__main__":
    main()
