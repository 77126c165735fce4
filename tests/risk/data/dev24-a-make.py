#!/usr/bin/env python3
"""Writes the round-twenty-four (a) development probes for explosives precursors and for
ozone-depleting substances and HFCs (dev24-a-{disguised,ordinary,permitted}.ndjson). Every row
is written out by hand, worded differently from blind23's and blind24's rows and mostly in
languages of the trade routes; the note says which modus operandi family it belongs to and
what betrays it. The ordinary rows include lawful private-person consignees receiving
ordinary goods of these families and lawful look-alikes that use the controlled word in a
lawful sense. Written and committed before the round-twenty-four (a) rules were run on it
(docs/profile-packs.md, "Round twenty-four (a): explosive precursors and ozone-depleting
substances/HFCs")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D24A", "924")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PRE, OZN = dict(domain="precursors"), dict(domain="ozone")

# P1 detonators and initiation systems under electronics, cable, toy or hardware codes,
# betrayed by a firing delay in ms, a lead or downline length, shock tube, 1.4B/1.4S or a
# Class 1 UN number
dis("P1-1", "2030-05-01", "import", "CN", "RO", [it("854449", "Cabluri de conectare cu întârziere 25 ms, tub de șoc 4,8 m, 5 000 buc", "CN", 400, 6000, cur="USD", qty=5000)], transport="road", transit=["TR", "BG"], note="P1: a connector cable has no 25 ms delay and no shock tube: non-electric detonators (Nonel type); Romanian wording", **PRE)
dis("P1-2", "2030-05-02", "import", "CN", "DE", [it("950300", "Elektronik-Bausatz 'Zünder-Trainer', programmierbare Verzögerung bis 10 000 ms, Drahtlänge 10 m, 1.4B, 800 Stück", "CN", 180, 7200, cur="USD", qty=800)], transport="air", note="P1: a toy with a programmable ms delay, a 10 m lead and the 1.4B classification code: electronic detonators; German wording", **PRE)
dis("P1-3", "2030-05-03", "import", "TR", "GE", [it("732690", "Steel hardware pieces, UN 0360, downline 9 m, 1200 pcs", "TR", 300, 3600, cur="USD", qty=1200)], transport="road", note="P1: UN 0360 is detonator assemblies, non-electric; a 9 m downline on 'hardware'", **PRE)
# P2 black powder by its granulation grade or name, or charcoal in sealed metal tins by the
# kilogram to a private person
dis("P2-1", "2030-05-04", "import", "US", "GB", [it("380290", "Activated carbon, 2Fg grade, 1 lb cans, 20 pcs", "US", 9, 120, cur="USD", qty=20)], transport="post", consignee_name="Mr Gareth Lloyd", note="P2: 2Fg (FFg) is a black-powder granulation; 1 lb cans to a private person", **PRE)
dis("P2-2", "2030-05-05", "import", "CZ", "PL", [it("440290", "Węgiel drzewny granulowany 'Schwarzpulver-Qualität', puszki metalowe 500 g, 30 szt.", "CZ", 15, 150, qty=30)], transport="post", consignee_name="Pan Marek Nowak", note="P2: charcoal in sealed 500 g metal tins, named 'black-powder quality', to a private person; Polish wording", **PRE)
dis("P2-3", "2030-05-06", "import", "IT", "ES", [it("360490", "Polvere nera per fuochi, grana fine, 10 kg", "IT", 10, 180, qty=10)], transport="express", consignee_name="Sr. Jorge Pérez", note="P2: polvere nera (black powder) as a firework article to a private person; Italian wording", **PRE)
# P3 ammonium nitrate melt or hot concentrated solution declared as a liquid fertiliser
dis("P3-1", "2030-05-07", "export", "FR", "SN", [it("310590", "Engrais liquide azoté, nitrate d'ammonium 85 %, citerne calorifugée, 24 t", "FR", 24000, 9600)], note="P3: a liquid 'fertiliser' at 85 % ammonium nitrate in an insulated tank is AN solution for emulsion explosives; French wording", **PRE)
dis("P3-2", "2030-05-08", "export", "PL", "UA", [it("310280", "Roztwór azotanu amonu 92 %, gorący, cysterna izolowana, 21 t", "PL", 21000, 8400)], transport="rail", note="P3: 92 % ammonium nitrate solution, hot, insulated tank; Polish wording", **PRE)
dis("P3-3", "2030-05-09", "export", "DE", "EG", [it("310280", "Flüssigdünger, Ammoniumnitrat-Schmelze 95 %, beheizter Tankcontainer, 20 t", "DE", 20000, 8000)], note="P3: an ammonium nitrate melt in a heated tank container as liquid fertiliser; German wording", **PRE)
# P4 an oxidiser's or precursor's UN number or class 5.1 on goods that never carry one
dis("P4-1", "2030-05-10", "import", "CN", "HU", [it("220190", "Desztillált víz, IBC 1000 l, UN 2014, 5.1, 8 db", "CN", 9000, 5400, cur="USD", qty=8)], transport="rail", transit=["KZ", "RU", "UA"], note="P4: distilled water with UN 2014 (hydrogen peroxide 20-60 %) and class 5.1; Hungarian wording", **PRE)
dis("P4-2", "2030-05-11", "import", "TR", "BG", [it("340290", "Почистващ препарат за подове, туби 25 кг, UN 1495, клас 5.1", "TR", 2500, 3500, qty=100)], transport="road", note="P4: a floor cleaner with UN 1495 (sodium chlorate) and class 5.1; Bulgarian wording", **PRE)
dis("P4-3", "2030-05-12", "import", "IN", "NL", [it("310590", "NPK garden fertiliser mix, bags 25 kg, UN 1486, class 5.1, 12 t", "IN", 12000, 7200, cur="USD", qty=480)], note="P4: a garden NPK mix with UN 1486 (potassium nitrate) at pure potassium nitrate's price", **PRE)
# O1 refrigerant cylinders by their fill, or a filled cylinder's mass per piece, as parts,
# spares or ship's stores
dis("O1-1", "2030-05-13", "import", "TR", "GR", [it("841899", "Ανταλλακτικά ψυκτικών θαλάμων: φιάλες 11,3 kg, 40 τεμ.", "TR", 620, 5200, cur="USD", qty=40)], transport="road", note="O1: 11.3 kg bottles as cold-room spares are R-404A cylinders; Greek wording", **OZN)
dis("O1-2", "2030-05-14", "import", "CN", "IT", [it("841490", "Ricambi compressori, bombole ricaricabili, 80 pz", "CN", 1600, 12800, cur="USD", qty=80)], note="O1: 20 kg per 'bottle' as compressor spares: filled refrigerant cylinders; Italian wording", **OZN)
dis("O1-3", "2030-05-15", "import", "CN", "PT", [it("890400", "Provisões de bordo para rebocador: cilindros de gás 22,7 kg, 10 un.", "CN", 250, 2100, cur="USD", qty=10)], note="O1: 22.7 kg cylinders as a tug's stores are R-22 fills; Portuguese wording", **OZN)
# O2 fluorinated gases for a use the F-gas Regulation bans (SF6 in windows, tyres, footwear,
# magnesium casting; HFCs in novelty aerosols)
dis("O2-1", "2030-05-16", "import", "CN", "PL", [it("281290", "Sześciofluorek siarki do szyb zespolonych dźwiękochłonnych, butle 50 l, 6 szt.", "CN", 300, 5400, cur="USD", qty=6)], transport="rail", note="O2: SF6 for sound-insulating glazing, banned; Polish wording", **OZN)
dis("O2-2", "2030-05-17", "import", "CN", "FR", [it("281290", "Gaz SF6 pour gonflage de pneus, bouteilles 10 kg, 20 pièces", "CN", 300, 3800, cur="USD", qty=20)], note="O2: SF6 for tyre inflation, banned; French wording", **OZN)
dis("O2-3", "2030-05-18", "import", "CN", "DE", [it("290349", "Hexafluorethan-Füllgas für Sportschuhsohlen, 12 Flaschen", "CN", 400, 6000, cur="USD", qty=12)], note="O2: a fluorinated gas (PFC-116) as a filler for footwear soles, a banned use; German wording", **OZN)
dis("O2-4", "2030-05-19", "import", "CN", "CZ", [it("281290", "Fluorid sírový pro tlakové lití hořčíku, lahve 40 l, 8 ks", "CN", 400, 6400, cur="USD", qty=8)], transport="road", note="O2: SF6 cover gas for magnesium die casting in a small foundry; Czech wording, SF6 by a chemical name", **OZN)

# P5 (further family, written after PRE-R24-005 and before running it on them) safety fuse by
# its burning rate under a rope, cord or textile code
dis("P5-1", "2030-05-20", "import", "CN", "SK", [it("560750", "Šnúra bavlnená impregnovaná, doba horenia 110 s/m, kotúče 250 m, 40 ks", "CN", 200, 900, cur="USD", qty=40)], transport="rail", transit=["KZ", "RU", "UA"], note="P5: no cord is sold by a burning time in s/m: safety fuse (UN 0105); Slovak wording", **PRE)
dis("P5-2", "2030-05-21", "import", "IN", "GB", [it("560900", "Black tarred twine, burn rate 120 sec per metre, 100 m coils, 30 pcs", "IN", 60, 300, cur="USD", qty=30)], transport="sea", note="P5: a burning rate on twine is safety fuse", **PRE)

# ordinary trade: lawful look-alikes and private persons
ordi("1", "2030-05-01", "import", "CN", "DE", [it("852352", "RFID-Transponder, programmierbar, 10 000 Stück", "CN", 30, 2500, cur="USD", qty=10000)], transport="air", note="real programmable RFID tags")
ordi("2", "2030-05-02", "import", "CN", "FR", [it("853650", "Relais temporisé, retard réglable 0-10 s, 200 pièces", "CN", 40, 1600, cur="USD", qty=200)], note="time-delay relays with an adjustable delay")
ordi("3", "2030-05-03", "import", "CN", "NL", [it("854442", "Verlengkabel 10 m, met stekker, 500 stuks", "CN", 600, 2500, cur="USD", qty=500)], note="extension cables with a length")
ordi("4", "2030-05-04", "import", "US", "GB", [it("950300", "Toy fire engine with siren and delay timer, 1 pc", "US", 1, 35, cur="USD", qty=1)], transport="post", consignee_name="Mrs Karen Smith", note="a toy to a private person")
ordi("5", "2030-05-05", "import", "PL", "FR", [it("440290", "Charbon de bois pour barbecue, sac 3 kg", "PL", 3, 8, qty=1)], transport="post", consignee_name="M. Luc Martin", note="barbecue charcoal in a bag to a private person")
ordi("6", "2030-05-06", "import", "DE", "AT", [it("440290", "Grillholzkohle, Buche, Säcke 10 kg, 20 t", "DE", 20000, 14000, qty=2000)], transport="road", note="bulk barbecue charcoal")
ordi("7", "2030-05-07", "import", "US", "DE", [it("490199", "Buch: Schwarzpulver und Vorderlader, Geschichte, 1 Stück", "US", 0.6, 30, cur="USD", qty=1)], transport="post", consignee_name="Herr Tobias Braun", note="a book on black powder to a private person")
ordi("8", "2030-05-08", "import", "CN", "GB", [it("380210", "Activated charcoal powder, food grade, 500 g tub", "CN", 0.5, 9, cur="USD", qty=1)], transport="post", consignee_name="Ms Emma Jones", note="food-grade activated charcoal to a private person")
ordi("9", "2030-05-09", "export", "FR", "BE", [it("310280", "Solution azotée UAN 30, citerne, 24 t", "FR", 24000, 7200)], transport="road", note="ordinary UAN 30")
ordi("10", "2030-05-10", "export", "ES", "MA", [it("310280", "Solución nitrogenada UAN 32 % N, cisterna, 22 t", "ES", 22000, 6600)], note="UAN 32 % N to Morocco")
ordi("11", "2030-05-11", "import", "NL", "DE", [it("310240", "Kalkammonsalpeter 27 % N, Big Bags, 25 t", "NL", 25000, 8750)], transport="road", note="calcium ammonium nitrate")
ordi("12", "2030-05-12", "import", "DE", "FR", [it("350691", "Colle thermofusible (hot melt), granulés, 500 kg", "DE", 500, 1500)], transport="road", note="hot-melt adhesive: 'hot' and 'melt' in a lawful sense")
ordi("13", "2030-05-13", "import", "DE", "PL", [it("284700", "Nadtlenek wodoru 35 %, UN 2014, klasa 5.1, beczki 200 l, 20 szt.", "DE", 4400, 3300, qty=20)], transport="road", note="hydrogen peroxide 35 % under its own heading with its UN number (a document check at most)")
ordi("14", "2030-05-14", "import", "CN", "PL", [it("285390", "Woda destylowana do akumulatorów, kanistry 5 l, 400 szt.", "CN", 2000, 600, cur="USD", qty=400)], transport="rail", note="distilled battery water with no UN number at water's price")
ordi("15", "2030-05-15", "import", "BE", "NL", [it("340220", "Vloerreiniger, jerrycans 10 l, 200 stuks", "BE", 2000, 3000, qty=200)], transport="road", note="floor cleaner, no UN number")
ordi("16", "2030-05-16", "import", "DE", "FR", [it("283421", "Nitrate de potassium technique, UN 1486, classe 5.1, sacs 25 kg, 10 t", "DE", 10000, 9000, qty=400)], transport="road", note="potassium nitrate under its own heading with its UN number")
ordi("17", "2030-05-17", "import", "CN", "NL", [it("841590", "Spare parts for reefer containers: evaporator fans and controllers, 120 pcs", "CN", 600, 14000, cur="USD", qty=120)], note="reefer spares that are parts")
ordi("18", "2030-05-18", "import", "CN", "IT", [it("731100", "Bombole vuote in acciaio per refrigeranti, 12,5 kg, 200 pz", "CN", 2000, 6000, cur="USD", qty=200)], note="empty refrigerant cylinders under the cylinder heading")
ordi("19", "2030-05-19", "import", "DE", "ES", [it("841899", "Recipiente de líquido para cámara frigorífica, 8 l, 30 uds", "DE", 240, 4500, qty=30)], transport="road", note="liquid receivers: vessels that are parts")
ordi("20", "2030-05-20", "import", "NO", "ES", [it("890690", "Pertrechos para buque pesquero: cabos, redes y pintura, 40 bultos", "NO", 900, 5200, qty=40)], note="ship's stores without gas")
ordi("21", "2030-05-21", "import", "DE", "FR", [it("853521", "Disjoncteur haute tension 145 kV isolé au SF6, 2 pièces", "DE", 3000, 180000, qty=2)], transport="road", note="SF6 high-voltage breakers (allowed above 52 kV)")
ordi("22", "2030-05-22", "import", "CN", "DE", [it("700800", "Isolierglas, Dreifachverglasung, Argonfüllung, 300 m2", "CN", 9000, 12000, cur="USD")], note="insulating glass filled with argon")
ordi("23", "2030-05-23", "import", "CN", "PL", [it("281290", "Sześciofluorek siarki 99,99 % do rozdzielnic wysokiego napięcia, butle 40 l, 10 szt.", "CN", 500, 9000, cur="USD", qty=10)], transport="rail", note="SF6 for high-voltage switchgear, a lawful use")
ordi("24", "2030-05-24", "import", "FR", "BE", [it("401110", "Pneus été 205/55 R16, 200 pièces", "FR", 1800, 12000, qty=200)], transport="road", note="tyres, no gas")
ordi("25", "2030-05-25", "import", "CN", "GB", [it("640411", "Running shoes with air cushion soles, 1 pair", "CN", 1, 60, cur="USD", qty=1)], transport="post", consignee_name="Mr David Brown", note="air-cushion shoes to a private person")
# ORD-26 was declared under 9306 90 on the first run, a probe error (chapter 93 needs an arms
# licence, which the strategic pack checks); brass powder measures are 7419 80.
ordi("26", "2030-05-26", "import", "US", "DE", [it("741980", "Vorderlader-Zubehör: Pulvermaß und Zündhütchenhalter, 1 Set", "US", 0.4, 45, cur="USD", qty=1)], transport="post", consignee_name="Herr Stefan Vogel", note="muzzle-loading accessories, no powder, to a private person")

# written with P5, after PRE-R24-005
ordi("27", "2030-05-27", "import", "CN", "DE", [it("560790", "Kerzendochte aus Baumwolle, gewachst, 15 cm, 5000 Stück", "CN", 10, 150, cur="USD", qty=5000)], transport="air", note="candle wicks, no burning rate")
ordi("28", "2030-05-28", "import", "US", "GB", [it("340600", "Pillar candles, burning time 60 hours, 2 pcs", "US", 1, 20, cur="USD", qty=2)], transport="post", consignee_name="Mrs Alice Green", note="candles by burning time, to a private person")

# permitted shipments with their documents
perm("1", "2030-05-01", "import", "ZA", "PL", [it("360300", "Detonatory elektroniczne, opóźnienie programowane 0-15 000 ms, przewód 6 m, UN 0511, 1.4B, 3000 szt.", "ZA", 900, 18000, cur="USD", qty=3000, docs=[("TRANSFER_LICENCE", "PL-EXP-2030-0112")])], domain="precursors", note="electronic detonators under their own heading with the explosives transfer licence")
perm("2", "2030-05-02", "export", "NO", "SE", [it("310280", "Ammonium nitrate solution 88 %, hot, insulated tank, 24 t", "NO", 24000, 9600, docs=[("PRECURSOR_LICENCE", "SE-PL-2030-041")])], transport="road", domain="precursors", note="hot AN solution to a licensed emulsion plant with its licence")
perm("3", "2030-05-03", "import", "CN", "DE", [it("281290", "Schwefelhexafluorid 99,9 % für Mittelspannungs-Schaltanlagen-Service, Flaschen 40 l, 10 Stück", "CN", 500, 9000, cur="USD", qty=10, docs=[("FGAS_QUOTA", "DE-FG-2030-0031")])], transport="air", domain="ozone", note="SF6 for servicing existing switchgear under an F-gas quota")
probes.write(HERE, "dev24-a")
