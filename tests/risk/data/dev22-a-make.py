#!/usr/bin/env python3
"""Writes the round-twenty-two (a) development probes for cultural property, dev22-a-{disguised,
ordinary,permitted}.ndjson: old church and liturgical books (and old books of Ukrainian origin)
through a neighbour of the war zone; archaeological ceramics of Cypriot origin shipped from Turkey
and red-polished ware below the old price floor; steppe and Iranian bronzes (Ordos, Xiongnu,
Luristan, animal-style plaques); old silver plates with royal hunts from Iran and its hubs
(Sasanian silver); West Mexican shaft-tomb figures as folk ceramics; and, a further family no set
held, neolithic painted pottery (Majiayao, Yangshao, Ban Chiang, Trypillia). Written by hand,
worded differently from blind21's rows, and committed before the round-twenty-two (a) rules were
run on it (docs/profile-packs.md, "Round twenty-two (a): cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D22A", "922", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# B old church books, or old books of Ukrainian origin, through a neighbour
dis("B-1", "2029-10-01", "import", "PL", "DE", [it("490199", "Alte Kirchenbücher, kyrillisch, Holzdeckel mit Leder, 5 Stk.", "UA", 14, 250, qty=5)], transport="road", consignee_name="Herr Jan Nowak", note="B: old Cyrillic church books with leather-covered boards of Ukrainian origin through Poland; German wording")
dis("B-2", "2029-10-02", "import", "MD", "RO", [it("490110", "Psaltire vechi în limba slavonă, 4 buc.", "MD", 6, 120, qty=4)], transport="road", note="B: old Church Slavonic psalters from Moldova; Romanian wording")
dis("B-3", "2029-10-03", "import", "UA", "SK", [it("490199", "Старовинні богослужбові книги, шкіряна палітурка, 3 шт.", "UA", 7, 90, qty=3)], transport="post", consignee_name="Pani Oksana Kovalenko", note="B: old liturgical books with leather bindings from Ukraine by post; Ukrainian wording")

# J archaeological ceramics: Cypriot pots shipped from Turkey, red-polished ware below EUR 60
dis("J-1", "2029-10-04", "import", "TR", "GR", [it("691200", "Decorative clay bowls, hand-formed, 5 pcs", "CY", 8, 90, qty=5)], transport="road", note="J: hand-formed clay bowls of Cypriot origin shipped from Turkey: Bronze Age tomb pottery of the north")
dis("J-2", "2029-10-05", "import", "TR", "DE", [it("691390", "El yapımı kırmızı perdahlı testi, 4 adet", "TR", 9, 140, qty=4)], transport="express", consignee_name="Herr Emre Yilmaz", note="J: red-polished handmade jugs at EUR 35 each; Turkish wording")
dis("J-3", "2029-10-06", "import", "GB", "NL", [it("691390", "Red polished ware juglet, handmade, 1 pc", "CY", 1, 45, cur="GBP", qty=1)], transport="post", note="J: a red polished ware juglet from the UK at GBP 45: Cypriot Bronze Age ware")

# O steppe and Iranian bronzes
dis("O-1", "2029-10-07", "import", "MN", "DE", [it("830629", "Bronze-Gürtelplatten mit Tierkampfszene, alt, 4 Stück", "MN", 1, 320, qty=4)], transport="post", note="O: old bronze belt plates with animal combat from Mongolia; German wording")
dis("O-2", "2029-10-08", "import", "HK", "FR", [it("711790", "匈奴青铜带扣 一对", "CN", 0.3, 150, cur="USD", qty=2)], transport="express", consignee_name="M. Lin Wei", note="O: a pair of Xiongnu bronze buckles through Hong Kong; Chinese wording")
dis("O-3", "2029-10-09", "import", "AE", "BE", [it("741999", "Lorestan bronze finials, decoration, 3 pcs", "IR", 2, 450, cur="USD", qty=3)], transport="air", note="O: Luristan bronze standard finials from Iran through Dubai")

# S old silver plates with royal hunts
dis("S-1", "2029-10-10", "import", "TR", "AT", [it("711411", "Antike Silberschale mit Jagdszene, 1 Stück", "IR", 1, 900, qty=1)], transport="air", note="S: an antique silver bowl with a hunting scene of Iranian origin through Turkey; German wording")
dis("S-2", "2029-10-11", "import", "AE", "GB", [it("830629", "طبق قديم من الفضة المذهبة عليه ملك يصطاد", "IQ", 1, 700, cur="USD", qty=1)], transport="express", consignee_name="Mr H. Al-Jabouri", note="S: an old gilded silver plate with a king hunting, Iraqi origin through Dubai; Arabic wording")
dis("S-3", "2029-10-12", "import", "IR", "SE", [it("711420", "بشقاب نقره‌ای قدیمی، نقش سوارکار و شکار", "IR", 1, 380, cur="USD", qty=1)], transport="post", note="S: an old silver plate with a rider and a hunt from Iran; Persian wording")

# W West Mexican shaft-tomb figures as folk ceramics
dis("W-1", "2029-10-13", "import", "MX", "ES", [it("691390", "Artesanía de barro, figuras huecas sentadas, engobe rojo, 3 pzas", "MX", 9, 450, cur="USD", qty=3)], transport="air", note="W: hollow seated red-slipped figures from Mexico as crafts; Spanish wording")
dis("W-2", "2029-10-14", "import", "US", "CH", [it("970300", "Figurine en terre cuite, style populaire, chien de Colima, 1 pièce", "MX", 4, 700, cur="USD", qty=1)], transport="express", consignee_name="M. Luc Favre", note="W: a Colima dog as a popular-style terracotta from the US; French wording")
dis("W-3", "2029-10-15", "import", "US", "DE", [it("691390", "Keramikfiguren aus Mexiko, Manganflecken, 2 Stk.", "MX", 6, 500, cur="USD", qty=2)], transport="express", note="W: ceramic figures from Mexico with manganese spots; German wording")

# N neolithic painted pottery
dis("N-1", "2029-10-16", "import", "CN", "NL", [it("691390", "仰韶文化彩陶盆，1件", "CN", 3, 200, cur="USD", qty=1)], transport="post", consignee_name="Dhr. K. Chen", note="N: a Yangshao painted pottery basin; Chinese wording")
dis("N-2", "2029-10-17", "import", "TH", "DE", [it("691200", "Painted clay jars, Ban Chiang, 2 pcs", "TH", 4, 260, cur="USD", qty=2)], transport="air", note="N: Ban Chiang painted jars from Thailand")
dis("N-3", "2029-10-18", "import", "UA", "PL", [it("691390", "Трипільський глиняний посуд, розписний, 2 шт.", "UA", 5, 300, cur="USD", qty=2)], transport="road", note="N: Trypillia painted pottery from Ukraine; Ukrainian wording")

# ordinary: lawful look-alikes, several to private persons
ordi("1", "2029-10-01", "import", "MD", "RO", [it("490199", "Cărți de rugăciuni ortodoxe, noi, tipar 2029, 150 buc.", "MD", 60, 900, qty=150)], transport="road", importer_name="Editura Lumina SRL", note="new Orthodox prayer books")
ordi("2", "2029-10-02", "import", "UA", "PL", [it("490199", "Used paperback novels, 20 pcs", "UA", 8, 40, qty=20)], transport="road", consignee_name="Pan Andrij Shevchenko", note="used paperback novels from Ukraine to a private person")
ordi("3", "2029-10-03", "import", "GB", "DE", [it("490199", "Old books, second-hand crime novels, 12 pcs", "GB", 6, 36, qty=12)], transport="post", consignee_name="Frau Anna Schmidt", note="old second-hand novels to a private person")
ordi("4", "2029-10-04", "import", "TR", "BG", [it("691200", "Handmade red clay jugs, new, 40 pcs", "TR", 50, 300, qty=40)], transport="road", importer_name="Keramika Plovdiv OOD", note="new handmade Turkish jugs")
ordi("5", "2029-10-05", "import", "CY", "GR", [it("691200", "Cypriot handmade pottery jugs, 10 pcs", "CY", 15, 250, qty=10)], transport="sea", consignee_name="Κα Μαρία Παπαδοπούλου", note="Cypriot workshop pottery shipped from Cyprus to a private person")
ordi("6", "2029-10-06", "import", "IT", "DE", [it("691200", "Polished red terracotta planters, 30 pcs", "IT", 90, 450, qty=30)], transport="road", note="polished red terracotta planters at EUR 15")
ordi("7", "2029-10-07", "import", "CN", "DE", [it("830629", "Bronze wall plaques, animal motif, 200 pcs", "CN", 60, 600, cur="USD", qty=200)], transport="sea", note="modern bronze plaques with animal motifs at USD 3")
ordi("8", "2029-10-08", "import", "CN", "FR", [it("611012", "鄂尔多斯羊绒衫，10件", "CN", 4, 1500, cur="USD", qty=10)], transport="express", consignee_name="Mme Li Na", note="Ordos (Erdos) cashmere sweaters to a private person")
ordi("9", "2029-10-09", "import", "CN", "NL", [it("830810", "Belt buckles, bronze colour, animal style, new, 1000 pcs", "CN", 80, 900, cur="USD", qty=1000)], transport="sea", note="new buckles in bronze colour")
ordi("10", "2029-10-10", "import", "IR", "DE", [it("711411", "Isfahan silver plate, ghalamzani engraved hunting scene, new handicraft", "IR", 1, 600, cur="USD", qty=1)], transport="air", consignee_name="Herr Reza Karimi", note="new Isfahan engraved silver to a private person")
ordi("11", "2029-10-11", "import", "AE", "GB", [it("711420", "Silver plated serving trays, 24 pcs", "CN", 20, 480, cur="USD", qty=24)], transport="sea", note="silver-plated trays through Dubai")
ordi("12", "2029-10-12", "import", "GB", "FR", [it("711411", "Old silver hunting trophy cup, Victorian, 1 pc", "GB", 1, 450, cur="GBP", qty=1)], transport="post", consignee_name="M. Pierre Lambert", note="a Victorian silver hunting trophy to a private person")
ordi("13", "2029-10-13", "import", "MX", "US", [it("691390", "Mexican folk ceramics, painted Catrina figures, 60 pcs", "MX", 30, 480, cur="USD", qty=60)], transport="road", note="painted Catrina figures")
ordi("14", "2029-10-14", "import", "MX", "DE", [it("691390", "Réplica de figura de Colima, barro rojo, 1 pza", "MX", 2, 60, cur="USD", qty=1)], transport="post", consignee_name="Frau Maria Weber", note="a replica Colima figure to a private person")
ordi("15", "2029-10-15", "import", "MX", "US", [it("691200", "Red slip stoneware mugs, 120 pcs", "MX", 60, 480, cur="USD", qty=120)], transport="road", note="red slip mugs at USD 4")
ordi("16", "2029-10-16", "import", "CN", "DE", [it("691390", "仿古彩陶罐，工艺品，20件", "CN", 30, 200, cur="USD", qty=20)], transport="sea", note="antique-style painted pottery crafts")
ordi("17", "2029-10-17", "import", "TH", "US", [it("691390", "Ban Chiang style pottery, handicraft, 50 pcs", "TH", 40, 400, cur="USD", qty=50)], transport="sea", note="Ban Chiang style crafts")
ordi("18", "2029-10-18", "import", "US", "GB", [it("490199", "Books on neolithic pottery and Sasanian art, new, 10 pcs", "US", 8, 300, cur="USD", qty=10)], transport="air", consignee_name="Dr Helen Price", note="new books naming the cultures, to a private person")

# permitted: the same goods with their documents
perm("1", "2029-10-01", "import", "UA", "PL", [it("490199", "Church Slavonic Gospel book, 1790, leather binding, 1 pc", "UA", 4, 6000, qty=1, docs=[("EXPORT_LICENCE", "UA-MKIP-2029-0211")])], transport="road", note="an 18th-century Gospel book with the Ukrainian export licence")
perm("2", "2029-10-02", "import", "CH", "DE", [it("970510", "Ordos bronze belt plaque, ex-collection 1975, 1 pc", "CN", 0.3, 4000, cur="CHF", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "CH-BAK-2029-118"), ("IMPORT_LICENCE", "DE-KGSG-2029-077")])], transport="air", note="an Ordos plaque from an old collection with its certificates")
perm("3", "2029-10-03", "import", "US", "GB", [it("970510", "Sasanian silver plate with royal hunt, ex-collection, 1 pc", "IR", 1, 90000, cur="USD", qty=1, docs=[("EXPORT_LICENCE", "US-2029-5512"), ("IMPORT_LICENCE", "GB-ACE-2029-031")])], transport="air", note="a Sasanian plate with its licences")
perm("4", "2029-10-04", "import", "MX", "US", [it("970510", "Colima seated figure, loan for exhibition, 1 pc", "MX", 5, 20000, cur="USD", qty=1, docs=[("EXPORT_LICENCE", "MX-INAH-2029-0093")])], transport="air", note="a Colima figure on loan with the INAH permit")

probes.write(HERE, "dev22-a")
