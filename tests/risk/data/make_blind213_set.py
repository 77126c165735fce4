#!/usr/bin/env python3
"""Writes the two-hundred-and-thirteenth blind set (tests/risk/data/blind213-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 September - 26 October 2061, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and an emphasis on a kind of trade rather than a
region: hotels, catering and restaurant supply (HoReCa wholesalers and cash-and-carries, hotel
openings, fit-outs and refurbishments, commercial kitchens and their cold rooms, bars, laundry and
cleaning suppliers, airline and rail catering).
Written by a person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before any change measured on it, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras
as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields merged into
its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real declaration
would (private persons receiving parcel quantities by post or express, named companies on part of
the commercial shipments, drawn with a separate seeded generator); the ordinary table keeps postal
and express goods at parcel masses and commercial goods on commercial modes. Goods that need a
permit, licence or certificate by law (live animals and plants, fish, food of animal origin) appear
only in the permitted rows, with their document, and goods whose importer must hold an
authorisation (steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out
of the ordinary table; the shared everyday table's two steel rows are dropped, as in blind128.
Disguised rows carry a consignee name only where a real declaration would. Ids are BL213-*:

    python3 tests/risk/data/make_blind213_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2061, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2061
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ROROAD01", "road", "MD", [], "RO", "285390",
         "Apă demineralizată pentru cuptoare combi cu abur (HoReCa), canistre 10 l, 600 canistre", "MD", 6780, 600,
         1800, "EUR",
         "demineralised water for combi-steamer ovens is tasteless, 1.00 kg/l and sold in plain canisters; these "
         "canisters have vented caps, weigh 1.13 kg/l, whiten the skin, foam on a rag with rust and the filler's "
         "drum on the same lorry reads 'H2O2 35 %', for a Iași HoReCa cash-and-carry that issues day cards to "
         "members of the public: about 35 % hydrogen peroxide (Annex I above 12 %) made available to the public, at "
         "Sculeni; Romanian wording from Moldova (hydrogen peroxide repeats in many sets and water covers in "
         "several; a combi-steamer water label was found in no earlier row by a keyword search)",
         firm("Vega HoReCa Cash & Carry SRL", "RO")),
        ("PRE-02", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "Yağ tutucu için biyolojik enzimli arıtma sıvısı, 20 l bidon, 480 bidon", "TR", 17660, 480, 7200, "EUR",
         "an enzyme-and-bacteria grease-trap treatment is a cloudy, beige, faintly yeasty liquid of about 1.02 kg/l; "
         "these 480 jerrycans hold a clear, oily liquid of 1.84 kg/l that chars a wooden stirrer, grows hot with "
         "water and has no living culture at all, for a Sofia restaurant-supply cash-and-carry that sells to "
         "anybody off the street: about 96 % sulphuric acid (Annex I above 15 %) made available to members of the "
         "public, on a lorry at Kapitan Andreevo; Turkish wording (sulphuric acid repeats in many sets and drain "
         "cleaner covers in several; a grease-trap treatment label was found in no earlier row by a keyword "
         "search)", firm("Delta Restorant Snabdyavane EOOD", "BG")),
        ("PRE-03", "import", "IEPOST01", "post", "AU", [], "IE", "340250",
         "Espresso machine milk-system acid cleaner, barista grade, 4 x 1 L", "AU", 5.6, 4, 60, "AUD",
         "an acidic milk-frother cleaner is a pale, mildly sour liquid of about 1.05 kg/l; these four bottles weigh "
         "1.40 kg/l, give off brown fumes when opened, yellow the skin and turn a copper coin green at once: about "
         "65 % nitric acid (Annex I above 3 %), posted from Melbourne to a private 'home barista' in Galway; "
         "Australian English wording (nitric acid repeats in many sets and cleaner covers in several; an espresso "
         "milk-system cleaner label was found in no earlier row by a keyword search)",
         person("Mr S. Byrne", "IE")),
        ("PRE-04", "import", "ESPOST01", "post", "AR", [], "ES", "291811",
         "Lactato de calcio para esferificación (cocina molecular), 4 potes de 500 g", "AR", 2.2, 4, 24000, "ARS",
         "calcium lactate for spherification is a light, fluffy powder that dissolves readily and tastes faintly "
         "milky; these four tubs hold a denser, glassy crystalline powder that has no taste, does not set alginate "
         "at all and flares white on a match mixed with sugar: potassium perchlorate (Annex I above 40 %), posted "
         "from Buenos Aires to a private 'chef' in Valencia; Argentine Spanish wording (potassium perchlorate repeats "
         "in many sets, and a spherification calcium-lactate label once, blind115; kept as a repeat, by post from "
         "Argentina in Argentine Spanish is the new part)", person("Particular", "ES")),
        ("PRE-05", "import", "FRSEA01", "sea", "MA", [], "FR", "250100",
         "Gros sel de roche pour présentation des huîtres sur plateaux de fruits de mer, sacs 25 kg, 800 sacs", "MA",
         20000, 800, 3600, "EUR",
         "coarse rock salt for oyster platters is grey-white, irregular, salty crystals that keep a dish cold; these "
         "800 sacks hold round, matt, white 2 mm prills that taste bitter and cooling, turn ice-cold in water and "
         "test at 34 % N, for a Marseille seafood-restaurant supplier that also sells 25 kg sacks to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Tanger "
         "Med; French wording from Morocco (ammonium nitrate repeats in many sets and salt covers in many; an "
         "oyster-platter salt label was found in no earlier row by a keyword search)",
         firm("Rivage Marée Distribution SARL", "FR")),
        ("PRE-06", "import", "NLSEA01", "sea", "ZA", [], "NL", "170199",
         "Skemerkelkie-randsuiker, grof, wit, 1 kg sakkies, 6 000 sakkies", "ZA", 6000, 6000, 4200, "USD",
         "cocktail rimming sugar is coarse, sweet, sparkling sucrose that sticks to a moistened glass rim; these "
         "bags hold flat, colourless crystals with no sweetness that draw damp, crackle and flare yellow on a hot "
         "plate and carry CAS 7775-09-9 on the inner liners, for a Rotterdam bar-supply web shop that sells to the "
         "public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Durban; "
         "Afrikaans wording (sodium chlorate repeats in many sets under sugar labels; a cocktail rimming-sugar "
         "label was found in no earlier row by a keyword search)", firm("Orion Barbenodigdheden BV", "NL")),
        ("PRE-07", "import", "IEROAD01", "road", "GB", [], "IE", "271019",
         "Liquid candle fuel cartridges for restaurant table lamps, refill, 1 litre, 2,400 units", "GB", 2730,
         2400, 3100, "GBP",
         "liquid candle fuel is a purified paraffin of 0.76 kg/l that floats on water and burns without smell; "
         "these cartridges hold a liquid of 1.14 kg/l that sinks, partly mixes with water, smells faintly fruity "
         "and whose outer cartons, re-used from a model-engine fuel filler, read 'nitromethane', for a Dublin "
         "catering-supply web shop that sells to the public: nitromethane (Annex I above 16 %), by road through "
         "Newry; British English wording (nitromethane repeats in many sets and lamp-oil covers in a few, blind112 "
         "among them; a restaurant table-lamp candle-fuel label is the new part as far as a search found)",
         firm("Atlantic Catering Supplies Ltd", "IE")),
        ("PRE-08", "import", "GRSEA01", "sea", "EG", [], "GR", "340290",
         "مسحوق غسيل لغسالات الكؤوس في البارات والفنادق، جرادل 10 كجم، 400 جردل", "EG", 4000, 400, 2800, "USD",
         "glasswasher powder is an alkaline, soapy, blue-speckled detergent that feels slippery and smells of "
         "perfume; these buckets hold shiny, colourless crystals that do not lather, taste cool and bitter and spit "
         "violet sparks on a hot iron, and the sack liners inside read 'KClO3', for a Piraeus HoReCa cash-and-carry "
         "that sells to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, by sea from Alexandria; Egyptian Arabic wording (potassium chlorate repeats in many sets and "
         "detergent covers in several; a glasswasher-detergent label was found in no earlier row by a keyword "
         "search)", firm("Central HoReCa Hellas AE", "GR")),
        ("PRE-09", "import", "LTRAIL01", "rail", "KZ", [], "LT", "190190",
         "Жұмсақ балмұздаққа арналған бейтарап ұнтақ қоспа (soft-serve base), 2 кг қап, 3 000 қап", "KZ", 6000,
         3000, 7500, "USD",
         "a neutral soft-serve powder base is a creamy, sweet, free-flowing powder of sugar, starch and fat that "
         "smells of vanilla and thickens water; these bags hold a white, crystalline, tasteless powder that "
         "dissolves completely, draws damp and burns brightly with sugar, at 1.25 USD/kg for a Vilnius ice-cream "
         "kiosk supplier that sells to the public online: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, by rail from Almaty through Russia and Belarus; Kazakh wording (sodium "
         "perchlorate repeats in many sets; a soft-serve ice-cream base label was found in no earlier row by a "
         "keyword search)", firm("Alpina Ledų Tiekimas UAB", "LT")),
        ("PRE-10", "import", "ITSEA01", "sea", "AL", [], "IT", "220820",
         "Raki rrushi e Skraparit, 40 %, shishe 1 l, për restorante shqiptare, 3 600 shishe", "AL", 4070, 3600,
         9000, "EUR",
         "Skrapar grape raki is a clear spirit of 0.95 kg/l that smells of grapes and alcohol and burns with a blue "
         "flame; these bottles hold a liquid of 1.13 kg/l with vented caps that does not burn, has no smell of "
         "alcohol, foams on a cut and whitens the skin: about 35 % hydrogen peroxide (Annex I above 12 %), for a Bari "
         "supplier of Albanian restaurants that also sells by the bottle to the public, by sea from Durrës; "
         "Albanian wording (hydrogen peroxide repeats in many sets and spirit covers in several, rakia twice, and a "
         "Skrapar raki label once, blind163, as one item of a multi-item row; kept as a repeat, a whole consignment "
         "for an Albanian-restaurant supplier in Bari is the new part)",
         firm("Meridian Sapori Balcanici Srl", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GH", "940350",
         "Gebruikt hotelmeubilair uit renovatie, bedden en nachtkastjes, 220 stuks", "BE", 6600, 220, 4400, "EUR",
         "a Brussels hotel's refurbishment container for a Kumasi 'hotel furnisher': the beds and chairs are what "
         "such sales hold, but the third item's 'minibars' are 600 absorption minibars pulled out of the rooms with "
         "cut cables, dented cooling fins, rust-stained boilers and the yellow crust of leaked ammonia and sodium "
         "chromate solution, never tested: waste electrical equipment with hazardous components (16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, by sea from Antwerp to Tema; Flemish Dutch wording (hotel minibars were found once as an "
         "ozone-depleting import, blind46, and hotel televisions once behind cruise-ship furniture, blind173; "
         "absorption minibars exported as e-waste behind hotel furniture were found in no earlier row by a keyword "
         "search)",
         dict({"importer_country": "GH"},
              _more_items=[item("940161", "Gebruikte hotelstoelen, gestoffeerd, 400 stuks", "BE", 3200, 1600, "EUR", qty=400),
                           item("841829", "Minibars, gebruikt, werkend, 600 stuks", "BE", 10800, 3000, "EUR", qty=600)])),
        ("WST-02", "export", "HRROAD01", "road", "HR", [], "ME", "840310",
         "Rabljeni kotlovi za centralno grijanje iz hotelske kotlovnice, lijevano željezo, za ponovnu upotrebu, 6 kom",
         "HR", 14000, 6, 3000, "EUR",
         "second-hand cast-iron boilers for reuse come cleaned, with their burners and a test report; these six are "
         "cut out of a Dubrovnik hotel's boiler house with their jackets still on, wrapped in crumbling grey-white "
         "lagging and rope seals that show amosite and chrysotile fibres under a lens, with broken sections and no "
         "burners: construction and demolition waste containing asbestos (17 06 01*), hazardous waste whose export "
         "to a non-OECD country is banned, on a lorry at Debeli Brijeg for a Budva 'heating installer'; Croatian "
         "wording (asbestos repeats in many sets; asbestos-lagged hotel boilers for reuse were found in no earlier "
         "row by a keyword search)", {"importer_country": "ME"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "GN", "380894",
         "Pastilles de clor per a piscines d'hotel, tricloro 90 %, bidons de 25 kg, 640 bidons", "ES", 16000, 640,
         4800, "EUR",
         "new pool-chlorine tablets are white, hard, 200 g discs in sealed drums with a batch date; these drums, "
         "from the stores of Mallorca hotels that changed to salt chlorination, hold swollen, yellowed and crumbled "
         "tablets, caked calcium hypochlorite that smells of chlorine gas through the lids, mixed pH-minus and "
         "flocculant, past their dates by years, at 0.30 EUR/kg: discarded chemicals consisting of hazardous "
         "substances (16 05 07*, 16 05 06*), hazardous waste whose export to a non-OECD country is banned, from "
         "Palma through Valencia to Conakry for a 'water-treatment' buyer; Catalan wording (obsolete chemicals "
         "repeat in several sets and pool-chlorine labels in three, two strategic and one waste behind pool pumps, "
         "blind184; kept as a repeat, expired hotel pool stocks from Mallorca to Guinea are the new part)",
         {"importer_country": "GN"}),
        ("WST-04", "export", "GRSEA01", "sea", "GR", [], "EG", "850440",
         "Συστήματα αδιάλειπτης τροφοδοσίας (UPS) ξενοδοχείου, μεταχειρισμένα, λειτουργικά, 40 καμπίνες", "GR",
         18000, 40, 6000, "EUR",
         "second-hand working UPS systems are cabinets with their electronics and a few sealed batteries; these 40 "
         "cabinets from a Rhodes hotel's server and lift rooms hold almost no electronics, just racks of swollen, "
         "cracked lead-acid blocks with sulphated, leaking terminals and no test report: waste lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to Alexandria for "
         "a 'lead smelter'; Greek wording (lead-acid batteries repeat in many sets and UPS covers in several; a "
         "hotel's UPS cabinets from Greece is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "IN", "841430",
         "Kältekompressoren, gebraucht, aus Kühlzellen von Großküchen, überholungsfähig, 900 Stück", "DE", 27000,
         900, 18000, "EUR",
         "rebuildable used refrigeration compressors come drained, capped and sorted by model; these 900 are cut out "
         "of commercial-kitchen cold rooms with their pipe stubs open, still full of mineral compressor oil that "
         "runs out of the container doors, many burnt out and oil-blackened: waste equipment containing oil "
         "(16 02 13*, 13 02 05*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to "
         "Nhava Sheva for a Mumbai 'rewinder'; German wording (used compressors repeat in several sets; cold-room "
         "compressors from commercial kitchens are the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-06", "export", "BGROAD01", "road", "BG", [], "MK", "340290",
         "Професионални почистващи препарати за хотели, с кратък срок, за препродажба, 22 палета", "BG", 18000,
         None, 2600, "EUR",
         "short-dated professional cleaning products are sealed, labelled cans on shrink-wrapped pallets; these 22 "
         "pallets hold a HoReCa cleaning supplier's returns: split and bulging cans of caustic oven cleaner, "
         "chlorinated bleach and acid descaler stacked together, some leaking and crusted, years past their dates, "
         "at 0.14 EUR/kg: discarded chemicals consisting of hazardous substances (16 05 06*, 16 03 03*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry through Gyueshevo to Skopje; "
         "Bulgarian wording (short-dated goods as resale stock repeat in a few sets; a hotel cleaning supplier's "
         "returned chemicals were found in no earlier row by a keyword search)", {"importer_country": "MK"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "852872",
         "Televixins tal-kmamar tal-lukanda, użati, ittestjati, 1 200 biċċa", "MT", 16800, 1200, 6000, "EUR",
         "tested used hotel-room televisions come one to a carton with their remote controls; these 1,200 are "
         "stacked loose and face to face, with cut cords, cracked screens and no test labels, pulled out of St "
         "Julian's hotels in a refit: waste electrical and electronic equipment (16 02 13*), hazardous waste whose "
         "export to a non-OECD country is banned, from Valletta to Misrata; Maltese wording (e-waste as tested "
         "televisions repeats in many sets and hotel televisions once, blind173, in a cruise-ship refit; kept as a "
         "repeat, Maltese hotels to Libya are the new part)", {"importer_country": "LY"}),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "VN", "740400",
         "Kuparipitoinen romu, lajiteltu, paaleina, 20 t", "FI", 20000, None, 30000, "EUR",
         "sorted copper scrap is bright, bare wire and tube; these bales are green circuit boards from hotel "
         "key-card door locks, room controllers and restaurant till terminals, with batteries, solder and "
         "plastic-cased components still on: waste electronic assemblies (A1180, 16 02 15*), hazardous waste whose "
         "export to a non-OECD country is banned, from Kotka to Hai Phong; Finnish wording (circuit-board scrap as "
         "copper scrap repeats in many sets; hotel key-card and till boards were found in no earlier row by a "
         "keyword search)", {"importer_country": "VN"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "392330",
         "Bidões de PEAD recondicionados, 200 l, limpos, 1 800 unidades", "PT", 16200, 1800, 5400, "EUR",
         "reconditioned HDPE drums are washed, tested and recapped; these 1,800 drums from an Algarve hotel-laundry "
         "and kitchen-chemicals supplier still hold a few litres each of caustic detergent, quaternary-ammonium "
         "disinfectant and chlorinated bleach that slop out when tilted, and are stained and unwashed: packaging "
         "containing residues of hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD "
         "country is banned, from Sines to Luanda; Portuguese wording (contaminated drums repeat in a few sets and reconditioned-drum labels in several, "
         "blind55 and blind88 among them; kept as a repeat, a laundry-chemicals supplier's drums to Angola are the "
         "new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-10", "export", "EEROAD01", "road", "EE", ["LV", "LT", "PL"], "UA", "680911",
         "Kipsplaadid ja ehitusmaterjalid hotelli renoveerimisest, korduskasutuseks, 24 t", "EE", 24000, None, 900,
         "EUR",
         "plasterboard for reuse is whole, dry sheets stacked flat; this lorry holds broken, screw-studded "
         "plasterboard mixed with stained carpet, ceiling tiles, mineral wool, bathroom tiles and bagged rubbish "
         "from a Tallinn hotel's gutting: mixed construction and demolition waste (17 09 04) exported for disposal "
         "under the guise of reuse, without the notification such an export needs, by road through Latvia, "
         "Lithuania and Poland to a Lviv 'builder'; Estonian wording (construction waste repeats in several sets; "
         "a hotel-renovation load as reusable plasterboard from Estonia is the new part as far as a search found)",
         {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "TR", [], "IT", "841850",
         "Dondurma teşhir dolabı (gelato vitrini), 12 küvetli, R-290 gazlı, 40 adet", "TR", 9600, 40, 52000,
         "EUR",
         "an R-290 gelato display carries a flame mark, a charge of under 150 g per circuit and a sealed "
         "capillary system; these 40 cabinets have no flame mark, a 1.4 kg charge on a service valve and a "
         "refrigerant leak test that reads chlorodifluoromethane: cabinets pre-charged with HCFC-22, products "
         "containing an ozone-depleting substance whose import into the Union is banned, for a Naples gelateria "
         "fit-out firm, by sea from Izmir; Turkish wording (R-22 display equipment repeats in many sets and gelato "
         "covers in several; kept as a repeat, an R-290 gelato-vitrine label from Izmir is the new part)",
         firm("Horizon Attrezzature Gelaterie Srl", "IT")),
        ("OZN-02", "import", "HUAIR01", "air", "CN", [], "HU", "382499",
         "鸡尾酒杯急冻喷雾 (glass froster), 酒吧用, 400 毫升, 2 400 罐", "CN", 960, 2400, 4800, "USD",
         "bar glass-froster sprays chill a glass with a short puff; these 2,400 cans have no propellant stated and "
         "a gas test of a vented can reads 1,1,1,2-tetrafluoroethane (HFC-134a): HFC in non-refillable aerosol "
         "cans for a decorative bar use, which the F-gas Regulation bans from the market, and no quota "
         "authorisation, flown from Shanghai to Budapest for a cocktail-bar supplier; Chinese wording (HFC-134a "
         "repeats in many sets and aerosol covers in several; a glass-froster label was found in no earlier row by "
         "a keyword search)", firm("Nordhafen Bár Kellék Kft.", "HU")),
        ("OZN-03", "import", "PTSEA01", "sea", "BD", [], "PT", "381400",
         "কিচেন হুড ও ফ্রায়ার ডিগ্রিজার স্প্রে, হোটেল-রেস্তোরাঁর জন্য, ৫০০ মিলি, ১২,০০০ ক্যান", "BD", 7200, 12000,
         9600, "USD",
         "a kitchen-hood degreaser is a caustic, foaming, water-based spray; these 12,000 cans spray a clear, "
         "non-foaming solvent that flashes off at once, smells faintly of ether and reads "
         "1,1-dichloro-1-fluoroethane on a gas test: HCFC-141b in aerosol cans, a product containing an "
         "ozone-depleting substance whose import into the Union is banned, for a Lisbon restaurant-supply "
         "wholesaler, by sea from Chittagong; Bengali wording (HCFC-141b repeats in many sets and degreaser covers "
         "in several; a kitchen-hood degreaser label from Bangladesh is the new part as far as a search found)",
         firm("Atlântico Equipamentos Hotelaria Lda", "PT")),
        ("OZN-04", "import", "GRSEA01", "sea", "TH", [], "GR", "841850",
         "ตู้แช่เครื่องดื่มหน้าบาร์ (back-bar bottle cooler) สารทำความเย็น R-600a, 300 ตู้", "TH", 15000, 300,
         66000, "USD",
         "an R-600a bottle cooler carries a flame mark and a 60-80 g isobutane charge; these 300 coolers carry "
         "no flame mark, hold 450 g each and read R-404A on a leak test, their nameplates overstuck: plug-in "
         "commercial refrigerators with an HFC of GWP above 2,500, which the F-gas Regulation bans from the "
         "market, and no quota authorisation, for a Heraklion hotel-and-bar supplier, by sea from Laem Chabang; "
         "Thai wording (R-404A equipment repeats in several sets and bottle-cooler labels in a few; kept as a "
         "repeat, Thai back-bar coolers for Crete are the new part)", firm("Vega Xenodocheiakos Exoplismos AE", "GR")),
        ("OZN-05", "import", "ROSEA01", "sea", "GE", [], "RO", "842410",
         "Կրակմարիչներ F դասի (խոհանոցային ճարպի համար), թաց քիմիական, 6 լ, 600 հատ", "AM", 7200, 600, 12000,
         "USD",
         "a class F wet-chemical extinguisher holds a potassium-acetate solution that sloshes and is pressurised "
         "with nitrogen; these 600 extinguishers slosh nothing, weigh a quarter more than they should, and a "
         "head-space test reads bromochlorodifluoromethane: halon 1211 from old Soviet-era stocks, an ozone-"
         "depleting substance whose import into the Union is banned outside critical uses, for a Constanța "
         "restaurant-kitchen fire-safety installer, by sea from Poti; Armenian wording (halon 1211 repeats in many "
         "sets and extinguisher covers in several; a class F kitchen-extinguisher label was found in no earlier "
         "row by a keyword search)", firm("Central Protecție Bucătării SRL", "RO")),
        ("OZN-06", "transit", "GRSEA01", "sea", "CN", ["GR"], "LY", "290379",
         "HFO-1233zd(E) refrigerant for low-pressure centrifugal chiller, hotel HVAC, 40 drums x 250 kg", "CN",
         10000, 40, 76000, "USD",
         "HFO-1233zd(E) boils at 18 °C and the drums carry its ASHRAE number R-1233zd(E); these 40 drums boil at "
         "27 °C, are stencilled 'R-123' under the paint and a gas test reads 2,2-dichloro-1,1,1-trifluoroethane: "
         "HCFC-123 for topping up an old hotel chiller in Tripoli, a controlled ozone-depleting substance moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Piraeus in transit from "
         "Tianjin to Tripoli; English wording of a Chinese exporter (HCFC-123 under HFO-1233zd labels repeats in "
         "several sets; kept as a repeat, a hotel-chiller transit through Piraeus for Libya is the new part)",
         {"importer_country": "LY"}),
        ("OZN-07", "import", "ESSEA01", "sea", "CL", [], "ES", "841869",
         "Equipos de climatización para bodegas de vino de restaurante, reacondicionados, 80 unidades", "CL", 4800,
         80, 19000, "USD",
         "reconditioned wine-cellar cooling units are recharged with R-134a or R-290 and carry a new nameplate; "
         "these 80 units, pulled out of Santiago restaurants, carry their original 1990s nameplates reading 'R-12' "
         "and a leak test reads dichlorodifluoromethane: cooling units charged with CFC-12, products containing an "
         "ozone-depleting substance whose import into the Union is banned, for a Madrid sommelier-equipment "
         "reseller, by sea from San Antonio; Chilean Spanish wording (CFC-12 repeats in many sets; wine-cellar "
         "cooling units were found in a few earlier rows, blind60 and blind180 among them; kept as a repeat, from "
         "Chile for restaurants is the new part as far as a search found)", firm("Meridian Bodegas y Frío SL", "ES")),
        ("OZN-08", "import", "DESEA01", "sea", "JP", [], "DE", "841850",
         "中古 寿司ネタケース (冷蔵ショーケース), 業務用, 1800 mm, 60台", "JP", 7200, 60, 21000, "USD",
         "second-hand sushi display cases sold abroad are usually recent models on R-404A or R-290; these 60 "
         "cases from closed Tokyo restaurants are 1990s units whose nameplates read 'R-22' and the leak test "
         "confirms chlorodifluoromethane in every circuit: used cases pre-charged with HCFC-22, products "
         "containing an ozone-depleting substance whose import into the Union is banned, for a Düsseldorf "
         "Japanese-restaurant outfitter, by sea from Yokohama; Japanese wording (R-22 equipment repeats in many "
         "sets, and a sushi-case label once, blind153, on new R-290 cases in a multi-item row; second-hand R-22 "
         "sushi cases from Japan are the new part as far as a search found)", firm("Orion Gastro-Ausstattung GmbH", "DE")),
        ("OZN-09", "import", "PLRAIL01", "rail", "UA", [], "PL", "860799",
         "Холодильні модулі для вагонів-ресторанів, відновлені, 24 комплекти", "UA", 9600, 24, 36000, "EUR",
         "refurbished refrigeration modules for rail dining cars come recharged and sealed with a refrigerant "
         "label; these 24 sets from scrapped Soviet-built dining cars carry 'Хладон-12' plates, their receivers are "
         "full and the leak test reads dichlorodifluoromethane: modules charged with CFC-12, products containing "
         "an ozone-depleting substance whose import into the Union is banned, for a Wrocław rail-catering "
         "contractor refitting dining cars, by rail at Medyka; Ukrainian wording (CFC-12 repeats in many sets; rail "
         "dining-car refrigeration modules were found in no earlier row by a keyword search)",
         firm("Delta Catering Kolejowy Sp. z o.o.", "PL")),
        ("OZN-10", "import", "HRROAD01", "road", "RS", [], "HR", "841869",
         "Podpultni hladnjaci za točeno pivo (python), R-290, 200 kom", "RS", 8000, 200, 24000, "EUR",
         "an R-290 under-counter draught-beer cooler carries a flame mark and a charge of under 150 g; these 200 "
         "coolers, for Dalmatian hotel bars, carry no flame mark, hold 600 g each and a leak test reads "
         "chlorodifluoromethane: coolers pre-charged with HCFC-22, products containing an ozone-depleting "
         "substance whose import into the Union is banned, on a lorry at Bajakovo; Serbian wording (R-22 equipment "
         "repeats in many sets and draught-beer covers in a few; kept as a repeat, Serbian python coolers for hotel "
         "bars are the new part as far as a search found)", firm("Alpina Ugostiteljska Oprema d.o.o.", "HR")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "TN", [], "IT", "680299",
         "Meules décoratives en pierre pour jardin d'agritourisme, sculptées, neuves, 6 pièces", "TN", 5400, 6,
         1800, "EUR",
         "new decorative millstones are evenly dressed, machine-cut and clean; these six are weathered limestone "
         "press bases, counterweights and a crushing basin (mola olearia) with soil in the pores, lime crust and "
         "Roman tool marks, dug from an olive-oil farm site in the Tunisian Sahel: Roman olive-press elements, "
         "archaeological objects taken out of Tunisia, which forbids their export, brought in without the import "
         "licence Regulation 2019/880 requires, for a Sicilian agriturismo restaurant's garden, by sea from Sfax "
         "to Palermo; Tunisian French wording (Roman objects repeat in many sets, stone from Sfax once as planters, "
         "blind181, and an antique millstone label once, blind117, from Thailand; kept as a repeat, olive-press "
         "stones as millstones for a restaurant garden are the new part as far as a search found)",
         firm("Rivage Agriturismo Srl", "IT")),
        ("CUL-02", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680221",
         "Hamam kurnası, mermer, el oyması, yeni, otel spası için, 4 adet", "TR", 1600, 4, 2400, "EUR",
         "new marble hammam basins are bright white with crisp machine-carved scallops; these four are "
         "yellowed, worn into a dip where water ran for centuries, with calcite crust, old lead-plugged fixing "
         "holes and Ottoman inscriptions, cut from an Aleppo hammam: Ottoman-period architectural elements "
         "removed from Syria, whose cultural property the Union's Syria regulation forbids to import, brought in "
         "without an import licence, for a Munich hotel spa, by road from Istanbul; Turkish wording (Syrian "
         "antiquities repeat in many sets and a hammam once; marble hammam basins for a hotel spa were found in no "
         "earlier row by a keyword search)", firm("Vega Hotel-Ausstattung GmbH", "DE")),
        ("CUL-03", "import", "FRSEA01", "sea", "KR", [], "FR", "680293",
         "한식당 정원용 화강암 석상 (문인석), 신제품, 2점", "KR", 1800, 2, 3000, "USD",
         "new granite garden figures are evenly grey, sharply carved and machine-polished; this pair are lichen-"
         "stained, pitted, sunken-eyed standing civil officials with a root-worn base and old cement on the "
         "tenons, pulled from a Joseon-dynasty tomb: munindo tomb guardians, whose export Korea's cultural heritage "
         "law forbids, brought in without the import licence Regulation 2019/880 requires, for a Korean "
         "restaurant's garden in Paris, by sea from Busan to Le Havre; Korean wording (tomb guardians were found in "
         "two earlier rows; kept as a repeat, for a Korean restaurant's garden is the new part)",
         firm("Central Jardins Coréens SARL", "FR")),
        ("CUL-04", "import", "FRSEA01", "sea", "ID", [], "FR", "940360",
         "Meja makan kayu jati untuk restoran, 60 unit", "ID", 4200, 60, 12000, "USD",
         "a restaurant fit-out container from Surabaya for a Nice hotel: teak tables and rattan chairs are what "
         "such orders hold, but the third item's 'old-style decorative plates' are 300 blue-and-white porcelain "
         "dishes with sea-worn glaze, coral and barnacle scars and a cargo-stacking pattern, raised from a "
         "17th-century wreck off Riau: underwater cultural heritage taken out of Indonesia, which forbids its "
         "export, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration; Indonesian wording (shipwreck porcelain repeats in several sets; kept as a "
         "repeat, behind a hotel restaurant's furniture is the new part)",
         dict(firm("Horizon Hôtellerie Méditerranée SARL", "FR"),
              _more_items=[item("940153", "Kursi rotan untuk restoran, 240 unit", "ID", 1900, 6200, "USD", qty=240),
                           item("691110", "Piring hias bergaya kuno, porselen, 300 buah", "ID", 240, 900, "USD", qty=300)])),
        ("CUL-05", "import", "DEAIR01", "air", "ET", [], "DE", "830629",
         "የምግብ ቤት ማስጌጫ፣ የነሐስ መስቀሎች እና የቆዳ መጽሐፍ ቅጂ፣ 14 ቁራጭ", "ET", 22, 14, 400, "USD",
         "restaurant-decor brass crosses are new, bright castings; these 14 are dark, hand-cast processional "
         "crosses worn smooth by hands and with old ink inventory marks, with a hand-written Ge'ez psalter on "
         "parchment in wooden boards, taken from Tigray churches: Ethiopian church property, whose export Ethiopia "
         "forbids, brought in without the import licence Regulation 2019/880 requires, flown from Addis Ababa to "
         "Frankfurt for an Ethiopian restaurant's dining room; Amharic wording (Ethiopian processional crosses "
         "repeat in many sets; kept as a repeat, as restaurant decor is the new part)",
         firm("Alpina Gastronomie GmbH", "DE")),
        ("CUL-06", "export", "ITSEA01", "sea", "IT", [], "HK", "441899",
         "Pannelli di legno di recupero per bancone bar, noce, 24 pezzi", "IT", 3800, 24, 6000, "EUR",
         "reclaimed wood for a bar counter is old barn boards or beams; these 24 panels are carved walnut choir-"
         "stall backs with intarsia saints, cherub heads and a 1620s inscription, taken out of an Umbrian church: "
         "a cultural object over the value and age thresholds, exported without the export licence Regulation "
         "116/2009 requires, for a Hong Kong private members' club bar, by sea from La Spezia; Italian wording "
         "(choir stalls repeat in a few sets; as reclaimed bar-counter panels for a club is the new part as far as "
         "a search found)", {"importer_country": "HK"}),
        ("CUL-07", "export", "CZAIR01", "air", "CZ", [], "AE", "940519",
         "Lustr křišťálový, použitý, z hotelové rekonstrukce, 1 ks", "CZ", 320, 1, 2500, "EUR",
         "a used hotel chandelier from a refit is electric, brass-framed and of recent Bohemian glass; this one is "
         "an 18th-century candle chandelier of hand-cut lead crystal on a gilt-wood and iron frame, later "
         "electrified, with an inventory plate of a listed chateau in South Bohemia: a cultural object exported "
         "without the export licence Regulation 116/2009 requires, flown from Prague for a Dubai hotel; Czech "
         "wording (chandeliers repeat in a few sets; an 18th-century chandelier as a used hotel-refit chandelier "
         "by air to Dubai is the new part as far as a search found)", {"importer_country": "AE"}),
        ("CUL-08", "import", "ESSEA01", "sea", "MX", [], "ES", "680299",
         "Molcajetes de piedra volcánica, nuevos, para restaurantes, 120 piezas", "MX", 2400, 120, 1800, "USD",
         "new basalt molcajetes are three-legged, rough, freshly chiselled mortars with a pig-head handle; among "
         "them are 14 legless, boat-shaped grinding stones worn into a deep trough with their hand stones, polished "
         "by centuries of use and with soil in the pores: pre-Hispanic metates, archaeological objects taken out of "
         "Mexico, which forbids their export, brought in without the import licence Regulation 2019/880 requires, "
         "for a Madrid Mexican-restaurant chain, by sea from Veracruz; Mexican Spanish wording (metates repeat in "
         "several sets and a molcajete label once; kept as a repeat, for a restaurant chain is the new part)",
         firm("Delta Cocina Mexicana SL", "ES")),
        ("CUL-09", "import", "SESEA01", "sea", "AE", [], "SE", "690740",
         "کاشی های تزئینی دست ساز، جدید، برای رستوران ایرانی، 80 عدد", "IR", 240, 80, 900, "USD",
         "new hand-painted tiles are bright, sharply glazed and flat-backed; these 80 have pink, yellow and blue "
         "figural scenes in moulded relief, crackled glaze, old mortar on their backs and fixing holes, chiselled "
         "off a Qajar-period house in Shiraz: Iranian cultural property taken out of Iran, which forbids its export, "
         "brought in without the import licence Regulation 2019/880 requires, shipped through Jebel Ali to "
         "Gothenburg for a Persian restaurant in Stockholm; Persian wording (Qajar tiles repeat in a few sets; kept "
         "as a repeat, for a Persian restaurant through Dubai is the new part)",
         firm("Orion Persisk Restaurang AB", "SE")),
        ("CUL-10", "import", "ESSEA01", "sea", "EG", [], "ES", "442199",
         "مشربيات خشبية منحوتة جديدة لمطعم فندق، 12 لوح", "EG", 1100, 12, 2400, "USD",
         "new mashrabiya screens are pale, evenly turned, machine-drilled beech; these 12 are dark, dry, "
         "insect-bored turned-wood lattices with mortise pegs, paint traces and pigeon dirt, taken out of a "
         "listed Mamluk-era house in Old Cairo: Egyptian antiquities whose export Egypt forbids, brought in without "
         "the import licence Regulation 2019/880 requires, for a Granada hotel's 'Moorish' restaurant, by sea from "
         "Alexandria to Algeciras; Egyptian Arabic wording (mashrabiya panels were found in two earlier rows; kept "
         "as a repeat, for a hotel restaurant in Spain is the new part)",
         firm("Rivage Hoteles Andaluces SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "841939",
         "Gefriertrocknungsanlage für Restaurantküchen und Sterneküche, 1 Stück", "DE", 2800, 1, 48000, "EUR",
         "a restaurant freeze-dryer is a cabinet of a few hundred kilograms with open trays; this one weighs 2.8 t, "
         "has a steam-sterilisable stainless chamber, a clean-in-place circuit, hydraulically stoppered shelves and "
         "a condenser at -85 °C, and the Dubai consignee's forwarder books it on to Bandar Abbas: a pharmaceutical "
         "freeze-dryer (2B352) exported without the licence Regulation 2021/821 requires and against the Iran "
         "measures, by sea from Hamburg to Jebel Ali; German wording (freeze-dryers repeat in several sets; a "
         "fine-dining restaurant freeze-dryer label is the new part as far as a search found)",
         {"importer_name": "Golden Horizon Kitchen Equipment LLC", "importer_country": "AE"}),
        ("STR-02", "export", "BESEA01", "sea", "BE", [], "LB", "340590",
         "Bain de trempage pour argenterie d'hôtel, produit de nettoyage, fûts de 50 kg, 40 fûts", "BE", 2000, 40,
         7600, "EUR",
         "a silverware dip is a thin, acid, thiourea solution that smells of rotten eggs; these 40 drums hold white "
         "briquettes that smell of bitter almonds when damp, carry UN1689 under an overstuck label and read 98 % "
         "NaCN on the makers' sheet, for a Beirut 'hotel supplies' firm whose forwarder sends them on to Homs: "
         "sodium cyanide (Australia Group, 1C350) exported without the licence Regulation 2021/821 requires and "
         "against the Syria measures, by sea from Antwerp; Belgian French wording (sodium cyanide repeats in many "
         "sets and silver-dip labels once, on a precursor; a hotel-silverware dip label is the new part as far as "
         "a search found)", {"importer_country": "LB"}),
        ("STR-03", "export", "PLROAD01", "road", "PL", ["LT", "LV", "RU", "KZ"], "KG", "851690",
         "Płytki elektroniczne do płyt indukcyjnych gastronomicznych, części zamienne, 6 000 szt.", "PL", 600, 6000,
         96000, "EUR",
         "spare boards for commercial induction hobs are whole, populated control boards in anti-static bags; "
         "these 6,000 pieces are loose IGBT power modules of a European maker, 1,200 V, in their original trays, "
         "with no board at all, at 16 EUR apiece for a Bishkek 'restaurant equipment' buyer: common high-priority "
         "items whose export for use in Russia is banned, re-exported through Kyrgyzstan under Regulation "
         "833/2014, by road from Poland; Polish wording (IGBTs repeat in a few sets and induction-hob items in two "
         "multi-item rows, blind131 and blind154; kept as a repeat, loose IGBTs as restaurant induction-hob boards "
         "are the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-04", "export", "HUAIR01", "air", "HU", [], "AM", "761699",
         "Fedélzeti catering kocsik, alumínium, légitársasági konyhák részére, 80 db", "HU", 1600, 80, 24000,
         "EUR",
         "an airline-catering air shipment from Budapest for a Yerevan 'flight kitchen': galley trolleys and "
         "convection ovens are what such firms buy, but the third item's 'ceramic baking plates for galley ovens' "
         "are 24 black, heavy, ring-shaped carbon-carbon discs with drive slots and part numbers of an A320 wheel "
         "brake heat-sink, for a Moscow airline's fleet: aircraft parts whose sale for use in Russia Regulation "
         "833/2014 bans, hidden as the last item of a three-item declaration; Hungarian wording (aircraft parts for "
         "Russia repeat in many sets and galley labels in a few; brake discs as galley-oven baking plates were "
         "found in no earlier row by a keyword search)",
         dict({"importer_country": "AM"},
              _more_items=[item("851660", "Konvekciós fedélzeti sütők, 40 db", "HU", 600, 36000, "EUR", qty=40),
                           item("691490", "Kerámia sütőlapok fedélzeti sütőkhöz, 24 db", "HU", 420, 1200, "EUR", qty=24)])),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "AE", "843810",
         "Amasadoras planetarias para panadería industrial, 300 l, 2 unidades", "ES", 9000, 2, 140000, "EUR",
         "a 300 l planetary bakery mixer has an open bowl and a hook, whisk and paddle; these two have sealed, "
         "jacketed bowls with vacuum ports rated to 0.1 kPa, temperature control and twin change-can blades and are "
         "marked for a Rawalpindi end user: batch mixers for solid propellants (MTCR, 1B117) exported without the "
         "licence Regulation 2021/821 requires, by sea from Valencia to Jebel Ali for re-export to Pakistan; "
         "Spanish wording (propellant mixers repeat in a few sets; a bakery planetary-mixer label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-06", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU"], "KZ", "842219",
         "Profesionální myčky nádobí pro hotely, průchozí, 60 ks", "CZ", 9000, 60, 150000, "EUR",
         "sixty hood-type dishwashers for hotels in Almaty would be a normal order; but the rail consignment note "
         "names a Moscow hotel group as notify party, the Kazakh buyer was founded months ago and its address is "
         "a flat: dishwashing machines listed in Annex XXIII of Regulation 833/2014, whose export for use in Russia "
         "is banned, re-exported through Kazakhstan, by rail from Ostrava; Czech wording (dishwashers were found in "
         "a few earlier rows, and Russian circumvention through Kazakhstan in many; hotel dishwashers for Russia "
         "are the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-07", "export", "NLSEA01", "sea", "NL", [], "TR", "701990",
         "Herbruikbare bakmatten, PTFE-gecoat glasweefsel, voor bakkerijen, 400 rollen", "NL", 6000, 400, 34000,
         "EUR",
         "PTFE-coated glass baking fabric is white or beige, slick and translucent; these 400 rolls are black, "
         "uncoated, woven high-modulus carbon-fibre fabric that leaves black dust on the fingers, for a Mersin "
         "'bakery supplier' whose freight is booked on to Tabriz: carbon-fibre fabric (1C210) exported without the "
         "licence Regulation 2021/821 requires and against the Iran measures, by sea from Rotterdam; Dutch wording "
         "(carbon fibre repeats in many sets; a baking-mat label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-08", "export", "SEAIR01", "air", "SE", [], "AE", "853650",
         "Tryckvakter för glassmaskiner och kylaggregat, 120 st.", "SE", 60, 120, 96000, "SEK",
         "ice-cream machine pressure switches are cheap brass switches with a screw adjustment; these 120 are "
         "Inconel-diaphragm capacitance manometers with heated sensors and 0.01 % accuracy, at a declared 800 SEK "
         "for instruments worth thousands of euros each, for a Dubai 'refrigeration' buyer with an Iranian "
         "shareholder: pressure transducers resistant to UF6 (2B230) exported without the licence Regulation "
         "2021/821 requires, flown from Stockholm; Swedish wording (capacitance manometers repeat in many sets; an "
         "ice-cream machine pressure-switch label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "TR", "340290",
         "Βάση υγρού απορρυπαντικού για ξενοδοχειακά πλυντήρια, IBC 1000 l, 20 IBC", "GR", 22400, 20, 38000, "EUR",
         "a liquid laundry-detergent base is a coloured, perfumed mixture of surfactants that foams when shaken; "
         "these IBCs hold a clear, viscous, odourless single substance that does not foam and reads 99 % "
         "triethanolamine on the sheet, for a Mersin 'hotel laundry' firm whose trucks run to Aleppo: a Schedule 3 "
         "chemical (1C350) exported without the licence Regulation 2021/821 requires and against the Syria "
         "measures, by sea from Piraeus; Greek wording (triethanolamine repeats in many sets and detergent covers in "
         "a few; a hotel-laundry detergent base label is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-10", "transit", "NLSEA01", "sea", "TW", ["NL"], "IR", "841410",
         "舒肥真空包裝機用真空泵, 餐廳用, 40 台", "TW", 3200, 40, 12000, "USD",
         "a sous-vide packer's pump is a small oil-sealed rotary vane pump; these 40 are magnetically levitated "
         "turbomolecular pumps with corrosion-resistant rotors and their controllers, landed at Rotterdam in "
         "transit from Kaohsiung to Bandar Abbas: vacuum pumps for uranium enrichment (2B231) in transit through "
         "the Union, which Regulation 2021/821 lets the authorities stop and the Iran measures forbid; Chinese "
         "wording from Taiwan (vacuum pumps repeat in many sets and meat-packing pump labels once, blind107; kept as "
         "a repeat, a sous-vide label in transit is the new part)", {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "HUROAD01", "road", "RS", [], "HU", "160432",
         "Kavijar od pastrmke, za hotelske restorane, limenke 250 g, 40 limenki", "RS", 10, 40, 1600, "EUR",
         "trout roe is orange-pink, 3-4 mm, glossy eggs at tens of euros a kilo; these tins hold grey to dark-grey, "
         "large, soft eggs with a wild, nutty taste, unlabelled inner tins and no aquaculture code, at a declared "
         "160 EUR/kg, for a Budapest hotel restaurant: wild Danube sturgeon caviar (Acipenseriformes, CITES App. "
         "II) without CITES documents or the universal caviar label, by road at Röszke; Serbian wording (caviar "
         "repeats in many sets and roe labels in several; kept as a repeat, a trout-roe label for a hotel "
         "restaurant from Serbia is the new part)", firm("Central Szálloda Ellátó Kft.", "HU")),
        ("WLF-02", "import", "FRAIR01", "air", "HT", [], "FR", "071239",
         "Djon djon sèch (chanpiyon nwa), pou restoran ayisyen, 40 kg", "HT", 40, None, 1400, "USD",
         "a Haitian-restaurant air shipment for Paris: djon djon mushrooms and black beans are what such shops "
         "order, but the third item's 'frozen periwinkles' are 180 kg of large, pinkish-white, trimmed muscle with "
         "a hard orange claw-like operculum: queen conch meat (Aliger gigas, CITES App. II) without CITES documents, "
         "from a country whose conch exports are under a CITES trade suspension, hidden as the last item of a "
         "three-item declaration, flown from Port-au-Prince; Haitian Creole wording (queen conch repeats in many "
         "sets; a periwinkle label behind Haitian mushrooms is the new part as far as a search found)",
         dict(firm("Horizon Épicerie Caraïbe SARL", "FR"),
              _more_items=[item("071333", "Pwa nwa sèch, 200 kg", "HT", 200, 500, "USD"),
                           item("030792", "Bigòno konjele, 180 kg", "HT", 180, 900, "USD")])),
        ("WLF-03", "import", "PTSEA01", "sea", "MZ", [], "PT", "821000",
         "Moinhos de pimenta em madeira de faia, para restaurantes, 3 000 unidades", "MZ", 1500, 3000, 9000, "USD",
         "beech pepper mills are pale, light (about 700 kg/m3) and blotchy-grained; these 3,000 are near-black, "
         "oily, heavy (about 1,200 kg/m3) wood that sinks in water and takes a glassy polish: African blackwood "
         "(Dalbergia melanoxylon, CITES App. II) in a commercial shipment above the annotation's 10 kg exemption, "
         "without a CITES export permit, by sea from Pemba to Lisbon for a restaurant-supply wholesaler; "
         "Mozambican Portuguese wording (African blackwood repeats in several sets; pepper mills were found in no "
         "earlier row by a keyword search)", firm("Atlântico Utensílios de Cozinha Lda", "PT")),
        ("WLF-04", "import", "ITAIR01", "air", "LK", [], "IT", "210690",
         "නිර්මාංශ ව්‍යාජ මෝර වරල් (imitation shark fin), චීන ආපනශාලා සඳහා, 60 kg", "LK", 60, None, 900, "USD",
         "imitation shark fin is a moulded gelatine or starch vermicelli that softens into uniform strands; these "
         "60 kg are dried, triangular, grey-skinned fins with cartilage rays and cut bases, sorted in dorsal and "
         "pectoral sets: fins of oceanic whitetip and silky sharks (CITES App. II) without CITES documents, flown "
         "from Colombo to Milan for a Chinese-restaurant supplier; Sinhala wording (shark fins repeat in many "
         "sets; an imitation-shark-fin label was found in no earlier row by a keyword search)",
         firm("Vega Forniture Ristoranti Asiatici Srl", "IT")),
        ("WLF-05", "import", "FRSEA01", "sea", "SN", [], "FR", "441990",
         "Billots de boucher en bois debout d'acacia, pour cuisines professionnelles, 400 pièces", "ML", 12000,
         400, 14000, "EUR",
         "end-grain acacia butcher blocks are light brown, coarse-grained and mid-weight; these 400 are deep "
         "red-purple, heavy, interlocked-grain blocks that bleed red when wetted: kosso (Pterocarpus erinaceus, "
         "CITES App. II, under a CITES trade suspension for Mali and Senegal) without CITES documents, by sea from "
         "Dakar to Le Havre for a professional-kitchen supplier; Senegalese French wording (kosso repeats in many "
         "sets; end-grain butcher blocks were found in no earlier row by a keyword search)",
         firm("Meridian Équipement Cuisine Pro SARL", "FR")),
        ("WLF-06", "import", "DESEA01", "sea", "VN", [], "DE", "940360",
         "Bàn ăn nhà hàng bằng gỗ keo, mặt nguyên tấm, 40 chiếc", "VN", 4000, 40, 18000, "USD",
         "acacia restaurant tables are pale to mid-brown, light and coarse; these 40 slab tops are dense, dark "
         "red-brown with black streaks, smell of roses when planed and sink in water: Siamese rosewood (Dalbergia "
         "cochinchinensis, CITES App. II) without CITES documents, by sea from Hai Phong to Hamburg for a Berlin "
         "Asian-restaurant chain; Vietnamese wording (Siamese rosewood repeats in many sets; kept as a repeat, "
         "restaurant slab tables are the new part as far as a search found)", firm("Orion Gastronomie GmbH", "DE")),
        ("WLF-07", "import", "PTSEA01", "sea", "GW", [], "PT", "030554",
         "Biqueirão seco salgado (anchova), para restaurantes, caixas de 10 kg, 30 caixas", "GW", 300, 30, 1500,
         "EUR",
         "dried anchovies are silver, straight, 5-10 cm fish; among these cartons are 80 kg of dried, curled, "
         "armoured fish with horse-like heads and prehensile tails: seahorses (Hippocampus spp., CITES App. II) "
         "without CITES documents, by sea from Bissau to Lisbon for a Chinese-restaurant and herbal-soup supplier; "
         "Guinea-Bissau Portuguese wording (seahorses repeat in many sets and dried-fish labels in several; kept "
         "as a repeat, from Guinea-Bissau under an anchovy label is the new part)",
         firm("Delta Alimentar Oriental Lda", "PT")),
        ("WLF-08", "import", "ESAIR01", "express", "CU", [], "ES", "960190",
         "Cucharillas de caviar de asta, artesanales, 24 unidades", "CU", 1.2, 24, 180, "EUR",
         "horn caviar spoons are dark, fibrous and smell of burnt hair when scorched; these 24 are translucent "
         "amber-and-brown mottled, warm to the touch, layered and smell of burnt hair only faintly, cut from "
         "carapace plates: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) without CITES documents, "
         "sent by express from Havana to a Madrid hotel's caviar-service sommelier; Cuban Spanish wording "
         "(tortoiseshell repeats in many sets; caviar spoons were found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("WLF-09", "import", "NLAIR01", "air", "MY", [], "NL", "030199",
         "Live coral grouper (Plectropomus), for restaurant display tanks, 12 boxes", "MY", 150, 48, 7200, "USD",
         "live coral groupers are red with blue spots and a rounded tail; these 48 fish are green-blue, thick-"
         "lipped, with a hump on the forehead and wavy lines behind the eyes: humphead wrasse (Cheilinus "
         "undulatus, CITES App. II, with Malaysian exports restricted) without CITES documents, flown from Kota "
         "Kinabalu to Amsterdam for a Chinese seafood restaurant's display tanks; Malaysian English wording "
         "(humphead wrasse repeats in several sets, frozen or as fillets; live for a restaurant tank is the new "
         "part as far as a search found)", firm("Rivage Live Seafood BV", "NL")),
        ("WLF-10", "import", "ITAIR01", "air", "AE", [], "IT", "330749",
         "زيت معطر لأجهزة تعطير الفنادق، مركز، 20 لتر", "KH", 20, None, 2000, "USD",
         "concentrated hotel-scenting oils are cheap, thin, synthetic blends at a few hundred dollars a litre "
         "less; this 20 litres is a dark, viscous, smoky, animalic pure distillate that a perfumer prices at "
         "thousands a litre: agarwood (oud) oil from wild Aquilaria in Cambodia (CITES App. II, extracts covered) "
         "without CITES documents, flown from Dubai to Milan for a hotel-scenting company; Gulf Arabic wording "
         "(agarwood repeats in many sets and oud oil in two; a hotel-scenting oil label is the new part as far as "
         "a search found)", firm("Alpina Profumazione Ambienti Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ROROAD01", "road", "MD", "RO", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home brewery sanitation)", "MD", 4.5, 4, 40,
     "EUR", [("PRECURSOR_LICENCE", "RO-IGPR-61-0233")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEPOST01", "post", "AU", "IE", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (silver assaying)", "AU", 1.4, 1, 30, "AUD",
     [("PRECURSOR_LICENCE", "IE-DoJ-61-0041")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "841829",
     "Waste absorption minibars from a hotel refit (16 02 13*), for treatment at a licensed WEEE plant, 600 units",
     "CH", 10800, 600, 0, "EUR", [("BASEL_CONSENT", "DE-BW-61-0318")], "notified waste minibars to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "382590",
     "Expired swimming-pool chemicals, calcium hypochlorite and TCCA (16 05 07*), for incineration at a licensed plant, 12 t",
     "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DK-MST-61-0092")], "notified obsolete pool chemicals to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, for aircraft cabin hand extinguishers (critical use), 400 kg", "US", 400,
     20, 14000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-61-011")], "reclaimed halon 1211 for a critical use under licence"),
    ("PRM-06", "ozone", "export", "ITSEA01", "sea", "IT", "US", "290379",
     "HCFC-123 recovered from a hotel centrifugal chiller, for destruction, 8 drums", "IT", 1600, 8, 0, "EUR",
     [("ODS_LICENCE", "IT-MASE-ODS-61-004")], "recovered HCFC-123 exported for destruction under licence"),
    ("PRM-07", "cultural", "export", "CZAIR01", "air", "CZ", "AE", "940519",
     "Crystal chandelier, Bohemia, c. 1760, from a private collection, sold at auction with the export licence", "CZ",
     300, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-61-0147")], "chandelier exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "US", "441899",
     "Carved walnut choir-stall panels, Umbria, c. 1620, documented private collection since 1958, 6 pieces", "IT",
     900, 6, 95000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-61-0388")],
     "choir-stall panels exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "841939",
     "Pharmaceutical freeze-dryer, steam-sterilisable, 20 m2 shelf area, for an Indian vaccine maker", "DE", 9000, 1,
     1400000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-61-2207"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-61-0419")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "GH", "283711",
     "Sodium cyanide 98 %, briquettes, 20 t, for a Ghanaian gold mine (cyanide code certified)", "BE", 20000, None,
     56000, "EUR", [("EXPORT_LICENCE", "BE-FOD-61-0931"), ("END_USER_CERTIFICATE", "GH-MLNR-EUC-61-0077")],
     "sodium cyanide under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "MZ", "PT", "440399",
     "African blackwood billets (Dalbergia melanoxylon), legally harvested, 2 t, for instrument makers", "MZ", 2000,
     None, 36000, "USD", [("CITES_PERMIT", "MZ-ANAC-61-0214")], "App. II African blackwood with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "JM", "FR", "030792",
     "Queen conch meat, frozen, cleaned, 500 kg, within Jamaica's export quota", "JM", 500, None, 9000, "USD",
     [("CITES_PERMIT", "JM-NEPA-61-0066")], "App. II queen conch with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Persoană fizică", "PRM-02": "Mr S. Byrne", "PRM-03": "Central Recycling Süd GmbH",
    "PRM-05": "Atlantic Aero Maintenance SARL", "PRM-11": "Alpina Madeiras Nobres Lda",
    "PRM-12": "Horizon Épicerie Caraïbe SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most of them
    # hotel, catering and restaurant supplies
    ("285390", "Demineralised water for combi-steamer ovens, 10 l canisters", "import", ["road"], ["MD", "UA"], (0.2, 0.4), (4000, 9000), ["EUR"], 0.1, S),
    ("382499", "Enzymatic grease-trap treatment, 20 l jerrycans", "import", ["road"], ["TR", "RS"], (0.8, 1.5), (3000, 9000), ["EUR"], 0.05, S),
    ("340250", "Espresso machine milk-system cleaner, 1 l", "import", ["post"], ["GB", "AU"], (10, 18), (1, 4), ["GBP", "AUD"], 1, S),
    ("291811", "Calcium lactate for spherification, 500 g tubs", "import", ["post"], ["US", "AR"], (15, 30), (1, 3), ["USD"], 2, S),
    ("250100", "Coarse rock salt for oyster platters, 25 kg sacks", "import", ["sea"], ["MA", "TN"], (0.1, 0.2), (15000, 24000), ["EUR"], 0.04, S),
    ("170199", "Coarse white sugar for cocktail rims, 1 kg bags", "import", ["sea"], ["ZA", "MU"], (0.6, 1.0), (4000, 10000), ["USD"], 1, S),
    ("340600", "Liquid paraffin candle cartridges for restaurant tables", "import", ["road"], ["GB"], (1.5, 3), (2000, 6000), ["GBP"], 1, S),
    ("340290", "Glasswasher detergent powder, 10 kg buckets", "import", ["sea"], ["EG", "TR"], (0.8, 1.4), (3000, 8000), ["USD", "EUR"], 0.1, S),
    ("190190", "Vegan soft-serve powder base, oat-based, 2 kg bags", "import", ["rail"], ["CN", "KZ"], (2, 3.5), (4000, 9000), ["USD"], 0.5, S),
    ("220820", "Grape raki, 40 %, 1 l bottles", "import", ["sea"], ["AL", "MK"], (2.5, 4), (4000, 9000), ["EUR"], 1, S),
    ("940350", "Used hotel furniture from a refurbishment, beds and bedside tables", "export", ["sea"], ["GH", "SN"], (0.4, 0.9), (5000, 12000), ["EUR"], 0.03, S),
    ("840310", "Gas condensing boilers for hotels, new", "export", ["road"], ["ME", "RS"], (8, 14), (2000, 6000), ["EUR"], 0.005, S),
    ("380894", "Pool chlorine tablets, TCCA 90 %, new, dated", "export", ["sea"], ["GN", "SN"], (1.5, 2.5), (8000, 16000), ["EUR"], 0.04, S),
    ("850440", "UPS systems, new, with sealed batteries", "export", ["sea"], ["EG", "MA"], (8, 14), (3000, 9000), ["EUR"], 0.01, S),
    ("841430", "Hermetic refrigeration compressors, new, uncharged", "export", ["sea"], ["IN", "EG"], (6, 10), (5000, 12000), ["EUR"], 0.05, S),
    ("340290", "Professional kitchen cleaning chemicals, in date, boxed", "export", ["road"], ["MK", "RS"], (1.2, 2.2), (8000, 18000), ["EUR"], None, S),
    ("852872", "Hotel televisions, new, 43 inch, boxed", "export", ["sea"], ["LY", "TN"], (10, 16), (4000, 10000), ["EUR"], 0.09, S),
    ("740400", "Copper scrap, bare bright wire (ISRI 'Barley'), sorted", "export", ["sea"], ["VN", "IN"], (7, 8.5), (18000, 22000), ["USD"], None, S),
    ("392330", "HDPE drums, 200 l, new, tight-head", "export", ["sea"], ["AO", "MZ"], (2, 3), (4000, 10000), ["EUR"], 0.11, S),
    ("680911", "Gypsum plasterboard, new, 12.5 mm", "export", ["road"], ["UA", "MD"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("841850", "Gelato display cabinets, new, R-290 (propane) charge", "import", ["sea"], ["TR", "CN"], (4, 7), (3000, 9000), ["EUR", "USD"], 0.004, S),
    ("340290", "Kitchen-hood degreaser, alkaline, water-based, 5 l", "import", ["sea"], ["IN", "TR"], (0.7, 1.2), (5000, 12000), ["USD"], 0.2, S),
    ("841850", "Back-bar bottle coolers, new, R-600a (isobutane) charge", "import", ["sea"], ["TH", "CN"], (3.5, 6), (4000, 12000), ["USD"], 0.02, S),
    ("842410", "Class F wet-chemical kitchen fire extinguishers, 6 l, new", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD"], 0.08, S),
    ("841869", "Wine-cellar cooling units, new, R-290 charge", "import", ["sea"], ["CN", "KR"], (8, 14), (2000, 6000), ["USD"], 0.02, S),
    ("860799", "Railway dining-car galley modules, unrefrigerated, new", "import", ["rail"], ["CN", "TR"], (6, 10), (3000, 9000), ["USD", "EUR"], None, S),
    ("680299", "Decorative stone millstones, newly carved, for gardens", "import", ["sea"], ["TN", "EG"], (0.3, 0.6), (4000, 12000), ["EUR"], 0.002, S),
    ("680221", "Marble hammam basins, newly carved", "import", ["road"], ["TR"], (1.5, 3), (2000, 6000), ["EUR"], 0.0025, S),
    ("680293", "Granite garden statues and lanterns, new", "import", ["sea"], ["CN", "VN"], (0.6, 1.2), (6000, 16000), ["USD"], 0.005, S),
    ("691110", "Blue-and-white porcelain plates for restaurants, new", "import", ["sea"], ["CN", "ID"], (2, 4), (4000, 10000), ["USD"], 1.5, S),
    ("830629", "Brass decorative crosses, new castings", "import", ["air"], ["ET", "IN"], (10, 20), (50, 300), ["USD"], 2, S),
    ("441899", "Reclaimed barn-oak boards for bar interiors", "export", ["sea"], ["US", "HK"], (2, 4), (3000, 9000), ["EUR"], None, S),
    ("940519", "Crystal chandeliers for hotels, new, LED", "export", ["air"], ["AE", "QA"], (60, 120), (100, 600), ["EUR"], 0.05, S),
    ("680299", "Basalt molcajetes, new", "import", ["sea"], ["MX"], (0.8, 1.5), (3000, 8000), ["USD"], 0.3, S),
    ("690740", "Hand-painted decorative tiles, new", "import", ["sea"], ["UZ", "MA"], (3, 6), (2000, 6000), ["USD"], 3, S),
    ("442199", "Mashrabiya screens, new, turned beech", "import", ["sea"], ["EG", "MA"], (4, 8), (1000, 4000), ["USD"], 0.1, S),
    ("842240", "Chamber vacuum sealers for restaurants, new", "import", ["sea"], ["TW", "CN"], (8, 14), (2000, 6000), ["USD"], 0.02, S),
    ("701990", "PTFE-coated glass-fibre baking mats", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD"], 5, S),
    ("821000", "Beech-wood pepper mills, new", "import", ["sea"], ["CN", "IN"], (4, 7), (2000, 6000), ["USD"], 3, S),
    ("330749", "Hotel scent-diffuser oils, synthetic blends", "import", ["air"], ["AE", "TR"], (20, 40), (100, 500), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460212", "Rattan bread baskets, lined", "import", ["sea"], ["VN", "ID"], (3, 6), (2000, 6000), ["USD"], 4, N),
        ("442199", "Birch-wood toothpicks, boxed", "import", ["sea"], ["CN"], (1.5, 3), (3000, 8000), ["USD"], 20, N),
        ("482040", "Carbonless waiter's order pads, duplicate", "import", ["sea"], ["CN", "IN"], (1.5, 2.5), (3000, 8000), ["USD"], 10, N),
        ("570210", "Coir door mats, natural", "import", ["sea"], ["IN", "LK"], (1, 2), (3000, 9000), ["USD"], 0.5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind213", 20610901, HERE)


if __name__ == "__main__":
    main()
