#!/usr/bin/env python3
"""Writes the development probes of the round-five waste, ozone and wildlife work
(tests/risk/data/dev5-a-*.ndjson): disguised declarations of modus operandi
families (2-4 variants each, worded in several languages), lawful look-alikes
(ordinary) and permitted shipments of the same goods with their document.

The rows were written from public enforcement guidance (Basel technical guidelines,
DEMETER and EU 2024/1157 results, the Montreal Protocol and F-gas enforcement
reports, CITES listings and annotations, TRAFFIC and UNODC route studies) before
the rules they probe, and measured once with those rules before being studied
(docs/profile-packs.md, "Round five"). Development data, not an independent test.

    python3 tests/risk/data/make_dev5a_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import argparse
import csv
import datetime
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime.date(2026, 12, 1)
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def row(rid, n, flow, dep, dest, hs, desc, origin, mass, value, cur, transport="sea", qty=None, transit=None,
        docs=None, extra=None):
    office = (dest if flow == "import" else dep) + {"sea": "SEA01", "air": "AIR01", "post": "POST01",
                                                   "express": "AIR01", "road": "ROAD01"}[transport]
    item = base.declaration_item(1, hs, desc, origin, mass, qty, value, cur, docs)
    d = {"declaration_id": rid, "date": str(START + datetime.timedelta(days=n % 28)), "flow": flow,
         "office": office, "transport_mode": transport, "declarant_id": "DCL-%s-%03d" % (office[:2], 500 + n)}
    d["importer_country"] = dest
    d["departure_country"] = dep
    d["destination_country"] = dest
    if transit:
        d["transit_countries"] = transit
    d["items"] = [item]
    if extra:
        d.update(extra)
    return d


# (id, family, flow, departure, destination, hs, description, origin, mass, value, currency, options, note)
DISGUISED = {
    "waste": [
        ("W01", "decommissioned lots", "export", "NL", "NG", "851761",
         "Telecom base station equipment removed from sites (radio units, rectifiers, battery cabinets), mixed pallets, price per tonne",
         "NL", 12000, 4800, "EUR", {}, "decommissioned telecom equipment with batteries sold by the tonne to Lagos"),
        ("W02", "decommissioned lots", "export", "FR", "CI", "847150",
         "Lot d'equipements informatiques issus du demantelement d'une salle serveurs, vendu au poids",
         "FR", 8000, 3200, "EUR", {}, "a dismantled server room sold by weight to Abidjan, French wording"),
        ("W03", "decommissioned lots", "export", "DE", "GH", "844331",
         "Ausgemusterte Buerogeraete (Drucker, Kopierer, Bildschirme), gemischt, nach Gewicht",
         "DE", 9000, 2700, "EUR", {}, "retired office equipment by weight to Tema, German wording"),
        ("W04", "cooling equipment not degassed", "export", "GB", "NG", "841590",
         "Split AC outdoor units taken out during a hotel refurbishment, gas still inside",
         "GB", 6000, 1800, "GBP", {"qty": 200}, "air-conditioning units with their HCFC charge to Lagos"),
        ("W05", "cooling equipment not degassed", "export", "ES", "SN", "841821",
         "Frigorificos y arcones de segunda mano, sin desgasificar, lote",
         "ES", 7000, 2100, "EUR", {"qty": 140}, "fridges and chest freezers not degassed to Dakar, Spanish wording"),
        ("W06", "cooling equipment not degassed", "export", "IT", "PK", "841430",
         "Compressori frigoriferi smontati da impianti dismessi, con olio",
         "IT", 10000, 3000, "EUR", {}, "refrigeration compressors with oil from decommissioned plants to Karachi, Italian wording"),
        ("W07", "recycling intermediate as ore", "export", "NL", "KR", "260400",
         "Nickel-cobalt hydroxide concentrate, dark powder, bulk bags", "NL", 18000, 36000, "EUR", {},
         "battery black mass as a nickel ore concentrate of Dutch origin"),
        ("W08", "recycling intermediate as ore", "export", "BE", "IN", "284190",
         "Lithium metal oxide powder (NMC), secondary material from cell production rejects", "BE", 12000, 30000,
         "EUR", {}, "cathode production scrap (hazardous) as a lithium salt, recovered"),
        ("W09", "recycling intermediate as ore", "export", "JP", "VN", "260300",
         "Copper concentrate, black granules, Japanese origin", "JP", 20000, 26000, "USD", {},
         "shredded printed-circuit-board fines as a copper concentrate of Japanese origin"),
        ("W10", "expired goods", "export", "ES", "MR", "300490",
         "Medicamentos caducados, donacion a un dispensario, cajas mezcladas", "ES", 4000, 2000, "EUR", {},
         "expired medicines donated to Nouakchott, Spanish wording"),
        ("W11", "expired goods", "export", "NL", "AO", "380891",
         "Obsolete insecticide stock from a warehouse clearance, old formulations, drums", "NL", 9000, 1800, "EUR",
         {}, "obsolete pesticides (Y4) to Luanda"),
        ("W12", "expired goods", "export", "FR", "BJ", "330499",
         "Retours de parfumerie et cosmetiques perimes, en vrac", "FR", 5000, 1500, "EUR", {},
         "expired cosmetics returns in bulk to Cotonou, French wording"),
        ("W13", "spent solvents", "export", "DE", "GH", "381400",
         "Loesemittelgemisch aus Druckerei-Reinigung, gebraucht, IBC", "DE", 14000, 900, "EUR", {},
         "spent printing solvents to Tema, German wording"),
        ("W14", "spent solvents", "export", "NL", "IN", "290512",
         "Spent isopropanol from electronics cleaning, drums", "NL", 12000, 960, "EUR", {},
         "spent isopropanol at 0.08 EUR/kg"),
        ("W15", "spent solvents", "export", "IT", "EG", "291411",
         "Acetone and xylene washings for use as fuel", "IT", 16000, 640, "EUR", {},
         "solvent washings for burning at 0.04 EUR/kg"),
        ("W16", "uncleaned packaging", "export", "BE", "NG", "731010",
         "Empty steel drums, ex-chemical, not cleaned", "BE", 36000, 4000, "EUR", {"qty": 2000},
         "uncleaned chemical drums (A4130) to Lagos"),
        ("W17", "uncleaned packaging", "export", "ES", "SN", "731029",
         "Bidones metalicos vacios sin lavar, ex-aceite, 25 l", "ES", 6000, 700, "EUR", {"qty": 3000},
         "unwashed oil cans to Dakar, Spanish wording"),
        ("W18", "end-of-life ship", "export", "GR", "BD", "890190",
         "General cargo vessel, built 1996, delivered as is for her last voyage", "GR", 6200000, 3100000, "USD",
         {"qty": 1}, "a ship sold for demolition to Chattogram as a cargo vessel"),
        ("W19", "end-of-life ship", "export", "CY", "IN", "890190",
         "Bulk carrier, LDT 9,800 t, sold on a per-LDT basis", "CY", 9800000, 4900000, "USD", {"qty": 1},
         "a bulk carrier sold by its light displacement tonnage (a scrap price) to Alang"),
        ("W20", "used tyres beyond the listed destinations", "export", "GB", "CM", "401220",
         "Part-worn tyres, casings, mixed sizes, loose loaded", "GB", 18000, 3600, "GBP", {},
         "used tyres loose-loaded to Douala"),
        ("W21", "used tyres beyond the listed destinations", "export", "BE", "CD", "401220",
         "Pneus d'occasion en vrac, 40' HC", "BE", 20000, 3000, "EUR", {}, "used tyres in bulk to Matadi"),
    ],
    "ozone": [
        ("O01", "HCFC clean agents in fire protection", "import", "US", "NL", "842410",
         "Portable extinguishers, HCFC Blend B clean agent, 2.5 kg", "US", 900, 9000, "USD", {"qty": 300},
         "HCFC-123 based extinguishers (banned in the EU)"),
        ("O02", "HCFC clean agents in fire protection", "import", "CN", "ES", "381300",
         "Agente extintor limpio NAF S-III, cilindros 100 kg", "CN", 2000, 8000, "USD", {"qty": 20},
         "NAF S-III (HCFC blend A) as an extinguishing agent, Spanish wording"),
        ("O03", "HCFC clean agents in fire protection", "import", "IN", "IT", "381300",
         "FE-241 clean agent (chlorotetrafluoroethane), 50 kg cylinders", "IN", 1500, 6000, "USD", {"qty": 30},
         "HCFC-124 as a fire-suppression agent"),
        ("O04", "HFC-23 in fire protection", "import", "CN", "FR", "842410",
         "Trifluoromethane fire suppression system, pre-engineered cylinders", "CN", 3000, 24000, "USD",
         {"qty": 40}, "HFC-23 fire protection (banned in the EU since 2016)"),
        ("O05", "mass per piece", "import", "TR", "GR", "731100",
         "Cylinders for refrigerant, returnable, empty, 26.8 l", "CN", 4600, 1600, "EUR", {"qty": 200},
         "'empty' refrigerant cylinders at 23 kg each: filled"),
        ("O06", "mass per piece", "import", "UA", "PL", "731100",
         "Puste butle stalowe zwrotne do czynnika, 11 l", "CN", 2100, 700, "EUR", {"qty": 100, "transport": "road"},
         "'empty' cylinders at 21 kg each by road, Polish wording"),
        ("O07", "mass per piece", "import", "CN", "IT", "382765",
         "R-410A refrigerant, 11.3 kg cylinders", "CN", 2000, 16000, "USD",
         {"qty": 500, "docs": [("FGAS_QUOTA", "IT-FGAS-26-0777")]},
         "500 cylinders of 11.3 kg declared as 2,000 kg (4 kg each): the mass under the quota understated"),
        ("O08", "refrigerant in cans under an article code", "import", "CN", "PL", "841590",
         "AC recharge kit R134a, 12 oz cans with trigger and gauge", "CN", 1200, 4800, "USD", {"qty": 2000},
         "HFC-134a in cans declared as air-conditioner parts"),
        ("O09", "refrigerant in cans under an article code", "import", "TR", "DE", "870899",
         "Kaeltemittel-Nachfuellset R-134a, Dosen 500 g", "TR", 800, 3200, "EUR", {"qty": 1600, "transport": "road"},
         "HFC-134a cans as vehicle parts, German wording"),
        ("O10", "refrigerant in cans under an article code", "import", "CN", "FR", "340399",
         "Recharge climatisation R410A, bouteille 800 g avec flexible", "CN", 600, 2400, "USD", {"qty": 750},
         "R-410A cans as a lubricant preparation, French wording"),
        ("O11", "HFC blends as HFOs", "import", "CN", "IT", "290359",
         "R-449A refrigerant, HFO blend, 104 lb cylinders", "CN", 4700, 28000, "USD", {"qty": 100},
         "an HFC/HFO blend (HFC share under quota) declared under the HFO code"),
        ("O12", "HFC blends as HFOs", "import", "CN", "ES", "290359",
         "Low-GWP refrigerant R-454B (HFO), cylinders 10 kg", "CN", 3000, 21000, "USD", {"qty": 300},
         "R-454B (68.9 % HFC-32) declared as an HFO"),
    ],
    "wildlife": [
        ("L01", "CITES plants by post", "import", "MG", "DE", "060290",
         "Succulent plants, collector species, bare root, assorted", "MG", 6, 400, "USD",
         {"qty": 80, "transport": "post", "extra": {"consignee_name": "Private person"}},
         "wild Pachypodium and Euphorbia (CITES I/II) by post"),
        ("L02", "CITES plants by post", "import", "CO", "ES", "060290",
         "Orquideas de coleccion, plantas de habitat, sin maceta", "CO", 12, 900, "USD",
         {"qty": 120, "transport": "air"}, "wild-collected orchids (CITES II) by air, Spanish wording"),
        ("L03", "CITES plants by post", "import", "ID", "NL", "060290",
         "Carnivorous plants, Nepenthes, wild-sourced, 200 pcs", "ID", 15, 1200, "USD",
         {"qty": 200, "transport": "express"}, "wild Nepenthes (CITES I/II) by express"),
        ("L04", "CITES plants by post", "import", "MX", "CZ", "120930",
         "Semillas de cactus, Ariocarpus y Astrophytum, recolectadas", "MX", 0.5, 300, "USD",
         {"transport": "post"}, "seeds of Appendix I cacti collected in habitat by post"),
        ("L05", "coral as stone", "import", "PH", "FR", "251749",
         "Decorative reef rock, natural branching, white, aquascape", "PH", 800, 2400, "USD", {},
         "dried hard coral as decorative rock from the Philippines"),
        ("L06", "coral as stone", "import", "FJ", "ES", "680299",
         "Piedra de arrecife decorativa, ramificada, natural", "FJ", 500, 2000, "USD", {"transport": "air"},
         "coral as decorative reef stone, Spanish wording"),
        ("L07", "coral as stone", "import", "ID", "IT", "140490",
         "Dried sea fans and black coral branches for decoration", "ID", 120, 3000, "USD", {"transport": "air"},
         "gorgonians and black coral (Antipatharia, CITES II) as vegetable decoration"),
        ("L08", "CITES timber by trade name", "import", "CI", "FR", "440729",
         "Assamela sciage, sechage artificiel, choix FAS", "CI", 22000, 26000, "EUR", {},
         "afrormosia (Pericopsis elata) by its Ivorian trade name"),
        ("L09", "CITES timber by trade name", "import", "GA", "DE", "440799",
         "Bubinga slabs, figured, kiln dried", "GA", 15000, 45000, "EUR", {},
         "Guibourtia (CITES II since 2017) without a permit"),
        ("L10", "CITES timber by trade name", "import", "CM", "BE", "440729",
         "Acajou d'Afrique scie, qualite export", "CM", 20000, 18000, "EUR", {},
         "Khaya (CITES II since 2023) as African mahogany"),
        ("L11", "CITES timber by trade name", "import", "BR", "NL", "440929",
         "Ipe decking boards, smooth, 21 x 145 mm", "BR", 24000, 60000, "EUR", {},
         "Handroanthus (ipe, CITES II since November 2024) without a permit"),
        ("L12", "agarwood as incense", "export", "IN", "AE", "440122",
         "Incense wood chips (oud), natural, Hindi grade, 5 kg bags", "IN", 50, 15000, "USD", {"transport": "air"},
         "wild agarwood chips as wood chips"),
        ("L13", "agarwood as incense", "export", "VN", "TW", "960200",
         "Vong tay tram huong tu nhien (prayer beads), 108 hat", "VN", 3, 2400, "USD",
         {"qty": 60, "transport": "post"}, "agarwood beads (never exempt) by post, Vietnamese wording"),
        ("L14", "live reptiles and amphibians as other animals", "import", "TZ", "DE", "010690",
         "Live geckos and chameleons, farmed, for hobbyists, 30 boxes", "TZ", 20, 900, "USD",
         {"qty": 150, "transport": "air"}, "wild chameleons (CITES II) under other live animals"),
        ("L15", "live reptiles and amphibians as other animals", "import", "MX", "ES", "010690",
         "Tarantulas vivas y escorpiones, cria en cautividad", "MX", 8, 600, "USD", {"qty": 200, "transport": "air"},
         "Brachypelma tarantulas (CITES II) claimed captive bred"),
        ("L16", "live reptiles and amphibians as other animals", "import", "SR", "NL", "010690",
         "Live tree frogs and dart frogs, captive bred, 80 tubs", "SR", 10, 1400, "USD",
         {"qty": 80, "transport": "air"}, "poison dart frogs (Dendrobatidae, CITES II)"),
        ("L17", "caviar as roe", "import", "AE", "DE", "160432",
         "Fish roe, black, 125 g tins", "IR", 20, 12000, "USD", {"transport": "air"},
         "sturgeon caviar as a caviar substitute at 600 USD/kg through Dubai"),
        ("L18", "caviar as roe", "import", "UA", "PL", "030391",
         "Rogue d'esturgeon congelee", "UA", 60, 9000, "EUR", {"transport": "road"},
         "sturgeon roe (Acipenseriformes, CITES II) as frozen roe"),
        ("L19", "medicine names of listed species", "export", "MM", "CN", "121190",
         "Chuan shan jia slices, processed, for TCM pharmacy", "MM", 40, 6000, "USD", {"transport": "road"},
         "pangolin scales by their Chinese medicine name by road"),
        ("L20", "medicine names of listed species", "export", "KZ", "HK", "300490",
         "Cornu Saigae Tataricae, sliced, 5 kg", "KZ", 5, 7500, "USD", {"transport": "air"},
         "saiga horn by its pharmacopoeia name"),
        ("L21", "Asian tortoise exits", "export", "BD", "MY", "030111",
         "Ornamental freshwater fish, assorted, with live turtles", "BD", 150, 900, "USD", {"transport": "air"},
         "Indian star tortoises and softshell turtles among ornamental fish"),
    ],
}

ORDINARY = [
    ("O-01", "export", "NL", "GH", "847130", "Refurbished notebooks, tested, grade A, individually boxed with warranty", "CN", 3000, 90000, "EUR", {"qty": 1500}),
    ("O-02", "export", "DE", "NG", "841510", "New split air conditioners, R-32 pre-charged, boxed", "CN", 8000, 60000, "EUR", {"qty": 200}),
    ("O-03", "export", "ES", "SN", "841821", "Frigorificos nuevos R600a, embalados", "TR", 6000, 45000, "EUR", {"qty": 150}),
    ("O-04", "export", "NL", "CN", "260300", "Copper concentrate, Chilean origin, bulk", "CL", 25000, 55000, "USD", {}),
    ("O-05", "export", "BE", "CN", "282200", "Cobalt hydroxide, origin DR Congo", "CD", 20000, 160000, "USD", {}),
    ("O-06", "export", "DE", "KR", "283691", "Lithium carbonate, battery grade", "CL", 10000, 140000, "USD", {}),
    ("O-07", "export", "BE", "CM", "300490", "Essential medicines, expiry 2028, humanitarian donation", "BE", 3000, 60000, "EUR", {}),
    ("O-08", "export", "NL", "KE", "380891", "Insecticide, ready-to-use, registered, 1 l bottles", "NL", 8000, 52000, "EUR", {}),
    ("O-09", "export", "NL", "IN", "290512", "Isopropyl alcohol 99.9 %, new drums", "NL", 16000, 14400, "EUR", {}),
    ("O-10", "export", "DE", "PL", "291411", "Recycled acetone, redistilled, 99.5 %, with certificate of analysis", "DE", 15000, 16500, "EUR", {}),
    ("O-11", "export", "BE", "NG", "731010", "New steel drums, 210 l, tight head, unused", "BE", 18000, 40000, "EUR", {"qty": 1000}),
    ("O-12", "export", "NL", "GH", "392390", "Reconditioned IBCs, washed and tested, UN certified", "NL", 6000, 30000, "EUR", {"qty": 100}),
    ("O-13", "export", "NO", "IN", "890190", "Offshore supply vessel, built 2015, class maintained, in service", "NO", 1500000, 8000000, "USD", {"qty": 1}),
    ("O-14", "export", "DE", "CM", "401110", "New passenger car tyres 205/55 R16", "DE", 12000, 60000, "EUR", {}),
    ("O-15", "import", "CN", "FR", "842410", "ABC dry powder extinguishers, 6 kg", "CN", 6000, 30000, "USD", {"qty": 600}),
    ("O-16", "import", "CN", "DE", "842410", "CO2 extinguishers, 5 kg", "CN", 4000, 24000, "USD", {"qty": 300}),
    ("O-17", "import", "US", "DE", "381300", "FK-5-1-12 clean agent, 30 kg cylinders", "US", 900, 27000, "USD", {"qty": 30}),
    ("O-18", "import", "CN", "IT", "731100", "New empty refillable refrigerant cylinders, 12 l, tare 7 kg", "CN", 3500, 12000, "USD", {"qty": 500}),
    ("O-19", "import", "CN", "DE", "731100", "Industrial gas cylinders, 50 l, 200 bar, empty, new", "CN", 6000, 9000, "USD", {"qty": 100}),
    ("O-20", "import", "CN", "PL", "841590", "R-1234yf recharge kit, 2 x 250 g cans with hose", "CN", 300, 3000, "USD", {"qty": 600}),
    ("O-21", "import", "CN", "IT", "290359", "HFO-1234ze(E), pure, 10 kg cylinders", "CN", 2000, 80000, "USD", {"qty": 200}),
    ("O-22", "import", "CN", "DE", "841590", "Manifold gauge set for R-134a and R-410A, no gas", "CN", 400, 8000, "USD", {"qty": 200}),
    ("O-23", "import", "TW", "NL", "060290", "Phalaenopsis hybrid plantlets, artificially propagated, in flasks", "TW", 300, 6000, "USD", {"transport": "air"}),
    ("O-24", "import", "CN", "NL", "060290", "Nursery-grown succulents in 5.5 cm pots (Echeveria, Crassula)", "CN", 2000, 5000, "USD", {}),
    ("O-25", "import", "CN", "DE", "251749", "Aquarium gravel, quartz, 2-4 mm", "CN", 20000, 6000, "USD", {}),
    ("O-26", "import", "ID", "NL", "253090", "Lava rock for aquarium and garden, natural", "ID", 18000, 5400, "USD", {}),
    ("O-27", "import", "GH", "IN", "440723", "Teak sawn timber, plantation grown, FSC", "GH", 22000, 17600, "USD", {}),
    ("O-28", "import", "CM", "BE", "440727", "Sapele sawn, kiln dried, FAS", "CM", 20000, 16000, "EUR", {}),
    ("O-29", "import", "CI", "FR", "440728", "Iroko sawn timber, air dried", "CI", 21000, 15000, "EUR", {}),
    ("O-30", "export", "FR", "SA", "330300", "Oud perfume, eau de parfum 100 ml", "FR", 400, 36000, "EUR", {"qty": 2000}),
    ("O-31", "export", "AE", "GB", "330741", "Bakhoor incense, retail packs, sandalwood and musk", "AE", 300, 4500, "USD", {}),
    ("O-32", "import", "GB", "NL", "010649", "Live crickets, feeder insects, farmed", "GB", 200, 2000, "EUR", {"transport": "road"}),
    ("O-33", "import", "US", "FR", "160432", "Salmon roe (ikura), frozen, 500 g trays", "US", 500, 22500, "USD", {"transport": "air"}),
    ("O-34", "import", "SG", "NL", "030111", "Ornamental fish, tropical freshwater, assorted", "SG", 300, 4000, "USD", {"transport": "air"}),
    ("O-35", "import", "CN", "NL", "121190", "Radix Astragali slices, TCM herbal", "CN", 2000, 16000, "USD", {}),
    ("O-36", "export", "IN", "TW", "960200", "Prayer beads, sandalwood, 108 beads", "IN", 40, 2000, "USD", {"transport": "air"}),
]

PERMITTED = [
    ("P-01", "waste", "import", "NO", "DE", "841821", "Waste refrigerators with CFC foam (A1181) for degassing and recycling", "NO", 12000, 1200, "EUR", {"docs": [("BASEL_CONSENT", "NO-MD-TFS-26-0601")]}),
    ("P-02", "waste", "import", "CH", "DE", "300490", "Expired pharmaceuticals returned for high-temperature incineration", "CH", 3000, 300, "EUR", {"docs": [("BASEL_CONSENT", "CH-BAFU-26-0212")]}),
    ("P-03", "waste", "import", "BE", "DE", "381400", "Used solvents for distillation (Y42)", "BE", 15000, 750, "EUR", {"docs": [("BASEL_CONSENT", "BE-OVAM-26-0933")]}),
    ("P-04", "ozone", "import", "US", "DE", "842410", "HFC-227ea fire suppression cylinders, pre-engineered", "US", 1200, 30000, "USD", {"qty": 40, "docs": [("FGAS_QUOTA", "DE-FGAS-26-1204")]}),
    ("P-05", "ozone", "import", "CN", "IT", "382769", "R-449A refrigerant, 50 kg returnable cylinders", "CN", 5000, 40000, "USD", {"qty": 100, "docs": [("FGAS_QUOTA", "IT-FGAS-26-0832")]}),
    ("P-06", "ozone", "import", "US", "FR", "290376", "Halon 1301 for an aircraft critical use, 20 kg", "US", 200, 6000, "USD", {"qty": 10, "docs": [("ODS_LICENCE", "FR-ODS-26-0077")]}),
    ("P-07", "wildlife", "import", "GA", "DE", "440799", "Bubinga sawn, kiln dried", "GA", 12000, 42000, "EUR", {"docs": [("CITES_PERMIT", "GA-CITES-26-0150")]}),
    ("P-08", "wildlife", "import", "MX", "DE", "060290", "Ariocarpus seedlings, nursery propagated", "MX", 20, 800, "USD", {"qty": 400, "transport": "air", "docs": [("CITES_PERMIT", "MX-SEMARNAT-26-4411")]}),
    ("P-09", "wildlife", "import", "CN", "FR", "160431", "Caviar, Acipenser baerii, farmed, 30 g tins", "CN", 40, 18000, "USD", {"transport": "air", "docs": [("CITES_PERMIT", "CN-CITES-26-88120")]}),
    ("P-10", "wildlife", "import", "ID", "NL", "050800", "Cultured coral fragments (Acropora), maricultured", "ID", 50, 2500, "USD", {"transport": "air", "docs": [("CITES_PERMIT", "ID-KLHK-26-3310")]}),
]


def build():
    dis, ordi, perm = [], [], []
    n = 0
    for domain, rows in DISGUISED.items():
        for rid, family, flow, dep, dest, hs, desc, origin, mass, value, cur, opt, note in rows:
            n += 1
            d = row("D5A-" + rid, n, flow, dep, dest, hs, desc, origin, mass, value, cur,
                    transport=opt.get("transport", "sea"), qty=opt.get("qty"), docs=opt.get("docs"),
                    extra=opt.get("extra"))
            d.update({"inspection_result": "seizure", "fraud": 1, "illicit_domain": domain,
                      "attributes": {"case": "disguised", "family": family, "note": note}})
            dis.append(d)
    for rid, flow, dep, dest, hs, desc, origin, mass, value, cur, opt in ORDINARY:
        n += 1
        d = row("D5A-ORD-" + rid[2:], n, flow, dep, dest, hs, desc, origin, mass, value, cur,
                transport=opt.get("transport", "sea"), qty=opt.get("qty"))
        d.update({"fraud": 0, "attributes": {"case": "ordinary"}})
        ordi.append(d)
    for rid, domain, flow, dep, dest, hs, desc, origin, mass, value, cur, opt in PERMITTED:
        n += 1
        d = row("D5A-PRM-" + rid[2:], n, flow, dep, dest, hs, desc, origin, mass, value, cur,
                transport=opt.get("transport", "sea"), qty=opt.get("qty"), docs=opt.get("docs"))
        d.update({"fraud": 0, "attributes": {"case": "permitted", "permit_domain": domain}})
        perm.append(d)
    return dis, ordi, perm


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hs", help="HS 2022 nomenclature CSV (section,hscode,...) to check every code against")
    args = ap.parse_args()
    sets = dict(zip(("disguised", "ordinary", "permitted"), build()))
    if args.hs:
        with open(args.hs, newline="") as f:
            codes = {r["hscode"] for r in csv.DictReader(f)}
        bad = [d["declaration_id"] + " " + it["hs_code"] for rows in sets.values() for d in rows
               for it in d["items"] if it["hs_code"] not in codes]
        if bad:
            raise SystemExit("not in HS 2022: " + ", ".join(bad))
    for kind, rows in sets.items():
        with open(os.path.join(HERE, "dev5-a-%s.ndjson" % kind), "w", encoding="utf-8") as f:
            for d in rows:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(kind, len(rows))


if __name__ == "__main__":
    main()
