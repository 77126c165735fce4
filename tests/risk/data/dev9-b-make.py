#!/usr/bin/env python3
"""Writes the round-nine development probes for waste (Basel), ozone and wildlife
(dev9-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand; the note
says which modus operandi family it belongs to and what betrays it. Written before the
round-nine rules were run on it (docs/profile-packs.md, "Round nine: waste (Basel), ozone
(ODS and HFCs), wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D9B", "902")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# W1 contaminated excavated soil, demolition rubble, tar asphalt or dredged sediment as fill or road material
dis("W1-1", "2027-08-02", "export", "DE", "GH", [it("251749", "Bodenaushub, Altstandort Chemiewerk, als Verfüllmaterial, lose", "DE", 25000, 250)], note="excavated soil from a former chemical site as backfill at 0.01 EUR/kg; German wording", domain="waste")
dis("W1-2", "2027-08-03", "export", "BE", "SN", [it("251741", "Fraisats d'enrobés goudronneux pour sous-couche routière, vrac", "BE", 27000, 540)], note="tar-containing reclaimed asphalt as road sub-base; French wording", domain="waste")
dis("W1-3", "2027-08-04", "export", "IT", "AL", [it("250590", "Sabbia di dragaggio portuale per riempimenti, rinfusa", "IT", 30000, 300)], note="harbour dredging sediment as fill sand; Italian wording", domain="waste")
dis("W1-4", "2027-08-05", "export", "GB", "NG", [it("681099", "Crushed construction rubble, mixed, for land reclamation", "GB", 26000, 260)], note="mixed demolition rubble for land reclamation at a waste price", domain="waste")
ordi("W1-1", "2027-08-02", "export", "DE", "NO", [it("251741", "Granit-Edelsplitt 8/11, gewaschen", "DE", 28000, 1400)], note="washed granite chippings at an aggregate price")
ordi("W1-2", "2027-08-03", "export", "NL", "GB", [it("271500", "Bitumenemulsie C60B3, IBC 1000 l", "NL", 20000, 12000)], note="bitumen emulsion")
ordi("W1-3", "2027-08-04", "export", "FR", "MA", [it("250510", "Sable siliceux lavé 0/4 pour béton, big bags", "FR", 24000, 1900)], note="washed concrete sand")
perm("W1-1", "2027-08-05", "export", "NL", "NO", [it("271500", "Teerhoudend asfaltgranulaat voor thermische reiniging, vrac", "NL", 28000, 280, docs=[("BASEL_CONSENT", "NL-2027-0311")])], note="tar asphalt to a thermal cleaning plant with the notification", domain="waste")

# W2 waste-derived fuels (RDF/SRF, shredder light fraction, solvent-rich liquids) declared as a fuel
dis("W2-1", "2027-08-06", "export", "GB", "TR", [it("382590", "Refuse derived fuel, baled and wrapped, calorific value 14 MJ/kg", "GB", 24000, 0)], note="RDF at no value to Turkey", domain="waste")
dis("W2-2", "2027-08-07", "export", "IT", "TN", [it("270119", "Combustibile solido secondario (CSS), pellet, sfuso", "IT", 22000, 220)], note="SRF under a coal code at 0.01 EUR/kg; Italian wording", domain="waste")
dis("W2-3", "2027-08-08", "export", "DE", "EG", [it("271019", "Ersatzbrennstoff flüssig, Lösemittelgemisch, IBC", "DE", 18000, 360)], note="spent solvent blend as liquid substitute fuel; German wording", domain="waste")
ordi("W2-1", "2027-08-06", "export", "LV", "GB", [it("440131", "Wood pellets ENplus A1, 15 kg bags", "LV", 24000, 6200)], note="wood pellets")
ordi("W2-2", "2027-08-07", "export", "NL", "MA", [it("271320", "Petroleum coke, fuel grade, bulk", "NL", 30000, 4200, "USD")], note="fuel-grade petcoke")
perm("W2-1", "2027-08-08", "export", "GB", "NL", [it("382590", "Refuse derived fuel, baled, for energy recovery", "GB", 24000, 0, docs=[("BASEL_CONSENT", "GB-2027-1044")])], note="RDF to an EU incinerator with the notification", domain="waste")

# W3 spent catalysts and adsorbents as used media "for re-use"
dis("W3-1", "2027-08-09", "export", "FR", "EG", [it("380210", "Charbon actif usagé, filtres de traitement de gaz, pour réutilisation", "FR", 12000, 600)], note="spent activated carbon from gas treatment; French wording", domain="waste")
dis("W3-2", "2027-08-10", "export", "NL", "IN", [it("381519", "Used reformer catalyst, platinum on alumina, ex unit shutdown", "NL", 8000, 4000)], note="spent reforming catalyst as a used catalyst", domain="waste")
dis("W3-3", "2027-08-11", "export", "ES", "MA", [it("284290", "Tamiz molecular usado de planta de gas, big bags, para reutilización", "ES", 10000, 500)], note="used molecular sieve from a gas plant (mercury, hydrocarbons); Spanish wording", domain="waste")
ordi("W3-1", "2027-08-09", "export", "DE", "IN", [it("381519", "Hydrotreating catalyst, NiMo on alumina, new, sealed drums", "DE", 8000, 96000)], note="fresh catalyst")
ordi("W3-2", "2027-08-10", "import", "CN", "FR", [it("380210", "Activated carbon, coconut shell, 25 kg bags", "CN", 20000, 30000, "USD")], note="virgin activated carbon")
perm("W3-1", "2027-08-11", "export", "IT", "BE", [it("381519", "Spent hydrotreating catalyst, Co/Mo on alumina, for metal recovery", "IT", 20000, 2000, docs=[("BASEL_CONSENT", "IT-2027-0522")])], note="spent catalyst to a metal reclaimer with the notification", domain="waste")

# W4 damaged e-mobility devices and batteries at a price per piece no working device has
dis("W4-1", "2027-08-12", "export", "BE", "NG", [it("871160", "Trottinettes électriques, lot retour SAV, 600 pièces", "BE", 9000, 1800, qty=600)], note="600 returned e-scooters at 3 EUR each; French wording", domain="waste")
dis("W4-2", "2027-08-13", "export", "DE", "GH", [it("871200", "E-Bikes gebraucht, unsortiert, 300 Stück", "DE", 7500, 3000, qty=300)], note="300 unsorted e-bikes at 10 EUR each", domain="waste")
dis("W4-3", "2027-08-14", "export", "GB", "PK", [it("850760", "Lithium-ion battery packs from electric bikes, tested, 2,000 pcs", "GB", 6000, 2000, qty=2000)], note="e-bike battery packs at 1 GBP each: waste batteries (A1170/A1180)", domain="waste")
ordi("W4-1", "2027-08-12", "import", "CN", "BE", [it("871160", "Electric scooters, new, boxed, 350 W", "CN", 4500, 81000, "USD", qty=300)], note="new e-scooters")
ordi("W4-2", "2027-08-13", "export", "NL", "GH", [it("871200", "Used bicycles, city bikes, 200 pcs", "NL", 3000, 6000, qty=200)], note="used ordinary bicycles (no battery)")
perm("W4-1", "2027-08-14", "export", "FR", "BE", [it("850760", "Used lithium-ion e-bike batteries for recycling, UN3480", "FR", 6000, 0, qty=2000, docs=[("BASEL_CONSENT", "FR-2027-0900")])], note="waste batteries to a recycler with the notification", domain="waste")

# W5 sludges and residues as pigments or fillers
dis("W5-1", "2027-08-15", "export", "IT", "TN", [it("320649", "Pigmento inorganico da fanghi di verniciatura, fusti", "IT", 14000, 700)], note="paint sludge as pigment; Italian wording", domain="waste")
dis("W5-2", "2027-08-16", "export", "DE", "TR", [it("282190", "Eisenoxid-Pigment aus Galvanikschlamm, Big Bags", "DE", 20000, 1000)], note="electroplating sludge as iron oxide pigment; German wording", domain="waste")
dis("W5-3", "2027-08-17", "export", "GB", "GH", [it("321490", "Filler paste, recovered from paint waste, 205 l drums", "GB", 16000, 320)], note="paint waste as filler at 0.02 GBP/kg", domain="waste")
ordi("W5-1", "2027-08-15", "import", "CN", "DE", [it("282190", "Iron oxide red 130, synthetic pigment, 25 kg bags", "CN", 20000, 19000, "USD")], note="iron oxide pigment")
ordi("W5-2", "2027-08-16", "export", "IT", "TN", [it("320910", "Vernice acrilica all'acqua, secchi 15 l", "IT", 9000, 27000)], note="water-based paint")

# O1 refrigerant cylinders whose fill mass or price tells another gas
dis("O1-1", "2027-08-18", "import", "CN", "ES", [it("271111", "Refrigerante hidrocarburo R-600a, botellas 13,6 kg, 400 unidades", "CN", 5440, 8000, "USD", qty=400)], note="isobutane cannot fill 13.6 kg in a 30 lb cylinder: a halocarbon relabelled; Spanish wording", domain="ozone")
dis("O1-2", "2027-08-19", "import", "TR", "GR", [it("382478", "Ψυκτικό αέριο, φιάλες 13,6 kg, 500 τεμ.", "TR", 6800, 8500, "USD", qty=500)], transport="road", note="an unnamed refrigerant at 1.25 USD/kg (HCFC-22 price); Greek wording", domain="ozone")
dis("O1-3", "2027-08-20", "transit", "CN", "NG", [it("290349", "Réfrigérant, bouteilles de 22,7 kg, 800 pièces", "CN", 18160, 21000, "USD", qty=800)], transit=["MA"], note="unnamed refrigerant in 50 lb cylinders at the price of HCFC-22; French wording", domain="ozone")
ordi("O1-1", "2027-08-18", "import", "IT", "ES", [it("271113", "Refrigerant R-600a isobutane, 6.5 kg cylinders, 100 pcs", "IT", 650, 2600, qty=100)], note="isobutane at its real fill")
ordi("O1-2", "2027-08-19", "import", "CN", "GR", [it("290339", "Refrigerant R-32, refillable cylinders 9 kg, 100 pcs", "CN", 900, 9000, "USD", qty=100, docs=[("ODS_LICENCE", "GR-HFC-2027-015")])], transport="road", note="R-32 with a quota licence")
perm("O1-1", "2027-08-20", "import", "US", "DE", [it("290371", "Refrigerant gas R-22 reclaimed, 13.6 kg cylinders, for servicing of military equipment", "US", 1360, 3000, "USD", qty=100, docs=[("ODS_LICENCE", "DE-ODS-2027-004")])], note="reclaimed HCFC-22 under an ODS licence (critical use)", domain="ozone")

# O2 an ODS named by a chemical name in another script or by an old solvent trade name
dis("O2-1", "2027-08-21", "import", "CN", "PL", [it("290379", "制冷剂 二氟一氯甲烷，钢瓶 13.6 公斤，600 瓶", "CN", 8160, 13000, "USD", qty=600)], note="chlorodifluoromethane (HCFC-22) by its Chinese chemical name", domain="ozone")
dis("O2-2", "2027-08-22", "import", "CN", "RO", [it("381400", "Растворитель Хладон-113 для обезжиривания, бочки 200 л", "CN", 3000, 9000, "USD", qty=10)], transport="road", note="Khladon-113 (CFC-113) by its Russian name, as a degreasing solvent", domain="ozone")
dis("O2-3", "2027-08-23", "import", "US", "IT", [it("381400", "Genklene LVJ cold cleaning solvent, 25 l cans", "US", 1300, 4000, qty=40)], transport="air", note="Genklene is 1,1,1-trichloroethane by its old trade name", domain="ozone")
ordi("O2-1", "2027-08-21", "import", "CN", "PL", [it("290369", "二氯甲烷，工业级，桶装 270 公斤", "CN", 21600, 10000, "USD", qty=80)], note="dichloromethane (not an ODS) in Chinese")
ordi("O2-2", "2027-08-22", "import", "US", "IT", [it("381400", "Modified alcohol cold cleaning solvent, 200 l drums", "US", 3200, 9000, qty=20)], note="alcohol-based cleaning solvent")

# W6 (in no set yet) fire-, flood- or water-damaged stock and insurance salvage exported as goods
dis("W6-1", "2027-08-24", "export", "DE", "NG", [it("940360", "Möbel und Elektrogeräte aus Brandschaden, Versicherungsposten, gemischt", "DE", 14000, 1400)], note="fire-damaged insurance stock (furniture and appliances) as goods", domain="waste")
dis("W6-2", "2027-08-25", "export", "BE", "CM", [it("630900", "Lot de marchandises sinistrées (dégât des eaux), textiles et chaussures", "BE", 18000, 900)], note="water-damaged stock after a flood claim; French wording", domain="waste")
dis("W6-3", "2027-08-26", "export", "GB", "GH", [it("847130", "Salvage stock, flood damaged laptops and monitors, insurance write-off", "GB", 6000, 1200)], note="flood-damaged IT equipment written off by the insurer", domain="waste")
ordi("W6-1", "2027-08-24", "export", "DE", "NG", [it("940360", "Wooden office furniture, new, flat-packed", "DE", 8000, 24000)], note="new furniture")
ordi("W6-2", "2027-08-25", "export", "GB", "GH", [it("847130", "Refurbished laptops, graded A, tested, boxed, 300 pcs", "GB", 750, 45000, qty=300)], note="refurbished laptops with grade and test")

# O3 (in no set yet) refrigerant cylinders declared empty at a mass per cylinder that includes a fill
dis("O3-1", "2027-08-27", "import", "TR", "BG", [it("731100", "Empty disposable refrigerant cylinders, 30 lb, returned, 600 pcs", "TR", 10800, 1800, "USD", qty=600)], transport="road", note="disposable cylinders weigh about 3 kg empty: 18 kg each means a fill", domain="ozone")
dis("O3-2", "2027-08-28", "import", "CN", "IT", [it("731100", "Bombole vuote per recupero refrigerante 13,6 kg, 400 pz", "CN", 9200, 4000, "USD", qty=400)], note="'empty' recovery cylinders at 23 kg each; Italian wording", domain="ozone")
dis("O3-3", "2027-08-29", "transit", "AE", "LY", [it("731100", "اسطوانات فريون فارغة 13.6 كغ، 500 اسطوانة", "AE", 11500, 3000, "USD", qty=500)], transit=["MT"], note="'empty' freon cylinders at 23 kg each; Arabic wording", domain="ozone")
ordi("O3-1", "2027-08-27", "import", "CN", "IT", [it("731100", "Empty refillable refrigerant recovery cylinders 12 l, new, 200 pcs", "CN", 1900, 9000, "USD", qty=200)], note="new empty recovery cylinders at their tare (9.5 kg)")
# (dropped after the first run: the look-alike first written here, 1,000 empty disposable
# refrigerant cylinders into the EU, is no lawful trade - F-gases may not be placed on the EU
# market in non-refillable containers - and OZN-CYL-001 and OZN-DSG-012 rightly flag it)

# L1 a CITES animal product named in another script or a local language (Chinese characters,
# Cyrillic, Malay or Indonesian, German or Spanish vernacular)
dis("L1-1", "2027-08-30", "import", "NG", "BE", [it("050800", "炮山甲片，药材，20公斤", "NG", 20, 9000, "USD")], transport="air", note="processed pangolin scales by their Chinese herbal name", domain="wildlife")
dis("L1-2", "2027-08-31", "import", "RU", "LT", [it("160431", "Икра осетровая зернистая, банки 113 г", "RU", 25, 6000, qty=220)], transport="road", consignee_name="Private person", note="sturgeon caviar by its Russian name, without a CITES label", domain="wildlife")
dis("L1-3", "2027-09-01", "import", "ID", "DE", [it("711790", "Gelang karang hitam, dipoles, 200 buah", "ID", 2, 700, qty=200)], transport="post", note="black coral bracelets by their Indonesian name", domain="wildlife")
dis("L1-4", "2027-09-02", "import", "TZ", "DE", [it("711790", "Armbänder aus Elefantenhaar, geflochten, 300 Stück", "TZ", 1, 900, qty=300)], transport="air", note="elephant-hair bracelets; German wording", domain="wildlife")
dis("L1-5", "2027-09-03", "transit", "CD", "CN", [it("970390", "象牙雕件，工艺品，3件", "CD", 6, 15000, "USD", qty=3)], transit=["ET"], transport="air", note="carved ivory in Chinese as handicraft", domain="wildlife")
ordi("L1-1", "2027-08-31", "import", "RU", "LT", [it("160432", "Икра лососевая красная, банки 140 г", "RU", 28, 2400, qty=200)], transport="road", note="salmon roe (red caviar), not sturgeon")
ordi("L1-2", "2027-09-03", "import", "CN", "DE", [it("691200", "象牙白瓷茶具，15件套，100套", "CN", 300, 2500, "USD", qty=100)], note="'ivory-white' porcelain tea sets (a colour)")
ordi("L1-3", "2027-09-01", "import", "ID", "DE", [it("711790", "Gelang kayu hitam, ebony look, 200 buah", "ID", 2, 400, qty=200)], transport="post", note="black wooden bracelets")
perm("L1-1", "2027-09-02", "import", "IT", "DE", [it("160431", "Икра осетровая, аквакультура, CITES label IT/ACI-S/2027", "IT", 10, 8000, qty=80, docs=[("CITES_PERMIT", "IT-27-CAV-0112")])], note="farmed sturgeon caviar with its CITES certificate", domain="wildlife")

probes.write(HERE, "dev9-b")
