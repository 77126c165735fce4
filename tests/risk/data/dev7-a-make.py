#!/usr/bin/env python3
"""Writes the round-seven development probes for strategic goods (sanctions circumvention),
explosive precursors and cultural property (dev7-a-{disguised,ordinary,permitted}.ndjson).
Every row is written out by hand, worded differently from blind5's rows; the note says which
modus operandi family it belongs to and what betrays it. Written and committed before the
round-seven rules were run on it (docs/profile-packs.md, "Round seven")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D7A", "701")
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

S, PR, C = "strategic", "precursors", "cultural"

# S1 high-priority equipment to a Eurasian re-export country under a cover claim (personal effects,
# samples, repair, demonstration, used)
dis("S1-1", "2027-03-01", "export", "DE", "KG", [it("903089", "Spectrum analysers, used, engineer's own equipment, 5 pcs", "US", 75, 60000, qty=5)], transport="air", note="CHPL test equipment as a traveller's own used equipment to Bishkek", domain=S)
dis("S1-2", "2027-03-02", "export", "FR", "AZ", [it("903180", "Échantillons gratuits, appareils de mesure de vibrations, 10 pcs", "FR", 40, 38000, qty=10)], transport="express", note="measuring instruments as free samples to Baku, French wording", domain=S)
dis("S1-3", "2027-03-03", "export", "NL", "UZ", [it("847130", "Laptops for repair return, rugged, 30 pcs", "TW", 120, 72000, qty=30)], transport="air", transit=["TR"], note="rugged computers as repair returns to Tashkent (never exported from there)", domain=S)
# S2 industrial machines declared as teaching, hobby or desktop models, weighing like industrial ones
dis("S2-1", "2027-03-04", "export", "DE", "AM", [it("845961", "Lehrfräsmaschine für Berufsschulen, CNC, 2 Stück", "DE", 6400, 140000, qty=2)], transport="road", transit=["PL", "BY", "RU", "GE"], note="3.2 t CNC milling machines as school training machines, German wording", domain=S)
dis("S2-2", "2027-03-05", "export", "ES", "KZ", [it("847950", "Brazos robóticos educativos de sobremesa, 4 unidades", "ES", 1100, 90000, qty=4)], note="275 kg industrial robots as desktop educational arms, Spanish wording", domain=S)
# S3 luxury goods at a luxury price per kilogram to Russia's neighbours, through Russia, or to the DPRK
dis("S3-1", "2027-03-06", "export", "FR", "AM", [it("910211", "Montres à quartz assorties, 30 pcs", "CH", 4, 96000, qty=30)], transport="air", note="luxury watches at 24,000 EUR/kg as assorted quartz watches to Yerevan", domain=S)
dis("S3-2", "2027-03-07", "export", "IT", "KZ", [it("420221", "Borse in pelle, campionario, 40 pz", "IT", 36, 120000, qty=40)], transport="road", transit=["PL", "BY", "RU"], note="designer handbags at 3,300 EUR/kg as a sample collection through Belarus and Russia", domain=S)
dis("S3-3", "2027-03-08", "export", "GB", "GE", [it("220830", "Scotch whisky, aged, 96 bottles", "GB", 140, 62000, qty=96)], transport="air", note="whisky at 440 EUR/kg (over 600 EUR a bottle) to Tbilisi", domain=S)
dis("S3-4", "2027-03-09", "export", "DE", "KP", [it("870323", "Motor car, used, 1 pc", "DE", 2100, 95000, qty=1)], transit=["CN"], note="luxury car to the DPRK", domain=S)
# S4 Australia Group chemicals by a name in another language or by their systematic name, to a hub or sanctioned country
dis("S4-1", "2027-03-10", "export", "PL", "TR", [it("281111", "Fluorowodór bezwodny, butle 40 kg, 30 szt.", "PL", 1200, 9000, qty=30)], transit=[], note="anhydrous HF, Polish wording, to Turkey", domain=S)
dis("S4-2", "2027-03-11", "export", "CZ", "KZ", [it("292119", "N-(1-methylethyl)-2-propanamine, 99 %, sudy 160 kg", "CZ", 9600, 38000, qty=60)], transport="rail", transit=["PL", "BY", "RU"], note="diisopropylamine by its systematic name, rail through Russia", domain=S)
dis("S4-3", "2027-03-12", "export", "BE", "AE", [it("293339", "Quinuclidin-3-ol, pharmaceutical intermediate, 50 kg", "BE", 50, 15000, qty=2)], transport="air", note="3-quinuclidinol (CWC 2B, BZ precursor) by its systematic name to Dubai", domain=S)
# S5 ammunition components as toys, hardware or haberdashery
dis("S5-1", "2027-03-13", "export", "DE", "LB", [it("830890", "Zündhütchen lose, Kurzwaren, 500.000 Stück", "DE", 180, 30000, qty=500000)], note="primers as haberdashery to Lebanon, German wording", domain=S)
dis("S5-2", "2027-03-14", "export", "IT", "DO", [it("950300", "Inneschi per pistole giocattolo, sfusi, 300.000 pz", "IT", 105, 21000, qty=300000)], transport="air", note="primers as toy-gun caps at 200 EUR/kg, Italian wording", domain=S)
dis("S5-3", "2027-03-15", "export", "CZ", "RS", [it("741980", "Brass cups with anvil, large rifle size, 200,000 pcs", "CZ", 90, 16000, qty=200000)], transport="road", note="rifle primers as brass cups", domain=S)
# S6 controlled materials betrayed by a grade or density
dis("S6-1", "2027-03-16", "export", "DE", "TR", [it("380190", "Graphite blocks, fine grain, bulk density 1.83 g/cm3, isostatically pressed", "DE", 3000, 120000, qty=15)], note="isostatic graphite over 1.72 g/cm3 to Turkey", domain=S)
dis("S6-2", "2027-03-17", "export", "FR", "AE", [it("681519", "Blocs de graphite pour moules, densité 1,88", "FR", 1500, 60000, qty=10)], transport="air", note="fine-grain graphite by its density, French wording, to Dubai", domain=S)
# S7 aviation fuel by its specification or in bulk to an embargoed destination
dis("S7-1", "2027-03-18", "export", "NL", "MM", [it("271019", "Kerosine, AVTUR / Jet A-1 equivalent, bulk", "NL", 60000, 52000, "USD")], transit=["TH"], note="jet fuel to Myanmar via Thailand", domain=S)
dis("S7-2", "2027-03-19", "export", "BE", "MM", [it("271019", "Queroseno para lámparas, isotanques, 24 000 l", "BE", 19000, 17000, "USD")], transit=["SG"], note="kerosene in ISO tanks to Myanmar, Spanish wording", domain=S)
dis("S7-3", "2027-03-20", "export", "GR", "RU", [it("271019", "Light fuel oil, spec JP-8 / F-34", "GR", 30000, 27000, "USD")], transit=["TR"], note="military jet fuel as light fuel oil to Russia", domain=S)

# P1 thermite and metal-powder mixtures sold loose to private persons
dis("P1-1", "2027-03-21", "import", "CN", "DE", [it("381090", "Thermit Schweißpulver, lose, 5 kg Eimer, Hobby", "CN", 5, 40, "USD", qty=1)], transport="express", note="loose thermite to a private buyer, German wording", domain=PR)
dis("P1-2", "2027-03-22", "import", "US", "NL", [it("382499", "Iron oxide and aluminium powder blend, 2 x 5 kg, for casting experiments", "US", 10, 90, "USD", qty=2)], transport="post", note="thermite by its components", domain=PR)
dis("P1-3", "2027-03-23", "import", "CN", "FR", [it("381090", "Poudre aluminothermique en vrac, 20 kg, bricolage", "CN", 20, 110, "USD", qty=1)], transport="express", note="loose thermite, French wording", domain=PR)
# P2 cast explosive charges shaped as candles or wax articles: a central well, no wick
dis("P2-1", "2027-03-24", "export", "RO", "MD", [it("340600", "Lumânări cilindrice galbene fără fitil, cu orificiu central, 1 200 buc", "RO", 540, 9000, qty=1200)], transport="road", note="cast boosters as wickless candles with a central hole, Romanian wording", domain=PR)
dis("P2-2", "2027-03-25", "export", "ES", "CO", [it("340600", "Velas de parafina sin mecha, orificio central 7 mm, 450 g, 2 000 uds", "ES", 900, 13000, qty=2000)], note="cast boosters as candles without wick, Spanish wording", domain=PR)
dis("P2-3", "2027-03-26", "import", "TR", "BG", [it("271220", "Paraffin wax cylinders, yellow, centre channel for insert, 300 g, 3,000 pcs", "TR", 900, 18000, qty=3000)], transport="road", note="cast boosters as wax cylinders with a detonator well", domain=PR)
# P3 precursor retail products in industrial quantities
dis("P3-1", "2027-03-27", "export", "DE", "KE", [it("380893", "Stubbenentferner Granulat, Big Bags 1.000 kg, 20 Stück", "DE", 20000, 15000, qty=20)], note="stump remover (potassium nitrate) in big bags", domain=PR)
dis("P3-2", "2027-03-28", "export", "NL", "NG", [it("382499", "Instant cold pack filling granules, 25 kg bags", "NL", 16000, 9600)], note="ammonium nitrate as cold-pack filling by the 16 t", domain=PR)
dis("P3-3", "2027-03-29", "import", "US", "GB", [it("930690", "Binary exploding target kits, bulk oxidizer component, 200 kg", "US", 200, 1800, "USD")], transport="air", note="exploding-target oxidiser (ammonium nitrate/perchlorate) in bulk", domain=PR)

# C1 funerary objects betrayed by how they were made: linen wrapping, gesso over wood, dowels
dis("C1-1", "2027-03-30", "import", "LB", "FR", [it("970529", "Ibis figure wrapped in linen strips, decorative, 1 pc", "EG", 1, 120, "USD", qty=1)], transport="express", note="animal mummy as a decorative figure", domain=C)
dis("C1-2", "2027-03-31", "import", "TR", "DE", [it("442090", "Holzmaske, stuckiert und bemalt, mit Holzdübeln, Souvenir", "EG", 2, 90, "USD", qty=1)], transport="air", note="coffin face as a souvenir mask, German wording", domain=C)
dis("C1-3", "2027-04-01", "import", "AE", "BE", [it("442199", "Momie de chat décorative, bandelettes, 1 pièce", "EG", 1.5, 150, "USD", qty=1)], transport="post", note="cat mummy, French wording", domain=C)
# C2 pre-Columbian goldwork as scrap by the piece, greenstone with ancient drilling or patina
dis("C2-1", "2027-04-02", "import", "US", "DE", [it("711299", "Gold scrap, small figures and nose rings, 14 pieces", "PE", 0.25, 4000, "USD", qty=14)], transport="air", note="pre-Columbian gold as scrap in pieces below the gold price", domain=C)
dis("C2-2", "2027-04-03", "import", "PA", "FR", [it("711291", "Déchets d'or à fondre, 9 pièces", "EC", 0.2, 3500, "USD", qty=9)], transport="express", note="gold ornaments as scrap, French wording", domain=C)
dis("C2-3", "2027-04-04", "import", "MX", "NL", [it("711620", "Green stone pendants, hand drilled biconical holes, soil encrustation, 30 pcs", "MX", 0.4, 120, "USD", qty=30)], transport="post", note="greenstone beads with ancient drilling and soil", domain=C)
# C3 religious images taken from worship: consecrated, filled, sealed, worshipped
dis("C3-1", "2027-04-05", "import", "IN", "DE", [it("830629", "Tara statue, brass, ritually filled, base sealed, 1 pc", "NP", 6, 300, "USD", qty=1)], transport="air", note="consecrated image, sealed with its filling", domain=C)
dis("C3-2", "2027-04-06", "import", "TH", "ES", [it("970390", "Buda de bronce consagrado, con ofrendas en el interior", "MM", 12, 500, "USD", qty=1)], transport="air", note="consecrated Buddha with offerings inside, Spanish wording", domain=C)
dis("C3-3", "2027-04-07", "import", "NP", "GB", [it("970191", "Painted scroll, used in monastery, butter lamp soot, 1 pc", "NP", 0.8, 250, "USD", qty=1)], transport="air", note="thangka from a monastery", domain=C)
# C4 objects bearing library, archive or museum marks
dis("C4-1", "2027-04-08", "export", "ES", "US", [it("491191", "Grabados iluminados a mano, sello de biblioteca al dorso, 35 hojas", "ES", 2, 900, qty=35)], transport="air", note="plates cut from library books, Spanish wording", domain=C)
dis("C4-2", "2027-04-09", "export", "FR", "CH", [it("490590", "Cartes anciennes coloriées, cachet au verso, lot de 25", "FR", 1.5, 700, qty=25)], transport="road", note="maps with a library stamp on the back, French wording", domain=C)
dis("C4-3", "2027-04-10", "import", "PE", "ES", [it("691390", "Vasija de cerámica decorativa, número de inventario pintado en la base", "PE", 3, 200, "USD", qty=1)], transport="air", note="vessel with a museum inventory number", domain=C)

# Lawful look-alikes
ordi("S1-1", "2027-03-01", "export", "DE", "US", [it("903089", "Spectrum analysers, new, 5 pcs", "DE", 75, 60000, qty=5)], transport="air", note="new analysers to the US")
ordi("S1-2", "2027-03-02", "export", "DE", "KZ", [it("903033", "Digital multimeters, handheld, 200 pcs", "CN", 80, 3000, qty=200)], transport="road", note="cheap multimeters to Kazakhstan")
ordi("S2-1", "2027-03-04", "export", "IT", "TR", [it("847950", "Educational robot arms, desktop, 4-axis, 20 pcs", "CN", 300, 16000, qty=20)], note="real desktop robots at 15 kg each")
ordi("S3-1", "2027-03-06", "export", "FR", "KZ", [it("910211", "Fashion quartz watches, 300 pcs", "CN", 30, 9000, qty=300)], transport="air", note="cheap watches to Kazakhstan")
ordi("S3-2", "2027-03-08", "export", "FR", "GE", [it("220820", "Brandy, 70 cl, 2,400 bottles", "FR", 2900, 19000, qty=2400)], note="ordinary brandy to Georgia")
ordi("S3-3", "2027-03-09", "export", "IT", "US", [it("420221", "Leather handbags, 40 pcs", "IT", 36, 120000, qty=40)], transport="air", note="designer handbags to the US")
# (after the first run: this row was first a lawful look-alike without a document; hydrofluoric acid
# of 30 % or more is itself controlled (1C350, mixtures), so the flag it drew was right, and the row is
# now the permitted shipment PRM-6 with its licence)
ordi("S4-2", "2027-03-11", "export", "BE", "IN", [it("292119", "Di-n-butylamine, rubber chemical intermediate, 160 kg drums", "BE", 16000, 40000, qty=100)], note="an amine not listed, to India")
ordi("S5-1", "2027-03-13", "export", "DE", "FR", [it("950300", "Ring caps 8-shot for toy guns, 2,000 boxes of 144 rings", "DE", 400, 2400, qty=2000)], transport="road", note="toy ring caps at 6 EUR/kg")
ordi("S6-1", "2027-03-16", "export", "DE", "IN", [it("854511", "Graphite electrodes UHP 600 mm for electric arc furnaces", "DE", 20000, 80000, qty=10)], note="furnace electrodes")
ordi("S6-2", "2027-03-17", "export", "FR", "TR", [it("380190", "Extruded graphite blocks, density 1.60, furnace lining", "FR", 5000, 20000, qty=20)], note="extruded graphite of low density")
ordi("S7-1", "2027-03-18", "export", "NL", "GB", [it("271019", "Aviation turbine fuel Jet A-1, DEF STAN 91-091", "NL", 800000, 700000, "USD")], note="jet fuel to the UK")
ordi("S7-2", "2027-03-19", "export", "BE", "GH", [it("271019", "Paraffin lamp oil, 1 l bottles, 12,000 bottles", "BE", 9600, 24000, qty=12000)], note="lamp oil in bottles to Ghana")
ordi("P1-1", "2027-03-21", "import", "DE", "PL", [it("381090", "Aluminothermic rail welding portions, sealed, with single-use crucibles, 400 sets", "DE", 4000, 36000, qty=400)], transport="road", note="rail welding portions to a contractor")
ordi("P1-2", "2027-03-22", "import", "US", "NL", [it("381090", "Exothermic welding cartridges 115 g for earthing connections, 200 pcs", "US", 23, 900, "USD", qty=200)], transport="express", note="earthing weld cartridges")
ordi("P2-1", "2027-03-24", "export", "CZ", "AT", [it("340600", "Pillar candles, ivory, 400 g, cotton wick, 3,000 pcs", "CZ", 1200, 7500, qty=3000)], transport="road", note="ordinary pillar candles")
ordi("P2-2", "2027-03-25", "import", "PL", "DE", [it("340600", "Scented wax melts, no wick, 20 g cubes, 50,000 pcs", "PL", 1000, 9000, qty=50000)], transport="road", note="wickless wax melts")
ordi("P3-1", "2027-03-27", "export", "NL", "GB", [it("380893", "Stump remover, 500 g tubs, 6,000 tubs", "NL", 3000, 12000, qty=6000)], transport="road", note="retail stump remover")
ordi("P3-2", "2027-03-28", "export", "DE", "NG", [it("300590", "Instant cold packs, first aid, 10,000 pcs", "DE", 1500, 6000, qty=10000)], note="retail cold packs")
ordi("C1-1", "2027-03-30", "import", "CN", "DE", [it("950590", "Halloween decoration, mummy figure wrapped in bandages, plastic, 500 pcs", "CN", 400, 1500, "USD", qty=500)], note="Halloween mummy")
ordi("C1-2", "2027-03-31", "import", "ID", "NL", [it("442090", "Painted wooden masks, new, carved, 200 pcs", "ID", 300, 2400, "USD", qty=200)], note="new Indonesian masks")
ordi("C2-1", "2027-04-02", "import", "CO", "CH", [it("711291", "Gold scrap, jewellery and dental, assayed 14 K", "CO", 5, 230000, "USD")], transport="air", note="assayed gold scrap by the kilogram")
ordi("C2-2", "2027-04-03", "import", "CN", "ES", [it("711620", "Green jade beads, polished, strung, 5 kg", "CN", 5, 600, "USD")], transport="air", note="new jade beads")
ordi("C3-1", "2027-04-05", "import", "NP", "DE", [it("741980", "Gilt copper Buddha statues, new, unconsecrated, open base, 20 pcs", "NP", 120, 6000, "USD", qty=20)], transport="air", note="new Nepalese statues")
ordi("C4-1", "2027-04-08", "export", "IT", "US", [it("491191", "Decorative map reproductions, giclée prints, 500 sheets", "IT", 30, 4000, qty=500)], transport="air", note="reproduction maps")
ordi("C4-2", "2027-04-09", "export", "GB", "NL", [it("490199", "Used books, ex-library, withdrawn stamp, 300 kg", "GB", 300, 900)], transport="road", note="withdrawn library books")

# Second batch (D7A-M-*), written after the first run and after the precision changes, measured once
# before any further change: one more variant per family, worded otherwise again, and look-alikes of
# the words the rules read (art gesso, coffins, primer bulbs, turquoise with a patina finish, ...)
dis("M-S1", "2027-04-20", "export", "IT", "TJ", [it("851762", "Router di rete usati, effetti personali del tecnico, 40 pz", "US", 60, 24000, qty=40)], transport="air", transit=["TR"], note="network equipment as a technician's used personal effects to Dushanbe, Italian wording", domain=S)
dis("M-S2", "2027-04-21", "export", "CZ", "KZ", [it("845811", "CNC soustruh pro výuku, školní model, 1 ks", "CZ", 2800, 65000, qty=1)], transport="rail", transit=["PL", "BY", "RU"], note="a 2.8 t CNC lathe as a school model, Czech wording", domain=S)
dis("M-S3", "2027-04-22", "export", "DE", "KG", [it("330300", "Eau de parfum, assorted testers, 200 pcs", "FR", 40, 52000, qty=200)], transport="air", note="perfume at 1,300 EUR/kg as testers to Bishkek", domain=S)
dis("M-S4", "2027-04-23", "export", "NL", "IQ", [it("282619", "Ammonium bifluoride, glass frosting powder, 25 kg bags", "NL", 5000, 9000)], note="ammonium bifluoride (AG) to Iraq as frosting powder", domain=S)
dis("M-S5", "2027-04-24", "export", "PL", "LY", [it("731829", "Spłonki mosiężne Boxer, drobne elementy metalowe, 100 000 szt.", "PL", 40, 9000, qty=100000)], transit=["TR"], note="primers as small metal parts, Polish wording", domain=S)
dis("M-S6", "2027-04-25", "export", "DE", "CN", [it("380190", "Feinkorngraphit, isostatisch gepresst, Rundstäbe", "DE", 800, 40000, qty=40)], note="fine-grain isostatic graphite to China, German wording", domain=S)
dis("M-S7", "2027-04-26", "export", "IT", "MM", [it("271019", "Cherosene avio per generatori, fusti 200 l", "IT", 16000, 15000, "USD", qty=100)], transit=["SG"], note="aviation kerosene for 'generators' to Myanmar, Italian wording", domain=S)
dis("M-P1", "2027-04-27", "import", "PL", "CZ", [it("760310", "Aluminium powder and ferric oxide, red mix, 5 kg tub, for bricolage", "PL", 5, 35, qty=1)], transport="post", note="thermite mix by post", domain=PR)
dis("M-P2", "2027-04-28", "export", "HU", "RS", [it("340600", "Gyertya sárga, kanóc nélkül, 350 g, central hole, 2 500 db", "HU", 875, 15000, qty=2500)], transport="road", note="boosters as wickless candles, Hungarian and English wording", domain=PR)
dis("M-P3", "2027-04-29", "export", "BE", "ML", [it("380893", "Stump killer granules, 50 kg sacks, 300 sacks", "BE", 15000, 11000, qty=300)], transit=["SN"], note="stump killer by the 15 t", domain=PR)
dis("M-C1", "2027-04-30", "import", "LB", "DE", [it("970529", "Mumifizierte Katze, in Leinenbinden, Dekoration", "EG", 1, 160, "USD", qty=1)], transport="express", note="cat mummy, German wording", domain=C)
dis("M-C2", "2027-05-01", "import", "US", "GB", [it("711620", "Jadeite pendant, ancient biconical perforation, 1 pc", "CR", 0.05, 200, "USD", qty=1)], transport="post", note="Costa Rican jadeite axe-god pendant", domain=C)
dis("M-C3", "2027-05-02", "import", "IN", "FR", [it("970390", "Statue de divinité en bronze, consacrée, base scellée", "NP", 7, 450, "USD", qty=1)], transport="air", note="consecrated image, French wording", domain=C)
dis("M-C4", "2027-05-03", "import", "TR", "NL", [it("490600", "Manuscript leaves, Ottoman, with library stamp, 10 sheets", "TR", 0.3, 600, "USD", qty=10)], transport="express", note="manuscript leaves with library stamps", domain=C)
ordi("M-1", "2027-04-20", "import", "CN", "DE", [it("442199", "Gesso boards for artists, primed, 30x40 cm, 500 pcs", "CN", 600, 1500, "USD", qty=500)], note="art gesso boards")
ordi("M-2", "2027-04-21", "export", "PL", "DE", [it("442199", "Wooden coffins with lid, oak, 40 pcs", "PL", 2400, 16000, qty=40)], transport="road", note="new coffins")
ordi("M-3", "2027-04-22", "import", "CN", "FR", [it("732690", "Primer bulbs for chainsaw carburettors, 50,000 pcs", "CN", 250, 3000, "USD", qty=50000)], note="primer bulbs")
ordi("M-4", "2027-04-23", "import", "NP", "DE", [it("711719", "Tibetan style beads, turquoise, antique patina finish, 2,000 pcs", "NP", 20, 1800, "USD", qty=2000)], transport="air", note="souvenir beads with a patina finish")
ordi("M-5", "2027-04-24", "export", "NL", "GB", [it("380893", "Stump remover granules, 250 g bags, 8,000 bags", "NL", 2000, 9000, qty=8000)], transport="road", note="retail stump remover in bags")
ordi("M-6", "2027-04-25", "export", "DE", "KZ", [it("847130", "Laptops, new, retail boxed, 200 pcs", "CN", 500, 120000, qty=200)], transport="road", note="new laptops sold to Kazakhstan")
ordi("M-7", "2027-04-26", "export", "FR", "AE", [it("330300", "Eau de parfum, 100 ml, 3,000 pcs", "FR", 900, 135000, qty=3000)], transport="air", note="perfume to Dubai at 150 EUR/kg")
ordi("M-8", "2027-04-27", "import", "EG", "FR", [it("442090", "Painted wooden Pharaoh masks, new, resin finish, 100 pcs", "EG", 80, 900, "USD", qty=100)], transport="air", note="new Egyptian souvenir masks")

# Permitted shipments with their documents
perm("1", "2027-04-12", "export", "DE", "CH", [it("281111", "Anhydrous hydrogen fluoride, 99.9 %, 50 kg cylinders, 20 pcs", "DE", 1000, 9000, qty=20, docs=[("EXPORT_LICENCE", "DE-BAFA-27-0301")])], transport="road", note="anhydrous HF with its licence", domain=S)
perm("2", "2027-04-13", "export", "FR", "JP", [it("380190", "Isostatic graphite blocks, density 1.85 g/cm3", "FR", 2000, 90000, qty=10, docs=[("EXPORT_LICENCE", "FR-SBDU-27-0118")])], note="isostatic graphite with its licence", domain=S)
perm("3", "2027-04-14", "export", "SE", "NO", [it("360200", "Cast boosters, pentolite 400 g, UN0042, 1.1D, 1,000 pcs", "SE", 400, 8000, qty=1000, docs=[("EXPORT_LICENCE", "SE-MSB-27-0077")])], transport="road", note="boosters to a licensed quarry", domain=PR)
perm("4", "2027-04-15", "export", "IT", "US", [it("491191", "Atlas maps, 17th century, hand-coloured, library stamp on verso, 12 sheets", "IT", 1, 24000, qty=12, docs=[("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-27-0450")])], transport="air", note="old maps with their export certificate", domain=C)
perm("6", "2027-03-10", "export", "DE", "MA", [it("281111", "Hydrofluoric acid 40 %, glass etching, 30 kg cans", "DE", 3000, 6000, qty=100, docs=[("EXPORT_LICENCE", "DE-BAFA-27-0355")])], note="hydrofluoric acid of 40 % (a controlled mixture) with its licence", domain=S)
perm("5", "2027-04-16", "import", "NP", "DE", [it("970390", "Consecrated gilt copper statue, 18th century, sealed base", "NP", 8, 30000, "USD", qty=1, docs=[("CULTURAL_EXPORT_CERTIFICATE", "NP-DOA-27-0012")])], transport="air", note="old statue with the Department of Archaeology's certificate", domain=C)

probes.write(HERE, "dev7-a")
