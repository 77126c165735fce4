#!/usr/bin/env python3
"""Writes the round-twenty-eight (b) development probes for ozone-depleting substances and HFCs
(dev28-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind31's and blind32's rows; the note says which modus operandi family it
belongs to and what betrays it. The ordinary rows hold lawful look-alikes of every family
(the controlled word used in a lawful sense) and private persons receiving ordinary goods of
these families. Written and committed before the round-twenty-eight (b) rules were run on it
(docs/profile-packs.md, "Round twenty-eight (b): ozone-depleting substances and HFCs")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D28B", "928", home_by_flow=True, domain="ozone")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# Z1 charged fire-suppression or gas cylinders (halon, refrigerant) sent as metal scrap, valves on
dis("Z1-1", "2031-09-01", "export", "NL", "PK", [it("720429", "Stahlschrott: Feuerlöschflaschen aus Schiffsabwrackung, mit Ventil, 80 Stück", "NL", 4400, 1600, qty=80)], note="Z1: ship fire bottles with their valves as steel scrap to Pakistan; German wording")
dis("Z1-2", "2031-09-02", "transit", "TR", "EG", [it("720449", "Chatarra de acero, cilindros a presión con válvulas, retirados de buque, 40 uds", "TR", 2200, 700, cur="USD", qty=40)], transit=["ES"], note="Z1: pressurised ship cylinders with valves as scrap in transit; Spanish wording")
dis("Z1-3", "2031-09-03", "export", "FR", "NG", [it("760200", "Déchets d'aluminium : bouteilles extincteurs d'avion chargées, 120 pièces", "FR", 1100, 500, qty=120)], note="Z1: charged aircraft extinguisher bottles as aluminium scrap; French wording")
# Z2 one-component PU foam cans announced non-flammable (HFC-134a/152a propellant)
dis("Z2-1", "2031-09-04", "import", "TR", "DE", [it("320890", "PU-Montageschaum B1, nicht brennbares Treibmittel, Dosen 750 ml, 8.000 Stück", "TR", 6400, 11000, qty=8000)], transport="road", note="Z2: montage foam with a non-flammable propellant is HFC-blown; German wording")
dis("Z2-2", "2031-09-05", "import", "CN", "PL", [it("391400", "Pianka poliuretanowa niepalna, puszki 500 ml, 10 000 szt.", "CN", 6000, 9000, cur="USD", qty=10000)], note="Z2: non-flammable PU foam in cans; Polish wording")
dis("Z2-3", "2031-09-06", "import", "CN", "IT", [it("391990", "Schiuma poliuretanica monocomponente ignifuga non infiammabile, bombolette 750 ml, 6.000 pz", "CN", 4800, 8000, cur="USD", qty=6000)], note="Z2: non-flammable one-component foam; Italian wording")
# Z3 products or foam declared with a non-zero ozone-depletion potential (HCFC/CFC-blown)
dis("Z3-1", "2031-09-07", "import", "UA", "PL", [it("392111", "Płyty izolacyjne PIR, ODP 0,11, grubość 80 mm, 3 000 m2", "UA", 9000, 21000, qty=3000)], transport="road", note="Z3: ODP 0.11 is HCFC-141b blown foam; Polish wording")
dis("Z3-2", "2031-09-08", "import", "CN", "FR", [it("841869", "Chambres froides démontables, isolation polyuréthane PDO 0,11, 12 unités", "CN", 14000, 60000, cur="USD", qty=12)], note="Z3: French 'PDO' (ODP) 0.11 on cold-room panels")
dis("Z3-3", "2031-09-09", "import", "EG", "ES", [it("841950", "Calentadores solares, espuma aislante con PAO 0,11, 300 uds", "EG", 21000, 54000, cur="USD", qty=300)], note="Z3: Spanish 'PAO' (ODP) 0.11 on solar water heaters")
# Z4 DIY air-conditioning refrigerant cans declared as an additive, dye, sealer or oil, with a charging hose
dis("Z4-1", "2031-09-10", "import", "CN", "DE", [it("382499", "Kfz-Klimaanlage Lecksucher-Additiv, 500 g Dose mit Füllschlauch und Manometer, 400 Stück", "CN", 220, 2400, cur="USD", qty=400)], transport="express", note="Z4: 500 g can with a charging hose and gauge is refrigerant; German wording")
dis("Z4-2", "2031-09-11", "import", "TR", "ES", [it("271019", "Aceite para aire acondicionado de coche, latas 340 g con manguera de carga, 300 uds", "TR", 120, 1800, qty=300)], transport="road", note="Z4: 'oil' in 340 g cans with a charging hose; Spanish wording")
dis("Z4-3", "2031-09-12", "import", "CN", "IT", [it("340590", "Sigillante per climatizzatore auto, bomboletta 350 g con tubo di ricarica, 250 pz", "CN", 100, 1500, cur="USD", qty=250)], transport="express", note="Z4: A/C sealer can with a recharge hose; Italian wording")

# Z5 foam boards, panels and foam systems whose blowing agent is named as an HFC (F-gas Annex IV foam bans)
dis("Z5-1", "2031-09-25", "import", "TR", "GR", [it("392111", "XPS Dämmplatten, Treibmittel R134a, 60 mm, 5.000 m2", "TR", 9000, 18000, qty=5000)], transport="road", note="Z5: XPS boards blown with HFC-134a (banned since 2020); German wording")
dis("Z5-2", "2031-09-26", "import", "CN", "RO", [it("730890", "Panouri sandwich PUR, agent de expandare HFC-245fa, 2.500 m2", "CN", 28000, 40000, cur="USD", qty=2500)], note="Z5: PUR sandwich panels blown with HFC-245fa; Romanian wording")
ordi("11", "2031-09-27", "import", "TR", "GR", [it("392111", "XPS insulation boards, HFC-free, CO2 blown, replaces HFC-134a grades, 3,000 m2", "TR", 6000, 12000, qty=3000)], transport="road", note="HFC-free XPS that names HFC-134a as what it replaces", domain=None)
ordi("12", "2031-09-28", "import", "DE", "AT", [it("392111", "XPS Dämmplatte 30 mm, 10 Stück", "DE", 8, 60, qty=10)], transport="post", note="ten XPS boards to a private person", consignee_name="Frau Eva Huber", domain=None)

# lawful look-alikes
ordi("1", "2031-09-13", "export", "NL", "TR", [it("720449", "Stahlschrott, Gasflaschen zerschnitten, Ventile entfernt, entgast, 20 t", "NL", 20000, 6000)], note="cut, degassed scrap cylinders without valves", domain=None)
ordi("2", "2031-09-14", "export", "ES", "MA", [it("720429", "Chatarra de acero inoxidable, válvulas y cilindros hidráulicos desmontados, 18 t", "ES", 18000, 14000)], note="stainless scrap naming valves and hydraulic cylinders", domain=None)
ordi("3", "2031-09-15", "import", "PL", "DE", [it("321410", "PU-Montageschaum B2, Treibgas Propan/Butan/DME, hochentzündlich, Dosen 750 ml, 6.000 Stück", "PL", 4800, 9000, qty=6000)], transport="road", note="hydrocarbon-propelled montage foam, flammable", domain=None)
ordi("4", "2031-09-16", "import", "CN", "FR", [it("392113", "Mousse polyuréthane en plaques, non inflammable M1, 500 m2", "CN", 2500, 6000, cur="USD", qty=500)], note="non-flammable PU foam sheets, not in cans", domain=None)
ordi("5", "2031-09-17", "import", "CN", "IT", [it("392111", "Pannelli isolanti XPS, ODP 0, GWP < 5, 2.000 m2", "CN", 6000, 12000, cur="USD", qty=2000)], note="insulation panels stating a zero ODP", domain=None)
ordi("6", "2031-09-18", "import", "CN", "DE", [it("382499", "UV-Kontrastmittel für Kfz-Klimaanlage, 7,5 ml Kartuschen mit Injektor und Schlauch, 100 Stück", "CN", 2, 300, cur="USD", qty=100)], transport="express", note="UV dye cartridges with an injector hose (small)", domain=None)
ordi("7", "2031-09-19", "import", "DE", "AT", [it("340399", "PAG-Öl 46 für Kfz-Klimakompressor, 250 ml Flasche, 1 Stück", "DE", 0.3, 18, qty=1)], transport="post", note="one bottle of PAG oil to a private person", consignee_name="Herr Lukas Gruber", domain=None)
ordi("8", "2031-09-20", "import", "CN", "FR", [it("732690", "Manomètre et flexible de charge pour climatisation, 1 pièce", "CN", 1.2, 40, cur="USD", qty=1)], transport="post", note="one gauge set with a charging hose to a private person", consignee_name="M. Paul Lefèvre", domain=None)
ordi("9", "2031-09-21", "import", "GB", "NL", [it("842410", "Brandblusser 6 kg poeder, nieuw, 2 stuks", "GB", 20, 90, qty=2)], transport="post", note="two new powder extinguishers to a private person", consignee_name="Dhr. Jan de Vries", domain=None)
ordi("10", "2031-09-22", "import", "TR", "DE", [it("392690", "Pianka kosmetyczna, puszki 200 ml, 2 szt.", "TR", 0.5, 12, qty=2)], transport="post", note="two cans of cosmetic foam to a private person", consignee_name="Frau Anna Nowak", domain=None)

# permitted
perm("1", "2031-09-23", "export", "FR", "US", [it("842490", "Aircraft fire bottles, halon 1301, recertified, for critical-use aviation, 20 pcs", "FR", 300, 30000, cur="USD", qty=20, docs=[("ODS_LICENCE", "FR-ODS-31-0211")])], transport="air", note="halon 1301 aircraft bottles exported with their ODS licence")
perm("2", "2031-09-24", "import", "US", "DE", [it("382499", "Kältemittel R-134a für Kfz-Werkstätten, Mehrwegflaschen 12 kg, 50 Stück", "US", 600, 9000, cur="USD", qty=50, docs=[("FGAS_QUOTA", "DE-UBA-31-0455")])], note="R-134a in returnable cylinders under an HFC quota authorisation")
probes.write(HERE, "dev28-b")
