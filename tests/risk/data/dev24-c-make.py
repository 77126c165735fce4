#!/usr/bin/env python3
"""Writes the round-twenty-four (c) development probes for cultural property
(dev24-c-{disguised,ordinary,permitted}.ndjson). Each family is an object type declared as new,
as a craft, a toy or as its material, where the tell is the object's name in the trade's
languages, a price no new craft has, or a physical inconsistency (a "bracelet" of 2 kg). Rows
are worded differently from blind23's and blind24's rows; the ordinary rows hold lawful
look-alikes that use the controlled word in a lawful sense and lawful private-person
consignees. Written and committed before the round-twenty-four (c) rules were run on it
(docs/profile-packs.md, "Round twenty-four (c): cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D24C", "924", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
CERT = [("CULTURAL_EXPORT_CERTIFICATE", "CEC-2030-0412")]

# C1 Oceanic ritual carvings (New Ireland, Sepik, Asmat, Vanuatu, Solomons) as tourist or decorative carvings
dis("C1-1", "2030-05-02", "import", "PG", "AU", [it("442191", "Decorative wooden mask, painted, handicraft, 1 pc", "PG", 6, 4800, cur="AUD", qty=1)], transport="air", note="C1: a painted mask from PNG at 4,800 AUD is a Sepik ritual mask, not a handicraft")
dis("C1-2", "2030-05-03", "import", "VU", "FR", [it("442090", "Tambour en bois sculpté, décoration, 1 pièce, 2,8 m", "VU", 120, 9000, cur="EUR", qty=1)], transport="sea", note="C1: a 2.8 m carved wooden drum from Vanuatu is an atingting slit gong; French wording")
dis("C1-3", "2030-05-04", "import", "ID", "DE", [it("970300", "Moderne Holzskulptur, Ahnenpfahl, Asmat-Stil, 1 Stk", "ID", 30, 12000, cur="EUR", qty=1)], transport="air", note="C1: an Asmat bis (ancestor) pole as a modern sculpture at 12,000 EUR; German wording")
# C2 archaeological bronzes of Italy and the Mediterranean as modern decorative bronzes
dis("C2-1", "2030-05-05", "export", "IT", "GB", [it("830629", "Statuine in bronzo, soprammobili, stile etrusco, 4 pz", "IT", 2, 14000, cur="EUR", qty=4)], transport="express", home_by_flow=True, note="C2: Etruscan votive bronzes as ornaments at 3,500 EUR each; Italian wording")
dis("C2-2", "2030-05-06", "export", "GR", "CH", [it("741999", "Small bronze figures, decorative, modern cast, 3 pcs", "GR", 1.5, 9600, cur="EUR", qty=3)], transport="road", home_by_flow=True, note="C2: Geometric-period bronze figurines from Greece at 3,200 EUR each as modern casts")
dis("C2-3", "2030-05-07", "import", "TR", "DE", [it("830629", "Dekorationsfiguren aus Bronze, Tierfiguren, neu, 5 Stk", "TR", 2, 11000, cur="EUR", qty=5)], transport="air", note="C2: Anatolian bronze animal figurines at 2,200 EUR each as new decorations; German wording")
# C3 Chinese archaic jades as stone bracelets, blanks, tubes or discs
dis("C3-1", "2030-05-08", "import", "HK", "GB", [it("711790", "Green stone discs with central hole, carved, 2 pcs", "CN", 5, 3000, cur="GBP", qty=2)], transport="express", note="C3: jade bi discs as stone discs, 2.5 kg a piece")
dis("C3-2", "2030-05-09", "import", "CN", "US", [it("681599", "Old jade ritual blade, zhang, 1 pc", "CN", 1.2, 2200, cur="USD", qty=1)], transport="air", note="C3: a Neolithic jade zhang blade declared under stone articles")
dis("C3-3", "2030-05-10", "import", "HK", "NL", [it("711620", "Nefriet armbanden, vierkant, 4 stuks", "CN", 7, 2400, cur="EUR", qty=4)], transport="express", note="C3: square nephrite 'bracelets' of 1.75 kg each are cong tubes; Dutch wording")
# C4 grave gold or pre-Columbian gold as scrap for melting
dis("C4-1", "2030-05-11", "import", "UA", "PL", [it("711291", "Złom złota, biżuteria do przetopienia, 0,3 kg", "UA", 0.3, 8000, cur="EUR")], transport="road", note="C4: 'gold scrap for melting' from Ukraine in a small lot by road: Scythian ornaments; Polish wording")
dis("C4-2", "2030-05-12", "import", "PE", "US", [it("711291", "18k gold scrap, small pieces, 0.5 kg", "PE", 0.5, 48000, cur="USD")], transport="express", consignee_name="Mr D. Carter", note="C4: 18 k scrap at 96,000 USD/kg, above melt value, to a private person: Moche gold")
dis("C4-3", "2030-05-13", "import", "SY", "TR", [it("711319", "Used gold jewellery for melting, 0.6 kg", "SY", 0.6, 15000, cur="USD")], transport="road", note="C4: used gold jewellery for melting from Syria: looted Roman and Byzantine gold")
# C5 pre-Columbian figurines as toys, dolls or crafts
dis("C5-1", "2030-05-14", "import", "PE", "FR", [it("950300", "Poupées en terre cuite, jouets artisanaux, 12 pièces", "PE", 3, 700, cur="USD", qty=12)], transport="express", note="C5: Chancay clay dolls as toys; French wording")
dis("C5-2", "2030-05-15", "import", "MX", "ES", [it("691390", "Figurillas de barro, ídolos pequeños, artesanía, 20 uds", "MX", 4, 900, cur="USD", qty=20)], transport="air", note="C5: small clay idols from Mexico (Tlatilco, Colima) as crafts; Spanish wording")
dis("C5-3", "2030-05-16", "import", "CR", "US", [it("950300", "Stone toy figures, small, 15 pcs", "CR", 2.5, 600, cur="USD", qty=15)], transport="post", note="C5: small stone figures as toys from Costa Rica")
# C6 Maori taonga as new greenstone or new carvings
dis("C6-1", "2030-05-17", "export", "NZ", "US", [it("711620", "Pounamu mere, contemporary, 1 pc", "NZ", 1.2, 9000, cur="NZD", qty=1)], transport="air", home_by_flow=True, note="C6: a pounamu mere at 9,000 NZD is a taonga tūturu")
dis("C6-2", "2030-05-18", "import", "NZ", "DE", [it("442090", "Geschnitzte Holzfigur, Maori-Stil, neu, 1 Stk", "NZ", 8, 6500, cur="EUR", qty=1)], transport="air", note="C6: a carved Maori figure (tekoteko) at 6,500 EUR as new; German wording")
# C7 temple and palace woodwork and stone as architectural salvage or reclaimed
dis("C7-1", "2030-05-19", "import", "NP", "GB", [it("442190", "Reclaimed carved wooden window, old, 1 pc", "NP", 80, 1500, cur="GBP", qty=1)], transport="sea", note="C7: a Newar carved temple window from Nepal as reclaimed")
dis("C7-2", "2030-05-20", "import", "IN", "FR", [it("442199", "Colonnes en bois sculpté, récupération, 6 pièces", "IN", 600, 2800, cur="EUR", qty=6)], transport="sea", note="C7: carved haveli or temple pillars as salvage; French wording")
dis("C7-3", "2030-05-21", "import", "MM", "US", [it("442199", "Antique carved teak panels with deities, demolition salvage, 10 pcs", "MM", 500, 4500, cur="USD", qty=10)], transport="sea", note="C7: monastery panels with deities from Myanmar as demolition salvage")
# C8 early printed maps, atlas leaves and engravings as prints or posters
dis("C8-1", "2030-05-22", "export", "FR", "US", [it("491199", "Gravures décoratives, cartes anciennes, 1650, 8 pièces", "FR", 1, 16000, cur="EUR", qty=8)], transport="express", home_by_flow=True, note="C8: 1650 maps (Blaeu) at 2,000 EUR each as decorative prints; French wording")
dis("C8-2", "2030-05-23", "export", "DE", "CH", [it("491199", "Kupferstiche, Landkarten, 17. Jahrhundert, koloriert, 5 Stk", "DE", 0.8, 9000, cur="EUR", qty=5)], transport="road", home_by_flow=True, note="C8: 17th-century copperplate maps as prints; German wording")
dis("C8-3", "2030-05-24", "export", "IT", "US", [it("491110", "Printed leaves, woodcut illustrations, 1493, 3 pcs", "IT", 0.3, 7500, cur="EUR", qty=3)], transport="express", home_by_flow=True, note="C8: Nuremberg Chronicle (1493) leaves as printed matter")
# C9 (further) Native American objects (ARPA, NAGPRA, STOP Act) as dolls, decorations or vintage crafts
dis("C9-1", "2030-05-25", "export", "US", "FR", [it("950300", "Vintage wooden dolls, Hopi, 3 pcs", "US", 2, 15000, cur="USD", qty=3)], transport="air", home_by_flow=True, note="C9: Hopi katsina friends as dolls at 5,000 USD each to a Paris auction")
dis("C9-2", "2030-05-26", "export", "US", "BE", [it("691390", "Decorative pottery bowl, painted, Mimbres style, 1 pc", "US", 1.5, 8000, cur="USD", qty=1)], transport="air", home_by_flow=True, note="C9: a Mimbres burial bowl as decorative pottery")

# ordinary look-alikes
ordi("O1-1", "2030-05-02", "import", "PG", "AU", [it("442191", "Wooden storyboard carvings, Sepik river, tourist souvenirs, 40 pcs", "PG", 60, 1600, cur="AUD", qty=40)], transport="sea", importer_name="Pacific Crafts Pty Ltd", note="O1: tourist storyboards at 40 AUD each")
ordi("O1-2", "2030-05-03", "import", "VU", "NZ", [it("442090", "Carved wooden bowl, handicraft, 1 pc", "VU", 2, 90, cur="NZD", qty=1)], transport="post", consignee_name="Mrs K. Tane", note="O1: a craft bowl to a private person")
ordi("O1-3", "2030-05-04", "import", "ID", "NL", [it("442191", "Teak garden furniture, bench, 20 pcs", "ID", 600, 4000, cur="EUR", qty=20)], transport="sea", note="O1: garden benches from Indonesia")
ordi("O2-1", "2030-05-05", "export", "IT", "US", [it("830629", "Bronze decorative figurines, souvenir replicas of Etruscan warriors, 200 pcs", "IT", 40, 3000, cur="EUR", qty=200)], transport="air", home_by_flow=True, note="O2: museum-shop replicas at 15 EUR each")
ordi("O2-2", "2030-05-06", "export", "IT", "CH", [it("970300", "Bronze sculpture, signed, numbered edition 3/8, artist's foundry cast, 1 pc", "IT", 25, 18000, cur="EUR", qty=1)], transport="road", home_by_flow=True, note="O2: a contemporary artist's edition bronze")
ordi("O2-3", "2030-05-07", "import", "CN", "DE", [it("830629", "Dekorationsfiguren aus Messing, neu, 500 Stk", "CN", 100, 2500, cur="EUR", qty=500)], transport="sea", note="O2: brass ornaments at 5 EUR")
ordi("O3-1", "2030-05-08", "import", "CN", "GB", [it("711620", "Jade bangles, nephrite, new, 100 pcs", "CN", 8, 2500, cur="GBP", qty=100)], transport="air", note="O3: new jade bangles of 80 g")
ordi("O3-2", "2030-05-09", "import", "HK", "FR", [it("711790", "Bracelets fantaisie en pierre verte, 50 pièces", "CN", 2, 300, cur="EUR", qty=50)], transport="express", consignee_name="Mme A. Martin", note="O3: costume bracelets to a private person")
ordi("O3-3", "2030-05-10", "import", "CN", "US", [it("681599", "Jade roller face massager, 500 pcs", "CN", 60, 1500, cur="USD", qty=500)], transport="sea", note="O3: jade face rollers")
ordi("O4-1", "2030-05-11", "import", "CH", "DE", [it("711291", "Goldschrott, Altgold aus Schmuck, zur Scheidung, 5 kg", "CH", 5, 160000, cur="EUR")], transport="road", importer_name="Scheideanstalt GmbH", note="O4: jewellery scrap to a refiner, below fine value")
ordi("O4-2", "2030-05-12", "import", "CO", "US", [it("711291", "Gold scrap, dental and broken jewellery, 3 kg", "CO", 3, 120000, cur="USD")], transport="air", importer_name="Metalor Technologies USA Corp", note="O4: refinery scrap from Colombia at 40,000 USD/kg")
ordi("O4-3", "2030-05-13", "import", "IT", "GB", [it("711319", "Used gold rings, 18k, 3 pcs", "IT", 0.02, 900, cur="GBP", qty=3)], transport="post", consignee_name="Mr P. Green", note="O4: three used rings to a private person")
ordi("O5-1", "2030-05-14", "import", "PE", "ES", [it("950300", "Muñecas de trapo, juguetes artesanales, 100 uds", "PE", 10, 500, cur="USD", qty=100)], transport="air", importer_name="Artesanías del Sur S.L.", note="O5: rag dolls")
ordi("O5-2", "2030-05-15", "import", "PE", "US", [it("691390", "Figuras de cerámica, nacimiento navideño, artesanía, 30 juegos", "PE", 30, 600, cur="USD", qty=30)], transport="sea", note="O5: ceramic nativity sets")
ordi("O5-3", "2030-05-16", "import", "PE", "FR", [it("680299", "Sculptures en pierre de Huamanga, figures, artisanat, 40 pièces", "PE", 20, 800, cur="EUR", qty=40)], transport="air", consignee_name="Mme L. Petit", note="O5: Huamanga alabaster crafts to a private person")
ordi("O5-4", "2030-05-16", "import", "MX", "US", [it("950300", "Stone-look plastic toy figures, dinosaurs, 500 pcs", "CN", 50, 1000, cur="USD", qty=500)], transport="sea", note="O5: plastic toys")
ordi("O6-1", "2030-05-17", "export", "NZ", "AU", [it("711620", "Pounamu greenstone hei-tiki pendants, new, carved 2030, 20 pcs", "NZ", 1, 4000, cur="NZD", qty=20)], transport="air", home_by_flow=True, note="O6: new pendants at 200 NZD")
ordi("O6-2", "2030-05-18", "import", "CN", "US", [it("691200", "Tiki mugs, ceramic, bar ware, 1000 pcs", "CN", 400, 3000, cur="USD", qty=1000)], transport="sea", note="O6: tiki bar mugs")
ordi("O6-3", "2030-05-18", "export", "NZ", "GB", [it("711620", "Greenstone pendant, koru, 1 pc", "NZ", 0.05, 150, cur="NZD", qty=1)], transport="post", home_by_flow=True, consignee_name="Ms R. Hughes", note="O6: a greenstone pendant to a private person")
ordi("O7-1", "2030-05-19", "import", "IN", "GB", [it("940360", "Reclaimed teak furniture, sideboards from old timber, 20 pcs", "IN", 1200, 6000, cur="GBP", qty=20)], transport="sea", importer_name="Jodhpur Living Ltd", note="O7: reclaimed-timber furniture")
ordi("O7-2", "2030-05-20", "import", "IN", "NL", [it("442199", "Hand carved wooden wall panels, new, floral design, 30 pcs", "IN", 300, 2400, cur="EUR", qty=30)], transport="sea", note="O7: new carved panels")
ordi("O7-3", "2030-05-21", "import", "IN", "US", [it("442190", "Carved wooden door, new, temple style design, 1 pc", "IN", 90, 900, cur="USD", qty=1)], transport="sea", consignee_name="Mr S. Patel", note="O7: a new temple-style door to a private person")
ordi("O8-1", "2030-05-22", "export", "NL", "US", [it("491199", "Facsimile prints of Ortelius maps 1570, poster reproductions, 200 pcs", "NL", 20, 2000, cur="EUR", qty=200)], transport="air", home_by_flow=True, note="O8: facsimile reproductions")
ordi("O8-2", "2030-05-23", "export", "DE", "US", [it("491000", "Wall calendars 2031, historic maps, 500 pcs", "DE", 300, 3500, cur="EUR", qty=500)], transport="sea", home_by_flow=True, note="O8: calendars of old maps")
ordi("O8-3", "2030-05-24", "import", "GB", "FR", [it("491199", "Decorative print, Paris 1789 revolution scene, offset, 1 pc", "GB", 0.2, 35, cur="EUR", qty=1)], transport="post", consignee_name="M. J. Durand", note="O8: a cheap modern print to a private person")
ordi("O9-1", "2030-05-25", "export", "US", "FR", [it("950300", "Wooden dolls, new, handmade, 50 pcs", "US", 10, 1500, cur="USD", qty=50)], transport="air", home_by_flow=True, note="O9: new dolls")
ordi("O9-2", "2030-05-26", "export", "US", "DE", [it("691390", "Decorative pottery, southwestern style, new, 40 pcs", "US", 40, 2400, cur="USD", qty=40)], transport="sea", home_by_flow=True, note="O9: new southwestern pottery")

# permitted
perm("P1", "2030-05-27", "import", "PG", "AU", [it("442191", "Malagan carving, New Ireland, 1 pc, with PNG National Museum export permit", "PG", 40, 9000, cur="AUD", qty=1, docs=CERT)], transport="air", importer_name="Australian Museum", note="P1: a malagan carving with its export permit")
perm("P2", "2030-05-28", "export", "IT", "CH", [it("970500", "Bronzetti nuragici, 2 pz, attestato di libera circolazione e licenza di esportazione", "IT", 1, 12000, cur="EUR", qty=2, docs=[("EXPORT_LICENCE", "IT-EXP-2030-118")])], transport="road", home_by_flow=True, note="P2: nuragic bronzes with an Italian export licence")
perm("P3", "2030-05-29", "export", "NL", "US", [it("491199", "Hand-coloured maps, Ortelius, 1570, 4 pcs", "NL", 0.5, 20000, cur="EUR", qty=4, docs=[("EXPORT_LICENCE", "NL-EU-116-2030-044")])], transport="air", home_by_flow=True, note="P3: atlas leaves with an EU export licence")
perm("P4", "2030-05-30", "export", "NZ", "GB", [it("711620", "Hei-tiki, pounamu, 19th century, 1 pc", "NZ", 0.2, 12000, cur="NZD", qty=1, docs=CERT)], transport="air", home_by_flow=True, note="P4: a taonga tūturu with its certificate of export")
perm("P5", "2030-05-31", "import", "CN", "GB", [it("970500", "Archaic jade cong, Liangzhu, 1 pc", "CN", 3, 20000, cur="GBP", qty=1, docs=CERT)], transport="air", importer_name="Oriental Art Ltd", note="P5: a jade cong with an export certificate")

probes.write(HERE, "dev24-c")
