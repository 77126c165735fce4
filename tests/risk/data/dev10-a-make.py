#!/usr/bin/env python3
"""Writes the round-ten development probes for explosive precursors
(dev10-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind8's rows; the note says which modus operandi family it belongs to and
what betrays it. Written and committed before the round-ten rules were run on it
(docs/profile-packs.md, "Round ten: explosive precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D10A", "910", domain="precursors")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# G1 a consumer or craft product (nail-polish remover, camping fuel, cold packs, jewellers'
# pickle, school experiments) declared at a technical purity or a fuming grade, in bulk units
dis("G1-1", "2027-09-01", "import", "MA", "FR", [it("330430", "Dissolvant pour ongles professionnel, acétone pure 99,8 %, fûts de 60 l, 4 fûts", "MA", 190, 260, qty=4)], transport="road", note="G1: 240 l of pure acetone (Annex II) as nail-polish remover to a private person; salons buy litre bottles; French wording", **PP)
dis("G1-2", "2027-09-02", "export", "DE", "NE", [it("360610", "Trockenbrennstoff für Camping, Pulver lose, Reinheit 99 %, Säcke 20 kg, 30 Säcke", "DE", 600, 1500, qty=30)], transport="road", transit=["FR", "ES", "MA"], note="G1: camping fuel comes pressed in tablets; 99 % loose powder in 20 kg sacks is bulk hexamine (Annex II) to Niamey; German wording")
dis("G1-3", "2027-09-03", "import", "CN", "GB", [it("382499", "Instant cold pack refill, prilled, 99% pure, 25 kg bags, 40 bags", "CN", 1000, 900, cur="USD", qty=40)], note="G1: cold packs hold 100-200 g of prills; a tonne of 99 % pure 'refill' is ammonium nitrate (Annex I) outside its code")
dis("G1-4", "2027-09-04", "import", "UA", "PL", [it("382290", "Zestaw do doświadczeń szkolnych, utleniacz, czysty do analizy 99 %, bęben 25 kg", "UA", 25, 90, qty=1)], transport="post", note="G1: school experiment kits hold grams, not a 25 kg drum of an analytical-grade oxidiser; by post to a private person; Polish wording", **PP)
dis("G1-5", "2027-09-05", "import", "TR", "BE", [it("381010", "Décapant pour orfèvres, acide fumant, jerricans 10 l, 5 jerricans", "TR", 70, 250, qty=5)], transport="road", note="G1: jewellers' pickles are dilute; a fuming acid in 10 l cans is fuming nitric acid (Annex I); French wording", **PP)
# G2 a nitrogen fertiliser declared with a nitrogen content its type never has
dis("G2-1", "2027-09-06", "import", "EG", "DE", [it("310240", "Kalkammonsalpeter KAS granuliert, 34 % N, Big Bags 600 kg, 40 Stück", "EG", 24000, 8600, cur="USD", qty=40)], note="G2: calcium ammonium nitrate carries at most 27-28 % N; 34 % N is straight ammonium nitrate (Annex I) under the CAN code; German wording")
dis("G2-2", "2027-09-07", "import", "GE", "NL", [it("310260", "Calcium nitrate fertiliser, 33 % N, prilled, 25 kg bags, 800 bags", "GE", 20000, 7000, cur="USD", qty=800)], note="G2: calcium nitrate fertiliser carries 15.5 % N; 33 % N is ammonium nitrate")
dis("G2-3", "2027-09-08", "export", "ES", "MR", [it("310240", "Nitrato amónico cálcico a granel, 34,4 % de nitrógeno, 28 t", "ES", 28000, 9800)], note="G2: 34.4 % N is the grade of straight ammonium nitrate, not of CAN, to Nouakchott; Spanish wording")
# G3 an Annex I substance by an old trivial name or in a script the word lists do not read
dis("G3-1", "2027-09-09", "import", "TN", "FR", [it("382200", "Sel de Berthollet cristallisé, seaux de 5 kg, 4 seaux", "TN", 20, 80, qty=4)], transport="post", note="G3: Berthollet's salt is potassium chlorate (Annex I) under the reagent code, by post to a private person; French wording", **PP)
dis("G3-2", "2027-09-10", "import", "AT", "DE", [it("381090", "Scheidewasser zur Goldscheidung, 10-l-Kanister, 6 Stück", "AT", 85, 300, qty=6)], transport="road", note="G3: 'Scheidewasser' (parting water) is concentrated nitric acid (Annex I) under the flux code; German wording", **PP)
dis("G3-3", "2027-09-11", "import", "BY", "LT", [it("382499", "Азотная кислота концентрированная, канистры 20 л, 10 шт", "BY", 280, 400, qty=10)], transport="road", note="G3: concentrated nitric acid named in Russian under a chemical-preparations code")
dis("G3-4", "2027-09-12", "import", "TR", "BG", [it("382499", "Potasyum klorat saf, 25 kg çuval, 10 çuval", "TR", 250, 600, qty=10)], transport="road", note="G3: pure potassium chlorate named in Turkish under a chemical-preparations code")

# lawful look-alikes
ordi("1", "2027-09-01", "import", "CN", "FR", [it("330430", "Nail polish remover, acetone based, 125 ml bottles, 2400 bottles", "CN", 300, 1400, cur="USD", qty=2400)], note="nail-polish remover in retail bottles")
ordi("2", "2027-09-02", "import", "US", "DE", [it("330430", "Pure acetone nail polish remover 100 %, 1 l bottles, 200 bottles", "US", 160, 900, cur="USD", qty=200)], note="salon acetone in litre bottles")
ordi("3", "2027-09-03", "export", "DE", "NO", [it("360610", "Hexamine solid fuel tablets, 14 g, boxes of 24, 2000 boxes", "DE", 700, 4200, qty=2000)], transport="road", note="camping fuel tablets in retail boxes")
ordi("4", "2027-09-04", "import", "US", "IT", [it("381010", "Jewellers' pickle compound, sodium bisulphate, 2.5 kg tubs, 40 tubs", "US", 100, 600, cur="USD", qty=40)], note="a dry jewellers' pickle in tubs")
ordi("5", "2027-09-05", "import", "CN", "NL", [it("382499", "Instant cold packs, single use, 5000 pcs", "CN", 900, 2500, cur="USD", qty=5000)], note="finished cold packs")
ordi("6", "2027-09-06", "import", "PL", "DE", [it("310240", "Calcium ammonium nitrate CAN 27 % N, big bags 500 kg, 50 bags", "PL", 25000, 8000, qty=50)], transport="road", note="ordinary CAN at its grade")
ordi("7", "2027-09-07", "import", "NO", "NL", [it("310260", "Calcium nitrate 15.5 % N, 25 kg bags, 400 bags", "NO", 10000, 4000, qty=400)], note="horticultural calcium nitrate")
ordi("8", "2027-09-08", "import", "EG", "IT", [it("310210", "Urea 46 % N granular, bulk, 30 t", "EG", 30000, 10500, cur="USD")], note="urea at its grade")
ordi("9", "2027-09-09", "import", "CN", "ES", [it("950300", "School chemistry experiment kits for children, 300 pcs", "CN", 240, 2700, cur="USD", qty=300)], note="toy chemistry kits")
ordi("10", "2027-09-10", "import", "US", "BE", [it("291411", "Acetone 99.5 % technical grade, 200 l drums, 80 drums", "US", 12600, 14000, cur="USD", qty=80)], importer_name="Solvachem Distribution NV", note="technical acetone to a solvent distributor under its own code")
ordi("11", "2027-09-11", "import", "IN", "FR", [it("310559", "Engrais NPK 15-15-15, sacs 50 kg, 400 sacs", "IN", 20000, 7000, cur="USD", qty=400)], note="compound fertiliser")
ordi("12", "2027-09-12", "import", "CN", "DE", [it("340600", "Teelichter, 100er Packung, 500 Packungen", "CN", 600, 1500, cur="USD", qty=500)], note="tealights (a camping-shop good)")

# permitted shipments with their documents
perm("1", "2027-09-01", "import", "SE", "FI", [it("282919", "Kaliumklorat 99 %, tändsticksfabrik, säckar 25 kg, 40 säckar", "SE", 1000, 2200, qty=40, docs=[("PRECURSOR_LICENCE", "FI-PRE-2027-031")])], importer_name="Tulitikku Oy", note="potassium chlorate for a match factory under licence")
perm("2", "2027-09-02", "import", "DE", "AT", [it("280800", "Salpetersäure 65 %, 30-l-Kanister, 20 Stück", "DE", 840, 900, qty=20, docs=[("PRECURSOR_LICENCE", "AT-PRE-2027-114")])], transport="road", importer_name="Galvanik Steyr GmbH", note="nitric acid for a plating shop under licence")

probes.write(HERE, "dev10-a")
