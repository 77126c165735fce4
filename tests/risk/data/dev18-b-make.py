#!/usr/bin/env python3
"""Writes the round-eighteen (b) development probes for strategic goods and ozone-depleting
substances (dev18-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand,
worded differently from blind16's rows, in languages of the trade routes; the note names the
modus operandi family and what betrays it. The ordinary rows hold lawful look-alikes of every
family (the controlled word used in a lawful sense) and lawful private-person consignees.
Written and committed before the round-eighteen (b) rules were run on it (docs/profile-packs.md,
"Round eighteen (b): strategic goods and ozone")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D18B", "918")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")
S = dict(domain="strategic")
O = dict(domain="ozone")

# E: Russian energy products given another origin, betrayed by a Russian refinery, port or loading station,
# or by a refinery abroad owned by a sanctioned Russian company
dis("E-1", "2028-12-01", "import", "TR", "BE", [it("271019", "Gasoil 10 ppm, cargo ex Primorsk STS off Ceyhan, 25 000 t", "TR", 25000000, 17500000, cur="USD")], note="E: Primorsk is a Russian Baltic oil port; Turkish origin claimed after a ship-to-ship transfer", **S)
dis("E-2", "2028-12-02", "import", "KZ", "LT", [it("271113", "Butan skroplony, cysterny kolejowe, stacja załadunku Salavat, 600 t", "KZ", 600000, 290000, cur="USD")], transport="rail", transit=["RU"], note="E: Salavat is a Bashkir (Russian) refinery and petrochemical plant; Polish wording", **S)
dis("E-3", "2028-12-03", "import", "AE", "NL", [it("271012", "Naphtha, produced at Nayara Energy refinery, bill of lading Fujairah, 40,000 t", "AE", 40000000, 26000000, cur="USD")], note="E: Nayara Energy is the Rosneft-owned refinery under EU sanctions; loaded again in the UAE", **S)
dis("E-4", "2028-12-04", "import", "GE", "BG", [it("271320", "Bitume routier 50/70, origine GE, chargé à Novorossiisk, 5 000 t", "GE", 5000000, 2400000, cur="USD")], note="E: Novorossiysk is a Russian Black Sea port; French wording", **S)

# F: furnaces and presses for nuclear or missile work under a craft or hobby use (vacuum induction,
# arc remelting, electron-beam), a charge capacity or mass no workshop has, to a proliferation concern or hub
dis("F-1", "2028-12-05", "export", "DE", "AE", [it("851420", "Vakuum-Induktionsschmelzofen für Dentallabor, Tiegel 150 kg", "DE", 7500, 380000, qty=1)], note="F: dental casters melt grams; a 150 kg vacuum induction furnace (2B227) to Dubai; German wording", **S)
dis("F-2", "2028-12-06", "export", "FR", "TR", [it("851430", "Four de refusion à arc sous vide (VAR) pour bijouterie, 1 unité", "FR", 12000, 650000, qty=1)], transit=["IR"], note="F: vacuum arc remelting furnaces (2B227) make uranium and titanium; 'for jewellery' nonsense; French wording", **S)
dis("F-3", "2028-12-07", "export", "IT", "PK", [it("851420", "Induction melting furnace vacuum type for hobby metal casting, 6 t", "IT", 6000, 290000, qty=1)], note="F: a 6 t vacuum furnace as a hobby caster to Pakistan", **S)

# G: chemical-plant equipment of corrosion-resistant linings (glass-lined, PTFE-lined, Hastelloy) to a
# chemical-weapons concern under a consumer-product use
dis("G-1", "2028-12-08", "export", "IT", "LB", [it("841989", "Reattori vetrificati 3000 l con camicia, per produzione di shampoo, 2 pz", "IT", 9000, 140000, qty=2)], transit=["SY"], note="G: glass-lined reactors (2B350) 'for shampoo', through Syria; Italian wording", **S)
dis("G-2", "2028-12-09", "export", "DE", "IR", [it("841950", "Emaillierte Wärmetauscher und Kolonnenschüsse für Lebensmittelaromen, 6 Stk", "DE", 4000, 95000, qty=6)], note="G: enamelled (glass-lined) heat exchangers and column sections to Iran for 'flavours'; German wording", **S)
dis("G-3", "2028-12-10", "export", "CN", "SY", [it("841940", "PTFE-lined distillation column and receiver for perfume oils, 1 set", "CN", 3500, 60000, cur="USD", qty=1)], note="G: fluoropolymer-lined distillation equipment (2B350) to Syria", **S)

# K: refinery catalysts to a country with no refinery (re-export north)
dis("K-1", "2028-12-11", "export", "DE", "GE", [it("381511", "Hydrotreating catalyst CoMo/Al2O3, fresh, big bags, 25 t", "DE", 25000, 610000)], note="K: Georgia has no crude refinery; hydrotreating catalyst goes on to Russia", **S)
dis("K-2", "2028-12-12", "export", "FR", "KG", [it("381519", "Catalyseur de reformage catalytique Pt-Re, neuf, 18 t", "FR", 18000, 1900000)], note="K: reforming catalyst for a refinery Kyrgyzstan does not have at that scale; French wording", **S)
dis("K-3", "2028-12-13", "export", "NL", "MN", [it("381590", "Hydrocracking catalyst, zeolite base, 30 t", "NL", 30000, 900000)], note="K: Mongolia has no operating refinery", **S)

# H: military-helicopter and jet parts by their Soviet designations, declared as tractor, lorry or pump parts
dis("H-1", "2028-12-14", "export", "PL", "AE", [it("870840", "Części skrzyni biegów do ciągników: przekładnia WR-24, 2 kpl.", "PL", 900, 280000, qty=2)], transport="air", note="H: the VR-24 is the Mi-24/Mi-35 main gearbox; Polish transliteration WR-24", **S)
dis("H-2", "2028-12-15", "export", "CZ", "KZ", [it("841199", "Turbine parts for water pumps, TV3-117 compressor blades, 200 pcs", "CZ", 80, 120000, qty=200)], transport="air", note="H: TV3-117 is the Mi-8/Mi-24 engine; 'water pumps' cover", **S)
dis("H-3", "2028-12-16", "export", "BG", "TR", [it("848390", "Tail rotor gearbox for Mi-17 helicopter, used, as agricultural spare part, 1 pc", "BG", 300, 95000, qty=1)], note="H: Mi-17 gearbox as an agricultural spare part", **S)

# V: ships 'for demolition' sold at several times their scrap value (sale into a shadow fleet)
dis("V-1", "2028-12-17", "export", "GR", "AE", [it("890120", "Product tanker 2006, 47,000 dwt, sold for recycling, as is", "GR", 11000000, 16000000, cur="USD", qty=1)], note="V: 1.45 USD/kg for a 'recycling' tanker; scrap is about 0.5", **S)
dis("V-2", "2028-12-18", "export", "MT", "IN", [it("890800", "Navire citerne destiné à la démolition, LDT 15 000 t", "MT", 15000000, 21000000, cur="USD", qty=1)], note="V: a ship for breaking up at 1.4 USD/kg; French wording", **S)

# O1: ozone-depleting substances named only by their chemical formula, in equipment or aerosols
dis("O1-1", "2028-12-19", "import", "CN", "ES", [it("842410", "Extintores automáticos para salas de servidores, gas CF2ClBr, 6 kg, 80 uds", "CN", 600, 9000, cur="USD", qty=80)], note="O1: CF2ClBr is halon 1211; Spanish wording", **O)
dis("O1-2", "2028-12-20", "import", "TR", "DE", [it("381300", "Löschmittel-Nachfüllung CBrF2CBrF2, Flaschen 10 kg, 40 Stk", "TR", 400, 6000, qty=40)], note="O1: CBrF2CBrF2 is halon 2402; German wording", **O)
dis("O1-3", "2028-12-21", "import", "CN", "PL", [it("381400", "Rozpuszczalnik do czyszczenia elektroniki C2Cl3F3, beczki 200 kg", "CN", 2000, 7000, cur="USD", qty=10)], note="O1: C2Cl3F3 is CFC-113 as a cleaning solvent; Polish wording", **O)

# O2: lesser HCFC, CFC and HBFC refrigerant or extinguishant numbers
dis("O2-1", "2028-12-22", "import", "CN", "RO", [it("290379", "Agent frigorific R-124, butelii 30 kg, 50 buc.", "CN", 1500, 9000, cur="USD", qty=50)], note="O2: R-124 is HCFC-124; Romanian wording", **O)
dis("O2-2", "2028-12-23", "transit", "CN", "MD", [it("382479", "Хладон R-142b, баллоны 13 кг, 100 шт.", "CN", 1300, 5000, cur="USD", qty=100)], transit=["RO"], note="O2: R-142b is an HCFC; Russian wording, in transit", **O)
dis("O2-3", "2028-12-24", "import", "IN", "IT", [it("290379", "Gas refrigerante R-31 per gruppi frigo, bombole 20 kg, 60 pz", "IN", 1200, 6500, cur="USD", qty=60)], note="O2: R-31 is HCFC-31 (chlorofluoromethane); Italian wording", **O)

# ordinary look-alikes
ordi("1", "2028-12-01", "import", "NO", "NL", [it("271019", "Diesel EN 590, Mongstad refinery, 30,000 t", "NO", 30000000, 21000000, cur="USD")], note="E: diesel from a Norwegian refinery")
ordi("2", "2028-12-02", "import", "KZ", "PL", [it("271112", "Propan skroplony, cysterny, załadunek Pawłodar, 500 t", "KZ", 500000, 230000, cur="USD")], transport="rail", transit=["RU", "BY"], note="E: Kazakh LPG loaded at Pavlodar (Kazakhstan), through Russia")
ordi("3", "2028-12-03", "import", "US", "DE", [it("490199", "Book: The Orenburg shawl, knitting patterns, 1 pc", "US", 0.6, 25, cur="USD", qty=1)], transport="post", note="E: a book with a Russian place name, to a private person", **PP)
ordi("4", "2028-12-04", "export", "DE", "FR", [it("851420", "Vakuum-Induktionsgießgerät für Schmuck, Tiegel 1 kg", "DE", 120, 18000, qty=1)], transport="road", note="F: a jeweller's vacuum caster (1 kg crucible) within the EU")
ordi("5", "2028-12-05", "export", "IT", "IN", [it("851420", "Forno a induzione sottovuoto per oreficeria, 2 kg, 1 pz", "IT", 180, 22000, qty=1)], note="F: a goldsmith's vacuum induction caster to India")
ordi("6", "2028-12-06", "import", "CN", "ES", [it("851410", "Horno de mufla para cerámica y esmaltes de bisutería, 1 ud", "CN", 60, 900, cur="USD", qty=1)], transport="post", note="F: an enamelling kiln to a private person; the word 'esmaltes'", **PP)
ordi("7", "2028-12-07", "export", "DE", "TR", [it("841989", "Emaillierte Rührwerksbehälter 2500 l für Pharmawerk, 2 Stk", "DE", 8000, 130000, qty=2)], note="G: glass-lined reactors to a Turkish pharmaceutical plant")
ordi("8", "2028-12-08", "import", "CN", "FR", [it("732393", "Casseroles émaillées, lot de 3", "CN", 4, 35, cur="USD", qty=3)], transport="post", note="G: enamelled cookware to a private person", **PP)
ordi("9", "2028-12-09", "export", "IT", "EG", [it("841989", "Reattori in acciaio inox 2000 l per saponificio, 3 pz", "IT", 9000, 110000, qty=3)], note="G: stainless soap kettles to Egypt")
ordi("10", "2028-12-10", "export", "DE", "KZ", [it("381511", "Hydrotreating catalyst NiMo, fresh, for Pavlodar refinery, 40 t", "DE", 40000, 950000)], note="K: catalyst to a country that has refineries")
ordi("11", "2028-12-11", "import", "CN", "AM", [it("842139", "Catalytic converters for cars, 200 pcs", "CN", 1600, 24000, cur="USD", qty=200)], note="K: car catalytic converters to Armenia")
ordi("12", "2028-12-12", "import", "CN", "GE", [it("381590", "Catalyst for polyester resin, MEKP hardener kit, 20 pcs", "CN", 10, 120, cur="USD", qty=20)], transport="post", note="K: a resin hardener 'catalyst' to a private person in Georgia", **PP)
ordi("13", "2028-12-13", "export", "PL", "UA", [it("870840", "Skrzynia biegów do ciągnika MTZ-82, regenerowana, 1 szt.", "PL", 180, 2400, qty=1)], transport="road", note="H: a rebuilt MTZ tractor gearbox at its price")
ordi("14", "2028-12-14", "import", "CN", "DE", [it("851713", "Xiaomi Mi 8 smartphone, refurbished, 1 pc", "CN", 0.4, 150, cur="USD", qty=1)], transport="post", note="H: the phone called Mi 8, to a private person", **PP)
ordi("15", "2028-12-15", "import", "CN", "FR", [it("950300", "Maquette hélicoptère Mi-24 Hind, kit plastique 1/72", "CN", 0.5, 30, cur="USD", qty=1)], transport="post", note="H: a plastic model kit of a Mi-24, to a private person", **PP)
ordi("16", "2028-12-16", "export", "NL", "TR", [it("890800", "Bulk carrier for demolition, LDT 9,000 t", "NL", 9000000, 4300000, cur="USD", qty=1)], note="V: a ship for breaking up at 0.48 USD/kg")
ordi("17", "2028-12-17", "export", "DE", "NO", [it("890120", "Chemical tanker newbuilding 2028, 20,000 dwt", "DE", 6000000, 38000000, cur="USD", qty=1)], note="V: a new tanker at its price")
ordi("18", "2028-12-18", "import", "CN", "ES", [it("842410", "Extintores de CO2 5 kg y de polvo ABC 6 kg, 200 uds", "CN", 2200, 8000, cur="USD", qty=200)], note="O1: ordinary CO2 and powder extinguishers")
ordi("19", "2028-12-19", "import", "US", "DE", [it("381300", "Löschmittel CF3I (Trifluoriodmethan), Flaschen 10 kg, 20 Stk", "US", 200, 9000, cur="USD", qty=20)], note="O1: CF3I, a lawful halon replacement")
ordi("20", "2028-12-20", "import", "US", "IT", [it("381300", "Agente estinguente FK-5-1-12 (CF3CF2C(O)CF(CF3)2), 50 kg", "US", 50, 3000, cur="USD")], note="O1: the fluoroketone replacement written as a formula")
ordi("21", "2028-12-21", "import", "CN", "RO", [it("382478", "Agent frigorific R-134a, butelii 13,6 kg, 100 buc.", "CN", 1360, 5000, cur="USD", qty=100)], note="O2: R-134a, an HFC under its code (quota checked elsewhere)")
ordi("22", "2028-12-22", "import", "JP", "IT", [it("848210", "Cuscinetti a sfere R-21 e R-124, 500 pz", "JP", 30, 900, qty=500)], transport="air", note="O2: bearing series R-21 and R-124, not refrigerants")
ordi("23", "2028-12-23", "import", "CN", "DE", [it("871200", "Fahrrad, Rahmengröße R-21 Zoll, 1 Stk", "CN", 15, 300, cur="USD", qty=1)], transport="post", note="O2: a bicycle, frame size 21, to a private person", **PP)
ordi("24", "2028-12-24", "import", "TR", "DE", [it("271112", "Propane, liquefied, Aliaga refinery, 2,000 t", "TR", 2000000, 1100000, cur="USD")], note="E: Turkish LPG from a Turkish refinery")

# permitted shipments with their documents
perm("1", "2028-12-01", "export", "DE", "IN", [it("851420", "Vacuum induction melting furnace, 100 kg, for superalloy foundry", "DE", 8000, 420000, qty=1, docs=[("EXPORT_LICENCE", "DE-BAFA-28-4471"), ("END_USER_CERTIFICATE", "IN-EUC-28-0301")])], note="F: a 2B227 furnace with its export licence", **S)
perm("2", "2028-12-02", "export", "IT", "SA", [it("841989", "Reattori vetrificati 6300 l per industria farmaceutica, 2 pz", "IT", 18000, 260000, qty=2, docs=[("EXPORT_LICENCE", "IT-UAMA-28-1180")])], note="G: glass-lined reactors with an export licence", **S)
perm("3", "2028-12-03", "export", "FR", "AE", [it("880730", "Mi-17 main gearbox VR-14, overhauled, for UN humanitarian operator, 1 pc", "FR", 800, 350000, qty=1, docs=[("EXPORT_LICENCE", "FR-SBDU-28-0091"), ("END_USER_CERTIFICATE", "AE-EUC-28-0077")])], transport="air", note="H: a civil Mi-17 gearbox with its licence", **S)
perm("4", "2028-12-04", "import", "US", "DE", [it("381300", "Halon 1301 (CF3Br), recycled, for aircraft fire protection, 20 cylinders", "US", 400, 16000, cur="USD", qty=20, docs=[("ODS_LICENCE", "DE-UBA-ODS-28-0202")])], transport="air", note="O1: recycled halon for a critical use with its licence", **O)
perm("5", "2028-12-05", "export", "BE", "IN", [it("281219", "Thionyl chloride, drums, for pharmaceutical intermediates, 10 t", "BE", 10000, 18000, docs=[("EXPORT_LICENCE", "BE-VL-28-0811"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-28-0512")])], note="the licensed Schedule 3 family of BL16-PRM-10", **S)
perm("6", "2028-12-06", "export", "DE", "IN", [it("281215", "Dischwefeldichlorid, Fässer, für Kautschukchemikalien, 8 t", "DE", 8000, 14000, docs=[("EXPORT_LICENCE", "DE-BAFA-28-5520"), ("END_USER_CERTIFICATE", "IN-EUC-28-0610")])], note="sulphur monochloride by another name, licensed", **S)
ordi("25", "2028-12-25", "import", "KZ", "IT", [it("270900", "CPC Blend crude oil, loaded Novorossiysk CPC marine terminal, 100,000 t", "KZ", 100000000, 52000000, cur="USD")], note="E: Kazakh CPC crude lawfully loaded at Novorossiysk; added after the first run")
ordi("26", "2028-12-26", "import", "CN", "DE", [it("841981", "Emaillierter Einkochautomat 27 l, 1 Stk", "CN", 6, 60, cur="USD", qty=1)], transport="post", note="G: an enamelled preserving kettle to a private person; added after the first run", **PP)
# E, a further batch written after the crude-grade widening of STR-R18-001 (so not a first-run figure)
dis("E-5", "2028-12-27", "import", "AE", "IT", [it("270900", "Petrolio greggio qualità Urals, origine EAU, 80.000 t", "AE", 80000000, 41000000, cur="USD")], note="E: Urals is the Russian export grade; UAE origin claimed; Italian wording; added after the rule", **S)
dis("E-6", "2028-12-28", "import", "MY", "ES", [it("270900", "Crudo mezcla Sokol, transbordo en Johor, 90.000 t", "MY", 90000000, 47000000, cur="USD")], note="E: Sokol is Sakhalin-1's Russian grade; Malaysian origin claimed after STS; Spanish wording; added after the rule", **S)
ordi("27", "2028-12-27", "import", "AZ", "IT", [it("270900", "Azeri BTC Light crude, loaded Ceyhan, 80,000 t", "AZ", 80000000, 44000000, cur="USD")], note="E: Azerbaijani crude through Turkey; added after the rule")
ordi("28", "2028-12-28", "import", "CZ", "DE", [it("340319", "Kettenöl Sokol, 1 l, 12 Stk", "CZ", 12, 60, qty=12)], transport="road", note="E: a chain oil brand called Sokol, outside the energy codes; added after the rule")
probes.write(HERE, "dev18-b")
