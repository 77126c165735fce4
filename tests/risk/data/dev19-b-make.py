#!/usr/bin/env python3
"""Writes the round-nineteen (b) development probes for cultural property and strategic goods
(dev19-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind17's rows and mostly in languages of the trade routes; the note says which
modus operandi family it belongs to and what betrays it. The ordinary rows include lawful
private-person consignees receiving ordinary goods of these families and a lawful look-alike of
every family, using the controlled word in a lawful sense. Written and committed before the
round-nineteen (b) rules were run on it (docs/profile-packs.md, "Round nineteen (b): cultural
property and strategic goods")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D19B", "919", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# H1 a hoard (hacksilver, neck and arm rings cut up, ingots, coins with a foreign script) declared
# as silver or gold scrap
dis("H1-1", "2029-03-01", "import", "EE", "SE", [it("711299", "Silver scrap, cut rings and bar pieces with coins bearing Kufic legends, 0.9 kg", "EE", 0.9, 700, cur="EUR")], transport="post", note="H1: cut rings, bar pieces and Kufic coins are a Viking-age hoard", consignee_name="Mr Lars Berg")
dis("H1-2", "2029-03-02", "import", "PL", "DE", [it("711299", "Altsilber zum Einschmelzen: Hacksilber, Halsringstücke, Dirhams, 400 g", "PL", 0.4, 300)], transport="post", note="H1: hacksilver and dirhams as old silver for melting; German wording", consignee_name="Herr Jens Vogt")
dis("H1-3", "2029-03-03", "import", "UA", "GB", [it("711299", "Lot of silver fragments for refining, detector finds, coins with Arabic script and ingot cut pieces", "UA", 1.2, 900, cur="GBP")], transport="post", note="H1: detector finds with Arabic-script coins", consignee_name="Mr Paul Reed")
# H2 fossil eggs, bones and skulls in their rock matrix declared as decorative stones or carvings
dis("H2-1", "2029-03-04", "import", "CN", "DE", [it("680299", "Dekorative Steinkugeln im Muttergestein, Eierschalenstruktur, Nest mit 6 Stück", "CN", 60, 900, cur="USD", qty=6)], transport="sea", note="H2: a nest of stone balls with an eggshell texture in matrix is a dinosaur egg clutch; German wording")
dis("H2-2", "2029-03-05", "import", "MA", "FR", [it("680299", "Pierre décorative, crâne en matrice calcaire, dents visibles, 1 pièce", "MA", 30, 500, cur="EUR", qty=1)], transport="road", note="H2: a skull with teeth in limestone matrix from Morocco is a fossil vertebrate; French wording")
dis("H2-3", "2029-03-06", "import", "MN", "KR", [it("251690", "Natural stone eggs in red sandstone matrix, oval, 18 cm, 3 pcs", "MN", 25, 800, cur="USD", qty=3)], transport="air", note="H2: oval stone eggs in a sandstone matrix from Mongolia")
# H3 public, church or notarial archives declared as waste paper or pulp
dis("H3-1", "2029-03-07", "export", "ES", "FR", [it("470790", "Papel viejo para reciclar: libros parroquiales manuscritos, siglos XVIII-XIX, 200 kg", "ES", 200, 60)], transport="road", note="H3: handwritten parish registers of the 18th-19th centuries as paper for recycling; Spanish wording")
dis("H3-2", "2029-03-08", "export", "FR", "BE", [it("470790", "Vieux papiers à recycler, actes notariés manuscrits 1780-1860, liasses, 150 kg", "FR", 150, 40)], transport="road", note="H3: bundles of handwritten notarial deeds of 1780-1860 as waste paper; French wording")
dis("H3-3", "2029-03-09", "export", "PL", "DE", [it("470790", "Makulatura: księgi metrykalne, rękopisy z pieczęcią archiwum, 120 kg", "PL", 120, 30)], transport="road", note="H3: registers and manuscripts with an archive stamp as waste paper; Polish wording")
# H4 parts of temples, shrines and monasteries (struts, brackets, lintels, window frames) with
# a deity or old paint, declared as furniture parts or reclaimed wood
dis("H4-1", "2029-03-10", "import", "NP", "DE", [it("940390", "Möbelteil aus Holz, geschnitzte Göttin, alte Farbreste, Zapfenlöcher, Bhaktapur, 1 St.", "NP", 30, 350, cur="USD", qty=1)], transport="air", note="H4: a carved goddess with old paint and peg holes from Bhaktapur is a temple roof strut; German wording")
dis("H4-2", "2029-03-11", "import", "IN", "GB", [it("441899", "Reclaimed wooden lintel, carved deities, weathered paint, temple, 1 pc", "IN", 80, 600, cur="USD", qty=1)], transport="sea", note="H4: a carved lintel with deities from a temple as reclaimed wood")
dis("H4-3", "2029-03-12", "import", "NP", "US", [it("442199", "Carved wooden bracket, Newari, Bhairab figure, old pigment, 1 pc", "NP", 25, 300, cur="USD", qty=1)], transport="air", note="H4: a Newar bracket (tunala) with Bhairab and old pigment")
# H5 prehistoric stone tools, rock art and engraved slabs declared as garden stones or minerals
dis("H5-1", "2029-03-13", "import", "MA", "ES", [it("251690", "Piedras decorativas: puntas de flecha de sílex y hachas de mano, 200 piezas", "MA", 30, 300, cur="EUR", qty=200)], transport="road", note="H5: flint arrowheads and hand axes from the Sahara as decorative stones; Spanish wording")
dis("H5-2", "2029-03-14", "import", "LY", "IT", [it("680299", "Lastra di pietra con incisioni rupestri di animali, decorazione, 1 pz", "LY", 120, 400, cur="EUR", qty=1)], transport="sea", note="H5: a slab with rock engravings of animals is Saharan rock art; Italian wording")
dis("H5-3", "2029-03-15", "import", "NE", "DE", [it("253090", "Mineraliensammlung: Faustkeile und Pfeilspitzen, Sahara, 80 St.", "NE", 12, 200, qty=80)], transport="post", note="H5: hand axes and arrowheads from the Sahara as a mineral collection; German wording", consignee_name="Herr Ralf Dietz")
# S1 oil products topped up or blended by ship-to-ship transfer at a known transfer point
dis("S1-1", "2029-03-16", "import", "TR", "IT", [it("271019", "Gasolio EN590, trasbordo da nave a nave nel golfo di Laconia, origine Turchia, 25.000 t", "TR", 25000000, 18000000, cur="USD")], transport="sea", note="S1: gasoil topped up ship-to-ship off Laconia; Italian wording", domain="strategic")
dis("S1-2", "2029-03-17", "import", "AE", "NL", [it("271012", "Naphtha, STS transfer at Ceuta anchorage, origin UAE, 40,000 t", "AE", 40000000, 26000000, cur="USD")], transport="sea", note="S1: naphtha transferred at Ceuta (a shadow-fleet transfer point)", domain="strategic")
dis("S1-3", "2029-03-18", "import", "MY", "FR", [it("271019", "Gazole, transbordement en mer au large de Johor (OPL), origine Malaisie, 30 000 t", "MY", 30000000, 21000000, cur="USD")], transport="sea", note="S1: gasoil transferred at sea off Johor's outer port limits; French wording", domain="strategic")

# ordinary trade: lawful look-alikes of every family and private persons receiving ordinary goods
ordi("1", "2029-03-01", "import", "CH", "DE", [it("711299", "Silberschrott: Besteck und Bruchschmuck zum Einschmelzen, 2 kg", "CH", 2, 1400)], transport="post", note="H1 look-alike: cutlery and broken jewellery as silver scrap", consignee_name="Herr Otto Frank")
ordi("2", "2029-03-02", "import", "US", "GB", [it("711299", "Junk silver coins, worn US dimes and quarters, for refining, 5 kg", "US", 5, 3500, cur="USD")], transport="air", note="H1 look-alike: worn modern silver coins for refining")
ordi("3", "2029-03-03", "import", "TR", "DE", [it("711311", "Silberarmreifen mit arabischer Kalligrafie, neu, 20 St.", "TR", 0.5, 400, qty=20)], transport="post", note="H1 look-alike: new silver bangles with Arabic calligraphy to a private person", consignee_name="Frau Ayse Kaya")
ordi("4", "2029-03-04", "import", "PK", "DE", [it("680291", "Polierte Onyx-Eier, dekorativ, 6 cm, 50 St.", "PK", 15, 150, cur="USD", qty=50)], transport="sea", note="H2 look-alike: polished onyx eggs")
ordi("5", "2029-03-05", "import", "BR", "FR", [it("710310", "Améthyste sur matrice, géode, spécimen minéral, 1 pièce", "BR", 8, 120, cur="EUR", qty=1)], transport="air", note="H2 look-alike: an amethyst on matrix mineral specimen to a private person", consignee_name="M. Henri Petit")
ordi("6", "2029-03-06", "import", "CN", "GB", [it("950300", "Dinosaur egg toys, hatching, plaster, 48 pcs", "CN", 3, 40, cur="USD", qty=48)], transport="post", note="H2 look-alike: toy dinosaur eggs", consignee_name="Mrs Kate Young")
ordi("7", "2029-03-07", "export", "ES", "FR", [it("470790", "Papel de oficina usado, triturado, para reciclar, 20 t", "ES", 20000, 2400)], transport="road", note="H3 look-alike: shredded office paper")
ordi("8", "2029-03-08", "export", "DE", "NL", [it("470790", "Altpapier: alte Aktenordner und Registerblätter einer Firma, geschreddert, 5 t", "DE", 5000, 500)], transport="road", note="H3 look-alike: a firm's shredded files")
ordi("9", "2029-03-09", "import", "IT", "FR", [it("482010", "Registri contabili, nuovi, rilegati, 100 pz", "IT", 60, 500, cur="EUR", qty=100)], transport="road", note="H3 look-alike: new account registers")
ordi("10", "2029-03-10", "import", "NP", "DE", [it("442199", "Geschnitzte Holzfenster im Newari-Stil, neu gefertigt, 2 St.", "NP", 60, 800, cur="USD", qty=2)], transport="sea", note="H4 look-alike: new Newari-style windows")
ordi("11", "2029-03-11", "import", "IN", "GB", [it("940360", "Reclaimed teak furniture, sideboard, old wood, 1 pc", "IN", 90, 500, cur="USD", qty=1)], transport="sea", note="H4 look-alike: a reclaimed teak sideboard to a private person", consignee_name="Mrs Helen Ward")
ordi("12", "2029-03-12", "import", "ID", "FR", [it("442199", "Statuette de divinité en bois sculpté, neuve, artisanat balinais, 10 pièces", "ID", 10, 200, cur="EUR", qty=10)], transport="air", note="H4 look-alike: new carved deity statuettes")
ordi("13", "2029-03-13", "import", "DK", "DE", [it("251690", "Flintsteine für Kugelmühlen, Feuersteinkiesel, 20 t", "DK", 20000, 6000)], transport="road", note="H5 look-alike: flint pebbles for ball mills")
ordi("14", "2029-03-14", "import", "US", "GB", [it("960200", "Obsidian arrowhead pendants, modern knapped, new, 50 pcs", "US", 1, 150, cur="USD", qty=50)], transport="post", note="H5 look-alike: modern knapped obsidian pendants", consignee_name="Mr Sam Fox")
ordi("15", "2029-03-15", "import", "MA", "FR", [it("251690", "Galets décoratifs pour jardin, pierre du désert, 2 t", "MA", 2000, 300, cur="EUR")], transport="road", note="H5 look-alike: desert pebbles for gardens to a private person", consignee_name="M. Jean Morel")
ordi("16", "2029-03-16", "import", "NO", "NL", [it("271019", "Gasoil EN590, Mongstad refinery, 30,000 t", "NO", 30000000, 21000000, cur="USD")], transport="sea", note="S1 look-alike: Norwegian refinery gasoil", domain="strategic")
ordi("17", "2029-03-17", "import", "US", "ES", [it("271012", "Gasoline, reverse lightering from VLCC at Rotterdam, US origin, 20,000 t", "US", 20000000, 16000000, cur="USD")], transport="sea", note="S1 look-alike: a lightering in a port of the EU")
ordi("18", "2029-03-18", "import", "IN", "ES", [it("271019", "Heating oil for private home, 1,000 l", "ES", 850, 900)], transport="road", note="S1 look-alike: heating oil to a private person", consignee_name="Sr. Pablo Ruiz")

# permitted shipments with their documents
perm("1", "2029-03-01", "import", "SE", "DE", [it("970510", "Viking-age silver hoard, dirhams and hacksilver, museum loan, 1 lot", "SE", 2, 80000, docs=[("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-2029-0012")])], transport="air", note="a hoard on loan with Sweden's certificate")
perm("2", "2029-03-02", "import", "CN", "FR", [it("970529", "Fossil dinosaur egg clutch, exhibition loan, 1 pc", "CN", 60, 50000, cur="USD", qty=1, docs=[("EXPORT_LICENCE", "CN-MNR-2029-0008")])], transport="air", note="a fossil egg clutch on loan with China's permit")
perm("3", "2029-03-03", "import", "NP", "FR", [it("970500", "Temple strut (tunala), carved wood, returned for exhibition, 1 pc", "NP", 35, 40000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "NP-DOA-2029-0003")])], transport="air", note="a temple strut on loan with Nepal's certificate")
perm("4", "2029-03-04", "import", "GR", "ES", [it("271019", "Gasóleo, trasbordo buque a buque en Laconia, origen India, 30.000 t", "IN", 30000000, 21000000, cur="USD", docs=[("IMPORT_LICENCE", "ES-MINCOTUR-2029-0100")])], transport="sea", note="an STS cargo admitted with an import licence after an origin check", domain="strategic")
probes.write(HERE, "dev19-b")
