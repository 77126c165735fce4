#!/usr/bin/env python3
"""Writes the round-thirty (e) development probes for wildlife (CITES)
(dev30-e-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind37's and blind38's rows; the note says which modus operandi family it
belongs to and what betrays it. Families: G manta and mobula ray gill plates as 'fish gills' or
dried seafood at a price no fish offal has; K tokay geckos dried for medicine in the languages of
their trade (Vietnamese, Thai, Filipino, Italian, Dutch); P Prunus africana bark from its range as
tea bark, 'wild cinnamon' or plain bark in tonnes; C sea cucumbers as dried squid, octopus or
cuttlefish at a sea cucumber's price; A Cape aloe (Aloe ferox) as aloe vera from South Africa or
Lesotho in bulk; N narwhal tusks as spiral or twisted driftwood or carvings from Greenland and
Canada; R red sanders (Pterocarpus santalinus) as red dye, powder or extract; T wild tianma at a
wild tuber's price without a cultivated word.
The ordinary rows hold the lawful twins a careless rule would flag (cheap fish offal for pet food,
gillnet-caught fish, leopard geckos bred in captivity, yohimbe, cinchona and wattle bark, Ceylon and
Malagasy cinnamon, dried squid at a squid price, aloe vera from Mexico, Greenlandic soapstone, a
spiral candle, sappanwood and white sandalwood, cultivated tianma). Written and committed before
the round-thirty (e) rules were run on it (docs/profile-packs.md, "Round thirty (e): wildlife
(CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D30E", "930", domain="wildlife")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# G manta and mobula gill plates as fish gills
dis("G1", "2032-09-01", "import", "ID", "HK", [it("030579", "Dried fish gill rakers, grade A, 60 kg", "ID", 60, 21000, cur="USD")], transport="air", note="G: dried 'gill rakers' at 350 USD/kg from Indonesia are manta or mobula gill plates (App. II)")
dis("G2", "2032-09-02", "import", "PE", "ES", [it("030569", "Agallas de pescado secas, para sopa, 25 kg", "PE", 25, 4500, cur="USD")], transport="air", note="G: dried fish gills at 180 USD/kg from Peru: mobula gill plates; Spanish wording")
dis("G3", "2032-09-03", "import", "LK", "FR", [it("051191", "Branchies de raie séchées, 8 kg", "LK", 8, 2400, cur="EUR")], transport="express", consignee_name="M. Tran Van Long", note="G: dried ray gills at 300 EUR/kg by express to a private person; French wording")
dis("G4", "2032-09-04", "import", "MY", "NL", [it("030579", "鱼鳃 干货 (pengyusai), 15 kg", "MY", 15, 6000, cur="USD")], transport="air", note="G: fish gills named pengyusai at 400 USD/kg via Malaysia; Chinese wording")
# K tokay geckos in the languages of their trade
dis("K1", "2032-09-05", "import", "TH", "DE", [it("051199", "ตุ๊กแกแห้ง (dried), 200 pcs", "TH", 3, 500, cur="USD", qty=200)], transport="post", consignee_name="Herr P. Nguyen", note="K: dried tokay geckos in Thai, by post")
dis("K2", "2032-09-06", "import", "PH", "IT", [it("121190", "Geco essiccato per medicina tradizionale, 50 pz", "PH", 1, 200, cur="USD", qty=50)], transport="post", note="K: dried tokay geckos for medicine; Italian wording")
dis("K3", "2032-09-07", "import", "VN", "NL", [it("051199", "Cáp giới khô (tắc kè), rượu thuốc, 40 đôi", "VN", 1.5, 400, cur="USD", qty=80)], transport="post", note="K: tokay pairs for medicinal wine; Vietnamese Sino names")
# P Prunus africana bark under another name
dis("P1", "2032-09-08", "import", "CD", "BE", [it("121190", "Dried tree bark for herbal infusion, 8 t", "CD", 8000, 9600, cur="USD")], note="P: plain 'tree bark' in tonnes from the DRC's highlands is pygeum (App. II)")
dis("P2", "2032-09-09", "import", "KE", "DE", [it("140490", "Getrocknete Baumrinde, gemahlen, 3 t", "KE", 3000, 4500)], note="P: ground bark from Kenya under vegetable products: pygeum; German wording")
dis("P3", "2032-09-10", "import", "UG", "ES", [it("090620", "Canela silvestre en corteza, 6 t", "UG", 6000, 9000)], note="P: 'wild cinnamon' bark from Uganda, which grows no cinnamon; Spanish wording")
dis("P4", "2032-09-11", "import", "GQ", "FR", [it("121190", "Écorces pour décoction, vrac, 2 t", "GQ", 2000, 3000)], note="P: bulk bark for decoction from Bioko; French wording")
# C sea cucumbers as squid, octopus or cuttlefish at a sea cucumber's price
dis("C1", "2032-09-12", "import", "MX", "HK", [it("030759", "Dried octopus, whole, 300 kg", "MX", 300, 54000, cur="USD")], transport="air", note="C: 'dried octopus' at 180 USD/kg from Mexico is sea cucumber (Isostichopus fuscus, App. III)")
dis("C2", "2032-09-13", "import", "MG", "FR", [it("030749", "Seiches séchées, 150 kg", "MG", 150, 30000)], transport="air", note="C: dried cuttlefish at 200 EUR/kg from Madagascar: teatfish (App. II); French wording")
# A Cape aloe as aloe vera from its range
dis("A1", "2032-09-14", "import", "LS", "DE", [it("130219", "Aloe-vera-Extrakt, Pulver, 400 kg", "LS", 400, 6400, cur="USD")], note="A: 'aloe vera' extract powder from Lesotho is Aloe ferox (App. II); German wording")
dis("A2", "2032-09-15", "import", "ZA", "NL", [it("121190", "Dried aloe leaf granules, 1.5 t", "ZA", 1500, 9000, cur="USD")], note="A: dried aloe leaf from South Africa in bulk: Cape aloe")
# N narwhal tusks as driftwood or spiral carvings
dis("N1", "2032-09-16", "import", "CA", "FR", [it("970300", "Sculpture torsadée en bois flotté, 1,8 m, 1 pièce", "CA", 6, 7000, cur="CAD", qty=1)], transport="air", consignee_name="Particulier", note="N: a 1.8 m twisted 'driftwood' piece from Canada is a narwhal tusk; French wording")
dis("N2", "2032-09-17", "import", "GL", "DE", [it("442090", "Gedrehter Stab, Schnitzerei, 1,6 m", "GL", 5, 4000, cur="EUR", qty=1)], transport="post", consignee_name="Herr K. Brandt", note="N: a twisted rod carving from Greenland: narwhal tusk; German wording")
# R red sanders as dye, powder or extract
dis("R1", "2032-09-18", "import", "IN", "NL", [it("140490", "Red sandal wood powder, natural colourant, 1 t", "IN", 1000, 12000, cur="USD")], transit=["AE"], note="R: red sandalwood powder via Dubai: Pterocarpus santalinus (App. II)")
dis("R2", "2032-09-19", "import", "IN", "FR", [it("320300", "Poudre de santal rouge, colorant, 300 kg", "IN", 300, 5400, cur="USD")], note="R: santal rouge powder as a dye; French wording")
dis("R3", "2032-09-20", "import", "LK", "DE", [it("130219", "Raktachandan extract (santalin), 50 kg", "LK", 50, 3000, cur="USD")], transport="air", note="R: red sanders extract from Sri Lanka, not a range state")
# T wild tianma at a wild tuber's price
dis("T1", "2032-09-21", "import", "CN", "FR", [it("121190", "Tubercules séchés de tian ma, entiers, 10 kg", "CN", 10, 1500, cur="USD")], transport="post", consignee_name="Mme Li Wei", note="T: whole tianma tubers at 150 USD/kg, a wild tuber's price; French wording")

# ordinary: the lawful twins
ordi("1", "2032-09-01", "import", "VN", "NL", [it("051191", "Dried fish gills and offal for pet food, 2 t", "VN", 2000, 1600, cur="USD")], note="fish offal for pet food at 0.8 USD/kg")
ordi("2", "2032-09-02", "import", "NO", "FR", [it("030211", "Gillnet-caught fresh trout, 1 t", "NO", 1000, 9000)], transport="road", note="gillnet-caught fish: 'gill' in a fishing method")
ordi("3", "2032-09-03", "import", "JP", "FR", [it("030389", "Frozen bluefin tuna belly, gill-net caught, 200 kg", "JP", 200, 16000, cur="USD")], transport="air", note="dear tuna at 80 USD/kg, caught by gill net")
ordi("4", "2032-09-04", "import", "DE", "NL", [it("010620", "Leopard geckos, captive-bred, 30 pcs", "DE", 3, 900, qty=30)], transport="road", note="captive-bred leopard geckos")
ordi("5", "2032-09-05", "import", "CM", "FR", [it("121190", "Écorce de yohimbe (Pausinystalia johimbe), 4 t", "CM", 4000, 14000)], note="yohimbe bark from Cameroon: lawful, not listed")
ordi("6", "2032-09-06", "import", "CD", "BE", [it("121190", "Cinchona bark (quinquina), dried, 10 t", "CD", 10000, 22000, cur="USD")], note="cinchona bark from the DRC for quinine")
ordi("7", "2032-09-07", "import", "KE", "IN", [it("140490", "Black wattle bark for tanning, 20 t", "KE", 20000, 8000, cur="USD")], note="wattle bark (tannin) from Kenya")
ordi("8", "2032-09-08", "import", "MG", "FR", [it("090619", "Cannelle de Madagascar en écorces, 5 t", "MG", 5000, 20000)], note="Malagasy cinnamon bark: lawful")
ordi("9", "2032-09-09", "import", "VN", "DE", [it("030749", "Getrockneter Tintenfisch in Streifen, Snack, 2 t", "VN", 2000, 24000, cur="USD")], note="dried squid strips at 12 USD/kg")
ordi("10", "2032-09-10", "import", "MA", "ES", [it("030752", "Pulpo congelado entero, 20 t", "MA", 20000, 140000)], note="frozen octopus at 7 EUR/kg")
ordi("11", "2032-09-11", "import", "MX", "DE", [it("130219", "Aloe vera gel powder 200:1, food grade, 500 kg", "MX", 500, 15000, cur="USD")], note="aloe vera gel powder from Mexico")
ordi("12", "2032-09-12", "import", "ZA", "GB", [it("330499", "Aloe skin cream, retail tubes, 2,000 pcs", "ZA", 400, 6000, cur="USD", qty=2000)], note="aloe cosmetics from South Africa, retail")
ordi("13", "2032-09-13", "import", "GL", "DK", [it("680229", "Greenlandic soapstone carving, polar bear, 1 pc", "GL", 3, 2500, cur="DKK", qty=1)], transport="air", consignee_name="Privatperson", note="soapstone carving from Greenland")
ordi("14", "2032-09-14", "import", "SE", "DE", [it("442090", "Spiral turned wooden candlesticks, 200 pcs", "SE", 80, 2400, qty=200)], transport="road", note="spiral-turned candlesticks from Sweden")
ordi("15", "2032-09-15", "import", "IN", "DE", [it("320300", "Sappanwood red dye powder, 500 kg", "IN", 500, 3000, cur="USD")], note="sappanwood red dye (Biancaea sappan): not listed")
ordi("16", "2032-09-16", "import", "IN", "FR", [it("440122", "White sandalwood chips (Santalum album), 200 kg", "IN", 200, 9000, cur="USD")], note="white sandalwood, not red sanders")
ordi("17", "2032-09-17", "import", "CN", "DE", [it("121190", "Tianma (Gastrodia elata), angebaut, Scheiben, 30 kg", "CN", 30, 900, cur="USD")], note="cultivated tianma slices at 30 USD/kg")
ordi("18", "2032-09-18", "import", "CN", "IT", [it("121190", "天麻 切片, 2 kg", "CN", 2, 50, cur="USD")], transport="post", consignee_name="Sig. Marco Zhang", note="tianma slices at a cultivated price by post to a person")

# permitted with their documents
perm("1", "2032-09-01", "import", "IN", "DE", [it("440399", "Red sanders logs, plantation (Pterocarpus santalinus), 5 t", "IN", 5000, 30000, cur="USD", docs=[("CITES_PERMIT", "IN-2032-0412")])], note="plantation red sanders with the Indian CITES permit")
perm("2", "2032-09-02", "import", "ZA", "DE", [it("130219", "Aloe ferox bitter crystals, 1 t", "ZA", 1000, 12000, cur="USD", docs=[("CITES_PERMIT", "ZA-2032-0815")])], note="Cape aloe crystals with their CITES permit")
perm("3", "2032-09-03", "import", "CM", "FR", [it("121190", "Écorces séchées pour extraction, 6 t", "CM", 6000, 12000, docs=[("CITES_PERMIT", "CM-2032-0033")])], note="bark for extraction from Cameroon with its CITES permit")
probes.write(HERE, "dev30-e")
