#!/usr/bin/env python3
"""Writes the round-thirty (c) development probes for ozone-depleting substances and HFCs
(dev30-c-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind37's and blind38's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: A 'camping' gas cylinders at a refrigerant cylinder's
fill (9-15 kg a piece); B pre-blended polyol systems for spray foam, the blowing agent unnamed,
in other languages; C SF6 declared for a banned use (tyres, glazing) in other languages;
D air-conditioning refills or recharges for classic or vintage cars (R-12 systems) with no
refrigerant named; E one-component PU foam cans from outside the EU sold on a 'CFC-free' or
'ozone-friendly' claim with no propellant named (HFC-134a blown); F methyl bromide as a
laboratory reagent or standard in gas-cylinder quantities; G 1,1,1-trichloroethane named in
other languages and scripts; H dehumidifiers and heat-pump equipment charged with a refrigerant
named only 'as per nameplate' or 'eco blend'; I compressor oil declared in gas bottles or
cylinders at a refrigerant fill's mass.
The ordinary rows include the lawful twins: camping cartridges, LPG cylinders without a camping
cover, HFO-blown or plain polyols, SF6 for switchgear, nitrogen for tyres, classic-car A/C dye,
foam cans naming their hydrocarbon propellant or made in the EU, analytical ampoules, paint
thinners, dehumidifiers with R-290 or none, oil in cans and pails, copper tube.
Written and committed before the round-thirty (c) rules were run on it (docs/profile-packs.md,
"Round thirty (c): ozone-depleting substances and HFCs")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D30C", "930", domain="ozone")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# A 'camping' gas cylinders at a refrigerant cylinder's fill
dis("A1", "2032-09-01", "import", "TR", "CZ", [it("271112", "Propan-butan, kempingové lahve 11 kg, 200 ks", "CN", 2200, 9800, cur="USD", qty=200)], transport="road", note="A: 'camping' bottles of 11 kg from China via Turkey: camping gas comes in 0.2-3 kg; an 11 kg piece is an R-410A or R-404A cylinder; Czech wording")
dis("A2", "2032-09-02", "import", "CN", "DE", [it("731100", "Campinggas-Flaschen, gefüllt, 12 kg, 500 Stk", "CN", 6000, 24000, cur="USD", qty=500)], transport="sea", note="A: filled 'camping gas' bottles at 12 kg a piece under the cylinder heading; German wording")
dis("A3", "2032-09-03", "import", "EG", "GR", [it("271119", "Outdoor camping gas bottles, 13.6 kg, 300 pcs", "CN", 4080, 15000, cur="USD", qty=300)], transport="sea", note="A: 13.6 kg is the 30 lb refrigerant fill, not a camping size")
# B pre-blended polyol systems, blowing agent unnamed
dis("B1", "2032-09-04", "import", "CN", "DE", [it("390729", "Polyolgemisch für Spritzschaum, gebrauchsfertiges System, Fässer 200 kg, 60 Stk", "CN", 12000, 33000, cur="USD", qty=60)], transport="sea", note="B: a ready-to-use spray-foam polyol blend from China holds HCFC-141b or HFC-245fa; German wording")
dis("B2", "2032-09-05", "import", "IN", "IT", [it("390729", "Miscela di polioli per schiuma spray, sistema pronto all'uso, fusti 220 kg, 50 pz", "IN", 11000, 29000, cur="USD", qty=50)], transport="sea", note="B: Italian wording, from India")
# C SF6 for a banned use
dis("C1", "2032-09-06", "import", "RS", "RO", [it("281290", "Gaz pentru umflarea anvelopelor, hexafluorură de sulf, 30 butelii 10 kg", "CN", 300, 3900, qty=30)], transport="road", note="C: SF6 for inflating tyres; Romanian wording")
dis("C2", "2032-09-07", "import", "TR", "BG", [it("281290", "Серен хексафлуорид за пълнене на стъклопакети, 20 бутилки", "CN", 800, 8000, cur="USD", qty=20)], transport="road", note="C: SF6 for insulating-glass units; Bulgarian wording")
dis("C3", "2032-09-08", "import", "CN", "CZ", [it("281290", "Fluorid sírový pro plnění pneumatik, 40 lahví", "CN", 400, 4800, cur="USD", qty=40)], transport="rail", note="C: SF6 for tyres; Czech wording")
# D classic-car A/C refills with no refrigerant named
dis("D1", "2032-09-09", "import", "US", "DE", [it("382499", "Klimaanlagen-Nachfüllung mit Dichtmittel für Oldtimer, 24 Dosen 340 g", "US", 8.2, 410, cur="USD", qty=24)], transport="post", note="D: a 'refill' for oldtimer air-conditioning in 12 oz cans is R-12; German wording", consignee_name="Herr J. Keller")
dis("D2", "2032-09-10", "import", "US", "SE", [it("382499", "AC-påfyllning för veteranbilar, 12 burkar 340 g", "US", 4.1, 230, cur="USD", qty=12)], transport="express", note="D: Swedish wording", consignee_name="Lars Nilsson")
dis("D3", "2032-09-11", "import", "US", "FR", [it("381900", "Recharge climatisation pour voitures de collection, 6 bombes", "US", 2.1, 140, cur="USD", qty=6)], transport="post", note="D: French wording", consignee_name="M. P. Girard")
# E one-component PU foam cans sold on a 'CFC-free' claim
dis("E1", "2032-09-12", "import", "CN", "PL", [it("321410", "Pianka montażowa 750 ml, bez CFC, 3 000 szt.", "CN", 2250, 5200, cur="USD", qty=3000)], transport="sea", note="E: 'without CFC' is true; the propellant is HFC-134a; Polish wording")
dis("E2", "2032-09-13", "import", "TR", "GR", [it("321410", "Gun-grade PU foam 750 ml, CFC free, ozone friendly, 4 800 cans", "CN", 3600, 8100, cur="USD", qty=4800)], transport="road", note="E: an ozone-friendly claim and no propellant named")
# F methyl bromide as a laboratory reagent in cylinders
dis("F1", "2032-09-14", "import", "IN", "BE", [it("382200", "Methyl bromide, reference standard, 25 kg cylinders, 4 pcs", "IN", 100, 1600, cur="USD", qty=4)], transport="air", note="F: reference standards come in ampoules; 100 kg is fumigant")
dis("F2", "2032-09-15", "import", "CN", "DE", [it("382290", "Brommethan, Laborreagenz, Gasflaschen 40 kg, 5 St.", "CN", 200, 2600, cur="USD", qty=5)], transport="sea", note="F: German wording")
# G 1,1,1-trichloroethane in other languages
dis("G1", "2032-09-16", "import", "IN", "HU", [it("381400", "Hígító, 1,1,1-triklóretán, 48 flakon 250 ml", "IN", 14, 120, cur="USD", qty=48)], transport="post", note="G: Hungarian wording", consignee_name="Kovács Péter")
dis("G2", "2032-09-17", "import", "TR", "BG", [it("381400", "Разредител, 1,1,1-трихлоретан, 20 л туби, 10 бр.", "TR", 260, 900, qty=10)], transport="road", note="G: Bulgarian wording")
# H equipment charged with a refrigerant named only vaguely
dis("H1", "2032-09-18", "import", "CN", "DE", [it("847989", "Bautrockner, Luftentfeuchter 50 l/Tag, Kältemittel laut Typenschild, 120 Stk", "CN", 4200, 14000, cur="USD", qty=120)], transport="sea", note="H: construction dehumidifiers whose refrigerant is 'per nameplate': R-22; German wording")
dis("H2", "2032-09-19", "import", "CN", "ES", [it("841919", "Bombas de calor para agua caliente 200 l, refrigerante: gas ecológico, 50 uds", "CN", 3500, 21000, cur="USD", qty=50)], transport="sea", note="H: heat-pump water heaters with an 'ecological gas' charge; Spanish wording")
# I compressor oil in gas bottles at a refrigerant fill
dis("I1", "2032-09-20", "import", "TR", "RO", [it("271019", "Ulei compresor POE, butelii 13,6 kg, 80 buc.", "TR", 1088, 3400, qty=80)], transport="road", note="I: oil is sold in litre cans; 13.6 kg 'bottles' are R-22 cylinders; Romanian wording")
dis("I2", "2032-09-21", "import", "CN", "GR", [it("271019", "Refrigeration compressor oil, 11.3 kg cylinders, 100 pcs", "CN", 1130, 2900, cur="USD", qty=100)], transport="sea", note="I: 11.3 kg is the 25 lb refrigerant fill")

# ordinary: lawful twins and everyday goods under the same codes
ordi("1", "2032-09-01", "import", "TR", "BG", [it("271112", "Пропан-бутан, кемпинг флакони 190 г, 20 000 бр.", "TR", 3800, 15000, qty=20000)], transport="road", note="camping cartridges of 190 g")
ordi("2", "2032-09-02", "import", "NL", "DE", [it("271112", "Propangasflaschen 11 kg, Pfandflaschen, für Flüssiggashandel, 400 Stk", "NL", 4400, 9000, qty=400)], transport="road", note="11 kg LPG exchange cylinders to a gas dealer, no camping cover")
ordi("3", "2032-09-03", "import", "FR", "DE", [it("271112", "Campinggas-Flaschen 2,75 kg, 600 Stk", "FR", 1650, 12000, qty=600)], transport="road", note="camping gas bottles of a camping size")
ordi("4", "2032-09-04", "import", "KR", "PL", [it("390720", "Poliol polieterowy, LO 56, do pianek blokowych, 20 t", "KR", 20000, 36000, cur="USD")], transport="sea", note="a plain polyether polyol")
ordi("5", "2032-09-05", "import", "US", "DE", [it("390729", "Polyolgemisch für Spritzschaum, HFO-1233zd getrieben, Komponente A, 1 t IBC, 18 Stk", "US", 18000, 52000, cur="USD", qty=18)], transport="sea", note="an HFO-blown spray-foam system")
ordi("6", "2032-09-06", "import", "DE", "HU", [it("280430", "Nitrogén gumiabroncs-töltéshez, 50 l palack, 40 db", "DE", 480, 1900, qty=40)], transport="road", note="nitrogen for tyre inflation")
ordi("7", "2032-09-07", "import", "DE", "HU", [it("281290", "Kén-hexafluorid nagyfeszültségű kapcsolóberendezésekhez, 52 kg palack, 10 db", "DE", 520, 9800, qty=10)], transport="road", note="SF6 for high-voltage switchgear, a lawful use")
ordi("8", "2032-09-08", "import", "US", "DE", [it("382499", "UV-Lecksuchmittel für Oldtimer-Klimaanlagen, 12 Flaschen 30 ml", "US", 0.6, 90, cur="USD", qty=12)], transport="post", note="UV leak-detection dye for classic-car A/C", consignee_name="Herr M. Brandt")
ordi("9", "2032-09-09", "import", "US", "NL", [it("841590", "Ombouwset airco oldtimer naar R-1234yf, ventielen en afdichtingen, 3 sets", "US", 3, 420, cur="USD", qty=3)], transport="express", note="a classic-car A/C conversion parts kit", consignee_name="Dhr. W. de Vries")
ordi("10", "2032-09-10", "import", "CN", "DE", [it("321410", "Montageschaum 750 ml, FCKW-frei, Treibgas Propan/Butan/DME, 2 400 Dosen", "CN", 1800, 4600, cur="USD", qty=2400)], transport="sea", note="a foam can naming its hydrocarbon propellant")
ordi("11", "2032-09-11", "import", "PL", "DE", [it("321410", "Pianka montażowa 750 ml, bez CFC, 2 000 szt.", "PL", 1500, 4200, qty=2000)], transport="road", note="a foam can made in the EU")
ordi("12", "2032-09-13", "import", "IT", "GR", [it("381400", "Διαλυτικό χρωμάτων, δοχεία 20 λίτρων, 300 τεμ.", "IT", 5400, 7200, qty=300)], transport="sea", note="paint thinners")
ordi("13", "2032-09-14", "import", "CN", "PL", [it("847989", "Industrial dehumidifiers, 90 l/day, R-290 refrigerant, 80 units", "CN", 5200, 24000, cur="USD", qty=80)], transport="rail", note="dehumidifiers with the refrigerant named")
ordi("14", "2032-09-15", "import", "SE", "DE", [it("847989", "Sorptionsentfeuchter, Trockenrotor, ohne Kältemittel, 20 Stk", "SE", 900, 30000, qty=20)], transport="road", note="desiccant dehumidifiers")
ordi("15", "2032-09-16", "import", "BE", "RO", [it("271019", "Ulei compresor POE, bidoane 5 l, 120 buc.", "BE", 560, 4100, qty=120)], transport="road", note="compressor oil in 5 l cans")
ordi("16", "2032-09-17", "import", "TR", "BG", [it("271019", "Компресорно масло, кофи 20 л, 30 бр.", "TR", 540, 2100, qty=30)], transport="road", note="compressor oil in 20 l pails")
ordi("17", "2032-09-18", "import", "TR", "BG", [it("741110", "Медни тръби на рула, за климатизация, 600 кг", "TR", 600, 6300, qty=60)], transport="road", note="copper tube for air-conditioning")

# permitted with their documents
perm("1", "2032-09-01", "import", "IN", "NL", [it("290361", "Methyl bromide, feedstock for synthesis, 900 kg cylinder, 1 pc", "IN", 900, 5200, cur="USD", qty=1, docs=[("ODS_LICENCE", "NL-ILT-ODS-32-0041")])], transport="sea", note="methyl bromide feedstock with its ODS licence")
perm("2", "2032-09-02", "import", "US", "DE", [it("290319", "1,1,1-Trichlorethan, Analysenreagenz, wesentliche Laborverwendung, 6 x 1 l", "US", 8, 640, cur="USD", qty=6, docs=[("ODS_LICENCE", "DE-UBA-ODS-32-0112")])], transport="air", note="1,1,1-trichloroethane for an essential laboratory use with its licence")
perm("3", "2032-09-03", "import", "CN", "GR", [it("382761", "Refrigerant R-404A, 10.9 kg refillable cylinders, 120 pcs", "CN", 1308, 16000, cur="USD", qty=120, docs=[("FGAS_QUOTA", "EU-FGAS-32-0377")])], transport="sea", note="an HFC blend with its quota authorisation")
perm("4", "2032-09-04", "import", "US", "BE", [it("382290", "Bromomethane analytical standard, 1000 µg/ml in methanol, 10 x 1 ml ampoules", "US", 0.1, 180, cur="USD", qty=10, docs=[("ODS_LICENCE", "BE-SPF-ODS-32-0009")])], transport="express", note="a real analytical standard of a controlled substance, with the licence its import needs")
probes.write(HERE, "dev30-c")
