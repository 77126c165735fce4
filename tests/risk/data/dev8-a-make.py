#!/usr/bin/env python3
"""Writes the round-eight development probes for strategic goods (sanctions circumvention),
explosive precursors and cultural property (dev8-a-{disguised,ordinary,permitted}.ndjson).
Every row is written out by hand, worded differently from blind6's rows; the note says which
modus operandi family it belongs to and what betrays it. Written and committed before the
round-eight rules were run on it (docs/profile-packs.md, "Round eight: strategic and dual-use goods...")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D8A", "701")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

S, PR, C = "strategic", "precursors", "cultural"

# S1 strategic goods declared to a hub for a final consignee in a sanctioned country (consignee_country)
dis("S1-1", "2027-05-03", "export", "IT", "TR", [it("841939", "Liofilizzatore da laboratorio, 5 m2 di ripiani, 1 pz", "IT", 2200, 185000, qty=1)], consignee_name="Rahavard Daru Co", consignee_country="IR", note="a freeze-dryer (Australia Group biological equipment) to Istanbul for a Tehran consignee, Italian wording", domain=S)
dis("S1-2", "2027-05-04", "export", "CZ", "AM", [it("853710", "Control panels for machine tools, 6 pcs", "CZ", 180, 54000, qty=6)], transport="road", transit=["PL", "LT"], consignee_name="OOO Stanko Servis", consignee_country="RU", note="CNC controls to Yerevan for a Russian consignee", domain=S)
dis("S1-3", "2027-05-05", "export", "FR", "LB", [it("292219", "Aminoalcool pour traitement des gaz, fûts 200 kg, 40 fûts", "FR", 8000, 30000, qty=40)], consignee_name="Mouassasat Al-Sharq", consignee_country="SY", note="an amino-alcohol (AG precursor subheading) to Beirut for a Damascus consignee, French wording", domain=S)
# S2 aircraft parts (release certificates, overhaul tags) under road-vehicle or machinery codes, to Russia's neighbours
dis("S2-1", "2027-05-06", "export", "DE", "KZ", [it("841231", "Hydraulikzylinder, überholt, mit FAA 8130-3 Freigabeschein, 6 Stück", "US", 90, 84000, qty=6)], transport="air", consignee_name="Aerotekhnika LLP", consignee_country="KZ", note="landing-gear actuators with an FAA airworthiness release to Almaty (aviation goods for Russian airlines), German wording", domain=S)
dis("S2-2", "2027-05-07", "export", "NL", "AM", [it("870899", "Wheel assemblies, main gear, serviceable tag, P/N 2-1577, 8 pcs", "US", 520, 96000, qty=8)], transport="air", note="aircraft main-gear wheels under the car-parts code to Yerevan", domain=S)
dis("S2-3", "2027-05-08", "export", "FR", "GE", [it("850164", "Démarreur-générateur, état navigable, certificat EASA Form 1, 3 pcs", "FR", 60, 75000, qty=3)], transport="air", consignee_country="RU", note="aircraft starter-generators with EASA Form 1 to Tbilisi for a Russian airline", domain=S)
# S3 small piston or rotary engines for drones, ultralights or paramotors, to a hub or sanctioned country
dis("S3-1", "2027-05-09", "export", "AT", "AE", [it("840790", "Rotary (Wankel) engines 38 hp for unmanned aircraft, 12 pcs", "GB", 240, 150000, qty=12)], transport="air", note="Wankel UAV engines to Dubai", domain=S)
dis("S3-2", "2027-05-10", "export", "DE", "TR", [it("840710", "Boxermotoren 2 Zylinder 28 PS, Gleitschirm-Antrieb, 30 Stück", "DE", 450, 120000, qty=30)], transport="road", note="paramotor engines (Iranian UAV component list) to Turkey, German wording", domain=S)
# S4 rocket propellants and their precursors by name or grade, to a non-allied destination
dis("S4-1", "2027-05-11", "export", "BE", "AE", [it("282510", "Hydrazine hydrate 80 %, water-treatment chemical, 200 l drums, 20 drums", "BE", 4000, 18000, qty=20)], consignee_country="AE", note="hydrazine hydrate at 80 % (propellant grade, boiler treatments use 15-35 %) to Dubai", domain=S)
dis("S4-2", "2027-05-12", "export", "DE", "PK", [it("400299", "Polybutadien, hydroxylterminiert (HTPB), Harz, 20 Fässer", "US", 3600, 90000, qty=20)], note="HTPB binder (solid-rocket propellant, ML8) as a rubber resin to Pakistan, German wording", domain=S)
dis("S4-3", "2027-05-13", "export", "IT", "EG", [it("292800", "Dimetilidrazina asimmetrica, 98 %, fusti 50 l", "IT", 1000, 40000, qty=20)], consignee_country="YE", note="UDMH (liquid rocket fuel) to Egypt for a Yemeni consignee, Italian wording", domain=S)
# S5 ammunition components (cases, projectiles) as hardware, lamp or fishing parts, to an embargoed or conflict area
dis("S5-1", "2027-05-14", "export", "TR", "OM", [it("741999", "Brass ferrules, bottleneck, primer pocket, 45 mm, 300,000 pcs", "TR", 3000, 24000, "USD", qty=300000)], consignee_country="YE", note="rifle cartridge cases as brass ferrules to Oman for a Yemeni consignee", domain=S)
dis("S5-2", "2027-05-15", "export", "BG", "LY", [it("780600", "Plombs de pêche, ogives chemisées cuivre 7,62 mm, 200 000 pcs", "BG", 1600, 18000, qty=200000)], note="copper-jacketed bullets as fishing weights to Libya, French wording", domain=S)
dis("S5-3", "2027-05-16", "transit", "CN", "SD", [it("830890", "Empty brass tubes 9 x 19 mm for electronics, 1,000,000 pcs", "CN", 3500, 20000, "USD", qty=1000000)], transit=["EG"], note="9 mm pistol cases as brass tubes in transit to Sudan", domain=S)
# S6 goods banned from Russia or Belarus declared with a third-country origin, betrayed by the producer named
dis("S6-1", "2027-05-17", "import", "KZ", "PL", [it("720839", "Hot-rolled coils S235, mill test certificate Cherepovets, origin Kazakhstan", "KZ", 60000, 36000, "USD")], transport="rail", transit=["RU", "BY"], note="Severstal coils (Cherepovets mill) with a Kazakh origin", domain=S)
dis("S6-2", "2027-05-18", "import", "GE", "IT", [it("310420", "Cloruro di potassio granulare rosa 60 % K2O, origine Georgia", "GE", 900000, 270000, "USD")], transit=["TR"], note="pink granular potash (Belaruskali's product) from Georgia, which mines none, Italian wording", domain=S)
dis("S6-3", "2027-05-19", "import", "TR", "DE", [it("722541", "Grobblech, Werkszeugnis NLMK, Ursprung Türkei", "TR", 45000, 40000, "USD")], note="NLMK plate with a Turkish origin, German wording", domain=S)

# P1 precursor strength given by a physical property (density, specific gravity, Baume) instead of a percentage
dis("P1-1", "2027-05-20", "export", "NL", "MK", [it("284700", "Waterstofperoxide-oplossing, soortelijk gewicht 1,13, 25 l jerrycans, 80 st", "NL", 2200, 3000, qty=80)], transport="road", note="H2O2 by specific gravity (1.13 = about 35 %) to North Macedonia, Dutch wording", domain=PR)
dis("P1-2", "2027-05-21", "import", "PL", "DE", [it("280800", "Salpetersäure 40 °Bé, 5 l Kanister", "PL", 7, 30, qty=1)], transport="post", note="nitric acid by Baume degree (about 60 %, Annex I limit 3 %) to a private person by post, German wording", domain=PR)
dis("P1-3", "2027-05-22", "import", "CN", "FR", [it("284700", "Hydrogen peroxide solution, density 1.29 g/ml, 1 l bottles, 10 pcs", "CN", 13, 60, "USD", qty=10)], transport="express", note="70 % H2O2 given by density to a private buyer", domain=PR)
# P2 detonating cord described by its physical build (powder or crystalline core, core load)
dis("P2-1", "2027-05-23", "export", "DE", "CD", [it("391723", "Kunststoffschlauch 5 mm mit Pulverseele 12 g/m, Rollen 250 m, 60 Rollen", "DE", 300, 11000, qty=60)], note="detonating cord as plastic hose with a powder core to the DR Congo mining areas, German wording", domain=PR)
dis("P2-2", "2027-05-24", "export", "US", "GY", [it("560750", "Braided cord with white powder core, 50 grains/ft, 1,000 ft spools, 40 spools", "US", 380, 14000, "USD", qty=40)], note="detonating cord by its grain-per-foot load to Guyana gold fields", domain=PR)
# P3 metal fuel powders (magnalium, pyrotechnic aluminium, magnesium) to a private buyer or an IED-threat area
dis("P3-1", "2027-05-25", "export", "FR", "ML", [it("760310", "Poudre d'alliage magnésium-aluminium 50/50, 325 mesh, 25 kg", "FR", 500, 5000, qty=20)], note="magnalium powder to Mali, French wording", domain=PR)
dis("P3-2", "2027-05-26", "import", "US", "NL", [it("760320", "Dark pyro aluminum, 2 lb jar", "US", 1, 60, "USD", qty=1)], transport="express", note="dark pyro aluminium (flash powder fuel) to a private person", domain=PR)
dis("P3-3", "2027-05-27", "import", "CN", "ES", [it("760320", "Aluminium flake powder 3 micron, uncoated, 2 kg", "CN", 2, 40, "USD", qty=1)], transport="post", note="uncoated micron aluminium flake to a private person by post", domain=PR)

# C1 archaeological finds betrayed by burial or immersion (soil encrustation, concretions, barnacles, uncleaned)
dis("C1-1", "2027-05-28", "import", "TN", "FR", [it("691390", "Amphore décorative avec concrétions marines et coquillages, 1 pc", "TN", 18, 200, qty=1)], note="an amphora raised from the seabed (underwater heritage), French wording", domain=C)
dis("C1-2", "2027-05-29", "import", "BG", "DE", [it("711890", "Uncleaned ancient bronze coins, lot of 500, with soil", "BG", 2, 300, qty=500)], transport="post", note="uncleaned coins with soil are fresh detector finds (Bulgarian heritage)", domain=C)
dis("C1-3", "2027-05-30", "export", "ES", "GB", [it("691390", "Cuencos de cerámica con restos de tierra y adherencias calcáreas, 6 piezas", "ES", 8, 350, qty=6)], transport="air", note="ceramics with soil and calcareous deposits (Spanish archaeological heritage), Spanish wording", domain=C)
# C2 early printed books or manuscripts in lots by weight (vellum bindings, blackletter)
dis("C2-1", "2027-05-31", "export", "DE", "US", [it("490199", "Alte Bücher, Konvolut nach Gewicht, Frakturschrift, Holzdeckel mit Schließen, 25 kg", "DE", 25, 200, qty=1)], transport="air", note="early printed books in wooden boards with clasps by weight, German wording", domain=C)
dis("C2-2", "2027-06-01", "export", "FR", "CH", [it("490199", "Livres anciens au kilo, reliures vélin, 30 kg", "FR", 30, 150, qty=1)], transport="road", note="old books in vellum bindings sold by the kilo, French wording", domain=C)
# C3 liturgical or votive objects as precious-metal scrap or for melting
dis("C3-1", "2027-06-02", "export", "ES", "AE", [it("711292", "Chatarra de plata: cálices y patenas para refinar, 40 piezas", "ES", 12, 4000, qty=40)], transport="air", note="chalices and patens (stolen church silver) as scrap for refining, Spanish wording", domain=C)
dis("C3-2", "2027-06-03", "export", "GR", "TR", [it("711299", "Silver icon covers (riza) for melting, 25 pcs", "GR", 6, 1800, qty=25)], transport="road", note="icon covers from churches for melting", domain=C)

# Ordinary look-alikes
ordi("1", "2027-05-03", "export", "IT", "TR", [it("841939", "Industrial freeze dryer for food, 1 pc", "IT", 3000, 140000, qty=1)], consignee_country="TR", note="food freeze-dryer for a Turkish consignee")
ordi("2", "2027-05-04", "export", "DE", "AE", [it("841989", "Stainless steel fermentation tanks, 2,000 l, brewery, 3 pcs", "DE", 2400, 60000, qty=3)], consignee_country="AE", note="brewery tanks for a Dubai brewery")
ordi("3", "2027-05-05", "export", "FR", "US", [it("880730", "Landing gear actuators, overhauled, EASA Form 1, 2 pcs", "FR", 40, 50000, qty=2)], transport="air", note="aircraft parts under their own code to the US")
ordi("4", "2027-05-06", "export", "DE", "GB", [it("841231", "Hydraulic cylinders for excavators, 20 pcs", "DE", 800, 24000, qty=20)], transport="road", note="excavator cylinders")
ordi("5", "2027-05-07", "export", "NL", "TR", [it("870899", "Truck wheel hubs, 40 pcs", "DE", 1200, 18000, qty=40)], transport="road", note="truck parts to Turkey")
ordi("6", "2027-05-08", "export", "AT", "CH", [it("840790", "Two-stroke engines 50 hp for ultralight aircraft, 4 pcs", "AT", 120, 40000, qty=4)], transport="road", note="ultralight engines to Switzerland")
ordi("7", "2027-05-09", "export", "DE", "AE", [it("840731", "Outboard motors 15 hp, 20 pcs", "JP", 900, 50000, qty=20)], note="outboard motors to Dubai")
ordi("8", "2027-05-10", "export", "BE", "OM", [it("282510", "Hydrazine hydrate 24 %, boiler oxygen scavenger, IBC 1,000 l, 10 pcs", "BE", 10000, 15000, qty=10)], consignee_country="OM", note="boiler-grade hydrazine solution to Sohar")
ordi("9", "2027-05-11", "export", "DE", "IN", [it("400219", "Styrene-butadiene rubber, bales", "DE", 20000, 40000)], note="ordinary synthetic rubber")
ordi("10", "2027-05-12", "export", "TR", "DE", [it("741999", "Brass ferrules for hoses, 100,000 pcs", "TR", 800, 9000, "USD", qty=100000)], transport="road", note="hose ferrules to Germany")
ordi("11", "2027-05-13", "export", "CN", "FR", [it("940599", "Brass lamp holders E27, 50,000 pcs", "CN", 1500, 12000, "USD", qty=50000)], note="lamp holders")
ordi("12", "2027-05-14", "import", "CN", "NL", [it("950790", "Fishing sinkers, lead, assorted, 5,000 pcs", "CN", 300, 1500, "USD", qty=5000)], note="fishing sinkers")
ordi("13", "2027-05-15", "import", "KZ", "PL", [it("720839", "Hot-rolled coils S235, mill certificate ArcelorMittal Temirtau", "KZ", 60000, 36000, "USD")], transport="rail", transit=["RU", "BY"], note="Kazakh steel from Temirtau (a real Kazakh mill)")
ordi("14", "2027-05-16", "import", "CA", "NL", [it("310420", "Potassium chloride 60 % K2O, granular, bulk", "CA", 30000000, 9000000, "USD")], note="Canadian potash")
ordi("15", "2027-05-17", "import", "TR", "DE", [it("722541", "Heavy plate S355, mill certificate Erdemir", "TR", 45000, 40000, "USD")], note="Turkish steel plate")
ordi("16", "2027-05-18", "export", "NL", "BE", [it("284700", "Waterstofperoxide 35 %, soortelijk gewicht 1,13, IBC", "NL", 11000, 6000, qty=10)], transport="road", note="H2O2 with its percentage and density to an industrial buyer in Belgium")
ordi("17", "2027-05-19", "import", "PL", "DE", [it("280800", "Salpetersäure 53 %, Dichte 1,33, IBC", "PL", 14000, 4000, qty=10)], transport="road", note="industrial nitric acid stating its strength")
ordi("18", "2027-05-20", "import", "CN", "FR", [it("330499", "Hydrogen peroxide teeth whitening gel 6 %, 10 pcs", "CN", 1, 40, "USD", qty=10)], transport="express", note="whitening gel under the limit")
ordi("19", "2027-05-21", "export", "DE", "CH", [it("560750", "Climbing rope 9.8 mm, 62 g/m, kernmantle, 70 m, 40 pcs", "DE", 180, 6000, qty=40)], transport="road", note="climbing ropes with their weight per metre")
ordi("20", "2027-05-22", "export", "DE", "PL", [it("391723", "Garden hose 1/2 inch, reinforced, 25 m rolls, 200 pcs", "DE", 800, 3000, qty=200)], transport="road", note="garden hose")
ordi("21", "2027-05-23", "export", "DE", "FR", [it("320890", "Aluminium paste for paints, leafing, coated, 25 kg", "DE", 500, 6000, qty=20)], transport="road", note="paint aluminium paste")
ordi("22", "2027-05-24", "import", "CN", "ES", [it("760320", "Aluminium powder for powder coating pigment, coated, 25 kg drums", "CN", 1000, 6000, "USD", qty=40)], note="coated aluminium pigment for a coatings plant")
ordi("23", "2027-05-25", "export", "FR", "DE", [it("810430", "Magnesium turnings for Grignard reagents, 20 kg", "FR", 200, 2000, qty=10)], transport="road", note="magnesium turnings for a lab in Germany")
ordi("24", "2027-05-26", "import", "TN", "FR", [it("691390", "Decorative amphora, new terracotta, garden, 20 pcs", "TN", 300, 600, qty=20)], note="new garden amphorae")
ordi("25", "2027-05-27", "import", "US", "DE", [it("711890", "Silver bullion coins, 1 oz, 2027, 50 pcs", "US", 2, 1800, "USD", qty=50)], transport="air", note="modern bullion coins")
ordi("26", "2027-05-28", "export", "ES", "GB", [it("691200", "Cerámica rústica nueva, cuencos esmaltados, 60 piezas", "ES", 40, 400, qty=60)], transport="road", note="new rustic pottery")
ordi("27", "2027-05-29", "export", "DE", "US", [it("490199", "Used paperback books, mixed lots by weight, 200 kg", "DE", 200, 300)], note="modern second-hand books by weight")
ordi("28", "2027-05-30", "export", "FR", "CH", [it("490199", "Facsimilé d'un livre d'heures, reliure vélin, 1 pc", "FR", 2, 400, qty=1)], transport="road", note="a facsimile in a vellum binding")
ordi("29", "2027-05-31", "export", "ES", "CH", [it("711299", "Chatarra de plata de joyería rota, para refinar", "ES", 20, 9000)], transport="road", note="broken jewellery scrap for refining")
ordi("30", "2027-06-01", "import", "MX", "ES", [it("830629", "Milagros, new tin votive charms, handicraft, 500 pcs", "MX", 3, 150, "USD", qty=500)], transport="air", note="new Mexican votive charms")
ordi("31", "2027-06-02", "import", "CN", "DE", [it("970191", "Oil paintings, new copies of old masters, 20 pcs", "CN", 30, 1200, "USD", qty=20)], note="new copies of old masters")
ordi("32", "2027-06-03", "export", "IT", "CH", [it("691390", "Ceramiche nere lucide, produzione artigianale nuova, 20 pezzi", "IT", 20, 600, qty=20)], transport="road", note="new black ceramics")

# Permitted shipments with their documents
perm("1", "2027-05-04", "export", "NL", "ZA", [it("310230", "Technical ammonium nitrate, porous prills, for a licensed explosives manufacturer, big bags", "NL", 24000, 12000, docs=[("PRECURSOR_LICENCE", "NL-PREC-27-0102"), ("END_USER_CERTIFICATE", "ZA-SAPS-EUC-27-0201")])], note="technical AN to a licensed explosives maker with its documents", domain=PR)
perm("2", "2027-05-06", "export", "SE", "NO", [it("360300", "Detonating cord 10 g/m PETN, UN0065, 1.1D, 40 reels", "SE", 400, 9000, qty=40, docs=[("EXPORT_LICENCE", "SE-MSB-27-0140")])], transport="road", note="detonating cord under its own code with its licence", domain=PR)
perm("3", "2027-05-08", "export", "DE", "US", [it("490199", "Incunable, 1483, Gothic type, bound in vellum, 1 vol.", "DE", 3, 180000, qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "DE-KGSG-27-0033")])], transport="air", note="an incunable with its export licence", domain=C)
perm("4", "2027-05-10", "export", "FR", "GB", [it("880730", "Aircraft main wheel assemblies, EASA Form 1, 4 pcs", "FR", 240, 48000, qty=4, docs=[("EXPORT_LICENCE", "FR-SBDU-27-0222")])], transport="air", note="aircraft wheels with their papers", domain=S)
perm("5", "2027-05-12", "export", "BE", "SA", [it("282510", "Hydrazine hydrate 64 %, 200 l drums, 10 drums", "BE", 2000, 9000, qty=10, docs=[("EXPORT_LICENCE", "BE-FL-27-0081")])], consignee_country="SA", note="hydrazine hydrate with its export licence", domain=S)

# Second batch (D8A-M-*), written after the first run and measured once before any further change
dis("M-1", "2027-06-04", "export", "DE", "KZ", [it("841290", "Propeller governors, overhauled, with release certificate, 2 pcs", "US", 30, 26000, qty=2)], transport="air", transit=["RU"], note="aircraft propeller governors with a release certificate to Kazakhstan through Russia", domain=S)
dis("M-2", "2027-06-05", "export", "NL", "AE", [it("282510", "Hydrazinehydraat 55 %, vaten 200 l, 30 st", "NL", 6000, 24000, qty=30)], consignee_country="AE", note="hydrazine hydrate at 55 % to Dubai, Dutch wording", domain=S)
dis("M-3", "2027-06-06", "export", "CZ", "GE", [it("840991", "Cylinder heads and pistons for 2-cylinder UAV engines, 40 sets", "CZ", 200, 30000, qty=40)], transport="road", note="UAV engine parts to Georgia", domain=S)
dis("M-4", "2027-06-07", "export", "IT", "LB", [it("741999", "Bossoli in ottone calibro 5,56, 100.000 pz", "IT", 700, 9000, qty=100000)], note="5.56 cases as brass articles to Lebanon, Italian wording", domain=S)
dis("M-5", "2027-06-08", "import", "AM", "PL", [it("721391", "Wire rod SAE 1008, heat numbers MMK, origin Armenia", "AM", 50000, 30000, "USD")], transport="rail", transit=["GE", "TR", "BG", "RO", "HU", "SK"], note="Magnitogorsk wire rod with an Armenian origin", domain=S)
dis("M-6", "2027-06-09", "export", "ES", "MA", [it("284700", "Agua oxigenada, densidad 1,11, garrafas de 25 l, 40 uds", "ES", 1100, 1400, qty=40)], transport="road", note="hydrogen peroxide of density 1.11 (about 30 %) to Morocco, Spanish wording", domain=PR)
dis("M-7", "2027-06-10", "export", "FR", "NE", [it("560790", "Mèche blanche à âme de poudre cristalline, 20 g/m, 30 bobines", "FR", 240, 8000, qty=30)], note="detonating cord as a wick with a crystalline powder core to Niger, French wording", domain=PR)
dis("M-8", "2027-06-11", "import", "CN", "IT", [it("810430", "Magnesium powder 200 mesh, 1 kg, for experiments", "CN", 1, 25, "USD", qty=1)], transport="post", note="fine magnesium powder (Annex II) to a private person by post", domain=PR)
dis("M-9", "2027-06-12", "import", "GR", "DE", [it("830629", "Bronze arrowheads, corroded, with earth residues, 30 pcs", "GR", 1, 300, qty=30)], transport="post", note="Greek detector finds with earth on them", domain=C)
dis("M-10", "2027-06-13", "export", "IT", "US", [it("491199", "Fogli di antifonario su pergamena, lotto di 12", "IT", 3, 900, qty=12)], transport="air", note="antiphonary leaves on parchment (church library heritage) in a lot, Italian wording", domain=C)
dis("M-11", "2027-06-14", "export", "PT", "BR", [it("711299", "Prata velha para fundir: custódia e cálice de igreja", "PT", 4, 1500, qty=2)], transport="air", note="a monstrance and a chalice as old silver to melt, Portuguese wording", domain=C)
dis("M-12", "2027-06-15", "export", "DE", "KG", [it("841221", "Hydraulic actuators, PMA parts, Boeing 737 NG, 6 pcs", "US", 70, 60000, qty=6)], transport="air", note="Boeing actuators under the machinery code to Bishkek", domain=S)
ordi("M-1", "2027-06-04", "export", "DE", "KZ", [it("950300", "Aircraft model kits, plastic, 200 pcs", "DE", 60, 3000, qty=200)], transport="road", note="plastic model kits to Kazakhstan")
ordi("M-2", "2027-06-05", "import", "CN", "DE", [it("844399", "Empty ink cartridge cases for printers, 500 pcs", "CN", 20, 300, "USD", qty=500)], note="printer cartridge shells")
ordi("M-3", "2027-06-06", "export", "IT", "TN", [it("284700", "Perossido di idrogeno 35 %, densità 1,13, IBC", "IT", 11000, 5000, qty=10)], note="35 % peroxide stating its percentage to a Tunisian paper mill")
ordi("M-4", "2027-06-07", "import", "US", "NL", [it("760310", "Aluminium powder, coated, for 3D printing, 10 kg", "US", 10, 900, "USD", qty=1)], transport="express", note="additive-manufacturing powder")
ordi("M-5", "2027-06-08", "import", "TR", "FR", [it("691200", "Ceramic bowls with crackle glaze, antique look, new, 100 pcs", "TR", 50, 500, qty=100)], note="new antique-look bowls")
ordi("M-6", "2027-06-09", "export", "ES", "MX", [it("490199", "Libro antiguo de derecho, siglo XIX, encuadernación en pergamino, 1 vol.", "ES", 1, 180, qty=1)], transport="air", note="a 19th-century law book at a bookseller's price")
ordi("M-7", "2027-06-10", "export", "FR", "BE", [it("711420", "Chalices, new, silver plated, church supplies, 20 pcs", "FR", 10, 2400, qty=20)], transport="road", note="new chalices for a church supplier")
ordi("M-8", "2027-06-11", "import", "KZ", "DE", [it("730419", "Seamless steel pipes, mill certificate KSP Steel Pavlodar", "KZ", 40000, 48000, "USD")], transport="rail", transit=["RU", "BY", "PL"], note="Kazakh pipes from a Kazakh mill")
ordi("M-9", "2027-06-12", "export", "DE", "AE", [it("340290", "Aircraft cabin cleaning agent, 200 l drums", "DE", 4000, 8000, qty=20)], note="cleaning agents for a Dubai airline")
ordi("M-10", "2027-06-13", "export", "AT", "KZ", [it("880400", "Paraglider wings, 10 pcs", "AT", 60, 25000, qty=10)], transport="road", note="paragliders to Almaty")

probes.write(HERE, "dev8-a")
