#!/usr/bin/env python3
"""Writes the round-fourteen development probes for waste (Basel), ozone-depleting substances
and HFCs, and wildlife (CITES) (dev14-c-{disguised,ordinary,permitted}.ndjson). Every row is
written out by hand, worded differently from blind11's and blind12's rows and mostly in
languages of the trade routes; the note says which modus operandi family it belongs to and
what betrays it. The ordinary rows include lawful private-person consignees receiving
ordinary goods of these families, so that the false-positive side is measured. Written and
committed before the round-fourteen rules were run on it (docs/profile-packs.md, "Round
fourteen: waste (Basel), ozone-depleting substances and HFCs, wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D14C", "914")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

PP = dict(consignee_name="Private person")

# W1 used, soaked or spent industrial consumables and process residues under the product's
# code at a waste price, to a non-OECD country (Y8/Y9/Y18, A3020, A4060)
dis("W1-1", "2028-02-01", "export", "DE", "GH", [it("560121", "Putzlappen gebraucht, ölgetränkt, gepresst, 18 t", "DE", 18000, 360)], domain="waste", note="W1: used oil-soaked wipers at 0.02 EUR/kg; German wording")
dis("W1-2", "2028-02-02", "export", "FR", "SN", [it("382490", "Absorbants industriels usagés, imprégnés d'hydrocarbures, big bags, 15 t", "FR", 15000, 300)], domain="waste", note="W1: spent oil absorbents at 0.02 EUR/kg; French wording")
dis("W1-3", "2028-02-03", "export", "NL", "NG", [it("842139", "Spent oil filter cartridges, crushed, 20 t", "NL", 20000, 600)], domain="waste", note="W1: used oil filters (Y8) at 0.03 EUR/kg")
dis("W1-4", "2028-02-04", "export", "IT", "GE", [it("401699", "Nastri trasportatori usurati in gomma, tagliati, 30 t", "IT", 30000, 600)], domain="waste", transport="road", note="W1: worn rubber belts cut up at 0.02 EUR/kg; Italian wording")
# W2 spent pickling, etching or plating liquors as chemicals (free acid, dissolved metals,
# by-product) at a waste price (Y34/Y17, A4090)
dis("W2-1", "2028-02-05", "export", "DE", "EG", [it("282739", "Eisen(II)-chlorid-Lösung mit Restsäure und Zink, Tankwagen, 24 t", "DE", 24000, 240)], domain="waste", note="W2: ferrous chloride with residual acid and zinc at 0.01 EUR/kg; German wording")
dis("W2-2", "2028-02-06", "export", "GB", "PK", [it("283329", "Iron sulphate liquor, acidic, from steel pickling, 22 t", "GB", 22000, 220)], domain="waste", note="W2: acidic pickling liquor at 0.01 GBP/kg")
dis("W2-3", "2028-02-07", "export", "PL", "UA", [it("282741", "Roztwór chlorku miedzi, pozostałość z trawienia płytek, 20 t", "PL", 20000, 300)], domain="waste", transport="road", note="W2: spent etchant from PCB etching at 0.015 EUR/kg; Polish wording")
# W3 used devices holding radioactive sources or mercury as goods for resale (A1180, A1030)
dis("W3-1", "2028-02-08", "export", "FR", "CI", [it("853110", "Détecteurs de fumée ioniques d'occasion, 15 000 pièces", "FR", 2500, 1500, qty=15000)], domain="waste", note="W3: used ionisation smoke detectors (Am-241) at 0.10 EUR; French wording")
dis("W3-2", "2028-02-09", "export", "DE", "NG", [it("853110", "Gebrauchte Ionisationsrauchmelder, lose, 12000 Stück", "DE", 2000, 1200, qty=12000)], domain="waste", note="W3: used ionisation smoke alarms; German wording")
dis("W3-3", "2028-02-10", "export", "GB", "GH", [it("853110", "Used ionization smoke alarms, ex-housing stock, 8,000 pcs", "GB", 1400, 800, cur="GBP", qty=8000)], domain="waste", note="W3: used ionization alarms at 0.10 GBP each")
# W4 waste toner and ink residues as pigment (A4070)
dis("W4-1", "2028-02-11", "export", "NL", "CN", [it("320649", "Recovered toner powder from cartridge recycling, mixed colours, 18 t", "NL", 18000, 1800)], domain="waste", note="W4: waste toner as pigment; China takes no solid waste")
dis("W4-2", "2028-02-12", "export", "FR", "IN", [it("280300", "Noir de carbone récupéré, poudre d'encre en mélange, 20 t", "FR", 20000, 2000)], domain="waste", note="W4: recovered carbon black, mixed ink powder; French wording")
dis("W4-3", "2028-02-13", "export", "ES", "MA", [it("321590", "Polvo de tóner usado, colores mezclados, 12 t", "ES", 12000, 600)], domain="waste", note="W4: used toner powder, mixed colours; Spanish wording")
# O1 airsoft and hobby propellant named for an HCFC or HFC ('red gas' HCFC-22, 'black gas')
dis("O1-1", "2028-02-14", "import", "TW", "FR", [it("360690", "Gaz airsoft 'Red Gas', bouteilles 1000 ml, 3 000 pièces", "TW", 3300, 15000, cur="USD", qty=3000)], domain="ozone", note="O1: red gas is HCFC-22; French wording")
dis("O1-2", "2028-02-15", "import", "HK", "DE", [it("381300", "Black Gas für Softair, 800 ml, 2400 Stück", "HK", 2400, 12000, cur="USD", qty=2400)], domain="ozone", note="O1: black gas is an HCFC-22/HFC blend; German wording")
dis("O1-3", "2028-02-16", "import", "CN", "GB", [it("271129", "Airsoft propellant gas, high power red, 1L cans, 48 pcs", "CN", 50, 300, cur="USD", qty=48)], domain="ozone", transport="post", note="O1: 'high power red' airsoft gas to a private person", consignee_name="Mr Tom Hughes")
# O2 equipment or foam relying on HCFCs placed on the EU market (Reg. 2024/590 Art. 6)
dis("O2-1", "2028-02-17", "import", "CN", "FR", [it("841582", "Climatiseurs monoblocs reconditionnés, fluide R22, 150 unités", "CN", 6000, 30000, cur="USD", qty=150)], domain="ozone", note="O2: R22 air conditioners; French wording")
dis("O2-2", "2028-02-18", "import", "TR", "BG", [it("841850", "Kühlvitrinen gebraucht, Kältemittel R-22, 40 Stück", "TR", 8000, 12000, qty=40)], domain="ozone", transport="road", note="O2: used display cabinets with R-22; German wording")
dis("O2-3", "2028-02-19", "import", "CN", "ES", [it("940690", "Paneles sándwich de poliuretano espumado con HCFC-141b, 600 m2", "CN", 9000, 18000, cur="USD")], domain="ozone", note="O2: PU panels blown with HCFC-141b; Spanish wording")
# O3 HFC technical aerosols (GWP >= 150) to members of the public (F-gas Annex IV)
dis("O3-1", "2028-02-20", "import", "US", "DE", [it("842489", "Druckluftspray, Tetrafluorethan (HFC-134a), 400 ml, 24 Dosen", "US", 10, 120, cur="USD", qty=24)], domain="ozone", transport="post", note="O3: HFC-134a air duster to a private person; German wording", consignee_name="Privatperson Jonas Weber")
dis("O3-2", "2028-02-21", "import", "US", "FR", [it("340399", "Bombe anti-crevaison, gaz propulseur HFC-134a, 300 ml, 10 pièces", "US", 4, 80, cur="USD", qty=10)], domain="ozone", transport="express", note="O3: tyre sealant with HFC-134a to a private person; French wording", consignee_name="M. Julien Moreau")
dis("O3-3", "2028-02-22", "import", "CN", "IT", [it("920890", "Tromba da stadio a gas, 1,1,1,2-tetrafluoroetano, 30 pz", "CN", 9, 60, cur="USD", qty=30)], domain="ozone", transport="post", note="O3: HFC-134a air horns to a private person; Italian wording", **PP)
# O4 a refrigerant's UN number under a code that is not a refrigerant's
dis("O4-1", "2028-02-23", "import", "CN", "PL", [it("280469", "Gaz techniczny w butlach, UN 1078, 500 szt.", "CN", 6800, 20000, cur="USD", qty=500)], domain="ozone", note="O4: UN 1078 is refrigerant gas n.o.s.; Polish wording")
dis("O4-2", "2028-02-24", "import", "CN", "BE", [it("271113", "Butane gas, ISO tank, UN 3163, 16 t", "CN", 16000, 64000, cur="USD", qty=1)], domain="ozone", note="O4: butane is UN 1011; UN 3163 is liquefied gas n.o.s. (HFC blends) at an HFC price")
dis("O4-3", "2028-02-25", "import", "IN", "IT", [it("381400", "Miscela refrigerante UN 3337, bombole 10,9 kg, 300 pz", "IN", 3270, 12000, cur="USD", qty=300)], domain="ozone", note="O4: UN 3337 is R-404A as a solvent mixture; Italian wording")
# O5 'empty' cylinders that weigh a refrigerant fill at a disposable cylinder's price
dis("O5-1", "2028-02-26", "transit", "TR", "UA", [it("731100", "Boş gaz tüpleri, 600 adet", "TR", 8160, 3000, cur="USD", qty=600)], domain="ozone", transport="road", note="O5: empty cylinders at 13.6 kg each and 5 USD; Turkish wording")
dis("O5-2", "2028-02-27", "import", "CN", "GE", [it("731100", "Empty steel containers for compressed gas, non-refillable, 1000 pcs", "CN", 11300, 6000, cur="USD", qty=1000)], domain="ozone", note="O5: 11.3 kg per 'empty' disposable cylinder")
# L1 ivory seals (hanko, inkan, 印章) declared as bone, resin or stone at a price no copy has
dis("L1-1", "2028-03-01", "import", "JP", "FR", [it("961100", "Inkan, sceaux en os, blancs, 15 mm, 8 pièces", "JP", 0.5, 2400, cur="USD", qty=8)], domain="wildlife", transport="post", note="L1: white inkan at 300 USD each are ivory; French wording", consignee_name="M. Kenji Dubois")
dis("L1-2", "2028-03-02", "import", "HK", "DE", [it("961100", "象牙色印章 牛骨 12支", "HK", 0.8, 4800, cur="USD", qty=12)], domain="wildlife", transport="express", note="L1: 'ivory-coloured' seals at 400 USD each; Chinese wording")
dis("L1-3", "2028-03-03", "import", "JP", "US", [it("961100", "Hanko stamp, white resin, 18 mm, 5 pcs", "JP", 0.3, 1500, cur="USD", qty=5)], domain="wildlife", transport="post", note="L1: resin hanko at 300 USD each", **PP)
# L2 CITES-listed fish and shellfish under vernacular food names
dis("L2-1", "2028-03-04", "import", "MY", "HK", [it("030289", "Ikan Napoleon segar, 150 kg", "MY", 150, 20000, cur="USD")], domain="wildlife", transport="air", note="L2: Napoleon (humphead) wrasse, CITES II; Malay wording")
dis("L2-2", "2028-03-05", "import", "PE", "ES", [it("030489", "Paiche, filetes congelados, 3 t", "PE", 3000, 30000, cur="USD")], domain="wildlife", note="L2: paiche is Arapaima gigas, CITES II; Spanish wording")
dis("L2-3", "2028-03-06", "import", "HT", "FR", [it("030791", "Chair de lambi congelée, 800 kg", "HT", 800, 9600, cur="USD")], domain="wildlife", transport="air", note="L2: lambi is queen conch (Aliger gigas, CITES II; Haiti under a trade suspension); French wording")
dis("L2-4", "2028-03-07", "import", "ID", "CN", [it("030389", "蘇眉魚 冷凍 300公斤", "ID", 300, 36000, cur="USD")], domain="wildlife", transport="air", note="L2: traditional characters for the humphead wrasse")
# L3 wild-collected CITES succulents sold as ornamental plants
dis("L3-1", "2028-03-08", "import", "MX", "DE", [it("060290", "Ariocarpus retusus, Feldpflanzen, wurzelnackt, 300 Stück", "MX", 120, 2400, cur="USD", qty=300)], domain="wildlife", transport="air", note="L3: field-collected Ariocarpus (CITES I); German wording")
dis("L3-2", "2028-03-09", "import", "MG", "FR", [it("060290", "Pachypodium à gros caudex, plantes de collection, 40 pièces", "MG", 200, 4000, cur="USD", qty=40)], domain="wildlife", transport="air", note="L3: large caudex Pachypodium from Madagascar (CITES II); French wording")
dis("L3-3", "2028-03-10", "import", "CL", "ES", [it("060290", "Cactus de colección Copiapoa, ejemplares adultos, raíz desnuda, 200 uds", "CL", 150, 2000, cur="USD", qty=200)], domain="wildlife", transport="air", note="L3: adult bare-root Copiapoa; Spanish wording")
# L4 teeth, tusks or horn carvings declared as resin or bone at a price no copy has
dis("L4-1", "2028-03-11", "import", "GB", "CN", [it("392640", "Carved teeth, resin, whaling scenes, 4 pcs", "GB", 1.5, 16000, cur="GBP", qty=4)], domain="wildlife", transport="air", note="L4: 4,000 GBP a 'resin' tooth is sperm whale ivory")
dis("L4-2", "2028-03-12", "export", "DE", "HK", [it("960190", "Geschnitzte Zähne aus Knochen, 5 Stück", "DE", 1, 12500, qty=5)], domain="wildlife", transport="air", note="L4: 2,500 EUR a 'bone' tooth; German wording")
dis("L4-3", "2028-03-13", "import", "US", "VN", [it("392640", "Dientes grabados de resina, estilo marinero, 3 piezas", "US", 1, 9000, cur="USD", qty=3)], domain="wildlife", transport="express", note="L4: 3,000 USD a resin tooth; Spanish wording")
# L5 reptile leather under local names (monitor, python, crocodile)
dis("L5-1", "2028-03-14", "import", "ID", "IT", [it("420229", "Dompet kulit ular sanca, 100 pcs", "ID", 20, 1500, cur="USD", qty=100)], domain="wildlife", transport="post", note="L5: kulit ular sanca is python skin (CITES II); Indonesian wording")
dis("L5-2", "2028-03-15", "import", "VN", "FR", [it("420221", "Túi xách da cá sấu, 30 cái", "VN", 30, 6000, cur="USD", qty=30)], domain="wildlife", transport="air", note="L5: da cá sấu is crocodile skin (CITES I/II); Vietnamese wording")
dis("L5-3", "2028-03-16", "import", "TH", "DE", [it("420330", "เข็มขัดหนังตะกวด 50 เส้น", "TH", 10, 1200, cur="USD", qty=50)], domain="wildlife", transport="post", note="L5: หนังตะกวด is monitor-lizard leather (CITES II); Thai wording")
# L6 shahtoosh as pashmina: the 'ring shawl' at its price
dis("L6-1", "2028-03-17", "import", "IN", "GB", [it("621420", "Ring shawls, ultra-fine pashmina, 10 pcs", "IN", 1.5, 5000, cur="USD", qty=10)], domain="wildlife", transport="air", note="L6: a 'ring shawl' at 500 USD is shahtoosh")
dis("L6-2", "2028-03-18", "import", "NP", "FR", [it("621420", "Châles en pashmina extra-fins, passent dans une bague, 15 pièces", "NP", 2, 6000, cur="USD", qty=15)], domain="wildlife", transport="post", note="L6: passes through a finger ring, 400 USD each; French wording")

# ordinary look-alikes, with private persons
ordi("1", "2028-02-01", "export", "DE", "GH", [it("560121", "Putzlappen aus Baumwolltrikot, neu, gewaschen, 10 t", "DE", 10000, 12000)], note="new cotton wiping rags at their price")
ordi("2", "2028-02-02", "export", "FR", "SN", [it("282739", "Chlorure ferrique 40 %, traitement de l'eau, IBC, 20 t", "FR", 20000, 6000)], note="water-treatment ferric chloride at 0.30 EUR/kg")
ordi("3", "2028-02-03", "import", "CN", "DE", [it("853110", "Rauchmelder, fotoelektrisch, neu, 10 Stück", "CN", 2, 80, cur="USD", qty=10)], transport="post", note="new photoelectric smoke alarms to a private person", **PP)
ordi("4", "2028-02-04", "import", "CN", "FR", [it("844399", "Cartouche de toner compatible, noir, 2 pièces", "CN", 1.5, 40, cur="USD", qty=2)], transport="post", note="two toner cartridges to a private person", consignee_name="Mme Claire Martin")
ordi("5", "2028-02-05", "export", "DE", "IN", [it("280300", "Carbon black N330, rubber grade, 25 t", "DE", 25000, 30000)], note="a carbon-black grade at its price")
ordi("6", "2028-02-06", "import", "TW", "GB", [it("360690", "Airsoft green gas, propane with silicone, 1L, 2 cans", "TW", 1.2, 20, cur="USD", qty=2)], transport="post", note="two cans of propane 'green gas' to a private person", **PP)
ordi("7", "2028-02-07", "import", "CN", "IT", [it("841810", "Frigorifero combinato, gas R600a, 1 pz", "CN", 60, 300, cur="USD", qty=1)], transport="express", note="an R600a fridge to a private person", consignee_name="Sig. Marco Rossi")
ordi("8", "2028-02-08", "import", "US", "DE", [it("842489", "Druckluftspray, HFO-1234ze, 400 ml, 2 Dosen", "US", 1, 20, cur="USD", qty=2)], transport="post", note="two HFO air dusters to a private person", **PP)
ordi("9", "2028-02-09", "import", "CN", "PL", [it("731100", "Butle stalowe puste do tlenu, wielokrotnego napełniania 50 l, 40 szt.", "CN", 2400, 6000, cur="USD", qty=40)], transport="road", note="empty refillable 50 l oxygen cylinders (60 kg, 150 USD each)")
ordi("10", "2028-02-10", "import", "CN", "BE", [it("271112", "Propane, ISO tank, UN 1978, 18 t", "CN", 18000, 12600, cur="USD", qty=1)], note="propane with its own UN number at its price")
ordi("11", "2028-02-11", "import", "JP", "DE", [it("961100", "Hanko-Stempel aus Holz, 2 Stück", "JP", 0.1, 30, cur="USD", qty=2)], transport="post", note="two wooden name seals to a private person", consignee_name="Herr Lukas Schmidt")
ordi("12", "2028-02-12", "import", "CN", "FR", [it("961100", "Sceaux chinois en pierre, gravés, 5 pièces", "CN", 1, 50, cur="USD", qty=5)], transport="post", note="carved stone seals to a private person", **PP)
ordi("13", "2028-02-13", "import", "VN", "FR", [it("030462", "Filets de pangasius congelés, 20 t", "VN", 20000, 44000, cur="USD")], note="pangasius fillets")
ordi("14", "2028-02-14", "import", "NO", "PT", [it("030559", "Bacalhau seco salgado (Gadus morhua), 10 t", "NO", 10000, 80000)], note="real cod")
ordi("15", "2028-02-15", "import", "NL", "DE", [it("060290", "Kakteen-Mix, Sämlinge aus Gärtnerei, 5,5 cm Topf, 500 Stück", "NL", 100, 600, qty=500)], transport="road", note="nursery cactus seedlings from the Netherlands")
ordi("16", "2028-02-16", "import", "NL", "FR", [it("060290", "Plante grasse en pot, 1 pièce", "NL", 1, 12, qty=1)], transport="post", note="one potted succulent to a private person", **PP)
ordi("17", "2028-02-17", "import", "US", "GB", [it("392640", "Resin shark tooth replica, souvenir, 2 pcs", "US", 0.1, 16, cur="USD", qty=2)], transport="post", note="resin souvenirs to a private person", **PP)
ordi("18", "2028-02-18", "import", "IT", "DE", [it("420330", "Gürtel aus Rindsleder, Krokoprägung, 20 Stück", "IT", 6, 400, qty=20)], transport="road", note="croc-embossed cowhide belts")
ordi("19", "2028-02-19", "import", "IN", "GB", [it("621420", "Pashmina shawls, cashmere blend, 100 pcs", "IN", 20, 3000, cur="USD", qty=100)], transport="air", note="pashmina shawls at 30 USD")
ordi("20", "2028-02-20", "import", "US", "BE", [it("010620", "Captive-bred leopard geckos (Eublepharis macularius), 60 pcs", "US", 3, 2400, cur="USD", qty=60)], transport="air", note="a non-CITES captive-bred pet reptile")
ordi("21", "2028-02-21", "import", "DE", "NL", [it("010620", "Kornnattern (Pantherophis guttatus), Nachzuchten, 30 Stück", "DE", 2, 1500, qty=30)], transport="road", note="captive-bred corn snakes, not CITES")
ordi("22", "2028-02-22", "export", "AT", "RS", [it("391530", "PVC-Mahlgut aus Fensterprofilen, sortenrein, sauber, 20 t", "AT", 20000, 7000)], transport="road", note="clean single-polymer PVC regrind at its price (a consent is due: a document check at most)")
ordi("23", "2028-02-23", "import", "CN", "DE", [it("851712", "Gebrauchtes Smartphone, 1 Stück", "CN", 0.3, 120, cur="USD", qty=1)], transport="post", note="a second-hand phone to a private person", **PP)
ordi("24", "2028-02-24", "import", "US", "FR", [it("490199", "Livre : Les reptiles du monde, 1 exemplaire", "US", 1, 35, cur="USD", qty=1)], transport="post", note="a book to a private person", consignee_name="M. Paul Girard")
ordi("25", "2028-02-25", "import", "ES", "FR", [it("330430", "Dissolvant vernis à ongles, flacon 125 ml", "ES", 0.15, 4, qty=1)], transport="post", note="a nail-polish remover bottle to a private person", **PP)
ordi("26", "2028-02-26", "import", "NL", "BE", [it("310100", "Tuinmest, zak 1 kg", "NL", 1, 5, qty=1)], transport="post", note="a 1 kg garden fertiliser bag to a private person", consignee_name="Jan Janssens")
ordi("27", "2028-02-27", "export", "DE", "TR", [it("401290", "Gebrauchte Förderbänder, wiederverwendbar, ganze Rollen, 20 t", "DE", 20000, 16000)], note="reusable used conveyor belts at 0.80 EUR/kg to an OECD member")
ordi("28", "2028-02-28", "import", "CN", "DE", [it("841861", "Wärmepumpe für Warmwasser, Kältemittel R290, 20 Stück", "CN", 1600, 16000, cur="USD", qty=20)], note="R290 heat pumps")

# permitted shipments with their documents
perm("1", "2028-02-01", "export", "DE", "NL", [it("382490", "Gebrauchte ölgetränkte Aufsaugmittel, 15 t", "DE", 15000, 300, docs=[("BASEL_CONSENT", "DE-NL-2028-0141")])], transport="road", domain="waste", note="used oily absorbents to a Dutch incinerator with the consent")
perm("2", "2028-02-02", "import", "PE", "ES", [it("030489", "Paiche (Arapaima gigas), filetes congelados, de manejo, 2 t", "PE", 2000, 20000, cur="USD", docs=[("CITES_PERMIT", "PE-2028-0214")])], domain="wildlife", note="managed paiche with its CITES permit")
# PRM-3 replaced after the first run: the first row (R-22 air conditioners imported with an ODS
# licence) is not lawful, since Regulation (EU) 2024/590 forbids importing equipment relying on
# HCFCs and a licence does not cover it; OZN-HCFC-005 was right to send it to examination.
perm("3", "2028-02-03", "import", "NO", "DE", [it("290371", "Recovered R-22 (chlorodifluoromethane) for destruction, returnable cylinders, 40 pcs", "NO", 1000, 400, qty=40, docs=[("ODS_LICENCE", "DE-ODS-2028-007")])], domain="ozone", note="recovered R-22 imported for destruction under an ODS licence")
perm("4", "2028-02-04", "import", "MX", "DE", [it("060290", "Ariocarpus retusus, künstlich vermehrt, 200 Stück", "MX", 20, 800, cur="USD", qty=200, docs=[("CITES_PERMIT", "MX-2028-0301")])], transport="air", domain="wildlife", note="propagated Ariocarpus with the CITES permit")
perm("5", "2028-02-05", "export", "FR", "BE", [it("853110", "Détecteurs de fumée ioniques usagés pour traitement, 3 000 pièces", "FR", 500, 150, qty=3000, docs=[("BASEL_CONSENT", "FR-BE-2028-0117")])], transport="road", domain="waste", note="used ionisation detectors to a Belgian treatment plant with the consent")
probes.write(HERE, "dev14-c")
