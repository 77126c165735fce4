#!/usr/bin/env python3
"""Writes the fifteenth blind set (tests/risk/data/blind15-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated September - October 2028, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-sixteen profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 to blind14, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. In the ordinary table, goods that
travel by post or express travel only so, with parcel masses, so that a private consignee
never receives tonnes. Ids are BL15-*:

    python3 tests/risk/data/make_blind15_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2028, 9, 1)
base.DAYS = 61  # 1 September to 31 October 2028
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "MA", [], "ES", "340290",
         "Desincrustante para lecheria, acido nitrico 68 %, garrafas 25 kg, 2 uds", "MA", 50, 2, 70, "EUR",
         "dairy CIP descalers are 1-3 % acid solutions bought by dairies; 50 kg of 68 % nitric acid (Annex I, "
         "limit 3 %) by express to a private person under a detergent code; Spanish wording",
         person("Sr. R. Ortega", "ES")),
        ("PRE-02", "import", "DEPOST01", "post", "US", [], "DE", "284700",
         "35% Food Grade Hydrogen Peroxide, 'oxygen therapy', 1 gal jugs, 6 pcs", "US", 27, 6, 180, "USD",
         "'35 % food grade' peroxide sold for drinking cures is 35 % H2O2 (Annex I, limit 12 %) to a private "
         "address; nearly 23 l by post", person("Herr M. Keller", "DE")),
        ("PRE-03", "import", "NLAIR01", "express", "US", [], "NL", "950699",
         "Binary exploding rifle targets, 1 lb kits (oxidizer + catalyst), 40 kits", "US", 20, 40, 320, "USD",
         "binary targets are ammonium nitrate with aluminium powder packed apart (Annex I and Annex II in one "
         "kit): 18 kg of AN and atomised aluminium to a private person under a sports-goods code",
         person("Dhr. J. Visser", "NL")),
        ("PRE-04", "import", "PTSEA01", "sea", "EG", [], "PT", "310221",
         "Sulfato de amonio granulado, N 34,4 %, big bags 1 t, 25 t", "EG", 25000, 25, 8700, "USD",
         "ammonium sulphate carries 21 % N and no more; 34.4 % N is ammonium nitrate (Annex I) under the "
         "sulphate subheading; Portuguese wording", firm("Agro Tejo Comercio Lda", "PT")),
        ("PRE-05", "import", "FRAIR01", "air", "CN", [], "FR", "902519",
         "Capteurs à fil, douille aluminium 7 mm, 2 fils 3 m, numéros de retard 1 à 20, 3 000 pcs", "CN", 150,
         3000, 1800, "USD",
         "no thermometer sensor carries delay numbers 1 to 20: aluminium shells with two leg wires and delay "
         "numbers are electric delay detonators; French wording",
         {"importer_name": "Sud Ouest Fournitures Industrielles", "importer_country": "FR"}),
        ("PRE-06", "import", "ITSEA01", "sea", "CN", [], "IT", "391220",
         "Nitrocellulosa per vernici, secca, azoto 13,4 %, fusti 50 kg, 40 pz", "CN", 2000, 40, 5200, "USD",
         "lacquer nitrocellulose has 10.7-12.2 % N and ships wetted with alcohol; dry NC at 13.4 % N is "
         "guncotton (a propellant and explosive) under the lacquer code; Italian wording",
         firm("Colorificio Brianza Srl", "IT")),
        ("PRE-07", "import", "ATPOST01", "post", "CH", [], "AT", "381090",
         "Thermit-Schweißset für Schienen, Portionen 1 kg, 15 St.", "CN", 15, 15, 90, "EUR",
         "thermite portions go to railway contractors; 15 portions by post to a private person, with a further "
         "item of 5 kg fine aluminium powder (Annex II) and magnesium ribbon, is not rail welding; German wording",
         {"consignee_name": "Privatperson", "importer_country": "AT",
          "_more_items": [item("760310", "Aluminiumpulver fein, 5 kg", "CN", 5, 40, "EUR"),
                          item("810490", "Magnesiumband, 25 m", "CN", 1, 8, "EUR")]}),
        ("PRE-08", "export", "ESSEA01", "sea", "ES", ["LB"], "GN", "310590",
         "Fertilizante NPK 34-0-0, granulado poroso, sacos 50 kg, 48 t", "ES", 48000, 960, 16000, "EUR",
         "an 'NPK' with no phosphorus and no potassium at 34 % N is porous ammonium nitrate under the compound "
         "fertiliser code, routed via Beirut to a buyer in Guinea; Spanish wording",
         {"importer_name": "Sahel Mines et Carrières SARL", "importer_country": "GN"}),
        ("PRE-09", "import", "PLROAD01", "road", "BY", [], "PL", "360350",
         "Zapalniki elektryczne do rakiet modelarskich, łuska aluminiowa 6,3 mm, ładunek PETN 0,8 g, 500 szt.",
         "CN", 4, 500, 260, "USD",
         "model-rocket igniters are a wire with a pyrogen bead; an aluminium shell with 0.8 g of PETN is a "
         "detonator declared as an igniter; Polish wording",
         person("Pan T. Zieliński", "PL")),
        ("PRE-10", "import", "FRAIR01", "express", "AE", [], "FR", "330610",
         "بيروكسيد الهيدروجين 50% لتبييض الأسنان، عبوات 25 لتر، 4 قطع", "AE", 110, 4, 240, "USD",
         "teeth-whitening gels are 6-35 % in syringes; 100 l of 50 % hydrogen peroxide (Annex I) under the "
         "dental-preparation code to a private person; Arabic wording", person("M. K. Benali", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "NLAIR01", "air", "NL", [], "NG", "850760",
         "Cylindrical Li-ion cells 18650, new, loose in drums, 40,000 pcs", "NL", 1900, 40000, 2400, "EUR",
         "new 18650 cells cost 1-3 EUR each and ship in trays with UN 38.3 papers; loose cells in drums at "
         "0.06 EUR each are cells harvested from spent laptop packs (hazardous e-waste)",
         {"importer_name": "Lagos Power Cells Ltd", "importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "BD", "890190",
         "General cargo vessel 'for further trading', built 1996, 8,400 LDT, single voyage", "NL", 8400000, 1,
         4620000, "USD",
         "a 32-year-old ship sold at 550 USD per light tonne on a last voyage to Chattogram is sold for breaking "
         "(hazardous waste under Basel), not for trading",
         {"importer_name": "Sea Horizon Shipping Inc.", "importer_country": "BD"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "MY", "570331",
         "Kunstgras, gebruikt, rollen met rubberinfill, 22 t", "NL", 22000, None, 220, "EUR",
         "second-hand turf at 0.01 EUR/kg with its rubber infill still in is a plastic waste (Basel Y48) from "
         "sports-field replacement, not a product; Dutch wording",
         {"importer_name": "Klang Green Materials Sdn Bhd", "importer_country": "MY"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "NG", "850440",
         "UPS systems, used, working, with batteries, mixed brands, 1,100 pcs", "BE", 16500, 1100, 2200, "EUR",
         "working UPS units sell for 50-200 EUR; 2 EUR a piece by weight, untested, with their lead-acid "
         "batteries inside, is e-waste and battery waste sent for dismantling",
         {"importer_name": "Onitsha Electricals Ventures", "importer_country": "NG"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TR", "390750",
         "Resina alchidica fuori specifica, nera, viscosa, fusti misti di vari colori, 80 fusti", "IT", 16000, 80,
         320, "EUR",
         "alkyd resin is sold by colour at 2-3 EUR/kg; black mixed drums at 0.02 EUR/kg are solvent-distillation "
         "bottoms (hazardous waste) under a resin code; Italian wording",
         {"importer_name": "Gebze Kimya Geri Kazanım", "importer_country": "TR"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "CD", "300490",
         "Médicaments divers, don humanitaire, date de péremption 2026-2027, 6 t", "BE", 6000, None, 600, "EUR",
         "medicines that expired before shipment are pharmaceutical waste (Basel Y3), not aid; French wording",
         {"importer_name": "Association Santé pour Tous Kinshasa", "importer_country": "CD",
          "_more_items": [item("901890", "Matériel médical d'occasion, pompes et moniteurs, non testés, 2 t", "BE",
                               2000, 200, "EUR")]}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "VN", "391530",
         "PVC-Regranulat aus Kabelzerlegung, mit Kupferresten, 24 t", "DE", 24000, None, 720, "EUR",
         "granulated cable insulation with copper fines and plasticisers at 0.03 EUR/kg is mixed cable waste "
         "(Basel A1190), not PVC regrind; German wording",
         {"importer_name": "Hai Phong Plastic Recycling JSC", "importer_country": "VN"}),
        ("WST-08", "export", "DEAIR01", "air", "DE", [], "HK", "851713",
         "Mobile phones, used, grade C, mixed brands, sold by weight, 1,200 kg", "DE", 1200, None, 960, "EUR",
         "phones sold by the kilogram at 0.8 EUR/kg, untested and ungraded by unit, are broken handsets for "
         "dismantling (e-waste), not second-hand phones",
         {"importer_name": "Sino Bright Trading HK", "importer_country": "HK"}),
        ("WST-09", "export", "PLRAIL01", "rail", "PL", [], "UA", "681182",
         "Płyty faliste włóknisto-cementowe, używane, z demontażu dachów z lat 70., 20 t", "PL", 20000, None, 400,
         "EUR",
         "fibre-cement sheets from 1970s roofs contain asbestos (hazardous waste A2050); used sheets at "
         "0.02 EUR/kg from demolition; Polish wording",
         {"importer_name": "TOV Budmaterialy Volyn", "importer_country": "UA"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "IN", "391590",
         "PU foam regrind from refrigerator recycling, for carpet underlay, 18 t", "ES", 18000, None, 540, "EUR",
         "PU foam from shredded old fridges still holds CFC-11 blowing agent: it must be destroyed, not "
         "exported as regrind (hazardous waste, ozone-depleting)",
         {"importer_name": "Surat Foam Industries Pvt Ltd", "importer_country": "IN"}),
    ],
    "ozone": [
        ("ODS-01", "import", "PLROAD01", "road", "TR", [], "PL", "381300",
         "Uszczelniacz klimatyzacji samochodowej z barwnikiem UV, puszki 600 g R-134a, 2 000 szt.", "TR", 1200,
         2000, 4800, "EUR",
         "a 'leak stop' can holding 600 g of R-134a is a non-refillable HFC container (banned) and 1.2 t of HFC "
         "outside quota under an extinguisher-charge code; Polish wording",
         firm("Auto-Klima Hurt Sp. z o.o.", "PL")),
        ("ODS-02", "import", "ROROAD01", "road", "TR", [], "RO", "290342",
         "Difluoromethane, laboratory reagent, 9 kg cylinders, 500 pcs", "CN", 4500, 500, 27000, "USD",
         "laboratories buy difluoromethane in grams; 500 cylinders of HFC-32 to a trading firm is refrigerant "
         "without a quota", {"importer_name": "Eurolab Trade Import SRL", "importer_country": "RO"}),
        ("ODS-03", "import", "ESSEA01", "sea", "CN", [], "ES", "290371",
         "Gas refrigerante recuperado R-22, certificado, botellas nuevas 13,6 kg, 1 200 uds", "CN", 16300, 1200,
         48000, "USD",
         "HCFC-22 may not be placed on the EU market in any form; 'reclaimed' gas from China in new cylinders "
         "at a virgin price is production; Spanish wording", firm("Frío Industrial Levante SL", "ES")),
        ("ODS-04", "import", "GRSEA01", "sea", "TR", [], "GR", "290378",
         "Хладон 114В2, огнетушащее вещество, баллоны 40 л, 60 шт.", "RU", 3000, 60, 15000, "USD",
         "khladon 114V2 is halon 2402 (Annex I), a Russian-made halon, to a Greek firm without a critical-use "
         "licence; Russian wording", firm("Aegean Marine Safety EPE", "GR")),
        ("ODS-05", "import", "ITSEA01", "sea", "CN", [], "IT", "290379",
         "Agente espandente HCFO-1233zd(E), fusti 250 kg, 40 pz", "CN", 10000, 40, 28000, "USD",
         "HCFO-1233zd sells near 15 USD/kg; 2.8 USD/kg is the price of CFC-11, the foam blowing agent it is "
         "declared as; Italian wording", firm("Poliuretani Veneto Srl", "IT")),
        ("ODS-06", "import", "FRROAD01", "road", "MA", [], "FR", "290361",
         "Produit de fumigation pour fraises, bromure de méthyle 98 %, bouteilles 50 kg, 40 pcs", "MA", 2000, 40,
         9000, "EUR",
         "methyl bromide (Annex I) is banned for soil fumigation; named outright but declared without an ODS "
         "licence for a strawberry grower; French wording",
         firm("Primeurs du Roussillon SARL", "FR")),
        ("ODS-07", "import", "DEROAD01", "road", "TR", [], "DE", "280440",
         "Stickstoff technisch, Einwegflaschen 12,3 l, 10,9 kg netto, 600 St.", "CN", 6540, 600, 21000, "EUR",
         "nitrogen comes in refillable high-pressure cylinders; 10.9 kg in a disposable 12.3 l bottle is the "
         "fill of an R-404A throwaway cylinder (HFC, and a banned container); German wording",
         {"importer_name": "Kältehandel Ruhr GmbH", "importer_country": "DE"}),
        ("ODS-08", "import", "ITSEA01", "sea", "CN", [], "IT", "271112",
         "GPL propano-butano, ISO-tank, 18 t", "CN", 18000, None, 108000, "USD",
         "LPG sells near 0.6 USD/kg and is not shipped from China to Italy; 6 USD/kg in an ISO tank is an HFC "
         "blend (R-410A) at its price; Italian wording",
         {"importer_name": "Gas Tecnici Adriatico Srl", "importer_country": "IT"}),
        ("ODS-09", "import", "PTSEA01", "sea", "CN", [], "PT", "841451",
         "Ventiladores monobloco, com compressor e condensador, carga R-410A 1,2 kg, 400 uds", "CN", 16000, 400,
         52000, "USD",
         "a 'fan' with a compressor, a condenser and a 1.2 kg R-410A charge is a pre-charged air conditioner "
         "(0.5 t of HFC); Portuguese wording", firm("Climaporto Lda", "PT")),
        ("ODS-10", "import", "NLSEA01", "sea", "CN", [], "NL", "842410",
         "Clean agent fire extinguishers FE-36, 6 kg, 800 pcs", "CN", 7200, 800, 36000, "USD",
         "FE-36 is HFC-236fa: 4.8 t of HFC in extinguishers placed on the market without quota or licence",
         {"importer_name": "Brandveilig Groothandel BV", "importer_country": "NL"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "RS", [], "DE", "711890",
         "Alte Münzen ungereinigt, Lot 2 kg, ca. 900 St.", "RS", 2, 900, 40, "EUR",
         "'uncleaned' ancient coins by the kilo from the Balkans are fresh detector finds (Roman bronze, "
         "numismatic, over 100 years) declared as coin metal; German wording",
         person("Herr S. Brandt", "DE")),
        ("CUL-02", "import", "DEAIR01", "air", "AE", [], "DE", "970191",
         "Portrait of a young man, encaustic on cedar panel, Egypt, 20th century, 1 pc", "EG", 3, 1, 900, "USD",
         "encaustic on a cedar panel from Egypt is the technique of a Fayum mummy portrait (Roman period); a "
         "modern painting is not painted in wax on cedar", {"importer_name": "Galerie Orient Berlin",
                                                            "importer_country": "DE"}),
        ("CUL-03", "import", "GBAIR01", "air", "JO", [], "GB", "691390",
         "Decorative ceramic bowls with ink writing inside, spiral text, 12 pcs", "JO", 10, 12, 300, "USD",
         "a spiral ink text inside a clay bowl is an Aramaic incantation bowl (Sasanian Mesopotamia), a Red "
         "List type from Iraq", person("Mr A. Haddad", "GB")),
        ("CUL-04", "import", "BGROAD01", "road", "TR", [], "BG", "680291",
         "Garden stones, marble, carved with Arabic writing, used, 14 pcs", "SY", 2800, 14, 700, "EUR",
         "carved marble slabs with Arabic calligraphy that are 'used' are Ottoman tombstones taken from "
         "cemeteries, origin Syria", {"importer_name": "Stone Art Plovdiv EOOD", "importer_country": "BG"}),
        ("CUL-05", "import", "ESAIR01", "express", "PE", [], "ES", "691390",
         "Cerámica artesanal, huacos decorativos, con tierra adherida, 6 uds", "PE", 9, 6, 120, "USD",
         "new craft pottery is not packed with soil still on it: earth-encrusted huacos are excavated "
         "pre-Columbian vessels, sent with textile 'remnants' that are burial cloth; Spanish wording",
         {"consignee_name": "Sr. L. Navarro", "importer_country": "ES",
          "_more_items": [item("631090", "Retazos de tela antigua, 1 kg", "PE", 1, 20, "USD")]}),
        ("CUL-06", "import", "BEAIR01", "air", "NP", [], "BE", "442199",
         "雕花木板，旧，带彩绘痕迹，西藏风格，4块", "NP", 24, 4, 400, "USD",
         "old carved boards with pigment traces from Nepal are Tibetan manuscript covers taken from monasteries; "
         "Chinese wording", person("Mme L. Wouters", "BE")),
        ("CUL-07", "import", "NLAIR01", "air", "LB", [], "NL", "680291",
         "Limestone relief, bust with inscription, garden decoration, 1 pc", "LB", 45, 1, 350, "USD",
         "a limestone bust with an inscription from Lebanon is a Palmyrene funerary relief (Syria, Red List), "
         "declared as garden decoration", {"importer_name": "Antiek & Interieur Den Haag",
                                           "importer_country": "NL"}),
        ("CUL-08", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Ceramica decorativa, vaso dipinto a figure rosse, con concrezioni calcaree, 1 pz", "IT", 3, 1, 150,
         "EUR",
         "lime concretions on a red-figure vase are the mark of burial: an Etruscan or Apulian vase leaving Italy "
         "for Switzerland without an export certificate; Italian wording",
         {"importer_name": "Kunsthandel Lugano SA", "importer_country": "CH"}),
        ("CUL-09", "import", "PTAIR01", "air", "BO", [], "PT", "442199",
         "Imagens de santos, madeira policromada, século XVIII, decorativas, 5 uds", "BO", 30, 5, 500, "USD",
         "18th-century polychrome saints from Bolivia are colonial church property under an export ban; "
         "declared as decorative wood at 100 USD each; Portuguese wording",
         person("Sr. P. Antunes", "PT")),
        ("CUL-10", "import", "NLAIR01", "air", "AE", [], "NL", "490199",
         "مصحف مخطوط على رق، خط كوفي، كتاب مطبوع، 1", "YE", 2, 1, 200, "USD",
         "a Qur'an in Kufic script on parchment is an early manuscript (Yemen), declared as a printed book; "
         "Arabic wording", person("Dhr. O. El Amrani", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["LB"], "SY", "281217",
         "Thionyl chloride 99 %, chlorinating agent for battery electrolyte, 16 t", "DE", 16000, None, 22000,
         "EUR",
         "thionyl chloride is an Australia Group (Schedule 3) chemical and Syria is under embargo; no "
         "Syrian battery maker buys 16 t", {"importer_name": "Damascus Chemicals Trading", "importer_country": "SY"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "AE", "290519",
         "3,3-Dimethyl-2-butanol, fragrance intermediate, 200 kg", "DE", 200, None, 9000, "EUR",
         "3,3-dimethyl-2-butanol is pinacolyl alcohol (CWC Schedule 2, the soman alcohol); consignee in "
         "Tehran through Dubai",
         {"importer_name": "Pars Aroma Co., Tehran", "importer_country": "IR", "consignee_name": "Pars Aroma Co., Tehran"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["TR"], "GE", "853710",
         "CNC-Steuerungen, 5-Achs-Simultan, Handbücher russisch, 12 St.", "DE", 360, 12, 180000, "EUR",
         "5-axis simultaneous controls are dual-use, and Russian manuals for a Georgian buyer point to re-export "
         "to Russia; German wording", {"importer_name": "Kavkaz Machinery LLC", "importer_country": "GE"}),
        ("STR-04", "export", "DEAIR01", "express", "DE", [], "KZ", "900580",
         "Hunting monoculars, thermal, with Picatinny mount and reticle, 20 pcs", "CN", 30, 20, 36000, "EUR",
         "a thermal 'monocular' with a weapon mount and a reticle is a thermal weapon sight, sent to Almaty, a "
         "known route to Russia", {"importer_name": "Steppe Outdoor TOO", "importer_country": "KZ"}),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AE", "902620",
         "Drucksensoren, Membran Inconel, Messbereich 0-13 kPa, 50 St.", "DE", 25, 50, 40000, "EUR",
         "corrosion-resistant low-pressure transducers (Inconel membrane, 0-13 kPa) are the UF6 sensor type on "
         "nuclear dual-use lists, to a Dubai trader; German wording",
         {"importer_name": "Gulf Instrumentation FZE", "importer_country": "AE"}),
        ("STR-06", "import", "ITSEA01", "sea", "TR", [], "IT", "760110",
         "Alluminio grezzo P1020A, lingotti, marchio SAAZ, origine India, 500 t", "IN", 500000, None, 1150000, "USD",
         "SAAZ is the Sayanogorsk smelter's brand: Russian aluminium under the EU ban, declared Indian and "
         "shipped through Mersin; Italian wording", firm("Metalli Padana SpA", "IT")),
        ("STR-07", "import", "BEAIR01", "air", "AE", [], "BE", "710239",
         "Diamanten, nicht industriell, geschliffen, Ursprung AE, 1,200 ct", "AE", 1, 1200, 1800000, "USD",
         "the UAE mines no diamonds: 1,200 ct 'of UAE origin' without G7 traceability are Russian stones cut "
         "abroad; German wording", firm("Diamant Anvers Trading BV", "BE")),
        ("STR-08", "export", "ESSEA01", "sea", "ES", ["EG"], "SD", "283711",
         "Cianuro sódico 98 %, briquetas, para galvanoplastia, 20 t", "ES", 20000, None, 48000, "EUR",
         "electroplating uses sodium cyanide by the kilo; 20 t of an Australia Group chemical to Sudan (arms "
         "embargo, artisanal gold) is not plating; Spanish wording",
         {"importer_name": "Khartoum Metal Finishing Co.", "importer_country": "SD"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "LB", "282619",
         "بيفلوريد الأمونيوم 98% لتخريم الزجاج، أكياس 25 كغ، 10 طن", "NL", 10000, 400, 21000, "EUR",
         "glass frosting creams hold a few per cent of bifluoride; 10 t of 98 % ammonium bifluoride (Australia "
         "Group) to Lebanon; Arabic wording",
         {"importer_name": "Bekaa Glass Industries SAL", "importer_country": "LB"}),
        ("STR-10", "import", "DEPOST01", "post", "US", [], "DE", "761699",
         "Aluminiumteil gefräst, 7075-T6, '80 %', 3 St.", "US", 1, 3, 300, "USD",
         "an '80 %' milled 7075 block is an unfinished AR-15 lower receiver (an essential firearm component) "
         "by post to a private person, with the drilling jig that finishes it; German wording",
         {"consignee_name": "Herr D. Fischer", "importer_country": "DE",
          "_more_items": [item("820750", "Bohrschablone für Frästeil, 1 St.", "US", 1, 90, "USD")]}),
    ],
    "wildlife": [
        ("WLD-01", "export", "ESAIR01", "air", "ES", [], "HK", "030119",
         "Alevines de peces ornamentales transparentes, cajas con oxígeno, 120 kg", "ES", 120, None, 150000,
         "EUR",
         "120 kg of 'transparent fry' from Spain at 1,250 EUR/kg to Hong Kong are glass eels (Anguilla "
         "anguilla, Appendix II, no EU export); Spanish wording",
         {"importer_name": "Kowloon Aquatic Ltd", "importer_country": "HK"}),
        ("WLD-02", "transit", "NLAIR01", "air", "MX", ["NL"], "HK", "030572",
         "Buche de pescado seco, corvina, piezas grandes, 12 kg", "MX", 12, 14, 240000, "USD",
         "dried croaker maw from Mexico at 20,000 USD/kg in pieces near 1 kg is totoaba swim bladder "
         "(Appendix I); Spanish wording", {"importer_name": "Hoi Fung Dried Seafood", "importer_country": "HK"}),
        ("WLD-03", "import", "DEPOST01", "post", "MX", [], "DE", "010649",
         "Futtertiere lebend, Vogelspinnen-Jungtiere 'Brachypelma', 50 Dosen", "MX", 1, 50, 100, "USD",
         "feeder insects are crickets by the box, not 50 single vials: Brachypelma tarantulas are Appendix II, "
         "wild-caught in Mexico; German wording", person("Privatperson", "DE")),
        ("WLD-04", "import", "GBPOST01", "post", "US", [], "GB", "392690",
         "Resin scrimshaw, engraved whale tooth replicas, antique style, 12 pcs", "US", 3, 12, 1800, "USD",
         "resin replicas sell for 20 USD, not 150; a 250 g engraved 'tooth' is sperm whale ivory (Appendix I)",
         person("Mr G. Hughes", "GB")),
        ("WLD-05", "import", "DEPOST01", "post", "CN", [], "DE", "220890",
         "虎骨酒，草本药酒，500 ml x 12瓶", "CN", 7, 12, 360, "USD",
         "虎骨酒 is tiger-bone wine (Panthera tigris, Appendix I) as a 'herbal liquor'; Chinese wording",
         person("Herr J. Liu", "DE")),
        ("WLD-06", "import", "FRSEA01", "sea", "GA", [], "FR", "440839",
         "Placage okoumé tranché, densité 850 kg/m3, 24 m3", "GA", 20400, None, 61000, "EUR",
         "okoumé weighs about 430 kg/m3; veneer at 850 kg/m3 and 3 EUR/kg is bubinga (Guibourtia, Appendix II) "
         "under the okoumé name; French wording", firm("Placages Atlantique SAS", "FR")),
        ("WLD-07", "import", "NLSEA01", "sea", "PH", [], "NL", "050800",
         "Schelpen decoratie, Tridacna, gepolijst, 40 kg", "PH", 40, 60, 900, "USD",
         "Tridacna giant clam shells are Appendix II; the Philippines ban their export; Dutch wording",
         firm("Zee & Strand Decor BV", "NL")),
        ("WLD-08", "import", "DEAIR01", "express", "ID", [], "DE", "050510",
         "Dekorative Federbälge, Paradiesvogel, 6 St.", "ID", 1, 6, 600, "USD",
         "whole skins of birds of paradise (Paradisaeidae, Appendix II) as decorative feathers, without a "
         "permit; German wording", person("Herr R. Lange", "DE")),
        ("WLD-09", "import", "NLPOST01", "post", "CN", [], "NL", "121190",
         "石斛枫斗，干品，500 g x 6", "CN", 3, 6, 240, "USD",
         "石斛 (shi hu, Dendrobium) dried stems are Appendix II orchids, wild-harvested for medicine; Chinese "
         "wording", person("Mw. H. Lin", "NL")),
        ("WLD-10", "import", "PTSEA01", "sea", "GM", [], "PT", "440349",
         "Madeira de padauk em toros, 'Pterocarpus soyauxii', 60 m3", "GM", 54000, None, 30000, "USD",
         "African padauk grows in Central Africa, not in the Gambia: rosewood logs from the Gambia are kosso "
         "(Pterocarpus erinaceus, Appendix II, export suspended); Portuguese wording",
         firm("Madeiras do Sado Lda", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "CN", "DE", "282990",
     "Potassium perchlorate 99 %, for a licensed fireworks manufacturer, 5 t", "CN", 5000, None, 11000, "USD",
     [("PRECURSOR_LICENCE", "DE-BAM-28-0514")], "perchlorate to a licensed pyrotechnics maker"),
    ("PRM-02", "precursors", "import", "SESEA01", "sea", "NO", "SE", "280800",
     "Nitric acid 68 %, for a stainless-steel pickling line, ISO tank 20 t", "NO", 20000, None, 8000, "EUR",
     [("PRECURSOR_LICENCE", "SE-KEMI-28-0122")], "nitric acid to a steel mill, licensed"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "NO", "DE", "854912",
     "Spent Li-ion EV battery modules, discharged, for hydrometallurgical recycling, 18 t", "NO", 18000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-UBA-28-0633")], "notified EV battery waste to a recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "391590",
     "PU foam fraction from refrigerator recycling, containing CFC-11, for high-temperature incineration, 12 t",
     "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-LfU-28-0802")],
     "notified CFC foam to a destruction plant"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "CN", "ES", "290342",
     "Difluoromethane (R-32) refrigerant, refillable cylinders 40 l, 200 pcs", "CN", 8000, 200, 36000, "USD",
     [("FGAS_QUOTA", "ES-MITECO-FG-28-0231")], "R-32 within the importer's quota"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "IL", "NL", "290361",
     "Methyl bromide 99.4 %, for quarantine and pre-shipment fumigation, cylinders, 20 pcs", "IL", 1000, 20,
     6000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-28-0014")], "QPS methyl bromide to a licensed fumigator"),
    ("PRM-07", "cultural", "export", "GBAIR01", "air", "GB", "US", "970510",
     "Aramaic incantation bowl, Sasanian, ex-collection since 1965, published, 1 pc", "IQ", 2, 1, 18000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-28-0417")], "an old-collection bowl with its export licence"),
    ("PRM-08", "cultural", "export", "PTAIR01", "air", "PT", "BR", "442199",
     "Polychrome wooden saint, Portuguese, 18th century, with provenance, 1 pc", "PT", 15, 1, 22000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-28-0093")], "an 18th-century saint with its certificate"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "CH", "281217",
     "Thionyl chloride 99 %, for API synthesis, ISO tank 15 t", "DE", 15000, None, 21000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-28-3320"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-28-0144")],
     "AG chemical to a Swiss pharmaceutical plant under licence"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "JP", "853710",
     "CNC controls, 5-axis simultaneous, for machine-tool builder, 10 pcs", "DE", 300, 10, 150000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-28-3351"), ("END_USER_CERTIFICATE", "JP-METI-EUC-28-0188")],
     "5-axis controls to a Japanese machine builder under licence"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440839",
     "Bubinga (Guibourtia tessmannii) sliced veneer, legal origin, 15 m3", "CM", 12750, None, 52000, "EUR",
     [("CITES_PERMIT", "CM-CITES-28-0417")], "bubinga veneer with its Appendix II export permit"),
    ("PRM-12", "wildlife", "import", "DEPOST01", "post", "GB", "DE", "010649",
     "Brachypelma hamorii spiderlings, captive-bred, 10 vials", "GB", 1, 10, 150, "GBP",
     [("CITES_PERMIT", "GB-CITES-28-0530")], "captive-bred tarantulas with a CITES permit, to a keeper"),
]

CONSIGNEES = {
    "PRM-01": "Pyrotechnik Lausitz GmbH", "PRM-02": "Outokumpu Avesta AB", "PRM-03": "Recylith Salzgitter GmbH",
    "PRM-04": "Sonderabfall Entsorgung Bayern GmbH", "PRM-05": "Frigoríficos del Ebro SL",
    "PRM-06": "Rotterdam Fumigation Services BV", "PRM-07": "Mr D. Goldberg", "PRM-09": "Lonza Visp AG",
    "PRM-10": "Mazak Oguchi Works KK", "PRM-11": "Tranchage du Rhône SAS", "PRM-12": "Herr T. Krüger",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Rows that travel by post or express have parcel masses and no other mode.
base.GOODS = [
    # sensitive-looking lawful trade (36 rows)
    ("390110", "LDPE film grade, prime, 25 kg bags", "import", ["sea"], ["SA", "QA"], (1.2, 1.5), (20000, 24000), ["USD"], None, S),
    ("390330", "ABS natural pellets, prime, injection grade", "import", ["sea"], ["KR", "TW"], (1.6, 2.0), (18000, 22000), ["USD"], None, S),
    ("390422", "Plasticised PVC compound, prime, for cable sheathing", "import", ["road"], ["TR"], (1.4, 1.8), (18000, 22000), ["EUR"], None, S),
    ("390810", "Polyamide 66 chips, prime, natural", "import", ["sea"], ["CN", "US"], (2.5, 3.5), (15000, 20000), ["USD"], None, S),
    ("851762", "Refurbished network switches, tested, with test reports and warranty", "import", ["air"], ["US", "GB"], (60, 120), (100, 800), ["USD", "GBP"], 0.2, S),
    ("850760", "Li-ion cells 18650, new, in trays, UN 38.3 test summary", "import", ["sea"], ["CN", "KR"], (15, 25), (3000, 8000), ["USD"], 20, S),
    ("847150", "Refurbished desktop PCs for a school programme, data-wipe certificates", "export", ["sea"], ["GH", "KE"], (8, 15), (3000, 8000), ["EUR"], 0.1, S),
    ("340290", "Acid CIP cleaner for dairies, nitric/phosphoric below 3 %, 25 l cans", "import", ["road"], ["CH"], (1.2, 2.0), (5000, 12000), ["EUR"], 0.04, S),
    ("284700", "Hydrogen peroxide 35 %, for aseptic packaging, IBC, to a dairy", "import", ["sea"], ["TR"], (0.6, 0.9), (15000, 20000), ["EUR"], None, S),
    ("210690", "Magnesium citrate capsules, supplement, retail", "import", ["post"], ["US", "GB"], (20, 40), (1, 4), ["USD", "GBP"], 5, S),
    ("310221", "Ammonium sulphate 21 % N, crystalline", "import", ["sea"], ["CN", "JO"], (0.15, 0.25), (22000, 26000), ["USD"], None, S),
    ("360350", "Model-rocket igniters, pyrogen bead, retail packs", "import", ["express"], ["US"], (50, 100), (1, 3), ["USD"], 100, S),
    ("391220", "Nitrocellulose lacquer grade, wetted with 30 % isopropanol, UN 2556", "import", ["sea"], ["CN", "KR"], (3, 4), (8000, 14000), ["USD"], None, S),
    ("381090", "Thermite welding portions for rail, to a railway contractor", "export", ["road"], ["NO", "CH"], (6, 10), (1000, 4000), ["EUR"], 0.1, S),
    ("281121", "Carbon dioxide R-744, refrigerant grade, cylinders", "import", ["road"], ["CH"], (1.0, 2.0), (3000, 8000), ["EUR"], None, S),
    ("841510", "Monobloc air conditioners R-290, new, CE", "import", ["sea"], ["CN"], (8, 12), (8000, 14000), ["USD"], 0.03, S),
    ("841440", "Refrigerant recovery machines, new", "import", ["sea"], ["CN", "US"], (15, 25), (1000, 3000), ["USD"], 0.08, S),
    ("842410", "Fire extinguishers, CO2 5 kg, new", "import", ["road"], ["TR"], (5, 8), (5000, 12000), ["EUR"], 0.07, S),
    ("290219", "Cyclopentane 95 %, blowing agent for fridge insulation", "import", ["sea"], ["KR", "JP"], (1.2, 1.6), (14000, 18000), ["USD"], None, S),
    ("491191", "Reproduction Fayum-style portraits printed on wood, museum shop", "import", ["post"], ["GB"], (30, 60), (1, 3), ["GBP"], 2, S),
    ("711719", "Replica Roman coins marked COPY, museum shop sets", "import", ["post"], ["GB", "US"], (30, 80), (1, 2), ["GBP", "USD"], 40, S),
    ("691390", "Hand-painted Talavera ceramics, new", "import", ["sea"], ["MX"], (3, 6), (3000, 8000), ["USD"], 1, S),
    ("970191", "Contemporary Arabic calligraphy on paper, signed, artist invoice", "import", ["express"], ["AE", "MA"], (200, 600), (1, 3), ["USD", "EUR"], 1, S),
    ("490199", "Second-hand books, 20th-century editions", "import", ["post"], ["GB", "US"], (8, 20), (2, 8), ["GBP", "USD"], 2, S),
    ("281217", "Thionyl chloride, for an EU pharmaceutical plant", "import", ["sea"], ["CN", "IN"], (1.2, 1.8), (14000, 18000), ["USD"], None, S),
    ("283711", "Sodium cyanide briquettes, for a Finnish gold mine", "import", ["sea"], ["KR", "US"], (2.2, 3.0), (18000, 22000), ["USD"], None, S),
    ("760110", "Aluminium ingots P1020, origin India, mill certificate", "import", ["sea"], ["IN", "AE"], (2.3, 2.7), (20000, 25000), ["USD"], None, S),
    ("901310", "Daylight rifle scopes 3-12x, hunting", "import", ["air"], ["JP", "US"], (150, 300), (50, 300), ["USD"], 1.5, S),
    ("902620", "Pressure transmitters, stainless, 0-10 bar, industrial", "import", ["sea"], ["CN", "KR"], (40, 80), (500, 2000), ["USD"], 2, S),
    ("160417", "Grilled eel kabayaki, farmed Anguilla japonica, frozen", "import", ["sea"], ["CN", "TW"], (15, 22), (8000, 14000), ["USD"], None, S),
    ("030111", "Live ornamental fish, Corydoras, captive-bred", "import", ["air"], ["SG", "CO"], (40, 80), (30, 200), ["USD"], 60, S),
    ("030829", "Dried sea cucumbers, farmed Apostichopus japonicus", "import", ["air"], ["CN", "KR"], (80, 150), (100, 500), ["USD"], None, S),
    ("441231", "Okoumé plywood, FSC certified", "import", ["sea"], ["GA"], (0.7, 1.0), (20000, 24000), ["EUR"], None, S),
    ("060290", "Potted Dendrobium orchids, nursery-propagated", "import", ["air"], ["TW", "TH"], (8, 15), (200, 1000), ["USD"], 8, S),
    ("960629", "Tagua nut buttons (vegetable ivory)", "import", ["sea"], ["EC"], (20, 40), (500, 2000), ["USD"], 800, S),
    ("570331", "Artificial turf, new, rolls, for sports fields", "import", ["sea"], ["CN"], (2.0, 3.5), (15000, 20000), ["USD"], None, S),
    # everyday trade
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.6, 1.0), (20000, 24000), ["USD", "EUR"], None, N),
    ("080540", "Grapefruit, fresh", "import", ["sea"], ["ZA", "TR"], (0.7, 1.1), (18000, 22000), ["USD"], None, N),
    ("081010", "Strawberries, fresh", "import", ["road"], ["MA"], (2.5, 4.0), (10000, 16000), ["EUR"], None, N),
    ("070310", "Onions, fresh", "export", ["sea", "road"], ["SN", "CI", "GB"], (0.25, 0.4), (22000, 26000), ["EUR"], None, N),
    ("071010", "Frozen potatoes, chips", "export", ["sea"], ["SA", "BR"], (0.8, 1.1), (20000, 24000), ["EUR"], None, N),
    ("080131", "Cashew nuts, in shell", "import", ["sea"], ["CI", "GH"], (1.2, 1.6), (20000, 25000), ["USD"], None, N),
    ("080212", "Almonds, shelled", "import", ["sea"], ["US", "AU"], (5, 7), (18000, 20000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("090411", "Black pepper, whole", "import", ["sea"], ["VN", "BR"], (3.5, 5), (15000, 20000), ["USD"], None, N),
    ("100199", "Wheat, milling quality", "export", ["sea"], ["EG", "MA", "DZ"], (0.22, 0.28), (22000, 26000), ["EUR"], None, N),
    ("110100", "Wheat flour", "export", ["sea"], ["LY", "SN"], (0.35, 0.5), (22000, 26000), ["EUR"], None, N),
    ("120190", "Soya beans", "import", ["sea"], ["BR", "US"], (0.4, 0.5), (22000, 26000), ["USD"], None, N),
    ("151211", "Crude sunflower oil", "import", ["sea"], ["UA", "AR"], (0.9, 1.2), (20000, 24000), ["USD"], None, N),
    ("160414", "Canned tuna", "import", ["sea"], ["EC", "TH", "MU"], (4, 6), (15000, 20000), ["USD"], None, N),
    ("030344", "Frozen bigeye tuna", "import", ["sea"], ["KR", "TW"], (5, 8), (15000, 20000), ["USD"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road", "sea"], ["CH", "US"], (9, 14), (8000, 16000), ["EUR"], None, N),
    ("190531", "Sweet biscuits, retail packs", "export", ["road"], ["GB", "CH", "NO"], (2.5, 4), (10000, 18000), ["EUR"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (1.8, 2.6), (20000, 24000), ["USD"], None, N),
    ("210111", "Instant coffee", "import", ["sea"], ["BR", "VN"], (10, 15), (10000, 18000), ["USD"], None, N),
    ("220830", "Whisky, bottled", "import", ["sea"], ["GB"], (8, 20), (10000, 18000), ["GBP"], 1.1, N),
    ("090121", "Roasted coffee beans, specialty, retail bags", "import", ["post"], ["US", "GB"], (30, 50), (1, 3), ["USD", "GBP"], 4, N),
    ("330499", "Skin-care creams, retail", "import", ["post", "express"], ["KR", "US"], (40, 90), (1, 3), ["USD"], 10, N),
    ("490300", "Children's picture books", "import", ["post"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 3, N),
    ("950300", "Construction toys, retail boxes", "import", ["post", "express"], ["CN", "US"], (25, 50), (1, 4), ["USD"], 2, N),
    ("610910", "Cotton T-shirts, printed", "import", ["post"], ["US", "GB", "TR"], (15, 30), (1, 3), ["USD", "GBP"], 5, N),
    ("420222", "Handbags, textile", "import", ["express"], ["VN", "CN"], (40, 120), (1, 3), ["USD"], 2, N),
    ("851713", "Mobile phone, new, boxed", "import", ["express"], ["CN", "US"], (400, 900), (1, 2), ["USD"], 2, N),
    ("847330", "Computer parts: graphics card, new", "import", ["express"], ["TW", "US"], (300, 600), (1, 3), ["USD"], 1, N),
    ("640399", "Leather shoes", "import", ["post"], ["GB", "US"], (40, 80), (1, 3), ["GBP", "USD"], 1, N),
    ("711311", "Silver jewellery, handmade", "import", ["post"], ["MX", "TH"], (300, 800), (1, 1), ["USD"], 20, N),
    ("852871", "Streaming media players", "import", ["express"], ["CN"], (60, 120), (1, 3), ["USD"], 4, N),
    ("300450", "Vitamin tablets, retail", "import", ["post"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 4, N),
    ("392410", "Plastic kitchenware", "import", ["sea"], ["CN", "TR"], (2, 4), (6000, 12000), ["USD"], 4, N),
    ("401110", "Passenger car tyres, new", "import", ["sea"], ["CN", "TH", "KR"], (2.5, 4), (15000, 20000), ["USD"], 0.1, N),
    ("441829", "Wooden doors", "import", ["road", "sea"], ["UA", "CN"], (2, 4), (10000, 16000), ["EUR", "USD"], 0.04, N),
    ("480256", "Uncoated printing paper, rolls", "export", ["sea"], ["EG", "IN"], (0.8, 1.1), (20000, 24000), ["EUR"], None, N),
    ("481910", "Corrugated cartons, flat", "import", ["road"], ["TR", "RS"], (0.9, 1.4), (8000, 14000), ["EUR"], None, N),
    ("520100", "Raw cotton, not carded", "import", ["sea"], ["US", "BR", "BF"], (1.6, 2.2), (20000, 24000), ["USD"], None, N),
    ("540752", "Dyed polyester woven fabric", "import", ["sea"], ["CN", "PK"], (3, 5), (10000, 18000), ["USD"], None, N),
    ("610462", "Women's cotton knitted trousers", "import", ["sea"], ["BD", "KH"], (7, 12), (5000, 10000), ["USD"], 3, N),
    ("620343", "Men's synthetic trousers", "import", ["sea"], ["VN", "BD"], (8, 13), (5000, 10000), ["USD"], 2.5, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN", "TR"], (4, 7), (8000, 14000), ["USD"], 1, N),
    ("690721", "Ceramic floor tiles", "import", ["sea"], ["IN", "TR"], (0.3, 0.5), (22000, 26000), ["USD"], None, N),
    ("700729", "Laminated safety glass, for buildings", "import", ["road"], ["TR", "UA"], (2, 3.5), (10000, 18000), ["EUR"], None, N),
    ("721049", "Galvanised steel coil", "import", ["sea"], ["KR", "IN", "VN"], (0.8, 1.1), (22000, 26000), ["USD"], None, N),
    ("730431", "Seamless steel tubes, cold-drawn", "import", ["sea"], ["CN", "UA"], (1.4, 2.0), (18000, 24000), ["USD"], None, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (4, 7), (5000, 10000), ["USD"], 1, N),
    ("761010", "Aluminium windows and frames", "export", ["road"], ["CH", "NO"], (6, 10), (3000, 8000), ["EUR"], 0.05, N),
    ("830140", "Door locks", "import", ["sea"], ["CN", "TW"], (5, 9), (3000, 8000), ["USD"], 2, N),
    ("841869", "Heat pumps, air-to-water, R-290", "export", ["road", "sea"], ["GB", "NO", "CH"], (8, 13), (3000, 9000), ["EUR"], 0.008, N),
    ("842230", "Bottling machines", "export", ["sea"], ["MX", "ZA"], (25, 45), (3000, 9000), ["EUR"], None, N),
    ("842952", "Hydraulic excavators, new", "import", ["sea"], ["JP", "KR"], (6, 10), (15000, 24000), ["USD"], None, N),
    ("843351", "Combine harvesters", "export", ["sea"], ["UA", "KZ", "AR"], (7, 11), (12000, 18000), ["EUR"], None, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "CN"], (3, 4.5), (10000, 15000), ["EUR", "USD"], 0.014, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN", "MY"], (15, 25), (3000, 8000), ["USD"], 0.6, N),
    ("850440", "Phone chargers and power adapters", "import", ["sea"], ["CN", "VN"], (15, 25), (2000, 6000), ["USD"], 8, N),
    ("851660", "Electric cookers and ovens", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.03, N),
    ("852872", "Television sets, LED, new", "import", ["sea"], ["KR", "MX", "CN"], (10, 16), (8000, 14000), ["USD"], 0.07, N),
    ("870899", "Automotive parts, new", "import", ["sea", "road"], ["TR", "CN", "MA"], (4, 8), (8000, 16000), ["EUR", "USD"], None, N),
    ("871200", "Bicycles, complete", "import", ["sea"], ["TW", "KH"], (10, 18), (5000, 10000), ["USD"], 0.07, N),
    ("901890", "Medical instruments, disposable", "import", ["air"], ["US", "CH"], (30, 80), (200, 1500), ["USD"], None, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "CN"], (3, 6), (6000, 12000), ["USD"], 0.15, N),
    ("940421", "Mattresses, foam", "import", ["road"], ["TR", "RS"], (2.5, 4), (6000, 12000), ["EUR"], 0.05, N),
    ("950640", "Table-tennis tables and bats", "import", ["sea"], ["CN"], (3, 5), (5000, 10000), ["USD"], None, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 8000), ["USD"], 60, N),
    ("392321", "Polyethylene bags, retail", "import", ["sea"], ["VN", "MY"], (1.6, 2.4), (15000, 20000), ["USD"], None, N),
    ("382219", "Diagnostic reagent kits", "import", ["air"], ["US", "CH"], (80, 200), (50, 500), ["USD", "CHF"], None, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind15", 20280901, HERE)


if __name__ == "__main__":
    main()
