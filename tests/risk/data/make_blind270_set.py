#!/usr/bin/env python3
"""Writes the two-hundred-and-seventieth blind set (tests/risk/data/blind270-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2071, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: pawnshops, gold buyers and
cash-for-goods stores (pawnbrokers, lombards, monti di pietà and gold-loan lenders and their
forfeited pledges and auctions, gold and silver buyers, their testing and refining supplies,
cash-for-goods and buy-back chains and their clear-outs).
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
only where a real declaration would. Ids are BL270-*:

    python3 tests/risk/data/make_blind270_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2071, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2071
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "EG", [], "AT", "271019",
         "زيت حجر المحك لاختبار الذهب عند الصاغة، زجاجة ١ لتر × ٦", "EG", 8.4, 6, 36, "USD",
         "touchstone oil, with which gold buyers wipe the black testing stone clean between streaks, is a thin, pale "
         "mineral oil of 0.85 kg/l sold in 50 ml drip bottles; these six litre bottles hold a colourless liquid of "
         "1.40 kg/l that fumes brown when the cap is loosened, stains the skin yellow and eats into a brass key, "
         "sent by express from the Cairo goldsmiths' quarter (el-Sagha) to a private person in Vienna who buys "
         "broken gold from the public through classified advertisements: about 65 % nitric acid (Annex I above "
         "3 %); Egyptian Arabic wording (nitric acid repeats in many sets and gold-testing-acid labels on it in "
         "several, blind13, blind17, blind22, blind28 among them; a touchstone-oil label was found in no earlier row "
         "by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-02", "import", "ESAIR01", "air", "MX", [], "ES", "382499",
         "Solución limpiadora para oro dental (coronas y puentes con restos de pieza), garrafas de 5 l, 40 piezas",
         "MX", 240, 40, 560, "USD",
         "the soaking baths gold buyers use to loosen cement and tooth from the dental gold they buy are mild "
         "enzyme or citric cleaners of about 1.02 kg/l; these 40 cans hold a water-clear liquid of 1.20 kg/l with "
         "vented caps that whitens the skin and froths on a rusty nail, for a Madrid supplier of 'compro oro' "
         "counters whose web shop sells the cans to anyone: about 50 % hydrogen peroxide (Annex I above 12 %) made "
         "available to members of the public, flown from Mexico City; Mexican Spanish wording (hydrogen peroxide "
         "repeats in many sets and dental-gold scrap in several, as a waste and a cultural cover; a dental-gold "
         "cleaning label on a precursor was found in no earlier row by a keyword search)",
         firm("Meridian Suministros Compraventa SL", "ES")),
        ("PRE-03", "import", "CZAIR01", "air", "VN", [], "CZ", "903180",
         "Máy thử vàng điện tử cầm tay, 20 chiếc", "VN", 16, 20, 1400, "USD",
         "a gold-shop supply air shipment for Prague: hand-held electronic gold testers and jewellery scales are "
         "what Hanoi's Hàng Bạc suppliers send to the Vietnamese-run gold and pawn counters of the Sapa market, but "
         "the third item's 'gel điện phân' for the testers, sold with them in 10-20 ml bottles as a salty, "
         "water-based gel, is 60 litre bottles of a colourless, oily liquid of 1.84 kg/l that grows hot with a drop "
         "of water and chars the cardboard where it ran, which the supplier sells over the counter: about 96 % "
         "sulphuric acid (Annex I above 15 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, flown from Hanoi; Vietnamese wording (sulphuric acid repeats in many sets; a "
         "gold-tester gel label was found in no earlier row by a keyword search)",
         dict(firm("Orion Zlato Servis s.r.o.", "CZ"),
              _more_items=[item("842310", "Cân tiểu ly điện tử 0,01 g cho tiệm vàng, 40 chiếc", "VN", 24, 320, "USD", qty=40),
                           item("382499", "Gel điện phân cho máy thử vàng, chai 1 lít, 60 chai", "VN", 110, 180, "USD", qty=60)])),
        ("PRE-04", "import", "IEPOST01", "post", "AU", [], "IE", "283210",
         "Sodium metabisulphite (SMB), gold precipitant for scrap refining, 4 x 1 kg tubs", "AU", 4, 4, 60, "AUD",
         "SMB for dropping gold out of a chloride solution is a white powder that smells sharply of burning "
         "matches when the tub is opened; these four tubs hold odourless, colourless crystals that crackle and flare "
         "when a few grains fall with sugar on a hot plate, posted from a Perth gold-buyers' supply shop to a private "
         "person in Limerick who buys broken jewellery from the public and refines it at home: sodium chlorate "
         "(Annex I above 40 %); Australian English wording (sodium chlorate repeats in many sets and metabisulphite "
         "labels in several, blind83, blind163 and blind188 among them, on other goods; a gold-precipitant label was "
         "found in no earlier row by a keyword search)", person("Ms Aoife Byrne", "IE")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "250900",
         "Крейда мелена для чищення срібла та ювелірних виробів (для ломбардів), пакети 1 кг, 600 шт.", "UA", 600,
         600, 540, "EUR",
         "ground whiting for polishing silver is a soft, white chalk that fizzes in vinegar and turns to a paste in "
         "water; these 600 bags hold a heavier, white, crystalline powder that does not fizz, hardly dissolves and "
         "burns fiercely with a violet flash when a pinch is mixed with sugar and lit, for a Rzeszów supplier of "
         "pawnshops (lombardy) that sells the bags to anyone: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, in a van at Korczowa; Ukrainian wording (potassium perchlorate "
         "repeats in many sets and chalk labels on precursors in a few, blind133's Blanc de Meudon, blind195 and "
         "blind244 among them, kept as a repeat of that family; a pawnshop silver-polishing chalk label was found in "
         "no earlier row)", firm("Central Lombard Zaopatrzenie Sp. z o.o.", "PL")),
        ("PRE-06", "import", "LVAIR01", "air", "UZ", [], "LV", "050690",
         "Kupellar uchun suyak kuli (oltinni olovda sinash), 1 kg qop, 300 qop", "UZ", 300, 300, 450, "USD",
         "bone ash for the cupels in which gold buyers and assayers fire-test gold is a light, grey-white, chalky "
         "calcium-phosphate powder that does not dissolve; these 300 bags hold a heavy, glittering, white "
         "crystalline powder that dissolves in hot water, crackles on a hot iron and flares violently with sugar, "
         "for a Riga assay-supply firm whose web shop sells the bags to the public: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Tashkent; Uzbek wording (potassium "
         "chlorate repeats in many sets and bone ash once, blind212, as a waste; a cupel bone-ash label was found in "
         "no earlier row by a keyword search)", firm("Vega Proves Piederumi SIA", "LV")),
        ("PRE-07", "import", "NLSEA01", "sea", "US", [], "NL", "271012",
         "Premium lighter fluid for wick lighters, 12 fl oz cans, 2,400 cans", "US", 970, 2400, 4800, "USD",
         "lighter fluid for petrol wick lighters is a light naphtha of 0.70 kg/l that smells of petrol and "
         "evaporates at once; these 2,400 cans hold an oily, faintly fruity liquid of 1.14 kg/l that a wick will "
         "not light from a spark, for a Rotterdam chain of cash-for-goods stores that sells collectors' lighters and "
         "the 'fluid' over the counter and online to model-engine hobbyists: nitromethane (Annex I above 16 %) made "
         "available to members of the public, by sea from Savannah; US English wording (nitromethane repeats in many "
         "sets and a lighter-petrol label once on a precursor, blind63, from Estonia, with a hookah-charcoal lighting "
         "fluid, blind82; a cash-for-goods chain's wick lighter fluid by sea from the United States is the new part "
         "as far as a search found)",
         firm("Horizon Inkoop Goud & Goederen BV", "NL")),
        ("PRE-08", "import", "SKROAD01", "road", "UA", [], "SK", "291529",
         "Náplň do ohrievačov rúk (trihydrát octanu sodného), vrecia 25 kg, 400 ks", "UA", 10000, 400, 3600, "EUR",
         "sodium acetate trihydrate for re-usable hand-warmer pads is a colourless salt that dissolves with a "
         "vinegar smell and crystallises warm from a supercooled solution; these 400 sacks hold white, odourless "
         "prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a Košice "
         "garden-and-hobby wholesaler that repacks them in 2 kg bags for the public: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, on a lorry at Vyšné Nemecké; Slovak wording "
         "(ammonium nitrate repeats in many sets and sodium acetate once, blind217, as 'hot ice' for schools; a "
         "hand-warmer refill label was found in no earlier row by a keyword search)",
         firm("Nordhafen Hobby Veľkoobchod s.r.o.", "SK")),
        ("PRE-09", "import", "FIAIR01", "express", "TH", [], "FI", "283630",
         "ผงโซดาล้างเครื่องเงิน (ใช้แช่กับฟอยล์อลูมิเนียม) ถุง 1 กก. x 4", "TH", 4, 4, 1200, "THB",
         "the tarnish-removing soda sold for the aluminium-foil bath is sodium bicarbonate or carbonate, a soft "
         "powder that fizzes in vinegar; these four bags hold hygroscopic, colourless crystals that clump in the "
         "damp, do not fizz and burn fiercely when mixed with sugar and lit, sent by express from a Bangkok supplier "
         "of pawnshops to a private person in Tampere who buys pawned and forfeited silver and resells it cleaned: "
         "sodium perchlorate (Annex I above 40 %); Thai wording (sodium perchlorate repeats in many sets and "
         "silver-cleaning labels in several, blind48 and blind62 among them; a tarnish-removing soda for the foil "
         "bath was found in no earlier row by a keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "382290",
         "Течност за тестирање сребра (Шверцеров раствор) за откуп злата, боце 1 l, 48 ком.", "RS", 67, 48, 290,
         "EUR",
         "silver test solution (Schwerter's) is a deep-red solution of potassium dichromate in acid sold in 10 ml "
         "dropper bottles; these 48 litre bottles hold a colourless liquid of 1.40 kg/l that fumes brown in the air "
         "and turns a copper coin green at once, for a Szeged chain of gold-buying counters (aranyfelvásárlás) that "
         "sells the bottles to the public, in a van at Röszke: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public; Serbian wording (nitric acid repeats in many sets and "
         "gold-testing labels in several; a silver-test (Schwerter) label was found in no earlier row by a keyword "
         "search)", firm("Delta Aranyfelvásárlás Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "950450",
         "Gebruikte spelcomputers en controllers, getest, werkend, 4.000 stuks", "NL", 12000, 4000, 16000, "EUR",
         "tested used game consoles are sold boxed, with leads and a test sticker, at 40-150 EUR each; these "
         "gaylords hold the consoles and controllers a Dutch cash-for-goods chain's branches would not buy back or "
         "could not sell, dead, cracked, drowned, with burnt ports and swollen controller cells, loose and tangled "
         "with cables, at 4 EUR each, for a Kumasi 'repairer': waste electrical equipment with lithium batteries "
         "(e-waste, A1180 and hazardous), whose export to a non-OECD country is banned, from Rotterdam to Tema; "
         "Dutch wording (e-waste as 'tested used' goods repeats in many sets; a game-console label was found in no "
         "earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "NG", "847130",
         "Gebrauchte Tablets, B-Ware, funktionsfähig, 6.000 Stück", "DE", 3600, 6000, 18000, "EUR",
         "B-grade used tablets are wiped, unlocked and charged, with a grading report and a few scratches; these "
         "6,000 are the forfeited pledges a Leipzig pawnbroking chain could not sell: locked to strangers' accounts, "
         "most with cracked glass, dead or swollen cells and water marks, bought by weight by a breaker in Lagos' "
         "Computer Village: waste electrical equipment with lithium batteries (A1180, hazardous), whose export to a "
         "non-OECD country is banned, from Hamburg to Lagos; German wording (used electronics as e-waste repeat in "
         "many sets; an activation-locked tablet lot from a pawnbroker was found in no earlier row by a keyword "
         "search)", {"importer_country": "NG"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "283429",
         "Solución de nitrato de cobre para pátina de bronces, técnica, garrafas de 25 l, 240 garrafas", "ES", 7200,
         240, 2400, "EUR",
         "copper-nitrate patina solution for bronze foundries is a clear, blue liquid of a few per cent sold with a "
         "data sheet; these 240 cans hold a dark green, strongly acid, fuming liquid over a grey-white sludge of "
         "silver chloride, the spent parting acid and rinses of a Córdoba gold buyers' refinery that dissolves silver "
         "and copper out of bought scrap, reading nitric acid, copper, silver, nickel, cadmium and lead: spent acids "
         "and solutions with heavy metals (06 01 05*, 11 01 05*), hazardous waste whose export to a non-OECD country "
         "is banned, from Algeciras to Tanger Med; Spanish wording (spent acids repeat in many sets and copper-salt "
         "labels on them in several, copper chloride in blind154, blind155 and blind160; a copper-nitrate patina "
         "label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", [], "UA", "846721",
         "Použité akumulátorové nářadí ze zastavárny, funkční, 3 000 ks", "CZ", 6000, 3000, 9000, "EUR",
         "working used cordless tools are sold cleaned, with a charged battery and a charger that fits; these 3,000 "
         "drills, grinders and saws are the unsold pledges of a Brno pawnshop chain's tool counters, most without "
         "chargers, with dead NiCd and swollen lithium packs taped on or loose in the boxes, burnt motors and broken "
         "housings, at 3 EUR each, for a Lviv market trader: waste electrical equipment and waste batteries "
         "(16 02 13*, 16 06 02*, A1180), hazardous waste whose export to a non-OECD country is banned, on a lorry "
         "leaving the Union at Vyšné Nemecké; Czech wording (used cordless tools as e-waste once, blind53, from "
         "Finland, kept as a repeat of the good; a pawnshop's tool counter to Ukraine is the new part as far as a "
         "search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "GW", "871200",
         "Bicicletas usadas, de casa de penhores, 120 unidades", "PT", 1800, 120, 2400, "EUR",
         "a Lisbon pawnbroker's clear-out container for Bissau: used bicycles and furniture are what such lots send "
         "to West African markets, but the third item's 'televisores usados, a funcionar' are 300 sets with "
         "cracked panels, torn-out boards and CCFL backlight tubes hanging loose, and cathode-ray sets among them, "
         "none switching on: waste electrical equipment with mercury-bearing lamps and CRT glass (16 02 13*, "
         "A1180), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Lisbon; Portuguese wording (broken televisions behind used goods repeat in "
         "many sets, kept as a repeat of the family; a casa de penhores' clear-out to Guinea-Bissau is the new part "
         "as far as a search found)",
         dict({"importer_country": "GW"},
              _more_items=[item("940360", "Mobiliário usado de casa de penhores, 60 peças", "PT", 2400, 900, "EUR", qty=60),
                           item("852872", "Televisores usados, a funcionar, 300 unidades", "PT", 4200, 1500, "EUR", qty=300)])),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "TG", "852721",
         "Autoradios et GPS d'occasion, testés, en vrac, 8 000 pièces", "FR", 6400, 8000, 8000, "EUR",
         "tested used car radios and sat-navs go out in their boxes with leads and a test label; these gaylords hold "
         "the unsaleable stock of a Lyon cash-for-goods chain's electronics counters, pulled head units with cut "
         "looms, cracked sat-navs with swollen cells, CD changers and amplifiers, none tested, at 1 EUR each, for a "
         "Lomé market trader: waste electrical equipment with lithium batteries (A1180, hazardous), whose export to a "
         "non-OECD country is banned, from Le Havre to Lomé; French wording (e-waste as tested goods repeats in many "
         "sets and car radios and navigation screens once, blind183, behind used cars for Cotonou, kept as a repeat "
         "of the label; a cash-for-goods chain's loose lot for Lomé is the new part as far as a search found)",
         {"importer_country": "TG"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "BA", "282490",
         "Olovni oksid (minij) za keramičke glazure, bačve 200 kg, 60 bačava", "HR", 12000, 60, 6000, "EUR",
         "red lead for glazes is a bright orange-red, even, very fine powder with a maker's analysis; these drums "
         "hold a grey-white, lumpy, damp paste that smells of acid and holds fragments of grid metal and separator, "
         "the paste scooped from broken car batteries in a Zagreb scrapyard: lead-acid battery paste (16 06 01*, "
         "A1160 family), hazardous waste whose export to a non-OECD country is banned, on a lorry at Stara Gradiška "
         "for a Banja Luka 'glaze maker'; Croatian wording (battery paste under red-lead labels repeats twice, "
         "blind77 and blind152, both for anticorrosive paints, kept as a repeat of the good and the label; a "
         "ceramic-glaze use and the road from Croatia to Bosnia are the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "GN", "870323",
         "Véhicules d'occasion, roulants, gages automobiles non rachetés, 12 unités", "BE", 14400, 12, 18000, "EUR",
         "running used cars for export are drained of nothing and carry a roadworthiness test; these twelve, the "
         "cars a Charleroi lender on car pledges (prêt sur gage automobile) kept when the loans were not repaid, "
         "are non-runners with fire-damaged or flooded interiors, leaking oil and brake fluid, deployed airbags "
         "beside undeployed ones and no test papers, at 1,500 EUR each, for a Conakry parts dealer: end-of-life "
         "vehicles that have not been depolluted (16 01 04*), hazardous waste whose export to a non-OECD country is "
         "banned, from Antwerp; Belgian French wording (end-of-life vehicles repeat in many sets and to Conakry in "
         "several, blind27 and blind85 among them, kept as a repeat of the good and the route; a car pawnbroker's "
         "forfeited pledges were found in no earlier row by a keyword search)", {"importer_country": "GN"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "MD", "720449",
         "Fier vechi, deșeuri feroase sortate, presate, 22 t", "RO", 22000, None, 4400, "EUR",
         "sorted ferrous scrap for a steelworks is clean, dry, baled steel; these bales are crushed oil filters "
         "from car-service bins, dripping black oil onto the lorry bed, with rubber seals and paper elements inside: "
         "waste oil filters (16 01 07*), hazardous waste whose export to a non-OECD country is banned, on a lorry at "
         "Sculeni for a Bălți 'scrap dealer'; Romanian wording (crushed oil filters under a steel-scrap label once, "
         "blind9, from Greece to Türkiye, kept as a repeat of the good and the label; from Romania to Moldova is the "
         "new part as far as a search found)", {"importer_country": "MD"}),
        ("WST-10", "export", "BGROAD01", "road", "BG", [], "TR", "252220",
         "Хидратна вар, вторична, за подобряване на почви, 24 т", "BG", 24000, None, 1200, "EUR",
         "hydrated lime for soils is a soft, white, even powder of calcium hydroxide; this lorry holds a grey, "
         "dusty powder reading lead, zinc, cadmium, chlorides and dioxins, the flue-gas cleaning residue of a Sofia "
         "waste incinerator: solid wastes from gas treatment (19 01 07*), hazardous waste exported to an OECD "
         "country without the notification and consent the Waste Shipment Regulation requires, at Kapitan Andreevo "
         "for a Çorlu 'fertiliser blender'; Bulgarian wording (incinerator residues under a recycled-lime label "
         "once, blind104, from Slovenia to Bosnia, and under fly-ash labels in several, blind13 among them, kept as a "
         "repeat of the good and the label; from Bulgaria to Türkiye is the new part as far as a search found)",
         {"importer_country": "TR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "express", "JP", [], "DE", "381400",
         "フィルムカメラ シャッター・絞り羽根 洗浄液 (速乾), 1 L × 6本", "JP", 9.4, 6, 36000, "JPY",
         "the shutter- and aperture-cleaning fluids camera repairers use today are naphtha or alcohol blends of "
         "0.75-0.8 kg/l that smell of petrol and burn; these six bottles weigh 1.57 kg/l, do not burn, evaporate "
         "cold and almost odourless from a shutter blade, and the bottle caps read 'F-113' under the new labels: "
         "CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, sent by express from a Tokyo "
         "pawnshop-and-camera dealer to the camera counter of a Cologne pawnbroker that services pledged film "
         "cameras; Japanese wording (CFC-113 repeats in many sets and lens-cleaner labels in a few, blind92 and "
         "blind177 among them; a shutter-cleaning label was found in no earlier ozone row by a keyword search)",
         firm("Rivage Pfandkredit GmbH", "DE")),
        ("OZN-02", "import", "SEAIR01", "air", "SG", [], "SE", "820540",
         "Game console repair screwdriver sets, tri-wing and Torx, 200 sets", "SG", 60, 200, 1400, "USD",
         "a console-repair air shipment for a Gothenburg cash-for-goods chain: screwdriver sets and spudgers are "
         "what Singapore refurbishing suppliers send, but the third item's 'thermal paste and flux remover, "
         "non-flammable' (isopropanol blends of 0.79 kg/l that burn) is 60 litre bottles of a liquid of 1.34 kg/l "
         "that does not burn and smells sweet, like chloroform, with a drum label under the sticker reading "
         "'1,1,1-TCA': methyl chloroform (1,1,1-trichloroethane), whose import into the Union is banned, hidden as "
         "the last item of a three-item declaration, flown from Singapore; Singapore English wording (methyl "
         "chloroform repeats in many sets; a thermal-paste remover label was found in no earlier row by a keyword "
         "search)",
         dict(firm("Atlantic Köp & Sälj AB", "SE"),
              _more_items=[item("392690", "Plastic spudgers and opening picks, 2,000 pcs", "SG", 20, 300, "USD", qty=2000),
                           item("381400", "Thermal paste and flux remover, non-flammable, 1 l, 60 bottles", "SG", 80, 240, "USD", qty=60)])),
        ("OZN-03", "export", "GRROAD01", "road", "GR", [], "AL", "841582",
         "Μεταχειρισμένα φορητά κλιματιστικά, από ενεχυροδανειστήριο, λειτουργικά, 120 τεμ.", "GR", 3600, 120, 3600,
         "EUR",
         "used portable air-conditioners for resale are recent units on R-290 with the refrigerant on the plate; "
         "these 120, the forfeited and unsold stock of a Thessaloniki pawnbroking chain, are late-1990s units whose "
         "plates read R-22 and whose circuits hold their charge, about 0.6 kg each: equipment containing HCFC-22, "
         "whose export from the Union Regulation 2024/590 bans, on a lorry at Kakavia for a Gjirokastër trader; "
         "Greek wording (HCFC-22 equipment for export repeats in many sets and mobile air-conditioners in several; "
         "a pawnbroker's forfeited stock to Albania is the new part as far as a search found)",
         {"importer_country": "AL"}),
        ("OZN-04", "import", "GRAIR01", "air", "TR", [], "GR", "381400",
         "Lazer kaynak öncesi yağ alıcı, yüzük ölçü değişimi için, yanmaz, 1 l x 48 şişe", "TR", 60, 48, 480, "EUR",
         "the degreasers jewellers wipe on a ring before laser-welding it to a new size are alcohol or acetone "
         "blends of about 0.8 kg/l that burn; these 48 bottles weigh 1.24 kg/l, do not burn, boil away in the warm "
         "hand at 32 °C with an ether-like smell, and the drum number in the invoice is '141b', for the ring-sizing "
         "benches of an Athens pawnbroking and gold-buying chain: HCFC-141b (1,1-dichloro-1-fluoroethane), whose "
         "import into the Union is banned, flown from Istanbul; Turkish wording (HCFC-141b under solvent labels "
         "repeats in many sets and jewellers' degreasers in a few, blind222 among them; a ring-sizing laser-welding "
         "label was found in no earlier row by a keyword search)", firm("Orion Enechyra AE", "GR")),
        ("OZN-05", "import", "BEAIR01", "air", "HK", [], "BE", "382499",
         "Electronics dust-off spray for refurbishing, 400 ml, 2,400 cans", "HK", 1300, 2400, 2400, "USD",
         "electronics dusters are cans of HFC-152a or a non-HFC gas that weigh about 300 g of liquid and carry the "
         "gas name; these 2,400 cans weigh twice that, spray a liquid that frosts the nozzle, carry no gas name, "
         "and a leak detector names dichlorodifluoromethane, for a Liège wholesaler of computer-repair supplies: "
         "CFC-12 in cans, whose import into the Union is banned, flown from Hong Kong; Hong Kong English wording "
         "(CFC-12 repeats in many sets and duster labels in several, blind101, blind103 and blind108 among them, "
         "kept as a repeat of the label; from Hong Kong to Belgium is the new part as far as a search found)",
         firm("Central Informatique Pièces SA", "BE")),
        ("OZN-06", "import", "LTAIR01", "air", "CN", [], "LT", "381400",
         "毛皮大衣干洗溶剂 (不燃型, 典当行皮草保养用), 20 升桶, 24 桶", "CN", 710, 24, 1900, "USD",
         "the solvents furriers use to clean fur coats are hydrocarbon or silicone blends of about 0.77 kg/l that "
         "smell of kerosene; these 24 drums hold a liquid of 1.48 kg/l that boils at about 24 °C on the hand, does "
         "not burn, has a faint ether smell, and the drum heads are stamped 'R-11', for a Vilnius chain of lombards "
         "that cleans and stores the fur coats pledged with it: CFC-11 (trichlorofluoromethane), whose import into "
         "the Union is banned, flown from Harbin; Chinese wording (CFC-11 repeats in many sets and fur-cleaning "
         "labels once or twice, blind235 among them, on other goods; a pawnbroker's fur-care solvent was found in no "
         "earlier row by a keyword search)", firm("Vega Lombardas UAB", "LT")),
        ("OZN-07", "transit", "ITSEA01", "sea", "CN", ["IT"], "CH", "382769",
         "Refrigerante R-407C, bombole monouso da 11,3 kg, 900 pezzi", "CN", 10170, 900, 22000, "USD",
         "R-407C is an HFC blend that reads about 8 bar at 20 °C in brown-band cylinders; these 900 read 9.1 bar, "
         "a leak detector names HCFC-22 and the valves carry the stamps of a Zhejiang plant's R-22 line: "
         "chlorodifluoromethane (HCFC-22), a controlled substance moved through the Union without the licence "
         "Regulation 2024/590 requires even in transit, landed at Genoa in transit from Ningbo to a Lugano "
         "air-conditioning wholesaler; Italian wording from Ticino (HCFC-22 under HFC labels repeats in many sets and "
         "R-407C labels in several, kept as a repeat; ozone transits to Switzerland in a few rows, through Germany, the "
         "Netherlands and Austria; a transit through Genoa to Ticino is the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("OZN-08", "import", "FRSEA01", "sea", "TN", [], "FR", "382499",
         "Fluorure de sulfuryle pour la fumigation des entrepôts de dattes, bouteilles de 50 kg, 40 bouteilles", "TN",
         2000, 40, 6000, "USD",
         "sulfuryl fluoride for fumigating date stores is a gas shipped in cylinders with the maker's name and "
         "UN 2191; these 40 cylinders carry no maker, the gas smells faintly sweet, a detector reads bromine, and the "
         "consignment file holds soil-injection probes: methyl bromide, whose import into the Union is banned (no "
         "quarantine exemption remains), by sea from Radès to Marseille for a Provence dried-fruit importer that "
         "also supplies market gardeners; Tunisian French wording (methyl bromide repeats in many sets and "
         "sulfuryl-fluoride labels on it in several, kept as a repeat; date fumigation once, blind113, under a "
         "carbon-dioxide label; a sulfuryl-fluoride date-store label from Tunisia is the new part as far as a search "
         "found)", firm("Alpina Fruits Secs SARL", "FR")),
        ("OZN-09", "import", "SIROAD01", "road", "RS", [], "SI", "290379",
         "Penilo HFO-1233zd(E) za poliuretansku penu, bačve 250 kg, 40 kom.", "RS", 10000, 40, 30000, "EUR",
         "HFO-1233zd(E) is a foam-blowing agent that boils at 18 °C and comes in pressure drums with a certificate; "
         "these 40 drums hold a liquid that boils at 24 °C, whose drum heads show ground-off stamps and which a "
         "detector names trichlorofluoromethane, for a Celje sandwich-panel maker: CFC-11, whose import into the "
         "Union is banned, on a lorry at Obrežje; Serbian wording (CFC-11 under HFO-1233zd labels repeats in many "
         "sets, kept as a repeat; from Serbia to Slovenia by road is the new part as far as a search found)",
         firm("Horizon Paneli d.o.o.", "SI")),
        ("OZN-10", "import", "DKSEA01", "sea", "CN", [], "DK", "842410",
         "Slukningsanlæg med FK-5-1-12, 50 l cylindre, 30 stk.", "CN", 2100, 30, 24000, "USD",
         "FK-5-1-12 systems ship their agent as a liquid at modest pressure with a certificate; these 30 cylinders "
         "read 42 bar, the agent boils off at once with no liquid left, and the valve collars are stamped '1301' "
         "under the paint: halon 1301 (bromotrifluoromethane) in fire-protection equipment whose import into the "
         "Union is banned outside licensed critical uses, by sea from Shanghai to Aarhus for a Danish "
         "fire-protection installer; Danish wording (halon 1301 under clean-agent labels repeats in many sets, "
         "FK-5-1-12 and Novec labels in several, kept as a repeat; to Denmark by sea is the new part as far as a "
         "search found)", firm("Nordhafen Brandsikring ApS", "DK")),
    ],
    "cultural": [
        ("CUL-01", "export", "ITROAD01", "road", "IT", [], "CH", "711291",
         "Oro usato da fondere (rottame 18 kt da compro oro), 3,2 kg", "IT", 3.2, None, 150000, "EUR",
         "the broken gold a 'compro oro' counter sends to a refiner is a tangle of worn chains, rings and earrings "
         "of mixed carat; among these 3.2 kg, bought over a Viterbo counter from a 'tombarolo', lie a pair of "
         "a baule earrings and a bulla worked in fine granulation, a disc fibula and a wreath leaf, with soil in "
         "the granules: Etruscan gold of the 7th-4th century BC, archaeological objects that belong to the Italian "
         "State and need an export licence at any value (Regulation 116/2009), on a lorry at Chiasso-Brogeda for a "
         "Ticino refiner; Italian wording (Etruscan objects repeat in several sets and an Italian cameo ring for "
         "Switzerland once, blind228; a used-silver-for-melting label once, blind14, on church silver; a compro-oro "
         "gold-scrap label was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-02", "import", "NLAIR01", "air", "IN", [], "NL", "711319",
         "தங்க நகைக் கடன் ஏலத்தில் வாங்கிய பழைய நகைகள், 22 காரட், உருக்குவதற்கு, 2.1 கிலோ", "IN", 2.1, None,
         140000, "USD",
         "the ornaments gold-loan companies auction when a loan is not repaid are worn bangles, chains and "
         "earrings of 22-carat gold; among these 2.1 kg lie a pair of vanki armlets, a kasumalai of coin-shaped "
         "pendants and the plates of a deity's kavacham (armour) set with rubies, darkened by oil lamps and worn by "
         "centuries of abhishekam, taken from a Thanjavur-district temple: Nayak-period temple jewellery of the "
         "17th-18th century, antiquities whose export India's Antiquities and Art Treasures Act forbids, brought in "
         "against Article 3(1) of Regulation 2019/880, flown from Chennai for an Amsterdam gold trader; Tamil wording "
         "(Indian temple objects repeat in many sets; a gold-loan auction label was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Edelmetaal BV", "NL")),
        ("CUL-03", "import", "ESAIR01", "air", "PH", [], "ES", "711291",
         "Sirang alahas na ginto mula sa subasta ng sanglaan, 18K, para tunawin, 1.4 kg", "PH", 1.4, None, 80000,
         "USD",
         "the broken gold a Philippine pawnshop's auction (remate) sells to refiners is chains and rings of 18 "
         "carats; among these 1.4 kg lie a gold sash of woven wire, earrings of the 'Butuan' type, a repoussé "
         "death mask mouth-cover and kinnari-figure ornaments of very high carat, dug by treasure hunters in "
         "Surigao and Agusan: pre-colonial gold of the 10th-13th century, cultural property whose export the "
         "Philippines' National Cultural Heritage Act forbids, brought in against Article 3(1) of Regulation "
         "2019/880, flown from Manila for a Madrid gold buyer; Tagalog wording (Philippine antiquities repeat in a "
         "few sets; a pawnshop-auction scrap label was found in no earlier row by a keyword search)",
         firm("Atlantic Compro Oro SL", "ES")),
        ("CUL-04", "export", "DEAIR01", "air", "DE", [], "US", "490199",
         "Altes Buch aus Pfandversteigerung, Faksimile-Nachdruck, Halbleder, 1 Band", "DE", 4.5, 1, 180, "EUR",
         "a facsimile reprint is a new, evenly printed book on machine paper; this is a folio of rag paper with "
         "uneven, hand-coloured woodcuts of cities and kings, a Latin text in gothic type with 'M.CCCC.XCIII' in the "
         "colophon, chain lines and wormholes: Hartmann Schedel's Liber chronicarum (Nuremberg, 1493), an "
         "incunabulum pledged and forfeited at a Munich pawnbroker's (Leihhaus) auction and bought by a New York "
         "dealer, exported without the export licence Regulation 116/2009 requires for incunabula at any value; "
         "German wording (incunable leaves once, in a development set, and facsimile-book labels in several sets, "
         "blind34, blind156 and blind188 among them, kept as a repeat of the label; a pawnbroker's auction lot was "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "JP", "920210",
         "Violino da studio, usato, con custodia e archetto, 1 pz", "IT", 2.5, 1, 350, "EUR",
         "a used student violin is a factory-made instrument with a spray varnish and a printed label, worth a few "
         "hundred euros; this one has a deep red-gold oil varnish worn through on the back, a one-piece flamed "
         "maple back, a handwritten label 'Nicolaus Gagliano filius Alexandri fecit Neap. 1762' and repairs of two "
         "centuries, worth some 300,000 EUR, pledged and forfeited at a Naples pawn bank (credito su pegno) and sold "
         "to a Tokyo dealer: an antique over 100 years old far above the value threshold, exported without the "
         "export licence Regulation 116/2009 requires and the Italian certificate of free circulation, flown from "
         "Rome; Italian wording (violin bows and parts repeat in several sets; a whole violin as a cultural good "
         "was found in no earlier row by a keyword search)", {"importer_country": "JP"}),
        ("CUL-06", "import", "CYAIR01", "air", "EG", [], "CY", "711291",
         "ذهب كسر عيار ٢١ من تجار شراء الذهب، للصهر، ١٫٨ كجم", "EG", 1.8, None, 100000, "USD",
         "the broken 21-carat gold Cairo's gold buyers sell on is bangles, chains and rings, all of one bright "
         "colour; among these 1.8 kg lie a pair of earrings with Eros figures, a ring with a swivelling scarab "
         "bezel, a Harpocrates amulet and a hollow hairpin of a softer, redder, high-carat gold with granulation: "
         "Ptolemaic and Roman-period gold jewellery dug in the Delta, archaeological objects whose export Egypt "
         "forbids, brought in without the import licence Regulation 2019/880 requires, flown from Cairo for a "
         "Limassol gold buyer; Egyptian Arabic wording (Egyptian antiquities repeat in many sets and gold scrap as a "
         "cultural cover in a few, blind85, from Iran; a gold-buyers' 21-carat scrap from Egypt is the new part as "
         "far as a search found)", firm("Delta Agora Chrysou Ltd", "CY")),
        ("CUL-07", "import", "LTAIR01", "air", "GE", [], "LT", "711299",
         "ვერცხლის ჯართი გადასადნობად, ლომბარდის გაუყიდავი გირაო, 2,5 კგ", "GE", 2.5, None, 1800, "USD",
         "the silver scrap a Tbilisi lombard sells on is bent spoons, chains and cigarette cases of 875 silver; "
         "among these 2.5 kg lie cut plates of chased and gilt silver with saints in repoussé, asomtavruli "
         "inscriptions and nail holes along the edges, stripped from a church icon's revetment in Svaneti: medieval "
         "Georgian goldsmiths' work (11th-14th century), cultural property whose export Georgia forbids, brought in "
         "against Article 3(1) of Regulation 2019/880, flown from Tbilisi for a Vilnius silver buyer; Georgian "
         "wording (icon covers for melting once, in a development set, and silver scrap as a cultural cover in a few; "
         "a lombard's unsold pledges from Georgia are the new part as far as a search found)",
         firm("Central Sidabras UAB", "LT")),
        ("CUL-08", "import", "DERAIL01", "rail", "MN", [], "DE", "740400",
         "Алтадмал зэсийн хаягдал, ломбардны барьцаанаас, 14 кг", "MN", 14, None, 90, "USD",
         "gilt-copper scrap from an Ulaanbaatar pawnshop is bent, gilded sheet and broken household pieces; this "
         "lot holds a seated Green Tara of fire-gilt copper alloy, 40 cm high, with a sealed base plate, the crossed "
         "vajra on it and the slender waist and lotus of the Zanabazar school, and two broken offering vessels: a "
         "17th-18th century Mongolian Buddhist sculpture, cultural property whose export Mongolia forbids, brought in "
         "against Article 3(1) of Regulation 2019/880, by rail from Ulaanbaatar to Duisburg for a Berlin dealer; "
         "Mongolian wording (Mongolian Buddhas repeat in a few sets under new-statue labels, blind47 and blind73; a "
         "gilt-copper scrap label from a pawnshop was found in no earlier row by a keyword search)",
         firm("Alpina Asiatika GmbH", "DE")),
        ("CUL-09", "transit", "CYSEA01", "sea", "LB", ["CY"], "AE", "711291",
         "ذهب مكسّر عيار ١٨ من محلات شراء الذهب في برج حمود، للتكرير، ١٫٢ كغ", "LB", 1.2, None, 70000, "USD",
         "the broken gold Bourj Hammoud's gold buyers send to a refiner is worn 18-carat chains, rings and "
         "bracelets; among these 1.2 kg lie a Roman gold necklace with a glass-paste medallion, earrings with "
         "pendant amphorae, a ring with a carved garnet and eleven Byzantine solidi, with soil in the links: "
         "archaeological objects dug in Syria and carried through Lebanon, whose export both countries forbid, "
         "landed at Limassol in transit from Beirut to a Dubai refiner, against Regulation 2019/880 (Article 3(1)), "
         "which covers transit; Lebanese Arabic wording (Syrian antiquities through Lebanon repeat in many sets and "
         "a transit from Beirut through Cyprus to Dubai once, blind111, on glass; a gold buyers' scrap lot is the "
         "new part as far as a search found)", {"importer_country": "AE"}),
        ("CUL-10", "import", "FRAIR01", "air", "GT", [], "FR", "691390",
         "Portalápices de cerámica pintada, artesanía de Chichicastenango, 3 piezas", "GT", 6, 3, 60, "USD",
         "painted ceramic pencil holders are new, thick, glossy cylinders with bright, even colours; these three "
         "are thin-walled cylinder vessels with a matt, cream and red slip, glyph bands around the rims, court "
         "scenes, root marks and the chalky deposit of a tomb: Late Classic Maya polychrome vessels (AD 600-900) "
         "looted in the Petén, archaeological objects whose export Guatemala forbids, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Guatemala City for a Paris gallery; Guatemalan Spanish "
         "wording (Maya cylinder vessels repeat in several sets under painted-ceramic and replica labels, blind108 "
         "and blind120 among them, kept as a repeat of the good; a pencil-holder label was found in no earlier row "
         "by a keyword search)", firm("Rivage Arts Premiers SARL", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "LVAIR01", "express", "LV", [], "KG", "910211",
         "Modes rokas pulksteņi, kvarca, metāla korpuss, 4 gab. (1. sūtījums no 5)", "LV", 0.8, 4, 120, "EUR",
         "fashion quartz watches are light, plated, at 20-40 EUR; these four are pre-owned Swiss automatic "
         "watches in steel and gold, with their papers and the tickets of a Riga pawnbroker (lombards) whose pledges "
         "they were, at 8,000-40,000 EUR each, the first of five express parcels sent that week to one Bishkek "
         "address, each declared at 120 EUR, whose consignee forwards to Moscow: luxury goods above 300 EUR an item "
         "whose sale for use in Russia Regulation 833/2014 forbids (Annex XVIII), re-exported through a third "
         "country; Latvian wording (luxury watches repeat in several sets; a pawnbroker's forfeited watches split "
         "over five express parcels was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "PLAIR01", "air", "PL", [], "AM", "920790",
         "Gitary elektryczne używane, szkolne, z lombardu, 12 szt.", "PL", 48, 12, 1800, "EUR",
         "used school electric guitars are plywood copies at 100-200 EUR; these twelve are vintage and custom-shop "
         "American guitars with their cases and certificates, 3,000-25,000 EUR each, from the instrument department "
         "of a Kraków pawnbroker (lombard), for a Yerevan 'music school' whose earlier parcels went on to Moscow "
         "shops: musical instruments above 1,500 EUR, luxury goods whose sale for use in Russia Regulation 833/2014 "
         "forbids (Annex XVIII), re-exported through a third country, flown from Kraków; Polish wording (musical "
         "instruments as luxury goods repeat in a few sets, pianos to North Korea, blind207, and guitar effects pedals "
         "once, blind96; whole guitars as luxury goods were found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "GE", "871150",
         "Gebrauchte Motorräder, Unfallschäden, zur Teilegewinnung, 8 Stück", "DE", 2000, 8, 6400, "EUR",
         "accident motorcycles for parts are written-off bikes with bent forks and broken frames at a few hundred "
         "euros; these eight are undamaged 1,200-1,800 cc touring and sports motorcycles of 2068-2070 with their "
         "keys, the forfeited pledges of a Hamburg vehicle pawnbroker (Kfz-Pfandhaus), at 15,000-30,000 EUR each, "
         "for a Tbilisi dealer who rides them on to Russia over Upper Lars: motor vehicles above 5,000 EUR, luxury "
         "goods whose sale for use in Russia Regulation 833/2014 forbids (Annex XVIII), re-exported through a third "
         "country, by sea from Hamburg to Poti; German wording (luxury vehicles for Russia through Georgia repeat in "
         "several sets, SUVs in blind108 and blind134 among them, and a damaged car once, blind207; motorcycles from a "
         "pawnbroker were found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "SN", "283711",
         "Sels de dédorage pour bijoutiers (récupération de l'or plaqué), fûts de 50 kg, 40 fûts", "FR", 2000, 40,
         3000, "EUR",
         "the stripping salts gold buyers use to take plating off bought scrap are cyanide-free nitro-aromatic "
         "mixes in small tubs; these 40 drums hold white briquettes of 98 % sodium cyanide with the maker's CAS "
         "143-33-9 on the liners, for a Dakar 'gold buyers' supply' firm whose lorries go on to the artisanal "
         "workings of Kédougou and Kéniéba: sodium cyanide (dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, from Le Havre; French wording (sodium cyanide repeats in several sets under "
         "pool-tablet and mining labels, blind147 and blind222 among them; a gold-stripping salt label was found in "
         "no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("STR-05", "export", "CYAIR01", "air", "CY", [], "AE", "711319",
         "Μεταχειρισμένα κοσμήματα και ρολόγια από ενεχυροδανειστήριο, 14 τεμ.", "CY", 1.2, 14, 9000, "EUR",
         "used jewellery a pawnbroker sells on is worn rings and chains by weight; these 14 pieces are a diamond "
         "necklace, two signed bracelets and eleven platinum and gold watches worth about 1.2 million EUR, pledged "
         "at a Limassol pawnbroker by the nominee of a Russian businessman listed under Regulation 269/2014 and now "
         "sent to a Dubai dealer for sale: economic resources of a listed person, frozen, which may not be made "
         "available or moved, flown from Larnaca; Greek wording (assets of listed persons repeat in a few sets, as "
         "yachts and yacht parts; a listed person's pledged jewels were found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-06", "import", "ATAIR01", "air", "AE", [], "AT", "711890",
         "Gold bullion coins, Krugerrand 1 oz, 999.9 fine gold content, 200 pcs", "ZA", 6.8, 200, 470000, "USD",
         "Krugerrands are reddish 22-carat coins of 33.9 g with a springbok on the reverse; the tubes hold not 200 "
         "of them but 870 bright, 999-fine 50-rouble coins of 7.78 g with St George on the obverse and the Bank of "
         "Russia's mark, making up the declared weight, with a South African certificate of origin issued in Dubai, "
         "for a Vienna pawnbroker's bullion desk: gold of Russian origin, whose import into the Union Regulation "
         "833/2014 forbids (Article 3o), flown from Dubai; English wording (Russian gold under other origins repeats "
         "in several sets, as jewellery, scrap and bars; Russian bullion coins under a Krugerrand label were found in "
         "no earlier row by a keyword search)", firm("Alpina Pfand & Edelmetall GmbH", "AT")),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "KZ", "880622",
         "Použité kamerové drony z výkupu, 40 ks", "CZ", 60, 40, 4000, "EUR",
         "used camera drones a cash-for-goods chain buys in are consumer quadcopters sold singly on its web shop; "
         "these 40 are the same models bought over a month in a Brno chain's branches and sent together with spare "
         "batteries and thermal payload cameras to an Almaty firm whose address is a Russian drone integrator's "
         "forwarder: unmanned aircraft and thermal cameras whose sale for use in Russia Regulation 833/2014 "
         "forbids, re-exported through a third country, flown from Prague; Czech wording (drones for Russia repeat "
         "in many sets, kept as a repeat; a cash-for-goods chain's bought-in drones are the new part as far as a "
         "search found)", {"importer_country": "KZ"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "630790",
         "Dovanų maišeliai, audiniai, su logotipu, 600 vnt.", "LT", 40, 600, 300, "EUR",
         "a Vilnius lombard's van for Minsk: printed cloth gift bags and cardboard boxes are what the declaration "
         "lists, but the third item's 'naudoti rankinukai' are 30 authenticated designer handbags and 12 fur "
         "coats forfeited at the lombard, 2,000-15,000 EUR each: luxury goods whose sale to Belarus Regulation "
         "765/2006 forbids, hidden as the last item of a three-item declaration, at Medininkai; Lithuanian wording "
         "(luxury goods for Belarus repeat in a few sets; a lombard's forfeited handbags and furs were found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "BY"},
              _more_items=[item("481910", "Kartoninės dėžutės, 1 000 vnt.", "LT", 120, 150, "EUR", qty=1000),
                           item("420221", "Naudoti rankinukai, 30 vnt.", "LT", 36, 600, "EUR", qty=30)])),
        ("STR-09", "export", "SKAIR01", "air", "SK", [], "UZ", "848210",
         "Guľôčkové ložiská pre kolieskové korčule ABEC-7, 20 000 ks", "SK", 600, 20000, 4000, "EUR",
         "skate bearings are small, shielded 608 bearings in retail tubes at 20 cents each; these boxes hold "
         "angular-contact spindle and gyro bearings of ABEC-9/P2 precision with ceramic balls, at 30-200 EUR each, "
         "for a Tashkent 'sports shop' whose forwarder's address is a Kazan engine plant's: ball bearings on the "
         "common high-priority list, whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Bratislava; Slovak wording (precision bearings under skate-bearing labels "
         "repeat twice, blind2 and blind84, kept as a repeat; from Slovakia to Uzbekistan is the new part as far as "
         "a search found)", {"importer_country": "UZ"}),
        ("STR-10", "export", "BESEA01", "sea", "BE", [], "TR", "283319",
         "Beitszout voor juweliers (natriumbisulfaat), vaten van 25 kg, 80 vaten", "BE", 2000, 80, 1600, "EUR",
         "jewellers' pickle salt is sodium bisulphate, a sour, white granule that dissolves to a strong acid; these "
         "80 drums hold a fine, white, neutral crystalline powder that tastes of nothing, flares when touched with a "
         "hot wire and whose drum liners give CAS 7790-98-9, from a Ghent chemical distributor for an Istanbul "
         "'jewellery supply' firm in the Grand Bazaar whose orders go on to Tabriz: ammonium perchlorate (dual-use "
         "1C111, a solid rocket-propellant oxidiser listed in the Iran regulation), exported without a licence, by "
         "sea from Antwerp to Ambarlı; Flemish wording (ammonium perchlorate repeats in several sets under salt and "
         "fertiliser labels; a pickle-salt label on a strategic good was found in no earlier row by a keyword "
         "search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "BD", [], "IT", "711319",
         "২২ ক্যারেট সোনার লকেট, রেজিনের নখ বসানো, ৪০টি", "BD", 0.6, 40, 9000, "USD",
         "gold lockets with resin claws are moulded, even, translucent claws in a plain cap; these 40 hold real, "
         "hollow-based, curved claws with the keratin sheath and growth lines, of two sizes, from fore and hind "
         "paws, capped in 22-carat gold by a Tanti Bazar gold buyer in Dhaka: Bengal tiger claws (Panthera tigris, "
         "CITES App. I) without CITES documents, flown from Dhaka to Rome for a Torpignattara gold buyer who sells "
         "them to the Bangladeshi community; Bengali wording (tiger-claw labels repeat twice, blind162 and blind234, "
         "both as Marathi replica labels on other goods; gold-capped claws from a Dhaka gold buyer were found in no "
         "earlier row by a keyword search)", firm("Meridian Compro Oro Srl", "IT")),
        ("WLF-02", "export", "CZAIR01", "express", "CZ", [], "VN", "960190",
         "Vòng tay sừng trâu đen, bọc vàng 18K, 6 chiếc", "CZ", 0.4, 6, 600, "EUR",
         "black buffalo-horn bangles are turned from a hollow horn and show its fine, layered growth rings; these "
         "six are cut from solid, fibrous, grey-black horn that shows hair-like fibre bundles in the cut face and "
         "smells of burnt hair when drilled, capped in 18-carat gold and bought over the counter of a Prague "
         "Vietnamese-run gold and pawn shop from the family of a Czech 'trophy' hunter: rhinoceros horn "
         "(Rhinocerotidae, CITES App. I) exported without CITES documents (the Union does not re-export rhino horn), "
         "sent by express from Prague to a Hanoi buyer; Vietnamese wording (rhino horn repeats in many sets, kept as "
         "a repeat of the good, and a buffalo-horn bangle label once, in a development set; gold-capped bangles from "
         "a Czech pawn counter to Vietnam were found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-03", "import", "DEAIR01", "air", "US", [], "DE", "640391",
         "Used western boots, embossed cowhide, exotic print, pawnshop stock, 24 pairs", "US", 36, 24, 1200, "USD",
         "embossed cowhide boots have an even, pressed pattern that repeats and a smooth back to the leather; these "
         "24 pairs have real, irregular tiles with bony osteoderm pits on the belly scales and real python skin with "
         "the scale edges lifting, the unredeemed pledges of an El Paso pawnshop, for a Munich western-wear shop: "
         "spectacled caiman (Caiman crocodilus, CITES App. II) and reticulated python (Python reticulatus, App. II) "
         "leather without the US re-export certificates, flown from El Paso via Dallas; US English wording "
         "(exotic-print cowboy boots repeat in many sets, kept as a repeat of the good; a US pawnshop's stock was "
         "found in no earlier row by a keyword search)", firm("Vega Western Store GmbH", "DE")),
        ("WLF-04", "import", "BEPOST01", "post", "JP", [], "BE", "960190",
         "中古 印鑑 (牛骨・樹脂), 質流れ品, 40本", "JP", 1.2, 40, 20000, "JPY",
         "cow-bone and resin seals are white, uniform, with black pits (bone) or none at all (resin); these 40 "
         "forfeited seals from a Tokyo pawnshop (shichiya) are creamy, dense and smooth, with the cross-hatched "
         "Schreger lines of elephant ivory on the ends: elephant ivory (Loxodonta / Elephas, CITES App. I) without "
         "CITES documents, posted from Tokyo to a private collector in Ghent; Japanese wording (ivory hanko repeat "
         "in a few rows under cow-bone and resin labels, blind11 among them, kept as a repeat of the good; a "
         "pawnshop's forfeited seals were found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("WLF-05", "import", "NLAIR01", "air", "HK", [], "NL", "910221",
         "二手腕錶, 押店斷當貨品, 30 隻", "HK", 4.2, 30, 24000, "USD",
         "a Hong Kong pawnshop's (押) auction lot for an Amsterdam dealer: pre-owned watches and jade bangles are "
         "what such lots hold, but the third item's 'carved ox-bone figures' are 12 creamy, heavy okimono and "
         "netsuke with Schreger lines on the bases and a sharp, fresh carving style, carved in Guangdong from "
         "recent tusks and 'aged' with tea: elephant ivory (CITES App. I) without CITES documents, hidden as the "
         "last item of a three-item declaration, flown from Hong Kong; Chinese wording from Hong Kong (ivory carvings "
         "under bone labels repeat in many sets, kept as a repeat of the good; behind a pawnshop's forfeited "
         "watches is the new part as far as a search found)",
         dict(firm("Orion Veilingen BV", "NL"),
              _more_items=[item("711620", "軟玉手鐲, 40 隻", "HK", 2.4, 3000, "USD", qty=40),
                           item("960190", "牛骨雕刻擺件, 12 件", "HK", 3.6, 360, "USD", qty=12)])),
        ("WLF-06", "import", "FRAIR01", "air", "US", [], "FR", "711319",
         "Estate jewelry, black onyx set in 14k gold, pawnshop lot, 24 pcs", "US", 0.5, 24, 4800, "USD",
         "black onyx is a cold, hard, glassy stone cut flat or as cabochons; these 24 Hawaiian estate pieces from a "
         "Honolulu pawnshop hold a warm, lighter material that polishes to a glossy, slightly translucent brown at "
         "the edges, shows concentric growth rings and a spiny texture on a branch tip: black coral (Antipatharia, "
         "CITES App. II) without CITES documents, flown from Honolulu for a Paris gold buyer (achat d'or); US English "
         "wording (black coral under onyx and resin labels repeats in several sets, blind14 and blind40 among them, "
         "kept as a repeat; a Honolulu pawnshop lot is the new part as far as a search found)",
         firm("Horizon Achat Or SARL", "FR")),
        ("WLF-07", "import", "PTAIR01", "air", "BR", [], "PT", "920992",
         "Arcos de violino usados, de leilão de penhor, 20 unidades", "BR", 1.4, 20, 800, "USD",
         "used student bows from a pawn auction are brazilwood or fibreglass sticks at 20-50 USD each; these 20 are "
         "dense, orange-brown, finely figured pernambuco sticks, a few with a maker's brand and silver-mounted frogs, "
         "bought at a Caixa pawn (penhor) auction in Rio: finished bows of pernambuco (Paubrasilia echinata, CITES "
         "App. II), which may leave Brazil only with its export permit, flown from Rio de Janeiro to Lisbon for a "
         "string shop; Brazilian Portuguese wording (pernambuco's substitutes and bow blanks repeat in a few sets, "
         "blind205 and blind210; finished pernambuco bows from a pawn auction were found in no earlier row by a "
         "keyword search)", firm("Atlantic Cordas Lda", "PT")),
        ("WLF-08", "import", "SEAIR01", "express", "TH", [], "SE", "960190",
         "พระเครื่องแกะจากกระดูกวัว เลี่ยมทอง, 30 องค์", "TH", 0.3, 30, 9000, "THB",
         "cow-bone amulets are chalky, white, with small dark pits and a dry look; these 30 gold-framed Buddha "
         "amulets from a Bangkok pawnshop auction (rong rap chamnam) are creamy, dense, glossy, with Schreger lines "
         "on the backs: elephant ivory (CITES App. I) without CITES documents, sent by express from Bangkok to a "
         "private collector in Malmö; Thai wording (Thai amulets repeat in a few sets, as cultural goods; ivory "
         "amulets under a cow-bone label from a pawnshop auction were found in no earlier row by a keyword search)",
         person("Mr L. Nilsson", "SE")),
        ("WLF-09", "transit", "FRAIR01", "air", "SC", ["FR"], "HK", "030819",
         "Dried sea cucumber, sandfish (Holothuria scabra), 600 kg", "SC", 600, None, 18000, "USD",
         "dried sandfish is grey-black, furrowed and lumpy, a few USD a kilo; these sacks hold large, smooth, "
         "rounded animals with the knob-like teats on the flanks, some white: white and black teatfish (Holothuria "
         "fuscogilva, H. nobilis, CITES App. II) without the Seychelles export permit that specimens in transit "
         "through the Union must carry, landed at Paris-Charles de Gaulle in transit from Mahé to Hong Kong; English "
         "wording (sea cucumbers and teatfish repeat in many sets and a transit through Paris once, blind106, from "
         "Madagascar, kept as a repeat; from the Seychelles is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "DEPOST01", "post", "MX", [], "DE", "970521",
         "Insectos disecados para colección, en cajas entomológicas, 6 piezas", "MX", 1.6, 6, 40, "USD",
         "a parcel of dried, boxed insects is light and still; this one is padded, warm and has air holes, and "
         "behind the six cases lie 30 vials each holding a live, red-kneed, hairy spiderling: Mexican red-knee "
         "tarantulas (Brachypelma hamorii, CITES App. II) without CITES documents, posted from Guadalajara to a "
         "private keeper in Hanover; Mexican Spanish wording (Brachypelma repeats in several sets under live-food "
         "and toy labels, kept as a repeat, and insect display cases once, blind182, as a cultural cover; a "
         "dried-insect collection label on live spiders was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "EG", "AT", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (gold testing and parting)", "EG", 1.4, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-71-0063")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "air", "AU", "IE", "282911",
     "Sodium chlorate 99 %, 1 kg, for a licensed private user (amateur chemistry)", "AU", 1, 1, 30, "AUD",
     [("PRECURSOR_LICENCE", "IE-DOJ-71-0029")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent parting acid and rinses from gold refining (06 01 05*), for treatment at a licensed plant, 12 t", "CH",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-71-0187")], "notified spent refining acid to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "854911",
     "Waste game consoles, controllers and tablets with batteries, for recycling at a licensed plant, 14 t", "NO",
     14000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-71-0244")], "notified e-waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "SEAIR01", "air", "US", "SE", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "SE-NV-ODS-71-006")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 640, 16,
     12000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-71-009")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "CH", "711319",
     "Etruscan gold a baule earrings, pair, documented collection since 1931, sold to a Swiss museum", "IT", 0.02, 2,
     85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-71-0031")],
     "archaeological objects exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "490199",
     "Hartmann Schedel, Liber chronicarum, Nuremberg 1493, hand-coloured, sold at auction", "DE", 4.5, 1, 120000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-71-0114")], "incunabulum exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRSEA01", "sea", "FR", "SN", "283711",
     "Sodium cyanide 98 %, briquettes, 20 t, for a licensed gold mine's leach plant", "FR", 20000, None, 60000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-71-0052"), ("END_USER_CERTIFICATE", "SN-MMG-EUC-71-0017")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "TR", "902620",
     "Capacitance manometers, 1 kPa full scale, 12 units, for a Turkish university's thin-film laboratory", "IT", 6,
     12, 36000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-71-0088"), ("END_USER_CERTIFICATE", "TR-TUBITAK-EUC-71-0034")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTAIR01", "air", "BR", "PT", "920992",
     "Finished violin bows of pernambuco (Paubrasilia echinata), 20 units", "BR", 1.4, 20, 24000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-71-0417")], "App. II pernambuco bows with their export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "JP", "IT", "420221",
     "Pre-owned handbags of farmed Nile crocodile leather (Crocodylus niloticus), 6 units", "JP", 7, 6, 90000, "USD",
     [("CITES_PERMIT", "JP-METI-71-0592")], "App. II crocodile leather with its re-export certificate"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Private individual", "PRM-05": "Central Analyslaboratorium AB",
    "PRM-06": "Meridian Avio Manutenzione Srl", "PRM-11": "Atlantic Cordas Lda", "PRM-12": "Alpina Compro Oro Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # pawnbrokers, gold and silver buyers and cash-for-goods stores
    ("271019", "Touchstone oil for gold testing, mineral, 50 ml drip bottles", "import", ["post"], ["EG", "TR"], (20, 40), (1, 3), ["USD", "EUR"], 15, S),
    ("382499", "Dental-gold cleaning bath, enzymatic, 1 l", "import", ["air"], ["MX", "US"], (6, 12), (100, 400), ["USD"], 0.9, S),
    ("903180", "Electronic gold testers, hand-held, with 20 ml contact gel", "import", ["air"], ["VN", "CN"], (60, 120), (50, 200), ["USD"], 1.2, S),
    ("283210", "Sodium metabisulphite, technical, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.5, 0.9), (10000, 20000), ["USD"], 0.04, S),
    ("250900", "Ground whiting (chalk) for polishing silver, 1 kg bags", "import", ["road"], ["UA", "TR"], (0.5, 1.2), (1000, 4000), ["EUR"], 1, S),
    ("050690", "Bone ash for cupels and fire assay, 25 kg bags", "import", ["sea"], ["IN", "UZ"], (1, 2), (2000, 6000), ["USD"], 0.04, S),
    ("271012", "Wick-lighter fluid (naphtha), 125 ml", "import", ["sea"], ["US", "CN"], (3, 6), (2000, 6000), ["USD"], 8, S),
    ("291529", "Sodium acetate trihydrate, hand-warmer grade, 25 kg bags", "import", ["sea"], ["CN", "IN"], (1, 2), (5000, 15000), ["USD"], 0.04, S),
    ("283630", "Sodium bicarbonate, food grade, 25 kg bags", "import", ["sea"], ["TR", "CN"], (0.3, 0.6), (10000, 20000), ["USD"], 0.04, S),
    ("382290", "Silver test solution (Schwerter), 10 ml dropper bottles", "import", ["express"], ["RS", "TR"], (40, 80), (1, 2), ["EUR", "USD"], 60, S),
    ("950450", "Video game consoles, refurbished, tested, boxed", "import", ["air"], ["HK", "GB"], (150, 300), (100, 500), ["USD", "GBP"], 0.3, S),
    ("847130", "Refurbished tablets, unlocked, graded, boxed", "import", ["air"], ["HK", "AE"], (150, 300), (50, 300), ["USD"], 2, S),
    ("283429", "Copper nitrate patina solution for bronze, 1 l", "import", ["express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 1, S),
    ("846721", "Cordless drills, new, boxed, with battery and charger", "import", ["sea"], ["CN", "VN"], (15, 25), (2000, 6000), ["USD"], 0.4, S),
    ("852721", "Car radio head units, new, boxed", "import", ["sea"], ["CN", "KR"], (25, 45), (1000, 4000), ["USD"], 1, S),
    ("381400", "Camera shutter and lens cleaning fluid, alcohol-based, 100 ml", "import", ["post"], ["JP", "US"], (30, 60), (1, 2), ["JPY", "USD"], 8, S),
    ("820540", "Tri-wing and Torx screwdriver sets for console repair", "import", ["express"], ["SG", "CN"], (30, 60), (1, 3), ["USD"], 5, S),
    ("381400", "Degreaser for jewellery laser welding, alcohol-based, 1 l", "import", ["air"], ["TR", "CN"], (6, 12), (50, 200), ["EUR", "USD"], 1.1, S),
    ("340290", "Fur-cleaning conditioner for furriers, water-based, 5 l", "import", ["air"], ["CN", "TR"], (4, 8), (100, 400), ["USD"], 0.2, S),
    ("711291", "Gold scrap, 18 kt, broken jewellery bought in, for refining", "export", ["road", "air"], ["CH"], (40000, 55000), (2, 10), ["EUR"], None, S),
    ("711319", "Gold jewellery, 22 kt, new, machine-made", "import", ["air"], ["IN", "AE"], (55000, 70000), (2, 8), ["USD"], 50, S),
    ("711291", "Gold scrap, 21 kt, broken jewellery, for refining", "import", ["air"], ["AE", "EG"], (45000, 60000), (2, 10), ["USD"], None, S),
    ("711299", "Silver scrap, 875/925, for refining", "import", ["air"], ["GE", "UA"], (500, 800), (5, 30), ["USD"], None, S),
    ("740400", "Brass and copper scrap, clean, for remelting", "import", ["rail"], ["KZ", "MN"], (4, 6), (18000, 22000), ["USD"], None, S),
    ("490199", "Facsimile editions of early printed books, new", "export", ["post"], ["US", "JP"], (40, 100), (1, 3), ["EUR", "USD"], 0.5, S),
    ("920210", "Student violins, new, with case and bow", "export", ["air"], ["JP", "US"], (60, 150), (100, 400), ["EUR"], 0.4, S),
    ("283319", "Jewellers' pickle salt (sodium bisulphate), 25 kg drums", "export", ["sea"], ["TR", "MA"], (0.8, 1.5), (1000, 4000), ["EUR"], 0.04, S),
    ("910211", "Fashion wristwatches, quartz, metal case", "export", ["express"], ["KG", "KZ"], (100, 300), (1, 3), ["EUR"], 8, S),
    ("920790", "Electric guitars, new, entry-level", "export", ["air"], ["AM", "GE"], (40, 80), (100, 400), ["EUR"], 0.3, S),
    ("871150", "Used motorcycles over 800 cc, with papers", "export", ["sea"], ["GE", "AM"], (10, 20), (1000, 4000), ["EUR"], 0.005, S),
    ("381090", "Cyanide-free gold-stripping salt for jewellers, 1 kg tubs", "export", ["sea"], ["SN", "GH"], (10, 20), (500, 2000), ["EUR"], 1, S),
    ("711890", "Gold bullion coins, Krugerrand 1 oz", "import", ["air"], ["ZA", "CH"], (70000, 80000), (1, 5), ["USD"], 29, S),
    ("420221", "Pre-owned designer handbags, calf leather, authenticated", "export", ["air"], ["CH", "US"], (400, 1000), (20, 100), ["EUR"], 1, S),
    ("848210", "Skate bearings 608, shielded, retail tubes", "import", ["sea"], ["CN", "TW"], (6, 12), (1000, 4000), ["USD"], 80, S),
    ("691390", "Painted ceramic pencil holders, Guatemalan handicraft, new", "import", ["express"], ["GT", "MX"], (20, 40), (1, 3), ["USD"], 2, S),
    ("960190", "Buffalo-horn bangles, polished, new", "import", ["express"], ["VN", "IN"], (30, 60), (1, 3), ["USD"], 20, S),
    ("640391", "Cowboy boots, embossed cowhide, new", "import", ["sea"], ["MX", "US"], (20, 35), (1000, 4000), ["USD"], 0.6, S),
    ("392690", "Resin hanko seals, blank, new", "import", ["post"], ["JP", "CN"], (30, 60), (1, 2), ["JPY", "USD"], 40, S),
    ("711311", "Silver jewellery with black onyx, new", "import", ["express"], ["US", "TH"], (400, 800), (1, 3), ["USD"], 30, S),
    ("920992", "Carbon-fibre violin bows, new", "import", ["air"], ["BR", "CN"], (150, 300), (20, 100), ["USD"], 14, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630790", "Linen bread bags, drawstring", "import", ["sea"], ["IN", "CN"], (6, 10), (2000, 5000), ["USD"], 15, N),
        ("691110", "Porcelain gravy boats", "import", ["sea"], ["CN", "TH"], (2.5, 4), (2000, 6000), ["USD"], 2, N),
        ("392490", "Plastic step stools, folding", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 1, N),
        ("848180", "Garden hose nozzles, plastic", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind270", 20710301, HERE)


if __name__ == "__main__":
    main()
