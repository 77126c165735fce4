#!/usr/bin/env python3
"""Writes the hundred-and-twelfth blind set (tests/risk/data/blind112-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2044, with goods, routes,
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
would. Ids are BL112-*:

    python3 tests/risk/data/make_blind112_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2044, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2044
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLPOST01", "post", "PH", [], "NL", "200989",
         "Buko juice (tubig ng niyog), purong katas, 6 x 1 litro", "PH", 6.8, 6, 900, "PHP",
         "coconut water is cloudy, faintly sweet, 1.02 kg/l and ferments in days; these six cartons hold a "
         "water-clear liquid of 1.13 kg/l with no taste of coconut that whitens and stings the skin, fizzes on a cut "
         "and has vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Cebu to a private "
         "person in Utrecht; Tagalog wording (hydrogen peroxide repeats in many sets and water-like drink covers in "
         "several; a coconut-water label was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("PRE-02", "import", "BEAIR01", "express", "ID", [], "BE", "271019",
         "Minyak lampu taman wangi serai, 4 x 1 liter", "ID", 4.6, 4, 180000, "IDR",
         "garden lamp oil is a paraffin of 0.78 kg/l that floats on water and smells of citronella; these four "
         "bottles hold an oily liquid of 1.14 kg/l that sinks, partly mixes with water, has no citronella scent and "
         "reads 'CH3NO2' on the filler's drum label copied onto the invoice annex: nitromethane (Annex I above 16 %), "
         "sent by express from Surabaya to a private person in Ghent, although flammable liquids travel by express "
         "only as declared dangerous goods; Indonesian wording (nitromethane repeats in many sets; a garden "
         "lamp-oil label was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("PRE-03", "import", "ESAIR01", "express", "MX", [], "ES", "170260",
         "Jarabe de agave claro, orgánico, de Jalisco, 4 x 1 litro", "MX", 7.4, 4, 1200, "MXN",
         "light agave syrup is a runny, sweet, golden syrup of about 1.35 kg/l; these four bottles are oily, "
         "tasteless to a cautious touch, weigh 1.84 kg/l, grow hot with a drop of water and blacken a sugar cube: "
         "about 96 % sulphuric acid (Annex I above 15 %), sent by express from Guadalajara to a private person in "
         "Zaragoza, although corrosive liquids travel by express only as declared dangerous goods; Mexican Spanish "
         "wording (sulphuric acid repeats in many sets and syrup covers, corn syrup among them, in several; an "
         "agave-syrup label on a precursor was found in no earlier row: the one earlier agave row is live plants)",
         person("Sr. J. García", "ES")),
        ("PRE-04", "import", "ITAIR01", "air", "LK", [], "IT", "110819",
         "கூவைக்கிழங்கு மாவு (arrowroot), 1 கிலோ பை, 250 பைகள்", "LK", 250, 250, 1500, "USD",
         "arrowroot flour is a squeaky, bright-white starch that thickens hot water into a clear gel; these 250 bags "
         "hold a heavier, gritty white powder that does not thicken, barely dissolves, burns fiercely mixed with "
         "sugar and whose inner liners read 'KClO4', for a Milan Asian-food web shop that sells 1 kg bags to the "
         "public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Colombo; Tamil wording from Sri Lanka (potassium perchlorate repeats in many sets and starch-like covers "
         "in several; an arrowroot label was found in no earlier row by a keyword search)",
         firm("Meridian Spezie Srl", "IT")),
        ("PRE-05", "import", "HUROAD01", "road", "RS", [], "HU", "291529",
         "Kalcijum-magnezijum acetat (CMA), sredstvo protiv poledice, džakovi 25 kg, 800 džakova", "RS", 20000, 800,
         6000, "EUR",
         "calcium magnesium acetate de-icer is a grey-white, vinegar-smelling pellet that stays dry in the bag; these "
         "800 sacks hold white prills that turn ice-cold in water, smell of nothing, test at 34 % N and melt and "
         "fume on a hot plate, for a Szeged garden-and-DIY web shop that sells them to the public for driveways: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at "
         "Röszke; Serbian wording (ammonium nitrate repeats in many sets and de-icer covers in several; a CMA "
         "label by road from Serbia is the new part as far as a search found)", firm("Vega Kert Kft.", "HU")),
        ("PRE-06", "import", "NLSEA01", "sea", "CN", [], "NL", "170199",
         "单晶冰糖 (rock sugar), 500 克袋装, 20,000 袋", "CN", 10000, 20000, 9000, "USD",
         "single-crystal rock sugar is sweet, clear and sticks to the teeth; these bags hold clear, cubic crystals "
         "with no sweetness, that draw damp, crackle and flare yellow on a gas ring, and the factory sheet in the "
         "container gives CAS 7775-09-9, for a Rotterdam Asian cash-and-carry that sells to the public: sodium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Ningbo; Chinese "
         "wording (sodium chlorate repeats in many sets under salt and sugar-like labels; a rock-sugar label was "
         "found in no earlier row by a keyword search)", firm("Horizon Aziatische Groothandel BV", "NL")),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "283330",
         "Şap tozu (potasyum şap), berber için kan durdurucu, 1 kg, 300 paket", "TR", 300, 300, 240, "EUR",
         "potash alum powder is the barber's styptic: a white, astringent powder that puckers the skin and tastes "
         "sweet-sour; these 300 packs hold shiny, tasteless crystals that do not draw the skin, spit violet sparks "
         "on a hot iron and carry CAS 3811-04-9 on the inner bags, for a Plovdiv barber-supply shop that sells to "
         "barbers and the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "in a van at Kapitan Andreevo; Turkish wording (potassium chlorate repeats in many sets; alum covers appear "
         "in a few and a 'şap' label once, as far as a search found; a barber's-styptic cover by road from Türkiye "
         "to Bulgaria is the new part)", firm("Delta Barber EOOD", "BG")),
        ("PRE-08", "import", "SEPOST01", "post", "US", [], "SE", "281511",
         "Lye (sodium hydroxide) micro beads, for cold-process soap making, 4 x 2 lb", "US", 3.6, 4, 48, "USD",
         "soap makers' lye beads are white pearls that grow hot at once in water and feel slippery on wet skin; "
         "these four jars hold a white, crystalline powder that stays cold in water, is not slippery, draws damp "
         "and burns brightly with sugar, and the re-used jar caps read 'NaClO4': sodium perchlorate (Annex I above "
         "40 %), posted from Oregon to a private person in Umeå; US English wording (sodium perchlorate repeats in "
         "many sets; lye labels appear in a few earlier rows, on other goods; by post from the United States to "
         "Sweden is the new part)", person("Karin Andersson", "SE")),
        ("PRE-09", "import", "CZAIR01", "air", "VN", [], "CZ", "220900",
         "Giấm gạo lên men truyền thống, chai 1 lít, 1.200 chai", "VN", 1680, 1200, 1800, "USD",
         "Vietnamese rice vinegar is pale, sour, 1.01 kg/l and smells of fermentation; these bottles hold a liquid of "
         "1.40 kg/l that fumes brown when opened, yellows the skin and eats into a copper coin, at 1.50 USD a bottle "
         "for a Prague wholesaler that supplies the Sapa market's shops, which sell to the public: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Hanoi; Vietnamese wording "
         "(nitric acid repeats in many sets and vinegar covers in a few; a rice-vinegar label was found in no "
         "earlier row by a keyword search)", firm("Delta Asia Potraviny s.r.o.", "CZ")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "220299",
         "Березовий сік натуральний, пляшки 1 л, 4 800 пляшок", "UA", 5760, 4800, 4800, "EUR",
         "birch sap is a faintly sweet, slightly cloudy drink of 1.00 kg/l, pasteurised in glass; these PET bottles "
         "have vented caps, hold a water-clear liquid of 1.20 kg/l that foams on a cut and whitens the skin, and the "
         "filler's drums on the same lorry read 'H2O2 50 %', for a Lublin health-food web shop that sells to the "
         "public: hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Dorohusk; "
         "Ukrainian wording (hydrogen peroxide repeats in many sets; a birch-sap label was found in no earlier row "
         "by a keyword search)", firm("Orion Zdrowa Żywność Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MA", "260600",
         "Bauxita triturada, grado metalúrgico, big bags, 25 t", "ES", 25000, None, 1500, "EUR",
         "metallurgical bauxite is a red-brown, earthy ore that nobody exports from Spain to Morocco; these bags "
         "hold grey, salty, crumbly lumps that hiss and smell of ammonia and garlic when wet (ammonia and phosphine) "
         "from a Basque secondary aluminium smelter's rotary furnaces: salt slag (10 03 08*), hazardous waste whose "
         "export to a non-OECD country is banned, from Algeciras to Tanger Med for a 'cement additives' buyer; "
         "Spanish wording (salt slag repeats in many sets; a bauxite label was found once, on another waste, and "
         "from Spain to Morocco is the new part)", {"importer_country": "MA"}),
        ("WST-02", "export", "SESEA01", "sea", "SE", [], "IN", "790310",
         "Zinkdamm, pigmentkvalitet för zinkrik grundfärg, storsäckar, 20 t", "SE", 20000, None, 6000, "EUR",
         "zinc dust for zinc-rich primers is a fine, even, blue-grey metal powder of 97 % metallic zinc with a data "
         "sheet; these bags hold a lumpy, white-grey mixture of ash, skimmings and chloride-laden filter dust that "
         "smells of ammonium chloride flux and reads 60 % zinc mostly as oxide, from a Småland hot-dip galvanising "
         "works: zinc ash and flue-gas dust (11 05 03* among them), hazardous waste whose export to a non-OECD country "
         "is banned, from Gothenburg to Mundra for a 'paint maker'; Swedish wording (zinc ash and zinc-oxide covers "
         "repeat in several sets; a zinc-dust primer label from Sweden is the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "680620",
         "Perlit ekspandowany do podłoży ogrodniczych, luzem, 24 t", "PL", 24000, None, 720, "EUR",
         "expanded perlite is a snow-white, feather-light granule (about 100 kg/m3); this tipper holds 24 t of "
         "dark, wet, heavy soil and gravel that smells of diesel and reads 9 g/kg of mineral-oil hydrocarbons, dug "
         "out of a former fuel depot near Rzeszów: soil containing hazardous substances (17 05 03*), hazardous waste "
         "whose export to a non-OECD country is banned, at Korczowa for a Lviv 'landscaping' firm; Polish wording "
         "(contaminated soil repeats in several sets under topsoil and fill labels; a perlite label, whose density "
         "alone gives it away, is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["SI", "HR", "BA", "ME"], "AL", "680300",
         "Naturschiefer-Dachplatten, gebraucht, gereinigt, 22 t", "AT", 22000, None, 1100, "EUR",
         "used natural slate is split, blue-black stone that rings when tapped and flakes along its grain; these "
         "pallets hold grey, pressed, fibrous sheets with a diamond pattern and broken edges, stripped from Tyrolean "
         "farm roofs, that show chrysotile fibres under a lens: asbestos-cement roofing (17 06 05*), hazardous waste "
         "whose export to a non-OECD country is banned, on a lorry from Innsbruck through Slovenia, Croatia, Bosnia "
         "and Montenegro to a Shkodër 'roofer'; Austrian German wording (asbestos cement repeats in many sets; "
         "under a natural-slate label by road to Albania is the new part as far as a search found)",
         {"importer_country": "AL"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "PK", "281820",
         "Geactiveerd aluminiumoxide, droogmiddelkorrels, 40 t", "NL", 40000, None, 8000, "EUR",
         "activated-alumina desiccant beads are new, white, uniform spheres in sealed drums; these bags hold grey to "
         "black, coked, sulphur-smelling extrudates that self-heat when exposed to air and read nickel, molybdenum "
         "and vanadium, from a Rotterdam refinery's hydrotreater change-out: spent hydroprocessing catalysts "
         "(16 08 02*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Karachi; "
         "Dutch wording (spent catalysts repeat in many sets and activated-alumina labels in a few; kept as a known "
         "repeat, from the Netherlands to Pakistan is the new part)", {"importer_country": "PK"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "AL", "310100",
         "Ammendante compostato misto, sfuso, 28 t", "IT", 28000, None, 560, "EUR",
         "mixed compost is dark, crumbly and smells of forest soil; this container holds a grey-green, greasy sludge "
         "that smells of solvent and rotten hides and reads over 1 % chromium, some of it hexavalent, from the "
         "effluent plant of a Santa Croce sull'Arno tannery district: tannery sludge with degreasing-solvent "
         "residues (04 01 03*), hazardous waste whose export to a non-OECD country is banned, from Bari to Durrës for "
         "a 'farm supply' buyer; Italian wording (tannery sludge repeats in many sets, compost labels in a few; to "
         "Albania by sea is the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-07", "export", "CZRAIL01", "rail", "CZ", ["PL"], "UA", "701810",
         "Skleněné mikrokuličky pro vodorovné dopravní značení, 20 t", "CZ", 20000, None, 3000, "EUR",
         "road-marking glass beads are clear, round, sieved spheres that sparkle in a headlight; these bags hold "
         "sharp, white-coated glass shards mixed with aluminium end caps and phosphor powder that read mercury on a "
         "vapour meter, from a Brno lamp-collection point's crusher: crushed fluorescent tubes (20 01 21*), "
         "hazardous waste whose export to a non-OECD country is banned, by rail through Poland to Ukraine for a "
         "'road-paint' buyer; Czech wording (lamp glass repeats in several sets as cullet; a road-marking-bead label "
         "is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "LY", "151800",
         "Χρησιμοποιημένο μαγειρικό λάδι (UCO) για βιοντίζελ, δεξαμενές ISO, 40 t", "GR", 40000, None, 8000, "EUR",
         "used cooking oil is golden-brown, smells of frying and floats on water; these ISO tanks hold a black, "
         "water-laden, diesel-smelling sludge with an oily layer and sediment, pumped from ships' bilges and fuel-tank "
         "cleaning at Perama: oily ship sludge and bilge water (13 04 03*, 16 07 08*), hazardous waste whose export "
         "to a non-OECD country is banned, from Piraeus to Misrata for a 'biodiesel plant'; Greek wording (bilge "
         "sludge repeats in several sets and a cooking-oil label once, on a cooking-oil and mineral-oil mixture in "
         "blind63; pure ship sludge as UCO from Greece to Libya is the new part)", {"importer_country": "LY"}),
        ("WST-09", "export", "BGROAD01", "road", "BG", [], "TR", "391590",
         "Смлян полипропилен, регранулат, чувалi, 20 т", "BG", 20000, None, 2000, "EUR",
         "PP regrind is clean, sorted flakes of one colour; these bags hold shredded, mixed plastic with needles, "
         "blood-stained tubing, cannula hubs and the smell of disinfectant, from Sofia hospitals' sharps and "
         "infusion-set bins: infectious clinical waste (18 01 03*), hazardous waste shipped to an OECD country "
         "without the notification and consent it needs, at Kapitan Andreevo for an Istanbul 'recycler'; Bulgarian "
         "wording (clinical waste repeats in several sets and regrind labels in many; from Bulgaria to Türkiye by "
         "road is the new part as far as a search found)", {"importer_country": "TR"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CM", "871200",
         "Vélos d'occasion, révisés, 300 pièces", "BE", 4500, 300, 6000, "EUR",
         "a second-hand container for Douala: used bicycles and furniture are what Antwerp exporters ship to "
         "Cameroon, but the third item's 'accumulateurs testés 12 V' are 400 scrap car and UPS lead-acid "
         "batteries, cracked, leaking acid and collected from Brussels scrapyards: waste lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration; Belgian French wording (lead-acid batteries repeat in many sets; behind "
         "bicycles to Cameroon is the new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("940360", "Meubles de maison d'occasion, bois, 60 pièces", "BE", 2400, 1200, "EUR", qty=60),
                           item("850710", "Accumulateurs testés 12 V, au plomb, 400 pièces", "BE", 6000, 800, "EUR", qty=400)])),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "express", "HK", [], "PL", "290512",
         "99.9% 異丙醇 電子清潔劑, 6 x 1 公升", "HK", 8.1, 6, 600, "HKD",
         "99.9 % isopropyl alcohol is light (0.79 kg/l), burns with a blue flame and smells of surgical spirit; "
         "these six bottles weigh 1.34 kg/l, do not burn, smell sweet like chloroform and boil at 74 °C, and the "
         "filler's inner labels read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), whose import into the "
         "Union is banned, sent by express from Hong Kong to a Wrocław phone-repair shop; Cantonese (traditional "
         "Chinese) wording (methyl chloroform repeats in many sets; an isopropyl-alcohol label from Hong Kong is "
         "the new part as far as a search found)", firm("Central Serwis Elektroniki Sp. z o.o.", "PL")),
        ("OZN-02", "transit", "BESEA01", "sea", "IN", ["BE"], "TR", "291531",
         "ઇથાઇલ એસિટેટ, ઔદ્યોગિક દ્રાવક, 80 ડ્રમ", "IN", 32000, 80, 16000, "USD",
         "ethyl acetate is a light (0.90 kg/l), fruity, flammable solvent at about 1 USD/kg; these 80 drums weigh "
         "twice what their volume allows (1.99 kg/l), their contents do not burn and the drum heads are stamped "
         "'CH2BrCl': bromochloromethane (halon 1011), a controlled ozone-depleting substance moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Antwerp in transit from Mundra to Mersin; "
         "Gujarati wording (bromochloromethane repeats in many sets; an ethyl-acetate label on a transit through "
         "Antwerp is the new part as far as a search found)", {"importer_country": "TR"}),
        ("OZN-03", "import", "GRSEA01", "sea", "EG", [], "GR", "390729",
         "نظام بوليول مسبق الخلط لعزل الثلاجات، منفوخ بالسيكلوبنتان، 80 برميل", "EG", 17600, 80, 35000, "USD",
         "a cyclopentane-blown polyol premix is flammable, smells faintly of petrol and carries a flame mark; these "
         "80 drums, for a Thessaloniki cold-room panel maker, are not flammable, hiss with a sweet, ether-like gas "
         "when opened and a gas test of the head-space gives 1,1-dichloro-1-fluoroethane: a polyol premix blown with "
         "HCFC-141b, a product containing an ozone-depleting substance whose import into the Union is banned, by sea "
         "from Alexandria to Thessaloniki; Egyptian Arabic wording (HCFC-141b premixes repeat in many sets; from "
         "Egypt to Greece is the new part as far as a search found)", firm("Delta Psyktika AE", "GR")),
        ("OZN-04", "import", "LTAIR01", "air", "KZ", [], "LT", "842410",
         "Огнетушители газовые ФК-5-1-12 (Novec 1230), для машинных отделений, 40 шт.", "KZ", 1600, 40, 12000,
         "USD",
         "FK-5-1-12 extinguishers are light-pressure cylinders of a liquid of 1.6 kg/l with a maker's certificate; "
         "these 40 olive-green bottles of Soviet military pattern hold a liquid of 2.18 kg/l that boils at 47 °C "
         "and their stencils read '114В2': halon 2402 (dibromotetrafluoroethane), whose import into the Union is "
         "banned outside licensed critical uses, flown from Almaty to Vilnius for a ship-repair yard; Russian "
         "wording from Kazakhstan (halon 2402 repeats in many sets and Novec labels in a few; by air from "
         "Kazakhstan to Lithuania is the new part as far as a search found)", firm("Vega Gaisro Sauga UAB", "LT")),
        ("OZN-05", "import", "IEAIR01", "express", "KR", [], "IE", "290919",
         "정밀 세정제 HFE-7100 동급, 4 x 5 kg", "KR", 20, 4, 400, "USD",
         "HFE-7100 boils at 61 °C and costs about 50 USD/kg; these four cans cost a fifth of that, boil at 54 °C and "
         "the filler's stickers under the new labels read 'AK-225': HCFC-225ca/cb, whose import into the Union is "
         "banned, sent by express from Incheon to a Galway medical-device contract cleaner; Korean wording "
         "(HCFC-225 repeats in several sets and HFE labels in a few; from Korea by express to Ireland is the new "
         "part as far as a search found)", firm("Atlantic Optics Ltd", "IE")),
        ("OZN-06", "import", "ROROAD01", "road", "MD", [], "RO", "271113",
         "Gaz pentru brichete (butan), cutii de 300 ml, 2.400 buc.", "MD", 960, 2400, 2400, "EUR",
         "butane lighter refills hold a light liquid of 0.58 kg/l at about 2 bar; these cans read 5.7 bar at 20 °C, "
         "weigh more than butane allows (1.33 kg/l), do not light at the nozzle and carry a car-AC adaptor in every "
         "box: dichlorodifluoromethane (CFC-12), whose import into the Union is banned, in a van at Sculeni for a Iași "
         "car air-conditioning workshop; Romanian wording from Moldova (CFC-12 repeats in many sets and lighter-gas "
         "labels in a few; from Moldova by road is the new part as far as a search found)",
         firm("Rivage Auto Clima SRL", "RO")),
        ("OZN-07", "import", "ITSEA01", "sea", "PK", [], "IT", "842410",
         "اے بی سی پاؤڈر آگ بجھانے والے آلات، 6 کلو، 600 عدد", "PK", 6000, 600, 9000, "USD",
         "a 6 kg ABC powder extinguisher rattles when shaken and has a pressure gauge; these 600 red units slosh, "
         "have no gauge, spray a liquid that vanishes into a gas and their valve stamps read 'BCF': halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned, by "
         "sea from Karachi to Genoa for a fire-safety dealer; Urdu wording (halon 1211 repeats in many sets and "
         "powder-extinguisher labels in a few; from Pakistan is the new part as far as a search found)",
         firm("Vega Antincendio Srl", "IT")),
        ("OZN-08", "export", "DKSEA01", "sea", "DK", [], "GN", "841869",
         "Brugte blæsefrysere, istandsatte, 6 stk.", "DK", 9000, 6, 18000, "EUR",
         "reconditioned blast freezers for export run on CO2 or ammonia and come with a test report; these six, "
         "taken out of an Esbjerg fish-processing plant, still hold their original HCFC-22 charge (about 80 kg each "
         "on the plates) and were not emptied: equipment containing HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), from Aarhus to a Conakry fish exporter; Danish wording (R-22 equipment repeats in "
         "many sets, and blast freezers once, on a fishing vessel; processing-plant freezers from Denmark to Guinea "
         "are the new part)", {"importer_country": "GN"}),
        ("OZN-09", "import", "CYSEA01", "sea", "IL", [], "CY", "280430",
         "חנקן דחוס לאטימת מחסני תבואה, 50 גלילים", "IL", 2500, 50, 2000, "USD",
         "nitrogen for grain-store inerting comes in tall cylinders of gas at 200 bar that do not slosh; these 50 "
         "short cylinders slosh, read 2 bar, hold 50 kg of liquid each of 1.73 kg/l and their shoulders are stamped "
         "'CH3Br' under the stickers: methyl bromide, whose import into the Union is banned (no quarantine exemption "
         "remains), by sea from Haifa to Limassol for a grain-silo operator; Hebrew wording (methyl bromide repeats "
         "in many sets; a nitrogen label from Israel to Cyprus is the new part as far as a search found)",
         firm("Delta Grain Storage Ltd", "CY")),
        ("OZN-10", "import", "NLAIR01", "express", "US", [], "NL", "701399",
         "Antique-style decorative glass bottles, sealed, 24 pcs", "US", 18, 24, 480, "USD",
         "decorative glass bottles are empty or hold coloured water; these 24 round, ribbed bulbs are late-19th-century "
         "'fire grenades' from an estate sale, each sealed with 0.5 l of a heavy, sweet-smelling liquid of 1.59 kg/l: "
         "carbon tetrachloride, products containing an ozone-depleting substance whose import into the Union is "
         "banned, sent by express from Ohio to a private collector in Haarlem; US English wording (carbon "
         "tetrachloride repeats in many sets and glass fire grenades in a few; as decorative bottles from the "
         "United States to the Netherlands is the new part as far as a search found)", person("M. Bakker", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "OM", [], "DE", "490199",
         "مصاحف مطبوعة، طبعة حديثة، 12 نسخة", "OM", 6, 12, 240, "USD",
         "printed Qurans are bound, machine-printed books on paper; these are 31 loose parchment leaves in brown "
         "Kufic script without dots, with water stains and mould, from the kind of hoard found in Sana'a mosques: "
         "Qur'an folios of the 9th-10th century taken out of Yemen, which forbids their export, brought in without "
         "the importer statement Regulation 2019/880 requires and against the UNESCO 1970 convention, flown from "
         "Muscat to Frankfurt for a dealer; Omani Arabic wording (Yemeni Kufic Qur'an leaves under a printed-Qur'an "
         "label repeat in earlier sets, one in transit through Germany to Britain, and Yemeni leaves sent via Oman "
         "in another; kept as a known repeat, by air freight from Muscat to Frankfurt is the new part)", firm("Orion Orientalia GmbH", "DE")),
        ("CUL-02", "import", "NLAIR01", "express", "AE", [], "NL", "711790",
         "Hand-carved stone beads for jewellery making, assorted, 60 pcs", "AE", 0.9, 60, 120, "USD",
         "new carved beads are bright, evenly drilled and polished; these 60 are small, worn cylinders of haematite, "
         "lapis and chalcedony, bored lengthwise with a drill that wobbled, carved with gods, animals and cuneiform "
         "lines that print in reverse when rolled on clay: Mesopotamian cylinder seals (3rd-1st millennium BC), "
         "archaeological objects taken out of Iraq, brought in without an import licence (Regulation 2019/880) and "
         "against the UN embargo on Iraqi cultural property (Regulation 1210/2003), sent by express from Dubai to a "
         "private buyer in Amsterdam; English wording (cylinder seals repeat in several sets; kept as a known repeat, "
         "a bead-making label from Dubai by express is the new part as far as a search found)",
         person("Mw. E. de Jong", "NL")),
        ("CUL-03", "import", "ESAIR01", "express", "DO", [], "ES", "940169",
         "Taburetes de madera tallada, artesanía de Higüey, 2 piezas", "DO", 9, 2, 80, "USD",
         "new carved stools from Higüey workshops are pale, glossy and machine-sanded; these two are low, dark "
         "guayacán seats with a carved face at the front, worn hollows and cave earth in the pores, and with them "
         "come three small three-pointed stones: Taíno duhos and cemís (AD 1000-1500), archaeological objects whose "
         "export the Dominican Republic forbids, brought in without an import licence (Regulation 2019/880), sent by "
         "express from Santo Domingo to a Madrid dealer; Dominican Spanish wording (Taíno objects repeat in a few "
         "sets; a carved-stool label is the new part as far as a search found)", firm("Galería Atlántica SL", "ES")),
        ("CUL-04", "import", "FRAIR01", "air", "ML", [], "FR", "491191",
         "Reproductions de calligraphie arabe sur papier, décoratives, 40 feuilles", "ML", 4, 40, 200, "EUR",
         "printed calligraphy reproductions are flat, clean, machine-printed sheets; these 40 are brittle, hand-"
         "written leaves in Maghribi script with red and black ink, marginal notes and leather-wrapper fragments, "
         "with Timbuktu family-library seals: manuscripts over a century old taken out of Mali, which forbids their "
         "export and whose heritage is under UN and UNESCO protection, brought in against the UNESCO 1970 convention "
         "(and, above the value threshold, without the importer statement of Regulation 2019/880), flown from "
         "Bamako to Paris for a dealer; French wording from Mali (Timbuktu manuscripts repeat in a few sets; kept as "
         "a known repeat, a calligraphy-print label by air is the new part as far as a search found)",
         firm("Galerie Rivage SARL", "FR")),
        ("CUL-05", "import", "ESPOST01", "post", "PE", [], "ES", "691390",
         "Réplicas de cerámica mochica, taller de Lambayeque, 3 piezas", "PE", 4, 3, 60, "PEN",
         "workshop replicas of Moche pottery are light, crisp, bright-slipped and stamped 'réplica'; these three "
         "are heavy stirrup-spout portrait vessels with faded cream and red slip, root marks, salt bloom and grave "
         "soil inside the spouts: Moche ceramics (AD 100-700), archaeological objects whose export Peru forbids, "
         "brought in without an import licence (Regulation 2019/880), posted from Chiclayo to a private collector in "
         "Seville; Peruvian Spanish wording (Moche ceramics repeat in several sets; kept as a known repeat, by post "
         "with a Lambayeque replica label is the new part as far as a search found)", person("Maria Lopez", "ES")),
        ("CUL-06", "import", "FRSEA01", "sea", "DZ", [], "FR", "691390",
         "Lampes à huile artisanales en terre cuite, neuves, 120 pièces", "DZ", 60, 120, 240, "EUR",
         "new craft oil lamps are thick, evenly fired and brightly glazed; these 120 are thin, mould-made red "
         "lamps with worn discus reliefs of gladiators and Victories, makers' stamps on the bases, soot on the "
         "nozzles and earth inside, from sites around Tipasa and Cherchell: Roman terracotta lamps (1st-4th century), "
         "archaeological objects whose export Algeria forbids, brought in without an import licence (Regulation "
         "2019/880), in a removal container from Algiers to Marseille; Algerian French wording (Roman lamps repeat in "
         "a few sets; from Algeria by sea is the new part as far as a search found)", person("M. T. Dubois", "FR")),
        ("CUL-07", "export", "PLPOST01", "post", "PL", [], "US", "830249",
         "Mosiężne uchwyty do mebli, z odzysku, 3 kg", "PL", 3, 14, 60, "EUR",
         "reclaimed brass furniture handles are bright yellow metal with screw holes and polish in the crevices; "
         "these fourteen are green-patinated bronze socketed axes, a spiral arm-ring and pins with soil in the "
         "sockets, dug by a detectorist in Silesia: Bronze Age (Lusatian culture) archaeological objects over 100 "
         "years old, which need an export licence at any value (Regulation 116/2009), posted from Wrocław to a buyer "
         "in Ohio without one; Polish wording (detector finds repeat in many sets and Lusatian bronzes once; by post "
         "under a furniture-handle label is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "import", "PLRAIL01", "rail", "MN", ["CN", "KZ", "RU", "BY"], "PL", "680299",
         "Чулуужсан модон номын тулгуур, өнгөлсөн, 2 хос", "MN", 140, 4, 400, "USD",
         "petrified-wood bookends are sliced, polished, ringed stone with flat bases; these four blocks are rough "
         "sandstone jackets around a frilled skull with a parrot-like beak and a bony neck shield, Gobi red sand "
         "still in the eye holes: a Protoceratops skull (Late Cretaceous), palaeontological heritage whose export "
         "Mongolia forbids, brought in against the UNESCO 1970 convention, by rail from Ulaanbaatar through China, "
         "Kazakhstan, Russia and Belarus to Małaszewicze for a private collector; Mongolian wording (Mongolian "
         "dinosaur fossils repeat in several sets; a petrified-wood label was found in no earlier row by a keyword "
         "search)", person("Piotr Nowak", "PL")),
        ("CUL-09", "import", "NLSEA01", "sea", "TH", [], "NL", "691200",
         "เครื่องเคลือบศิลาดลสวรรคโลก แบบจำลองใหม่, 400 ชิ้น", "TH", 800, 400, 1600, "USD",
         "new Sawankhalok-style celadon is evenly glazed, machine-thrown and sold by the crate; 38 of these 400 "
         "plates and jarlets are grey-green with crackled, uneven glaze, fish and flower motifs under iron-brown "
         "paint, barnacle scars and coral crusts: 15th-16th century Si Satchanalai wares raised from a Gulf of "
         "Thailand wreck, underwater cultural heritage whose export Thailand forbids, brought in without an import "
         "licence (Regulation 2019/880), by sea from Laem Chabang to Rotterdam mixed into a decorative-ceramics "
         "order; Thai wording (Thai antiquities repeat in several sets; Sawankhalok wreck wares were found in no "
         "earlier row by a keyword search)", firm("Horizon Interieur BV", "NL")),
        ("CUL-10", "export", "ESSEA01", "sea", "ES", [], "US", "940360",
         "Muebles de estilo castellano, reproducción, 1 contenedor", "ES", 3200, 40, 18000, "EUR",
         "a reproduction-furniture container for a Texas decorator: carved chests and chairs in Castilian style are "
         "what Valencia makers ship, but the third item's 'tabla pintada, reproducción' is a tempera-and-gold panel "
         "of Saint James on pine with worm holes, a cradled back and a 15th-century punched halo, cut from a "
         "retable in a Burgos parish church: a painting over 50 years old above the value threshold, and part of the "
         "Spanish historical heritage, exported without the licence of Regulation 116/2009 and the Spanish export "
         "permit, hidden as the last item of a three-item declaration, from Valencia to Houston; Spanish wording "
         "(retable panels repeat in a few sets; behind reproduction furniture to the United States is the new part "
         "as far as a search found)",
         dict({"importer_country": "US"},
              _more_items=[item("940169", "Sillas fraileras, reproducción, 24 piezas", "ES", 360, 2400, "EUR", qty=24),
                           item("970191", "Tabla pintada, reproducción, 1 pieza", "ES", 18, 300, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "GE", "846592",
         "Fresatrici CNC per legno, pantografi a 3 assi, 2 unità", "IT", 16000, 2, 60000, "EUR",
         "woodworking CNC routers are light gantry machines with a vacuum table and a spindle of a few kW; these "
         "two weigh 8 t each, have a cast-iron bed, a 30 kW spindle, a tool changer and a control set for steel, "
         "and the Poti consignee's forwarding order names a Tula customer: metal-cutting vertical machining centres "
         "(8457), on the common high-priority list whose sale for use in Russia Regulation 833/2014 forbids, "
         "routed from La Spezia to Georgia; Italian wording (machining centres repeat in several sets and "
         "woodworking covers in a few; by sea to Georgia as woodworking routers is the new part as far as a "
         "search found)", {"importer_country": "GE"}),
        ("STR-02", "export", "ATAIR01", "air", "AT", [], "KG", "392350",
         "Roll-on-Aufsätze mit Stahlkugel für Parfümflaschen, 200.000 Stück", "AT", 900, 200000, 6000, "EUR",
         "roll-on fittings are plastic sockets holding a small steel ball and weigh a few grams; these cartons hold "
         "2,000 sealed, greased, aerospace-grade angular-contact ball bearings in maker's boxes with the labels "
         "torn off, worth fifty times the declared value, for a Bishkek 'cosmetics' firm whose last buyers are in "
         "Russia: ball bearings (8482), on the common high-priority list whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Vienna; Austrian German wording (bearings repeat "
         "in many sets; a perfume roll-on label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-03", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG"], "TR", "840733",
         "Benzínové motory pro sekačky trávy, 170 cm³, 60 ks", "CZ", 900, 60, 9000, "EUR",
         "lawnmower engines are single-cylinder, vertical-shaft, four-stroke units at 150 EUR each; these 60 are "
         "two-cylinder, two-stroke boxer engines with dual ignition, a propeller hub and a generator, at ten times "
         "that on the maker's list, for an Istanbul 'garden machinery' trader that ships to Tehran: engines for "
         "unmanned aerial vehicles, whose sale for use in Iran Regulation 2023/1529 forbids, by lorry from Brno; "
         "Czech wording (UAV engines repeat in several sets; a lawnmower-engine label was found in no earlier "
         "strategic row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "PK", "701990",
         "Tissu de verre pré-imprégné époxy pour réparation de bateaux, 40 rouleaux", "FR", 800, 40, 4000, "EUR",
         "glass-epoxy boat-repair prepreg is white-green cloth at a few euros a metre; these rolls are black, "
         "unidirectional intermediate-modulus carbon fibre in a toughened epoxy that must be kept at -18 °C, "
         "shipped in dry ice, worth 80 EUR/kg, for a Rawalpindi 'marine' buyer: carbon-fibre prepreg (dual-use "
         "1C010.e), exported without the licence Regulation 2021/821 requires, flown from Toulouse to Islamabad; "
         "French wording (carbon prepreg repeats in many sets; a boat-repair glass-cloth label to Pakistan is the "
         "new part as far as a search found)", {"importer_country": "PK"}),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "271112",
         "Сжиженный газ пропан, происхождение Казахстан, 20 вагонов-цистерн", "KZ", 800000, 20, 400000, "USD",
         "Kazakh LPG leaves from western Kazakhstan with KazMunayGas papers; these 20 tank wagons were loaded at a "
         "Russian gas-processing plant in Orenburg oblast (Russian wagon numbers, seal series and the filling "
         "certificates of that plant), with a Kazakh certificate of origin issued in Aktobe after transhipment: "
         "Russian liquefied petroleum gas, whose import into the Union Regulation 833/2014 forbids, by rail "
         "through Belarus to Małaszewicze for a Warsaw gas distributor; Russian wording (Russian goods under Kazakh "
         "origin repeat in many sets and LPG in a few; propane by rail with Kazakh papers is the new part as far as "
         "a search found)", firm("Nordhafen Gaz Sp. z o.o.", "PL")),
        ("STR-06", "import", "ITSEA01", "sea", "TR", [], "IT", "760110",
         "Alaşımsız alüminyum külçe, %99,7, Türk menşeli, 100 t", "TR", 100000, 4000, 240000, "USD",
         "Turkish primary aluminium does not exist in any volume (Türkiye smelts almost none); these 4,000 ingots "
         "carry casting marks of a Siberian smelter ground off on the top faces but still legible on the sides, and "
         "the Iskenderun 'remelter' has no furnace big enough: Russian unwrought aluminium, whose import into the "
         "Union Regulation 833/2014 forbids, by sea from Mersin to Porto Marghera with a Turkish certificate of "
         "origin; Turkish wording (Russian metals under Turkish origin repeat in several sets and aluminium ingots in "
         "a few; kept as a known repeat, ground-off casting marks into Venice are the new part as far as a search "
         "found)", firm("Meridian Metalli Srl", "IT")),
        ("STR-07", "export", "BESEA01", "sea", "BE", [], "LB", "340242",
         "Base émulsionnante non ionique pour shampooings, 40 fûts", "BE", 9000, 40, 13500, "EUR",
         "a non-ionic shampoo base is a viscous, pale, ethoxylated surfactant that foams in water; these drums hold "
         "a thick, colourless, ammonia-smelling liquid that does not foam, of 1.12 kg/l, whose drum heads read CAS "
         "102-71-6, for a Beirut 'cosmetics' buyer whose orders go on by road to Syria: triethanolamine (dual-use "
         "1C350, a chemical-weapons precursor) exported without the licence Regulation 2021/821 requires, from "
         "Antwerp; Belgian French wording (triethanolamine repeats in several sets; a shampoo-base label to Lebanon "
         "is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-08", "export", "NLAIR01", "express", "NL", [], "AM", "903180",
         "Opbrengstmonitoren voor maaidorsers, 30 stuks", "NL", 12, 30, 3000, "EUR",
         "combine yield monitors are sensor boxes with a grain-flow plate and a cab display; these 30 are bare, "
         "shielded, multi-band GNSS receiver boards with anti-jam inputs and no sensor or display at all, sent to a "
         "Yerevan 'agro' firm set up three months ago whose address is also a Moscow forwarder's: GNSS receivers "
         "(8526 91), on the common high-priority list whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, by express from Amsterdam; Dutch wording (GNSS modules repeat in several sets; "
         "a yield-monitor label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-09", "export", "FISEA01", "sea", "FI", [], "AE", "843410",
         "Lypsykoneiden tyhjöpumput, 12 kpl", "FI", 720, 12, 7200, "EUR",
         "milking-machine vacuum pumps are oil-lubricated rotary-vane units at a few hundred euros; these twelve are "
         "turbomolecular pumps with magnetic bearings and corrosion-resistant, UF6-compatible housings, at 25,000 EUR "
         "each on the maker's list, for a Jebel Ali 'dairy equipment' trader whose consignments go on to Bandar Abbas: "
         "vacuum pumps controlled under dual-use 2B231 and listed in the Iran regulation (267/2012), exported without "
         "a licence, from Helsinki; Finnish wording (turbomolecular pumps as milking pumps repeat blind23, and "
         "milking covers blind85 and blind93; kept as a known repeat, by sea from Finland to Jebel Ali is the new "
         "part as far as a search found)", {"importer_country": "AE"}),
        ("STR-10", "export", "LVROAD01", "road", "LV", [], "RU", "180690",
         "Šokolādes konfektes, asorti, 4 t", "LV", 4000, None, 24000, "EUR",
         "a lorry for a St Petersburg food wholesaler at Terehova: chocolates and washing powder are goods that may "
         "still go to Russia, but the third item's 'kafijas automātu rezerves daļas' are 600 FPGA chips and 200 "
         "microcontrollers in reels, with no coffee-machine part among them: integrated circuits (8542 31, 8542 39), "
         "on the common high-priority list whose export to Russia Regulation 833/2014 forbids, hidden as the last "
         "item of a three-item declaration; Latvian wording (FPGAs repeat in several sets; behind chocolates and "
         "detergent at the Latvian border under a coffee-machine label is the new part as far as a search found)",
         dict({"importer_country": "RU"},
              _more_items=[item("340250", "Veļas mazgāšanas pulveris, 6 t", "LV", 6000, 9000, "EUR"),
                           item("851690", "Kafijas automātu rezerves daļas, elektronikas plates, 800 gab.", "LV", 8, 1600, "EUR", qty=800)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "LA", [], "FR", "121190",
         "ໄມ້ຈັນ ຕັດເປັນຊິ້ນ ສຳລັບຈູດທູບ, 20 ກິໂລ", "LA", 20, None, 600, "USD",
         "sandalwood chips for incense are pale yellow-brown, evenly coloured and smell sweet and milky; these 20 kg "
         "are dark, resin-streaked, heavy slivers that sink in water and give off a deep, smoky-sweet oud smell when "
         "warmed: agarwood (Aquilaria crassna, CITES App. II) without CITES documents, at a declared 30 USD/kg for "
         "wood that sells at thousands, flown from Vientiane to Paris for a perfumer; Lao wording (agarwood repeats "
         "in many sets and sandalwood labels in a few; from Laos by air is the new part as far as a search found)",
         firm("Rivage Parfums SARL", "FR")),
        ("WLF-02", "transit", "ESSEA01", "sea", "EC", ["ES"], "HK", "030572",
         "Buche de pescado seco (corvina), cajas de 20 kg, 60 cajas", "EC", 1200, 60, 6000, "USD",
         "dried croaker maws are pale, translucent swim bladders; these 60 cartons hold grey-blue, triangular, dried "
         "fins with cartilage rays, cut in sets of dorsal, pectoral and caudal fins: blue shark fins (Prionace glauca, "
         "CITES App. II since 2023) without the Ecuadorian export permit that specimens in transit through the "
         "Union must carry, landed at Vigo in transit from Manta to Hong Kong; Ecuadorian Spanish wording (shark "
         "fins repeat in many sets and fish-maw labels in a few; kept as a known repeat, a transit through Vigo "
         "from Ecuador is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-03", "export", "PTAIR01", "air", "PT", [], "HK", "030639",
         "Camarão de água doce vivo para aquário, 40 sacos", "PT", 160, 40, 2000, "EUR",
         "live ornamental shrimp travel as a few hundred red or blue animals a bag with plants; these 40 oxygenated "
         "bags hold hundreds of thousands of transparent, thread-like fish with a black eye spot, caught at night in "
         "the Minho estuary: glass eels (Anguilla anguilla, CITES App. II, with a zero Union export quota), flown "
         "from Porto to Hong Kong worth over a million euros; Portuguese wording (glass eels repeat in many sets and a "
         "brine-shrimp-culture label once; an ornamental freshwater-shrimp label from Portugal is the new part as "
         "far as a search found)", {"importer_country": "HK"}),
        ("WLF-04", "import", "ATAIR01", "air", "KZ", [], "AT", "160432",
         "Икра щучья, пастеризованная, банки 500 г, 60 банок", "KZ", 30, 60, 600, "EUR",
         "pike roe is small, amber-yellow and sold at a few euros a jar; these 60 jars hold large, glossy, "
         "grey-black eggs that roll apart and taste of nut and sea, with no CITES label on the lids: wild sturgeon "
         "caviar (Acipenseriformes, CITES App. II) from the Ural river, without CITES documents or the universal "
         "label, flown from Atyrau to Vienna for a delicatessen; Russian wording from Kazakhstan (caviar repeats in "
         "many sets and a pike-roe cover once, as far as a search found; by air from Atyrau is the new part)",
         firm("Alpina Feinkost GmbH", "AT")),
        ("WLF-05", "import", "DEAIR01", "express", "ID", [], "DE", "140490",
         "Balok pakis untuk menempel anggrek, 30 potong", "ID", 15, 30, 90, "USD",
         "orchid-mounting slabs are sold as cork bark or as plantation-grown fern fibre with papers; these 30 are "
         "dark, fibrous slices of a tree-fern trunk with leaf-scar patterns, freshly cut from the forest and still "
         "damp: wild tree-fern (Cyathea spp., CITES App. II) trunk sections without CITES documents, sent by express "
         "from Bogor to an orchid grower in Leipzig; Indonesian wording (tree ferns repeat in a few sets; an "
         "orchid-mount label by express is the new part as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-06", "import", "FRSEA01", "sea", "GA", [], "FR", "441231",
         "Contreplaqué d'okoumé, qualité marine, 1 conteneur", "GA", 22000, None, 13200, "EUR",
         "okoumé plywood is light (about 450 kg/m3), pinkish and layered; this container holds heavy (850 kg/m3), "
         "red-brown sawn boards with purple veining and a rosewood-like figure, not plywood at all: bubinga "
         "(Guibourtia tessmannii, CITES App. II) without a CITES export permit, by sea from Owendo to Le Havre for a "
         "furniture-veneer trader; Gabonese French wording (bubinga repeats in several sets and okoumé labels in a "
         "few; kept as a known repeat, as marine plywood is the new part as far as a search found)",
         firm("Meridian Bois SARL", "FR")),
        ("WLF-07", "import", "FRPOST01", "post", "MG", [], "FR", "670210",
         "Zavamaniry artifisialy (succulentes artificielles), 6", "MG", 3, 6, 40, "EUR",
         "artificial succulents are moulded plastic plants on foam; these six are living, swollen, spiny-stemmed "
         "caudex plants with dry roots wrapped in newspaper, dug on the Isalo plateau: wild Pachypodium (CITES App. "
         "II) without CITES documents, posted from Antananarivo to a private grower in Lyon; Malagasy wording "
         "(Pachypodium repeats in several sets; an artificial-plant label from Madagascar is the new part as far as "
         "a search found)", person("Mme Claire Martin", "FR")),
        ("WLF-08", "import", "ITAIR01", "express", "TW", [], "IT", "442090",
         "黑檀木念珠手串, 108 顆, 30 串", "TW", 1.8, 30, 300, "USD",
         "ebony prayer beads are black, fine-grained wood that smells of wood when drilled; these 30 strings are "
         "glossy, slightly translucent black beads with concentric growth rings and a burnt-hair smell under a hot "
         "needle: black coral (Antipatharia, CITES App. II) without CITES documents, sent by express from Taipei to "
         "a private buyer in Naples; Chinese wording from Taiwan (black coral repeats in many sets and ebony labels "
         "in a few; prayer beads from Taiwan to Italy are the new part as far as a search found)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-09", "import", "BEAIR01", "air", "TZ", [], "BE", "090111",
         "Kahawa ya Arabika ya Kilimanjaro, magunia 60 kg, 10 magunia", "TZ", 600, 10, 3600, "USD",
         "a craft-and-coffee air shipment for a Brussels fair-trade shop: Kilimanjaro arabica and kitenge cloth are "
         "what such shops sell, but the third item's 'vifungua chupa vya mfupa wa ng'ombe' are 60 kg of curved, "
         "ribbed, creamy teeth with a triangular cross-section, carved only at the ends: hippopotamus teeth (CITES "
         "App. II) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Kilimanjaro to Brussels; Swahili wording (hippo teeth repeat in many sets; as cattle-bone bottle openers "
         "behind a coffee cargo is the new part as far as a search found)",
         dict(firm("Central Fair Trade SA", "BE"),
              _more_items=[item("520852", "Vitenge vya pamba, vilivyochapishwa, 200", "TZ", 120, 900, "USD", qty=200),
                           item("960190", "Vifungua chupa vya mfupa wa ng'ombe, 60 kg", "TZ", 60, 180, "USD")])),
        ("WLF-10", "import", "ITPOST01", "post", "BO", [], "IT", "611710",
         "Chalinas de baby alpaca, tejidas a mano, 5 unidades", "BO", 1.2, 5, 350, "BOB",
         "baby-alpaca scarves are soft, slightly hairy and cost tens of euros; these five are extraordinarily fine, "
         "cinnamon-coloured, with a fibre of 12 microns under the lens and no 'VICUÑA-BOLIVIA' selvedge mark: vicuña "
         "cloth (Vicugna vicugna, CITES App. II only for marked cloth from Bolivia, App. I otherwise) without CITES "
         "documents, posted from La Paz to a private buyer in Florence; Bolivian Spanish wording (vicuña repeats in "
         "several sets under alpaca labels; by post from Bolivia is the new part as far as a search found)",
         person("Giulia Rossi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLROAD01", "road", "UA", "PL", "284700",
     "Hydrogen peroxide 30 %, 4 x 1 l, for a licensed private user (home cheese-dairy sanitation)", "UA", 4.5, 4, 40,
     "EUR", [("PRECURSOR_LICENCE", "PL-MSWiA-44-0188")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "LK", "IT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur model rocketry)", "LK", 2, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "IT-MI-44-0072")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "262040",
     "Aluminium salt slag (10 03 08*), for recovery at a licensed salt-slag plant, 24 t", "CH", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NW-44-0207")], "notified salt slag to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "381590",
     "Spent hydroprocessing catalysts, Ni-Mo on alumina (16 08 02*), for metal recovery at a licensed plant, 60 t",
     "NO", 60000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-44-0054")], "notified spent catalysts to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     900, "USD", [("ODS_LICENCE", "DE-UBA-ODS-44-019")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "IN", "IT", "290369",
     "Bromochloromethane, 20 drums, for use as feedstock in pharmaceutical synthesis", "IN", 8000, 20, 24000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-44-007")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "AE", "970610",
     "Qur'an leaf, Kufic script on parchment, 10th century, documented French collection since 1962", "FR", 0.2, 1,
     38000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-44-0311")], "manuscript exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESSEA01", "sea", "ES", "US", "970121",
     "Retable panel, Saint James, tempera and gold on pine, Castile, c. 1480, sold at auction with the export permit",
     "ES", 22, 1, 240000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-44-0129")],
     "painting exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "BR", "681511",
     "Carbon-fibre epoxy prepreg, intermediate modulus, 20 rolls, for a Brazilian aircraft-interior maker", "FR", 400,
     20, 36000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-44-0917"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-44-0033")],
     "dual-use carbon-fibre prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FISEA01", "sea", "FI", "IN", "841410",
     "Turbomolecular vacuum pumps, 4 units, for an Indian semiconductor research institute", "FI", 240, 4, 96000,
     "EUR", [("EXPORT_LICENCE", "FI-UM-44-0164"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-44-0210")],
     "dual-use vacuum pumps under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "VN", "FR", "440122",
     "Agarwood chips, Aquilaria crassna, plantation-grown and inoculated, 20 kg", "VN", 20, None, 8000, "USD",
     [("CITES_PERMIT", "VN-CITES-44-0548")], "App. II agarwood from plantations with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "BO", "IT", "511130",
     "Vicuña cloth with the VICUÑA-BOLIVIA selvedge mark, 12 m", "BO", 4, None, 9600, "USD",
     [("CITES_PERMIT", "BO-MMAYA-44-0061")], "App. II marked vicuña cloth with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Privato", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Meridian Farmaceutici Srl", "PRM-11": "Rivage Parfums SARL", "PRM-12": "Alpina Tessuti Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("200989", "Coconut water, pure, 1 l cartons", "import", ["post"], ["PH", "TH"], (4, 8), (1, 4), ["USD", "EUR"], 1, S),
    ("271019", "Garden lamp oil, paraffin-based, citronella, 1 l", "import", ["sea"], ["ID", "CN"], (1.5, 3), (4000, 10000), ["USD"], 1, S),
    ("170260", "Agave syrup, light, organic, 500 ml", "import", ["express"], ["MX"], (8, 14), (1, 4), ["USD", "EUR"], 2, S),
    ("110819", "Arrowroot starch, 1 kg bags", "import", ["air"], ["LK", "IN"], (4, 7), (100, 500), ["USD"], 1, S),
    ("291529", "Calcium magnesium acetate de-icer, 25 kg sacks", "import", ["road"], ["RS", "TR"], (0.6, 1.0), (10000, 22000), ["EUR"], 0.04, S),
    ("170199", "Single-crystal rock sugar, 500 g bags", "import", ["sea"], ["CN", "TW"], (0.8, 1.4), (5000, 12000), ["USD"], 2, S),
    ("283330", "Potash alum powder (styptic), 1 kg", "import", ["road"], ["TR"], (1, 2), (1000, 3000), ["EUR"], 1, S),
    ("340111", "Melt-and-pour glycerine soap base, 1 kg", "import", ["post"], ["US", "GB"], (8, 15), (1, 4), ["USD", "GBP"], 1, S),
    ("220900", "Rice vinegar, fermented, 500 ml bottles", "import", ["sea"], ["VN", "CN"], (1, 2), (3000, 9000), ["USD"], 2, S),
    ("220299", "Birch sap drink, pasteurised, 1 l glass bottles", "import", ["road"], ["UA"], (0.8, 1.5), (4000, 12000), ["EUR"], 0.7, S),
    ("260600", "Calcined bauxite for refractories", "import", ["sea"], ["GN", "CN"], (0.3, 0.6), (20000, 40000), ["USD"], None, S),
    ("790310", "Zinc dust, 97 % metallic, for zinc-rich primers", "export", ["sea"], ["IN", "AE"], (3, 5), (8000, 20000), ["EUR"], None, S),
    ("680620", "Expanded perlite for horticulture, 100 l bags", "export", ["road"], ["UA", "MD"], (0.8, 1.5), (3000, 8000), ["EUR"], 0.1, S),
    ("680300", "Natural slate roof tiles, new, quarry-split", "export", ["road"], ["AL", "RS"], (0.6, 1.2), (18000, 24000), ["EUR"], None, S),
    ("281820", "Activated alumina desiccant beads, new, drums", "export", ["sea"], ["PK", "IN"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("410719", "Finished cow leather, chrome-tanned, full grain", "export", ["sea"], ["AL", "TN"], (12, 20), (2000, 6000), ["EUR"], None, S),
    ("701810", "Road-marking glass beads, new, sieved", "export", ["rail"], ["UA", "RS"], (0.4, 0.8), (18000, 24000), ["EUR"], None, S),
    ("382600", "Biodiesel (FAME), B100, ISO tanks", "export", ["sea"], ["LY", "TN"], (1, 1.6), (18000, 24000), ["EUR"], None, S),
    ("390210", "Polypropylene homopolymer granules, virgin", "export", ["road"], ["TR", "RS"], (1.1, 1.6), (18000, 24000), ["EUR"], None, S),
    ("871200", "Bicycles, refurbished, with warranty", "export", ["sea"], ["CM", "GH"], (6, 12), (2000, 6000), ["EUR"], 0.07, S),
    ("290512", "Isopropyl alcohol 99.9 %, electronics grade, 1 l", "import", ["air"], ["HK", "CN"], (3, 6), (100, 500), ["USD"], 1, S),
    ("291531", "Ethyl acetate, industrial solvent, drums", "import", ["sea"], ["IN", "CN"], (0.9, 1.4), (10000, 20000), ["USD"], None, S),
    ("390729", "Polyol premix, cyclopentane-blown, for insulation", "import", ["sea"], ["EG", "KR"], (1.8, 2.6), (10000, 20000), ["USD"], None, S),
    ("842410", "ABC powder fire extinguishers, 6 kg, new", "import", ["sea"], ["PK", "CN"], (1.5, 3), (3000, 8000), ["USD"], 0.1, S),
    ("382499", "Modified-alcohol degreasing solvent, drums", "import", ["sea"], ["KR", "US"], (3, 6), (4000, 10000), ["USD"], None, S),
    ("271113", "Butane lighter refills, 300 ml", "import", ["road"], ["MD", "TR"], (2, 4), (500, 2000), ["EUR"], 3, S),
    ("841869", "Blast freezers, new, CO2 (R-744) charge", "export", ["sea"], ["GN", "SN"], (6, 10), (3000, 9000), ["EUR"], 0.0007, S),
    ("630533", "Hermetic grain-storage bags, polyethylene", "import", ["sea"], ["IL", "TR"], (3, 5), (3000, 8000), ["USD"], 2, S),
    ("701399", "Decorative glass bottles, antique style, empty", "import", ["express"], ["US", "MX"], (15, 30), (1, 4), ["USD"], 2, S),
    ("490199", "Printed Qur'ans, new edition", "import", ["air"], ["OM", "TR"], (6, 12), (50, 300), ["USD"], 1, S),
    ("711790", "Stone beads for jewellery making, new", "import", ["express"], ["AE", "IN"], (40, 80), (1, 2), ["USD"], 60, S),
    ("940169", "Carved wooden stools, new craft", "import", ["sea"], ["DO", "ID"], (4, 8), (1000, 4000), ["USD"], 0.2, S),
    ("691390", "Moche-style ceramic replicas, new, stamped", "import", ["post"], ["PE"], (15, 30), (1, 3), ["USD"], 1, S),
    ("691390", "Terracotta oil-lamp replicas, new", "import", ["sea"], ["DZ", "TN"], (2, 4), (1000, 4000), ["EUR"], 5, S),
    ("830242", "Reproduction brass furniture handles, new", "export", ["post"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 5, S),
    ("680299", "Petrified-wood bookends, polished", "import", ["rail"], ["CN"], (3, 6), (2000, 6000), ["USD"], 0.3, S),
    ("691200", "Sawankhalok-style celadon tableware, new", "import", ["sea"], ["TH"], (2, 4), (2000, 6000), ["USD"], 2, S),
    ("940360", "Castilian-style reproduction furniture, new", "export", ["sea"], ["US", "MX"], (5, 9), (2000, 6000), ["EUR"], 0.02, S),
    ("442090", "Acacia-wood prayer beads, new", "import", ["express"], ["TW", "IN"], (30, 60), (1, 2), ["USD"], 15, S),
    ("611710", "Baby-alpaca scarves, knitted", "import", ["post"], ["PE", "BO"], (80, 150), (1, 2), ["USD"], 5, S),
]
# Everyday trade: as in blind88, blind96 and blind104, blind80's everyday rows (blind72's, with blind80's own rows),
# with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("660191", "Folding umbrellas, polyester", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 3, N),
        ("690721", "Ceramic wall tiles, glazed", "import", ["sea"], ["TR", "IN"], (0.5, 1.0), (12000, 22000), ["USD", "EUR"], None, N),
        ("961700", "Vacuum flasks, stainless, boxed", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 2, N),
        ("630260", "Bath towels, cotton terry", "import", ["sea"], ["PK", "TR"], (5, 9), (3000, 8000), ["USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind112", 20441101, HERE)


if __name__ == "__main__":
    main()
