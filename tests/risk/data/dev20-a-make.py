#!/usr/bin/env python3
"""Writes the round-twenty (a) development probes for cultural property (stamped lead seals and
bullae as weights or tokens, pre-Columbian gold alloy as scrap gold, Gandharan schist sculpture as
new carving, engraved stone cylinders as beads, a signed old-master painting exported as cheap
decoration, wreck-salvaged ceramics) and wildlife (hawksbill tortoiseshell named by its craft
name, bekko/carey, under an imitation or acetate heading; and, a further family, ivory, rhino horn,
hawksbill or pangolin under a romanised Asian name), dev20-a-{disguised,ordinary,permitted}.ndjson.
Written by hand, worded differently from blind18's rows; written and committed before the
round-twenty (a) rules were run on it (docs/profile-packs.md, "Round twenty (a): cultural
property and wildlife")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D20A", "920")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# C1 stamped lead seals, bullae or tokens as weights, buttons or scrap lead
dis("C1-1", "2029-04-01", "import", "BG", "AT", [it("780600", "Bleiplomben mit Relief, antik, Sammlung 150 Stück", "BG", 1.5, 90, qty=150)], domain="cultural", transport="post", consignee_name="Herr Karl Huber", note="C1: antique stamped lead seals (Byzantine bullae) from Bulgaria by post; German wording")
dis("C1-2", "2029-04-02", "import", "TR", "GB", [it("780600", "Lead sinkers, round discs with embossed figures and letters, 120 pcs", "TR", 1.4, 60, cur="USD", qty=120)], domain="cultural", transport="post", consignee_name="Mr David Clarke", note="C1: sinkers do not carry figures and letters; stamped lead discs from Turkey are seals")
dis("C1-3", "2029-04-03", "import", "SY", "FR", [it("780600", "Plombs de pêche ronds, estampés des deux côtés, 80 pièces", "SY", 0.9, 40, cur="USD", qty=80)], domain="cultural", transport="post", consignee_name="M. Karim Benali", note="C1: lead pieces stamped on both faces are seals; French wording")
# C2 pre-Columbian gold (tumbaga) as scrap gold
dis("C2-1", "2029-04-04", "import", "PE", "US", [it("711291", "Gold scrap, old cast ornaments, tumbaga alloy, 800 g", "PE", 0.8, 30000, cur="USD")], domain="cultural", transport="air", note="C2: old cast tumbaga ornaments from Peru as scrap")
dis("C2-2", "2029-04-05", "import", "PA", "ES", [it("711291", "Desperdicios de oro, figurillas fundidas precolombinas, 0,6 kg", "PA", 0.6, 24000, cur="USD")], domain="cultural", transport="air", note="C2: pre-Columbian cast figurines as gold waste; Spanish wording")
dis("C2-3", "2029-04-06", "import", "EC", "IT", [it("710813", "Oro grezzo in pezzi, colati antichi, lega oro-rame, 1 kg", "EC", 1.0, 40000, cur="USD")], domain="cultural", transport="air", note="C2: old cast gold-copper pieces from Ecuador; Italian wording")
# C3 Gandharan schist / stucco Buddhist sculpture as new carving
dis("C3-1", "2029-04-07", "import", "AE", "GB", [it("680299", "Grey schist Bodhisattva torso, handicraft, 1 pc", "AF", 40, 300, cur="USD", qty=1)], domain="cultural", transport="air", importer_name="Oriental Interiors Ltd", note="C3: grey schist Bodhisattva from Afghanistan via Dubai")
dis("C3-2", "2029-04-08", "import", "PK", "FR", [it("680299", "Sculptures en schiste, têtes de Bouddha, artisanat moderne, 4 pcs", "PK", 60, 800, cur="USD", qty=4)], domain="cultural", transport="air", note="C3: schist Buddha heads from Pakistan; French wording")
dis("C3-3", "2029-04-09", "import", "AE", "DE", [it("681599", "Stuckköpfe, Buddha, Gandhara-Stil, Dekoration, 5 Stück", "PK", 25, 500, cur="USD", qty=5)], domain="cultural", transport="air", note="C3: Gandhara stucco heads; German wording")
# C4 engraved stone cylinders (cylinder seals) as beads
dis("C4-1", "2029-04-10", "import", "IQ", "DE", [it("711620", "Steinperlen, zylindrisch, graviert mit Figuren, 25 Stück", "IQ", 0.4, 75, cur="USD", qty=25)], domain="cultural", transport="post", consignee_name="Frau Leila Hassan", note="C4: engraved stone cylinders from Iraq; German wording")
dis("C4-2", "2029-04-11", "import", "TR", "NL", [it("711620", "Carved hardstone cylinder beads with animal scenes, 30 pcs", "SY", 0.5, 90, cur="USD", qty=30)], domain="cultural", transport="post", consignee_name="Mr Ahmed Saleh", note="C4: cylinders carved with scenes, Syrian origin")
dis("C4-3", "2029-04-12", "import", "LB", "IT", [it("711719", "Perline cilindriche in pietra incise, 20 pz", "LB", 0.3, 60, cur="USD", qty=20)], domain="cultural", transport="post", note="C4: engraved stone cylinder beads; Italian wording")
# C5 signed old-master or protected modern painting exported as cheap decoration
dis("C5-1", "2029-04-13", "export", "IT", "CH", [it("970110", "Dipinto decorativo, olio su tela, firmato Boldini, 1 pz", "IT", 8, 400, qty=1)], domain="cultural", transport="road", note="C5: a signed Boldini oil as a EUR 400 decoration; Italian wording")
dis("C5-2", "2029-04-14", "export", "ES", "MX", [it("970191", "Cuadro decorativo, óleo, firma Zuloaga, 1 unidad", "ES", 10, 250, qty=1)], domain="cultural", transport="air", note="C5: a Zuloaga oil as decoration; Spanish wording")
dis("C5-3", "2029-04-15", "export", "FR", "US", [it("970191", "Tableau décoratif, huile sur toile signée Corot, 1 pièce", "FR", 6, 350, qty=1)], domain="cultural", transport="air", note="C5: a signed Corot oil as decoration; French wording")
# C6 ceramics salvaged from a wreck
dis("C6-1", "2029-04-16", "import", "VN", "DE", [it("691390", "Porzellanschalen aus Schiffsfund, blau-weiß, 80 Stück", "VN", 40, 2400, cur="USD", qty=80)], domain="cultural", transport="air", note="C6: bowls from a ship find; German wording")
dis("C6-2", "2029-04-17", "import", "PH", "GB", [it("691110", "Blue and white plates, sea-recovered cargo, with concretion, 60 pcs", "PH", 45, 1800, cur="USD", qty=60)], domain="cultural", transport="air", note="C6: sea-recovered cargo with concretion")
dis("C6-3", "2029-04-18", "import", "ID", "FR", [it("691110", "Piring keramik dari kapal tenggelam, 50 buah", "ID", 30, 1500, cur="USD", qty=50)], domain="cultural", transport="air", note="C6: plates from a sunken ship; Indonesian wording")
# W1 hawksbill tortoiseshell named by its craft name under an imitation heading
dis("W1-1", "2029-04-19", "import", "JP", "FR", [it("961590", "Peignes effet écaille, bekko véritable, 5 pcs", "JP", 0.2, 4000, qty=5)], domain="wildlife", transport="express", importer_name="Maison Lefèvre SARL", note="W1: bekko combs; French wording")
dis("W1-2", "2029-04-20", "import", "CU", "ES", [it("711719", "Pulseras de concha de carey, bisutería, 20 uds", "CU", 0.4, 600, cur="USD", qty=20)], domain="wildlife", transport="air", note="W1: carey (hawksbill) bracelets as costume jewellery; Spanish wording")
dis("W1-3", "2029-04-21", "import", "JP", "DE", [it("900311", "Brillenfassungen Schildpatt-Optik, echtes Schildpatt, 6 Stück", "JP", 0.3, 12000, qty=6)], domain="wildlife", transport="express", importer_name="Optik Brandt GmbH", note="W1: real tortoiseshell frames at EUR 2,000 each; German wording")

# W2 (further family) ivory, rhino horn, hawksbill or pangolin named by a romanised Asian name (Japanese, Chinese pinyin, Vietnamese, Indonesian)
dis("W2-1", "2029-04-22", "import", "JP", "DE", [it("961100", "Inkan-Stempel, Zoge, handgraviert, 12 Stück", "JP", 0.4, 2400, qty=12)], domain="wildlife", transport="post", consignee_name="Herr Kenji Mori", note="W2: zoge is Japanese for ivory: ivory name seals; German wording")
dis("W2-2", "2029-04-23", "import", "VN", "FR", [it("960200", "Vòng tay ngà voi chạm khắc, 10 chiếc", "VN", 0.5, 900, cur="USD", qty=10)], domain="wildlife", transport="post", note="W2: nga voi is Vietnamese for elephant ivory")
dis("W2-3", "2029-04-24", "import", "ID", "NL", [it("050400", "Sisik trenggiling kering untuk obat, 5 kg", "ID", 5, 1500, cur="USD")], domain="wildlife", transport="air", note="W2: trenggiling is Indonesian for pangolin: dried scales")

# ordinary: lawful look-alikes and private persons
ordi("1", "2029-04-01", "import", "CN", "DE", [it("780600", "Angelbleie, Birnenform, 50 g, 100 Stück", "CN", 5, 40, cur="USD", qty=100)], transport="post", consignee_name="Herr Jens Fischer", note="plain fishing weights to a private person")
ordi("2", "2029-04-02", "import", "TR", "GB", [it("780600", "Lead sinkers, split shot and bullet weights, 500 pcs", "TR", 6, 50, cur="USD", qty=500)], transport="post", consignee_name="Mr Paul Evans", note="ordinary lead sinkers from Turkey")
ordi("3", "2029-04-03", "import", "CH", "DE", [it("711291", "Goldschrott, Dentalgold und Bruchgold, 1,5 kg", "CH", 1.5, 60000)], transport="air", importer_name="Scheideanstalt Süd GmbH", note="dental and broken gold to a refiner")
ordi("4", "2029-04-04", "import", "CO", "US", [it("710812", "Gold doré bars, mine production, 5 kg", "CO", 5, 250000, cur="USD")], transport="air", importer_name="Metals Refining LLC", note="mine gold from Colombia")
ordi("5", "2029-04-05", "import", "CO", "ES", [it("711311", "Joyería de plata, réplicas de orfebrería precolombina, museo, 30 uds", "CO", 1, 600, cur="USD", qty=30)], transport="air", importer_name="Tienda Museo SL", note="declared museum replicas of pre-Columbian gold")
ordi("6", "2029-04-06", "import", "IN", "DE", [it("680299", "Buddha-Figuren aus Sandstein, neu, Gartendeko, 10 Stück", "IN", 200, 900, cur="USD", qty=10)], transport="sea", importer_name="Gartenwelt GmbH", note="new sandstone Buddhas from India")
ordi("7", "2029-04-07", "import", "CN", "FR", [it("680299", "Ardoise/schiste, dalles de sol, 500 m2", "CN", 15000, 6000, cur="USD")], transport="sea", note="schist floor slabs (the word in a lawful sense)")
ordi("8", "2029-04-08", "import", "CN", "NL", [it("711719", "Cylinder beads, glass, for jewellery making, 2000 pcs", "CN", 1, 20, cur="USD", qty=2000)], transport="post", consignee_name="Mrs Sanne Bakker", note="glass cylinder beads to a private person")
ordi("9", "2029-04-09", "import", "IN", "FR", [it("711620", "Perles en agate, tubes, 200 pcs", "IN", 0.6, 80, cur="USD", qty=200)], transport="post", consignee_name="Mme Julie Petit", note="agate tube beads")
ordi("10", "2029-04-10", "export", "ES", "US", [it("970191", "Óleo sobre lienzo, paisaje, firmado por el autor (pintor vivo), 1 ud", "ES", 4, 300, qty=1)], transport="air", note="a signed oil by a living painter at EUR 300")
ordi("11", "2029-04-11", "export", "IT", "US", [it("970191", "Copia d'autore da Boldini, olio su tela, 1 pz", "IT", 5, 400, qty=1)], transport="air", note="a declared copy after Boldini")
ordi("12", "2029-04-12", "import", "CN", "NL", [it("691110", "Porcelain bowls blue and white, new production, 1200 pcs", "CN", 500, 2400, cur="USD", qty=1200)], transport="sea", note="new blue-and-white bowls")
ordi("13", "2029-04-13", "import", "ID", "NL", [it("691200", "Keramik piring, souvenir, motif kapal, 200 buah", "ID", 80, 600, cur="USD", qty=200)], transport="sea", note="Indonesian plates with a ship motif")
ordi("14", "2029-04-14", "import", "CN", "IT", [it("900311", "Montature in acetato effetto tartaruga, 200 pz", "CN", 6, 1600, cur="USD", qty=200)], transport="sea", importer_name="Occhiali Nord Srl", note="acetate tortoise-effect frames at USD 8 each")
ordi("15", "2029-04-15", "import", "JP", "DE", [it("900319", "Brillenfassungen Titan, Schildpatt-Dekor aus Acetat, 20 Stück", "JP", 0.5, 3000, qty=20)], transport="express", importer_name="Optik Brandt GmbH", note="titanium frames with acetate tortoise decor")
ordi("16", "2029-04-16", "import", "CN", "FR", [it("961590", "Peignes imitation écaille, acétate, 500 pcs", "CN", 10, 300, cur="USD", qty=500)], transport="sea", note="imitation tortoiseshell combs")
ordi("17", "2029-04-17", "import", "GB", "FR", [it("970600", "Gravure ancienne, 1850, 1 pièce", "GB", 1, 400, cur="GBP", qty=1)], transport="post", consignee_name="M. Pierre Durand", note="an antique print to a private person, EU-legal")

ordi("18", "2029-04-18", "import", "JP", "DE", [it("961100", "Inkan-Stempel aus Buchsbaum, handgraviert, 20 Stück", "JP", 0.3, 200, qty=20)], transport="post", consignee_name="Frau Yuki Braun", note="boxwood name seals to a private person")
ordi("19", "2029-04-19", "import", "VN", "FR", [it("691390", "Bình gốm màu ngà, trang trí, 30 chiếc", "VN", 30, 450, cur="USD", qty=30)], transport="sea", note="ivory-coloured ceramic vases (mau nga), Vietnamese")
ordi("20", "2029-04-20", "import", "ID", "NL", [it("630260", "Handuk warna gading, katun, 500 buah", "ID", 200, 1500, cur="USD", qty=500)], transport="sea", note="ivory-coloured cotton towels (warna gading), Indonesian")

# permitted
perm("1", "2029-04-01", "export", "ES", "US", [it("970191", "Óleo sobre lienzo firmado J. Sorolla, 1 ud", "ES", 12, 450000, qty=1, docs=[("EXPORT_LICENCE", "ES-MC-2029-0142")])], transport="air", domain="cultural", note="a Sorolla with the Spanish export licence")
perm("2", "2029-04-02", "import", "JP", "IT", [it("961590", "Pettini in bekko antico, pre-convenzione, 2 pz", "JP", 0.1, 2500, qty=2, docs=[("CITES_PERMIT", "JP-CITES-2029-0077")])], transport="express", domain="wildlife", note="pre-Convention bekko with CITES documents")
perm("3", "2029-04-03", "import", "US", "DE", [it("970500", "Byzantine lead seal, ex-collection 1965, 1 pc", "US", 0.02, 900, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "US-2029-0091")])], transport="post", domain="cultural", note="a lead seal with provenance and certificate")

probes.write(HERE, "dev20-a")
