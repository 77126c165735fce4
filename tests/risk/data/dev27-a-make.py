#!/usr/bin/env python3
"""Writes the round-twenty-seven (a) development probes for explosive precursors, waste and
ozone (dev27-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand,
worded differently from blind29's and blind30's rows; the note says which modus operandi
family it belongs to and what betrays it. The ordinary rows hold lawful look-alikes that use
the families' controlled words in a lawful sense and lawful private-person consignees.
Written and committed before the round-twenty-seven (a) rules were run on it
(docs/profile-packs.md, "Round twenty-seven (a): explosive precursors, waste and ozone")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D27A", "927")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# P1 Annex I acids and oxidisers at high concentration under a consumer cover use, to shops
dis("P1-1", "2031-05-01", "import", "TN", "FR", [it("340290", "Nettoyant pour jantes alu, acide nitrique 68 %, bidons 20 l, 15 pièces", "TN", 420, 500, qty=15)], transport="road", domain="precursors", note="P1: nitric acid is no wheel-rim cleaner; 68 % (limit 3 %) to a car-parts shop; French wording", importer_name="Auto Pièces Rhône SARL", consignee_name="Auto Pièces Rhône SARL")
dis("P1-2", "2031-05-02", "import", "MA", "ES", [it("382499", "Desincrustante para piscinas, ácido nítrico 60 %, garrafas 25 l, 20 uds", "MA", 700, 640, qty=20)], domain="precursors", note="P1: pool descalers are hydrochloric or sulphamic; 60 % nitric acid to a pool shop; Spanish wording", importer_name="Piscinas Levante S.L.", consignee_name="Piscinas Levante S.L.")
dis("P1-3", "2031-05-03", "import", "TR", "DE", [it("340290", "Bootsreiniger Konzentrat, Wasserstoffperoxid 60 %, 20-l-Kanister, 30 Stück", "TR", 660, 900, qty=30)], transport="road", domain="precursors", note="P1: 60 % peroxide (limit 12 %) as a boat cleaner to a chandlery; German wording", importer_name="Yachtbedarf Kiel GmbH", consignee_name="Yachtbedarf Kiel GmbH")
# P2 chlorates named in the Balkan and eastern languages, under an agricultural cover use
dis("P2-1", "2031-05-04", "import", "BG", "RO", [it("380893", "Натриев хлорат 98 %, десикант за картофи, чували 25 кг, 60 бр.", "BG", 1500, 1200, qty=60)], transport="road", domain="precursors", note="P2: sodium chlorate as a potato desiccant (no EU authorisation since 2009); Bulgarian wording")
dis("P2-2", "2031-05-05", "import", "BA", "HR", [it("282911", "Natrijev klorat, totalni herbicid za uništavanje korova, vreće 25 kg", "BA", 500, 450, qty=20)], transport="road", domain="precursors", note="P2: sodium chlorate as a total weedkiller; Croatian wording")
dis("P2-3", "2031-05-06", "import", "TR", "BG", [it("282919", "Sodyum klorat %99, yabani ot ilacı, 25 kg torba, 40 adet", "TR", 1000, 800, qty=40)], transport="road", domain="precursors", note="P2: sodium chlorate as a weedkiller; Turkish wording")
# W1 broken or mercury-backlit display panels declared as parts, at a waste price
dis("W1-1", "2031-05-07", "export", "FR", "NG", [it("852990", "Dalles LCD de téléviseurs cassées, rétroéclairage CCFL, pour pièces détachées, 6 t", "FR", 6000, 1200, qty=900)], domain="waste", note="W1: broken TV panels with mercury lamps at 0.20 EUR/kg; French wording")
dis("W1-2", "2031-05-08", "export", "DE", "GH", [it("852499", "Defekte TFT-Monitorpanels mit Glasbruch, als Ersatzteile, 3 t", "DE", 3000, 1200, qty=1000)], domain="waste", note="W1: broken monitor panels as spare parts at 0.40 EUR/kg; German wording")
dis("W1-3", "2031-05-09", "export", "ES", "PE", [it("847330", "Lote de pantallas de portátil rotas con lámparas CCFL, 2.500 kg", "ES", 2500, 500, qty=1200)], domain="waste", note="W1: broken laptop screens with CCFL lamps at 0.20 EUR/kg; Spanish wording")
# O1 a liquid solvent declared in pressure cylinders or ton tanks (a refrigerant gas inside)
dis("O1-1", "2031-05-10", "import", "IN", "NL", [it("290322", "Trichloroethylene, technical grade, ton tanks 1000 l, 8 pcs", "IN", 8000, 7200, cur="USD", qty=8)], domain="ozone", note="O1: trichloroethylene travels in drums; 1000 l ton tanks hold a liquefied gas")
dis("O1-2", "2031-05-11", "import", "CN", "PL", [it("291411", "Aceton techniczny w butlach ciśnieniowych 50 l, 200 szt.", "CN", 8000, 6000, cur="USD", qty=200)], domain="ozone", note="O1: acetone in pressure cylinders; Polish wording")
dis("O1-3", "2031-05-12", "import", "CN", "IT", [it("290312", "Cloruro di metilene, bombole a pressione da 800 kg, 6 pz", "CN", 4800, 3000, cur="USD", qty=6)], domain="ozone", note="O1: methylene chloride in pressure cylinders; Italian wording")
# P3 (added after the first run, written before its rule): nitromethane above 16 % (Annex I)
# under a consumer fuel-additive or hobby cover
dis("P3-1", "2031-05-13", "import", "TR", "FR", [it("381190", "Booster d'octane pour motos, nitrométhane 45 %, bidons 1 l, 200 pièces", "TR", 230, 1400, qty=200)], transport="road", domain="precursors", note="P3: 45 % nitromethane (limit 16 %) as an octane booster to a motorbike shop; French wording", importer_name="Moto Pièces Nantes SARL", consignee_name="Moto Pièces Nantes SARL")
dis("P3-2", "2031-05-14", "import", "US", "IT", [it("290420", "Additivo carburante racing, nitrometano 80 %, latte 5 l, 40 pz", "US", 230, 2000, cur="USD", qty=40)], domain="precursors", note="P3: 80 % nitromethane as a racing fuel additive to a car-parts shop; Italian wording", importer_name="Ricambi Auto Verona Srl", consignee_name="Ricambi Auto Verona Srl")

# lawful look-alikes
ordi("1", "2031-05-01", "import", "DE", "IT", [it("340290", "Disossidante per alluminio nautico, acido fosforico 25 %, taniche 5 l, 40 pz", "DE", 220, 600, qty=40)], transport="road", note="a phosphoric-acid aluminium brightener to a chandlery", importer_name="Nautica Adriatica Srl", consignee_name="Nautica Adriatica Srl")
ordi("2", "2031-05-02", "import", "DE", "AT", [it("280800", "Salpetersäure 58 %, CIP-Reinigungskonzentrat für Molkereien, IBC 1000 l", "DE", 1350, 600, qty=1)], transport="road", note="a dairy's nitric-acid CIP cleaner (an industrial use)", importer_name="Alpenmilch Molkerei GmbH", consignee_name="Alpenmilch Molkerei GmbH")
ordi("3", "2031-05-03", "import", "BE", "FR", [it("340290", "Nettoyant jantes, acide oxalique 5 %, flacon 1 l", "BE", 1.1, 12, qty=1)], transport="post", note="a rim cleaner bottle to a private person", **PP)
ordi("4", "2031-05-04", "import", "SE", "FI", [it("282911", "Natriumklorat 99 %, för klordioxidtillverkning, bulk 24 t", "SE", 24000, 14000, qty=1)], transport="road", note="sodium chlorate for a pulp mill's chlorine dioxide", importer_name="Kymi Pulp Oy", consignee_name="Kymi Pulp Oy")
ordi("5", "2031-05-05", "import", "RS", "HR", [it("282720", "Kalcijev klorid, sredstvo protiv poledice, vreće 25 kg", "RS", 5000, 900, qty=200)], transport="road", note="calcium chloride road salt (klorid, not klorat)", importer_name="Cestar d.o.o.", consignee_name="Cestar d.o.o.")
ordi("6", "2031-05-06", "import", "RS", "HU", [it("380893", "Sredstvo za desikaciju krompira, pelargonska kiselina, kanisteri 10 l", "RS", 800, 4000, qty=80)], transport="road", note="a lawful potato desiccant without chlorate", importer_name="Agro-Tisza Kft", consignee_name="Agro-Tisza Kft")
ordi("7", "2031-05-07", "import", "DE", "SI", [it("380893", "Herbicid za korov, glifosat, 1 l", "DE", 1.1, 15, qty=1)], transport="post", note="a garden weedkiller to a private person", consignee_name="Janez Novak")
ordi("8", "2031-05-08", "export", "NL", "HK", [it("852499", "New LCD panels for laptops, replacement screens for broken displays, 300 pcs", "NL", 150, 18000, qty=300)], transport="air", note="new replacement screens at 120 EUR/kg")
ordi("9", "2031-05-09", "import", "CN", "DE", [it("852499", "Ersatz-Display 15,6 Zoll für gebrochenen Laptop-Bildschirm", "CN", 0.5, 45, cur="USD", qty=1)], transport="post", note="a replacement screen for a broken laptop to a private person", consignee_name="Herr Lukas Brandt")
ordi("10", "2031-05-10", "export", "DE", "TR", [it("853990", "CCFL-Hintergrundbeleuchtungsröhren, neu, 500 Stück", "DE", 25, 1500, qty=500)], transport="air", note="new CCFL backlight tubes (spares)")
ordi("11", "2031-05-11", "import", "DE", "PL", [it("291411", "Aceton do butli acetylenowych, beczki 200 l, 20 szt.", "DE", 3160, 3000, qty=20)], transport="road", note="acetone for acetylene cylinders, in drums", importer_name="Gazy Techniczne Sp. z o.o.", consignee_name="Gazy Techniczne Sp. z o.o.")
ordi("12", "2031-05-12", "import", "BE", "FR", [it("290312", "Dichlorométhane, fûts 270 kg, 36 pièces", "BE", 9720, 7000, qty=36)], transport="road", note="dichloromethane in drums", importer_name="Chimie Nord SAS", consignee_name="Chimie Nord SAS")
ordi("13", "2031-05-13", "import", "DE", "AT", [it("340290", "Bremsenreiniger auf Acetonbasis, Druckdose 500 ml, 24 Stück", "DE", 12, 60, qty=24)], transport="post", note="acetone brake-cleaner aerosols to a private person", consignee_name="Herr Markus Huber")
ordi("14", "2031-05-14", "import", "DE", "FR", [it("220720", "Alcool isopropylique 99 %, flacon 1 l", "DE", 0.8, 9, qty=1)], transport="post", note="isopropanol bottle to a private person", **PP)

ordi("15", "2031-05-15", "import", "DE", "IT", [it("271020", "Carburante per modellismo, nitrometano 16 %, flacone 1 l", "DE", 1, 25, qty=1)], transport="post", note="model glow fuel at the Annex I limit to a private person", consignee_name="Sig. Marco Ferri")
ordi("16", "2031-05-16", "import", "US", "FR", [it("381190", "Additif carburant nettoyant injecteurs, polyétheramine 30 %, 300 ml, 48 pièces", "US", 16, 150, cur="USD", qty=48)], transport="road", note="an injector-cleaner fuel additive to a car-parts shop", importer_name="Auto Pièces Rhône SARL", consignee_name="Auto Pièces Rhône SARL")
# permitted shipments with their documents
perm("1", "2031-05-01", "import", "DE", "FR", [it("280800", "Acide nitrique 68 %, nettoyage de cuves, bidons 30 l, 10 pièces", "DE", 420, 300, qty=10, docs=[("PRECURSOR_LICENCE", "FR-PRE-2031-0044")])], transport="road", domain="precursors", note="68 % nitric acid to a licensed firm", importer_name="Inox Services SAS", consignee_name="Inox Services SAS")
perm("2", "2031-05-02", "export", "DE", "BE", [it("852990", "Gebrochene LCD-Panels mit CCFL, zur Verwertung, 8 t", "DE", 8000, 400, qty=2000, docs=[("BASEL_CONSENT", "DE-BE-2031-0107")])], transport="road", domain="waste", note="broken CCFL panels to a Belgian recycler with the consent")
perm("3", "2031-05-03", "import", "CN", "DE", [it("290342", "Difluormethan (HFC-32), Tonnentanks 926 l, 10 Stück", "CN", 8500, 40000, cur="USD", qty=10, docs=[("FGAS_QUOTA", "DE-HFC-2031-0312")])], domain="ozone", note="HFC-32 in ton tanks, quota-covered")
probes.write(HERE, "dev27-a")
