#!/usr/bin/env python3
"""Writes the round-twenty-nine (d) development probes for cultural property
(dev29-d-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind35's and blind36's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: R a replica, decorative or fantasy claim contradicted
by burial soil or an uncleaned crust; C bulk lots of 'fantasy', 'replica' or 'souvenir' coins
from a metal-detecting source country at more than a souvenir's price; M church metalwork
(bells, processional and hand crosses, censers) from a church-property source country declared
as decorative metalwork, betrayed by a bell's weight or a cross's price; V votive offerings
(ex-votos, tamata, milagros) in lots; I icons from a war-affected or Red List country declared as
souvenirs but heavy as old panels; J archaic Chinese jade ritual forms described by their shape
(square tube with a round bore, large disc with a central hole); P reproductions of classical
painted pottery sent from a source country to a free-port destination at an original's price;
F detector finds (lead seals, tokens) declared as fishing weights at a collector's price.
The ordinary rows are the lawful twins a careless rule would flag: new, marked, certified and
museum-shop copies, foundry bells, souvenir crosses, new tamata, cheap sinkers, new jade
jewellery. Written and committed before the round-twenty-nine (d) rules were run on it
(docs/profile-packs.md, "Round twenty-nine (d): cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D29D", "929", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# R replica, decorative or fantasy claims contradicted by burial soil or an uncleaned crust
dis("R1", "2032-05-01", "export", "GR", "US", [it("830629", "Decorative bronze figurine, replica, with soil encrustation, 1 pc", "GR", 1, 140, qty=1)], transport="express", note="R: a 'replica' bronze with soil encrustation is an excavated figurine; a copy leaves the workshop clean", consignee_name="Mr P. Hastings")
dis("R2", "2032-05-02", "import", "BG", "DE", [it("930700", "Dekoratives Kurzschwert, Nachbildung, Eisen mit Erdresten, 1 Stk", "BG", 1.5, 110, qty=1)], transport="post", note="R: a 'copy' of a short sword with soil remains is a Thracian grave find; German wording", consignee_name="Herr M. Keller")
dis("R3", "2032-05-03", "export", "IT", "GB", [it("691390", "Lucerne decorative in terracotta, riproduzione, con terra adesa, 12 pz", "IT", 2, 180, qty=12)], transport="post", note="R: 'reproduction' oil lamps with earth still stuck to them are dug; Italian wording", consignee_name="Mrs J. Cole")
# C bulk 'fantasy' or 'replica' coins from a detecting source country above a souvenir's price
dis("C1", "2032-05-04", "import", "RS", "DE", [it("711890", "Replica ancient coins, bronze, loose, 250 pcs", "RS", 1.5, 1500, qty=250)], transport="post", note="C: 250 unmarked 'replica' bronze coins at 6 EUR each from Serbia: detected Roman coins", consignee_name="Herr J. Lang")
dis("C2", "2032-05-05", "import", "TR", "NL", [it("711890", "Pièces fantaisie en bronze, souvenirs, lot de 400", "TR", 2.4, 2400, qty=400)], transport="post", note="C: 400 'fantasy' bronze coins at 6 EUR each from Turkey; French wording", consignee_name="M. K. Aydin")
# M church metalwork as decorative metalwork
dis("M1", "2032-05-06", "import", "UA", "SK", [it("830610", "Zvon bronzový, dekoratívny, 85 kg, 1 ks", "UA", 85, 500, qty=1)], transport="road", note="M: an 85 kg 'decorative' bronze bell from Ukraine is a church bell; Slovak wording", consignee_name="Starožitnosti Prešov s.r.o.", importer_name="Starožitnosti Prešov s.r.o.")
dis("M2", "2032-05-07", "import", "GE", "DE", [it("830629", "Bronzekreuze, dekorativ, handgefertigt, 5 Stk", "GE", 9, 2500, qty=5)], transport="air", note="M: bronze crosses from Georgia at 500 EUR each: church processional and altar crosses; German wording")
dis("M3", "2032-05-08", "import", "ER", "IT", [it("741999", "Croci in ottone decorative, fatte a mano, 6 pz", "ER", 8, 1800, cur="USD", qty=6)], transport="air", note="M: brass crosses from Eritrea at 300 USD each: church hand and processional crosses; Italian wording")
# V votive offerings in lots
dis("V1", "2032-05-09", "export", "GR", "CH", [it("711411", "Silver tamata, votive offerings, assorted, lot of 60", "GR", 1.5, 250, qty=60)], transport="express", note="V: a lot of 60 silver tamata sold by weight below the silver: taken from an icon in a church")
dis("V2", "2032-05-10", "import", "MX", "ES", [it("830629", "Milagros antiguos de plata y latón, exvotos, lote de 80", "MX", 1, 400, cur="USD", qty=80)], transport="post", note="V: old milagros from a Mexican church (colonial ex-votos); Spanish wording", consignee_name="Sra. E. Navarro")
# I icons as souvenirs, heavy as old panels
dis("I1", "2032-05-11", "import", "RU", "FI", [it("442090", "Icons, wood, souvenir, new, 10 pcs", "RU", 28, 500, qty=10)], transport="road", note="I: 'new souvenir' icons at 2.8 kg each are old panels; Russia forbids their export without permit", **PP)
dis("I2", "2032-05-12", "import", "BY", "LT", [it("442199", "Ikony, drewno, pamiątki, 8 szt.", "BY", 20, 320, qty=8)], transport="road", note="I: 2.5 kg panels from Belarus as souvenirs; Polish wording", consignee_name="Osoba prywatna")
# J archaic jade ritual forms by their shape
dis("J1", "2032-05-13", "import", "HK", "GB", [it("711620", "Nephrite carving, square section tube with round bore, 1 pc", "CN", 2.5, 300, cur="USD", qty=1)], transport="air", note="J: a square-section nephrite tube with a round bore is a cong", consignee_name="Mr W. Lau")
dis("J2", "2032-05-14", "import", "CN", "FR", [it("710399", "Disque de jade poli avec trou central, 28 cm, 1 pc", "CN", 1.8, 250, cur="USD", qty=1)], transport="express", note="J: a 28 cm jade disc with a central hole at 1.8 kg is a bi; French wording", consignee_name="M. L. Chen")
# P classical painted pottery 'reproductions' to a free port
dis("P1", "2032-05-15", "export", "GR", "CH", [it("691390", "Ceramic vases, black-figure, reproductions, 2 pcs", "GR", 14, 900, qty=2)], transport="road", note="P: 'reproductions' of black-figure vases at 450 EUR each going to a Swiss free port")
dis("P2", "2032-05-16", "import", "IT", "AE", [it("691310", "Crateri apuli, copie, ceramica dipinta, 2 pz", "IT", 20, 1200, qty=2)], transport="air", note="P: Apulian kraters declared as copies at 600 EUR each to Dubai; Italian wording")
# F detector finds as fishing weights
dis("F1", "2032-05-17", "import", "BG", "DE", [it("950790", "Alte Angelbleie mit Prägung, 90 Stk", "BG", 1.5, 2700, qty=90)], transport="post", note="F: struck lead 'fishing weights' at 30 EUR each are lead seals; German wording", consignee_name="Herr S. Brandt")

# ordinary: lawful twins
ordi("1", "2032-05-01", "import", "ES", "US", [it("930700", "Decorative sword replica, polished steel, Toledo, 1 pc", "ES", 1.2, 95, qty=1)], transport="express", note="a bright Toledo replica sword", consignee_name="Mr T. Evans")
ordi("2", "2032-05-02", "import", "IT", "DE", [it("691390", "Riproduzioni di lucerne romane, terracotta, nuove, 30 pz", "IT", 4, 90, qty=30)], transport="post", note="new museum-shop lamp replicas")
ordi("3", "2032-05-03", "import", "CN", "GB", [it("711890", "Fantasy coins, brass, marked COPY, 500 pcs", "CN", 3, 400, cur="USD", qty=500)], transport="sea", note="marked copy coins at 0.8 USD each", consignee_name="Heritage Gifts Ltd", importer_name="Heritage Gifts Ltd")
ordi("4", "2032-05-04", "import", "BG", "AT", [it("711890", "Suvenirni moneti, replika, 100 broya", "BG", 0.6, 120, qty=100)], transport="post", note="souvenir replica coins at 1.2 EUR each", consignee_name="Frau A. Huber")
ordi("5", "2032-05-05", "import", "PL", "UA", [it("830610", "Dzwon kościelny z brązu, nowy, odlew 2032, 150 kg", "PL", 150, 9000, qty=1)], transport="road", note="a new church bell from a Polish foundry")
ordi("6", "2032-05-06", "import", "UA", "PL", [it("830610", "Dzwonki z brązu, dekoracyjne, 40 szt.", "UA", 12, 200, qty=40)], transport="road", note="small decorative bells at 0.3 kg each")
ordi("7", "2032-05-07", "import", "ET", "DE", [it("830629", "Messingkreuze, Souvenir, neu, 30 Stk", "ET", 4, 90, cur="USD", qty=30)], transport="post", note="new souvenir crosses", consignee_name="Frau L. Weber")
ordi("8", "2032-05-08", "import", "GE", "FR", [it("830629", "Croix décoratives en laiton, artisanat, 20 pcs", "GE", 3, 160, qty=20)], transport="post", note="craft crosses at 8 EUR each")
ordi("9", "2032-05-09", "import", "GR", "DE", [it("830629", "Tamata, neu, versilbert, Souvenir, 100 Stk", "GR", 0.5, 80, qty=100)], transport="post", note="new silver-plated tamata sold in shops")
ordi("10", "2032-05-10", "import", "RU", "FI", [it("442090", "Icons, printed on wood, souvenir, 40 pcs", "RU", 6, 160, qty=40)], transport="road", note="small printed souvenir icons at 0.15 kg each", **PP)
ordi("11", "2032-05-11", "import", "GR", "DE", [it("970190", "Ikonen, handgemalt, neu, mit Zertifikat der Werkstatt, 3 Stk", "GR", 6, 900, qty=3)], transport="road", note="new hand-painted icons with the workshop's certificate", consignee_name="Kunsthandel Meyer GmbH", importer_name="Kunsthandel Meyer GmbH")
ordi("12", "2032-05-12", "import", "CN", "NL", [it("711620", "Jade bangles, new, square section, 50 pcs", "CN", 2, 600, cur="USD", qty=50)], transport="air", note="new jade bangles with a square section")
ordi("13", "2032-05-13", "import", "HK", "DE", [it("711620", "Jade-Anhänger, Scheibe mit Loch, neu, 200 Stk", "CN", 2, 800, cur="USD", qty=200)], transport="air", note="small new jade disc pendants")
ordi("14", "2032-05-14", "export", "GR", "US", [it("691390", "Reproductions of red-figure vases, museum shop, 6 pcs", "GR", 9, 360, qty=6)], transport="air", note="museum-shop reproductions to the US")
ordi("15", "2032-05-15", "import", "CN", "FR", [it("950790", "Plombs de pêche, 500 pcs", "CN", 10, 60, cur="USD", qty=500)], transport="sea", note="fishing sinkers at cents each")
ordi("16", "2032-05-16", "import", "JP", "DE", [it("950790", "Tungsten drop-shot weights, 200 pcs", "JP", 2, 380, cur="USD", qty=200)], transport="air", note="tungsten weights at 1.9 USD each")

# permitted with their documents
perm("1", "2032-05-01", "export", "IT", "CH", [it("970500", "Ex voto in argento, secolo XIX, 12 pz", "IT", 1, 4000, qty=12, docs=[("CULTURAL_EXPORT_CERTIFICATE", "IT-UE-2032-0418")])], transport="road", note="nineteenth-century ex-votos with the Italian export certificate")
perm("2", "2032-05-02", "import", "GE", "DE", [it("830629", "Processional cross, bronze, 19th century, 1 pc", "GE", 4, 6000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "GE-MCS-2032-0077")])], transport="air", note="an old processional cross with the Georgian export permit")
perm("3", "2032-05-03", "import", "BG", "AT", [it("711890", "Roman provincial bronze coins, 60 pcs", "BG", 0.4, 3000, qty=60, docs=[("CULTURAL_EXPORT_CERTIFICATE", "BG-MK-2032-0112")])], transport="air", note="coins with the Bulgarian export certificate")
probes.write(HERE, "dev29-d")
