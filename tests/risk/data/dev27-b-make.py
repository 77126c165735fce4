#!/usr/bin/env python3
"""Writes the round-twenty-seven (b) development probes for cultural property and strategic and
dual-use goods (dev27-b-{disguised,ordinary,permitted}.ndjson). Rows written by hand, worded
differently from blind29's and blind30's rows; the note names the modus operandi family and its
tell. Ordinary rows hold lawful look-alikes of every family (the controlled word used in a lawful
sense) and lawful private-person consignees. Written and committed before the round's rules were
run on it (docs/profile-packs.md, "Round twenty-seven (b)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D27B", "927", home_by_flow=True)
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# C1 gilded and polychrome church carving with saints or angels declared as furniture parts
dis("C1-1", "2031-05-02", "export", "IT", "CH", [it("940390", "Pannelli decorativi per mobili in legno intagliato, dorati e dipinti, con angeli e santi, 4 pz", "IT", 220, 1800, qty=4)], domain="cultural", transport="road", note="C1: gilded painted carved panels with angels and saints are altarpiece parts; Italian wording")
dis("C1-2", "2031-05-03", "export", "PT", "BR", [it("442190", "Wooden furniture fronts, gilt and polychrome, carved apostles, 3 pcs", "PT", 150, 1200, qty=3)], domain="cultural", note="C1: gilt polychrome carved apostles from a Portuguese retable as furniture fronts")
# S1 aircraft wheel brakes as road-vehicle brakes (heat stack, aircraft part number, a price no car part has)
dis("S1-1", "2031-05-04", "export", "FR", "AM", [it("870830", "Disques de frein pour véhicule, empilage carbone, 4 pièces", "FR", 400, 88000, qty=4)], domain="strategic", transport="road", note="S1: carbon brake stack at 22,000 EUR a piece to Armenia; French wording")
dis("S1-2", "2031-05-05", "export", "NL", "AE", [it("870830", "Brake assembly, multi-disc carbon heat pack, P/N 2-1600-2, 2 pcs", "NL", 260, 56000, qty=2)], domain="strategic", note="S1: carbon heat pack with an aircraft P/N to Dubai")
# S2 Russian pig iron, DRI or slabs given the origin of a country with no blast furnace
dis("S2-1", "2031-05-06", "import", "AM", "NL", [it("720110", "Roheisen, unlegiert, Ursprung Armenien, 25 000 t", "AM", 25000000, 10500000, cur="USD")], domain="strategic", note="S2: Armenia has no blast furnace; German wording")
dis("S2-2", "2031-05-07", "import", "AZ", "ES", [it("720310", "Hot briquetted iron (HBI), Fe 90 %, origin Azerbaijan, loaded Baku, 20,000 t", "AZ", 20000000, 7000000, cur="USD")], domain="strategic", note="S2: HBI of Azerbaijani origin; Azerbaijan makes no direct-reduced iron")
dis("S2-3", "2031-05-08", "import", "GE", "IT", [it("720712", "Bramme di acciaio al carbonio, origine Georgia, 15.000 t", "GE", 15000000, 8000000, cur="USD")], domain="strategic", note="S2: slabs of Georgian origin; Georgia casts no slabs; Italian wording")
# S3 NSG/Annex I materials named by grade, with a dimension over the control threshold, to a hub
dis("S3-1", "2031-05-09", "export", "DE", "TR", [it("760429", "Rundstangen Aluminium EN AW-7075 T651, Durchmesser 120 mm, 300 Stück", "DE", 9000, 60000, qty=300)], domain="strategic", transport="road", note="S3: 7075 bar of 120 mm (1C202.a) to Turkey; German wording")
dis("S3-2", "2031-05-10", "export", "FR", "AE", [it("760820", "Aluminium alloy tube 7068, UTS 640 MPa, OD 95 mm, furniture legs, 800 pcs", "FR", 6400, 70000, qty=800)], domain="strategic", note="S3: 7068 tube with a 95 mm OD to the UAE under a furniture cover")
dis("S3-3", "2031-05-11", "export", "IT", "HK", [it("730439", "Tubi in acciaio maraging C300, diametro esterno 90 mm, 100 pz", "IT", 1500, 90000, qty=100)], domain="strategic", note="S3: maraging tube over 75 mm (1C216) to Hong Kong; Italian wording")

# lawful look-alikes
ordi("1", "2031-05-12", "export", "IT", "US", [it("442010", "Statuette in legno intagliato, santi dipinti a mano, nuova produzione Val Gardena, 200 pz", "IT", 200, 9000, qty=200)], note="new hand-painted carved saints from a Val Gardena workshop")
ordi("2", "2031-05-13", "import", "CN", "ES", [it("940360", "Muebles de madera estilo antiguo, acabado dorado, nuevos, 40 pzs", "CN", 1600, 6000, cur="USD", qty=40)], note="new antique-style gilded furniture")
ordi("3", "2031-05-14", "import", "PL", "DE", [it("940390", "Möbelteile Holz, vergoldet, Engelmotiv, Neuware, 30 Stück", "PL", 120, 900, qty=30)], transport="road", note="new gilded furniture parts with an angel motif to a private person", consignee_name="Frau Maria Schneider")
ordi("4", "2031-05-15", "export", "DE", "KZ", [it("870830", "Bremsscheiben Carbon-Keramik für PKW, 4 Stück", "DE", 60, 14000, qty=4)], transport="road", note="car carbon-ceramic brake discs at 3,500 EUR a piece to Kazakhstan")
ordi("5", "2031-05-16", "export", "FR", "AE", [it("870830", "Brake pads and discs for trucks, 200 sets", "FR", 4000, 16000, qty=200)], note="truck brakes to Dubai")
ordi("6", "2031-05-17", "import", "KZ", "IT", [it("720110", "Pig iron, basic, origin Kazakhstan, Temirtau, 20,000 t", "KZ", 20000000, 8400000, cur="USD")], note="Kazakh pig iron (Temirtau has blast furnaces)")
ordi("7", "2031-05-18", "import", "GE", "BG", [it("720241", "Ferrosilicomanganese, origin Georgia, Zestafoni, 3,000 t", "GE", 3000000, 3000000, cur="USD")], note="Georgian ferroalloys (Zestafoni)")
ordi("8", "2031-05-19", "import", "BR", "DE", [it("720110", "Roheisen, Gießereiqualität, Ursprung Brasilien, 30 000 t", "BR", 30000000, 12000000, cur="USD")], note="Brazilian pig iron")
ordi("9", "2031-05-20", "export", "ES", "MA", [it("760820", "Tubos de aluminio 6063 para riego, diámetro 89 mm, 3.000 uds", "ES", 12000, 36000, qty=3000)], note="6063 irrigation pipe of 89 mm to Morocco")
ordi("10", "2031-05-21", "export", "DE", "AE", [it("760429", "Aluminium round bar 7075-T6, diameter 40 mm, 500 pcs", "DE", 2000, 16000, qty=500)], note="7075 bar below 75 mm")
ordi("11", "2031-05-22", "import", "US", "DE", [it("871499", "Fahrradlenker Aluminium 7075, 31,8 mm, 1 Stück", "US", 0.3, 90, cur="USD", qty=1)], transport="post", note="a 7075 bicycle handlebar to a private person", consignee_name="Herr Jonas Weber")
ordi("12", "2031-05-23", "import", "CN", "FR", [it("940360", "Panneaux de meuble en bois, aspect doré, 10 pièces", "CN", 50, 300, cur="USD", qty=10)], transport="post", note="furniture panels with a gold look to a private person", **PP)

# permitted
perm("1", "2031-05-24", "export", "DE", "AE", [it("760820", "Aluminium tubes 7075-T6, OD 100 mm, for aircraft ground equipment, 200 pcs", "DE", 2000, 30000, qty=200, docs=[("EXPORT_LICENCE", "DE-BAFA-31-0777")])], domain="strategic", note="7075 tube over 75 mm with the export authorisation")
perm("2", "2031-05-25", "import", "NO", "DE", [it("282990", "Sodium perchlorate 98 %, feedstock for ammonium perchlorate production, 20 t", "NO", 20000, 30000, docs=[("PRECURSOR_LICENCE", "DE-BKA-31-0102")])], domain="precursors", note="licensed perchlorate feedstock import to a chemical plant", consignee_name="Chemiewerk Nord GmbH")
perm("3", "2031-05-26", "export", "ES", "US", [it("970300", "Retablo barroco, madera dorada y policromada, siglo XVIII, 1 pieza", "ES", 300, 150000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "ES-MC-31-0091")])], domain="cultural", note="a baroque retable exported with its export certificate")
probes.write(HERE, "dev27-b")
