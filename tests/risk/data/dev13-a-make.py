#!/usr/bin/env python3
"""Writes the round-thirteen development probes for cultural property, strategic and dual-use
goods and explosive precursors (dev13-a-{disguised,ordinary,permitted}.ndjson). Every row is
written out by hand, worded differently from blind10's rows; the note says which modus operandi
family it belongs to and what betrays it. The ordinary rows include lawful private-person
consignees receiving ordinary goods of these families, so that the rules reading
consignee_kind are measured on the false-positive side. Written and committed before the
round-thirteen rules were run on it (docs/profile-packs.md, "Round thirteen: cultural property,
strategic and dual-use goods (incl. sanctions circumvention), explosive precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D13A", "913")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")
C, S, P = dict(domain="cultural"), dict(domain="strategic"), dict(domain="precursors")

# C1 monumental carved stone (cross-stones, kurgan stelae, gravestones, balbals) from a heritage
# area declared as new garden stone: hundreds of kilograms per piece at a garden-ware price
dis("C1-1", "2027-12-01", "import", "GE", "DE", [it("680293", "Grabstein mit Kreuzrelief und armenischer Inschrift, Granit, alt, 1 Stück", "AM", 380, 500, qty=1)], transport="road", transit=["TR", "BG", "RO", "HU", "AT"], importer_name="Gartenkunst Rhein GmbH", note="C1: an old carved cross-relief stone with an Armenian inscription is a khachkar or a gravestone from a cemetery; German wording", **C)
dis("C1-2", "2027-12-02", "import", "UA", "CZ", [it("680291", "Kamenná socha ženy, kurganová stéla, zahradní dekorace, 1 ks", "UA", 700, 350, qty=1)], transport="road", transit=["PL"], importer_name="Zahrady Morava s.r.o.", note="C1: a stone female figure called a kurgan stela is a kamennaya baba from the steppe; Czech wording", **C)
dis("C1-3", "2027-12-03", "import", "KZ", "NL", [it("680299", "Balbal, stenen beeld met gezicht, tuinornament, 1 stuk", "KZ", 450, 300, qty=1)], transport="rail", importer_name="Tuincentrum De Steen BV", note="C1: a balbal is a Turkic memorial stone figure from the steppe, declared as garden ornament; Dutch wording", **C)
# C2 sacred or ritual community textiles (Andean, Maya, Indonesian) as old blankets or rags
dis("C2-1", "2027-12-04", "import", "PE", "FR", [it("630140", "Textiles anciens aymaras, aguayos cérémoniels, 4 pièces", "BO", 5, 600, cur="USD", qty=4)], transport="air", note="C2: ceremonial Aymara aguayos of Bolivian origin are community sacred textiles (Red List Latin America); French wording", **PP, **C)
dis("C2-2", "2027-12-05", "import", "US", "IT", [it("630900", "Tessuti usati, ponchos andini antichi per uso rituale, 3 pezzi", "PE", 3, 450, cur="USD", qty=3)], transport="express", note="C2: antique Andean ritual ponchos as worn clothing; Italian wording", **PP, **C)
dis("C2-3", "2027-12-06", "import", "ID", "DE", [it("580500", "Alte Zeremonialtücher aus Sumba, Ikat, rituell, 2 Stück", "ID", 2, 900, qty=2)], transport="post", note="C2: old ceremonial ikat cloths from Sumba used in rituals are community heritage; German wording", **PP, **C)
# C3 a manuscript on its material (palm leaf, birch bark, bamboo slip, papyrus, bone or shell)
# declared as the raw material or as a craft: writing on it is what makes it a document
dis("C3-1", "2027-12-07", "import", "LK", "GB", [it("140490", "Old ola leaves with Sinhala script, tied bundles, craft material, 3 bundles", "LK", 2, 300, cur="USD", qty=3)], transport="post", note="C3: ola leaves with script in tied bundles are palm-leaf manuscripts; English wording", **PP, **C)
dis("C3-2", "2027-12-08", "import", "HK", "FR", [it("460219", "Lamelles de bambou gravées de caractères anciens, artisanat, 40 pièces", "CN", 1, 250, cur="USD", qty=40)], transport="post", note="C3: bamboo slips with ancient characters are Warring States-Han manuscripts (export forbidden by China); French wording", **PP, **C)
dis("C3-3", "2027-12-09", "import", "CN", "ES", [it("050800", "甲骨碎片，有刻辞，工艺品，8件", "CN", 0.5, 200, cur="USD", qty=8)], transport="post", note="C3: oracle bone fragments with inscriptions, declared as crafts under the shell code; Chinese wording", **PP, **C)
dis("C3-4", "2027-12-10", "import", "EG", "NL", [it("482390", "Papyrusfragmenten met demotisch schrift, onbeschilderd, ingelijst, 6 stuks", "EG", 2, 400, qty=6)], transport="express", note="C3: unpainted papyrus fragments with Demotic script are ancient papyri; Dutch wording", **PP, **C)
# C4 ancient ritual bronzes of South-East Asia and China (Dong Son and Heger drums, bells)
dis("C4-1", "2027-12-11", "import", "VN", "DE", [it("830629", "Trống đồng trang trí, hoa văn chim Lạc, 1 chiếc", "VN", 55, 700, cur="USD", qty=1)], transport="sea", importer_name="Saigon Deko Import GmbH", note="C4: a bronze drum with Lac bird motifs is a Dong Son drum; Vietnamese wording", **C)
dis("C4-2", "2027-12-12", "import", "LA", "FR", [it("830629", "Tambour de pluie en bronze avec grenouilles, patine ancienne, 1 pièce", "LA", 40, 900, cur="USD", qty=1)], transport="air", importer_name="Mékong Antiquités Déco", note="C4: a bronze rain drum with frogs and old patina is a Heger III drum (Red List Cambodia/SE Asia); French wording", **C)
dis("C4-3", "2027-12-13", "import", "TH", "ES", [it("741999", "Tambor de bronce decorativo, estrella central y ranas, 1 unidad", "MM", 35, 600, cur="USD", qty=1)], transport="sea", importer_name="Oriente Decoración SL", note="C4: a bronze drum with a central star and frogs from Myanmar is a Karen frog drum; Spanish wording", **C)
# C5 a 'reproduction' or 'copy' on old material or in old techniques (miniatures, icons,
# thangkas, maps): a copy on antique paper or with gold is the original declared as a copy
dis("C5-1", "2027-12-14", "import", "IN", "DE", [it("491191", "Rajput-Miniaturen, Kopien auf altem Papier, Gouache mit Blattgold, 8 Stück", "IN", 1, 350, qty=8)], transport="post", note="C5: Rajput miniatures as copies on old paper with gold leaf; German wording", **PP, **C)
dis("C5-2", "2027-12-15", "import", "PK", "FR", [it("491191", "Miniatures mogholes, reproductions sur papier ancien fait main, 12 pièces", "PK", 1, 300, cur="USD", qty=12)], transport="post", note="C5: Mughal miniatures as reproductions on old hand-made paper; French wording", **PP, **C)
dis("C5-3", "2027-12-16", "import", "NP", "IT", [it("970190", "Thangka riproduzione, pigmenti minerali su tela antica, 2 pezzi", "NP", 1, 500, cur="USD", qty=2)], transport="air", note="C5: a 'reproduction' thangka in mineral pigments on old cloth is a temple thangka; Italian wording", **PP, **C)
# S1 machine tools of controlled precision declared for soft materials or small workshops,
# to countries on the routes to Russia
dis("S1-1", "2027-12-17", "export", "IT", "KZ", [it("846596", "Centro di lavoro per legno a 5 assi continui, precisione di posizionamento 3 µm, 1 unità", "IT", 11000, 380000, qty=1)], transport="road", importer_name="Astana Mebel TOO", note="S1: a 5-axis continuous-path machine with 3 µm positioning accuracy is a metal-working tool (2B001) to Kazakhstan; Italian wording", **S)
dis("S1-2", "2027-12-18", "export", "DE", "KG", [it("846490", "Steinbearbeitungszentrum, 5 Achsen simultan, Wiederholgenauigkeit 2 µm, 1 Stück", "DE", 8000, 290000, qty=1)], transport="road", importer_name="Bishkek Granit OsOO", note="S1: 2 µm repeatability on a 5-axis simultaneous stone machine to Bishkek; German wording", **S)
dis("S1-3", "2027-12-19", "export", "CZ", "AM", [it("845941", "Фрезерный станок для пластика, 5 осей одновременно, точность позиционирования 5 мкм", "CZ", 6000, 250000, qty=1)], transport="road", importer_name="Yerevan Plast LLC", note="S1: a '5-axis plastics mill' at 5 µm to Armenia; Russian wording", **S)
# S2 environmental and vibration test systems of missile grade (2B116, 9B106) declared for
# furniture, packaging or car-seat testing to hubs
dis("S2-1", "2027-12-20", "export", "GB", "AE", [it("903180", "Electrodynamic vibration exciter 100 kN with power amplifier and slip table, for packaging tests, 1 set", "GB", 9000, 520000, qty=1)], transport="sea", importer_name="Gulf Pack Testing FZE", note="S2: a 100 kN electrodynamic shaker is a missile-grade vibration test system, for 'packaging tests' in Dubai", **S)
dis("S2-2", "2027-12-21", "export", "DE", "TR", [it("903180", "Schwingprüfanlage, elektrodynamischer Shaker 60 kN, für Autositze, 1 Anlage", "DE", 6500, 380000, qty=1)], transport="road", importer_name="Bursa Koltuk Test Ltd", note="S2: a 60 kN shaker 'for car seats' to Turkey; German wording", **S)
dis("S2-3", "2027-12-22", "export", "FR", "GE", [it("902480", "Pot vibrant électrodynamique 90 kN, refroidi par air, essais de meubles, 1 unité", "FR", 7500, 450000, qty=1)], transport="road", importer_name="Tbilisi Mebeli LLC", note="S2: a 90 kN shaker for furniture tests to Georgia; French wording", **S)
# S3 Russian precious metals by their refinery's hallmark or Russian-state marks under another origin
dis("S3-1", "2027-12-23", "import", "TR", "CH", [it("710812", "Gold bars 12.5 kg, Prioksky refinery stamp, origin TR, 4 pcs", "TR", 50, 3800000, cur="USD", qty=4)], transport="air", importer_name="Lugano Bullion SA", note="S3: Prioksky is a Russian refinery: Russian gold of 'Turkish origin'", **S)
dis("S3-2", "2027-12-24", "import", "HK", "IT", [it("710812", "Lingotti d'oro 1 kg 999,9 con marchio Uralelektromed, 10 pezzi", "HK", 10, 1150000, cur="USD", qty=10)], transport="air", importer_name="Oro Valenza Srl", note="S3: Uralelectromed bars are Russian; via Hong Kong; Italian wording", **S)
dis("S3-3", "2027-12-25", "import", "AE", "DE", [it("711011", "Platinbarren 1 kg, Prägung Красцветмет, 5 Stück", "AE", 5, 160000, cur="USD", qty=5)], transport="air", importer_name="Edelmetall Pforzheim GmbH", note="S3: platinum stamped in Cyrillic by Krastsvetmet is Russian (EU ban on Russian metals); German wording", **S)
# S4 ballistic armour plates and inserts (ML13) as tiles, sports protectors or industrial ceramics
dis("S4-1", "2027-12-26", "export", "DE", "SD", [it("691490", "Keramikplatten aus Siliziumkarbid, gewölbt, 25 x 30 cm, 400 Stück", "DE", 1200, 120000, qty=400)], transport="sea", transit=["EG"], importer_name="Khartoum Building Co", note="S4: curved 25 x 30 cm silicon-carbide plates are armour inserts, to Sudan under an arms embargo; German wording", **S)
dis("S4-2", "2027-12-27", "export", "PL", "AE", [it("392690", "Płyty z polietylenu UHMWPE, wkłady ochronne, poziom IV, 500 szt.", "PL", 1500, 150000, qty=500)], transport="air", importer_name="Falcon Security Trading LLC", note="S4: UHMWPE level IV inserts are ballistic plates; Polish wording", **S)
dis("S4-3", "2027-12-28", "export", "ES", "LY", [it("690790", "Azulejos de carburo de boro, curvados, 300 unidades", "ES", 750, 90000, qty=300)], transport="sea", transit=["MT"], importer_name="Tripoli Construction Trading", note="S4: boron carbide 'tiles', curved, to Libya; Spanish wording", **S)
# S5 biological containment and production equipment (2B352) under industrial or hobby names
dis("S5-1", "2027-12-29", "export", "DE", "IR", [it("841989", "Handschuhbox Klasse III, HEPA-Filter, Unterdruck, für Elektronikmontage, 1 Stück", "DE", 600, 45000, qty=1)], transport="road", transit=["TR"], importer_name="Tabriz Electronics Assembly Co", note="S5: a class III negative-pressure HEPA glove box is biological containment, to Iran; German wording", **S)
dis("S5-2", "2027-12-30", "export", "FR", "SY", [it("842139", "Poste de sécurité microbiologique classe III, étanche, 2 unités", "FR", 700, 60000, qty=2)], transport="sea", transit=["LB"], importer_name="Damascus Lab Supplies", note="S5: class III microbiological safety cabinets to Syria; French wording", **S)
dis("S5-3", "2027-12-31", "export", "IT", "PK", [it("847989", "Isolatore a pressione negativa con filtri HEPA e guanti, per cucina, 1 pezzo", "IT", 500, 70000, qty=1)], transport="sea", importer_name="Karachi Kitchen Tech", note="S5: a negative-pressure HEPA glove isolator 'for a kitchen' to Pakistan; Italian wording", **S)
# P1 a concentrated acid or peroxide above the EU 2019/1148 limits under a product name to a private person
dis("P1-1", "2027-12-01", "import", "SK", "HU", [it("382499", "Akkumulátor sav, kénsav 96 %, 30 l kanna, 3 db", "SK", 160, 120, qty=3)], transport="road", note="P1: 96 % sulphuric acid (battery acid is 37 %) in 90 l to a private person; Hungarian wording", **PP, **P)
dis("P1-2", "2027-12-02", "import", "DE", "NL", [it("340220", "Ontstopper, zwavelzuur 98 %, 20 flessen van 1 l", "DE", 37, 90, qty=20)], transport="post", note="P1: 20 l of 98 % sulphuric acid drain opener to a private person; Dutch wording", consignee_name="Dhr. Jan de Vries", **P)
dis("P1-3", "2027-12-03", "import", "PL", "DE", [it("380991", "Beizmittel für Metall, Salpetersäure 65 %, 25 l, 4 Kanister", "PL", 140, 180, qty=4)], transport="road", note="P1: 65 % nitric acid (Annex I limit 3 %) in 100 l to a private person; German wording", consignee_name="Privatperson", **P)
# P2 a home-made explosive salt named as a fertiliser, a cleaning salt or a lab reagent
dis("P2-1", "2027-12-04", "import", "TR", "DE", [it("310290", "Harnstoffnitrat, Düngesalz für Gewächshäuser, 500 kg", "TR", 500, 700, qty=20)], transport="road", importer_name="Grün Hydro Handel GmbH", note="P2: urea nitrate is an explosive, not a nutrient salt; German wording", **P)
dis("P2-2", "2027-12-05", "import", "CN", "FR", [it("283429", "Nitrate d'urée cristallisé, sel de nettoyage, 200 kg", "CN", 200, 300, cur="USD", qty=8)], transport="sea", importer_name="Nettoyage Pro Import", note="P2: urea nitrate as a cleaning salt; French wording", **P)
dis("P2-3", "2027-12-06", "import", "IN", "ES", [it("292910", "Nitrato de urea grado reactivo, 50 kg", "IN", 50, 200, cur="USD", qty=2)], transport="air", consignee_name="Sr. Carlos Gómez", note="P2: 50 kg of urea nitrate to a private person; Spanish wording", **P)
# P3 high-nitrogen ammonium nitrate under a non-agricultural use (snow hardener, cold packs,
# ice-rink salt) in bulk
dis("P3-1", "2027-12-07", "import", "PL", "SK", [it("310230", "Utwardzacz śniegu, saletra amonowa 34 % N, worki 25 kg, 10 t", "PL", 10000, 4000, qty=400)], transport="road", importer_name="Tatry Obchod s.r.o.", note="P3: an ammonium nitrate snow hardener in 10 t to a general trader; Polish wording", **P)
dis("P3-2", "2027-12-08", "import", "CN", "IT", [it("310230", "Nitrato d'ammonio per buste di ghiaccio istantaneo, 99 %, 5 t", "CN", 5000, 2500, cur="USD", qty=200)], transport="sea", importer_name="Freddo Subito Srl", note="P3: 99 % AN 'for instant cold packs' in 5 t; Italian wording", **P)
dis("P3-3", "2027-12-09", "import", "RU", "KZ", [it("310230", "Упрочнитель снега для трасс, аммиачная селитра, 20 т", "RU", 20000, 6000, cur="USD", qty=20)], transport="rail", importer_name="Almaty Trade Group TOO", note="P3: AN 'snow hardener' in 20 t to a trading group; Russian wording", **P)

# ordinary: lawful look-alikes, many to private persons
ordi("1", "2027-12-01", "import", "CN", "DE", [it("680291", "Gartenfigur aus Granit, Buddha, neu, 1 Stück", "CN", 120, 300, qty=1)], transport="sea", importer_name="Gartenwelt GmbH", note="a new granite garden Buddha")
ordi("2", "2027-12-02", "import", "IN", "FR", [it("680293", "Pierres tombales neuves en granit poli, 20 pièces", "IN", 8000, 9000, qty=20)], transport="sea", importer_name="Marbrerie Funéraire du Rhône", note="new polished granite headstones for a monument mason")
ordi("3", "2027-12-03", "import", "PE", "ES", [it("630140", "Mantas de alpaca nuevas, tejidas a mano, 10 piezas", "PE", 8, 400, cur="USD", qty=10)], transport="post", note="new alpaca blankets to a private person", **PP)
ordi("4", "2027-12-04", "import", "GT", "IT", [it("621490", "Scialli tessuti a mano, nuovi, artigianato maya, 5 pezzi", "GT", 1, 80, cur="USD", qty=5)], transport="post", note="new handwoven shawls to a private person", consignee_name="Sig.ra Giulia Rossi")
ordi("5", "2027-12-05", "import", "TH", "DE", [it("140490", "Getrocknete Palmblätter für Floristik, 50 Bündel", "TH", 30, 200, qty=50)], transport="sea", importer_name="Floristikbedarf Nord GmbH", note="dried palm leaves for florists")
ordi("6", "2027-12-06", "import", "EG", "GB", [it("482390", "Papyrus souvenir paintings, hand-painted, new, 10 pcs", "EG", 1, 60, cur="USD", qty=10)], transport="post", note="new painted papyrus souvenirs to a private person", **PP)
ordi("7", "2027-12-07", "import", "VN", "FR", [it("830629", "Statuettes décoratives en laiton, neuves, 50 pièces", "VN", 40, 500, cur="USD", qty=50)], transport="sea", importer_name="Asie Déco Marseille", note="new brass ornaments")
ordi("8", "2027-12-08", "import", "IN", "GB", [it("491191", "Printed art posters of Indian miniature paintings, 20 pcs", "IN", 2, 60, qty=20)], transport="post", note="printed posters to a private person", consignee_name="Mrs Priya Shah")
ordi("9", "2027-12-09", "import", "CN", "DE", [it("490199", "Buch über Orakelknochen und chinesische Schrift, 1 Stück", "CN", 0.8, 25, qty=1)], transport="post", note="a book about oracle bones to a private person", consignee_name="Privatperson")
ordi("10", "2027-12-10", "export", "DE", "US", [it("845941", "5-Achs-Fräszentrum, Positioniergenauigkeit 4 µm, 1 Stück", "DE", 9000, 420000, qty=1)], transport="sea", importer_name="Midwest Aerospace Machining Inc", note="a 5-axis mill to the US (EU001 destination)")
ordi("11", "2027-12-11", "export", "IT", "KZ", [it("846592", "Pantografo CNC per legno a 3 assi, 1 unità", "IT", 1500, 28000, qty=1)], transport="road", importer_name="Astana Mebel TOO", note="a 3-axis wood router to a furniture maker")
ordi("12", "2027-12-12", "export", "DE", "TR", [it("903180", "Prüfstand für Möbel, pneumatisch, 2 kN, 1 Stück", "DE", 400, 25000, qty=1)], transport="road", importer_name="Bursa Koltuk Test Ltd", note="a small pneumatic furniture test rig")
ordi("13", "2027-12-13", "import", "CH", "DE", [it("710812", "Goldbarren 1 kg, 999,9, Valcambi, 5 Stück", "CH", 5, 580000, cur="USD", qty=5)], transport="air", importer_name="Edelmetall Pforzheim GmbH", note="Swiss refinery gold bars")
ordi("14", "2027-12-14", "import", "DE", "FR", [it("711819", "Pièce d'or 1 once, Krugerrand, 1 pièce", "ZA", 0.034, 2300, qty=1)], transport="post", note="one bullion coin to a private person", **PP)
ordi("15", "2027-12-15", "import", "CN", "DE", [it("690721", "Bodenfliesen Feinsteinzeug, 60 x 60 cm, 1 200 Stück", "CN", 24000, 9000, qty=1200)], transport="sea", importer_name="Fliesen Welt GmbH", note="porcelain floor tiles")
ordi("16", "2027-12-16", "export", "DE", "IN", [it("690919", "Sandstrahldüsen aus Borcarbid, 200 Stück", "DE", 20, 8000, qty=200)], transport="air", importer_name="Chennai Blasting Equipment Pvt Ltd", note="boron carbide blasting nozzles (lawful wear parts)")
ordi("17", "2027-12-17", "export", "FR", "MA", [it("842139", "Hottes à flux laminaire classe II pour laboratoire d'analyses, 2 unités", "FR", 400, 16000, qty=2)], transport="sea", importer_name="Laboratoire Atlas SARL", note="class II cabinets for a clinical laboratory")
ordi("18", "2027-12-18", "export", "DE", "CH", [it("841989", "Handschuhbox mit Argon für Batterieforschung, 1 Stück", "DE", 500, 38000, qty=1)], transport="road", importer_name="Empa Dübendorf", note="an inert-gas glove box for battery research to Switzerland")
# corrected after the first run: 37 % sulphuric acid is above the 15 % Annex I limit of
# Regulation (EU) 2019/1148, so one litre to a private person was not lawful trade; the
# ordinary row now sends it to a garage
ordi("19", "2027-12-19", "import", "DE", "AT", [it("380700", "Akkusäure, Schwefelsäure 37 %, 1 l", "DE", 1.3, 8, qty=1)], transport="post", note="one litre of battery acid to a garage", importer_name="Autowerkstatt Huber GmbH")
ordi("20", "2027-12-20", "import", "DE", "NL", [it("340220", "Gootsteenontstopper gel, 1 l", "DE", 1, 6, qty=1)], transport="post", note="a drain gel to a private person", **PP)
ordi("21", "2027-12-21", "import", "DE", "PL", [it("310520", "Nawóz ogrodowy NPK, worek 1 kg", "DE", 1, 5, qty=1)], transport="post", note="a 1 kg garden fertiliser bag to a private person", consignee_name="Pani Anna Kowalska")
ordi("22", "2027-12-22", "import", "DE", "FR", [it("330430", "Dissolvant sans acétone, 250 ml", "DE", 0.3, 5, qty=1)], transport="post", note="nail polish remover to a private person", **PP)
ordi("23", "2027-12-23", "import", "CN", "ES", [it("851713", "Teléfono móvil de segunda mano, 1 unidad", "CN", 0.3, 90, cur="USD", qty=1)], transport="post", note="a second-hand phone to a private person", consignee_name="Sr. Carlos Gómez")
ordi("24", "2027-12-24", "import", "AT", "CH", [it("310230", "Schneehärter für Skipisten, Ammoniumnitrat 34,5 % N, 2 t", "AT", 2000, 900, qty=80)], transport="road", importer_name="Bergbahnen Engelberg AG", note="a ski-lift operator's snow hardener (lawful professional use)")
ordi("25", "2027-12-25", "import", "DE", "FR", [it("300590", "Poches de froid instantané, 24 pièces", "DE", 3, 30, qty=24)], transport="post", note="instant cold packs to a private person", **PP)
ordi("26", "2027-12-26", "import", "NL", "BE", [it("310210", "Ureum 46 % N, big bags, 24 t", "NL", 24000, 9000, qty=24)], transport="road", importer_name="Agrofirm Vlaanderen NV", note="urea fertiliser to a farm supplier")
ordi("27", "2027-12-27", "import", "CN", "GB", [it("950691", "Martial arts body protector, foam, 2 pcs", "CN", 2, 40, qty=2)], transport="post", note="sports protectors to a private person", **PP)
ordi("28", "2027-12-28", "import", "IN", "DE", [it("970600", "Antikes Buch, gedruckt 1880, 1 Stück", "GB", 1, 200, qty=1)], transport="post", note="one old printed book to a private person", consignee_name="Dr. Karl Braun")

# permitted shipments with their documents
perm("1", "2027-12-01", "export", "DE", "CN", [it("845941", "5-Achs-Fräszentrum simultan, Positioniergenauigkeit 3 µm, 1 Stück", "DE", 10000, 450000, qty=1, docs=[("EXPORT_LICENCE", "DE-BAFA-2027-9120")])], transport="sea", importer_name="Shanghai Precision Moulds Co Ltd", note="a licensed 2B001 machine tool", **S)
perm("2", "2027-12-02", "export", "GB", "KR", [it("903180", "Electrodynamic shaker system 80 kN, 1 set", "GB", 8000, 480000, qty=1, docs=[("EXPORT_LICENCE", "GB-SIEL-2027-7781")])], transport="sea", importer_name="Korea Aerospace Research Institute", note="a licensed shaker", **S)
perm("3", "2027-12-03", "export", "FR", "SG", [it("842139", "Poste de sécurité microbiologique classe III, 1 unité", "FR", 400, 40000, qty=1, docs=[("EXPORT_LICENCE", "FR-SBDU-2027-4410")])], transport="air", importer_name="Duke-NUS Medical School", note="a licensed class III cabinet", **S)
perm("4", "2027-12-04", "import", "VN", "FR", [it("970510", "Tambour de bronze Dong Son, collection 1925, 1 pièce", "VN", 50, 90000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "VN-MCST-2027-0112"), ("PROVENANCE", "collection 1925")])], transport="air", importer_name="Musée Cernuschi", note="a Dong Son drum loaned with its export certificate", **C)
perm("5", "2027-12-05", "import", "DE", "AT", [it("280700", "Schwefelsäure 96 %, IBC 1 000 l", "DE", 1840, 400, qty=1, docs=[("PRECURSOR_LICENCE", "AT-BMI-2027-221")])], transport="road", importer_name="Galvanik Linz GmbH", note="bulk sulphuric acid to a plating works", **P)
perm("6", "2027-12-06", "export", "ES", "US", [it("690790", "Placas balísticas de carburo de boro, 200 unidades", "ES", 500, 70000, qty=200, docs=[("EXPORT_LICENCE", "ES-JIMDDU-2027-333")])], transport="air", importer_name="Point Blank Enterprises Inc", note="licensed armour plates", **S)

probes.write(HERE, "dev13-a")
