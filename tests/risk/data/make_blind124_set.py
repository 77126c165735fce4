#!/usr/bin/env python3
"""Writes the hundred-and-twenty-fourth blind set (tests/risk/data/blind124-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2046, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
animal origin and other goods that travel with catch, health or plant-health
certificates) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL124-*:

    python3 tests/risk/data/make_blind124_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2046, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2046
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "GL", [], "DK", "220110",
         "Iluliap imaa - isfjeldsvand fra Ilulissat, 6 x 1 l", "GL", 6.9, 6, 450, "DKK",
         "bottled iceberg water is soft, tasteless water of 1.00 kg/l sold in glass at a premium; these six PET "
         "bottles have vented caps, hold a water-clear liquid of 1.13 kg/l that whitens a fingertip, fizzes on a "
         "scratch and bleaches the cardboard where it wept: about 35 % hydrogen peroxide (Annex I above 12 %), posted "
         "from Nuuk to a private person in Aarhus; Greenlandic and Danish wording (hydrogen peroxide repeats in many "
         "sets and water-like drink covers in several; an iceberg-water label and a parcel from Greenland were found "
         "in no earlier row by a keyword search)", person("Mette Hansen", "DK")),
        ("PRE-02", "import", "ITAIR01", "express", "AR", [], "IT", "151590",
         "Aceite de jojoba dorado, prensado en frío, de La Rioja, 4 x 1 litro", "AR", 4.7, 4, 80, "USD",
         "golden jojoba oil is a liquid wax of 0.86 kg/l that floats on water, smells faintly nutty and stays "
         "clear; these four bottles hold a colourless liquid of 1.14 kg/l that sinks, partly mixes with water, "
         "smells sweetish-chemical and softens the bottle's paint, at a third of jojoba's price: nitromethane "
         "(Annex I above 16 %), sent by express from Buenos Aires to a private person in Brescia, although "
         "flammable liquids travel by express only as declared dangerous goods; Rioplatense Spanish wording "
         "(nitromethane repeats in many sets and oil covers in several, garden lamp oil in blind112 among them; a "
         "jojoba-oil label was found in no earlier row by a keyword search)", person("Federica Conti", "IT")),
        ("PRE-03", "import", "FRAIR01", "air", "CI", [], "FR", "330590",
         "Sérum capillaire anti-frisottis au karité, flacons pompe 1 litre, 480 flacons", "CI", 880, 480,
         1500000, "XOF",
         "an anti-frizz hair serum is a silicone oil of about 0.96 kg/l, slippery, scented and sold in 50-100 ml "
         "pump bottles; these 480 litre bottles hold an odourless, oily liquid of 1.83 kg/l that chars a paper "
         "tissue black, grows hot with a drop of water and has eaten the pump seals, for a Château-Rouge Afro "
         "hair-care shop that sells to the public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed "
         "for members of the public, flown from Abidjan to Roissy; Ivorian French wording (sulphuric acid repeats "
         "in many sets under syrup and oil covers, castor oil in blind119 and MCT oil in blind115 among them; a "
         "hair-serum label was found in no earlier row by a keyword search)", firm("Orion Beauté Afro SARL", "FR")),
        ("PRE-04", "import", "IEPOST01", "post", "IN", [], "IE", "330590",
         "ಒಣ ಶಾಂಪೂ ಪುಡಿ (dry shampoo powder), 4 x 500 ಗ್ರಾಂ", "IN", 2.0, 4, 1600, "INR",
         "dry shampoo powder is a soft, scented rice or corn starch that squeaks between the fingers and leaves a "
         "white film on the hair; these four tubs hold an odourless, gritty, glassy crystal powder that does not "
         "squeak, barely dissolves in cold water and crackles and flashes purple when a pinch touches a hot iron, "
         "and the inner bags read 'KClO3 99.5 %': potassium chlorate (Annex I above 40 %), posted from Bengaluru "
         "to a private person in Cork; Kannada wording (potassium chlorate repeats in many sets and powder covers "
         "in several; a dry-shampoo label and Kannada wording were found in no earlier disguised row by a keyword "
         "search)", person("Aoife Murphy", "IE")),
        ("PRE-05", "import", "PTAIR01", "air", "BD", [], "PT", "330491",
         "ঘামাচি পাউডার (prickly heat powder), ১০০ গ্রাম কৌটা, ৩,০০০ কৌটা", "BD", 300, 3000, 900, "USD",
         "prickly heat powder is talc with a little menthol: grey-white, silky, smelling strongly of mint and "
         "cooling on the skin; these 3,000 tins hold a heavy, white, crystalline powder with no smell and no "
         "slip that burns fiercely on a match mixed with sugar, and the drum labels in the carton read 'KClO4', "
         "for a Martim Moniz grocery that sells to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Dhaka to Lisbon; Bengali wording from Bangladesh "
         "(potassium perchlorate repeats in many sets and powder covers in several; a prickly-heat-powder label was "
         "found in no earlier row by a keyword search)", firm("Delta Bangla Mercearia Lda", "PT")),
        ("PRE-06", "import", "DEROAD01", "road", "CH", [], "DE", "170490",
         "Zuckerperlen weiss, Streudekor für Guetsli und Chüechli, 25-kg-Säcke, 480 Säcke", "CH", 12000, 480,
         14400, "CHF",
         "white sugar pearls for decorating biscuits are hard, sweet, polished balls that melt slowly on the "
         "tongue and cost several francs a kilo; these 480 sacks hold matt, porous white prills of 2-3 mm that "
         "taste bitter-salty, turn the water ice-cold when dissolved, test at 34 % N and fume on a hot plate, for "
         "a Lörrach bakery cash-and-carry that sells sacks to the public: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, on a lorry at Weil am Rhein; Swiss German wording "
         "(ammonium nitrate repeats in many sets and sugar covers in several, Liège pearl sugar in blind62 among "
         "them; a sugar-pearl sprinkle label from Switzerland by road was found in no earlier row by a keyword "
         "search)", firm("Vega Backbedarf GmbH", "DE")),
        ("PRE-07", "import", "CZAIR01", "air", "MN", [], "CZ", "220890",
         "Шимийн архи (сүүний архи), 0.5 л шил, 1,200 шил", "MN", 840, 1200, 1800, "USD",
         "Mongolian milk vodka (shimiin arkhi) is a weak, clear spirit of about 0.98 kg/l that smells of soured "
         "milk and whey; these bottles hold a liquid of 1.40 kg/l that gives off brown fumes when opened, stains "
         "the skin yellow and eats into a copper coin, at 1.50 USD a bottle, for a Prague Mongolian grocery that "
         "sells to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, "
         "flown from Ulaanbaatar; Mongolian wording (nitric acid repeats in many sets and clear-spirit covers in "
         "several; a milk-vodka label was found in no earlier row by a keyword search)",
         firm("Orion Mongol Potraviny s.r.o.", "CZ")),
        ("PRE-08", "import", "LTPOST01", "post", "TM", [], "LT", "170250",
         "Fruktoza, şekeriň ornuna, 1 kg halta, 4 halta", "TM", 4, 4, 20, "USD",
         "crystalline fructose is a fine, very sweet, free-flowing white sugar that cakes in damp air; these four "
         "bags hold a glassy, salty-bitter, tasteless-to-sweet crystal that draws water into a slush within a day "
         "and burns brightly mixed with sugar, and the Chinese maker's liner inside reads 'NaClO4·H2O': sodium "
         "perchlorate (Annex I above 40 %), posted from Ashgabat to a private person in Kaunas; Turkmen wording "
         "(sodium perchlorate repeats in many sets and sweetener covers, isomalt and erythritol among them, in "
         "several; a fructose label and a parcel from Turkmenistan were found in no earlier row by a keyword "
         "search)", person("Rūta Kazlauskienė", "LT")),
        ("PRE-09", "import", "SEAIR01", "air", "ET", [], "SE", "110290",
         "Daakuu xaafii adii, kiilo 1, 600", "ET", 600, 600, 1200, "USD",
         "an Ethiopian grocery air cargo for a Stockholm shop that sells to the public: teff flour and berbere are "
         "what such shops import, but the third item's 'araqee' (areke, a clear grain spirit of about 0.95 kg/l) "
         "is 240 PET bottles with vented caps of a water-clear, odourless liquid of 1.20 kg/l that whitens the "
         "skin and foams on a cut: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of "
         "the public, hidden as the last item of a three-item declaration, flown from Addis Ababa; Oromo wording "
         "(hydrogen peroxide repeats in many sets and spirit and water covers in several; an areke label and Oromo "
         "wording were found in no earlier row by a keyword search)",
         dict(firm("Horizon Livs AB", "SE"),
              _more_items=[item("091091", "Barbaree, kiilo 1, 200", "ET", 200, 800, "USD", qty=200),
                           item("220890", "Araqee, liitira 1, qaruuraa 240", "ET", 290, 480, "USD", qty=240)])),
        ("PRE-10", "import", "IEPOST01", "post", "GB", [], "IE", "284019",
         "Borax ar gyfer gwneud llysnafedd, 4 x 1 kg", "GB", 4, 4, 24, "GBP",
         "craft borax for slime is a soft, soapy, slowly dissolving decahydrate that leaves a white crust; these "
         "four tubs hold hard, clear, cubic crystals that dissolve at once, smell of nothing, crackle on a hot "
         "plate and flare yellow on a gas ring with a little sugar: sodium chlorate (Annex I above 40 %), posted "
         "from Cardiff to a private person in Galway; Welsh wording (sodium chlorate repeats in many sets and borax "
         "slime labels twice, in blind54 and blind78, on other precursors; kept as a known repeat, a Welsh-language "
         "parcel from Great Britain to Ireland is the new part)", person("Siobhán Kelly", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "701890",
         "Glasmulch, getrommelt, bunt, für Gartengestaltung, Big Bags, 22 t", "DE", 22000, None, 2200, "EUR",
         "tumbled garden glass mulch is rounded, brightly coloured glass without sharp edges; these bags hold "
         "sharp, grey-brown and clear panel and funnel glass with black frit seams, phosphor-coated fragments and "
         "shadow-mask wire, reading several per cent lead on a hand-held XRF, from a Saxon e-waste dismantler: "
         "cathode-ray-tube glass (leaded glass, 19 12 11* / 16 02 15*), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry through Austria and Hungary to a Novi Sad 'landscaping' buyer; German "
         "wording (CRT glass repeats in many sets as cullet; a glass-mulch label was found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "EG", "261510",
         "Άλευρο ζιρκονίου (zircon flour) για κεραμικά σμάλτα, σάκοι, 24 t", "GR", 24000, None, 7200, "EUR",
         "zircon flour for ceramic glazes is a dry, bright-white, very heavy powder sold with a ZrO2 assay; these "
         "bags hold a damp, grey, lumpy paste of the same weight that smells of acid, turns litmus red and reads "
         "over 70 % lead on an XRF, from a Thessaloniki lead-acid battery breaker: battery paste (lead sulphate "
         "and oxides, 16 06 01* / 19 02 11*), hazardous waste whose export to a non-OECD country is banned, from "
         "Thessaloniki to Alexandria for a 'tile factory'; Greek wording (lead-battery waste repeats in many sets; "
         "a zircon-flour label was found in no earlier waste row by a keyword search, the density being the "
         "disguise)", {"importer_country": "EG"}),
        ("WST-03", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "440141",
         "Dřevní piliny pro výrobu briket, volně ložené, 2 vozy, 44 t", "CZ", 44000, None, 880, "EUR",
         "briquetting sawdust is pale, dry, resin-scented wood dust from a sawmill; these two wagons hold dark, "
         "sticky, clumped sawdust that smells of hydraulic oil and coolant, with swarf, rags and filter cartridges "
         "in it, swept up as absorbent from the floors of an Ostrava engineering works: absorbents contaminated "
         "with oil (15 02 02*), hazardous waste whose export to a non-OECD country is banned, by rail through "
         "Slovakia and Hungary to a Serbian 'briquette plant'; Czech wording (oily absorbents repeat in a few sets "
         "and sawdust labels in several; a briquetting-sawdust label by rail to Serbia is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "BD", "890590",
         "Drijvende bok (kraanponton), bouwjaar 1978, voor verder gebruik in de haven van Chattogram, 1 stuks",
         "NL", 1400000, 1, 390000, "EUR",
         "a floating crane sold for further work keeps its class certificate, a crew and a charter; this one "
         "leaves under tow with its class withdrawn, a one-voyage flag, the sale priced per light tonne and a "
         "buyer who is a Sitakunda beach breaker, with asbestos lagging, PCB cables and tank sludge still aboard: "
         "a ship for demolition, hazardous waste whose export to a non-OECD country is banned (and under the Ship "
         "Recycling Regulation), from Rotterdam; Dutch wording (ships sold 'for further trading' to South Asian "
         "breakers repeat in several sets, a dredger in blind111 among them; kept as a known repeat, a floating "
         "crane from the Netherlands is the new part)", {"importer_country": "BD"}),
        ("WST-05", "export", "SKROAD01", "road", "SK", [], "UA", "310100",
         "Biosolidy, granulované, pôdny kondicionér, 24 t", "SK", 24000, None, 480, "EUR",
         "pelletised biosolids are dry, brown, earthy-smelling granules of digested sewage sludge with an analysis; "
         "this tipper holds sticky, multicoloured grey-green and red lumps that smell of solvent, stick to the "
         "glove like paint and read high in zinc, chromium and barium, from the paint shop of a Žilina car plant: "
         "paint sludge containing organic solvents (08 01 13*), hazardous waste whose export to a non-OECD country "
         "is banned, at Vyšné Nemecké for an Uzhhorod 'farm'; Slovak wording (paint sludge repeats in several sets; "
         "a biosolids label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "TN", "440122",
         "Copeaux de chêne pour fumage et barbecue, big bags, 18 t", "FR", 18000, None, 3600, "EUR",
         "oak smoking chips are tan, fragrant hardwood chips sold dry in bags; these are green-tinged pine "
         "chips with incised treatment marks, wire staples and paint, from pulled-up vineyard stakes of the "
         "Languedoc, that test positive for copper, chromium and arsenic: CCA-treated wood waste (17 02 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Marseille to Radès for a 'charcoal "
         "and smokehouse supplier'; French wording (treated wood repeats in many sets as firewood and chips; "
         "vineyard stakes as smoking chips were found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-07", "export", "SESEA01", "sea", "SE", [], "EG", "310260",
         "Flytande kalciumnitratgödsel, IBC 1000 l, 22 st", "SE", 29700, 22, 5900, "EUR",
         "liquid calcium nitrate fertiliser is a clear, colourless solution sold with a nutrient label; these 22 "
         "IBCs hold a green, metal-laden acid of pH below 1 that fumes, etches the glass of a sample jar and reads "
         "iron, chromium, nickel and fluoride, from the pickling lines of a Dalarna stainless-steel mill: spent "
         "mixed pickling acid (11 01 05*), hazardous waste whose export to a non-OECD country is banned, from "
         "Gothenburg to Alexandria; Swedish wording (spent pickling acids repeat in many sets under coagulant and "
         "other labels; a liquid calcium-nitrate fertiliser label on waste was found in no earlier row by a "
         "keyword search)", {"importer_country": "EG"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "GW", "870323",
         "Automóveis ligeiros usados, 4 unidades", "PT", 4800, 4, 6000, "EUR",
         "a used-car container for Bissau: old cars and spare engines are what Lisbon traders ship to Guinea-"
         "Bissau, but the third item's 'óleo de motor regenerado' is 40 drums of black, gritty, water-laden "
         "engine oil that smells of petrol, drained at Setúbal garages, with no refinery paper: waste mineral oil "
         "(13 02 05*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Lisbon; Portuguese wording (waste oil repeats in many sets, once to "
         "Guinea-Bissau under a chainsaw-oil label, blind115; kept as a known repeat, a regenerated-oil item behind "
         "used cars and engines is the new part)",
         dict({"importer_country": "GW"},
              _more_items=[item("840820", "Motores diesel usados para automóveis, 30 unidades", "PT", 3600, 2400, "EUR", qty=30),
                           item("271019", "Óleo de motor regenerado, bidões de 200 l, 40 bidões", "PT", 7200, 900, "EUR", qty=40)])),
        ("WST-09", "transit", "NLSEA01", "sea", "GB", ["NL"], "GH", "852842",
         "Retro CRT monitors, tested, for arcade and retro-gaming restoration, 900 pcs", "GB", 13500, 900, 9000,
         "GBP",
         "retro-gaming CRT monitors are sought-after, tested, cleaned sets sold singly at hundreds of pounds; these "
         "900 are unwrapped office monitors stacked loose with cracked cases, cut cables and missing yokes, no "
         "test labels, at 10 GBP each, collected from English council sites: waste electrical equipment with CRTs "
         "(20 01 35*), hazardous waste moved through the Union without the notification and consent it needs, "
         "landed at Rotterdam in transit from Felixstowe to Tema; English wording (CRT e-waste repeats in many sets; "
         "a retro-gaming label was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "681099",
         "Betonske cijevi za propuste, rabljene, 24 t", "HR", 24000, None, 1200, "EUR",
         "used concrete culvert pipes are heavy, grey, gravelly and thick-walled; these are thin, light-grey, "
         "laminated pipes that break into fibrous flakes and show chrysotile fibres under a lens, dug out of a "
         "Slavonian village water main: asbestos-cement pipes (17 06 05*), hazardous waste whose export to a "
         "non-OECD country is banned, at Stara Gradiška for a Bosnian 'road contractor'; Croatian wording "
         "(asbestos cement repeats in many sets; a culvert-pipe label was found in no earlier row by a keyword "
         "search)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "281410",
         "液氨 R-717 制冷剂, 50 公斤钢瓶, 40 瓶", "CN", 2000, 40, 3200, "USD",
         "anhydrous ammonia for cold stores comes in yellow-banded cylinders at about 8.6 bar whose gas stings "
         "the nose at once; these 40 cylinders read 1.9 bar, hold a liquid of 1.73 kg/l with no smell and their "
         "shoulders are stamped 'CH3Br' under the new paint: methyl bromide, whose import into the Union is "
         "banned (no quarantine exemption remains), by sea from Qingdao to Gdańsk for a 'cold-store' firm that "
         "fumigates grain; Chinese wording (methyl bromide repeats in many sets under other gas labels, and an "
         "R-717 label twice, on other goods; kept as a known repeat, a methyl-bromide cylinder to Poland under an "
         "ammonia label is the new part as far as a search found)", firm("Nordhafen Chłodnie Sp. z o.o.", "PL")),
        ("OZN-02", "import", "NLSEA01", "sea", "IN", [], "NL", "841850",
         "कुल्फी ठेला, डीप फ्रीज़र सहित, 20 नग", "IN", 3600, 20, 9000, "USD",
         "kulfi push-carts for a Dutch importer would carry a small R-290 freezer with a flammable-gas label; "
         "these twenty painted carts from a Delhi workshop carry second-hand compressors whose plates read R-22 "
         "and whose gauges show a full charge of about 1 kg each: equipment containing HCFC-22, whose import into "
         "the Union is banned, by sea from Mundra to Rotterdam for a Hindustani-Surinamese street-food caterer in "
         "The Hague; Hindi wording (R-22 equipment repeats in many sets; kulfi carts were found in no earlier row by "
         "a keyword search)", firm("Rivage Kulfi BV", "NL")),
        ("OZN-03", "import", "GRROAD01", "road", "MK", [], "GR", "382499",
         "Спреј за полесно палење на мотори, 400 ml, 4.800 лименки", "MK", 2400, 4800, 4800, "EUR",
         "engine starting fluid is diethyl ether with a little oil, 0.71 kg/l, extremely flammable, with a flame "
         "mark; these cans weigh about 0.48 kg of contents each (1.21 kg/l), do not light at the nozzle, boil off "
         "at -26 °C and a gas test gives 1,1,1,2-tetrafluoroethane: HFC-134a, a fluorinated greenhouse gas placed "
         "on the Union market outside the HFC quota and in non-refillable containers, which Regulation 2024/573 "
         "forbids, in a van at Evzonoi for a Thessaloniki car-parts dealer; Macedonian wording (HFC-134a repeats in "
         "many sets under aerosol labels; a starting-fluid label was found in no earlier row by a keyword search)",
         firm("Delta Antallaktika AE", "GR")),
        ("OZN-04", "import", "DEAIR01", "air", "PK", [], "DE", "940210",
         "Dental chair units, hydraulic, complete, 4 pcs", "PK", 720, 4, 9600, "USD",
         "a dental-supply air shipment from Sialkot for a Hamburg dental dealer: chairs and hand instruments are "
         "what Sialkot makers export, but the third item's 'cold test spray for pulp vitality testing' is 600 "
         "cans whose small print reads 'dichlorodifluoromethane', the old Endo-Frost formula: CFC-12 in products "
         "whose import into the Union is banned, hidden as the last item of a three-item declaration, flown from "
         "Lahore; Pakistani English wording (CFC-12 repeats in many sets and freeze sprays in several; a "
         "pulp-testing spray behind dental chairs was found in no earlier row by a keyword search)",
         dict(firm("Central Dental GmbH", "DE"),
              _more_items=[item("901849", "Dental hand instruments, stainless, sets, 400", "PK", 120, 4000, "USD", qty=400),
                           item("382499", "Cold test spray for pulp vitality testing, 200 ml, 600 cans", "PK", 150, 1200, "USD", qty=600)])),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "330430",
         "Asetonsuz oje çıkarıcı, 1 litre, 2.400 şişe", "TR", 2980, 2400, 3600, "EUR",
         "acetone-free nail-polish remover is ethyl acetate, 0.90 kg/l, flammable and fruity; these litre bottles "
         "weigh 1.24 kg/l, do not burn, smell faintly of ether and boil in a warm hand (32 °C), and the drum labels "
         "in the load read 'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into the Union is banned, on a "
         "lorry at Kapitan Andreevo for a Plovdiv beauty wholesaler; Turkish wording (HCFC-141b repeats in many sets "
         "as a solvent and blowing agent, and an acetone-free nail-polish-remover label once on an ozone-depleting "
         "substance, blind106, from Japan, and on precursors in several; kept as a known repeat, by road from "
         "Türkiye to Bulgaria is the new part)", firm("Orion Kozmetik EOOD", "BG")),
        ("OZN-06", "import", "DEAIR01", "express", "LK", [], "DE", "382499",
         "Gem testing liquid, refractive index contact fluid substitute, 6 x 500 ml", "LK", 4.8, 6, 120, "USD",
         "gemmologists' contact fluids are tiny bottles of a dense, yellowish, garlic-smelling liquid; these six "
         "half-litres are a water-clear, sweet-smelling liquid of 1.59 kg/l that does not burn and evaporates "
         "quickly, bought by an Idar-Oberstein gem cutter 'for float tests': carbon tetrachloride, whose import "
         "into the Union is banned outside licensed feedstock and laboratory uses, sent by express from Ratnapura; "
         "Sri Lankan English wording (carbon tetrachloride repeats in many sets and heavy-liquid labels in several, "
         "zinc-chloride heavy liquid in blind114 among them; a gem-testing label from Sri Lanka is the new part as "
         "far as a search found)", firm("Alpina Edelsteine GmbH", "DE")),
        ("OZN-07", "import", "ITSEA01", "sea", "TR", [], "IT", "280421",
         "Argon 4.6, bombole da 50 l, 60 pezzi", "TR", 3000, 60, 4200, "EUR",
         "argon cylinders for welding are tall, grey-shouldered tanks at 200 bar of a gas that does not slosh; "
         "these 60 cylinders read 42 bar, slosh a little when tilted, weigh 50 kg of contents each and a gas test "
         "gives trifluoromethane: HFC-23 (GWP 14,800) placed on the Union market outside the HFC quota, by sea "
         "from Izmir to Salerno for a 'welding-gas' distributor; Italian wording (HFC-23 repeats in several sets "
         "under fire-agent and electronic-gas labels, and welding-gas labels on other HFCs in several; kept as a "
         "known repeat, HFC-23 under an argon label is the new part as far as a search found)",
         firm("Meridian Gas Tecnici Srl", "IT")),
        ("OZN-08", "import", "FIAIR01", "express", "US", [], "FI", "381400",
         "Sticker and label adhesive remover, professional, 12 x 16 oz", "US", 6.9, 12, 180, "USD",
         "label removers are citrus or mineral-spirit liquids of about 0.8 kg/l that smell of orange or paraffin "
         "and burn; these twelve cans hold a non-flammable, sweet-smelling liquid of 1.33 kg/l that boils at 74 °C "
         "and the old-stock base print reads '1,1,1-trichloroethane': methyl chloroform, whose import into the "
         "Union is banned, sent by express from Ohio to a Tampere sign-maker; US English wording (methyl "
         "chloroform repeats in many sets under solvent labels; a label-remover label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Kyltit Oy", "FI")),
        ("OZN-09", "import", "HUAIR01", "express", "CN", [], "HU", "842410",
         "悬挂式自动灭火器, 超细干粉, 6 公斤, 20 个", "CN", 160, 20, 400, "USD",
         "hanging automatic extinguishers hold a superfine dry powder that rattles and weighs about 6 kg; these "
         "twenty slosh, read 12 bar, carry 6 kg of a liquid that vanishes into a sweet-smelling gas when the valve "
         "is cracked and the maker's stamp under the sticker reads '1211': halon 1211 "
         "(bromochlorodifluoromethane) in extinguishers, products whose import into the Union is banned, sent by "
         "express from Shenzhen to a Budapest boat-engine workshop; Chinese wording (halon 1211 repeats in many sets "
         "under extinguisher labels; a hanging superfine-powder label was found in no earlier row by a keyword "
         "search)", firm("Vega Hajójavító Kft.", "HU")),
        ("OZN-10", "export", "IESEA01", "sea", "IE", [], "NG", "841869",
         "Used under-counter beer-line coolers (python coolers), refurbished, 40 units", "IE", 2800, 40, 8000,
         "EUR",
         "refurbished beer-line coolers for export are recharged with R-290 or R-134a and carry a new plate; these "
         "40, pulled out of Dublin pubs, keep their 1990s plates reading R-22 and their full original charge, not "
         "recovered: equipment relying on HCFCs, whose export from the Union is banned (Regulation 2024/590), from "
         "Dublin to Lagos for a bar-equipment trader; Irish English wording (R-22 equipment for export repeats in "
         "many sets and beer coolers in a few; python coolers from Irish pubs were found in no earlier row by a "
         "keyword search)", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AU", [], "DE", "442199",
         "Decorative painted eucalyptus bark panels, tourist craft, 6 pcs", "AU", 6, 6, 300, "AUD",
         "tourist-craft bark panels are thin, flat, freshly cut sheets painted in bright acrylic dots; these six "
         "are thick, curved stringybark sheets with split sticks lashed across the ends, painted in earth ochres "
         "with fine cross-hatching (rarrk), with old collection numbers and a mission stamp of the 1960s on the "
         "back: Yolŋu bark paintings from Arnhem Land, Australian protected objects that need an export permit "
         "(Protection of Movable Cultural Heritage Act 1986), exported without one and brought in against the "
         "UNESCO 1970 convention, flown from Darwin to Cologne for a dealer; Australian English wording (an old "
         "bark painting repeats once, in development set dev28-c; kept as a known repeat, a tourist-bark-craft "
         "label by air freight is the new part as far as a search found)", firm("Galerie Nordhafen GmbH", "DE")),
        ("CUL-02", "import", "PTAIR01", "air", "BR", [], "PT", "442199",
         "Santo de madeira entalhado, artesanato de Tiradentes, novo, 1 peça", "BR", 9, 1, 180, "BRL",
         "new Tiradentes carvings are pale cedar with crisp gouge marks and bright, fresh paint; this 70 cm "
         "Saint Francis of Paola has worm-eaten cedar, gesso, burnished gold leaf (estofado) under soot, glass "
         "eyes, a hollowed back and a church inventory number, and appears on the national heritage institute's "
         "list of objects stolen from Minas Gerais churches: an 18th-century baroque sculpture whose export Brazil "
         "forbids, brought in against the UNESCO 1970 convention, flown from Belo Horizonte to Lisbon for a "
         "dealer; Brazilian Portuguese wording (colonial saints repeat in a few sets under new-craft labels, a "
         "Chiquitano saint in blind81 and Tobatí saints in blind119 among them; a Tiradentes-craft label from "
         "Brazil was found in no earlier row by a keyword search)", firm("Galeria Atlântica Lda", "PT")),
        ("CUL-03", "import", "NLPOST01", "post", "ZA", [], "NL", "701890",
         "Handgemaakte glaskrale, Krobo-styl, herwinde glas, 2 kg", "ZA", 2, None, 600, "ZAR",
         "Krobo-style recycled-glass beads are large, matt, powder-glass beads in bright colours with a clean hole; "
         "these 2 kg are tiny, worn, drawn-glass beads in blue, green and yellow with soil in the holes, mixed with "
         "gold-foil beads and bone fragments, dug on farms near the Limpopo-Shashe confluence: Iron Age Mapungubwe "
         "trade beads, heritage objects whose export South Africa forbids without a heritage-agency permit, posted "
         "from Polokwane to a private collector in Leiden; Afrikaans wording (archaeological beads repeat in a few "
         "sets; Mapungubwe objects and a Krobo-bead label were found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("CUL-04", "import", "ESAIR01", "air", "EC", [], "ES", "970191",
         "Óleos sobre lienzo, copias nuevas de arte colonial quiteño, 3 piezas", "EC", 12, 3, 450, "USD",
         "new copies of colonial Quito paintings are bright canvases on new stretchers with fresh varnish; these "
         "three are relined, craquelured canvases with pentimenti, gilded carved frames, hand-forged tacks and a "
         "convent's inventory marks on the stretchers: 18th-century Quito School paintings (Escuela quiteña), "
         "cultural heritage whose export Ecuador forbids, brought in against the UNESCO 1970 convention (and, "
         "being over 200 years old, without the importer statement Regulation 2019/880 asks above its threshold), "
         "flown from Quito to Madrid for a dealer; Ecuadorian Spanish wording (colonial paintings repeat in a few "
         "sets, Cusco School ones among them; Quito School paintings were found in no earlier row by a keyword "
         "search)", firm("Galería Atlántica SL", "ES")),
        ("CUL-05", "export", "ITPOST01", "post", "IT", [], "CH", "830629",
         "Fermacarte in bronzo, souvenir sardo, 2 pezzi", "IT", 1.5, 2, 60, "EUR",
         "souvenir bronze paperweights from Sardinian gift shops are shiny, evenly cast copies of nuraghic figures "
         "with a felt base; these two are thin, elongated warriors with horned helmets, bows and shields, cast in "
         "one piece with a casting sprue under the feet, rough green-brown corrosion and earth in the crevices: "
         "nuraghic bronzetti (Iron Age), archaeological objects over 100 years old that need an export licence at "
         "any value (Regulation 116/2009) and belong to the Italian state, posted from Cagliari to a buyer in "
         "Lugano without one; Italian wording (nuraghic bronzes repeat once, blind95, as resin replicas, and a "
         "bronze-paperweight label once, blind47, on an Etruscan votive; kept as a known repeat, by post to "
         "Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-06", "import", "FRAIR01", "air", "TD", [], "FR", "691390",
         "Statuettes en terre cuite, artisanat de N'Djamena, neuves, 6 pièces", "TD", 14, 6, 120, "EUR",
         "new N'Djamena terracottas are evenly fired, light-red and smooth; these six are heavy, grey-brown heads "
         "and figures with pellet eyes, incised scarification and river-silt encrustation, broken at the neck and "
         "old on the break, from mounds along the Chari and Logone: Sao terracottas (10th-16th century), "
         "archaeological objects whose export Chad forbids, brought in without an import licence (Regulation "
         "2019/880), flown from N'Djamena to Paris for a dealer; Chadian French wording (Sao terracottas repeat "
         "once, blind51, from northern Cameroon; kept as a known repeat, from Chad itself is the new part as far "
         "as a search found)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-07", "export", "ESPOST01", "post", "ES", [], "US", "830629",
         "Figuras de bronce decorativas, reproducciones, 6 piezas", "ES", 1.2, 6, 90, "EUR",
         "decorative reproduction bronzes are shiny, cast with flat bases and a maker's mark; these six are small, "
         "flat, schematic standing figures with cloaks and raised hands, cast in open moulds, with a smooth green "
         "patina and soil in the folds, from a detectorist's finds at a sierra sanctuary in Jaén: Iberian votive "
         "bronzes (exvotos ibéricos, 4th-2nd century BC), archaeological objects over 100 years old that need an "
         "export licence at any value (Regulation 116/2009) and the Spanish export permit, posted from Linares to "
         "a buyer in Arizona without them; Spanish wording (Iberian antiquities repeat in a few sets; Iberian "
         "ex-votos were found once, in a development set, as colonial milagros; by post under a reproduction label "
         "is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "import", "ESAIR01", "air", "PE", [], "ES", "611019",
         "Chompas de alpaca tejidas a mano, 200 unidades", "PE", 100, 200, 4000, "USD",
         "a Peruvian craft air shipment for a Barcelona shop: alpaca jumpers and Chulucanas pottery are what such "
         "shops sell, but the third item's 'mantas tejidas antiguas, decorativas' are four brittle, faded "
         "tapestry-woven tunics and mantle fragments of camelid wool on cotton, with interlocking stepped frets, "
         "feathers sewn in and desert sand in the weave: pre-Columbian Wari and Nasca textiles, archaeological "
         "objects whose export Peru forbids, brought in without an import licence (Regulation 2019/880), hidden as "
         "the last item of a three-item declaration, flown from Lima; Peruvian Spanish wording (Wari and Nasca "
         "objects repeat in several sets, and a Chulucanas label once, blind76; behind alpaca jumpers to Barcelona is "
         "the new part as far as a search found)",
         dict(firm("Horizon Artesanía SL", "ES"),
              _more_items=[item("691390", "Cerámica de Chulucanas, nueva, 60 piezas", "PE", 90, 1800, "USD", qty=60),
                           item("630120", "Mantas tejidas antiguas, decorativas, 4 piezas", "PE", 3, 200, "USD", qty=4)])),
        ("CUL-09", "import", "FRPOST01", "post", "AM", [], "FR", "490199",
         "Տոնական աղոթագիրք, նոր տպագրություն, 2 հատ", "AM", 1.4, 2, 30, "USD",
         "new printed Armenian prayer books are bound, machine-printed paper volumes; these two are small, "
         "hand-written vellum codices in bolorgir script with painted headpieces, marginal birds and a 17th-"
         "century colophon naming a Vaspurakan scribe, in tooled leather over wooden boards: Armenian illuminated "
         "manuscripts over a century old whose export Armenia forbids without a permit, brought in against the "
         "UNESCO 1970 convention, posted from Yerevan to a private buyer in Marseille; Eastern Armenian wording "
         "(Armenian manuscript leaves repeat in several sets under print and card labels, and prayer-book labels on "
         "Ethiopian manuscripts in blind6, blind102 and blind103; whole Armenian codices under a new-prayer-book "
         "label are the new part as far as a search found)", person("M. T. Dubois", "FR")),
        ("CUL-10", "import", "DEAIR01", "express", "TR", [], "DE", "830629",
         "Bronz geyik ve boğa heykelcikleri, dekoratif, yeni, 3 adet", "TR", 2.4, 3, 75, "EUR",
         "new decorative bronze animals from Istanbul workshops are shiny, hollow and polished; these three are "
         "solid, green-crusted stag and bull figurines and a sun-disc standard with casting cores in the sockets "
         "and soil in the crevices: Early Bronze Age Anatolian (Alaca Höyük-type) standards, archaeological objects "
         "whose export Türkiye forbids, brought in without an import licence (Regulation 2019/880), sent by "
         "express from Ankara to a Munich dealer; Turkish wording (a Hittite-period stag standard repeats once, "
         "blind46, under the same kind of label; kept as a known repeat, by express to Munich is the new part)",
         firm("Orion Antiken GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "848120",
         "Hydraulik-Wegeventile für Traktoren, 40 Stück", "DE", 80, 40, 4000, "EUR",
         "tractor directional valves are cast-iron spool blocks with levers at about 100 EUR each; these 40 are "
         "2 kg flow-control servo valves with torque motors, titanium bodies, aerospace connectors and test "
         "sheets at 9,000 EUR each on the maker's list, for a Yerevan 'agricultural machinery' firm whose "
         "forwarder trucks to Meghri and on to Tabriz: servo valves for flight and thrust-vector control, dual-use "
         "and listed in the Iran regulation (267/2012), exported without a licence, flown from Munich; German "
         "wording (servo motors and hydraulic parts repeat in several sets; servo valves under a tractor-valve "
         "label were found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-02", "export", "LTAIR01", "air", "LT", [], "KZ", "853710",
         "Kalėdinių girliandų valdikliai, programuojami, 2 000 vnt.", "LT", 300, 2000, 6000, "EUR",
         "Christmas-light controllers are plastic boxes with a button and a small board at 3 EUR; these cartons "
         "hold no controller at all but 600 reels of multilayer ceramic capacitors and tantalum capacitors, "
         "sorted by value, worth 40 times the declared value, for an Almaty 'decorations' importer whose buyer is a "
         "Yekaterinburg electronics firm: capacitors (8532 24), on the common high-priority list whose export to "
         "Russia and re-export through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian "
         "wording (electronic components repeat in many sets; a Christmas-light-controller label and capacitor "
         "reels were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "import", "ITSEA01", "sea", "CN", [], "IT", "030772",
         "冷冻蛤蜊肉, 丹东产, 20 吨", "CN", 20000, None, 52000, "USD",
         "Dandong clam meat comes from licensed Liaoning farms with a health certificate and traceable lot codes; "
         "these cartons carry no farm code, their bags are printed in Korean under the Chinese overlabel and the "
         "shipper's fishing records name Sinuiju-area catch landed across the Yalu: North Korean seafood, whose "
         "import the UN sanctions (Resolution 2371) and Regulation 2017/1509 forbid, by sea from Dalian to Salerno "
         "for a Neapolitan seafood wholesaler; Chinese wording (DPRK seafood repeats in several sets, snow crab from "
         "Rason in blind11 and crabs in blind43 among them; kept as a known repeat, clams under a Dandong label are "
         "the new part as far as a search found)",
         firm("Meridian Ittica Srl", "IT")),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "LY", "250300",
         "Zolfo ventilato per vigneti, sacchi 25 kg, 800 sacchi", "IT", 20000, 800, 6000, "EUR",
         "vineyard dusting sulphur is a bright lemon-yellow, fluffy powder that smells faintly of matches; these "
         "sacks hold a denser, greenish-yellow, crystalline powder that reeks of rotten eggs when the air is damp "
         "and whose inner liners read 'P4S10': phosphorus pentasulphide, an Australia Group chemical-weapons "
         "precursor (dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Catania to "
         "Benghazi for a 'farm supplies' buyer; Italian wording (phosphorus pentasulphide repeats once, blind35, as a "
         "lubricant-additive raw material; a vineyard-sulphur label was found in no earlier row by a keyword "
         "search)", {"importer_country": "LY"}),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "KZ", "010129",
         "Schlachtpferde, lebend, 6 Stück", "DE", 3600, 6, 7200, "EUR",
         "horses for slaughter fly nowhere and are sold by the kilo; these six are Hanoverian and Trakehner "
         "warmbloods with breed passports, microchips and competition records, worth about 80,000 EUR each, "
         "flown in padded stalls to an Almaty stud whose transport order sends them on to a Moscow-region "
         "equestrian club: pure-bred horses, luxury goods whose sale for use in Russia Regulation 833/2014 "
         "(Annex XVIII) forbids, declared at meat value from Frankfurt; German wording (luxury goods to Russia "
         "through Central Asia repeat in many sets; horses under a slaughter label were found in no earlier row by "
         "a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "import", "ATAIR01", "air", "KG", [], "AT", "710813",
         "Тиш протездөө үчүн алтын эритмеси, 4 кг", "KG", 4, None, 40000, "USD",
         "dental gold alloys are pale-yellow casting grains of about 60-75 % gold with palladium and platinum, sold "
         "in 10 g packs; these 4 kg are 999.9 fine bars cut into rods, with the stamp of a Krasnoyarsk refinery "
         "filed off one face, at half the gold price: Russian gold, whose import into the Union Regulation "
         "833/2014 forbids, flown from Bishkek to Vienna; Kyrgyz wording (Russian gold through Central Asia "
         "repeats in several sets, and dental-alloy labels twice, on waste; a dental-gold-alloy label on Russian "
         "gold is the new part as far as a search found)", firm("Alpina Edelmetall GmbH", "AT")),
        ("STR-07", "export", "FRSEA01", "sea", "FR", [], "AE", "854511",
         "Électrodes en graphite UHP pour fours à arc, diamètre 600 mm, 40 pièces", "FR", 24000, 40, 96000, "EUR",
         "UHP graphite electrodes for arc furnaces are 2-2.7 m long, threaded at both ends, coarse-grained and "
         "sold at about 4 EUR/kg; these 40 are unthreaded, fine-grained isostatic blocks of 1.9 g/cm3 with an ash "
         "assay of a few ppm, worth ten times that, for a Jebel Ali 'steel-mill supplier' whose orders go on to "
         "Bandar Abbas: nuclear-grade and missile-grade graphite (dual-use 0C004, 1C107), listed in the Iran "
         "regulation, exported without a licence, from Le Havre; French wording (isostatic graphite repeats once, "
         "blind28, declared by name; an arc-furnace electrode label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-08", "export", "ITROAD01", "road", "IT", ["GR", "TR", "GE"], "AM", "841981",
         "Macchine per caffè espresso professionali, 2 gruppi, 24 unità", "IT", 1800, 24, 48000, "EUR",
         "an espresso-equipment lorry for a Yerevan coffee-chain supplier: machines and grinders are what Milan "
         "makers send, but the third item's 'manometri di ricambio per caldaie' are 120 capacitance pressure "
         "transducers with Inconel diaphragms, rated for corrosive gases, at 2,000 EUR each: pressure transducers "
         "controlled under dual-use 2B230 (uranium hexafluoride service) and listed in the Iran regulation, whose "
         "consignee's forwarder works for a Tehran trader, exported without a licence, hidden as the last item of a "
         "three-item declaration, on a lorry through Greece, Türkiye and Georgia; Italian wording (pressure "
         "transducers repeat in several sets; behind espresso machines as boiler gauges is the new part as far as "
         "a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("843880", "Macinacaffè professionali, 24 unità", "IT", 480, 9600, "EUR", qty=24),
                           item("902620", "Manometri di ricambio per caldaie di macchine da caffè, 120 pezzi", "IT", 60, 1200, "EUR", qty=120)])),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "GE", "903289",
         "Slimme aquariumcontrollers met wifi, 500 stuks", "NL", 250, 500, 10000, "EUR",
         "smart aquarium controllers are small plastic hubs with a thermometer socket and a phone app at about "
         "20 EUR; these 500 are rugged, DIN-rail industrial LTE routers with dual SIMs, GPS and VPN firmware, at "
         "400 EUR each, for a Tbilisi 'pet-shop' firm opened three months ago whose freight goes on by road over "
         "Upper Lars: network equipment (8517 62), on the common high-priority list whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, flown from Amsterdam; Dutch wording "
         "(routers repeat in several sets; an aquarium-controller label was found in no earlier row by a keyword "
         "search)", {"importer_country": "GE"}),
        ("STR-10", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "401213",
         "Lkw-Reifen, runderneuert, 12.00 R24, 40 Stück", "AT", 4400, 40, 6000, "EUR",
         "retreaded 12.00 R24 lorry tyres are heavy, deep-lugged and cheap; these 40 are new, smooth, chevron-"
         "ribbed tubeless tyres of 110 kg with a 32-ply rating and a speed rating of 235 mph, stamped with an "
         "aircraft maker's part number: main-wheel tyres for A320-family and Boeing 737 aircraft, whose sale for use "
         "in Russia Regulation 833/2014 (Annex XI) forbids, on a lorry from Linz through Hungary, Romania and "
         "Bulgaria to an Istanbul forwarder who supplies Russian airlines; Austrian German wording (aircraft tyres "
         "under lorry-tyre labels repeat in several sets; kept as a known repeat, a retread label by road to "
         "Türkiye is the new part as far as a search found)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "030559",
         "Anchoveta seca salada, cajas de 20 kg, 2 cajas", "PE", 40, 2, 400, "USD",
         "dried salted anchoveta are small, silver, straight fish of 10-15 cm packed flat; these two cartons hold "
         "curled, knobbly, horse-headed dried fish with a prehensile tail and bony rings, about 4,000 of them: "
         "seahorses (Hippocampus ingens, CITES App. II, whose export Peru has banned), without the export permit "
         "that specimens in transit through the Union must carry, landed at Madrid-Barajas in transit from Lima to "
         "Hong Kong at 10 USD/kg for a good worth hundreds; Peruvian Spanish wording (dried seahorses repeat in many "
         "sets under dried-shrimp and other seafood labels; an anchoveta label was found in no earlier row by a "
         "keyword search)", {"importer_country": "HK"}),
        ("WLF-02", "import", "FRAIR01", "express", "KH", [], "FR", "330129",
         "Huile essentielle de poivre de Kampot, 2 x 500 ml", "KH", 1.9, 2, 60, "USD",
         "Kampot-pepper essential oil is a thin, pale, peppery oil sold in 10 ml vials; these two half-litres are "
         "a thick, dark amber oil with a deep, leathery, woody-animal oud smell that lasts on a blotter for days, "
         "worth thousands of euros a litre: agarwood oil (Aquilaria crassna, CITES App. II) without CITES "
         "documents, sent by express from Phnom Penh to a Grasse perfumer; French wording from Cambodia (agarwood "
         "repeats in many sets and essential-oil labels in several, sandalwood oil among them; a Kampot-pepper-oil "
         "label was found in no earlier row by a keyword search)", firm("Rivage Parfums SARL", "FR")),
        ("WLF-03", "import", "NLAIR01", "air", "IR", [], "NL", "070310",
         "موسیر تازه کوهی، کیسه ۲۰ کیلویی، ۲۰ کیسه", "IR", 400, 20, 2000, "USD",
         "Persian shallot (musir) is a white, single-clove bulb with a papery skin that smells strongly of garlic "
         "when cut; these bags hold flat, corky, brown tubers with root hairs on the top and no smell at all, dug "
         "with their soil in the Alborz forests: wild Cyclamen coum and C. elegans tubers (CITES App. II) without "
         "CITES documents, flown from Tehran to Amsterdam for a bulb trader; Persian wording (wild cyclamen repeats "
         "in several sets under begonia and nursery labels; a musir label and wild cyclamen from Iran were found "
         "in no earlier row by a keyword search)", firm("Horizon Bloembollen BV", "NL")),
        ("WLF-04", "import", "FRAIR01", "air", "MG", [], "FR", "090510",
         "Gousses de vanille Bourbon, noires, 60 kg", "MG", 60, None, 18000, "EUR",
         "a vanilla air cargo from Antananarivo for a Paris spice importer: vanilla and raffia bags are what such "
         "shipments hold, but the third item's 'planchettes de manguier pour touches de guitare' are 300 heavy, "
         "oily, purple-black fingerboard blanks with a rose scent when sawn, not mango at all: Malagasy rosewood "
         "(Dalbergia spp., CITES App. II, under a Convention-wide trade suspension for Madagascar) sawn wood "
         "without CITES documents, hidden as the last item of a three-item declaration, flown to Paris; French "
         "wording from Madagascar (Malagasy rosewood repeats in many sets and fingerboard blanks in several, blind2 and "
         "blind10 among them; a mango-wood label behind vanilla is the new part as far as a search found)",
         dict(firm("Central Épices SARL", "FR"),
              _more_items=[item("460219", "Sacs en raphia tressé, 400 pièces", "MG", 160, 1600, "EUR", qty=400),
                           item("440799", "Planchettes de manguier pour touches de guitare, 300 pièces", "MG", 240, 600, "EUR", qty=300)])),
        ("WLF-05", "import", "PTAIR01", "air", "BR", [], "PT", "030559",
         "Filés de tilápia salgados e secos, caixas de 25 kg, 40 caixas", "BR", 1000, 40, 6000, "USD",
         "salted dried tilapia fillets are small, thin and grey-white with fine scales; these are thick, broad "
         "slabs of white meat up to a metre long with large, red-edged scales the size of a coin: pirarucu "
         "(Arapaima gigas, CITES App. II) from unmanaged Amazon catch, without the Brazilian export permit, flown "
         "from Manaus to Lisbon for a Portuguese-Brazilian grocer; Brazilian Portuguese wording (arapaima repeats "
         "in a few sets, once as 'Amazon cod' in blind11; kept as a known repeat, tilapia appears only on skins and "
         "frozen fish, and salted dried tilapia fillets were found in no earlier row by a keyword search)", firm("Delta Mercearia Brasil Lda", "PT")),
        ("WLF-06", "import", "DEAIR01", "air", "VN", [], "DE", "460212",
         "Quạt tre đan thủ công, 200 cái", "VN", 20, 200, 300, "USD",
         "hand-woven bamboo fans are light, flat, plaited splints on a handle; these 200 are dried lizards of "
         "30 cm, blue-grey with orange spots, split open and spread flat on two bamboo splints each, which "
         "is what makes them look like fans: Tokay geckos (Gekko gecko, CITES App. II) without CITES documents, "
         "for a Berlin traditional-medicine wholesaler, flown from Ho Chi Minh City; Vietnamese wording (dried "
         "Tokay geckos repeat in several sets; a bamboo-fan label was found in no earlier row by a keyword search)",
         firm("Orion Asia Heilkräuter GmbH", "DE")),
        ("WLF-07", "import", "DEAIR01", "air", "IN", [], "DE", "121190",
         "पुष्करमूल जड़ सूखी (Inula racemosa), कटी हुई, 200 किलो", "IN", 200, None, 1400, "USD",
         "pushkarmool (Inula racemosa) roots are light, grey-brown, camphor-scented slices; these are heavy, "
         "greasy, dark-brown root pieces with a strong, violet-like, musky smell and radial oil channels: costus "
         "root (Saussurea costus, kuth, CITES App. I) without CITES documents, flown from Delhi to Frankfurt for "
         "an Ayurveda wholesaler; Hindi wording (costus root repeats in several sets; a pushkarmool label was "
         "found in no earlier row by a keyword search)", firm("Alpina Ayurveda GmbH", "DE")),
        ("WLF-08", "import", "HUPOST01", "post", "CN", [], "HU", "291819",
         "熊去氧胆酸 (UDCA) 原料粉, 合成, 药用级, 2 x 100 克", "CN", 0.3, 2, 60, "USD",
         "synthetic ursodeoxycholic acid is a fine, white, odourless, crystalline pharmaceutical powder with a "
         "certificate of analysis; these two bags hold a yellow-brown, bitter, crusty powder with a rank smell "
         "and a farm's bile-crystal flakes in it: bear bile from Chinese bile farms (Ursus thibetanus, CITES "
         "App. I) without CITES documents, posted from Harbin to a private buyer in Budapest; Chinese wording "
         "(bear bile repeats in many sets; a synthetic-UDCA label was found in no earlier row by a keyword "
         "search)", person("Kovács Éva", "HU")),
        ("WLF-09", "import", "ITSEA01", "sea", "MY", [], "IT", "440929",
         "Acuan bingkai gambar kayu getah (rubberwood), 1 kontena", "MY", 18000, None, 27000, "USD",
         "rubberwood frame mouldings are pale cream to light tan, with latex-vessel flecks and a coarse feel; "
         "these are fine, even, straw-coloured mouldings with no flecks, a faintly unpleasant smell when planed "
         "and the ring pattern of a peat-swamp hardwood: ramin (Gonystylus spp., CITES App. II) without CITES "
         "documents, by sea from Port Klang to La Spezia for a picture-frame maker; Malay wording (ramin mouldings "
         "repeat in several sets under pine, jelutong and meranti labels; and a rubberwood label once, blind101, on "
         "furniture parts; kept as a known repeat, rubberwood mouldings from Malaysia to Italy are the new part)", firm("Alpina Cornici Srl", "IT")),
        ("WLF-10", "import", "ROROAD01", "road", "UA", [], "RO", "160431",
         "Ікра осетра сибірського, аквакультура, банки 100 г, 120 банок", "UA", 12, 120, 3600, "EUR",
         "farmed Siberian-sturgeon caviar carries the CITES universal label with source code C and a farm "
         "registration; these 120 tins hold large, pale-grey, soft eggs of beluga size, the labels' source code "
         "is printed over and the farm code belongs to a farm that raises no beluga: wild Danube beluga caviar "
         "(Huso huso, CITES App. II, wild export banned), without CITES documents, in a van at the Orlivka-Isaccea "
         "ferry for a Bucharest restaurant; Ukrainian wording (caviar repeats in many sets under farmed-caviar "
         "labels; kept as a known repeat, wild beluga from the Ukrainian Danube by road into Romania is the new "
         "part as far as a search found)", firm("Vega Delicatese SRL", "RO")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "air", "NO", "DK", "284700",
     "Hydrogen peroxide 35 %, food grade, 2 x 1 l, for a licensed private user (home hydroponics)", "NO", 2.3, 2,
     40, "EUR", [("PRECURSOR_LICENCE", "DK-RPOL-46-0142")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "US", "IT", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (nitro model-car racing)", "US", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "IT-BS-46-0057")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "700100",
     "CRT funnel and panel glass (19 12 11*), for recovery at a licensed lead-glass plant, 22 t", "CH", 22000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-SN-46-0318")], "notified CRT glass to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ITROAD01", "road", "CH", "IT", "262029",
     "Lead-acid battery paste (16 06 01* fraction), for a licensed secondary lead smelter, 24 t", "CH", 24000, None,
     0, "EUR", [("BASEL_CONSENT", "IT-LOM-46-0091")], "notified battery paste to a licensed lead smelter"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     250, 10, 9000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-46-011")], "reclaimed halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-46-024")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970510",
     "Iberian votive bronze (exvoto), 3rd century BC, documented Madrid collection since 1955, sold at auction", "ES",
     0.2, 1, 14000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-46-0218")],
     "archaeological object exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "AU", "DE", "970191",
     "Yolŋu bark painting, ochres on stringybark, Yirrkala, 1962, with an Australian export permit", "AU", 3, 1,
     42000, "AUD", [("CULTURAL_EXPORT_CERTIFICATE", "AU-OFA-46-0077")],
     "protected Australian object imported with the Australian export permit"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "BR", "848120",
     "Electro-hydraulic servo valves, aerospace, 20 units, for a Brazilian aircraft maker", "DE", 40, 20, 180000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-46-1162"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-46-0041")],
     "dual-use servo valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "281390",
     "Phosphorus pentasulphide, 20 t, for a Turkish lubricant-additive (ZDDP) maker", "IT", 20000, None, 44000,
     "EUR", [("EXPORT_LICENCE", "IT-MAECI-46-0388"), ("END_USER_CERTIFICATE", "TR-TSE-EUC-46-0102")],
     "Australia Group precursor under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "030559",
     "Pirarucu (Arapaima gigas), salted dried fillets from a managed community fishery (Mamirauá), 400 kg", "BR",
     400, None, 4800, "USD", [("CITES_PERMIT", "BR-IBAMA-46-0733")], "App. II arapaima from a managed fishery with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "MY", "IT", "440929",
     "Ramin (Gonystylus bancanus) picture-frame mouldings, from a certified concession, 12 m3", "MY", 8000, None,
     14000, "USD", [("CITES_PERMIT", "MY-MTIB-46-0219")], "App. II ramin mouldings with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mette Hansen", "PRM-02": "Federica Conti", "PRM-05": "Atlantic Avionique SARL",
    "PRM-08": "Galerie Nordhafen GmbH", "PRM-11": "Delta Mercearia Brasil Lda", "PRM-12": "Alpina Cornici Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises
    ("220110", "Bottled iceberg water, Greenland, 750 ml glass", "import", ["post"], ["GL"], (8, 15), (1, 4), ["DKK", "EUR"], 1, S),
    ("151590", "Jojoba oil, golden, cold-pressed, 250 ml", "import", ["express"], ["AR", "IL"], (30, 60), (1, 3), ["USD"], 4, S),
    ("330590", "Anti-frizz hair serum, silicone, 100 ml", "import", ["air"], ["CI", "NG"], (15, 30), (100, 500), ["EUR", "USD"], 10, S),
    ("330590", "Dry shampoo powder, rice starch, 100 g", "import", ["post"], ["IN"], (15, 30), (1, 3), ["USD", "EUR"], 10, S),
    ("330491", "Prickly heat powder, talc and menthol, 100 g tins", "import", ["air"], ["BD", "IN"], (2, 4), (200, 800), ["USD"], 10, S),
    ("170490", "White sugar pearls for decorating, 1 kg bags", "import", ["road"], ["CH"], (3, 6), (2000, 8000), ["CHF", "EUR"], 1, S),
    ("220890", "Mongolian milk vodka (shimiin arkhi), 0.5 l", "import", ["air"], ["MN"], (3, 6), (300, 900), ["USD"], 1.4, S),
    ("170250", "Crystalline fructose, 500 g", "import", ["post"], ["TR", "GB"], (6, 12), (1, 3), ["EUR", "GBP"], 2, S),
    ("110290", "Teff flour, white, 1 kg bags", "import", ["air"], ["ET"], (2, 4), (300, 900), ["USD"], 1, S),
    ("382499", "Slime activator, borax-free (saline solution), 250 ml", "import", ["post"], ["GB"], (8, 16), (1, 3), ["GBP"], 4, S),
    ("701890", "Tumbled glass garden mulch, new, coloured", "export", ["road"], ["RS", "BA"], (0.8, 1.5), (8000, 20000), ["EUR"], None, S),
    ("261510", "Zircon flour for ceramic glazes, 325 mesh", "import", ["sea"], ["ZA", "AU"], (1.5, 2.5), (18000, 24000), ["USD"], None, S),
    ("440141", "Dry sawmill sawdust for briquetting, bulk", "export", ["rail"], ["RS", "UA"], (0.03, 0.06), (30000, 45000), ["EUR"], None, S),
    ("250300", "Ventilated dusting sulphur for vineyards, 25 kg sacks", "export", ["sea"], ["LY", "TN"], (0.3, 0.5), (10000, 20000), ["EUR"], 0.04, S),
    ("440122", "Oak smoking and barbecue chips, kiln-dried", "export", ["sea"], ["TN", "MA"], (0.5, 1.0), (8000, 18000), ["EUR"], None, S),
    ("310260", "Calcium nitrate fertiliser, granular, 25 kg bags", "export", ["sea"], ["EG", "MA"], (0.3, 0.5), (18000, 26000), ["EUR"], 0.04, S),
    ("681099", "Concrete culvert pipes, new, 600 mm", "export", ["road"], ["BA", "RS"], (0.1, 0.2), (18000, 24000), ["EUR"], 0.001, S),
    ("841850", "Kulfi push-carts with R-290 freezer, new", "import", ["sea"], ["IN"], (2, 4), (2000, 6000), ["USD"], 0.006, S),
    ("382499", "Engine starting fluid, diethyl ether, 400 ml aerosols", "import", ["road"], ["MK", "TR"], (3, 5), (1000, 3000), ["EUR"], 2, S),
    ("940210", "Dental chair units, hydraulic, new", "import", ["air"], ["PK", "CN"], (10, 20), (400, 1500), ["USD"], 0.005, S),
    ("330430", "Acetone-free nail-polish remover, ethyl acetate, 125 ml", "import", ["road"], ["TR"], (3, 6), (2000, 6000), ["EUR"], 7, S),
    ("902780", "Gemmological refractometers, boxed", "import", ["express"], ["LK", "IN"], (150, 300), (1, 3), ["USD"], 2, S),
    ("280421", "Argon 4.6 for welding, 50 l cylinders", "import", ["sea"], ["TR", "UA"], (1.0, 1.6), (3000, 8000), ["EUR"], 0.012, S),
    ("381400", "Citrus label and adhesive remover, 250 ml", "import", ["express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 3, S),
    ("842410", "Hanging automatic dry-powder extinguishers, 6 kg", "import", ["sea"], ["CN"], (2, 4), (3000, 8000), ["USD"], 0.12, S),
    ("841869", "Under-counter beer-line coolers, new, R-290", "export", ["sea"], ["NG", "GH"], (8, 14), (2000, 6000), ["EUR"], 0.015, S),
    ("442199", "Painted eucalyptus bark panels, tourist craft", "import", ["air"], ["AU"], (20, 40), (50, 200), ["AUD"], 1, S),
    ("442199", "New carved wooden saints, Tiradentes craft", "import", ["air"], ["BR"], (15, 30), (100, 400), ["USD", "BRL"], 0.3, S),
    ("701890", "Krobo recycled-glass beads, handmade", "import", ["post"], ["GH"], (20, 40), (1, 3), ["USD"], 60, S),
    ("970191", "New oil copies of colonial Quito paintings", "import", ["air"], ["EC", "PE"], (30, 60), (50, 200), ["USD"], 0.2, S),
    ("830629", "Sardinian bronze souvenir paperweights, new", "export", ["post"], ["CH", "US"], (30, 60), (1, 3), ["EUR"], 2, S),
    ("691390", "New terracotta figurines, N'Djamena craft", "import", ["air"], ["TD", "CM"], (8, 15), (100, 400), ["EUR"], 1, S),
    ("830629", "Reproduction bronze figurines, decorative, new", "export", ["post"], ["US", "CA"], (40, 80), (1, 3), ["EUR"], 3, S),
    ("611019", "Hand-knitted alpaca jumpers", "import", ["air"], ["PE", "BO"], (40, 80), (100, 500), ["USD"], 2, S),
    ("490199", "New printed Armenian prayer books", "import", ["post"], ["AM"], (10, 20), (1, 3), ["USD"], 2, S),
    ("830629", "New decorative brass animal figurines", "import", ["express"], ["TR", "IN"], (20, 40), (1, 3), ["EUR", "USD"], 1, S),
    ("848120", "Hydraulic directional valves for tractors, new", "export", ["air"], ["AM", "GE"], (30, 60), (50, 300), ["EUR"], 0.5, S),
    ("853710", "Programmable Christmas-light controllers", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 6, S),
    ("854511", "UHP graphite electrodes for arc furnaces, 600 mm", "export", ["sea"], ["AE", "TR"], (3, 5), (18000, 24000), ["EUR"], 0.0015, S),
    ("841981", "Professional espresso machines, 2 groups", "export", ["road"], ["AM", "GE", "RS"], (20, 35), (1000, 3000), ["EUR"], 0.013, S),
    ("903289", "Smart aquarium controllers, wifi, boxed", "import", ["express"], ["CN"], (40, 80), (1, 3), ["USD"], 3, S),
    ("401213", "Retreaded lorry tyres, 12.00 R24", "export", ["road"], ["TR", "RS"], (1.2, 2.0), (3000, 8000), ["EUR"], 0.01, S),
    ("330129", "Kampot pepper essential oil, 10 ml vials", "import", ["express"], ["KH"], (100, 200), (1, 2), ["USD"], 50, S),
    ("460212", "Hand-woven bamboo fans", "import", ["sea"], ["VN"], (3, 6), (1000, 4000), ["USD"], 10, S),
    ("121190", "Pushkarmool (Inula racemosa) roots, dried, cut", "import", ["air"], ["IN"], (4, 8), (100, 400), ["USD"], None, S),
    ("440929", "Rubberwood picture-frame mouldings", "import", ["sea"], ["MY", "TH"], (1.2, 2), (8000, 18000), ["USD"], None, S),
    ("090510", "Bourbon vanilla pods, black", "import", ["air"], ["MG"], (200, 350), (20, 100), ["EUR", "USD"], None, S),
    ("710813", "Dental casting alloy, gold-palladium, 10 g packs", "import", ["air"], ["CH", "US"], (20000, 40000), (1, 5), ["USD", "CHF"], 100, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("482369", "Paper party cups, printed", "import", ["road"], ["TR", "RS"], (2, 4), (2000, 6000), ["EUR"], 100, N),
        ("392490", "Silicone baking mats", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 6, N),
        ("401490", "Rubber hot-water bottles with knitted covers", "import", ["post", "express"], ["GB", "CN"], (10, 20), (1, 3), ["GBP", "USD"], 1.5, N),
        ("450490", "Cork notice boards, framed", "import", ["sea"], ["MA", "CN"], (3, 6), (2000, 6000), ["EUR", "USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind124", 20461101, HERE)


if __name__ == "__main__":
    main()
