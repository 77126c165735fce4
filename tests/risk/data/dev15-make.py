#!/usr/bin/env python3
"""Writes the round-fifteen development probes (dev15-{disguised,ordinary,permitted}.ndjson) for
the families of blind13's misses in all six domains: church icons and altarpiece parts as wood
carvings or souvenirs, fossils as rock samples, HFC cylinders as a permanent gas filled by
weight, reportable precursors in bulk to private persons, ammonium nitrate for a use it never
has (de-icer, cold pack), detonating cord as rope, end-of-life vehicles as used cars, and
CITES birds under a common bird's name at a parrot's price. Every row is written by hand,
worded differently from blind13's rows; the ordinary rows include lawful private-person
consignees. Written and committed before the round-fifteen rules were run on it
(docs/profile-packs.md, "Round fifteen: all six domains")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D15", "915")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# C1 church icons and altarpiece parts as carvings, souvenirs or decorative panels
dis("C1-1", "2028-07-01", "import", "UA", "SK", [it("442090", "Drevené maľované dosky so svätými, temperové farby, pozlátenie, 5 ks, suveníry", "UA", 25, 200, qty=5)], domain="cultural", transport="road", note="C1: painted wooden panels with saints, tempera and gilding, from a war zone; Slovak wording", consignee_name="Súkromná osoba")
dis("C1-2", "2028-07-02", "export", "IT", "US", [it("970300", "Decorative carved angel, polychrome and gilt wood, old worm holes, church provenance, 1 pc", "IT", 12, 400, qty=1)], domain="cultural", transport="air", note="C1: a polychrome gilt angel of church provenance leaving Italy for 400 EUR", importer_name="Sunset Decor Inc")
dis("C1-3", "2028-07-03", "import", "RU", "FI", [it("442090", "Икона, доска, левкас, темпера, сусальное золото, сувенир, 3 шт", "RU", 9, 150, qty=3)], domain="cultural", transport="road", note="C1: icons on gesso with tempera and gold leaf as souvenirs; Russian wording", consignee_name="Yksityishenkilö")
# C2 fossils as rock or mineral samples
dis("C2-1", "2028-07-04", "import", "MA", "FR", [it("253090", "Échantillons de roche avec os, gangue, emballés dans du plâtre, 2 blocs", "MA", 240, 80, qty=2)], domain="cultural", transport="sea", note="C2: bones in matrix packed in plaster are fossils; French wording")
dis("C2-2", "2028-07-05", "import", "CN", "DE", [it("251690", "Stone slabs with bone impressions, matrix specimens, 4 pcs, no commercial value", "CN", 160, 40, cur="USD", qty=4)], domain="cultural", transport="air", note="C2: slabs with bone impressions are fossils; China forbids their export", consignee_name="Herrn Stefan Vogel")
dis("C2-3", "2028-07-06", "import", "AR", "ES", [it("252690", "Muestras geológicas en chaqueta de yeso, 3 bultos", "AR", 300, 60, cur="USD", qty=3)], domain="cultural", transport="sea", note="C2: 'geological samples' in plaster jackets are fossils from Patagonia; Spanish wording")
# O1 HFC cylinders declared as a permanent gas but filled by weight
dis("O1-1", "2028-07-07", "import", "TR", "BG", [it("280430", "Azot tehnicheski v butilki, napalvane 11,3 kg, 80 br.", "TR", 904, 1500, qty=80)], domain="ozone", transport="road", note="O1: nitrogen filled at 11.3 kg per cylinder is R-410A; Bulgarian wording")
dis("O1-2", "2028-07-08", "import", "CN", "IT", [it("280421", "Argon tecnico, bombole con carica netta 10,9 kg, 120 pz", "CN", 1308, 2400, cur="USD", qty=120)], domain="ozone", transport="sea", note="O1: argon with a 10.9 kg net charge is R-404A; Italian wording")
dis("O1-3", "2028-07-09", "import", "UA", "PL", [it("280430", "Azot sprężony, butle jednorazowe, 13,6 kg netto, 50 szt.", "UA", 680, 1100, qty=50)], domain="ozone", transport="road", note="O1: disposable nitrogen cylinders of 13.6 kg net are HFC cylinders; Polish wording")
# P1 reportable precursors in bulk to a private person
dis("P1-1", "2028-07-10", "import", "CN", "CZ", [it("293369", "Urotropin prášek, pytle 25 kg, 10 ks", "CN", 250, 500, cur="USD", qty=10)], domain="precursors", transport="rail", note="P1: 250 kg of hexamine powder to a private person; Czech wording", consignee_name="Soukromá osoba")
dis("P1-2", "2028-07-11", "import", "CN", "NL", [it("760320", "Aluminium flakes, fine powder, 50 kg drums, 4 drums", "CN", 200, 1600, cur="USD", qty=4)], domain="precursors", transport="sea", note="P1: 200 kg of flaked aluminium powder to a private person", consignee_name="Dhr. P. de Vries")
dis("P1-3", "2028-07-12", "import", "IN", "FR", [it("810430", "Poudre de magnésium, 25 kg, 4 fûts", "IN", 100, 900, cur="USD", qty=4)], domain="precursors", transport="sea", note="P1: 100 kg of magnesium powder to a private person; French wording", **PP)
# P2 ammonium nitrate for a use it never has
dis("P2-1", "2028-07-13", "import", "UA", "RO", [it("310230", "Agent de dezghețare pentru drumuri, azotat de amoniu granulat, 20 t", "UA", 20000, 7000, qty=20)], domain="precursors", transport="road", note="P2: ammonium nitrate as a road de-icer; Romanian wording")
dis("P2-2", "2028-07-14", "import", "TR", "GR", [it("382499", "Snow melt granules, NH4NO3 based, 34 % N, 25 kg bags, 10 t", "TR", 10000, 3500, qty=400)], domain="precursors", transport="sea", note="P2: an ammonium nitrate 'snow melt'")
# P3 detonating cord as rope or cord
dis("P3-1", "2028-07-15", "export", "FR", "ML", [it("560749", "Cordelette tressée 4 mm, charge de cœur 12 g/m, bobines de 250 m, 60 bobines", "FR", 300, 11000, qty=60)], domain="precursors", transport="sea", note="P3: a cord with a core charge in g/m is detonating cord; French wording", importer_name="Bamako Quincaillerie SARL")
dis("P3-2", "2028-07-16", "export", "US", "PE", [it("560900", "Plastic cord, 50 grain/ft core, 1000 ft spools, 30 spools", "US", 400, 9000, cur="USD", qty=30)], domain="precursors", transport="sea", note="P3: 50 grain per foot core is detonating cord", importer_name="Andes Ferreteria SAC")
# W1 end-of-life vehicles as used cars
dis("W1-1", "2028-07-17", "export", "BE", "BJ", [it("870323", "Voitures d'occasion non roulantes, sans moteur, empilées, 12 unités", "BE", 10800, 3000, qty=12)], domain="waste", transport="sea", note="W1: non-running engine-less cars stacked at 250 EUR: ELVs; French wording")
dis("W1-2", "2028-07-18", "export", "DE", "GH", [it("870322", "Gebrauchte PKW, Unfallwagen, nicht fahrbereit, ohne Motor, 10 Stück", "DE", 9500, 2500, qty=10)], domain="waste", transport="sea", note="W1: wrecks without engines at 250 EUR; German wording")
# WL1 CITES birds under a common bird's name at a parrot's price
dis("WL1-1", "2028-07-19", "import", "TR", "BG", [it("010639", "Kanarcheta, zhivi, 30 br.", "TR", 6, 24000, qty=30)], domain="wildlife", transport="road", note="WL1: 'canaries' at 800 EUR each are parrots; Bulgarian wording")
dis("WL1-2", "2028-07-20", "import", "SN", "PT", [it("010632", "Pombos vivos, 25 unidades", "SN", 10, 20000, qty=25)], domain="wildlife", transport="air", note="WL1: 'pigeons' under the psittacine code at 800 EUR each; Portuguese wording", consignee_name="Aviário Papagaios do Sul Lda")

# ordinary look-alikes, with private persons
ordi("1", "2028-07-01", "import", "GR", "DE", [it("442090", "Holzikone, Druck auf Holz, Souvenir, 2 Stück", "GR", 1, 30, qty=2)], transport="post", note="a printed souvenir icon to a private person", **PP)
ordi("2", "2028-07-02", "import", "CN", "FR", [it("442090", "Cadres photo en bois décoratifs, 2 000 pièces", "CN", 800, 3000, cur="USD", qty=2000)], note="wooden photo frames")
ordi("3", "2028-07-03", "import", "BR", "DE", [it("251690", "Granite samples for a kitchen showroom, polished, 20 pcs", "BR", 60, 200, cur="USD", qty=20)], transport="air", note="granite samples")
ordi("4", "2028-07-04", "import", "US", "GB", [it("253090", "Mineral specimens, quartz clusters, 5 pcs", "US", 3, 90, cur="USD", qty=5)], transport="post", note="quartz specimens to a private person", consignee_name="Mr Tom Baker")
ordi("5", "2028-07-05", "import", "PL", "DE", [it("280430", "Stickstoff 5.0, Flaschen 50 l, 200 bar, 10,7 m³, 40 St.", "PL", 470, 1600, qty=40)], transport="road", note="nitrogen filled by volume")
ordi("6", "2028-07-06", "import", "DE", "AT", [it("293369", "Trockenbrennstoff-Tabletten (Hexamin), 12 Stück, Camping", "DE", 0.2, 6, qty=1)], transport="post", note="a box of camping fuel tablets to a private person", consignee_name="Herr Max Gruber")
ordi("7", "2028-07-07", "import", "DE", "FR", [it("310290", "Engrais de jardin NPK, sac 1 kg", "DE", 1, 5, qty=1)], transport="post", note="1 kg of garden fertiliser to a private person", **PP)
ordi("8", "2028-07-08", "import", "DE", "PL", [it("310210", "Mocznik do odladzania dróg, 46 % N, 25 t", "DE", 25000, 9000)], transport="road", note="urea de-icer (lawful)")
ordi("9", "2028-07-09", "import", "CN", "NL", [it("560749", "Polyester rope 10 mm, 60 g/m, 200 m coils, 100 coils", "CN", 1200, 6000, cur="USD", qty=100)], note="ordinary rope with its weight per metre")
ordi("10", "2028-07-10", "export", "BE", "NG", [it("870323", "Used cars, running, with roadworthiness certificate, 8 units", "BE", 10000, 32000, qty=8)], note="running used cars at 4,000 EUR")
ordi("11", "2028-07-11", "import", "BE", "GB", [it("010639", "Racing pigeons, live, 10 birds", "BE", 5, 600, qty=10)], transport="road", note="racing pigeons at 60 EUR each", consignee_name="Mr John Ellis")
ordi("12", "2028-07-12", "import", "CN", "SE", [it("851713", "Second-hand mobile phone, 1 pc", "CN", 0.3, 80, cur="USD", qty=1)], transport="post", note="a second-hand phone to a private person", **PP)

# permitted
perm("1", "2028-07-01", "export", "FR", "ML", [it("360300", "Cordeau détonant 12 g/m, 60 bobines", "FR", 300, 11000, qty=60, docs=[("EXPLOSIVES_TRANSFER", "FR-ML-2028-0033")])], domain="precursors", note="detonating cord declared as such with its transfer licence")
perm("2", "2028-07-02", "import", "PL", "DE", [it("293369", "Hexamethylentetramin, 25 kg Säcke, 1 t", "PL", 1000, 2500, docs=[("PRECURSOR_LICENCE", "DE-2028-0312")])], transport="road", domain="precursors", note="hexamine to a resin maker", importer_name="Harzwerk Nord GmbH", consignee_name="Harzwerk Nord GmbH")
probes.write(HERE, "dev15")
