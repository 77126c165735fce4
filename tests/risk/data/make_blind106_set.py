#!/usr/bin/env python3
"""Writes the hundred-and-sixth blind set (tests/risk/data/blind106-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2043, with goods, routes,
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL106-*:

    python3 tests/risk/data/make_blind106_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2043, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2043
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLSEA01", "sea", "VN", [], "NL", "190590",
         "Bánh tráng gạo, 500 g, 4.000 gói", "VN", 2000, 4000, 3200, "USD",
         "a Vietnamese grocery container for an Amsterdam Asian supermarket that sells to the public: rice paper "
         "and fish sauce are what such shops stock, but the third item's 'nước dừa' cartons hold no cloudy, sweet "
         "coconut water: 2,400 one-litre bottles with vented caps of a clear liquid of 1.13 kg/l that whitens the "
         "skin and foams on rust, the filler's drums reading 'H2O2 35 %': hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, by sea from "
         "Cat Lai to Rotterdam; Vietnamese wording (hydrogen peroxide repeats in many sets and coconut labels "
         "covered other goods in a few; a coconut-water label on a precursor was found in no earlier row)",
         dict(firm("Saigon Markt BV", "NL"),
              _more_items=[item("210390", "Nước mắm, chai 500 ml, 3.000 chai", "VN", 1650, 2400, "USD", qty=3000),
                           item("200989", "Nước dừa tươi, hộp 1 lít, 2.400 hộp", "VN", 2710, 1900, "USD", qty=2400)])),
        ("PRE-02", "import", "FRPOST01", "post", "MA", [], "FR", "170199",
         "قوالب السكر التقليدية للأتاي، 4 قوالب من 2 كلغ", "MA", 8, 4, 300, "MAD",
         "Moroccan sugar loaves for mint tea are hard white cones of beet sugar that taste sweet and caramelise on "
         "a flame; these four cones are pressed from glossy crystals that taste cool and salty, draw damp in their "
         "paper and flare yellow and fizz on a hot plate, the inner wrap reading 'NaClO3': sodium chlorate (Annex I "
         "above 40 %), posted from Casablanca to a private person in Lyon; Moroccan Arabic wording (sodium chlorate "
         "repeats in many sets and sugar covers in several; a tea-sugar-loaf label was found in no earlier row)",
         person("M. Y. Benali", "FR")),
        ("PRE-03", "import", "IEAIR01", "express", "US", [], "IE", "271019",
         "Lamp oil, clear paraffin, for hurricane lanterns, 4 x 1 gal", "US", 17.3, 4, 70, "USD",
         "paraffin lamp oil is a thin, odourless, water-white oil of about 0.8 kg/l; these four gallons weigh 1.14 "
         "kg/l, smell fruity, sink below water rather than float on it and read 'CH3NO2' on the factory drum label "
         "packed inside: nitromethane (Annex I above 16 %), sent by express from Indiana to a private person in "
         "Cork, although flammable liquids travel by express only as declared dangerous goods; US English wording "
         "(nitromethane repeats in many sets; a lamp-oil label was found in no earlier row)",
         person("Ciarán Walsh", "IE")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "220299",
         "Березовий сік натуральний, скляні банки 3 л, 4 шт.", "UA", 22, 4, 400, "UAH",
         "Ukrainian birch sap is a thin, faintly sweet, slightly cloudy drink of 1.00 kg/l that sours within days; "
         "these four jars hold a water-clear, oily liquid of 1.84 kg/l that grows hot with a drop of water and chars "
         "a wooden spoon: about 96 % sulphuric acid (Annex I above 15 %), in a private car at Dorohusk for a "
         "private person in Lublin; Ukrainian wording (sulphuric acid repeats in many sets and drink covers in "
         "several; a birch-sap label was found in no earlier row)", person("Osoba prywatna", "PL")),
        ("PRE-05", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "283429",
         "水培营养液 A 剂 (硝酸钙), 1 kg 袋装, 10,000 袋 (Hydroponie-Nährsalz A)", "CN", 10000, 10000, 12000, "USD",
         "hydroponic 'part A' is calcium nitrate, a white, wet-looking granule of 15.5 % N that is freely sold; these "
         "bags hold dry, round prills that turn ice-cold in water, test at 34 % N and give off no calcium on a "
         "strip, for a Prague grow-shop chain that sells 1 kg bags to the public: ammonium nitrate (Annex I at 16 % "
         "N or more) retail-packed for members of the public; Chinese wording, by rail from Chongqing (ammonium "
         "nitrate repeats in many sets and hydroponic calcium-nitrate covers in several, by sea in blind69; by rail "
         "to Czechia is the new part)", firm("Zelená Věž s.r.o.", "CZ")),
        ("PRE-06", "import", "BEAIR01", "air", "IN", [], "BE", "382499",
         "विभूति (पवित्र भस्म), मंदिर पूजा हेतु, 1 किग्रा पैकेट, 150 पैकेट", "IN", 150, 150, 600, "USD",
         "vibhuti, the sacred ash of temple worship, is a soft grey powder of burnt cow dung that smells of smoke; "
         "these 150 bags hold a bright white, odourless, gritty powder that burns fiercely with sugar and the inner "
         "liners read 'KClO4', for an Antwerp puja-goods web shop that sells 1 kg bags to the public: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, by air freight from Chennai; "
         "Hindi wording (potassium perchlorate repeats in many sets and Indian puja covers, rangoli powder in "
         "blind61, in a few; a vibhuti label was found in no earlier row)", firm("Shri Puja Goods BVBA", "BE")),
        ("PRE-07", "import", "ATAIR01", "express", "KR", [], "AT", "220890",
         "참이슬 소주 1.8 L 페트, 6 병 (Soju)", "KR", 13, 6, 90000, "KRW",
         "soju is a clear spirit of 0.97 kg/l that smells of alcohol; these six PET bottles have vented caps under "
         "the screw tops, weigh 1.20 kg/l, smell of nothing and bleach a fingertip white, the inner seal reading "
         "'과산화수소 50 %': hydrogen peroxide (Annex I above 12 %), sent by express from Incheon to a private person "
         "in Graz, although oxidising liquids travel by express only as declared dangerous goods; Korean wording "
         "(hydrogen peroxide repeats in many sets; a soju label was found in no earlier row)",
         person("Herr D. Hofer", "AT")),
        ("PRE-08", "import", "SEPOST01", "post", "GB", [], "SE", "291814",
         "Citric acid, food grade, for bath bombs, 5 x 1 kg", "GB", 5, 5, 30, "GBP",
         "citric acid for bath bombs is a tart, white granule that fizzes with bicarbonate; these five bags hold "
         "glossy crystals that taste cool and salty, do not fizz with soda, draw damp and flare yellow on a lit "
         "match, the inner bags reading 'sodium chlorate 99 %': sodium chlorate (Annex I above 40 %), posted from "
         "Leeds to a private person in Gothenburg; British English wording (sodium chlorate repeats in many sets, "
         "citric-acid labels covered other precursors in several and a bath-bomb base mix once, posted from Britain "
         "to Germany in blind79; posted from Britain to Sweden is the new part)", person("Erik Lindqvist", "SE")),
        ("PRE-09", "import", "HUROAD01", "road", "RS", [], "HU", "200599",
         "Domaći rasol od kiselog kupusa, za sarmu, 6 x 1 l", "RS", 8.4, 6, 1200, "RSD",
         "sauerkraut brine for sarma is a cloudy, salty, sour liquid that smells of cabbage and weighs about 1.05 "
         "kg/l; these six litres are water-clear to pale yellow, fume brown when opened, weigh 1.40 kg/l and turn a "
         "copper coin green at once: about 65 % nitric acid (Annex I above 3 %), in a private car at Röszke for a "
         "private person in Szeged; Serbian wording (nitric acid repeats in many sets and pickling-salt labels twice, "
         "blind53 and blind98, on other precursors; a sauerkraut-brine label was found in no earlier row)",
         person("Magánszemély", "HU")),
        ("PRE-10", "import", "GRSEA01", "sea", "EG", [], "GR", "283620",
         "نطرون طبيعي من وادي النطرون، أكياس 1 كجم، 6000 كيس", "EG", 6000, 6000, 4200, "USD",
         "natron from Wadi El Natrun is a grey-white, earthy crust of sodium carbonate that fizzes with lemon juice; "
         "these 6,000 bags hold round, glossy prills that turn ice-cold in water, do not fizz with acid and test at "
         "34 % N, for a Piraeus Egyptian grocery that sells them to the public at 0.70 USD a bag: ammonium nitrate "
         "(Annex I at 16 % N or more) retail-packed for members of the public, by sea from Alexandria; Egyptian "
         "Arabic wording (ammonium nitrate repeats in many sets; a natron label was found in no earlier precursor "
         "row)", firm("Nile Deli Emporiki", "GR")),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "IN", [], "ES", "290219",
         "Cyclopentane 95 %, blowing agent for PU foam, 80 drums of 150 kg", "IN", 12000, 80, 14400, "USD",
         "cyclopentane is a light hydrocarbon of 0.75 kg/l that boils at 49 °C, so a 200 l drum holds about 150 kg; "
         "these drums are full at 150 kg yet weigh 1.24 kg/l, boil at 32 °C, do not burn easily and a gas test gives "
         "1,1-dichloro-1-fluoroethane: HCFC-141b, whose import into the Union Regulation 2024/590 bans, by sea from "
         "Mundra to Valencia for a sandwich-panel maker; English wording from an Indian trader (HCFC-141b repeats in "
         "many sets and cyclopentane labels in many, from India by sea to Greece in blind31 and blind49; kept as a "
         "known repeat, into Spain for a sandwich-panel maker is the new part)",
         firm("Paneles Levante SL", "ES")),
        ("OZN-02", "import", "GRROAD01", "road", "AL", [], "GR", "841581",
         "Pompa nxehtësie ajër-ajër, të reja, R-32, 60 njësi", "AL", 2400, 60, 9000, "EUR",
         "new split heat pumps come boxed with an energy label and an R-32 charge of about 1 kg; these 60 units are "
         "scratched, dated 2014-2019 under new stickers, their rating plates read 'R22' and a gas test on the "
         "service valves confirms it: used air conditioners relying on HCFC-22, which may not be placed on the "
         "Union market, by lorry at Kakavia for a Ioannina installer at 150 EUR each; Albanian wording (R-22 "
         "equipment repeats in many sets; reconditioned split units from Albania into Greece are the new part)",
         firm("Ipiros Klima EPE", "GR")),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "731100",
         "Puste butle stalowe wielokrotnego napełniania, 10 kg, 400 szt. (空钢瓶)", "CN", 6800, 400, 9200, "USD",
         "empty refillable cylinders are light, ring hollow and read 0 bar; these 400 weigh 17 kg each instead of 7, "
         "hiss when the valve is cracked and a gas test gives chlorodifluoromethane: 4,000 kg of HCFC-22 declared as "
         "empty containers, whose import into the Union is banned, by rail from Zhengzhou to Małaszewicze for a "
         "Łódź 'cylinder trader'; Polish wording over a Chinese packing list (HCFC-22 repeats in many sets and "
         "'empty cylinder' covers in a few; by rail into Poland is the new part as far as a search found)",
         firm("Chłodtech Hurt Sp. z o.o.", "PL")),
        ("OZN-04", "import", "FRAIR01", "express", "JP", [], "FR", "330430",
         "ノンアセトン除光液 (酢酸エチル), サロン用, 4 x 5 L", "JP", 24.8, 4, 32000, "JPY",
         "acetone-free nail-polish remover is ethyl acetate, 0.90 kg/l, flammable and fruity-smelling; these four "
         "cans weigh 1.24 kg/l, boil off at 32 °C in the hand, will not light and a gas test gives "
         "1,1-dichloro-1-fluoroethane, sold on to electronics repairers as a cleaning solvent: HCFC-141b, whose "
         "import into the Union Regulation 2024/590 bans, sent by express from Osaka to a Marseille 'beauty-salon "
         "supplier'; Japanese wording (HCFC-141b repeats in many sets and nail-remover labels in many, always on "
         "precursors; a nail-remover label on an ozone-depleting substance was found in no earlier row)",
         firm("Salon Provence Distribution SARL", "FR")),
        ("OZN-05", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "290323",
         "Tetrachloroethylene (perchloroethylene), dry-cleaning grade, 60 drums", "IN", 18000, 60, 12600, "USD",
         "perchloroethylene weighs 1.62 kg/l and boils at 121 °C; these drums weigh much the same but boil at 77 °C, "
         "smell sweeter and a gas chromatograph gives carbon tetrachloride: CTC, whose transit through the Union "
         "Regulation 2024/590 bans without a licence, landed at Koper in transit by lorry to a Belgrade 'dry-cleaning "
         "supplier'; English wording (carbon tetrachloride under perchloroethylene labels "
         "repeats in many sets, from India in blind14, blind42, blind73 and blind77 among them; kept as a known repeat, "
         "in transit through Slovenia to Serbia is the new part)", {"importer_country": "RS"}),
        ("OZN-06", "export", "HUROAD01", "road", "HU", [], "UA", "271113",
         "Visszanyert hűtőközeg R-600a, tisztított, 30 palack", "HU", 900, 30, 1800, "EUR",
         "recovered R-600a is isobutane, 0.55 kg/l, and a 27 kg cylinder holds about 12 kg of it; these cylinders "
         "hold 30 kg each, read 5.7 bar at 20 °C and a gas test gives dichlorodifluoromethane recovered from old "
         "refrigerators in a Debrecen plant: CFC-12, whose export from the Union is banned, by lorry at Záhony to an "
         "Uzhhorod 'refrigeration service'; Hungarian wording (CFC-12 repeats in many sets and R-600a labels in "
         "many, on imports; as recovered isobutane exported from Hungary to Ukraine is the new part)", {"importer_country": "UA"}),
        ("OZN-07", "import", "LVPOST01", "post", "KZ", [], "LV", "842410",
         "Огнетушитель порошковый ОП-2 (З), автомобильный, 4 шт.", "KZ", 10, 4, 20000, "KZT",
         "a 2 kg car powder extinguisher is dry, does not slosh and reads about 16 bar; these four slosh, weigh 2.6 "
         "kg of contents, carry no powder when a test puff is vented and smell sweet, the old stamping under the red "
         "paint reading 'хладон 114В2 / 2ХБ': halon 2402 and halon 1211 extinguishers, whose import into the Union "
         "is banned, posted from Almaty to a private person in Daugavpils; Russian wording from Kazakhstan (halons "
         "repeat in many sets and powder-extinguisher labels in many, OP-2 car extinguishers by road from Ukraine in "
         "blind53; kept as a known repeat, posted from Kazakhstan into Latvia is the new part)",
         person("Privātpersona", "LV")),
        ("OZN-08", "import", "NLAIR01", "air", "ID", [], "NL", "381400",
         "Pengelupas cat berbasis diklorometana, kaleng 1 l, 600 kaleng", "ID", 1200, 600, 2400, "USD",
         "dichloromethane paint stripper weighs 1.33 kg/l and may no longer be sold to the public; these cans "
         "weigh 1.99 kg/l, the 'DCM' drum label in the filler's packing list reads 'CH2BrCl' and a gas test "
         "confirms bromochloromethane: an ozone-depleting substance whose import into the Union is banned, by air "
         "freight from Jakarta to Schiphol for a 'restoration supplies' trader; Indonesian wording (bromochloromethane "
         "repeats in many sets and dichloromethane labels in several; from Indonesia by air is the new part)",
         firm("Oranje Restauratie Supplies BV", "NL")),
        ("OZN-09", "import", "PTSEA01", "sea", "BR", [], "PT", "841850",
         "Expositores refrigerados novos, R-290, 40 unidades", "BR", 6000, 40, 48000, "BRL",
         "a refrigeration container for a Lisbon supermarket chain: new propane display cases and cold-room doors "
         "are what such a buyer imports, but the third item's 'unidades condensadoras recondicionadas' are 24 used "
         "condensing units from a closed São Paulo hypermarket, each charged with 6 kg of R-22 under new labels: "
         "equipment relying on HCFC-22, which may not be placed on the Union market, hidden as the last item of a "
         "three-item declaration, by sea from Santos to Lisbon; Brazilian Portuguese wording (R-22 equipment repeats "
         "in many sets and used condensing units in several, from Portugal to Angola in blind73; behind a "
         "display-case shipment from Brazil is the new part)",
         dict(firm("Frio Atlântico Lda", "PT"),
              _more_items=[item("841899", "Portas para câmaras frigoríficas, 30 unidades", "BR", 1500, 36000, "BRL", qty=30),
                           item("841869", "Unidades condensadoras recondicionadas, 24 unidades", "BR", 2900, 24000, "BRL", qty=24)])),
        ("OZN-10", "import", "ROROAD01", "road", "MD", [], "RO", "271112",
         "Butelii cu gaz pentru încălzitoare de terasă, 40 x 11 kg", "MD", 440, 40, 8000, "MDL",
         "patio-heater gas is propane, 0.5 kg/l, in 11 kg cylinders at about 6 bar; these cylinders are heavier "
         "than their tare plus 11 kg, read 1.9 bar at 20 °C, carry a skull label under the new sleeve and a gas test "
         "gives bromomethane, bought by a Iași vineyard owner to fumigate greenhouse soil: methyl bromide, whose "
         "import and use the Union bans, in a van at Sculeni; Romanian wording from Moldova (methyl bromide repeats "
         "in many sets and gas-cylinder covers in several; patio-heater cylinders are the new part)",
         person("Persoană fizică", "RO")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "680299",
         "لوحه‌های دیواری سنگ صابونی، نو، صنایع دستی، ۸ عدد", "AF", 96, 8, 640, "USD",
         "new soapstone wall plaques are pale, soft, sharp-edged and polished on the face; these eight are grey-green "
         "schist panels with worn relief scenes of the Buddha's life, broken edges, root marks and dried mud in the "
         "undercuts, dug at a Gandharan monastery site in eastern Afghanistan: archaeological objects exported "
         "unlawfully from Afghanistan (UNESCO 1970; EU 2019/880 forbids introducing them), by air freight from "
         "Dubai, where they were re-consigned, to Frankfurt for a 'Asian-art' dealer; Dari wording (Gandharan "
         "schist repeats in many sets and soapstone labels covered other goods in blind56 and blind63; Gandharan "
         "reliefs as new soapstone plaques through Dubai are the new part as far as a search found)",
         firm("Orient Sakralkunst GmbH", "DE")),
        ("CUL-02", "import", "BGROAD01", "road", "TR", [], "BG", "701399",
         "El yapımı üfleme cam vazolar, yeni, 30 adet", "SY", 12, 30, 450, "USD",
         "new hand-blown vases are clear or evenly coloured, with a fresh pontil mark and no wear; these thirty are "
         "small, thin-walled flasks and bottles with a silvery, flaking iridescent skin, earth inside and ancient "
         "breaks, from Roman tombs near Idlib: archaeological glass removed from Syria, whose import Regulation "
         "36/2012 bans (and UNESCO 1970), by lorry at Kapitan Andreevo for a Sofia 'interior decorator'; Turkish "
         "wording (ancient glass repeats in many sets, mostly as perfume or decorative flasks from Lebanon; as new "
         "hand-blown vases by road from Türkiye into Bulgaria is the new part)",
         firm("Dekor Antika EOOD", "BG")),
        ("CUL-03", "import", "ESPOST01", "post", "PE", [], "ES", "630499",
         "Funda de cojín de algodón, artesanía de Lambayeque, 1 unidad", "PE", 0.6, 1, 60, "USD",
         "a craft cushion cover is new cotton, machine-sewn, with a zip and bright dyes; this is a brittle cotton "
         "gauze with painted birds, faded to brown and cream, with sand in its folds and a tomb smell, hand-sewn onto "
         "a new backing: a Chancay textile (c. 1200-1450), archaeological heritage whose export Peru forbids (UNESCO "
         "1970; EU 2019/880), posted from Lima to a private person in Madrid; Peruvian Spanish wording (Chancay "
         "textiles repeat in several sets and alpaca wall-hanging covers in three; a cushion-cover label was found in "
         "no earlier row)",
         person("Particular", "ES")),
        ("CUL-04", "export", "ITSEA01", "sea", "IT", [], "US", "970191",
         "Copia decorativa ad olio su tela, XX secolo, cornice dorata, 1 pezzo", "IT", 45, 1, 900, "EUR",
         "a twentieth-century decorative copy has a fresh canvas, modern stretcher and even craquelure; this has a "
         "relined canvas, a hand-forged stretcher, a Neapolitan collector's seal and the crackle of three centuries, "
         "a Caravaggesque 'Saint Jerome' of about 1640 from a Naples family collection: a painting over 50 years old "
         "and over 150,000 EUR exported without the licence Regulation 116/2009 requires, by sea from Genoa to New "
         "York in a household-goods container; Italian wording (paintings as copies repeat in many sets; a "
         "Neapolitan baroque picture by sea to the United States is the new part)", {"importer_country": "US"}),
        ("CUL-05", "export", "ATROAD01", "road", "AT", [], "CH", "442019",
         "Holzschnitzerei, Madonna, neu, Grödner Handwerk, 1 Stück", "AT", 35, 1, 450, "EUR",
         "new Gröden carvings are of clean limewood with fresh, even paint and a workshop stamp; this figure has "
         "worm holes filled with old wax, gesso and gilding worn through to the bole and a hollowed back, a Tyrolean "
         "Madonna of about 1490 taken from a chapel near Schwaz: a sculpture over 50 years old and over 150,000 EUR "
         "exported without the licence Regulation 116/2009 requires, in a van at Feldkirch-Tisis to a Zurich "
         "collector; Austrian German wording (wooden saints as new carvings repeat in a few sets, blind47 among them; "
         "a Gothic Tyrolean piece from Austria to Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-06", "import", "DKAIR01", "express", "IQ", [], "DK", "691390",
         "بلاطات خزفية مصنوعة يدويًا، عينات، 20 قطعة", "IQ", 3, 20, 60, "USD",
         "handmade tile samples are glazed, flat and square; these twenty are unglazed, pillow-shaped lumps of "
         "sun-dried clay the size of a palm, densely impressed with wedge-shaped signs and crusted with salts: "
         "cuneiform tablets dug at Umma or nearby, cultural goods removed from Iraq whose import Regulation 1210/2003 "
         "bans (and UNESCO 1970), sent by express from Erbil to a private person in Copenhagen; Iraqi Arabic wording "
         "(cuneiform tablets repeat in several sets and a tile-sample label once, on a Roman mosaic in blind81; cuneiform as tile samples by express to Denmark is the new part)",
         person("Privatperson", "DK")),
        ("CUL-07", "import", "FRAIR01", "air", "NP", [], "FR", "680299",
         "नयाँ कुँदिएको ढुङ्गाको बुद्ध मूर्ति, पाटन हस्तकला, 1 थान", "NP", 180, 1, 400, "USD",
         "new Patan stone carvings are pale, sharp-edged and free of patina; this grey stele of Vishnu has rounded "
         "edges, centuries of oil and vermilion in its crevices, cement on its base where it was prised from a "
         "roadside shrine, and a Licchavi inscription: a sacred sculpture of the 7th century stolen from a Kathmandu "
         "valley shrine, cultural property exported unlawfully from Nepal (UNESCO 1970; EU 2019/880), by air freight "
         "from Kathmandu to Paris; Nepali wording (Nepalese steles as new Patan carvings repeat "
         "in several sets, blind51, blind70 and blind71 among them; kept as a known repeat, the new-Buddha label on a "
         "Vishnu stele is the new part)", firm("Galerie Himalaya SARL", "FR")),
        ("CUL-08", "import", "PLRAIL01", "rail", "UA", [], "PL", "970191",
         "Ікони писані вручну, нові, для церковної крамниці, 14 шт.", "UA", 40, 14, 700, "UAH",
         "new hand-painted icons are on fresh plywood or gessoed board with bright acrylic and gold leaf; these "
         "fourteen are on split lime panels with dovetailed battens, darkened varnish, candle soot and inventory "
         "numbers of a regional museum on the back, 18th-century icons taken from an occupied district of the "
         "Kherson region: cultural property removed from Ukraine in breach of its law (UNESCO 1970; EU 2019/880), "
         "by rail freight from Kyiv to Przemyśl for a Kraków 'church-goods shop'; Ukrainian wording (Ukrainian icons "
         "as new or printed icons repeat in several sets, by road into Poland in blind8, blind17 and blind31; kept as "
         "a known repeat, by rail freight for a church-goods shop is the new part)", firm("Sacrum Dom Sp. z o.o.", "PL")),
        ("CUL-09", "import", "ITAIR01", "air", "OM", [], "IT", "130190",
         "لبان ظفاري، درجة حوجري، 20 كجم", "OM", 20, None, 1800, "USD",
         "an Omani gift shipment for a Milan Middle-Eastern boutique: Dhofari frankincense and new silver khanjars "
         "are what such shops import, but the third item's 'رؤوس مرمر تذكارية' are six worn, translucent alabaster "
         "heads with inlaid eyes gone, Musnad letters on their bases and tomb earth in the cracks: South Arabian "
         "funerary heads from Yemen (Qataban/Awsan), looted and carried through Oman, cultural property exported "
         "unlawfully from Yemen (UNESCO 1970; EU 2019/880), hidden as the last item of a three-item declaration, by "
         "air freight from Muscat to Milan; Arabic wording (South Arabian alabaster repeats in several sets; behind "
         "a frankincense and khanjar shipment from Oman is the new part)",
         dict(firm("Oasi d'Oriente Srl", "IT"),
              _more_items=[item("711411", "خناجر عمانية فضية جديدة، 10 قطع", "OM", 8, 4000, "USD", qty=10),
                           item("680291", "رؤوس مرمر تذكارية، 6 قطع", "OM", 18, 300, "USD", qty=6)])),
        ("CUL-10", "export", "ESPOST01", "post", "ES", [], "US", "491191",
         "Lámina decorativa, reproducción sobre papel, enmarcada, 1 unidad", "ES", 0.5, 1, 40, "EUR",
         "a framed reproduction is printed on wove paper with a dot screen under a magnifier; this leaf is vellum, "
         "pricked and ruled, hand-written in Gothic script with burnished gold initials and a Castilian "
         "miniature, a leaf cut from a 15th-century book of hours in a Valladolid collection: a manuscript leaf, "
         "which needs the licence Regulation 116/2009 requires whatever its value, posted from Madrid to a "
         "private buyer in Boston; Spanish wording (book-of-hours leaves as decorative prints repeat, "
         "by air from France in blind39; kept as a known repeat, posted from Spain is the new part)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RS", "BG", "TR"], "IR", "850440",
         "Frequenzumrichter für Brunnenpumpen, 50 Hz, 15 kW, 24 Stück", "DE", 720, 24, 28000, "EUR",
         "frequency converters for well pumps run motors at 0-50 Hz; these 24 are set by their firmware and test "
         "report for a 600-2,000 Hz output with less than 0.2 % frequency control, multiphase, and are bound for a "
         "Tabriz 'irrigation contractor' known as a front of a centrifuge programme: frequency changers (dual-use "
         "3A225), whose supply to Iran the Union's Iran sanctions forbid, on a lorry through the Balkans and Türkiye "
         "to Bazargan; German wording (frequency changers as pump or "
         "spindle drives for Iran repeat in many sets, blind71, blind72 and blind88 among them; kept as a known "
         "repeat, the road through Serbia and Bulgaria to Bazargan is the new part)", {"importer_country": "IR"}),
        ("STR-02", "export", "NLAIR01", "express", "NL", [], "AM", "854470",
         "Fibre-optic patch-cord kits, LC/SC, 20 units", "NL", 14, 20, 2200, "EUR",
         "patch-cord kits are coiled cables with connectors at a hundred euros each; these 20 'kits' each hold a "
         "tin-sized fibre-optic gyroscope coil with its sensing electronics and a bias stability under 0.5 °/h, "
         "ordered by a Yerevan 'telecom installer' that forwards to Moscow: navigation gyroscopes (dual-use 7A001 "
         "class, and listed for Russia in Regulation 833/2014), sent by express from Amsterdam to Armenia for "
         "re-export to Russia; English wording (gyroscopes repeat in several sets, Armenian diversion routes in many "
         "and a fibre patch-cord label once, on other goods in blind91; gyroscopes as patch-cord kits from the "
         "Netherlands are the new part)", {"importer_country": "AM"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "PK", "847480",
         "Tavola vibrante per prefabbricati in calcestruzzo, 1 unità", "IT", 5200, 1, 38000, "EUR",
         "a concrete vibrating table is a steel deck on eccentric-mass motors, with no control electronics; this "
         "'table' is an electrodynamic shaker with a 60 kN head expander, digital closed-loop control over 20-2,000 "
         "Hz and a slip table for payloads, bought for a Rawalpindi 'precast yard': a vibration test system (dual-use "
         "2B116) exported without the licence Regulation 2021/821 requires, by sea from Genoa to Karachi; Italian "
         "wording (vibration test systems were found in few earlier rows; as a concrete vibrating table is the new "
         "part)", {"importer_country": "PK"}),
        ("STR-04", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "441231",
         "Фанера березовая, ФК, 18 мм, 4 вагона (Kazakhstan origin)", "KZ", 240000, None, 120000, "EUR",
         "Kazakhstan has little birch and few plywood mills; these four wagons of 18 mm birch plywood carry mill "
         "stamps of a Kostroma factory under the new pallet labels and were loaded at a Russian station named in the "
         "rail waybill: Russian wood products re-labelled as Kazakh origin, whose import Regulation 833/2014 bans, "
         "by rail through Russia to Rēzekne for a Riga furniture trader; Russian wording (Russian plywood under Kazakh "
         "papers repeats in many sets, blind17, blind22, blind35 and blind49 among them; kept as a known repeat, by "
         "rail to Rēzekne is the new part)",
         firm("Baltic Plywood Trade SIA", "LV")),
        ("STR-05", "export", "DEPOST01", "post", "DE", [], "KG", "847150",
         "Bastelset Mikrocontroller-Lernpaket, 3 Stück", "DE", 2.5, 3, 90, "EUR",
         "microcontroller learning kits hold a board, a breadboard and jumper wires; these three parcels hold 600 "
         "loose 32-bit microcontrollers and 200 GNSS receiver chips in reels, worth some 6,000 EUR, for a Bishkek "
         "private address that forwards to a Russian drone workshop: common high-priority items listed for Russia in "
         "Regulation 833/2014, sent by post to Kyrgyzstan under a 'no re-export to Russia' clause that the buyer "
         "plainly breaches; German wording (microcontrollers to Russia through Central Asia repeat in many sets; "
         "learning kits by post are the new part)", {"importer_country": "KG"}),
        ("STR-06", "export", "LTROAD01", "road", "LT", [], "BY", "870893",
         "Sankabos diskai traktoriams, 40 vnt.", "LT", 1600, 40, 4000, "EUR",
         "tractor clutch discs are steel plates with riveted friction linings, a few kilograms each; these 40 are "
         "40 kg carbon-carbon brake discs with aircraft part numbers of a regional-jet wheel assembly, bound for a "
         "Minsk 'agricultural repair' firm: aircraft parts whose supply to Belarus Regulation 765/2006 bans, by lorry "
         "at Medininkai; Lithuanian wording (brake discs repeat in a few sets; aircraft brake discs as tractor "
         "clutch discs to Belarus are the new part)", {"importer_country": "BY"}),
        ("STR-07", "transit", "DESEA01", "sea", "GB", ["DE"], "AE", "840790",
         "Two-stroke engines for paramotors, 50 units", "GB", 1100, 50, 42000, "GBP",
         "paramotor engines are 15-25 kW, 15 kg units with a reduction drive for a hand-held frame; these 50 are "
         "twin-cylinder 38 kW engines with electronic ignition, a generator and a mount plate for a fixed-wing "
         "airframe, consigned to a Jebel Ali forwarder whose end user is an Iranian UAV maker: engines for unmanned "
         "aerial vehicles whose supply to Iran Regulation 2023/1529 bans, also through the Union, in transit at "
         "Hamburg; British English wording (drone engines for Iran repeat in many sets and paramotor labels in "
         "several, blind33, blind48, blind90 and blind91 among them, by air from Germany and Austria; kept as a known "
         "repeat, from Britain by sea in transit through Hamburg is the new part)", {"importer_country": "AE"}),
        ("STR-08", "export", "DKAIR01", "air", "DK", [], "AE", "841939",
         "Madtørrer til husholdningsbrug, 4 stk.", "DK", 1600, 4, 96000, "DKK",
         "household food dehydrators are fan ovens of a few kilograms; these four are 400 kg freeze-dryers with a "
         "condenser of 30 kg ice a day, steam-sterilisable chambers and a contained loading port, sold to a Dubai "
         "trader for a Tehran 'pharmaceutical' buyer: freeze-drying equipment (dual-use 2B352), whose supply to "
         "Iran the Union's sanctions forbid and whose export Regulation 2021/821 licenses, by air freight from "
         "Billund to Dubai; Danish wording (freeze-dryers repeat in a few sets and a fruit-dehydrator label once, in blind51; as household dehydrators from "
         "Denmark is the new part)", {"importer_country": "AE"}),
        ("STR-09", "export", "SEAIR01", "express", "SE", [], "KZ", "903039",
         "Multimetrar för skolbruk, 10 st.", "SE", 60, 10, 4000, "SEK",
         "school multimeters are handheld and cost a few hundred kronor; these ten boxes hold 6 GHz bench "
         "oscilloscopes and spectrum analysers worth 900,000 SEK, for an Almaty 'school supplier' that forwards to "
         "a St Petersburg radar plant: electronic test equipment listed for Russia in Regulation 833/2014, sent by "
         "express from Stockholm to Kazakhstan; Swedish wording (test equipment to Russia through Kazakhstan repeats "
         "in several sets and school-multimeter labels in blind80 and blind93, kept as a known repeat; from Sweden is the "
         "new part)", {"importer_country": "KZ"}),
        ("STR-10", "import", "BESEA01", "sea", "OM", [], "BE", "390120",
         "High-density polyethylene granules, blow-moulding grade, Omani origin, 200 t", "OM", 200000, None, 190000,
         "USD",
         "Omani HDPE comes from Sohar with a mill certificate and Latin-letter bag print; these 8,000 bags carry "
         "Farsi print of a Bandar Imam petrochemical plant under the over-sleeves and the bill of lading was "
         "switched at Sohar after a ship-to-ship transfer: Iranian petrochemical products, whose import Regulation "
         "267/2012 bans again since the sanctions were reimposed in 2025, by sea to Antwerp; English wording over Farsi bags (Iranian petrochemicals "
         "repeat in several sets; HDPE re-labelled as Omani into Antwerp is the new part as far as a search found)",
         firm("Scheldt Polymers NV", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "854143",
         "Gereviseerde zonnepanelen, getest, werkend, 1 container", "NL", 18000, 1000, 9000, "EUR",
         "refurbished solar panels come tested, flashed, with a power report and intact glass; these 1,000 "
         "thin-film panels are cracked, delaminated and loose-stacked without pallets, with no test report, from a "
         "Dutch solar park repowering, and their backsheets read 'CdTe': end-of-life cadmium telluride modules "
         "(16 02 13*, e-waste containing hazardous components), hazardous waste whose export to a non-OECD country "
         "is banned, from Rotterdam to Tema; Dutch wording (solar panels as second-hand goods repeat in several "
         "sets, thin-film modules among them in blind96; kept as a known repeat, cadmium-telluride modules from the "
         "Netherlands to Ghana are the new part)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "283230",
         "Tiosiarczan sodu, roztwór techniczny, 20 IBC", "PL", 20000, 20, 1000, "EUR",
         "technical sodium thiosulphate solution is clear and colourless; these IBCs hold a brown, turbid liquid "
         "that smells of sulphide, carries a silver content of 3 g/l and is the used fixer of hospital X-ray and "
         "printing labs collected around Rzeszów: spent photographic fixer (09 01 04*), hazardous waste whose export "
         "to a non-OECD country is banned, by lorry at Korczowa for a Lviv 'chemical trader'; Polish wording (spent "
         "fixer repeats in a few sets, as a thiosulphate solution to Italy in blind42; kept as a known repeat, by road "
         "from Poland to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "381600",
         "Šamotová drť, žárovzdorná, k opětovnému použití, 3 vozy", "CZ", 180000, None, 5400, "EUR",
         "refractory grog is clean, crushed, fired fireclay sold to a grading; these wagons hold broken magnesia-"
         "chrome bricks torn out of a glass-furnace regenerator in northern Bohemia, coated in green glass, that "
         "test for hexavalent chromium: spent refractory linings containing dangerous substances (16 11 03*), "
         "hazardous waste whose export to a non-OECD country is banned, by rail through Slovakia and Hungary to a "
         "Serbian 'ceramics plant'; Czech wording (magnesia-chrome bricks repeat, for reuse in blind48, and a chamotte label in blind102; kept as a known repeat, "
         "by rail from Czechia to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "850650",
         "Lithium-Thionylchlorid-Batterien für Smart Meter, neu, Lagerware, 40.000 Stück", "AT", 4000, 40000, 2000,
         "EUR",
         "new smart-meter cells come sealed in trays with a recent date code, at a few euros each; these 40,000 "
         "carry date codes of 2029-2031, scuffed sleeves and cut solder tags, pulled from water and gas meters "
         "replaced across Styria, and read 2.9-3.3 V instead of 3.6 V, at five cents each: spent lithium primary "
         "batteries, hazardous under the Union's revised list of waste, whose export to a non-OECD country is "
         "banned, by lorry through Hungary to a Novi Sad 'battery distributor'; Austrian German wording "
         "(lithium batteries repeat in many sets and used electricity meters in a few; spent meter cells as new "
         "stock were found in no earlier row)", {"importer_country": "RS"}),
        ("WST-05", "transit", "HUROAD01", "road", "UA", ["HU", "RO", "BG"], "TR", "271012",
         "Базове мастило SN 150, 20 IBC", "UA", 18000, 20, 7200, "USD",
         "SN 150 base oil is a clear, pale-yellow, odourless mineral oil; these IBCs hold dark, acrid transformer "
         "oil drained from Soviet-era substation transformers, with 180 mg/kg PCB on a screening test: waste oil "
         "containing PCBs (13 03 01*), hazardous waste moved without the notification and consents of the transit "
         "states, in transit on a lorry at Záhony through Hungary, Romania and Bulgaria to a Turkish 'oil "
         "re-refiner'; Ukrainian wording (PCB oils repeat in several sets and base-oil labels "
         "in many, SN 150 in Bulgarian in blind48; kept as a known repeat, in transit by road from Ukraine is the "
         "new part)", {"importer_country": "TR"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "NG", "251110",
         "Recovered barite weighting agent, bagged, 600 t", "DK", 600000, None, 6000, "EUR",
         "recovered barite is a dry, grey powder of 4.2 g/cm3 with an assay; these bags hold a black, greasy paste "
         "of 2.1 g/cm3 that smells of diesel, with 12 % hydrocarbons and rock chips, from the slop tanks of North Sea "
         "supply vessels landed at Esbjerg: oil-based drill cuttings and muds (01 05 05*), hazardous waste whose "
         "export to a non-OECD country is banned, by sea to Onne for a 'drilling-fluid supplier'; English wording "
         "from a Danish broker (drill cuttings as recovered barite repeat in several sets, blind21, blind50 and "
         "blind103 among them; kept as a known repeat, from Esbjerg to Nigeria is the new part)", {"importer_country": "NG"}),
        ("WST-07", "export", "GRROAD01", "road", "GR", [], "MK", "253090",
         "Κηπευτικό χώμα, κοσκινισμένο, για διαμόρφωση τοπίου, 24 t", "GR", 24000, None, 360, "EUR",
         "screened garden soil is brown, crumbly and smells of earth; this load is grey-black, smells of petrol and "
         "holds pieces of tank coating and asphalt, dug out when a Thessaloniki filling station's leaking "
         "underground tanks were removed, and a field test reads 8,000 mg/kg hydrocarbons: soil containing "
         "dangerous substances (17 05 03*), hazardous waste whose export to a non-OECD country is banned, by lorry at "
         "Evzonoi for a Gevgelija 'landscaper'; Greek wording (contaminated soil as garden or landscaping soil "
         "repeats in many sets, blind23, blind73, blind78, blind80, blind93 and blind94 among them; kept as a known "
         "repeat, filling-station soil from Greece to North Macedonia is the new part)", {"importer_country": "MK"}),
        ("WST-08", "export", "FRAIR01", "express", "FR", [], "SN", "850440",
         "Contrôleurs pour vélos électriques, reconditionnés, 12 unités", "FR", 38, 12, 240, "EUR",
         "e-bike controllers are small aluminium boxes of a few hundred grams; these twelve 3 kg packs are swollen, "
         "dented lithium-ion e-bike batteries with burnt connectors collected by a Paris repair shop, sent with no "
         "dangerous-goods marking: waste lithium-ion batteries, hazardous under the Union's revised list of waste, "
         "whose export to a non-OECD country is banned and which may not travel by express unmarked, from Paris to a Dakar "
         "'repairer'; French wording (e-bike batteries repeat in several sets; as controllers by express to "
         "Senegal is the new part)", {"importer_country": "SN"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "MA", "260700",
         "Concentrado de galena, 2 contenedores, 44 t", "ES", 44000, None, 13200, "EUR",
         "galena concentrate is a heavy, glittering grey sand of 70 % lead with an assay; these containers hold a "
         "dull, damp, grey-white paste that fumes sulphate when acid is added, with plastic chips, from the "
         "breaking plant of a Huelva battery recycler: lead paste from spent lead-acid batteries (16 06 01* "
         "fraction), hazardous waste whose export to a non-OECD country is banned, by sea from Algeciras to a "
         "Casablanca smelter; Spanish wording (battery lead paste repeats in a few sets and lead-concentrate labels in blind31 and blind78; kept as a known repeat, from "
         "Spain to Morocco is the new part)", {"importer_country": "MA"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "NG", "940360",
         "Begagnade möbler, hushållsgods, 1 container", "SE", 6000, None, 1500, "SEK",
         "a personal-effects container for a Lagos family: used furniture and clothes are what such containers "
         "hold, but the third item's 'bilbatterier, begagnade, testade' are 300 dead, cracked lead-acid car "
         "batteries from a Gothenburg scrapyard, some leaking acid onto the floor: spent lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Gothenburg to Lagos; Swedish wording (used batteries in personal-effects "
         "containers repeat in several sets; from Sweden to Nigeria is the new part)",
         dict({"importer_country": "NG"},
              _more_items=[item("630900", "Begagnade kläder, 80 balar", "SE", 3200, 800, "SEK", qty=80),
                           item("850710", "Bilbatterier, begagnade, testade, 300 st.", "SE", 5400, 3000, "SEK", qty=300)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "ID", [], "NL", "691390",
         "Batu hias akuarium, keramik buatan, 40 kotak", "ID", 800, 40, 1600, "USD",
         "artificial aquarium rock is moulded ceramic or resin, light, even-coloured and dry; these 40 boxes hold "
         "heavy, damp, porous skeleton rock with living polyps, corallite cups and encrusting algae, knocked off "
         "reefs off Bali: live rock and stony corals (Scleractinia, CITES App. II) without CITES export permits, by "
         "air freight from Denpasar to Schiphol for an aquarium wholesaler; Indonesian wording (live rock and coral "
         "from Indonesia by air repeat in many sets, blind11, blind22, blind33 and blind40 among them; kept as a "
         "known repeat, the artificial-ceramic label is the new part)",
         firm("Reef Holland BV", "NL")),
        ("WLF-02", "import", "ITPOST01", "post", "HK", [], "IT", "030569",
         "蝦乾 (大蝦米), 2 包, 1 公斤", "HK", 1, 2, 600, "HKD",
         "dried shrimp are small, curled, orange and smell of the sea; these two bags hold 300 flat, grey-brown, "
         "curled seahorses with snouts and ridged bodies: dried seahorses (Hippocampus spp., CITES App. II) without "
         "CITES documents, posted from Hong Kong to a private person in Milan who runs a herbal clinic; Cantonese "
         "wording (dried seahorses repeat in many sets and dried-shrimp labels in blind92 and "
         "blind103, from Thailand; kept as a known repeat, Cantonese by post from Hong Kong to Italy is the new part)", person("Sig. L. Chen", "IT")),
        ("WLF-03", "import", "DKAIR01", "express", "TH", [], "DK", "060290",
         "ต้นกล้วยไม้ฟาแลนนอปซิส ต้นอ่อน, 30 ต้น", "TH", 3, 30, 1500, "THB",
         "Phalaenopsis plugs from a Thai nursery come in flasks or trays, identical clones with nursery tags; these "
         "30 are bare-root, mixed-size plants with mottled leaves, slipper-shaped old flower stalks and forest "
         "moss on their roots, wild-dug in northern Thailand: slipper orchids (Paphiopedilum spp., CITES App. I) "
         "without CITES documents or a phytosanitary certificate, sent by express from Bangkok to a private grower "
         "in Aarhus; Thai wording (Paphiopedilum repeats in several sets and Phalaenopsis labels in several, "
         "blind25 and blind57 among them; kept as a known repeat, Thai by express to Denmark is the new part)", person("Privatperson", "DK")),
        ("WLF-04", "transit", "FRAIR01", "air", "MG", ["FR"], "HK", "030819",
         "Concombres de mer séchés, Holothuria atra, 120 kg", "MG", 120, None, 2400, "EUR",
         "Holothuria atra, the lollyfish, is a small, black, thin-walled sea cucumber of low price; these are large, "
         "thick, grey-brown animals with the side 'teats' of teatfish, worth twenty times more: white and black "
         "teatfish (Holothuria fuscogilva and H. nobilis, CITES App. II) without CITES export permits, flown from "
         "Antananarivo in transit through Paris to Hong Kong; Malagasy French wording (teatfish repeat in several "
         "sets and a lollyfish label once, in Swahili in blind86; kept as a known repeat, in transit through Paris "
         "from Madagascar is the new part)",
         {"importer_country": "HK"}),
        ("WLF-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "300490",
         "清热解毒颗粒 (中成药), 10 g 袋, 20,000 袋", "CN", 400, 20000, 8000, "USD",
         "Chinese patent-medicine granules carry a list of plant ingredients; these sachets list '熊胆粉' (bear bile "
         "powder) on the inner packing and test positive for ursodeoxycholic acid of animal origin: Asiatic black "
         "bear bile (Ursus thibetanus, CITES App. I) in products without CITES documents, by rail freight from "
         "Chengdu for a Warsaw herbal wholesaler; Chinese wording (bear bile repeats in several sets, by post in blind4, "
         "blind14 and blind30; in granules by rail into Poland is the new part)", firm("Zdrowie Wschodu Sp. z o.o.", "PL")),
        ("WLF-06", "import", "BGROAD01", "road", "TR", [], "BG", "160432",
         "Qırmızı balıq kürüsü (keta), 50 banka, 500 q", "AZ", 25, 50, 1500, "EUR",
         "keta salmon roe is bright orange, pea-sized and costs a few euros a jar; these 50 jars hold small, "
         "glossy, grey-black grains with a faint nutty smell, relabelled from unmarked tins without the CITES "
         "code label: sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents, probably from "
         "Caspian poaching, in a van at Kapitan Andreevo for a Sofia restaurant supplier; Azerbaijani wording (caviar "
         "repeats in many sets and salmon-roe labels in several, a keta label in Russian in blind68; from Azerbaijan through Türkiye by road is the new "
         "part)", firm("Kaspiy Delikates EOOD", "BG")),
        ("WLF-07", "export", "DEAIR01", "express", "DE", [], "JP", "920290",
         "Akustikgitarre, gebraucht, Griffbrett Ostindischer Palisander, 1 Stück", "DE", 4, 1, 2500, "EUR",
         "East Indian rosewood is purple-brown with fine, even grain; this 1960s dreadnought's back, sides and "
         "fingerboard are chocolate-and-orange with dark 'spider-web' figure and a strong smell of roses: Brazilian "
         "rosewood (Dalbergia nigra, CITES App. I), exported without the CITES pre-Convention certificate it needs, "
         "sent by express from Frankfurt to a Tokyo collector at a tenth of its value; German wording (Brazilian "
         "rosewood repeats in a few sets and used rosewood guitars in blind6 and an early German row; kept as a "
         "known repeat, by express to Japan is the new part)",
         {"importer_country": "JP"}),
        ("WLF-08", "import", "ITSEA01", "sea", "MY", [], "IT", "410799",
         "Kulit lembu timbul, corak reptilia, 400 keping", "MY", 1200, 400, 6000, "USD",
         "embossed cowhide is thick, even, with a pressed pattern that repeats every sheet; these 400 pieces are "
         "long, narrow, thin skins with real overlapping scales, belly scutes and a tail end, at 15 USD each: "
         "reticulated python skins (Malayopython reticulatus, CITES App. II) without CITES export permits, by sea from "
         "Port Klang to La Spezia for a Florentine leather-goods workshop; Malay wording (python skins repeat in "
         "several sets and an embossed-cowhide label in Indonesian in blind46; kept as a known repeat, in Malay by sea "
         "to La Spezia is the new part)", firm("Pelletteria Arno Srl", "IT")),
        ("WLF-09", "import", "PTAIR01", "air", "MZ", [], "PT", "440799",
         "Madeira de cedro serrada, 2 toneladas", "MZ", 2000, None, 3000, "USD",
         "cedar sawnwood is light and resinous with a pencil smell; these planks are dense, yellow-brown and "
         "heavily scented, cut from the roots and heart of a shrub, and the buyer distils essential oil: East "
         "African sandalwood (Osyris lanceolata, CITES App. II) without CITES export permits, by air freight from "
         "Maputo to Lisbon; Mozambican Portuguese wording (sandalwoods repeat in several sets and a cedar-oil "
         "label once, in Swahili in blind92; Osyris sawnwood as cedar from Mozambique is the new part)", firm("Aromas do Índico Lda", "PT")),
        ("WLF-10", "import", "CZPOST01", "post", "IN", [], "CZ", "621420",
         "Pashmina shawl, cashmere, plain, 2 pcs", "IN", 0.3, 2, 20000, "INR",
         "pashmina shawls are soft, a little thick, and a cashmere fibre is some 15 µm; these two pass through a ring, "
         "feel like down and under a microscope show 10 µm fibres with the scale pattern of Tibetan antelope hair: "
         "shahtoosh (Pantholops hodgsonii, CITES App. I) without CITES documents, posted from Srinagar to a private "
         "person in Prague at a fiftieth of their value; English wording (shahtoosh under pashmina labels repeats in many sets, kept as a known repeat; posted "
         "from India into Czechia is the new part as far as a search found)", person("Jana Nováková", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "express", "GB", "NL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hydroponics)", "GB", 2.3, 2, 30, "GBP",
     [("PRECURSOR_LICENCE", "NL-VROM-43-0188")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "express", "US", "IE", "290420",
     "Nitromethane 40 %, model-engine fuel, 2 x 1 gal, for a licensed private user", "US", 7.5, 2, 80, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-43-0042")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "283230",
     "Spent photographic fixer (09 01 04*), for silver recovery at a licensed plant, 12 IBC", "CH", 12000, 12, 0,
     "EUR", [("BASEL_CONSENT", "DE-BY-43-0207")], "notified spent fixer to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "CZRAIL01", "rail", "RS", "CZ", "381600",
     "Spent magnesia-chrome refractory bricks (16 11 03*), for recovery at a licensed plant, 2 wagons", "RS",
     120000, None, 0, "EUR", [("BASEL_CONSENT", "CZ-MZP-43-0064")], "notified spent refractories to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "CH", "DE", "290314",
     "Carbon tetrachloride, analytical reagent, 10 x 1 l, for laboratory use", "CH", 16, 10, 900, "CHF",
     [("ODS_LICENCE", "DE-UBA-ODS-43-017")], "carbon tetrachloride for a licensed laboratory and analytical use"),
    ("PRM-06", "ozone", "export", "HUROAD01", "road", "HU", "AT", "290377",
     "Recovered CFC-12 from refrigerator recycling, 30 cylinders, for destruction at a licensed plant", "HU", 900,
     30, 0, "EUR", [("ODS_LICENCE", "HU-AM-ODS-43-006")], "recovered CFC-12 shipped for destruction under licence"),
    ("PRM-07", "cultural", "export", "ATROAD01", "road", "AT", "CH", "970310",
     "Carved and gilded limewood Madonna, Tyrol, about 1490, from a private collection", "AT", 35, 1, 240000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-43-0071")], "sculpture exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "US", "970191",
     "Oil on canvas, Neapolitan school, about 1640, from a private collection", "IT", 45, 1, 320000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-43-0135")], "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEROAD01", "road", "DE", "NO", "850440",
     "Frequency changers, 600-2,000 Hz, 6 units, for a Norwegian turbomachinery test bench", "DE", 180, 6, 54000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-43-1422"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-43-0033")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "JP", "901480",
     "Fibre-optic gyroscopes, navigation grade, 8 units, for a Japanese survey-vessel maker", "NL", 12, 8, 160000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-43-0517"), ("END_USER_CERTIFICATE", "JP-METI-EUC-43-0088")],
     "dual-use gyroscopes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "MY", "IT", "410799",
     "Reticulated python skins, tanned, within Malaysia's export quota, 300 pieces", "MY", 900, 300, 36000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-43-0251")], "App. II python skins with their export permit"),
    ("PRM-12", "wildlife", "import", "DKAIR01", "air", "TH", "DK", "060290",
     "Paphiopedilum seedlings, artificially propagated, registered nursery, 200 plants", "TH", 20, 200, 1400, "USD",
     [("CITES_PERMIT", "TH-DOA-43-0419")], "App. I slipper orchids artificially propagated, with their CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Private individual", "PRM-05": "Rheinland Analytik GmbH",
    "PRM-07": "Sammlung Limmat AG", "PRM-09": "Fjord Turbotest AS", "PRM-11": "Conceria Toscana Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("200989", "Coconut water, 1 l cartons", "import", ["sea"], ["VN", "TH"], (0.6, 1.0), (8000, 18000), ["USD"], 1, S),
    ("170199", "Moroccan sugar loaves for mint tea, 2 kg", "import", ["post"], ["MA"], (3, 6), (2, 6), ["EUR", "MAD"], 0.5, S),
    ("271019", "Paraffin lamp oil, clear, 1 l", "import", ["express"], ["US", "GB"], (4, 8), (1, 4), ["USD", "GBP"], 1.2, S),
    ("220299", "Birch sap drink, bottled, 0.5 l", "import", ["road"], ["UA", "LT"], (1, 2), (4000, 12000), ["EUR"], 2, S),
    ("283429", "Calcium nitrate hydroponic nutrient, part A, 1 kg", "import", ["rail"], ["CN"], (0.6, 1.2), (10000, 18000), ["USD"], 1, S),
    ("330749", "Puja incense cones and dhoop, boxed", "import", ["air"], ["IN"], (4, 8), (100, 500), ["USD"], 10, S),
    ("220210", "Sikhye rice drink, 238 ml cans", "import", ["express"], ["KR"], (5, 9), (1, 4), ["USD", "KRW"], 4, S),
    ("291814", "Citric acid, food grade, 1 kg", "import", ["post"], ["GB", "DE"], (3, 6), (1, 5), ["GBP", "EUR"], 1, S),
    ("382499", "Printmaking etching ground, 250 ml", "import", ["road"], ["RS", "BA"], (6, 12), (500, 2000), ["EUR"], 4, S),
    ("283620", "Sodium carbonate (washing soda), 1 kg bags", "import", ["sea"], ["EG", "TR"], (0.3, 0.6), (10000, 20000), ["USD"], 1, S),
    ("290219", "Cyclopentane blowing agent, drums", "import", ["sea"], ["KR", "IN"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("841861", "Heat pumps, air-to-water, R-290 monobloc, new", "import", ["road"], ["TR", "CZ"], (7, 12), (2000, 6000), ["EUR"], 0.008, S),
    ("731100", "Refillable steel cylinders, empty, new, 10 kg", "import", ["rail"], ["CN"], (1.2, 2), (6000, 12000), ["USD"], 0.14, S),
    ("381400", "Isopropyl-alcohol electronics cleaner, 1 l", "import", ["express"], ["JP", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, stabilised", "import", ["sea"], ["IN", "US"], (0.8, 1.3), (12000, 20000), ["USD"], None, S),
    ("841821", "Domestic refrigerators, R-600a, new", "export", ["road"], ["UA", "MD"], (4, 7), (4000, 10000), ["EUR"], 0.02, S),
    ("842410", "Car powder fire extinguishers, 2 kg, new", "import", ["road"], ["TR", "RS"], (4, 7), (1000, 4000), ["EUR"], 0.25, S),
    ("381400", "Benzyl-alcohol paint stripper, 1 l cans", "import", ["sea"], ["ID", "MY"], (2, 4), (4000, 10000), ["USD"], 0.9, S),
    ("841850", "Refrigerated display cases, R-290, new", "import", ["sea"], ["BR", "CN"], (5, 9), (4000, 9000), ["USD", "EUR"], 0.007, S),
    ("271112", "Propane cylinders for patio heaters, 11 kg", "import", ["road"], ["MD", "UA"], (1.5, 3), (2000, 6000), ["EUR"], 0.09, S),
    ("490199", "Printed prayer books, new, paperback", "import", ["air"], ["ET", "EG"], (6, 12), (50, 300), ["USD"], 3, S),
    ("680299", "Stone mosaic table tops, new, mesh-mounted", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR", "USD"], 0.02, S),
    ("630499", "Alpaca wall hangings, new, hand-woven", "import", ["post"], ["PE", "BO"], (60, 120), (1, 2), ["USD"], 2, S),
    ("970191", "Decorative oil-painting copies, new, framed", "export", ["sea"], ["US", "CA"], (10, 20), (1000, 3000), ["EUR"], 0.1, S),
    ("442019", "Val Gardena carved wooden figures, new", "export", ["road"], ["CH", "GB"], (30, 60), (100, 500), ["EUR"], 2, S),
    ("690722", "Handmade glazed ceramic tiles, samples", "import", ["express"], ["JO", "MA"], (8, 15), (1, 4), ["USD"], 5, S),
    ("680299", "Patan stone carvings, new, workshop-made", "import", ["air"], ["NP"], (4, 8), (100, 400), ["USD"], 0.1, S),
    ("970191", "Hand-painted icons, new, on gessoed board", "import", ["rail"], ["UA", "GE"], (20, 40), (100, 400), ["EUR"], 1, S),
    ("130190", "Dhofari frankincense resin, graded", "import", ["air"], ["OM", "SO"], (20, 60), (50, 300), ["USD"], None, S),
    ("491191", "Facsimile book-of-hours prints, framed", "export", ["post"], ["US", "GB"], (40, 80), (1, 3), ["EUR"], 2, S),
    ("850440", "Variable-frequency drives for pumps, 50 Hz, 7.5 kW", "export", ["road"], ["TR", "RS"], (25, 45), (500, 2000), ["EUR"], 0.1, S),
    ("854470", "Fibre-optic patch cords, LC/SC", "export", ["express"], ["NO", "CH"], (80, 150), (1, 4), ["EUR"], 10, S),
    ("847480", "Concrete vibrating tables, eccentric motor", "export", ["sea"], ["EG", "MA"], (4, 8), (2000, 6000), ["EUR"], 0.001, S),
    ("441231", "Bamboo plywood panels, 18 mm", "import", ["rail"], ["CN"], (0.8, 1.4), (18000, 26000), ["USD"], None, S),
    ("847150", "Microcontroller learning kits, boxed", "export", ["post"], ["NO", "CH"], (60, 120), (1, 3), ["EUR"], 2, S),
    ("870893", "Tractor clutch discs, new", "export", ["road"], ["RS", "MK"], (8, 14), (500, 2000), ["EUR"], 0.25, S),
    ("841939", "Household food dehydrators, new", "export", ["air"], ["AE", "SA"], (10, 20), (100, 600), ["EUR"], 0.15, S),
    ("390120", "HDPE granules, blow-moulding grade, Saudi origin", "import", ["sea"], ["SA"], (0.9, 1.3), (20000, 26000), ["USD"], None, S),
    ("410712", "Embossed cowhide leather, reptile print", "import", ["sea"], ["BR", "IN"], (8, 14), (2000, 6000), ["USD"], None, S),
    ("621420", "Cashmere shawls, plain", "import", ["post"], ["IN", "NP"], (150, 300), (1, 2), ["USD", "EUR"], 5, S),
]
# Everyday trade: as in blind88, blind96 and blind104, blind80's everyday rows (blind72's, with blind80's own rows),
# with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Stoneware mugs, printed", "import", ["sea"], ["CN", "PT"], (2, 4), (3000, 8000), ["USD", "EUR"], 2.5, N),
        ("650610", "Bicycle helmets, new", "import", ["sea"], ["CN", "TW"], (10, 18), (2000, 5000), ["USD"], 3, N),
        ("960810", "Ballpoint pens, boxed", "import", ["post", "express"], ["JP", "CH"], (30, 60), (1, 2), ["USD", "CHF"], 60, N),
        ("660191", "Telescopic umbrellas", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind106", 20431101, HERE)


if __name__ == "__main__":
    main()
