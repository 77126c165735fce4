#!/usr/bin/env python3
"""Writes the hundred-and-thirty-seventh blind set (tests/risk/data/blind137-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2049, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with most of its disguised rows' routes, traders, languages or covers in Central Asia, the
Caucasus and Mongolia.
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
would. Ids are BL137-*:

    python3 tests/risk/data/make_blind137_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2049, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2049
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "KG", [], "DE", "220110",
         "Жалал-Абад минералдык суусу, дарылык, 1 литр, 6 бөтөлкө", "KG", 7.1, 6, 1200, "KGS",
         "Jalal-Abad spa water is a salty, slightly sulphurous, naturally sparkling mineral water of 1.00 kg/l "
         "bottled in crown-capped glass; these six PET bottles do not hiss when opened, taste of nothing, weigh "
         "1.13 kg/l, have vented caps, whiten the skin and froth on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Jalal-Abad to a private person in Bielefeld; Kyrgyz wording (hydrogen "
         "peroxide repeats in many sets and mineral-water covers in several, Borjomi in blind127 and Jermuk in "
         "blind114 and blind119; a Kyrgyz spa-water label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("PRE-02", "import", "FRAIR01", "express", "AM", [], "FR", "220890",
         "Թթի օղի, տնական, 60 աստիճան, 4 շիշ x 1 լ", "AM", 4.9, 4, 24000, "AMD",
         "Armenian mulberry vodka (t'ti oghi) is a water-clear, fiercely strong fruit spirit of about 0.92 kg/l that "
         "smells of ripe mulberries; these four bottles hold a liquid of 1.14 kg/l that smells faintly fruity-"
         "chemical, not of fruit or alcohol, forms oily drops in water and has PTFE-lined caps: nitromethane "
         "(Annex I above 16 %), sent by express from Yerevan to a private person in Marseille, although flammable "
         "liquids travel by express only as declared dangerous goods; Armenian wording (nitromethane repeats in "
         "many sets and spirits covers in several, Mongolian milk vodka in blind128 among them; a mulberry-vodka "
         "label was found in no earlier row by a keyword search)", person("Mme A. Petrossian", "FR")),
        ("PRE-03", "import", "ATPOST01", "post", "AZ", [], "AT", "270900",
         "Naftalan müalicəvi nefti, vanna və kompres üçün, 4 x 1 litr", "AZ", 7.4, 4, 60, "AZN",
         "Naftalan is the thick, dark-brown, tarry 'healing oil' of the Ganja spa, 0.95 kg/l, smelling of crude oil "
         "and floating on water; these four dark bottles hold an oily, odourless, near-black liquid of 1.83 kg/l "
         "(technical acid darkened by organic matter) that sinks, grows hot with a drop of water and chars the "
         "newspaper it is wrapped in: about 96 % sulphuric acid (Annex I above 15 %), posted from Ganja to a "
         "private person in Graz; Azerbaijani wording (sulphuric acid repeats in many sets and syrup and oil covers "
         "in several; a Naftalan label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-04", "import", "CZAIR01", "express", "MN", [], "CZ", "210120",
         "Сүүтэй цайны нунтаг, шуурхай, давстай, 1 кг, 3 уут", "MN", 3.1, 3, 45000, "MNT",
         "instant Mongolian milk-tea powder (süütei tsai) is a creamy, salty, milk-scented powder that turns brown "
         "and milky in hot water; these three bags hold a heavy, glossy, odourless white crystal powder that does not "
         "dissolve into tea, tastes of nothing and burns fiercely with a pinch of sugar, and the inner liners read "
         "'KClO4': potassium perchlorate (Annex I above 40 %), sent by express from Ulaanbaatar to a private person "
         "in Prague; Mongolian wording (potassium perchlorate repeats in many sets and from Mongolia to a private "
         "person in Czechia once, milk vodka in blind128; a milk-tea label was found in no earlier row by a keyword "
         "search)", person("Bat-Erdene Ganbold", "CZ")),
        ("PRE-05", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "340600",
         "ფუტკრის ცვილის საეკლესიო სანთლები, ხელნაკეთი, 40 ყუთი", "GE", 400, 40, 1200, "EUR",
         "Georgian beeswax church candles are thin, honey-smelling, tapered tapers that bend in a warm hand; in ten "
         "of these 40 boxes sit heavy, yellow, 400 g cylinders with a central well and no wick, that smell of "
         "nothing like wax, do not bend and are stamped with a booster maker's lot code under the paper: pentolite "
         "cast boosters, explosives whose transfer into the Union needs a transfer authorisation (Directive "
         "2014/28), of the kind ATM-blasting gangs use, in a Georgian van at Kapitan Andreevo for a Sofia "
         "'church-supplies' shop; Georgian wording (cast boosters repeat in several sets; a church-candle label was "
         "found in no earlier row by a keyword search)", firm("Orion Tsarkovni Potrebi EOOD", "BG")),
        ("PRE-06", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "310210",
         "Karbamid (mochevina) 46 % N, donador, Navoiazot, 25 kg qoplar, 2 400 qop", "UZ", 60000, 2400, 18000,
         "USD",
         "prilled urea is a white, almost odourless granule that feels soapy and dissolves without cooling much; "
         "these sacks hold prills that turn the water ice-cold, test at 34.4 % N with no amide nitrogen and melt "
         "and fume on a hot plate, for a Rēzekne farm-and-garden chain that repacks them into 5 kg bags for the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by rail "
         "from Navoi through Kazakhstan and Russia to Rēzekne; Uzbek wording (ammonium nitrate repeats in many sets "
         "and urea labels in several; kept as a repeat, a Navoiazot label on an Uzbek rail consignment to Latvia is "
         "the new part as far as a search found)", firm("Vega Dārzs SIA", "LV")),
        ("PRE-07", "import", "GRPOST01", "post", "GE", [], "GR", "381090",
         "ოქრომჭედლის გასაწმენდი ხსნარი (ლიმონმჟავა), 2 x 1 ლ", "GE", 2.9, 2, 40, "GEL",
         "a goldsmith's citric-acid pickle is a clear, mildly sour liquid of about 1.05 kg/l that does nothing to a "
         "copper coin; these two bottles hold a slightly yellow liquid of 1.40 kg/l that fumes brown when opened, "
         "stains the skin yellow and dissolves a copper coin with brown gas: about 65 % nitric acid (Annex I above "
         "3 %), posted from Tbilisi to a private person in Thessaloniki who does gold refining at home; Georgian "
         "wording (nitric acid repeats in many sets and pickling labels in several; kept as a repeat, by post from "
         "Georgia to Greece is the new part as far as a search found)", person("K. Georgiou", "GR")),
        ("PRE-08", "import", "LVAIR01", "air", "UZ", [], "LV", "080620",
         "Kishmish, sariq, Samarqand, 10 kg qutilar, 60 quti", "UZ", 600, 60, 1800, "USD",
         "a dried-fruit air shipment for a Riga Central-Asian grocery that sells to the public: Samarkand raisins "
         "and dried apricots are what such shops sell, but the third item's 'navvot' is 600 bags of clear, "
         "tasteless, colourless cubic crystals, not the amber, sweet, string-grown crystal sugar that navat is, that "
         "draw damp and flare yellow on a gas ring: sodium chlorate (Annex I above 40 %) retail-packed for members "
         "of the public, hidden as the last item of a three-item declaration flown from Tashkent; Uzbek wording "
         "(sodium chlorate repeats in many sets and crystal-sugar covers in a few, rock sugar in blind112; a navat "
         "label was found in no earlier row by a keyword search)",
         dict(firm("Orion Austrumu Garšas SIA", "LV"),
              _more_items=[item("081310", "O'rik qoqi (turshak), 10 kg qutilar, 40 quti", "UZ", 400, 1600, "USD", qty=40),
                           item("170199", "Navvot, sariq, 1 kg paket, 600 paket", "UZ", 600, 900, "USD", qty=600)])),
        ("PRE-09", "import", "DEAIR01", "express", "KZ", [], "DE", "283640",
         "لەغمەن ئۈچۈن ئىشقار (تاش ئىشقار)، 1 كىلوگرام، 4 خالتا", "KZ", 4.2, 4, 9000, "KZT",
         "laghman alkali (ishqar) is the grey-brown, lumpy potassium and sodium carbonate that makes hand-pulled "
         "noodles springy; it is soapy and bitter and fizzes with vinegar; these four bags hold shiny, white, "
         "tasteless crystals that do not fizz with vinegar, spit violet sparks on a hot iron and carry CAS 3811-04-9 "
         "on the inner bags: potassium chlorate (Annex I above 40 %), sent by express from Almaty to a private "
         "person in Hanover; Uyghur wording from Kazakhstan (potassium chlorate repeats in many sets and a "
         "potassium-carbonate label once, in blind80; an ishqar label was found in no earlier row by a keyword "
         "search)", person("Herr K. Becker", "DE")),
        ("PRE-10", "import", "HUPOST01", "post", "MN", [], "HU", "283620",
         "Хужир, байгалийн сод, цайнд болон угаалгад, 1 кг, 3 уут", "MN", 3.1, 3, 30000, "MNT",
         "khujir is the grey, earthy natural soda scraped from Gobi salt-lake shores, put in tea and washing water; "
         "it tastes soapy and fizzes with vinegar; these three bags hold white, glossy, deliquescent crystals that "
         "do not fizz, taste of nothing, draw damp in the open bag and burn brightly with sugar, and the re-used "
         "liners read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from Ulaanbaatar to a private "
         "person in Budapest; Mongolian wording (sodium perchlorate repeats in many sets and a natron label once, "
         "on ammonium nitrate in blind106; a khujir label was found in no earlier row by a keyword search)",
         person("Nagy Ágnes", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE", "AZ", "KZ"], "KG", "901890",
         "Aneroidní tlakoměry a lékařské přístroje, použité, k renovaci, 1 200 ks", "CZ", 3600, 1200, 2400, "EUR",
         "used aneroid blood-pressure monitors are light dial gauges with a cuff; these 1,200 are column "
         "sphygmomanometers and clinical thermometers with silver columns, many broken, with mercury beads in the "
         "box bottoms and a vapour meter reading far over the limit, from Czech hospitals' phase-out stores, for a "
         "'medical refurbisher' at Khaidarkan, the Kyrgyz mercury works: mercury-containing waste (16 02 13*, "
         "18 01 10* among it), hazardous waste whose export to a non-OECD country is banned and whose mercury the "
         "Mercury Regulation (2017/852) forbids to export, by lorry over the Caspian; Czech wording (mercury waste "
         "repeats in many sets and mercury sphygmomanometers in blind84 and blind87, kept as a repeat; an aneroid "
         "label and the Khaidarkan destination were found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("WST-02", "import", "BGSEA01", "sea", "GE", [], "BG", "260300",
         "Պղնձի խտանյութ, ֆլոտացիոն, Cu 22 %, մեծ պարկեր, 25 տ", "AM", 25000, None, 9000, "USD",
         "Armenian flotation copper concentrate is a damp, greenish-grey, sandy powder of about 22 % Cu with a "
         "mine's assay; these bags hold a dry, fine, grey-black dust that flies at a touch, smells of garlic when "
         "wetted and assays 9 % copper, 12 % arsenic and lead, from the bag filters of the Alaverdi smelter: "
         "copper-smelter flue dust (10 06 03*), hazardous waste imported without the notification and consent "
         "that waste from a non-OECD country needs, by sea from Poti to Burgas for a 'concentrate trader'; "
         "Armenian wording (flue dust under copper-concentrate labels repeats in several sets, by road from Türkiye "
         "to Bulgaria in blind74; kept as a repeat, the Alaverdi source by sea from Poti is the new part as far as "
         "a search found)", firm("Vega Non-Ferrous EOOD", "BG")),
        ("WST-03", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR", "GE", "AZ", "KZ", "UZ"], "TJ", "902214",
         "Hilfsgüter: gebrauchte Röntgen- und Ultraschallgeräte, funktionsfähig, Spende, 14 t", "AT", 14000, 60, 6000,
         "EUR",
         "donated hospital equipment is cleaned, tested, listed unit by unit and comes with manuals; these 60 units "
         "are smashed X-ray consoles, oil-weeping tube heads, lead-lined panels torn out of a radiology wing and "
         "CRT monitors, with no list and no working power supply, from a Styrian hospital clear-out, for a "
         "Khujand 'charity': waste electrical equipment with hazardous components (16 02 13*, 16 02 15*), "
         "hazardous waste whose export to a non-OECD country is banned, by lorry over the Caspian; Austrian German "
         "wording (humanitarian e-waste covers repeat in several sets and decommissioned X-ray units as donations in "
         "blind5 and blind23; kept as a repeat, to Tajikistan over the Caspian is the new part as far as a search "
         "found)", {"importer_country": "TJ"}),
        ("WST-04", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "380891",
         "Insektycyd malation ULV 96 %, nowy, do zwalczania szarańczy, 400 beczek", "PL", 80000, 400, 8000, "EUR",
         "new ULV malathion for locust campaigns comes in sealed, dated drums with a maker's batch certificate; "
         "these 400 drums are rusty, dented and relabelled, hold caked powders and separated liquids that smell of "
         "mercaptan, and the labels underneath name DDT, lindane and organomercury seed dressings of the 1970s, "
         "dug out of a Podkarpackie pesticide store: obsolete pesticides (02 01 08*), hazardous waste whose export "
         "to a non-OECD country is banned (and POPs whose shipment for anything but destruction is forbidden), by "
         "rail to a Shymkent 'locust-control' contractor; Polish wording (obsolete pesticides repeat in many sets; a "
         "locust-control label to Kazakhstan is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("WST-05", "import", "ROSEA01", "sea", "KZ", ["AZ", "GE"], "AT", "282530",
         "Пентоксид ванадия, концентрат технический, биг-бэги, 40 т", "KZ", 40000, None, 36000, "USD",
         "technical vanadium pentoxide is orange-brown flake or powder of 98 % V2O5 with a certificate; these bags "
         "hold grey-yellow, rings and broken extrudates of a silica carrier, 6 % V2O5, crusted with sulphate and "
         "smelling of sulphur dioxide, from the converters of a Kazakh sulphuric-acid plant: spent vanadium "
         "catalyst (16 08 02*), hazardous waste imported without the notification and consent that waste from a "
         "non-OECD country needs, over the Caspian, Georgia and Constanța for an Austrian vanadium recoverer; "
         "Russian wording from Kazakhstan (spent sulphuric-acid catalyst repeats once, in blind99 under a "
         "support-ball label, and a vanadium-concentrate label once, on oil fly ash in blind59; a pentoxide label and "
         "the trans-Caspian route into Constanța are the new part as far as a search found)", firm("Alpina Metallrückgewinnung GmbH", "AT")),
        ("WST-06", "import", "PLRAIL01", "rail", "KG", ["KZ", "RU", "BY"], "PL", "380210",
         "Уголь активированный, регенерированный, для водоочистки, мешки, 20 т", "KG", 20000, None, 12000, "USD",
         "regenerated activated carbon for water treatment is clean, black, hard, uniform granules; these bags hold "
         "wet, broken fines and sludge that smell of almonds, read free cyanide and assay gold and mercury, from the "
         "carbon-in-pulp circuit of a Tien Shan gold mine: spent carbon fines with cyanide (01 03 04* and 06 13 02* "
         "among them), hazardous waste imported without the notification and consent that waste from a non-OECD "
         "country needs, by rail to Małaszewicze for a Polish precious-metal recoverer; Russian wording from "
         "Kyrgyzstan (activated-carbon labels repeat in several sets; gold-mine carbon fines from Kyrgyzstan by rail "
         "are the new part as far as a search found)", firm("Horyzont Metale Sp. z o.o.", "PL")),
        ("WST-07", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "720241",
         "Феррохром высокоуглеродистый, фракция 10-100 мм, 400 т", "KZ", 400000, None, 480000, "USD",
         "a ferroalloy train for Riga: high-carbon ferrochrome and lumpy chrome ore are what Aktobe and Aksu "
         "ship, but the third item's 'chrome ore fines, second grade' are 300 bags of a fine, brown-green, "
         "dusty powder that reads hexavalent chromium, zinc and lead, from the bag filters of a ferroalloy "
         "furnace, not ore at all: ferroalloy smelter filter dust (10 02 07* or its like), hazardous waste "
         "imported without the notification and consent that waste from a non-OECD country needs, hidden as the "
         "last item of a three-item declaration; Russian wording from Kazakhstan (filter dusts repeat in many "
         "sets; behind Kazakh ferrochrome under a chrome-ore label is the new part as far as a search found)",
         dict(firm("Nordhafen Metals SIA", "LV"),
              _more_items=[item("261000", "Руда хромовая кусковая, Cr2O3 40 %, 800 т", "KZ", 800000, 200000, "USD"),
                           item("261000", "Руда хромовая, мелочь, второй сорт, 300 биг-бэгов", "KZ", 300000, 15000, "USD")])),
        ("WST-08", "export", "ITSEA01", "sea", "IT", ["GE"], "AM", "271019",
         "Olio diatermico minerale, nuovo, per caldaie di serre, fusti 200 l, 80 fusti", "IT", 14000, 80, 4200, "EUR",
         "new heat-transfer oil is a clear, amber mineral oil in sealed maker's drums with a data sheet; these 80 "
         "mismatched drums hold a dark, sweet-smelling oil that is heavier than water, does not burn and reads "
         "polychlorinated biphenyls far above 50 ppm, drained from old transformers and capacitors of a Lombard "
         "utility: PCB-containing oil (13 03 01*), hazardous waste whose export to a non-OECD country is banned, by "
         "sea from Genoa through Poti for an Ararat-valley greenhouse; Italian wording (PCB oil repeats in many sets "
         "and a thermal-oil label once, in blind122; kept as a repeat, to Armenian greenhouses is the new part as "
         "far as a search found)", {"importer_country": "AM"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "GE", "251320",
         "Λειαντικό γρανάτη 80 mesh, καινούργιο, σάκοι 25 kg, 20 t", "GR", 20000, 800, 2400, "EUR",
         "new garnet abrasive is clean, red-brown, angular sand of one grain size in printed sacks; these sacks hold "
         "grey-black, dusty, mixed grit with flakes of red and black antifouling paint that reads tributyltin and "
         "copper, swept up from dry docks at Perama: spent blasting grit with TBT paint (12 01 16*), hazardous waste "
         "whose export to a non-OECD country is banned, from Piraeus to Batumi for a 'shipyard'; Greek wording "
         "(spent shipyard grit under garnet labels repeats in many sets, from Greece to Egypt in blind42; kept as a "
         "repeat, to Georgia under a new-abrasive label is the new part as far as a search found)", {"importer_country": "GE"}),
        ("WST-10", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU"], "MN", "630900",
         "Гэр бүлийн нүүлгэлтийн эд зүйлс: хувцас, 40 шуудай", "CZ", 1200, 40, 400, "EUR",
         "a returning Mongolian family's removal container from Prague: used clothes and furniture are what such "
         "containers carry, but the third item's 'зурагт, ажилладаг' are 140 CRT televisions and monitors, many "
         "with cracked tubes, and 20 fridges with their compressors, gathered from Czech bulky-waste yards for a "
         "Ulaanbaatar repair market: waste electrical equipment (16 02 13*, 16 02 11*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, by rail "
         "from Prague; Mongolian wording (CRT e-waste and removal-goods covers repeat in many sets; kept as a repeat, removal goods to Mongolia by rail are "
         "the new part as far as a search found)",
         dict({"importer_country": "MN"},
              _more_items=[item("940360", "Модон тавилга, хэрэглэсэн, 30 ширхэг", "CZ", 900, 300, "EUR", qty=30),
                           item("852872", "Зурагт, ажилладаг, хэрэглэсэн, 160 ширхэг", "CZ", 3800, 800, "EUR", qty=160)])),
    ],
    "ozone": [
        ("OZN-01", "import", "ROSEA01", "sea", "UZ", ["KZ", "AZ", "GE"], "RO", "841510",
         "Split konditsionerlar, inverter, R-32, 12 000 BTU, 400 dona", "UZ", 14000, 400, 56000, "USD",
         "R-32 inverter splits weigh about 35 kg a set and carry an A2L flame mark, an R-32 rating plate and a "
         "GWP on the label; these 400 sets from a Tashkent assembler are fixed-speed units whose compressor plates "
         "under the new stickers read 'R22 / 0.95 kg' and whose service ports give chlorodifluoromethane: "
         "equipment containing HCFCs, whose import into the Union is banned (Regulation 2024/590), over the "
         "Caspian and the Black Sea to Constanța for a Bucharest installer; Uzbek wording (R-22 equipment under HFC "
         "labels repeats in many sets; Uzbek-assembled air conditioners by the trans-Caspian route are the new part "
         "as far as a search found)", firm("Delta Climatizare SRL", "RO")),
        ("OZN-02", "import", "BGROAD01", "road", "UZ", ["TM", "IR", "TR"], "BG", "281121",
         "Oziq-ovqat uchun karbonat angidrid (CO2), quritilgan meva saqlash uchun, 40 ballon", "UZ", 1600, 40, 2000,
         "USD",
         "food-grade CO2 for controlled-atmosphere storage travels in black or grey high-pressure cylinders of "
         "about 57 bar; these 40 cylinders read 1.9 bar at 20 °C, their liquid weighs 1.73 kg/l and a gas detector "
         "gives bromomethane: methyl bromide, a controlled ozone-depleting substance whose import is banned "
         "outside licensed uses, on an Uzbek TIR lorry through Turkmenistan, Iran and Türkiye for a Plovdiv "
         "dried-fruit packer; Uzbek wording (methyl bromide repeats in many sets and CO2 labels in a few; an Uzbek "
         "lorry by the Iran route was found in no earlier row by a keyword search)",
         firm("Vega Susheni Plodove EOOD", "BG")),
        ("OZN-03", "import", "DEAIR01", "express", "MN", [], "DE", "381400",
         "Ноолуурын толбо арилгагч, мэргэжлийн, 6 x 1 л", "MN", 9.6, 6, 240000, "MNT",
         "cashmere spot removers sold to cashmere-care shops are mild, water-based enzyme or citrus liquids of about "
         "1.0 kg/l; these six litres weigh 1.59 kg/l, smell sweet like chloroform, do not burn and evaporate from "
         "the hand in seconds, and the drum-filler's labels read 'CCl4': carbon tetrachloride, whose import into "
         "the Union is banned outside licensed uses, sent by express from a Ulaanbaatar cashmere factory shop to a "
         "Munich cashmere boutique's repair room; Mongolian wording (carbon tetrachloride repeats in many sets and "
         "spot-remover labels in several; a cashmere spot-remover label was found in no earlier row by a keyword "
         "search)", firm("Rivage Kaschmir GmbH", "DE")),
        ("OZN-04", "import", "DEAIR01", "air", "AZ", [], "DE", "340290",
         "Xalça təmizləmə həlledicisi, restavrasiya üçün, 20 x 5 litr", "AZ", 124, 20, 1800, "USD",
         "rug restorers' solvents are hydrocarbon or citrus blends of about 0.8 kg/l that burn; these twenty "
         "canisters hold a liquid of 1.24 kg/l that boils at 32 °C in a warm hand, does not burn and smells of "
         "ether, and a leak detector reads 1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union is "
         "banned, flown from Baku to Hamburg for a carpet-restoration workshop; Azerbaijani wording (HCFC-141b "
         "repeats in many sets; a carpet-cleaning label was found in no earlier row by a keyword search)",
         firm("Horizon Teppichrestaurierung GmbH", "DE")),
        ("OZN-05", "transit", "LVRAIL01", "rail", "KZ", ["RU", "LV"], "GH", "382764",
         "Хладагент R-407C, баллоны 11,3 кг, 1 200 шт., транзит через Ригу", "KZ", 13600, 1200, 9000, "USD",
         "R-407C cylinders read about 8 bar at 20 °C and carry its blend composition and an F-gas label; these "
         "1,200 brown cylinders read 8.1 bar but the gas leaves no temperature glide and a leak detector gives "
         "chlorodifluoromethane, and the valve collars of a Russian filler are stamped 'Хладон-22': HCFC-22, a "
         "controlled substance moved through the Union without the licence Regulation 2024/590 requires, in rail "
         "transit from Kazakhstan to Riga port for a ship to Tema; Russian wording from Kazakhstan (HCFC-22 under "
         "HFC names repeats in many sets and R-407C labels in several; a Kazakh rail transit through Riga to West "
         "Africa was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("OZN-06", "import", "GRROAD01", "road", "GE", ["TR"], "GR", "281121",
         "ნახშირორჟანგი ლაღიძის წყლის სიფონებისთვის, ბალონი 10 ლ, 60 ცალი", "GE", 900, 60, 1800, "GEL",
         "CO2 cylinders for a Lagidze soda fountain are heavy, high-pressure steel bottles of about 57 bar at room "
         "temperature; these 60 light cylinders, repainted black over a pink or brown base, read 12 bar, carry an "
         "inner tank of a disposable pattern and a gas detector gives an R-404A/R-410A mix: hydrofluorocarbons "
         "outside the Union quota system in disposable containers, whose placing on the market Regulation "
         "2024/573 forbids, in a Georgian parcel minibus at Kipoi for Georgian cafés in Athens; Georgian wording "
         "(HFCs in CO2 and welding-gas cylinders repeat in several sets; a Lagidze-water label was found in no "
         "earlier row by a keyword search)", firm("Orion Kafeteries AE", "GR")),
        ("OZN-07", "import", "FRAIR01", "air", "AM", [], "FR", "281290",
         "Ծծմբի հեքսաֆտորիդ (SF6), վերականգնված, բալոններ 50 լ, 12 հատ", "AM", 720, 12, 6000, "USD",
         "recovered SF6 is a dense gas of about 21 bar at 20 °C in grey switchgear cylinders with a purity "
         "certificate; these twelve red cylinders read 14 bar, carry Soviet stencils under the paint and a gas "
         "detector gives bromotrifluoromethane, drawn from the fire-suppression banks of a decommissioned Armenian "
         "power-plant hall: halon 1301, whose import into the Union is banned outside licensed critical uses, "
         "flown from Yerevan to Lyon for a 'switchgear service' firm; Armenian wording (halon 1301 repeats in many "
         "sets and an SF6 label once, on methyl bromide in blind114; halon from Armenia under an SF6 label is the "
         "new part as far as a search found)", firm("Atlantic Appareillage SARL", "FR")),
        ("OZN-08", "export", "LVRAIL01", "rail", "LV", ["RU"], "KZ", "860691",
         "Izotermiskie vagoni, lietoti, bez saldēšanas iekārtas, 12 gab.", "LV", 360000, 12, 240000, "EUR",
         "used insulated wagons without refrigeration are bare boxes with foam walls and no machinery; these twelve "
         "are five-car refrigerated sections with their diesel-electric units and compressors in place, charged "
         "with about 40 kg each of a gas that a leak detector reads as CFC-12 and HCFC-22: products and equipment "
         "containing CFCs and HCFCs, whose export from the Union Regulation 2024/590 forbids, by rail from "
         "Daugavpils to an Almaty fruit forwarder; Latvian wording (R-22 equipment for export repeats in several "
         "sets; refrigerated rail sections to Kazakhstan were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("OZN-09", "import", "DEPOST01", "post", "KG", [], "DE", "271113",
         "Газ для ремонта холодильников R-600a (изобутан), баллоны 420 г, 6 шт.", "KG", 3.4, 6, 3000, "KGS",
         "R-600a repair cans hold about 420 g of a light liquid at 2 bar that burns at the valve; these six cans "
         "are full at 420 g but read 4.7 bar, do not burn from a lighter held at the valve and a leak detector "
         "gives dichlorodifluoromethane: CFC-12, whose import into the Union is banned, posted from Bishkek to a "
         "private person in Cloppenburg repairing an old Soviet-made freezer; Russian wording from Kyrgyzstan "
         "(CFC-12 repeats in many sets and R-600a labels in several; by post from Kyrgyzstan is the new part as far "
         "as a search found)", person("Herr A. Reimer", "DE")),
        ("OZN-10", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "841869",
         "Absorptionskältemaschinen, Lithiumbromid/Wasser, gebraucht, 2 Stück", "AT", 16000, 2, 30000, "EUR",
         "lithium-bromide absorption chillers are large, heavy shells with a steam or hot-water generator and no "
         "compressor; these two are centrifugal chillers with an open-drive compressor, a purge unit and a "
         "nameplate 'R-11, 650 kg', still charged, taken out of a Vienna hotel: equipment containing CFC-11, "
         "whose export from the Union Regulation 2024/590 forbids, by lorry for a Tbilisi hotel; Austrian German "
         "wording (CFC-11 repeats in a few sets; an absorption-chiller label was found in no earlier row by a "
         "keyword search)", {"importer_country": "GE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "BGROAD01", "road", "TM", ["IR", "TR"], "DE", "570242",
         "Maşyn dokma halylar, Buhara nagyşly, polipropilen, 12 sany", "TM", 260, 12, 600, "USD",
         "machine-made 'Bukhara' rugs are stiff, polypropylene-piled with a glued back and printed labels; twelve of "
         "these are soft, hand-knotted wool tent bags (chuval, torba), an asmalyk and a main carpet with deep red "
         "gul, vegetable dyes, worn pile and moth holes: 19th-century Tekke Turkmen weavings, whose export "
         "Turkmenistan forbids without a certificate, brought in against Regulation 2019/880 (goods unlawfully "
         "exported from their country), on a Turkmen lorry through Iran and Türkiye to Kapitan Andreevo for a "
         "Hamburg rug dealer; Turkmen wording (Turkmen antiquities repeat in a few sets; Tekke weavings were found "
         "in no earlier row by a keyword search)", firm("Nordhafen Orientteppich GmbH", "DE")),
        ("CUL-02", "import", "DEAIR01", "express", "MN", [], "DE", "950590",
         "Театрын чимэглэлийн баг, папье-маше, шинэ, 3 ширхэг", "MN", 3.8, 3, 600000, "MNT",
         "new papier-mâché theatre masks are light, bright and smell of fresh paint; these three are heavy, "
         "layered cloth-and-paper masks of wrathful deities with glass eyes, coral and silver inlay, soot-darkened "
         "paint and monastery inventory marks inside: 19th-century Buddhist tsam dance masks, Mongolian cultural "
         "heritage whose export is forbidden without a permit, brought in against Regulation 2019/880, sent by "
         "express from Ulaanbaatar to a private collector in Munich; Mongolian wording (Mongolian Buddhist art "
         "repeats in several sets; tsam masks were found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-03", "import", "BEPOST01", "post", "AM", [], "BE", "830629",
         "Բրոնզե արձանիկների կրկնօրինակներ, նոր, Վերնիսաժ, 6 հատ", "AM", 2.4, 6, 60000, "AMD",
         "new bronze replicas from Yerevan's Vernissage market are bright, sharp-edged castings with a chemical "
         "patina and casting sprue marks; these six are worn, green-crusted figurines of stags and a yoked pair, "
         "with soil in the hollows and a hand-worked surface: Late Bronze Age Lchashen-Metsamor bronzes from "
         "looted Sevan-basin burials, archaeological objects whose export Armenia forbids, brought in without an "
         "import licence (Regulation 2019/880), posted from Yerevan to a private collector in Ghent; Armenian "
         "wording (Armenian antiquities repeat in several sets; Lchashen bronzes were found in no earlier row by a "
         "keyword search)", person("Jan Peeters", "BE")),
        ("CUL-04", "import", "FRAIR01", "air", "AZ", [], "FR", "741810",
         "Lahıc mis qabları, əl işi, qalaylanmış, yeni, 8 ədəd", "AZ", 28, 8, 800, "USD",
         "new Lahij copperware is bright, machine-spun or hand-raised, tinned inside and engraved crisply; these "
         "eight are heavy, dark, hand-raised tinned copper basins, a ewer and a bath bowl with worn engraving, "
         "nasta'liq inscriptions with 18th-19th-century dates and a mosque's waqf stamp: Shirvan copper over a "
         "hundred years old, which Azerbaijan forbids to export without a certificate, brought in against "
         "Regulation 2019/880, flown from Baku to Paris for a dealer; Azerbaijani wording (Caucasian metalwork "
         "repeats in a few sets; a Lahij-copper label was found in no earlier row by a keyword search)",
         firm("Galerie Orion SARL", "FR")),
        ("CUL-05", "import", "ATAIR01", "air", "TJ", ["TR"], "AT", "691390",
         "Лавҳаҳои ороишии гилӣ, рангубор, нав, 5 адад", "TJ", 46, 5, 150, "USD",
         "new painted clay plaques are flat, kiln-fired tiles with bright acrylic paint; these five are fragments "
         "of unfired clay plaster on a straw-tempered backing, painted in mineral red, ochre and blue with a "
         "banquet scene and a harpist, with fresh saw cuts on the backs: Sogdian wall painting (7th-8th century) "
         "cut from a Panjakent-area house, archaeological heritage whose export Tajikistan forbids, brought in "
         "without an import licence (Regulation 2019/880), flown from Dushanbe through Istanbul to Vienna; Tajik "
         "wording (Sogdian antiquities repeat in several sets, Panjakent terracottas in blind123, and wall paintings "
         "in a few; Sogdian wall-painting fragments were found in no earlier row by a keyword search)", firm("Alpina Kunsthandel GmbH", "AT")),
        ("CUL-06", "import", "NLPOST01", "post", "KZ", [], "NL", "711719",
         "Алтын жалатылған жез төсбелгілер, бижутерия, 14 дана", "KZ", 1.2, 14, 40000, "KZT",
         "gilt-brass costume brooches are light, stamped and pinned, with a bright, even plating; these fourteen are "
         "heavy, soft, hand-chased gold plaques of coiled leopards, stags and griffins with turquoise settings and "
         "sewing loops on the back, with kurgan soil in the cells: Saka gold (5th-4th century BC) from robbed "
         "Semirechye burial mounds, archaeological objects whose export Kazakhstan forbids, brought in without an "
         "import licence (Regulation 2019/880), posted from Almaty to a private collector in Utrecht; Kazakh "
         "wording (animal-style gold repeats in a few sets and brooch labels in many; kept as a repeat, Saka "
         "plaques by post from Kazakhstan are the new part as far as a search found)", person("M. Bakker", "NL")),
        ("CUL-07", "import", "DEAIR01", "air", "MN", [], "DE", "611012",
         "Ноолууран цамц, эмэгтэй, 120 ширхэг", "MN", 48, 120, 9600, "USD",
         "a cashmere air shipment for a Frankfurt boutique: sweaters and yak-wool blankets are what Ulaanbaatar "
         "makers fly out, but the third item's 'уран бичлэгийн хэвлэмэл зураг' are not prints but 30 long "
         "loose leaves of thick blue-black paper written by hand in gold and silver ink in Tibetan and Mongolian "
         "script with painted end miniatures, edges rubbed by centuries of use: leaves of an 18th-century "
         "monastery Kanjur, cultural heritage whose export Mongolia forbids, brought in against Regulation "
         "2019/880, hidden as the last item of a three-item declaration; Mongolian wording (Mongolian manuscripts "
         "repeat in a few sets and sutra leaves in several; a Kanjur behind cashmere was found in no earlier row by "
         "a keyword search)",
         dict(firm("Meridian Kaschmir GmbH", "DE"),
              _more_items=[item("630120", "Сарлагийн ноосон хөнжил, 40 ширхэг", "MN", 60, 3200, "USD", qty=40),
                           item("491191", "Уран бичлэгийн хэвлэмэл зураг, 30 хуудас", "MN", 4, 90, "USD", qty=30)])),
        ("CUL-08", "import", "ITAIR01", "express", "UZ", [], "IT", "620190",
         "Zardo'zi chopon, qo'lda tikilgan, yangi, 1 dona", "UZ", 3.6, 1, 250, "USD",
         "new zardozi robes are bright, machine-lined, with gilt-polyester thread; this chapan is heavy purple silk "
         "velvet embroidered with real gold-wrapped thread gone dull, lined in Russian printed cotton, with an "
         "emirate workshop's seal and a museum inventory number inked inside the lining: a late-19th-century "
         "Bukhara court robe stolen from a museum store, cultural property whose export Uzbekistan forbids, "
         "brought in against Regulation 2019/880 and the UNESCO 1970 convention, sent by express from Tashkent to a "
         "private buyer in Milan; Uzbek wording (Uzbek antiquities repeat in several sets; a zardozi-robe label was "
         "found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("CUL-09", "import", "PLROAD01", "road", "KG", ["KZ", "RU", "BY"], "PL", "680299",
         "Бакча үчүн кооздук дарыя таштары, 3 даана", "KG", 420, 3, 150, "USD",
         "decorative river boulders for gardens are round, water-worn and plain; these three are flat, rough "
         "schist slabs each incised with a cross over a lotus and lines of Syriac script in Turkic, lichen in the "
         "grooves and fresh pry marks on the backs: 13th-14th-century Nestorian Christian gravestones (kayrak) "
         "from the Chuy valley, archaeological objects whose export Kyrgyzstan forbids, brought in without an "
         "import licence (Regulation 2019/880), by lorry to Terespol for a Kraków garden designer; Kyrgyz wording "
         "(Kyrgyz stones under garden-stone labels repeat in blind122, on petroglyphs; Nestorian gravestones were "
         "found in no earlier row by a keyword search)", firm("Central Ogrody Sp. z o.o.", "PL")),
        ("CUL-10", "import", "DEPOST01", "post", "GE", [], "DE", "830890",
         "ბრინჯაოს ქამრის ბალთები, რეპლიკა, 6 ცალი", "GE", 1.9, 6, 120, "GEL",
         "reproduction bronze belt buckles are cast with a tang and a chemical patina; these six are heavy, "
         "openwork rectangular plaques with a stylised horse and spirals, a crusty green patina with red cuprite "
         "spots, worn hooks and soil packed behind the openwork: Colchian-Koban belt buckles of the Late Bronze "
         "and Early Iron Age from looted graves in Racha, archaeological objects whose export Georgia forbids, "
         "brought in without an import licence (Regulation 2019/880), posted from Kutaisi to a private collector in "
         "Dresden; Georgian wording (Colchian antiquities repeat in a few sets; Koban buckles were found in no "
         "earlier row by a keyword search)", person("Lena Wagner", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "MN", "852589",
         "Kameras zur Herdenüberwachung für Nomadenbetriebe, 120 Stück", "DE", 240, 120, 18000, "EUR",
         "herd-monitoring cameras are solar trail cameras with a visible-light sensor at 150 EUR; these 120 are "
         "cooled-core thermal-imaging modules with 640 x 512 detectors and 50 mm germanium lenses, at about "
         "6,000 EUR each on the maker's list, for a Ulaanbaatar 'agri-tech' firm whose onward forwarder is in "
         "Ulan-Ude: thermal cameras (dual-use 6A003) exported without a licence and goods whose sale for use in "
         "Russia Regulation 833/2014 forbids, flown from Frankfurt; German wording (thermal cores repeat in many "
         "sets; a herding-camera label to Mongolia was found in no earlier row by a keyword search)",
         {"importer_country": "MN"}),
        ("STR-02", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG", "TR", "GE"], "AZ", "843790",
         "Schede elettroniche di ricambio per selezionatrici ottiche di nocciole, 400 pezzi", "IT", 80, 400, 12000,
         "EUR",
         "spare boards for optical hazelnut sorters are camera and ejector-valve boards with the sorter maker's "
         "part numbers; these 400 are RF power-amplifier modules, software-defined-radio boards and FPGA "
         "carriers with no sorter connector, at ten times the declared value, for a Qusar 'nut processor' whose "
         "trucks cross at Yarag-Kazmalyar into Dagestan: electronic components on the common high-priority list "
         "whose sale for use in Russia Regulation 833/2014 forbids, by lorry from Verona; Italian wording (RF and "
         "FPGA parts repeat in many sets; a hazelnut-sorter label to Azerbaijan was found in no earlier row by a "
         "keyword search)", {"importer_country": "AZ"}),
        ("STR-03", "import", "GRSEA01", "sea", "GE", [], "GR", "240220",
         "Ծխախոտ ֆիլտրով, արտադրված Հայաստանում, 8 000 000 հատ", "AM", 8800, 8000000, 96000, "USD",
         "Armenian cigarettes carry Armenian excise marks, an Armenian factory code and Armenian health warnings; "
         "these 800 cartons carry Russian-language warnings under the Armenian over-stickers, the batch codes of "
         "a St Petersburg plant and Russian excise-stamp glue marks: Russian cigarettes, whose import into the "
         "Union Regulation 833/2014 forbids (Annex XXI), with an Armenian certificate of origin, by sea from Poti "
         "to Thessaloniki; Armenian wording (Russian goods under Armenian origin repeat in several sets; Russian "
         "cigarettes were found in no earlier row by a keyword search)", firm("Delta Kapnos AE", "GR")),
        ("STR-04", "import", "ATAIR01", "air", "KG", [], "AT", "711319",
         "Алтын чынжырлар, 585 проба, Кыргызстанда жасалган, 40 кг", "KG", 40, 2000, 1600000, "USD",
         "Kyrgyz-made gold chains carry the Kyrgyz assay office's hallmark, a maker's mark and machine-made links "
         "of Italian or Turkish pattern; these 2,000 chains are 999 gold, not 585, roughly drawn and barely "
         "linked, cut from cast bar and hallmarked with punches that do not match the assay office's, and two "
         "still show a Krasnoyarsk refinery's bar number: Russian gold in a thin semi-finished form, whose import "
         "into the Union Regulation 833/2014 forbids whatever its processing abroad, flown from Bishkek to Vienna; "
         "Kyrgyz wording (Russian gold repeats in several sets, as Kyrgyz kilobars in blind114, and gold chains "
         "under Armenian labels in blind44 and blind89; kept as a repeat, chains from Kyrgyzstan are the new part "
         "as far as a search found)", firm("Alpina Edelmetall GmbH", "AT")),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "MN", "220820",
         "Cognac hors d'âge, 70 cl, 360 bouteilles, pour un hôtel d'Oulan-Bator", "FR", 430, 360, 86000, "EUR",
         "a Ulaanbaatar hotel buys a few cases of XO at a time for its bar; these 360 bottles of a prestige "
         "cuvée, with 40 Swiss watches packed in one carton, go to a trading house whose director is a North "
         "Korean embassy attaché and whose earlier orders were re-exported to Pyongyang by rail through China: "
         "luxury goods, whose sale to the Democratic People's Republic of Korea Regulation 2017/1509 forbids, "
         "flown from Paris; French wording (luxury goods for Pyongyang repeat in several sets, cognac through China in blind5; kept "
         "as a repeat, by way of a Mongolian hotel was found in no earlier row by a keyword search)", {"importer_country": "MN"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", ["GE"], "AZ", "843890",
         "Ricambi per macchinari di lavorazione del tè, 14 casse", "IT", 9000, 14, 48000, "EUR",
         "spare parts for tea-processing machinery are rollers, dryer trays and CTC cutter segments; these 14 "
         "crates hold heat-exchanger tube bundles, catalytic-reformer valves and a hydrogen compressor's "
         "cylinder, at ten times their declared value, for an Astara 'tea factory' on the Iranian border that "
         "ships to Bandar Anzali: key equipment for the Iranian petrochemical and refining industry (Annex VI of "
         "Regulation 267/2012), exported without authorisation, by sea from Genoa through Poti; Italian wording "
         "(Iranian oil and gas equipment repeats in several sets; a Lankaran tea-factory label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AZ"}),
        ("STR-07", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "270112",
         "Уголь каменный энергетический, Экибастуз, происхождение Казахстан, 30 вагонов", "KZ", 2100000, 30, 189000,
         "USD",
         "Ekibastuz coal is a high-ash (40 %) steam coal that only Kazakh and Russian power stations burn and "
         "nobody ships west; these 30 wagons hold a low-ash (10 %), high-calorie Kuzbass-type coal, the wagons were "
         "loaded at a Kemerovo-region siding and the Kazakh certificate of origin was issued after re-billing: "
         "Russian coal, whose import into the Union Regulation 833/2014 forbids, by rail through Belarus to "
         "Małaszewicze; Russian wording (Russian goods under Kazakh origin repeat in many sets; Russian coal as "
         "Ekibastuz coal was found in no earlier row by a keyword search)", firm("Atlantic Energia Sp. z o.o.", "PL")),
        ("STR-08", "export", "DESEA01", "sea", "DE", ["GE", "AZ"], "TM", "850440",
         "Frequenzumrichter für Baumwoll-Entkörnungsmaschinen, 40 Stück", "DE", 1400, 40, 16000, "EUR",
         "frequency inverters for cotton gins are 50/60 Hz drives of tens of kilowatts; these 40 are compact "
         "multi-phase converters with an output of 600-2,000 Hz, under 0.2 % frequency control and harmonic "
         "filters, worth several times the declared value, for an Ashgabat 'gin' whose consignee list names a "
         "Mashhad firm: frequency changers (dual-use 3A225, listed in the Iran regulation 267/2012) exported "
         "without a licence, by sea from Hamburg over Poti and the Caspian; German wording (frequency changers "
         "repeat in several sets; a cotton-gin label to Turkmenistan was found in no earlier row by a keyword "
         "search)", {"importer_country": "TM"}),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "UZ", "852990",
         "Moederborden voor LCD-televisies, CKD-assemblage, 3.000 stuks", "NL", 900, 3000, 24000, "EUR",
         "LCD-TV main boards for CKD assembly are panels with a TV SoC, tuner and HDMI ports at 8 EUR; these "
         "3,000 boards carry no tuner or port at all but Xilinx-class FPGAs, high-speed ADCs and DDR memory on "
         "radar-style carrier boards, for a Tashkent appliance assembler that sells nothing to Russia on paper "
         "but whose freight forwarder does: integrated circuits on the common high-priority list whose sale for "
         "use in Russia Regulation 833/2014 forbids, flown from Amsterdam; Dutch wording (FPGAs repeat in several "
         "sets; a CKD television-board label was found in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
        ("STR-10", "export", "LTAIR01", "air", "LT", [], "KG", "330499",
         "Kosmetika, odos priežiūros kremai, 400 kg", "LT", 400, None, 8000, "EUR",
         "a beauty-salon air shipment for a Bishkek distributor: creams and perfumes are what Vilnius wholesalers "
         "fly to Kyrgyzstan, but the third item's 'atsarginės manikiūro lempų plokštės' are 2,000 FPV flight "
         "controllers and 1,000 5.8 GHz video transmitters with no UV LED on them: electronic components for "
         "unmanned aerial vehicles on the common high-priority list, whose sale for use in Russia Regulation "
         "833/2014 forbids and whose re-export through third countries it targets, hidden as the last item of a "
         "three-item declaration; Lithuanian wording (drone flight controllers repeat in several sets; behind "
         "cosmetics under a nail-lamp label is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("330300", "Kvepalai, 50 ml, 1.200 vnt.", "LT", 180, 9000, "EUR", qty=1200),
                           item("940599", "Atsarginės manikiūro lempų plokštės, 3.000 vnt.", "LT", 60, 1500, "EUR", qty=3000)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "UZ", [], "IT", "410719",
         "Bo'rttirilgan buzoq terisi, kaltakesak naqshli, 300 dona", "UZ", 90, 300, 1800, "USD",
         "embossed lizard-print calf leather comes in half-hides with a regular, machine-pressed scale pattern and a "
         "uniform grain; these 300 pieces are whole, long, narrow lizard skins up to 1.5 m with a tapering tail, "
         "small rounded, bead-like scales and a darker banded back: desert monitor (Varanus griseus, CITES App. I), "
         "which no export permit can cover for trade, flown from Tashkent to Milan for a Vicenza handbag tannery; "
         "Uzbek wording (monitor-lizard skins repeat in several sets and printed-leather covers, cheetah as "
         "printed calfskin in blind128, in a few; desert monitor was found in no earlier row by a keyword "
         "search)", firm("Meridian Pelletterie Srl", "IT")),
        ("WLF-02", "import", "DEAIR01", "express", "KG", [], "DE", "950300",
         "Кийизден жасалган оюнчуктар, колго жасалган, 30 даана", "KG", 3.2, 30, 6000, "KGS",
         "handmade Kyrgyz felt toys are light, stuffed wool animals weighing a few dozen grams; ten of these 30 "
         "felt tortoises are heavy, cold and scratch inside, and each holds a live juvenile tortoise with a flat, "
         "round, yellow-brown shell and four claws on each foot: Horsfield's tortoises (Testudo horsfieldii, CITES "
         "App. II) taken from the wild without CITES documents, sent by express from Bishkek to a private keeper in "
         "Düsseldorf; Kyrgyz wording (live tortoises repeat in many sets and Horsfield's tortoise once, in blind55; "
         "felt toys were found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "GRAIR01", "air", "MN", [], "GR", "430219",
         "Будсан туулайн арьс, боловсруулсан, 600 ширхэг", "MN", 180, 600, 3000, "USD",
         "dressed, dyed rabbit skins are thin, light pelts of 30-40 cm with soft, even fur; 80 of these 600 are "
         "thick, dense, silver-grey pelts with black-tipped guard hairs, a banded, black-ringed tail and a flat, "
         "broad head with short round ears: Pallas's cats (Otocolobus manul, CITES App. II) without CITES "
         "documents, flown from Ulaanbaatar to Thessaloniki for a Kastoria furrier; Mongolian wording (a Kastoria "
         "furrier once, on bobcat in blind51, and a rabbit label once; Pallas's cat was found in no earlier row by a "
         "keyword search)", firm("Horizon Gounaradika AE", "GR")),
        ("WLF-04", "transit", "ATAIR01", "air", "KZ", ["AT"], "QA", "010599",
         "Цесарки живые, декоративные, 20 голов, транзит", "KZ", 60, 20, 1200, "USD",
         "ornamental guinea fowl are speckled grey, helmeted, noisy birds of about 1.5 kg in ventilated poultry "
         "crates with a veterinary certificate; these 20 crates hold long-necked, sandy-buff birds with black-and-"
         "white neck plumes, quiet and crouching, at about 2 kg: Asian houbara bustards (Chlamydotis macqueenii, "
         "CITES App. I) trapped on the Kyzylkum steppe for falcon training, flown from Almaty through Vienna in "
         "transit to a Doha buyer without CITES documents; Russian wording from Kazakhstan (falcons as racing "
         "pigeons through Frankfurt repeat in blind68 and blind81; houbara bustards and a guinea-fowl label were "
         "found in no earlier row by a keyword search)", {"importer_country": "QA"}),
        ("WLF-05", "import", "CZPOST01", "post", "KG", [], "CZ", "081340",
         "Кургатылган жапайы алмурут, Арстанбап, 2 кг", "KG", 2, 1, 800, "KGS",
         "dried wild pears from the Arslanbob walnut forest are small, wrinkled, brown, sweet fruits with a stalk; "
         "these twelve are hard, dark, pear-shaped sacs with a cut duct instead of a stalk, bitter to the touch of "
         "the tongue and with a crystalline yellow-green crust inside: dried bear gall bladders (Ursus arctos, "
         "CITES App. II) without CITES documents, posted from Jalal-Abad to a private buyer in Prague's "
         "traditional-medicine trade; Kyrgyz wording (bear bile and galls repeat in several sets; a dried-pear "
         "label was found in no earlier row by a keyword search)", person("Nguyen Van Long", "CZ")),
        ("WLF-06", "import", "DEPOST01", "post", "KZ", [], "DE", "670100",
         "Үкі, сәндік тұмар, күркетауық қауырсыны, 20 дана", "KZ", 1.1, 20, 30000, "KZT",
         "craft uki amulets are bunches of dyed turkey or goose feathers on a beaded cap ring; these twenty are "
         "bunches of soft, tawny, dark-streaked owl feathers with silent, fringed edges, and two carry whole "
         "feathered ear tufts: eagle owl feathers (Bubo bubo, CITES App. II) taken from shot birds, without CITES "
         "documents, posted from Almaty to a private person of Kazakh origin in Dortmund; Kazakh wording (owl parts "
         "and eggs repeat in a few sets and craft-feather labels in several; uki amulets were found in no earlier "
         "row by a keyword search)", person("Privatperson", "DE")),
        ("WLF-07", "import", "NLAIR01", "air", "KZ", [], "NL", "050790",
         "Панты марала алтайского, сушёные, нарезка, 12 кг", "KZ", 12, None, 9600, "USD",
         "Altai maral antler slices from Katon-Karagay deer farms are thin, pale, porous discs from antlers sawn "
         "with a farm's veterinary papers; these 12 kg are thicker, darker slices from small, thin-beamed velvet "
         "antlers with few tines, and whole tips with red-brown velvet: velvet of wild Bactrian (Bukhara) deer "
         "(Cervus hanglu bactrianus, CITES App. II) from the Syr Darya tugai forests, without CITES documents, "
         "flown from Almaty to Amsterdam for a traditional-medicine wholesaler; Russian wording from Kazakhstan "
         "(antlers repeat in several sets; Bukhara deer and a maral-antler label were found in no earlier row by a "
         "keyword search)", firm("Orion Kruidenhandel BV", "NL")),
        ("WLF-08", "import", "BEAIR01", "air", "KZ", [], "BE", "010639",
         "Мандарин үйректері, қолда өсірілген, сәндік, 12 дана", "KZ", 40, 12, 1200, "USD",
         "captive-bred mandarin ducks are small, colourful birds of 500 g with closed rings; these twelve are "
         "tall, grey, long-legged birds of 2-3 kg with a black neck and breast plumes and white ear tufts, without "
         "rings: demoiselle cranes (Anthropoides virgo, CITES App. II) taken as chicks on the Kazakh steppe, "
         "without CITES documents, flown from Astana to Liège for a Flemish waterfowl collector; Kazakh wording "
         "(live birds under ornamental-bird labels repeat in several sets; demoiselle cranes were found in no "
         "earlier row by a keyword search)", firm("Vega Siervogels BV", "BE")),
        ("WLF-09", "import", "PLAIR01", "air", "MN", [], "PL", "121190",
         "Заг модны үндэсний цай, хатаасан, 20 кг", "MN", 20, None, 600, "USD",
         "saxaul herbal tea is twigs and scale-leaves of the desert shrub, grey-green and light; these 20 kg are "
         "thick, fleshy, brown, scaly stems of a root parasite, split lengthwise and sweet-smelling: Cistanche "
         "deserticola (CITES App. II) dug on Gobi saxaul stands, without CITES documents, flown from Ulaanbaatar "
         "to Warsaw for a herbal-supplement maker; Mongolian wording (Cistanche repeats in several sets and "
         "saxaul labels in a few, on charcoal; kept as a repeat, a saxaul-tea label is the new part as far as a "
         "search found)", firm("Central Zioła Sp. z o.o.", "PL")),
        ("WLF-10", "import", "HUAIR01", "air", "AZ", [], "HU", "010619",
         "Chausie pişik balaları, F4 nəsil, cins sənədləri ilə, 4 baş", "AZ", 12, 4, 4800, "USD",
         "F4 Chausie kittens are a domestic breed, sociable, with pedigree papers, a microchip and a pet passport; "
         "these four hiss and bolt, weigh 3 kg at ten weeks, have long legs, short ringed tails, faint stripes on "
         "the legs and black-tipped, slightly tufted ears, and their 'pedigree' lists no cattery: wild-caught "
         "jungle cats (Felis chaus, CITES App. II) taken from the Kura reed beds, without CITES documents, flown "
         "from Baku to Budapest for a breeder of hybrid cats; Azerbaijani wording (wild cats under Abyssinian "
         "kitten labels repeat in blind55 and blind56, on caracals; jungle cats and a Chausie label were found in "
         "no earlier row by a keyword search)", firm("Delta Macskatenyészet Kft.", "HU")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLAIR01", "air", "KG", "PL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (private swimming-pool disinfection)", "KG", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "PL-MSWiA-49-0021")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "AM", "IT", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel)", "AM", 4.6, 4, 80, "EUR",
     [("PRECURSOR_LICENCE", "IT-MI-49-0013")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BGSEA01", "sea", "GE", "BG", "262030",
     "Copper-smelter flue dust (10 06 03*), Armenian origin, for recovery at a licensed copper smelter, 25 t", "AM",
     25000, None, 0, "USD", [("BASEL_CONSENT", "BG-MOEW-49-0007")], "notified flue dust to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ROSEA01", "sea", "KZ", "AT", "262099",
     "Spent vanadium catalyst from sulphuric-acid converters (16 08 02*), for vanadium recovery, 40 t", "KZ", 40000,
     None, 0, "USD", [("BASEL_CONSENT", "AT-BMK-49-0019")], "notified spent vanadium catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "BGSEA01", "sea", "IL", "BG", "290361",
     "Methyl bromide 99.5 %, 40 cylinders, for use as feedstock in agrochemical synthesis", "IL", 4000, 40, 16000,
     "USD", [("ODS_LICENCE", "BG-MOEW-ODS-49-002")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "AM", "FR", "290376",
     "Halon 1301, recovered and reclaimed to specification, 12 cylinders, for aircraft fire protection (critical use)",
     "AM", 600, 12, 18000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-49-011")], "reclaimed halon for a critical use under licence"),
    ("PRM-07", "cultural", "import", "DEROAD01", "road", "TR", "DE", "970690",
     "Tekke Turkmen main carpet, wool, c. 1870, with the Turkmen export certificate", "TM", 24, 1, 26000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "TM-MK-49-0031"), ("IMPORTER_STATEMENT", "DE-KGSG-IS-49-0104")],
     "antique carpet imported with the exporting country's certificate and the importer statement"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Koban-culture bronze belt buckle, c. 800 BC, Swiss collection documented since 1964", "GE", 0.4, 1, 9000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-49-0009")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "MN", "852589",
     "Thermal-imaging camera cores 640 x 512, 10 units, for the Mongolian border guard's vehicle sights", "DE", 20, 10,
     60000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-49-0377"), ("END_USER_CERTIFICATE", "MN-GBA-EUC-49-0012")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "KZ", "850440",
     "Frequency changers 600-2,000 Hz, 6 units, for a Kazakh metallurgical plant's induction furnaces", "DE", 240, 6,
     90000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-49-0412"), ("END_USER_CERTIFICATE", "KZ-MIID-EUC-49-0027")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "UZ", "DE", "010620",
     "Horsfield's tortoises (Testudo horsfieldii), ranched, within the Uzbek export quota, 200 juveniles", "UZ", 40,
     200, 3000, "USD", [("CITES_PERMIT", "UZ-CITES-49-0144")], "App. II tortoises within quota with their export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "CN", "NL", "121190",
     "Cistanche deserticola, cultivated, dried slices, 100 kg", "CN", 100, None, 4000, "USD",
     [("CITES_PERMIT", "CN-CITES-49-0719")], "App. II cultivated Cistanche with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Privato", "PRM-03": "Vega Non-Ferrous EOOD",
    "PRM-07": "Nordhafen Orientteppich GmbH", "PRM-11": "Central Reptilien GmbH", "PRM-12": "Orion Kruidenhandel BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises
    ("220110", "Kyrgyz spa mineral water, sparkling, 0.5 l glass", "import", ["rail"], ["KG", "KZ"], (0.5, 0.9), (10000, 20000), ["USD"], 1.2, S),
    ("220890", "Armenian mulberry vodka, 0.5 l bottles", "import", ["road"], ["AM", "GE"], (5, 9), (2000, 6000), ["USD", "EUR"], 1.2, S),
    ("270900", "Naftalan therapeutic oil for baths, 1 l bottles", "import", ["post"], ["AZ"], (10, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("340600", "Beeswax church candles, tapers", "import", ["road"], ["GE", "AM"], (6, 10), (300, 1500), ["EUR"], 20, S),
    ("310210", "Urea 46 % N, prilled, 50 kg bags", "import", ["rail"], ["UZ", "KZ"], (0.3, 0.45), (40000, 60000), ["USD"], None, S),
    ("381090", "Goldsmiths' citric-acid pickling compound, 1 kg", "import", ["post"], ["GE", "AM"], (8, 15), (1, 3), ["USD", "EUR"], 1, S),
    ("170199", "Navat (crystal sugar on string), 1 kg bags", "import", ["air"], ["UZ"], (1.5, 3), (100, 500), ["USD"], 1, S),
    ("283640", "Potassium carbonate, food grade, noodle alkali, 500 g", "import", ["express"], ["KZ", "CN"], (8, 15), (1, 3), ["USD"], 2, S),
    ("283620", "Natural soda (khujir), 1 kg bags", "import", ["post"], ["MN"], (5, 10), (1, 3), ["USD"], 1, S),
    ("901890", "Aneroid blood-pressure monitors, new, boxed", "export", ["air"], ["KZ", "KG"], (20, 40), (200, 800), ["EUR"], 3, S),
    ("260300", "Copper concentrate, flotation, Cu 22 %", "import", ["sea"], ["GE", "PE"], (1.2, 2.0), (20000, 30000), ["USD"], None, S),
    ("902214", "Refurbished X-ray units, tested, with warranty", "export", ["air"], ["UZ", "KZ"], (20, 40), (300, 1500), ["EUR"], 0.005, S),
    ("380891", "Malathion ULV insecticide, new, sealed drums", "export", ["rail"], ["KZ", "UZ"], (3, 5), (10000, 20000), ["EUR"], None, S),
    ("282530", "Vanadium pentoxide flake, 98 %", "import", ["sea"], ["ZA", "CN"], (8, 14), (10000, 20000), ["USD"], None, S),
    ("380210", "Activated carbon, coconut shell, for gold recovery", "export", ["rail"], ["KG", "KZ"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("720241", "High-carbon ferro-chromium, lumps", "import", ["rail"], ["KZ"], (1.0, 1.5), (60000, 120000), ["USD"], None, S),
    ("271019", "Heat-transfer oil, mineral, new, 200 l drums", "export", ["sea"], ["GE", "TR"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("251320", "Garnet abrasive, new, 80 mesh, 25 kg bags", "import", ["sea"], ["IN", "AU"], (0.3, 0.5), (18000, 24000), ["USD"], None, S),
    ("281121", "Carbon dioxide, food grade, in cylinders", "import", ["road"], ["TR", "RS"], (0.8, 1.5), (2000, 6000), ["EUR"], None, S),
    ("340290", "Cashmere spot remover, enzyme-based, 250 ml", "import", ["post"], ["MN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("340290", "Carpet-washing shampoo for rug restorers, 5 l", "import", ["road"], ["TR"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("860691", "Covered railway wagons, used, without refrigeration", "export", ["rail"], ["KZ", "UA"], (0.5, 0.9), (60000, 120000), ["EUR"], 0.00004, S),
    ("841869", "Absorption chillers, lithium bromide and water, used", "export", ["road"], ["GE", "RS"], (1.5, 3), (6000, 16000), ["EUR"], 0.0001, S),
    ("570242", "Machine-made Bukhara-style rugs, polypropylene", "import", ["sea"], ["TR", "EG"], (3, 5), (3000, 8000), ["USD"], 0.1, S),
    ("950590", "Papier-mâché theatre masks, new", "import", ["express"], ["MN", "IN"], (30, 60), (1, 3), ["USD"], 1, S),
    ("830629", "Bronze statuette replicas, new, cast", "import", ["post"], ["AM", "TR"], (20, 40), (1, 3), ["USD", "EUR"], 3, S),
    ("741810", "Handmade tinned copper cookware, new", "import", ["air"], ["AZ", "TR"], (15, 30), (100, 500), ["USD"], 0.5, S),
    ("691390", "Painted clay decorative plaques, new", "import", ["air"], ["TJ", "UZ"], (4, 8), (100, 500), ["USD"], 0.3, S),
    ("711719", "Gilt-brass costume brooches", "import", ["post"], ["KZ", "CN"], (30, 60), (1, 2), ["USD"], 20, S),
    ("611012", "Cashmere sweaters, knitted, women's", "import", ["air"], ["MN", "CN"], (120, 200), (200, 1500), ["USD"], 3, S),
    ("620190", "Embroidered velvet chapan robes, new", "import", ["post"], ["UZ"], (40, 80), (1, 4), ["USD"], 0.3, S),
    ("680299", "Decorative river stones for gardens", "import", ["sea"], ["CN", "IN"], (0.2, 0.4), (18000, 24000), ["USD"], None, S),
    ("830890", "Reproduction bronze belt buckles", "import", ["post"], ["GE", "TR"], (30, 60), (1, 2), ["USD", "EUR"], 4, S),
    ("852589", "Solar trail cameras, visible light, for herd monitoring", "export", ["air"], ["MN", "KZ"], (40, 70), (100, 600), ["EUR"], 3, S),
    ("843790", "Spare boards for optical nut sorters", "export", ["road"], ["AZ", "TR"], (60, 120), (50, 300), ["EUR"], 5, S),
    ("711319", "Gold jewellery chains, 585, hallmarked", "import", ["air"], ["TR", "AE"], (25000, 35000), (5, 30), ["USD"], 50, S),
    ("220820", "Cognac VSOP, 70 cl", "export", ["sea"], ["CN", "US"], (20, 40), (8000, 16000), ["EUR"], 0.8, S),
    ("843890", "Spare parts for tea-processing machinery", "export", ["sea"], ["LK", "KE"], (8, 15), (2000, 8000), ["EUR"], None, S),
    ("270112", "Steam coal, bituminous", "import", ["rail"], ["KZ"], (0.08, 0.12), (60000, 70000), ["USD"], None, S),
    ("850440", "Frequency inverters for pumps, 50/60 Hz, new", "export", ["road"], ["TR", "GE"], (30, 60), (500, 3000), ["EUR"], 0.05, S),
    ("852990", "LCD-TV main boards for CKD assembly", "export", ["air"], ["UZ", "KZ"], (6, 12), (500, 3000), ["EUR"], 3, S),
    ("410719", "Embossed calf leather, lizard print", "import", ["air"], ["IN", "TR"], (25, 40), (200, 1000), ["USD"], 2, S),
    ("950300", "Handmade felt toys, wool", "import", ["express"], ["KG", "NP"], (20, 40), (1, 3), ["USD"], 15, S),
    ("430219", "Dressed rabbit furskins, dyed", "import", ["air"], ["CN", "MN"], (10, 20), (200, 1000), ["USD"], 3, S),
    ("081340", "Dried wild pears, 1 kg packs", "import", ["post"], ["KG", "TR"], (6, 12), (1, 3), ["USD"], 1, S),
    ("670100", "Craft feathers, dyed turkey, amulet bunches", "import", ["post"], ["KZ", "IN"], (20, 40), (1, 2), ["USD"], 20, S),
    ("121190", "Sea-buckthorn leaf herbal tea, 100 g", "import", ["air"], ["MN"], (10, 20), (100, 500), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows),
# with four new rows instead of blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("482369", "Paper cups, single-wall, for hot drinks", "import", ["sea"], ["CN", "VN"], (1.5, 2.5), (6000, 12000), ["USD"], 60, N),
        ("441919", "Bamboo steamer baskets, two-tier", "import", ["sea"], ["CN", "VN"], (3, 5), (2000, 6000), ["USD"], 1.5, N),
        ("392410", "Plastic cookie-cutter sets", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 5, N),
        ("640419", "Felt house slippers, rubber soles", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind137", 20490101, HERE)


if __name__ == "__main__":
    main()
