#!/usr/bin/env python3
"""Writes the round-twelve development probes for waste (Basel), ozone-depleting substances
and wildlife (CITES) (dev12-b-{disguised,ordinary,permitted}.ndjson). Every row is written
out by hand, worded differently from blind9's rows and mostly in languages of the trade
routes; the note says which modus operandi family it belongs to and what betrays it. The
ordinary rows include lawful private-person consignees receiving ordinary goods of these
families, so that the false-positive side of the consignee_kind rules is measured.
Written and committed before the round-twelve rules were run on it (docs/profile-packs.md,
"Round twelve: waste (Basel), ozone-depleting substances and HFCs, wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D12B", "912")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# W1 whole used lead-acid batteries (A1160) declared as lead, lead scrap or mixed metal scrap
dis("W1-1", "2027-11-01", "export", "PT", "GH", [it("780200", "Sucata de chumbo: baterias automotivas usadas inteiras, paletes, 20 t", "PT", 20000, 5000)], domain="waste", note="W1: whole used car batteries as lead scrap; Portuguese wording")
dis("W1-2", "2027-11-02", "export", "TR", "PK", [it("854890", "Hurda akü, kurşun plakalı, asitli, 18 ton", "TR", 18000, 4500)], domain="waste", note="W1: scrap batteries with acid (akü, asitli) as electrical scrap; Turkish wording")
dis("W1-3", "2027-11-03", "export", "DE", "NG", [it("720450", "Mischschrott mit Starterbatterien und Altakkus, 22 t", "DE", 22000, 3300)], domain="waste", note="W1: starter batteries inside mixed steel scrap; German wording")
# W2 tannery waste with chromium (A3090/A3100) as a fertiliser or feed base
dis("W2-1", "2027-11-04", "export", "ES", "MA", [it("411520", "Virutas de cuero curtido al cromo, materia prima para abono, 22 t", "ES", 22000, 440)], domain="waste", note="W2: chrome-tanned leather shavings as fertiliser base; Spanish wording")
dis("W2-2", "2027-11-05", "export", "FR", "TN", [it("310100", "Engrais organique à base de poussière de ponçage de cuir, big bags, 18 t", "FR", 18000, 900)], domain="waste", note="W2: leather buffing dust (chromium) declared as organic fertiliser; French wording")
dis("W2-3", "2027-11-06", "export", "PT", "AO", [it("411520", "Aparas de wet blue, resíduos de curtume, 15 t", "PT", 15000, 300)], domain="waste", note="W2: wet-blue trimmings are chrome-tanned tannery waste; Portuguese wording")
# W3 oily scrap: used oil filters, oily swarf, undrained parts as clean metal scrap
dis("W3-1", "2027-11-07", "export", "TR", "EG", [it("720449", "Hurda çelik, kullanılmış yağ filtreleri, preslenmiş, 20 ton", "TR", 20000, 1200)], domain="waste", note="W3: pressed used oil filters as steel scrap; Turkish wording")
dis("W3-2", "2027-11-08", "export", "PT", "CV", [it("720449", "Sucata ferrosa com filtros de óleo usados e amortecedores, 16 t", "PT", 16000, 1100)], domain="waste", note="W3: used oil filters and shock absorbers in ferrous scrap; Portuguese wording")
dis("W3-3", "2027-11-09", "export", "PL", "UA", [it("720441", "Wióry stalowe z olejem chłodzącym, niesuszone, 24 t", "PL", 24000, 2400)], domain="waste", transport="road", note="W3: steel turnings wet with cutting oil (A3020/Y9) as swarf; Polish wording")
# W4 pyrotechnic parts of end-of-life vehicles (airbags, pretensioners, inflators) as spare parts
dis("W4-1", "2027-11-10", "export", "DE", "GH", [it("870895", "Gebrauchte Airbagmodule aus Altfahrzeugen, lose im Container, 3000 Stück", "DE", 6000, 1500, qty=3000)], domain="waste", note="W4: used airbag modules from end-of-life vehicles in bulk; German wording")
dis("W4-2", "2027-11-11", "export", "NL", "NG", [it("870821", "Used seat belt pretensioners, not fired, mixed, 4000 pcs", "NL", 4000, 1200, qty=4000)], domain="waste", note="W4: undeployed pretensioners are pyrotechnic hazardous waste")
dis("W4-3", "2027-11-12", "export", "IT", "LY", [it("870895", "Generatori di gas per airbag recuperati da demolizione, 2500 pz", "IT", 2500, 750, qty=2500)], domain="waste", note="W4: salvaged airbag inflators from car wrecking; Italian wording")
# W5 used electronics and appliances as personal effects to a private person in West Africa
dis("W5-1", "2027-11-13", "export", "BE", "NG", [it("980300", "Personal effects: used TVs, fridges, computers, 12 t", "BE", 12000, 1200)], domain="waste", note="W5: 12 t of used electronics as personal effects to a private person", consignee_name="Mr Chukwuemeka Obi")
dis("W5-2", "2027-11-14", "export", "FR", "CM", [it("852872", "Téléviseurs d'occasion et frigos, effets personnels, 400 pièces", "FR", 9000, 2000, qty=400)], domain="waste", note="W5: 400 used televisions and fridges to a private person; French wording", **PP)
# O1 ODS cleaning solvents (HCFC-141b, CFC-113, methyl chloroform, CCl4) by number or chemical name
dis("O1-1", "2027-11-15", "import", "CN", "ES", [it("340290", "Limpiador de contactos 141b, aerosol 450 ml, 10000 uds", "CN", 4500, 12000, cur="USD", qty=10000)], domain="ozone", importer_name="Electrónica Levante SL", note="O1: contact cleaner '141b' is HCFC-141b in aerosols; Spanish wording")
dis("O1-2", "2027-11-16", "import", "CN", "PL", [it("381400", "Rozpuszczalnik do mycia płytek, dichlorofluoroetan, kanistry 20 kg, 150 szt", "CN", 3000, 9000, cur="USD", qty=150)], domain="ozone", note="O1: dichlorofluoroethane is HCFC-141b; Polish wording")
dis("O1-3", "2027-11-17", "import", "RU", "LT", [it("381400", "Хладон 113, растворитель для обезжиривания, бочки 200 кг, 10 шт", "RU", 2000, 8000, cur="USD", qty=10)], domain="ozone", transport="road", note="O1: хладон 113 is CFC-113 as a degreasing solvent; Russian wording")
# O2 halons by trade name or recovered from ships and aircraft
dis("O2-1", "2027-11-18", "import", "TR", "GR", [it("842490", "Gemi sökümünden halon 1301 tüpleri, dolu, 40 adet", "TR", 2000, 4000, qty=40)], domain="ozone", note="O2: full halon 1301 cylinders from ship-breaking; Turkish wording")
dis("O2-2", "2027-11-19", "import", "UA", "PL", [it("290379", "Хладон 114В2, баллоны 50 кг, 20 шт", "UA", 1000, 6000, cur="USD", qty=20)], domain="ozone", transport="road", note="O2: хладон 114В2 is halon 2402; Russian wording")
dis("O2-3", "2027-11-20", "import", "AE", "FR", [it("842410", "Extincteurs BCF recyclés, 5 kg, 200 unités", "AE", 1000, 2000, qty=200)], domain="ozone", note="O2: BCF is halon 1211; recycled extinguishers; French wording")
# L1 medicines and tonics of CITES animals named in Vietnamese, Korean, Thai, Russian or Latin
dis("L1-1", "2027-11-21", "import", "VN", "CZ", [it("300490", "Cao hổ cốt, hộp 100 g, 50 hộp", "VN", 5, 2500, cur="USD", qty=50)], domain="wildlife", transport="post", note="L1: cao hổ cốt is tiger bone glue (Panthera tigris, I); Vietnamese wording", **PP)
dis("L1-2", "2027-11-22", "import", "KR", "DE", [it("210690", "웅담 캡슐, 건강보조식품, 30병", "KR", 2, 1500, cur="USD", qty=30)], domain="wildlife", transport="post", note="L1: 웅담 is bear gall (Ursidae, I/II); Korean wording", consignee_name="Kim Min-jun")
dis("L1-3", "2027-11-23", "import", "TH", "GB", [it("220890", "Tiger bone liquor, 700 ml, 120 bottles", "TH", 100, 2400, cur="USD", qty=120)], domain="wildlife", note="L1: tiger bone liquor under spirits")
dis("L1-4", "2027-11-24", "import", "RU", "FI", [it("051000", "Кабарожья струя сушёная, 2 кг", "RU", 2, 9000, cur="USD")], domain="wildlife", transport="road", note="L1: кабарожья струя is musk-deer pod (Moschus moschiferus, II); Russian wording")
# L2 CITES timber (Dalbergia, Pterocarpus, Diospyros of Madagascar) by vernacular and trade names
dis("L2-1", "2027-11-25", "import", "LA", "VN", [it("440399", "Gỗ trắc xẻ hộp, 12 m3", "LA", 12000, 60000, cur="USD")], domain="wildlife", transport="road", note="L2: gỗ trắc is Siamese rosewood (Dalbergia cochinchinensis, II); Vietnamese wording")
dis("L2-2", "2027-11-26", "import", "MZ", "CN", [it("440399", "大红酸枝原木, 20吨", "MZ", 20000, 80000, cur="USD")], domain="wildlife", note="L2: 大红酸枝 / 酸枝 is Dalbergia rosewood; Chinese wording")
dis("L2-3", "2027-11-27", "import", "MG", "DE", [it("440729", "Palisander Griffbrettrohlinge, unbearbeitet, 1500 Stück", "MG", 1000, 4500, cur="USD", qty=1500)], domain="wildlife", note="L2: Madagascar palisander fretboard blanks (Dalbergia, trade suspended); German wording")
dis("L2-4", "2027-11-28", "import", "ZM", "CN", [it("440399", "Mukula logs, round, 25 t", "ZM", 25000, 50000, cur="USD")], domain="wildlife", note="L2: mukula is Pterocarpus tinctorius (II since 2023)")

# lawful look-alikes, with private-person consignees receiving ordinary goods of these families
ordi("1", "2027-11-01", "import", "DE", "FR", [it("850710", "Batterie de démarrage neuve 12 V 70 Ah, 1 pièce", "DE", 18, 120, qty=1)], transport="road", note="a new car battery to a private person", **PP)
ordi("2", "2027-11-02", "export", "ES", "MA", [it("780110", "Lingotes de plomo refinado 99,97 %, 20 t", "ES", 20000, 42000)], note="refined lead ingots at their price")
ordi("3", "2027-11-03", "import", "CN", "DE", [it("850760", "Lithium-Ionen-Akku für E-Bike, neu, 1 Stück", "CN", 3, 250, cur="USD", qty=1)], transport="post", note="a new e-bike battery to a private person", consignee_name="Privatperson")
ordi("4", "2027-11-04", "export", "IT", "FR", [it("411520", "Ritagli di cuoio pieno fiore per piccola pelletteria, 2 t", "IT", 2000, 3000)], transport="road", note="leather offcuts for small leather goods within the EU")
ordi("5", "2027-11-05", "import", "NL", "BE", [it("310100", "Organische tuinmest, gedroogde koemest, zak 1 kg", "NL", 1, 6, qty=1)], transport="post", note="a 1 kg garden fertiliser bag to a private person", **PP)
ordi("6", "2027-11-06", "import", "IT", "DE", [it("640399", "Lederschuhe, chromgegerbt, 1 Paar", "IT", 1, 90, qty=1)], transport="post", note="a pair of chrome-tanned leather shoes to a private person", consignee_name="Frau Anna Schmidt")
ordi("7", "2027-11-07", "import", "PL", "DE", [it("842123", "Ölfilter für Pkw, neu, 2000 Stück", "PL", 800, 6000, qty=2000)], transport="road", note="new oil filters")
ordi("8", "2027-11-08", "export", "DE", "TR", [it("720449", "Stahlschrott HMS 1/2, sortiert, 24 t", "DE", 24000, 8400)], note="clean heavy melting scrap at its price")
ordi("9", "2027-11-09", "import", "JP", "FR", [it("870895", "Module d'airbag conducteur neuf, pièce de rechange, 1 pièce", "JP", 2, 350, qty=1)], transport="air", note="a new airbag spare part to a private person", consignee_name="M. Jean Dupont")
ordi("10", "2027-11-10", "export", "DE", "GH", [it("870899", "Gebrauchte Bremsscheiben und Stoßdämpfer, geprüft, 200 Stück", "DE", 1600, 4000, qty=200)], note="tested used spare parts at a spare-part price")
ordi("11", "2027-11-11", "import", "CN", "DE", [it("340290", "Kontaktreiniger auf Isopropanolbasis, Spray 400 ml, 1 Stück", "CN", 0.4, 6, cur="USD", qty=1)], transport="post", note="an isopropanol contact cleaner spray to a private person", **PP)
ordi("12", "2027-11-12", "import", "US", "FR", [it("330499", "Dissolvant pour vernis à ongles, acétone, 125 ml", "US", 0.13, 5, cur="USD", qty=1)], transport="post", note="a nail-polish remover bottle to a private person", consignee_name="Mme Claire Martin")
ordi("13", "2027-11-13", "import", "CN", "IT", [it("842410", "Estintori a polvere ABC, 6 kg, nuovi, 500 pz", "CN", 3500, 9000, cur="USD", qty=500)], note="new powder extinguishers")
ordi("14", "2027-11-14", "import", "CN", "GB", [it("851712", "Second-hand smartphone, refurbished, 1 pc", "CN", 0.3, 150, cur="USD", qty=1)], transport="post", note="a second-hand phone to a private person", **PP)
ordi("15", "2027-11-15", "import", "SG", "DE", [it("300490", "Tiger Balm Salbe, 30 g, 3 Dosen", "SG", 0.1, 15, cur="USD", qty=3)], transport="post", note="Tiger Balm (menthol, camphor) to a private person", consignee_name="Privatperson")
ordi("16", "2027-11-16", "import", "KR", "FR", [it("121190", "Ginseng rouge de Corée, racines séchées, 500 g", "KR", 0.5, 60, cur="USD")], transport="post", note="Korean red ginseng to a private person", **PP)
ordi("17", "2027-11-17", "import", "VN", "DE", [it("090240", "Trà thảo mộc atisô, 20 hộp", "VN", 4, 60, cur="USD", qty=20)], transport="post", note="Vietnamese artichoke herbal tea to a private person", consignee_name="Nguyen Van An")
ordi("18", "2027-11-18", "import", "US", "DE", [it("920290", "Akustikgitarre, Griffbrett Palisander, fertiges Instrument, 1 Stück", "US", 3, 1200, cur="USD", qty=1)], transport="air", note="a finished guitar with a rosewood fretboard (CITES annotation #15 exempts finished instruments) to a private person", **PP)
ordi("19", "2027-11-19", "import", "BO", "ES", [it("440729", "Pau ferro (Machaerium scleroxylon), diapasones en bruto, 500 piezas", "BO", 300, 1500, cur="USD", qty=500)], note="pau ferro / Santos palisander is Machaerium, not CITES")
ordi("20", "2027-11-20", "import", "CN", "FR", [it("490199", "Livre : Le bois de rose dans le mobilier chinois, 1 exemplaire", "CN", 1, 40, cur="USD", qty=1)], transport="post", note="a book about rosewood furniture to a private person", **PP)
ordi("21", "2027-11-21", "import", "RU", "FI", [it("220860", "Водка, 0,7 л, 600 бутылок", "RU", 450, 3000, cur="USD", qty=600)], transport="road", note="vodka")
ordi("22", "2027-11-22", "import", "GB", "DE", [it("381400", "Thinner for paints, butyl acetate, 20 l cans, 100 pcs", "GB", 1800, 3000, qty=100)], transport="road", note="an ordinary paint thinner")
ordi("23", "2027-11-23", "export", "FR", "SN", [it("980300", "Effets personnels d'une famille, meubles, vêtements, vaisselle, 1 télévision, 2 t", "FR", 2000, 3000)], note="a family's household move with one television", consignee_name="M. Moussa Diop")

# permitted shipments with their documents
perm("1", "2027-11-01", "export", "FR", "BE", [it("854911", "Batteries plomb-acide usagées, 20 t", "FR", 20000, 8000, docs=[("BASEL_CONSENT", "FR-BE-2027-0912")])], transport="road", domain="waste", note="used lead-acid batteries to a Belgian smelter with their consent")
perm("2", "2027-11-02", "import", "US", "FR", [it("290376", "Halon 1301 recyclé, usage critique aviation, bouteilles 50 kg, 4", "US", 200, 6000, cur="USD", qty=4, docs=[("ODS_LICENCE", "FR-ODS-CU-2027-07")])], transport="air", domain="ozone", note="recycled halon 1301 for aviation critical use under licence")
perm("3", "2027-11-03", "import", "IN", "DE", [it("440799", "Indian rosewood (Dalbergia latifolia), sawn, plantation, 5 m3", "IN", 4000, 30000, cur="USD", docs=[("CITES_PERMIT", "IN-2027-DL-0441")])], domain="wildlife", note="plantation Indian rosewood with its CITES permit")
perm("4", "2027-11-04", "export", "IT", "BR", [it("411520", "Rasature di cuoio al cromo, 20 t", "IT", 20000, 400, docs=[("BASEL_CONSENT", "IT-BR-2027-0033")])], domain="waste", note="chrome shavings to a licensed recycler with the Basel consent")

probes.write(HERE, "dev12-b")
