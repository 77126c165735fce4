#!/usr/bin/env python3
"""Writes the round-sixteen (a) development probes for wildlife, cultural property and
strategic goods (dev16-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by
hand, worded differently from blind14's rows and mostly in languages of the trade routes; the
note says which modus operandi family it belongs to and what betrays it. The ordinary rows
include lawful private-person consignees receiving ordinary goods of these families and a
lawful look-alike of every family. Written and committed before the round-sixteen (a) rules
were run on it (docs/profile-packs.md, "Round sixteen (a): wildlife, cultural property and
strategic goods")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D16A", "916")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# W1 live animals under a code and a name that cannot be alive, betrayed by live-animal
# packing (air holes, oxygen bags, ventilated boxes) or by 'live' on prepared goods
dis("W1-1", "2028-09-01", "import", "MG", "FR", [it("442090", "Figurines en bois, boîtes percées de trous d'aération, 12 pièces", "MG", 4, 60, cur="USD", qty=12)], transport="post", domain="wildlife", note="W1: wooden figurines need no air holes: live radiated tortoises or chameleons; French wording", consignee_name="M. Hugo Lefèvre")
dis("W1-2", "2028-09-02", "import", "ID", "NL", [it("030289", "Verse vis, gekoeld, zakken met zuurstof, 25 kg", "ID", 25, 300, cur="USD")], transport="air", domain="wildlife", note="W1: chilled (dead) fish is never packed in oxygen bags: live CITES fish (Scleropages formosus); Dutch wording")
dis("W1-3", "2028-09-03", "import", "TH", "DE", [it("392690", "Plastic animal models, lifelike, box with breathing holes, 15 pcs", "TH", 3, 30, cur="USD", qty=15)], transport="express", domain="wildlife", note="W1: plastic models need no breathing holes: live reptiles", consignee_name="Herr Jan Becker")
dis("W1-4", "2028-09-04", "export", "PT", "CN", [it("160420", "Preparado de peixe, vivo, sacos com oxigénio, 30 kg", "PT", 30, 900)], transport="air", domain="wildlife", note="W1: a fish preparation cannot be alive: live glass eels; Portuguese wording")
# W2 glass eels (Anguilla anguilla, no export from the EU) under their names in the languages
# of the route, or as surimi imitation elvers flown to East Asia
dis("W2-1", "2028-09-05", "export", "FR", "HK", [it("030289", "Pibales fraîches, 35 kg", "FR", 35, 1400)], transport="air", domain="wildlife", note="W2: pibales are glass eels (Basque/Gascon name) to Hong Kong; French wording")
dis("W2-2", "2028-09-06", "export", "IT", "VN", [it("030199", "Ceche vive per acquacoltura, 20 kg", "IT", 20, 800)], transport="air", domain="wildlife", note="W2: ceche are glass eels (Tuscan name); Italian wording")
dis("W2-3", "2028-09-07", "export", "ES", "CN", [it("160420", "Gulas congeladas, pedido urgente, transporte aéreo, 60 kg", "ES", 60, 3600)], transport="air", domain="wildlife", note="W2: surimi imitation elvers flown to China at 60 EUR/kg: glass eels under the imitation's name; Spanish wording")
dis("W2-4", "2028-09-08", "export", "DE", "TH", [it("030192", "Glasaale zur Aufzucht, 15 kg", "DE", 15, 600)], transport="air", domain="wildlife", note="W2: Glasaale are glass eels; German wording")
# W3 CITES corals under their genus or trade name in jewellery and craft
dis("W3-1", "2028-09-09", "import", "TW", "IT", [it("711719", "Collane in resina nera, tipo Antipatharia, 150 pz", "TW", 3, 600, cur="USD", qty=150)], transport="express", domain="wildlife", note="W3: Antipatharia is black coral (Appendix II) named as a 'type'; Italian wording")
dis("W3-2", "2028-09-10", "import", "ID", "DE", [it("960190", "Armreifen aus Akar Bahar, poliert, 300 Stück", "ID", 5, 900, cur="USD", qty=300)], transport="air", domain="wildlife", note="W3: akar bahar is the Malay name of black coral; German wording")
dis("W3-3", "2028-09-11", "import", "PH", "GB", [it("711719", "Blue coral (Heliopora) bead bracelets, 100 pcs", "PH", 2, 300, cur="USD", qty=100)], transport="express", domain="wildlife", note="W3: Heliopora coerulea, blue coral, Appendix II")
dis("W3-4", "2028-09-12", "import", "ID", "FR", [it("970529", "Décoration murale, corail orgue (Tubipora musica), 20 pièces", "ID", 8, 200, cur="USD", qty=20)], transport="air", domain="wildlife", note="W3: organ-pipe coral, Appendix II; French wording")
# C1 a 'copy' or 'reproduction' carrying the marks of an old making (relined canvas,
# hand-forged nails, water-gilding, craquelure, old restorations, collection labels)
dis("C1-1", "2028-09-13", "import", "BO", "ES", [it("970191", "Pintura al óleo, reproducción colonial, lienzo reentelado, craquelado, 1 pieza", "BO", 10, 180, cur="USD", qty=1)], transport="air", domain="cultural", note="C1: a relined, crackled 'reproduction' is an old colonial canvas; Spanish wording", consignee_name="Sr. Luis Romero")
dis("C1-2", "2028-09-14", "import", "IT", "US", [it("970191", "Copy of an old master, oil on panel, old restorations, collection label on reverse", "IT", 6, 400, qty=1)], transport="air", domain="cultural", note="C1: a 'copy' with old restorations and a collection label")
dis("C1-3", "2028-09-15", "import", "FR", "CH", [it("442090", "Cadre reproduction, dorure à l'eau, clous forgés à la main, 1 pièce", "FR", 4, 120, qty=1)], transport="road", domain="cultural", note="C1: water-gilded frame with hand-forged nails is old; French wording")
dis("C1-4", "2028-09-16", "import", "RU", "DE", [it("970191", "Ikone, Kopie, Tempera auf Holz, doubliert, alte Inventarnummer, 1 Stück", "RU", 3, 150, qty=1)], transport="post", domain="cultural", note="C1: a 'copy' with an old inventory number; German wording", consignee_name="Frau Olga Schmidt")
# C2 sacred objects bearing the mark of a monastery, temple or church (seal, stamp,
# consecration, inventory), taken from their place of worship
dis("C2-1", "2028-09-17", "import", "NP", "FR", [it("970191", "Peinture religieuse tibétaine sur toile, tampon du monastère au dos, 2 pièces", "NP", 1, 160, cur="USD", qty=2)], transport="post", domain="cultural", note="C2: a monastery stamp on the back of a thangka; French wording", consignee_name="Mme Claire Dubois")
dis("C2-2", "2028-09-18", "import", "ET", "DE", [it("442090", "Holzkreuz, Prozessionskreuz, mit Kirchenstempel, 1 Stück", "ET", 2, 90, cur="USD", qty=1)], transport="air", domain="cultural", note="C2: an Ethiopian processional cross with a church stamp; German wording")
dis("C2-3", "2028-09-19", "import", "MM", "GB", [it("830629", "Bronze Buddha statue, consecrated, relic chamber sealed, 1 pc", "MM", 6, 250, cur="USD", qty=1)], transport="express", domain="cultural", note="C2: a consecrated image with a sealed relic chamber is a temple's", consignee_name="Mr Ian Clarke")
dis("C2-4", "2028-09-20", "import", "BT", "US", [it("630499", "Thangka, old, natural pigments, consecration mantras on reverse", "BT", 1, 200, cur="USD", qty=1)], transport="post", domain="cultural", note="C2: a consecrated old thangka at 200 USD")
# S1 a CWC Schedule 2 chemical imported under a code that is not its own, by a systematic or
# trade name, for a harmless-sounding use
dis("S1-1", "2028-09-21", "import", "CN", "NL", [it("290949", "Bis(2-hydroxyethyl) sulfide, textile dyeing assistant, drums 250 kg, 8 pcs", "CN", 2000, 7000, cur="USD", qty=8)], domain="strategic", note="S1: bis(2-hydroxyethyl) sulfide is thiodiglycol (2B13) under an ether-alcohol code")
dis("S1-2", "2028-09-22", "import", "IN", "FR", [it("290519", "Alcool pinacolylique (3,3-diméthylbutan-2-ol), solvant, 500 kg", "IN", 500, 4000, cur="USD")], domain="strategic", note="S1: pinacolyl alcohol (2B14, soman precursor) as a solvent; French wording")
dis("S1-3", "2028-09-23", "import", "CN", "DE", [it("382499", "Flammschutzmittel DMMP (Dimethylmethylphosphonat), 4 t", "CN", 4000, 9000, cur="USD")], domain="strategic", note="S1: DMMP (2B4) as a flame retardant under the preparations code; German wording")
dis("S1-4", "2028-09-24", "import", "IN", "IT", [it("293339", "3-Chinuclidinolo, intermedio farmaceutico, 200 kg", "IN", 200, 6000, cur="USD")], domain="strategic", note="S1: 3-quinuclidinol (2B10, BZ precursor); Italian wording")
# S2 detonator firing-set parts (3A228 switching devices, 3A229 firing sets, 3A232 detonators)
# by their technical name or parameter under an electrical code, out of the EU
dis("S2-1", "2028-09-25", "export", "DE", "TR", [it("854089", "Kaltkathodenröhren (Krytrons) für Laserblitz, 20 Stück", "DE", 1, 18000, qty=20)], transport="air", domain="strategic", note="S2: krytrons are 3A228.a; German wording")
dis("S2-2", "2028-09-26", "export", "GB", "AE", [it("853690", "Triggered spark gaps, anode delay 5 us, 30 kA peak, 40 pcs", "GB", 6, 30000, cur="GBP", qty=40)], transport="air", domain="strategic", note="S2: triggered spark gaps with an anode delay below 15 us are 3A228.b")
dis("S2-3", "2028-09-27", "export", "IT", "PK", [it("853590", "Spinterometri a innesco, ritardo anodico 10 µs, 25 pz", "IT", 4, 20000, qty=25)], transport="air", domain="strategic", note="S2: triggered spark gaps with anode delay; Italian wording")
dis("S2-4", "2028-09-28", "export", "FR", "RS", [it("360300", "Détonateurs à fil explosé (EBW) pour essais, 100 pièces", "FR", 2, 15000, qty=100)], transport="air", domain="strategic", note="S2: exploding-bridgewire detonators are 3A232; French wording")

# lawful look-alikes (ordinary)
ordi("1", "2028-09-01", "import", "TH", "DE", [it("950300", "Plüschtiere Schildkröte, 20 Stück", "TH", 3, 60, cur="USD", qty=20)], transport="post", note="plush tortoise toys to a private person", **PP)
ordi("2", "2028-09-02", "import", "MG", "FR", [it("442090", "Figurines en bois sculpté, souvenirs, 6 pièces", "MG", 2, 40, cur="USD", qty=6)], transport="post", note="carved wooden souvenirs to a private person", consignee_name="Mme Julie Martin")
ordi("3", "2028-09-03", "import", "SG", "NL", [it("030111", "Live ornamental fish, guppies and tetras, oxygenated bags, 400 pcs", "SG", 40, 1200, cur="USD", qty=400)], transport="air", note="live ornamental fish under the live-fish code, in oxygen bags")
ordi("4", "2028-09-04", "import", "FR", "DE", [it("040210", "Joghurt mit lebenden Kulturen, 2 t", "FR", 2000, 3000)], transport="road", note="yoghurt with live cultures")
ordi("5", "2028-09-05", "export", "ES", "FR", [it("160420", "Gulas del Norte, refrigeradas, 2 t", "ES", 2000, 16000)], transport="road", note="surimi gulas by road to France")
ordi("6", "2028-09-06", "export", "FR", "JP", [it("030489", "Filets de merlu surgelés, 18 t", "FR", 18000, 72000)], transport="sea", note="frozen hake to Japan")
ordi("7", "2028-09-07", "import", "DK", "DE", [it("030192", "Satzaale aus Aquakultur, 500 kg", "DK", 500, 9000)], transport="road", note="farmed yellow eels within the EU")
ordi("8", "2028-09-08", "import", "CN", "IT", [it("711719", "Collane in resina nera, 150 pz", "CN", 3, 300, cur="USD", qty=150)], transport="express", note="black resin necklaces, no coral name")
ordi("9", "2028-09-09", "import", "IT", "DE", [it("711620", "Korallenkette, Corallium rubrum, Torre del Greco, 5 Stück", "IT", 0.2, 1500, qty=5)], transport="road", note="Mediterranean red coral (not CITES-listed) within the EU")
ordi("10", "2028-09-10", "import", "US", "GB", [it("330410", "Lipstick, shade black coral, 24 pcs", "US", 1, 120, cur="USD", qty=24)], transport="express", note="a lipstick shade named 'black coral' to a private person", **PP)
ordi("11", "2028-09-11", "import", "GB", "DE", [it("491191", "Kunstdruck, Reproduktion eines Gemäldes, gerahmt, 2 Stück", "GB", 2, 60, qty=2)], transport="post", note="framed art prints to a private person", consignee_name="Frau Anna Weber")
ordi("12", "2028-09-12", "import", "CN", "ES", [it("970191", "Reproducción de pintura al óleo, hecha a mano, nueva, lienzo sin bastidor, 10 piezas", "CN", 5, 300, cur="USD", qty=10)], transport="express", note="new hand-painted oil reproductions, unstretched")
ordi("13", "2028-09-13", "import", "GB", "DE", [it("691490", "Museum shop replica clay tablet with cuneiform inscription, 2 pcs", "GB", 0.6, 30, cur="GBP", qty=2)], transport="post", note="museum-shop replicas to a private person", consignee_name="Herr Paul Braun")
ordi("14", "2028-09-14", "import", "EG", "FR", [it("691390", "Reproductions de scarabées avec hiéroglyphes, boutique du musée, 10 pièces", "EG", 0.5, 50, cur="USD", qty=10)], transport="express", note="museum-shop scarab replicas to a private person", **PP)
ordi("15", "2028-09-15", "import", "NP", "DE", [it("970191", "Thangka, neu gemalt, Baumwolle, Kathmandu, 2 Stück", "NP", 0.5, 120, cur="USD", qty=2)], transport="post", note="newly painted thangkas to a private person", consignee_name="Frau Maria Fischer")
ordi("16", "2028-09-16", "import", "IN", "GB", [it("830629", "Brass Buddha statues, new, 20 pcs", "IN", 20, 400, cur="USD", qty=20)], transport="sea", note="new brass Buddhas")
ordi("17", "2028-09-17", "import", "GR", "DE", [it("970191", "Ikone, handgemalt, neu, Werkstatt Athen, mit Rechnung, 1 Stück", "GR", 1, 180, qty=1)], transport="post", note="a new hand-painted icon to a private person", **PP)
ordi("18", "2028-09-18", "import", "DE", "NL", [it("293070", "Thiodiglycol 99 %, drums, 4 t", "DE", 4000, 12000)], transport="road", note="thiodiglycol under its own code within the EU")
ordi("19", "2028-09-19", "import", "CN", "DE", [it("382499", "Flammschutzmittel für PU-Schaum, phosphorhaltig, 10 t", "CN", 10000, 22000, cur="USD")], note="a phosphorus flame retardant without a scheduled name")
ordi("20", "2028-09-20", "import", "US", "FR", [it("330499", "Crème hydratante, triéthanolamine, 200 pièces", "US", 40, 800, cur="USD", qty=200)], transport="air", note="a cream with triethanolamine (Schedule 3, not 2)")
ordi("21", "2028-09-21", "export", "DE", "AT", [it("853690", "Blitzstromableiter mit getriggerter Funkenstrecke, Typ 1, 50 Stück", "DE", 25, 9000, qty=50)], transport="road", note="lightning current arresters with a triggered spark gap within the EU")
ordi("22", "2028-09-22", "export", "FR", "MA", [it("853690", "Parafoudres à éclateur pour tableau électrique, 200 pièces", "FR", 40, 6000, qty=200)], transport="sea", note="spark-gap surge protectors to Morocco")
ordi("23", "2028-09-23", "export", "DE", "TR", [it("851110", "Zündkerzen für Gasturbinen, 40 Stück", "DE", 4, 3200, qty=40)], transport="air", note="turbine spark plugs")
ordi("24", "2028-09-24", "import", "CN", "FR", [it("290949", "Éther monobutylique du diéthylène glycol, solvant pour encres, 16 t", "CN", 16000, 24000, cur="USD")], note="a glycol ether ink solvent")

# permitted shipments with their documents
perm("1", "2028-09-01", "import", "PG", "DE", [it("970521", "Gerahmte Schmetterlinge, Ornithoptera, gezüchtet, 3 Stück", "PG", 1, 240, qty=3, docs=[("CITES_PERMIT", "PG-CITES-28-0077")])], transport="post", domain="wildlife", note="ranched birdwings, framed, with the CITES permit, to a collector", consignee_name="Herr Karl Vogel")
perm("2", "2028-09-02", "import", "PH", "FR", [it("711719", "Bracelets en corail noir (Antipathes), 20 pièces", "PH", 0.5, 400, cur="USD", qty=20, docs=[("CITES_PERMIT", "PH-2028-0412")])], transport="air", domain="wildlife", note="black coral jewellery with its CITES export permit")
perm("3", "2028-09-03", "import", "PE", "ES", [it("970191", "Óleo sobre lienzo, escuela cuzqueña, siglo XVIII, 1 pieza", "PE", 12, 9000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "PE-MC-2028-031")])], transport="air", domain="cultural", note="a colonial painting with Peru's export certificate")
perm("4", "2028-09-04", "import", "IN", "DE", [it("293070", "Thiodiglycol 99 %, Tintenlösungsmittel, 10 Fässer", "IN", 2300, 9800, cur="USD", qty=10, docs=[("IMPORT_LICENCE", "DE-BAFA-2028-0311")])], domain="strategic", note="thiodiglycol under its own code with the import licence")
perm("5", "2028-09-05", "export", "DE", "CH", [it("853690", "Getriggerte Funkenstrecken für Lithotripter, Anodenverzögerung 8 µs, 10 Stück", "DE", 1, 7000, qty=10, docs=[("EXPORT_LICENCE", "DE-BAFA-2028-0942")])], transport="air", domain="strategic", note="triggered spark gaps for lithotripters with the export licence")
probes.write(HERE, "dev16-a")
