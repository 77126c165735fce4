#!/usr/bin/env python3
"""Writes the round-twenty-five (b) development probes for waste (Basel) and ozone-depleting
substances/HFCs (dev25-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by
hand, worded differently from blind25's and blind26's rows; the note says which modus operandi
family it belongs to and what betrays it. The ordinary rows include lawful private-person
consignees and lawful look-alikes that use the controlled word in a lawful sense. Written and
committed before the round-twenty-five (b) rules were run on it (docs/profile-packs.md, "Round
twenty-five (b): waste (Basel) and ozone-depleting substances/HFCs")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D25B", "925")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
W, O = dict(domain="waste"), dict(domain="ozone")

# T treated waste wood (creosote, CCA, tar: Basel A3190/Y?, EU 17 02 04*) as firewood, fuel,
# biomass or landscaping timber
dis("T1", "2030-09-01", "export", "DE", "UA", [it("440139", "Holzhackschnitzel aus alten Bahnschwellen, Brennstoff, 22 t", "DE", 22000, 660)], note="T: chips of old railway sleepers (creosote) as fuel; German wording", **W)
dis("T2", "2030-09-02", "export", "FR", "MA", [it("440399", "Poteaux EDF déposés, traités créosote, pour aménagement paysager, 400 pièces", "FR", 36000, 2000, qty=400)], note="T: removed creosoted utility poles for landscaping; French wording", **W)
dis("T3", "2030-09-03", "export", "GB", "GH", [it("440111", "Firewood logs cut from old CCA-treated fence posts, 20 t", "GB", 20000, 800)], note="T: CCA (arsenic, chromium, copper) fence posts as firewood", **W)
# C coal tar or tar residues (A3190) as bitumen, fuel or a bituminous product
dis("C1", "2030-09-04", "export", "PL", "UA", [it("271500", "Masa asfaltowa na bazie smoły węglowej z koksowni, beczki, 20 t", "PL", 20000, 1600)], note="C: a bituminous mix on coal tar from a coke plant; Polish wording", **W)
dis("C2", "2030-09-05", "export", "CZ", "RS", [it("271390", "Teerhaltiger Straßenaufbruch, gefräst, als Bitumenrückstand, 24 t", "CZ", 24000, 240)], transport="road", note="C: tar-containing road planings (17 03 01*) as bitumen residue; German wording", **W)
# E expired, withdrawn or obsolete chemicals exported for reuse or donation
dis("E1", "2030-09-06", "export", "BE", "CI", [it("381300", "Émulseur AFFF 6 %, stock périmé retiré des dépôts, pour réutilisation, fûts 200 l, 90 pcs", "BE", 18000, 900, qty=90)], note="E: expired AFFF (PFOS/PFOA) 'for reuse' at 0.05 EUR/kg; French wording", **W)
dis("E2", "2030-09-07", "export", "DE", "TZ", [it("380892", "Pflanzenschutzmittel, abgelaufen, Restbestände, Spende an Genossenschaft, 8 t", "DE", 8000, 400)], note="E: expired pesticide stocks as a donation (obsolete pesticides, POPs/Rotterdam); German wording", **W)
dis("E3", "2030-09-08", "export", "IT", "SN", [it("320890", "Vernici scadute, lotti ritirati dal mercato, per riutilizzo, 12 t", "IT", 12000, 600)], note="E: expired, withdrawn paints for reuse at 0.05 EUR/kg; Italian wording", **W)
# R tyre waste inside a rubber product's name (crumb, granulate, powder) or at a waste price
dis("R1", "2030-09-09", "export", "DE", "MD", [it("400400", "Gummigranulat aus Altreifen, ungesiebt, mit Stahlcord und Reifenstücken, 22 t", "DE", 22000, 330)], transport="road", note="R: 'granulate' with steel cord and tyre pieces: shreds; German wording", **W)
dis("R2", "2030-09-10", "export", "NL", "IN", [it("400400", "Rubber crumb 0-40 mm, tyre chips, wire-in, 25 t", "NL", 25000, 500)], note="R: wire-in tyre chips as crumb at 0.02 EUR/kg", **W)
# H aircraft and vehicle halon bottles as parts, "nitrogen-charged", serviceable
dis("H1", "2030-09-11", "import", "US", "NL", [it("842410", "Engine fire bottles, overhauled, FAA 8130-3, nitrogen charged, 8 pcs", "US", 96, 9600, cur="USD", qty=8)], transport="air", note="H: engine fire bottles: halon 1301 pressurised with nitrogen", **O)
dis("H2", "2030-09-12", "import", "AE", "DE", [it("880730", "Feuerlöschbehälter für Frachtraum A320, gebraucht, gefüllt, 4 Stück", "AE", 120, 6000, cur="USD", qty=4)], transport="air", note="H: A320 cargo-hold fire bottles, charged: halon 1301; German wording", **O)
# V old equipment still holding its original CFC charge
dis("V1", "2030-09-13", "import", "US", "NL", [it("841829", "Vintage koelkasten jaren 50, gerestaureerd, met originele koelvloeistof, 25 st.", "US", 2500, 30000, cur="USD", qty=25)], note="V: 1950s fridges with their original refrigerant (CFC-12); Dutch wording", **O)
dis("V2", "2030-09-14", "import", "US", "FR", [it("841869", "Distributeurs de boissons rétro 1962, fonctionnels, gaz Fréon 12 d'origine, 10 pcs", "US", 1500, 20000, cur="USD", qty=10)], note="V: 1962 vending machines charged with Freon 12; French wording", **O)
dis("V3", "2030-09-15", "import", "GB", "DE", [it("841810", "Classic American fridge freezer 1978, working, R12, 1 pc", "GB", 110, 1500, qty=1)], transport="road", consignee_name="Herr Markus Vogel", note="V: a 1978 fridge working on R12 to a person", **O)
# P portable/plug-in AC with an HFC charge or a vague gas name
dis("P1", "2030-09-16", "import", "CN", "DE", [it("841510", "Mobile Klimageräte 12000 BTU, umweltfreundliches Kältemittel, Füllmenge 0,75 kg, 400 Stück", "CN", 12000, 64000, cur="USD", qty=400)], note="P: plug-in AC with 0.75 kg of an unnamed gas: an HFC; German wording", **O)
dis("P2", "2030-09-17", "import", "CN", "PL", [it("841510", "Przenośne klimatyzatory 9000 BTU, czynnik R32, 0,55 kg, 300 szt.", "CN", 8400, 42000, cur="USD", qty=300)], note="P: portable AC on R32 (GWP 675), banned in plug-in room AC; Polish wording", **O)
# K refrigerant cylinders as pre-charged kits or parts
dis("K1", "2030-09-18", "import", "TR", "BG", [it("841590", "Recharge kits for split AC, prefilled, 11.3 kg, 100 pcs", "TR", 1130, 5000, qty=100)], transport="road", note="K: 'prefilled recharge kits' at 11.3 kg each: R-410A cylinders", **O)
dis("K2", "2030-09-19", "import", "CN", "ES", [it("841899", "Kits de servicio precargados para cámaras frigoríficas, 60 unidades", "CN", 780, 3000, qty=60)], note="K: pre-charged service kits at 13 kg each: refrigerant cylinders; Spanish wording", **O)

# ordinary: lawful look-alikes and private persons
ordi("1", "2030-09-01", "import", "LV", "DE", [it("440111", "Kaminholz Buche, kammergetrocknet, 2 Raummeter", "LV", 900, 260)], transport="road", consignee_name="Frau Anna Krüger", note="beech firewood to a person")
ordi("2", "2030-09-02", "import", "SE", "NL", [it("440399", "Geïmpregneerde grenen palen, nieuw, klasse 4, 500 st.", "SE", 15000, 9000, qty=500)], transport="road", note="new impregnated pine posts (the controlled word in a lawful sense)")
ordi("3", "2030-09-03", "import", "PL", "DE", [it("440610", "Neue Eichenschwellen, unbehandelt, für Gartenbau, 100 Stück", "PL", 8000, 4500, qty=100)], transport="road", note="new untreated oak sleepers for gardens")
ordi("4", "2030-09-04", "export", "NL", "GH", [it("271320", "Penetration grade bitumen 60/70, refinery, drums, 20 t", "NL", 20000, 11000)], note="refinery bitumen at its price")
ordi("5", "2030-09-05", "import", "DE", "FR", [it("270810", "Brai de houille pour électrodes, 22 t", "DE", 22000, 13200)], transport="road", note="coal-tar pitch for electrodes under its own code inside the EU")
ordi("6", "2030-09-06", "export", "BE", "CI", [it("381300", "Émulseur sans fluor SFFF 3 %, neuf, fûts 200 l, 50 pcs", "BE", 10000, 35000, qty=50)], note="new fluorine-free foam at its price")
ordi("7", "2030-09-07", "import", "FR", "BE", [it("380892", "Fongicide pour rosiers, 500 ml, date de péremption 2032, 2 pcs", "FR", 1, 30, qty=2)], transport="road", consignee_name="M. Luc Dubois", note="garden fungicide to a person, its expiry date named")
ordi("8", "2030-09-08", "export", "DE", "UA", [it("400400", "Gummigranulat SBR 1-4 mm, stahl- und faserfrei, für Kunstrasen, 20 t", "DE", 20000, 5000)], transport="road", note="steel-free crumb at its price")
ordi("9", "2030-09-09", "import", "PL", "DE", [it("401693", "Gummimatten aus Recycling-Granulat, 20 Stück", "PL", 200, 400, qty=20)], transport="road", consignee_name="Herr Jan Schulz", note="recycled rubber mats to a person")
ordi("10", "2030-09-10", "import", "US", "NL", [it("842410", "Portable fire extinguishers, Halotron-free, FK-5-1-12 clean agent, new, 20 pcs", "US", 60, 3000, cur="USD", qty=20)], transport="air", note="new clean-agent extinguishers (first written with FE-36, which is HFC-236fa and rightly asked about: agent changed after the first run)")
ordi("11", "2030-09-11", "import", "FR", "DE", [it("842410", "Feuerlöscher 6 kg ABC-Pulver, neu, 10 Stück", "FR", 90, 400, qty=10)], transport="road", note="new powder extinguishers")
ordi("12", "2030-09-12", "import", "IT", "DE", [it("841821", "Retro-Kühlschrank SMEG FAB28, Neugerät, R600a, 1 Stück", "IT", 60, 1200, qty=1)], transport="road", consignee_name="Frau Julia Braun", note="a new retro-style fridge on isobutane to a person")
ordi("13", "2030-09-13", "import", "US", "NL", [it("841821", "Vintage koelkast 1956, gerestaureerd, koelmiddel verwijderd, omgebouwd naar R600a, 1 st.", "US", 100, 2500, cur="USD", qty=1)], consignee_name="Dhr. Kees de Vries", note="a vintage fridge converted to isobutane")
ordi("14", "2030-09-14", "import", "CN", "SE", [it("841510", "Portabla luftkonditioneringar, R290 propan, laddning 0,22 kg, 500 st.", "CN", 14000, 70000, cur="USD", qty=500)], note="propane portable AC with its small charge")
ordi("16", "2030-09-16", "import", "TR", "BG", [it("841590", "Split AC service parts: capacitors, fan motors, 200 pcs", "TR", 400, 3000, qty=200)], transport="road", note="AC spares at their mass")
ordi("17", "2030-09-17", "import", "DE", "AT", [it("841590", "Vorgefüllte Kältemittelleitungen für Splitgeräte, 5 m, 30 Stück", "DE", 120, 1800, qty=30)], transport="road", note="pre-filled line sets at 4 kg each (the controlled word in a lawful sense)")

# permitted: the same families with their documents
perm("1", "2030-09-18", "export", "NL", "DE", [it("440190", "Afvalhout A-klasse C, gecreosoteerde dwarsliggers, voor verbranding, 20 t", "NL", 20000, 0, docs=[("BASEL_CONSENT", "NL-DE-2030-0311")])], transport="road", note="creosoted sleepers to an incinerator with the consent", **W)
perm("2", "2030-09-19", "import", "US", "GB", [it("842410", "Halon 1301 engine fire bottles, critical use, 6 pcs", "US", 72, 7200, cur="USD", qty=6, docs=[("ODS_LICENCE", "GB-ODS-2030-017")])], transport="air", note="halon bottles for a critical use under licence", **O)
perm("3", "2030-09-20", "export", "BE", "FR", [it("381300", "Expired AFFF with PFOS, for destruction by incineration, IBC, 15 t", "BE", 15000, 0, docs=[("BASEL_CONSENT", "BE-FR-2030-0122")])], transport="road", note="expired AFFF to destruction with the consent", **W)

perm("4", "2030-09-21", "import", "CN", "DE", [it("841510", "Split-Klimagerät 3,5 kW, R32, Füllmenge 0,8 kg, 200 Stück", "CN", 7000, 60000, cur="USD", qty=200, docs=[("FGAS_QUOTA", "DE-FGAS-2030-0458")])], note="split AC on R32 with its quota declaration (first written as ORD-15 without documents; the pack rightly asks for the quota of pre-charged HFC equipment, so moved here with it after the first run)", **O)

probes.write(HERE, "dev25-b")
