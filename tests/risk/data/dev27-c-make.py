#!/usr/bin/env python3
"""Writes the round-twenty-seven (c) development probes for wildlife (CITES)
(dev27-c-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind29's and blind30's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: European eel (Anguilla anguilla) in prepared or
processed form; parts of vultures, raptors, owls and other CITES birds for traditional
medicine or fetish use from West and Central Africa; manta and devil ray gill plates as dried
fish gills; West African rosewood (Pterocarpus erinaceus, kosso) under a generic timber name; wild
orchid tubers as chikanda; Cape aloe (Aloe ferox) in bulk.
The ordinary rows include lawful private-person consignees and lawful look-alikes that use
the controlled word in a lawful sense. Written and committed before the round-twenty-seven (c)
rules were run on it (docs/profile-packs.md, "Round twenty-seven (c): wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D27C", "927", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# E European eel (Appendix II; EU import and export suspended) prepared, smoked or processed
dis("E1", "2031-05-01", "import", "TW", "NL", [it("160417", "Unagi kabayaki (A. anguilla), diepvries, 1,8 t", "TW", 1800, 41000, cur="USD")], note="E: prepared European eel from Taiwan; Dutch wording, abbreviated species")
dis("E2", "2031-05-02", "export", "DE", "RU", [it("030549", "Räucheraal, ganze Fische, vakuumverpackt, 400 kg", "DE", 400, 14000)], transport="road", note="E: smoked eel (European eel farmed in the EU) leaving the EU, where no export is allowed; German wording")
dis("E3", "2031-05-03", "import", "CN", "FR", [it("030489", "蒲烧鳗鱼片 欧洲鳗 冷冻 2吨", "CN", 2000, 38000, cur="USD")], note="E: 'European eel' in Chinese on kabayaki fillets under a fillet code")
# B vulture, raptor and owl parts for traditional medicine or fetish use (juju), West and Central Africa
dis("B1", "2031-05-04", "import", "BJ", "FR", [it("051199", "Têtes de vautour séchées pour usage traditionnel, 4 pièces", "BJ", 2, 80, cur="EUR", qty=4)], transport="post", note="B: dried vulture heads from Benin, French wording", consignee_name="M. K. Houngbedji")
dis("B2", "2031-05-05", "import", "NG", "GB", [it("300490", "Native medicine, dried owl and eagle parts with herbs, 2 kg", "NG", 2, 60, cur="USD")], transport="express", note="B: raptor and owl parts as native medicine from Nigeria", consignee_name="Mrs A. Adeyemi")
dis("B3", "2031-05-06", "import", "CM", "BE", [it("050790", "Griffes et becs de rapaces, gris-gris, 1 kg", "CM", 1, 90)], transport="post", note="B: raptor talons and beaks for gris-gris from Cameroon", **PP)
# M manta and devil ray gill plates (Appendix II) as dried fish gills or seafood
dis("M1", "2031-05-07", "export", "LK", "HK", [it("030579", "Dried fish gills, ray, grade A, 300 kg", "LK", 300, 45000, cur="USD")], transport="air", note="M: ray gill plates at 150 USD/kg from Sri Lanka")
dis("M2", "2031-05-08", "import", "ID", "CN", [it("030559", "鱼鳃 干货 250公斤", "ID", 250, 30000, cur="USD")], transport="air", note="M: 'fish gills' dried, Chinese wording, 120 USD/kg")
# K West African rosewood (Pterocarpus erinaceus, Appendix II, trade suspensions) as generic timber
dis("K1", "2031-05-09", "export", "GH", "CN", [it("440399", "Hardwood logs, kosso, red, 60 m3", "GH", 54000, 27000, cur="USD")], note="K: kosso is P. erinaceus; logs from Ghana to China")
dis("K2", "2031-05-10", "export", "ML", "CN", [it("440799", "Bois rouge scié (vène), 40 m3", "ML", 36000, 22000, cur="USD")], transport="road", note="K: vène is P. erinaceus, French wording, from Mali")
# C wild terrestrial orchid tubers (all Orchidaceae Appendix II) as chikanda or a vegetable snack
dis("C1", "2031-05-11", "import", "TZ", "ZM", [it("071490", "Kinaka tubers, dried, 2 t", "TZ", 2000, 3000, cur="USD")], transport="road", note="C: kinaka/chikanda orchid tubers from Tanzania to Zambia")
dis("C2", "2031-05-12", "import", "ZM", "GB", [it("210690", "Chikanda (African polony), vegetable snack, 40 kg", "ZM", 40, 600, cur="GBP")], transport="air", note="C: chikanda is cooked wild orchid tubers, to the UK diaspora", consignee_name="Mrs C. Banda")
# A Cape (bitter) aloe, Aloe ferox (Appendix II), as bulk lump, crystals or extract without a permit
dis("A1", "2031-05-13", "export", "ZA", "CN", [it("130219", "Cape aloe lump, bitter, drums, 5 t", "ZA", 5000, 40000, cur="USD")], note="A: Aloe ferox bitter lump in bulk, no CITES permit")
dis("A2", "2031-05-14", "import", "LS", "DE", [it("130219", "Aloe-ferox-Kristalle (Bitteraloe), 800 kg", "LS", 800, 9600)], transport="air", note="A: bitter aloe crystals, German wording")

# ordinary: lawful look-alikes and private persons
ordi("1", "2031-05-01", "import", "CN", "DE", [it("160417", "Aal-Kabayaki, Anguilla japonica, tiefgekühlt, 1 t", "CN", 1000, 26000, cur="USD")], note="Japanese eel kabayaki naming its unlisted species")
ordi("2", "2031-05-02", "import", "JP", "FR", [it("210390", "Sauce unagi (sauce pour anguille), sans poisson, 12 bouteilles", "JP", 6, 48, cur="USD", qty=12)], transport="post", note="eel sauce: contains no eel, to a private person", **PP)
ordi("3", "2031-05-03", "import", "US", "GB", [it("030389", "Frozen conger eel, 2 t", "US", 2000, 9000, cur="USD")], note="conger eel is not Anguilla")
ordi("4", "2031-05-04", "import", "NG", "GB", [it("090411", "Dried chilli and herbs for cooking, 3 kg", "NG", 3, 25, cur="GBP")], transport="post", note="cooking herbs from Nigeria to a private person", consignee_name="Mrs B. Okonkwo")
ordi("5", "2031-05-05", "import", "CN", "FR", [it("442090", "Statuette hibou en bois sculpté, décoration, 2 pièces", "CN", 1, 20, qty=2)], transport="post", note="carved wooden owl figurine", **PP)
ordi("6", "2031-05-06", "import", "CN", "BE", [it("050510", "Plumes de duvet de canard pour literie, 500 kg", "CN", 500, 9000, cur="USD")], note="duck down for bedding under 0505")
ordi("7", "2031-05-07", "import", "GH", "DE", [it("340111", "African black soap, traditional, 200 pcs", "GH", 40, 300, cur="USD", qty=200)], transport="air", note="traditional African black soap")
ordi("8", "2031-05-08", "import", "FR", "ES", [it("030382", "Ailes de raie congelées (Raja clavata), 2 t", "FR", 2000, 9000)], transport="road", note="skate wings: a ray that is not listed")
ordi("9", "2031-05-09", "import", "VN", "FR", [it("030559", "Poisson séché (anchois), 1 t", "VN", 1000, 4000, cur="USD")], note="dried anchovies")
ordi("10", "2031-05-10", "import", "CM", "FR", [it("440729", "Sciages d'ayous (Triplochiton), 40 m3", "CM", 16000, 12000, cur="USD")], note="ayous sawn timber, not CITES")
ordi("11", "2031-05-11", "import", "IN", "GB", [it("330749", "Rosewood scented candle, 4 pcs", "IN", 2, 24, cur="GBP", qty=4)], transport="post", note="rosewood only as a scent, to a private person", **PP)
ordi("12", "2031-05-12", "import", "US", "DE", [it("950300", "Plüsch-Geier und Eule, Spielzeug, 10 Stück", "US", 2, 60, cur="USD", qty=10)], transport="post", note="plush vulture and owl toys", consignee_name="Frau Anna Keller")
ordi("13", "2031-05-13", "import", "NL", "BE", [it("160419", "Gerookte makreel, 200 kg", "NL", 200, 1800)], transport="road", note="smoked mackerel, not eel")
ordi("14", "2031-05-14", "import", "ZM", "GB", [it("200811", "Roasted groundnuts, 20 kg", "ZM", 20, 60, cur="GBP")], transport="post", note="groundnuts from Zambia to a private person", consignee_name="Mr P. Mwale")
ordi("15", "2031-05-15", "import", "MX", "DE", [it("130219", "Aloe-vera-Gel (Aloe barbadensis), 1 t", "MX", 1000, 3000, cur="USD")], note="aloe vera is not listed")
ordi("16", "2031-05-16", "import", "NL", "FR", [it("060290", "Orchidées Phalaenopsis en pot, multiplication en serre, 300 pièces", "NL", 300, 1800, qty=300)], transport="road", note="greenhouse-propagated potted orchids inside the EU")

# permitted with their documents
perm("1", "2031-05-01", "export", "TN", "HK", [it("030192", "Live eels, Anguilla anguilla, 500 kg", "TN", 500, 60000, cur="USD", docs=[("CITES_PERMIT", "TN-2031-0411")])], transport="air", note="Tunisian European eels with their CITES permit")
perm("2", "2031-05-02", "export", "GH", "CN", [it("440799", "Sawn Pterocarpus erinaceus (kosso), 20 m3", "GH", 18000, 16000, cur="USD", docs=[("CITES_PERMIT", "GH-2031-0107")])], note="kosso with its CITES permit")
perm("3", "2031-05-03", "export", "ZA", "DE", [it("130219", "Aloe ferox bitter lump, 2 t", "ZA", 2000, 16000, cur="USD", docs=[("CITES_PERMIT", "ZA-2031-0552")])], note="Cape aloe with its CITES permit")
probes.write(HERE, "dev27-c")
