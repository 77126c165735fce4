#!/usr/bin/env python3
"""Writes the round-sixteen (b) development probes for waste (Basel), ozone-depleting
substances and HFCs, and explosive precursors (dev16-b-{disguised,ordinary,permitted}.ndjson). Every row is written out
by hand, worded differently from blind14's rows and mostly in languages of the trade routes;
the note says which modus operandi family it belongs to and what betrays it. The ordinary rows
include lawful private-person consignees receiving ordinary goods of these families and lawful
look-alikes of every family. Written and committed before the round-sixteen (b) rules were run
on it (docs/profile-packs.md, "Round sixteen (b): waste, ozone and precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D16B", "916")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# W1 spent hydroprocessing catalyst (A2030) as alumina, a metal oxide or an ore
dis("W1-1", "2028-09-01", "export", "GB", "EG", [it("281820", "Activated alumina spheres, used, grey, carbon and sulfur deposits, ex hydrocracker, 18 t", "GB", 18000, 1800, cur="GBP")], domain="waste", note="W1: spent hydrocracker catalyst (coke, sulphur) as activated alumina at 0.10 GBP/kg")
dis("W1-2", "2028-09-02", "export", "DE", "IN", [it("282570", "Molybdänoxid-Rückstand, Ni-Mo auf Trägermaterial, verkokt, Fässer, 12 t", "DE", 12000, 2400)], domain="waste", note="W1: coked Ni-Mo catalyst as molybdenum oxide residue; German wording")
dis("W1-3", "2028-09-03", "export", "PT", "BR", [it("262099", "Alumina com níquel e molibdénio, catalisador gasto de hidrotratamento, 20 t", "PT", 20000, 3000)], domain="waste", note="W1: spent hydrotreating catalyst under the metal-bearing residues code to a non-OECD country; Portuguese wording")
# W2 steel-mill or smelter dust (A1080, 10 02 07*) as a zinc or lead concentrate
dis("W2-1", "2028-09-04", "export", "IT", "IN", [it("260800", "Concentrato di zinco in polvere, Zn 30 %, cloruri 4 %, big bag, 25 t", "IT", 25000, 3500)], domain="waste", note="W2: EAF dust as zinc concentrate (30 % Zn, chloride); Italian wording")
dis("W2-2", "2028-09-05", "import", "UA", "PL", [it("260800", "Koncentrat cynku, Zn 22 %, Pb 6 %, pył, 24 t", "UA", 24000, 2900, cur="USD")], domain="waste", transport="rail", note="W2: 22 % zinc dust as concentrate by rail; Polish wording")
dis("W2-3", "2028-09-06", "export", "GB", "MY", [it("260700", "Lead concentrate, fine powder ex smelter baghouse, 20 t", "GB", 20000, 1000, cur="GBP")], domain="waste", note="W2: baghouse dust as lead concentrate at 0.05 GBP/kg")
# W3 shredder light fraction (A3120) as metal scrap
dis("W3-1", "2028-09-07", "export", "DE", "GH", [it("720449", "Stahlschrott gemischt aus Shredderanlage, mit Schaumstoff und Textilien ca. 50 %, 24 t", "DE", 24000, 720)], domain="waste", note="W3: fluff-laden shredder scrap; German wording")
dis("W3-2", "2028-09-08", "export", "ES", "MA", [it("760200", "Chatarra de aluminio mezclada con caucho y espuma, 18 t", "ES", 18000, 900)], domain="waste", transport="road", note="W3: aluminium scrap with rubber and foam at 0.05 EUR/kg; Spanish wording")
dis("W3-3", "2028-09-09", "export", "NL", "NG", [it("720449", "Mixed metal scrap, shredder residue, non-metallic fraction 70 %, 26 t", "NL", 26000, 260)], domain="waste", note="W3: shredder residue at 0.01 EUR/kg as mixed scrap")
# O1 a controlled fluorocarbon by its formula, CAS number, HFA or systematic name under another heading
dis("O1-1", "2028-09-10", "import", "CN", "ES", [it("280469", "Gas técnico tetrafluoroetano, cilindros 13,6 kg, 400 uds", "CN", 5440, 16000, cur="USD", qty=400)], domain="ozone", note="O1: HFC-134a by its systematic name under the rare-gases code; Spanish wording")
dis("O1-2", "2028-09-11", "import", "CN", "NL", [it("281129", "工业气体 二氟甲烷 钢瓶 9.5 公斤 300 瓶", "CN", 2850, 9000, cur="USD", qty=300)], domain="ozone", note="O1: HFC-32 by its Chinese name under inorganic oxygen compounds; Chinese wording")
dis("O1-3", "2028-09-12", "import", "RU", "LV", [it("290919", "Дифторэтан, пропеллент для аэрозолей, 18 т", "RU", 18000, 36000, cur="USD")], domain="ozone", transport="rail", note="O1: HFC-152a as an ether propellant; Russian wording")
dis("O1-4", "2028-09-13", "import", "IN", "DE", [it("281290", "Specialty gas CF3CH2F 99.9 %, cylinders 50 kg, 40 pcs", "IN", 2000, 9000, cur="USD", qty=40)], domain="ozone", transport="air", note="O1: HFC-134a by formula under non-metal halides")
# O2 HFC fills as lighter gas in cylinders no lighter refill comes in
dis("O2-1", "2028-09-14", "import", "TR", "BG", [it("271113", "Çakmak gazı, tüp 13,6 kg, 120 adet", "TR", 1632, 1500, qty=120)], domain="ozone", transport="road", note="O2: 13.6 kg 'lighter gas' cylinders by van; Turkish wording")
dis("O2-2", "2028-09-15", "import", "MA", "ES", [it("271113", "Gas para encendedores, bombonas de 11,3 kg, 60 unidades", "MA", 678, 800, qty=60)], domain="ozone", transport="road", note="O2: R-410A fill as lighter gas; Spanish wording")
dis("O2-3", "2028-09-16", "import", "UA", "SK", [it("271119", "Газ для запальничок, балони 10,9 кг, 50 шт.", "UA", 545, 600, qty=50)], domain="ozone", transport="road", note="O2: R-404A fill as lighter gas; Ukrainian wording")

# P1 (added second, before its rules) rocket-propulsion oxidisers (high-test peroxide, fuming nitric
# acid) for hobby rocketry or small-satellite thrusters, to private persons or under another code
dis("P1-1", "2028-09-17", "import", "US", "DE", [it("284700", "HTP 90, propulsion grade, 20 l, for hybrid rocket motor testing", "US", 24, 900, cur="USD", qty=1)], domain="precursors", transport="express", note="P1: 90 % peroxide for a hobby rocket motor to a private person", consignee_name="Herr Markus Vogel")
dis("P1-2", "2028-09-18", "import", "GB", "NL", [it("382499", "Monopropellant for cubesat thruster trials, 85 %, 10 kg", "GB", 10, 600, cur="GBP", qty=1)], domain="precursors", transport="post", note="P1: 85 % peroxide as a monopropellant by post to a person", consignee_name="Jan de Vries")
dis("P1-3", "2028-09-19", "import", "CN", "PL", [it("382499", "Utleniacz do silnika rakietowego, 25 kg", "CN", 25, 400, cur="USD", qty=1)], domain="precursors", transport="express", note="P1: 'rocket-engine oxidiser' to a private person; Polish wording", consignee_name="Osoba prywatna")
dis("P1-4", "2028-09-20", "import", "US", "ES", [it("280800", "Ácido nítrico fumante blanco para cohetería amateur, 5 l", "US", 7, 300, cur="USD", qty=1)], domain="precursors", transport="post", note="P1: white fuming nitric acid for amateur rocketry; Spanish wording", **PP)
# P2 (added second, before its rules) 'food-grade' (35 %) hydrogen peroxide sold for 'oxygen therapy'
# or drinking, to private persons
dis("P2-1", "2028-09-21", "import", "US", "FR", [it("284700", "Peroxyde d'hydrogène qualité alimentaire, 4 x 3,78 l", "US", 16, 120, cur="USD", qty=4)], domain="precursors", transport="post", note="P2: 'food-grade' peroxide (35 %) by post to a private person; French wording", consignee_name="Mme Claire Martin")
dis("P2-2", "2028-09-22", "import", "US", "DE", [it("284700", "Food grade H2O2 for oxygen therapy, 1 gallon", "US", 4, 45, cur="USD", qty=1)], domain="precursors", transport="express", note="P2: food-grade peroxide for 'oxygen therapy' to a private person", consignee_name="Privatperson")
dis("P2-3", "2028-09-23", "import", "CA", "IT", [it("330499", "Perossido di idrogeno per uso alimentare, 2 galloni", "CA", 8, 70, cur="USD", qty=2)], domain="precursors", transport="post", note="P2: food-grade peroxide under a cosmetics code; Italian wording", consignee_name="Sig. Marco Rossi")

# lawful look-alikes
ordi("01", "2028-09-01", "export", "ES", "IN", [it("281820", "Alúmina calcinada, 99,6 % Al2O3, grado cerámico, big bags, 22 t", "ES", 22000, 12000)], note="fresh calcined alumina at its price")
ordi("02", "2028-09-02", "import", "US", "DE", [it("281820", "Aktiviertes Aluminiumoxid, Trockenmittelperlen, 1 kg", "US", 1, 25, cur="USD", qty=1)], transport="post", note="desiccant alumina beads to a private person", consignee_name="Herr Stefan Braun")
ordi("03", "2028-09-03", "export", "NL", "SA", [it("381519", "Fresh Co-Mo hydrotreating catalyst, extrudates, drums, 10 t", "NL", 10000, 180000)], note="fresh catalyst under the catalyst heading")
ordi("04", "2028-09-04", "import", "PE", "ES", [it("260800", "Concentrado de zinc, Zn 51 %, Pb 1,8 %, humedad 8 %, 25 t", "PE", 25000, 23000, cur="USD")], note="a flotation zinc concentrate at its grade and price")
ordi("05", "2028-09-05", "import", "AU", "DE", [it("260700", "Bleikonzentrat, Pb 62 %, Ag 900 g/t, 20 t", "AU", 20000, 30000, cur="USD")], note="a lead concentrate at its grade and price")
ordi("06", "2028-09-06", "import", "CN", "FR", [it("281700", "Oxyde de zinc, poudre, qualité caoutchouc, 10 t", "CN", 10000, 28000, cur="USD")], note="zinc oxide powder (not an ore)")
ordi("07", "2028-09-07", "export", "NL", "TR", [it("720441", "Shredded steel scrap E40, clean, 25 t", "NL", 25000, 9000)], note="clean shredded scrap at its price to an OECD member")
ordi("08", "2028-09-08", "import", "PL", "DE", [it("940421", "Matratze aus Schaumstoff, 1 Stück", "PL", 20, 250, qty=1)], transport="road", note="a foam mattress to a private person", **PP)
ordi("09", "2028-09-09", "import", "US", "FR", [it("382769", "Fluide frigorigène R-407C, bouteilles consignées, 5,2 t", "US", 5200, 76000, cur="USD")], importer_name="Froid Service Rhône SAS", note="a bulk HFC blend in returnable cylinders at a market price (the quota is the importer's)")
ordi("10", "2028-09-10", "import", "CN", "IT", [it("290342", "R-32 refrigerante, bombole ricaricabili 40 l, 6 t", "CN", 6000, 72000, cur="USD")], importer_name="Clima Ricambi Veneto Srl", note="HFC-32 in refillable cylinders at a market price")
ordi("11", "2028-09-11", "import", "NL", "BE", [it("290919", "Dimethyl ether, aerosol grade, ISO tank, 18 t", "NL", 18000, 22000)], note="pure DME propellant")
ordi("12", "2028-09-12", "import", "KR", "NL", [it("281290", "Nitrogen trifluoride NF3 5N, cylinders 47 l, 20 pcs", "KR", 600, 30000, cur="USD", qty=20)], transport="air", note="nitrogen trifluoride for semiconductors")
ordi("13", "2028-09-13", "import", "CN", "PL", [it("360610", "Gaz do zapalniczek, puszki 300 ml, 48 szt.", "CN", 10, 40, cur="USD", qty=48)], transport="post", note="lighter refill cans to a private person", consignee_name="Pan Tomasz Nowak")
ordi("14", "2028-09-14", "import", "UA", "PL", [it("271119", "Gaz propan-butan, butle 11 kg, 100 szt.", "UA", 1100, 2400, qty=100)], transport="road", note="LPG bottles at 11 kg (no lighter claim)")
ordi("15", "2028-09-15", "import", "IN", "DE", [it("300490", "Salbutamol-Dosieraerosol 100 µg, Treibmittel HFA 134a, 1 Stück", "IN", 0.05, 12, cur="USD", qty=1)], transport="post", note="one salbutamol inhaler to a private person", **PP)
# ORD-16 replaced after the first run: the first row (4 t of R-404A in returnable cylinders) is
# not plainly lawful ordinary trade, since virgin blends of GWP 2,500 or more may no longer be used
# to service refrigeration equipment (Regulation (EU) 2024/573 Annex IV); OZN-HFC-003 was right
# to ask.
ordi("16", "2028-09-16", "import", "CN", "ES", [it("290345", "Refrigerante R-134a, cilindros retornables, 4 t", "CN", 4000, 48000, cur="USD")], importer_name="Frío Industrial Levante SL", note="R-134a in returnable cylinders at a market price")
ordi("17", "2028-09-17", "import", "US", "DE", [it("950300", "Modellraketen-Bausatz aus Kunststoff, ohne Motor, 1 Stück", "US", 1, 40, cur="USD", qty=1)], transport="post", note="a plastic model-rocket kit without motor to a private person", consignee_name="Herr Felix Wagner")
ordi("18", "2028-09-18", "import", "IT", "FR", [it("300490", "Eau oxygénée 3 %, 10 volumes, flacons 250 ml, 6 pièces", "IT", 2, 9, qty=6)], transport="post", note="3 % pharmacy peroxide to a private person", **PP)
ordi("19", "2028-09-19", "import", "NL", "BE", [it("284700", "Hydrogen peroxide 35 %, food grade, for aseptic packaging, IBC, 20 t", "NL", 20000, 16000)], transport="road", importer_name="Laiterie Ardennaise SA", note="food-grade peroxide for aseptic packaging to a dairy (a professional user)")
ordi("20", "2028-09-20", "import", "US", "GB", [it("490199", "Book: Ignition! An informal history of liquid rocket propellants", "US", 1, 25, cur="USD", qty=1)], transport="post", note="a book on rocket propellants to a private person", **PP)

# permitted shipments with their documents
perm("1", "2028-09-01", "export", "FR", "BE", [it("281820", "Catalyseur usé Ni-Mo sur alumine, pour récupération des métaux, 18 t", "FR", 18000, 1800, docs=[("BASEL_CONSENT", "FR-BE-2028-0212")])], transport="road", domain="waste", note="spent catalyst to a Belgian metals recoverer with the consent")
perm("2", "2028-09-02", "import", "PL", "DE", [it("262019", "Elektrolichtbogenofenstaub, Zn 25 %, zur Wälzanlage, 24 t", "PL", 24000, 240, docs=[("BASEL_CONSENT", "PL-DE-2028-0077")])], transport="rail", domain="waste", note="EAF dust to a Waelz plant with the consent")
perm("3", "2028-09-03", "import", "CN", "ES", [it("290919", "Propelente HFC-152a (1,1-difluoroetano), ISO tank, 18 t", "CN", 18000, 40000, cur="USD", docs=[("FGAS_QUOTA", "ES-2028-0133")])], domain="ozone", note="HFC-152a under the quota, though under the ether code")
perm("4", "2028-09-24", "import", "US", "DE", [it("284700", "Hydrogen peroxide 90 % (HTP), propulsion grade, for a university rocket engine test stand, 200 l", "US", 280, 6000, cur="USD", qty=1, docs=[("PRECURSOR_LICENCE", "DE-PRE-2028-0031")])], transport="air", domain="precursors", importer_name="Technische Universität Dresden", note="HTP for a university test stand with the licence")
probes.write(HERE, "dev16-b")
