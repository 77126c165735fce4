#!/usr/bin/env python3
"""Writes the round-twenty-three (c) development probes for wildlife (CITES) and cultural
property (dev23-c-{disguised,ordinary,permitted}.ndjson, and dev23-c-lanes.ndjson). Every row is
written out by hand, worded differently from blind22's rows and in languages of the trade routes;
the note says which modus operandi family it belongs to and what betrays it. The ordinary rows
include lawful private-person consignees receiving ordinary goods of these families and a lawful
look-alike of every family, using the controlled word in a lawful sense. dev23-c-lanes.ndjson
holds CITES-listed goods declared as propagated, farmed or CITES-labelled by a commercial
consignee without a CITES document: the law asks for the document, so they are not ordinary
trade; the round's lane policy sends them to a document check (yellow), not to examination.
Written before the round-twenty-three (c) rules were run on it (docs/profile-packs.md, "Round
twenty-three (c): wildlife (CITES) and cultural property")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D23C", "923")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# F1 worked rhino horn, ivory, hornbill casque or hawksbill declared as bone, cattle or buffalo horn, resin or a
# "carving" at a price per piece or per kg no bone, horn or resin object has, often to the East Asian markets
dis("F1-1", "2029-12-01", "export", "FR", "CN", [it("960190", "Coupe ancienne en corne de buffle sculptée, époque Qing, 1 pièce", "FR", 0.6, 85000, qty=1)], transport="air", domain="wildlife", note="F1: a 'buffalo horn' Qing libation cup at EUR 85,000 is rhinoceros horn (Appendix I); French wording, from the French auction market", consignee_name="Beijing Huaxia Art Co., Ltd", importer_name="Beijing Huaxia Art Co., Ltd")
dis("F1-2", "2029-12-02", "export", "GB", "VN", [it("960190", "Carved cattle horn bowl, antique, 2 pcs, 0.9 kg", "GB", 0.9, 38000, cur="GBP", qty=2)], transport="express", domain="wildlife", note="F1: cattle horn at GBP 19,000 a piece: rhino horn to Viet Nam", consignee_name="Nguyen Van Hai")
dis("F1-3", "2029-12-03", "export", "BE", "HK", [it("960200", "Geschnitzte Figuren aus Kunstharz, rot, Antik, 3 Stk", "BE", 0.8, 27000, qty=3)], transport="air", domain="wildlife", note="F1: red 'resin' carvings at EUR 9,000 each are hornbill casque (Rhinoplax vigil, Appendix I); German wording", consignee_name="Kowloon Heritage Trading Ltd", importer_name="Kowloon Heritage Trading Ltd")
dis("F1-4", "2029-12-04", "export", "DE", "SG", [it("960190", "Beinschnitzerei, Knochen, chinesisch, 19. Jh., 5 Stück, 1,5 kg", "DE", 1.5, 42000, qty=5)], transport="air", domain="wildlife", note="F1: carved 'bone' at EUR 28,000 a kg is elephant ivory; German wording, to Singapore", consignee_name="Lion City Antiques Pte Ltd", importer_name="Lion City Antiques Pte Ltd")
dis("F1-5", "2029-12-05", "import", "NL", "MO", [it("960190", "牛角雕杯 清代 一对", "NL", 0.7, 60000, cur="USD", qty=2)], transport="air", domain="wildlife", note="F1: 牛角 (ox horn) cups of the Qing at USD 30,000 each are rhino horn; Chinese wording, to Macao", consignee_name="澳门古玩有限公司", importer_name="澳门古玩有限公司")
# F2 CITES goods declared as lawful origin with something else wrong (keep orange or red)
dis("F2-1", "2029-12-06", "import", "MX", "ES", [it("060290", "Cactus de vivero, Ariocarpus y Astrophytum, plantas adultas a raíz desnuda, 300 uds", "MX", 240, 9000, cur="USD", qty=300)], transport="air", domain="wildlife", note="F2: 'nursery' cacti, bare-root adults of 0.8 kg from Mexico: wild-dug Ariocarpus (Appendix I)", consignee_name="Cactus Ibéricos SL", importer_name="Cactus Ibéricos SL")
dis("F2-2", "2029-12-07", "import", "CL", "DE", [it("060290", "Kakteen, künstlich vermehrt, Copiapoa cinerea, 20-30 cm, 80 Stk", "CL", 120, 6400, cur="USD", qty=80)], transport="air", domain="wildlife", note="F2: 'propagated' Copiapoa of 1.5 kg a plant from Chile: decades-old wild plants", consignee_name="Herr Thomas Krüger")
dis("F2-3", "2029-12-08", "import", "AE", "IT", [it("160431", "Caviale d'allevamento, lattine 50 g, 30 kg", "IR", 30, 21000, cur="USD")], transport="air", domain="wildlife", note="F2: 'farmed' caviar of Iranian origin through Dubai, no CITES label code or permit", consignee_name="Gourmet Import Srl", importer_name="Gourmet Import Srl")
dis("F2-4", "2029-12-09", "import", "TH", "FR", [it("060290", "Astrophytum reproduits artificiellement, greffés, 40 pièces", "TH", 3, 800, cur="USD", qty=40)], transport="post", domain="wildlife", note="F2: propagated Astrophytum sent by post to a private person, no permit", consignee_name="M. Julien Moreau")
# F3 pangolin scales as fish or animal scales, totoaba maw as fish maw (further families)
dis("F3-1", "2029-12-10", "export", "NG", "CN", [it("051199", "Dried fish scales for medicine, 800 kg", "NG", 800, 24000, cur="USD")], transport="sea", domain="wildlife", note="F3: 'fish scales' at USD 30 a kg from Nigeria to China are pangolin scales (Manis, Appendix I)", consignee_name="Guangzhou Herbal Materials Co Ltd", importer_name="Guangzhou Herbal Materials Co Ltd")
dis("F3-2", "2029-12-11", "export", "MX", "HK", [it("030572", "Dried fish maw, large, 12 kg", "MX", 12, 60000, cur="USD")], transport="air", domain="wildlife", note="F3: fish maw at USD 5,000 a kg from Mexico is totoaba swim bladder (Appendix I)", consignee_name="Sheung Wan Seafood Trading Ltd", importer_name="Sheung Wan Seafood Trading Ltd")
dis("F3-3", "2029-12-12", "export", "US", "CN", [it("030572", "石首鱼胶 干 8 公斤", "US", 8, 48000, cur="USD")], transport="air", domain="wildlife", note="F3: croaker maw at USD 6,000 a kg from California: totoaba; Chinese wording", consignee_name="Chen Jian")
# F4 cultural: pre-Columbian textiles declared as old fabric (further family)
dis("F4-1", "2029-12-13", "import", "PE", "US", [it("630900", "Old woven textile fragments, camelid wool, 6 pcs", "PE", 1.2, 18000, cur="USD", qty=6)], transport="express", domain="cultural", note="F4: 'old textile fragments' of camelid wool at USD 3,000 each from Peru: Paracas, Nazca or Chancay grave textiles", consignee_name="Mr David Cohen")
dis("F4-2", "2029-12-14", "import", "PE", "DE", [it("581099", "Tejido antiguo Chancay, fragmento, 2 piezas", "PE", 0.4, 5000, cur="USD", qty=2)], transport="post", domain="cultural", note="F4: a Chancay textile is pre-Columbian (Peru's national heritage law); Spanish wording", consignee_name="Herr Markus Vogel")

# ordinary trade
ordi("1", "2029-12-01", "import", "CN", "FR", [it("960190", "Peignes en corne de buffle, 500 pièces", "CN", 25, 900, cur="USD", qty=500)], transport="sea", note="F1 look-alike: buffalo-horn combs at their price", importer_name="Accessoires Beauté SARL", consignee_name="Accessoires Beauté SARL")
ordi("2", "2029-12-02", "export", "DE", "JP", [it("960190", "Netsuke aus Knochen, geschnitzt, 19. Jh., 1 Stk", "DE", 0.05, 450, qty=1)], transport="post", note="F1 look-alike: an antique bone netsuke at its price, to a private person", consignee_name="Tanaka Hiroshi")
ordi("3", "2029-12-03", "export", "FR", "HK", [it("392640", "Statuettes en résine façon ivoire, 24 pièces", "FR", 6, 480, qty=24)], transport="air", note="F1 look-alike: resin statuettes in the ivory style at a resin price", consignee_name="Harbour Gifts Ltd", importer_name="Harbour Gifts Ltd")
ordi("4", "2029-12-04", "import", "VN", "DE", [it("960190", "Schalen aus Büffelhorn, poliert, 60 Stk", "VN", 18, 720, cur="USD", qty=60)], transport="sea", note="F1 look-alike: polished buffalo-horn bowls from Viet Nam", importer_name="Asia Deko GmbH", consignee_name="Asia Deko GmbH")
ordi("5", "2029-12-05", "export", "GB", "HK", [it("970600", "Chinese carved jade libation cup, Qing dynasty, 1 pc", "GB", 0.4, 45000, cur="GBP", qty=1)], transport="air", note="F1 look-alike: a jade libation cup at an antique's price (no horn or bone)", consignee_name="Pacific Fine Art Ltd", importer_name="Pacific Fine Art Ltd")
ordi("6", "2029-12-06", "import", "NL", "DE", [it("060290", "Astrophytum und Gymnocalycium, Sämlinge, 5,5-cm-Topf, 400 Stk", "NL", 40, 520, qty=400)], transport="road", note="F2 look-alike: nursery cacti within the EU", importer_name="Gartenbau Rhein GmbH", consignee_name="Gartenbau Rhein GmbH")
ordi("7", "2029-12-07", "import", "DE", "AT", [it("060290", "Kaktus im Topf, 3 Stück", "DE", 1.2, 24, qty=3)], transport="post", note="F2 look-alike: three potted cacti to a private person within the EU", consignee_name="Frau Maria Huber")
ordi("8", "2029-12-08", "import", "FR", "BE", [it("160431", "Caviar d'Aquitaine (Acipenser baerii), boîtes 30 g étiquetées CITES, 10 kg", "FR", 10, 9000)], transport="road", note="F2 look-alike: French farmed caviar traded within the EU (labelled, no permit needed intra-EU)", importer_name="Épicerie Fine Bruxelles SPRL", consignee_name="Épicerie Fine Bruxelles SPRL")
ordi("9", "2029-12-09", "import", "IS", "DE", [it("160432", "Seehasenrogen, schwarz, Kaviarersatz, 100-g-Gläser, 2 t", "IS", 2000, 24000)], transport="sea", note="F2 look-alike: lumpfish caviar substitute", importer_name="Feinkost Nord GmbH", consignee_name="Feinkost Nord GmbH")
ordi("10", "2029-12-10", "import", "NO", "FR", [it("051191", "Écailles de saumon séchées pour collagène, 5 t", "NO", 5000, 6000)], transport="road", note="F3 look-alike: salmon scales for collagen at their price", importer_name="Collagène Marin SAS", consignee_name="Collagène Marin SAS")
ordi("11", "2029-12-11", "import", "VN", "US", [it("030572", "Dried fish maw (Pangasius), 500 kg", "VN", 500, 9000, cur="USD")], transport="sea", note="F3 look-alike: pangasius fish maw at USD 18 a kg", importer_name="Golden Harvest Foods Inc", consignee_name="Golden Harvest Foods Inc")
ordi("12", "2029-12-12", "import", "IN", "HK", [it("030572", "Dried fish maw, croaker, 200 kg", "IN", 200, 16000, cur="USD")], transport="sea", note="F3 look-alike: Indian croaker maw at USD 80 a kg", importer_name="Wing Lee Dried Seafood Ltd", consignee_name="Wing Lee Dried Seafood Ltd")
ordi("13", "2029-12-13", "import", "PE", "US", [it("630900", "Used alpaca sweaters, 50 pcs", "PE", 20, 600, cur="USD", qty=50)], transport="sea", note="F4 look-alike: second-hand alpaca clothing", importer_name="Andes Resale LLC", consignee_name="Andes Resale LLC")
ordi("14", "2029-12-14", "import", "PE", "DE", [it("630499", "Handgewebte Wandbehänge, Alpakawolle, Motive nach Chancay, 20 Stk", "PE", 8, 900, cur="USD", qty=20)], transport="air", note="F4 look-alike: new hand-woven hangings with Chancay motifs at a craft price", importer_name="Inka Handwerk GmbH", consignee_name="Inka Handwerk GmbH")
ordi("15", "2029-12-15", "import", "PE", "ES", [it("630120", "Tejido antiguo de segunda mano, mantas de lana, 3 uds", "PE", 4, 90, cur="USD", qty=3)], transport="post", note="F4 look-alike: old second-hand wool blankets to a private person", consignee_name="Sra. Carmen Ruiz")
ordi("16", "2029-12-16", "import", "CN", "US", [it("960190", "Carved ox bone pendants, 200 pcs", "CN", 4, 400, cur="USD", qty=200)], transport="post", note="F1 look-alike: carved ox-bone pendants, a private person", consignee_name="Ms Emily Johnson")
ordi("17", "2029-12-17", "import", "TH", "GB", [it("060290", "Grafted Gymnocalycium mihanovichii 'Hibotan', 1,000 pcs", "TH", 60, 700, cur="USD", qty=1000)], transport="air", note="F2 look-alike: grafted chlorophyll-lacking Gymnocalycium cultivars, exempt by the Cactaceae annotation", importer_name="Garden Plants Ltd", consignee_name="Garden Plants Ltd")
ordi("18", "2029-12-18", "export", "IT", "CN", [it("210390", "Salsa al nero di seppia con caviale di lompo, 200 vasetti", "IT", 40, 800, qty=200)], transport="sea", note="F2 look-alike: a sauce with lumpfish roe", importer_name="Sapori Italiani Srl", consignee_name="Sapori Italiani Srl")

# permitted shipments with their documents
perm("1", "2029-12-01", "import", "TH", "NL", [it("060290", "Grafted Astrophytum asterias hybrids, artificially propagated, 800 pcs", "TH", 50, 900, cur="USD", qty=800, docs=[("CITES_PERMIT", "TH-2029-AP-0871")])], transport="air", domain="wildlife", note="propagated Astrophytum with its CITES export permit", importer_name="Cactus Kwekerij BV", consignee_name="Cactus Kwekerij BV")
perm("2", "2029-12-02", "import", "CN", "DE", [it("160431", "Kaviar (Acipenser schrenckii x Huso dauricus), Aquakultur, CITES-Etikett, 40 kg", "CN", 40, 26000, cur="USD", docs=[("CITES_PERMIT", "CN-2029-33018")])], transport="air", domain="wildlife", note="farmed hybrid caviar with its CITES permit", importer_name="Feinkost Nord GmbH", consignee_name="Feinkost Nord GmbH")
perm("3", "2029-12-03", "export", "GB", "HK", [it("960190", "Antique carved rhinoceros horn cup, pre-1947, 1 pc", "GB", 0.5, 120000, cur="GBP", qty=1, docs=[("CITES_CERTIFICATE", "GB-2029-PC-0044")])], transport="air", domain="wildlife", note="a worked rhino horn cup with a pre-Convention certificate (document check)", importer_name="Pacific Fine Art Ltd", consignee_name="Pacific Fine Art Ltd")
perm("4", "2029-12-04", "import", "PE", "US", [it("970500", "Pre-Columbian textile fragment, Chancay culture, 1 pc", "PE", 0.3, 4000, cur="USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "PE-2029-MC-0310")])], transport="air", domain="cultural", note="a Chancay textile with Peru's export certificate (for an exhibition)", importer_name="Textile Museum Foundation Inc", consignee_name="Textile Museum Foundation Inc")
probes.write(HERE, "dev23-c")

# lane policy: declared lawful origin, commercial consignee, nothing else wrong, no CITES document
lanes = base.HandProbes("D23C-LANES", "923")
lanes.ordi("L1", "2029-12-05", "import", "KR", "IT", [it("060290", "Grafted Astrophytum myriostigma, nursery-propagated, phytosanitary certificate, 1,500 pcs", "KR", 90, 1300, qty=1500)], transport="air", note="lane: propagated Astrophytum to a nursery, no CITES permit: a document check", importer_name="Vivai Piante Grasse Srl", consignee_name="Vivai Piante Grasse Srl")
lanes.ordi("L2", "2029-12-06", "import", "CN", "FR", [it("160431", "Caviar d'élevage (Acipenser baerii), boîtes étiquetées CITES, 20 kg", "CN", 20, 11000, cur="USD")], transport="air", note="lane: farmed, CITES-labelled caviar to a company, no permit declared: a document check", importer_name="Maison du Caviar SAS", consignee_name="Maison du Caviar SAS")
lanes.ordi("L3", "2029-12-07", "import", "TW", "DE", [it("060290", "Phalaenopsis-Hybriden, künstlich vermehrt, Jungpflanzen, 5.000 Stk", "TW", 300, 4000, cur="USD", qty=5000)], transport="air", note="lane: propagated orchid hybrids (Appendix II) to a nursery; no permit declared", importer_name="Orchideen Gärtnerei Schmitt GmbH", consignee_name="Orchideen Gärtnerei Schmitt GmbH")
lanes.ordi("L4", "2029-12-08", "import", "ZA", "NL", [it("060290", "Euphorbia obesa, seed-grown, nursery stock, 600 pcs", "ZA", 30, 700, cur="USD", qty=600)], transport="air", note="lane: seed-grown Euphorbia obesa (Appendix II) from a South African nursery", importer_name="Succulenten Import BV", consignee_name="Succulenten Import BV")
for kind, rows in lanes.rows.items():
    if rows:
        base.write_rows(os.path.join(HERE, "dev23-c-lanes.ndjson"), rows)
