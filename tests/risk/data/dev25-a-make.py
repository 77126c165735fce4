#!/usr/bin/env python3
"""Writes the round-twenty-five (a) development probes for explosives precursors
(dev25-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind25's and blind26's rows; the note names the modus operandi family and
what betrays it. The ordinary rows include lawful private-person consignees receiving ordinary
goods of these families and lawful look-alikes that use the controlled word in a lawful sense.
Written and committed before the round-twenty-five (a) rules were run on it
(docs/profile-packs.md, "Round twenty-five (a): explosive precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D25A", "925", domain="precursors")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# F1 ammonium nitrate under an animal-feed cover (non-protein nitrogen, lick, supplement)
dis("F1-1", "2030-07-01", "import", "UA", "PL", [it("230990", "Dodatek paszowy dla bydła, azotan amonu 98 %, worki 50 kg, 20 t", "UA", 20000, 7400, cur="USD", qty=400)], transport="road", note="F1: ammonium nitrate is never a cattle feed additive; Polish wording")
dis("F1-2", "2030-07-02", "import", "TR", "BG", [it("310230", "Ammonium nitrate feed grade, non-protein nitrogen for ruminants, 25 t", "TR", 25000, 9000, cur="USD", qty=25)], transport="sea", note="F1: a 'feed grade' AN as NPN for ruminants (NPN is urea or biuret)")
dis("F1-3", "2030-07-03", "import", "EG", "FR", [it("310230", "Complément azoté pour bovins, nitrate d'ammonium, big bags 1 t, 22 t", "EG", 22000, 8000, cur="USD", qty=22)], transport="sea", note="F1: AN as a nitrogen supplement for cattle; French wording")
# F2 explosive-grade (porous, low-density) ammonium nitrate prill declared as fertiliser
dis("F2-1", "2030-07-04", "import", "RU", "TR", [it("310230", "Amonyum nitrat gübre, gözenekli granül, düşük yoğunluk, 25 t", "RU", 25000, 8800, cur="USD", qty=25)], transport="sea", note="F2: porous low-density AN prill (ANFO grade); Turkish wording")
dis("F2-2", "2030-07-05", "import", "EG", "ES", [it("310230", "Fertilizante nitrato de amonio, grado técnico poroso, big bag 1 t, 20 t", "EG", 20000, 7000, cur="USD", qty=20)], transport="sea", note="F2: porous technical-grade AN as fertiliser; Spanish wording")
dis("F2-3", "2030-07-06", "export", "RU", "KZ", [it("310230", "Удобрение, аммиачная селитра пористая гранулированная, мешки 1 т, 60 т", "RU", 60000, 21000, cur="USD", qty=60)], transport="rail", note="F2: porous AN (the Russian explosive grade) as fertiliser; Russian wording")
# F3 Annex II substances (nitrates, acetone, hexamine) in sack or drum quantities to private persons
dis("F3-1", "2030-07-07", "import", "CN", "DE", [it("283429", "Calciumnitrat wasserfrei 99 %, Gartendünger, Säcke 25 kg, 3 Stück", "CN", 75, 110, cur="USD", qty=3)], transport="express", consignee_name="Herr Tobias Krüger", note="F3: 75 kg of pure calcium nitrate by express to a private person; German wording")
dis("F3-2", "2030-07-08", "import", "PL", "CZ", [it("291411", "Aceton technický, ředidlo, sudy 60 l, 3 ks", "PL", 142, 210, qty=3)], transport="road", consignee_name="Pan Jan Novák", note="F3: 180 l of acetone in drums to a private person; Czech wording")
dis("F3-3", "2030-07-09", "import", "CN", "NL", [it("293329", "Hexamine fuel tablets powder, bulk bag 20 kg", "CN", 20, 60, cur="USD", qty=1)], transport="post", consignee_name="Mevrouw A. de Boer", note="F3: 20 kg of loose hexamine (Annex II) by post to a private person")
# F4 loose cap composition (chlorate and red phosphorus) by the kilogram
dis("F4-1", "2030-07-10", "import", "CN", "DE", [it("360490", "Knallplättchen-Masse für Spielzeugpistolen, lose, Eimer 3 kg", "CN", 3, 25, cur="USD", qty=1)], transport="post", consignee_name="Herr M. Braun", note="F4: loose cap composition in a bucket; German wording")
dis("F4-2", "2030-07-11", "import", "CN", "FR", [it("950390", "Pâte pour amorces de pistolet jouet, en vrac, pot 2 kg", "CN", 2, 20, cur="USD", qty=1)], transport="express", consignee_name="M. Julien Petit", note="F4: loose cap paste under a toy code; French wording")
dis("F4-3", "2030-07-12", "import", "CN", "GB", [it("382499", "Red phosphorus and potassium chlorate mix for toy caps, 1 kg tubs, 4 pcs", "CN", 4, 40, cur="USD", qty=4)], transport="post", consignee_name="Mr Dean Walsh", note="F4: Armstrong's mixture by the kilogram")
# F5 cast boosters as candles or wax cylinders with a detonator well
dis("F5-1", "2030-07-13", "import", "TR", "GR", [it("340600", "Κεριά κυλινδρικά 450 g, κίτρινα, με αξονική οπή για καψύλλιο, 2.000 τεμ.", "TR", 900, 2400, qty=2000)], transport="road", note="F5: a 450 g yellow cylinder with an axial hole for a cap; Greek wording")
dis("F5-2", "2030-07-14", "import", "MA", "FR", [it("340600", "Bougies cylindriques jaunes 340 g, puits axial pour détonateur, 1 500 pcs", "MA", 510, 1100, qty=1500)], transport="sea", note="F5: a candle with an axial well for a detonator; French wording")
dis("F5-3", "2030-07-15", "import", "RS", "HU", [it("340600", "Paraffin candles 500 g, yellow, axial cavity for cap, 800 pcs", "RS", 400, 900, qty=800)], transport="road", note="F5: axial cavity for a cap in a 500 g candle")

# ordinary: lawful look-alikes and private persons with ordinary goods of these families
ordi("1", "2030-07-01", "import", "NL", "BE", [it("230990", "Mineral lick buckets for cattle, 20 kg, 200 pcs", "NL", 4000, 6000, qty=200)], transport="road", note="real cattle licks")
ordi("2", "2030-07-02", "import", "DE", "PL", [it("310250", "Saletra wapniowa nawóz, worki 25 kg, 20 t", "DE", 20000, 7000, qty=800)], transport="road", importer_name="Agro-Hurt Sp. z o.o.", note="calcium nitrate fertiliser to a farm wholesaler")
ordi("3", "2030-07-03", "import", "NL", "DE", [it("310250", "Kalksalpeter für Tomaten, Beutel 5 kg", "NL", 5, 14, qty=1)], transport="post", consignee_name="Frau Petra Schulz", note="5 kg calcium nitrate to a private gardener")
ordi("4", "2030-07-04", "import", "DE", "FR", [it("291411", "Acétone dissolvant, flacon 1 l, 2 pcs", "DE", 1.6, 12, qty=2)], transport="post", consignee_name="Mme Claire Bernard", note="2 l of acetone to a private person")
ordi("5", "2030-07-05", "import", "IT", "ES", [it("310230", "Nitrato amónico 33,5 % N fertilizante, alta densidad, sacos 50 kg, 24 t", "IT", 24000, 8200, qty=480)], transport="sea", importer_name="Cooperativa Agrícola del Segura S.Coop.", note="high-density fertiliser AN to a farm cooperative")
ordi("6", "2030-07-06", "import", "CN", "DE", [it("390120", "Low density polyethylene film for fertiliser bags, 10 t", "CN", 10000, 14000, cur="USD", qty=10)], transport="sea", note="low-density polyethylene (the words 'low density' and 'fertiliser' in a lawful sense)")
ordi("7", "2030-07-07", "import", "CN", "NL", [it("950390", "Klappertjes ringen voor speelgoedpistool, 8 schoten, 12 doosjes", "CN", 0.3, 6, cur="USD", qty=12)], transport="post", consignee_name="Dhr. Pieter Bakker", note="toy caps as rings, a few boxes, to a private person")
ordi("8", "2030-07-08", "import", "FR", "BE", [it("230990", "Amorce pour pêche à la carpe, seau 5 kg, 4 pcs", "FR", 20, 40, qty=4)], transport="post", consignee_name="M. Marc Dubois", note="'amorce' is also fishing groundbait, sold in buckets")
ordi("9", "2030-07-09", "import", "PL", "DE", [it("340600", "Stumpenkerzen gelb 400 g, Baumwolldocht, 2 000 Stück", "PL", 800, 3200, qty=2000)], transport="road", note="pillar candles with a wick")
ordi("10", "2030-07-10", "import", "CN", "FR", [it("340600", "Bougies photophores, puits de bougie en verre, 200 g, 1 000 pcs", "CN", 200, 900, cur="USD", qty=1000)], transport="sea", note="candles in glass holders ('puits' as a lawful word)")
ordi("11", "2030-07-11", "import", "US", "GB", [it("293329", "Hexamine solid fuel tablets for camping stoves, 24 tablets, 5 packs", "US", 1, 30, cur="USD", qty=5)], transport="post", consignee_name="Mr Tom Hughes", note="retail hexamine fuel tablets to a private person")
ordi("12", "2030-07-12", "import", "DE", "AT", [it("283429", "Magnesiumnitrat-Hexahydrat, Laborqualität, 500 g", "DE", 0.5, 25, qty=1)], transport="post", consignee_name="Herr Dr. Lukas Weber", note="a laboratory half-kilo of magnesium nitrate to a private person")

# permitted shipments with their documents
perm("1", "2030-07-01", "import", "NO", "FI", [it("310230", "Ammonium nitrate porous prill, low density, explosive grade for ANFO, 1 t bags, 24 t", "NO", 24000, 9600, docs=[("EXPLOSIVES_LICENCE", "FI-EXP-2030-0077")])], transport="sea", importer_name="Nordic Blasting Oy", note="explosive-grade AN to a licensed explosives maker with its licence")
perm("2", "2030-07-02", "import", "DE", "PL", [it("291411", "Aceton 99,5 %, beczki 160 kg, 4 szt.", "DE", 640, 900, qty=4, docs=[("PRECURSOR_LICENCE", "PL-PR-2030-0310")])], transport="road", consignee_name="Pan Adam Wiśniewski", note="acetone to a private person with a precursor licence")
probes.write(HERE, "dev25-a")
