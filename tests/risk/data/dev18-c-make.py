#!/usr/bin/env python3
"""Writes the round-eighteen (c) development probes for wildlife (CITES)
(dev18-c-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind16's rows and mostly in languages of the trade routes; the note says
which modus operandi family it belongs to and what betrays it. The ordinary rows hold lawful
look-alikes of every family (the controlled word used in a lawful sense) and lawful
private-person consignees receiving ordinary goods of these families. Written and committed
before the round-eighteen (c) rules were run on it (docs/profile-packs.md, "Round eighteen (c):
wildlife")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D18C", "918", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# T1 a timber named by a species that does not grow where it is declared from: African or Asian
# trade names (sapele, sipo, khaya, meranti) on sawn wood or veneer from the Neotropics, where
# the look-alike is big-leaf mahogany or cedar (Swietenia macrophylla, Cedrela, Appendix II)
dis("T1-1", "2028-03-01", "import", "BO", "ES", [it("440727", "Madera aserrada de sipo, KD, 32 m3", "BO", 21000, 44000, cur="USD")], note="T1: sipo (Entandrophragma utile) is West African; sawn 'sipo' from Bolivia is mahogany; Spanish wording")
dis("T1-2", "2028-03-02", "import", "BR", "PT", [it("440890", "Folha de madeira khaya (acaju africano), faqueada, 8 t", "BR", 8000, 36000, cur="USD")], note="T1: khaya (African mahogany) veneer sliced in Brazil; Portuguese wording")
dis("T1-3", "2028-03-03", "import", "NI", "US", [it("440729", "Rough sawn sapelli lumber 4/4, 18 m3", "NI", 12000, 27000, cur="USD")], note="T1: sapelli lumber from Nicaragua")
# T2 East African sandalwood (Osyris lanceolata, Appendix II) declared as sandalwood, Santalum
# or its oil from its range (Kenya, Tanzania, Uganda, Ethiopia, Rwanda, Burundi)
dis("T2-1", "2028-03-04", "import", "KE", "AE", [it("440399", "Sandalwood logs, white, 12 t", "KE", 12000, 60000, cur="USD")], transport="sea", note="T2: sandalwood logs from Kenya are Osyris; to the Gulf")
dis("T2-2", "2028-03-05", "import", "UG", "FR", [it("330129", "Huile essentielle de santal, 40 kg", "UG", 40, 32000, cur="USD")], transport="air", note="T2: sandalwood oil distilled in Uganda is Osyris oil; French wording")
dis("T2-3", "2028-03-06", "import", "TZ", "IN", [it("121190", "Chandan wood powder, 5 t", "TZ", 5000, 25000, cur="USD")], note="T2: 'chandan' (sandalwood) powder from Tanzania to India; Hindi trade name")
# P1 live primates as pets or as 'other mammals' (Macaca sylvanus and every primate, Appendix I-II)
dis("P1-1", "2028-03-07", "import", "DZ", "FR", [it("010619", "Singe magot, jeune, animal de compagnie, 1", "DZ", 4, 150, qty=1)], transport="sea", note="P1: a young Barbary macaque as a pet; French wording", consignee_name="M. Karim Benali")
dis("P1-2", "2028-03-08", "import", "TH", "DE", [it("010690", "Lebendes Haustier, Plumplori, 1 Stück", "TH", 1, 300, qty=1)], transport="air", note="P1: a slow loris (Nycticebus, Appendix I) as a pet; German wording", consignee_name="Herr Jonas Becker")
dis("P1-3", "2028-03-09", "import", "PE", "ES", [it("010619", "Mono tití vivo, mascota, 2", "PE", 1, 400, cur="USD", qty=2)], transport="air", note="P1: two titi/marmoset monkeys as pets; Spanish wording", consignee_name="Sra. Lucía Moreno")
# S1 snake, gecko, seahorse or tiger-bone wine (Naja, Gekko gecko, Hippocampus, Appendix II; Panthera tigris I)
dis("S1-1", "2028-03-10", "import", "VN", "FR", [it("220890", "Rượu tắc kè ngâm, bình 2 lít, 3 bình", "VN", 8, 60, cur="USD", qty=3)], transport="post", note="S1: gecko wine (Tokay gecko); Vietnamese wording", consignee_name="Mme Lan Pham")
dis("S1-2", "2028-03-11", "import", "LA", "DE", [it("220890", "Snake whisky with whole cobra, 70 cl, 4 bottles", "LA", 6, 80, cur="USD", qty=4)], transport="post", note="S1: cobra whisky from Laos", consignee_name="Herr Felix Braun")
dis("S1-3", "2028-03-12", "import", "CN", "NL", [it("220890", "五蛇酒 500ml, 12 瓶", "CN", 10, 120, cur="USD", qty=12)], transport="air", note="S1: five-snake wine; Chinese wording")
# L1 sea-turtle leather, shell or oil by a local name (Cheloniidae, Dermochelys, Appendix I)
dis("L1-1", "2028-03-13", "import", "MX", "US", [it("420221", "Bolsa de piel de tortuga marina, 2", "MX", 2, 600, cur="USD", qty=2)], transport="express", note="L1: sea-turtle leather handbags; Spanish wording", consignee_name="Mr Daniel Ortiz")
dis("L1-2", "2028-03-14", "import", "NI", "ES", [it("330499", "Aceite de tortuga, crema, 10 frascos", "NI", 2, 60, cur="USD", qty=10)], transport="post", note="L1: turtle oil cream (sea turtle fat); Spanish wording", consignee_name="Sra. María Gómez")
dis("L1-3", "2028-03-15", "import", "ID", "NL", [it("961590", "Sisir kulit penyu, 50 pcs", "ID", 1, 250, cur="USD", qty=50)], transport="post", note="L1: combs of penyu (sea turtle) shell; Indonesian wording")
# F1 live invertebrates or reptiles as feeder insects: a mass per animal no feeder has, or from
# a wild-collection country that farms no feeders for export
dis("F1-1", "2028-03-16", "import", "GH", "NL", [it("010649", "Live mealworms, feeder insects, 6 boxes", "GH", 30, 250, cur="USD", qty=600)], transport="air", note="F1: 600 'mealworms' in 30 kg (50 g each) from Ghana: giant millipedes or scorpions")
dis("F1-2", "2028-03-17", "import", "TZ", "DE", [it("010690", "Lebende Futterinsekten (Heimchen), 3 Kartons", "TZ", 12, 180, cur="USD", qty=300)], transport="air", note="F1: 'feeder crickets' at 40 g each from Tanzania: baboon spiders; German wording")
dis("F1-3", "2028-03-18", "import", "CM", "FR", [it("010649", "Grillons vivants pour nourrissage, 10 cartons", "CM", 40, 300, cur="USD")], transport="air", note="F1: feeder crickets flown in from Cameroon; French wording")
# I1 ivory as tagua: a carving larger or heavier than a tagua nut can give
dis("I1-1", "2028-03-19", "transit", "CO", "HK", [it("960200", "Figuras talladas en tagua, 30 cm, 6 unidades", "CO", 9, 240, cur="USD", qty=6)], transport="air", transit=["ES"], note="I1: a 30 cm, 1.5 kg 'tagua' figure; Spanish wording, in transit to Hong Kong")
dis("I1-2", "2028-03-20", "import", "EC", "DE", [it("442190", "Steinnuss-Schnitzerei, Elefant, 4 Stück", "EC", 3.2, 160, cur="USD", qty=4)], transport="air", note="I1: 800 g 'Steinnuss' carvings; German wording")
dis("I1-3", "2028-03-21", "export", "BE", "VN", [it("960200", "Vegetable ivory sculpture, 40 cm tall, 1 pc", "BE", 2, 120, qty=1)], transport="air", note="I1: a 40 cm 'vegetable ivory' sculpture to Viet Nam")

# lawful look-alikes (the controlled word in a lawful sense) and private persons
ordi("1", "2028-03-01", "import", "CM", "FR", [it("440727", "Sciages de sapelli, FAS, 30 m3", "CM", 20000, 18000)], note="sapelli from its African range")
ordi("2", "2028-03-02", "import", "BR", "DE", [it("440729", "Sawn teak, plantation grown, FSC, 20 m3", "BR", 14000, 16000, cur="USD")], note="plantation teak from Brazil")
ordi("3", "2028-03-03", "import", "PE", "ES", [it("440729", "Madera aserrada de tornillo (Cedrelinga), KD, 25 m3", "PE", 22000, 15000, cur="USD")], note="a Peruvian timber under its own name")
ordi("4", "2028-03-04", "import", "AU", "CN", [it("440122", "Australian sandalwood (Santalum spicatum) chips, 10 t", "AU", 10000, 90000, cur="USD")], note="Australian sandalwood, not listed")
ordi("5", "2028-03-05", "import", "KE", "GB", [it("330741", "Incense sticks, sandalwood fragrance, retail boxes, 2000", "KE", 200, 1600, cur="USD", qty=2000)], transport="air", note="sandalwood-scented retail incense from Kenya (synthetic fragrance, retail)")
ordi("6", "2028-03-06", "import", "IN", "FR", [it("330129", "Huile essentielle de santal (Santalum album), 5 kg", "IN", 5, 9000)], transport="air", note="Indian sandalwood oil from India")
ordi("7", "2028-03-07", "import", "CN", "ES", [it("950300", "Mono de peluche, juguete, 200", "CN", 60, 400, cur="USD", qty=200)], note="plush toy monkeys")
ordi("8", "2028-03-08", "import", "MA", "ES", [it("010619", "Perro de compañía, vacunado, 1", "MA", 9, 0, qty=1)], transport="road", note="a pet dog by road from Morocco", consignee_name="Sr. Y. Haddad")
ordi("9", "2028-03-09", "import", "US", "GB", [it("820412", "Monkey wrench, 12 inch, 50 pcs", "US", 40, 600, cur="USD", qty=50)], note="monkey wrenches")
ordi("10", "2028-03-10", "import", "IN", "GB", [it("220300", "Cobra premium beer, 330 ml, 2400 bottles", "IN", 1000, 1800, qty=2400)], note="Cobra beer")
ordi("11", "2028-03-11", "import", "JP", "DE", [it("220890", "Habushu Okinawa Likör, 720 ml, 6 Flaschen", "JP", 8, 240, cur="USD", qty=6)], transport="air", note="habu sake: the habu viper is not listed")
ordi("12", "2028-03-12", "import", "VN", "FR", [it("220890", "Rượu nếp cẩm, chai 500 ml, 24 chai", "VN", 15, 90, cur="USD", qty=24)], transport="air", note="Vietnamese black sticky-rice wine")
ordi("13", "2028-03-13", "import", "GB", "DE", [it("220600", "Snakebite cider, 500 ml cans, 480", "GB", 260, 700, qty=480)], transport="road", note="a cider named snakebite")
ordi("14", "2028-03-14", "import", "MX", "US", [it("220300", "Cerveza clara, caguama 940 ml, 1200 botellas", "MX", 1800, 2400, cur="USD", qty=1200)], transport="road", note="caguama is also Mexico's litre beer bottle")
ordi("15", "2028-03-15", "import", "MX", "ES", [it("640399", "Botas vaqueras de piel bovina grabada tipo tortuga, 20 pares", "MX", 30, 1800, cur="USD", qty=20)], transport="air", note="cowhide boots embossed in a turtle pattern")
ordi("16", "2028-03-16", "import", "IT", "FR", [it("900311", "Montures de lunettes écaille de tortue, acétate, 50", "IT", 3, 1500, qty=50)], transport="road", note="tortoiseshell-pattern acetate frames")
ordi("17", "2028-03-17", "import", "NL", "BE", [it("010649", "Levende krekels, voerinsecten, 20 dozen", "NL", 10, 200, qty=20000)], transport="road", note="feeder crickets from a Dutch farm")
ordi("18", "2028-03-18", "import", "TH", "DE", [it("041000", "Getrocknete Grillen, essbare Insekten, 500 kg", "TH", 500, 9000, cur="USD")], note="dried edible crickets from Thailand")
ordi("19", "2028-03-19", "import", "IN", "GB", [it("950699", "Cricket bats, English willow, 100 pcs", "IN", 120, 3000, qty=100)], note="cricket bats")
ordi("20", "2028-03-20", "import", "EC", "IT", [it("960629", "Bottoni in tagua (avorio vegetale), 20 mm, 50.000 pz", "EC", 60, 2500, cur="USD", qty=50000)], note="tagua buttons")
ordi("21", "2028-03-21", "import", "EC", "FR", [it("960200", "Petites figurines en tagua, 4 cm, artisanat, 300 pièces", "EC", 15, 1200, cur="USD", qty=300)], transport="air", note="small tagua figurines at 50 g each")
ordi("22", "2028-03-22", "import", "CN", "GB", [it("392690", "Ivory colour resin figurines, 20 cm, 100 pcs", "CN", 60, 500, cur="USD", qty=100)], note="'ivory' as a colour on resin figures")
ordi("23", "2028-03-23", "import", "TH", "DE", [it("330499", "Schlangenöl-Creme (Kosmetik, ohne tierische Bestandteile), 100 Tuben", "TH", 10, 300, cur="USD", qty=100)], transport="air", note="'snake oil' cream without animal parts")
ordi("24", "2028-03-24", "import", "DE", "AT", [it("950300", "Kuscheltier Meeresschildkröte, Plüsch, 50", "DE", 10, 250, qty=50)], transport="road", note="plush sea-turtle toys", consignee_name="Frau Anna Huber")
ordi("25", "2028-03-25", "import", "US", "FR", [it("490199", "Livre : Primates du monde, 1 exemplaire", "US", 1, 40, cur="USD", qty=1)], transport="post", note="a book about primates to a private person", consignee_name="Mme Claire Martin")
ordi("26", "2028-03-26", "import", "IN", "GB", [it("330741", "Sandalwood agarbatti, retail packs, 50", "IN", 2, 40, qty=50)], transport="post", note="sandalwood incense to a private person", consignee_name="Mr Raj Patel")
ordi("27", "2028-03-27", "import", "VN", "DE", [it("090230", "Tra sen, hộp 200 g, 10 hộp", "VN", 2, 40, cur="USD", qty=10)], transport="post", note="lotus tea to a private person", consignee_name="Frau Mai Tran")
ordi("28", "2028-03-28", "import", "KE", "NL", [it("060312", "Fresh cut carnations, 2 t", "KE", 2000, 6000, cur="USD")], transport="air", note="Kenyan flowers")

# permitted shipments with their documents
perm("1", "2028-03-01", "import", "PE", "ES", [it("440749", "Caoba (Swietenia macrophylla) aserrada, 10 m3", "PE", 7000, 30000, cur="USD", docs=[("CITES_PERMIT", "PE-2028-0410")])], note="big-leaf mahogany with its CITES permit")
perm("2", "2028-03-02", "import", "KE", "FR", [it("330129", "Huile de santal d'Afrique de l'Est (Osyris lanceolata), 10 kg", "KE", 10, 8000, cur="USD", docs=[("CITES_PERMIT", "KE-2028-0077")])], transport="air", note="Osyris oil with its CITES permit")
perm("3", "2028-03-03", "import", "GB", "DE", [it("010611", "Weißbüschelaffen (Callithrix jacchus), Nachzucht, für Zoo, 4", "GB", 2, 2000, qty=4, docs=[("CITES_CERTIFICATE", "GB-2028-1102")])], transport="road", note="captive-bred marmosets for a zoo with the certificate", consignee_name="Tierpark Nordstadt gGmbH")
perm("4", "2028-03-04", "import", "MG", "BE", [it("010649", "Live invertebrates (Gromphadorhina) for a zoo, 200", "MG", 4, 400, cur="USD", qty=200, docs=[("CITES_PERMIT", "MG-2028-0031")])], transport="air", note="hissing cockroaches with a permit (precautionary)")
perm("5", "2028-03-05", "import", "MX", "US", [it("420221", "Bolsa de piel de cocodrilo moreletii, criadero, 5", "MX", 4, 2500, cur="USD", qty=5, docs=[("CITES_PERMIT", "MX-2028-0555")])], transport="air", note="farmed crocodile handbags with their permit")
probes.write(HERE, "dev18-c")
