#!/usr/bin/env python3
"""Writes the round-thirty (a) development probes for explosive precursors and strategic and
dual-use goods (dev30-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand,
worded differently from blind37's and blind38's rows; the note says which family it belongs to
and what betrays it. Families: T shock tube (detonating signal tube) as plastic tubing; K
detonators as electrical connectors, terminals or plugs; C a chlorate or perchlorate named by its
CAS number under another name or code; N nitromethane fuel far above any model fuel under a
fuel code; M a perchlorate under a medical story to a firm that makes no medicine; F atomic
frequency standards as telecom parts to a re-export hub; G gold recast in a hub as recycled
gold; A aviation goods for a sanctioned airline through a forwarder; W tungsten heavy alloy by
the hundred kilograms under a sporting-goods code; S machine-tool drives and numerical controls
as parts of other machines to a re-export hub.
The ordinary rows are the lawful twins a careless rule would flag. Written and committed before
the round-thirty (a) rules were run on it (docs/profile-packs.md, "Round thirty (a)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D30A", "930")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PRE, STR = dict(domain="precursors"), dict(domain="strategic")

# T shock tube as plastic tubing
dis("T1", "2032-09-01", "import", "CN", "RO", [it("391732", "Tub plastic 3 mm, acoperit cu pulbere în interior, 15 role x 1000 m", "CN", 45, 1900, cur="USD", qty=15)], transport="sea", note="T: 3 mm plastic tube coated inside with powder is shock tube; Romanian wording", **PRE)
dis("T2", "2032-09-02", "import", "CN", "PL", [it("391739", "Wąż PE 3,2 mm z proszkiem wewnątrz, do oczek wodnych, 8 rolek", "CN", 30, 1100, cur="USD", qty=8)], transport="road", transit=["KZ", "RU", "BY"], note="T: a 3.2 mm PE tube with powder inside 'for ponds' is shock tube; Polish wording", **PRE)
# K detonators as connectors
dis("K1", "2032-09-03", "transit", "TR", "GE", [it("853690", "Electrical connectors, aluminium shell 7 mm, copper leg wires 3 m, 5,000 pcs", "TR", 210, 11000, qty=5000)], transport="road", transit=["BG", "RO"], note="K: a 7 mm aluminium shell with leg wires is an electric detonator", **PRE)
dis("K2", "2032-09-04", "import", "RS", "HU", [it("853669", "Csatlakozó, alumínium hüvely 6,5 mm, rézvezeték 4 m, 1 500 db", "RS", 70, 3900, qty=1500)], transport="road", note="K: an aluminium sleeve with 4 m copper wires declared as plugs; Hungarian wording", **PRE)
# C chlorate or perchlorate named by its CAS under another name or code
dis("C1", "2032-09-05", "import", "CN", "ES", [it("283990", "Silicato sódico técnico (CAS 7775-09-9), sacos 25 kg, 1.000 kg", "CN", 1000, 1300, cur="USD", qty=40)], transport="sea", note="C: CAS 7775-09-9 is sodium chlorate, here under a silicate name and code; Spanish wording", **PRE)
dis("C2", "2032-09-06", "import", "IN", "DE", [it("283329", "Kaliumsulfat, Düngerzusatz, CAS 7778-74-7, 500 kg", "IN", 500, 900, cur="USD", qty=20)], transport="sea", note="C: CAS 7778-74-7 is potassium perchlorate, named as potassium sulphate; German wording", **PRE)
# N nitromethane far above model fuel
dis("N1", "2032-09-07", "import", "US", "FR", [it("381190", "Additif carburant compétition, nitro 90 %, bidons 20 l, 4 pcs", "US", 90, 1400, cur="USD", qty=4)], transport="air", note="N: '90 % nitro' racing additive is nitromethane (Annex I above 16 %); French wording", consignee_name="M. R. Lefèvre", **PRE)
dis("N2", "2032-09-08", "import", "GB", "DE", [it("271019", "Modellkraftstoff, Nitroanteil 45 %, Kanister 10 l, 5 Stk", "GB", 55, 320, cur="GBP", qty=5)], transport="road", note="N: model fuel with 45 % nitro is far above glow fuel; German wording", consignee_name="Herr J. Vogel", **PRE)
# M perchlorate under a medical story to a firm that makes no medicine
dis("M1", "2032-09-09", "import", "CN", "NL", [it("282990", "Kaliumperchloraat, farmaceutische kwaliteit, voor schildkliertherapie, 40 kg", "CN", 40, 1800, cur="USD", qty=2)], transport="air", importer_name="Delta Handel B.V.", consignee_name="Delta Handel B.V.", note="M: 40 kg potassium perchlorate 'for thyroid therapy' to a trading firm; Dutch wording", **PRE)
# F atomic frequency standards as telecom parts
dis("F1", "2032-09-10", "export", "NL", "KZ", [it("854370", "Rubidium oscillator modules for network timing, 15 pcs", "US", 20, 48000, cur="USD", qty=15)], transport="air", note="F: rubidium oscillators (3A002.g) to a Kazakh reseller", **STR)
dis("F2", "2032-09-11", "export", "DE", "AM", [it("851770", "Telekom-Ersatzteile, Frequenznormal (Atomuhr-Modul), 10 Stk", "CH", 12, 41000, qty=10)], transport="air", note="F: atomic-clock frequency standards as telecom spares to Armenia; German wording", **STR)
# G gold recast in a hub as recycled gold
dis("G1", "2032-09-12", "import", "TR", "DE", [it("710812", "Goldbarren 1 kg, recyceltes Altgold, eingeschmolzen in Istanbul, 8 Stk", "TR", 8, 600000, cur="USD", qty=8)], transport="air", note="G: kilo bars recast in Istanbul from 'old gold' with no refiner: Russian gold circumvention; German wording", **STR)
dis("G2", "2032-09-13", "import", "AM", "FR", [it("710812", "Lingots d'or refondus, or de récupération, 5 x 1 kg", "AM", 5, 380000, cur="USD", qty=5)], transport="air", note="G: remelted recovered-gold bars from Armenia; French wording", **STR)
# A aviation goods for a sanctioned airline
dis("A1", "2032-09-14", "export", "FR", "AE", [it("842139", "Filtres hydrauliques pour avions, 60 pcs", "FR", 40, 18000, qty=60)], transport="air", consignee_name="Iran Air c/o Gulf Aero Supplies FZE", note="A: aircraft filters for Iran Air through a Dubai forwarder; French wording", **STR)
dis("A2", "2032-09-15", "export", "IT", "AM", [it("841191", "Turbine blades, used serviceable, CFM56, 12 pcs", "US", 8, 52000, cur="USD", qty=12)], transport="air", consignee_name="Aeroflot Technics via Yerevan Aero LLC", note="A: engine blades for a Russian airline's technics arm via Armenia", **STR)
# W tungsten under sporting-goods codes
dis("W1", "2032-09-16", "export", "DE", "TR", [it("950790", "Angelgewichte Wolfram, 10-kg-Blöcke, 30 Stk", "DE", 300, 45000, qty=30)], transport="road", note="W: 10 kg tungsten 'fishing weights' to Türkiye: heavy alloy blocks; German wording", **STR)
# S machine-tool drives and controls as parts of other machines
dis("S1", "2032-09-17", "export", "IT", "KZ", [it("844899", "Ricambi per telai tessili: servomotori e controlli CNC, 1 pallet", "IT", 300, 96000, qty=20)], transport="road", transit=["AT", "HU", "RO"], note="S: servo motors and CNC controls at 320 EUR/kg as textile spares to Kazakhstan; Italian wording", **STR)

# ordinary: lawful look-alikes
ordi("1", "2032-09-01", "import", "CN", "DE", [it("391732", "Aquarium-Luftschlauch, Silikon 4/6 mm, 50 Rollen à 100 m", "CN", 60, 900, cur="USD", qty=50)], transport="sea", note="plain aquarium airline tube")
ordi("2", "2032-09-02", "import", "IT", "FR", [it("391740", "Tubes PTFE 3 mm pour chromatographie, 20 rouleaux", "IT", 10, 1500, qty=20)], transport="road", note="small PTFE laboratory tube")
ordi("3", "2032-09-03", "import", "TR", "BG", [it("853690", "Aluminium cable lugs 16 mm², tinned, 5,000 pcs", "TR", 80, 2200, qty=5000)], transport="road", note="aluminium cable lugs")
ordi("4", "2032-09-04", "import", "DE", "PL", [it("853690", "Steckverbinder mit Kupferlitze 2 m, Kunststoffgehäuse, 2 000 Stk", "DE", 90, 4800, qty=2000)], transport="road", note="connectors with a 2 m copper lead and a plastic housing")
ordi("5", "2032-09-05", "import", "NL", "BE", [it("282911", "Sodium chlorate (CAS 7775-09-9), for pulp bleaching, 24 t", "NL", 24000, 16000)], transport="road", importer_name="Papeteries Ardennes S.A.", note="sodium chlorate under its own code to a paper mill")
ordi("6", "2032-09-06", "import", "DE", "AT", [it("282890", "Natriumchlorit 80 % (CAS 7758-19-2), Wasseraufbereitung, 600 kg", "DE", 600, 2100, qty=24)], transport="road", importer_name="Aquatherm GmbH", note="true sodium chlorite with its own CAS")
ordi("7", "2032-09-07", "import", "GB", "NL", [it("271019", "Modelbrandstof, 16 % nitro, 4 l, 12 stuks", "GB", 45, 300, cur="GBP", qty=12)], transport="road", consignee_name="Particulier", note="16 % glow fuel to a private person")
ordi("8", "2032-09-08", "import", "US", "DE", [it("381190", "Glühzünder-Kraftstoff 25 % Nitro, Modellbau-Fachhandel, 200 l", "US", 220, 1600, cur="USD", qty=50)], transport="sea", importer_name="Modellbau Weber GmbH", note="25 % model fuel to a hobby retailer")
ordi("9", "2032-09-09", "import", "FR", "DE", [it("282990", "Natriumperchlorat-Monohydrat, Ph. Eur., zur Arzneimittelherstellung, 50 kg", "IN", 50, 2500, cur="USD", qty=2)], transport="road", importer_name="Thyromed Pharma GmbH", note="sodium perchlorate from an EU distributor to a licensed drug maker")
ordi("10", "2032-09-10", "export", "DE", "AE", [it("851770", "Timing modules for base stations, OCXO, 40 pcs", "DE", 10, 14000, qty=40)], transport="air", importer_name="Emirates Integrated Telecommunications Co", note="OCXO timing modules to a UAE operator")
ordi("11", "2032-09-11", "export", "CH", "US", [it("854370", "Rubidium frequency standards, 10 pcs", "CH", 12, 32000, qty=10)], transport="air", note="rubidium standards to the US: no hub")
ordi("12", "2032-09-12", "import", "CH", "IT", [it("710812", "Lingotti d'oro 1 kg, oro riciclato, LBMA good delivery, 10 pz", "CH", 10, 750000, cur="USD", qty=10)], transport="air", note="recycled-gold kilo bars from a Swiss LBMA refiner")
ordi("13", "2032-09-13", "import", "AE", "DE", [it("710812", "Goldbarren 1 kg, LBMA Good Delivery, Raffinerie Dubai, 10 Stk", "AE", 10, 760000, cur="USD", qty=10)], transport="air", note="LBMA good delivery bars from a Dubai refiner")
ordi("14", "2032-09-14", "export", "DE", "TR", [it("401130", "Luftfahrtreifen, neu, 27x7.75R15, 40 Stück", "DE", 900, 36000, qty=40)], transport="road", consignee_name="Turkish Technic Inc.", note="aircraft tyres to a Turkish MRO")
ordi("15", "2032-09-15", "export", "AT", "JP", [it("950639", "Golf club weights, tungsten, 5 g, 20,000 pcs", "AT", 100, 30000, qty=20000)], transport="air", note="gram tungsten golf weights to Japan")
ordi("16", "2032-09-16", "export", "DE", "UZ", [it("844839", "Ersatzteile für Spinnmaschinen, Spindeln und Lager, 2 Paletten", "DE", 800, 28000, qty=400)], transport="road", note="textile spares to Uzbekistan at a spare's price")
ordi("17", "2032-09-17", "export", "IT", "TR", [it("844899", "Ricambi per telai, motori e schede di controllo, 3 pallet", "IT", 1200, 54000, qty=60)], transport="road", note="loom spares with motors and control boards at 45 EUR/kg")

# permitted with their documents
perm("1", "2032-09-01", "export", "SE", "NO", [it("360300", "Shock tube detonators, non-electric, UN 0360, 2,000 pcs", "SE", 120, 14000, qty=2000, docs=[("TRANSFER_LICENCE", "SE-MSB-2032-0211")])], transport="road", note="non-electric detonators with the transfer licence", **PRE)
perm("2", "2032-09-02", "export", "DE", "KZ", [it("854370", "Rubidium frequency standards, 4 pcs", "DE", 5, 12000, qty=4, docs=[("EXPORT_LICENCE", "DE-BAFA-2032-0811")])], transport="air", note="rubidium standards with the export licence", **STR)
perm("3", "2032-09-03", "export", "FR", "TR", [it("841191", "Turbine blades CFM56, 8 pcs", "US", 5, 40000, cur="USD", qty=8, docs=[("EXPORT_LICENCE", "FR-SBDU-2032-0412")])], transport="air", consignee_name="Pegasus Airlines", note="engine blades to a Turkish airline with its licence", **STR)
probes.write(HERE, "dev30-a")
