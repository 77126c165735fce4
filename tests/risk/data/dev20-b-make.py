#!/usr/bin/env python3
"""Writes the round-twenty (b) development probes for waste and explosives precursors
(dev20-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind18's rows and in languages of the trade routes; the note says which
modus operandi family it belongs to and what betrays it. The ordinary rows include lawful
private-person consignees receiving ordinary goods of these families and a lawful look-alike of
every family, using the controlled word in a lawful sense. Written before the round-twenty (b)
rules were run on it (docs/profile-packs.md, "Round twenty (b): waste and precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D20B", "920", domain="waste")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# B1 black mass of shredded lithium-ion batteries declared as graphite, a concentrate or a powder
dis("B1-1", "2029-04-01", "export", "PL", "CN", [it("380190", "Grafit syntetyczny w proszku, zawartość Co 6 %, Ni 14 %, Li 3 %, big bagi", "PL", 22000, 50000)], note="B1: synthetic graphite carrying cobalt, nickel and lithium is black mass; Polish wording")
dis("B1-2", "2029-04-02", "export", "FR", "IN", [it("262099", "Résidus de métallurgie, poudre noire contenant lithium 2 %, cobalt 7 %, 18 t", "FR", 18000, 36000)], note="B1: a black powder with lithium and cobalt as metallurgical residue; French wording")
dis("B1-3", "2029-04-03", "export", "DE", "TH", [it("250490", "Graphitpulver, Ni 11 %, Mn 6 %, Co 4 %, in Big Bags", "DE", 20000, 44000)], note="B1: graphite with nickel, manganese and cobalt; German wording")
# B2 expired, returned or mixed medicines as a donation or stock clearance
dis("B2-1", "2029-04-04", "export", "IT", "SN", [it("300490", "Farmaci in donazione umanitaria, lotti misti, scadenza 2028, 5 t", "IT", 5000, 2500)], note="B2: mixed lots of medicines expiring before shipment as a donation; Italian wording")
dis("B2-2", "2029-04-05", "export", "BE", "CD", [it("300490", "Geneesmiddelen, humanitaire hulp, retouren apotheken, 3 t", "BE", 3000, 1200)], note="B2: pharmacy returns as humanitarian aid; Dutch wording")
dis("B2-3", "2029-04-06", "export", "GB", "GH", [it("300420", "Antibiotics, short-dated and expired stock, donation to clinics, 8 t", "GB", 8000, 4000, cur="GBP")], note="B2: expired antibiotics as a donation")
# B3 spent pickling liquor or etchant declared as a water-treatment chemical
dis("B3-1", "2029-04-07", "export", "ES", "MA", [it("282739", "Solución de cloruro ferroso 20 %, ácido libre 7 %, zinc 5 %, coagulante, 22 t", "ES", 22000, 500)], note="B3: ferrous chloride with free acid and zinc from a galvanising line as a coagulant; Spanish wording")
dis("B3-2", "2029-04-08", "export", "DE", "UA", [it("283329", "Eisensulfatlösung, freie Schwefelsäure 8 %, Nickel 1 %, für Abwasserbehandlung, 20 t", "DE", 20000, 400)], note="B3: iron sulphate liquor with free sulphuric acid and nickel from a pickling line; German wording")
dis("B3-3", "2029-04-09", "export", "PL", "BY", [it("282749", "Roztwór chlorku miedzi, wolny kwas 10 %, do odzysku, 18 t", "PL", 18000, 300)], note="B3: copper chloride etchant with free acid at 2 cents a kilogram; Polish wording")
# P1 detonators named by type designation under another code
dis("P1-1", "2029-04-10", "transit", "TR", "AZ", [it("853650", "Переключатели ЭДКЗ-ПМ, 1500 шт", "RU", 25, 1500, cur="USD", qty=1500)], transport="road", note="P1: ЭДКЗ-ПМ electric detonators as switches; Russian wording", domain="precursors", transit_countries=["GE"])
dis("P1-2", "2029-04-11", "import", "UA", "MD", [it("761699", "Гільзи алюмінієві КД-8С, 5000 шт", "UA", 20, 1000, cur="USD", qty=5000)], transport="road", note="P1: КД-8С plain detonators as aluminium sleeves; Ukrainian wording", domain="precursors")
dis("P1-3", "2029-04-12", "import", "KG", "KZ", [it("854420", "Cable sets ED-8-Zh with 2 m leads, 2000 pcs", "RU", 30, 1800, cur="USD", qty=2000)], transport="road", note="P1: ED-8-Zh detonators as cable sets, transliterated", domain="precursors")
# P2 ammonium-nitrate emulsion matrix as an ordinary emulsion
dis("P2-1", "2029-04-13", "import", "ZA", "NA", [it("340399", "Lubricant emulsion base, oxidizer phase 75 %, IBC 1000 l, 18 units", "ZA", 24300, 18, cur="USD", qty=18)], note="P2: an emulsion with an oxidiser phase is AN emulsion matrix", domain="precursors")
dis("P2-2", "2029-04-14", "import", "TR", "FR", [it("382499", "Émulsion eau dans huile, densité 1,40, GRV 1 m3, 12 unités", "TR", 16800, 6000, cur="USD", qty=12)], note="P2: a water-in-oil emulsion at 1.40 is AN emulsion matrix; French wording", domain="precursors")
dis("P2-3", "2029-04-15", "import", "RU", "KZ", [it("382499", "Эмульсия техническая, раствор аммиачной селитры 80 %, еврокуб 1000 л, 20 шт", "RU", 27600, 9000, cur="USD", qty=20)], transport="road", note="P2: a technical emulsion of ammonium nitrate solution; Russian wording", domain="precursors")
# P3 detonators named by the generic word in a language of the Black Sea road routes (written
# after the rule PRE-DTY-002, once the first run was done: not first-run probes)
dis("P3-1", "2029-04-16", "import", "UA", "MD", [it("853890", "Частини електроапаратури: електродетонатори миттєвої дії, 800 шт", "UA", 12, 700, cur="USD", qty=800)], transport="road", note="P3: electric detonators as parts of electrical apparatus; Ukrainian wording", domain="precursors")
dis("P3-2", "2029-04-17", "transit", "BG", "MD", [it("853690", "Conectori, capse detonante electrice nr. 8, 1200 buc", "RO", 18, 1000, cur="USD", qty=1200)], transport="road", note="P3: electric blasting caps as connectors; Romanian wording", domain="precursors", transit_countries=["RO"])

# ordinary trade: lawful look-alikes of every family and private persons receiving ordinary goods
ordi("1", "2029-04-01", "export", "MZ", "CN", [it("250410", "Natural flake graphite, carbon 95 %, for battery anodes, 20 t", "MZ", 20000, 16000, cur="USD")], note="B1 look-alike: flake graphite for lithium battery anodes")
ordi("2", "2029-04-02", "export", "KR", "DE", [it("284190", "NMC 622 cathode active material (lithium nickel manganese cobalt oxide), new, 5 t", "KR", 5000, 140000, cur="USD")], note="B1 look-alike: new cathode powder with Li, Ni, Co at its price")
ordi("3", "2029-04-03", "import", "CN", "DE", [it("850760", "Lithium-Ionen-Akku 18650, Ni-Co-Mn, neu, 100 St.", "CN", 5, 300, cur="USD", qty=100)], transport="post", note="B1 look-alike: new Li-ion cells to a private person", consignee_name="Herr Paul Weber")
ordi("4", "2029-04-04", "export", "FR", "CM", [it("300490", "Médicaments, don humanitaire, péremption 2032, antipaludiques, 600 kg", "FR", 600, 18000)], note="B2 look-alike: a lawful donation of in-date medicines at their price")
ordi("5", "2029-04-05", "export", "DE", "CH", [it("300490", "Arzneimittel, Verfalldatum 2031, Ibuprofen 400 mg, 2 t", "DE", 2000, 60000)], note="B2 look-alike: an ordinary medicine export with its expiry date")
ordi("6", "2029-04-06", "import", "NL", "BE", [it("300490", "Paracetamol 500 mg tabletten, 10 dozen", "NL", 1, 40, qty=10)], transport="post", note="B2 look-alike: medicines to a private person", consignee_name="Mevrouw Anna de Vries")
ordi("7", "2029-04-07", "export", "IT", "AL", [it("282739", "Cloruro ferrico 40 % per trattamento acque EN 888, acido libero max 0,4 %, 24 t", "IT", 24000, 6000)], note="B3 look-alike: an EN 888 coagulant with its free-acid specification")
ordi("8", "2029-04-08", "export", "DE", "PL", [it("283329", "Eisen(II)-sulfat Heptahydrat, Reinheit 98 %, für Wasseraufbereitung, 20 t", "DE", 20000, 4000)], note="B3 look-alike: ferrous sulphate for water treatment")
ordi("9", "2029-04-09", "import", "ES", "FR", [it("280610", "Acide chlorhydrique 33 %, bidons 25 kg, 40 unités", "ES", 1000, 300, qty=40)], transport="road", note="B3 look-alike: hydrochloric acid for a cleaning firm")
ordi("10", "2029-04-10", "import", "CN", "MD", [it("853690", "Соединители электрические, разъёмы 8-контактные, 2000 шт", "CN", 40, 2400, cur="USD", qty=2000)], transport="road", note="P1 look-alike: ordinary 8-pin connectors in Russian")
ordi("11", "2029-04-11", "import", "CN", "DE", [it("853610", "Sicherungen 8 A, Typ ED, 1000 St.", "CN", 5, 200, cur="USD", qty=1000)], transport="post", note="P1 look-alike: 8 A fuses of type ED to a private person", consignee_name="Herr Karl Braun")
ordi("12", "2029-04-12", "import", "ES", "FR", [it("330590", "Émulsion oxydante 30 volumes pour coloration, 1 l, 600 unités", "ES", 620, 1800, qty=600)], transport="road", note="P2 look-alike: a hair developer, an oxidising emulsion in the ordinary sense")
ordi("13", "2029-04-13", "import", "DE", "ES", [it("330499", "Base de emulsión O/W para cremas cosméticas, densidad 0,98, IBC 1000 l, 10 uds", "DE", 9800, 38000, qty=10)], note="P2 look-alike: a cosmetic emulsion base in IBCs at its density")
ordi("14", "2029-04-14", "import", "FR", "ES", [it("271500", "Emulsión bituminosa catiónica, IBC 1000 l, 20 uds", "FR", 20400, 8000, qty=20)], transport="road", note="P2 look-alike: bitumen emulsion in IBCs")
ordi("15", "2029-04-15", "import", "IT", "FR", [it("330499", "Crème émulsion eau dans huile pour le visage, 50 ml, 2 pièces", "IT", 0.2, 40, qty=2)], transport="post", note="P2 look-alike: a W/O face cream to a private person", consignee_name="Mme Claire Martin")
ordi("16", "2029-04-16", "import", "CN", "KZ", [it("903289", "Датчик детонации двигателя, 1 шт", "CN", 0.2, 25, cur="USD", qty=1)], transport="post", note="P3 look-alike: an engine knock sensor to a private person (written after the rule)", consignee_name="Иван Петров")

# permitted shipments with their documents
perm("1", "2029-04-01", "export", "DE", "KR", [it("854940", "Black mass from lithium-ion battery recycling, Ni 12 %, Co 5 %, Li 3 %, 20 t", "DE", 20000, 60000, docs=[("BASEL_CONSENT", "DE-KR-2029-0044")])], note="black mass shipped with a Basel consent to an OECD recycler")
perm("2", "2029-04-02", "export", "BE", "NL", [it("300690", "Waste pharmaceuticals, expired, for incineration, 2 t", "BE", 2000, 100, docs=[("BASEL_CONSENT", "BE-NL-2029-0102")])], transport="road", note="expired medicines to an incinerator with a consent")
perm("3", "2029-04-03", "import", "SE", "NO", [it("360300", "Elektriske detonatorer, 1000 stk", "SE", 15, 2000, qty=1000, docs=[("IMPORT_LICENCE", "NO-DSB-2029-0012")])], transport="road", note="detonators under their own heading with a licence", domain="precursors")
perm("4", "2029-04-04", "import", "ZA", "NA", [it("360200", "Ammonium nitrate emulsion UN 3375, oxidizer phase 78 %, IBC, 20 units, for a mine", "ZA", 27000, 10000, cur="USD", qty=20, docs=[("IMPORT_LICENCE", "NA-MME-2029-0031")])], note="AN emulsion declared under 3602 to a mine with an import licence (under 3824, PRE-DSG-002 treats UN 3375 as a disguise whatever the licence)", domain="precursors")
probes.write(HERE, "dev20-b")
