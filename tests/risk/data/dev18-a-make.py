#!/usr/bin/env python3
"""Writes the round-eighteen (a) development probes for cultural property
(dev18-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind16's rows and mostly in languages of the trade routes; the note says which
modus operandi family it belongs to and what betrays it. The ordinary rows include lawful
private-person consignees receiving ordinary goods of these families and a lawful look-alike of
every family, using the controlled word in a lawful sense. Written and committed before the
round-eighteen (a) rules were run on it (docs/profile-packs.md, "Round eighteen (a): cultural
property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D18A", "918", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# G1 grave memorials of wood taken from graves (Mijikenda vigango, Malagasy aloalo, Toraja
# tau-tau, Konso waga, Dayak hampatong) declared as carved wood, "tribal art" or garden posts
dis("G1-1", "2028-11-01", "import", "TZ", "NL", [it("442199", "Houten palen, gesneden, verweerd, Oost-Afrikaans, 4 st.", "KE", 70, 500, cur="USD", qty=4)], transport="sea", note="G1: weathered carved posts from the Kenyan coast are vigango taken from graves; Dutch wording")
dis("G1-2", "2028-11-02", "import", "MG", "FR", [it("970300", "Poteaux funéraires sculptés aloalo, bois, 2 pièces", "MG", 40, 350, cur="EUR", qty=2)], transport="air", note="G1: aloalo are Mahafaly grave posts of Madagascar; French wording")
dis("G1-3", "2028-11-03", "import", "ID", "DE", [it("442090", "Holzfigur Tau Tau, Toraja, alt, 1 St.", "ID", 15, 300, cur="EUR", qty=1)], transport="air", note="G1: a tau-tau is a Toraja effigy of the dead taken from a cliff grave; German wording", consignee_name="Herr Uwe Brandt")
# G2 archaic jade with burial stains (Liangzhu cong, bi discs, Hongshan dragons) declared as
# jade carvings or stones
dis("G2-1", "2028-11-04", "import", "HK", "GB", [it("711620", "Jade bi disc, calcified, earth-stained, 18 cm, 1 pc", "CN", 1.2, 250, cur="USD", qty=1)], transport="express", note="G2: a calcified, earth-stained bi disc is a Neolithic burial jade", consignee_name="Mr Daniel Ho")
dis("G2-2", "2028-11-05", "import", "CN", "FR", [it("710310", "古玉璧，鸡骨白，带沁色，1件", "CN", 0.8, 200, cur="USD", qty=1)], transport="post", note="G2: an 'old jade bi' with chicken-bone white alteration and burial stains; Chinese wording", consignee_name="M. Wei Zhang")
dis("G2-3", "2028-11-06", "import", "HK", "US", [it("711620", "Nephrite tube, square outside round inside, soil encrustation, 1 pc", "CN", 2.5, 400, cur="USD", qty=1)], transport="air", note="G2: a square-outside, round-inside nephrite tube with soil is a cong")
# G3 pre-Columbian Caribbean and American ritual objects (duho seats, cemí three-pointers)
# under wood, charcoal or stone codes
dis("G3-1", "2028-11-07", "import", "HT", "US", [it("440399", "Wooden stool, carved animal head, eroded, ceremonial, 1 pc", "HT", 9, 120, cur="USD", qty=1)], transport="air", note="G3: an eroded ceremonial stool with an animal head from Haiti is a Taíno duho", consignee_name="Ms Carla Pierre")
dis("G3-2", "2028-11-08", "import", "DO", "IT", [it("251690", "Pietra a tre punte scolpita, volto antropomorfo, 1 pz", "DO", 3, 90, cur="USD", qty=1)], transport="post", note="G3: a carved three-pointed stone with a face is a Taíno cemí (trigonolito); Italian wording", consignee_name="Sig. Marco Conti")
dis("G3-3", "2028-11-09", "import", "PR", "ES", [it("970300", "Cemí de piedra, figura de tres puntas, 1 pieza", "PR", 2, 150, cur="USD", qty=1)], transport="air", note="G3: a stone cemí")
# G4 Roman and Balkan metal-detector finds: inscribed bronze tablets, diplomas, fibulae
dis("G4-1", "2028-11-10", "import", "BG", "DE", [it("741999", "Bronzetafel mit römischer Schrift, Bodenfund, 1 St.", "BG", 0.1, 40, qty=1)], transport="post", note="G4: a bronze tablet with Roman writing as a ground find from Bulgaria; German wording", consignee_name="Herr Karl Huber")
dis("G4-2", "2028-11-11", "import", "RO", "GB", [it("711790", "Lot of bronze brooches (fibulae), detector finds, uncleaned, 25 pcs", "RO", 0.4, 70, cur="GBP", qty=25)], transport="post", note="G4: uncleaned fibulae, detector finds from Romania", consignee_name="Mr Neil Parker")
dis("G4-3", "2028-11-12", "import", "RS", "AT", [it("830629", "Bronzane pločice sa latinskim natpisom, nalaz, 2 kom", "RS", 0.2, 50, qty=2)], transport="post", note="G4: bronze plaques with a Latin inscription as a find; Serbian wording", consignee_name="Frau Ana Novak")
# G5 grave stones with inscriptions (matzevot, Muslim, Armenian or old Christian gravestones)
# sold as used paving, building or garden stone
dis("G5-1", "2028-11-13", "export", "UA", "DE", [it("680291", "Used stone slabs with Hebrew lettering, reclaimed, 25 pcs", "UA", 7000, 500, qty=25)], transport="road", note="G5: used slabs with Hebrew lettering are matzevot from a Jewish cemetery; export from Ukraine")
dis("G5-2", "2028-11-14", "export", "PL", "NL", [it("680299", "Macewy, kamień piaskowy, do ogrodu, 10 szt.", "PL", 3000, 400, qty=10)], transport="road", note="G5: macewy (matzevot) for a garden; Polish wording")
dis("G5-3", "2028-11-15", "import", "TR", "DE", [it("680293", "Alte Grabsteine aus Marmor mit osmanischer Inschrift, 6 St.", "TR", 1200, 600, qty=6)], transport="road", note="G5: old Ottoman-inscribed marble gravestones; German wording")
# G6 South-East Asian temple sculpture named by its style (Cham, Khmer, Dvaravati, Pyu,
# Majapahit) declared as garden or decorative stone
dis("G6-1", "2028-11-16", "import", "KH", "NL", [it("680291", "Zandstenen torso, Baphuon-stijl, tuindecoratie, 1 st.", "KH", 60, 300, cur="USD", qty=1)], transport="sea", note="G6: a Baphuon-style sandstone torso from Cambodia; Dutch wording")
dis("G6-2", "2028-11-17", "import", "TH", "DE", [it("680299", "Steinrelief Apsara, Champa-Stil, für Garten, 1 St.", "VN", 90, 450, cur="USD", qty=1)], transport="sea", note="G6: an apsara relief in Champa style of Vietnamese origin via Thailand; German wording")
dis("G6-3", "2028-11-18", "import", "MM", "GB", [it("691390", "Terracotta plaque, Pyu style, Buddha figure, 1 pc", "MM", 4, 120, cur="USD", qty=1)], transport="air", note="G6: a Pyu terracotta votive plaque from Myanmar", consignee_name="Mr Tom Ellis")
# G7 encaustic mummy portraits named by their wax colours in Arabic or other languages
dis("G7-1", "2028-11-19", "import", "EG", "BE", [it("970191", "صورة امرأة على لوح خشب بالشمع الملون، قديمة، قطعة", "EG", 1, 300, cur="USD", qty=1)], transport="air", note="G7: a woman's portrait in coloured wax on a wooden board from Egypt; Arabic wording", consignee_name="Mme Sarah Dubois")
dis("G7-2", "2028-11-20", "import", "EG", "IT", [it("970191", "Ritratto su tavola di legno, colori a cera, crepato, 1 pz", "EG", 1, 280, cur="USD", qty=1)], transport="air", note="G7: a cracked wax-colour portrait on a wooden panel; Italian wording")
# N1 secret-sacred and ceremonial objects of indigenous peoples whose export their countries
# forbid (Aboriginal tjurunga, Native American ceremonial items, Maori taonga tuturu)
dis("N1-1", "2028-11-21", "export", "AU", "FR", [it("442090", "Carved wooden board, Aboriginal, ochre, incised designs, 1 pc", "AU", 1, 200, cur="AUD", qty=1)], transport="post", note="N1: an old ochred incised Aboriginal board is a tjurunga, secret-sacred, whose export Australia forbids", consignee_name="M. Paul Girard")
dis("N1-2", "2028-11-22", "export", "US", "BE", [it("970300", "Ceremonial mask, Native American, old, worn, 1 pc", "US", 2, 500, cur="USD", qty=1)], transport="air", note="N1: an old Native American ceremonial mask (Stop Act 2022 export prohibition)")
dis("N1-3", "2028-11-23", "export", "NZ", "GB", [it("442199", "Maori carved wooden panel, old, from a meeting house, 1 pc", "NZ", 20, 700, cur="NZD", qty=1)], transport="air", note="N1: an old Maori carving from a meeting house is taonga tuturu; export needs a certificate")

# ordinary trade: lawful look-alikes of every family and private persons receiving ordinary goods
ordi("1", "2028-11-01", "import", "KE", "DE", [it("442199", "Carved wooden giraffes, Kenyan handicraft, new, 40 pcs", "KE", 60, 400, cur="USD", qty=40)], transport="air", note="G1 look-alike: new Kenyan souvenir carvings")
ordi("2", "2028-11-02", "import", "ID", "NL", [it("442199", "Teak garden posts, reclaimed wood, carved tops, 20 pcs", "ID", 400, 1200, cur="USD", qty=20)], transport="sea", note="G1 look-alike: reclaimed teak garden posts")
ordi("3", "2028-11-03", "import", "MG", "FR", [it("442090", "Boîtes en bois de palissandre sculpté, artisanat, 50 pièces", "MG", 20, 300, cur="EUR", qty=50)], transport="air", note="G1 look-alike: Malagasy craft boxes", consignee_name="Mme Julie Robert")
ordi("4", "2028-11-04", "import", "CN", "DE", [it("711620", "Jade bangles, nephrite, polished, new, 30 pcs", "CN", 3, 600, cur="USD", qty=30)], transport="express", note="G2 look-alike: new jade bangles to a private person", consignee_name="Frau Mei Schmidt")
ordi("5", "2028-11-05", "import", "HK", "GB", [it("711620", "Jade cong replica, resin, museum shop, 2 pcs", "CN", 0.6, 40, cur="USD", qty=2)], transport="post", note="G2 look-alike: museum-shop resin cong replicas", consignee_name="Mrs Ann Lee")
ordi("6", "2028-11-06", "import", "CN", "FR", [it("710310", "和田玉原石，未加工，5公斤", "CN", 5, 500, cur="USD", qty=1)], transport="air", note="G2 look-alike: raw Hetian jade rough")
ordi("7", "2028-11-07", "import", "DO", "ES", [it("440290", "Carbón vegetal de marabú, sacos de 10 kg, 200 sacos", "DO", 2000, 900, cur="USD", qty=200)], transport="sea", note="G3 look-alike: charcoal from the Dominican Republic")
ordi("8", "2028-11-08", "import", "HT", "US", [it("442199", "Handcrafted wooden bowls with carved turtle, new, 20 pcs", "HT", 15, 200, cur="USD", qty=20)], transport="air", note="G3 look-alike: new Haitian craft bowls", consignee_name="Ms Rose Jean")
ordi("9", "2028-11-09", "import", "MX", "US", [it("940169", "Ceremonial chairs for wedding venue, carved wood, new, 12 pcs", "MX", 120, 1800, cur="USD", qty=12)], transport="road", note="G3 look-alike: 'ceremonial' chairs for weddings")
ordi("10", "2028-11-10", "import", "BG", "DE", [it("741999", "Bronze plaques with engraved Latin motto, new, for doors, 10 pcs", "BG", 2, 150, qty=10)], transport="post", note="G4 look-alike: new engraved door plaques with a Latin motto", consignee_name="Herr Stefan Bauer")
ordi("11", "2028-11-11", "import", "RS", "AT", [it("830629", "Bronze figurines, new castings, decorative, 6 pcs", "RS", 3, 120, qty=6)], transport="post", note="G4 look-alike: new bronze castings to a private person", consignee_name="Frau Eva Gruber")
ordi("12", "2028-11-12", "import", "CN", "GB", [it("902290", "Metal detector search coil, 11 inch, 1 pc", "CN", 1, 90, cur="GBP", qty=1)], transport="post", note="G4 look-alike: a detector coil to a private person", consignee_name="Mr Gary Hill")
ordi("13", "2028-11-13", "import", "CN", "DE", [it("680293", "Grabsteine aus Granit, neu, poliert, mit Gravur, 20 St.", "CN", 8000, 6000, qty=20)], transport="sea", note="G5 look-alike: new granite headstones from China")
ordi("14", "2028-11-14", "export", "PL", "DE", [it("680100", "Kostka brukowa granitowa z odzysku, 20 t", "PL", 20000, 1200, qty=1)], transport="road", note="G5 look-alike: reclaimed granite setts, no inscriptions")
ordi("15", "2028-11-15", "import", "IL", "GB", [it("680291", "Jerusalem stone tiles with Hebrew blessing engraved, new, 10 pcs", "IL", 200, 900, cur="USD", qty=10)], transport="sea", note="G5 look-alike: new engraved Jerusalem stone plaques")
ordi("16", "2028-11-16", "import", "ID", "NL", [it("680291", "Balinese stone garden statues, new, hand carved, Buddha, 8 pcs", "ID", 600, 1600, cur="USD", qty=8)], transport="sea", note="G6 look-alike: new Balinese garden statues")
ordi("17", "2028-11-17", "import", "VN", "FR", [it("680291", "Statue en pierre, reproduction de style khmer, neuve, 1 pièce", "VN", 70, 350, cur="USD", qty=1)], transport="sea", note="G6 look-alike: a new Khmer-style reproduction")
ordi("18", "2028-11-18", "import", "TH", "DE", [it("392690", "Buddha-Kopf aus Kunstharz, Khmer-Stil, Deko, 4 St.", "TH", 8, 80, cur="USD", qty=4)], transport="post", note="G6 look-alike: resin Khmer-style heads", consignee_name="Frau Lisa Koch")
ordi("19", "2028-11-19", "import", "EG", "NL", [it("340600", "شموع ملونة معطرة، 100 قطعة", "EG", 10, 100, cur="USD", qty=100)], transport="air", note="G7 look-alike: coloured scented candles from Egypt, Arabic wording")
ordi("20", "2028-11-20", "import", "EG", "IT", [it("970110", "Dipinto moderno a encausto su tavola, firmato dall'artista 2024, 1 pz", "EG", 2, 900, cur="EUR", qty=1)], transport="air", note="G7 look-alike: a signed contemporary encaustic painting")
ordi("21", "2028-11-21", "export", "AU", "GB", [it("970110", "Aboriginal dot painting, acrylic on canvas, signed by the artist, 2025, 1 pc", "AU", 2, 1500, cur="AUD", qty=1)], transport="air", note="N1 look-alike: a contemporary Aboriginal painting", consignee_name="Ms Jane Cooper")
ordi("22", "2028-11-22", "export", "US", "DE", [it("970300", "Hopi kachina doll, carved cottonwood, signed by the artist, new, 1 pc", "US", 0.5, 400, cur="USD", qty=1)], transport="post", note="N1 look-alike: a contemporary signed kachina carving", consignee_name="Herr Jan Vogel")
ordi("23", "2028-11-23", "export", "NZ", "AU", [it("442199", "Maori-design carved wooden key rings, new, souvenirs, 100 pcs", "NZ", 3, 300, cur="NZD", qty=100)], transport="air", note="N1 look-alike: new Maori-design souvenirs")
ordi("24", "2028-12-01", "import", "CH", "DE", [it("490199", "Faksimile-Ausgabe eines mittelalterlichen Stundenbuchs, gedruckt, neu, 1 St.", "CH", 3, 90, qty=1)], transport="express", note="over-flag look-alike: a new printed facsimile of a medieval book of hours", consignee_name="Herr Paul Keller")
ordi("25", "2028-12-02", "import", "GB", "FR", [it("490199", "Facsimile edition of an illuminated manuscript, printed, with commentary volume, 1 pc", "GB", 4, 180, cur="GBP", qty=1)], transport="post", note="over-flag look-alike: a printed facsimile edition", consignee_name="M. Luc Martin")

# permitted shipments with their documents
perm("1", "2028-11-01", "import", "KE", "BE", [it("970300", "Mijikenda vigango, returned from museum loan, 2 pcs", "KE", 30, 20000, cur="USD", qty=2, docs=[("CULTURAL_EXPORT_CERTIFICATE", "KE-NMK-2028-0031")])], transport="air", note="grave posts on museum loan with Kenya's export certificate")
perm("2", "2028-11-02", "export", "PL", "IL", [it("680291", "Matzevot fragments for memorial lapidarium, 4 pcs", "PL", 800, 1000, qty=4, docs=[("EXPORT_LICENCE", "PL-MKiDN-2028-0099")])], transport="road", note="tombstone fragments exported with Poland's permit to a memorial")
perm("3", "2028-11-03", "import", "CN", "US", [it("970500", "Liangzhu jade cong, Neolithic, exhibition loan, 1 pc", "CN", 3, 500000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "CN-NCHA-2028-0012")])], transport="air", note="an exhibition loan with China's export permit")
perm("4", "2028-11-04", "import", "VN", "FR", [it("970500", "Bas-relief cham en grès, prêt pour exposition, 1 pièce", "VN", 80, 150000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "VN-MCST-2028-0044")])], transport="air", note="a Cham relief on loan with Vietnam's certificate")
perm("5", "2028-11-05", "import", "RS", "AT", [it("970510", "Roman military diploma, bronze, 2 tablets, museum exchange", "RS", 0.2, 30000, qty=2, docs=[("CULTURAL_EXPORT_CERTIFICATE", "RS-MK-2028-0017")])], transport="air", note="a museum exchange with Serbia's certificate")
probes.write(HERE, "dev18-a")
