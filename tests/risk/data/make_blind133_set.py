#!/usr/bin/env python3
"""Writes the hundred-and-thirty-third blind set (tests/risk/data/blind133-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2048, with goods, routes,
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
animal origin, animal by-products such as horns and feathers) appear only in the
permitted rows, with their document, and goods whose importer must hold an authorisation
(steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of
the ordinary table, as are the shared everyday table's two steel rows. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL133-*:

    python3 tests/risk/data/make_blind133_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2048, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2048
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITPOST01", "post", "IN", [], "IT", "300490",
         "ਗ੍ਰਾਈਪ ਵਾਟਰ, ਬੱਚਿਆਂ ਲਈ, 6 ਬੋਤਲਾਂ x 500 ਮਿ.ਲੀ.", "IN", 3.4, 6, 1200, "INR",
         "gripe water is a sweet, dill-and-fennel-scented infant remedy of about 1.05 kg/l sold in 150 ml bottles; "
         "these six 500 ml bottles hold a water-clear, odourless, tasteless liquid of 1.13 kg/l that foams on a cut, "
         "whitens the skin and sits under vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), posted "
         "from Amritsar to a private person in Latina; Punjabi (Gurmukhi) wording (hydrogen peroxide repeats in many "
         "sets and water-like covers in many; a gripe-water label was found in no earlier row by a keyword search)",
         person("Gurpreet Singh", "IT")),
        ("PRE-02", "import", "PTAIR01", "express", "ZA", [], "PT", "382499",
         "Uketshezi lomshini wenkungu (haze fluid), amakani ama-4 x 5 amalitha", "ZA", 22.8, 4, 1400, "ZAR",
         "haze-machine fluids are water-glycol or white-oil mixtures of 0.85-1.05 kg/l that come with a maker's "
         "safety sheet; these four jerrycans hold 20 litres of a clear liquid of 1.14 kg/l that smells faintly "
         "fruity, will not mix evenly with water and whose inner caps read 'CH3NO2': nitromethane (Annex I above "
         "16 %), sent by express from Durban to a private DJ in Setúbal, although flammable liquids travel by "
         "express only as declared dangerous goods; isiZulu wording (nitromethane repeats in many sets; 'haze' "
         "appears in earlier rows only on a grout-haze remover and a witch-hazel toner, and a haze-machine-fluid "
         "label was found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-03", "import", "LVPOST01", "post", "TJ", [], "LV", "271019",
         "Равғани вазелин (вазелиновое масло), 4 шиша х 1 литр", "TJ", 7.4, 4, 160, "TJS",
         "liquid paraffin (vaseline oil) weighs 0.85 kg/l, feels slippery, floats on water and does nothing to "
         "paper; these four glass-stoppered bottles weigh 1.84 kg/l, feel oily but char a paper strip black, grow "
         "hot with a drop of water and have their stoppers taped down: about 96 % sulphuric acid (Annex I above "
         "15 %), posted from Dushanbe to a private person in Daugavpils; Tajik wording with the Russian name "
         "(sulphuric acid repeats in many sets and oil and syrup covers in several, castor oil among them; a "
         "liquid-paraffin or vaseline-oil label was found in no earlier row by a keyword search)",
         person("Jānis Bērziņš", "LV")),
        ("PRE-04", "import", "HRROAD01", "road", "BA", [], "HR", "340290",
         "Sredstvo za sjaj i ispiranje za mašine za suđe, boce 1 l, 3.600 boca", "BA", 5040, 3600, 2700, "EUR",
         "dishwasher rinse aid is a slightly sour, surfactant-and-citric-acid liquid of about 1.02 kg/l, usually "
         "dyed blue, that foams when shaken; these bottles weigh 1.40 kg/l, are colourless to yellowish, give off "
         "brown fumes when opened and stain the skin yellow, for a Split cash-and-carry that sells to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, in a lorry at "
         "Bijača; Bosnian wording (nitric acid repeats in many sets; dishwasher-salt labels appear on other goods, "
         "and a rinse-aid label was found in no earlier row by a keyword search)",
         firm("Delta Cash & Carry d.o.o.", "HR")),
        ("PRE-05", "import", "FRSEA01", "sea", "TN", [], "FR", "250900",
         "Blanc de Meudon, craie de nettoyage, sachets de 1 kg, 12 000 sachets", "TN", 12000, 12000, 4800, "EUR",
         "Blanc de Meudon is a soft, matt, chalky whiting that fizzes in vinegar and marks the fingers white; these "
         "bags hold a heavier, glittering crystalline powder that does not fizz in acid, barely dissolves and burns "
         "fiercely mixed with sugar, and the inner liners read 'KClO4', for a Lyon DIY web shop that sells to the "
         "public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Radès to Marseille; Tunisian French wording (potassium perchlorate repeats in many sets and white-powder "
         "covers in many; a whiting or Blanc-de-Meudon label was found in no earlier row by a keyword search)",
         firm("Vega Bricolage SARL", "FR")),
        ("PRE-06", "import", "FRSEA01", "sea", "SN", [], "FR", "250100",
         "Xorom Lac Rose (sel du Lac Rose), paquets 1 kg, 8 000 paquets", "SN", 8000, 8000, 1600000, "XOF",
         "Lac Rose salt is coarse, damp, grey-pink and bitter with magnesium; these bags hold dry, bright-white, "
         "glossy crystals that taste cool rather than salty, draw damp and flare yellow on a gas ring, for a "
         "Marseille African-food cash-and-carry that sells to the public: sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Dakar; Wolof wording with the French name (sodium "
         "chlorate under salt labels repeats in many sets; a Lac Rose label and Wolof on a precursor were found in "
         "no earlier row by a keyword search)", firm("Atlantic Alimentation Afrique SARL", "FR")),
        ("PRE-07", "import", "DESEA01", "sea", "BO", ["CL"], "DE", "100850",
         "Yuraq kinwa real (quinua real blanca), bolsas 500 g, 40.000 bolsakuna", "BO", 20000, 40000, 60000, "USD",
         "royal quinoa is small, flat, cream-coloured discs coated in a bitter saponin dust that foams when rinsed; "
         "these bags hold hard, perfectly round, uniform white prills that do not foam, turn ice-cold in water and "
         "test at 34 % N, for a Hamburg health-food web shop that sells to the public: ammonium nitrate (Annex I at "
         "16 % N or more) retail-packed for members of the public, by sea from Arica; Quechua-and-Spanish wording "
         "(ammonium nitrate repeats in many sets and grain covers (millet, fonio) in a few; quinoa appears once in "
         "an earlier row, only as the lawful first item of a wildlife declaration, and a quinoa label on a "
         "precursor is the new part)", firm("Nordhafen Naturkost GmbH", "DE")),
        ("PRE-08", "import", "ATAIR01", "express", "IQ", [], "AT", "290719",
         "Krîstalên tîmolê ji bo mêşvaniyê (dijî varroa), 10 x 250 g", "IQ", 2.5, 10, 120, "USD",
         "thymol for varroa treatment is colourless crystals with a strong thyme smell that melt at 50 °C; these "
         "ten jars hold odourless white crystals that do not melt on a warm spoon, spit violet sparks on a hot iron "
         "and whose inner bags read 'KClO3': potassium chlorate (Annex I above 40 %), sent by express from Erbil to "
         "a private beekeeper in Graz; Kurmanji Kurdish wording (potassium chlorate repeats in many sets and "
         "beekeeping covers in several (varroa treatments among them); a thymol label was found in no earlier row "
         "by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-09", "import", "IEPOST01", "post", "GB", [], "IE", "170199",
         "Siwgr jam gyda phectin, 4 x 1 kg", "GB", 4, 4, 12, "GBP",
         "jam sugar is sweet, coarse cane sugar with a little pectin that caramelises in a pan; these four bags hold "
         "tasteless, glossy crystals that draw damp and burn brightly on a hot plate mixed with a pinch of real sugar, "
         "and the caps of the inner jars read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from "
         "Aberystwyth to a private person in Galway; Welsh wording (sodium perchlorate repeats in many sets and "
         "sugar covers in several, a gelling-sugar label once in blind115; a jam-sugar label in Welsh from Wales to "
         "Ireland is the new part as far as a search found)", person("Seán Ó Briain", "IE")),
        ("PRE-10", "import", "FRAIR01", "air", "HT", [], "FR", "200811",
         "Manba ayisyen (bè pistach ak piman), 200 bokal", "HT", 100, 200, 600, "USD",
         "a Haitian grocery air shipment for a Saint-Denis Antillean shop that sells to the public: manba and "
         "Haitian coffee are what such shops sell, but the third item's 'kleren' is 120 one-litre bottles of a "
         "water-clear liquid of 1.20 kg/l with no smell of cane or alcohol that foams on a cut, whitens the skin and "
         "sits under vented caps: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of "
         "the public, hidden as the last item of a three-item declaration, flown from Port-au-Prince to Paris; "
         "Haitian Creole wording (hydrogen peroxide repeats in many sets, and spirit labels in several on "
         "nitromethane (pisco, kaoliang, milk vodka); a clairin label was found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Antilles SARL", "FR"),
              _more_items=[item("090121", "Kafe Ayisyen griye, 100 pake 500 g", "HT", 50, 750, "USD", qty=100),
                           item("220890", "Kleren natirèl, 120 boutèy 1 l", "HT", 144, 360, "USD", qty=120)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "MA", "390311",
         "Piepskom-kraaltsjes foar sitsekfolling, nij, bigbags, 12 t", "NL", 12000, None, 3600, "EUR",
         "new polystyrene beanbag beads are uniform, clean, snow-white spheres of a few millimetres in sealed bags; "
         "these bags hold grey, dusty, crushed foam lumps with plaster, bitumen and mortar stuck to them, torn out of "
         "1990s cavity walls in a Leeuwarden demolition, and a bromine screen reads 0.7 %: polystyrene insulation "
         "waste containing HBCDD (17 06 03*, a POPs waste), hazardous waste whose export to a non-OECD country is "
         "banned, from Rotterdam to Casablanca for a 'furniture maker'; West Frisian wording (HBCDD foam once, "
         "blind66, and polystyrene waste in several sets; a beanbag-filling label and Frisian wording were found in "
         "no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "DZ", "381090",
         "Forja-soldadurarako fluxua, boraxean oinarritua, 60 bidoi", "ES", 12000, 60, 2400, "EUR",
         "borax forge flux is a glassy, white powder that melts to a clear glaze on hot iron; these 60 drums hold "
         "grey-white, salt-caked lumps that smell of bitter almonds when damp and test for cyanide and barium, "
         "scraped out of the salt baths of a Gipuzkoa heat-treatment shop: spent cyanide-bearing hardening salts "
         "(11 03 01*), hazardous waste whose export to a non-OECD country is banned, from Bilbao to Oran for a "
         "'forge'; Basque wording (hardening salts repeat in a few sets, blind25, blind71, blind79; a forge-flux "
         "label was found in no earlier row by a keyword search)", {"importer_country": "DZ"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MR", "560819",
         "Malla de sombreo para invernadoiros, usada, en fardos, 22 t", "ES", 22000, None, 1100, "EUR",
         "used greenhouse shade netting is light, knitted polyethylene tape in flat, clean rolls; these bales are "
         "heavy, tangled, salt-crusted trawl and purse-seine nets with lead lines, floats, rope and fish remains, "
         "from a clear-out of the Vigo and Marín net stores: end-of-life fishing gear, plastic waste whose export to "
         "a non-OECD country the Union's waste-shipment rules ban, from Vigo to Nouadhibou; Galician wording "
         "(fishing nets repeat in several sets and a shade-net label once, blind60, on camouflage netting; "
         "fishing-net waste as greenhouse shade netting to Mauritania is the new part as far as a search found)",
         {"importer_country": "MR"}),
        ("WST-04", "export", "EESEA01", "sea", "EE", [], "IN", "854449",
         "Vasest telefonikaabel, uus, ülejääk, trumlitel, 24 t", "EE", 24000, None, 48000, "EUR",
         "surplus new telephone cable is clean, PE-sheathed copper pairs wound on marked drums; these drums hold "
         "dug-up, lead-sheathed, paper-insulated cable wrapped in tarred jute, cut in lengths with soil and oil on "
         "the cut ends, from a Tallinn network renewal: cables containing oil, coal tar and lead (17 04 10*), "
         "hazardous waste whose export to a non-OECD country is banned, from Muuga to Mundra; Estonian wording "
         "(lead-sheathed cable repeats in several sets, blind12, blind32, blind55, blind111; a surplus-new-telephone-"
         "cable label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "AL", "330590",
         "Prodotti professionali per parrucchieri, nuovi, fine serie, 1.800 cartoni", "IT", 16000, 1800, 9000, "EUR",
         "end-of-line salon stock is boxed, sealed and in date; these cartons hold dented, leaking tubes of hair "
         "colour three to six years past their date, split tubs of bleach powder, 9-12 % peroxide developers and "
         "swollen hairspray cans, from the clearance of a bankrupt Bari salon wholesaler: discarded off-specification "
         "products containing hazardous substances and waste aerosols (16 03 05*, 16 05 04*), hazardous waste whose "
         "export to a non-OECD country is banned, from Bari to Durrës; Apulian Italian wording (expired goods as "
         "stock repeat in several sets, and hair-dye words twice, blind62 and blind88, and end-of-line labels in a "
         "few; salon stock to Albania is the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-06", "export", "SISEA01", "sea", "SI", [], "GH", "800120",
         "Ležajna kovina (babit), zlitina kositra, 80 kosov", "SI", 2760, 80, 4000, "EUR",
         "babbitt bearing metal is tin-antimony-copper in stackable ingots; these are 80 iron flasks of 34.5 kg each "
         "that slosh when tipped and hold a liquid metal, from the dismantled cell room of a chlor-alkali plant: "
         "metallic mercury, a waste whose export Regulation 2017/852 forbids (and a hazardous waste banned to "
         "non-OECD countries), from Koper to Tema for small-scale gold mining; Slovenian wording (mercury repeats in "
         "many sets, as gallium in flasks among them; a bearing-metal label was found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "GH", "850760",
         "Renoverede batterilagre til solcelleanlæg i hjemmet, 120 stk.", "DK", 36000, 120, 24000, "EUR",
         "refurbished home storage units are closed cabinets with a battery-management system, a state-of-health "
         "report and transport-test papers; these are bare, crash-damaged electric-car battery modules cut out of "
         "written-off cars, some swollen and scorched, with no management system, strapped to pallets: waste "
         "lithium-ion batteries (hazardous under the Union's list), e-waste whose export to a non-OECD country is "
         "banned, from Aarhus to Tema; Danish wording (EV-battery waste repeats, blind35 and blind63, and crashed "
         "traction packs as second-life solar storage once, blind62; kept as a known repeat, Danish wording and "
         "Aarhus to Tema are the new part)", {"importer_country": "GH"}),
        ("WST-08", "import", "GRROAD01", "road", "MK", [], "GR", "251749",
         "Гранули од базалт за покривни ленти, 24 т", "MK", 24000, None, 1200, "EUR",
         "basalt roofing granules are uniform, angular, dark-grey grains of one size; this tipper holds glassy, "
         "black, heavy slag sand with rusty metal specks that reads lead and zinc on a hand-held XRF, dug from the "
         "tip of the closed Veles smelter: slag from lead and zinc smelting containing hazardous substances, "
         "hazardous waste brought into the Union without the notification and consent it needs, at Evzoni for a "
         "Thessaloniki 'roofing-felt' maker; Macedonian wording (smelter slags repeat in several sets; a "
         "roofing-granule label was found in no earlier row by a keyword search)", firm("Delta Stegi AE", "GR")),
        ("WST-09", "export", "MTSEA01", "sea", "MT", [], "LY", "840721",
         "Muturi tal-fuq il-baħar użati, 20", "MT", 1600, 20, 8000, "EUR",
         "a ship-chandlery container from Marsa for Misrata: used outboard motors and mooring ropes are what Maltese "
         "yards sell to Libya, but the third item's 'fire-resistant panels, asbestos-free' are 4 t of broken, "
         "white-grey boards with fibrous edges, stripped from old ferries' engine rooms and cabins, that show "
         "chrysotile and amosite under a lens: asbestos insulation board (17 06 01*), hazardous waste whose export "
         "to a non-OECD country is banned, declared under the code for articles without asbestos and hidden as the "
         "last item of a three-item declaration; Maltese wording (asbestos boards repeat in several sets; behind "
         "outboard motors from Malta to Libya is the new part as far as a search found)",
         dict({"importer_country": "LY"},
              _more_items=[item("560750", "Ħbula tal-irmiġġ użati, 3 t", "MT", 3000, 600, "EUR"),
                           item("681189", "Pannelli reżistenti għan-nar, użati, mingħajr asbestos, 4 t", "MT", 4000, 400, "EUR")])),
        ("WST-10", "transit", "PLSEA01", "sea", "NO", ["PL"], "CN", "741011",
         "Kobberfolie, elektrolytisk, nye restruller, 40 t", "NO", 40000, None, 120000, "EUR",
         "new electrodeposited copper foil is bright, clean and wound on cores in sealed crates; these crates hold "
         "tangled offcuts of black-coated copper and aluminium foil that shed a grey-black powder smelling of "
         "solvent and read nickel, manganese and cobalt, from the coating line of a Norwegian battery-cell plant: "
         "electrode production scrap (black-mass-bearing, hazardous), landed at Gdańsk in transit to Ningbo without "
         "the notification and consent its transit through the Union needs; Norwegian wording (black mass repeats in "
         "several sets, cell-production scrap once in development set dev5-a and a copper-foil word once, blind116, "
         "on biochar; copper-foil offcuts in transit through Gdańsk are the new part as far as a search found)",
         {"importer_country": "CN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "340290",
         "剃须刀清洁座专用清洁液补充装，2,000 盒（每盒 2 x 170 毫升）", "CN", 910, 2000, 4000, "USD",
         "shaver-cleaning refills are alcohol-based, smell of perfume, burn and weigh about 0.85 kg/l; these "
         "cartridges weigh 1.34 kg/l, do not burn, smell sweet like chloroform, and the filler's drum labels in the "
         "same container read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform) in products whose import into "
         "the Union is banned, by block train from Yiwu through Kazakhstan, Russia and Belarus to Małaszewicze for "
         "a Warsaw small-appliance distributor; Chinese wording (methyl chloroform repeats in many sets; a "
         "shaver-cleaning label was found in no earlier row by a keyword search)",
         firm("Orion AGD Sp. z o.o.", "PL")),
        ("OZN-02", "import", "SISEA01", "sea", "KR", [], "SI", "381400",
         "시트러스 스티커 제거제, 200 ml 스프레이, 6,000 개", "KR", 1490, 6000, 6000, "USD",
         "citrus sticker removers are d-limonene that smells of orange peel, weighs 0.85 kg/l and burns; these cans "
         "hold a liquid of 1.24 kg/l that does not burn, smells faintly of ether, boils off at 32 °C and whose "
         "filler's stickers under the new labels read '141b': HCFC-141b (1,1-dichloro-1-fluoroethane), whose "
         "import into the Union is banned, by sea from Busan to Koper for a Ljubljana hardware wholesaler; Korean "
         "wording (HCFC-141b repeats in many sets under cleaner labels, a label remover once, blind124; a "
         "sticker-remover label was found in no earlier row by a keyword search)", firm("Alpina Trgovina d.o.o.", "SI")),
        ("OZN-03", "import", "MTSEA01", "sea", "EG", [], "MT", "280110",
         "كلور مسال لمعالجة المياه، 60 أسطوانة 50 كجم", "EG", 3000, 60, 2400, "USD",
         "chlorine cylinders give a sharp, choking smell at the valve and read about 7 bar at 20 °C; these 60 read "
         "11 bar, nothing smells, and a refrigerant identifier gives a blend of HFC-125, HFC-143a and HFC-134a: "
         "R-404A, a hydrofluorocarbon mixture placed on the Union market without the quota authorisation "
         "Regulation 2024/573 requires, by sea from Alexandria to Marsaxlokk for a Maltese desalination-chemicals "
         "supplier; Egyptian Arabic wording (R-404A repeats in several sets under other gas labels; a liquid-chlorine "
         "label on a refrigerant was found in no earlier row by a keyword search)",
         firm("Central Water Supplies Ltd", "MT")),
        ("OZN-04", "import", "BGSEA01", "sea", "GE", [], "BG", "380891",
         "დელტამეტრინი 2.5 % EC, მარცვლეულის საწყობის ინსექტიციდი, 681 გ ქილა, 1,200 ცალი", "GE", 817, 1200,
         3000, "USD",
         "deltamethrin 2.5 % EC is an amber, solvent-smelling liquid in plastic bottles that is diluted in water; "
         "these are 681 g steel tins with a piercing valve, holding a liquid of 1.73 kg/l that boils off at 4 °C "
         "with no smell: methyl bromide in the fumigation cans used on grain stores, whose import into the Union is "
         "banned (no quarantine exemption remains), by sea from Poti to Burgas for a grain-terminal fumigator; "
         "Georgian wording (methyl bromide repeats in many sets; a deltamethrin label was found in no earlier row by "
         "a keyword search)", firm("Vega Agro EOOD", "BG")),
        ("OZN-05", "transit", "ITSEA01", "sea", "IN", ["IT"], "TN", "290342",
         "डायफ्लुओरोमिथेन (R-32) रेफ्रिजरंट, 9.5 किलो सिलिंडर, 800 नग", "IN", 10880, 800, 16000, "USD",
         "R-32 comes in 9.5 kg or 7 kg cylinders and reads about 15 bar at 20 °C; these 800 hold 13.6 kg each (the "
         "30 lb fill of HCFC-22), read 8 bar and a refrigerant identifier gives chlorodifluoromethane: HCFC-22 "
         "moved through the Union without the licence Regulation 2024/590 requires, landed at Gioia Tauro in "
         "transit from Nhava Sheva to Radès; Marathi wording (HCFC-22 under R-32 labels and in transit repeats in "
         "several sets, and Gioia Tauro in three, blind7, blind57, blind121; kept as a known repeat, Marathi "
         "wording to Tunisia is the new part)", {"importer_country": "TN"}),
        ("OZN-06", "import", "GRROAD01", "road", "TR", [], "GR", "842410",
         "Tekne ve yatlar için köpüklü yangın söndürme spreyi, 600 ml, 480 adet", "TR", 527, 480, 2400, "EUR",
         "marine foam extinguisher sprays are 600 ml cans of a film-forming foam that froths white on a test "
         "spray; these cans carry 'BCF' under their stickers, spray a liquid that vanishes into a heavy gas and "
         "weigh 1.83 kg/l: halon 1211 (bromochlorodifluoromethane) in hand-held extinguishers, products whose "
         "import into the Union is banned, in a van at Kipoi for a Lefkada yacht-charter chandler; Turkish wording "
         "(halon 1211 repeats in many sets and extinguisher labels in many; a yacht foam-spray label was found in "
         "no earlier row by a keyword search)", firm("Rivage Nautika AE", "GR")),
        ("OZN-07", "import", "IEAIR01", "air", "MY", [], "IE", "382499",
         "Pencair fluks tanpa rosin (no-clean), 20 x 5 liter", "MY", 157, 20, 1000, "USD",
         "no-clean flux thinners are isopropanol-based, weigh 0.79 kg/l and burn with a blue flame; these 20 cans "
         "weigh 1.57 kg/l, do not burn, evaporate without residue and come from drums stencilled 'R-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, flown from Penang to Cork for an "
         "electronics contract manufacturer; Malay wording (CFC-113 repeats in several sets; a flux-thinner label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Electronics Ltd", "IE")),
        ("OZN-08", "export", "ITROAD01", "road", "IT", ["AT", "HU", "RO"], "MD", "841869",
         "Gebrauchte Kühlaggregate für CA-Obstlager, Ammoniak (R-717), 6 Stück", "IT", 18000, 6, 30000, "EUR",
         "controlled-atmosphere fruit-store units on ammonia have welded steel pipework, an ammonia smell and an "
         "R-717 charge plate; these six, taken out of a Vinschgau apple cooperative's 1990s store, have brazed "
         "copper pipework, charge plates reading 'R22 - 140 kg' under new stickers and were not emptied: equipment "
         "relying on HCFCs, whose export from the Union is banned (Regulation 2024/590), by road from Bolzano "
         "through Austria, Hungary and Romania to a Soroca fruit packhouse; South Tyrolean German wording (R-22 "
         "equipment for export repeats in many sets and a fruit-store word once, blind75; controlled-atmosphere "
         "store units were found in no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("OZN-09", "import", "BESEA01", "sea", "IN", [], "BE", "381400",
         "डाइक्लोरोमीथेन आधारित पेंट स्ट्रिपर, औद्योगिक, 80 ड्रम", "IN", 31800, 80, 20000, "USD",
         "industrial dichloromethane strippers are thickened liquids of about 1.33 kg/l that smell of ether and "
         "come with a safety sheet; these 80 drums weigh 1.99 kg/l, are thin and unthickened and their heads are "
         "stamped 'CH2BrCl' under the labels: bromochloromethane (halon 1011), whose import into the Union is "
         "banned, by sea from Kandla to Antwerp for an industrial paint-stripping firm; Hindi wording "
         "(bromochloromethane repeats in many sets and paint-stripper labels in a few, blind71, blind72, blind98, "
         "blind106; kept as a known repeat, Hindi wording from Kandla is the new part)",
         firm("Central Stripping SA", "BE")),
        ("OZN-10", "import", "LTSEA01", "sea", "CN", [], "LT", "841520",
         "Stovėjimo kondicionieriai sunkvežimių kabinoms, 24 V, garinimo tipo, be šaltnešio, 600 vnt.", "CN",
         12000, 600, 120000, "USD",
         "evaporative parking coolers for truck cabs hold a water tank, a wet pad and a fan and no refrigerant; these "
         "600 are compressor units with a sealed circuit, service ports and, under the sticker, a charge plate "
         "reading 'R134a 0.55 kg': HFC-charged equipment placed on the Union market without the HFCs being covered "
         "by quota authorisations and the declaration of conformity Regulation 2024/573 requires, by sea from "
         "Ningbo to Klaipėda for a Kaunas truck-fleet supplier; Lithuanian wording (HFC equipment under "
         "refrigerant-free labels repeats in several sets; a truck parking-cooler label was found in no earlier row "
         "by a keyword search)", firm("Nordhafen Transporto Įranga UAB", "LT")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "CO", [], "ES", "650400",
         "Sombreros vueltiaos de caña flecha, 15 vueltas, 40 unidades", "CO", 16, 40, 1600, "USD",
         "a Colombian craft air shipment for a Madrid shop: vueltiao hats and Wayuu bags are what such shops sell, "
         "but the third item's 'gilt filigree costume earrings' are 24 pairs of heavy, cast ear ornaments of "
         "reddish high-carat gold alloy with false-filigree spirals and earth in the loops: Zenú gold (200 BC - "
         "AD 1000) from the San Jorge and Sinú basins, archaeological objects that are Colombian national heritage "
         "and may not be exported, brought in without the import licence Regulation 2019/880 requires, hidden as "
         "the last item of a three-item declaration, flown from Cartagena to Madrid; Colombian Spanish wording "
         "(Colombian pre-Hispanic gold repeats in several sets, Muisca tunjos under a Mompox-filigree label in "
         "blind109; Zenú gold behind vueltiao hats was found in no earlier row by a keyword search)",
         dict(firm("Galería Atlántica SL", "ES"),
              _more_items=[item("420222", "Mochilas wayuu tejidas, 30 unidades", "CO", 12, 1500, "USD", qty=30),
                           item("711719", "Aretes dorados de bisutería, filigrana, 24 pares", "CO", 0.4, 120, "USD", qty=24)])),
        ("CUL-02", "import", "DEAIR01", "air", "PE", [], "DE", "691390",
         "Iglesias de Quinua, cerámica de Ayacucho, artesanía nueva, 6 piezas", "PE", 9, 6, 90, "PEN",
         "Quinua churches are light, cream-and-terracotta, slip-painted new miniatures with bright crosses; among "
         "these six are two heavy, grey-black burnished stirrup-spout bottles with incised feline faces, root marks "
         "and grave soil in the spouts: Cupisnique vessels (about 1200-500 BC), archaeological objects whose export "
         "Peru forbids, brought in without the import licence Regulation 2019/880 requires, flown from Lima to "
         "Frankfurt for a dealer; Peruvian Spanish wording (Peruvian ceramics repeat in many sets; Cupisnique and a "
         "Quinua-church label were found in no earlier row by a keyword search)",
         firm("Orion Kunsthandel GmbH", "DE")),
        ("CUL-03", "import", "DEPOST01", "post", "KZ", [], "DE", "960622",
         "Ұлттық киімге арналған күміс түстес түймелер, 120 дана", "KZ", 0.6, 120, 12000, "KZT",
         "national-costume buttons are stamped, new, nickel-silver domes with a soldered shank; these 120 are thin, "
         "irregular silver coins with Arabic legends and tamgas from the Saray and Khwarazm mints, soil in the "
         "lettering and new shanks soldered to a few: Golden Horde silver dangs (14th century) detector-found at "
         "Saraishyk, archaeological objects whose export Kazakhstan forbids, brought in without the import licence "
         "Regulation 2019/880 requires, posted from Atyrau to a private collector in Leipzig; Kazakh wording "
         "(Islamic silver coins repeat in a few sets, dirhams among them; Golden Horde coins under a costume-button "
         "label were found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-04", "import", "FRAIR01", "air", "UZ", [], "FR", "690740",
         "Rishton kulolchilik sopol koshinlari, yangi, 40 dona", "UZ", 48, 40, 400, "USD",
         "new Rishtan tiles are evenly pressed squares under a bright alkaline glaze; these 40 are thick, hand-cut "
         "fragments of carved and glazed cobalt, turquoise and white tilework with parts of Kufic band "
         "inscriptions and old lime mortar on the backs: Timurid architectural tiles (14th-15th century) prised "
         "from monuments around Samarkand and Shakhrisabz, elements of monuments whose removal and export "
         "Uzbekistan forbids, brought in without the import licence Regulation 2019/880 requires, flown from "
         "Tashkent to Paris for a dealer; Uzbek wording (Samarkand twice in earlier rows; Timurid tiles and a "
         "Rishtan label were found in no earlier row by a keyword search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-05", "import", "NLSEA01", "sea", "TZ", [], "NL", "441821",
         "Mlango wa kuchongwa wa mtindo wa Zanzibar, mpya, kipande 1", "TZ", 420, 1, 1500, "USD",
         "new Zanzibar-style doors are pale, machine-routed mahogany with shiny brass; this is a heavy, dark teak "
         "door with hand-forged brass bosses, a carved lintel bearing the date 1285 AH (1868), a worn threshold, "
         "nail holes and layers of whitewash, taken out of a Stone Town house: an element of a historic building in "
         "a World Heritage town, removed and exported in breach of Zanzibar's antiquities law and brought in against "
         "the import prohibition of Regulation 2019/880, by sea from Dar es Salaam to Rotterdam for an interior "
         "dealer; Swahili wording (carved-door covers repeat, Dogon granary doors, Khorezm doors and Iraqi doors "
         "among them; a Stone Town door once, blind11, declared as an old door, and a Swahili door once in "
         "development set dev14-a; kept as a known repeat, a new-door label by sea to Rotterdam is the new part)", firm("Horizon Interieur BV", "NL")),
        ("CUL-06", "import", "BEAIR01", "air", "ML", [], "BE", "442011",
         "Ciwara jiri la, kura, 20 (sculptures en bois neuves)", "ML", 60, 20, 400, "EUR",
         "new ci wara souvenir carvings are pale, crisply cut and blackened with shoe polish; three of these twenty "
         "are heavy, dark crests strung with fibre and cowries, with sacrificial crust, basketry caps and insect "
         "damage, and two are boli power figures of earth over cloth: Bamana ritual objects from villages near "
         "Ségou, whose export Mali forbids, brought in against the import prohibition of Regulation 2019/880 on "
         "cultural goods taken out of their country unlawfully, flown from Bamako to Brussels for a dealer; Bambara wording "
         "(Malian objects repeat in several sets; ci wara crests and boli were found in no earlier row by a keyword "
         "search)", firm("Central Art Africain SA", "BE")),
        ("CUL-07", "import", "MTSEA01", "sea", "LY", [], "MT", "680990",
         "تماثيل جبس تذكارية على الطراز الإغريقي، 30 قطعة", "LY", 30, 30, 150, "EUR",
         "plaster souvenirs are white, light and cast with mould seams; these thirty are mould-made draped female "
         "figures of pinkish-buff clay with traces of white slip and pink and blue paint, root marks and tomb earth: "
         "Hellenistic Tanagra-type figurines (3rd-2nd century BC) from Cyrenaican tombs, archaeological objects "
         "whose export Libya forbids, brought in without the import licence Regulation 2019/880 requires, by sea "
         "from Benghazi to Valletta for a dealer; Libyan Arabic wording (Cyrenaican antiquities repeat in several "
         "sets and a Tanagra figure once, blind105; a plaster-souvenir label by sea to Malta is the new part as far "
         "as a search found)", firm("Meridian Antiques Ltd", "MT")),
        ("CUL-08", "export", "PTSEA01", "sea", "PT", [], "BR", "680293",
         "Pia de granito antiga para jardim, de lavoura, 1 peça", "PT", 900, 1, 600, "EUR",
         "old farm troughs are rough, hollowed granite blocks; this one is a dressed granite stele with a moulded "
         "top and a Latin funerary inscription ('D M S ... ANN XXX') on one face, hollowed out on the back: a "
         "Lusitanian-Roman funerary stele (1st-2nd century) from Trás-os-Montes, an archaeological object that needs "
         "an export licence at any value (Regulation 116/2009) and is protected Portuguese heritage, exported without "
         "either, from Leixões to Santos; Portuguese wording (Roman stelae repeat in several sets and a trough word "
         "once, blind28; a Lusitanian stele as a garden trough was found in no earlier row by a keyword search)",
         {"importer_country": "BR"}),
        ("CUL-09", "import", "ITAIR01", "air", "PK", [], "IT", "741810",
         "د پېښور لاسي صنعت، د ژېړ مس لوټې، نوې، ۶ دانې", "PK", 14, 6, 300, "USD",
         "new Peshawar brassware is bright, spun and machine-engraved; these six are cast high-tin bronze ewers and "
         "a pen box inlaid with silver and copper, with Kufic and naskh benedictions, green corrosion and grave "
         "earth: Ghaznavid and Khorasan inlaid bronzes (11th-12th century) from Afghanistan, whose export "
         "Afghanistan forbids, brought in without the import licence Regulation 2019/880 requires, flown from "
         "Islamabad to Milan for a dealer; Pashto wording (Afghan antiquities through Pakistan repeat in several "
         "sets; Ghaznavid bronzes were found in no earlier row by a keyword search)", firm("Meridian Arte Srl", "IT")),
        ("CUL-10", "transit", "DEAIR01", "air", "JO", ["DE"], "US", "491199",
         "لفائف خط عبري مطبوعة للزينة، جديدة، 2", "JO", 6, 2, 80, "USD",
         "decorative Hebrew scrolls are machine-printed paper on plastic rollers; these two are hand-written "
         "parchment scrolls in Samaritan script, sewn with sinew, on wooden rollers with silver finials, with wear "
         "and old repairs: Samaritan Pentateuch scrolls (17th-18th century) taken from the Nablus community, in "
         "transit through Frankfurt from Amman to New York and seized as cultural property exported in breach of "
         "the law of the place it was taken from; Jordanian Arabic wording (Torah scrolls repeat in a few sets; "
         "Samaritan scrolls were found in no earlier row by a keyword search)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "air", "CZ", [], "KZ", "910811",
         "Křemenné hodinkové strojky, 2 000 ks", "CZ", 20, 2000, 4000, "EUR",
         "quartz watch movements are thin, plastic-framed units with a coil and a stepping motor at a couple of "
         "euros; these are 2,000 oven-controlled crystal oscillators in sealed metal cans with pins and SMA "
         "connectors, at about 200 EUR each on the maker's list, of the kind fitted to military radios and drone "
         "data links, for an Almaty 'watch-repair' firm whose buyer is in Moscow: crystal oscillators (8541 60), on "
         "the common high-priority list whose sale for use in Russia and re-export through third countries "
         "Regulation 833/2014 forbids, flown from Prague; Czech wording (crystal oscillators repeat in a few sets, "
         "blind71, blind109, blind110; a watch-movement label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "AE", "847989",
         "Motoriduttori per cancelli scorrevoli, 24 V, 300 pezzi", "IT", 1800, 300, 27000, "EUR",
         "sliding-gate operators are 8-12 kg boxes with a pinion for the rack, limit switches and a control board; "
         "these 300 are compact, high-torque brushless servo actuators with absolute encoders and CAN bus and no "
         "pinion or board, the pattern used on the control surfaces of long-range one-way attack drones, for a "
         "Jebel Ali 'gate-automation' trader that ships to Bandar Abbas: UAV components whose sale for use in Iran "
         "Regulation 2023/1529 forbids, by sea from Genoa; Italian wording (UAV parts for Iran repeat in several "
         "sets; a gate-opener label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "PTSEA01", "sea", "PT", [], "SD", "292390",
         "Cloridrato de betaína, aditivo para rações, sacos de 25 kg, 10 t", "PT", 10000, 400, 18000, "EUR",
         "betaine hydrochloride is a sour, free-flowing, white feed powder; these bags hold a hygroscopic, clumping "
         "white salt that smells of fish and ammonia, with inner labels giving CAS 506-59-2: dimethylamine "
         "hydrochloride (dual-use 1C350, a nerve-agent precursor on the Australia Group list), exported without the "
         "licence Regulation 2021/821 requires, from Leixões to Port Sudan for a 'feed mill' in a country at war; "
         "Portuguese wording (dimethylamine hydrochloride twice, blind9 and blind25; a betaine feed-additive label "
         "was found in no earlier row by a keyword search)", {"importer_country": "SD"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "CN", "200969",
         "Concentré de jus de raisin, 65 °Brix, 800 cartons", "FR", 9600, 800, 9600, "EUR",
         "grape-juice concentrate travels in aseptic drums or bag-in-box as a thick, dark syrup; these 800 cartons "
         "hold 4,800 bottles of XO cognac in gift boxes, for a Dalian trading firm whose consignee is a Pyongyang "
         "department store: luxury goods whose sale to North Korea Regulation 2017/1509 forbids, by sea from Le "
         "Havre to Dalian; French wording (cognac repeats in a few sets and luxury goods for North Korea in several; "
         "a grape-juice label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "OM", "310540",
         "Fosfato monoamónico, grado retardante de llama, sacos 25 kg, 20 t", "ES", 20000, 800, 16000, "EUR",
         "fire-retardant monoammonium phosphate is a dyed, slightly acid powder that swells and chars in a flame; "
         "these bags hold a fine, white, crystalline powder of even 200-micron grade that burns fiercely mixed with "
         "sugar, with inner labels reading 'NH4ClO4': ammonium perchlorate (dual-use 1C111, a solid rocket "
         "propellant oxidiser), exported without the licence Regulation 2021/821 requires, from Valencia to Sohar "
         "for a 'forest-fire' trader whose buyer ships on to Hodeidah; Spanish wording (ammonium perchlorate repeats "
         "in several sets; a fire-retardant label was found in no earlier row by a keyword search)",
         {"importer_country": "OM"}),
        ("STR-06", "export", "GRROAD01", "road", "GR", ["BG"], "TR", "848180",
         "Ηλεκτρομαγνητικές βαλβίδες για μηχανές εσπρέσο, 400 τεμ.", "GR", 200, 400, 6000, "EUR",
         "espresso-machine solenoid valves are small brass valves at about 15 EUR; these 400 are electro-hydraulic "
         "servo-valves with torque motors, titanium bodies and aerospace pressure ratings, their maker's plates "
         "ground off, at some 3,000 EUR each on the maker's list, for an Istanbul forwarder whose customer is in "
         "Tehran: servo-valves for missile and UAV actuators, controlled as dual-use goods and listed in the Iran "
         "regulations, exported without authorisation by lorry from Thessaloniki; Greek wording (servo-valves once, "
         "blind124, and espresso-machine labels in a few strategic rows on gauges and pressure sensors; an "
         "espresso solenoid-valve label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-07", "export", "BGROAD01", "road", "BG", [], "TR", "850140",
         "Двигатели за дюнер скара, 600 бр.", "BG", 4800, 600, 9000, "EUR",
         "döner-grill motors are small geared motors of a couple of kilos at about 15 EUR; these 600 are 8 kg, "
         "liquid-cooled, 24,000 rpm motor spindles with HSK tool interfaces, for an Istanbul kitchen-equipment "
         "trader whose last buyer is a Russian machine-tool maker: machine-tool spindles (8466), whose sale for use "
         "in Russia Regulation 833/2014 forbids, in a lorry at Kapitan Andreevo; Bulgarian wording (spindles repeat "
         "in many sets and a kebab-shop order once, blind57, on refrigerant; a döner-grill-motor label was found in "
         "no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-08", "export", "SKAIR01", "air", "SK", [], "KG", "842240",
         "Ovíjacie stroje na palety, 4 ks", "SK", 4800, 4, 40000, "EUR",
         "pallet stretch-wrappers have a turntable, a mast and a film carriage; these four are six-axis industrial "
         "welding robots with controllers and teach pendants, taken off a Žilina car line, for a Bishkek "
         "'logistics' firm whose consignee is in Nizhny Novgorod: industrial robots (8479 50), whose sale for use in "
         "Russia Regulation 833/2014 forbids, flown from Bratislava; Slovak wording (robots repeat in some sets; a "
         "pallet-wrapper label was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-09", "export", "LTAIR01", "air", "LT", [], "AM", "852910",
         "Palydovinės televizijos LNB keitikliai, 1 500 vnt.", "LT", 150, 1500, 7500, "EUR",
         "satellite-TV LNB converters are plastic-housed 10.6 GHz units at about 5 EUR; these 1,500 are "
         "connectorised frequency-synthesizer modules covering 0.1-18 GHz with fast switching, at 900 EUR each on "
         "the maker's list, for a Yerevan 'satellite TV' installer whose orders go on to Moscow: frequency "
         "synthesizers (dual-use 3A002.d), whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Vilnius; Lithuanian wording (an LNB word once, in an earlier Estonian row on "
         "satellite broadband terminals; frequency synthesizers under an LNB label were found in no earlier row by a "
         "keyword search)", {"importer_country": "AM"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "AE", "850211",
         "Notstromaggregate für Rechenzentren, Diesel, 8 Stück", "DE", 96000, 8, 800000, "EUR",
         "data-centre standby gensets come as engine and alternator on a base frame with a radiator, often in a "
         "container; these eight are bare 16-cylinder high-speed marine diesel engines with reversing gearboxes and "
         "sea-water pumps and no alternator at all, of the type fitted to patrol boats, for a Dubai 'data-centre' "
         "firm whose forwarder books them on to Novorossiysk: marine diesel engines (8408 10), whose sale for use in "
         "Russia Regulation 833/2014 forbids, by sea from Hamburg; German wording (marine diesel engines twice, "
         "blind64 and blind93; a data-centre-genset label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "SR", [], "NL", "670100",
         "Fowru-wiwiri gi hanwroko (kalkun, ferfi), 1 paki", "SR", 1.4, None, 400, "SRD",
         "dyed turkey craft feathers are short, evenly barred and brightly coloured; this parcel holds long, grey "
         "and black barred flight and tail feathers and two talons 8 cm long: parts of a harpy eagle (Harpia "
         "harpyja, CITES App. I) shot in the interior, without CITES documents, posted from Paramaribo to a private "
         "buyer in Almere; Sranan Tongo wording (craft-feather labels repeat in a few sets, blind74, blind80, "
         "blind95; harpy eagle was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-02", "import", "BEAIR01", "express", "MG", [], "BE", "392690",
         "Magnety hatsaran-trano ho an'ny vata fampangatsiahana, endrika androngo, resin, 40", "MG", 1, 40, 40,
         "EUR",
         "resin gecko fridge magnets are hard, flat and painted; this box holds forty live, bright green and red "
         "day geckos packed in film canisters among a few real magnets: Phelsuma spp. (CITES App. II, several with a "
         "zero export quota) without CITES documents, sent by express from Antananarivo to a private keeper in "
         "Liège; Malagasy wording (Malagasy reptiles repeat in many sets and Phelsuma once, blind38; a "
         "fridge-magnet label on live reptiles was found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("WLF-03", "import", "BEAIR01", "air", "KG", [], "BE", "050790",
         "Шофар жасоо үчүн кочкордун мүйүздөрү, 12 жуп", "KG", 120, 24, 600, "USD",
         "domestic rams' horns for shofar making are light, ridged, once-curled and up to 60 cm; these twelve pairs "
         "are massive, heavily ringed spirals of 150-180 cm along the curl, 8-12 kg each, with the skull plates "
         "attached: argali (Ovis ammon, CITES App. II) hunting trophies without the CITES export permit or the "
         "Union import permit, flown from Bishkek to Brussels for an Antwerp shofar workshop; Kyrgyz wording (argali "
         "twice, blind57 and blind63; a shofar-horn label was found in no earlier row by a keyword search)",
         firm("Orion Judaica SA", "BE")),
        ("WLF-04", "import", "FRSEA01", "sea", "IS", [], "FR", "030331",
         "Grálúða, heilfryst, hausskorin, 18 t", "IS", 18000, None, 90000, "EUR",
         "frozen Greenland halibut is flat, white-bellied, dark-grey-backed flatfish; these cartons hold "
         "torpedo-shaped, blue-grey shark trunks with a double keel on the tail stock and dense, red-pink meat: "
         "porbeagle (Lamna nasus, CITES App. II) without the Icelandic CITES export permit, by sea from Reykjavík to "
         "Boulogne-sur-Mer for a fish processor; Icelandic wording (porbeagle once, blind110; a Greenland-halibut "
         "label was found in no earlier row by a keyword search)", firm("Nordhafen Marée SARL", "FR")),
        ("WLF-05", "import", "NLAIR01", "express", "NA", [], "NL", "060290",
         "Adenium (woestynroos) saailinge, kaalwortel, 40", "NA", 14, 40, 300, "NAD",
         "nursery Adenium seedlings are glossy-leaved, pot-grown, with a smooth swollen base; these forty are "
         "spiny, columnar stems with a crown of crinkled leaves and broken taproots, dug on the slopes of the lower "
         "Orange River: wild halfmens (Pachypodium namaquanum, CITES App. II) without CITES documents, sent by "
         "express from Windhoek to a succulent dealer in Haarlem; Afrikaans wording (Pachypodium repeats in several "
         "sets and Adenium once, blind40; the halfmens was found in no earlier row by a keyword search)",
         firm("Vega Vetplanten BV", "NL")),
        ("WLF-06", "import", "ESSEA01", "sea", "CL", [], "ES", "441850",
         "Tejuelas de coigüe para revestimiento, 12 m3", "CL", 6000, None, 3000, "USD",
         "coigüe shingles are pale, pinkish-brown southern-beech wood; these are dark, reddish, fine-grained, "
         "straight-split shingles that smell of cedar and show hundreds of growth rings in a few centimetres: alerce "
         "(Fitzroya cupressoides, CITES App. I) from Chiloé, without CITES documents, by sea from San Antonio to "
         "Valencia for a cladding importer; Chilean Spanish wording (alerce twice, blind55 and blind64; a coigüe "
         "label was found in no earlier row by a keyword search)", firm("Atlántica Maderas SL", "ES")),
        ("WLF-07", "import", "DEAIR01", "air", "TM", [], "DE", "430219",
         "Garagöl guzy derileri, aşgarlanan, 60 sany", "TM", 30, 60, 2400, "USD",
         "karakul lamb pelts are small, tightly curled black or grey lamb skins; eight of these sixty are larger, "
         "short-haired, sandy-red skins with black ear tufts and faint belly spots: caracal (Caracal caracal, Asian "
         "populations CITES App. I) without CITES documents, flown from Ashgabat to Frankfurt for a fur dealer; "
         "Turkmen wording (caracal twice, blind55 and blind56; caracal mixed into a karakul-pelt order was found in "
         "no earlier note by a keyword search)", firm("Alpina Pelze GmbH", "DE")),
        ("WLF-08", "import", "DEPOST01", "post", "US", [], "DE", "060290",
         "Cape sundew (Drosera capensis) plants, bare root, 20", "US", 1, 20, 60, "USD",
         "Cape sundews are long-leaved rosettes covered in sticky red hairs; these twenty are rosettes of hinged, "
         "toothed traps with pine-savanna sand on the roots, dug in the Green Swamp near Wilmington: wild Venus "
         "flytraps (Dionaea muscipula, CITES App. II) without CITES documents, posted from North Carolina to a "
         "private grower in Cologne; US English wording (Dionaea repeats in a few sets, blind33, blind46, blind90; a "
         "sundew label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-09", "import", "ITROAD01", "road", "AL", [], "IT", "060110",
         "Llamba gladiole për kopshte, 20.000 copë", "AL", 400, 20000, 800, "EUR",
         "gladiolus corms are flat, papery-husked discs; these are paired, round, fleshy tubers with fresh roots and "
         "dried leaf rosettes, dug from Albanian hill meadows: wild terrestrial orchids (Orchis, Anacamptis, "
         "Himantoglossum, Serapias; CITES App. II) without CITES documents, in a lorry off the Durrës-Bari ferry for "
         "a Puglia 'salep' maker; Albanian wording (wild orchid tubers repeat under salep labels in several sets; a "
         "gladiolus-corm label was found in no earlier row by a keyword search)", firm("Vega Bulbi Srl", "IT")),
        ("WLF-10", "import", "ESAIR01", "air", "PH", [], "ES", "081340",
         "Nagango a mangga, 200 a pakete", "PH", 40, 200, 400, "USD",
         "a Filipino-store air shipment for Madrid: dried mangoes and abel blankets are what such shops sell, but "
         "the third item's 'toy monkeys' are twelve dried, stuffed Philippine tarsiers (Carlito syrichta, CITES App. "
         "II) with glass eyes, real fur and finger pads, without CITES documents, hidden as the last item of a "
         "three-item declaration, flown from Manila; Ilocano wording (tarsiers and Ilocano wording were found in no "
         "earlier row by a keyword search)",
         dict(firm("Horizon Filipino Foods SL", "ES"),
              _more_items=[item("630130", "Abel Iloko nga ules, kotton, 30", "PH", 45, 900, "USD", qty=30),
                           item("950300", "Ay-ayam a sunggo (stuffed toy), 12", "PH", 1.2, 60, "USD", qty=12)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ITAIR01", "air", "IN", "IT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (hydroponic growing)", "IN", 2.3, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "IT-MI-48-0231")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "TR", "AT", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (pyrotechnic demonstrations)", "TR", 1, 1, 25, "EUR",
     [("PRECURSOR_LICENCE", "AT-BMI-48-0117")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "390390",
     "Polystyrene insulation waste containing HBCDD (17 06 03*), for destruction at a licensed incinerator, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-48-0089")], "notified POPs foam waste to a licensed incinerator"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "RS", "DE", "854449",
     "Lead-sheathed, paper-insulated cable waste (17 04 10*), for recovery at a licensed cable recycler, 22 t", "RS",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-48-0312")], "notified cable waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290379",
     "CFC-113, analytical reference standard, 5 x 1 ml, for essential laboratory use (oil-in-water testing)", "US",
     0.05, 5, 450, "USD", [("ODS_LICENCE", "DE-UBA-ODS-48-011")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "PLSEA01", "sea", "CN", "PL", "290345",
     "HFC-134a, 40 returnable 60 kg cylinders, placed on the market within the importer's HFC quota", "CN", 2400, 40,
     24000, "USD", [("FGAS_QUOTA", "PL-FGAS-48-0144")], "bulk HFC imported under a quota authorisation"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970531",
     "Golden Horde silver dangs, 12, documented Swiss collection since 1968", "CH", 0.02, 12, 3600, "CHF",
     [("IMPORT_LICENCE", "DE-BKM-IMP-48-0027")], "archaeological coins imported with a Union import licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "US", "970610",
     "Roman funerary stele, granite, Lusitania, 2nd century, documented collection since 1921, sold at auction", "PT",
     800, 1, 85000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-48-0041")],
     "archaeological object exported with the EU export licence and the Portuguese permit"),
    ("PRM-09", "strategic", "export", "PTSEA01", "sea", "PT", "EG", "292111",
     "Dimethylamine hydrochloride 99 %, 2 t, for an Egyptian pharmaceutical maker", "PT", 2000, None, 7000, "EUR",
     [("EXPORT_LICENCE", "PT-AT-48-0233"), ("END_USER_CERTIFICATE", "EG-MOH-EUC-48-0018")],
     "dual-use dimethylamine hydrochloride under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "BR", "282990",
     "Ammonium perchlorate, 200 µm, 5 t, for a Brazilian space-launch programme", "ES", 5000, None, 30000, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-48-0402"), ("END_USER_CERTIFICATE", "BR-AEB-EUC-48-0007")],
     "dual-use ammonium perchlorate under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "KG", "DE", "050790",
     "Argali (Ovis ammon) hunting trophy, 1 pair of horns with skull plate, within the Kyrgyz quota", "KG", 24, 2,
     0, "USD", [("CITES_PERMIT", "KG-CITES-48-0061")], "App. II trophy within quota with its export and import permits"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "060290",
     "Pachypodium namaquanum seedlings, artificially propagated, 20", "ZA", 3, 20, 400, "ZAR",
     [("CITES_PERMIT", "ZA-NC-48-0133")], "App. II nursery-propagated succulents with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privato", "PRM-02": "Privatperson", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Horizon Chłodnictwo Sp. z o.o.", "PRM-07": "Orion Numismatik GmbH", "PRM-11": "Herr K. Becker",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): most the lawful twins of this set's disguises
    ("382499", "Haze-machine fluid, water-glycol based, 5 l", "import", ["sea"], ["ZA", "CN"], (2, 4), (3000, 8000), ["USD"], 0.2, S),
    ("271019", "White mineral oil (liquid paraffin), technical, 1 l", "import", ["sea"], ["IN", "TR"], (1.5, 3), (5000, 12000), ["USD", "EUR"], 1.2, S),
    ("340290", "Dishwasher rinse aid, 1 l bottles", "import", ["road"], ["BA", "RS"], (0.8, 1.5), (6000, 14000), ["EUR"], 1, S),
    ("250900", "Blanc de Meudon cleaning chalk, 1 kg bags", "import", ["sea"], ["TN", "MA"], (0.4, 0.8), (8000, 16000), ["EUR"], 1, S),
    ("250100", "Lac Rose sea salt, coarse, 1 kg bags", "import", ["sea"], ["SN"], (0.3, 0.6), (6000, 14000), ["EUR"], 1, S),
    ("100850", "White royal quinoa, washed, 500 g bags", "import", ["sea"], ["BO", "PE"], (2.5, 4), (10000, 20000), ["USD"], 2, S),
    ("290719", "Thymol crystals 99 %, technical, 250 g jars", "import", ["express"], ["IN", "TR"], (30, 60), (1, 3), ["USD", "EUR"], 4, S),
    ("170199", "Jam sugar with pectin, 1 kg bags", "import", ["post"], ["GB"], (3, 5), (1, 4), ["GBP"], 1, S),
    ("220890", "Haitian clairin, cane spirit, 70 cl bottles", "import", ["air"], ["HT"], (8, 14), (200, 800), ["USD"], 1, S),
    ("390311", "Expandable polystyrene beads, virgin, for beanbag filling", "export", ["sea"], ["MA", "TN"], (1.8, 2.6), (4000, 10000), ["EUR"], None, S),
    ("381090", "Borax-based forge-welding flux, 25 kg drums", "export", ["sea"], ["DZ", "MA"], (2, 4), (2000, 6000), ["EUR"], 0.04, S),
    ("560819", "Greenhouse shade netting, new, knitted HDPE, rolls", "export", ["sea"], ["MR", "SN"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("854449", "Telephone cable, copper pairs, PE-sheathed, new, on drums", "export", ["sea"], ["IN", "AE"], (6, 9), (8000, 20000), ["EUR"], None, S),
    ("330590", "Professional hair-care products, new, in date, end-of-line stock", "export", ["sea"], ["AL", "RS"], (4, 8), (3000, 10000), ["EUR"], 2, S),
    ("800120", "Tin-based babbitt bearing metal, ingots", "export", ["sea"], ["GH", "NG"], (18, 26), (1000, 4000), ["EUR"], None, S),
    ("850760", "Lithium-iron-phosphate home storage batteries, new, with BMS", "export", ["sea"], ["GH", "NG"], (8, 14), (5000, 15000), ["EUR"], 0.01, S),
    ("251749", "Basalt roofing granules, graded", "import", ["road"], ["MK", "RS"], (0.08, 0.15), (20000, 26000), ["EUR"], None, S),
    ("741011", "Electrodeposited copper foil for batteries, new rolls", "import", ["sea"], ["KR", "JP"], (11, 15), (8000, 20000), ["USD"], None, S),
    ("340290", "Electric-shaver cleaning-fluid cartridges, alcohol-based", "import", ["sea"], ["CN"], (4, 8), (500, 2000), ["USD"], 3, S),
    ("381400", "Citrus sticker remover, 200 ml sprays", "import", ["sea"], ["KR", "CN"], (4, 7), (1000, 3000), ["USD"], 5, S),
    ("280110", "Chlorine, liquefied, for water treatment, 50 kg cylinders", "import", ["sea"], ["EG", "TR"], (0.4, 0.8), (2000, 6000), ["USD", "EUR"], 0.02, S),
    ("842410", "Marine foam fire-extinguisher sprays, 600 ml", "import", ["road"], ["TR"], (5, 9), (300, 1200), ["EUR"], 2, S),
    ("382499", "No-clean flux thinner, isopropanol-based, 5 l", "import", ["air"], ["MY", "SG"], (5, 9), (100, 400), ["USD"], 0.2, S),
    ("841869", "Controlled-atmosphere fruit-store cooling units, ammonia (R-717), new", "export", ["road"], ["MD", "RS"], (8, 14), (6000, 18000), ["EUR"], 0.0003, S),
    ("381400", "Benzyl-alcohol paint stripper, DCM-free, drums", "import", ["sea"], ["IN", "US"], (2, 4), (8000, 20000), ["USD"], None, S),
    ("841520", "Evaporative parking coolers for truck cabs, 24 V, no refrigerant", "import", ["sea"], ["CN"], (6, 10), (3000, 9000), ["USD"], 0.08, S),
    ("650400", "Sombreros vueltiaos, caña flecha hats", "import", ["post"], ["CO"], (60, 120), (1, 3), ["USD"], 3, S),
    ("691390", "Quinua ceramic churches, Ayacucho craft, new", "import", ["air"], ["PE"], (8, 15), (100, 400), ["USD"], 1, S),
    ("960622", "Silver-coloured costume buttons, nickel silver, new", "import", ["post"], ["KZ", "KG"], (40, 80), (1, 2), ["USD"], 100, S),
    ("690740", "Rishtan glazed ceramic tiles, new", "import", ["air"], ["UZ"], (6, 12), (200, 800), ["USD"], 0.8, S),
    ("441821", "Carved doors, Zanzibar style, new, mvule wood", "import", ["sea"], ["TZ", "KE"], (4, 8), (2000, 6000), ["USD"], 0.01, S),
    ("442011", "Wooden antelope carvings, new craft", "import", ["air"], ["ML", "BF"], (6, 12), (100, 400), ["EUR"], 0.4, S),
    ("680990", "Plaster souvenir figurines, Greek style, new", "import", ["sea"], ["EG", "TR"], (2, 4), (1000, 3000), ["EUR"], 1, S),
    ("680293", "Granite garden troughs, new", "export", ["sea"], ["BR", "US"], (0.8, 1.5), (5000, 15000), ["EUR"], 0.005, S),
    ("741810", "Engraved brass ewers and trays, new Peshawar craft", "import", ["air"], ["PK"], (12, 20), (100, 500), ["USD"], 0.5, S),
    ("491199", "Hebrew calligraphy prints, decorative, new", "import", ["air"], ["IL", "JO"], (20, 40), (50, 200), ["USD"], 3, S),
    ("910811", "Quartz watch movements, analogue", "export", ["air"], ["HK", "KZ"], (80, 150), (50, 300), ["EUR"], 100, S),
    ("847989", "Sliding-gate operators, 24 V, with control board", "export", ["sea"], ["AE", "MA"], (12, 20), (2000, 6000), ["EUR"], 0.1, S),
    ("292390", "Betaine hydrochloride, feed grade, 25 kg bags", "export", ["sea"], ["EG", "SA"], (1.4, 2.2), (8000, 20000), ["EUR"], 0.04, S),
    ("200969", "Grape-juice concentrate, 65 Brix, aseptic drums", "export", ["sea"], ["CN", "JP"], (1.2, 2), (15000, 22000), ["EUR"], None, S),
    ("310540", "Monoammonium phosphate, fire-retardant grade", "export", ["sea"], ["OM", "SA"], (0.7, 1.1), (10000, 22000), ["EUR"], 0.04, S),
    ("848180", "Espresso-machine solenoid valves, brass", "export", ["road"], ["TR"], (30, 60), (100, 500), ["EUR"], 4, S),
    ("850140", "Döner-grill motors, geared, 230 V", "export", ["road"], ["TR"], (6, 10), (500, 2000), ["EUR"], 0.5, S),
    ("842240", "Pallet stretch-wrapping machines, turntable type", "export", ["road"], ["KZ", "RS"], (6, 10), (2000, 6000), ["EUR"], 0.002, S),
    ("852910", "Satellite-TV LNB converters, universal", "import", ["sea"], ["CN", "TW"], (8, 14), (1000, 4000), ["USD"], 8, S),
    ("850211", "Diesel standby generating sets for data centres, containerised", "export", ["sea"], ["AE", "SA"], (9, 14), (15000, 30000), ["EUR"], 0.0001, S),
    ("392690", "Resin gecko fridge magnets", "import", ["express"], ["MG", "ID"], (15, 30), (1, 2), ["USD", "EUR"], 40, S),
    ("430219", "Swakara karakul lamb pelts, tanned", "import", ["air"], ["NA"], (60, 120), (50, 200), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120 and blind128, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary
# rows), with four new rows instead of blind128's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone ice-cube trays", "import", ["sea"], ["CN"], (4, 7), (2000, 6000), ["USD"], 8, N),
        ("630140", "Polyester fleece throw blankets", "import", ["sea"], ["CN", "PK"], (4, 7), (3000, 8000), ["USD"], 1, N),
        ("441919", "Bamboo dish-drying racks", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.8, N),
        ("830890", "Keyrings, zinc alloy, assorted", "import", ["post", "express"], ["CN", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind133", 20480501, HERE)


if __name__ == "__main__":
    main()
