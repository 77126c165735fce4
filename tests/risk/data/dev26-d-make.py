#!/usr/bin/env python3
"""Writes the round-twenty-six (d) development probes for wildlife (CITES)
(dev26-d-{disguised,ordinary,permitted}.ndjson): wild American ginseng sold by its wildness, age
or region; snake venoms of CITES-listed species as laboratory reagents; spotted big-cat cubs as
pedigree 'Bengal' or 'Savannah' cats through the Gulf. Every row is written by hand, worded
differently from blind27's and blind28's rows; the ordinary rows include lawful look-alikes that
use the controlled word in a lawful sense and private persons receiving ordinary goods of these
families. Written and committed before the round-twenty-six (d) rules were run on it
(docs/profile-packs.md, "Round twenty-six (d): wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D26D", "926", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# G wild American ginseng (Panax quinquefolius, App. II) sold by wildness, age or region, no permit
dis("G1", "2030-12-01", "import", "CA", "FR", [it("121120", "Racines de ginseng sauvage du Québec, 25 ans, séchées, 2 kg", "CA", 2, 3600, cur="CAD")], transport="express", note="G: wild Canadian ginseng by age and region at 1,800 CAD/kg, to a private person; French wording", consignee_name="M. P. Lefèvre")
dis("G2", "2030-12-02", "import", "US", "HK", [it("121120", "Woods-grown sang roots, Kentucky, dried, 5 kg", "US", 5, 6000, cur="USD")], transport="air", note="G: 'woods-grown sang' (wild-simulated ginseng) from Kentucky at 1,200 USD/kg", importer_name="Wing Fat Herbs Ltd", consignee_name="Wing Fat Herbs Ltd")
dis("G3", "2030-12-03", "import", "US", "CN", [it("121120", "花旗参 野山参 原枝, 4 kg", "US", 4, 8000, cur="USD")], transport="air", note="G: wild-mountain American ginseng in Chinese at 2,000 USD/kg", importer_name="Guangzhou Qingping Trading Co", consignee_name="Guangzhou Qingping Trading Co")
# V snake venoms of CITES-listed species as laboratory reagents
dis("V1", "2030-12-04", "import", "TH", "DE", [it("300290", "Lyophilisiertes Kobragift (Naja kaouthia), 5 x 1 g Fläschchen", "TH", 0.05, 2000, cur="USD", qty=5)], transport="express", note="V: monocled cobra venom (App. II) without a permit; German wording", importer_name="Toxinlabor Nord GmbH", consignee_name="Toxinlabor Nord GmbH")
dis("V2", "2030-12-05", "import", "VN", "IT", [it("382200", "Reagente: veleno liofilizzato 'OH', 500 mg", "VN", 0.01, 900, cur="USD", qty=1)], transport="express", note="V: king cobra venom (Ophiophagus hannah, App. II) by abbreviation; Italian wording", importer_name="Ricerca Tossine Srl", consignee_name="Ricerca Tossine Srl")
dis("V3", "2030-12-06", "import", "IN", "GB", [it("300190", "Russell's viper venom, crude, dried, 2 g", "IN", 0.002, 600, cur="USD", qty=2)], transport="air", note="V: Daboia russelii venom (App. III India) without the Indian export permit", importer_name="Coag Reagents Ltd", consignee_name="Coag Reagents Ltd")
# C spotted cat cubs (cheetah, serval, caracal) as pedigree cats through the Gulf
dis("C1", "2030-12-07", "import", "SA", "FR", [it("010619", "Chatons Savannah F1, tachetés, 2 animaux, 5 kg chacun", "SA", 10, 14000, cur="EUR", qty=2)], transport="air", note="C: spotted 5 kg 'kittens' at 7,000 EUR a head from Saudi Arabia; French wording", consignee_name="Mme L. Haddad")
dis("C2", "2030-12-08", "import", "OM", "GB", [it("010619", "Spotted exotic kittens, 2 animals, 4 kg each", "OM", 8, 9000, cur="GBP", qty=2)], transport="air", note="C: spotted 4 kg kittens at 4,500 GBP a head from Oman", consignee_name="Mr S. Rahman")
dis("C3", "2030-12-09", "import", "AE", "QA", [it("010619", "قطط منقطة صغيرة، 3 رؤوس", "AE", 12, 30000, cur="USD", qty=3)], transport="road", note="C: spotted kittens in Arabic at 4 kg and 10,000 USD a head from the Emirates", consignee_name="Mr Hamad Al Thani")

# ordinary: lawful look-alikes and private persons
ordi("1", "2030-12-10", "import", "KR", "DE", [it("121120", "Koreanischer Roter Ginseng, kultiviert, 6 Jahre, getrocknet, 1 kg", "KR", 1, 120, cur="EUR")], transport="express", note="cultivated Korean red ginseng (Panax ginseng, not listed) with its age, to a private person", consignee_name="Frau A. Becker")
ordi("3", "2030-12-12", "import", "RU", "PL", [it("121190", "Żeń-szeń syberyjski (Eleutherococcus), korzeń suszony, 20 kg", "RU", 20, 300, cur="EUR")], transport="road", note="Siberian ginseng, not Panax; Polish wording", importer_name="Herbapol Lublin SA", consignee_name="Herbapol Lublin SA")
ordi("4", "2030-12-13", "import", "CN", "FR", [it("090230", "Thé au ginseng, sachets, 200 boîtes", "CN", 40, 600, cur="EUR", qty=200)], transport="sea", note="ginseng tea to a private person", consignee_name="M. J. Martin")
ordi("5", "2030-12-14", "import", "CH", "DE", [it("300215", "Polyvalentes Schlangengift-Antiserum (Antivenin), 10 Ampullen", "CH", 0.5, 6000, cur="EUR", qty=10)], transport="air", note="antivenom, not venom", importer_name="Universitätsklinikum Tropenmedizin", consignee_name="Universitätsklinikum Tropenmedizin")
ordi("6", "2030-12-15", "import", "KR", "FR", [it("300290", "Venin d'abeille lyophilisé (apitoxine), 10 g", "KR", 0.01, 800, cur="EUR")], transport="express", note="bee venom, not a CITES animal", importer_name="Apilab SARL", consignee_name="Apilab SARL")
ordi("7", "2030-12-16", "import", "US", "DE", [it("382200", "Recombinant alpha-bungarotoxin, Alexa Fluor conjugate, 500 µg", "US", 0.001, 450, cur="USD")], transport="express", note="recombinant toxin conjugate, no animal venom", importer_name="Max-Planck-Institut Neurobiologie", consignee_name="Max-Planck-Institut Neurobiologie")
ordi("8", "2030-12-17", "import", "AE", "DE", [it("010619", "Bengal-Kitten, Stammbaum, 1 Tier, 1 kg", "AE", 1, 1800, cur="EUR", qty=1)], transport="air", note="a pedigree Bengal kitten of 1 kg from a Dubai breeder to a private person", consignee_name="Herr M. Schulz")
ordi("9", "2030-12-18", "import", "GB", "AE", [it("010619", "Spotted Bengal kittens, pedigree, 2 animals, 1.2 kg each", "GB", 2.4, 3000, cur="GBP", qty=2)], transport="air", note="spotted Bengal kittens from a UK breeder to the Emirates", consignee_name="Mr Omar Al Mansoori")
ordi("10", "2030-12-19", "import", "AE", "FR", [it("420229", "Sac à main imprimé léopard, synthétique, 5 pièces", "AE", 3, 250, cur="EUR", qty=5)], transport="express", note="leopard-print synthetic handbags to a private person", consignee_name="Mme S. Benali")

# permitted shipments with their documents
perm("1", "2030-12-20", "import", "US", "HK", [it("121120", "Wild American ginseng roots, Wisconsin, dried, 10 kg", "US", 10, 12000, cur="USD", docs=[("CITES_PERMIT", "US-2030-PQ-0415")])], transport="air", note="wild ginseng with the US CITES export permit", importer_name="Wing Fat Herbs Ltd", consignee_name="Wing Fat Herbs Ltd")
perm("2", "2030-12-21", "import", "FR", "DE", [it("300290", "Naja naja venom, lyophilised, 1 g", "FR", 0.001, 350, cur="EUR", docs=[("CITES_CERTIFICATE", "FR-2030-NN-0031")])], transport="road", note="cobra venom from a French venom farm with its CITES certificate", importer_name="Toxinlabor Nord GmbH", consignee_name="Toxinlabor Nord GmbH")
perm("3", "2030-12-22", "import", "ZA", "AE", [it("010619", "Cheetah cubs, captive-bred (Acinonyx jubatus), 2 animals", "ZA", 12, 20000, cur="USD", qty=2, docs=[("CITES_PERMIT", "ZA-2030-AJ-0009")])], transport="air", note="captive-bred cheetahs with the South African CITES permit", importer_name="Al Ain Zoo", consignee_name="Al Ain Zoo")
perm("4", "2030-12-12", "import", "US", "HK", [it("121120", "Cultivated American ginseng roots, Wisconsin field-grown, 500 kg", "US", 500, 40000, cur="USD", docs=[("CITES_PERMIT", "US-2030-PQ-0522")])], transport="air", note="field-grown Wisconsin ginseng at 80 USD/kg with its CITES export permit (annotation #3 covers cultivated roots too; an ordinary row before the first run, moved here: see docs/profile-packs.md)", importer_name="Hop Hing Ginseng Co Ltd", consignee_name="Hop Hing Ginseng Co Ltd")
probes.write(HERE, "dev26-d")
