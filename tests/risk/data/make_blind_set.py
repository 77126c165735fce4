#!/usr/bin/env python3
"""Writes the blind disguised-case set (tests/risk/data/blind-*.ndjson).

The disguised and permitted declarations are written out by hand below, one per
row; the ordinary declarations are drawn from a hand-written goods table (a good,
its usual partner countries, a unit-value band and a mass band per row) with a
seeded draw of the concrete partner, mass, price, currency, date and office.
Running it again writes the same files:

    python3 tests/risk/data/make_blind_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]

With --hs every HS code is checked to exist as a 6-digit subheading of HS 2022.
"""
import argparse
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime.date(2026, 4, 13)
DAYS = 75  # 13 April to 26 June 2026

# ---------------------------------------------------------------------------
# Disguised illicit declarations: 10 per domain. Each row:
# (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
# Notes say what the disguise is, from public enforcement modus operandi.
# ---------------------------------------------------------------------------
PRIVATE = {"consignee_name": "Private person"}

DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "PTSEA01", "sea", "PT", [], "MZ", "310590",
         "Adubo nitrogenado, nitrato de amónio poroso 34,5 % N, big bags 1 t", "PT", 24000, None, 8900, "EUR",
         "porous AN under other fertilisers, Portuguese wording, to Cabo Delgado", {"importer_name": "Agro Montepuez Lda", "importer_country": "MZ"}),
        ("PRE-02", "export", "BESEA01", "sea", "BE", ["UG"], "CD", "283329",
         "Technical potassium salt KClO3, 25 kg bags", "BE", 6000, None, 5400, "EUR",
         "potassium chlorate by formula only under the sulphates code, to eastern Congo", {"importer_country": "CD"}),
        ("PRE-03", "export", "NLSEA01", "sea", "NL", [], "SD", "380894",
         "Poultry farm disinfectant, hydrogen dioxide 49.5 %, 1000 l IBC", "NL", 11000, None, 6600, "EUR",
         "50 % hydrogen peroxide by a synonym as a disinfectant, to Sudan", {"importer_name": "Nile Poultry Co", "importer_country": "SD"}),
        ("PRE-04", "export", "ITSEA01", "sea", "IT", ["TM"], "AF", "381090",
         "Soluzione decapante per metalli, HNO3 65 %, cisternette", "IT", 9000, None, 4100, "EUR",
         "concentrated nitric acid as a pickling preparation, Italian wording, to Afghanistan", {"importer_country": "AF"}),
        ("PRE-05", "transit", "DESEA01", "sea", "CN", ["TZ"], "MZ", "392690",
         "Plastic tubing assemblies with connectors, 6 m, orange", "CN", 700, 12000, 8400, "USD",
         "non-electric shock-tube detonators as plastic tubing", {}),
        ("PRE-06", "export", "DESEA01", "sea", "DE", [], "SS", "284290",
         "Natriumperchlorat-Monohydrat, technisch, 25-kg-Säcke", "DE", 5000, None, 9500, "EUR",
         "sodium perchlorate under other inorganic salts, German wording, to South Sudan", {"importer_country": "SS"}),
        ("PRE-07", "export", "PLROAD01", "road", "PL", ["UA"], "AF", "720510",
         "Atomised metal powder (Mg 99 %), 100 mesh, for welding electrodes", "PL", 2000, None, 7000, "EUR",
         "magnesium powder under iron powder", {"importer_country": "AF"}),
        ("PRE-08", "export", "FRSEA01", "sea", "FR", ["CM"], "CF", "382499",
         "Seismic source sticks 1 kg, UN0241, for survey crews", "FR", 3000, None, 12000, "EUR",
         "blasting explosive type E by its UN number under chemical preparations", {"importer_country": "CF"}),
        ("PRE-09", "export", "BESEA01", "sea", "BE", ["BJ"], "NG", "283429",
         "Ammonium nitrate solution 85 %, hot, ISO tank, UN2426", "BE", 21000, None, 7300, "EUR",
         "AN solution under other nitrates to north-eastern Nigeria", {"importer_name": "Maiduguri Agro Inputs", "importer_country": "NG"}),
        ("PRE-10", "import", "NLPOST01", "post", "US", [], "NL", "271012",
         "Glow fuel 40% nitro, 1 gallon jugs, model engines", "US", 16, 4, 120, "USD",
         "40 % nitromethane to a member of the public by post (Annex I limit 16 %)", dict(PRIVATE, importer_country="NL")),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", [], "IN", "390810",
         "Polyamide-6 chips, natural, prime", "GB", 22000, None, 4000, "USD",
         "PA6 scrap as prime chips at 0.18 USD/kg", {"importer_country": "IN"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "MY", "390740",
         "Polycarbonat-Granulat, klar", "DE", 20000, None, 3000, "EUR",
         "PC scrap (CDs, sheets) as granules at 0.15 EUR/kg, German wording", {"importer_country": "MY"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "CM", "840734",
         "Pièces automobiles d'occasion en vrac (moteurs, boîtes, non vidangés)", "FR", 18000, None, 5400, "EUR",
         "undrained used engines and gearboxes (oil-contaminated waste), French wording", {"importer_country": "CM"}),
        ("WST-04", "export", "PLSEA01", "sea", "PL", [], "IN", "854449",
         "Electric cable, used, mixed insulation, cut lengths", "PL", 24000, None, 26000, "EUR",
         "PVC-insulated cable scrap (A1190) declared as cable", {"importer_country": "IN"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "NG", "271019",
         "Transformer oil, used, for regeneration, drums", "NL", 16000, None, 3200, "EUR",
         "used transformer oil possibly with PCBs under new oils", {"importer_country": "NG"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "GH", "854143",
         "Second-hand PV modules, untested, stacked", "DE", 14000, 700, 7000, "EUR",
         "end-of-life solar panels (e-waste) as second-hand modules", {"importer_country": "GH"}),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "PK", "850760",
         "Recovered 18650 lithium cells, mixed capacity, unsorted", "GB", 6000, None, 9000, "GBP",
         "waste lithium cells recovered from packs as batteries", {"importer_country": "PK"}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "TR", "382590",
         "Solid recovered fuel (SRF), baled, for cement kilns", "GB", 25000, None, 500, "GBP",
         "mixed plastic waste as refuse-derived fuel", {"importer_country": "TR"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "IN", "470620",
         "Recovered fibre pulp, baled", "NL", 24000, None, 700, "EUR",
         "unsorted mixed paper with plastic as recovered-fibre pulp at 0.03 EUR/kg", {"importer_country": "IN"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "NG", "870421",
         "Used vans (3), loaded with household goods: fridges, TVs, PCs", "BE", 9000, 3, 6000, "EUR",
         "e-waste loaded inside used vehicles", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "express", "AE", [], "NL", "691390",
         "Clay writing tablets, souvenir replicas", "IQ", 3, 12, 90, "USD",
         "cuneiform tablets from Iraq as souvenir replicas via Dubai", {}),
        ("CUL-02", "import", "FRAIR01", "air", "LB", [], "FR", "442199",
         "Panneaux de bois peints, motifs religieux, décoratifs", "SY", 8, 6, 400, "EUR",
         "Syrian icons as painted wooden panels, French wording", {}),
        ("CUL-03", "import", "ESSEA01", "sea", "MA", [], "ES", "490199",
         "Libros usados, encuadernación en cuero, surtidos", "ML", 40, None, 300, "EUR",
         "Timbuktu manuscripts as used books via Morocco, Spanish wording", {}),
        ("CUL-04", "import", "GBAIR01", "air", "PK", [], "GB", "820190",
         "Bronze tools, old, for decoration", "AF", 15, 40, 600, "GBP",
         "Bactrian bronze axe heads from Afghanistan as old tools via Pakistan", {}),
        ("CUL-05", "import", "GRSEA01", "sea", "EG", [], "GR", "680221",
         "Marble head, garden statue", "LY", 60, 1, 450, "EUR",
         "Cyrenaican marble head from Libya via Egypt as a garden statue", {}),
        ("CUL-06", "import", "DEPOST01", "post", "TR", [], "DE", "711299",
         "Silver scrap, old coins, mixed, for refining", "SY", 2, None, 180, "EUR",
         "ancient coins from Syria as silver scrap by post", {}),
        ("CUL-07", "import", "BEAIR01", "air", "BJ", [], "BE", "691390",
         "Terracotta heads, African art reproductions", "NG", 20, 5, 350, "EUR",
         "Nok terracotta from Nigeria via Benin as reproductions", {}),
        ("CUL-08", "import", "NLAIR01", "air", "OM", [], "NL", "741980",
         "Copper alloy oil lamp and incense burner, old", "YE", 5, 2, 150, "USD",
         "South Arabian bronze incense burner from Yemen via Oman", {}),
        ("CUL-09", "import", "ITPOST01", "post", "EG", [], "IT", "711620",
         "Stone amulets and scarabs, tourist items", "SD", 1, 30, 60, "EUR",
         "Nubian amulets from Sudan via Egypt as tourist items by post", {}),
        ("CUL-10", "import", "DEROAD01", "road", "TR", [], "DE", "690721",
         "Keramikfliesen, alt, Rückbau, Wanddekor", "SY", 300, None, 900, "EUR",
         "Ottoman-period wall tiles stripped from a Syrian building as reclaimed tiles, German wording", {}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["JO"], "SY", "293149",
         "Methylphosphonic acid 98 %, flame retardant intermediate", "DE", 2000, None, 18000, "EUR",
         "methylphosphonic acid (Schedule 2B4) to Syria via Jordan", {"importer_country": "SY"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", ["AZ"], "IR", "292019",
         "Phosphonic acid dimethyl ester, technical", "NL", 4000, None, 14000, "EUR",
         "dimethyl phosphite (Schedule 3) by a synonym, via Azerbaijan to Iran", {"importer_country": "IR"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "CN", "283711",
         "Mining reagent, NaCN 98 %, briquettes", "NL", 20000, None, 52000, "EUR",
         "sodium cyanide (Australia Group) for a DPRK importer via China", {"importer_name": "Ryonha Trading Corp", "importer_country": "KP"}),
        ("STR-04", "export", "DEROAD01", "road", "DE", ["PL", "KZ"], "KG", "846390",
         "Flow forming machine, CNC, 3 rollers", "DE", 18000, 1, 640000, "EUR",
         "flow-forming machine (Wassenaar 2B009) to Kyrgyzstan for a Russian buyer", {"importer_name": "OOO Uralmash Trade", "importer_country": "RU"}),
        ("STR-05", "export", "NLAIR01", "air", "NL", [], "KG", "854239",
         "Electronic components, assorted, for repair", "NL", 40, 6000, 95000, "EUR",
         "CHPL integrated circuits re-exported to Russia through Kyrgyzstan", {"importer_country": "RU"}),
        ("STR-06", "export", "PLROAD01", "road", "PL", ["LT"], "BY", "880622",
         "Agricultural spraying drone, 6 rotors", "PL", 400, 8, 48000, "EUR",
         "drones to Belarus (Regulation 765/2006 ban) as agricultural sprayers", {"importer_country": "BY"}),
        ("STR-07", "export", "FRSEA01", "sea", "FR", ["JO"], "SY", "281290",
         "Chlorinating reagent PCl5, flakes", "FR", 3000, None, 9000, "EUR",
         "phosphorus pentachloride (Schedule 3) under other halides, to Syria", {"importer_country": "SY"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", ["OM"], "IR", "381121",
         "Antiwear additive, diethyl hydrogen phosphite", "IT", 6000, None, 21000, "EUR",
         "diethyl phosphite (Schedule 3) as a lubricant additive, to Iran via Oman", {"importer_country": "IR"}),
        ("STR-09", "export", "GBAIR01", "air", "GB", ["OM"], "IR", "291819",
         "Hydroxy diphenylacetic acid, pharmaceutical intermediate", "GB", 500, None, 11000, "GBP",
         "benzilic acid (Schedule 2B) by a systematic name, to Iran", {"importer_country": "IR"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", ["TR"], "IR", "681511",
         "Carbon fibre tow 12K, T700 class, spools", "DE", 1200, None, 48000, "EUR",
         "MTCR-controlled carbon fibre to Iran via Turkey", {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLD-01", "export", "GHSEA01", "sea", "GH", [], "VN", "080131",
         "Raw cashew nuts in shell, jute bags", "GH", 25000, None, 30000, "USD",
         "pangolin scales under cashew nuts", {"importer_country": "VN"}),
        ("WLD-02", "export", "MZSEA01", "sea", "MZ", ["MY"], "KH", "120242",
         "Groundnuts, shelled, 50 kg bags", "MZ", 22000, None, 24000, "USD",
         "ivory under groundnuts, via Malaysia to Cambodia", {"importer_country": "KH"}),
        ("WLD-03", "export", "ZAAIR01", "air", "ZA", [], "MY", "691390",
         "Ceramic ornaments, handmade", "ZA", 30, 10, 400, "USD",
         "rhino horn pieces as ceramic ornaments by air", {"importer_country": "MY"}),
        ("WLD-04", "transit", "NLAIR01", "air", "MX", [], "HK", "030572",
         "Dried croaker swim bladders, for soup", "MX", 40, None, 64000, "USD",
         "totoaba maws as croaker maws at 1,600 USD/kg", {}),
        ("WLD-05", "transit", "ESSEA01", "sea", "EC", [], "HK", "030559",
         "Pescado seco salado, aletas de raya", "EC", 2000, None, 90000, "USD",
         "shark fins as dried ray wings at 45 USD/kg, Spanish wording", {}),
        ("WLD-06", "export", "GBAIR01", "air", "GB", [], "HK", "920999",
         "Old piano keyboards and key tops, for restoration", "GB", 80, None, 2500, "GBP",
         "ivory key tops exported against the UK Ivory Act to Hong Kong", {"importer_country": "HK"}),
        ("WLD-07", "export", "SNSEA01", "sea", "SN", [], "CN", "440111",
         "Bois de chauffage en rondins", "GM", 26000, None, 4000, "USD",
         "kosso (Pterocarpus erinaceus) logs from the Gambia and Casamance as firewood", {"importer_country": "CN"}),
        ("WLD-08", "export", "CMAIR01", "air", "CM", ["BE"], "VN", "050800",
         "Crushed sea shells for animal feed", "CM", 500, None, 400, "USD",
         "pangolin scales as crushed sea shells", {"importer_country": "VN"}),
        ("WLD-09", "export", "PTSEA01", "air", "PT", [], "TH", "030199",
         "Live loaches, juvenile, aquarium trade, oxygen bags", "PT", 30, None, 600, "EUR",
         "glass eels as juvenile loaches from Portugal to Thailand", {"importer_country": "TH"}),
        ("WLD-10", "export", "TZSEA01", "sea", "TZ", ["AE"], "CN", "050710",
         "Cattle horn and hoof pieces, raw", "TZ", 3000, None, 2000, "USD",
         "ivory pieces under horn and hoof, via the Emirates", {"importer_country": "CN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "CN", [], "ES", "290349",
         "Difluorochloromethane, industrial, 22.7 kg cylinders", "CN", 2270, 100, 2000, "USD",
         "HCFC-22 by a chemical name under other saturated fluorinated derivatives (an HFC code), no licence", {}),
        ("OZN-02", "import", "PLSEA01", "sea", "CN", [], "PL", "382499",
         "Foam blowing agent CCl3F, drums", "CN", 5000, None, 6000, "USD",
         "CFC-11 by formula as a blowing preparation", {}),
        ("OZN-03", "import", "GRSEA01", "sea", "IN", [], "GR", "382790",
         "Refrigerant R502, 13.6 kg", "IN", 1360, 100, 1200, "USD",
         "R-502 (CFC-115 and HCFC-22 blend) under other mixtures", {}),
        ("OZN-04", "import", "NLSEA01", "sea", "IN", [], "NL", "381400",
         "Laboratory solvent, tetrachloromethane, 200 l drums", "IN", 4000, None, 3600, "USD",
         "carbon tetrachloride by a systematic name as a composite solvent", {}),
        ("OZN-05", "import", "ITSEA01", "sea", "CN", [], "IT", "381400",
         "Sgrassante industriale 1,1,1-tricloroetano", "CN", 3000, None, 3300, "USD",
         "methyl chloroform as a degreaser, Italian wording", {}),
        ("OZN-06", "import", "BGROAD01", "road", "TR", [], "BG", "271119",
         "Aerosol propellant, 1-chloro-1,1-difluoroethane / butane mix", "CN", 6000, None, 5400, "USD",
         "HCFC-142b in a propellant mix under petroleum gases", {}),
        ("OZN-07", "import", "GRAIR02", "air", "AE", [], "GR", "842410",
         "Fire suppression cylinders, charged, bromotrifluoromethane", "AE", 900, 30, 15000, "USD",
         "halon 1301 in extinguishers without a critical-use licence", {}),
        ("OZN-08", "import", "PTSEA01", "sea", "CN", [], "PT", "382769",
         "R438A drop-in refrigerant, 11.3 kg disposable", "CN", 2260, 200, 1100, "USD",
         "R-22 in cylinders labelled as an HFC blend at 0.49 USD/kg", {}),
        ("OZN-09", "import", "ESSEA01", "sea", "IL", [], "ES", "380891",
         "Fumigante de suelos CH3Br 98 %, botellas", "IL", 2000, None, 5000, "EUR",
         "methyl bromide by formula as a soil insecticide, Spanish wording", {}),
        ("OZN-10", "import", "DESEA01", "sea", "CN", [], "DE", "382499",
         "Chiller charge, 2,2-dichloro-1,1,1-trifluoroethane", "CN", 3000, None, 5500, "USD",
         "HCFC-123 by chemical name as a chemical preparation", {}),
    ],
}

# ---------------------------------------------------------------------------
# Lawful shipments of controlled goods with the right document.
# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
# ---------------------------------------------------------------------------
PERMITTED = [
    ("PRM-01", "precursors", "import", "GBAIR01", "air", "US", "GB", "290420",
     "Nitromethane 99 %, for pharmaceutical synthesis", "US", 400, None, 6000, "USD",
     [("PRECURSOR_LICENCE", "GB-HO-EPL-26-0311")], "nitromethane to a licensed manufacturer"),
    ("PRM-02", "precursors", "export", "SESEA01", "sea", "SE", "GH", "360360",
     "Electronic detonators, programmable, for open-pit mining", "SE", 600, 8000, 48000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-26-0133"), ("END_USER_CERTIFICATE", "GH-MC-EUC-26-07")], "detonators to a licensed gold mine"),
    ("PRM-03", "precursors", "export", "ESSEA01", "sea", "ES", "MA", "282919",
     "Potassium chlorate, for match manufacture", "ES", 10000, None, 13000, "EUR",
     [("PRECURSOR_LICENCE", "MA-DGSN-26-044"), ("END_USER_CERTIFICATE", "MA-EUC-26-12")], "chlorate to a licensed match factory"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "GB", "NL", "854911",
     "Spent lead-acid batteries, for recovery (A1160)", "GB", 20000, None, 9000, "EUR",
     [("BASEL_CONSENT", "GB-EA-TFS-26-2231")], "waste batteries with notification to a licensed smelter"),
    ("PRM-05", "waste", "export", "BESEA01", "sea", "BE", "KR", "262030",
     "Spent hydroprocessing catalysts (Ni-Mo on alumina), for metal recovery", "BE", 18000, None, 21000, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-26-0098")], "spent catalysts with consent to a recovery plant"),
    ("PRM-06", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Attic black-figure lekythos, c. 500 BC, provenance 1962", "GR", 4, 1, 38000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-26-0017")], "archaeological object with the EU import licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Book of Hours, manuscript on vellum, c. 1470", "FR", 3, 1, 240000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-26-0412")], "manuscript leaving the EU with its export licence"),
    ("PRM-08", "strategic", "export", "DESEA01", "sea", "DE", "IN", "292215",
     "Triethanolamine 99 %, for a cement-additive plant", "DE", 20000, None, 34000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-26-1187"), ("END_USER_CERTIFICATE", "IN-EUC-26-0310")], "Schedule 3 chemical to a CWC State Party under licence"),
    ("PRM-09", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "030819",
     "Live corals, Acropora spp., maricultured", "ID", 60, 300, 4500, "EUR",
     [("CITES_PERMIT", "ID-KLHK-26-03318")], "cultured corals with CITES export and import permits"),
    ("PRM-10", "wildlife", "import", "FRAIR01", "air", "CN", "FR", "160431",
     "Caviar, Acipenser baerii, aquaculture, 1 kg tins", "CN", 80, None, 48000, "EUR",
     [("CITES_PERMIT", "CN-CITES-26-05512")], "farmed caviar with CITES permit"),
    ("PRM-11", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290314",
     "Carbon tetrachloride, for feedstock use in a chlorination plant", "US", 16000, None, 19000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-26-004")], "CTC for feedstock use under licence"),
    ("PRM-12", "ozone", "import", "DEAIR01", "air", "US", "DE", "290376",
     "Halon 1301, recovered and reclaimed, for aircraft fire protection", "US", 500, 20, 15000, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-26-019")], "reclaimed halon for a critical use under licence"),
]

# ---------------------------------------------------------------------------
# Ordinary trade: hand-written goods table. Each row:
# (hs, description, flow, modes, partners, unit value band per kg (currency), mass band kg,
#  currencies, units per kg or None, sensitive-looking)
# flow: import (partner is origin and departure) or export (EU origin, partner destination)
# or transit (partner to partner through an EU port).
# ---------------------------------------------------------------------------
S, N = True, False
GOODS = [
    # sensitive-looking lawful trade (a quarter of the rows drawn)
    ("390810", "Polyamide 6 chips, natural, prime, extrusion grade", "export", ["sea"], ["IN", "VN", "TR"], (2.0, 2.8), (18000, 24000), ["EUR", "USD"], None, S),
    ("390740", "Polycarbonate granules, optical grade, virgin", "export", ["sea"], ["MY", "TH", "ID"], (2.6, 3.6), (16000, 22000), ["EUR", "USD"], None, S),
    ("390110", "LLDPE C4, film grade, prime, 25 kg bags", "export", ["sea"], ["TR", "ID", "NG"], (1.1, 1.5), (20000, 25000), ["USD"], None, S),
    ("470720", "Sorted office paper (EN 643 grade 2.05), baled", "export", ["sea"], ["IN", "ID", "VN"], (0.16, 0.26), (20000, 25000), ["EUR"], None, S),
    ("470730", "Sorted graphic paper for deinking, EN 643 1.11, baled", "export", ["sea"], ["IN", "TR"], (0.12, 0.2), (20000, 25000), ["EUR"], None, S),
    ("720421", "Stainless steel scrap, 18-8 solids (ISRI 'Sabot'), sorted", "export", ["sea"], ["IN", "TR"], (1.0, 1.4), (20000, 25000), ["EUR", "USD"], None, S),
    ("740400", "Copper scrap, No. 2 wire (ISRI 'Birch/Cliff'), sorted", "export", ["sea"], ["MY", "IN"], (6.0, 7.2), (18000, 22000), ["USD"], None, S),
    ("760200", "Aluminium extrusion scrap 6063 (ISRI 'Tread'), clean", "export", ["sea"], ["IN", "VN"], (1.3, 1.8), (18000, 22000), ["USD", "EUR"], None, S),
    ("720410", "Cast iron scrap, cupola grade (ISRI 'Cupola cast')", "export", ["sea"], ["TR", "PK"], (0.3, 0.42), (22000, 26000), ["USD"], None, S),
    ("290351", "HFO-1234yf refrigerant, 5 kg cylinders, for car workshops", "import", ["sea"], ["US", "CN"], (40, 70), (2000, 6000), ["USD"], 0.18, S),
    ("271112", "Propane refrigerant R290, 5 kg returnable cylinders", "import", ["road"], ["TR", "RS"], (4, 7), (3000, 9000), ["EUR"], None, S),
    ("283429", "Calcium nitrate, greenhouse grade 15.5 % N, 25 kg bags", "export", ["sea"], ["MA", "KE", "EG"], (0.35, 0.5), (20000, 25000), ["EUR", "USD"], None, S),
    ("310221", "Ammonium sulphate 21 % N, crystalline", "export", ["sea"], ["BR", "ZA", "MA"], (0.15, 0.25), (22000, 26000), ["USD"], None, S),
    ("310430", "Potassium sulphate 0-0-50, granular", "export", ["sea"], ["EG", "KE"], (0.5, 0.7), (20000, 25000), ["USD"], None, S),
    ("330590", "Hair colour developer, hydrogen peroxide 6 %, 1 l bottles", "import", ["road", "sea"], ["TR", "US"], (2.5, 4.0), (1500, 6000), ["EUR", "USD"], 1.0, S),
    ("280700", "Battery electrolyte, sulphuric acid 37 %, 5 l cans", "export", ["sea"], ["NG", "GH", "SN"], (0.3, 0.5), (15000, 20000), ["EUR"], None, S),
    ("360610", "Solid fuel tablets for camping stoves (hexamine), boxed", "import", ["sea"], ["CN"], (1.8, 2.6), (4000, 9000), ["USD"], None, S),
    ("280920", "Phosphoric acid 85 %, food grade, IBC", "export", ["sea"], ["EG", "NG", "PK"], (0.9, 1.3), (20000, 24000), ["EUR", "USD"], None, S),
    ("392630", "Resin souvenirs, replica pharaoh statues, new", "import", ["sea", "air"], ["EG", "CN"], (3, 6), (300, 3000), ["EUR", "USD"], None, S),
    ("570110", "Hand-knotted wool rugs, new, Berber design", "import", ["sea", "road"], ["MA", "TR"], (25, 45), (800, 3000), ["EUR"], None, S),
    ("490199", "Second-hand books, 20th century, assorted", "import", ["sea"], ["US", "GB"], (2, 5), (1500, 6000), ["USD", "GBP"], None, S),
    ("691390", "Glazed ceramic tiles and vases, Iznik style, new", "import", ["road", "sea"], ["TR", "UZ"], (4, 8), (1500, 7000), ["EUR"], None, S),
    ("030743", "Frozen squid tubes, cleaned", "import", ["sea"], ["PE", "AR", "MA"], (2.5, 4.0), (20000, 25000), ["USD"], None, S),
    ("440729", "Sawn teak, plantation grown, FSC, kiln dried", "import", ["sea"], ["GH", "TZ", "EC"], (1.2, 2.0), (18000, 24000), ["EUR", "USD"], None, S),
    ("151590", "Shea butter, unrefined, in cartons", "import", ["sea"], ["GH", "BF", "NG"], (1.8, 2.6), (18000, 22000), ["USD"], None, S),
    ("847130", "Refurbished notebooks, grade A, tested, with warranty", "export", ["air", "sea"], ["NG", "GH", "KE"], (60, 110), (300, 2500), ["EUR"], 0.45, S),
    ("854143", "Solar photovoltaic modules, new, 550 W, boxed", "export", ["sea"], ["NG", "SN", "PK"], (8, 12), (16000, 22000), ["EUR", "USD"], 0.035, S),
    ("845961", "Knee-type milling machine, manual, new", "export", ["sea"], ["TR", "EG", "IN"], (6, 10), (2000, 8000), ["EUR"], 0.0005, S),
    ("290512", "Isopropyl alcohol 99.9 %, drums", "import", ["sea"], ["US", "KR"], (0.9, 1.4), (16000, 22000), ["USD"], None, S),
    ("050690", "Cattle bones, degreased, for gelatine", "export", ["sea"], ["VN", "CN"], (0.4, 0.7), (20000, 25000), ["EUR"], None, S),
    ("030389", "Frozen whole croaker, sea caught", "import", ["sea"], ["SN", "MR", "NG"], (1.5, 2.5), (20000, 25000), ["USD"], None, S),
    ("121190", "Dried herbs for herbal tea, chamomile and lime flower", "import", ["sea", "road"], ["EG", "TR", "AL"], (3, 5), (2000, 8000), ["EUR"], None, S),
    ("852872", "LED televisions 43 inch, new, boxed", "export", ["sea"], ["GH", "CI", "SN"], (9, 14), (6000, 12000), ["USD"], 0.09, S),
    # everyday trade
    ("080510", "Fresh oranges, navel", "import", ["sea"], ["ZA", "EG", "MA"], (0.6, 0.9), (20000, 25000), ["EUR", "USD"], None, N),
    ("080810", "Fresh apples, Gala", "export", ["sea"], ["IN", "EG", "AE"], (0.7, 1.0), (18000, 22000), ["EUR"], None, N),
    ("070310", "Onions, fresh, 25 kg bags", "import", ["road"], ["TR", "UA"], (0.25, 0.4), (20000, 24000), ["EUR"], None, N),
    ("080440", "Fresh avocados, Hass", "import", ["sea"], ["PE", "KE", "CO"], (2.0, 3.0), (18000, 22000), ["USD"], None, N),
    ("100199", "Wheat, milling quality, bulk", "export", ["sea"], ["MA", "DZ", "EG"], (0.22, 0.28), (25000, 30000), ["EUR"], None, N),
    ("150920", "Extra virgin olive oil, 5 l tins", "export", ["sea"], ["US", "CN", "JP"], (6, 9), (15000, 20000), ["EUR"], None, N),
    ("190531", "Sweet biscuits, packaged", "export", ["road", "sea"], ["GB", "NO", "US"], (2.5, 4.0), (8000, 18000), ["EUR", "GBP"], None, N),
    ("210690", "Food preparations, protein powder", "import", ["sea"], ["US", "GB"], (6, 10), (6000, 15000), ["USD"], None, N),
    ("220830", "Scotch whisky, 70 cl bottles", "import", ["road"], ["GB"], (12, 20), (8000, 16000), ["GBP"], None, N),
    ("220421", "White wine, bottled, 75 cl", "export", ["sea"], ["US", "CN", "CA"], (4, 8), (12000, 18000), ["EUR"], None, N),
    ("090121", "Roasted coffee, beans, 1 kg bags", "export", ["road", "sea"], ["GB", "CH", "NO"], (9, 14), (4000, 12000), ["EUR"], None, N),
    ("160232", "Canned chicken meat", "import", ["sea"], ["TH", "BR"], (3, 4.5), (18000, 22000), ["USD"], None, N),
    ("030441", "Fresh Atlantic salmon fillets", "import", ["road", "air"], ["NO", "IS"], (9, 13), (2000, 18000), ["EUR"], None, N),
    ("040690", "Cheese, hard, Gouda type", "export", ["sea", "road"], ["GB", "US", "JP"], (4.5, 7), (10000, 20000), ["EUR", "GBP"], None, N),
    ("300490", "Medicaments, antibiotics, tablets, in packs", "export", ["air"], ["CH", "US", "SA"], (60, 150), (200, 1500), ["EUR", "USD"], None, N),
    ("330499", "Skin care creams, retail packs", "import", ["air", "sea"], ["KR", "US", "CH"], (12, 25), (500, 5000), ["USD", "EUR"], None, N),
    ("340111", "Toilet soap, bars, retail", "import", ["sea"], ["TR", "ID"], (1.2, 2.0), (15000, 20000), ["USD", "EUR"], None, N),
    ("390410", "PVC compound for cables, prime", "import", ["sea"], ["KR", "US"], (1.0, 1.4), (18000, 22000), ["USD"], None, N),
    ("392321", "Refuse sacks, polyethylene, new, on rolls", "import", ["sea"], ["VN", "MY", "TR"], (1.6, 2.4), (12000, 20000), ["USD"], None, N),
    ("401120", "New truck tyres, radial, 315/80 R22.5", "import", ["sea"], ["CN", "TH", "VN"], (2.2, 3.0), (18000, 24000), ["USD"], 0.016, N),
    ("420212", "Suitcases, hard shell, polycarbonate", "import", ["sea"], ["CN", "VN"], (4, 7), (5000, 10000), ["USD"], 0.2, N),
    ("441299", "Plywood, birch, 18 mm", "import", ["sea"], ["VN", "BR", "CN"], (0.6, 0.9), (20000, 25000), ["USD"], None, N),
    ("482010", "Notebooks and diaries, paper", "import", ["sea"], ["CN", "IN"], (2.0, 3.5), (8000, 16000), ["USD"], None, N),
    ("520942", "Denim fabric, 100 % cotton, 12 oz", "import", ["sea"], ["PK", "TR", "BD"], (3.5, 5), (15000, 20000), ["USD", "EUR"], None, N),
    ("611030", "Knitted sweaters, synthetic fibres", "import", ["sea"], ["BD", "KH", "CN"], (10, 16), (4000, 9000), ["USD"], None, N),
    ("620462", "Women's cotton trousers", "import", ["sea"], ["BD", "IN", "MA"], (12, 20), (4000, 9000), ["USD", "EUR"], None, N),
    ("640411", "Sports footwear, textile uppers", "import", ["sea"], ["VN", "ID", "CN"], (18, 30), (5000, 10000), ["USD"], None, N),
    ("690723", "Porcelain floor tiles, 60x60 cm, glazed", "import", ["sea"], ["IN", "CN", "TR"], (0.4, 0.7), (22000, 26000), ["USD", "EUR"], None, N),
    ("700711", "Toughened safety glass for vehicles", "import", ["sea"], ["CN", "TR"], (3, 5), (8000, 16000), ["USD"], None, N),
    ("721049", "Galvanised steel coils, hot-dip", "import", ["sea"], ["KR", "IN", "TR"], (0.8, 1.1), (24000, 28000), ["USD"], None, N),
    ("730890", "Steel structures, prefabricated warehouse parts", "export", ["sea"], ["MA", "SA", "NG"], (1.8, 3), (18000, 24000), ["EUR"], None, N),
    ("760421", "Aluminium profiles, anodised, 6063", "export", ["road", "sea"], ["GB", "CH", "NO"], (4, 6), (8000, 18000), ["EUR", "GBP"], None, N),
    ("830140", "Door locks, brass, cylinder", "import", ["sea"], ["CN", "TW"], (6, 10), (3000, 8000), ["USD"], None, N),
    ("841191", "Parts of turbojets, blades", "export", ["air"], ["US", "SG", "GB"], (300, 900), (50, 400), ["USD", "EUR"], None, N),
    ("841370", "Centrifugal pumps, stainless, new", "export", ["sea"], ["SA", "AE", "ZA"], (25, 45), (3000, 9000), ["EUR"], None, N),
    ("841582", "Split air conditioners, inverter, new (R32 pre-charged)", "import", ["sea"], ["CN", "TH"], (5, 8), (10000, 16000), ["USD"], 0.025, N),
    ("842952", "Hydraulic excavators, new, 20 t", "export", ["sea"], ["AU", "SA", "MA"], (5, 8), (20000, 40000), ["EUR"], 0.00005, N),
    ("843143", "Parts for boring machinery, drill bits", "import", ["air"], ["US", "CA"], (40, 80), (200, 1500), ["USD"], None, N),
    ("847330", "Server memory modules, new, sealed", "import", ["air"], ["TW", "KR", "MY"], (400, 900), (50, 500), ["USD"], None, N),
    ("850440", "Power supplies for laptops, new", "import", ["air", "sea"], ["CN", "VN"], (15, 25), (500, 6000), ["USD"], None, N),
    ("851762", "Network switches and routers, new", "import", ["air"], ["TW", "CN", "US"], (80, 160), (200, 2000), ["USD"], None, N),
    ("852589", "Security cameras, IP, new", "import", ["sea", "air"], ["CN"], (30, 60), (500, 5000), ["USD"], None, N),
    ("870332", "Used passenger cars, diesel, 2017-2020, with roadworthiness certificate", "export", ["sea"], ["MA", "UA", "GE"], (5, 9), (8000, 16000), ["EUR"], 0.0007, N),
    ("871120", "Motorcycles 125 cc, new", "import", ["sea"], ["IN", "CN", "TH"], (3, 5), (8000, 14000), ["USD"], 0.008, N),
    ("871410", "Motorcycle parts, brake discs", "import", ["sea"], ["IN", "CN"], (4, 7), (3000, 9000), ["USD"], None, N),
    ("900490", "Sunglasses, plastic frames", "import", ["air", "sea"], ["CN", "HK"], (20, 40), (200, 2000), ["USD"], None, N),
    ("901890", "Surgical instruments, stainless, sterile packs", "import", ["air"], ["PK", "US"], (60, 120), (100, 800), ["USD"], None, N),
    ("940171", "Metal-framed upholstered office chairs", "import", ["sea"], ["CN", "TR"], (3.5, 6), (6000, 12000), ["USD"], None, N),
    ("940519", "LED ceiling lights, new", "import", ["sea"], ["CN"], (6, 10), (4000, 10000), ["USD"], None, N),
    ("950450", "Video game consoles, new", "import", ["air", "sea"], ["CN", "JP", "MY"], (60, 110), (1000, 8000), ["USD"], None, N),
    ("961900", "Baby diapers, retail packs", "import", ["road", "sea"], ["TR", "RS"], (2, 3), (8000, 14000), ["EUR"], None, N),
    ("870899", "Automotive brake pads, new", "export", ["sea", "road"], ["TR", "MA", "RS"], (5, 9), (4000, 12000), ["EUR"], None, N),
    ("292910", "Isocyanates, MDI polymeric, drums", "import", ["sea"], ["KR", "CN", "US"], (1.8, 2.6), (18000, 22000), ["USD"], None, N),
    ("380894", "Disinfectant wipes, quaternary ammonium, retail", "import", ["sea"], ["TR", "CN", "GB"], (2.0, 3.5), (6000, 14000), ["EUR", "USD"], None, N),
]

EU_SIDE = ["NL", "BE", "DE", "FR", "ES", "IT", "PL", "GB", "PT", "GR", "SE", "AT"]
NO_SEA = {"AT"}
MODE_CODE = {"sea": "SEA", "air": "AIR", "road": "ROAD", "rail": "RAIL"}


def day(i):
    return (START + datetime.timedelta(days=i)).isoformat()


def declaration_item(n, hs, desc, origin, mass, qty, value, cur, docs=None):
    """One declaration item in the canonical field order; docs: (type, reference) pairs.
    Shared by every set generator of this folder."""
    item = {"item_no": n, "hs_code": hs, "description": desc, "origin_country": origin, "net_mass_kg": mass}
    if qty is not None:
        item.update({"quantity": qty, "quantity_unit": "u"})
    item.update({"value": value, "currency": cur})
    if docs:
        item["documents"] = [{"type": t, "reference": r} for t, r in docs]
    return item


def probe_row(kind, i, did, flow, mode, dep, dest, transit, items, extra, dates, series, header=None):
    """One row of a development probe set written as tables (make_dev6a_set.py,
    make_dev7b_set.py): `extra` is (domain, family, note) for a disguise, the note for an
    ordinary row, (domain, note) for a permitted one; `series` numbers the declarant."""
    d = {"declaration_id": did, "date": dates[i % len(dates)], "flow": flow,
         "office": (dest if flow == "import" else dep) + mode.upper()[:3] + "01",
         "transport_mode": mode, "declarant_id": "DCL-%s-%d%02d" % (dep, series, i)}
    if header:
        d.update(header)
    d.update({"importer_country": dest, "departure_country": dep, "destination_country": dest})
    if transit:
        d["transit_countries"] = transit
    d["items"] = [declaration_item(n + 1, *it) for n, it in enumerate(items)]
    if kind == "disguised":
        d["inspection_result"] = "seizure"
        d["fraud"] = 1
        d["illicit_domain"] = extra[0]
        d["attributes"] = {"case": "disguised", "family": extra[1], "note": extra[2]}
    elif kind == "ordinary":
        d["fraud"] = 0
        d["attributes"] = {"case": "ordinary", "note": extra}
    else:
        d["fraud"] = 0
        d["attributes"] = {"case": "permitted", "permit_domain": extra[0], "note": extra[1]}
    return d


def hand_declaration(declarant, i, kind, date, flow, dep, dst, items, transport="sea", transit=None, note="",
                     domain=None, home_by_flow=False, **kw):
    """One row of a development probe set written call by call (through HandProbes);
    `declarant` is the declarant number's suffix.
    The office and declarant are the destination's, or with `home_by_flow` the country
    that lodges the declaration (destination on import, departure otherwise, with road
    offices)."""
    home = (dst if flow == "import" else dep) if home_by_flow else dst
    office = "AIR01" if transport in ("air", "express", "post") else "ROAD01" if home_by_flow and transport == "road" else "SEA01"
    d = {"declaration_id": i, "date": date, "flow": flow, "office": home + office,
         "transport_mode": transport, "declarant_id": "DCL-" + home + "-" + declarant,
         "departure_country": dep, "destination_country": dst}
    if transit: d["transit_countries"] = transit
    d.update(kw)
    d["items"] = [dict(item_no=n + 1, **it) for n, it in enumerate(items)]
    if kind == "disguised":
        d.update(inspection_result="seizure", fraud=1, illicit_domain=domain)
        d["attributes"] = {"case": "disguised", "note": note}
    elif kind == "ordinary":
        d.update(fraud=0); d["attributes"] = {"case": "ordinary", "note": note}
    else:
        d.update(fraud=0); d["attributes"] = {"case": "permitted", "permit_domain": domain, "note": note}
    return d


def hand_item(hs, desc, origin, mass, value, cur="EUR", qty=None, unit="u", docs=None):
    """An item for hand_declaration, with its quantity unit."""
    r = {"hs_code": hs, "description": desc, "origin_country": origin, "net_mass_kg": mass}
    if qty is not None: r.update(quantity=qty, quantity_unit=unit)
    r.update(value=value, currency=cur)
    if docs: r["documents"] = [{"type": t, "reference": ref} for t, ref in docs]
    return r


class HandProbes:
    """A development probe set written call by call (dev6-b-make.py and its successors):
    dis, ordi and perm add a disguised, ordinary or permitted row with hand_declaration's
    arguments, ids PREFIX-i, PREFIX-ORD-i and PREFIX-PRM-i; `domain` is given to the
    disguised and permitted rows that do not name theirs; write() writes the three files."""

    def __init__(self, prefix, declarant, home_by_flow=False, domain=None):
        self.prefix, self.declarant, self.home_by_flow, self.domain = prefix, declarant, home_by_flow, domain
        self.rows = {"disguised": [], "ordinary": [], "permitted": []}

    def _add(self, kind, did, a, k):
        if self.home_by_flow:
            k = dict(k, home_by_flow=True)
        self.rows[kind].append(hand_declaration(self.declarant, did, kind, *a, **k))

    def dis(self, i, *a, **k):
        self._add("disguised", self.prefix + "-" + i, a, dict({"domain": self.domain}, **k) if self.domain else k)

    def ordi(self, i, *a, **k):
        self._add("ordinary", self.prefix + "-ORD-" + i, a, k)

    def perm(self, i, *a, **k):
        self._add("permitted", self.prefix + "-PRM-" + i, a, dict({"domain": self.domain}, **k) if self.domain else k)

    def write(self, here, tag):
        for kind, rows in self.rows.items():
            write_rows(os.path.join(here, "%s-%s.ndjson" % (tag, kind)), rows)
        print(*(len(rows) for rows in self.rows.values()))


def write_rows(path, rows):
    """Writes rows as NDJSON, UTF-8 as written."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def disguised_rows(rng):
    out = []
    n = 0
    for domain, rows in DISGUISED.items():
        for (rid, flow, office, mode, dep, transits, dest, hs, desc, origin, mass, qty, value, cur, note,
             extra) in rows:
            d = {"declaration_id": "BLD-" + rid, "date": day((n * 37) % DAYS), "flow": flow, "office": office,
                 "transport_mode": mode, "declarant_id": "DCL-%s-%03d" % (office[:2], rng.randrange(100, 1000))}
            d.update(extra)
            d["departure_country"] = dep
            d["destination_country"] = dest
            if transits:
                d["transit_countries"] = transits
            d["items"] = [declaration_item(1, hs, desc, origin, mass, qty, value, cur)]
            d.update({"inspection_result": "seizure", "fraud": 1, "illicit_domain": domain,
                      "attributes": {"case": "disguised", "note": note}})
            out.append(d)
            n += 1
    return out


def permitted_rows(rng):
    out = []
    for n, (rid, domain, flow, office, mode, dep, dest, hs, desc, origin, mass, qty, value, cur, docs,
            note) in enumerate(PERMITTED):
        d = {"declaration_id": "BLD-" + rid, "date": day((n * 23 + 5) % DAYS), "flow": flow, "office": office,
             "transport_mode": mode, "declarant_id": "DCL-%s-%03d" % (office[:2], rng.randrange(100, 1000)),
             "departure_country": dep, "destination_country": dest}
        d["items"] = [declaration_item(1, hs, desc, origin, mass, qty, value, cur, docs)]
        d.update({"fraud": 0, "attributes": {"case": "permitted", "permit_domain": domain, "note": note}})
        out.append(d)
    return out


def ordinary_rows(rng):
    sensitive = [g for g in GOODS if g[9]]
    everyday = [g for g in GOODS if not g[9]]
    return ordinary_rows_n(rng, sensitive, everyday, 50, 150)


def ordinary_rows_n(rng, sensitive, everyday, n_sensitive, n_everyday):
    picks = [rng.choice(sensitive) for _ in range(n_sensitive)] + [rng.choice(everyday) for _ in range(n_everyday)]
    rng.shuffle(picks)
    out = []
    for n, (hs, desc, flow, modes, partners, (vlo, vhi), (mlo, mhi), curs, per_kg, _) in enumerate(picks):
        mode = rng.choice(modes)
        partner = rng.choice(partners)
        eu = rng.choice([c for c in EU_SIDE if c != partner and not (mode == "sea" and c in NO_SEA)])
        mass = float(rng.randrange(mlo, mhi + 1))
        cur = rng.choice(curs)
        value = round(mass * rng.uniform(vlo, vhi), 2)
        if flow == "import":
            dep, dest, origin = partner, eu, partner
            imp, exp = (eu, "IMP"), (partner, "EXP")
        else:
            dep, dest, origin = eu, partner, eu
            imp, exp = (partner, "IMP"), (eu, "EXP")
        d = {"declaration_id": "BLD-ORD-%03d" % (n + 1), "date": day(rng.randrange(DAYS)), "flow": flow,
             "office": eu + MODE_CODE[mode] + "01", "transport_mode": mode,
             "declarant_id": "DCL-%s-%03d" % (eu, rng.randrange(100, 1000)),
             "importer_id": "%s-IMP-%04d" % (imp[0], rng.randrange(1000, 10000)), "importer_country": imp[0],
             "exporter_id": "%s-EXP-%04d" % (exp[0], rng.randrange(1000, 10000)), "exporter_country": exp[0],
             "departure_country": dep, "destination_country": dest}
        item = {"item_no": 1, "hs_code": hs, "description": desc, "origin_country": origin, "net_mass_kg": mass}
        if per_kg is not None:
            item.update({"quantity": max(1, int(round(mass * per_kg))), "quantity_unit": "u"})
        item.update({"value": value, "currency": cur})
        d["items"] = [item]
        d.update({"fraud": 0, "attributes": {"case": "ordinary"}})
        out.append(d)
    out.sort(key=lambda d: (d["date"], d["declaration_id"]))
    return out


def check_hs(rows, path):
    codes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split(",")
            if len(parts) > 2 and len(parts[1]) == 6:
                codes.add(parts[1])
    bad = sorted({r["items"][0]["hs_code"] for r in rows} - codes)
    if bad:
        raise SystemExit("not HS 2022 subheadings: " + ", ".join(bad))


def apply_item_extras(rows):
    """Merges a disguised row's "_item" fields into its item and appends its "_more_items"."""
    for d in rows:
        item = d["items"][0]
        item.update(d.pop("_item", {}))
        more = d.pop("_more_items", [])
        for n, extra in enumerate(more, start=2):
            d["items"].append(dict({"item_no": n}, **extra))
    return rows


def write_later_set(tag, default_seed, here):
    """main() of the later blind sets (blind3, blind4): the module's tables, 50 sensitive-looking
    and 150 everyday ordinary draws, ids renamed to tag's prefix, written to here/TAG-*.ndjson."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--hs", help="HS 2022 CSV (section,hscode,description,parent,level) to check codes against")
    ap.add_argument("--seed", type=int, default=default_seed)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    prefix = "BL" + tag[len("blind"):] + "-"  # blind3 -> BL3-, blind11 -> BL11-

    def renamed(rows):
        return [dict(d, declaration_id=d["declaration_id"].replace("BLD-", prefix)) for d in rows]

    disguised = renamed(apply_item_extras(disguised_rows(rng)))
    sensitive = [g for g in GOODS if g[9]]
    everyday = [g for g in GOODS if not g[9]]
    ordinary = renamed(ordinary_rows_n(rng, sensitive, everyday, 50, 150))
    permitted = renamed(permitted_rows(rng))
    sets = {"disguised": disguised, "ordinary": ordinary, "permitted": permitted}
    if args.hs:
        every_item = [{"items": [it]} for rows in sets.values() for r in rows for it in r["items"]]
        check_hs(every_item, args.hs)
    for name, rows in sets.items():
        with open(os.path.join(here, "%s-%s.ndjson" % (tag, name)), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print("%s-%s.ndjson: %d declarations" % (tag, name, len(rows)))


# Consignee names on lawful rows (blind12 onwards): real declarations name a private person on
# most postal and express imports and a company on many commercial ones; the earlier sets named
# consignees on disguised rows only. Drawn from a generator of their own, so the goods, masses and
# prices of the shared draw do not change.
CONSIGNEE_PEOPLE = {
    "DE": ["Privatperson", "Anna Schmidt", "Herr K. Becker", "Lena Wagner"],
    "FR": ["Mme Claire Martin", "M. T. Dubois", "Sophie Bernard"],
    "NL": ["Particulier", "M. Bakker", "Mw. E. de Jong"],
    "BE": ["Particulier", "Mme L. Dupont", "Jan Peeters"],
    "ES": ["Particular", "Maria Lopez", "Sr. J. García"],
    "IT": ["Privato", "Giulia Rossi", "Sig. M. Bianchi"],
    "PL": ["Osoba prywatna", "Anna Kowalska", "Piotr Nowak"],
    "PT": ["Particular", "Sra. Ana Silva", "João Pereira"],
    "GR": ["Idiotis", "Eleni Papadopoulou", "K. Georgiou"],
    "SE": ["Privatperson", "Karin Andersson", "Mr L. Nilsson"],
    "AT": ["Privatperson", "Frau S. Huber", "Thomas Gruber"],
    "GB": ["Private individual", "Mr K. Tanaka", "Mrs S. Patel", "Emma Jones"],
}
FIRM_END = {"DE": "GmbH", "AT": "GmbH", "FR": "SARL", "BE": "SA", "NL": "BV", "ES": "SL", "IT": "Srl",
            "PL": "Sp. z o.o.", "PT": "Lda", "GR": "AE", "SE": "AB", "GB": "Ltd"}
FIRM_WORDS = ["Nordhafen", "Atlantic", "Meridian", "Alpina", "Horizon", "Delta", "Orion", "Vega", "Rivage", "Central"]
FIRM_TRADE = ["Trading", "Import", "Distribution", "Wholesale", "Logistics", "Supply"]


def name_consignees(permitted_names, seed=2028):
    """Makes write_later_set name consignees: on the ordinary rows, nearly every post or express
    import goes to a private person and about 40 % of the commercial imports name a company (as
    importer and consignee); on the permitted rows, the names in permitted_names (by row id
    without its prefix)."""
    global ordinary_rows_n, permitted_rows
    draw, permitted = ordinary_rows_n, permitted_rows

    def ordinary_with_consignees(rng, sensitive, everyday, n_sensitive, n_everyday):
        rows = draw(rng, sensitive, everyday, n_sensitive, n_everyday)
        crng = random.Random(seed)
        for d in rows:
            country = d["importer_country"]
            if d["transport_mode"] in ("post", "express") and d["flow"] == "import" and crng.random() < 0.9:
                d["consignee_name"] = crng.choice(CONSIGNEE_PEOPLE.get(country, ["Private person"]))
            elif d["flow"] == "import" and crng.random() < 0.4:
                name = "%s %s %s" % (crng.choice(FIRM_WORDS), crng.choice(FIRM_TRADE), FIRM_END.get(country, "Ltd"))
                d["importer_name"] = d["consignee_name"] = name
        return rows

    def permitted_with_consignees(rng):
        rows = permitted(rng)
        for d in rows:
            name = permitted_names.get(d["declaration_id"][len("BLD-"):])
            if name:
                d["consignee_name"] = name
        return rows

    ordinary_rows_n = ordinary_with_consignees
    permitted_rows = permitted_with_consignees


# Row helpers of the later generators (blind12 onwards): a private-person or company consignee
# (header fields) and an item of a disguised row.
def consignee_person(name, country):
    return {"consignee_name": name, "importer_country": country}


def consignee_firm(name, country):
    return {"importer_name": name, "consignee_name": name, "importer_country": country}


def later_item(hs, desc, origin, mass, value, cur, qty=None):
    """A further item: note the order (value and currency before the quantity), unlike the
    row tuples (mass, quantity, value, currency); a call in the tuples' order fails here."""
    if not isinstance(cur, str) or len(cur) != 3 or not isinstance(value, (int, float)):
        raise SystemExit("later_item(%r): value %r and currency %r out of order? (quantity is the last argument)"
                         % (desc, value, cur))
    d = {"hs_code": hs, "description": desc, "origin_country": origin, "net_mass_kg": mass}
    if qty is not None:
        d.update({"quantity": qty, "quantity_unit": "u"})
    d.update({"value": value, "currency": cur})
    return d


# Everyday goods of the blind sets of 2032 (blind36 to blind40), kept here once: EVERYDAY_2032 is
# blind36's everyday table and EVERYDAY_2032_ADDED the three rows blind38 added to it (kept by
# blind39 and blind40). Each of those sets builds its everyday rows with everyday(), naming the rows
# it dropped, replaced or added. The order is part of every set: the ordinary draw picks from the
# everyday list by position with the set's seeded generator.
EVERYDAY_2032 = [
    ("080810", "Apples, fresh", "import", ["sea", "road"], ["NZ", "CL", "RS"], (0.7, 1.1), (18000, 22000), ["USD", "EUR"], None, N),
    ("080930", "Peaches and nectarines, fresh", "import", ["road"], ["TR", "MA"], (1.0, 1.6), (14000, 20000), ["EUR"], None, N),
    ("081010", "Strawberries, fresh", "import", ["road", "air"], ["MA", "EG"], (2, 3.5), (8000, 16000), ["EUR"], None, N),
    ("080450", "Mangoes, fresh", "import", ["air", "sea"], ["PE", "BR", "PK"], (1.5, 3), (8000, 18000), ["USD"], None, N),
    ("070200", "Tomatoes, fresh", "import", ["road"], ["MA", "TR"], (0.8, 1.3), (18000, 22000), ["EUR"], None, N),
    ("070920", "Fresh asparagus, green", "import", ["air"], ["PE", "MX"], (4, 6), (3000, 8000), ["USD"], None, N),
    ("071021", "Frozen peas", "import", ["sea"], ["NZ", "CN"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("100630", "Basmati rice, milled", "import", ["sea"], ["IN", "PK"], (1.0, 1.4), (22000, 26000), ["USD"], None, N),
    ("100590", "Maize, yellow, feed", "import", ["sea"], ["UA", "BR"], (0.2, 0.27), (24000, 27000), ["USD"], None, N),
    ("110220", "Maize flour, masa", "import", ["sea"], ["MX", "US"], (0.9, 1.3), (18000, 22000), ["USD"], None, N),
    ("090111", "Green coffee beans, arabica", "import", ["sea"], ["BR", "CO", "HN"], (4, 6.5), (18000, 21000), ["USD"], None, N),
    ("090931", "Cumin seeds, whole", "import", ["sea"], ["IN", "SY"], (3, 4.5), (12000, 18000), ["USD"], None, N),
    ("091011", "Ginger, fresh", "import", ["sea"], ["CN", "PE"], (1.0, 1.8), (20000, 24000), ["USD"], None, N),
    ("080231", "Walnuts in shell", "import", ["sea"], ["US", "CL"], (3, 4.5), (18000, 21000), ["USD"], None, N),
    ("200819", "Roasted mixed nuts, retail", "import", ["express", "post"], ["US", "TR"], (15, 30), (1, 3), ["USD", "EUR"], 4, N),
    ("150920", "Extra-virgin olive oil, bulk", "export", ["road", "sea"], ["US", "CH"], (6, 9), (18000, 22000), ["EUR"], None, N),
    ("170114", "Raw cane sugar", "import", ["sea"], ["BR", "MU"], (0.45, 0.6), (24000, 27000), ["USD"], None, N),
    ("180100", "Cocoa beans, raw", "import", ["sea"], ["CI", "GH", "EC"], (6, 9), (20000, 25000), ["USD"], None, N),
    ("190230", "Instant noodles, retail packs", "import", ["sea"], ["KR", "TH"], (2, 3.5), (8000, 14000), ["USD"], 12, N),
    ("200290", "Tomato paste, aseptic drums", "import", ["sea"], ["CN", "US"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("220421", "Red wine, bottled", "export", ["sea", "road"], ["US", "CH", "CN"], (4, 10), (8000, 16000), ["EUR"], 1.3, N),
    ("220300", "Beer, bottled", "export", ["road"], ["CH", "GB"], (0.8, 1.4), (18000, 22000), ["EUR", "GBP"], 2, N),
    ("020130", "Beef, fresh, boneless", "import", ["sea", "air"], ["AR", "UY"], (10, 16), (10000, 18000), ["USD"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "TH"], (2, 3), (22000, 26000), ["USD"], None, N),
    ("030617", "Frozen shrimps, vannamei", "import", ["sea"], ["EC", "IN", "VN"], (6, 9), (15000, 20000), ["USD"], None, N),
    ("040221", "Milk powder, whole", "export", ["sea"], ["DZ", "NG"], (3.5, 4.5), (20000, 25000), ["EUR"], None, N),
    ("040900", "Honey, natural, drums", "import", ["sea"], ["UA", "AR", "MX"], (2.5, 4), (18000, 22000), ["USD", "EUR"], None, N),
    ("330510", "Shampoo, retail bottles", "import", ["road"], ["PL", "TR"], (2, 3.5), (8000, 14000), ["EUR"], 2, N),
    ("330410", "Lipsticks, retail", "import", ["express", "post"], ["KR", "FR"], (150, 300), (1, 2), ["USD", "EUR"], 40, N),
    ("340111", "Toilet soap bars", "import", ["sea"], ["TR", "ID"], (1.5, 2.5), (10000, 18000), ["USD"], 8, N),
    ("350691", "Hot-melt adhesives, EVA, granules", "import", ["sea"], ["CN", "KR"], (2, 3), (10000, 18000), ["USD"], None, N),
    ("392321", "Polyethylene carrier bags, printed", "import", ["sea"], ["VN", "MY"], (1.8, 2.6), (10000, 18000), ["USD"], None, N),
    ("392620", "Disposable nitrile gloves, boxed", "import", ["sea"], ["MY", "TH"], (3, 5), (8000, 15000), ["USD"], 10, N),
    ("401170", "Tractor tyres, new", "import", ["sea"], ["IN", "LK"], (2.5, 3.5), (12000, 18000), ["USD"], 0.01, N),
    ("420292", "Backpacks, polyester", "import", ["sea"], ["VN", "CN"], (6, 10), (4000, 9000), ["USD"], 1.5, N),
    ("430310", "Sheepskin slippers", "import", ["post", "express"], ["AU", "NZ"], (50, 90), (1, 3), ["AUD", "NZD"], 2, N),
    ("441829", "Wooden interior doors", "import", ["road"], ["PL", "UA"], (2, 3), (10000, 16000), ["EUR"], 0.04, N),
    ("450390", "Cork stoppers, natural", "export", ["road", "sea"], ["FR", "US"], (20, 35), (2000, 6000), ["EUR"], 300, N),
    ("480256", "Copy paper A4, 80 g", "import", ["sea", "road"], ["PT", "BR"], (0.8, 1.1), (20000, 24000), ["EUR", "USD"], None, N),
    ("490199", "Children's picture books", "import", ["post"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 3, N),
    ("520812", "Cotton woven fabric, unbleached", "import", ["sea"], ["PK", "IN"], (3, 4.5), (15000, 20000), ["USD"], None, N),
    ("570329", "Tufted carpets, nylon", "import", ["sea", "road"], ["TR", "BE"], (4, 7), (8000, 14000), ["USD", "EUR"], None, N),
    ("611420", "Baby clothing, cotton, knitted", "import", ["post"], ["TR", "PT"], (25, 45), (1, 3), ["EUR"], 8, N),
    ("620462", "Women's cotton jeans", "import", ["sea"], ["BD", "PK"], (9, 14), (5000, 10000), ["USD"], 2, N),
    ("650500", "Knitted hats, acrylic", "import", ["sea"], ["CN"], (8, 12), (2000, 5000), ["USD"], 10, N),
    ("640411", "Sports shoes, textile upper", "import", ["sea"], ["VN", "ID"], (18, 30), (5000, 10000), ["USD"], 1.2, N),
    ("680221", "Marble slabs, polished", "import", ["sea"], ["TR", "IN"], (0.4, 0.8), (20000, 26000), ["USD"], None, N),
    ("691110", "Porcelain dinnerware sets", "import", ["sea"], ["CN", "TH"], (2.5, 4), (8000, 14000), ["USD"], 1, N),
    ("700992", "Framed mirrors", "import", ["sea"], ["CN", "IN"], (2.5, 4.5), (5000, 10000), ["USD"], 0.25, N),
    ("730890", "Steel scaffolding parts", "import", ["road", "sea"], ["TR", "CN"], (1.0, 1.5), (18000, 24000), ["EUR", "USD"], None, N),
    ("731815", "Steel bolts and screws", "import", ["sea"], ["TW", "CN"], (1.8, 3), (15000, 22000), ["USD"], None, N),
    ("761699", "Aluminium ladders", "import", ["sea"], ["CN"], (3.5, 5.5), (5000, 10000), ["USD"], 0.08, N),
    ("820559", "Hand tool sets", "import", ["sea"], ["TW", "CN"], (4, 7), (6000, 12000), ["USD"], 0.3, N),
    ("842211", "Dishwashers, household", "import", ["sea", "road"], ["TR", "PL"], (5, 7), (10000, 16000), ["EUR"], 0.02, N),
    ("843810", "Bakery ovens and dough mixers", "export", ["sea", "road"], ["MA", "CH"], (10, 20), (2000, 8000), ["EUR"], 0.005, N),
    ("847330", "Computer keyboards and mice", "import", ["sea"], ["CN", "VN"], (10, 18), (3000, 8000), ["USD"], 2, N),
    ("850440", "Power supplies for laptops, new", "import", ["air", "sea"], ["CN"], (15, 25), (500, 3000), ["USD"], 3, N),
    ("851671", "Coffee machines, household", "import", ["sea"], ["CN", "CH"], (10, 18), (5000, 10000), ["USD", "EUR"], 0.15, N),
    ("851830", "Headphones, wireless, new, boxed", "import", ["express", "post"], ["CN", "US"], (60, 150), (1, 3), ["USD"], 4, N),
    ("870899", "Car parts, brake discs", "import", ["sea"], ["CN", "TR"], (2, 3.5), (10000, 18000), ["USD", "EUR"], 0.15, N),
    ("871160", "Electric scooters, new, with battery", "import", ["sea"], ["CN"], (15, 25), (4000, 8000), ["USD"], 0.06, N),
    ("890311", "Inflatable kayaks", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.08, N),
    ("900490", "Reading glasses, retail", "import", ["post"], ["CN", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 20, N),
    ("910211", "Wrist watches, quartz, metal case", "import", ["express"], ["CH", "JP"], (300, 900), (1, 3), ["CHF", "USD"], 10, N),
    ("920290", "Acoustic guitars", "import", ["sea"], ["CN", "ID"], (20, 40), (2000, 5000), ["USD"], 0.4, N),
    ("940350", "Wooden bedroom furniture", "import", ["sea", "road"], ["VN", "PL"], (3, 5), (8000, 14000), ["USD", "EUR"], 0.03, N),
    ("940542", "LED street-light fittings", "import", ["sea"], ["CN"], (10, 18), (5000, 10000), ["USD"], 0.15, N),
    ("950490", "Board games and jigsaw puzzles", "import", ["post", "express"], ["DE", "GB"], (15, 30), (1, 4), ["EUR", "GBP"], 1, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (8, 14), (3000, 7000), ["USD"], 2.5, N),
    ("960200", "Gelatin capsules, empty", "import", ["sea", "air"], ["IN", "CN"], (10, 20), (1000, 5000), ["USD"], None, N),
    ("961900", "Baby diapers", "import", ["road"], ["PL", "CZ"], (2.5, 4), (8000, 14000), ["EUR"], 30, N),
]
EVERYDAY_2032_ADDED = [
    ("081120", "Frozen raspberries", "import", ["road"], ["RS", "UA"], (2, 3), (18000, 22000), ["EUR"], None, N),
    ("090240", "Black tea, bulk, in sacks", "import", ["sea"], ["KE", "LK"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("640391", "Hiking boots, leather upper", "import", ["sea"], ["VN", "CN"], (20, 35), (3000, 8000), ["USD"], 1, N),
]

# The eight everyday rows blind60 added to it (bamboo cutting boards to paper notebooks), kept by
# every later set in that order before the four rows of its own.
EVERYDAY_BLIND60_ADDED = [
    ("441911", "Bamboo cutting boards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
    ("481830", "Paper napkins, printed", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (6000, 12000), ["USD", "EUR"], None, N),
    ("960810", "Ballpoint pens, retail packs", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 30, N),
    ("691200", "Stoneware plant pots, glazed", "import", ["sea"], ["VN", "CN"], (0.8, 1.4), (8000, 14000), ["USD"], 0.3, N),
    ("630231", "Cotton bed sheets", "import", ["sea"], ["PK", "IN"], (5, 8), (4000, 9000), ["USD"], 0.8, N),
    ("392410", "Plastic food-storage boxes", "import", ["sea"], ["CN", "TR"], (2, 3.5), (4000, 10000), ["USD", "EUR"], 3, N),
    ("630260", "Cotton terry kitchen towels", "import", ["sea"], ["PK", "IN"], (4, 7), (3000, 8000), ["USD"], 8, N),
    ("482010", "Paper notebooks and diaries", "import", ["sea"], ["CN", "IN"], (2, 4), (4000, 10000), ["USD"], 3, N),
]

# The four everyday rows blind64 added after those, kept unchanged by blind66 and blind67.
EVERYDAY_BLIND64_ADDED = [
    ("950510", "Christmas decorations, plastic baubles and tinsel", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], 20, N),
    ("961700", "Vacuum flasks, stainless steel", "import", ["sea"], ["CN", "TR"], (5, 9), (3000, 8000), ["USD", "EUR"], 2, N),
    ("940490", "Cushions, polyester filled", "import", ["sea", "road"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 2, N),
    ("420232", "Leather card holders and wallets", "import", ["post", "express"], ["GB", "IN"], (60, 120), (1, 2), ["GBP", "USD"], 10, N),
]

# The four everyday rows blind68 added after those, kept unchanged by blind69 and blind71.
EVERYDAY_BLIND68_ADDED = [
    ("950640", "Table-tennis bats and balls", "import", ["sea"], ["CN"], (6, 10), (2000, 5000), ["USD"], 5, N),
    ("940161", "Upholstered garden chairs, wooden frame", "import", ["sea", "road"], ["VN", "PL"], (4, 7), (3000, 8000), ["USD", "EUR"], 0.15, N),
    ("701337", "Glass tumblers, boxed sets", "import", ["sea"], ["TR", "CN"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 2, N),
    ("420212", "Trolley suitcases, polycarbonate shell", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.25, N),
]

# The four everyday rows blind72 added after those, kept unchanged by blind77 and blind79.
EVERYDAY_BLIND72_ADDED = [
    ("732393", "Stainless-steel cooking pots, sets", "import", ["sea"], ["CN", "IN"], (4, 7), (3000, 8000), ["USD"], 0.5, N),
    ("420222", "Cotton tote bags, printed", "import", ["sea"], ["IN", "BD"], (4, 8), (2000, 6000), ["USD"], 5, N),
    ("950691", "Home fitness dumbbells and kettlebells", "import", ["sea"], ["CN"], (1.2, 2), (8000, 16000), ["USD"], 0.2, N),
    ("640291", "Rubber rain boots, ankle-covering", "import", ["sea"], ["CN", "VN"], (5, 9), (2000, 6000), ["USD"], 0.8, N),
]

# The everyday rows later generators keep: EVERYDAY_2032 without the goods that travel with health or
# plant-health certificates (or, for kayaks, capsules, mirrors and tractor tyres, were replaced), with
# wooden toys where electric scooters stood.
WITHOUT_CERTIFICATES_DROP = [
    "Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
    "Tomatoes, fresh", "Fresh asparagus, green", "Ginger, fresh", "Beef, fresh, boneless",
    "Frozen chicken cuts", "Frozen shrimps, vannamei", "Milk powder, whole", "Honey, natural, drums",
    "Walnuts in shell", "Maize, yellow, feed", "Inflatable kayaks", "Gelatin capsules, empty",
    "Framed mirrors", "Tractor tyres, new"]
WITHOUT_CERTIFICATES_REPLACE = {
    "Electric scooters, new, with battery": ("950300", "Wooden toys, assorted", "import", ["sea"], ["CN", "VN"], (5, 9), (3000, 8000), ["USD"], 2, False),
}


def everyday(drop=(), replace=None, add=()):
    """EVERYDAY_2032 in its order, less the rows whose descriptions are in drop, with each row
    named in replace (description -> row) swapped for its row in place, then the rows of add.
    A name that is not in the table, or an added row marked sensitive-looking, stops the run."""
    replace = dict(replace or {})
    names = {g[1] for g in EVERYDAY_2032}
    unknown = sorted((set(drop) | set(replace)) - names)
    if unknown:
        raise SystemExit("everyday(): not in EVERYDAY_2032: " + ", ".join(unknown))
    both = sorted(set(drop) & set(replace))
    if both:
        raise SystemExit("everyday(): both dropped and replaced: " + ", ".join(both))
    rows = [replace.get(g[1], g) for g in EVERYDAY_2032 if g[1] not in drop] + list(add)
    marked = [g[1] for g in rows if g[9]]
    if marked:
        raise SystemExit("everyday(): sensitive-looking rows: " + ", ".join(marked))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hs", help="HS 2022 CSV (section,hscode,description,parent,level) to check codes against")
    ap.add_argument("--seed", type=int, default=20260413)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    sets = {"disguised": disguised_rows(rng), "ordinary": ordinary_rows(rng), "permitted": permitted_rows(rng)}
    if args.hs:
        check_hs([r for rows in sets.values() for r in rows], args.hs)
    for name, rows in sets.items():
        with open(os.path.join(HERE, "blind-%s.ndjson" % name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print("blind-%s.ndjson: %d declarations" % (name, len(rows)))


if __name__ == "__main__":
    main()
