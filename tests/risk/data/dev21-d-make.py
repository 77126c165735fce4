#!/usr/bin/env python3
"""Writes the round-twenty-one (d) development probes for ozone (F-gas equipment bans, used
goods of a vintage that still holds an ozone-depleting substance, controlled substances by
trade name or as 'new substances') and strategic goods (sanctioned goods re-originated,
military vehicle parts as civil machinery parts, riot-control agents as intermediates, LNG
equipment to a re-export country, snowmobiles to the Caucasus, Australia Group biological
equipment with a food cover, CWC chemicals named in the languages of the route)
(dev21-d-{disguised,ordinary,permitted}.ndjson). Every row is written by hand, worded
differently from blind19's and blind20's rows; the note names the family and what betrays
it. The ordinary rows include lawful private-person consignees receiving ordinary goods of
these families and lawful look-alikes using the controlled word in a lawful sense. Written
before the probes were run against the round-twenty-one (d) rules (docs/profile-packs.md,
"Round twenty-one (d): ozone (Montreal/F-gas) and strategic goods (dual-use, CWC,
sanctions)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

it = base.hand_item
probes = base.HandProbes("D21D", "921", home_by_flow=True)
dis, ordi, perm = probes.dis, probes.ordi, probes.perm
PP = dict(consignee_name="Private person")

# O1 equipment pre-charged with a fluorinated gas whose placing on the EU market is banned:
# SF6 medium-voltage switchgear (Reg. 2024/573 Annex IV), new cars with an R-134a air conditioner
# (Directive 2006/40/EC)
dis("O1-1", "2029-09-01", "import", "CN", "DE", [it("853720", "Mittelspannungs-Schaltanlage 20 kV, gasisoliert mit Schwefelhexafluorid, 10 Felder", "CN", 9000, 160000, cur="USD", qty=10)], domain="ozone", importer_name="Netzbau Lausitz GmbH", note="O1: new SF6 switchgear of 20 kV; German wording")
dis("O1-2", "2029-09-02", "import", "TR", "FR", [it("853590", "Cellules compactes 24 kV sous enveloppe métallique, isolement SF6, 14 unités", "TR", 7000, 120000, qty=14)], domain="ozone", transport="road", importer_name="Réseaux Électriques du Centre SAS", note="O1: SF6 metal-enclosed cells of 24 kV under 8535; French wording")
dis("O1-3", "2029-09-03", "import", "AE", "NL", [it("870421", "Pick-up trucks, new, 0 km, Middle East specification, air-con gas HFC-134a, 10 units", "TH", 21000, 310000, cur="USD", qty=10)], domain="ozone", importer_name="Delta Auto Export BV", note="O1: new light commercial vehicles (N1) with HFC-134a air conditioning")
dis("O1-4", "2029-09-04", "import", "OM", "ES", [it("870380", "Turismos nuevos sin matricular, versión Golfo, aire acondicionado con R134a, 8 unidades", "CN", 14000, 280000, cur="USD", qty=8)], domain="ozone", importer_name="Iberexport Motor SL", note="O1: new Gulf-version cars with R134a; Spanish wording")
ordi("O1-1", "2029-09-05", "import", "DE", "PL", [it("853720", "Rozdzielnice SN 15 kV, izolacja powietrzna, bez SF6, 6 pól", "DE", 5400, 70000, qty=6)], transport="road", importer_name="Energa Operator SA", note="lawful: SF6-free (air-insulated) switchgear, the controlled word used to say it is absent")
ordi("O1-2", "2029-09-06", "import", "CH", "DE", [it("853529", "Leistungsschalter 145 kV, SF6-isoliert, Hochspannung, 3 Stück", "CH", 9000, 240000, qty=3)], transport="road", importer_name="Amprion GmbH", note="lawful: 145 kV high-voltage breakers, not yet under the ban (2032)")
ordi("O1-3", "2029-09-07", "import", "JP", "BE", [it("870380", "New passenger cars, EU specification, air conditioning R-1234yf, 40 units", "JP", 62000, 1400000, cur="USD", qty=40)], importer_name="Toyota Motor Europe NV", note="lawful: EU-type cars with R-1234yf")
ordi("O1-4", "2029-09-08", "import", "NO", "SE", [it("870322", "Begagnad personbil, 2014, luftkonditionering R134a, 1 st", "NO", 1300, 9000, qty=1)], transport="road", consignee_name="Privatperson Erik Lund", note="lawful: a used car of 2014 with R134a imported by a private person")
ordi("O1-5", "2029-09-09", "import", "US", "IE", [it("902710", "SF6 gas leak detectors, handheld, 20 pcs", "US", 30, 16000, cur="USD", qty=20)], transport="air", importer_name="ESB Networks DAC", note="lawful: SF6 leak detectors")
perm("O1-1", "2029-09-10", "import", "CH", "AT", [it("853720", "Ersatzfeld für bestehende SF6-Schaltanlage 20 kV (Reparatur, Ausnahme Art. 13), 1 Stück", "CH", 900, 22000, qty=1, docs=[("IMPORT_LICENCE", "AT-FG-2029-0044")])], transport="road", importer_name="Wiener Netze GmbH", domain="ozone", note="a spare panel to extend an existing SF6 installation under the repair exemption, with the authority's decision")

# O2 used goods of a vintage that still holds a CFC, an HCFC or carbon tetrachloride, sold as
# second-hand equipment or antiques (Reg. 2024/590 Art. 6 and 19: products containing ODS)
dis("O2-1", "2029-09-11", "export", "BE", "BJ", [it("870323", "Véhicules d'occasion 1989-1992, climatisation d'origine en état de marche, 6 unités", "BE", 7800, 7200, qty=6)], domain="ozone", note="O2: pre-1994 cars with their original air conditioning, i.e. R-12; French wording")
dis("O2-2", "2029-09-12", "export", "NL", "NG", [it("870324", "Used 4x4 station wagons, model year 1988-1990, factory air-conditioning, original gas, 5 units", "JP", 10000, 9500, qty=5)], domain="ozone", note="O2: 1988-1990 vehicles with their original A/C gas, R-12")
dis("O2-3", "2029-09-13", "export", "DE", "AL", [it("392590", "Isolierpaneele PUR aus Kühlhausrückbau, Baujahr 1987, 450 m2", "DE", 7000, 1400)], domain="ozone", transport="road", note="O2: PU panels of a 1987 cold store, CFC-11 blown; German wording")
dis("O2-4", "2029-09-14", "import", "GB", "NL", [it("842410", "Antieke brandblussers 'Minimax Tetra', messing, nog gevuld, 30 stuks", "GB", 90, 3000, cur="GBP", qty=30)], domain="ozone", transport="road", importer_name="Brocante De Zolder VOF", note="O2: Minimax 'Tetra' extinguishers filled with carbon tetrachloride; Dutch wording")
ordi("O2-1", "2029-09-15", "export", "DE", "GH", [it("870323", "Gebrauchte Pkw, Baujahr 2011-2013, Klimaanlage R134a, 8 Stk", "DE", 10400, 24000, qty=8)], note="lawful: used cars of 2011-2013 with R134a")
ordi("O2-2", "2029-09-16", "import", "US", "DE", [it("870390", "Oldtimer Cadillac 1959, restauriert, ohne Klimaanlage", "US", 2200, 45000, cur="USD", qty=1)], consignee_name="Herr Klaus Berger", note="lawful: a restored 1959 classic car to a private person")
ordi("O2-3", "2029-09-17", "import", "US", "FR", [it("842410", "Extincteur ancien en laiton, vidé et nettoyé, objet de décoration, 1 pièce", "US", 4, 180, cur="USD", qty=1)], transport="post", consignee_name="Mme Claire Dubois", note="lawful: an emptied antique extinguisher to a private person (declared under 9705 at first, a code no declarant uses for it: the first run flagged it by GEN-PRV-001 and WLD-LIV-002 on that code; corrected to 8424 10 after the first run)")
ordi("O2-4", "2029-09-18", "import", "PL", "CZ", [it("730890", "Panele warstwowe PIR, nowe, spieniane pentanem, 800 m2", "PL", 10000, 24000, qty=800, unit="m2")], transport="road", importer_name="Chladírny Morava s.r.o.", note="lawful: new pentane-blown PIR panels")
ordi("O2-5", "2029-09-19", "export", "FR", "SN", [it("870323", "Véhicule de collection 1991, climatisation convertie au R-134a, 1 unité", "FR", 1300, 6000, qty=1)], consignee_name="M. Ibrahima Ndiaye", note="lawful: a 1991 car whose air conditioning was converted to R-134a, to a private person")

# O3 controlled substances by a trade name, or 'new substances' (n-propyl bromide)
dis("O3-1", "2029-09-20", "import", "CN", "FR", [it("381400", "Solvant de dégraissage vapeur, bromure de n-propyle stabilisé, 20 fûts de 200 kg", "CN", 4000, 14000, cur="USD", qty=20)], domain="ozone", importer_name="Traitements de Surface du Jura SARL", note="O3: n-propyl bromide vapour degreaser; French wording")
dis("O3-2", "2029-09-21", "import", "IN", "DE", [it("290339", "n-Propylbromid (CAS 106-94-5), 99,5 %, 4 IBC", "IN", 4000, 12000, cur="USD", qty=4)], domain="ozone", importer_name="Chemiehandel Rhein GmbH", note="O3: nPB by its CAS number; German wording")
dis("O3-3", "2029-09-22", "import", "RU", "LV", [it("381400", "Хладон-22, баллоны 13,6 кг, 200 шт", "RU", 2720, 6000, cur="USD", qty=200)], domain="ozone", transport="road", importer_name="Baltic Cool SIA", note="O3: 'Khladon-22' is HCFC-22; Russian wording")
dis("O3-4", "2029-09-23", "import", "TR", "GR", [it("382478", "Refrigerant gas Genetron 22, disposable cylinders 13.6 kg, 120 pcs", "TR", 1630, 5400, cur="USD", qty=120)], domain="ozone", importer_name="Aegean Cooling SA", note="O3: Genetron 22 is HCFC-22")
dis("O3-5", "2029-09-24", "import", "CN", "IT", [it("290379", "Frigen 12, gas refrigerante per impianti d'epoca, bombole 10 kg, 60 pz", "CN", 600, 3000, cur="USD", qty=60)], domain="ozone", importer_name="Clima Storica Srl", note="O3: Frigen 12 is CFC-12; Italian wording")
ordi("O3-1", "2029-09-25", "import", "IN", "DE", [it("290339", "2-Brompropan, Pharmazwischenprodukt, 99 %, 200 kg", "IN", 200, 3000, cur="USD", qty=8)], importer_name="Pharmachem Synthese GmbH", note="lawful: 2-bromopropane, a pharmaceutical intermediate")
ordi("O3-2", "2029-09-26", "import", "FR", "BE", [it("290379", "Forane 1233zd, agent d'expansion HFO, 10 fûts", "FR", 2000, 18000, qty=10)], transport="road", importer_name="Isolfoam SA", note="lawful: an HFO under the trade name Forane")
ordi("O3-3", "2029-09-27", "import", "US", "DE", [it("381400", "Modified alcohol vapour degreasing solvent, bromine-free, 20 drums", "US", 3400, 16000, cur="USD", qty=20)], importer_name="Härterei Schmid GmbH", note="lawful: a bromine-free vapour degreaser")
perm("O3-1", "2029-09-28", "import", "IN", "DE", [it("290339", "1-Bromopropane 99 %, for use as feedstock in pharmaceutical synthesis, 2 IBC", "IN", 2000, 6000, cur="USD", qty=2, docs=[("ODS_LICENCE", "DE-ODS-2029-0117")])], importer_name="Pharmachem Synthese GmbH", domain="ozone", note="nPB as feedstock with the ODS licence")

# S1 goods banned from import because of their Russian or Iranian origin, declared with another
# origin but betrayed by a Russian brand or a Russian or Iranian loading port
dis("S1-1", "2029-09-29", "import", "GE", "LT", [it("220860", "Vodka 'Tsarskaya Original', origin Armenia, 0.5 l, 20,000 bottles", "AM", 15000, 70000, cur="USD", qty=20000)], domain="strategic", transport="road", importer_name="Vilniaus Gerimai UAB", note="S1: Tsarskaya is a Ladoga (St Petersburg) brand")
dis("S1-2", "2029-09-30", "import", "KG", "PL", [it("220860", "Водка «Зелёная марка», страна происхождения Кыргызстан, 0,5 л, 16 000 бут.", "KG", 12000, 52000, cur="USD", qty=16000)], domain="strategic", transport="road", importer_name="Alkohole Wschod Sp. z o.o.", note="S1: Green Mark is a Russian Standard brand; Russian wording")
dis("S1-3", "2029-10-01", "import", "TR", "IT", [it("270111", "Antracite, origine Turchia, caricata a Novorossiysk, 30.000 t", "TR", 30000000, 4200000, cur="USD")], domain="strategic", importer_name="Carboni Adriatici SpA", note="S1: anthracite loaded at a Russian port; Italian wording")
dis("S1-4", "2029-10-02", "import", "AE", "BE", [it("390120", "HDPE film grade, origin UAE, ex Bandar Imam Khomeini, 2,000 t", "AE", 2000000, 2100000, cur="USD")], domain="strategic", importer_name="Antwerp Polymers NV", note="S1: Iranian polyethylene re-originated in the UAE")
dis("S1-5", "2029-10-03", "import", "IN", "NL", [it("290511", "Methanol, Ursprung Indien, Ladung übernommen in Asaluyeh, 15.000 t", "IN", 15000000, 5000000, cur="USD")], domain="strategic", importer_name="Rotterdam Chemicals BV", note="S1: Iranian methanol via India; German wording")
ordi("S1-1", "2029-10-04", "import", "KZ", "LV", [it("220860", "Vodka 'Snow Queen', product of Kazakhstan, 0.7 l, 6,000 bottles", "KZ", 6000, 60000, cur="USD", qty=6000)], transport="road", importer_name="Riga Spirits SIA", note="lawful: a Kazakh vodka brand of Kazakh origin")
ordi("S1-2", "2029-10-05", "import", "CA", "DE", [it("071340", "Beluga lentils, black, 20 t", "CA", 20000, 28000, cur="USD")], importer_name="Hülsenfrucht Import GmbH", note="lawful: 'beluga' lentils")
ordi("S1-3", "2029-10-06", "import", "CO", "NL", [it("270112", "Steam coal, origin Colombia, Cerrejón, loaded Puerto Bolívar, 60,000 t", "CO", 60000000, 7200000, cur="USD")], importer_name="Rijnmond Energy Trading BV", note="lawful: Colombian coal loaded in Colombia")
ordi("S1-4", "2029-10-07", "import", "OM", "BE", [it("290511", "Methanol AA grade, origin Oman, loaded at Salalah, 20,000 t", "OM", 20000000, 6800000, cur="USD")], importer_name="Scheldt Methanol Trading NV", note="lawful: Omani methanol loaded at Salalah")
ordi("S1-5", "2029-10-08", "import", "MY", "NL", [it("151190", "Palm olein RBD, Taman Jaya estate, Johor, 5,000 t", "MY", 5000000, 4500000, cur="USD")], importer_name="Zaandam Oils BV", note="lawful: a Malaysian estate named 'Taman' (garden)")
ordi("S1-6", "2029-10-09", "import", "PL", "DE", [it("220860", "Wodka Wyborowa, 0,7 l, 2 Flaschen, Geschenk", "PL", 2, 30, qty=2)], transport="post", consignee_name="Frau Anna Kowalski", note="lawful: Polish vodka to a private person")

# S2 military vehicle spare parts (tank tracks, engines) declared as civil machinery parts
dis("S2-1", "2029-10-10", "export", "BG", "ET", [it("840890", "Двигатели дизелни В-46-6, основен ремонт, за помпени станции, 6 бр.", "BG", 6600, 90000, qty=6)], domain="strategic", note="S2: V-46 is the T-72's engine; Bulgarian wording")
dis("S2-2", "2029-10-11", "export", "PL", "SS", [it("843149", "Track shoes for crawler excavators, OMSh type, rubber-metal hinge, 1,500 pcs", "PL", 27000, 135000, qty=1500)], domain="strategic", note="S2: OMSh track is the open-hinge track of Soviet-built tanks, to South Sudan")
dis("S2-3", "2029-10-12", "export", "FR", "LY", [it("870899", "Galets de roulement pour tracteurs chenillés MT-LB, 400 pièces", "FR", 16000, 60000, qty=400)], domain="strategic", note="S2: road wheels of the MT-LB armoured tractor to Libya; French wording")
ordi("S2-1", "2029-10-13", "export", "DE", "SD", [it("843149", "Track chains for Caterpillar D6 dozers, 200 links", "DE", 6000, 40000, qty=200)], note="lawful: dozer track chains")
ordi("S2-2", "2029-10-14", "import", "CN", "FR", [it("950300", "Maquette plastique char T-72 au 1/35, 500 boîtes", "CN", 400, 3500, cur="USD", qty=500)], importer_name="Maquettes et Loisirs SARL", note="lawful: a 1:35 model kit of the T-72")
ordi("S2-3", "2029-10-15", "export", "DE", "ET", [it("840890", "Deutz diesel engines for water pumps, 6 pcs", "DE", 2400, 42000, qty=6)], note="lawful: diesel engines for pumps")
perm("S2-1", "2029-10-16", "export", "CZ", "MA", [it("871090", "Track links RMSh for T-72 tanks of the armed forces, 1,000 pcs", "CZ", 18000, 90000, qty=1000, docs=[("EXPORT_LICENCE", "CZ-ML-2029-0311")])], domain="strategic", note="tank track links with the military export licence")

# S3 riot-control agents named chemically as industrial intermediates (ML7.e, Reg. 2019/125)
dis("S3-1", "2029-10-17", "export", "NL", "TR", [it("292690", "o-Chlorobenzylidene malononitrile, technical, photographic chemical, 150 kg", "NL", 150, 18000, qty=6)], domain="strategic", transport="air", note="S3: o-chlorobenzylidene malononitrile is CS")
dis("S3-2", "2029-10-18", "export", "FR", "EG", [it("291470", "Chlorure de phénacyle (2-chloroacétophénone) 98 %, intermédiaire pharmaceutique, 500 kg", "FR", 500, 9000, qty=20)], domain="strategic", note="S3: phenacyl chloride is CN; French wording")
dis("S3-3", "2029-10-19", "export", "DE", "AE", [it("293499", "Dibenz[b,f][1,4]oxazepin, Forschungschemikalie, 50 kg", "DE", 50, 25000, qty=2)], domain="strategic", transport="air", note="S3: dibenzoxazepine is CR; German wording")
ordi("S3-1", "2029-10-20", "export", "DE", "IN", [it("292690", "Malononitril 99 %, Farbstoffzwischenprodukt, 500 kg", "DE", 500, 12000, qty=20)], importer_name="Mumbai Dyes Pvt Ltd", note="lawful: malononitrile as a dye intermediate")
ordi("S3-2", "2029-10-21", "export", "FR", "CH", [it("291439", "Acétophénone qualité parfumerie, 200 kg", "FR", 200, 2400, qty=8)], transport="road", note="lawful: acetophenone")
ordi("S3-3", "2029-10-22", "import", "US", "DE", [it("330499", "Capsaicin warming cream 50 ml, 2 tubes", "US", 0.2, 30, cur="USD", qty=2)], transport="post", **PP, note="lawful: capsaicin cream to a private person")
perm("S3-1", "2029-10-23", "export", "BE", "CH", [it("292690", "2-Chlorobenzylidenemalononitrile (CS) for police training munitions, 80 kg", "BE", 80, 9000, qty=4, docs=[("EXPORT_LICENCE", "BE-ML-2029-0207")])], transport="road", domain="strategic", note="CS with the military export licence")

# S4 LNG equipment (cryogenic pumps, heat exchangers) to a re-export country with a civil cover
dis("S4-1", "2029-10-24", "export", "DE", "KG", [it("841370", "Kryogene Tauchpumpen für Flüssigerdgas, -161 °C, für Fernwärmenetz, 4 Stück", "DE", 4800, 1200000, qty=4)], domain="strategic", transport="road", note="S4: LNG submerged pumps 'for district heating' to Kyrgyzstan; German wording")
dis("S4-2", "2029-10-25", "export", "IT", "UZ", [it("841950", "Scambiatore di calore a spirale, servizio criogenico -165 °C, per caseificio, 1 pz", "IT", 38000, 2400000, qty=1)], domain="strategic", transit=["GE"], note="S4: a spiral-wound cryogenic exchanger (LNG main heat exchanger) for a dairy; Italian wording")
dis("S4-3", "2029-10-26", "export", "NL", "AZ", [it("841989", "LNG boil-off gas compressor skid, for a bottling plant, 1 set", "NL", 22000, 1900000, qty=1)], domain="strategic", note="S4: LNG boil-off gas compressor for a bottling plant to Azerbaijan")
ordi("S4-1", "2029-10-27", "export", "DE", "KZ", [it("841869", "Cryogenic freezer -196 °C, liquid nitrogen, for IVF clinic, 1 pc", "DE", 300, 30000, qty=1)], transport="air", note="lawful: a liquid-nitrogen freezer for a clinic")
ordi("S4-2", "2029-10-28", "export", "FR", "NO", [it("841370", "Pompes immergées cryogéniques GNL, -162 °C, pour terminal méthanier, 4 pcs", "FR", 4800, 1200000, qty=4)], note="lawful: LNG pumps to Norway")
ordi("S4-3", "2029-10-29", "export", "FR", "KZ", [it("841370", "Pompes immergées pour réseau d'eau municipal, 6 pcs", "FR", 3600, 60000, qty=6)], note="lawful: water pumps to Kazakhstan")

# S5 snowmobiles and other snow vehicles (Annex XVIII) to a country with no snow market, on the
# re-export route to Russia
dis("S5-1", "2029-10-30", "export", "DE", "GE", [it("870310", "Schneemobile, neu, 800 ccm, 10 Stück", "CA", 3000, 150000, qty=10)], domain="strategic", note="S5: new snowmobiles to Georgia; German wording")
dis("S5-2", "2029-10-31", "export", "FR", "AZ", [it("870310", "Motoneiges neuves 600 cm3, 8 unités", "CA", 2400, 110000, qty=8)], domain="strategic", transit=["TR"], note="S5: snowmobiles to Azerbaijan; French wording")
dis("S5-3", "2029-11-01", "export", "SE", "AM", [it("870310", "Snöskotrar, nya, 15 st", "SE", 4500, 210000, qty=15)], domain="strategic", note="S5: snowmobiles to Armenia; Swedish wording")
ordi("S5-1", "2029-11-02", "export", "FI", "NO", [it("870310", "Moottorikelkat, uudet, 12 kpl", "FI", 3600, 180000, qty=12)], transport="road", note="lawful: snowmobiles to Norway")
ordi("S5-2", "2029-11-03", "export", "IT", "AM", [it("620193", "Snowmobile suits, thermal, 200 pcs", "IT", 400, 16000, qty=200)], transport="road", note="lawful: snowmobile suits (clothing) to Armenia")
ordi("S5-3", "2029-11-04", "import", "NO", "FI", [it("870310", "Käytetty moottorikelkka, 2016, 1 kpl", "NO", 280, 5000, qty=1)], transport="road", consignee_name="Matti Virtanen", note="lawful: a used snowmobile to a private person")

# S6 Australia Group biological equipment (2B352: cross-flow filtration, fermenters sterilisable in
# place) with a food or drink cover, to a country of concern or through a neighbour
dis("S6-1", "2029-11-05", "export", "IT", "IQ", [it("842129", "Tangential flow filtration system, 10 m2, SIP capable, for dairy whey, 1 unit", "IT", 1800, 70000, qty=1)], domain="strategic", note="S6: a steam-sterilisable TFF skid for a dairy in Iraq")
dis("S6-2", "2029-11-06", "export", "FR", "LB", [it("842122", "Système de filtration tangentielle stérilisable à la vapeur en place, 5 m², pour brasserie", "FR", 1200, 52000, qty=1)], domain="strategic", note="S6: SIP cross-flow filtration to Lebanon; French wording")
dis("S6-3", "2029-11-07", "export", "ES", "SY", [it("841989", "Fermentador de acero inoxidable 300 l, esterilizable in situ con vapor, para yogur", "ES", 900, 48000, qty=1)], domain="strategic", transit=["JO"], note="S6: a 300 l SIP fermenter for yoghurt to Syria; Spanish wording")
ordi("S6-1", "2029-11-08", "export", "DE", "CH", [it("841459", "Cross-flow fans for air curtains, 400 pcs", "DE", 1600, 18000, qty=400)], transport="road", note="lawful: cross-flow fans")
ordi("S6-2", "2029-11-09", "export", "IT", "AU", [it("842122", "Cross-flow wine filter, 5 m2, for winery, 1 unit", "IT", 900, 30000, qty=1)], note="lawful: a winery's cross-flow filter, not sterilisable in place")
ordi("S6-3", "2029-11-10", "import", "DE", "AT", [it("841981", "Joghurtbereiter für den Haushalt, 2 Stück", "DE", 3, 60, qty=2)], transport="post", consignee_name="Frau Maria Huber", note="lawful: a household yoghurt maker to a private person")
perm("S6-1", "2029-11-11", "export", "DE", "US", [it("842129", "Cross-flow filtration skid, 20 m2, steam sterilisable in place, for vaccine plant", "DE", 2500, 180000, qty=1, docs=[("EXPORT_LICENCE", "DE-DU-2029-0821")])], domain="strategic", note="2B352 equipment with the dual-use export licence")

# S7 CWC scheduled chemicals named in the language of the route, under another subheading
dis("S7-1", "2029-11-12", "export", "DE", "IQ", [it("282749", "ثلاثي كلوريد الفوسفور، 20 برميل", "DE", 4000, 9000, qty=20)], domain="strategic", note="S7: phosphorus trichloride in Arabic under the chlorides")
dis("S7-2", "2029-11-13", "export", "IT", "TR", [it("281290", "Fosfor oksiklorür, saflık %99, 16 varil", "IT", 3200, 7000, qty=16)], domain="strategic", transport="road", note="S7: phosphorus oxychloride in Turkish")
dis("S7-3", "2029-11-14", "export", "PL", "KZ", [it("282990", "Тионилхлорид технический, 10 бочек по 250 кг", "PL", 2500, 6000, qty=10)], domain="strategic", transport="road", note="S7: thionyl chloride in Russian")
ordi("S7-1", "2029-11-15", "export", "DE", "EG", [it("282739", "كلوريد الكالسيوم، رقائق، 20 طن", "DE", 20000, 4000)], note="lawful: calcium chloride flakes, Arabic wording")
ordi("S7-2", "2029-11-16", "export", "IT", "TR", [it("280910", "Fosfor pentoksit, saflık %98, 40 torba", "IT", 1000, 3000, qty=40)], transport="road", note="lawful: phosphorus pentoxide, Turkish wording")

# S8 (added after the first rules, before the rule for it) goods under a Russian import ban
# declared of a Caucasian or Central Asian origin but carried through Russia or Belarus
dis("S8-1", "2029-11-17", "import", "KG", "LT", [it("220860", "Vodka, 40 %, 0,5 l, 24 000 butelių, kilmė Kirgizija", "KG", 18000, 60000, cur="USD", qty=24000)], domain="strategic", transport="road", transit=["RU", "BY"], importer_name="Baltijos Prekyba UAB", note="S8: 'Kyrgyz' vodka by road through Russia and Belarus; Lithuanian wording")
dis("S8-2", "2029-11-18", "import", "AM", "PL", [it("720712", "Kęsiska stalowe S235, pochodzenie Armenia, 3 000 t", "AM", 3000000, 1650000, cur="USD")], domain="strategic", transport="rail", transit=["GE", "RU", "BY"], importer_name="Stal-Trade Sp. z o.o.", note="S8: 'Armenian' steel billets by rail through Russia and Belarus; Polish wording")
ordi("S8-1", "2029-11-19", "import", "KZ", "DE", [it("220860", "Wodka aus Kasachstan, 0,7 l, 6 000 Flaschen", "KZ", 6000, 42000, cur="USD", qty=6000)], transport="road", transit=["AZ", "GE", "TR", "BG"], importer_name="Steppe Drinks GmbH", note="lawful: Kazakh vodka by the Middle Corridor, not through Russia")
ordi("S8-2", "2029-11-20", "import", "KZ", "PL", [it("260112", "Iron ore pellets, origin Kazakhstan, 5,000 t", "KZ", 5000000, 600000, cur="USD")], transport="rail", transit=["RU", "BY"], importer_name="Huta Częstochowa Sp. z o.o.", note="lawful: Kazakh iron ore through Russia (ore is not under the steel ban)")

probes.write(HERE, "dev21-d")
