#!/usr/bin/env python3
"""Writes the hundred-and-forty-ninth blind set (tests/risk/data/blind149-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2051, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a South Asia emphasis (Pakistan, Afghanistan, Nepal and Sri Lanka as origins, transit
hubs, destinations, traders, languages and covers drawn from that region's trade).
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL149-*:

    python3 tests/risk/data/make_blind149_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2051, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2051
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "PK", [], "DK", "330190",
         "عرقِ اجوائن، ہربل، پیٹ کے درد کے لیے، 1 لیٹر بوتل، 6 بوتلیں", "PK", 6.8, 6, 3000, "PKR",
         "arq-e-ajwain is a carom-seed distillate sold by Pakistani herbal houses in 120-500 ml bottles: 1.00 kg/l, "
         "water-clear and smelling sharply of thyme; these six litres weigh 1.13 kg/l, smell of nothing, have vented "
         "caps, whiten the fingertips and fizz on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted "
         "from Lahore to a private person in Copenhagen, the ninth parcel in two weeks from the same sender to the "
         "same Nørrebro address (a split consignment); Urdu wording (hydrogen peroxide repeats in many sets and "
         "flower-water covers such as kewra and rose water in several; an ajwain-distillate label was found in no "
         "earlier row by a keyword search)", person("Imran Qureshi", "DK")),
        ("PRE-02", "import", "GRAIR01", "express", "PK", [], "GR", "290949",
         "Attar base oil DPG (dipropylene glycol), odourless, perfumery grade, 4 x 1 litre", "PK", 4.5, 4, 40, "USD",
         "dipropylene glycol, the odourless carrier Lahore attar makers dilute their oils in, is a viscous liquid of "
         "1.02 kg/l that mixes with water and does not burn easily; these four bottles are thin, not viscous, weigh "
         "1.13 kg/l, smell faintly fruity, catch fire from a match and the re-used drum label under the carton tape "
         "reads UN 1261: nitromethane (Annex I above 16 %), sent by express from Lahore to a private person in "
         "Piraeus who races model cars, although flammable liquids travel by express only as declared dangerous "
         "goods; Pakistani English wording (nitromethane repeats in many sets and perfume and attar covers in a few; "
         "a DPG attar-base label was found in no earlier row by a keyword search)", person("Dimitris Papadakis", "GR")),
        ("PRE-03", "import", "ESSEA01", "sea", "PK", [], "ES", "170290",
         "شیرہ (چاشنی) گلاب جامن اور جلیبی کے لیے، 1 لیٹر بوتل، 2,400 بوتلیں", "PK", 4416, 2400, 2600, "USD",
         "chashni is the plain sugar syrup that Pakistani sweet shops soak gulab jamun in: sticky, sweet, golden and "
         "about 1.30 kg/l; these 2,400 bottles hold an oily, colourless liquid of 1.84 kg/l that is not sticky, chars "
         "a sugar cube black, spits when a drop of water falls in and has eaten through two caps in the container, "
         "for a Barcelona Raval grocery that sells to the public: about 96 % sulphuric acid (Annex I above 15 %) "
         "retail-packed for members of the public, by sea from Karachi to Barcelona; Urdu wording (sulphuric acid "
         "repeats in many sets and syrup covers in several, agave, falernum and corn syrup among them; a chashni "
         "label for gulab jamun was found in no earlier row by a keyword search)",
         firm("Raval Desi Bazar SL", "ES")),
        ("PRE-04", "import", "DEAIR01", "air", "NP", [], "DE", "340250",
         "रिठ्ठाको प्राकृतिक तरल साबुन (सोपनट), जैविक, १ लिटर बोतल, ६०० बोतल", "NP", 840, 600, 180000, "NPR",
         "Nepalese soapnut liquid is a brown, cloudy decoction of Sapindus fruit that foams when shaken and smells "
         "of vinegar and fruit; these 600 bottles hold a water-clear to pale-yellow liquid of 1.40 kg/l that does "
         "not foam, fumes brown in the neck, stains the skin yellow and dissolves a copper coin with brown gas, for a "
         "Freiburg zero-waste web shop that sells litre bottles to the public: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, flown from Kathmandu to Frankfurt; Nepali wording "
         "(nitric acid repeats in many sets, under vinegar labels among others; a soapnut label was found in no "
         "earlier row by a keyword search)", firm("Grünwald Naturwaren GmbH", "DE")),
        ("PRE-05", "import", "ITAIR01", "air", "PK", [], "IT", "100630",
         "باسمتی چاول، سیلا، 5 کلو تھیلے، 400 تھیلے", "PK", 2000, 400, 2600, "USD",
         "a Pakistani grocery air shipment for a Brescia desi supermarket that sells to the public: sella basmati and "
         "biryani masala are what such shops stock, but the third item's tatri, the sour citric-acid crystals cooks "
         "sprinkle on chaat, is 400 one-kilo packs of glossy, tasteless crystals that are not sour, turn ice-cold "
         "on the tongue, spark violet on a hot pan and carry CAS 3811-04-9 on the inner liners: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, hidden as the last item of a three-item "
         "declaration, flown from Lahore to Milan Malpensa; Urdu wording (potassium chlorate repeats in many sets and "
         "citric-acid and lemon-salt covers in several; a tatri label behind rice and masala was found in no earlier "
         "row by a keyword search)",
         dict(firm("Brescia Desi Market Srl", "IT"),
              _more_items=[item("091091", "بریانی مصالحہ، 50 گرام ڈبے، 2,000 ڈبے", "PK", 100, 700, "USD", qty=2000),
                           item("291814", "ٹاٹری (لیموں کا ست)، 1 کلو پیکٹ، 400 پیکٹ", "PK", 400, 480, "USD", qty=400)])),
        ("PRE-06", "import", "CYAIR01", "air", "LK", [], "CY", "110290",
         "ඉඳිආප්ප පිටි (සුදු කැකුළු හාල් පිටි), තම්බපු, 1 kg පැකට්, 300", "LK", 300, 300, 135000, "LKR",
         "string-hopper flour is steamed white rice flour: light, soft, squeaky between the fingers and about 0.6 "
         "kg/l loose; these 300 bags hold a heavy, gritty white crystal powder of nearly twice that bulk density "
         "that does not form a dough with hot water, barely dissolves and flares white mixed with sugar on a spoon, "
         "and the inner liners read 'KClO4', for a Larnaca Sri Lankan shop that sells to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Colombo; Sinhala "
         "wording (potassium perchlorate repeats in many sets and flour and starch covers, arrowroot from Sri Lanka "
         "among them, in several; a string-hopper flour label to Cyprus was found in no earlier row by a keyword "
         "search)", firm("Lanka Mini Market Ltd", "CY")),
        ("PRE-07", "import", "NLSEA01", "sea", "PK", [], "NL", "250100",
         "کھیوڑا چٹا نمک، ڈلیاں، پکان لئی، 1 کلو تھیلی، 16,000 تھیلیاں", "PK", 16000, 16000, 4800, "USD",
         "white Khewra rock salt is a hard, glassy halite from the Salt Range that tastes only of salt and stays dry "
         "in the bag; these 16,000 bags hold clear crystals that draw damp and cake, taste salty and cool, crackle "
         "and flare yellow on a gas ring and leave a bleached ring on the paper, for an Amsterdam halal cash-and-carry "
         "that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "sea from Karachi to Rotterdam; Punjabi wording in Shahmukhi script (sodium chlorate repeats in many sets "
         "under salt and sugar labels, Himalayan salt once; a Khewra white-salt label was found in no earlier row "
         "by a keyword search)", firm("Amsterdam Halal Groothandel BV", "NL")),
        ("PRE-08", "import", "SEAIR01", "air", "AF", [], "SE", "170199",
         "نبات (قند کریستالی) زعفرانی، هرات، بسته‌های ۵۰۰ گرمی، ۶۰۰ بسته", "AF", 300, 600, 27000, "AFN",
         "nabat is the rock-candy that Afghans dissolve in tea: large, yellowish, saffron-tinted crystals on a "
         "thread, sweet and slow to dissolve; these 600 packs hold small colourless crystals with no thread and no "
         "saffron, no sweetness, that draw water from the air until the bags go soft and burn fiercely with a "
         "little sugar, for a Stockholm Järva Afghan grocery that sells to the public: sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Kabul through Istanbul; Dari wording "
         "(sodium perchlorate repeats in many sets and sugar covers in several; a nabat label was found in no earlier "
         "row by a keyword search, the four 'nabat' hits being Nabataean antiquities)",
         firm("Järva Afghan Livs AB", "SE")),
        ("PRE-09", "import", "GRSEA01", "sea", "PK", [], "GR", "110311",
         "Suji (sooji) bareek, halwa ke liye, 1 kg thaili, 12,000 thailiyan", "PK", 12000, 12000, 3000, "USD",
         "suji is pale-yellow durum semolina: angular, floury grains that swell into halwa in hot ghee; these 12,000 "
         "bags hold smooth, round, white prills of even size that turn the water ice-cold, do not swell, read 34 % N "
         "on a field test and melt and fume on a hot plate, for an Athens Kypseli grocery that sells to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, by sea from Karachi "
         "to Piraeus; Roman Urdu wording (ammonium nitrate repeats in many sets and semolina covers twice, as "
         "couscous and moghrabieh; a suji label was found in no earlier row by a keyword search)",
         firm("Kypseli Asian Foods IKE", "GR")),
        ("PRE-10", "export", "ITSEA01", "sea", "IT", ["PK"], "AF", "820299",
         "Filo diamantato per taglio del marmo in cava, perline Ø 11 mm, bobine da 500 m, 40 bobine", "IT", 700, 40,
         14000, "EUR",
         "diamond wire for quarry saws is a steel cable threaded with sintered diamond beads and rubber spacers, about "
         "0.9 kg a metre, and costs tens of euros a metre; these 40 reels of 20 km in all weigh 700 kg, have no beads, "
         "and are a smooth orange plastic cord with a white crystalline core of about 10 g a metre: detonating cord "
         "(PETN), a civil explosive exported without the transfer and export authorisations explosives need and into "
         "the UN arms embargo on the Taliban, for a 'marble quarry' at Chisht-e Sharif near Herat, by sea from Genoa "
         "to Karachi and on under the Afghan transit trade; Italian wording (detonating cord repeats in many sets "
         "under clothesline, rope and skipping-rope labels; a quarry diamond-wire label was found in no earlier row by "
         "a keyword search)", {"importer_country": "AF"}),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", [], "LK", "940429",
         "Used mattresses, carpets and rugs, for recycling at a Katunayake free-zone plant, 4 x 40 ft", "GB", 96000,
         None, 4800, "GBP",
         "mattresses and carpets sent for recycling are baled by type, dry and free of other waste; these four "
         "containers hold wet, torn mattresses packed round black sacks of household rubbish, soiled hospital "
         "bedding, drip tubing, dressings and a smell of rot and disinfectant: mixed municipal and clinical waste "
         "(20 03 01, 18 01 03*, Y1 and Y46), whose export to a non-OECD country is banned, from Felixstowe to "
         "Colombo for a free-zone 'metal and textile recycler' (the 2017-2019 Sri Lankan case pattern); British "
         "English wording (mattress covers repeat in several sets, on used-goods containers to West Africa and "
         "baled mattresses; a waste row to Sri Lanka was found in no earlier set, and a Katunayake free-zone "
         "recycling label in no earlier row, by a keyword search)", {"importer_country": "LK"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "LK", "401519",
         "Nitril-Untersuchungshandschuhe, B-Ware, zur Aufbereitung, gepresste Ballen, 18 t", "DE", 18000, None, 2700,
         "EUR",
         "second-quality nitrile gloves from a glove maker are new, unworn, boxed or bagged by size and colour; these "
         "bales hold used gloves, turned inside out and balled, with blood and iodine stains, swabs, syringe caps and "
         "a hospital-disinfectant smell, collected from ward bins in North Rhine-Westphalia, for a Katunayake "
         "'glove reprocessor' that washes and reboxes them as new: infectious clinical waste (18 01 03*, Y1), whose "
         "export to a non-OECD country is banned, from Hamburg to Colombo; German wording (used gloves appear once, "
         "as rubber scrap in a development row, and new gloves once as a cover; B-grade gloves to Sri Lanka for "
         "reprocessing are the new part as far as a search found)", {"importer_country": "LK"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", ["IN"], "NP", "847150",
         "Computer desktop usati, funzionanti, con monitor CRT, donazione per scuole rurali del Nepal, 600 postazioni",
         "IT", 9000, 600, 3000, "EUR",
         "a school donation of used computers is wiped, tested, packed with keyboards and a test sheet and uses flat "
         "screens; these 600 units are dusty towers with boards and drives pulled, and CRT monitors with cracked "
         "necks and leaded glass loose in the container, for a Kathmandu 'NGO' whose address is a Balaju scrap yard, "
         "by sea from La Spezia to Kolkata and by road through Raxaul-Birgunj: waste electrical equipment with "
         "cathode-ray tubes (16 02 13*, A1180), whose export to a non-OECD country is banned; Italian wording "
         "(CRT e-waste and school-donation covers repeat in many sets; a waste row to Nepal was found in no earlier "
         "set by a keyword search)", {"importer_country": "NP"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", ["PK"], "AF", "841821",
         "Tweedehands koelkasten en vriezers, werkend getest, 1 x 40 ft HC, 180 stuks", "NL", 9000, 180, 5400, "EUR",
         "second-hand fridges for reuse are recent, cleaned, with plugs, shelves and a test label each; these 180 "
         "are 1980s-1990s appliances with cut cables, missing doors and rusted backs, whose compressor plates read "
         "R12 and whose foam is blown with CFC-11: waste refrigeration equipment containing ozone-depleting "
         "substances (20 01 23*, 16 02 11*), whose export to a non-OECD country is banned, by sea from Rotterdam to "
         "Karachi and on through Torkham to a Kabul 'appliance dealer'; Dutch wording (used fridges repeat in many "
         "sets; a waste row to Afghanistan was found in no earlier set by a keyword search)",
         {"importer_country": "AF"}),
        ("WST-05", "export", "PLSEA01", "sea", "PL", [], "PK", "850440",
         "Używane hybrydowe falowniki solarne z magazynami energii, przetestowane, 400 szt.", "PL", 12000, 400, 8000,
         "EUR",
         "tested second-hand hybrid inverters ship boxed, with their serial numbers, a test report and the battery "
         "packs disconnected; these 400 are fire-blackened and water-damaged units from rooftop installations, "
         "boards missing, with swollen lithium battery packs still wired in, for a Hall Road (Lahore) 'solar "
         "dealer': waste electronic equipment and damaged lithium batteries (16 02 13*, 16 06 05, A1180), whose "
         "export to a non-OECD country is banned, from Gdynia to Karachi; Polish wording (used solar inverters "
         "repeat in a few sets, to Ghana and Nigeria; hybrid inverters with batteries to Pakistan's solar boom are "
         "the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-06", "export", "DKAIR01", "air", "DK", [], "PK", "901890",
         "Brugte kirurgiske instrumenter til reparation og genbrug i Sialkot, 1.200 kg", "DK", 1200, None, 2400, "EUR",
         "instruments sent for repair are cleaned, sterilised and sorted by type with a decontamination "
         "certificate; these 1,200 kg are unwashed forceps, scissors and retractors thrown in with single-use "
         "disposables and needles, in yellow sharps bins with dried blood and tissue, from Danish hospital theatres, "
         "for a Sialkot workshop that polishes and resells them as new: infectious clinical waste (18 01 03*, Y1), "
         "whose export to a non-OECD country is banned, flown from Copenhagen to Lahore; Danish wording (clinical "
         "waste repeats in many sets under rags, regrind and donation labels; used surgical instruments sent to "
         "Sialkot were found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-07", "export", "SESEA01", "sea", "SE", [], "LK", "380110",
         "Grafitskrot, katodblock, rena bitar, för degeltillverkning, storsäckar, 24 t", "SE", 24000, None, 2400, "EUR",
         "clean graphite scrap is grey, shiny, greasy to the touch and inert; these bags hold black carbon blocks "
         "crusted with white fluoride salts and refractory brick that smell of ammonia when wet and give off a "
         "garlic whiff, broken out of relined aluminium-smelter pots: spent pot lining (16 11 01*, cyanides and "
         "fluorides), hazardous waste whose export to a non-OECD country is banned, from Sundsvall to Colombo for a "
         "'crucible maker'; Swedish wording (spent pot lining repeats in many sets under graphite and carbon labels; "
         "to Sri Lanka, itself a graphite producer, is the new part as far as a search found)",
         {"importer_country": "LK"}),
        ("WST-08", "export", "SISEA01", "sea", "SI", ["IN"], "NP", "681182",
         "Rabljene vlaknocementne valovite strešne plošče, očiščene, za zavetišča po potresu, 22 t", "SI", 22000, None,
         660, "EUR",
         "asbestos-free fibre-cement sheets are new, smooth, printed 'NT' and carry a batch stamp; these 22 t are "
         "grey, moss-stained, brittle old corrugated sheets with broken edges and nail holes, stripped from farm "
         "roofs, that show chrysotile fibres under a lens, for a Kathmandu 'reconstruction contractor' building "
         "shelters: asbestos-containing construction waste (17 06 05*), whose export to a non-OECD country is "
         "banned, by sea from Koper to Kolkata and by road into Nepal; Slovenian wording (asbestos cement repeats in "
         "many sets; an earthquake-shelter label to Nepal was found in no earlier row by a keyword search)",
         {"importer_country": "NP"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "LK", "271019",
         "Óleo base lubrificante SN 500, rerrefinado, flexitanques, 2 x 22 t", "PT", 44000, None, 11000, "EUR",
         "re-refined SN 500 base oil is a clear, amber oil with a specification sheet and no smell of fuel; these "
         "flexitanks hold a black, opaque oil with free water and sludge that smells of petrol and diesel and "
         "reads 2 % water and high metals: used engine oil collected from garages (13 02 05*), hazardous waste "
         "whose export to a non-OECD country is banned, from Sines to Colombo for a 'lubricant blender'; Portuguese "
         "wording (waste oil under base-oil and fuel labels repeats in many sets; to Sri Lanka is the new part as "
         "far as a search found)", {"importer_country": "LK"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "PK", "260400",
         "Concentrado de níquel, húmedo, para fundición, big bags, 20 t", "ES", 20000, None, 6000, "EUR",
         "nickel concentrate is a grey-green sulphide ore flotation product with an assay of 10-20 % Ni; these bags "
         "hold green and yellow, pasty filter cake that reads 4 % nickel, 6 % chromium with yellow chromate, smells "
         "of ammonia and cyanide and still carries the filter-press cloth marks of a Basque plating shop: "
         "electroplating sludge (11 01 09*), hazardous waste whose export to a non-OECD country is banned, from "
         "Bilbao to Karachi for a Lahore 'alloy maker'; Spanish wording (plating sludge repeats in many sets, and as "
         "a nickel concentrate once, to India in blind48, kept as a repeat; to Pakistan is the new part as far as a "
         "search found)",
         {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "PK", [], "DE", "570110",
         "قالین دستباف افغانی، پشم، اندخوی و مزار، ۱۲۰ تخته", "AF", 3600, 120, 36000, "USD",
         "an Afghan carpet consignment for a Hamburg Speicherstadt rug house, loaded at Karachi: hand-knotted Andkhoy "
         "and Mazar carpets and kilims are what such houses import, and washing solvents are a normal add-on, but the "
         "third item's 'perchloroethylene' drums weigh 1.59 kg/l, smell sweeter than perc, their bungs are stamped "
         "'CCl4' and a head-space test reads carbon tetrachloride, bought cheap in Peshawar to spot-clean rugs: "
         "carbon tetrachloride, an ozone-depleting substance whose import is banned outside licensed feedstock and "
         "laboratory uses (Regulation 2024/590), hidden as the last item of a three-item declaration, by sea from "
         "Karachi to Hamburg; Dari wording (carbon tetrachloride repeats in many sets and perchloroethylene labels "
         "in several; behind Afghan carpets no earlier row was found by a keyword search)",
         dict(firm("Speicherstadt Orientteppich GmbH", "DE"),
              _more_items=[item("570210", "گلیم دستباف، ۸۰ تخته", "AF", 800, 6000, "USD", qty=80),
                           item("290323", "مایع شستشوی قالین (پرکلرواتیلن)، ۴۰ گالن ۲۰ لیتری", "PK", 1272, 400,
                                "USD", qty=40)])),
        ("OZN-02", "import", "ATAIR01", "air", "NP", [], "AT", "842410",
         "हेलिकप्टरका लागि अग्नि निभाउने सिलिन्डर, खाली, हाइड्रो परीक्षणका लागि, २४ थान", "NP", 120, 24, 600, "USD",
         "empty extinguishers sent for a hydrostatic test read zero on the gauge and weigh their stamped tare; these "
         "24 read full pressure, weigh 2-5 kg above tare each and a drop of their contents boils off with a sweet "
         "smell: charged halon 1211 bottles from the cabins of Kathmandu rescue helicopters, sent to a Salzburg "
         "service firm to be 'recharged' and returned, whose import is banned outside licensed critical uses "
         "(Regulation 2024/590), flown from Kathmandu; Nepali wording (halon 1211 repeats in many sets; halon from "
         "Nepalese helicopter operators and an ozone row from Nepal were found in no earlier set by a keyword "
         "search)", firm("Alpina Brandschutz GmbH", "AT")),
        ("OZN-03", "export", "BESEA01", "sea", "BE", [], "LK", "382768",
         "Koelmiddel R-407C, teruggewonnen en geregenereerd, 60 cilinders van 50 kg", "BE", 3000, 60, 9000, "EUR",
         "reclaimed R-407C comes with a reclaimer's analysis certificate and, as a zeotropic blend, shows a "
         "temperature glide of about 7 K; these 60 cylinders have no certificate, their pressure matches a single "
         "pure gas at every temperature and an analyser reads 99 % chlorodifluoromethane, recovered from Flemish "
         "supermarket racks: HCFC-22, whose export from the Union is banned (Regulation 2024/590), from Antwerp to "
         "Colombo for the ice plants of Negombo's multi-day fishing fleet; Belgian Dutch wording (HCFC-22 under HFC "
         "blend labels repeats in many sets; an export to Sri Lanka was found in no earlier row by a keyword "
         "search)", {"importer_country": "LK"}),
        ("OZN-04", "export", "CZAIR01", "air", "CZ", ["AE"], "AF", "842410",
         "Tlakové láhve hasicího systému vrtulníku Mi-17, plněné FM-200, repasované, 12 ks", "CZ", 240, 12, 3600, "EUR",
         "FM-200 (HFC-227ea) is a gas that stands at about 4 bar in a bottle and hisses out as vapour; these 12 "
         "spherical bottles, overhauled at an east-Bohemian helicopter works, slosh with a heavy liquid, read under "
         "1 bar at room temperature and their Russian data plates read 114B2: halon 2402, whose export from the "
         "Union is banned outside licensed critical uses (Regulation 2024/590), flown from Prague through Dubai for "
         "the Mi-17 fleet flown from Kabul; Czech wording (halon 2402 and Mi-17 parts repeat in several sets; "
         "Mi-17 fire bottles to Afghanistan and an ozone row to Afghanistan were found in no earlier set by a "
         "keyword search)", {"importer_country": "AF"}),
        ("OZN-05", "import", "NLAIR01", "air", "CN", [], "NL", "290389",
         "八氟环丁烷 (C4F8) 电子级蚀刻气体, 44 升钢瓶, 20 瓶", "CN", 800, 20, 24000, "USD",
         "electronic-grade octafluorocyclobutane comes in polished cylinders with a certificate of analysis and "
         "stands at about 2.7 bar at 20 °C; these 20 read nearly 5 bar, a purple iodine stain rims the valve outlets "
         "and a sample turns brown in daylight: trifluoroiodomethane (CF3I), a 'new substance' whose import is banned "
         "(Regulation 2024/590, Annex II), flown from Shanghai to Amsterdam for an Eindhoven 'etch-gas distributor'; "
         "Chinese wording (trifluoroiodomethane appears once, as part of an R-466A blend in blind130; as a pure gas "
         "under an etch-gas label it was found in no earlier row by a keyword search)",
         firm("Horizon Specialty Gases BV", "NL")),
        ("OZN-06", "export", "DESEA01", "sea", "DE", [], "LK", "382499",
         "Prüflösung für Aktivkohle (Butan-Aktivitätsstandard), 20 Fässer à 200 l", "DE", 6360, 20, 4000, "EUR",
         "activity tests on activated carbon now use butane gas from a small cylinder, and a 'butane activity "
         "standard' in 200-litre drums makes no sense; these 20 drums weigh 1.59 kg/l, hold a sweet-smelling, "
         "non-flammable liquid and are stencilled 'CTC 99.9 %', for a coconut-shell activated-carbon plant near "
         "Colombo that still runs the old CTC activity test on every batch: carbon tetrachloride, whose export from "
         "the Union is banned outside licensed laboratory uses in small quantities (Regulation 2024/590), from "
         "Hamburg to Colombo; German wording (carbon tetrachloride repeats in many sets; as a carbon-testing "
         "solvent to Sri Lanka it was found in no earlier row by a keyword search)", {"importer_country": "LK"}),
        ("OZN-07", "transit", "ROSEA01", "sea", "IN", ["RO"], "MD", "382768",
         "रेफ्रिजरेंट गैस R-454B, 10 किलो रिफिलेबल सिलेंडर, 400 सिलेंडर", "IN", 4000, 400, 14000, "USD",
         "R-454B is a mildly flammable HFC-HFO blend sold in red-banded cylinders with a left-hand valve thread and "
         "an A2L flame mark; these 400 light-green cylinders have ordinary right-hand valves, no flame mark, a "
         "pressure that matches pure HCFC-22 and an analyser reading of chlorodifluoromethane: HCFC-22 moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Constanța in transit from "
         "Mundra to Chișinău; Hindi wording (HCFC-22 repeats in many sets under HFC labels and R-454B labels in "
         "several, kept as a repeat; a transit through Constanța to Moldova is the new part as far as a search "
         "found)", {"importer_country": "MD"}),
        ("OZN-08", "import", "ESSEA01", "sea", "CN", [], "ES", "290312",
         "二氯甲烷 (DCM) 工业级, 250 公斤桶, 40 桶", "CN", 10000, 40, 7000, "USD",
         "dichloromethane is a 1.33 kg/l solvent that boils at 40 °C and fills a 250 kg drum to the shoulder; these "
         "drums, for a Valencia 'paint-stripper formulator', are filled only to four-fifths, weigh 1.46 kg/l, smell "
         "more ethereal and a gas chromatogram shows bromoethane: ethyl bromide, a 'new substance' whose import is "
         "banned (Regulation 2024/590, Annex II), by sea from Qingdao to Valencia; Chinese wording (bromoethane "
         "repeats in three sets; under a dichloromethane label it was found in no earlier row by a keyword search)",
         firm("Levante Química Industrial SL", "ES")),
        ("OZN-09", "import", "FRPOST01", "post", "US", [], "FR", "340399",
         "Car A/C leak sealer with PAG lubricant, self-sealing cans with trigger gauge, 3 cans", "US", 1.8, 3, 75,
         "USD",
         "A/C leak sealers are a few millilitres of sealant and oil in a small dose can, injected into a charged "
         "system; these three 500 g cans carry a trigger gauge and hose and hold mostly 1,1,1,2-tetrafluoroethane "
         "with a little sealant: HFC-134a in non-refillable containers, whose sale and import are banned in the "
         "Union (Regulation 2024/573), posted from Ohio to a private person in Lyon who services his own car; US "
         "English wording (DIY HFC recharge kits repeat in four sets and a leak-sealer label once, by road from Serbia "
         "in blind115; by post from the United States to a private person is the new part as far as a search "
         "found)", person("M. T. Dubois", "FR")),
        ("OZN-10", "import", "GRSEA01", "sea", "PK", [], "GR", "290342",
         "ریفریجرینٹ گیس R-32، 9 کلو سلنڈر، 200 عدد", "PK", 1800, 200, 5000, "USD",
         "R-32 is a mildly flammable HFC sold in red-banded cylinders with a left-hand thread and reads about 15 bar "
         "at 25 °C; these 200 cylinders, for an Athens Pakistani-run air-conditioning repair shop, have right-hand "
         "valves, read about 9 bar and an analyser gives chlorodifluoromethane: HCFC-22, whose import is banned "
         "(Regulation 2024/590), re-filled in Karachi's Plaza market and sent by sea to Piraeus; Urdu wording "
         "(HCFC-22 repeats in many sets and R-32 labels in a few; from Pakistan to Greece was found in no earlier row "
         "by a keyword search)", firm("Kypseli Klimatismos IKE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DESEA01", "sea", "PK", [], "DE", "680291",
         "کاشی سنگ مرمر سفید حکاکی‌شده، کار جدید، غزنی، ۴۰ عدد", "AF", 1600, 40, 2400, "USD",
         "new carved marble tiles from Afghan workshops are bright white, machine-sawn to one size with crisp, "
         "shallow relief; among these 40 are six thick, weathered panels with floriated Kufic bands and arabesques in "
         "deep relief, root stains and old gypsum mortar on the backs and fresh breaks along the edges: Ghaznavid "
         "dado panels (11th-12th century) prised from palace and tomb sites at Ghazni, whose export Afghanistan's "
         "heritage law forbids, brought in against Article 3(1) of Regulation 2019/880, loaded at Karachi for a "
         "Hamburg dealer; Dari wording (Afghan antiquities repeat in many sets and Ghaznavid bronzes once, in "
         "blind133; Ghaznavid marble under a new-tile label was found in no earlier row by a keyword search)", firm("Orient Stein Hamburg GmbH", "DE")),
        ("CUL-02", "import", "GBSEA01", "sea", "PK", [], "GB", "680299",
         "نقش ٿيل پيلي پٿر جون سليون، باغ جي سينگار لاءِ، نيون، 6 عدد", "PK", 1800, 6, 900, "USD",
         "new yellow-sandstone garden slabs from Sindh are fresh, evenly coloured and show sharp chisel marks; these "
         "six are weathered, lichen-spotted slabs carved with rosettes, jewellery motifs and a horseman, one shaped "
         "as a turbaned headstone, cut from the 15th-18th-century Jokhio and Baloch tombs of Chaukhandi near "
         "Karachi, a protected site whose antiquities Pakistan's Antiquities Act forbids to export, by sea from "
         "Karachi to Felixstowe for a garden-antiques dealer; Sindhi wording (Pakistani antiquities repeat in many "
         "sets; Chaukhandi tomb carvings and Sindhi wording on a cultural row were found in no earlier row by a "
         "keyword search)", firm("Central Garden Antiques Ltd", "GB")),
        ("CUL-03", "import", "ITAIR01", "air", "LK", [], "IT", "830629",
         "පිත්තල පත්තිනි දේවී ප්‍රතිමාව, අලුත්, මහනුවර අත්කම්, 1", "LK", 9, 1, 90, "USD",
         "new brass Pattini figures from Kandy craft shops are bright yellow, hollow-cast and light; this one is a "
         "solid, heavy, dark-green bronze of a standing Bodhisattva with cold-worked details, root marks, soil in the "
         "recesses and a broken tang under the feet, in the Anuradhapura style of the 8th-9th century: an antiquity "
         "whose export Sri Lanka's Antiquities Ordinance forbids without a permit, brought in against Article 3(1) of "
         "Regulation 2019/880, flown from Colombo to Rome for a dealer; Sinhala wording (Anuradhapura-style bronzes "
         "repeat in a few sets; a Pattini label was found in no earlier row by a keyword search)",
         firm("Galleria Meridian Srl", "IT")),
        ("CUL-04", "import", "BEAIR01", "air", "NP", [], "BE", "680299",
         "ढुङ्गाको मकर धारा (पानीको टुटी), नयाँ, बगैंचा सजावट, भक्तपुर, २ थान", "NP", 160, 2, 30000, "NPR",
         "new stone spouts from Bhaktapur workshops are pale grey with crisp chisel marks and a drilled channel; these "
         "two are worn, water-polished makara spouts with lime scale in the channel, moss, a Licchavi-style "
         "inscription band and broken tenons, prised from a stone waterspout (dhunge dhara) in Patan: monuments whose "
         "removal and export Nepal's Ancient Monument Preservation Act forbids, brought in against Article 3(1) of "
         "Regulation 2019/880, flown from Kathmandu to Brussels for a dealer; Nepali wording (Nepalese sculpture "
         "repeats in many sets; a stone-waterspout label was found in no earlier row by a keyword search)",
         firm("Galerie Rivage SA", "BE")),
        ("CUL-05", "import", "NLAIR01", "air", "PK", [], "NL", "691390",
         "ٹیراکوٹا دیواری تختیاں، نئی، دستکاری، ملتان، 8 عدد", "PK", 60, 8, 320, "USD",
         "new Multan terracotta plaques are light, evenly fired and bright with fresh slip; these eight are heavy, "
         "salt-bloomed, moulded panels with seated Buddhas under arches, their edges keyed for a brick frieze and "
         "ancient lime mortar on the backs: Buddhist terracottas (4th-5th century) from the Kahu-jo-daro stupa at "
         "Mirpur Khas in Sindh, whose export Pakistan's Antiquities Act forbids, brought in against Article 3(1) of "
         "Regulation 2019/880, flown from Karachi to Amsterdam; Urdu wording (terracotta-plaque covers repeat in "
         "several sets; Mirpur Khas terracottas were found in no earlier row by a keyword search)",
         firm("Vega Aziatische Kunst BV", "NL")),
        ("CUL-06", "import", "FRPOST01", "post", "AF", [], "FR", "491191",
         "ورق‌های مشق خط نستعلیق، کار جدید استادان هرات، ۱۲ ورق", "AF", 1.2, 12, 60, "USD",
         "new calligraphy practice sheets (mashq) are on machine-made paper with fresh, glossy ink; these twelve "
         "leaves are burnished, gold-sprinkled paper with worm holes, ruled and illuminated margins, a catchword on "
         "each verso and, on one, a colophon naming Herat and a date in the ninth century of the hijra: Timurid "
         "manuscript leaves (15th century), whose export Afghanistan's heritage law forbids, brought in against "
         "Article 3(1) of Regulation 2019/880, posted from Herat to a private collector in Paris; Dari wording "
         "(manuscript leaves and calligraphy covers repeat in many sets; Herat leaves by post were found in no "
         "earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
        ("CUL-07", "import", "ATAIR01", "air", "PK", [], "AT", "680291",
         "د مرمرو مجسمه، نوې، لاسي صنعت، پېښور، ۱ ټوټه", "AF", 45, 1, 150, "USD",
         "new marble statues from Peshawar workshops are bright white, polished and crisply cut; this one is a "
         "weathered, honey-patinated white-marble Ganesha seated on a lotus, with a broken trunk, iron stains from "
         "an old dowel and a Sharada inscription on the base, in the Hindu Shahi style of the 7th-9th century known "
         "from Gardez: an antiquity of Afghanistan, whose export its heritage law forbids, carried across to "
         "Peshawar and flown from Islamabad to Vienna, brought in against Article 3(1) of Regulation 2019/880; Pashto "
         "wording (Afghan antiquities repeat in many sets; Hindu Shahi sculpture was found in no earlier row by a "
         "keyword search)", firm("Alpina Kunsthandel GmbH", "AT")),
        ("CUL-08", "import", "DKSEA01", "sea", "PK", [], "DK", "570110",
         "Afghanske håndknyttede tæpper, uld, nye, 60 stk.", "AF", 1800, 60, 18000, "USD",
         "an Afghan textile consignment for a Copenhagen rug shop, loaded at Karachi: new carpets and suzani "
         "hangings are what such shops sell, and new Kuchi dresses come trimmed with mirrors, beads and modern "
         "token coins, but the third item's 40 dresses carry some 600 worn silver and copper coins sewn on as "
         "trim: Indo-Greek drachms, Kushan and Hephthalite coins with green patina and soil in the legends, "
         "archaeological finds from Afghan sites whose export Afghanistan's heritage law forbids, brought in against "
         "Article 3(1) of Regulation 2019/880, hidden as the last item of a three-item declaration; Danish wording "
         "(Kushan coins repeat in several sets; sewn onto Kuchi dresses they were found in no earlier row by a "
         "keyword search)",
         dict(firm("Nordhavn Orient ApS", "DK"),
              _more_items=[item("630492", "Suzani-vægtæpper, broderede, nye, 20 stk.", "AF", 40, 1200, "USD", qty=20),
                           item("620449", "Kuchi-kjoler, broderede, nye, med spejle og mønter, 40 stk.", "AF", 48, 1600,
                                "USD", qty=40)])),
        ("CUL-09", "import", "DEAIR01", "air", "LK", [], "DE", "630492",
         "Batik wall hanging, hand-painted cotton, new, Kandy, 1 pc", "LK", 3, 1, 60, "USD",
         "new Sri Lankan batiks are wax-resist dyed cotton with crackle lines and bright synthetic colours; this "
         "four-metre cloth is painted, not dyed, in red, yellow and black mineral pigments on old hand-woven cotton, "
         "with worn folds, candle soot and Jataka scenes in registers in the Kandyan style: a temple painted cloth "
         "(pethikada) of the 18th-19th century from a Kandyan shrine, whose export Sri Lanka's Antiquities "
         "Ordinance forbids without a permit, brought in against Article 3(1) of Regulation 2019/880, flown from "
         "Colombo to Frankfurt for a Berlin gallery; Sri Lankan English wording (batik covers repeat in a few sets; a "
         "pethikada was found in no earlier row by a keyword search)", firm("Galerie Orion Berlin GmbH", "DE")),
        ("CUL-10", "export", "FRAIR01", "air", "FR", [], "HK", "830629",
         "Statuette de Bouddha en laiton doré, décorative, moderne, 1 pièce", "FR", 6, 1, 800, "EUR",
         "modern gilt-brass Buddhas are thin-walled, lacquered and machine-finished; this one is heavy, fire-gilt "
         "copper alloy with turquoise and coral inlay, a sealed base plate engraved with a crossed vajra and old "
         "consecration contents, in the Kathmandu-valley style of the 13th-14th century, valued by its seller's "
         "own insurance at about 400,000 EUR, from a Paris estate: a sculpture that needs an EU export licence "
         "(Regulation 116/2009) to leave the Union, exported without one to a Hong Kong buyer; French wording "
         "(Nepalese gilt bronzes repeat in a few sets; a modern-brass label on an export from Paris to Hong Kong was "
         "found in no earlier row by a keyword search)", {"importer_country": "HK"}),
    ],
    "strategic": [
        ("STR-01", "transit", "DEAIR01", "air", "GB", ["DE"], "PK", "850440",
         "AC drives (frequency inverters) for power looms, 12 kW, 40 units, Faisalabad weaving mill", "GB", 480, 40,
         24000, "GBP",
         "power-loom drives are standard inverters with an output of 0-120 Hz and a keypad; these 40 units output "
         "600-2,000 Hz on multiphase terminals with a frequency stability better than 0.1 % and no keypad, for a "
         "Faisalabad 'weaving mill' whose contact is a Rawalpindi trading house: frequency changers for gas "
         "centrifuges (dual-use 3A225), landed at Frankfurt in transit from London to Lahore, a transit the Union "
         "may prohibit under Article 7 of Regulation 2021/821; British English wording (frequency changers repeat "
         "in many sets; as power-loom drives in transit through Frankfurt they were found in no earlier row by a "
         "keyword search)", {"importer_country": "PK"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "PK", "681511",
         "Fibre de carbone haute résistance 24K, bobines, pour crosses de hockey sur gazon (Sialkot), 800 kg", "FR",
         800, None, 16000, "EUR",
         "hockey-stick makers lay up standard-modulus carbon prepreg bought at 15-25 EUR/kg; these sealed spools are "
         "dry intermediate-modulus tow with a certified tensile strength of 5.9 GPa and a specific modulus far above "
         "the control threshold, at 20 EUR/kg against a market price several times higher, for a Sialkot 'sports "
         "goods' firm that makes no composite sticks: carbon fibre controlled as dual-use 1C010.a (centrifuge rotors, "
         "missile motor cases), exported without the licence Regulation 2021/821 requires, flown from Toulouse to "
         "Lahore; French wording (carbon fibre repeats in many sets; a field-hockey label was found in no earlier row "
         "by a keyword search)", {"importer_country": "PK"}),
        ("STR-03", "export", "ATAIR01", "air", "AT", [], "PK", "852589",
         "Zeitlupenkameras für Cricket-Übertragungen (Pakistan Super League), 2 Stück", "AT", 70, 2, 9000, "EUR",
         "broadcast super-slow-motion cameras for cricket run at 1,000-2,000 frames a second with a broadcast lens "
         "mount and cost tens of thousands of euros; these two record over a million frames a second in a framing "
         "mode, take external triggers from a firing unit, have no broadcast interface and were priced at 160,000 "
         "EUR each on the maker's invoice, for a Lahore 'sports production house' with no broadcast rights: "
         "high-speed cameras (dual-use 6A003.a) of the kind used in detonation and nuclear-test diagnostics, "
         "exported without the licence Regulation 2021/821 requires, flown from Vienna to Lahore; Austrian German "
         "wording (high-speed cameras under sports slow-motion labels repeat in several sets, kept as a repeat; a "
         "cricket-broadcast label to Pakistan was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-04", "export", "SEAIR01", "air", "SE", ["AE"], "AF", "852589",
         "Feberscreeningkameror för flygplatsterminal, Kabul, 30 st.", "SE", 90, 30, 27000, "EUR",
         "fever-screening cameras are fixed, radiometric units of 9 Hz or so, shipped with a tripod and a blackbody "
         "reference; these 30 are compact 640 x 512 thermal cores at 60 Hz with 50 mm lenses, picatinny-rail "
         "housings and no blackbody or radiometric software: thermal imaging cameras controlled as dual-use 6A003 "
         "and fit for weapon sights, exported without a licence and into the arms embargo on the Taliban, flown "
         "from Stockholm through Dubai for Kabul's 'airport authority'; Swedish wording (thermal cores repeat in "
         "many sets and a fever-thermometer cover once; a fever-screening label to Afghanistan was found in no "
         "earlier row by a keyword search)", {"importer_country": "AF"}),
        ("STR-05", "export", "DESEA01", "sea", "DE", [], "PK", "903190",
         "Ersatzteile für Bohrloch-Messsonden (Well-Logging), 6 Stück", "DE", 120, 6, 6000, "EUR",
         "spare parts for logging tools are sensor boards, seals and housings; these six are sealed-tube "
         "deuterium-tritium neutron generators with tritium labels, pulse electronics and a radiation trefoil, for "
         "a Karachi 'oilfield services' firm with no logging contract: neutron generators controlled as dual-use "
         "3A231 (nuclear initiation), exported without the licence Regulation 2021/821 requires, from Hamburg to "
         "Karachi; German wording (neutron generators repeat in four sets; a well-logging label was found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-06", "export", "ITAIR01", "air", "IT", [], "PK", "901580",
         "Strumenti per rilievo topografico, per cantiere autostradale CPEC, 12 unità", "IT", 96, 12, 14000, "EUR",
         "surveying instruments for a road site are tripod-mounted total stations and GNSS rovers; these 12 are "
         "ruggedised boxes holding fibre-optic gyro inertial measurement units with a bias stability of about 0.01 "
         "°/h and military connectors, at a tenth of their price: inertial navigation equipment (dual-use 7A001 and "
         "7A003) for missiles and drones, exported without the licence Regulation 2021/821 requires, flown from "
         "Milan to Islamabad for a 'CPEC contractor' unknown to the road works; Italian wording (gyros and IMUs "
         "repeat in many sets; a CPEC surveying label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-07", "export", "ESSEA01", "sea", "ES", ["AE"], "PK", "851420",
         "Horno de inducción para fundir oro, joyería, 1 unidad", "ES", 6500, 1, 12000, "EUR",
         "jewellers' induction melters are bench units for 1-5 kg of gold at about 10,000 EUR; this 6.5 t unit has "
         "a 50 kg crucible in a water-cooled vacuum chamber, pumps for 10^-3 Pa, an argon backfill and a rating of "
         "1,900 °C: a vacuum induction furnace (dual-use 2B227) for melting uranium and special alloys, exported "
         "without the licence Regulation 2021/821 requires, from Valencia through Jebel Ali for a Lahore "
         "'jewellery maker'; Spanish wording (induction and vacuum furnaces repeat in several sets; a gold-melting "
         "label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-08", "export", "FISEA01", "sea", "FI", [], "PK", "750400",
         "Nikkelijauhe akkuelektrodeja varten, tynnyrit, 2 t", "FI", 2000, None, 30000, "EUR",
         "battery-electrode nickel powder is a filamentary carbonyl grade bought to a battery maker's specification; "
         "these drums hold 99.9 % nickel powder with a mean particle size of about 3 µm, packed under argon with "
         "porous sintered sheets of the same metal, for a Karachi 'battery maker' that makes lead-acid batteries "
         "only: nickel powder and porous nickel for gaseous-diffusion barriers (dual-use 1C240), exported without "
         "the licence Regulation 2021/821 requires, from Kokkola to Karachi; Finnish wording (nickel powder repeats "
         "in three sets, to Iraq and the Emirates; to Pakistan was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-09", "export", "PTAIR01", "air", "PT", [], "LK", "880730",
         "Peças sobressalentes de aeronaves: gerador de arranque da APU, A330, para manutenção em Colombo, 2 unidades",
         "PT", 60, 2, 180000, "EUR",
         "spares for SriLankan Airlines go to its own engineering base against its purchase order; these two APU "
         "starter-generators go to a Colombo ground-handling agent, and their serial numbers are registered to "
         "A330s of a Russian airline that fly Moscow-Colombo and are stranded from Western maintenance: aircraft "
         "parts supplied for use in Russian aircraft, banned by Article 3c of Regulation 833/2014, flown from "
         "Lisbon to Colombo; Portuguese wording (aircraft parts for Russia repeat in many sets and landing gear to "
         "Sri Lanka in a development row; an A330 APU through Colombo was found in no earlier row by a keyword "
         "search)", {"importer_country": "LK"}),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "NP", "902290",
         "Reserveonderdelen voor röntgenapparatuur, beeldversterkerbuizen, voor ziekenhuis in Kathmandu, 40 stuks",
         "NL", 40, 40, 8000, "EUR",
         "X-ray image intensifiers are 23-40 cm vacuum tubes in lead-lined housings of 20 kg or more; these 40 are "
         "18 mm third-generation night-vision tubes of 1 kg each with a high figure of merit, for a Kathmandu "
         "'hospital supplier' that sends goods on through Rasuwagadhi to Tibet: image-intensifier tubes controlled as "
         "dual-use 6A002.a.2, exported without the licence Regulation 2021/821 requires, flown from Amsterdam to "
         "Kathmandu; Dutch wording (image-intensifier tubes repeat in many sets; through Nepal, and a strategic row "
         "to Nepal, were found in no earlier set by a keyword search)", {"importer_country": "NP"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "express", "PK", [], "NL", "392640",
         "ریزن کے کچھوے، ایکویریم سجاوٹ، 12 عدد", "PK", 2.4, 12, 40, "USD",
         "resin turtle ornaments are hollow, light, painted figures with mould seams; this box holds twelve live "
         "hatchling turtles, each taped into a sock, with black shells dotted yellow and spotted heads: black pond "
         "turtles (Geoclemys hamiltonii, CITES App. I) caught in Sindh, without CITES documents, sent by express "
         "from Lahore to a private keeper in Utrecht; Urdu wording (turtles and tortoises repeat in many sets; the "
         "black pond turtle was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-02", "import", "GBSEA01", "sea", "PK", [], "GB", "100630",
         "Basmati rice, extra long grain, 10 kg bags, 1,200 bags", "PK", 12000, 1200, 14400, "USD",
         "a Pakistani grocery container for a Southall wholesaler: basmati and Himalayan salt are what it holds, and "
         "asgandh (ashwagandha) root is pale, straight, starchy and smells of horse, but the third item's sixteen "
         "sacks hold grey-brown, woody, twisted roots that are bitter and smell of violets and goat: costus root "
         "(Saussurea costus, kuth, CITES App. I) dug in the Neelum valley, for Unani 'qust' sellers, without CITES "
         "documents, hidden as the last item of a three-item declaration, by sea from Karachi to London Gateway; "
         "Pakistani English wording (costus repeats in many sets, under liquorice and qust labels among others; "
         "ashwagandha labels appear in a few; an asgandh label behind rice and salt was found in no earlier row by "
         "a keyword search)",
         dict(firm("Southall Wholesale Foods Ltd", "GB"),
              _more_items=[item("250100", "Himalayan pink salt, fine, 1 kg pouches, 2,000 pouches", "PK", 2000, 800,
                                "USD", qty=2000),
                           item("121190", "Asgandh nagori (ashwagandha root), whole, 25 kg sacks, 16 sacks", "PK", 400,
                                1200, "USD", qty=16)])),
        ("WLF-03", "import", "CZAIR01", "air", "NP", [], "CZ", "121190",
         "सुगन्धवाल (Valeriana jatamansi) को सुकेको जरा, २५ केजी बोरा, ८ बोरा", "NP", 200, 8, 1200, "USD",
         "sugandhawal (Valeriana jatamansi), not listed by CITES, is a thin, dark, knotted rhizome that smells of "
         "valerian and old socks; these sacks hold thick rhizomes wrapped in reddish-brown, hair-like fibres of old "
         "leaf sheaths that smell sweet, musky and earthy: spikenard (Nardostachys jatamansi, CITES App. II) dug in "
         "Jumla and Dolpa, without a CITES export permit, flown from Kathmandu to Prague for a herbal wholesaler; "
         "Nepali wording (jatamansi repeats in several sets, under valerian labels among others; a sugandhawal "
         "label was found in no earlier row by a keyword search)", firm("Bylinky Orient s.r.o.", "CZ")),
        ("WLF-04", "import", "ITPOST01", "post", "PK", [], "IT", "151499",
         "سرسوں کا تیل، مالش کے لیے، خالص، 4 بوتل 250 ملی لیٹر", "PK", 1.1, 4, 12, "USD",
         "mustard oil for massage is an amber, pungent oil that stays liquid in winter; these four bottles hold a "
         "pale, rank-smelling fat that sets in the cold, with scale fragments at the bottom and, under the new "
         "sticker, an original label showing a lizard: 'sanda oil' rendered from spiny-tailed lizards (Saara "
         "hardwickii, CITES App. II) caught in the Thar and Cholistan, without CITES documents, posted from "
         "Bahawalpur to a private person in Brescia; Urdu wording (spiny-tailed lizards repeat in four sets and a "
         "mustard-oil label once, on a Bangladeshi grocery row in blind114; lizard oil under it was found in no "
         "earlier row by a keyword search)",
         person("Asif Mehmood", "IT")),
        ("WLF-05", "import", "BEAIR01", "air", "LK", [], "BE", "010632",
         "අභිජනනය කළ රෑන ගිරවුන් (ringneck parakeets), 40", "LK", 8, 40, 400, "USD",
         "captive-bred ringneck parakeets wear closed leg rings and are slim, 40 cm, green birds with a thin collar; "
         "these 40 are bigger (55-60 cm), with maroon shoulder patches and heavy red bills, unringed nestlings taken "
         "from tree holes in the dry zone: Alexandrine parakeets (Psittacula eupatria, CITES App. II), wild-caught, "
         "without CITES documents and against the Union's ban on imports of wild birds, flown from Colombo to "
         "Brussels for a bird dealer; Sinhala wording (wild parrots repeat in many sets; Alexandrine parakeets were "
         "found in no earlier row by a keyword search)", firm("Central Vogelhandel BV", "BE")),
        ("WLF-06", "import", "PTPOST01", "post", "NP", [], "PT", "130219",
         "शुद्ध हिमालयन शिलाजित, ५० ग्राम बट्टा, १० बट्टा", "NP", 0.8, 10, 6000, "NPR",
         "shilajit is a black, tar-like resin that dissolves in warm water; each of these ten jars has a thin layer "
         "of resin over two hairy, walnut-sized pods full of dark-red grains with an overpowering animal musk: musk "
         "pods of the Himalayan musk deer (Moschus, CITES App. I), without CITES documents, posted from Kathmandu "
         "to a private person in Lisbon; Nepali wording (musk repeats in many sets and a shilajit label once, in "
         "blind114; musk pods inside shilajit jars to Portugal were found in no earlier row by a keyword search)",
         person("Ram Bahadur Gurung", "PT")),
        ("WLF-07", "import", "FIAIR01", "air", "AF", [], "FI", "430310",
         "پوستین افغانی، دوزی‌شده، پوست گوسفند، ۱ عدد", "AF", 4, 1, 120, "USD",
         "an Afghan postin is a sheepskin coat with embroidered suede outside and curly white fleece inside; this "
         "one is lined with long, dense, pale-grey fur with open black rosettes, pieced from two pelts: snow leopard "
         "skin (Panthera uncia, CITES App. I) from Badakhshan, without CITES documents, flown from Kabul through "
         "Istanbul to a private buyer in Helsinki; Dari wording (snow leopard appears in two sets; as a postin lining "
         "it was found in no earlier row by a keyword search)", person("Ahmad Rahimi", "FI")),
        ("WLF-08", "import", "DEAIR01", "air", "AF", [], "DE", "960190",
         "د پسه ښکرونه، لاسي صنایع، د چاقو لاستي لپاره، ۶ جوړې", "AF", 30, 6, 180, "USD",
         "domestic ram horns are thick, tightly coiled and ridged close together; these six pairs are slender, "
         "open-curled, heavily wrinkled horns still on their skull plates, the longest 85 cm: urial trophies (Ovis "
         "vignei, CITES App. II) shot in Nangarhar and Paktia, without CITES documents, flown from Kabul to Frankfurt "
         "for a trophy collector; Pashto wording (markhor horns as goat horns for knife handles appear twice, once "
         "in Pashto; urial horns were found in no earlier row by a keyword search)", firm("Delta Jagdtrophäen GmbH", "DE")),
        ("WLF-09", "import", "FRAIR01", "air", "LK", [], "FR", "491191",
         "பட்டாம்பூச்சி அச்சுப் படங்கள், சட்டமிட்டவை, 20", "LK", 10, 20, 200, "USD",
         "framed butterfly prints are flat ink on paper; these 20 frames hold real, pinned, dried black-and-yellow "
         "birdwings with scales that rub off: Sri Lankan birdwings (Troides darsius, CITES App. II), endemic and "
         "protected, caught in the wet zone, without CITES documents, flown from Colombo to Paris for a natural-"
         "history gallery; Sri Lankan Tamil wording (birdwings repeat in many sets and Troides in a development "
         "row; a butterfly-print label from Sri Lanka was found in no earlier row by a keyword search)",
         firm("Galerie Papillon SARL", "FR")),
        ("WLF-10", "import", "GBAIR01", "air", "NP", [], "GB", "091011",
         "सुकेको अदुवा (सुठो), टुक्रा, २० केजी बोरा, ५ बोरा", "NP", 100, 5, 400, "USD",
         "sutho is dried ginger: pale beige, fibrous, sharply pungent slices; these sacks hold whole, white, "
         "hand-shaped tubers with finger-like lobes that turn slimy when wet and taste of nothing: tubers of the "
         "marsh orchid Dactylorhiza hatagirea (panch aunle, CITES App. II) dug in the high pastures of Dolpa and "
         "Mugu, without CITES documents, flown from Kathmandu to London for a Himalayan-herbs importer; Nepali "
         "wording (Dactylorhiza appears once, as Turkish salep; under a dried-ginger label from Nepal it was found "
         "in no earlier row by a keyword search)", firm("Himalayan Herbs UK Ltd", "GB")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "GBAIR01", "air", "PK", "GB", "284700",
     "Hydrogen peroxide 35 %, 6 x 1 l, for a licensed private user (hydroponics)", "PK", 6.8, 6, 60, "GBP",
     [("PRECURSOR_LICENCE", "GB-HO-EPL-51-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "air", "GB", "IE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (hobby goldsmith, gold testing)", "GB", 2.8, 2, 40, "EUR",
     [("PRECURSOR_LICENCE", "IE-DJE-51-0033")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "IS", "DE", "262040",
     "Spent pot lining (16 11 01*), first and second cut, for treatment at a licensed plant, 24 t", "IS", 24000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-NW-51-0118")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "841829",
     "End-of-life refrigerators with CFC foam (20 01 23*), for degassing at a licensed recycling plant, 180 units",
     "NO", 9000, 180, 0, "EUR", [("BASEL_CONSENT", "DK-MST-51-0042")],
     "notified waste refrigerators to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-51-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ATAIR01", "air", "US", "AT", "290376",
     "Halon 1211, recovered and reclaimed, for critical use in aircraft portable extinguishers, 10 cylinders", "US",
     250, 10, 9000, "USD", [("ODS_LICENCE", "AT-BMK-ODS-51-004")], "reclaimed halon 1211 for a licensed critical use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Carved marble dado panel, Ghaznavid, 12th century, documented Swiss collection since 1968", "AF", 60, 1, 42000,
     "EUR", [("IMPORT_LICENCE", "DE-KGSG-51-0023")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970121",
     "Gilt copper-alloy Buddha, Nepal, 14th century, documented French collection since 1955", "NP", 6, 1, 380000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-51-0207")], "sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "681511",
     "Carbon-fibre tow, intermediate modulus, 20 spools, for an Indian composite hockey-stick maker", "FR", 400, 20,
     28000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-51-0331"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-51-0087")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SEAIR01", "air", "SE", "IN", "852589",
     "Thermal imaging cores 640 x 512, 30 Hz, 20 units, for an Indian fire-fighting camera maker", "SE", 10, 20, 36000,
     "EUR", [("EXPORT_LICENCE", "SE-ISP-51-0142"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-51-0102")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "NP", "CZ", "121190",
     "Nardostachys jatamansi, dried rhizomes from cultivation, 100 kg", "NP", 100, None, 2600, "USD",
     [("CITES_PERMIT", "NP-DNPWC-51-0114")], "App. II spikenard from cultivation with its export permit"),
    ("PRM-12", "wildlife", "import", "GBAIR01", "air", "IN", "GB", "121190",
     "Costus root (Saussurea costus), dried, from artificially propagated plants, Lahaul, 50 kg", "IN", 50, None, 1500,
     "USD", [("CITES_PERMIT", "IN-CITES-51-0376")], "App. I costus from artificial propagation with its certificate"),
]

CONSIGNEES = {
    "PRM-01": "Mrs S. Patel", "PRM-03": "Alpina Recycling GmbH", "PRM-05": "Orion Laboratorien GmbH",
    "PRM-07": "Galerie Horizon GmbH", "PRM-09": "Meridian Sports Composites Pvt Ltd", "PRM-11": "Bylinky Orient s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises
    ("330190", "Ajwain distillate (arq-e-ajwain), herbal, 1 l bottles", "import", ["post"], ["PK"], (3, 6), (1, 4), ["USD", "EUR"], 1, S),
    ("290949", "Dipropylene glycol, perfumery grade, attar base, 1 l", "import", ["express"], ["PK", "IN"], (5, 10), (1, 4), ["USD"], 1, S),
    ("170290", "Sugar syrup (chashni) for sweets, 1 l bottles", "import", ["sea"], ["PK", "IN"], (0.8, 1.4), (3000, 9000), ["USD"], 0.75, S),
    ("340250", "Soapnut liquid detergent, organic, 1 l bottles", "import", ["air"], ["NP", "IN"], (3, 6), (200, 800), ["USD"], 1, S),
    ("291814", "Citric acid crystals (tatri), 100 g packs", "import", ["air"], ["PK"], (2, 4), (100, 500), ["USD"], 10, S),
    ("110290", "String-hopper rice flour, steamed, 1 kg packs", "import", ["sea"], ["LK"], (1.5, 3), (2000, 8000), ["USD"], 1, S),
    ("250100", "Khewra rock salt, white, for cooking, 1 kg bags", "import", ["sea"], ["PK"], (0.3, 0.6), (8000, 20000), ["USD"], 1, S),
    ("170199", "Nabat crystal sugar with saffron, 500 g", "import", ["air"], ["AF"], (2, 4), (100, 500), ["USD"], 2, S),
    ("110311", "Durum semolina (suji), 1 kg bags", "import", ["sea"], ["PK", "IN"], (0.6, 1.0), (8000, 16000), ["USD"], 1, S),
    ("820299", "Diamond wire for marble quarrying, 11 mm beads", "export", ["sea"], ["PK", "IN"], (25, 40), (500, 3000), ["EUR"], None, S),
    ("940429", "Pocket-spring mattresses, new", "export", ["sea"], ["LK", "IN"], (3, 6), (3000, 8000), ["EUR", "GBP"], 0.05, S),
    ("401519", "Nitrile examination gloves, new, boxed", "import", ["sea"], ["LK", "MY"], (3, 5), (5000, 15000), ["USD"], 2, S),
    ("847150", "Refurbished desktop computers with flat screens, tested, with warranty", "export", ["sea"], ["NP", "LK"], (40, 80), (1000, 4000), ["EUR"], 0.1, S),
    ("841821", "Household refrigerators, new, R-600a", "export", ["sea"], ["PK", "LK"], (3, 5), (4000, 9000), ["EUR"], 0.02, S),
    ("850440", "Hybrid solar inverters, new, boxed", "export", ["sea"], ["PK"], (20, 40), (2000, 6000), ["EUR"], 0.05, S),
    ("901890", "Surgical instruments, stainless, new, sterile packs", "import", ["air"], ["PK"], (40, 90), (100, 800), ["USD"], None, S),
    ("380110", "Artificial graphite scrap, clean, for crucibles", "import", ["sea"], ["CN", "IN"], (0.8, 1.5), (10000, 22000), ["USD"], None, S),
    ("681182", "Fibre-cement corrugated roofing sheets, new, asbestos-free", "export", ["sea"], ["NP", "LK"], (0.4, 0.8), (15000, 24000), ["EUR"], None, S),
    ("271019", "Lubricating base oil SN 500, virgin, drums", "export", ["sea"], ["LK", "PK"], (1, 1.6), (15000, 22000), ["EUR"], None, S),
    ("260400", "Nickel sulphide concentrate, with assay", "import", ["sea"], ["AU", "CA"], (3, 6), (20000, 26000), ["USD"], None, S),
    ("570110", "Hand-knotted Afghan wool carpets, new", "import", ["sea"], ["AF", "PK"], (25, 50), (1000, 4000), ["EUR", "USD"], None, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, drums", "import", ["sea"], ["US", "IN"], (1, 1.6), (10000, 20000), ["USD"], None, S),
    ("842410", "Water-mist fire extinguishers, 6 l, new", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 0.1, S),
    ("290312", "Dichloromethane, technical, drums", "import", ["sea"], ["CN", "US"], (0.6, 1.0), (10000, 20000), ["USD"], None, S),
    ("340399", "Car A/C compressor oil, PAG 46, 250 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("680291", "Carved white marble wall panels, new, Afghan workshop", "import", ["sea"], ["AF", "PK"], (1, 2.5), (2000, 8000), ["USD"], None, S),
    ("680299", "Carved sandstone garden slabs, new", "import", ["sea"], ["PK", "IN"], (0.5, 1.2), (4000, 12000), ["USD"], None, S),
    ("830629", "Brass statues of deities, new, Kandy craft", "import", ["air"], ["LK", "IN"], (15, 30), (50, 400), ["USD"], 0.2, S),
    ("680299", "Stone garden fountain spouts, new, Bhaktapur workshop", "import", ["air"], ["NP"], (3, 6), (100, 600), ["USD"], 0.02, S),
    ("691390", "Terracotta wall plaques, new, Multan handicraft", "import", ["air"], ["PK", "IN"], (8, 15), (50, 300), ["USD"], 0.2, S),
    ("491191", "Nastaliq calligraphy prints, new", "import", ["post"], ["AF", "PK"], (20, 40), (1, 3), ["USD"], 10, S),
    ("620449", "Embroidered Afghan dresses, new, with mirror work", "import", ["sea"], ["AF", "PK"], (15, 30), (500, 2000), ["USD"], 1, S),
    ("630492", "Batik wall hangings, cotton, new", "import", ["air"], ["LK", "ID"], (15, 30), (50, 300), ["USD"], 0.5, S),
    ("830629", "Brass Buddha statues, decorative, new", "import", ["air"], ["NP"], (12, 25), (100, 600), ["USD"], 0.3, S),
    ("850440", "Variable-frequency drives, 50/60 Hz, for textile looms", "export", ["sea"], ["PK", "TR"], (15, 30), (1000, 5000), ["EUR"], 0.1, S),
    ("950699", "Field-hockey sticks, composite, finished", "import", ["sea"], ["PK"], (20, 40), (1000, 4000), ["USD"], 2, S),
    ("852589", "Broadcast slow-motion cameras, 1,000 frames a second, new", "export", ["air"], ["PK", "IN"], (300, 600), (50, 200), ["EUR"], 0.03, S),
    ("902519", "Infrared thermometers, non-contact, new", "import", ["sea"], ["CN"], (20, 40), (1000, 4000), ["USD"], 5, S),
    ("901580", "Surveying total stations, new", "export", ["air"], ["PK", "LK"], (300, 600), (100, 500), ["EUR"], 0.15, S),
    ("851420", "Bench induction melting machines for jewellers, 2 kg", "export", ["air"], ["PK", "AE"], (80, 150), (100, 600), ["EUR"], 0.02, S),
    ("392640", "Resin turtle ornaments for aquariums", "import", ["express"], ["PK", "CN"], (8, 15), (1, 3), ["USD"], 5, S),
    ("121190", "Ashwagandha root (asgandh), dried, whole", "import", ["sea"], ["PK", "IN"], (3, 5), (2000, 6000), ["USD"], None, S),
    ("121190", "Sugandhawal (Valeriana jatamansi) roots, dried", "import", ["air"], ["NP"], (5, 9), (100, 500), ["USD"], None, S),
    ("151499", "Mustard oil for massage, 250 ml bottles", "import", ["post"], ["PK", "IN"], (8, 14), (1, 3), ["USD"], 3, S),
    ("130219", "Shilajit resin, 50 g jars", "import", ["post"], ["NP", "PK"], (60, 120), (1, 2), ["USD"], 20, S),
    ("430310", "Embroidered sheepskin coats (postin), new", "import", ["air"], ["AF"], (25, 50), (50, 300), ["USD"], 0.25, S),
    ("960190", "Ram-horn handicrafts, domestic sheep", "import", ["air"], ["AF", "PK"], (6, 12), (50, 300), ["USD"], 1, S),
    ("091011", "Dried ginger (sutho), slices", "import", ["sea"], ["NP", "IN"], (2, 4), (4000, 12000), ["USD"], None, S),
]
# Everyday trade: as in blind88 to blind144, blind80's everyday rows (blind72's, with blind80's own rows),
# less the shared table's two steel rows, with four new rows instead of blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950669", "Cricket balls, leather, hand-stitched", "import", ["sea"], ["PK", "IN"], (6, 10), (1000, 4000), ["USD"], 6, N),
        ("482030", "Ring binders, cardboard, A4", "import", ["sea"], ["CN", "IN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 2, N),
        ("611692", "Garden gloves, knitted cotton with latex palm", "import", ["sea"], ["PK", "CN"], (3, 5), (2000, 6000), ["USD"], 15, N),
        ("960390", "Dustpan and brush sets, plastic", "import", ["post", "express"], ["GB", "TR"], (10, 20), (1, 3), ["GBP", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind149", 20510101, HERE)


if __name__ == "__main__":
    main()
