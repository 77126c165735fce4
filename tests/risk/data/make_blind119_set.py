#!/usr/bin/env python3
"""Writes the hundred-and-nineteenth blind set (tests/risk/data/blind119-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2046, with goods, routes,
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
would. Ids are BL119-*:

    python3 tests/risk/data/make_blind119_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2046, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2046
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "AM", [], "FR", "220110",
         "Ջերմուկ բնական հանքային ջուր, 1 լ շշեր, 6 հատ", "AM", 7.0, 6, 4200, "AMD",
         "Jermuk is a sparkling, slightly salty mineral water of 1.00 kg/l sold in green glass; these six PET bottles "
         "have vented caps and hold a still, water-clear liquid of 1.13 kg/l with no fizz and no salt, that whitens "
         "the skin and foams on a cut: about 35 % hydrogen peroxide (Annex I above 12 %, Regulation 2019/1148), "
         "posted from Yerevan to a private person in Marseille; Armenian wording (hydrogen peroxide repeats in many "
         "sets and water-like drink covers in several, a coconut-water label in blind112 among them; a mineral-water "
         "label, and Jermuk, were found in no earlier row by a keyword search)",
         person("Mme A. Petrossian", "FR")),
        ("PRE-02", "import", "SEPOST01", "post", "NO", [], "SE", "330749",
         "Påfyll til duftpinner (reed diffuser), lavendel, 4 x 1 liter", "NO", 4.8, 4, 390, "NOK",
         "reed-diffuser refill is a glycol-based fragrance liquid of about 0.95-1.0 kg/l that smells strongly of its "
         "perfume; these four bottles hold a colourless liquid of 1.14 kg/l with only a faint fruity, chemical smell "
         "and no lavender at all, and under the labels the filler's remnant reads 'nitrometan', sold through a "
         "Norwegian classifieds site to a Swedish model-engine and drag-racing hobbyist: nitromethane (Annex I above "
         "16 %), posted from Oslo to Gävle, although flammable liquids go by post only as declared dangerous goods; "
         "Norwegian wording (nitromethane repeats in many sets under fuel, oil, drink and cleaner labels, a "
         "washer-fluid label in blind83 among them; a reed-diffuser label was found in no earlier row by a keyword "
         "search)",
         person("Mr L. Nilsson", "SE")),
        ("PRE-03", "import", "IEPOST01", "post", "NG", [], "IE", "151530",
         "Epo lara (castor oil), pure cold pressed, for hair and edges, 4 x 1 litre", "NG", 7.6, 4, 18000, "NGN",
         "castor oil is a thick, pale-yellow vegetable oil of 0.96 kg/l that floats on water and smells faintly "
         "nutty; these four bottles are water-clear, oily, weigh 1.84 kg/l, sink and grow hot in water and char a "
         "cotton bud black: about 96 % sulphuric acid (Annex I above 15 %), posted from Lagos to a private person in "
         "Dublin, although corrosive liquids go by post only as declared dangerous goods; Nigerian English wording "
         "with the Yoruba name (sulphuric acid repeats in many sets under syrup and oil covers; a castor-oil label "
         "was found in no earlier row by a keyword search)",
         person("Mrs A. Okafor", "IE")),
        ("PRE-04", "import", "HUAIR01", "air", "MY", [], "HU", "210690",
         "Serbuk santan kelapa segera, paket 1 kg, 400 paket", "MY", 400, 400, 1600, "USD",
         "instant coconut-milk powder is a creamy, fatty, off-white powder that smells of coconut and dissolves into "
         "a milky drink; these 400 bags hold a hard, white, odourless crystalline powder that sinks in water without "
         "turning milky and burns violently mixed with sugar, and the inner liners read 'KClO4 99 %', for a Budapest "
         "Asian supermarket that sells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Kuala Lumpur; Malay wording (potassium perchlorate "
         "repeats in many sets and food-powder covers in several, arrowroot in blind112 among them; a "
         "coconut-milk-powder label was found in no earlier row by a keyword search)",
         firm("Orion Ázsia Élelmiszer Kft.", "HU")),
        ("PRE-05", "import", "DKPOST01", "post", "IS", [], "DK", "250100",
         "Flögusalt frá Reykjanesi, handunnið, 6 x 250 g", "IS", 1.6, 6, 9000, "ISK",
         "Icelandic flake salt is thin, hollow pyramids that crush between the fingers and taste sharply of salt; "
         "these six tins hold dense, colourless, tasteless crystals that draw damp, and a pinch on a hot pan flares "
         "yellow and crackles: sodium chlorate (Annex I above 40 %), posted from Reykjavík to a private person in "
         "Aarhus; Icelandic wording (sodium chlorate repeats in many sets under salt and sugar labels, Korean bamboo "
         "salt in blind104 among them; a flake-salt label from Iceland was found in no earlier row by a keyword "
         "search)",
         person("Mette Jensen", "DK")),
        ("PRE-06", "import", "GRROAD01", "road", "MK", [], "GR", "282720",
         "Калциум хлорид, гранули за апсорбери на влага, вреќи 25 кг, 720 вреќи", "MK", 18000, 720, 5400, "EUR",
         "calcium chloride for moisture-absorber refills is a flaky or granular white salt that grows warm when "
         "wetted and runs to brine in damp air; these 720 sacks hold round white prills that grow ice-cold in water, "
         "test at 34 % N and melt and fume on a hot plate, for a Thessaloniki household-goods chain that repacks "
         "them into 1 kg refill bags for the public: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, on a lorry at Evzonoi; Macedonian wording (ammonium nitrate repeats in many sets and "
         "calcium-chloride labels in several; a moisture-absorber-refill label was found in no earlier row by a "
         "keyword search)",
         firm("Delta Oikiaka AE", "GR")),
        ("PRE-07", "import", "FRSEA01", "sea", "CA", [], "FR", "330749",
         "Eau de linge parfumée à la lavande, bouteilles de 1 L, 3 000 bouteilles", "CA", 3600, 3000, 9000, "CAD",
         "scented linen water is demineralised water with a trace of lavender oil, 1.00 kg/l, that smells strongly of "
         "lavender; these 3,000 bottles hold a colourless liquid of 1.20 kg/l with no scent, that fizzes on a cut, "
         "whitens the skin and has vented caps, for a Lyon home-fragrance wholesaler that supplies gift shops selling "
         "to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, by "
         "sea from Montréal to Le Havre; Québec French wording (hydrogen peroxide repeats in many sets under "
         "water-like labels, ironing water and an orange-blossom water (blind104) among them; a linen-water label "
         "was found in no earlier row by a keyword search)",
         firm("Rivage Maison et Senteurs SARL", "FR")),
        ("PRE-08", "import", "BEAIR01", "air", "TH", [], "BE", "711311",
         "ชิ้นส่วนเครื่องประดับเงินแท้ 925 (ตะขอ ห่วง โซ่), 12 กก.", "TH", 12, None, 9000, "USD",
         "a jewellery-supplies air shipment for an Antwerp web shop that sells to hobby jewellers: sterling findings "
         "and loupes are what such shops buy in Bangkok, but the third item's 'rhodium plating solution', 240 bottles "
         "at 2 USD each for a liquid that costs hundreds of dollars a bottle, is a colourless to yellowish, fuming "
         "liquid of 1.40 kg/l that stains the skin yellow and eats into a copper coin, with no rhodium in it: about "
         "65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, flown from Bangkok; Thai wording (nitric acid repeats in many sets, a "
         "jewellery-cleaner label from Bangkok in blind47 among them; a rhodium-plating label was found in no earlier "
         "row by a keyword search)",
         dict(firm("Meridian Juwelierbenodigdheden BV", "BE"),
              _more_items=[item("901380", "แว่นขยายช่างอัญมณี 10x, 300 ชิ้น", "TH", 15, 900, "USD", qty=300),
                           item("381090", "น้ำยาชุบโรเดียม ขวด 500 มล., 240 ขวด", "TH", 170, 480, "USD", qty=240)])),
        ("PRE-09", "import", "NLAIR01", "express", "TW", [], "NL", "283640",
         "拉麵用鹼粉（鹼水粉），500 公克 x 6 包", "TW", 3.1, 6, 900, "TWD",
         "kansui powder for ramen is potassium and sodium carbonate: a white, soapy-tasting alkali that fizzes with "
         "vinegar and turns noodle dough yellow; these six bags hold glassy, tasteless crystals that do not fizz with "
         "vinegar, spit violet sparks on a hot pan and read 'KClO3' on the filler's inner labels: potassium chlorate "
         "(Annex I above 40 %), sent by express from Taichung to a private person in Utrecht; Chinese wording from "
         "Taiwan (potassium chlorate repeats in many sets under salt, alum and food-additive labels; a kansui label "
         "was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-10", "import", "PTPOST01", "post", "BR", [], "PT", "292529",
         "Creatina monohidratada pura, 100 % micronizada, 3 potes de 1 kg", "BR", 3.2, 3, 450, "BRL",
         "micronised creatine monohydrate is a fine, white, chalky powder that mixes cloudy in water and tastes of "
         "nothing; these three tubs hold coarse, glassy, damp crystals that dissolve clear in seconds with a cold "
         "feel, and a pinch with sugar burns fiercely: sodium perchlorate (Annex I above 40 %), posted from São Paulo "
         "to a private person in Porto; Brazilian Portuguese wording (sodium perchlorate repeats in many sets under "
         "sweetener, salt and supplement labels; a creatine label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
    ],
    "waste": [
        ("WST-01", "transit", "ITSEA01", "sea", "CH", ["IT"], "TN", "281990",
         "Ossido di cromo verde, pigmento per smalti ceramici, big bag, 20 t", "CH", 20000, None, 5000, "CHF",
         "chromium oxide green is a dry, bright, even olive-green powder sold with a colour certificate; these bags "
         "hold lumpy, damp, grey-green filter cake that smells of acid and reads chromium, nickel and zinc with "
         "cyanide traces, from a Ticino electroplating shop's effluent press: galvanic sludge (11 01 09*), hazardous "
         "waste whose export to a non-OECD country Swiss law and the Basel ban amendment forbid, moved without the "
         "consent a transit through Italy needs, trucked to Genoa and declared in transit to Sfax for a 'ceramics' "
         "buyer; Swiss Italian wording (galvanic sludge repeats in many sets under pigment labels, iron-oxide pigment "
         "among them; a chromium-oxide-green label in transit through Italy was found in no earlier row by a keyword "
         "search)", {"importer_country": "TN"}),
        ("WST-02", "export", "MTSEA01", "sea", "MT", [], "LY", "251200",
         "Art dijatomaċea għall-filtrazzjoni, boroż kbar, 22 t", "MT", 22000, None, 2640, "EUR",
         "diatomaceous-earth filter aid is a chalk-white, feather-light powder (about 300 kg/m3) with a data sheet; "
         "these big bags hold a grey, heavy (900 kg/m3), salty, alkaline ash that hisses and smells of ammonia when "
         "wetted and reads lead, zinc, cadmium and dioxins, from the flue-gas cleaning of a Maltese thermal treatment "
         "plant: incinerator fly ash (19 01 13*), hazardous waste whose export to a non-OECD country is banned, from "
         "Marsaxlokk to Misrata for a 'water-treatment' buyer; Maltese wording (fly ash repeats in many sets under "
         "cement and filler labels; a diatomaceous-earth label was found in no earlier row by a keyword search)",
         {"importer_country": "LY"}),
        ("WST-03", "export", "SISEA01", "sea", "SI", [], "IN", "380130",
         "Elektrodna masa (Söderberg), ogljikova, v kosih, 24 t", "SI", 24000, None, 4800, "EUR",
         "Söderberg electrode paste is clean, black, briquetted carbon and pitch that softens when warmed; these bags "
         "hold broken cathode blocks and refractory bricks crusted with white bath salt that smell of ammonia when "
         "wet, read fluoride and cyanide and carry the cell numbers of a Kidričevo potline: spent pot lining "
         "(16 11 01*), hazardous waste whose export to a non-OECD country is banned, from Koper to Mundra for a "
         "'ferro-alloy plant'; Slovenian wording (spent pot lining repeats in many sets under carbon and "
         "cathode-block labels; an electrode-paste label was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-04", "export", "FISEA01", "sea", "FI", [], "IN", "750400",
         "Nikkelijauhe jauhemetallurgiaan, tynnyrit, 12 t", "FI", 12000, None, 84000, "EUR",
         "nickel powder for powder metallurgy is a dry, grey, free-flowing metal in inert-gas-filled drums; these "
         "drums hold a black, fatty paste under water and oil that smells of rancid fat, self-heats and sparks when it "
         "dries and reads nickel on aluminium with edible-oil residues, from a margarine plant's fat-hardening line: "
         "spent Raney-nickel catalyst (16 08 02*, pyrophoric), hazardous waste whose export to a non-OECD country is "
         "banned, from Kotka to Nhava Sheva for a 'metal powders' buyer; Finnish wording (spent catalysts repeat in "
         "many sets and nickel-powder labels twice, on dual-use rows; a fat-hardening catalyst under a nickel-powder "
         "label was found in no earlier waste row by a keyword search)", {"importer_country": "IN"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "AO", "253090",
         "Areia de olivina para fundição, granulometria 0,2-0,6 mm, big bags, 24 t", "PT", 24000, None, 2400, "EUR",
         "olivine foundry sand is a clean, olive-green, rounded mineral grain sold by sieve grade; these bags hold "
         "black, glassy, angular copper-slag grit mixed with flakes of red and blue paint that read tributyltin and "
         "copper, swept from the dry-dock floor of a Setúbal shipyard: spent blasting grit with antifouling residues "
         "(12 01 16*), hazardous waste whose export to a non-OECD country is banned, from Setúbal to Luanda for a "
         "'foundry'; Portuguese wording (spent grit repeats in many sets under garnet and abrasive labels; an "
         "olivine label was found in no earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-06", "export", "ROSEA01", "sea", "RO", [], "GE", "680610",
         "Vată minerală bazaltică recuperată, plăci și cochilii, 14 t", "RO", 14000, None, 700, "EUR",
         "reclaimed basalt rock wool would be green-brown, springy slabs in film; these bales hold grey, crumbling, "
         "chalky pipe sections and cloth-wrapped lagging that shed fibres and show amosite and chrysotile under a "
         "lens, stripped from a Bucharest district-heating main: asbestos insulation (17 06 01*), hazardous waste "
         "whose export to a non-OECD country is banned, from Constanța to Poti for a 'construction' buyer; Romanian "
         "wording (asbestos lagging repeats in several sets and a glass-wool demolition cover once, blind52; a "
         "rock-wool label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "BA", "870899",
         "Rabljeni rezervni dijelovi za traktore, 2 t", "HR", 2000, None, 3000, "EUR",
         "a farm-supplies lorry for a Bijeljina cooperative: tractor parts and NPK are what Slavonian dealers sell "
         "across the Sava, but the third item's 180 canisters of 'plant-protection product' carry faded labels of "
         "atrazine, endosulfan and lindane products withdrawn from the Union years ago, bulging and leaking, from a "
         "cooperative store being cleared: obsolete pesticides (02 01 08*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, at Slavonski Brod; "
         "Croatian wording (obsolete pesticides repeat in several sets; behind tractor parts and fertiliser to "
         "Bosnia is the new part as far as a search found)",
         dict({"importer_country": "BA"},
              _more_items=[item("310520", "Gnojivo NPK 15-15-15, vreće 50 kg, 400 vreća", "HR", 20000, 8000, "EUR", qty=400),
                           item("380893", "Sredstvo za zaštitu bilja, kanisteri 20 l, 180 kom", "HR", 3600, 1800, "EUR", qty=180)])),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "EG", "253090",
         "Σαντορινιά γη (ποζολάνη) για τσιμέντο, χύμα, 26 t", "GR", 26000, None, 1040, "EUR",
         "Santorini earth is a light, pale-grey volcanic ash, pumice-flecked and low in metals; these bags hold "
         "heavy, grey-black, fine sand and slag from the old Lavrion lead-silver workings that read several per cent "
         "lead with arsenic and cadmium: hazardous mining and smelting residues (01 03 04*, 10 04 01*), whose export "
         "to a non-OECD country is banned, from Piraeus to Alexandria for a 'cement plant'; Greek wording (pozzolan "
         "labels repeat in several sets on other wastes; Santorini earth, and Lavrion tailings, were found in no "
         "earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-09", "export", "HUROAD01", "road", "HU", [], "RS", "282110",
         "Vas-hidroxid granulátum (GEH), regenerált, víztisztításhoz, 22 t", "HU", 22000, None, 6600, "EUR",
         "regenerated granular ferric hydroxide comes washed and dry with a certificate of leachable arsenic; these "
         "bags hold wet, exhausted, brown granules from the arsenic-removal filters of Great Plain waterworks, "
         "reading over 2 % arsenic and never regenerated: spent arsenic-loaded adsorbent from water treatment, "
         "hazardous waste (HP 6, HP 14) whose export to a non-OECD country is banned, at Röszke for a Subotica 'water "
         "utility supplier'; Hungarian wording (arsenic-bearing wastes repeat in several sets; a ferric-hydroxide "
         "label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-10", "export", "SKROAD01", "road", "SK", [], "UA", "250590",
         "Riečny piesok, praný, frakcia 0-4 mm, na stavebné účely, 25 t", "SK", 25000, None, 500, "EUR",
         "washed river sand for building is pale, clean, rounded quartz; this tipper holds dark, silty, "
         "oily-smelling sediment with shell grit, dredged from the canals below the Strážske chemical works and "
         "reading several hundred mg/kg of PCBs: contaminated dredging spoil (17 05 05*), hazardous waste whose export "
         "to a non-OECD country is banned, at Vyšné Nemecké for an Uzhhorod builders' merchant; Slovak wording "
         "(dredging spoil repeats in a few sets and a beach-sand label in two; a river-sand label was found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "290110",
         "异戊烷发泡剂, 99 %, 200 升钢桶, 60 桶", "CN", 17900, 60, 21000, "USD",
         "isopentane blowing agent is a very light (0.62 kg/l), highly flammable liquid that boils at 28 °C; these 60 "
         "drums weigh 300 kg each, more than twice what 200 l of isopentane can, carry no flammable label, do not "
         "burn, boil at 24 °C and their heads are stamped 'F-11': trichlorofluoromethane (CFC-11), whose import into "
         "the Union is banned, by sea from Tianjin to Ravenna for an Emilian sandwich-panel maker; Chinese wording "
         "(CFC-11 repeats in many sets under cyclopentane, methyl-formate and HFO labels; an isopentane label was "
         "found in no earlier row by a keyword search)", firm("Alpina Pannelli Srl", "IT")),
        ("OZN-02", "transit", "GRSEA01", "sea", "IN", ["GR"], "TR", "842410",
         "IG-55 (आर्गोनाइट) अग्निशमन सिलेंडर, 80 लीटर, 120 नग", "IN", 14400, 120, 36000, "USD",
         "IG-55 (argon and nitrogen) cylinders are tall 300-bar bottles whose gas weighs little and does not slosh; "
         "these 120 red bottles read 42 bar, slosh with a liquefied gas, and their overstamped valve plates read "
         "'Halon 1301 / BTM': bromotrifluoromethane recovered from ships broken at Alang, a controlled substance moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Piraeus in transit from "
         "Mundra to Aliağa for a Turkish shipyard; Hindi wording (halon 1301 repeats in many sets; an IG-55 label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("OZN-03", "import", "HUROAD01", "road", "RS", [], "HU", "870790",
         "Izotermne nadogradnje za hladnjače, PUR paneli, 6 kom.", "RS", 9000, 6, 48000, "EUR",
         "insulated bodies for refrigerated trucks sold in the Union are foamed with cyclopentane or an HFO and carry "
         "the foam maker's declaration; a core cut from the door of one of these six bodies gives off "
         "1,1-dichloro-1-fluoroethane when crushed and the Novi Sad builder's batch sheets name 'R-141b': products "
         "containing HCFC-141b, whose import into the Union is banned, on a lorry at Röszke for a Kecskemét trailer "
         "dealer; Serbian wording (HCFC-141b foams repeat in many sets under panel and pipe labels, Serbian "
         "cold-store panels in blind45 among them; a refrigerated-truck-body label was found in no earlier row by a "
         "keyword search)",
         firm("Vega Hűtőkocsi Kft.", "HU")),
        ("OZN-04", "import", "DESEA01", "sea", "JP", [], "DE", "841989",
         "恒温恒湿器（中古）、整備済み、8台", "JP", 4800, 8, 3600000, "JPY",
         "refurbished climate test chambers from Japan are sold with an R-449A or CO2 charge and a conversion "
         "certificate; these eight 1990s cabinets keep their original refrigeration circuits, the compressor plates "
         "read 'R-22' and the low stage 'R-23', and a leak detector at the service valves reads "
         "chlorodifluoromethane: equipment containing HCFC-22, whose import into the Union is banned, by sea from "
         "Yokohama to Hamburg for a Stuttgart test-lab reseller; Japanese wording (R-22 equipment repeats in many "
         "sets, and a climate-test-chamber label once, in development set dev26-a, on an HFC case; on R-22 "
         "equipment from Japan it was found in no earlier row by a keyword search)",
         firm("Central Prüftechnik GmbH", "DE")),
        ("OZN-05", "export", "BESEA01", "sea", "BE", [], "CI", "841869",
         "Chocoladetempermachines, gebruikt, werkend, 10 stuks", "BE", 4200, 10, 12000, "EUR",
         "used chocolate-tempering machines sold abroad are resold with their cooling units on an HFC or hydrocarbon "
         "charge; these ten continuous temperers, taken out of a Wieze chocolate plant, date from the 1990s and "
         "their condensing units' plates read 'R-22, 2.4 kg', with the charge still in them: equipment containing "
         "HCFCs, whose export from the Union is banned (Regulation 2024/590), from Antwerp to Abidjan for a cocoa "
         "grinder's new couverture line; Flemish Dutch wording (R-22 equipment for export repeats in many sets, "
         "blood-bank refrigerators in blind64 among them; a chocolate-tempering-machine label was found in no earlier "
         "row by a keyword search)", {"importer_country": "CI"}),
        ("OZN-06", "import", "ESROAD01", "road", "MA", [], "ES", "290121",
         "Gaz éthylène de mûrissage (bananes, avocats), bouteilles 50 kg, 40 bouteilles", "MA", 2000, 40, 4000, "EUR",
         "ethylene ripening gas comes compressed at 60-80 bar in tall cylinders, or as a few per cent in nitrogen, "
         "and weighs little; these 40 short, welded bottles slosh, read 2 bar, hold 50 kg each of a liquid of "
         "1.73 kg/l and their shoulders read 'CH3Br 100 %' under the stickers: methyl bromide, whose import into the "
         "Union is banned, on a lorry off the Tanger Med ferry at Algeciras for a Huelva berry grower who wants it for "
         "soil fumigation; Moroccan French wording (methyl bromide repeats in many sets under nitrogen, CO2 and "
         "fumigant labels; an ethylene-ripening-gas label was found in no earlier row by a keyword search)",
         firm("Atlantic Agrofresa SL", "ES")),
        ("OZN-07", "import", "ATROAD01", "road", "CH", [], "AT", "381400",
         "Lederreiniger für Schuhmacher, Lösungsmittel, Kanister 5 l, 60 Stück", "CH", 480, 60, 3000, "CHF",
         "shoemakers' leather cleaners are light hydrocarbon or alcohol solvents of about 0.8 kg/l that smell of "
         "petrol or spirit; these 60 cans hold a non-flammable liquid of 1.34 kg/l with a sweet, chloroform-like "
         "smell that boils at 74 °C, and the filler's drum labels in the same van read '1,1,1-Trichlorethan': methyl "
         "chloroform, whose import into the Union is banned, in a van at Feldkirch-Tisis from a St. Gallen "
         "shoe-repair supplier to an Innsbruck wholesaler; Swiss German wording (methyl chloroform repeats in many "
         "sets under solvent and cleaner labels; a shoe-repair leather-cleaner label was found in no earlier row by a "
         "keyword search)", firm("Alpina Schuhmacherbedarf GmbH", "AT")),
        ("OZN-08", "import", "GRSEA01", "sea", "TR", [], "GR", "841939",
         "Isı pompalı meyve kurutma makinesi, kabin tipi, 6 adet", "TR", 7200, 6, 30000, "EUR",
         "heat-pump fruit dryers sold in the Union now run on R-290, CO2 or a low-GWP blend; these six cabinet "
         "dryers for a Nafplio apricot packer have compressor plates reading 'R-22 / 6.5 kg', and the service gauges "
         "read chlorodifluoromethane: equipment containing HCFC-22, whose import into the Union is banned, by sea "
         "from İzmir to Piraeus; Turkish wording (R-22 equipment repeats in many sets; a fruit-dryer label was found "
         "in no earlier row by a keyword search)", firm("Horizon Georgika AE", "GR")),
        ("OZN-09", "import", "NLSEA01", "sea", "BD", [], "NL", "380510",
         "তার্পিন তেল, বিশুদ্ধ, ২০০ লিটার ড্রাম, ৪০টি", "BD", 12800, 40, 9600, "USD",
         "gum turpentine is a light (0.86 kg/l), pine-smelling, flammable oil at 1-2 USD/kg; these 40 drums weigh "
         "320 kg each, nearly twice what their volume allows, smell sweet rather than of pine, do not burn and boil at "
         "77 °C: carbon tetrachloride, whose import into the Union is banned outside licensed feedstock and "
         "laboratory uses, by sea from Chattogram to Rotterdam for a paint-and-varnish wholesaler; Bengali wording "
         "(carbon tetrachloride repeats in many sets under solvent labels; a turpentine label was found in no earlier "
         "row by a keyword search)", firm("Horizon Verf en Lak BV", "NL")),
        ("OZN-10", "import", "PLSEA01", "sea", "CN", [], "PL", "281129",
         "食品级一氧化二氮奶油气瓶, 2 公斤, 1,200 瓶", "CN", 4800, 1200, 7200, "USD",
         "2 kg cream-charger cylinders hold food-grade nitrous oxide at about 50 bar and a cold, sweetish gas; these "
         "1,200 bottles read 9 bar at 20 °C, their gas does not support a glowing splint and a refrigerant "
         "identifier reads chlorodifluoromethane: HCFC-22 in disposable cylinders, whose import into the Union is "
         "banned, by sea from Ningbo to Gdańsk for a Łódź 'catering supplies' wholesaler that sells to "
         "air-conditioning fitters; Chinese wording (HCFC-22 repeats in many sets under other gas labels; a "
         "cream-charger label was found in no earlier row by a keyword search)",
         firm("Orion Gastro Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680291",
         "Taş kakmalı tavla masası, el yapımı, yeni, 2 adet", "TR", 180, 2, 600, "EUR",
         "new backgammon tables with stone inlay have a thin veneer of even, machine-cut stone; set into these two "
         "tables as their tops are panels of irregular, weathered limestone and glass tesserae in lime mortar with a Dionysian head and a Greek "
         "inscription, cut in squares from a floor with the mortar bed on the back and fresh saw marks, from a villa "
         "site near the Euphrates at Belkıs (ancient Zeugma): Roman mosaic fragments (2nd-3rd century), "
         "archaeological objects whose export Türkiye forbids, brought in without an import licence (Regulation "
         "2019/880), in a lorry from Gaziantep through Bulgaria, Serbia, Hungary and Austria for a Düsseldorf "
         "interior shop; Turkish wording (mosaics repeat in several sets, new mosaic table tops from Türkiye in "
         "blind86 among them; a Zeugma mosaic under a backgammon-table label was found in no earlier row by a keyword "
         "search)", firm("Orion Wohnkultur GmbH", "DE")),
        ("CUL-02", "import", "ESAIR01", "express", "PA", [], "ES", "711719",
         "Bisutería chapada en oro, colgantes de animales, estilo precolombino, 6 piezas", "PA", 0.4, 6, 90, "USD",
         "gold-plated costume pendants are brass with a thin, bright plating that wears at the edges; these six are "
         "heavy, reddish cast-gold frogs, crocodile-men and a double-headed bird with lost-wax casting flaws, burial "
         "soil in the loops and a density far above brass: Coclé goldwork (AD 700-1200) from sites around Penonomé, "
         "archaeological objects whose export Panama forbids, brought in without an import licence (Regulation "
         "2019/880), sent by express from Panama City to a Madrid gallery; Panamanian Spanish wording (Coclé gold "
         "appears once, in development set dev25-c, as gold waste; a costume-jewellery label from Panama was found "
         "in no earlier row by a keyword search)", firm("Galería Atlántica SL", "ES")),
        ("CUL-03", "import", "DEPOST01", "post", "NZ", [], "DE", "442199",
         "Carved wooden hiking staff, kauri, new, hand-finished, 1 pc", "NZ", 2.2, 1, 180, "NZD",
         "new carved hiking staffs are pale, freshly oiled kauri with crisp, machine-routed patterns; this is a dark, "
         "hard, 1.7 m staff of polished hardwood with a carved double-tongued head, paua-shell eyes, dog-hair tufts, "
         "old wear at the grip and a painted collection number: a Māori taiaha (19th century), a taonga tūturu whose "
         "export without a permit New Zealand's Protected Objects Act forbids, brought in against the UNESCO 1970 "
         "convention and Regulation 2019/880, posted from Rotorua to a private collector in Cologne; New Zealand "
         "English wording (Māori taonga appear in two development sets; a hiking-staff label, and taiaha, were found "
         "in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-04", "import", "NLAIR01", "air", "BD", [], "NL", "691390",
         "পোড়ামাটির দেয়াল ফলক, নতুন, হস্তশিল্প, ২৪টি", "BD", 60, 24, 240, "USD",
         "new terracotta wall plaques from Bengal workshops are light, evenly fired and stained with fresh slip; these "
         "24 are heavy, salt-bloomed red plaques with worn reliefs of Krishna, musicians, animals and Buddhist "
         "figures, lime mortar on the backs and broken edges where they were prised from a brick wall: Pala-period "
         "temple plaques (8th-12th century) from the Paharpur and Mainamati monastery sites, archaeological objects "
         "whose export Bangladesh forbids, brought in without an import licence (Regulation 2019/880), flown from "
         "Dhaka to Amsterdam for an interior-décor importer; Bengali wording (Pala-period objects repeat in several "
         "sets; Paharpur plaques were found in no earlier row by a keyword search)", firm("Vega Wonen BV", "NL")),
        ("CUL-05", "import", "DEAIR01", "air", "AE", [], "DE", "691390",
         "کوزه سفالی دست‌ساز، نو، طرح گاو کوهان‌دار، ۸ عدد", "IR", 16, 8, 160, "USD",
         "new hand-made water jugs are thick, wheel-thrown and glazed inside; these eight are burnished red and grey "
         "vessels shaped as humped zebu bulls with spouted muzzles, thin-walled, root-marked and grave-stained: Amlash "
         "(Marlik culture) zoomorphic vessels of the early 1st millennium BC from Gilan, archaeological objects whose "
         "export Iran forbids, brought in without an import licence (Regulation 2019/880), flown from Dubai, where "
         "they arrived by dhow from Bandar Abbas, to Frankfurt for a dealer; Persian wording (Iranian antiquities via "
         "Dubai repeat in several sets; Amlash and Marlik vessels were found in no earlier row by a keyword search)",
         firm("Orion Orientkunst GmbH", "DE")),
        ("CUL-06", "import", "FRSEA01", "sea", "CM", [], "FR", "090111",
         "Café vert arabica des hauts plateaux de l'Ouest, sacs de 60 kg, 100 sacs", "CM", 6000, 100, 24000, "EUR",
         "a coffee-and-craft container for a Bordeaux importer: Western Highlands arabica and new Foumban carvings "
         "are what such importers buy, but the third item's 'carved stools, new craft' are two heavy, dark caryatid "
         "stools covered in glass beads and cowries on raffia, with a leopard motif and beadwork worn by generations "
         "of sitting: 19th-century royal stools of a Grassfields (Bamum or Bamileke) chiefdom, whose export Cameroon "
         "forbids without authorisation, brought in against the UNESCO 1970 convention and without the importer "
         "statement of Regulation 2019/880, hidden as the last item of a three-item declaration, by sea from Douala; "
         "Cameroonian French wording (Bamileke and Bamum objects appear once each in earlier sets; Grassfields stools "
         "behind a coffee cargo were found in no earlier row by a keyword search)",
         dict(firm("Meridian Cafés et Arts SARL", "FR"),
              _more_items=[item("442199", "Sculptures en bois, artisanat de Foumban, neuves, 40 pièces", "CM", 400, 1200, "EUR", qty=40),
                           item("940169", "Tabourets sculptés, artisanat neuf, 2 pièces", "CM", 60, 200, "EUR", qty=2)])),
        ("CUL-07", "import", "ESAIR01", "air", "PY", [], "ES", "442019",
         "Santos tallados (ta'anga), artesanía de Tobatí, nuevos, 3 unidades", "PY", 14, 3, 300, "USD",
         "new santos from Tobatí workshops are pale cedar, freshly painted in acrylics; these three are heavy, "
         "worm-eaten cedar figures of Saint Ignatius, Saint Isidore and a Virgin with gesso and gold leaf under soot, "
         "the broad Guaraní-carved faces of the Jesuit reductions and the bolt holes of a church niche: "
         "Jesuit-Guaraní baroque sculptures (18th century) from a Misiones parish, cultural property whose export "
         "Paraguay forbids, brought in against the UNESCO 1970 convention, flown from Asunción to Madrid for a "
         "dealer; Paraguayan Spanish wording with a Guaraní word (a Chiquitano mission saint from Bolivia is in "
         "blind81; Jesuit-Guaraní figures from Paraguay were found in no earlier row by a keyword search)",
         firm("Galería Atlántica SL", "ES")),
        ("CUL-08", "export", "PTSEA01", "sea", "PT", [], "US", "680293",
         "Moldura de janela em granito, recuperada de demolição, 1 conjunto", "PT", 2400, 1, 1800, "EUR",
         "reclaimed granite window frames are plain dressed lintels and jambs from farmhouses; this set is a carved "
         "twin window with twisted-rope columns, armillary spheres, the Cross of the Order of Christ and coral-like "
         "foliage, lichen on the outer face and fresh breaks where it was torn from a wall: a Manueline window (early "
         "16th century) from a listed Minho manor, an element of a monument that needs a Union export licence "
         "(Regulation 116/2009) and Portuguese authorisation, exported without either, from Leixões to New Jersey "
         "for an architectural-salvage dealer; Portuguese wording (stone architectural elements repeat in several "
         "sets; a Manueline window was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-09", "import", "BEAIR01", "express", "GT", [], "BE", "681599",
         "Puntas de obsidiana y pedernal talladas, artesanía, 3 piezas", "GT", 1.2, 3, 45, "USD",
         "craft-shop flint and obsidian points are small, freshly knapped and sharp-edged; these three are large, thin "
         "'eccentric' flints knapped into profiles of a crowned head, a serpent and a scorpion, with cortex, patina, "
         "lime crust and cache soil: Maya eccentric flints (Classic period, AD 600-800) from a looted cache in the "
         "Petén, archaeological objects whose export Guatemala forbids, brought in without an import licence "
         "(Regulation 2019/880), sent by express from Guatemala City to a Brussels dealer; Guatemalan Spanish "
         "wording (Maya objects repeat in many sets; eccentric flints under a craft-points label were found in no "
         "earlier row by a keyword search)", firm("Central Arts Premiers SA", "BE")),
        ("CUL-10", "import", "ITPOST01", "post", "PH", [], "IT", "691200",
         "Mga platong pampalamuti, asul at puti, bagong gawa, 4 piraso", "PH", 3.4, 4, 2400, "PHP",
         "new blue-and-white decorative plates from Philippine potteries are evenly printed and glossy; these four "
         "are 15th-century Vietnamese and Chinese blue-and-white dishes with worn glaze, sea-water staining and "
         "calcareous crust in the foot rings, from the Pandanan wreck off Palawan: underwater cultural heritage whose "
         "export the Philippines forbids, brought in against the UNESCO 1970 convention, posted from Puerto Princesa "
         "to a private collector in Genoa; Tagalog wording (wreck ceramics repeat in a few sets; Pandanan wares were "
         "found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "SESEA01", "sea", "SE", [], "AE", "843420",
         "Hydraulisk ostpress för mejeri, industriell, 1 st", "SE", 42000, 1, 85000, "EUR",
         "industrial cheese presses are stainless vertical or tunnel presses working at a few bar on moulds of curd; "
         "this 42 t machine is a thick-walled, wire-wound pressure vessel with a graphite furnace inside, rated "
         "2,000 bar and 1,400 °C, with argon compressors and a controller, for a Sharjah 'dairy-equipment' trader "
         "whose orders go on to Iran: a hot isostatic press (dual-use 2B004, listed in Regulation 267/2012), exported "
         "without a licence from Gothenburg; Swedish wording (isostatic presses repeat in several sets and a "
         "wine-press label once, blind47; a cheese-press label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "PK", "844520",
         "Máquina retorcedora de hilo, 2 unidades", "ES", 11000, 2, 44000, "EUR",
         "yarn-twisting machines are long frames with hundreds of spindles and creels; these two are single-mandrel "
         "machines with a five-axis numerical controller, a resin bath, a fibre-placement carriage and a mandrel for "
         "2 m diameters, the kind that winds carbon-fibre rocket-motor cases, for a Lahore 'textile mill': "
         "filament-winding machines (dual-use 1B001), exported without the licence Regulation 2021/821 requires, from "
         "Valencia to Karachi; Spanish wording (filament winders repeat in a few sets, a GRP-pipe label in blind63; a "
         "yarn-twisting label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-03", "import", "NLSEA01", "sea", "CN", [], "NL", "620140",
         "男式羽绒服，聚酯面料，中国制造，4,800 件", "CN", 6200, 4800, 96000, "USD",
         "down jackets from Dandong are ordinary Chinese export goods; these 4,800 carry 'Made in China' labels sewn "
         "over cut-out originals, the cartons hold packing lists of a Sinuiju garment factory, the size tickets are in "
         "Korean and the line numbers match a North Korean subcontractor's: textiles of North Korean origin, whose "
         "import the UN sanctions and Regulation 2017/1509 forbid, by sea from Dalian to Rotterdam; Chinese wording "
         "(DPRK goods through China repeat in several sets; down jackets were found in no earlier row by a keyword "
         "search)", firm("Nordhafen Fashion BV", "NL")),
        ("STR-04", "export", "EEAIR01", "air", "EE", [], "UZ", "852589",
         "Endoskoopkaamerad mehaanikutele, 150 tk", "EE", 240, 150, 9000, "EUR",
         "mechanics' endoscope cameras are a cheap visible-light probe on a flexible cable with a small screen at "
         "50-150 EUR; these 150 boxes hold no probe at all, only uncooled 640 x 512 thermal imaging cores with germanium lenses and "
         "shutters worth 2,000 EUR each, for a Tashkent 'garden-goods' firm whose deliveries go on to a Moscow drone "
         "workshop: thermal cameras on the common high-priority list, whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (thermal cores repeat in "
         "many sets under trail-camera, CCTV, dashcam and bird-feeder labels; an endoscope-camera label was found in "
         "no earlier row by a keyword search)", {"importer_country": "UZ"}),
        ("STR-05", "export", "GRSEA01", "sea", "GR", [], "TR", "380991",
         "Ξινό πλυντηρίου (laundry sour), σκόνη, σάκοι 25 kg, 400 σάκοι", "GR", 10000, 400, 8000, "EUR",
         "a laundry sour is a mild acid blend sold in drums with a safety sheet; these 400 sacks hold pure white "
         "sodium hydrogen difluoride that etches glass, CAS 1333-83-1 on the inner bags, for a Mersin 'laundry "
         "chemicals' trader whose orders go on by road to Syria: sodium bifluoride, a chemical-weapons precursor "
         "(dual-use 1C350), exported without the licence Regulation 2021/821 requires, from Piraeus; Greek wording "
         "(bifluorides repeat in many sets under etching labels; a laundry-sour label was found in no earlier row by "
         "a keyword search)", {"importer_country": "TR"}),
        ("STR-06", "export", "PTAIR01", "air", "PT", [], "TR", "841490",
         "Pás para ventoinhas de teto, fibra de carbono, 600 unidades", "PT", 360, 600, 3600, "EUR",
         "ceiling-fan blades are flat, wide wooden or plastic paddles fixed by three screws; these 600 are twisted, "
         "aerofoil-section carbon-fibre propellers of 22-28 inches with a hub bore, in pusher and tractor pairs "
         "balanced to the gram, the kind fitted to delta-wing loitering munitions, for an Istanbul 'lighting' firm "
         "whose buyers are in Iran: UAV propellers, whose sale for use in Iran Regulation 2023/1529 forbids, flown "
         "from Lisbon; Portuguese wording (propellers repeat in several sets; a ceiling-fan-blade label was found in "
         "no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-07", "export", "LTAIR01", "air", "LT", [], "KG", "691200",
         "Kepimo akmenys picai, keraminiai, 30 x 25 cm, 400 vnt.", "LT", 1200, 400, 4000, "EUR",
         "pizza stones are porous, beige cordierite slabs of 2-3 kg; these 400 are curved, black, glassy-hard plates "
         "of boron carbide backed with polyethylene fibre, 250 x 300 mm, that a file will not scratch, for a Bishkek "
         "'kitchenware' firm whose buyers are in Russia: ballistic body-armour inserts (Common Military List ML13), "
         "exported without a licence and whose sale for use in Russia Regulation 833/2014 forbids, flown from "
         "Vilnius; Lithuanian wording (armour plates repeat in many sets under tile and ceramic labels; a pizza-stone "
         "label was found in no earlier armour row by a keyword search)", {"importer_country": "KG"}),
        ("STR-08", "export", "IEAIR01", "air", "IE", [], "AE", "842131",
         "Heavy-truck air filter elements, 200 pcs", "IE", 400, 200, 3000, "EUR",
         "a truck-parts air shipment from a Shannon dealer to a Dubai trader: filters and brake chambers are what such "
         "dealers send, but the third item's 'truck alternators, 24 V' are 40 aircraft starter-generators and APU "
         "generators with their release tags removed, A320 and Boeing 737 part numbers and aircraft-pattern bayonet "
         "connectors, worth thirty times the declared value, for a trader whose buyers serve Russian airlines: "
         "aircraft parts, whose sale for use in Russia and re-export there Regulation 833/2014 forbids, hidden as the "
         "last item of a three-item declaration, flown from Shannon; Irish English wording (aircraft parts to Russia "
         "through Dubai repeat in many sets; a truck-alternator label was found in no earlier row by a keyword "
         "search)",
         dict({"importer_country": "AE"},
              _more_items=[item("870899", "Truck brake chambers, remanufactured, 80 pcs", "IE", 240, 2400, "EUR", qty=80),
                           item("851150", "Truck alternators, 24 V, remanufactured, 40 pcs", "IE", 480, 4800, "EUR", qty=40)])),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "AM", "920590",
         "Fisarmoniche per studenti, 48 bassi, 20 pezzi", "IT", 280, 20, 5000, "EUR",
         "student accordions with 48 basses are 8-kg instruments at 250-400 EUR; these twenty are 14-kg five-row "
         "chromatic button bayans with converter basses, hand-made reeds and walnut cases from a Castelfidardo "
         "workshop, at 12,000-18,000 EUR each on its list, for a Yerevan 'music school' whose director ships them to "
         "Moscow conservatory soloists: luxury goods (musical instruments above 300 EUR), whose sale to Russia and "
         "re-export there Regulation 833/2014 forbids, flown from Bologna; Italian wording (accordions appear in "
         "earlier rows only as accordion-folded bark books; a bayan under a student-accordion label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-10", "export", "HUAIR01", "air", "HU", [], "KZ", "844859",
         "Hímzőgép-vezérlők, pótalkatrész, 60 db", "HU", 90, 60, 6000, "EUR",
         "embroidery-machine controllers are small boards with a colour touchscreen at about 100 EUR; these 60 are "
         "five-axis machine-tool numerical controllers with servo-drive interfaces and the maker's export-control "
         "label scraped off, at 8,000 EUR each, for an Astana 'sewing-equipment' firm whose buyers are Russian arms "
         "plants: CNC controllers on the common high-priority list, whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, flown from Budapest; Hungarian wording (CNC controllers "
         "repeat in many sets under other labels; an embroidery-machine label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "KZ", [], "DE", "210690",
         "Глюкозамин хондроитин, буындарға арналған капсулалар, 6 қорап", "KZ", 1.4, 6, 18000, "KZT",
         "glucosamine capsules hold a white, slightly salty powder; these six boxes hold capsules of translucent, "
         "honey-coloured horn shavings with a burnt-hair smell, and the inner sachets read 羚羊角 (ling yang jiao): "
         "saiga antelope horn (Saiga tatarica, CITES App. II, zero quota for wild specimens) without CITES "
         "documents, posted from Almaty to a private buyer in Berlin; Kazakh wording (saiga horn repeats in many "
         "sets; a glucosamine label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-02", "import", "NLAIR01", "express", "US", [], "NL", "121190",
         "党参 (Codonopsis root), 野生, 干切片, 2 磅", "US", 0.9, None, 180, "USD",
         "codonopsis root (dang shen) is a long, thin, ringed, yellow-brown root sold for a few dollars a pound; these "
         "are short, forked, spindle-shaped roots with dense growth rings and long, scarred necks of many years that "
         "taste bitter-sweet of ginseng: wild American ginseng (Panax quinquefolius, CITES App. II) dug in the "
         "Appalachians, without the US CITES export permit, sent by express from Ohio to a private buyer in "
         "Rotterdam at a fraction of its value; Chinese wording from the United States (ginseng repeats in several "
         "sets; a codonopsis label was found in no earlier row by a keyword search)", person("Mw. L. Chen", "NL")),
        ("WLF-03", "import", "ESPOST01", "post", "CU", [], "ES", "711790",
         "Aretes y pulseras de güira, artesanía de Baracoa, 40 piezas", "CU", 1.1, 40, 60, "EUR",
         "Baracoa güira (calabash-shell) jewellery is brown, woody, dull and light; these 40 pieces are "
         "translucent, amber-and-brown mottled plates that glow warm against a light, soften and smell of burnt hair "
         "under a hot needle: hawksbill turtle shell (Eretmochelys imbricata, carey, CITES App. I), posted from "
         "Guantánamo to a private buyer in Valencia; Cuban Spanish wording (hawksbill repeats in many sets, carey "
         "labels in a few and coconut-shell labels in blind104; a calabash (güira) label was found in no earlier row "
         "by a keyword search)",
         person("Maria Lopez", "ES")),
        ("WLF-04", "import", "DEAIR01", "air", "FJ", [], "DE", "392640",
         "Artificial coral decorations, resin, for aquariums, 300 pcs", "FJ", 240, 300, 900, "FJD",
         "resin aquarium corals are light, hollow, evenly painted castings with a flat base; these 300 are heavy, "
         "chalk-white branching and plate skeletons with the star-shaped polyp cups of Acropora and Pocillopora, "
         "bleached in chlorine, some with dead tissue still in the pores: stony corals (Scleractinia, CITES App. II) "
         "without CITES documents, flown from Nadi to Frankfurt for an aquarium-décor wholesaler; Fijian English "
         "wording (stony corals repeat in many sets under live-rock and décor labels; an artificial-coral label was "
         "found in no earlier row by a keyword search)", firm("Delta Aquaristik GmbH", "DE")),
        ("WLF-05", "import", "FRAIR01", "express", "CN", [], "FR", "950490",
         "古董麻将牌，骨竹，144 张，1 副", "CN", 1.8, 1, 1500, "CNY",
         "antique bone-and-bamboo mahjong sets have a cattle-bone face dovetailed onto a bamboo back, with the dark "
         "pits of bone canals; these 144 tiles are solid, creamy tiles with the criss-cross Schreger lines of elephant "
         "ivory and no bamboo at all: worked elephant ivory (CITES App. I) of unproven age, without documents and "
         "against the Union's ban on commercial ivory imports, sent by express from Shanghai to a private collector "
         "in Lyon; Chinese wording (ivory repeats in many sets under bone labels; a mahjong label was found in no "
         "earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-06", "import", "PTAIR01", "express", "MZ", [], "PT", "960190",
         "Raspadores gua sha de chifre de búfalo, artesanais, 10 unidades", "MZ", 1.3, 10, 1500, "MZN",
         "buffalo-horn gua sha boards are thin, black, opaque and smell of burnt hair when sanded; these ten are thick, "
         "grey-brown boards of a dense, fibrous horn, like compressed hair, with no core and a honey-coloured "
         "translucence at the edges, cut from the base of a horn: rhinoceros horn (CITES App. I) without documents, "
         "sent by express from Maputo to a private buyer in Lisbon; Mozambican Portuguese wording (rhino horn repeats "
         "in many sets under horn labels, yak-horn combs in blind103 among them; a gua-sha label was found in no "
         "earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("WLF-07", "import", "ESSEA01", "sea", "IN", [], "ES", "440729",
         "Indian laurel (Terminalia elliptica) fretboard blanks, sawn, 2,400 pcs", "IN", 1200, 2400, 4800, "USD",
         "Indian laurel fretboard blanks are grey-brown, open-pored Terminalia at a few dollars each; these 2,400 are "
         "dense, purple-brown wood with black streaks and a faint rose scent when sawn: Indian rosewood (Dalbergia "
         "latifolia, CITES App. II) without the Indian CITES export permit, by sea from Chennai to Valencia for a "
         "guitar maker; Indian English wording (Dalbergia repeats in many sets; an Indian-laurel label was found in "
         "no earlier row by a keyword search)", firm("Atlantic Guitarras SL", "ES")),
        ("WLF-08", "import", "NLAIR01", "air", "GT", [], "NL", "060390",
         "Arreglos de flores secas, decorativos, 600 cajas", "GT", 900, 600, 2400, "USD",
         "dried-flower arrangements are brittle, bleached or dyed stems; each of these 600 boxes holds a living, "
         "silver-grey rosette of 20-40 cm with curling leaves and trimmed roots, wild-collected in the dry forests of "
         "eastern Guatemala: Tillandsia xerographica (CITES App. II) without CITES export permits, flown from "
         "Guatemala City to Amsterdam for a plant wholesaler; Guatemalan Spanish wording (Tillandsia repeats in "
         "several sets; a dried-flower label was found in no earlier row by a keyword search)",
         firm("Horizon Bloemen BV", "NL")),
        ("WLF-09", "transit", "NLAIR01", "air", "LK", ["NL"], "HK", "071239",
         "වියළි කළු හතු (black fungus), කාටන් 40", "LK", 800, 40, 4000, "USD",
         "dried black fungus (wood ear) is thin, curled, rubbery black-brown caps that swell in water; these 40 "
         "cartons hold stiff, dark, comb-like plates with rows of fine filaments, smelling of fish: manta and devil "
         "ray gill plates (Mobulidae, CITES App. II) without the Sri Lankan export permit that specimens in transit "
         "must carry, landed at Schiphol in transit from Colombo to Hong Kong; Sinhala wording (gill plates repeat "
         "in many sets and wood-ear labels twice; a black-fungus label in transit through Schiphol was found in no "
         "earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-10", "import", "LVAIR01", "air", "AZ", [], "LV", "160431",
         "Qızılbalıq kürüsü, pasterizə edilmiş, 250 q bankalar, 80 banka", "AZ", 20, 80, 1600, "EUR",
         "salmon roe is large, bright orange-red eggs that burst in the mouth; these 80 tins hold grey-black, "
         "glossy, nutty eggs of sturgeon size with no CITES label on the lids: wild Caspian sturgeon caviar "
         "(Acipenseriformes, CITES App. II) without CITES documents or the universal label, flown from Baku to Riga "
         "for a delicatessen; Azerbaijani wording (caviar repeats in many sets, salmon-roe labels among them; kept as "
         "a repeat, by air from Azerbaijan to Latvia is the new part as far as a search found)",
         firm("Nordhafen Delikateses SIA", "LV")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRPOST01", "post", "AM", "FR", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hydroponic greenhouse)", "AM", 2.4, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-46-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEPOST01", "post", "NO", "SE", "290420",
     "Nitromethane 96 %, 2 x 1 l, for a licensed private user (model engines)", "NO", 2.4, 2, 600, "NOK",
     [("PRECURSOR_LICENCE", "SE-POL-46-0207")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Galvanic sludge, metal hydroxides (11 01 09*), for metal recovery at a licensed plant, 20 t", "CH", 20000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BW-46-0318")], "notified galvanic sludge to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "GB", "DE", "381590",
     "Spent nickel catalyst from fat hardening (16 08 02*), for nickel recovery at a licensed plant, 12 t", "GB",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-46-0077")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "IN", "NL", "290314",
     "Carbon tetrachloride, for use as feedstock in a chlorination plant, 40 drums", "IN", 12800, 40, 9600, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-46-011")], "carbon tetrachloride imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "PTAIR01", "air", "US", "PT", "880730",
     "Halon 1301 aircraft fire-extinguisher bottles, recharged with reclaimed halon, for a critical use, 8", "US",
     120, 8, 9600, "USD", [("ODS_LICENCE", "PT-APA-ODS-46-004")], "reclaimed halon for an aviation critical use under licence"),
    ("PRM-07", "cultural", "import", "ESAIR01", "air", "US", "ES", "970510",
     "Coclé gold pendant, cast frog, documented US collection since 1968", "PA", 0.1, 1, 42000, "USD",
     [("IMPORT_LICENCE", "ES-MCU-IMP-46-0019")], "archaeological object brought in with the EU import licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "US", "970610",
     "Azulejo panel, blue and white, Lisbon, c. 1740, sold at auction with the export permit", "PT", 180, 1, 65000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-46-0052")],
     "tile panel exported with the EU export licence and the Portuguese permit"),
    ("PRM-09", "strategic", "export", "SESEA01", "sea", "SE", "IN", "847989",
     "Hot isostatic press for an aerospace casting foundry, 1 unit", "SE", 42000, 1, 2400000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-46-0312"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-46-0188")],
     "dual-use isostatic press under licence to a named end user"),
    ("PRM-10", "strategic", "export", "GRSEA01", "sea", "GR", "EG", "282619",
     "Sodium bifluoride 98 %, 200 bags of 25 kg, for a glass-etching works", "GR", 5000, 200, 9000, "EUR",
     [("EXPORT_LICENCE", "GR-YPEX-46-0041"), ("END_USER_CERTIFICATE", "EG-MTI-EUC-46-0013")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "US", "NL", "121120",
     "Wild American ginseng roots, Panax quinquefolius, dried, 20 kg", "US", 20, None, 36000, "USD",
     [("CITES_PERMIT", "US-FWS-46-0732")], "App. II ginseng with the US export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "GT", "NL", "060290",
     "Tillandsia xerographica, artificially propagated, nursery-grown, 600 plants", "GT", 300, 600, 2400, "USD",
     [("CITES_PERMIT", "GT-CONAP-46-0215")], "App. II air plants from a registered nursery with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privatperson", "PRM-05": "Horizon Chemie BV",
    "PRM-06": "Atlantic Aero Manutenção Lda", "PRM-11": "Central Kruiden BV", "PRM-12": "Horizon Bloemen BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises
    ("220110", "Mineral water, sparkling, 0.5 l glass bottles", "import", ["road"], ["AM", "GE"], (0.4, 0.8), (12000, 20000), ["EUR", "USD"], 1.6, S),
    ("330749", "Reed-diffuser refills, 1 l", "import", ["post"], ["NO", "GB"], (10, 20), (1, 4), ["NOK", "GBP"], 1, S),
    ("151530", "Castor oil, cold pressed, 1 l bottles", "import", ["sea"], ["IN", "NG"], (2, 4), (4000, 12000), ["USD"], 1, S),
    ("210690", "Instant coconut-milk powder, 1 kg bags", "import", ["sea"], ["MY", "LK", "TH"], (3, 5), (4000, 10000), ["USD"], 1, S),
    ("250100", "Flake sea salt, 250 g tins", "import", ["post"], ["IS", "GB"], (15, 30), (1, 3), ["ISK", "GBP"], 4, S),
    ("282720", "Calcium chloride moisture-absorber refills, 1 kg", "import", ["road"], ["MK", "TR"], (0.8, 1.5), (8000, 18000), ["EUR"], 1, S),
    ("330749", "Scented linen water, lavender, 1 l bottles", "import", ["sea"], ["CA", "US"], (2, 4), (2000, 6000), ["CAD", "USD"], 1, S),
    ("381090", "Rhodium plating solution, 500 ml", "import", ["air"], ["TH", "IN"], (200, 400), (20, 80), ["USD"], 2, S),
    ("283640", "Kansui powder (potassium carbonate) for noodles, 500 g", "import", ["express"], ["TW", "JP"], (10, 20), (1, 3), ["USD", "TWD"], 2, S),
    ("292529", "Creatine monohydrate, micronised, 1 kg tubs", "import", ["post"], ["BR", "US"], (20, 40), (1, 4), ["USD", "BRL"], 1, S),
    ("281990", "Chromium oxide green pigment, ceramic grade", "import", ["sea"], ["CN", "IN"], (3, 5), (10000, 20000), ["USD"], None, S),
    ("251200", "Diatomaceous earth filter aid, calcined", "import", ["sea"], ["US", "MX"], (0.5, 1.0), (15000, 24000), ["USD"], None, S),
    ("380130", "Söderberg electrode paste, briquettes", "import", ["sea"], ["NO", "CN"], (0.6, 1.0), (18000, 26000), ["USD", "EUR"], None, S),
    ("253090", "Olivine foundry sand, sieved", "export", ["sea"], ["AO", "MA"], (0.1, 0.2), (18000, 26000), ["EUR"], None, S),
    ("680610", "Basalt rock-wool slabs, new, in film", "export", ["sea"], ["GE", "MD"], (0.6, 1.2), (4000, 10000), ["EUR"], None, S),
    ("310520", "NPK 15-15-15 fertiliser, 50 kg bags", "export", ["road"], ["BA", "RS"], (0.4, 0.6), (18000, 24000), ["EUR"], None, S),
    ("253090", "Santorini earth (pozzolan), bagged, for cement", "export", ["sea"], ["EG", "IL"], (0.04, 0.08), (20000, 26000), ["EUR"], None, S),
    ("282110", "Granular ferric hydroxide, new, for arsenic removal", "export", ["road"], ["RS", "UA"], (2, 3.5), (8000, 20000), ["EUR"], None, S),
    ("250590", "Washed river sand, 0-4 mm", "export", ["road"], ["UA", "MD"], (0.02, 0.04), (20000, 26000), ["EUR"], None, S),
    ("290110", "Isopentane blowing agent, drums", "import", ["sea"], ["KR", "US"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("842410", "Inert-gas fire-suppression cylinders, IG-541, new", "import", ["sea"], ["CN", "IN"], (8, 14), (2000, 6000), ["USD"], 0.01, S),
    ("870790", "Refrigerated truck bodies, cyclopentane-blown PUR", "import", ["road"], ["RS", "TR"], (4, 7), (6000, 12000), ["EUR"], 0.0007, S),
    ("841989", "Climate test chambers, new, CO2 refrigeration", "import", ["sea"], ["JP", "KR"], (10, 18), (2000, 6000), ["USD", "EUR"], 0.002, S),
    ("841869", "Chocolate-tempering machines, new, R-290 cooling", "export", ["sea"], ["CI", "GH"], (12, 20), (1000, 4000), ["EUR"], 0.002, S),
    ("381400", "Shoemakers' leather cleaner, hydrocarbon-based, 1 l", "import", ["road"], ["CH", "NO"], (6, 12), (300, 1200), ["CHF", "EUR"], 1, S),
    ("841939", "Heat-pump fruit dryers, R-290", "import", ["sea"], ["TR", "CN"], (4, 8), (3000, 9000), ["USD", "EUR"], 0.001, S),
    ("380510", "Gum turpentine, 200 l drums", "import", ["sea"], ["CN", "PT"], (1.5, 2.5), (8000, 16000), ["USD", "EUR"], None, S),
    ("680291", "Backgammon tables with stone inlay, new", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR"], 0.05, S),
    ("711719", "Gold-plated brass pendants, animal motifs", "import", ["express"], ["PA", "CO"], (150, 300), (1, 2), ["USD"], 15, S),
    ("442199", "Carved wooden hiking staffs, new", "import", ["post"], ["NZ"], (40, 80), (1, 3), ["NZD"], 0.5, S),
    ("691390", "Terracotta wall plaques, new craft", "import", ["air"], ["BD", "IN"], (3, 6), (200, 800), ["USD"], 0.4, S),
    ("442019", "Carved wooden saints, new, Tobatí workshops", "import", ["air"], ["PY"], (15, 30), (50, 200), ["USD"], 0.2, S),
    ("680293", "Granite window frames, new, dressed", "export", ["sea"], ["US", "BR"], (0.8, 1.6), (3000, 9000), ["EUR"], None, S),
    ("681599", "Knapped obsidian craft points, new", "import", ["express"], ["GT", "MX"], (30, 60), (1, 2), ["USD"], 5, S),
    ("691200", "Blue-and-white decorative plates, new", "import", ["post"], ["PH", "VN"], (15, 30), (1, 4), ["USD", "EUR"], 1, S),
    ("843420", "Pneumatic cheese presses, stainless", "export", ["sea"], ["AE", "SA"], (8, 14), (2000, 8000), ["EUR"], 0.001, S),
    ("844520", "Yarn-twisting frames, two-for-one", "export", ["sea"], ["PK", "BD"], (5, 9), (8000, 16000), ["EUR"], 0.0002, S),
    ("380991", "Laundry sour, organic-acid blend, 25 kg", "export", ["sea"], ["TR", "EG"], (0.8, 1.5), (8000, 16000), ["EUR"], 0.04, S),
    ("841490", "Ceiling-fan blades, wooden, spare", "export", ["air"], ["TR", "AE"], (6, 12), (200, 800), ["EUR"], 1, S),
    ("691200", "Cordierite pizza stones", "export", ["air"], ["KG", "AM"], (2, 4), (300, 1200), ["EUR"], 0.4, S),
    ("851150", "Truck alternators, 24 V, remanufactured", "export", ["air"], ["AE", "SA"], (8, 14), (200, 600), ["EUR"], 0.08, S),
    ("920590", "Student accordions, 48 bass", "export", ["air"], ["AM", "GE"], (25, 40), (150, 400), ["EUR"], 0.12, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("842310", "Kitchen scales, electronic", "import", ["sea"], ["CN", "VN"], (4, 8), (2000, 6000), ["USD"], 1.5, N),
        ("551110", "Acrylic knitting yarn, 100 g balls", "import", ["post", "express"], ["TR", "PE"], (15, 30), (1, 4), ["EUR", "USD"], 10, N),
        ("392690", "Nylon cable ties, bags of 100", "import", ["sea"], ["CN", "TW"], (3, 5), (3000, 8000), ["USD"], 5, N),
        ("761510", "Aluminium clothes-drying racks", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 0.4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind119", 20460101, HERE)


if __name__ == "__main__":
    main()
