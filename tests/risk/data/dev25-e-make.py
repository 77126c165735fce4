#!/usr/bin/env python3
"""Writes the round-twenty-five (e) development probes for wildlife (CITES)
(dev25-e-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind25's and blind26's rows and in languages of the trade routes; the note
says which modus operandi family it belongs to and what betrays it. The ordinary rows include
lawful private-person consignees receiving ordinary goods of these families and a lawful
look-alike of every family, using the controlled word in a lawful sense. Written before the
round-twenty-five (e) rules were run on it (docs/profile-packs.md, "Round twenty-five (e):
wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D25E", "925", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# F1 elephant (or giraffe) hair jewellery declared as horsehair, plain hair or by its name, from elephant range states
dis("F1-1", "2030-07-01", "import", "ZM", "GB", [it("711790", "Black hair bangles, plaited, handmade, 250 pcs", "ZM", 1.5, 3500, cur="USD", qty=250)], transport="air", note="F1: black plaited hair bangles at USD 14 each from Zambia are elephant-tail hair", consignee_name="Mr David Phiri")
dis("F1-2", "2030-07-02", "import", "KE", "DE", [it("711719", "Armreifen aus Rosshaar, schwarz, 120 Stk", "KE", 0.6, 1900, cur="USD", qty=120)], transport="express", note="F1: 'Rosshaar' bangles from Kenya at USD 16 each: elephant hair; German wording", consignee_name="Frau Sabine Koch")
dis("F1-3", "2030-07-03", "import", "TZ", "CN", [it("711790", "象毛手镯 80只", "TZ", 0.3, 2400, cur="USD", qty=80)], transport="post", note="F1: 象毛 (elephant hair) bracelets in Chinese", consignee_name="Zhang Wei")
# F2 slipper orchids (Paphiopedilum, Phragmipedium, Appendix I) under another genus or a hybrid name, or abbreviated
dis("F2-1", "2030-07-04", "import", "CN", "DE", [it("060290", "Orchideen-Jungpflanzen, Mischung, Etikett 'Phrag. kovachii x', 150 Stk", "CN", 6, 900, qty=150)], transport="air", note="F2: Phrag. (Phragmipedium) kovachii cross, Appendix I, in a mixed orchid lot; German wording", importer_name="Orchideenhaus Süd GmbH", consignee_name="Orchideenhaus Süd GmbH")
dis("F2-2", "2030-07-05", "import", "VN", "FR", [it("060290", "Plants de Cymbidium, racines nues, dont Paphiopedilum hangianum, 80 pièces", "VN", 3, 700, qty=80)], transport="post", note="F2: Paphiopedilum hangianum (Appendix I, wild only) in a Cymbidium lot; French", consignee_name="M. Pierre Laurent")
dis("F2-3", "2030-07-06", "import", "LA", "TH", [it("060290", "Lan hài rừng, cây con, 200 cây", "LA", 5, 400, cur="USD", qty=200)], transport="road", note="F2: lan hài (slipper orchids) from the forest, Vietnamese wording", importer_name="Chiang Mai Orchid Trading Co Ltd", consignee_name="Chiang Mai Orchid Trading Co Ltd")
# F3 costus root (Saussurea costus, Appendix I) as a spice, incense or herbal remedy
dis("F3-1", "2030-07-07", "import", "PK", "GB", [it("121190", "Qust al hindi powder, herbal, 5 kg", "PK", 5, 90, cur="GBP")], transport="post", note="F3: qust al hindi (costus root) powder by post to a person", consignee_name="Mr Imran Qureshi")
dis("F3-2", "2030-07-08", "import", "IN", "AE", [it("091099", "कूठ जड़ पाउडर, 25 kg", "IN", 25, 300, cur="USD")], transport="air", note="F3: कूठ (kuth, costus root) in Hindi", importer_name="Al Noor Herbs Trading LLC", consignee_name="Al Noor Herbs Trading LLC")
dis("F3-3", "2030-07-09", "import", "ID", "NL", [it("121190", "Akar pucuk kering, jamu, 3 kg", "ID", 3, 60, cur="USD")], transport="post", note="F3: akar pucuk (costus root) for jamu, Indonesian", consignee_name="Ibu Siti Rahayu")
# F4 natural musk (musk deer, Appendix I/II) as incense, perfume or medicine
dis("F4-1", "2030-07-10", "import", "RU", "FR", [it("330749", "Мускус натуральный, кабарожья струя, 3 шт", "RU", 0.09, 2700, cur="USD", qty=3)], transport="express", note="F4: кабарожья струя (musk-deer pods) in Russian", consignee_name="Mme Olga Petrova")
dis("F4-2", "2030-07-11", "import", "NP", "AE", [it("330290", "Natural kasturi musk, perfumery raw material, 100 g", "NP", 0.1, 4000, cur="USD")], transport="air", note="F4: natural kasturi from Nepal at USD 40,000 a kg", consignee_name="Mr Ahmed Al Mansoori")
dis("F4-3", "2030-07-12", "import", "CN", "JP", [it("300490", "麝香 原料 20g", "CN", 0.02, 900, cur="USD")], transport="post", note="F4: 麝香 (musk) raw material", consignee_name="Tanaka Hiroshi")
# F5 (further) cheetah or lion cubs as domestic kittens from the Horn of Africa and big-cat range
dis("F5-1", "2030-07-13", "export", "SO", "SA", [it("010619", "Kittens, domestic cats, 6 animals", "SO", 30, 6000, cur="USD", qty=6)], transport="sea", note="F5: 'kittens' from Somalia at 5 kg and USD 1,000 a head are cheetah cubs (Appendix I)", consignee_name="Mr Faisal Al Qahtani")
dis("F5-2", "2030-07-14", "import", "ET", "AE", [it("010619", "قطط صغيرة منزلية، 4 رؤوس", "ET", 16, 3000, cur="USD", qty=4)], transport="air", note="F5: 'domestic kittens' from Ethiopia at 4 kg a head: cheetah cubs; Arabic", consignee_name="Mr Khalid Al Suwaidi")

# ordinary trade
ordi("1", "2030-07-01", "import", "MN", "DE", [it("711719", "Rosshaar-Armbänder, geflochten, 50 Stk", "MN", 0.3, 150, cur="USD", qty=50)], transport="post", note="F1 look-alike: Mongolian horsehair bracelets at USD 3 each to a private person", consignee_name="Herr Jan Becker")
ordi("2", "2030-07-02", "import", "AR", "FR", [it("050300", "Crin de cheval brut, queues, 500 kg", "AR", 500, 6000, cur="USD")], transport="sea", note="F1 look-alike: raw horsehair for brushes and upholstery", importer_name="Brosserie Normande SA", consignee_name="Brosserie Normande SA")
ordi("3", "2030-07-03", "import", "US", "GB", [it("711719", "Horsehair keepsake bracelets made from your horse's tail, 3 pcs", "US", 0.05, 120, cur="USD", qty=3)], transport="post", note="F1 look-alike: a keepsake horsehair bracelet by post to a private owner", consignee_name="Mrs Emma Clarke")
ordi("4", "2030-07-04", "import", "CN", "FR", [it("711790", "Bracelets élastiques en perles 'poil d'éléphant' imitation plastique, 1000 pcs", "CN", 10, 400, cur="USD", qty=1000)], transport="sea", note="F1 look-alike: plastic imitation 'elephant hair' at USD 0.40 each", importer_name="Bijoux Fantaisie SARL", consignee_name="Bijoux Fantaisie SARL")
ordi("5", "2030-07-05", "import", "TW", "NL", [it("060290", "Phalaenopsis hybrids in 12 cm pots, 2000 pcs", "TW", 1200, 4000, cur="USD", qty=2000)], transport="air", note="F2 look-alike: Phalaenopsis hybrids named as such", importer_name="Orchideeën Westland BV", consignee_name="Orchideeën Westland BV")
ordi("6", "2030-07-06", "import", "NL", "DE", [it("060290", "Cymbidium und Dendrobium Topfpflanzen, 300 Stk", "NL", 300, 1500, qty=300)], transport="road", note="F2 look-alike: potted Cymbidium and Dendrobium from a Dutch nursery", importer_name="Gartenmarkt Rhein GmbH", consignee_name="Gartenmarkt Rhein GmbH")
ordi("7", "2030-07-07", "import", "GB", "IE", [it("060290", "Slipper plant (Calceolaria) seedlings, 40 plugs", "GB", 2, 30, cur="GBP", qty=40)], transport="post", note="F2 look-alike: 'slipper' plant (Calceolaria), not an orchid, to a private gardener", consignee_name="Mrs Aoife Byrne")
ordi("8", "2030-07-08", "import", "IN", "GB", [it("091099", "Costus igneus (insulin plant) dried leaves, 10 kg", "IN", 10, 80, cur="GBP")], transport="post", note="F3 look-alike: Costus igneus, a ginger relative not listed", consignee_name="Mr Rajesh Patel")
ordi("9", "2030-07-09", "import", "IN", "FR", [it("091030", "Curcuma en poudre, 500 kg", "IN", 500, 900, cur="USD")], transport="sea", note="F3 look-alike: turmeric spice", importer_name="Épices du Monde SARL", consignee_name="Épices du Monde SARL")
ordi("10", "2030-07-10", "import", "EG", "FR", [it("091099", "بهارات مشكلة، 10 كغ", "EG", 10, 60, cur="USD")], transport="post", note="F3 look-alike: mixed spices in Arabic to a private person", consignee_name="Mme Fatima Haddad")
ordi("11", "2030-07-11", "import", "AE", "DE", [it("330741", "Bakhoor Räucherwerk mit Moschusduft, 200 Dosen", "AE", 20, 400, cur="USD", qty=200)], transport="air", note="F4 look-alike: musk-scented bakhoor (synthetic) at its price", importer_name="Orient Duft GmbH", consignee_name="Orient Duft GmbH")
ordi("12", "2030-07-12", "import", "FR", "SA", [it("330290", "White musk fragrance compound, synthetic, 50 kg", "FR", 50, 2500, cur="EUR")], transport="air", note="F4 look-alike: synthetic white musk compound", importer_name="Arabian Perfumes Co Ltd", consignee_name="Arabian Perfumes Co Ltd")
ordi("13", "2030-07-13", "import", "IN", "GB", [it("091099", "Kasturi methi (dried fenugreek leaves), 2 kg", "IN", 2, 12, cur="GBP")], transport="post", note="F4 look-alike: kasturi methi is fenugreek, to a private cook", consignee_name="Mrs Priya Shah")
ordi("14", "2030-07-14", "import", "FR", "AE", [it("330300", "Eau de parfum musc blanc, 50 ml, 100 flacons", "FR", 9, 3000, qty=100)], transport="air", note="F4 look-alike: white musk perfume bottles", importer_name="Gulf Beauty LLC", consignee_name="Gulf Beauty LLC")
ordi("15", "2030-07-15", "import", "BE", "SA", [it("010619", "British shorthair kittens, pedigree, 2 animals", "BE", 2, 2400, qty=2)], transport="air", note="F5 look-alike: pedigree kittens at their mass to a private buyer", consignee_name="Mr Abdullah Al Harbi")
ordi("16", "2030-07-16", "import", "KE", "GB", [it("420292", "Cheetah print canvas handbags, 100 pcs", "KE", 40, 1200, cur="USD", qty=100)], transport="air", note="F5 look-alike: 'cheetah' print bags from Kenya", importer_name="Safari Style Ltd", consignee_name="Safari Style Ltd")

# permitted shipments with their documents
perm("1", "2030-07-01", "import", "TW", "DE", [it("060290", "Paphiopedilum Maudiae hybrids, artificially propagated, 500 pcs", "TW", 40, 3000, cur="USD", qty=500, docs=[("CITES_PERMIT", "TW-2030-PA-0077")])], transport="air", note="nursery slipper-orchid hybrids with the CITES export permit", importer_name="Orchideenhaus Süd GmbH", consignee_name="Orchideenhaus Süd GmbH")
perm("2", "2030-07-02", "import", "IN", "JP", [it("121190", "Saussurea costus root, cultivated, 200 kg", "IN", 200, 2400, cur="USD", docs=[("CITES_PERMIT", "IN-2030-SC-0012")])], transport="sea", note="cultivated costus root with the Indian CITES permit", importer_name="Kampo Materials KK", consignee_name="Kampo Materials KK")
perm("3", "2030-07-03", "import", "RU", "CH", [it("051000", "Natural musk grains (Moschus moschiferus), farmed, 200 g", "RU", 0.2, 8000, cur="USD", docs=[("CITES_PERMIT", "RU-2030-MM-0003")])], transport="air", note="farmed musk with the Russian CITES permit", importer_name="Parfums Genève SA", consignee_name="Parfums Genève SA")
probes.write(HERE, "dev25-e")
