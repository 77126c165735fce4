#!/usr/bin/env python3
"""Writes the three-hundred-and-seventeenth blind set (tests/risk/data/blind317-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2079, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: marine salvage, wreck divers and
maritime archaeology (salvage and wreck-removal firms, commercial and wreck-diving schools and
shops, diving-equipment suppliers, marine survey firms, conservation laboratories for finds from
the sea and the dealers around them).
Written by a person who had not read the profile packs (nor any rule file) and had not
run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL317-*:

    python3 tests/risk/data/make_blind317_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2079, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2079
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CYAIR01", "express", "IL", [], "CY", "340290",
         "תרכיז להסרת התגבשויות ימיות מממצאים, 1 ליטר x 5", "IL", 5.7, 5, 150, "ILS",
         "the concretion softeners wreck divers buy for cleaning finds are mild, foaming chelating washes of about 1.03 "
         "kg/l; these five litre bottles hold a water-clear liquid of 1.13 kg/l under vented caps that whitens the "
         "fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Haifa to "
         "a private wreck diver in Larnaca who resells the 'softener' to club members; Hebrew wording (hydrogen "
         "peroxide repeats in many sets and concretion labels in a few on other goods, kept as a repeat of the good; a "
         "diver's concretion-softener label on it was found in no earlier row by a keyword search)",
         person("Andreas Georgiou", "CY")),
        ("PRE-02", "import", "NLAIR01", "air", "ID", [], "NL", "271019",
         "Aditif bahan bakar obor potong bawah air, 1 liter, 60 botol", "ID", 68, 60, 420, "USD",
         "underwater cutting torches of salvage divers burn oxygen with an arc or a petrol feed, and no fuel additive "
         "is sold for them; these 60 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l whose drum labels "
         "under the stickers read 'nitrometana', for a Den Helder salvage-diving supplier whose web shop sells the "
         "bottles to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the "
         "public, flown from Jakarta; Indonesian wording (nitromethane repeats in many sets; an underwater "
         "cutting-torch additive was found in no earlier row by a keyword search)",
         firm("Nordhafen Duik & Berging BV", "NL")),
        ("PRE-03", "import", "ESSEA01", "sea", "JP", [], "ES", "382499",
         "海揚がり鉄製遺物 電解脱塩処理液 濃縮, 1リットル瓶, 900本", "JP", 1660, 900, 1400, "USD",
         "the electrolytic-reduction baths conservators use for iron cannon and anchors are weak sodium hydroxide or "
         "carbonate solutions; these 900 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop "
         "of water and chars the carton where it leaked, for a Cartagena dive-and-conservation supply shop that sells "
         "the litre bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of "
         "the public, by sea from Kobe to Valencia; Japanese wording (sulphuric acid repeats in many sets and "
         "electrolytic labels in a few; an electrolytic-desalination bath for marine iron on it was found in no "
         "earlier row by a keyword search)", firm("Meridian Arqueología Subacuática SL", "ES")),
        ("PRE-04", "import", "FRAIR01", "air", "VN", [], "FR", "320416",
         "Bột đánh dấu biển màu huỳnh quang cho thợ lặn cứu hộ, túi 1 kg, 300 túi", "VN", 300, 300, 900, "USD",
         "a sea-marker dye for divers and life rafts is fluorescein, an orange-red powder that turns the water bright "
         "green; these 300 bags hold a white, crystalline powder that hardly colours water, flares with sugar on a hot "
         "plate and whose liners read 'KClO4', for a Marseille salvage-diving shop that sells the 1 kg bags online: "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Ho Chi Minh "
         "City; Vietnamese wording (potassium perchlorate repeats in many sets; a diver's sea-marker dye label was "
         "found in no earlier row by a keyword search)", firm("Rivage Plongée Épaves SARL", "FR")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "340590",
         "Гранули для очищення корпусів суден від обростання, мішки 25 кг, 600 мішків (1-а з 3 відправок)", "UA",
         15000, 600, 4200, "EUR",
         "hull-cleaning granules for salvage yards are hard mineral abrasives that never dissolve; these 600 sacks hold "
         "white prills that turn ice-cold and vanish in water and test at 34 % N, the first of three lorries booked "
         "that week, for a Gdańsk wreck-removal yard that re-bags them in 1 kg tubs for boat owners: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, at Dorohusk; Ukrainian wording "
         "(ammonium nitrate repeats in many sets and splits over three lorries in a few, kept as a repeat; a "
         "hull-cleaning granule label was found in no earlier row by a keyword search)",
         firm("Nordhafen Ratownictwo Morskie Sp. z o.o.", "PL")),
        ("PRE-06", "import", "NLAIR01", "air", "KR", [], "NL", "382499",
         "감압 챔버용 산소 캔들 리필, 1 kg 통, 240통", "KR", 240, 240, 1900, "USD",
         "oxygen candles for decompression chambers and diving bells come as sealed, cast cylinders with a firing "
         "head; these 240 tubs hold loose, white crystals that flare on a match with sugar and whose inner bags read "
         "'NaClO3', for a Rotterdam commercial-diving supplier that sells the tubs as 'refills' to the public: sodium "
         "chlorate (Annex I above 40 %), flown from Busan; Korean wording (sodium chlorate repeats in many sets and "
         "oxygen-candle labels in several, kept as a repeat of that family; a chamber-refill label is the new part as "
         "far as a search found)", firm("Horizon Commercial Diving BV", "NL")),
        ("PRE-07", "import", "MTSEA01", "sea", "TN", [], "MT", "381090",
         "محلول تنظيف مراوح السفن البرونزية، 5 لتر، 200 عبوة", "TN", 1400, 200, 1600, "EUR",
         "propeller-cleaning solutions for bronze screws are mild citric or phosphoric pastes; these 200 cans weigh "
         "1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper wire, for a Valletta salvage "
         "and tug firm's chandlery that sells the cans over the counter: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, by sea from Sfax; Tunisian Arabic wording (nitric acid repeats in "
         "many sets; a bronze-propeller cleaner from Tunisia to Malta is the new part as far as a search found)",
         firm("Meridian Marine Salvage Ltd", "MT")),
        ("PRE-08", "import", "ESAIR01", "air", "MX", [], "ES", "283990",
         "Sesquicarbonato de sodio para desalinizar hierro de naufragio, bolsas 1 kg, 350", "MX", 350, 350, 700, "USD",
         "sodium sesquicarbonate for soaking iron finds from wrecks is a white, flaky, mildly alkaline salt that does "
         "not burn; these 350 bags hold a soft, hygroscopic powder that turns damp in the shop air, burns fiercely "
         "with sugar and whose inner liner reads 'NaClO4', for a Madrid underwater-archaeology supply shop that sells "
         "the bags to amateur divers: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Cancún; Mexican Spanish wording (sodium perchlorate repeats in many sets; a wreck-iron "
         "desalination salt was found in no earlier row by a keyword search)", firm("Atlantic Conservación Marina SL", "ES")),
        ("PRE-09", "import", "PTPOST01", "post", "BR", [], "PT", "283330",
         "Sal alvejante para roupa, 4 x 500 g", "BR", 2.0, 4, 60, "BRL",
         "a laundry whitening salt is sodium percarbonate, fizzing in warm water; these four tubs hold shiny, "
         "non-fizzing crystals that spit violet sparks on a hot iron: potassium chlorate (Annex I above 40 %), posted "
         "from Santos to a private person in Braga; Brazilian Portuguese wording (potassium chlorate repeats in many "
         "sets and laundry labels on it in a few; kept as a repeat, Santos to Braga by post is the new part as far as "
         "a search found)", person("Rui Carvalho", "PT")),
        ("PRE-10", "import", "LVAIR01", "air", "GE", [], "LV", "284700",
         "წყალბადის ზეჟანგი 11.9 %, თმის დეველოპერი, 1 ლ, 30 ბოთლი", "GE", 36, 30, 240, "USD",
         "a hair developer is sold at up to 12 % (40 vol) as a creamy emulsion; these 30 litre bottles hold a thin, "
         "water-clear liquid of 1.20 kg/l that bleaches a hair in seconds and bursts a sealed bottle when warm, for a "
         "Riga beauty kiosk selling to the public: about 50 % hydrogen peroxide (Annex I above 12 %), flown from "
         "Tbilisi; Georgian wording (hydrogen peroxide under developer labels repeats in several sets, kept as a "
         "repeat; Tbilisi to Riga is the new part as far as a search found)", firm("Vega Skaistums SIA", "LV")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "850760",
         "Reserve-accupakketten voor inspectie-ROV's, lithium-ion, getest, 140 stuks", "NL", 2800, 140, 14000, "EUR",
         "spare ROV battery packs come sealed in their pressure housings with a test sheet and a serial number; these "
         "140 packs are flooded, corroded ones pulled from a Dutch survey fleet's retired observation ROVs, at 0 V, "
         "some with salt crystals at the seams: waste lithium-ion batteries (hazardous, and e-waste under the Basel "
         "amendments), whose export to a non-OECD country is banned, from Rotterdam to Tema; Dutch wording (lithium "
         "batteries repeat in many sets, kept as a repeat of the good; ROV packs were found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "TR", "720449",
         "Παλιοσίδερα HMS 1&2, καθαρά, από διάλυση ναυαγίου, 1.800 τ", "GR", 1800000, None, 540000, "USD",
         "clean heavy melting scrap is cut steel free of paint, oil and insulation; these lots are the cut-up "
         "sections of a wreck raised off Piraeus, still holding fuel oil in the double-bottom tanks, asbestos lagging "
         "and TBT antifouling on the plating: hazardous waste (amber- and Basel A-listed), sent without notification "
         "to an Aliağa melt shop; Greek wording (ship-breaking scrap repeats in several sets; a wreck-removal lot "
         "declared as HMS is, as far as a search found, new)", {"importer_country": "TR"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "NG", "271019",
         "Fuelóleo marino reprocesado, RMG 380, ISO-tanque", "ES", 22000, None, 6600, "EUR",
         "reprocessed marine fuel is a blended, specified bunker oil with a test certificate; this tank holds the "
         "oily water and sludge pumped out of a sunken fishing vessel during a wreck-removal in Vigo, 40 % water, with "
         "sediment: oily waste (Basel Y9, hazardous), whose export to a non-OECD country for disposal is banned, to "
         "Lagos; Spanish wording (waste oils as fuel oils repeat in many sets; wreck-pumping oil is the new part as "
         "far as a search found)", {"importer_country": "NG"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "IN", "780199",
         "Lingotti di piombo da zavorra, recuperati, 30 t", "IT", 30000, None, 36000, "EUR",
         "recovered lead ballast is cast keel or pig lead; this container holds the cells of a salvaged submarine "
         "and tug's battery rooms, cracked lead-acid cells with acid paste and separators still in them: waste "
         "lead-acid batteries (Basel A1160, hazardous), shipped from La Spezia to Mundra without notification; "
         "Italian wording (lead-acid batteries repeat in many sets, kept as a repeat; a ballast-lead label on them "
         "is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "PK", "400922",
         "Diving hoses, rubber, new surplus, reels", "BE", 14000, None, 7000, "EUR",
         "new surplus diving hoses come coiled and capped with a test date; these reels are cut-up commercial-diving "
         "umbilicals from an Antwerp diving contractor, hoses bundled with PVC-sheathed communication cables and "
         "pneumo lines, fouled with marine growth: waste cable and mixed plastic (Basel A1190 and Y48), whose export "
         "to a non-OECD country is banned, to Karachi; English wording (umbilicals repeat in a few sets, kept as a "
         "repeat; a diving-hose label is the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "IN", "901410",
         "Nautische Instrumente, Messing, dekorativ, gemischt", "DE", 1800, None, 5400, "EUR",
         "a ship-chandler's container of decorative brass for Mumbai: compasses, sextant replicas and ship lamps are "
         "what the Hamburg salvage dealer declares, but the second item, 'gyro repeater housings', is 60 master "
         "gyrocompasses pulled from scrapped and salvaged ships, each with its mercury flotation bowl still filled "
         "(about 40 kg of mercury): waste containing mercury (Basel A1030, hazardous), hidden as the second item of "
         "a three-item declaration; German wording (gyrocompasses repeat in a few sets, kept as a repeat; behind "
         "decorative nautical brass is the new part as far as a search found)",
         dict({"importer_country": "IN"},
              _more_items=[item("901490", "Gyro repeater housings, used, 60 pcs", "DE", 900, 1200, "EUR", qty=60),
                           item("940550", "Brass ship lamps, decorative, 200 pcs", "IN", 300, 2000, "EUR", qty=200)])),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "EG", "251320",
         "Abrasivo de granada para reutilização, big bags", "PT", 20000, None, 1400, "EUR",
         "reusable garnet abrasive is clean, sieved, red-brown grit; these big bags hold the spent grit from blasting "
         "the hulls of salvaged vessels in a Setúbal yard, grey with paint chips, with tributyltin and copper from "
         "the old antifouling: hazardous waste (Basel A4040 and Y16 class), exported without consent to Alexandria; "
         "Portuguese wording (garnet labels repeat in several sets; spent hull-blasting grit from a salvage yard is "
         "the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "HRSEA01", "sea", "HR", [], "VN", "560811",
         "Ribarske mreže od poliamida, rabljene, za ponovnu uporabu, bale", "HR", 16000, None, 3200, "EUR",
         "reusable used nets are cleaned, mended and rolled; these bales are ghost nets lifted off Adriatic wrecks by "
         "volunteer divers, tangled with lead lines, rope and shells, smelling of rot: mixed plastic waste (Basel "
         "Y48), whose export to a non-OECD country is banned, from Rijeka to Haiphong; Croatian wording (fishing nets "
         "repeat in a few sets; ghost nets recovered from wrecks were found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "CM", "850440",
         "Onduleurs solaires d'occasion, fonctionnels, 900 pièces", "FR", 18000, 900, 9000, "EUR",
         "working second-hand inverters are tested, labelled and boxed; these are dead inverters swept from rooftop "
         "dismantling, with burnt boards and swollen capacitors: e-waste (Basel A1180), whose export to a non-OECD "
         "country is banned, from Le Havre to Douala; French wording (e-waste as second-hand goods repeats in many "
         "sets, kept as a repeat; solar inverters to Douala are the new part as far as a search found)",
         {"importer_country": "CM"}),
        ("WST-10", "transit", "SISEA01", "sea", "GB", ["SI"], "RS", "401220",
         "Part-worn tyres, graded, for resale, 2,400 pcs", "GB", 24000, 2400, 12000, "GBP",
         "graded part-worn tyres are sorted by tread depth and size; these are baled tyres with cuts, bulges and "
         "1-2 mm of tread, unsortable, for a Serbian cement kiln: waste tyres (Basel B3140 only for non-hazardous "
         "uses, here for disposal), landed at Koper in transit from Felixstowe to Belgrade; English wording (waste "
         "tyres repeat in several sets; a transit through Koper to Serbia is the new part as far as a search found)",
         {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "export", "NLSEA01", "sea", "NL", [], "AE", "731100",
         "Lege brandblusflessen, scheepsinstallatie, gebruikt, 48 stuks", "NL", 4300, 48, 2400, "EUR",
         "empty fixed fire-system cylinders weigh about 65 kg each and ring when tapped; these 48 cylinders weigh 90 "
         "kg each, hold pressure and carry faded 'BTM' stencils: halon 1301 recovered from the engine rooms of wrecks "
         "raised by a Dutch salvage firm, exported without a licence to Jebel Ali; Dutch wording (halon in fire "
         "cylinders repeats in many sets, kept as a repeat; cylinders from raised wrecks declared empty are the new "
         "part as far as a search found)", {"importer_country": "AE"}),
        ("OZN-02", "export", "GRSEA01", "sea", "GR", [], "EG", "290345",
         "Ανακτημένο ψυκτικό R-134a, φιάλες 13 kg, 80 τεμ.", "GR", 1040, 80, 2000, "EUR",
         "recovered R-134a is sold in grey cylinders with a purity sheet; these cylinders were filled from the "
         "refrigerated holds of a reefer vessel raised off Crete and read 'R-12' on the recovery log: CFC-12, whose "
         "export is banned, to Alexandria; Greek wording (CFC-12 under HFC labels repeats in many sets, kept as a "
         "repeat; a raised reefer's charge is the new part as far as a search found)", {"importer_country": "EG"}),
        ("OZN-03", "import", "HRSEA01", "sea", "CN", [], "HR", "841869",
         "潜水空压机冷却补充剂 R-407C, 10 kg 钢瓶, 120 瓶", "CN", 1200, 120, 1500, "USD",
         "breathing-air compressors for dive centres are air-cooled and need no refrigerant; these cylinders hold "
         "chlorodifluoromethane with the R-22 valve thread under the R-407C sticker, for a Split dive-centre "
         "supplier: HCFC-22 without an ODS licence, by sea from Ningbo to Rijeka; Chinese wording (HCFC-22 under HFC "
         "labels repeats in many sets, kept as a repeat; a diving-compressor cooling label was found in no earlier row "
         "by a keyword search)", firm("Orion Ronilačka Oprema d.o.o.", "HR")),
        ("OZN-04", "import", "ITSEA01", "sea", "IN", [], "IT", "381400",
         "मरीन पुरावस्तुओं के संरक्षण हेतु सफाई विलायक, 25 लीटर ड्रम, 80 ड्रम", "IN", 3200, 80, 2400, "USD",
         "conservation solvents for marine finds are acetone or ethanol, light and flammable; these drums hold a "
         "heavy (1.59 kg/l), non-flammable, sweet-smelling liquid: carbon tetrachloride, without an ODS licence, by "
         "sea from Mundra to Genoa for a finds-conservation laboratory supplier; Hindi wording (carbon tetrachloride "
         "as a solvent repeats in many sets, kept as a repeat; a marine-finds conservation label is the new part as "
         "far as a search found)", firm("Alpina Restauro Marino Srl", "IT")),
        ("OZN-05", "import", "CYSEA01", "sea", "IL", [], "CY", "380891",
         "חומר חיטוי לעץ ספוג מים מספינות טרופות, 50 ק\"ג, 40 גלילים", "IL", 2000, 40, 4000, "USD",
         "fumigants for waterlogged ship timber are not used (conservators use PEG and freeze-drying); these 40 "
         "cylinders hold a liquefied gas that smells faintly of chloroform: methyl bromide, without an ODS licence, "
         "by sea from Ashdod to Limassol; Hebrew wording (methyl bromide repeats in many sets, kept as a repeat; a "
         "shipwreck-timber fumigant label was found in no earlier row by a keyword search)",
         firm("Delta Marine Archaeology Ltd", "CY")),
        ("OZN-06", "import", "FRAIR01", "air", "TW", [], "FR", "900490",
         "Diving regulator service kits, assorted", "TW", 120, None, 6800, "USD",
         "a regulator-service shipment for a Brest dive-equipment workshop: O-ring kits and diaphragms are what the "
         "Kaohsiung supplier sends, but the third item's 'regulator degreaser' is 40 tins of a non-flammable solvent "
         "that reads 1,1,1-trichloroethane on the maker's sheet: methyl chloroform, without an ODS licence, hidden "
         "as the last item of a three-item declaration, flown to Paris; English wording from Taiwan (methyl "
         "chloroform as a degreaser repeats in many sets, kept as a repeat; behind regulator kits is the new part as "
         "far as a search found)",
         dict(firm("Vega Plongée Technique SARL", "FR"),
              _item={"hs_code": "401693", "description": "Regulator O-ring service kits, 2,000 pcs", "net_mass_kg": 60,
                     "quantity": 2000, "value": 3000},
              _more_items=[item("401699", "Second-stage diaphragms, silicone, 1,500 pcs", "TW", 30, 3000, "USD", qty=1500),
                           item("381400", "Regulator degreaser, 1 l tins, 40 pcs", "TW", 60, 800, "USD", qty=40)])),
        ("OZN-07", "import", "DEAIR01", "air", "US", [], "DE", "381400",
         "Oxygen service cleaning solvent for rebreathers, 1 gal, 24 cans", "US", 140, 24, 2600, "USD",
         "oxygen-service solvents sold to rebreather divers today are aqueous or HFE-based; these cans hold a very "
         "volatile, dense liquid (1.57 kg/l) that the maker's sheet calls trichlorotrifluoroethane: CFC-113, without "
         "an ODS licence, flown from Houston to Frankfurt for a Munich technical-diving shop; US English wording "
         "(CFC-113 and oxygen-cleaning labels repeat in several sets, kept as a repeat; a rebreather label is the new "
         "part as far as a search found)", firm("Central Tauchtechnik GmbH", "DE")),
        ("OZN-08", "import", "GRSEA01", "sea", "EG", [], "GR", "842410",
         "طفايات حريق يدوية لقاطرات الإنقاذ، 6 كجم، 150 قطعة", "EG", 1350, 150, 3000, "USD",
         "hand extinguishers for salvage tugs are powder or CO2; these 150 extinguishers carry gauges, a BCF hazard "
         "line under the label and discharge a heavy, sweet-smelling gas: halon 1211, without an ODS licence, by sea "
         "from Port Said to Piraeus for a salvage-tug operator; Egyptian Arabic wording (halon 1211 extinguishers "
         "repeat in many sets, kept as a repeat; a salvage-tug label is the new part as far as a search found)",
         firm("Atlantic Nautiki Diasosi AE", "GR")),
        ("OZN-09", "import", "ESSEA01", "sea", "TH", [], "ES", "381400",
         "สารล้างระบบโฟม PU, ถัง 200 ลิตร, 20 ถัง", "TH", 4900, 20, 5200, "USD",
         "flushing agents for polyurethane dispensers are DBE or NMP-free glycol blends; these drums hold a very "
         "volatile liquid that boils at 32 °C and reads 1,1-dichloro-1-fluoroethane on the sheet: HCFC-141b without "
         "an ODS licence, by sea from Laem Chabang to Algeciras; Thai wording (HCFC-141b as flushing agent repeats in "
         "many sets, kept as a repeat; Thailand to Algeciras is the new part as far as a search found)",
         firm("Meridian Espumas SL", "ES")),
        ("OZN-10", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382769",
         "R-407C 制冷剂, 11.3 kg 一次性钢瓶, 800 瓶", "CN", 9000, 800, 8800, "USD",
         "R-407C is a zeotropic HFC blend; these disposable cylinders hold a single-component gas with the pressure "
         "curve of chlorodifluoromethane: HCFC-22 under an HFC label, landed at Koper in transit from Qingdao to "
         "Belgrade; Chinese wording (R-22 under HFC blends repeats in many sets, kept as a repeat; a transit through "
         "Koper is the new part as far as a search found)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "TN", [], "FR", "691490",
         "Jarres de jardin en terre cuite, style antique, 24 pièces", "TN", 720, 24, 960, "EUR",
         "antique-style garden jars are wheel-thrown, even and light; these 24 are pointed-base amphorae with "
         "handles, coated in worm tubes and shell, one still sealed with pine resin: Punic and Roman amphorae lifted "
         "by divers from a wreck off Kelibia, exported without Tunisian authorisation, by sea from Tunis to "
         "Marseille; Tunisian French wording (amphorae repeat in many sets, kept as a repeat; garden jars from Tunisia "
         "to Marseille are the new part as far as a search found)", firm("Vega Jardins du Sud SARL", "FR")),
        ("CUL-02", "import", "NLSEA01", "sea", "ID", [], "NL", "830629",
         "Meriam perunggu dekoratif, replika VOC, 3 buah", "ID", 900, 3, 1500, "USD",
         "replica VOC cannon are thin-walled castings with a sharp monogram; these three are heavy bronze guns "
         "with a worn VOC monogram, a foundry date and coral scars, raised from a wreck in the Riau islands: "
         "underwater cultural heritage exported without Indonesian authorisation, by sea from Jakarta to Rotterdam; "
         "Indonesian wording (bronze cannon repeat in several sets, kept as a repeat; VOC replica labels from Riau "
         "are the new part as far as a search found)", firm("Horizon Maritiem Antiek BV", "NL")),
        ("CUL-03", "import", "DEAIR01", "air", "VN", [], "DE", "691200",
         "Bát gốm vẽ tay mới, 60 chiếc", "VN", 30, 60, 300, "USD",
         "new hand-painted bowls are glossy and even; these 60 have crackled, sea-dulled glaze, cobalt dragons and "
         "stacking scars and patches of concretion: fifteenth-century Chu Dau export ware from the Cù Lao Chàm "
         "wreck cargo, exported without Vietnamese authorisation, flown from Da Nang to Frankfurt; Vietnamese "
         "wording (Vietnamese wreck ceramics repeat in a few sets; kept as a repeat, new-bowl labels by air to "
         "Frankfurt are the new part as far as a search found)", firm("Central Asia Keramik GmbH", "DE")),
        ("CUL-04", "import", "NLAIR01", "air", "ID", [], "NL", "830610",
         "Kuningan lonceng, gaya antik, 1 buah", "ID", 38, 1, 250, "USD",
         "an antique-style brass bell is light, bright and cast with a fake name; this 38 kg bronze bell is green, "
         "pitted and cast with a Dutch warship's name and 1930s date, cut free from a Java Sea wreck that is a war "
         "grave: underwater cultural heritage and war-grave material, exported without authorisation, flown from "
         "Surabaya to Amsterdam; Indonesian wording (ships' bells and war graves repeat in a few sets, kept as a "
         "repeat; a single antique-style bell by air is the new part as far as a search found)",
         firm("Nordhafen Scheepsantiek BV", "NL")),
        ("CUL-05", "import", "ESAIR01", "air", "CO", [], "ES", "711299",
         "Chatarra de plata para refinar, 8 kg", "CO", 8, None, 4000, "USD",
         "silver scrap for refining is cut sheet, cutlery and wire; these 8 kg are some 300 hand-struck cob coins of "
         "eight reales, blackened with silver sulphide and stuck in clumps, raised from a colonial wreck off "
         "Cartagena de Indias: underwater cultural heritage exported without Colombian authorisation, flown from "
         "Bogotá to Madrid; Colombian Spanish wording (reales repeat in a few sets, kept as a repeat; Colombia to "
         "Madrid as refining scrap is the new part as far as a search found)", firm("Alpina Metales Preciosos SL", "ES")),
        ("CUL-06", "import", "PTAIR01", "air", "OM", [], "PT", "830629",
         "قرص نحاسي زخرفي، 1 قطعة", "OM", 0.4, 1, 120, "USD",
         "a decorative brass disc is stamped and thin; this is a cast bronze mariner's astrolabe with a rete-less "
         "ring, a degree scale and a Portuguese armillary sphere, concreted, from an early sixteenth-century wreck off "
         "Al Hallaniyah: underwater cultural heritage exported without Omani authorisation, flown from Muscat to "
         "Lisbon; Omani Arabic wording (astrolabes repeat in several sets, kept as a repeat; a decorative-disc label "
         "from Oman is the new part as far as a search found)", firm("Atlantic Antiguidades Navais Lda", "PT")),
        ("CUL-07", "import", "DEROAD01", "road", "TR", [], "DE", "442199",
         "Ahşap bahçe figürü, oyma, 1 adet", "TR", 160, 1, 600, "EUR",
         "a carved garden figure is fresh pine with a stain; this is a waterlogged, oak figurehead of a woman, "
         "shrunk and cracked, with traces of lead paint, recovered by divers from an Ottoman-era wreck off Bodrum: "
         "underwater cultural heritage exported without a Turkish permit, by road from Istanbul to Munich; Turkish "
         "wording (figureheads repeat in two sets, kept as a repeat; a garden-figure label is the new part as far as "
         "a search found)", firm("Orion Maritime Antiquitäten GmbH", "DE")),
        ("CUL-08", "import", "ITSEA01", "sea", "EG", [], "IT", "681599",
         "Pietre granitiche da giardino, lavorate, 6 blocchi", "EG", 4200, 6, 1200, "USD",
         "worked garden stones are sawn and flamed; these six are weathered granite and diorite blocks with "
         "hieroglyphs, a sphinx paw and borings of marine molluscs, lifted from Alexandria's sunken harbour: "
         "underwater cultural heritage exported without Egyptian authorisation, by sea from Alexandria to Naples; "
         "Italian wording (Egyptian stone repeats in many sets; sunken-harbour blocks as garden stones are the new "
         "part as far as a search found)", firm("Rivage Pietre Srl", "IT")),
        ("CUL-09", "import", "ESSEA01", "sea", "PH", [], "ES", "691390",
         "Martaban-style storage jars, reproduction, glazed", "PH", 2400, 120, 3600, "USD",
         "a Manila ceramics container for a Barcelona interiors shop: 120 new glazed jars are what the exporter "
         "declares, but the second item, '12 aged-finish jars', are Chinese and Thai stoneware jars with dragons "
         "under marine growth, from the San Diego galleon wreck off Fortune Island: underwater cultural heritage "
         "exported without National Museum authorisation, hidden as the second of two items, by sea from Manila to "
         "Barcelona; Filipino English wording (Martaban jars repeat in two sets, kept as a repeat; the galleon wreck "
         "is the new part as far as a search found)",
         dict(firm("Meridian Interiores SL", "ES"),
              _more_items=[item("691390", "Aged-finish jars, 12 pcs", "PH", 300, 360, "USD", qty=12)])),
        ("CUL-10", "import", "ESAIR01", "express", "PE", [], "ES", "630790",
         "Tela andina vintage, tejido a mano, 1 pieza", "PE", 0.6, 1, 80, "USD",
         "a vintage Andean weaving is sheep or alpaca wool with synthetic dyes; this is a camelid-fibre mantle "
         "fragment with embroidered flying figures in natural dyes, brittle and stained from burial: a Paracas "
         "textile exported without Peruvian authorisation, by express from Lima to Madrid; Peruvian Spanish wording "
         "(Paracas textiles repeat in several sets, kept as a repeat; a vintage-cloth label is the new part as far "
         "as a search found)", person("Lucía Martín", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["PL", "GE"], "AM", "950629",
         "Tauchschulausrüstung, gemischt, gebraucht", "DE", 1200, None, 24000, "EUR",
         "a used-equipment lorry for a Yerevan diving school: wetsuits and fins are what the Kiel dealer declares, "
         "but the third item, 'fish-finder transducer', is a dual-frequency side-scan sonar towfish with its "
         "topside unit, rated to 2,000 m, bought for a Russian survey firm: a 6A001 sonar under EU 2021/821 and the "
         "sanctions on re-export to Russia, hidden as the last of three items; German wording (side-scan sonar "
         "repeats in a few sets, kept as a repeat; behind a diving school's kit is the new part as far as a search "
         "found)",
         dict({"importer_country": "AM"},
              _item={"hs_code": "621133", "description": "Wetsuits, used, 80 pcs", "net_mass_kg": 300, "quantity": 80,
                     "value": 2400},
              _more_items=[item("950629", "Diving fins, used, 120 pairs", "DE", 150, 1200, "EUR", qty=120),
                           item("901480", "Fish-finder transducer with display, 1 set", "DE", 80, 1800, "EUR", qty=1)])),
        ("STR-02", "export", "NLAIR01", "air", "NL", ["AE"], "IR", "852589",
         "Onderwaterinspectiecamera met kabel, 1 set", "NL", 750, 1, 9000, "EUR",
         "an underwater inspection camera on a cable is a hand-held pole camera; this is a light work-class ROV with "
         "manipulator arms rated to 3,000 m, for a Bandar Abbas buyer through Dubai: an unmanned submersible (8A001) "
         "exported to Iran without a licence and against the sanctions; Dutch wording (ROVs repeat in several sets; "
         "an inspection-camera label is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", ["TR"], "RU", "902000",
         "Attrezzatura subacquea ricreativa, 12 set", "IT", 360, 12, 7200, "EUR",
         "recreational diving sets are open-circuit regulators and jackets; these 12 are closed-circuit, non-"
         "magnetic, low-acoustic rebreathers for mine-countermeasure divers, sent through Istanbul to a Novorossiysk "
         "buyer: 8A002 equipment under the Russia sanctions, without a licence; Italian wording (rebreathers repeat in "
         "a few sets, kept as a repeat; a recreational-set label through Istanbul is the new part as far as a search "
         "found)", {"importer_country": "TR"}),
        ("STR-04", "export", "FIAIR01", "air", "FI", ["AM"], "IR", "903180",
         "Rantametallinilmaisin, 2 kpl", "FI", 60, 2, 800, "EUR",
         "a beach metal detector is a light coil on a pole; these are towed caesium marine magnetometers with "
         "depth-rated fish and a gradiometer array, for a Bushehr survey firm through Yerevan: 6A006 magnetometers "
         "under EU 2021/821 and the Iran sanctions, without a licence; Finnish wording (magnetometers repeat in a few "
         "sets; a beach-detector label is the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "CN", "901580",
         "Microphones sous-marins pour l'enregistrement des dauphins, 32 pièces", "FR", 400, 32, 6000, "EUR",
         "hydrophones for dolphin recording are single, hand-lowered sensors; these 32 form a towed array with "
         "heading sensors and a tow cable of 1,200 m, ordered by a Qingdao 'marine archaeology' institute: towed "
         "hydrophone arrays (6A001) exported without a licence; French wording (hydrophones repeat in several sets, "
         "kept as a repeat; a dolphin-recording label was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", ["GE"], "RU", "392690",
         "Auftriebskörper für Hebesäcke, Schaum, 40 Blöcke", "DE", 2400, 40, 6000, "EUR",
         "lift-bag floats are PVC bags or cheap closed-cell foam; these 40 blocks are syntactic foam of glass "
         "microspheres rated to 6,000 m, sent through Poti for a Russian deep-submersible yard: 8C001 syntactic foam "
         "under EU 2021/821 and the Russia sanctions, without a licence; German wording (syntactic foam repeats in a "
         "few sets, kept as a repeat; a lift-bag label was found in no earlier row by a keyword search)",
         {"importer_country": "RU"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", ["TR"], "IR", "810890",
         "Tauchlampengehäuse, Titan, 30 Stück", "AT", 90, 30, 4500, "EUR",
         "dive-torch housings are small aluminium tubes; these 30 are large titanium pressure housings with hemispherical "
         "ends rated to 6,000 m, for an Iranian submersible project through Istanbul: 8A002 pressure housings without a "
         "licence and under the Iran sanctions; Austrian German wording (pressure housings repeat in a few sets; a "
         "dive-torch label is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", ["LT"], "BY", "900640",
         "Kamery myśliwskie, 60 szt.", "PL", 90, 60, 30000, "EUR",
         "trail cameras are cheap boxes with infrared flash; these are cooled thermal-imaging cores in rifle "
         "housings, to Minsk: thermal cameras exported to Belarus against the sanctions; Polish wording (thermal "
         "scopes under hunting labels repeat in many sets, kept as a repeat)", {"importer_country": "BY"}),
        ("STR-09", "export", "CZROAD01", "road", "CZ", ["KZ"], "KG", "845811",
         "Soustruh použitý, CNC, 1 ks", "CZ", 6000, 1, 30000, "EUR",
         "a used CNC lathe is a two-axis machine at this price; this is a new five-axis turning centre with "
         "positioning under 6 µm, for a Russian buyer through Bishkek: a 2B001 machine tool against the sanctions; "
         "Czech wording (machine tools as used ones repeat in many sets, kept as a repeat)", {"importer_country": "KG"}),
        ("STR-10", "export", "SEAIR01", "air", "SE", ["AE"], "IR", "850440",
         "Frekvensomriktare, standard, 20 st", "SE", 200, 20, 16000, "EUR",
         "standard drives run up to 600 Hz; these converters run to 1,500 Hz with under 0.1 % frequency control, for "
         "gas-centrifuge motors, for a Tehran buyer through Dubai: 3A225 frequency changers without a licence; Swedish "
         "wording (frequency changers repeat in many sets, kept as a repeat)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "PH", [], "ES", "392690",
         "Carved plastic diver souvenirs, black, 40 pcs", "PH", 1.2, 40, 80, "USD",
         "carved plastic souvenirs are moulded and light; these 40 are hand-carved black branches with growth rings "
         "and a gold sheen when polished, sold by a Cebu dive resort: black coral (Antipatharia, CITES App. II) "
         "without CITES documents, posted to a private wreck diver in Valencia; Filipino English wording (black "
         "coral repeats in many sets, kept as a repeat; a diver-souvenir label was found in no earlier row by a "
         "keyword search)", person("Javier Soler", "ES")),
        ("WLF-02", "import", "NLSEA01", "sea", "ID", [], "NL", "392690",
         "Dekorasi kerang resin untuk toko selam, 200 buah", "ID", 1600, 200, 1200, "USD",
         "resin clam decor is light and hollow; these 200 shells are heavy, fluted valves of giant clams with "
         "growth lines and boring scars: Tridacna gigas and squamosa shells (CITES App. II) without CITES documents, "
         "by sea from Surabaya to Rotterdam for a Dutch dive-shop chain; Indonesian wording (Tridacna repeats in many "
         "sets, kept as a repeat; dive-shop resin decor is the new part as far as a search found)",
         firm("Delta Duikwinkels BV", "NL")),
        ("WLF-03", "import", "FRAIR01", "express", "BS", [], "FR", "710110",
         "Perles d'eau douce roses, naturelles, 30 pièces", "BS", 0.1, 30, 300, "USD",
         "pink freshwater pearls are round or rice-shaped with a nacreous lustre; these 30 are oval, porcellaneous "
         "pink pearls with a flame pattern from queen conch fished by Bahamian wreck divers: Strombus gigas pearls "
         "(CITES App. II) without CITES documents, by express from Nassau to Paris; French wording (conch pearls "
         "repeat in several sets, kept as a repeat; a freshwater-pearl label from the Bahamas is the new part as far "
         "as a search found)", person("Mme Claire Bernard", "FR")),
        ("WLF-04", "import", "DEAIR01", "air", "PH", [], "DE", "970600",
         "Wreck finds, concretion-covered, decorative, assorted", "PH", 260, None, 2600, "USD",
         "a decorator's air shipment of 'wreck finds' for a Hamburg maritime-decor shop: bottles and ceramic shards "
         "under concretion are what the Cebu salvage diver's firm declares, but the second item, 'concretion "
         "clusters', is 140 kg of stony coral heads broken off reefs around the wreck and dried white: Scleractinia "
         "(CITES App. II) without CITES documents, hidden as the second of two items; English wording (stony coral "
         "repeats in many sets, kept as a repeat; behind wreck finds is the new part as far as a search found)",
         dict(firm("Horizon Maritime Deko GmbH", "DE"),
              _item={"hs_code": "701090", "description": "Old bottles with concretion, 200 pcs", "net_mass_kg": 120,
                     "quantity": 200, "value": 1400},
              _more_items=[item("050800", "Concretion clusters, decorative, 140 kg", "PH", 140, 1200, "USD")])),
        ("WLF-05", "import", "ESAIR01", "air", "CU", [], "ES", "392113",
         "Chapa de celuloide carey para restauración de maquetas navales, 6 kg", "CU", 6, None, 240, "EUR",
         "celluloid tortoiseshell veneer is a uniform, flexible sheet; these are thick, translucent scutes with "
         "natural mottling that smell of hair when a hot needle touches them, sold through a Havana ship-model "
         "restorer: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) without CITES documents, flown to "
         "Madrid; Cuban Spanish wording (hawksbill repeats in many sets, kept as a repeat; a ship-model veneer label "
         "is the new part as far as a search found)", firm("Vega Modelismo Naval SL", "ES")),
        ("WLF-06", "transit", "PTAIR01", "air", "SN", ["PT"], "HK", "030559",
         "Poisson séché, petits, pour appâts, 80 kg", "SN", 80, None, 800, "USD",
         "dried bait fish are silvery and scaled; these 80 kg are dried, curled seahorses with bony rings: "
         "Hippocampus spp. (CITES App. II, under a Senegalese suspension) without documents, landed at Lisbon in "
         "transit from Dakar to Hong Kong; French wording (seahorses repeat in many sets, kept as a repeat; a "
         "bait-fish label in transit through Lisbon is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-07", "import", "BESEA01", "sea", "CD", [], "BE", "440399",
         "Grumes de bois tropical divers, 1 conteneur", "CD", 22000, None, 6600, "USD",
         "mixed tropical logs are light to medium woods; this container holds dense, deep red, fragrant logs that "
         "sink: Pterocarpus tinctorius (mukula, CITES App. II) without CITES documents, by sea from Matadi to Antwerp; "
         "Congolese French wording (mukula repeats in several sets, kept as a repeat)", firm("Central Bois SA", "BE")),
        ("WLF-08", "import", "HUAIR01", "air", "VN", [], "HU", "121190",
         "Gỗ thơm làm nhang, vụn, 20 kg", "VN", 20, None, 400, "USD",
         "incense wood chips are cheap resinless sandalwood or cedar; these 20 kg are dark, resin-streaked chips "
         "that sink and burn with a heavy scent: agarwood (Aquilaria spp., CITES App. II) without documents, flown "
         "from Hanoi to Budapest; Vietnamese wording (agarwood repeats in many sets, kept as a repeat)",
         firm("Orion Illatok Kft.", "HU")),
        ("WLF-09", "import", "ITAIR01", "air", "PH", [], "IT", "960190",
         "Conchiglie ammonite, riproduzioni, 300 pezzi", "PH", 45, 300, 600, "USD",
         "ammonite reproductions are cast resin; these 300 are thin, pearly chambered shells with tiger-stripe "
         "tops: chambered nautilus (Nautilus pompilius, CITES App. II) without documents, flown from Cebu to Milan "
         "for a souvenir wholesaler; Italian wording (nautilus repeats in many sets, kept as a repeat; an ammonite "
         "label is the new part as far as a search found)", firm("Alpina Souvenir Srl", "IT")),
        ("WLF-10", "import", "ATAIR01", "air", "MG", [], "AT", "440729",
         "Bois d'ébène de synthèse, lames, 60 kg", "MG", 60, None, 900, "EUR",
         "synthetic ebony is dyed pear or resin; these 60 kg are jet-black, heavy boards with fine pores: Malagasy "
         "ebony (Diospyros spp., CITES App. II, under a zero export quota) without documents, flown from Antananarivo "
         "to Vienna for a luthier supplier; Malagasy French wording (Malagasy ebony repeats in several sets, kept as "
         "a repeat)", firm("Meridian Tonholz GmbH", "AT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CYAIR01", "air", "IL", "CY", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (cleaning finds from the sea)", "IL", 2.3, 2,
     40, "EUR", [("PRECURSOR_LICENCE", "CY-MOJ-79-0012")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "MTAIR01", "air", "TN", "MT", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (bronze conservation)", "TN", 1.4, 1, 25, "EUR",
     [("PRECURSOR_LICENCE", "MT-POL-79-0031")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "271099",
     "Oily water and sludge from a wreck-removal operation (16 07 08*), for treatment at a licensed plant, 40 t", "NO",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-79-0207")], "notified wreck-pumping oily waste to a licensed plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "285210",
     "Mercury from decommissioned ship gyrocompasses (16 06 03*), for recovery at a licensed plant, 120 kg", "CH",
     120, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-79-0118")], "notified mercury waste to a licensed recoverer"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290377",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 600, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-79-006")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 720, 16,
     15000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-79-009")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "830610",
     "Ship's bell of a Dutch merchantman, bronze, dated 1784, documented collection since 1952, sold at auction", "NL",
     30, 1, 28000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EI-EXP-79-0044")], "bell exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "CH", "970510",
     "Roman Dressel 1 amphora, documented Italian collection since 1936, loan to a Swiss museum", "IT", 25, 1, 9000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-79-0116")], "amphora exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "AU", "901480",
     "Side-scan sonar towfish, 2,000 m rated, with topside unit, for an Australian maritime archaeology institute", "DE",
     80, 1, 90000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-79-0311"), ("END_USER_CERTIFICATE", "AU-DEF-EUC-79-0052")],
     "dual-use sonar under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "BR", "890590",
     "Work-class ROV, 3,000 m rated, with launch system, for a Brazilian offshore contractor", "NL", 9000, 1, 1800000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-79-0087"), ("END_USER_CERTIFICATE", "BR-MD-EUC-79-0021")],
     "dual-use submersible under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "PH", "NL", "050800",
     "Giant clam shells, farmed (Tridacna derasa, source C), 40 units", "PH", 120, 40, 1600, "USD",
     [("CITES_PERMIT", "PH-BFAR-79-0102")], "App. II farmed clam shells with their export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "US", "ES", "711790",
     "Black coral jewellery (Antipathes griggi, Hawaii), 60 pieces", "US", 0.6, 60, 6000, "USD",
     [("CITES_PERMIT", "US-FWS-79-0419")], "App. II black coral with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ιδιώτης", "PRM-02": "Private person", "PRM-05": "Alpina Laboratori Srl",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Delta Duikwinkels BV", "PRM-12": "Meridian Joyería SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # salvage firms, wreck divers, diving suppliers, marine survey firms and maritime archaeology
    ("340290", "Concretion-softening chelating wash for finds, 1 l", "import", ["post"], ["IL", "US"], (15, 30), (1, 3), ["USD", "EUR"], 1, S),
    ("284700", "Hydrogen peroxide 6 %, 1 l, cleaning grade", "import", ["express"], ["IL", "TR"], (4, 8), (1, 4), ["USD", "EUR"], 1, S),
    ("382499", "Sodium carbonate electrolyte for electrolytic reduction, 25 kg", "import", ["sea"], ["JP", "CN"], (0.6, 1.2), (5000, 15000), ["USD"], 0.04, S),
    ("320416", "Fluorescein sea-marker dye packs, 250 g", "import", ["air"], ["VN", "US"], (20, 40), (50, 200), ["USD"], 4, S),
    ("340590", "Hull-cleaning pads and abrasive pastes", "import", ["road"], ["UA", "TR"], (3, 6), (1000, 4000), ["EUR"], 2, S),
    ("813000", "Oxygen candles for submarines and chambers, cast, sealed", "import", ["air"], ["KR", "GB"], (30, 60), (100, 500), ["USD"], 0.1, S),
    ("381090", "Bronze-propeller cleaning paste, citric, 5 kg", "import", ["sea"], ["TN", "TR"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("283650", "Sodium sesquicarbonate for desalinating marine iron, 25 kg", "import", ["sea"], ["MX", "US"], (0.5, 1), (8000, 16000), ["USD"], 0.04, S),
    ("271019", "Two-stroke oil for underwater cutting pumps, 1 l", "import", ["sea"], ["ID", "MY"], (2, 4), (2000, 6000), ["USD"], 1.1, S),
    ("850760", "Lithium-ion ROV battery packs, new, in pressure housings", "import", ["air"], ["NO", "US"], (150, 300), (100, 400), ["USD", "EUR"], 0.05, S),
    ("720449", "Heavy melting scrap HMS 1&2, clean, cut", "export", ["sea"], ["TR", "IN"], (0.3, 0.45), (20000, 26000), ["USD"], None, S),
    ("400922", "Commercial diving hoses, rubber, new, 100 m reels", "import", ["sea"], ["KR", "CN"], (6, 12), (2000, 6000), ["USD"], 0.01, S),
    ("901410", "Brass ship compasses, decorative, new", "import", ["sea"], ["IN", "PK"], (6, 12), (1000, 3000), ["USD"], 1, S),
    ("251320", "Garnet abrasive, new, 80 mesh, big bags", "import", ["sea"], ["IN", "AU"], (0.25, 0.4), (18000, 24000), ["USD"], None, S),
    ("560811", "Polyamide fishing nets, new, knotless", "import", ["sea"], ["VN", "CN"], (6, 10), (2000, 6000), ["USD"], None, S),
    ("731100", "Empty seamless steel cylinders, new, for fire systems", "import", ["sea"], ["CN", "IN"], (3, 6), (4000, 10000), ["USD"], 0.02, S),
    ("842410", "CO2 fire extinguishers, 5 kg, for workboats", "import", ["road"], ["TR", "RS"], (6, 10), (1000, 4000), ["EUR"], 0.1, S),
    ("381400", "Acetone-free conservation solvent blend, 5 l", "import", ["air"], ["GB", "US"], (6, 12), (100, 400), ["USD", "GBP"], 0.2, S),
    ("390729", "Polyethylene glycol PEG 4000 flakes for waterlogged wood", "import", ["sea"], ["DE", "US"], (2, 4), (4000, 12000), ["USD", "EUR"], None, S),
    ("401693", "Regulator O-ring service kits", "import", ["post", "express"], ["TW", "US"], (60, 120), (1, 3), ["USD"], 30, S),
    ("381400", "Aqueous oxygen-service cleaner, 1 gal", "import", ["air"], ["US"], (8, 15), (100, 300), ["USD"], 0.2, S),
    ("902000", "Open-circuit scuba regulators, new", "import", ["air"], ["TW", "IT"], (150, 300), (50, 200), ["USD", "EUR"], 1, S),
    ("841480", "Breathing-air compressors for dive centres", "import", ["sea"], ["IT", "CN"], (15, 30), (500, 2000), ["EUR", "USD"], 0.01, S),
    ("691490", "Terracotta garden jars, new, wheel-thrown", "import", ["sea"], ["TN", "EG"], (1, 2), (2000, 6000), ["EUR"], 0.05, S),
    ("830629", "Bronze cannon replicas, new, decorative", "import", ["sea"], ["ID", "IN"], (4, 8), (1000, 3000), ["USD"], 0.01, S),
    ("691200", "Hand-painted blue-and-white bowls, new", "import", ["air"], ["VN", "CN"], (8, 15), (100, 400), ["USD"], 2, S),
    ("830610", "Brass ship's bells, new, engraved", "import", ["post", "express"], ["IN", "ID"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("830629", "Brass astrolabe replicas, new, boxed", "import", ["post"], ["OM", "IN"], (30, 60), (1, 3), ["USD"], 2, S),
    ("442199", "Carved pine garden figures, new", "import", ["road"], ["TR"], (4, 8), (500, 2000), ["EUR"], 0.05, S),
    ("680293", "Flamed granite garden blocks, new", "import", ["sea"], ["EG", "CN"], (0.3, 0.6), (15000, 24000), ["USD"], None, S),
    ("691390", "Glazed reproduction storage jars", "import", ["sea"], ["PH", "VN"], (1.5, 3), (2000, 6000), ["USD"], 0.05, S),
    ("901480", "Fish finders with transducers, recreational", "import", ["air"], ["TW", "US"], (60, 120), (100, 400), ["USD"], 0.5, S),
    ("852589", "Underwater pole inspection cameras", "import", ["post", "express"], ["CN"], (80, 160), (1, 3), ["USD"], 0.5, S),
    ("903180", "Beach metal detectors, new", "import", ["air"], ["IL", "GB"], (40, 80), (100, 300), ["USD", "GBP"], 0.4, S),
    ("392690", "PVC lift bags for divers, 50 kg lift", "import", ["sea"], ["CN", "TW"], (8, 14), (500, 2000), ["USD"], 0.3, S),
    ("940540", "Aluminium dive torches, LED, new", "import", ["post", "express"], ["CN"], (60, 120), (1, 3), ["USD"], 4, S),
    ("392690", "Resin clam-shell decor, hollow", "import", ["sea"], ["ID", "CN"], (3, 6), (1000, 3000), ["USD"], 0.5, S),
    ("711620", "Cultured freshwater pearls, pink, strands", "import", ["express"], ["CN"], (200, 400), (1, 2), ["USD"], 20, S),
    ("701090", "Glass bottles, old-style, decorative", "import", ["sea"], ["TR", "CN"], (1, 2), (2000, 6000), ["USD"], 3, S),
    ("392113", "Celluloid tortoiseshell-pattern sheet", "import", ["air"], ["IT", "JP"], (15, 30), (50, 200), ["EUR", "USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("761510", "Aluminium pie tins, 22 cm", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD", "EUR"], 8, N),
        ("441990", "Beech-wood plate racks", "import", ["sea"], ["VN", "CN"], (2, 4), (2000, 6000), ["USD"], 0.5, N),
        ("392490", "Plastic bath racks, over-the-tub", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 1.2, N),
        ("441990", "Wooden darning mushrooms", "import", ["post", "express"], ["GB", "LT"], (15, 30), (1, 3), ["GBP", "EUR"], 12, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind317", 20790101, HERE)


if __name__ == "__main__":
    main()
