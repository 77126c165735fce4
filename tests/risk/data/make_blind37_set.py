#!/usr/bin/env python3
"""Writes the thirty-seventh blind set (tests/risk/data/blind37-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated May - June 2032, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after round twenty-eight, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the
same extras as make_blind5_set.py: a disguised row's extra header fields may carry
"_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL37-*:

    python3 tests/risk/data/make_blind37_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2032, 5, 1)
base.DAYS = 61  # 1 May to 30 June 2032
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "SN", "440692",
         "Traverses de chemin de fer en chêne, bois de paysage décoratif, 24 t", "FR", 24000, 280, 840, "EUR",
         "oak sleepers taken out of track are creosote-impregnated (hazardous waste 17 02 04*); 'landscape timber' at 3 EUR a sleeper to Senegal, where export of hazardous waste "
         "from the EU is banned; French wording (sleepers were in earlier sets, here as décor by sea to Senegal)",
         {"importer_country": "SN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "281512",
         "Natronloog, technisch, teruggewonnen, ISO-tank, 20 t", "NL", 20000, None, 200, "EUR",
         "'recovered' caustic soda at 10 EUR/t is refinery spent caustic (sulphides, phenols, mercaptans: Y35, "
         "A4090) sent to India as a product; fresh 50 % lye costs 300-500 EUR/t; Dutch wording",
         {"importer_country": "IN"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "720449",
         "Złom stalowy, filtry oleju używane, prasowane w paczki, 20 t", "PL", 20000, None, 1600, "EUR",
         "pressed used oil filters still hold oil (hazardous waste 16 01 07*), not clean steel scrap; to Ukraine, "
         "outside the OECD, by truck; Polish wording (oil filters were in earlier sets, here as baled steel scrap by road)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "321000",
         "Pintura recuperada, lodos de cabina, bidones de 200 l, materia prima para pintura económica, 18 t", "ES", 18000, 90, 900, "EUR",
         "paint-booth sludge with solvents and heavy metals (Y12, 08 01 13*) sold as a raw material for cheap paint "
         "at 50 EUR/t; export of hazardous waste to Morocco is banned; Spanish wording", {"importer_country": "MA"}),
        ("WST-05", "export", "ATRAIL01", "rail", "AT", [], "RS", "260300",
         "Kupferkonzentrat, Granulat, Big Bags, 20 t", "AT", 20000, None, 30000, "EUR",
         "Austria mines no copper: a granulate 'concentrate' from an electronics recycler is shredded circuit boards "
         "with lead solder and brominated resin (A1180), shipped to Serbia under the ore-concentrate code by rail; "
         "German wording", {"importer_country": "RS"}),
        ("WST-06", "export", "GRROAD01", "road", "GR", ["MK"], "AL", "681182",
         "Φύλλα στέγης ινοτσιμέντου, μεταχειρισμένα, για επαναχρησιμοποίηση, 22 t", "GR", 22000, None, 660, "EUR",
         "used corrugated fibre-cement roof sheets from 1970s sheds contain chrysotile: asbestos waste (A2050), which "
         "may be neither reused nor exported outside the OECD; declared under the asbestos-free heading; Greek wording",
         {"importer_country": "AL"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "NG", "870323",
         "Used car, Toyota Corolla 2006, running, with personal effects, 1 pc", "JP", 1250, 1, 1800, "EUR",
         "a ro-ro car is the carrier: its cabin and boot are packed with 60 untested CRT televisions and microwaves, "
         "e-waste (A1180) to Lagos, declared as personal effects",
         {"importer_country": "NG",
          "_more_items": [item("852872", "Used TVs and microwave ovens, personal effects, 60 pcs", "NL", 1100, 300, "EUR", qty=60)]}),
        ("WST-08", "export", "BEAIR01", "air", "BE", [], "IN", "711299",
         "Silver alloy scrap, dental, for refining, 120 kg", "BE", 120, None, 9000, "EUR",
         "dental 'silver alloy scrap' from amalgam separators is about half mercury: mercury waste, whose export the "
         "waste shipment rules bar outside the OECD (Y29, A1030) and the EU Mercury Regulation also restricts, declared as precious-metal scrap (amalgam was in earlier sets, here by air "
         "from Belgium to India)", {"importer_country": "IN"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "TR", "381400",
         "Reinigungsverdünnung, Lösemittelgemisch, IBC 1 000 l, 18 t", "DE", 18000, 18, 720, "EUR",
         "dirty thinners from print shops at 40 EUR/t are spent solvent mixtures (Y42, 14 06 03*); shipment to "
         "Turkey for 'reuse' needs a notification it does not have; new thinners cost 1,000+ EUR/t; German wording",
         {"importer_country": "TR"}),
        ("WST-10", "transit", "SIROAD01", "road", "IT", ["SI", "HR"], "BA", "382590",
         "Combustibile solido secondario (CSS), balle filmate, 24 t", "IT", 24000, None, 0, "EUR",
         "'secondary solid fuel' of no value with metal and glass pieces and oily fines is car-shredder light "
         "fraction (19 10 03*), moved to a Bosnian cement kiln with no notification; Italian wording",
         {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "271112",
         "Пропан-бутан за къмпинг, бутилки 10 кг, 350 бр.", "CN", 3500, 350, 17500, "USD",
         "Chinese 'camping gas' cylinders of 10 kg with 1/4-inch flare refrigeration valves, at 50 USD each, hold "
         "R-410A or R-404A, HFCs outside any quota; Bulgarian wording", {"importer_country": "BG"}),
        ("OZN-02", "import", "PLSEA01", "sea", "CN", [], "PL", "390729",
         "Mieszanka poliolowa do pianki natryskowej, system gotowy do użycia, beczki 220 kg, 40 szt.", "CN", 8800, 40, 26000, "USD",
         "a ready-to-use spray-foam polyol from China pre-blended with HCFC-141b (its SDS names 1,1-dichloro-1-"
         "fluoroethane): products containing HCFCs may not be placed on the EU market; Polish wording "
         "(pre-blended polyols were in earlier sets, here by sea to Poland)", firm("Izolbud Systemy Sp. z o.o.", "PL")),
        ("OZN-03", "import", "ATAIR01", "express", "US", [], "AT", "290319",
         "Kontaktreiniger für Elektronik, 'Chlorothene', 4 Kanister à 5 l", "US", 26, 4, 380, "USD",
         "Chlorothene is a trade name of 1,1,1-trichloroethane (methyl chloroform), an ozone-depleting substance "
         "banned in the EU; German wording", firm("Elektronik Wartung Huber GmbH", "AT")),
        ("OZN-04", "import", "DKAIR01", "air", "CN", [], "DK", "290351",
         "Kølemiddel R-1234yf, 5 kg flasker, 120 stk", "CN", 600, 120, 4800, "USD",
         "R-1234yf costs 60-100 USD/kg; at 8 USD/kg these are counterfeit cylinders filled with HFC-134a (or a "
         "flammable mix) outside the quota; Danish wording", {"importer_country": "DK"}),
        ("OZN-05", "import", "ITSEA01", "sea", "IN", [], "IT", "380892",
         "Preparato fumigante per pallet, trattamento QPS, 100 bombole da 50 kg", "IN", 5000, 100, 41000, "USD",
         "50 kg fumigant cylinders 'for quarantine and pre-shipment' are methyl bromide; every use of methyl bromide, "
         "QPS included, is banned in the EU; Italian wording", {"importer_country": "IT"}),
        ("OZN-06", "import", "HUROAD01", "road", "RS", [], "HU", "281290",
         "Gumiabroncs-töltő gáz, kén-hexafluorid, 10 kg palack, 80 db", "CN", 800, 80, 9600, "EUR",
         "SF6 for filling car tyres (GWP 23,500) is a use banned by the F-gas regulation; 80 cylinders from Serbia to "
         "a tyre shop; Hungarian wording", firm("Gumi Centrum Kft.", "HU")),
        ("OZN-07", "export", "DESEA01", "sea", "DE", [], "NG", "382769",
         "Rückgewonnenes Kältemittel, gemischt, zur Aufbereitung, 40 Flaschen à 50 kg", "DE", 2000, 40, 2000, "EUR",
         "mixed recovered refrigerant from old cold rooms holds R-12 and R-22: CFC and HCFC exports are banned "
         "except for destruction; declared under the HFC-mixture heading to Nigeria; German wording",
         {"importer_country": "NG"}),
        ("OZN-08", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "382764",
         "Czynnik chłodniczy R-407C, butle 11,3 kg, 800 szt.", "CN", 9040, 800, 18000, "USD",
         "9 t of HFC at 2 USD/kg by China-Europe rail to a consignee with no quota or registry entry; the price "
         "is below factory cost for R-407C and the cylinders are non-refillable; Polish wording",
         {"importer_country": "PL"}),
        ("OZN-09", "import", "FIPOST01", "post", "US", [], "FI", "382499",
         "Ilmastoinnin vuodonestoaine ja täyttö, klassikkoautoille, 12 tölkkiä 340 g", "US", 4.1, 12, 240, "USD",
         "'stop-leak and refill' cans for classic cars in 12 oz cans are R-12 (CFC-12), banned; by post to a private "
         "person; Finnish wording", person("Mikko Virtanen", "FI")),
        ("OZN-10", "import", "ROAIR01", "air", "CN", [], "RO", "321410",
         "Spumă poliuretanică monocomponentă, 750 ml, 'fără CFC', 2 400 buc.", "CN", 1800, 2400, 4300, "USD",
         "'CFC-free' is true but the cans are blown with HFC-134a: one-component foams with HFCs of GWP 150 or more "
         "may not be placed on the market; Romanian wording", {"importer_country": "RO"}),
    ],
    "cultural": [
        ("CUL-01", "import", "IEAIR01", "express", "EG", [], "IE", "691390",
         "Faience figurines, blue-green, mummiform, souvenir, 12 pcs", "EG", 1.5, 12, 4200, "EUR",
         "mummiform faience figures with hieroglyph columns at 350 EUR each are ushabtis from Egyptian tombs (Egypt "
         "bans export of antiquities); tourist copies cost a few euros (ushabtis were in earlier sets, here by "
         "express to Ireland)", person("Mr D. O'Brien", "IE")),
        ("CUL-02", "import", "HUROAD01", "road", "UA", [], "HU", "740400",
         "Bronzhulladék, harangok, 2 db", "UA", 820, 2, 5700, "EUR",
         "two bronze bells with Cyrillic inscriptions and dates from a war-affected region under copper-alloy scrap: "
         "church bells (ICOM Red List Ukraine), priced at three times the metal value; Hungarian wording",
         {"importer_country": "HU"}),
        ("CUL-03", "import", "CZAIR01", "air", "IQ", ["TR"], "CZ", "711620",
         "Kamenné korálky, válcovité, s rytinou, 40 ks", "IQ", 0.9, 40, 6000, "USD",
         "engraved stone cylinders from Iraq are Mesopotamian cylinder seals (ICOM Red List Iraq, UN 1483 ban), "
         "declared as beads; Czech wording", {"importer_country": "CZ"}),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "442090",
         "Candelieri in legno dorato, arredo, 4 pz", "IT", 36, 4, 1200, "EUR",
         "gilded wooden altar candlesticks of the 18th century with inventory marks, taken from a closed church, "
         "declared as furnishings at 300 EUR each; church furnishings over 70 years old need an Italian export certificate; Italian wording",
         {"importer_country": "CH"}),
        ("CUL-05", "export", "PLPOST01", "post", "PL", [], "US", "470790",
         "Makulatura kolekcjonerska, stare dokumenty, 5 kg", "PL", 5, None, 60, "EUR",
         "'collectable waste paper' is leaves of an 18th-century parish register: archives over 50 years old need an "
         "export licence whatever their value (EU 116/2009, Annex I); Polish wording", {"importer_country": "US"}),
        ("CUL-06", "import", "ESAIR01", "air", "MX", ["US"], "ES", "680299",
         "Máscaras de piedra verde, artesanía de Guerrero, 3 pzas", "MX", 9, 3, 6000, "USD",
         "greenstone masks at 2,000 USD each with drilled ears and root marks are Mezcala/Teotihuacan masks, "
         "property of the Mexican state; declared as crafts via the US; Spanish wording", {"importer_country": "ES"}),
        ("CUL-07", "import", "FRAIR01", "air", "KH", ["TH"], "FR", "680293",
         "Tête de divinité en grès, décoration de jardin, 1 pièce", "KH", 25, 1, 1200, "USD",
         "a weathered sandstone deity head with a broken neck from Cambodia is a Khmer temple sculpture (Red List "
         "Cambodia), routed via Bangkok; French wording (Khmer sculpture was in earlier sets, here as garden décor by air)",
         {"importer_country": "FR"}),
        ("CUL-08", "import", "DEPOST01", "post", "NO", [], "DE", "711719",
         "Gamle metallgjenstander, funn fra hagen, 14 stk", "NO", 0.6, 14, 90, "EUR",
         "oval bronze brooch halves and a strap end 'found in the garden' are Viking-age finds; Norwegian law "
         "makes objects older than 1537 state property, barred from export; Norwegian wording",
         person("Herr K. Becker", "DE")),
        ("CUL-09", "import", "BEAIR01", "air", "SY", ["LB"], "BE", "680292",
         "Kalkstenen wandplaat, decoratief, portret, 1 st", "SY", 80, 1, 2500, "USD",
         "a limestone plaque with a bust and an Aramaic line is a Palmyrene funerary portrait (Red List Syria), "
         "routed through Beirut; Dutch wording", {"importer_country": "BE"}),
        ("CUL-10", "import", "ATAIR01", "express", "OM", [], "AT", "680291",
         "Alabasterköpfe, Souvenir, 'Marib-Stil', 2 Stück", "YE", 7, 2, 3800, "USD",
         "two alabaster heads with inlaid-eye sockets of Yemeni origin sent from Oman are South Arabian funerary heads "
         "(Red List Yemen), not souvenirs; German wording", person("Thomas Gruber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "851779",
         "Telecom base-station parts, frequency reference modules, 20 pcs", "US", 30, 20, 64000, "USD",
         "3,200 USD 'reference modules' are rubidium atomic frequency standards (dual-use 3A002.g), bought by a "
         "Dubai reseller that supplies Russian buyers; telecom operators buy through vendors, not traders",
         {"importer_country": "AE"}),
        ("STR-02", "import", "ROSEA01", "sea", "GE", [], "RO", "310420",
         "Clorură de potasiu granulată, roz, 60 % K2O, origine Uzbekistan, 25 000 t", "UZ", 25000000, None, 6750000, "USD",
         "pink granular 60 % potash in a Panamax lot from Poti: Uzbekistan makes little and exports by rail east; "
         "this is Belarusian potash, banned from import, with a false origin; Romanian wording",
         {"importer_country": "RO"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AM", "903020",
         "Oszilloskope, 4 Kanäle, 2 GHz, für Universitätslabor, 60 Stück", "US", 480, 60, 420000, "EUR",
         "60 high-end oscilloscopes to a Yerevan trading firm 'for a university lab': a common-high-priority item "
         "re-exported to Russia; a lab buys a few; German wording", {"importer_country": "AM"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", ["AE"], "IR", "841989",
         "Fermentatori in acciaio inox 500 l, per birra artigianale, sterilizzabili in situ, 6 pz", "IT", 4200, 6, 180000, "EUR",
         "closed fermenters of 500 l that sterilise in place are dual-use 2B352 (biological equipment); 'craft "
         "beer' in Iran, where alcohol is banned, via Jebel Ali; Italian wording", {"importer_country": "IR"}),
        ("STR-05", "export", "NLAIR01", "air", "NL", [], "KG", "852910",
         "GNSS antenna modules, 8-element, for precision farming, 30 pcs", "US", 45, 30, 210000, "USD",
         "8-element controlled-reception-pattern antennas at 7,000 USD each are anti-jam GNSS antennas used on "
         "military drones; precision farming uses a single patch antenna; to a Kyrgyz reseller", {"importer_country": "KG"}),
        ("STR-06", "import", "ITAIR01", "air", "AE", [], "IT", "710812",
         "Lingotti d'oro 1 kg, oro riciclato, origine EAU, 12 pz", "AE", 12, 12, 900000, "USD",
         "'recycled' kilo bars cast in Dubai without refiner assay marks: Russian gold recast to evade the import "
         "ban (Regulation 833/2014 art. 3o); Italian wording", {"importer_country": "IT"}),
        ("STR-07", "export", "DEROAD01", "road", "DE", ["PL", "BY", "RU"], "KZ", "850132",
         "Bürstenlose Außenläufermotoren, für E-Bikes, mit Propelleradapter, 400 Stück", "CN", 560, 400, 96000, "EUR",
         "e-bikes use hub motors; outrunner motors with propeller adapters are UAV motors, in 400s to a Kazakh "
         "reseller by truck across Belarus and Russia; German wording", {"importer_country": "KZ"}),
        ("STR-08", "export", "BESEA01", "sea", "BE", [], "EG", "292219",
         "Gas-sweetening amine, N-methyldiethanolamine 99 %, ISO tank, 20 t", "BE", 20000, None, 52000, "EUR",
         "MDEA is CWC Schedule 3 and dual-use 1C350 (an export licence is needed for Egypt); declared under the "
         "amino-alcohol catch-all, not its own subheading 2922.17, to a trading house with no gas plant, no licence quoted", {"importer_country": "EG"}),
        ("STR-09", "transit", "PLRAIL01", "rail", "DE", ["PL", "BY", "RU"], "UZ", "853710",
         "CNC-Steuerungen, Nachrüstsätze für Holzbearbeitung, 25 Stück", "DE", 750, 25, 310000, "EUR",
         "12,400 EUR controls with 5-axis simultaneous interpolation are machine-tool controls (2B001/CHPL) in "
         "transit by rail across Belarus and Russia to an Uzbek trader; woodworking retrofits are 3-axis; German wording",
         {"importer_country": "UZ"}),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "TR", "880730",
         "Rámy zemědělských dronů, uhlíkové, 20 ks", "CN", 160, 20, 16000, "EUR",
         "agricultural drone frames ride with 40 thermal camera cores of 640x512 at 30 Hz (dual-use 6A003), to an "
         "Istanbul trader re-exporting to Russia; crop sprayers carry no thermal cores; Czech wording",
         {"importer_country": "TR",
          "_more_items": [item("852589", "Termokamerová jádra 640x512, 30 Hz, 40 ks", "CN", 8, 88000, "EUR", qty=40)]}),
    ],
    "precursors": [
        ("PRE-01", "import", "CZPOST01", "post", "CN", [], "CZ", "284700",
         "Peroxid vodíku 50 %, hydroponie - okysličení kořenů, 4 kanystry 5 l", "CN", 22, 4, 60, "USD",
         "hydroponic growers use 3-8 % peroxide; 50 % (Annex I, above 12 %) in 5 l cans by post to a private person; "
         "Czech wording", person("Soukromá osoba", "CZ")),
        ("PRE-02", "import", "SEAIR01", "express", "US", [], "SE", "290420",
         "Nitrometan-d3, NMR-lösningsmedel, 10 × 500 ml", "US", 5.7, 10, 90, "USD",
         "deuterated NMR solvents come in 1 ml ampoules at dozens of dollars each; 5 l for 90 USD is plain "
         "nitromethane (Annex I above 16 %) to a private person; Swedish wording", person("Karin Andersson", "SE")),
        ("PRE-03", "import", "IEPOST01", "post", "GB", [], "IE", "282919",
         "Hydroponic nutrient 'Part C', potassium chlorate 99 %, 3 x 2 kg", "GB", 6, 3, 45, "GBP",
         "no plant nutrient is potassium chlorate (it is a herbicide and Annex I precursor); 6 kg by post to a "
         "private person (potassium chlorate repeats, here as a nutrient by post to Ireland)", person("Mr P. Murphy", "IE")),
        ("PRE-04", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "340600",
         "Kerzenrohlinge, gelb, gegossen, 400 g, mit Mittelbohrung, 500 Stück", "DE", 200, 500, 9000, "EUR",
         "yellow cast 400 g cylinders with a central cap well are pentolite cast boosters (UN 0042); candle blanks "
         "are white wax at cents; explosives need a transfer licence; German wording (cast boosters were in earlier "
         "sets, here as candle blanks)", {"importer_country": "RS"}),
        ("PRE-05", "import", "HUAIR01", "air", "CN", [], "HU", "391731",
         "Műanyag cső, 3 mm, belül porbevonattal, akváriumi levegőcső, 20 tekercs × 500 m", "CN", 60, 20, 2600, "USD",
         "3 mm tube with a powder coating inside is shock tube (HMX/aluminium, for non-electric detonators); aquarium "
         "airline is clear, 4-6 mm and uncoated; Hungarian wording", {"importer_country": "HU"}),
        ("PRE-06", "import", "BEAIR01", "express", "CN", [], "BE", "282990",
         "Vijverhelderheidskristallen, natriumperchloraat 98 %, 5 zakken van 1 kg", "CN", 5, 5, 70, "USD",
         "pond clarifiers are flocculants; sodium perchlorate (Annex I above 40 %) by express to a private person; "
         "Dutch wording (sodium perchlorate repeats, here with a pond cover story)", person("Jan Peeters", "BE")),
        ("PRE-07", "import", "HRROAD01", "road", "BA", [], "HR", "310230",
         "Sredstvo za otapanje snijega i leda, amonijev nitrat 34,4 % N, vreće 25 kg, 1 t", "BA", 1000, 40, 420, "EUR",
         "an ice-melt bought in June, and made of 34 % N ammonium nitrate (Annex I above 16 % N) for a private "
         "buyer; road de-icers are salt; Croatian wording", person("Ivan Horvat", "HR")),
        ("PRE-08", "transit", "BGROAD01", "road", "TR", ["BG", "RO"], "MD", "853690",
         "Elektrik konnektörü, bakır tel 2 m, alüminyum kovan Ø7 mm, 2 000 adet", "TR", 90, 2000, 5200, "EUR",
         "a 7 mm aluminium shell with two 2 m leg wires is an electric detonator (UN 0030/0456), moved in transit as "
         "connectors; explosives transfers need authorisation from every state crossed; Turkish wording",
         {"importer_country": "MD"}),
        ("PRE-09", "import", "FRROAD01", "road", "CH", [], "FR", "280800",
         "Acide nitrique fumant 98 %, décapant pour orfèvrerie, 12 bidons de 5 l", "CH", 90, 12, 540, "CHF",
         "jewellers pickle in dilute acid or bisulphate; 60 l of fuming nitric acid (Annex I above 3 %) to a private "
         "person by van; French wording", person("M. T. Dubois", "FR")),
        ("PRE-10", "import", "PTAIR01", "express", "CN", [], "PT", "291411",
         "Removedor de verniz, acetona 99 %, 20 l", "CN", 16, 1, 40, "USD",
         "a 'nail salon' parcel to a private person: acetone with 10 l of 35 % hydrogen peroxide (Annex I) and 96 % "
         "sulphuric acid drain cleaner (Annex II): the three TATP precursors together; salons do not use 35 % "
         "peroxide; Portuguese wording",
         {"consignee_name": "João Pereira", "importer_country": "PT",
          "_more_items": [item("284700", "Ativador de gel, peróxido de hidrogénio 35 %, 10 l", "CN", 11, 30, "USD", qty=2),
                          item("280700", "Desentupidor, ácido sulfúrico 96 %, 5 l", "CN", 9, 15, "USD", qty=1)]}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BESEA01", "sea", "TZ", [], "BE", "440799",
         "Padouk africain, bois scié, 40 m3", "CD", 32000, None, 36000, "USD",
         "blood-red rosewood from Katanga shipped through Dar es Salaam is mukula (Pterocarpus tinctorius, CITES "
         "App. II) named as the unlisted padauk; French wording (mukula was in earlier sets, here as padauk)",
         {"importer_country": "BE"}),
        ("WLF-02", "import", "DEPOST01", "post", "CN", [], "DE", "121190",
         "Getrocknete Knollen, 'Tianma' 天麻, 5 kg", "CN", 5, None, 400, "USD",
         "tianma is Gastrodia elata, an orchid (CITES App. II), dried tubers with no permit by post to a private "
         "person; German and Chinese wording", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "GBAIR01", "express", "CA", [], "GB", "050790",
         "Carved spiral walking stick, decorative horn, 2.1 m, 1 pc", "CA", 8, 1, 9000, "CAD",
         "a 2 m spiral 'horn' is a narwhal tusk (CITES App. II, needs export and import permits); no horn grows "
         "in a spiral of that length", person("Emma Jones", "GB")),
        ("WLF-04", "import", "CZPOST01", "post", "VN", [], "CZ", "051199",
         "Tắc kè khô, thuốc bắc, 100 con", "VN", 2, 100, 300, "USD",
         "dried split geckos for medicinal wine are tokay geckos (Gekko gecko, CITES App. II since 2019) with no "
         "permit, among other herbs; Vietnamese wording",
         {"consignee_name": "Nguyen Van Hung", "importer_country": "CZ",
          "_more_items": [item("121190", "Thảo dược khô, 3 kg", "VN", 3, 60, "USD")]}),
        ("WLF-05", "import", "NLAIR01", "air", "HK", [], "NL", "030579",
         "Dried fish gills, 'peng yu sai' 鹏鱼鳃, 40 kg", "LK", 40, None, 14000, "USD",
         "peng yu sai are manta and devil ray gill plates (Mobulidae, CITES App. II) at 350 USD/kg; Sri Lankan "
         "origin via Hong Kong", {"importer_country": "NL"}),
        ("WLF-06", "import", "ESAIR01", "air", "CO", ["PA"], "ES", "010690",
         "Ranas vivas de acuario, 'Xenopus', 200 pzas", "CO", 4, 200, 2000, "USD",
         "clawed frogs travel in water bags; these go in film canisters and are red-and-black: wild poison frogs "
         "(Oophaga, Dendrobatidae, CITES App. II) from Colombia; Spanish wording", {"importer_country": "ES"}),
        ("WLF-07", "import", "PTSEA01", "sea", "ZA", [], "PT", "060220",
         "Plantas ornamentais, troncos de palmeira, 6 unidades", "ZA", 900, 6, 3000, "USD",
         "squat armoured 'palm trunks' from South Africa with cut leaves are cycad stems (Encephalartos, CITES "
         "App. I) poached from the wild; Portuguese wording", {"importer_country": "PT"}),
        ("WLF-08", "import", "FRSEA01", "sea", "CM", [], "FR", "121190",
         "Écorce séchée pour tisane, 5 t", "CM", 5000, None, 6000, "EUR",
         "reddish dried bark from Cameroon's highlands in 5 t for 'herbal tea' is Prunus africana (pygeum, CITES "
         "App. II) with no export permit; French wording (pygeum repeats, here as tea bark)", {"importer_country": "FR"}),
        ("WLF-09", "import", "GRSEA01", "sea", "PH", [], "GR", "960190",
         "Διακοσμητικά κοχύλια, μπολ, 300 τεμ.", "PH", 1500, 300, 4500, "USD",
         "bowls of 5 kg with fluted edges are giant clam shells (Tridacna, CITES App. II) from the Philippines, which "
         "bans their export; Greek wording", {"importer_country": "GR"}),
        ("WLF-10", "export", "ESAIR01", "air", "ES", [], "QA", "010639",
         "Aves de presa, híbridos criados en cautividad, 6 ejemplares", "ES", 6, 6, 60000, "EUR",
         "'captive-bred hybrids' with no rings of a registered breeder are wild-taken saker and peregrine falcons "
         "(CITES App. II/I) for Gulf buyers; Spanish wording", {"importer_country": "QA"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUROAD01", "road", "AT", "HU", "391731",
     "Shock tube for non-electric initiation, 3 mm, 500 m reels, 10 reels", "AT", 30, 10, 1800, "EUR",
     [("PRECURSOR_LICENCE", "HU-BFKH-32-0219")], "shock tube with its transfer licence to a blasting contractor"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "DE", "SE", "290420",
     "Nitromethane 99 %, for a pharmaceutical synthesis plant, 200 l drums, 4 pcs", "DE", 900, 4, 3800, "EUR",
     [("PRECURSOR_LICENCE", "SE-KEMI-32-0033")], "licensed nitromethane to a pharmaceutical manufacturer"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "FI", "281512",
     "Spent caustic from refinery, for treatment, ISO tank, 20 t", "NL", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-32-0402")], "notified spent caustic to a licensed treatment plant"),
    ("PRM-04", "waste", "export", "DERAIL01", "rail", "DE", "SE", "260300",
     "Shredded printed circuit boards, for copper smelting, 20 t", "DE", 20000, None, 26000, "EUR",
     [("BASEL_CONSENT", "DE-LFU-32-0775")], "notified circuit-board shred to a licensed smelter"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290319",
     "1,1,1-Trichloroethane, analytical reagent, essential laboratory use, 10 x 1 l", "US", 13, 10, 900, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-32-0034")], "licensed laboratory methyl chloroform to a test laboratory"),
    ("PRM-06", "ozone", "export", "DESEA01", "sea", "DE", "GB", "382711",
     "Recovered CFC refrigerant for destruction, 40 cylinders", "DE", 2000, 40, 0, "EUR",
     [("ODS_LICENCE", "DE-UBA-ODS-32-0012")], "ODS sent under licence to a permitted destruction plant"),
    ("PRM-07", "cultural", "export", "PLAIR01", "air", "PL", "US", "490700",
     "Manuscript letters, 19th century, family archive, 12 pcs", "PL", 1, 12, 4000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-32-0198")], "an archive with its export licence to a university library"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970690",
     "Pair of gilded wooden altar candlesticks, late 18th century, ex-collection, 2 pcs", "IT", 18, 2, 14000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-32-0291")], "documented antiques with their export certificate for an exhibition"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "851779",
     "Rubidium frequency standards for a national metrology institute, 4 pcs", "US", 6, 4, 14000, "USD",
     [("EXPORT_LICENCE", "DE-BAFA-32-04417"), ("END_USER_CERTIFICATE", "JP-METI-EUC-32-0140")],
     "3A002.g standards under licence to a metrology institute"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "CH", "841989",
     "Stainless fermenters 500 l, sterilisable in place, for a vaccine plant, 2 pcs", "IT", 1400, 2, 62000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-32-0512"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-32-0077")],
     "2B352 fermenters under licence to a vaccine maker"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "ZA", "DE", "060220",
     "Encephalartos seedlings, artificially propagated, nursery-grown, 40 pcs", "ZA", 20, 40, 2400, "USD",
     [("CITES_PERMIT", "ZA-CITES-32-01733")], "propagated App. I cycad seedlings with their permit to a botanic garden"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121190",
     "Prunus africana bark, plantation-managed, for extract manufacture, 5 t", "CM", 5000, None, 11000, "EUR",
     [("CITES_PERMIT", "CM-CITES-32-0288")], "pygeum bark within quota with its export permit to an extractor"),
]

CONSIGNEES = {
    "PRM-01": "Dunántúli Robbantástechnika Kft.", "PRM-02": "Södertälje Syntes AB",
    "PRM-07": "Hoover Institution Library", "PRM-09": "National Metrology Institute of Japan",
    "PRM-11": "Botanischer Garten Hamburg", "PRM-12": "Extraits Naturels du Rhône SAS",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows)
    ("440691", "Railway sleepers, new, pine, creosote-free, untreated", "import", ["sea"], ["SE", "FI"], (0.3, 0.5), (20000, 24000), ["EUR"], 0.012, S),
    ("281512", "Caustic soda lye 50 %, membrane grade, new, ISO tank", "import", ["sea"], ["US", "SA"], (0.35, 0.5), (20000, 24000), ["USD"], None, S),
    ("720449", "Steel scrap HMS 1/2, clean, radiation-checked", "import", ["sea"], ["US", "GB"], (0.3, 0.42), (22000, 26000), ["USD", "GBP"], None, S),
    ("321000", "Water-based emulsion paint, new, 10 l pails", "import", ["road"], ["TR", "CZ"], (1.5, 2.5), (8000, 16000), ["EUR"], 0.07, S),
    ("260300", "Copper concentrate, 26 % Cu, mine output, with assay report", "import", ["sea"], ["CL", "PE"], (2.2, 3.0), (22000, 26000), ["USD"], None, S),
    ("681182", "Fibre-cement roof sheets, new, asbestos-free", "import", ["road"], ["CZ", "TR"], (0.4, 0.7), (15000, 22000), ["EUR"], 0.05, S),
    ("870323", "Used cars, Euro 6, with roadworthiness test report", "import", ["sea"], ["JP", "GB"], (6, 12), (1200, 1600), ["USD", "GBP"], None, S),
    ("381400", "Thinners for paints, new, 20 l cans", "import", ["road"], ["PL", "CZ"], (1.2, 2.0), (5000, 12000), ["EUR"], 0.05, S),
    ("440131", "Wood pellets, ENplus A1, bulk", "import", ["sea"], ["LV", "US"], (0.2, 0.3), (22000, 26000), ["EUR", "USD"], None, S),
    ("271112", "Propane-butane camping cartridges, 450 g, retail", "import", ["road"], ["CZ", "TR"], (3, 5), (4000, 10000), ["EUR"], 2, S),
    ("390729", "Polyether polyol for flexible foam, no blowing agent, drums", "import", ["sea"], ["KR", "SA"], (1.3, 1.8), (18000, 22000), ["USD"], None, S),
    ("290351", "R-1234yf refrigerant, genuine, 5 kg cylinders, to a car-parts distributor", "import", ["sea"], ["US", "JP"], (60, 90), (500, 2000), ["USD"], 0.2, S),
    ("280430", "Nitrogen, compressed, 50 l cylinders, for a tyre-fitting chain", "import", ["road"], ["CZ", "SK"], (1.5, 3), (2000, 6000), ["EUR"], 0.1, S),
    ("321410", "PU foam cans 750 ml, propane/butane/DME propellant, HFC-free", "import", ["road"], ["PL", "TR"], (2.5, 4), (5000, 12000), ["EUR"], 1.3, S),
    ("382499", "Leak-detection dye for car air-conditioning, UV, 250 ml", "import", ["post"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 4, S),
    ("691390", "Replica Egyptian figurines, resin-faience, museum shop, marked", "import", ["post"], ["EG", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 8, S),
    ("830629", "Bronze bells, new, cast, for a church, with foundry certificate", "import", ["road"], ["PL", "CZ"], (20, 35), (300, 1200), ["EUR"], None, S),
    ("711620", "Semi-precious stone beads, new, drilled, strung", "import", ["air"], ["IN", "CN"], (40, 120), (5, 40), ["USD"], None, S),
    ("442090", "Wooden candlesticks, new, turned, gilded, decorative", "import", ["sea"], ["IN", "VN"], (6, 12), (2000, 5000), ["USD"], 2, S),
    ("470790", "Recovered paper, sorted OCC, baled, for a paper mill", "export", ["sea"], ["NO", "GB"], (0.12, 0.2), (22000, 26000), ["EUR"], None, S),
    ("680299", "Carved soapstone figures, new, handicraft", "import", ["post"], ["KE", "MX"], (15, 30), (1, 4), ["USD"], 2, S),
    ("680292", "Limestone wall plaques, new, carved, garden", "import", ["road"], ["PT", "TR"], (1, 2), (3000, 8000), ["EUR"], 0.05, S),
    ("711719", "Replica Viking brooches, pewter-bronze, new", "import", ["post"], ["NO", "DK"], (60, 120), (1, 2), ["EUR", "NOK"], 20, S),
    ("903020", "Oscilloscopes, 100 MHz, to a school-equipment distributor", "import", ["air"], ["CN", "US"], (80, 160), (50, 300), ["USD"], 0.2, S),
    ("841989", "Stainless brewing fermenters, 500 l, for a brewery, new", "import", ["road"], ["CZ", "DE"], (15, 25), (1000, 3000), ["EUR"], 0.0015, S),
    ("852910", "GNSS patch antennas for tractors, single element", "import", ["air"], ["CN", "TW"], (80, 200), (20, 100), ["USD"], 4, S),
    ("850132", "E-bike hub motors, 250 W class, new", "import", ["sea"], ["CN", "TW"], (15, 25), (3000, 8000), ["USD"], 0.25, S),
    ("292219", "Diglycolamine, 2-(2-aminoethoxy)ethanol, for metalworking coolant blending", "import", ["sea"], ["US", "DE"], (2, 3), (15000, 20000), ["USD", "EUR"], None, S),
    ("853710", "PLC control panels for packaging lines, to an integrator", "import", ["road"], ["CZ", "DE"], (40, 80), (200, 1500), ["EUR"], 0.02, S),
    ("880730", "Parts of agricultural spraying drones, nozzles and tanks, to a dealer", "import", ["air"], ["CN"], (30, 60), (50, 400), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy, 250 ml bottles", "import", ["road"], ["CZ", "PL"], (1.5, 2.5), (3000, 8000), ["EUR"], 3.5, S),
    ("340600", "Pillar candles, white, paraffin, retail", "import", ["sea"], ["CN", "VN"], (2, 3.5), (8000, 14000), ["USD"], 4, S),
    ("391731", "Aquarium airline tubing, 4/6 mm, clear silicone, retail", "import", ["post"], ["CN", "DE"], (20, 40), (1, 3), ["USD", "EUR"], 5, S),
    ("310230", "Calcium ammonium nitrate 27 % N, fertiliser, to a farm cooperative", "import", ["sea"], ["EG", "NO"], (0.3, 0.45), (22000, 26000), ["USD", "EUR"], None, S),
    ("392640", "Resin frog figurines, painted, garden ornaments", "import", ["express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 6, S),
    ("670290", "Artificial palm trees, 2 m, polyester leaves, for hotel lobbies", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 0.1, S),
    ("210690", "Vegan fish-maw substitute, konjac, retail packs", "import", ["sea"], ["CN", "TW"], (4, 7), (2000, 6000), ["USD"], 5, S),
    ("392640", "Resin replica narwhal tusk, decorative, 1.5 m", "import", ["post"], ["CA", "GB"], (30, 60), (2, 4), ["CAD", "GBP"], 0.4, S),
    ("960190", "Mother-of-pearl buttons, farmed pearl oyster", "import", ["air"], ["CN", "VN"], (50, 120), (20, 150), ["USD"], 300, S),
    ("440799", "Padauk, Pterocarpus soyauxii, sawn, with due-diligence file", "import", ["sea"], ["CM", "GA"], (0.9, 1.4), (15000, 20000), ["EUR"], None, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 6 rows dropped and 5 replaced in place.
base.GOODS += base.everyday(
    drop=["Mangoes, fresh", "Maize flour, masa", "Walnuts in shell", "Knitted hats, acrylic", "Framed mirrors",
          "Inflatable kayaks"],
    replace={
        "Fresh asparagus, green":
            ("080440", "Fresh avocados, Hass", "import", ["air"], ["PE", "MX"], (4, 6), (3000, 8000), ["USD"], None, N),
        "Cumin seeds, whole":
            ("090411", "Black pepper, whole", "import", ["sea"], ["IN", "SY"], (3, 4.5), (12000, 18000), ["USD"], None, N),
        "Instant noodles, retail packs":
            ("160414", "Canned tuna in oil, retail", "import", ["sea"], ["KR", "TH"], (2, 3.5), (8000, 14000), ["USD"], 12, N),
        "Tractor tyres, new":
            ("391732", "Garden hoses, PVC, retail", "import", ["sea"], ["IN", "LK"], (2.5, 3.5), (12000, 18000), ["USD"], 0.01, N),
        "Acoustic guitars":
            ("920710", "Digital pianos", "import", ["sea"], ["CN", "ID"], (20, 40), (2000, 5000), ["USD"], 0.4, N),
    }
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind37", 20320501, HERE)


if __name__ == "__main__":
    main()
