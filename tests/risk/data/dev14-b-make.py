#!/usr/bin/env python3
"""Writes the round-fourteen development probes for strategic and dual-use goods (incl.
sanctions circumvention) and explosive precursors (dev14-b-{disguised,ordinary,permitted}.ndjson).
Every row is written out by hand, worded differently from blind11's and blind12's rows and
mostly in languages of the trade routes; the note says which modus operandi family it belongs
to and what betrays it. The ordinary rows include lawful private-person consignees receiving
ordinary goods of these families, so that the false-positive side is measured. Written and
committed before the round-fourteen rules were run on it (docs/profile-packs.md, "Round
fourteen: strategic and dual-use goods (incl. sanctions circumvention), explosive precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D14B", "914")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# P1 an Annex I/II precursor named in a consumer, food or cosmetic guise (bath salt, preservative, fuel tablets)
dis("P1-1", "2028-05-01", "import", "PL", "FR", [it("330730", "Sels de bain minéraux, nitrate de magnésium hexahydraté, sacs de 25 kg, 6 sacs", "PL", 150, 240, qty=6)], domain="precursors", transport="road", note="P1: magnesium nitrate (Annex II) as a bath salt, 150 kg to a private person; French wording", consignee_name="Mme Claire Dubois")
dis("P1-2", "2028-05-02", "import", "CN", "NL", [it("210690", "Hexamethyleentetramine E239 conserveermiddel, zakken 25 kg, 2 zakken", "CN", 50, 110, cur="USD", qty=2)], domain="precursors", transport="post", note="P1: hexamine (Annex II) as a food preservative, 50 kg by post to a private person; Dutch wording", **PP)
dis("P1-3", "2028-05-03", "import", "UA", "PL", [it("360690", "Уротропин сухое горючее, таблетки, мешок 20 кг", "UA", 20, 60, qty=1)], domain="precursors", transport="post", note="P1: urotropine (hexamine) in a 20 kg sack as camping fuel to a private person; Russian wording", consignee_name="Pan Tomasz Nowak")
# P2 detonators described by their build (metal shell closed at one end, loaded, leg wires, No. 8) under other codes
dis("P2-1", "2028-05-04", "import", "CN", "ES", [it("853690", "Módulos de encendido electrónicos con píldora, cápsula de aluminio 7,5 mm, cables de 6 m, 2.500 uds.", "CN", 150, 30000, cur="USD", qty=2500)], domain="precursors", note="P2: electronic initiation modules in a 7.5 mm aluminium capsule with 6 m wires are electronic detonators (3603.60); Spanish wording")
dis("P2-2", "2028-05-05", "import", "TR", "DE", [it("830890", "Kupferhülsen 6 x 40 mm, einseitig geschlossen, gefüllt, Stärke Nr. 8, 4 000 Stück", "TR", 40, 1600, qty=4000)], domain="precursors", transport="road", note="P2: filled copper shells closed at one end, strength No. 8, are plain detonators; German wording")
dis("P2-3", "2028-05-06", "export", "FR", "BF", [it("382499", "Amorces n° 8 pour accessoires de forage, tube aluminium, 5 000 pièces", "FR", 60, 4500, qty=5000)], domain="precursors", transport="air", note="P2: No. 8 caps in an aluminium tube as drilling accessories to Ouagadougou; French wording")
# P3 a concentrated acid or oxidiser declared as a dilute consumer grade (battery acid, hair bleach)
dis("P3-1", "2028-05-07", "import", "CZ", "DE", [it("280700", "Akkusäure, Dichte 1,83 g/cm3, Kanister 30 kg, 10 Stück", "CZ", 300, 200, qty=10)], domain="precursors", transport="road", note="P3: density 1.83 is 95 % sulphuric acid, not battery electrolyte (1.28), to a private person; German wording", consignee_name="Herr Markus Schneider")
dis("P3-2", "2028-05-08", "import", "IT", "PL", [it("280700", "Kwas akumulatorowy 96 %, kanistry 20 l, 12 szt.", "IT", 440, 260, qty=12)], domain="precursors", transport="road", note="P3: 96 % 'battery acid' to a private person; Polish wording", **PP)
dis("P3-3", "2028-05-09", "import", "TR", "BG", [it("330590", "Oxidant pentru decolorare păr, peroxid de hidrogen 35 %, bidoane 20 l, 10 buc", "TR", 220, 180, qty=10)], domain="precursors", transport="road", note="P3: hair developer is 3-12 %; 35 % hydrogen peroxide (Annex I) in 200 l to a private person; Romanian wording", **PP)
# P4 ammonium nitrate of Annex I grade in retail packs or porous prills for a use that needs no explosive grade
dis("P4-1", "2028-05-10", "import", "BY", "LT", [it("310230", "Amonio salietra 34,4 % N, maišeliai po 2 kg sodui, 8 000 maišelių", "BY", 16000, 7200, qty=8000)], domain="precursors", transport="road", note="P4: 34.4 % N ammonium nitrate in 2 kg garden bags is for the public; Lithuanian wording")
dis("P4-2", "2028-05-11", "import", "RU", "DE", [it("310230", "Ammoniumnitrat porös geprillt, für Kältemischungen, Big Bags 1 t, 20 t", "RU", 20000, 7000, cur="USD", qty=20)], domain="precursors", note="P4: porous-prilled AN (the explosive grade) for 'cold packs' in 20 t; German wording")
dis("P4-3", "2028-05-12", "import", "EG", "ES", [it("310230", "Nitrato amónico poroso en perlas para compostaje, sacos 50 kg, 400 sacos", "EG", 20000, 8000, cur="USD", qty=400)], domain="precursors", note="P4: porous prilled AN for composting; Spanish wording")
# P5 chlorate or perchlorate for matches, fireworks or 'weed killer' to a general trader outside the EU
dis("P5-1", "2028-05-13", "export", "ES", "NE", [it("282919", "Clorato de sodio herbicida, bidones 50 kg, 8 t", "ES", 8000, 6400, qty=160)], domain="precursors", note="P5: sodium chlorate (Annex I, banned as a herbicide in the EU) to Niamey; Spanish wording", importer_name="Sahel Commerce Général SARL")
dis("P5-2", "2028-05-14", "export", "NL", "NG", [it("282990", "Potassium perchlorate 99 %, for match factory, 25 kg bags, 12 t", "NL", 12000, 30000, qty=480)], domain="precursors", note="P5: potassium perchlorate (Annex I) 'for matches' (matches use chlorate, not perchlorate) to a general trader in Kano", importer_name="Kano General Merchants Ltd")
# S1 controlled industrial equipment named by its technical name with a benign end use, to a diversion hub
dis("S1-1", "2028-05-15", "export", "DE", "TR", [it("847989", "Master-Slave-Manipulatoren für Lebensmittelverarbeitung, Wanddurchführung 1,2 m, 2 Paar", "DE", 1600, 320000, qty=2)], domain="strategic", note="S1: through-wall master-slave manipulators are hot-cell equipment (2B225) to an Istanbul trader; German wording", importer_name="Anadolu Endüstri Tedarik Ltd. Şti.")
dis("S1-2", "2028-05-16", "export", "IT", "AE", [it("844540", "Bobinatrice per filamento CNC a 5 assi coordinati, per tubi di irrigazione, 1 unità", "IT", 11000, 450000, qty=1)], domain="strategic", note="S1: a filament-winding machine with coordinated axes (1B001) for 'irrigation pipes' to Dubai; Italian wording", importer_name="Emirates Pipe Solutions FZE")
dis("S1-3", "2028-05-17", "export", "FR", "AM", [it("850511", "Aimants samarium-cobalt en anneau, diamètre 80 mm, pour haut-parleurs, 600 pièces", "FR", 240, 54000, qty=600)], domain="strategic", transport="air", note="S1: SmCo ring magnets (centrifuge parts) 'for loudspeakers' to Yerevan; French wording", importer_name="Yerevan Sound Trading LLC")
dis("S1-4", "2028-05-18", "export", "CZ", "KG", [it("841112", "Turbojet engines for hobby aircraft, thrust 180 N, 12 pcs", "CZ", 45, 84000, qty=12)], domain="strategic", transport="air", note="S1: 180 N turbojets at 7,000 EUR each are UAV propulsion (9A101 level), to Bishkek", importer_name="Bishkek Aero Hobby LLC")
dis("S1-5", "2028-05-19", "export", "AT", "OM", [it("841950", "Wärmetauscher aus Tantal für Beizanlagen, 4 Stück", "AT", 500, 300000, qty=4)], domain="strategic", note="S1: tantalum heat exchangers (2B350) to a Muscat trader; German wording", importer_name="Muscat Process Equipment LLC")
# S2 goods of DPRK origin relabelled, betrayed by a North Korean place or producer name
dis("S2-1", "2028-05-20", "import", "CN", "PL", [it("030749", "Mrożone kalmary, producent Nampo Fisheries, 20 t", "CN", 20000, 44000, cur="USD")], domain="strategic", note="S2: Nampo is a DPRK port: DPRK seafood (UNSCR 2371) with a Chinese origin; Polish wording", importer_name="Bałtyk Ryby Sp. z o.o.")
dis("S2-2", "2028-05-21", "import", "RU", "NL", [it("270111", "Antraciet, herkomst mijn Chongjin, 30 000 t", "RU", 30000000, 2400000, cur="USD")], domain="strategic", note="S2: Chongjin anthracite is DPRK coal (UNSCR 2371) declared Russian; Dutch wording", importer_name="Rotterdam Coal Trading BV")
dis("S2-3", "2028-05-22", "import", "CN", "DE", [it("620193", "Herren-Daunenjacken, konfektioniert in Sinuiju, 5 000 Stück", "CN", 5000, 60000, cur="USD", qty=5000)], domain="strategic", note="S2: garments made up in Sinuiju are DPRK textiles (UNSCR 2375); German wording", importer_name="Nordmode Handels GmbH")
# S3 aircraft engine parts named by engine model, declared for industrial or power use, to a hub
dis("S3-1", "2028-05-23", "export", "FR", "AE", [it("841199", "Aubes de turbine pour groupes électrogènes, réf. CFM56-5B HPT, 60 pièces", "FR", 30, 180000, qty=60)], domain="strategic", transport="air", note="S3: CFM56 turbine blades (aircraft engine) for 'generating sets' to a Dubai trader; French wording", importer_name="Skyline Aviation Supply FZE")
dis("S3-2", "2028-05-24", "export", "DE", "AM", [it("841191", "V2500 Brennkammer-Segmente für industrielle Gasturbinen, 24 Stück", "DE", 60, 150000, qty=24)], domain="strategic", transport="air", note="S3: V2500 combustor segments (A320 engine) for 'industrial gas turbines' to Yerevan; German wording", importer_name="Armavia Technics LLC")
# S4 armoured or military-list vehicles to arms-embargoed destinations as ordinary cars
dis("S4-1", "2028-05-25", "export", "IT", "SD", [it("870323", "Toyota Land Cruiser 200 blindato VR7, 3 unità", "IT", 12000, 540000, qty=3)], domain="strategic", note="S4: VR7-armoured SUVs (ML6) to Sudan under the UN arms embargo; Italian wording", importer_name="Khartoum Logistics Co.")
dis("S4-2", "2028-05-26", "export", "BE", "LY", [it("870421", "Pick-up Toyota Hilux blindé niveau B6, pneus anti-crevaison, 5 unités", "BE", 17500, 600000, qty=5)], domain="strategic", transport="sea", transit=["MT"], note="S4: B6 armoured pickups (ML6) to Libya; French wording", importer_name="Tripoli Security Solutions")
# S5 the description itself names a sanctioned end use or end user beyond the declared destination
dis("S5-1", "2028-05-27", "export", "NL", "AE", [it("848180", "Control valves, stainless, DN50, end user located in Iran, 40 pcs", "NL", 400, 36000, qty=40)], domain="strategic", note="S5: end use in Iran written in the description of goods declared to Dubai", importer_name="Gulf Valve Trading FZE")
dis("S5-2", "2028-05-28", "export", "DE", "KZ", [it("845961", "Fräsmaschine CNC, Endabnehmer in Russland, 1 Stück", "DE", 6000, 180000, qty=1)], domain="strategic", transport="road", note="S5: CNC milling machine (Annex XXIII) with the end user in Russia, declared to Kazakhstan; German wording", importer_name="Astana Machinery TOO")

# ordinary look-alikes (several to private persons)
ordi("1", "2028-05-01", "import", "GB", "FR", [it("283321", "Sel d'Epsom (sulfate de magnésium) pour le bain, sachet 1 kg", "GB", 1, 9, qty=1)], transport="post", note="Epsom bath salt to a private person", **PP)
ordi("2", "2028-05-02", "import", "DE", "NL", [it("330730", "Badzout met magnesiumchloride, pot 500 g, 2 stuks", "DE", 1, 15, qty=2)], transport="post", note="magnesium-chloride bath salt to a private person", consignee_name="Mevrouw Anna de Vries")
ordi("3", "2028-05-03", "import", "DE", "PL", [it("360690", "Esbit Trockenbrennstoff Tabletten 14 g, 20 Stück", "DE", 0.3, 6, qty=20)], transport="post", note="a retail pack of solid fuel tablets to a private person", **PP)
ordi("4", "2028-05-04", "import", "CN", "ES", [it("854239", "Circuitos integrados microcontroladores, bobina 3.000 uds.", "CN", 3, 2400, cur="USD", qty=3000)], transport="air", note="microcontrollers on a reel")
ordi("5", "2028-05-05", "import", "CN", "IT", [it("930630", "Cartucce per chiodatrici calibro 6,8 x 11 mm, bossolo ottone, 1 000 pz", "CN", 3, 60, cur="USD", qty=1000)], transport="sea", note="powder-actuated tool loads of their real size")
ordi("6", "2028-05-06", "import", "CZ", "DE", [it("285300", "Destilliertes Wasser für Batterien, Kanister 5 l", "CZ", 5, 4, qty=1)], transport="post", note="distilled water for topping up batteries to a private person; replaced after the first run: the first row (battery electrolyte of density 1.28, about 37 %% acid, 1 l by post) is above the Annex I limit of 15 %% and may not be sold to the public, so the rule that flagged it was right", consignee_name="Herr Jonas Weber")
ordi("7", "2028-05-07", "import", "NL", "FR", [it("310520", "Engrais gazon NPK 15-5-10, sac 1 kg", "NL", 1, 7, qty=1)], transport="post", note="a 1 kg garden fertiliser bag to a private person", **PP)
ordi("8", "2028-05-08", "import", "DE", "IT", [it("330430", "Solvente per smalto, acetone, flacone 100 ml", "DE", 0.1, 3, qty=1)], transport="post", note="nail-polish remover to a private person", **PP)
ordi("9", "2028-05-09", "import", "RU", "DE", [it("310240", "Kalkammonsalpeter 27 % N, gekörnt, Big Bags 500 kg, 48 t", "RU", 48000, 14000, cur="USD", qty=96)], note="calcium ammonium nitrate (27 % N, not Annex I) for a farm cooperative", importer_name="Agrar Genossenschaft Elbe eG")
ordi("10", "2028-05-10", "import", "ES", "FR", [it("360500", "Allumettes de ménage, 10 boîtes", "ES", 0.5, 4, qty=10)], transport="post", note="household matches to a private person", **PP)
ordi("11", "2028-05-11", "export", "DE", "AT", [it("841182", "Industrielle Gasturbine SGT-400, Ersatzschaufeln, 40 Stück", "DE", 80, 120000, qty=40)], transport="road", note="industrial gas-turbine blades within the EU")
ordi("12", "2028-05-12", "import", "CN", "DE", [it("841112", "Modellturbine für RC-Jets, Schub 60 N, 1 Stück", "CN", 1.1, 1500, cur="USD", qty=1)], transport="post", note="a small hobby turbine to a private person", consignee_name="Herr Lukas Fischer")
ordi("13", "2028-05-13", "export", "JP", "AE", [it("870323", "Toyota Land Cruiser 300 GXR, new, 4 units", "JP", 10000, 260000, cur="USD", qty=4)], note="ordinary SUVs to a Dubai dealer", importer_name="Al Futtaim Motors LLC")
ordi("14", "2028-05-14", "import", "CA", "NL", [it("030614", "Frozen snow crab clusters, Newfoundland, 18 t", "CA", 18000, 200000, cur="USD")], note="Canadian snow crab", importer_name="Noord Vis BV")
ordi("15", "2028-05-15", "import", "CN", "DE", [it("850519", "Samarium-Cobalt-Magnete, Scheiben 10 mm, 1 000 Stück", "CN", 3, 900, cur="USD", qty=1000)], transport="air", note="small SmCo disc magnets for sensors", importer_name="Sensortechnik Bayern GmbH")
ordi("16", "2028-05-16", "import", "US", "FR", [it("490199", "Livre : Histoire des explosifs et de la dynamite, 1 exemplaire", "US", 0.7, 25, cur="USD", qty=1)], transport="post", note="a book to a private person", **PP)
ordi("17", "2028-05-17", "import", "CN", "BE", [it("851713", "Smartphone d'occasion, reconditionné, 1 pièce", "CN", 0.3, 110, cur="USD", qty=1)], transport="post", note="a second-hand phone to a private person", consignee_name="M. Julien Peeters")
ordi("18", "2028-05-18", "import", "KR", "DE", [it("950300", "Souvenir-Magnet Seoul, 3 Stück", "KR", 0.1, 8, qty=3)], transport="post", note="souvenir magnets from Seoul to a private person", **PP)
ordi("19", "2028-05-19", "import", "DE", "PL", [it("330590", "Utleniacz do włosów 6 %, butelka 1 l", "DE", 1, 8, qty=1)], transport="post", note="6 % hair developer to a private person", **PP)
ordi("20", "2028-05-20", "import", "CN", "NL", [it("300490", "Vitamine C bruistabletten, 20 stuks", "CN", 0.1, 5, cur="USD", qty=20)], transport="post", note="vitamin tablets to a private person", **PP)
ordi("21", "2028-05-21", "export", "FR", "CH", [it("847989", "Boîte à gants pour laboratoire, acier inoxydable, 1 unité", "FR", 300, 25000, qty=1)], transport="road", note="a laboratory glovebox to Switzerland")
ordi("22", "2028-05-22", "import", "CN", "IT", [it("382499", "Kit accessori per trapano: punte, adattatori, 1 set", "CN", 2, 25, cur="USD", qty=1)], transport="post", note="a drill-accessory kit to a private person", **PP)
ordi("23", "2028-05-23", "export", "DE", "AE", [it("848180", "Regelventile Edelstahl DN50, 40 Stück", "DE", 400, 36000, qty=40)], note="control valves to a Dubai distributor", importer_name="Gulf Valve Trading FZE")

# permitted shipments with their documents
perm("1", "2028-05-01", "import", "NO", "SE", [it("360360", "Elektroniska sprängkapslar, 4 m ledning, 3 000 st", "NO", 150, 21000, qty=3000, docs=[("PRECURSOR_LICENCE", "SE-MSB-28-0514")])], transport="road", domain="precursors", note="electronic detonators to a licensed blaster, with its licence", consignee_name="Kiruna Bergteknik AB")
perm("2", "2028-05-02", "import", "RU", "FI", [it("310230", "Porous prilled ammonium nitrate, explosive grade, 1 t bags, 24 t", "RU", 24000, 9000, cur="USD", qty=24, docs=[("EXPLOSIVES_LICENCE", "FI-TUKES-28-0210")])], domain="precursors", note="porous AN to an emulsion plant with its licence", importer_name="Nordic Mining Explosives Oy")
perm("3", "2028-05-03", "export", "DE", "AE", [it("844540", "Filament winding machine, 4 coordinated axes, 1 unit", "DE", 9000, 400000, qty=1, docs=[("EXPORT_LICENCE", "DE-BAFA-28-11324")])], domain="strategic", note="a filament winder with its BAFA licence", importer_name="Gulf Composites LLC")
perm("4", "2028-05-04", "export", "BE", "AE", [it("870323", "Armoured SUV, level B6, 2 units", "BE", 8000, 380000, qty=2, docs=[("EXPORT_LICENCE", "BE-FL-28-0447")])], domain="strategic", note="armoured cars to an embassy supplier with their export licence", importer_name="Diplomatic Vehicles FZE")
perm("5", "2028-05-05", "export", "PT", "AO", [it("282919", "Clorato de potássio 99,5 %, sacos 25 kg, 5 t", "PT", 5000, 6500, qty=200, docs=[("EXPORT_LICENCE", "PT-28-PRE-0088")])], domain="precursors", note="potassium chlorate to a match factory with its export licence", importer_name="Fábrica de Fósforos de Angola SA")

# added after the first run, for blind11 STR-04's family (Russian metal by its producer's mark)
dis("S6-1", "2028-05-29", "import", "TR", "IT", [it("760120", "Lingotti di lega di alluminio, marchio KrAZ, 25 t", "TR", 25000, 62000, cur="USD")], domain="strategic", note="S6: KrAZ is Rusal's Krasnoyarsk smelter: Russian aluminium given a Turkish origin; Italian wording; added after the first run", importer_name="Alluminio Padano Srl")
dis("S6-2", "2028-05-30", "import", "KZ", "DE", [it("740311", "Kupferkathoden Grade A, Marke Uralelectromed, 50 t", "KZ", 50000, 450000, cur="USD")], domain="strategic", transport="rail", note="S6: Uralelectromed (UGMK) copper cathodes declared Kazakh; German wording; added after the first run", importer_name="Kupferhandel Nord GmbH")
ordi("24", "2028-05-24", "import", "NO", "NL", [it("760110", "Primary aluminium ingots P1020, Hydro Karmøy, 24 t", "NO", 24000, 62000, cur="USD")], note="Norwegian aluminium; added after the first run", importer_name="Rotterdam Metals Trading BV")
ordi("25", "2028-05-25", "import", "TR", "DE", [it("920290", "Bağlama saz, 1 adet", "TR", 2, 180, qty=1)], transport="post", note="a saz (musical instrument) to a private person; added after the first run", **PP)
probes.write(HERE, "dev14-b")
