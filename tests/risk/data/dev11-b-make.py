#!/usr/bin/env python3
"""Writes the round-eleven development probes for waste (Basel), ozone-depleting substances
and wildlife (CITES) (dev11-b-{disguised,ordinary,permitted}.ndjson). Every row is written
out by hand, worded differently from blind8's rows and mostly in languages of the trade
routes; the note says which modus operandi family it belongs to and what betrays it.
Written and committed before the round-eleven rules were run on it (docs/profile-packs.md,
"Round eleven: waste (Basel), ozone-depleting substances and HFCs, wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D11B", "911")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# W1 battery black mass (shredded lithium-ion cells, A1170) declared as graphite, carbon or a
# metal powder "from recycling"
dis("W1-1", "2027-09-01", "export", "FR", "IN", [it("250490", "Poudre de graphite recyclée issue de batteries, big bags, 18 t", "FR", 18000, 5400)], domain="waste", note="W1: graphite 'from batteries' is black mass (Co, Ni, Li; A1170); French wording")
dis("W1-2", "2027-09-02", "export", "PL", "VN", [it("380190", "Proszek węglowy z recyklingu akumulatorów, worki big bag, 22 t", "PL", 22000, 3300)], domain="waste", note="W1: carbon powder from battery recycling is black mass; Polish wording")
dis("W1-3", "2027-09-03", "export", "NL", "CN", [it("282200", "Kobaltoxide-houdend poeder, geshredderde Li-ion cellen, 20 t", "NL", 20000, 60000)], domain="waste", note="W1: a cobalt oxide 'powder' of shredded cells is black mass, not a cobalt oxide; Dutch wording")
# W2 crushed lamps, fluorescent tubes or CRT glass (mercury, phosphors, lead; A1030, A2010) as cullet
dis("W2-1", "2027-09-04", "export", "IT", "TN", [it("700100", "Rottame di vetro da lampade al neon frantumate, big bag, 16 t", "IT", 16000, 320)], domain="waste", note="W2: crushed neon / fluorescent lamps carry mercury and phosphors; Italian wording")
dis("W2-2", "2027-09-05", "export", "DE", "TR", [it("700100", "Glasbruch aus Bildröhren, Konusglas, 24 t", "DE", 24000, 480)], domain="waste", note="W2: CRT cone glass is lead glass (A2010); German wording")
dis("W2-3", "2027-09-06", "export", "FR", "SN", [it("700100", "Calcin de verre, lampes à décharge broyées, 12 t", "FR", 12000, 240)], domain="waste", note="W2: crushed discharge lamps as cullet; French wording")
# W3 populated circuit boards and e-waste (A1180) as copper, aluminium or precious-metal scrap
dis("W3-1", "2027-09-07", "export", "ES", "HK", [it("740400", "Chatarra de cobre, tarjetas electrónicas con componentes, 14 t", "ES", 14000, 9800)], domain="waste", note="W3: populated electronic boards as copper scrap; Spanish wording")
dis("W3-2", "2027-09-08", "export", "DE", "MY", [it("711299", "Edelmetallschrott, bestückte Leiterplatten, 8 t", "DE", 8000, 24000)], domain="waste", note="W3: populated boards as precious-metal scrap; German wording")
dis("W3-3", "2027-09-09", "export", "IT", "PK", [it("760200", "Rottami di alluminio con schede elettroniche, 18 t", "IT", 18000, 9000)], domain="waste", note="W3: aluminium scrap with electronic boards; Italian wording")
# O1 methyl bromide under a pesticide or chemical code by a ratio, a trade name or another language
dis("O1-1", "2027-09-10", "import", "MA", "ES", [it("380892", "Fumigante de suelo bromuro de metilo 98 %, cilindros 50 kg, 40 uds", "MA", 2000, 16000, cur="USD", qty=40)], domain="ozone", importer_name="Agrícola Almería SL", note="O1: methyl bromide for soil, banned in the EU, under the fungicide code; Spanish wording")
dis("O1-2", "2027-09-11", "import", "CN", "PL", [it("380891", "Środek do gazowania gleby 'Bromometan 98', butle 40 kg, 50 szt", "CN", 2000, 14000, cur="USD", qty=50)], domain="ozone", note="O1: bromomethane under the insecticide code; Polish wording")
dis("O1-3", "2027-09-12", "import", "TR", "GR", [it("380899", "Soil fumigant MBr/Pic 70/30, 45 kg cylinders, 30 pcs", "TR", 1350, 9000, cur="USD", qty=30)], domain="ozone", transport="road", note="O1: MBr/Pic 70/30 is methyl bromide 70 % with chloropicrin; a soil fumigant in gas cylinders")
# L1 CITES plants (wild orchids, cycads, cacti) by vernacular names, bare-rooted, by post
dis("L1-1", "2027-09-13", "import", "VN", "DE", [it("060290", "Lan rừng tự nhiên, hài đốm, cây giống, 300 cây", "VN", 9, 300, cur="USD", qty=300)], domain="wildlife", transport="post", note="L1: wild forest orchids (lan rừng, hài = Paphiopedilum, I); Vietnamese wording", **PP)
dis("L1-2", "2027-09-14", "import", "ID", "NL", [it("060290", "Anggrek alam hutan, kantong semar, 200 batang", "ID", 6, 200, cur="USD", qty=200)], domain="wildlife", transport="post", note="L1: wild forest orchids and pitcher plants (Nepenthes, II) collected in the wild; Malay/Indonesian wording", **PP)
dis("L1-3", "2027-09-15", "import", "CN", "GB", [it("060290", "野生兜兰苗, 裸根, 400株", "CN", 12, 400, cur="USD", qty=400)], domain="wildlife", transport="post", note="L1: wild slipper orchids (兜兰) bare-rooted; Chinese wording", **PP)
# L2 helmeted hornbill casque as "bird ivory", "red ivory", "golden jade" or 鹤顶红
dis("L2-1", "2027-09-16", "import", "HK", "DE", [it("711790", "鹤顶红雕刻吊坠, 20件", "ID", 1, 6000, cur="USD", qty=20)], domain="wildlife", transport="post", note="L2: 鹤顶红 (crane-top red) is the trade name of helmeted hornbill casque (I); Chinese wording", **PP)
dis("L2-2", "2027-09-17", "import", "TH", "FR", [it("960200", "Ivoire rouge sculpté, perles de casque, 15 pièces", "ID", 0.6, 4500, cur="USD", qty=15)], domain="wildlife", transport="air", note="L2: 'red ivory' beads of casque are helmeted hornbill; French wording", **PP)
# L3 queen conch meat or pearls under another code by a local name
dis("L3-1", "2027-09-18", "import", "DO", "ES", [it("030799", "Carne de lambí congelada, 400 kg", "DO", 400, 6000, cur="USD")], domain="wildlife", importer_name="Sabores del Caribe SL", note="L3: lambí is queen conch (II) under 'other molluscs'; Spanish wording")
dis("L3-2", "2027-09-19", "import", "JM", "GB", [it("160558", "Conch meat, cooked, frozen, 250 kg", "JM", 250, 3750, cur="USD")], domain="wildlife", note="L3: conch meat under prepared molluscs, no permit")
dis("L3-3", "2027-09-20", "import", "CO", "IT", [it("030791", "Caracol pala limpio congelado, 300 kg", "CO", 300, 4200, cur="USD")], domain="wildlife", note="L3: caracol pala is queen conch; Spanish wording")
# L4 agarwood oil or chips by Arabic, Malay, Vietnamese, Hindi names
dis("L4-1", "2027-09-21", "import", "IN", "AE", [it("330129", "عطر عود كمبودي أصلي، زيت، 2 كغ", "KH", 2, 40000, cur="USD")], domain="wildlife", transport="air", importer_name="Al Oud Perfumes LLC", note="L4: genuine Cambodian oud oil at 20 000 USD/kg is agarwood (Aquilaria, II); Arabic wording")
dis("L4-2", "2027-09-22", "import", "MY", "SA", [it("121190", "Kayu gaharu kelas super, serpihan, 10 kg", "MY", 10, 30000, cur="USD")], domain="wildlife", transport="air", note="L4: gaharu chips super grade; Malay wording")
dis("L4-3", "2027-09-23", "import", "VN", "TW", [it("440399", "Trầm hương tự nhiên, khúc gỗ, 25 kg", "VN", 25, 50000, cur="USD")], domain="wildlife", transport="air", note="L4: natural trầm hương (agarwood) logs; Vietnamese wording")
# O2 HCFC-22 / CFC refrigerant named in Russian, Chinese, Turkish in refillable cylinders
dis("O2-1", "2027-09-24", "import", "UA", "PL", [it("382478", "Хладон-22, балони 13,6 кг, 100 шт", "CN", 1360, 5000, cur="USD", qty=100)], domain="ozone", transport="road", note="O2: хладон-22 is HCFC-22; Russian wording")
dis("O2-2", "2027-09-25", "import", "CN", "IT", [it("382478", "二氟一氯甲烷 制冷剂, 钢瓶 22.7 kg, 200 瓶", "CN", 4540, 14000, cur="USD", qty=200)], domain="ozone", note="O2: 二氟一氯甲烷 is chlorodifluoromethane (HCFC-22); Chinese wording")

# lawful look-alikes
ordi("1", "2027-09-01", "import", "CN", "DE", [it("250490", "Naturgraphit, Flocken, 94 % C, Big Bags, 20 t", "CN", 20000, 19000, cur="USD")], note="natural flake graphite at its price")
ordi("2", "2027-09-02", "import", "JP", "FR", [it("380110", "Graphite synthétique pour anodes de batteries, 10 t", "JP", 10000, 80000, cur="USD")], note="battery-grade synthetic graphite at its price")
ordi("3", "2027-09-03", "export", "DE", "PL", [it("700100", "Glasbruch, Behälterglas, farbsortiert, 24 t", "DE", 24000, 1900)], transport="road", note="sorted container cullet within the EU")
ordi("4", "2027-09-04", "import", "CN", "NL", [it("853931", "Lampade fluorescenti compatte nuove, 5000 pz", "CN", 500, 6000, cur="USD", qty=5000)], note="new fluorescent lamps")
ordi("5", "2027-09-05", "export", "ES", "DE", [it("740400", "Chatarra de cobre, cable pelado nº 1, 20 t", "ES", 20000, 130000)], transport="road", note="clean copper scrap in the EU")
ordi("6", "2027-09-06", "import", "CN", "DE", [it("853400", "Leiterplatten, unbestückt, neu, 50000 Stück", "CN", 2000, 30000, cur="USD", qty=50000)], note="new bare circuit boards")
ordi("7", "2027-09-07", "import", "IL", "NL", [it("380892", "Fungicide, metalaxyl 25 % WP, 20 kg drums, 100 drums", "IL", 2000, 18000, cur="USD", qty=100)], note="an ordinary fungicide")
ordi("9", "2027-09-09", "import", "NL", "FR", [it("060290", "Orchidées Phalaenopsis en pot, cultivées, 2000 pièces", "NL", 2000, 9000, qty=2000)], transport="road", note="nursery Phalaenopsis within the EU")
ordi("10", "2027-09-10", "import", "TH", "DE", [it("060290", "Orchid seedlings in flasks, artificially propagated, 100 flasks", "TH", 30, 800, cur="USD", qty=100, docs=[("PHYTOSANITARY", "TH-PH-2027-88")])], transport="air", note="flasked seedlings are exempt from CITES controls")
ordi("11", "2027-09-11", "import", "CN", "FR", [it("711790", "Bijoux fantaisie en résine rouge, pendentifs, 2000 pièces", "CN", 40, 1200, cur="USD", qty=2000)], note="red resin costume jewellery")
ordi("12", "2027-09-12", "import", "CN", "GB", [it("030799", "Frozen squid, cleaned, 5 t", "CN", 5000, 15000, cur="USD")], note="ordinary molluscs")
ordi("13", "2027-09-13", "import", "AE", "FR", [it("330300", "Eau de parfum oud, 100 ml, 600 flacons", "AE", 120, 9000, cur="USD", qty=600)], note="oud-note perfume (synthetic accord) in retail bottles")
ordi("14", "2027-09-14", "import", "IN", "GB", [it("330129", "Oud fragrance oil, synthetic, 25 kg drum", "IN", 25, 1500, cur="USD", qty=1)], note="a synthetic oud fragrance compound at its price")
ordi("15", "2027-09-15", "import", "CN", "PL", [it("382478", "Czynnik chłodniczy R-410A, butle 11,3 kg, 100 szt", "CN", 1130, 6000, cur="USD", qty=100, docs=[("F_GAS_QUOTA", "PL-FG-2027-12")])], note="HFC blend with its quota")

# permitted shipments with their documents
perm("1", "2027-09-01", "export", "DE", "BE", [it("854900", "Schwarzmasse aus Li-Ionen-Batterien, 20 t", "DE", 20000, 40000, docs=[("BASEL_CONSENT", "DE-BE-2027-0441")])], transport="road", domain="waste", note="black mass to a Belgian refiner with its consent")
perm("2", "2027-09-02", "import", "TH", "NL", [it("060290", "Paphiopedilum hybrids, artificially propagated, 200 plants", "TH", 10, 1800, cur="USD", qty=200, docs=[("CITES_PERMIT", "TH-2027-A-1182")])], transport="air", domain="wildlife", note="nursery slipper orchids with a CITES permit")
perm("3", "2027-09-03", "import", "IN", "AE", [it("330129", "Agarwood oil, plantation Aquilaria, 1 kg", "IN", 1, 12000, cur="USD", docs=[("CITES_PERMIT", "IN-2027-AQ-077")])], transport="air", domain="wildlife", note="plantation agarwood oil with its permit")
perm("4", "2027-09-04", "import", "IL", "US", [it("290361", "Methyl bromide 100 %, quarantine and pre-shipment use, 680 kg cylinders, 4", "IL", 2720, 19000, cur="USD", qty=4, docs=[("ODS_LICENCE", "US-QPS-2027-19")])], domain="ozone", note="QPS methyl bromide under licence")

# corrected after the first run: methyl bromide's own subheading is 2903.61 (HS 2022), not
# 2903.39, and a laboratory standard is imported under an ODS licence (Regulation (EU)
# 2024/590), so the former ordinary row 8 is a permitted shipment
perm("5", "2027-09-08", "import", "US", "DE", [it("290361", "Bromomethane analytical standard, 1 ml ampoules, 10 pcs", "US", 0.1, 400, cur="USD", qty=10, docs=[("ODS_LICENCE", "DE-ODS-LAB-2027-03")])], transport="air", domain="ozone", importer_name="LabStandards GmbH", note="a laboratory standard under its own code and licence")

probes.write(HERE, "dev11-b")
