#!/usr/bin/env python3
"""Writes the round-twenty-four (b) development probes for waste (Basel)
(dev24-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand, worded
differently from blind23's and blind24's rows; the note says which modus operandi family it
belongs to and what betrays it. The ordinary rows include lawful private-person consignees and
lawful look-alikes that use the controlled word in a lawful sense. Written and committed before
the round-twenty-four (b) rules were run on it (docs/profile-packs.md, "Round twenty-four (b):
waste (Basel)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D24B", "924", domain="waste")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# M1 used goods far heavier per piece than the goods weigh: lead-acid batteries, scrap or
# e-waste stuffed inside tyres, appliances, engines or cars (Basel A1160, A1180; West African
# and other ULAB / e-waste routes)
dis("M1-1", "2030-05-02", "export", "NL", "NG", [it("401220", "Pneus de tourisme d'occasion, sélectionnés, 1200 pièces", "NL", 19800, 9600, qty=1200)], note="M1: passenger-car tyres at 16.5 kg a piece (they weigh 7-10): batteries inside; French wording")
dis("M1-2", "2030-05-03", "export", "BE", "CM", [it("841821", "Gebrauchte Haushaltskühlschränke, funktionsfähig, 150 Stück", "BE", 31500, 4500, qty=150)], note="M1: household fridges at 210 kg each (they weigh 40-90): the cabinets are packed with batteries or scrap; German wording")
dis("M1-3", "2030-05-04", "export", "GB", "GH", [it("852872", "Second hand LCD televisions, tested, 300 units", "GB", 16500, 6000, qty=300)], note="M1: flat-screen TVs at 55 kg each (they weigh 5-25)")
# M2 tank-bottom, acid-tar or oily sludge declared as bitumen, asphalt or a bituminous
# product: a price no bitumen has, a water or sediment content no product has (Y9, A3010, A4060)
dis("M2-1", "2030-05-05", "export", "ES", "MA", [it("271500", "Mezcla asfáltica en frío para bacheo, bidones de 200 l, 22 t", "ES", 22000, 880)], note="M2: cold-mix bitumen at 0.04 EUR/kg: drums of tank sludge; Spanish wording")
dis("M2-2", "2030-05-06", "export", "NL", "NG", [it("271390", "Petroleum residue, asphaltic, water 18 %, BS&W, in IBCs, 24 t", "NL", 24000, 4800)], note="M2: a petroleum residue with 18 % water is tank-bottom sludge")
dis("M2-3", "2030-05-07", "export", "DE", "EG", [it("271320", "Oxidiertes Bitumen 85/25, Sedimentanteil 8 %, Fässer, 18 t", "DE", 18000, 5400)], note="M2: oxidised bitumen carries no sediment: acid tar or tank bottoms; German wording")
# M3 oil-contaminated drilling waste declared as a drilling-fluid mineral (barite, bentonite,
# attapulgite, hematite, calcium carbonate, drilling clay): "used", oil or diesel content, price
dis("M3-1", "2030-05-08", "export", "GB", "GH", [it("250890", "Attapulgite drilling clay, ex-rig, oil on solids 6 %, 24 t", "GB", 24000, 2400)], note="M3: attapulgite mud from a rig with 6 % oil is oily drill cuttings")
dis("M3-2", "2030-05-09", "import", "NO", "DK", [it("260111", "Hematite weighting agent, recovered from drilling fluid, gasoil 9 %, 22 t", "NO", 22000, 1100)], note="M3: 'recovered' hematite weighting agent with gas oil is spent oil-based mud")
dis("M3-3", "2030-05-10", "export", "IT", "TN", [it("251110", "Barite usata da fanghi di perforazione, per riutilizzo, 20 t", "IT", 20000, 1300)], note="M3: used barite from drilling mud 'for reuse': spent mud; Italian wording")
# M4 mercury declared as another liquid metal, alloy, amalgam or instrument fluid, by flask
# mass or price, to artisanal gold mining countries (EU Regulation 2017/852, Minamata)
dis("M4-1", "2030-05-11", "export", "NL", "BO", [it("811299", "Gallium-indium-tin alloy, liquid, steel bottles 34.5 kg, 20 bottles", "NL", 690, 20700, qty=20)], note="M4: 'gallium alloy' in 34.5 kg steel bottles at 30 EUR/kg: mercury")
dis("M4-2", "2030-05-12", "export", "ES", "CO", [it("711299", "Amalgama de plata para refinación, 80 kg", "ES", 80, 2400)], note="M4: silver amalgam 'for refining' to Colombia is mercury-bearing amalgam for ASGM; Spanish wording")
dis("M4-3", "2030-05-13", "export", "DE", "GY", [it("382499", "Thermometer filling fluid, silver liquid, 25 kg canisters, 10 pcs", "DE", 250, 6000, qty=10)], note="M4: 'silver liquid' thermometer fluid at 25 kg a canister to Guyana: mercury")
# M5 oily water, slops or tank washings declared as fuel oil or crude by a water or sediment
# content (A4060, Y9)
dis("M5-1", "2030-05-14", "export", "IT", "LY", [it("271019", "Fuel oil 380 cSt, water content 22 %, 20 t", "IT", 20000, 9000)], note="M5: fuel oil with 22 % water is slop oil; priced like fuel to pass the price tell")
dis("M5-2", "2030-05-15", "export", "GR", "LB", [it("270900", "Crude oil, recovered, sediment and water 30 %, 30 t", "GR", 30000, 12000)], note="M5: 30 % BS&W 'crude' is tank washings")

# ordinary: lawful look-alikes, private persons receiving ordinary goods of these families
ordi("1", "2030-05-01", "export", "BE", "GH", [it("401220", "Used car tyres, part-worn, tread 4 mm minimum, 1000 pcs", "BE", 8500, 9000, qty=1000)], note="part-worn car tyres at their own mass")
ordi("2", "2030-05-02", "export", "NL", "NG", [it("401220", "Used truck tyres, casings for retreading, 300 pcs", "NL", 19500, 15000, qty=300)], note="truck casings at 65 kg each: a truck tyre's mass")
ordi("3", "2030-05-03", "import", "DE", "FR", [it("401110", "Pneus neufs 205/55 R16, 4 pièces", "DE", 36, 320, qty=4)], transport="road", note="four new car tyres to a person", consignee_name="M. Julien Moreau")
# ORD-4 and ORD-5 were first written to Ghana and Cameroon; the packs rightly ask about used
# fridges and CRT sets at 0.71 EUR/kg on those routes (Basel e-waste guidelines, Ghana's ban on
# used fridges, L.I. 1932): moved after the first run to an OECD route, where only the mass matters
ordi("4", "2030-05-04", "export", "GB", "NO", [it("841821", "Used domestic refrigerators, tested, 120 units", "GB", 7800, 6000, qty=120)], note="used fridges at 65 kg each")
ordi("5", "2030-05-05", "export", "BE", "NO", [it("852872", "Téléviseurs d'occasion, écrans cathodiques 29 pouces, testés, 100 pièces", "BE", 4200, 5000, qty=100)], note="used CRT TVs at 42 kg each")
ordi("6", "2030-05-06", "export", "ES", "MA", [it("271500", "Emulsión bituminosa catiónica C60B4, betún 60 %, agua 40 %, 22 t", "ES", 22000, 9900)], note="a bitumen emulsion holds water by design")
ordi("7", "2030-05-07", "export", "GR", "LY", [it("271320", "Oxidised bitumen 85/25, roofing grade, drums, 19 t", "GR", 19000, 9500)], note="oxidised bitumen at 0.50 EUR/kg")
ordi("8", "2030-05-08", "import", "IT", "DE", [it("271500", "Kaltasphalt für Schlaglochreparatur, Eimer 25 kg, 4 Stück", "IT", 100, 90, qty=4)], transport="road", note="cold asphalt buckets to a person", consignee_name="Herr Stefan Becker")
ordi("9", "2030-05-09", "export", "NL", "BE", [it("271500", "Reclaimed asphalt granulate, tar-free, 25 t", "NL", 25000, 250)], transport="road", note="tar-free reclaimed asphalt (B2130) inside the EU")
ordi("10", "2030-05-10", "export", "GB", "GH", [it("250810", "Bentonite API 13A, drilling grade, used in water-based mud, 25 t", "GB", 25000, 6250)], note="virgin drilling bentonite, 'used in' as a verb")
ordi("11", "2030-05-11", "import", "CZ", "AT", [it("250810", "Bentonit-Katzenstreu, klumpend, 10 kg Säcke, 1 t", "CZ", 1000, 450)], transport="road", note="bentonite cat litter")
ordi("12", "2030-05-12", "export", "NO", "GB", [it("251110", "Barite 4.2 SG, micronised, for drilling fluid, 25 t", "NO", 25000, 5500)], note="virgin barite for drilling fluid at its price")
ordi("13", "2030-05-13", "import", "DE", "NL", [it("251320", "Bentoniet voor vijvers, gebruikt als afdichting, 500 kg", "DE", 500, 400)], transport="road", note="pond-sealing bentonite to a person", consignee_name="Dhr. Pieter Jansen")
ordi("14", "2030-05-14", "import", "US", "DE", [it("811299", "Galinstan, liquid metal alloy, 100 g vial", "US", 0.1, 180, cur="USD", qty=1)], transport="post", note="a galinstan vial to a researcher at its price (consignee name added after the first run)", consignee_name="Frau Dr. Lena Hoffmann")
ordi("15", "2030-05-15", "export", "DE", "PE", [it("902519", "Clinical thermometers, galinstan, mercury-free, 2000 pcs", "DE", 40, 3000, qty=2000)], transport="air", note="mercury-free thermometers to Peru")
ordi("16", "2030-05-16", "export", "CH", "PE", [it("811292", "Gallium 99.99 %, ingots 1 kg, 10 pcs", "CH", 10, 4500, qty=10)], transport="air", note="gallium ingots at a gallium price")
ordi("17", "2030-05-17", "import", "IT", "ES", [it("300640", "Cápsulas de amalgama dental, 500 unidades", "IT", 1, 400, qty=500)], transport="road", note="dental amalgam capsules (the controlled word in a lawful sense)")
ordi("18", "2030-05-18", "export", "NL", "GH", [it("271019", "Marine gasoil DMA, ISO 8217, water max 0.05 %, 20 t", "NL", 20000, 14000)], note="a fuel with its water limit")
ordi("19", "2030-05-19", "import", "NO", "NL", [it("270900", "Crude oil, Ekofisk blend, BS&W 0.3 %, 80000 t", "NO", 80000000, 44000000)], note="crude with its normal BS&W")
ordi("20", "2030-05-20", "import", "FR", "BE", [it("870323", "Voiture d'occasion Peugeot 3008, 1 unité", "FR", 1500, 12000, qty=1)], transport="road", note="a used car to a person", consignee_name="Mme Sophie Lambert")
ordi("21", "2030-05-21", "export", "DE", "TG", [it("840734", "Gebrauchte Pkw-Motoren mit Getriebe, 40 Stück", "DE", 8000, 12000, qty=40)], note="used car engines with gearboxes at 200 kg each")

# permitted: the same families with their documents
perm("1", "2030-05-22", "export", "NO", "NL", [it("382499", "Oil-based drill cuttings, used, diesel 10 %, for thermal desorption, 20 t", "NO", 20000, 0, docs=[("BASEL_CONSENT", "NO-NL-2030-0042")])], note="drill cuttings to a treatment plant with the Basel consent")
perm("2", "2030-05-23", "export", "BE", "DE", [it("271390", "Tank bottom sludge, water 30 %, for recovery, 20 t", "BE", 20000, 0, docs=[("BASEL_CONSENT", "BE-DE-2030-0107")])], transport="road", note="tank sludge to a recovery plant with the Basel consent")
perm("3", "2030-05-24", "export", "GB", "DE", [it("280540", "Waste metallic mercury, steel flasks 34.5 kg, for permanent storage, 40 flasks", "GB", 1380, 0, qty=40, docs=[("BASEL_CONSENT", "GB-DE-2030-0003")])], transport="road", note="waste mercury to storage with the Basel consent")

probes.write(HERE, "dev24-b")
