#!/usr/bin/env python3
"""Writes the round-twenty-six (b) development probes for cultural property
(dev26-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind27's and blind28's rows and mostly in languages of the trade routes; the
note says which modus operandi family it belongs to and what betrays it. The ordinary rows
include lawful private-person consignees receiving ordinary goods of these families and a
lawful look-alike of every family that uses the family's word in a lawful sense. Written and
committed before the round-twenty-six (b) rules were run on it (docs/profile-packs.md,
"Round twenty-six (b): cultural property (with one over-flag)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D26B", "926", domain="cultural")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# M lifted floor and wall mosaics as used tiles or stone cubes (facing canvas, rolled sections)
dis("M-1", "2030-12-01", "import", "JO", "GR", [it("690721", "Παλιά πλακάκια, μικροί λίθινοι κύβοι κολλημένοι σε ύφασμα, σε ρολά, 11 m2", "SY", 480, 950, cur="USD")], transport="road", note="M: old stone cubes glued on cloth in rolls from Syria via Jordan: a lifted floor mosaic; Greek wording")
dis("M-2", "2030-12-02", "import", "TR", "DE", [it("680221", "Alte Bodenfliesen aus Marmorwürfeln auf Jutegewebe geklebt, 8 Rollen", "LB", 350, 700)], transport="road", transit=["BG"], note="M: marble cubes on jute in rolls, Lebanese origin: lifted mosaic; German wording")
# I inscribed ancient metal (diplomas, tablets, pierced plates) as scrap
dis("I-1", "2030-12-03", "import", "BG", "AT", [it("740400", "Buntmetallschrott, 3 kleine Bronzeplättchen mit lateinischer Inschrift, gelocht", "BG", 0.25, 6, qty=3)], transport="road", note="I: three bronze plates with a Latin inscription, pierced: a military diploma as scrap; German wording", consignee_name="Herr K. Gruber")
dis("I-2", "2030-12-04", "import", "RS", "HU", [it("780200", "Ólomhulladék, 1 db, görög betűkkel gravírozott lemez (lead sheet with Greek letters)", "RS", 0.5, 4, qty=1)], transport="road", note="I: a lead tablet with Greek letters (curse tablet) as lead scrap; Hungarian with English gloss")
# F detached frescoes and painted lime plaster
dis("F-1", "2030-12-05", "export", "IT", "GB", [it("970110", "Dipinto su tela, affresco staccato e riportato su tela, santo, 1 pz", "IT", 18, 1, qty=1)], note="F: a fresco detached and transferred to canvas, declared as a painting at 1 EUR; Italian wording")
dis("F-2", "2030-12-06", "import", "CY", "FR", [it("681099", "Panneaux muraux, fragments d'enduit peint, pigments, figures religieuses, 5 pièces", "CY", 70, 1200, qty=5)], note="F: painted plaster fragments with religious figures from Cyprus; French wording")
# K Andean keros and use-worn objects declared as craft
dis("K-1", "2030-12-07", "import", "PE", "US", [it("442090", "Carved wooden beakers, folk craft, inlaid coloured figures, use patina, 3 pcs", "PE", 2, 75, cur="USD", qty=3)], transport="air", note="K: carved beakers with inlaid figures and use patina: keros", consignee_name="Mr D. Harlow")
dis("K-2", "2030-12-08", "import", "BO", "FR", [it("442090", "Gobelets en bois, artisanat, anciens qeros décorés, 2 pièces", "BO", 1.2, 50, cur="USD", qty=2)], transport="post", note="K: qeros named in a craft declaration from Bolivia; French wording", consignee_name="Mme L. Girard")
# T Tibetan and Himalayan ritual objects
dis("T-1", "2030-12-09", "import", "NP", "DE", [it("970110", "Thangka, alt, Kloster, Mineralfarben auf Baumwolle, 1 Stück", "NP", 0.8, 200, cur="USD", qty=1)], transport="air", note="T: an old monastery thangka; German wording", consignee_name="Frau M. Schulz")
dis("T-2", "2030-12-10", "import", "IN", "FR", [it("491191", "Petites cartes peintes à la main, bouddhas et divinités, anciennes, 24 pièces", "IN", 0.4, 140, cur="USD", qty=24)], transport="post", note="T: old hand-painted cards of deities (tsakli) from Ladakh; French wording", consignee_name="M. P. Lefèvre")
# W wreck cargo with marine concretion
dis("W-1", "2030-12-11", "import", "PH", "ES", [it("691190", "Cuencos de porcelana china, con concreciones marinas, 60 pz", "PH", 90, 500, cur="USD", qty=60)], note="W: Chinese porcelain bowls with marine concretion from the Philippines; Spanish wording")
dis("W-2", "2030-12-12", "import", "MY", "DE", [it("701399", "Glasflaschen, antik, mit Seepocken bewachsen, 20 Stück", "MY", 15, 300, cur="USD", qty=20)], note="W: old glass bottles covered with barnacles from Malaysian waters; German wording")

# ordinary look-alikes and private persons
ordi("1", "2030-12-01", "import", "CN", "IT", [it("700100", "Glass mosaic tiles on mesh, new, 30 x 30 cm sheets", "CN", 9000, 18000, cur="USD")], note="new glass mosaic sheets on mesh")
ordi("2", "2030-12-02", "import", "TR", "DE", [it("680291", "Neue Marmormosaikfliesen, netzverklebt, 30 x 30 cm, 400 m2", "TR", 8000, 16000)], transport="road", note="new marble mosaic on mesh; German")
ordi("3", "2030-12-03", "import", "IN", "FR", [it("950300", "Mosaic craft kit for children, foam tesserae, 200 kits", "IN", 300, 800, cur="USD", qty=200)], note="a children's mosaic kit")
ordi("4", "2030-12-04", "import", "DE", "AT", [it("740400", "Kupferschrott, Kabelgranulat, 20 t", "DE", 20000, 110000)], transport="road", note="copper scrap in tonnes")
ordi("5", "2030-12-05", "import", "CN", "DE", [it("830110", "Engraved brass name plates, new, with letters, 500 pcs", "CN", 50, 900, cur="USD", qty=500)], note="new engraved name plates (not scrap)")
ordi("6", "2030-12-06", "import", "IT", "DE", [it("252220", "Calce idraulica per intonaco, sacchi 25 kg, 20 t", "IT", 20000, 5000)], transport="road", note="lime for plaster")
ordi("7", "2030-12-07", "import", "IT", "FR", [it("970110", "Affresco contemporaneo su pannello, opera dell'artista, firmato 2030", "IT", 15, 2500, qty=1)], transport="road", note="a contemporary fresco by a living artist")
ordi("8", "2030-12-08", "import", "CN", "NL", [it("481420", "Wallpaper, fresco effect, printed, 600 rolls", "CN", 1800, 3000, cur="USD", qty=600)], note="fresco-effect wallpaper")
ordi("9", "2030-12-09", "import", "PE", "ES", [it("442090", "Vasos de madera tallada, artesanía nueva, pintados, 300 pz", "PE", 90, 1200, cur="USD", qty=300)], transport="air", note="new Peruvian carved cups")
ordi("10", "2030-12-10", "import", "PE", "DE", [it("611030", "Alpaca sweaters, hand knitted, 200 pcs", "PE", 120, 6000, cur="USD", qty=200)], transport="air", note="Peruvian knitwear", consignee_name="Frau A. Becker")
ordi("11", "2030-12-11", "import", "NP", "IT", [it("970110", "Thangka, nuovo, dipinto a mano, pigmenti minerali e oro, laboratorio di Kathmandu", "NP", 0.6, 300, cur="USD", qty=1)], transport="post", note="a new workshop thangka to a private person", consignee_name="Sig. R. Bianchi")
ordi("12", "2030-12-12", "import", "NP", "FR", [it("480210", "Papier lokta fait main, feuilles, 2 000 pièces", "NP", 200, 800, cur="USD", qty=2000)], note="Nepalese lokta paper")
ordi("13", "2030-12-13", "import", "NL", "DE", [it("320890", "Antifouling verf tegen zeepokken en aangroei, 5 l blikken", "NL", 4000, 30000)], transport="road", note="antifouling paint against barnacles; Dutch")
ordi("14", "2030-12-14", "import", "CN", "GB", [it("691200", "Blue and white porcelain plates, new, dishwasher safe, 2,000 pcs", "CN", 1600, 4000, cur="USD", qty=2000)], note="new blue-and-white plates")
ordi("15", "2030-12-15", "import", "ID", "NL", [it("442090", "Drijfhout decoratie, schelpen, nieuw, 500 st.", "ID", 400, 1500, cur="USD", qty=500)], note="new driftwood and shell decor")
ordi("16", "2030-12-16", "import", "CN", "DE", [it("950300", "Puzzle 1000 Teile, Motiv Fresko Sixtinische Kapelle", "CN", 500, 1500, cur="USD", qty=1000)], note="a jigsaw with a fresco motif")

# permitted shipments with their documents
perm("1", "2030-12-01", "export", "IT", "CH", [it("970110", "Affresco staccato (strappo), XV secolo, su tela, 1 pz", "IT", 25, 60000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "IT-UE-2030-0417")])], transport="road", note="a detached fresco with the Italian export licence")
perm("2", "2030-12-02", "import", "PE", "US", [it("970600", "Kero, Inca wooden beaker, for museum loan, 1 pc", "PE", 1, 20000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "PE-MC-2030-0088")])], transport="air", note="a kero on museum loan with the Peruvian certificate")
perm("3", "2030-12-03", "import", "NP", "GB", [it("970110", "Old thangka, 19th century, with export certificate", "NP", 1, 8000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "NP-DOA-2030-0031")])], transport="air", note="an old thangka with the Department of Archaeology's certificate")
perm("4", "2030-12-04", "import", "ID", "NL", [it("691200", "Porcelain from the Tek Sing cargo, auctioned, with concretions, 10 pcs", "ID", 12, 3000, cur="USD", qty=10, docs=[("CULTURAL_EXPORT_CERTIFICATE", "ID-2030-0007")])], note="wreck porcelain with the export licence")

probes.write(HERE, "dev26-b")
