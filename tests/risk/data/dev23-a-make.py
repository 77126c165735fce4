#!/usr/bin/env python3
"""Writes the round-twenty-three (a) development probes for explosive precursors and waste
(Basel) (dev23-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand,
worded differently from blind22's rows; the note says which modus operandi family it belongs
to and what betrays it. The ordinary rows include lawful private-person consignees and lawful
look-alikes that use the controlled word in a lawful sense. Written and committed before the
round-twenty-three (a) rules were run on it (docs/profile-packs.md, "Round twenty-three (a):
explosive precursors and waste (Basel)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D23A", "923")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# P1 flash-grade metal powder (dark/pyro aluminium flake, magnalium, magnesium) declared as
# graphite, a pigment, a lubricant or a paint, often by post to a person (EU 2019/1148 Annex II)
dis("P1-1", "2029-12-01", "import", "CN", "DE", [it("250490", "Graphitpulver für Schlösser, Pyroschliff, Aluminiumgehalt 92 %, 20 kg", "CN", 20, 160, cur="USD", qty=4)], transport="post", domain="precursors", note="P1: 'Pyroschliff' is pyro-grade aluminium, not graphite; German wording, to a person", consignee_name="Herr Dieter Vogt")
dis("P1-2", "2029-12-02", "import", "CN", "GB", [it("320649", "Black pigment powder for nail art, German dark aluminium, 3 micron, 12 kg", "CN", 12, 110, cur="USD", qty=6)], transport="express", domain="precursors", note="P1: German dark aluminium flake as nail-art pigment: 12 kg to a private person", consignee_name="Ms Kerry Lowe")
dis("P1-3", "2029-12-03", "import", "PL", "FR", [it("340399", "Poudre lubrifiante sèche, magnalium 50/50, 325 mesh, 10 kg", "PL", 10, 150)], transport="post", domain="precursors", note="P1: magnalium (Mg/Al alloy powder) is not a lubricant; French wording, to a person", consignee_name="M. Kevin Marchal")
dis("P1-4", "2029-12-04", "import", "CN", "PL", [it("321290", "Pigment metaliczny ciemny, alu pyro, płatki 5 µm, 8 kg", "CN", 8, 70, cur="USD")], transport="express", domain="precursors", note="P1: 'alu pyro' dark flake as a metallic pigment; Polish wording, to a person", consignee_name="Pan Tomasz Wróbel")
# P2 nitrate, chlorate or perchlorate at a purity no food, curing, salt or fertiliser product
# has, declared under a food, salt or other product code (EU 2019/1148 Annexes I and II)
dis("P2-1", "2029-12-05", "export", "IT", "AL", [it("250100", "Sale per salumi, nitrato di potassio 98 %, sacchi 25 kg, 400 kg", "IT", 400, 520)], transport="road", domain="precursors", note="P2: curing salt is NaCl with a trace of nitrite, not 98 % KNO3; Italian wording", consignee_name="Macelleria Hoxha sh.p.k.")
dis("P2-2", "2029-12-06", "import", "TR", "BG", [it("210390", "Seasoning salt, sodium chlorate 99 %, 200 kg", "TR", 200, 300)], transport="road", domain="precursors", note="P2: sodium chlorate (Annex I) as a seasoning")
dis("P2-3", "2029-12-07", "export", "PL", "UA", [it("250100", "Sól peklowa, azotan sodu 99,5 %, 300 kg", "PL", 300, 360)], transport="road", domain="precursors", note="P2: 99.5 % sodium nitrate as curing salt; Polish wording")
dis("P2-4", "2029-12-08", "import", "CN", "NL", [it("310590", "Kunstmest voor cactussen, kaliumperchloraat 99 %, 50 kg", "CN", 50, 250, cur="USD")], transport="express", domain="precursors", note="P2: potassium perchlorate is no fertiliser; Dutch wording, to a person", consignee_name="Dhr. Bram de Wit")
# W1 smelter and refinery residues (spent pot lining, cathode carbon, salt slag, black dross)
# declared as reusable refractories, carbon or raw materials (Basel A4050/Y33/Y32, EU LoW
# 16 11 01*, 10 03 08*, 10 03 09*; Regulation (EU) 2024/1157 Art. 39)
dis("W1-1", "2029-12-09", "export", "NO", "IN", [it("380190", "Recovered carbon cathode blocks from potline, for reuse as carbon raiser, 22 t", "NO", 22000, 1760, cur="USD")], domain="waste", note="W1: 'recovered' cathode carbon from a potline is spent pot lining")
dis("W1-2", "2029-12-10", "export", "ES", "MA", [it("690210", "Ladrillos refractarios recuperados del revestimiento de cubas electrolíticas, 20 t", "ES", 20000, 1200)], domain="waste", note="W1: cell lining bricks recovered from electrolysis pots; Spanish wording")
dis("W1-3", "2029-12-11", "export", "DE", "UA", [it("382499", "Flussmittel, Salzschlacke aus Aluminiumumschmelzwerk, granuliert, 25 t", "DE", 25000, 750)], transport="road", domain="waste", note="W1: salt slag from secondary aluminium (10 03 08*) as a flux; German wording")
dis("W1-4", "2029-12-12", "export", "IT", "TN", [it("262040", "Schiumature nere di alluminio, materia prima per acciaieria, 18 t", "IT", 18000, 900)], domain="waste", note="W1: black dross (10 03 09*) as a steelworks raw material; Italian wording")
# W2 (further family) electric-arc-furnace and galvanising dusts or plating sludge as a zinc
# oxide or metal concentrate; W3 (further family) incinerator bottom ash or fly ash as a
# construction aggregate or cement additive
dis("W2-1", "2029-12-13", "export", "BE", "TR", [it("261900", "Zinc oxide feed, EAF filter dust, Zn 24 %, Pb 3 %, 25 t", "BE", 25000, 2500)], domain="waste", note="W2: electric-arc furnace dust (A1080) as zinc oxide feed")
dis("W2-2", "2029-12-14", "export", "FR", "SN", [it("251710", "Granulats de mâchefers d'incinération, sous-couche routière, 30 t", "FR", 30000, 300)], domain="waste", note="W3: incinerator bottom ash as road aggregate; French wording")
# P3 (further family) nitromethane or hydrazine at a fuel's purity under a fuel-additive or
# model-fuel code to a person
dis("P3-1", "2029-12-15", "import", "US", "SE", [it("381190", "Additive for model engines, nitromethane 96 %, 20 l", "US", 22, 300, cur="USD")], transport="express", domain="precursors", note="P3: nitromethane over 16 % (Annex I) to a person as an additive", consignee_name="Erik Lindqvist")

PP = dict(consignee_name="Private person")
# ordinary: lawful look-alikes and private persons
ordi("1", "2029-12-01", "import", "DE", "FR", [it("380110", "Graphite en poudre pour serrures, tubes 10 g, 50 pièces", "DE", 0.5, 60, qty=50)], transport="post", note="real lock graphite to a person", consignee_name="M. Louis Perrin")
ordi("2", "2029-12-02", "import", "JP", "DE", [it("380110", "Pyrolytic graphite sheet, heat spreader, 0.1 mm, 200 pcs", "JP", 2, 900, cur="USD", qty=200)], transport="air", note="'pyro' in pyrolytic graphite")
ordi("3", "2029-12-03", "import", "CN", "IT", [it("321290", "Pasta di alluminio non-leafing, Al 65 % in solvente, per vernici auto, 2 t", "CN", 2000, 9000, cur="USD")], note="aluminium paste for car paints to a paint maker")
ordi("4", "2029-12-04", "import", "KR", "GB", [it("320649", "Chrome mirror nail powder, 1 g jars, 100 pcs", "KR", 0.3, 150, cur="USD", qty=100)], transport="post", note="nail-art powder in grams to a person", consignee_name="Ms Jade Foster")
# ORD-5 changed after the first run: its first code, 810430, is magnesium powder, turnings and
# granules, which PRE-A2-006 rightly asks about by post; a fire-starter rod is an article, 8104.90.
ordi("5", "2029-12-05", "import", "US", "NL", [it("810490", "Magnesium fire starter rod with striker, 20 pcs", "US", 1.2, 90, cur="USD", qty=20)], transport="post", note="camping fire-starter to a person", consignee_name="Dhr. Sem Visser")
ordi("6", "2029-12-06", "export", "DE", "BA", [it("250100", "Nitritpökelsalz, Natriumnitrit 0,5 %, Säcke 25 kg, 500 kg", "DE", 500, 350)], transport="road", note="real nitrite curing salt to a butcher", consignee_name="Mesnica Begić d.o.o.")
ordi("7", "2029-12-07", "import", "US", "GB", [it("210390", "Prague powder #1, curing salt, sodium nitrite 6.25 %, 1 lb", "US", 0.45, 12, cur="USD")], transport="post", note="pink curing salt to a person", consignee_name="Mr Owen Hughes")
ordi("8", "2029-12-08", "import", "CL", "ES", [it("283421", "Nitrato potásico 99 %, grado fertilizante 13-0-46, 25 t", "CL", 25000, 17500, cur="USD")], note="fertiliser-grade potassium nitrate under its own code to a fertiliser firm", consignee_name="Fertiberia S.A.")
ordi("9", "2029-12-09", "import", "PT", "FR", [it("250100", "Sel marin 99 % NaCl, sacs 25 kg, 1 t", "PT", 1000, 300)], transport="road", note="sea salt with its NaCl purity")
ordi("10", "2029-12-10", "import", "DE", "AT", [it("330610", "Zahnpasta für empfindliche Zähne, Kaliumnitrat 5 %, 75 ml, 500 Stück", "DE", 50, 600, qty=500)], transport="road", note="toothpaste with potassium nitrate")
ordi("11", "2029-12-11", "export", "FR", "MA", [it("690220", "Briques réfractaires neuves, alumine 70 %, palettes, 20 t", "FR", 20000, 18000)], note="new refractory bricks at their price")
ordi("12", "2029-12-12", "export", "DE", "IN", [it("380190", "Graphitized cathode blocks, new, for aluminium smelter relining project, 40 t", "DE", 40000, 160000)], note="new cathode blocks for relining, at their price")
ordi("13", "2029-12-13", "export", "DE", "NL", [it("262040", "Aluminium skimmings, Al 60 %, B1100, 20 t", "DE", 20000, 16000)], transport="road", note="aluminium skimmings (not salt slag) inside the EU at a metal price")
ordi("14", "2029-12-14", "import", "IT", "DE", [it("690210", "Schamottesteine für Pizzaofen, neu, 40 Stück, 120 kg", "IT", 120, 180, qty=40)], transport="road", note="new firebricks for a pizza oven to a person", consignee_name="Herr Markus Schäfer")
ordi("15", "2029-12-15", "export", "NL", "TR", [it("281700", "Zinc oxide 99.7 %, French process, rubber grade, 20 t", "NL", 20000, 56000)], note="zinc oxide at its grade and price")
ordi("16", "2029-12-16", "import", "US", "DE", [it("381190", "Modellkraftstoff 16 % Nitromethan, 10 % Öl, 4 l", "US", 3.6, 60, cur="USD")], transport="post", note="glow fuel with 16 % nitromethane to a person", consignee_name="Herr Felix Roth")
ordi("17", "2029-12-17", "import", "DE", "PL", [it("250490", "Grafit płatkowy naturalny, 94 % C, 25 kg", "CN", 25, 80)], transport="road", note="natural flake graphite with its carbon content")
# written after the first run, when the rules had been written: a red-mud disguise and three
# look-alikes of the new rules' words (chlorate under its own code, neutralised bauxite residue,
# a 'Pyro' trade name on a lawful good)
dis("W1-5", "2029-12-18", "export", "GR", "EG", [it("260112", "Iron-rich red mud, Fe2O3 40 %, pH 12.8, for sintering, 25 t", "GR", 25000, 500)], domain="waste", note="W1: caustic bauxite residue (pH over 11.5, not B2110) as iron ore feed")
ordi("18", "2029-12-18", "import", "FI", "SE", [it("282911", "Sodium chlorate 99 %, crystals, for pulp bleaching, 25 t", "FI", 25000, 15000)], transport="road", note="sodium chlorate under its own code to a pulp mill")
ordi("19", "2029-12-19", "export", "IE", "NO", [it("262190", "Bauxite residue, neutralised to pH 9 (B2110), for soil trials, 10 t", "IE", 10000, 300)], note="neutralised red mud, green-listed B2110, inside the OECD")
ordi("20", "2029-12-20", "import", "US", "GB", [it("340391", "Pyro dry-film lubricant spray for firearms, 12 x 400 ml", "US", 5, 140, cur="USD", qty=12)], transport="post", note="a lubricant whose trade name is 'Pyro'", consignee_name="Mr Neil Carter")

perm("1", "2029-12-01", "export", "NO", "DE", [it("380190", "Spent pot lining, first cut, for treatment, 22 t", "NO", 22000, 100, docs=[("BASEL_CONSENT", "NO-DE-2029-0512")])], domain="waste", note="SPL to a German treatment plant with its consent")
perm("2", "2029-12-02", "import", "DE", "FR", [it("760310", "Aluminium powder, dark pyro grade, 5 µm, 50 kg", "DE", 50, 900, docs=[("EXPLOSIVES_LICENCE", "FR-ART-2029-0077")])], transport="road", domain="precursors", note="pyro aluminium to a licensed fireworks maker", consignee_name="Ruggieri Artifices S.A.S.")
probes.write(HERE, "dev23-a")
