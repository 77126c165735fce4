#!/usr/bin/env python3
"""Writes the round-six development probes for precursors, strategic goods and cultural
property (dev6-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand;
the note says which modus operandi family it belongs to and what betrays it. Written before
the round-six rules were run on it (docs/profile-packs.md, "Round six")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D6B", "601")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# F1 safety fuse as wick, cord or string, betrayed by its burning rate
dis("F1-1", "2027-02-02", "export", "CN", "SD", [it("560900", "Black waterproof cord, powder core, burn rate 100-130 sec per metre, 500 m coils", "CN", 4000, 6800, "USD")], note="safety fuse as cord by its burning rate", domain="precursors")
dis("F1-2", "2027-02-03", "import", "TR", "SY", [it("591000", "Mèche noire imperméable, vitesse de combustion 1 cm/s, rouleaux 250 m", "TR", 2500, 3100)], transport="road", note="safety fuse as textile wick, French wording", domain="precursors")
dis("F1-3", "2027-02-04", "export", "IN", "NE", [it("560900", "Slow match cord, Bickford type, 1000 m rolls", "IN", 1800, 2400, "USD")], transit=["BJ"], note="safety fuse by its trade name under cordage", domain="precursors")
ordi("F1-1", "2027-02-02", "import", "IN", "DE", [it("590800", "Cotton candle wicks, flat braided, pre-waxed, on spools", "IN", 900, 7800, "USD")], note="candle wick")
ordi("F1-2", "2027-02-03", "import", "CN", "FR", [it("560900", "Black nylon cord 5 mm, waterproof, 100 m coils", "CN", 1200, 3600, "USD")], note="plain cord")

# F2 explosive grade betrayed by a physical property: dry or high-nitrogen nitrocellulose, porous low-density AN prills
dis("F2-1", "2027-02-05", "export", "CZ", "LY", [it("391220", "Nitrocellulose 13.1 % N, dry, fibrous, 40 kg drums", "CZ", 8000, 28000)], transit=["TR"], note="guncotton-grade nitrocellulose as lacquer cotton", domain="precursors")
dis("F2-2", "2027-02-06", "export", "ES", "ML", [it("391220", "Nitrocelulosa seca, sin humectar, grado alto nitrógeno", "ES", 3000, 12000)], transit=["SN"], note="dry nitrocellulose, Spanish wording", domain="precursors")
dis("F2-3", "2027-02-07", "export", "NL", "BF", [it("310221", "Ammonium sulphate, porous prills, low density 0.72 kg/l, 1 t bags", "NL", 22000, 7000)], transit=["CI"], note="explosive-grade porous AN prills as ammonium sulphate", domain="precursors")
dis("F2-4", "2027-02-08", "export", "DE", "NG", [it("310280", "Stickstoffdünger, poröse Prills, Schüttdichte 0,74", "DE", 24000, 9000)], note="porous low-density prills under a mixed-fertiliser code, German wording", domain="precursors")
dis("F2-5", "2027-02-09", "import", "CN", "GB", [it("950590", "Magic flash paper and flash cotton, 20 kg", "CN", 20, 240, "USD", qty=1)], transport="express", note="nitrocellulose flash cotton in kilograms as magic supplies", domain="precursors")
ordi("F2-1", "2027-02-05", "import", "DE", "PL", [it("391220", "Nitrocellulose, wetted with 35 % ethanol, UN2556, for wood lacquers", "DE", 6000, 21000)], note="lacquer NC wetted")
ordi("F2-2", "2027-02-06", "import", "BE", "FR", [it("310221", "Ammonium sulphate 21 % N, crystalline, 25 kg bags", "BE", 24000, 5000)], note="crystalline AS")
ordi("F2-3", "2027-02-07", "import", "NO", "DE", [it("310240", "Calcium ammonium nitrate 27 % N, granulated", "NO", 25000, 8000)], note="CAN")
ordi("F2-4", "2027-02-08", "import", "US", "GB", [it("950590", "Magic flash paper, 10 sheets pack", "US", 0.2, 15, "USD", qty=20)], transport="post", note="flash paper retail")

# F3 black powder: battery black mass and black powder coating are not gunpowder (the narrowing)
# (after the first run: this row was first an ordinary one declared as a 'concentrate' under 2620,
# which is itself the waste disguise WST-DSG-006 looks for; it is now the lawful shipment of
# black mass, declared as waste with its Basel consent, among the permitted rows)
ordi("F3-2", "2027-02-10", "import", "IT", "FR", [it("320890", "Polyester powder coating, matt black powder, RAL 9005", "IT", 3000, 15000)], note="powder coating")
dis("F3-3", "2027-02-10", "export", "PK", "AF", [it("360490", "Black powder for muzzle loaders, 1 kg tins", "PK", 500, 4000, "USD")], transport="road", note="gunpowder under fireworks code (must still be caught)", domain="precursors")

# F4 firearm barrels and essential components as precision tubes or machine parts
dis("F4-1", "2027-02-11", "export", "CZ", "RS", [it("730451", "Precision steel tube, rifled bore, 5.56 mm, 508 mm long, 300 pcs", "CZ", 900, 42000, qty=300)], note="rifled barrels as tube", domain="strategic")
dis("F4-2", "2027-02-12", "export", "DE", "LB", [it("848390", "Gezogene Rohre Kaliber .308, 610 mm, Maschinenteile", "DE", 400, 30000, qty=200)], note="rifled barrels as machine parts, German wording", domain="strategic")
dis("F4-3", "2027-02-13", "import", "TR", "GB", [it("732690", "Steel barrel blanks, button rifled, 9 mm, 150 pcs", "TR", 150, 9000, qty=150)], transport="express", note="barrel blanks under articles of steel", domain="strategic")
ordi("F4-1", "2027-02-11", "import", "DE", "IT", [it("730431", "Cold-drawn precision steel tubes EN 10305-1, honed, for hydraulic cylinders", "DE", 18000, 36000)], note="hydraulic tubes")
ordi("F4-2", "2027-02-12", "import", "CN", "DE", [it("848390", "Ball screws, rolled, 16 mm diameter, 500 mm", "CN", 600, 9000, "USD", qty=300)], note="ball screws")

# F5 night-vision and encrypted radio equipment by a price no declared good has
dis("F5-1", "2027-02-14", "export", "DE", "KZ", [it("900590", "Telescope parts, optical assemblies 18 mm, 60 pcs", "DE", 12, 150000, qty=60)], transport="air", note="image-intensifier assemblies as telescope parts at 12,500 EUR/kg", domain="strategic")
dis("F5-2", "2027-02-15", "export", "FR", "AM", [it("901380", "Monoculars, hunting, generation 3, 20 pcs", "FR", 10, 80000, qty=20)], transport="air", note="night-vision monoculars under other optical devices, to a circumvention hub", domain="strategic")
dis("F5-3", "2027-02-16", "export", "NL", "KG", [it("950300", "Children's walkie-talkies, encrypted DMR, 4 W, 300 sets", "CN", 200, 60000, qty=300)], transport="air", transit=["TR"], note="encrypted professional radios as toys", domain="strategic")
ordi("F5-1", "2027-02-14", "export", "DE", "US", [it("900510", "Binoculars 8x42, premium, retail boxes", "DE", 500, 180000, qty=600)], transport="air", note="premium binoculars")
ordi("F5-2", "2027-02-15", "import", "CN", "ES", [it("950300", "Toy walkie-talkies, 0.5 W, 2 pcs per set, batteries", "CN", 300, 6000, "USD", qty=1000)], note="toy radios")

# F6 sanctioned-origin goods laundered through a third-country origin or route
dis("F6-1", "2027-02-17", "import", "AM", "BE", [it("710210", "Rough diamonds, unsorted, Kimberley certificate AM", "AM", 1.5, 900000, "USD")], transport="air", note="rough diamonds of Armenian 'origin' (no mine)", domain="strategic")
dis("F6-2", "2027-02-18", "import", "AE", "IT", [it("710221", "Diamanti grezzi industriali, origine Emirati", "AE", 3, 150000, "USD")], transport="air", note="rough industrial diamonds of UAE origin, Italian wording", domain="strategic")
dis("F6-3", "2027-02-19", "import", "TR", "DE", [it("441231", "Birkensperrholz 15 mm, Ursprung Usbekistan", "UZ", 23000, 17000)], note="birch plywood of Uzbek origin (no such industry)", domain="strategic")
dis("F6-4", "2027-02-20", "export", "DE", "KG", [it("870380", "Electric SUV, used, 300 km, Mercedes EQS", "DE", 2600, 105000, qty=1)], transit=["PL", "BY", "RU", "KZ"], transport="road", note="new luxury car as used to Kyrgyzstan through Russia", domain="strategic")
dis("F6-5", "2027-02-21", "export", "IT", "GE", [it("870323", "Autovettura usata, chilometri 90, Lamborghini Urus", "IT", 2200, 230000, qty=1)], transport="sea", note="new luxury car as used to Georgia, Italian wording", domain="strategic")
ordi("F6-1", "2027-02-17", "import", "BW", "BE", [it("710231", "Rough diamonds, gem quality, Kimberley Process certificate BW", "BW", 2, 1200000, "USD")], transport="air", note="rough from a producer")
ordi("F6-2", "2027-02-18", "import", "FI", "DE", [it("441233", "Birch plywood 18 mm, BB/BB, FSC", "FI", 22000, 26000)], note="Finnish birch plywood")
ordi("F6-3", "2027-02-19", "export", "DE", "CH", [it("870380", "Electric SUV, new, for franchised dealer", "DE", 2600, 98000, qty=1)], transport="road", note="new car to a dealer")
ordi("F6-4", "2027-02-20", "export", "DE", "KZ", [it("870323", "Passenger car, used, 2017, 140,000 km", "DE", 1500, 9000, qty=1)], transport="road", note="cheap used car to Kazakhstan")

# F7 MTCR propellant oxidiser as a fireworks chemical
dis("F7-1", "2027-02-22", "export", "IN", "SA", [it("282990", "Perchlorate d'ammonium pour feux d'artifice, 200 microns, fûts 50 kg", "IN", 15000, 30000, "USD")], transit=["OM"], note="ammonium perchlorate as fireworks oxidiser, French wording", domain="strategic")
dis("F7-2", "2027-02-23", "transit", "CN", "IR", [it("382499", "Pyrotechnic oxidizer NH4ClO4, ground, 25 kg drums", "CN", 18000, 32000, "USD")], note="ammonium perchlorate by formula under chemical preparations", domain="strategic")
ordi("F7-1", "2027-02-22", "import", "DE", "FR", [it("282990", "Potassium perchlorate, pyrotechnic grade, 25 kg drums", "DE", 2000, 9000)], note="potassium perchlorate for a licensed fireworks maker")

# F8 reproduction that carries signs of age or an authentication
dis("F8-1", "2027-02-24", "import", "CN", "GB", [it("691390", "Replica Han dynasty pottery figure, with TL test certificate, 1 pc", "CN", 8, 300, "USD", qty=1)], transport="air", note="reproduction with a thermoluminescence certificate", domain="cultural")
dis("F8-2", "2027-02-25", "export", "GR", "US", [it("691390", "Αντίγραφο αμφορέα, copy of amphora with marine encrustation, 2 pcs", "GR", 20, 400, qty=2)], transport="air", note="amphorae from the seabed as copies, Greek wording", domain="cultural")
dis("F8-3", "2027-02-26", "export", "FR", "US", [it("442199", "Statue en bois, reproduction, polychromie d'origine, trous de vers, restaurations anciennes", "FR", 15, 350, qty=1)], transport="air", note="old polychrome statue as reproduction with woodworm and old restorations", domain="cultural")
dis("F8-4", "2027-02-27", "import", "PE", "DE", [it("691390", "Keramik-Nachbildung, mit Sinterkrusten und alten Reparaturen, 3 Stück", "PE", 6, 150, "USD", qty=3)], transport="post", note="excavated pottery as copies with burial crust, German wording", domain="cultural")
ordi("F8-1", "2027-02-24", "import", "CN", "FR", [it("691390", "Reproduction Ming-style vases, new, antique finish, 40 pcs", "CN", 300, 2400, "USD", qty=40)], note="new reproductions")
ordi("F8-2", "2027-02-25", "import", "IT", "US", [it("442199", "Hand-carved wooden saint, reproduction, hand-painted, new", "IT", 30, 900, qty=6)], transport="air", note="new carved saints")

# F9 cultural objects as metal scrap or building material: bells, frescoes, mosaics, cartonnage
dis("F9-1", "2027-03-01", "import", "UA", "PL", [it("740400", "Złom brązu, dzwon cerkiewny z napisem, 1 szt.", "UA", 240, 1100, qty=1)], transport="road", note="church bell as bronze scrap, Polish wording", domain="cultural")
dis("F9-2", "2027-03-02", "import", "LB", "FR", [it("690790", "Mosaic floor fragments, stone tesserae on mortar, 8 panels", "SY", 300, 1200, qty=8)], note="Syrian mosaic panels as tiles", domain="cultural")
dis("F9-3", "2027-03-03", "import", "TR", "NL", [it("681099", "Fresco fragments on plaster, decorative wall pieces, 4 pcs", "CY", 90, 800, qty=4)], transport="road", note="frescoes as plaster articles", domain="cultural")
dis("F9-4", "2027-03-04", "import", "AE", "GB", [it("482390", "Painted linen and plaster fragments, old, 20 pcs", "EG", 3, 300, "USD", qty=20)], transport="air", note="cartonnage as paper articles", domain="cultural")
ordi("F9-1", "2027-03-01", "import", "DE", "PL", [it("740400", "Bronze scrap, turnings and borings, ISRI Ebony", "DE", 20000, 90000)], transport="road", note="bronze scrap")
ordi("F9-2", "2027-03-02", "import", "TR", "FR", [it("690790", "Glass mosaic tiles on mesh, 30x30 cm, new", "TR", 8000, 16000)], note="new mosaic tiles")
ordi("F9-3", "2027-03-03", "import", "PL", "DE", [it("830610", "Brass bells, new, for wind chimes, 2000 pcs", "PL", 400, 5000, qty=2000)], note="new brass bells")

# F10 fossils by what they show, as decorative stone, from countries that forbid their export
dis("F10-1", "2027-03-05", "import", "CN", "US", [it("680299", "Decorative stone slab with bird and feather impressions, Liaoning, 2 pcs", "CN", 60, 500, "USD", qty=2)], transport="air", note="Liaoning bird fossils as decorative stone", domain="cultural")
dis("F10-2", "2027-03-06", "import", "AR", "ES", [it("251690", "Piedras decorativas con peces, laja, 10 piezas", "AR", 40, 200, "USD", qty=10)], transport="post", note="fossil fish slabs from Argentina, Spanish wording", domain="cultural")
dis("F10-3", "2027-03-07", "import", "BR", "FR", [it("711620", "Pierres ornementales avec insectes, Crato, 25 pièces", "BR", 8, 300, "USD", qty=25)], transport="post", note="Crato insect fossils as ornamental stones", domain="cultural")
ordi("F10-1", "2027-03-05", "import", "MA", "DE", [it("680291", "Polished ammonite slabs, souvenir", "MA", 2000, 9000)], note="Moroccan ammonites")
ordi("F10-2", "2027-03-06", "import", "BR", "PT", [it("680299", "Decorative soapstone fish figures, handicraft", "BR", 200, 1500, "USD", qty=100)], note="soapstone fish carvings")

# F11 temple bronzes as brass handicraft, by mass per piece
dis("F11-1", "2027-03-08", "import", "IN", "US", [it("830629", "Brass statue Vishnu, handicraft, 60 cm, 1 pc", "IN", 70, 500, "USD", qty=1)], transport="air", note="solid-cast temple bronze as brass handicraft (70 kg per piece)", domain="cultural")
dis("F11-2", "2027-03-09", "import", "NP", "GB", [it("830629", "Bronze Buddha idol, decorative, 2 pcs", "NP", 110, 700, "USD", qty=2)], transport="air", note="two solid temple figures at 55 kg each", domain="cultural")
ordi("F11-1", "2027-03-08", "import", "IN", "GB", [it("830629", "Brass Ganesh statuettes, hollow cast, 20 cm, 200 pcs", "IN", 300, 4000, "USD", qty=200)], note="hollow brass statuettes")
ordi("F11-2", "2027-03-09", "import", "IN", "US", [it("830629", "Brass Nataraja statue, hollow cast, 90 cm, 4 pcs", "IN", 72, 1600, "USD", qty=4)], note="large hollow brass figures at 18 kg")

# permitted shipments of the same goods with their documents
perm("1", "2027-03-10", "export", "DE", "NO", [it("360300", "Safety fuse, burning time 120 s/m, for a licensed quarry", "DE", 500, 3000, docs=[("EXPORT_LICENCE", "DE-BAM-27-0112")])], transport="road", note="safety fuse to a licensed quarry", domain="precursors")
perm("2", "2027-03-11", "export", "FR", "CH", [it("970510", "Polychrome wooden saint, Spain, 17th century, old restorations", "ES", 20, 45000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-27-0021")])], transport="road", note="old statue with its export certificate", domain="cultural")
perm("3", "2027-03-12", "import", "US", "FR", [it("970510", "Moche portrait vessel, c. 400 AD, collection since 1955, TL test", "PE", 3, 30000, qty=1, docs=[("IMPORT_LICENCE", "FR-MC-IL-27-0007")])], transport="air", note="archaeological object with the EU import licence", domain="cultural")
perm("4", "2027-03-13", "export", "DE", "CH", [it("282990", "Ammonium perchlorate, 200 µm, for a licensed propellant plant", "DE", 5000, 20000, docs=[("EXPORT_LICENCE", "DE-BAFA-27-0419")])], transport="road", note="AP under an export licence", domain="strategic")
perm("6", "2027-03-15", "export", "DE", "KR", [it("854900", "Battery black mass, waste (A1170), black powder, cobalt-nickel-lithium, for hydrometallurgical recovery", "DE", 20000, 60000, docs=[("BASEL_CONSENT", "DE-UBA-27-0093")])], note="black mass under Basel consent: not gunpowder", domain="waste")
perm("5", "2027-03-14", "export", "FR", "NO", [it("900590", "Image intensifier assemblies 18 mm for police goggles", "FR", 5, 60000, qty=20, docs=[("EXPORT_LICENCE", "FR-SBDU-27-0201")])], transport="air", note="night-vision parts under licence", domain="strategic")

probes.write(HERE, "dev6-b")
