#!/usr/bin/env python3
"""Writes the hundred-and-tenth blind set (tests/risk/data/blind110-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2044, with goods, routes,
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
would. Ids are BL110-*:

    python3 tests/risk/data/make_blind110_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2044, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2044
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "LB", [], "FR", "210390",
         "دبس رمان طبيعي، صنع بيتي، 4 قناني 1 ليتر", "LB", 7.4, 4, 40, "USD",
         "Lebanese pomegranate molasses is a thick, dark red-brown, sweet-sour syrup; these four litre bottles hold an "
         "oily, water-clear liquid of 1.84 kg/l that grows hot with a drop of water and chars the cardboard it leaked "
         "onto: about 96 % sulphuric acid (Annex I above 15 %), posted from Beirut to a private person in Lyon; "
         "Lebanese Arabic wording (sulphuric acid repeats in many sets and syrup-like covers in several; a "
         "pomegranate-molasses label was found in no earlier row by a keyword search)",
         person("M. K. Haddad", "FR")),
        ("PRE-02", "import", "ESAIR01", "express", "MX", [], "ES", "200939",
         "Concentrado de jugo de limón, sin azúcar, 6 botellas de 1 l", "MX", 8.4, 6, 900, "MXN",
         "lemon-juice concentrate is cloudy yellow, smells of lemon and weighs about 1.3 kg/l; these six bottles hold "
         "a clear, pale yellow liquid that gives off brown fumes when opened, turns skin yellow and weighs 1.40 kg/l: "
         "about 65 % nitric acid (Annex I above 3 %), sent by express from Guadalajara to a private person in Sevilla, "
         "although corrosive liquids travel by express only as declared dangerous goods; Mexican Spanish wording "
         "(nitric acid repeats in many sets; a lemon-juice label was found in no earlier row)",
         person("Particular", "ES")),
        ("PRE-03", "import", "NLSEA01", "sea", "TH", [], "NL", "200989",
         "น้ำมะพร้าวแท้ 100% ขวด 1 ลิตร 6,000 ขวด", "TH", 7000, 6000, 4800, "USD",
         "coconut water is slightly cloudy, sweet and smells of coconut; these 6,000 bottles have vented caps, taste "
         "of nothing, bleach the skin white and fizz on rust, and the drums the Samut Sakhon packer filled them from "
         "read 'H2O2 35 %', at 0.80 USD a bottle for a Rotterdam Asian web shop that sells to the public: hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public; Thai wording (hydrogen peroxide "
         "repeats in many sets and water-like covers in several; a coconut-water label was found in no earlier row)",
         firm("Vega Aziatische Levensmiddelen BV", "NL")),
        ("PRE-04", "import", "NLAIR01", "air", "ID", [], "NL", "292242",
         "Penyedap rasa MSG (monosodium glutamat) murni, 1 kg, 300 bungkus", "ID", 300, 300, 9000000, "IDR",
         "monosodium glutamate is glossy, needle-like white crystals that dissolve at once and taste savoury; these "
         "300 bags hold glossy, tasteless crystals that dissolve slowly, spit violet sparks on a hot pan and carry CAS "
         "3811-04-9 on the inner liners: potassium chlorate (Annex I above 40 %), flown from Jakarta for an Amsterdam "
         "web shop that sells 1 kg bags to the public; Indonesian wording (potassium chlorate repeats in many sets; "
         "monosodium glutamate appears in one earlier row at most, and an Indonesian MSG label on potassium chlorate by "
         "air freight is the new part)", firm("Horizon Toko BV", "NL")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "190300",
         "Тапіока перлова для бабл-ті, 1 кг, 2 000 пакетів", "UA", 2000, 2000, 1600, "EUR",
         "tapioca pearls for bubble tea are hard, white or brown starch balls that swell and turn glassy in boiling "
         "water; these bags hold hard, white 2 mm prills that do not swell, turn ice-cold in water, test at 34 % N and "
         "melt and fume on a hot plate: ammonium nitrate (Annex I at 16 % N or more), on a lorry at Dorohusk for a "
         "Lublin web shop that sells 1 kg bags to the public; Ukrainian wording (ammonium nitrate repeats in many "
         "sets, and tapioca appears in three earlier rows; a bubble-tea pearl label by road from Ukraine is the new "
         "part as far as a search found)", firm("Orion Handel Sp. z o.o.", "PL")),
        ("PRE-06", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "110812",
         "玉米淀粉 食用级 (kukoricakeményítő), 500 g 袋, 8,000 袋", "CN", 4000, 8000, 3200, "USD",
         "maize starch squeaks between the fingers, turns into a paste in hot water and blue-black with iodine; these "
         "bags hold a fine white powder that does not thicken, gives no iodine colour, draws damp and burns fiercely "
         "with sugar, and the inner liners read 'NaClO4': sodium perchlorate (Annex I above 40 %), by rail from "
         "Chongqing through Kazakhstan, Russia, Belarus, Poland and Slovakia for a Budapest web shop that sells to "
         "the public; Chinese wording with a Hungarian sticker (sodium perchlorate repeats in many sets; a "
         "maize-starch label on it by rail to Hungary was found in no earlier row)",
         firm("Delta Háztartás Kft.", "HU")),
        ("PRE-07", "import", "DEPOST01", "post", "TR", [], "DE", "291814",
         "Limon tuzu (sitrik asit), mutfak için, 5 x 1 kg", "TR", 5, 5, 600, "TRY",
         "limon tuzu is citric acid, sour white crystals that fizz with baking soda; these five bags hold tasteless, "
         "glossy crystals that do not fizz, draw damp and flare yellow on a gas flame, and the inner bag reads "
         "'sodyum klorat': sodium chlorate (Annex I above 40 %), posted from Izmir to a private person in Dortmund; "
         "Turkish wording (sodium chlorate repeats in many sets and citric-acid covers in several; a limon-tuzu label "
         "was found in no earlier row)", person("Privatperson", "DE")),
        ("PRE-08", "import", "ATAIR01", "express", "KR", [], "AT", "220890",
         "참이슬 소주, 360 ml, 12병 (선물용)", "KR", 4.9, 12, 60000, "KRW",
         "soju is a water-clear spirit of about 0.97 kg/l that smells of ethanol; these twelve green bottles hold a "
         "clear, oily liquid of 1.14 kg/l that smells fruity, does not mix with water and burns with a pale flame "
         "leaving no residue: nitromethane (Annex I above 16 %), sent by express from Seoul to a private person in "
         "Graz, although flammable liquids travel by express only as declared dangerous goods; Korean wording "
         "(nitromethane repeats in many sets; a soju label was found in no earlier row)", person("Herr M. Gruber", "AT")),
        ("PRE-09", "import", "DEAIR01", "air", "ET", [], "DE", "110290",
         "የጤፍ ዱቄት (teff flour), 25 kg ጆንያ, 40 ጆንያ", "ET", 1000, 40, 2400, "USD",
         "an Ethiopian grocery air shipment for a Frankfurt shop that sells to the public: teff flour and berbere are "
         "what such shops stock, but the third item's 'baking soda for injera' is 300 packs of 500 g of a fine white "
         "powder that does not fizz with vinegar or lemon, burns fiercely mixed with sugar and reads 'KClO4' on a "
         "torn inner liner: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "hidden as the last item of a three-item declaration, flown from Addis Ababa; Amharic wording (potassium "
         "perchlorate repeats in many sets and baking-soda labels in a few; an Ethiopian teff-grocery cover was found "
         "in no earlier row)",
         dict(firm("Meridian Afro Markt GmbH", "DE"),
              _more_items=[item("091099", "በርበሬ (berbere spice mix), 200 kg", "ET", 200, 1400, "USD"),
                           item("283630", "ቤኪንግ ሶዳ ለእንጀራ (baking soda for injera), 500 g, 300 ፓኬት", "ET", 150, 90, "USD",
                                qty=300)])),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "285390",
         "Destilovana voda za pegle i akumulatore, 10 x 1 l", "RS", 11.9, 10, 1500, "RSD",
         "distilled water for irons weighs exactly 1.00 kg/l and does nothing to the skin; these ten bottles have "
         "vented caps, weigh 1.19 kg/l, whiten the fingers and foam on a rusty nail, and a bottle reads 'vodonik "
         "peroksid 50 %' under the label: hydrogen peroxide (Annex I above 12 %), in a private car at "
         "Horgoš-Röszke for a private person in Szeged; Serbian wording (hydrogen peroxide repeats in many sets and "
         "distilled-water labels in several, one of them on battery acid into Hungary in blind46; peroxide under an "
         "iron-water label in Serbian is the new part)",
         person("Magánszemély", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "271019",
         "Stookolie, zwaar, off-spec, voor menging, 2 tanks (ISO), 40 t", "NL", 40000, None, 4000, "EUR",
         "off-spec heavy fuel oil is still a fuel with a specification sheet and a price near market; these ISO "
         "tanks hold a black, water-laden sludge with sand and rust scale, 30 % water, scraped out of crude-oil "
         "storage tanks in Rotterdam and sold at 0.10 EUR a kilo to a Lagos 'blender': tank-bottom sludge "
         "(05 01 03*), hazardous waste whose export to a non-OECD country is banned, by sea; Dutch wording "
         "(tank-bottom sludge appears in a few earlier rows and off-spec labels in several; Rotterdam to Lagos in ISO "
         "tanks is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "391400",
         "Ioncserélő gyanta, regenerált, vízlágyítókhoz, 40 zsák", "HU", 12000, 480, 2400, "EUR",
         "regenerated softener resin is clean, amber, uniform beads sold in sealed 25 l sacks with a capacity "
         "certificate; these sacks hold dark, greenish-black, clumped beads that smell of acid, loaded with chromium, "
         "nickel and copper from the rinse-water plant of a Székesfehérvár electroplater and never regenerated: "
         "spent ion-exchange resins containing heavy metals (19 08 06*), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry at Röszke for a Serbian 'water-treatment' firm; Hungarian wording (spent "
         "ion-exchange resins appear in a few earlier rows; a regenerated-softener-resin label from Hungary to "
         "Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-03", "export", "GRSEA01", "sea", "GR", [], "IN", "260200",
         "Μεταλλεύμα μαγγανίου, χαμηλής περιεκτικότητας, 2 κοντέινερ, 44 t", "GR", 44000, None, 6600, "USD",
         "low-grade manganese ore is a black, earthy, rock-like ore with an assay for Mn and iron; these big-bags hold "
         "whole and crushed household batteries, AA and button cells, nickel-cadmium packs and some lithium cells "
         "among them, from Athens collection points, with a black powder that reads for zinc, manganese, cadmium "
         "and mercury: unsorted collected batteries (20 01 33*), hazardous waste whose export to a non-OECD country "
         "is banned, by sea from Piraeus to Mundra; Greek wording (waste batteries repeat in many sets; a "
         "manganese-ore label was found in no earlier row)", {"importer_country": "IN"}),
        ("WST-04", "export", "ESROAD01", "road", "ES", [], "MA", "732690",
         "Chatarra de hojalata prensada, envases metálicos limpios, 22 t", "ES", 22000, None, 2200, "EUR",
         "baled tinplate scrap for a steelworks is clean, empty cans pressed flat with no contents; these bales "
         "drip solvent and paint, the cans are half full of dried and liquid paint, varnish and thinner, and the "
         "lorry smells of solvent through the tarpaulin: packaging containing residues of hazardous substances "
         "(15 01 10*), hazardous waste whose export to a non-OECD country is banned, from a Valencia paint "
         "distributor's returns, by road and ferry through Algeciras for a Moroccan 'recycler'; Spanish wording "
         "(tinplate labels appear in a few earlier rows; paint-can residues under a baled-tinplate label from Spain "
         "to Morocco are the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "VN", "850680",
         "Batteries lithium, occasion, pour stockage d'énergie seconde vie, 2 conteneurs", "BE", 36000, 1200, 24000,
         "EUR",
         "second-life battery modules are sorted, tested, uniform packs with a state-of-health report for each; "
         "these 1,200 e-bike and scooter packs are mixed brands, swollen or burnt in part, some with cut wires, from "
         "Belgian take-back points, bought by weight for a 'recycler' in Haiphong: waste lithium batteries (16 06 "
         "05 and hazardous components), shipped as waste without the notification and consent Basel requires, by "
         "sea from Antwerp; Belgian French wording (waste e-bike batteries repeat in several sets; a second-life "
         "label from Antwerp to Vietnam is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WST-06", "export", "RORAIL01", "rail", "RO", [], "MD", "850710",
         "Acumulatori auto cu plumb, second-hand, testați, 2 vagoane", "RO", 110000, 5500, 22000, "EUR",
         "used car batteries for reuse are sold tested, one by one, with a charge reading on each; these wagons hold "
         "5,500 batteries stacked loose, many cracked and leaking acid, bought by the tonne from scrapyards for a "
         "secondary-lead smelter near Chișinău: waste lead-acid batteries (16 06 01*), hazardous waste whose export "
         "to a non-OECD country is banned, by rail through Ungheni; Romanian wording (waste lead-acid batteries "
         "repeat in many sets; by rail from Romania to Moldova is the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("WST-07", "export", "ITAIR01", "air", "IT", [], "AE", "261610",
         "Concentrato di argento da raffinazione, 12 fusti", "IT", 1800, 12, 36000, "EUR",
         "a silver concentrate for a refiner carries an assay and a mine or smelter of origin; these drums hold a "
         "grey, wet, ammonia- and sulphur-smelling sludge with 2 % silver, scraped from the electrolytic "
         "recovery cells of Milan photo-labs and X-ray departments: photographic silver sludge (09 01 06*), "
         "hazardous waste whose export to a non-OECD country is banned, by air freight from Malpensa to Dubai; "
         "Italian wording (photographic wastes and fixer labels repeat in several sets; a silver-concentrate label "
         "by air to Dubai is the new part as far as a search found)", {"importer_country": "AE"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "GH", "871200",
         "Gebrauchte Fahrräder, fahrbereit, 40-Fuß-Container, 300 Stück", "DE", 4500, 300, 6000, "EUR",
         "a used-goods container for a Tema dealer: bicycles and used furniture are what such containers carry, but "
         "the third item's 'used computer monitors, tested' are 240 CRT monitors, cases cracked, some without cables, "
         "packed into the gaps: waste electrical equipment with cathode-ray tubes (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, by sea from "
         "Hamburg; German wording (CRT monitors and used-goods containers for Ghana repeat in several sets; behind "
         "used bicycles is the new part as far as a search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("940360", "Gebrauchte Möbel, Holz, gemischt", "DE", 3000, 1200, "EUR"),
                           item("852849", "Gebrauchte Computermonitore, getestet, 240 Stück", "DE", 3600, 1200, "EUR",
                                qty=240)])),
        ("WST-09", "transit", "BESEA01", "sea", "GB", ["BE"], "IN", "470790",
         "Mixed paper bales, sorted, mill grade, 5 containers", "GB", 110000, None, 8800, "GBP",
         "sorted mixed paper is bales of paper and board with a few per cent of contraries; these bales hold more "
         "plastic than paper, film, cups, wet food trays and hospital glove boxes baled together, bound for a "
         "'paper mill' in Gujarat that burns the reject: mixed plastic and municipal waste (Y46/Y48), shipped "
         "without the notification and consent Basel requires, declared in transit through Antwerp; English wording "
         "(contaminated paper bales appear in one earlier row; in transit through Antwerp to India is the new part)",
         {"importer_country": "IN"}),
        ("WST-10", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "262019",
         "Oxid zinečnatý surový, pro hutní zpracování, 3 vagóny", "CZ", 180000, None, 18000, "EUR",
         "crude zinc oxide from a Waelz kiln is a cream powder of 60 % Zn; these wagons hold a brown-black, dusty "
         "filter dust with 22 % Zn, lead, cadmium and chlorides from an Ostrava electric-arc furnace's baghouse: "
         "EAF dust (10 02 07*), hazardous waste whose export to a non-OECD country is banned, by rail through "
         "Slovakia to a Ukrainian zinc works; Czech wording (EAF dust repeats in many sets and Waelz oxide labels in "
         "a few; by rail from Czechia to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "292090",
         "Dimethyl carbonate (DMC), solvent for polyurethane mixing-head flushing, 80 drums", "IN", 16000, 80, 28000,
         "USD",
         "dimethyl carbonate is a water-white, flammable solvent of 1.07 kg/l that boils at 90 °C and smells faintly "
         "sweet; these drums hold a non-flammable liquid of 1.24 kg/l that boils at 32 °C and froths on the hand, "
         "and the Vapi maker's drum stencils under the fresh paint read 'R-141b': HCFC-141b, an ozone-depleting "
         "substance whose import into the Union is banned, for a polyurethane panel maker in Treviso; Indian English "
         "wording (HCFC-141b repeats in many sets and methylal and other solvent labels in several; a "
         "dimethyl-carbonate label was found in no earlier row)", firm("Pannelli Vega Srl", "IT")),
        ("OZN-02", "import", "DEPOST01", "post", "US", [], "DE", "271119",
         "HC-12a hydrocarbon refrigerant, 12 oz cans, 12 cans, for classic car A/C", "US", 4.2, 12, 180, "USD",
         "HC-12a is a propane-isobutane blend that weighs about 6 oz in a 12 oz can and burns; these twelve cans are "
         "full at 12 oz, do not burn from a leak-test torch, carry 1980s date codes under the new labels and read "
         "'dichlorodifluoromethane' on the crimp: CFC-12, an ozone-depleting substance whose import into the Union is "
         "banned, posted from Texas to a private person in Stuttgart who restores American cars; US English wording "
         "(CFC-12 repeats in many sets and HC-12a labels in a few; by post to a classic-car owner is kept as a known "
         "repeat of the family, the Texas-to-Stuttgart route is new)", person("Herr T. Wagner", "DE")),
        ("OZN-03", "import", "FRAIR01", "express", "US", [], "FR", "271119",
         "Butane refill for soldering irons and pipe torches, 8 oz, 24 cans", "US", 5.4, 24, 180, "USD",
         "butane refills weigh about 225 g a can and their contents burn; these 24 cans are too heavy for butane, do "
         "not burn from a torch, chill the nozzle white and, under new stickers, carry 1970s labels reading "
         "'Freon 12 - Refrigerant': CFC-12 in small cans, an ozone-depleting substance whose import into the Union is "
         "banned, sent by express from Arizona to a private person in Toulouse who services vintage refrigerators; "
         "US English wording (CFC-12 in small cans repeats in many sets; a butane-refill label was found in no "
         "earlier row as far as a search found)", person("M. P. Laurent", "FR")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "291479",
         "FK-5-1-12 yangın söndürme sıvısı (Novec 1230 muadili), 20 tüp", "TR", 1800, 20, 27000, "EUR",
         "FK-5-1-12 is a colourless liquid of 1.6 kg/l that boils at 49 °C and evaporates off the hand; these "
         "cylinders hold a liquid of 2.17 kg/l boiling at 47 °C that leaves the hand cold and reads 'halon 2402 "
         "(dibromotetrafluoroethane)' on the old stamp under the new label, for a Plovdiv fire-protection firm: "
         "halon 2402, an ozone-depleting substance whose import into the Union is banned outside licensed critical "
         "uses, on a lorry at Kapitan Andreevo; Turkish wording (halon 2402 and Novec labels repeat in several sets; "
         "kept as a known repeat, by road from Türkiye to Bulgaria is the new part as far as a search found)",
         firm("Rivage Pozharna Zashtita EOOD", "BG")),
        ("OZN-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "290369",
         "1-溴丙烷 (n-propyl bromide) 气相脱脂清洗剂, 200 升桶, 40 桶", "CN", 10700, 40, 21000, "USD",
         "n-propyl bromide is a water-clear degreasing solvent of 1.35 kg/l boiling at 71 °C; these drums hold a "
         "liquid of 1.34 kg/l boiling at 74 °C that smells sweet, carries a stabiliser of dioxane and shows a "
         "'1,1,1-三氯乙烷' batch sheet in the container: 1,1,1-trichloroethane (methyl chloroform), an "
         "ozone-depleting substance whose import into the Union is banned, by rail from Chengdu for a Wrocław "
         "metal-finishing firm; Chinese wording (methyl chloroform repeats in several sets; a 1-bromopropane label "
         "appears in one earlier row at most, and by rail to Poland is the new part)",
         firm("Nordhafen Chemia Sp. z o.o.", "PL")),
        ("OZN-06", "import", "ATAIR01", "air", "JP", [], "AT", "841840",
         "超低温フリーザー -86 °C、炭化水素カスケード (R-290/R-170)、4 台", "JP", 1280, 4, 6000000, "JPY",
         "hydrocarbon cascade ultra-low freezers carry flammable-gas markings and R-290/R-170 rating plates; these "
         "four, bought used from a Japanese laboratory, have old rating plates under the new stickers reading 'R-404A "
         "/ R-13B1', and the low stage holds bromotrifluoromethane: halon 1301 as the low-stage refrigerant, "
         "equipment relying on an ozone-depleting substance whose import into the Union is banned, flown from Tokyo "
         "for a Vienna lab-equipment reseller; Japanese wording (R-13B1 appears in a few earlier rows; used "
         "ultra-low freezers from Japan declared as hydrocarbon units are the new part as far as a search found)",
         firm("Alpina Labortechnik GmbH", "AT")),
        ("OZN-07", "export", "BESEA01", "sea", "BE", [], "CI", "841869",
         "Groupes de condensation, occasion, révisés, 24 unités", "BE", 7200, 24, 19000, "EUR",
         "used condensing units exported for reuse should run on a refrigerant that may still be placed on the "
         "market; these 24, pulled out of Belgian supermarkets, still hold their HCFC-22 charge (rating plates 'R22', "
         "gauges reading full): equipment containing an ozone-depleting substance, whose export from the Union is "
         "banned, by sea from Antwerp to Abidjan; Belgian French wording (used R-22 equipment for export repeats in "
         "several sets, chillers in blind41 and reefer units in others; supermarket condensing units to Côte "
         "d'Ivoire are the new part as far as a search found)", {"importer_country": "CI"}),
        ("OZN-08", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382769",
         "Solkane 365/227 blowing agent, 60 cylinders", "CN", 15000, 60, 30000, "USD",
         "HFC-365mfc/227ea blends boil at about 30 °C and are sold in labelled cylinders; these cylinders hold a "
         "liquid boiling at 24 °C, of 1.49 kg/l, and the Zhejiang maker's valve tags read 'R-11': CFC-11 "
         "(trichlorofluoromethane), an ozone-depleting substance whose transit through the Union is banned as well as "
         "its import, declared in transit through Koper for a Serbian foam maker; English wording (CFC-11 repeats in "
         "many sets and 365mfc labels in several; in transit through Koper to Serbia is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
        ("OZN-09", "import", "GRSEA01", "sea", "TR", [], "GR", "290345",
         "R-134a soğutucu gaz, 13,6 kg tüp, 60 adet, otomotiv servis için", "TR", 816, 60, 2400, "EUR",
         "R-134a for car servicing comes in 13.6 kg cylinders with 1/2\" ACME valves and a fill matching its "
         "density; these 60 cylinders have old-style 1/4\" flare valves, repainted bodies over older stamps and a "
         "pressure at room temperature below R-134a's, and a leak-detector set to CFC reads them at once: CFC-12, "
         "an ozone-depleting substance whose import into the Union is banned, for a Piraeus car-parts wholesaler, by "
         "sea from Gemlik; Turkish wording (CFC-12 under R-134a labels repeats in many sets; kept as a known repeat "
         "of the family, by sea from Gemlik to Piraeus is the new part as far as a search found)",
         firm("Atlantic Antallaktika AE", "GR")),
        ("OZN-10", "import", "SEAIR01", "express", "HK", [], "SE", "381400",
         "PCB flux remover spray, 400 ml, 48 cans", "HK", 4.5, 48, 2400, "HKD",
         "flux removers sold in the Union are isopropanol or hydrofluoroether sprays; these 48 cans are 'non-flammable', "
         "the liquid of 1.25 kg/l evaporates at once and smells sweet, and the Shenzhen maker's safety sheet gives "
         "CAS 1717-00-6: HCFC-141b, an ozone-depleting substance whose import into the Union (in products too) is "
         "banned, sent by express to a Gothenburg electronics repairer; English wording (HCFC-141b cleaning sprays "
         "repeat in several sets and flux-remover labels in a few; from Hong Kong to Sweden is the new part as far as "
         "a search found)", firm("Horizon Elektronik AB", "SE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "690722",
         "کاشی زرین‌فام به سبک کاشان، نو، دست‌ساز، 1 صندوق", "AE", 140, 24, 3200, "USD",
         "new Kashan-style lustre tiles are bright, even and glazed on a clean white body; these 24 star-and-cross "
         "tiles have worn, iridescent lustre, old lime mortar on the backs, Qur'anic inscriptions in a frieze that "
         "fits together into a prayer niche, and fresh breaks where they were chiselled off: a 13th-century Ilkhanid "
         "mihrab from a shrine in Iran, exported without Iranian permission and imported into the Union without the "
         "licence archaeological and religious objects of that age need, flown from Dubai to Frankfurt for a dealer; "
         "Persian wording (Persian tiles repeat in several sets; a lustre mihrab was found in no earlier row)",
         firm("Orion Orientkunst GmbH", "DE")),
        ("CUL-02", "export", "ITROAD01", "road", "IT", [], "CH", "441490",
         "Cornice antica in legno dorato, con stampa decorativa, 1 pezzo", "IT", 38, 1, 1800, "EUR",
         "an old gilt frame with a decorative print in it is a frame, a sheet of printed paper and a board; behind "
         "this print, held by new nails, is a relined canvas with old, deep craquelure, an Emilian collection seal "
         "and an inventory number on the stretcher, which a Bologna expert has given to Guercino's workshop: an "
         "Italian Baroque painting more than 50 years old worth well above 150,000 EUR, exported without the export "
         "licence Regulation 116/2009 requires (nor Italy's certificate of free circulation), on a van at Chiasso "
         "for a Lugano buyer; Italian wording (paintings declared as copies or reproductions repeat in several sets "
         "on this route; a painting hidden behind a print in a frame declared on its own, and Guercino, were found "
         "in no earlier row)", {"importer_country": "CH"}),
        ("CUL-03", "import", "ESPOST01", "post", "PE", [], "ES", "711411",
         "Vaso de plata peruana 950, artesanía nueva, repujado, 1 pieza", "PE", 1.4, 1, 150, "USD",
         "new Peruvian 950 silverware is bright, hallmarked and machine-spun, with even walls; this beaker is "
         "hammered from thin sheet, unmarked, with a repoussé face of a deity with ear spools, a black-violet "
         "silver-chloride crust in the folds and coastal sand inside: a Chimú silver beaker of about 1300-1450 from a "
         "looted north-coast tomb, Peruvian cultural heritage whose export Peru bans (UNESCO 1970), posted from "
         "Trujillo to a private person in Madrid; Peruvian Spanish wording (Chimú objects appear in two earlier "
         "rows, as feathered textiles; a Chimú silver beaker under a new-silverware label was found in no earlier "
         "row)", person("Particular", "ES")),
        ("CUL-04", "import", "NLAIR01", "express", "TR", [], "NL", "180690",
         "Çikolata para, altın yaldızlı, hediyelik, 1 kutu", "TR", 1.2, 40, 30, "USD",
         "gold-foil chocolate coins are light and soft and bend under the thumb; these 40 'coins' in foil are hard, "
         "heavy, 4.4 g each, of pure gold with emperors' busts and crosses on steps, worn and with soil in the "
         "letters: Byzantine gold solidi from a hoard dug in Anatolia, archaeological objects whose export Türkiye "
         "bans and whose import into the Union needs proof of lawful export, sent by express to a private person in "
         "Utrecht who sells coins online; Turkish wording (ancient coins repeat in many sets; solidi and a "
         "chocolate-coin label were found in no earlier row)", person("Dhr. J. de Vries", "NL")),
        ("CUL-05", "import", "FRSEA01", "sea", "LB", [], "FR", "940360",
         "Meubles en bois sculpté, artisanat libanais, 40 pièces", "LB", 2400, 40, 9600, "USD",
         "a Lebanese furniture container for a Marseille decorator: carved cedar furniture and brass trays are what "
         "such containers carry, but the third item's 'vasque de jardin en marbre' is the long side of a Roman "
         "marble sarcophagus with garlands and masks, its ends sawn off and salt crust in the hollows, from the "
         "necropolis of Tyre: an archaeological object whose export Lebanon bans (UNESCO 1970), imported into the "
         "Union without proof of lawful export, hidden as the last item of a three-item declaration, by sea from "
         "Beirut; Lebanese French wording (sarcophagi appear in one earlier row, and a Beirut-Marseille container "
         "hiding an antiquity as its third item in blind90; a garden-basin label on a sarcophagus is the new part)",
         dict(firm("Atlantic Décor Méditerranée SARL", "FR"),
              _more_items=[item("830629", "Plateaux en laiton ciselé, 120 pièces", "LB", 180, 1800, "USD", qty=120),
                           item("680291", "Vasque de jardin en marbre, sculptée, 1 pièce", "LB", 900, 600, "USD",
                                qty=1)])),
        ("CUL-06", "import", "PLRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "PL", "680919",
         "Декоративные гипсовые панели, расписные, ручная работа, 8 шт", "UZ", 640, 8, 800, "USD",
         "painted plaster panels for interiors are cast in moulds, even, and painted in fresh acrylic; these eight "
         "are irregular slabs of clay-and-straw plaster backed with new gypsum, painted in faded mineral pigments "
         "with seated Buddhas and donors, with old cuts along their edges: Kushan-period Buddhist wall paintings "
         "cut from a monastery near Termez, archaeological objects whose export Uzbekistan bans, imported into the "
         "Union without proof of lawful export, by rail from Tashkent for a Warsaw collector; Russian wording "
         "(painted temple plaster appears in a few earlier rows; Termez wall paintings as decorative plaster panels "
         "by rail were found in no earlier row)", {"consignee_name": "Prywatny kolekcjoner", "importer_country": "PL"}),
        ("CUL-07", "export", "ESPOST01", "post", "ES", [], "MX", "490199",
         "Libros usados, papel antiguo, lote de 3 tomos", "ES", 4.6, 3, 60, "EUR",
         "a lot of used books is printed paper with dust jackets; these three tomes are handwritten, bound in limp "
         "vellum, notarial protocols of a Castilian town of 1712-1740 with the archive's shelf marks and seals cut "
         "out: archive documents more than 50 years old, Spanish heritage that leaves the Union only with the export "
         "licence Regulation 116/2009 requires for archives whatever their value, posted from Cuenca to a dealer in "
         "Mexico City; Spanish wording (notarial records appear in a few earlier rows; a used-books label from "
         "Cuenca to Mexico is the new part)", {"importer_country": "MX"}),
        ("CUL-08", "import", "BEAIR01", "air", "NG", [], "BE", "830629",
         "Bronze decorative sculptures, Benin City foundry, new, 6 pieces", "NG", 48, 6, 900, "USD",
         "new Benin City castings are bright, thick-walled, sharp and sold with a foundry invoice; one of these six "
         "is thin-walled leaded bronze with a fine, granular surface and insects on a ritual vessel, green-black "
         "patina and burial soil in the recesses: a 9th-10th century Igbo-Ukwu bronze, an archaeological object "
         "whose export Nigeria bans (UNESCO 1970), imported without proof of lawful export, flown from Lagos to "
         "Brussels for a Sablon dealer; Nigerian English wording (Igbo-Ukwu bronzes appear in a few earlier rows; "
         "hidden among new Benin City castings is the new part as far as a search found)",
         firm("Vega Tribal Art SA", "BE")),
        ("CUL-09", "transit", "SISEA01", "sea", "EG", ["SI"], "US", "970191",
         "Encaustic portrait paintings on wood, contemporary Egyptian artists, 4 panels", "EG", 12, 4, 800, "USD",
         "contemporary encaustic portraits are bright, on new plywood, with even wax; one of these four is a thin "
         "lime-wood panel cut to a curved top, the wax cracked and lifted, linen fibres and resin on the back: a "
         "Fayum mummy portrait of the 2nd century from a looted Roman-period burial, an antiquity whose export Egypt "
         "bans, declared in transit through Koper for a New York gallery; English wording (Fayum portraits appear in "
         "a few earlier rows; in transit through Koper as contemporary encaustic work is the new part)",
         {"importer_country": "US"}),
        ("CUL-10", "import", "PLROAD01", "road", "UA", [], "PL", "970191",
         "Картини олійні, сучасні, аматорські, 8 шт", "UA", 32, 8, 400, "EUR",
         "amateur paintings are on new canvas with bright acrylic or fresh oil; these eight are old canvases with "
         "relining, cracked varnish and museum inventory numbers painted over on the stretchers, two of them "
         "landscapes in the manner of Kuindzhi: paintings from the Mariupol Kuindzhi art museum, looted during the "
         "occupation, cultural property unlawfully removed from Ukraine, on a lorry at Dorohusk for a private person "
         "in Kraków; Ukrainian wording (paintings from museums in occupied Ukraine appear in a few earlier rows, "
         "Kherson among them; Mariupol and Kuindzhi were found in no earlier row)",
         person("Osoba prywatna", "PL")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "express", "DE", [], "AM", "950300",
         "Elektronik-Experimentierkästen für Kinder, 20 Stück", "DE", 4.5, 20, 600, "EUR",
         "children's electronics kits hold snap-together parts, a battery box and a manual; these 20 boxes each hold "
         "reels of 500 temperature-compensated crystal oscillators and quartz filters, no manual and no toy parts, "
         "for a Yerevan 'toy shop' that forwards to Moscow: piezo-electric crystals listed among the Russian "
         "common high-priority items, whose sale for use in Russia is banned (Regulation 833/2014, also through "
         "third countries), sent by express; German wording (quartz parts appear in a few earlier rows and "
         "re-exports through Armenia in many; children's electronics kits were found in no earlier row)",
         {"importer_country": "AM"}),
        ("STR-02", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR"], "GE", "851290",
         "Einparksensoren, Ultraschall, Nachrüstsätze, 300 Sätze", "DE", 900, 300, 90000, "EUR",
         "ultrasonic parking sensors cost about 30 EUR a set and come as four round buttons with a buzzer; these 300 "
         "boxes hold automotive lidar units and 77 GHz radar modules at 300 EUR each, for a Tbilisi car-parts trader "
         "whose buyer is in Russia: sensors for unmanned ground vehicles and drones, goods whose sale for use in "
         "Russia is banned (Regulation 833/2014), by road through Türkiye; German wording (a lidar label appears in "
         "one earlier row; parking-sensor kits on a lorry to Georgia are the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("STR-03", "import", "ITSEA01", "sea", "TR", [], "IT", "400231",
         "Butil kauçuk (IIR), balya, Türk menşeli, 20 ton", "TR", 20000, 600, 42000, "USD",
         "Türkiye makes no butyl rubber, so a Turkish certificate of origin for it can only cover a re-export; these "
         "600 bales carry wrappers with Nizhnekamsk lot codes under the Mersin trader's labels and the grade "
         "sheet of a Tatarstan plant: Russian synthetic rubber, whose import into the Union is banned (Regulation "
         "833/2014, Annex XXI), with a Turkish certificate of origin, by sea from Mersin to Ravenna for a hose "
         "maker; Turkish wording (Russian synthetic rubber appears in a few earlier rows, under Uzbek papers and "
         "relabelled elsewhere; butyl rubber under Turkish papers by sea to Italy is the new part as far as a search "
         "found)", firm("Orion Gomma Srl", "IT")),
        ("STR-04", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR"], "IR", "902710",
         "CO2-Gasanalysatoren für Gewächshäuser, 4 Stück", "DE", 260, 4, 220000, "EUR",
         "greenhouse CO2 analysers are small infrared sensors at a few hundred euros each; these four are quadrupole "
         "mass spectrometers with nickel-lined inlets and fluorine-resistant ion sources at 55,000 EUR each, able "
         "to sample uranium hexafluoride on line, for a Tehran 'agricultural technology' firm: mass spectrometers "
         "controlled as dual-use items (3A233) and banned for Iran under Regulation 267/2012, on a lorry through "
         "Türkiye; German wording (mass spectrometers appear in a few earlier rows and exports to Iran in many; a "
         "greenhouse gas-analyser label was found in no earlier row as far as a search found)",
         {"importer_country": "IR"}),
        ("STR-05", "export", "NLSEA01", "sea", "NL", [], "EG", "291990",
         "TCEP (tris(2-chloroethyl) phosphate), flame retardant, 40 drums", "NL", 10000, 40, 14000, "EUR",
         "TCEP is a viscous, colourless flame retardant of 1.39 kg/l that does not fume; these drums hold a thin "
         "liquid of 1.57 kg/l that fumes white in moist air, smells sharply of hydrochloric acid and reacts violently "
         "with water: phosphorus trichloride, a chemical-weapons precursor listed in Annex I of Regulation 2021/821 "
         "(1C350) and in CWC Schedule 3, exported without the licence it needs to every destination outside the "
         "Union, by sea from Rotterdam to Alexandria; English wording (phosphorus trichloride repeats in a few sets; "
         "a TCEP label was found in no earlier row)", {"importer_country": "EG"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "AE", "852589",
         "Caméras USB industrielles pour contrôle qualité, 80 pièces", "FR", 40, 80, 120000, "EUR",
         "USB quality-control cameras are small boxes at a few hundred euros; these 80 are cooled, short-wave "
         "infrared machine-vision cameras at 1,500 EUR each, and the Dubai buyer's forwarder routes to a "
         "St Petersburg 'optics' firm: cameras among the common high-priority items whose sale for use in Russia is "
         "banned (Regulation 833/2014, also through third countries), by air freight from Paris; French wording "
         "(cameras and Dubai re-exports repeat in several sets; a machine-vision label was found in no earlier row)",
         {"importer_country": "AE"}),
        ("STR-07", "export", "ATAIR01", "express", "AT", [], "KG", "901849",
         "Zahnärztliche Bohrer (Hartmetall), 400 Stück", "AT", 3.2, 400, 24000, "EUR",
         "tungsten-carbide dental burs are 2 cm long with a 1.6 mm shank at a few euros each; these 400 are 6-12 mm "
         "solid-carbide end mills with coatings and 60 EUR each, for a Bishkek 'dental depot' that sells to Russian "
         "machine shops: machine-tool cutting tools whose sale for use in Russia is banned (Regulation 833/2014), "
         "sent by express; German wording (re-exports through Kyrgyzstan repeat in many sets; dental burs and end "
         "mills were found in no earlier row)", {"importer_country": "KG"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", [], "GE", "220421",
         "Vino rosso toscano, 0,75 l, 600 bottiglie", "IT", 900, 600, 480000, "EUR",
         "Tuscan red wine in a container for a Georgian wine shop would sell at 5-30 EUR a bottle; these 600 "
         "bottles are Brunello and Super Tuscan grand vintages at 800 EUR each on the seller's invoice but declared "
         "without vintage, for a Batumi buyer whose forwarder trucks on to Moscow: luxury goods above 300 EUR a unit "
         "whose sale for use in Russia is banned (Regulation 833/2014, Annex XVIII), by sea from Livorno to Poti; "
         "Italian wording (luxury goods to Russia repeat in several sets; fine wine as table wine was found in no "
         "earlier row)", {"importer_country": "GE"}),
        ("STR-09", "transit", "PLROAD01", "road", "CN", ["PL", "LT"], "RU", "850440",
         "Falowniki do pomp ciepła, 120 szt.", "CN", 1800, 120, 36000, "EUR",
         "heat-pump inverters are small drives of a few kilowatts; these 120 are 75-110 kW industrial "
         "frequency converters with safety-torque-off boards, unloaded at Gdańsk from China and declared in transit "
         "by road through Lithuania to Kaliningrad: goods whose transit through the Union to Russia is banned "
         "(Regulation 833/2014), on a lorry at Kybartai; Polish wording (frequency converters repeat in several sets; "
         "heat-pump labels in road transit to Kaliningrad are the new part as far as a search found)",
         {"importer_country": "RU"}),
        ("STR-10", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU", "KZ"], "KG", "853890",
         "Ersatzteile für Haushaltskühlschränke, Steuerplatinen, 60 Stück", "DE", 30, 60, 72000, "EUR",
         "spare control boards for household fridges are small printed boards at 20-40 EUR each; these 60 boxes hold "
         "industrial programmable logic controllers and I/O modules at 1,200 EUR each, loaded with fridges on a "
         "lorry for a Bishkek appliance trader whose buyer is a Russian plant: goods whose sale for use in Russia is "
         "banned (Regulation 833/2014, also through third countries), by road through the Baltic states, Russia and "
         "Kazakhstan; German wording (PLCs appear in several earlier rows and re-exports through Kyrgyzstan in many; "
         "a fridge-spare-parts label was found in no earlier row as far as a search found)",
         {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "NP", [], "DE", "090619",
         "दालचिनी बोक्रा, सुकेको, 3 किलो", "NP", 3, 3, 2500, "NPR",
         "cinnamon bark is thin, curled, red-brown and smells sweet; these three bags hold flat, scaly, purplish "
         "bark strips with no scent, bitter and slightly resinous, with needle-like yew leaves caught in them: bark "
         "of the Himalayan yew (Taxus wallichiana, CITES App. II), sought for taxane extraction, posted from "
         "Kathmandu to a private person in Leipzig who sells 'herbal remedies'; Nepali wording (yew bark appears in "
         "a few earlier rows and cinnamon labels in several; a Nepalese cinnamon-bark cover was found in no earlier "
         "row as far as a search found)", person("Privatperson", "DE")),
        ("WLF-02", "import", "FRAIR01", "air", "MG", [], "FR", "091011",
         "Gingembre frais, racines, 6 cartons de 10 kg", "MG", 60, 6, 180, "EUR",
         "fresh ginger is knobbly, beige, fibrous and smells of ginger; these cartons hold 90 swollen, silvery "
         "caudices with short spiny stems, dug wild in the south-west of Madagascar, each wrapped in newspaper: "
         "Pachypodium plants (CITES App. II, some species App. I) without CITES permits, flown from Antananarivo "
         "for a Paris succulent dealer; Malagasy French wording (Pachypodium appears in a few earlier rows; a "
         "fresh-ginger label by air freight was found in no earlier row as far as a search found)",
         firm("Rivage Plantes Rares SARL", "FR")),
        ("WLF-03", "import", "NLSEA01", "sea", "VN", [], "NL", "940360",
         "Bàn ghế gỗ keo, phong cách cổ điển, 1 container 40 feet, 60 bộ", "VN", 9000, 60, 36000, "USD",
         "acacia furniture is pale, light, open-grained and sells at a few hundred dollars a set; these 60 sets are "
         "dark red-purple, heavy, oily and smell of roses when cut, carved in the Đồng Kỵ style: Siamese rosewood "
         "(Dalbergia cochinchinensis, CITES App. II, its finished furniture covered) without CITES permits, by sea "
         "from Hai Phong to Rotterdam for a Dutch furniture dealer; Vietnamese wording (Siamese rosewood appears in a "
         "few earlier rows, rosewood furniture from Vietnam to the Netherlands in blind6, and acacia labels in "
         "several; Đồng Kỵ furniture under an acacia label is the new part as far as a search found)", firm("Meridian Meubelen BV", "NL")),
        ("WLF-04", "import", "ESAIR01", "express", "PE", [], "ES", "121190",
         "Hierbas andinas secas para infusión (maca, muña), 2 kg", "PE", 2, 4, 60, "USD",
         "dried Andean herbs are leaves, roots and powder that smell of mint or malt; these four bags hold flattened, "
         "dried frogs with baggy, wrinkled skin, sold in Lima markets for 'jugo de rana': the Titicaca water frog "
         "(Telmatobius culeus, CITES App. I) without CITES documents, sent by express from Lima to a private person "
         "in Madrid; Peruvian Spanish wording (Telmatobius appears in one earlier row at most; a herbal-infusion "
         "label by express is the new part)", person("Sra. L. Quispe", "ES")),
        ("WLF-05", "import", "HRROAD01", "road", "BA", [], "HR", "150110",
         "Svinjska mast, domaća, 12 tegli po 1 kg", "BA", 12, 12, 120, "BAM",
         "home-made pork lard is white, firm and smells of pork; these twelve jars hold a soft, yellowish, "
         "strong-smelling fat that stays half-liquid in the cool box, sold in Herzegovina as a remedy for coughs and "
         "joints, with coarse brown hairs and a claw-marked hunter's note in one box: rendered fat of the brown bear "
         "(Ursus arctos, CITES App. II, EU Annex A) from a bear poached in the Dinaric mountains, imported without "
         "CITES documents, in a private car at Nova Sela for a private person in Split who sells it at markets; "
         "Bosnian wording (brown bear skins appear in a few earlier rows; bear fat under a lard label was found in no "
         "earlier row)", person("Privatna osoba", "HR")),
        ("WLF-06", "import", "BEAIR01", "air", "UG", [], "BE", "050510",
         "Ostrich feathers, dyed, for millinery and carnival costumes, 20 kg", "UG", 20, 4000, 1600, "USD",
         "ostrich plumes are long, soft, fluffy and loose-barbed, white, black or dyed; these are short, stiff, "
         "slate-grey body feathers, golden bristle-like crest feathers and white-and-chestnut wing coverts: feathers "
         "of the grey crowned crane (Balearica regulorum, CITES App. II), plucked from birds taken in Ugandan wetlands, "
         "imported without CITES permits, flown from Entebbe to Brussels for a costume maker; Ugandan English wording "
         "(grey crowned cranes appear in a few earlier rows, as live chicks; feathers under an ostrich label were "
         "found in no earlier row)", firm("Delta Plumes SA", "BE")),
        ("WLF-07", "import", "NLAIR01", "air", "ID", [], "NL", "392490",
         "Mangkuk resin dekoratif, motif kerang, 80 buah", "ID", 400, 80, 1600, "USD",
         "resin shell-look bowls are light, with moulding seams and a plastic smell under a hot needle; these 80 "
         "are heavy, white, wavy-edged and layered like porcelain, up to 60 cm across, with growth lines and boring "
         "holes: giant clam shells (Tridacnidae, CITES App. II) without CITES permits, flown from Surabaya to "
         "Amsterdam for a garden-decor dealer; Indonesian wording (giant clams repeat in several sets and resin-bowl "
         "labels in two; from Surabaya to Amsterdam is the new part as far as a search found)",
         firm("Horizon Tuindecor BV", "NL")),
        ("WLF-08", "import", "ESSEA01", "sea", "UY", [], "ES", "030487",
         "Lomos de atún blanco (albacora), congelados, 18 t", "UY", 18000, None, 81000, "USD",
         "albacore loins are pale pink-beige, fine-grained, with a thin dark-red bloodline and tuna skin scales; these "
         "loins are firmer and whiter, with a broad, dark, almost black bloodline, smell faintly of ammonia when "
         "thawed, and a few carry skin like fine sandpaper with no scales: porbeagle (Lamna nasus, CITES App. II), "
         "landed as by-catch by Montevideo longliners and imported without CITES documents, by sea to Vigo for a fish "
         "processor; Uruguayan Spanish wording (sharks sold as swordfish or tuna repeat in several sets, mako and "
         "blue shark among them; porbeagle was found in no earlier row)", firm("Atlantic Pescados SL", "ES")),
        ("WLF-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "121190",
         "菊花茶 (herbata z chryzantemy), 散装, 1 吨", "CN", 1000, None, 6000, "USD",
         "chrysanthemum tea is dried yellow flower heads that smell of hay; these sacks hold yellow-gold, twisted "
         "and coiled stem spirals ('fengdou') that taste sticky and mucilaginous: dried wild Dendrobium (CITES App. "
         "II) without CITES documents, at 6 USD a kilo where fengdou sells for hundreds, by rail from Xi'an for a "
         "Warsaw herb wholesaler; Chinese wording (Dendrobium appears in a few earlier rows; a chrysanthemum-tea "
         "label by rail is the new part as far as a search found)", firm("Vega Zioła Sp. z o.o.", "PL")),
        ("WLF-10", "import", "ESSEA01", "sea", "EC", [], "ES", "180100",
         "Cacao en grano, fino de aroma, 200 sacos", "EC", 12000, 200, 96000, "USD",
         "an Ecuadorian food container for a Valencia importer: cocoa beans and banana chips are what such "
         "containers carry, but the third item's 'pescado seco salado (dorado)' is 300 kg of dried, triangular fins "
         "with the tall, sickle-shaped first dorsals of hammerhead sharks, no flesh on them: scalloped and smooth "
         "hammerhead fins (Sphyrna spp., CITES App. II) without CITES permits, hidden as the last item of a "
         "three-item declaration, by sea from Guayaquil; Ecuadorian Spanish wording (hammerhead fins repeat in "
         "several sets; a cocoa container with a dried-fish label was found in no earlier row as far as a search "
         "found)",
         dict(firm("Central Importaciones SL", "ES"),
              _more_items=[item("200899", "Chifles de plátano, 4.000 bolsas", "EC", 800, 3200, "USD", qty=4000),
                           item("030559", "Pescado seco salado (dorado), 300 kg", "EC", 300, 900, "USD")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUROAD01", "road", "RS", "HU", "284700",
     "Hydrogen peroxide 30 %, 2 x 1 l, for a licensed private user (aquarium and pond care)", "RS", 2.2, 2, 2000,
     "RSD", [("PRECURSOR_LICENCE", "HU-ORFK-44-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "ID", "DE", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (school science demonstrations)", "ID", 1, 1, 40,
     "USD", [("PRECURSOR_LICENCE", "DE-BAFA-44-0118")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NL", "DE", "271019",
     "Crude-oil tank-bottom sludge (05 01 03*), for recovery at a licensed plant, 2 ISO tanks", "NL", 40000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-NI-44-0077")], "notified tank-bottom sludge to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DERAIL01", "rail", "CZ", "DE", "262019",
     "EAF dust (10 02 07*), for zinc recovery in a licensed Waelz kiln, 3 wagons", "CZ", 180000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NW-44-0142")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290373",
     "HCFC-141b, 4 x 1 l, analytical reference standard for a laboratory", "US", 5, 4, 800, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-44-009")], "HCFC-141b imported under licence for a laboratory and analytical use"),
    ("PRM-06", "ozone", "import", "BGROAD01", "road", "TR", "BG", "290376",
     "Halon 2402, reclaimed, 6 cylinders, for a critical use in military vehicle fire suppression", "TR", 540, 6,
     9000, "EUR", [("ODS_LICENCE", "BG-MOEW-ODS-44-002")], "reclaimed halon 2402 for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970121",
     "Oil painting, Emilian school, 17th century, sold at auction in Bologna", "IT", 38, 1, 220000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-44-0213")], "Baroque painting exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESPOST01", "post", "ES", "MX", "490199",
     "Manuscript notarial protocol, Castile, 1725, sold by an antiquarian bookseller", "ES", 1.8, 1, 4000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-44-0067")], "archive volume exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "JP", "281213",
     "Phosphorus trichloride, 40 drums, for a Japanese agrochemical producer", "NL", 10000, 40, 14000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-44-0551"), ("END_USER_CERTIFICATE", "JP-METI-EUC-44-0033")],
     "dual-use CW precursor (1C350) under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEROAD01", "road", "DE", "CH", "841410",
     "Dry stainless magnetically coupled vacuum pumps, 4 units, for a Swiss research institute", "DE", 320, 4,
     32000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-44-1432"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-44-0027")],
     "dual-use vacuum pumps (2B231) under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "050800",
     "Giant clam shells (Tridacna gigas, captive-bred, mariculture), 20 pieces", "ID", 150, 20, 1200, "USD",
     [("CITES_PERMIT", "ID-KLHK-44-0204")], "App. II giant clam shells from mariculture with their CITES permits"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MG", "FR", "060290",
     "Pachypodium lamerei, artificially propagated, registered nursery, 60 plants", "MG", 90, 60, 900, "EUR",
     [("CITES_PERMIT", "MG-MEDD-44-0088")], "App. II Pachypodium artificially propagated, with their CITES permits"),
]

CONSIGNEES = {
    "PRM-01": "Magánszemély", "PRM-02": "Privatperson", "PRM-05": "Rivage Analytik GmbH",
    "PRM-08": "Biblioteca Vega AC", "PRM-11": "Horizon Tuindecor BV", "PRM-12": "Meridian Plantes SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("210390", "Pomegranate molasses, 300 ml bottles", "import", ["sea"], ["LB", "TR"], (2, 4), (3000, 8000), ["USD"], 3, S),
    ("200939", "Lemon juice concentrate, 1 l bottles", "import", ["sea"], ["MX", "AR"], (1.5, 3), (6000, 16000), ["USD"], 1, S),
    ("200989", "Coconut water, 1 l cartons", "import", ["sea"], ["TH", "LK"], (0.6, 1.2), (8000, 18000), ["USD"], 1, S),
    ("292242", "Monosodium glutamate, food grade, 1 kg bags", "import", ["sea"], ["ID", "TH"], (1.2, 2), (10000, 20000), ["USD"], 1, S),
    ("190300", "Tapioca pearls for bubble tea, 1 kg bags", "import", ["sea"], ["TW", "TH"], (2, 3.5), (4000, 10000), ["USD"], 1, S),
    ("110812", "Maize starch, food grade, 25 kg bags", "import", ["rail"], ["CN"], (0.4, 0.7), (15000, 25000), ["USD"], 0.04, S),
    ("291814", "Citric acid (limon tuzu), 250 g packs", "import", ["post"], ["TR"], (6, 12), (1, 3), ["EUR", "TRY"], 4, S),
    ("110290", "Teff flour, 1 kg bags", "import", ["air"], ["ET"], (3, 5), (200, 1000), ["USD"], 1, S),
    ("285390", "Distilled water for steam irons, 1 l bottles", "import", ["road"], ["RS", "BA"], (0.3, 0.6), (3000, 10000), ["EUR"], 1, S),
    ("271019", "Lubricating base oil, Group II, flexitanks", "export", ["sea"], ["NG", "GH"], (1, 1.6), (18000, 22000), ["EUR"], None, S),
    ("391400", "Ion-exchange resin, new, for water softeners, 25 l sacks", "export", ["road"], ["RS", "BA"], (2, 4), (2000, 8000), ["EUR"], 0.04, S),
    ("850710", "Lead-acid car batteries, new", "export", ["rail"], ["MD", "UA"], (2, 4), (15000, 30000), ["EUR"], 0.06, S),
    ("710691", "Silver granules, 999, refinery-assayed", "export", ["air"], ["AE"], (700, 900), (20, 100), ["EUR"], None, S),
    ("871200", "Bicycles, new, boxed", "export", ["sea"], ["GH", "NG"], (10, 20), (3000, 6000), ["EUR"], 0.07, S),
    ("850760", "Lithium-ion battery modules, new, for energy storage", "export", ["sea"], ["VN", "IN"], (15, 30), (4000, 12000), ["EUR"], 0.05, S),
    ("260200", "Manganese ore, assayed, 44 % Mn", "import", ["sea"], ["ZA", "GA"], (0.2, 0.35), (18000, 26000), ["USD"], None, S),
    ("292090", "Dimethyl carbonate, solvent grade, drums", "import", ["sea"], ["IN", "CN"], (1, 1.8), (8000, 16000), ["USD"], None, S),
    ("320419", "UV leak-detection dye for car air-conditioning, 30 ml", "import", ["post"], ["US"], (60, 120), (1, 2), ["USD"], 30, S),
    ("180690", "Gold-foil chocolate coins, gift boxes", "import", ["express"], ["TR", "US"], (20, 40), (1, 3), ["USD"], 30, S),
    ("842410", "Dry-powder fire extinguishers, 6 kg, new", "import", ["road"], ["TR"], (4, 7), (2000, 6000), ["EUR"], 0.1, S),
    ("381400", "Modified-alcohol vapour-degreasing solvent, drums", "import", ["rail"], ["CN"], (2, 4), (8000, 16000), ["USD"], None, S),
    ("841840", "Ultra-low-temperature freezers, hydrocarbon cascade, new", "import", ["air"], ["JP", "US"], (20, 40), (300, 1200), ["USD"], 0.003, S),
    ("841869", "Condensing units, new, R-290 charge", "export", ["sea"], ["CI", "SN"], (8, 14), (3000, 8000), ["EUR"], 0.004, S),
    ("290219", "Cyclopentane blowing agent, drums", "import", ["sea"], ["CN", "KR"], (1.5, 2.5), (8000, 16000), ["USD"], None, S),
    ("841430", "Automotive A/C compressors, new", "import", ["sea"], ["TR"], (10, 16), (2000, 6000), ["EUR"], 0.15, S),
    ("381400", "PCB flux remover, isopropanol-based, 400 ml cans", "import", ["express"], ["HK", "TW"], (15, 30), (1, 4), ["USD"], 2, S),
    ("690722", "Kashan-style glazed tiles, new", "import", ["air"], ["TR", "UZ"], (15, 30), (100, 400), ["USD"], 6, S),
    ("441490", "Gilt wooden picture frames, new, with decorative prints", "export", ["road"], ["CH"], (30, 60), (100, 500), ["EUR"], 0.3, S),
    ("711411", "Peruvian 950 silver beakers, new, hallmarked", "import", ["post"], ["PE"], (300, 600), (1, 2), ["USD"], 3, S),
    ("680919", "Decorative painted plaster panels, new, moulded", "import", ["rail"], ["UZ", "CN"], (2, 4), (2000, 6000), ["USD"], 0.1, S),
    ("680291", "Marble garden basins, new, carved", "import", ["sea"], ["TR", "LB"], (1, 2), (4000, 10000), ["USD"], 0.005, S),
    ("691390", "Rishtan ceramic planters, new", "import", ["rail"], ["UZ", "CN"], (3, 6), (2000, 6000), ["USD"], 0.1, S),
    ("490199", "Second-hand paperbacks", "export", ["post"], ["MX", "AR"], (8, 15), (1, 4), ["EUR"], 4, S),
    ("830629", "Bronze castings, new, Benin City foundry", "import", ["air"], ["NG"], (20, 40), (50, 300), ["USD"], 0.2, S),
    ("970191", "Contemporary oil paintings by living artists", "import", ["road"], ["UA"], (80, 200), (20, 100), ["EUR"], 0.2, S),
    ("950300", "Children's electronics kits, snap-together", "export", ["express"], ["AM", "GE"], (30, 50), (1, 4), ["EUR"], 1, S),
    ("851290", "Ultrasonic parking sensors, retrofit kits", "export", ["road"], ["GE", "TR"], (25, 40), (200, 800), ["EUR"], 0.33, S),
    ("843410", "Milking machines, new, complete", "export", ["road"], ["TR"], (8, 14), (1000, 3000), ["EUR"], 0.01, S),
    ("090619", "Ground cinnamon, 100 g", "import", ["post"], ["LK", "NP"], (20, 40), (1, 3), ["USD"], 10, S),
    ("940360", "Acacia wood dining sets", "import", ["sea"], ["VN"], (3, 5), (6000, 12000), ["USD"], 0.01, S),
    ("392490", "Resin decorative bowls, shell-look", "import", ["air"], ["ID"], (6, 12), (100, 500), ["USD"], 0.5, S),
]
# Everyday trade: as in blind88, blind96 and blind104, blind80's everyday rows (blind72's, with blind80's own rows),
# with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered armchairs, wooden frame", "import", ["sea"], ["VN", "CN"], (4, 8), (3000, 8000), ["USD"], 0.05, N),
        ("961700", "Vacuum flasks, stainless steel", "import", ["sea"], ["CN", "IN"], (5, 9), (2000, 6000), ["USD"], 2, N),
        ("630790", "Reusable shopping bags, non-woven", "import", ["sea"], ["VN", "BD"], (2, 4), (3000, 8000), ["USD"], 20, N),
        ("491000", "Wall calendars, printed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind110", 20440701, HERE)


if __name__ == "__main__":
    main()
