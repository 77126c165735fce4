#!/usr/bin/env python3
"""Writes the round-twenty-nine (c) development probes for ozone-depleting substances and HFCs
(dev29-c-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind35's and blind36's rows; the note says which modus operandi family it
belongs to and what betrays it. The ordinary rows hold lawful look-alikes of every family
(true hydrofluoroethers and HFOs named by formula, parts that are parts, expansion vessels,
light disposable helium and propane cylinders, equipment whose charge is named by its
R-number) and private persons receiving ordinary goods of these families. Written and committed
before the round-twenty-nine (c) rules were run on it (docs/profile-packs.md, "Round
twenty-nine (c): ozone-depleting substances and HFCs")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D29C", "929", home_by_flow=True, domain="ozone")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# F1 a quota HFC named by its molecular or condensed formula or CAS number under a solvent,
# ether or heat-transfer cover (HFC-365mfc, 245fa, 236fa, 43-10mee, 41)
dis("F1-1", "2032-05-02", "import", "CN", "IT", [it("381400", "Fluorinated precision-cleaning solvent, hydrofluoroether type, CF3CH2CF2CH3, drums 200 kg, 30 pcs", "CN", 6000, 48000, cur="USD", qty=30)], note="F1: CF3CH2CF2CH3 is HFC-365mfc (no oxygen, not an ether); English wording")
dis("F1-2", "2032-05-03", "import", "CN", "FR", [it("290919", "Éther fluoré, fluide caloporteur, C3H3F5, fûts 250 kg, 16 fûts", "CN", 4000, 30000, cur="USD", qty=16)], note="F1: C3H3F5 is HFC-245fa declared as an ether; French wording")
dis("F1-3", "2032-05-04", "import", "CN", "ES", [it("381400", "Disolvente dieléctrico de limpieza, fórmula C3H2F6, bidones 25 kg, 80 uds", "CN", 2000, 21000, cur="USD", qty=80)], transport="sea", note="F1: C3H2F6 is HFC-236fa/ea; Spanish wording")
dis("F1-4", "2032-05-05", "import", "TR", "DE", [it("381900", "Wärmeträgerflüssigkeit für Prüfstände, CAS 406-58-6, Kanister 20 kg, 100 Stück", "TR", 2000, 16000, qty=100)], transport="road", note="F1: CAS 406-58-6 is HFC-365mfc; German wording")
dis("F1-5", "2032-05-06", "import", "CN", "NL", [it("340290", "电子清洗剂 HFE , C5H2F10 , 20 kg 桶 , 60 桶", "CN", 1200, 9000, cur="USD", qty=60)], transport="air", note="F1: C5H2F10 (HFC-43-10mee) called HFE in Chinese; Chinese wording")

# F2 refrigerant cylinders declared as refrigeration, air-conditioning, vehicle or engine parts:
# 'pressurised' parts or 'service bottles' at a refrigerant fill's mass
dis("F2-1", "2032-05-07", "import", "TR", "DE", [it("841899", "Ersatzteile für Kälteanlagen, unter Druck, 13,6 kg je Stück, 400 Stück", "TR", 5440, 9000, qty=400)], transport="road", note="F2: refrigerating 'spares' under pressure at 13.6 kg each; German wording")
dis("F2-2", "2032-05-08", "import", "CN", "FR", [it("840999", "Pièces moteur et climatisation : bouteilles de service 10 kg, 300 pièces", "CN", 3000, 6000, cur="USD", qty=300)], note="F2: 'service bottles' of 10 kg under engine parts; French wording")
dis("F2-3", "2032-05-09", "import", "CN", "IT", [it("841590", "Parti di ricambio per condizionatori, pressurizzate, 11,3 kg cad., 800 pz", "CN", 9040, 26000, cur="USD", qty=800)], note="F2: pressurised AC 'parts' at the R-410A fill; Italian wording")
dis("F2-4", "2032-05-10", "import", "UA", "PL", [it("841490", "Części zamienne sprężarek, pod ciśnieniem, 10,9 kg szt., 250 szt.", "UA", 2725, 5000, cur="USD", qty=250)], transport="road", note="F2: compressor 'spares' under pressure at the R-404A fill; Polish wording")
dis("F2-5", "2032-05-11", "import", "BY", "LT", [it("840991", "Запчасти для автокондиционеров, сервисные баллоны, 300 шт.", "CN", 3300, 6600, cur="USD", qty=300)], transport="road", note="F2: car A/C 'parts' as service cylinders of 11 kg under engine parts by road from Belarus; Russian wording")

# F3 'empty' disposable (non-refillable) cylinders that weigh a refrigerant fill each
dis("F3-1", "2032-05-12", "import", "CN", "FR", [it("731100", "Bouteilles vides jetables non rechargeables, 11,3 kg, 800 pièces", "CN", 9040, 17600, cur="USD", qty=800)], note="F3: disposable cylinders weigh 2-3 kg empty, these 11.3 kg; French wording")
dis("F3-2", "2032-05-13", "import", "TR", "DE", [it("761300", "Einweg-Gasflaschen, leer, 600 Stück", "TR", 6540, 12000, qty=600)], transport="road", note="F3: aluminium one-way bottles at 10.9 kg each; German wording")
dis("F3-3", "2032-05-14", "transit", "TR", "MD", [it("732690", "Disposable steel containers, non-refillable, 1,200 pcs", "CN", 16320, 30000, cur="USD", qty=1200)], transport="road", transit=["BG", "RO"], note="F3: non-refillable containers at 13.6 kg each in transit; English wording")
dis("F3-4", "2032-05-15", "import", "UA", "PL", [it("731100", "Butle jednorazowe puste, 500 szt.", "UA", 6000, 9000, cur="USD", qty=500)], transport="road", note="F3: 'empty' single-use cylinders at 12 kg each; Polish wording")

# F4 equipment pre-charged with a refrigerant named only by a vague blend or 'eco' name
dis("F4-1", "2032-05-16", "import", "CN", "NL", [it("841582", "Rooftop packaged units 30 kW, factory charged with 'eco blend' refrigerant, 20 units", "CN", 9000, 70000, cur="USD", qty=20)], note="F4: a factory charge named 'eco blend' hides an HCFC or unquoted HFC; English wording")
dis("F4-2", "2032-05-17", "import", "IN", "ES", [it("841869", "Enfriadoras de agua 80 kW, precargadas con gas ecológico, 8 uds", "IN", 9600, 64000, cur="USD", qty=8)], note="F4: chillers pre-charged with an 'ecological gas'; Spanish wording")
dis("F4-3", "2032-05-18", "import", "TR", "DE", [it("841869", "Kühlzellenaggregate, werkseitig befüllt mit Kältemittel HC-Gemisch, 40 Stück", "TR", 4800, 40000, qty=40)], transport="road", note="F4: condensing units factory-filled with an 'HC mixture'; German wording")
dis("F4-4", "2032-05-19", "import", "CN", "FR", [it("841510", "Climatiseurs split 7 kW pré-chargés gaz standard, 500 ensembles", "CN", 20000, 90000, cur="USD", qty=500)], note="F4: split units pre-charged with a 'standard gas'; French wording")

# lawful look-alikes
ordi("1", "2032-05-20", "import", "US", "DE", [it("381400", "Hydrofluoroether cleaning fluid, methoxy-nonafluorobutane C4F9OCH3, drums 15 kg, 40 pcs", "US", 600, 36000, cur="USD", qty=40)], transport="air", note="a true HFE named by its formula (oxygen in it)", domain=None)
ordi("2", "2032-05-21", "import", "US", "FR", [it("381400", "Fluide de nettoyage HFO-1336mzz(Z), C4H2F6, fûts 20 kg, 30", "US", 600, 24000, cur="USD", qty=30)], note="an HFO cleaning fluid by its formula (unsaturated, not a quota HFC)", domain=None)
ordi("3", "2032-05-22", "import", "CN", "IT", [it("390469", "Polivinilidenfluoruro PVDF in polvere, (C2H2F2)n, sacchi 25 kg", "CN", 10000, 180000, cur="USD", qty=400)], note="PVDF resin with its monomer formula", domain=None)
ordi("4", "2032-05-23", "import", "CN", "IT", [it("841590", "Parti di ricambio per condizionatori: motori ventilatore e schede elettroniche, 1.200 pz", "CN", 3600, 30000, cur="USD", qty=1200)], note="AC spare parts that are parts", domain=None)
ordi("5", "2032-05-24", "import", "IT", "DE", [it("841899", "Membran-Ausdehnungsgefäße für Kaltwassersätze, unter Druck vorgefüllt, 12 kg, 100 Stück", "IT", 1200, 9000, qty=100)], transport="road", note="pressurised expansion vessels of 12 kg for chillers", domain=None)
ordi("6", "2032-05-25", "import", "CN", "PL", [it("848180", "Zawory serwisowe i manometry do R-32, 300 kpl.", "CN", 450, 6000, cur="USD", qty=300)], transport="road", note="service valves and gauges alone", domain=None)
ordi("7", "2032-05-26", "import", "JP", "FR", [it("840991", "Culasses de moteur, 12 kg, 100 pièces", "JP", 1200, 30000, cur="USD", qty=100)], note="engine cylinder heads at 12 kg each", domain=None)
ordi("8", "2032-05-27", "import", "US", "NL", [it("731100", "Disposable helium balloon cylinders, empty, 1,000 pcs", "US", 2500, 6000, cur="USD", qty=1000)], note="light disposable helium cylinders (2.5 kg)", domain=None)
ordi("9", "2032-05-28", "import", "CN", "DE", [it("732690", "Regale für Einweg-Gasflaschen, Stahl, 18 kg, 50 Stück", "CN", 900, 4000, cur="USD", qty=50)], note="steel racks for disposable cylinders at 18 kg", domain=None)
ordi("10", "2032-05-29", "import", "US", "ES", [it("731100", "Bombonas desechables de propano 465 g, 2.400 uds", "US", 2200, 7200, cur="USD", qty=2400)], note="disposable propane cartridges", domain=None)
ordi("11", "2032-05-30", "import", "CN", "PL", [it("731100", "Butle stalowe wielokrotnego napełniania, puste, 13 kg, 300 szt.", "CN", 3900, 15000, cur="USD", qty=300)], transport="road", note="empty refillable cylinders (not disposable)", domain=None)
ordi("12", "2032-05-31", "import", "IN", "NL", [it("841869", "Chiller units 60 kW, factory charge R-290 (propane), 12 units", "IN", 14400, 110000, cur="USD", qty=12)], note="a propane chiller with its R-number", domain=None)
# Row 13 as first written, split units pre-charged with R-32, was replaced after the first run: OZN-HFC-004
# sends every import into the EU of equipment charged with an HFC to a document check by design (the
# declaration of conformity and the quota of the charge), so it is not trade the packs leave alone.
ordi("13", "2032-06-01", "import", "CN", "PL", [it("841510", "Klimatyzatory przenośne monoblok 2,6 kW, fabrycznie napełnione R-290, 300 kpl.", "CN", 9000, 60000, cur="USD", qty=300)], transport="rail", note="portable units pre-charged with R-290", domain=None)
ordi("14", "2032-06-02", "import", "DE", "AT", [it("841861", "Wärmepumpe 8 kW, werkseitig befüllt mit Propan R290, 1 Stück", "DE", 120, 9000, qty=1)], transport="road", note="one heat pump to a private person", consignee_name="Herr Thomas Berger", domain=None)
ordi("15", "2032-06-03", "import", "US", "FR", [it("381400", "Nettoyant de contacts électroniques, éther fluoré HFE, aérosol 400 ml, 2", "US", 1, 40, cur="USD", qty=2)], transport="post", note="two cans of HFE contact cleaner to a private person", consignee_name="Mme Claire Dubois", domain=None)
ordi("16", "2032-06-04", "import", "CN", "ES", [it("841869", "Enfriadora por absorción 200 kW, bromuro de litio y agua, 2 uds", "CN", 9000, 120000, cur="USD", qty=2)], note="absorption chillers (water, lithium bromide)", domain=None)

# permitted
perm("1", "2032-06-05", "import", "US", "DE", [it("381400", "Heat-transfer fluid C5H2F10 (HFC-43-10mee), drums 200 kg, 10", "US", 2000, 60000, cur="USD", qty=10, docs=[("FGAS_QUOTA", "DE-UBA-32-0611")])], note="HFC-43-10mee under an HFC quota authorisation")
perm("2", "2032-06-06", "import", "CN", "IT", [it("841590", "AC service spares: refrigerant cylinders R-410A 11.3 kg, 100 pcs", "CN", 1130, 9000, cur="USD", qty=100, docs=[("FGAS_QUOTA", "IT-FG-32-0211")])], note="refrigerant cylinders under parts with an HFC quota authorisation")
perm("3", "2032-06-07", "import", "CN", "NL", [it("841582", "Packaged units 30 kW, factory charged with refrigerant blend, 10 units", "CN", 4500, 35000, cur="USD", qty=10, docs=[("FGAS_QUOTA", "NL-FG-32-0099")])], note="pre-charged units with the quota authorisation of their charge")
probes.write(HERE, "dev29-c")
