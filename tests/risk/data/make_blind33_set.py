#!/usr/bin/env python3
"""Writes the thirty-third blind set (tests/risk/data/blind33-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated September - October 2031, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-eight profile changes were measured
on it. Same row layout and expansion as make_blind14_set.py, whose pattern it follows:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items, written with later_item: value and currency before
the quantity).

Ordinary and permitted rows carry a consignee_name where a real declaration would
(private persons receiving parcels by post or express, named companies on part of the
commercial shipments, drawn with a separate seeded generator); postal and express goods
of the ordinary table have parcel masses only. Disguised rows carry a consignee name
only where a real declaration would. Ids are BL33-*:

    python3 tests/risk/data/make_blind33_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2031, 9, 1)
base.DAYS = 61  # 1 September to 31 October 2031
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLPOST01", "post", "CN", [], "NL", "310590",
         "Champignonsubstraat-toevoeging, ammoniumnitraat 34,5 % N, zakken 5 kg, 5 st.", "CN", 25, 5, 40, "USD",
         "mushroom substrate is composted straw, manure and gypsum and takes no nitrate; 25 kg of ammonium nitrate at "
         "34.5 % N (Annex I) by post to a private person under the other-fertilisers code; Dutch wording",
         person("Dhr. S. Mulder", "NL")),
        ("PRE-02", "import", "ESAIR01", "express", "IN", [], "ES", "282919",
         "Clorato sódico 99 % para generadores químicos de oxígeno 'de supervivencia', bolsas 5 kg, 6 uds.", "IN",
         30, 6, 110, "USD",
         "oxygen candles are made by their makers from chlorate, iron and binder; 30 kg of 99 % NaClO3 (Annex I) "
         "by express to a private person for 'survival' kits; Spanish wording", person("Sr. A. Navarro", "ES")),
        ("PRE-03", "export", "NLSEA01", "sea", "NL", [], "LB", "284700",
         "Hydrogen peroxide 70 %, for aseptic carton sterilisation, IBC 1,000 l, 2 pcs", "NL", 2600, 2, 3900, "EUR",
         "aseptic filling lines sterilise with 35 % peroxide; 70 % (Annex I) to a general trading firm in Beirut "
         "that runs no packaging line", firm("Cedar General Trading SARL", "LB")),
        ("PRE-04", "import", "ITAIR01", "express", "TR", [], "IT", "280800",
         "Decalcificante per macchine da caffè espresso, acido nitrico 65 %, taniche 10 l, 4 pz", "TR", 56, 4, 90,
         "EUR",
         "espresso descalers are citric or lactic acid; 40 l of 65 % nitric acid (Annex I, limit 3 %) to a private "
         "person; Italian wording", person("Sig. A. Greco", "IT")),
        ("PRE-05", "transit", "FRAIR01", "air", "CN", ["FR"], "ML", "853610",
         "Fusibles thermiques pour bouilloires électriques, douille aluminium 7 x 60 mm, fils 4 m, 2 000 pcs", "CN",
         60, 2000, 700, "USD",
         "a kettle thermal fuse has 3 cm leads; a 7 x 60 mm aluminium shell on 4 m leg wires is an electric "
         "detonator, 2,000 of them to an appliance trader in Mali; French wording",
         {"importer_name": "Sahel Electroménager SARL", "importer_country": "ML"}),
        ("PRE-06", "export", "PTSEA01", "sea", "PT", [], "AO", "340490",
         "Emulsão de cera em cartuchos 32 x 200 mm, filme vermelho, caixas 25 kg, 640 cx, 'para cosmética'", "PT",
         16000, 640, 21000, "EUR",
         "cosmetic wax emulsions ship in drums; 32 x 200 mm film cartridges packed 25 kg to the case are packaged "
         "emulsion explosive (UN 0241), 16 t to a trader in the Lunda diamond region; Portuguese wording",
         {"importer_name": "Lunda Comércio Geral Lda", "importer_country": "AO"}),
        ("PRE-07", "import", "PTAIR01", "express", "CN", [], "PT", "760310",
         "Pó prateado comestível E173 para decoração de bolos, alumínio 20 µm, sem revestimento, 2 x 10 kg", "CN", 20,
         2, 180, "USD",
         "edible silver dust is sold in 5-10 g pots; 20 kg of uncoated 20 µm aluminium powder (Annex II) by express "
         "to a private person is a flash-powder or thermite fuel; Portuguese wording", person("Sr. R. Costa", "PT")),
        ("PRE-08", "import", "DEPOST01", "post", "US", [], "DE", "282919",
         "Kaliumchlorat 99 % zur Herstellung von Rauchpatronen für die Abfluss-Dichtheitsprüfung, 10 kg", "US", 10, 1,
         90, "USD",
         "plumbers buy ready smoke cartridges; 10 kg of 99 % potassium chlorate (Annex I) by post to a private "
         "person to 'make' them is the oxidiser itself; German wording", person("Herr D. Krüger", "DE")),
        ("PRE-09", "import", "GRROAD01", "road", "RS", ["MK"], "GR", "280800",
         "Καθαριστικό CIP ζυθοποιίας, νιτρικό οξύ 98 %, δοχεία 25 l, 20 τεμ.", "RS", 750, 20, 600, "EUR",
         "brewery CIP uses 1-2 % nitric acid, bought as ready blends; 500 l of 98 % (fuming) nitric acid (Annex I) "
         "to a two-person microbrewery; Greek wording", firm("Mikri Zythopoiia Thessalonikis IKE", "GR")),
        ("PRE-10", "import", "ROROAD01", "road", "MD", [], "RO", "310240",
         "Îngrășământ CAN 27, fără dolomită, azot 34,4 %, saci 50 kg, 22 t", "MD", 22000, 440, 8400, "EUR",
         "CAN is ammonium nitrate diluted with dolomite to 27 % N; 'without dolomite, 34.4 % N' is straight "
         "ammonium nitrate (Annex I) under the AN-with-calcium-carbonate subheading; Romanian wording",
         firm("Agro Prut Distribuție SRL", "RO")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "850440",
         "Used solar inverters, 'tested working', mixed brands, loose in bulk bags, 9 t", "DE", 9000, 600, 10800,
         "EUR",
         "working used inverters ship boxed with test reports; 600 mixed inverters loose in bulk bags at 1.2 EUR/kg "
         "to Lagos are e-waste (Basel A1180)", {"importer_name": "Alaba Solar Spares Ltd", "importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "720449",
         "Staalschroot HMS 1&2, geperste gebruikte oliefilters, 20 t", "NL", 20000, None, 3600, "EUR",
         "HMS 1&2 is heavy melting scrap; pressed used oil filters still hold oil and filter paper and are "
         "hazardous waste (Y8), not steel scrap; Dutch wording", {"importer_country": "IN"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "MY", "391590",
         "Scarti di film multistrato PE/PA/alluminio da imballaggi post-consumo, balle, 'materia prima secondaria'",
         "IT", 24000, None, 1200, "EUR",
         "post-consumer multilayer film laminated with aluminium cannot be recycled as a single polymer: plastic "
         "waste (Y48) to Malaysia at 0.05 EUR/kg; Italian wording",
         {"importer_name": "Klang Polymer Recovery Sdn Bhd", "importer_country": "MY"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "MA", "440131",
         "Combustible solide de récupération (CSR) 'plaquettes de bois biomasse', 15 % plastiques et textiles, 24 t",
         "FR", 24000, None, 480, "EUR",
         "wood chips for fuel contain no plastics or textiles: refuse-derived fuel from mixed waste (Y46) under the "
         "wood-pellet heading at 0.02 EUR/kg; French wording",
         {"importer_name": "Énergie Souss SARL", "importer_country": "MA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "630900",
         "Tweedehands kleding 'original', ongesorteerd, incl. lappen, schoenen en huishoudtextiel, 25 t", "NL", 25000,
         None, 1250, "EUR",
         "worn clothing for reuse is sorted and graded; unsorted lots with rags at 0.05 EUR/kg are textile waste "
         "shipped to Kantamanto for dumping; Dutch wording", {"importer_country": "GH"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "TR", "391590",
         "Kunststoffgemisch aus Shredderleichtfraktion für Ersatzbrennstoff, lose, 22 t", "DE", 22000, None, 0, "EUR",
         "shredder light fraction from car and appliance shredders holds oils, PCB and heavy metals (Basel A3120): "
         "hazardous waste at a zero value under the plastic-scrap code; German wording",
         {"importer_name": "Ege Geri Dönüşüm Ltd", "importer_country": "TR"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "CN", "262019",
         "Óxido de zinc crudo 22 % Zn, polvo, big bags, 25 t", "ES", 25000, None, 3000, "EUR",
         "crude zinc oxide at 22 % Zn is electric-arc-furnace dust (Basel A1080), not a Waelz oxide (55-65 % Zn); "
         "hazardous waste to a trader in China; Spanish wording", {"importer_country": "CN"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "PK", "850421",
         "Trasformatori usati in olio, anno 1978, 'funzionanti', 400 kVA, 12 pz", "IT", 18000, 12, 9000, "EUR",
         "oil-filled transformers built before 1985 hold PCB oil; 45-year-old units 'working' at scrap price to "
         "Pakistan are PCB waste (Basel A1180/A3180); Italian wording", {"importer_country": "PK"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "NG", "870323",
         "Used car Toyota Corolla 2009, personal effects inside", "JP", 2400, 1, 2100, "EUR",
         "a Corolla weighs 1,300 kg: 1.1 t of 'personal effects' loaded in the car are used TVs, fridges and "
         "microwaves, e-waste shipped in a ro-ro car to Lagos",
         {"importer_country": "NG", "_more_items": [
             item("851629", "Household effects, used appliances, loaded in vehicle", "BE", 1100, 100, "EUR", 38)]}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "IN", "760200",
         "Zorba 95/2, shredded non-ferrous, with small household appliances and cable harnesses, 21 t", "GR", 21000,
         None, 14700, "EUR",
         "ISRI Zorba is shredded metal; whole small appliances and harnesses in the lot are WEEE (A1180) shipped "
         "under a scrap grade", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("ODS-01", "import", "FRPOST01", "post", "IN", [], "FR", "300490",
         "Inhalateurs salbutamol 100 µg, gaz propulseur CFC-11/12, 200 pcs", "IN", 12, 200, 300, "USD",
         "CFC metered-dose inhalers are banned; 200 CFC-propelled inhalers by post to a private person is ODS "
         "trade; French wording", person("M. K. Benali", "FR")),
        ("ODS-02", "import", "BESEA01", "sea", "IN", [], "BE", "381400",
         "Spotting agent for dry cleaners, tetrachloromethane 99.9 %, drums 200 l, 4 pcs", "IN", 1270, 4, 1900,
         "USD", "a spotting agent that is 99.9 % carbon tetrachloride is the ODS itself (Annex I group IV) "
         "under the composite-solvent code", firm("Clean Point Distribution SA", "BE")),
        ("ODS-03", "import", "DEAIR01", "express", "CN", [], "DE", "381400",
         "Kaltreiniger Entfetter für Elektronik, 1,1,1-Trichlorethan 99 %, Kanister 20 l, 10 St.", "CN", 265, 10,
         700, "USD", "a cold cleaner that is 99 % 1,1,1-trichloroethane is methyl chloroform (Annex I group V), "
         "banned, under the solvent-mixture code; German wording", firm("Elektro Reinigungstechnik Nord GmbH", "DE")),
        ("ODS-04", "import", "NLAIR01", "air", "CN", [], "NL", "381400",
         "精密清洗剂 AK-225（HCFC-225ca/cb），20 升桶，15 桶", "CN", 460, 15, 5200, "USD",
         "AK-225 is HCFC-225 (Annex I group VIII) under the solvent-mixture code; Chinese wording",
         {"importer_name": "Holland Precision Cleaning BV", "importer_country": "NL"}),
        ("ODS-05", "import", "ITSEA01", "sea", "CN", [], "IT", "290369",
         "Dibromomethane 99 %, CAS 74-97-5, pharmaceutical intermediate, drums 250 kg, 40 pcs", "CN", 10000, 40,
         26000, "USD",
         "CAS 74-97-5 is bromochloromethane (halon 1011, Annex I group VII), not dibromomethane (74-95-3), "
         "under the brominated-derivatives code", firm("Chimica Fine Adriatica Srl", "IT")),
        ("ODS-06", "import", "NLSEA01", "sea", "CN", [], "NL", "290110",
         "Blaasmiddel pentaan voor PU-sandwichpanelen, kookpunt 15 °C, niet ontvlambaar, ISO-tank, 14 t", "CN",
         14000, None, 58000, "USD",
         "pentane boils at 36 °C and is highly flammable; a non-flammable blowing agent boiling at 15 °C is "
         "HFC-245fa, at its price, under the hydrocarbon code with no quota; Dutch wording",
         firm("Isopanel Benelux BV", "NL")),
        ("ODS-07", "import", "BGROAD01", "road", "TR", [], "BG", "271113",
         "Хладилен агент R-600a, бутилки 12 кг, негорим A1, 80 бр.", "TR", 960, 80, 5800, "EUR",
         "R-600a is isobutane, flammable A3, filled at about 5 kg in a 12 l cylinder; a non-flammable A1 gas at "
         "12 kg a cylinder is an HFC (R-134a or R-404A) declared as butane; Bulgarian wording",
         firm("Hladilna Tehnika Sofia EOOD", "BG")),
        ("ODS-08", "import", "PTSEA01", "sea", "CN", [], "PT", "841510",
         "Aparelhos de ar condicionado split 12000 BTU, gás R-22 de fábrica, 300 conjuntos", "CN", 10500, 300, 33000,
         "USD", "equipment pre-charged with HCFC-22 may not be placed on the EU market, and 20 cylinders of R-22 come "
         "with it for refilling; Portuguese wording",
         dict(firm("Frio Algarve Comércio Lda", "PT"),
         _more_items=[item("290371", "Gás de recarga R-22, garrafas 13,6 kg, 20 pcs", "CN", 272, 1100, "USD", 20)])),
        ("ODS-09", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "382499",
         "Zurückgewonnenes Kältemittel R-22 zur Vernichtung, Rückgewinnungsflaschen 40 St.", "DE", 1800, 40, 400,
         "EUR", "recovered R-22 'for destruction' to a refrigeration trader, not a destruction plant: ODS "
         "export that is resold; German wording", {"importer_name": "Istanbul Soğutma Ticaret Ltd", "importer_country": "TR"}),
        ("ODS-10", "import", "PLRAIL01", "rail", "UA", [], "PL", "290351",
         "Czynnik chłodniczy 'R-1234yf', butle 5 kg, 200 szt., 8 EUR/kg", "UA", 1000, 200, 8000, "EUR",
         "R-1234yf costs 60-100 EUR/kg; at 8 EUR/kg it is relabelled HFC-134a, declared under the HFO "
         "code but named as an HFO, with no quota; Polish wording", firm("Klimaserwis Lublin Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRSEA01", "sea", "TN", [], "FR", "680291",
         "Buste féminin voilé en calcaire, décoration de jardin, patiné, 1 pc", "LY", 85, 1, 400, "EUR",
         "a veiled female limestone bust from Libya is a Cyrenaican funerary bust (ICOM Red List Libya), declared "
         "as garden decoration via Tunisia; French wording", person("M. P. Roux", "FR")),
        ("CUL-02", "import", "DEAIR01", "express", "AE", [], "DE", "691390",
         "Decorative clay cones with inscriptions, handmade pottery, 10 pcs", "IQ", 6, 10, 150, "USD",
         "inscribed clay cones from Iraq are Sumerian foundation cones with cuneiform text (Red List Iraq), "
         "declared as pottery via Dubai", person("Herr M. Schulz", "DE")),
        ("CUL-03", "import", "ITAIR01", "air", "DJ", [], "IT", "830629",
         "Croce decorativa in ottone, stile Lalibela, vecchia, patina verde e consumata, 1 pz", "ET", 4, 1, 80,
         "USD", "an old, worn processional cross from Ethiopia is church property (Red List Africa), shipped via "
         "Djibouti as brass decoration; Italian wording", person("Sig. L. Ferri", "IT")),
        ("CUL-04", "import", "DEPOST01", "post", "RS", [], "DE", "711299",
         "Ungereinigte Metallknöpfe und Marken, Konvolut 3 kg, Bodenfunde", "RS", 3, None, 60, "EUR",
         "'uncleaned' lots of 'ground finds' by the kilo from Serbia are detector-found Roman coins from "
         "unlicensed digging; German wording", person("Herr T. Richter", "DE")),
        ("CUL-05", "export", "HRROAD01", "road", "HR", ["SI", "AT"], "CH", "940360",
         "Drveni ormarić, rezbaren i pozlaćen, stari, vratašca s motivom kaleža, 1 kom", "HR", 70, 1, 900, "EUR",
         "a carved, gilded old cabinet with a chalice on its door is an altar tabernacle taken from a church, shipped "
         "as furniture with no export licence; Croatian wording",
         {"importer_name": "Antiquitäten Rheinfelden AG", "importer_country": "CH"}),
        ("CUL-06", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Vaso decorativo in ceramica dipinta a figure rosse, vecchio, con incrostazioni calcaree, 1 pz", "IT", 12, 1,
         1500, "EUR",
         "red-figure painted pottery with calcareous encrustation is an excavated Apulian vase, by road to Switzerland "
         "with no export certificate; Italian wording",
         {"importer_name": "Kunsthandel Tessin AG", "importer_country": "CH"}),
        ("CUL-07", "import", "NLAIR01", "express", "CN", [], "NL", "621790",
         "旧戏服，清代缂丝龙袍，明黄色，1 件", "CN", 2, 1, 300, "USD",
         "a Qing kesi dragon robe in imperial yellow is a court robe over 100 years old, which China forbids to "
         "export, declared as a used stage costume; Chinese wording", person("Dhr. W. Li", "NL")),
        ("CUL-08", "import", "DEAIR01", "air", "IN", [], "DE", "830629",
         "Brass statue Nataraja, new handicraft, lost-wax, ritual wear and temple lamp soot, 1 pc", "IN", 90, 1, 900,
         "USD", "'new' handicraft does not carry ritual wear and lamp soot: a Chola-period temple bronze under a "
         "brass-statuette code at a souvenir price", {"importer_name": "Asia Art Import GmbH", "importer_country": "DE"}),
        ("CUL-09", "import", "DEPOST01", "post", "PK", [], "DE", "480256",
         "Birkenrinde-Streifen mit alter Schrift, Bastelmaterial, 0,5 kg", "AF", 1, None, 30, "USD",
         "birch bark with old writing from Afghanistan is a Gandharan Buddhist manuscript, declared as craft "
         "material via Pakistan; German wording", person("Frau B. Hoffmann", "DE")),
        ("CUL-10", "import", "LTROAD01", "road", "AM", ["GE", "TR", "BG", "RO", "HU", "SK", "PL"], "LT", "970191",
         "Oil painting on canvas, seascape, 19th century, household goods, 1 pc", "UA", 18, 1, 300, "EUR",
         "a 19th-century seascape of Ukrainian origin coming from Armenia with no export certificate is one of the "
         "paintings removed from the Kherson museum, declared as household goods",
         person("Mr A. Hakobyan", "LT")),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", ["LB"], "SY", "292215",
         "ثلاثي إيثانول أمين 99%، مساعد طحن للإسمنت، براميل 230 كغ، 80 برميل", "IT", 18400, 80, 33000, "EUR",
         "cement grinding aids are 85 % TEA blends bought by cement plants; 99 % triethanolamine (CWC Schedule 3) "
         "to a general trader in Damascus via Beirut; Arabic wording",
         {"importer_name": "Sham General Trading Co.", "importer_country": "SY"}),
        ("STR-02", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG"], "TR", "846390",
         "Macchina CNC per la rullatura di cerchi per bicicletta, 3 rulli, tubi fino a Ø 600 mm, spessore 0,5 mm",
         "IT", 14000, 1, 680000, "EUR",
         "rim-rolling machines do not form 600 mm tubes to 0.5 mm walls: a three-roller CNC flow-forming machine "
         "(2B009), to an Istanbul trader; Italian wording",
         {"importer_name": "Bosfor Makina Dış Ticaret", "importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "OM", "840790",
         "Zweitakt-Boxermotoren 50 PS, Einspritzung, für Paramotoren, 6 St.", "DE", 270, 6, 72000, "EUR",
         "paramotors run 15-25 hp; six 50 hp fuel-injected boxer two-strokes to an Omani trader are the engines of "
         "long-range one-way drones (sanctions, Iran); German wording",
         {"importer_name": "Muscat Aero Supplies LLC", "importer_country": "OM"}),
        ("STR-04", "export", "DESEA01", "sea", "DE", [], "EG", "292219",
         "Aminwäsche-Lösungsmittel für Erdgasaufbereitung, N-Methyldiethanolamin 99 %, Fässer 210 kg, 80 St.", "DE",
         16800, 80, 42000, "EUR",
         "MDEA is a CWC Schedule 3 chemical; to Egypt, not a CWC party, it needs an end-use certificate, and it goes "
         "to a general trading house, not a gas plant, with none; German wording",
         {"importer_name": "Nile Delta General Trading Co.", "importer_country": "EG"}),
        ("STR-05", "export", "FRSEA01", "sea", "FR", [], "AE", "760820",
         "Tubes aluminium 7075-T6 pour cadres de vélo, Ø ext. 120 mm, ép. 5 mm, 3 m, 200 pcs", "FR", 2900, 200,
         41000, "EUR",
         "bicycle tubes are under 50 mm; 7075 tubes of 120 mm outside diameter are rotor-tube material (1C202) to "
         "a Dubai trader; French wording", {"importer_name": "Jebel Ali Metals FZE", "importer_country": "AE"}),
        ("STR-06", "export", "DEAIR01", "express", "DE", [], "HK", "902620",
         "Pressure sensors for HVAC, capacitance type, Inconel diaphragm, 0-10 Torr absolute, 30 pcs", "DE", 45, 30,
         66000, "EUR",
         "HVAC sensors measure in kPa; Inconel capacitance manometers of 0-10 Torr absolute are 2B230 "
         "(UF6-resistant) gauges, to a Hong Kong trader", {"importer_name": "Kowloon Instrument Trading Ltd", "importer_country": "HK"}),
        ("STR-07", "import", "DEPOST01", "post", "US", [], "DE", "950490",
         "Airsoft-Ersatzteile: Verschlussträger (BCG) Stahl, 5,56 mm, phosphatiert, 5 St.", "US", 2, 5, 600, "USD",
         "airsoft bolt carriers are alloy or plastic; phosphated steel 5.56 mm BCGs are essential firearm parts, by "
         "post to a private person; German wording", person("Herr F. Neumann", "DE")),
        ("STR-08", "import", "ITSEA01", "sea", "TR", [], "IT", "441231",
         "Compensato di betulla BB/CP 18 mm, origine Turchia, 24 m3", "TR", 16000, None, 14000, "EUR",
         "Türkiye has no birch plywood industry; BB/CP birch plywood of 'Turkish origin' is Russian plywood under "
         "the import ban; Italian wording", firm("Legnami Veneto Srl", "IT")),
        ("STR-09", "export", "PLAIR01", "express", "PL", [], "MD", "950699",
         "Ochraniacze sportowe, płyty ceramiczne 'NIJ IV', 10 par", "PL", 60, 20, 6000, "EUR",
         "NIJ level IV is a rifle-rated armour plate, military list ML13, not sports protection; Polish wording",
         {"consignee_name": "Ion Rusu", "importer_country": "MD"}),
        ("STR-10", "export", "DEAIR01", "express", "DE", [], "KG", "910221",
         "Armbanduhren, Automatik, Edelstahl, Rolex Submariner, 12 St.", "CH", 2, 12, 130000, "EUR",
         "a dozen luxury watches at 10,800 EUR each to a Bishkek 'time trading' firm are luxury goods routed to Russia "
         "(EU ban on luxury goods over 300 EUR) through Kyrgyzstan; German wording",
         {"importer_name": "Bishkek Time Trading LLC", "importer_country": "KG",
          "_more_items": [item("330300", "Parfum, Eau de Parfum 100 ml, 60 St.", "FR", 12, 9600, "EUR", 60)]}),
    ],
    "wildlife": [
        ("WLD-01", "export", "ESSEA01", "sea", "ES", [], "HK", "030571",
         "Aletas de tiburón secas, surtido tintorera y marrajo, 500 kg", "ES", 500, None, 21000, "EUR",
         "marrajo is the shortfin mako (Isurus oxyrinchus, Appendix II); mako fins mixed with blue shark need an "
         "export permit and none is carried; Spanish wording",
         {"importer_name": "Sheung Wan Dried Seafood Co.", "importer_country": "HK"}),
        ("WLD-02", "import", "DEPOST01", "post", "US", [], "DE", "060290",
         "Fleischfressende Pflanzen, Venusfliegenfalle, wurzelnackt mit Torfresten, 300 St.", "US", 6, 300, 150, "USD",
         "Venus flytraps (Dionaea muscipula, Appendix II) from nurseries come in pots with a permit; 300 bare-root "
         "plants with peat are dug from the wild in the Carolinas; German wording", person("Herr P. Scholz", "DE")),
        ("WLD-03", "import", "DEAIR01", "air", "IN", [], "DE", "121190",
         "Sandelholzpulver rot, Naturfarbstoff, Säcke 25 kg, 500 kg", "IN", 500, 20, 3500, "USD",
         "red sandalwood is red sanders (Pterocarpus santalinus, Appendix II) whose export India restricts, as a "
         "dye powder without a permit; German wording", firm("Naturfarben Weber GmbH", "DE")),
        ("WLD-04", "import", "NLAIR01", "express", "KH", [], "NL", "440349",
         "沉香木片 'super'，熏香用，5 公斤", "KH", 5, None, 15000, "USD",
         "沉香 is agarwood (Aquilaria, Appendix II), at 3,000 USD/kg, by express with no permit; Chinese wording",
         dict(person("Mw. L. Tan", "NL"),
         _more_items=[item("330129", "沉香油，天然，12 毫升 x 20", "KH", 1, 4000, "USD", 20)])),
        ("WLD-05", "import", "DEAIR01", "air", "ID", [], "DE", "030111",
         "Live tropical aquarium fish 'Super Red dragon', 10 pcs", "ID", 5, 10, 120, "USD",
         "'Super Red dragon' is the red Asian arowana (Scleropages formosus, Appendix I); farms ship chipped fish with "
         "permits at hundreds of dollars each, not at 12 USD", firm("Aquaristik Rheinland GmbH", "DE")),
        ("WLD-06", "import", "FRROAD01", "road", "MA", ["ES"], "FR", "920290",
         "Instruments de musique traditionnels, luths à caisse en carapace, 30 pcs", "MA", 45, 30, 600, "EUR",
         "a lute with a shell body from Morocco is built on the carapace of a spur-thighed tortoise (Testudo graeca, "
         "Appendix II, EU Annex A), with no permit; French wording", firm("Bazar Atlas SARL", "FR")),
        ("WLD-07", "import", "DEAIR01", "air", "ID", [], "DE", "050800",
         "Live rock for aquaria with Acropora frags attached, 50 pcs", "ID", 120, 50, 900, "USD",
         "Acropora is a stony coral (Scleractinia, Appendix II): frags on live rock need a permit and none is "
         "carried", firm("Korallenriff Handel GmbH", "DE")),
        ("WLD-08", "import", "NLAIR01", "express", "ID", [], "NL", "670100",
         "Natuurlijke sierveren voor hoeden, Paradisaea, compleet met huid, 40 st.", "ID", 2, 40, 1200, "USD",
         "Paradisaea plumes on their skin are birds of paradise (Appendix II), for millinery with no permit; Dutch "
         "wording", firm("Hoedenatelier Amstel BV", "NL")),
        ("WLD-09", "import", "NLAIR01", "air", "KH", [], "NL", "010611",
         "Live non-human primates, Macaca fascicularis, captive-bred, for research, 40 pcs", "KH", 260, 40, 96000,
         "USD",
         "long-tailed macaques (Appendix II) declared 'captive-bred' from Cambodia, whose farms were found laundering "
         "wild-caught animals, and no CITES permit carried", firm("Biomodels Europe BV", "NL")),
        ("WLD-10", "import", "DEAIR01", "air", "BR", [], "DE", "440729",
         "Varetas de maçaranduba para arcos de violino, 750 x 25 x 25 mm, cor laranja-avermelhada, 400 pcs", "BR",
         180, 400, 2400, "USD",
         "massaranduba is brown-red; orange-red bow blanks are pau-brasil (Paubrasilia echinata, pernambuco, Appendix "
         "II with bow blanks included), declared under another name; Portuguese wording (a variant of blind20's Ipê "
         "cover)", firm("Bogenbau Markneukirchen GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRSEA01", "sea", "CN", "FR", "282919",
     "Sodium chlorate 99 %, for chemical oxygen generator manufacture, 25 kg drums, 8 t", "CN", 8000, 320, 9600, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-31-0418")], "chlorate to an aircraft oxygen-generator maker, licensed"),
    ("PRM-02", "precursors", "import", "PLSEA01", "sea", "CN", "PL", "760310",
     "Aluminium powder, atomised, for autoclaved aerated concrete plant, 20 t", "CN", 20000, None, 62000, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-31-0207")], "aluminium powder to an AAC block plant, licensed"),
    ("PRM-03", "waste", "export", "ESSEA01", "sea", "ES", "TR", "262019",
     "Electric arc furnace dust, 22 % Zn, for Waelz kiln zinc recovery, 24 t", "ES", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "ES-MITECO-31-0551")], "notified EAF dust to a permitted Waelz plant"),
    ("PRM-04", "waste", "import", "FRSEA01", "sea", "MA", "FR", "850421",
     "Old oil-filled transformers with PCB oil, for decontamination and destruction, 9 pcs", "MA", 14000, 9, 0, "EUR",
     [("BASEL_CONSENT", "FR-DREAL-31-0260")], "PCB transformers to a French destruction plant under notification"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290347",
     "HFC-245fa blowing agent for PU sandwich panels, ISO tank, 14 t", "US", 14000, None, 120000, "USD",
     [("FGAS_QUOTA", "NL-ILT-FG-31-0093")], "HFC-245fa within the importer's quota"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290379",
     "Bromochloromethane (halon 1011), CAS 74-97-5, feedstock for API synthesis, drums, 8 t", "CN", 8000, 32, 21000,
     "USD", [("ODS_LICENCE", "IT-MASE-ODS-31-0014")], "BCM as licensed feedstock to a pharmaceutical plant"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "970510",
     "Apulian red-figure krater, 4th century BC, ex-collection since 1938, 1 pc", "IT", 14, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-31-1022")], "an ancient vase with its export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "HK", "970610",
     "Porcelain vase, famille verte, Kangxi period, 1 pc", "CN", 6, 1, 240000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-31-0377")], "a Kangxi vase with its French export certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "KR", "902620",
     "Capacitance manometers, Inconel diaphragm, 0-10 Torr, for a semiconductor fab, 20 pcs", "DE", 30, 20, 42000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-31-4410"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-31-0288")],
     "UF6-resistant gauges to a Korean fab under licence"),
    ("PRM-10", "strategic", "export", "FRSEA01", "sea", "FR", "CA", "760820",
     "Aluminium alloy 7075-T6 tubes, OD 120 mm, for aerospace structures, 80 pcs", "FR", 1200, 80, 19000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-31-0902"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-31-0117")],
     "7075 tubes to a Canadian aerostructure maker under licence"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "MY", "DE", "030111",
     "Live Asian arowana, captive-bred, microchipped, 6 pcs", "MY", 3, 6, 4800, "USD",
     [("CITES_PERMIT", "MY-CITES-31-0641")], "registered-farm arowana with chips and CITES permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510219",
     "Vicuña fibre, dehaired, from live-shearing communities, marked, 30 kg", "PE", 30, None, 12600, "USD",
     [("CITES_PERMIT", "PE-SERFOR-31-0230")], "vicuña fibre with its CITES export permit"),
]

CONSIGNEES = {
    "PRM-01": "Oxygène Aéro Systèmes SAS", "PRM-02": "Solbet Beton Komórkowy Sp. z o.o.",
    "PRM-04": "Trédi Saint-Vulbas SAS", "PRM-05": "Paneltech Rotterdam BV", "PRM-06": "Farmaceutici Lariani SpA",
    "PRM-07": "Mr J. Whitford", "PRM-08": "Lam Oriental Art Ltd", "PRM-09": "Hwaseong Semiconductor Co.",
    "PRM-10": "Laurentian Aerostructures Inc.", "PRM-11": "Herr U. Brandt", "PRM-12": "Lanificio Valsesia SpA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Goods going by post or express have parcel masses only.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390230", "Propylene copolymer, impact grade, prime, 25 kg bags", "import", ["sea"], ["SA", "KR"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390330", "ABS resin, natural, prime, for appliance housings", "import", ["sea"], ["KR", "TW"], (1.6, 2.1), (18000, 22000), ["USD"], None, S),
    ("390761", "PET resin, bottle grade, IV 0.80, prime", "import", ["sea"], ["CN", "VN"], (0.95, 1.2), (22000, 24000), ["USD"], None, S),
    ("391510", "Clean LDPE stretch-film regrind, post-industrial, single polymer", "export", ["road"], ["CH", "NO"], (0.45, 0.65), (15000, 20000), ["EUR"], None, S),
    ("720421", "Stainless steel scrap 18/8, sorted solids", "export", ["road", "sea"], ["CH", "TR"], (1.2, 1.6), (18000, 24000), ["EUR"], None, S),
    ("850440", "Solar inverters 5 kW, new, boxed, with CE declarations", "import", ["sea"], ["CN"], (25, 40), (3000, 8000), ["USD"], 0.05, S),
    ("847150", "Refurbished servers, tested, with data-wipe certificates", "import", ["sea", "air"], ["US", "GB"], (20, 35), (1000, 4000), ["USD", "GBP"], 0.05, S),
    ("850421", "Distribution transformers 250 kVA, new, mineral oil PCB-free", "import", ["sea"], ["TR", "IN"], (6, 9), (8000, 16000), ["EUR", "USD"], 0.001, S),
    ("630900", "Worn clothing, sorted cream grade, pressed bales, for reuse", "export", ["sea"], ["PK", "UA"], (0.6, 1.1), (18000, 24000), ["EUR"], None, S),
    ("440131", "Wood pellets, ENplus A1, bagged", "import", ["road", "rail"], ["UA", "RS", "BA"], (0.22, 0.3), (20000, 24000), ["EUR"], None, S),
    ("262019", "Waelz zinc oxide, 60 % Zn, for zinc smelting", "import", ["sea"], ["TR", "KR"], (1.1, 1.5), (20000, 25000), ["USD"], None, S),
    ("382100", "Dried brewer's yeast nutrient (DAP based), 100 g packs", "import", ["post", "express"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 10, S),
    ("310240", "Calcium ammonium nitrate CAN 27 % N with dolomite, to a farmers' cooperative", "import", ["sea"], ["NO", "NL", "LT"], (0.3, 0.42), (22000, 26000), ["EUR"], None, S),
    ("284700", "Hydrogen peroxide 35 %, for aseptic packaging line, IBC", "import", ["road"], ["DE", "BE"], (0.6, 0.9), (10000, 20000), ["EUR"], None, S),
    ("291811", "Espresso machine descaler, lactic acid based, 500 ml bottles", "import", ["post", "express"], ["DE", "IT", "CH"], (10, 18), (1, 4), ["EUR", "CHF"], 2, S),
    ("760310", "Aluminium paste for aerated concrete, to an AAC block plant", "import", ["sea"], ["CN", "DE"], (3, 4.5), (10000, 20000), ["USD", "EUR"], None, S),
    ("282919", "Sodium chlorite 80 %, technical, to a water-treatment company", "import", ["sea"], ["CN", "US"], (2, 3), (8000, 16000), ["USD"], None, S),
    ("280800", "Nitric acid 2 %, CIP cleaning blend, brewery, 25 l cans", "import", ["road"], ["DE", "CZ"], (0.8, 1.4), (1000, 4000), ["EUR"], 0.04, S),
    ("853610", "Thermal fuses for kettles, 10 A 240 V, short leads, reels", "import", ["sea", "air"], ["CN"], (20, 40), (100, 600), ["USD"], 600, S),
    ("340490", "Artificial wax emulsion for cosmetics, drums 200 kg", "import", ["sea"], ["DE", "US"], (3, 5), (5000, 12000), ["EUR", "USD"], None, S),
    ("290110", "n-Pentane, PU blowing agent, flammable, ISO tank", "import", ["sea"], ["NL", "SA"], (1.0, 1.4), (14000, 18000), ["USD", "EUR"], None, S),
    ("271113", "Isobutane R-600a refrigerant, 5 kg cylinders, flammable A3", "import", ["road", "sea"], ["TR", "DE"], (4, 7), (500, 2000), ["EUR"], 0.2, S),
    ("841510", "Split air conditioners, R-290 (propane), pre-charged", "import", ["sea"], ["CN", "TH"], (5, 8), (8000, 14000), ["USD"], 0.03, S),
    ("300490", "Salbutamol inhalers, HFA propellant, pharmacy wholesale", "import", ["air"], ["IN", "GB"], (40, 70), (100, 600), ["USD", "GBP"], 20, S),
    ("381400", "Modified alcohol cold cleaner for electronics, 5 l cans", "import", ["road", "sea"], ["DE", "CN"], (3, 5), (1000, 4000), ["EUR", "USD"], 0.2, S),
    ("680291", "Marble replicas of Cycladic idols, museum shop, 20 cm", "import", ["post", "express"], ["GR"], (40, 90), (1, 5), ["EUR"], 1, S),
    ("691390", "Replica red-figure vases, painted, new, souvenirs", "import", ["post", "express"], ["GR", "IT"], (25, 50), (1, 6), ["EUR"], 1, S),
    ("830629", "Brass Ethiopian-style crosses, new, handicraft", "import", ["post"], ["ET", "KE"], (15, 35), (1, 3), ["USD"], 4, S),
    ("392690", "Dinosaur skull replicas, resin, museum shop", "import", ["sea"], ["CN"], (8, 14), (300, 1200), ["USD"], 0.05, S),
    ("970191", "Contemporary oil paintings on canvas, seascapes, new, signed", "import", ["post", "express"], ["UA", "CN"], (40, 150), (1, 6), ["USD", "EUR"], 0.5, S),
    ("441231", "Birch plywood BB/CP 18 mm, Finnish mill, FSC", "import", ["sea", "road"], ["FI", "LV"], (0.9, 1.3), (18000, 24000), ["EUR"], None, S),
    ("950490", "Airsoft replica spare parts, alloy, hop-up units", "import", ["post", "express"], ["TW", "HK"], (40, 90), (1, 3), ["USD"], 5, S),
    ("160432", "Lumpfish roe, black, 50 g jars", "import", ["sea", "road"], ["IS", "DK"], (14, 24), (1000, 4000), ["EUR"], 20, S),
    ("253090", "Oolitic aragonite sand for reef aquaria, mined, bagged", "import", ["sea"], ["BS", "US"], (0.8, 1.5), (2000, 8000), ["USD"], None, S),
    ("510530", "Baby alpaca top, 21.5 micron, combed", "import", ["sea", "air"], ["PE"], (30, 45), (1000, 5000), ["USD"], None, S),
    # everyday trade (65 rows)
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.6, 1.0), (20000, 24000), ["USD", "EUR"], None, N),
    ("081010", "Strawberries, fresh", "import", ["road"], ["MA", "EG"], (2.5, 4.0), (8000, 14000), ["EUR"], None, N),
    ("080440", "Avocados, fresh", "import", ["sea"], ["PE", "KE", "CO"], (2.0, 3.0), (18000, 22000), ["USD"], None, N),
    ("070320", "Garlic, fresh", "import", ["sea"], ["CN", "AR"], (1.0, 1.6), (20000, 26000), ["USD"], None, N),
    ("071340", "Lentils, dried", "import", ["sea"], ["CA", "TR"], (0.7, 1.0), (20000, 24000), ["USD"], None, N),
    ("100199", "Milling wheat", "export", ["sea"], ["MA", "DZ", "EG"], (0.22, 0.3), (20000, 26000), ["EUR"], None, N),
    ("120190", "Soya beans", "import", ["sea"], ["BR", "US"], (0.4, 0.55), (22000, 26000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4.0), (12000, 20000), ["USD"], None, N),
    ("090412", "Black pepper, ground", "import", ["sea"], ["VN", "IN"], (3.5, 6.0), (10000, 16000), ["USD"], None, N),
    ("080132", "Cashew kernels, W320", "import", ["sea"], ["VN", "IN"], (6, 9), (15000, 18000), ["USD"], None, N),
    ("080212", "Almonds, shelled", "import", ["sea"], ["US", "AU"], (5, 8), (18000, 22000), ["USD"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2, 3), (20000, 24000), ["USD"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road", "sea"], ["CH", "US", "GB"], (8, 14), (8000, 16000), ["EUR"], None, N),
    ("160414", "Canned tuna, skipjack, in oil", "import", ["sea"], ["TH", "EC", "PH"], (3.5, 5), (15000, 20000), ["USD"], None, N),
    ("030441", "Frozen salmon fillets", "import", ["sea", "road"], ["NO", "CL"], (8, 12), (10000, 20000), ["NOK", "USD", "EUR"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "UA", "TH"], (2, 3), (20000, 24000), ["USD"], None, N),
    ("180632", "Chocolate bars, filled", "export", ["road", "sea"], ["GB", "US", "CH"], (6, 10), (8000, 16000), ["EUR"], None, N),
    ("190531", "Sweet biscuits", "import", ["road"], ["TR", "RS"], (2, 3.5), (10000, 18000), ["EUR"], None, N),
    ("210111", "Instant coffee, jars", "import", ["sea"], ["BR", "VN", "IN"], (8, 14), (10000, 18000), ["USD"], 5, N),
    ("220830", "Scotch whisky, bottled", "import", ["road", "sea"], ["GB"], (10, 25), (8000, 16000), ["GBP"], 1.2, N),
    ("220210", "Soft drinks, cans", "export", ["road"], ["CH", "RS"], (0.6, 1.0), (18000, 24000), ["EUR"], None, N),
    ("330499", "Skin-care creams, retail jars", "import", ["post", "express"], ["KR", "US", "GB"], (40, 120), (1, 4), ["USD", "GBP"], 6, N),
    ("330300", "Perfume, eau de parfum, 100 ml", "import", ["post", "express"], ["AE", "US"], (60, 200), (1, 3), ["USD", "AED"], 4, N),
    ("340250", "Laundry detergent, liquid, retail", "import", ["road"], ["TR", "PL"], (1.0, 1.6), (15000, 22000), ["EUR"], 1, N),
    ("380891", "Household insecticide sprays, retail", "import", ["sea"], ["CN", "IN"], (2.5, 4), (6000, 12000), ["USD"], 2, N),
    ("392410", "Plastic food containers, household", "import", ["sea"], ["CN", "VN"], (2, 3.5), (6000, 12000), ["USD"], 5, N),
    ("401120", "Truck tyres, new, radial", "import", ["sea"], ["CN", "TH"], (2.5, 3.5), (18000, 24000), ["USD"], 0.018, N),
    ("420222", "Handbags, textile outer", "import", ["sea"], ["CN", "VN", "IN"], (10, 20), (3000, 8000), ["USD"], 2, N),
    ("420292", "Backpacks and travel bags, textile", "import", ["post", "express"], ["CN", "VN"], (20, 50), (1, 4), ["USD"], 1, N),
    ("441873", "Engineered oak flooring", "import", ["road", "sea"], ["PL", "CN"], (6, 10), (15000, 20000), ["EUR", "USD"], None, N),
    ("481910", "Corrugated cartons, flat", "import", ["road"], ["PL", "CZ"], (0.8, 1.2), (10000, 18000), ["EUR"], None, N),
    ("491199", "Printed greeting cards", "import", ["post"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 40, N),
    ("500720", "Silk fabric, woven", "import", ["air", "sea"], ["CN", "IN"], (40, 70), (300, 2000), ["USD"], None, N),
    ("540752", "Polyester woven fabric, dyed", "import", ["sea"], ["CN", "TR"], (3, 5), (10000, 18000), ["USD", "EUR"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "TR", "PK"], (8, 12), (5000, 12000), ["USD"], 5, N),
    ("611030", "Sweaters, synthetic fibres", "import", ["post", "express"], ["CN", "GB"], (25, 60), (1, 3), ["USD", "GBP"], 2, N),
    ("620342", "Men's cotton jeans", "import", ["sea"], ["BD", "PK", "TR"], (10, 16), (5000, 10000), ["USD"], 1.6, N),
    ("640399", "Leather shoes, men's", "import", ["sea"], ["IN", "VN", "PT"], (20, 35), (3000, 8000), ["USD", "EUR"], 1, N),
    ("640220", "Flip-flops, rubber", "import", ["post"], ["BR", "TH"], (10, 25), (1, 3), ["USD"], 3, N),
    ("690721", "Porcelain floor tiles, glazed", "import", ["sea"], ["IN", "ES", "CN"], (0.4, 0.8), (22000, 26000), ["USD", "EUR"], None, N),
    ("701349", "Glass tableware, tumblers", "import", ["sea"], ["TR", "CN"], (1.5, 3), (8000, 14000), ["USD"], 3, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["IN", "KR", "VN"], (0.8, 1.1), (20000, 26000), ["USD"], None, N),
    ("730630", "Welded steel tubes, round", "import", ["sea"], ["TR", "IN"], (0.9, 1.3), (20000, 25000), ["USD"], None, N),
    ("731815", "Steel bolts and screws, threaded", "import", ["sea"], ["CN", "TW"], (2, 3.5), (10000, 18000), ["USD"], None, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (4, 7), (6000, 12000), ["USD"], 1, N),
    ("761010", "Aluminium windows and doors", "import", ["road"], ["TR", "PL"], (6, 10), (5000, 10000), ["EUR"], 0.05, N),
    ("820130", "Garden hoes and rakes", "import", ["sea"], ["CN", "IN"], (1.5, 3), (6000, 12000), ["USD"], 1, N),
    ("840991", "Spark-ignition engine parts, pistons", "import", ["sea"], ["JP", "CN"], (8, 15), (2000, 6000), ["USD"], None, N),
    ("841451", "Table and ceiling fans", "import", ["sea"], ["CN"], (3, 5), (6000, 12000), ["USD"], 0.25, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "CN"], (2.5, 3.5), (12000, 18000), ["EUR", "USD"], 0.015, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN"], (12, 20), (4000, 8000), ["USD"], 0.6, N),
    ("847141", "Desktop computers, new", "import", ["air", "sea"], ["CN", "TW"], (30, 60), (500, 4000), ["USD"], 0.1, N),
    ("851762", "Wi-Fi routers, new", "import", ["post", "express"], ["CN", "TW"], (40, 80), (1, 4), ["USD"], 1, N),
    ("851713", "Smartphones, new", "import", ["air"], ["CN", "VN", "IN"], (400, 800), (200, 1500), ["USD"], 5, N),
    ("851310", "Rechargeable torches, LED", "import", ["post", "express"], ["CN"], (20, 40), (1, 3), ["USD"], 4, N),
    ("852872", "LED televisions, new", "import", ["sea"], ["CN", "TR", "PL"], (15, 25), (8000, 14000), ["USD", "EUR"], 0.07, N),
    ("870899", "Car parts, brake pads and filters", "import", ["road", "sea"], ["TR", "CN"], (3, 6), (4000, 10000), ["EUR", "USD"], None, N),
    ("871200", "Bicycles, new, non-motorised", "import", ["sea"], ["TW", "KH", "VN"], (12, 20), (4000, 8000), ["USD"], 0.07, N),
    ("900490", "Reading glasses", "import", ["post"], ["CN"], (30, 60), (1, 2), ["USD"], 20, N),
    ("901819", "Patient monitors, new", "import", ["air"], ["CN", "US"], (100, 200), (100, 800), ["USD"], 0.15, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea", "road"], ["VN", "PL"], (4, 7), (5000, 10000), ["USD", "EUR"], 0.12, N),
    ("940421", "Mattresses, foam", "import", ["road"], ["PL", "TR"], (3, 5), (5000, 9000), ["EUR"], 0.04, N),
    ("950300", "Construction toy sets", "import", ["post", "express"], ["CN", "DK"], (15, 40), (1, 4), ["USD", "EUR"], 1, N),
    ("950662", "Inflatable footballs", "import", ["sea"], ["PK", "CN"], (4, 7), (3000, 6000), ["USD"], 2.5, N),
    ("960329", "Toothbrushes, manual", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 8000), ["USD"], 50, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind33", 20310901, HERE)


if __name__ == "__main__":
    main()
