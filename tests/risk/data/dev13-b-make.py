#!/usr/bin/env python3
"""Writes the round-thirteen development probes for waste (Basel), ozone-depleting substances
and HFCs, and wildlife (CITES) (dev13-b-{disguised,ordinary,permitted}.ndjson). Every row is
written out by hand, worded differently from blind10's rows and mostly in languages of the
trade routes; the note says which modus operandi family it belongs to and what betrays it.
The ordinary rows include lawful private-person consignees receiving ordinary goods of these
families (and the lawful parcels WLD-LIV-008 and WLD-DSG-010 used to stop), so that the
false-positive side is measured. Written and committed before the round-thirteen rules were
run on it (docs/profile-packs.md, "Round thirteen: waste (Basel), ozone-depleting substances
and HFCs, wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D13B", "913")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# W1 whole or drained lead-acid batteries (A1160) under a lead-scrap trade grade or words
dis("W1-1", "2027-12-01", "export", "GB", "IN", [it("780200", "Scrap lead, ISRI grade 'Ranch', industrial cells, 18 t", "GB", 18000, 12600)], domain="waste", note="W1: ISRI 'Ranch' is scrap industrial intact lead cells (A1160) as lead scrap")
dis("W1-2", "2027-12-02", "export", "FR", "SN", [it("780200", "Plomb de récupération : batteries égouttées entières sur palettes, 22 t", "FR", 22000, 8800)], domain="waste", note="W1: drained whole batteries as recovered lead; French wording")
dis("W1-3", "2027-12-03", "export", "IT", "TN", [it("780200", "Rottami di piombo tipo Rains, 20 t", "IT", 20000, 14000)], domain="waste", note="W1: ISRI 'Rains' (drained whole batteries) as lead scrap; Italian wording")
# W2 used clinical items from hospitals (Y1/A4020) or silver-bearing X-ray film as a commodity
dis("W2-1", "2027-12-04", "export", "GB", "NG", [it("901890", "Used haemodialysis cartridges for reprocessing, baled, 6 t", "GB", 6000, 900)], domain="waste", note="W2: used dialysers are single-use clinical waste")
dis("W2-2", "2027-12-05", "export", "ES", "MA", [it("370290", "Radiografías usadas de archivo hospitalario para recuperación de plata, 10 t", "ES", 10000, 1500)], domain="waste", note="W2: used hospital X-ray film for silver recovery; Spanish wording")
dis("W2-3", "2027-12-06", "export", "DE", "PK", [it("391590", "Gebrauchte Einwegspritzen und Infusionsbestecke, Kunststoff, gepresst, 9 t", "DE", 9000, 450)], domain="waste", note="W2: used syringes and infusion sets as plastic scrap; German wording")
# W3 leaded CRT glass or mercury lamp glass as cullet (A2010, A1030)
dis("W3-1", "2027-12-07", "export", "GB", "IN", [it("700100", "Broken TV tube glass, funnel and panel mixed, 20 t", "GB", 20000, 1000)], domain="waste", note="W3: CRT funnel glass is leaded (A2010)")
dis("W3-2", "2027-12-08", "export", "FR", "MA", [it("700100", "Calcin de verre de tubes fluorescents broyés, 15 t", "FR", 15000, 450)], domain="waste", note="W3: crushed fluorescent tubes carry mercury (A1030); French wording")
dis("W3-3", "2027-12-09", "export", "PL", "UA", [it("700100", "Stłuczka szklana z kineskopów, 18 t", "PL", 18000, 720)], domain="waste", transport="road", note="W3: glass from picture tubes; Polish wording")
# W4 spent acids, etchants and pickling liquors declared as chemicals at a waste price
dis("W4-1", "2027-12-10", "export", "GB", "NG", [it("282733", "Ferric chloride solution 40 %, recovered from PCB etching, IBCs, 22 t", "GB", 22000, 220)], domain="waste", note="W4: spent etchant at 0.01 GBP/kg")
dis("W4-2", "2027-12-11", "export", "FR", "CI", [it("280700", "Acide sulfurique dilué issu d'une ligne de décapage, citernes, 20 t", "FR", 20000, 200)], domain="waste", note="W4: spent pickling acid at 0.01 EUR/kg; French wording")
dis("W4-3", "2027-12-12", "export", "ES", "MA", [it("282739", "Cloruro ferroso en solución, subproducto de galvanizado, 24 t", "ES", 24000, 300)], domain="waste", note="W4: galvanizing by-product ferrous chloride at 0.0125 EUR/kg; Spanish wording")
# O1 DIY car air-conditioning recharge cans (HFC-134a / HFO in non-refillable cans)
dis("O1-1", "2027-12-13", "import", "CN", "IT", [it("340399", "Kit ricarica climatizzatore auto con manometro, bombolette 500 g, 800 pz", "CN", 480, 3200, cur="USD", qty=800)], domain="ozone", transport="post", note="O1: car A/C recharge cans to a private person; Italian wording", **PP)
dis("O1-2", "2027-12-14", "import", "CN", "FR", [it("382499", "Recharge clim voiture avec détecteur de fuites, bombe 600 ml, 300 unités", "CN", 210, 1500, cur="USD", qty=300)], domain="ozone", note="O1: car A/C recharge with leak detector; French wording")
dis("O1-3", "2027-12-15", "import", "US", "IE", [it("340290", "Car air conditioner refill with stop leak, 20 oz cans, 24 pcs", "US", 14, 480, cur="USD", qty=24)], domain="ozone", transport="post", note="O1: 24 A/C refill cans to a private person", consignee_name="Mr Sean Murphy")
# O2 refrigerant cylinders at a refrigerant fill under a non-gas code
dis("O2-1", "2027-12-16", "import", "CN", "PL", [it("271019", "Vacuum pump oil, refillable steel cylinders 13.6 kg, 600 cylinders", "CN", 8160, 30000, cur="USD", qty=600)], domain="ozone", note="O2: oil is not sold in 13.6 kg pressure cylinders (R-134a/R-22 fill)")
dis("O2-2", "2027-12-17", "import", "CN", "RO", [it("340290", "Reinigungsmittel für Klimaanlagen, Druckflaschen 10,9 kg, 400 Stück", "CN", 4360, 17000, cur="USD", qty=400)], domain="ozone", transport="road", transit=["TR", "BG"], note="O2: 10.9 kg is the R-404A cylinder fill; German wording")
dis("O2-3", "2027-12-18", "transit", "CN", "DE", [it("381900", "Hydraulikflüssigkeit in Mehrweg-Druckbehältern 9 kg, 1000 Stück", "CN", 9000, 36000, cur="USD", qty=1000)], domain="ozone", transport="rail", transit=["KZ", "RU", "BY", "PL"], note="O2: 9 kg returnable pressure containers are R-32 cylinders; German wording")
# O3 HFC / HCFC solvents and blowing agents by trade or chemical name
dis("O3-1", "2027-12-19", "import", "US", "IT", [it("381400", "Solvente per sgrassaggio di precisione Vertrel MCA, fusti 200 kg, 10 pz", "US", 2000, 60000, cur="USD", qty=10)], domain="ozone", note="O3: Vertrel MCA is HFC-43-10mee with trans-DCE; Italian wording")
dis("O3-2", "2027-12-20", "import", "CN", "NL", [it("290349", "Decafluoropentane cleaning fluid, 20 kg drums, 50 pcs", "CN", 1000, 25000, cur="USD", qty=50)], domain="ozone", note="O3: decafluoropentane is HFC-43-10mee")
dis("O3-3", "2027-12-21", "import", "CN", "DE", [it("382478", "Treibmittel für PU-Schaum Solkane 365/227, Fässer 250 kg, 20 Stück", "CN", 5000, 40000, cur="USD", qty=20)], domain="ozone", note="O3: Solkane 365/227 is HFC-365mfc with HFC-227ea; German wording")
# L1 CITES timber by vernacular or use name (Dalbergia, Madagascar Diospyros, Cedrela)
dis("L1-1", "2027-12-22", "import", "NI", "DE", [it("440729", "Cocobolo Kanteln für Messergriffe und Schreibgeräte, 2 t", "NI", 2000, 24000, cur="USD")], domain="wildlife", note="L1: cocobolo is Dalbergia retusa (II); German wording")
dis("L1-2", "2027-12-23", "import", "MX", "ES", [it("440729", "Granadillo negro, tablas para instrumentos, 3 m3", "MX", 3000, 27000, cur="USD")], domain="wildlife", note="L1: granadillo is Dalbergia granadillo / stevensonii (II); Spanish wording")
dis("L1-3", "2027-12-24", "import", "MG", "FR", [it("440839", "Ébène, billettes pour manches de couteaux, 200 kg", "MG", 200, 9000)], domain="wildlife", transport="air", note="L1: Madagascar ebony (Diospyros, II); French wording")
dis("L1-4", "2027-12-25", "import", "BR", "PT", [it("440799", "Madeira serrada de cedro-rosa, 25 m3", "BR", 12000, 22000, cur="USD")], domain="wildlife", note="L1: cedro-rosa is Cedrela fissilis (II); Portuguese wording")
dis("L1-5", "2027-12-26", "import", "PE", "GB", [it("440799", "Spanish cedar lumber for humidors, 30 m3", "PE", 14000, 25000, cur="USD")], domain="wildlife", note="L1: Spanish cedar is Cedrela odorata (II)")
# L2 fertile bird eggs by post or express to private persons (parrots, raptors)
dis("L2-1", "2027-12-27", "import", "GY", "NL", [it("040719", "Hatching eggs, exotic birds, 24 pcs, with portable incubator", "GY", 2, 300, cur="USD", qty=24)], domain="wildlife", transport="express", note="L2: exotic bird hatching eggs from Guyana to a private person", **PP)
dis("L2-2", "2027-12-28", "import", "AU", "IT", [it("040719", "Uova fertili di uccelli ornamentali, 20 pezzi", "AU", 1, 200, qty=20)], domain="wildlife", transport="post", note="L2: fertile 'ornamental bird' eggs from Australia (cockatoos) by post; Italian wording", consignee_name="Marco Rossi")
# L3 trophies and spotted cat furs as decoration or 'synthetic' fur
dis("L3-1", "2027-12-29", "import", "ZA", "BE", [it("430390", "Tapis en peau tachetée avec tête naturalisée, 1 pièce", "ZA", 15, 3000)], domain="wildlife", transport="air", note="L3: a spotted skin rug with a mounted head is a leopard trophy; French wording", **PP)
dis("L3-2", "2027-12-30", "import", "BO", "NL", [it("430310", "Faux fur coat, leopard print, vintage, 1 pc", "BO", 3, 4000, cur="USD", qty=1)], domain="wildlife", transport="post", note="L3: 'faux' fur at 4,000 USD under the real-fur code is a spotted cat coat", **PP)
dis("L3-3", "2027-12-31", "import", "TZ", "DE", [it("970522", "Wandschmuck: präparierter Raubkatzenkopf, Schultermontage, 1 Stück", "TZ", 10, 2800, qty=1)], domain="wildlife", transport="air", note="L3: a mounted big-cat head (leopard, lion) without permits; German wording", consignee_name="Herr Thomas Müller")
# L4 resin or replica carvings of CITES hard materials at a real piece's price, from anywhere
dis("L4-1", "2027-12-02", "import", "US", "GB", [it("392690", "Replica scrimshaw whale tooth, polyresin, 4 pcs", "US", 1.2, 4800, cur="USD", qty=4)], domain="wildlife", transport="post", note="L4: 'replica' sperm whale teeth at 1,200 USD each", **PP)
dis("L4-2", "2027-12-03", "import", "CA", "FR", [it("392690", "Netsuke imitation ivoire en résine, 10 pièces", "CA", 0.5, 6000, qty=10)], domain="wildlife", transport="post", note="L4: 'imitation ivory' netsuke at 600 EUR each; French wording", **PP)
# L5 bones or parts at a wildlife price by air from Africa to Asian markets
dis("L5-1", "2027-12-04", "import", "ZA", "VN", [it("050690", "Cattle bones, dried, for bone meal, 250 kg", "ZA", 250, 9000, cur="USD")], domain="wildlife", transport="air", note="L5: bones at 36 USD/kg by air to Vietnam are lion or tiger bones")
dis("L5-2", "2027-12-05", "transit", "MZ", "LA", [it("050690", "Os d'animaux séchés pour colle, 400 kg", "MZ", 400, 16000, cur="USD")], domain="wildlife", transport="air", transit=["QA"], note="L5: dried bones at 40 USD/kg to Laos; French wording")

# L6 CITES air plants (Tillandsia xerographica and the other listed Tillandsia) as mixed or unnamed air plants
dis("L6-1", "2027-12-06", "import", "HN", "ES", [it("060290", "Plantas aéreas grandes, roseta plateada, 300 unidades", "HN", 360, 3600, cur="USD", qty=300)], domain="wildlife", transport="air", note="L6: large silver air-plant rosettes are Tillandsia xerographica (II); added after the first run; Spanish wording")
dis("L6-2", "2027-12-07", "import", "GT", "NL", [it("060290", "Tillandsia xerographica XL, 150 pcs", "GT", 150, 2250, cur="USD", qty=150)], domain="wildlife", transport="air", note="L6: Tillandsia xerographica named, without a CITES permit; added after the first run")

# lawful look-alikes, with private-person consignees receiving ordinary goods of these families
ordi("1", "2027-12-01", "import", "DE", "FR", [it("850710", "Batterie moto neuve 12 V 12 Ah, 1 pièce", "DE", 4, 60, qty=1)], transport="post", note="a new motorcycle battery to a private person", **PP)
ordi("2", "2027-12-02", "export", "GB", "IN", [it("780110", "Refined lead ingots 99.97 %, 20 t", "GB", 20000, 40000)], note="refined lead at its price")
ordi("3", "2027-12-03", "import", "US", "DE", [it("370210", "Röntgenfilme, neu, unbelichtet, 100 Blatt, 20 Schachteln", "US", 40, 2400, cur="USD", qty=20)], transport="air", note="new unexposed X-ray film")
ordi("4", "2027-12-04", "export", "DE", "EG", [it("901890", "Dialysatoren, neu, steril, 2000 Stück", "DE", 400, 16000, qty=2000)], note="new sterile dialysers at their price")
ordi("5", "2027-12-05", "export", "NL", "DE", [it("700100", "Glasscherven, wit, gesorteerd, verpakkingsglas, 22 t", "NL", 22000, 1320)], transport="road", note="sorted container-glass cullet within the EU")
ordi("6", "2027-12-06", "export", "DE", "PL", [it("282733", "Eisen(III)-chloridlösung 40 % zur Wasseraufbereitung, IBC, 20 t", "DE", 20000, 5000)], transport="road", note="water-treatment ferric chloride at its price")
ordi("7", "2027-12-07", "import", "CN", "DE", [it("382499", "UV-Lecksuchmittel für Kfz-Klimaanlagen, 1 Flasche 30 ml", "CN", 0.05, 8, cur="USD", qty=1)], transport="post", note="a UV leak-detector dye bottle to a private person", **PP)
ordi("8", "2027-12-08", "import", "CN", "PL", [it("271019", "POE compressor oil, 4 l cans, 200 pcs", "CN", 720, 3000, cur="USD", qty=200)], note="compressor oil in cans")
ordi("9", "2027-12-09", "import", "US", "NL", [it("382499", "Novec 7100 engineering fluid (methoxy-nonafluorobutane, HFE), 15 kg drums, 10", "US", 150, 9000, cur="USD", qty=10)], transport="air", note="an HFE cleaning fluid, not a controlled HFC")
ordi("10", "2027-12-10", "import", "NL", "BE", [it("310100", "Organische tuinmest, gedroogde koemest, zak 1 kg", "NL", 1, 6, qty=1)], transport="post", note="a 1 kg garden fertiliser bag to a private person", consignee_name="Jan Peeters")
ordi("11", "2027-12-11", "import", "CM", "FR", [it("440839", "Ébène du Cameroun, touches de guitare, 300 pièces", "CM", 90, 3000, qty=300)], transport="air", note="Cameroon ebony (Diospyros crassiflora, not CITES) fingerboards")
ordi("12", "2027-12-12", "import", "CA", "GB", [it("440711", "Western red cedar (Thuja plicata), sawn, 40 m3", "CA", 15000, 24000, cur="USD")], note="western red cedar is not Cedrela")
ordi("13", "2027-12-13", "import", "NL", "PL", [it("040711", "Hatching eggs, broiler parent stock, 30000 pcs", "NL", 1900, 12000, qty=30000)], transport="road", note="chicken hatching eggs")
ordi("14", "2027-12-14", "import", "CN", "DE", [it("843621", "Brutmaschine für 24 Eier, 1 Stück", "CN", 3, 45, cur="USD", qty=1)], transport="post", note="an egg incubator to a private person", **PP)
ordi("15", "2027-12-15", "import", "CN", "FR", [it("630790", "Plaid en fausse fourrure, imprimé léopard, 1 pièce", "CN", 1.5, 35, cur="USD", qty=1)], transport="post", note="a leopard-print faux fur throw to a private person", consignee_name="Mme Sophie Bernard")
ordi("16", "2027-12-16", "import", "AR", "DE", [it("430390", "Kuhfellteppich, 1 Stück", "AR", 6, 250, qty=1)], transport="post", note="a cowhide rug to a private person", **PP)
ordi("17", "2027-12-17", "import", "US", "GB", [it("392690", "Resin whale figurine, souvenir, 2 pcs", "US", 0.4, 30, cur="USD", qty=2)], transport="post", note="a resin souvenir to a private person", **PP)
ordi("18", "2027-12-18", "export", "BR", "NL", [it("050690", "Bovine bones, crushed, for gelatine, 24 t", "BR", 24000, 7200, cur="USD")], note="bones for gelatine in bulk at their price")
ordi("19", "2027-12-19", "import", "BR", "DE", [it("950300", "Bausteine-Set, Kunststoff, 1 Stück", "BR", 0.6, 40, qty=1)], transport="post", note="a building-block set from Brazil to a private person", **PP)
ordi("20", "2027-12-20", "import", "BR", "FR", [it("950300", "Maquette d'avion en plastique à monter, 2 pièces", "BR", 1.2, 50, qty=2)], transport="post", note="model kits from Brazil to a private person", consignee_name="M. Pierre Lefebvre")
ordi("21", "2027-12-21", "import", "JP", "DE", [it("711719", "Modeschmuck, Halskette, Imitation, 1 Stück", "JP", 0.05, 40, qty=1)], transport="post", note="imitation jewellery from Japan to a private person", **PP)
ordi("22", "2027-12-22", "import", "GT", "DE", [it("060290", "Tillandsia ionantha, nursery propagated, 100 pcs", "GT", 5, 120, cur="USD", qty=100)], transport="air", note="a non-CITES air plant from a nursery")
ordi("23", "2027-12-23", "import", "US", "FR", [it("490199", "Livre : Les baleines et la chasse au cachalot, 1 exemplaire", "US", 0.8, 30, cur="USD", qty=1)], transport="post", note="a book about whales to a private person", **PP)
ordi("24", "2027-12-24", "import", "KE", "GB", [it("442090", "Carved wooden mask, souvenir, 1 pc", "KE", 1, 40, cur="USD", qty=1)], transport="post", note="a wooden souvenir to a private person", consignee_name="Mrs Emma Wilson")
ordi("25", "2027-12-25", "import", "CN", "IT", [it("851712", "Smartphone usato, ricondizionato, 1 pz", "CN", 0.3, 120, cur="USD", qty=1)], transport="post", note="a second-hand phone to a private person", **PP)
ordi("26", "2027-12-26", "export", "BE", "DE", [it("780200", "Loodschroot, zacht, kabelmantels, 15 t", "BE", 15000, 22500)], transport="road", note="soft lead cable-sheathing scrap within the EU at its price")

# permitted shipments with their documents
perm("1", "2027-12-01", "export", "FR", "BE", [it("780200", "Batteries plomb-acide usagées égouttées, 20 t", "FR", 20000, 8000, docs=[("BASEL_CONSENT", "FR-BE-2027-1301")])], transport="road", domain="waste", note="drained used batteries to a Belgian smelter with the consent")
perm("2", "2027-12-02", "import", "NI", "DE", [it("440729", "Cocobolo (Dalbergia retusa), Kanteln, 1 t", "NI", 1000, 12000, cur="USD", docs=[("CITES_PERMIT", "NI-2027-0913")])], domain="wildlife", note="cocobolo with its CITES permit")
perm("3", "2027-12-03", "import", "US", "FR", [it("381400", "Vertrel XF (HFC-43-10mee), fûts 250 kg, 8", "US", 2000, 60000, cur="USD", qty=8, docs=[("FGAS_QUOTA", "FR-FG-2027-0044")])], domain="ozone", note="an HFC solvent under quota")
perm("4", "2027-12-04", "import", "ZA", "DE", [it("970522", "Leopard trophy, skin with mounted head, 1 pc", "ZA", 14, 3000, qty=1, docs=[("CITES_PERMIT", "ZA-2027-LEO-013")])], transport="air", domain="wildlife", note="a leopard trophy with its export permit (quota)", **PP)
perm("5", "2027-12-05", "export", "DE", "BE", [it("370290", "Gebrauchte Röntgenfilme zur Silberrückgewinnung, 8 t", "DE", 8000, 1600, docs=[("BASEL_CONSENT", "DE-BE-2027-0713")])], transport="road", domain="waste", note="used X-ray film to a Belgian refiner with the consent")

ordi("27", "2027-12-26", "import", "GT", "DE", [it("060290", "Air plants assortment, small, nursery grown, 500 pcs", "GT", 15, 500, cur="USD", qty=500)], transport="air", note="small non-CITES air plants at their price; added after the first run")
ordi("28", "2027-12-27", "import", "NL", "DE", [it("060290", "Tillandsia-Set, 3 Luftpflanzen mit Halter", "NL", 0.3, 15, qty=1)], transport="post", note="an air-plant gift set to a private person; added after the first run", **PP)
perm("6", "2027-12-06", "import", "GT", "NL", [it("060290", "Tillandsia xerographica, artificially propagated, 200 pcs", "GT", 200, 3000, cur="USD", qty=200, docs=[("CITES_PERMIT", "GT-2027-TX-0913")])], transport="air", domain="wildlife", note="propagated xerographica with its CITES export permit; added after the first run")
probes.write(HERE, "dev13-b")
