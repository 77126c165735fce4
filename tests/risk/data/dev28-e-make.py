#!/usr/bin/env python3
"""Writes the round-twenty-eight (e) development probes for wildlife (CITES)
(dev28-e-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind31's and blind32's rows; the note names the modus operandi family and
what betrays it. The ordinary rows include lawful private-person consignees receiving
ordinary goods of these families and lawful look-alikes that use the controlled word in a
lawful sense. Written and committed before the round-twenty-eight (e) rules were run on it
(docs/profile-packs.md, "Round twenty-eight (e): wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D28E", "928", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# F1 vicuna or shahtoosh as alpaca, llama or camel fibre: a fibre diameter or a price per piece
# no alpaca or llama garment has
dis("F1-1", "2031-09-01", "import", "BO", "ES", [it("621420", "Estolas de baby alpaca, finura 12,5 micras, 3 unidades", "BO", 0.9, 4500, cur="USD", qty=3)], transport="express", note="F1: 12.5 micron 'baby alpaca' at 1,500 USD a stole is vicuna; Spanish wording", consignee_name="Sra. Lucía Ortega")
dis("F1-2", "2031-09-02", "import", "AR", "FR", [it("611710", "Écharpes laine de lama extra-fine 13 microns, 5 pièces", "AR", 1, 5000, qty=5)], transport="air", note="F1: 13 micron 'llama' at 1,000 EUR a scarf is vicuna; French wording", consignee_name="Mme Claire Dubois")
# F2 Brazilian bow blanks or bow sticks under another wood's name (pernambuco)
dis("F2-1", "2031-09-03", "import", "BR", "DE", [it("440799", "Bogenstangen roh, Ipê-Holz, 150 Stück", "BR", 45, 12000, qty=150)], transport="air", note="F2: rough bow sticks from Brazil at 80 EUR each are pernambuco, ipê is no bow wood; German wording", consignee_name="Geigenbau Müller GmbH", importer_name="Geigenbau Müller GmbH")
dis("F2-2", "2031-09-04", "import", "BR", "FR", [it("440929", "Baguettes d'archet brutes, bois de garapa, 100 pièces", "BR", 30, 9000, qty=100)], transport="air", note="F2: rough bow blanks from Brazil at 90 EUR each; French wording", importer_name="Atelier Lutherie Lyon SARL", consignee_name="Atelier Lutherie Lyon SARL")
# F3 CITES-listed sea cucumbers (teatfish, Thelenota) by trade and vernacular names
dis("F3-1", "2031-09-05", "import", "FJ", "HK", [it("030819", "Dried bêche-de-mer, 'sucuwalu' grade A, 80 kg", "FJ", 80, 12000, cur="USD")], note="F3: sucuwalu is Fijian for white teatfish (Holothuria fuscogilva, II)", transport="air")
dis("F3-2", "2031-09-06", "import", "SB", "CN", [it("030819", "干海参 白乳参 60公斤", "SB", 60, 9000, cur="USD")], note="F3: 白乳参 is white teatfish; Chinese wording", transport="air")
dis("F3-3", "2031-09-07", "import", "NC", "FR", [it("160562", "Holothuries séchées, ananas (Thelenota), 50 kg", "NC", 50, 6000)], note="F3: Thelenota ananas (prickly redfish, II since 2024); French wording", transport="air")
# F4 hawksbill shell declared as acetate, celluloid or plastic: handmade, mottled, from a
# hawksbill craft country at a price no plastic article has
dis("F4-1", "2031-09-08", "import", "DO", "ES", [it("961519", "Peinetas de celuloide veteado, artesanales, 20 uds", "DO", 0.8, 1200, qty=20)], transport="post", note="F4: handmade mottled 'celluloid' combs from the Dominican Republic at 60 EUR are carey; Spanish wording", **PP)
dis("F4-2", "2031-09-09", "import", "NI", "DE", [it("961519", "Haarspangen aus Kunststoff, marmoriert, Handarbeit, 25 Stück", "NI", 0.5, 1000, qty=25)], transport="post", note="F4: handmade marbled 'plastic' hair slides from Nicaragua at 40 EUR; German wording", consignee_name="Frau Anna Becker")
# F5 wild-collected succulents and caudiciforms from their range states, bare-root or
# unrooted, called nursery plants
dis("F5-1", "2031-09-10", "import", "MG", "DE", [it("060290", "Caudexpflanzen Pachypodium rosulatum, unbewurzelt, Gärtnerei, 50 Stück", "MG", 8, 300, qty=50)], transport="express", note="F5: unrooted Malagasy Pachypodium; German wording", consignee_name="Herr Tobias Klein")
dis("F5-2", "2031-09-11", "import", "MX", "ES", [it("060290", "Ariocarpus kotschoubeyanus, plantas de vivero sin tierra, 100 pzs", "MX", 3, 250, cur="USD", qty=100)], transport="post", note="F5: soil-free Mexican Ariocarpus (I) called nursery plants; Spanish wording", **PP)
dis("F5-3", "2031-09-12", "import", "ZA", "NL", [it("060290", "Conophytum, naakte wortel, kwekerij, 200 stuks", "ZA", 2, 400, qty=200)], transport="post", note="F5: bare-root South African Conophytum; Dutch wording", consignee_name="Dhr. P. de Vries")
# F6 newly listed medicinal roots (Rhodiola, CoP19) and other CITES roots by trade names, bulk
dis("F6-1", "2031-09-13", "import", "CN", "DE", [it("121190", "Rosenwurz, Wurzel getrocknet, geschnitten, 250 kg", "CN", 250, 6000, cur="USD")], note="F6: Rosenwurz is Rhodiola rosea (II since 2023); German wording", importer_name="Kräuterhandel Süd GmbH", consignee_name="Kräuterhandel Süd GmbH")
dis("F6-2", "2031-09-14", "import", "RU", "LV", [it("121190", "Золотой корень сушеный, 150 кг", "RU", 150, 4000)], transport="road", note="F6: 'golden root' is Rhodiola rosea; Russian wording")
dis("F6-3", "2031-09-15", "import", "CN", "NL", [it("130219", "Roseroot extract powder, 3% rosavins, 100 kg", "CN", 100, 9000, cur="USD")], note="F6: Rhodiola extract, a derivative covered by the listing")
# F7 CITES furs (lynx, wolf, brown bear, otter) by their Nordic, Baltic and Slavic names
dis("F7-1", "2031-09-16", "import", "BY", "PL", [it("430219", "Futra rysie wyprawione, 10 szt.", "BY", 6, 2500, qty=10)], transport="road", note="F7: ryś is lynx; Polish wording")
dis("F7-2", "2031-09-17", "import", "RU", "FI", [it("430390", "Karhuntalja, pää mukana, 2 kpl", "RU", 30, 4000, qty=2)], transport="road", note="F7: karhu is the brown bear (II); Finnish wording")
dis("F7-3", "2031-09-18", "import", "RU", "DK", [it("430180", "Ulveskind, garvede, 6 stk", "RU", 12, 2400, qty=6)], transport="road", note="F7: ulv is the wolf (II, Annex B); Danish wording")

# ordinary look-alikes
ordi("1", "2031-09-01", "import", "PE", "DE", [it("611710", "Alpaka-Schals, 20 µm, 4 Stück", "PE", 0.8, 240, qty=4)], transport="post", note="alpaca scarves at 60 EUR to a private person", consignee_name="Frau Julia Hoffmann")
ordi("2", "2031-09-02", "import", "AU", "IT", [it("510111", "Lana merino superfine 15,5 micron, sucida, 2 t", "AU", 2000, 24000)], note="superfine merino at 12 EUR/kg: a fine micron count on sheep's wool")
ordi("3", "2031-09-03", "import", "CN", "FR", [it("611710", "Écharpes cachemire 15 microns, 50 pièces", "CN", 8, 2500, qty=50)], transport="air", note="cashmere scarves at 50 EUR")
ordi("4", "2031-09-04", "import", "CN", "DE", [it("920991", "Violinbögen aus Carbon, 50 Stück", "CN", 3, 1500, qty=50)], transport="air", note="carbon-fibre violin bows")
ordi("5", "2031-09-05", "import", "BR", "NL", [it("440929", "Massaranduba decking boards, 40 m3", "BR", 40000, 36000, qty=2000)], note="massaranduba decking at a decking price")
ordi("6", "2031-09-06", "import", "JP", "FR", [it("030819", "Holothuries séchées (Apostichopus japonicus), 40 kg", "JP", 40, 8000)], transport="air", note="Japanese sea cucumber, not CITES")
ordi("7", "2031-09-07", "import", "CR", "FR", [it("081340", "Ananas séchés en tranches, 500 kg", "CR", 500, 2500)], note="dried pineapple: 'ananas' as a fruit")
ordi("8", "2031-09-08", "import", "CN", "ES", [it("961519", "Pasadores de acetato, estampado carey, 500 uds", "CN", 5, 600, qty=500)], transport="sea", note="acetate clips in a tortoiseshell ('carey') pattern at 1.20 EUR")
ordi("9", "2031-09-09", "import", "CU", "ES", [it("961519", "Pasadores de plástico, 4 uds", "CU", 0.1, 8, qty=4)], transport="post", note="four plastic hair clips from Cuba to a private person", **PP)
ordi("10", "2031-09-10", "import", "NL", "DE", [it("060290", "Euphorbia milii, getopft, Gärtnereiware, 500 Stück", "NL", 400, 1500, qty=500)], transport="road", note="potted nursery Christ plants from the Netherlands")
ordi("11", "2031-09-11", "import", "PL", "DE", [it("060240", "Rosen wurzelnackt, 1000 Stück", "PL", 300, 900, qty=1000)], transport="road", note="bare-root roses")
ordi("12", "2031-09-12", "import", "US", "FR", [it("210690", "Rhodiola rosea, gélules 400 mg, boîtes de 60, 2 boîtes", "US", 0.3, 40, cur="USD", qty=2)], transport="post", note="retail Rhodiola capsules (exempt) to a private person", consignee_name="M. Henri Lefèvre")
ordi("13", "2031-09-13", "import", "CN", "DE", [it("091011", "Ingwerwurzel getrocknet, geschnitten, 500 kg", "CN", 500, 1500, cur="USD")], note="dried ginger root")
ordi("14", "2031-09-14", "import", "FI", "DE", [it("430310", "Kettuturkki, tarhattu, 1 kpl", "FI", 2, 900, qty=1)], transport="post", note="a farmed fox fur coat to a private person", consignee_name="Herr Markus Braun")
ordi("15", "2031-09-15", "import", "CN", "FI", [it("600110", "Ilveskuvioinen tekoturkis, 200 m", "CN", 120, 1200)], note="lynx-pattern faux fur")
ordi("16", "2031-09-16", "import", "NZ", "DK", [it("430130", "Lammeskind, garvede, 20 stk", "NZ", 20, 800, qty=20)], transport="air", note="tanned lambskins")

# permitted shipments with their documents
perm("1", "2031-09-01", "import", "PE", "IT", [it("510219", "Fibra di vicuña, VICUÑA PERÚ, 50 kg", "PE", 50, 22000, cur="USD", docs=[("CITES_PERMIT", "PE-2031-0451")])], transport="air", note="vicuna fibre with its mark and permit")
perm("2", "2031-09-02", "import", "CA", "FI", [it("430180", "Ilvesnahat (Lynx canadensis), 30 kpl", "CA", 15, 6000, qty=30, docs=[("CITES_PERMIT", "CA-2031-1188")])], transport="air", note="Canada lynx pelts with their permit")
perm("3", "2031-09-03", "import", "CN", "DE", [it("121190", "Rhodiola-Wurzel getrocknet, 100 kg", "CN", 100, 2500, cur="USD", docs=[("CITES_PERMIT", "CN-2031-7741")])], note="Rhodiola root with its CITES permit")
probes.write(HERE, "dev28-e")
