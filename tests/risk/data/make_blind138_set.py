#!/usr/bin/env python3
"""Writes the hundred-and-thirty-eighth blind set (tests/risk/data/blind138-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2049, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with most routes, traders, languages or covers in the Andean countries, Paraguay and the
Southern Cone. Written by a person who had not read the profile packs (nor any rule file)
and had not run the engine on it, and committed before any change measured on it, to be
measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra
header fields may carry "_item" (fields merged into its item) and "_more_items" (further
items).

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
would. Ids are BL138-*:

    python3 tests/risk/data/make_blind138_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2049, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2049
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRAIR01", "express", "PY", [], "FR", "330129",
         "Aceite esencial de petitgrain (hoja de apepu), destilado en Itapúa, 4 x 1 litro", "PY", 4.8, 4, 160,
         "USD",
         "Paraguayan petitgrain oil is a thin, pale-yellow oil of 0.88 kg/l that floats on water and smells at once "
         "of bitter-orange leaves; these four bottles hold a colourless, almost odourless oily liquid of 1.14 kg/l "
         "that sinks in water, and the drum label copied on the pro-forma reads 'CH3NO2 99 %': nitromethane (Annex I "
         "above 16 %), sent by express from Encarnación to a private buyer in Toulouse who races nitro model cars, "
         "although flammable liquids travel by express only as declared dangerous goods; Paraguayan Spanish wording "
         "with the Guaraní 'apepu' (nitromethane repeats in many sets and essential-oil labels in a few, on wildlife "
         "goods; a petitgrain label was found in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("PRE-02", "import", "DEPOST01", "post", "BO", [], "DE", "180631",
         "Bombones finos de Sucre, caja de regalo, surtido, 2 cajas", "BO", 2.6, 2, 45, "BOB",
         "a gift box of Sucre chocolates holds two layers of pralines in paper cups and weighs under a kilo; these two "
         "boxes are heavy for their size, and the X-ray and then the knife show, under a top layer of pralines, two "
         "greasy 200 g sticks wrapped in waxed paper stamped 'dinamita', a coil of black safety fuse and two small "
         "aluminium caps: gelatine dynamite with fuse and plain detonators of the kind sold openly to miners in "
         "Potosí's market, posted as a tourist's 'souvenir' to a private person in Bochum, explosives that no one may "
         "post and that need a transfer authorisation; Bolivian Spanish wording (dynamite and miners' gift packs were "
         "found in no earlier row by a keyword search, and no earlier row used a Sucre-chocolate label)",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "HRSEA01", "sea", "CL", [], "HR", "310250",
         "Čileanska salitra, prirodni natrijev nitrat 16 % N, granulirana, vreće 25 kg, 960 vreća", "CL", 24000,
         960, 9600, "USD",
         "natural Chilean nitrate from the Atacama caliche is a slightly off-white, waxy granule of sodium nitrate at "
         "16 % N that stays dry and melts only well above 300 °C; these 960 bags hold smooth, white, porous prills "
         "that turn ice-cold in water, read 34 % N on a field test and soften on a hot plate, for a Split "
         "garden-centre chain that sells 25 kg bags to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Antofagasta to Rijeka; Croatian wording from an Antofagasta "
         "trader of Croatian descent (ammonium nitrate repeats in many sets and sodium-nitrate labels in several, all "
         "as curing or electrolyte salt; a Chilean-saltpetre fertiliser label was found in no earlier row by a "
         "keyword search)", firm("Vega Vrt d.o.o.", "HR")),
        ("PRE-04", "import", "ITPOST01", "post", "PE", [], "IT", "170290",
         "Jarabe de yacón orgánico, de Oxapampa, 3 frascos de 1 kg", "PE", 3.3, 3, 75, "PEN",
         "yacón syrup is a dark-brown, runny, molasses-like syrup of about 1.30 kg/l that tastes sweet and smells "
         "of caramel and apple; these three jars hold an oily, dark-brown liquid of 1.83 kg/l that chars a paper "
         "label it touches, grows hot with a drop of water and etches the metal lid from inside: about 95 % technical "
         "sulphuric acid (Annex I above 15 %), posted from Lima to a private person in Turin; Peruvian Spanish wording "
         "(sulphuric acid repeats in many sets and syrup covers, agave and cane syrup among them, in several; a "
         "yacón-syrup label was found in no earlier row by a keyword search)", person("Giulia Rossi", "IT")),
        ("PRE-05", "import", "ITSEA01", "sea", "AR", [], "IT", "200969",
         "Mosto concentrado rectificado (MCR), 65 °Brix, de San Rafael, Mendoza, bidones de 25 kg, 320 bidones", "AR",
         8000, 320, 9600, "USD",
         "rectified concentrated grape must is a water-clear, very sweet, syrupy sugar solution of about 1.32 kg/l "
         "that home winemakers use to raise the alcohol; these 320 cans hold a thin, colourless to pale-yellow "
         "liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and dissolves a copper coin, for a "
         "Verona home-winemaking web shop that sells 5 l cans to the public: about 65 % nitric acid (Annex I above "
         "3 %) for members of the public, by sea from Buenos Aires to Genoa; Rioplatense Spanish wording (nitric acid "
         "repeats in many sets and vinegar, spirit and juice covers in several; a grape-must label was found in no "
         "earlier row by a keyword search)", firm("Orion Enologia Srl", "IT")),
        ("PRE-06", "import", "ESAIR01", "air", "CO", [], "ES", "950699",
         "Juego de tejo tradicional: tejos de hierro de 680 g, 12 unidades; sobres de papel para mechas, 4.000", "CO",
         40, 4012, 420, "USD",
         "a tejo set is a dozen iron discs and a clay pitch, and the 'mechas' that explode on impact are made up by "
         "hand in Colombia with a pinch of powder in folded paper; these cartons hold, besides the discs, 4,000 "
         "ready-made mechas of red paper, each with about a gram of a chlorate-sulphur flash mixture that pops "
         "when struck, for a tejo club in Madrid: pyrotechnic articles without conformity marking or the "
         "authorisation to place them on the market (and potassium chlorate mixtures above 40 %), flown from Bogotá; "
         "Colombian Spanish wording (flash-powder articles repeat in several sets; tejo was found in no earlier row "
         "by a keyword search, only the river Tejo and Alentejo)", firm("Club Deportivo Tejo Atlántico SL", "ES")),
        ("PRE-07", "export", "ESSEA01", "sea", "ES", [], "PE", "321410",
         "Sellador de poliuretano monocomponente en salchichas de aluminio de 600 ml, 12.000 unidades", "ES", 9600,
         12000, 30000, "EUR",
         "PU sealant in foil sausages is a grey, sticky paste that skins over in air and is sold by the box to "
         "glaziers; these 12,000 sausages are heavier, cold and waxy, with a white, oily emulsion inside that does "
         "not cure, and the inner foil is printed 'UN0241 explosivo tipo E': cartridged emulsion explosive, exported "
         "without the authorisation Spain requires for explosives and without the SUCAMEC import permit, from "
         "Bilbao to Callao for an Arequipa 'construction' firm that supplies informal gold miners; Spanish wording "
         "(emulsion explosives repeat in many sets and sealant labels in several, on ODS goods; a foil-sausage "
         "sealant label on an explosive was found in no earlier row by a keyword search)",
         {"importer_country": "PE"}),
        ("PRE-08", "import", "NLAIR01", "air", "CO", [], "NL", "110819",
         "Almidón de achira (sagú) del Huila, para bizcochos, bolsas de 1 kg, 200 bolsas", "CO", 200, 200, 1400,
         "USD",
         "achira starch is a soft, squeaky, pure-white flour that makes the crumbly bizcochos of Huila and thickens "
         "hot water into a gel; these 200 bags hold a heavier, gritty white powder that does not thicken, barely "
         "dissolves and burns fiercely mixed with sugar, and the inner liners read 'KClO4', for a Rotterdam "
         "Latin-American grocery web shop that sells 1 kg bags to the public: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Bogotá; Colombian Spanish wording (potassium "
         "perchlorate repeats in many sets and starch covers, cassava and arrowroot among them, in several; an "
         "achira label was found in no earlier row by a keyword search)", firm("Horizon Latino Foods BV", "NL")),
        ("PRE-09", "import", "ESPOST01", "post", "BO", [], "ES", "220820",
         "Singani de Tarija, destilado de uva moscatel de Alejandría, 4 botellas de 750 ml", "BO", 3.4, 4, 420, "BOB",
         "singani is a clear grape brandy of 40 % that weighs 0.95 kg/l and smells of muscat; these four bottles "
         "have their seals cut and re-glued, hold a scentless, water-clear liquid of 1.13 kg/l that whitens the skin "
         "and foams on a cut, and the caps are drilled to vent: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Tarija to a private person in Murcia; Bolivian (Chapaco) Spanish wording (hydrogen peroxide "
         "repeats in many sets and spirit covers, pisco and aguardiente among them, in several; a singani label was "
         "found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-10", "import", "ESSEA01", "sea", "AR", [], "ES", "220421",
         "Vino Malbec, Luján de Cuyo, cajas de 6 botellas, 600 cajas", "AR", 5400, 3600, 14400, "USD",
         "an Argentine-products container for a Valencia shop that sells to the Argentine community: Malbec and "
         "yerba mate are what such shops sell, but the third item's 'sal parrillera' is 2,000 retail bags of "
         "clear, cubic crystals that do not taste of salt, draw damp and crackle and flare yellow in the grill's "
         "embers, and the sacks they were bagged from read 'clorato de sodio 99 %': sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, hidden as the last item of a three-item declaration, by sea "
         "from Buenos Aires; Rioplatense Spanish wording (sodium chlorate repeats in many sets under salt labels; kept "
         "as a repeat of that family, a grilling-salt label behind Malbec and yerba was found in no earlier row)",
         dict(firm("Delta Sabores del Plata SL", "ES"),
              _more_items=[item("090300", "Yerba mate con palo, paquetes de 1 kg, 4.000", "AR", 4000, 9200, "USD", qty=4000),
                           item("250100", "Sal parrillera gruesa, bolsas de 1 kg, 2.000", "AR", 2000, 1400, "USD", qty=2000)])),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", ["UY"], "PY", "380893",
         "Herbicida 2,4-D sal amina 72 SL, producto terminado, bidones de 20 l, 900 bidones", "ES", 19000, 900, 5400,
         "EUR",
         "a registered 2,4-D amine herbicide comes in sealed, dated cans with a Paraguayan SENAVE registration "
         "number; these 900 cans are dented and rusted, date from 2031 to 2038, carry four different relabelled "
         "brands, hold separated, crystallised and partly unidentifiable formulations and smell of phenoxy and "
         "solvent: obsolete pesticide stock (02 01 08*, 16 03 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Valencia by Montevideo and the river barge to a Ciudad del Este 'agro-input' firm "
         "serving the soy belt; Spanish wording (obsolete pesticides repeat in many sets; to Paraguay through "
         "Montevideo is the new part as far as a search found)", {"importer_country": "PY"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", ["CL"], "BO", "870323",
         "Gebruikte personenwagens, rijklaar, 2.0 benzine, 24 stuks", "BE", 31000, 24, 38000, "EUR",
         "roadworthy used cars for Bolivia are under the age limit Bolivia sets, drained for shipping and with their "
         "airbags intact; these 24 are insurance write-offs with deployed airbags, buckled sills, leaking brake and "
         "coolant lines and fuel in the tanks, bought at a Belgian salvage auction: end-of-life vehicles not drained "
         "(16 01 04*), hazardous waste whose export to a non-OECD country is banned, by ro-ro from Antwerp to Iquique "
         "and on through the free zone to Oruro; Flemish Dutch wording (undrained crash cars repeat in several sets; "
         "through Iquique to Bolivia is the new part as far as a search found)", {"importer_country": "BO"}),
        ("WST-03", "export", "ESAIR01", "air", "ES", [], "PY", "851779",
         "Repuestos de telefonía celular, pantallas y placas, clase B, lote surtido, 1.800 kg", "ES", 1800, None,
         7200, "EUR",
         "grade-B phone spares are tested screens and boards in trays, each with a label; these sacks hold 1,800 kg "
         "of smashed handsets, loose boards torn out by hand and swollen lithium cells, some still taped to their "
         "phones, from Madrid repair shops' bins: waste electrical equipment with hazardous components (16 02 13*, "
         "16 06 05), hazardous waste whose export to a non-OECD country is banned, flown from Madrid to a Ciudad del "
         "Este importer; Spanish wording (e-waste under spare-part labels repeats in many sets; by air to Ciudad del "
         "Este was found in no earlier row by a keyword search)", {"importer_country": "PY"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "BR", "390110",
         "LDPE regranulaat, naturel, in big bags, 24 t", "NL", 24000, None, 2400, "EUR",
         "LDPE regranulate is round, uniform pellets that pour like rice; these bales hold compressed household "
         "refuse: film and food packaging with meat trays, nappies, tins and rotten food that leaks a brown liquid "
         "and draws flies at the door: mixed household waste (Y46), whose export to a non-OECD country for any "
         "purpose is banned, by sea from Rotterdam to Rio Grande for a 'recycler' in Rio Grande do Sul; Dutch wording "
         "(household waste under plastic-granule labels repeats in several sets; to the Southern Cone of Brazil is "
         "the new part as far as a search found)", {"importer_country": "BR"}),
        ("WST-05", "import", "BESEA01", "sea", "PE", [], "BE", "261690",
         "Concentrado gravimétrico de oro, ley 40 g/t, big bags, 20 t", "PE", 20000, None, 9000, "USD",
         "a gold gravity concentrate is heavy, dark sand with an assay certificate from a registered mine; these "
         "bags hold grey, wet sludge and burnt retort residues from amalgamation mills in Madre de Dios that read "
         "0.4 % mercury and give a mercury vapour reading at the open bag, with no mine registration in the papers: "
         "mercury-contaminated tailings and retort residues (hazardous waste, A1010/A1030), imported for recovery "
         "from a non-OECD country without the notification and consent required, by sea from Callao to Antwerp for "
         "a precious-metal refiner; Peruvian Spanish wording (mercury repeats in many sets for Peru and Bolivia; "
         "tailings once; a gold-gravity-concentrate label was found in no earlier row by a keyword search)",
         firm("Central Precious Metals SA", "BE")),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "PE", "847130",
         "Gebrauchte Notebooks, Spende für Landschulen in Puno, Sendung 2 von 3, 800 Stück", "DE", 3200, 800, 1600,
         "EUR",
         "a school donation of used laptops is tested, wiped and packed with chargers and a test sheet; these 800 "
         "are untested, many without screens or keyboards, with cracked housings and swollen batteries, thrown loose "
         "into gaylords, the second of three shipments split so that each stays small: waste electrical equipment "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Callao for a "
         "Juliaca 'foundation'; German wording (e-waste as donations repeats in many sets; split consignments to "
         "Peru for schools in Puno are the new part as far as a search found)", {"importer_country": "PE"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", ["UY", "AR"], "PY", "940360",
         "Mudanza de retorno: muebles de hogar usados, 60 bultos", "ES", 2400, 60, 1200, "EUR",
         "a returning Paraguayan family's removal container: furniture and household goods are what returnees ship, "
         "but the third item's 'televisores y monitores para uso propio' are 140 cathode-ray televisions and "
         "monitors with cracked screens and missing backs, collected from Madrid clean points, in a container for "
         "one household: waste CRT equipment (16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Valencia by Montevideo and the Paraná "
         "barge to Asunción; Spanish wording (CRT waste repeats in many sets and removal covers in a few; a returnee "
         "removal to Paraguay is the new part as far as a search found)",
         dict({"importer_country": "PY"},
              _more_items=[item("841821", "Heladera doméstica usada, 1 unidad", "ES", 60, 50, "EUR", qty=1),
                           item("852872", "Televisores y monitores para uso propio, 140 unidades", "ES", 3600, 280, "EUR", qty=140)])),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "EC", "850422",
         "Trasformatori di distribuzione ricondizionati, 630 kVA, olio minerale, 16 unità", "IT", 28000, 16, 48000,
         "EUR",
         "reconditioned distribution transformers come with new oil, a test report and a PCB-free certificate; "
         "these sixteen, pulled out of 1970s Lombard substations, carry 'Apirolio' on their rating plates, weep a "
         "heavy, sweet-smelling oil of 1.5 kg/l and have no oil test at all: PCB-containing equipment (16 02 09*), "
         "hazardous waste whose export to a non-OECD country is banned, from Genoa to Guayaquil for a Quito "
         "'electrical contractor'; Italian wording (PCB transformers repeat in several sets; from Italy to Ecuador "
         "is the new part as far as a search found)", {"importer_country": "EC"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "CO", "850760",
         "Baterías de ion de litio nuevas para bicicletas eléctricas, 36 V, 1.100 unidades", "ES", 4400, 1100,
         6600, "EUR",
         "new e-bike batteries come boxed with a UN 38.3 test summary, at 150-250 EUR each; these 1,100 packs are "
         "scuffed, mismatched, some swollen or burnt at the terminals, with Barcelona rental-scheme stickers, at 6 "
         "EUR each: waste lithium-ion batteries (16 06 05), shipped to an OECD country for 'repair' without the "
         "prior notification and consent their hazardous state requires, from Barcelona to Cartagena de Indias; "
         "Spanish wording (waste lithium batteries repeat in many sets; to Colombia as new e-bike batteries is the "
         "new part as far as a search found)", {"importer_country": "CO"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "EC", "390761",
         "Escama de PET grado botella, lavada en caliente, big bags, 22 t", "ES", 22000, None, 2200, "EUR",
         "hot-washed bottle-grade PET flake is clean, dry, clear and light-blue flakes with a decontamination "
         "certificate; these bags hold whole crushed bottles with caps, labels and dregs, mixed with trays, film and "
         "sand, at 0.10 EUR/kg: unsorted plastic waste, whose export to a non-OECD country the Union no longer "
         "allows, from Algeciras to Guayaquil for a 'recycler'; Spanish wording (plastic waste under flake labels "
         "repeats in many sets; to Ecuador is the new part as far as a search found)", {"importer_country": "EC"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "CL", [], "ES", "282759",
         "Solución de bromuro de litio al 55 % para enfriadoras de absorción, tambores de 250 kg, 40 tambores", "CL",
         10000, 40, 30000, "USD",
         "lithium-bromide solution for absorption chillers is a heavy, non-volatile brine of 1.7 kg/l that leaves a "
         "salty crust and never hisses; these 40 drums hiss when the bung is loosened, hold a liquid of 1.46 kg/l "
         "that boils in a warm hand (27 °C) and leaves nothing when it evaporates, for a Valencia chiller-service "
         "firm that maintains centrifugal chillers: 2,2-dichloro-1,1,1-trifluoroethane (HCFC-123), whose import "
         "into the Union is banned, by sea from Antofagasta to Valencia; Chilean Spanish wording (HCFC-123 repeats "
         "in many sets; a lithium-bromide label from Chile's lithium coast was found in no earlier row by a keyword "
         "search)", firm("Meridian Climatización SL", "ES")),
        ("OZN-02", "import", "ESSEA01", "sea", "UY", [], "ES", "290371",
         "Gas refrixerante R-22 recuperado, para destrución en planta autorizada, 60 botellas de 50 kg", "UY", 3000,
         60, 1500, "USD",
         "recovered R-22 for destruction goes under an ODS licence to a licensed destruction plant, which is named on "
         "the licence; these 60 cylinders, drained from laid-up squid jiggers in Montevideo, carry no licence and are "
         "consigned to a Vigo ship-refrigeration contractor that still services R-22 plants on Argentine and "
         "Uruguayan trawlers repaired there: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, "
         "by sea from Montevideo to Vigo; Galician wording (HCFC-22 repeats in many sets and 'for destruction' labels "
         "in several; the route from Montevideo to Vigo once, blind78, on shark loins; an ODS on it is the new part)",
         firm("Atlantic Frío Naval SL", "ES")),
        ("OZN-03", "import", "ESSEA01", "sea", "AR", [], "ES", "392310",
         "Conservadoras térmicas rígidas de 45 l, espuma de poliuretano soplada con ciclopentano, 1.200 unidades",
         "AR", 9600, 1200, 14400, "USD",
         "rigid cool boxes for the Union are insulated with a cyclopentane- or water-blown foam and carry no warning; "
         "these 1,200 fishing and asado cool boxes from a Rosario maker smell faintly sweet when a corner is cut, and "
         "a headspace test of the foam gives 1,1-dichloro-1-fluoroethane: products containing HCFC-141b, whose import "
         "into the Union is banned, by sea from Buenos Aires to Valencia for a camping-goods wholesaler; Rioplatense "
         "Spanish wording (HCFC-141b foams repeat in many sets, a hot-tub cover among them; a cool-box label from "
         "Argentina was found in no earlier row by a keyword search)", firm("Vega Camping SL", "ES")),
        ("OZN-04", "export", "ESSEA01", "sea", "ES", [], "AR", "841869",
         "Cámaras frigoríficas desmontables usadas, con equipos, para bodega, 6 conjuntos", "ES", 12000, 6, 18000,
         "EUR",
         "used cold rooms sold for export are emptied of refrigerant and refitted with an R-290 or CO2 unit; these "
         "six, dismantled from a La Rioja wine cooperative, keep their 1990s condensing units with an R-22 charge "
         "still in them (about 25 kg each on the plates), sold to a Mendoza winery: equipment containing and relying "
         "on HCFCs, whose export from the Union is banned (Regulation 2024/590), from Valencia to Buenos Aires; "
         "Spanish wording (R-22 equipment for export repeats in many sets; winery cold rooms to Mendoza were found in "
         "no earlier row by a keyword search)", {"importer_country": "AR"}),
        ("OZN-05", "import", "PTSEA01", "sea", "BR", [], "PT", "340399",
         "Desmoldante para solados de poliuretano, base hidrocarboneto, tambores de 200 l, 40 tambores", "BR", 9900, 40,
         12000, "USD",
         "hydrocarbon-based release agents for PU sole moulds are flammable, smell of white spirit and weigh 0.78 "
         "kg/l; these 40 drums from a Novo Hamburgo supplier do not burn, weigh 1.24 kg/l, boil at 32 °C and read "
         "1,1-dichloro-1-fluoroethane on a gas identifier, for a Felgueiras shoe-sole maker: HCFC-141b in a "
         "preparation, whose import into the Union is banned, by sea from Rio Grande to Leixões; Brazilian "
         "Portuguese wording (HCFC mould releases for PU soles repeat once, blind120, from Thailand; kept as a repeat, "
         "from Rio Grande do Sul to the Portuguese shoe cluster is the new part)", firm("Delta Solados Lda", "PT")),
        ("OZN-06", "import", "ESSEA01", "sea", "UY", [], "ES", "290110",
         "Gas refrigerante R-600a (isobutano), cilindros retornables de 10 kg, envío 2 de 5, 120 cilindros", "UY",
         1200, 120, 3000, "USD",
         "R-600a isobutane weighs 0.56 kg/l, burns at the valve and comes in red-banded cylinders with a flame mark; "
         "these 120, re-exported from the Colonia free zone in the second of five equal lots, hold 10 kg of a "
         "non-flammable liquid of 1.21 kg/l whose vapour an identifier reads as 1,1,1,2-tetrafluoroethane: HFC-134a "
         "brought in without quota or registration and split so each lot looks like a workshop order, by sea from "
         "Montevideo to Valencia for a car air-conditioning distributor; Uruguayan Spanish wording (HFC-134a and "
         "R-600a labels repeat in many sets; split lots from the Colonia free zone are the new part as far as a "
         "search found)", firm("Orion Climatización Auto SL", "ES")),
        ("OZN-07", "import", "ESSEA01", "sea", "IS", [], "ES", "841869",
         "Notaðir plötufrystar úr frystitogara, án kælimiðils, 8 stk.", "IS", 14000, 8, 16000, "EUR",
         "used plate freezers sold without refrigerant are purged, capped and tagged 'empty'; these eight, "
         "taken out of a freezer trawler refitted in Akureyri, read 6 bar on their gauges, hold their original "
         "charge (about 40 kg each of chlorodifluoromethane on the plates) and are bound for a Vigo yard that fits "
         "them into a trawler for an Argentine owner: equipment containing HCFC-22, whose import into the Union is "
         "banned, by sea from Reykjavík to Vigo; Icelandic wording (R-22 equipment repeats in many sets and plate "
         "freezers once, blind58, in a Vigo trawler sold to Dakar; kept as a repeat, Icelandic plate freezers into "
         "Vigo are the new part)",
         firm("Nordhafen Naval SL", "ES")),
        ("OZN-08", "transit", "BESEA01", "sea", "CN", ["BE"], "PY", "290342",
         "Difluorometano (R-32), refrigerante, cilindros de 9 kg, 1.400 cilindros", "CN", 12600, 1400, 11000, "USD",
         "R-32 is a flammable HFC in cylinders with a flame mark and a left-hand valve, at 15 bar at 20 °C; these "
         "1,400 cylinders carry no flame mark, read 9 bar and an identifier gives chlorodifluoromethane: HCFC-22, a "
         "controlled ozone-depleting substance moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Antwerp in transit from Ningbo to Montevideo and on by river barge to a Ciudad del Este "
         "importer; Spanish wording (HCFC-22 under R-32 labels repeats in several sets; a transit through Antwerp "
         "to Paraguay is the new part as far as a search found)", {"importer_country": "PY"}),
        ("OZN-09", "import", "NLSEA01", "sea", "CL", [], "NL", "281121",
         "Cilindros de CO2 del sistema de extinción, usados, para recertificación, 36 unidades", "CL", 2900, 36, 3600,
         "USD",
         "CO2 fire-system cylinders are tall, thick-walled bottles at 57 bar with 45 kg of gas and a siphon tube; "
         "these 36, unbolted from a decommissioned Chilean navy frigate at Talcahuano, are red spheres and short "
         "bottles with squib heads, read 42 bar with nitrogen over a heavy liquid and their stamps read '1301': "
         "bromotrifluoromethane (halon 1301), whose import into the Union is banned outside licensed critical "
         "uses, by sea from San Antonio to Rotterdam for a Den Helder fire-system firm; Chilean Spanish wording (halon "
         "1301 repeats in many sets and CO2 labels in several; from a Chilean warship is the new part as far as a "
         "search found)", firm("Vega Brandbeveiliging BV", "NL")),
        ("OZN-10", "import", "ITSEA01", "sea", "AR", [], "IT", "841821",
         "Heladeras Siam de época (1958-1962), restauradas, con gas original, 12 unidades", "AR", 1200, 12, 14400,
         "USD",
         "restored vintage refrigerators for collectors come with their circuit emptied or converted; these twelve "
         "rounded 1960 Siam fridges from Buenos Aires keep their sealed original circuits, 'with the original gas' "
         "as the seller says, and a gauge at the service valve reads dichlorodifluoromethane: products containing "
         "CFC-12, whose import into the Union is banned, by sea from Buenos Aires to Genoa for a Milan vintage-design "
         "shop selling to Italian-Argentine customers; Rioplatense Spanish wording (CFC-12 in vintage fridges repeats "
         "in blind25, from Germany; kept as a repeat, Argentine Siam fridges are the new part)",
         firm("Alpina Design Vintage Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "import", "DESEA01", "sea", "AR", [], "DE", "842390",
         "Pesas de hierro antiguas para romana, 12 piezas, 140 kg", "AR", 140, 12, 600, "USD",
         "old steelyard weights are pear-shaped iron castings with a hook eye, a mould seam and a stamped weight; "
         "these twelve are irregular, dense, rusty lumps with thumb-print hollows (regmaglypts), no seam or eye, that "
         "pull a magnet hard and show a crystalline pattern on a ground face: iron meteorites from Campo del Cielo "
         "(Chaco), natural heritage whose export Argentina forbids (Law 26.306), brought in against the UNESCO 1970 "
         "convention for a Hamburg mineral dealer, by sea from Buenos Aires; Rioplatense Spanish wording (Campo del "
         "Cielo meteorites repeat in blind79 as a cast-iron garden piece and in blind118; kept as a repeat, a "
         "steelyard-weight label was found in no earlier row)", firm("Nordhafen Mineralien GmbH", "DE")),
        ("CUL-02", "import", "ESSEA01", "sea", "UY", [], "ES", "690723",
         "Baldosas hexagonales de terracota recuperadas, de demolición, 180 kg", "UY", 180, 420, 300, "USD",
         "reclaimed hexagonal terracotta floor tiles are flat, even, red-fired clay with mortar on the back; these "
         "420 'tiles' are thick, bony, rosette-patterned plates with a pitted, porous underside and the curve of a "
         "dome across them, some still joined edge to edge in sandstone matrix: carapace osteoderms of a glyptodont "
         "(Pleistocene), palaeontological heritage whose export Uruguay forbids, brought in against the UNESCO 1970 "
         "convention in a reclaimed-materials container from Montevideo to Valencia; Uruguayan Spanish wording "
         "(glyptodont fossils and hexagonal-tile labels were found in no earlier row by a keyword search)",
         firm("Rivage Materiales Antiguos SL", "ES")),
        ("CUL-03", "import", "ITPOST01", "post", "AR", [], "IT", "681599",
         "Boleadoras artesanales, recuerdo gaucho, 3 juegos", "AR", 3.8, 3, 90, "ARS",
         "souvenir boleadoras are three polished river stones sewn into rawhide and tied with braided thongs; these "
         "three sets are bare, pecked and ground stone balls with a carved equatorial groove, lichen and caliche on "
         "one side and earth in the groove, picked up on the Pampa: prehispanic bola stones, archaeological heritage "
         "whose export Argentina forbids (Law 25.743), brought in without the importer statement or licence the "
         "Union requires where they apply and against the UNESCO 1970 convention, posted from Azul to a private "
         "person in Bologna; Rioplatense Spanish wording (bola stones and a boleadora label were found in no earlier "
         "row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-04", "import", "FRAIR01", "express", "PE", [], "FR", "711311",
         "Qullqimanta llamachakuna, musuq ruwasqa (dijes de plata 950), 6", "PE", 0.4, 6, 120, "PEN",
         "new 950 silver llama charms from Cusco workshops are bright, cast, hallmarked and identical; these six "
         "are small, hollow llama figurines of hammered and soldered sheet silver and gold alloy, worn, with red "
         "Spondylus shell saddles and textile fibres stuck in the solder, of the kind buried with Inca mountain "
         "offerings: Inca capacocha figurines, archaeological objects whose export Peru forbids, brought in without "
         "the importer statement Regulation 2019/880 requires, sent by express from Cusco to a Paris dealer; Cusco "
         "Quechua wording (Inca silver llamas and capacocha offerings were found in no earlier row by a keyword search)",
         firm("Galerie Horizon Précolombien SARL", "FR")),
        ("CUL-05", "import", "ESSEA01", "sea", "PY", ["AR"], "ES", "680299",
         "Adornos de jardín en piedra arenisca tallada, pyahu (nuevos), 6 piezas", "PY", 1800, 6, 900, "USD",
         "new carved sandstone garden ornaments from Itauguá yards are crisp, pale pink and evenly tooled; these six "
         "are weathered red Misiones sandstone blocks with baroque angels playing harps and maracas, acanthus and a "
         "broken inscription, with lichen and old mortar on their beds, cut from a frieze of the Jesuit-Guaraní "
         "mission ruins: stone sculpture from the reducciones, cultural heritage whose export Paraguay forbids, "
         "brought in without an import licence (Regulation 2019/880), by river barge through Argentina to Buenos "
         "Aires and by sea to Valencia; Paraguayan Spanish wording with the Guaraní 'pyahu' (Jesuit mission statues "
         "repeat in a few sets as carved wooden saints; sandstone frieze angels under a garden-ornament label are the "
         "new part as far as a search found)", firm("Orion Jardín Antiguo SL", "ES")),
        ("CUL-06", "import", "DEAIR01", "express", "CL", [], "DE", "711719",
         "Rütran mapuche, we (joyería de alpaca nueva), 5 piezas", "CL", 1.6, 5, 150, "CLP",
         "new Mapuche-style jewellery from Temuco workshops is bright, machine-rolled nickel silver ('alpaca') with "
         "crisp punched dots; these five pieces are a trapelakucha breast ornament, two tupu pins and a pair of "
         "upul earrings of thin, hand-hammered coin silver, darkened and worn, with repairs and old cloth threads "
         "on the chains: 19th-century Mapuche silverwork, cultural heritage whose export Chile restricts, brought in "
         "without the importer statement Regulation 2019/880 requires where it applies, sent by express from "
         "Temuco to a Munich collector; Mapudungun wording (Mapuche goods appear twice as craft labels; a "
         "nickel-silver label once, on Bolivian silver; 19th-century Mapuche silver was found in no earlier row by "
         "a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-07", "import", "NLPOST01", "post", "CO", [], "NL", "691200",
         "Rodillos de cerámica para repostería (texturizar fondant), 8 unidades", "CO", 1.2, 8, 40, "COP",
         "ceramic fondant-texturing rollers are new, glazed, evenly made cylinders with a wooden handle; these "
         "eight are small, hand-modelled grey clay cylinders and flat stamps with deeply cut spirals, frogs and "
         "monkeys, worn at the edges, with traces of red pigment and soil in the cuts: pre-Columbian pintaderas used "
         "to print body paint, archaeological heritage whose export Colombia forbids, posted from Pasto to a private "
         "person in Utrecht; Colombian Spanish wording (clay stamps repeat once, blind57, as Canarian pintaderas; "
         "a fondant-roller label from Colombia is the new part as far as a search found)",
         person("Mw. E. de Jong", "NL")),
        ("CUL-08", "import", "ESPOST01", "post", "CL", [], "ES", "441990",
         "Tablas de algarrobo para asado, artesanía de San Pedro de Atacama, 4 unidades", "CL", 2.2, 4, 60, "CLP",
         "new carob-wood asado boards are thick, freshly sanded, oiled planks with a juice groove; these four are "
         "small, thin, hard-wood trays with a shallow rectangular hollow and a handle carved as a crouching feline "
         "and a masked figure, dark with age, cracked and with a green stain in the hollow: Atacameño snuff trays "
         "(Tiwanaku period), archaeological heritage whose export Chile forbids, posted from Calama to a private "
         "person in Seville; Chilean Spanish wording (snuff trays and a carob-board label were found in no earlier "
         "row by a keyword search)", person("Maria Lopez", "ES")),
        ("CUL-09", "import", "DEAIR01", "air", "BO", [], "DE", "490400",
         "Partituras impresas usadas, música barroca, ediciones escolares, 1 caja", "BO", 9, 60, 80, "USD",
         "used school editions of baroque music are printed booklets with staples and pencil marks; this box holds "
         "sixty hand-written sheets and sewn gatherings on thick rag paper, in brown iron-gall ink, with Latin and "
         "Chiquitano texts under the staves, worm holes and the stamp of a mission parish: 18th-century music "
         "manuscripts from the Jesuit missions of Chiquitos, part of an archive Bolivia protects and whose export "
         "it forbids, brought in against the UNESCO 1970 convention, flown from Santa Cruz de la Sierra to Frankfurt "
         "for an antiquarian; Bolivian (Cruceño) Spanish wording (choir-book leaves with musical notation repeat twice, "
         "blind68 and blind96; mission scores and a printed-score label were found in no earlier row by a keyword search)", firm("Orion Antiquariat GmbH", "DE")),
        ("CUL-10", "import", "ESAIR01", "air", "CO", [], "ES", "392640",
         "Imágenes religiosas de resina, nuevas, pintadas a mano, 14 piezas", "VE", 36, 14, 420, "USD",
         "new resin religious figures are light, hollow castings with a seam and bright, glossy paint; these fourteen "
         "are heavy carved cedar saints with gesso, gilding and estofado, glass eyes, worm holes and parish inventory "
         "numbers, with two silver haloes, taken from churches in Lara and Trujillo and carried over the border at "
         "Cúcuta: Venezuelan colonial sculpture, cultural heritage whose export Venezuela forbids, brought in without "
         "the importer statement Regulation 2019/880 requires, flown from Bogotá to Madrid declared as of Venezuelan "
         "origin; Venezuelan Spanish wording (colonial saints repeat in several sets, from Bolivia and Paraguay; "
         "from Venezuela through Colombia under a resin label is the new part as far as a search found)",
         firm("Galería Central de Arte Sacro SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "PY", "846792",
         "Ersatzteile für Druckluftwerkzeuge, Schlitten und Läufe, 400 Stück", "AT", 180, 400, 6000, "EUR",
         "spare parts for pneumatic tools are pistons, valves and housings for nailers and impact wrenches; these "
         "400 pieces are machined, blued pistol slides and rifled 9 mm barrels with proof marks, matching a service "
         "pistol made near Vienna, for a Ciudad del Este gun shop whose earlier imports turned up across the border "
         "with Brazilian gangs: essential components of firearms, exported without the authorisation Regulation "
         "258/2012 requires, flown from Vienna to Asunción; Austrian German wording (pistol parts repeat in several "
         "sets; to Ciudad del Este under a pneumatic-tool label is the new part as far as a search found)",
         {"importer_country": "PY"}),
        ("STR-02", "export", "CZAIR01", "express", "CZ", [], "AR", "852589",
         "Fotopasti na zvěř, 20 MP, infračervené, 12 ks", "CZ", 9, 12, 1800, "EUR",
         "wildlife trail cameras are boxes strapped to trees that take infrared snaps at 100-200 EUR; these twelve are "
         "thermal weapon sights with a 640 x 512 uncooled core at 50 Hz, a ballistic reticle and a Picatinny mount, "
         "at 3,000 EUR each on the maker's list, for a La Pampa 'hunting outfitter': thermal-imaging weapon sights "
         "(military list / 6A003), exported without the licence they need, by express from Prague to Santa Rosa; "
         "Czech wording (thermal sights and cores repeat in several sets and trail-camera labels twice; to "
         "Argentine boar-hunting country is the new part as far as a search found)", {"importer_country": "AR"}),
        ("STR-03", "import", "ESSEA01", "sea", "BR", [], "ES", "310420",
         "Cloruro de potasio granulado, 60 % K2O, origen Chile (Salar de Atacama), 3.000 t", "CL", 3000000, None,
         1050000, "USD",
         "Chilean potassium chloride from the Salar de Atacama ships from Antofagasta or Mejillones with SQM papers; "
         "this bulk cargo was loaded at Paranaguá out of a warehouse that receives Belarusian potash, the granules "
         "are the brick-red grade of the Soligorsk mines, the grab samples match them and the Chilean certificate "
         "of origin was issued to a trader who never shipped from Chile: Belarusian potash, whose import into the "
         "Union Regulation 765/2006 forbids, by sea from Brazil to Tarragona; Chilean Spanish wording on the "
         "trader's papers (Belarusian and Russian potash repeat in many sets; laundering through Brazil with a "
         "Chilean origin is the new part as far as a search found)", firm("Atlantic Fertilizantes SL", "ES")),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "EC", "380894",
         "Pastillas de cloro (ATCC 90 %) para piscinas, 200 g, bidones de 50 kg, 400 bidones", "ES", 20000, 400,
         30000, "EUR",
         "pool chlorine tablets are trichloroisocyanuric acid that smells strongly of chlorine and fizzes slowly; "
         "these white pillow-shaped briquettes have no chlorine smell, draw damp, smell of bitter almonds when wet "
         "and the drum liners read 'NaCN 98 %': sodium cyanide (dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, from Valencia to Guayaquil for a Portovelo 'pool supplies' firm that sells "
         "to gold-leaching plants; Spanish wording (sodium cyanide repeats in many sets; a pool-chlorine label to "
         "Ecuador's gold district was found in no earlier row by a keyword search)", {"importer_country": "EC"}),
        ("STR-05", "export", "NLAIR01", "air", "NL", ["PA"], "VE", "851762",
         "Load balancers voor datacenters, 1U, 10 stuks", "NL", 160, 10, 40000, "EUR",
         "data-centre load balancers spread web traffic across servers and come with a licence for throughput; these "
         "ten appliances ship with a lawful-interception and deep-packet-inspection licence, subscriber-tracking "
         "modules and a configuration for a national mobile network, for a Caracas 'systems integrator' that works "
         "for the state telecom operator: monitoring equipment for the interception of communications, whose supply "
         "to Venezuela Regulation 2017/2074 forbids without authorisation, flown from Amsterdam via Panama; Dutch "
         "wording (surveillance equipment repeats in several sets, IMSI catchers for Venezuela once; a "
         "load-balancer label was found in no earlier row by a keyword search)", {"importer_country": "VE"}),
        ("STR-06", "export", "ESAIR01", "air", "ES", [], "BO", "854370",
         "Picanas eléctricas para ganado, recargables, 150 unidades", "ES", 210, 150, 9000, "EUR",
         "cattle prods are long, yellow sticks with two short prongs, a low-energy pulse and a farm-shop price; these "
         "150 are black, short batons with a contact-electrode head, 'riot' stencilled on the case, a wrist strap "
         "and a 500 kV rating, for a La Paz 'agro' firm that supplies the police: electric-shock batons, whose export "
         "needs an authorisation under the anti-torture Regulation 2019/125, flown from Madrid to El Alto; Spanish "
         "wording (shock devices repeat in several sets as dog-training and EMS labels; a cattle-prod label (picana) "
         "was found in no earlier row by a keyword search)", {"importer_country": "BO"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", [], "PY", "650610",
         "Casques de polo, coque composite, 120 pièces", "FR", 180, 120, 9600, "EUR",
         "polo helmets are light, peaked shells with a grille bracket and a horsey price of a few hundred euros; "
         "these 120 are 1.5 kg aramid shells with a NIJ IIIA test label, an accessory rail and a night-vision shroud "
         "mount, for a Pedro Juan Caballero 'equestrian club' on the Brazilian border: military ballistic helmets "
         "(ML13), exported without the licence they need, flown from Paris to Asunción; French wording (ballistic "
         "helmets and plates repeat in several sets; a polo-helmet label was found in no earlier row by a keyword "
         "search)", {"importer_country": "PY"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "CO", "852560",
         "UKW-Handfunkgeräte für Viehzuchtbetriebe, 300 Stück", "DE", 240, 300, 24000, "EUR",
         "hand-held VHF radios for ranches are simple 5 W sets on fixed channels at 80-150 EUR each; these 300 run "
         "frequency hopping with AES-256 and military waveforms, carry a GPS module and a 'restricted' maker's "
         "plate, at 80 EUR each on the invoice against 2,000 on the list, for a Buenaventura 'ranch supply' firm: "
         "military radio equipment (ML11), exported without the licence it needs, from Hamburg to Buenaventura; "
         "German wording (military radios repeat in several sets; a ranch-radio label was found in no earlier row by "
         "a keyword search)", {"importer_country": "CO"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "AR", "847989",
         "Macchina per la produzione di canne da pesca in carbonio, 1 unità", "IT", 7000, 1, 38000, "EUR",
         "a fishing-rod plant is a rolling table and a tapered-mandrel oven worth a few tens of thousands; this crate "
         "holds a four-axis, numerically controlled filament-winding machine with a 3 m mandrel, resin bath and "
         "fibre tensioners, worth ten times that, for a Córdoba start-up with a sounding-rocket programme: a "
         "filament-winding machine (dual-use 1B001), exported without the licence Regulation 2021/821 requires, "
         "from Genoa to Buenos Aires; Italian wording (filament winders repeat in a few sets under yarn-machine "
         "labels; a fishing-rod-machine label was found in no earlier row, only fishing-rod fabric and blanks)",
         {"importer_country": "AR"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", ["CL"], "BO", "842449",
         "Anbaufeldspritzen für Traktoren, 2.500 l, 6 Stück", "DE", 9000, 6, 90000, "EUR",
         "a farm-machinery container for Santa Cruz de la Sierra: tractor sprayers and planter parts are what German "
         "dealers send to Bolivia's soy farmers, but the third item's 'Neigungssensoren für Spritzgestänge' are 40 "
         "navigation-grade fibre-optic gyroscopes with their inertial boards, for a buyer linked to the drone "
         "assembly line Bolivia set up with Iranian help: gyroscopes (dual-use 7A002), exported without the licence "
         "Regulation 2021/821 requires, hidden as the last item of a three-item declaration, from Hamburg by Arica; "
         "German wording (fibre-optic gyros repeat in several sets; behind sprayers to Bolivia is the new part as far "
         "as a search found)",
         dict({"importer_country": "BO"},
              _more_items=[item("843290", "Ersatzteile für Einzelkornsämaschinen, 2 Paletten", "DE", 800, 9000, "EUR"),
                           item("903180", "Neigungssensoren für Spritzgestänge, 40 Stück", "DE", 40, 1600, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "PE", [], "ES", "330300",
         "Perfume de pusanga, artesanía amazónica de Iquitos, 6 frascos", "PE", 1.5, 6, 90, "PEN",
         "pusanga love perfume is a herbal tincture of roots, barks and seeds in cheap cologne; these six bottles "
         "hold, in alcohol, dried grey-pink eyes, teeth with a flattened crown and slices of dried genital tissue, "
         "sold in Belén market as 'ojo de bufeo' charms: parts of the Amazon river dolphin (Inia geoffrensis, CITES "
         "App. II) without CITES documents, posted from Iquitos to a private person in Alicante; Peruvian Spanish "
         "wording (river-dolphin parts and a pusanga label were found in no earlier row by a keyword search)",
         person("Particular", "ES")),
        ("WLF-02", "transit", "ESAIR01", "air", "UY", ["ES"], "HK", "230910",
         "Pizzles bovinos deshidratados (bully sticks) para perros, cajas de 10 kg, 24 cajas", "UY", 240, 24, 2400,
         "USD",
         "bull-pizzle dog chews are long, straight, twisted brown sticks that smell strongly of cattle; these 24 "
         "boxes hold short, curved, bony-cored dried penises with fur still on some bases and testes dried "
         "alongside, of a marine mammal: South American fur seal (Arctocephalus australis, CITES App. II) "
         "genitalia for the medicine trade without the Uruguayan export permit that specimens in transit through "
         "the Union must carry, landed at Madrid in transit from Montevideo to Hong Kong; Uruguayan Spanish wording "
         "(fur seals repeat once, blind63, as Cape fur-seal pelts; South American fur-seal genitalia under a "
         "dog-chew label were found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-03", "import", "DESEA01", "sea", "PY", ["AR"], "DE", "120242",
         "Erdnüsse, geschält, Runner, Ernte 2048, Säcke 50 kg, 400 Säcke", "PY", 20000, 400, 36000, "USD",
         "a Chaco Mennonite cooperative's container for Bremen: peanuts and sesame are what the Filadelfia and "
         "Loma Plata cooperatives export, but the third item's 'gegerbte Wasserschweinhäute' include, among forty "
         "small brown capybara hides, three large, soft pelts with black rosettes on a tawny ground: jaguar "
         "(Panthera onca, CITES App. I) skins from the Paraguayan Chaco without CITES documents, hidden as the last "
         "item of a three-item declaration, by barge through Argentina and by sea to Hamburg; Mennonite German "
         "wording (jaguar repeats in several sets and spotted-cat skins as cowhide rugs once; a capybara-hide label "
         "was found in no earlier row by a keyword search)",
         dict(firm("Central Naturkost GmbH", "DE"),
              _more_items=[item("120740", "Sesam, naturell, Säcke 50 kg, 100 Säcke", "PY", 5000, 8500, "USD", qty=100),
                           item("410692", "Gegerbte Wasserschweinhäute (Carpincho), 43 Stück", "PY", 60, 1300, "USD", qty=43)])),
        ("WLF-04", "import", "ITAIR01", "air", "AR", [], "IT", "960390",
         "Brwshys llwch o blu estrys, o fferm yn y Gaiman, 200", "AR", 40, 200, 1200, "USD",
         "ostrich-feather dusters are fluffy bunches of soft, black-and-grey farm-ostrich plumes on a wooden handle; "
         "these 200 dusters are made of stiff, greyish-brown body feathers with white tips, two shafts from one quill "
         "(the after-feather of rheas), plucked from wild lesser rheas in Chubut: Darwin's rhea (Rhea pennata, "
         "CITES App. I, the Patagonian choique) feathers without CITES documents, flown from Trelew to a Florence "
         "cleaning-supplies wholesaler; Welsh wording from Gaiman in Chubut (ostrich labels repeat once, blind110, on "
         "other feathers; rhea feathers were found in no earlier row by a keyword search)",
         firm("Alpina Pulizia Srl", "IT")),
        ("WLF-05", "import", "FRAIR01", "express", "UY", [], "FR", "210390",
         "Perlas de aceto balsámico (esferificación), frascos de 50 g, 20 frascos", "UY", 1.8, 20, 120, "UYU",
         "balsamic pearls are 4-5 mm jelly spheres of vinegar in an alginate skin that burst sour on the tongue and "
         "sit in a clear syrup; these twenty jars hold glossy, grey-black, 3 mm eggs that roll apart and smell of "
         "sea, with no CITES label, at 6 EUR a jar for roe that sells at a hundred times that: sturgeon caviar "
         "(Acipenser baerii, CITES App. II) from a Río Negro sturgeon farm, sent without its CITES permit or the "
         "universal label by express from Montevideo to a private buyer in Lyon; Uruguayan Spanish wording (caviar "
         "repeats in many sets under roe and olive covers; a balsamic-pearl label was found in no earlier row by a "
         "keyword search)", person("Mme Claire Martin", "FR")),
        ("WLF-06", "import", "ITPOST01", "post", "AR", [], "IT", "430390",
         "Manta patchwork de cuero de oveja, 1 unidad", "AR", 3.5, 1, 250, "ARS",
         "a sheepskin patchwork throw is made of white or dyed curly lambskins with creamy wool; this one is a "
         "quillango of 14 soft, dense, cinnamon-and-white pelts with a fine, straight underfur and no crimp, sewn "
         "with a painted geometric design on the leather side: pelts of newborn guanacos (chulengos) (Lama "
         "guanicoe, CITES App. II) without CITES documents, posted from Río Gallegos to a private person in Naples; "
         "Rioplatense Spanish wording (guanaco repeats twice, as fibre; a quillango and a sheepskin-throw label were "
         "found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("WLF-07", "import", "NLAIR01", "express", "EC", [], "NL", "691390",
         "Pujilí llaktamanta allpa charapakuna (figuras de cerámica de tortugas), 6", "EC", 2.2, 6, 60, "USD",
         "Pujilí ceramic tortoises are painted, hollow clay figures of a few centimetres that sit still; in this box "
         "the X-ray shows six live hatchling tortoises wrapped in socks among the ceramics, with saddle-shaped, "
         "dark, domed shells, taken on Santa Cruz island: Galápagos giant tortoises (Chelonoidis niger complex, "
         "CITES App. I) without CITES documents, sent by express from Guayaquil to a private keeper in Eindhoven; "
         "Kichwa wording (Galápagos repeats twice, on sea cucumbers and yellow-footed tortoises; a Pujilí-ceramics "
         "label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-08", "import", "DEAIR01", "air", "CL", [], "DE", "010632",
         "Ninfas (Nymphicus hollandicus) criadas en cautividad, anilladas, 40 aves", "CL", 12, 40, 1600, "USD",
         "cockatiels are grey birds with a yellow crested head and orange cheeks that weigh 90 g; these 40 are "
         "olive-brown parrots of 250 g with a red belly, yellow rump and a white breast band, with no closed rings "
         "and fresh scratches from netting: wild burrowing parrots (Cyanoliseus patagonus bloxami, CITES App. II), "
         "taken from the Chilean tricahue colonies, flown from Santiago to Frankfurt without CITES documents; Chilean "
         "Spanish wording (a cockatiel label repeats once, blind30, on cockatoos; burrowing parrots were found in no "
         "earlier row by a keyword search)", firm("Vega Vogelzucht GmbH", "DE")),
        ("WLF-09", "import", "DEAIR01", "air", "AR", [], "DE", "970529",
         "Trofeos de caza: astas de ciervo colorado, montadas en placa, 3 piezas", "AR", 38, 3, 1800, "USD",
         "red-deer trophies from Neuquén estancias are antlers on a cut skull plate mounted on a wooden shield; this "
         "crate holds, under three mounted antlers, a tanned, tawny cat skin of 2 m with a long tail, a skull with "
         "large canines and four paws: a puma (Puma concolor, CITES App. II, Annex B) hunting trophy without the "
         "Argentine export permit and the Union import permit, flown from Buenos Aires to Frankfurt for a Bavarian "
         "hunter; Rioplatense Spanish wording (red-deer labels repeat once, blind72, on a bear skin; a puma under "
         "Patagonian stag trophies was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-10", "import", "NLAIR01", "air", "CO", [], "NL", "071490",
         "Cormos de malanga (Xanthosoma) para siembra, 80 kg", "CO", 80, 120, 320, "USD",
         "malanga corms for planting are rough, brown, starchy tubers with rings and buds, sold by the sack; these "
         "120 are hard, woody, scaly trunks with leaf-base scars in a spiral and a few stiff, spiny leaflets still on "
         "some, dug from the Chocó and Antioquia forests: wild cycads (Zamia spp., CITES App. II), sent without "
         "CITES documents from Medellín to a Dutch plant-collector nursery; Colombian Spanish wording (cycads repeat "
         "in many sets under yucca, palm and yam labels; a malanga label was found in no earlier row by a keyword "
         "search)", firm("Horizon Exotic Plants BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "US", "IE", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private user (nitro model racing)", "US", 2.3, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-49-0031")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "export", "ESSEA01", "sea", "ES", "PE", "360200",
     "Cartridged emulsion explosive, UN0241, 10 t, for a licensed copper mine in Arequipa", "ES", 10000, 400, 28000,
     "EUR", [("EXPORT_LICENCE", "ES-MINT-49-0217"), ("END_USER_CERTIFICATE", "PE-SUCAMEC-49-0412")],
     "civil explosives to a licensed mine with export licence and import authorisation"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "PE", "DE", "262099",
     "Mercury-contaminated residues from gold-ore amalgamation, for permanent underground storage, 12 t", "PE",
     12000, None, 0, "USD", [("BASEL_CONSENT", "DE-HE-49-0088")], "notified mercury waste to a licensed underground store"),
    ("PRM-04", "waste", "import", "ESSEA01", "sea", "AR", "ES", "262019",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery in a Waelz kiln, 24 t", "AR", 24000, None, 0, "USD",
     [("BASEL_CONSENT", "ES-PV-49-0140")], "notified EAF dust to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "UY", "ES", "290371",
     "Recovered HCFC-22, 60 cylinders, for destruction at a licensed plasma-arc plant", "UY", 3000, 60, 0, "USD",
     [("ODS_LICENCE", "ES-MITECO-ODS-49-006")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290372",
     "2,2-Dichloro-1,1,1-trifluoroethane (HCFC-123), 5 x 1 kg, analytical standard for essential laboratory use", "US",
     5, 5, 1400, "USD", [("ODS_LICENCE", "DE-UBA-ODS-49-011")], "HCFC-123 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Inca silver llama figurine, c. 1500, documented Swiss collection since 1958", "PE", 0.2, 1, 42000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-49-0023")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "AR", "970191",
     "Oil on canvas, gaucho scene, Río de la Plata school, c. 1860, documented French collection", "FR", 14, 1,
     160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-49-0207")],
     "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "AR", "901310",
     "Thermal-imaging weapon sights, 640 x 512, 20 units, for the Argentine Gendarmería", "CZ", 16, 20, 60000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-49-0318"), ("END_USER_CERTIFICATE", "AR-MINSEG-EUC-49-0044")],
     "thermal weapon sights under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "EC", "283711",
     "Sodium cyanide 98 %, briquettes, 20 t, for a licensed gold-leaching plant in Zaruma", "ES", 20000, None, 52000,
     "EUR", [("EXPORT_LICENCE", "ES-SECOMER-49-0561"), ("END_USER_CERTIFICATE", "EC-ARCERNNR-EUC-49-0019")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "UY", "FR", "160431",
     "Caviar, Acipenser baerii, aquaculture, Río Negro, 20 kg, CITES-labelled tins", "UY", 20, None, 16000, "USD",
     [("CITES_PERMIT", "UY-MGAP-CITES-49-0072")], "farmed caviar with its CITES export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "AR", "DE", "970529",
     "Puma hunting trophy, skin and skull, La Pampa, 1 set", "AR", 12, 1, 4500, "USD",
     [("CITES_PERMIT", "AR-MAYDS-CITES-49-0336")], "App. II puma trophy with its export and import permits"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-03": "Central Entsorgung GmbH", "PRM-05": "Meridian Reciclaje SL",
    "PRM-07": "Galerie Horizon Amerika GmbH", "PRM-11": "Rivage Caviar SARL", "PRM-12": "Herr K. Becker",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("330129", "Petitgrain essential oil, Paraguayan, drums", "import", ["air"], ["PY"], (30, 60), (100, 600), ["USD"], None, S),
    ("180631", "Filled chocolates, gift boxes, Sucre", "import", ["post"], ["BO", "EC"], (20, 40), (1, 3), ["USD"], 2, S),
    ("310250", "Natural Chilean sodium nitrate fertiliser, 16 % N, 25 kg bags", "import", ["sea"], ["CL"], (0.4, 0.6), (18000, 26000), ["USD"], 0.04, S),
    ("170290", "Yacón syrup, organic, 250 g jars", "import", ["post"], ["PE", "BO"], (15, 30), (1, 3), ["USD", "EUR"], 4, S),
    ("200969", "Rectified concentrated grape must, 65 °Brix, drums", "import", ["sea"], ["AR", "CL"], (0.8, 1.3), (18000, 24000), ["USD"], None, S),
    ("950699", "Tejo game sets, iron discs and board, without mechas", "import", ["express"], ["CO"], (15, 30), (2, 4), ["USD"], 0.5, S),
    ("321410", "PU sealant, 600 ml foil sausages", "export", ["sea"], ["PE", "CL"], (2.5, 4), (4000, 10000), ["EUR"], 1.2, S),
    ("110819", "Achira starch, 500 g bags", "import", ["air"], ["CO", "EC"], (5, 9), (100, 400), ["USD"], 2, S),
    ("220820", "Singani, grape brandy, 750 ml bottles", "import", ["sea"], ["BO"], (6, 10), (2000, 6000), ["USD"], 1.1, S),
    ("250100", "Coarse grilling salt (sal parrillera), 1 kg bags", "import", ["sea"], ["AR", "UY"], (0.4, 0.8), (8000, 18000), ["USD"], 1, S),
    ("380893", "2,4-D amine herbicide, registered, in date, 20 l cans", "export", ["sea"], ["UY", "PY"], (3, 5), (8000, 18000), ["EUR"], 0.05, S),
    ("870323", "Used passenger cars, roadworthy, drained for shipping", "export", ["sea"], ["CL", "UY"], (1.5, 3), (12000, 30000), ["EUR"], 0.0007, S),
    ("851779", "Phone spare parts, new, screens and boards, labelled", "export", ["air"], ["PY", "CO"], (40, 80), (100, 600), ["EUR"], None, S),
    ("390110", "LDPE regranulate, natural, sorted post-industrial", "export", ["sea"], ["BR", "TR"], (0.8, 1.2), (20000, 25000), ["EUR"], None, S),
    ("260300", "Copper concentrate, flotation, 26 % Cu, with assay", "import", ["sea"], ["CL", "PE"], (2, 3), (24000, 30000), ["USD"], None, S),
    ("847130", "Refurbished laptops, grade A, tested, with warranty", "export", ["sea"], ["PE", "EC"], (60, 100), (1000, 4000), ["EUR"], 0.4, S),
    ("940360", "Household removal goods, used furniture, personal effects", "export", ["sea"], ["PY", "UY"], (0.5, 1.5), (1500, 4000), ["EUR"], None, S),
    ("850422", "Distribution transformers, new, PCB-free, with test report", "export", ["sea"], ["EC", "PE"], (4, 7), (10000, 24000), ["EUR"], 0.0006, S),
    ("850760", "E-bike lithium-ion batteries, new, UN 38.3 tested", "export", ["sea"], ["CO", "CL"], (40, 60), (1000, 4000), ["EUR"], 0.25, S),
    ("390761", "PET flake, bottle grade, hot-washed, certified", "import", ["sea"], ["CL", "MX"], (0.9, 1.3), (20000, 24000), ["USD"], None, S),
    ("282759", "Lithium bromide solution 55 %, for absorption chillers", "import", ["sea"], ["CL", "US"], (2.5, 4), (8000, 16000), ["USD"], None, S),
    ("392310", "Rigid cool boxes, 45 l, cyclopentane-blown foam", "import", ["sea"], ["AR", "CN"], (1.5, 2.5), (4000, 9000), ["USD"], 0.12, S),
    ("841869", "Modular cold rooms, new, CO2 condensing units", "export", ["sea"], ["AR", "CL"], (6, 10), (4000, 12000), ["EUR"], 0.0005, S),
    ("340399", "Water-based release agent for PU sole moulds, drums", "import", ["sea"], ["BR", "TH"], (1.5, 2.5), (6000, 12000), ["USD"], None, S),
    ("842390", "Antique steelyard weights, cast iron, decorative", "import", ["post"], ["AR", "UY"], (10, 20), (2, 4), ["USD"], 1, S),
    ("690723", "Hexagonal terracotta floor tiles, new", "import", ["sea"], ["UY", "BR"], (0.4, 0.8), (15000, 22000), ["USD"], None, S),
    ("681599", "Souvenir gaucho boleadoras, rawhide-covered stones", "import", ["post"], ["AR", "UY"], (15, 30), (1, 3), ["USD"], 1, S),
    ("711311", "Silver 950 llama charms, new, hallmarked", "import", ["express"], ["PE", "BO"], (300, 600), (1, 2), ["USD"], 30, S),
    ("680299", "Carved sandstone garden ornaments, new", "import", ["sea"], ["PY", "BR"], (0.6, 1.2), (3000, 9000), ["USD"], 0.01, S),
    ("711719", "Mapuche-style nickel-silver jewellery, new", "import", ["express"], ["CL"], (60, 120), (1, 2), ["USD"], 15, S),
    ("691200", "Ceramic fondant-texturing rollers, new", "import", ["post"], ["CO", "CN"], (15, 30), (1, 3), ["USD"], 6, S),
    ("441990", "Carob-wood asado boards, new", "import", ["post"], ["AR", "CL"], (12, 25), (2, 4), ["USD"], 1, S),
    ("490400", "Printed sheet music, new editions", "import", ["post"], ["AR", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, S),
    ("392640", "Resin religious statuettes, new, hand-painted", "import", ["air"], ["CO", "CN"], (8, 15), (100, 500), ["USD"], 1, S),
    ("852589", "Wildlife trail cameras, infrared, 20 MP", "export", ["express"], ["AR", "CL"], (150, 300), (1, 3), ["EUR"], 3, S),
    ("310420", "Potassium chloride 60 % K2O, granular, Chilean", "import", ["sea"], ["CL", "CA"], (0.25, 0.4), (24000, 30000), ["USD"], None, S),
    ("380894", "Pool chlorine tablets, TCCA 90 %, 50 kg drums", "export", ["sea"], ["EC", "PE"], (1.5, 2.5), (8000, 18000), ["EUR"], 0.02, S),
    ("854370", "Electric livestock prods, rechargeable", "export", ["sea"], ["UY", "AR"], (20, 35), (500, 2000), ["EUR"], 0.7, S),
    ("650610", "Polo helmets, composite shell, new", "export", ["air"], ["AR", "UY"], (60, 120), (100, 400), ["EUR"], 1.6, S),
    ("960390", "Ostrich-feather dusters, farmed ostrich", "import", ["air"], ["ZA", "AR"], (20, 35), (50, 200), ["USD"], 5, S),
    ("210390", "Balsamic vinegar pearls, 50 g jars", "import", ["express"], ["UY", "US"], (40, 70), (1, 3), ["USD"], 20, S),
    ("691390", "Pujilí painted ceramic figures, new", "import", ["post"], ["EC", "PE"], (15, 30), (1, 3), ["USD"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows instead of
# blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("482390", "Paper coffee filters, size 4, boxed", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 5, N),
        ("401320", "Bicycle inner tubes, butyl rubber", "import", ["sea"], ["CN", "TW"], (3, 5), (2000, 6000), ["USD"], 8, N),
        ("940382", "Bamboo shoe racks, flat-pack", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.3, N),
        ("392410", "Plastic colanders and salad spinners", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 1.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind138", 20490301, HERE)


if __name__ == "__main__":
    main()
