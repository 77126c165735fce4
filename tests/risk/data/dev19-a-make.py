#!/usr/bin/env python3
"""Writes the round-nineteen (a) development probes for precursors (Annex I concentrations at or
below the general-public limit, porous low-density ammonium nitrate under another white granular
heading, nitrogen declared on a lime or mineral heading, uncoated fine metal powder in small
consignments, detonating cord as cordage), waste (spent blasting grit with antifouling paint as
abrasive) and ozone (fire-suppression HFCs named in another script or language),
dev19-a-{disguised,ordinary,permitted}.ndjson. Written by hand, worded differently from blind17's
rows; written and committed before the round-nineteen (a) rules were run on it
(docs/profile-packs.md, "Round nineteen (a): precursors, waste and ozone")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D19A", "919")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# P1 porous (low-density, explosive-grade) ammonium nitrate prills under a salt, gypsum or other white-granule heading
dis("P1-1", "2029-03-01", "import", "UA", "PL", [it("250100", "Sól drogowa, granulki porowate, gęstość nasypowa 0,78, big bagi, 22 t", "UA", 22000, 4400)], domain="precursors", transport="road", note="P1: road salt is dense crystal (1.2); porous granules at 0.78 are explosive-grade AN; Polish wording")
dis("P1-2", "2029-03-02", "import", "TR", "BG", [it("252020", "Gypsum granules, white porous prills, bulk density 0.7 t/m3, 18 t", "TR", 18000, 3200)], domain="precursors", transport="road", note="P1: gypsum is not made as porous prills")
dis("P1-3", "2029-03-03", "import", "RS", "HU", [it("250100", "Streusalz, poröse Prills, Schüttdichte 0,76 kg/l, 24 t", "RS", 24000, 5000)], domain="precursors", transport="road", note="P1: porous prills as road salt; German wording")
# P2 nitrogen declared on a lime, dolomite, chalk or gypsum heading (calcium ammonium nitrate as 'lime')
dis("P2-1", "2029-03-04", "import", "UA", "SK", [it("252100", "Vápenec mletý, záhradný, dusík 27 %, big bag 1 t, 3 ks", "UA", 3000, 1100, qty=3)], domain="precursors", transport="road", consignee_name="Pán Peter Horváth", note="P2: ground limestone with 27 % nitrogen is CAN, three tonnes to a private person; Slovak wording")
dis("P2-2", "2029-03-05", "import", "BY", "LT", [it("251820", "Dolomite chalk granulated, 26% N, for lawns, 40 bags x 50 kg", "BY", 2000, 600, qty=40)], domain="precursors", transport="road", consignee_name="Mr Jonas Kazlauskas", note="P2: dolomite carries no nitrogen")
dis("P2-3", "2029-03-06", "import", "PL", "CZ", [it("282510", "Chaux agricole granulée, azote 25 %, 2 t", "PL", 2000, 700)], domain="precursors", transport="road", note="P2: 'agricultural lime' with 25 % nitrogen under an inorganic heading; French wording")
# P3 uncoated fine aluminium or magnesium powder in a small consignment or to a private person
dis("P3-1", "2029-03-07", "import", "CN", "IT", [it("760310", "Polvere di alluminio per vernici, atomizzata, non rivestita, < 40 micron, 5 kg", "CN", 5, 60, cur="USD")], domain="precursors", transport="post", consignee_name="Sig. Marco Rossi", note="P3: uncoated atomised aluminium by post to a private person; Italian wording")
dis("P3-2", "2029-03-08", "import", "CN", "FR", [it("760320", "Pigment aluminium sans stéarate, poudre fine 30 µm, 8 kg", "CN", 8, 80, cur="USD")], domain="precursors", transport="express", consignee_name="M. Julien Martin", note="P3: stearate-free pigment is flash powder fuel; French wording")
dis("P3-3", "2029-03-09", "import", "CN", "DE", [it("810430", "Magnesiumpulver, unbeschichtet, unter 50 µm, 4 kg", "CN", 4, 70, cur="USD")], domain="precursors", transport="post", consignee_name="Herr Jan Becker", note="P3: uncoated fine magnesium powder to a private person; German wording")
# P4 detonating cord as cordage, cable or hose (a powder core)
dis("P4-1", "2029-03-10", "import", "CN", "LT", [it("560749", "Шнур полимерный в текстильной оплетке, сердечник из белого порошка 12 г/м, катушки 500 м", "CN", 800, 4000, cur="USD", qty=40)], domain="precursors", transport="rail", note="P4: a braided cord with a white powder core is detonating cord; Russian wording")
dis("P4-2", "2029-03-11", "import", "CN", "CZ", [it("560790", "Šňůra pletená 5 mm s jádrem z bílého prášku, cívky 250 m, 60 ks", "CN", 600, 3000, cur="USD", qty=60)], domain="precursors", transport="rail", note="P4: a braided cord with a white powder core; Czech wording")
# W1 spent blasting media (garnet, copper slag, steel grit) with antifouling or lead paint residues as abrasive
dis("W1-1", "2029-03-12", "export", "ES", "SN", [it("251320", "Granate abrasivo usado de astillero, con restos de pintura antiincrustante, 20 t", "ES", 20000, 300)], domain="waste", note="W1: used shipyard garnet with antifouling paint residues; Spanish wording")
dis("W1-2", "2029-03-13", "export", "NL", "NG", [it("261900", "Copper slag grit, recycled from dry-dock blasting, with paint chips (tributyltin), 25 t", "NL", 25000, 500)], domain="waste", note="W1: spent copper slag with TBT paint chips")
dis("W1-3", "2029-03-14", "export", "FR", "MA", [it("251320", "Abrasif grenat recyclé, chantier naval, écailles de peinture antifouling, 22 t", "FR", 22000, 350)], domain="waste", note="W1: recycled shipyard garnet with antifouling paint flakes; French wording")
# O1 fire-suppression HFCs named in another script or language, declared as extinguishers of another agent
dis("O1-1", "2029-03-15", "import", "CN", "IT", [it("842410", "Estintori per auto 1 kg, agente 七氟丙烷 (polvere), 2.000 pz", "CN", 2000, 5000, cur="USD", qty=2000)], domain="ozone", note="O1: heptafluoropropane named in Chinese; Italian wording")
dis("O1-2", "2029-03-16", "import", "TR", "BG", [it("842410", "Огнегасители аерозолни, гептафлуоропропан, 600 г, 2400 бр.", "TR", 1440, 4800, qty=2400)], domain="ozone", transport="road", note="O1: HFC-227ea named in Bulgarian")
dis("O1-3", "2029-03-17", "import", "CN", "PL", [it("842410", "Gaśnice samochodowe, czynnik HFC227, 2 kg, 1500 szt.", "CN", 3000, 6000, cur="USD", qty=1500)], domain="ozone", note="O1: HFC227 with no separator; Polish wording")

# ordinary: lawful look-alikes and private persons
ordi("1", "2029-03-01", "import", "US", "DE", [it("280800", "Salpetersäure 3 %, Goldtest-Set, 2 x 15 ml", "US", 0.5, 30, cur="USD", qty=2)], transport="post", consignee_name="Herr Tobias Wagner", note="nitric acid at 3 % (at the Annex I limit) in a gold-test kit to a private person")
ordi("2", "2029-03-02", "import", "GB", "FR", [it("284700", "Eau oxygénée 3 %, 250 ml, flacon", "GB", 0.3, 4, cur="GBP", qty=1)], transport="post", consignee_name="Mme Claire Dubois", note="3 % hydrogen peroxide to a private person")
ordi("3", "2029-03-03", "import", "US", "NL", [it("284700", "Hydrogen peroxide 12% cream developer, 1 l", "US", 1.1, 9, cur="USD", qty=1)], transport="express", consignee_name="Mrs Anna de Vries", note="12 % peroxide hair developer (at the limit)")
ordi("4", "2029-03-04", "import", "CN", "ES", [it("282919", "Clorato de potasio 10 %, solución de laboratorio, 100 ml", "CN", 0.2, 6, cur="USD", qty=1)], transport="post", consignee_name="Sr. Javier García", note="a 10 % chlorate solution is below the 40 % limit")
ordi("5", "2029-03-05", "import", "DE", "AT", [it("250100", "Streusalz, Steinsalz gebrochen, 25-kg-Säcke, 20 t", "DE", 20000, 2400, qty=800)], transport="road", note="ordinary rock salt")
ordi("6", "2029-03-06", "import", "PL", "DE", [it("252100", "Gartenkalk, kohlensaurer Kalk 85 %, Magnesium 10 %, 40 Sack", "PL", 1000, 250, qty=40)], transport="road", consignee_name="Frau Petra Schulz", note="garden lime with calcium and magnesium percentages to a private person")
ordi("7", "2029-03-07", "import", "NL", "BE", [it("310230", "Kalkammonsalpeter KAS 27 % N, Big Bags, 24 t", "NL", 24000, 8400)], transport="road", note="calcium ammonium nitrate declared as such under its own heading, to a farm trader")
ordi("8", "2029-03-08", "import", "DE", "FR", [it("320890", "Aluminium paint pigment paste, stearate coated leafing, 20 kg", "DE", 20, 240)], transport="express", note="coated aluminium paste to a company")
ordi("9", "2029-03-09", "import", "CN", "IT", [it("760320", "Alluminio in scaglie per vernici, rivestito con acido stearico, 25 kg", "CN", 25, 300, cur="USD")], note="coated aluminium flakes by sea to a paint maker")
ordi("10", "2029-03-10", "import", "CN", "PL", [it("560749", "Linka polipropylenowa pleciona 5 mm, rdzeń z włókna, szpule 500 m, 40 szt.", "CN", 800, 1600, cur="USD", qty=40)], transport="rail", note="braided rope with a fibre core")
ordi("11", "2029-03-11", "import", "TR", "ES", [it("251320", "Granate abrasivo nuevo 80 mesh para chorro de agua, 24 t", "TR", 24000, 7200)], note="new waterjet garnet")
ordi("12", "2029-03-12", "import", "DE", "NL", [it("320890", "Antifouling paint, copper-based, 20 l cans, 40", "DE", 900, 6000, qty=40)], transport="road", note="antifouling paint (the word in a lawful sense)")
ordi("13", "2029-03-13", "import", "CN", "FR", [it("842410", "Extincteurs à poudre ABC 2 kg pour véhicule, 1 000 pcs", "CN", 3000, 9000, cur="USD", qty=1000)], note="dry powder car extinguishers")
ordi("14", "2029-03-14", "import", "US", "IT", [it("280800", "Nitric acid 2.5 % test solution, jewellery tester, 10 ml", "US", 0.1, 12, cur="USD", qty=1)], transport="post", consignee_name="Sig.ra Giulia Bianchi", note="a 2.5 % nitric acid gold tester")
ordi("15", "2029-03-15", "import", "CN", "DE", [it("251200", "Kieselgur, porös, Filterhilfsmittel, Schüttdichte 0,3, 10 t", "CN", 10000, 4000)], transport="sea", note="porous diatomite filter aid (porous and low density by nature)")

# permitted
perm("1", "2029-03-01", "import", "DE", "AT", [it("280800", "Salpetersäure 65 %, 6 x 1 l, Labor", "DE", 8, 90, docs=[("PRECURSOR_LICENCE", "AT-PL-2029-0111")])], transport="express", domain="precursors", note="nitric acid above the limit with a licence")
perm("2", "2029-03-02", "import", "US", "ES", [it("842410", "Sistema de extinción FM-200 (HFC-227ea), cilindros 80 l, 6", "US", 600, 24000, cur="USD", qty=6, docs=[("FGAS_QUOTA", "ES-FG-2029-0031")])], domain="ozone", note="HFC-227ea system with the quota authorisation")

probes.write(HERE, "dev19-a")
