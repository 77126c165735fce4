#!/usr/bin/env python3
"""Writes the round-eighteen (d) development probes for waste (waste-derived oils as fuel oil,
spent process fluids as concentrates, end-of-life boats and ships, waste batteries as metal
residues, obsolete pesticides "for reformulation") and precursors (explosive reagents shipped dry,
high-strength peroxide as a cleaner, firework igniters), dev18-d-{disguised,ordinary,permitted}.ndjson.
Every row is written out by hand, worded differently from blind16's rows and mostly in languages
of the trade routes; the note says which modus operandi family it belongs to and what betrays it.
The ordinary rows include lawful private-person consignees receiving ordinary goods of these
families and lawful look-alikes that use the controlled word in a lawful sense. Written and
committed before the round-eighteen (d) rules were run on it (docs/profile-packs.md,
"Round eighteen (d): waste and precursors")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D18D", "918")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# W1 waste-derived oils (tyre or plastic pyrolysis oil, used lubricating oil, tank slops) as fuel oil
dis("W1-1", "2028-11-01", "export", "BE", "NG", [it("271019", "Huile de pyrolyse de pneus, brute, non distillée, pour combustible, 22 t", "BE", 22000, 2600)], domain="waste", note="W1: raw tyre-pyrolysis oil as a fuel at 0.12 EUR/kg; French wording")
dis("W1-2", "2028-11-02", "export", "DE", "GH", [it("271020", "Heizöl, Altöl aus Werkstätten, gemischt, 18 t", "DE", 18000, 1900)], domain="waste", note="W1: mixed workshop used oil (Y8) as heating oil; German wording")
dis("W1-3", "2028-11-03", "export", "IT", "EG", [it("271020", "Olio combustibile da pirolisi di plastica e pneumatici, 20 t", "IT", 20000, 2400)], domain="waste", note="W1: plastic and tyre pyrolysis oil as fuel oil to Egypt; Italian wording")
# W2 spent process fluids (cutting-fluid emulsion, coolant, antifreeze, degreasing bath) as fresh concentrates
dis("W2-1", "2028-11-04", "export", "PL", "UA", [it("340319", "Koncentrat chłodziwa do obróbki skrawaniem, zużyta emulsja, 18 IBC", "PL", 18000, 350, qty=18)], domain="waste", transport="road", note="W2: a coolant 'concentrate' that is spent emulsion at 0.02 EUR/kg; Polish wording")
dis("W2-2", "2028-11-05", "export", "GB", "GH", [it("382000", "Antifreeze concentrate, used, drained from vehicles, 60 drums", "GB", 12000, 300, cur="GBP", qty=60)], domain="waste", note="W2: drained glycol antifreeze at 0.025 GBP/kg")
dis("W2-3", "2028-11-06", "export", "ES", "MA", [it("340319", "Taladrina concentrada, aceite soluble, 24 GRG de 1.000 l", "ES", 24000, 480, qty=24)], domain="waste", transport="road", note="W2: cutting fluid at 0.02 EUR/kg cannot be fresh concentrate (2-5 EUR/kg); Spanish wording")
# W3 end-of-life boats and pleasure craft as used boats (no engine, damaged, at a scrap price per piece)
dis("W3-1", "2028-11-07", "export", "NL", "GH", [it("890399", "Gebruikte sloepen en speedboten, polyester, zonder motor, 25 stuks", "NL", 30000, 2500, qty=25)], domain="waste", note="W3: 1.2 t boats at 100 EUR each are hulls for breaking; Dutch wording")
dis("W3-2", "2028-11-08", "export", "DE", "TG", [it("890391", "Segelyachten, GFK, sturmbeschädigt, Rumpf gerissen, 12 Stk.", "DE", 24000, 3600, qty=12)], domain="waste", note="W3: storm-damaged GRP yachts at 300 EUR each; German wording")
dis("W3-3", "2028-11-09", "export", "GB", "NG", [it("890399", "Used motor boats, fibreglass, engines removed, as is, 18 units", "GB", 27000, 1800, cur="GBP", qty=18)], domain="waste", note="W3: engine-less boats at 100 GBP each")
# W4 waste batteries (NiCd, mixed portable, lithium black mass) as metal residues or oxides
dis("W4-1", "2028-11-10", "export", "FR", "IN", [it("282590", "Oxydes métalliques, résidus de piles alcalines et Ni-Cd broyées, 18 t", "FR", 18000, 1400)], domain="waste", note="W4: crushed alkaline and NiCd batteries as metal oxides; French wording")
dis("W4-2", "2028-11-11", "export", "DE", "TR", [it("750300", "Nickelhaltige Rückstände aus Akkus, unsortiert, 20 t", "DE", 20000, 3000)], domain="waste", note="W4: unsorted spent accumulators as nickel residues; German wording")
dis("W4-3", "2028-11-12", "export", "NL", "VN", [it("262099", "Cobalt-nickel concentrate (black mass) from shredded Li-ion cells, 22 t", "NL", 22000, 26000, cur="USD")], domain="waste", note="W4: black mass of shredded lithium cells is hazardous waste")
# W5 obsolete or expired pesticides and chemicals exported "for reformulation" or re-use
dis("W5-1", "2028-11-13", "export", "FR", "CI", [it("380892", "Fongicides périmés, stocks anciens, pour reconditionnement, fûts, 10 t", "FR", 10000, 900)], domain="waste", note="W5: expired fungicide stocks for 'reconditioning' at 0.09 EUR/kg; French wording")
dis("W5-2", "2028-11-14", "export", "NL", "TZ", [it("380891", "Insecticide, expired 2012, for reprocessing, 240 drums", "NL", 12000, 1200, qty=240)], domain="waste", note="W5: expired insecticide for 'reprocessing'")
dis("W5-3", "2028-11-15", "export", "IT", "SN", [it("380893", "Erbicidi scaduti da riformulare, giacenze di magazzino, 6 t", "IT", 6000, 500)], domain="waste", note="W5: out-of-date herbicides 'to reformulate'; Italian wording")
# W6 end-of-life ships sold to beaching yards as trading vessels
dis("W6-1", "2028-11-16", "export", "GR", "BD", [it("890190", "General cargo vessel, built 1991, sold as is for further trading, 6,800 LDT", "GR", 6800000, 3400000, cur="USD", qty=1)], domain="waste", note="W6: a 37-year-old ship at 500 USD per light tonne is a scrap price; beaching destination")
dis("W6-2", "2028-11-17", "export", "DE", "IN", [it("890120", "Tanker, Baujahr 1994, letzte Reise, 9.200 t Leergewicht", "DE", 9200000, 4600000, cur="USD", qty=1)], domain="waste", note="W6: a tanker on its 'last voyage' to Alang at a scrap price; German wording")
# P1 explosive reagents shipped dry or in quantities no laboratory uses
dis("P1-1", "2028-11-18", "import", "CN", "DE", [it("290899", "Pikrinsäure, trocken, 99 %, zur Färbung, 3 kg", "CN", 3, 90, cur="USD")], domain="precursors", transport="express", consignee_name="Herr Stefan Koch", note="P1: dry picric acid to a private person; German wording")
dis("P1-2", "2028-11-19", "import", "IN", "FR", [it("290420", "Trinitrophénol anhydre, réactif de laboratoire, 10 x 500 g", "IN", 5, 150, cur="USD", qty=10)], domain="precursors", transport="express", note="P1: anhydrous trinitrophenol; laboratories buy it wetted; French wording")
dis("P1-3", "2028-11-20", "import", "CN", "PL", [it("290420", "Kwas pikrynowy suchy, odczynnik, 2 kg", "CN", 2, 70, cur="USD")], domain="precursors", transport="post", consignee_name="Pan Marek Nowak", note="P1: dry picric acid by post to a private person; Polish wording")
# P2 high-strength hydrogen peroxide (60-98 %) as a cleaner, disinfectant or bleach
dis("P2-1", "2028-11-21", "import", "TR", "BG", [it("284700", "Industrial cleaning agent, hydrogen peroxide 85 %, 4 drums", "TR", 900, 1800, qty=4)], domain="precursors", transport="road", note="P2: no cleaner is 85 % peroxide (HTP)")
dis("P2-2", "2028-11-22", "import", "CN", "CZ", [it("382499", "Dezinfekční prostředek, peroxid vodíku 90 %, 10 kanystrů", "CN", 300, 700, cur="USD", qty=10)], domain="precursors", transport="express", note="P2: a 'disinfectant' at 90 % peroxide under a mixtures code; Czech wording")
dis("P2-3", "2028-11-23", "import", "UA", "RO", [it("284700", "Detergent concentrat, apă oxigenată 70 %, 8 butoaie", "UA", 1600, 2200, qty=8)], domain="precursors", transport="road", note="P2: a 'detergent' at 70 % peroxide; Romanian wording")
# P3 firework igniters and electric matches outside the consumer-fireworks trade
dis("P3-1", "2028-11-24", "import", "CN", "NL", [it("360350", "Electric igniters for fireworks, e-match, 30,000 pcs", "CN", 300, 2900, cur="USD", qty=30000)], domain="precursors", transport="express", consignee_name="Mr Daan Visser", note="P3: industrial quantities of electric matches to a private person")
dis("P3-2", "2028-11-25", "import", "CN", "ES", [it("360350", "Cerillas eléctricas con retardo para pirotecnia, 20.000 uds", "CN", 250, 2400, cur="USD", qty=20000)], domain="precursors", note="P3: delay electric matches (a detonator's function); Spanish wording")

# ordinary look-alikes and private persons
PP = dict(consignee_name="Private person")
ordi("01", "2028-11-01", "export", "NL", "NG", [it("271019", "Heavy fuel oil RMG 380, ISO 8217, 20 t", "NL", 20000, 11000)], note="fuel oil at its price")
ordi("02", "2028-11-02", "export", "DE", "PL", [it("271019", "Grundöl, raffiniert aus Altöl (Zweitraffinat), API Gruppe II, 20 t", "DE", 20000, 17000)], transport="road", note="re-refined base oil, a product (end of waste), at a product price; German wording")
ordi("03", "2028-11-03", "import", "DE", "AT", [it("271019", "Heizöl extra leicht für Pyrolyseofen, 10 t", "DE", 10000, 9000)], transport="road", note="heating oil for a pyrolysis oven: 'pyrolysis' in a lawful sense")
ordi("04", "2028-11-04", "export", "PL", "UA", [it("340319", "Koncentrat chłodziwa do obróbki skrawaniem, 20 IBC", "PL", 20000, 64000, qty=20)], transport="road", note="fresh cutting-fluid concentrate at 3.2 EUR/kg; Polish wording")
ordi("05", "2028-11-05", "import", "DE", "FR", [it("382000", "Liquide de refroidissement prêt à l'emploi, 5 l, 400 bidons", "DE", 2200, 4800, qty=400)], transport="road", note="ready-to-use coolant; 'use' is not 'used'")
ordi("06", "2028-11-06", "export", "FR", "SN", [it("890392", "Bateaux de pêche en polyester, neufs, avec moteur hors-bord, 6 unités", "FR", 9000, 84000, qty=6)], note="new boats with engines at their price; French wording")
ordi("07", "2028-11-07", "import", "CN", "DE", [it("890399", "Schlauchboote, aufblasbar, ohne Motor, 200 Stk.", "CN", 3000, 18000, cur="USD", qty=200)], note="inflatable dinghies without engine at 90 USD: light, not hulls")
ordi("08", "2028-11-08", "export", "GB", "IE", [it("890391", "Used sailing yacht, 9 m, survey passed, 1 unit", "GB", 3500, 38000, cur="GBP", qty=1)], transport="road", note="one used sailing yacht at its price to a private person", **PP)
ordi("09", "2028-11-09", "import", "CN", "FR", [it("282010", "Dioxyde de manganèse électrolytique (EMD), qualité batterie, 20 t", "CN", 20000, 42000, cur="USD")], note="battery-grade manganese dioxide: 'batterie' in a lawful sense")
ordi("10", "2028-11-10", "import", "CN", "DE", [it("850650", "Lithium-Knopfzellen CR2032, Einzelhandel, 5.000 Stk.", "CN", 15, 900, cur="USD", qty=5000)], transport="air", note="new button cells")
ordi("11", "2028-11-11", "import", "CN", "GB", [it("850760", "Replacement laptop battery, Li-ion, 1 pc", "CN", 0.4, 45, cur="USD", qty=1)], transport="post", note="one laptop battery to a private person", **PP)
ordi("12", "2028-11-12", "export", "DE", "CI", [it("380893", "Herbizid, Wirkstoff technisch, zur Formulierung, Verfallsdatum 2031, 8 t", "DE", 8000, 64000)], note="technical-grade herbicide for formulation at 8 EUR/kg, fresh batch: 'Verfallsdatum' and 'Formulierung' in a lawful sense")
ordi("13", "2028-11-13", "import", "FR", "BE", [it("380891", "Insecticide ménager en aérosol, 400 ml, 600 pièces", "FR", 300, 1500, qty=600)], transport="road", note="household insecticide sprays")
ordi("14", "2028-11-14", "import", "US", "IT", [it("380891", "Repellente per zanzare, 2 confezioni", "US", 0.5, 30, cur="USD", qty=2)], transport="post", note="mosquito repellent to a private person", consignee_name="Sig.ra Laura Bianchi")
ordi("15", "2028-11-15", "import", "KR", "GR", [it("890190", "Bulk carrier, newbuilding 2028, delivery voyage, 1 unit", "KR", 12000000, 38000000, cur="USD", qty=1)], note="a new ship at a newbuilding price")
ordi("16", "2028-11-16", "import", "DE", "IT", [it("290899", "Acido picrico, umidificato con 40 % di acqua, 100 g, per istologia", "DE", 0.1, 45, qty=1)], transport="express", note="wetted picric acid, lab pack, to a hospital", importer_name="Azienda Ospedaliera Universitaria Careggi")
ordi("17", "2028-11-17", "import", "GB", "FR", [it("382200", "Solution de Bouin (acide picrique), 500 ml, 4 flacons", "GB", 2.2, 80, cur="GBP", qty=4)], transport="express", note="Bouin's fixative, a dilute picric solution, to a laboratory", importer_name="Laboratoire d'Anatomie Pathologique SARL")
ordi("18", "2028-11-18", "import", "FI", "PL", [it("284700", "Nadtlenek wodoru 70 %, do bielenia masy celulozowej, cysterna 22 t", "FI", 22000, 13000)], transport="road", note="70 % peroxide to a pulp mill for bleaching; Polish wording", importer_name="Mondi Świecie S.A.")
ordi("19", "2028-11-19", "import", "DE", "NL", [it("284700", "Hydrogen peroxide 3 %, cleaning and disinfection, 250 ml, 1 bottle", "DE", 0.3, 6, qty=1)], transport="post", note="3 % peroxide to a private person", **PP)
ordi("20", "2028-11-20", "import", "DE", "FR", [it("382499", "Nettoyant désinfectant à base de peroxyde d'hydrogène 7,5 %, bidons 5 l, 200", "DE", 1100, 2600, qty=200)], transport="road", note="a 7.5 % peroxide cleaner, within the public limit")
ordi("21", "2028-11-21", "import", "CN", "IT", [it("360350", "Accenditori elettrici per fuochi d'artificio, marcati CE, categoria P1, 100.000 pz", "CN", 1000, 9800, cur="USD", qty=100000)], note="CE-marked firework igniters to a wholesaler; Italian wording", importer_name="Pirotecnica Adriatica S.r.l.")
ordi("22", "2028-11-22", "import", "CN", "DE", [it("360350", "Elektrische Anzünder für Feuerwerk, CE-Kennzeichnung, Kategorie F2, 80.000 Stk.", "CN", 800, 7500, cur="USD", qty=80000)], note="CE-marked F2 igniters to a fireworks company; German wording", importer_name="Feuerwerk Vertrieb GmbH")

# permitted shipments with their documents
perm("1", "2028-11-23", "export", "DE", "NL", [it("271099", "Altöl, gemischt, zur Aufbereitung, 20 t", "DE", 20000, 0, docs=[("BASEL_CONSENT", "DE-NRW-28-1177")])], transport="road", domain="waste", importer_name="Puralube Raffinerie B.V.", note="used oil to a re-refinery with the notification")
perm("2", "2028-11-24", "export", "BE", "DE", [it("854912", "Piles portables usagées en mélange, y compris Ni-Cd, 18 t", "BE", 18000, 0, docs=[("BASEL_CONSENT", "BE-OVAM-28-0420")])], transport="road", domain="waste", importer_name="Batterierecycling Nord GmbH", note="mixed waste portable batteries under their code with the consent")
perm("3", "2028-11-25", "export", "NL", "DE", [it("380891", "Obsolete pesticide stocks for incineration, 12 t", "NL", 12000, 0, docs=[("BASEL_CONSENT", "NL-ILT-28-0391")])], transport="road", domain="waste", importer_name="Sondermüllverbrennung Hamburg GmbH", note="obsolete pesticides to incineration with the consent")
perm("4", "2028-11-26", "import", "DE", "AT", [it("284700", "Wasserstoffperoxid 85 %, Antriebsqualität, 500 kg", "DE", 500, 4500, docs=[("PRECURSOR_LICENCE", "AT-BMI-28-0041")])], transport="road", domain="precursors", importer_name="Raumfahrt Antriebe GmbH", note="HTP to a propulsion firm with a licence")
perm("5", "2028-11-27", "import", "DE", "CZ", [it("360350", "Elektrické rozněcovače, 5.000 ks", "DE", 60, 3000, qty=5000, docs=[("EXPLOSIVES_LICENCE", "CZ-28-0777")])], transport="road", domain="precursors", importer_name="Austin Detonator s.r.o.", note="electric detonators to a licensed maker")
perm("6", "2028-11-28", "export", "NO", "TR", [it("890190", "Cargo ship, end of life, for recycling at an approved yard, 5,400 LDT", "NO", 5400000, 2400000, cur="USD", qty=1, docs=[("BASEL_CONSENT", "NO-MD-28-0102")])], domain="waste", importer_name="Aliaga Ship Recycling A.S.", note="an end-of-life ship to an approved yard with its documents")
probes.write(HERE, "dev18-d")
