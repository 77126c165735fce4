#!/usr/bin/env python3
"""Writes the round-twenty-three (b) development probes for ozone (refrigeration consumables in
small packs at a filled cylinder's mass) and strategic goods (CWC and Australia Group precursors
named in the languages of the trade, aviation fluids named by their specification and aerospace
standard parts sent to the re-export hubs of Russia's airlines) (dev23-b-{disguised,ordinary,
permitted}.ndjson). Every row is written out by hand, worded differently from blind22's rows; the
note says which modus operandi family it belongs to and what betrays it. The ordinary rows include
lawful private-person consignees and lawful look-alikes that use the controlled word in a lawful
sense. The first 12 disguised and 14 ordinary rows were written and committed before the
round-twenty-three (b) rules were run on them; O1-4, O2, S4 and ORD-15..20 were added after the
accessory and Australia Group rules had been written (docs/profile-packs.md, "Round twenty-three
(b): ozone-depleting substances, HFCs and strategic goods")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D23B", "923")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# O1 refrigerant cylinders declared as the refrigeration consumables that go with them (compressor
# oil, leak-detection dye, flushing agent, A/C cleaner) in small packs: the mass per declared unit
# is a filled cylinder's (9-14 kg), not a 0.25-5 l can's (0.3-4.7 kg)
dis("O1-1", "2029-11-03", "import", "TR", "BG", [it("340399", "Kompressorenöl PAG 46, Dosen 1 l, 600 Stk", "TR", 6780, 7200, qty=600)], transport="road", domain="ozone", note="O1: 11.3 kg a '1 l can' of PAG oil is a filled 11.3 kg cylinder; German wording")
dis("O1-2", "2029-11-05", "import", "CN", "PL", [it("320419", "UV leak detection dye for A/C systems, 250 ml bottles, 1,000 pcs", "CN", 13600, 9000, cur="USD", qty=1000)], domain="ozone", note="O1: 13.6 kg a 250 ml bottle of dye: 30 lb refrigerant cylinders")
dis("O1-3", "2029-11-07", "import", "UA", "RO", [it("381400", "Agent de rinçage pour circuits frigorifiques, bidons 5 l, 400 pcs", "UA", 4360, 5200, qty=400)], transport="road", domain="ozone", note="O1: 10.9 kg a 5 l can of flushing agent (R-404A's fill); French wording")
# O1-4 and O2 (added after the first run, when OZN-OIL-002's can-word branch and OZN-ACC-001 had
# been written; measured on round twenty-two's packs and on this round's): the same family with
# a can word and no volume, and filled cylinders declared as small refrigeration accessories
# (filter driers, valve cores, sight glasses) at exactly a cylinder's fill per piece
dis("O1-4", "2029-11-08", "import", "EG", "IT", [it("271019", "Olio per compressori frigoriferi POE 32, lattine, 900 pz", "EG", 9810, 9900, qty=900)], domain="ozone", note="O1: 10.9 kg a 'tin' of compressor oil; Italian wording, no volume named")
dis("O2-1", "2029-11-09", "import", "CN", "ES", [it("842139", "Filtros deshidratadores para refrigeración, 250 unidades", "CN", 5675, 3000, cur="USD", qty=250)], domain="ozone", note="O2: 22.7 kg a filter drier (50 lb cylinders); Spanish wording")
dis("O2-2", "2029-11-10", "import", "UA", "PL", [it("848190", "Wkłady zaworów serwisowych (Schrader) do klimatyzacji, 400 szt", "UA", 4800, 2600, qty=400)], transport="road", domain="ozone", note="O2: 12 kg a valve core (R-134a's fill); Polish wording")
# S1 CWC Schedule 2/3 and Australia Group precursors named in languages the older lists lacked,
# under a cover use (stabiliser, plasticiser, flame retardant, additive) and a generic code
dis("S1-1", "2029-11-09", "export", "SE", "IN", [it("382499", "Trimetylfosfit, tillsats för PVC, fat 200 kg, 8 t", "SE", 8000, 19000, qty=40)], domain="strategic", note="S1: trimethyl phosphite (CWC 3B) as a PVC additive; Swedish wording")
dis("S1-2", "2029-11-11", "export", "CZ", "EG", [it("292090", "Trietylfosfit, zpomalovač hoření, sudy, 6 t", "CZ", 6000, 15000, qty=30)], transport="road", domain="strategic", note="S1: triethyl phosphite as a flame retardant; Czech wording")
dis("S1-3", "2029-11-13", "export", "HU", "RS", [it("382499", "Foszfor-triklorid 99 %, műanyag adalék, 4 t", "HU", 4000, 6000, qty=16)], transport="road", domain="strategic", note="S1: phosphorus trichloride (CWC 3B) as a plastics additive; Hungarian wording")
dis("S1-4", "2029-11-15", "export", "NL", "AE", [it("382499", "Thionylchloride, smeermiddeladditief, vaten, 5 t", "NL", 5000, 7000, qty=20)], domain="strategic", note="S1: thionyl chloride as a lubricant additive; Dutch wording")
# S4 (added after the first run, when STR-DSG-005 version 3 had been written; measured on round
# twenty-two's packs and on this round's): Australia Group precursors without a CWC schedule
# (cyanides, fluorides, hydrogen fluoride) named in Czech, Turkish and Romanian under a cover use
dis("S4-1", "2029-11-16", "export", "CZ", "RS", [it("382499", "Kyanid sodný, přípravek pro galvanovnu, sudy, 6 t", "CZ", 6000, 16000, qty=30)], transport="road", domain="strategic", note="S4: sodium cyanide as an electroplating preparation; Czech wording")
dis("S4-2", "2029-11-17", "export", "BG", "TR", [it("281111", "Hidroflorik asit %70, cam aşındırma maddesi, 12 t", "BG", 12000, 14000, qty=12)], transport="road", domain="strategic", note="S4: 70 % hydrofluoric acid as a glass-etching product; Turkish wording")
dis("S4-3", "2029-11-18", "export", "RO", "MD", [it("382499", "Fluorură de potasiu anhidră, aditiv pentru sudură, 3 t", "RO", 3000, 9000, qty=120)], transport="road", domain="strategic", note="S4: potassium fluoride as a welding additive; Romanian wording")
# S2 aviation fluids named by their specification or brand grade, declared as car or generic
# goods, to Russia or its re-export hubs (Reg. 833/2014 Art. 3c, Annex XI)
dis("S2-1", "2029-11-17", "export", "DE", "KG", [it("340399", "Synthetisches Schmieröl MIL-PRF-7808, Dosen 1 qt, 3 000 Stk", "US", 2800, 36000, qty=3000)], transport="air", domain="strategic", note="S2: MIL-PRF-7808 is jet-engine oil; German wording, to Bishkek", consignee_name="Bishkek Motor Trade OsOO", importer_name="Bishkek Motor Trade OsOO")
dis("S2-2", "2029-11-19", "export", "BE", "AM", [it("381900", "Brake fluid for trucks, Skydrol LD-4, 20 drums", "US", 4200, 52000, qty=20)], transport="air", domain="strategic", note="S2: Skydrol is aircraft hydraulic fluid, not truck brake fluid; to Yerevan")
dis("S2-3", "2029-11-21", "export", "IT", "AE", [it("271019", "Olio idraulico industriale AeroShell Fluid 41 (MIL-PRF-5606), fusti 208 l, 30 pz", "GB", 5200, 40000, qty=30)], domain="strategic", note="S2: AeroShell Fluid 41 is aircraft hydraulic fluid declared as industrial oil to a Dubai re-export hub", consignee_country="RU")
# S3 aerospace standard parts (Boeing BAC, NAS and Airbus ASNA/ABS fasteners) declared as
# ordinary hardware to the hubs
dis("S3-1", "2029-11-23", "export", "FR", "KZ", [it("731815", "Boulons BACB30LH4-12, 5 000 pièces, quincaillerie", "US", 60, 48000, qty=5000)], transport="air", domain="strategic", note="S3: Boeing BACB30 standard bolts as hardware to Kazakhstan; French wording")
dis("S3-2", "2029-11-25", "export", "DE", "UZ", [it("731816", "Muttern NAS1291-3, selbstsichernd, 20 000 Stk", "US", 40, 30000, qty=20000)], transport="air", domain="strategic", note="S3: NAS1291 aircraft nuts as hardware to Uzbekistan; German wording")

PP = dict(consignee_name="Private person")
# ordinary: lawful look-alikes and private persons
ordi("1", "2029-11-02", "import", "RS", "HR", [it("340399", "Ulje za kompresore POE 68, limenke 1 l, 600 kom", "RS", 570, 6600, qty=600)], transport="road", note="compressor oil in 1 l cans at 0.95 kg a can")
ordi("2", "2029-11-04", "import", "DE", "FR", [it("340399", "Huile pour compresseur frigorifique POE, cartons 12 x 1 l, 60 cartons", "DE", 660, 5000, qty=60)], transport="road", note="compressor oil counted in cartons of twelve 1 l cans (11 kg a carton)")
ordi("3", "2029-11-06", "import", "IT", "AT", [it("271019", "Refrigeration compressor oil, mineral, 20 l pails, 40 pcs", "IT", 720, 2400, qty=40)], transport="road", note="compressor oil in 20 l pails")
ordi("4", "2029-11-08", "import", "CN", "DE", [it("320419", "UV-Lecksuchmittel für Klimaanlagen, Flasche 250 ml", "CN", 0.3, 12, cur="USD", qty=1)], transport="post", note="one bottle of leak-detection dye to a private person", consignee_name="Herr Tobias Klein")
ordi("5", "2029-11-10", "import", "US", "GB", [it("271019", "Vacuum pump oil, 1 quart bottle, 2 pcs", "US", 1.8, 30, cur="USD", qty=2)], transport="post", note="vacuum pump oil to a private person", **PP)
ordi("6", "2029-11-12", "export", "NL", "PK", [it("291990", "Triethylfosfaat (TEP), vlamvertrager, vaten 200 kg, 10 t", "NL", 10000, 28000, qty=50)], note="triethyl phosphate, a flame retardant not on any list (phosphate, not phosphite); Dutch wording")
ordi("7", "2029-11-14", "export", "DE", "IN", [it("292029", "Tris(2,4-di-tert-butylphenyl)phosphit, Antioxidans für Kunststoffe, 12 t", "DE", 12000, 60000, qty=480)], note="a phosphite antioxidant that is not scheduled")
ordi("8", "2029-11-16", "export", "NL", "PK", [it("382499", "PVC-stabilisator op calcium-zinkbasis, zakken 25 kg, 10 t", "NL", 10000, 22000, qty=400)], note="a calcium-zinc PVC stabiliser")
ordi("9", "2029-11-18", "export", "FR", "TR", [it("271019", "Huile turbine aviation Mobil Jet Oil II (MIL-PRF-23699), bidons 1 qt, 2 400 pcs, pour maintenance aéronautique", "US", 2250, 31000, qty=2400)], transport="air", note="jet oil declared as aviation turbine oil for an airline's maintenance in Istanbul", consignee_name="Turkish Technic Inc.")
ordi("10", "2029-11-20", "export", "DE", "KZ", [it("271019", "Motoröl Mobil 1 5W-30 für PKW, Dosen 1 l, 4 000 Stk", "DE", 3500, 28000, qty=4000)], transport="road", note="car engine oil to Kazakhstan")
ordi("11", "2029-11-22", "export", "IT", "GE", [it("271019", "2-stroke oil for jet skis, 1 l bottle, 3 pcs", "IT", 2.7, 45, qty=3)], transport="post", note="jet-ski oil to a private person in Tbilisi", **PP)
ordi("12", "2029-11-24", "export", "FR", "KZ", [it("731815", "Boulons hexagonaux DIN 933 M12, acier zingué, 20 000 pièces", "FR", 1500, 6000, qty=20000)], transport="road", note="ordinary DIN bolts to Kazakhstan")
# ORD-13 changed after the first run: the first row sent triethyl phosphite to the United States
# with no document, but the EU001 general authorisation must be registered and quoted on the
# declaration, so STR-CWC-011's orange was right; the row is now triphenyl phosphite, which no
# schedule lists, in Dutch.
ordi("13", "2029-11-26", "export", "NL", "US", [it("292029", "Trifenylfosfiet, antioxidant voor kunststoffen, vaten, 8 t", "NL", 8000, 22000, qty=40)], note="triphenyl phosphite, not scheduled; Dutch wording")
ordi("14", "2029-11-28", "import", "PL", "DE", [it("381900", "Bremsflüssigkeit DOT 4, Flaschen 1 l, 2 Stk", "PL", 2.1, 16, qty=2)], transport="post", note="car brake fluid to a private person", consignee_name="Frau Julia Wagner")

# ORD-15..17 (added with O1-4 and O2): lawful accessories, one of them counted by the piece to a
# private person, and spray cans of A/C cleaner counted by the carton
ordi("15", "2029-11-29", "import", "CN", "IT", [it("842139", "Filtro disidratatore 3/8 SAE, 200 pz", "CN", 70, 900, cur="USD", qty=200)], note="filter driers at 0.35 kg a piece")
ordi("16", "2029-11-30", "import", "DE", "AT", [it("848190", "Ventileinsätze Schrader für Klimaanlage, 10 Stück", "DE", 0.05, 9, qty=10)], transport="post", note="valve cores to a private person", consignee_name="Herr Markus Huber")
ordi("17", "2029-12-01", "import", "PL", "CZ", [it("340290", "Czyścik do klimatyzacji w sprayu, puszki 400 ml, kartony po 24 szt, 50 kartonów", "PL", 550, 2400, qty=50)], transport="road", note="A/C cleaner spray cans counted by the carton (11 kg a carton)")
ordi("18", "2029-12-02", "export", "NL", "PK", [it("283210", "Natriumsulfiet, voedingskwaliteit, zakken 25 kg, 8 t", "NL", 8000, 6400, qty=320)], note="sodium sulphite (not sulphide), food grade; Dutch wording")
ordi("19", "2029-12-03", "export", "BG", "TR", [it("283323", "Sodyum sülfat, deterjan hammaddesi, 20 t", "BG", 20000, 3000, qty=20)], transport="road", note="sodium sulphate for detergents; Turkish wording")
# ORD-20 (added with STR-AVF-001's 20 kg bound on its private-person branch): a private pilot's
# few quarts of aviation oil
ordi("20", "2029-12-04", "export", "DE", "GE", [it("271019", "AeroShell Oil W100, aviation piston engine oil, 1 US qt, 6 pcs", "US", 5.4, 90, qty=6)], transport="post", note="six quarts of aviation piston-engine oil to a private pilot in Tbilisi", **PP)
perm("1", "2029-11-03", "export", "NL", "PK", [it("292024", "Triethylfosfiet 98 %, vaten 200 kg, 10 t", "NL", 10000, 26000, qty=50, docs=[("EXPORT_LICENCE", "NL-DU-2029-0412")])], domain="strategic", note="triethyl phosphite with its dual-use export licence")
perm("2", "2029-11-05", "export", "FR", "KZ", [it("271019", "Aviation turbine oil AeroShell 560, 1 US qt cans, 1 200 pcs", "GB", 1130, 18000, qty=1200, docs=[("EXPORT_LICENCE", "FR-SBDU-2029-0077")])], transport="air", domain="strategic", note="turbine oil to an airline with an export authorisation")
perm("3", "2029-11-07", "import", "TR", "BG", [it("382478", "Хладилен агент R-410A, бутилки 11,3 кг, 300 бр", "TR", 3390, 9000, qty=300, docs=[("FGAS_QUOTA", "BG-HFC-2029-0188")])], transport="road", domain="ozone", note="R-410A in 11.3 kg cylinders with a quota authorisation; Bulgarian wording")
probes.write(HERE, "dev23-b")
