#!/usr/bin/env python3
"""Writes the fifth blind set (tests/risk/data/blind5-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated January - February 2027, with goods, routes,
languages and disguise families found, where possible, in none of the dev, heldout,
blind, blind2, dev4, blind3, blind4, dev5 and dev6 sets. Written by a person who had not read the
profile packs (nor any rule file) and had not run the engine on it, and committed
before the round-seven profile changes were measured on it. Same row layout and
expansion as make_blind_set.py, whose functions it reuses, and the same extras as
make_blind4_set.py: a disguised row's extra header fields may carry "_item" (fields
merged into its item) and "_more_items" (further items of the same declaration):

    python3 tests/risk/data/make_blind5_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

base.START = datetime.date(2027, 1, 1)
base.DAYS = 59  # 1 January to 28 February 2027
PRIVATE = {"consignee_name": "Private person"}

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "NLSEA01", "sea", "NL", [], "PK", "380893",
         "Stump remover granules, potassium nitrate 99 %, 25 kg bags", "NL", 18000, None, 16200, "EUR",
         "18 t of potassium nitrate (Annex II) as garden stump remover under the herbicide code: stump remover is a "
         "retail product sold to gardeners in 500 g tubs, not in 25 kg bags by the container; to a Quetta trading "
         "house through Karachi",
         {"importer_name": "Quetta Garden Traders", "importer_country": "PK"}),
        ("PRE-02", "export", "ESSEA01", "sea", "ES", [], "MX", "310520",
         "Fertilizante NPK 34-0-0, granulado poroso, sacos de 50 kg", "ES", 22000, None, 9900, "EUR",
         "ammonium nitrate as an NPK compound fertiliser: an 'NPK' of grade 34-0-0 has no phosphorus and no potassium, "
         "and 34 % N alone is ammonium nitrate (porous, explosive grade); 22 t for an Apatzingan (Michoacan) buyer, "
         "where cartels use AN in improvised mines; Spanish wording",
         {"importer_name": "Agroinsumos Tierra Caliente SA de CV", "importer_country": "MX"}),
        ("PRE-03", "export", "FRSEA01", "sea", "FR", ["SN"], "ML", "280800",
         "Acide azotique 40° Baumé, bonbonnes de 35 l, 200 bonbonnes", "FR", 9800, 200, 4900, "EUR",
         "nitric acid by an old name ('acide azotique') and its Baumé degree: 40° Bé is about 62 % HNO3; 200 "
         "carboys via Dakar to a gold-buying counter in Kayes (artisanal gold sites, armed groups); French wording",
         {"importer_name": "Comptoir Orpaillage de Kayes", "importer_country": "ML"}),
        ("PRE-04", "import", "ITAIR01", "express", "CN", [], "IT", "381090",
         "Polvere per saldatura alluminotermica, sfusa, 10 kg, uso hobbistico", "CN", 10, 1, 60, "USD",
         "10 kg of loose thermite (aluminium powder with iron oxide, Annex II aluminium powder) to a private person by "
         "express: aluminothermic welding is sold as sealed single-use portions with crucibles to rail-track "
         "contractors, never as loose 'hobby' powder; Italian wording",
         dict(PRIVATE, importer_country="IT")),
        ("PRE-05", "transit", "BESEA01", "sea", "CN", [], "TG", "761699",
         "Aluminium closed-end ferrules 7.3 x 45 mm, pre-filled, with leg wires 2 m, DG class 1.4B UN0255, 10,000 pcs",
         "CN", 400, 10000, 7000, "USD",
         "electric detonators as aluminium ferrules: a 'pre-filled' closed 7.3 mm aluminium tube with leg wires "
         "carrying class 1.4B and UN0255 (detonators, electric, for blasting) is a blasting cap; in transit through "
         "Antwerp to Lome for a Niamey hardware dealer",
         {"consignee_name": "Quincaillerie Generale du Niger", "consignee_country": "NE"}),
        ("PRE-06", "export", "ITSEA01", "sea", "IT", [], "PK", "310210",
         "Urea 46 % N, granular, 50 kg bags", "IT", 20000, None, 9000, "EUR",
         "urea beside 4.9 t of 68 % nitric acid in the same consignment to a farm supplier in Peshawar: the two make "
         "urea nitrate, the main charge of improvised devices on the Pakistan-Afghanistan border; a farm supplier "
         "sells no concentrated nitric acid",
         {"importer_name": "Khyber Farm Services", "importer_country": "PK", "_more_items": [
             {"hs_code": "280800", "description": "Nitric acid 68 %, 35 l carboys, 100 pcs", "origin_country": "IT",
              "net_mass_kg": 4900, "quantity": 100, "quantity_unit": "u", "value": 2500, "currency": "EUR"}]}),
        ("PRE-07", "export", "CZROAD01", "road", "CZ", ["HU", "RS"], "BA", "340600",
         "Svíčky válcové žluté 400 g, se středovým kanálkem 7 mm, bez knotu, 2 000 ks", "CZ", 800, 2000, 14000, "EUR",
         "cast boosters (pentolite or TNT, Class 1.1D) as yellow candles: a 400 g cylinder with a 7 mm central "
         "channel and no wick is a cast primer with its detonator well, and 7 EUR a piece is four times a candle; "
         "by road through Hungary and Serbia to Bosnia, Czech wording",
         {"importer_name": "Svijeca Trgovina d.o.o.", "importer_country": "BA"}),
        ("PRE-08", "import", "DEPOST01", "post", "US", [], "DE", "284700",
         "Wasserstoffperoxid 35 % lebensmittelecht, für Sauerstofftherapie, 4 x 1 Gallone", "US", 17, 4, 140, "USD",
         "35 % 'food grade' hydrogen peroxide sold for 'oxygen therapy' to a private person by post (Annex I limit "
         "12 %); German wording",
         dict(PRIVATE, importer_country="DE")),
        ("PRE-09", "export", "BESEA01", "sea", "BE", [], "TR", "284290",
         "كلورات البوتاسيوم KClO3 - مادة خام لصناعة الثقاب - أكياس 25 كغ", "BE", 12000, None, 14400, "EUR",
         "potassium chlorate named only in Arabic ('raw material for match making') under the code for other "
         "inorganic salts, to a Gaziantep trader for a consignee in Idlib (north-west Syria, armed groups); match "
         "factories buy chlorate under their own name with an end-use statement; Arabic wording",
         {"importer_name": "Gaziantep Kimya Ticaret", "importer_country": "TR",
          "consignee_name": "Idlib General Trading", "consignee_country": "SY"}),
        ("PRE-10", "export", "NLSEA01", "sea", "NL", ["DJ"], "SO", "382499",
         "ECM electrolyte salt, sodium chlorate base (NaClO3 > 95 %), 25 kg drums", "NL", 15000, None, 13500, "EUR",
         "sodium chlorate as an electrochemical-machining electrolyte: an ECM shop mixes a few hundred kilograms of "
         "nitrate or chlorate solution, not 15 t of solid chlorate; via Djibouti to a 'machine works' in Mogadishu",
         {"importer_name": "Mogadishu Machine Works", "importer_country": "SO"}),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "850760",
         "Traktionsbatterien, gebraucht, aus Unfallfahrzeugen, als Second-Life-Speicher, nach Gewicht, 40 Stück",
         "DE", 18000, 40, 9000, "EUR",
         "crash-damaged electric-vehicle battery packs (hazardous waste, lithium cells) as second-life storage, sold "
         "by weight at 0.50 EUR/kg (225 EUR a pack; a working pack is worth thousands) to Lagos; a pack from an "
         "accident vehicle cannot be reused without a test; German wording",
         {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", ["CL"], "BO", "280540",
         "Liquid metal 99.9 %, 34.5 kg steel flasks, for laboratory use, 40 flasks", "NL", 1380, 40, 55000, "USD",
         "metallic mercury (EU export ban, Regulation 2017/852; surplus EU mercury is waste for storage) in 34.5 kg "
         "flasks, the trade unit of mercury, as 'liquid metal for laboratories' via Arica to an El Alto trader for "
         "artisanal gold mining; a laboratory buys grams",
         {"importer_name": "Comercial Minera El Alto", "importer_country": "BO"}),
        ("WST-03", "export", "ESROAD01", "road", "ES", [], "MA", "391732",
         "Cinta de riego por goteo usada, con restos de tierra, en balas", "ES", 24000, None, 480, "EUR",
         "used drip-irrigation tape pulled from the fields with soil and roots (contaminated plastic waste, Y48) "
         "baled as irrigation tubing at 0.02 EUR/kg by ro-ro truck; new drip tape travels on reels at about 2 EUR/kg; "
         "Spanish wording",
         {"importer_country": "MA"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "MY", "854340",
         "Returned e-cigarettes, used, mixed brands, for parts recovery, sold by weight", "GB", 8000, None, 960, "GBP",
         "collected disposable vapes (e-waste with lithium cells, Y49/A1181) as returned goods at 0.12 GBP/kg to a "
         "Malaysian yard: returns go back to the maker, and a used vape has no parts worth recovering",
         {"importer_country": "MY"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "IN", "262040",
         "Concentrato di alluminio da schiumatura, scorie saline nere, big bag", "IT", 25000, None, 2000, "EUR",
         "salt slag and black dross from secondary aluminium smelting (hazardous: gives off ammonia and hydrogen with "
         "water) as an aluminium concentrate at 0.08 EUR/kg; 'scorie saline' is salt slag; Italian wording",
         {"importer_country": "IN"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "GH", "440692",
         "Spoorbielzen, gebruikt, gecreosoteerd, voor tuinaanleg, 400 stuks", "BE", 26000, 400, 1300, "EUR",
         "creosote-treated railway sleepers taken out of track (hazardous wood waste; creosoted wood may not be "
         "re-used in gardens) as landscaping sleepers at 3.25 EUR a sleeper to Tema; Dutch wording",
         {"importer_country": "GH"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "CI", "940429",
         "Matelas d'occasion, compressés en balles, tout-venant, 700 pièces", "FR", 14000, 700, 700, "EUR",
         "end-of-life mattresses from bulky-waste collection (household waste, Y46) baled 'tout-venant' as second-hand "
         "mattresses at 1 EUR a piece to Abidjan; second-hand mattresses are not traded unsorted by the bale; French "
         "wording",
         {"importer_country": "CI"}),
        ("WST-08", "export", "PLSEA01", "sea", "PL", [], "KE", "630900",
         "Used clothing, unsorted original, with rejects, pressed bales 55 kg", "PL", 24000, None, 960, "USD",
         "unsorted post-consumer textiles with shop rejects and rubbish (textile waste) as second-hand clothing at "
         "0.04 USD/kg to Mombasa; wearable sorted clothing sells at about 1 USD/kg",
         {"importer_country": "KE"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "NG", "902212",
         "Decommissioned CT scanner and X-ray units, non-functional, for parts, donation to hospital, 6 units", "NL",
         9000, 6, 600, "EUR",
         "non-functional decommissioned CT and X-ray units (e-waste with lead shielding and oil-filled tube heads) as "
         "a hospital donation at 100 EUR a unit, consigned to a scrap trader; a donation goes to a hospital with a "
         "functional test",
         {"importer_name": "Ikeja Medical Salvage Ventures", "importer_country": "NG"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "TG", "320890",
         "Industriële verf, off-spec, restpartijen, gemengde vaten, 80 vaten", "NL", 16000, 80, 800, "EUR",
         "waste paint and paint sludge (Y12) as off-spec industrial paint in mixed drums at 0.05 EUR/kg to Lome; "
         "off-spec paint sells at a discount, not at 1 % of its price; Dutch wording",
         {"importer_country": "TG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "SG", [], "NL", "290371",
         "Ship's stores: refrigerant R-22 for the vessel's provision plant, 120 x 13.6 kg cylinders", "CN", 1632, 120,
         9800, "USD",
         "HCFC-22 landed as ship's stores but consigned to a Rotterdam refrigeration contractor: ship's stores stay "
         "on board, and 1.6 t is no ship's provision-plant charge; no ODS licence",
         {"importer_name": "Rijnmond Koeltechniek BV", "importer_country": "NL"}),
        ("OZN-02", "import", "DESEA01", "sea", "IN", [], "DE", "290314",
         "Tetrachlormethan p.a., für Laborzwecke, 200-l-Fässer, 20 Fässer", "IN", 6300, 20, 6900, "USD",
         "carbon tetrachloride under the laboratory and analytical use exemption in 200 l drums (6.3 t): laboratory "
         "use is bought in ampoules and 2.5 l bottles, and the importer is a chemicals trader, not a laboratory; "
         "German wording",
         {"importer_name": "Chemiehandel Ruhr GmbH", "importer_country": "DE"}),
        ("OZN-03", "import", "GRSEA01", "sea", "CN", [], "GR", "291479",
         "FK-5-1-12 fire protection fluid, 100 kg cylinders superpressurised with nitrogen to 25 bar, 60 pcs", "CN",
         6000, 60, 42000, "USD",
         "HFC-227ea (quota needed) declared as the fluoroketone FK-5-1-12 at 7 USD/kg: FK-5-1-12 is a liquid shipped "
         "in drums at about 40 USD/kg; HFC-227ea is the clean agent that travels in nitrogen-superpressurised "
         "cylinders",
         {}),
        ("OZN-04", "import", "ESSEA01", "sea", "MX", [], "ES", "271119",
         "Refrigerante hidrocarburo HC-12a, latas de 6 oz, 2.400 latas", "MX", 816, 2400, 7200, "USD",
         "2,400 cans of 'HC-12a' (a propane/isobutane blend) at 340 g each: a can sold as 6 oz of hydrocarbon holds "
         "170 g, and the same can holds about twice that mass of CFC-12; CFC-12 under a hydrocarbon name, Spanish "
         "wording",
         {}),
        ("OZN-05", "import", "ESSEA01", "sea", "CN", [], "ES", "290369",
         "Bromoclorometano 99 %, intermedio farmacéutico, bidones de 250 kg, 20 bidones", "CN", 5000, 20, 21000, "USD",
         "bromochloromethane (halon 1011, Montreal Annex C group III, banned) by its chemical name under the "
         "bromides code (it belongs in 2903.79), for a trading company, no ODS licence; Spanish wording",
         {"importer_name": "Quimica Levante Trading SL", "importer_country": "ES"}),
        ("OZN-06", "import", "BEAIR01", "express", "CN", [], "BE", "382765",
         "Gift: refrigerant R-410A, 11.3 kg cylinder, 1 pc", "CN", 11.3, 1, 20, "USD",
         "a disposable R-410A cylinder sent by express as a 'gift' to a private person from an online marketplace: "
         "HFCs may be sold only to certified undertakings, disposable cylinders are banned, and 20 USD is a fraction "
         "of its price",
         dict(PRIVATE, importer_country="BE")),
        ("OZN-07", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "392111",
         "挤塑聚苯乙烯保温板 XPS insulation boards, 50 mm, blowing agent HCFC-142b/HCFC-22, 2,400 boards", "CN",
         9000, 2400, 21600, "USD",
         "extruded polystyrene boards blown with HCFC-142b and HCFC-22: products containing HCFCs may not be placed "
         "on the EU market (EU boards are blown with CO2 or HFOs), and the blowing agent is on the declaration; "
         "Chinese wording",
         {}),
        ("OZN-08", "import", "PTSEA01", "sea", "CN", [], "PT", "920890",
         "Buzinas de ar para estádio com recargas 300 ml, gás 'amigo do ozono', 24 000 unid.", "CN", 6000, 24000,
         9600, "USD",
         "novelty air horns whose 300 ml 'ozone-friendly' refills weigh 250 g each: the gas is liquefied HFC-134a "
         "('ozone friendly' means no CFC, not no HFC), and novelty aerosols with HFCs are banned in the EU; "
         "Portuguese wording",
         {}),
        ("OZN-09", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "382761",
         "Agent frigorific R-404A, 25 kg, livrare parțială 7 din 9", "CN", 25, 1, 300, "EUR",
         "R-404A split into 25 kg deliveries, just under 100 t CO2-equivalent (25.5 kg at GWP 3,922) where a quota "
         "authorisation starts; 'partial delivery 7 of 9' to a private person by road; Romanian wording",
         dict(PRIVATE, importer_country="RO")),
        ("OZN-10", "export", "BESEA01", "sea", "BE", [], "EG", "841869",
         "Used centrifugal chiller, 1990, 1,000 kW, with original R-11 charge, for re-installation", "US", 9500, 1,
         15000, "EUR",
         "a used chiller still holding its CFC-11 charge: exporting equipment that contains CFCs is banned, the "
         "charge must be recovered first; R-11 is named on the declaration",
         {"importer_country": "EG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "express", "AE", [], "FR", "442090",
         "قناع خشبي ملون بالجص، مثبت بأوتاد خشبية، تحفة سياحية - Painted wooden mask, tourist souvenir, 1 pc", "EG",
         2.5, 1, 80, "USD",
         "the painted wooden face of an ancient Egyptian coffin (ICOM Red List for Egypt) as a tourist mask by "
         "express via Dubai: gesso over wood and wooden dowels are how coffin faces were made and fixed; Arabic "
         "wording",
         dict(PRIVATE)),
        ("CUL-02", "import", "FRAIR01", "air", "TH", [], "FR", "680299",
         "Tête en grès, style khmer, décoration de jardin, 1 pièce", "KH", 28, 1, 350, "EUR",
         "an Angkorian sandstone head (ICOM Red List for Cambodia) as a garden ornament via Bangkok, origin "
         "Cambodia; new 'Khmer-style' heads are cast stone from Thai workshops; French wording",
         {"importer_name": "Jardins d'Asie SARL", "importer_country": "FR"}),
        ("CUL-03", "import", "NLAIR01", "air", "OM", [], "NL", "680292",
         "Carved stone plaque with old letters, decorative, 1 pc", "YE", 45, 1, 300, "USD",
         "a Sabaean stele inscribed in musnad script (ICOM Red List for Yemen) as a decorative plaque via Muscat; "
         "'old letters' on a Yemeni stone is an inscription",
         {}),
        ("CUL-04", "import", "ESAIR01", "express", "MX", [], "ES", "711620",
         "Cuentas de piedra verde, perforación bicónica, con pátina, artesanía, 120 piezas", "GT", 0.6, 120, 90, "USD",
         "Maya jadeite beads and pendants (ICOM Red List for Central America) as green-stone handicraft by express via "
         "Mexico, origin Guatemala: biconical drilling and patina are marks of ancient hand work; Spanish wording",
         dict(PRIVATE)),
        ("CUL-05", "import", "ESAIR01", "air", "PA", [], "ES", "711291",
         "Chatarra de oro para fundir, piezas pequeñas, 18 piezas", "CO", 0.35, 18, 6000, "USD",
         "Quimbaya and Tairona gold ornaments (ICOM Red List for Colombia) as gold scrap via Panama to a private "
         "person: scrap is not counted in 'pieces', and 17,000 USD/kg is far below the gold price (tumbaga alloy); "
         "Spanish wording",
         dict(PRIVATE)),
        ("CUL-06", "import", "DEPOST01", "post", "JO", [], "DE", "691490",
         "Clay pegs with lines, garden decoration, 25 pcs", "IQ", 12, 25, 75, "EUR",
         "Sumerian clay foundation cones inscribed in cuneiform (ICOM Red List for Iraq) as 'clay pegs with lines' "
         "by post via Jordan, origin Iraq",
         dict(PRIVATE)),
        ("CUL-07", "import", "GBAIR01", "air", "NP", [], "GB", "741980",
         "Gilt copper Buddha statue, Patan handicraft, consecrated, base plate sealed, 1 pc", "NP", 9, 1, 400, "USD",
         "a gilt-copper image taken from a Nepalese shrine as new handicraft: new statues leave the workshop "
         "unconsecrated and open, a sealed base plate holds the relics placed at consecration; no Department of "
         "Archaeology clearance",
         {}),
        ("CUL-08", "export", "ITAIR01", "air", "IT", [], "US", "491191",
         "Stampe decorative, carte geografiche colorate a mano, con timbri sul retro, lotto di 60 fogli", "IT", 4, 60,
         1200, "EUR",
         "16th- and 17th-century atlas maps cut from library volumes as decorative prints at 20 EUR a sheet: library "
         "stamps on the back mark public heritage, and maps over 200 years old need an export licence; Italian wording",
         {"importer_name": "Old World Prints LLC", "importer_country": "US"}),
        ("CUL-09", "import", "BEAIR01", "air", "AE", [], "BE", "970529",
         "Decorative taxidermy birds, wrapped in linen bandages, 4 pcs", "EG", 3, 4, 200, "USD",
         "mummified ibises and falcons from Egyptian animal necropolises (ICOM Red List for Egypt) as taxidermy via "
         "Dubai: taxidermy is not wrapped in linen bandages",
         {"importer_name": "Curiosa Antwerp BV", "importer_country": "BE"}),
        ("CUL-10", "import", "GRSEA01", "sea", "JO", [], "GR", "680299",
         "Basalt paving slabs, reclaimed, carved with figures and vines, 3 pcs", "SY", 900, 3, 600, "USD",
         "carved basalt reliefs and lintels from the Hauran (southern Syria) as reclaimed paving via Aqaba: 300 kg "
         "slabs carved with figures are architectural sculpture, origin Syria",
         {}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AM", "903020",
         "Personal belongings: used measuring equipment, 12 oscilloscopes", "MY", 180, 12, 96000, "EUR",
         "twelve 8,000 EUR oscilloscopes (Common High Priority List, banned for Russia) as a traveller's personal "
         "belongings to Yerevan for a Russian consignee; personal effects do not come by the dozen",
         {"importer_country": "AM", "consignee_name": "OOO Izmeritel Servis", "consignee_country": "RU"}),
        ("STR-02", "export", "LVROAD01", "road", "LV", ["RU"], "KZ", "910221",
         "Fashion wristwatches, steel, automatic, assorted, 40 pcs", "CH", 6, 40, 340000, "EUR",
         "Swiss luxury watches (goods over 300 EUR a piece are banned for Russia) at 8,500 EUR each as fashion "
         "watches to an Almaty dealer by road through Russia",
         {"importer_name": "Almaty Time LLP", "importer_country": "KZ"}),
        ("STR-03", "export", "FRSEA01", "sea", "FR", [], "MY", "681513",
         "Isostatic graphite blocks for EDM electrodes, density 1.90 g/cm3, grain 3 µm, 20 pcs", "FR", 4000, 20, 180000,
         "EUR",
         "fine-grain isostatic graphite above 1.72 g/cm3 (MTCR Item 6, EU dual-use 1C107: rocket nozzles and re-entry "
         "tips) declared as EDM graphite, to Port Klang for a Tehran consignee",
         {"importer_country": "MY", "consignee_name": "Pars Electrode Co", "consignee_country": "IR"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "CN", "220820",
         "Cognac XO, 70 cl, 600 bottles", "FR", 700, 600, 84000, "EUR",
         "luxury goods (UN Security Council ban on luxury goods to the DPRK) to a Dandong trader for a Pyongyang "
         "department store",
         {"importer_name": "Dandong Jinsan Trading Co", "importer_country": "CN",
          "consignee_name": "Pyongyang Taesong Department Store", "consignee_country": "KP"}),
        ("STR-05", "export", "NLSEA01", "sea", "NL", ["LB"], "SY", "281111",
         "Fluorwaterstof, watervrij, 99,9 %, voor glasetsen, cilinders 50 kg, 40 stuks", "NL", 2000, 40, 16000, "EUR",
         "anhydrous hydrogen fluoride (Australia Group precursor, the fluorination step of sarin) 'for glass "
         "etching' to Syria via Beirut: glass is etched with dilute hydrofluoric acid, not the anhydrous gas; Dutch "
         "wording",
         {"importer_name": "Damascus Glass Industries", "importer_country": "SY"}),
        ("STR-06", "export", "PLRAIL01", "rail", "PL", ["BY", "RU", "KZ"], "KG", "292119",
         "Diizopropyloamina 99 %, półprodukt do chemikaliów gumowych, beczki 150 kg, 80 beczek", "PL", 12000, 80,
         42000, "EUR",
         "diisopropylamine (Australia Group, EU dual-use 1C350, precursor of VX-type agents; banned for Russia) as a "
         "rubber-chemical intermediate to Bishkek by rail for a Russian consignee; Polish wording",
         {"importer_country": "KG", "consignee_name": "OOO RezinoKhim", "consignee_country": "RU"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "AM", "291819",
         "Methyl 2-hydroxy-2,2-diphenylacetate, fragrance intermediate, 25 kg drums", "AT", 300, 12, 12000, "EUR",
         "methyl benzilate (Australia Group, precursor of the incapacitant BZ) by its systematic name as a fragrance "
         "intermediate, to Yerevan for a Tehran consignee; it has no fragrance use",
         {"importer_country": "AM", "consignee_name": "Tehran Aroma Chemicals", "consignee_country": "IR"}),
        ("STR-08", "export", "BEAIR01", "air", "BE", [], "DO", "950300",
         "Capsules pour pistolets jouets, amorces, 200 000 pièces", "CZ", 70, 200000, 14000, "EUR",
         "small-pistol ammunition primers (Boxer, 4.4 mm; ammunition components) as toy-pistol caps to Santo Domingo "
         "for a Haitian consignee (UN arms embargo on Haitian gangs): toy caps are paper strips sold by the box for "
         "cents, not 200,000 loose primers at 70 EUR a thousand; French wording",
         {"importer_country": "DO", "consignee_name": "Boutique Jouets Croix-des-Bouquets", "consignee_country": "HT"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "TR", "847950",
         "Robot didattici per scuole tecniche, 6 assi, carico utile 20 kg, usati, 8 pz", "IT", 2000, 8, 160000, "EUR",
         "six-axis industrial robots of 20 kg payload (banned for Russia) as teaching robots to Mersin for a Russian "
         "consignee: teaching robots carry a few kilograms and weigh tens of kilograms, these weigh 250 kg each; "
         "Italian wording",
         {"importer_country": "TR", "consignee_name": "OOO Robotekh Avto", "consignee_country": "RU"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", ["SG"], "MM", "271019",
         "Illuminating kerosene, ISO tanks, spec DEF STAN 91-091 / ASTM D1655", "ES", 40000, None, 33000, "USD",
         "jet fuel (DEF STAN 91-091 and ASTM D1655 are the Jet A-1 specifications) as lamp kerosene to a Yangon "
         "consignee via Singapore: the EU bans aviation fuel for Myanmar",
         {"importer_name": "Yangon Energy Trading", "importer_country": "MM"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEPOST01", "post", "ID", [], "DE", "392690",
         "Red resin beads and pendant, handmade, red-yellow outer layer, cream core, 30 pcs", "ID", 0.4, 30, 900,
         "USD",
         "helmeted hornbill casque ('red ivory', CITES I) carvings as resin beads by post: a red-yellow skin over a "
         "cream core is casque, and resin beads do not cost 30 USD each",
         dict(PRIVATE, importer_country="DE")),
        ("WLD-02", "export", "ESAIR01", "air", "ES", [], "QA", "010639",
         "Live pigeons, hooded, in individual ventilated boxes, 12 pcs", "ES", 12, 12, 60000, "EUR",
         "wild-taken peregrine falcons (CITES I) as pigeons: pigeons are not hooded (hoods are for raptors) and a "
         "bird of 1 kg at 5,000 EUR is a falcon; Gulf falconry demand, no CITES permit",
         {"importer_name": "Al Wakra Bird Trading", "importer_country": "QA"}),
        ("WLD-03", "import", "ITROAD01", "road", "RS", ["HR", "SI"], "IT", "020890",
         "Quaglie surgelate, spennate, 20.000 pezzi", "RS", 500, 20000, 2500, "EUR",
         "20,000 'quail' in 500 kg, 25 g a bird, where a dressed quail weighs 150-200 g: protected songbirds "
         "(finches, larks, buntings; Birds Directive) poached in the Balkans for the Italian market; Italian wording",
         {"importer_name": "Selvaggina Nord Est Srl", "importer_country": "IT"}),
        ("WLD-04", "import", "NLAIR01", "air", "ID", [], "NL", "030572",
         "Dried fish maw, farmed, 40 kg", "ID", 40, None, 2400, "USD",
         "2,000 dried lizards spread on sticks beside fish maw are tokay geckos (Gekko gecko, CITES II since 2019) "
         "for traditional medicine, no CITES permit",
         {"importer_name": "Amsterdam Oriental Foods BV", "importer_country": "NL", "_more_items": [
             {"hs_code": "051199", "description": "Dried lizards on bamboo sticks, medicinal, 2,000 pcs",
              "origin_country": "ID", "net_mass_kg": 30, "quantity": 2000, "quantity_unit": "u", "value": 1500,
              "currency": "USD"}]}),
        ("WLD-05", "import", "GBSEA01", "sea", "ID", [], "GB", "440929",
         "Picture frame mouldings, light hardwood 'ramin', primed, 2.4 m lengths", "ID", 14000, None, 28000, "USD",
         "ramin (Gonystylus spp., CITES II, all parts and derivatives) named in the description of finished "
         "picture-frame mouldings from Indonesia, no CITES permit",
         {}),
        ("WLD-06", "transit", "BEAIR01", "air", "UG", [], "HK", "050790",
         "Warthog tusks, cleaned, 200 pcs", "UG", 420, 200, 14000, "USD",
         "200 'warthog tusks' at 2.1 kg each: a warthog tusk weighs 0.2-0.5 kg, a hippopotamus canine 1-3 kg; hippo "
         "teeth (CITES II) without a permit, in transit through Liege to Hong Kong",
         {}),
        ("WLD-07", "import", "FRPOST01", "post", "AE", [], "FR", "121190",
         "القسط الهندي - Qust hindi, racine moulue, 10 kg", "IN", 10, None, 150, "EUR",
         "costus root (Saussurea costus, CITES I) by its Arabic name 'qust hindi' for folk medicine, 10 kg by post "
         "to a private person from Dubai; Arabic and French wording",
         dict(PRIVATE, importer_country="FR")),
        ("WLD-08", "import", "ITAIR01", "air", "PE", [], "IT", "510219",
         "Fibra di alpaca, sucida, 50 kg", "PE", 50, None, 22000, "USD",
         "vicuna fibre (CITES II, tradeable only under the national label with a permit) as greasy alpaca fibre at "
         "440 USD/kg, where alpaca sells at 8-15 USD/kg, to a Biella mill; Italian wording",
         {"importer_name": "Lanificio Valle Cervo Spa", "importer_country": "IT"}),
        ("WLD-09", "import", "NLPOST01", "post", "AU", [], "NL", "950300",
         "Soft toys, small, 15 cm, 3 pcs", "AU", 2.4, 3, 30, "AUD",
         "live shingleback lizards (Tiliqua rugosa; Australia bans the export of native reptiles) posted inside soft "
         "toys: three 15 cm soft toys weigh a few hundred grams, not 2.4 kg",
         dict(PRIVATE, importer_country="NL")),
        ("WLD-10", "import", "NLROAD01", "road", "TR", ["BG", "RO", "HU", "AT", "DE"], "NL", "060110",
         "Sneeuwklokjes, bollen Galanthus elwesii, maat 5/6 en grote onregelmatige, 250.000 stuks", "TR", 1500,
         250000, 15000, "EUR",
         "Galanthus elwesii bulbs (CITES II; Turkey exports them only under an annual quota with permits) with "
         "'large irregular' bulbs (wild-collected bulbs are irregular, nursery bulbs are graded) and no CITES permit, "
         "by road; Dutch wording",
         {"importer_name": "Bloembollen Export Lisse BV", "importer_country": "NL"}),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "export", "CZROAD01", "road", "CZ", "NO", "360200",
     "Cast pentolite boosters 400 g, UN0042 1.1D, for a licensed quarry, 1,000 pcs", "CZ", 400, 1000, 9000, "EUR",
     [("EXPORT_LICENCE", "CZ-MPO-27-0042"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-27-0019")],
     "cast boosters to a licensed quarry with licence and end-user certificate"),
    ("PRM-02", "precursors", "export", "DESEA01", "sea", "DE", "TZ", "360360",
     "Electric detonators, aluminium shell 7.3 mm, UN0255 1.4B, for a licensed gold mine, 10,000 pcs", "DE", 400,
     10000, 21000, "EUR",
     [("EXPORT_LICENCE", "DE-BAM-27-0106"), ("END_USER_CERTIFICATE", "TZ-MEM-EUC-27-0033")],
     "detonators to a licensed mine with licence and end-user certificate"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "GB", "DE", "280540",
     "Metallic mercury from chlor-alkali decommissioning (waste), for stabilisation and permanent storage", "GB", 6900,
     200, 1000, "GBP",
     [("BASEL_CONSENT", "GB-EA-TFS-27-0212")], "waste mercury notified to a licensed storage operator"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "854912",
     "Waste disposable e-cigarettes with lithium cells, for battery recovery", "GB", 6000, None, 600, "GBP",
     [("BASEL_CONSENT", "GB-EA-TFS-27-0388")], "waste vapes notified to a licensed battery recycler"),
    ("PRM-05", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Painted wooden coffin mask, Egypt, Late Period, in a collection since 1952", "EG", 3, 1, 28000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-27-0008")], "archaeological object with the EU import licence"),
    ("PRM-06", "cultural", "export", "ITAIR01", "air", "IT", "US", "970610",
     "Atlas maps by Abraham Ortelius, 1570-1590, 12 sheets, from a private collection", "IT", 2, 12, 36000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-27-0061")], "old maps leaving the EU with their export licence"),
    ("PRM-07", "strategic", "export", "FRSEA01", "sea", "FR", "JP", "681513",
     "Isostatic graphite blocks, density 1.90 g/cm3, for a semiconductor furnace maker, 10 pcs", "FR", 2000, 10,
     90000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-27-0144"), ("END_USER_CERTIFICATE", "JP-METI-EUC-27-0051")],
     "dual-use graphite under licence to a named end user"),
    ("PRM-08", "strategic", "export", "DESEA01", "sea", "DE", "IN", "292119",
     "Diisopropylamine 99 %, for an agrochemical plant, 150 kg drums", "DE", 12000, 80, 40000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-27-0472"), ("END_USER_CERTIFICATE", "IN-EUC-27-0190")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-09", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510219",
     "Vicuna fibre, greasy, shorn from live animals, labelled 'VICUÑA PERU'", "PE", 200, None, 90000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-27-00211")], "vicuna fibre with its CITES permit"),
    ("PRM-10", "wildlife", "export", "ESAIR01", "air", "ES", "QA", "010631",
     "Live gyr-saker hybrid falcons, captive-bred, closed-ringed and microchipped, 6 pcs", "ES", 6, 6, 30000, "EUR",
     [("CITES_PERMIT", "ES-MITECO-27-01147")], "captive-bred falcons with CITES export permits"),
    ("PRM-11", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride p.a., 2.5 l bottles, 40 bottles, for a university laboratory", "US", 160, 40, 4000, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-27-003")], "laboratory carbon tetrachloride under licence"),
    ("PRM-12", "ozone", "import", "GRSEA01", "sea", "CN", "GR", "290346",
     "HFC-227ea (heptafluoropropane), 100 kg cylinders superpressurised with nitrogen, 60 pcs", "CN", 6000, 60,
     72000, "USD",
     [("FGAS_QUOTA", "GR-FGAS-27-0021")], "HFC clean agent under a quota authorisation"),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws), most of them the lawful twin of a disguise
    ("283421", "Potassium nitrate 13-0-46, soluble fertiliser grade, 25 kg bags", "export", ["sea"], ["KE", "MA", "EG"], (0.9, 1.3), (20000, 25000), ["EUR", "USD"], None, S),
    ("310520", "NPK 15-15-15 compound fertiliser, granular, 50 kg bags", "export", ["sea"], ["CI", "SN", "KE"], (0.45, 0.65), (22000, 26000), ["USD", "EUR"], None, S),
    ("280800", "Nitric acid 53 %, technical, 1,000 l IBC, for a fertiliser plant", "export", ["sea"], ["TR", "EG"], (0.3, 0.5), (18000, 22000), ["EUR"], None, S),
    ("381090", "Aluminothermic rail welding portions in sealed crucibles, for track contractors", "export", ["sea", "road"], ["TR", "MA", "RS"], (8, 14), (1000, 4000), ["EUR"], 0.08, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy grade, 250 ml bottles", "import", ["road", "sea"], ["TR", "RS"], (1.2, 2.0), (3000, 8000), ["EUR"], 4.0, S),
    ("310210", "Urea 46 % N, granular, bulk", "import", ["sea"], ["EG", "DZ", "SA"], (0.3, 0.45), (25000, 30000), ["USD"], None, S),
    ("850760", "Lithium-ion battery modules, new, for electric vehicle assembly, with UN38.3 test summaries", "import", ["sea"], ["KR", "CN"], (14, 22), (12000, 18000), ["USD"], 0.025, S),
    ("630900", "Used clothing, sorted 'cream' grade, 45 kg pressed bales", "export", ["sea"], ["KE", "GH", "TZ"], (0.8, 1.5), (20000, 25000), ["EUR", "USD"], None, S),
    ("901812", "Refurbished ultrasound scanners, tested, with service reports and warranty", "export", ["air", "sea"], ["NG", "KE", "EG"], (60, 120), (200, 1500), ["EUR"], 0.012, S),
    ("281121", "Carbon dioxide R744, refrigerant grade, 37.5 kg cylinders", "import", ["road"], ["CH", "NO"], (2, 4), (2000, 5000), ["EUR"], 0.027, S),
    ("291479", "FK-5-1-12 fire protection fluid, 300 kg drums", "import", ["sea"], ["US", "CN"], (35, 55), (3000, 9000), ["USD"], 0.0033, S),
    ("271113", "Isobutane R600a refrigerant, 6.5 kg cylinders", "import", ["sea"], ["CN", "KR"], (3, 6), (3000, 8000), ["USD"], 0.15, S),
    ("392111", "XPS insulation boards, CO2-blown, 50 mm, new", "import", ["road"], ["TR", "RS"], (2.5, 4), (4000, 9000), ["EUR"], None, S),
    ("841869", "Chillers, new, air-cooled, R-1234ze, 500 kW", "export", ["sea"], ["EG", "SA", "AE"], (12, 20), (4000, 9000), ["EUR"], 0.00025, S),
    ("290312", "Dichloromethane 99.9 %, stabilised, 200 l drums", "import", ["sea"], ["US", "CN", "IN"], (0.6, 1.0), (16000, 22000), ["USD"], None, S),
    ("442090", "Carved wooden masks, new, handicraft, Kenyan and Ghanaian workshops", "import", ["sea", "air"], ["KE", "GH"], (4, 9), (300, 2000), ["USD", "EUR"], None, S),
    ("680299", "Cast-stone garden statues, Khmer-style Buddha heads, new", "import", ["sea"], ["VN", "TH", "ID"], (1.2, 2.5), (6000, 14000), ["USD"], None, S),
    ("711620", "Jadeite bead necklaces, new, Guatemalan workshops, with certificate", "import", ["air"], ["GT"], (300, 900), (5, 40), ["USD"], None, S),
    ("711291", "Gold scrap, old 14-18 carat jewellery, for refining", "import", ["air"], ["TR", "AE", "CH"], (75000, 95000), (5, 30), ["USD"], None, S),
    ("491191", "Painted papyrus souvenirs, new, framed", "import", ["sea", "air"], ["EG"], (8, 15), (200, 1500), ["EUR", "USD"], None, S),
    ("741980", "Gilt copper statues, new, Himalayan workshop style, unconsecrated", "import", ["air", "sea"], ["NP", "IN"], (40, 90), (100, 800), ["USD"], None, S),
    ("970690", "Antique maps, 19th century, dealer stock with invoices", "import", ["air"], ["GB", "US"], (300, 1500), (5, 40), ["GBP", "USD"], None, S),
    ("903020", "Digital oscilloscopes, new, bench, with calibration certificates", "export", ["air"], ["TR", "IN", "AE"], (200, 500), (100, 800), ["EUR"], 0.08, S),
    ("854511", "Graphite electrodes UHP 600 mm, for electric arc furnaces", "import", ["sea"], ["CN", "IN"], (3, 6), (20000, 25000), ["USD"], None, S),
    ("292119", "Di-n-butylamine 99.5 %, rubber chemical intermediate, drums", "import", ["sea"], ["US", "CN"], (2, 3), (10000, 16000), ["USD"], None, S),
    ("950300", "Toy cap pistols with paper ring caps, boxed", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], None, S),
    ("847950", "Industrial robots, 6-axis, new, for automotive suppliers", "export", ["sea", "road"], ["MX", "US", "TR"], (25, 45), (3000, 12000), ["EUR"], 0.004, S),
    ("271019", "Jet A-1 aviation fuel, for airlines at EU airports", "import", ["sea"], ["IN", "SA", "KR"], (0.7, 0.95), (25000, 30000), ["USD"], None, S),
    ("020890", "Frozen farmed quail, whole, 8-bird trays", "import", ["road"], ["UA", "RS"], (5, 8), (4000, 10000), ["EUR"], 6.0, S),
    ("010639", "Racing pigeons, ringed, with pedigree", "export", ["air"], ["CN", "TW"], (600, 3000), (5, 60), ["EUR"], 2.0, S),
    ("050790", "Camel bone and cattle horn blanks for handicraft", "import", ["sea"], ["IN", "EG"], (1.5, 3), (1000, 5000), ["USD"], None, S),
    ("091099", "حبة البركة Black seed (Nigella sativa), whole, 25 kg bags", "import", ["sea"], ["ET", "EG", "IN"], (1.8, 3), (8000, 18000), ["USD", "EUR"], None, S),
    ("510539", "Baby alpaca tops, scoured and combed", "import", ["sea", "air"], ["PE"], (18, 30), (2000, 9000), ["USD"], None, S),
    ("854340", "E-cigarettes, new, sealed, with EU TPD notification", "import", ["air", "sea"], ["CN"], (40, 90), (300, 3000), ["USD"], 25.0, S),
    ("392690", "Red resin beads, imitation coral, for jewellery making", "import", ["sea", "air"], ["CN"], (6, 12), (200, 2000), ["USD"], None, S),
    ("030572", "Dried Nile perch maws, Lake Victoria", "import", ["air"], ["UG", "TZ", "KE"], (60, 150), (100, 800), ["USD"], None, S),
    # everyday trade
    ("340600", "Church candles, paraffin, 400 g pillars, with wick", "import", ["road"], ["UA", "RS"], (2.5, 4), (4000, 9000), ["EUR"], 2.5, N),
    ("853690", "Cable end ferrules, insulated, tin-plated copper, boxed", "import", ["sea"], ["CN", "TW"], (8, 14), (500, 3000), ["USD"], None, N),
    ("391732", "Drip irrigation tape, new, 16 mm, on 2,000 m reels", "export", ["sea", "road"], ["MA", "EG", "TN"], (1.8, 2.6), (8000, 16000), ["EUR"], None, N),
    ("760120", "Secondary aluminium alloy ingots AlSi9Cu3, EN 1676", "import", ["sea"], ["TR", "IN", "AE"], (2.2, 2.8), (20000, 25000), ["USD", "EUR"], None, N),
    ("440612", "Railway sleepers, azobe hardwood, new, untreated", "import", ["sea"], ["CM", "GA"], (0.5, 0.8), (18000, 24000), ["EUR"], 0.01, N),
    ("320890", "Epoxy floor coating, two-component, new, 20 kg kits", "export", ["sea"], ["SA", "AE", "MA"], (4, 7), (6000, 14000), ["EUR"], None, N),
    ("680100", "Basalt setts and flagstones, new, sawn and flamed", "import", ["sea"], ["CN", "VN"], (0.15, 0.3), (22000, 26000), ["USD"], None, N),
    ("910211", "Quartz fashion wristwatches, retail boxed", "import", ["air", "sea"], ["CN", "HK"], (80, 200), (100, 1000), ["USD"], 8.0, N),
    ("220820", "Brandy VSOP, 70 cl, cartons of 6", "export", ["sea"], ["CN", "SG", "US"], (20, 40), (6000, 14000), ["EUR"], None, N),
    ("440929", "Pine picture-frame mouldings, finger-jointed, primed", "import", ["sea"], ["BR", "CL", "CN"], (1.2, 2.0), (14000, 20000), ["USD"], None, N),
    ("060110", "Tulip and crocus bulbs, nursery grown, graded, cartons", "export", ["sea", "air"], ["US", "JP", "CA"], (1.5, 3), (5000, 15000), ["EUR"], None, N),
    ("121190", "Dried liquorice root, cut, for herbal tea", "import", ["sea"], ["UZ", "AZ", "TR"], (1.5, 2.5), (8000, 16000), ["USD", "EUR"], None, N),
    ("081050", "Fresh kiwifruit, Hayward", "import", ["sea"], ["NZ", "CL"], (1.2, 1.8), (18000, 22000), ["USD", "EUR"], None, N),
    ("080430", "Fresh pineapples, MD2", "import", ["sea"], ["CR", "CI", "GH"], (0.6, 0.9), (18000, 22000), ["USD"], None, N),
    ("080410", "Dates, Deglet Nour, 5 kg cartons", "import", ["sea"], ["TN", "DZ"], (2.5, 4), (10000, 18000), ["EUR"], None, N),
    ("070320", "Fresh garlic, 10 kg mesh bags", "import", ["sea"], ["CN", "EG", "AR"], (1.0, 1.8), (20000, 26000), ["USD"], None, N),
    ("070920", "Fresh green asparagus", "import", ["air"], ["PE", "MX"], (3, 5), (2000, 8000), ["USD"], None, N),
    ("071320", "Chickpeas, kabuli, 25 kg bags", "import", ["sea"], ["MX", "TR", "CA"], (0.9, 1.4), (20000, 25000), ["USD"], None, N),
    ("100630", "Basmati rice, milled, 20 kg bags", "import", ["sea"], ["IN", "PK"], (1.0, 1.5), (20000, 25000), ["USD"], None, N),
    ("100490", "Oats, milling quality, bulk", "import", ["sea"], ["CA", "AU"], (0.25, 0.35), (25000, 30000), ["USD"], None, N),
    ("110710", "Malt, not roasted, brewing grade, bulk bags", "export", ["sea"], ["NG", "VN", "BR"], (0.45, 0.6), (22000, 26000), ["EUR"], None, N),
    ("180100", "Cocoa beans, raw, fermented, jute bags", "import", ["sea"], ["CI", "GH", "EC"], (5, 8), (20000, 25000), ["USD"], None, N),
    ("180400", "Cocoa butter, deodorised, cartons", "import", ["sea"], ["CI", "GH", "MY"], (8, 14), (18000, 22000), ["USD"], None, N),
    ("090510", "Vanilla beans, whole, gourmet grade", "import", ["air"], ["MG", "UG"], (60, 200), (100, 800), ["USD", "EUR"], None, N),
    ("090411", "Black pepper, whole, 50 kg bags", "import", ["sea"], ["VN", "BR", "IN"], (5, 7.5), (15000, 20000), ["USD"], None, N),
    ("040900", "Natural honey, in drums", "import", ["sea"], ["UA", "AR", "MX"], (2.2, 3.5), (18000, 22000), ["USD", "EUR"], None, N),
    ("040510", "Butter, 25 kg blocks", "export", ["sea"], ["SA", "EG", "MA"], (6, 8), (18000, 22000), ["EUR"], None, N),
    ("040221", "Whole milk powder, 25 kg bags", "export", ["sea"], ["DZ", "NG", "CN"], (3.5, 4.5), (18000, 24000), ["EUR", "USD"], None, N),
    ("030617", "Frozen shrimps, vannamei, head-on", "import", ["sea"], ["EC", "IN", "VN"], (5, 8), (15000, 20000), ["USD"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "TH", "MU"], (4, 6), (18000, 22000), ["USD", "EUR"], None, N),
    ("160413", "Canned sardines in oil", "import", ["sea"], ["MA"], (3, 4.5), (15000, 20000), ["EUR"], None, N),
    ("190219", "Dry pasta, durum wheat", "export", ["sea", "road"], ["US", "GB", "CH"], (1.2, 1.8), (18000, 22000), ["EUR", "GBP", "USD"], None, N),
    ("200290", "Tomato paste, 28-30 Brix, aseptic drums", "import", ["sea"], ["CN", "TR", "US"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("200919", "Orange juice concentrate, 66 Brix, drums", "import", ["sea"], ["BR"], (2.5, 4), (20000, 24000), ["USD"], None, N),
    ("220300", "Lager beer, 50 cl cans", "export", ["sea", "road"], ["GB", "US", "CN"], (0.8, 1.3), (18000, 22000), ["EUR", "GBP"], None, N),
    ("252310", "Cement clinker, bulk", "import", ["sea"], ["TR", "EG", "VN"], (0.04, 0.06), (25000, 30000), ["USD"], None, N),
    ("250700", "Kaolin, washed, for paper and ceramics", "import", ["sea"], ["US", "BR", "UA"], (0.15, 0.3), (20000, 25000), ["USD"], None, N),
    ("282300", "Titanium dioxide, rutile pigment, 25 kg bags", "import", ["sea"], ["CN", "US"], (2.3, 3.2), (18000, 22000), ["USD"], None, N),
    ("291814", "Citric acid anhydrous, 25 kg bags", "import", ["sea"], ["CN", "TH"], (0.8, 1.2), (20000, 25000), ["USD"], None, N),
    ("290545", "Refined glycerine 99.7 %, USP, drums", "import", ["sea"], ["MY", "ID"], (0.8, 1.2), (18000, 22000), ["USD"], None, N),
    ("390730", "Epoxy resin, liquid, drums", "import", ["sea"], ["KR", "TW", "CN"], (2.5, 3.5), (16000, 20000), ["USD"], None, N),
    ("391000", "Silicone sealant, cartridges", "import", ["sea"], ["CN", "TR"], (3, 5), (6000, 12000), ["USD", "EUR"], None, N),
    ("392020", "BOPP packaging film, rolls", "import", ["sea"], ["IN", "TR", "ID"], (1.6, 2.2), (18000, 22000), ["USD"], None, N),
    ("570339", "Tufted carpets, polypropylene, rolls", "import", ["sea", "road"], ["TR", "EG"], (2.5, 4), (12000, 18000), ["EUR", "USD"], None, N),
    ("630260", "Terry towels, cotton", "import", ["sea"], ["PK", "TR", "IN"], (4, 7), (8000, 14000), ["USD", "EUR"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "TR", "KH"], (7, 12), (4000, 9000), ["USD"], None, N),
    ("620342", "Men's cotton jeans", "import", ["sea"], ["BD", "PK", "TN"], (10, 16), (4000, 9000), ["USD", "EUR"], None, N),
    ("420221", "Leather handbags", "import", ["sea", "air"], ["IN", "CN"], (25, 60), (500, 3000), ["USD"], None, N),
    ("481910", "Corrugated cardboard boxes, flat", "import", ["road"], ["TR", "RS", "UA"], (0.8, 1.2), (10000, 18000), ["EUR"], None, N),
    ("701090", "Glass wine bottles, 75 cl", "import", ["road", "sea"], ["TR", "UA"], (0.4, 0.7), (18000, 24000), ["EUR"], None, N),
    ("691010", "Ceramic washbasins and toilets", "import", ["sea"], ["TR", "CN", "EG"], (1.5, 2.5), (10000, 16000), ["USD", "EUR"], None, N),
    ("731700", "Steel wire nails", "import", ["sea"], ["CN", "VN"], (0.9, 1.3), (20000, 25000), ["USD"], None, N),
    ("731815", "Steel screws and bolts, zinc-plated", "import", ["sea"], ["CN", "TW", "IN"], (1.5, 2.5), (15000, 22000), ["USD"], None, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["KH", "TW", "VN"], (8, 14), (6000, 12000), ["USD"], 0.067, N),
    ("871160", "Electric bicycles, new", "import", ["sea"], ["TW", "VN"], (30, 50), (6000, 12000), ["USD"], 0.04, N),
    ("845011", "Washing machines, front loading, new", "import", ["sea", "road"], ["TR"], (3.5, 5), (10000, 16000), ["EUR"], 0.014, N),
    ("853952", "LED lamps, retail packs", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], None, N),
    ("854442", "Electric cables with connectors, new, 1 kV", "import", ["sea"], ["TR", "CN", "VN"], (4, 7), (10000, 16000), ["USD", "EUR"], None, N),
    ("850421", "Distribution transformers, oil-filled, PCB-free, new, 400 kVA", "export", ["sea"], ["MA", "SN", "SA"], (5, 8), (6000, 14000), ["EUR"], 0.0006, N),
    ("950691", "Treadmills and exercise bikes", "import", ["sea"], ["CN", "TW"], (4, 7), (6000, 12000), ["USD"], 0.012, N),
    ("940161", "Upholstered sofas, wooden frame", "import", ["sea", "road"], ["VN", "TR"], (3, 5), (6000, 12000), ["USD", "EUR"], None, N),
    ("401110", "New passenger car tyres, 205/55 R16", "import", ["sea"], ["CN", "TH", "KR"], (2.5, 3.5), (15000, 20000), ["USD"], 0.11, N),
    ("848180", "Ball valves, brass", "import", ["sea"], ["CN", "IN", "TR"], (6, 10), (5000, 12000), ["USD"], None, N),
    ("841480", "Screw air compressors, new", "import", ["sea"], ["CN", "US"], (6, 10), (4000, 10000), ["USD"], 0.002, N),
    ("842720", "Forklift trucks, diesel, 3 t, new", "import", ["sea"], ["CN", "JP"], (4, 6), (12000, 20000), ["USD"], 0.00022, N),
    ("870194", "Agricultural tractors, 90 kW, new", "export", ["sea"], ["MA", "TR", "ZA"], (8, 12), (10000, 20000), ["EUR"], 0.00022, N),
    ("871639", "Curtain-sided semi-trailers, new", "export", ["road"], ["UA", "MD", "RS"], (4, 7), (14000, 21000), ["EUR"], 0.00014, N),
    ("847130", "Notebook computers, new, boxed", "import", ["air", "sea"], ["CN", "TW"], (250, 450), (500, 4000), ["USD"], 0.45, N),
    ("851713", "Smartphones, new, sealed retail boxes", "import", ["air"], ["CN", "VN", "IN"], (1200, 2500), (200, 1500), ["USD"], 3.0, N),
]


def main():
    base.write_later_set("blind5", 20270101, HERE)


if __name__ == "__main__":
    main()
