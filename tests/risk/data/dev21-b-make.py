#!/usr/bin/env python3
"""Writes the round-twenty-one (b) development probes for wildlife (CITES)
(dev21-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind19's and blind20's rows and in languages of the trade routes; the note says
which modus operandi family it belongs to and what betrays it. The ordinary rows include lawful
private-person consignees receiving ordinary goods of these families and a lawful look-alike of
every family, using the controlled word in a lawful sense. Written before the round-twenty-one (b)
rules were run on it (docs/profile-packs.md, "Round twenty-one (b): wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D21B", "921", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# F1 palo santo of the Chaco (Bulnesia sarmientoi) and guaiacum (lignum vitae), Appendix II, as incense, oil or wood
dis("F1-1", "2029-09-01", "import", "AR", "NL", [it("330741", "Wierookhout 'palo santo', staafjes, 400 kg", "AR", 400, 2400, cur="USD")], transport="air", note="F1: palo santo from the Argentine Chaco is Bulnesia sarmientoi; Dutch wording", importer_name="Wierook Import BV", consignee_name="Wierook Import BV")
dis("F1-2", "2029-09-02", "import", "BO", "FR", [it("330129", "Huile essentielle de bois de gaïac, 200 kg", "BO", 200, 9000, cur="USD")], transport="air", note="F1: guaiacwood oil is distilled from Bulnesia sarmientoi (App. II covers extracts); French wording", importer_name="Parfums Essences SARL", consignee_name="Parfums Essences SARL")
dis("F1-3", "2029-09-03", "import", "MX", "IT", [it("440799", "Legno di guaiaco in tavole per boccole navali, 1,5 t", "MX", 1500, 9000, cur="USD")], note="F1: guaiacum (Guaiacum sanctum, App. II) from Mexico as bearing wood; Italian wording", importer_name="Cantiere Navale Ligure SpA", consignee_name="Cantiere Navale Ligure SpA")
dis("F1-4", "2029-09-04", "import", "PY", "PT", [it("440122", "Lascas de madeira aromática para defumação, 6 t", "PY", 6000, 15000, cur="USD")], note="F1 (general tell): aromatic incense wood from Paraguay, species unnamed, is Bulnesia sarmientoi; Portuguese wording", importer_name="Aromas Naturais Lda", consignee_name="Aromas Naturais Lda")
# F2 requiem and hound sharks and guitarfishes (Appendix II since November 2023) under their food names
dis("F2-1", "2029-09-05", "import", "UY", "IT", [it("030381", "Palombo congelato, tronchi senza testa, 18 t", "UY", 18000, 40000, cur="USD")], note="F2: palombo is Mustelus, a hound shark; Italian wording", importer_name="Ittica Adriatica Srl", consignee_name="Ittica Adriatica Srl")
dis("F2-2", "2029-09-06", "import", "EC", "ES", [it("030489", "Filetes de tintorera congelados, 20 t", "EC", 20000, 52000, cur="USD")], note="F2: tintorera is the blue shark (Prionace glauca, Carcharhinidae); Spanish wording", importer_name="Pescados Atlántico SA", consignee_name="Pescados Atlántico SA")
dis("F2-3", "2029-09-07", "import", "BR", "PT", [it("030489", "Cação em postas, congelado, 15 t", "BR", 15000, 30000, cur="USD")], note="F2: cação is shark meat (mostly requiem sharks); Portuguese wording", importer_name="Frescomar Lda", consignee_name="Frescomar Lda")
dis("F2-4", "2029-09-08", "export", "MX", "HK", [it("030559", "Pez guitarra seco salado, 3 t", "MX", 3000, 21000, cur="USD")], note="F2: guitarfish (Rhinobatidae, App. II) dried and salted for Asian markets; Spanish wording")
# F3 live otters as ferrets or other small pets
dis("F3-1", "2029-09-09", "import", "ID", "JP", [it("010619", "Live ferrets, pets, 4 pcs", "ID", 12, 12000, cur="USD", qty=4)], transport="air", note="F3: Indonesia breeds no ferrets for export; USD 3,000 a head is an otter's price", consignee_name="Kenji Tanaka")
dis("F3-2", "2029-09-10", "import", "VN", "CZ", [it("010619", "Fretky, domácí mazlíčci, 2 ks", "VN", 6, 5000, cur="USD", qty=2)], transport="air", note="F3: 'ferrets' from Viet Nam at USD 2,500 each are small-clawed otters; Czech wording", consignee_name="Jan Novák")
dis("F3-3", "2029-09-11", "import", "MY", "GB", [it("010619", "Baby river otters, captive bred, 2", "MY", 5, 7000, cur="USD", qty=2)], transport="air", note="F3: otters named, no CITES permit (Appendix I)", consignee_name="Mr David Evans")
# F4 primate skulls, hands and skins as specimens or curios
dis("F4-1", "2029-09-12", "import", "CD", "BE", [it("050690", "Schedel van aap, echt bot, decoratie, 1 st", "CD", 1, 350, qty=1)], transport="post", note="F4: a real monkey skull from Congo; Dutch wording", consignee_name="Pieter Janssens")
dis("F4-2", "2029-09-13", "import", "NG", "US", [it("050690", "Real baboon skull, cleaned, museum quality, 1 pc", "NG", 1, 300, cur="USD", qty=1)], transport="post", note="F4: baboon skull (Papio, Appendix II)", consignee_name="Michael Johnson")
dis("F4-3", "2029-09-14", "import", "TZ", "DE", [it("430190", "Stummelaffenfell, Tanzschmuck, 2 Stk", "TZ", 2, 600, cur="USD", qty=2)], transport="post", note="F4: colobus monkey skins (Appendix II) as dance regalia; German wording", consignee_name="Thomas Schneider")
# F5 CITES medicinal plants by their materia-medica names (Chinese characters, pinyin) and Asian yews
dis("F5-1", "2029-09-15", "import", "CN", "DE", [it("121190", "大芸片, 中药饮片, 300 kg", "CN", 300, 9000, cur="USD")], transport="air", note="F5: 大芸 is the trade name of 肉苁蓉, Cistanche deserticola (App. II); Chinese wording", importer_name="TCM Handel GmbH", consignee_name="TCM Handel GmbH")
dis("F5-2", "2029-09-16", "import", "CN", "US", [it("121190", "红豆杉 树皮 粉, 100 kg", "CN", 100, 3000, cur="USD")], transport="air", note="F5: 红豆杉 is Chinese yew (Taxus chinensis, App. II) bark; Chinese wording", importer_name="Pacific Herbs Inc", consignee_name="Pacific Herbs Inc")
dis("F5-3", "2029-09-17", "import", "CN", "DE", [it("121190", "Eibennadeln (Taxus chinensis), getrocknet, für Tee, 200 kg", "CN", 200, 1400, cur="USD")], transport="air", note="F5: Chinese yew needles for tea; German wording", importer_name="Teehaus Nord GmbH", consignee_name="Teehaus Nord GmbH")
dis("F5-4", "2029-09-18", "import", "CN", "NL", [it("121190", "铁皮枫斗 特级, 50 kg", "CN", 50, 15000, cur="USD")], transport="air", note="F5: 枫斗 are twisted dried Dendrobium stems (orchid, App. II); Chinese wording", importer_name="Oosterse Kruiden BV", consignee_name="Oosterse Kruiden BV")
dis("F5-5", "2029-09-19", "export", "IN", "CN", [it("121190", "Mu xiang (木香) root slices, 500 kg", "IN", 500, 4000, cur="USD")], transport="air", note="F5: 木香 mu xiang from India is Saussurea costus (Appendix I)")
# F6 hummingbirds (every Trochilidae species in the Appendices) dried, stuffed or as charms
dis("F6-1", "2029-09-20", "import", "BR", "PT", [it("970510", "Beija-flor empalhado, decoração, 10 un", "BR", 0.3, 200, cur="USD", qty=10)], transport="post", note="F6: stuffed hummingbirds; Portuguese wording", consignee_name="Ana Costa")
dis("F6-2", "2029-09-21", "import", "MX", "DE", [it("050590", "Kolibri-Bälge für Sammlung, 20 Stk", "MX", 0.2, 400, cur="USD", qty=20)], transport="post", note="F6: hummingbird skins for a collection; German wording", consignee_name="Jürgen Hoffmann")
dis("F6-3", "2029-09-22", "import", "MX", "US", [it("711790", "Talismán de chupamirto, amuleto de amor, 30 pzas", "MX", 0.3, 150, cur="USD", qty=30)], transport="post", note="F6: chupamirto is another Mexican name for the hummingbird; Spanish wording", consignee_name="Rosa Hernández")
# F7 tree-fern trunks, poles, plates and fibre (Cyatheaceae, Dicksonia of the Americas, Cibotium; App. II)
dis("F7-1", "2029-09-23", "import", "BR", "PT", [it("140490", "Xaxim em placas para orquídeas, 500 un", "BR", 500, 1500, cur="USD", qty=500)], note="F7: xaxim is Dicksonia sellowiana trunk; Portuguese wording", importer_name="Orquídeas do Minho Lda", consignee_name="Orquídeas do Minho Lda")
dis("F7-2", "2029-09-24", "import", "GT", "ES", [it("140490", "Maquique, sustrato de helecho arborescente para orquídeas, 2 t", "GT", 2000, 3000, cur="USD")], note="F7: maquique is tree-fern trunk substrate; Spanish wording", importer_name="Viveros del Sur SL", consignee_name="Viveros del Sur SL")
dis("F7-3", "2029-09-25", "import", "ID", "DE", [it("442199", "Farnholzstäbe, Rankhilfe, 1 m, 300 Stk", "ID", 1800, 1200, cur="USD", qty=300)], note="F7: 'fern wood' poles from Indonesia are tree-fern trunks; German wording", importer_name="Gartenbedarf Müller GmbH", consignee_name="Gartenbedarf Müller GmbH")

# ordinary trade: lawful look-alikes of every family and private persons receiving ordinary goods
ordi("1", "2029-09-01", "import", "EC", "US", [it("440399", "Palo santo sticks (Bursera graveolens), fallen wood, sustainably harvested, 200 kg", "EC", 200, 2400, cur="USD")], transport="air", note="F1 look-alike: Peruvian/Ecuadorian palo santo, Bursera graveolens, not listed, from its range", importer_name="Sacred Smoke LLC", consignee_name="Sacred Smoke LLC")
ordi("2", "2029-09-02", "import", "FR", "BE", [it("340600", "Bougie parfumée senteur palo santo, 2 pièces", "FR", 0.8, 40, qty=2)], transport="post", note="F1 look-alike: a candle with a palo santo scent to a private person", consignee_name="Mme Julie Dubois")
ordi("3", "2029-09-03", "import", "DE", "IT", [it("290950", "Guaiacolo 99 %, fusti 25 kg, 4 unità", "DE", 100, 1500, qty=4)], transport="road", note="F1 look-alike: guaiacol, a chemical named after guaiac")
ordi("4", "2029-09-04", "import", "US", "DE", [it("382200", "Guaiac fecal occult blood test cards, 500 boxes", "US", 200, 6000, cur="USD", qty=500)], transport="air", note="F1 look-alike: guaiac test cards")
ordi("5", "2029-09-05", "import", "US", "DE", [it("030381", "Dornhai-Rückenstücke (Squalus acanthias), gefroren, 20 t", "US", 20000, 60000, cur="USD")], note="F2 look-alike: spiny dogfish, not listed", importer_name="Fischräucherei Kiel GmbH", consignee_name="Fischräucherei Kiel GmbH")
ordi("6", "2029-09-06", "import", "ES", "PT", [it("170490", "Gominolas con forma de tiburón, 500 kg", "ES", 500, 1500)], transport="road", note="F2 look-alike: shark-shaped gummies")
ordi("7", "2029-09-07", "import", "FR", "ES", [it("030289", "Petite roussette (Scyliorhinus canicula) entière, réfrigérée, 3 t", "FR", 3000, 6000)], transport="road", note="F2 look-alike: lesser spotted dogfish, not listed")
ordi("8", "2029-09-08", "import", "DE", "AT", [it("010619", "Frettchen aus Hobbyzucht, 2 Stk", "DE", 2, 300, qty=2)], transport="road", note="F3 look-alike: ferrets from a German hobby breeder at their price, to a private person", consignee_name="Herr Markus Huber")
ordi("9", "2029-09-09", "import", "CN", "GB", [it("950300", "Otter plush toys, 30 cm, 200 pcs", "CN", 80, 600, cur="USD", qty=200)], note="F3 look-alike: otter plush toys")
ordi("10", "2029-09-10", "import", "AR", "IT", [it("430219", "Pelli di nutria conciate, 100 pz", "AR", 60, 1500, cur="USD", qty=100)], transport="air", note="F3 look-alike: nutria in Italian is the coypu, not listed")
ordi("11", "2029-09-11", "import", "US", "FR", [it("902300", "Réplique de crâne de chimpanzé en résine, modèle pédagogique, 2 pièces", "US", 2, 300, cur="USD", qty=2)], transport="air", note="F4 look-alike: a resin replica skull for teaching", importer_name="Lycée Jean Moulin", consignee_name="Lycée Jean Moulin")
ordi("12", "2029-09-12", "import", "SN", "FR", [it("081340", "Pain de singe, poudre de fruit de baobab, 500 kg", "SN", 500, 3000)], transport="air", note="F4 look-alike: monkey bread is baobab fruit")
ordi("13", "2029-09-13", "import", "CN", "US", [it("820412", "Monkey wrench, adjustable, 2 pcs", "CN", 2, 30, cur="USD", qty=2)], transport="post", note="F4 look-alike: monkey wrenches to a private person", consignee_name="Mr John Smith")
ordi("14", "2029-09-14", "import", "CN", "DE", [it("121190", "Cistanche tubulosa Scheiben (管花肉苁蓉), 100 kg", "CN", 100, 2500, cur="USD")], transport="air", note="F5 look-alike: Cistanche tubulosa is not listed (only C. deserticola)", importer_name="TCM Handel GmbH", consignee_name="TCM Handel GmbH")
ordi("15", "2029-09-15", "import", "CN", "NL", [it("081340", "枸杞子, 干, 1 t", "CN", 1000, 8000, cur="USD")], transport="air", note="F5 look-alike: goji berries")
ordi("16", "2029-09-16", "import", "NL", "DE", [it("060220", "Taxus baccata haagplanten, kwekerij, 500 st", "NL", 2000, 3000, qty=500)], transport="road", note="F5 look-alike: European yew hedge plants, not listed")
ordi("17", "2029-09-17", "import", "IT", "DE", [it("440799", "Eibenholz-Bogenrohling (Taxus baccata), 2 Stk", "IT", 4, 180, qty=2)], transport="post", note="F5 look-alike: European yew bow staves to a private person", consignee_name="Herr Stefan Koch")
ordi("18", "2029-09-18", "import", "IN", "FR", [it("300490", "Paclitaxel injection 6 mg/ml, boîtes pour la vente au détail, 100 flacons", "IN", 20, 9000, cur="USD", qty=100)], transport="air", note="F5 look-alike: finished paclitaxel medicine packaged for retail (exempt)")
ordi("19", "2029-09-19", "import", "TH", "NL", [it("060313", "Dendrobium cut orchids, 2000 stems", "TH", 300, 1200, cur="USD", qty=2000)], transport="air", note="F5 look-alike: cut flowers of propagated Dendrobium (exempt)")
ordi("20", "2029-09-20", "import", "CN", "US", [it("701399", "Hummingbird feeders, glass, 100 pcs", "CN", 60, 500, cur="USD", qty=100)], note="F6 look-alike: hummingbird feeders")
ordi("21", "2029-09-21", "import", "CN", "ES", [it("961310", "Encendedores Colibri, 200 uds", "CN", 20, 2000, cur="USD", qty=200)], transport="air", note="F6 look-alike: Colibri lighters")
ordi("22", "2029-09-22", "import", "MX", "ES", [it("711311", "Colgante colibrí de plata 925, 2 pzas", "MX", 0.02, 80, cur="USD", qty=2)], transport="post", note="F6 look-alike: a silver hummingbird pendant to a private person", consignee_name="Sra Carmen Ruiz")
ordi("23", "2029-09-23", "import", "IN", "NL", [it("530500", "Coco fibre moss poles (coir totem), 1 m, 1000 pcs", "IN", 3000, 2000, cur="USD", qty=1000)], note="F7 look-alike: coir plant poles")
ordi("24", "2029-09-24", "import", "ID", "NL", [it("071080", "Sayur pakis beku (fern tips), 2 t", "ID", 2000, 3000, cur="USD")], note="F7 look-alike: edible fern tips (Diplazium), 'pakis' in its food sense")
ordi("25", "2029-09-25", "import", "AU", "GB", [it("060290", "Dicksonia antarctica tree ferns, nursery stock, 50 pcs", "AU", 1500, 4000, cur="USD", qty=50)], note="F7 look-alike: Australian Dicksonia antarctica, not listed (only the populations of the Americas are)")
ordi("26", "2029-09-26", "import", "IN", "DE", [it("330741", "Räucherstäbchen Sandelholz, 10 Pkg", "IN", 0.5, 25, qty=10)], transport="post", note="private person: incense sticks", consignee_name="Frau Anna Schmidt")

ordi("27", "2029-09-27", "import", "PY", "FR", [it("330129", "Huile essentielle aromatique de petitgrain bigaradier, 1 t", "PY", 1000, 30000, cur="USD")], transport="air", note="F1 look-alike (written after the first run): petitgrain oil, Paraguay's ordinary aromatic essential oil", importer_name="Parfums Essences SARL", consignee_name="Parfums Essences SARL")
ordi("28", "2029-09-28", "import", "TH", "NL", [it("010619", "Otterhound puppy, pedigree, 1", "GB", 30, 1500, qty=1)], transport="air", note="F3 look-alike (written after the first run): an otterhound, a dog breed", consignee_name="Mevrouw Sanne Bakker")

ordi("29", "2029-09-29", "import", "AR", "ES", [it("121190", "Hierbas aromáticas secas, orégano y tomillo, 2 t", "AR", 2000, 8000, cur="USD")], note="F1 look-alike (written after the first run): dried aromatic herbs from Argentina, not wood", importer_name="Especias del Sur SL", consignee_name="Especias del Sur SL")

# permitted shipments with their documents
perm("1", "2029-09-01", "import", "PY", "FR", [it("330129", "Guaiacwood oil (Bulnesia sarmientoi), 200 kg", "PY", 200, 9000, cur="USD", docs=[("CITES_PERMIT", "PY-2029-00412")])], transport="air", note="guaiacwood oil with its CITES export permit", importer_name="Parfums Essences SARL", consignee_name="Parfums Essences SARL")
perm("2", "2029-09-02", "import", "UY", "ES", [it("030489", "Filetes de tintorera (Prionace glauca) congelados, 20 t", "UY", 20000, 52000, cur="USD", docs=[("CITES_PERMIT", "UY-2029-0190")])], note="blue shark with its CITES permit and legal-acquisition finding", importer_name="Pescados Atlántico SA", consignee_name="Pescados Atlántico SA")
perm("3", "2029-09-03", "import", "CN", "DE", [it("121190", "石斛 (Dendrobium officinale), getrocknete Stängel, 50 kg", "CN", 50, 12000, cur="USD", docs=[("CITES_PERMIT", "CN-2029-11873")])], transport="air", note="Dendrobium stems with a CITES permit", importer_name="TCM Handel GmbH", consignee_name="TCM Handel GmbH")
perm("4", "2029-09-04", "import", "CR", "NL", [it("060290", "Cyathea tree ferns, artificially propagated, 100 pcs", "CR", 1200, 3000, cur="USD", qty=100, docs=[("CITES_PERMIT", "CR-2029-0077")])], note="tree ferns with a CITES permit", importer_name="Varenkwekerij Boskoop BV", consignee_name="Varenkwekerij Boskoop BV")
probes.write(HERE, "dev21-b")
