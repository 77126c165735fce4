#!/usr/bin/env python3
"""Writes the round-fourteen development probes for cultural property
(dev14-a-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind11's and blind12's rows and mostly in languages of the trade routes;
the note says which modus operandi family it belongs to and what betrays it. The ordinary
rows include lawful private-person consignees receiving ordinary goods of these families
(a book, a souvenir, a replica, a garden ornament), so that the false-positive side is
measured. Written and committed before the round-fourteen rules were run on it
(docs/profile-packs.md, "Round fourteen: cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D14A", "914", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# M1 South and South-East Asian manuscripts (palm leaf, lacquered kammavaca, folding parabaik) as books or decoration
dis("M1-1", "2028-05-01", "import", "TH", "DE", [it("490199", "Alte Palmblatthandschrift, geritzte Schrift, zwischen Holzdeckeln, 1 Bündel", "LA", 1.5, 60, cur="USD", qty=1)], transport="post", note="M1: an inscribed palm-leaf bundle between boards from Laos; German wording", consignee_name="Herrn Jonas Weber")
dis("M1-2", "2028-05-02", "import", "TH", "FR", [it("442090", "Feuillets laqués rouge et or, écriture pali, objet décoratif, 16 feuillets", "MM", 2, 80, cur="USD", qty=16)], transport="express", note="M1: lacquered red and gold leaves in Pali are a kammavaca; French wording", consignee_name="M. Julien Moreau")
dis("M1-3", "2028-05-03", "import", "MM", "GB", [it("490199", "Folding book of mulberry paper, parabaik, old, hand drawn, 1 pc", "MM", 1, 40, cur="USD", qty=1)], transport="post", note="M1: a parabaik (Burmese folding manuscript) as an old book", **PP)
# R1 ICOM Red List object types named outright under a craft code
dis("R1-1", "2028-05-04", "import", "CN", "NL", [it("691390", "고려청자 매병, 오래된, 2점", "KP", 6, 300, cur="USD", qty=2)], transport="express", note="R1: Goryeo celadon vases of North Korean origin; Korean wording", consignee_name="Dhr. K. de Vries")
dis("R1-2", "2028-05-05", "export", "GR", "GB", [it("681091", "Cycladic style marble head, weathered, 1 pc", "GR", 2, 90, qty=1)], transport="air", note="R1: a weathered Cycladic marble head as a stone ornament")
dis("R1-3", "2028-05-06", "import", "MX", "ES", [it("691390", "Figura de barro olmeca, con restos de tierra, 1 pieza", "MX", 1.5, 70, cur="USD", qty=1)], transport="post", note="R1: an Olmec clay figure with soil; Spanish wording", consignee_name="Sr. Jorge Castillo")
dis("R1-4", "2028-05-07", "import", "AE", "IT", [it("630900", "Frammenti tessili copti, lino e lana, 20 pz", "EG", 1, 120, cur="USD", qty=20)], transport="air", note="R1: Coptic textile fragments from Egypt via Dubai under the worn-clothing code; Italian wording")
dis("R1-5", "2028-05-08", "import", "BO", "FR", [it("560900", "Quipu en coton, cordelettes nouées anciennes, 1 pièce", "PE", 0.5, 60, cur="USD", qty=1)], transport="post", note="R1: a khipu (Andean recording cord) as string articles; French wording", **PP)
# C1 elements of dismembered monuments (altarpieces, church stained glass, historic doors, tile panels)
dis("C1-1", "2028-05-09", "export", "ES", "MX", [it("442099", "Fragmentos de retablo barroco, madera dorada, 3 piezas", "ES", 40, 1500, qty=3)], transport="air", note="C1: baroque altarpiece fragments; Spanish wording")
dis("C1-2", "2028-05-10", "export", "BE", "US", [it("702000", "Old leaded glass church windows, figures of saints, 4 panels", "BE", 90, 800, qty=4)], transport="sea", note="C1: figured church stained glass at 200 EUR a panel")
dis("C1-3", "2028-05-11", "export", "PT", "US", [it("690890", "Painel de azulejos antigos do século XVIII, retirado de capela, 1 conjunto", "PT", 150, 1200, qty=1)], transport="sea", note="C1: an 18th-century azulejo panel removed from a chapel; Portuguese wording")
dis("C1-4", "2028-05-12", "import", "KE", "NL", [it("441820", "Antieke gesneden Swahili deur uit Lamu, met koperen spijkers, 1 st.", "KE", 350, 1200, cur="USD", qty=1)], transport="sea", note="C1: an antique carved Swahili door from Lamu (World Heritage old town); Dutch wording")
# S1 inscribed lead seals, bullae and seal matrices (metal-detected small finds)
dis("S1-1", "2028-05-13", "import", "BG", "DE", [it("780600", "Bleiplomben mit Inschrift auf beiden Seiten, byzantinisch, 25 Stück", "BG", 0.5, 50, qty=25)], transport="post", note="S1: Byzantine lead seals inscribed on both faces; German wording", consignee_name="Herrn Stefan Braun")
dis("S1-2", "2028-05-14", "import", "TR", "FR", [it("830990", "Sceaux en plomb anciens avec monogramme, 40 pièces", "TR", 0.8, 80, cur="USD", qty=40)], transport="post", note="S1: old lead seals with a monogram from Turkey; French wording", **PP)
# P1 rock art and reliefs cut from sites
dis("P1-1", "2028-05-15", "import", "DZ", "FR", [it("680299", "Pierre gravée de pétroglyphes, bovidés, patinée, 1 bloc", "DZ", 80, 250, qty=1)], transport="sea", note="P1: a petroglyph block from Algeria; French wording")
dis("P1-2", "2028-05-16", "import", "PK", "GB", [it("680299", "Grey schist relief panel, Gandhara style, Buddha scenes, old, 1 pc", "PK", 25, 150, cur="USD", qty=1)], transport="air", note="P1: a grey schist Gandhara relief at 150 USD")

# ordinary trade, with lawful private-person consignees
ordi("1", "2028-05-01", "import", "GB", "DE", [it("392640", "Museumsshop-Nachbildungen von Rollsiegeln, Kunstharz, mit Reproduktionszertifikat, 800 Stück", "GB", 40, 1600, qty=800)], transport="air", note="museum-shop replicas of cylinder seals with a reproduction certificate")
ordi("2", "2028-05-02", "import", "US", "FR", [it("490199", "Livre : Manuscrits sur feuilles de palmier d'Asie du Sud-Est, catalogue d'exposition, 1 exemplaire", "US", 1.2, 45, cur="USD", qty=1)], transport="post", note="an exhibition catalogue about palm-leaf manuscripts to a private person", **PP)
ordi("3", "2028-05-03", "import", "TH", "NL", [it("490199", "Thais kookboek, nieuw, 1 st.", "TH", 0.8, 20, cur="USD", qty=1)], transport="post", note="a new Thai cookbook to a private person", consignee_name="Mevr. L. Jansen")
ordi("4", "2028-05-04", "import", "IN", "GB", [it("460219", "Palm leaf baskets, handmade, new, 200 pcs", "IN", 60, 400, cur="USD", qty=200)], transport="sea", note="new palm-leaf baskets")
ordi("5", "2028-05-05", "import", "KR", "DE", [it("691200", "Seladon-Teeschalen, neu, Handarbeit, 6 Stück", "KR", 2, 90, cur="USD", qty=6)], transport="post", note="new Korean celadon tea bowls to a private person", **PP)
ordi("6", "2028-05-06", "import", "GR", "IT", [it("681099", "Replica di idolo cicladico, marmo, museum shop, 1 pz", "GR", 0.6, 40, qty=1)], transport="post", note="a museum-shop Cycladic replica to a private person", consignee_name="Sig.ra Anna Russo")
ordi("7", "2028-05-07", "import", "MX", "US", [it("691390", "Ceramic garden planters, Aztec pattern, new, 300 pcs", "MX", 900, 3000, cur="USD", qty=300)], transport="road", note="new planters with an Aztec pattern")
ordi("8", "2028-05-08", "import", "PE", "ES", [it("630900", "Ropa usada, fardos, 10 t", "PE", 10000, 4000, cur="USD")], transport="sea", note="worn clothing in bales at its price")
ordi("9", "2028-05-09", "import", "DE", "AT", [it("702000", "Bleiverglasung, neue Fensterfüllungen nach Maß, 3 Stück", "DE", 30, 1800, qty=3)], transport="road", note="new made-to-measure leaded glass panels")
ordi("10", "2028-05-10", "import", "PT", "FR", [it("690722", "Azulejos neufs peints à la main, 20 m2", "PT", 300, 1400)], transport="road", note="new hand-painted tiles")
ordi("11", "2028-05-11", "import", "IN", "DE", [it("441820", "Geschnitzte Holztür, neu, Mangoholz, Kolonialstil, 2 Stück", "IN", 160, 700, cur="USD", qty=2)], transport="sea", note="new carved mango-wood doors")
ordi("12", "2028-05-12", "import", "CN", "GB", [it("830990", "Lead security seals for meters, numbered, 10000 pcs", "CN", 50, 300, cur="USD", qty=10000)], transport="sea", note="numbered lead meter seals")
ordi("13", "2028-05-13", "import", "TR", "DE", [it("950790", "Angelbleie, sortiert, 1 kg", "TR", 1, 8, qty=1)], transport="post", note="fishing weights to a private person", **PP)
ordi("14", "2028-05-14", "import", "FR", "BE", [it("680299", "Dalle en pierre de Bourgogne, taillée, pour terrasse, 40 m2", "FR", 4000, 2400)], transport="road", note="cut stone paving")
ordi("15", "2028-05-15", "import", "ES", "GB", [it("970110", "Oil painting of a chapel, signed, 2019, 1 pc", "ES", 3, 600, qty=1)], transport="post", note="a recent painting to a private person", consignee_name="Mr Tom Harris")
ordi("16", "2028-05-16", "import", "PK", "DE", [it("442090", "Holzschnitzerei, Souvenir, Buddha-Figur, neu, 1 Stück", "PK", 0.8, 25, cur="USD", qty=1)], transport="post", note="a new wooden souvenir to a private person", **PP)

# permitted shipments with their documents
perm("1", "2028-05-01", "export", "ES", "US", [it("970300", "Retablo panel, polychrome wood, 17th century, 1 pc", "ES", 20, 45000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-2028-0141")])], transport="air", note="an altarpiece panel with the Spanish export permit")
perm("2", "2028-05-02", "import", "GB", "DE", [it("970510", "Byzantine lead seal, 11th century, ex collection 1975, 1 pc", "GB", 0.05, 900, qty=1, docs=[("EXPORT_LICENCE", "GB-ACE-2028-0511"), ("IMPORT_LICENCE", "DE-KGS-2028-0511")])], transport="post", note="a lead seal with its export licence and old provenance; the import licence (Regulation (EU) 2019/880 Art. 4, archaeological objects over 250 years) added after the first run, which examined the row without it", **PP)
perm("3", "2028-05-03", "import", "TH", "FR", [it("970600", "Manuscrit sur feuilles de palmier, XIXe siècle, 1 pièce", "TH", 1, 3000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "TH-FAD-2028-0077")])], transport="air", note="a palm-leaf manuscript with the Thai Fine Arts Department's export permit")
perm("4", "2028-05-04", "export", "BE", "US", [it("970300", "Stained glass church window panel, 16th century, 1 pc", "BE", 30, 25000, qty=1, docs=[("EXPORT_LICENCE", "BE-FL-2028-0062")])], transport="air", note="a stained-glass panel with its export licence")
probes.write(HERE, "dev14-a")
