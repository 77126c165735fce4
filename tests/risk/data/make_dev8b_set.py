#!/usr/bin/env python3
"""Writes the round-eight development probes for waste, ozone and wildlife
(dev8-b-{disguised,ordinary,permitted}.ndjson). Every row is written out by hand; the note
says which modus operandi family it belongs to and what betrays it. Written before the
round-eight rules were run on it (docs/profile-packs.md, "Round eight: waste (Basel), ozone
(ODS and HFCs), wildlife (CITES)")."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


it = base.hand_item
probes = base.HandProbes("D8B", "802", home_by_flow=True)
dis, ordi, perm = probes.dis, probes.ordi, probes.perm

# ---------------------------------------------------------------- waste
# W1 metal-bearing residue declared as an ore concentrate or a metal compound at a residue's price
dis("W1-1", "2027-05-03", "export", "NL", "GH", [it("260800", "Zinc concentrate, recovered, moist, bulk", "NL", 21000, 1600)], note="electric-arc-furnace dust (A1080) as zinc concentrate at 0.08 EUR/kg; a zinc concentrate sells at about 1 EUR/kg", domain="waste")
dis("W1-2", "2027-05-04", "export", "FR", "SN", [it("282200", "Oxyde de cobalt brut, poudre grise, big-bags", "FR", 8000, 1200)], note="spent catalyst or battery fines as cobalt oxide at 0.15 EUR/kg (cobalt oxide is tens of EUR/kg); French wording", domain="waste")
dis("W1-3", "2027-05-05", "export", "IT", "EG", [it("284390", "Soluzione argentifera da laboratorio fotografico, fusti", "IT", 5000, 900)], note="spent photographic fixer (Y16) as a silver compound at 0.18 EUR/kg; Italian wording", domain="waste")
# W2 sludge, filter cake or paste betrayed by its water content
dis("W2-1", "2027-05-06", "export", "DE", "MA", [it("382499", "Metallhydroxid-Filterkuchen, Restfeuchte 55 %, Big Bags", "DE", 15000, 1500)], note="plating-line filter cake (Y17) by its residual moisture; German wording", domain="waste")
dis("W2-2", "2027-05-07", "export", "PL", "IN", [it("261790", "Copper-nickel hydroxide paste, 45 % moisture, from galvanic line", "PL", 18000, 2700)], note="electroplating sludge as a paste under an ore code, 45 % water", domain="waste")
dis("W2-3", "2027-05-08", "export", "FR", "CI", [it("262099", "Pâte de décantation métallique, humidité 50 %, en vrac", "FR", 20000, 1000)], note="settling-tank sludge as a metal-bearing paste, half water; French wording", domain="waste")
# W3 fluid-bearing or contaminated components in melting scrap
dis("W3-1", "2027-05-09", "export", "NL", "PK", [it("720449", "Mixed steel scrap incl. shock absorbers and undrained compressors", "NL", 24000, 6000)], note="oil-filled shock absorbers and compressors with oil (Y8, A3020) in 'melting scrap'", domain="waste")
dis("W3-2", "2027-05-10", "export", "ES", "MA", [it("720429", "Chatarra férrica: filtros de aceite usados prensados", "ES", 22000, 4400)], transport="road", note="crushed used oil filters as ferrous scrap; Spanish wording", domain="waste")
dis("W3-3", "2027-05-11", "export", "BE", "NG", [it("740400", "Copper scrap from oil-filled transformers, windings with core", "BE", 16000, 24000)], note="transformer cores still wet with oil, possibly PCB (Y10, A1180)", domain="waste")
# W4 mercury-bearing waste as precious-metal scrap or sweeps
dis("W4-1", "2027-05-12", "export", "FR", "IN", [it("711299", "Déchets d'amalgame dentaire, pour récupération de l'argent", "FR", 300, 2100)], transport="air", note="dental amalgam waste (Y29) as silver-bearing waste; French wording", domain="waste")
dis("W4-2", "2027-05-13", "export", "DE", "ID", [it("711299", "Silver sweeps from dental practices, separator contents and capsules", "DE", 250, 1500)], transport="air", note="amalgam separator contents (mercury) as silver sweeps", domain="waste")
# W5 spent linings and refractories from smelters as material for re-use
dis("W5-1", "2027-05-14", "export", "NO", "IN", [it("380190", "Used carbon cathodes from electrolysis pots, for re-use", "NO", 20000, 2000)], note="spent pot lining (A4100) as used carbon cathodes", domain="waste")
dis("W5-2", "2027-05-15", "export", "DE", "PK", [it("690290", "Gebrauchte Feuerfeststeine aus Aluminiumelektrolyse, Ausbruch", "DE", 25000, 1250)], note="second cut of spent pot lining (refractory part, fluorides) as used refractory bricks; German wording", domain="waste")

# ---------------------------------------------------------------- ozone
# O1 SF6 named by its use (glazing, tyres, magnesium casting, footwear)
dis("O1-1", "2027-05-03", "import", "CN", "PL", [it("281129", "Gas for double glazing units, sound reduction, 50 kg cylinders", "CN", 1000, 7000, "USD", 20)], note="sound-insulating gas for windows is SF6 (banned in windows, F-gas Regulation Annex IV)", domain="ozone")
dis("O1-2", "2027-05-04", "import", "TR", "IT", [it("281129", "Gas per riempimento pneumatici, bombole 40 kg", "TR", 1200, 6600, "EUR", 30)], transport="road", note="tyre-filling 'heavy' gas is SF6 (banned in tyres); Italian wording", domain="ozone")
dis("O1-3", "2027-05-05", "import", "CN", "DE", [it("281129", "Schutzgas für Magnesiumdruckguss, 45-kg-Flaschen", "CN", 900, 5400, "USD", 20)], note="magnesium die-casting cover gas is SF6 (banned in magnesium die-casting); German wording", domain="ozone")
# O2 a permanent gas declared in cylinders heavier than a permanent gas can fill
dis("O2-1", "2027-05-06", "import", "TR", "NL", [it("280421", "Argon, filling gas, cylinders", "TR", 1500, 3000, "EUR", 30)], transport="road", note="50 kg of 'argon' per cylinder: a 50 l argon cylinder holds about 10-12 kg; a liquefied gas (SF6, HFC) is inside", domain="ozone")
dis("O2-2", "2027-05-07", "import", "CN", "ES", [it("280430", "Nitrógeno industrial, botellas, 40 unidades", "CN", 2400, 2000, "USD", 40)], note="60 kg of 'nitrogen' per cylinder: a nitrogen cylinder holds about 10 kg; an HFC is inside; Spanish wording", domain="ozone")
# O3 an ODS or HFC as the unnamed carrier of a gas mixture
dis("O3-1", "2027-05-08", "import", "IN", "FR", [it("382490", "Mélange stérilisant oxyde d'éthylène 8,6 % avec gaz vecteur, bouteilles 50 kg", "IN", 500, 4000, "EUR", 10)], note="EO sterilant whose 91.4 % carrier is HCFC-124 (Oxyfume 2002 type); French wording", domain="ozone")
dis("O3-2", "2027-05-09", "import", "CN", "DE", [it("382490", "Sterilisiergas EO 10 % in Trägergas, 45-kg-Flaschen", "CN", 450, 3200, "USD", 10)], note="EO in an unnamed carrier (HCFC or CFC-12); German wording", domain="ozone")
# O4 loaded tank or container declared as empty equipment
dis("O4-1", "2027-05-10", "import", "AE", "BE", [it("860900", "Empty tank container T50, return to owner", "AE", 16000, 800, "USD", 1)], note="a T50 tank weighs about 4 t empty; 16 t is its cargo, HFC", domain="ozone")
dis("O4-2", "2027-05-11", "import", "TR", "GR", [it("860900", "Δεξαμενή ISO κενή, επιστροφή / empty ISO tank", "TR", 19000, 600, "EUR", 1)], note="'empty' ISO tank of 19 t net; Greek wording", domain="ozone")
# O5 HCFC-141b in pre-blended polyols (family in no set)
dis("O5-1", "2027-05-12", "import", "IN", "IT", [it("390720", "Formulated polyol for PU foam, blowing agent included, drums 220 kg", "IN", 17600, 44000, "USD", 80)], note="pre-blended polyol whose blowing agent is not named: HCFC-141b systems are still sold outside the EU; products containing HCFCs are banned (Regulation 2024/590)", domain="ozone")
dis("O5-2", "2027-05-13", "import", "CN", "PL", [it("390720", "Poliol premezclado con agente espumante, sistema para paneles", "CN", 19800, 45000, "USD", 90)], note="pre-blended polyol with an unnamed blowing agent; Spanish wording", domain="ozone")

# ---------------------------------------------------------------- wildlife
# L1 CITES insects in frames or papered
dis("L1-1", "2027-05-03", "import", "MY", "FR", [it("970529", "Cadres entomologiques, papillons ailes d'oiseau, 25 cadres", "MY", 10, 1500, "USD", 25)], transport="air", note="'ailes d'oiseau' = birdwings (Troides, Trogonoptera, CITES II) framed, no permit; French wording", domain="wildlife")
dis("L1-2", "2027-05-04", "import", "SG", "IT", [it("970529", "Butterfly specimens, papered, A1 quality, Troides and Ornithoptera mix, 300 pcs", "PG", 3, 4500, "USD", 300)], transport="air", note="papered birdwings (CITES II) via Singapore without permit", domain="wildlife")
dis("L1-3", "2027-05-05", "import", "ID", "NL", [it("442010", "Shadow box art, mounted insects, large swallowtails, 60 pcs", "ID", 24, 3000, "USD", 60)], transport="air", note="large Indonesian swallowtails in shadow boxes are birdwings (Troides, Ornithoptera, CITES II), under a wooden-frame code", domain="wildlife")
# L2 instruments and bows with CITES material (old rosewood, ivory, tortoiseshell)
dis("L2-1", "2027-05-06", "import", "US", "DE", [it("920290", "Gitarre, gebraucht, Baujahr 1968, Palisander, mit Koffer", "US", 5, 18000, "USD", 1)], transport="air", consignee_name="Private person", note="a 1968 US guitar with rosewood back is Brazilian rosewood (Dalbergia nigra, I); German wording", domain="wildlife")
dis("L2-2", "2027-05-07", "import", "JP", "FR", [it("920992", "Archet de violon ancien, hausse en écaille, garniture ivoire", "JP", 0.2, 9000, "EUR", 1)], transport="air", note="antique bow with tortoiseshell frog (Eretmochelys, I) and ivory tip; French wording", domain="wildlife")
dis("L2-3", "2027-05-08", "import", "US", "NL", [it("920290", "Classical guitar 1972, jacaranda body, hard case", "US", 4, 9500, "USD", 1)], transport="air", note="'jacaranda' is Brazilian rosewood (Dalbergia nigra, I)", domain="wildlife")
# L3 rosewood (hongmu) furniture and logs by trade name
dis("L3-1", "2027-05-09", "import", "CN", "DE", [it("940360", "红木雕花柜 carved hongmu cabinet, 4 pcs", "CN", 320, 12000, "USD", 4)], note="hongmu (Dalbergia, Pterocarpus, CITES II) furniture without permit; Chinese wording", domain="wildlife")
dis("L3-2", "2027-05-10", "import", "VN", "BE", [it("940161", "Bộ sofa gỗ trắc, 6 món / sofa set, 6 pcs", "VN", 540, 15000, "USD", 6)], note="'gỗ trắc' is Siamese rosewood (Dalbergia cochinchinensis, II); Vietnamese wording", domain="wildlife")
dis("L3-3", "2027-05-11", "import", "GW", "PT", [it("440349", "Madeira de pau-sangue em toros", "GW", 26000, 13000, "USD")], note="'pau-sangue' is kosso (Pterocarpus erinaceus, II, trade suspension for West Africa); Portuguese wording", domain="wildlife")
# L4 wild-dug CITES plants by a generic name
dis("L4-1", "2027-05-12", "import", "MG", "NL", [it("060290", "Succulent plants, caudex, bare root, 50 pcs", "MG", 300, 6000, "USD", 50)], transport="air", note="wild-dug Pachypodium (CITES II) as bare-root caudex plants", domain="wildlife")
dis("L4-2", "2027-05-13", "import", "MX", "DE", [it("060290", "Kakteen, Wildform, ohne Wurzelballen, 200 Stück", "MX", 400, 12000, "USD", 200)], transport="air", note="wild-collected cacti (Ariocarpus, Astrophytum, CITES I/II) without root ball at 60 USD each; German wording", domain="wildlife")
dis("L4-3", "2027-05-14", "import", "ZA", "IT", [it("060290", "Piante da giardino, fusti senza foglie, 20 pezzi", "ZA", 1200, 16000, "USD", 20)], note="leafless trunks at 800 USD each from South Africa: Encephalartos cycads (I); Italian wording", domain="wildlife")
# L5 feather crafts of CITES birds
dis("L5-1", "2027-05-15", "import", "PE", "ES", [it("670100", "Tocados de plumas de guacamayo, artesanía, 30 piezas", "PE", 6, 1500, "USD", 30)], transport="air", note="macaw (Ara, I/II) feather headdresses; Spanish wording", domain="wildlife")
dis("L5-2", "2027-05-16", "import", "CO", "BE", [it("711719", "Feather earrings, macaw and toucan, 200 pairs", "CO", 2, 1800, "USD", 200)], transport="air", note="macaw and toucan (Ramphastos, II) feathers as fashion earrings", domain="wildlife")
dis("L5-3", "2027-05-17", "import", "PG", "DE", [it("970600", "Traditional headdress, bird of paradise plumes, 3 pcs", "PG", 2, 2400, "USD", 3)], transport="air", note="birds of paradise (Paradisaeidae, II) plumes", domain="wildlife")
# L6 Appendix-I marine parts under a look-alike name
dis("L6-1", "2027-05-18", "import", "PK", "NL", [it("050790", "Decorative fish rostrum with teeth, 90 cm", "PK", 3, 400, "EUR", 1)], transport="air", consignee_name="Private person", note="a toothed rostrum is a sawfish saw (Pristidae, I)", domain="wildlife")
dis("L6-2", "2027-05-19", "import", "ID", "DE", [it("961511", "Bekko-Kämme, handgemacht, 20 Stück", "ID", 1, 2400, "EUR", 20)], transport="air", note="'bekko' is hawksbill tortoiseshell (Eretmochelys imbricata, I); German wording", domain="wildlife")
dis("L6-3", "2027-05-20", "import", "PH", "IT", [it("050800", "Conchiglie bivalve giganti decorative, 60 cm, 8 pezzi", "PH", 160, 2400, "USD", 8)], note="60 cm bivalve shells are giant clams (Tridacnidae, II) from the Philippines; Italian wording", domain="wildlife")

# ---------------------------------------------------------------- ordinary look-alikes
ordi("W1", "2027-05-03", "export", "SE", "CN", [it("260800", "Zinc concentrate, flotation, 52 % Zn", "SE", 21000, 25000)], note="a real zinc concentrate at its price")
ordi("W2", "2027-05-04", "export", "FR", "IN", [it("282200", "Cobalt oxide, battery grade, drums", "FR", 2000, 60000)], note="cobalt oxide at its price")
ordi("W3", "2027-05-05", "export", "BE", "NG", [it("284321", "Silver nitrate, analytical grade, 1 kg bottles", "BE", 50, 30000, "EUR", 50)], transport="air", note="silver nitrate at its price")
ordi("W4", "2027-05-06", "export", "DE", "MA", [it("842129", "Filter press for sludge dewatering, new", "DE", 9000, 140000, "EUR", 1)], note="a filter press (machine)")
ordi("W5", "2027-05-07", "export", "AT", "IN", [it("283650", "Calcium carbonate slurry, 75 % solids, for paper coating", "AT", 24000, 4800)], note="a slurry sold as a product, by its solids content")
ordi("W6", "2027-05-08", "export", "GB", "PK", [it("720449", "HMS 1&2 80:20, clean, shears", "GB", 24000, 8400, "GBP")], note="clean heavy melting scrap at a scrap price")
ordi("W7", "2027-05-09", "export", "DE", "NG", [it("842123", "Oil filters for trucks, new, boxed, 2000 pcs", "DE", 3000, 16000, "EUR", 2000)], note="new oil filters")
ordi("W8", "2027-05-10", "export", "NL", "IN", [it("740400", "Copper scrap, bare bright wire (Barley)", "NL", 20000, 150000)], note="clean copper scrap at its price")
ordi("W9", "2027-05-11", "export", "DE", "IN", [it("710691", "Silver granules 999.9", "DE", 50, 45000)], transport="air", note="fine silver")
ordi("W10", "2027-05-12", "export", "DE", "IN", [it("690220", "High-alumina refractory bricks, new, pallets", "DE", 22000, 26000)], note="new refractory bricks")
ordi("W11", "2027-05-13", "export", "DE", "IN", [it("380190", "Graphitised cathode blocks, new, for aluminium smelter", "DE", 20000, 52000)], note="new cathode blocks at their price")
ordi("W12", "2027-05-14", "export", "FR", "MA", [it("721420", "Steel reinforcing bars, new", "FR", 24000, 17000)], note="prime steel")
ordi("O1", "2027-05-03", "import", "PL", "DE", [it("280421", "Argon 4.6, cylinders 50 l, 40 pcs", "PL", 440, 1800, "EUR", 40)], transport="road", note="argon at about 11 kg per cylinder")
ordi("O2", "2027-05-04", "import", "UA", "PL", [it("280429", "Krypton for insulating glass, 10 l cylinders, 20 pcs", "UA", 30, 9000, "EUR", 20)], transport="road", note="krypton for windows, light cylinders")
ordi("O3", "2027-05-05", "import", "TR", "DE", [it("700800", "Insulating glass units, argon filled, 120 pcs", "TR", 4800, 14000, "EUR", 120)], transport="road", note="insulating glass units")
ordi("O4", "2027-05-06", "import", "US", "IT", [it("382490", "Ethylene oxide / CO2 10/90 sterilant, cylinders 30 kg, 8 pcs", "US", 240, 2600, "USD", 8)], note="EO with its carrier named: carbon dioxide")
ordi("O5", "2027-05-07", "import", "US", "FR", [it("291010", "Ethylene oxide 100 %, 170 g cartridges, 1000 pcs", "US", 170, 9000, "USD", 1000)], transport="air", note="pure EO cartridges for hospital sterilisers")
ordi("O6", "2027-05-08", "import", "AE", "NL", [it("860900", "Empty ISO tank, cleaned, last cargo ethanol", "AE", 3800, 500, "USD", 1)], note="an empty tank at its tare")
ordi("O7", "2027-05-09", "import", "CN", "DE", [it("860900", "New 40 ft high-cube dry containers, 10 units", "CN", 38000, 42000, "USD", 10)], note="new containers at 3.8 t each")
ordi("O8", "2027-05-10", "import", "CN", "IT", [it("390720", "Polyether polyol, OH value 450, drums 210 kg", "CN", 16800, 28000, "USD", 80)], note="plain polyol")
ordi("O9", "2027-05-11", "import", "DE", "PL", [it("390720", "Pre-blended polyol system, cyclopentane blown, drums", "DE", 18000, 40000, "EUR", 85)], transport="road", note="pre-blended polyol with its blowing agent named (cyclopentane)")
ordi("O10", "2027-05-12", "import", "GB", "NL", [it("280440", "Medical oxygen, 10 l cylinders, 50 pcs", "GB", 75, 900, "EUR", 50)], note="oxygen at 1.5 kg per cylinder")
ordi("L1", "2027-05-03", "import", "PE", "DE", [it("970529", "Framed butterflies, Morpho, farmed, 40 frames", "PE", 12, 1200, "USD", 40)], transport="air", note="Morpho are not listed in CITES")
ordi("L2", "2027-05-04", "import", "CN", "FR", [it("830629", "Butterfly wall art, metal, 500 pcs", "CN", 400, 1500, "USD", 500)], note="metal butterflies")
ordi("L3", "2027-05-05", "import", "CN", "NL", [it("920290", "Acoustic guitar, new, rosewood fingerboard, 200 pcs", "CN", 800, 24000, "USD", 200)], note="new guitars: Dalbergia in finished instruments is exempt (annotation #15)")
ordi("L4", "2027-05-06", "import", "CN", "DE", [it("920992", "Violin bows, carbon fibre, 100 pcs", "CN", 6, 3000, "USD", 100)], transport="air", note="carbon bows")
ordi("L5", "2027-05-07", "import", "VN", "NL", [it("940360", "Acacia wood dining tables, 40 pcs", "VN", 1600, 6400, "USD", 40)], note="acacia furniture")
ordi("L6", "2027-05-08", "import", "CN", "BE", [it("940360", "Chinese style elm cabinets, lacquered, 20 pcs", "CN", 900, 5000, "USD", 20)], note="Chinese-style elm furniture")
ordi("L7", "2027-05-09", "import", "CR", "NL", [it("060290", "Yucca canes, unrooted, 2000 pcs", "CR", 4000, 1600, "USD", 2000)], note="unrooted yucca canes, under a dollar each")
ordi("L8", "2027-05-10", "import", "ZA", "GB", [it("060290", "Protea plants, nursery grown, in pots, 500 pcs", "ZA", 1500, 2500, "USD", 500)], transport="air", note="nursery proteas")
ordi("L9", "2027-05-11", "import", "CN", "ES", [it("670100", "Feather boas, dyed turkey feathers, 1000 pcs", "CN", 150, 2000, "USD", 1000)], note="turkey feathers")
ordi("L10", "2027-05-12", "import", "ZA", "DE", [it("960390", "Ostrich feather dusters, 500 pcs", "ZA", 100, 2500, "USD", 500)], note="ostrich (farmed S. camelus, not listed)")
ordi("L11", "2027-05-13", "import", "EC", "ES", [it("030457", "Swordfish loins, frozen", "EC", 12000, 96000, "USD")], note="swordfish meat")
ordi("L12", "2027-05-14", "import", "CN", "FR", [it("961519", "Peignes en acétate motif écaille, 2000 pièces", "CN", 60, 1200, "USD", 2000)], note="tortoiseshell-pattern acetate combs")
ordi("L13", "2027-05-15", "import", "PH", "NL", [it("050800", "Capiz shells, decorative, small, 500 kg", "PH", 500, 600, "USD")], note="small windowpane-oyster shells")
ordi("L14", "2027-05-16", "import", "BR", "PT", [it("670100", "Artesanato de penas de galinha tingidas, 300 peças", "BR", 10, 900, "USD", 300)], transport="air", note="dyed chicken-feather crafts")

# ---------------------------------------------------------------- permitted
perm("1", "2027-05-03", "import", "PG", "DE", [it("970529", "Framed birdwing butterflies, ranched, Ornithoptera priamus, 20 frames", "PG", 6, 2400, "USD", 20, docs=[("CITES_PERMIT", "PG-27-0112")])], transport="air", note="ranched birdwings with CITES export permit", domain="wildlife")
perm("2", "2027-05-04", "import", "US", "DE", [it("920290", "Used guitar, 1964, Brazilian rosewood, pre-Convention certificate", "US", 5, 25000, "USD", 1, docs=[("CITES_PERMIT", "US-PC-27-0441")])], transport="air", note="vintage guitar with a pre-Convention certificate", domain="wildlife")
perm("3", "2027-05-05", "import", "ZA", "NL", [it("060290", "Encephalartos seedlings, artificially propagated, 50 pcs", "ZA", 100, 5000, "USD", 50, docs=[("CITES_PERMIT", "ZA-27-1881")])], transport="air", note="nursery cycads with CITES permit", domain="wildlife")
perm("4", "2027-05-06", "export", "DE", "NO", [it("380190", "Spent pot lining, first cut, for treatment", "DE", 20000, 0, docs=[("BASEL_CONSENT", "DE-NO-27-0012")])], note="spent pot lining with Basel consent to a treatment plant", domain="waste")
perm("5", "2027-05-07", "export", "NL", "TR", [it("720449", "Steel scrap with oil filters, for recovery", "NL", 22000, 2200, docs=[("BASEL_CONSENT", "NL-TR-27-0301")])], note="oily scrap under a consent", domain="waste")
perm("6", "2027-05-08", "import", "AE", "NL", [it("290343", "R-134a in ISO tank, 18 t", "AE", 18000, 90000, "USD", 1, docs=[("FGAS_QUOTA", "NL-FG-27-0091")])], note="bulk HFC under quota", domain="ozone")
perm("7", "2027-05-09", "import", "CN", "IT", [it("940360", "Hongmu cabinet, Dalbergia odorifera, 2 pcs", "CN", 180, 8000, "USD", 2, docs=[("CITES_PERMIT", "CN-27-33102")])], note="hongmu furniture with CITES permit", domain="wildlife")

probes.write(HERE, "dev8-b")
