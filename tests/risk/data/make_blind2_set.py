#!/usr/bin/env python3
"""Writes the second blind set (tests/risk/data/blind2-*.ndjson): 30 disguised
declarations (5 per domain), 100 ordinary (25 of them sensitive-looking lawful
trade) and 6 permitted, with goods, routes, languages and disguises found in none
of the dev, heldout and blind sets. Written and committed after the first blind
set had been measured and studied, before the profile changes that followed it.
Same row layout and expansion as make_blind_set.py, whose functions it reuses:

    python3 tests/risk/data/make_blind2_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import argparse
import datetime
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

base.START = datetime.date(2026, 7, 6)
base.DAYS = 75  # 6 July to 18 September 2026
PRIVATE = {"consignee_name": "Private person"}

base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "ESSEA01", "sea", "ES", ["PA"], "CO", "310290",
         "Fertilizante nitrogenado granulado, nitrato amónico 33,5 %", "ES", 24000, None, 8600, "EUR",
         "ammonium nitrate under other nitrogen fertilisers to Cauca, Spanish wording", {"importer_country": "CO"}),
        ("PRE-02", "export", "NLSEA01", "sea", "NL", [], "PH", "360490",
         "Pyrotechnic compound ingredient, potassium perchlorate 99 %", "NL", 4000, None, 9200, "EUR",
         "potassium perchlorate under pyrotechnic articles to Mindanao", {"importer_country": "PH"}),
        ("PRE-03", "import", "FRAIR01", "express", "CN", [], "FR", "330499",
         "Cosmetic grade hydrogen peroxide 30 %, 5 l cans", "CN", 22, 4, 60, "USD",
         "30 % peroxide to a member of the public (limit 12 %)", dict(PRIVATE, importer_country="FR")),
        ("PRE-04", "export", "DESEA01", "sea", "DE", ["SG"], "MM", "321290",
         "Aluminium paste, non-leafing, for aerated concrete blocks", "DE", 5000, None, 21000, "EUR",
         "aluminium powder as a paste to Myanmar's conflict zone", {"importer_country": "MM"}),
        ("PRE-05", "export", "ITSEA01", "sea", "IT", ["TN"], "LY", "843143",
         "Oil-well perforating guns with shaped charges, UN0440", "IT", 2500, 400, 60000, "EUR",
         "shaped charges (Class 1) as parts of boring machinery to Libya", {"importer_country": "LY"}),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "VN", "560811",
         "Nylon fishing nets, used, baled, for reuse", "BE", 18000, None, 1800, "EUR",
         "end-of-life fishing nets (plastic waste) as nets", {"importer_country": "VN"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "TH", "390210",
         "Kunststoffmahlgut PP, gemischt, Big Bags", "DE", 20000, None, 2000, "EUR",
         "mixed PP regrind under primary polypropylene at 0.10 EUR/kg, German wording", {"importer_country": "TH"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "IN", "400299",
         "Synthetic rubber, crumb, black", "GB", 24000, None, 1200, "GBP",
         "tyre crumb as synthetic rubber at 0.05 GBP/kg", {"importer_country": "IN"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "NG", "940360",
         "Used household goods and furniture, one container (TVs, fridges, computers)", "NL", 8000, None, 2500, "EUR",
         "e-waste inside a container of used household goods", {"importer_country": "NG"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TR", "281700",
         "Zinc oxide, crude, from steelworks", "IT", 25000, None, 2500, "EUR",
         "zinc-bearing electric-arc-furnace dust (A1080) as crude zinc oxide", {"importer_country": "TR"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "AE", [], "FR", "491191",
         "Calligraphy leaves, illuminated, decorative prints", "AF", 2, 20, 250, "EUR",
         "Afghan manuscript leaves as decorative prints via Dubai", {}),
        ("CUL-02", "import", "NLSEA01", "sea", "LB", [], "NL", "680100",
         "Basalt capitals, reclaimed building stone", "SY", 900, 3, 700, "EUR",
         "Syrian column capitals as reclaimed building stone via Beirut", {}),
        ("CUL-03", "import", "GRPOST01", "post", "TR", [], "GR", "711719",
         "Bronze pendant crosses, imitation jewellery", "SY", 1, 25, 50, "EUR",
         "Byzantine bronze crosses from Syria as costume jewellery by post", {}),
        ("CUL-04", "import", "BESEA01", "sea", "JO", [], "BE", "441829",
         "Carved wooden doors, old, reclaimed", "IQ", 300, 2, 900, "USD",
         "Iraqi carved doors as reclaimed joinery via Jordan", {}),
        ("CUL-05", "import", "FRAIR01", "air", "MR", [], "FR", "491191",
         "Manuscrits sur peau, décoration murale", "ML", 3, 8, 200, "EUR",
         "Malian manuscripts as wall decoration via Mauritania, French wording", {}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "730459",
         "Seamless tubes, maraging steel 350, 120 mm OD", "DE", 3000, None, 90000, "EUR",
         "maraging steel tubes (NSG 2B/1C116) for an Iranian consignee via Dubai", {"importer_country": "IR"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "GE", "841191",
         "Used helicopter engine parts, turbine blades", "NL", 150, None, 85000, "EUR",
         "aero-engine parts re-exported to Russia through Georgia", {"importer_country": "RU"}),
        ("STR-03", "export", "FRSEA01", "sea", "FR", ["IQ"], "SY", "293190",
         "Organophosphorus intermediate, CAS 676-97-1", "FR", 1000, None, 22000, "EUR",
         "methylphosphonic dichloride (Schedule 2B4) by CAS number only", {"importer_country": "SY"}),
        ("STR-04", "export", "ITROAD01", "road", "IT", ["TR", "GE"], "KZ", "848210",
         "Ball bearings, high precision, ABEC-7", "IT", 900, 12000, 140000, "EUR",
         "CHPL bearings to Kazakhstan for a Russian consignee", {"importer_country": "RU"}),
        ("STR-05", "export", "DESEA01", "sea", "DE", [], "MY", "850440",
         "Frequency inverters 1500 Hz, 50 kW", "DE", 1200, 20, 160000, "EUR",
         "NSG 3A225 frequency changers for an Iranian consignee via Malaysia", {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLD-01", "export", "UGAIR01", "air", "UG", ["KE"], "TH", "090111",
         "Green coffee beans, robusta, 60 kg bags", "UG", 18000, None, 43000, "USD",
         "ivory hidden in coffee", {"importer_country": "TH"}),
        ("WLD-02", "export", "CISEA01", "sea", "CI", [], "VN", "030354",
         "Frozen mackerel, whole", "CI", 24000, None, 26000, "USD",
         "pangolin scales in frozen fish from Abidjan", {"importer_country": "VN"}),
        ("WLD-03", "export", "MGAIR01", "air", "MG", [], "HK", "440799",
         "Palisander instrument blanks, fingerboards", "MG", 400, 800, 9000, "USD",
         "Malagasy Dalbergia as palisander instrument blanks", {"importer_country": "HK"}),
        ("WLD-04", "export", "NGSEA01", "sea", "NG", [], "HK", "091011",
         "Dried ginger, split", "NG", 20000, None, 30000, "USD",
         "pangolin scales under dried ginger", {"importer_country": "HK"}),
        ("WLD-05", "transit", "BEAIR01", "air", "CD", [], "AE", "010594",
         "Live ornamental chickens", "CD", 60, 120, 800, "USD",
         "African grey parrots as ornamental chickens", {}),
    ],
    "ozone": [
        ("OZN-01", "import", "ROSEA01", "sea", "CN", [], "RO", "382769",
         "R417A refrigerant, 11.3 kg disposable", "CN", 2260, 200, 1000, "USD",
         "HCFC-22 in cylinders labelled R-417A at 0.44 USD/kg", {}),
        ("OZN-02", "import", "SISEA01", "sea", "CN", [], "SI", "271129",
         "Industrial gas for air-conditioner service, 13.6 kg cylinders", "CN", 1360, 100, 1300, "USD",
         "an unnamed air-conditioning gas under petroleum gases", {}),
        ("OZN-03", "import", "CYSEA01", "sea", "IL", [], "CY", "380899",
         "Fumigant gas cylinders for grain stores", "IL", 1000, 40, 3500, "EUR",
         "methyl bromide without a name as a fumigant", {}),
        ("OZN-04", "import", "BGROAD01", "road", "GE", [], "BG", "381300",
         "Fire extinguishing agent 2402, dibromotetrafluoroethane", "RU", 800, None, 12000, "USD",
         "halon 2402 as a fire-extinguisher charge", {}),
        ("OZN-05", "import", "HUAIR01", "air", "CN", [], "HU", "381400",
         "Precision cleaning solvent Freon TF", "CN", 500, None, 2500, "USD",
         "CFC-113 by its old trade name as a solvent", {}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "air", "US", "NL", "280800",
     "Nitric acid 70 %, semiconductor grade, for a wafer fab", "US", 2000, None, 9000, "USD",
     [("PRECURSOR_LICENCE", "NL-JUS-EXP-26-0412")], "nitric acid to a licensed fab"),
    ("PRM-02", "waste", "export", "ITSEA01", "sea", "IT", "TR", "262019",
     "Zinc-bearing EAF dust (A1080), for Waelz recovery", "IT", 24000, None, 3000, "EUR",
     [("BASEL_CONSENT", "IT-MASE-26-1180")], "EAF dust with consent to a Waelz plant"),
    ("PRM-03", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970310",
     "Roman marble torso, 2nd century, in a collection since 1955", "IT", 60, 1, 95000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-26-0203")], "archaeological sculpture with the EU import licence"),
    ("PRM-04", "strategic", "export", "FRSEA01", "sea", "FR", "BR", "283711",
     "Sodium cyanide 98 %, for a gold mine", "FR", 20000, None, 52000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-26-0877"), ("END_USER_CERTIFICATE", "BR-EUC-26-044")], "licensed cyanide to a mine"),
    ("PRM-05", "wildlife", "import", "DEAIR01", "air", "US", "DE", "121120",
     "American ginseng roots, dried, cultivated", "US", 300, None, 36000, "USD",
     [("CITES_PERMIT", "US-FWS-26-118833")], "cultivated ginseng with a CITES export permit"),
    ("PRM-06", "ozone", "import", "PLSEA01", "sea", "CN", "PL", "290342",
     "HFC-32 refrigerant, 9 kg returnable cylinders", "CN", 1800, 200, 14000, "USD",
     [("FGAS_QUOTA", "PL-FGAS-26-0231")], "HFC-32 under a quota authorisation"),
]

S, N = True, False
base.GOODS = [
    ("390230", "Polypropylene random copolymer, prime, for pipes", "export", ["sea"], ["TR", "IN", "EG"], (1.3, 1.7), (18000, 24000), ["EUR", "USD"], None, S),
    ("392330", "PET preforms, new, 28 mm neck", "export", ["sea"], ["NG", "GH", "CI"], (2.0, 3.0), (8000, 16000), ["EUR"], None, S),
    ("470730", "Newspapers, EN 643 grade 2.01, baled", "export", ["sea"], ["IN", "ID"], (0.12, 0.2), (20000, 25000), ["EUR"], None, S),
    ("470710", "Old corrugated containers, EN 643 grade 1.05, baled", "export", ["sea"], ["VN", "ID", "TH"], (0.13, 0.22), (20000, 25000), ["EUR", "USD"], None, S),
    ("720449", "Heavy melting scrap HMS 1, prepared, ISRI 200", "export", ["sea"], ["TR", "EG"], (0.33, 0.42), (24000, 27000), ["USD"], None, S),
    ("740400", "Yellow brass scrap, ISRI 'Honey', sorted", "export", ["sea"], ["IN", "MY"], (3.8, 4.6), (18000, 22000), ["USD"], None, S),
    ("250300", "Sulphur, granular, bulk", "export", ["sea"], ["MA", "TN"], (0.1, 0.2), (25000, 30000), ["USD"], None, S),
    ("283699", "Sodium percarbonate, detergent grade", "import", ["sea"], ["CN", "TR"], (0.6, 0.9), (18000, 22000), ["USD"], None, S),
    ("360410", "Consumer fireworks, category F2, boxed, CE marked", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], None, S),
    ("940360", "Reproduction antique-style furniture, new, mango wood", "import", ["sea"], ["IN", "VN"], (3, 5), (4000, 9000), ["USD", "EUR"], None, S),
    ("030752", "Frozen octopus, whole, cleaned", "import", ["sea"], ["MA", "MR", "SN"], (6, 9), (18000, 22000), ["EUR", "USD"], None, S),
    ("290359", "R-1234ze(E) refrigerant, 10 kg returnable cylinders", "import", ["sea"], ["US", "JP"], (25, 40), (1000, 4000), ["USD"], 0.1, S),
    ("842410", "Fire extinguishers, CO2 5 kg, new", "import", ["sea"], ["CN", "TR"], (4, 7), (4000, 9000), ["USD", "EUR"], 0.08, S),
    ("870323", "Used passenger cars, petrol, 2018-2021, roadworthy", "export", ["sea"], ["GE", "AM", "UA"], (6, 10), (8000, 16000), ["EUR"], 0.0007, S),
    ("845819", "Centre lathes, manual, new", "export", ["sea"], ["EG", "IN", "MA"], (5, 9), (2000, 8000), ["EUR"], 0.0006, S),
    ("200410", "Frozen potato fries", "export", ["sea"], ["GB", "SA", "JP"], (0.8, 1.2), (20000, 24000), ["EUR", "GBP"], None, N),
    ("190219", "Dried pasta, durum wheat", "export", ["sea"], ["US", "JP", "AU"], (1.1, 1.6), (18000, 22000), ["EUR"], None, N),
    ("100630", "Basmati rice, milled, 20 kg bags", "import", ["sea"], ["IN", "PK"], (0.9, 1.3), (20000, 25000), ["USD"], None, N),
    ("160413", "Canned sardines in olive oil", "import", ["sea"], ["MA"], (3, 4.5), (15000, 20000), ["EUR"], None, N),
    ("071022", "Frozen green beans", "import", ["sea"], ["EG", "KE", "MA"], (1.0, 1.5), (18000, 22000), ["EUR"], None, N),
    ("080410", "Dates, dried, Deglet Nour", "import", ["sea"], ["TN", "DZ"], (2.5, 4), (12000, 18000), ["EUR"], None, N),
    ("080610", "Fresh table grapes", "import", ["sea", "air"], ["ZA", "CL", "IN"], (1.8, 3), (2000, 20000), ["USD"], None, N),
    ("200899", "Alphonso mango pulp, canned", "import", ["sea"], ["IN"], (1.4, 2.0), (16000, 20000), ["USD"], None, N),
    ("040900", "Natural honey, drums", "import", ["sea", "road"], ["UA", "AR", "MX"], (2.2, 3.2), (15000, 20000), ["USD", "EUR"], None, N),
    ("180632", "Chocolate bars, filled", "export", ["road", "sea"], ["GB", "US", "CH"], (6, 10), (5000, 15000), ["EUR", "GBP"], None, N),
    ("151419", "Rapeseed oil, refined, bulk", "export", ["sea"], ["NO", "GB", "MA"], (1.1, 1.5), (20000, 25000), ["EUR"], None, N),
    ("630231", "Cotton bed linen, printed", "import", ["sea"], ["PK", "IN", "TR"], (6, 10), (5000, 10000), ["USD"], None, N),
    ("630260", "Terry towels, cotton", "import", ["sea", "road"], ["TR", "PK"], (5, 8), (6000, 12000), ["EUR", "USD"], None, N),
    ("420329", "Leather work gloves", "import", ["sea"], ["PK", "IN", "CN"], (7, 12), (3000, 8000), ["USD"], None, N),
    ("691010", "Ceramic washbasins and toilets", "import", ["sea", "road"], ["TR", "CN"], (1.2, 2), (12000, 20000), ["EUR", "USD"], None, N),
    ("701090", "Glass bottles, empty, 75 cl", "import", ["road", "sea"], ["TR", "UA"], (0.5, 0.8), (18000, 22000), ["EUR"], None, N),
    ("650610", "Bicycle helmets", "import", ["sea"], ["CN", "TW"], (12, 20), (2000, 5000), ["USD"], 2.5, N),
    ("660199", "Umbrellas, folding", "import", ["sea"], ["CN"], (4, 7), (3000, 7000), ["USD"], None, N),
    ("630622", "Camping tents, synthetic", "import", ["sea"], ["CN", "VN"], (6, 10), (4000, 9000), ["USD"], None, N),
    ("851671", "Electric kettles", "import", ["sea"], ["CN"], (4, 7), (6000, 12000), ["USD"], 0.8, N),
    ("850811", "Vacuum cleaners, cordless", "import", ["sea"], ["CN", "MY"], (9, 15), (5000, 10000), ["USD"], 0.3, N),
    ("853952", "LED lamps, E27", "import", ["sea"], ["CN"], (5, 9), (3000, 8000), ["USD"], None, N),
    ("871160", "Electric scooters, new", "import", ["sea"], ["CN"], (10, 16), (5000, 10000), ["USD"], 0.07, N),
    ("870194", "Agricultural tractors, new, 90 kW", "export", ["sea"], ["MA", "ZA", "AU"], (9, 13), (10000, 30000), ["EUR"], 0.0002, N),
    ("842720", "Forklift trucks, diesel, new", "import", ["sea"], ["JP", "CN"], (4, 6), (8000, 20000), ["USD"], 0.0003, N),
    ("721391", "Steel wire rod, 5.5 mm", "import", ["sea"], ["TR", "EG", "IN"], (0.6, 0.8), (24000, 28000), ["USD"], None, N),
    ("741110", "Refined copper tubes", "export", ["road", "sea"], ["GB", "CH", "NO"], (10, 13), (5000, 15000), ["EUR", "GBP"], None, N),
    ("760711", "Aluminium foil, rolls", "import", ["sea"], ["CN", "TR"], (3, 4.5), (18000, 22000), ["USD"], None, N),
    ("481810", "Toilet paper rolls", "export", ["road"], ["GB", "NO", "CH"], (1.2, 1.8), (8000, 14000), ["EUR", "GBP"], None, N),
    ("481910", "Corrugated cardboard boxes, new", "export", ["road"], ["CH", "NO", "GB"], (0.9, 1.4), (6000, 14000), ["EUR"], None, N),
    ("300431", "Insulin, in measured doses", "export", ["air"], ["US", "CA", "SA"], (200, 500), (100, 800), ["EUR", "USD"], None, N),
    ("293629", "Vitamin C (ascorbic acid), feed grade", "import", ["sea"], ["CN", "IN"], (3, 5), (10000, 18000), ["USD"], None, N),
    ("320910", "Water-based wall paints", "export", ["sea", "road"], ["MA", "GB", "RS"], (1.5, 2.5), (10000, 20000), ["EUR"], None, N),
    ("330300", "Perfumes, eau de parfum", "export", ["air"], ["US", "AE", "CN"], (40, 90), (200, 2000), ["EUR", "USD"], None, N),
    ("330510", "Shampoo, retail bottles", "import", ["road", "sea"], ["TR", "GB"], (2, 3.5), (8000, 16000), ["EUR"], None, N),
    ("950300", "Dolls and accessories", "import", ["sea"], ["CN", "VN"], (6, 12), (3000, 8000), ["USD"], None, N),
    ("851631", "Hair dryers", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD"], 1.6, N),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hs", help="HS 2022 CSV (section,hscode,description,parent,level) to check codes against")
    ap.add_argument("--seed", type=int, default=20260706)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    disguised = [dict(d, declaration_id=d["declaration_id"].replace("BLD-", "BL2-")) for d in base.disguised_rows(rng)]
    sensitive = [g for g in base.GOODS if g[9]]
    everyday = [g for g in base.GOODS if not g[9]]
    # 25 sensitive-looking and 75 everyday draws
    ordinary = [dict(d, declaration_id=d["declaration_id"].replace("BLD-", "BL2-"))
                for d in base.ordinary_rows_n(rng, sensitive, everyday, 25, 75)]
    permitted = [dict(d, declaration_id=d["declaration_id"].replace("BLD-", "BL2-")) for d in base.permitted_rows(rng)]
    sets = {"disguised": disguised, "ordinary": ordinary, "permitted": permitted}
    if args.hs:
        base.check_hs([r for rows in sets.values() for r in rows], args.hs)
    for name, rows in sets.items():
        with open(os.path.join(HERE, "blind2-%s.ndjson" % name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
        print("blind2-%s.ndjson: %d declarations" % (name, len(rows)))


if __name__ == "__main__":
    main()
