#!/usr/bin/env python3
"""Writes the three-hundred-and-fourteenth blind set (tests/risk/data/blind314-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2078, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: bus and coach operators (coach
and city-bus operators, their depots and workshops, bus builders and parts wholesalers,
coach-toilet and cleaning suppliers, tour-coach firms and their souvenir and upholstery trade).
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
only where a real declaration would. Ids are BL314-*:

    python3 tests/risk/data/make_blind314_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2078, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2078
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "CN", [], "AT", "340290",
         "大巴车厢空调出风口除味清洗剂, 1升 x 4瓶", "CN", 4.6, 4, 90, "CNY",
         "an air-vent deodorising cleaner for coach saloons is a scented, foaming detergent of about 1.0 kg/l; these "
         "four litre bottles hold a water-clear, unscented liquid of 1.15 kg/l with vented caps that whitens the "
         "skin and fizzes on rust: about 40 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Guangzhou to a private person in Linz who drives for a coach operator and resells it online; Chinese "
         "wording (hydrogen peroxide repeats in many sets; a coach air-vent cleaner label was found in no earlier "
         "row by a keyword search)", person("Stefan Gruber", "AT")),
        ("PRE-02", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Присадка до дизельного палива для автобусів, антигель, 5 л каністри, 300 шт.", "UA", 1750, 300, 2100, "EUR",
         "diesel anti-gel additives for bus fleets are amber, kerosene-smelling liquids of 0.85 kg/l; these 300 "
         "cans hold a pale-yellow, oily liquid of 1.14 kg/l with an almond-like chemical smell, and the filler's "
         "label under the sticker reads 'nitromethane 98 %', for a Rzeszów bus-parts shop whose web shop sells the "
         "cans to model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, "
         "by road through Korczowa; Ukrainian wording (nitromethane repeats in many sets and fuel-additive labels on "
         "it in several, anti-gel labels among them, blind104, blind221 and blind225; kept as a repeat, a bus-fleet anti-gel from Ukraine is the new part as far as a search found)",
         firm("Autobus Części Podkarpacie Sp. z o.o.", "PL")),
        ("PRE-03", "import", "HUROAD01", "road", "RS", [], "HU", "281520",
         "Sredstvo za pranje autobusa, alkalno, prah, džakovi 25 kg, 320 džakova", "RS", 8000, 320, 2600, "EUR",
         "an alkaline bus-wash powder is a blend of soda, silicates and surfactants that foams; these 320 sacks hold "
         "white, prilled granules that do not foam, turn ice-cold in water and test at 34 % N, re-bagged in 1 kg "
         "packs by a Szeged depot-supply firm for its web shop: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by road through Röszke; Serbian wording (ammonium nitrate repeats in "
         "many sets; a bus-wash powder label was found in no earlier row by a keyword search)",
         firm("Tisza Buszszerviz Kft.", "HU")),
        ("PRE-04", "import", "DEAIR01", "air", "IN", [], "DE", "340520",
         "सीट अपहोल्स्ट्री दाग हटाने वाला पाउडर (कोच बसों के लिए), 1 किग्रा पैक, 250 पैक", "IN", 250, 250, 900, "USD",
         "coach-seat upholstery stain powders are percarbonate and enzyme blends that fizz gently in warm water; "
         "these 250 packs hold a white, crystalline powder that does not fizz, flares with sugar on a hot plate and "
         "whose inner liners read 'KClO4', for a Mannheim coach-interior supplier that sells the packs to the "
         "public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Mumbai to Frankfurt; Hindi wording (potassium perchlorate repeats in many sets; a coach-seat upholstery "
         "label was found in no earlier row)", firm("Rhein Reisebus Innenausstattung GmbH", "DE")),
        ("PRE-05", "import", "NLPOST01", "post", "TR", [], "NL", "382499",
         "Otobüs tuvaleti için mavi kimyasal konsantre, 4 x 500 ml", "TR", 2.4, 4, 40, "EUR",
         "the blue concentrates for coach chemical toilets are dyed, perfumed formaldehyde-free biocide liquids of "
         "about 1.05 kg/l; these four bottles hold a colourless, heavy liquid of 1.40 kg/l that fumes brown when "
         "opened and stains the skin yellow: about 65 % nitric acid (Annex I above 3 %), posted from Istanbul to a "
         "private person in Utrecht; Turkish wording (nitric acid repeats in many sets and toilet-chemical labels in "
         "a few; a coach-toilet label on nitric acid was found in no earlier row by a keyword search)",
         person("Mehmet Yılmaz", "NL")),
        ("PRE-06", "import", "ESSEA01", "sea", "CN", [], "ES", "283429",
         "Sal fundente para rampas de autocares, sacos 25 kg, 640 sacos", "CN", 16000, 640, 6400, "USD",
         "de-icing salt for coach stations and depot ramps is grey, coarse rock salt; these 640 sacks hold white, "
         "glittering flakes that crackle with violet sparks on a hot iron, and the maker's sheet gives CAS "
         "3811-04-9, for a Zaragoza coach-depot supply firm that re-bags them in 2 kg tubs for its shop: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Qingdao to Valencia; "
         "Spanish wording on a Chinese shipment (potassium chlorate repeats in many sets and de-icing labels in a "
         "few; a coach-station ramp salt was found in no earlier row)", firm("Ebro Suministros Autocares SL", "ES")),
        ("PRE-07", "import", "SEAIR01", "air", "VN", [], "SE", "281512",
         "Dung dịch rửa vành xe buýt, không axit, can 5 lít, 120 can", "VN", 720, 120, 840, "USD",
         "an acid-free wheel cleaner for bus rims is a mild, red-turning alkaline gel; these 120 cans hold a "
         "water-clear liquid of 1.20 kg/l that fizzes on rust and whitens the skin, for a Göteborg bus-depot "
         "supplier selling the cans in its counter shop: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, flown from Hanoi; Vietnamese wording (hydrogen peroxide repeats "
         "in many sets and wheel-cleaner labels in a few, kept as a repeat; a bus-rim label from Vietnam is the new "
         "part as far as a search found)", firm("Västkust Bussdepå Service AB", "SE")),
        ("PRE-08", "import", "CZROAD01", "road", "SK", [], "CZ", "340520",
         "Leštiaci prášok na chrómové nárazníky autobusov, 1 kg, 300 balení (1. z 3 dodávok)", "SK", 300, 300, 600, "EUR",
         "a chrome-bumper polishing powder for coaches is a grey, gritty, insoluble chalk-and-alumina blend; these "
         "300 packs hold a white, hygroscopic powder that dissolves at once and burns fiercely with sugar, the "
         "first of three vans booked that week each under 1 t, for a Brno coach-parts shop that sells them over "
         "the counter: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public; Slovak "
         "wording (sodium perchlorate repeats in many sets and polishing powders on it in a few; a coach "
         "bumper-polish label split over three vans was found in no earlier row)", firm("Morava Autobusové Díly s.r.o.", "CZ")),
        ("PRE-09", "import", "IEPOST01", "post", "GB", [], "IE", "282911",
         "Coach engine-bay degreaser tablets, dissolve in 5 l water, 3 x 500 g", "GB", 1.5, 3, 45, "GBP",
         "an engine-bay degreaser tablet is a soapy, effervescent disc; these three tubs hold loose white crystals "
         "that do not fizz and flare on a match with sugar, and the inner bags read 'NaClO3': sodium chlorate "
         "(Annex I above 40 %), posted from Belfast to a private person in Galway; British English wording (sodium "
         "chlorate repeats in many sets, kept as a repeat; an engine-bay tablet label was found in no earlier row)",
         person("Ciarán Byrne", "IE")),
        ("PRE-10", "import", "FRAIR01", "air", "MA", [], "FR", "330499",
         "Crème blanchissante pour les dents, 30 flacons de 100 ml", "MA", 3.4, 30, 150, "EUR",
         "a tooth-whitening cream is a thick gel with a few per cent carbamide peroxide; these 30 bottles hold a "
         "runny, stinging, colourless liquid of 1.13 kg/l with vented caps: about 35 % hydrogen peroxide (Annex I "
         "above 12 %) for resale to the public from a Marseille shop, flown from Casablanca; Moroccan French wording "
         "(not a coach good; hydrogen peroxide and cosmetic labels repeat, kept as a repeat; to Marseille by air is "
         "the new part as far as a search found)", firm("Sud Beauté Distribution SARL", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "870290",
         "Used touring coaches, roadworthy, 14 units", "BE", 168000, 14, 84000, "EUR",
         "roadworthy used coaches leave with a technical inspection, keys and a logbook; these 14 coaches from a "
         "Flemish tour operator's scrapped fleet have no engines or gearboxes, leak oil and coolant, have cracked "
         "frames and were towed onto the ro-ro ship at Antwerp, at 6,000 EUR each: end-of-life vehicles not "
         "depolluted (hazardous waste, A1180/A3020 components), whose export to a non-OECD country is banned, for "
         "Lagos; English wording (used buses and coaches to West Africa repeat in several sets, kept as a repeat; "
         "a tour operator's towed fleet on a ro-ro ship is the new part as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "850710",
         "Batterie di avviamento per autobus, 12 V 225 Ah, rigenerate, 900 pezzi", "IT", 54000, 900, 18000, "EUR",
         "reconditioned bus starter batteries come charged, clean and capped; these 900 blocks from Milan city-bus "
         "depots are cracked, sulphated, at 0 V and with acid crusted on the terminals, stacked loose on pallets "
         "for a Sfax smelter: waste lead-acid batteries (A1160), whose export to a non-OECD country is banned, by "
         "sea from Genoa to Sfax; Italian wording (lead-acid batteries repeat in many sets, kept as a repeat; a "
         "regenerated bus-battery label was found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "TG", "271019",
         "Huile de base recyclée pour moteurs d'autocars, 80 fûts", "FR", 15200, 80, 9600, "EUR",
         "a re-refined base oil is clear, golden and bright; these 80 drums from a Lyon coach depot's drain pit "
         "hold black, watery used engine oil with sludge, glycol and brake fluid mixed in: waste mineral oil "
         "(A3020), whose export to a non-OECD country is banned, by sea from Marseille to Lomé; French wording "
         "(waste oil repeats in many sets, kept as a repeat; a coach-depot drain-pit label to Togo is the new part "
         "as far as a search found)", {"importer_country": "TG"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "PK", "870899",
         "Ersatzteile für Stadtbusse, gebraucht, geprüft, 1 Container", "DE", 9000, None, 14000, "EUR",
         "a used city-bus parts container for Karachi: doors, seats and mirrors from Hamburg bus breakers, but the "
         "third item's 'Batteriemodule Hybridbus, geprüft' are 60 dead lithium-ion traction modules from scrapped "
         "hybrid buses, swollen and at 0 V, with no test report: waste lithium-ion batteries (hazardous), whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration; German "
         "wording (lithium batteries repeat in many sets; hybrid-bus modules behind bus parts were found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "PK"},
              _more_items=[item("940120", "Fahrgastsitze Stadtbus, gebraucht, 200 Stück", "DE", 3000, 4000, "EUR", qty=200),
                           item("850760", "Batteriemodule Hybridbus, geprüft, 60 Stück", "DE", 4200, 3000, "EUR", qty=60)])),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "MA", "250840",
         "Vulklei voor wegenbouw, in bigbags, 22 t", "NL", 22000, None, 1100, "EUR",
         "road-building fill clay is dry, brown and earthy; these big bags hold wet, black, oil-smelling sludge "
         "dug out of a bus company's wash-bay interceptors, with diesel films and heavy metals: oily sludge (A3010 "
         "and A4060), whose export to a non-OECD country is banned, by sea from Rotterdam to Tanger Med; Dutch "
         "wording (oily sludge repeats in several sets; a bus wash-bay interceptor sludge was found in no earlier "
         "row)", {"importer_country": "MA"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "854430",
         "Wiązki przewodów do autobusów, nowe, 6 t", "PL", 6000, None, 9000, "EUR",
         "new bus wiring harnesses come taped, labelled and boxed by vehicle; this lorry holds tangled, cut "
         "harnesses torn out of scrapped coaches with burnt PVC, grease and connectors, for a Lviv yard that burns "
         "cable: waste PVC-insulated cable (A1190), whose export to a non-OECD country is banned; Polish wording "
         "(cable scrap repeats in several sets, kept as a repeat; a coach-harness label was found in no earlier "
         "row by a keyword search)", {"importer_country": "UA"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "AL", "853952",
         "Λαμπτήρες LED τύπου σωλήνα για λεωφορεία, νέοι, 4.000 τεμ.", "GR", 1200, 4000, 4000, "EUR",
         "new LED tubes are boxed singly with a driver; these crates hold used fluorescent saloon tubes pulled out "
         "of Athens buses, some broken, with grey powder in the crate: mercury lamp waste (A1030 and A2010), whose "
         "export to a non-OECD country is banned, by sea from Piraeus to Durrës; Greek wording (mercury lamps "
         "repeat in many sets, kept as a repeat; bus saloon tubes are the new part as far as a search found)",
         {"importer_country": "AL"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "EG", "382000",
         "Anticongelante concentrado para autobuses, IBC 1.000 l, 18 unidades", "ES", 18500, 18, 5400, "EUR",
         "antifreeze concentrate is a clean, dyed glycol; these 18 IBCs hold brown, rusty, oily coolant drained "
         "from a Madrid bus operator's fleet with metal fines and nitrite: waste glycol coolant (hazardous, A3140 "
         "and A4060), whose export to a non-OECD country is banned, by sea from Valencia to Alexandria; Spanish "
         "wording (antifreeze and coolant labels on waste repeat in many sets, kept as a repeat; Valencia to "
         "Alexandria is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-09", "export", "ATROAD01", "road", "AT", [], "BA", "854143",
         "Gebrauchte Photovoltaikmodule, funktionsfähig, 600 Stück", "AT", 12000, 600, 6000, "EUR",
         "working used solar modules come with flash tests and intact glass; these 600 modules from a storm-hit "
         "Styrian roof are shattered, delaminated and with broken junction boxes: waste electrical equipment "
         "(A1180), whose export to a non-OECD country is banned, by road to Sarajevo; Austrian German wording (not "
         "a coach good; PV panels repeat in a few sets, kept as a repeat; Austria to Bosnia by road is the new "
         "part as far as a search found)", {"importer_country": "BA"}),
        ("WST-10", "import", "IEAIR01", "air", "NG", [], "IE", "300630",
         "Empty plastic sample tubes, for recycling, 200 kg", "NG", 200, None, 100, "USD",
         "not a coach good: clean plastic tubes for recycling are sorted and washed; these bags hold used, "
         "blood-stained sample tubes and needles from clinics: infectious clinical waste (A4020, Y1), imported "
         "without notification and consent, flown from Lagos to Dublin; Nigerian English wording (clinical waste "
         "repeats in several sets, kept as a repeat; a sample-tube label to Dublin is the new part as far as a "
         "search found)", firm("Emerald Plastics Recycling Ltd", "IE")),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "290345",
         "R134a 制冷剂, 大巴空调专用, 13.6公斤钢瓶, 400瓶", "CN", 5440, 400, 16000, "USD",
         "R-134a for coach roof air-conditioners comes in light-blue returnable or grey disposable cylinders; these "
         "400 white cylinders carry a stencilled 'R-12' under the paint and their gas boils at -30 °C: CFC-12 "
         "(dichlorodifluoromethane), whose import Regulation 2024/590 bans, by sea from Ningbo to Gdańsk for a "
         "Poznań bus-aircon workshop; Chinese wording (CFC-12 under HFC-134a labels repeats in many sets, kept as "
         "a repeat; a coach roof-aircon label was found in no earlier row by a keyword search)",
         firm("Wielkopolska Klimatyzacja Autobusów Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ROROAD01", "road", "TR", [], "RO", "382764",
         "R407C soğutucu karışım, otobüs klimaları için, 11,3 kg tüp, 120 adet", "TR", 1360, 120, 4800, "EUR",
         "R-407C is a blend of HFCs in brown cylinders; these 120 cylinders hold pure HCFC-22, their labels "
         "peeling off stamped 'R22' cylinder shoulders: chlorodifluoromethane, whose import Regulation 2024/590 "
         "bans, by road from Istanbul to a Bucharest bus-aircon firm; Turkish wording (HCFC-22 under blend labels "
         "repeats in many sets, kept as a repeat; an R-407C label for city-bus aircon from Turkey by road is the new "
         "part as far as a search found)", firm("Carpați Climatizare Autobuze SRL", "RO")),
        ("OZN-03", "import", "DEROAD01", "road", "CZ", [], "DE", "842410",
         "Hasicí systémy motorového prostoru autokarů, 48 ks", "CZ", 720, 48, 9600, "EUR",
         "engine-compartment fire-suppression systems for coaches carry powder or water-mist cartridges; these 48 "
         "sets hold 6 kg pressure vessels of a liquefied gas that is bromochlorodifluoromethane, the gauges marked "
         "'BCF': halon 1211 (Regulation 2024/590, placing on the market banned outside critical uses), by road from "
         "Plzeň to a Regensburg coach builder; Czech wording (halon extinguishers repeat in many sets, kept as a "
         "repeat; coach engine-compartment suppression sets were found in no earlier row)",
         firm("Donau Reisebusbau GmbH", "DE")),
        ("OZN-04", "import", "ITSEA01", "sea", "IN", [], "IT", "382499",
         "पीयू फोम ब्लोइंग एजेंट, बस सीट कुशन के लिए, 250 किग्रा ड्रम, 40 ड्रम", "IN", 10000, 40, 14000, "USD",
         "a blowing agent for bus-seat cushion foam is today water or a hydrocarbon; these 40 drums hold a "
         "liquid boiling at 24 °C that is trichlorofluoromethane: CFC-11, whose import Regulation 2024/590 bans, by "
         "sea from Mundra to Genoa for a Brescia bus-seat maker; Hindi wording (CFC-11 as a foam blowing agent "
         "repeats in many sets, kept as a repeat; bus-seat cushions are the new part as far as a search found)",
         firm("Lombarda Sedili Autobus Srl", "IT")),
        ("OZN-05", "import", "FIPOST01", "post", "RU", [], "FI", "381400",
         "Очиститель контактов тахографа, 6 флаконов по 200 мл", "RU", 1.9, 6, 60, "EUR",
         "a tachograph contact cleaner is an isopropanol spray; these six bottles hold a heavy, sweet-smelling, "
         "non-flammable liquid of 1.59 kg/l: carbon tetrachloride, whose placing on the market Regulation 2024/590 "
         "bans, posted from St Petersburg to a private person in Lappeenranta; Russian wording (carbon tetrachloride "
         "repeats in many sets; a tachograph label was found in no earlier row by a keyword search)",
         person("Juha Virtanen", "FI")),
        ("OZN-06", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "381400",
         "Sredstvo za ispiranje klima uređaja autobusa, bačve 200 l, 60 bačava", "CN", 14800, 60, 7200, "USD",
         "an aircon flushing solvent for bus A/C loops is a hydrocarbon or HFE blend; these 60 drums hold a liquid "
         "boiling at 32 °C whose drum heads read '141b': HCFC-141b, moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Koper in transit from Ningbo to a Belgrade bus-aircon firm; "
         "Serbian wording (HCFC-141b flushing solvents repeat in several sets, kept as a repeat; a bus A/C flush "
         "label in transit through Koper is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-07", "import", "DKSEA01", "sea", "US", [], "DK", "870899",
         "Coach parts restock: brake chambers, wipers, parts cleaner", "US", 2100, None, 12000, "USD",
         "a coach-parts restock for an Aarhus coach operator from a Texas supplier: brake chambers and wiper arms "
         "are what it says, but the third item's 'non-flammable brake parts cleaner' is 600 cans of a solvent that "
         "is CFC-113 (trichlorotrifluoroethane), whose import Regulation 2024/590 bans, hidden as the last item of "
         "a three-item declaration, by sea from Houston to Aarhus; US English wording (CFC-113 cleaners repeat in "
         "many sets, kept as a repeat; behind coach brake parts is the new part as far as a search found)",
         dict(firm("Jylland Turistbusser A/S", "DK"),
              _more_items=[item("870830", "Air brake chambers type 30/30, 120 pcs", "US", 900, 7200, "USD", qty=120),
                           item("381400", "Non-flammable brake parts cleaner, 600 cans", "US", 300, 1800, "USD", qty=600)])),
        ("OZN-08", "export", "LTROAD01", "road", "LT", [], "BY", "841520",
         "Autobusų stogo kondicionieriai, naudoti, 30 vnt.", "LT", 4500, 30, 15000, "EUR",
         "used bus roof air-conditioners from a Vilnius operator's retired fleet, still charged with R-12 and "
         "R-22: products and equipment containing or relying on CFCs and HCFCs, whose export Regulation 2024/590 "
         "bans, by road from Medininkai to Minsk, also against the Belarus sanctions on vehicle parts; Lithuanian "
         "wording (CFC equipment for export repeats in several sets, kept as a repeat; bus roof units to Belarus "
         "are the new part as far as a search found)", {"importer_country": "BY"}),
        ("OZN-09", "import", "CYSEA01", "sea", "LB", [], "CY", "290349",
         "غاز تبريد R-32 للمكيفات، أسطوانات 9 كغ، 200", "LB", 1800, 200, 3600, "USD",
         "not a coach good: R-32 is a flammable HFC in grey cylinders; these cylinders hold non-flammable HCFC-22: "
         "chlorodifluoromethane, whose import Regulation 2024/590 bans, by sea from Beirut to Limassol; Arabic "
         "wording (HCFC-22 repeats in many sets, kept as a repeat; an R-32 label from Lebanon is the new part as far "
         "as a search found)", firm("Cyprus Cool Trading Ltd", "CY")),
        ("OZN-10", "import", "BGSEA01", "sea", "GE", [], "BG", "380893",
         "ნიადაგის ფუმიგანტი, ბალონები 50 კგ, 40 ცალი", "GE", 2000, 40, 6000, "USD",
         "not a coach good: a soil fumigant of 1,3-dichloropropene is a liquid in drums; these 40 cylinders hold a "
         "gas that is methyl bromide (Regulation 2024/590, banned outside narrow uses), by sea from Batumi to Varna; "
         "Georgian wording (methyl bromide repeats in many sets, kept as a repeat; from Georgia to Varna is the new "
         "part as far as a search found)", firm("Dobrudzha Agro EOOD", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "BGROAD01", "road", "TR", [], "BG", "392640",
         "Hediyelik eşya, otobüs turu için, reçine magnetler ve kupalar", "TR", 180, None, 900, "EUR",
         "a Sofia coach operator's Istanbul tour-souvenir consignment, declared at Kapitan Andreevo: resin magnets "
         "and mugs are what it says, but the third item's 'antik görünümlü replika sikkeler' are 140 Byzantine "
         "bronze folles and gold tremisses with earth in the legends, from illegal digging in Anatolia, whose "
         "export Turkey forbids: archaeological objects imported against Regulation 2019/880 without an import "
         "licence, hidden as the last item of a three-item declaration; Turkish wording (coins under replica "
         "labels repeat in many sets, kept as a repeat; a coach-tour souvenir consignment was found in no earlier "
         "row by a keyword search)",
         dict(firm("Balkan Express Tours EOOD", "BG"),
              _more_items=[item("691200", "Seramik kupa, 'İstanbul', 600 adet", "TR", 240, 600, "EUR", qty=600),
                           item("711890", "Antik görünümlü replika sikkeler, 140 adet", "TR", 0.8, 70, "EUR", qty=140)])),
        ("CUL-02", "export", "DESEA01", "sea", "DE", [], "US", "870290",
         "Gebrauchter Omnibus, Restaurierungsobjekt, 1 Stück", "DE", 7800, 1, 8000, "EUR",
         "a restoration-project bus is usually a 1970s or 1980s coach worth a few thousand; this is a 1938 "
         "Büssing petrol omnibus with its original bodywork, one of three left, taken from a transport-museum "
         "store and worth some 180,000 EUR, shipped from Bremerhaven to a New Jersey collector: a means of transport "
         "over 75 years old above the 50,000 EUR threshold exported without the licence Regulation 116/2009 "
         "requires; German wording ('omnibus' was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-03", "import", "NLSEA01", "sea", "TR", [], "NL", "690722",
         "Otogar bekleme salonu için duvar çinisi, el yapımı, 12 sandık", "TR", 1400, None, 2200, "EUR",
         "new hand-made wall tiles for a bus-station waiting room are bright, even and uniform; these 12 crates "
         "hold 16th-century İznik tiles in cobalt and bole red, with old mortar on the backs, prised from a "
         "mosque's wall: cultural property exported against Turkey's ban and imported against Regulation 2019/880, "
         "by sea from Mersin to Rotterdam for an Amsterdam dealer; Turkish wording (İznik tiles repeat in a few "
         "sets, kept as a repeat; a bus-station waiting-room label was found in no earlier row)",
         firm("Amstel Oriental Interiors BV", "NL")),
        ("CUL-04", "import", "GRROAD01", "road", "AL", [], "GR", "830629",
         "Suvenire bronzi për turistët e autobusëve, kopje, 3 copë", "AL", 4, 3, 120, "EUR",
         "bronze copies for coach tourists are bright, cast and sharp-edged; these three pieces are a corroded, "
         "green Illyrian bronze helmet and two fibulae with soil in the joints from a looted tumulus near Apollonia, "
         "carried by a tour-coach driver through Kakavia: archaeological objects over 250 years old exported "
         "against Albanian law and imported against Regulation 2019/880; Albanian wording (Illyrian helmets repeat "
         "in a few sets, kept as a repeat; a coach-tourist souvenir label by road is the new part as far as a "
         "search found)", person("Andreas Papadopoulos", "GR")),
        ("CUL-05", "import", "ATAIR01", "air", "UZ", [], "AT", "940490",
         "Avtobus o'rindiqlari uchun qo'lda tikilgan qoplamalar, 20 dona", "UZ", 60, 20, 600, "USD",
         "hand-sewn coach-seat covers are new cotton with machine borders; these 20 are 19th-century silk suzanis "
         "and ikat robes cut from their linings, faded and darned, from a Bukhara family collection, for a Vienna "
         "dealer: cultural goods exported against Uzbekistan's rules and imported against Regulation 2019/880; "
         "Uzbek wording (suzanis repeat in a few sets, kept as a repeat; a coach-seat-cover label was found in no "
         "earlier row)", firm("Donau Orient Textil GmbH", "AT")),
        ("CUL-06", "transit", "NLAIR01", "air", "EG", ["NL"], "US", "392640",
         "Dashboard figurines for tour coaches, resin, 24 pcs", "EG", 3, 24, 48, "USD",
         "resin dashboard figurines are light, glossy and identical; these 24 are glazed faience ushabtis of the "
         "Late Period with inscriptions, from illegal digging at Saqqara, landed at Amsterdam in transit to a New "
         "York dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; Egyptian English wording "
         "(ushabtis repeat in many sets, kept as a repeat; a tour-coach dashboard label was found in no earlier "
         "row)", {"importer_country": "US"}),
        ("CUL-07", "export", "ROROAD01", "road", "RO", [], "MD", "700992",
         "Panouri decorative din sticlă pictată pentru autocare, 16 bucăți", "RO", 40, 16, 400, "EUR",
         "decor panels for coach interiors are new printed glass; these 16 are 19th-century Transylvanian icons "
         "painted on glass from a Nicula church, worn and in old frames, going by a Chișinău coach line's van: "
         "cultural goods exported without the EU licence (Regulation 116/2009) and the Romanian permit; Romanian "
         "wording (glass icons repeat in a few sets, kept as a repeat; coach decor panels to Moldova by road are "
         "the new part as far as a search found)", {"importer_country": "MD"}),
        ("CUL-08", "import", "ESAIR01", "air", "GT", [], "ES", "691390",
         "Cerámica artesanal decorativa, 6 piezas", "GT", 9, 6, 180, "USD",
         "not a coach good: new craft pottery is bright and thin-walled; these six are Maya polychrome cylinder "
         "vessels of the Late Classic with glyph bands and root marks, looted in Petén: archaeological objects "
         "exported against Guatemalan law and imported against Regulation 2019/880, flown to Madrid; Guatemalan "
         "Spanish wording (Maya vessels repeat in many sets, kept as a repeat)", firm("Galería Quetzal SL", "ES")),
        ("CUL-09", "import", "NLSEA01", "sea", "HK", [], "NL", "830629",
         "Brass decorative Buddha statue, 1 pc", "HK", 38, 1, 300, "USD",
         "not a coach good: a new brass Buddha is bright and sharp; this is a Ming gilt-bronze seated Buddha with "
         "worn gilding and a sealed base, smuggled out of China: cultural property imported against Regulation "
         "2019/880, by sea to Rotterdam; Hong Kong English wording (Buddhist bronzes repeat in many sets, kept as a "
         "repeat)", firm("Lotus Art Trading BV", "NL")),
        ("CUL-10", "import", "DEPOST01", "post", "OM", [], "DE", "491199",
         "Calligraphy art prints, 12 sheets", "OM", 1.2, 12, 60, "USD",
         "not a coach good: calligraphy prints are new paper; these 12 are leaves of a Yemeni Zaydi manuscript on "
         "paper with worm holes and marginal notes, from a looted library in Sana'a: cultural goods imported "
         "against Regulation 2019/880 and the Yemen rules, posted from Muscat to a private person in Berlin; "
         "English wording (Yemeni manuscripts repeat in a few sets, kept as a repeat)", person("Omar Haddad", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KZ", "852691",
         "Flottenmanagement-Kits für Reisebusse: GPS-Tracker, Kameras, Antennen", "DE", 160, None, 42000, "EUR",
         "a coach-fleet telematics order for an Almaty 'bus operator': GPS trackers and cabin cameras are what they "
         "say, but the third item's 'Dachantennen für Busse' are 20 seven-element controlled-reception-pattern "
         "anti-jam GNSS antennas (7A005/7A105 and listed in the Russia sanctions annexes), bound onward to Russia, "
         "hidden as the last item of a three-item declaration, flown from Munich; German wording (anti-jam "
         "antennas repeat in a few sets, kept as a repeat; behind coach telematics kits is the new part as far as "
         "a search found)",
         dict({"importer_country": "KZ"},
              _item={"quantity": 300, "quantity_unit": "u"},
              _more_items=[item("852589", "Innenraumkameras für Reisebusse, 300 Stück", "DE", 90, 9000, "EUR", qty=300),
                           item("852691", "Dachantennen für Busse, 20 Stück", "DE", 40, 28000, "EUR", qty=20)])),
        ("STR-02", "export", "LVROAD01", "road", "LV", [], "KG", "870210",
         "Lietoti tūristu autobusi, 6 gab.", "LV", 78000, 6, 180000, "EUR",
         "used tourist coaches are years old with worn seats and high mileage; these six are new 2078 coaches with "
         "delivery mileage and protective film on the seats, bought by a Bishkek 'tour operator' that resells to "
         "Moscow: motor vehicles for transport of persons under the Russia export bans (Regulation 833/2014, "
         "Annex XVIII) circumvented through Kyrgyzstan, by road from Terehova; Latvian wording (vehicle "
         "circumvention through Central Asia repeats in several sets; new coaches as used ones were found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-03", "export", "PLROAD01", "road", "PL", [], "AM", "840820",
         "Silniki wysokoprężne do autobusów, regenerowane, 24 szt.", "PL", 21600, 24, 96000, "EUR",
         "rebuilt bus diesel engines come with worn blocks and rebuild tags; these 24 are new, sealed engines of a "
         "kind listed in the Russia sanctions annexes, bound from a Yerevan 'bus depot' to a Russian bus builder: "
         "goods whose export to Russia Regulation 833/2014 bans, circumvented through Armenia; Polish wording "
         "(engine circumvention repeats in a few sets; new engines as rebuilt bus engines were found in no earlier "
         "row)", {"importer_country": "AM"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "AE", "854231",
         "Besturingsprintplaten voor LED-bestemmingsborden van bussen, 80 stuks", "NL", 12, 80, 4000, "EUR",
         "a bus destination-sign controller is a small, cheap microcontroller board; these 80 boards carry "
         "high-end radiation-tolerant FPGAs worth 3,000 EUR each (3A001.a) and are bound from a Dubai trader to "
         "Iran: dual-use items exported without the licence Regulation 2021/821 requires and against the Iran "
         "sanctions, flown from Amsterdam; Dutch wording (FPGAs repeat in several sets; a destination-sign "
         "controller label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-05", "export", "ITAIR01", "air", "IT", [], "TR", "852589",
         "Telecamere di retromarcia per autobus, 150 pezzi", "IT", 45, 150, 6000, "EUR",
         "a bus reversing camera is a cheap colour CMOS camera; these 150 cameras hold uncooled 640x512 "
         "microbolometer thermal cores at 30 Hz (6A003.b.4), at a sixth of their price, bound from an Istanbul "
         "trader to Russia: dual-use items exported without a licence and against the Russia sanctions; Italian "
         "wording (thermal cores repeat in many sets and reversing-camera labels in a few, blind78, blind148 and "
         "blind267; kept as a repeat, a city-bus camera from Italy is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "AE", "851420",
         "Rußpartikelfilter-Reinigungsöfen für Busdepots, 2 Stück", "DE", 9000, 2, 60000, "EUR",
         "a DPF cleaning oven for bus depots is a simple electric kiln to 650 °C; these two are vacuum induction "
         "furnaces reaching 1,800 °C with a controlled atmosphere (2B226/2B227), bound via Jebel Ali to Iran: "
         "dual-use goods exported without a licence and against the Iran sanctions; German wording (vacuum "
         "furnaces repeat in several sets and DPF labels twice, blind183 and dev14-c; kept as a repeat, a "
         "bus-depot DPF cleaning oven is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-07", "export", "FRSEA01", "sea", "FR", [], "PK", "903120",
         "Équilibreuses de roues pour ateliers d'autocars, 3 unités", "FR", 4200, 3, 45000, "EUR",
         "a truck-and-bus wheel balancer is a floor machine for 22.5-inch wheels; these three are horizontal "
         "dynamic balancing machines for rotors up to 3 t with 0.2 g·mm/kg accuracy (2B119), for a Pakistani "
         "'coach workshop' that fronts for a missile programme: dual-use goods exported without the licence "
         "Regulation 2021/821 requires, by sea from Le Havre to Karachi; French wording (balancing machines repeat "
         "in a few sets, kept as a repeat; a coach-workshop label was found in no earlier row)",
         {"importer_country": "PK"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "CN", "681599",
         "Cañas de pescar, semielaborados de fibra de carbono, 2.000 kg", "ES", 2000, None, 30000, "EUR",
         "not a coach good: fishing-rod blanks are cured, tapered tubes; these rolls are high-modulus carbon-fibre "
         "prepreg (1C010.e) exported without a licence, by sea from Valencia to Shanghai; Spanish wording (carbon "
         "fibre under sports labels repeats in many sets, kept as a repeat)", {"importer_country": "CN"}),
        ("STR-09", "export", "ATROAD01", "road", "AT", [], "TR", "850440",
         "Frequenzumrichter für Pumpen, 40 Stück", "AT", 800, 40, 90000, "EUR",
         "not a coach good: pump drives run to a few hundred hertz; these 40 units output 600-2,000 Hz with fine "
         "frequency control (3A225), bound via Turkey to Iran: dual-use items exported without a licence; Austrian "
         "German wording (frequency changers repeat in many sets, kept as a repeat)", {"importer_country": "TR"}),
        ("STR-10", "export", "BESEA01", "sea", "BE", [], "LB", "382440",
         "Betonadditief, 40 vaten", "BE", 9000, 40, 18000, "EUR",
         "not a coach good: a concrete admixture is a blended plasticiser; these 40 drums hold pure "
         "triethanolamine (1C350, a chemical-weapons precursor), bound via Beirut to Syria: dual-use chemicals "
         "exported without a licence and against the Syria sanctions; Flemish wording (triethanolamine repeats in "
         "several sets, kept as a repeat)", {"importer_country": "LB"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITAIR01", "air", "BO", [], "IT", "392112",
         "Tapicería sintética efecto cocodrilo para autocares VIP, 40 rollos", "BO", 400, 40, 4000, "USD",
         "synthetic croc-effect upholstery comes on rolls with a fabric backing; these 40 bundles hold tanned "
         "belly skins of yacare caiman (Caiman yacare, CITES App. II) without CITES documents, for a Padua VIP-coach "
         "interior shop, flown from Santa Cruz to Milan; Bolivian Spanish wording (caiman skins repeat in several "
         "sets; a VIP-coach upholstery label was found in no earlier row by a keyword search)",
         firm("Veneta Interni Pullman Srl", "IT")),
        ("WLF-02", "import", "NLSEA01", "sea", "ID", [], "NL", "691390",
         "Dekorasi karang keramik untuk toko suvenir terminal bus, 30 karton", "ID", 900, 30, 1500, "USD",
         "ceramic coral decor is glazed, hollow and light; these 30 cartons hold bleached stony-coral heads "
         "(Acropora and Pocillopora, CITES App. II) without CITES documents, for a bus-station souvenir-kiosk "
         "chain, by sea from Surabaya to Rotterdam; Indonesian wording (coral repeats in many sets, kept as a "
         "repeat; a bus-terminal souvenir label is the new part as far as a search found)",
         firm("Terminal Souvenirs Nederland BV", "NL")),
        ("WLF-03", "import", "ESSEA01", "sea", "GM", [], "ES", "440839",
         "African padauk veneer for coach interior panels, 9 t", "GM", 9000, None, 9000, "USD",
         "padauk veneer is bright orange-red and straight; these bundles are sawn Pterocarpus erinaceus (kosso, "
         "CITES App. II, with trade from West Africa suspended) without CITES documents, for a Vitoria coach-body "
         "builder, by sea from Banjul to Valencia; Gambian English wording (kosso repeats in several sets, kept as "
         "a repeat; coach interior panels were found in no earlier row)", firm("Álava Carrocerías SL", "ES")),
        ("WLF-04", "import", "BEPOST01", "post", "TH", [], "BE", "870829",
         "ปลอกหุ้มพวงมาลัยรถบัส หนังพียู, 4 ชิ้น", "TH", 1.6, 4, 60, "USD",
         "PU steering-wheel covers are moulded and uniform; these four are sewn from real reticulated-python skin "
         "(Python reticulatus, CITES App. II) without CITES documents, posted from Bangkok to a coach driver in "
         "Ghent; Thai wording (python skin repeats in many sets and steering-wheel covers in a few, blind183, blind225 "
         "and blind291; kept as a repeat, a coach driver's cover by post to Ghent is the new part as far as a search found)", person("Kurt Peeters", "BE")),
        ("WLF-05", "transit", "DEAIR01", "air", "ID", ["DE"], "SA", "330749",
         "Sachet pengharum ruangan untuk bus, 500 kg", "ID", 500, None, 2500, "USD",
         "coach air-freshener sachets hold scented clay beads; these sacks hold dark, resinous agarwood chips "
         "(Aquilaria malaccensis, CITES App. II) worth far more than declared, without the export permit that "
         "specimens in transit must carry, landed at Frankfurt in transit from Jakarta to Jeddah for pilgrim-coach "
         "gift shops; Indonesian wording (agarwood repeats in several sets, kept as a repeat; a bus air-freshener "
         "label in transit is the new part as far as a search found)", {"importer_country": "SA"}),
        ("WLF-06", "import", "BEAIR01", "air", "NG", [], "BE", "960190",
         "Carved bone pendants, coach-tour souvenirs, 120 pcs", "NG", 6, 120, 240, "USD",
         "carved cattle bone is porous and chalky; these 120 pendants are dense, creamy elephant ivory with "
         "Schreger lines (Loxodonta africana, CITES App. I), for a Brussels coach-tour operator's gift counter, "
         "flown from Lagos; Nigerian English wording (ivory as bone repeats in many sets, kept as a repeat; a "
         "coach-tour souvenir label is the new part as far as a search found)", firm("Brabant Coach Tours NV", "BE")),
        ("WLF-07", "import", "HRSEA01", "sea", "IN", [], "HR", "940490",
         "बस ड्राइवर सीट कवर, लकड़ी के मोती, 400 पीस", "IN", 1600, 400, 3200, "USD",
         "a coach-seat-cover shipment for a Split coach operator: curtains and head-rest covers are what they say, "
         "but the third item's 'wooden bead seat covers' are 400 massage covers of beads turned from red sanders "
         "(Pterocarpus santalinus, CITES App. II) without CITES documents, hidden as the last item of a three-item "
         "declaration, by sea from Chennai to Rijeka; Hindi wording (red sanders repeats in several sets, kept as "
         "a repeat, and bead seat covers twice, blind183 and blind191; a red-sanders bead cover behind bus curtains is "
         "the new part as far as a search found)",
         dict(firm("Dalmacija Bus Oprema d.o.o.", "HR"),
              _more_items=[item("630391", "Bus window curtains, cotton, 800 pcs", "IN", 800, 2400, "USD", qty=800),
                           item("440290", "Wooden bead seat covers, 400 pcs", "IN", 600, 1200, "USD", qty=400)])),
        ("WLF-08", "export", "FRAIR01", "air", "FR", [], "HK", "030111",
         "Poissons d'ornement vivants, 30 kg", "FR", 30, None, 300, "EUR",
         "not a coach good: ornamental fish are few and colourful; these bags hold transparent glass eels "
         "(Anguilla anguilla, CITES App. II, whose export from the Union is banned), flown from Paris to Hong Kong; "
         "French wording (glass eels repeat in many sets, kept as a repeat)", {"importer_country": "HK"}),
        ("WLF-09", "import", "CZAIR01", "air", "CM", [], "CZ", "080132",
         "Cashew shells, roasted, 80 kg", "CM", 80, None, 160, "USD",
         "not a coach good: cashew shells are brown, oily and kidney-shaped; these sacks hold overlapping, keratin "
         "pangolin scales (Manis spp., CITES App. I), flown from Douala to Prague; Cameroonian English wording "
         "(pangolin scales repeat in many sets, kept as a repeat)", firm("Vltava Nuts s.r.o.", "CZ")),
        ("WLF-10", "import", "ITPOST01", "post", "IN", [], "IT", "621420",
         "Pashmina shawls, 3 pcs", "IN", 0.6, 3, 150, "USD",
         "not a coach good: pashmina is soft goat down; these three ring-fine shawls are shahtoosh, from the wool "
         "of the Tibetan antelope (Pantholops hodgsonii, CITES App. I), posted from Delhi to a private person in "
         "Milan; Indian English wording (shahtoosh repeats in many sets, kept as a repeat)",
         person("Giulia Rossi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "CN", "AT", "284700",
     "Hydrogen peroxide 40 %, 2 x 1 l, for a licensed private user (cleaning vintage bus upholstery)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-78-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "UA", "PL", "290420",
     "Nitromethane 98 %, 5 l, for a licensed private user (model-engine fuel)", "UA", 5.7, 1, 60, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWiA-78-0133")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "850760",
     "Waste lithium-ion traction modules from hybrid city buses, for recycling at a licensed plant, 12 t", "CH", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-78-0211")], "notified waste bus batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "271099",
     "Waste engine oil from bus depots (13 02 05*), for re-refining at a licensed plant, 20 t", "NO", 20000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-78-0077")], "notified waste oil to a licensed re-refiner"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-78-014")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 560, 16,
     14000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-78-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DESEA01", "sea", "DE", "US", "870290",
     "Büssing omnibus, 1936, restored, loan to a US transport museum", "DE", 7600, 1, 160000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-78-0119")], "historic omnibus exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ROAIR01", "air", "RO", "FR", "970199",
     "Icons painted on glass, Nicula, 19th century, 3 pieces, documented collection, exhibition loan", "RO", 6, 3,
     12000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "RO-MC-EXP-78-0041")], "glass icons exported with the export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "NO", "852691",
     "CRPA anti-jam GNSS antennas, 6 units, for a Norwegian bus-fleet safety trial", "DE", 12, 6, 9000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-78-0412"), ("END_USER_CERTIFICATE", "NO-NSM-EUC-78-0033")],
     "dual-use anti-jam antennas under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "CH", "852589",
     "Thermal imaging cameras 640x512, 30 Hz, 20 units, for a Swiss tunnel-safety operator", "IT", 8, 20, 60000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-78-0088"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-78-0051")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "BO", "IT", "410390",
     "Tanned yacare caiman skins (Caiman yacare), 60, for VIP-coach upholstery", "BO", 90, 60, 9000, "USD",
     [("CITES_PERMIT", "BO-MMAYA-78-0144")], "App. II caiman skins with their export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "ID", "NL", "050800",
     "Maricultured Acropora coral skeletons, 200 pieces, for souvenir shops", "ID", 100, 200, 1600, "USD",
     [("CITES_PERMIT", "ID-KLHK-78-0390")], "App. II cultured coral with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Osoba prywatna", "PRM-05": "Zentrallabor Analytik GmbH",
    "PRM-06": "Aéro Maintenance Sud SAS", "PRM-11": "Veneta Interni Pullman Srl", "PRM-12": "Terminal Souvenirs Nederland BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # bus and coach operators, their depots, workshops, bus builders and parts wholesalers
    ("340290", "Coach air-vent deodorising cleaner, 500 ml", "import", ["express"], ["CN"], (10, 20), (1, 3), ["USD", "EUR"], 2, S),
    ("381190", "Diesel anti-gel additive for bus fleets, 5 l", "import", ["road"], ["UA", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("340290", "Alkaline bus-wash powder, 25 kg sacks", "import", ["road"], ["RS", "TR"], (0.6, 1.2), (5000, 12000), ["EUR"], 0.04, S),
    ("340520", "Coach-seat upholstery stain powder, 1 kg", "import", ["air"], ["IN", "CN"], (3, 6), (100, 400), ["USD"], 1, S),
    ("382499", "Blue chemical-toilet concentrate for coaches, 1 l", "import", ["post"], ["TR", "PL"], (6, 12), (1, 3), ["EUR"], 1, S),
    ("250100", "Rock de-icing salt for depot ramps, 25 kg sacks", "import", ["sea"], ["EG", "TN"], (0.06, 0.12), (15000, 24000), ["USD"], 0.04, S),
    ("340290", "Acid-free bus wheel-rim cleaner gel, 5 l", "import", ["air"], ["VN", "CN"], (2, 4), (200, 800), ["USD"], 0.2, S),
    ("340520", "Chrome bumper polishing paste for coaches", "import", ["road"], ["SK", "CZ"], (3, 6), (200, 800), ["EUR"], 2, S),
    ("340290", "Engine-bay degreaser tablets, effervescent", "import", ["post"], ["GB"], (15, 30), (1, 3), ["GBP"], 2, S),
    ("870290", "Used coaches with inspection certificates, roadworthy", "export", ["sea"], ["NG", "GH"], (4, 8), (12000, 24000), ["EUR"], None, S),
    ("850710", "New lead-acid bus starter batteries, 225 Ah", "import", ["sea"], ["KR", "TR"], (2, 3.5), (8000, 16000), ["USD"], 0.016, S),
    ("271019", "Engine oil 10W-40 for bus fleets, 208 l drums", "import", ["sea"], ["US", "AE"], (1.5, 2.5), (10000, 18000), ["USD"], None, S),
    ("940120", "Passenger seats for city buses, new", "import", ["road"], ["TR", "PL"], (8, 14), (2000, 6000), ["EUR"], 0.06, S),
    ("854430", "New bus wiring harnesses, labelled", "import", ["road"], ["RS", "MK"], (10, 20), (1000, 4000), ["EUR"], 0.3, S),
    ("853952", "LED saloon-lighting tubes for buses", "import", ["sea"], ["CN"], (8, 15), (1000, 3000), ["USD"], 3, S),
    ("382000", "Glycol antifreeze concentrate, IBCs", "import", ["sea"], ["US", "KR"], (1.2, 2), (12000, 20000), ["USD"], None, S),
    ("840991", "Used bus engine parts with rebuild tags", "export", ["road"], ["UA", "MD"], (3, 6), (2000, 6000), ["EUR"], None, S),
    ("903180", "Electronic refrigerant leak detectors for bus A/C workshops", "import", ["air"], ["CN", "US"], (40, 80), (50, 200), ["USD"], 3, S),
    ("842410", "Water-mist engine-compartment fire suppression for coaches", "import", ["road"], ["SE", "CZ"], (15, 30), (300, 900), ["EUR"], 0.1, S),
    ("390729", "Polyether polyol for water-blown seat foam, drums", "import", ["sea"], ["KR", "US"], (1.5, 2.5), (12000, 20000), ["USD"], None, S),
    ("381400", "Isopropanol contact cleaner spray, 200 ml", "import", ["post", "express"], ["DE", "CN"], (10, 20), (1, 3), ["EUR"], 4, S),
    ("381400", "Hydrocarbon A/C flushing solvent for bus air-conditioning, 5 l", "import", ["sea"], ["CN", "US"], (2, 4), (2000, 6000), ["USD"], 0.2, S),
    ("870830", "Air brake chambers for coaches", "import", ["sea"], ["US", "CN"], (6, 10), (1000, 3000), ["USD"], 0.13, S),
    ("691200", "Ceramic souvenir mugs, coach-tour printed", "import", ["road"], ["TR"], (2, 4), (500, 2000), ["EUR"], 2.5, S),
    ("690722", "New glazed wall tiles for bus-station waiting rooms", "import", ["sea"], ["TR", "ES"], (0.8, 1.5), (10000, 20000), ["EUR"], None, S),
    ("940490", "Cotton coach-seat covers, new, machine-made", "import", ["air"], ["UZ", "IN"], (6, 12), (100, 400), ["USD"], 3, S),
    ("392640", "Resin dashboard figurines, new", "import", ["post", "express"], ["CN", "EG"], (20, 40), (1, 3), ["USD"], 8, S),
    ("830629", "Cast brass souvenir helmets, reproduction, new", "import", ["road"], ["AL", "GR"], (8, 15), (200, 800), ["EUR"], 1, S),
    ("852691", "GPS fleet trackers for coaches", "import", ["air"], ["CN", "TW"], (100, 200), (50, 300), ["USD"], 6, S),
    ("852589", "CMOS reversing cameras for buses", "import", ["air"], ["CN", "KR"], (60, 120), (100, 400), ["USD"], 3, S),
    ("853120", "LED destination-sign displays for buses", "import", ["sea"], ["CN", "PL"], (20, 40), (1000, 3000), ["USD", "EUR"], 0.1, S),
    ("851420", "Electric DPF cleaning kilns for bus depots", "import", ["sea"], ["US", "DE"], (8, 14), (1000, 3000), ["USD", "EUR"], 0.002, S),
    ("903120", "Truck and bus wheel balancers, 22.5-inch", "import", ["sea"], ["IT", "CN"], (6, 12), (1000, 3000), ["EUR", "USD"], 0.005, S),
    ("840820", "Rebuilt bus diesel engines, with core exchange", "import", ["road"], ["TR", "RS"], (3, 6), (4000, 10000), ["EUR"], 0.001, S),
    ("392112", "PVC croc-effect upholstery, rolls", "import", ["sea"], ["CN", "BR"], (3, 6), (2000, 6000), ["USD"], None, S),
    ("691390", "Glazed ceramic coral decor, new", "import", ["sea"], ["ID", "CN"], (2, 4), (1000, 3000), ["USD"], 2, S),
    ("440839", "Sapele veneer for coach interior panels", "import", ["sea"], ["CM", "GH"], (2, 4), (6000, 12000), ["USD"], None, S),
    ("870829", "PU steering-wheel covers for buses", "import", ["post", "express"], ["TH", "CN"], (15, 30), (1, 3), ["USD"], 2.5, S),
    ("330749", "Scented clay-bead air-freshener sachets", "import", ["sea"], ["ID", "CN"], (2, 4), (2000, 6000), ["USD"], 20, S),
    ("940490", "Wooden bead seat covers, lotus wood", "import", ["sea"], ["IN", "CN"], (2, 4), (1000, 3000), ["USD"], 0.6, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691390", "Terracotta bird baths, unglazed", "import", ["sea"], ["VN", "PT"], (0.6, 1.2), (4000, 10000), ["USD", "EUR"], 0.1, N),
        ("691110", "Porcelain soup spoons, white", "import", ["sea"], ["CN", "TH"], (1.5, 3), (3000, 8000), ["USD"], 30, N),
        ("442199", "Bamboo toothbrush holders", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 8, N),
        ("920590", "Tin whistles in D, nickel-plated", "import", ["post", "express"], ["GB", "IE"], (30, 60), (1, 3), ["GBP", "EUR"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind314", 20780701, HERE)


if __name__ == "__main__":
    main()
