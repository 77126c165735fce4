#!/usr/bin/env python3
"""Writes the thirty-first blind set (tests/risk/data/blind31-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated May - June 2031. Written by a person who had not read
the profile packs (nor any rule file) and had not run the engine on it, and committed
before the round-twenty-seven profile changes were measured on it. Same row layout and
expansion as make_blind_set.py, whose functions it reuses: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcels by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
in the ordinary table travel only so, with parcel masses. Ids are BL31-*:

    python3 tests/risk/data/make_blind31_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2031, 5, 1)
base.DAYS = 61  # 1 May to 30 June 2031
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LTRAIL01", "rail", "KZ", ["BY"], "LT", "310280",
         "UAN liquid fertiliser, heated ISO tank kept at 140 C, N 30 %, 22 t", "KZ", 22000, None, 6200, "USD",
         "UAN travels cold; a melt held at 140 C in a heated tank is 88-95 % ammonium nitrate liquor (Annex I), "
         "not a urea-AN solution", firm("Baltic Agro Terminal UAB", "LT")),
        ("PRE-02", "import", "ESAIR01", "express", "CN", [], "ES", "330690",
         "Gel blanqueador dental profesional, peróxido de hidrógeno 35 %, frascos 1 l, 60 uds", "CN", 64, 60, 380,
         "USD",
         "tooth-whitening products for the public hold at most 0.1-6 % peroxide and come in syringes; 60 l of 35 % "
         "liquid in litre bottles (Annex I, limit 12 %) to a private address; Spanish wording",
         person("Sr. D. Ortega", "ES")),
        ("PRE-03", "import", "ATPOST01", "post", "CN", [], "AT", "330790",
         "Kontaktlinsen-Pflegelösung, Konzentrat, Wasserstoffperoxid 30 %, 20 x 1 l", "CN", 22, 20, 90, "USD",
         "peroxide contact-lens systems are 3 % solutions with a neutraliser; a '30 % concentrate' in litre "
         "bottles (Annex I, limit 12 %) to a private person by post; German wording", person("Privatperson", "AT")),
        ("PRE-04", "import", "BGROAD01", "road", "TR", [], "BG", "280700",
         "Akü elektroliti / battery electrolyte, H2SO4 96 %, bidon 25 l, 12 pcs", "TR", 550, 12, 240, "EUR",
         "battery electrolyte is 35-38 % acid; 96 % is concentrated sulphuric acid (Annex I, limit 15 %) in "
         "jerrycans to a car-parts shop by van; Turkish and English wording",
         firm("Avto Elektro Plovdiv EOOD", "BG")),
        ("PRE-05", "import", "NLAIR01", "express", "UA", [], "NL", "282911",
         "Mosverwijderaar voor daken, natriumchloraat 99 %, emmers 10 kg, 3 st.", "UA", 30, 3, 75, "EUR",
         "roof-moss removers are quaternary-ammonium or iron-sulphate products; 30 kg of 99 % sodium chlorate "
         "(Annex I, banned as a herbicide since 2010) to a private person; Dutch wording",
         person("Dhr. R. Visser", "NL")),
        ("PRE-06", "import", "GRSEA01", "sea", "CN", [], "GR", "283421",
         "Heat-treating salt for hobby knife forging, potassium nitrate 99 %, 25 kg bags, 2 t", "CN", 2000, 80, 1500,
         "USD",
         "tempering salts are nitrate-nitrite blends sold by the bag; 2 t of straight 99 % potassium nitrate "
         "(Annex II) to a hobby-forge shop", firm("Kyklades Forge Supplies", "GR")),
        ("PRE-07", "import", "DEAIR01", "express", "CN", [], "DE", "282990",
         "Natriumperchlorat-Monohydrat, Reagenz für Elektrochemie-Hobby, 2 x 5 kg", "CN", 10, 2, 160, "USD",
         "hobby electrochemistry needs grams from a lab supplier; 10 kg of sodium perchlorate (Annex I) to a "
         "private person; German wording", person("Herr M. Keller", "DE")),
        ("PRE-08", "import", "ITPOST01", "post", "IN", [], "IT", "282919",
         "Composto per capocchie di fiammiferi, clorato di potassio 98 %, 25 kg", "IN", 25, 1, 70, "USD",
         "match-head compound is mixed at match factories from bulk chlorate; 25 kg of 98 % potassium chlorate "
         "(Annex I) by post to a private person; Italian wording", person("Sig. A. Esposito", "IT")),
        ("PRE-09", "import", "ROROAD01", "road", "MD", [], "RO", "310530",
         "Nutrient pentru drojdie de bere (fosfat diamonic), granule poroase, N 34 %, big-bag 1 t, 20 t", "MD",
         20000, 20, 7400, "EUR",
         "diammonium phosphate is 18 % N and 46 % P2O5; porous prills with 34 % N are explosive-grade ammonium "
         "nitrate (Annex I), and 20 t of 'yeast nutrient' is far beyond any brewery; Romanian wording",
         firm("Bere Artizanala Prahova SRL", "RO")),
        ("PRE-10", "import", "HRROAD01", "road", "RS", [], "HR", "854370",
         "Moduli za vremensko kašnjenje, programabilni 0-20000 ms, aluminijska čahura, vodiči 6 m, 2000 kom", "RS",
         180, 2000, 9600, "EUR",
         "a programmable delay module in an aluminium shell with 6 m leg wires is an electronic detonator (3603), "
         "declared as an electronic apparatus to a general trader; Croatian wording",
         firm("Dalmacija Gradnja Trgovina d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "IN", "890190",
         "Nave portarinfuse, costruita 1996, per ulteriore navigazione, un ultimo viaggio, 1 unità", "IT", 9800000,
         1, 3900000, "USD",
         "a 35-year-old bulker sold at about 400 USD per light tonne to a cash buyer, 'one last voyage' to Alang, "
         "is a ship for breaking (hazardous waste: asbestos, PCB, oil residues) declared as trading; Italian wording",
         {"consignee_name": "Gulf Star Shipping Inc. (cash buyer)"}),
        ("WST-02", "export", "PLSEA01", "sea", "PL", [], "IN", "262190",
         "Fly ash for cement, grey, fine, from a municipal energy-from-waste plant, 22 t", "PL", 22000, None, 110,
         "EUR",
         "fly ash from a waste incinerator (2621.10) is hazardous (A4100), not coal fly ash for cement, and is "
         "paid for by the sender at 5 EUR a tonne", {}),
        ("WST-03", "export", "GRSEA01", "sea", "GR", [], "TG", "271099",
         "Marine fuel blendstock, density 0.99, water 12 %, sediment 4 %, 900 t", "GR", 900000, None, 45000, "USD",
         "no fuel blendstock carries 12 % water and 4 % sediment; this is slop and bilge sludge (Y8/Y9, MARPOL "
         "residues) shipped as fuel to West Africa at a fraction of fuel price", {}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "VN", "260700",
         "Bleikonzentrat, sulfatisch, Pb 72 %, Feuchte 10 %, 24 t", "DE", 24000, None, 19000, "EUR",
         "lead ore concentrates are sulphidic (galena) from mines; a 'sulfatic' concentrate from a country without "
         "lead mining is battery paste from lead-acid recycling (A1160/A1010); German wording", {}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "401220",
         "Used tyres, part-worn, mixed sizes, loose-loaded, 2,400 pcs", "NL", 21000, 2400, 2900, "EUR",
         "part-worn tyres for reuse are graded and stacked by size; 1.20 EUR a tyre, mixed sizes, loose-loaded is "
         "the price of end-of-life tyres (waste) sent to Ghana", {}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "NG", "870323",
         "Used vehicle Toyota Hiace 2008 with personal effects", "JP", 1900, 1, 2500, "EUR",
         "a RoRo van declared with 'personal effects' of 1.4 t: 60 CRT monitors, printers and microwave ovens, "
         "untested, are hazardous e-waste (A1180) to Lagos, not a household's belongings",
         {"_more_items": [item("852872", "Personal effects: used televisions and monitors CRT, 60 pcs", "CN", 1100, 300,
                                "EUR", 60),
                           item("851650", "Personal effects: used microwave ovens, 25 pcs", "CN", 300, 100, "EUR", 25)]}),
        ("WST-07", "export", "FRAIR01", "express", "FR", [], "IN", "282540",
         "Hydroxyde de nickel brut, humide, Ni 8 %, Cr 3 %, Cu 2 %, 1,2 t", "FR", 1200, None, 900, "EUR",
         "nickel hydroxide is a product of 50-60 % Ni; a wet cake with 8 % Ni, chromium and copper is "
         "electroplating sludge (A1050/Y17); French wording", {}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MA", "282739",
         "Solución de cloruro ferroso para tratamiento de aguas, HCl libre 8 %, Zn 2 %, 24 t", "ES", 24000, None, 240,
         "EUR",
         "water-treatment ferrous chloride does not carry 8 % free acid and 2 % zinc; this is spent pickling liquor "
         "from galvanising (A1060/Y17) at 10 EUR a tonne; Spanish wording", {}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "VN", "390110",
         "Granulés de PE recyclé, en balles de 800 kg, 26 t", "FR", 26000, None, 2100, "EUR",
         "pellets are shipped in 25 kg bags or octabins, never in 800 kg bales; bales at 80 EUR a tonne are mixed "
         "post-consumer plastic waste (Y48) to Vietnam; French wording", {}),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "300490",
         "Leki, dar humanitarny, różne, termin ważności 2028-2030, 6 t", "PL", 6000, None, 1200, "EUR",
         "a 'humanitarian donation' whose expiry dates passed before the shipment is pharmaceutical waste (Y3) "
         "sent for disposal abroad; Polish wording", {}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "IN", [], "GR", "290211",
         "Cyclopentane foam-blowing agent, drums 200 l, 80 pcs", "IN", 19800, 80, 31000, "USD",
         "200 l of cyclopentane weighs about 150 kg; 248 kg a drum is a liquid of density 1.24, HCFC-141b (Annex C), "
         "to a PU panel maker", firm("Thermopanel Hellas AE", "GR")),
        ("OZN-02", "import", "PTSEA01", "sea", "CN", [], "PT", "280430",
         "Azoto com aditivo 0,5 % SF6, gás de proteção para fundição injectada de magnésio, 50 garrafas", "CN", 500,
         50, 6000, "USD",
         "SF6 as cover gas in magnesium die-casting is prohibited (F-gas Regulation Annex IV); declared as "
         "nitrogen to a die caster; Portuguese wording", firm("Fundição Magnésio Norte Lda", "PT")),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "BY"], "PL", "290110",
         "Izobutan R600a, butle różowe, 11,3 kg netto, 400 szt.", "CN", 4520, 400, 9000, "USD",
         "an R600a cylinder of that size holds about 6 kg; 11.3 kg in pink cylinders is the fill and colour of "
         "R-410A, an HFC blend under quota, declared as a hydrocarbon; Polish wording",
         firm("Chłodtech Hurt Sp. z o.o.", "PL")),
        ("OZN-04", "import", "ESSEA01", "sea", "CN", [], "ES", "391990",
         "Espuma de poliuretano monocomponente B1 no inflamable, latas 750 ml, 12 000 uds", "CN", 9600, 12000, 14000,
         "USD",
         "non-flammable B1 one-component foam is propelled with HFC-134a/152a, banned in such cans; hydrocarbon "
         "foams are flammable; Spanish wording (declared under a plastics heading)",
         firm("Construmat Levante SL", "ES")),
        ("OZN-05", "import", "ITSEA01", "sea", "CN", [], "IT", "841861",
         "Scaldacqua a pompa di calore 200 l, refrigerante R22, precaricato, 120 pz", "CN", 10800, 120, 52000, "USD",
         "heat-pump water heaters pre-charged with HCFC-22 may not be placed on the EU market; Italian wording",
         firm("Termoidraulica Padana Srl", "IT")),
        ("OZN-06", "import", "HUROAD01", "road", "RS", [], "HU", "730890",
         "Szendvicspanel acél burkolattal, PU hab, ODP 0,11, 100 mm, 1 800 m2", "RS", 21000, 1800, 34000, "EUR",
         "a foam with an ODP of 0.11 is blown with HCFC-141b; products containing HCFCs may not be imported; "
         "Hungarian wording", firm("Alföld Hűtőház Kft.", "HU")),
        ("OZN-07", "import", "DESEA01", "sea", "CN", [], "DE", "290351",
         "Kältemittel R-1234yf, Mehrwegflaschen 10 kg, 500 Stk", "CN", 5000, 500, 42000, "USD",
         "genuine HFO-1234yf costs 60-100 USD/kg; at 8.40 USD/kg the gas is HFC-134a (or a blend) under an HFO "
         "label; German wording", firm("Kühltechnik Nordhafen GmbH", "DE")),
        ("OZN-08", "export", "ESSEA01", "sea", "ES", [], "TR", "720449",
         "Ferrous scrap: aircraft fire bottles from teardown, pressurised, 300 pcs", "ES", 2400, 300, 900, "EUR",
         "fire bottles from aircraft teardown that are still pressurised hold halon 1301/1211 (Annex A), whose "
         "export needs a licence; scrap steel is not sent pressurised", {}),
        ("OZN-09", "import", "FRAIR01", "express", "TR", [], "FR", "340290",
         "Additif climatisation automobile avec traceur UV, canettes 350 g, flexible de charge inclus, 240 pcs",
         "TR", 95, 240, 1700, "EUR",
         "a 350 g can sold with a charging hose is refrigerant (HFC-134a with dye) in non-refillable containers, "
         "banned, to a garage; French wording", firm("Garage Mistral SARL", "FR")),
        ("OZN-10", "import", "BESEA01", "sea", "US", [], "BE", "290379",
         "Kältemittel R-123, aufbereitet, Fässer 100 kg, 40 Stk, für Turbokältemaschinen", "US", 4000, 40, 36000,
         "USD",
         "R-123 is HCFC-123 (Annex C); 'reclaimed' does not open the EU market to imported HCFCs; German wording",
         firm("Vlaamse Koeltechniek NV", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "AE", [], "DE", "490199",
         "أوراق رق مكتوبة بخط اليد، مستعملة، للديكور، 40 ورقة", "YE", 3, 40, 400, "USD",
         "handwritten parchment leaves 'for decoration' of Yemeni origin via the UAE are manuscript leaves (ICOM "
         "Red List Yemen); Arabic wording", person("Herr S. Haddad", "DE")),
        ("CUL-02", "import", "ITAIR01", "air", "ET", ["AE"], "IT", "830629",
         "Croci processionali in ottone, artigianato, 12 pz, con patina e usura", "ET", 30, 12, 90, "USD",
         "new handicraft crosses have no wear; worn processional crosses from Ethiopia are church property (ICOM "
         "Red List Ethiopia), 7.50 USD each; Italian wording", firm("Galleria Axum Srl", "IT")),
        ("CUL-03", "import", "PLROAD01", "road", "UA", [], "PL", "491191",
         "Ікони, сучасні репродукції на дереві, 9 шт. (tempera na gruncie, oklad srebrny)", "UA", 28, 9, 180, "EUR",
         "prints on wood do not have tempera on gesso and silver oklads; these are painted icons from Ukraine, "
         "where churches are looted in the war (ICOM Red List Ukraine); Ukrainian and Polish wording",
         person("Pan W. Zieliński", "PL")),
        ("CUL-04", "import", "DEAIR01", "air", "CN", [], "DE", "681599",
         "Deko-Steineier, Naturstein, Gobi, 6 Stk, mit Schalenstruktur", "MN", 24, 6, 120, "USD",
         "stone 'eggs' from the Gobi with a shell structure are dinosaur eggs; Mongolia bans the export of fossils; "
         "declared origin Mongolia but shipped from China; German wording", person("Privatperson", "DE")),
        ("CUL-05", "import", "ESPOST01", "post", "LB", [], "ES", "701399",
         "Frascos de perfume de vidrio, vintage, irisados, 14 uds", "LB", 2, 14, 70, "EUR",
         "iridescent small glass bottles are Roman unguentaria with burial weathering, from Lebanon (ICOM Red List "
         "Syria/Lebanon); Spanish wording", person("Particular", "ES")),
        ("CUL-06", "import", "FRPOST01", "post", "DZ", [], "FR", "251690",
         "Pierres taillées, souvenirs du désert, pointes et grattoirs, 300 pcs", "DZ", 6, 300, 45, "EUR",
         "'cut stones, points and scrapers' from the Sahara are Neolithic arrowheads and scrapers picked from sites; "
         "Algeria bans their export; French wording", person("M. P. Garnier", "FR")),
        ("CUL-07", "transit", "BESEA01", "sea", "PK", ["BE"], "CH", "680291",
         "Grey schist stone carvings, Buddha figures, modern handicraft, 5 pcs", "PK", 310, 5, 400, "USD",
         "grey schist Buddha figures from Pakistan at 80 USD each and 60 kg are Gandharan reliefs (ICOM Red List "
         "Afghanistan/Pakistan), not modern craft, moved in transit through Antwerp to a Geneva free-port address",
         firm("Oriental Home Decor SA", "CH")),
        ("CUL-08", "import", "FRAIR01", "express", "GT", [], "FR", "711719",
         "Bijoux fantaisie en pierre verte, pendentifs sculptés, 20 pcs", "GT", 1, 20, 60, "USD",
         "carved green-stone pendants from Guatemala are Maya jade from looted sites (ICOM Red List Central America)",
         person("Mme L. Fabre", "FR")),
        ("CUL-09", "export", "ITAIR01", "express", "IT", [], "US", "490199",
         "Libri usati, rilegatura in pergamena, 1600-1690, 14 volumi", "IT", 12, 14, 280, "EUR",
         "17th-century vellum books at 20 EUR a volume are undervalued to stay under the export-licence threshold; "
         "such books leave Italy with an attestato; Italian wording", {}),
        ("CUL-10", "import", "NLAIR01", "air", "CN", [], "NL", "680291",
         "青石板，方形，刻字，带盖，旧，园林装饰，2块", "CN", 180, 2, 300, "USD",
         "a pair of square inscribed old limestone slabs, one a cover, is a tomb epitaph (muzhiming), dug from a "
         "grave and barred from export by Chinese law; Chinese wording", firm("Oosterse Tuinkunst BV", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", [], "LB", "292215",
         "Grinding aid for cement, triethanolamine 99 %, IBC 1 t, 20 pcs", "BE", 20000, 20, 36000, "EUR",
         "cement grinding aids are 30-60 % blends; 20 t of 99 % TEA (CWC Schedule 3, Australia Group) to a "
         "consignee whose branch is in Damascus",
         {"consignee_name": "Al-Nour Construction Chemicals (Damascus branch)"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "KZ", "854089",
         "Photomultiplier für Amateurastronomie, 18 mm, GaAs-Fotokathode, Mikrokanalplatte, 30 Stk", "DE", 12, 30,
         96000, "EUR",
         "an 18 mm tube with a GaAs photocathode and a microchannel plate is a third-generation image intensifier "
         "(military list / 6A002), not an astronomy photomultiplier, to an Almaty trader; German wording",
         {"consignee_name": "Almaty Optics Trading LLP"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "AE", "810199",
         "Yacht counterweights, tungsten alloy, rods Ø 25 x 600 mm, density 17.6, 1,200 pcs", "DE", 5000, 1200,
         310000, "EUR",
         "yacht ballast is cast in blocks; 1,200 long 25 mm rods of 93 % tungsten heavy alloy are penetrator "
         "blanks (military list) to a Jebel Ali general trader",
         {"consignee_name": "Jebel Ali Metals General Trading FZE"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "TR", "281217",
         "Electrolyte for Li-SOCl2 primary cells, 10 t in steel drums", "NL", 10000, None, 32000, "EUR",
         "cell makers prepare electrolyte in-house; 10 t of what is thionyl chloride (CWC Schedule 3, Australia "
         "Group) to a Mersin trading company", {"consignee_name": "Mersin Kimya Ticaret Ltd"}),
        ("STR-05", "export", "NLAIR01", "air", "NL", [], "TR", "741980",
         "Copper cones for lamp fittings, deep-drawn, 60 deg apex, 45 mm, wall 1 mm, 10,000 pcs", "NL", 600, 10000,
         48000, "EUR",
         "precision deep-drawn 45 mm copper cones with a 60-degree apex are shaped-charge liners for munitions, "
         "not lamp parts, to an Istanbul trader", {"consignee_name": "Bosphorus Aydinlatma Ltd"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "HK", "901580",
         "Gyroscopes pour instruments de topographie, fibre optique, dérive 0,01 °/h, 10 pcs", "FR", 40, 10, 380000,
         "EUR",
         "a fibre-optic gyroscope with 0.01 deg/h bias is navigation grade (7A003), not a surveying part, to a Hong "
         "Kong trader; French wording", {"consignee_name": "Kowloon Precision Trading Ltd"}),
        ("STR-07", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "271119",
         "Suskystintos naftos dujos (propanas-butanas), kilmė KZ, pakrovimo stotis Ukhta, 60 t", "KZ", 60000, None,
         31000, "EUR",
         "LPG 'of Kazakh origin' loaded at a Russian station is Russian LPG under the import ban; Lithuanian "
         "wording", firm("Baltijos Dujų Prekyba UAB", "LT")),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["PL", "UA"], "GE", "690912",
         "Keramische Verschleißplatten, Borcarbid, gewölbt, 250 x 300 mm, 400 Stk", "DE", 1000, 400, 160000, "EUR",
         "curved 250 x 300 mm boron-carbide plates are body-armour inserts (military list ML13), not wear "
         "linings, to a Tbilisi trader; German wording", {"consignee_name": "Kartli Industrial Supply LLC"}),
        ("STR-09", "export", "ESAIR01", "air", "ES", [], "AE", "282619",
         "Fluoruro de potasio secado por atomización, para esmerilado de vidrio decorativo, 2 t", "ES", 2000, None,
         9000, "EUR",
         "potassium fluoride (Australia Group precursor) in spray-dried grade, which fluorination chemistry uses, "
         "to a free-zone trader with no glassworks; Spanish wording",
         {"consignee_name": "Hamriyah Chem Trading FZC"}),
        ("STR-10", "export", "PLRAIL01", "rail", "PL", ["BY"], "KZ", "847950",
         "Roboty przemysłowe używane, 6-osiowe, 12 szt., dla fabryki mebli", "PL", 14000, 12, 180000, "EUR",
         "used six-axis welding robots to a 'furniture factory' founded in 2023 in Kostanay, by rail through "
         "Belarus: sanctions circumvention to Russian industry; Polish wording",
         {"consignee_name": "Kostanay Mebel Invest LLP"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEPOST01", "post", "MX", [], "DE", "010649",
         "Futterinsekten lebend, Röhrchen, 120 Stk", "MX", 1, 120, 90, "USD",
         "feeder insects come in boxes by the hundred, not in single tubes from Mexico; 120 tubes are Brachypelma "
         "spiderlings (CITES II) without permits; German wording", person("Herr T. Braun", "DE")),
        ("WLD-02", "import", "DEAIR01", "express", "PE", [], "DE", "611710",
         "Alpaka-Schals, extrafein, Faser 12 µm, 4 Stk", "PE", 1, 4, 6000, "USD",
         "alpaca fibre is 18-25 µm; 12 µm at 1,500 USD a scarf is vicuña (CITES II), traded only with the "
         "VICUÑA-PERÚ mark and permits; German wording", person("Frau C. Weber", "DE")),
        ("WLD-03", "import", "ITAIR01", "air", "BR", [], "IT", "440799",
         "Bacchette grezze per archetti, legno di massaranduba, 200 pz", "BR", 60, 200, 16000, "EUR",
         "massaranduba is not a bow wood; bow blanks from Brazil at 80 EUR each are pernambuco (Paubrasilia "
         "echinata, CITES II) without a permit; Italian wording", firm("Archetteria Cremonese Srl", "IT")),
        ("WLD-04", "export", "BEPOST01", "post", "BE", [], "HK", "960190",
         "Figurines en os sculpté, anciennes, 6 pcs", "BE", 1.4, 6, 5200, "EUR",
         "carved bone is worth a few euros; 3,700 EUR/kg is ivory, whose export from the EU needs a certificate "
         "under the 2021 guidance; French wording", {}),
        ("WLD-05", "import", "PTAIR01", "express", "BR", [], "PT", "040719",
         "Ovos férteis de codorna para incubação, 40 un.", "BR", 1, 40, 2400, "EUR",
         "quail hatching eggs cost cents; 60 EUR an egg from Brazil to a private person are parrot eggs (Ara, "
         "Amazona; CITES I/II); Portuguese wording", person("Sr. R. Costa", "PT")),
        ("WLD-06", "import", "FRPOST01", "post", "US", [], "FR", "050790",
         "Dents sculptées en résine, style scrimshaw, 12 pcs", "US", 3, 12, 4800, "USD",
         "resin scrimshaw replicas cost a few dollars; 400 USD a tooth for 250 g teeth is sperm-whale ivory "
         "(CITES I); French wording", person("M. Y. Le Goff", "FR")),
        ("WLD-07", "export", "ESAIR01", "air", "ES", [], "QA", "010639",
         "صقور حية، هجين جير × صقر، مرباة في الأسر، 6", "ES", 7, 6, 42000, "EUR",
         "live falcons (CITES II; gyr hybrids are treated as listed) to Qatar need an export permit even when "
         "captive-bred; none declared; Arabic wording", {"consignee_name": "Al Wakra Falconry"}),
        ("WLD-08", "import", "ITAIR01", "air", "SG", [], "IT", "420221",
         "Borse in similpelle stampa pitone, 40 pz", "SG", 32, 40, 36000, "EUR",
         "imitation leather does not cost 900 EUR a bag; these are python skin (CITES II) from Southeast Asia; "
         "Italian wording and a leather-outer heading", firm("Moda Rettile Srl", "IT")),
        ("WLD-09", "transit", "FRAIR01", "air", "PG", ["FR"], "CH", "030819",
         "Trépangs séchés, 'mama noir', 120 kg", "PG", 120, None, 9000, "USD",
         "'mama noir' is black teatfish (Holothuria nobilis/whitmaei, CITES II since 2020) from Papua New Guinea, "
         "in transit at Paris; French wording", firm("Marée Pacifique SA", "CH")),
        ("WLD-10", "import", "ESPOST01", "post", "CU", [], "ES", "961511",
         "Pasadores para el pelo de acetato, jaspeados, hechos a mano, 30 uds", "CU", 0.6, 30, 900, "EUR",
         "handmade mottled hair clips from Cuba at 30 EUR each are hawksbill shell (carey, CITES I), not acetate; "
         "Spanish wording", person("Particular", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "US", "DE", "290420",
     "Nitromethane 99 %, for pharmaceutical synthesis, drums 200 l, 8 pcs", "US", 1800, 8, 14000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-31-0211")], "licensed nitromethane to a pharmaceutical plant"),
    ("PRM-02", "precursors", "import", "ATROAD01", "road", "CH", "AT", "360360",
     "Electronic detonators, programmable, 4 m leg wires, 3,000 pcs, UN 0456", "CH", 240, 3000, 27000, "EUR",
     [("IMPORT_LICENCE", "AT-BMI-31-0145")], "electronic detonators to a quarry under an import licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "BE", "854911",
     "Spent lead-acid batteries, whole, for recycling, 20 t", "NL", 20000, None, 9000, "EUR",
     [("BASEL_CONSENT", "NL-ILT-31-0803")], "notified spent batteries to a Belgian lead smelter"),
    ("PRM-04", "waste", "export", "DEROAD01", "road", "DE", "CH", "262021",
     "Lead-bearing filter dust from secondary lead smelting, 16 t", "DE", 16000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-LfU-31-0417")], "notified smelter dust to a Swiss recovery plant"),
    ("PRM-05", "ozone", "import", "PLSEA01", "sea", "CN", "PL", "290342",
     "HFC-32 (R-32), refillable cylinders 40 l, 100 pcs", "CN", 3600, 100, 29000, "USD",
     [("FGAS_QUOTA", "PL-CAKE-FG-31-0092")], "R-32 within the importer's quota"),
    ("PRM-06", "ozone", "import", "BESEA01", "sea", "US", "BE", "290361",
     "Methyl bromide, for feedstock use in chemical synthesis, ISO tank, 18 t", "US", 18000, None, 52000, "USD",
     [("ODS_LICENCE", "BE-FOD-ODS-31-0021")], "methyl bromide as feedstock under an ODS licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Faience plate, Nevers, circa 1680, ex-collection since 1905, 1 pc", "FR", 4, 1, 62000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-31-0552")], "a 17th-century faience with its export certificate"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "MX", "970121",
     "Oil on canvas, Spanish colonial school, circa 1720, 1 pc", "ES", 18, 1, 140000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-31-0314")], "a colonial painting with its export permit"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "KR", "722830",
     "Maraging steel 300 bars, for aerospace tooling, 2 t", "DE", 2000, None, 52000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-31-1120"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-31-0050")],
     "maraging steel to a Korean aerospace supplier under licence"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "SG", "292215",
     "Triethanolamine 99 %, for surfactant manufacture, ISO tank, 20 t", "NL", 20000, None, 34000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-31-0419"), ("END_USER_CERTIFICATE", "SG-SC-EUC-31-0077")],
     "Schedule 3 TEA to a Singapore surfactant plant under licence"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "SG", "IT", "420221",
     "Handbags, python skin (Python reticulatus), farmed, 20 pcs", "MY", 16, 20, 24000, "EUR",
     [("CITES_PERMIT", "SG-CITES-31-0882")], "python bags with a CITES re-export certificate from Singapore"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "TW", "NL", "060290",
     "Paphiopedilum hybrids, artificially propagated, in flasks, 200 plants", "TW", 12, 200, 1800, "USD",
     [("CITES_PERMIT", "TW-CITES-31-0410")], "nursery slipper orchids with their CITES certificates"),
]

CONSIGNEES = {
    "PRM-01": "Rheinpharma Synthese GmbH", "PRM-02": "Steinbruch Hollenstein GmbH",
    "PRM-03": "Plomb Recyclage Wallonie SA", "PRM-04": "Metallrückgewinnung Aargau AG",
    "PRM-05": "Chłodnictwo Bałtyk Sp. z o.o.", "PRM-06": "Chemie Antwerpen Synthesis NV",
    "PRM-07": "Mr D. Whitcombe", "PRM-08": "Galería Virreinal SA de CV", "PRM-09": "Hanwha Aero Tooling Co.",
    "PRM-10": "Jurong Surfactants Pte Ltd", "PRM-11": "Pelletteria Fiorentina Srl",
    "PRM-12": "Orchideeënkwekerij Westland BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Goods by post or express travel only so, with parcel masses.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390120", "HDPE film grade, prime, 25 kg bags, on pallets", "import", ["sea"], ["SA", "QA"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390761", "PET bottle-grade resin, prime, IV 0.80, octabins", "import", ["sea"], ["CN", "KR"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("391510", "Clean PE stretch-film bales, post-industrial, single polymer", "export", ["road"], ["CH", "NO"], (0.25, 0.4), (15000, 20000), ["EUR"], None, S),
    ("390110", "Recycled LDPE pellets, 25 kg bags, with EuCertPlast certificate", "import", ["road"], ["TR", "RS"], (0.9, 1.2), (18000, 22000), ["EUR"], None, S),
    ("847130", "Refurbished business laptops, grade A, tested, with data-wipe report and warranty", "import", ["sea", "air"], ["US", "GB"], (60, 110), (1500, 4000), ["USD", "GBP"], 0.45, S),
    ("851713", "Refurbished smartphones, tested, boxed, 12-month warranty", "import", ["air"], ["US", "HK"], (250, 450), (50, 300), ["USD"], 5, S),
    ("850423", "New oil-filled distribution transformers, PCB-free mineral oil, 630 kVA", "import", ["sea"], ["TR", "KR"], (6, 9), (8000, 16000), ["EUR", "USD"], 0.0006, S),
    ("700100", "Furnace-ready flint glass cullet, colour-sorted", "import", ["road"], ["CH", "NO"], (0.05, 0.09), (20000, 25000), ["EUR"], None, S),
    ("271019", "Marine gasoil DMA, ISO 8217, bulk", "import", ["sea"], ["NO", "US"], (0.7, 0.9), (500000, 900000), ["USD"], None, S),
    ("282739", "Ferric chloride solution 40 %, water-treatment grade, IBC", "import", ["road"], ["CH", "TR"], (0.25, 0.4), (18000, 24000), ["EUR"], None, S),
    ("401110", "New passenger-car tyres, summer, EU label", "import", ["sea"], ["CN", "TH"], (3, 4.5), (12000, 18000), ["USD"], 0.11, S),
    ("260700", "Lead concentrate, galena, Pb 65 %, from the mine", "import", ["sea"], ["PE", "AU"], (1.2, 1.6), (20000, 25000), ["USD"], None, S),
    ("330690", "Teeth-whitening strips, 0.1 % peroxide, retail", "import", ["express", "post"], ["US", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 8, S),
    ("283421", "Stump remover granules, potassium nitrate, 500 g tins", "import", ["post"], ["GB", "US"], (10, 18), (1, 3), ["GBP", "USD"], 2, S),
    ("280700", "Battery electrolyte, sulphuric acid 37 %, 1 l bottles", "import", ["road"], ["TR", "CH"], (0.8, 1.4), (3000, 8000), ["EUR"], 0.8, S),
    ("290420", "Nitromethane HPLC grade, 1 l glass bottles, to a laboratory supplier", "import", ["air"], ["US", "JP"], (60, 110), (20, 80), ["USD"], 0.9, S),
    ("560900", "Braided cotton candle wick, unwaxed, rolls", "import", ["sea"], ["CN", "IN"], (3, 5), (500, 2000), ["USD"], None, S),
    ("310530", "Diammonium phosphate 18-46-0, granular", "import", ["sea"], ["MA", "SA"], (0.55, 0.7), (22000, 26000), ["USD"], None, S),
    ("310280", "UAN 32 solution, ambient, tank wagons", "import", ["rail"], ["NO", "CH"], (0.25, 0.35), (55000, 65000), ["EUR"], None, S),
    ("290211", "Cyclopentane 95 %, foam-blowing agent, drums", "import", ["sea"], ["KR", "US"], (1.6, 2.2), (12000, 16000), ["USD"], None, S),
    ("841510", "Split air conditioners R-32, pre-charged, with F-gas label", "import", ["sea"], ["CN", "TH"], (7, 10), (10000, 14000), ["USD"], 0.026, S),
    ("290110", "Isobutane R600a refrigerant, 6.5 kg cylinders", "import", ["sea", "road"], ["CH", "KR"], (3, 5), (3000, 6000), ["EUR", "USD"], 0.15, S),
    ("391990", "One-component PU foam, hydrocarbon propellant, flammable, 750 ml", "import", ["sea"], ["TR", "CN"], (1.4, 2.0), (9000, 13000), ["USD", "EUR"], 1.2, S),
    ("390750", "Polyol system for panels, pentane-blown (blowing agent not included)", "import", ["sea"], ["KR", "US"], (2.2, 3.0), (12000, 18000), ["USD"], None, S),
    ("842410", "Fire extinguishers, powder ABC 6 kg, new", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (4000, 9000), ["EUR", "USD"], 0.1, S),
    ("340290", "Car air-conditioning cleaning foam, no refrigerant, 500 ml", "import", ["road"], ["TR", "RS"], (3, 5), (2000, 5000), ["EUR"], 1.6, S),
    ("490199", "Second-hand paperback books, mixed titles", "import", ["post"], ["GB", "US"], (5, 12), (1, 5), ["GBP", "USD"], 3, S),
    ("830629", "New brass crosses, handicraft, boxed", "import", ["post", "express"], ["IN", "TR"], (20, 40), (1, 3), ["USD", "EUR"], 5, S),
    ("491191", "Printed icons on wood, souvenir, shrink-wrapped", "import", ["post"], ["RS", "MK"], (25, 45), (1, 3), ["EUR"], 6, S),
    ("701399", "New perfume bottles, decorative glass, boxed", "import", ["post", "express"], ["EG", "TR"], (15, 30), (1, 4), ["USD", "EUR"], 4, S),
    ("711719", "Costume jewellery, resin and glass, new", "import", ["post", "express"], ["CN", "TH"], (40, 90), (1, 2), ["USD"], 40, S),
    ("160432", "Lumpfish roe, black, 100 g glass jars", "import", ["road"], ["IS", "NO"], (14, 20), (1000, 3000), ["EUR"], 10, S),
    ("040719", "Broiler hatching eggs, with veterinary certificate", "import", ["road"], ["CH", "UA"], (4, 6), (6000, 12000), ["EUR"], 16, S),
    ("030791", "Frozen whelk meat (Buccinum undatum), Channel", "import", ["road"], ["GB", "CH"], (8, 11), (4000, 12000), ["EUR", "GBP"], None, S),
    ("420221", "Handbags, calf leather, new", "import", ["air"], ["CH", "TR"], (300, 600), (40, 200), ["EUR", "CHF"], 1.2, S),
    # everyday trade (65 rows)
    ("020130", "Fresh boneless beef, vacuum-packed", "import", ["sea"], ["AR", "UY"], (9, 13), (18000, 22000), ["USD"], None, N),
    ("030389", "Frozen hake, whole", "import", ["sea"], ["NA", "AR"], (2.5, 3.5), (20000, 25000), ["USD"], None, N),
    ("040690", "Cheese, hard, wheels", "export", ["road"], ["CH", "NO"], (9, 14), (8000, 16000), ["EUR"], None, N),
    ("070320", "Fresh garlic", "import", ["sea"], ["CN", "EG"], (1.0, 1.6), (24000, 27000), ["USD"], None, N),
    ("080390", "Fresh bananas", "import", ["sea"], ["EC", "CR", "CO"], (0.7, 0.9), (20000, 22000), ["USD"], None, N),
    ("080510", "Fresh oranges", "import", ["sea"], ["ZA", "EG"], (0.7, 1.0), (20000, 24000), ["USD"], None, N),
    ("080810", "Fresh apples", "export", ["road"], ["CH", "NO"], (0.8, 1.2), (18000, 22000), ["EUR"], None, N),
    ("090111", "Green coffee, Arabica", "import", ["sea"], ["BR", "ET", "CO"], (4, 6), (18000, 21000), ["USD"], None, N),
    ("090230", "Black tea, packed", "import", ["sea"], ["LK", "IN"], (4, 7), (8000, 14000), ["USD"], None, N),
    ("100630", "Rice, milled, basmati", "import", ["sea"], ["IN", "PK"], (1.0, 1.4), (22000, 26000), ["USD"], None, N),
    ("120190", "Soya beans", "import", ["sea"], ["BR", "US"], (0.45, 0.6), (50000, 60000), ["USD"], None, N),
    ("151110", "Crude palm oil, certified", "import", ["sea"], ["MY", "ID"], (0.9, 1.1), (20000, 24000), ["USD"], None, N),
    ("170199", "White cane sugar", "import", ["sea"], ["BR", "IN"], (0.5, 0.7), (24000, 26000), ["USD"], None, N),
    ("180100", "Cocoa beans", "import", ["sea"], ["CI", "GH"], (6, 9), (20000, 25000), ["USD"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2, 3), (20000, 24000), ["USD"], None, N),
    ("210111", "Instant coffee, retail jars", "import", ["sea"], ["BR", "VN"], (10, 15), (10000, 16000), ["USD"], 8, N),
    ("220421", "Wine, bottled, red", "export", ["sea"], ["US", "CN", "JP"], (4, 9), (10000, 18000), ["EUR"], 1.3, N),
    ("220830", "Whisky, bottled", "import", ["sea"], ["GB", "US"], (8, 15), (8000, 16000), ["GBP", "USD"], 1.3, N),
    ("240220", "Cigarettes, duty-paid, with tax stamps", "import", ["road"], ["CH"], (60, 90), (2000, 5000), ["CHF", "EUR"], 50, N),
    ("300490", "Medicaments, packaged, prescription", "import", ["air"], ["CH", "US", "IN"], (40, 200), (200, 2000), ["CHF", "USD"], 20, N),
    ("330499", "Skin creams, retail", "import", ["post", "express"], ["KR", "US"], (40, 90), (1, 3), ["USD"], 6, N),
    ("330300", "Perfume, eau de parfum, retail", "import", ["post", "express"], ["AE", "US"], (60, 150), (1, 2), ["USD"], 5, N),
    ("340111", "Toilet soap, bars", "import", ["sea"], ["TR", "ID"], (1.5, 2.5), (10000, 16000), ["USD"], 8, N),
    ("392410", "Plastic kitchenware", "import", ["sea"], ["CN", "TR"], (2, 4), (4000, 9000), ["USD"], 4, N),
    ("400122", "Technically specified natural rubber TSR 20", "import", ["sea"], ["TH", "CI"], (1.5, 2.0), (20000, 21000), ["USD"], None, N),
    ("420292", "Travel bags, textile outer", "import", ["sea"], ["CN", "VN"], (6, 10), (3000, 7000), ["USD"], 1, N),
    ("440712", "Sawn spruce, kiln-dried", "import", ["rail", "road"], ["NO", "CH"], (0.25, 0.35), (24000, 28000), ["EUR"], None, N),
    ("441112", "MDF boards", "import", ["road"], ["TR", "UA"], (0.35, 0.5), (20000, 24000), ["EUR"], None, N),
    ("481910", "Corrugated cartons, flat-packed", "import", ["road"], ["CH", "RS"], (1.0, 1.5), (6000, 12000), ["EUR"], 2, N),
    ("490199", "Children's picture books, new", "import", ["sea"], ["CN"], (4, 7), (3000, 8000), ["USD"], 3, N),
    ("520100", "Raw cotton, not carded", "import", ["sea"], ["US", "BR"], (1.6, 2.2), (20000, 22000), ["USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "IN"], (6, 10), (4000, 9000), ["USD"], 5, N),
    ("611030", "Pullovers, synthetic, knitted", "import", ["sea"], ["CN", "KH"], (8, 14), (3000, 7000), ["USD"], 2.5, N),
    ("620342", "Men's cotton trousers, denim", "import", ["sea"], ["BD", "PK", "TR"], (8, 13), (4000, 8000), ["USD"], 2, N),
    ("620462", "Women's cotton trousers", "import", ["post", "express"], ["TR", "CN"], (20, 40), (1, 3), ["USD", "EUR"], 2, N),
    ("640411", "Sports footwear, textile uppers", "import", ["sea"], ["VN", "ID"], (15, 25), (4000, 8000), ["USD"], 1, N),
    ("640399", "Leather shoes", "import", ["post", "express"], ["TR", "MA", "VN"], (60, 120), (1, 3), ["EUR"], 1, N),
    ("690721", "Porcelain floor tiles", "import", ["sea"], ["IN", "TR"], (0.35, 0.6), (22000, 26000), ["USD"], None, N),
    ("701090", "Glass bottles and jars", "import", ["road"], ["TR", "RS"], (0.6, 0.9), (12000, 18000), ["EUR"], 3, N),
    ("720839", "Hot-rolled coil, non-alloy, < 3 mm", "import", ["sea"], ["KR", "IN", "JP"], (0.6, 0.75), (200000, 300000), ["USD"], None, N),
    ("730890", "Steel structures, fabricated", "export", ["road", "sea"], ["NO", "CH"], (2, 3.5), (10000, 20000), ["EUR"], None, N),
    ("732111", "Gas cookers, domestic", "import", ["sea"], ["TR", "CN"], (4, 6), (4000, 9000), ["EUR", "USD"], 0.03, N),
    ("760429", "Aluminium profiles, extruded, 6063", "import", ["road"], ["TR", "CH"], (3.2, 4.2), (12000, 20000), ["EUR"], None, N),
    ("820551", "Household hand tools", "import", ["sea"], ["CN", "TW"], (3, 6), (3000, 8000), ["USD"], 2, N),
    ("841819", "Domestic fridge-freezers, R-600a", "import", ["sea"], ["TR", "CN"], (3, 4.5), (8000, 14000), ["EUR", "USD"], 0.015, N),
    ("845011", "Washing machines, household", "import", ["sea"], ["TR", "CN"], (3, 4.5), (8000, 14000), ["EUR", "USD"], 0.014, N),
    ("847160", "Computer keyboards and mice", "import", ["express", "post"], ["CN", "TW"], (30, 60), (1, 4), ["USD"], 3, N),
    ("850440", "Phone chargers, USB-C, new", "import", ["post", "express"], ["CN", "HK"], (40, 80), (1, 3), ["USD"], 10, N),
    ("850760", "Power banks, new, UN 38.3 tested", "import", ["air"], ["CN"], (20, 35), (200, 1200), ["USD"], 3, N),
    ("851671", "Coffee machines, household", "import", ["sea"], ["CN", "CH"], (10, 18), (3000, 8000), ["USD", "CHF"], 0.2, N),
    ("851762", "Wi-Fi routers, new", "import", ["sea", "air"], ["CN", "VN"], (20, 40), (1000, 4000), ["USD"], 2, N),
    ("852872", "LED televisions, new, 55 inch", "import", ["sea"], ["CN", "MX"], (12, 18), (8000, 14000), ["USD"], 0.06, N),
    ("870323", "Passenger cars, new, petrol 1.5 l", "import", ["sea"], ["JP", "KR", "TR"], (10, 14), (20000, 40000), ["USD", "EUR"], 0.00077, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["TW", "KH"], (12, 20), (3000, 7000), ["USD"], 0.06, N),
    ("871160", "E-bikes, new, 250 W", "import", ["sea"], ["TW", "CN"], (35, 60), (3000, 7000), ["USD"], 0.04, N),
    ("900490", "Reading glasses", "import", ["post"], ["CN", "HK"], (30, 70), (1, 2), ["USD"], 30, N),
    ("901831", "Disposable syringes, sterile, new", "import", ["sea"], ["CN", "IN"], (3, 5), (3000, 8000), ["USD"], 60, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "MY"], (4, 7), (4000, 8000), ["USD"], 0.15, N),
    ("940429", "Mattresses, pocket-spring", "import", ["road"], ["TR", "RS"], (3, 5), (5000, 10000), ["EUR"], 0.04, N),
    ("950300", "Toys, plastic, boxed", "import", ["sea"], ["CN"], (4, 8), (3000, 9000), ["USD"], 5, N),
    ("950300", "Building-brick toy set, boxed", "import", ["post", "express"], ["CN", "GB"], (25, 50), (1, 3), ["USD", "GBP"], 1, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (5, 9), (2000, 5000), ["USD"], 2.4, N),
    ("960321", "Toothbrushes, plastic", "import", ["sea"], ["CN"], (5, 9), (2000, 5000), ["USD"], 60, N),
    ("090421", "Dried chillies, whole", "import", ["sea"], ["IN", "CN"], (2, 3), (10000, 16000), ["USD"], None, N),
    ("190531", "Biscuits, sweet, retail", "export", ["road"], ["CH", "NO"], (2.5, 4), (6000, 12000), ["EUR"], 5, N),
]

base.name_consignees(CONSIGNEES, seed=2031)


def main():
    base.write_later_set("blind31", 20310501, HERE)


if __name__ == "__main__":
    main()
