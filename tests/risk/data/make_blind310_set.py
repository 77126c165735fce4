#!/usr/bin/env python3
"""Writes the three-hundred-and-tenth blind set (tests/risk/data/blind310-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2077, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: water-well drilling and borehole
contractors (water-well and geothermal borehole drillers, drilling-supply shops, pump installers,
well-rehabilitation firms, hydrogeological survey firms and drilling-rig makers and dealers).
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
only where a real declaration would. Ids are BL310-*:

    python3 tests/risk/data/make_blind310_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2077, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2077
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "UA", [], "CZ", "380894",
         "Засіб для дезінфекції свердловин і колодязів, 1 л x 4 пляшки", "UA", 4.6, 4, 1600, "UAH",
         "the disinfectants sold to owners of private wells after a pump change are a few per cent of stabilised "
         "peroxide or hypochlorite in 1 l bottles with a dosing table; these four bottles hold a water-clear liquid "
         "of 1.13 kg/l with vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Lviv to a private person near Jihlava who drilled his own well; "
         "Ukrainian wording (hydrogen peroxide repeats in many sets; a well- and borehole-disinfection label was "
         "found in no earlier row by a keyword search)", person("Jan Dvořák", "CZ")),
        ("PRE-02", "import", "GRSEA01", "sea", "EG", [], "GR", "390690",
         "بوليمر PHPA لسوائل حفر الآبار، شكاير 25 كجم، 800 شكارة", "EG", 20000, 800, 28000, "USD",
         "PHPA, the partially hydrolysed polyacrylamide water-well drillers add to their mud, is a white, sticky "
         "granule that swells into slime in water; these 800 bags hold hard, white prills that turn ice-cold and "
         "vanish in water without any slime, test at 34 % N and melt and fume on a hot plate, for a Thessaloniki "
         "drilling-supply shop that sells 25 kg bags over the counter to farmers: ammonium nitrate (Annex I at 16 % "
         "N or more) made available to members of the public, by sea from Alexandria to Thessaloniki; Egyptian "
         "Arabic wording (ammonium nitrate repeats in many sets; a PHPA drilling-polymer label was found in no "
         "earlier row by a keyword search)", firm("Delta Geotrypano AE", "GR")),
        ("PRE-03", "import", "IEAIR01", "air", "IN", [], "IE", "281119",
         "கிணறு வடிகட்டி திரை சுத்தம் செய்ய சல்ஃபாமிக் அமில படிகங்கள், 1 கிலோ பை, 300 பைகள்", "IN", 300, 300, 900, "USD",
         "sulphamic-acid crystals for descaling the screens of clogged wells are a white, sour, non-hygroscopic "
         "powder that does not burn; these 300 bags hold a white crystal that draws damp, tastes salty-cool, flares "
         "with sugar on a match and whose inner liners read 'NaClO3', for a Mullingar well-rehabilitation firm "
         "whose web shop sells the bags to private well owners: sodium chlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Chennai to Dublin; Tamil wording (sodium chlorate repeats in many "
         "sets and sulphamic-acid labels in several, kept as a repeat of that family; a well-screen descaler label "
         "was found in no earlier row)", firm("Meridian Well Services Ltd", "IE")),
        ("PRE-04", "import", "HUROAD01", "road", "RS", [], "HU", "382499",
         "Sredstvo za regeneraciju bunara na bazi fosforne kiseline, kanisteri 25 l, 180 kom (1. od 3 isporuke)", "RS",
         6300, 180, 2700, "EUR",
         "the phosphoric-acid well-regeneration liquids that dissolve iron and carbonate crusts in filter screens "
         "are syrupy, odourless liquids of 1.3 kg/l; these 180 cans hold a runny liquid of 1.40 kg/l that fumes "
         "brown when opened, stains the skin yellow and eats into a copper wire, the first of three vans booked "
         "that week each kept under 7 t, for a Szeged well-service firm that sells the cans to farmers: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, at Röszke; Serbian wording "
         "(nitric acid repeats in many sets and splits over three vans since blind264, kept as a repeat; a "
         "well-regeneration label on nitric acid was found in no earlier row by a keyword search)",
         firm("Alpina Kútfúró Kft.", "HU")),
        ("PRE-05", "import", "SESEA01", "sea", "CN", [], "SE", "250610",
         "地热井回填灌浆用石英粉 (导热增强), 25公斤袋, 600袋", "CN", 15000, 600, 3600, "USD",
         "the quartz flour mixed into thermally enhanced grout for ground-source heat-pump boreholes is a heavy, "
         "grey-white, gritty powder that never dissolves; these 600 bags hold a white, crystalline powder that "
         "dissolves slowly in hot water, flares violet with sugar on a hot plate and whose inner liners read "
         "'KClO4', for a Västerås geothermal-drilling supplier that re-bags it in 1 kg packs on its web shop: "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Qingdao "
         "to Gothenburg; Chinese wording (potassium perchlorate repeats in many sets and quartz-flour labels twice, "
         "blind189 and blind278, kept as a repeat of the label; a geothermal-borehole grout label is the new part)",
         firm("Nordhafen Energibrunnar AB", "SE")),
        ("PRE-06", "import", "LVRAIL01", "rail", "UZ", [], "LV", "310420",
         "Burg'ulash suyuqligi uchun kaliy xlorid (KCl), 50 kg qoplar, 440 qop", "UZ", 22000, 440, 5500, "USD",
         "potassium chloride for clay-inhibited water-well muds is a pink or white, bitter salt that does nothing on "
         "a hot iron; these 440 sacks hold white, glossy crystals that crackle and spit violet sparks on a hot iron, "
         "with a maker's sheet giving CAS 3811-04-9, for a Riga drilling-supply wholesaler that re-packs them in 2 kg "
         "tubs for the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "rail from Tashkent; Uzbek wording (potassium chlorate repeats in many sets and potassium-chloride labels in "
         "several; a drilling-fluid KCl label and a rail route from Uzbekistan were found in no earlier row)",
         firm("Vega Urbumi SIA", "LV")),
        ("PRE-07", "import", "PTSEA01", "sea", "TH", [], "PT", "283630",
         "โซเดียมไบคาร์บอเนตสำหรับบำบัดน้ำโคลนเจาะที่ปนเปื้อนซีเมนต์, ถุง 1 กก., 2,000 ถุง", "TH", 2000, 2000, 1800,
         "USD",
         "sodium bicarbonate for treating drilling mud after a casing is cemented is a fine, white, slightly salty "
         "powder that fizzes in vinegar; these 2,000 bags hold a soft, hygroscopic powder that does not fizz, "
         "dissolves at once, turns damp in the warehouse and burns fiercely with sugar, for a Braga drilling-supply "
         "shop that sells the bags over the counter: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by sea from Laem Chabang to Leixões; Thai wording (sodium perchlorate repeats in "
         "many sets and bicarbonate labels in several, kept as a repeat of the label; a cement-contaminated-mud "
         "treatment label was found in no earlier row)", firm("Atlantic Furos Lda", "PT")),
        ("PRE-08", "import", "FIAIR01", "air", "KR", [], "FI", "382000",
         "DTH 해머 에어라인 부동액 (라인 윤활기용), 1 L x 96병", "KR", 110, 96, 960, "USD",
         "the air-line antifreeze dripped into the lubricators of down-the-hole hammers in winter is a thin, "
         "alcohol-smelling glycol blend of 0.95 kg/l; these 96 bottles hold an oily, faintly fruity liquid of "
         "1.14 kg/l whose drum labels under the stickers read 'CH3NO2', for a Tampere drilling-tool shop whose web "
         "shop sells the bottles to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to "
         "members of the public, flown from Incheon to Helsinki; Korean wording (nitromethane repeats in many sets; "
         "an air-line antifreeze label for rock-drilling hammers was found in no earlier row by a keyword search)",
         firm("Orion Porakalusto Oy", "FI")),
        ("PRE-09", "import", "ITSEA01", "sea", "PK", [], "IT", "340290",
         "سب مرسیبل پمپ کی صفائی کا محلول، 1 لیٹر بوتل، 2,400 بوتلیں", "PK", 4400, 2400, 3600, "USD",
         "the flushing liquids pump installers run through scaled submersible pumps are mild citric blends of about "
         "1.05 kg/l; these 2,400 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of "
         "water and chars the cardboard where one leaked, for a Bari pump-installer supply shop that sells the "
         "bottles to farmers: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Karachi to Bari; Urdu wording (sulphuric acid repeats in many sets; a "
         "submersible-pump descaling label was found in no earlier row by a keyword search)",
         firm("Meridian Pompe Sommerse Srl", "IT")),
        ("PRE-10", "import", "SEROAD01", "road", "NO", [], "SE", "848130",
         "Reservedeler til dykkpumper: tilbakeslagsventiler, 200 stk.", "NO", 120, 200, 4000, "NOK",
         "a Norwegian pump installer's van for a Karlstad well-service firm: check valves and pressure switches are "
         "what it carries across at Ørje, but the third item's 'jernbakteriebehandling for brønner' is 40 cans of "
         "a water-clear liquid of 1.20 kg/l with vented caps that whitens the skin and fizzes on rust, not the few "
         "per cent peroxide such treatments hold, sold by the firm to private well owners: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) made available to members of the public, hidden as the last item of a "
         "three-item declaration; Norwegian wording (hydrogen peroxide repeats in many sets; an iron-bacteria well "
         "treatment behind pump spares was found in no earlier row by a keyword search)",
         dict(firm("Horizon Brunnsservice AB", "SE"),
              _more_items=[item("853650", "Trykkbrytere for pumper, 120 stk.", "NO", 36, 6000, "NOK", qty=120),
                           item("284700", "Jernbakteriebehandling for brønner, 5 l kanner, 40 stk.", "NO", 240, 2000,
                                "NOK", qty=40)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "841370",
         "Gereviseerde dompelpompen voor boorputten, 4 en 6 inch, getest, 260 stuks", "NL", 9100, 260, 13000, "EUR",
         "reconditioned borehole pumps come clean, repainted, with new cable tails and a test sheet per pump; these "
         "260 are pulled pumps and motors from a Dutch pump installer's yard, sanded-up, seized, with split cable "
         "ends and oil-filled motors weeping dark oil, no two alike and no test sheet, bought by weight by a Lagos "
         "scrap dealer: waste electrical equipment with oil-containing components (A1180 and, under the Basel "
         "e-waste amendments, e-waste), whose export to a non-OECD country is banned, from Rotterdam to Lagos; "
         "Dutch wording (used pumps as scrap repeat in a few sets; pulled borehole pumps and motors were found in "
         "no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "850720",
         "Baterías solares de ciclo profundo, usadas, en buen estado, para bombeo solar, 900 unidades", "ES", 27000, 900,
         9000, "EUR",
         "used deep-cycle batteries for sale come charged, clean, with their terminals greased and a capacity test; "
         "these 900 are lead-acid blocks pulled from the solar borehole-pump stations of Andalusian farms, cracked, "
         "leaking, sulphated white and reading under 2 V, stacked on pallets without caps: waste lead-acid "
         "batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD country is banned, from Algeciras "
         "to Tanger Med for a Casablanca 'battery reseller'; Spanish wording (lead-acid batteries repeat in many "
         "sets; a solar-pumping battery label from a borehole station was found in no earlier row)",
         {"importer_country": "MA"}),
        ("WST-03", "export", "ROROAD01", "road", "RO", [], "MD", "681182",
         "Țevi din fibrociment, folosite, pentru tubaj de fântâni, 2.400 m", "RO", 21000, None, 1200, "EUR",
         "asbestos-free fibre-cement pipes are pale grey, fine-grained and marked 'NT' or 'AF'; these lengths are "
         "dark, lime-crusted casing pulled from old village wells and boreholes by an Iași well-rehabilitation firm, "
         "with broken ends showing grey-blue fibres and 1970s factory marks: asbestos-cement waste (17 06 05*, "
         "A2050), hazardous waste whose export to a non-OECD country is banned, on a lorry at Sculeni for a "
         "Moldovan 'builder'; Romanian wording (asbestos-cement repeats in many sets; used well casing was found in "
         "no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", [], "BA", "282739",
         "Roztok chloridu železitého 40 %, pro úpravu vody, IBC 1000 l, 18 ks", "CZ", 23000, 18, 2700, "EUR",
         "ferric chloride for water treatment is a dark brown, clear solution of 1.42 kg/l with a certificate; these "
         "18 IBCs hold a rust-red, muddy, two-layer liquid that smells of acid, with ochre iron-bacteria slime and "
         "sand at the bottom, pumped out of wells after acid regeneration by a Brno well-service firm: spent "
         "acid well-cleaning liquor (16 10 01*, 06 01 06*), hazardous waste whose export to a non-OECD country is "
         "banned, on a tanker lorry via Slovakia and Hungary for a Tuzla 'water-treatment' firm; Czech wording "
         "(spent pickling acids under ferric-chloride labels repeat in several sets, kept as a repeat of the label; "
         "spent well-regeneration acid is the new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "271019",
         "Olej bazowy SN150, do dalszej produkcji, 24 t", "PL", 24000, None, 7200, "EUR",
         "SN150 base oil is a clear, pale-yellow, odourless oil with a refinery certificate; this tanker holds a "
         "black, water-logged oil with a diesel smell, bentonite fines and grit, drained from the hydraulic systems "
         "and mud-pump gearboxes of a Kielce drilling contractor's rigs: waste hydraulic and gear oils (13 01 10*, "
         "13 02 05*), hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk "
         "'lubricant blender'; Polish wording (waste oils under base-oil labels repeat in several sets, kept as a "
         "repeat of the label; a drilling contractor's rig oils are the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "GH", "730900",
         "Drukvaten voor waterpompen, 100 l, nieuw, 300 stuks", "BE", 9000, 300, 21000, "EUR",
         "a pump-installation container for Accra: new pressure tanks and borehole pumps are what Antwerp pump "
         "dealers send to Ghanaian drillers, but the third item's 'drukschakelaars, gebruikt' are 4,000 old float "
         "and pressure switches from Belgian wells and cisterns, each with a glass capsule of mercury, about 90 kg "
         "of mercury in all: waste mercury-containing switches (16 02 15*, A1010/A1030), hazardous waste whose "
         "export to a non-OECD country is banned (and whose mercury the Union's mercury rules forbid exporting), "
         "hidden as the last item of a three-item declaration, from Antwerp to Tema; Flemish wording (mercury "
         "switches repeat in a few sets; behind new pressure tanks for borehole drillers is the new part as far as "
         "a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("841370", "Dompelpompen voor boorputten, 4 inch, nieuw, 120 stuks", "BE", 2400, 36000,
                                "EUR", qty=120),
                           item("853650", "Drukschakelaars, gebruikt, 4.000 stuks", "BE", 600, 800, "EUR",
                                qty=4000)])),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "GN", "843041",
         "Lkw-Brunnenbohranlage, gebraucht, einsatzbereit, 1 Stück", "DE", 18000, 1, 25000, "EUR",
         "a used truck-mounted well-drilling rig for sale runs, with papers, a service book and a working mast and "
         "compressor; this one was towed onto the ro-ro deck: a 1978 rig with no engine, a cracked mast, leaking "
         "hydraulic and fuel tanks, dead batteries and a deregistered chassis, bought by a Conakry scrap trader "
         "from a closed Lower Saxony drilling firm: an end-of-life vehicle not depolluted (16 01 04*), hazardous "
         "waste whose export to a non-OECD country is banned, from Bremerhaven; German wording (end-of-life "
         "vehicles repeat in many sets; a scrap well-drilling rig was found in no earlier row by a keyword search)",
         {"importer_country": "GN"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "RS", "282110",
         "Granulált vas-hidroxid adszorbens, regenerálható, big bag, 20 t", "HU", 20000, None, 2000, "EUR",
         "granular ferric hydroxide sold for arsenic removal is a dry, brown, uniform granule with a maker's "
         "certificate; these big bags hold wet, spent media dug out of the arsenic-removal filters of Great Plain "
         "village borehole waterworks by a Szolnok well firm, loaded with some 5 g/kg of arsenic: spent "
         "arsenic-bearing adsorbent (19 09 04 with arsenic, A1030), hazardous waste whose export to a non-OECD "
         "country is banned, at Röszke for a Subotica 'filter regenerator'; Hungarian wording (arsenic wastes "
         "repeat in many sets; spent arsenic media from borehole waterworks were found in no earlier row)",
         {"importer_country": "RS"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "SN", "854143",
         "Brugte solcellepaneler, testede, 250 W, 1.400 stk.", "DK", 25000, 1400, 14000, "EUR",
         "used solar panels for resale are stacked whole, framed, with a flash-test list and glass intact; these "
         "1,400 come from hail-damaged roofs a Danish installer stripped, with shattered glass, burnt junction "
         "boxes and delaminated backsheets, stacked loose: waste photovoltaic panels (e-waste, 16 02 14 and "
         "hazardous in part) whose export to a non-OECD country is banned under the Basel e-waste amendments, from "
         "Aarhus to Dakar; Danish wording (PV panels repeat in several sets, kept as a repeat of the good; a "
         "hail-damaged roof lot to Senegal is the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "ME", "251320",
         "Granatni abraziv za pjeskarenje, rabljen, za ponovnu upotrebu, 22 t", "HR", 22000, None, 660, "EUR",
         "reusable garnet abrasive is a clean, dark-red, sharp sand sieved to grade; these bags hold a grey-green, "
         "dusty mix of spent grit and old hull paint flakes swept up in a Kraljevica shipyard, reading copper and "
         "tributyltin: spent blasting grit with hazardous substances (12 01 16*), hazardous waste whose export to "
         "a non-OECD country is banned, on a lorry at Debeli Brijeg for a Bar 'sandblaster'; Croatian wording "
         "(spent grit repeats in several sets and garnet labels in a few, kept as a repeat; to Montenegro by road is "
         "the new part as far as a search found)", {"importer_country": "ME"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGSEA01", "sea", "GE", [], "BG", "382499",
         "მილების გაყინვის სპრეი R-134a, ტუმბოს მონტაჟისთვის, 400 მლ, 2,400 ცალი", "GE", 1300, 2400, 4800, "USD",
         "the pipe-freezing sprays pump installers use to plug a rising main without draining it hold R-134a or "
         "propane and come with a certificate; these 2,400 cans weigh heavier than R-134a allows, a leak detector "
         "names CFC-12, and the crimped valves carry old 'R12' stamps under the new labels: dichlorodifluoromethane, "
         "whose import into the Union is banned, by sea from Poti to Burgas for a Varna pump-installation supplier; "
         "Georgian wording (CFC-12 repeats in many sets and pipe-freezing kits twice, blind21 and blind44, kept as a "
         "repeat of the label; from Georgia for pump installers is the new part as far as a search found)",
         firm("Vega Pompi i Sondazhi EOOD", "BG")),
        ("OZN-02", "import", "PLAIR01", "air", "TW", [], "PL", "381400",
         "鑽桿螺紋除油清潔劑, 20公升桶, 40桶", "TW", 1060, 40, 2400, "USD",
         "the thread degreasers drillers spray on drill-rod joints before doping them are aliphatic solvents of "
         "0.75 kg/l that smell of petrol and burn; these 40 pails weigh 1.33 kg/l, do not burn, smell sweet like "
         "chloroform and the filler's inner labels read '1,1,1-三氯乙烷': 1,1,1-trichloroethane (methyl "
         "chloroform), whose import into the Union is banned, flown from Taoyuan to Katowice for a water-well "
         "drilling contractor; Chinese wording from Taiwan (methyl chloroform repeats in many sets; a drill-rod "
         "thread-degreaser label was found in no earlier row by a keyword search)", firm("Central Wiertnictwo Sp. z o.o.", "PL")),
        ("OZN-03", "import", "ATAIR01", "air", "IN", [], "AT", "382499",
         "ಕೊರೆತ ಮಾದರಿಗಳ ಖನಿಜ ಬೇರ್ಪಡಿಕೆಗಾಗಿ ಭಾರೀ ದ್ರವ (LST), 1 ಲೀ x 40", "IN", 64, 40, 3200, "USD",
         "the heavy liquids hydrogeologists use to separate minerals from drill cuttings are lithium or sodium "
         "polytungstate solutions of 2.8-2.9 kg/l, water-like and odourless; these 40 bottles weigh 1.59 kg/l, "
         "smell sweet like chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the "
         "Union is banned, flown from Bengaluru to Vienna for a hydrogeological survey firm; Kannada wording "
         "(carbon tetrachloride repeats in many sets and heavy-liquid labels in several, blind88 and blind217, kept "
         "as a repeat of the label; a drill-cuttings separation label is the new part as far as a search found)",
         firm("Alpina Hydrogeologie GmbH", "AT")),
        ("OZN-04", "import", "ITSEA01", "sea", "OM", [], "IT", "842410",
         "طفايات حريق بودرة جافة لمنصات حفر الآبار، 6 كغ، 300 طفاية", "OM", 3000, 300, 6000, "USD",
         "dry-powder extinguishers for drilling rigs hold 6 kg of powder that rattles and carry a CE mark; these 300 "
         "red cylinders slosh, hiss and spray a liquid that vanishes into a sweet gas, and the collars read 'BCF' "
         "under the labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose "
         "import into the Union is banned, by sea from Sohar to Genoa for a Piedmont water-well drilling "
         "contractor; Omani Arabic wording (halon 1211 repeats in many sets; drilling-rig extinguishers from Oman "
         "were found in no earlier row by a keyword search)", firm("Rivage Perforazioni Srl", "IT")),
        ("OZN-05", "import", "FISEA01", "sea", "CN", [], "FI", "841861",
         "地源热泵机组 (盐水/水), 12 kW, 预充R-407C, 80台", "CN", 9600, 80, 96000, "USD",
         "brine-to-water ground-source heat pumps for borehole collectors come pre-charged with R-407C or R-290 "
         "and a charge plate; these 80 units' plates read 'R-22, 1.8 kg' under the new stickers, their service-port "
         "gas reads chlorodifluoromethane and the compressors are an old HCFC series: products containing HCFC-22, "
         "whose import into the Union is banned, by sea from Ningbo to Kotka for a Tampere geothermal-borehole "
         "contractor; Chinese wording (HCFC-22 in heat pumps repeats in several sets, kept as a repeat of the good; "
         "brine-to-water borehole heat pumps are the new part as far as a search found)",
         firm("Nordhafen Maalämpö Oy", "FI")),
        ("OZN-06", "import", "GRSEA01", "sea", "IL", [], "GR", "280429",
         "גז הליום לבדיקת דליפות במעגלי קידוח גיאותרמיים, גלילים 50 ל', 40 גלילים", "IL", 2600, 40, 3200, "USD",
         "helium for pressure- and leak-testing geothermal borehole loops is a light gas at 200 bar in steel "
         "cylinders of about 60 kg; these 40 cylinders hold a liquefied gas at 3 bar that a detector names "
         "HCFC-142b, their collars stamped '142b' under the helium labels: 1-chloro-1,1-difluoroethane, whose "
         "import into the Union is banned, by sea from Haifa to Piraeus for an Athens geothermal-drilling firm; "
         "Hebrew wording (HCFC-142b repeats in a few sets; a helium leak-test label for borehole loops was found in "
         "no earlier row by a keyword search)", firm("Horizon Geothermiki AE", "GR")),
        ("OZN-07", "transit", "NLSEA01", "sea", "ID", ["NL"], "NO", "340290",
         "Pembersih kontak listrik untuk panel kontrol pompa sumur bor, kaleng 5 L, 120 kaleng", "ID", 950, 120, 2400,
         "USD",
         "contact cleaners for pump control panels are isopropanol or hydrocarbon blends of 0.78 kg/l that burn; "
         "these 120 cans weigh 1.57 kg/l, do not burn, smell faintly of chloroform and the drum heads are stamped "
         "'R-113': CFC-113 (trichlorotrifluoroethane), moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Rotterdam in transit from Surabaya to a Stavanger borehole-pump service "
         "firm; Indonesian wording (CFC-113 and contact-cleaner labels repeat in many sets, kept as a repeat; a "
         "borehole-pump panel cleaner in transit through Rotterdam is the new part as far as a search found)",
         {"importer_country": "NO"}),
        ("OZN-08", "import", "ROROAD01", "road", "MD", [], "RO", "842490",
         "Sisteme automate de stingere pentru compartimentul motor al instalațiilor de foraj, FK-5-1-12, 24 buc.", "MD",
         480, 24, 9600, "EUR",
         "engine-bay suppression systems for drilling rigs hold FK-5-1-12, a dense liquid that boils at 49 °C; these "
         "24 steel bottles read 2 bar, their contents boil off at 47 °C with a faint sweet smell and the bottles are "
         "stamped '114B2' under the sticker: halon 2402 (dibromotetrafluoroethane) in fire-protection products whose "
         "import into the Union is banned, at Leușeni for a Bacău water-well drilling contractor; Romanian wording "
         "from Moldova (halon 2402 repeats in several sets; a rig engine-bay system was found in no earlier row by a "
         "keyword search)", firm("Delta Foraje Puțuri SRL", "RO")),
        ("OZN-09", "import", "BESEA01", "sea", "VN", [], "BE", "381400",
         "Chất tẩy sơn gỗ dạng gel, không chứa dichloromethane, thùng 20 L, 60 thùng", "VN", 2400, 60, 3000, "USD",
         "dichloromethane-free paint strippers are benzyl-alcohol gels of about 1.05 kg/l; these 60 pails hold a "
         "thin liquid of 1.99 kg/l that sinks under water in a test tube, does not burn and whose inner labels read "
         "'CH2BrCl': bromochloromethane, whose import into the Union is banned outside licensed uses, by sea from "
         "Ho Chi Minh City to Antwerp for a Ghent furniture restorer (another trade); Vietnamese wording "
         "(bromochloromethane repeats in many sets and paint-stripper labels in several, kept as a repeat; a "
         "'DCM-free' wood-stripper label is the new part as far as a search found)",
         firm("Meridian Restauratie BV", "BE")),
        ("OZN-10", "export", "SKROAD01", "road", "SK", [], "UA", "847621",
         "Použité nápojové automaty, funkčné, 60 ks", "SK", 15000, 60, 6000, "EUR",
         "used drinks vending machines for resale run on R-134a or R-290 with a plate; these 60 are 1990s machines "
         "whose plates read 'R12' and whose cabinets are foamed with CFC-11, bought from a Košice operator (another "
         "trade) for an Uzhhorod reseller: equipment relying on and containing CFCs, whose export from the Union "
         "is banned (Regulation 2024/590), at Vyšné Nemecké; Slovak wording (CFC equipment for export repeats in "
         "many sets and vending machines in a few, kept as a repeat; from Slovakia by road is the new part as far "
         "as a search found)", {"importer_country": "UA"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ITROAD01", "road", "IT", [], "CH", "680221",
         "Vera da pozzo in pietra d'Istria, riproduzione moderna, per impresa di pozzi, 1 pezzo", "IT", 2200, 1, 3500,
         "EUR",
         "a modern Istrian-stone wellhead is crisply cut, white and machine-smooth inside; this one is a worn, "
         "octagonal Venetian-Gothic vera da pozzo of the 1400s with rope grooves cut deep into the rim, a weathered "
         "coat of arms and lichen in the carving, lifted from a Treviso villa courtyard by a well-drilling firm that "
         "'replaced' it while sinking a new borehole: a monument over 100 years old exported without the EU export "
         "licence (Regulation 116/2009) and the Italian certificate, by road from Como to a Lugano buyer; Italian "
         "wording (Venetian wellheads repeat three times, blind62, blind190 and blind281, under planter and fountain "
         "labels, kept as a repeat of the good; a well-drilling firm's reproduction label is the new part)",
         {"importer_country": "CH"}),
        ("CUL-02", "import", "DEAIR01", "air", "SD", [], "DE", "820713",
         "أدوات حفر آبار مستعملة مرتجعة للإصلاح (لقم ثلاثية المخاريط)، 12 قطعة", "SD", 480, 12, 3600, "USD",
         "a Khartoum water-well driller's return shipment to its German bit supplier: worn tricone bits and drill "
         "subs sent back for repair are what the crate holds, but the third item's 'قواعد حجرية لمضخات يدوية' is a "
         "sandstone offering table with a spout, carved loaves and vessels and a cursive Meroitic inscription on the "
         "rim, cut from a cemetery near Shendi where the crew drilled: a Meroitic offering table, an archaeological "
         "object exported without Sudan's permit and brought in without an import licence (Regulation 2019/880), "
         "hidden as the last item of a three-item declaration, flown from Khartoum to Frankfurt; Sudanese Arabic "
         "wording (Meroitic objects repeat in many sets; behind returned drill bits is the new part as far as a "
         "search found)",
         dict(firm("Central Bohrwerkzeuge GmbH", "DE"),
              _more_items=[item("843149", "وصلات حفر مستعملة مرتجعة للإصلاح، 8 قطع", "SD", 320, 1600, "USD", qty=8),
                           item("680299", "قواعد حجرية لمضخات يدوية، قطعة واحدة", "SD", 140, 100, "USD", qty=1)])),
        ("CUL-03", "import", "FRAIR01", "air", "ML", [], "FR", "842121",
         "Filtres à eau en céramique pour forages villageois, 40 pièces", "ML", 220, 40, 400, "EUR",
         "ceramic candle filters for village boreholes are white, hollow, porous cylinders, all alike; these 40 "
         "'filters' include six seated and kneeling figures of red-brown terracotta with scarified faces, an "
         "eroded earth crust and old breaks, packed inside the hollow ones: Djenné-style terracottas (Inland Niger "
         "Delta, 11th-16th c.), archaeological objects exported without Mali's permit and listed in the ICOM Red "
         "List, brought in without an import licence (Regulation 2019/880), flown from Bamako to Paris for a Bamako "
         "borehole contractor's French partner; Malian French wording (Djenné terracottas repeat in many sets under "
         "handicraft labels, kept as a repeat of the good; inside ceramic water filters is the new part as far as a "
         "search found)", firm("Rivage Hydraulique Villageoise SARL", "FR")),
        ("CUL-04", "import", "FRSEA01", "sea", "TN", [], "FR", "690730",
         "فسيفساء جديدة لتزيين أحواض السباحة، ألواح 1 م²، 14 لوحة", "TN", 1400, 14, 2800, "EUR",
         "new pool mosaic comes as glass or ceramic tesserae on mesh sheets, all of one size and colour; these 14 "
         "panels are set in old lime mortar backed with new plaster, of irregular stone tesserae in ochres, reds and "
         "greys showing a hunting scene with a Latin inscription, the edges freshly sawn: Roman floor mosaic "
         "sections (2nd-3rd c.) lifted by a Sfax well-and-pool drilling firm where it drilled on a villa site, "
         "archaeological objects exported without Tunisia's permit and brought in without an import licence "
         "(Regulation 2019/880), by sea from Sfax to Marseille; Tunisian Arabic wording (Roman mosaics repeat in "
         "many sets, kept as a repeat of the good; a pool-mosaic label from a drilling firm is the new part)",
         firm("Atlantic Piscines Forages SARL", "FR")),
        ("CUL-05", "import", "DEAIR01", "air", "JO", [], "DE", "251690",
         "عينات لباب صخري من حفر بئر مياه، حجر جيري، للتحليل المخبري، 6 صناديق", "JO", 180, 6, 150, "USD",
         "core samples from a water well are grey or buff cylinders of limestone in labelled wooden or plastic "
         "trays, each a metre of depth; these six trays hold carved sandstone fragments cut to core lengths, with "
         "Nabataean letters, rosettes and a carved eagle on the outer faces: Nabataean architectural and "
         "inscribed fragments from a site near Ma'an where the crew drilled, archaeological objects exported "
         "without Jordan's permit and brought in without an import licence (Regulation 2019/880), flown from Amman "
         "to Frankfurt for a Mainz hydrogeology lab's 'analysis'; Jordanian Arabic wording (drill-core labels "
         "repeat twice, blind245 and blind247, kept as a repeat of the label; Nabataean fragments as water-well "
         "cores are the new part)", firm("Alpina Hydrolabor GmbH", "DE")),
        ("CUL-06", "import", "NLAIR01", "air", "ET", [], "NL", "841391",
         "የእጅ ፓምፕ መለዋወጫዎች (India Mark II)፣ ያገለገሉ፣ ለእድሳት፣ 4 ሳጥን", "ET", 160, 4, 300, "USD",
         "used India Mark II hand-pump spares are galvanised rods, cylinders and chain heads, rusted and muddy; "
         "these four crates hold, under a layer of rods, three cast and engraved brass processional crosses and a "
         "parchment psalter in Ge'ez with painted panels, church property from Tigray: Ethiopian ecclesiastical "
         "objects over 100 years old exported without the Ethiopian heritage authority's permit, brought in for a "
         "Utrecht dealer through a hand-pump refurbishing workshop that works with Ethiopian borehole "
         "contractors; Amharic wording (Ethiopian crosses and manuscripts repeat in several sets; hand-pump spares "
         "as a cover were found in no earlier row by a keyword search)", firm("Horizon Handpompen BV", "NL")),
        ("CUL-07", "export", "PTSEA01", "sea", "PT", [], "BR", "690723",
         "Azulejos decorativos, novos, pintados à mão, 12 m²", "PT", 600, None, 900, "EUR",
         "new hand-painted azulejos are bright, even, machine-pressed tiles on a white body; these are soft, "
         "cobalt-blue-on-white tiles with crazed glaze, old lime mortar on the back and a figure scene running "
         "across the set, stripped from a Lisbon palace stairwell: an 18th-century azulejo panel, part of a "
         "monument, exported without the EU export licence and the Portuguese permit, by sea from Lisbon to Santos "
         "(another trade: a demolition salvager); Portuguese wording (azulejos repeat in several sets, kept as a "
         "repeat; to Brazil by sea is the new part as far as a search found)", {"importer_country": "BR"}),
        ("CUL-08", "import", "LTAIR01", "air", "GE", [], "LT", "491199",
         "ბეჭდური კალენდრის ფურცლები, დეკორატიული, 20 ფურცელი", "GE", 1.2, 20, 40, "USD",
         "printed calendar leaves are new, machine-printed sheets on wood-pulp paper; these 20 are leaves of "
         "parchment written in Georgian nuskhuri with gold initials and worm-holes, cut from a medieval Gospel "
         "book: manuscript leaves over 100 years old exported without Georgia's permit and imported without the "
         "declaration Regulation 2019/880 requires, flown from Tbilisi to Vilnius for a dealer (another trade); "
         "Georgian wording (manuscript leaves under calendar labels repeat in a few sets, blind69 and blind86 among "
         "them, kept as a repeat; Georgian leaves to Vilnius are the new part as far as a search found)",
         firm("Orion Antikvariatas UAB", "LT")),
        ("CUL-09", "transit", "MTSEA01", "sea", "LY", ["MT"], "CH", "680291",
         "تمثال نصفي رخامي حديث للزينة، قطعة واحدة", "LY", 90, 1, 400, "USD",
         "a new marble bust for decoration is crisply carved white marble with a polished finish; this one is a "
         "weathered, faceless female funerary bust of Cyrenaican type with root marks and soil in the folds of "
         "the veil: a Cyrenaican funerary bust (4th-2nd c. BC), an archaeological object exported without "
         "Libya's permit and under the UN embargo on looted Libyan antiquities, landed at Valletta in transit from "
         "Benghazi to a Geneva dealer (another trade); Libyan Arabic wording (Cyrenaican busts repeat in many sets, "
         "kept as a repeat; a transit through Malta is the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-10", "export", "HUAIR01", "air", "HU", [], "US", "442199",
         "Festett fatáblák, új, dekoratív, 24 db", "HU", 96, 24, 1200, "EUR",
         "new painted wooden panels are fresh, even boards with modern paint; these 24 are square, worm-eaten "
         "pine coffers painted with tulips, pomegranates and a dated inscription of 1741, with nail holes on the "
         "edges, taken from the coffered ceiling of a Calvinist church in Szatmár: parts of a monument over 100 "
         "years old exported without the EU export licence and the Hungarian permit, flown from Budapest to a New "
         "York collector (another trade); Hungarian wording (coffered church-ceiling panels repeat in a few sets, "
         "kept as a repeat; to the United States by air is the new part as far as a search found)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITROAD01", "road", "IT", ["AT", "HU", "RO"], "KG", "843041",
         "Perforatrice per pozzi d'acqua su autocarro, profondità 300 m, 1 unità", "IT", 26000, 1, 180000, "EUR",
         "a truck-mounted water-well rig for 300 m is a light rotary rig with a mast, a small mud pump and a "
         "compressor at 200,000 EUR or so; this one is a top-drive rig with a 100 t hook load, BOP mounts and API "
         "pipe handling, rated for 2,000 m, at 1.4 million EUR on its Piacenza maker's list, for a Bishkek "
         "'water-well' firm set up in 2077 whose previous rig went on to a Tyumen oilfield contractor: drilling "
         "machinery for oil exploration listed in Annex II of Regulation 833/2014, whose sale for use in Russia "
         "and re-export there is forbidden, on a lorry from Piacenza; Italian wording (oilfield goods under "
         "water-well labels repeat, blind60 and blind76, on bits; a whole rig to Kyrgyzstan was found in no earlier "
         "row)", {"importer_country": "KG"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "TR", "902610",
         "Elektrické hladinoměry pro vrty, pásmo 300 m, 6 ks", "CZ", 540, 6, 3000, "EUR",
         "electric dip meters for wells are a graduated tape on a hand reel with a probe that beeps in water, a few "
         "kilograms and a few hundred euros; these six 90 kg cases hold slim pulsed-neutron logging tools with "
         "sealed-tube deuterium-tritium neutron generators, a winch interface and no tape, at 120,000 EUR each, for "
         "an Ankara 'groundwater surveyor' that ships to Tehran: neutron generator systems (dual-use 3A231) "
         "listed in the Iran regulation, exported without a licence, flown from Prague; Czech wording (logging "
         "tools repeat once, blind61, as borehole cameras for Iran; a water-level dip-meter label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AE", "901580",
         "Sondes de déviation magnétiques pour forages d'eau, 8 pièces", "FR", 96, 8, 9600, "EUR",
         "magnetic deviation probes for water boreholes are slim tubes with a compass and tilt sensors at about "
         "1,200 EUR; these eight are north-seeking borehole survey probes with fibre-optic gyroscopes and "
         "navigation-grade accelerometers, at 60,000 EUR each, for a Dubai 'drilling services' firm whose shipments "
         "go on to Bandar Abbas: gyroscopes controlled under dual-use 7A001 and 7A002 and listed in the Iran "
         "regulation, exported without a licence, flown from Paris; French wording (gyros repeat in many sets; a "
         "borehole deviation-probe label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "MY", "391723",
         "PVC-U putbuizen, 125 mm, 3 m, voor waterputten, 400 stuks", "NL", 2400, 400, 4000, "EUR",
         "PVC well casing is grey, thin-walled, threaded at both ends and costs about 10 EUR a length; these 400 "
         "are black, precision-wound carbon-fibre tubes of about 145 mm bore with a ground finish and no thread, "
         "at 1,500 EUR each on the maker's list, for a Port Klang 'water-well supplies' trader whose orders go on "
         "to Karachi: composite tubes of centrifuge-rotor size (dual-use 1A002 and 0B001-related) exported "
         "without a licence, from Rotterdam; Dutch wording (carbon-fibre tubes repeat in several sets; a well "
         "casing label was found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "UZ", "901580",
         "Grundwasser-Suchgeräte, tragbar, 4 Stück", "AT", 48, 4, 4000, "EUR",
         "the portable 'groundwater detectors' sold to well drillers are cheap resistivity boxes with two probes "
         "at a few hundred euros; these four are caesium optically pumped magnetometers with a noise floor in the "
         "picotesla range and a GNSS logger, at 40,000 EUR each, for a Tashkent 'drilling company' whose freight "
         "forwarder is in Moscow: magnetometers controlled under dual-use 6A006 and on the list whose export and "
         "re-export to Russia Regulation 833/2014 forbids, flown from Vienna; Austrian German wording "
         "(magnetometers repeat in a few sets under metal-detector labels; a groundwater-detector label was found "
         "in no earlier row)", {"importer_country": "UZ"}),
        ("STR-06", "import", "BGROAD01", "road", "TR", [], "BG", "730423",
         "Sondaj boruları, dikişsiz, 4 1/2 inç, Türk menşeli, 300 adet", "TR", 24000, 300, 36000, "USD",
         "Turkish drill pipe would carry a Turkish mill's stencil and mill certificates; these 300 joints carry "
         "Russian mill heat numbers under fresh paint, Cyrillic tally marks inside the pin ends and a Turkish "
         "certificate of origin issued in Gebze, for a Plovdiv water-well and geothermal drilling contractor: "
         "Russian seamless iron and steel products, whose import into the Union Regulation 833/2014 forbids, at "
         "Kapitan Andreevo; Turkish wording (Russian steel under third-country origin repeats in many sets, kept "
         "as a repeat; drill pipe with a Turkish certificate is the new part as far as a search found)",
         firm("Rivage Sondazhi EOOD", "BG")),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "GE", "841350",
         "Kolbenpumpen für den Brunnenbau, 2 Stück", "DE", 16000, 2, 60000, "EUR",
         "piston pumps for water-well drilling are small duplex pumps of a few hundred litres a minute; these two "
         "are 1,600 hp triplex mud pumps with 7,500 psi fluid ends on skids, at 600,000 EUR each, for a Tbilisi "
         "'water-well' company whose rigs serve an oilfield contractor in Orenburg: goods for oil exploration "
         "listed in Annex II of Regulation 833/2014, sold for use in Russia, from Hamburg to Poti; German "
         "wording (a Tbilisi 'water-well' company for a Russian oilfield repeats once, blind76, on bits, kept as "
         "a repeat of the route; mud pumps under a well-building label are the new part)",
         {"importer_country": "GE"}),
        ("STR-08", "export", "DKAIR01", "air", "DK", [], "AM", "902680",
         "Dataloggere til grundvandsstand, 40 stk.", "DK", 20, 40, 16000, "EUR",
         "a Danish groundwater-monitoring firm's air shipment for Yerevan: water-level loggers and dip tapes are "
         "what it sells to well drillers, but the third item's 'tryktransducere til dataloggere' are 20 "
         "capacitance manometers with Inconel diaphragms, full-scale 1-100 torr, heated and sealed, resistant to "
         "UF6, for an Armenian 'hydrogeology' firm that forwards to Tehran: pressure transducers (dual-use "
         "2B230) listed in the Iran regulation, exported without a licence, hidden as the last item of a three-item "
         "declaration, flown from Copenhagen; Danish wording (capacitance manometers repeat in many sets; behind "
         "groundwater loggers is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("901720", "Målebånd med lod til pejling, 300 m, 20 stk.", "DK", 60, 3000, "EUR", qty=20),
                           item("902620", "Tryktransducere til dataloggere, 20 stk.", "DK", 30, 4000, "EUR", qty=20)])),
        ("STR-09", "import", "CYAIR01", "air", "AM", [], "CY", "711319",
         "Ոսկեզօծ արծաթյա զարդեր, 3 կգ", "AM", 3, None, 2400, "USD",
         "gold-plated silver jewellery is 925 silver with a thin gilt layer that wears at the edges; these 3 kg "
         "test as solid 18-carat gold right through, carry Russian assay hallmarks under fresh Armenian stamps and "
         "are worth some 150,000 USD: Russian gold jewellery, whose import into the Union Regulation 833/2014 "
         "forbids, flown from Yerevan to Larnaca for a Limassol jeweller (another trade); Armenian wording "
         "(Russian gold repeats in several sets, kept as a repeat of the good; a gold-plated silver label via "
         "Yerevan to Cyprus is the new part as far as a search found)", firm("Delta Kosmimata Ltd", "CY")),
        ("STR-10", "export", "PLAIR01", "air", "PL", [], "KZ", "880730",
         "Części zamienne do dronów rolniczych, 200 szt.", "PL", 80, 200, 4000, "EUR",
         "spare parts for crop-spraying drones are nozzles, pumps, propellers and tank lids; these cartons hold "
         "flight controllers, GNSS modules and thermal camera cores with no spraying parts at all, for an Almaty "
         "'agri-drone' dealer whose freight goes on to Yekaterinburg: drone components and CHPL items (8526 91, "
         "8525 89, 8807 30), whose export and re-export to Russia Regulation 833/2014 forbids, flown from Warsaw "
         "(another trade); Polish wording (drone parts repeat in many sets, kept as a repeat; an agri-drone spares "
         "label from Poland is the new part as far as a search found)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BESEA01", "sea", "TZ", [], "BE", "843041",
         "Mtambo wa kuchimba visima uliotumika, unarudishwa baada ya mkataba, 1", "TZ", 16000, 1, 40000, "USD",
         "a Belgian drilling contractor's rig coming back from a Tanzanian borehole contract: the used rig and its "
         "drill rods are what the flat-rack and container hold, but the third item's 'masanduku ya vifaa' are steel "
         "toolboxes whose false bottoms hold 38 pieces of raw and cut elephant ivory, 110 kg in all, with "
         "Schreger lines on the cut faces: Loxodonta africana ivory (CITES App. I) without CITES documents, hidden "
         "as the last item of a three-item declaration, by sea from Dar es Salaam to Antwerp; Swahili wording "
         "(ivory repeats in many sets; in a returning drill rig's toolboxes is the new part as far as a search "
         "found)",
         dict(firm("Horizon Boringen NV", "BE"),
              _more_items=[item("843143", "Fimbo za kuchimba, zilizotumika, 60", "TZ", 6000, 6000, "USD", qty=60),
                           item("732690", "Masanduku ya vifaa, chuma, 6", "TZ", 420, 300, "USD", qty=6)])),
        ("WLF-02", "import", "ESSEA01", "sea", "GH", [], "ES", "441510",
         "Wooden core trays for drilling samples, pine, 1,200 pcs", "GH", 18000, 1200, 6000, "USD",
         "wooden core trays are light, pale, knotty pine boxes nailed together for a metre of core; these 1,200 are "
         "heavy, dense, red-brown trays with a fine, interlocked grain that bleeds red in water, sawn from kosso: "
         "Pterocarpus erinaceus (CITES App. II, under a trade suspension for West African exports) without CITES "
         "documents, by sea from Tema to Valencia for a Spanish drilling-supply firm; Ghanaian English wording "
         "(kosso repeats in many sets; core trays for drilling samples were found in no earlier row by a keyword "
         "search)", firm("Meridian Suministros de Perforación SL", "ES")),
        ("WLF-03", "import", "FRAIR01", "express", "MG", [], "FR", "841391",
         "Pièces détachées de pompe de forage, kit d'entretien, 1 colis", "MG", 3.8, 1, 120, "EUR",
         "a maintenance kit for a borehole pump is a few seals, a valve and bearings in a small box, a kilogram or "
         "so; this parcel is warm, has air holes and holds, under the seals, four socks each with a live, "
         "high-domed tortoise with yellow star-rays on a black shell: radiated tortoises (Astrochelys radiata, "
         "CITES App. I) without CITES documents, sent by express from Antananarivo by a borehole contractor's "
         "mechanic to a private keeper in Montpellier; Malagasy French wording (radiated tortoises repeat in many "
         "sets, kept as a repeat of the good; a borehole-pump spares parcel is the new part as far as a search "
         "found)", person("M. Laurent Garnier", "FR")),
        ("WLF-04", "import", "DEAIR01", "air", "GT", [], "DE", "848330",
         "Bujes fenólicos para ejes de bombas de pozo, 600 piezas", "GT", 540, 600, 1800, "USD",
         "phenolic bushings for the line shafts of deep-well turbine pumps are brown, layered, cloth-grained and "
         "light; these 600 are dense, greenish-brown, oily wood that sinks in water, smells faintly of balsam and "
         "shows no cloth layers: lignum vitae (Guaiacum sanctum, CITES App. II) without CITES documents, flown from "
         "Guatemala City to Frankfurt for a Bavarian pump-overhaul firm; Guatemalan Spanish wording (lignum vitae "
         "for bearings repeats in many sets under bushing labels, kept as a repeat of the good; deep-well pump "
         "line-shaft bushings are the new part as far as a search found)", firm("Alpina Pumpenservice GmbH", "DE")),
        ("WLF-05", "import", "NLAIR01", "air", "NG", [], "NL", "253090",
         "Borehole soil samples (laterite cuttings) for laboratory analysis, 12 bags", "NG", 60, 12, 100, "USD",
         "soil samples from boreholes are a few hundred grams of red, gritty laterite in labelled bags; these 12 "
         "bags hold, under a layer of red earth, hard, overlapping, keratin scales a few centimetres across, 55 kg "
         "in all: pangolin scales (Manis and Phataginus spp., CITES App. I) without CITES documents, flown from "
         "Lagos to Amsterdam for a 'geotechnical lab' that is a trading shell, on a Nigerian borehole surveyor's "
         "papers; Nigerian English wording (pangolin scales repeat in many sets, kept as a repeat of the good; a "
         "borehole soil-sample label was found in no earlier row by a keyword search)",
         firm("Orion Geolab BV", "NL")),
        ("WLF-06", "import", "NLAIR01", "air", "JM", [], "NL", "960190",
         "Decorative seashells, assorted, polished, 400 pcs", "JM", 420, 400, 800, "USD",
         "assorted decorative shells are small, mixed cowries, cockles and augers by the kilogram; these 400 are "
         "heavy, one-kilogram, flared shells with a glossy pink lip and knobbed spires: queen conch (Aliger gigas, "
         "CITES App. II) without CITES documents, flown from Kingston to Amsterdam for a shell-decor wholesaler "
         "(another trade); Jamaican English wording (queen conch repeats in many sets, kept as a repeat; from "
         "Jamaica by air is the new part as far as a search found)", firm("Rivage Decor BV", "NL")),
        ("WLF-07", "import", "LVAIR01", "air", "AZ", [], "LV", "160432",
         "Qızılbalıq kürüsü, şüşə bankalarda, 40 kq", "AZ", 40, 400, 1200, "USD",
         "salmon roe is large, orange, translucent eggs; these 400 jars hold small, grey-black, glossy eggs with a "
         "nutty taste, in tins re-packed into jars without CITES labels: sturgeon caviar (Acipenseriformes, CITES "
         "App. II) without CITES documents and without the universal labelling system, flown from Baku to Riga "
         "for a delicatessen importer (another trade); Azerbaijani wording (sturgeon caviar repeats in many sets, "
         "kept as a repeat; from Azerbaijan to Latvia is the new part as far as a search found)",
         firm("Vega Delikateses SIA", "LV")),
        ("WLF-08", "transit", "ESAIR01", "air", "MX", ["ES"], "HK", "030572",
         "Buche de pescado seco (corvina), 60 kg", "MX", 60, None, 900, "USD",
         "dried croaker maw is thin, yellowish and a few grams a piece; these 60 kg are thick, heavy, "
         "horseshoe-shaped swim bladders of up to 400 g each with the two horns of totoaba: Totoaba macdonaldi "
         "swim bladders (CITES App. I) without CITES documents, landed at Madrid in transit from Mexico City to Hong "
         "Kong (another trade); Mexican Spanish wording (totoaba repeats in many sets, kept as a repeat; a transit "
         "through Madrid is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-09", "import", "DEPOST01", "post", "LA", [], "DE", "060290",
         "ດອກໄມ້ປອມ, ຜ້າໄໝ, 20 ຊໍ່", "LA", 1.6, 20, 30, "USD",
         "artificial silk flowers are light, dry and dusty; this parcel is damp and holds 20 bare-rooted plants "
         "with mottled leaves and pouched flowers wrapped in moss: wild-collected slipper orchids (Paphiopedilum "
         "spp., CITES App. I) without CITES documents, posted from Vientiane to a private grower in Kassel "
         "(another trade); Lao wording (Paphiopedilum repeats in many sets, kept as a repeat; an artificial-flower "
         "label from Laos is the new part as far as a search found)", person("Herr Jonas Becker", "DE")),
        ("WLF-10", "import", "ITAIR01", "air", "PG", [], "IT", "121190",
         "Incense wood chips, pine, for burning, 30 kg", "PG", 30, None, 300, "USD",
         "pine incense chips are pale, light and smell of resin; these 30 kg are dark, resin-streaked, heavy chips "
         "that sink in water and give a sweet, balsamic smoke: agarwood (Gyrinops spp., CITES App. II) without "
         "CITES documents, flown from Port Moresby to Milan for an oud-perfume maker (another trade); Papua New "
         "Guinea English wording (agarwood repeats in many sets, kept as a repeat; a pine-chip label from Papua New "
         "Guinea is the new part as far as a search found)", firm("Central Profumi Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "air", "UA", "CZ", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (disinfecting a private well)", "UA", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "CZ-MPO-77-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FIAIR01", "air", "KR", "FI", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model engines)", "KR", 1.2, 1, 45, "USD",
     [("PRECURSOR_LICENCE", "FI-POL-77-0148")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "271099",
     "Waste hydraulic oils from drilling rigs (13 01 10*), for re-refining at a licensed plant, 22 t", "CH", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-77-0217")], "notified waste rig oils to a licensed re-refiner"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "NO", "DE", "681182",
     "Asbestos-cement well casing removed from boreholes (17 06 05*), for licensed landfill, 18 t", "NO", 18000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-SH-77-0088")], "notified asbestos-cement waste to a licensed landfill"),
    ("PRM-05", "ozone", "import", "ATAIR01", "air", "US", "AT", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "AT-BMK-ODS-77-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     480, 12, 9600, "USD", [("ODS_LICENCE", "IT-MASE-ODS-77-003")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Venetian-Gothic vera da pozzo, Istrian stone, 15th century, documented collection, loan to a Swiss museum",
     "IT", 2200, 1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-77-0311")],
     "wellhead exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970122",
     "Roman floor mosaic panel, 3rd century, documented French collection since 1928, sold at auction", "FR", 300, 1,
     80000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-77-0442")],
     "archaeological mosaic exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "NO", "901580",
     "Pulsed-neutron logging tool with neutron generator, 1 unit, for a Norwegian well-logging service", "CZ", 90,
     1, 120000, "EUR", [("EXPORT_LICENCE", "CZ-LIC-77-0039"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-77-0021")],
     "dual-use neutron logging tool under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "AU", "901580",
     "North-seeking gyro borehole survey probes, 4 units, for an Australian mine-drilling contractor", "FR", 48, 4,
     240000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-77-0154"), ("END_USER_CERTIFICATE", "AU-DEC-EUC-77-0067")],
     "dual-use gyro survey probes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "MX", "DE", "848330",
     "Lignum vitae line-shaft bushings for deep-well pumps (Guaiacum sanctum), 200 pieces", "MX", 180, 200, 3000,
     "USD", [("CITES_PERMIT", "MX-SEMARNAT-77-0419")], "App. II lignum vitae products with their export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "JM", "NL", "050800",
     "Queen conch shells (Aliger gigas), polished, 100 pieces", "JM", 105, 100, 1500, "USD",
     [("CITES_PERMIT", "JM-NEPA-77-0083")], "App. II queen conch shells with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Yksityishenkilö", "PRM-05": "Alpina Umweltlabor GmbH",
    "PRM-06": "Atlantic Aero Manutenzione Srl", "PRM-11": "Alpina Pumpenservice GmbH", "PRM-12": "Rivage Decor BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # water-well and geothermal borehole drillers, drilling-supply shops, pump installers and well-service firms
    ("380894", "Well disinfection liquid, stabilised peroxide 5 %, 1 l", "import", ["post", "express"], ["UA", "GB"], (8, 16), (1, 4), ["EUR", "USD"], 0.9, S),
    ("390690", "PHPA drilling polymer, granular, 25 kg bags", "import", ["sea"], ["EG", "CN"], (2, 4), (10000, 22000), ["USD"], 0.04, S),
    ("281119", "Sulphamic acid descaler for well screens, 1 kg bags", "import", ["air"], ["IN", "CN"], (2, 4), (100, 400), ["USD"], 1, S),
    ("382499", "Phosphoric-acid well-regeneration liquid, 25 l", "import", ["road"], ["RS", "TR"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.03, S),
    ("250610", "Quartz flour for geothermal borehole grout, 25 kg bags", "import", ["sea"], ["CN", "NO"], (0.2, 0.4), (10000, 20000), ["USD", "EUR"], 0.04, S),
    ("310420", "Potassium chloride, drilling-fluid grade, 50 kg sacks", "import", ["rail", "sea"], ["UZ", "CA"], (0.3, 0.5), (18000, 24000), ["USD"], 0.02, S),
    ("283630", "Sodium bicarbonate, technical, 25 kg bags", "import", ["sea"], ["TH", "TR"], (0.4, 0.7), (10000, 20000), ["USD"], 0.04, S),
    ("382000", "Air-line antifreeze for rock-drill lubricators, glycol, 1 l", "import", ["air"], ["KR", "US"], (4, 8), (50, 200), ["USD"], 1, S),
    ("340290", "Citric pump-flushing concentrate, 1 l bottles", "import", ["sea"], ["PK", "IN"], (1.5, 3), (2000, 6000), ["USD"], 1, S),
    ("848130", "Check valves for submersible pumps, brass", "import", ["road"], ["NO", "RS"], (12, 20), (100, 600), ["NOK", "EUR"], 1.5, S),
    ("841370", "Submersible borehole pumps, 4 inch, new", "import", ["sea"], ["CN", "TR"], (10, 20), (2000, 8000), ["USD"], 0.05, S),
    ("850720", "Deep-cycle lead-acid batteries for solar pumping, new", "import", ["sea"], ["CN", "VN"], (2, 4), (10000, 20000), ["USD"], 0.03, S),
    ("391723", "PVC-U well casing and screens, 125 mm, 3 m", "import", ["sea", "road"], ["TR", "RS"], (2, 4), (4000, 12000), ["EUR", "USD"], 0.15, S),
    ("282739", "Ferric chloride solution 40 %, water treatment, IBCs", "export", ["road"], ["BA", "RS"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("271019", "Hydraulic oil ISO VG 46, drums", "export", ["road"], ["UA", "MD"], (1.2, 2), (10000, 20000), ["EUR"], None, S),
    ("730900", "Pressure tanks for water pumps, 100 l, new", "export", ["sea"], ["GH", "SN"], (2, 4), (3000, 9000), ["EUR"], 0.03, S),
    ("843041", "Truck-mounted water-well drilling rigs, new, 300 m", "export", ["sea"], ["KE", "GH"], (8, 14), (14000, 24000), ["EUR"], None, S),
    ("282110", "Granular ferric hydroxide adsorbent, new, big bags", "import", ["sea"], ["CN", "IN"], (1.5, 3), (10000, 20000), ["USD"], None, S),
    ("251320", "Garnet blasting abrasive, 30/60 mesh, new", "import", ["sea"], ["IN", "AU"], (0.2, 0.4), (18000, 24000), ["USD"], 0.04, S),
    ("382499", "Pipe-freezing kit refills, R-744 (CO2) cartridges", "import", ["air"], ["GB", "US"], (10, 20), (100, 400), ["GBP", "USD"], 2, S),
    ("381400", "Drill-rod thread degreaser, aliphatic, 20 l", "import", ["air"], ["TW", "US"], (3, 6), (200, 800), ["USD"], 0.05, S),
    ("382499", "Sodium polytungstate heavy liquid, 2.8 g/ml, 1 l", "import", ["air"], ["DE", "NZ"], (150, 300), (20, 80), ["EUR", "USD"], 0.35, S),
    ("842410", "Dry-powder extinguishers for drilling rigs, 6 kg, CE", "import", ["sea"], ["TR", "CN"], (4, 8), (1000, 4000), ["USD"], 0.1, S),
    ("280429", "Helium for leak testing, 50 l cylinders", "import", ["sea"], ["QA", "US"], (8, 15), (2000, 6000), ["USD"], 0.015, S),
    ("842490", "Engine-bay fire suppression kits, dry chemical, for rigs", "import", ["road"], ["TR", "RS"], (15, 30), (200, 800), ["EUR"], 0.05, S),
    ("340290", "Electrical contact cleaner, isopropanol-based, 5 l", "import", ["sea"], ["ID", "CN"], (2, 4), (1000, 3000), ["USD"], 0.2, S),
    ("680221", "Reproduction stone wellheads, new, Vicenza stone", "export", ["road"], ["CH", "GB"], (1.5, 3), (1500, 3000), ["EUR"], None, S),
    ("820713", "Tricone rock bits, new, 8 1/2 inch", "import", ["air"], ["US", "CN"], (30, 60), (200, 800), ["USD"], 0.03, S),
    ("842121", "Ceramic candle water filters, new", "import", ["air"], ["ML", "IN"], (4, 8), (100, 400), ["EUR", "USD"], 2, S),
    ("690730", "Glass pool mosaic on mesh sheets, new", "import", ["sea"], ["TN", "CN"], (3, 6), (3000, 8000), ["EUR", "USD"], 3, S),
    ("441510", "Plastic-lined core trays, pine, new", "import", ["sea"], ["UA", "RS"], (0.8, 1.5), (8000, 16000), ["EUR"], 0.07, S),
    ("841391", "India Mark II hand-pump spares, new", "export", ["sea"], ["ET", "KE"], (2, 4), (3000, 8000), ["EUR"], None, S),
    ("902610", "Electric water-level dip meters, 100 m", "export", ["air"], ["TR", "MA"], (60, 120), (50, 200), ["EUR"], 0.2, S),
    ("901580", "Magnetic borehole deviation probes", "export", ["air"], ["AE", "SA"], (60, 120), (20, 100), ["EUR"], 0.08, S),
    ("901580", "Resistivity meters for groundwater surveys", "export", ["air"], ["UZ", "MA"], (80, 150), (20, 80), ["EUR"], 0.1, S),
    ("841350", "Duplex piston pumps for water-well drilling, new", "export", ["sea"], ["GE", "KE"], (6, 12), (2000, 6000), ["EUR"], 0.002, S),
    ("902680", "Groundwater-level dataloggers, absolute pressure", "export", ["post", "express"], ["NO", "AM"], (300, 600), (1, 3), ["EUR"], 4, S),
    ("250810", "Sodium bentonite, water-well drilling grade, 25 kg bags", "import", ["sea"], ["TR", "IN"], (0.2, 0.4), (18000, 24000), ["USD"], 0.04, S),
    ("848330", "Phenolic line-shaft bushings for turbine pumps", "import", ["air"], ["US", "GT"], (8, 14), (100, 400), ["USD"], 1.1, S),
    ("854790", "Heat-shrink splice kits for submersible pump cables", "import", ["express"], ["CN", "IN"], (20, 40), (1, 4), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Beechwood porridge spurtles", "import", ["road"], ["UA", "MD"], (15, 25), (500, 2000), ["EUR"], 25, N),
        ("701349", "Glass sugar shakers with pouring tops", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 4, N),
        ("950510", "Felt Christmas stockings, empty", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 6000), ["USD"], 8, N),
        ("691200", "Stoneware jam pots with notched lids", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind310", 20771101, HERE)


if __name__ == "__main__":
    main()
