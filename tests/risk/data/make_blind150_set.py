#!/usr/bin/env python3
"""Writes the hundred-and-fiftieth blind set (tests/risk/data/blind150-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2051, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a maritime Southeast Asia emphasis (Indonesia, the Philippines, Malaysia and Brunei as
origins, transit hubs, destinations, traders, languages and covers drawn from that
region's trade).
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
animal origin, seeds under reinforced checks included, and Indonesian timber products
under FLEGT licensing) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL150-*:

    python3 tests/risk/data/make_blind150_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2051, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2051
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "MY", [], "DE", "220299",
         "Minuman sarang burung walet dengan gula batu, botol 250 ml, 12 botol", "MY", 3.4, 12, 216, "MYR",
         "a bottled bird's-nest drink is a syrupy, sweet, faintly cloudy drink of about 1.05 kg/l with soft, "
         "translucent strands of swiftlet nest floating in it; these twelve jars hold a water-clear liquid of 1.13 "
         "kg/l with no strands and no sweetness that whitens the skin and fizzes on a cut, under caps drilled with a "
         "vent hole: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Ipoh, a town of swiftlet houses, "
         "to a private person in Bremen; Malay wording (hydrogen peroxide repeats in many sets and drink covers in "
         "several, coconut water in blind112 among them; a bird's-nest drink label was found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "NLPOST01", "post", "ID", [], "NL", "330129",
         "Minyak kayu putih asli Pulau Buru, botol 250 ml, 12 botol", "ID", 3.4, 12, 720000, "IDR",
         "cajeput oil (minyak kayu putih) is a thin, pale green-yellow oil of 0.91 kg/l that floats on water and "
         "smells sharply of eucalyptus and camphor; these twelve bottles hold a colourless liquid of 1.14 kg/l that "
         "sinks in water, smells faintly fruity and not at all of cajeput, and the filler's stickers under the labels "
         "read 'CH3NO2': nitromethane (Annex I above 16 %), posted from Ambon to a private person in a Moluccan "
         "neighbourhood of Capelle aan den IJssel, although flammable liquids may not travel by post at all; "
         "Indonesian wording (nitromethane repeats in many sets and oil covers in several, Indonesian garden lamp oil "
         "in blind112 among them; a cajeput-oil label and a Moluccan route were found in no earlier row by a keyword "
         "search)", person("Dhr. J. Latuheru", "NL")),
        ("PRE-03", "import", "NLSEA01", "sea", "ID", [], "NL", "285390",
         "Air aki tutup biru (air demineral untuk aki), botol 1 liter, 4.800 botol", "ID", 6150, 4800, 2400, "USD",
         "blue-cap 'air aki' is the demineralised top-up water for lead-acid batteries, neutral and 1.00 kg/l, sold at "
         "every Indonesian roadside kiosk beside the red-cap 'air zuur' acid; these 4,800 bottles have blue caps but "
         "weigh 1.28 kg/l, turn pH paper red, char a wooden stirrer and etched the container floor where one leaked: "
         "red-cap battery acid, about 37 % sulphuric acid (Annex I above 15 %), recapped, for a Rotterdam toko "
         "wholesaler whose shops sell it over the counter to the public, by sea from Tanjung Priok; Indonesian wording "
         "(sulphuric acid repeats in many sets and a battery-water label once, on hydrogen peroxide in blind52; an "
         "'air aki' label and the blue-cap for red-cap swap were found in no earlier row by a keyword search)",
         firm("Orion Toko Groothandel BV", "NL")),
        ("PRE-04", "import", "CZAIR01", "air", "MY", [], "CZ", "291511",
         "Asid formik 85% (cuka getah) untuk pembekuan susu getah, botol 1 liter, 1.200 botol", "MY", 1690, 1200,
         2200, "USD",
         "'cuka getah' is the 85 % formic acid that Malaysian rubber smallholders pour into latex cups to set it, "
         "colourless, sharp-smelling and 1.20 kg/l, and Czech hobby beekeepers buy the same acid against varroa; these "
         "1,200 bottles weigh 1.40 kg/l, give off brown fumes when opened, stain the skin yellow and dissolve a copper "
         "coin in a blue-green froth, for a Brno beekeeping web shop that sells them by the bottle to the public: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Kuala Lumpur; "
         "Malay wording (nitric acid under formic-acid and varroa labels repeats, blind28 and blind79; a Malaysian "
         "rubber-coagulant 'cuka getah' label was found in no earlier row by a keyword search)",
         firm("Vega Včelařské Potřeby s.r.o.", "CZ")),
        ("PRE-05", "import", "BEAIR01", "air", "ID", [], "BE", "110819",
         "Tepung hunkwe putih (pati kacang hijau), bungkus 1 kg, 250 bungkus", "ID", 250, 250, 750, "USD",
         "hunkwe flour is mung-bean starch that squeaks between the fingers and sets hot water into the clear, firm "
         "jelly of kue hunkwe; these 250 bags hold a heavier, gritty, glassy white powder that does not gel, hardly "
         "dissolves in cold water, flares violet-white mixed with sugar and whose inner liners read 'KClO4', for an "
         "Antwerp toko that sells the bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Jakarta; Indonesian wording (potassium perchlorate repeats in many "
         "sets and starch covers in several, arrowroot in blind112 and sago pearls in blind105 among them; a hunkwe "
         "label was found in no earlier row by a keyword search)", firm("Central Aziatische Voeding BV", "BE")),
        ("PRE-06", "import", "GBPOST01", "post", "BN", [], "GB", "330491",
         "Bedak sejuk beras, buatan Brunei, bungkus 250 g, 12 bungkus", "BN", 3, 12, 48, "BND",
         "bedak sejuk is the Malay cooling powder: small, soft, chalk-white pellets of fermented rice flour scented "
         "with pandan or jasmine that crumble to a paste between wet fingers; these twelve bags hold hard, glassy, "
         "scentless crystals that do not crumble, dissolve clear in water and crackle and flash violet on a hot iron: "
         "potassium chlorate, above 40 % a regulated explosives precursor that the United Kingdom's Poisons Act 1972 "
         "reserves to holders of an EPP licence, posted from Bandar Seri Begawan to a private person in Leicester; "
         "Brunei Malay wording (potassium chlorate repeats in many sets and cosmetic-powder covers in several; bedak "
         "sejuk and Brunei were found in no earlier row by a keyword search)", person("Mrs N. Rahman", "GB")),
        ("PRE-07", "export", "PLSEA01", "sea", "PL", [], "PH", "310221",
         "Siarczan amonu krystaliczny 21 % N, worki 50 kg, 480 worków", "PL", 24000, 480, 4800, "EUR",
         "crystalline ammonium sulphate is a fine, grey-white, sugar-like crystal that smells faintly of ammonia and "
         "hardly cools water; these 480 sacks hold round, white, porous prills of 2-3 mm that turn water ice-cold, "
         "test at 34 % N and melt and fume on a hot plate: porous ammonium nitrate, an Annex I precursor at 16 % N or "
         "more whose false description keeps a suspicious transaction out of sight, and in the Philippines a "
         "controlled chemical whose import needs a police licence, for a Zamboanga 'agri-vet' trader whose buyers in "
         "Sulu and Tawi-Tawi make fish bombs, from Gdańsk; Polish wording (ammonium nitrate repeats in many sets and "
         "ammonium-sulphate labels in several; Zamboanga and blast-fishing buyers in the Sulu Sea were found in no "
         "earlier row by a keyword search, blast fishing only on the Tanzanian coast and Lake Victoria in blind20 "
         "and blind67)", {"importer_name": "Zamboanga Agri-Vet Trading", "importer_country": "PH"}),
        ("PRE-08", "import", "GRPOST01", "post", "PH", [], "GR", "283421",
         "Salitre pang-tocino at longganisa, 500 g, 4 pakete", "PH", 2, 4, 600, "PHP",
         "salitre is the saltpetre Filipino cooks rub into tocino and longganisa: potassium nitrate, dry, cool-tasting "
         "prisms that crackle and spark on a coal and are merely reportable (Annex II); these four bags hold a fine "
         "white powder that has drawn water and caked into a wet lump, melts quietly on a hot iron without the "
         "nitrate's crackle, burns fiercely with sugar and whose liners read 'NaClO4·H2O': sodium perchlorate "
         "(Annex I above 40 %), posted from San Fernando, Pampanga to a private person in Athens; Tagalog wording "
         "(sodium perchlorate repeats in many sets and potassium nitrate appears as itself in a few; a salitre or "
         "curing-salt label was found in no earlier row by a keyword search)", person("Ms R. Dizon", "GR")),
        ("PRE-09", "import", "ITAIR01", "air", "PH", [], "IT", "080450",
         "Pinatuyong mangga (dried mangoes), Cebu, 200 g, 1,200 pakete", "PH", 240, 1200, 1800, "USD",
         "a Filipino-deli air shipment for a Milan shop that sells to the public: Cebu dried mangoes and otap pastries "
         "are what such shops stock, but the third item's 'asin tibuok' is not the grey, smoky, rock-hard salt egg "
         "that Bohol salt-makers boil from ash-filtered seawater and sell in its clay pot: under the clay lids lie "
         "lumps of pressed, pure-white crystals with no salt taste that draw damp and crackle and flare yellow on a "
         "gas ring: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last "
         "item of a three-item declaration, flown from Cebu; Cebuano and Tagalog wording (sodium chlorate repeats in "
         "many sets under salt labels and dried mangoes as a lawful item in blind133's Filipino-store shipment for "
         "Madrid; asin tibuok and otap were found in no earlier row by a keyword search)",
         dict(firm("Meridian Alimentari Filippini Srl", "IT"),
              _more_items=[item("190590", "Otap (Cebu puff pastry), 200 g, 600 pakete", "PH", 120, 600, "USD", qty=600),
                           item("250100", "Asin tibuok (Bohol artisanal salt ball), sa kolon, 60 ka buok", "PH", 72,
                                900, "USD", qty=60)])),
        ("PRE-10", "import", "IEPOST01", "post", "MY", [], "IE", "300490",
         "Minyak gamat asli Langkawi, botol 250 ml, 12 botol", "MY", 3.4, 12, 240, "MYR",
         "Langkawi minyak gamat is a golden-brown, fishy-smelling sea-cucumber extract in coconut or olive oil of "
         "about 0.92 kg/l that floats on water; these twelve bottles hold a colourless liquid of 1.14 kg/l that sinks, "
         "has no smell of fish, evaporates from the skin and burns with a pale flame: nitromethane (Annex I above "
         "16 %), posted from Kuah to a private person in Cork who races nitro radio-controlled cars, although "
         "flammable liquids may not go by post; Malay wording (nitromethane repeats in many sets, and a cajeput-oil "
         "cover in this set; a minyak gamat label was found in no earlier row by a keyword search)",
         person("Mr D. Byrne", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "PH", "847150",
         "Refurbished rackservers, getest, voor datacenter in Subic Bay Freeport, 640 stuks", "NL", 16000, 640,
         32000, "EUR",
         "refurbished rack servers travel boxed or shrink-wrapped on pallets with a test sheet per serial number and "
         "sell at hundreds of euros each; this container holds 640 chassis stacked loose at 50 EUR apiece, drives "
         "drilled, boards and memory pulled, with swollen UPS battery packs, leaking capacitors and broken CRT "
         "consoles thrown in, bought by weight from a Venlo e-waste collector: waste electrical equipment with "
         "hazardous components (16 02 13*, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "from Rotterdam to a 'data-centre integrator' in the Subic Bay Freeport that runs a scrap yard; Dutch "
         "wording (e-waste under refurbished labels repeats in many sets and servers in several; Subic Bay was found "
         "in no earlier row by a keyword search)", {"importer_country": "PH"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "PH", "391590",
         "Scaglie sintetiche di plastica per riciclo, pressate in balle, 2 container, 48 t", "IT", 48000, None, 2400,
         "EUR",
         "plastic flakes for recycling are washed, shredded chips of one or two polymers; these bales, cut open at "
         "the Mindanao Container Terminal in Tagoloan, hold household rubbish: food packaging with rotting residues, "
         "used nappies, batteries, textile scraps and bottles, stinking and leaking: unsorted household waste "
         "(20 03 01, Basel Y46), which the Philippines bans from import altogether and whose shipment there the "
         "Union's rules therefore forbid, from Salerno for a Misamis Oriental 'recycler' with no plant, the disguise "
         "of the 2018 shipments from Korea to the same port; Italian wording (household waste in plastic bales "
         "repeats in several sets; a 'synthetic flakes' label and Mindanao as a waste destination were found in no "
         "earlier row by a keyword search)", {"importer_country": "PH"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "ID", "262190",
         "Koperslakstraalmiddel, nieuw, korrel 0,2-1,4 mm, big bags, 22 t", "NL", 22000, None, 1760, "EUR",
         "new copper-slag grit is glassy, black, sharp, dust-free and sieved to a grade; these big bags hold a "
         "grey-black, dusty, rounded grit with red and blue paint chips and rust flakes, that reads copper, zinc and "
         "tributyltin from the antifouling blasted off ship hulls in a Schiedam dry dock: spent blasting grit "
         "containing hazardous substances (12 01 16*), hazardous waste whose export to a non-OECD country is banned, "
         "from Rotterdam to Batu Ampar for a Batam shipyard that 're-uses' it; Dutch wording (spent blasting grit "
         "repeats in many sets and copper-slag labels in a few; Batam was found in no earlier row by a keyword "
         "search)", {"importer_country": "ID"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "MY", "271019",
         "High-sulphur fuel oil blendstock, 380 cSt, for bunker blending at Pasir Gudang, 6,000 t", "BE", 6000000,
         None, 1200000, "USD",
         "a fuel-oil blendstock is a black, viscous residue sold with a certificate of quality; this parcel, pumped "
         "from a Ghent tank-cleaning contractor's slop tanks, smells of solvent, separates into a watery layer and a "
         "sludge, and its analysis gives 3,000 ppm of organic chlorides from spent degreasing solvents, the "
         "contaminant of the 2022 bunker-fuel scandal in the Singapore Strait: waste oil and tank-cleaning sludge "
         "with halogenated solvents (13 07 03*, 16 07 08*), hazardous waste whose export to a non-OECD country is "
         "banned, from Antwerp to Pasir Gudang, Johor, for blending into ships' bunkers; English wording (slops and "
         "blendstock labels repeat in several sets, blind144 among them; Pasir Gudang and chlorinated bunker blending "
         "were found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "PH", "630900",
         "Balikbayan box, mga personal na gamit at damit, 320 kahon", "IT", 9600, 320, 9600, "EUR",
         "a balikbayan consolidation container from Naples to Manila: boxes of clothes, chocolates and toiletries "
         "from Filipino workers in Italy are what these forwarders ship by the hundred, and used washing machines "
         "ride along, but the third item's 'used car batteries, tested' are 300 cracked, acid-crusted lead-acid "
         "batteries collected from Roman garages at a few euros each: waste lead-acid batteries (16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration; Tagalog wording (lead-acid batteries repeat in many sets; a balikbayan-box container was found "
         "in no earlier row by a keyword search)",
         dict({"importer_country": "PH"},
              _more_items=[item("845011", "Gamit na washing machine, 40 piraso", "IT", 2400, 800, "EUR", qty=40),
                           item("850710", "Gamit na baterya ng sasakyan, nasubok, 300 piraso", "IT", 4500, 600, "EUR",
                                qty=300)])),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "ID", "681182",
         "Gebruikte golfplaten in vezelcement, asbestvrij, herbruikbaar, 20 t", "BE", 20000, None, 1000, "EUR",
         "asbestos-free fibre-cement sheets carry an 'NT' stamp and a smooth, pale face; these 20 t of corrugated "
         "sheets stripped from Flemish farm sheds are moss-grown and brittle, lack the NT stamp and show chrysotile "
         "bundles at the broken edges: asbestos-cement waste (17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Tanjung Perak (Surabaya) for a builders' merchant who sells roofing "
         "sheets, still called 'asbes' in Indonesian; Flemish Dutch wording (asbestos cement repeats in many sets and "
         "fibre-cement labels in several, used roofing sheets in blind28 and blind83 among them; to Indonesia was "
         "found in no earlier row by a keyword search)", {"importer_country": "ID"}),
        ("WST-07", "import", "NLSEA01", "sea", "BN", [], "NL", "271019",
         "Low-sulphur waxy residue (LSWR), Brunei crude, for refinery feed, 4,000 t", "BN", 4000000, None, 800000,
         "USD",
         "LSWR is the waxy residual fuel of Brunei's light crude, fluid when warm and sold with an assay; this cargo, "
         "loaded at Muara, is a black, gritty, water-laden sludge with sand and scale, 12 % sediment and traces of "
         "mercury, cleaned out of the Seria crude-oil terminal's storage tanks: tank-bottom sludge (05 01 03*), "
         "hazardous waste whose import from a non-OECD country needs prior notification and the Union's consent, "
         "shipped with neither to Rotterdam as 'refinery feed'; English wording (tank-bottom sludge repeats in "
         "several sets, from Curaçao with consent in blind144; Brunei was found in no earlier row by a keyword "
         "search)", firm("Delta Raffinage BV", "NL")),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "MY", "260900",
         "Zinnkonzentrat, sekundär, 45 % Sn, Big Bags, 20 t", "DE", 20000, None, 60000, "EUR",
         "tin concentrate is a heavy, dark, sandy cassiterite from a mine or a dredge, sold with an assay; these bags "
         "hold grey, metallic-skinned dross lumps and a black sludge that smells of flux, read 38 % lead beside 45 % "
         "tin and come from the wave-solder baths of Bavarian electronics plants: lead-bearing solder dross and flux "
         "sludge (Basel A1020), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Port "
         "Klang for the Pulau Indah tin smelter; German wording (solder dross repeats in blind47, blind131 and "
         "blind135; a tin-concentrate label to Malaysia was found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "ID", "360490",
         "Noodsignalen voor vissersschepen, handfakkels en parachuterakets, nieuw, 6.000 stuks", "NL", 3600, 6000,
         9000, "EUR",
         "new distress flares come in the maker's sealed cartons with a four-year expiry date and a SOLAS mark at "
         "20-40 EUR each; these 6,000 hand flares and parachute rockets at 1.50 EUR are loose, mixed makes whose "
         "expiry dates lie 6 to 15 years back, handed in through Dutch yacht chandlers' take-back schemes: expired "
         "pyrotechnics (16 04 03*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Bitung for the North Sulawesi tuna fleet; Dutch wording (expired distress flares repeat in blind52, blind80 "
         "and blind132; to Indonesia was found in no earlier row by a keyword search)", {"importer_country": "ID"}),
        ("WST-10", "export", "FISEA01", "sea", "FI", [], "ID", "282540",
         "Nikkelihydroksidisakka (MHP), Ni 40 %, suursäkeissä, 24 t", "FI", 24000, None, 36000, "EUR",
         "mixed hydroxide precipitate is the green, pasty nickel-cobalt intermediate that Indonesian high-pressure "
         "leach plants export, not import, at about 40 % nickel; these bags hold a grey-black, dry, metallic powder "
         "with shreds of steel casing, separator film and plastic, that reads 20 % nickel and 6 % cadmium: shredded "
         "nickel-cadmium and nickel-metal-hydride batteries (16 06 02*), hazardous waste whose export to a non-OECD "
         "country is banned, from Kokkola to Weda Bay, Halmahera, for a 'battery-materials' plant; Finnish wording "
         "(battery shred repeats in many sets, nickel-cadmium in several and an MHP label once, blind72; to Halmahera "
         "was found in no earlier row by a keyword search)", {"importer_country": "ID"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "BN", [], "NL", "731100",
         "Steel gas cylinders, used, empty, valves fitted, ex offshore platform decommissioning, for scrap, 40 pcs",
         "BN", 6000, 40, 1200, "USD",
         "empty scrap cylinders are light for their size, have their valves removed or open and ring when struck; "
         "these 40 red cylinders from a platform decommissioned off Seria still carry their discharge heads and "
         "burst discs, weigh 150 kg each instead of 70, read 42 bar on a gauge and their stencils, painted over in "
         "grey, say 'HALON 1301 - BTM': bromotrifluoromethane, about 3 t of it, a halon whose import into the Union "
         "is banned outside licensed critical uses, by sea from Muara to Rotterdam for a scrap yard that sells halon "
         "on; English wording (halon 1301 repeats in many sets under FM-200, nitrogen and hydrostatic-test labels; "
         "Brunei and a scrap-cylinder label were found in no earlier row by a keyword search)",
         firm("Nordhafen Metaalrecycling BV", "NL")),
        ("OZN-02", "export", "DESEA01", "sea", "DE", [], "MY", "870323",
         "Mercedes-Benz 280 E (W123), Baujahr 1982, restauriert, Klimaanlage auf R-134a umgerüstet, 1 Stück", "DE",
         1450, 1, 18000, "EUR",
         "a classic car whose air conditioning was converted to R-134a has barrier hoses, R-134a service ports with "
         "quick couplers, a conversion label and an ester-oil charge; this W123, sold to a Kuala Lumpur restorer of "
         "classic Mercedes (Malaysia is one of the last big markets for them), still has its original compressor, "
         "screw-on Schrader service valves, a sight glass and 1.2 kg of refrigerant that a gas identifier reads as "
         "CFC-12: equipment containing and relying on a CFC, whose export Regulation 2024/590 forbids, by sea from "
         "Bremerhaven to Port Klang; German wording (CFC-12 in classic cars repeats in many sets, imports from the "
         "United States mostly; the export of a classic car to Malaysia under a false R-134a conversion label was "
         "found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("OZN-03", "export", "ESSEA01", "sea", "ES", [], "PH", "890200",
         "Atunero cerquero usado, construido en 1988, 62 m, planta frigorífica reformada a R-404A, 1 buque", "ES",
         1200000, 1, 2400000, "EUR",
         "a used purse seiner whose brine-freezing plant was converted to R-404A carries new HFC compressors, a class "
         "record of the conversion and HFC cylinders aboard; this 1988 Basque tuna seiner, sold from Bermeo to a "
         "General Santos fishing company, still runs its original plant on HCFC-22, about 1.6 t of it in the wells' "
         "coils and receivers, with 20 full R-22 cylinders stowed in the engine room: equipment containing and "
         "relying on HCFCs, whose export Regulation 2024/590 forbids, from Bilbao; Spanish wording (R-22 equipment for "
         "export repeats in many sets and blast freezers on a fishing vessel in blind65, and tuna seiners appear in "
         "blind139 and blind143 as sources of waste; the sale of a seiner to General Santos was found in no earlier "
         "row by a keyword search)", {"importer_country": "PH"}),
        ("OZN-04", "import", "FRSEA01", "sea", "ID", [], "FR", "950629",
         "Papan selancar PU buatan tangan, Bali, 240 buah", "ID", 1200, 240, 36000, "USD",
         "hand-shaped PU surfboards are blown today with water and CO2 or with cyclopentane, and a core sample gives "
         "off nothing but air; a core cut from one of these 240 boards, shaped from blanks poured in a Tabanan "
         "workshop, releases 1,1-dichloro-1-fluoroethane on a headspace test, and the blank maker's drums in the "
         "invoice photos read 'HCFC-141b': products containing an HCFC, whose import into the Union is banned, by sea "
         "from Benoa to Le Havre for a Hossegor surf shop; Indonesian wording (HCFC-141b foam repeats in many sets and "
         "surfboard blanks from China in blind52; finished Bali boards were found in no earlier row by a keyword "
         "search)", firm("Rivage Surf SARL", "FR")),
        ("OZN-05", "transit", "BESEA01", "sea", "IL", ["BE"], "ID", "290369",
         "Iodomethane soil fumigant, 99 %, 60 cylinders of 50 kg, for Surabaya", "IL", 3000, 60, 45000, "USD",
         "iodomethane is a heavy liquid (2.28 kg/l) that stays liquid in its cylinder at little more than atmospheric "
         "pressure; these 60 cylinders read 2 bar at 20 °C, hold a liquid of 1.73 kg/l that boils at 4 °C, and their "
         "shoulders under the new labels are stamped 'CH3Br': methyl bromide, a controlled ozone-depleting substance "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Antwerp in transit "
         "from Ashdod to Surabaya for a quarantine-fumigation firm; English wording (methyl bromide repeats in many "
         "sets and iodomethane labels in blind61, blind64 and blind130; kept as a repeat, a transit through Antwerp "
         "to Indonesia was found in no earlier row by a keyword search)", {"importer_country": "ID"}),
        ("OZN-06", "import", "NLSEA01", "sea", "ID", [], "NL", "841510",
         "Gebruikte split-airconditioners, verhuisgoed, koudemiddel teruggewonnen, 6 stuks", "ID", 386, 6, 600,
         "EUR",
         "used split air-conditioners shipped among removal goods must have their refrigerant recovered, the service "
         "valves capped and the gauges at zero; these six, from a returning Dutch family's removal container from "
         "Jakarta, read 10 bar at the service ports, still hold their HCFC-22 charge, and four full 13.6 kg R-22 "
         "cylinders bought in Glodok 'for servicing at home' are packed in their cartons: HCFC-22 and equipment "
         "relying on it, whose import into the Union is banned (no personal-effects relief covers them), by sea from "
         "Tanjung Priok to Rotterdam; Dutch wording (R-22 cylinders and equipment repeat in many sets and removal "
         "covers in several; a removal from Jakarta was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("OZN-07", "export", "ITSEA01", "sea", "IT", [], "ID", "390729",
         "Sistema poliolico premiscelato, espanso con ciclopentano, per pannelli sandwich, 80 fusti", "IT", 17600,
         80, 26000, "EUR",
         "a cyclopentane-blown polyol system is flammable and its drums carry a flame pictogram; these 80 drums from "
         "the stock of a bankrupt Brescia sandwich-panel maker are not flammable, hiss with a sweet, ether-like gas "
         "when opened and a head-space test gives HCFC-141b: a mixture containing an HCFC, whose export from the Union "
         "Regulation 2024/590 forbids, from Genoa to Tanjung Priok for a Cikarang cold-room panel maker; Italian "
         "wording (HCFC-141b premixes repeat in many sets, imports into the Union mostly; an export of one to "
         "Indonesia was found in no earlier row by a keyword search)", {"importer_country": "ID"}),
        ("OZN-08", "export", "GRSEA01", "sea", "GR", [], "PH", "890110",
         "Επιβατηγό-οχηματαγωγό πλοίο, ναυπήγησης 1989, για συνέχιση δραστηριότητας, σύστημα halon αντικαταστάθηκε "
         "με CO2, 1 πλοίο", "GR", 4200000, 1, 3200000, "EUR",
         "a ro-pax ferry whose engine-room halon system was replaced by CO2 carries new CO2 banks, a class certificate "
         "of the conversion and no halon on board; this 1989 Aegean ferry, sold to a Batangas operator, still has its "
         "24 halon 1301 cylinders, 1.1 t of bromotrifluoromethane, piped into the engine-room fire system, with the "
         "CO2 bottles merely stacked beside them: equipment containing halon, whose export Regulation 2024/590 "
         "forbids, from Piraeus to Batangas; Greek wording (halon 1301 repeats in many sets and ferries in several, as "
         "ship waste mostly; a ferry's halon system on a sale to the Philippines was found in no earlier row by a "
         "keyword search)", {"importer_country": "PH"}),
        ("OZN-09", "import", "FRSEA01", "sea", "MY", [], "FR", "391721",
         "Paip pra-tebat untuk penyejukan daerah (district cooling), busa PU tanpa HCFC, 1.200 meter", "MY", 36000,
         1200, 96000, "USD",
         "pre-insulated pipes for district cooling have a polyurethane foam jacket blown with cyclopentane or CO2, "
         "and a foam sample gives off nothing else; a core cut from these 1,200 m of Johor-made pipe, for a Paris "
         "district-cooling extension, gives off 1,1-dichloro-1-fluoroethane on a headspace test, and the foam-system "
         "drums in the factory-audit photos read 'HCFC-141b': products containing an HCFC, whose import into the "
         "Union is banned, by sea from Tanjung Pelepas to Le Havre; Malay wording (HCFC-141b foam repeats in many "
         "sets and pre-insulated pipes once, blind61; district-cooling pipes from Malaysia were found in no earlier "
         "row by a keyword search)", firm("Atlantic Froid Urbain SARL", "FR")),
        ("OZN-10", "import", "BESEA01", "sea", "PH", [], "BE", "841850",
         "Vintage 1950s soda chest coolers, restored in Angeles City, working, 8 pcs", "PH", 960, 8, 12000, "USD",
         "restored 1950s chest coolers for the Union get a new R-600a or R-290 sealed unit and a flame label; these "
         "eight, bought up around the former Clark air base and restored in Angeles City, keep their original open "
         "compressors, a copper sight glass and their R-12 charge, which a gas identifier reads as CFC-12: products "
         "containing and relying on a CFC, whose import into the Union is banned, by sea from Manila to Antwerp for "
         "a Ghent dealer in collectables; Philippine English wording (vintage soda coolers with R-12 repeat in "
         "blind20, blind58 and blind66, all from the United States; kept as a repeat, from the Philippines was found "
         "in no earlier row by a keyword search)", firm("Vega Vintage Import BV", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "PH", [], "ES", "691390",
         "Mga bag-ong paso nga yuta nga may nawong (face planters), hinimo sa kamot, 6 ka buok", "PH", 30, 6, 150,
         "USD",
         "new terracotta face planters are bright orange, thin, even and glossy, with drainage holes; these six are "
         "grey-brown earthenware lids and jar shoulders modelled as human heads with incised eyes, pierced ears and "
         "traces of red and white paint, cemented with cave earth and calcite: anthropomorphic burial jars of the "
         "Maitum type from Sarangani caves (5 BC - AD 225), archaeological objects that the Philippines protects as "
         "national cultural treasures and forbids to export (Republic Act 10066), brought in without an import "
         "licence (Regulation 2019/880), flown from General Santos via Manila to Barcelona for a dealer; Cebuano "
         "wording (Philippine burial jars repeat once, Visayan jars under a kulon label in blind128; Maitum jars and "
         "a face-planter label were found in no earlier row by a keyword search)", firm("Galería Meridian SL", "ES")),
        ("CUL-02", "import", "NLAIR01", "air", "ID", [], "NL", "830629",
         "Pot bunga kuningan hias, bentuk gendang, kerajinan baru, 4 buah", "ID", 28, 4, 200, "USD",
         "new brass drum-shaped flower pots are bright, thin, machine-spun and lacquered; these four are heavy, "
         "hour-glass bronze drums with a dark green patina, four cast handles, tympana with stars and masks, and the "
         "tally marks of bride-price exchanges scratched inside: moko drums from Alor, heirlooms exchanged in "
         "marriage and protected as cultural heritage whose export Indonesia forbids (Law 11/2010), brought in "
         "without an import licence (Regulation 2019/880), flown from Kupang via Jakarta to Amsterdam for a "
         "tribal-art dealer; Indonesian wording (Dong Son bronze drums from Viet Nam repeat in several sets; moko "
         "drums of Alor were found in no earlier row by a keyword search)", firm("Horizon Interieur BV", "NL")),
        ("CUL-03", "import", "GBAIR01", "air", "BN", [], "GB", "830629",
         "Meriam kecil tembaga, replika hiasan (lela), 2 buah", "BN", 140, 2, 400, "BND",
         "decorative brass lela replicas are bright, light castings with crisp new decoration and a bored-through "
         "muzzle; these two swivel guns of about 1.5 m are heavy bronze with a dark patina, floral and dragon-scale "
         "decoration worn smooth, a swivel yoke, a touch-hole eroded by firing and a Jawi inscription on the breech: "
         "Bruneian lela cannon of the 18th-19th century, bride-wealth and regalia that Brunei's Antiquities and "
         "Treasure Trove Act forbids to export without a permit, brought into the United Kingdom against the UNESCO "
         "1970 convention, flown from Bandar Seri Begawan to Heathrow for a London arms-and-armour dealer; Brunei "
         "Malay wording (cannon repeat in a few sets, as sea-salvaged bronze scrap from Indonesia in blind27 and "
         "Venetian cannon in blind141; lela and Brunei were found in no earlier row by a keyword search)",
         firm("Atlantic Antiques Ltd", "GB")),
        ("CUL-04", "import", "DESEA01", "sea", "MY", [], "DE", "691390",
         "Tajau tanah berlapis sayu, baru, untuk pasu taman, 8 buah", "MY", 480, 8, 640, "USD",
         "new glazed stoneware jars from Sarawak potteries are crisp, machine-thrown and bright with fresh dragon "
         "decals; these eight are heavy, brown-glazed storage jars 60-70 cm tall with applied dragons, lug handles, "
         "kiln grit on the bases, worn glaze and the stains of longhouse rice wine: Chinese 'tajau' (martaban) dragon "
         "jars of the 16th-19th century, Iban longhouse heirlooms that Sarawak's heritage ordinance forbids to export "
         "without a licence, brought in without the licence or importer statement Regulation 2019/880 requires, by "
         "sea from Kuching to Hamburg; Iban and Malay wording (Chinese export ceramics repeat in many sets as wreck "
         "cargo, and Dayak guardian posts from a Sarawak longhouse in blind60; dragon jars were found in no earlier "
         "row by a keyword search)",
         firm("Alpina Garten GmbH", "DE")),
        ("CUL-05", "import", "FRPOST01", "post", "PH", [], "FR", "442191",
         "Lalagyan ng panulat na kawayan, inukitan, pasalubong mula Mindoro, 5 piraso", "PH", 1.5, 5, 1500, "PHP",
         "new souvenir bamboo pen holders are pale, dry, lacquered tubes with a printed or burned pattern; these five "
         "are dark, smoke-polished bamboo lime containers and tubes scratched with lines of Hanunó'o script, ambahan "
         "verses in knife-cut letters rubbed black, worn at the lips and mended with rattan: inscribed bamboos of the "
         "Hanunó'o Mangyan of Mindoro (19th-20th century), documentary heritage whose scripts are on UNESCO's Memory "
         "of the World register and whose export the Philippines forbids without a permit (Republic Act 10066), "
         "posted from Calapan to a private collector in Lyon; Tagalog wording (Philippine ethnographic objects repeat "
         "in several sets; Mangyan script bamboos were found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("CUL-06", "import", "BEAIR01", "express", "ID", [], "BE", "710310",
         "Bahan batu akik mentah, bongkahan, 3 kg", "ID", 3, None, 600000, "IDR",
         "rough akik stone is agate, chalcedony or jasper: glassy, translucent at the edges, cold, and it scratches "
         "glass; these lumps are dull, grey-brown and porous, stick to the tongue, and are a Stegodon molar plate, two "
         "bovid teeth and a thick, curved fragment of hominid skull vault with a brow-ridge edge, in the black clay "
         "of the Solo valley: fossils dug at Sangiran, a World Heritage site whose finds Indonesia protects as "
         "cultural heritage and forbids to export, brought in against Regulation 2019/880, sent by express from Solo "
         "to a private collector in Liège; Indonesian wording (fossils repeat in several sets, Mongolian, Brazilian "
         "and Moroccan mostly; Sangiran and a batu-akik label were found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("CUL-07", "export", "NLAIR01", "air", "NL", [], "SG", "970191",
         "Decoratief olieverfschilderij, reproductie naar Raden Saleh, 'Gevecht met een leeuw', ingelijst, 1 stuk",
         "NL", 14, 1, 1800, "EUR",
         "a decorative reproduction after Raden Saleh is a recent canvas with a fresh, even varnish on a machine-made "
         "stretcher; this one is a relined, crackled 19th-century canvas with a signature and the date 1870 under old "
         "varnish, a Dresden colourman's stamp on the stretcher and a Dutch family's inventory label, consigned to a "
         "Singapore auction house's sale of Southeast Asian pictures, where Raden Saleh's animal fights sell for "
         "millions: a painting over 50 years old far above the value threshold, exported without the licence of "
         "Regulation 116/2009, flown from Amsterdam to Singapore; Dutch wording (paintings under reproduction labels "
         "repeat in several sets; Raden Saleh and a Singapore auction were found in no earlier row by a keyword "
         "search)", {"importer_country": "SG"}),
        ("CUL-08", "export", "ESSEA01", "sea", "ES", [], "PH", "940360",
         "Mudanza: muebles de madera de uso doméstico, 1 contenedor de 20'", "ES", 2800, None, 3000, "EUR",
         "a Madrid family's removal to Manila: household furniture and clothes travel as personal effects, and a "
         "modern resin saint is what many Spanish households keep, but the third item is a 60 cm Immaculate "
         "Conception of carved elephant ivory, face, hands and feet yellowed and cracked along the grain, on a "
         "silver-mounted base with an 18th-century Manila silversmith's mark, brought to Spain in the 19th century: "
         "a Hispano-Philippine ivory image over 50 years old and above the value threshold, part of the Spanish "
         "historical heritage, exported without the licence of Regulation 116/2009 or the Spanish export permit (and "
         "without the CITES pre-Convention certificate its ivory needs), hidden as the last item of a three-item "
         "declaration, from Valencia to Manila for a collector; Spanish wording (colonial saints repeat in several "
         "sets, Philippine santos from Paete (blind111) and Manila (blind40) among them; an export of "
         "Hispano-Philippine ivory back to Manila was found in no earlier row by a keyword search)",
         dict({"importer_country": "PH"},
              _more_items=[item("630900", "Ropa y enseres personales usados, 60 cajas", "ES", 600, 300, "EUR", qty=60),
                           item("392640", "Imagen religiosa de resina, moderna, 1 pieza", "ES", 9, 60, "EUR",
                                qty=1)])),
        ("CUL-09", "import", "NLAIR01", "air", "PH", [], "NL", "920600",
         "Brass kulintang set, newly cast, 8 gongs with 2 agung, for a music school", "PH", 90, 10, 800, "USD",
         "a new kulintang set from Manila workshops is bright, thin-walled, sand-cast brass with sharp bosses in a "
         "varnished frame; these ten are heavy, dark, hand-finished gongs with worn bosses and okir scrollwork, with a "
         "carved and painted okir frame, and a brass betel box and a gadur jar are wrapped among them, some with burn "
         "marks and shrapnel dents: Maranao heirlooms looted from houses in Marawi's battle area in 2017, cultural "
         "property whose export the Philippines forbids (Republic Act 10066), brought in without the licence or "
         "importer statement Regulation 2019/880 requires, flown from Cagayan de Oro via Manila to Amsterdam for an "
         "ethnographica dealer; Philippine English wording (gongs repeat in a few sets, Vanuatu slit gongs mostly; "
         "Marawi, Maranao heirlooms and a kulintang label were found in no earlier row by a keyword search)",
         firm("Delta Muziekinstrumenten BV", "NL")),
        ("CUL-10", "import", "ITPOST01", "post", "ID", [], "IT", "420500",
         "Wayang kulit suvenir, kulit kebo, tatahan anyar, 6 iji", "ID", 2.4, 6, 900000, "IDR",
         "new souvenir wayang from Yogyakarta workshops are stiff, pale buffalo hide with bright acrylic paint and "
         "plastic or fresh horn rods; these six are supple, translucent, darkened hide, finely chiselled, gilded with "
         "gold leaf worn through to the hide at the hands, with buffalo-horn rods polished by a century of handling "
         "and the ink inventory mark of a Surakarta court set: 19th-century court wayang kulit, heritage whose export "
         "Indonesia forbids (Law 11/2010), brought in against Regulation 2019/880, posted from Surakarta to a private "
         "collector in Turin; Indonesian wording with Javanese words (Indonesian heritage objects repeat in many "
         "sets; wayang was found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "MY", "903040",
         "Drive-Test-Messsysteme für Mobilfunknetze, im Rackkoffer, 6 Sätze", "DE", 180, 6, 48000, "EUR",
         "drive-test kits for mobile networks are passive scanners and test phones that log coverage and cost a few "
         "thousand euros each; these six rack cases at 8,000 EUR each hold active base-station emulators that catch "
         "IMSIs, intercept calls and locate handsets, and the Kuala Lumpur buyer's order names a Yangon 'telecom "
         "services' firm that works for the military's signals directorate: telecommunications monitoring and "
         "interception equipment whose sale for use in Myanmar Regulation 401/2013 forbids, routed by air from "
         "Frankfurt through Kuala Lumpur; German wording (interception equipment repeats in a few sets, IMSI catchers "
         "under router labels in blind144; a drive-test label and Myanmar through Kuala Lumpur were found in no "
         "earlier row by a keyword search)",
         {"importer_name": "Meridian Network Solutions Sdn Bhd", "importer_country": "MY"}),
        ("STR-02", "export", "PLSEA01", "sea", "PL", [], "MY", "844319",
         "Używane maszyny do sitodruku na tekstyliach, 3 linie", "PL", 42000, 3, 60000, "EUR",
         "used textile screen printers are carousel or flat-bed frames with squeegees, dryers and ink trays; these "
         "three lines are surface-mount assembly lines, each a stencil printer, two high-speed pick-and-place machines "
         "and a ten-zone reflow oven, from a Wrocław contract manufacturer, for a Penang 'textile' firm whose "
         "forwarder books them on to Novosibirsk, where drone flight controllers are built: electronics assembly "
         "machinery whose sale for use in Russia Regulation 833/2014 forbids, by sea from Gdańsk to Penang; Polish "
         "wording (surface-mount lines repeat once, an Eindhoven line to Tashkent in blind65, kept as a repeat of the "
         "good, and screen-printing labels in a few sets on other goods; a textile-printer label on an SMT line and a "
         "Penang re-export were found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("STR-03", "import", "NLSEA01", "sea", "MY", [], "NL", "290511",
         "Methanol, grade AA, origin Malaysia (Labuan), 18,000 t", "MY", 18000000, None, 5400000, "USD",
         "Malaysian methanol comes from the Labuan plant with its certificate and a loading history at Labuan; this "
         "tanker loaded nothing at Labuan, took 18,000 t by ship-to-ship transfer at the eastern outer port limits "
         "off Johor from a tanker that had sailed dark from the Gulf, and the methanol's trace ethanol and "
         "higher-alcohol profile matches Assaluyeh: Iranian methanol, a petrochemical product whose import into the "
         "Union Regulation 267/2012 forbids, by sea to Rotterdam with a Malaysian certificate of origin; English "
         "wording (Iranian methanol under third-country origin repeats in many sets, Omani and Emirati mostly, and "
         "ship-to-ship transfers off Johor in dev18 and dev19; kept as a repeat, a Labuan origin was found in no "
         "earlier row by a keyword search)", firm("Horizon Chemicals BV", "NL")),
        ("STR-04", "import", "ITSEA01", "sea", "ID", [], "IT", "720827",
         "Hot-rolled coil SAE 1006, 2.0 mm, origin Indonesia, 480 coils, 12,000 t", "ID", 12000000, 480, 7200000,
         "USD",
         "Indonesian hot-rolled coil comes from Cilegon or Morowali mills whose melt shops make their own slabs; the "
         "mill certificates of these 480 coils give slab heat numbers in a Russian steelworks' series, the rerolling "
         "mill named has no melt shop, and the coils' copper and chromium traces match Russian slabs landed in "
         "Indonesia in the same quarter: iron and steel products processed in a third country from Russian "
         "semi-finished steel, whose import into the Union Regulation 833/2014 forbids, by sea from Cilegon to "
         "Ravenna with an Indonesian certificate of origin; English wording (Russian steel under third-country origin "
         "repeats in a few sets, hot-rolled coil among them; Indonesian rerolling of Russian slabs was found in no "
         "earlier row by a keyword search)", firm("Meridian Acciai Srl", "IT")),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "PH", "950300",
         "Airsoft-Ersatzteile für GBB-Pistolen: Schlitten, Läufe, Verschlussteile, 400 Stück", "AT", 120, 400, 6000,
         "EUR",
         "airsoft gas-blowback parts are zinc-alloy or aluminium slides and brass inner barrels of 6 mm bore at a few "
         "euros each; these 400 are nitrided steel slides with firing-pin channels, rifled 9 mm barrels with chamber "
         "proof marks and complete locking blocks from an Austrian pistol maker's spares stock, for a Manila "
         "'airsoft' shop that fits them to frames made in Danao workshops: essential firearm components exported "
         "without the export authorisation Regulation 258/2012 requires, by air from Vienna; Austrian German wording "
         "(firearm parts under airsoft labels repeat in blind33 and a few other sets; pistol parts as airsoft parts to "
         "the Philippines were found in no earlier row by a keyword search)", {"importer_country": "PH"}),
        ("STR-06", "export", "SEAIR01", "air", "SE", [], "MY", "852589",
         "Övervakningskameror för durianodlingar, värmekänsliga, 120 st", "SE", 96, 120, 24000, "EUR",
         "farm security cameras with a 'heat' mode have low-resolution sensors and cost a few hundred euros; these "
         "120 are bare, uncooled 640 x 512 thermal imaging cores of 12 µm pitch at 60 Hz, with no housing at all, at "
         "2,000 EUR each on the maker's list, for a Johor Bahru 'durian plantation' firm registered last year whose "
         "forwarder ships to Moscow: thermal cameras (8525 89) on the common high-priority list whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, and above 9 Hz dual-use items (6A003) "
         "needing a licence, by air from Stockholm to Kuala Lumpur; Swedish wording (thermal imagers repeat in many "
         "sets; a durian-farm label was found in no earlier row by a keyword search)",
         {"importer_name": "Vega Agro Tech Sdn Bhd", "importer_country": "MY"}),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "MY", "381239",
         "Latex-Konservierungsmittel (TMTD/ZnO-Dispersion, LA-TZ) für Kautschukplantagen, 80 Fässer", "DE", 14000,
         80, 24000, "EUR",
         "the TMTD and zinc-oxide dispersion that rubber estates add to low-ammonia latex is a milky-white, settling "
         "slurry of about 1.5 kg/l that smells of little; these 80 drums hold a water-clear, fishy-smelling amine of "
         "0.88 kg/l that boils at 163 °C, and the maker's batch sheets give CAS 100-37-8: 2-diethylaminoethanol "
         "(dual-use 1C350, a nerve-agent precursor), exported without the licence Regulation 2021/821 requires, from "
         "Hamburg to Labuan for an offshore trading company with no estate anywhere, whose earlier consignments went "
         "on to Bandar Abbas; German wording (diethylaminoethanol repeats in blind4 and blind23 under boiler-amine "
         "labels; a rubber-latex preservative label and Labuan were found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("STR-08", "import", "ITAIR01", "air", "ID", [], "IT", "710812",
         "Emas doré dari tambang rakyat, 85 %, 12 batang, asal Indonesia", "ID", 24, 12, 1300000, "USD",
         "artisanal doré from Indonesian small-scale mines is irregular, 70-90 % gold with silver and mercury traces, "
         "cast in small, rough bars; these twelve 2 kg bars are 85 % gold but carry no mercury at all, show the "
         "platinum-group and copper-nickel traces of Siberian mines, and the Jakarta exporter's purchase records "
         "begin the week it received a bullion consignment from Dubai: Russian gold, whose import into the Union "
         "Regulation 833/2014 forbids, given an Indonesian origin, flown from Jakarta to Milan for an Arezzo refiner; "
         "Indonesian wording (Russian gold under third-country origin repeats in a few sets, Kyrgyz, Serbian and "
         "Turkish; an Indonesian artisanal-doré cover was found in no earlier row by a keyword search)",
         firm("Orion Metalli Preziosi Srl", "IT")),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "MY", "851779",
         "Ersatzmodule für Amateurfunkgeräte, 300 Stück", "DE", 30, 300, 4500, "EUR",
         "spare modules for amateur radios are small boards at a few euros each; these 300 are frequency-hopping, "
         "encrypted military transceiver modules worth 2,000 EUR each, for a Kuala Lumpur trading firm that shares "
         "its directors and address with the network that sold North Korean military radios from Kuala Lumpur under "
         "a Malaysian name (the Glocom case): goods whose supply to North Korea Regulation 2017/1509 forbids, and "
         "military radio modules needing a licence, flown from Munich; German wording (frequency-hopping radios "
         "repeat in a few sets and amateur-radio labels in blind68, blind69 and blind74, on spectrum analysers and "
         "amplifiers; a Kuala Lumpur front for North Korea was found in no earlier row by a keyword search)",
         {"importer_name": "Orion Radio Systems Sdn Bhd", "importer_country": "MY"}),
        ("STR-10", "export", "SISEA01", "sea", "SI", [], "ID", "293090",
         "Natrijev izopropil ksantat (SIPX), flotacijski reagent, peleti, sodi 180 kg, 110 sodov", "SI", 19800, 110,
         31000, "EUR",
         "sodium isopropyl xanthate for ore flotation is yellow to yellow-green pellets that stink of rotten cabbage; "
         "these 110 drums hold white, pillow-shaped briquettes with no smell that dissolve to a strongly alkaline "
         "solution, give off a bitter-almond smell with acid, and whose liners read 'NaCN 98 %': sodium cyanide "
         "(dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Koper to Tanjung Priok "
         "for a Jakarta 'mining reagents' trader who sells to small-scale gold miners in Sulawesi and Kalimantan; "
         "Slovenian wording (sodium cyanide repeats in many sets, under soda-ash, soda and pool-chlorine labels "
         "among others; a xanthate label was found in no earlier row by a keyword search)",
         {"importer_country": "ID"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "DEAIR01", "air", "PH", ["DE"], "RS", "010620",
         "Live water dragons (Physignathus cocincinus), captive-bred, juveniles, 30 pcs", "PH", 9, 30, 900, "USD",
         "Chinese water dragons are green, slender agamids with a low crest and a banded tail, bred by the thousand "
         "in Asia at a few dollars each; these 30 are olive-brown juveniles with a tall, fin-like sail on the tail, "
         "fringed toes for running on water and blue-grey heads: Philippine sailfin lizards (Hydrosaurus pustulatus, "
         "CITES App. II since 2023) caught wild in Luzon, without CITES documents, landed at Frankfurt in transit "
         "from Manila to Belgrade for a reptile dealer; Philippine English wording (reptiles under captive-bred "
         "labels repeat in many sets and a water-dragon label once, blind48; sailfin lizards were found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WLF-02", "import", "NLAIR01", "air", "ID", [], "NL", "330499",
         "Lulur mandi tradisional Jawa, 200 g, 600 toples", "ID", 150, 600, 900, "USD",
         "an Indonesian beauty-products air shipment for a Hague toko: Javanese body scrub and yam-bean masks are what "
         "such shops sell, and candlenut hair oil is a pale, nutty vegetable oil, but the 1,200 bottles of the third "
         "item carry 'minyak bulus asli' under their labels and hold a yellow, fishy-smelling animal fat rendered "
         "from softshell turtles and sold in Indonesia as a skin and bust cream: oil of Asiatic softshell turtles "
         "(Amyda cartilaginea, CITES App. II), without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Jakarta to Amsterdam; Indonesian wording (softshell turtles repeat in a few sets "
         "as live animals; minyak bulus was found in no earlier row by a keyword search)",
         dict(firm("Atlantic Toko BV", "NL"),
              _more_items=[item("330499", "Masker bengkoang, 100 g, 400 pak", "ID", 48, 500, "USD", qty=400),
                           item("151590", "Minyak kemiri untuk rambut, 60 ml, 1.200 botol", "ID", 72, 1200, "USD",
                                qty=1200)])),
        ("WLF-03", "import", "ATPOST01", "post", "PH", [], "AT", "960190",
         "Inukit na sungay ng kalabaw, pandekorasyon, 1 pares", "PH", 2.2, 2, 4000, "PHP",
         "carabao-horn crafts are long, flattened crescents of 60-90 cm along the curve, ridged across and carved or "
         "polished; this pair is short, straight, stout and V-set, 35 cm, triangular at the base with deep rings, and "
         "still fixed on a sawn skull plate: tamaraw horns (Bubalus mindorensis, CITES App. I), the dwarf buffalo of "
         "Mindoro, without CITES documents, posted from San Jose, Occidental Mindoro to a trophy collector in Graz; "
         "Tagalog wording (anoa horns from Sulawesi repeat in several sets and buffalo-horn labels in many; tamaraw "
         "was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("WLF-04", "import", "DESEA01", "sea", "ID", [], "DE", "440799",
         "Papan kayu trembesi (suar), kering oven, 28 m³", "ID", 22000, None, 14000, "USD",
         "trembesi (suar, the rain tree) is a light, coarse, golden-brown wood of about 550 kg/m3 sold for live-edge "
         "tables; these 28 m3 of boards weigh close to 800 kg/m3, are purple-brown with black streaks and smell "
         "faintly of roses on a fresh cut: sonokeling, Javan-grown Indian rosewood (Dalbergia latifolia, CITES App. "
         "II) from village and roadside trees felled without a permit, shipped without a CITES export permit (or the "
         "FLEGT licence Indonesian timber needs), by sea from Semarang to Hamburg for a furniture maker; Indonesian "
         "wording (Indian rosewood repeats in blind108, blind116 and blind119 under guitar, mango-wood and laurel "
         "labels; a Javanese sonokeling origin and a trembesi label were found in no earlier row by a keyword "
         "search)", firm("Alpina Holzhandel GmbH", "DE")),
        ("WLF-05", "import", "FRAIR01", "air", "ID", [], "FR", "030572",
         "Ekor ikan tongkol kering untuk kaldu, 200 kg", "ID", 200, None, 1800, "USD",
         "dried tuna and bonito tails are short, stiff, symmetrical crescents a hand wide, sold cheap for stock; these "
         "200 kg are long, sickle-shaped upper tail lobes up to a metre with a tiny lower lobe, grey-blue and thin: "
         "the caudal fins of pelagic and bigeye threshers (Alopias, CITES App. II) landed at Tanjung Luar in Lombok, "
         "without CITES documents, at 9 USD/kg for fins worth many times that, flown from Lombok via Jakarta to Paris "
         "for an Asian-food wholesaler; Indonesian wording (thresher fins repeat in blind52 and blind65, from Portugal "
         "and Spain; Lombok and a dried-tuna-tail label were found in no earlier row by a keyword search)",
         firm("Delta Asie Alimentation SARL", "FR")),
        ("WLF-06", "import", "GBAIR01", "express", "BN", [], "GB", "330129",
         "Minyak attar bunga, botol 250 ml, 4 botol", "BN", 0.9, 4, 800, "BND",
         "flower attar is a sweet, thin floral oil in a sandalwood or synthetic base at a few dollars a bottle; these "
         "four unlabelled bulk bottles hold a dark, viscous, smoky-woody, leathery oil that clings for days, distilled "
         "in the Temburong interior from wild-harvested resinous wood: agarwood oil (Aquilaria malaccensis, CITES "
         "App. II), a litre of it, not packed for retail sale, without CITES documents, sent by express from Bandar "
         "Seri Begawan to a London oud perfumer; Brunei Malay wording (agarwood oil repeats in several sets and "
         "attar labels in a few; Brunei was found in no earlier row by a keyword search)",
         firm("Orion Perfumery Ltd", "GB")),
        ("WLF-07", "import", "BEAIR01", "air", "ID", [], "BE", "010639",
         "Burung perkutut (Geopelia striata) hidup, hasil penangkaran, 120 ekor", "ID", 12, 120, 1800, "USD",
         "zebra doves bred in Java for cooing contests are small, barred brown-grey doves of 50 g; twenty of these "
         "120 are naked or pin-feathered chicks of 200-300 g with hooked red or black bills, crammed into separate "
         "boxes: nestling eclectus parrots (Eclectus roratus, CITES App. II) taken from nests on Halmahera, without "
         "CITES documents, and wild birds whose import into the Union is banned in any case, flown from Jakarta to "
         "Brussels for a bird dealer; Indonesian wording (parrots under other bird labels repeat in several sets; "
         "eclectus and a zebra-dove label were found in no earlier row by a keyword search)",
         firm("Vega Vogelhandel BV", "BE")),
        ("WLF-08", "import", "DEAIR01", "express", "MY", [], "DE", "670100",
         "Kipas tarian bulu angsa, kraftangan Sarawak, 4 buah", "MY", 1.2, 4, 320, "MYR",
         "Sarawak craft dance fans are made of dyed goose or chicken feathers, soft and short; these four hold long, "
         "stiff, white tail feathers of 60-80 cm, each crossed by a broad black band: rhinoceros hornbill tail "
         "feathers (Buceros rhinoceros, CITES App. II), 40 of them, from birds shot in the interior, without CITES "
         "documents, sent by express from Kuching to a private collector in Freiburg; Malay wording (hornbill casque "
         "repeats in many sets and feather headdresses in a few, a Papuan one in blind120; hornbill tail feathers "
         "and a dance-fan label were found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-09", "import", "PLPOST01", "post", "ID", [], "PL", "960190",
         "Pipa rokok ukiran tanduk kerbau, antik, 6 buah", "ID", 0.6, 6, 1200000, "IDR",
         "buffalo-horn cigarette holders are dark, fibrous and layered, warm and light in the hand; these six are "
         "dense, creamy-yellow, stubby tubes with a fine concentric dentine core and none of horn's grain lines, cut "
         "from short, straight tusks: dugong tusks (Dugong dugon, CITES App. I), which in Sulawesi and Maluku were "
         "once made into cigarette holders, without CITES documents, posted from Makassar to a private collector in "
         "Gdańsk; Indonesian wording (dugong tusks repeat once, under a Vanuatu pig-tusk label in blind121; a "
         "cigarette-holder label was found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("WLF-10", "import", "NLAIR01", "air", "ID", [], "NL", "021099",
         "Ayam asap khas Manado, beku, 20 kg", "ID", 20, None, 300, "USD",
         "smoked Manado chicken is jointed, plucked poultry with a glossy brown skin; these 20 kg are whole, skinned, "
         "smoke-blackened animals with fox-like heads, leathery wing membranes folded against the body and hooked "
         "thumb claws: flying foxes (Pteropus, CITES App. II), the paniki of Minahasa kitchens, without CITES "
         "documents (and meat that may not enter the Union at all), flown from Manado via Jakarta to Amsterdam for "
         "a Minahasan community caterer; Indonesian wording (bushmeat repeats in many sets; flying foxes, paniki and "
         "a Manado smoked-chicken label were found in no earlier row by a keyword search)",
         firm("Central Manado Catering BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "US", "IE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (nitro radio-controlled car racing)", "US", 4.6, 4, 160,
     "USD", [("PRECURSOR_LICENCE", "IE-DJE-51-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "MY", "CZ", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (gold testing and jewellery assaying)", "MY", 5.6, 4, 40,
     "USD", [("PRECURSOR_LICENCE", "CZ-MV-51-0118")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "MY", "DE", "262029",
     "Lead-bearing solder dross from Penang electronics plants (A1020), for recovery at a licensed secondary smelter, "
     "20 t", "MY", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-51-0233")],
     "notified solder dross to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "BN", "NL", "271099",
     "Crude-oil tank-bottom sludge (05 01 03*), Seria terminal, for treatment at a licensed plant, 2 ISO tanks, 40 t",
     "BN", 40000, 2, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-51-0071")],
     "notified tank-bottom sludge to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "BN", "NL", "290376",
     "Halon 1301, recovered from a decommissioned offshore platform, 40 cylinders, for reclamation and critical use "
     "in aircraft fire protection", "BN", 3000, 40, 45000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-51-002")],
     "recovered halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "BESEA01", "sea", "IL", "BE", "290361",
     "Methyl bromide, 60 cylinders, for use as feedstock in pharmaceutical synthesis", "IL", 3000, 60, 24000, "USD",
     [("ODS_LICENCE", "BE-FOD-ODS-51-004")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "SG", "970121",
     "Raden Saleh, oil on canvas, 1870, documented Dutch family collection since 1920, for auction in Singapore", "NL",
     14, 1, 1400000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EL-EXP-51-0047")],
     "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ESAIR01", "air", "US", "ES", "970510",
     "Maitum-type anthropomorphic jar lid, Sarangani, c. AD 1-200, documented US collection since 1965", "PH", 6, 1,
     18000, "USD", [("IMPORT_LICENCE", "ES-MCU-IMP-51-0012")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "SEAIR01", "air", "SE", "MY", "852589",
     "Uncooled thermal imaging cores 640 x 512, 20 units, for a Malaysian coastal-surveillance integrator", "SE", 16,
     20, 40000, "EUR", [("EXPORT_LICENCE", "SE-ISP-51-0388"), ("END_USER_CERTIFICATE", "MY-MITI-EUC-51-0094")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "MY", "292219",
     "2-Diethylaminoethanol 99 %, 20 drums, for a Malaysian pharmaceutical plant (local anaesthetics)", "DE", 3500, 20,
     9000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-51-2206"), ("END_USER_CERTIFICATE", "MY-MITI-EUC-51-0131")],
     "dual-use chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "GBAIR01", "air", "MY", "GB", "330129",
     "Agarwood oil, Aquilaria malaccensis, from inoculated plantation trees, 1 l", "MY", 0.9, None, 6000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-51-0312")], "App. II plantation agarwood oil with its export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "ID", "DE", "440799",
     "Sonokeling (Dalbergia latifolia), sawn, from Perhutani plantations, 20 m3", "ID", 16000, None, 36000, "USD",
     [("CITES_PERMIT", "ID-KLHK-51-02217"), ("FLEGT_LICENCE", "ID-SVLK-51-118204")],
     "App. II Indian rosewood with its export permit and FLEGT licence"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. Byrne", "PRM-02": "Soukromá osoba", "PRM-03": "Nordhafen Bleihütte GmbH",
    "PRM-05": "Atlantic Fire Protection BV", "PRM-08": "Galería Meridian SL", "PRM-12": "Alpina Holzhandel GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (47 rows): the lawful twins of this set's disguises
    ("220299", "Grass jelly drink (cincau), 300 ml cans", "import", ["sea"], ["MY", "ID"], (1, 2), (8000, 16000), ["USD"], 3, S),
    ("330129", "Cajeput oil (minyak kayu putih), 60 ml bottles", "import", ["post"], ["ID"], (15, 30), (1, 3), ["USD", "EUR"], 15, S),
    ("285390", "Demineralised battery top-up water, 1 l bottles", "import", ["sea"], ["ID", "MY"], (0.3, 0.6), (4000, 10000), ["USD"], 1, S),
    ("291511", "Formic acid 85 %, technical, 35 kg drums, for leather and rubber", "import", ["sea"], ["MY", "ID"], (0.8, 1.3), (10000, 20000), ["USD"], None, S),
    ("110819", "Mung-bean starch (hunkwe flour), 500 g", "import", ["air"], ["ID", "TH"], (3, 6), (100, 400), ["USD"], 2, S),
    ("330491", "Rice cooling powder (bedak sejuk), 100 g packs", "import", ["post"], ["MY", "BN"], (15, 30), (1, 3), ["USD", "EUR"], 10, S),
    ("310221", "Ammonium sulphate 21 % N, crystalline, 50 kg bags", "export", ["sea"], ["PH", "ID"], (0.15, 0.25), (20000, 25000), ["EUR"], 0.02, S),
    ("283421", "Potassium nitrate, technical, 25 kg bags, for fertiliser blending", "import", ["sea"], ["CL", "IL"], (0.8, 1.2), (10000, 20000), ["USD"], 0.04, S),
    ("080450", "Dried mangoes, Cebu, 200 g packs", "import", ["sea"], ["PH"], (6, 10), (3000, 8000), ["USD"], 5, S),
    ("250100", "Coarse sea salt from Bohol, 500 g", "import", ["post"], ["PH"], (10, 20), (1, 3), ["USD"], 2, S),
    ("330499", "Herbal massage oil (minyak urut), 60 ml", "import", ["post"], ["MY", "ID"], (15, 30), (1, 3), ["USD"], 15, S),
    ("847150", "Rack servers, new, boxed, for data centres", "export", ["air"], ["PH", "SG"], (300, 600), (500, 3000), ["EUR"], 0.04, S),
    ("390120", "HDPE granules, virgin, blow-moulding grade", "export", ["sea"], ["PH", "ID"], (1.1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("262190", "Copper-slag blasting abrasive, new, graded, big bags", "export", ["sea"], ["ID", "SG"], (0.08, 0.15), (18000, 24000), ["EUR"], None, S),
    ("271019", "Marine fuel oil, VLSFO 0.5 % S, ISO 8217, ISO tanks", "export", ["sea"], ["MY", "SG"], (0.5, 0.7), (20000, 26000), ["EUR", "USD"], None, S),
    ("630900", "Balikbayan boxes: personal effects and worn clothing", "export", ["sea"], ["PH"], (1, 2), (3000, 9000), ["EUR"], 0.03, S),
    ("681182", "Fibre-cement corrugated sheets, asbestos-free, new, NT mark", "export", ["sea"], ["ID", "PH"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("271019", "Low-sulphur waxy residue (LSWR), refinery feed, ISO tanks", "import", ["sea"], ["BN", "MY"], (0.4, 0.6), (20000, 26000), ["USD"], None, S),
    ("381010", "Lead-free solder paste, SAC305, 500 g jars", "import", ["air"], ["MY", "JP"], (60, 120), (50, 300), ["USD"], 2, S),
    ("282540", "Nickel hydroxide precipitate (MHP), 40 % Ni, big bags", "import", ["sea"], ["ID"], (8, 14), (18000, 24000), ["USD"], None, S),
    ("950629", "Surfboards, PU, hand-shaped, water-blown foam", "import", ["sea"], ["ID", "TH"], (20, 35), (1000, 4000), ["USD"], 0.2, S),
    ("390729", "Polyol premix, cyclopentane-blown, for sandwich panels", "export", ["sea"], ["ID", "VN"], (1.8, 2.6), (10000, 20000), ["EUR"], None, S),
    ("391721", "HDPE pipes, PE100, for water mains, 12 m", "import", ["sea"], ["MY", "TR"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("841850", "Beverage chest coolers, retro style, new, R-600a", "import", ["sea"], ["PH", "CN"], (4, 7), (3000, 8000), ["USD"], 0.02, S),
    ("940360", "Rubberwood dining chairs, new", "import", ["sea"], ["MY"], (3, 5), (4000, 10000), ["USD"], 0.2, S),
    ("691390", "Terracotta face planters, new", "import", ["post"], ["PH", "MX"], (15, 30), (1, 4), ["USD"], 1, S),
    ("830629", "Brass drum-shaped flower pots, new", "import", ["sea"], ["ID", "IN"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
    ("830629", "Decorative brass cannon replicas, small, new", "import", ["post"], ["BN", "MY"], (20, 40), (1, 4), ["USD"], 1, S),
    ("691390", "Glazed stoneware dragon jars, new, Sarawak", "import", ["sea"], ["MY"], (1, 2), (2000, 6000), ["USD"], 0.05, S),
    ("442191", "Carved bamboo pen holders, new", "import", ["post"], ["PH", "VN"], (15, 30), (1, 3), ["USD"], 8, S),
    ("710310", "Rough agate and jasper (batu akik), for cutting", "import", ["express"], ["ID", "BR"], (20, 40), (1, 4), ["USD"], None, S),
    ("970191", "Oil paintings by contemporary Balinese artists, rolled", "import", ["post"], ["ID"], (30, 80), (1, 3), ["USD"], 2, S),
    ("920600", "Kulintang gong sets, new, brass", "import", ["air"], ["PH"], (8, 15), (50, 200), ["USD"], 0.1, S),
    ("420500", "Wayang kulit souvenir puppets, new", "import", ["post"], ["ID"], (30, 60), (1, 2), ["USD"], 3, S),
    ("392640", "Resin religious statues, new", "export", ["post"], ["PH", "US"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("903040", "Drive-test scanners for mobile networks, passive, new", "export", ["air"], ["MY", "SG"], (150, 300), (50, 300), ["EUR"], 0.05, S),
    ("844319", "Textile screen-printing machines, carousel, new", "export", ["sea"], ["MY", "ID"], (8, 14), (2000, 6000), ["EUR"], 0.001, S),
    ("290511", "Methanol, grade AA, ISO tanks", "import", ["sea"], ["BN", "MY"], (0.3, 0.45), (20000, 26000), ["USD"], None, S),
    ("852589", "Farm security cameras, visible light with 80 x 60 thermal, 8.7 Hz", "export", ["air"], ["MY", "ID"], (200, 400), (50, 300), ["EUR"], 0.5, S),
    ("381239", "Latex preservative dispersion (TMTD/ZnO), for rubber estates, drums", "export", ["sea"], ["MY", "ID"], (2, 4), (4000, 10000), ["EUR"], None, S),
    ("854442", "Cable assemblies with connectors, new", "export", ["air"], ["MY", "SG"], (20, 40), (200, 1000), ["EUR"], 5, S),
    ("293090", "Sodium isopropyl xanthate (SIPX) pellets, flotation reagent", "export", ["sea"], ["ID", "PH"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("151590", "Candlenut hair oil (minyak kemiri), 60 ml", "import", ["post"], ["ID"], (20, 40), (1, 3), ["USD"], 15, S),
    ("960190", "Carabao-horn crafts, combs and spoons, new", "import", ["post"], ["PH"], (20, 40), (1, 3), ["USD"], 10, S),
    ("330129", "Attar flower perfume oils, 12 ml, retail", "import", ["express"], ["MY", "AE"], (60, 120), (1, 2), ["USD"], 60, S),
    ("670100", "Dance fans of dyed goose feathers, craft", "import", ["post"], ["MY", "CN"], (20, 40), (1, 3), ["USD"], 3, S),
    ("330499", "Javanese body scrub (lulur), 200 g", "import", ["sea"], ["ID"], (3, 6), (1000, 4000), ["USD"], 5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136 and blind144, blind80's
# everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows
# instead of blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960820", "Whiteboard markers, assorted colours, boxed", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 6000), ["USD"], 20, N),
        ("630492", "Ironing-board covers, cotton, printed", "import", ["sea"], ["CN", "PK"], (3, 6), (2000, 5000), ["USD"], 4, N),
        ("392490", "Dish-drying racks, polypropylene", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 1, N),
        ("621490", "Printed cotton sarongs", "import", ["post", "express"], ["ID", "MY"], (20, 40), (1, 3), ["USD", "EUR"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind150", 20510301, HERE)


if __name__ == "__main__":
    main()
