#!/usr/bin/env python3
"""Writes the forty-eighth blind set (tests/risk/data/blind48-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 28 April 2034, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document. Disguised rows
carry a consignee name only where a real declaration would. Ids are BL48-*:

    python3 tests/risk/data/make_blind48_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2034, 3, 1)
base.DAYS = 59  # 1 March to 28 April 2034
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKPOST01", "post", "GB", [], "DK", "340290",
         "Sølvrens, dyppebad til smykker, 3 x 1 l", "GB", 4.2, 3, 36, "GBP",
         "silver dips are a thiourea solution in dilute acid at about 1 kg/l; these 1-litre bottles weigh 1.4 kg "
         "each and carry UN 2031 and CAS 7697-37-2 under the sticker: 65 % nitric acid (Annex I above 3 %) posted "
         "to a private person, although corrosives may not go by post; Danish wording (nitric acid repeats; the "
         "silver-dip cover is new)", person("Privatperson", "DK")),
        ("PRE-02", "import", "EEAIR01", "express", "US", [], "EE", "283699",
         "Hapnikuga plekieemaldaja (naatriumperkarbonaat), 4 kanistrit à 5 l", "US", 24, 4, 160, "USD",
         "sodium percarbonate is a granular powder sold in tubs; vented 5-litre jerrycans marked UN 2015 hold a "
         "liquid: 50 % hydrogen peroxide (Annex I above 12 %), by express to a private person; Estonian wording "
         "(hydrogen peroxide repeats; an oxygen-bleach description appears in one earlier row that named the "
         "peroxide, and percarbonate pond tablets covered peroxide in blind39; a liquid in vented cans as laundry "
         "bleach to Estonia is new)", person("Eraisik", "EE")),
        ("PRE-03", "import", "SIROAD01", "road", "RS", [], "SI", "340290",
         "Čistilo za platišča, brez kislin, 20 x 5 l", "RS", 122, 20, 140, "EUR",
         "acid-free wheel cleaners are alkaline and weigh about 1.0 kg/l; 100 litres weighing 122 kg, with H314 "
         "and 'žveplova kislina 30 %' under the sticker, are sulphuric acid above 15 % (Annex I) for a private "
         "person; Slovenian wording (sulphuric acid repeats; a rim-cleaner cover appears in one earlier row, for "
         "nitric acid to a shop; the acid-free claim, the density and the Serbian road route are new)",
         person("Fizična oseba", "SI")),
        ("PRE-04", "import", "MTAIR01", "express", "US", [], "MT", "292690",
         "Aċetonitril, grad HPLC, 4 fliexken ta' 4 l", "US", 18.2, 4, 520, "USD",
         "16 litres of acetonitrile weigh 12.6 kg; 18.2 kg is 1.14 kg/l, the density of nitromethane (Annex I "
         "above 16 %), and the consignee is a private person with no laboratory; Maltese wording (nitromethane "
         "repeats; the HPLC-solvent cover and Malta are new)", person("Persuna privata", "MT")),
        ("PRE-05", "import", "ROROAD01", "road", "MD", [], "RO", "283429",
         "Azotat de calciu, îngrășământ pentru roșii, 20 saci x 25 kg", "MD", 500, 20, 300, "EUR",
         "calcium nitrate is 15.5 % N and turns to slush in damp air; hard white prills marked '34,4 % N' are "
         "ammonium nitrate (Annex I at 16 % N or more), half a tonne to a private person for a kitchen garden; "
         "Romanian wording (ammonium nitrate as calcium nitrate repeats many sets, in Romanian in blind41; the "
         "road route from Moldova to a private person is new)",
         person("Persoană fizică", "RO")),
        ("PRE-06", "import", "HRAIR01", "express", "CN", [], "HR", "291813",
         "Vinski kamen (kalijev hidrogentartarat) za pečenje, 5 kg", "CN", 5, 5, 45, "USD",
         "cream of tartar is a baking acid sold in 100 g sachets; 5 kg of a fine white powder whose bag gives CAS "
         "7778-74-7 and the oxidiser pictogram is potassium perchlorate (Annex I above 40 %), to a private person; "
         "Croatian wording (potassium perchlorate repeats; the cream-of-tartar cover is new)",
         person("Privatna osoba", "HR")),
        ("PRE-07", "import", "LUAIR01", "express", "US", [], "LU", "283319",
         "Natriumsulfat, waasserfräi, Wäschzousaz, 10 kg", "US", 10, 2, 90, "USD",
         "anhydrous sodium sulphate is a cheap detergent filler; this powder is hygroscopic, caked in the bag and "
         "labelled CAS 7601-89-0: sodium perchlorate (Annex I above 40 %), by express to a private person; "
         "Luxembourgish wording (sodium perchlorate appears in earlier rows; the sodium-sulphate cover and "
         "Luxembourg are new)", person("Privatpersoun", "LU")),
        ("PRE-08", "import", "SEAIR01", "express", "US", [], "SE", "290532",
         "Propylenglykol USP, bas för e-vätska, 4 x 5 l", "US", 24.8, 4, 180, "USD",
         "20 litres of propylene glycol weigh 20.8 kg; these vented cans weigh 24.8 kg, the density of 60 % "
         "hydrogen peroxide (Annex I above 12 %), for a private person; Swedish wording (hydrogen peroxide "
         "repeats; the e-liquid base cover is new)", person("Privatperson", "SE")),
        ("PRE-09", "import", "PTAIR01", "express", "BR", [], "PT", "284019",
         "Fundente de bórax para solda de joias, 1 kg", "BR", 1, 1, 25, "USD",
         "a jewellery-making order to a private person whose third line, 'pickle concentrate', is a 5-litre "
         "bottle of 96 % sulphuric acid (9.2 kg, Annex I above 15 %), not sodium bisulphate granules; Brazilian "
         "Portuguese wording (sulphuric acid repeats; jewellers' pickle covers appear in earlier rows for fuming "
         "nitric acid; sulphuric acid as bisulphate pickle inside a multi-item order is new)",
         {"consignee_name": "Particular", "importer_country": "PT",
          "_more_items": [item("283319", "Pó para decapagem (bissulfato de sódio), 2 kg", "BR", 2, 20, "USD", qty=1),
                          item("283319", "Concentrado de decapagem, bissulfato de sódio, 1 frasco", "BR", 9.2, 30, "USD", qty=1)]}),
        ("PRE-10", "import", "SKROAD01", "road", "UA", [], "SK", "310420",
         "Калій хлористий харчовий, замінник солі, 10 x 1 кг", "UA", 10, 10, 60, "EUR",
         "salt substitute is potassium chloride; shiny flaky crystals whose label under the sticker gives CAS "
         "3811-04-9 are potassium chlorate (Annex I above 40 %), brought by car from Uzhhorod to a private "
         "person; Ukrainian wording (potassium chlorate repeats; a salt-substitute cover appears in one earlier "
         "row; the route and wording are new)", person("Súkromná osoba", "SK")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "854143",
         "Panneaux photovoltaïques d'occasion, testés, pour réemploi, 1 800 pcs", "BE", 21600, 1800, 9000, "EUR",
         "thin-film cadmium telluride panels taken down after a hailstorm, with shattered glass and no test "
         "reports, at 5 EUR a panel: WEEE containing cadmium (16 02 13*, A1180), not reusable equipment, to a "
         "non-OECD country; Belgian French wording (hail-shattered solar modules for reuse repeat blind45; "
         "thin-film CdTe panels to Nigeria are new)", {"importer_country": "NG"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "IN", "262099",
         "Metallhydroxid-Konzentrat, Nickel/Kupfer, Big Bags, 40 t", "DE", 40000, 40, 6000, "EUR",
         "filter cakes from an electroplating line's waste-water plant (11 01 09*, Y17), with cyanide and "
         "chromium, sold as a nickel concentrate at 0.15 EUR/kg: hazardous waste to a non-OECD country; German "
         "wording (plating sludge as a nickel concentrate repeats blind44 and earlier sets; the German wording and "
         "the route to India are new)",
         {"importer_country": "IN"}),
        ("WST-03", "export", "BGROAD01", "road", "BG", [], "MK", "271019",
         "Базово масло SN 150, регенерирано, автоцистерна 24 т", "BG", 24000, None, 4800, "EUR",
         "SN 150 base oil is clear and costs about 900 EUR/t; this black oil at 200 EUR/t, smelling of fuel, is "
         "collected used engine oil (13 02 05*, Y8), hazardous waste to North Macedonia, a non-OECD country, "
         "without notification; Bulgarian wording (black waste oil as base oil appears in blind19; the re-refined "
         "SN 150 claim, the road route to North Macedonia and the wording are new)",
         {"importer_country": "MK"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "690290",
         "Mattoni refrattari di recupero, magnesia-cromo, per riutilizzo, 600 t", "IT", 600000, None, 12000, "EUR",
         "magnesia-chrome bricks broken out of a cement kiln and a copper converter, glazed with clinker and "
         "slag and stained yellow by hexavalent chromium, are spent linings containing hazardous substances "
         "(16 11 03*), not reusable firebricks: hazardous waste to a non-OECD country; Italian wording (spent "
         "pot lining as refractory repeats; chrome-bearing kiln bricks are new)", {"importer_country": "TN"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "MA", "392330",
         "Bidons de plàstic usats, nets, per emmagatzemar aigua, 2.000 u.", "ES", 20000, 2000, 3000, "EUR",
         "the 200-litre drums still carry skull-and-crossbones labels and pesticide residues, unrinsed: "
         "contaminated packaging (15 01 10*), hazardous waste, sold for drinking-water storage in a non-OECD "
         "country; Catalan wording (empty pesticide containers appear in blind10, shredded; unrinsed drums "
         "for water storage are new)", {"importer_country": "MA"}),
        ("WST-06", "export", "IEAIR01", "air", "IE", [], "GH", "382219",
         "Laboratory reagent samples, assorted, 60 boxes", "IE", 900, 60, 1200, "EUR",
         "expired and unlabelled chemicals cleared out of a closed university store and packed as a lab pack "
         "(16 05 06*), sent as reagents to a 'research partner': hazardous waste to a non-OECD country; Irish "
         "English wording (a lab-pack cover appears in one earlier row; the air route to Ghana is new)",
         {"importer_country": "GH"}),
        ("WST-07", "transit", "HURAIL01", "rail", "RS", ["HU", "SK"], "UA", "740400",
         "Бакарни кабловски гранулат, 22 т", "RS", 22000, None, 26000, "EUR",
         "copper granulate costs about 8 EUR/kg; at 1.2 EUR/kg this is chopped cable with its PVC and oil-filled "
         "insulation still on (17 04 10*, A1190), in transit across Hungary and Slovakia to Ukraine without "
         "notification; Serbian Cyrillic wording (cable scrap appears in earlier rows; the granulate cover by "
         "rail in transit is new)", {"importer_country": "UA"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "NG", "890590",
         "Drijvend dok, voor hergebruik, 1 st.", "NL", 3200000, 1, 250000, "EUR",
         "a 1970s floating dock with asbestos lagging, PCB cables and tin-based antifouling, sold for 'reuse' at "
         "scrap price and towed to a non-OECD beach: hazardous waste (A2050, A1180, Y45), not bound for an "
         "EU-listed recycling yard; Dutch wording (vessels for scrap appear in earlier rows; a floating dock is new)",
         {"importer_country": "NG"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "IN", "281820",
         "Ενεργή αλουμίνα, ξηραντικό, σάκοι big-bag, 40 t", "GR", 40000, 40, 10000, "EUR",
         "grey-black pellets that warm up when the bag is opened are spent nickel-molybdenum hydrotreating "
         "catalyst from a refinery (16 08 02*, self-heating), not white activated alumina: hazardous waste to a "
         "non-OECD country; Greek wording (spent catalyst as activated alumina repeats blind4 and one older row; "
         "the Greek wording and the route to India are new)",
         {"importer_country": "IN"}),
        ("WST-10", "import", "ITSEA01", "sea", "AL", [], "IT", "382590",
         "Lëndë djegëse alternative (RDF), në bale, 1 500 t", "AL", 1500000, None, 15000, "EUR",
         "baled 'RDF' that is unsorted municipal waste with food and glass (20 03 01, Y46), imported for a cement "
         "kiln with no permit to burn it: mixed municipal waste needs prior notification and consent; Albanian "
         "wording (RDF covers appear in earlier rows; the import from Albania is new)", {"importer_country": "IT"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLROAD01", "road", "UA", [], "PL", "700800",
         "Okna dźwiękochłonne, szyby zespolone wypełnione argonem, 120 szt.", "UA", 6000, 120, 24000, "EUR",
         "the spacer labels and a gas test give sulphur hexafluoride, not argon: windows filled with SF6 for sound "
         "insulation may not be placed on the EU market; Polish wording (SF6 glazing appears in a few earlier "
         "rows; sound-insulating windows from Ukraine by road are new)", {"importer_country": "PL"}),
        ("OZN-02", "import", "ITSEA01", "sea", "CN", [], "IT", "950590",
         "Trombe da stadio ad aria compressa, 200 ml, 6.000 pz", "CN", 1800, 6000, 4200, "USD",
         "compressed-air fan horns hold no gas; these cans are charged with HFC-134a (GWP 1,430): novelty "
         "aerosols with HFCs of GWP 150 or more are banned; Italian wording (HFC fan horns repeat blind40's row "
         "to a private person; the compressed-air claim and a container load by sea are new)", {"importer_country": "IT"}),
        ("OZN-03", "import", "LTSEA01", "sea", "CN", [], "LT", "841869",
         "Ledo generatoriai, komerciniai, šaltnešis R-290, 150 vnt.", "CN", 9000, 150, 45000, "USD",
         "the nameplates and the service valves give R-404A (GWP 3,922), not propane: self-contained commercial "
         "refrigeration with an HFC of GWP 150 or more may not be placed on the market; Lithuanian wording "
         "(plug-in equipment declared R-290 repeats; ice makers appear in one earlier row; the Klaipėda route is new)",
         {"importer_country": "LT"}),
        ("OZN-04", "import", "SKROAD01", "road", "UA", [], "SK", "321410",
         "Montážna pena PU, 750 ml, hnací plyn propán/bután, 12 000 ks", "UA", 12000, 12000, 18000, "EUR",
         "the cans' safety sheets list HFC-134a and HFC-152a, not hydrocarbons: one-component foams containing "
         "HFCs of GWP 150 or more are banned; Slovak wording (one-component foam appears in earlier rows; the "
         "import from Ukraine by road is new)", {"importer_country": "SK"}),
        ("OZN-05", "import", "IEAIR01", "air", "US", [], "IE", "842410",
         "Clean agent fire extinguishers, FE-36 (HFC-236fa), 5 kg, 60 units", "US", 600, 60, 21000, "USD",
         "the cylinders' stamped contents read 'Halotron I' (an HCFC-123 blend), not HFC-236fa: HCFCs may not be "
         "placed on the EU market, nor extinguishers charged with them; American English wording (Halotron I "
         "extinguishers repeat four earlier sets; the FE-36 label and the air route to Ireland are new)",
         {"importer_country": "IE"}),
        ("OZN-06", "import", "FISEA01", "sea", "CN", [], "FI", "290323",
         "Tetrakloorieteeni kemialliseen pesuun, tynnyrit 250 kg, 80 kpl", "CN", 20000, 80, 22000, "USD",
         "a sample from the drums is sweeter-smelling than perchloroethylene and a laboratory test gives carbon "
         "tetrachloride, an ODS whose placing on the market is banned outside licensed feedstock and laboratory "
         "uses; Finnish wording (carbon tetrachloride as perchloroethylene repeats three earlier rows, all given "
         "away by the CAS number; the smell and laboratory test and the route to Finland are new)", {"importer_country": "FI"}),
        ("OZN-07", "import", "HUROAD01", "road", "UA", [], "HU", "841869",
         "Használt folyadékhűtők, hűtőközeg leeresztve, 8 db", "UA", 16000, 8, 32000, "EUR",
         "the chillers' gauges show pressure and the plates give R-22: used refrigeration equipment charged with "
         "HCFC-22 may not be imported, and the 'drained' claim hides about 400 kg of HCFC; Hungarian wording "
         "(HCFC-22 and used chillers repeat; the 'drained' cover from Ukraine is new)", {"importer_country": "HU"}),
        ("OZN-08", "import", "PLSEA01", "sea", "CN", [], "PL", "281121",
         "二氧化碳制冷剂 R744，钢瓶 40 L，100 支", "CN", 2500, 100, 9000, "USD",
         "CO2 cylinders are tested to 250 bar; these hold 25 kg each of HFC-23 (R-23, GWP 14,800), some 37,000 t "
         "CO2e of bulk HFC placed on the market without quota; Chinese wording (R-23 appears in a few earlier "
         "rows and an R-744 cover in blind35, there in disposable cylinders; HFC-23 as CO2 is new)", {"importer_country": "PL"}),
        ("OZN-09", "import", "GRSEA01", "sea", "IL", [], "GR", "630231",
         "מצעים למלונות, כותנה, 400 סטים", "IL", 1200, 400, 6000, "USD",
         "a hotel-supply container whose third line, portable air conditioners declared R-290, is charged with "
         "R-410A (GWP 2,088): plug-in room air conditioners with HFCs of GWP 150 or more are banned; Hebrew "
         "wording (portable air conditioners repeat; hiding them in a hotel-linen load is new)",
         {"importer_country": "GR",
          "_more_items": [item("940490", "כריות ושמיכות, 300 יח'", "IL", 900, 3000, "USD", qty=300),
                          item("841581", "מזגנים ניידים, R-290, 120 יח'", "IL", 3600, 18000, "USD", qty=120)]}),
        ("OZN-10", "transit", "NLSEA01", "sea", "IN", ["NL"], "GH", "381400",
         "Refrigeration system flushing solvent, non ozone depleting, 13.6 kg drums, 300 nos.", "IN", 4080, 300, 6000, "USD",
         "the drum labels under a new sticker give HCFC-141b, a controlled substance whose movement through the "
         "EU, transit included, is subject to the licensing of Regulation 2024/590; declared in transit through "
         "Rotterdam to Ghana as an ozone-safe solvent; Indian English wording (HCFC-141b as a flushing agent "
         "appears in earlier rows; the transit through Rotterdam is new)", {"importer_country": "GH"}),
    ],
    "cultural": [
        ("CUL-01", "export", "BESEA01", "sea", "BE", [], "US", "870323",
         "Voiture de collection, réplique sur châssis moderne, 1 pc", "BE", 1300, 1, 40000, "EUR",
         "the chassis and engine numbers match a 1936 Bugatti Type 57 recorded in a Belgian collection: a means "
         "of transport over 75 years old worth far more than 50,000 EUR needs an export licence (Regulation "
         "116/2009), which the 'replica' cover avoids; Belgian French wording (a vintage-car cover appears in one "
         "earlier row; a pre-war car declared as a replica is new)", {"importer_country": "US"}),
        ("CUL-02", "export", "ITPOST01", "post", "IT", [], "US", "470790",
         "Carta vecchia da macero per decoupage, 3 kg", "IT", 3, 1, 20, "EUR",
         "the 'waste paper' is forty 18th-century notarial deeds with seals, from a Sicilian notary's archive: "
         "archives over 50 years old need an export licence at any value, and public archives are inalienable; "
         "Italian wording (notarial papers as old paper repeat blind32, there Spanish colonial; a Sicilian archive "
         "by post is new)",
         {"importer_country": "US"}),
        ("CUL-03", "import", "DEAIR01", "air", "BR", [], "DE", "392690",
         "Réplica de fóssil de peixe em resina, decorativa, 12 peças", "BR", 18, 12, 120, "USD",
         "the nodules split to show real fish (Rhacolepis, Vinctifer) in Santana Formation limestone from the "
         "Araripe basin: fossils are federal property in Brazil and may not leave it without authorisation "
         "(palaeontological objects under UNESCO 1970); Brazilian Portuguese wording (Santana fossils as resin "
         "replicas repeat blind41; the air route to Germany is new)", {"importer_country": "DE"}),
        ("CUL-04", "export", "BGPOST01", "post", "BG", [], "GB", "711411",
         "Сребърна купа, декоративна, нова, 1 бр.", "BG", 0.4, 1, 40, "EUR",
         "a shallow silver phiale with a central boss and gilded acorns is a Thracian (4th century BC) find from "
         "a looted burial mound: archaeological objects need an export licence at any value and belong to the "
         "Bulgarian state; Bulgarian wording (Thracian silver appears in two earlier rows; the 'new bowl' cover by "
         "post is new)", {"importer_country": "GB"}),
        ("CUL-05", "import", "NLAIR01", "express", "TR", [], "NL", "711620",
         "Taş boncuk, takı yapımı için, 20 adet", "TR", 0.3, 20, 40, "USD",
         "drilled stone cylinders carved with reversed scenes and cuneiform signs are Mesopotamian cylinder seals "
         "(3rd-1st millennium BC) from Iraq, whose trade is banned by Regulation 1210/2003; Turkish wording "
         "(cylinder seals as stone beads repeat five earlier rows; only the Turkish wording and express route are new)", person("Particulier", "NL")),
        ("CUL-06", "import", "ITSEA01", "sea", "LB", [], "IT", "940389",
         "طاولة فسيفساء، صناعة يدوية لبنانية، جديدة، ١ قطعة", "LB", 380, 1, 900, "USD",
         "the 'tabletop' is a cut-down Roman floor mosaic panel (4th-5th century) set in lime mortar, with a Greek "
         "inscription, lifted at a Syrian site: trade in Syrian cultural property removed since 2011 is banned "
         "(Regulation 36/2012); Arabic wording (lifted Syrian mosaics repeat many sets; a new-table cover from "
         "Beirut is new)",
         {"importer_country": "IT"}),
        ("CUL-07", "import", "ESPOST01", "post", "PE", [], "ES", "670100",
         "Tejido artesanal de plumas, decorativo, 1 ud.", "PE", 0.6, 1, 50, "USD",
         "a panel of blue-and-yellow feathers knotted on cotton strings is a Wari (600-1000 AD) feathered textile "
         "from a looted coastal tomb: Peruvian cultural heritage whose export is forbidden; Peruvian Spanish "
         "wording (the Wari appear in one earlier row; the feather-craft cover is new)", person("Particular", "ES")),
        ("CUL-08", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "830630",
         "仿古铜镜，工艺品，24件", "CN", 14, 24, 180, "USD",
         "among the copy mirrors are six Han-dynasty bronze mirrors with a grey-green patina and soil in the "
         "casting: tomb finds whose export China forbids, in a China-Europe rail container of handicrafts; "
         "Chinese wording (bronze mirrors appear in two earlier rows; the rail route is new)",
         {"importer_country": "DE"}),
        ("CUL-09", "export", "PLAIR01", "express", "PL", [], "GB", "690723",
         "Płytki ceramiczne, używane, z rozbiórki, 120 szt.", "PL", 30, 120, 240, "EUR",
         "tin-glazed blue tiles with Bible scenes and old lime mortar on the backs are 17th-century Delft tiles "
         "prised from the hall of a listed Gdańsk merchant's house: parts of a monument need an export licence "
         "at any value; Polish wording (tiles stripped from buildings repeat for Iznik, azulejo and Ottoman "
         "tiles; Delft tiles from a Polish house are new)", {"importer_country": "GB"}),
        ("CUL-10", "import", "DEAIR01", "air", "UZ", [], "DE", "630492",
         "Suvenirlar: so'zana, qo'lda tikilgan, 1 dona", "UZ", 2, 1, 120, "USD",
         "a souvenir order from Tashkent whose third line, a 'copy' bowl, is a 10th-century Samanid slip-painted "
         "bowl with a Kufic inscription dug at Afrosiyob (Samarkand): archaeological finds are state property in "
         "Uzbekistan and may not leave it; Uzbek wording (Samanid pottery and this route are new to these sets)",
         {"consignee_name": "Privatperson", "importer_country": "DE",
          "_more_items": [item("691200", "Rishton sopol likopchalari, 6 dona", "UZ", 3, 60, "USD", qty=6),
                          item("691200", "Sopol kosa, qadimiy uslubda, nusxa, 1 dona", "UZ", 0.9, 30, "USD", qty=1)]}),
    ],
    "strategic": [
        ("STR-01", "export", "LVAIR01", "express", "LV", [], "KZ", "852719",
         "Amatieru radio uztvērēji, 30 gab.", "LV", 24, 30, 54000, "EUR",
         "amateur receivers cost a few hundred euros; at 1,800 EUR each these are wideband software-defined "
         "transceivers up to 6 GHz, used as drone data links and listed among the common high-priority items, "
         "to an Almaty reseller shipping on to Moscow (Regulation 833/2014, no re-export to Russia); Latvian wording",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "TR", "844540",
         "Bobinatrice tessile, 1 unità", "IT", 9000, 1, 420000, "EUR",
         "textile winders cost tens of thousands; a 420,000 EUR machine with four coordinated axes, a 2 m mandrel "
         "and a resin bath is a filament-winding machine (1B001), which needs a licence, sold through an "
         "Istanbul trader to an Iranian rocket-motor-case plant; Italian wording (filament-winding machines "
         "repeat many sets, as a textile winder in blind3 too; the Istanbul route to Iran is new)", {"importer_country": "TR"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AE", "902620",
         "Manomètres numériques pour pneus, 200 pcs", "FR", 40, 200, 160000, "EUR",
         "tyre gauges cost 20 EUR; at 800 EUR each these are corrosion-resistant capacitance pressure "
         "transducers for UF6 service (2B230), which need a licence, for a Dubai firm fronting for an Iranian "
         "enrichment programme; French wording (2B230 transducers repeat four earlier rows, as vacuum, HVAC and "
         "industrial sensors; the tyre-gauge cover is new)", {"importer_country": "AE"}),
        ("STR-04", "export", "CZAIR01", "express", "CZ", [], "AM", "851779",
         "Senzorové desky pro chytré telefony, 50 ks", "CZ", 5, 50, 95000, "EUR",
         "smartphone sensor boards cost a few euros; at 1,900 EUR each these are tactical-grade MEMS inertial "
         "measurement units (7A001/7A003 class) for loitering munitions, to a Yerevan shell firm for Russia; "
         "Czech wording (IMUs as smartphone parts repeat blind26; the Czech wording and the Armenia route are new)", {"importer_country": "AM"}),
        ("STR-05", "import", "BGSEA01", "sea", "GE", [], "BG", "220860",
         "Водка, грузинска, 40 %, 24 000 бутилки", "GE", 18000, 24000, 36000, "USD",
         "the bottles, caps and glue marks of removed excise stamps match a Russian distillery's line, and "
         "Georgia makes little vodka: Russian spirits (Annex XXI of Regulation 833/2014), whose import is banned, "
         "re-labelled in Batumi; Bulgarian wording (vodka appears in a few earlier rows; the Batumi-Burgas route "
         "is new)", {"importer_country": "BG"}),
        ("STR-06", "import", "PLRAIL01", "rail", "UA", [], "PL", "440131",
         "Паливні гранули деревні, EN plus A1, 22 т", "UA", 22000, None, 5500, "EUR",
         "the bags carry a Belarusian plant's lot code and the wagons were loaded at a Belarusian border station: "
         "wood products of Belarus, whose import is banned (Regulation 765/2006), declared as Ukrainian; "
         "Ukrainian wording (Belarusian pellets as Ukrainian repeat blind41 and blind45; the Ukrainian wording is "
         "new)", {"importer_country": "PL"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "AE", "840790",
         "Motoren für Motorschirme (Paramotor), 2-Takt, 20 Stück", "AT", 700, 20, 110000, "EUR",
         "paramotor engines cost about 2,500 EUR; 5,500 EUR twin-cylinder engines with electronic injection and "
         "50 hp match the engines of Iranian attack drones (Regulation 2023/1529, Annex II), for a Dubai trader "
         "with no paragliding business; Austrian-German wording (paramotor engines appear in two earlier rows; "
         "this route is new)", {"importer_country": "AE"}),
        ("STR-08", "export", "ESAIR01", "air", "ES", [], "KZ", "870830",
         "Discos de freno para automóvil, carbono-cerámica, 16 uds.", "ES", 2100, 16, 240000, "EUR",
         "ceramic car brake discs weigh 6 kg; 130 kg carbon heat stacks bearing an A320-family brake part number "
         "are aircraft parts, whose sale for use in Russia is banned (Annex XI of Regulation 833/2014), to an "
         "Almaty trader serving Russian airlines; Spanish wording (aircraft brakes appear in one earlier row; the "
         "car-disc cover is new)", {"importer_country": "KZ"}),
        ("STR-09", "export", "PTSEA01", "sea", "PT", [], "LB", "380991",
         "Transportador de corante têxtil, éter glicólico, 40 tambores", "PT", 8800, 40, 19000, "EUR",
         "the drums hold thiodiglycol (CAS 111-48-8), a CWC Schedule 2 chemical and mustard-gas precursor "
         "(1C350), which needs a licence, declared as a glycol-ether dye carrier for a Beirut textile firm "
         "supplying Syria; Portuguese wording (thiodiglycol as a textile auxiliary repeats blind8, to Beirut, "
         "blind43 and an older row; the Portuguese wording and glycol-ether claim are new)",
         {"importer_country": "LB"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "AE", "380110",
         "Graphitelektroden für Funkenerosion, 120 Blöcke", "DE", 18000, 120, 540000, "EUR",
         "EDM graphite costs a few euros a kilo; 30 EUR/kg blocks with boron below 1 ppm and a density above "
         "1.50 g/cm3 are nuclear-grade graphite (1C107/0C004), which needs a licence, for a Dubai trader fronting "
         "for a Pakistani programme; German wording (fine graphite as EDM blocks repeats blind5 and blind28; "
         "the Dubai route and the German wording are new)",
         {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DESEA01", "sea", "BR", [], "DE", "440922",
         "Massaranduba Terrassendielen, FSC, 21 x 145 mm, 60 m3", "BR", 66000, None, 99000, "USD",
         "massaranduba is a plain red-brown wood; olive-brown boards with yellow lapachol dust in the pores are "
         "ipê (Handroanthus spp., CITES App. II since November 2024), without an export permit; German wording "
         "(ipê decking repeats, as garapa in blind44; massaranduba was a cover for bow sticks in two earlier "
         "rows, as decking it is new)", {"importer_country": "DE"}),
        ("WLF-02", "import", "BGROAD01", "road", "TR", [], "BG", "060110",
         "Çiğdem soğanı, fidanlık üretimi, 40.000 adet", "TR", 400, 40000, 2400, "EUR",
         "the bulbs are wild-dug Sternbergia (CITES App. II), outside Türkiye's export quota for nursery-grown "
         "bulbs, not nursery crocus; Turkish wording (Sternbergia appears in a few earlier rows; the crocus cover "
         "by road is new)", {"importer_country": "BG"}),
        ("WLF-03", "import", "FRAIR01", "air", "MG", [], "FR", "010690",
         "Grenouilles des roseaux (Heterixalus), élevées en captivité, 200 ex.", "MG", 6, 200, 1600, "EUR",
         "reed frogs are green or cream; orange frogs with red inner thighs are golden mantellas (Mantella "
         "aurantiaca, CITES App. II), wild-caught and over Madagascar's quota; French wording (mantellas are new "
         "to these sets)", {"importer_country": "FR"}),
        ("WLF-04", "transit", "BESEA01", "sea", "TZ", ["BE"], "CN", "440349",
         "Padauk logs (Pterocarpus soyauxii), 2 containers, 48 t", "ZM", 48000, None, 62000, "USD",
         "African padauk grows in West and Central African forests, not Zambia; deep red, heavy logs from the "
         "Copperbelt are mukula (Pterocarpus tinctorius, CITES App. II), whose export Zambia bans, routed in "
         "transit through Antwerp to China to break the trail; English wording (mukula as African padauk "
         "repeats four earlier sets; only the transit through Antwerp is new)", {"importer_country": "CN"}),
        ("WLF-05", "import", "ESSEA01", "sea", "NA", [], "ES", "030457",
         "Lomos de pez espada congelados, 18 t", "NA", 18000, None, 54000, "USD",
         "swordfish loins are pinkish-white with a dark blood line; pale, fibrous loins smelling of ammonia are "
         "blue shark (Prionace glauca, CITES App. II since November 2023), without an export permit; Spanish "
         "wording (shark loins as swordfish repeat blind29 and blind35, for mako; blue shark from Namibia is new)",
         {"importer_country": "ES"}),
        ("WLF-06", "import", "DEPOST01", "post", "PY", [], "DE", "330741",
         "Palo santo (Bursera graveolens), palitos de incienso, 5 kg", "PY", 5, 1, 60, "USD",
         "Bursera palo santo is light and yellowish; heavy olive-green sticks that sink in water are Gran Chaco "
         "lignum vitae (Bulnesia sarmientoi, CITES App. II, sawn wood and powder included), with no permit; "
         "Paraguayan Spanish wording (Bulnesia repeats and palo santo covers appear in earlier rows; the postal "
         "route from Paraguay is new)", person("Privatperson", "DE")),
        ("WLF-07", "import", "HUAIR01", "express", "RS", [], "HU", "040719",
         "Jaja prepelice za inkubaciju, 60 kom.", "RS", 4.2, 60, 40, "EUR",
         "quail eggs weigh 10 g; these 70 g cream-white eggs are eagle owl eggs (Bubo bubo, CITES App. II, "
         "Annex A in the EU) taken from wild nests, for a falconry breeder; Serbian wording (quail hatching eggs "
         "as a cover repeat blind31, for parrot eggs; eagle owl eggs from Serbia are new)", person("Magánszemély", "HU")),
        ("WLF-08", "import", "DEAIR01", "air", "PH", [], "DE", "251690",
         "Batong pang-aquarium, kultura (aquacultured live rock), 300 kg", "PH", 300, None, 1500, "USD",
         "the 'cultured rock' is dead reef rock with coralline algae and intact stony-coral skeletons broken off "
         "Philippine reefs: Scleractinia (CITES App. II, coral rock included), whose export the Philippines bans; "
         "Filipino wording (live rock appears in a few earlier rows; the Manila air route is new)",
         {"importer_country": "DE"}),
        ("WLF-09", "import", "NLSEA01", "sea", "MX", [], "NL", "060290",
         "Yucca elephantipes, kwekerijplanten, stamdikte 20-40 cm, 600 st.", "MX", 36000, 600, 18000, "USD",
         "nursery yuccas have straight canes; swollen, bottle-shaped trunks with cracked grey bark and no pot "
         "marks are wild-dug ponytail palms (Beaucarnea recurvata, CITES App. II) from Mexican dry forest, "
         "without an export permit; Dutch wording (Beaucarnea is new to these sets)", {"importer_country": "NL"}),
        ("WLF-10", "import", "CZAIR01", "air", "VN", [], "CZ", "010620",
         "Tắc kè báo (Eublepharis macularius), nuôi nhốt, 40 con", "VN", 3, 40, 400, "USD",
         "a reptile consignment whose third line, 'water lizards', is Chinese crocodile lizards (Shinisaurus "
         "crocodilurus, CITES App. I), wild-caught in northern Vietnam, among captive-bred geckos and water "
         "dragons; Vietnamese wording (Shinisaurus appears in one earlier row; the 'water lizard' line in a mixed "
         "reptile load is new)",
         {"importer_country": "CZ",
          "_more_items": [item("010620", "Rồng nước (Physignathus cocincinus), nuôi nhốt, 20 con", "VN", 6, 300, "USD", qty=20),
                          item("010620", "Thằn lằn nước, nuôi nhốt, 8 con", "VN", 1.5, 160, "USD", qty=8)]}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DKAIR01", "express", "GB", "DK", "280800",
     "Nitric acid 65 %, 3 x 1 l, for a licensed private goldsmith", "GB", 4.2, 3, 40, "GBP",
     [("PRECURSOR_LICENCE", "DK-RP-34-0112")], "nitric acid above 3 % to a licence holder of the public"),
    ("PRM-02", "precursors", "import", "MTAIR01", "express", "US", "MT", "290420",
     "Nitromethane 98 %, 2 x 4 l, for a licensed private model-engine hobbyist", "US", 9.1, 2, 260, "USD",
     [("PRECURSOR_LICENCE", "MT-PF-34-0027")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "262099",
     "Electroplating sludge, nickel-bearing (11 01 09*), for metal recovery, 40 t", "DE", 40000, 40, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-34-0917")], "notified plating sludge to a licensed recycler in the OECD"),
    ("PRM-04", "waste", "export", "GRSEA01", "sea", "GR", "US", "262099",
     "Spent Ni-Mo hydrotreating catalyst (16 08 02*), for metal reclamation, 40 t", "GR", 40000, 40, 0, "EUR",
     [("BASEL_CONSENT", "GR-YPEN-34-0203")], "notified spent catalyst to a licensed reclaimer in the OECD"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered, 10 cylinders, for critical use in aircraft fire protection", "US", 300, 10, 9000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-34-0041")], "recovered halon for a critical use under licence"),
    ("PRM-06", "ozone", "import", "PLSEA01", "sea", "CN", "PL", "290345",
     "HFC-134a, refillable 926 l cylinders, 10 pcs, quota holder's import for refrigeration servicing", "CN", 10000, 10, 60000, "USD",
     [("FGAS_QUOTA", "PL-IOS-FG-34-0218")], "bulk HFC placed on the market under a quota authorisation"),
    ("PRM-07", "cultural", "export", "BESEA01", "sea", "BE", "US", "970510",
     "Bugatti Type 57 saloon, 1936, original condition, sold to a US collector, 1 pc", "BE", 1300, 1, 2400000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-34-0088")], "a means of transport over 75 years old with its export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970510",
     "Notarial deeds, Sicily, 18th century, 40 documents, sold to a US university library", "IT", 3, 40, 18000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-34-0471")], "archives over 50 years old with their export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "KR", "847989",
     "Filament-winding machine, 4 axes, for a named composite pressure-vessel maker", "IT", 9000, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-34-0312"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-34-0155")],
     "1B001 filament winder under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "SG", "902620",
     "Capacitance pressure transducers, corrosion-resistant, 20 pcs, for a named semiconductor fab", "FR", 4, 20, 16000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-34-0530"), ("END_USER_CERTIFICATE", "SG-EUC-34-0211")],
     "2B230 pressure transducers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "BR", "NL", "440922",
     "Ipê decking (Handroanthus spp.), 21 x 145 mm, 40 m3", "BR", 44000, None, 72000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-34-01877")], "App. II ipê with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MG", "FR", "010690",
     "Golden mantellas (Mantella aurantiaca), within Madagascar's export quota, 50", "MG", 1.5, 50, 600, "EUR",
     [("CITES_PERMIT", "MG-MEDD-34-0093")], "App. II mantellas with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mette Kristensen", "PRM-03": "Hanil Metal Recovery Co", "PRM-05": "Air France Industries",
    "PRM-08": "Beinecke Rare Book Library", "PRM-10": "Meridian Wafer Fab Pte Ltd", "PRM-11": "Houthandel Van Dijk BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (41 rows): the lawful twins of this set's disguises
    ("340290", "Silver jewellery cleaning dip, thiourea, 250 ml bottles", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 4, S),
    ("283699", "Oxygen bleach powder, sodium percarbonate, 1 kg tubs", "import", ["road", "sea"], ["TR", "CN"], (0.8, 1.5), (10000, 20000), ["EUR", "USD"], 1, S),
    ("340290", "Alkaline wheel cleaner, 1 l spray bottles", "import", ["road"], ["RS", "TR"], (2, 4), (5000, 12000), ["EUR"], 1, S),
    ("292690", "Acetonitrile, HPLC grade, 4 l bottles, to a pharmaceutical laboratory", "import", ["air"], ["US", "IN"], (8, 15), (200, 800), ["USD"], 0.25, S),
    ("283429", "Calcium nitrate fertiliser, 25 kg bags, to a greenhouse grower", "import", ["road"], ["MD", "TR", "UA"], (0.3, 0.5), (18000, 24000), ["EUR"], 0.04, S),
    ("291813", "Cream of tartar, food grade, 1 kg bags, to a bakery wholesaler", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD"], 1, S),
    ("283311", "Sodium sulphate anhydrous, detergent grade, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.12, 0.25), (20000, 26000), ["USD"], 0.04, S),
    ("290532", "Propylene glycol USP, drums, to an e-liquid maker", "import", ["sea"], ["US", "CN"], (1.5, 2.5), (10000, 20000), ["USD"], None, S),
    ("283319", "Jewellery pickle, sodium bisulphate granules, 1 kg", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 1, S),
    ("310420", "Low-sodium salt substitute, potassium chloride, 300 g shakers", "import", ["post", "express"], ["GB", "US"], (10, 18), (1, 3), ["GBP", "USD"], 3, S),
    ("854143", "Photovoltaic modules, new, monocrystalline, with warranty", "import", ["sea"], ["CN", "VN"], (2.5, 4), (12000, 22000), ["USD"], 0.045, S),
    ("271019", "Base oil SN 150, virgin, flexitank", "export", ["road"], ["MK", "RS"], (0.9, 1.2), (18000, 24000), ["EUR"], None, S),
    ("250510", "Silica sand, washed, for glassworks", "import", ["sea"], ["TR", "EG"], (0.05, 0.09), (22000, 27000), ["USD"], None, S),
    ("392330", "HDPE drums 200 l, new", "export", ["sea"], ["MA", "SN"], (2.5, 4), (6000, 12000), ["EUR"], 0.1, S),
    ("740811", "Copper wire rod, 8 mm, new", "import", ["rail", "road"], ["RS"], (8, 9.5), (18000, 24000), ["EUR"], None, S),
    ("440131", "Wood pellets, EN plus A1, big bags", "import", ["rail", "road"], ["UA"], (0.2, 0.3), (20000, 24000), ["EUR"], None, S),
    ("700800", "Insulating glass units, argon-filled, new", "import", ["road"], ["UA", "TR"], (3, 5), (6000, 14000), ["EUR"], 0.02, S),
    ("841869", "Commercial ice makers, R-290, new", "import", ["sea"], ["CN", "TR"], (4, 7), (5000, 12000), ["USD", "EUR"], 0.016, S),
    ("321410", "PU one-component foam, propane/butane propellant, 750 ml cans", "import", ["road"], ["TR", "UA"], (1.2, 2), (10000, 18000), ["EUR"], 1, S),
    ("842410", "Dry-powder ABC fire extinguishers, 6 kg", "import", ["sea"], ["CN", "TR"], (2.5, 4), (6000, 14000), ["USD", "EUR"], 0.1, S),
    ("290323", "Tetrachloroethylene, for dry cleaning, 250 kg drums", "import", ["sea"], ["US", "CN"], (0.9, 1.4), (16000, 20000), ["USD"], None, S),
    ("281121", "Carbon dioxide R-744, refrigerant grade, cylinders", "import", ["road"], ["RS", "UA"], (0.8, 1.5), (5000, 12000), ["EUR"], 0.03, S),
    ("841581", "Portable air conditioners, R-290, new", "import", ["sea"], ["CN"], (6, 9), (8000, 16000), ["USD"], 0.03, S),
    ("870790", "Replica kit-car bodies, fibreglass, new", "import", ["sea"], ["GB", "US"], (15, 30), (1000, 4000), ["GBP", "USD"], 0.005, S),
    ("481190", "Decoupage paper, printed antique-look, new", "import", ["post"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 10, S),
    ("392690", "Resin fossil replicas, museum shop", "import", ["post"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 2, S),
    ("711411", "Sterling silver bowls, new, hallmarked", "import", ["express"], ["GB", "TR"], (600, 1200), (1, 2), ["GBP", "USD"], 1, S),
    ("711620", "Semi-precious stone beads, agate, strands", "import", ["post"], ["IN", "CN"], (30, 60), (1, 3), ["USD"], 20, S),
    ("940389", "Mosaic tables, new, hand-made", "import", ["sea"], ["MA", "TR"], (5, 9), (2000, 6000), ["EUR", "USD"], 0.03, S),
    ("630492", "Alpaca-wool wall hangings, hand-woven, new", "import", ["post"], ["PE", "BO"], (40, 80), (1, 3), ["USD"], 1, S),
    ("830630", "Reproduction bronze mirrors, handicraft", "import", ["rail", "sea"], ["CN"], (6, 12), (1000, 4000), ["USD"], 1.5, S),
    ("691200", "Rishtan ceramic plates, new, hand-painted", "import", ["post"], ["UZ", "TR"], (20, 40), (1, 3), ["USD", "EUR"], 1, S),
    ("852719", "Amateur radio receivers, retail", "import", ["express"], ["JP", "US"], (80, 160), (1, 3), ["USD"], 1, S),
    ("902620", "Digital tyre pressure gauges, retail", "import", ["sea"], ["CN", "TW"], (15, 30), (500, 2000), ["USD"], 8, S),
    ("851779", "Smartphone spare parts, sensor flex cables", "import", ["express"], ["CN", "HK"], (100, 300), (1, 3), ["USD"], 20, S),
    ("870830", "Ceramic car brake discs, new", "import", ["sea"], ["CN", "JP"], (8, 15), (2000, 6000), ["USD"], 0.15, S),
    ("380110", "EDM graphite blocks, isostatic, standard grade", "import", ["sea"], ["CN", "JP"], (3, 8), (2000, 8000), ["USD"], None, S),
    ("440922", "Massaranduba decking, FSC, 21 x 145 mm", "import", ["sea"], ["BR", "BO"], (1.3, 2), (18000, 24000), ["USD"], None, S),
    ("330741", "Palo santo incense sticks (Bursera graveolens)", "import", ["post"], ["EC", "PE"], (20, 40), (1, 3), ["USD"], 40, S),
    ("251690", "Artificial aquarium rock, ceramic", "import", ["sea"], ["CN", "TW"], (1.5, 3), (2000, 6000), ["USD"], 0.2, S),
    ("670290", "Artificial ponytail palms, decorative, plastic", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the fresh produce,
# meat, shrimps, honey, milk powder and feed maize (goods that travel with health or plant-health
# certificates) and five other rows, with 1 row replaced, then EVERYDAY_2032_ADDED and 5 rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + [
        ("940161", "Upholstered armchairs, wooden frame", "import", ["sea"], ["VN", "CN"], (4, 7), (5000, 10000), ["USD"], 0.05, N),
        ("690721", "Porcelain floor tiles", "import", ["sea"], ["IN", "TR"], (0.3, 0.6), (20000, 26000), ["USD", "EUR"], None, N),
        ("392490", "Plastic kitchen storage boxes", "import", ["sea"], ["CN", "VN"], (2, 3.5), (5000, 10000), ["USD"], 3, N),
        ("630260", "Cotton bath towels", "import", ["sea"], ["TR", "PK"], (5, 8), (6000, 12000), ["USD", "EUR"], 2, N),
        ("330720", "Deodorant sticks, retail", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind48", 20340301, HERE)


if __name__ == "__main__":
    main()
