#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-third blind set (tests/risk/data/blind293-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2075, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: drones, aerial photography and
land-surveying services (drone makers, dealers and repair shops, crop-spraying and mapping
drone contractors, aerial-photography studios and survey-flight firms, land surveyors and
their instrument dealers).
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
only where a real declaration would. Ids are BL293-*:

    python3 tests/risk/data/make_blind293_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2075, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2075
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HUAIR01", "express", "CN", [], "HU", "340290",
         "无人机镜头防霉清洁液, 500毫升 x 6瓶", "CN", 3.4, 6, 150, "CNY",
         "the anti-fungus cleaners sold for drone and aerial-camera lenses are a few millilitres of alcohol with a "
         "trace of biocide in 30 ml pump bottles; these six half-litre bottles hold a water-clear liquid of 1.13 kg/l "
         "with vented caps that whitens the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above "
         "12 %), sent by express from Shenzhen to a private person in Debrecen who resells it on a drone forum; "
         "Chinese wording (hydrogen peroxide repeats in many sets and lens-cleaner labels in several rows on other goods; a drone "
         "lens anti-fungus label was found in no earlier row by a keyword search)", person("Tóth Gábor", "HU")),
        ("PRE-02", "import", "ATAIR01", "air", "TH", [], "AT", "391000",
         "น้ำมันซิลิโคนสำหรับลูกยางกันสั่นกิมบอลโดรน, 1 ลิตร, 24 ขวด", "TH", 27.4, 24, 260, "USD",
         "the silicone oil drone builders put in gimbal vibration dampers is a thick, clear, odourless oil of "
         "0.97 kg/l sold in 10 ml bottles; these 24 litre bottles hold a thin, oily, faintly fruity liquid of "
         "1.14 kg/l that would run straight out of a damper, and the drum label under the sticker reads 'CH3NO2', "
         "for a Linz drone-parts web shop that sells the litres to model-engine hobbyists: nitromethane (Annex I "
         "above 16 %) made available to members of the public, flown from Bangkok to Vienna; Thai wording "
         "(nitromethane repeats in many sets and silicone-oil labels in a few rows; a gimbal-damper oil label was "
         "found in no earlier row by a keyword search)", firm("Alpina Drohnenteile GmbH", "AT")),
        ("PRE-03", "import", "BGROAD01", "road", "TR", [], "BG", "340290",
         "Zirai ilaçlama dronu meme kireç çözücü, 1 l şişe, 900 şişe", "TR", 1660, 900, 1350, "EUR",
         "the nozzle descalers crop-spraying drone contractors flush through their booms are mild citric or "
         "sulphamic solutions of about 1.05 kg/l; these 900 bottles hold a colourless, oily liquid of 1.84 kg/l "
         "that grows hot with a drop of water and chars the carton where it leaked, for a Plovdiv agro-drone "
         "dealer that sells the bottles over the counter to farmers and hobbyists: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, on a lorry at Kapitan Andreevo; Turkish "
         "wording (sulphuric acid repeats in many sets and descaler labels on it in several; a spray-drone nozzle "
         "descaler was found in no earlier row by a keyword search)", firm("Delta Agrodron EOOD", "BG")),
        ("PRE-04", "import", "ESAIR01", "air", "MX", [], "ES", "250900",
         "Gis en polvo para marcar puntos de control terrestre (GCP), bolsas de 1 kg, 300 bolsas", "MX", 300, 300, 450,
         "USD",
         "the chalk surveyors tip on the ground to mark control points for drone mapping is a soft, dull, white "
         "powder that fizzes in vinegar; these 300 bags hold a gritty, crystalline powder that does not fizz, "
         "dissolves slowly, flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Seville "
         "surveying-supplies shop that sells the bags to anyone: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Mexico City to Madrid; Mexican Spanish wording "
         "(potassium perchlorate repeats in many sets; a ground-control-point marking chalk was found in no earlier "
         "row by a keyword search)", firm("Meridian Topografía SL", "ES")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "310230",
         "Протиожеледні гранули для тротуарів, мішки 25 кг, 440 мішків", "UA", 11000, 440, 3300, "EUR",
         "pavement de-icing granules are grey rock salt or coloured, coated potassium acetate or urea; these 440 "
         "sacks hold white, smooth, uniform prills that turn ice-cold and vanish in water and test at 34 % N, for a "
         "Rzeszów garden centre that re-bags them in 2 kg tubs sold to the public: ammonium nitrate (Annex I at "
         "16 % N or more), at Korczowa; Ukrainian wording (ammonium nitrate repeats in many sets and de-icing "
         "labels on it in several, kept as a repeat; the Korczowa crossing is the new part as far as a search "
         "found)", firm("Vega Ogród Sp. z o.o.", "PL")),
        ("PRE-06", "import", "NLPOST01", "post", "ID", [], "NL", "382440",
         "Bubuk akselerator semen untuk tiang pagar, 4 x 500 g", "ID", 2.0, 4, 18, "USD",
         "cement accelerators for setting fence posts are calcium chloride flakes or a grey admixture powder; "
         "these four tubs hold loose, white, odourless crystals that do not warm in water, flare on a match with "
         "sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Surabaya to "
         "a private person in Utrecht; Indonesian wording (sodium chlorate repeats in many sets and fence-post "
         "labels in several rows, kept as a repeat; a fence-post accelerator from Indonesia is the new part "
         "as far as a search found)", person("Mw. D. de Vries", "NL")),
        ("PRE-07", "import", "CZAIR01", "air", "KR", [], "CZ", "340290",
         "드론 배터리 XT60 커넥터 접점 세정제, 1 L, 96병", "KR", 135, 96, 420, "USD",
         "contact cleaners for the XT60 plugs of drone batteries are isopropanol or hydrocarbon sprays of about "
         "0.8 kg/l; these 96 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a "
         "copper wire, for a Brno drone-repair shop whose web shop sells the litres to anyone: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Incheon to Prague; Korean "
         "wording (nitric acid repeats in many sets and contact-cleaner labels in many rows, kept as a repeat of the label; an XT60 battery-plug "
         "cleaner was found in no earlier row by a keyword search)", firm("Orion Dron Servis s.r.o.", "CZ")),
        ("PRE-08", "import", "ITSEA01", "sea", "CN", [], "IT", "320419",
         "降落区烟雾标记用橙色染料粉, 25公斤袋, 600袋", "CN", 15000, 600, 7200, "USD",
         "the solvent dye put in the wind-indicating smoke markers of drone landing zones is a bright orange, "
         "staining, light powder; these 600 bags hold white, shiny flakes that stain nothing, crackle and spit "
         "violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a Bologna "
         "drone-school supplier that re-bags the 'dye' in 1 kg packs on its web shop: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Tianjin to La Spezia; Chinese wording "
         "(potassium chlorate repeats in many sets and dye labels on it in a few; a landing-zone smoke-marker dye was "
         "found in no earlier row by a keyword search)", firm("Horizon Volo Scuola Srl", "IT")),
        ("PRE-09", "import", "FRAIR01", "air", "VN", [], "FR", "282720",
         "Chlorure de calcium absorbeur d'humidité pour caves, sachets 1 kg, 360 sachets", "VN", 360, 360, 430, "USD",
         "calcium chloride moisture absorbers are white flakes that grow warm and run to brine in damp air; these "
         "360 sachets hold a fine, white, very hygroscopic powder that does not warm in water and burns fiercely "
         "with sugar, for a Lyon hardware web shop: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Ho Chi Minh City to Paris; French wording from a Vietnamese exporter "
         "(sodium perchlorate repeats in many sets and desiccant labels on it in several, kept as a repeat; from "
         "Vietnam by air is the new part as far as a search found)", firm("Central Quincaillerie SARL", "FR")),
        ("PRE-10", "import", "HRROAD01", "road", "RS", [], "HR", "380894",
         "Средство за дезинфекцију резервоара пољопривредних дронова, 20 л, 90 канистера (пошиљка 1 од 3)", "RS",
         2160, 90, 1600, "EUR",
         "the tank disinfectants spray-drone contractors rinse between crops are quaternary-ammonium liquids of "
         "about 1.0 kg/l that foam; these 90 cans hold a water-clear liquid of 1.20 kg/l that does not foam, with "
         "vented caps, whitens the skin and fizzes on rust, the first of three lorries booked that week each kept "
         "under 2.5 t, for a Osijek agro-drone dealer that sells the cans to the public: about 50 % hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public, at Bajakovo; Serbian wording in "
         "Cyrillic (hydrogen peroxide repeats in many sets and split consignments in several, blind264 among them, "
         "kept as a repeat; a spray-drone tank disinfectant split over three lorries was found in no earlier row)",
         firm("Rivage Agro Dronovi d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "880730",
         "Gebruikte onderdelen voor drones, koolstofvezel frames en armen, 6 t", "NL", 6000, None, 3000, "EUR",
         "used drone parts for resale are sorted, clean arms, frames and motors with part numbers; these bags hold "
         "whole crashed crop-spraying and mapping drones from a Dutch drone-services firm, with swollen flight "
         "batteries still in their bays, cracked boards, cameras and spilled tank residue, bought by weight by an "
         "Accra dismantler: waste electrical and electronic equipment with lithium batteries (e-waste, A1180 and "
         "hazardous), whose export to a non-OECD country is banned, from Rotterdam to Tema; Dutch wording (dead "
         "drones repeat in a few sets and e-waste to Ghana in many, kept as a repeat of the good; a used "
         "drone-frame label was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "SN", "850760",
         "Batteries de vol intelligentes neuves pour drones, 6 000 pièces", "FR", 3000, 6000, 6000, "EUR",
         "new intelligent flight batteries come boxed and sealed, with a firmware date and charge at storage "
         "voltage; these cartons hold packs returned to a Toulouse drone dealer's service desk, swollen, cracked, "
         "at 0 V, with error logs and some scorched at the contacts: waste lithium-ion batteries (hazardous, and "
         "e-waste under the Basel amendments), whose export to a non-OECD country is banned, from Le Havre to Dakar; "
         "French wording (lithium batteries and swollen packs repeat in many sets and drone batteries in a few, kept as a repeat of the good; a "
         "drone flight-battery label was found in no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "370790",
         "Fissatore fotografico rapido, concentrato, cisternette, 18 t", "IT", 18000, 18, 2700, "EUR",
         "fresh rapid fixer is a clear, colourless thiosulphate concentrate with a data sheet; these IBCs hold a "
         "grey-brown, sulphur-smelling, exhausted liquid with black silver sludge at the bottom, drained from the "
         "film processors of a Florence aerial-survey firm digitising and reprinting its archive of survey negatives: "
         "spent photographic fixer (09 01 04*), hazardous waste whose export to a non-OECD country is banned, from "
         "Livorno to Tunis for a 'photo laboratory'; Italian wording (spent fixer repeats in many sets, kept as a "
         "repeat of the good; an aerial-survey lab's fixer to Tunisia is the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "390730",
         "Epoxidová pryskyřice, druhá jakost, sudy 200 l, 60 sudů", "CZ", 12600, 60, 3000, "EUR",
         "second-grade epoxy resin is a clear, in-date resin with a certificate, off only in colour; these drums "
         "hold expired, part-cured resin and hardener scrap, rags and mixing cups from a Brno boatyard, gelled and "
         "warm in places: waste adhesives and resins with hazardous substances (08 04 09*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry to a Subotica 'paint maker'; Czech wording (off-spec "
         "epoxy repeats in a few sets, blind118 and blind278, kept as a repeat; from Czechia through Slovakia and "
         "Hungary is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-05", "export", "SEAIR01", "air", "SE", [], "NG", "852691",
         "Begagnade GNSS-mottagare för mätning, testade och fungerande, 1,2 t", "SE", 1200, None, 2400, "EUR",
         "used survey GNSS receivers for resale are tested units with chargers, each with a serial number and "
         "a test sheet; these cartons hold dead RTK rovers, base stations, field controllers with cracked screens and "
         "bags of swollen instrument batteries cleared out of a Gothenburg land-surveying firm's store, bought by "
         "weight by a Lagos trader: waste electrical equipment with lithium and NiMH batteries (e-waste, A1180), "
         "whose export to a non-OECD country is banned, flown from Stockholm; Swedish wording (GNSS receivers repeat "
         "on strategic goods and 'tested working' labels on e-waste in many sets; survey instruments as e-waste were "
         "found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "391530",
         "Granza de HDPE procedente de garrafas lavadas, 20 t", "ES", 20000, None, 3000, "EUR",
         "HDPE regrind from washed canisters is clean, one-colour flake that smells of nothing; these big bags "
         "hold crushed, unwashed 10 l and 20 l pesticide canisters with caps, labels and a crust of residue that "
         "smells of solvent and sulphur, from the refill yard of a Murcia crop-spraying drone contractor: packaging "
         "contaminated with hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD country is "
         "banned, from Algeciras to Tanger Med; Spanish wording (pesticide containers repeat in several sets, kept "
         "as a repeat; a spray-drone contractor's canisters under an HDPE-regrind label are the new part)",
         {"importer_country": "MA"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "740400",
         "Rézhulladék, kefe nélküli drónmotorokból, 8 t", "HU", 8000, None, 24000, "EUR",
         "copper scrap from motors is stripped winding wire or whole electric motors with no electronics; these "
         "bags hold whole drone power units from a Budapest drone-repair centre, brushless motors still wired to "
         "their speed-controller boards, flight controllers and battery leads, with board fragments and capacitors "
         "throughout: waste electrical and electronic assemblies (A1180), hazardous waste whose export to a "
         "non-OECD country is banned, at Röszke for a Novi Sad trader; Hungarian wording (brushless motors repeat in "
         "many sets on other goods; motors with speed-controller boards as copper scrap were found in no earlier row)",
         {"importer_country": "RS"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "GW", "760200",
         "Sucata de alumínio, aeronaves desmanteladas, 12 t", "PT", 12000, None, 9600, "EUR",
         "aluminium aircraft scrap is cut, drained skin and structure, free of fuel, oils and instruments; these "
         "containers hold the two halves of a retired survey-flight Cessna and a Partenavia with their fuel tanks "
         "still holding leaded avgas sludge, hydraulic oil, lead-acid batteries and the camera-port wiring, from a "
         "Cascais aerial-photography firm: waste containing oils and lead (A1160, 13 07 03*), hazardous waste whose "
         "export to a non-OECD country is banned, from Lisbon to Bissau; Portuguese wording (aircraft scrap repeats "
         "in a few sets; a survey aircraft with undrained tanks to Guinea-Bissau is the new part as far as a search "
         "found)", {"importer_country": "GW"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "LY", "271019",
         "Βασικό λάδι, ορυκτέλαιο, βαρέλια, 22 t", "GR", 22000, 110, 6600, "EUR",
         "base oil is a clear, pale, in-spec mineral oil with a certificate; these drums hold dark, sweet-smelling "
         "oil drained from old transformers of a Thessaloniki substation refit that tests at 180 ppm PCB: waste "
         "oils containing PCBs (13 03 01*, A3180), hazardous waste whose export to a non-OECD country is banned, "
         "from Piraeus to Misrata; Greek wording (PCB oils repeat in many sets, kept as a repeat; a base-oil label "
         "from Greece to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CM", "870421",
         "Véhicules tout-terrain d'occasion pour topographes, 3 unités", "BE", 7500, 3, 21000, "EUR",
         "a Brussels land surveyor's used-vehicle container for Douala: three pick-ups and their tripods are what "
         "the buyer's survey firm will use, but the third item's 'matériel de topographie d'occasion' is 1.5 t of "
         "dead total stations, data loggers, drones and cartons of leaking NiCd and lithium instrument batteries "
         "packed in the load beds: waste electrical equipment and batteries (A1180, 16 06 02*), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Antwerp; Belgian French wording (e-waste inside used vehicles repeats in many sets, kept as a repeat; "
         "survey instruments behind surveyors' pick-ups are the new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("901590", "Trépieds de topographie en aluminium, 20 pièces", "BE", 120, 400, "EUR", qty=20),
                           item("901580", "Matériel de topographie d'occasion, 1,5 t", "BE", 1500, 600, "EUR")])),
    ],
    "ozone": [
        ("OZN-01", "import", "DKAIR01", "air", "KR", [], "DK", "381400",
         "항공카메라 센서 및 렌즈 세정액, 1 L x 36병", "KR", 44.6, 36, 540, "USD",
         "sensor and lens cleaning fluids for aerial cameras are methoxy-nonafluorobutane or ethanol blends sold in "
         "15 ml dropper bottles; these 36 litre bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an "
         "ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is "
         "banned, flown from Incheon to Copenhagen for an aerial-photography studio; Korean wording (HCFC-141b under "
         "solvent and cleaner labels repeats in many sets and sensor-cleaner labels twice, blind74 and blind258; an "
         "aerial-camera cleaner is the new part as far as a search found)", firm("Nordhafen Luftfoto ApS", "DK")),
        ("OZN-02", "import", "NLSEA01", "sea", "CN", [], "NL", "842410",
         "锂电池充电柜用灭火器, 2公斤, 400个", "CN", 1200, 400, 3600, "USD",
         "the extinguishers fitted to the fire-resistant cabinets drone workshops charge flight batteries in hold an "
         "aqueous agent or an aerosol generator with a certificate; these 400 red cans hiss, spray a liquid that "
         "vanishes into a sweet gas and the valve collars read 'BCF' under the stickers: halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned, "
         "by sea from Ningbo to Rotterdam for a drone-equipment distributor; Chinese wording (halon 1211 repeats in "
         "many sets and lithium-battery extinguisher labels in several, blind115, blind123, blind264, kept as a repeat "
         "of the label; a battery-charging-cabinet extinguisher was found in no earlier row)",
         firm("Horizon Drone Equipment BV", "NL")),
        ("OZN-03", "import", "ITAIR01", "air", "IN", [], "IT", "381400",
         "ड्रोन प्रोपेलर संतुलन हेतु डीग्रीज़र, 1 लीटर, 48 बोतलें", "IN", 76, 48, 240, "USD",
         "the degreasers drone mechanics wipe propellers with before balancing are naphtha or isopropanol of about "
         "0.78 kg/l that burn; these 48 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and "
         "evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Bengaluru to Milan for a drone-repair workshop; Hindi wording (carbon tetrachloride repeats in many sets "
         "and degreaser labels in several; a propeller-balancing degreaser was found in no earlier row by a keyword "
         "search)", firm("Meridian Droni Assistenza Srl", "IT")),
        ("OZN-04", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "381400",
         "Karbon fiber drone şasisi için yağ giderici, 20 l bidon, 60 bidon", "TR", 1590, 60, 1200, "EUR",
         "degreasers for carbon-fibre frames before bonding are acetone or isopropanol of 0.79 kg/l that burn; these "
         "60 cans weigh 1.32 kg/l, do not burn, smell faintly sweet and leave no film: 1,1,1-trichloroethane "
         "(methyl chloroform), whose import into the Union is banned, on a lorry through Bulgaria to Giurgiu for a "
         "Bucharest drone-frame maker; Turkish wording (methyl chloroform repeats in many sets and degreaser labels in "
         "several; a carbon-fibre drone-frame degreaser was found in no earlier row by a keyword search)",
         firm("Vega Drone Cadre SRL", "RO")),
        ("OZN-05", "transit", "DEAIR01", "air", "CN", ["DE"], "CH", "381400",
         "全站仪光学元件精密清洗溶剂, 1升 x 60瓶", "CN", 94, 60, 600, "USD",
         "precision optics cleaners for total stations and levels are ethanol or ether blends of 0.79 kg/l; "
         "these 60 bottles weigh 1.57 kg/l, do not burn, smell faintly of chloroform and the inner caps read "
         "'F-113': CFC-113 (trichlorotrifluoroethane), moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Frankfurt in transit from Shanghai to a Zurich surveying-instrument service "
         "shop; Chinese wording (CFC-113 repeats in many sets and transits in a few, blind264 and blind265; a "
         "total-station optics cleaner was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("OZN-06", "import", "ATROAD01", "road", "TR", ["BG", "RS", "HU"], "AT", "841510",
         "Klimaanlagen für Baustellencontainer, R-410A, 80 Stück", "TR", 4800, 80, 16000, "EUR",
         "site-cabin air conditioners on R-410A or R-32 come with an F-gas label and a certificate; these 80 units "
         "carry old stamps reading 'R22' on the compressors and a leak detector names HCFC-22: equipment containing "
         "chlorodifluoromethane, whose import into the Union is banned, on a lorry to Nickelsdorf for a Vienna "
         "site-cabin renter; Turkish-German wording (HCFC-22 under R-410A labels repeats in many sets, kept as a "
         "repeat; site-cabin units by road through the Balkans are the new part as far as a search found)",
         firm("Central Baucontainer GmbH", "AT")),
        ("OZN-07", "import", "CYSEA01", "sea", "EG", [], "CY", "280429",
         "غاز هيليوم لبالونات التصوير الجوي، اسطوانات 50 لتر، 40 اسطوانة", "EG", 2600, 40, 1600, "USD",
         "helium for the tethered balloons aerial photographers lift cameras on is a light gas at 200 bar in "
         "tall cylinders whose contents weigh a kilogram or two; these 40 cylinders hold 30 kg of liquid each at "
         "2 bar, smell faintly sweet and the crate holds soil-injection probes: methyl bromide, whose import into "
         "the Union is banned (no quarantine exemption remains), by sea from Alexandria to Limassol for a greenhouse "
         "grower; Egyptian Arabic wording (methyl bromide repeats in many sets and helium labels on ozone goods in a "
         "few, kept as a repeat of the label; a balloon-photography helium label was found in no earlier row)",
         firm("Delta Aerial Studio Ltd", "CY")),
        ("OZN-08", "import", "ESSEA01", "sea", "MA", [], "ES", "290345",
         "غاز التبريد R-134a، قنينات 13.6 كغ، 200 قنينة", "MA", 2720, 200, 3400, "EUR",
         "R-134a comes in refillable cylinders with an importer's quota papers; these 200 disposable cylinders read "
         "5.7 bar at 20 °C, the leak detector names CFC-12 and the valve collars carry old 'R12' stamps: "
         "dichlorodifluoromethane (CFC-12), whose import into the Union is banned, by sea from Tanger Med to "
         "Algeciras for a car air-conditioning workshop; Moroccan Arabic wording (CFC-12 under R-134a labels repeats "
         "in many sets, kept as a repeat; from Morocco to Algeciras is the new part as far as a search found)",
         firm("Atlantic Clima Auto SL", "ES")),
        ("OZN-09", "import", "PTSEA01", "sea", "BR", [], "PT", "321290",
         "Tinta spray invertida para marcação topográfica, 500 ml, 4.800 latas", "BR", 2900, 4800, 5800, "USD",
         "inverted marking sprays for survey points and drone ground-control targets use propane and butane as "
         "propellant and burn at the nozzle; these 4,800 cans do not light, the gas smells faintly sweet and the "
         "filler's sheet in the consignment names 1-chloro-1,1-difluoroethane: HCFC-142b as a propellant, whose "
         "import into the Union is banned in products, by sea from Santos to Leixões for a Porto surveying-supplies "
         "firm; Brazilian Portuguese wording (HCFC-142b propellants repeat in a few sets, blind265 and blind278, and "
         "marking paint in three and a marking-spray label once, blind212; survey marking spray for ground-control "
         "targets is the new part as far as a search found)",
         firm("Rivage Topografia Lda", "PT")),
        ("OZN-10", "import", "IEAIR01", "express", "HK", [], "IE", "880730",
         "無人機螺旋槳及配件, 40套", "HK", 8, 40, 320, "USD",
         "an express parcel for a Galway drone-repair shop: propellers and landing-gear legs are what the Hong Kong "
         "supplier sends, but the second item's '相機感光元件吹塵罐' are eight 400 g cans of duster for camera "
         "sensors that hold CFC-12 (dichlorodifluoromethane), the can bottoms stamped 'R12', whose import into the "
         "Union is banned, hidden as the second item of a two-item declaration; Hong Kong Chinese wording (CFC-12 "
         "and duster labels repeat in many sets, kept as a repeat; sensor dusters behind drone propellers are the "
         "new part as far as a search found)",
         dict(firm("Orion Drone Repairs Ltd", "IE"),
              _more_items=[item("960390", "相機感光元件吹塵罐, 8罐", "HK", 3.2, 40, "USD", qty=8)])),
    ],
    "cultural": [
        ("CUL-01", "export", "DEPOST01", "post", "DE", [], "US", "482010",
         "Altes Notizbuch, handgeschrieben, Papier", "DE", 2.2, 1, 40, "EUR",
         "an old handwritten notebook is a bound pad of a few decades; this is a 1580s Ottoman tahrir (cadastral "
         "land and tax survey) register of a Rumelian district on polished paper, in divani script with a leather "
         "binding, listed stolen from a Balkan archive and sold through a Munich dealer to a collector in Chicago: "
         "a manuscript over 100 years old and above the threshold, exported without the EU export licence and "
         "stolen property; German wording (Ottoman manuscripts repeat in many sets; a cadastral survey register was "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "export", "ITAIR01", "air", "IT", [], "US", "901580",
         "Riproduzione decorativa di grafometro in ottone, nuova", "IT", 3.5, 1, 120, "EUR",
         "a decorative brass graphometer is a cast, lacquered tourist object; this is an engraved 1720s Florentine "
         "surveyor's graphometer with a signed sight alidade, compass and its original case, worth some 30,000 EUR, "
         "taken from a closed family collection: cultural property over 70 years old leaving Italy without the "
         "attestato di libera circolazione and over 100 years old without the EU export licence, flown from Florence "
         "to New York; Italian wording (scientific instruments repeat in several sets as replicas; a surveyor's "
         "graphometer was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-03", "import", "FRPOST01", "post", "LB", [], "FR", "491191",
         "صور فوتوغرافية قديمة، إعادة طبع، 120 صورة", "LB", 2.6, 120, 60, "USD",
         "reprints of old photographs are recent, resin-coated prints of even tone; these 120 are gelatin-silver "
         "prints of the 1920s-1930s aerial archaeological survey of the Syrian steppe, with French air-force stamps, "
         "negative numbers and a mission's captions on the back, removed from a Syrian archive: cultural property "
         "exported illegally from Syria, whose import into the Union Regulation 36/2012 forbids, posted from Beirut "
         "to a Paris dealer; Lebanese Arabic wording (Syrian archives repeat in several sets; historic aerial "
         "survey photographs were found in no earlier row by a keyword search)", firm("Alpina Photographies SARL", "FR")),
        ("CUL-04", "import", "FRSEA01", "sea", "TN", [], "FR", "680299",
         "Borne décorative de jardin en pierre calcaire, 1 pièce", "TN", 420, 1, 180, "EUR",
         "a garden stone marker is a new, sawn and bush-hammered block; this is a weathered Roman boundary stone "
         "(terminus) of the centuriation of Africa Proconsularis, with a worn Latin inscription naming the surveyors' "
         "grid and fresh earth in the letters: an archaeological object over 250 years old, imported without the "
         "licence Regulation 2019/880 requires and exported from Tunisia without a permit, by sea from Tunis to "
         "Marseille; Tunisian French wording (Roman inscriptions repeat in several sets and a boundary stone once, "
         "blind64, a Babylonian one; a Roman terminus under a garden-marker label is the new part)",
         firm("Meridian Pierres et Jardins SARL", "FR")),
        ("CUL-05", "import", "DEROAD01", "road", "BG", ["RO", "HU", "AT"], "DE", "830629",
         "Bronzene Angelgewichte, gegossen, 300 Stück", "BG", 9, 300, 60, "EUR",
         "cast fishing weights are bright, uniform lead or brass shapes; these 300 are green-patinated Roman and "
         "Thracian bronze steelyard and scale weights with inlaid marks and encrusted soil, dug at Bulgarian sites "
         "with metal detectors: archaeological objects over 250 years old, exported without a Bulgarian permit and "
         "imported without the licence Regulation 2019/880 requires, in a van to a Nuremberg dealer; German wording "
         "from a Bulgarian sender (Roman weights repeat in several sets and fishing-weight and sinker labels in many, "
         "kept as a repeat; by van from Bulgaria to Nuremberg is the new part as far as a search found)", firm("Vega Numismatik GmbH", "DE")),
        ("CUL-06", "export", "PLAIR01", "express", "PL", [], "GB", "491199",
         "Dekoracyjna mapa, reprodukcja na pergaminie", "PL", 1.2, 1, 50, "PLN",
         "a decorative map reproduction is a printed, artificially aged sheet; this is a hand-drawn and coloured "
         "1760s estate survey of a Greater Poland manor on vellum, signed by a royal surveyor, with field names, "
         "scales and a cartouche, taken from a parish archive: a manuscript map over 100 years old, exported without "
         "the Polish permit and outside the Union without the EU export licence, sent by express from Warsaw to a "
         "London map dealer; Polish wording (old maps repeat in several sets; a manuscript estate survey was found "
         "in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-07", "import", "ATAIR01", "air", "JO", [], "AT", "880621",
         "طائرات درون للتصوير الجوي مع منصات هبوط، 6 قطع", "JO", 120, 6, 4800, "USD",
         "an Amman drone dealer's air shipment for a Vienna aerial-photography studio: camera drones and folding "
         "landing pads are what it sells, but the third item's 'بلاط موزاييك ديكور' is a crated, lime-backed panel "
         "of Byzantine floor mosaic with a Greek donor inscription and fresh mortar on its edges, lifted from a "
         "church site in southern Syria: an archaeological object exported illegally from Syria, whose import into "
         "the Union Regulation 36/2012 forbids, hidden as the last item of a three-item declaration, flown from "
         "Amman; Jordanian Arabic wording (mosaics repeat in many sets, kept as a repeat of the good; a mosaic "
         "behind camera drones is the new part as far as a search found)",
         dict(firm("Alpina Luftbild GmbH", "AT"),
              _more_items=[item("392690", "منصات هبوط قابلة للطي، 6 قطع", "JO", 6, 60, "USD", qty=6),
                           item("691490", "بلاط موزاييك ديكور، 1 لوح", "JO", 140, 150, "USD", qty=1)])),
        ("CUL-08", "import", "BEAIR01", "express", "ET", [], "BE", "830629",
         "የነሐስ መስቀል ማስታወሻ፣ አዲስ፣ 1", "ET", 1.8, 1, 25, "USD",
         "a brass souvenir cross is a thin, bright casting from a Lalibela stall; this is a heavy, dark, worn "
         "16th-century processional cross with interlace and figures of saints, its tang polished by centuries of "
         "use, taken from a church treasury in Tigray: cultural property exported from Ethiopia without a permit, "
         "sent by express from Addis Ababa to a private buyer in Ghent; Amharic wording (Ethiopian crosses repeat in "
         "many sets, kept as a repeat; a souvenir label by express to Belgium is the new part as far as a search "
         "found)", person("Dhr. P. Claes", "BE")),
        ("CUL-09", "transit", "ESAIR01", "air", "PE", ["ES"], "US", "630499",
         "Tejidos artesanales de alpaca, nuevos, 8 piezas", "PE", 3, 8, 160, "USD",
         "new alpaca weavings are soft, even, machine-spun and brightly dyed; these eight are brittle, "
         "tapestry-woven camelid and cotton panels with stepped birds and trophy heads in faded natural dyes, with "
         "grave sand in the folds: Nasca textiles over 1,500 years old exported from Peru without a permit, landed at "
         "Madrid in transit from Lima to Miami; Peruvian Spanish wording (pre-Columbian textiles repeat in many sets "
         "and alpaca labels on them in several, kept as a repeat; a transit through Madrid is the new part as far as "
         "a search found)", {"importer_country": "US"}),
        ("CUL-10", "import", "DEAIR01", "air", "AE", [], "DE", "680293",
         "Garden stone ornament, carved granite, 1 pc", "IQ", 95, 1, 300, "USD",
         "a carved granite garden ornament is machine-cut and fresh; this is a black limestone kudurru, a Kassite "
         "Babylonian land-grant boundary stone with divine symbols and a cuneiform text recording the surveyed "
         "field, with fresh earth in its carving, declared with an Iraqi origin by a Dubai 'stone' trader: an "
         "archaeological object exported illegally from Iraq, whose import into the Union Regulation 1210/2003 "
         "forbids, flown from Dubai to Munich for a dealer; Emirati English wording (a kudurru once, blind64, kept "
         "as a repeat of the good; under a garden-ornament label by air from Dubai is the new part)",
         firm("Central Antiken GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "ITAIR01", "air", "IT", [], "KG", "880622",
         "Droni per rilievo topografico, usati, 12 pezzi", "IT", 96, 12, 14400, "EUR",
         "used mapping drones are a surveying firm's camera quadcopters at 1,000-2,000 EUR each; these 12 are new, "
         "boxed long-range VTOL fixed-wing mapping drones with RTK modules and a 4 kg payload bay, for a Bishkek "
         "'surveying' firm set up last year whose forwarder sends on to Moscow: unmanned aircraft (8806) whose sale, "
         "export and re-export to Russia Regulation 833/2014 forbids, flown from Milan; Italian wording (drones for "
         "Russia through Central Asia repeat in many sets, kept as a repeat of the good; an Italian topographic-survey "
         "label once, blind149, on another good; used survey drones to Kyrgyzstan are the new part as far as a search found)", {"importer_country": "KG"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "AE", "840731",
         "Motory pro zahradní sekačky, dvoutaktní, 40 ks", "CZ", 440, 40, 6000, "EUR",
         "lawnmower engines are cheap vertical-shaft units with a pull start; these 40 are 30 cc to 120 cc "
         "horizontally opposed, fuel-injected UAV engines with electronic ignition and starter-generators, for a "
         "Dubai 'garden machinery' trader whose shipments go on to Bandar Abbas: engines for unmanned aerial "
         "vehicles whose sale and export to Iran Regulation 2023/1529 forbids, flown from Prague; Czech wording (UAV "
         "engines repeat in many sets and a lawnmower-engine label once, blind112, kept as a repeat; from Czechia to "
         "Dubai by air is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "HK", "852691",
         "Contrôleurs de vol pour drones de loisir, 30 pièces", "FR", 45, 30, 3600, "EUR",
         "hobby flight controllers are thumb-sized boards at 50-150 EUR; these 30 are survey-grade GNSS-inertial "
         "units for mobile mapping, with navigation-grade gyros and accelerometers in milled housings and a "
         "maker's list price of 60,000 EUR each, for a Hong Kong 'drone parts' trader: inertial navigation equipment "
         "controlled under dual-use 7A003 and on the common high-priority list, exported without the licence "
         "Regulation 2021/821 requires, flown from Paris; French wording (IMUs repeat in many sets and flight-"
         "controller labels in several, kept as a repeat; mobile-mapping units are the new part as far as a search "
         "found)", {"importer_country": "HK"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "UZ", "681599",
         "Carbonplatten für Drohnenrahmen, 3 mm, 2.000 Stück", "DE", 900, None, 9000, "EUR",
         "carbon plates for drone frames are cured, glossy, rigid twill sheets cut to size; these cold-packed "
         "cartons hold rolls of uncured, tacky, high-modulus unidirectional carbon prepreg with a freezer log, for "
         "a Tashkent 'drone maker' whose forwarder serves a Russian UAV plant: prepregs controlled under dual-use "
         "1C010 and whose export to Russia Regulation 833/2014 forbids, exported without a licence, flown from "
         "Frankfurt; German wording (prepregs repeat in many sets and a carbon-plate label once, blind274, on another good; a drone-frame "
         "carbon-plate label was found in no earlier row by a keyword search)", {"importer_country": "UZ"}),
        ("STR-05", "export", "LTROAD01", "road", "LT", [], "BY", "852910",
         "Antenos dronų nuotolinio valdymo pultams, 60 vnt.", "LT", 480, 60, 3000, "EUR",
         "replacement antennas for drone remote controllers are small paddles at 20 EUR; these 60 cases hold "
         "multi-band drone detection and jamming systems with directional panels, power amplifiers and a "
         "software-defined radio core, for a Minsk 'drone club': radio and telecommunication equipment whose sale "
         "to Belarus Regulation 765/2006 forbids, on a lorry at Medininkai; Lithuanian wording (jammers repeat in "
         "several sets, kept as a repeat of the good; a remote-controller antenna label was found in no earlier row "
         "by a keyword search)", {"importer_country": "BY"}),
        ("STR-06", "export", "NLAIR01", "air", "NL", [], "TR", "852560",
         "Videozenders voor FPV-drones, 5,8 GHz, 200 stuks", "NL", 20, 200, 4000, "EUR",
         "FPV video transmitters are fingernail-sized analogue boards at 20 EUR; these 200 are encrypted, "
         "frequency-hopping digital datalinks with AES-256 and 50 km range, sold by their Delft maker only under "
         "licence, for an Istanbul 'FPV shop' whose orders go on to Tehran: non-mass-market encryption and datalinks "
         "for unmanned aerial vehicles (dual-use 5A002, and components whose export to Iran Regulation 2023/1529 "
         "forbids), flown from Amsterdam; Dutch wording (datalinks repeat in a few sets and FPV video-transmitter labels "
         "in many, kept as a repeat; encrypted datalinks under it from the Netherlands are the new part as far as a "
         "search found)", {"importer_country": "TR"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "AE", "900659",
         "Kamera-Gimbals für Filmdrohnen, 8 Stück", "AT", 160, 8, 8000, "EUR",
         "cinema-drone gimbals are light, three-axis camera cradles at a few thousand euros; these eight are "
         "gyro-stabilised electro-optical turrets with cooled thermal imagers, laser rangefinders and target "
         "trackers, at 180,000 EUR each, for a Dubai 'film rental' firm whose freight goes on to Tehran: thermal "
         "imaging cameras controlled under dual-use 6A003 and components for UAVs whose export to Iran Regulation "
         "2023/1529 forbids, exported without a licence, flown from Vienna; Austrian German wording (thermal turrets "
         "repeat in many sets and gimbal labels in several, kept as a repeat; a cinema-drone gimbal from Austria is "
         "the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-08", "export", "PLAIR01", "air", "PL", [], "GE", "901590",
         "Tyczki geodezyjne z uchwytem, aluminiowe, 40 szt.", "PL", 200, 40, 800, "EUR",
         "prism poles are telescopic aluminium rods with a bubble and a point at 20 EUR; these 40 cases hold "
         "multi-constellation RTK GNSS rovers and receivers with tilt compensation and their poles, for a Tbilisi "
         "'survey shop' that forwards to a Rostov firm: GNSS receivers (8526 91) on the common high-priority list "
         "whose re-export to Russia Regulation 833/2014 forbids, flown from Warsaw; Polish wording (GNSS receivers "
         "repeat in many sets, kept as a repeat of the good; a surveyor's prism-pole label was found in no earlier "
         "row by a keyword search)", {"importer_country": "GE"}),
        ("STR-09", "export", "ROAIR01", "air", "RO", [], "AZ", "901590",
         "Miră telescopică de nivelment, aluminiu, 5 m, 300 bucăți", "RO", 2400, 300, 9000, "EUR",
         "levelling staffs are thin, printed, telescoping aluminium profiles of 2 kg; these are 2 m seamless "
         "7075-T6 tubes of 150 mm bore and 6 mm wall, honed inside, 8 kg each, at 400 EUR each on the mill's list, "
         "for a Baku 'surveying' trader whose shipments go on to Tabriz: aluminium tubes controlled under dual-use "
         "1C202 and listed in the Iran regulation, exported without a licence, flown from Bucharest; Romanian wording "
         "(7075 tubes repeat in many sets, blind264 among them, kept as a repeat; a levelling-staff label was found in "
         "no earlier row by a keyword search)", {"importer_country": "AZ"}),
        ("STR-10", "export", "FIAIR01", "air", "FI", [], "KZ", "901580",
         "Maanmittauskolmijalat ja prismat, 60 kpl", "FI", 300, 60, 3600, "EUR",
         "a Helsinki survey-equipment dealer's air shipment for Almaty: tripods and prisms are what the buyer's "
         "survey firm uses, but the third item's 'GNSS-moduulit' are 400 multi-band, anti-jam GNSS receiver boards "
         "of the kind fitted in drone flight controllers, for a buyer whose freight goes on to Yekaterinburg: "
         "radio navigation modules (8526 91) on the common high-priority list, whose re-export to Russia "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration; Finnish wording (GNSS "
         "modules repeat in many sets, kept as a repeat; behind surveyors' tripods and prisms is the new part as far "
         "as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("900290", "Mittausprismat, 40 kpl", "FI", 20, 1600, "EUR", qty=40),
                           item("852691", "GNSS-moduulit, 400 kpl", "FI", 8, 1200, "EUR", qty=400)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTSEA01", "sea", "GW", [], "PT", "440399",
         "Estacas de madeira para topografia, eucalipto, 1 contentor", "GW", 22000, None, 5500, "USD",
         "eucalyptus survey stakes are pale, light, split pegs; this container holds dense, red-brown, heavy "
         "stakes that bleed red sap when wet, cut from kosso: Pterocarpus erinaceus (CITES App. II, under a trade "
         "suspension for West African range states) without CITES documents, by sea from Bissau to Lisbon; "
         "Portuguese wording (kosso repeats in many sets, kept as a repeat; a survey-stake label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Madeiras Lda", "PT")),
        ("WLF-02", "import", "ESSEA01", "sea", "GT", [], "ES", "901590",
         "Patas de madera de fresno para trípodes de topografía, 1.200 piezas", "GT", 4800, 1200, 3600, "USD",
         "ash tripod legs are pale, straight-grained and light, 2 kg a leg; these 1,200 are dense, purple-brown, "
         "oily legs of 4 kg that smell of roses when sanded: Honduran rosewood (Dalbergia stevensonii, CITES "
         "App. II) without CITES documents, by sea from Puerto Barrios to Valencia for a survey-tripod maker; "
         "Guatemalan Spanish wording (Dalbergia stevensonii repeats in a few sets, kept as a repeat of the good; a "
         "surveying-tripod leg label was found in no earlier row by a keyword search)",
         firm("Vega Trípodes SL", "ES")),
        ("WLF-03", "import", "NLAIR01", "air", "MY", [], "NL", "442199",
         "Kipas kayu untuk dron, kayu bic, 800 unit", "MY", 240, 800, 2400, "USD",
         "wooden drone propellers are laminated beech or maple, pale and dense; these 800 are pale yellow, "
         "fine-grained, unlaminated blades with the smell and the fibres of ramin: Gonystylus spp. (CITES App. II) "
         "products without CITES documents, flown from Kuala Lumpur to Amsterdam for a heavy-lift drone maker; "
         "Malay wording (ramin repeats in many sets under beech labels, kept as a repeat; a wooden drone propeller "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Heavy Lift BV", "NL")),
        ("WLF-04", "import", "ITAIR01", "air", "ZA", [], "IT", "420292",
         "Drone carry cases, croc-embossed leather, 150 pcs", "ZA", 450, 150, 3000, "USD",
         "croc-embossed cases are cowhide pressed with a regular, repeating pattern; these 150 have real, "
         "irregular scales with bony dots (osteoderms) and pores on the belly scales: Nile crocodile leather "
         "(Crocodylus niloticus, CITES App. II) without CITES documents, flown from Johannesburg to Milan for a "
         "luxury drone-accessory brand; South African English wording (crocodile leather repeats in many sets, kept "
         "as a repeat; a drone carry case was found in no earlier row by a keyword search)",
         firm("Meridian Custodie Droni Srl", "IT")),
        ("WLF-05", "import", "FRPOST01", "post", "NP", [], "FR", "630790",
         "क्यामेरा लेन्स सफा गर्ने कपडा, कश्मीरी, १० थान", "NP", 1.0, 10, 40, "USD",
         "cashmere lens cloths are small squares of soft goat wool; these ten are 2 m shawls of impossibly fine "
         "fawn fibre with guard hairs under the microscope: shahtoosh from Tibetan antelope (Pantholops hodgsonii, "
         "CITES App. I) without CITES documents, posted from Kathmandu to a private buyer in Lyon, a wedding "
         "photographer; Nepali wording (shahtoosh repeats in many sets, kept as a repeat; a camera lens-cloth label "
         "was found in no earlier row by a keyword search)", person("Mme C. Lefèvre", "FR")),
        ("WLF-06", "import", "ATAIR01", "air", "TR", [], "AT", "950590",
         "Kuş kovucu drone için kartal şeklinde yem, 6 adet", "TR", 30, 6, 300, "EUR",
         "the eagle decoys bird-deterrent drones carry over vineyards and airfields are light, printed foam or "
         "plastic shapes; these six are mounted skins of steppe eagles with real feathers, skulls and talons: Aquila "
         "nipalensis (CITES App. II, and Annex A in the Union) without CITES documents, flown from Istanbul to "
         "Vienna for a drone bird-control firm; Turkish wording (mounted raptors repeat in several sets, kept as a "
         "repeat; a bird-deterrent drone decoy was found in no earlier row by a keyword search)",
         firm("Orion Vogelabwehr GmbH", "AT")),
        ("WLF-07", "transit", "NLSEA01", "sea", "CG", ["NL"], "VN", "440349",
         "Bornes de délimitation en bois d'iroko, 1 conteneur", "CG", 20000, None, 6000, "USD",
         "iroko boundary posts are yellow-brown, coarse-grained and turn dark; these are fine-grained, yellow-brown "
         "posts that darken to olive, with the waxy feel of afrormosia: Pericopsis elata (CITES App. II) without a "
         "Congolese export permit, which specimens in transit through the Union must carry, landed at Rotterdam in "
         "transit from Pointe-Noire to Haiphong; Congolese French wording (afrormosia repeats in many sets and iroko "
         "labels on timber in several, kept as a repeat; a boundary-post label in transit is the new part as far as "
         "a search found)", {"importer_country": "VN"}),
        ("WLF-08", "import", "DEAIR01", "air", "ID", [], "DE", "880730",
         "Suku cadang dron, pelindung baling-baling, 200 set", "ID", 40, 200, 1000, "USD",
         "an aerial-photography supplier's air shipment from Jakarta for a Munich fly-fishing and drone shop: "
         "propeller guards and landing pads are what it sells, but the third item's 'bulu hias' are 60 dried, whole "
         "skins and plumes of greater and lesser birds of paradise: Paradisaeidae (CITES App. II) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Jakarta to Munich; Indonesian "
         "wording (birds of paradise repeat in many sets, kept as a repeat; behind drone propeller guards is the new "
         "part as far as a search found)",
         dict(firm("Rivage Fliegen & Drohnen GmbH", "DE"),
              _more_items=[item("392690", "Landasan pendaratan dron lipat, 100 unit", "ID", 60, 400, "USD", qty=100),
                           item("670100", "Bulu hias, 60 buah", "ID", 3, 90, "USD", qty=60)])),
        ("WLF-09", "import", "ESAIR01", "express", "CO", [], "ES", "711790",
         "Perlas de imitación rosadas, bisutería, 40 unidades", "CO", 0.2, 40, 30, "USD",
         "imitation pink pearls are glass or plastic beads coated in lacquer, perfectly round; these 40 are "
         "irregular, porcelain-like pink pearls with a flame pattern under a lens: queen conch pearls (Aliger gigas, "
         "CITES App. II) without CITES documents, sent by express from Cartagena to a Madrid jeweller; Colombian "
         "Spanish wording (queen conch repeats in many sets, kept as a repeat; an imitation-pearl label by express "
         "from Colombia is the new part as far as a search found)", firm("Alpina Joyería SL", "ES")),
        ("WLF-10", "import", "BEAIR01", "air", "PH", [], "BE", "030749",
         "Pinatuyong pusit, 120 kg", "PH", 120, None, 1200, "USD",
         "dried squid is flat, pale, translucent and smells of the sea; these sacks hold hard, brown-black, "
         "warty, pineapple-studded cylinders that swell in water: dried prickly redfish sea cucumbers (Thelenota "
         "ananas, CITES App. II) without CITES documents, flown from Manila to Brussels for an Asian grocer; "
         "Filipino wording (Thelenota repeats in several sets and dried-squid labels in many, one from the "
         "Philippines to Paris, kept as a repeat; to Brussels is the new part as far as a search found)",
         firm("Delta Épicerie Asiatique SA", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUAIR01", "air", "CN", "HU", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (lens and film restoration)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "HU-BM-75-0014")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "air", "MX", "ES", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnic research)", "MX", 1, 1, 45,
     "USD", [("PRECURSOR_LICENCE", "ES-SES-75-0206")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854912",
     "Waste lithium-ion drone flight batteries, discharged, for recycling at a licensed plant, 6 t", "CH", 6000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BY-75-0117")], "notified waste drone batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "382590",
     "Spent photographic fixer with silver (09 01 04*), for silver recovery at a licensed plant, 16 t", "NO", 16000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-75-0048")], "notified spent fixer to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DKAIR01", "air", "US", "DK", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DK-MST-ODS-75-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290376",
     "Halon 1211, recovered and reclaimed, 24 cylinders, for critical use in aircraft hand extinguishers", "US", 600,
     24, 14000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-75-009")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "901580",
     "Brass surveyor's graphometer, signed, Florence, c. 1720, sold at auction to a US museum", "IT", 3.5, 1, 32000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-75-0093")],
     "scientific instrument exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "PLAIR01", "air", "PL", "GB", "491199",
     "Manuscript estate survey map on vellum, Greater Poland, 1768, loan to a London exhibition", "PL", 1.5, 1, 24000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKDN-EXP-75-0021")],
     "manuscript map exported with the EU export licence and the Polish permit"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "NO", "852691",
     "GNSS-inertial navigation units for mobile mapping, 4 units, for a Norwegian mapping agency", "FR", 8, 4, 240000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-75-0031"), ("END_USER_CERTIFICATE", "NO-KV-EUC-75-0012")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "CH", "880622",
     "Long-range VTOL fixed-wing mapping drones with RTK, 3 units, for a Swiss survey office", "IT", 24, 3, 90000,
     "EUR", [("EXPORT_LICENCE", "IT-UAMA-75-0044"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-75-0027")],
     "controlled mapping drones under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "ZA", "IT", "420292",
     "Nile crocodile leather drone carry cases (Crocodylus niloticus, ranched), 60 units", "ZA", 180, 60, 18000,
     "USD", [("CITES_PERMIT", "ZA-GP-75-0419")], "App. II crocodile leather with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "MY", "NL", "442199",
     "Ramin wooden drone propellers (Gonystylus bancanus), 200 units", "MY", 60, 200, 1800, "USD",
     [("CITES_PERMIT", "MY-MTIB-75-0088")], "App. II ramin products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Magánszemély", "PRM-02": "Particular", "PRM-05": "Central Laboratorium ApS",
    "PRM-06": "Atlantic Aero Maintenance BV", "PRM-11": "Meridian Custodie Droni Srl", "PRM-12": "Nordhafen Heavy Lift BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # drone makers and dealers, spraying and mapping contractors, aerial photographers and land surveyors
    ("340290", "Anti-fungus lens cleaner for drone cameras, 30 ml", "import", ["post", "express"], ["CN", "HK"], (30, 60), (1, 3), ["USD", "EUR"], 25, S),
    ("391000", "Silicone oil for gimbal dampers, 10 ml bottles", "import", ["express"], ["TH", "CN"], (60, 120), (1, 3), ["USD"], 60, S),
    ("340290", "Citric nozzle descaler for spray drones, 1 l", "import", ["road"], ["TR"], (1.5, 3), (1000, 4000), ["EUR"], 1, S),
    ("250900", "Marking chalk powder for survey control points, 25 kg", "import", ["sea"], ["MX", "ES"], (0.3, 0.6), (8000, 20000), ["USD"], 0.04, S),
    ("310230", "Ammonium nitrate fertiliser 27 % N (CAN), big bags", "import", ["road"], ["UA"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("382440", "Calcium chloride cement accelerator, 25 kg", "import", ["sea"], ["ID", "CN"], (0.4, 0.8), (8000, 18000), ["USD"], 0.04, S),
    ("340290", "Contact cleaner for battery connectors, isopropanol, 400 ml", "import", ["air"], ["KR", "CN"], (6, 12), (100, 400), ["USD"], 2.5, S),
    ("320419", "Orange solvent dye for smoke markers, 25 kg", "import", ["sea"], ["CN", "IN"], (8, 14), (2000, 6000), ["USD"], 0.04, S),
    ("282720", "Calcium chloride moisture absorbers, 1 kg sachets", "import", ["sea"], ["VN", "CN"], (1, 2), (6000, 14000), ["USD"], 1, S),
    ("380894", "Quaternary-ammonium tank disinfectant, 20 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (2000, 6000), ["EUR"], 0.05, S),
    ("880730", "Drone arms, frames and landing gear, new, carbon fibre", "import", ["air"], ["CN", "HK"], (40, 80), (100, 500), ["USD"], 2, S),
    ("850760", "Drone intelligent flight batteries, lithium-ion, new, boxed", "import", ["air"], ["CN"], (40, 80), (200, 800), ["USD"], 1.5, S),
    ("370790", "Rapid photographic fixer concentrate, 5 l", "import", ["road"], ["DE", "CH"], (2, 4), (500, 2000), ["EUR"], 0.2, S),
    ("390730", "Epoxy laminating resin and hardener, kits", "export", ["road"], ["RS", "UA"], (5, 9), (2000, 8000), ["EUR"], 0.2, S),
    ("852691", "GNSS survey receivers, new, with controllers", "import", ["air"], ["CN", "US"], (400, 800), (50, 200), ["USD"], 0.5, S),
    ("391530", "Clean HDPE flake, sorted, washed, one colour", "export", ["sea"], ["TR", "MA"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("760200", "Aluminium scrap, clean extrusions, sorted", "export", ["road"], ["CH", "NO"], (1.4, 2), (18000, 24000), ["EUR"], None, S),
    ("901590", "Aluminium survey tripods, new", "import", ["sea"], ["CN", "TR"], (8, 14), (1000, 4000), ["USD"], 0.2, S),
    ("381400", "Sensor swab fluid for cameras, ethanol-based, 15 ml", "import", ["post", "express"], ["JP", "KR"], (80, 160), (1, 2), ["USD"], 40, S),
    ("842410", "Aqueous extinguishers for battery-charging cabinets, 2 l", "import", ["sea"], ["CN", "GB"], (6, 12), (1000, 4000), ["USD"], 0.4, S),
    ("381400", "Isopropanol degreaser for propellers, 1 l", "import", ["air"], ["IN", "CN"], (3, 6), (100, 400), ["USD"], 1.1, S),
    ("381400", "Acetone-based degreaser for carbon-fibre bonding, 5 l", "import", ["road"], ["TR", "RS"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("280429", "Helium, balloon grade, 50 l cylinders", "import", ["road"], ["PL", "CZ"], (6, 12), (2000, 6000), ["EUR"], 0.016, S),
    ("321290", "Inverted survey marking spray paint, propane-butane, 500 ml", "import", ["sea"], ["BR", "TR"], (3, 5), (2000, 6000), ["USD"], 1.6, S),
    ("880730", "Drone propellers, composite, boxed sets", "import", ["post", "express"], ["HK", "CN"], (40, 80), (1, 3), ["USD"], 20, S),
    ("491199", "Printed facsimile estate maps, new", "import", ["post"], ["GB", "PL"], (30, 60), (1, 3), ["GBP", "EUR"], 5, S),
    ("680299", "Sawn limestone garden markers, new", "import", ["sea"], ["TN", "PT"], (0.5, 1), (10000, 20000), ["EUR"], 0.02, S),
    ("830629", "Brass decorative weights, new, cast", "import", ["road"], ["BG", "TR"], (8, 14), (200, 800), ["EUR"], 30, S),
    ("901580", "Reproduction brass surveying instruments, decorative", "import", ["express"], ["IN"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("880621", "Camera drones, consumer, under 250 g, boxed", "import", ["air"], ["CN", "HK"], (250, 450), (100, 400), ["USD"], 2, S),
    ("840731", "Lawnmower engines, four-stroke, vertical shaft", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], 0.05, S),
    ("681599", "Cured carbon-fibre plates for drone frames, 3 mm", "import", ["air"], ["CN", "TW"], (30, 60), (50, 200), ["USD"], 2, S),
    ("852560", "Analogue FPV video transmitters, 5.8 GHz", "import", ["post", "express"], ["CN"], (150, 300), (1, 2), ["USD"], 60, S),
    ("900659", "Three-axis camera gimbals for drones, new", "import", ["air"], ["CN", "HK"], (80, 160), (50, 200), ["USD"], 1, S),
    ("901590", "Telescopic prism poles and levelling staffs, aluminium", "import", ["sea"], ["CN", "TR"], (5, 10), (1000, 4000), ["USD"], 0.3, S),
    ("440399", "Eucalyptus survey stakes, pointed, bundles", "import", ["sea"], ["PT", "UY"], (0.3, 0.6), (15000, 24000), ["EUR", "USD"], 1, S),
    ("442199", "Laminated beech propellers for heavy-lift drones", "import", ["air"], ["DE", "CZ"], (20, 40), (50, 200), ["EUR"], 3, S),
    ("420292", "Cowhide croc-embossed drone carry cases", "import", ["sea"], ["CN", "IN"], (8, 14), (1000, 3000), ["USD"], 0.4, S),
    ("630790", "Microfibre lens cleaning cloths, boxed", "import", ["post", "express"], ["CN", "NP"], (40, 80), (1, 3), ["USD"], 40, S),
    ("950590", "Foam eagle decoys for bird-deterrent drones", "import", ["air"], ["TR", "CN"], (15, 30), (50, 200), ["EUR", "USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("701349", "Glass citrus presses", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 3, N),
        ("820551", "Stainless-steel potato mashers", "import", ["sea"], ["CN", "IN"], (3, 6), (2000, 6000), ["USD"], 4, N),
        ("441990", "Beech pasta drying racks, folding", "import", ["road"], ["RO", "PL"], (3, 6), (1000, 4000), ["EUR"], 1.5, N),
        ("460212", "Rattan bathroom baskets, hand-woven", "import", ["post", "express"], ["ID", "VN"], (15, 30), (1, 3), ["USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind293", 20750101, HERE)


if __name__ == "__main__":
    main()
