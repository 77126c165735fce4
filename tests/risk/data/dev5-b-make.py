#!/usr/bin/env python3
"""Writes the round-five development probes for precursors (explosives), strategic and
dual-use goods and cultural property (tests/risk/data/dev5-b-*.ndjson): for each
modus operandi family of docs/profile-packs.md ("Round five: precursors (explosives),
strategic and dual-use goods, cultural property"), disguised variants worded otherwise
than the blind3 rows that led to the family, lawful look-alikes (ordinary) and lawful
shipments of the same goods with their documents (permitted). Rows are written out by
hand; the script only fills the common fields. Written before the rules were checked
against them (development data, not a blind set):

    python3 tests/risk/data/dev5-b-make.py
"""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

# (id, date, flow, mode, departure, transits, destination, importer_country, hs, description,
#  origin, net_mass_kg, quantity, value, currency, note, documents, domain)
DISGUISED = [
    # F1 hydrogen peroxide sold by its volume strength as a cosmetic oxidant or developer
    ("PRE-01", "2026-10-02", "export", "sea", "FR", ["SN"], "ML", "ML", "330590",
     "Oxydant crème 110 vol., bidons 20 l, usage professionnel", "FR", 8000, None, 5600, "EUR",
     "hydrogen peroxide at about 33 % (110 volumes) as a cream oxidant, to Mali via Dakar"),
    ("PRE-02", "2026-10-05", "export", "sea", "ES", [], "KE", "KE", "330590",
     "Revelador en crema 100 volúmenes, garrafas de 25 l", "ES", 6000, None, 4200, "EUR",
     "30 % peroxide as a hair developer in 25 l cans, Spanish wording, to Kenya"),
    ("PRE-03", "2026-10-08", "import", "post", "TR", [], "DE", None, "330590",
     "Oxidationsmittel 60 Vol., 1-l-Flasche", "TR", 2, 1, 18, "EUR",
     "18 % peroxide (60 volumes) to a private person by post"),
    # F2 nitrates and hexamine by their food-additive (E / INS) number
    ("PRE-04", "2026-10-03", "export", "sea", "IT", ["BJ"], "NE", "NE", "210690",
     "Conservante alimentare E251, sacchi da 25 kg", "IT", 12000, None, 9000, "EUR",
     "12 t of sodium nitrate (E 251) as a food preservative, via Cotonou to Niger, Italian wording"),
    ("PRE-05", "2026-10-09", "export", "sea", "GB", ["OM"], "YE", "YE", "230990",
     "Feed additive INS 252, feed grade, 25 kg bags", "GB", 9000, None, 8100, "GBP",
     "potassium nitrate by its INS number as a feed additive, to Yemen via Salalah"),
    ("PRE-06", "2026-10-12", "export", "sea", "FR", ["CM"], "TD", "TD", "250100",
     "Sel de conservation E-252 qualité alimentaire, sacs 25 kg", "FR", 8000, None, 4800, "EUR",
     "potassium nitrate as a preserving salt under the salt code, via Douala to Chad"),
    # F3 shock-tube (non-electric) detonators as plastic tubing or signal tube
    ("PRE-07", "2026-10-04", "export", "sea", "CN", ["TZ"], "CD", "CD", "391732",
     "Signal tube lead-in lines 4.2 m with bunch connectors, 8,000 pcs", "CN", 480, 8000, 5600, "USD",
     "shock-tube detonator assemblies as signal tube, via Dar es Salaam to the DR Congo"),
    ("PRE-08", "2026-10-15", "export", "sea", "CN", ["SN"], "ML", "ML", "392690",
     "Plastic tubes with clips and aluminium end caps, 500 ms, 7.2 m, 10,000 units", "CN", 650, 10000, 7000, "USD",
     "non-electric delay detonators (aluminium shell, 500 ms delay) as plastic tubes, via Dakar to Mali"),
    ("PRE-09", "2026-10-20", "export", "road", "ZA", [], "MZ", "MZ", "392690",
     "Tubing assemblies, yellow, 9 m, with J-hook connector, 6,000 pcs", "ZA", 420, 6000, 5400, "USD",
     "shock-tube downlines with their hook connector as tubing assemblies, to Mozambique"),
    # F4 oxidisers under a generic or related UN entry (class 5.1)
    ("PRE-10", "2026-10-06", "export", "sea", "NL", ["BJ"], "NE", "NE", "382499",
     "Oxidizing solid, n.o.s., UN1479, class 5.1, PG II, fibre drums 50 kg", "NL", 5000, None, 4500, "EUR",
     "an oxidiser under the generic n.o.s. entry, via Cotonou to Niger"),
    ("PRE-11", "2026-10-18", "export", "sea", "BE", ["AE"], "PK", "PK", "382499",
     "Bleaching liquor UN 3210, 5.1, 1000 l IBC", "BE", 12000, None, 6000, "EUR",
     "aqueous chlorate solution (UN3210) as bleaching liquor, to Pakistan via Jebel Ali"),
    ("PRE-12", "2026-10-25", "export", "sea", "DE", ["OM"], "SO", "SO", "283429",
     "Nitrates, inorganic, n.o.s. (UN 1477), technical, 25 kg bags", "DE", 10000, None, 5000, "EUR",
     "an inorganic nitrate under its generic UN entry, to Somalia via Salalah"),
    # F5 nitric acid for artisanal gold refining
    ("PRE-13", "2026-10-07", "export", "sea", "FR", ["SN"], "ML", "ML", "382499",
     "Gold parting acid, 25 l jerrycans", "FR", 6000, None, 5400, "EUR",
     "nitric acid as gold parting acid for artisanal gold sites, via Dakar to Mali"),
    ("PRE-14", "2026-10-14", "export", "sea", "BE", ["GH"], "BF", "BF", "382219",
     "Aqua regia refining reagent, 2.5 l bottles, 400 pcs", "BE", 1200, 400, 2400, "EUR",
     "aqua regia (nitric and hydrochloric acid) as a refining reagent, via Tema to Burkina Faso"),
    ("PRE-15", "2026-10-28", "export", "sea", "FR", ["BJ"], "NE", "NE", "382499",
     "Eau régale pour affinage de l'or, bidons 30 l", "FR", 3000, None, 2700, "EUR",
     "aqua regia in French, for gold refining, via Cotonou to Niger"),

    # F6 Australia Group / CWC precursors by a synonym or systematic name
    ("STR-01", "2026-10-03", "export", "road", "CH", [], "SY", "SY", "291419",
     "Pinakolin 98 %, Fässer 200 l", "CH", 3200, None, 14000, "CHF",
     "pinacolone by its German name, to Syria"),
    ("STR-02", "2026-10-10", "export", "sea", "NL", [], "EG", "EG", "282619",
     "Potassium acid fluoride, glass etching salt, 25 kg bags", "NL", 6000, None, 9000, "EUR",
     "potassium bifluoride (AG) by an older name, to a State not party to the CWC"),
    ("STR-03", "2026-10-17", "export", "sea", "BE", [], "SS", "SS", "283010",
     "Disodium sulfide flakes 60 %, tannery chemical", "BE", 20000, None, 11000, "EUR",
     "sodium sulphide (AG, mustard precursor) by its systematic name, to South Sudan (not party to the CWC)"),
    ("STR-04", "2026-10-24", "export", "air", "DE", [], "MM", "MM", "290559",
     "2-Hydroxyethyl chloride 99 %, 200 l drums", "DE", 1600, None, 7000, "EUR",
     "2-chloroethanol (AG) by a synonym, to Myanmar (EU dual-use embargo)"),
    # F7 controlled alloys (1C202) by their grade, in tube, bar or cylinder form
    ("STR-05", "2026-10-05", "export", "sea", "DE", ["AE"], "IR", "IR", "760820",
     "Seamless tubes AA7075 T651, outside diameter 150 mm, sporting goods", "DE", 5000, None, 52000, "EUR",
     "high-strength aluminium tube over 75 mm to Iran"),
    ("STR-06", "2026-10-11", "export", "sea", "IT", [], "KG", "KG", "760429",
     "7068 aluminium round bar Ø 90 mm, for scooter parts", "IT", 3000, None, 27000, "EUR",
     "7068 bar (ultimate tensile strength over 460 MPa) over 75 mm to a circumvention hub"),
    ("STR-07", "2026-10-21", "export", "air", "GB", [], "PK", "PK", "810890",
     "Titanium alloy bars Ti-6Al-4V, dia 100 mm, for golf club heads", "GB", 800, None, 36000, "GBP",
     "Ti-6Al-4V bar (1C202.b) over 75 mm to Pakistan"),
    # F8 common high priority electronics named under another code
    ("STR-08", "2026-10-06", "export", "road", "NL", [], "KZ", "KZ", "870899",
     "Car navigation accessories: GNSS modules, multi-band, 1,500 pcs", "NL", 40, 1500, 90000, "EUR",
     "CHPL navigation modules as vehicle parts, to Kazakhstan"),
    ("STR-09", "2026-10-13", "export", "air", "DE", [], "KG", "KG", "950300",
     "Toy parts: MEMS gyroscope and accelerometer boards (IMU), 5,000 pcs", "DE", 50, 5000, 60000, "EUR",
     "inertial measurement units as toy parts, to Kyrgyzstan"),
    ("STR-10", "2026-10-27", "export", "air", "FR", [], "AM", "AM", "847330",
     "Pièces détachées : microcontrôleurs et FPGA, 3 000 pcs", "FR", 15, 3000, 75000, "EUR",
     "microcontrollers and FPGAs as computer spare parts, to Armenia"),
    # F9 firearm suppressors and receivers as solvent traps, fuel filters or blanks
    ("STR-11", "2026-10-08", "import", "express", "CN", [], "DE", None, "842139",
     "Solvent trap kit, 1/2x28 thread, aluminium cups, 200 sets", "CN", 120, 200, 3000, "USD",
     "suppressor kits (drill the cups) as solvent traps"),
    ("STR-12", "2026-10-16", "import", "post", "CN", [], "FR", None, "842123",
     "Fuel filter, 5/8-24 thread, with storage cups, 2 pcs", "CN", 1, 2, 60, "USD",
     "a suppressor as an automotive fuel filter with a muzzle thread"),
    ("STR-13", "2026-10-22", "import", "express", "US", [], "SE", None, "761699",
     "80 % lower receiver blanks, aluminium, with jig", "US", 12, 20, 1800, "USD",
     "unfinished receivers (ghost guns) with their drilling jig"),

    # F10 archaeological textiles as fabric fragments or worn textiles
    ("CUL-01", "2026-10-04", "import", "post", "EG", [], "GB", None, "580500",
     "Linen weaving fragments, tapestry roundels, for collectors, 6 pcs", "EG", 1, 6, 120, "GBP",
     "Coptic tapestry roundels from Egypt as textile fragments"),
    ("CUL-02", "2026-10-12", "import", "post", "PE", [], "US", None, "631090",
     "Old woven cloth pieces, camelid wool, figurative borders, for framing", "PE", 2, 8, 150, "USD",
     "pre-Columbian (Chancay) textiles from Peru as old cloth pieces"),
    ("CUL-03", "2026-10-19", "import", "express", "AE", [], "DE", None, "630900",
     "Burial shroud fragments, linen, painted", "EG", 1, 3, 90, "EUR",
     "funerary textile from Egypt as worn textiles via Dubai"),
    # F11 fossils as replicas, casts, stone carvings or minerals
    ("CUL-04", "2026-10-06", "import", "sea", "CN", [], "DE", None, "680299",
     "Decorative stone carving, dinosaur egg nest, 6 eggs", "CN", 95, 1, 400, "USD",
     "a fossil dinosaur egg clutch (Chinese export ban) as a stone carving"),
    ("CUL-05", "2026-10-13", "import", "air", "MN", [], "JP", None, "902300",
     "Skeleton model, cast, Protoceratops, for education", "MN", 160, 1, 900, "USD",
     "a Protoceratops skeleton from the Gobi as an educational model"),
    ("CUL-06", "2026-10-23", "import", "sea", "CN", [], "FR", None, "392640",
     "Réplique de crâne de raptor, résine, 1 pièce", "MN", 65, 1, 300, "USD",
     "a Mongolian dinosaur skull as a resin replica, French wording"),
    ("CUL-07", "2026-10-29", "import", "air", "BR", [], "US", None, "680299",
     "Fossil fish plate, Santana formation, polished", "BR", 30, 4, 200, "USD",
     "Brazilian fossils (federal property, export banned) as stone plates"),
    # F12 religious images from conflict or looting areas as decorative carvings
    ("CUL-08", "2026-10-07", "import", "air", "TH", [], "NL", None, "442011",
     "Carved teak Bodhisattva, gilt, 1 pc", "MM", 40, 1, 350, "USD",
     "a Myanmar temple image as a wood carving via Bangkok"),
    ("CUL-09", "2026-10-14", "import", "sea", "MM", [], "DE", None, "442011",
     "Gilded wooden Buddha, seated, 18 in, for home shrine", "MM", 25, 1, 200, "USD",
     "a Buddha image from Myanmar (conflict area) as a decorative statuette"),
    ("CUL-10", "2026-10-30", "import", "air", "TH", [], "FR", None, "830629",
     "Bronze deity figures, Shiva and Parvati, patinated", "MM", 18, 2, 260, "EUR",
     "bronze temple deities from Myanmar via Bangkok"),
    # F13 old paintings and prints under the codes for works not over 100 years
    ("CUL-11", "2026-10-05", "export", "air", "FR", [], "CH", "CH", "970191",
     "Huile sur toile, école française, XVIIIe siècle", "FR", 8, 1, 1200, "EUR",
     "an 18th-century painting under the code for paintings not over 100 years, French wording"),
    ("CUL-12", "2026-10-15", "export", "air", "DE", [], "US", "US", "970191",
     "Ölgemälde, niederländische Schule, um 1650", "DE", 6, 1, 800, "EUR",
     "a Dutch 17th-century painting, German wording"),
    ("CUL-13", "2026-10-26", "import", "air", "GB", [], "NL", None, "970191",
     "Oil painting, portrait, 19th century, in period frame", "GB", 9, 1, 400, "EUR",
     "a 19th-century portrait declared as a recent painting"),
    ("CUL-14", "2026-11-02", "export", "air", "ES", [], "MX", "MX", "970290",
     "Grabado, siglo XVIII, enmarcado", "ES", 3, 1, 300, "EUR",
     "an 18th-century engraving under the code for prints not over 100 years"),
    # F14 pre-Columbian pottery as folk pottery
    ("CUL-15", "2026-10-09", "import", "air", "PE", [], "US", None, "691390",
     "Clay vessel with stirrup spout, folk pottery", "PE", 3, 1, 80, "USD",
     "a Moche stirrup-spout vessel as folk pottery"),
    ("CUL-16", "2026-10-20", "import", "air", "PE", [], "ES", None, "691200",
     "Vasija de cerámica, estilo Chancay, antigua", "PE", 4, 1, 60, "EUR",
     "a Chancay vessel as a ceramic jar, Spanish wording"),
    ("CUL-17", "2026-11-03", "import", "air", "MX", [], "FR", None, "691390",
     "Figurine en terre cuite, Jalisco, ancienne", "MX", 2, 1, 70, "EUR",
     "a West Mexican shaft-tomb figure as a terracotta figurine"),

    # Second batch (M-*), written after the first run of the rules on the rows above and
    # measured once before any change: other wordings of the same families, to probe gaps.
    ("PRE-M1", "2026-11-04", "export", "sea", "DE", [], "UG", "UG", "330610",
     "Activator liquid 35 %, for teeth whitening kits, 5 l cans", "DE", 4000, None, 6000, "EUR",
     "35 % peroxide as a whitening activator, to Uganda"),
    ("PRE-M2", "2026-11-06", "export", "sea", "NL", ["DJ"], "ET", "ET", "382499",
     "Preservative INS 251, 25 kg bags", "NL", 9000, None, 5400, "EUR",
     "sodium nitrate by its INS number, to Ethiopia through Djibouti"),
    ("PRE-M3", "2026-11-08", "export", "sea", "CN", ["TG"], "BF", "BF", "392690",
     "Plastic lines with end plugs, 15 m, red, boxes of 100", "CN", 700, 6000, 6600, "USD",
     "shock-tube assemblies as 'plastic lines with end plugs', via Lome to Burkina Faso"),
    ("PRE-M4", "2026-11-10", "export", "sea", "BE", [], "NG", "NG", "382499",
     "Class 5.1 oxidizer, packing group II, 25 kg pails", "BE", 8000, None, 5600, "EUR",
     "an oxidiser by its transport class only, to Nigeria"),
    ("PRE-M5", "2026-11-12", "export", "air", "CH", ["SN"], "ML", "ML", "382219",
     "Refining acid for gold, AR grade, 2.5 l bottles", "CH", 900, 360, 2200, "CHF",
     "nitric acid as 'refining acid for gold', via Dakar to Mali"),
    ("STR-M1", "2026-11-05", "export", "road", "DE", [], "KZ", "KZ", "291419",
     "Tert-Butylmethylketon 99 %, 200-l-Fässer", "DE", 3200, None, 15000, "EUR",
     "pinacolone by its German systematic name, to Kazakhstan without a licence"),
    ("STR-M2", "2026-11-07", "export", "sea", "GB", [], "TR", "TR", "810890",
     "Titanium 6-4 seamless pipe, 90 mm OD, for bicycle frames", "GB", 1500, None, 60000, "GBP",
     "Ti-6Al-4V tube over 75 mm to a circumvention hub, written 'titanium 6-4'"),
    ("STR-M3", "2026-11-09", "export", "air", "DE", [], "AM", "AM", "847989",
     "Navigation module (GPS/GLONASS) for agricultural drones, 800 pcs", "DE", 20, 800, 48000, "EUR",
     "CHPL navigation modules under a machinery code, to Armenia"),
    ("STR-M4", "2026-11-11", "import", "post", "CN", [], "NL", None, "842139",
     "Rifle cleaning kit with solvent storage cups, M14x1 LH thread, 50 sets", "CN", 30, 50, 900, "USD",
     "suppressor kits with the Kalashnikov muzzle thread as cleaning kits"),
    ("STR-M5", "2026-11-13", "export", "sea", "IT", [], "PK", "PK", "722830",
     "Steel 18Ni300 round bar, dia 120 mm", "IT", 2000, None, 40000, "EUR",
     "maraging steel by its grade designation only, to Pakistan"),
    ("CUL-M1", "2026-11-05", "import", "post", "EG", [], "US", None, "630900",
     "Pieces of antique linen with woven figures, Egypt, for framing", "EG", 1, 5, 110, "USD",
     "Coptic textiles as antique linen pieces"),
    ("CUL-M2", "2026-11-09", "import", "air", "CN", [], "DE", None, "253090",
     "Psittacosaurus plate, mineral specimen", "CN", 30, 1, 500, "USD",
     "a Chinese dinosaur fossil as a mineral specimen"),
    ("CUL-M3", "2026-11-13", "import", "air", "TH", [], "DE", None, "830629",
     "Statue of Guanyin, bronze, old patina", "MM", 15, 1, 300, "EUR",
     "a bronze image from Myanmar via Bangkok"),
    ("CUL-M4", "2026-11-17", "export", "air", "DE", [], "CH", "CH", "970191",
     "Gemälde, Öl auf Holz, 16. Jh., flämisch", "DE", 5, 1, 1500, "EUR",
     "a 16th-century Flemish panel under the code for recent paintings"),
    ("CUL-M5", "2026-11-19", "import", "air", "EC", [], "ES", None, "691390",
     "Ceramic whistle figure, Jama-Coaque, Ecuador", "EC", 1, 1, 90, "EUR",
     "a Jama-Coaque figure from Ecuador as a ceramic whistle"),
]

ORDINARY = [
    ("ORD-01", "2026-10-02", "export", "sea", "FR", [], "SN", "SN", "330590",
     "Crème oxydante 20 vol (6 %), flacons 1 l", "FR", 2000, None, 3000, "EUR", "salon developer"),
    ("ORD-02", "2026-10-06", "export", "sea", "IT", [], "KE", "KE", "330590",
     "Developer 40 vol 12 %, 1 l bottles", "IT", 3000, None, 4500, "EUR", "developer at the cosmetic limit"),
    ("ORD-03", "2026-10-09", "export", "road", "DE", [], "PL", "PL", "250100",
     "Nitritpökelsalz E 250 0,6 %, 25-kg-Säcke", "DE", 20000, None, 6000, "EUR", "nitrite curing salt"),
    ("ORD-04", "2026-10-12", "export", "sea", "DE", [], "KE", "KE", "250100",
     "Curing salt with sodium nitrite E 250, 25 kg bags", "DE", 10000, None, 3500, "EUR",
     "nitrite curing salt to Kenya"),
    ("ORD-05", "2026-10-14", "export", "sea", "IL", [], "KE", "KE", "391732",
     "Drip irrigation tubing 16 mm, 500 m rolls", "IL", 9000, 300, 14000, "USD", "drip line"),
    ("ORD-06", "2026-10-16", "export", "sea", "CN", [], "KE", "KE", "391739",
     "PVC garden hose with connectors, 15 m, 2,000 pcs", "CN", 5000, 2000, 9000, "USD", "garden hose"),
    ("ORD-07", "2026-10-18", "export", "sea", "DE", [], "NG", "NG", "391739",
     "Pneumatic PU tubing 6 mm, 100 m rolls", "DE", 800, 200, 6000, "EUR", "pneumatic tubing"),
    ("ORD-08", "2026-10-20", "export", "sea", "TR", [], "KE", "KE", "282810",
     "Calcium hypochlorite 70 %, UN2880, class 5.1, 45 kg drums", "TR", 18000, None, 27000, "USD",
     "pool chlorine"),
    ("ORD-09", "2026-10-22", "export", "sea", "DE", [], "NG", "NG", "283340",
     "Sodium persulfate, UN1505, class 5.1, 25 kg bags", "DE", 5000, None, 9000, "EUR", "persulfate etchant"),
    ("ORD-10", "2026-10-24", "export", "air", "CH", [], "GH", "GH", "382219",
     "Gold testing acid kit, 3 x 10 ml, 50 kits", "CH", 5, 50, 600, "CHF", "jeweller's test kit"),
    ("ORD-11", "2026-10-26", "export", "sea", "NL", [], "ML", "ML", "280610",
     "Hydrochloric acid 33 %, 1000 l IBC", "NL", 12000, None, 3000, "EUR", "hydrochloric acid"),
    ("ORD-12", "2026-10-28", "export", "sea", "NL", [], "TR", "TR", "290919",
     "MTBE (methyl tert-butyl ether), fuel oxygenate, isotank", "NL", 20000, None, 22000, "EUR", "fuel ether"),
    ("ORD-13", "2026-10-30", "export", "sea", "IT", [], "TR", "TR", "760820",
     "Aluminium tubes 6061-T6, OD 40 mm, for bicycle frames", "IT", 4000, None, 18000, "EUR", "bicycle tube"),
    ("ORD-14", "2026-11-02", "export", "sea", "DE", [], "TR", "TR", "760612",
     "Aluminium sheet 7075-T6, 2 mm, for tooling plates", "DE", 6000, None, 30000, "EUR", "7075 sheet"),
    ("ORD-15", "2026-11-04", "export", "air", "GB", [], "AE", "AE", "810890",
     "Titanium Grade 2 tubes OD 25 mm, heat exchangers", "GB", 900, None, 27000, "GBP", "CP titanium tube"),
    ("ORD-16", "2026-11-06", "export", "road", "DE", [], "FR", "FR", "852691",
     "Portable car navigation systems, 300 pcs", "DE", 120, 300, 24000, "EUR", "sat-navs within the EU"),
    ("ORD-17", "2026-11-08", "export", "air", "DE", [], "NO", "NO", "847330",
     "Microcontroller development boards for schools, 500 pcs", "DE", 30, 500, 9000, "EUR", "school boards"),
    ("ORD-18", "2026-11-10", "import", "sea", "CN", [], "DE", None, "842123",
     "Car oil filters, M20x1.5 thread, 500 pcs", "CN", 250, 500, 1500, "USD", "oil filters"),
    ("ORD-19", "2026-11-12", "import", "post", "US", [], "DE", None, "340290",
     "Gun bore cleaning solvent, 500 ml", "US", 1, 1, 15, "USD", "cleaning solvent"),
    ("ORD-20", "2026-11-14", "import", "sea", "CN", [], "DE", None, "950300",
     "Animatronic dinosaur, life size, fibreglass, 1 pc", "CN", 450, 1, 9000, "USD", "theme-park dinosaur"),
    ("ORD-21", "2026-11-16", "import", "sea", "CN", [], "NL", None, "950300",
     "Dinosaur toy figures, PVC, 2,000 pcs", "CN", 300, 2000, 2400, "USD", "toy dinosaurs"),
    ("ORD-22", "2026-11-18", "import", "sea", "MA", [], "DE", None, "680299",
     "Orthoceras fossil plates, polished", "MA", 200, 40, 1600, "EUR", "Moroccan fossil decor"),
    ("ORD-23", "2026-11-20", "import", "air", "NP", [], "DE", None, "830629",
     "Brass Buddha statue, new, handmade in Patan", "NP", 12, 4, 480, "EUR", "new Nepalese brassware"),
    ("ORD-24", "2026-11-22", "import", "sea", "CN", [], "NL", None, "392640",
     "Resin Buddha garden statues, 40 pcs", "CN", 200, 40, 800, "USD", "resin garden statues"),
    ("ORD-25", "2026-11-24", "import", "sea", "TH", [], "NL", None, "442011",
     "Teak Buddha carvings, 20 pcs", "TH", 100, 20, 900, "USD", "Thai handicraft"),
    ("ORD-26", "2026-11-26", "export", "air", "FR", [], "US", "US", "970191",
     "Oil painting on canvas, contemporary, 2024", "FR", 6, 1, 4000, "EUR", "a recent painting"),
    ("ORD-27", "2026-11-28", "export", "air", "IT", [], "US", "US", "970191",
     "Oil painting, copy after a 17th-century Venetian master, painted 2023", "IT", 7, 1, 900, "EUR",
     "a modern copy"),
    ("ORD-28", "2026-11-29", "import", "air", "PE", [], "US", None, "691390",
     "Chulucanas pottery, contemporary, hand painted, 30 pcs", "PE", 40, 30, 600, "USD", "modern Peruvian pottery"),
    ("ORD-29", "2026-11-30", "import", "sea", "MX", [], "ES", None, "691200",
     "Talavera pottery plates, 200 pcs", "MX", 300, 200, 1800, "EUR", "Mexican tableware"),
    ("ORD-30", "2026-11-30", "import", "sea", "EG", [], "IT", None, "520819",
     "Cotton fabric, woven, unbleached, 150 cm", "EG", 8000, None, 24000, "EUR", "Egyptian cotton fabric"),

    # Second batch (M-*), written after the first run, measured once before any change.
    ("ORD-M1", "2026-11-03", "export", "sea", "DE", [], "KE", "KE", "300490",
     "Hydrogen peroxide 3 % (10 vol), first aid, 100 ml bottles", "DE", 2000, 20000, 6000, "EUR", "antiseptic"),
    ("ORD-M2", "2026-11-05", "export", "sea", "FR", [], "NG", "NG", "330530",
     "Volume hair spray, 400 ml", "FR", 3000, 12000, 18000, "EUR", "hair spray"),
    ("ORD-M3", "2026-11-07", "export", "sea", "DE", [], "CH", "CH", "760429",
     "Aluminium 7075-T651 round bar, dia 100 mm", "DE", 3000, None, 21000, "EUR", "7075 bar to an EU001 country"),
    ("ORD-M4", "2026-11-09", "export", "sea", "IL", [], "NG", "NG", "391732",
     "Irrigation PE tube 16 mm with connectors, 6 m, 1,000 pcs", "IL", 900, 1000, 3000, "USD", "irrigation tube"),
    ("ORD-M5", "2026-11-11", "export", "sea", "CN", [], "KE", "KE", "853952",
     "LED tube lights T8, 1.2 m, 2,000 pcs", "CN", 800, 2000, 4000, "USD", "LED tubes"),
    ("ORD-M6", "2026-11-13", "export", "sea", "CN", [], "KE", "KE", "391723",
     "Cable ducting tubes 3 m with couplers, 5,000 pcs", "CN", 6000, 5000, 7500, "USD", "electrical conduit"),
    ("ORD-M7", "2026-11-15", "import", "sea", "CN", [], "DE", None, "392640",
     "Scientific replica: T-rex skull cast, polyurethane, 22 kg", "CN", 22, 1, 700, "USD", "a light cast"),
    ("ORD-M8", "2026-11-17", "export", "air", "FR", [], "US", "US", "970191",
     "Oil painting, 21st century, abstract", "FR", 4, 1, 3000, "EUR", "a recent painting"),
    ("ORD-M9", "2026-11-19", "import", "sea", "EG", [], "FR", None, "630492",
     "Coptic-style embroidered cushion covers, new, 500 pcs", "EG", 200, 500, 2500, "EUR", "new Egyptian textiles"),
    ("ORD-M10", "2026-11-21", "export", "sea", "DE", [], "KE", "KE", "210690",
     "Curing salt for sausages, sodium nitrite E250 with E252 0.5 %", "DE", 10000, None, 4000, "EUR",
     "curing salt with a little nitrate"),
    ("ORD-M11", "2026-11-23", "import", "sea", "CN", [], "DE", None, "842123",
     "Fuel filter for motorcycles, 1/2 inch hose barb, 1,000 pcs", "CN", 100, 1000, 800, "USD", "fuel filters"),
]

PERMITTED = [
    ("PRM-01", "2026-10-03", "export", "sea", "NL", [], "KE", "KE", "284700",
     "Hydrogen peroxide 35 % (130 vol), textile bleaching, 1000 l IBC", "NL", 12000, None, 7200, "EUR",
     "peroxide under its own code to a textile mill with the import licence",
     ["IMPORT_LICENCE:KE-NEMA-26-044", "END_USER_CERTIFICATE:KE-EUC-26-118"], "precursors"),
    ("PRM-02", "2026-10-10", "export", "sea", "ZA", [], "ZM", "ZM", "360340",
     "Non-electric shock tube detonators, 6 m, UN0360, 1.1B", "ZA", 500, 8000, 9000, "USD",
     "detonators under their own code with the export and import licences",
     ["EXPORT_LICENCE:ZA-SAPS-26-311", "IMPORT_LICENCE:ZM-MMMD-26-77"], "precursors"),
    ("PRM-03", "2026-10-17", "export", "sea", "DE", [], "IN", "IN", "291419",
     "Pinacolone 98 %, 200 l drums, agrochemical synthesis", "DE", 3200, None, 14000, "EUR",
     "an Australia Group chemical with its export licence", ["EXPORT_LICENCE:DE-BAFA-26-5521"], "strategic"),
    ("PRM-04", "2026-10-24", "export", "sea", "DE", [], "TR", "TR", "760820",
     "Aluminium tubes 7075-T6, OD 100 mm, for aircraft landing gear", "DE", 2000, None, 30000, "EUR",
     "1C202 aluminium tube with its export licence", ["EXPORT_LICENCE:DE-BAFA-26-6120"], "strategic"),
    ("PRM-05", "2026-10-31", "export", "air", "NL", [], "AE", "AE", "852691",
     "GNSS OEM modules, 500 pcs, for marine chart plotters", "NL", 20, 500, 30000, "EUR",
     "CHPL modules to the Gulf with the end-user certificate", ["END_USER_CERTIFICATE:AE-EUC-26-9001"],
     "strategic"),
    ("PRM-06", "2026-11-05", "export", "air", "IT", [], "US", "US", "970121",
     "Olio su tela, scuola veneta, XVII secolo", "IT", 12, 1, 45000, "EUR",
     "a 17th-century painting under its own code with the export licence",
     ["EXPORT_LICENCE:IT-MIC-26-0712", "CULTURAL_EXPORT_CERTIFICATE:IT-UE-26-3321"], "cultural"),
    ("PRM-07", "2026-11-12", "import", "air", "TH", [], "NL", None, "442011",
     "Carved teak Buddha, old, 1 pc", "MM", 30, 1, 2500, "USD",
     "a Myanmar image with the export certificate and the EU import licence",
     ["CULTURAL_EXPORT_CERTIFICATE:MM-DOA-26-14", "IMPORT_LICENCE:NL-ICG-26-88"], "cultural"),
    ("PRM-08", "2026-11-19", "import", "sea", "CN", [], "DE", None, "392640",
     "Dinosaur skull replica, resin, museum cast, 1 pc", "CN", 40, 1, 1500, "USD",
     "a cast with the certificate that it is not a fossil", ["CULTURAL_EXPORT_CERTIFICATE:CN-NCHA-26-5"],
     "cultural"),
]


def row(kind, r):
    if kind == "disguised":
        (rid, date, flow, mode, dep, tr, dest, imp, hs, desc, orig, mass, qty, val, cur, note) = r
        docs, domain = [], {"PRE": "precursors", "STR": "strategic", "CUL": "cultural"}[rid[:3]]
    elif kind == "ordinary":
        (rid, date, flow, mode, dep, tr, dest, imp, hs, desc, orig, mass, qty, val, cur, note) = r
        docs, domain = [], None
    else:
        (rid, date, flow, mode, dep, tr, dest, imp, hs, desc, orig, mass, qty, val, cur, note, docs, domain) = r
    office = (dest if flow == "import" else dep) + ("POST01" if mode == "post" else mode.upper()[:3] + "01")
    d = {"declaration_id": "D5B-" + rid, "date": date, "flow": flow, "office": office, "transport_mode": mode,
         "declarant_id": "DCL-" + (dest if flow == "import" else dep) + "-5" + rid[-2:]}
    if imp:
        d["importer_country"] = imp
    d["departure_country"] = dep
    d["destination_country"] = dest
    if tr:
        d["transit_countries"] = tr
    item = base.declaration_item(1, hs, desc, orig, mass, qty, val, cur, [x.split(":", 1) for x in docs or []])
    d["items"] = [item]
    if kind == "disguised":
        d["inspection_result"] = "seizure"
        d["fraud"] = 1
        d["illicit_domain"] = domain
    else:
        d["fraud"] = 0
    d["attributes"] = {"case": kind}
    if kind == "permitted":
        d["attributes"]["permit_domain"] = domain
    d["attributes"]["note"] = note
    return d


def main():
    for kind, rows in (("disguised", DISGUISED), ("ordinary", ORDINARY), ("permitted", PERMITTED)):
        with open(os.path.join(HERE, "dev5-b-" + kind + ".ndjson"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(row(kind, r), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
