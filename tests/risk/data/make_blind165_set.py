#!/usr/bin/env python3
"""Writes the hundred-and-sixty-fifth blind set (tests/risk/data/blind165-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 September - 26 October 2053, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and a Romanian, Bulgarian and lower-Danube
emphasis (Constanța, Galați, Tulcea, Varna, Burgas, Ruse, Giurgiu, the Iron Gates and the Moldovan,
Ukrainian, Serbian, Macedonian and Turkish borders of Romania and Bulgaria).
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
refrigerants, firearms parts) are left out of the ordinary table, as are the shared
everyday table's two steel rows. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL165-*:

    python3 tests/risk/data/make_blind165_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2053, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2053
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ROROAD01", "road", "MD", [], "RO", "200599",
         "Zacuscă de vinete de casă, borcane 500 g, 2.400 borcane", "MD", 1300, 2400, 2900, "EUR",
         "a Moldovan grocery van at Leușeni-Albița for a Bucharest chain of 'produse moldovenești' shops: "
         "aubergine zacuscă and pickled vegetables are what such shops sell, but the third item's 'borș de putină' "
         "is not the cloudy, yeasty, sour bran liquid of 1.01 kg/l that Moldovans buy for ciorbă: the 600 PET "
         "bottles hold a water-clear liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and eats "
         "into a coin, at 0.80 EUR a litre: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of "
         "the public, hidden as the last item of a three-item declaration; Romanian wording from Moldova (nitric "
         "acid repeats in many sets and vinegar and juice covers in several; a borș label was found in no earlier "
         "row by a keyword search)",
         dict(firm("Casa Basarabeană SRL", "RO"),
              _more_items=[item("200190", "Murături asortate (castraveți, gogonele), borcane 3 l, 300 borcane", "MD", 1100, 1500, "EUR", qty=300),
                           item("210690", "Borș de putină, natural, sticle PET 1 l, 600 sticle", "MD", 840, 480, "EUR", qty=600)])),
        ("PRE-02", "import", "BGPOST01", "post", "MK", [], "BG", "220890",
         "Мастика Струмица, 47 %, 4 шишиња по 1 л", "MK", 4.5, 4, 1200, "MKD",
         "Macedonian mastika is an anise spirit of about 0.93 kg/l that smells of aniseed and turns milky white when "
         "water is added; these four litre bottles, posted from Strumica to a private person in Petrich, have "
         "vented caps, weigh 1.13 kg/l, smell of nothing, stay clear in water, foam on a cut and whiten the skin: "
         "about 35 % hydrogen peroxide (Annex I above 12 %) sent to a member of the public; Macedonian wording "
         "(hydrogen peroxide repeats in many sets and spirit covers (soju, arak, pisco) in several; a mastika label "
         "was found in no earlier row by a keyword search)", person("Г-жа Д. Петрова", "BG")),
        ("PRE-03", "import", "ROROAD01", "road", "UA", [], "RO", "170290",
         "Сироп топінамбура, органічний, каністри 10 л, 200 каністр", "UA", 3680, 200, 2400, "EUR",
         "Jerusalem-artichoke syrup is a thick, sweet, amber syrup of about 1.35 kg/l that tastes of caramel and "
         "mixes with water without any heat; these 200 canisters, on a lorry off the Orlivka-Isaccea Danube "
         "ferry for a Tulcea "
         "health-food shop that sells to the public, hold a thinner, colourless, oily, odourless liquid of 1.84 kg/l that chars "
         "a wooden spatula, grows hot with a drop of water and has no sweetness: about 96 % sulphuric acid (Annex I "
         "above 15 %) retail-packed for members of the public; Ukrainian wording from Izmail (sulphuric acid repeats "
         "in many sets and syrup and oil covers in several, a Ukrainian glycerine label among them (blind51), which "
         "this row avoids; a Jerusalem-artichoke-syrup label was found in no earlier precursor row by a keyword "
         "search, the plant once as a wildlife cover (blind134))", firm("Delta Bio Natura SRL", "RO")),
        ("PRE-04", "import", "BGAIR01", "express", "TR", [], "BG", "330491",
         "Bebek pudrası, saf talk, 500 g kutu, 6 kutu", "TR", 3.4, 6, 450, "TRY",
         "baby powder is silky, grey-white talc that smells of perfume and slips between the fingers; these six "
         "tins, sent by express from Bursa to a private person in Kardzhali, hold a heavier, gritty, bright-white, "
         "odourless powder that does not slip, barely dissolves and flares violet with a little sugar on a flame, "
         "and one inner bag reads 'KClO4': potassium perchlorate (Annex I above 40 %) sent to a member of the "
         "public; Turkish wording as the Bulgarian Turks of the Eastern Rhodopes write it (potassium perchlorate "
         "repeats in many sets and a talc-based prickly-heat powder in blind124; a baby-powder label was found in no "
         "earlier row by a keyword search)", person("Ayşe Mehmedova", "BG")),
        ("PRE-05", "import", "ROROAD01", "road", "RS", [], "RO", "252220",
         "Хидратисани креч за кречење воћака и стабала, џакови 25 кг, 600 џакова", "RS", 15000, 600, 3000, "EUR",
         "hydrated lime for whitewashing fruit-tree trunks is a soft, fluffy, white powder that burns wet skin and "
         "makes a milk of lime in water; these 600 sacks, on a lorry at Moravița for a Timișoara garden centre "
         "that sells them by the sack to the public each autumn, hold shiny, heavy crystals that are not caustic, "
         "dissolve clear, spit violet sparks on a hot iron, and carry CAS 3811-04-9 on the inner liners: potassium "
         "chlorate (Annex I above 40 %) made available to members of the public; Serbian wording (potassium chlorate "
         "repeats in many sets and lime labels on three waste rows (blind104, blind115, and a whitewash label in "
         "blind118); a whitewashing-lime label "
         "on a precursor was found in no earlier row by a keyword search)", firm("Grădina Banatului SRL", "RO")),
        ("PRE-06", "import", "ROSEA01", "sea", "CN", [], "RO", "390311",
         "懒人沙发填充 EPS 泡沫颗粒, 每袋 100 升, 2,000 袋", "CN", 16000, 2000, 5000, "USD",
         "expandable-polystyrene beads for bean-bag filling are feather-light white spheres (about 20 kg a cubic "
         "metre), so 2,000 bags of 100 litres weigh some 4 t; this container holds 16 t: the bags are heavy, the "
         "white prills inside dissolve in water and turn it ice-cold, melt on a hot plate and test at 34 % N, for "
         "a Bucharest furniture web shop that sells filling bags to the public: ammonium nitrate (Annex I at 16 % N "
         "or more) retail-packed for members of the public, by sea from Ningbo to Constanța; Chinese wording "
         "(ammonium nitrate repeats in many sets under grain-like and bead-like covers; an EPS bean-bag filling "
         "label was found in no earlier row by a keyword search)", firm("Confort Acasă Online SRL", "RO")),
        ("PRE-07", "import", "ROROAD01", "road", "MD", [], "RO", "292511",
         "Şekersiz tatlandırıcı, saharin kristal, 1 kg paketlär, 400 paket", "MD", 400, 400, 600, "EUR",
         "saccharin crystals are intensely sweet even at a grain on the tongue and leave a metallic aftertaste; "
         "these 400 bags, in a Comrat trader's van at Giurgiulești-Galați for a Galați discount-store chain, hold "
         "clear, cubic crystals that taste of nothing sweet, draw damp, flare yellow on a gas ring and carry CAS "
         "7775-09-9 on the inner liners: sodium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public; Gagauz wording (sodium chlorate repeats in many sets under salt- and sugar-like labels; a "
         "saccharin label and Gagauz wording were found in no earlier row by a keyword search)",
         firm("Dunărea Discount SRL", "RO")),
        ("PRE-08", "import", "ROPOST01", "post", "RS", [], "RO", "330210",
         "Esență de rom pentru cozonac, 6 sticle x 500 ml", "RS", 3.4, 6, 30, "EUR",
         "rum essence for cozonac is a brown, alcoholic flavouring sold in 20 ml vials that smells strongly of rum; "
         "these six half-litre bottles, posted from Vršac to a private person in Timișoara, hold a colourless, "
         "oily liquid of 1.14 kg/l with a faint chemical smell and no rum at all, and the re-used caps read 'CH3NO2': "
         "nitromethane (Annex I above 16 %) sent to a member of the public; Romanian wording as the Romanians of "
         "Serbian Banat write it (nitromethane repeats in many sets and flavouring and oil covers in several; a "
         "rum-essence label was found in no earlier row by a keyword search)", person("Dna Ioana Popescu", "RO")),
        ("PRE-09", "import", "BGROAD01", "road", "TR", [], "BG", "130220",
         "Reçel ve marmelat için toz pektin, 1 kg paket, 1.200 paket", "TR", 1200, 1200, 2400, "EUR",
         "jam-making pectin is a fine, cream-coloured, slightly sour powder that turns into a gel with sugar and "
         "heat; these 1,200 packs, on a lorry at Lesovo for a Haskovo cash-and-carry that sells to the public, hold "
         "glossy, colourless crystals that dissolve at once without thickening, draw damp overnight and burn "
         "brightly when mixed with flour, and a drum label in the load reads 'NaClO4': sodium perchlorate (Annex I "
         "above 40 %) retail-packed for members of the public; Turkish wording (sodium perchlorate repeats in many "
         "sets and jam-sugar labels with pectin in two (blind115, blind133); a pure-pectin label is the new part as "
         "far as a search found)", firm("Маркет Хасково ЕООД", "BG")),
        ("PRE-10", "import", "BGSEA01", "sea", "GE", [], "BG", "382499",
         "ელექტრონული სიგარეტის სითხის ფუძე VG/PG 70/30, ნიკოტინის გარეშე, 5 ლ კანისტრა, 800 ცალი", "GE", 4800, 800,
         6400, "USD",
         "a nicotine-free e-liquid base of vegetable glycerine and propylene glycol is a thick, sweet, slow-pouring "
         "liquid of 1.20 kg/l; these 800 canisters, on the Batumi-Varna ferry for a Varna vape-shop wholesaler whose "
         "shops sell 5 l cans to the public, pour like water at the same 1.20 kg/l, have vented caps, taste of "
         "nothing sweet, foam on a cut and bleach a cloth: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public; Georgian wording (hydrogen peroxide repeats in many sets and "
         "e-liquid-base labels in two (blind48, blind155); kept as a repeat, the Batumi-Varna ferry and Georgian "
         "wording are the new part)",
         firm("Вейп Варна ООД", "BG")),
    ],
    "waste": [
        ("WST-01", "import", "ROSEA01", "sea", "GB", [], "RO", "440122",
         "Virgin hardwood wood chips, G50, for biomass boilers, 4 x 40 ft, 72 t", "GB", 72000, None, 4300, "GBP",
         "virgin hardwood chips are clean, pale, fresh-smelling slivers of debarked roundwood; these four "
         "containers from Felixstowe hold grey, painted and laminated chipboard and MDF shreds with nails, hinges "
         "and foil, mixed with plastic film, carpet and nappies, that smell of rot: grade-D waste wood with "
         "hazardous coatings (17 02 04*) and mixed household waste (20 03 01), shipped to a Constanța 'biomass "
         "boiler plant' without the notification and consent their import needs; UK English wording (waste under "
         "biomass and RDF labels repeats in several sets and a biomass-chip label once (blind159, pine chips from "
         "New Zealand); British waste into Constanța under a virgin-hardwood-chip label is the new part)",
         firm("Energie Verde Dobrogea SRL", "RO")),
        ("WST-02", "import", "ROROAD01", "road", "UA", [], "RO", "140490",
         "Пелети з лушпиння соняшнику, паливні, біг-беги, 22 т", "UA", 22000, None, 2400, "EUR",
         "sunflower-husk fuel pellets are light-brown, dry, 6 mm rods that smell of roasted seeds and float in "
         "water; these big bags hold black, tarry, heavier pellets that stain the hand, smell of petroleum and sink, "
         "made by pressing husk into the acid tars and tank-bottom sludges of an Odesa-region oil terminal: "
         "waste containing hydrocarbons (05 01 03*, 05 01 07*), hazardous waste imported at Siret for a Suceava "
         "'district-heating plant' without notification or consent; Ukrainian wording (oily sawdust and acid tars "
         "repeat in several sets; a sunflower-husk pellet label was found in no earlier row by a keyword search)",
         firm("Termo Bucovina SRL", "RO")),
        ("WST-03", "export", "ROSEA01", "sea", "RO", [], "TR", "261900",
         "Țunder (calamină) de la laminare, vrac, 3.000 t", "RO", 3000000, None, 90000, "EUR",
         "rolling-mill scale is blue-black, flaky, magnetic iron oxide with a little oil that sells to cement and "
         "sinter plants; this Galați river-sea cargo is a fine, brown-grey, dusty powder that barely reacts to a "
         "magnet and reads 25 % zinc with lead and cadmium: electric-arc-furnace dust (10 02 07*) from a Danube "
         "steelworks' bag filters, hazardous waste shipped from Galați to İskenderun without the notification and "
         "consent its export to an OECD country needs; Romanian wording (EAF and zinc-rich dusts repeat in several "
         "sets, under zinc-oxide labels, and mill-scale labels on oily mill scale (blind19, blind20, dev21-c); EAF dust under "
         "a mill-scale label from Galați is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("WST-04", "export", "BGSEA01", "sea", "BG", [], "EG", "262190",
         "Фаялитов пясък (железен силикат), суровина за циментови клинкери, насипно, 2 500 т", "BG", 2500000, None,
         25000, "EUR",
         "fayalite sand from copper smelting is glassy, black, sharp iron-silicate grit sold with an assay of less "
         "than 1 % lead; this Burgas cargo is grey, dusty and lumpy, reads 6 % lead, 4 % zinc, arsenic and cadmium "
         "and comes from the slag dumps of a Plovdiv-region lead-zinc smelter: slags from lead production "
         "(10 04 01*), hazardous waste whose export to a non-OECD country is banned, to Alexandria for a 'cement "
         "plant'; Bulgarian wording (smelter slags repeat in several sets and copper-slag grit labels in two "
         "(blind23, blind139); a fayalite label was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("WST-05", "export", "BGROAD01", "road", "BG", [], "TR", "284329",
         "Разтвор за посребряване на огледала, концентрат, IBC 1 000 л, 12 бр.", "BG", 13200, 12, 3600, "EUR",
         "mirror-silvering solution is a clear, colourless silver-nitrate concentrate sold with a reducer in paired "
         "cans; these IBCs hold brown, sulphur-smelling used photographic fixer and developer with a black silver "
         "sludge, collected from Sofia hospital X-ray departments and print labs: waste photographic chemicals "
         "(09 01 01*, 09 01 04*), hazardous waste exported to an Istanbul 'silver refiner' at Kapitan Andreevo "
         "without the notification and consent export to an OECD country needs; Bulgarian wording (used X-ray film "
         "and photographic waste repeat in a few sets and a mirror-silvering label once, on a precursor (blind57); "
         "on spent fixer to Türkiye is the new part as far as a search found)", {"importer_country": "TR"}),
        ("WST-06", "transit", "ROROAD01", "road", "UA", ["RO", "BG"], "TR", "282540",
         "Гідроксид нікелю, технічний концентрат, для гальванічних ванн, біг-беги, 20 т", "UA", 20000, None, 24000,
         "USD",
         "technical nickel hydroxide is a fine, apple-green, dry powder of 60 % nickel; these big bags hold a wet, "
         "grey-green, layered filter cake that smells of acid and cyanide, reads 6 % nickel with chromium, copper and "
         "zinc, and still has press-cloth fibres in it: electroplating sludge (11 01 09*) from a Kharkiv "
         "galvanising shop, hazardous waste moved through the Union without the transit notification and consent "
         "it needs, declared at Siret in transit through Romania and Bulgaria to Türkiye; Ukrainian wording "
         "(electroplating sludge under nickel-hydroxide labels repeats in many sets, blind6, blind24, blind44, "
         "blind71 and blind81 among them; kept as a known repeat, a transit through Romania and Bulgaria is the new "
         "part as far as a search found)", {"importer_country": "TR"}),
        ("WST-07", "export", "BGROAD01", "road", "BG", ["MK"], "XK", "940360",
         "Хотелски мебели, употребявани, от ремонт, 120 бр.", "BG", 6000, 120, 3600, "EUR",
         "a Sunny Beach hotel clear-out lorry for a Prizren second-hand dealer: refurbished hotel furniture and "
         "mattresses are what such dealers buy, but the third item's 'телевизори, употребявани, работещи' are 400 "
         "flat-screen sets with cracked panels, torn-out boards and broken CCFL backlight tubes that read mercury on "
         "a vapour meter, none with a test label: waste electrical equipment with hazardous components "
         "(20 01 35*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration; Bulgarian wording (e-waste under used-TV labels repeats in many sets and a hotel clear-out "
         "once (blind145, Malta to Tripoli); behind a Black Sea hotel clear-out to Kosovo is the new part as far as a "
         "search found)",
         dict({"importer_country": "XK"},
              _more_items=[item("940421", "Матраци, употребявани, хотелски, 200 бр.", "BG", 4000, 1000, "EUR", qty=200),
                           item("852872", "Телевизори, употребявани, работещи, 400 бр.", "BG", 5600, 2000, "EUR", qty=400)])),
        ("WST-08", "export", "BGROAD01", "road", "BG", ["TR", "GE"], "AM", "300490",
         "Хуманитарна помощ: лекарства, в срок на годност, 18 палета", "BG", 9000, None, 1800, "EUR",
         "humanitarian medicines travel in date, in sealed manufacturer's cartons, with a donor letter and a "
         "recipient ministry's consent; these pallets hold loose blister strips, opened bottles and cytostatic "
         "vials, most two to five years past their date, swept from Sofia pharmacies' returns bins and a "
         "wholesaler's quarantine store: waste pharmaceuticals (18 01 08*, 20 01 31*), hazardous waste whose export "
         "to a non-OECD country is banned, by lorry through Türkiye and Georgia to a Yerevan 'charity'; Bulgarian "
         "wording (expired medicines and donation labels repeat in several sets; from Bulgaria to Armenia is the "
         "new part as far as a search found)", {"importer_country": "AM"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "TR", "520291",
         "Рециклирани текстилни влакна, за изолационен филц, бали, 22 т", "BG", 22000, None, 2200, "EUR",
         "recycled textile fibre for insulation felt is clean, fluffy, multicoloured shoddy pulled from clothing "
         "offcuts; these bales hold grey, dusty fluff with foam crumbs, wire, glass splinters and oil, smelling of "
         "petrol, from the car shredder of a Ruse scrapyard: shredder light fraction (19 10 03*), hazardous waste "
         "exported at Kapitan Andreevo to a Çorlu 'felt maker' without the notification and consent its export to an "
         "OECD country needs; Bulgarian wording (shredder residue repeats in a few sets; a recycled-textile-fibre "
         "label from Ruse was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("WST-10", "export", "ROSEA01", "sea", "RO", [], "GH", "870323",
         "Autoturisme second-hand, funcționale, 40 buc., container ro-ro", "RO", 48000, 40, 60000, "EUR",
         "used cars for Tema are driven on board with their papers and batteries; these 40 Dacia Logans and Solenzas from "
         "Romanian scrapyards have no registration papers, are packed with loose engines, gearboxes and radiators "
         "still full of oil and coolant, and 12 will not roll: end-of-life vehicles not depolluted (16 01 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Constanța to Tema; Romanian wording "
         "(end-of-life vehicles repeat in many sets; from Constanța to Ghana is the new part as far as a search "
         "found)", {"importer_country": "GH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "MK", [], "BG", "290532",
         "Пропилен гликол USP, хумектант за тутунски сос, буриња 200 л, 40 буриња", "MK", 11900, 40, 9500, "EUR",
         "propylene glycol for tobacco casing is a thick, sweetish, odourless liquid of 1.04 kg/l that boils at "
         "188 °C; these 40 drums, on a lorry at Zlatarevo for a Blagoevgrad cigarette maker, weigh 1.49 kg/l, boil "
         "away on the hand with a faint ether smell, and the drum heads are stamped 'R-11': trichlorofluoromethane "
         "(CFC-11), once used to expand cut tobacco, whose import into the Union is banned; Macedonian wording from "
         "Prilep (CFC-11 repeats in many sets under pentane and HFO labels; a tobacco-casing propylene-glycol label "
         "was found in no earlier row by a keyword search)", firm("Тютюнев Комбинат Пирин АД", "BG")),
        ("OZN-02", "import", "BGSEA01", "sea", "IN", [], "BG", "290313",
         "ಟೆಟ್ರಾಹೈಡ್ರೋಫ್ಯೂರಾನ್ (THF), ಔಷಧ ದರ್ಜೆ, 250 ಕೆಜಿ ಡ್ರಮ್, 40 ಡ್ರಮ್", "IN", 10000, 40, 8000, "USD",
         "pharmaceutical-grade tetrahydrofuran is a light (0.89 kg/l), very flammable, ether-smelling solvent that "
         "boils at 66 °C, so a 250 kg drum holds 280 litres; these 40 drums, by sea from Nhava Sheva to Varna for a Sofia "
         "generics maker's solvent supplier, hold a non-flammable liquid of 1.59 kg/l that boils at 77 °C, smells "
         "sweet, gives no THF peak on a gas test and whose drum heads under the new labels read 'CCl4': carbon tetrachloride, whose "
         "import into the Union is banned outside licensed feedstock and laboratory uses; Kannada wording from "
         "Bengaluru (carbon tetrachloride repeats in many sets, under chloroform labels among others (blind103, "
         "blind104), which this row avoids; a THF label was found in no earlier row by a keyword search)", firm("Фарма Солвент ЕООД", "BG")),
        ("OZN-03", "import", "ROSEA01", "sea", "CN", [], "RO", "845121",
         "冷凝式滚筒干衣机, 8 公斤, 无制冷剂, 1,200 台", "CN", 54000, 1200, 216000, "USD",
         "condenser tumble dryers have a fan and an air-to-air condenser and no refrigerant circuit; these 1,200 "
         "have a sealed compressor, copper loops and a rating plate that reads 'R-134a 0.35 kg', with no F-gas "
         "label and no quota declaration for the 420 kg of HFC they hold: heat-pump dryers pre-charged with an HFC "
         "placed on the Union market outside the quota system (Regulation 2024/573), by sea from Ningbo to "
         "Constanța for a Bucharest appliance chain; Chinese wording (HFC-charged appliances repeat in many sets; "
         "heat-pump dryers repeat once, under an R-290 label (blind53); a condenser-dryer label with no refrigerant "
         "is the new part as far as a search found)",
         firm("Electro Dunărea SA", "RO")),
        ("OZN-04", "import", "ROPOST01", "post", "UA", [], "RO", "842410",
         "Огнетушители автомобильные ретро, латунь, пустые, декоративные, 3 шт.", "UA", 3.6, 3, 90, "EUR",
         "decorative brass car extinguishers from flea markets are empty, light and unscrew freely; these three, "
         "posted from Chernivtsi to a Brașov collector of Soviet cars, are full (1.1 kg each), slosh, have intact "
         "seals and are stencilled 'ОХ-1, хладон 12В1': halon 1211 (bromochlorodifluoromethane), products containing "
         "an ozone-depleting substance whose import into the Union is banned; Russian wording from Bukovina (halon "
         "1211 repeats in many sets and vintage car extinguishers once (blind69, Italian); kept as a repeat, by post "
         "from Bukovina to Brașov is the new part)", person("Dl. Mihai Ionescu", "RO")),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "871690",
         "Frigorifik treyler kasası için sandviç paneller, siklopentan köpüklü, 24 takım", "TR", 36000, 24, 72000,
         "EUR",
         "refrigerated-trailer body panels foamed with cyclopentane carry a flammable-blowing-agent note and a "
         "foam data sheet; these 24 body kits, on lorries at Kapitan Andreevo for a Plovdiv trailer-body builder, "
         "carry no such note, and a core sample cut from one panel releases 1,1-dichloro-1-fluoroethane: "
         "polyurethane panels blown with HCFC-141b, products containing an ozone-depleting substance whose import "
         "into the Union is banned; Turkish wording (HCFC-141b foams and premixes repeat in many sets and sandwich "
         "panels in a few; reefer-trailer body kits were found in no earlier row by a keyword search)",
         firm("Тракия Каросерии ООД", "BG")),
        ("OZN-06", "import", "ROSEA01", "sea", "EG", [], "RO", "300490",
         "بخاخ تجميد الثآليل، 50 مل، غاز دي ميثيل إيثر وبروبان، 24,000 عبوة", "EG", 2600, 24000, 36000, "USD",
         "wart-freezing sprays are small 50 ml cans of dimethyl ether and propane that burn with a flame and carry "
         "a flammable-aerosol mark; these 24,000 cans, by sea from Alexandria to Constanța for a Bucharest pharmacy "
         "wholesaler, hold 65 g each of a liquid of 1.21 kg/l that does not burn when sprayed at a flame, and a "
         "refrigerant identifier gives chlorodifluoromethane: aerosols filled with HCFC-22, products containing an "
         "ozone-depleting substance whose import into the Union is banned; Egyptian Arabic wording (HCFC-22 repeats "
         "in many sets and electronics freeze sprays once (blind107); a wart-freezing spray was found in no earlier "
         "row by a keyword search)", firm("Farma Distribuție Carpați SRL", "RO")),
        ("OZN-07", "import", "BGSEA01", "sea", "CN", [], "BG", "842410",
         "IG-100 氮气灭火系统, 80 升钢瓶, 300 巴, 40 瓶", "CN", 4800, 40, 24000, "USD",
         "IG-100 cylinders hold nitrogen gas at 300 bar, weigh little for their size and do not slosh; these 40, "
         "for the server rooms of Sunny Beach hotels, read 25 bar, each holds 60 kg of a sloshing liquid and the "
         "valve data plates under the new stickers read 'FE-25': pentafluoroethane (HFC-125) fire-suppression "
         "charges placed on the Union market without quota, by sea from Shanghai to Burgas; Chinese wording "
         "(FE-25 repeats in blind10 under its own name, HFC clean agents in several sets and an IG-100 label "
         "once, on recovered cylinders (blind72); FE-25 under it for Black Sea hotels is the new part as far as a "
         "search found)", firm("Черноморска Пожарна Безопасност ООД", "BG")),
        ("OZN-08", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "291411",
         "丙酮, 工业级, 200 升桶, 80 桶", "CN", 19000, 80, 14000, "USD",
         "acetone is a light (0.79 kg/l), very flammable solvent that smells of nail-varnish remover; these 80 "
         "drums weigh 1.24 kg/l, do not burn, smell faintly of ether and boil at 32 °C, and the drum heads read "
         "'141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), a controlled ozone-depleting substance moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Constanța in transit to a Chișinău "
         "foam maker; Chinese wording (HCFC-141b repeats in many sets and transits to Moldova through Constanța "
         "in several; an acetone label on it was found in no earlier row by a keyword search)",
         {"importer_country": "MD"}),
        ("OZN-09", "import", "ROSEA01", "sea", "UA", [], "RO", "890110",
         "Navă de croazieră fluvială, second-hand, 1992, pentru renovare, 1 buc.", "UA", 1400000, 1, 900000, "EUR",
         "a second-hand Danube river-cruise ship bought 'for refit' is declared as a hull with its systems "
         "stripped or converted; this 1992 Izmail-registered vessel sails into Tulcea with its original chillers "
         "and 44 cabin units still charged with about 600 kg of HCFC-22 (log book and data plates), not recovered: "
         "products and equipment containing HCFCs, whose import into the Union is banned (Regulation 2024/590); "
         "Romanian wording (HCFC-22 equipment repeats in many sets and a river-cruise ship once, as waste "
         "towed to Bangladesh (blind44); an imported Danube cruise ship still charged with HCFC-22 is the new part)", firm("Croaziere Delta SRL", "RO")),
        ("OZN-10", "import", "BGROAD01", "road", "IR", ["TR"], "BG", "290110",
         "نرمال هگزان، درجه استخراج، برای استخراج روغن گل رز، ۴۰ بشکه ۲۰۰ لیتری", "IR", 10700, 40, 12000, "EUR",
         "extraction-grade n-hexane is a light (0.66 kg/l), petrol-smelling, very flammable solvent; these 40 drums "
         "for a Kazanlak rose-concrete distillery weigh 1.34 kg/l, do not burn, smell sweet like chloroform and "
         "boil at 74 °C: 1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, by lorry "
         "from Kashan through Türkiye to Kapitan Andreevo; Persian wording (methyl chloroform repeats in many sets; "
         "an n-hexane label for rose-oil extraction was found in no earlier row by a keyword search)",
         firm("Роза Казанлък ЕООД", "BG")),
    ],
    "cultural": [
        ("CUL-01", "export", "ROAIR01", "express", "RO", [], "CH", "392640",
         "Replică craniu de urs de peșteră, rășină, 1 buc.", "RO", 6, 1, 120, "EUR",
         "resin replicas of cave-bear skulls are light, warm, even-coloured casts with a mould seam; this one weighs "
         "6 kg, is cold, brown, cracked bone with calcite crust and cave clay in the sockets and carries a spray-"
         "painted survey number: a cave-bear skull (Ursus spelaeus, Late Pleistocene) dug out of a protected Apuseni "
         "cave, palaeontological heritage that Romanian law forbids to export without a certificate, sent by express "
         "from Cluj to a Geneva dealer; Romanian wording (fossils repeat in many sets under replica and stone labels; "
         "cave-bear remains were found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-02", "export", "ROAIR01", "express", "RO", [], "GB", "711890",
         "Monede de investiție din aur, moderne, 24 buc.", "RO", 0.2, 24, 9000, "EUR",
         "modern gold bullion coins are bright, sharply struck, mint-sealed and marked with a fineness; these 24 "
         "are small, irregular, thick staters with an eagle on a sceptre on one side and a Roman consul between "
         "lictors and 'KOΣΩN' on the other, with earth in the letters: Dacian Koson gold staters (1st century BC) "
         "from the Sarmizegetusa area, archaeological objects that need an export licence at any value (Regulation "
         "116/2009) and the Romanian export certificate, sent by express from Deva to a London dealer without them; "
         "Romanian wording (ancient coins repeat in many sets under jewellery and bullion labels; Koson staters were "
         "found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-03", "export", "ROAIR01", "express", "RO", [], "US", "490199",
         "Biblia de la București, ediție facsimil 1988, 1 volum", "RO", 6.5, 1, 80, "EUR",
         "the 1988 facsimile of the 1688 Bucharest Bible is a clean, machine-printed folio on white paper in a "
         "cloth binding; this volume is rag paper with foxing, hand-pressed Cyrillic type with red initials, a "
         "worn leather-on-board binding with brass bosses and a monastery library stamp and shelf mark: an original "
         "1688 Bucharest Bible, a book over a century old listed in Romania's movable heritage, exported without the "
         "EU export licence (Regulation 116/2009) or the Romanian export certificate, by express from Bucharest to a "
         "Chicago buyer; Romanian wording (old church books repeat in several sets, most by import from Moldova; a "
         "facsimile label on an original was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-04", "export", "BGAIR01", "air", "BG", [], "US", "442090",
         "Дърворезба, таванска розета, тревненска школа, нова изработка, 1 бр.", "BG", 48, 1, 900, "EUR",
         "new Tryavna-school carvings are pale walnut or lime, crisp, machine-sanded and oiled; this 2 m ceiling "
         "'sun' is dark, worm-holed walnut with old hand-forged nails, soot and flaking blue and red paint, cut out "
         "of a 19th-century Revival house in the Tryavna reserve: a Bulgarian National Revival ceiling carving, part "
         "of a protected monument, over 100 years old and exported without the EU export licence (Regulation "
         "116/2009), flown from Sofia to New York for a dealer; Bulgarian wording (architectural fragments repeat "
         "in several sets; a Tryavna carving was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-05", "export", "BGAIR01", "express", "BG", [], "CH", "691390",
         "Керамична сувенирна ваза, реплика, Созопол, 1 бр.", "BG", 2.5, 1, 40, "EUR",
         "Sozopol souvenir vases are bright, thick, machine-slipped copies stamped 'реплика'; this one is a thin, "
         "finely potted red-figure lekythos with a woman at a loom, mended from sherds, with sea-salt bloom and "
         "grave soil inside: an Attic red-figure vase (5th century BC) from the necropolis of Apollonia Pontica, an "
         "archaeological object that needs an export licence at any value (Regulation 116/2009), sent by express "
         "from Burgas to a Basel dealer; Bulgarian wording (Greek vases repeat in several sets; a Sozopol souvenir "
         "label was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-06", "export", "ROPOST01", "post", "RO", [], "US", "691390",
         "Statuetă din lut, replică 'Gânditorul de la Hamangia', nouă, 1 buc.", "RO", 1.2, 1, 25, "RON",
         "souvenir Hamangia 'Thinker' replicas are evenly fired, polished grey-black terracotta with a museum-shop "
         "sticker; this one is a burnished, hand-modelled, uneven figurine with one arm missing, root marks and "
         "grey Dobrujan loess in the cracks: a Neolithic Hamangia-culture figurine (5th millennium BC) from a "
         "looted cemetery near Cernavodă, an archaeological object that needs an export licence at any value "
         "(Regulation 116/2009), posted from Constanța to a buyer in Ohio; Romanian wording (Neolithic figurines "
         "repeat in a few sets and Cucuteni pots in two (blind115, blind131); a Hamangia 'Thinker' label was found "
         "in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-07", "export", "ROROAD01", "road", "RO", ["HU", "AT"], "CH", "440791",
         "Grinzi vechi din stejar, recuperate, pentru amenajări interioare, 14 m³", "RO", 9800, None, 7000, "EUR",
         "reclaimed oak beams are rough, grey, adze-marked timbers with mortise holes; half of this load is flat, "
         "planked oak panels with tempera scenes of the Last Judgement, saints and inscriptions in Romanian "
         "Cyrillic on a dark-blue ground, nailed together as they stood: the painted barrel vault of an 18th-"
         "century Maramureș wooden church, part of a listed monument, exported without the EU export licence "
         "(Regulation 116/2009) to a Zurich interior designer; Romanian wording (church paintings repeat in several "
         "sets; Maramureș wooden-church paintings under a reclaimed-beam label were found in no earlier row by a "
         "keyword search)", {"importer_country": "CH"}),
        ("CUL-08", "import", "ROROAD01", "road", "RS", [], "RO", "680293",
         "Скулптуре од речног камена, ручни рад, баштенска декорација, 2 ком.", "RS", 140, 2, 160, "EUR",
         "new river-stone garden sculptures are machine-cut, crisp and clean; these two are rounded sandstone "
         "boulders with a fish-like face of bulging eyes and a downturned mouth pecked in low relief, calcite "
         "crust and Danube sand in the grooves: Mesolithic boulder sculptures of the Lepenski Vir culture from the "
         "Iron Gates gorge, archaeological objects whose export Serbia forbids, brought in without the import "
         "licence Regulation 2019/880 requires, on a van at Porțile de Fier I for a Bucharest collector; Serbian "
         "wording (garden-stone labels repeat in many sets; Lepenski Vir sculptures were found in no earlier row by "
         "a keyword search)", person("Dl. Andrei Stan", "RO")),
        ("CUL-09", "export", "BGROAD01", "road", "BG", [], "TR", "691200",
         "Троянска керамика, купи и паници, нова, 60 бр.", "BG", 40, 60, 300, "EUR",
         "new Troyan pottery is thick, red clay with runny, dripped 'peacock-eye' glazes in green and brown; six of "
         "these sixty are thin, wheel-thrown bowls with incised sgraffito birds and interlace under a cracked yellow-"
         "green glaze, mended, with soil in the cracks: 13th-14th century Tarnovo sgraffito ware dug on the "
         "Tsarevets and Trapezitsa slopes, archaeological objects that need an export licence at any value "
         "(Regulation 116/2009), mixed into a craft-pottery order for an Istanbul shop at Kapitan Andreevo; "
         "Bulgarian wording (medieval ceramics repeat in a few sets; a Troyan-pottery label was found in no earlier "
         "row by a keyword search)", {"importer_country": "TR"}),
        ("CUL-10", "export", "ROSEA01", "sea", "RO", [], "US", "691200",
         "Ceramică de Horezu, nouă, farfurii și ulcioare, 800 buc.", "RO", 1600, 800, 6400, "EUR",
         "a Romanian craft container for a Texas home-décor importer: new Horezu pottery and painted dowry chests "
         "are what Constanța exporters of folk crafts ship, but the third item's 'covor turcesc vechi, uzat' is a "
         "worn, hand-knotted Anatolian prayer rug with a double-niche design, wool foundation and hook holes along "
         "one edge, and a Saxon parish inventory label on the back: a 17th-century 'Transylvanian' rug taken from a "
         "Saxon fortified church, over 100 years old and above the value threshold, exported without the EU export "
         "licence (Regulation 116/2009), hidden as the last item of a three-item declaration from Constanța to "
         "Houston; Romanian wording (old rugs repeat in a few sets, new kilims under carpet labels in others; a "
         "Transylvanian church rug was found in no earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("940360", "Lăzi de zestre pictate, reproducere, 40 buc.", "RO", 1200, 4800, "EUR", qty=40),
                           item("570110", "Covor turcesc vechi, uzat, 1 buc.", "RO", 14, 150, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "ROSEA01", "sea", "RO", [], "GE", "950829",
         "Machetă de avion pentru parc de distracții, statică, nefuncțională, 1 buc.", "RO", 1020, 1, 6000, "EUR",
         "a playground aircraft mock-up is a fibreglass shell on a steel frame with no engine, instruments or "
         "controls; this crate holds a complete Bacău-built Yak-52 two-seat trainer with its M-14P radial engine, "
         "propeller, instruments and a current logbook, wings removed for shipping, for a Batumi 'amusement park' "
         "whose payment came from a Krasnodar flying club: an aircraft whose sale for use in Russia Regulation "
         "833/2014 forbids, routed from Constanța to Poti; Romanian wording (aircraft and aircraft parts repeat in "
         "many sets; a Yak-52 under a playground-mock-up label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("STR-02", "export", "ROROAD01", "road", "RO", ["BG"], "TR", "854511",
         "Electrozi de grafit UHP pentru cuptoare cu arc electric, Ø 450 mm, 40 buc.", "RO", 16000, 40, 48000, "EUR",
         "UHP electrodes for arc furnaces are extruded, coarse-grained graphite columns with threaded sockets at "
         "about 3 EUR/kg; these 40 are fine-grained, isostatically pressed blocks of 1.85 g/cm³ with no sockets, "
         "polished ends and a maker's sheet giving a grain size of 10 microns, for an Istanbul 'steel trader' whose "
         "forwarder books them on to Tabriz: fine-grain graphite for rocket nozzles and re-entry tips (dual-use "
         "1C107), exported without the licence Regulation 2021/821 requires and for Iran (Regulation 2023/1529); "
         "Romanian wording (graphite repeats in several sets, mostly as waste; an arc-furnace-electrode label on "
         "fine-grain graphite was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "ROROAD01", "road", "RO", [], "MD", "853224",
         "Condensatori ceramici multistrat pentru drivere LED, role, 2.000.000 buc.", "RO", 60, 2000000, 4000, "EUR",
         "MLCCs for LED drivers are cheap, commercial reels of a few euros a thousand; these reels are AEC-Q200 and "
         "MIL-PRF-55681 multilayer and tantalum capacitors at fifty times that on the distributor's invoice, for a "
         "Tiraspol 'lighting' firm registered last year whose address is a Moscow forwarder's: capacitors (8532), on "
         "the common high-priority list whose sale for use in Russia Regulation 833/2014 forbids, by lorry at "
         "Giurgiulești from Galați; Romanian wording (CHPL electronics repeat in many sets; Transnistria as the "
         "route appears in two rows (blind121, blind130), LED-driver labels in two, on ICs (blind39, blind49); capacitors "
         "under one, for Transnistria, are the new part as far as a search found)", {"importer_country": "MD"}),
        ("STR-04", "export", "BGSEA01", "sea", "BG", [], "AE", "732510",
         "Отливки от сив чугун, декоративни накрайници за огради, 6 000 бр.", "BG", 24000, 6000, 30000, "EUR",
         "cast-iron fence finials are solid, rough, sand-cast spikes and balls with a threaded stub; these 6,000 "
         "are hollow, machined, tear-shaped bodies with a fuze well, a threaded tail boss and a bore for a fin "
         "assembly, 82 mm in diameter, painted olive: unfilled 82 mm mortar-bomb bodies (military list ML3), "
         "exported without an arms-export licence from Burgas to a Jebel Ali trader whose bill of lading continues "
         "to Port Sudan, against the Union's arms embargo on Sudan; Bulgarian wording (munition parts repeat in "
         "several sets; mortar bodies under a fence-finial label were found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-05", "import", "ROSEA01", "sea", "GE", [], "RO", "400219",
         "Каучук бутадиен-стирольный СКС-30 АРК, кипы, происхождение Казахстан, 400 т", "KZ", 400000, 12000, 760000,
         "USD",
         "Kazakhstan makes no styrene-butadiene rubber, so a Kazakh certificate of origin for it can only cover a "
         "re-export; these 12,000 bales carry wrappers with a Voronezh plant's lot codes under Kazakh stickers, and "
         "the rail waybills from Aktau to Poti start in Tambov: Russian synthetic rubber, whose import into the "
         "Union Regulation 833/2014 forbids, by sea from Poti to Constanța for a Romanian tyre plant's supplier; "
         "Russian wording (Russian goods under Kazakh and Turkish origin repeat in many sets and butyl rubber under "
         "Turkish origin in blind110; kept as a known repeat, SBR through Constanța is the new part)",
         firm("Elastomer Trading Dobrogea SRL", "RO")),
        ("STR-06", "export", "ROSEA01", "sea", "RO", [], "TR", "271019",
         "Petrol lampant (kerosen de iluminat și încălzire), tanc, 6.000 t", "RO", 6000000, None, 4800000, "USD",
         "lamp kerosene is a heating and lighting grade with a wide cut and a low flash point sold by the drum or "
         "the road tanker; this tanker parcel from the Năvodari refinery carries a Jet A-1 certificate of quality "
         "with an anti-static additive, a freezing point of -47 °C and a thermal-stability test, for a Samsun "
         "'heating-oil' trader whose buyer fuels Russian airlines at Sochi: aviation fuel, whose sale for use in "
         "Russia Regulation 833/2014 forbids, from Constanța; Romanian wording (Russian oil products under other "
         "origins repeat in several sets; jet fuel under a lamp-kerosene label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-07", "export", "BGROAD01", "road", "BG", ["TR"], "IQ", "292219",
         "Амин за неутрализация на кондензат в парни котли, бъчви 180 кг, 60 бр.", "BG", 10800, 60, 21600, "EUR",
         "boiler-condensate amines are blends of a few per cent morpholine or cyclohexylamine in water with a data "
         "sheet; these 60 drums hold an undiluted, fishy-smelling amine of 0.88 kg/l that boils at 161 °C and "
         "whose drum heads read CAS 100-37-8, for a Mosul 'power-plant service' firm whose other orders go on to "
         "Deir ez-Zor: 2-diethylaminoethanol (dual-use 1C350, a nerve-agent precursor) exported without the "
         "licence Regulation 2021/821 requires, by lorry through Türkiye; Bulgarian wording (aminoethanols repeat "
         "in several sets and boiler-amine labels once, in blind148; DEAE to Iraq by road from Bulgaria is the new "
         "part as far as a search found)", {"importer_country": "IQ"}),
        ("STR-08", "import", "BGAIR01", "air", "TR", [], "BG", "711319",
         "22 ayar altın bilezik, Kapalıçarşı işi, 40 kg", "TR", 40, 1600, 2600000, "USD",
         "Grand Bazaar 22-carat bangles are thin, hollow, stamped and engraved hoops with a maker's and an assay "
         "mark on every piece; these 1,600 are thick, plain, solid rings, cast crudely from 1 kg bars whose serial "
         "numbers and a Krasnoyarsk refinery's stamps still show on the offcuts in the same parcels, flown from "
         "Istanbul to Sofia for a jewellery wholesaler: Russian gold, whose import into the Union Regulation "
         "833/2014 forbids even as jewellery made in a third country; Turkish wording (Russian gold as Turkish "
         "bangles repeats once (blind53) and recast into bars in two (blind114, blind141); kept as a repeat, by air "
         "to Sofia is the new part)", firm("Злато Трейд ООД", "BG")),
        ("STR-09", "import", "BGSEA01", "sea", "GE", [], "BG", "270112",
         "Въглища каменни, енергийни, произход Казахстан, 30 000 т", "KZ", 30000000, None, 3600000, "USD",
         "Kazakh thermal coal from Ekibastuz is a high-ash, dull coal that travels east to Russia and China, not "
         "west through the Caspian; this Poti cargo is a low-ash, glossy Kuzbass grade whose lab analysis matches "
         "Kuzbass mines, and the rail waybills to Poti start at a Russian border station: Russian coal, whose import "
         "into the Union Regulation 833/2014 forbids, by sea from Poti to Varna for a Devnya chemical plant's "
         "boilers; Bulgarian wording (Russian coal under Kazakh origin repeats once, by rail "
         "(blind137), and Kuzbass coal under Colombian origin once (blind19); kept as a repeat, through Poti to "
         "Varna is the new part)", firm("Девня Енерджи Трейд ЕАД", "BG")),
        ("STR-10", "export", "ROSEA01", "sea", "RO", [], "GE", "841370",
         "Pompe submersibile pentru puțuri de apă, 6 țoli, 24 buc.", "RO", 14400, 24, 36000, "EUR",
         "6-inch submersible water-well pumps are slim, stainless, 30-60 kg units with a motor and a cable; these "
         "24 are 8 m, 600 kg positive-displacement downhole drilling motors with a bent housing and a bit box, "
         "made in Ploiești and priced at 60,000 EUR each on the maker's list, for a Poti forwarder whose consignee "
         "drills in western Siberia: oil-and-gas drilling equipment (Annex II) whose sale for use in Russia "
         "Regulation 833/2014 forbids, from Constanța; Romanian wording (oilfield equipment repeats in a few sets, "
         "drill pipe as scaffold tubes (blind126) and logging tools as well cameras (blind61); mud motors under a "
         "well-pump label were found in no earlier row by a keyword search)", {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "ROAIR01", "air", "RO", [], "US", "050790",
         "Trofee de vânătoare: coarne de cerb carpatin, montate pe plachetă, 6 buc.", "RO", 60, 6, 3000, "EUR",
         "a Carpathian outfitter's trophy shipment for a Texas hunter: red-deer antlers and boar tusks are what "
         "foreign hunters take home from Romania with their hunting papers, but the third item's 'blană de mistreț, "
         "tăbăcită' is not a bristly, grey-brown boar hide: it is a 2 m, dense, dark-brown pelt with a broad head, "
         "small round ears and long curved claws, packed with a skull whose canines were sawn off: a brown bear "
         "(Ursus arctos, CITES App. II, EU Annex A) shot without a derogation and exported without CITES documents, "
         "hidden as the last item of a three-item declaration, flown from Bucharest; Romanian wording (bear parts "
         "repeat in several sets; a bear skin under a wild-boar-hide label behind deer trophies was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("050790", "Colți de mistreț, montați, 4 perechi", "RO", 2, 400, "EUR", qty=8),
                           item("430219", "Blană de mistreț, tăbăcită, 1 buc.", "RO", 22, 150, "EUR", qty=1)])),
        ("WLF-02", "export", "ROAIR01", "air", "RO", [], "VN", "021019",
         "Chân giò lợn hun khói, đóng gói chân không, 40 kg", "RO", 40, 60, 400, "EUR",
         "smoked pork trotters are pale, hairless, cloven hooves with a smoky smell; these 60 vacuum packs hold "
         "broad, five-toed, hairy paws with long curved claws, some still bloody at the cut: brown-bear paws "
         "(Ursus arctos, CITES App. II, EU Annex A) from Carpathian poaching, exported without CITES documents, "
         "flown from Bucharest to Hanoi by a trader who supplies restaurants; Vietnamese wording (bear parts repeat "
         "in several sets; bear paws and a pork-trotter label were found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WLF-03", "export", "BGROAD01", "road", "BG", [], "TR", "010639",
         "Пилета планинска яребица (кеклик), за развъждане в ловни стопанства, 40 бр.", "BG", 30, 40, 400, "EUR",
         "chukar partridge chicks are small, striped, downy game birds sold by the hundred in ventilated crates; "
         "these 40 are half-fledged, heavy-billed raptor chicks with hooked beaks, yellow ceres and brown-streaked "
         "feathers growing through white down, taken from nests on Danube-bank pylons: saker falcons (Falco "
         "cherrug, CITES App. II, EU Annex A) without CITES documents, in a van at Kapitan Andreevo for an Edirne "
         "'game farm' that sells falcons to the Gulf; Bulgarian wording (falcons repeat in several sets under pigeon "
         "and egg-incubator labels; a partridge-chick label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("WLF-04", "import", "ROROAD01", "road", "RS", [], "RO", "051199",
         "Sušeni riblji mehuri (šaran), za bistrenje vina, 120 kg", "RS", 120, None, 1800, "EUR",
         "carp swim bladders for wine fining are small, thin, papery, paired sacs at a few euros a kilo; these "
         "120 kg are large, thick, single, leathery sheets up to 60 cm long, pale yellow and horny: swim bladders of "
         "beluga and Russian sturgeon (Huso huso, Acipenser gueldenstaedtii, CITES App. II), poached below the Iron "
         "Gates dams, for a Drăgășani winery's supplier, without CITES documents, on a van at Porțile de Fier I; "
         "Serbian wording (sturgeon products repeat in many sets, caviar above all, and isinglass for wine fining "
         "once (blind66, Russian wording); kept as a repeat, a carp-bladder label from the Iron Gates is the new "
         "part)", firm("Oenologica Oltenia SRL", "RO")),
        ("WLF-05", "export", "BGAIR01", "express", "BG", [], "GB", "010649",
         "Живи брашнени червеи, храна за влечуги, 10 кутии", "BG", 3, 10, 60, "EUR",
         "feeder mealworms travel in plastic tubs of bran with a few hundred golden larvae each; four of these ten "
         "tubs hold, under the bran, a coiled, blunt-headed, sandy-grey snake of 40-60 cm with dark blotches and a "
         "tiny tail: western sand boas (Eryx jaculus, CITES App. II) collected on the Dobrujan coast near Kaliakra, "
         "sent by express from Varna to a reptile keeper in Leeds without CITES documents; Bulgarian wording "
         "(live animals under feeder-insect labels repeat in several sets (blind15, blind16, blind145); sand boas "
         "were found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("WLF-06", "export", "BGAIR01", "air", "BG", [], "HK", "030559",
         "Сушена черноморска цаца, кашони по 10 кг, 40 кашона", "BG", 400, 40, 2400, "EUR",
         "dried Black Sea sprats are small, silvery, straight fish a few centimetres long that smell of the sea; "
         "eight of these forty cartons hold dried, brown, curled, horse-headed fish with bony rings and a coiled "
         "tail: Black Sea seahorses (Hippocampus spp., CITES App. II) gathered as bycatch by Varna and Sozopol "
         "trawlers, flown from Sofia to Hong Kong without CITES documents; Bulgarian wording (dried seahorses repeat "
         "in several sets under dried-shrimp labels; a sprat label from the Black Sea was found in no earlier row by "
         "a keyword search)", {"importer_country": "HK"}),
        ("WLF-07", "export", "ROROAD01", "road", "RO", ["BG"], "TR", "430219",
         "Blănuri de nutrie de fermă, tăbăcite, 200 buc.", "RO", 160, 200, 3000, "EUR",
         "farmed coypu (nutria) pelts are coarse, brown, 50 cm skins with orange-toothed heads and a round, "
         "ratlike tail stub; 60 of these 200 are longer, narrow, cased pelts with short, dense, glossy guard hair "
         "that sheds water and a thick, tapering tail: Eurasian otter (Lutra lutra, CITES App. I) trapped in the "
         "Danube Delta, exported without CITES documents by lorry through Bulgaria to an Istanbul furrier; Romanian "
         "wording (otter under a nutria label appears once, as hats (blind66); kept as a repeat, pelts by road from "
         "the Delta is the new part)", {"importer_country": "TR"}),
        ("WLF-08", "import", "ROSEA01", "sea", "CN", [], "RO", "121190",
         "新会陈皮, 散装, 20 公斤箱, 50 箱", "CN", 1000, 50, 6000, "USD",
         "aged Xinhui tangerine peel is thin, leathery, orange-brown curls that smell strongly of citrus; ten of "
         "these fifty cartons hold flat, grey-brown, horny, shield-shaped scales with a ridged surface and no smell "
         "of citrus: pangolin scales (Manis spp., CITES App. I), by sea from Nansha to Constanța for a traditional-"
         "medicine stall at the Dragonul Roșu market in Afumați, without CITES documents; Chinese wording (pangolin "
         "scales repeat in many sets; a tangerine-peel label and the Bucharest market were found in no earlier row "
         "by a keyword search)", firm("Dragon Comerț Afumați SRL", "RO")),
        ("WLF-09", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "010639",
         "Sultan papağanı (Nymphicus hollandicus), üretim, 30 adet", "TR", 12, 30, 1500, "EUR",
         "cockatiels are slim, crested, grey-and-yellow birds with orange cheek patches at a few tens of euros; "
         "these 30 are stocky, short-tailed, grey parrots with a red tail and a black bill, wild-caught and unringed, "
         "in a van at Giurgiu for a Bucharest pet-shop chain: African grey parrots (Psittacus erithacus, CITES App. "
         "I) without CITES documents, through Bulgaria from Istanbul; Turkish wording (African greys repeat in "
         "several sets under pigeon, chicken and quail-egg labels; cockatiel labels in two, on cockatoos (blind30) and in blind138; on "
         "African greys through Giurgiu is the new part as far as a search found)", firm("Pet Paradis Distribuție SRL", "RO")),
        ("WLF-10", "import", "BGROAD01", "road", "MK", [], "BG", "251710",
         "Речни камчиња, декоративни, за градина, вреќи 25 кг, 40 вреќи", "MK", 1000, 40, 200, "EUR",
         "decorative river pebbles are smooth, cold, grey and white stones that rattle in the sack; 12 of these 40 "
         "sacks are light, do not rattle and hold domed, yellow-and-black, dormant tortoises packed among the "
         "pebbles for the winter journey: wild Hermann's and spur-thighed tortoises (Testudo hermanni, T. graeca, "
         "CITES App. II, EU Annex A) without CITES documents, on a lorry at Zlatarevo for a Sandanski garden "
         "centre; Macedonian wording (tortoises repeat in many sets, under ceramic-garden-tortoise labels among "
         "others; hibernating tortoises in sacks of river pebbles were found in no earlier row by a keyword search)",
         firm("Градински Център Струма ЕООД", "BG")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BGPOST01", "post", "MK", "BG", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home beekeeping equipment sanitation)", "MK", 4.5, 4,
     40, "EUR", [("PRECURSOR_LICENCE", "BG-MVR-53-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ROAIR01", "express", "TR", "RO", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur model rocketry)", "TR", 2, 2, 70, "EUR",
     [("PRECURSOR_LICENCE", "RO-MAI-53-0044")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "TR", "DE", "262019",
     "Electric-arc-furnace dust (10 02 07*), zinc-bearing, for zinc recovery at a licensed Waelz plant, 2,000 t", "TR",
     2000000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-53-0318")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "UA", "DE", "382590",
     "Electroplating sludge, nickel-bearing (11 01 09*), for metal recovery at a licensed plant, 20 t", "UA", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-53-0072")], "notified electroplating sludge to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BGSEA01", "sea", "IN", "BG", "290314",
     "Carbon tetrachloride, 4 drums, for use as feedstock in a licensed chemical synthesis", "IN", 1000, 4, 3000, "USD",
     [("ODS_LICENCE", "BG-MOSV-ODS-53-004")], "carbon tetrachloride imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "ROSEA01", "sea", "CN", "RO", "845121",
     "Heat-pump tumble dryers, 8 kg, pre-charged with R-134a (0.35 kg each), 600 units, HFCs accounted under quota",
     "CN", 27000, 600, 120000, "USD", [("FGAS_QUOTA", "EU-HFC-QA-53-1188")],
     "HFC-charged dryers placed on the market with the quota documents for their charge"),
    ("PRM-07", "cultural", "export", "ROAIR01", "air", "RO", "GB", "570110",
     "Anatolian 'Transylvanian' prayer rug, 17th century, documented private collection since 1938, sold at auction",
     "RO", 14, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "RO-MC-EXP-53-0088")],
     "old rug exported with the EU export licence and the Romanian export certificate"),
    ("PRM-08", "cultural", "import", "BGAIR01", "air", "CH", "BG", "691390",
     "Attic red-figure lekythos, 5th century BC, Swiss collection since 1961, for a Burgas museum", "GR", 2, 1, 42000,
     "CHF", [("IMPORT_LICENCE", "BG-MK-IMP-53-0016")], "archaeological vase imported with its import licence"),
    ("PRM-09", "strategic", "export", "ROROAD01", "road", "RO", "TR", "854511",
     "Fine-grain isostatic graphite blocks, 1.85 g/cm3, for an Ankara university EDM-electrode laboratory", "RO", 2000,
     10, 14000, "EUR", [("EXPORT_LICENCE", "RO-ANCEX-53-0211"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-53-0045")],
     "dual-use fine-grain graphite under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BGROAD01", "road", "BG", "RS", "292219",
     "2-Diethylaminoethanol, 10 drums, for a Belgrade pharmaceutical plant's procaine synthesis", "BG", 1800, 10, 5400,
     "EUR", [("EXPORT_LICENCE", "BG-MI-53-0139"), ("END_USER_CERTIFICATE", "RS-MTTT-EUC-53-0027")],
     "dual-use aminoethanol under licence to a named end user"),
    ("PRM-11", "wildlife", "export", "BGAIR01", "air", "BG", "QA", "010631",
     "Saker falcons (Falco cherrug), captive-bred, closed-ringed, 4 birds", "BG", 5, 4, 24000, "EUR",
     [("CITES_PERMIT", "BG-MOSV-53-0301")], "Annex A falcons bred in captivity with their export permit"),
    ("PRM-12", "wildlife", "export", "ROAIR01", "air", "RO", "CH", "160431",
     "Beluga caviar (Huso huso), aquaculture, CITES-labelled tins, 6 kg", "RO", 6, 120, 21000, "EUR",
     [("CITES_PERMIT", "RO-ANPM-53-0219")], "App. II farmed caviar with its export permit and labels"),
]

CONSIGNEES = {
    "PRM-01": "Г-н Н. Стоянов", "PRM-02": "Persoană fizică", "PRM-03": "Nordhafen Zinkrecycling GmbH",
    "PRM-04": "Alpina Metallrückgewinnung GmbH", "PRM-05": "Фарма Синтез АД", "PRM-06": "Electro Dunărea SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (49 rows): most the lawful twins of this set's disguises
    ("210690", "Borș de putină (fermented bran sour), bottled 1 l", "import", ["road"], ["MD", "UA"], (0.6, 1.2), (4000, 12000), ["EUR"], 1, S),
    ("220890", "Mastika, anise spirit 47 %, 0.7 l", "import", ["road"], ["MK"], (6, 10), (3000, 9000), ["EUR"], 1.2, S),
    ("170290", "Jerusalem-artichoke syrup, organic, 10 l canisters", "import", ["road"], ["UA", "MD"], (2, 3.5), (4000, 12000), ["EUR"], 0.07, S),
    ("330491", "Baby powder, talc, 500 g tins", "import", ["express"], ["TR", "GB"], (8, 14), (1, 4), ["EUR", "TRY"], 2, S),
    ("252220", "Hydrated lime for whitewashing fruit trees, 25 kg sacks", "import", ["road"], ["RS", "MK"], (0.15, 0.3), (15000, 24000), ["EUR"], 0.04, S),
    ("390311", "EPS beads for bean-bag filling, 100 l bags", "import", ["sea"], ["CN", "TR"], (3, 5), (800, 3000), ["USD"], 0.5, S),
    ("292511", "Saccharin sweetener crystals, 1 kg", "import", ["road"], ["MD", "CN"], (4, 7), (1000, 4000), ["EUR", "USD"], 1, S),
    ("330210", "Rum essence for cakes, 20 ml vials", "import", ["post"], ["RS", "MD"], (20, 40), (1, 3), ["EUR"], 40, S),
    ("130220", "Pectin powder for jam, 1 kg packs", "import", ["road"], ["TR", "RS"], (5, 9), (1000, 4000), ["EUR"], 1, S),
    ("382499", "E-liquid base VG/PG 70/30, nicotine-free, 5 l", "import", ["sea"], ["GE", "CN"], (2, 4), (3000, 9000), ["USD"], 0.16, S),
    ("440131", "Wood pellets ENplus A1, big bags", "import", ["sea"], ["GB", "UA"], (0.15, 0.25), (20000, 26000), ["GBP", "EUR"], None, S),
    ("140490", "Sunflower-husk fuel pellets, big bags", "import", ["road"], ["UA", "MD"], (0.1, 0.16), (20000, 24000), ["EUR"], None, S),
    ("261900", "Rolling-mill scale (magnetic iron oxide), bulk", "export", ["sea"], ["TR", "EG"], (0.03, 0.06), (20000, 26000), ["EUR"], None, S),
    ("262190", "Fayalite (iron-silicate) sand from copper smelting, assayed", "export", ["sea"], ["EG", "TR"], (0.01, 0.02), (20000, 26000), ["EUR"], None, S),
    ("284329", "Mirror-silvering kit, silver nitrate concentrate with reducer", "export", ["road"], ["TR", "RS"], (20, 40), (500, 2000), ["EUR"], 0.5, S),
    ("282540", "Nickel hydroxide, technical, for plating baths", "import", ["sea"], ["CN", "IN"], (8, 12), (2000, 8000), ["USD"], None, S),
    ("940360", "Used hotel furniture, refurbished", "export", ["road"], ["XK", "MK"], (0.5, 1), (4000, 10000), ["EUR"], 0.02, S),
    ("520291", "Recycled cotton shoddy fibre for insulation felt, bales", "export", ["road"], ["TR", "UA"], (0.1, 0.2), (18000, 22000), ["EUR"], None, S),
    ("870323", "Used cars, roadworthy, with registration papers", "export", ["sea"], ["GH", "GE"], (1.5, 3), (10000, 24000), ["EUR"], 0.0008, S),
    ("290532", "Propylene glycol USP for tobacco casing, drums", "import", ["road"], ["MK", "TR"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("293211", "Tetrahydrofuran (THF), pharmaceutical grade, drums", "import", ["sea"], ["IN", "CN"], (0.8, 1.4), (8000, 16000), ["USD"], None, S),
    ("845121", "Condenser tumble dryers, 8 kg, no refrigerant", "import", ["sea"], ["CN", "TR"], (3, 5), (10000, 20000), ["USD"], 0.02, S),
    ("842410", "Decorative brass car extinguishers, new, empty", "import", ["post"], ["UA", "US"], (20, 40), (1, 3), ["EUR", "USD"], 1, S),
    ("871690", "Refrigerated-trailer body panels, cyclopentane-blown PU", "import", ["road"], ["TR"], (2, 3), (18000, 24000), ["EUR"], None, S),
    ("842410", "IG-100 nitrogen fire-suppression cylinders, 80 l, 300 bar", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD"], 0.01, S),
    ("291411", "Acetone, technical, 200 l drums", "import", ["sea"], ["CN", "KR"], (0.8, 1.3), (14000, 20000), ["USD"], None, S),
    ("290110", "n-Hexane, extraction grade, drums", "import", ["sea"], ["TR", "IN"], (1, 1.6), (8000, 14000), ["EUR"], None, S),
    ("392640", "Resin replica cave-bear skulls, museum-shop", "export", ["express"], ["CH", "US"], (30, 60), (2, 4), ["EUR"], 0.3, S),
    ("711890", "Modern gold bullion coins, mint-sealed", "export", ["express"], ["GB", "CH"], (70000, 80000), (1, 2), ["EUR"], 30, S),
    ("490199", "Facsimile edition of the 1688 Bucharest Bible", "export", ["express"], ["US", "MD"], (20, 40), (2, 4), ["EUR"], 0.3, S),
    ("442090", "Carved walnut ceiling rosettes, new, Tryavna workshop", "export", ["air"], ["US", "CA"], (20, 35), (100, 500), ["EUR"], 0.05, S),
    ("691390", "Sozopol souvenir vases, ceramic replicas, stamped", "export", ["express"], ["CH", "GB"], (15, 30), (1, 4), ["EUR"], 1, S),
    ("691390", "Hamangia 'Thinker' replicas, new terracotta", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("440791", "Reclaimed oak beams, de-nailed", "export", ["road"], ["CH", "RS"], (0.6, 1.2), (8000, 16000), ["EUR"], None, S),
    ("680293", "Carved river-stone garden sculptures, new", "import", ["road"], ["RS", "MK"], (1, 2), (2000, 6000), ["EUR"], 0.02, S),
    ("691200", "Troyan pottery, new, drip-glazed", "export", ["road"], ["TR", "RS"], (4, 8), (1000, 4000), ["EUR"], 2, S),
    ("691200", "Horezu pottery, new, plates and jugs", "export", ["sea"], ["US", "CA"], (3, 6), (2000, 6000), ["EUR"], 0.5, S),
    ("940360", "Painted dowry chests, reproduction", "export", ["sea"], ["US", "GB"], (3, 6), (2000, 6000), ["EUR"], 0.03, S),
    ("853224", "Commercial multilayer ceramic capacitors for LED drivers, reels", "export", ["road"], ["MD", "RS"], (40, 80), (50, 300), ["EUR"], 20000, S),
    ("854511", "UHP graphite electrodes for arc furnaces, extruded", "export", ["road"], ["TR", "RS"], (2.5, 4), (15000, 22000), ["EUR"], 0.003, S),
    ("732510", "Cast-iron decorative fence finials", "export", ["sea"], ["AE", "GE"], (1.5, 3), (4000, 10000), ["EUR"], 0.5, S),
    ("400219", "SBR 1502 synthetic rubber, bales", "import", ["sea"], ["KR", "JP"], (1.6, 2.2), (18000, 22000), ["USD"], 0.03, S),
    ("271019", "Lamp kerosene for heating and lighting, drums", "export", ["road"], ["MD", "RS"], (0.8, 1.2), (8000, 16000), ["EUR"], None, S),
    ("382499", "Morpholine-based boiler-condensate amine, 5 % solution", "export", ["road"], ["RS", "TR"], (2, 3.5), (4000, 10000), ["EUR"], None, S),
    ("711319", "22-carat gold bangles, stamped and assayed", "import", ["air"], ["TR", "AE"], (60000, 70000), (2, 10), ["USD"], 40, S),
    ("841370", "Submersible water-well pumps, 6 inch", "export", ["sea"], ["GE", "EG"], (25, 40), (2000, 6000), ["EUR"], 0.02, S),
    ("430219", "Farmed coypu (nutria) pelts, dressed", "export", ["road"], ["TR", "UA"], (15, 25), (100, 400), ["EUR"], 1.2, S),
    ("121190", "Aged Xinhui tangerine peel (chenpi), cartons", "import", ["sea"], ["CN", "HK"], (15, 30), (500, 2000), ["USD"], None, S),
    ("251710", "Decorative river pebbles, 25 kg sacks", "import", ["road"], ["MK", "TR"], (0.1, 0.2), (18000, 24000), ["EUR"], 0.04, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and later, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows instead of blind160's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("340520", "Shoe polish, tins and tubes", "import", ["sea"], ["TR", "CN"], (3, 5), (2000, 6000), ["USD", "EUR"], 10, N),
        ("391733", "Garden hoses, PVC, reinforced, 25 m rolls", "import", ["sea"], ["TR", "CN"], (2, 3.5), (4000, 10000), ["USD", "EUR"], 0.2, N),
        ("960390", "Household brooms and dustpans", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 1, N),
        ("611594", "Knitted wool socks, boxed pairs", "import", ["post", "express"], ["GB", "NO"], (40, 70), (1, 3), ["GBP", "NOK"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind165", 20530901, HERE)


if __name__ == "__main__":
    main()
