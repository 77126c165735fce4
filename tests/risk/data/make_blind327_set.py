#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-seventh blind set (tests/risk/data/blind327-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2080, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: window blinds, curtains and soft
furnishings (blind and curtain makers and fitters, curtain-fabric mills and wholesalers,
upholsterers and cushion makers, bedding and throw importers, and their suppliers).
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
only where a real declaration would. Ids are BL327-*:

    python3 tests/risk/data/make_blind327_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2080, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2080
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LTPOST01", "post", "CN", [], "LT", "340290",
         "纱帘增白剂 (窗纱去黄), 1升 x 4瓶", "CN", 4.6, 4, 160, "CNY",
         "a net-curtain whitener is a sachet of optical brightener and percarbonate powder for the wash; these four "
         "litre bottles hold a water-clear liquid of 1.13 kg/l with vented caps that whitens the fingers and fizzes "
         "on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Guangzhou to a private person in "
         "Kaunas; Chinese wording (hydrogen peroxide repeats in many sets and whitener labels on it in several; a "
         "net-curtain whitener once, blind252, so kept as a repeat of the label family; by post to Lithuania is the "
         "new part as far as a search found)", person("Rūta Kazlauskienė", "LT")),
        ("PRE-02", "import", "HUAIR01", "air", "VN", [], "HU", "320890",
         "Dung dịch làm cứng vải rèm cuốn (roller blind), can 1 lít, 30 can", "VN", 34, 30, 270, "USD",
         "a roller-blind fabric stiffener is a milky acrylic dispersion of about 1.05 kg/l that dries to a film; "
         "these 30 cans hold an oily, faintly fruity, water-clear liquid of 1.14 kg/l that never dries and whose drum "
         "label under the sticker reads 'CH3NO2', for a Budapest blind workshop whose web shop sells it by the litre "
         "to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, "
         "flown from Ho Chi Minh City; Vietnamese wording (nitromethane repeats in many sets; a roller-blind "
         "stiffener label was found in no earlier row by a keyword search)", firm("Pannon Árnyékolástechnika Kft.", "HU")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "340290",
         "Döşemelik kumaş leke çıkarıcı, profesyonel, 1 l şişe, 600 şişe", "TR", 840, 600, 1500, "EUR",
         "an upholstery stain remover is a soapy, mildly alkaline spray of about 1.01 kg/l; these 600 bottles hold a "
         "liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and eats a copper wire, for a "
         "Plovdiv upholstery-supply shop that sells the bottles over the counter: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, by lorry through Kapitan Andreevo; Turkish wording "
         "(nitric acid repeats in many sets and upholstery stain-remover labels in three rows, blind58, blind67 and "
         "blind314, kept as a repeat of the label; by lorry from Turkey to Plovdiv is the new part as far as a search found)", firm("Tapitserski Materiali Trakia EOOD", "BG")),
        ("PRE-04", "import", "GRSEA01", "sea", "EG", [], "GR", "310540",
         "أملاح مقاومة للاشتعال لأقمشة الستائر (فوسفات الأمونيوم)، أكياس 25 كجم، 600 كيس", "EG", 15000, 600, 5400, "USD",
         "the flame-retardant salts used to treat stage and hotel curtains are ammonium phosphates that test at "
         "12-21 % N with phosphorus; these 600 bags hold white prills with no phosphorus that turn ice-cold in water "
         "and test at 34 % N, for a Thessaloniki curtain maker with no treatment line that re-bags them in 2 kg "
         "'fireproofing' packs: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, "
         "by sea from Alexandria to Thessaloniki; Egyptian Arabic wording (ammonium nitrate repeats in many sets and "
         "flame-retardant labels in a few; a curtain fireproofing-salt label was found in no earlier row)",
         firm("Aigaio Kourtines AE", "GR")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "340520",
         "Засіб для чищення ламелей жалюзі, порошок, 1 кг, 300 пачок", "UA", 300, 300, 450, "EUR",
         "a powder cleaner for venetian-blind slats is a soapy, soda-based scouring powder; these 300 packets hold "
         "loose, white, odourless crystals that do not foam, flare on a match with sugar and whose inner bags read "
         "'NaClO3', for a Rzeszów blind-fitting firm that sells the packets at its counter: sodium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by road from Lviv through Korczowa; Ukrainian wording "
         "(sodium chlorate repeats in many sets; a blind-slat cleaner label was found in no earlier row)",
         firm("Żaluzja Serwis Podkarpacie Sp. z o.o.", "PL")),
        ("PRE-06", "import", "ATAIR01", "express", "JP", [], "AT", "330749",
         "ソファ・マットレス用消臭結晶 (無香料), 500 g x 4袋", "JP", 2.0, 4, 9000, "JPY",
         "sofa and mattress deodorising crystals are a scented bicarbonate or zeolite powder sprinkled on and vacuumed "
         "off; these four bags hold hard, white, odourless crystals that barely dissolve and burn fiercely with sugar, "
         "and the maker's lot sheet gives CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), by express from "
         "Osaka to a private person in Graz; Japanese wording (potassium perchlorate repeats in many sets and "
         "deodoriser labels in a few; a sofa-and-mattress crystal label was found in no earlier row)",
         person("Herr Florian Gruber", "AT")),
        ("PRE-07", "import", "BESEA01", "sea", "IN", [], "BE", "380991",
         "પડદાના કાપડ માટે રંગ ફિક્સર પાવડર, 25 કિલો થેલી, 400 થેલી", "IN", 10000, 400, 6000, "USD",
         "a dye fixative for cotton curtain fabric is a cationic resin liquid or a soda-ash powder; these 400 bags hold "
         "shiny white flakes that crackle and spit violet sparks on a hot iron, with CAS 3811-04-9 on the maker's "
         "sheet, for an Antwerp curtain-fabric wholesaler with no dye house that re-bags them in 1 kg packs for a web "
         "shop: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Mundra "
         "to Antwerp; Gujarati wording (potassium chlorate repeats in many sets; a curtain dye-fixative label was "
         "found in no earlier row by a keyword search)", firm("Scheldetex Gordijnstoffen NV", "BE")),
        ("PRE-08", "import", "ITSEA01", "sea", "PK", [], "IT", "630499",
         "کشن کور، کاٹن، کڑھائی والے، 3,000 عدد", "PK", 1500, 3000, 7500, "USD",
         "a soft-furnishing container for a Prato cushion and curtain wholesaler: embroidered cushion covers and "
         "curtain heading tape are what the Faisalabad mill ships, but the third item's 'پردوں کے لئے اینٹی فنگس "
         "پاؤڈر' is 400 kg of white, hygroscopic powder in 1 kg tubs that turns damp in the air, dissolves at once "
         "and burns fiercely with sugar: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, hidden as the last item of a three-item declaration, by sea from Karachi to La Spezia; Urdu "
         "wording (sodium perchlorate repeats in many sets; a curtain anti-mould powder behind cushion covers was "
         "found in no earlier row)",
         dict(firm("Tessuti Casa Bisenzio Srl", "IT"),
              _more_items=[item("580632", "پردے کا ہیڈنگ ٹیپ، 2,000 رول", "PK", 900, 2600, "USD", qty=2000),
                           item("282990", "پردوں کے لئے اینٹی فنگس پاؤڈر، 400 ڈبے", "PK", 400, 600, "USD", qty=400)])),
        ("PRE-09", "import", "PTAIR01", "air", "CO", [], "PT", "382499",
         "Limpiador para acuarios, concentrado, 1 litro, 200 frascos", "CO", 368, 200, 900, "USD",
         "an aquarium glass cleaner is a dilute, near-neutral liquid; these 200 bottles hold an oily, colourless "
         "liquid of 1.84 kg/l that grows hot with a drop of water and chars the cardboard, for a Porto pet-supply "
         "web shop: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, flown "
         "from Bogotá to Lisbon; Colombian Spanish wording (sulphuric acid repeats in many sets and an "
         "aquarium-cleaner label once, blind190, kept as a repeat; from Colombia is the new part as far as a search found)", firm("Aquadouro Animais Lda", "PT")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "310230",
         "Granule za topljenje leda, džakovi 25 kg, 800 džakova (1. od 3 kamiona)", "RS", 20000, 800, 4000, "EUR",
         "de-icing granules are urea or calcium chloride; these 800 sacks hold white prills that test at 34 % N and "
         "melt and fume on a hot plate, the first of three lorries booked that week for a Szeged garden centre "
         "that sells 5 kg bags to the public: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, at Röszke; Serbian wording (ammonium nitrate repeats in many sets, de-icer labels "
         "on it in a few and splits over three lorries in several, kept as a repeat; from Serbia to Szeged is the "
         "new part as far as a search found)", firm("Tisza Kert Áruház Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "392590",
         "Verticale lamellen, PVC, gebruikt, herbruikbaar, 14 t", "NL", 14000, None, 2800, "EUR",
         "second-hand vertical blinds for re-use come rolled, sorted by width and colour with their headrails; this "
         "container holds cut, broken, yellowed PVC slats and chains torn out of office refits, baled with their "
         "weights, of the lead-stabilised grades of the 1980s and 1990s: waste PVC with lead stabilisers (A3) bound "
         "for a Lagos yard that burns what it cannot sell, whose export to a non-OECD country is banned, from "
         "Rotterdam; Dutch wording (PVC scrap repeats in several sets; vertical-blind slats as used goods were found "
         "in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "TG", "940161",
         "Gebrauchte Polstersofas, guter Zustand, 180 Stück", "DE", 9000, 180, 5400, "EUR",
         "second-hand sofas for resale are clean and whole; these are torn, stained, water-damaged three-seaters from "
         "bulky-waste collections, their 1990s foam filled with polybrominated diphenyl ethers, for a Lomé trader who "
         "strips them for foam and springs: household waste and POP waste (Y46, PBDE above the limit), whose export "
         "to a non-OECD country is banned, from Hamburg; German wording (sofas repeat in a few sets, blind125 and "
         "blind142 among them, kept as a repeat; to Togo is the new part as far as a search found)", {"importer_country": "TG"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "380991",
         "Ammorbidente per tessuti d'arredo, IBC 1.000 l, 20 IBC", "IT", 21000, 20, 3000, "EUR",
         "a finishing softener for furnishing fabrics is a white, creamy silicone emulsion; these IBCs hold a "
         "brown, foul, separated liquor with dye sludge and a chrome-mordant tint drained from a Como curtain-fabric "
         "mill's finishing baths: hazardous waste from textile finishing (04 02 16*), whose export to a non-OECD "
         "country for disposal is banned, from Genoa to Tunis; Italian wording (spent baths as chemicals repeat in "
         "several sets; a furnishing-fabric softener label was found in no earlier row)", {"importer_country": "TN"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "850152",
         "Motores tubulares para persianas, repuestos, 3.000 unidades", "ES", 6600, 3000, 4500, "EUR",
         "spare tubular motors for roller shutters come boxed with their limit-switch heads and a manufacturer's "
         "code; these crates hold motors pulled from old blinds with their capacitors, cables and control boxes, "
         "burnt, rusted and of every make, at 1.50 EUR each, for a Casablanca copper recoverer: waste electrical "
         "equipment (e-waste under the Basel amendments), whose export to a non-OECD country is banned, from "
         "Algeciras; Spanish wording (e-waste as spare parts repeats in many sets and a roller-shutter label once, "
         "blind132; spare tubular blind motors as e-waste are the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "591190",
         "Divadelní opony, použité, k opětovnému použití, 6 t", "CZ", 6000, None, 1200, "EUR",
         "used stage curtains for re-use are velvet or cotton drapes folded on pallets; these bales hold the grey, "
         "woven fire curtain and pelmet of a 1960s Ostrava theatre refit, frayed and shedding fibre: "
         "asbestos-containing waste (A2050), whose export to a non-OECD country is banned, by road through Slovakia "
         "to Uzhhorod; Czech wording (theatre fire curtains repeat in a few sets, blind65, blind243, blind287, kept as "
         "a repeat; by road to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "PK", "630900",
         "Linge de maison usagé, coussins et couettes, trié, 24 t", "BE", 24000, None, 4800, "EUR",
         "sorted second-hand household linen is clean, baled by grade and wearable; these bales are unsorted, wet, "
         "mouldy cushions, duvets and mattress toppers from municipal bulky-waste containers, with food and nappies "
         "among them: household waste (Y46), whose export to a non-OECD country is banned, from Antwerp to Karachi; "
         "Belgian French wording (worn clothing as a cover repeats in many sets and duvets once, blind271, "
         "kept as a repeat; cushions and duvets from Antwerp to Karachi are the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-07", "export", "SESEA01", "sea", "SE", [], "KE", "940421",
         "Madrasser, skumgummi, begagnade, hela, 1 200 st.", "SE", 14400, 1200, 6000, "SEK",
         "second-hand mattresses are rarely traded at all; these are stained, bed-bug-sprayed foam and spring "
         "mattresses from Gothenburg's recycling centres, compressed and baled, for a Mombasa buyer who rips them "
         "for foam and burns the rest: household waste (Y46), whose export to a non-OECD country is banned; Swedish "
         "wording (mattresses repeat in many sets, kept as a repeat; from Sweden to Kenya is the new part as far as "
         "a search found)", {"importer_country": "KE"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "381400",
         "Reinigungslösungsmittel für Vorhänge, regeneriert, 200-l-Fässer, 60 Fässer", "AT", 13200, 60, 1800, "EUR",
         "regenerated dry-cleaning solvent is water-clear and sweet-smelling; these drums hold a dark, sludgy "
         "still bottom of perchloroethylene, lint and dye from a Vienna curtain-cleaning service's distillation "
         "unit: hazardous waste (halogenated solvent residues, 14 06 04*), whose export to a non-OECD country is "
         "banned, by road through Hungary to Novi Sad; Austrian German wording (spent solvents repeat in many sets and "
         "curtain-cleaning wording in two rows, blind243 and blind252, kept as a repeat; still bottoms for Novi Sad are the "
         "new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "LY", "271019",
         "Λιπαντικό έλαιο βάσης, ανακυκλωμένο, 20 t", "GR", 20000, None, 6000, "EUR",
         "recycled base oil is clear, amber and filtered; these tanks hold black, watery bilge and engine-room "
         "sludge from Piraeus ship repair yards: waste oils and oil/water mixtures (Y8, Y9), whose export to a "
         "non-OECD country is banned, to Benghazi; Greek wording (waste oil as base oil repeats in several sets, kept "
         "as a repeat; to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-10", "export", "LTSEA01", "sea", "LT", [], "GH", "852872",
         "Naudoti televizoriai, veikiantys, 900 vnt.", "LT", 22000, 900, 9000, "EUR",
         "working used televisions travel tested, labelled and packed singly; these are CRT sets with broken screens, "
         "cut cables and no tests, stacked loose from Vilnius collection points: e-waste (A1180), whose export to a "
         "non-OECD country is banned, from Klaipėda to Tema; Lithuanian wording (CRT televisions to Ghana repeat in "
         "many sets, kept as a repeat; Lithuanian wording from Klaipėda is the new part as far as a search found)",
         {"importer_country": "GH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRAIR01", "air", "CN", [], "FR", "340290",
         "沙发布艺去污喷雾 (免水洗), 500毫升, 2,400罐", "CN", 1500, 2400, 3600, "USD",
         "a no-rinse upholstery cleaning spray is a water-based foam with a hydrocarbon propellant; these cans hold a "
         "sweet-smelling, fast-evaporating chlorinated solvent that leaves no ring on velvet, for a Lyon "
         "upholstery-supply wholesaler: 1,1,1-trichloroethane (methyl chloroform, an Annex I controlled substance, "
         "banned in products), flown from Shanghai; Chinese wording (methyl chloroform repeats in several sets and "
         "upholstery-cleaner labels in a few, blind233, blind269, blind271, blind285, kept as a repeat of the label family; a "
         "no-rinse sofa spray by air from Shanghai is the new part as far as a search found)",
         firm("Rhône Tapisserie Fournitures SAS", "FR")),
        ("OZN-02", "import", "ESSEA01", "sea", "TH", [], "ES", "390950",
         "โพลีออลผสมสำเร็จสำหรับโฟมเบาะ, ถัง 220 กก., 60 ถัง", "TH", 13200, 60, 33000, "USD",
         "a pre-blended polyol for cushion and seat foam today carries water or a hydrocarbon as blowing agent; the "
         "safety sheet in these drums lists 'HCFC-141b 12-15 %' and the headspace smells of ether: HCFC-141b in a "
         "pre-blended polyol, whose import into the Union is banned (Regulation 2024/590), for a Valencia cushion "
         "foamer, by sea from Laem Chabang; Thai wording (HCFC-141b in polyols repeats in several sets, kept as a "
         "repeat; a cushion-foam polyol from Thailand is the new part as far as a search found)",
         firm("Espumas Levante Confort SL", "ES")),
        ("OZN-03", "import", "NLSEA01", "sea", "ID", [], "NL", "380891",
         "Fumigan anti-ngengat untuk kasur kapuk dan bantal, tabung 680 g, 400 tabung", "ID", 272, 400, 2400, "USD",
         "anti-moth products for kapok mattresses and pillows are lavender sachets or cedar blocks; these 400 "
         "pressurised cans hold a colourless gas that smells faintly of chloroform and is marked 'CH3Br' on the "
         "crimp: methyl bromide, whose import outside quarantine and pre-shipment use is banned (Regulation "
         "2024/590), for an Amsterdam bedding importer, by sea from Surabaya; Indonesian wording (methyl bromide "
         "repeats in many sets; a kapok-mattress moth fumigant was found in no earlier row)",
         firm("Kapok Huis Amsterdam BV", "NL")),
        ("OZN-04", "import", "LVAIR01", "air", "KZ", [], "LV", "381400",
         "Жидкость для чистки бархатных штор, химчистка, 1 л, 300 бутылок", "KZ", 480, 300, 900, "USD",
         "a dry-cleaning spotting fluid for velvet curtains is a hydrocarbon or modified alcohol; these bottles hold "
         "a heavy (1.59 kg/l), sweet-smelling, non-flammable liquid: carbon tetrachloride (an Annex I controlled "
         "substance), flown from Almaty to Riga for a curtain-cleaning firm; Russian wording from Kazakhstan (carbon "
         "tetrachloride repeats in many sets and spotting-fluid labels in a few; velvet curtains were found in no "
         "earlier row by a keyword search)", firm("Aizkaru Tīrītava SIA", "LV")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "630790",
         "Протипожежні покривала для швейних цехів, 500 шт.", "UA", 600, 500, 2500, "EUR",
         "a fire-safety consignment for a Lublin curtain and upholstery workshop chain: fire blankets and textile "
         "first-aid kits are what the Lviv supplier lists, but the third item's 'вогнегасники для текстильних цехів' "
         "are 120 ex-military hand extinguishers whose gauges and labels read 'хладон 114В2' and 'CF2ClBr': halon "
         "1211 and halon 2402 (Annex I controlled substances), hidden as the last item of a three-item declaration, "
         "by road through Dorohusk; Ukrainian wording (halons repeat in many sets; fire blankets ahead of halon "
         "extinguishers for sewing rooms were found in no earlier row)",
         dict(firm("Firany i Tapicerka Lubelskie Sp. z o.o.", "PL"),
              _more_items=[item("300650", "Аптечки для текстильних цехів, 200 шт.", "UA", 160, 1200, "EUR", qty=200),
                           item("842410", "Вогнегасники для текстильних цехів, 120 шт.", "UA", 480, 1800, "EUR", qty=120)])),
        ("OZN-06", "transit", "GRSEA01", "sea", "CN", ["GR"], "AL", "381400",
         "Foam gun cleaner, 500 ml cans, 6,000 pcs", "CN", 3600, 6000, 4800, "USD",
         "a foam-gun cleaner is acetone in a can; these cans hold a heavy, ether-smelling liquid with a fluorinated "
         "propellant, labelled 'HCFC-141b 95 %' on the pallet sheet: HCFC-141b (an Annex I controlled substance), "
         "landed at Piraeus in transit from Ningbo to a Durrës building-chemicals trader; Chinese English wording "
         "(HCFC-141b as foam-gun cleaner repeats in several sets, kept as a repeat; a transit through Piraeus to "
         "Albania is the new part as far as a search found)", {"importer_country": "AL"}),
        ("OZN-07", "import", "CYAIR01", "air", "EG", [], "CY", "380993",
         "بخاخ حماية الأقمشة والستائر من البقع، 400 مل، 1,800 عبوة", "EG", 900, 1800, 2700, "USD",
         "a fabric-and-curtain stain-protector spray is a fluoropolymer in a hydrocarbon or CO2 propellant; these "
         "cans spray cold, sweet, non-flammable gas whose crimp code reads 'R11': trichlorofluoromethane (CFC-11, an "
         "Annex I controlled substance) in aerosols, for a Limassol curtain shop, flown from Cairo to Larnaca; "
         "Egyptian Arabic wording (CFC-11 aerosols repeat in several sets; a curtain stain-protector label was "
         "found in no earlier row by a keyword search)", firm("Kourtina Cyprus Ltd", "CY")),
        ("OZN-08", "import", "ROSEA01", "sea", "GE", [], "RO", "382769",
         "გამაგრილებელი აირი R-407C, ბალონები 11.3 კგ, 300 ბალონი", "GE", 3390, 300, 6000, "USD",
         "R-407C is a blend of HFCs in green cylinders; these cylinders are repainted, and a gauge test shows the "
         "pressure of a single pure gas with the smell of chlorodifluoromethane: HCFC-22 (an Annex I controlled "
         "substance), by sea from Poti to Constanța for an air-conditioning trader; Georgian wording (HCFC-22 under "
         "HFC labels repeats in many sets, kept as a repeat; Georgian wording from Poti is the new part as far as a "
         "search found)", firm("Clima Dobrogea SRL", "RO")),
        ("OZN-09", "export", "FISEA01", "sea", "FI", [], "NG", "841830",
         "Käytetyt arkkupakastimet, toimivat, 240 kpl", "FI", 14400, 240, 7200, "EUR",
         "used chest freezers for re-use are tested and clean; these are 1980s and early-1990s freezers with "
         "CFC-12 circuits and CFC-11-blown insulation from Finnish collection points: products containing "
         "controlled substances, whose export is banned (Regulation 2024/590), from Kotka to Lagos; Finnish wording "
         "(CFC freezers to Nigeria repeat in several sets and Finnish freezers from Kotka once, "
         "blind256, kept as a repeat with nothing new but the wording as far as a search found)", {"importer_country": "NG"}),
        ("OZN-10", "import", "SKAIR01", "air", "IN", [], "SK", "290323",
         "टेट्राक्लोरोएथिलीन, तकनीकी, 25 लीटर ड्रम, 40 ड्रम", "IN", 1590, 40, 2400, "USD",
         "tetrachloroethylene is a dense solvent of 1.62 kg/l; these drums hold 1.59 kg/l of a liquid that the "
         "importer's own laboratory found to be carbon tetrachloride with no perchloroethylene, for a Košice "
         "chemicals trader: carbon tetrachloride (an Annex I controlled substance) under a neighbouring chlorinated "
         "solvent's code, flown from Mumbai to Bratislava; Hindi wording (carbon tetrachloride under "
         "perchloroethylene labels repeats in a few sets, kept as a repeat; to Slovakia is the new part as far as a "
         "search found)", firm("Východ Chemikálie s.r.o.", "SK")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "TR", [], "DE", "630499",
         "Çatma kadife yastık kılıfı, eskitme görünümlü, yeni üretim, 6 adet", "TR", 3, 6, 180, "EUR",
         "new 'antiqued' velvet cushion covers are machine-woven with bright synthetic pile; these six are "
         "hand-woven silk çatma velvet with gilt-metal thread, carnation and tulip motifs, worn silk and old linen "
         "repairs: 17th-century Ottoman Bursa velvet panels, exported from Turkey without a permit (Turkish cultural "
         "property law) and imported against Regulation 2019/880, flown from Istanbul to a Munich dealer; Turkish "
         "wording (Ottoman textiles repeat in several sets; çatma velvet as cushion covers was found in no earlier "
         "row by a keyword search)", firm("Isar Orient Textil GmbH", "DE")),
        ("CUL-02", "import", "LTAIR01", "air", "UZ", [], "LT", "630492",
         "Kashtali yostiq jildlari, yangi, 400 dona", "UZ", 120, 400, 1600, "USD",
         "a soft-furnishing air shipment for a Vilnius interiors shop: new embroidered cushion covers and ikat "
         "curtains are what the Bukhara workshop sends, but the third item's 'kashtali parda, yangi' is a large, "
         "hand-embroidered silk-on-cotton hanging with faded natural dyes, old hand-sewn joins and a Nurata pattern: "
         "a 19th-century suzani, exported from Uzbekistan without a permit and imported against Regulation "
         "2019/880, hidden as the last item of a three-item declaration, flown from Tashkent; Uzbek wording "
         "(suzanis repeat in several sets, blind126, blind149, blind274, blind308, blind314, kept as a repeat; "
         "behind cushion covers for Vilnius is the new part as far as a search found)",
         dict(firm("Vilniaus Interjero Tekstilė UAB", "LT"),
              _more_items=[item("630391", "Ikat pardalar, yangi, 60 dona", "UZ", 90, 1800, "USD", qty=60),
                           item("630492", "Kashtali parda, yangi, 1 dona", "UZ", 4, 60, "USD", qty=1)])),
        ("CUL-03", "import", "ATAIR01", "air", "EG", [], "AT", "580500",
         "عينات قماش ستائر كتان منسوجة يدوياً، 24 قطعة", "EG", 1, 24, 96, "USD",
         "hand-woven linen curtain samples are new, square-cut and even; these 24 pieces are brittle, brown linen "
         "fragments with purple-wool tapestry roundels, dancing figures and birds, mounted on card: Coptic textiles "
         "of the 5th-7th centuries from looted burial grounds, exported from Egypt without a permit and imported "
         "against Regulation 2019/880, flown from Cairo to a Vienna dealer; Egyptian Arabic wording (Coptic textiles "
         "repeat in many sets, kept as a repeat; a curtain-sample label was found in no earlier row)",
         firm("Wiener Textilkunst Handel GmbH", "AT")),
        ("CUL-04", "import", "ESAIR01", "express", "PE", [], "ES", "630499",
         "Cojines andinos con retazos de tela tejida a mano, 4 unidades", "PE", 2, 4, 120, "PEN",
         "Andean patchwork cushions are new, bright and sewn from modern weavings; these four are fronted with "
         "camelid-fibre tapestry panels with interlocking-warp birds and stepped frets, faded and brittle: Chancay "
         "and Wari textiles from looted coastal graves, exported from Peru without a permit, under its export ban, "
         "and imported against Regulation 2019/880, by express from Lima to a private person in Madrid; Peruvian "
         "Spanish wording (pre-Columbian textiles repeat in several sets; grave textiles sewn into cushions were "
         "found in no earlier row)", person("Sr. Álvaro Ruiz Medina", "ES")),
        ("CUL-05", "import", "NLSEA01", "sea", "IN", [], "NL", "680221",
         "नक्काशीदार पत्थर की खिड़की जाली, सजावटी, नई, 8 नग", "IN", 1600, 8, 2400, "USD",
         "new carved window screens are crisp, machine-assisted sandstone with fresh tool marks; these eight "
         "weathered red-sandstone jalis have lime mortar on their edges, rain-worn geometric lattices and mason's "
         "marks: Mughal-period window screens taken from a Rajasthani haveli, exported from India against its "
         "Antiquities and Art Treasures Act, by sea from Mundra to Rotterdam for an Amsterdam interiors firm; Hindi "
         "wording (jali screens repeat in many sets, blind112, blind128 and blind319 among "
         "them, kept as a repeat; Hindi wording by sea to Amsterdam is the new part as far as a search found)", firm("Zandsteen Interieur Amsterdam BV", "NL")),
        ("CUL-06", "export", "FRROAD01", "road", "FR", [], "CH", "580500",
         "Tenture murale, reproduction d'Aubusson, laine, 1 pièce", "FR", 30, 1, 2500, "EUR",
         "a reproduction Aubusson wall hanging is a machine-woven, bright jacquard; this is a hand-woven wool-and-silk "
         "verdure with faded greens, old reweaving and a lining with an 18th-century manufactory mark, worth some "
         "180,000 EUR: an 18th-century Aubusson tapestry exported without the EU export licence (Regulation "
         "116/2009) or a French certificate, by road to a Geneva dealer; French wording (Aubusson tapestries repeat "
         "twice, blind109 and blind262, kept as a repeat; by road to Geneva is the new part as far as a search "
         "found)", {"importer_country": "CH"}),
        ("CUL-07", "import", "CYSEA01", "sea", "LB", [], "CY", "630391",
         "ستائر مطرزة يدوياً، قطن، قديمة الطراز، 12 قطعة", "LB", 36, 12, 600, "USD",
         "old-style hand-embroidered curtains from Beirut's souks are new copies on cotton; these twelve are silk "
         "and metal-thread embroidered panels from Damascus houses, with Ottoman inscriptions and dates of the "
         "1830s to 1880s: Syrian cultural goods removed from Syria, whose import is banned (Regulation 36/2012, "
         "Article 11c), by sea from Beirut to Limassol; Levantine Arabic wording (Syrian cultural goods through "
         "Lebanon repeat in several sets; embroidered Damascene curtain panels were found in no earlier row)",
         firm("Levant Home Textiles Ltd", "CY")),
        ("CUL-08", "transit", "ATAIR01", "air", "AE", ["AT"], "US", "711790",
         "Stone beads, assorted, for jewellery, 1 kg", "AE", 1, None, 150, "USD",
         "stone beads for jewellery are drilled, polished and even; this kilo holds some 200 small carved "
         "cylinders of lapis, haematite and chalcedony with drilled axes and engraved scenes that roll out into "
         "impressions: Mesopotamian cylinder seals from Iraq, whose trade is banned (Regulation 1210/2003) and which "
         "Regulation 2019/880 covers in transit, landed at Vienna in transit from Dubai to a New York dealer; "
         "English wording (cylinder seals as beads repeat in many sets, kept as a repeat; a transit through Vienna "
         "is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "ITAIR01", "air", "ET", [], "IT", "830629",
         "የናስ ጌጣጌጥ መስቀል፣ አዲስ፣ 3 ቁራጭ", "ET", 9, 3, 90, "USD",
         "new brass decorative crosses from Addis Ababa are light, bright and cast in one; these three are heavy, "
         "worn bronze processional crosses with Ge'ez inscriptions, socket wear and candle soot: church processional "
         "crosses taken from Ethiopian churches, exported without the Authority for Research and Conservation of "
         "Cultural Heritage's permit and imported against Regulation 2019/880, flown to Rome; Amharic wording "
         "(Ethiopian crosses repeat in several sets, kept as a repeat; in Amharic to Rome is the new part as far as "
         "a search found)", firm("Roma Sacra Antiquariato Srl", "IT")),
        ("CUL-10", "export", "HUROAD01", "road", "HU", [], "RS", "830249",
         "Antikolt hatású bronz függönykarikák, 300 db", "HU", 6, 300, 90, "EUR",
         "antiqued curtain rings are bright, cast bronze rings all of one size; these are green-patinated, "
         "soil-encrusted cast belt mounts and strap ends with griffin-and-tendril decoration, some with rivets: "
         "Avar-period (7th-8th century) grave goods from detector finds on the Great Hungarian Plain, exported "
         "without the EU export licence (Regulation 116/2009) or a Hungarian permit, by road to Subotica; "
         "Hungarian wording (Avar belt fittings repeat in several sets, blind52, blind158, blind211 among "
         "them, kept as a repeat; a curtain-ring label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "850131",
         "Rohrmotoren für Rollos und Jalousien, 24 V, 1.500 Stück", "DE", 1500, 1500, 45000, "EUR",
         "tubular motors for roller blinds are long, slow geared motors inside a 35 mm tube; these are flat, "
         "high-speed brushless outrunners with electronic speed controllers, sized for multirotor drones, for a "
         "Bishkek 'blinds' trader whose buyer is in Russia: common high-priority items under the Russia sanctions "
         "(Regulation 833/2014, Article 12g and Annex XXIII), re-exported through Kyrgyzstan, flown from Frankfurt; "
         "German wording (drone motors repeat in many sets; a roller-blind tubular-motor label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AE", "540761",
         "Tessuto oscurante per tende, nero, rotoli, 2.000 m²", "IT", 600, 2000, 12000, "EUR",
         "black blackout curtain fabric is a coated polyester weave of 250-400 g/m²; these rolls are a crisp, "
         "lustrous, unidirectional high-modulus carbon-fibre fabric with a tensile strength on the mill sheet above "
         "the listed limits, bound for a Dubai front whose real buyer is in Iran: 1C010 fibrous material under "
         "Regulation 2021/821 and the Iran measures, flown from Milan; Italian wording (carbon fibre under textile "
         "labels repeats in several sets; a blackout-curtain label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-03", "export", "FRSEA01", "sea", "FR", [], "PK", "760820",
         "Barres à rideaux en aluminium, diamètre 80 mm, 400 pièces", "FR", 4800, 400, 9600, "EUR",
         "aluminium curtain poles are thin-walled, 19-28 mm, anodised and of soft 6063 alloy; these are "
         "thick-walled, 80 mm, unfinished tubes of 7075-T6 with an ultimate tensile strength over 460 MPa on the "
         "mill sheet: 1C202 aluminium alloy tubes under Regulation 2021/821 (outside diameter above 75 mm), for "
         "a Karachi importer, from Le Havre; French wording (7075 tubes repeat in several sets; curtain poles were "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-04", "import", "LVROAD01", "road", "KZ", ["RU"], "LV", "440712",
         "Пиломатериалы сосновые, обрезные, 60 м³", "KZ", 30000, None, 9000, "EUR",
         "Kazakh pine lumber is rare and dear, for the steppe grows little pine; this load's tally sheets, mill "
         "stamps and rail receipts are Belarusian, trucked round through Russia: wood of Belarusian origin, whose "
         "import is banned (Regulation 765/2006, Article 1a), under a false Kazakh origin, at Terehova; Russian "
         "wording (Belarusian wood under Kazakh origin repeats in several sets, kept as a repeat; sawn pine at "
         "Terehova is the new part as far as a search found)", firm("Baltijas Kokmateriāli SIA", "LV")),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "AM", "902519",
         "Senzory přítomnosti pro chytré závěsy a rolety, 300 ks", "CZ", 60, 300, 90000, "EUR",
         "occupancy sensors for smart curtains and blinds are 20-euro PIR modules; these are uncooled thermal-imaging "
         "cores with germanium lenses, 640 x 512 pixels at 12 µm, worth 300 EUR each, bound for a Yerevan trader "
         "whose buyer is in Russia: thermal imaging cameras and cores under the Russia sanctions (Regulation "
         "833/2014, Annex VII and XXIII) and 6A003 where listed, flown from Prague; Czech wording (thermal cores "
         "repeat in many sets; a smart-curtain occupancy-sensor label was found in no earlier row)",
         {"importer_country": "AM"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "TR", "844590",
         "Máquinas acolchadoras para edredones, 2 unidades", "ES", 14000, 2, 320000, "EUR",
         "quilting machines for duvets are wide multi-needle stitching lines; these two are computer-controlled "
         "filament-winding machines with coordinated fibre placement over three axes and mandrels of 600 mm, bound "
         "for an Istanbul front for an Iranian missile programme: 1B001 filament-winding machines under Regulation "
         "2021/821, from Valencia to Mersin; Spanish wording (filament winders repeat in many sets and quilting "
         "labels in a few, blind90, blind96, blind271, blind308, kept as a repeat; a duvet-quilting label was found "
         "in no earlier row)", {"importer_country": "TR"}),
        ("STR-07", "export", "LVROAD01", "road", "LV", [], "KZ", "630391",
         "Kokvilnas aizkari, gatavi, 800 gab.", "LV", 2400, 800, 32000, "EUR",
         "ready-made cotton curtains sell at 30-40 EUR a pair; these are hand-embroidered silk curtains, jacquard "
         "bedspreads and tasselled pelmets of an Italian luxury house at 1,500-6,000 EUR each, bound for a Kazakh "
         "trader who forwards them to Moscow interiors shops: luxury goods whose export to Russia is banned "
         "(Regulation 833/2014, Article 3h and Annex XVIII), by road from Riga; Latvian wording (luxury goods "
         "through Kazakhstan repeat in many sets; luxury curtains and bedspreads were found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "export", "LTAIR01", "air", "LT", [], "AE", "880730",
         "Lėktuvų atsarginės dalys, naudotos, 40 vnt.", "LT", 300, 40, 180000, "EUR",
         "used aircraft spare parts travel with release certificates; these are new, serialised landing-gear and "
         "brake assemblies for Airbus A320s and Sukhoi Superjets ordered by a Dubai broker for Russian airlines: "
         "aircraft parts whose export for use in Russia is banned (Regulation 833/2014, Article 3c), flown from "
         "Vilnius; Lithuanian wording (aircraft parts for Russia repeat in many sets, kept as a repeat; Lithuanian "
         "wording from Vilnius is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-09", "export", "SISEA01", "sea", "SI", [], "LB", "292215",
         "Pomožno sredstvo za mletje cementa, 1.000-litrski IBC, 16 IBC", "SI", 17900, 16, 30000, "EUR",
         "a cement grinding aid is a blend of glycols and amine salts at a few tens of per cent; these IBCs hold "
         "neat, 99 % triethanolamine, bound for a Beirut trader for a Syrian buyer: a 1C350 / CWC Schedule 3 "
         "precursor under Regulation 2021/821 and the Syria measures, from Koper; Slovenian wording "
         "(triethanolamine repeats in several sets and grinding-aid labels in a few, kept as a repeat; from Koper "
         "to Beirut is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-10", "export", "EEROAD01", "road", "EE", ["LV"], "BY", "830241",
         "Elektrilised kardinasiinid, 200 tk", "EE", 1600, 200, 16000, "EUR",
         "a smart-curtain consignment for a Minsk interiors shop: motorised curtain tracks and remote controls are "
         "what the Tallinn distributor declares, but the third item's 'juhtmoodulid kardinatele' are 2,000 GNSS "
         "receiver modules and u-blox-type chips on their reels: common high-priority items whose export to Belarus "
         "is banned (Regulation 765/2006, Article 1bb and Annex XXX), hidden as the last item of a three-item "
         "declaration, by road through Latvia; Estonian wording (GNSS modules repeat in many sets; motorised "
         "curtain tracks were found in no earlier row by a keyword search)",
         dict({"importer_country": "BY"},
              _more_items=[item("852691", "Kaugjuhtimispuldid kardinatele, 200 tk", "EE", 20, 2000, "EUR", qty=200),
                           item("852691", "Juhtmoodulid kardinatele, 2 000 tk", "EE", 8, 4000, "EUR", qty=2000)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "ID", [], "FR", "630499",
         "Sarung bantal kulit sintetis motif ular, 500 buah", "ID", 150, 500, 2500, "USD",
         "a cushion shipment for a Paris home-decor shop: faux-leather snake-print cushion covers and batik "
         "throws are what the Yogyakarta maker lists, but the third item's 'sarung bantal kulit ular sintetis "
         "premium' are 200 covers of real, scaled reticulated-python skin with the belly scutes in broad rows: "
         "Malayopython reticulatus (CITES App. II) skin products without CITES documents, hidden as the last item of "
         "a three-item declaration, flown from Jakarta; Indonesian wording (python skins repeat in many sets; python "
         "cushion covers behind snake-print covers were found in no earlier row)",
         dict(firm("Maison Batik Paris SARL", "FR"),
              _more_items=[item("630130", "Selimut batik katun, 300 buah", "ID", 240, 2700, "USD", qty=300),
                           item("420500", "Sarung bantal kulit ular sintetis premium, 200 buah", "ID", 60, 1000, "USD", qty=200)])),
        ("WLF-02", "import", "ITAIR01", "air", "IN", [], "IT", "621420",
         "Pashmina throws, plain, 20 pcs", "IN", 4, 20, 1200, "USD",
         "pashmina throws are soft, slightly hairy cashmere; these 20 are gossamer, pass through a ring and under a "
         "microscope show the fine, scale-patterned under-hair of the chiru: shahtoosh, Tibetan antelope wool "
         "(Pantholops hodgsonii, CITES App. I), without CITES documents, flown from Delhi to a Milan home-textile "
         "boutique; Indian English wording (shahtoosh as pashmina repeats in many sets and pashmina throws once, "
         "blind191, kept as a repeat; for a Milan home-textile boutique is the new part as far as a search found)",
         firm("Casa Tessile Brera Srl", "IT")),
        ("WLF-03", "import", "ESSEA01", "sea", "BO", [], "ES", "630120",
         "Mantas de alpaca para sofá, tejidas a mano, 150 unidades", "BO", 180, 150, 4500, "USD",
         "alpaca sofa blankets are springy, lustrous and in many natural shades; these 150 are of a very fine, "
         "cinnamon-and-white fibre with no guard hair and the Vicuña's tight crimp, from wild-shorn animals outside "
         "the authorised community schemes: vicuña (Vicugna vicugna, CITES App. II for the listed populations and "
         "only with the annotated marks and permits) without CITES documents, by sea from Arica to Barcelona; "
         "Bolivian Spanish wording (vicuña as alpaca repeats in many sets, kept as a repeat; sofa blankets from "
         "Bolivia are the new part as far as a search found)", firm("Mantas Andinas Barcelona SL", "ES")),
        ("WLF-04", "import", "BEAIR01", "air", "NG", [], "BE", "960200",
         "Bone curtain tieback ornaments, carved, 60 pcs", "NG", 18, 60, 600, "USD",
         "carved bone tieback ornaments are chalky, porous and show dark Haversian pits; these 60 are dense, creamy "
         "and show the cross-hatched Schreger lines of elephant ivory on their cut ends: African elephant ivory "
         "(CITES App. I for Nigeria's population) without CITES documents, flown from Lagos to Brussels for an "
         "interiors dealer; Nigerian English wording (ivory as bone repeats in many sets, kept as a repeat; a "
         "curtain-tieback label was found in no earlier row by a keyword search)", firm("Atelier Embrasse SPRL", "BE")),
        ("WLF-05", "import", "DESEA01", "sea", "LA", [], "DE", "442199",
         "ໄມ້ຄານຜ້າມ່ານ, ໄມ້ຂະຫຍູງ, 2,000 ອັນ", "LA", 6000, 2000, 8000, "USD",
         "curtain poles of sheesham are mid-brown, light and straight-grained; these are heavy, oily, deep purple-red "
         "poles with a rose scent when cut and black streaks: Siamese rosewood (Dalbergia cochinchinensis, CITES "
         "App. II) without CITES documents, by sea from Laem Chabang for a Hamburg curtain-hardware importer; Lao "
         "wording (Siamese rosewood repeats in many sets; rosewood curtain poles were found in no earlier row by a "
         "keyword search)", firm("Gardinenstangen Nord GmbH", "DE")),
        ("WLF-06", "import", "PTAIR01", "air", "BR", [], "PT", "670100",
         "Almofadas decorativas com penas de galinha tingidas, 40 unidades", "BR", 12, 40, 800, "BRL",
         "decorative cushions trimmed with dyed chicken feathers are soft and evenly coloured; these 40 carry long, "
         "stiff scarlet, yellow and blue tail and wing feathers with natural banding and no dye at the quill: "
         "scarlet and hyacinth macaw feathers (Ara macao and Anodorhynchus hyacinthinus, CITES App. I) without CITES "
         "documents, flown from São Paulo to Lisbon for a decor shop; Brazilian Portuguese wording (macaw feathers "
         "repeat in a few sets; feather cushions were found in no earlier row by a keyword search)",
         firm("Pena e Linho Decoração Lda", "PT")),
        ("WLF-07", "import", "NLAIR01", "air", "PH", [], "NL", "711790",
         "Palamuti ng kurtina, itim na plastik na butil, 500 piraso", "PH", 25, 500, 750, "USD",
         "plastic-bead curtain tassels are light and glossy; these 500 are of dense black branching coral, cut and "
         "polished into beads with the spiny surface still on the fine twigs: black coral (Antipatharia, CITES App. "
         "II) without CITES documents, flown from Manila to Amsterdam for a curtain-trim wholesaler; Tagalog wording "
         "(black coral repeats in several sets; curtain tassels of it were found in no earlier row by a keyword "
         "search)", firm("Passementerie Holland BV", "NL")),
        ("WLF-08", "import", "DEAIR01", "air", "ZA", [], "DE", "430400",
         "Kunsbont-bankgooi, luiperdpatroon, 10 stuks", "ZA", 30, 10, 500, "USD",
         "faux-fur leopard-pattern throws have an even acrylic pile on a knitted back; these ten are real, "
         "tanned leopard pelts with leather backs, sewn edge to edge into sofa throws: Panthera pardus (CITES App. "
         "I) without CITES documents, flown from Johannesburg to a Frankfurt interiors dealer; Afrikaans wording "
         "(leopard skins and faux-fur labels on real furs repeat in many "
         "sets, kept as a repeat; sofa throws in Afrikaans are the new part as far as a search found)", firm("Wildnis Wohnen GmbH", "DE")),
        ("WLF-09", "transit", "FRAIR01", "air", "GH", ["FR"], "VN", "050790",
         "Dried fish scales, for animal feed, 300 kg", "GH", 300, None, 600, "USD",
         "dried fish scales are thin, round and translucent; these are thick, brown, keratinous, shield-shaped "
         "scales with a pointed tip: pangolin scales (Manis and Phataginus spp., CITES App. I), landed at Paris in "
         "transit from Accra to Hanoi without CITES documents, which specimens in transit through the Union must "
         "carry; Ghanaian English wording (pangolin scales as fish scales repeat in many sets, kept as a repeat; "
         "from Accra through Paris is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-10", "import", "LTAIR01", "air", "AZ", [], "LT", "160432",
         "Qızılbalıq kürüsü, duzlu, 40 kq", "AZ", 40, None, 1600, "USD",
         "salmon roe is large, orange and translucent; these tins hold small, grey-black, glossy grains: sturgeon "
         "caviar (Acipenseriformes, CITES App. II) without CITES documents, flown from Baku to Vilnius for a "
         "delicatessen; Azerbaijani wording (caviar as salmon roe repeats in many sets, kept as a repeat; from Baku "
         "to Vilnius is the new part as far as a search found)", firm("Baltijos Delikatesai UAB", "LT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LTAIR01", "air", "CN", "LT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching linen)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "LT-PD-80-0044")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "JP", "AT", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "JP", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-80-0121")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "681299",
     "Asbestos theatre fire curtain, removed, packed for disposal at a licensed landfill, 4 t", "CH", 4000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-80-0287")], "notified asbestos waste to a licensed landfill"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "382590",
     "Perchloroethylene still bottoms from textile cleaning (14 06 04*), for incineration, 12 t", "NO", 12000, None,
     0, "EUR", [("BASEL_CONSENT", "SE-NV-80-0066")], "notified solvent residues to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "FR-MTE-ODS-80-014")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "PLAIR01", "air", "US", "PL", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand extinguishers", "US", 300, 12,
     9000, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-80-007")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRROAD01", "road", "FR", "CH", "580500",
     "Aubusson verdure tapestry, wool and silk, c. 1760, sold to a Swiss collector", "FR", 35,
     1, 160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-80-0311")],
     "tapestry exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "580500",
     "Coptic linen fragment with tapestry roundel, 6th century, documented German collection since 1926", "DE", 0.3, 1,
     8000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-80-0175")], "archaeological textile exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "TR", "540761",
     "Unidirectional high-modulus carbon-fibre fabric, 1,500 m², for a Turkish aerostructures maker", "IT", 450,
     1500, 90000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-80-0052"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-80-0098")],
     "dual-use carbon-fibre fabric under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "IN", "844590",
     "Three-axis filament-winding machine, 1 unit, for an Indian pressure-vessel maker", "ES", 7000, 1, 160000,
     "EUR", [("EXPORT_LICENCE", "ES-SECOMEX-80-0031"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-80-0140")],
     "dual-use filament-winding machine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "PE", "ES", "630120",
     "Vicuña throws, 'VICUÑA-PERÚ' selvedge mark (Vicugna vicugna), 20 units", "PE", 12, 20, 40000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-80-0218")], "App. II vicuña cloth with its mark and export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "ID", "FR", "420500",
     "Reticulated python leather cushion covers (Malayopython reticulatus), 100 units", "ID", 30, 100, 3000, "USD",
     [("CITES_PERMIT", "ID-KLHK-80-0406")], "App. II python leather products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatus asmuo", "PRM-02": "Privatperson", "PRM-07": "Collection Léman SA",
    "PRM-09": "Anadolu Aeroyapı A.Ş.", "PRM-11": "Mantas Finas Castellana SL", "PRM-12": "Maison Batik Paris SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # blind and curtain makers, curtain-fabric mills, upholsterers, cushion makers and bedding importers
    ("340290", "Net-curtain whitener sachets, percarbonate-based", "import", ["post"], ["CN", "DE"], (10, 20), (1, 3), ["USD", "EUR"], 25, S),
    ("320890", "Roller-blind fabric stiffener, acrylic dispersion, 1 l", "import", ["air"], ["VN", "CN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("340290", "Upholstery stain remover spray, 500 ml", "import", ["road"], ["TR"], (3, 6), (500, 2000), ["EUR"], 2, S),
    ("380991", "Flame-retardant treatment for curtain fabric, ammonium phosphate, 25 kg", "import", ["sea"], ["EG", "CN"], (1.5, 3), (5000, 15000), ["USD"], 0.04, S),
    ("340520", "Venetian-blind slat cleaning wipes", "import", ["road"], ["UA", "PL"], (3, 6), (300, 1000), ["EUR"], 10, S),
    ("330749", "Sofa and mattress deodorising powder, bicarbonate, 500 g", "import", ["post", "express"], ["JP", "KR"], (20, 40), (1, 3), ["USD"], 2, S),
    ("380991", "Cationic dye fixative for cotton, liquid, IBCs", "import", ["sea"], ["IN", "CN"], (1.5, 3), (10000, 20000), ["USD"], None, S),
    ("630499", "Embroidered cotton cushion covers, new", "import", ["sea"], ["PK", "IN"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("580632", "Curtain heading tape, polyester, rolls", "import", ["sea"], ["PK", "CN"], (2, 4), (500, 2000), ["USD"], 2, S),
    ("392590", "PVC vertical blinds, new, boxed with headrails", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 8000), ["USD"], 0.5, S),
    ("940161", "Upholstered three-seater sofas, new", "import", ["sea"], ["VN", "PL"], (5, 9), (4000, 10000), ["USD", "EUR"], 0.02, S),
    ("850152", "Tubular motors for roller shutters, new, boxed", "import", ["sea"], ["CN", "TR"], (10, 18), (1000, 4000), ["USD"], 0.4, S),
    ("630391", "Cotton stage curtains, flame-retardant, new", "export", ["road"], ["UA", "RS"], (10, 20), (200, 800), ["EUR"], 0.1, S),
    ("940421", "Polyurethane-foam mattresses, new, roll-packed", "import", ["sea"], ["CN", "TR"], (3, 6), (4000, 10000), ["USD"], 0.05, S),
    ("390950", "Water-blown polyol blends for cushion foam, drums", "import", ["sea"], ["TH", "KR"], (2, 4), (10000, 20000), ["USD"], None, S),
    ("330749", "Lavender and cedar moth sachets for bedding", "import", ["post", "express"], ["ID", "FR"], (20, 40), (1, 3), ["USD", "EUR"], 30, S),
    ("381400", "Hydrocarbon spotting fluid for dry cleaners, 1 l", "import", ["air"], ["KZ", "DE"], (4, 8), (100, 400), ["USD", "EUR"], 1, S),
    ("630790", "Fire blankets, glass fibre, 1.2 x 1.2 m", "import", ["road"], ["UA", "PL"], (4, 8), (300, 1000), ["EUR"], 1, S),
    ("380993", "Fluoropolymer fabric-protector spray, CO2 propellant", "import", ["air"], ["EG", "US"], (6, 12), (200, 800), ["USD"], 2, S),
    ("630492", "Ikat cotton curtains, new, hand-woven", "import", ["air"], ["UZ", "IN"], (15, 30), (50, 200), ["USD"], 0.7, S),
    ("580500", "Machine-woven jacquard wall hangings, new", "import", ["sea"], ["BE", "TR"], (10, 20), (500, 2000), ["USD", "EUR"], 0.3, S),
    ("630499", "Andean patchwork cushions, new weavings", "import", ["post", "express"], ["PE", "BO"], (30, 60), (1, 3), ["USD"], 2, S),
    ("680221", "Carved sandstone jali window screens, new", "import", ["sea"], ["IN"], (1, 2), (4000, 12000), ["USD"], 0.005, S),
    ("630391", "Machine-embroidered cotton curtains, new", "import", ["sea"], ["LB", "EG"], (8, 16), (500, 2000), ["USD"], 0.3, S),
    ("830249", "Brass curtain rings, new, antiqued", "import", ["post"], ["HU", "IN"], (20, 40), (1, 3), ["EUR", "USD"], 50, S),
    ("540761", "Polyester blackout curtain fabric, rolls", "import", ["sea"], ["CN", "TR"], (3, 6), (5000, 15000), ["USD"], None, S),
    ("760820", "Aluminium curtain poles, 28 mm, anodised", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD"], 1, S),
    ("902519", "Wireless thermometers for smart-home blinds", "import", ["post", "express"], ["CN"], (40, 80), (1, 3), ["USD"], 20, S),
    ("844590", "Multi-needle quilting machines for duvets", "import", ["sea"], ["CN", "TR"], (8, 15), (4000, 12000), ["USD"], 0.0002, S),
    ("630391", "Ready-made cotton curtains, pairs", "export", ["road"], ["UA", "MD"], (10, 18), (500, 2000), ["EUR"], 0.6, S),
    ("830241", "Motorised curtain tracks, new", "import", ["air"], ["CN", "TW"], (20, 40), (200, 800), ["USD"], 0.15, S),
    ("852691", "Radio remote controls for blinds", "import", ["post", "express"], ["CN"], (60, 120), (1, 3), ["USD"], 15, S),
    ("630499", "Faux-leather snake-print cushion covers", "import", ["sea"], ["ID", "CN"], (4, 8), (1000, 3000), ["USD"], 3, S),
    ("621420", "Cashmere pashmina throws, new", "import", ["air"], ["IN", "NP"], (150, 300), (20, 80), ["USD"], 4, S),
    ("630120", "Alpaca sofa blankets, new", "import", ["sea"], ["PE", "BO"], (20, 40), (300, 1000), ["USD"], 0.8, S),
    ("960200", "Carved bone tieback ornaments, new", "import", ["post"], ["IN", "NG"], (20, 40), (1, 2), ["USD"], 30, S),
    ("442199", "Sheesham-wood curtain poles, new", "import", ["sea"], ["IN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 0.3, S),
    ("670100", "Dyed chicken-feather trims for cushions", "import", ["post"], ["BR", "CN"], (30, 60), (1, 2), ["USD"], 20, S),
    ("630790", "Plastic-bead curtain tassels, new", "import", ["express"], ["PH", "CN"], (20, 40), (1, 3), ["USD"], 20, S),
    ("630130", "Faux-fur acrylic sofa throws, leopard print", "import", ["sea"], ["CN", "ZA"], (5, 10), (1000, 4000), ["USD"], 0.8, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442191", "Bamboo barbecue skewers, packs of 100", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 10, N),
        ("820551", "Stainless apple corers", "import", ["post", "express"], ["CN", "DE"], (20, 40), (1, 3), ["USD", "EUR"], 12, N),
        ("441990", "Beech-wood crumb trays with brushes", "import", ["sea"], ["PL", "CN"], (3, 6), (2000, 6000), ["EUR", "USD"], 2, N),
        ("821599", "Stainless butter curlers", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind327", 20800901, HERE)


if __name__ == "__main__":
    main()
