#!/usr/bin/env python3
"""Writes the ninety-third blind set (tests/risk/data/blind93-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2041, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs, medicines and excise goods included) appear only in the permitted rows, with their
document, or not at all, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC refrigerants, firearms parts) are left out of the ordinary
table. Disguised rows carry a consignee name only where a real declaration would. Ids
are BL93-*:

    python3 tests/risk/data/make_blind93_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2041, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2041
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATROAD01", "road", "CH", [], "AT", "152190",
         "Bienenwachs-Mittelwände, Zander, 40 kg", "CH", 40, None, 1200, "CHF",
         "a Swiss beekeeping-supply order by van: wax foundation and frames are what a beekeeper buys, and 60 % formic "
         "acid against varroa is sold in 25 l cans, but the third item's cans do not smell sharp of formic acid at all: "
         "water-thin liquid at 1.15 kg/l that vents through the caps, whitens the skin and fizzes on the floor: about 40 % "
         "hydrogen peroxide (Annex I above 12 %), hidden as the last item of a three-item declaration for a private person "
         "in Feldkirch who keeps two hives; Swiss German wording (hydrogen peroxide repeats in many sets and formic-acid "
         "varroa labels cover other acids in blind28 and blind79; as the last item of a Swiss bee-supply order by van is "
         "the new part)",
         dict(person("Privatperson", "AT"),
              _more_items=[item("442199", "Holzrähmchen Zander, gedrahtet, 500 Stk.", "CH", 150, 900, "CHF", qty=500),
                           item("291511", "Ameisensäure 60 % ad us. vet., 4 x 25 l", "CH", 116, 360, "CHF", qty=4)])),
        ("PRE-02", "import", "HUPOST01", "post", "UA", [], "HU", "330430",
         "Körömlakklemosó, acetonmentes, 10 x 1 l", "UA", 11.4, 10, 2500, "UAH",
         "acetone-free nail-polish remover is ethyl acetate in 100-250 ml bottles; these ten litres are oily, smell "
         "faintly of fruit and weigh 1.14 kg/l, and the inner caps read 'CH3NO2': nitromethane (Annex I above 16 %), "
         "posted from Berehove in Zakarpattia to a private person in Nyíregyháza, although flammable liquids may not go "
         "by post; Hungarian wording as written in Zakarpattia (nitromethane repeats in many sets and a nail-polish "
         "cover, acetone-free remover included (blind85, blind86), in several earlier rows; by post from Ukraine in "
         "Hungarian is the new part)",
         person("Magánszemély", "HU")),
        ("PRE-03", "import", "NLAIR01", "express", "IN", [], "NL", "220900",
         "सिरका सार 25 % (vinegar essence), अचार के लिए, 6 x 2.5 l", "IN", 21, 6, 2400, "INR",
         "vinegar essence for pickling is 25 % acetic acid at about 1.03 kg/l and smells of vinegar; these six cans "
         "weigh 1.40 kg/l, give off brown fumes when opened and stain the skin yellow: about 65 % nitric acid (Annex I "
         "above 3 %), sent by express from Ahmedabad to a private person in Utrecht, although corrosive liquids travel "
         "by express only as declared dangerous goods; Hindi wording (nitric acid repeats in many sets and vinegar covers "
         "in a few, vinegar essence once (blind50, in Bosnian); by express from India in Hindi is the new part)",
         person("Particulier", "NL")),
        ("PRE-04", "import", "SEROAD01", "road", "NO", [], "SE", "382499",
         "Kloridfritt isingsmiddel for fortau og trapper, 10 kg sekker, 300 stk", "NO", 3000, 300, 42000, "NOK",
         "chloride-free de-icers for steps are calcium magnesium acetate or urea, grey or white pellets at 40-60 NOK a "
         "bag; these bags hold white prills that turn ice-cold in water, with 'ammoniumnitrat 34,4 % N' on the mill's "
         "certificate, sold in 10 kg bags by a Karlstad hardware web shop to anyone: ammonium nitrate (Annex I at 16 % N "
         "or more) made available to the general public, by lorry at Eda; Norwegian wording (ammonium nitrate repeats in "
         "many sets and de-icing covers in several, a ski-slope snow hardener once; a chloride-free pavement de-icer from "
         "Norway is the new part)", firm("Vega Bygg Distribution AB", "SE")),
        ("PRE-05", "import", "CZPOST01", "post", "CN", [], "CZ", "291529",
         "醋酸钠三水合物 暖手宝用, 10 x 1 kg", "CN", 10, 10, 350, "CNY",
         "sodium acetate trihydrate for reusable hand warmers is a coarse, damp-looking salt that melts at 58 °C and "
         "smells faintly of vinegar; these ten bags hold dry, glossy crystals that do not melt in hot water, spit violet "
         "sparks on a hot pan and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %), posted "
         "from Yiwu to a private person in Ostrava; Chinese wording (potassium chlorate repeats in many sets; a "
         "sodium-acetate hand-warmer cover appears once, in Maltese; by post from China in Chinese is the new part)",
         person("Soukromá osoba", "CZ")),
        ("PRE-06", "import", "IEAIR01", "express", "GB", [], "IE", "381010",
         "Jewellers' safety pickle, granular, 6 x 2.5 kg", "GB", 27.6, 6, 90, "GBP",
         "safety pickle is dry sodium bisulphate granules that jewellers dissolve in warm water; these six containers "
         "slosh, weigh 4.6 kg each, are oily and char a paper tissue at once: about 96 % sulphuric acid (Annex I above "
         "15 %), sent by express from Birmingham's Jewellery Quarter to a private person in Cork, although corrosive "
         "liquids travel by express only as declared dangerous goods; British English wording (sulphuric acid repeats "
         "in many sets and a jewellers' pickle cover appears in blind68, in French; by express from Britain to Ireland in "
         "English is the new part)", person("Mr D. Byrne", "IE")),
        ("PRE-07", "import", "HRPOST01", "post", "RS", [], "HR", "250100",
         "Нитритна со за сушење меса, 8 x 1 кг", "RS", 8, 8, 1200, "RSD",
         "nitrite curing salt is table salt with 0.6 % sodium nitrite, slightly pink-dyed in many shops and sold at "
         "1-2 EUR a kilo; these eight bags hold colourless crystals that taste of nothing salty, flare yellow on a hot "
         "plate and read 'NaClO3' on the inner bags: sodium chlorate (Annex I above 40 %), posted from Novi Sad to a "
         "private person in Osijek; Serbian Cyrillic wording (sodium chlorate repeats in many sets and curing-salt or "
         "nitrite labels in a few; a Serbian curing salt by post to Croatia is the new part)",
         person("Privatna osoba", "HR")),
        ("PRE-08", "import", "GRROAD01", "road", "AL", [], "GR", "291813",
         "Kripë Seignette (tartrat kaliumi e natriumi) për kristale, 10 x 1 kg", "AL", 10, 10, 120, "EUR",
         "Rochelle salt for crystal-growing kits is a colourless salt that dissolves readily in cold water and grows "
         "large prisms; these ten bags hold a fine white powder that barely dissolves in cold water, burns violet on a "
         "match and reads 'KClO4' on the inner liners: potassium perchlorate (Annex I above 40 %), in a private car at "
         "Kakavia for a private person in Ioannina; Albanian wording (potassium perchlorate repeats in many sets; a "
         "Rochelle-salt crystal-kit cover appears in no earlier row a keyword search found)",
         person("Idiotis", "GR")),
        ("PRE-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "380894",
         "发芽种子清洗液 3 %, 1 升瓶装, 12000 瓶", "CN", 13400, 12000, 21600, "USD",
         "3 % peroxide rinse for sprouting seeds is sold in 1 l bottles at 1.01 kg/l; these 12,000 bottles weigh "
         "1.12 kg/l, vent through their caps and whiten the skin, and the filler's papers read 'H2O2 35 %', for a Łódź "
         "web shop that sells them one by one to home sprouters: hydrogen peroxide (Annex I above 12 %) made available "
         "to the general public, by rail container from Xi'an; Chinese wording (hydrogen peroxide repeats in many sets; "
         "a sprouting-seed rinse appears in no earlier row a keyword search found)",
         firm("Meridian Zdrowie Sp. z o.o.", "PL")),
        ("PRE-10", "import", "CZAIR01", "air", "KR", [], "CZ", "250100",
         "염수분무 시험용 염화나트륨, 25 kg 포대, 40 포", "KR", 1000, 40, 3000, "USD",
         "salt-spray test chambers run on pure sodium chloride, a cheap salt; these bags hold a salt that takes up damp "
         "until it runs, tastes bitter rather than salty and flares on a hot plate, and the Korean maker's COA reads "
         "'NaClO4 98 %', bought by a Brno web shop that repacks it in 1 kg pouches for hobbyists: sodium perchlorate "
         "(Annex I above 40 %) made available to the general public, by air cargo from Incheon; Korean wording (sodium "
         "perchlorate repeats in many sets; a salt-spray test salt cover appears in no earlier row a keyword search "
         "found)", firm("Orion Laboratorní Potřeby s.r.o.", "CZ")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "MY", "260300",
         "Koperconcentraat, gemalen, in big bags, 22 t", "NL", 22000, None, 44000, "EUR",
         "copper concentrate is a heavy, fine, dark ore flotation product from a mine; these big bags hold shredded "
         "printed circuit boards with green fibreglass, solder and chips still visible, from a WEEE plant: waste "
         "electronic assemblies with lead solder and brominated flame retardants (Basel A1180, 16 02 15*), hazardous "
         "waste whose export to a non-OECD country is banned, from Rotterdam for a Port Klang 'smelter agent'; Dutch "
         "wording (board scrap repeats in several sets and copper-concentrate labels in a few; as 'ground copper "
         "concentrate' from Rotterdam to Malaysia is the new part)", {"importer_country": "MY"}),
        ("WST-02", "export", "CZRAIL01", "rail", "CZ", [], "UA", "700100",
         "Skleněné střepy pro tryskání, drcené, 60 t", "CZ", 60000, None, 1800, "EUR",
         "blasting cullet is clean, crushed bottle glass that is light and clear or green; these wagons hold heavy, "
         "amber-brown glass with a black coating on one face, from crushed television and monitor tubes: leaded CRT "
         "funnel glass (Basel A2010, 19 12 11*), hazardous waste whose export to a non-OECD country is banned, by rail "
         "from Ostrava to a Kharkiv 'abrasives' buyer; Czech wording (CRT glass and cullet repeat in several sets; CRT "
         "funnel glass as blasting media by rail to Ukraine is new as far as a keyword search found)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Recovered marine diesel oil, settled and filtered, 2 ISO tanks, 44 t", "MT", 44000, 2, 17600, "EUR",
         "recovered marine gas oil is clear and amber; these tanks hold a brown, water-laden emulsion that separates "
         "into sludge and water and smells of bilge, pumped out of ships at a Valletta reception facility: oily bilge "
         "water and sludge (13 04 03*, 13 05 07*), hazardous waste whose export to a non-OECD country is banned, for a "
         "Misrata 'fuel blender'; Maltese English wording (bilge waste repeats in several sets; as recovered marine "
         "diesel from Malta to Libya is the new part)", {"importer_country": "LY"}),
        ("WST-04", "export", "HUROAD01", "road", "HU", [], "RS", "253090",
         "Kerti termőföld, rostált, tápanyagdús, 24 t", "HU", 24000, None, 960, "EUR",
         "screened garden topsoil is dark brown, crumbly and smells of earth; this load is grey-black, greasy and smells "
         "of fuel, dug out of a former fuel depot near Szeged: soil contaminated with hydrocarbons (17 05 03*), "
         "hazardous waste whose export to a non-OECD country is banned, on a tipper at Röszke for a Subotica "
         "'landscaping' firm; Hungarian wording (contaminated soil as topsoil appears in a few sets; by tipper from "
         "Hungary to Serbia in Hungarian is the new part)", {"importer_country": "RS"}),
        ("WST-05", "export", "SISEA01", "sea", "SI", [], "LB", "300490",
         "Zdravila za humanitarno pomoč, mešano, 620 škatel", "SI", 6200, 620, 3100, "EUR",
         "humanitarian medicines are sent in date with batch papers; these cartons hold pharmacies' returns and hospital "
         "clear-outs, half past their expiry date, some opened, with cytotoxic tablets among them: waste medicines (18 01 "
         "08*, 20 01 31*, Basel Y3), hazardous waste whose export to a non-OECD country is banned, from Koper to a "
         "Beirut 'charity'; Slovene wording (expired medicines as donations repeat in several sets; from Koper to "
         "Lebanon in Slovene is the new part)", {"importer_country": "LB"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "PK", "401691",
         "Alfombrillas de goma usadas, limpias, en pacas, 18 t", "ES", 18000, None, 1800, "EUR",
         "used rubber mats are light and bend easily; these bales are grey, very heavy for their size and stamped "
         "'0,5 mm Pb': worn-out X-ray protection aprons and thyroid collars from hospitals, vinyl sheets loaded with "
         "lead: waste containing lead (Basel A1010/Y31, 15 02 02* or 18 01 06* as sorted), hazardous waste whose export "
         "to a non-OECD country is banned, from Valencia for a Karachi 'rubber recycler'; Spanish wording (used X-ray "
         "aprons appear in blind67, declared as aprons; as used rubber mats from Spain to Pakistan is the new part)", {"importer_country": "PK"}),
        ("WST-07", "export", "ITAIR01", "air", "IT", [], "GH", "851713",
         "Smartphone usati per riparazione, grado C, 800 kg", "IT", 800, 5200, 7800, "EUR",
         "grade-C phones for repair are sorted, power up and travel with their batteries checked; these sacks hold "
         "phones with smashed screens, swollen batteries and no SIM trays, bought by the tonne from a collection "
         "scheme at 1.50 EUR each: waste electrical equipment with lithium batteries (16 02 13*, Basel A1180), hazardous "
         "waste whose export to a non-OECD country is banned, by air from Milan to Accra, where swollen lithium cells "
         "should not fly at all; Italian wording (used phones repeat in several sets; by air as grade-C repair stock to "
         "Ghana is the new part)", {"importer_country": "GH"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "EG", "391400",
         "Ρητίνη ιοντοεναλλαγής, αναγεννημένη, για αποσκληρυντές νερού, 16 t", "GR", 16000, None, 8000, "EUR",
         "regenerated ion-exchange resin is clean amber beads in sealed bags with a capacity test; these drums hold "
         "dark, slimy beads in brine that smell of solvent, with chromium and nickel on the lab sheet, from a "
         "plating-rinse water plant: spent ion-exchange resins loaded with heavy metals (19 08 06*), hazardous waste "
         "whose export to a non-OECD country is banned, from Piraeus for an Alexandria 'water-treatment dealer'; Greek "
         "wording (spent resins as regenerated or softener resin repeat, in blind21 and blind53; from Piraeus to Egypt in "
         "Greek is the new part)", {"importer_country": "EG"}),
        ("WST-09", "export", "ITROAD01", "road", "IT", [], "AL", "720410",
         "Rottami di ghisa, radiatori e caldaie smontate, 22 t", "IT", 22000, None, 5500, "EUR",
         "cast-iron scrap is sorted, clean metal; this load is dismantled boilers from a school heating plant with "
         "their grey, fibrous lagging still wrapped round the sections and dust falling out of the doors: waste "
         "containing asbestos (17 06 01*, 17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a "
         "trailer through Bari for a Durrës foundry; Italian wording (asbestos and boiler scrap repeat in several sets; "
         "lagged school boilers as cast-iron scrap to Albania is the new part)", {"importer_country": "AL"}),
        ("WST-10", "transit", "NLSEA01", "sea", "GB", ["NL"], "IN", "854460",
         "Copper power cable scrap, mixed, 40 t", "GB", 40000, None, 160000, "USD",
         "copper cable scrap travels stripped or as PVC-insulated lengths; these reels hold old 11 kV cables with lead "
         "sheaths and paper insulation soaked in mineral oil that drips from the cut ends, lifted from a city grid: "
         "waste lead-sheathed, oil-impregnated cable (17 04 10*, Basel A1010/A1190), hazardous waste whose export to a "
         "non-OECD country is banned, sent from Felixstowe through Rotterdam to a Mundra buyer; English wording (cable "
         "scrap repeats in several sets; lead-sheathed paper cable in transit through Rotterdam is new as far as a "
         "keyword search found)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("ODS-01", "import", "CYSEA01", "sea", "EG", [], "CY", "290345",
         "غاز تبريد R-134a، أسطوانات 13.6 كغ، 300 أسطوانة", "EG", 4080, 300, 9000, "USD",
         "R-134a cylinders are light blue and the gas runs at 6.6 bar at 25 °C; these cylinders are blue but read "
         "higher pressures, the gas smells faintly sweet and a leak detector reads 'R-22/R-124 blend': R-401A (MP39), a "
         "blend of HCFC-22, HFC-152a and HCFC-124, whose HCFCs are controlled and whose import into the EU is banned, by sea "
         "from Alexandria to Limassol for a car-air-conditioning wholesaler; Egyptian Arabic wording (R-401A appears in "
         "three earlier rows; under an R-134a label from Egypt to Cyprus is the new part)",
         firm("Delta Cool Trading Ltd", "CY")),
        ("ODS-02", "import", "DEAIR01", "express", "JP", [], "DE", "290919",
         "精密洗浄剤 ハイドロフルオロエーテル HFE-7100, 4 x 15 kg", "JP", 60, 4, 3600, "USD",
         "HFE-7100 is a hydrofluoroether cleaning fluid at 1.52 kg/l that boils at 61 °C; these cans hold a fluid that "
         "boils at 54 °C, smells faintly of chloroform and whose drum code reads 'AK-225': HCFC-225ca/cb (an HCFC whose "
         "import into the EU is banned), sent by express from Osaka to a Stuttgart precision-optics shop; Japanese "
         "wording (HCFC-225 and HFE labels repeat in several sets; by express from Japan to an optics workshop is the "
         "new part)", firm("Alpina Optik GmbH", "DE")),
        ("ODS-03", "import", "BESEA01", "sea", "IN", [], "BE", "290379",
         "R-1233zd(E) રેફ્રિજરન્ટ, 250 કિલો ડ્રમ, 24 ડ્રમ", "IN", 6000, 24, 36000, "USD",
         "R-1233zd(E) is a low-pressure chiller refrigerant sold at about 20 USD/kg; these drums cost 6 USD/kg, the "
         "fluid boils at 24 °C rather than 18 °C and the analysis reads 'CCl3F': CFC-11 (whose import into the EU is "
         "banned), by sea from Mundra to Antwerp for a Ghent chiller-service company; Gujarati wording (R-1233zd labels "
         "repeat in three sets; from India in Gujarati is the new part)", firm("Horizon Koeltechniek BV", "BE")),
        ("ODS-04", "import", "LTAIR01", "air", "KZ", [], "LT", "290323",
         "Тетрахлорэтилен для ИК-определения нефтепродуктов в воде, 40 x 1 л", "KZ", 64, 40, 1600, "USD",
         "tetrachloroethylene replaced carbon tetrachloride in infrared oil-in-water methods and boils at 121 °C; "
         "these bottles boil at 77 °C and the lab that received a sample found carbon tetrachloride (CTC, whose import "
         "into the EU is banned outside licensed laboratory uses), by air cargo from Almaty to Vilnius for a "
         "laboratory-supply reseller without a licence; Russian wording from Kazakhstan (carbon tetrachloride repeats in "
         "many sets and this very cover, tetrachloroethylene for IR oil analysis, appears in blind66 in Chinese; by air "
         "from Kazakhstan in Russian is the only new part)", firm("Central Lab Supply UAB", "LT")),
        ("ODS-05", "import", "NLSEA01", "sea", "AU", [], "NL", "291513",
         "Ethyl formate fumigant with CO2 carrier, cylinders 31 kg, 20 pcs", "AU", 620, 20, 9300, "AUD",
         "ethyl formate fumigant comes in cylinders mixed with carbon dioxide and smells of rum; these cylinders are "
         "odourless, the cylinder certificate reads 'CH3Br 99.5 %' under the label and the buyer, a Lisse bulb "
         "exporter, asked for 'the old pre-shipment gas': methyl bromide (whose import and every use, quarantine and "
         "pre-shipment included, are banned in the EU), by sea from Melbourne to Rotterdam; Australian English wording "
         "(methyl bromide repeats in many sets and ethyl-formate labels in a few; for a Dutch bulb exporter from "
         "Australia is the new part)", firm("Rivage Bloembollen BV", "NL")),
        ("ODS-06", "import", "ESPOST01", "post", "AR", [], "ES", "842410",
         "Matafuegos para autos clásicos, polvo ABC, 1 kg, 3 unidades", "AR", 4.5, 3, 180, "USD",
         "dry-powder car extinguishers are red, 1 kg, with a gauge showing nitrogen; these three chrome bottles of the "
         "1970s have no powder at all and hold a liquefied gas that reads halon 1211 (bromochlorodifluoromethane, "
         "whose import into the EU is banned), posted from Buenos Aires to a private person in Málaga who restores "
         "classic cars, although pressurised gas bottles may not go by post; Argentine Spanish wording (halon 1211 "
         "repeats in many sets and classic-car extinguishers in several; 'matafuegos' by post from Argentina is the new "
         "part)", person("Sr. J. García", "ES")),
        ("ODS-07", "export", "FRSEA01", "sea", "FR", [], "SN", "841850",
         "Vitrines réfrigérées d'occasion, R-404A, révisées, 24 unités", "FR", 4800, 24, 9600, "EUR",
         "used display freezers can be exported when they run on an HFC or a hydrocarbon; these 24 from a closed "
         "supermarket in Rouen carry R-404A stickers over older plates, and their circuits hold HCFC-22: equipment "
         "relying on an HCFC, whose export from the EU is banned, by sea from Le Havre to a Dakar grocery chain; "
         "French wording (HCFC-22 equipment repeats in many sets and R-404A-labelled display freezers appear in blind28; "
         "exported from Le Havre to Senegal is the new part)", {"importer_country": "SN"}),
        ("ODS-08", "import", "SEAIR01", "express", "TH", [], "SE", "381400",
         "ทินเนอร์สำหรับน้ำยาลบคำผิด, 12 x 1 ลิตร", "TH", 16, 12, 4200, "THB",
         "correction-fluid thinner is methylcyclohexane at 0.77 kg/l that smells of petrol; these litres weigh "
         "1.33 kg/l, smell sweet like chloroform and whose drums read '1,1,1-trichloroethane': methyl chloroform (whose "
         "import into the EU is banned), sent by express from Bangkok to a Malmö stationery reseller; Thai wording "
         "(methyl chloroform repeats in many sets and correction-fluid thinner covers in several, blind38 and blind53 "
         "among them; by express from Thailand in Thai "
         "is the new part)", firm("Nordhafen Kontor AB", "SE")),
        ("ODS-09", "import", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "LT", "271119",
         "R-12 替代 碳氢混合制冷剂 R-600a/R-290, 800 克罐, 4800 罐", "CN", 3840, 4800, 12000, "USD",
         "hydrocarbon drop-ins for R-12 are flammable propane-isobutane blends sold in small cans; these cans are "
         "stamped with a flame but a detector reads HCFC-22 and HCFC-142b beside isobutane: R-406A (an HCFC blend whose "
         "import into the EU is banned), by rail container from Chongqing to Kaunas for a car-parts wholesaler; Chinese "
         "wording (R-406A appears in one earlier row and hydrocarbon labels in several; by rail to Lithuania under an "
         "R-600a/R-290 label is the new part)", firm("Vega Auto Dalys UAB", "LT")),
        ("ODS-10", "import", "GRROAD01", "road", "MK", [], "GR", "741110",
         "Бакарни цевки за климатизација, 1/4\"-3/4\", 200 м", "MK", 180, 200, 1600, "EUR",
         "an air-conditioning installer's order from Skopje: copper pipe and insulation are what installers buy, and "
         "flushing fluids are HFC-365mfc or solvent-free; the third item's 13 kg cans smell of ether, boil at 32 °C and "
         "carry 'R-141b' on the inner seals: HCFC-141b (whose import into the EU is banned), hidden as the last item of a "
         "three-item declaration, on a van at Evzoni for a Thessaloniki installer; Macedonian wording (HCFC-141b "
         "repeats in many sets and flushing covers in several; as the last item of a Macedonian installer's order is "
         "the new part)",
         dict(firm("Kentriki Klimatismos AE", "GR"),
              _more_items=[item("400821", "Изолација за цевки, 9 мм, 200 м", "MK", 40, 300, "EUR", qty=200),
                           item("381400", "Течност за испирање на системи HFC-365mfc, 10 x 13 кг", "MK", 130, 900, "EUR",
                                qty=10)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "HK", [], "DE", "691390",
         "唐三彩馬 仿製品, 2 件", "HK", 34, 2, 900, "USD",
         "reproduction sancai horses are bright, glossy and light; these two are heavy, their lead glaze crazed and "
         "iridescent, with earth deep in the crazing, root marks and no foot stamp: Tang dynasty tomb figures from an "
         "illicit excavation, archaeological objects over 250 years old imported without the import licence of EU "
         "2019/880 and exported against China's ban, by air from Hong Kong to a Munich dealer; traditional Chinese "
         "wording (a sancai horse 'with a TL report' appears in one earlier row; by air from Hong Kong to Munich without "
         "any test report is the new part)", firm("Orion Asiatika GmbH", "DE")),
        ("CUL-02", "export", "ROAIR01", "air", "RO", [], "CH", "711319",
         "Brățară spirală din aur, lucru modern de artizanat, 1 buc.", "RO", 0.45, 1, 1800, "EUR",
         "a modern spiral bracelet is rolled wire with crisp tool marks; this one is 450 g of native gold, heavy "
         "spirals ending in palmettes, with soil in the coils: a Dacian spiral bracelet of the kind looted from the "
         "Orăștie mountains, a Romanian national treasure exported without the EU export licence (Reg 116/2009), "
         "by air from Cluj to a Geneva dealer; Romanian wording (Dacian bracelets appear in two earlier rows; as a "
         "modern craft piece by air to Geneva is new as far as a keyword search found)", {"importer_country": "CH"}),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "691200",
         "Ceramica rustica nera, tazze e brocche, 6 pezzi", "IT", 7, 6, 120, "EUR",
         "rustic black pottery is glazed and sold at a few euros a piece; these six cups and jugs are glossy black "
         "clay without glaze, with incised fans and earth in the handles: Etruscan bucchero from tomb robbing near "
         "Cerveteri, archaeological objects that may not leave Italy without the EU export licence, in a car at Chiasso "
         "for a Lugano dealer; Italian wording (bucchero appears in four earlier rows; as rustic pottery by car at "
         "Chiasso is the new part)", {"importer_country": "CH"}),
        ("CUL-04", "import", "FRAIR01", "air", "NE", [], "FR", "691390",
         "Statuettes en terre cuite, artisanat contemporain du Niger, 5 pièces", "NE", 26, 5, 250, "EUR",
         "contemporary terracotta craft is smooth, even-fired and light; these five heads and phallic stems are coarse, "
         "grey-red, salt-crusted and full of root holes: Bura terracottas (3rd-11th century) from illicit digging in "
         "the Niger valley, archaeological objects protected under Niger's law and imported without the EU 2019/880 "
         "import licence, by air from Niamey to Paris; Nigerien French wording (Bura terracottas appear in several "
         "earlier rows; as contemporary craft by air from Niamey is the new part)", person("M. T. Dubois", "FR")),
        ("CUL-05", "export", "ESAIR01", "express", "ES", [], "US", "491191",
         "Láminas decorativas de pergamino impreso, 8 unidades", "ES", 4.8, 8, 240, "EUR",
         "printed parchment-look sheets are paper, flat and uniform; these eight are 70 cm leaves of real vellum with "
         "hand-painted square notation, red rubrics and a gilt initial, cut from a 15th-century choir book of a "
         "Castilian monastery: cultural goods over 50 years old and over the value thresholds, exported without the EU "
         "export licence (Reg 116/2009) or Spain's own permit, by express from Burgos to a collector in Boston; Spanish "
         "wording (choir-book leaves appear in three earlier rows; as decorative printed parchment by express is new as "
         "far as a keyword search found)", {"importer_country": "US"}),
        ("CUL-06", "import", "NLSEA01", "sea", "ID", [], "NL", "691110",
         "Piring dan mangkuk porselen bekas restoran, 1 palet", "ID", 420, 600, 600, "USD",
         "second-hand restaurant crockery is white, chipped and uniform; these bowls and dishes are blue-and-white, "
         "hand-painted, with coral and barnacle scars and sea-salt bloom: Chinese export porcelain raised from a "
         "protected wreck in Indonesian waters, cultural goods over 250 years old imported without the EU 2019/880 "
         "import licence and exported against Indonesia's ban, by sea from Jakarta to Rotterdam for an Amsterdam "
         "auction consignor; Indonesian wording (wreck porcelain appears in several earlier rows; as used restaurant "
         "crockery from Jakarta is the new part)", firm("Atlantic Antiek BV", "NL")),
        ("CUL-07", "import", "DKAIR01", "air", "PK", [], "DK", "491191",
         "ہاتھ سے رنگی ہوئی چھپی تصویریں، مغل طرز، 3 عدد", "PK", 1.2, 3, 150, "USD",
         "Mughal-style prints are offset on card and sold by the dozen; these three folios are opaque watercolour and "
         "gold on burnished paper, with worm holes, old Persian inscriptions and album borders: 17th-century Mughal "
         "miniatures cut from an album, cultural goods exported from Pakistan against its Antiquities Act and "
         "imported without the EU 2019/880 importer statement, by air from Lahore to a Copenhagen dealer; Urdu wording "
         "(Mughal miniatures appear in three earlier rows; as prints from Lahore to Copenhagen is the new part)",
         firm("Meridian Kunsthandel ApS", "DK")),
        ("CUL-08", "import", "FRPOST01", "post", "LB", [], "FR", "701399",
         "Flacons à parfum vintage en verre, 12 pièces", "LB", 1.8, 12, 90, "EUR",
         "vintage perfume bottles are moulded, with stoppers and brand marks; these twelve are tiny free-blown "
         "unguentaria with iridescent weathering, no stoppers and dirt inside: Roman glass (1st-3rd century) from "
         "looted Levantine tombs, archaeological objects imported without the EU 2019/880 import licence, posted from "
         "Beirut to a private person in Lyon; Lebanese French wording (Roman glass and unguentaria repeat in several "
         "sets; as vintage perfume bottles by post is new as far as a keyword search found)",
         person("Mme Claire Martin", "FR")),
        ("CUL-09", "import", "FRAIR01", "air", "AM", [], "FR", "680299",
         "Դեկորատիվ քարե սալ, փորագրված, նոր, 1 հատ", "AM", 260, 1, 400, "USD",
         "new decorative carved stone is pale, sharp-edged and machine-finished; this tuff slab is weathered, "
         "lichen-stained and cut from a larger stone, with an interlaced cross and a 13th-century Armenian "
         "inscription: a khachkar fragment, a monument whose removal and export Armenia's law forbids, imported "
         "without the EU 2019/880 importer statement, by air cargo from Yerevan to Paris for a Marseille buyer; "
         "Armenian wording (khachkars appear in several earlier rows; as a new decorative slab by air is the new part)",
         firm("Vega Patrimoine SARL", "FR")),
        ("CUL-10", "import", "ITSEA01", "sea", "EG", [], "IT", "940360",
         "Effetti personali usati: mobili in legno, 1 container", "EG", 2400, 40, 3000, "EUR",
         "a household removal from Cairo: used furniture and books are what a returning family ships, and the third "
         "item's 'modern copy' of a portrait on wood is encaustic on a thin cedar panel, cracked, with linen wrappings "
         "glued to its edges: a Fayum mummy portrait (1st-3rd century), an archaeological object exported against "
         "Egypt's law and imported without the EU 2019/880 import licence, hidden as the last item of a three-item "
         "declaration from Alexandria to Genoa; Italian and Arabic wording (Fayum portraits appear in two earlier rows, blind15 and blind16; "
         "as a modern copy in a household removal is the new part)",
         dict(person("Sig. M. Bianchi", "IT"),
              _more_items=[item("490199", "Libri usati, 12 cartoni", "EG", 300, 200, "EUR", qty=12),
                           item("970191", "لوحة بورتريه على خشب، نسخة حديثة / ritratto su tavola, copia moderna",
                                "EG", 1.5, 150, "EUR", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "import", "BGSEA01", "sea", "GE", [], "BG", "220890",
         "ჭაჭა, ყურძნის არაყი, 0,5 ლ, 24000 ბოთლი", "GE", 14400, 24000, 38400, "USD",
         "Georgian chacha is a grape-pomace spirit that smells of grapes; these bottles hold a neutral grain vodka and "
         "Russian excise strips sit under the Georgian labels: Russian vodka (HS 2208), whose import into the EU is "
         "banned by Reg 833/2014 (Annex XXI), relabelled as Georgian and shipped from Poti to Burgas for a Sofia "
         "distributor; Georgian wording (Russian vodka repeats in several sets, once as Georgian vodka in blind47; as "
         "chacha in Georgian by sea to Burgas is the new part)", firm("Central Napitki EOOD", "BG")),
        ("STR-02", "import", "PLROAD01", "road", "UA", [], "PL", "440131",
         "Деревні пелети ENplus A1, 15 кг мішки, 24 т", "UA", 24000, 1600, 4800, "EUR",
         "Ukrainian ENplus pellets carry the producer's ID on every bag; these bags carry a Ukrainian producer number "
         "that belongs to a sawmill closed since 2039, the pellet dust is birch and the railway papers show the lot "
         "came in from Belarus: Belarusian wood pellets (wood products whose import into the EU is banned by Reg "
         "765/2006), re-bagged in Volyn and trucked through Yahodyn-Dorohusk for a Lublin fuel depot; Ukrainian wording "
         "(Belarusian wood under a Ukrainian or Latvian label repeats in several sets; re-bagged ENplus pellets by road "
         "is new as far as a keyword search found)", firm("Orion Opał Sp. z o.o.", "PL")),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "AE", "840790",
         "Motory pro zahradní sekačky, dvoutaktní, 40 ks", "CZ", 480, 40, 36000, "EUR",
         "lawn-mower engines are single-cylinder four-strokes at 150-300 EUR; these 40 are 100-150 cc twin-cylinder "
         "boxer two-strokes with dual ignition and propeller hubs at 900 EUR each, for a Sharjah trading house that "
         "forwards to Tehran: engines for unmanned aerial vehicles, whose export to Iran, directly or indirectly, is "
         "banned by Reg 2023/1529, by air from Prague to Dubai; Czech wording (drone engines repeat in several sets and "
         "this cover, lawn-mower engines, in blind73 and blind80; by air from Prague to Sharjah in Czech is the new part)", {"importer_country": "AE"}),
        ("STR-04", "export", "PLROAD01", "road", "PL", ["BY", "RU", "KZ"], "KG", "903033",
         "Multimetry szkolne, ręczne, 12 szt.", "PL", 180, 12, 1200, "EUR",
         "school multimeters are handheld, 300 g and cost 20-40 EUR; these twelve cases hold 14 kg bench digital "
         "oscilloscopes of 8 GHz bandwidth at 20 GS/s, worth about 40,000 EUR each, for a Bishkek firm with Moscow "
         "customers: electronic test equipment listed in Annex VII of Reg 833/2014, whose sale for use in Russia is "
         "banned, declared at a tenth of its value and trucked through Belarus and Russia to Kyrgyzstan; Polish wording "
         "(oscilloscopes to Russia repeat in several sets and a multimeter label appears once, blind34; as school "
         "multimeters by road through Belarus and Russia to Bishkek is the new part)",
         {"importer_country": "KG"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "PK", "382499",
         "Fluoride premix for toothpaste manufacture, 2 % NaF on silica, 25 kg bags, 12 t", "BE", 12000, 480, 14400, "EUR",
         "a toothpaste premix holds a few per cent sodium fluoride on silica and sells at about 1 EUR/kg; these bags "
         "hold dense white powder at 2.8 g/cm3 that the lab reads as 99 % sodium fluoride, a chemical-weapons precursor "
         "listed in 1C350 of Reg 2021/821, exported without the dual-use licence from Antwerp to a Karachi chemicals "
         "trader; English wording (sodium fluoride appears in three earlier rows, as a water-fluoridation agent and, in "
         "blind49, for toothpaste; a 2 % premix label to Pakistan is the new part)", {"importer_country": "PK"}),
        ("STR-06", "export", "DEAIR01", "express", "DE", [], "CN", "852589",
         "Sportkameras für Zeitlupenaufnahmen, 2 Stück", "DE", 4.6, 2, 1600, "EUR",
         "sports slow-motion cameras record 240-1,000 frames per second and cost hundreds of euros; these two are "
         "industrial high-speed cameras at 1,000,000 frames per second, worth about 90,000 EUR each, for a Xi'an "
         "'sports academy': high-speed cameras controlled under 6A003.a of Reg 2021/821, exported without the dual-use "
         "licence by express from Stuttgart; German wording (high-speed cameras as slow-motion sports cameras repeat, in "
         "blind53 and in German in blind75; by express to China is the only new part)", {"importer_country": "CN"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "AM", "853710",
         "Quadri di comando per ascensori, 30 pezzi", "IT", 900, 30, 15000, "EUR",
         "elevator control panels hold relays, a lift controller and a door drive; these 30 hold five-axis CNC "
         "controllers with servo drive boards and spindle interfaces for machining centres, for a Yerevan 'lift "
         "installer' that forwards to Russia: numerical control units whose export to Russia, directly or through a "
         "third country, is banned by Reg 833/2014 (Annex XXIII and the common high-priority list), by sea from Genoa "
         "through Poti; Italian wording (CNC controls repeat in many sets and lift controllers cover them in blind80; "
         "lift panels by sea from Genoa to Armenia in Italian is the new part)", {"importer_country": "AM"}),
        ("STR-08", "export", "ESAIR01", "air", "ES", [], "TR", "841410",
         "Bombas de vacío para ordeñadoras, 6 unidades", "ES", 1440, 6, 18000, "EUR",
         "milking vacuum pumps are oil-lubricated rotary-vane pumps at 1,500-3,000 EUR; these six are 240 kg "
         "turbomolecular pumps with magnetic bearings and corrosion-resistant rotors for a Mersin dairy-equipment "
         "dealer whose order papers name an Isfahan buyer: vacuum pumps controlled under 2B231 of Reg 2021/821 and listed "
         "for Iran in Reg 267/2012, exported without a licence by air from Madrid to Istanbul; Spanish wording (vacuum "
         "pumps repeat in several sets; as milking pumps via Türkiye is new as far as a keyword search found)",
         {"importer_country": "TR"}),
        ("STR-09", "import", "ITAIR01", "air", "AE", [], "IT", "711319",
         "مجوهرات ذهبية عيار 18، صنع في دبي، 14 كغ", "AE", 14, 2200, 1120000, "USD",
         "Dubai-made jewellery carries a Dubai assay hallmark; these chains and bangles carry a Russian 750 mark and a "
         "Krasnoyarsk assay office stamp under fresh UAE tags: Russian gold jewellery, whose import into the EU is "
         "banned by Reg 833/2014 (art. 3o), by air from Dubai to Milan for a Valenza wholesaler; Gulf Arabic wording "
         "(Russian gold via Dubai repeats in several sets; jewellery with Russian assay stamps for Valenza is the new "
         "part)", firm("Orion Oreficeria Srl", "IT")),
        ("STR-10", "export", "LTROAD01", "road", "LT", [], "BY", "950300",
         "Žaisliniai dronai su kamera, vaikams, 4 vnt.", "CN", 100, 4, 800, "EUR",
         "toy camera drones weigh a few hundred grams and come forty to a carton; these four cartons weigh 25 kg each "
         "and hold agricultural spraying drones with 10 l tanks, folding carbon arms and RTK modules, worth about "
         "9,000 EUR each, for a Minsk toy wholesaler: unmanned aircraft whose export to Belarus is banned by Reg "
         "765/2006, declared as toys on a lorry at Medininkai; Lithuanian wording (drones to Belarus and Russia repeat "
         "in many sets and a toy-drone label appears in blind27; spraying drones as children's toys by road from "
         "Lithuania to Belarus is the new part)",
         {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRPOST01", "post", "MG", [], "FR", "060290",
         "Boutures de plantes grasses, Euphorbia milii, 30 pièces", "MG", 2.2, 30, 60, "EUR",
         "crown-of-thorns cuttings are common garden succulents; these thirty are wild-dug dwarf plants with swollen "
         "roots and narrow spirally set leaves: Euphorbia francoisii and E. decaryi, Appendix I, collected in the wild in "
         "southern Madagascar, posted from Antananarivo to a private person in Nantes without CITES permits or a "
         "plant-health certificate; Malagasy French wording (Euphorbia appears in five earlier rows, once as E. milii in "
         "Malagasy; App. I species under an E. milii label by post is the new part)",
         person("Sophie Bernard", "FR")),
        ("WLF-02", "import", "PTSEA01", "sea", "BR", [], "PT", "440727",
         "Madeira serrada de sapelli, seca em estufa, 40 m³", "BR", 26000, None, 36000, "USD",
         "sapelli is an African wood and never comes from Belém; these boards are a reddish, lustrous mahogany with "
         "fine ripple and a sapelli stripe absent: bigleaf mahogany (Swietenia macrophylla), Appendix II, shipped from "
         "Belém to Leixões without a CITES export permit for a Porto furniture maker; Brazilian Portuguese wording "
         "(mahogany and sapelli labels each appear in a few earlier rows; Brazilian mahogany as sapelli is new as far as "
         "a keyword search found)", firm("Atlântico Madeiras Lda", "PT")),
        ("WLF-03", "import", "NLAIR01", "air", "ID", [], "NL", "030389",
         "Ikan kerapu beku, utuh, 800 kg", "ID", 800, 240, 9600, "USD",
         "frozen grouper is spotted brown or red with a rounded tail; these fish are green-blue with a hump on the "
         "forehead, thick lips and wavy lines on the face: humphead (Napoleon) wrasse, Cheilinus undulatus, Appendix II, "
         "exported by Indonesia only live under a quota and here without a CITES permit, by air from Jakarta to "
         "Amsterdam for Asian restaurants; Indonesian wording (frozen Napoleon wrasse appears in blind11 under its own "
         "name; as grouper by air to Amsterdam is the new part)", firm("Delta Seafood BV", "NL")),
        ("WLF-04", "import", "DEPOST01", "post", "PH", [], "DE", "970529",
         "Pinakintab na fossil ng ammonite, 20 piraso", "PH", 3.6, 20, 150, "USD",
         "polished ammonites are stone, cut in halves from Moroccan or Malagasy nodules and heavy for their size; these "
         "twenty are light, pearly shells with a thin porcellaneous wall, sanded to show the chambers: chambered "
         "nautilus shells (Nautilus pompilius, Appendix II since 2017), posted from Cebu to a private person in Kassel "
         "without a CITES permit; Tagalog wording (nautilus shells appear in several earlier rows; as polished ammonite "
         "fossils is new as far as a keyword search found)", person("Lena Wagner", "DE")),
        ("WLF-05", "import", "CZAIR01", "express", "VN", [], "CZ", "420330",
         "Thắt lưng da bò in vân rắn, 40 chiếc", "VN", 8, 40, 600, "USD",
         "snake-print cowhide is embossed, with an even, repeating pattern and a suede back; these forty belts have "
         "small, bead-like scales in uneven rows and a true scale pattern through the back: water-monitor skin "
         "(Varanus salvator, Appendix II), sent by express from Ho Chi Minh City to a private person in Plzeň without "
         "CITES permits, forty belts being no personal effect; Vietnamese wording (monitor skin repeats, and a printed-"
         "cowhide cover appears in blind46; as snake-print belts by express from Vietnam is the new part)", person("Soukromá osoba", "CZ")),
        ("WLF-06", "import", "FRAIR01", "air", "US", [], "FR", "160432",
         "Salmon roe (ikura), cured, 30 x 1 kg tins", "US", 30, 30, 1800, "USD",
         "ikura is large, bright orange, translucent salmon eggs; these tins hold small grey-black eggs the size of "
         "sturgeon caviar: paddlefish roe (Polyodon spathula, Appendix II) from Kentucky, exported without a CITES "
         "permit, by air from Chicago to Paris for a fine-food shop, at a salmon-roe price; US English wording "
         "(paddlefish roe appears in three earlier rows; as ikura is new as far as a keyword search found)",
         firm("Rivage Épicerie Fine SARL", "FR")),
        ("WLF-07", "import", "ITAIR01", "air", "CA", [], "IT", "430180",
         "Peaux de lapin teintes, brutes, 60 pièces", "CA", 54, 60, 1800, "CAD",
         "dyed rabbit skins are small, thin and sold by the hundred at a few dollars each; these sixty are a metre "
         "long, with dense grey-buff fur, black-tipped ear tufts and short black-tipped tails: Canada lynx (Lynx "
         "canadensis, Appendix II) pelts, exported without CITES permits by air from Montréal to Milan for a fur "
         "trimmer; Canadian French wording (lynx appears in a few earlier rows; as dyed rabbit skins is the new part)",
         firm("Alpina Pellicce Srl", "IT")),
        ("WLF-08", "import", "CZAIR01", "air", "SG", [], "CZ", "030111",
         "Live tropical fish: Paracheirodon innesi, 2,000 pcs", "SG", 40, 2000, 600, "USD",
         "a tropical-fish air shipment: neon tetras are what wholesalers import by the thousand, and silver arowanas "
         "are cheap and unlisted, but the second item's six 'silver arowana' are red-gold with a deep body and no "
         "microchips: Asian arowana (Scleropages formosus, Appendix I), hidden as the last item of a two-item "
         "declaration without CITES permits, by air from Singapore to Prague for a Prague aquarium shop; English "
         "wording (arowanas appear in several earlier rows, once under a silver-arowana label; from Singapore to Prague "
         "in a tetra consignment is the new part)",
         dict(firm("Horizon Akvaristika s.r.o.", "CZ"),
              _more_items=[item("030111", "Silver arowana, Osteoglossum bicirrhosum, 6 pcs", "SG", 6, 90, "USD",
                                qty=6)])),
        ("WLF-09", "transit", "GRSEA01", "sea", "AE", ["GR"], "CN", "440399",
         "Sappan wood logs for natural dye, 18 t", "AE", 18000, None, 9000, "USD",
         "sappan wood is a pale orange-brown that turns red only in water; these logs are deep blood-red at the cut, "
         "with a violet sheen and no smell: red sanders (Pterocarpus santalinus, Appendix II), smuggled out of Andhra "
         "Pradesh through Jebel Ali and declared in transit through Piraeus to a Shanghai buyer without a CITES permit; "
         "English wording (red sanders repeats in many sets and sappanwood covers it in blind4, in transit through Jebel "
         "Ali, and in blind82; in transit through Piraeus is the only new part)", {"importer_country": "CN"}),
        ("WLF-10", "import", "BGROAD01", "road", "TR", [], "BG", "070310",
         "Arpacık soğanı, ekimlik, 2 t", "TR", 2000, None, 1600, "EUR",
         "onion sets are papery, golden-brown and tapered; these bulbs are small, white and smooth with a tunic that "
         "peels off in one piece: snowdrop bulbs (Galanthus elwesii, Appendix II) dug in the wild in the Taurus above "
         "Türkiye's export quota, on a lorry at Kapitan Andreevo for a Plovdiv nursery that resells to Dutch traders, "
         "without CITES permits or a plant-health certificate; Turkish wording (Galanthus repeats in several sets; as "
         "onion sets by road to Bulgaria is the new part)", firm("Vega Rasteniya EOOD", "BG")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "express", "IN", "NL", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (silver refining)", "IN", 2.8, 2, 1200, "INR",
     [("PRECURSOR_LICENCE", "NL-JenV-41-0093")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GRROAD01", "road", "AL", "GR", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (model rocketry)", "AL", 2, 2, 60, "EUR",
     [("PRECURSOR_LICENCE", "GR-MCP-41-0021")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "MY", "BE", "854912",
     "Shredded printed circuit boards (Basel A1180), for precious-metal recovery at a licensed smelter, 22 t", "MY",
     22000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-41-0207")], "notified board scrap to a licensed precious-metal smelter"),
    ("PRM-04", "waste", "import", "SIROAD01", "road", "RS", "SI", "854911",
     "Spent lead-acid batteries from UPS units (16 06 01*), for recycling at a licensed lead smelter, 20 t", "RS",
     20000, None, 0, "EUR",
     [("BASEL_CONSENT", "SI-ARSO-41-0058")], "notified lead-acid batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reagent, 20 x 1 l, for essential laboratory and analytical use", "US", 32, 20,
     2400, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-41-006")], "carbon tetrachloride for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "IL", "NL", "290361",
     "Methyl bromide, 40 cylinders, for use as feedstock in pharmaceutical synthesis", "IL", 24000, 40, 96000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-41-014")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "691200",
     "Etruscan bucchero kantharos, 6th century BC, from a collection documented since 1952, for a Basel museum", "IT",
     1.2, 1, 28000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-41-0177")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "express", "ES", "US", "970610",
     "Choir-book leaf on vellum, Castile, c. 1480, documented sale, 1 leaf", "ES", 0.6, 1, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-41-0064")], "manuscript leaf exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "852589",
     "High-speed cameras, 1,000,000 frames/s, 2 units, for a Japanese university's fluid-dynamics laboratory", "DE",
     46, 2, 180000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-41-0845"), ("END_USER_CERTIFICATE", "JP-METI-EUC-41-0033")],
     "dual-use high-speed cameras under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "282619",
     "Sodium fluoride 99 %, 25 kg bags, 8 t, for an Indian toothpaste maker", "BE", 8000, 320, 16000, "EUR",
     [("EXPORT_LICENCE", "BE-FPS-41-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-41-0107")],
     "dual-use sodium fluoride under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "440721",
     "Bigleaf mahogany (Swietenia macrophylla), sawn, from a managed concession, 20 m³", "BR", 13000, None, 30000,
     "USD",
     [("CITES_PERMIT", "BR-IBAMA-41-0338")], "App. II mahogany with its export permit"),
    ("PRM-12", "wildlife", "import", "CZAIR01", "air", "SG", "CZ", "030111",
     "Asian arowana (Scleropages formosus), captive-bred at a registered farm, microchipped, 6 pcs", "SG", 6, 6, 3600,
     "USD",
     [("CITES_PERMIT", "SG-NParks-41-0219")], "App. I arowana from a registered captive-breeding operation with its permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Idiotis", "PRM-05": "Meridian Analytik GmbH",
    "PRM-08": "Boston Library Foundation", "PRM-11": "Atlântico Madeiras Lda",
    "PRM-12": "Horizon Akvaristika s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("291511", "Formic acid 85 %, technical grade, 25 l cans", "import", ["road"], ["CH", "RS"], (1.5, 3), (500, 2000), ["EUR", "CHF"], None, S),
    ("330430", "Nail-polish remover, acetone-free, 100 ml", "import", ["express"], ["UA", "US"], (8, 15), (1, 3), ["EUR", "USD"], 8, S),
    ("220900", "Vinegar essence 25 %, 1 l bottles", "import", ["sea"], ["IN", "TR"], (0.8, 1.5), (6000, 12000), ["USD", "EUR"], 1, S),
    ("382499", "Chloride-free de-icer, calcium magnesium acetate, 10 kg bags", "import", ["road"], ["NO", "CH"], (1, 2), (2000, 8000), ["EUR", "NOK"], None, S),
    ("291529", "Sodium acetate trihydrate for reusable hand warmers, 1 kg", "import", ["post"], ["CN", "US"], (6, 12), (1, 4), ["USD"], 1, S),
    ("381010", "Jewellers' safety pickle, sodium bisulphate granules, 1 kg", "import", ["express"], ["GB", "US"], (8, 15), (1, 4), ["GBP", "USD"], 1, S),
    ("250100", "Nitrite curing salt, 0.6 % nitrite, 1 kg", "import", ["post"], ["RS", "BA"], (2, 4), (1, 5), ["EUR"], 1, S),
    ("291813", "Rochelle salt for crystal-growing kits, 500 g", "import", ["post"], ["AL", "US"], (15, 25), (1, 3), ["EUR", "USD"], 2, S),
    ("284700", "Hydrogen peroxide 3 %, 1 l bottles", "import", ["rail"], ["CN"], (0.6, 1), (8000, 16000), ["USD"], 1, S),
    ("250100", "Sodium chloride for salt-spray test chambers, 25 kg bags", "import", ["air"], ["KR", "JP"], (1.5, 3), (200, 800), ["USD"], None, S),
    ("271019", "Marine gas oil, DMA grade, refinery-fresh, ISO tanks", "export", ["sea"], ["LY", "TN"], (0.7, 1), (20000, 44000), ["EUR"], None, S),
    ("850440", "UPS units, new, 1-3 kVA, sealed batteries, with warranty", "export", ["sea"], ["PK", "EG"], (8, 14), (3000, 9000), ["EUR"], 0.05, S),
    ("401691", "Rubber floor mats, new, anti-slip", "export", ["sea"], ["PK", "MA"], (1.5, 3), (6000, 14000), ["EUR"], 0.2, S),
    ("851713", "Refurbished smartphones, grade A, tested, with warranty", "export", ["air"], ["GH", "NG"], (300, 600), (100, 400), ["EUR"], 5, S),
    ("391400", "Ion-exchange resin for water softeners, new, 25 l bags", "export", ["sea"], ["EG", "TN"], (2, 4), (8000, 16000), ["EUR"], None, S),
    ("290323", "Tetrachloroethylene for IR oil-in-water analysis, 1 l", "import", ["air"], ["KZ", "US"], (8, 15), (100, 300), ["USD"], 0.6, S),
    ("842410", "Dry-powder car extinguishers, ABC, 1 kg, new", "import", ["air"], ["AR", "CN"], (6, 10), (200, 600), ["USD"], 0.5, S),
    ("841850", "Display freezers, new, R-290", "export", ["sea"], ["SN", "CI"], (6, 10), (3000, 8000), ["EUR"], 0.005, S),
    ("381400", "Correction-fluid thinner, methylcyclohexane based, 100 ml", "import", ["express"], ["TH", "JP"], (15, 30), (1, 3), ["USD"], 8, S),
    ("271119", "Isobutane R-600a refrigerant cans, 420 g", "import", ["rail"], ["CN"], (2, 4), (3000, 8000), ["USD"], 2, S),
    ("741110", "Copper tubes for air conditioning, in coils", "import", ["road"], ["MK", "TR"], (8, 11), (2000, 8000), ["EUR"], None, S),
    ("691390", "Tang-style glazed ceramic horses, new reproductions", "import", ["air"], ["HK", "CN"], (10, 20), (100, 400), ["USD"], 0.1, S),
    ("711319", "Spiral gold bracelets, new, hallmarked 14 ct", "export", ["air"], ["CH", "US"], (50000, 80000), (1, 3), ["EUR"], 20, S),
    ("691200", "Black bucchero-style pottery, new, Tuscan workshop", "export", ["road"], ["CH"], (8, 15), (200, 800), ["EUR"], 1, S),
    ("691390", "Terracotta figurines, contemporary craft, new", "import", ["air"], ["NE", "ML"], (6, 12), (100, 300), ["EUR"], 0.5, S),
    ("491191", "Decorative parchment-look prints, new", "export", ["express"], ["US", "CA"], (20, 40), (1, 4), ["EUR"], 10, S),
    ("691110", "Porcelain restaurant crockery, new, blue-and-white", "import", ["sea"], ["ID", "CN"], (2, 4), (4000, 10000), ["USD"], 2, S),
    ("701399", "Glass perfume bottles, new, Roman style", "import", ["post"], ["LB", "EG"], (15, 30), (1, 3), ["EUR", "USD"], 10, S),
    ("680299", "Carved tuff decorative panels, new", "import", ["air"], ["AM", "GE"], (3, 6), (200, 600), ["USD"], 0.02, S),
    ("440131", "Wood pellets, ENplus A1, 15 kg bags", "import", ["road"], ["UA"], (0.2, 0.3), (20000, 24000), ["EUR"], None, S),
    ("840790", "Lawn-mower engines, 4-stroke, 160 cc, new", "export", ["air"], ["AE", "TR"], (15, 25), (300, 900), ["EUR"], 0.08, S),
    ("903033", "Handheld multimeters, educational", "export", ["express"], ["KZ", "KG"], (40, 80), (1, 4), ["EUR"], 3, S),
    ("852589", "Action cameras, 4K, consumer", "export", ["express"], ["CN", "US"], (300, 500), (1, 3), ["EUR"], 8, S),
    ("853710", "Elevator control panels, new", "export", ["sea"], ["AM", "GE"], (12, 20), (500, 2000), ["EUR"], 0.03, S),
    ("841410", "Rotary-vane vacuum pumps for milking machines, new", "export", ["air"], ["TR", "MA"], (12, 20), (200, 800), ["EUR"], 0.03, S),
    ("670290", "Artificial succulents, polyethylene, in pots", "import", ["post"], ["MG", "CN"], (15, 30), (1, 4), ["EUR"], 10, S),
    ("440727", "Sapelli sawn timber with legality documents", "import", ["sea"], ["CM", "CG"], (0.8, 1.2), (18000, 26000), ["USD"], None, S),
    ("970529", "Polished ammonite fossils, Malagasy", "import", ["post"], ["MG", "MA"], (20, 40), (1, 4), ["USD", "EUR"], 6, S),
    ("420330", "Embossed cowhide belts, snake print", "import", ["express"], ["VN", "IN"], (40, 80), (1, 4), ["USD"], 5, S),
    ("430219", "Dyed rabbit furskins, tanned, dressed", "import", ["air"], ["CN", "TR"], (15, 30), (100, 400), ["USD", "EUR"], 8, S),
]
# Everyday trade: blind80's everyday rows (blind72's, with blind80's own rows) with four new rows instead of
# blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940320", "Metal shelving units, flat-packed", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 0.05, N),
        ("620342", "Men's cotton trousers", "import", ["sea"], ["BD", "PK"], (8, 14), (2000, 6000), ["USD"], 2, N),
        ("392690", "Plastic phone cases, retail packs", "import", ["post", "express"], ["CN", "HK"], (30, 60), (1, 2), ["USD"], 25, N),
        ("701349", "Glass drinking tumblers", "import", ["sea"], ["TR", "CN"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind93", 20410901, HERE)


if __name__ == "__main__":
    main()
