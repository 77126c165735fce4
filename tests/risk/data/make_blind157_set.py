#!/usr/bin/env python3
"""Writes the hundred-and-fifty-seventh blind set (tests/risk/data/blind157-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2052, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an East Africa emphasis (Kenya, Tanzania, Uganda, Rwanda and Mozambique as origins,
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
would. Ids are BL157-*:

    python3 tests/risk/data/make_blind157_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2052, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2052
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEAIR01", "air", "TZ", [], "BE", "090710",
         "Karafuu nzima za Pemba, daraja la kwanza, magunia 25 kg, 8", "TZ", 200, 8, 2400, "USD",
         "a Zanzibar spice air shipment for an Antwerp spice shop that sells to the public: Pemba cloves and "
         "cinnamon bark are what such shops buy, but the third item's 'maji ya karafuu' (clove water) is 240 plastic "
         "bottles with vented caps holding a water-clear liquid of 1.13 kg/l with no clove scent at all (clove "
         "hydrosol is faintly milky and smells strongly of clove), that whitens and stings the fingers and fizzes on "
         "a cut: about 35 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, hidden as "
         "the last item of a three-item declaration, flown from Zanzibar to Brussels; Swahili wording (hydrogen "
         "peroxide repeats in many sets and hydrosol and flower-water covers in several; a clove-water label behind "
         "Pemba cloves was found in no earlier row by a keyword search)",
         dict(firm("Central Épices SA", "BE"),
              _more_items=[item("090619", "Mdalasini wa Zanzibar, maganda, magunia 20 kg, 3", "TZ", 60, 420, "USD", qty=3),
                           item("330190", "Maji ya karafuu (clove water), chupa 1 lita, 240", "TZ", 290, 720, "USD", qty=240)])),
        ("PRE-02", "import", "PTPOST01", "post", "MZ", [], "PT", "130219",
         "Óleo de casca de castanha de caju (LCC), para proteger madeira contra a muchém, 4 frascos de 1 litro",
         "MZ", 4.6, 4, 1500, "MZN",
         "cashew-nut-shell liquid is a black-brown, treacly, blistering oil that smells of phenol and stains "
         "everything it touches, used in Nampula to keep termites out of roof poles; these four bottles hold a "
         "colourless, thin, faintly fruity liquid of 1.14 kg/l that sinks in water and leaves no stain: nitromethane "
         "(Annex I above 16 %), posted from Nampula to a private person in Braga; Mozambican Portuguese wording "
         "('muchém' for termite mound; nitromethane repeats in many sets and termite-treatment labels in a few on "
         "other goods; a cashew-nut-shell-liquid label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-03", "import", "NLAIR01", "express", "KE", [], "NL", "151590",
         "Cold-pressed extra virgin avocado oil, Murang'a, 4 x 1 litre", "KE", 7.4, 4, 6400, "KES",
         "cold-pressed avocado oil is an emerald-green oil of 0.91 kg/l that smells of grass and butter and floats on "
         "water; these four bottles hold a colourless, syrupy, odourless liquid of 1.84 kg/l that chars a paper "
         "towel black and grows hot with a drop of water: about 96 % sulphuric acid (Annex I above 15 %), sent by "
         "express from Nairobi to a private person in Utrecht, although corrosive liquids travel by express only as "
         "declared dangerous goods; Kenyan English wording (sulphuric acid repeats in many sets and oil covers on it "
         "in several; an avocado-oil label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-04", "import", "DEAIR01", "air", "KE", [], "DE", "251200",
         "Food-grade diatomaceous earth, Kariandusi, 500 g pouches, 400 pouches", "KE", 480, 400, 1600, "USD",
         "food-grade diatomite is a feather-light, off-white flour of about 300 kg/m3, so 400 pouches of 500 g fill "
         "a pallet and weigh 200 kg; these weigh 480 kg, each pouch is half empty, and hold a dense, gritty white "
         "powder that is not chalky on the fingers, flares violet in a gas flame and burns fiercely with sugar: "
         "potassium perchlorate (Annex I above 40 %), retail-packed for a Leipzig health-food web shop that sells the "
         "pouches to the public, flown from Nairobi; Kenyan English wording (potassium perchlorate repeats in many "
         "sets; diatomaceous-earth labels appear in three earlier rows on waste and other goods; a Kariandusi "
         "supplement label on a precursor was found in no earlier row by a keyword search)",
         firm("Vega Naturkost GmbH", "DE")),
        ("PRE-05", "export", "PLSEA01", "sea", "PL", ["KE"], "SO", "283311",
         "Siarczan sodu bezwodny, do produkcji proszków do prania, worki 25 kg, 20 t", "PL", 20000, 800, 3000, "EUR",
         "detergent-grade anhydrous sodium sulphate is a fine, dull white powder that colours a flame yellow; these "
         "800 sacks hold glassy, sharp crystals that spit and flare violet on a hot plate, and the sack liners carry "
         "CAS 3811-04-9 under the overprint, for a Mogadishu 'detergent plant' that has no spray tower: potassium "
         "chlorate, on the list of improvised-explosive-device components whose supply to Somalia the Security "
         "Council restricts (resolution 2498 (2019) and later) and the Union applies, by sea from Gdynia through "
         "Mombasa; Polish wording (potassium chlorate repeats in many sets and Somalia in a few, ammonium nitrate as "
         "urea once, blind143; a sodium-sulphate label on potassium chlorate, through Mombasa, is the new part as far "
         "as a search found)", {"importer_name": "Xamar Detergent Industries", "importer_country": "SO"}),
        ("PRE-06", "import", "SESEA01", "sea", "TZ", [], "SE", "253090",
         "Magadi ya Ziwa Natron, ya kupikia maharage na mboga, pakiti 500 g, 12.000", "TZ", 6000, 12000, 4200, "USD",
         "magadi is the grey-white, earthy crust of natural soda that Tanzanian cooks add to beans; it fizzes in "
         "vinegar and tastes soapy; these 12,000 packets hold clean, colourless crystals that do not fizz, taste "
         "of nothing a cautious tongue would try and make a wet rag blaze when dry, for a Gothenburg African "
         "cash-and-carry that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, by sea from Dar es Salaam; Swahili wording (sodium chlorate repeats in many sets under salt "
         "labels, and a trona label (kaun) once, on potassium chlorate, blind109; a magadi label from Lake Natron was "
         "found in no earlier row by a keyword search)", firm("Horizon Afrikansk Livs AB", "SE")),
        ("PRE-07", "import", "FRAIR01", "air", "TZ", [], "FR", "200989",
         "Juisi ya mabungo, asilia, chupa 1 lita, 600", "TZ", 840, 600, 900, "USD",
         "mabungo juice, from the sour rubber-vine fruit of the Swahili coast, is a thick, orange, fibrous juice of "
         "about 1.05 kg/l that tastes like sour toffee; these 600 bottles hold a thin, pale-yellow liquid of "
         "1.40 kg/l that fumes brown when opened, yellows the skin and eats into a copper coin, for a Paris "
         "Château-Rouge shop that sells to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, flown from Dar es Salaam; Swahili wording (nitric acid repeats in many sets and "
         "juice covers on it in several; a mabungo label was found in no earlier row by a keyword search)",
         firm("Rivage Exotique SARL", "FR")),
        ("PRE-08", "import", "FIAIR01", "express", "KE", [], "FI", "170290",
         "Stevia & erythritol table sweetener, Nakuru, 4 x 500 g", "KE", 2.9, 4, 2400, "KES",
         "a stevia-erythritol sweetener is a sweet, cooling, free-flowing white granule that melts on the tongue; "
         "these four tubs hold a heavier, slightly damp, crystalline powder that is not sweet, cakes in humid air and "
         "burns fiercely when mixed with sugar: sodium perchlorate (Annex I above 40 %), sent by express from Nairobi "
         "to a private person in Espoo; Kenyan English wording (sodium perchlorate repeats in many sets and "
         "sweetener labels (erythritol among them) in several; a Kenyan stevia blend from Nakuru was found in no "
         "earlier row by a keyword search; kept as a repeat of the sweetener family)",
         person("Hodan Warsame", "FI")),
        ("PRE-09", "import", "GRSEA01", "sea", "TZ", [], "GR", "120740",
         "Ufuta mweupe uliokobolewa (hulled white sesame), mifuko 1 kg, 18.000", "TZ", 18000, 18000, 9000, "USD",
         "hulled white sesame is a flat, teardrop-shaped, oily seed that smells nutty when crushed and sells at about "
         "2 USD/kg; these 18,000 bags, invoiced at a quarter of that, hold round, hard, white prills of 1-2 mm that "
         "turn ice-cold in water, leave no oil on paper and test at 34 % N, for a Piraeus cash-and-carry that sells "
         "the bags to the public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the "
         "public, by sea from Dar es Salaam; Swahili wording (ammonium nitrate repeats in many sets and seed and grain "
         "covers on it in several; sesame appears in earlier rows only on other goods and a sesame label on ammonium "
         "nitrate was found in no earlier row by a keyword search)", firm("Orion Trofima AE", "GR")),
        ("PRE-10", "import", "DEPOST01", "post", "UG", [], "DE", "200989",
         "Omubisi gw'amatooke, ogw'obutonde, eccupa 6 eza lita emu", "UG", 7.2, 6, 60000, "UGX",
         "mubisi, the fresh juice of Ugandan beer bananas, is a cloudy, golden, sweet juice that starts to ferment "
         "within a day; these six bottles hold a water-clear, still liquid of 1.20 kg/l with no banana smell, have "
         "vented caps and whiten the skin: about 50 % hydrogen peroxide (Annex I above 12 %), posted from Kampala to a "
         "private person in Hanover; Luganda wording (hydrogen peroxide repeats in many sets and juice covers on it in "
         "several, Rwandan passion-fruit juice once, blind130; a banana-juice (mubisi) label was found in no earlier "
         "row by a keyword search)", person("Anna Schmidt", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "KE", "630900",
         "Gebrauchte Kleidung (Mitumba), Sortierung A, Ballen à 45 kg, 400 Ballen", "DE", 18000, 400, 9000, "EUR",
         "a second-hand container for Mombasa: mitumba bales and used shoes are what Hamburg sorters ship to "
         "Gikomba's traders, but the third item's 600 'tested, working' television sets are deep, heavy cathode-ray "
         "tube sets and monitors with cracked screens, cut mains cables and no test labels, stacked without "
         "packing behind the bales: waste electrical equipment with CRT glass (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Hamburg to Mombasa; German wording (CRT sets repeat in many sets; behind mitumba bales, a label found in no "
         "earlier row by a keyword search, is the new part)",
         dict({"importer_country": "KE"},
              _more_items=[item("630900", "Gebrauchte Schuhe, gemischt, Säcke, 80 Säcke", "DE", 2400, 1600, "EUR", qty=80),
                           item("852872", "Gebrauchte Fernsehgeräte, geprüft, funktionsfähig, 600 Stück", "DE", 15000, 3000, "EUR", qty=600)])),
        ("WST-02", "export", "BESEA01", "sea", "BE", ["TZ"], "RW", "850760",
         "Tweedehands lithium-ionbatterijmodules (second life) voor zonne-minigrids, 40 pakketten", "BE", 16000, 40,
         24000, "EUR",
         "second-life modules for mini-grids come graded, with a state-of-health report and an intact management "
         "system; these 40 packs are crash-damaged car batteries with crushed housings, swollen cells, cut "
         "management boards and scorch marks, pulled from Belgian salvage yards: waste lithium-ion batteries, "
         "hazardous waste whose export to a non-OECD country is banned, by sea from Antwerp through Dar es Salaam to "
         "a Kigali 'solar' firm; Flemish Dutch wording (second-life batteries repeat in many sets and Kigali in a few; "
         "by the central corridor from Dar es Salaam to Rwanda is the new part as far as a search found)",
         {"importer_country": "RW"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "KE", "271019",
         "Olio combustibile denso (furnace oil) per caldaie di fabbriche di tè, cisterne ISO, 40 t", "IT", 40000, None,
         12000, "EUR",
         "furnace oil for the boilers of Kericho tea factories is a clean, black, uniform residual fuel with a "
         "refinery certificate; these ISO tanks hold a grey-brown, watery emulsion that separates in a jar, smells of "
         "solvent and reads chlorine above 1,000 ppm and metals from engine wear, collected from garages and "
         "workshops in Campania: waste mineral oils (13 02 05*, 13 08 02*), hazardous waste whose export to a non-OECD "
         "country is banned, from Salerno to Mombasa; Italian wording (used oil repeats in many sets under fuel-oil "
         "labels; a tea-factory furnace-oil label was found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("WST-04", "export", "PLSEA01", "sea", "PL", [], "TZ", "300490",
         "Leki — dar humanitarny dla szpitala misyjnego w Ifakarze, 120 kartonów", "PL", 1800, 120, 2000, "EUR",
         "a humanitarian medicine donation is in-date stock with at least a year of shelf life and a packing list "
         "by product; these 120 cartons hold pharmacy returns and hospital clear-outs two to six years past their "
         "dates, among them cytostatics (methotrexate, cyclophosphamide) in broken blisters and leaking vials: "
         "cytotoxic and other discarded medicines (18 01 08*, 20 01 31*), hazardous waste whose export to a "
         "non-OECD country is banned, from Gdynia to Dar es Salaam for a mission hospital in Morogoro region; Polish "
         "wording (expired medicines as donations repeat in many sets; a Polish mission-hospital donation to "
         "Tanzania is the new part as far as a search found)", {"importer_country": "TZ"}),
        ("WST-05", "export", "SISEA01", "sea", "SI", [], "TZ", "731100",
         "Jeklenke za stisnjen zrak, rabljene, preizkušene, 120 kosov", "SI", 4140, 120, 1200, "EUR",
         "used compressed-air bottles are hollow: a 2-litre steel bottle weighs 3-4 kg and rings when tapped; these "
         "120 small, thick-walled, screw-plugged steel flasks weigh 34.5 kg each, do not ring, slosh heavily and read "
         "mercury vapour at the plugs: metallic mercury drained from a decommissioned chlor-alkali cell room, waste "
         "whose export the Union bans (Regulation 2017/852, and hazardous waste under the waste shipment rules), "
         "from Koper to Dar es Salaam for a Mwanza 'mining supplies' trader selling to artisanal gold miners; "
         "Slovenian wording (mercury repeats in many sets; in compressed-air bottles by sea from Slovenia to "
         "Tanzania is the new part as far as a search found)", {"importer_country": "TZ"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "KE", "870323",
         "Used right-hand-drive cars, roadworthy, for resale, 24 units", "IE", 30000, 24, 36000, "EUR",
         "roadworthy used cars for Kenya must be under eight years old and come with a pre-export inspection "
         "certificate; these 24 right-hand-drive cars are 2009-2012 insurance write-offs with deployed airbags, "
         "crushed fronts, leaking engine oil, brake fluid and coolant and no inspection papers, bought at Irish "
         "salvage auctions: end-of-life vehicles with their fluids (16 01 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Dublin to Mombasa; Irish English wording (end-of-life vehicles repeat in "
         "many sets, right-hand-drive labels in several; from Ireland to Kenya is the new part as far as a search "
         "found)", {"importer_country": "KE"}),
        ("WST-07", "transit", "NLSEA01", "sea", "NO", ["NL"], "KE", "721041",
         "Brukte bølgeblikkplater (mabati), galvaniserte, 20 t", "NO", 20000, None, 2000, "EUR",
         "used galvanised corrugated sheets (mabati, as Kenyan builders call them) are thin, light, magnetic steel "
         "that rings when dropped; these 20 t are thick, grey, brittle, non-magnetic corrugated sheets with broken "
         "edges and moss, stripped from Norwegian barn roofs, that show chrysotile fibres under a lens: "
         "asbestos-cement roofing (17 06 05*), hazardous waste whose export to a non-OECD country is banned, landed "
         "at Rotterdam in transit from Oslo to Mombasa; Norwegian wording (asbestos cement repeats in many sets, "
         "under fibre-cement and slate labels; a mabati label on it, in transit through Rotterdam, was found in no "
         "earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-08", "export", "FISEA01", "sea", "FI", ["KE"], "UG", "321519",
         "Painovärit, kunnostetut, offsetpainoon, tynnyrit 200 l, 60 kpl", "FI", 12000, 60, 6000, "EUR",
         "reconditioned offset inks are smooth, single-colour pastes in sealed drums with a batch sheet; these 60 "
         "drums hold mixed, skinned-over ink residues, press-wash solvent and rags, with a layer of flammable "
         "solvent on top, from Tampere print works: waste ink and solvent sludge (08 03 12*, 08 03 19*), hazardous "
         "waste whose export to a non-OECD country is banned, by sea from Kotka through Mombasa to a Kampala "
         "'printing supplies' trader; Finnish wording (printing-ink labels repeat in a few sets on other wastes; "
         "from Finland to Uganda through Mombasa is the new part as far as a search found)",
         {"importer_country": "UG"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", ["KE"], "UG", "940210",
         "Gereviseerde tandartsunits met röntgentoestellen, 30 sets", "NL", 6000, 30, 15000, "EUR",
         "refurbished dental units come cleaned, re-upholstered and tested, with the amalgam separators emptied; "
         "these 30 are scrapped chairs with torn seats, amalgam separators and suction traps full of grey amalgam "
         "sludge, oil-filled X-ray heads and lead aprons, collected from closing Dutch practices: waste equipment "
         "with mercury-containing amalgam and other hazardous components (18 01 10*, 16 02 13*), hazardous waste "
         "whose export to a non-OECD country is banned, by sea from Rotterdam through Mombasa to a Kampala clinic "
         "supplier; Dutch wording (dental waste and amalgam repeat in many sets; to Uganda as refurbished dental units "
         "is the new part as far as a search found)", {"importer_country": "UG"}),
        ("WST-10", "import", "DESEA01", "sea", "TZ", [], "DE", "380210",
         "Coconut-shell activated carbon, new, 6x12 mesh, 500 kg bags, 20 t", "TZ", 20000, 40, 30000, "USD",
         "new coconut-shell carbon for gold plants is hard, clean, dust-free black granules that float at first and "
         "cost about 1.5 USD/kg; these bags hold abraded, grey-coated granules with lime scale and fine sand, that "
         "smell of almonds and read mercury and free cyanide, from the carbon-in-leach circuit of a Geita gold "
         "mine: spent activated carbon loaded with mercury, cyanide and fine gold (06 13 02*), hazardous waste "
         "shipped into the Union without the notification and consent it needs, from Dar es Salaam to Hamburg for a "
         "'filter media' trader; Tanzanian English wording (activated carbon repeats in many sets and Geita once, "
         "on another good; spent gold-plant carbon imported under a new-carbon label is the new part as far as a "
         "search found)", firm("Nordhafen Aktivkohle GmbH", "DE")),
    ],
    "ozone": [
        ("OZN-01", "export", "NLSEA01", "sea", "NL", [], "KE", "841869",
         "Gebruikte koeltunnels voor avocado-pakstations, met koelaggregaten, 6 stuks", "NL", 15000, 6,
         21000, "EUR",
         "used forced-air cooling tunnels for avocado packhouses are sold on by Dutch fruit importers with the "
         "refrigerant recovered, or run on R-744 or ammonia; these six, for a Murang'a avocado exporter, still hold "
         "their charge in the condensing units (about 45 kg each), and the nameplates under the 'R-449A' stickers "
         "read R-22: equipment containing HCFC-22, whose export from the Union is banned (Regulation 2024/590), from "
         "Rotterdam to Mombasa; Dutch wording (R-22 equipment repeats in many sets, cold rooms for a Naivasha rose "
         "farm once, blind64; avocado packhouse tunnels are the new part as far as a search found)",
         {"importer_country": "KE"}),
        ("OZN-02", "export", "ESSEA01", "sea", "ES", [], "MZ", "293090",
         "Dimetil disulfuro (DMDS), fumigante de suelo contra nematodos para plataneras, cilindros 100 kg, 80 unidades", "ES", 8000,
         80, 28000, "EUR",
         "DMDS soil fumigant is a yellowish liquid of 1.06 kg/l that reeks of garlic and rotten cabbage; these 80 "
         "cylinders hold a liquefied gas of 1.73 kg/l under pressure, with a faint tear-gas smell from 2 % "
         "chloropicrin, and the cylinder shoulders are stamped 'CH3Br' under the paint: methyl bromide, whose export "
         "from the Union is banned, from Valencia to Beira for a Manica banana-plantation contractor; Spanish wording "
         "(methyl bromide repeats in many sets, for tobacco seedbeds in two, and DMDS labels in two imports, blind80 "
         "and blind96; kept as a repeat of the cover, an export for Mozambican banana nematode control is the new "
         "part as far as a search found)", {"importer_country": "MZ"}),
        ("OZN-03", "export", "ITSEA01", "sea", "IT", [], "TZ", "842410",
         "Estintori a schiuma senza fluoro da 6 l per veicoli da safari, 300 pezzi", "IT", 2400, 300, 9000, "EUR",
         "a 6 l fluorine-free foam extinguisher holds water and foam concentrate and sloshes like a water bottle; these 300 "
         "bottles spray a liquid that flashes off into a sweet-smelling gas, their valves are stamped 'BCF' and the "
         "cylinders are refilled old stock: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, whose "
         "export from the Union is banned outside critical uses, from Genoa to Dar es Salaam for an Arusha safari "
         "outfitter; Italian wording (halon 1211 repeats in many sets and foam-extinguisher labels in several; for "
         "safari vehicles in Tanzania is the new part as far as a search found)", {"importer_country": "TZ"}),
        ("OZN-04", "import", "DESEA01", "sea", "KE", [], "DE", "870333",
         "Land Rover Defender 110 Station Wagon (1989), used, ex-safari, with air conditioning, 1 unit", "GB", 2100, 1,
         14000, "USD",
         "classic safari Land Rovers brought back from Kenya have had their air conditioning removed or converted to "
         "R-134a; this one has its original under-dash system, 1.2 kg of refrigerant at 6 bar and a service tag from "
         "a Nairobi workshop reading 'R-12 recharged 2051': a product containing CFC-12, whose import into the Union "
         "is banned (Regulation 2024/590), by sea from Mombasa to Bremerhaven for a classic-car dealer; Kenyan "
         "English wording (CFC-12 repeats in many sets and old vehicles with R-12 systems in a few; a Land Rover from "
         "Kenya is the new part as far as a search found)", firm("Alpina Classic Cars GmbH", "DE")),
        ("OZN-05", "export", "PTSEA01", "sea", "PT", [], "MZ", "382765",
         "Fluido frigorigéneo R-407C regenerado, garrafas retornáveis de 11,3 kg, 200 unidades", "PT", 2260, 200,
         9000, "EUR",
         "reclaimed R-407C is a zeotropic blend whose pressure does not match a single-gas curve and whose cylinders "
         "carry the reclaimer's analysis; these 200 cylinders read exactly the HCFC-22 curve (9.1 bar at 20 °C), have "
         "the brown R-22 colour under the grey paint and an analysis sheet from nowhere: recovered HCFC-22, whose "
         "export from the Union is banned, from Leixões to Maputo for an air-conditioning wholesaler; Portuguese "
         "wording (HCFC-22 under R-407C labels repeats in several sets; to Mozambique from Portugal is the new part as "
         "far as a search found)", {"importer_country": "MZ"}),
        ("OZN-06", "import", "PLSEA01", "sea", "CN", [], "PL", "290351",
         "压缩空气除尘罐 (HFO-1234ze), 400 ml, 24,000 罐", "CN", 9600, 24000, 14400, "USD",
         "an HFO-1234ze air duster costs about twice an HFC one and its can carries a flammability pictogram and "
         "'R-1234ze'; these 24,000 cans cost half the going price, their gas reads the HFC-134a pressure curve on a "
         "gauge and the filler's code printed on the can bottoms is '134a': technical aerosols containing HFC-134a, "
         "whose placing on the market the Union bans (Regulation 2024/573, Annex IV), by sea from Ningbo to Gdańsk "
         "for an electronics distributor; Chinese wording (duster cans and HFO labels repeat in many sets; kept as a "
         "repeat of the cover, a large distributor consignment to Gdańsk is the new part)",
         firm("Delta Elektronika Sp. z o.o.", "PL")),
        ("OZN-07", "transit", "NLAIR01", "air", "US", ["NL"], "KE", "842410",
         "Recharged FM-200 (HFC-227ea) engine fire-suppression bottles for Cessna Caravan, 12 units", "US", 180, 12,
         9000, "USD",
         "recharged HFC-227ea bottles come with the agent certificate and read about 25 bar; these twelve spherical "
         "bottles read 42 bar, their agent weight matches a denser gas and the old data plates under the new "
         "stickers read 'Halon 1301 / CBrF3': bromotrifluoromethane, a controlled substance whose movement through "
         "the Union, transit included, needs the licence Regulation 2024/590 requires, landed at Schiphol in transit "
         "from Miami to a bush-aviation maintenance shop at Nairobi's Wilson Airport; US English wording (halon 1301 "
         "repeats in many sets and FM-200 labels in several; in transit through Schiphol to Wilson Airport is the "
         "new part as far as a search found)", {"importer_country": "KE"}),
        ("OZN-08", "export", "DESEA01", "sea", "DE", [], "TZ", "940360",
         "Gebrauchte Hotelmöbel, Holz, 300 Teile", "DE", 6000, 300, 4500, "EUR",
         "a hotel-refit container for a Zanzibar resort: used wooden furniture and stainless kitchen equipment are "
         "what Bavarian hotels sell on when they refurbish, but the third item's 120 'R-410A split air conditioners' "
         "are old outdoor units with pre-charged circuits whose nameplates read R-22 and whose service valves hold "
         "their charge: equipment containing HCFC-22, whose export from the Union is banned, hidden as the last item "
         "of a three-item declaration, from Hamburg to Dar es Salaam; German wording (R-22 equipment under R-410A "
         "labels repeats in several sets; behind a hotel refit for Zanzibar is the new part as far as a search found)",
         dict({"importer_country": "TZ"},
              _more_items=[item("841981", "Gebrauchte Großküchengeräte, Edelstahl, 40 Stück", "DE", 3200, 4000, "EUR", qty=40),
                           item("841510", "Split-Klimageräte, gebraucht, R-410A, 120 Stück", "DE", 4800, 6000, "EUR", qty=120)])),
        ("OZN-09", "import", "IEAIR01", "express", "US", [], "IE", "290351",
         "R-1234yf A/C recharge kit with hose and gauge, 4 x 8 oz cans", "US", 1.4, 4, 110, "USD",
         "an R-1234yf kit has the left-hand yf service coupler and cans marked with a flame; these four self-sealing "
         "cans fit the old R-134a low-side coupler, carry no flame mark and their small print reads "
         "'1,1,1,2-tetrafluoroethane': HFC-134a in non-refillable containers, whose placing on the market the Union "
         "bans (Regulation 2024/573), sent by express from Texas to a private person in Cork; US English wording "
         "(recharge kits repeat in a few sets; R-1234yf labels on HFC-134a by express to Ireland are the new part as "
         "far as a search found)", person("Seán Ó Briain", "IE")),
        ("OZN-10", "export", "BESEA01", "sea", "BE", ["KE"], "UG", "841830",
         "Congélateurs-coffres d'occasion, testés, 160 pièces", "BE", 9600, 160, 4800, "EUR",
         "used chest freezers for export are recent models on R-600a with a test label; these 160 are 1980s and early "
         "1990s chests whose compressor stickers read R-12 and whose cabinet foam is blown with CFC-11, for fish "
         "traders at Lake Victoria landing sites: equipment containing CFCs, whose export from the Union is banned, by "
         "sea from Antwerp through Mombasa to Kampala; Belgian French wording (CFC fridges and chest freezers repeat "
         "in several sets; to Uganda through Mombasa is the new part as far as a search found)",
         {"importer_country": "UG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DKAIR01", "air", "KE", [], "DK", "442199",
         "Nguzo za uzio za mbao ngumu, zilizotumika, kwa mapambo ya bustani, 6", "KE", 120, 6, 240, "USD",
         "used hardwood fence posts are round or square, split timbers with nail holes, wire marks and a pointed, "
         "rotted foot; these six are flat, carved planks with a disc-shaped head, incised triangles and circles, "
         "weathered grey-black, with termite-eaten bases and traces of offerings, taken from homestead shrines in "
         "Kilifi county: Mijikenda vigango, memorial posts that embody the dead, cultural objects whose export Kenya "
         "forbids, brought in against the import prohibition of Regulation 2019/880, flown from Mombasa to "
         "Copenhagen for a garden-design dealer; Swahili wording (vigango repeat in two sets and a development row, "
         "as carved posts and wall boards to Belgium and the Netherlands; kept as a repeat of the good, a used "
         "fence-post label for Denmark is the new part as far as a search found)", firm("Nordhafen Havedesign ApS", "DK")),
        ("CUL-02", "import", "NLAIR01", "air", "KE", [], "NL", "680299",
         "Kisii soapstone carving, crocodile, large, hand-finished, 1 piece", "KE", 28, 1, 150, "USD",
         "Kisii soapstone is soft, pink-white to grey stone that a fingernail scratches, carved smooth and waxed; "
         "this 'carving' is a heavy, brown-black, mineralised long-snouted skull with rows of conical teeth in "
         "sockets, sandstone matrix in the openings and a field number in ink: a fossil gharial-like crocodile skull "
         "(Euthecodon, Pliocene) from the Turkana basin, palaeontological heritage whose export Kenya forbids, "
         "brought in against the UNESCO 1970 convention, flown from Nairobi to Amsterdam for a private collector; "
         "Kenyan English wording (Kenyan fossils repeat in a few sets; a Kisii-soapstone label was found in no "
         "earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("CUL-03", "import", "PTAIR01", "air", "MZ", [], "PT", "520852",
         "Capulanas de algodão estampadas, 300 peças", "MZ", 90, 300, 900, "USD",
         "a Mozambican craft air shipment for a Lisbon shop: capulanas and new Makonde carvings are what Maputo "
         "exporters fly to Lisbon, but the third item's 40 'réplicas de porcelana chinesa' are thin, blue-and-white "
         "Kraak dishes with panelled borders, worn glaze, shipworm casts and white coral concretions: Wanli-period "
         "porcelain raised from a Portuguese wreck off the Ilha de Moçambique, underwater cultural heritage over 250 "
         "years old whose export Mozambique forbids, brought in without the import licence Regulation 2019/880 "
         "requires, hidden as the last item of a three-item declaration, flown from Maputo; Mozambican Portuguese "
         "wording (wreck ceramics repeat in many sets, Kraak once, blind104; the Ilha de Moçambique was found in no "
         "earlier row by a keyword search)",
         dict(firm("Atlântico Artesanato Lda", "PT"),
              _more_items=[item("442011", "Esculturas makonde novas, madeira de pau-ferro, 24 peças", "MZ", 60, 480, "USD", qty=24),
                           item("691310", "Louça decorativa, réplicas de porcelana chinesa, 40 peças", "MZ", 30, 200, "USD", qty=40)])),
        ("CUL-04", "export", "BEAIR01", "air", "BE", [], "RW", "920600",
         "Tambours décoratifs africains, artisanat récent, 2 pièces", "BE", 40, 2, 400, "EUR",
         "recent craft drums are light, machine-turned and covered with fresh goatskin; these two are tall, heavy, "
         "hand-adzed wooden drums with cowhide laced by thongs, dark patina, old Belgian collection labels and a "
         "1920s field photograph in the crate: a pair of 19th-century Rwandan royal drums (ingoma) from a Belgian "
         "private collection, over 100 years old and sold for about 140,000 EUR, so above the threshold at which "
         "Regulation 116/2009 requires an export licence, exported without one, flown from Brussels to a Kigali "
         "buyer; Belgian French wording (Rwandan royal objects and an export from Belgium to Rwanda were found in no "
         "earlier row by a keyword search)", {"importer_country": "RW"}),
        ("CUL-05", "import", "DEPOST01", "post", "TZ", [], "DE", "253090",
         "Mawe ghafi ya madini kwa wakusanyaji (quartz, basalt), sanduku 1", "TZ", 3.6, 12, 40, "USD",
         "rough mineral specimens are crystals or freshly broken rock; these twelve are flaked basalt and quartzite "
         "choppers and a pear-shaped biface with flake scars on both faces, a glossy patina and lime crust, picked "
         "from the Olduvai Gorge beds: Oldowan and Acheulean stone tools (Lower Palaeolithic), archaeological objects "
         "whose export Tanzania forbids, brought in against the UNESCO 1970 convention, posted from Arusha to a private "
         "collector in Mainz; Swahili wording (Acheulean hand axes repeat in a few sets, from Somaliland once, "
         "blind143; Olduvai and a mineral-specimen label were found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-06", "import", "ITAIR01", "air", "KE", [], "IT", "940169",
         "Sedia in stile Lamu (kiti cha enzi), artigianato nuovo, 1 pezzo", "KE", 14, 1, 350, "EUR",
         "new Lamu-style chairs are mvule or mahogany with bone-coloured resin inlay and string seats; this one is a "
         "heavy, black ebony chair of state with a high back, turned finials, bone and ivory inlay of rosettes and a "
         "worn woven seat, its pegs hand-cut: an 18th-19th century Swahili kiti cha enzi from a Lamu or Siyu family, "
         "a cultural object whose export Kenya forbids, brought in against the import prohibition of Regulation "
         "2019/880 (its ivory inlay would need CITES documents as well), flown from Malindi to "
         "Milan for a villa owner; Italian wording (a kiti-cha-enzi label was found in no earlier row by a keyword "
         "search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-07", "import", "FRAIR01", "air", "UG", [], "FR", "970191",
         "Contemporary paintings on barkcloth, Ugandan artists, 8 pieces", "UG", 16, 8, 480, "USD",
         "contemporary barkcloth paintings are acrylic on soft, brown, fibrous mutuba bark that folds like cloth; "
         "these eight are rigid panels of lime plaster on a mud-brick backing with tempera saints, Nubian inscriptions "
         "in Old Nubian and Greek and fresh saw cuts at the edges: fragments of Christian Nubian wall paintings "
         "(8th-12th century) of the Faras group, looted from Sudan's national museum in Khartoum during the war and "
         "carried south through South Sudan to Kampala, brought in against the import prohibition of Regulation "
         "2019/880 and the UN and UNESCO protection of Sudan's heritage, flown from Entebbe to Paris for a dealer; "
         "Ugandan English wording (the Khartoum museum looting repeats in a few sets; Faras wall paintings, a "
         "barkcloth-painting label and a route through Uganda were found in no earlier row by a keyword search)",
         firm("Galerie Rivage SARL", "FR")),
        ("CUL-08", "import", "ESSEA01", "sea", "TZ", [], "ES", "680299",
         "Vigae vya mawe vilivyopakwa rangi kwa mkono, mapambo ya ukuta, 20", "TZ", 900, 20, 300, "USD",
         "new hand-painted stone wall tiles are sawn, flat and painted in bright acrylics; these 20 are irregular "
         "slabs of granite split from a rock face, with faded red-ochre figures of giraffes, elands and elongated "
         "people under a mineral skin and fresh chisel marks on the back: panels cut from the Kondoa rock-art "
         "shelters, a World Heritage site whose heritage Tanzania forbids to export, brought in against the import "
         "prohibition of Regulation 2019/880, by sea from Dar es Salaam to Valencia for a garden-design firm; "
         "Swahili wording (rock art repeats in several sets from other countries; Kondoa was found in no earlier row "
         "by a keyword search)", firm("Delta Jardín SL", "ES")),
        ("CUL-09", "import", "DEAIR01", "express", "KE", [], "DE", "691310",
         "Decorative blue-and-white bowls, reproduction, Mombasa Old Town, 4 pcs", "KE", 2.2, 4, 60, "USD",
         "reproduction blue-and-white bowls are bright, evenly potted and unmarked underneath; these four are "
         "15th-16th century Ming bowls with coral-lime mortar still stuck to their rims and backs, chipped where "
         "they were prised out: bowls set into the pillar tombs of a Swahili coastal site such as Mnarani, "
         "archaeological objects whose export Kenya forbids, brought in against the import prohibition of Regulation "
         "2019/880, sent by express from Mombasa to a private buyer in Hamburg; Kenyan English wording (Chinese "
         "export porcelain repeats in many sets; Swahili pillar-tomb bowls were found in no earlier row by a keyword "
         "search)", person("Lena Wagner", "DE")),
        ("CUL-10", "import", "ATPOST01", "post", "TZ", [], "AT", "491199",
         "Kadi za posta za zamani za Zanzibar, nakala mpya, 60", "TZ", 1.4, 60, 30, "USD",
         "reprinted vintage postcards are glossy, machine-printed card with a printer's imprint; these 60 are "
         "brittle, hand-written Arabic documents on laid paper with seals of the Busaidi sultans, court registers and "
         "letters of the 1860s-1890s with the archive's stamp and shelf numbers on the backs: records stolen from the "
         "Zanzibar National Archives, archives whose export Tanzania forbids, brought in against the import "
         "prohibition of Regulation 2019/880, posted from Stone Town to a Vienna manuscript dealer; Swahili wording "
         "(stolen archives repeat in several sets; Zanzibar's archives and a postcard-reprint label were found in no "
         "earlier row by a keyword search)", person("Thomas Gruber", "AT")),
    ],
    "strategic": [
        ("STR-01", "import", "BEAIR01", "air", "TZ", ["AE"], "BE", "710231",
         "Rough diamonds, Williamson mine (Mwadui), Tanzanian Kimberley Process certificate, 1 parcel, 4,800 ct", "TZ",
         0.96, 1, 1400000, "USD",
         "Williamson (Mwadui) goods are a small, recognisable production: rounded, resorbed stones with a share of "
         "pinks; this 4,800-carat parcel is sharp, bright octahedra and macles in narrow size classes, with the "
         "surface features and fluorescence of Yakutian pipe production and no pink stone in it, and the Tanzanian "
         "certificate was issued to a Dar es Salaam exporter that ships more carats than the mine produces: Russian "
         "rough diamonds, whose import into the Union Regulation 833/2014 forbids, third-country processing or "
         "certificates notwithstanding, flown from Dar es Salaam through Dubai to Antwerp; English wording (Russian "
         "diamonds under other origins repeat in several sets; under a Tanzanian Williamson certificate is the new "
         "part as far as a search found)", firm("Meridian Rough BV", "BE")),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "KE", "870333",
         "Toyota Land Cruiser 79, safari-ombouw (game viewer), open dak, 6 stuks", "BE", 21000, 6, 240000, "EUR",
         "a game-viewer conversion is an open-topped Land Cruiser with tiered bench seats, a canvas roof and a "
         "weight close to the standard vehicle; these six weigh 3.5 t each, have B6 steel and ceramic armour in the "
         "doors and floor, run-flat inserts, a roof hatch ring for a weapon mount and firing ports behind the seat "
         "cushions, and the Nairobi 'tour operator' forwards to a Juba security contractor: armoured vehicles "
         "(military list ML6) for South Sudan, exported without a licence and against the Union's arms embargo "
         "(Regulation 2015/735), from Antwerp to Mombasa; Flemish Dutch wording (armoured vehicles repeat in many "
         "sets and Juba in a few; a safari game-viewer label was found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "KE", "621133",
         "Ochranné vesty pro motocyklisty (boda-boda), reflexní, 400 ks", "CZ", 4400, 400, 8000, "EUR",
         "a reflective riding vest for Nairobi's boda-boda taxi riders is a light, mesh waistcoat with a CE back "
         "protector that weighs under a kilo; these 400 weigh 11 kg each, are plate carriers in a reflective cover "
         "with NIJ level IV ceramic plates and MOLLE webbing underneath, for an Eastleigh trader who ships on to "
         "Mogadishu and Kismayo: military body armour (ML13) exported without a licence and against the UN arms "
         "embargo on Al-Shabaab that the Union applies (Regulation 356/2010), flown from Prague to Nairobi; Czech "
         "wording (body armour repeats in a few sets and motorcycle labels in several on other goods; a boda-boda "
         "vest label was found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("STR-04", "export", "PTAIR01", "air", "PT", [], "MZ", "880622",
         "Drones de vigilância anti-caça furtiva, quadricópteros 5 kg, 6 unidades, para a Reserva do Niassa", "PT", 140,
         6, 18000, "EUR",
         "a 5 kg anti-poaching quadcopter flies 40 minutes with a camera and costs a few thousand euros; these six "
         "crates hold 20 kg fixed-wing VTOL aircraft with 3 m wings, a 10-hour endurance, satellite datalink and an "
         "autopilot that accepts waypoints far beyond line of sight, worth 60,000 EUR each, for a Pemba 'logistics' "
         "company with no conservation contract in Niassa: unmanned aerial vehicles controlled as dual-use items "
         "(9A012), exported without the licence Regulation 2021/821 requires, flown from Lisbon to Maputo; Portuguese "
         "wording (UAVs repeat in many sets; an anti-poaching label and the Niassa reserve were found in no earlier row "
         "by a keyword search)", {"importer_country": "MZ"}),
        ("STR-05", "import", "DEAIR01", "air", "UG", ["AE"], "DE", "710812",
         "Gold doré bars, Ugandan origin, about 82 % Au, 30 bars", "UG", 30, 30, 1700000, "USD",
         "Ugandan doré from artisanal mines and the Entebbe refinery is 70-90 % gold with silver, in rough, bubbly, "
         "irregular bars; these 30 bars assay 99.9 % gold, are re-cast from smooth 1 kg bars whose refiner's stamp "
         "was ground off (a Cyrillic letter survives on one edge), and the Ugandan export licence was issued to a "
         "trader who exports more gold than the country mines: Russian gold, whose import into the Union Regulation "
         "833/2014 forbids, re-cast and relabelled, flown from Entebbe through Dubai to Frankfurt for a refiner; "
         "English wording (Russian gold under third-country origin repeats in a few sets, Kyrgyz, Serbian, Turkish "
         "and Indonesian doré; under Ugandan doré through Dubai is the new part as far as a search found)",
         firm("Central Edelmetall GmbH", "DE")),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "TZ", "840999",
         "Ανταλλακτικά ναυτικών κινητήρων (εφόδια πλοίου), 14 κιβώτια", "GR", 3200, 14, 48000, "EUR",
         "ship's stores for a general chandler in Dar es Salaam are mixed consumables and small spares; these 14 "
         "cases hold cylinder liners, piston crowns and a turbocharger cartridge for one large two-stroke engine "
         "type, with the packing list naming a crude tanker that sits on the Union's list of vessels of Russia's "
         "shadow fleet, anchored off Dar es Salaam: goods supplied for a listed vessel, which Regulation 833/2014 "
         "forbids, from Piraeus; Greek wording (shadow-fleet tankers repeat in two sets and ship chandlers in many; "
         "a Dar es Salaam anchorage supply is the new part as far as a search found)", {"importer_country": "TZ"}),
        ("STR-07", "export", "SESEA01", "sea", "SE", [], "TZ", "380991",
         "Textiltryckhjälpmedel, färgbärare för kangatryck, fat 200 kg, 40 st", "SE", 8000, 40, 16000, "EUR",
         "a textile-printing dye carrier is a blend of surfactants and solvents with a safety sheet and a trade name; "
         "these 40 drums hold a single, pure, colourless, slightly viscous liquid of 1.18 kg/l with a faint sulphur "
         "smell whose drum heads read CAS 111-48-8, for a Dar es Salaam kanga and kitenge printer: thiodiglycol "
         "(Chemical Weapons Convention Schedule 2, dual-use 1C350), exported without the licence Regulation 2021/821 "
         "requires, from Gothenburg; Swedish wording (thiodiglycol repeats in many sets under dye and ink labels; a "
         "kanga-printing label was found in no earlier row by a keyword search)", {"importer_country": "TZ"}),
        ("STR-08", "export", "BEAIR01", "air", "BE", [], "RW", "851310",
         "Lampes frontales rechargeables pour randonnée (trekking des gorilles), 400 pièces", "BE", 240, 400, 8000,
         "EUR",
         "a trekking head torch weighs under 100 g and costs tens of euros; these 400 boxes hold 600 g night-vision "
         "monoculars with third-generation image-intensifier tubes, helmet mounts and infrared illuminators, worth "
         "several thousand euros each, for a Musanze 'tour operator' whose goods cross at Gisenyi to Goma: "
         "night-vision equipment (military list ML15 and dual-use 6A002) for armed groups in the eastern DR Congo, "
         "exported without a licence and against the Union's arms embargo on non-governmental forces there "
         "(Regulation 1183/2005), flown from Brussels to Kigali; Belgian French wording (night-vision devices repeat "
         "in many sets; a gorilla-trekking head-torch label was found in no earlier row by a keyword search)",
         {"importer_country": "RW"}),
        ("STR-09", "export", "ROSEA01", "sea", "RO", [], "TZ", "340290",
         "Tablete pentru mașini de spălat vase, profesionale, butoaie de 45 kg, 400 buc.", "RO", 18000, 400, 14000,
         "EUR",
         "professional dishwasher tablets are wrapped, layered, coloured tablets that smell of perfume and foam in "
         "water; these 400 drums hold unwrapped, plain white, pillow-shaped briquettes with a faint almond smell, "
         "and the inner bags read 'NaCN 98 %', for a Mwanza 'hotel supplies' dealer who sells to artisanal "
         "gold-leaching plants: "
         "sodium cyanide (dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Constanța "
         "to Dar es Salaam; Romanian wording (sodium cyanide repeats in many sets, under pool-tablet labels in "
         "three; a dishwasher-tablet label was found in no earlier row by a keyword search)", {"importer_country": "TZ"}),
        ("STR-10", "export", "PLAIR01", "air", "PL", [], "UG", "870840",
         "Części zamienne do ciągników rolniczych, przekładnie, 6 skrzyń", "PL", 1800, 6, 24000, "EUR",
         "tractor gearbox spares are painted cast-iron housings, gears and bearings in a dealer's boxes; these six "
         "crates hold a magnesium-alloy main-rotor gearbox housing, planetary gears and a tail-rotor hub with "
         "Cyrillic part numbers of the Mi-8/Mi-17 family and overhaul tags, for a Kampala broker whose end user is a "
         "Sudanese air-force base: parts of military helicopters (military list ML10) exported without a licence "
         "and against the Union's arms embargo on Sudan (Regulation 747/2014), flown from Warsaw to Entebbe; Polish "
         "wording (Mi-17 parts repeat in a few sets and gearbox labels in several; to Sudan through Uganda is the "
         "new part as far as a search found)", {"importer_country": "UG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "KE", [], "FR", "440122",
         "Acacia wood smoking chips for barbecue, 500 g bags, 600 bags", "KE", 300, 600, 900, "USD",
         "acacia smoking chips are pale, coarse, splintery wood that smells of plain woodsmoke when burnt; these 600 "
         "bags hold dense, yellow-brown, oily heartwood chips that sink in water and give off a sweet, milky "
         "sandalwood scent when warmed, for a Grasse perfume-raw-materials house: East African sandalwood (Osyris "
         "lanceolata, CITES App. II) without a CITES export permit, whose wild harvest Kenya bans, flown from Nairobi "
         "to Nice; Kenyan English wording (Osyris repeats in many sets under cedar, muhuhu and oil labels; a "
         "barbecue-smoking-chip label on it was found in no earlier row by a keyword search)",
         firm("Orion Arômes SARL", "FR")),
        ("WLF-02", "import", "ESSEA01", "sea", "KE", [], "ES", "121190",
         "Gome la mwarubaini (neem bark) lililokaushwa, magunia 50 kg, 40", "KE", 2000, 40, 1600, "USD",
         "dried neem bark is thin, grey-brown and fissured, and tastes intensely bitter; these 40 sacks hold thick, "
         "dark red-brown bark slabs with a pink inner face and a strong smell of bitter almonds when wet, stripped "
         "from the Mau and Mount Elgon forests, for a Barcelona plant-extracts maker: Prunus africana (pygeum) bark, "
         "CITES App. II, without a CITES export permit, by sea from Mombasa to Barcelona; Swahili wording (Prunus "
         "africana repeats in many sets; a neem-bark label, once on another good in a development set, is the new "
         "part on it as far as a search found)", firm("Delta Fitoquímica SL", "ES")),
        ("WLF-03", "import", "CZPOST01", "post", "KE", [], "CZ", "251710",
         "Decorative flat river pebbles, Kenya, 3 kg", "KE", 3, 1, 25, "USD",
         "flat river pebbles are cold, heavy, silent stones; this parcel holds six live, flat, flexible-shelled "
         "tortoises of a hand's length with brown-and-yellow radiating patterns, each wrapped in a sock among a few "
         "real pebbles: pancake tortoises (Malacochersus tornieri, CITES App. I) taken from rock crevices in Kenya "
         "and Tanzania, without CITES documents, posted from Nairobi to a private keeper in Brno; Kenyan English "
         "wording (pancake tortoises appear once, laundered through Togo in blind56; a pebble label on live "
         "tortoises by post was found in no earlier row by a keyword search, though living cacti passed as terrarium "
         "stones once, blind113)", person("Jan Novák", "CZ")),
        ("WLF-04", "import", "NLSEA01", "sea", "MZ", [], "NL", "440799",
         "Madeira serrada de messassa (Brachystegia spiciformis), seca ao ar, 1 contentor", "MZ", 22000, None, 8800,
         "USD",
         "messassa is a coarse, pale-brown, plain timber used for pallets and sleepers; this container holds heavy, "
         "reddish-brown to copper boards with an interlocked grain, yellow deposits in the pores and a fine lustre: "
         "chanfuta (Afzelia quanzensis, African populations in CITES App. II since 2023) without a CITES export "
         "permit, by sea from Nacala to Rotterdam for a decking importer; Mozambican Portuguese wording (Afzelia "
         "repeats in several sets, chanfuta in two; a messassa label was found in no earlier row by a keyword "
         "search)", firm("Horizon Hout BV", "NL")),
        ("WLF-05", "import", "NLAIR01", "air", "TZ", [], "NL", "060290",
         "Zamioculcas zamiifolia (ZZ plant) rhizomes, nursery stock, 30 boxes", "TZ", 600, 30, 1200, "USD",
         "ZZ-plant rhizomes are smooth, potato-like tubers with a few green petioles, grown by the million in "
         "nurseries; these 30 boxes hold 60 heavy, cone-like trunks armoured with woody leaf bases, cut crowns and "
         "fresh earth on the roots, dug from the coastal hills behind Tanga and Kilifi: wild cycads (Encephalartos "
         "hildebrandtii, CITES App. I) without CITES documents, flown from Dar es Salaam to Amsterdam for a "
         "specialist nursery; English wording (Encephalartos repeats in many sets; a Zamioculcas label was found in no "
         "earlier row by a keyword search)", firm("Vega Plants BV", "NL")),
        ("WLF-06", "import", "DEAIR01", "express", "KE", [], "DE", "630140",
         "Maasai shuka blankets, leopard print, acrylic, 2 pcs", "KE", 3.2, 2, 60, "USD",
         "a printed shuka is a flat, light acrylic blanket with a woven check or printed spots on one side only; "
         "the second of these two is a tanned skin with hair, a spotted rosette pattern that runs through to the "
         "roots, claws cut away and the head skin still attached: a leopard skin (Panthera pardus, CITES App. I) "
         "without CITES documents, sent by express from Nairobi to a private buyer in Stuttgart; Kenyan English "
         "wording (leopard skins repeat in many sets under rug and print labels, leopard-print labels in two; a "
         "Maasai shuka label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-07", "import", "NLAIR01", "air", "KE", [], "NL", "060290",
         "Sansevieria cuttings, nursery-grown, unrooted, 40 boxes", "KE", 800, 40, 2400, "USD",
         "Sansevieria cuttings are flat, banded leaf sections with cut ends and no roots; these 40 boxes hold "
         "whole, rooted rosettes of thick, toothed, spotted leaves with red-brown margins and dried soil, some "
         "flowering, dug on rocky hillsides in Baringo and Laikipia: wild aloes (Aloe spp., CITES App. II) without "
         "CITES documents, flown from Nairobi to Amsterdam for a succulent trader; Kenyan English wording (wild aloes "
         "repeat in a few sets, aloe bitter gum once, blind143; a Sansevieria label once, on Welwitschia in blind50; "
         "on aloes from Kenya it is the new part as far as a search found)", firm("Meridian Succulents BV", "NL")),
        ("WLF-08", "import", "ITAIR01", "air", "UG", [], "IT", "410799",
         "Finished cow leather, crocodile-embossed, 1,200 sq ft", "UG", 240, None, 3600, "USD",
         "crocodile-embossed cowhide has a uniform, pressed pattern that repeats across a full hide and a "
         "cow-leather back; these bundles hold 80 narrow, belly-cut skins with rectangular scales whose size changes "
         "from the middle to the flanks, integumentary pores on each scale and a tail tip: wild Nile crocodile skins "
         "(Crocodylus niloticus, CITES App. II in Uganda) without CITES export permits or tags, flown from Entebbe to "
         "Milan for a leather-goods maker; English wording (crocodile skins repeat in many sets, embossed and "
         "croc-print labels in several; from Uganda by air to Italy is the new part as far as a search found)",
         firm("Alpina Pelletterie Srl", "IT")),
        ("WLF-09", "transit", "NLAIR01", "air", "KE", ["NL"], "CN", "030559",
         "Omena motwo (dried Lake Victoria sardines), gunia 40 kg, 30", "KE", 1200, 30, 2400, "USD",
         "omena are tiny, silver, sun-dried fish that smell strongly and crumble in the hand; the middle of each "
         "sack holds dried, grey, cartilaginous fins with a tall dorsal shape and a white-tipped first dorsal, cut "
         "in sets: fins of scalloped hammerhead and oceanic whitetip sharks (CITES App. II) landed on the Kenyan "
         "coast, without the Kenyan export permit that specimens in transit through the Union must carry, landed at "
         "Schiphol in transit from Nairobi to Guangzhou; Dholuo and Swahili wording (shark fins repeat in many sets; "
         "an omena label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-10", "import", "DEAIR01", "air", "TZ", [], "DE", "030111",
         "Samaki wa mapambo hai, cichlids za Ziwa Tanganyika, mifuko 60", "TZ", 180, 60, 3000, "USD",
         "a Tanzanian aquarium air shipment for a Frankfurt wholesaler: Lake Tanganyika cichlids and snails are what "
         "Dar es Salaam exporters fly out with health certificates, but the third item's 'live insects for fish "
         "feed' are four cases of cloth bags holding 120 live chameleons with horns, crests and curled tails from the "
         "Usambara and Uluguru mountains: Kinyongia and Trioceros chameleons (CITES App. II) without CITES documents, "
         "hidden as the last item of a three-item declaration, flown from Dar es Salaam to Frankfurt; Swahili wording "
         "(Tanzanian chameleons repeat in a few sets, once inside a carving order, blind128; behind an aquarium-fish "
         "shipment is the new part as far as a search found)",
         dict(firm("Nordhafen Aquaristik GmbH", "DE"),
              _more_items=[item("030791", "Konokono hai wa Ziwa Tanganyika, mifuko 10", "TZ", 20, 300, "USD"),
                           item("010649", "Wadudu hai kwa chakula cha samaki, masanduku 4", "TZ", 30, 80, "USD", qty=4)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "KE", "NL", "280700",
     "Sulphuric acid 96 %, 1 x 1 l, for a licensed private user (home lead-acid battery restoration)", "KE", 1.9, 1, 30,
     "EUR", [("PRECURSOR_LICENCE", "NL-JenV-52-0417")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "UG", "DE", "284700",
     "Hydrogen peroxide 50 %, 2 x 1 l, for a licensed private user (pond and aquarium treatment)", "UG", 2.5, 2, 40,
     "EUR", [("PRECURSOR_LICENCE", "DE-BKA-52-1029")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "TZ", "DE", "380290",
     "Spent activated carbon from a gold-plant carbon-in-leach circuit (06 13 02*), for thermal treatment and gold "
     "recovery at a licensed plant, 20 t", "TZ", 20000, None, 0, "USD", [("BASEL_CONSENT", "DE-NI-52-0318")],
     "notified spent gold-plant carbon to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "280540",
     "Waste metallic mercury from chlor-alkali decommissioning, for stabilisation as mercury sulphide and "
     "permanent storage, 120 flasks", "CH", 4140, 120, 0, "EUR", [("BASEL_CONSENT", "DE-HE-52-0077")],
     "notified waste mercury to a licensed stabilisation and storage facility"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 12 aircraft engine fire-suppression bottles, for a critical use", "US", 180,
     12, 14000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-52-011")], "reclaimed halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "PLSEA01", "sea", "CN", "PL", "290345",
     "HFC-134a, 40 refillable cylinders of 61 kg, within the importer's HFC quota", "CN", 2440, 40, 24000, "USD",
     [("FGAS_QUOTA", "PL-FGAS-52-0192")], "bulk HFC-134a in refillable cylinders within quota"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "RW", "920600",
     "Pair of Rwandan royal drums (ingoma), 19th century, from a Belgian collection, transferred to a Rwandan museum",
     "RW", 40, 2, 140000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-EXP-52-0044")],
     "ethnographic objects over 100 years old exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "PTAIR01", "air", "MZ", "PT", "691310",
     "Kraak porcelain dish, Wanli period, from a documented Maputo collection formed before 1960, with the Mozambican "
     "export permit", "MZ", 1.2, 1, 9000, "EUR", [("IMPORT_LICENCE", "PT-DGPC-IMP-52-0019")],
     "porcelain over 250 years old brought in with an import licence"),
    ("PRM-09", "strategic", "export", "PTAIR01", "air", "PT", "MZ", "880623",
     "Fixed-wing VTOL surveillance UAVs, 2 units, for Mozambique's national conservation agency in the Niassa reserve",
     "PT", 60, 2, 120000, "EUR", [("EXPORT_LICENCE", "PT-DGRDN-52-0071"), ("END_USER_CERTIFICATE", "MZ-ANAC-EUC-52-0009")],
     "dual-use UAVs under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "KE", "621133",
     "Body armour plate carriers, NIJ level IV, 200 units, for the Kenya Wildlife Service ranger force", "CZ", 2200,
     200, 90000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-52-0388"), ("END_USER_CERTIFICATE", "KE-MOD-EUC-52-0140")],
     "military body armour under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "UG", "IT", "410330",
     "Nile crocodile skins, ranched, wet-blue, tagged, 200 skins", "UG", 400, 200, 60000, "USD",
     [("CITES_PERMIT", "UG-UWA-CITES-52-0233")], "App. II ranched crocodile skins with their export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "MZ", "NL", "440799",
     "Chanfuta (Afzelia quanzensis) sawn timber, legal concession, 1 container", "MZ", 22000, None, 26000, "USD",
     [("CITES_PERMIT", "MZ-ANAC-CITES-52-0118")], "App. II Afzelia timber with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mw. E. de Jong", "PRM-02": "Privatperson", "PRM-03": "Nordhafen Aktivkohle GmbH",
    "PRM-05": "Orion Aviation Services BV", "PRM-11": "Alpina Pelletterie Srl", "PRM-12": "Horizon Hout BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("330190", "Clove-bud hydrosol (clove water), 250 ml bottles", "import", ["post"], ["TZ", "LK"], (15, 30), (1, 3), ["USD", "EUR"], 4, S),
    ("090710", "Whole cloves, Pemba, hand-picked, 25 kg sacks", "import", ["sea"], ["TZ", "MG"], (6, 10), (2000, 8000), ["USD"], 0.04, S),
    ("130219", "Cashew nut shell liquid (CNSL), technical, for friction materials, drums", "import", ["sea"], ["MZ", "TZ", "IN"], (0.6, 1.0), (15000, 22000), ["USD"], None, S),
    ("151590", "Cold-pressed avocado oil, 1 l bottles", "import", ["express"], ["KE", "MX"], (12, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("251200", "Diatomaceous earth, food grade, 500 g pouches", "import", ["air"], ["KE", "US"], (3, 6), (100, 400), ["USD"], 2, S),
    ("283311", "Sodium sulphate anhydrous, detergent grade, 25 kg sacks", "export", ["sea"], ["KE", "TZ"], (0.15, 0.3), (18000, 24000), ["EUR"], 0.04, S),
    ("253090", "Magadi (natural soda) for cooking, 500 g packets", "import", ["sea"], ["TZ", "KE"], (0.5, 1.0), (3000, 8000), ["USD"], 2, S),
    ("200989", "Mabungo fruit juice, pasteurised, 1 l glass bottles", "import", ["air"], ["TZ"], (2, 4), (300, 900), ["USD"], 0.7, S),
    ("200989", "Banana juice (mubisi), pasteurised, 1 l bottles", "import", ["post"], ["UG"], (6, 12), (1, 4), ["USD", "EUR"], 0.8, S),
    ("170290", "Stevia and erythritol table sweetener, 500 g tubs", "import", ["express"], ["KE", "CN"], (10, 20), (1, 3), ["USD", "EUR"], 2, S),
    ("630900", "Second-hand clothing (mitumba), sorted, 45 kg bales", "export", ["sea"], ["KE", "TZ", "UG"], (0.4, 0.8), (15000, 22000), ["EUR"], 0.02, S),
    ("850760", "Lithium-ion battery packs, new, for solar mini-grids", "export", ["sea"], ["RW", "KE"], (8, 14), (3000, 10000), ["EUR"], 0.005, S),
    ("271019", "Heavy furnace oil for industrial boilers, ISO tanks", "export", ["sea"], ["KE", "TZ"], (0.4, 0.6), (20000, 26000), ["EUR"], None, S),
    ("300490", "Medicaments, in date, humanitarian donation, cartons", "export", ["sea"], ["TZ", "UG"], (8, 20), (1000, 3000), ["EUR"], 0.1, S),
    ("870323", "Used cars, right-hand drive, under 8 years, with inspection certificate", "export", ["sea"], ["KE", "TZ"], (5, 9), (12000, 24000), ["EUR"], 0.0008, S),
    ("681182", "Fibre-cement corrugated roofing sheets, new, asbestos-free", "export", ["sea"], ["KE", "MZ"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.05, S),
    ("321519", "Offset printing inks, new, 200 l drums", "export", ["sea"], ["UG", "KE"], (3, 6), (3000, 10000), ["EUR"], 0.005, S),
    ("940210", "Dental chairs, refurbished, tested, with separators emptied", "export", ["sea"], ["UG", "TZ"], (4, 8), (2000, 6000), ["EUR"], 0.005, S),
    ("380210", "Coconut-shell activated carbon, new, 6x12 mesh", "import", ["sea"], ["LK", "PH"], (1.2, 2), (15000, 22000), ["USD"], None, S),
    ("841869", "Avocado packhouse cooling tunnels, new, R-744 (CO2) units", "export", ["sea"], ["KE", "TZ"], (6, 10), (4000, 12000), ["EUR"], 0.0005, S),
    ("293090", "Dimethyl disulphide (DMDS) soil fumigant, cylinders", "export", ["sea"], ["MZ", "MA"], (3, 4.5), (4000, 10000), ["EUR"], 0.01, S),
    ("842410", "Fluorine-free foam fire extinguishers, 6 l, new", "export", ["sea"], ["TZ", "KE"], (2.5, 4), (2000, 6000), ["EUR"], 0.1, S),
    ("870333", "Classic Land Rover Defender 110, used, air conditioning removed", "import", ["sea"], ["KE", "ZA"], (5, 9), (2000, 2300), ["USD"], 0.0005, S),
    ("940360", "Used hotel furniture, wooden, refit lots", "export", ["sea"], ["TZ", "KE"], (0.6, 1.2), (4000, 9000), ["EUR"], 0.05, S),
    ("841830", "Chest freezers, new, R-600a, 300 l", "export", ["sea"], ["UG", "KE"], (2.5, 4), (5000, 12000), ["EUR"], 0.02, S),
    ("442199", "Reclaimed hardwood fence posts for garden design", "import", ["sea"], ["KE", "ZA"], (0.5, 1.2), (3000, 9000), ["USD"], 0.05, S),
    ("680299", "Kisii soapstone carvings, animals and bowls", "import", ["sea"], ["KE"], (1.5, 3), (2000, 6000), ["USD"], 1, S),
    ("520852", "Capulana printed cotton cloth, 2 m pieces", "import", ["sea"], ["MZ", "TZ"], (4, 7), (2000, 6000), ["USD"], 3, S),
    ("442011", "Makonde wood carvings, new, pau-ferro and mvule", "import", ["air"], ["MZ", "TZ"], (6, 12), (100, 500), ["USD"], 0.4, S),
    ("691310", "Blue-and-white porcelain bowls, reproduction", "import", ["express"], ["KE", "CN"], (15, 30), (1, 3), ["USD"], 2, S),
    ("253090", "Rough mineral specimens for collectors", "import", ["post"], ["TZ", "MA"], (8, 20), (1, 4), ["USD"], 3, S),
    ("940169", "Lamu-style carved chairs, new, mvule", "import", ["sea"], ["KE"], (5, 9), (1000, 4000), ["USD"], 0.07, S),
    ("970191", "Contemporary paintings on barkcloth, Ugandan artists", "import", ["air"], ["UG", "KE"], (20, 40), (50, 200), ["USD"], 0.5, S),
    ("680299", "Hand-painted stone wall tiles, new", "import", ["sea"], ["TZ", "IN"], (0.8, 1.5), (3000, 9000), ["USD"], 0.05, S),
    ("491199", "Reprinted vintage postcards of Zanzibar", "import", ["post"], ["TZ"], (15, 30), (1, 2), ["USD"], 40, S),
    ("870333", "Toyota Land Cruiser 79 safari game-viewer conversions, unarmoured", "export", ["sea"], ["KE", "TZ"], (12, 18), (6000, 15000), ["EUR"], 0.0003, S),
    ("621133", "Reflective safety vests for motorcycle taxi riders", "export", ["air"], ["KE", "UG"], (6, 12), (300, 1200), ["EUR"], 4, S),
    ("880622", "Mapping quadcopters, 4 kg, with cameras", "export", ["air"], ["MZ", "KE"], (150, 300), (50, 200), ["EUR"], 0.2, S),
    ("840999", "Marine diesel engine spares, ship's stores", "export", ["sea"], ["TZ", "KE"], (8, 16), (1000, 5000), ["EUR"], 0.1, S),
    ("380991", "Textile printing auxiliaries (dye carriers), drums", "export", ["sea"], ["TZ", "KE"], (1.5, 3), (4000, 10000), ["EUR"], 0.005, S),
    ("851310", "Rechargeable LED head torches for trekking", "export", ["air"], ["RW", "UG"], (20, 40), (100, 500), ["EUR"], 8, S),
    ("340290", "Professional dishwasher tablets, wrapped, drums", "export", ["sea"], ["TZ", "KE"], (1.5, 3), (4000, 12000), ["EUR"], 0.02, S),
    ("870840", "Tractor gearbox spares", "export", ["sea"], ["UG", "TZ"], (6, 12), (1000, 5000), ["EUR"], 0.05, S),
    ("410799", "Crocodile-embossed cow leather, finished", "import", ["air"], ["IN", "UG"], (10, 18), (200, 800), ["USD"], None, S),
    ("630140", "Maasai shuka blankets, acrylic, checked and printed", "import", ["sea"], ["KE", "TZ"], (4, 8), (1000, 4000), ["USD"], 1, S),
    ("251710", "Decorative river pebbles, bagged", "import", ["post"], ["KE", "ID"], (3, 8), (1, 4), ["USD", "EUR"], 0.3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144 and blind152,
# blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new
# rows instead of blind152's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460219", "Woven sisal kiondo baskets with leather handles", "import", ["sea"], ["KE", "TZ"], (3, 6), (1000, 4000), ["USD"], 2, N),
        ("940169", "Folding deck chairs, wooden frame, canvas seat", "import", ["sea"], ["VN", "CN"], (3, 5), (3000, 8000), ["USD"], 0.2, N),
        ("630499", "Kikoi cotton beach wraps, striped", "import", ["sea"], ["KE", "IN"], (6, 10), (1000, 4000), ["USD"], 4, N),
        ("420231", "Leather luggage tags, stitched, boxed", "import", ["post", "express"], ["KE", "IN"], (30, 60), (1, 2), ["USD", "EUR"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind157", 20520501, HERE)


if __name__ == "__main__":
    main()
