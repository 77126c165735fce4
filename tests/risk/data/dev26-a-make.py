#!/usr/bin/env python3
"""Writes the round-twenty-six (a) development probes for explosives precursors, waste and
ozone (dev26-a-{disguised,ordinary,permitted}.ndjson): two disguised variants per family,
worded differently from blind27's and blind28's rows, lawful look-alikes that use the
controlled word in a lawful sense (with private-person consignees), and permitted shipments
with their documents. Written and committed before the round-twenty-six (a) rules were run on
it (docs/profile-packs.md, "Round twenty-six (a)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D26A", "926")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Mme C. Lefèvre")

# P1 a density no declared acid or cleaner has (fuming nitric acid, strong peroxide)
dis("P1-1", "2031-01-05", "import", "TR", "DE", [it("291560", "Bienenstock-Reinigungssäure (Oxalsäurelösung), Dichte 1,48, Kanister 20 l, 3 Stk", "TR", 90, 120, qty=3)], transport="express", consignee_name="Hr. K. Vogel", domain="precursors", note="P1: 'oxalic solution' at 1.48 is fuming nitric acid; German, to a private person")
dis("P1-2", "2031-01-06", "import", "CN", "IT", [it("340290", "Detergente sgrassante concentrato, densità 1.41, taniche 25 kg", "CN", 500, 600, qty=20)], domain="precursors", note="P1: a 'degreaser' at 1.41: concentrated peroxide or nitric acid; Italian")
# P2 nitrogen on a salt, chloride or mineral heading (ammonium nitrate)
dis("P2-1", "2031-01-07", "import", "UA", "PL", [it("282720", "Chlorek wapnia granulowany do odladzania, zawartość azotu 33,8 %, 22 t", "UA", 22000, 7700)], transport="road", domain="precursors", note="P2: 'calcium chloride' with 33.8 % N is ammonium nitrate; Polish")
dis("P2-2", "2031-01-08", "import", "EG", "GR", [it("251830", "Dolomite granules for soil, 27 % N, big bags, 25 t", "EG", 25000, 6000)], domain="precursors", note="P2: 'dolomite' with 27 % N is calcium ammonium nitrate")
# P3 loaded-core cordage (detonating cord)
dis("P3-1", "2031-01-09", "import", "RS", "HR", [it("560749", "Cuerda trenzada 6 mm, núcleo 12 g/m, carretes 250 m, 80 pz", "RS", 700, 6000, qty=80)], transport="road", domain="precursors", note="P3: 'rope' with a 12 g/m core on 250 m reels: detonating cord; Spanish")
dis("P3-2", "2031-01-10", "import", "TR", "BG", [it("560900", "Washing line, grey powder core, 4 mm, spools 200 m", "TR", 300, 2500, qty=30)], transport="road", domain="precursors", note="P3: washing line with a powder core: detonating cord")
# W1 used sports turf with infill
dis("W1-1", "2031-01-11", "export", "BE", "SN", [it("570390", "Gazon synthétique d'occasion, terrain de football déposé, rouleaux, 18 t", "BE", 18000, 360)], domain="waste", note="W1: worn pitch turf at 0.02 EUR/kg; French")
dis("W1-2", "2031-01-12", "export", "DE", "UA", [it("570330", "Kunstrasen mit Gummigranulat, ausgebaut, Rollen, 21 t", "DE", 21000, 420)], transport="road", domain="waste", note="W1: turf taken up with its rubber infill; German")
# W2 salt slag by its tells
dis("W2-1", "2031-01-13", "export", "ES", "MA", [it("262040", "Materia prima aluminosa para cerámica, cloruros 38 %, reacciona con agua, 24 t", "ES", 24000, 480)], domain="waste", note="W2: 38 % chlorides and water-reactive: salt slag; Spanish")
dis("W2-2", "2031-01-14", "export", "PL", "UA", [it("281820", "Aluminium oxide, recovered, gives off ammonia smell when wet, 20 t", "PL", 20000, 300)], transport="road", domain="waste", note="W2: 'alumina' smelling of ammonia when wet: salt slag")
# O1 natural refrigerant label over an HFC/PFC charge
dis("O1-1", "2031-01-15", "import", "CN", "FR", [it("841850", "Congélateurs -80 °C, réfrigérant naturel, cascade avec R-508A 1 kg, 20 pcs", "CN", 6000, 60000, cur="USD", qty=20)], domain="ozone", note="O1: R-508A second stage under a 'natural refrigerant' label; French")
dis("O1-2", "2031-01-16", "import", "CN", "NL", [it("841869", "Climate test chamber -70 °C, HFC-free, low stage R-23, 5 pcs", "CN", 2500, 50000, cur="USD", qty=5)], domain="ozone", note="O1: 'HFC-free' test chamber with an R-23 stage")
# O2 refrigerant cylinders in non-Latin scripts under another product's code
dis("O2-1", "2031-01-17", "import", "CN", "BE", [it("340290", "冷媒 R-134a 钢瓶 13.6 kg 清洗用, 250 瓶", "CN", 3400, 8000, cur="USD", qty=250)], domain="ozone", note="O2: R-134a cylinders as a cleaning product; Chinese")
dis("O2-2", "2031-01-18", "import", "TR", "BG", [it("870899", "Фреон R-410A, баллон 11,3 кг, для автосервиса, 100 шт", "TR", 1130, 3000, qty=100)], transport="road", domain="ozone", note="O2: R-410A cylinders as vehicle parts; Russian")
# O3 the over-flags' families: negated blowing agent, HFC-152a dusters (must stay quiet: ordinary below)

# ordinary look-alikes
ordi("1", "2031-01-05", "import", "DE", "FR", [it("291511", "Acide formique 60 % pour traitement anti-varroa, densité 1,15, bidon 5 l", "DE", 6, 25, qty=1)], transport="express", note="formic acid at its own density to a beekeeper", **PP)
ordi("2", "2031-01-06", "import", "DE", "NL", [it("340290", "Tile cleaner, density 1.05, 1 l bottles", "DE", 1200, 3000, qty=1200)], note="cleaner with an ordinary density")
ordi("3", "2031-01-07", "import", "NL", "BE", [it("280920", "Phosphoric acid 75 %, density 1.57, IBC 1000 l", "NL", 15700, 12000, qty=10)], transport="road", note="phosphoric acid at its density")
ordi("4", "2031-01-08", "import", "DE", "AT", [it("250100", "Streusalz 25 kg Sack, NaCl, für Privathaushalt", "DE", 25, 12, qty=1)], transport="road", note="road salt to a private person", consignee_name="Hr. M. Huber")
ordi("5", "2031-01-09", "import", "NL", "PL", [it("310230", "Saletra amonowa 34 % N, nawóz, big bag, 24 t", "NL", 24000, 9000)], transport="road", note="ammonium nitrate fertiliser under its own code (not a salt heading)")
ordi("6", "2031-01-10", "import", "PT", "ES", [it("560750", "Cuerda de poliéster 10 mm, 65 g/m, rollos 200 m", "PT", 2600, 8000, qty=200)], transport="road", note="rope with its linear mass")
# ORD-7 re-priced after the first run (150 -> 210 EUR): at exactly EUR 150 by express the fiscal
# threshold profile asked a document check, a slip of the probe, not of this family
ordi("7", "2031-01-11", "import", "DE", "FR", [it("560750", "Corde d'escalade dynamique 9,8 mm, âme et gaine, 62 g/m, 60 m", "DE", 4, 210, qty=1)], transport="express", note="climbing rope to a private climber", **PP)
ordi("8", "2031-01-12", "import", "NL", "BE", [it("570330", "Kunstgras voor tuin, nieuw, 30 mm, rollen 4 m", "NL", 300, 2400, qty=10)], transport="road", note="new garden turf to a private person", consignee_name="Dhr. P. Janssens")
ordi("9", "2031-01-13", "export", "NL", "MA", [it("570330", "Artificial turf for football pitches, new, 50 mm, infill not included, 15 t", "NL", 15000, 75000)], note="new pitch turf, no infill")
ordi("10", "2031-01-14", "import", "DE", "IT", [it("281820", "Ossido di alluminio calcinato, Na2O 0,3 %, per refrattari, 20 t", "DE", 20000, 15000)], transport="road", note="calcined alumina")
ordi("11", "2031-01-15", "import", "NL", "DE", [it("282110", "Ammonium sulfate solution, 40 %, tank truck", "NL", 24000, 4000)], transport="road", note="an ammonium salt, not slag")
ordi("12", "2031-01-16", "import", "IT", "ES", [it("841850", "Vitrinas refrigeradas con refrigerante natural R-290, sustituyen al R-404A, 12 pz", "IT", 1800, 24000, qty=12)], transport="road", note="natural refrigerant replacing R-404A")
ordi("13", "2031-01-17", "import", "DE", "FR", [it("841850", "Congélateur de laboratoire -80 °C, réfrigérant naturel R-170/R-290, 2 pcs", "DE", 600, 22000, qty=2)], transport="road", note="hydrocarbon cascade ULT freezer")
ordi("14", "2031-01-18", "import", "CN", "NL", [it("340290", "空调清洗剂 泡沫喷雾 500 ml, 2400 罐", "CN", 1300, 2600, cur="USD", qty=2400)], note="AC foam cleaner cans in Chinese, no refrigerant")
ordi("15", "2031-01-19", "import", "KR", "DE", [it("390720", "Polyether polyol, HFC-free, not pre-blended, drums 200 kg", "KR", 16000, 30000, cur="USD", qty=80)], note="plain polyol, negated blowing agent")
ordi("16", "2031-01-20", "import", "CN", "IE", [it("340290", "Gas duster 400 ml, propellant HFC-152a, GWP 124, 4800 cans", "CN", 1900, 9000, cur="USD", qty=4800)], note="HFC-152a air duster, GWP below 150")
ordi("17", "2031-01-21", "import", "DE", "FR", [it("291511", "Acide formique 85 %, qualité technique, fûts 35 kg", "DE", 35, 60, qty=1)], transport="express", note="formic acid to a private beekeeper", **PP)

# permitted
perm("1", "2031-01-05", "import", "CH", "DE", [it("280800", "Salpetersäure rauchend 98 %, Dichte 1,51, Glasflaschen 2,5 l", "CH", 40, 600, qty=12, docs=[("PRECURSOR_LICENCE", "DE-PRE-2031-004")])], transport="road", domain="precursors", note="fuming nitric acid to a licensed laboratory")
perm("2", "2031-01-06", "export", "NL", "DE", [it("570330", "Gebruikt kunstgras met rubbergranulaat voor recycling, 20 t", "NL", 20000, 200, docs=[("BASEL_CONSENT", "NL-DE-2031-0033")])], transport="road", domain="waste", note="used turf to a German recycler with the consent")
perm("3", "2031-01-07", "export", "IT", "DE", [it("262040", "Scorie saline di alluminio secondario, sali 45 %, reagisce con acqua, 22 t", "IT", 22000, 440, docs=[("BASEL_CONSENT", "IT-DE-2031-0101")])], transport="road", domain="waste", note="salt slag to a German salt-slag recovery plant with the consent")
perm("4", "2031-01-08", "import", "US", "DE", [it("841850", "ULT freezer -86 °C, cascade, second stage R-508B 1.1 kg, 4 pcs", "US", 1200, 48000, cur="USD", qty=4, docs=[("FGAS_QUOTA", "DE-Q-2031-0091")])], domain="ozone", note="R-508B ULT freezers with the quota authorisation, honestly declared")
probes.write(HERE, "dev26-a")
