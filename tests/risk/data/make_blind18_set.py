#!/usr/bin/env python3
"""Writes the eighteenth blind set (tests/risk/data/blind18-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated March - April 2029, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-nineteen profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items).

As in blind12 to blind17, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
travel only so, with parcel masses (1-5 kg). Ids are BL18-*:

    python3 tests/risk/data/make_blind18_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2029, 3, 1)
base.DAYS = 61  # 1 March to 30 April 2029
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITSEA01", "sea", "EG", [], "IT", "310210",
         "Urea agricola granulare, N 34,4 %, big bag 500 kg, 24 t", "EG", 24000, 48, 7900, "USD",
         "urea carries 46 % N; 34.4 % N is the nitrogen content of ammonium nitrate (Annex I above 16 % N) "
         "under the urea subheading; Italian wording", firm("Agrimarche Forniture Srl", "IT")),
        ("PRE-02", "import", "ESAIR01", "express", "CN", [], "ES", "330690",
         "Gel blanqueador dental, peróxido de hidrógeno 35 %, garrafas 5 l, 8 uds", "CN", 44, 8, 160, "USD",
         "whitening gels come in 3 ml syringes and above 6 % are for dentists only; 40 l of 35 % hydrogen "
         "peroxide (Annex I, limit 12 %) in jerrycans to a private person; Spanish wording",
         person("Sr. D. Ortega", "ES")),
        ("PRE-03", "import", "DEAIR01", "express", "IN", [], "DE", "382499",
         "Gerbereihilfsmittel, Methenamin (Urotropin) 99 %, Pulver, 4 x 25 kg", "IN", 100, 4, 260, "USD",
         "99 % methenamine is hexamine itself (Annex I, limit 30 %), not a tanning preparation, and a "
         "tannery is not a private address; German wording", person("Privatperson", "DE")),
        ("PRE-04", "import", "NLROAD01", "road", "PL", [], "NL", "280700",
         "Accuzuur, dichtheid 1,84 g/cm3, jerrycans 25 l, 8 st.", "PL", 370, 8, 240, "EUR",
         "battery electrolyte has density 1.28 (about 37 % acid); 1.84 g/cm3 is 96-98 % sulphuric acid "
         "(Annex I, limit 15 %), 200 l of it to a private person; Dutch wording", person("Dhr. R. Visser", "NL")),
        ("PRE-05", "transit", "ROROAD01", "road", "TR", ["BG"], "MD", "853690",
         "Изделия ЭД-8-Ж, соединители электрические, 2000 шт", "RU", 30, 2000, 1800, "USD",
         "ЭД-8-Ж is the type name of a Russian electric detonator, declared as electrical connectors; "
         "Russian wording", {"importer_name": "Prut Electro Comert SRL", "importer_country": "MD"}),
        ("PRE-06", "import", "ESSEA01", "sea", "TR", [], "ES", "382499",
         "Base de emulsión W/O para cosmética, fase oxidante 78 %, densidad 1,35, IBC 1000 l, 20 uds", "TR",
         27000, 20, 9500, "USD",
         "no cosmetic base has an 'oxidiser phase': a water-in-oil emulsion with 78 % oxidiser at density 1.35 "
         "is ammonium-nitrate emulsion matrix (UN 3375) for explosives, sent to a general trader; Spanish wording",
         firm("Distribuciones Levante Química SL", "ES")),
        ("PRE-07", "import", "PTPOST01", "post", "CN", [], "PT", "282919",
         "Clorato de potássio 99 %, para fabrico de fósforos, 3 x 5 kg", "CN", 15, 3, 70, "USD",
         "match factories buy chlorate by the tonne through licensed channels; 15 kg of 99 % KClO3 (Annex I) "
         "by post to a private person; Portuguese wording", person("Sr. R. Carvalho", "PT")),
        ("PRE-08", "import", "ITAIR01", "express", "PL", [], "IT", "282990",
         "Kit effetti speciali per set cinematografico: perclorato di potassio 99 %, 5 kg", "PL", 5, 1, 90, "EUR",
         "film pyrotechnicians buy finished, licensed flash compositions; a 'kit' of 99 % potassium perchlorate "
         "(Annex I) and dark flake aluminium (Annex II) is flash powder in its two halves, to a private person; "
         "Italian wording",
         {"consignee_name": "Sig. A. Greco", "importer_country": "IT",
          "_more_items": [item("760320", "Alluminio in scaglie 'dark', sotto 40 micron, 2 kg", "PL", 2, 60, "EUR")]}),
        ("PRE-09", "import", "GRAIR01", "air", "CN", [], "GR", "930630",
         "Aluminium tubes No. 8, with base charge, ammunition reloading components, 10,000 pcs", "CN", 45, 10000,
         2600, "USD",
         "reloaders use brass cup primers; a 'No. 8' aluminium tube with a base charge is a plain detonator "
         "(No. 8 strength), declared as ammunition parts to a general trader",
         {"importer_name": "Hellas Hunting Supplies", "importer_country": "GR"}),
        ("PRE-10", "import", "GRAIR01", "express", "TR", [], "GR", "310230",
         "Νιτρικό αμμώνιο τεχνικό, για παραγωγή υποξειδίου του αζώτου, σάκοι 25 kg, 8 τεμ.", "TR", 200, 8, 180,
         "EUR",
         "nitrous-oxide plants are chemical works, not private persons: 200 kg of technical ammonium nitrate "
         "(Annex I) by express to a private address; Greek wording", person("K. Georgiou", "GR")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "844339",
         "Used photocopiers, office equipment for reuse, 300 units", "BE", 12000, 300, 2400, "EUR",
         "EUR 8 a copier, loaded loose without packaging or test reports and with toner drums: e-waste (Basel "
         "A1180) shipped as second-hand goods to Lagos",
         {"_more_items": [item("844399", "Toner cartridges and drums, used, loose, 2 t", "BE", 2000, 100, "EUR")]}),
        ("WST-02", "export", "DEROAD01", "road", "DE", ["BG"], "TR", "390110",
         "LDPE, off-grade, Granulat, 22 t", "DE", 22000, None, 1300, "EUR",
         "prime or off-grade LDPE granulate sells near EUR 1,000-1,300 a tonne; EUR 60 a tonne is the price of "
         "post-consumer film waste (Y48) declared under the primary-form subheading; German wording", {}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "KR", "250490",
         "Natural graphite powder, Ni 12 %, Co 5 %, Li 3 %, big bags, 20 t", "NL", 20000, None, 42000, "EUR",
         "natural graphite carries no nickel, cobalt or lithium: this is black mass from shredded lithium-ion "
         "batteries (hazardous, A1170/A1180 entries) shipped without notification", {}),
        ("WST-04", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "681182",
         "Wellplatten Faserzement, gebraucht, Baujahr 1978, zur Wiederverwendung, 18 t", "DE", 18000, None, 900,
         "EUR",
         "fibre-cement sheets made in Germany in 1978 contain asbestos: used ones are asbestos waste (Y36) "
         "declared under the asbestos-free subheading; German wording", {}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "CM", "300490",
         "Médicaments, dons humanitaires, lots mixtes, péremption 2027-2028, 6 t", "FR", 6000, None, 3000, "EUR",
         "medicines that expired in 2027-2028, in mixed lots shipped in spring 2029, are pharmaceutical waste (Y3) "
         "sent as a donation; French wording", {}),
        ("WST-06", "export", "ESAIR01", "air", "ES", [], "GH", "851713",
         "Teléfonos móviles usados, sin probar, grado D, lote por peso, 800 kg", "ES", 800, None, 2400, "EUR",
         "'untested, grade D, sold by weight' is how broken phones are sold for dismantling: e-waste (A1180), "
         "not second-hand phones; Spanish wording", {}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "AL", "282739",
         "Cloruro ferroso soluzione 18 %, HCl libero 6 %, Zn 4 %, per trattamento acque, 24 t", "IT", 24000, None,
         600, "EUR",
         "a ferrous chloride solution with 6 % free acid and 4 % zinc is spent pickling liquor from a "
         "galvanising line (Y17/Y34), not a coagulant; Italian wording", {}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "IN", "760120",
         "Aleación de aluminio secundario, Al 35 %, resto óxidos y sales fundentes, para desoxidación, 25 t",
         "ES", 25000, None, 3000, "EUR",
         "an alloy with 35 % aluminium and the rest oxides and flux salts is aluminium dross / salt slag (A1050/"
         "hazardous when wet), not an unwrought alloy; Spanish wording", {}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "ID", "470790",
         "Oud papier, gemengd, met verpakkingsfolie en blikjes, balen, 24 t", "NL", 24000, None, 1200, "EUR",
         "paper 'with packaging film and cans' is mixed municipal packaging waste (Y46/Y48) in paper bales, a "
         "route Indonesia returned; Dutch wording", {}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "IN", "720449",
         "Sucata de motores elétricos, compressores herméticos de frigoríficos, 22 t", "PT", 22000, None, 4400,
         "EUR",
         "hermetic fridge compressors still hold their oil (and refrigerant traces); undrained they are hazardous "
         "waste, not ferrous scrap; Portuguese wording", {}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITROAD01", "road", "TR", ["BG", "RS"], "IT", "290345",
         "Gas refrigerante R-134a per climatizzatori auto, lattine monouso 500 g, 240 pz", "TR", 120, 240, 720,
         "EUR",
         "HFC in non-refillable containers may not be placed on the EU market (F-gas Regulation); 240 disposable "
         "cans to a private person, without quota; Italian wording", person("Sig. L. Ferri", "IT")),
        ("OZN-02", "import", "ESROAD01", "road", "MA", [], "ES", "290361",
         "Bromuro de metilo 98 %, fumigante de suelo para fresa, botellas 680 g, 200 uds", "MA", 136, 200, 1600,
         "EUR",
         "methyl bromide is banned in the EU for soil fumigation (Montreal Protocol, Regulation 2024/590) and "
         "strawberry growers were its last users; Spanish wording",
         firm("Fresas del Condado SL", "ES")),
        ("OZN-03", "import", "NLSEA01", "sea", "CN", [], "NL", "382499",
         "Druklucht spray 400 ml, drijfgas 1,1,1,2-tetrafluorethaan, 5.000 st.", "CN", 2000, 5000, 6500, "USD",
         "technical aerosols with HFC-134a (GWP 1,430) are banned in the EU; 2 t of HFC-134a as 'compressed "
         "air' without quota; Dutch wording", {}),
        ("OZN-04", "import", "DEROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "DE", "281290",
         "Reifenfüllgas SF6, Stahlflaschen 50 kg, 10 St.", "TR", 500, 10, 6000, "EUR",
         "filling tyres with sulphur hexafluoride is banned in the EU (GWP 24,300); 500 kg of SF6 as 'tyre gas' "
         "to a tyre shop; German wording", firm("Reifen Krüger GmbH", "DE")),
        ("OZN-05", "import", "PTSEA01", "sea", "CN", [], "PT", "382499",
         "Agente expansor para XPS, 1-cloro-1,1-difluoroetano, ISO tank, 18 t", "CN", 18000, None, 36000, "USD",
         "1-chloro-1,1-difluoroethane is HCFC-142b, an ozone-depleting substance banned in the EU, declared as "
         "a preparation; Portuguese wording", {}),
        ("OZN-06", "import", "FRROAD01", "road", "ES", [], "FR", "290371",
         "Gaz R-22 récupéré, pour régénération, bouteilles 60 l, 30 pcs", "ES", 1500, 30, 1200, "EUR",
         "recovered HCFC-22 may only move to a licensed reclaimer or for destruction; 1.5 t to a refrigerant "
         "wholesaler is placing R-22 back on the market; French wording", firm("Froid Sud Distribution SARL", "FR")),
        ("OZN-07", "import", "BGROAD01", "road", "TR", [], "BG", "280430",
         "Nitrogen for leak testing, cylinders 61 l, net 50 kg each, 40 pcs", "TR", 2000, 40, 1400, "USD",
         "a 61 l cylinder holds about 12 kg of nitrogen at 200 bar; 50 kg net is a liquefied gas, i.e. "
         "refrigerant (HFC blends) declared as nitrogen", {"importer_name": "Varna Klima EOOD", "importer_country": "BG"}),
        ("OZN-08", "import", "FRAIR01", "express", "US", [], "FR", "842410",
         "Used aircraft fire bottles, pressurised, for display, 6 pcs", "US", 60, 6, 900, "USD",
         "aircraft engine fire bottles are charged with halon 1301; 'pressurised' bottles to a private person are "
         "halon imported outside the critical-use channel", person("M. T. Dubois", "FR")),
        ("OZN-09", "import", "CYSEA01", "sea", "AE", [], "CY", "841510",
         "مكيفات هواء سبليت 18000 وحدة حرارية، 60 جهاز", "CN", 2400, 60, 14000, "USD",
         "the second item is HCFC-22 in 13.6 kg service cylinders, banned in the EU, packed with the air "
         "conditioners; Arabic wording",
         {"importer_name": "Larnaca Cool Trading Ltd", "importer_country": "CY",
          "_more_items": [item("290371", "غاز تبريد R-22 عبوات 13.6 كغ، 40 عبوة", "CN", 544, 1600, "USD", 40)]}),
        ("OZN-10", "import", "DEAIR01", "air", "CN", [], "DE", "381400",
         "三氟三氯乙烷 精密清洗剂, 25 kg 桶, 20 桶", "CN", 500, 20, 3500, "USD",
         "三氟三氯乙烷 is trichlorotrifluoroethane, CFC-113, a banned ozone-depleting solvent, declared as a "
         "solvent mixture; Chinese wording", {"importer_name": "Präzisionsreinigung Süd GmbH", "importer_country": "DE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "780600",
         "Angelgewichte aus Blei, rund, mit Prägung, 200 Stk", "TR", 2, 200, 80, "EUR",
         "fishing weights carry no stamp; 200 round stamped lead pieces from Turkey are Byzantine lead seals "
         "(ICOM Red List) found with detectors; German wording", person("Herr M. Schulz", "DE")),
        ("CUL-02", "import", "ESAIR01", "air", "CO", [], "ES", "711291",
         "Chatarra de oro, piezas fundidas antiguas tumbaga, 1,2 kg", "CO", 1.2, None, 52000, "USD",
         "tumbaga is pre-Columbian gold-copper alloy: 'old cast pieces of tumbaga' are looted grave goods "
         "(Colombian national heritage) as scrap gold; Spanish wording", {}),
        ("CUL-03", "import", "CYSEA01", "sea", "LB", [], "CY", "680210",
         "بلاط أرضية مستعمل، فسيفساء حجرية مع كتابة يونانية، 14 لوحة", "LB", 1600, 14, 2800, "USD",
         "used 'floor tiles' that are stone mosaic with Greek inscriptions are late-Roman/Byzantine mosaic panels "
         "lifted from sites in Syria or Lebanon; Arabic wording", {}),
        ("CUL-04", "import", "NLPOST01", "post", "TR", [], "NL", "491199",
         "Calligraphy prints, Kufic script on parchment, 12 leaves", "TR", 1, 12, 240, "USD",
         "prints are not on parchment: Kufic leaves on parchment are 9th-10th century Qur'an folios", 
         person("Dhr. A. El Amrani", "NL")),
        ("CUL-05", "import", "BEAIR01", "air", "MN", ["CN"], "BE", "392690",
         "Resin replica dinosaur skull, Tarbosaurus, 1 pc", "MN", 85, 1, 85000, "USD",
         "a resin replica costs a few thousand dollars; USD 85,000 for a 'replica' Tarbosaurus skull from "
         "Mongolia is a real fossil, which Mongolia forbids to export", {"importer_name": "Fossil Art Gallery BV",
                                                                         "importer_country": "BE"}),
        ("CUL-06", "import", "PLROAD01", "road", "UA", [], "PL", "740400",
         "Złom brązu, dzwon z napisem cyrylicą 1723 r., 1 szt.", "UA", 420, 1, 2500, "EUR",
         "a bell with a dated 1723 inscription is a church bell (cultural property of Ukraine), not bronze "
         "scrap; Polish wording", {}),
        ("CUL-07", "import", "DEAIR01", "air", "AE", [], "DE", "680299",
         "Stone carving, schist, Buddha heads, new, 6 pcs", "PK", 90, 6, 1200, "USD",
         "grey schist Buddha heads from Pakistan via Dubai are Gandharan (ICOM Red List Afghanistan/Pakistan); "
         "new carvings are not made in schist for USD 200", {"importer_name": "Asia Decor Handel", "importer_country": "DE"}),
        ("CUL-08", "import", "FRPOST01", "post", "JO", [], "FR", "711620",
         "Perles en pierre, forme cylindrique, gravées, 40 pcs", "JO", 1, 40, 120, "USD",
         "engraved stone cylinders are Mesopotamian cylinder seals (ICOM Red List Iraq), not beads; French wording",
         person("Mme N. Haddad", "FR")),
        ("CUL-09", "export", "ESAIR01", "air", "ES", [], "US", "970191",
         "Retrato, óleo sobre lienzo, decoración, firmado J. Sorolla, 1 ud", "ES", 12, 1, 300, "EUR",
         "a signed Sorolla oil is a protected Spanish work of more than 100 years; declared as decoration at "
         "EUR 300 without an export licence; Spanish wording", {}),
        ("CUL-10", "import", "NLAIR01", "air", "ID", [], "NL", "691110",
         "Keramik biru putih, hasil angkat laut, 120 mangkok", "ID", 90, 120, 3600, "USD",
         "'hasil angkat laut' is 'raised from the sea': blue-and-white bowls salvaged from a wreck in "
         "Indonesian waters are underwater cultural heritage; Indonesian wording", {}),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "AE", "290519",
         "Pinacolyl alcohol (3,3-dimethyl-2-butanol), fragrance solvent, drums, 2 t", "NL", 2000, 10, 30000,
         "EUR",
         "pinacolyl alcohol is a CWC Schedule 2 chemical (soman precursor) and no fragrance solvent; 2 t to a "
         "trader in Dubai", {}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "LB", "292215",
         "Triethanolamine 99 %, cosmetic grade, 20 t, notify party Damascus", "BE", 20000, None, 30000, "EUR",
         "triethanolamine is CWC Schedule 3 and Australia Group; a Beirut consignee with a Damascus notify party "
         "is an export to Syria", {}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "KZ", "854239",
         "FPGA XCVU9P, for educational Arduino kits, 200 pcs", "US", 10, 200, 1600000, "USD",
         "Virtex UltraScale+ FPGAs cost USD 8,000 each and sit on Common High Priority lists; no educational "
         "kit uses them, and Kazakhstan is a known re-export route to Russia",
         {"importer_name": "Astana Online Shop TOO", "importer_country": "KZ"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "AE", "284510",
         "Deuterium oxide 99.9 %, for NMR solvents, 500 kg", "DE", 500, None, 350000, "EUR",
         "NMR laboratories buy D2O by the gram; 500 kg of heavy water is nuclear-grade quantity (NSG), sent to "
         "a trader in Dubai", {}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "TR", "900110",
         "Optical fibre coils, polarisation-maintaining, wound, 1 km, 50 pcs", "FR", 20, 50, 175000, "EUR",
         "wound polarisation-maintaining fibre coils at EUR 3,500 each are fibre-optic gyroscope sensing coils "
         "(dual-use 7A), declared as fibre", {"importer_name": "Ankara Optik Ltd Sti", "importer_country": "TR"}),
        ("STR-06", "export", "LTRAIL01", "rail", "LT", [], "BY", "401120",
         "Truck tyres 315/80 R22.5, new, 400 pcs", "PL", 24000, 400, 96000, "EUR",
         "tyres are on the EU's list of goods banned for export to Belarus; the destination alone stops it", {}),
        ("STR-07", "transit", "BESEA01", "sea", "CN", [], "IR", "851890",
         "Loudspeaker magnets, ring, samarium-cobalt, 2,000 pcs", "CN", 600, 2000, 48000, "USD",
         "loudspeakers use ferrite or NdFeB; samarium-cobalt ring magnets bound for Iran are centrifuge parts "
         "(NSG dual-use)", {}),
        ("STR-08", "transit", "GRSEA01", "sea", "CN", [], "LB", "282739",
         "三氯氧磷 99 %, 阻燃剂中间体, 钢桶, 16 t", "CN", 16000, 64, 19000, "USD",
         "三氯氧磷 is phosphorus oxychloride (CWC Schedule 3, Australia Group), declared under 'other chlorides' "
         "to a trader in Beirut; Chinese wording", {}),
        ("STR-09", "export", "CZAIR01", "air", "CZ", [], "TR", "730431",
         "Steel tubes, honed, 12.7 mm bore with rifling, 1.1 m, 200 pcs", "CZ", 700, 200, 90000, "EUR",
         "hydraulic tubes are not rifled: a 12.7 mm rifled tube of 1.1 m is a heavy machine-gun barrel "
         "(Military List ML1)", {}),
        ("STR-10", "import", "ITSEA01", "sea", "TR", [], "IT", "720712",
         "Steel slabs, origin Turkey, mill Magnitogorsk, 30 t x 3", "TR", 90000, 3, 49000, "USD",
         "Magnitogorsk (MMK) is a Russian mill: Russian semi-finished steel is banned from import whatever the "
         "country of relabelling", {"importer_name": "Acciaierie Padane SpA", "importer_country": "IT"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "ESSEA01", "sea", "DO", [], "ES", "030792",
         "Carne de lambí congelada, bloques 10 kg, 4 t", "DO", 4000, None, 36000, "USD",
         "'lambí' is queen conch (Aliger gigas, Appendix II) in Dominican Spanish; no CITES permit carried; "
         "Spanish wording", {}),
        ("WLD-02", "transit", "NLAIR01", "air", "LK", [], "HK", "030579",
         "干鱼鳃 (鹏鱼鳃), 20 箱", "LK", 300, 20, 45000, "USD",
         "鹏鱼鳃 are manta and devil ray gill plates (Mobulidae, Appendix II) as dried fish gills, at USD 150 "
         "a kilo; Chinese wording", {}),
        ("WLD-03", "import", "BESEA01", "sea", "AE", [], "BE", "440349",
         "Red wood logs for natural dye, 18 t", "IN", 18000, None, 126000, "USD",
         "red dye logs from India via Dubai at USD 7,000 a tonne are red sanders (Pterocarpus santalinus, "
         "Appendix II), whose export India forbids", {}),
        ("WLD-04", "transit", "ITAIR01", "air", "CM", ["TR"], "AE", "010639",
         "Live racing pigeons, 80 pcs", "CM", 40, 80, 4000, "USD",
         "Cameroon is no racing-pigeon source and lies in the grey parrot's range: live African grey parrots "
         "(Appendix I) as pigeons", {}),
        ("WLD-05", "import", "FRPOST01", "post", "CM", [], "FR", "960110",
         "Sculptures en ivoire de mammouth, 40 pièces", "CM", 3, 40, 1400, "EUR",
         "mammoth ivory comes from Siberia, not Cameroon: carvings from Cameroon are elephant ivory; French "
         "wording", person("M. P. Lambert", "FR")),
        ("WLD-06", "import", "ITAIR01", "express", "JP", [], "IT", "900311",
         "Montature per occhiali in acetato effetto tartaruga, lavorazione bekko, 10 pz", "JP", 1, 10, 30000,
         "EUR",
         "'bekko' is real hawksbill tortoiseshell (Appendix I); acetate frames do not cost EUR 3,000 each; "
         "Italian wording", {"importer_name": "Ottica Venezia Srl", "importer_country": "IT",
                             "consignee_name": "Ottica Venezia Srl"}),
        ("WLD-07", "import", "ITAIR01", "air", "PE", [], "IT", "510219",
         "Fibra de alpaca baby, sin cardar, 40 kg", "PE", 40, None, 24000, "USD",
         "alpaca fibre sells at about USD 30 a kilo; USD 600 a kilo is vicuña (Appendix II) without its permit; "
         "Spanish wording", {"importer_name": "Lanificio Biellese Srl", "importer_country": "IT"}),
        ("WLD-08", "import", "DEAIR01", "air", "MY", [], "DE", "030111",
         "Live ornamental fish, silver arowana, 20 pcs", "MY", 15, 20, 14000, "USD",
         "silver arowana costs a few dollars; USD 700 a fish is Asian arowana (Scleropages formosus, Appendix I)",
         {}),
        ("WLD-09", "import", "NLAIR01", "air", "GT", [], "NL", "060290",
         "Tillandsia xerographica, large rosettes 40 cm, 500 pcs", "GT", 300, 500, 2500, "USD",
         "Tillandsia xerographica is Appendix II: no permit is carried, and 40 cm rosettes are wild-collected", {}),
        ("WLD-10", "import", "DEAIR01", "express", "ZA", [], "DE", "430400",
         "Kunstfell-Teppich, Leopardenmuster, mit präpariertem Kopf und Krallen, 1 Stk", "ZA", 9, 1, 3200, "EUR",
         "artificial fur has no mounted head and claws: a leopard skin rug (Appendix I) to a private person; "
         "German wording", person("Herr J. Hoffmann", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "IN", "DE", "293369",
     "Hexamethylenetetramine 99 %, for phenolic resin curing, 20 t", "IN", 20000, None, 34000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-29-0118")], "hexamine to a phenolic-resin maker under licence"),
    ("PRM-02", "precursors", "import", "NLSEA01", "sea", "BE", "NL", "280700",
     "Sulphuric acid 96 %, ISO tank, for a fertiliser plant, 22 t", "BE", 22000, None, 3300, "EUR",
     [("PRECURSOR_LICENCE", "NL-FIOD-29-0052")], "concentrated sulphuric acid to a fertiliser works under licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "382590",
     "Black mass from lithium-ion battery recycling, Ni/Co bearing, 20 t", "NL", 20000, None, 80000, "EUR",
     [("BASEL_CONSENT", "NL-ILT-29-0231")], "notified black mass to a permitted hydrometallurgy plant"),
    ("PRM-04", "waste", "export", "ITROAD01", "road", "IT", "AT", "282739",
     "Spent pickling liquor, iron(II) chloride solution, for regeneration, 24 t", "IT", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "IT-MASE-29-0410")], "notified spent pickle liquor to an acid-regeneration plant"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "CN", "ES", "290345",
     "HFC-134a, returnable ton tanks, 8 pcs", "CN", 7200, 8, 43000, "USD",
     [("FGAS_QUOTA", "ES-MITECO-FG-29-0066")], "HFC-134a within the importer's quota"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "842410",
     "Aircraft engine fire bottles, halon 1301, recharged, for an airline, 6 pcs", "US", 60, 6, 18000, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-29-0009")], "halon 1301 bottles for a critical aviation use under licence"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970121",
     "Oil on canvas, portrait, J. Sorolla, 1905, for an exhibition loan, 1 pc", "ES", 14, 1, 1200000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-29-0144")], "a Sorolla on loan with its export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970531",
     "Byzantine lead seals, collection formed before 1970, 24 pcs", "DE", 1, 24, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-29-0071")], "an old collection of seals with its certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "284510",
     "Deuterium oxide 99.9 %, for a research reactor, 2 t", "DE", 2000, None, 1400000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-29-0211"), ("END_USER_CERTIFICATE", "JP-METI-EUC-29-0033")],
     "heavy water to a Japanese research reactor under licence"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "CH", "292215",
     "Triethanolamine 99 %, for cement grinding aids, 20 t", "BE", 20000, None, 30000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-29-0302"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-29-0051")],
     "Schedule 3 chemical to a Swiss admixture maker under licence"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510219",
     "Vicuña fibre, raw, shorn from live animals, marked, 40 kg", "PE", 40, None, 24000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-29-0087")], "vicuña fibre with its CITES export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "MY", "DE", "030111",
     "Asian arowana, captive-bred, microchipped, 10 pcs", "MY", 8, 10, 9000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-29-0144")], "captive-bred arowana with CITES permits"),
]

CONSIGNEES = {
    "PRM-01": "Hexion Duisburg GmbH", "PRM-02": "Yara Sluiskil BV", "PRM-04": "Acid Regeneration Linz GmbH",
    "PRM-05": "Gases Refrigerantes Ibérica SA", "PRM-06": "Air Méditerranée Technique SAS",
    "PRM-07": "Museum of Fine Arts Boston", "PRM-08": "Mr R. Keller", "PRM-09": "JAEA Tokai Research Centre",
    "PRM-10": "Sika Schweiz AG", "PRM-11": "Lanificio Biellese Srl", "PRM-12": "Herr T. Neumann",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("310210", "Urea 46 % N, granular, fertiliser", "import", ["sea"], ["EG", "DZ", "QA"], (0.35, 0.5), (22000, 26000), ["USD"], None, S),
    ("310230", "Ammonium nitrate 33.5 % N, fertiliser grade, to a farm cooperative", "import", ["sea"], ["NO", "LT"], (0.35, 0.5), (22000, 26000), ["EUR"], None, S),
    ("330690", "Teeth whitening strips, 0.1 % hydrogen peroxide, retail", "import", ["post", "express"], ["US", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 10, S),
    ("280700", "Battery electrolyte, sulphuric acid 37 %, density 1.28, 5 l cans", "import", ["road"], ["PL", "CZ"], (0.4, 0.7), (5000, 12000), ["EUR"], 0.2, S),
    ("382499", "Hexamine-free tanning auxiliary, synthetic syntan", "import", ["sea"], ["IN", "IT"], (1.5, 2.5), (10000, 18000), ["USD", "EUR"], None, S),
    ("360500", "Safety matches, retail boxes", "import", ["sea"], ["IN", "SE"], (1.2, 2.0), (8000, 14000), ["USD", "EUR"], 20, S),
    ("360410", "Consumer fireworks F2, with CE marks, for New Year", "import", ["sea"], ["CN"], (3, 5), (8000, 14000), ["USD"], None, S),
    ("293369", "Hexamine fuel tablets, camping, retail packs", "import", ["post", "express"], ["GB", "DE"], (15, 25), (1, 3), ["GBP", "EUR"], 20, S),
    ("390110", "LDPE film grade, prime, 25 kg bags", "import", ["sea"], ["SA", "QA"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("250490", "Natural flake graphite, 94 % C, for refractories", "import", ["sea"], ["MZ", "BR"], (0.9, 1.3), (20000, 25000), ["USD"], None, S),
    ("844339", "Refurbished multifunction printers, tested, boxed, with warranty", "import", ["sea"], ["GB", "US"], (6, 10), (3000, 8000), ["GBP", "USD"], 0.04, S),
    ("851713", "Refurbished smartphones, grade A, tested, boxed", "import", ["post", "express"], ["GB", "US"], (400, 900), (1, 3), ["GBP", "USD"], 5, S),
    ("681182", "Fibre-cement roofing sheets, new, asbestos-free", "import", ["road"], ["PL", "CZ"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("282739", "Ferric chloride 40 % solution, water-treatment coagulant", "import", ["road"], ["DE", "AT"], (0.2, 0.35), (20000, 24000), ["EUR"], None, S),
    ("760120", "Aluminium alloy ingots AlSi9Cu3, secondary, with analysis certificate", "import", ["sea", "road"], ["TR", "NO"], (2.0, 2.6), (20000, 24000), ["EUR", "USD"], None, S),
    ("470790", "Recovered paper, sorted, grade 1.04 OCC, bales", "export", ["sea"], ["IN", "TR"], (0.12, 0.2), (20000, 24000), ["EUR"], None, S),
    ("720449", "Ferrous shredded scrap, grade E40, drained", "export", ["sea"], ["TR", "EG"], (0.3, 0.45), (22000, 26000), ["EUR"], None, S),
    ("300490", "Medicines, in-date, for a hospital tender, packaged", "export", ["air", "sea"], ["SN", "CI"], (15, 40), (500, 3000), ["EUR"], None, S),
    ("290345", "R-134a, refillable 12 kg cylinders, within quota, to a wholesaler", "import", ["sea"], ["CN", "US"], (10, 15), (3000, 8000), ["USD"], None, S),
    ("382499", "Air duster cans, propellant HFO-1234ze, 400 ml", "import", ["sea"], ["CN", "US"], (6, 10), (2000, 5000), ["USD"], 2, S),
    ("280430", "Nitrogen, compressed, 50 l cylinders, 200 bar, to a gas distributor", "import", ["road"], ["CZ", "AT"], (4, 7), (2000, 5000), ["EUR"], 0.012, S),
    ("841510", "Split air conditioners, R-32, pre-charged, with labels", "import", ["sea"], ["CN", "TH"], (5, 8), (8000, 15000), ["USD"], 0.025, S),
    ("842410", "Fire extinguishers, CO2, 5 kg, new", "import", ["sea"], ["CN", "IT"], (5, 8), (3000, 8000), ["USD", "EUR"], 0.07, S),
    ("780600", "Lead fishing sinkers, plain, retail packs", "import", ["post", "express"], ["GB", "CN"], (10, 20), (1, 4), ["GBP", "USD"], 30, S),
    ("711620", "Agate beads, polished, new, for jewellery makers", "import", ["post", "express"], ["IN", "CN"], (30, 80), (1, 3), ["USD"], 100, S),
    ("491199", "Calligraphy art prints on paper, new", "import", ["post", "express"], ["TR", "MA"], (25, 50), (1, 3), ["EUR", "USD"], 10, S),
    ("680299", "Soapstone carvings, new, souvenir", "import", ["post", "express"], ["KE", "IN"], (10, 25), (1, 5), ["USD"], 2, S),
    ("392690", "Resin dinosaur skull replica, museum shop, boxed", "import", ["post", "express"], ["US", "GB"], (30, 60), (2, 5), ["USD", "GBP"], 0.3, S),
    ("691110", "New blue-and-white porcelain bowls, Jingdezhen", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], 3, S),
    ("740400", "Brass scrap, honey grade, clean", "export", ["road", "sea"], ["IN", "TR"], (4, 5.5), (18000, 22000), ["EUR"], None, S),
    ("292215", "Triethanolamine 85 %, to an EU cosmetics maker", "import", ["sea"], ["US", "SA"], (1.5, 2.2), (15000, 20000), ["USD"], None, S),
    ("900110", "Optical fibre, single-mode, telecom, on reels", "import", ["sea", "air"], ["CN", "JP"], (20, 40), (500, 3000), ["USD"], None, S),
    ("030792", "Frozen whelk meat, Buccinum, Atlantic", "import", ["sea"], ["CA", "GB"], (6, 9), (10000, 18000), ["USD", "GBP"], None, S),
    ("510540", "Alpaca tops, combed, for spinning", "import", ["sea"], ["PE"], (25, 35), (2000, 6000), ["USD"], None, S),
    ("430400", "Faux-fur throws, acrylic, leopard print", "import", ["post", "express"], ["CN", "TR"], (20, 40), (1, 4), ["USD", "EUR"], 1, S),
    # everyday trade
    ("080510", "Oranges, fresh", "import", ["sea", "road"], ["MA", "EG", "ZA"], (0.7, 1.1), (18000, 22000), ["EUR", "USD"], None, N),
    ("080610", "Table grapes, fresh", "import", ["sea"], ["CL", "PE", "ZA"], (2, 3), (15000, 20000), ["USD"], None, N),
    ("070993", "Courgettes, fresh", "import", ["road"], ["MA", "TR"], (0.8, 1.4), (15000, 20000), ["EUR"], None, N),
    ("071420", "Sweet potatoes, fresh", "import", ["sea"], ["US", "EG"], (0.7, 1.1), (20000, 24000), ["USD"], None, N),
    ("080132", "Cashew nuts, shelled", "import", ["sea"], ["VN", "IN"], (6, 9), (15000, 18000), ["USD"], None, N),
    ("080212", "Almonds, shelled", "import", ["sea"], ["US", "AU"], (5, 8), (18000, 22000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("090412", "Black pepper, ground", "import", ["sea"], ["VN", "BR"], (3.5, 5.5), (10000, 16000), ["USD"], None, N),
    ("100199", "Milling wheat", "import", ["sea"], ["UA", "CA"], (0.22, 0.3), (25000, 30000), ["USD"], None, N),
    ("110100", "Wheat flour, bakery", "export", ["road", "sea"], ["CH", "GB"], (0.4, 0.6), (20000, 24000), ["EUR"], None, N),
    ("120190", "Soya beans, non-GM", "import", ["sea"], ["BR", "US"], (0.4, 0.6), (25000, 30000), ["USD"], None, N),
    ("151219", "Sunflower oil, refined, bulk", "import", ["sea"], ["UA", "AR"], (1.0, 1.4), (20000, 24000), ["USD"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "TH", "PH"], (4, 6), (15000, 20000), ["USD"], None, N),
    ("030441", "Frozen salmon fillets", "import", ["sea", "road"], ["NO", "CL"], (9, 13), (15000, 20000), ["EUR", "USD"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "TH"], (2, 3), (20000, 25000), ["USD"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road", "sea"], ["CH", "US"], (8, 14), (10000, 18000), ["EUR"], None, N),
    ("040221", "Whole milk powder, 25 kg bags", "export", ["sea"], ["DZ", "NG"], (3, 4), (20000, 24000), ["EUR"], None, N),
    ("180632", "Chocolate bars, retail", "export", ["road", "sea"], ["GB", "US"], (6, 10), (8000, 16000), ["EUR"], None, N),
    ("190531", "Sweet biscuits, retail packs", "import", ["road"], ["TR", "RS"], (2, 3.5), (10000, 16000), ["EUR"], None, N),
    ("200290", "Tomato paste, drums", "import", ["sea"], ["CN", "US"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("220830", "Whisky, bottled 0.7 l", "import", ["sea"], ["GB", "US"], (10, 25), (10000, 18000), ["GBP", "USD"], 1.0, N),
    ("220210", "Soft drinks, cans", "export", ["road"], ["CH", "NO"], (0.6, 1.0), (18000, 22000), ["EUR"], None, N),
    ("090121", "Roasted coffee, capsules", "import", ["post", "express"], ["CH", "IT"], (25, 45), (1, 4), ["CHF", "EUR"], 150, N),
    ("330499", "Face creams, retail jars", "import", ["post", "express"], ["KR", "US"], (40, 100), (1, 3), ["USD"], 15, N),
    ("330300", "Perfume, eau de parfum, 100 ml", "import", ["post", "express"], ["AE", "FR"], (80, 200), (1, 3), ["USD", "EUR"], 5, N),
    ("340250", "Laundry detergent, retail", "import", ["road"], ["PL", "TR"], (1.0, 1.6), (15000, 20000), ["EUR"], None, N),
    ("382499", "Concrete admixture, plasticiser", "import", ["road"], ["DE", "CH"], (0.8, 1.4), (15000, 20000), ["EUR"], None, N),
    ("390761", "PET bottle resin, prime", "import", ["sea"], ["CN", "VN"], (1.0, 1.3), (20000, 24000), ["USD"], None, N),
    ("391740", "PVC pipe fittings", "import", ["sea"], ["CN", "TR"], (2.5, 4), (5000, 12000), ["USD", "EUR"], None, N),
    ("392410", "Plastic kitchenware", "import", ["sea"], ["CN"], (2.5, 4), (5000, 10000), ["USD"], 5, N),
    ("401190", "Tractor tyres, new", "import", ["sea"], ["IN", "CN"], (2.5, 4), (15000, 20000), ["USD"], 0.01, N),
    ("420221", "Leather handbags", "import", ["sea", "air"], ["IT", "IN"], (60, 150), (200, 1500), ["EUR", "USD"], 1, N),
    ("420222", "Textile handbags and totes", "import", ["post", "express"], ["CN", "VN"], (20, 40), (1, 4), ["USD"], 2, N),
    ("441873", "Engineered oak flooring", "import", ["road", "sea"], ["PL", "CN"], (6, 10), (10000, 18000), ["EUR", "USD"], None, N),
    ("481910", "Corrugated boxes, flat", "import", ["road"], ["PL", "CZ"], (0.8, 1.2), (8000, 14000), ["EUR"], None, N),
    ("482010", "Notebooks and diaries", "import", ["post", "express"], ["GB", "JP"], (15, 30), (1, 3), ["GBP", "USD"], 3, N),
    ("520942", "Denim fabric", "import", ["sea"], ["PK", "TR"], (4, 6), (15000, 20000), ["USD"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "TR"], (8, 14), (5000, 12000), ["USD", "EUR"], 5, N),
    ("611020", "Cotton sweaters", "import", ["post", "express"], ["GB", "PE"], (30, 60), (1, 3), ["GBP", "USD"], 2, N),
    ("620342", "Men's cotton trousers", "import", ["sea"], ["BD", "PK"], (8, 13), (5000, 10000), ["USD"], 2.5, N),
    ("640399", "Leather shoes", "import", ["post", "express"], ["IT", "PT"], (60, 120), (1, 4), ["EUR"], 1, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN"], (6, 10), (8000, 14000), ["USD"], None, N),
    ("691200", "Stoneware mugs", "import", ["sea"], ["CN", "PT"], (2, 4), (6000, 12000), ["USD", "EUR"], 3, N),
    ("700910", "Car rear-view mirrors", "import", ["sea"], ["CN", "TW"], (8, 14), (2000, 6000), ["USD"], 2, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["KR", "IN"], (0.8, 1.1), (22000, 26000), ["USD"], None, N),
    ("730630", "Welded steel tubes, round", "import", ["sea", "road"], ["TR", "UA"], (0.9, 1.3), (20000, 25000), ["USD", "EUR"], None, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (5, 9), (5000, 10000), ["USD"], 1, N),
    ("761010", "Aluminium window frames", "import", ["road"], ["PL", "TR"], (6, 9), (4000, 10000), ["EUR"], None, N),
    ("830140", "Door locks", "import", ["sea"], ["CN", "TW"], (6, 10), (3000, 8000), ["USD"], 3, N),
    ("841451", "Table and ceiling fans", "import", ["sea"], ["CN"], (4, 6), (6000, 12000), ["USD"], 0.3, N),
    ("841810", "Fridge-freezers, R-600a", "import", ["sea"], ["TR", "KR"], (3, 4.5), (10000, 15000), ["EUR", "USD"], 0.015, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "PL"], (3, 4.5), (10000, 15000), ["EUR"], 0.014, N),
    ("846729", "Cordless drills", "import", ["sea"], ["CN", "DE"], (15, 25), (3000, 8000), ["USD", "EUR"], 0.6, N),
    ("847150", "Desktop PCs, new", "import", ["sea", "air"], ["CN", "TW"], (30, 50), (1000, 4000), ["USD"], 0.1, N),
    ("847330", "Computer memory modules", "import", ["post", "express"], ["TW", "US"], (300, 700), (1, 3), ["USD"], 20, N),
    ("850760", "Power banks, lithium-ion", "import", ["post", "express"], ["CN", "HK"], (30, 60), (1, 3), ["USD"], 3, N),
    ("851660", "Electric cookers and air fryers", "import", ["sea"], ["CN"], (4, 7), (6000, 12000), ["USD"], 0.2, N),
    ("851762", "Wi-Fi routers", "import", ["sea", "air"], ["CN", "VN"], (25, 45), (500, 3000), ["USD"], 2, N),
    ("852872", "LED televisions", "import", ["sea"], ["CN", "PL"], (12, 20), (8000, 14000), ["USD", "EUR"], 0.08, N),
    ("870899", "Car parts, brake discs and pads", "import", ["sea", "road"], ["CN", "TR"], (3, 6), (8000, 16000), ["USD", "EUR"], None, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["TW", "KH"], (10, 16), (4000, 9000), ["USD"], 0.06, N),
    ("901819", "Patient monitors, new", "import", ["air"], ["US", "CN"], (150, 300), (50, 400), ["USD"], 0.15, N),
    ("902519", "Digital thermometers", "import", ["post", "express"], ["CN", "DE"], (40, 80), (1, 3), ["USD", "EUR"], 20, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea", "road"], ["VN", "PL"], (4, 7), (6000, 12000), ["USD", "EUR"], 0.12, N),
    ("940421", "Foam mattresses", "import", ["road"], ["PL", "TR"], (3, 5), (6000, 12000), ["EUR"], 0.05, N),
    ("950300", "Construction toys, plastic bricks", "import", ["post", "express"], ["DK", "CN"], (20, 40), (1, 4), ["EUR", "USD"], 2, N),
    ("950662", "Footballs", "import", ["sea"], ["PK", "CN"], (5, 8), (2000, 6000), ["USD"], 2.5, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 8000), ["USD"], 50, N),
    ("961220", "Ink pads and printer ribbons", "import", ["post", "express"], ["JP", "DE"], (20, 40), (1, 3), ["USD", "EUR"], 10, N),
    ("490199", "Art books, new", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 5), ["GBP", "USD"], 1, N),
    ("970191", "Contemporary oil paintings, signed by living artists", "import", ["post", "express"], ["GB", "US"], (200, 800), (2, 5), ["GBP", "USD"], 0.3, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind18", 20290301, HERE)


if __name__ == "__main__":
    main()
