#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-fifth blind set (tests/risk/data/blind325-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2080, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: kite, paragliding and skydiving shops
(kite makers and kite-festival suppliers, kitesurf and wing-foil shops, paragliding and paramotor
schools and dealers, skydiving drop zones, riggers and indoor wind tunnels, and their suppliers).
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
only where a real declaration would. Ids are BL325-*:

    python3 tests/risk/data/make_blind325_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2080, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2080
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "CN", [], "DE", "340290",
         "滑翔伞伞衣去霉增白清洗液, 500毫升 x 6瓶", "CN", 3.4, 6, 150, "CNY",
         "a mildew remover for paraglider canopies is a mild, pH-neutral wash (harsh oxidisers ruin the coated "
         "nylon); these six half-litre bottles hold a water-clear liquid of 1.13 kg/l with vented caps that whitens "
         "the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Shenzhen to a private person in Kempten who resells 'canopy whitening' online; Chinese wording (hydrogen "
         "peroxide repeats in many sets; a paraglider-canopy mildew label was found in no earlier row by a keyword "
         "search)", person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "NLAIR01", "air", "US", [], "NL", "381119",
         "Paramotor 2-stroke octane booster, race blend, 1 gal, 20 jugs", "US", 82, 20, 600, "USD",
         "an octane booster for paramotor two-strokes is a few per cent of additive in a hydrocarbon carrier of "
         "about 0.8 kg/l; these jugs hold an oily, faintly fruity liquid of 1.14 kg/l labelled CH3NO2 under the "
         "sticker, for a Dutch paramotor dealer's web shop that sells quarts to anyone: nitromethane (Annex I "
         "above 16 %) made available to members of the public, flown from Houston to Schiphol; US English wording "
         "(nitromethane repeats in many sets, octane-booster labels among them, kept as a repeat; on a paramotor "
         "dealer's jugs from Houston is the new part as far as a search found)", firm("Horizon Paramotor BV", "NL")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "350510",
         "Uçurtma festivali için holi renk tozu, 1 kg, 600 paket", "TR", 600, 600, 900, "EUR",
         "holi colour powder thrown at kite festivals is tinted corn starch that clumps in the hand and smells of "
         "flour; these 600 bags hold a white, crystalline salt, tinted on top only, that crackles and flares with "
         "sugar on a hot plate and whose inner liners read 'KClO3', for a Plovdiv kite-festival supplier selling "
         "the bags to the public: potassium chlorate (Annex I above 40 %), by road through Kapıkule; Turkish "
         "wording (potassium chlorate repeats in many sets and Holi colour-powder labels in three rows, blind162, blind199 and blind312; kept "
         "as a repeat, a kite-festival supplier by road through Kapıkule is the new part as far as a search found)", firm("Vega Hvarchila EOOD", "BG")),
        ("PRE-04", "import", "PLAIR01", "air", "KR", [], "PL", "382499",
         "고고도 스카이다이빙용 화학 산소 캔들 리필 분말, 1 kg, 200봉", "KR", 200, 200, 2400, "USD",
         "chemical oxygen candles for high-altitude jumps come as sealed, pressed cylinders in a steel case with a "
         "firing pin; these 200 bags hold loose white crystals that cool the tongue, flare with sugar and read "
         "'NaClO3' on the inner liners, for a Gdańsk skydiving-gear web shop that sells the bags to anyone: sodium "
         "chlorate (Annex I above 40 %), flown from Incheon to Warsaw; Korean wording (sodium chlorate repeats in "
         "many sets and oxygen-candle refill labels in several, blind12 and blind317 among them; kept as a repeat, a "
         "high-altitude skydiving label in Korean is the new part as far as a search found)",
         firm("Orion Spadochrony Sp. z o.o.", "PL")),
        ("PRE-05", "import", "ITSEA01", "sea", "CN", [], "IT", "253090",
         "风筝地锚配重颗粒, 25公斤袋, 640袋", "CN", 16000, 640, 3200, "USD",
         "ballast for kite and tent ground anchors is sand or iron shot that sinks in water; these 640 sacks hold "
         "white prills that turn ice-cold and vanish in water and test at 34 % N, for a Genoa kitesurf wholesaler "
         "who re-bags them as 'beach anchor fill' in 2 kg pouches: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, by sea from Ningbo; Chinese wording (ammonium nitrate repeats "
         "in many sets; a kite ground-anchor ballast label was found in no earlier row by a keyword search)",
         firm("Rivage Kite Srl", "IT")),
        ("PRE-06", "import", "IEPOST01", "post", "PK", [], "IE", "701890",
         "پتنگ کی ڈور کے مانجھے کا پاؤڈر, 4 x 500 گرام", "PK", 2.0, 4, 40, "USD",
         "manja powder for coating fighting-kite string is finely ground glass that grits between the fingers and "
         "never dissolves; these four tubs hold a soft, white powder that dissolves at once, flares fiercely with "
         "sugar and whose inner bags read 'KClO4', posted from Lahore to a private person in Limerick: potassium "
         "perchlorate (Annex I above 40 %); Urdu wording (potassium perchlorate repeats in many sets; a kite-string "
         "manja label was found in no earlier row by a keyword search)", person("Mr Aidan Walsh", "IE")),
        ("PRE-07", "import", "PTAIR01", "air", "BR", [], "PT", "381400",
         "Removedor de cola para reparo de câmaras de kitesurf, 1 L, 100 frascos", "BR", 140, 100, 700, "USD",
         "bladder-glue remover for kite repair is an acetone or ester blend of 0.8-0.9 kg/l; these bottles weigh "
         "1.40 kg/l, fume brown when opened, stain the skin yellow and eat a copper wire, for a Peniche kitesurf "
         "shop that sells them over the counter: about 65 % nitric acid (Annex I above 3 %), flown from Fortaleza "
         "to Lisbon; Brazilian Portuguese wording (nitric acid repeats in many sets; a kite-bladder glue remover "
         "was found in no earlier row by a keyword search)", firm("Atlantic Kitesurf Lda", "PT")),
        ("PRE-08", "import", "HRROAD01", "road", "BA", [], "HR", "285390",
         "Destilirana voda za akumulatore, 1 l, 1.500 boca", "BA", 2700, 1500, 900, "EUR",
         "battery top-up water is deionised water of 1.00 kg/l; these 1,500 bottles hold an oily liquid of 1.84 "
         "kg/l that grows hot with a drop of water and chars the labels where it leaked, for a Split car-parts "
         "chain that sells the litre bottles to anyone: about 96 % sulphuric acid (Annex I above 15 %); Bosnian "
         "wording (sulphuric acid repeats in many sets and battery-water labels in a few; kept as a repeat, by road "
         "from Bosnia is the new part as far as a search found; not this set's trade)",
         firm("Delta Auto Dijelovi d.o.o.", "HR")),
        ("PRE-09", "import", "NLAIR01", "air", "ID", [], "NL", "283321",
         "Garam Epsom untuk rendam kaki spa, 1 kg, 300 bungkus", "ID", 300, 300, 450, "USD",
         "Epsom salt is magnesium sulphate, bitter, in clear needles that dissolve coolly; these bags hold white "
         "crystals with no bitterness that flare with sugar on a hot plate and read 'NaClO3' on the liner, for an "
         "Amsterdam spa-supplies web shop: sodium chlorate (Annex I above 40 %), flown from Jakarta; Indonesian "
         "wording (sodium chlorate repeats in many sets and bath-salt labels in several; kept as a repeat, Indonesian "
         "is the new part as far as a search found; not this set's trade)", firm("Meridian Spa BV", "NL")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "380991",
         "Impregnacija za jedra i krila paraglajdera, kanister 5 l, 400 kanistera (1. od 3 pošiljke)", "RS", 2400,
         400, 2000, "EUR",
         "canopy and sail re-proofing is a silicone or fluorine-free emulsion of about 1.0 kg/l that foams when "
         "shaken; these 400 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, "
         "whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for "
         "a Szeged paragliding shop that sells the cans to the public: about 50 % hydrogen peroxide (Annex I above "
         "12 %), at Röszke; Serbian wording (hydrogen peroxide repeats in many sets and split vans in several; a "
         "sail-proofing label split over three vans was found in no earlier row)", firm("Alpina Siklóernyő Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "850760",
         "Accupakketten voor elektrische paramotoren, tweedehands, getest, 1.200 stuks", "BE", 9600, 1200, 12000,
         "EUR",
         "tested second-hand e-paramotor packs come charged to storage voltage with a test sheet per serial; these "
         "pallets hold swollen, crushed and burnt packs from crashed and recalled units, at 0 V, some with leaking "
         "pouch cells, collected by an Antwerp paramotor dealer: waste lithium-ion batteries (hazardous, and "
         "e-waste), whose export to a non-OECD country is banned, from Antwerp to Lagos; Flemish wording (lithium "
         "batteries repeat in many sets; an electric-paramotor pack label was found in no earlier row)",
         {"importer_country": "NG"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "PK", "392690",
         "Drachenschnurspulen aus Kunststoff, gebraucht, zur Wiederverwendung, 18 t", "DE", 18000, None, 1800, "EUR",
         "re-usable line spools are sorted, clean and of one polymer; these bales are crushed spools mixed with "
         "PU-coated ripstop offcuts, bladder scraps, mud and line, swept from a Hamburg kite maker's and several "
         "kitesurf schools' bins: mixed, soiled plastic waste, whose export to a non-OECD country is banned under "
         "the waste shipment rules, from Hamburg to Karachi; German wording (plastic waste repeats in many sets; "
         "a kite-line spool label was found in no earlier row)", {"importer_country": "PK"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "950699",
         "Ailes de kitesurf d'occasion, bon état, 300 pièces", "FR", 2400, 300, 6000, "EUR",
         "a kitesurf container for Dakar: second-hand kites and boards are what Brittany shops sell on to West "
         "African schools, but the third item's 'batteries de secours pour treuils' are 3 t of spent lead-acid "
         "batteries from beach winches and rescue boats, cracked and leaking: waste lead-acid batteries (A1160), "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration from "
         "Le Havre; French wording (lead-acid batteries repeat in many sets; behind second-hand kites is the new "
         "part as far as a search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("950699", "Planches de kitesurf d'occasion, 120 pièces", "FR", 600, 3000, "EUR", qty=120),
                           item("850710", "Batteries de secours pour treuils, 3 t", "FR", 3000, 600, "EUR")])),
        ("WST-04", "export", "ITROAD01", "road", "IT", [], "AL", "853690",
         "Sganciatori automatici per paracadute di riserva, revisionati, 400 pezzi", "IT", 160, 400, 8000, "EUR",
         "serviced automatic activation devices come in boxes with a service card and a new battery; these are "
         "AADs past their fifteen-year life, each with its pyrotechnic cutter and a flat lithium cell, collected "
         "by a Ravenna drop zone from its riggers: waste electrical equipment with lithium cells and live "
         "pyrotechnic cutters (hazardous e-waste), whose export to a non-OECD country is banned, by road and ferry "
         "to Durrës; Italian wording (AADs repeat under other goods; expired reserve AADs as waste were found in no "
         "earlier row)", {"importer_country": "AL"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "MA", "840734",
         "Motores de paramotor usados, funcionando, 150 unidades", "ES", 3000, 150, 15000, "EUR",
         "running second-hand paramotor engines are drained, capped and crated one by one; these are crash-bent "
         "engines tipped loose into a container with their tanks still half full of two-stroke mix and oil, from a "
         "Tarifa school: waste engines contaminated with oil and fuel (hazardous), whose export to a non-OECD "
         "country for scrapping is banned, from Algeciras to Tanger Med; Spanish wording (used engines repeat in "
         "several sets; paramotor engines were found in no earlier row)", {"importer_country": "MA"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "780200",
         "Ciężarki ołowiane do kamizelek spadochronowych, nowe, 8 t", "PL", 8000, None, 4000, "EUR",
         "weight vests for light skydivers take new, coated lead pellets in sewn pouches; these bulk bags hold "
         "battery-plate fragments, dross and ash swept from a Silesian smelter's floor, with a drop zone's name on "
         "the invoice: lead-bearing waste (A1020), whose export to a non-OECD country is banned, at Dorohusk; Polish "
         "wording (lead waste repeats in several sets; a skydiving weight-vest label was found in no earlier row)",
         {"importer_country": "UA"}),
        ("WST-07", "export", "SEAIR01", "air", "SE", [], "GH", "847330",
         "Skrivarpatroner, återfyllda, 20.000 st.", "SE", 4000, 20000, 10000, "EUR",
         "refilled toner cartridges are cleaned, bagged and labelled; these are empty, cracked cartridges with "
         "toner spilling into the crates, from a Malmö office-collection scheme: waste cartridges and toner "
         "(e-waste), whose export to a non-OECD country is banned; Swedish wording (toner cartridges repeat in "
         "several sets; kept as a repeat, by air to Accra is the new part as far as a search found; not this set's "
         "trade)", {"importer_country": "GH"}),
        ("WST-08", "export", "SESEA01", "sea", "SE", [], "TZ", "350691",
         "Reparationslim för kitebladder, 5 l, 600 dunkar", "SE", 3000, 600, 3000, "EUR",
         "bladder-repair glue is a PU or neoprene contact adhesive in sealed tins; these are half-empty, skinned "
         "tins and sludge drums of solvent glue, thinner and rags from a Gothenburg kite-repair workshop's "
         "clean-out: waste solvent-borne adhesives (hazardous), whose export to a non-OECD country is banned, from "
         "Gothenburg to Dar es Salaam; Swedish wording (waste adhesives repeat in a few sets; a kite-bladder glue "
         "label was found in no earlier row)", {"importer_country": "TZ"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "853931",
         "Λαμπτήρες φθορισμού, μεταχειρισμένοι, λειτουργικοί, 30.000 τεμ.", "GR", 6000, 30000, 3000, "EUR",
         "working used tubes are packed in their sleeves; these gaylords hold loose, broken fluorescent tubes from "
         "a Crete hotel group's refit: mercury-bearing lamp waste (hazardous), whose export to a non-OECD country "
         "is banned, from Piraeus to Alexandria; Greek wording (lamp waste repeats in several sets; kept as a "
         "repeat, Greece to Egypt is the new part as far as a search found; not this set's trade)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "271019",
         "Motorový olej, nový, sudy 200 l, 80 sudů", "CZ", 14000, 80, 5600, "EUR",
         "new engine oil comes in sealed, labelled drums; these drums hold black, watery, gritty oil with coolant "
         "and petrol in it, drained at several Brno garages: waste mineral oil (hazardous), whose export to a "
         "non-OECD country is banned, by road through Poland to Lviv; Czech wording (waste oil repeats in many sets; "
         "kept as a repeat, Czech to Ukraine by road is the new part as far as a search found; not this set's "
         "trade)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "CN", [], "DE", "380991",
         "滑翔伞伞衣防水喷雾, 400毫升, 2,400罐", "CN", 1100, 2400, 3600, "USD",
         "canopy re-proofing sprays are water-based or propelled by butane or DME; these cans carry a solvent "
         "carrier that smells faintly sweet, does not burn and reads CFC-113 on the filler's sheet, for a Bavarian "
         "paragliding wholesaler: 1,1,2-trichlorotrifluoroethane (CFC-113), a controlled substance whose import in "
         "products is banned, flown from Shanghai to Munich; Chinese wording (CFC-113 repeats in several sets; a "
         "paraglider-canopy proofing spray was found in no earlier row by a keyword search)",
         firm("Alpina Gleitschirm GmbH", "DE")),
        ("OZN-02", "import", "NLAIR01", "express", "US", [], "NL", "382499",
         "Rig dust-off aerosol for skydiving containers, 10 oz, 48 cans", "US", 14, 48, 480, "USD",
         "dusters for parachute containers and closing loops are propelled by HFC-152a or air; these cans are "
         "filled with dichlorodifluoromethane (CFC-12) from old stock, sent by express from Florida to a drop-zone "
         "rigger in Teuge: a controlled substance whose import is banned; US English wording (CFC-12 repeats in "
         "many sets, dusters among them; a skydiving-rig duster label was found in no earlier row)",
         firm("Central Parachute Rigging BV", "NL")),
        ("OZN-03", "import", "LTROAD01", "road", "BY", [], "LT", "842410",
         "Огнетушители для аэродрома парашютного клуба, 12 шт.", "BY", 180, 12, 1800, "EUR",
         "airfield extinguishers for a parachute club are powder or foam units; these are Soviet-pattern "
         "cylinders refilled with tetrafluorodibromoethane (halon 2402) for a Lithuanian drop zone's aircraft "
         "apron: a controlled substance whose import is banned outside licensed critical uses, by road from Minsk; "
         "Russian wording from Belarus (halon 2402 repeats in several sets; a parachute-club airfield label was "
         "found in no earlier row)", firm("Vega Parasiutai UAB", "LT")),
        ("OZN-04", "import", "ITAIR01", "air", "CN", [], "IT", "382499",
         "变频仪电路板清洗剂, 气雾罐 550毫升, 1,200罐", "CN", 720, 1200, 1800, "USD",
         "board cleaners for variometer and flight-instrument repairs are isopropanol or hydrocarbon sprays; these "
         "cans hold a heavy, non-flammable, ether-smelling solvent marked R-113 on the drum label: CFC-113, a "
         "controlled substance whose import in products is banned, flown from Shenzhen to Milan for a Lombardy "
         "flight-instrument dealer; Chinese wording (CFC-113 repeats in several sets; a variometer board-cleaner "
         "label was found in no earlier row)", firm("Horizon Strumenti Volo Srl", "IT")),
        ("OZN-05", "import", "FRAIR01", "air", "IN", [], "FR", "853180",
         "पतंग उत्सव और ड्रॉप ज़ोन के लिए एयर हॉर्न रिफिल, 300 डिब्बे", "IN", 150, 300, 600, "USD",
         "air-horn refills for kite festivals and drop-zone landing calls are HFC-134a or propane-butane cans; "
         "these hold chlorodifluoromethane (HCFC-22) with a freon smell and a valve to the horn, flown from Mumbai to "
         "Paris for a Dieppe kite-festival organiser: a controlled substance whose import is banned; Hindi wording "
         "(HCFC-22 repeats in many sets and air-horn refill labels in many, kept as a repeat; a kite-festival and "
         "drop-zone label in Hindi is the new part as far as a search found)", firm("Rivage Cerfs-Volants SARL", "FR")),
        ("OZN-06", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "380894",
         "竹制风筝骨架熏蒸剂 (硫酰氟), 钢瓶, 40个", "CN", 2600, 40, 5200, "USD",
         "fumigant for bamboo kite frames may be sulphuryl fluoride; these cylinders hold bromomethane with "
         "chloropicrin warning agent, landed at Koper in transit from Ningbo to a Belgrade kite-frame workshop: "
         "methyl bromide, a controlled substance whose import and transit are banned in the Union; Chinese wording "
         "(methyl bromide repeats in many sets and sulphuryl-fluoride labels on it in a few; kept as a repeat, "
         "a bamboo kite-frame label in transit through Koper is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-07", "import", "CYSEA01", "sea", "TR", [], "CY", "271112",
         "R-600a izobütan soğutucu gaz, 420 g, 2.000 kutu", "TR", 840, 2000, 3000, "EUR",
         "R-600a cans are small, flammable isobutane refills; these carry dichlorodifluoromethane (CFC-12), "
         "non-flammable at the valve, for a Limassol refrigeration-parts dealer: a controlled substance whose import "
         "is banned, by sea from Mersin; Turkish wording (CFC-12 under hydrocarbon-refrigerant labels repeats in "
         "many sets; kept as a repeat, Mersin to Limassol is the new part as far as a search found; not this set's "
         "trade)", firm("Atlantic Refrigeration Ltd", "CY")),
        ("OZN-08", "import", "SKROAD01", "road", "UA", [], "SK", "381400",
         "Очищувач ланцюгів для велосипедів, 1 л, 800 пляшок", "UA", 1280, 800, 1600, "EUR",
         "bike-chain cleaners are citrus or hydrocarbon degreasers of 0.8 kg/l; these bottles weigh 1.59 kg/l, do "
         "not burn and smell sweet: carbon tetrachloride, a controlled substance whose import is banned, by road at "
         "Vyšné Nemecké for a Košice cycle wholesaler; Ukrainian wording (carbon tetrachloride repeats in many sets "
         "and degreaser labels in several; kept as a repeat; not this set's trade)",
         firm("Delta Bicykle s.r.o.", "SK")),
        ("OZN-09", "export", "DKSEA01", "sea", "DK", [], "NG", "841869",
         "Brugt køleanlæg til vindtunnel (indendørs faldskærm), 1 enhed", "DK", 6000, 1, 30000, "EUR",
         "an indoor skydiving tunnel's air-cooling plant, sold on as used: its compressors and circuit are still "
         "charged with 180 kg of chlorodifluoromethane (HCFC-22), which a recovery firm should have taken out: "
         "equipment relying on an HCFC, whose export is banned, from Aarhus to Lagos for a new tunnel project; "
         "Danish wording (HCFC-22 equipment repeats in several sets; an indoor-skydiving tunnel chiller was found in "
         "no earlier row)", {"importer_country": "NG"}),
        ("OZN-10", "import", "EEAIR01", "express", "KZ", [], "EE", "880400",
         "Парапланерлік қосалқы парашюттер, 4 дана", "KZ", 8, 4, 1600, "USD",
         "a paragliding-gear parcel from an Almaty school to a Tallinn pilot: four reserve parachutes and two "
         "harnesses are what such a parcel carries, but the third item's 'карабин тазалағыш' cans hold carbon "
         "tetrachloride that does not burn and smells sweet: a controlled substance whose import is banned, hidden "
         "as the last item of a three-item declaration, by express from Almaty; Kazakh wording (carbon "
         "tetrachloride repeats in many sets; a carabiner-cleaner label behind paragliding reserves is the new part "
         "as far as a search found)",
         dict(person("Mr Kaarel Tamm", "EE"),
              _more_items=[item("950699", "Параплан белдіктері, 2 дана", "KZ", 10, 900, "USD", qty=2),
                           item("381400", "Карабин тазалағыш, 500 мл, 6 дана", "KZ", 4.8, 30, "USD", qty=6)])),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "CN", [], "NL", "950300",
         "仿古手绘丝绸风筝, 新品, 3件", "CN", 6, 3, 240, "USD",
         "reproduction painted kites are bright, new silk on fresh bamboo; these three are brittle, faded silk "
         "kites on darkened bamboo with Qing-dynasty court painters' seals, from a Weifang collection, for a "
         "Rotterdam kite museum's dealer: cultural relics exported from China without its licence and imported "
         "under false description; Chinese wording (Chinese antiques repeat in many sets; antique kites were found in "
         "no earlier row)", firm("Meridian Vliegers BV", "NL")),
        ("CUL-02", "import", "DEPOST01", "post", "IN", [], "DE", "940550",
         "Hand-painted kite-festival lantern with picture, new", "IN", 1.5, 1, 40, "INR",
         "a kite-festival lantern is paper and wire; this parcel's 'picture' is a Rajasthani miniature painting of "
         "Krishna flying kites, opaque watercolour on paper of about 1760: an antiquity exported from India without "
         "the permit its Antiquities and Art Treasures Act requires, posted from Jaipur to a private person in "
         "Hamburg; Indian English wording (Indian miniatures repeat in several sets; a kite-festival lantern cover "
         "was found in no earlier row)", person("Lena Wagner", "DE")),
        ("CUL-03", "import", "ATAIR01", "air", "PK", [], "AT", "441990",
         "لکڑی کی پتنگ کی چرخیاں, 50 عدد", "PK", 45, 50, 250, "USD",
         "wooden kite reels (charkhi) are light, turned and painted; inside ten of these crates lie, packed in "
         "kite string, four stucco Buddha heads of the Gandhara school (3rd-5th century): antiquities exported "
         "from Pakistan without licence and imported into the Union without the documents of Regulation 2019/880, "
         "flown from Lahore to Vienna; Urdu wording (Gandhara stucco repeats in many sets; packed among kite reels "
         "is the new part as far as a search found)", firm("Orion Drachen GmbH", "AT")),
        ("CUL-04", "import", "FRAIR01", "express", "ID", [], "FR", "950300",
         "Layang-layang tradisional Bali, baru, 20 buah", "ID", 12, 20, 400, "USD",
         "a Bali kite shop's express consignment for a kite shop in Dieppe: new kites and line spools are what it "
         "sells, but the third item's 'hiasan ekor layang-layang dari kayu' is a weathered Dayak hampatong guardian "
         "figure of ironwood, cut from a longhouse post: ethnographic cultural property exported from Indonesia "
         "without licence, hidden as the last item of a three-item declaration; Indonesian wording (Dayak carvings "
         "repeat in a few sets; behind Balinese kites is the new part as far as a search found)",
         dict(firm("Vega Cerfs-Volants SARL", "FR"),
              _more_items=[item("560749", "Tali layang-layang, gulungan, 100 buah", "ID", 20, 200, "USD", qty=100),
                           item("442090", "Hiasan ekor layang-layang dari kayu, 1 buah", "ID", 18, 30, "USD", qty=1)])),
        ("CUL-05", "export", "FRAIR01", "air", "FR", [], "US", "880400",
         "Parachute-ballon, reproduction décorative d'époque, 1 pièce", "FR", 40, 1, 900, "EUR",
         "a decorative reproduction would be new cotton; this is the original silk balloon-parachute of an 1890s "
         "French aeronaut, with his stencilled name and fair programmes, valued over 200,000 EUR, sold to a US "
         "aviation collector: an object of historical interest exported without the EU export licence (Regulation "
         "116/2009) and the French certificate, flown from Paris; French wording (early parachutes were found in no "
         "earlier row)", {"importer_country": "US"}),
        ("CUL-06", "import", "ITAIR01", "air", "EG", [], "IT", "680291",
         "تماثيل ألباستر تذكارية، جديدة، 40 قطعة", "EG", 20, 40, 200, "USD",
         "souvenir alabaster figures are new and polished; among them are six faience ushabtis with worn glaze "
         "and incised text: Egyptian antiquities exported without licence, flown from Cairo to Rome; Egyptian "
         "Arabic wording (ushabtis under souvenir labels repeat in many sets; kept as a repeat; not this set's "
         "trade)", firm("Alpina Souvenir Srl", "IT")),
        ("CUL-07", "import", "ESROAD01", "road", "MA", [], "ES", "691390",
         "مصابيح زيتية رومانية، نسخ طبق الأصل، 30 قطعة", "MA", 6, 30, 150, "EUR",
         "replica Roman oil lamps are new, crisp and evenly fired; these are worn, soot-blackened lamps with "
         "makers' stamps, dug near Volubilis: Moroccan archaeological objects exported without licence, by road "
         "through Tanger Med and Algeciras; Moroccan Arabic wording (Roman lamps as replicas repeat in several sets; "
         "kept as a repeat; not this set's trade)", firm("Atlantic Artesanía SL", "ES")),
        ("CUL-08", "transit", "NLAIR01", "air", "JP", ["NL"], "US", "950300",
         "和凧 (新品), 手描き, 5点", "JP", 5, 5, 300, "USD",
         "new hand-painted wa-dako are bright on washi; these five are Edo-period kites by a registered Shirone "
         "kite-painting family, with warped bamboo and faded pigments, landed at Schiphol in transit from Tokyo "
         "to a Seattle dealer: cultural property exported from Japan without permission, and within Regulation "
         "2019/880's reach in transit; Japanese wording (Japanese antiques repeat in several sets; Edo kites in "
         "transit were found in no earlier row)", {"importer_country": "US"}),
        ("CUL-09", "export", "GRAIR01", "air", "GR", [], "CH", "680291",
         "Μαρμάρινα τρόπαια συλλόγου αλεξιπτωτιστών πλαγιάς, 2 τεμ.", "GR", 90, 2, 300, "EUR",
         "a paragliding club's marble trophies are new, machine-cut and engraved; these two are weathered "
         "inscribed boundary stones (horoi) found near a Cretan hill launch site, with archaic letters: "
         "archaeological objects exported without the Greek permit and the EU export licence, flown from Heraklion "
         "to Zurich for a pilot who keeps them as 'club trophies'; Greek wording (Greek inscriptions repeat in a few "
         "sets; a paragliding-club trophy label was found in no earlier row)", {"importer_country": "CH"}),
        ("CUL-10", "export", "ITROAD01", "road", "IT", [], "CH", "970191",
         "Quadro decorativo, olio su tela, copia moderna di paesaggio", "IT", 12, 1, 800, "EUR",
         "a modern copy is fresh canvas and bright varnish; this is an 18th-century Venetian view in its relined "
         "canvas and old frame, valued about 250,000 EUR, driven to Lugano: a painting over 50 years old and above "
         "the value threshold exported without the EU export licence; Italian wording (paintings as copies repeat "
         "in many sets; kept as a repeat; not this set's trade)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "902610",
         "Gleitschirm-Fluginstrumente (Variometer), 600 Stück", "DE", 120, 600, 90000, "EUR",
         "paragliding varios are small audio instruments at a few hundred euros; these 600 boxes hold tactical-grade "
         "MEMS inertial measurement units with flight-variometer faceplates, bought through a Munich paragliding "
         "dealer for a Bishkek 'flight school' that forwards them to Russian drone makers: items under the Russia "
         "sanctions (Regulation 833/2014, common high-priority list) and dual-use navigation parts, flown from "
         "Frankfurt; German wording (IMUs repeat in several sets and a variometer label once, blind253, for RC gliders; a "
         "paragliding-vario label to Bishkek is the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "AM", "840790",
         "Motory pro paramotory, dvoutaktní, 30 k, 40 ks", "CZ", 1000, 40, 120000, "EUR",
         "paramotor engines go singly to pilots and schools; these forty, ordered by a Yerevan 'school' with no "
         "airfield, are the type found in Russian long-range drones: goods under the Russia sanctions' "
         "anti-circumvention rules (Regulation 833/2014, Article 12g and the high-priority list), flown from Prague; "
         "Czech wording (drone engines repeat in several sets and paramotor-engine labels in several, kept as a repeat; a "
         "Czech paramotor consignment to Yerevan is the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "AE", "851310",
         "LED-hoofdlampen voor nachtsprongen, 60 stuks", "NL", 30, 60, 180000, "EUR",
         "headlamps for night jumps are cheap LED torches; these 60 cases hold helmet-mounted night-vision "
         "monoculars with Generation 3 image-intensifier tubes, for a Dubai 'skydiving club' trading with Iran: "
         "dual-use items (6A002) exported without licence, flown from Schiphol; Dutch wording (image intensifiers "
         "repeat in many sets; a night-jump headlamp label was found in no earlier row)", {"importer_country": "AE"}),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["HU", "RS", "BG"], "TR", "880400",
         "Lastenfallschirme für Hilfsgüterabwurf, 20 Stück", "AT", 1600, 20, 400000, "EUR",
         "cargo parachutes for aid drops are round canopies at a few hundred euros; these are GPS-guided ram-air "
         "precision airdrop systems with autonomous guidance units, sold by a Tyrolean parachute maker to an "
         "Istanbul intermediary for onward sale to Russia: military airdrop equipment that needs an export licence "
         "and is under the Russia sanctions, by road through Hungary, Serbia and Bulgaria; Austrian German wording "
         "(guided airdrop systems were found in no earlier row)", {"importer_country": "TR"}),
        ("STR-05", "export", "SEAIR01", "air", "SE", [], "KZ", "681599",
         "Kolfiberrör för drakar och vingar, 2 000 st.", "SE", 800, 2000, 160000, "EUR",
         "kite spars are pultruded standard-modulus carbon tubes at a few euros; these cartons hold rolls of "
         "high-modulus carbon-fibre prepreg and intermediate-modulus tow for an Almaty 'kite maker' supplying "
         "Russian missile and drone works: dual-use fibrous materials (1C010) exported without licence and under "
         "the Russia sanctions, flown from Stockholm; Swedish wording (carbon fibre repeats in many sets; a "
         "kite-spar label was found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-06", "export", "PLROAD01", "road", "PL", [], "GE", "880623",
         "Drony do filmowania skoków spadochronowych, 30 szt.", "PL", 300, 30, 150000, "EUR",
         "drones for filming jumps are small consumer quadcopters; these are heavy-lift octocopters with "
         "radiometric thermal cameras and long-range links, for a Tbilisi 'skydiving film' firm that resells to "
         "Russia: UAVs and thermal cameras under the Russia sanctions (Annex VII) exported by road and the "
         "Black Sea ferry; Polish wording (drones repeat in many sets; a skydive-filming label was found "
         "in no earlier row)", {"importer_country": "GE"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "CN", "845811",
         "Torni CNC usati, 3 unità", "IT", 18000, 3, 120000, "EUR",
         "used lathes are scrap-value stock; these are five-axis turn-mill centres with positioning accuracy of a "
         "few microns, sold to a Xi'an intermediary for a listed Chinese military end user: dual-use machine tools "
         "(2B001) exported without licence, by sea from Genoa; Italian wording (machine tools repeat in many sets; "
         "kept as a repeat; not this set's trade)", {"importer_country": "CN"}),
        ("STR-08", "export", "BESEA01", "sea", "BE", [], "OM", "841370",
         "Pompes à eau centrifuges, 24 unités", "BE", 4800, 24, 96000, "EUR",
         "water pumps are cast-iron units; these are magnetic-drive pumps with wetted parts of Hastelloy for a "
         "Sohar firm that forwards them to Iran: dual-use chemical-process pumps (2B350) exported without licence "
         "and against the Iran sanctions, by sea from Antwerp; Belgian French wording (corrosion-resistant pumps "
         "repeat in several sets; kept as a repeat; not this set's trade)", {"importer_country": "OM"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "OM", "850440",
         "Repuestos para túnel de viento (paracaidismo indoor), variadores, 12 unidades", "ES", 2400, 12, 220000, "EUR",
         "drive parts for an indoor skydiving tunnel are big low-frequency fan drives; these are multiphase "
         "frequency changers with output above 600 Hz and tight frequency control, for a Muscat 'tunnel project' "
         "that forwards them to Iran: dual-use frequency changers (3A225) usable for centrifuges, exported without "
         "licence, by sea from Valencia; Spanish wording (frequency changers repeat in several sets; an "
         "indoor-skydiving tunnel label was found in no earlier row)", {"importer_country": "OM"}),
        ("STR-10", "export", "FIAIR01", "air", "FI", [], "KG", "880400",
         "Laskuvarjojärjestelmät, käytetyt, 10 kpl", "FI", 140, 10, 25000, "EUR",
         "a skydiving-gear consignment from a Finnish drop zone to a Bishkek club: used rigs and jumpsuits are what "
         "clubs sell on, but the third item's 'kypäräkamerat' are ten anti-jamming GNSS receivers with "
         "controlled-reception-pattern antennas: items under the Russia sanctions and dual-use navigation "
         "equipment, hidden as the last item of a three-item declaration, flown from Helsinki; Finnish wording "
         "(GNSS anti-jam receivers repeat in a few sets; behind skydiving rigs is the new part as far as a search "
         "found)",
         dict({"importer_country": "KG"},
              _more_items=[item("621143", "Hyppyhaalarit, 20 kpl", "FI", 30, 2000, "EUR", qty=20),
                           item("852589", "Kypäräkamerat, 10 kpl", "FI", 12, 1500, "EUR", qty=10)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "ID", [], "NL", "950300",
         "Layang-layang hias Bali dengan bulu sintetis, 40 buah", "ID", 30, 40, 800, "USD",
         "a Bali kite consignment for a Scheveningen kite shop: decorated kites are what it holds, but the second "
         "item's 'bulu sintetis' are 120 real bird-of-paradise plumes (Paradisaeidae, CITES App. II) for the kite "
         "tails, without CITES documents, hidden as the second item of a two-item declaration, flown from "
         "Denpasar; Indonesian wording (bird-of-paradise plumes repeat in a few sets; as kite-tail feathers is the "
         "new part as far as a search found)",
         dict(firm("Delta Vliegerwinkel BV", "NL"),
              _more_items=[item("670100", "Bulu sintetis untuk ekor layang-layang, 120 buah", "ID", 1.2, 60, "USD", qty=120)])),
        ("WLF-02", "import", "ESAIR01", "express", "MX", [], "ES", "420292",
         "Fundas de arnés de parapente, piel sintética estampado cocodrilo, 10 piezas", "MX", 6, 10, 200, "USD",
         "printed synthetic leather has a repeating emboss; these covers are real skin of Crocodylus acutus with "
         "irregular scales and osteoderms (CITES App. I for Mexico), sent by express from Guadalajara to a Murcia "
         "paragliding shop: without CITES permits; Mexican Spanish wording (crocodile skin repeats in many sets; "
         "a paragliding-harness cover was found in no earlier row)", firm("Orion Parapente SL", "ES")),
        ("WLF-03", "import", "DEAIR01", "air", "TZ", [], "DE", "960190",
         "Altimeter mounts, carved bone, 200 pcs", "TZ", 20, 200, 400, "USD",
         "bone altimeter mounts would be cattle bone; these are carved from hippopotamus teeth, with the dense "
         "enamel ridge and fine cross-hatching: Hippopotamus amphibius (CITES App. II) products without CITES "
         "documents, flown from Dar es Salaam to Frankfurt for a skydiving-accessory web shop; Tanzanian English "
         "wording (hippo teeth repeat in several sets; a skydive altimeter mount was found in no earlier row)",
         firm("Nordhafen Fallschirm GmbH", "DE")),
        ("WLF-04", "import", "FRPOST01", "post", "CN", [], "FR", "441990",
         "实木风筝线轮, 2个", "CN", 2.2, 2, 60, "CNY",
         "wooden kite reels are usually beech or bamboo; these two are of dense, fragrant, orange-gold "
         "huanghuali (Dalbergia odorifera, CITES App. II), posted from Beijing to a private kite collector in Lyon: "
         "without CITES documents; Chinese wording (Dalbergia repeats in many sets; kite reels were found in no "
         "earlier row)", person("Mme Claire Martin", "FR")),
        ("WLF-05", "import", "PLAIR01", "air", "VN", [], "PL", "950300",
         "Diều trang trí treo tường, khung tre, 30 chiếc", "VN", 24, 30, 300, "USD",
         "wall-hanging decorative kites are bamboo and silk; these are framed with polished hawksbill-turtle "
         "scutes (Eretmochelys imbricata, CITES App. I) cut into kite shapes, for a Kraków kite shop, flown from "
         "Hanoi without CITES permits; Vietnamese wording (hawksbill shell repeats in many sets; as decorative "
         "kites is the new part as far as a search found)", firm("Vega Latawce Sp. z o.o.", "PL")),
        ("WLF-06", "import", "BESEA01", "sea", "NG", [], "BE", "050790",
         "Dried cattle hooves for animal feed, 2 t", "NG", 2000, None, 1200, "USD",
         "cattle hoof is ridged keratin; these sacks hold pangolin scales (Manis spp., CITES App. I) without "
         "permits, by sea from Lagos to Antwerp; Nigerian English wording (pangolin scales repeat in many sets; "
         "kept as a repeat, a hoof-meal label is the new part as far as a search found; not this set's trade)",
         firm("Meridian Feed SA", "BE")),
        ("WLF-07", "import", "ITAIR01", "air", "LK", [], "IT", "030822",
         "වියළි මුහුදු ආහාර, 300 kg", "LK", 300, None, 6000, "USD",
         "dried seafood is mixed; these are dried teatfish sea cucumbers (Holothuria fuscogilva and H. whitmaei, "
         "CITES App. II) without export permits, flown from Colombo to Milan; Sinhala wording (sea cucumbers repeat "
         "in a few sets; kept as a repeat, from Sri Lanka in Sinhala is the new part as far as a search found; not "
         "this set's trade)", firm("Rivage Alimentari Srl", "IT")),
        ("WLF-08", "transit", "PTAIR01", "air", "BR", ["PT"], "US", "950629",
         "Pranchas de kitesurf com folheado de madeira, 12 unidades", "BR", 60, 12, 3600, "USD",
         "wood-veneer kiteboards use paulownia or bamboo; these carry dark, streaked, rose-scented veneer of "
         "Brazilian rosewood (Dalbergia nigra, CITES App. I), landed at Lisbon in transit from Fortaleza to a Miami "
         "kite shop without CITES permits, which specimens in transit must carry; Brazilian Portuguese wording "
         "(Dalbergia nigra repeats in several sets and a kiteboard label once, blind312, on carbon tape; "
         "kiteboard veneer in transit was found in no earlier row)",
         {"importer_country": "US"}),
        ("WLF-09", "import", "DEAIR01", "air", "TH", [], "DE", "420500",
         "ฮาร์เนสไคท์เซิร์ฟ หนังเทียมลายงู, 50 ชิ้น", "TH", 40, 50, 1500, "USD",
         "snake-pattern synthetic leather is printed PU; these kitesurf harness panels are real reticulated-python "
         "skin (Malayopython reticulatus, CITES App. II) with scale overlap, without CITES documents, flown from "
         "Bangkok to a Kiel kitesurf shop; Thai wording (python skin repeats in many sets; a kitesurf harness was "
         "found in no earlier row)", firm("Horizon Kitesurf GmbH", "DE")),
        ("WLF-10", "import", "FRAIR01", "air", "KE", [], "FR", "330129",
         "Cedarwood essential oil, 20 kg", "KE", 20, None, 2000, "USD",
         "cedarwood oil is pale and resinous; this is East African sandalwood oil from Osyris lanceolata (CITES "
         "App. II) without permits, flown from Nairobi to Paris; Kenyan English wording (Osyris oil repeats in a few "
         "sets; kept as a repeat; not this set's trade)", firm("Central Aromes SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "CN", "DE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (canopy and sail care)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "DE-BY-80-0044")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "US", "NL", "290420",
     "Nitromethane 99 %, 1 gal, for a licensed private user (model-engine fuel)", "US", 4.3, 1, 60, "USD",
     [("PRECURSOR_LICENCE", "NL-JV-80-0119")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854912",
     "Waste lithium-ion packs from electric paramotors, discharged, for recycling at a licensed plant, 6 t", "NO",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-80-0077")], "notified waste paramotor batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854911",
     "Spent lead-acid batteries from kite-school winches and boats, for recycling at a licensed smelter, 18 t", "CH",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-80-0266")], "notified spent batteries to a licensed smelter"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290379",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-80-014")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "LTROAD01", "road", "NO", "LT", "290376",
     "Halon 2402, recovered and reclaimed, 8 cylinders, for critical use in aircraft fire protection", "NO", 360, 8,
     9000, "EUR", [("ODS_LICENCE", "LT-AAA-ODS-80-003")], "halon 2402 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "880400",
     "Silk balloon-parachute of a 19th-century aeronaut, c. 1895, loan to a US air and space museum", "FR", 40,
     1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-80-0091")],
     "historical object exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "JP", "950300",
     "Edo-period painted kites, 3, documented Dutch collection since 1952, returned on sale", "NL", 3, 3, 24000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-80-0033")], "antique kites exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "NO", "900580",
     "Night-vision monoculars, Gen 3 image intensifier, 20 units, for a Norwegian police parachute unit", "NL", 10,
     20, 90000, "EUR", [("EXPORT_LICENCE", "NL-CDIU-80-0052"), ("END_USER_CERTIFICATE", "NO-POD-EUC-80-0027")],
     "dual-use night-vision equipment under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SEAIR01", "air", "SE", "CH", "681599",
     "High-modulus carbon-fibre prepreg, 300 kg, for a Swiss glider manufacturer", "SE", 300, None, 45000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-80-0118"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-80-0064")],
     "dual-use carbon-fibre prepreg under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "TH", "DE", "420500",
     "Reticulated python leather harness panels (Malayopython reticulatus), 40 units", "TH", 30, 40, 2400, "USD",
     [("CITES_PERMIT", "TH-DNP-80-0412")], "App. II python leather with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "MZ", "FR", "441990",
     "African blackwood kite reels (Dalbergia melanoxylon), 200 units", "MZ", 120, 200, 2000, "USD",
     [("CITES_PERMIT", "MZ-ANAC-80-0058")], "App. II blackwood products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-05": "Central Laboratorium Sp. z o.o.",
    "PRM-06": "Vega Aviacija UAB", "PRM-11": "Horizon Kitesurf GmbH", "PRM-12": "Rivage Cerfs-Volants SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # kite, kitesurf, paragliding, paramotor and skydiving shops and their suppliers
    ("340290", "Paraglider canopy wash, pH-neutral, 500 ml", "import", ["post"], ["CN", "CH"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("381119", "Two-stroke fuel additive for paramotors, 250 ml", "import", ["express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 4, S),
    ("350510", "Holi colour powder, corn starch, 100 g bags", "import", ["road"], ["TR", "IN"], (2, 4), (1000, 4000), ["EUR", "USD"], 10, S),
    ("253090", "Kite ground-anchor sand bags, empty, with ballast sand", "import", ["sea"], ["CN"], (0.5, 1), (8000, 16000), ["USD"], 0.5, S),
    ("560790", "Fighting-kite string, cotton, spools", "import", ["post", "express"], ["PK", "IN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("381400", "Kite-bladder glue remover, ester-based, 250 ml", "import", ["air"], ["BR", "US"], (6, 12), (100, 400), ["USD"], 4, S),
    ("380991", "Sail and canopy re-proofing emulsion, fluorine-free, 5 l", "import", ["road"], ["RS", "AT"], (3, 6), (1000, 3000), ["EUR"], 0.2, S),
    ("850760", "Lithium-ion packs for electric paramotors, new", "import", ["air"], ["CN", "KR"], (40, 80), (200, 800), ["USD"], 0.1, S),
    ("392690", "Kite-line winders, plastic, new", "import", ["sea"], ["CN", "VN"], (4, 8), (2000, 6000), ["USD"], 15, S),
    ("950699", "Kitesurf kites with bars and lines, new", "import", ["sea"], ["CN", "LK"], (40, 80), (1000, 4000), ["USD"], 0.2, S),
    ("853690", "AAD cutter replacement kits, new, for riggers", "import", ["express"], ["DE", "US"], (300, 600), (1, 3), ["EUR", "USD"], 5, S),
    ("840734", "Paramotor engines, 2-stroke, new, crated", "import", ["air"], ["IT", "CZ"], (80, 140), (100, 400), ["EUR"], 0.04, S),
    ("950699", "Skydiving weight vests, new, empty pouches", "import", ["post", "express"], ["US", "PL"], (40, 80), (1, 3), ["USD", "EUR"], 0.5, S),
    ("350691", "Neoprene contact adhesive for kite repair, 250 ml tins", "import", ["air"], ["US", "JP"], (8, 16), (100, 400), ["USD"], 4, S),
    ("380991", "Canopy UV-protection spray, water-based, 400 ml", "import", ["sea"], ["CN", "IT"], (3, 6), (1000, 3000), ["USD", "EUR"], 2.5, S),
    ("382499", "Compressed-air dusters, HFC-free, for riggers' benches", "import", ["express"], ["US", "DE"], (15, 30), (1, 3), ["USD", "EUR"], 3, S),
    ("842410", "Powder fire extinguishers for airfield aprons, 6 kg", "import", ["road"], ["PL", "DE"], (3, 6), (1000, 4000), ["EUR"], 0.1, S),
    ("853180", "Hand-held air horns with propane-butane refills", "import", ["air"], ["IN", "CN"], (8, 15), (100, 400), ["USD"], 3, S),
    ("441919", "Bamboo kite-frame sticks, split, bundles", "import", ["sea"], ["CN", "VN"], (1, 2), (3000, 8000), ["USD"], 5, S),
    ("880400", "Paraglider reserve parachutes, new, boxed", "import", ["air"], ["TR", "CZ"], (80, 150), (100, 400), ["EUR", "USD"], 0.5, S),
    ("841869", "Chillers for indoor wind tunnels, R-744, new", "export", ["sea"], ["AE", "SA"], (15, 30), (4000, 8000), ["EUR"], 0.0005, S),
    ("950300", "Reproduction painted silk kites, new", "import", ["post", "express"], ["CN", "JP"], (40, 80), (1, 3), ["USD"], 2, S),
    ("940550", "Paper kite-festival lanterns, new", "import", ["sea"], ["IN", "CN"], (3, 6), (1000, 4000), ["USD"], 3, S),
    ("441990", "Turned wooden kite reels (charkhi), new", "import", ["air"], ["PK", "IN"], (5, 10), (100, 400), ["USD"], 1, S),
    ("442090", "Carved wooden kite-tail ornaments, new", "import", ["express"], ["ID"], (30, 60), (1, 3), ["USD"], 2, S),
    ("680291", "Engraved marble club trophies, new", "import", ["road"], ["GR", "IT"], (4, 8), (500, 2000), ["EUR"], 0.2, S),
    ("902610", "Paragliding variometers with GPS, consumer", "import", ["air"], ["SI", "FR"], (200, 400), (20, 100), ["EUR"], 8, S),
    ("851310", "LED head torches for night landings", "import", ["post", "express"], ["CN"], (30, 60), (1, 3), ["USD"], 8, S),
    ("681599", "Pultruded carbon kite spars, standard modulus", "import", ["sea"], ["CN", "TW"], (10, 20), (1000, 4000), ["USD"], 20, S),
    ("880621", "Consumer camera drones for filming jumps, under 250 g", "import", ["air"], ["CN"], (200, 400), (50, 200), ["USD"], 4, S),
    ("850440", "Fan drives for indoor wind tunnels, low frequency", "export", ["sea"], ["AE", "US"], (15, 30), (2000, 6000), ["EUR"], 0.01, S),
    ("852589", "Helmet action cameras for skydivers", "import", ["air"], ["CN", "US"], (150, 300), (50, 200), ["USD"], 8, S),
    ("621143", "Skydiving jumpsuits, nylon, new", "import", ["sea"], ["VN", "PK"], (20, 40), (500, 2000), ["USD"], 1, S),
    ("670100", "Dyed goose-feather kite tails, new", "import", ["post"], ["CN", "ID"], (30, 60), (1, 2), ["USD"], 50, S),
    ("420292", "Paragliding harness covers, PU leather", "import", ["sea"], ["CN", "MX"], (8, 14), (1000, 4000), ["USD"], 2, S),
    ("960190", "Cattle-bone altimeter mounts, carved", "import", ["air"], ["KE", "IN"], (10, 20), (20, 100), ["USD"], 10, S),
    ("950629", "Kiteboards, paulownia veneer, new", "import", ["sea"], ["CN", "BR"], (15, 30), (1000, 3000), ["USD"], 0.3, S),
    ("420500", "Kitesurf harness panels, printed PU, snake pattern", "import", ["air"], ["TH", "CN"], (10, 20), (100, 400), ["USD"], 2, S),
    ("560749", "Dyneema kite lines, 24 m sets", "import", ["express"], ["NL", "CN"], (60, 120), (1, 3), ["EUR", "USD"], 5, S),
    ("630622", "Paragliding tents, ripstop nylon, new", "import", ["sea"], ["CN", "PK"], (6, 12), (1000, 4000), ["USD"], 0.3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("680300", "Slate drink coasters, sets of four", "import", ["sea"], ["CN", "IN"], (1.5, 3), (3000, 8000), ["USD"], 2, N),
        ("441990", "Acacia-wood pepper grinders, ceramic mechanism", "import", ["sea"], ["VN", "CN"], (4, 8), (2000, 6000), ["USD"], 3, N),
        ("821490", "Bread-scoring lames with wooden handles", "import", ["post", "express"], ["FR", "US"], (30, 60), (1, 3), ["EUR", "USD"], 20, N),
        ("442090", "Bamboo desk tidies with drawers", "import", ["post", "express"], ["CN", "VN"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind325", 20800501, HERE)


if __name__ == "__main__":
    main()
