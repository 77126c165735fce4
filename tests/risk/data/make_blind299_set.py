#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-ninth blind set (tests/risk/data/blind299-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2076, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: cosmetic clinics and medical
aesthetics (aesthetic and laser clinics, injectables and skin-care distributors, aesthetic-device
makers and dealers, hair-transplant and slimming clinics, medical spas and their suppliers).
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
only where a real declaration would. Ids are BL299-*:

    python3 tests/risk/data/make_blind299_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2076, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2076
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "KR", [], "DE", "330499",
         "하이드로 필링 앰플 용액 (아쿠아 필 3단계), 1리터 x 6병", "KR", 7.0, 6, 210, "USD",
         "the aqua-peel solutions of hydradermabrasion machines are mild salicylic or glycolic washes of about "
         "1.01 kg/l that smell of nothing; these six litre bottles hold a water-clear liquid of 1.13 kg/l with vented "
         "caps that whitens the skin and fizzes on a cut, for a Düsseldorf aesthetic-device dealer whose web shop "
         "sells 'refills' to anyone: about 35 % hydrogen peroxide (Annex I above 12 %) made available to members of "
         "the public, sent by express from Seoul; Korean wording (hydrogen peroxide repeats in many sets; an "
         "aqua-peel or hydradermabrasion label was found in no earlier row by a keyword search)",
         firm("Vega Ästhetik Technik GmbH", "DE")),
        ("PRE-02", "import", "NLAIR01", "air", "TR", [], "NL", "300490",
         "Mezoterapi lipoliz solüsyonu (yağ eritme), 1 litre, 24 şişe", "TR", 27.4, 24, 360, "EUR",
         "fat-dissolving mesotherapy cocktails are deoxycholate or phosphatidylcholine solutions in 5-10 ml vials, "
         "water-thin and yellowish; these 24 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l that "
         "never sees a syringe, for an Amsterdam 'body-contouring' supplier whose web shop sells the litres to "
         "model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown "
         "from Istanbul; Turkish wording (nitromethane repeats in many sets and cryolipolysis machines once, "
         "blind192, on an ozone good; a fat-dissolving mesotherapy label was found in no earlier row by a keyword "
         "search)", firm("Horizon Body Contouring BV", "NL")),
        ("PRE-03", "import", "ITSEA01", "sea", "CN", [], "IT", "340290",
         "医美诊所蒸汽灭菌器除垢剂, 1升装, 1,500瓶", "CN", 2760, 1500, 2250, "USD",
         "descalers for the small steam autoclaves of aesthetic clinics are citric or phosphoric solutions of about "
         "1.1 kg/l; these 1,500 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of "
         "water and chars the carton where it leaked, for a Milan clinic-supplies wholesaler that sells the bottles "
         "to the public on line: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Ningbo to Genoa; Chinese wording (sulphuric acid repeats in many sets and an "
         "autoclave-descaler label once, blind54, a tattoo studio's; kept as a repeat of the label, an aesthetic "
         "clinic's descaler by sea from China is the new part as far as a search found)",
         firm("Meridian Forniture Estetiche Srl", "IT")),
        ("PRE-04", "import", "PTAIR01", "air", "BR", [], "PT", "281820",
         "Cristais de microdermoabrasão (óxido de alumínio 120 mesh), pacotes de 1 kg, 300 unidades", "BR", 300, 300,
         900, "USD",
         "microdermabrasion crystals are sharp, heavy, white corundum grains that scratch glass and never dissolve; "
         "these 300 packets hold a soft, white, crystalline powder that dissolves slowly, flares with sugar on a hot "
         "plate and whose inner liners read 'KClO4', for a Lisbon aesthetic-clinic supplier that sells the packets "
         "over the counter: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from São Paulo; Brazilian Portuguese wording (potassium perchlorate repeats in many sets and "
         "alumina-grit labels in a few, blind264 on sodium perchlorate; a microdermabrasion-crystal label was found "
         "in no earlier row by a keyword search)", firm("Atlantic Estética Clínica Lda", "PT")),
        ("PRE-05", "import", "GRSEA01", "sea", "EG", [], "GR", "283321",
         "ملح إبسوم لحمامات التخسيس وعلاج السيلوليت، أكياس 25 كغ، 600 كيس", "EG", 15000, 600, 3600, "USD",
         "Epsom salt for slimming and cellulite baths is magnesium sulphate, clear, bitter, needle-like crystals "
         "that dissolve without cooling; these 600 sacks hold white, opaque prills that turn ice-cold in water, test "
         "at 34 % N and melt and fume on a hot plate, for an Athens medical-spa supplier that re-packs them in 1 kg "
         "tubs sold to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by sea from Alexandria to Piraeus; Egyptian Arabic wording (ammonium nitrate repeats in many sets "
         "and bath-salt and Epsom-salt labels in many, kept as a repeat of that family; a slimming and cellulite bath-salt label "
         "is the new part as far as a search found)", firm("Delta Medical Spa AE", "GR")),
        ("PRE-06", "import", "FRPOST01", "post", "TH", [], "FR", "330499",
         "ผงมาส์กหน้าขาวใส สูตรคลินิก 4 x 500 กรัม", "TH", 2.0, 4, 1600, "THB",
         "the whitening mask powders Thai clinics sell are fine, scented, off-white powders of clay and niacinamide "
         "that make a paste with water; these four tubs hold loose, white, odourless crystals that dissolve clear, "
         "flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), "
         "posted from Bangkok to a private person in Lyon; Thai wording (sodium chlorate repeats in many sets and "
         "face-mask and whitening labels in a few; a clinic whitening-mask label was found in no earlier row by a "
         "keyword search)", person("Mme Claire Martin", "FR")),
        ("PRE-07", "import", "CYAIR01", "air", "IL", [], "CY", "330499",
         "תמיסת פילינג כימי TCA 35% לקליניקות, 1 ליטר, 60 בקבוקים", "IL", 84, 60, 1500, "USD",
         "a TCA 35 % peel is a clear, odourless solution of 1.2 kg/l sold in 10-30 ml dropper bottles with a "
         "neutraliser; these 60 litre bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and "
         "eat into a copper wire, for a Limassol aesthetic-supply web shop that sells the bottles to anyone: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Tel Aviv to "
         "Larnaca; Hebrew wording (nitric acid repeats in many sets; a chemical-peel label was found in no earlier "
         "row by a keyword search)", firm("Orion Aesthetic Supplies Ltd", "CY")),
        ("PRE-08", "import", "ESSEA01", "sea", "IN", [], "ES", "310430",
         "पोटेशियम सल्फेट उर्वरक (एसओपी), 25 किलो बैग, 720 बैग", "IN", 18000, 720, 8600, "USD",
         "potassium sulphate fertiliser is a dull, white, slightly bitter powder that dissolves slowly and never "
         "burns; these 720 bags hold shiny flakes that crackle and spit violet sparks on a hot iron, with CAS "
         "3811-04-9 on the maker's sheet in the container, for a Valencia garden-centre chain that re-bags them in "
         "1 kg packs: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Mundra; Hindi wording (potassium chlorate repeats in many sets and fertiliser labels on it in several; "
         "kept as a repeat, an SOP label from India to Spain is the new part as far as a search found; one of the "
         "rows outside the set's trade)", firm("Alpina Jardín Distribución SL", "ES")),
        ("PRE-09", "import", "ATROAD01", "road", "JO", ["TR", "BG", "RS", "HU"], "AT", "250100",
         "ملح البحر الميت للغرف الملحية (علاج بالملح)، أكياس 20 كغ، 400 كيس", "JO", 8000, 400, 2400, "EUR",
         "Dead Sea salt for halotherapy rooms is a grey-white, damp, very bitter salt full of magnesium chloride; "
         "these 400 bags hold a bright white, dry, hygroscopic powder that is not salty, dissolves at once and burns "
         "fiercely with sugar, for a Vienna wellness-equipment trader that sells the bags to the public: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry from Amman; Jordanian "
         "Arabic wording (sodium perchlorate repeats in many sets and salt labels on it in several, blind296 among "
         "them, and halotherapy labels twice, blind74 and blind85, kept as a repeat; a halotherapy salt by road from Jordan is the new part as far as a search found; "
         "one of the rows outside the set's trade)", firm("Central Wellness Handels GmbH", "AT")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "380894",
         "Дезінфекційний концентрат для інструментів косметологічного кабінету, каністра 5 л, 360 каністр "
         "(1-а з 3 машин)", "UA", 2160, 360, 2500, "EUR",
         "instrument disinfectants for cosmetology rooms are quaternary-ammonium or aldehyde concentrates of about "
         "1.02 kg/l that foam and smell of soap; these 360 cans hold a water-clear liquid of 1.20 kg/l that does not "
         "foam, has vented caps, whitens the skin and fizzes on rust, the first of three vans booked that week each "
         "kept under 2.5 t, for a Lublin beauty-clinic wholesaler that sells the cans to the public: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Dorohusk; Ukrainian "
         "wording (hydrogen peroxide repeats in many sets and splits over three vans in a few, blind264 and blind296 "
         "among them, kept as a repeat; a cosmetology instrument disinfectant was found in no earlier row)",
         firm("Nordhafen Kosmetologia Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MA", "854370",
         "Mascarillas faciales LED de fototerapia, nuevas, 6.000 unidades", "ES", 3000, 6000, 9000, "EUR",
         "new LED light-therapy masks come boxed, each with its charger and manual, a few hundred grams apiece; "
         "these gaylords hold masks returned to a Madrid aesthetic-device distributor and collected from clinics, "
         "unboxed, cracked and with their lithium pouch cells swollen behind the lenses, bought by weight by a "
         "Casablanca dismantler: waste electrical equipment with lithium batteries (e-waste, A1180 and hazardous), "
         "whose export to a non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording (e-waste "
         "under 'new' labels repeats in many sets and LED masks as e-waste once, blind192, in a fulfilment centre's "
         "returns; kept as a repeat, a new-mask label from Spain to Morocco is the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "390290",
         "Granulés de polypropylène régénéré, 12 t", "FR", 12000, None, 3600, "EUR",
         "polypropylene regrind is washed, one-colour flakes or pellets; these big bags hold shredded but unwashed "
         "syringes, cannulas, filler and toxin vials and suction tubing with dried blood and fat, the sharps bins of "
         "Paris aesthetic and hair-transplant clinics passed to a 'recycler' instead of an incinerator, for a Dakar "
         "'moulder': clinical waste (Y1, 18 01 03*), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre; French wording (clinical waste repeats in several sets and regrind labels in many; "
         "aesthetic-clinic sharps under a PP-regrind label were found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "CM", "940290",
         "Behandelstoelen voor schoonheidsinstituten, gebruikt, 30 stuks", "BE", 2400, 30, 3000, "EUR",
         "an Antwerp aesthetic-clinic refit container for Douala: used treatment chairs and magnifier lamps are what "
         "Belgian clinics sell on, but the third item's 'esthetische toestellen, werkend' are 40 dead IPL, diode and "
         "RF machines with cracked flash lamps, oil-filled capacitor banks and lead-acid backup batteries: waste "
         "electrical equipment with hazardous components (A1180, 16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration; Flemish wording (e-waste "
         "behind used goods repeats in many sets; dead IPL machines behind treatment chairs are the new part as far "
         "as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("940549", "Loeplampen, gebruikt, 30 stuks", "BE", 240, 600, "EUR", qty=30),
                           item("901890", "Esthetische toestellen, werkend, 40 stuks", "BE", 2800, 8000, "EUR", qty=40)])),
        ("WST-04", "export", "ATROAD01", "road", "AT", [], "RS", "901831",
         "Einwegspritzen aus Kunststoff, Überproduktion, zum Recycling, 8 t", "AT", 8000, None, 1600, "EUR",
         "overproduced syringes are new, sterile-packed and boxed by size; these cartons hold the expired and "
         "recalled stock of a Graz injectables distributor: filler syringes past their date, opened botulinum-toxin "
         "and lidocaine vials and skin-booster cartridges, medicines and medical devices to be incinerated, for a "
         "Subotica 'plastics recycler': waste pharmaceuticals and clinical waste (Y3, 18 01 09), whose export for "
         "disposal outside EFTA Regulation 2024/1157 forbids, on a lorry at Nickelsdorf; German wording from Austria "
         "(expired medicines repeat in several sets; an injectables distributor's stock under a syringe-recycling "
         "label is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "KE", "854390",
         "Begagnade solarier, fungerande, 24 st.", "SE", 7200, 24, 9600, "EUR",
         "working used sunbeds are sold with their tubes and a service record; these 24 come from closed Stockholm "
         "tanning and skin clinics with cracked acrylic, burnt ballasts and PCB-filled capacitors, and each carries "
         "a box of 40 spent UV tubes, over 900 mercury lamps in all: waste electrical equipment and mercury lamps "
         "(A1180, 20 01 21*), hazardous waste whose export to a non-OECD country is banned, from Gothenburg to "
         "Mombasa; Swedish wording (sunbeds repeat in several sets, kept as a repeat of the good; from Sweden to "
         "Kenya is the new part as far as a search found)", {"importer_country": "KE"}),
        ("WST-06", "export", "HRROAD01", "road", "HR", [], "BA", "850710",
         "Rabljene akumulatorske baterije za viličare, ispravne, 60 kom", "HR", 36000, 60, 9000, "EUR",
         "working used traction batteries come with a capacity test; these 60 are cracked, sulphated and leaking, "
         "at 0 V, with acid in the trays, from a Zagreb warehouse's scrap pile, bought by weight by a Tuzla smelter: "
         "waste lead-acid batteries (A1160, 16 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, at Slavonski Brod; Croatian wording (lead-acid batteries repeat in many sets, kept as a repeat; "
         "forklift batteries to Bosnia are the new part as far as a search found; one of the rows outside the set's "
         "trade)", {"importer_country": "BA"}),
        ("WST-07", "export", "CZROAD01", "road", "CZ", [], "UA", "392310",
         "Plastové nádoby PP, použité, umyté, 6 t", "CZ", 6000, None, 600, "EUR",
         "washed used PP containers are clean, dry, empty; these are sealed suction canisters from Prague "
         "liposuction and body-contouring clinics, many still half full of fat aspirate and blood, with filters and "
         "tubing, reeking in the trailer, for a Lviv 'recycler': clinical waste (Y1, 18 01 03*), hazardous waste "
         "whose export to a non-OECD country is banned, at Vyšné Nemecké; Czech wording (clinical waste repeats in "
         "several sets; liposuction canisters under a used-container label were found in no earlier row by a "
         "keyword search)", {"importer_country": "UA"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "RS", "330499",
         "Kozmetikai termékek, lejárt szavatosságú, adományként, 4 t", "HU", 4000, None, 400, "EUR",
         "donated cosmetics are sealed creams and lotions near their date; these pallets hold a Budapest "
         "aesthetic-clinic chain's expired stock for destruction: hyaluronic fillers, botulinum-toxin vials, "
         "lidocaine and adrenaline ampoules, PRP kits and peel acids, many opened, for a Novi Sad 'charity': waste "
         "pharmaceuticals and laboratory chemicals (Y3, 18 01 06*, 18 01 09), whose export for disposal outside "
         "EFTA is forbidden, at Röszke; Hungarian wording (expired goods as donations repeat in several sets; an "
         "aesthetic clinic's injectables under a cosmetics-donation label is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "IN", "392010",
         "LDPE folie, gesorteerd, transparant, in balen, 24 t", "NL", 24000, None, 2400, "EUR",
         "sorted clear LDPE film is clean, one-grade stretch wrap in tight bales; these bales hold mixed, wet "
         "household packaging with food residue, laminates, PVC and paper, the rejects of a sorting plant, bought "
         "by a Mundra trader: mixed plastic waste (Y48), whose export to a non-OECD country the Union forbids, from "
         "Rotterdam; Dutch wording (plastic waste under film labels repeats in many sets, kept as a repeat; to India "
         "from Rotterdam is the new part as far as a search found; one of the rows outside the set's trade)",
         {"importer_country": "IN"}),
        ("WST-10", "export", "ROROAD01", "road", "RO", [], "MD", "271019",
         "Ulei de transformator regenerat, cisternă, 20 t", "RO", 20000, None, 6000, "EUR",
         "regenerated transformer oil is a pale, clear mineral oil with a test certificate; this tanker holds dark, "
         "heavy oil drained from 1970s transformers that reads 300 ppm PCB, for a Chișinău 'lubricant' firm: waste "
         "oil containing PCBs (A1180, 13 03 01*), hazardous waste whose export to a non-OECD country is banned, at "
         "Albița; Romanian wording (PCB oils repeat in many sets, kept as a repeat; from Romania to Moldova is the "
         "new part as far as a search found; one of the rows outside the set's trade)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "KR", [], "DE", "381400",
         "마이크로니들 카트리지 세척용 탈지제, 1리터 x 48병", "KR", 76, 48, 480, "USD",
         "the degreasers clinics use on microneedling pens and their cartridges are isopropanol or alkaline blends "
         "of 0.8-1.0 kg/l that burn or foam; these 48 bottles weigh 1.59 kg/l, do not burn, smell sweet like "
         "chloroform and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, "
         "flown from Incheon to Frankfurt for a Munich aesthetic-device dealer; Korean wording (carbon tetrachloride "
         "repeats in many sets and cleaner labels on it in several; a microneedling-cartridge degreaser was found in "
         "no earlier row by a keyword search)", firm("Alpina Medical Aesthetics GmbH", "DE")),
        ("OZN-02", "import", "FRAIR01", "air", "CN", [], "FR", "381400",
         "超声刀 (HIFU) 探头清洁剂, 500毫升 x 300瓶", "CN", 186, 300, 900, "USD",
         "the cleaners sold for HIFU and RF handpieces are alcohol wipes or 0.8 kg/l isopropanol sprays that burn; "
         "these 300 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell and do not "
         "burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from "
         "Guangzhou to Paris for a Nice aesthetic-device distributor; Chinese wording (HCFC-141b under cleaner "
         "labels repeats in many sets; a HIFU-probe cleaner label was found in no earlier row by a keyword search)",
         firm("Rivage Esthétique Médicale SARL", "FR")),
        ("OZN-03", "import", "GRAIR01", "air", "TR", [], "GR", "842410",
         "Lazer odası için temiz gazlı yangın söndürücü, 2 kg, 180 adet", "TR", 540, 180, 2700, "EUR",
         "the clean-agent extinguishers sold for laser rooms of aesthetic clinics hold FK-5-1-12 or CO2 with a "
         "certificate; these 180 red cans hiss, spray a liquid that vanishes into a sweet gas and the valve collars "
         "read 'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, "
         "products whose import into the Union is banned, flown from Istanbul to Athens for a clinic-fit-out firm; "
         "Turkish wording (halon 1211 repeats in many sets and clean-agent labels in several, kept as a repeat of "
         "the label; a laser-room extinguisher was found in no earlier row by a keyword search)",
         firm("Vega Klinikes Exoplismos AE", "GR")),
        ("OZN-04", "import", "ITSEA01", "sea", "IN", [], "IT", "381400",
         "हेयर सिस्टम टेप और ग्लू रिमूवर, 1 लीटर, 1,200 बोतलें", "IN", 1610, 1200, 3600, "USD",
         "the tape and glue removers of hair-replacement clinics are citrus or ester blends of 0.85 kg/l that smell "
         "of orange and burn; these 1,200 bottles weigh 1.34 kg/l, smell sweet and faintly of chloroform and do not "
         "burn: 1,1,1-trichloroethane (methyl chloroform), whose import into the Union is banned, by sea from Nhava "
         "Sheva to La Spezia for a Milan hair-transplant and hair-system clinic chain; Hindi wording (methyl "
         "chloroform repeats in several sets; a hair-system adhesive remover was found in no earlier row by a "
         "keyword search)", firm("Central Tricologia Srl", "IT")),
        ("OZN-05", "import", "ATAIR01", "air", "JP", [], "AT", "381400",
         "レーザーハンドピース光学部品用 精密洗浄剤, 1 L x 36本", "JP", 56, 36, 108000, "JPY",
         "the optics cleaners laser-clinic engineers use are reagent alcohols or HFE solvents with a data sheet; "
         "these 36 bottles weigh 1.56 kg/l, do not burn, leave no film and the caps carry an old 'R-113' stamp: "
         "CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, flown from Osaka to Vienna for "
         "an aesthetic-laser service firm; Japanese wording (CFC-113 repeats in many sets and precision-cleaner "
         "labels in several, optics-cleaner labels twice, blind234 and blind293; a laser-handpiece optics cleaner "
         "was found in no earlier row by a keyword search)",
         firm("Horizon Lasertechnik Ästhetik GmbH", "AT")),
        ("OZN-06", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "841869",
         "Električne kriokomore za celo telo, 2 kom", "CN", 4200, 2, 36000, "USD",
         "electric whole-body cryochambers run on cascade chillers charged with HFC blends with a nameplate and a "
         "certificate; these two have cascade stages whose plates read 'R13' and 'R22', and the service ports hold "
         "about 30 kg of gas in all: equipment containing CFC-13 and HCFC-22, products containing ozone-depleting "
         "substances moved through the Union without the licence Regulation 2024/590 requires, landed at Koper in "
         "transit from Shanghai to a Belgrade cryotherapy and slimming clinic; Serbian wording (HCFC-22 equipment "
         "repeats in many sets and cryolipolysis machines once, blind192; a whole-body cryochamber on CFC-13 was "
         "found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("OZN-07", "import", "ESSEA01", "sea", "MA", [], "ES", "290389",
         "غاز تبخير للتمور، قنينات 680 غ، 2,400 قنينة", "MA", 1630, 2400, 4800, "EUR",
         "date fumigation with phosphine tablets or CO2 is what packers may use; these 2,400 cans hold a heavy, "
         "faintly sweet gas that does not light, and the crate holds applicator hoses for tarpaulins: methyl "
         "bromide, whose import into the Union is banned (no quarantine exemption remains), by sea from Tanger Med "
         "to Algeciras for a date-packing firm; Moroccan Arabic wording (methyl bromide repeats in many sets, kept "
         "as a repeat; a date-fumigation label from Morocco is the new part as far as a search found; one of the "
         "rows outside the set's trade)", firm("Delta Dátiles Import SL", "ES")),
        ("OZN-08", "import", "PLROAD01", "road", "UA", [], "PL", "290342",
         "Холодоагент R-32, балони 9 кг, 140 шт.", "UA", 1260, 140, 9800, "EUR",
         "R-32 comes in refillable cylinders with a red band and quota papers; these 140 disposable cylinders read "
         "9.5 bar at 20 °C and a leak detector names HCFC-22: chlorodifluoromethane, whose import into the Union is "
         "banned, in a van at Hrebenne for a Rzeszów air-conditioning workshop; Ukrainian wording (HCFC-22 under "
         "HFC labels repeats in many sets, R-32 labels among them, kept as a repeat; from Ukraine at Hrebenne is the "
         "new part as far as a search found; one of the rows outside the set's trade)",
         firm("Orion Klimatyzacja Sp. z o.o.", "PL")),
        ("OZN-09", "export", "ESSEA01", "sea", "ES", [], "DZ", "841869",
         "Enfriadores de agua para láseres médicos, usados, 30 unidades", "ES", 3600, 30, 6000, "EUR",
         "used water chillers from aesthetic lasers sold for export run on R-134a or R-290; these 30, from Barcelona "
         "laser clinics' 1990s CO2 and ruby systems, still read 'R12' and 'R502' on their plates and hold their "
         "charges: equipment relying on and containing CFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Valencia to Oran; Spanish wording (CFC equipment for export repeats in many sets, kept as "
         "a repeat; a medical-laser chiller was found in no earlier row by a keyword search)",
         {"importer_country": "DZ"}),
        ("OZN-10", "import", "NLAIR01", "express", "TH", [], "NL", "901890",
         "Derma roller microneedling sets, titanium 0.5 mm, 100 pcs", "TH", 4, 100, 300, "USD",
         "an express parcel for an Utrecht aesthetic clinic: microneedling rollers and sheet masks are what the "
         "Bangkok supplier sends, but the second item's 'after-laser cooling mist' are 24 aerosol cans that frost "
         "the nozzle and whose small print gives 'dichlorodifluoromethane': products containing CFC-12, whose import "
         "into the Union is banned, hidden as the second item of a three-item declaration; Thai English wording "
         "(CFC-12 aerosols repeat in many sets, kept as a repeat; an after-laser cooling-mist label was found in no "
         "earlier row by a keyword search)",
         dict(firm("Meridian Huidkliniek BV", "NL"),
              _more_items=[item("330499", "After-laser cooling mist, 150 ml, 24 cans", "TH", 4, 96, "USD", qty=24),
                           item("330499", "Hydrogel sheet masks, 500 pcs", "TH", 12, 250, "USD", qty=500)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ATAIR01", "air", "EG", [], "AT", "680291",
         "أواني مرمر للديكور، جديدة، 60 قطعة", "EG", 180, 60, 1200, "USD",
         "a Cairo décor shipment for a Vienna aesthetic clinic's new reception: alabaster vases and brass lanterns "
         "are what Khan el-Khalili workshops sell, but the third item's 'مكاحل ديكور' are 14 small kohl pots of "
         "worn, translucent alabaster and blue faience, with traces of black galena inside and drill marks of a "
         "bow drill, from Middle Kingdom and New Kingdom tombs: Egyptian antiquities exported without the Egyptian "
         "permit that Law 117/1983 requires and imported against Regulation 2019/880, hidden as the last item of a "
         "three-item declaration, flown from Cairo to Vienna; Egyptian Arabic wording (kohl pots repeat in many "
         "sets, and a kohl-pot label once, blind223, kept as a repeat of the good; behind clinic décor to Austria is the new part as far as a search "
         "found)",
         dict(firm("Central Ästhetikklinik Wien GmbH", "AT"),
              _more_items=[item("940550", "فوانيس نحاسية، 20 قطعة", "EG", 60, 400, "USD", qty=20),
                           item("691390", "مكاحل ديكور، 14 قطعة", "EG", 3, 70, "USD", qty=14)])),
        ("CUL-02", "import", "ITAIR01", "air", "LB", [], "IT", "701349",
         "زجاجات عطر زجاجية مقلدة للعرض، 40 قطعة", "LB", 12, 40, 200, "USD",
         "reproduction scent bottles are clear or evenly tinted, smooth and light; these 40 are thin, "
         "iridescent, weathered blown-glass unguentaria and amphoriskoi with soil in the necks and pontil scars, "
         "Roman and late Hellenistic, from Syrian and Lebanese tombs, for a Rome aesthetic clinic's display cases: "
         "archaeological objects imported against Regulation 2019/880 without export licences from their countries "
         "of origin, flown from Beirut; Lebanese Arabic wording (unguentaria repeat in many sets, kept as a repeat "
         "of the good; for an aesthetic clinic's display is the new part as far as a search found)",
         firm("Meridian Clinica Estetica Srl", "IT")),
        ("CUL-03", "import", "FRAIR01", "air", "CN", [], "FR", "830629",
         "仿古铜镜摆件, 工艺品, 12件", "CN", 14, 12, 360, "USD",
         "reproduction bronze mirrors are cast in bright, even bronze with a sprayed green patina that rubs off; "
         "these 12 have a hard, cuprite-and-malachite crust grown into the metal, worn TLV and grape-and-beast "
         "decoration and soil in the knob holes: Han and Tang bronze mirrors, whose export China forbids, flown "
         "from Xi'an to Paris for a Paris aesthetic-medicine clinic styled as a Chinese beauty salon; Chinese "
         "wording (bronze mirrors repeat in several sets, kept as a repeat of the good; for an aesthetic clinic's "
         "décor is the new part as far as a search found)", firm("Orion Médecine Esthétique SARL", "FR")),
        ("CUL-04", "import", "ITAIR01", "air", "JP", [], "IT", "442090",
         "化粧箱 漆塗り 複製品, 2点", "JP", 6, 2, 80000, "JPY",
         "reproduction lacquer make-up boxes are moulded resin or new wood with a spray lacquer; these two are "
         "Edo-period maki-e cosmetic boxes (tebako) with gold hiramaki-e, worn corners, old silk cords and a temple "
         "storehouse label, one registered as an Important Art Object: cultural property exported from Japan "
         "without the permit of the Agency for Cultural Affairs, flown from Kyoto via Osaka to Milan for a cosmetic "
         "surgeon's collection; Japanese wording (Japanese lacquer repeats in a few sets, kept as a repeat of the "
         "good; a make-up box as a reproduction is the new part as far as a search found)",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Dipinto decorativo, copia moderna, olio su tela, 1 pezzo", "IT", 18, 1, 900, "EUR",
         "a modern copy is bright, evenly cracked or uncracked, on a new canvas; this one is an 18th-century "
         "Venetian portrait on a relined canvas with old stretcher keys, a wax seal of a Treviso collection and a "
         "notified-interest reference on the back: a painting more than 70 years old by a deceased artist, exported "
         "without the Italian certificate of free circulation and the EU export licence (Regulation 116/2009), on a "
         "car at Chiasso for a Lugano hotel; Italian wording (old paintings as modern copies repeat in many sets, "
         "kept as a repeat; from Italy to Switzerland by road is the new part as far as a search found; one of the "
         "rows outside the set's trade)", {"importer_country": "CH"}),
        ("CUL-06", "import", "MTSEA01", "sea", "LY", [], "MT", "680299",
         "تمثال رخامي مقلد للحدائق، 1 قطعة", "LY", 160, 1, 600, "EUR",
         "garden statues of reconstituted marble are white, smooth and cast in one piece; this crate holds a "
         "weathered, honey-patinated marble head of Aphrodite with root marks, broken at the neck, in the style of "
         "Cyrenaican tomb sculpture, for a Sliema cosmetic-surgery clinic's entrance: an archaeological object "
         "exported from Libya without a permit and imported against Regulation 2019/880, by sea from Benghazi to "
         "Valletta; Libyan Arabic wording (Cyrenaican funerary sculpture repeats in several sets, kept as a repeat "
         "of the good; for a Maltese cosmetic-surgery clinic is the new part as far as a search found)",
         firm("Atlantic Cosmetic Surgery Ltd", "MT")),
        ("CUL-07", "import", "DEAIR01", "air", "ET", [], "DE", "490199",
         "የማስታወሻ ደብተሮች፣ በእጅ የተሰሩ፣ 6 ቁራጭ", "ET", 9, 6, 120, "USD",
         "handmade notebooks are new paper in leather covers; these six are parchment codices in wooden boards "
         "with Ge'ez text in red and black, painted saints and church seals, 17th to 19th century, taken from Tigray "
         "churches: Ethiopian manuscripts exported without the Ethiopian heritage authority's permit and imported "
         "against Regulation 2019/880, flown from Addis Ababa to Frankfurt for a dealer; Amharic wording (Ethiopian "
         "manuscripts repeat in several sets and notebook labels in many, kept as a repeat; Amharic wording to "
         "Frankfurt is the new part as far as a search found; one of the rows outside the set's trade)",
         firm("Rivage Antiquariat GmbH", "DE")),
        ("CUL-08", "import", "BGROAD01", "road", "TR", [], "BG", "690730",
         "Mozaik karo, dekoratif, 4 m2", "TR", 420, None, 400, "EUR",
         "decorative mosaic tiles are new glass or stone tesserae on a mesh; these 4 m2 are panels of limestone "
         "tesserae set in old lime mortar with a Roman hunting scene, cut from a floor in northern Syria and backed "
         "with new plaster: an archaeological object exported from Syria against Regulation 36/2012 and imported "
         "against Regulation 2019/880, on a lorry at Kapitan Andreevo for a Plovdiv dealer; Turkish wording "
         "(Syrian mosaics repeat in many sets, kept as a repeat; a tile label at Kapitan Andreevo is the new part as "
         "far as a search found; one of the rows outside the set's trade)", firm("Vega Antiki EOOD", "BG")),
        ("CUL-09", "import", "BEAIR01", "air", "NG", [], "BE", "691390",
         "Terracotta garden figures, handmade, 3 pcs", "NG", 45, 3, 150, "USD",
         "handmade garden figures are fresh, even, light terracotta; these three are heavy, pitted heads with "
         "pierced eyes and elaborate coiffures and encrusted earth, Nok terracottas of the first millennium BC: "
         "archaeological objects exported from Nigeria without the NCMM permit and imported against Regulation "
         "2019/880, flown from Lagos to Brussels for a gallery; Nigerian English wording (Nok terracottas repeat in "
         "many sets and garden-figure labels in several, kept as a repeat; from Lagos to Brussels is the new part as "
         "far as a search found; one of the rows outside the set's trade)", firm("Horizon Tribal Art SA", "BE")),
        ("CUL-10", "transit", "ESAIR01", "air", "GT", ["ES"], "AE", "711790",
         "Rodillos faciales de jade, artesanales, 50 piezas", "GT", 6, 50, 400, "USD",
         "jade face rollers are new, polished, pale-green stone on a metal frame; this box holds 50 loose, drilled "
         "beads, ear flares and a carved mask plaque of deep-green jadeite with string-sawn cuts and cinnabar "
         "traces, Classic Maya: archaeological objects exported from Guatemala against its heritage law, landed at "
         "Madrid in transit from Guatemala City to a Dubai aesthetic-clinic owner's collection; Guatemalan Spanish "
         "wording (Maya jade repeats in several sets and a jade face-roller label once, blind285; kept as a repeat, "
         "Maya jade in transit through Madrid is the new part as far as a search found)", {"importer_country": "AE"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "901890",
         "Diodenlaser-Haarentfernungsgeräte 808 nm, 6 Stück", "DE", 60, 6, 18000, "EUR",
         "diode hair-removal machines are trolley units with a handpiece holding a few hundred watts of bars behind "
         "a sapphire window; these six 10 kg boxes hold no handpiece or screen but water-cooled, fibre-coupled "
         "laser-diode stacks of several kilowatts each, at 25,000 EUR apiece, for a Yerevan 'aesthetic-clinic "
         "supplier' whose earlier consignments went on to Russia: lasers controlled under dual-use 6A005, on the "
         "list whose export to Russia Regulation 833/2014 forbids, exported without a licence and for re-export, "
         "flown from Munich; German wording (high-power lasers repeat in several sets, aesthetic-laser labels "
         "once, blind223, a tattoo-removal laser, and hair-removal labels twice, blind192 and blind223, on IPL goods; "
         "a diode-laser hair-removal label on laser-diode stacks was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "LB", "330499",
         "Peptide cosmétique acétyl hexapeptide-8 (effet « botox-like »), lyophilisé, 10 flacons", "FR", 0.2, 10, 400,
         "EUR",
         "acetyl hexapeptide-8 is a cosmetic peptide sold by the gram as a white powder at a few euros a gram; "
         "these ten vials, shipped cold with biohazard liners, hold unformulated, research-grade botulinum "
         "neurotoxin type A from a Lyon reagent supplier, with no albumin or medicinal-product licence, for a Beirut "
         "'aesthetic clinic' whose forwarder is in Damascus: a toxin controlled under dual-use 1C351, exported "
         "without the licence Regulation 2021/821 requires and bound for Syria; French wording (toxins repeat in a "
         "few sets; a 'botox-like' peptide label was found in no earlier row by a keyword search)",
         {"importer_country": "LB"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "KG", "330499",
         "Crema mani idratante, 200 vasetti", "IT", 60, 200, 1600, "EUR",
         "hand creams are 50-100 ml tubes at a few euros; these 200 jars are 50 ml anti-ageing creams of a Swiss "
         "and Italian luxury range with gold leaf and caviar extract in lacquered boxes, at 650 EUR each retail, for "
         "a Bishkek 'pharmacy' whose orders go on to Moscow aesthetic clinics: luxury cosmetics above 300 EUR an "
         "item, whose export to Russia (and through third countries) Regulation 833/2014 forbids, flown from Milan; "
         "Italian wording (luxury goods via Central Asia repeat in many sets; luxury creams under a hand-cream label "
         "were found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-04", "import", "ITAIR01", "air", "AE", [], "IT", "710812",
         "ورق ذهب عيار 24 للعلاجات التجميلية للوجه، 2,000 دفتر", "AE", 2.4, 2000, 6000, "USD",
         "gold-leaf facial sheets are a few milligrams of beaten gold on tissue, at a few euros a booklet; these "
         "2,000 booklets hold thick foils and cut bar, 2.4 kg of fine gold worth 200,000 USD, with Russian assay "
         "stamps on the offcuts and an Emirati certificate of origin, for a Milan aesthetic-clinic supplier: gold "
         "of Russian origin, whose import into the Union Regulation 833/2014 forbids, flown from Dubai; Emirati "
         "Arabic wording (Russian gold repeats in several sets, blind296 among them, and Russian gold leaf once, "
         "blind195, as Dutch metal, kept as a repeat of the good; a 24k facial gold-leaf label was found in no "
         "earlier row by a keyword search)",
         firm("Vega Estetica Forniture Srl", "IT")),
        ("STR-05", "export", "PLAIR01", "air", "PL", [], "AM", "852589",
         "Analizatory skóry twarzy z kamerą, 20 sztuk", "PL", 40, 20, 6000, "EUR",
         "facial skin analysers are visible and UV cameras in a hood with a tablet at 3,000 EUR; these 20 are "
         "cooled mid-wave thermal camera cores with 640x512 detectors and no hood, at 18,000 EUR each, for a "
         "Yerevan 'aesthetic-clinic chain' that trades with Russian drone makers: thermal imaging cameras "
         "(dual-use 6A003) on the list whose export to Russia Regulation 833/2014 forbids, exported without a "
         "licence and for re-export, flown from Warsaw; Polish wording (thermal cores repeat in many sets and a "
         "skin-analyser label on them once, blind223; kept as a repeat, from Poland to Armenia is the new part as "
         "far as a search found)", {"importer_country": "AM"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "TR", "901890",
         "Láseres CO2 fraccionados para medicina estética, 4 unidades", "ES", 3200, 4, 40000, "EUR",
         "fractional CO2 aesthetic lasers are 30-60 W cabinets with an articulated arm; these four 800 kg crates "
         "hold 15 kW fast-axial-flow CO2 laser sources with beam delivery for cutting, at 220,000 EUR each, for a "
         "Mersin 'aesthetic-device dealer' whose freight goes on to Bandar Abbas: lasers controlled under dual-use "
         "6A005 and listed in the Iran regulation, exported without a licence, by sea from Valencia; Spanish "
         "wording (industrial CO2 lasers repeat in a few sets; a fractional aesthetic-laser label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-07", "export", "LTAIR01", "air", "LT", [], "UZ", "901890",
         "RF mikroadatų prietaisai (frakcinis RF), 12 vnt.", "LT", 48, 12, 7200, "EUR",
         "RF microneedling devices are cart units with a 50-80 W generator and a needle handpiece; these 12 boxes "
         "hold broadband GaN RF power amplifiers of several hundred watts and frequency synthesisers, no handpiece "
         "among them, for a Tashkent 'beauty-equipment' firm whose forwarder delivers to a Moscow electronic-warfare "
         "maker: RF amplifiers (3A001.b) and electronics on the common high-priority list, whose export to Russia "
         "and re-export through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording "
         "(RF amplifiers repeat in several sets; an RF-microneedling label was found in no earlier row by a keyword "
         "search)", {"importer_country": "UZ"}),
        ("STR-08", "export", "ATAIR01", "air", "AT", [], "IQ", "940290",
         "Behandlungsliegen für ästhetische Kliniken, 10 Stück", "AT", 900, 10, 15000, "EUR",
         "a Vienna clinic-equipment shipment for an Erbil aesthetic clinic: treatment couches and skin analysers are "
         "what such clinics buy, but the third item's 'Liposuktions-Absaugpumpen' are six turbomolecular pumps with "
         "controllers, able to pump uranium hexafluoride, whose buyer's address is a Tehran trading house: vacuum "
         "pumps controlled under dual-use 2B231 and listed in the Iran regulation, exported without a licence, "
         "hidden as the last item of a three-item declaration, flown from Vienna; German wording from Austria "
         "(vacuum pumps repeat in several sets; a liposuction-pump label was found in no earlier row by a keyword "
         "search)",
         dict({"importer_country": "IQ"},
              _more_items=[item("902219", "Hautanalysegeräte, 4 Stück", "AT", 60, 8000, "EUR", qty=4),
                           item("841410", "Liposuktions-Absaugpumpen, 6 Stück", "AT", 120, 6000, "EUR", qty=6)])),
        ("STR-09", "export", "CZROAD01", "road", "CZ", [], "RS", "845710",
         "Dřevoobráběcí centra, použitá, 2 ks", "CZ", 14000, 2, 60000, "EUR",
         "used woodworking centres are light routers with vacuum tables; these two are 5-axis metal machining "
         "centres with a tilting spindle head and positioning accuracy under 6 µm, for a Belgrade firm that ships "
         "on to a Russian arms maker: machine tools controlled under dual-use 2B001 and on Annex XXIII, whose "
         "export to Russia Regulation 833/2014 forbids, exported without a licence and for re-export, on a lorry "
         "from Brno; Czech wording (machining centres repeat in many sets, kept as a repeat; a woodworking label "
         "from Czechia to Serbia is the new part as far as a search found; one of the rows outside the set's trade)",
         {"importer_country": "RS"}),
        ("STR-10", "import", "LTROAD01", "road", "BY", [], "LT", "440131",
         "Древесные пеллеты, происхождение Латвия, 24 т", "LV", 24000, None, 5200, "EUR",
         "Latvian wood pellets carry ENplus codes of a Latvian plant; these bags carry the codes of a Belarusian "
         "plant under the new stickers and were loaded at Baranovichi: Belarusian wood products, whose import into "
         "the Union Regulation 765/2006 forbids, at Medininkai for a Kaunas heating-fuel trader; Russian wording "
         "(Belarusian wood under another origin repeats in several sets, kept as a repeat; pellets under Latvian "
         "origin are the new part as far as a search found; one of the rows outside the set's trade)",
         firm("Nordhafen Kuras UAB", "LT")),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "MX", [], "ES", "330499",
         "Crema hidratante de aceite vegetal, 400 frascos", "MX", 100, 400, 1200, "USD",
         "plant-oil moisturisers are white, light, scented emulsions; these 400 jars hold a yellowish, greasy, "
         "fish-smelling cream rendered from sea-turtle fat, the 'crema de tortuga' sold in Oaxaca markets, for a "
         "Madrid aesthetic clinic's retail shelf: products of marine turtles (Cheloniidae, CITES App. I) without "
         "CITES documents, flown from Mexico City; Mexican Spanish wording (turtle-oil creams repeat twice, kept "
         "as a repeat of the good; a plant-oil moisturiser label for an aesthetic clinic is the new part as far as "
         "a search found)", firm("Delta Clínica Estética SL", "ES")),
        ("WLF-02", "import", "DEPOST01", "post", "IN", [], "DE", "330499",
         "आयुर्वेदिक चंदन फेस पैक पाउडर, 6 x 250 ग्राम", "IN", 1.5, 6, 30, "USD",
         "sandalwood face-pack powders are pale, fragrant Santalum powders; these six packets hold a deep "
         "blood-red, scentless wood powder that stains water red: red sanders (Pterocarpus santalinus, CITES "
         "App. II) without CITES documents, posted from Chennai to a Cologne ayurvedic aesthetic practice; Hindi "
         "wording (red sanders repeats in many sets and face-pack labels on it twice, blind175 and blind283, kept "
         "as a repeat; by post to Germany in Hindi is the new part as far as a search found)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "ITAIR01", "air", "CN", [], "IT", "160432",
         "鱼子精华冻干粉 (化妆品原料), 20 公斤", "CN", 20, None, 1200, "USD",
         "freeze-dried caviar extract for cosmetics is a light, beige powder of farmed-sturgeon roe at a few "
         "hundred dollars a kilo; these 20 kg are whole, salted, large grey eggs of wild beluga in vacuum tins, "
         "sold on to Milan clinics' 'caviar facial' lines and restaurants: Huso huso caviar (CITES App. II) without "
         "CITES documents or labelling codes, flown from Shanghai; Chinese wording (caviar repeats in many sets and "
         "a caviar-extract label once, blind223, for hair masks, kept as a repeat; a freeze-dried cosmetic extract "
         "from China to Italy is the new part as far as a search found)",
         firm("Orion Cosmeceutici Srl", "IT")),
        ("WLF-04", "import", "SKPOST01", "post", "UA", [], "SK", "300490",
         "Біологічний гель для косметології, 10 банок", "UA", 3, 10, 40, "EUR",
         "cosmetology gels come in sealed tubs; this parcel holds ten water-filled jars of live, olive-striped "
         "leeches, about 600 in all, for a Košice aesthetic practice offering hirudotherapy facials: medicinal "
         "leeches (Hirudo medicinalis and H. verbana, CITES App. II) without CITES documents, posted from Kharkiv; "
         "Ukrainian wording (leeches repeat in several sets, for hirudotherapy clinics among them, kept as a repeat "
         "of the good; a cosmetology-gel label was found in no earlier row by a keyword search)", person("Mária Horváthová", "SK")),
        ("WLF-05", "import", "NLAIR01", "air", "NP", [], "NL", "121190",
         "हर्बल फेस स्क्रब कच्चा माल (जडीबुटी), 80 किलो", "NP", 80, None, 400, "USD",
         "herbal face-scrub raw material is ground walnut shell and oats; these sacks hold grey-brown, "
         "sweet-and-musty, aromatic roots of Saussurea costus (kuth) for an Amsterdam ayurvedic aesthetic clinic's "
         "scrubs: costus root (CITES App. I) without CITES documents, flown from Kathmandu; Nepali wording "
         "(costus root repeats in many sets, kept as a repeat of the good; a face-scrub label from Nepal is the new "
         "part as far as a search found)", firm("Horizon Ayurveda Kliniek BV", "NL")),
        ("WLF-06", "import", "PTAIR01", "air", "BR", [], "PT", "330129",
         "Óleo essencial de pau-de-sândalo-brasileiro (Cinnamomum), 40 litros", "BR", 36, 40, 2000, "USD",
         "Brazilian sassafras-type oils from Cinnamomum are camphor-smelling and cheap; these 40 litres smell of "
         "rose and wood and test for linalool at 85 %, distilled from wild rosewood in Amazonas, for a Porto medical "
         "spa's facial aromatherapy: rosewood oil (Aniba rosaeodora, CITES App. II, essential oil included) without "
         "the Brazilian export permit, flown from Manaus via São Paulo; Brazilian Portuguese wording (rosewood oil "
         "repeats in several sets, kept as a repeat of the good; a Cinnamomum-oil label for a medical spa is the "
         "new part as far as a search found)", firm("Rivage Spa Médico Lda", "PT")),
        ("WLF-07", "import", "NLAIR01", "air", "ZA", [], "NL", "130219",
         "Plantuittreksel vir vermaeringskapsules, droog, 30 kg", "ZA", 30, None, 1500, "USD",
         "plant extracts for slimming capsules are green-tea or garcinia powders with a certificate; these 30 kg "
         "are a bitter, green-brown powder of Hoodia gordonii stem, wild-harvested in the Karoo without the CITES "
         "export permit and labels Hoodia needs, for a Rotterdam medical slimming clinic's appetite capsules: "
         "Hoodia spp. (CITES App. II) extract without CITES documents, flown from Cape Town; Afrikaans wording "
         "(Hoodia repeats in many sets, kept as a repeat of the good; a slimming-clinic label is the new part as far "
         "as a search found)", firm("Vega Afslankkliniek BV", "NL")),
        ("WLF-08", "import", "ATAIR01", "air", "KR", [], "AT", "330499",
         "하이드로겔 시트 마스크, 2,000매", "KR", 60, 2000, 2400, "USD",
         "a Seoul skin-care shipment for a Salzburg aesthetic clinic: hydrogel sheet masks and LED masks are what "
         "the Korean supplier sends, but the third item's '한방 원료' are 40 dried musk pods with hair-covered skin and "
         "a strong animal scent, for the clinic's 'hanbang' treatments: musk of Moschus spp. (CITES App. I and II) "
         "without CITES documents, hidden as the last item of a three-item declaration, flown from Incheon to "
         "Vienna; Korean wording (musk repeats in many sets and sheet masks as a cover once, blind153, kept as a "
         "repeat; musk behind sheet masks for an aesthetic clinic is the new part as far as a search found)",
         dict(firm("Alpina Hautklinik GmbH", "AT"),
              _more_items=[item("854370", "LED 마스크, 20개", "KR", 10, 1600, "USD", qty=20),
                           item("121190", "한방 원료, 1 kg", "KR", 1, 60, "USD")])),
        ("WLF-09", "transit", "FRAIR01", "air", "MG", ["FR"], "MY", "030119",
         "Poissons d'ornement vivants, 12 caisses", "MG", 90, None, 300, "USD",
         "ornamental-fish boxes slosh and hold bagged water; these 12 are dry, padded and scratch, with 160 "
         "hatchling tortoises with star-patterned, domed shells taped inside socks: radiated tortoises "
         "(Astrochelys radiata, CITES App. I) without CITES documents, landed at Paris in transit from Antananarivo "
         "to Kuala Lumpur; Malagasy French wording (radiated tortoises repeat in many sets and ornamental-fish "
         "labels in several, kept as a repeat; a transit through Paris to Kuala Lumpur is the new part as far as a "
         "search found; one of the rows outside the set's trade)", {"importer_country": "MY"}),
        ("WLF-10", "import", "ESSEA01", "sea", "CO", [], "ES", "392690",
         "Conchas decorativas de plástico, 3.000 piezas", "CO", 2700, 3000, 900, "USD",
         "plastic decorative shells are light, seamless and even in colour; these 3,000 are heavy, pink-lipped "
         "natural shells with growth lines and drilled spires where the meat was taken: queen conch (Aliger "
         "gigas, CITES App. II) without CITES documents, by sea from Cartagena to Barcelona for a souvenir "
         "wholesaler; Colombian Spanish wording (queen conch repeats in many sets and decorative-shell labels in "
         "several, kept as a repeat; from Colombia to Barcelona is the new part as far as a search found; one of the "
         "rows outside the set's trade)",
         firm("Atlantic Souvenirs SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "KR", "DE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (amateur chemistry)", "KR", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "DE-BKA-76-0022")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CYAIR01", "air", "IL", "CY", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (silver refining hobby)", "IL", 1.4, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "CY-MOJ-76-0009")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382530",
     "Expired injectables and clinical waste from aesthetic clinics (18 01 09), for incineration, 6 t", "CH", 6000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-76-0118")], "notified clinical waste to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854999",
     "Waste aesthetic lasers and IPL machines with capacitors, for recycling at a licensed plant, 9 t", "NO", 9000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-76-0047")], "notified waste electrical equipment to a licensed recycler"),
    ("PRM-05", "ozone", "import", "ATAIR01", "air", "US", "AT", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "AT-BMK-ODS-76-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand extinguishers", "US", 300,
     12, 9000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-76-013")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Han bronze mirror, TLV pattern, documented French collection since 1925, sold at auction", "FR", 1.2, 1,
     24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-76-0311")],
     "antique bronze mirror exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970510",
     "Egyptian alabaster kohl pot, New Kingdom, documented German collection since 1931, sold at auction", "DE",
     0.3, 1, 8000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-76-0094")],
     "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "NO", "854141",
     "Fibre-coupled laser-diode stacks, 3 kW, 4 units, for a Norwegian welding-robot maker", "DE", 40, 4, 100000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-76-0213"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-76-0031")],
     "dual-use laser-diode stacks under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PLAIR01", "air", "PL", "CH", "852589",
     "Cooled mid-wave thermal camera cores, 640x512, 10 units, for a Swiss research institute", "PL", 20, 10,
     180000, "EUR", [("EXPORT_LICENCE", "PL-MRT-76-0066"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-76-0012")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "130219",
     "Hoodia gordonii dried extract, cultivated, 20 kg, for slimming capsules", "ZA", 20, None, 3000, "USD",
     [("CITES_PERMIT", "ZA-WC-76-0142")], "App. II Hoodia extract with its export permit"),
    ("PRM-12", "wildlife", "import", "SKAIR01", "air", "TR", "SK", "010690",
     "Medicinal leeches (Hirudo verbana), farmed, 2,000 live animals, for a hirudotherapy clinic", "TR", 8, 2000,
     1600, "EUR", [("CITES_PERMIT", "TR-DKMP-76-0058")], "App. II farmed leeches with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Private individual", "PRM-05": "Central Labor Analytik GmbH",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Vega Afslankkliniek BV", "PRM-12": "Orion Hirudo Klinika s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # aesthetic and laser clinics, injectables and skin-care distributors, aesthetic-device dealers and medical spas
    ("330499", "Aqua-peel hydradermabrasion solutions, salicylic, 1 l", "import", ["air"], ["KR", "US"], (8, 15), (50, 200), ["USD"], 1, S),
    ("330499", "Hydradermabrasion serum refills, 3 x 1 l kits", "import", ["express"], ["KR"], (20, 40), (1, 3), ["USD"], 1, S),
    ("330499", "Phosphatidylcholine body-contouring serum, 100 ml", "import", ["air"], ["TR", "KR"], (20, 40), (50, 200), ["EUR", "USD"], 8, S),
    ("340290", "Citric autoclave descaler, 1 l", "import", ["sea"], ["CN"], (1.5, 3), (2000, 5000), ["USD"], 0.9, S),
    ("281820", "Corundum microdermabrasion crystals, 1 kg", "import", ["air"], ["BR", "CN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("283321", "Epsom salt, magnesium sulphate, 25 kg sacks", "import", ["sea"], ["EG", "CN"], (0.2, 0.4), (10000, 20000), ["USD"], 0.04, S),
    ("330499", "Niacinamide clay whitening mask powder, 500 g", "import", ["post"], ["TH", "KR"], (20, 40), (1, 3), ["USD", "EUR"], 2, S),
    ("330499", "TCA 15 % peel kits with neutraliser, 30 ml", "import", ["express"], ["IL", "US"], (60, 120), (1, 3), ["USD"], 20, S),
    ("380894", "Quaternary-ammonium instrument disinfectant, 5 l", "import", ["road"], ["UA", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("250100", "Dead Sea bath salt, 20 kg bags", "import", ["road"], ["JO", "IL"], (0.5, 1), (4000, 10000), ["EUR"], 0.05, S),
    ("854370", "LED light-therapy face masks, new, boxed", "import", ["sea"], ["CN", "KR"], (25, 50), (1000, 3000), ["USD"], 2, S),
    ("901831", "Sterile disposable syringes, 1 ml, luer lock", "import", ["sea"], ["CN", "IN"], (4, 8), (3000, 8000), ["USD"], 200, S),
    ("901832", "Blunt microcannulas 25G, sterile, boxed", "import", ["air"], ["KR", "FR"], (150, 300), (20, 80), ["USD", "EUR"], 300, S),
    ("940290", "Electric aesthetic treatment chairs, new", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 6000), ["USD"], 0.01, S),
    ("940542", "LED magnifier lamps for aesthetic clinics", "import", ["air"], ["CN", "GB"], (15, 30), (100, 400), ["USD", "GBP"], 0.3, S),
    ("854390", "UV-free LED tanning panels, new", "import", ["sea"], ["CN", "TR"], (10, 20), (1000, 4000), ["USD"], 0.05, S),
    ("392310", "Liposuction canisters, polycarbonate, new, sterile", "import", ["air"], ["US", "KR"], (15, 30), (100, 400), ["USD"], 1, S),
    ("330499", "Hyaluronic moisturising creams, 50 ml", "import", ["sea"], ["KR", "CH"], (15, 30), (1000, 4000), ["USD", "CHF"], 10, S),
    ("381400", "Isopropanol handpiece cleaning spray, 500 ml", "import", ["air"], ["CN", "KR"], (5, 10), (100, 500), ["USD"], 2, S),
    ("381400", "Ester-based hair-system tape remover, 100 ml", "import", ["express"], ["US", "IN"], (40, 80), (1, 3), ["USD"], 8, S),
    ("842410", "FK-5-1-12 clean-agent extinguishers for laser rooms", "import", ["air"], ["TR", "US"], (8, 15), (200, 600), ["USD", "EUR"], 0.5, S),
    ("381400", "Hydrofluoroether precision optics cleaner, 1 l", "import", ["air"], ["JP", "US"], (30, 60), (20, 100), ["USD"], 0.7, S),
    ("841869", "Electric cryotherapy chambers on R-290, new", "import", ["sea"], ["CN", "PL"], (8, 14), (2000, 5000), ["USD", "EUR"], 0.0005, S),
    ("901890", "Titanium derma rollers, 0.5 mm, boxed", "import", ["post", "express"], ["CN", "TH"], (60, 120), (1, 3), ["USD"], 25, S),
    ("330499", "After-laser cooling gel, aloe, 250 ml", "import", ["post"], ["TH", "KR"], (15, 30), (1, 3), ["USD"], 4, S),
    ("680291", "Alabaster reception vases, new, polished", "import", ["sea"], ["EG", "OM"], (2, 4), (1000, 3000), ["USD"], 0.3, S),
    ("701349", "Reproduction blown-glass scent bottles, new", "import", ["post"], ["LB", "TR"], (30, 60), (1, 3), ["USD", "EUR"], 3, S),
    ("830629", "Brass hand mirrors, antique finish, new", "import", ["express"], ["CN", "IN"], (20, 40), (1, 3), ["USD"], 4, S),
    ("442090", "Lacquered wooden make-up boxes, new", "import", ["air"], ["JP", "VN"], (20, 40), (50, 200), ["USD", "JPY"], 1, S),
    ("680299", "Reconstituted-marble garden statues, new", "import", ["sea"], ["CN", "EG"], (1, 2), (3000, 8000), ["USD"], 0.05, S),
    ("711790", "Jade facial rollers and gua sha stones, new", "import", ["express"], ["CN", "GT"], (40, 80), (1, 3), ["USD"], 10, S),
    ("901890", "Diode laser hair-removal machines, 808 nm, complete", "import", ["air"], ["CN", "DE"], (60, 120), (200, 800), ["USD", "EUR"], 0.02, S),
    ("852589", "Facial skin-analysis cameras with tablet, visible and UV", "import", ["air"], ["CN", "KR"], (100, 200), (50, 200), ["USD"], 0.1, S),
    ("901890", "Fractional CO2 aesthetic lasers, 30 W, with arm", "import", ["air"], ["KR", "IL"], (80, 150), (200, 600), ["USD"], 0.01, S),
    ("901890", "RF microneedling devices, complete with handpiece", "import", ["air"], ["KR", "IL"], (100, 200), (100, 400), ["USD"], 0.03, S),
    ("330499", "Gold-leaf facial sheet masks, boxed", "import", ["express"], ["AE", "KR"], (60, 120), (1, 3), ["USD"], 15, S),
    ("330499", "Plant-oil moisturising creams, 100 ml", "import", ["air"], ["MX", "BR"], (10, 20), (100, 400), ["USD"], 8, S),
    ("330129", "Ho-wood essential oil (Cinnamomum camphora, linalool type), drums", "import", ["sea"], ["CN", "VN"], (12, 20), (1000, 3000), ["USD"], None, S),
    ("130219", "Green-tea extract powder for slimming capsules", "import", ["air"], ["CN", "IN"], (20, 40), (100, 400), ["USD"], None, S),
    ("330499", "Hydrogel sheet masks, boxed", "import", ["sea"], ["KR", "CN"], (8, 15), (1000, 4000), ["USD"], 40, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460219", "Willow bicycle baskets", "import", ["sea"], ["CN", "PL"], (3, 6), (2000, 6000), ["USD", "EUR"], 1.5, N),
        ("691390", "Ceramic incense holders, glazed", "import", ["sea"], ["IN", "CN"], (2, 4), (2000, 6000), ["USD"], 8, N),
        ("830250", "Brass picture hooks, boxed", "import", ["post", "express"], ["GB", "DE"], (20, 40), (1, 3), ["GBP", "EUR"], 60, N),
        ("482030", "Cardboard magazine files, office", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind299", 20760101, HERE)


if __name__ == "__main__":
    main()
