#!/usr/bin/env python3
"""Writes the round-twenty-eight (a) development probes for explosive precursors and waste
(dev28-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind31's and blind32's rows; the note says which modus operandi family it
belongs to and what betrays it. The ordinary rows hold lawful look-alikes that use the
families' controlled words in a lawful sense and lawful private-person consignees.
Written and committed before the round-twenty-eight (a) rules were run on it
(docs/profile-packs.md, "Round twenty-eight (a): explosive precursors and waste")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D28A", "928")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# P1 ammonium nitrate betrayed by its nitrogen figure (33-35 % N) on a heading that cannot have it,
# or by a melt held hot in a heated tank
dis("P1-1", "2031-09-01", "export", "ES", "MR", [it("230990", "Corrector mineral para rumiantes, gránulos blancos, nitrógeno 34,4 %, sacos 50 kg, 20 t", "ES", 20000, 7000, qty=400)], domain="precursors", note="P1: ruminant mineral correctors carry Ca, P and trace elements, not 34.4 % N (ammonium nitrate); Spanish wording", importer_name="Nouakchott Betail SARL")
dis("P1-2", "2031-09-02", "import", "UA", "PL", [it("310280", "Roztwór nawozowy RSM, cysterna ogrzewana, temperatura ładunku 135 °C, 24 t", "UA", 24000, 6500, qty=1)], transport="rail", domain="precursors", note="P1: UAN (RSM) is carried cold; a cargo at 135 C in a heated tank is ammonium nitrate melt; Polish wording", importer_name="Agro-Chem Lublin Sp. z o.o.", consignee_name="Agro-Chem Lublin Sp. z o.o.")
dis("P1-3", "2031-09-03", "export", "BE", "SN", [it("382499", "Soil conditioner granules, white, total N 34.1 %, jumbo bags 1 t, 20 t", "BE", 20000, 7600, qty=20)], domain="precursors", note="P1: no soil conditioner is 34 % nitrogen; white granules at 34 % N are ammonium nitrate", importer_name="Dakar Intrants Agricoles SARL")
# P2 a straight Annex II nitrate in bulk under a craft, heat-treating or curing cover, or to a person
dis("P2-1", "2031-09-04", "import", "IN", "FR", [it("283421", "Sel de bronzage pour armurerie, nitrate de potassium 99,5 %, sacs 25 kg, 1,5 t", "IN", 1500, 1300, cur="USD", qty=60)], domain="precursors", note="P2: gun-bluing salts are blends sold by the kilo; 1.5 t of straight 99.5 % potassium nitrate to a gun shop; French wording", importer_name="Armurerie du Centre SARL", consignee_name="Armurerie du Centre SARL")
dis("P2-2", "2031-09-05", "import", "CN", "DE", [it("310250", "Härtesalz für Messerschmiede, Natriumnitrat 99 %, 25-kg-Säcke, 3 t", "CN", 3000, 1500, cur="USD", qty=120)], domain="precursors", note="P2: hardening salts are nitrate-nitrite or cyanide blends; 3 t of straight 99 % sodium nitrate for a knife-maker; German wording", importer_name="Klingenwerk Hobbybedarf GmbH", consignee_name="Klingenwerk Hobbybedarf GmbH")
dis("P2-3", "2031-09-06", "import", "PL", "CZ", [it("283421", "Dusičnan draselný 99 %, ledek k nakládání masa, pytle 25 kg, 800 kg", "PL", 800, 700, qty=32)], transport="road", domain="precursors", note="P2: 800 kg of 99 % potassium nitrate to a private person as meat-curing saltpetre; Czech wording", consignee_name="Soukromá osoba Jan Dvořák")
# W1 residues of waste incineration declared as ash or a raw material
dis("W1-1", "2031-09-07", "export", "DE", "VN", [it("262190", "Flugasche aus Müllverbrennungsanlage, als Zementzusatzstoff, 24 t", "DE", 24000, 240)], domain="waste", note="W1: fly ash of a municipal waste incinerator (A4100) at 10 EUR/t as a cement additive; German wording")
dis("W1-2", "2031-09-08", "export", "IT", "EG", [it("262190", "Ceneri leggere da termovalorizzatore, per produzione laterizi, 20 t", "IT", 20000, 150)], domain="waste", note="W1: fly ash from a waste-to-energy plant for brick-making; Italian wording")
dis("W1-3", "2031-09-09", "export", "GB", "PK", [it("262110", "Boiler and filter dust from an energy recovery facility, for road base, 25 t", "GB", 25000, 300)], domain="waste", note="W1: boiler and filter residues of a waste incinerator (ERF) for road base")
# W2 plating or hydroxide sludge declared as a metal hydroxide or compound
dis("W2-1", "2031-09-10", "export", "DE", "CN", [it("282550", "Copper hydroxide, crude filter cake, Cu 12 %, Ni 4 %, moisture 55 %, 5 t", "DE", 5000, 1500)], domain="waste", note="W2: copper hydroxide is 60 % Cu; a wet cake at 12 % Cu with nickel is plating sludge")
dis("W2-2", "2031-09-11", "export", "ES", "MA", [it("282590", "Hidróxido de zinc húmedo, Zn 15 %, Cr 2 %, big bags, 8 t", "ES", 8000, 1200)], transport="road", domain="waste", note="W2: a wet zinc hydroxide at 15 % Zn with chromium is galvanic sludge; Spanish wording")
dis("W2-3", "2031-09-12", "export", "PL", "UA", [it("282540", "Wodorotlenek niklu, placek filtracyjny, Ni 10 %, 3 t", "PL", 3000, 900)], transport="road", domain="waste", note="W2: nickel hydroxide at 10 % Ni as a filter cake is plating sludge; Polish wording")
# W3 non-working battery-powered machines and vehicles at a scrap price per piece
dis("W3-1", "2031-09-13", "export", "FR", "SN", [it("842720", "Transpalettes électriques hors service avec batteries, 60 unités", "FR", 24000, 9000, qty=60)], domain="waste", note="W3: out-of-service electric pallet trucks at 150 EUR each are scrap carrying lead-acid batteries; French wording")
dis("W3-2", "2031-09-14", "export", "DE", "GH", [it("870310", "Golfcarts, nicht fahrbereit, mit Blei-Akkus, 25 Stück", "DE", 10000, 6250, qty=25)], domain="waste", note="W3: non-running golf carts with lead batteries at 250 EUR each; German wording")
dis("W3-3", "2031-09-15", "export", "NL", "NG", [it("871390", "Mobility scooters, non-runners, batteries included, job lot 80 pcs", "NL", 6400, 4800, qty=80)], domain="waste", note="W3: non-running mobility scooters with batteries at 60 EUR each")

# lawful look-alikes
ordi("1", "2031-09-01", "import", "DE", "FR", [it("230990", "Pierre à lécher minérale pour chevaux, Ca 12 %, P 4 %, seau 10 kg", "DE", 10, 25, qty=1)], transport="post", note="a mineral lick for horses to a private person", **PP)
ordi("2", "2031-09-02", "import", "NL", "PL", [it("310240", "Saletrzak CAN 27 % N, big bagi 500 kg, 24 t", "NL", 24000, 8400, qty=48)], transport="road", note="calcium ammonium nitrate at 27 % N to a farm supplier", importer_name="Rolpol Nawozy Sp. z o.o.", consignee_name="Rolpol Nawozy Sp. z o.o.")
ordi("3", "2031-09-03", "import", "EG", "IT", [it("310210", "Urea agricola granulare, azoto 46 %, rinfusa, 3000 t", "EG", 3000000, 1050000, cur="USD")], note="urea at 46 % N in bulk", importer_name="Consorzio Agrario Padano Scarl", consignee_name="Consorzio Agrario Padano Scarl")
ordi("4", "2031-09-04", "import", "LT", "PL", [it("310280", "Roztwór saletrzano-mocznikowy RSM 32 % N, cysterna kolejowa, 60 t", "LT", 60000, 15000)], transport="rail", note="UAN 32 in a rail tank car, carried cold", importer_name="Agro-Chem Lublin Sp. z o.o.", consignee_name="Agro-Chem Lublin Sp. z o.o.")
ordi("5", "2031-09-05", "import", "DE", "CZ", [it("382499", "Heat treating salt, nitrate-nitrite blend, KNO3 55 %, NaNO2 45 %, 25 kg bags, 4 t", "DE", 4000, 6000, qty=160)], transport="road", note="a nitrate-nitrite hardening salt blend to a heat-treatment plant", importer_name="Kalírna Brno s.r.o.", consignee_name="Kalírna Brno s.r.o.")
ordi("6", "2031-09-06", "import", "GB", "IE", [it("283421", "Stump remover, potassium nitrate, 1 kg tubs, 3 pcs", "GB", 3, 24, cur="GBP", qty=3)], transport="post", note="retail stump remover tubs to a private person", consignee_name="Mr Sean Murphy")
ordi("7", "2031-09-07", "import", "CZ", "DE", [it("250100", "Pökelsalz mit Natriumnitrit 0,6 %, 1 kg Beutel", "CZ", 1, 6, qty=1)], transport="post", note="nitrite curing salt for home butchering to a private person", consignee_name="Frau Anna Becker")
ordi("8", "2031-09-08", "import", "IL", "NL", [it("283421", "Kaliumnitraat 13-0-46, kunstmestkwaliteit, zakken 25 kg, 24 t", "IL", 24000, 19000, cur="USD", qty=960)], note="potassium nitrate fertiliser to a greenhouse grower", importer_name="Westland Kassenbouw Teelt B.V.", consignee_name="Westland Kassenbouw Teelt B.V.")
ordi("9", "2031-09-09", "export", "DE", "IN", [it("262190", "Fly ash EN 450, class F, from a coal-fired power station, for cement, 22 t", "DE", 22000, 770)], note="coal fly ash for cement (a product under EN 450)")
ordi("10", "2031-09-10", "import", "AT", "DE", [it("262190", "Holzasche aus Pelletkessel, Gartendünger, 10 kg", "AT", 10, 15, qty=1)], transport="post", note="wood ash from a pellet boiler as garden fertiliser to a private person", consignee_name="Herr Jonas Wagner")
ordi("11", "2031-09-11", "export", "FI", "JP", [it("282540", "Nickel hydroxide, spherical, battery grade, Ni 57 %, Co 1.5 %, drums 200 kg, 4 t", "FI", 4000, 64000, cur="USD", qty=20)], note="battery-grade nickel hydroxide at 16 USD/kg")
ordi("12", "2031-09-12", "import", "US", "ES", [it("380892", "Fungicida hidróxido de cobre, Cu 50 %, polvo mojable, sacos 10 kg, 2 t", "US", 2000, 12000, cur="USD", qty=200)], transport="sea", note="a wettable copper hydroxide fungicide", importer_name="Agroquímicos Levante S.L.", consignee_name="Agroquímicos Levante S.L.")
ordi("13", "2031-09-13", "export", "IT", "AL", [it("842710", "Carrelli elevatori elettrici usati, revisionati e funzionanti, batterie nuove, 4 pz", "IT", 12000, 36000, qty=4)], transport="road", note="used, serviced electric forklifts at 9,000 EUR each", importer_name="Tirana Logistik Sh.p.k.")
ordi("14", "2031-09-14", "import", "CN", "FR", [it("850710", "Batteries pour scooter PMR, plomb 12 V 50 Ah, neuves, 2 pièces", "CN", 32, 180, cur="USD", qty=2)], transport="post", note="new replacement batteries for a mobility scooter to a private person", consignee_name="Mme Claire Dubois")
ordi("15", "2031-09-15", "import", "DE", "AT", [it("870310", "Golfcart, gebraucht, fahrbereit, mit Lithium-Akku, 1 Stück", "DE", 420, 3500, qty=1)], transport="road", note="one used working golf cart to a private person", consignee_name="Herr Stefan Gruber")
# permitted shipments with their documents
perm("1", "2031-09-01", "import", "NO", "SE", [it("310230", "Ammonium nitrate hot concentrated solution 92 %, UN 2426, heated tank, 24 t", "NO", 24000, 9000, docs=[("PRECURSOR_LICENCE", "SE-PRE-2031-0091")])], domain="precursors", note="AN melt to a licensed emulsion plant", importer_name="Nordic Emulsion AB", consignee_name="Nordic Emulsion AB")
perm("2", "2031-09-02", "export", "NL", "DE", [it("262110", "Vliegas van afvalverbrandingsinstallatie, voor opvulling zoutmijn, 25 t", "NL", 25000, -0 + 1, docs=[("BASEL_CONSENT", "NL-DE-2031-0213")])], transport="road", domain="waste", note="MSWI fly ash to salt-mine backfill with the consent")
perm("3", "2031-09-03", "export", "FR", "BE", [it("282540", "Boue d'hydroxydes métalliques de galvanoplastie, Ni 8 %, pour valorisation, 10 t", "FR", 10000, 100, docs=[("BASEL_CONSENT", "FR-BE-2031-0077")])], transport="road", domain="waste", note="plating sludge to a Belgian recycler with the consent")
probes.write(HERE, "dev28-a")
