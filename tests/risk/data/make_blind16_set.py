#!/usr/bin/env python3
"""Writes the sixteenth blind set (tests/risk/data/blind16-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated November - December 2028, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-seventeen profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind14_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12-blind14, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcels by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Every ordinary goods row that may
travel by post or express has a parcel-sized mass band, so a private consignee never
receives tonnes. Ids are BL16-*:

    python3 tests/risk/data/make_blind16_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2028, 11, 1)
base.DAYS = 61  # 1 November to 31 December 2028
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "US", [], "DE", "284700",
         "Food grade hydrogen peroxide 35 %, for oxygen therapy drinking drops, 4 x 1 gal", "US", 16, 4, 140, "USD",
         "'35 % food grade' peroxide sold for alternative-health drinking is hydrogen peroxide far above the "
         "Annex I limit of 12 %, by express to a private person",
         person("Herr M. Vogel", "DE")),
        ("PRE-02", "import", "FRPOST01", "post", "GB", [], "FR", "280800",
         "Mordant pour gravure à l'eau-forte, acide nitrique 70 %, 5 bidons de 2,5 l", "GB", 18, 5, 95, "GBP",
         "printmakers etch copper with ferric chloride or with nitric acid diluted to about 10-20 %; 12.5 l of "
         "70 % nitric acid (Annex I, limit 3 %) by post to a private person; French wording",
         person("Mme A. Roussel", "FR")),
        ("PRE-03", "import", "NLAIR01", "express", "PL", ["GB"], "NL", "310230",
         "Gistvoeding voor thuisbrouwen, ammoniumnitraat 34,5 % N, zakken 25 kg, 4 st.", "PL", 100, 4, 90, "EUR",
         "home-brew yeast nutrient is diammonium phosphate in 100 g sachets; 100 kg of 34.5 % N ammonium nitrate "
         "(Annex I) to a private person; Dutch wording", person("Dhr. K. Smit", "NL")),
        ("PRE-04", "import", "ESAIR01", "express", "MA", [], "ES", "280700",
         "Reductor de pH para piscinas, ácido sulfúrico 96 %, garrafas 25 l, 6 uds", "MA", 270, 6, 180, "EUR",
         "pool pH reducer is sodium bisulphate granules or acid below 40 %; 150 l of 96 % sulphuric acid (Annex II) "
         "by express to a private house; Spanish wording", person("Sr. R. Herrera", "ES")),
        ("PRE-05", "import", "BEAIR01", "air", "CN", [], "BE", "950590",
         "Stage pyrotechnic electric igniters, aluminium tube 6.3 mm, base charge 0.8 g PETN, 2,000 pcs", "CN", 40,
         2000, 1400, "USD",
         "stage igniters are match heads; an aluminium tube with a PETN base charge is a detonator, declared "
         "under festive articles to a party-supply importer",
         firm("Feestartikelen Gent BV", "BE")),
        ("PRE-06", "export", "FRSEA01", "sea", "FR", ["SN"], "ML", "382440",
         "Adjuvant de prise pour béton par temps froid, NH4NO3 98 %, sacs 50 kg, 24 t", "FR", 24000, 480, 9600, "EUR",
         "cold-weather accelerators are calcium nitrate or chloride solutions; a 98 % NH4NO3 'admixture' for "
         "frost in Mali is ammonium nitrate under the concrete-admixture heading, to the Sahel; French wording",
         {"importer_name": "Bâtiment Sahel Négoce SARL", "importer_country": "ML"}),
        ("PRE-07", "import", "ITAIR01", "express", "IN", [], "IT", "290899",
         "Acido picrico (2,4,6-trinitrofenolo) 99 %, secco, per colorazioni di microscopia, 5 x 1 kg", "IN", 5, 5,
         110, "USD",
         "laboratories buy picric acid wetted with at least 30 % water; dry picric acid is an explosive (UN 0154), "
         "5 kg by express to a private person; Italian wording", person("Sig. F. Greco", "IT")),
        ("PRE-08", "import", "ATROAD01", "road", "RS", [], "AT", "732599",
         "Zylindrische Gussgewichte 450 g, gelbbraun, mit Durchgangsbohrung für Sprengschnur, 300 St.", "RS", 135,
         300, 900, "EUR",
         "450 g cast cylinders with a channel for detonating cord are cast pentolite/TNT boosters, declared as "
         "weights; German wording", firm("Baustoffe Kärnten Handels GmbH", "AT")),
        ("PRE-09", "import", "GBPOST01", "post", "US", [], "GB", "283421",
         "Tree stump remover, potassium nitrate 99 %, bulk bags 25 lb, 4 pcs", "US", 45, 4, 85, "USD",
         "retail stump remover comes in 1 lb tubs; 45 kg of 99 % potassium nitrate (Annex II) by post to a private "
         "person is a black-powder oxidiser", person("Mr D. Wright", "GB")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "284700",
         "Koncentrat do czyszczenia przemysłowego, H2O2 70 %, beczki 200 l, 6 szt.", "UA", 1500, 6, 2600, "EUR",
         "no cleaner needs 70 % peroxide (rocket-grade HTP, Annex I); the consignee is an amateur rocketry "
         "association; Polish wording", firm("Stowarzyszenie Rakietowe Orion", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "TR", "392690",
         "GFK-Platten, gebraucht, Zuschnitte 12 m, aus Rotorblättern, 60 t", "DE", 60000, None, 600, "EUR",
         "cut glass-fibre sections 12 m long 'from rotor blades' at 0.01 EUR/kg are decommissioned wind-turbine "
         "blades (composite waste), declared as plastic sheets; German wording",
         {"importer_name": "Ege Kompozit Geri Dönüşüm", "importer_country": "TR"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "271020",
         "Stookolie, pyrolyse-olie uit banden, zwavel 1,4 %, ongefilterd, 20 t", "NL", 20000, None, 3000, "EUR",
         "unfiltered tyre-pyrolysis oil is a waste-derived oil with PAHs and sulphur, not a fuel oil; Dutch wording",
         {"importer_name": "Gujarat Energy Oils Pvt Ltd", "importer_country": "IN"}),
        ("WST-03", "export", "PLSEA01", "sea", "PL", [], "NG", "261790",
         "Ścierniwo do piaskowania, używane, żużel miedziowy z resztkami farby przeciwporostowej, 25 t", "PL", 25000,
         None, 250, "EUR",
         "used copper-slag grit from a shipyard with antifouling paint residues (organotin, copper) is hazardous "
         "waste, declared as an ore residue; Polish wording",
         {"importer_name": "Lagos Marine Blasting Ltd", "importer_country": "NG"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "GH", "850440",
         "Used UPS units 1-10 kVA with lead batteries inside, untested, loose, 900 pcs", "BE", 18000, 900, 2700,
         "EUR",
         "untested UPS units with their sealed lead-acid batteries loaded loose at 3 EUR each are e-waste with "
         "hazardous batteries, not second-hand goods",
         {"importer_name": "Accra Power Solutions", "importer_country": "GH"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "MY", "390390",
         "Rigenerato ABS nero, macinato, da RAEE, contiene ritardanti di fiamma bromurati, 22 t", "IT", 22000, None,
         2200, "EUR",
         "ground ABS from WEEE housings with brominated flame retardants (POPs) is hazardous plastic waste (A3210), "
         "declared as regrind; Italian wording",
         {"importer_name": "Klang Polymer Recovery Sdn Bhd", "importer_country": "MY"}),
        ("WST-06", "export", "ROROAD01", "road", "RO", [], "MD", "340319",
         "Concentrat pentru prelucrarea metalelor, emulsie uzată ulei-apă, IBC 1.000 l, 20 buc.", "RO", 20000, 20,
         400, "EUR",
         "a 'concentrate' that is a used oil-water emulsion at 0.02 EUR/kg is spent cutting fluid (Y9), to "
         "Moldova; Romanian wording",
         {"importer_name": "Metalprelucrare Bălți SRL", "importer_country": "MD"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "SN", "890399",
         "Bateaux de plaisance d'occasion en polyester, coques endommagées, sans moteur, 30 unités", "FR", 45000,
         30, 3000, "EUR",
         "30 hull-damaged polyester boats without engines at 100 EUR each are end-of-life boats (composite waste "
         "with antifouling), not boats; French wording",
         {"importer_name": "Dakar Nautique Services", "importer_country": "SN"}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "PK", "811100",
         "Manganese dioxide residues, from household batteries, mixed alkaline, NiCd and NiMH, unsorted, 20 t",
         "GB", 20000, None, 1000, "GBP",
         "'residues' from unsorted household batteries including NiCd are waste batteries (A1170) declared under "
         "the manganese heading", {"importer_name": "Lahore Metal Recovery", "importer_country": "PK"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", ["TG"], "BJ", "380891",
         "Pflanzenschutzmittel zur Neuformulierung, Altbestände, Verfallsdatum 2009-2015, Fässer, 8 t", "DE",
         8000, None, 800, "EUR",
         "obsolete pesticides past their date 'for reformulation' at 0.10 EUR/kg are hazardous waste (obsolete "
         "POPs stocks) to West Africa; German wording",
         {"importer_name": "Agro Chimie Cotonou", "importer_country": "BJ"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "GH", "440311",
         "Postes de madeira tratada CCA, usados, retirados da rede elétrica, para construção, 30 t", "PT", 30000,
         None, 900, "EUR",
         "CCA-treated (chromium, copper, arsenic) poles taken out of service are hazardous waste wood, declared "
         "as timber for building; Portuguese wording",
         {"importer_name": "Kumasi Timber Works", "importer_country": "GH"}),
    ],
    "ozone": [
        ("ODS-01", "import", "ITSEA01", "sea", "CN", [], "IT", "842410",
         "Estintori per vano motore auto da corsa, agente CF3Br, bombole 2,5 kg, 120 pz", "CN", 420, 120, 7200, "USD",
         "CF3Br is bromotrifluoromethane, halon 1301, banned except for critical uses; racing extinguishers "
         "use AFFF or Novec; Italian wording", firm("Motorsport Sicurezza Srl", "IT")),
        ("ODS-02", "import", "NLSEA01", "sea", "CN", [], "NL", "290379",
         "二氟一氯甲烷，PTFE原料，钢瓶 926 kg，20个", "CN", 18520, 20, 46000, "USD",
         "difluorochloromethane is HCFC-22; feedstock use is licensed to the polymer plant itself, here the "
         "importer is a general trader; Chinese wording", firm("Rotterdam Fluor Trading BV", "NL")),
        ("ODS-03", "import", "ESSEA01", "sea", "IN", [], "ES", "382762",
         "Refrigerante sustituto directo de R-134a 'FR-12' (R-416A), botellas 13 kg, 200 uds", "IN", 2600, 200,
         7800, "USD",
         "R-416A contains HCFC-124 (an ODS), banned, though sold as an R-134a drop-in; Spanish wording",
         firm("Frío Industrial Mancha SL", "ES")),
        ("ODS-04", "import", "DEROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "DE", "290371",
         "R-22, rückgewonnen, zur Vernichtung, Flaschen 60 l, 40 St.", "TR", 2000, 40, 12000, "EUR",
         "HCFC-22 'for destruction' paid 6 EUR/kg and sent to an air-conditioning service firm, not to a "
         "destruction plant, is a refill stock; German wording",
         firm("Kältetechnik Rhein-Main GmbH", "DE")),
        ("ODS-05", "import", "GRROAD01", "road", "TR", [], "GR", "290345",
         "Ψυκτικό σπρέι αθλητικών τραυματισμών, ανταλλακτικό, HFC-134a, φιάλες 12 kg, 80 τεμ.", "TR", 960, 80,
         3800, "EUR",
         "sports freeze sprays are 300 ml cans; 12 kg cylinders of HFC-134a 'refill' to a small clinic supplier "
         "are refrigerant outside quota; Greek wording", firm("Athlitiki Iatriki Ependytiki IKE", "GR")),
        ("ODS-06", "import", "NLSEA01", "sea", "CN", [], "NL", "382764",
         "Retourgoederen na reparatie, R-404A cilinders 10,9 kg, 400 st., EU-oorsprong", "CN", 4360, 400, 9000,
         "USD",
         "'returned goods' of EU origin that were never exported: R-404A in disposable cylinders from China claiming "
         "returned-goods relief outside quota; Dutch wording", firm("Koeltechniek Brabant BV", "NL")),
        ("ODS-07", "import", "FRAIR01", "air", "DZ", [], "FR", "300490",
         "Inhalateurs doseurs salbutamol, gaz propulseur CFC-11/CFC-12, 6.000 unités", "DZ", 240, 6000, 9000, "EUR",
         "CFC-propelled metered-dose inhalers are banned; EU inhalers use HFA propellants; to a wholesaler; French "
         "wording", firm("Pharma Distribution Méditerranée SARL", "FR")),
        ("ODS-08", "import", "PTAIR01", "air", "CN", [], "PT", "290377",
         "Traçador para datação de águas subterrâneas, CFC-11 (triclorofluorometano), cilindros, 200 kg", "CN", 200,
         8, 2400, "USD",
         "groundwater dating uses CFC-11 traces measured in water, never 200 kg of it; a banned CFC under a lab "
         "pretext; Portuguese wording", firm("Hidrotécnica Atlântica Lda", "PT")),
        ("ODS-09", "transit", "PLSEA01", "sea", "CN", ["PL"], "UA", "290379",
         "Czynnik chłodniczy R-21 do klimatyzacji kabin suwnic, butle 50 kg, 30 szt.", "CN", 1500, 30, 5200, "USD",
         "R-21 is dichlorofluoromethane, an HCFC, banned; crane-cab air conditioners use R-134a or R-513A; Polish "
         "wording, in transit through Gdańsk to Ukraine",
         {"importer_name": "Krany Servis Lviv TOV", "importer_country": "UA"}),
        ("ODS-10", "import", "BEAIR01", "air", "IN", [], "BE", "290377",
         "Cryofluorane Ph. Eur., bulk, cylinders 100 kg, 10 pcs", "IN", 1000, 10, 8000, "USD",
         "cryofluorane is the pharmacopoeia name of CFC-114 (dichlorotetrafluoroethane), banned, to a chemical "
         "trader without a pharmaceutical plant", firm("Antwerp Chem Traders NV", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "KE", [], "BE", "442199",
         "Carved wooden posts, African art, 1.8 m, weathered, 6 pcs", "KE", 90, 6, 600, "USD",
         "weathered carved posts of 1.8 m from the Kenyan coast are Mijikenda vigango (grave memorials, "
         "returned from museums) taken from graves", firm("Galerie Tribal Sablon", "BE")),
        ("CUL-02", "import", "DEAIR01", "express", "HK", [], "DE", "710310",
         "玉琮，方柱形内圆外方，带土沁，高 20 厘米，1件", "CN", 3, 1, 300, "USD",
         "a square jade tube, round inside, with burial soil stains is a Neolithic Liangzhu cong, whose export China "
         "forbids; Chinese wording", person("Herr J. Lin", "DE")),
        ("CUL-03", "import", "ESAIR01", "air", "DO", [], "ES", "440290",
         "Asiento ceremonial tallado en madera oscura, figura zoomorfa, erosionado, 1 pz", "DO", 12, 1, 150, "USD",
         "a carved ceremonial seat with a zoomorphic figure from the Dominican Republic is a Taíno duho "
         "(pre-Columbian), under the charcoal heading; Spanish wording", person("Sra. P. Molina", "ES")),
        ("CUL-04", "import", "DEROAD01", "road", "CH", [], "DE", "691390",
         "Rotfiguriger Krater, dekorativ, aus Fragmenten geklebt, Wurzelspuren, Sinter, 1 St.", "IT", 14, 1, 900,
         "EUR",
         "root marks and sinter are signs of a tomb; a red-figure krater glued from fragments is an Apulian vase "
         "of Italian origin through Switzerland; German wording", firm("Kunsthandel Isar GmbH", "DE")),
        ("CUL-05", "import", "SEAIR01", "express", "TR", [], "SE", "490199",
         "Handskrivna böcker, syrisk skrift, läderband, 4 st.", "IQ", 6, 4, 200, "EUR",
         "handwritten books in Syriac script of Iraqi origin are manuscripts from the churches and monasteries of "
         "the Nineveh plains; Swedish wording", person("Privatperson", "SE")),
        ("CUL-06", "import", "GBAIR01", "air", "PK", [], "GB", "440399",
         "Old tree bark pieces with ink writing, rolled, for decoration, 1 lot", "AF", 1, 1, 80, "GBP",
         "rolled birch bark with ink script from Afghanistan is Gandhari Buddhist manuscript (Red List "
         "Afghanistan)", person("Mr S. Qureshi", "GB")),
        ("CUL-07", "import", "ATPOST01", "post", "RS", [], "AT", "830629",
         "Bronzeplatten mit lateinischer Inschrift, Fundstücke, 2 St.", "RS", 0.2, 2, 60, "EUR",
         "two bronze plates with a Latin inscription as 'finds' are the two halves of a Roman military diploma "
         "from the Danube limes; German wording", person("Herr G. Pichler", "AT")),
        ("CUL-08", "export", "PLROAD01", "road", "PL", ["DE", "NL"], "GB", "680293",
         "Płyty granitowe używane, z napisami hebrajskimi, do brukowania, 40 szt.", "PL", 12000, 40, 800, "EUR",
         "granite slabs with Hebrew inscriptions are Jewish tombstones (matzevot) removed from cemeteries; "
         "export needs a permit; Polish wording", {"importer_name": "Stone Landscapes Ltd", "importer_country": "GB"}),
        ("CUL-09", "import", "FRAIR01", "air", "TH", [], "FR", "680291",
         "Bas-relief en grès, danseuse, style Cham, pour jardin, 1 pc", "VN", 80, 1, 400, "USD",
         "a sandstone dancer relief in Cham style of Vietnamese origin via Bangkok is a Cham temple sculpture; "
         "French wording", firm("Jardins d'Asie SARL", "FR")),
        ("CUL-10", "import", "NLAIR01", "air", "EG", [], "NL", "970191",
         "لوحة خشبية مرسومة، صورة رجل، ألوان شمعية، متشققة، قطعة واحدة", "EG", 1, 1, 250, "USD",
         "an encaustic (wax-colour) portrait on a wooden panel from Egypt is a Fayum mummy portrait (Roman Egypt); "
         "Arabic wording",
         person("Dhr. R. Visser", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "811212",
         "Beryllium-Folie 25 µm, für Hochtöner-Kalotten, 20 kg", "DE", 20, None, 64000, "EUR",
         "a tweeter dome weighs a fraction of a gram; 20 kg of beryllium foil (1C230) to a Dubai trader is "
         "nuclear-relevant material; German wording",
         {"importer_name": "Al Safa Audio Trading LLC", "importer_country": "AE"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", ["AE"], "PK", "851420",
         "Forno fusorio a induzione sottovuoto per gioielleria, capacità 200 kg", "IT", 9000, 1, 420000, "EUR",
         "jewellers' vacuum casters hold 1-5 kg; a 200 kg vacuum induction furnace (2B227) to Pakistan via the UAE; "
         "Italian wording", {"importer_name": "Lahore Gold Crafts", "importer_country": "PK"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", [], "LB", "281215",
         "Sulphur monochloride S2Cl2, rubber vulcanising agent, drums, 12 t", "BE", 12000, None, 19000, "EUR",
         "sulphur monochloride is CWC Schedule 3 (mustard precursor), to a Beirut trader with no rubber plant",
         {"importer_name": "Levant Polymer Trading SAL", "importer_country": "LB"}),
        ("STR-04", "import", "NLSEA01", "sea", "IN", [], "NL", "271019",
         "Diesel EN 590, origin IN, loaded Vadinar, 30,000 t", "IN", 30000000, None, 21000000, "USD",
         "diesel refined at Vadinar, the refinery of a sanctioned Rosneft-owned company, from Russian crude, under "
         "the ban on products refined from Russian crude",
         {"importer_name": "Maas Energy Trading BV", "consignee_name": "Maas Energy Trading BV",
          "importer_country": "NL"}),
        ("STR-05", "export", "GRSEA01", "sea", "GR", [], "AE", "890120",
         "Crude oil tanker, 2007 built, 105,000 dwt, for demolition", "GR", 17000000, 1, 24000000, "USD",
         "a tanker 'for demolition' at 24 M USD (several times its scrap value) to a one-ship UAE company is a "
         "sale into the shadow fleet carrying Russian crude",
         {"importer_name": "Blue Horizon Shipholding FZE", "importer_country": "AE"}),
        ("STR-06", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271112",
         "Propane, liquefied, rail tank cars, origin KZ, loading station Orenburg, 900 t", "KZ", 900000, None,
         410000, "USD",
         "Orenburg is in Russia: Russian LPG (import ban) given Kazakh origin; the loading station gives it away",
         firm("Gaz-Trans Handel Sp. z o.o.", "PL")),
        ("STR-07", "export", "DEAIR01", "express", "DE", [], "UZ", "853710",
         "CNC controls Sinumerik 840D sl with drives, for repair, 12 sets", "DE", 180, 12, 210000, "EUR",
         "12 complete CNC controls 'for repair' to a Tashkent trading company are common-high-priority items "
         "re-exported to Russian machine-tool users",
         {"importer_name": "Tashkent Industrial Supply LLC", "importer_country": "UZ"}),
        ("STR-08", "export", "NLSEA01", "sea", "NL", ["GE"], "AM", "381519",
         "Hydrocracking catalyst, NiMo on alumina, fresh, 40 t", "NL", 40000, None, 880000, "EUR",
         "Armenia has no oil refinery; fresh hydrocracking catalyst (banned for export to Russia) to a Yerevan "
         "trader goes north", {"importer_name": "Ararat Petro Chemicals LLC", "importer_country": "AM"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", ["TR"], "SY", "841989",
         "Reactores esmaltados (vidriados) 2.000 l con agitador, para fabricación de jabón, 4 uds", "ES", 16000, 4,
         180000, "EUR",
         "glass-lined reactors are Australia Group chemical-weapons production equipment; soap makers use "
         "stainless kettles; to Syria via Turkey; Spanish wording",
         {"importer_name": "Aleppo Detergents Co.", "importer_country": "SY"}),
        ("STR-10", "export", "BGAIR01", "air", "BG", [], "AE", "848340",
         "Gearbox parts for tractors: main gearbox VR-14 planetary stages, overhauled, 3 sets", "BG", 1200, 3,
         360000, "EUR",
         "the VR-14 is the main rotor gearbox of the Mi-8 helicopter: military-aircraft parts as tractor parts, "
         "to a Sharjah forwarder", {"importer_name": "Sharjah Aero Logistics FZC", "importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLD-01", "transit", "DEAIR01", "air", "ID", ["DE"], "HK", "010620",
         "Live soft-shell turtles for food, Cuora amboinensis, 300 pcs", "ID", 150, 300, 1500, "EUR",
         "Cuora amboinensis is a box turtle (Appendix II), not a soft-shell; live turtles from Indonesia in transit "
         "through Frankfurt to Hong Kong without a permit", {"importer_name": "Kowloon Live Seafood Co", "importer_country": "HK"}),
        ("WLD-02", "import", "BESEA01", "sea", "PE", [], "BE", "440727",
         "Sapelli aserrado, FAS, 40 m3", "PE", 26000, None, 52000, "USD",
         "sapele is an African timber; 'sapele' sawn in Peru is big-leaf mahogany (Swietenia macrophylla, "
         "Appendix II); Spanish wording", firm("Tropisch Hout Import NV", "BE")),
        ("WLD-03", "import", "NLAIR01", "air", "TZ", [], "NL", "440122",
         "Sandalwood chips, Santalum album, 2 t", "TZ", 2000, None, 14000, "USD",
         "Santalum album is Indian; 'sandalwood' from Tanzania is East African sandalwood (Osyris lanceolata, "
         "Appendix II)", firm("Aroma Ingredients Holland BV", "NL")),
        ("WLD-04", "import", "ESROAD01", "road", "MA", [], "ES", "010619",
         "Animal de compañía vivo, 'macaco' joven, 1", "MA", 3, 1, 100, "EUR",
         "a young macaque from Morocco is a Barbary macaque (Appendix I), carried as a pet through the Strait; "
         "Spanish wording", person("Sr. Y. El Amrani", "ES")),
        ("WLD-05", "import", "FRPOST01", "post", "CN", [], "FR", "051000",
         "麝香仁，中药原料，10 g x 20", "CN", 0.2, 20, 300, "USD",
         "麝香 is musk from musk deer (Moschus, Appendix I/II); Chinese wording",
         person("M. W. Zhang", "FR")),
        ("WLD-06", "import", "DEPOST01", "post", "VN", [], "DE", "220890",
         "Rượu rắn hổ mang ngâm nguyên con, chai 1 l, 6 chai", "VN", 9, 6, 90, "USD",
         "'rượu rắn hổ mang' is rice wine with a whole cobra (Naja, Appendix II) in each bottle; Vietnamese "
         "wording", person("Herr T. Nguyen", "DE")),
        ("WLD-07", "import", "ESAIR01", "express", "MX", [], "ES", "640399",
         "Botas vaqueras de piel de caguama, 3 pares", "MX", 5, 3, 900, "USD",
         "caguama is the Mexican name of the loggerhead sea turtle (Appendix I); Spanish wording",
         person("Sr. A. Ruiz", "ES")),
        ("WLD-08", "import", "BEAIR01", "air", "TG", [], "BE", "010649",
         "Live feeder insects (crickets), 4 boxes", "TG", 25, 800, 300, "USD",
         "crickets are farmed in Europe and never flown in from Togo; 800 animals in 25 kg are wild-caught emperor "
         "scorpions (Pandinus imperator, Appendix II)", firm("Reptielen Centrum Antwerpen", "BE")),
        ("WLD-09", "transit", "ITAIR01", "air", "EC", ["IT"], "CN", "960200",
         "Intagli in tagua (avorio vegetale), statuette 25 cm, 10 pz", "EC", 12, 10, 350, "USD",
         "tagua nuts are 5 cm across, so a 25 cm carving cannot be tagua: elephant ivory as vegetable ivory; "
         "Italian wording, in transit through Milan to China",
         {"importer_name": "Xiamen Arts & Crafts Trading", "importer_country": "CN"}),
        ("WLD-10", "import", "GBPOST01", "post", "MY", [], "GB", "060290",
         "Carnivorous plants, pitcher plants, tissue culture, 40 pcs, packed bare-root in natural moss", "MY",
         2, 40, 60, "USD",
         "tissue-culture plants come in flasks; bare-root pitcher plants in natural moss from Borneo are "
         "wild-collected Nepenthes (Appendix II, some Appendix I)", person("Mrs J. Holt", "GB")),
    ],
}

# Multi-item declarations: a cover item beside the declared one.
base.DISGUISED["precursors"][0] = base.DISGUISED["precursors"][0][:15] + (dict(
    base.DISGUISED["precursors"][0][15],
    _more_items=[item("210690", "Vitamin C powder, 1 kg", "US", 1, 25, "USD"),
                 item("392330", "Amber dropper bottles 30 ml, 100 pcs", "US", 2, 15, "USD", 100)]),)
base.DISGUISED["wildlife"][4] = base.DISGUISED["wildlife"][4][:15] + (dict(
    base.DISGUISED["wildlife"][4][15],
    _more_items=[item("121190", "当归片，中药材，500 g", "CN", 0.5, 12, "USD"),
                 item("090230", "Black tea, 250 g", "CN", 0.25, 5, "USD")]),)
base.DISGUISED["ozone"][2] = base.DISGUISED["ozone"][2][:15] + (dict(
    base.DISGUISED["ozone"][2][15],
    _more_items=[item("271019", "Aceite para compresores POE, bidones 4 l, 50 uds", "IN", 180, 600, "USD", 50)]),)

# Permitted: (id, domain, flow, office, mode, departure, destination, hs, description, origin, mass, quantity,
#  value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "express", "GB", "FR", "280800",
     "Nitric acid 68 %, for intaglio etching, 2 x 2.5 l", "GB", 7, 2, 45, "GBP",
     [("PRECURSOR_LICENCE", "FR-PREC-28-0417")], "a printmaker holding a precursor licence for nitric acid"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "CN", "BE", "360360",
     "Electric detonators No. 8, aluminium shell, for a quarry, 2,000 pcs", "CN", 40, 2000, 2600, "USD",
     [("IMPORT_LICENCE", "BE-EXPL-28-0093")], "detonators to a licensed quarry explosives user with the transfer licence"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854912",
     "Spent household batteries, mixed, for recycling, 20 t", "NO", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "NO-BE-28-0112")], "notified waste batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "MD", "DE", "382530",
     "Obsolete pesticides, repacked, UN-approved drums, for high-temperature incineration, 40 t", "MD", 40000,
     None, 0, "EUR",
     [("BASEL_CONSENT", "MD-DE-28-0031")], "obsolete stocks notified for destruction under a donor programme"),
    ("PRM-05", "ozone", "import", "PTAIR01", "air", "US", "PT", "290377",
     "CFC-11 calibration standard for groundwater dating, 2 lecture bottles", "US", 1, 2, 900, "USD",
     [("ODS_LICENCE", "PT-ODS-28-0007")], "laboratory and analytical use under an ODS licence, to a university"),
    ("PRM-06", "ozone", "import", "GRROAD01", "road", "TR", "GR", "290345",
     "HFC-134a, refillable cylinders 12 kg, for aerosol filling, 80 pcs", "TR", 960, 80, 11000, "EUR",
     [("FGAS_QUOTA", "EU-FGAS-28-GR-0214")], "HFC within quota to an aerosol filler"),
    ("PRM-07", "cultural", "export", "GBAIR01", "air", "GB", "US", "970510",
     "Roman military diploma, bronze, two tablets, ex collection 1962", "IT", 0.2, 2, 48000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-28-1155")], "an old-collection diploma sold at auction with its export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970610",
     "Apulian red-figure krater, 4th century BC, published 1971", "IT", 14, 1, 220000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-28-0388")], "a documented vase with its attestato di libera circolazione and export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "CH", "851420",
     "Vacuum induction melting furnace, 200 kg, for superalloy castings", "IT", 9000, 1, 460000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-28-0521"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-28-0133")],
     "2B227 furnace to a Swiss aerospace foundry under licence"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "281215",
     "Sulphur monochloride, drums, for rubber chemicals plant, 12 t", "BE", 12000, None, 20000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-28-0702"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-28-0451")],
     "Schedule 3 chemical to an Indian accelerator maker under licence"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "PE", "BE", "440721",
     "Big-leaf mahogany (Swietenia macrophylla) sawn, FAS, 20 m3", "PE", 13000, None, 42000, "USD",
     [("CITES_PERMIT", "PE-CITES-28-0290")], "mahogany with its Appendix II export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "010620",
     "Live Southeast Asian box turtles, Cuora amboinensis, captive-bred, 20 pcs", "ID", 12, 20, 900, "USD",
     [("CITES_PERMIT", "ID-CITES-28-0715")], "captive-bred turtles with a CITES permit, to a zoo"),
]

CONSIGNEES = {
    "PRM-01": "Mme C. Garnier", "PRM-02": "Carrières du Hainaut SA", "PRM-03": "Revatech Batteries SA",
    "PRM-04": "Entsorgung Niederrhein GmbH", "PRM-05": "Universidade de Aveiro", "PRM-06": "Aerosol Hellas AE",
    "PRM-09": "Swiss Precision Castings AG", "PRM-11": "Houtimport Schelde NV", "PRM-12": "Stichting Reptielenzoo Ovar",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Rows that may go by post or express keep a parcel-sized mass band.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390730", "Epoxy resin, liquid, prime, drums", "import", ["sea"], ["KR", "TW"], (2.8, 3.6), (16000, 20000), ["USD"], None, S),
    ("390761", "PET resin, bottle grade, prime, IV 0.80", "export", ["sea"], ["MA", "EG"], (1.1, 1.4), (20000, 24000), ["EUR"], None, S),
    ("390330", "ABS resin, natural, prime, 25 kg bags", "import", ["sea"], ["KR", "TW"], (1.6, 2.1), (18000, 22000), ["USD"], None, S),
    ("391520", "Clean post-industrial PS trimmings, single polymer, baled", "export", ["road"], ["CH", "NO"], (0.3, 0.45), (15000, 20000), ["EUR"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy grade, 250 ml bottles", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (4000, 9000), ["EUR"], 4, S),
    ("280800", "Nitric acid 53 %, to a fertiliser plant, ISO tank", "import", ["sea"], ["NO", "US"], (0.25, 0.35), (20000, 24000), ["USD", "EUR"], None, S),
    ("280700", "Sulphuric acid 98 %, to a battery plant, ISO tank", "import", ["sea"], ["MA", "KR"], (0.08, 0.15), (20000, 24000), ["USD"], None, S),
    ("310230", "Ammonium nitrate 34.4 % N, fertiliser, big bags, to an agricultural cooperative", "import", ["sea"], ["NO", "LT"], (0.35, 0.5), (24000, 26000), ["EUR"], None, S),
    ("283421", "Potassium nitrate, stump remover, 450 g retail tubs", "import", ["sea"], ["US", "CN"], (3, 5), (3000, 8000), ["USD"], 2, S),
    ("360350", "Electric matches for consumer fireworks, CE-marked F2, retail", "import", ["sea"], ["CN"], (6, 10), (500, 2000), ["USD"], 100, S),
    ("810430", "Magnesium alloy ingots AZ91D", "import", ["sea"], ["CN", "IL"], (2.8, 3.6), (20000, 24000), ["USD"], None, S),
    ("382440", "Concrete admixture, polycarboxylate superplasticiser, IBC", "import", ["road"], ["TR", "RS"], (0.8, 1.3), (15000, 22000), ["EUR"], None, S),
    ("850760", "Lithium-ion battery cells, new, sealed, UN38.3 tested", "import", ["sea"], ["CN", "KR"], (14, 22), (5000, 12000), ["USD"], 20, S),
    ("847130", "Refurbished laptops grade A, tested, data-wiped, with warranty", "import", ["sea", "air"], ["US", "GB"], (80, 140), (800, 3000), ["USD", "GBP"], 0.45, S),
    ("850440", "Online UPS 3 kVA, new, boxed, with batteries", "import", ["sea"], ["CN", "TW"], (8, 12), (5000, 12000), ["USD"], 0.025, S),
    ("392690", "GRP grating panels, new, 38 mm", "import", ["sea"], ["CN", "IN"], (3, 5), (8000, 16000), ["USD"], None, S),
    ("271020", "Marine gas oil, low sulphur, bunker", "import", ["sea"], ["NO", "GB"], (0.8, 1.0), (24000, 26000), ["USD"], None, S),
    ("340319", "Water-miscible cutting fluid concentrate, new, 208 l drums", "import", ["sea"], ["US", "KR"], (3, 5), (8000, 16000), ["USD"], None, S),
    ("441490", "Wooden picture frames, new, pine", "import", ["sea"], ["CN", "ID"], (3, 5), (4000, 9000), ["USD"], 2, S),
    ("290345", "Refrigerant R-134a, refillable cylinders, within quota", "import", ["sea"], ["CN", "US"], (12, 20), (4000, 9000), ["USD"], None, S),
    ("290379", "Refrigerant R-1234ze, HFO, returnable cylinders", "import", ["sea"], ["US", "JP"], (22, 32), (2000, 6000), ["USD"], None, S),
    ("842410", "Fire extinguishers, powder, 6 kg, new, EN 3", "import", ["sea", "road"], ["TR", "CN"], (3.5, 5.5), (5000, 10000), ["EUR", "USD"], 0.1, S),
    ("300490", "Salbutamol inhalers, HFA-134a propellant, packaged", "import", ["air"], ["IN", "GB"], (30, 60), (100, 800), ["USD", "GBP"], 25, S),
    ("841869", "CO2 transcritical heat pumps, new", "import", ["sea"], ["JP", "CN"], (10, 16), (4000, 10000), ["USD"], 0.007, S),
    ("691390", "Ceramic replicas of Greek vases, museum shop, marked", "import", ["post", "express"], ["GR", "TR"], (15, 30), (1, 4), ["EUR"], 1, S),
    ("442199", "Carved wooden masks and figures, new, Kenyan handicraft", "import", ["sea"], ["KE", "TZ"], (3, 6), (1000, 4000), ["USD"], 1, S),
    ("970191", "Contemporary oil paintings, signed, with gallery invoice", "import", ["air", "express"], ["US", "GB"], (200, 800), (2, 15), ["USD", "GBP"], 0.3, S),
    ("490199", "Printed facsimile editions of medieval manuscripts, new", "import", ["post", "express"], ["CH", "GB"], (60, 150), (1, 5), ["CHF", "GBP"], 0.5, S),
    ("680293", "Granite kerbs and paving slabs, new", "import", ["sea"], ["CN", "IN"], (0.15, 0.25), (24000, 26000), ["USD"], None, S),
    ("811212", "Beryllium-copper strip C17200, for connectors", "import", ["air", "sea"], ["US", "JP"], (30, 45), (500, 2000), ["USD"], None, S),
    ("851420", "Induction melting furnaces for dental casting, 0.5 kg", "import", ["sea"], ["CN", "KR"], (40, 70), (200, 800), ["USD"], 0.02, S),
    ("841989", "Stainless steel soap kettles, 500 l, new", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD", "EUR"], 0.005, S),
    ("010619", "Domestic rabbits, pedigree, with health certificate", "import", ["road"], ["CH", "RS"], (20, 40), (20, 100), ["EUR"], 0.5, S),
    ("440727", "Sapele sawn, FAS, FSC certified", "import", ["sea"], ["CM", "CG"], (0.9, 1.3), (20000, 26000), ["EUR"], None, S),
    ("640399", "Cowboy boots, cowhide, new", "import", ["sea"], ["MX", "US"], (40, 70), (1000, 3000), ["USD"], 0.5, S),
    # everyday trade
    ("080550", "Lemons, fresh", "import", ["sea", "road"], ["AR", "ZA", "TR"], (0.9, 1.4), (18000, 22000), ["USD", "EUR"], None, N),
    ("080410", "Dates, Medjool", "import", ["sea", "air"], ["IL", "TN", "MA"], (4, 7), (5000, 15000), ["USD", "EUR"], None, N),
    ("081040", "Blueberries, fresh", "import", ["air", "sea"], ["PE", "CL"], (5, 8), (5000, 15000), ["USD"], None, N),
    ("070920", "Asparagus, fresh", "import", ["air"], ["PE", "MX"], (3, 5), (3000, 10000), ["USD"], None, N),
    ("071220", "Dried onions, flakes", "import", ["sea"], ["IN", "EG"], (1.2, 1.8), (15000, 20000), ["USD"], None, N),
    ("080299", "Pecans, shelled", "import", ["sea"], ["US", "MX"], (9, 13), (10000, 18000), ["USD"], None, N),
    ("090411", "Black pepper, whole", "import", ["sea"], ["VN", "BR"], (4, 6), (12000, 20000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("110100", "Wheat flour, 25 kg bags", "export", ["sea"], ["LY", "AO"], (0.35, 0.5), (22000, 26000), ["EUR"], None, N),
    ("120190", "Soya beans, non-GM", "import", ["sea"], ["BR", "US"], (0.45, 0.6), (24000, 26000), ["USD"], None, N),
    ("150710", "Crude soya oil", "import", ["sea"], ["AR", "BR"], (0.9, 1.2), (22000, 25000), ["USD"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "TH", "MU"], (5, 8), (15000, 20000), ["USD"], None, N),
    ("030487", "Frozen tuna loins", "import", ["sea"], ["EC", "PH"], (7, 10), (15000, 20000), ["USD"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "UA"], (2.2, 3.0), (22000, 25000), ["USD", "EUR"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road", "sea"], ["CH", "US", "GB"], (9, 14), (8000, 18000), ["EUR"], None, N),
    ("180632", "Chocolate bars, retail", "export", ["road", "sea"], ["GB", "US"], (6, 10), (8000, 16000), ["EUR"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2.5, 3.5), (20000, 24000), ["USD"], None, N),
    ("220830", "Whisky, bottled", "import", ["sea"], ["GB", "US"], (12, 25), (10000, 18000), ["GBP", "USD"], 1.1, N),
    ("220410", "Sparkling wine, bottled", "export", ["road", "sea"], ["GB", "US", "CH"], (6, 14), (10000, 18000), ["EUR"], 1.1, N),
    ("090121", "Roasted coffee, retail bags", "import", ["post", "express"], ["US", "GB", "CH"], (25, 45), (1, 4), ["USD", "GBP", "CHF"], 4, N),
    ("210111", "Instant coffee, jars", "import", ["sea"], ["BR", "VN"], (9, 14), (10000, 18000), ["USD"], None, N),
    ("330300", "Perfumes, retail bottles", "import", ["post", "express"], ["AE", "US", "GB"], (80, 250), (1, 3), ["USD", "GBP"], 8, N),
    ("330420", "Eye make-up, retail", "import", ["air"], ["KR", "US"], (40, 80), (200, 1500), ["USD"], None, N),
    ("340290", "Laundry detergent, liquid, retail", "import", ["road"], ["TR", "RS"], (1.0, 1.6), (18000, 22000), ["EUR"], None, N),
    ("300450", "Vitamin tablets, retail bottles", "import", ["post", "express"], ["US", "GB"], (30, 60), (1, 4), ["USD", "GBP"], 3, N),
    ("392410", "Plastic kitchenware, food containers", "import", ["sea"], ["CN", "TR"], (2.5, 4), (5000, 10000), ["USD"], None, N),
    ("401120", "Truck tyres, radial, new", "import", ["sea"], ["TH", "VN"], (2.2, 3.0), (18000, 24000), ["USD"], 0.016, N),
    ("420222", "Handbags, textile, retail", "import", ["post", "express"], ["CN", "GB", "US"], (20, 60), (1, 3), ["USD", "GBP"], 2, N),
    ("420321", "Sports gloves, leather", "import", ["sea"], ["PK", "CN"], (15, 25), (2000, 6000), ["USD"], 4, N),
    ("441820", "Wooden doors, interior, new", "import", ["road"], ["PL", "UA"], (2, 3), (10000, 18000), ["EUR"], 0.05, N),
    ("442191", "Bamboo kitchen utensils", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 10, N),
    ("481910", "Corrugated cardboard boxes, flat", "import", ["road"], ["PL", "CZ"], (0.8, 1.2), (10000, 16000), ["EUR"], None, N),
    ("490300", "Children's picture books, new", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 3, N),
    ("510529", "Merino wool tops, combed", "import", ["sea"], ["AU", "ZA"], (9, 13), (15000, 20000), ["USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "TR", "KH"], (8, 12), (5000, 10000), ["USD"], 5, N),
    ("611020", "Cotton sweatshirts", "import", ["post", "express"], ["GB", "US", "TR"], (25, 50), (1, 3), ["GBP", "USD", "EUR"], 2, N),
    ("620342", "Men's cotton trousers", "import", ["sea"], ["BD", "PK"], (8, 14), (5000, 10000), ["USD"], 2.5, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN", "TR"], (6, 10), (8000, 16000), ["USD"], None, N),
    ("640299", "Rubber and plastic sandals", "import", ["sea"], ["CN", "VN"], (4, 8), (5000, 10000), ["USD"], 3, N),
    ("640391", "Leather hiking boots", "import", ["post", "express"], ["US", "GB", "CH"], (50, 120), (1, 4), ["USD", "GBP", "CHF"], 0.7, N),
    ("691200", "Ceramic mugs and bowls", "import", ["sea"], ["CN", "PT"], (1.5, 3), (8000, 14000), ["USD", "EUR"], 3, N),
    ("701349", "Glass tumblers and tableware", "import", ["sea"], ["TR", "CN"], (1.2, 2.2), (10000, 18000), ["USD", "EUR"], 4, N),
    ("721420", "Reinforcing bar, B500B", "import", ["sea"], ["TR", "EG"], (0.6, 0.8), (24000, 26000), ["USD"], None, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (5, 8), (5000, 10000), ["USD"], 1, N),
    ("761010", "Aluminium windows and door frames", "export", ["road"], ["CH", "NO"], (8, 12), (3000, 8000), ["EUR"], None, N),
    ("820559", "Garden hand tools", "import", ["sea"], ["CN", "IN"], (3, 5), (4000, 9000), ["USD"], 2, N),
    ("841451", "Table and floor fans", "import", ["sea"], ["CN"], (3, 5), (6000, 12000), ["USD"], 0.2, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "CN"], (3, 4.5), (10000, 16000), ["EUR", "USD"], 0.014, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN", "MY"], (12, 20), (4000, 9000), ["USD"], 0.5, N),
    ("850940", "Kitchen blenders and mixers", "import", ["sea"], ["CN"], (6, 10), (5000, 10000), ["USD"], 0.3, N),
    ("851713", "Smartphones, new", "import", ["air"], ["CN", "VN", "IN"], (400, 900), (200, 1500), ["USD"], 5, N),
    ("851821", "Bluetooth speakers", "import", ["post", "express"], ["CN", "US"], (30, 80), (1, 3), ["USD"], 1, N),
    ("852872", "LED televisions 55 inch, new", "import", ["sea"], ["CN", "MX", "TR"], (8, 12), (10000, 16000), ["USD", "EUR"], 0.05, N),
    ("870323", "New petrol passenger cars", "export", ["sea"], ["US", "AU", "JP"], (18, 30), (15000, 24000), ["EUR"], 0.0007, N),
    ("871200", "Bicycles, city", "import", ["sea"], ["TW", "KH", "BD"], (8, 14), (4000, 10000), ["USD"], 0.07, N),
    ("871495", "Bicycle parts, saddles and pedals", "import", ["post", "express"], ["TW", "GB", "US"], (20, 50), (1, 4), ["USD", "GBP"], 2, N),
    ("900311", "Spectacle frames, plastic", "import", ["air"], ["CN", "IT"], (100, 250), (50, 300), ["USD", "EUR"], 30, N),
    ("901812", "Ultrasound scanners, diagnostic, new", "import", ["air"], ["KR", "US", "JP"], (300, 700), (100, 800), ["USD"], 0.02, N),
    ("910212", "Smartwatches", "import", ["post", "express"], ["CN", "US"], (300, 700), (1, 2), ["USD"], 10, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea", "road"], ["VN", "PL"], (5, 8), (5000, 10000), ["USD", "EUR"], 0.15, N),
    ("940429", "Mattresses, pocket spring, new", "import", ["road"], ["PL", "TR"], (3, 5), (8000, 14000), ["EUR"], 0.04, N),
    ("950300", "Toys, building sets", "import", ["post", "express"], ["CN", "DK", "US"], (20, 50), (1, 4), ["USD", "EUR"], 1, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (5, 9), (3000, 8000), ["USD"], 2.5, N),
    ("960321", "Toothbrushes, retail", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 8000), ["USD"], 60, N),
    ("961310", "Pocket lighters, disposable", "import", ["sea"], ["CN"], (3, 5), (3000, 8000), ["USD"], 50, N),
    ("970290", "Original engraving, print, signed, framed", "import", ["post", "express"], ["US", "GB", "CH"], (100, 400), (1, 4), ["USD", "GBP", "CHF"], 0.5, N),
    ("490700", "Postage stamps, unused, philatelic", "import", ["post"], ["GB", "CH", "US"], (200, 600), (1, 1), ["GBP", "CHF", "USD"], None, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind16", 20281101, HERE)


if __name__ == "__main__":
    main()
