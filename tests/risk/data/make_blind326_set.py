#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-sixth blind set (tests/risk/data/blind326-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2080, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: cash-in-transit, ATMs and
banknote handling (cash-in-transit companies and their armoured fleets and cash centres,
ATM makers, operators and service firms, banknote-counter and coin-sorter suppliers,
bank branch and retail cash-office suppliers).
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
only where a real declaration would. Ids are BL326-*:

    python3 tests/risk/data/make_blind326_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2080, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2080
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "CN", [], "DE", "340290",
         "ATM读卡器清洁液 (清洁卡用补充液), 500毫升 x 6瓶", "CN", 3.4, 6, 150, "CNY",
         "the fluid for ATM card-reader cleaning cards is an isopropanol blend of 0.79 kg/l sold pre-soaked on "
         "cards; these six half-litre bottles hold a clear, runny liquid of 1.13 kg/l with vented caps that whitens "
         "the fingers and fizzes on rust: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Shenzhen to a private person in Leipzig; Chinese wording (hydrogen peroxide repeats in many sets; an ATM "
         "card-reader cleaning label was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("PRE-02", "import", "NLAIR01", "air", "IN", [], "NL", "321590",
         "நோட்டு சரிபார்ப்பு UV பாதுகாப்பு மை, சோதனை அட்டைகளுக்கு, 1 லிட்டர், 24 பாட்டில்கள்", "IN", 27.4, 24, 260, "USD",
         "UV security ink for the test cards of banknote-counterfeit detectors is a few grams of fluorescent pigment "
         "in a glycol carrier; these 24 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l that does "
         "not glow under UV and whose drum label reads 'CH3NO2', for a Utrecht cash-handling-supplies web shop that "
         "resells the litres to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members "
         "of the public, flown from Chennai; Tamil wording (nitromethane repeats in many sets; a counterfeit-detector "
         "ink label was found in no earlier row by a keyword search)", firm("Vega Kasbenodigdheden BV", "NL")),
        ("PRE-03", "import", "FRAIR01", "air", "KR", [], "FR", "381400",
         "지폐계수기 고무롤러 재생제, 1 L, 120병", "KR", 168, 120, 600, "USD",
         "roller rejuvenator for the rubber feed rollers of banknote counters is a solvent blend of about "
         "0.80 kg/l; these 120 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into "
         "a copper wire, for a Lyon banknote-counter service firm that sells the bottles to the public: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Incheon; Korean "
         "wording (nitric acid repeats in many sets; a counter-roller rejuvenator label was found in no earlier row "
         "by a keyword search)", firm("Orion Monétique SARL", "FR")),
        ("PRE-04", "import", "BGROAD01", "road", "TR", [], "BG", "480990",
         "ATM fiş rulosu termal kaplama kimyasalı, 25 kg torba, 300 torba", "TR", 7500, 300, 6000, "EUR",
         "the coating for ATM receipt rolls is a leuco dye and developer dispersion sold to paper mills in drums, "
         "never in sacks to a trader; these 300 sacks hold shiny white flakes that crackle and spark on a hot iron, "
         "with a supplier's sheet giving CAS 3811-04-9, for a Plovdiv 'ATM consumables' firm that re-bags the salt "
         "in 1 kg packs: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, at "
         "Kapitan Andreevo; Turkish wording (potassium chlorate repeats in many sets; a receipt-roll coating label, "
         "and under a paper heading, was found in no earlier row)", firm("Orion Bankomat Konsumativi EOOD", "BG")),
        ("PRE-05", "import", "ESSEA01", "sea", "VN", [], "ES", "282720",
         "Hạt hút ẩm canxi clorua cho két sắt và buồng ATM, bao 25 kg, 480 bao", "VN", 12000, 480, 4300, "USD",
         "calcium-chloride dehumidifier granules for safes and ATM enclosures are white flakes that turn liquid in "
         "damp air and grow hot in water; these 480 sacks hold prills that turn ice-cold in water, test at 34 % N "
         "and melt and fume on a hot plate, for a Valencia safe and ATM-kiosk installer that packs them in 1 kg "
         "tubs for sale to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of "
         "the public, by sea from Hai Phong; Vietnamese wording (ammonium nitrate repeats in many sets and "
         "desiccant labels in several, kept as a repeat of that family; a safe and ATM dehumidifier label was found "
         "in no earlier row)", firm("Meridian Cajas Fuertes SL", "ES")),
        ("PRE-06", "import", "ITAIR01", "air", "PK", [], "IT", "340250",
         "سکہ چھانٹنے والی مشین کے لیے ڈی گریزنگ پاؤڈر، 1 کلو پیکٹ، 400 پیکٹ", "PK", 400, 400, 520, "USD",
         "degreasing powder for the discs and rails of coin sorters is a soda-ash and surfactant blend that foams in "
         "water; these 400 packets hold a soft, white, hygroscopic powder that does not foam, dissolves at once and "
         "burns fiercely with sugar, for a Milan vending and coin-handling service firm that sells the packets over "
         "the counter: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Lahore; Urdu wording (sodium perchlorate repeats in many sets; a coin-sorter degreaser was found in no "
         "earlier row by a keyword search)", firm("Alpina Contamonete Srl", "IT")),
        ("PRE-07", "import", "PTPOST01", "post", "TH", [], "PT", "340290",
         "น้ำยาลอกซีลถุงนิรภัยสำหรับขนส่งเงินสด, 4 x 500 กรัม", "TH", 2.0, 4, 90, "THB",
         "the fluids that release the adhesive strip of tamper-evident cash bags do not exist in the trade (the bags "
         "are cut open, which is their point); these four tubs hold loose white crystals that flare on a match with "
         "sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Bangkok to a "
         "private person in Porto; Thai wording (sodium chlorate repeats in many sets; a cash-bag seal remover was "
         "found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-08", "import", "PLROAD01", "road", "UA", [], "PL", "382000",
         "Концентрат омивача скла для броньованих інкасаторських автомобілів, 5 л, 400 каністр (1-ша з 3 відправок)",
         "UA", 2400, 400, 2000, "EUR",
         "washer concentrate for armoured cash-in-transit vans is a blue methanol or ethanol blend of 0.95 kg/l; "
         "these 400 cans hold a water-clear liquid of 1.20 kg/l with vented caps that whitens the skin and fizzes "
         "on rust, the first of three vans that week each kept under 2.5 t, for a Lublin vehicle-supplies trader "
         "that sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, at Dorohusk; Ukrainian wording (hydrogen peroxide repeats in many sets and "
         "split-over-vans rows in several; a cash-in-transit van washer label was found in no earlier row)",
         firm("Horizon Auto Chemia Sp. z o.o.", "PL")),
        ("PRE-09", "import", "ATAIR01", "air", "JP", [], "AT", "284700",
         "プール用 pH マイナス 液体, 1 L, 60本", "JP", 70, 60, 300, "USD",
         "pool pH-minus liquid is dilute sulphuric or hydrochloric acid; these 60 bottles hold a water-clear liquid "
         "of 1.11 kg/l with vented caps that whitens the skin and fizzes on rust, for a Graz pool shop: about 30 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, flown from Osaka; Japanese "
         "wording (hydrogen peroxide and pool-chemical labels repeat in many sets, kept as a repeat; from Japan to "
         "Graz is the new part as far as a search found)", firm("Alpina Pool GmbH", "AT")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "310230",
         "Đubrivo KAN 27 % N, džambo vreće 500 kg, 44 vreće", "RS", 22000, 44, 7500, "EUR",
         "calcium ammonium nitrate at 27 % N is grey-brown, dolomite-dusted granules; these jumbo bags hold white "
         "prills with no dolomite that test at 34 % N, for a Szeged garden-centre chain that re-bags them in 5 kg "
         "packs for hobby gardeners: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public; Serbian wording (ammonium nitrate under fertiliser labels repeats in many sets, kept as a repeat; "
         "from Serbia into Hungary by road is the new part as far as a search found)",
         firm("Delta Kertészet Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "847290",
         "Gebruikte geldautomaten, gereviseerd, getest, 60 stuks", "NL", 30000, 60, 18000, "EUR",
         "refurbished ATMs leave a refurbisher on pallets, shrink-wrapped, with their safes, dispensers and a test "
         "sheet each; these 60 cabinets are gutted shells from a Dutch ATM operator's network swap, with smashed "
         "screens, cut looms, missing dispensers and their UPS batteries and boards still inside, for a Kumasi scrap "
         "yard: waste electrical and electronic equipment with hazardous parts, whose export to a non-OECD country "
         "is banned, from Rotterdam to Tema; Dutch wording (scrapped cash machines as e-waste repeat in blind52, "
         "blind121 and blind246, kept as a repeat of the family; a refurbished-ATM label to Ghana is the new part "
         "as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "NG", "470790",
         "Altpapier, sortiert, Büropapier, Ballen, 24 t", "DE", 24000, None, 2400, "EUR",
         "sorted office paper is clean, white, dry bales; these bales are cash-centre sweepings from a Hamburg "
         "cash-in-transit firm: shredded paper and polymer banknotes with their plastic windows, torn seal bags, "
         "coin wrappers, dye-stained notes, food waste and canteen rubbish: mixed waste from a commercial site "
         "(Y46), whose export to a non-OECD country for recovery is banned, from Hamburg to Lagos; German wording "
         "(waste paper under office-paper labels repeats in several sets, kept as a repeat; shredded-banknote "
         "sweepings were found in no earlier row)", {"importer_country": "NG"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "870590",
         "Fourgons blindés de transport de fonds, d'occasion, roulants, 6 unités", "FR", 36000, 6, 30000, "EUR",
         "used armoured cash-in-transit vans are sold running, with papers and a service history; these six were "
         "written off by a Lyon cash-in-transit company after robberies and crashes, with burnt cabs, leaking "
         "fluids, broken axles, no keys and their lead batteries and gas canisters inside: end-of-life vehicles "
         "(hazardous waste), whose export to a non-OECD country is banned, from Le Havre to Dakar; French wording "
         "(end-of-life vehicles repeat in many sets, kept as a repeat of the good; wrecked armoured cash vans were "
         "found in no earlier row)", {"importer_country": "SN"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "PK", "850720",
         "UPS-batterijen voor geldautomaten, gebruikt, werkend, 3.000 stuks", "BE", 18000, 3000, 9000, "EUR",
         "working UPS batteries are sold tested, in date and boxed; these 3,000 12 V blocks were pulled from ATM and "
         "cash-centre UPS units at the end of their life, swollen, cracked and leaking, on loose pallets: waste "
         "lead-acid batteries (A1160), whose export to a non-OECD country is banned, from Antwerp to Karachi; "
         "Flemish wording (lead batteries repeat in many sets, kept as a repeat of the good; ATM UPS blocks were "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "TN", "847340",
         "Ricambi per bancomat, revisionati, 1 lotto", "IT", 4000, None, 6000, "EUR",
         "an ATM spare-parts lot for a Tunis service firm: card readers and pin pads are what Italian ATM "
         "refurbishers ship, but the third item's 'schede elettroniche ricondizionate' are 6 t of boards cut from "
         "scrapped ATMs and banknote counters, snapped, burnt and with their backup cells still soldered on: waste "
         "circuit boards (A1180), whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Genoa to Radès; Italian wording (boards behind spares repeat in several "
         "sets; an ATM spare-parts lot is the new part as far as a search found)",
         dict({"importer_country": "TN"},
              _more_items=[item("847340", "Lettori di carte per bancomat, revisionati, 200 pz", "IT", 300, 12000, "EUR", qty=200),
                           item("847340", "Schede elettroniche ricondizionate, 6 t", "IT", 6000, 3000, "EUR")])),
        ("WST-06", "export", "ESROAD01", "road", "ES", [], "MA", "830300",
         "Cajas fuertes usadas, para reutilización, 40 unidades", "ES", 16000, 40, 8000, "EUR",
         "used safes for re-use are sound, with doors, locks and keys; these 40 are old bank and cash-office safes "
         "pulled out of Andalusian branch refits, cut open, doorless, with crumbling grey-white fire-proof filling "
         "between the walls: waste containing asbestos (A2050), whose export to a non-OECD country is banned, by "
         "road and ferry from Algeciras to Tanger Med; Spanish wording (asbestos waste repeats in many sets, kept "
         "as a repeat; asbestos-lined safes were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-07", "export", "PLROAD01", "road", "PL", [], "UA", "392329",
         "Worki foliowe PE, do recyklingu, czyste, bele, 20 t", "PL", 20000, None, 2000, "EUR",
         "clean PE film for recycling is one polymer, baled and dry; these bales are used tamper-evident cash bags "
         "and coin bags from Warsaw cash centres, multilayer film with adhesive strips, labels and RFID tags, mixed "
         "with seal tags, coin trays and dirty wrapping: mixed and contaminated plastic waste (Y48), whose export to "
         "a non-OECD country is banned, by road to Lviv; Polish wording (plastic film waste repeats in many sets, "
         "kept as a repeat; used cash bags were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "EG", "271019",
         "Ορυκτέλαιο βάσης SN 500, flexitank, 22 t", "GR", 22000, None, 11000, "EUR",
         "base oil SN 500 is a clear, pale, odourless oil; this flexitank holds dark, gritty used engine and gear "
         "oil from Piraeus garages with water and fuel in it: waste oil (A3020), whose export to a non-OECD country "
         "is banned, from Piraeus to Alexandria; Greek wording (used oil under base-oil labels repeats in many sets, "
         "blind246 among them; kept as a repeat, Piraeus to Alexandria is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-09", "export", "IESEA01", "sea", "IE", [], "NG", "401220",
         "Part-worn car tyres, graded, 6 mm tread, 2,400 pcs", "IE", 19000, 2400, 7000, "EUR",
         "part-worn tyres for re-use are graded, with 3 mm tread or more; these are bald, cut and bulged tyres from "
         "Irish tyre shops, mixed with lorry casings: waste tyres, whose export to a non-OECD country without its "
         "consent is not allowed, from Dublin to Lagos; Irish English wording (used tyres repeat in many sets, kept "
         "as a repeat; Dublin to Lagos is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "TZ", "854143",
         "Solpaneler, begagnade, fungerande, 1 200 st.", "SE", 24000, 1200, 12000, "EUR",
         "used working solar panels are stacked with corners and a test log; these have shattered glass, burnt "
         "junction boxes and cut leads, from storm-damaged Swedish farm roofs: waste photovoltaic panels (e-waste), "
         "whose export to a non-OECD country is banned, from Gothenburg to Dar es Salaam; Swedish wording (used "
         "panels repeat in several sets, kept as a repeat; Gothenburg to Dar es Salaam is the new part as far as a "
         "search found)", {"importer_country": "TZ"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRAIR01", "air", "IN", [], "FR", "381400",
         "ATM કાર્ડ રીડર અને પિન પેડ કોન્ટેક્ટ ક્લીનર, 1 લિટર, 200 બોટલ", "IN", 250, 200, 900, "USD",
         "contact cleaner for ATM card readers and pin pads is an isopropanol or hydrocarbon blend; these 200 "
         "bottles hold a clear liquid of 1.24 kg/l that boils in the hand with an ethereal smell, whose drum label "
         "reads 'R-141b': HCFC-141b (controlled under Regulation 2024/590, not to be placed on the market), flown "
         "from Ahmedabad to Paris for an ATM service firm; Gujarati wording (HCFC-141b under cleaner labels repeats "
         "in many sets, kept as a repeat; an ATM card-reader contact-cleaner label was found in no earlier row)",
         firm("Central Monétique Services SARL", "FR")),
        ("OZN-02", "import", "NLSEA01", "sea", "CN", [], "NL", "842410",
         "现金处理中心机房气体灭火装置, 七氟丙烷 (FM-200), 40 kg 钢瓶, 60 套", "CN", 4800, 60, 36000, "USD",
         "FM-200 cylinders for the server rooms of cash-processing centres hold HFC-227ea at 25 bar; these 60 "
         "cylinders are filled with a gas that reads 42 bar at 20 °C and whose valve stamping and liquid density "
         "are those of bromotrifluoromethane: halon 1301 (controlled, placed on the market only for listed critical "
         "uses), by sea from Ningbo to Rotterdam for a cash-centre fit-out contractor; Chinese wording (halon under "
         "clean-agent labels repeats in several sets, kept as a repeat; a cash-centre suppression label was found "
         "in no earlier row)", firm("Nordhafen Kluis Techniek BV", "NL")),
        ("OZN-03", "import", "GRROAD01", "road", "TR", [], "GR", "381400",
         "Para sayma makinesi silindir temizleme solventi, 20 L bidon, 60 bidon", "TR", 1600, 60, 2400, "EUR",
         "roller-cleaning solvent for banknote counters is isopropanol; these cans hold a heavy, non-flammable "
         "liquid of 1.33 kg/l with a sweet chloroform smell, and the maker's drum under the relabel reads "
         "'1,1,1-trikloroetan': 1,1,1-trichloroethane (methyl chloroform, controlled, banned from the market), by "
         "road from Istanbul to Thessaloniki for a banknote-counter dealer; Turkish wording (methyl chloroform "
         "repeats in several sets; a banknote-counter solvent label was found in no earlier row)",
         firm("Delta Trapezika Systimata AE", "GR")),
        ("OZN-04", "import", "CYSEA01", "sea", "AE", [], "CY", "841590",
         "قطع تكييف لسيارات نقل الأموال المصفحة، 1 شحنة", "AE", 1400, None, 9000, "USD",
         "an air-conditioning spares consignment for a Limassol armoured-car body builder: condensers and "
         "compressors are what Dubai traders send, but the third item's 'gas R-407C, 13.6 kg' are 80 cylinders whose "
         "gas reads 9 bar at 20 °C with the single-component smell and pressure curve of chlorodifluoromethane: "
         "HCFC-22 (controlled, banned from the market), hidden as the last item of a three-item declaration, by sea "
         "from Jebel Ali to Limassol; Emirati Arabic wording (HCFC-22 under R-407C labels repeats in many sets; "
         "behind armoured-car AC spares is the new part as far as a search found)",
         dict(firm("Orion Armoured Vehicles Ltd", "CY"),
              _more_items=[item("841840", "Condensers for vehicle air conditioning, 40 pcs", "AE", 320, 4000, "USD", qty=40),
                           item("290371", "Refrigerant gas R-407C, 13.6 kg cylinders, 80 pcs", "AE", 1088, 3200, "USD", qty=80)])),
        ("OZN-05", "import", "CZAIR01", "air", "KR", [], "CZ", "381400",
         "ATM 감열 프린터 헤드 세척제, 500 ml, 240병", "KR", 190, 240, 960, "USD",
         "the cleaner for thermal printheads of ATM receipt printers is isopropanol in a pen or small bottle; these "
         "240 bottles hold a heavy, non-flammable liquid of 1.59 kg/l with a sweet, dry-cleaning smell whose "
         "supplier sheet gives CAS 56-23-5: carbon tetrachloride (controlled, for feedstock and laboratory use "
         "only), flown from Incheon to Prague for an ATM maintenance firm; Korean wording (carbon tetrachloride "
         "repeats in many sets; a printhead-cleaner label was found in no earlier row)",
         firm("Vega Bankomatový Servis s.r.o.", "CZ")),
        ("OZN-06", "transit", "PLSEA01", "sea", "CN", ["PL"], "UA", "390750",
         "夜间保险柜门密封发泡组合料 (聚醚多元醇预混), 220 kg 桶, 80 桶", "CN", 17600, 80, 26000, "USD",
         "the polyol premix for foaming the door seals of night safes and ATM fascias is blown with cyclopentane "
         "or water; these 80 drums bulge in the sun and the blowing agent they vent is 1,1-dichloro-1-fluoroethane: "
         "polyol premixed with HCFC-141b (controlled, and products containing it banned), landed at Gdańsk in "
         "transit from Ningbo to a Lviv safe maker; Chinese wording (HCFC-141b in polyol repeats in several sets; "
         "kept as a repeat, a transit through Gdańsk to Lviv is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-07", "import", "IEAIR01", "air", "US", [], "IE", "381400",
         "Dye-pack stain remover for banknotes, 1 gal, 40 jugs", "US", 200, 40, 1800, "USD",
         "there is no lawful product that removes the red dye that cash-box and dye-pack cartridges put on stolen "
         "notes; these jugs hold a heavy liquid of 1.99 kg/l with a sweet smell whose supplier sheet gives CAS "
         "74-97-5: bromochloromethane (controlled, banned from the market), flown from Newark to Dublin for a "
         "'cash-handling' firm; US English wording (bromochloromethane repeats in a few sets; a dye-pack stain "
         "remover was found in no earlier row by a keyword search)", firm("Atlantic Cash Solutions Ltd", "IE")),
        ("OZN-08", "import", "ESSEA01", "sea", "MA", [], "ES", "380891",
         "Protecteur de stockage pour céréales, comprimés, 500 kg", "MA", 500, None, 4000, "EUR",
         "grain-store protectants are insecticide dusts or phosphine tablets; these steel cans hold a liquefied gas "
         "with a faint sweet smell and 'CH3Br' stamped under the label: methyl bromide (controlled, banned from the "
         "market), by sea from Tanger Med to Algeciras for an Almería greenhouse supplier; Moroccan French wording "
         "(methyl bromide repeats in many sets, kept as a repeat; a grain-protectant label from Morocco is the new "
         "part as far as a search found)", firm("Rivage Agro SL", "ES")),
        ("OZN-09", "import", "LTSEA01", "sea", "CN", [], "LT", "382499",
         "Putų pūtimo agentas, ne ODS, 250 kg statinės, 40 statinių", "CN", 10000, 40, 30000, "USD",
         "non-ODS foam blowing agents are cyclopentane or HFO blends; these drums hold a liquid boiling at 24 °C "
         "with the smell of trichlorofluoromethane: CFC-11 (controlled, banned from the market), by sea from "
         "Qingdao to Klaipėda for a panel maker; Lithuanian wording (CFC-11 repeats in many sets, kept as a repeat; "
         "to Klaipėda is the new part as far as a search found)", firm("Central Panelės UAB", "LT")),
        ("OZN-10", "import", "HRSEA01", "sea", "TR", [], "HR", "842410",
         "Yangın söndürücü, tekne için, 2 kg, 300 adet", "TR", 900, 300, 6000, "EUR",
         "boat extinguishers are powder or CO2; these 300 cylinders hold a gas that reads 12 bar and smells faintly "
         "sweet, whose valve labels under the sticker read 'BCF': halon 1211 (controlled, banned from the market "
         "except listed critical uses), by sea from Izmir to Rijeka for a marina chandler; Turkish wording (halon "
         "1211 in extinguishers repeats in many sets, kept as a repeat; boat extinguishers to Rijeka are the new "
         "part as far as a search found)", firm("Orion Nautika d.o.o.", "HR")),
    ],
    "cultural": [
        ("CUL-01", "export", "DEROAD01", "road", "DE", [], "CH", "830300",
         "Tresor, gebraucht, Eisen, 1 Stück", "DE", 120, 1, 800, "EUR",
         "a used iron safe from a bank's branch refit is a welded box with a combination dial; this is a "
         "sixteenth-century Nuremberg iron money chest ('Armada chest') with a painted lid, a multi-bolt lock in "
         "an etched plate and strapwork, worth some 60,000 EUR, exported without the EU export licence that an "
         "object over 50 years old of that value needs, by road from Nuremberg to a Zurich dealer; German wording "
         "(a strongbox cover was found in no earlier row by a keyword search; a money chest under a used-safe label "
         "is the new part)", firm("Alpina Antik AG", "CH")),
        ("CUL-02", "export", "GRAIR01", "air", "GR", [], "US", "844399",
         "Μεταλλικές πλάκες εκτύπωσης, μεταχειρισμένες, για ανακύκλωση, 40 τεμ.", "GR", 160, 40, 400, "EUR",
         "used printing plates for recycling are thin aluminium offset plates; these 40 are thick, engraved steel "
         "and copper intaglio plates for Greek drachma banknotes of the 1920s-1940s, with the portraits and "
         "guilloche lines of the state printing works, part of the national heritage and not exportable without "
         "the permit of the ministry and the EU export licence, flown from Athens to a New York dealer; Greek "
         "wording (engraved printing plates repeat twice, blind73 and blind84, on other plates; banknote printing "
         "plates were found in no earlier row by a keyword search)",
         firm("Meridian Numismatics LLC", "US")),
        ("CUL-03", "import", "CYAIR01", "air", "LB", [], "CY", "442090",
         "صواني خشبية لفرز النقود المعدنية، 1 شحنة", "LB", 60, None, 900, "USD",
         "a cash-office supplies air shipment for a Nicosia exchange bureau: wooden coin-sorting trays and coin "
         "scales are what the Beirut supplier sends, but the third item's 'old brass balance, decorative' is a "
         "medieval money-changer's folding balance with a set of Umayyad glass coin weights, dug in Syria: "
         "cultural goods illicitly removed from Syria, whose import into the Union is banned, hidden as the last "
         "item of a three-item declaration, flown from Beirut to Larnaca; Lebanese Arabic wording (Syrian antiquities "
         "repeat in several sets; a money-changer's balance and glass coin weights were found in no earlier row)",
         dict(firm("Delta Exchange Ltd", "CY"),
              _more_items=[item("842320", "Coin scales, electronic, 20 pcs", "LB", 40, 1200, "USD", qty=20),
                           item("830629", "Old brass balance with weights, decorative, 1 pc", "SY", 3, 40, "USD", qty=1)])),
        ("CUL-04", "import", "HUROAD01", "road", "RS", [], "HU", "481890",
         "Папирни омоти за ковани новац (ролне за ситниш), 20 ролни", "RS", 6, 20, 30, "EUR",
         "coin wrappers are flat kraft tubes sold in thousands; these 20 'rolls' are filled wrappers, each holding "
         "some 40 late-Roman bronze coins with green patina and soil in the legends, some 800 coins from a "
         "detected hoard near Viminacium, illegally exported from Serbia and without the import licence for "
         "archaeological objects over 250 years old (Regulation 2019/880), by road at Röszke for a Budapest "
         "coin dealer; Serbian Cyrillic wording (Roman coins and Viminacium finds repeat in many sets, blind141 and "
         "blind248 among them, kept as a repeat; a coin-wrapper label was found in no earlier row)", firm("Central Érme Kft.", "HU")),
        ("CUL-05", "import", "DEAIR01", "air", "TR", [], "DE", "780600",
         "Kurşun mühür, para torbası mühürleme için, 300 adet", "TR", 6, 300, 60, "EUR",
         "lead seals for cash bags are crimped, stamped discs on a wire, all alike and new; these 300 are "
         "worn, patinated Byzantine lead seals (molybdoboulla) with busts of saints and Greek inscriptions on both "
         "faces, dug in Anatolia and illegally exported from Türkiye, flown from Istanbul to Munich for a seal "
         "collector's auction, without the import licence for archaeological objects (Regulation 2019/880); Turkish "
         "wording (Byzantine lead seals repeat in many sets, blind11, blind29, blind220 and blind264 among them, "
         "kept as a repeat of the good; a cash-bag seal label is the new part as far as a search found)", firm("Vega Auktionen GmbH", "DE")),
        ("CUL-06", "export", "BEAIR01", "air", "BE", [], "CH", "491191",
         "Decoratieve print op paneel, voor bankhal, 1 stuk", "BE", 14, 1, 300, "EUR",
         "a decorative print on board for a bank lobby is a modern reproduction; this is a sixteenth-century "
         "Antwerp oil on oak panel of a money-changer and his wife weighing coins, with the dendro-datable panel, "
         "old cradling and wax seals on the back, worth well over 150,000 EUR, exported without the EU export "
         "licence a painting over 50 years old of that value needs, flown from Brussels to a Geneva free port; "
         "Flemish wording (paintings under print labels repeat in many sets, kept as a repeat; a money-changer "
         "panel for a bank hall is the new part as far as a search found)", firm("Rivage Fine Art SA", "CH")),
        ("CUL-07", "transit", "FRAIR01", "air", "EG", ["FR"], "US", "720421",
         "خردة نحاس من فرز العملات، 1 كرتونة، 25 كجم", "EG", 25, None, 60, "USD",
         "the scrap from coin sorting is bent, modern, low-value coins sold to a refinery; these 25 kg are some "
         "5,000 Ptolemaic and Roman-Egyptian bronze coins with desert crust and green corrosion, illegally exported "
         "from Egypt, landed at Paris-Charles de Gaulle in transit from Cairo to a Florida dealer, against "
         "Regulation 2019/880, which covers transit; Egyptian Arabic wording (ancient coins under scrap labels "
         "repeat in several sets; coin-sorting scrap in transit through Paris is the new part as far as a search "
         "found)", {"importer_country": "US"}),
        ("CUL-08", "import", "ESAIR01", "air", "PE", [], "ES", "630499",
         "Tapiz de alpaca, artesanal, nuevo, 2 unidades", "PE", 3, 2, 90, "USD",
         "new alpaca wall hangings are bright, machine-spun and even; these two are faded, fine cotton and "
         "camelid-fibre Chancay and Nazca textile fragments with tapestry birds and old repairs, from looted "
         "graves, without the Peruvian export permit and the import licence (Regulation 2019/880), flown from "
         "Lima to Madrid; Peruvian Spanish wording (pre-Columbian textiles under craft labels repeat in several "
         "sets, kept as a repeat; nothing in this row is new but the pairing of two cultures)",
         person("Sr. J. García", "ES")),
        ("CUL-09", "import", "NLSEA01", "sea", "TH", [], "NL", "680221",
         "หัวพระพุทธรูปหินทราย ตกแต่งสวน, 1 ชิ้น", "TH", 40, 1, 150, "USD",
         "a garden Buddha head is new, machine-cut and even; this is a weathered twelfth-century Khmer sandstone "
         "head with a broken neck and saw marks at the back, looted from a Cambodian temple and sent through "
         "Thailand, without the export permit and the import licence (Regulation 2019/880), by sea from Laem "
         "Chabang to Rotterdam; Thai wording (Khmer heads repeat in many sets, kept as a repeat; by sea to "
         "Rotterdam is the new part as far as a search found)", firm("Horizon Tuinbeelden BV", "NL")),
        ("CUL-10", "export", "ITAIR01", "air", "IT", [], "GB", "482020",
         "Quaderni usati, lotto, 6 pezzi", "IT", 4, 6, 40, "EUR",
         "used notebooks are modern exercise books; these six are bound eighteenth-century manuscript account "
         "books of a Florentine bank, with ledger entries, seals and the bank's device, part of an archive and "
         "not exportable without the EU export licence and the Italian certificate, flown from Florence to a "
         "London dealer; Italian wording (manuscripts under notebook labels repeat in several sets; a bank's "
         "ledgers are the new part as far as a search found)", firm("Atlantic Books Ltd", "GB")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["PL", "LT"], "KZ", "870421",
         "Kastenwagen, gebraucht, Diesel, 3,5 t, 4 Stück", "DE", 14000, 4, 160000, "EUR",
         "used 3.5 t box vans sell for some 15,000 EUR each; these four are armoured cash-in-transit vans with "
         "FB6 cab armour, gun ports, a safe and a time-locked cash box, from a Düsseldorf cash-in-transit firm, "
         "declared to Almaty but ordered by a Russian bank's cash-collection arm: vehicles on the list of goods "
         "whose export for use in Russia is banned (Regulation 833/2014), by road through Poland and Lithuania; "
         "German wording (cash-in-transit vans appear in two earlier rows, blind12 and blind161, kept as a repeat "
         "of the good; a box-van label to Kazakhstan is the new part as far as a search found)",
         firm("Orion Logistics TOO", "KZ")),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AM", "847290",
         "Macchine contabanconote e selezionatrici di monete, 1 spedizione", "IT", 900, None, 42000, "EUR",
         "a cash-handling air shipment for a Yerevan bank-equipment dealer: banknote counters and coin sorters are "
         "what Italian makers ship there, but the third item's 'moduli di ricambio' are 200 MEMS inertial "
         "measurement units of drone-autopilot grade, common high-priority items whose export for use in Russia is "
         "banned (Regulation 833/2014, Annex VII), hidden as the last item of a three-item declaration, flown from "
         "Milan to Yerevan and on to Moscow; Italian wording (IMUs repeat in several sets; behind banknote "
         "counters is the new part as far as a search found)",
         dict(firm("Delta Bank Technologies LLC", "AM"),
              _more_items=[item("847290", "Selezionatrici di monete, 20 pz", "IT", 600, 18000, "EUR", qty=20),
                           item("903290", "Moduli di ricambio, 200 pz", "IT", 20, 4000, "EUR", qty=200)])),
        ("STR-03", "export", "ATAIR01", "air", "AT", [], "CN", "480256",
         "Sicherheitspapier für Lotterielose, ungestrichen, Bogen, 2 t", "AT", 2000, None, 60000, "EUR",
         "security paper for lottery tickets is plain, coated, with a simple fluorescent fibre; these sheets are "
         "cotton banknote paper with a portrait watermark and a windowed security thread, cut to a note size, "
         "declared to a Dandong trader for the DPRK central bank: banknote paper whose supply to North Korea is "
         "banned (EU sanctions on the DPRK), flown from Vienna; German wording (banknote paper appears once, "
         "blind246, printed as zero-euro notes; unprinted note paper for the DPRK was found in no earlier row)", firm("Horizon Paper Trading Co.", "CN")),
        ("STR-04", "export", "LTROAD01", "road", "LT", [], "BY", "481890",
         "Popierius monetų vyniojimui, 1 padėklas", "LT", 300, None, 400, "EUR",
         "coin-wrapping paper is flat kraft on rolls; this pallet holds sealed cash-centre boxes of 500-euro, "
         "200-euro and 100-euro notes, some 2.4 million EUR in bundles, packed by a Vilnius cash-in-transit "
         "subcontractor for a Minsk exchange network: euro-denominated banknotes whose sale, supply or export to "
         "Belarus is banned (Regulation 765/2006), by road at Medininkai; Lithuanian wording (euro notes to "
         "Belarus were found in no earlier row by a keyword search)", firm("Vega Obmen OOO", "BY")),
        ("STR-05", "export", "SESEA01", "sea", "SE", [], "KG", "722540",
         "Stålplåt, varmvalsad, för skåpbilskarosser, 40 t", "SE", 40000, None, 60000, "EUR",
         "hot-rolled sheet for van bodies is mild steel at 700 EUR/t; these plates are quenched armour steel of "
         "500 HB for cash-in-transit body armour, cut to blanks, for a Bishkek 'cash-van builder' that builds for "
         "Russian forces: armour plate (ML13, Common Military List) needing an export licence and banned for Russia "
         "through a third country, by sea from Gothenburg to Poti and on; Swedish wording (armour steel repeats in "
         "a few sets; a cash-van body label was found in no earlier row)", firm("Central Avto Kuzov OsOO", "KG")),
        ("STR-06", "export", "SEAIR01", "air", "SE", [], "IR", "852589",
         "Övervakningskameror för bankomatvestibuler, 40 st.", "SE", 120, 40, 180000, "EUR",
         "ATM-vestibule CCTV cameras cost a few hundred euros; these 40 are cooled thermal-imaging cameras with "
         "640 x 512 arrays and a 30 Hz frame rate at some 4,500 EUR each: dual-use thermal cameras (6A003) and goods "
         "whose export to Iran is banned, flown from Stockholm to Tehran; Swedish wording (thermal cameras under "
         "CCTV labels repeat in several sets; an ATM-vestibule label was found in no earlier row)",
         firm("Meridian Bank Security Co.", "IR")),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "KG", "851310",
         "Kontrolní svítilny pro strážné převozu hotovosti, 120 ks", "CZ", 90, 120, 216000, "EUR",
         "guard torches for cash-in-transit crews are LED lamps at a few tens of euros; these 120 are "
         "third-generation image-intensifier monoculars at 1,800 EUR each: dual-use night-vision devices (6A002) "
         "and goods banned for Russia via third countries, flown from Prague to Bishkek; Czech wording (night-vision "
         "under torch labels repeats in several sets; a cash-in-transit guard label was found in no earlier row)",
         firm("Orion Security OsOO", "KG")),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "621143",
         "Darbo liemenės apsaugos darbuotojams, 600 vnt.", "LT", 4800, 600, 150000, "EUR",
         "work vests for security staff are polyester hi-vis; these 600 are cash-in-transit guard carriers with "
         "ceramic level IV plates and soft armour panels: body armour (ML13, Common Military List) needing an "
         "export licence, and banned for Belarus, by road at Medininkai for a Minsk 'cash-collection' firm; "
         "Lithuanian wording (body armour repeats in many sets; a security-vest label for cash guards was found in "
         "no earlier row)", firm("Delta Inkassatsiya OOO", "BY")),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "PK", "841410",
         "Vacuümpompen, industrieel, 20 stuks", "NL", 3000, 20, 180000, "EUR",
         "industrial vacuum pumps are oil-sealed rotary pumps; these are all-steel, corrosion-resistant "
         "magnetically levitated turbomolecular pumps of 5,000 l/s with UF6-resistant coatings: dual-use pumps "
         "(2B231) needing an export licence, for a Lahore 'coating' firm linked to the nuclear programme, by sea "
         "from Rotterdam to Karachi; Dutch wording (vacuum pumps repeat in several sets, kept as a repeat; "
         "nothing here is new but the route)", firm("Atlantic Industrial Pvt Ltd", "PK")),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "CN", "392690",
         "Tubes de sport en fibre de carbone, 600 kg", "FR", 600, None, 90000, "EUR",
         "sports tubes are cured, finished tubes; these rolls are uncured, frozen carbon-fibre prepreg of 6,000 MPa "
         "tensile strength on dry ice: dual-use prepreg (1C010) needing an export licence, flown from Toulouse to "
         "Xi'an; French wording (carbon fibre repeats in many sets, kept as a repeat; a sports-tube label on prepreg "
         "is the new part as far as a search found)", firm("Rivage Composite Co.", "CN")),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "express", "VN", [], "DE", "420231",
         "Ví đựng tiền da bò, thủ công, 6 chiếc", "VN", 1.2, 6, 60, "USD",
         "cowhide wallets have a fine, even grain; these six have square belly scales with pores and bony "
         "osteoderms on the back: Siamese crocodile skin (Crocodylus siamensis, CITES App. I) without CITES "
         "documents, sent by express from Ho Chi Minh City to a private person in Cologne; Vietnamese wording "
         "(crocodile wallets repeat in many sets, kept as a repeat; a cash-wallet label from Vietnam is the new "
         "part as far as a search found)", person("Herr K. Becker", "DE")),
        ("WLF-02", "import", "FRAIR01", "air", "TH", [], "FR", "442090",
         "ถาดนับเหรียญไม้สัก สำหรับเคาน์เตอร์แคชเชียร์, 400 ชิ้น", "TH", 320, 400, 2400, "USD",
         "teak coin-counting trays are golden-brown, oily and light; these 400 are dense, dark purple-red with "
         "black streaks and a rose scent when cut, sinking in water: Siamese rosewood (Dalbergia cochinchinensis, "
         "CITES App. II) without CITES documents, flown from Bangkok to Paris for a cash-office equipment dealer; "
         "Thai wording (Siamese rosewood repeats in several sets; coin-counting trays were found in no earlier row)",
         firm("Vega Équipement Caisse SARL", "FR")),
        ("WLF-03", "import", "NLSEA01", "sea", "ID", [], "NL", "392490",
         "Perlengkapan meja kasir, 1 kontainer", "ID", 3000, None, 9000, "USD",
         "a cash-desk supplies container for a Rotterdam shop-fitting wholesaler: plastic cash-drawer inserts and "
         "banknote clips are what the Surabaya supplier sends, but the third item's 'mangkuk kembalian resin' are "
         "300 fluted, white, heavy change bowls that are real shell valves: giant clams (Tridacna spp., CITES App. "
         "II) without CITES documents, hidden as the last item of a three-item declaration, by sea from Surabaya; "
         "Indonesian wording (giant clams repeat in several sets; change bowls for cash desks were found in no "
         "earlier row)",
         dict(firm("Meridian Winkelinrichting BV", "NL"),
              _more_items=[item("392690", "Klip uang kertas plastik, 20.000 buah", "ID", 400, 1200, "USD", qty=20000),
                           item("960190", "Mangkuk kembalian resin, 300 buah", "ID", 450, 600, "USD", qty=300)])),
        ("WLF-04", "import", "ITAIR01", "express", "MY", [], "IT", "420330",
         "Tali pinggang wang kulit lembu, 4 helai", "MY", 1.0, 4, 80, "MYR",
         "cowhide money belts have an even, pored grain; these four have the diamond-patterned, glossy scales of a "
         "large python: reticulated python skin (Malayopython reticulatus, CITES App. II) without CITES documents, "
         "sent by express from Kuala Lumpur to a private person in Bologna; Malay wording (python leather repeats in "
         "many sets, kept as a repeat; a money-belt label is the new part as far as a search found)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-05", "import", "BEAIR01", "air", "NA", [], "BE", "711719",
         "Money clips, bone, carved, 60 pcs", "NA", 1.8, 60, 300, "USD",
         "bone money clips are chalky, with dark pores; these 60 are creamy, dense and show the cross-hatched "
         "Schreger lines of elephant ivory: ivory (Loxodonta africana, CITES), whose commercial import is banned, "
         "flown from Windhoek to Brussels for a gift shop; Namibian English wording (ivory under bone labels repeats "
         "in many sets, kept as a repeat; money clips are the new part as far as a search found)",
         firm("Rivage Cadeaux SA", "BE")),
        ("WLF-06", "import", "ATPOST01", "post", "CN", [], "AT", "442090",
         "红木算盘, 收银用, 2 个", "CN", 2.4, 2, 40, "CNY",
         "a cashier's abacus in a hardwood frame; the frame and beads of these two are blood-red, heavy wood that "
         "stains water orange: red sanders (Pterocarpus santalinus, CITES App. II) without CITES documents, posted "
         "from Xiamen to a private person in Linz; Chinese wording (red sanders repeats in several sets; a cashier's "
         "abacus was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("WLF-07", "transit", "FRAIR01", "air", "NG", ["FR"], "VN", "847340",
         "Pièces de rechange pour compteuses de billets, 180 kg", "NG", 180, None, 900, "USD",
         "spare parts for banknote counters are rollers, belts and sensors in small boxes; these cartons hold "
         "brown, overlapping keratin scales with growth ridges: pangolin scales (Manis spp., CITES App. I) "
         "without CITES documents, landed at Paris-Charles de Gaulle in transit from Lagos to Hanoi; Nigerian "
         "French-labelled wording (pangolin scales repeat in many sets; banknote-counter spares in transit through "
         "Paris are the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-08", "import", "PTSEA01", "sea", "BR", [], "PT", "420292",
         "Malotes de couro bovino para transporte de valores, 500 unidades", "BR", 400, 500, 6000, "USD",
         "cowhide bank pouches (malotes) have smooth, even leather; these 500 have the squared, bony belly scales "
         "of a caiman: yacare caiman leather (Caiman yacare, CITES App. II) without CITES documents, by sea from "
         "Santos to Lisbon for a cash-in-transit supplier; Brazilian Portuguese wording (caiman leather repeats in "
         "several sets; a bank-pouch label was found in no earlier row)", firm("Atlantic Valores Lda", "PT")),
        ("WLF-09", "import", "ESAIR01", "air", "DO", [], "ES", "050800",
         "Conchas decorativas, artesanía, 200 kg", "DO", 200, None, 600, "USD",
         "decorative craft shells are small cowries and scallops; these are large, pink-lipped, heavy shells with "
         "flared lips: queen conch (Aliger gigas, CITES App. II) without CITES documents, flown from Santo "
         "Domingo to Madrid; Dominican Spanish wording (queen conch repeats in several sets, kept as a repeat; "
         "from the Dominican Republic is the new part as far as a search found)", firm("Central Artesanía SL", "ES")),
        ("WLF-10", "export", "FRAIR01", "air", "FR", [], "HK", "030289",
         "Poisson blanc, frais, réfrigéré, 80 kg", "FR", 80, None, 1600, "EUR",
         "fresh whitebait is small, silver, mixed fry; these bags hold oxygenated water with transparent, "
         "worm-like glass eels: European eel (Anguilla anguilla, CITES App. II) whose export from the Union is "
         "banned, flown from Paris to Hong Kong; French wording (glass eels repeat in many sets, kept as a "
         "repeat; nothing here is new but the pairing with this set)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "CN", "DE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (card-reader and plastics cleaning)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "DE-BKA-80-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "PK", "IT", "282990",
     "Sodium perchlorate 99 %, 1 kg, for a licensed private user (amateur electrochemistry)", "PK", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "IT-MI-80-0133")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854911",
     "Waste lead-acid batteries from ATM and cash-centre UPS units, for recycling at a licensed smelter, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-80-0211")], "notified waste lead batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "681291",
     "Asbestos-containing safe linings (17 06 05*), from bank refits, for disposal at a licensed landfill, 12 t", "CH",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-80-0408")], "notified asbestos waste to a licensed landfill"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "US", "CZ", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "CZ-MZP-ODS-80-007")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 24 cylinders, for critical use in aircraft fire protection", "US", 1000, 24,
     21000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-80-012")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DEROAD01", "road", "DE", "CH", "830300",
     "Iron money chest ('Armada chest'), Nuremberg, c. 1600, sold to a Swiss museum", "DE", 110, 1, 55000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-80-0311")], "money chest exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "GRAIR01", "air", "GR", "US", "970510",
     "Drachma banknote proofs and specimen notes, 1920s, 30 pieces, loan to a US museum", "GR", 0.4, 30, 20000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-80-0044")], "banknote proofs exported on loan with the licence"),
    ("PRM-09", "strategic", "export", "SEAIR01", "air", "SE", "NO", "852589",
     "Cooled thermal-imaging cameras 640 x 512, 10 units, for a Norwegian border-guard supplier", "SE", 30, 10, 45000,
     "EUR", [("EXPORT_LICENCE", "SE-ISP-80-0061"), ("END_USER_CERTIFICATE", "NO-POD-EUC-80-0027")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "CH", "900580",
     "Image-intensifier monoculars, gen 3, 20 units, for a Swiss cash-in-transit company's night crews", "CZ", 15, 20,
     36000, "EUR", [("EXPORT_LICENCE", "CZ-LIC-80-0119"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-80-0033")],
     "dual-use night-vision monoculars under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "420292",
     "Yacare caiman leather bank pouches (Caiman yacare), farmed, 300 units", "BR", 240, 300, 9000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-80-0416")], "App. II caiman leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "MY", "IT", "420330",
     "Reticulated python leather money belts (Malayopython reticulatus), 200 units", "MY", 40, 200, 6000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-80-0098")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privato", "PRM-05": "Central Laboratoř s.r.o.",
    "PRM-06": "Atlantic Aero Onderhoud BV", "PRM-11": "Meridian Valores Lda", "PRM-12": "Rivage Pelletteria Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # cash-in-transit firms, ATM makers and service firms, and banknote and coin-handling suppliers
    ("340290", "ATM card-reader cleaning cards, pre-saturated, boxes of 50", "import", ["express"], ["CN", "US"], (30, 60), (1, 3), ["USD"], 10, S),
    ("321590", "UV security ink pens for counterfeit-detector testing", "import", ["air"], ["IN", "CN"], (20, 40), (50, 200), ["USD"], 40, S),
    ("381400", "Banknote-counter roller cleaning solution, isopropanol, 1 l", "import", ["air"], ["KR", "JP"], (5, 10), (100, 400), ["USD"], 1.2, S),
    ("480990", "Thermal ATM receipt rolls, 80 mm", "import", ["road"], ["TR"], (2, 4), (4000, 12000), ["EUR"], 2, S),
    ("282720", "Calcium-chloride dehumidifier granules for safes, 1 kg tubs", "import", ["sea"], ["VN", "CN"], (0.8, 1.5), (6000, 14000), ["USD"], 1, S),
    ("340250", "Coin-sorter cleaning wipes, lint-free", "import", ["air"], ["PK", "CN"], (5, 10), (100, 400), ["USD"], 10, S),
    ("392321", "Tamper-evident cash deposit bags, numbered", "import", ["sea"], ["TH", "CN"], (4, 8), (2000, 6000), ["USD"], 40, S),
    ("382000", "Screen-wash concentrate for vans, methanol-free, 5 l", "import", ["road"], ["UA", "PL"], (1, 2), (2000, 6000), ["EUR"], 0.2, S),
    ("847290", "Banknote counters with UV/MG detection, new", "import", ["sea"], ["CN", "KR"], (25, 45), (1000, 4000), ["USD"], 0.1, S),
    ("847290", "Coin sorters and counters, new, desktop", "import", ["air"], ["IT", "CN"], (20, 40), (200, 800), ["USD", "EUR"], 0.1, S),
    ("847340", "ATM card readers and dispenser belts, new spares", "import", ["air"], ["CN", "IN"], (40, 80), (100, 400), ["USD"], 2, S),
    ("850760", "ATM and CIT-van UPS lithium modules, new", "import", ["sea"], ["CN", "KR"], (10, 20), (2000, 6000), ["USD"], 0.1, S),
    ("481890", "Kraft coin wrappers, flat, euro sizes", "import", ["sea"], ["RS", "TR"], (1.5, 3), (2000, 8000), ["EUR"], 500, S),
    ("470790", "Sorted office paper for recycling, bales", "export", ["road"], ["CH", "NO"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("392329", "PE film bales, clean, single polymer, for recycling", "export", ["road"], ["CH", "TR"], (0.2, 0.4), (15000, 22000), ["EUR"], None, S),
    ("830300", "Certified safes, grade III, new", "import", ["sea"], ["ES", "CN"], (3, 6), (2000, 8000), ["EUR", "USD"], 0.005, S),
    ("842410", "Clean-agent suppression cylinders (Novec 1230 type), new", "import", ["sea"], ["CN", "US"], (10, 20), (1000, 4000), ["USD"], 0.05, S),
    ("381400", "ATM printhead cleaning pens, isopropanol", "import", ["express"], ["KR", "CN"], (40, 80), (1, 3), ["USD"], 40, S),
    ("381400", "Pin-pad contact cleaner, hydrocarbon, 400 ml aerosols", "import", ["air"], ["IN", "DE"], (6, 12), (100, 500), ["USD", "EUR"], 2, S),
    ("390750", "Polyol premix, cyclopentane-blown, for safe-door insulation, drums", "import", ["sea"], ["CN", "KR"], (2, 3.5), (8000, 18000), ["USD"], None, S),
    ("841590", "Parts for vehicle air conditioning, condensers", "import", ["sea"], ["AE", "TR"], (8, 14), (1000, 4000), ["USD"], 0.1, S),
    ("442090", "Wooden coin-sorting trays for cash offices", "import", ["sea"], ["LB", "VN"], (4, 8), (1000, 3000), ["USD"], 1, S),
    ("780600", "Lead seals for cash-bag and meter sealing, new", "import", ["air"], ["TR", "PL"], (6, 12), (100, 400), ["EUR"], 300, S),
    ("491191", "Decorative prints on board for bank lobbies", "export", ["air"], ["CH", "US"], (20, 40), (50, 200), ["EUR"], 0.2, S),
    ("844399", "Offset printing plates, aluminium, new", "import", ["road"], ["DE", "CZ"], (4, 8), (2000, 6000), ["EUR"], 2, S),
    ("842320", "Electronic coin scales for cash offices", "import", ["post", "express"], ["LB", "CN"], (20, 40), (1, 3), ["USD"], 0.5, S),
    ("870421", "Box vans, used, diesel, 3.5 t", "export", ["road"], ["RS", "MK"], (3, 5), (6000, 12000), ["EUR"], None, S),
    ("480256", "Uncoated lottery-ticket paper, sheets", "export", ["road"], ["CH", "RS"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("852589", "CCTV dome cameras for ATM vestibules, new", "import", ["air"], ["CN", "KR"], (40, 80), (100, 400), ["USD"], 2, S),
    ("851310", "Rechargeable LED torches for security guards", "import", ["sea"], ["CN"], (8, 14), (1000, 3000), ["USD"], 3, S),
    ("621143", "Hi-vis polyester work vests for security staff", "import", ["sea"], ["BD", "PK"], (4, 8), (2000, 6000), ["USD"], 5, S),
    ("420231", "Cowhide leather wallets, new", "import", ["sea"], ["VN", "IN"], (15, 30), (1000, 4000), ["USD"], 10, S),
    ("442090", "Teak coin trays for cash desks, new", "import", ["sea"], ["TH", "ID"], (3, 6), (1000, 3000), ["USD"], 1.2, S),
    ("392690", "Plastic banknote clips and cash-drawer inserts", "import", ["sea"], ["ID", "CN"], (2, 4), (2000, 6000), ["USD"], 20, S),
    ("420330", "Cowhide money belts, new", "import", ["post", "express"], ["MY", "IN"], (30, 60), (1, 3), ["USD"], 4, S),
    ("711719", "Stainless money clips, plated", "import", ["post"], ["CN", "TR"], (30, 60), (1, 2), ["USD", "EUR"], 40, S),
    ("442090", "Beech-wood cashier's abacuses, school type", "import", ["post"], ["CN"], (10, 20), (1, 3), ["USD"], 1, S),
    ("420292", "Polyester bank night-deposit pouches, zipped", "import", ["sea"], ["BR", "CN"], (5, 10), (1000, 4000), ["USD"], 4, S),
    ("870590", "Armoured cash-in-transit vans, new, B6 cab", "import", ["road"], ["DE", "NL"], (12, 20), (7000, 14000), ["EUR"], None, S),
    ("847290", "Cash recyclers for retail back offices, new", "import", ["sea"], ["JP", "KR"], (20, 35), (2000, 6000), ["USD"], 0.01, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Olive-wood bread boards", "import", ["sea"], ["TN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 1, N),
        ("392410", "Plastic dough scrapers", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 40, N),
        ("691200", "Glazed stoneware utensil holders", "import", ["sea"], ["PT", "CN"], (1.5, 3), (3000, 8000), ["EUR", "USD"], 1, N),
        ("442199", "Bamboo cake testers, skewer type, packs", "import", ["post", "express"], ["CN", "VN"], (20, 40), (1, 3), ["USD"], 30, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind326", 20800701, HERE)


if __name__ == "__main__":
    main()
