#!/usr/bin/env python3
"""Writes the round-twenty-one (c) development probes for waste and explosives precursors
(dev21-c-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind19's and blind20's rows and in languages of the trade routes; the note
says which modus operandi family it belongs to and what betrays it. The ordinary rows include
lawful private-person consignees receiving ordinary goods of these families and a lawful
look-alike of every family that uses the controlled word in a lawful sense. Written before the
round-twenty-one (c) rules were run on it (docs/profile-packs.md, "Round twenty-one (c)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D21C", "921", domain="waste")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# W1 pressurised containers (aerosol cans, gas cylinders, extinguishers) not emptied, as metal scrap
dis("W1-1", "2029-09-01", "export", "DE", "PK", [it("760200", "Aluminiumschrott: Spraydosen, nicht entleert, gepresst, 18 t", "DE", 18000, 7200)], note="W1: aerosol cans not emptied, pressed, as aluminium scrap; German wording")
dis("W1-2", "2029-09-02", "export", "FR", "SN", [it("720449", "Ferraille : extincteurs usagés non vidangés et bouteilles de gaz, 22 t", "FR", 22000, 4400)], note="W1: fire extinguishers not discharged and gas cylinders as steel scrap; French wording")
dis("W1-3", "2029-09-03", "export", "GB", "IN", [it("760200", "Aluminium scrap, used aerosol cans with residual contents, baled, 20 t", "GB", 20000, 9000, cur="GBP")], note="W1: aerosol cans with residual contents in bales")
# W2 asbestos-bearing appliances and building parts from demolition as second-hand goods
dis("W2-1", "2029-09-04", "export", "NL", "GH", [it("851629", "Accumulatiekachels, gebruikt, uit sloop, bouwjaar 1972, 120 stuks", "NL", 18000, 1200, qty=120)], note="W2: pre-1977 storage heaters from demolition; Dutch wording")
dis("W2-2", "2029-09-05", "export", "FR", "CI", [it("851629", "Radiateurs à accumulation d'occasion, années 1970, dépose chantier, 90 pièces", "FR", 13000, 900, qty=90)], note="W2: 1970s storage heaters removed on a building site; French wording")
dis("W2-3", "2029-09-06", "export", "DE", "UA", [it("841810", "Gebrauchte Nachtspeicheröfen Baujahr 1968-1975, Abbruchmaterial, 60 Stück", "DE", 9000, 600, qty=60)], transport="road", note="W2: night-storage stoves as appliances under another code; German wording")
# W3 oily mill scale and oily metal residues as ore or raw material
dis("W3-1", "2029-09-07", "export", "ES", "MA", [it("261900", "Cascarilla de laminación con aceite 6 %, para cementera, 24 t", "ES", 24000, 480)], note="W3: oily mill scale for a cement works; Spanish wording")
dis("W3-2", "2029-09-08", "export", "DE", "TR", [it("260111", "Eisenerz: Walzzunder, ölhaltig, Ölgehalt 7 %, lose, 25 t", "DE", 25000, 750)], note="W3: oily mill scale as iron ore; German wording")
dis("W3-3", "2029-09-09", "export", "PL", "UA", [it("262099", "Zgorzelina walcownicza zaolejona, olej 10 %, luzem, 22 t", "PL", 22000, 400)], transport="road", note="W3: oily mill scale as a metal-bearing residue; Polish wording")
# W4 spent foundry sand as sand
dis("W4-1", "2029-09-10", "export", "IT", "TN", [it("250510", "Sabbia silicea da fonderia, esausta, con leganti e residui metallici, 26 t", "IT", 26000, 260)], note="W4: spent foundry sand with binders and metal; Italian wording")
dis("W4-2", "2029-09-11", "export", "DE", "RS", [it("250590", "Gießereialtsand, bentonitgebunden, lose, 24 t", "DE", 24000, 120)], transport="road", note="W4: used green sand (Altsand); German wording")
dis("W4-3", "2029-09-12", "export", "FR", "DZ", [it("382490", "Sable de fonderie usagé, liant résine furanique, vrac, 25 t", "FR", 25000, 250)], note="W4: used resin-bound foundry sand under a binder code; French wording")
# W5 lab packs and chemical clearances as a donation or stock
dis("W5-1", "2029-09-13", "export", "DE", "CM", [it("382290", "Laborchemikalien, gemischt, Restbestände aus Laborauflösung, Spende, 400 Flaschen", "DE", 700, 1, qty=400)], note="W5: mixed remnants of a laboratory closure as a donation; German wording")
dis("W5-2", "2029-09-14", "export", "FR", "BJ", [it("382200", "Réactifs de laboratoire divers, périmés, don à une université, 250 flacons", "FR", 500, 10, qty=250)], note="W5: assorted expired reagents as a donation; French wording")
dis("W5-3", "2029-09-15", "export", "GB", "KE", [it("293499", "Mixed laboratory chemicals, surplus stock from university clearance, 180 containers", "GB", 650, 50, cur="GBP", qty=180)], note="W5: mixed chemicals of a university clearance under an organic code")
# W6 bulk used electronic devices at pennies each for refurbishment or reuse
dis("W6-1", "2029-09-16", "export", "NL", "NG", [it("851762", "Gebruikte routers en modems, gemengde merken, ongetest, 40.000 stuks", "NL", 24000, 4000, qty=40000)], note="W6: 40,000 untested used routers at 10 cents each; Dutch wording")
dis("W6-2", "2029-09-17", "export", "DE", "GH", [it("902830", "Stromzähler, ausgebaut, gebraucht, zur Wiederverwendung, 35.000 Stück", "DE", 28000, 3500, qty=35000)], note="W6: removed electricity meters at 10 cents each; German wording")
dis("W6-3", "2029-09-18", "export", "FR", "CM", [it("847050", "Terminaux de paiement d'occasion, en vrac, pour reconditionnement, 12 000 pièces", "FR", 6000, 1200, qty=12000)], note="W6: used payment terminals in bulk at 10 cents; French wording")
# P1 hobby rocket motor propellant (APCP) as model or toy parts
dis("P1-1", "2029-09-19", "import", "US", "DE", [it("950300", "Modellbau Ersatzteile: Treibsätze 54 mm, K-Klasse, 4 Stück", "US", 4, 600, cur="USD", qty=4)], transport="post", note="P1: K-class 54 mm reloads as model spare parts; German wording", domain="precursors", consignee_name="Herr Thomas Keller")
dis("P1-2", "2029-09-20", "import", "US", "FR", [it("950699", "Pièces de modélisme : recharges de moteur-fusée 29 mm, propergol composite, 10 pièces", "US", 2, 250, cur="USD", qty=10)], transport="express", note="P1: composite propellant rocket-motor reloads; French wording", domain="precursors", consignee_name="M. Julien Moreau")
dis("P1-3", "2029-09-21", "import", "CA", "NL", [it("880730", "Hobby rocket parts, APCP motor reload kits, 38 mm, 5 pcs", "CA", 2.5, 300, cur="CAD", qty=5)], transport="post", note="P1: APCP reload kits as aircraft parts", domain="precursors", consignee_name="Dhr. Pieter Jansen")
# P2 detonators described by their shape: small filled metal tubes closed at one end
dis("P2-1", "2029-09-22", "transit", "CN", "MZ", [it("830890", "Aluminium tubes 7 x 45 mm, sealed one end, charged, 15,000 pcs", "CN", 60, 900, cur="USD", qty=15000)], note="P2: charged aluminium tubes of detonator size to the Mozambican coast", domain="precursors", importer_name="Pemba Marine Supplies Lda")
dis("P2-2", "2029-09-23", "import", "CN", "KE", [it("950790", "Fishing sinkers, copper tubes 6.5 x 40 mm, filled, one end crimped, 10000 pcs", "CN", 40, 600, cur="USD", qty=10000)], note="P2: filled copper tubes as fishing sinkers", domain="precursors", importer_name="Mombasa Angling Traders Ltd")
dis("P2-3", "2029-09-24", "import", "CN", "PH", [it("761699", "Aluminum capsules, filled, 6.3 mm diameter, 30 mm long, closed end, 25000 pcs", "CN", 75, 1000, cur="USD", qty=25000)], note="P2: filled aluminium capsules of detonator size to the Philippines", domain="precursors", importer_name="Visayas Hardware Corp")
# P3 black powder and flash mixtures as one of their ingredients
dis("P3-1", "2029-09-25", "import", "CZ", "AT", [it("280200", "Schwefel, gemahlen, gemischt mit Kaliumnitrat und Holzkohle, 3 kg", "CZ", 3, 45)], transport="post", note="P3: sulphur mixed with saltpetre and charcoal is black powder; German wording", domain="precursors", consignee_name="Herr Stefan Huber")
dis("P3-2", "2029-09-26", "import", "PL", "FR", [it("283421", "Nitrate de potassium 75 %, charbon de bois 15 %, soufre 10 %, mélange, 5 kg", "PL", 5, 60)], transport="post", note="P3: the 75/15/10 mixture under potassium nitrate; French wording", domain="precursors", consignee_name="M. Lucas Bernard")
dis("P3-3", "2029-09-27", "import", "CN", "GB", [it("282990", "Potassium perchlorate mixed with aluminium powder 30 %, 2 kg", "CN", 2, 40, cur="USD")], transport="express", note="P3: perchlorate with aluminium powder is flash powder", domain="precursors", consignee_name="Mr Daniel Evans")
# W7 used goods declared to contain asbestos, as second-hand goods (written after the rule
# WST-ASB-002, once the first run was done: not first-run probes)
dis("W7-1", "2029-09-28", "export", "IT", "AL", [it("840310", "Caldaie usate con guarnizioni in amianto, smontate, 30 pezzi", "IT", 4500, 600, qty=30)], transport="road", note="W7: used boilers with asbestos gaskets; Italian wording")
dis("W7-2", "2029-09-29", "export", "DE", "UA", [it("681389", "Bremsbeläge mit Asbest, ausgebaut, Restposten, 2 t", "DE", 2000, 200)], transport="road", note="W7: removed asbestos brake linings; German wording")

# ordinary trade: lawful look-alikes
# ordinary trade: lawful look-alikes of every family and private persons receiving ordinary goods
ordi("1", "2029-09-01", "export", "DE", "IN", [it("760200", "Aluminium scrap, shredded used beverage cans (UBC), baled, 20 t", "DE", 20000, 24000)], note="W1 look-alike: UBC scrap at its price")
ordi("2", "2029-09-02", "import", "CN", "FR", [it("961610", "Flacons pulvérisateurs aérosol vides, neufs, 100 ml, 500 pièces", "CN", 15, 200, qty=500)], transport="post", note="W1 look-alike: new empty spray bottles to a private person", consignee_name="Mme Sophie Laurent")
ordi("3", "2029-09-03", "export", "NL", "IN", [it("760200", "Aluminium scrap from punctured and degassed aerosol cans, shredded, 20 t", "NL", 20000, 22000)], note="W1 look-alike: degassed, punctured aerosol can scrap")
ordi("4", "2029-09-04", "import", "DE", "AT", [it("851629", "Elektro-Speicherheizgerät, neu, Baujahr 2029, 2 Stück", "DE", 160, 1400, qty=2)], transport="road", note="W2 look-alike: new storage heaters to a private person", consignee_name="Frau Maria Gruber")
ordi("5", "2029-09-05", "export", "FR", "MA", [it("851629", "Radiateurs électriques à accumulation neufs, 50 pièces", "FR", 4000, 22000, qty=50)], note="W2 look-alike: new storage heaters in trade")
ordi("6", "2029-09-06", "export", "ES", "MA", [it("261900", "Cascarilla de laminación limpia, aceite < 0,2 %, para sinterización, 25 t", "ES", 25000, 2500)], note="W3 look-alike: clean mill scale for sinter, oil stated below 0.2 %")
ordi("7", "2029-09-07", "export", "BR", "IT", [it("260111", "Iron ore fines, Fe 63 %, 50,000 t", "BR", 50000000, 5000000, cur="USD")], note="W3 look-alike: iron ore")
ordi("8", "2029-09-08", "import", "BE", "FR", [it("271019", "Huile de coupe soluble 5 %, 20 l, 4 bidons", "BE", 80, 160, qty=4)], transport="road", note="W3 look-alike: a cutting oil with a concentration")
ordi("9", "2029-09-09", "export", "BE", "MA", [it("250510", "Sable siliceux pour fonderie AFS 55, lavé, séché, big bags, 24 t", "BE", 24000, 1900)], note="W4 look-alike: new foundry sand")
ordi("10", "2029-09-10", "import", "DE", "PL", [it("382490", "Harzumhüllter Formsand (Croning), neu, 20 t", "DE", 20000, 9000)], transport="road", note="W4 look-alike: new resin-coated shell sand at its price")
ordi("11", "2029-09-11", "import", "DE", "AT", [it("250590", "Spielsand für Sandkasten, 25 kg, 4 Säcke", "DE", 100, 30, qty=4)], transport="road", note="W4 look-alike: play sand to a private person", consignee_name="Herr Lukas Bauer")
ordi("12", "2029-09-12", "export", "DE", "KE", [it("382200", "Laborreagenzien, neu, Haltbarkeit 2031, Schulausstattung, 120 Flaschen", "DE", 150, 4800, qty=120)], note="W5 look-alike: new in-date reagents for a school at their price")
ordi("13", "2029-09-13", "import", "GB", "IE", [it("382290", "Chemistry set for children, assorted reagents, 1 box", "GB", 1.5, 35, cur="GBP", qty=1)], transport="post", note="W5 look-alike: a chemistry set to a private person", consignee_name="Mrs Aoife Murphy")
ordi("14", "2029-09-14", "export", "GB", "PK", [it("902830", "Smart electricity meters, new, SMETS2, 5,000 pcs", "GB", 5000, 200000, cur="GBP", qty=5000)], note="W6 look-alike: new smart meters at their price")
ordi("15", "2029-09-15", "import", "NL", "DE", [it("851762", "Router, gebraucht, getestet, 1 Stück", "NL", 0.5, 25, qty=1)], transport="post", note="W6 look-alike: one used router to a private person", consignee_name="Herr Jonas Schmidt")
ordi("16", "2029-09-16", "export", "DE", "GH", [it("847050", "Refurbished payment terminals, tested, graded A, warranty, 500 pcs", "DE", 250, 30000, qty=500)], note="W6 look-alike: refurbished terminals at their price")
ordi("17", "2029-09-17", "import", "US", "DE", [it("950300", "Modellraketen-Bausatz, Kartonrohr, ohne Motor, 1 Stück", "US", 0.3, 40, cur="USD", qty=1)], transport="post", note="P1 look-alike: a model rocket kit without motor to a private person", domain="precursors", consignee_name="Herr Felix Wagner")
ordi("18", "2029-09-18", "import", "US", "FR", [it("841231", "Boîtier de moteur-fusée réutilisable en aluminium 38 mm, vide, 1 pièce", "US", 0.4, 120, cur="USD", qty=1)], transport="express", note="P1 look-alike: an empty reusable motor casing to a private person", domain="precursors", consignee_name="M. Hugo Petit")
ordi("19", "2029-09-19", "import", "CN", "GB", [it("950300", "Water rocket launcher kit, air pressure, no propellant, 2 pcs", "CN", 1, 30, cur="USD", qty=2)], transport="post", note="P1 look-alike: a water rocket (the word propellant in a lawful sense)", domain="precursors", consignee_name="Mr Oliver Smith")
ordi("20", "2029-09-20", "import", "CN", "KE", [it("950790", "Fishing floats, EVA foam, 8 x 40 mm, 10,000 pcs", "CN", 50, 800, cur="USD", qty=10000)], note="P2 look-alike: ordinary fishing floats", domain="precursors", importer_name="Mombasa Angling Traders Ltd")
ordi("21", "2029-09-21", "import", "CN", "DE", [it("761699", "Aluminiumröhrchen 6 x 40 mm, leer, beidseitig offen, für Modellbau, 200 Stück", "CN", 0.4, 20, cur="USD", qty=200)], transport="post", note="P2 look-alike: empty open tubes to a private person", domain="precursors", consignee_name="Herr Paul Fischer")
ordi("22", "2029-09-22", "import", "CN", "PH", [it("960390", "Lip balm tubes, filled, 4.5 g, one end closed with cap, 25,000 pcs", "CN", 160, 3000, cur="USD", qty=25000)], note="P2 look-alike: filled lip balm tubes", domain="precursors", importer_name="Cebu Cosmetics Corp")
ordi("23", "2029-09-23", "import", "DE", "AT", [it("440290", "Grillholzkohle, Buchenholz, 10 kg", "DE", 10, 25)], transport="road", note="P3 look-alike: barbecue charcoal to a private person", domain="precursors", consignee_name="Herr Andreas Wimmer")
ordi("24", "2029-09-24", "import", "NL", "BE", [it("310420", "Kaliumnitraat meststof 13-0-46, 25 kg", "NL", 25, 40)], transport="road", note="P3 look-alike: potassium nitrate fertiliser alone", domain="precursors", consignee_name="Dhr. Jan Peeters")
ordi("25", "2029-09-25", "import", "DE", "FR", [it("380290", "Charbon actif imprégné de soufre pour captage du mercure, 500 kg", "DE", 500, 3500)], transport="road", note="P3 look-alike: sulphur-impregnated activated carbon (charcoal and sulphur, no oxidiser)", domain="precursors")
ordi("26", "2029-09-26", "import", "TR", "NL", [it("390110", "Gerecycleerde LDPE-korrels, post-consumer, gecertificeerd, 22 t", "TR", 22000, 21000)], note="over-flag family: recycled post-consumer LDPE pellets at a product price; Dutch wording")
ordi("27", "2029-09-27", "import", "DE", "AT", [it("760320", "AlSi10Mg Pulver, sphärisch, 15-45 µm, für Laserschmelzen, 50 kg", "DE", 50, 2500)], transport="road", note="over-flag family: AM alloy powder to a company", domain="precursors", consignee_name="Additive Werk GmbH")

ordi("28", "2029-09-28", "export", "DE", "PL", [it("850860", "Asbestsanierung: Sicherheitssauger Klasse H, gebraucht, 3 Stück", "DE", 120, 2400, qty=3)], transport="road", note="W7 look-alike: used asbestos-removal vacuum cleaners (written after the rule)")
# permitted shipments with their documents
perm("1", "2029-09-01", "export", "DE", "NL", [it("720449", "Stahlschrott: ausgediente Feuerlöscher, nicht entleert, 12 t", "DE", 12000, 1200, docs=[("BASEL_CONSENT", "DE-NL-2029-0311")])], transport="road", note="undischarged extinguishers to a Dutch treatment plant with a consent")
perm("2", "2029-09-02", "export", "IT", "DE", [it("262099", "Scaglie di laminazione oleose, olio 8 %, 20 t", "IT", 20000, 200, docs=[("BASEL_CONSENT", "IT-DE-2029-0077")])], transport="road", note="oily mill scale to a de-oiling plant with a consent")
perm("3", "2029-09-03", "import", "US", "GB", [it("360200", "Rocket motor reloads, APCP, 38 mm, 1.4C, 6 pcs", "US", 3, 420, cur="USD", qty=6, docs=[("EXPLOSIVES_LICENCE", "HSE-ACE-2029-0412")])], transport="air", note="APCP reloads under an explosives heading with a licence", domain="precursors")
probes.write(HERE, "dev21-c")
