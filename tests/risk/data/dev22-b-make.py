#!/usr/bin/env python3
"""Writes the round-twenty-two (b) development probes for wildlife (CITES)
(dev22-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind21's rows and in languages of the trade routes; the note says which modus
operandi family it belongs to and what betrays it. The ordinary rows include lawful private-person
consignees receiving ordinary goods of these families and a lawful look-alike of every family,
using the controlled word in a lawful sense. Written before the round-twenty-two (b) rules were run
on it (docs/profile-packs.md, "Round twenty-two (b): wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D22B", "922", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# F1 Neotropical CITES timber under a trade name: Dipteryx (cumaru, shihuahuaco, almendro), ipe (Brazilian walnut, tahuari), Cedrela, mahogany (mogno), Dalbergia (kingwood)
dis("F1-1", "2029-11-01", "import", "PE", "BE", [it("440729", "Madera aserrada de shihuahuaco, secada en horno, 60 m3", "PE", 55000, 70000, cur="USD")], note="F1: shihuahuaco is the Peruvian name of Dipteryx (Appendix II); Spanish wording", importer_name="Houthandel Vlaanderen NV", consignee_name="Houthandel Vlaanderen NV")
dis("F1-2", "2029-11-02", "import", "BR", "FR", [it("440929", "Lames de terrasse teck du Brésil, 21 x 145, 30 m3", "BR", 30000, 48000)], note="F1: 'teck du Brésil' is cumaru (Dipteryx), no teak; French wording", importer_name="Bois et Terrasses SAS", consignee_name="Bois et Terrasses SAS")
dis("F1-3", "2029-11-03", "import", "BR", "US", [it("440929", "Brazilian walnut decking, E4E, 5/4x6, 25,000 bf", "BR", 40000, 95000, cur="USD")], note="F1: 'Brazilian walnut' is the US trade name of ipe (Handroanthus, Appendix II since 2024)", importer_name="Coastal Decking Supply LLC", consignee_name="Coastal Decking Supply LLC")
dis("F1-4", "2029-11-04", "import", "BR", "PT", [it("440799", "Pranchas de mogno, serradas, 12 m3", "BR", 8000, 24000, cur="USD")], note="F1: mogno is bigleaf mahogany (Swietenia macrophylla, Appendix II); Portuguese wording", importer_name="Madeiras Nobres Lda", consignee_name="Madeiras Nobres Lda")
dis("F1-5", "2029-11-05", "import", "NI", "DE", [it("440799", "Almendro Schnittholz (Dipteryx oleifera), 20 m3", "NI", 18000, 16000, cur="USD")], note="F1: almendro is Dipteryx oleifera of Central America; German wording", importer_name="Holzimport Süd GmbH", consignee_name="Holzimport Süd GmbH")
# F2 CITES aquarium fish by a trade code or aquarium name: zebra plecos (L046) and freshwater stingrays (Potamotrygon)
dis("F2-1", "2029-11-06", "import", "CO", "NL", [it("030111", "Levende siervissen: L-046 harnasmeervallen, 150 st", "CO", 15, 6000, cur="USD", qty=150)], transport="air", note="F2: L046 is the zebra pleco (Hypancistrus zebra), endemic to the Xingu, exported from Colombia; Dutch wording", importer_name="Aquaria Groothandel BV", consignee_name="Aquaria Groothandel BV")
dis("F2-2", "2029-11-07", "import", "PE", "JP", [it("030111", "Live aquarium fish: zebra plecos, juvenile, 200 pcs", "PE", 10, 7000, cur="USD", qty=200)], transport="air", note="F2: zebra plecos (CITES) from Peru, outside their range, no permit", importer_name="Tokyo Tropical Fish KK", consignee_name="Tokyo Tropical Fish KK")
dis("F2-3", "2029-11-08", "import", "CO", "DE", [it("030111", "Lebende Zierfische, Süßwasserrochen Potamotrygon motoro, 40 Stk", "CO", 40, 4000, cur="USD", qty=40)], transport="air", note="F2: freshwater stingrays (Potamotrygon, Appendix III by Colombia and Brazil); German wording", importer_name="Zierfisch Import GmbH", consignee_name="Zierfisch Import GmbH")
# F3 CITES medicinal plants: wild orchid drugs (野生天麻, wild gastrodia, 山慈菇, 金线莲) and salep orchid tubers
dis("F3-1", "2029-11-09", "import", "CN", "FR", [it("121190", "Gastrodia elata sauvage (tian ma), racines séchées, 20 kg", "CN", 20, 1600, cur="USD")], transport="post", note="F3: wild tianma (Gastrodia elata, orchid, Appendix II); French wording", consignee_name="M. Chen Wei")
dis("F3-2", "2029-11-10", "import", "CN", "US", [it("121190", "野山天麻 整只 2 kg", "CN", 2, 400, cur="USD", qty=1)], transport="post", note="F3: 野山 (wild mountain) tianma, Chinese wording", consignee_name="Li Na")
dis("F3-3", "2029-11-11", "import", "CN", "DE", [it("121190", "山慈菇 片, 中药材, 30 kg", "CN", 30, 1800, cur="USD")], transport="air", note="F3: 山慈菇 is Cremastra / Pleione pseudobulbs, wild-collected orchids (Appendix II)", importer_name="TCM Handel GmbH", consignee_name="TCM Handel GmbH")
dis("F3-4", "2029-11-12", "import", "TR", "DE", [it("121190", "Salep (Orchis-Knollen), getrocknet, rein, 200 kg", "TR", 200, 30000, cur="EUR")], transport="road", note="F3 (further family): salep is dried wild orchid tubers (Orchis, Ophrys, Appendix II); German wording", importer_name="Anatolia Gewürze GmbH", consignee_name="Anatolia Gewürze GmbH")
dis("F3-5", "2029-11-13", "import", "IR", "AE", [it("121190", "Salep root powder, pure, 100 kg", "IR", 100, 16000, cur="USD")], transport="air", note="F3 (further family): pure salep powder is ground wild orchid tubers", importer_name="Gulf Spices Trading LLC", consignee_name="Gulf Spices Trading LLC")
# F4 exotic-leather goods by animal: elephant, caiman, python, teju, peccary, crocodile (any language)
dis("F4-1", "2029-11-14", "import", "ZW", "US", [it("640399", "Western boots, genuine elephant skin, 4 pairs", "ZW", 6, 2400, cur="USD", qty=4)], transport="express", note="F4: elephant-skin boots (Loxodonta) without a permit", consignee_name="Mr Robert Miller")
dis("F4-2", "2029-11-15", "import", "MX", "FR", [it("420330", "Ceinture en cuir d'éléphant, 3 pièces", "MX", 1, 450, cur="USD", qty=3)], transport="post", note="F4: elephant-leather belts; French wording", consignee_name="M. Pierre Martin")
dis("F4-3", "2029-11-16", "import", "MX", "ES", [it("640399", "Botas de piel de caimán, 5 pares", "MX", 7, 1500, cur="USD", qty=5)], transport="express", note="F4: caiman (Caiman crocodilus, Appendix II) boots without a permit; Spanish wording", consignee_name="Sr. Javier López")
dis("F4-4", "2029-11-17", "import", "AR", "DE", [it("420500", "Handschuhe aus Pekari-Leder, 20 Paar", "AR", 4, 1200, cur="USD", qty=20)], transport="post", note="F4: peccary leather gloves (Pecari tajacu, Appendix II); German wording", consignee_name="Herr Klaus Weber")
dis("F4-5", "2029-11-18", "import", "TH", "IT", [it("420221", "Borse in pelle di pitone, 10 pezzi", "TH", 8, 3000, cur="USD", qty=10)], transport="express", note="F4: python-skin handbags without a permit; Italian wording", importer_name="Moda Esotica Srl", consignee_name="Moda Esotica Srl")

# ordinary trade: lawful look-alikes of every family and private persons receiving ordinary goods
ordi("1", "2029-11-01", "import", "BR", "NL", [it("440929", "Jatoba decking ('Brazilian cherry'), 21 x 145 mm, 30 m3", "BR", 30000, 45000, cur="EUR")], note="F1 look-alike: jatobá (Hymenaea), not listed", importer_name="Houthandel Terras BV", consignee_name="Houthandel Terras BV")
ordi("2", "2029-11-02", "import", "ID", "DE", [it("440729", "Teak sawn timber (Tectona grandis), plantation, FSC, 20 m3", "ID", 14000, 30000, cur="USD")], note="F1 look-alike: plantation teak, not listed", importer_name="Holzimport Süd GmbH", consignee_name="Holzimport Süd GmbH")
ordi("3", "2029-11-03", "import", "VE", "FR", [it("090700", "Fèves tonka (Dipteryx odorata), 200 kg", "VE", 200, 8000, cur="USD")], transport="air", note="F1 look-alike: tonka beans, the seeds, not covered by the timber annotation", importer_name="Épices Fines SARL", consignee_name="Épices Fines SARL")
ordi("4", "2029-11-04", "import", "US", "GB", [it("440799", "Tulipwood (yellow poplar, Liriodendron) sawn boards, 20 m3", "US", 11000, 9000, cur="USD")], note="F1 look-alike: American tulipwood is Liriodendron, not Dalbergia", importer_name="Timber Merchants Ltd", consignee_name="Timber Merchants Ltd")
ordi("5", "2029-11-05", "import", "BR", "ES", [it("440799", "Madera aserrada de cedrorana (Cedrelinga cateniformis), 25 m3", "BR", 13000, 9000, cur="USD")], note="F1 look-alike: cedrorana is Cedrelinga, not Cedrela", importer_name="Maderas del Norte SL", consignee_name="Maderas del Norte SL")
ordi("6", "2029-11-06", "import", "DE", "AT", [it("940360", "Couchtisch Teak-Optik, 1 Stk", "DE", 25, 250, qty=1)], transport="road", note="F1 look-alike: a teak-look coffee table to a private person", consignee_name="Frau Anna Gruber")
ordi("7", "2029-11-07", "import", "PE", "DE", [it("030111", "Lebende Zierfische, L-Welse sortiert (L-333, L-066), Nachzucht, 100 Stk", "PE", 10, 1500, cur="USD", qty=100)], transport="air", note="F2 look-alike: unlisted L-numbers (King Tiger pleco L066, L333)", importer_name="Zierfisch Import GmbH", consignee_name="Zierfisch Import GmbH")
ordi("8", "2029-11-08", "import", "CN", "US", [it("950300", "Zebra pleco plush toy, 20 cm, 300 pcs", "CN", 60, 900, cur="USD", qty=300)], transport="sea", note="F2 look-alike: a plush toy")
ordi("9", "2029-11-09", "import", "TH", "GB", [it("030111", "Live zebra danios (Danio rerio), 2000 pcs", "TH", 40, 400, cur="USD", qty=2000)], transport="air", note="F2 look-alike: zebra danios are not plecos", importer_name="Aquatic Wholesale Ltd", consignee_name="Aquatic Wholesale Ltd")
ordi("10", "2029-11-10", "import", "SG", "NL", [it("030111", "Levende siervissen: zebrabarbelen, Corydoras en neons, 3000 st", "SG", 30, 600, cur="USD", qty=3000)], transport="air", note="F2 look-alike: ordinary aquarium fish, 'zebra' in a lawful sense", importer_name="Aquaria Groothandel BV", consignee_name="Aquaria Groothandel BV")
ordi("11", "2029-11-11", "import", "CN", "FR", [it("121190", "Tian ma (Gastrodia elata) cultivé, tranches séchées, 100 kg", "CN", 100, 2000, cur="USD")], transport="air", note="F3 look-alike: cultivated tianma (most tianma in trade)", importer_name="Herboristerie Lyon SARL", consignee_name="Herboristerie Lyon SARL")
ordi("12", "2029-11-12", "import", "CN", "IT", [it("121190", "天麻片 (种植), 1 kg x 5", "CN", 5, 120, cur="USD", qty=5)], transport="post", note="F3 look-alike: planted (种植) tianma to a private person", consignee_name="Sig. Marco Zhang")
ordi("13", "2029-11-13", "import", "TR", "DE", [it("210690", "Instant-Salep-Getränkepulver mit Zucker und Milchpulver, 500 Dosen", "TR", 250, 1500, qty=500)], transport="road", note="F3 look-alike: instant salep drink mix (sugar, milk powder, flavour)", importer_name="Anatolia Gewürze GmbH", consignee_name="Anatolia Gewürze GmbH")
ordi("14", "2029-11-14", "import", "CN", "US", [it("121190", "Wild jujube seed (酸枣仁), 50 kg", "CN", 50, 900, cur="USD")], transport="air", note="F3 look-alike: a wild-collected herb that is not listed", importer_name="Pacific Herbs Inc", consignee_name="Pacific Herbs Inc")
ordi("15", "2029-11-15", "import", "MX", "US", [it("640399", "Cowboy boots, full-quill ostrich, 4 pairs", "MX", 6, 1600, cur="USD", qty=4)], transport="express", note="F4 look-alike: farmed ostrich leather, not listed, to a private person", consignee_name="Mr James Walker")
ordi("16", "2029-11-16", "import", "IT", "ES", [it("420221", "Bolso de piel de vacuno estampado cocodrilo, 2 uds", "IT", 2, 300, qty=2)], transport="post", note="F4 look-alike: croc-embossed cowhide handbag to a private person", consignee_name="Sra. Lucía García")
ordi("17", "2029-11-17", "import", "TH", "FR", [it("420231", "Portefeuille en cuir de galuchat (raie), 20 pièces", "TH", 2, 600, cur="USD", qty=20)], transport="air", note="F4 look-alike: stingray shagreen (marine whiprays, not listed)", importer_name="Maroquinerie Paris SARL", consignee_name="Maroquinerie Paris SARL")
ordi("18", "2029-11-18", "import", "IN", "GB", [it("420221", "Leather handbag with elephant motif embroidery, 50 pcs", "IN", 30, 1500, cur="USD", qty=50)], transport="air", note="F4 look-alike: cow leather with an elephant motif", importer_name="Boho Bags Ltd", consignee_name="Boho Bags Ltd")
ordi("19", "2029-11-19", "import", "US", "DE", [it("640399", "Stiefel Rindsleder, Elefantenoptik geprägt, 3 Paar", "US", 5, 600, cur="USD", qty=3)], transport="express", note="F4 look-alike: elephant-grain embossed cowhide boots to a private person", consignee_name="Herr Jonas Becker")
ordi("20", "2029-11-20", "import", "CN", "NL", [it("950300", "Knuffel olifant, pluche, 500 st", "CN", 100, 1500, cur="USD", qty=500)], transport="sea", note="F4 look-alike: elephant plush toys")

# permitted shipments with their documents
perm("1", "2029-11-01", "import", "BR", "NL", [it("440922", "Cumaru decking (Dipteryx odorata), 21 x 145 mm, 40 m3", "BR", 40000, 60000, docs=[("CITES_PERMIT", "BR-2029-004551")])], note="cumaru with its CITES export permit", importer_name="Houthandel Terras BV", consignee_name="Houthandel Terras BV")
perm("2", "2029-11-02", "import", "DE", "GB", [it("030111", "Live Hypancistrus zebra (L046), captive bred F2, 50 pcs", "DE", 3, 2500, qty=50, docs=[("CITES_CERTIFICATE", "DE-2029-CB-0312")])], transport="air", note="captive-bred zebra plecos with a CITES certificate", importer_name="Aquatic Wholesale Ltd", consignee_name="Aquatic Wholesale Ltd")
perm("3", "2029-11-03", "import", "CO", "ES", [it("640399", "Botas de piel de caimán (Caiman crocodilus fuscus), criadero, 20 pares", "CO", 30, 6000, cur="USD", qty=20, docs=[("CITES_PERMIT", "CO-2029-1187")])], transport="air", note="farmed caiman boots with their CITES permit", importer_name="Calzados Vaqueros SL", consignee_name="Calzados Vaqueros SL")
perm("4", "2029-11-04", "import", "CN", "DE", [it("121190", "野生天麻 (Gastrodia elata), 20 kg", "CN", 20, 3000, cur="USD", docs=[("CITES_PERMIT", "CN-2029-20871")])], transport="air", note="wild tianma with a CITES permit", importer_name="TCM Handel GmbH", consignee_name="TCM Handel GmbH")
probes.write(HERE, "dev22-b")
