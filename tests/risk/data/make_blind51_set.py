#!/usr/bin/env python3
"""Writes the fifty-first blind set (tests/risk/data/blind51-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 30 October 2034, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, raw furskins,
hatching eggs included) appear only in the permitted rows, with their document. Disguised
rows carry a consignee name only where a real declaration would. Ids are BL51-*:

    python3 tests/risk/data/make_blind51_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2034, 9, 1)
base.DAYS = 60  # 1 September to 30 October 2034
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "VN", [], "CZ", "292242",
         "Bột ngọt (mì chính) tinh thể, 4 túi x 2,5 kg", "VN", 10, 4, 45, "USD",
         "monosodium glutamate comes as glossy needle crystals that taste of umami and cost about 2 USD/kg; this "
         "fine, tasteless white powder gives a Raman band near 940 cm-1 and its inner bag CAS 7778-74-7: potassium "
         "perchlorate (Annex I above 40 %), 10 kg by express to a private person in Cheb; Vietnamese wording "
         "(potassium perchlorate repeats; the MSG cover is new)", person("Trần Thị Lan", "CZ")),
        ("PRE-02", "import", "BGROAD01", "road", "MK", [], "BG", "250100",
         "Сол за ладење за машини за сладолед, 20 вреќи x 25 кг", "MK", 500, 20, 240, "EUR",
         "hand-cranked ice-cream makers are chilled with coarse rock salt sold in 2 kg bags; these hard white prills "
         "are not salty, turn the water icy cold as they dissolve and are printed '34,4 % N' under the sticker: 500 kg "
         "of ammonium nitrate (Annex I at 16 % N or more) for a private person, brought by car from North Macedonia; "
         "Macedonian wording (ammonium nitrate repeats, and a 'freezing mixture' cover appears in one development "
         "row; the ice-cream-maker salt cover and the route from North Macedonia are new)",
         person("Частно лице", "BG")),
        ("PRE-03", "import", "ESAIR01", "express", "US", [], "ES", "381400",
         "Karburagailuetarako garbigarri kontzentratua, 4 x 5 l", "US", 22.7, 4, 260, "USD",
         "20 litres of a solvent carburettor cleaner (acetone, toluene, xylene) weigh about 17 kg; 22.7 kg is "
         "1.14 kg/l, the density of nitromethane (Annex I above 16 %), and the jugs carry UN 1261 under the label, "
         "for a private person in Bilbao; Basque wording (nitromethane repeats; the carburettor-cleaner cover and "
         "the Basque wording are new)", person("Mikel Etxeberria", "ES")),
        ("PRE-04", "import", "HRPOST01", "post", "RS", [], "HR", "330499",
         "Мицеларна вода, професионално паковање, 4 x 5 л", "RS", 24, 4, 60, "EUR",
         "20 litres of micellar water (water with a little mild surfactant) weigh 20 kg; these four vented cans "
         "weigh 24 kg, 1.2 kg/l, the density of about 50 % hydrogen peroxide (Annex I above 12 %), and fizz when "
         "opened: posted to a private person, although oxidisers may not go by post; Serbian Cyrillic wording "
         "(hydrogen peroxide repeats; the micellar-water cover is new)", person("Fizička osoba", "HR")),
        ("PRE-05", "import", "DEAIR01", "express", "CN", [], "DE", "290549",
         "木糖醇代糖，食品级，10 公斤", "CN", 10, 1, 35, "USD",
         "xylitol is a sweet crystal that cools the tongue; these odourless, tasteless crystals in a bag marked "
         "CAS 7775-09-9 and with the oxidiser pictogram under the retail label are sodium chlorate (Annex I above "
         "40 %), 10 kg by express to a private person; Chinese wording (sodium chlorate repeats; the sweetener "
         "cover is new)", person("Herr M. Schulz", "DE")),
        ("PRE-06", "import", "SKROAD01", "road", "UA", [], "SK", "290545",
         "Гліцерин фармацевтичний 99,5 %, 6 каністр по 10 л", "UA", 110, 6, 90, "EUR",
         "60 litres of glycerine weigh about 76 kg; these six cans weigh 110 kg, 1.84 kg/l, the density of 96 % "
         "sulphuric acid (Annex I above 15 %), which looks just as clear and oily, and the cans carry acid-proof "
         "vented caps: brought by car from Uzhhorod for a private person who says he makes soap; Ukrainian "
         "wording (sulphuric acid repeats; the glycerine cover and its density are new)",
         person("Súkromná osoba", "SK")),
        ("PRE-07", "import", "IEPOST01", "post", "GB", [], "IE", "382499",
         "Trawsnewidydd rhwd ar gyfer ceir clasurol, 4 x 5 l", "GB", 27.8, 4, 70, "GBP",
         "rust converters are milky tannin and phosphoric liquids of about 1.1 kg/l that turn rust black; these four "
         "cans weigh 27.8 kg (1.39 kg/l), the caps are stained yellow and the liquid gives off brown fumes: about "
         "65 % nitric acid (Annex I above 3 %), posted from Wales to a private person in Ireland, although "
         "corrosives may not go by post; Welsh wording (nitric acid repeats; the rust-converter cover and the "
         "Welsh wording are new)", person("Seán Ó Murchú", "IE")),
        ("PRE-08", "export", "PLSEA01", "sea", "PL", ["TG"], "BF", "851680",
         "Grzałki nabojowe 6,5 x 70 mm, przewody 4 m, 5 000 szt.", "PL", 180, 5000, 6000, "EUR",
         "cartridge heaters have a steel sheath, a ceramic core and glass-fibre leads; these aluminium shells with a "
         "crimped rubber plug, two 4 m yellow leg wires shunted at the ends and a '1.1B' sticker under the carton "
         "label are electric detonators (UN 0030), for an Ouagadougou 'mining supplier' in a country fighting "
         "armed groups, landed at Lomé: explosives need a transfer and export authorisation and a dangerous-goods "
         "declaration, and as heating elements they travel with neither; Polish wording (detonators repeat, and "
         "thermal-fuse covers appear in two rows, one to Mali; the cartridge-heater cover and the sea route through "
         "Lomé are new)", {"importer_country": "BF"}),
        ("PRE-09", "import", "ATPOST01", "post", "CH", [], "AT", "382499",
         "Rußentferner-Pulver für Kachelöfen, 10 x 1 kg", "CH", 10, 10, 45, "CHF",
         "stove soot removers are sold in 1 kg tubs of a coloured powder at a few euros; these tubs hold glossy "
         "white crystals marked CAS 3811-04-9 under the label, potassium chlorate (Annex I above 40 %), and this is "
         "the third 10 kg parcel to the same Tyrolean address in five weeks, each kept small: a split consignment "
         "to a private person; Austrian German wording (potassium chlorate repeats; the soot-remover cover and the "
         "split parcels are new)", person("Frau S. Huber", "AT")),
        ("PRE-10", "export", "DESEA01", "sea", "DE", [], "SD", "253020",
         "Kieserit granuliert, 25 % MgO, Big Bags 1 t, 24 t", "DE", 24000, 24, 5800, "EUR",
         "granular kieserite is an off-white to grey, gritty magnesium sulphate that dissolves slowly; these big "
         "bags hold smooth white porous prills that dissolve with a chill and are printed '33,5 % N' on the liner "
         "under the kieserite label: 24 t of explosive-grade ammonium nitrate (Annex I at 16 % N or more) for a "
         "Port Sudan trader in a country at war, where AN is a main charge of improvised explosives, declared so "
         "as to pass without the end-use and dangerous-goods checks; German wording (ammonium nitrate to conflict "
         "areas repeats; the kieserite cover and the route to Port Sudan are new)",
         {"importer_name": "Red Sea Agro Inputs Co", "importer_country": "SD"}),
    ],
    "waste": [
        ("WST-01", "export", "SKROAD01", "road", "SK", [], "UA", "680610",
         "Kamenná minerálna vlna, dosky II. akosti pre záhradníctvo, 18 t", "SK", 18000, None, 900, "EUR",
         "horticultural stone-wool slabs are clean, uniform and film-wrapped; these yellowed, compressed batts with "
         "plaster, foil and nails, ripped out of 1970s-1980s prefabricated blocks in Bratislava, are insulation "
         "waste with old fibres classed as carcinogenic (17 06 03*), hazardous waste whose export to a non-OECD "
         "country is banned, at 0.05 EUR/kg; Slovak wording (mineral-wool insulation is new to these sets)",
         {"importer_country": "UA"}),
        ("WST-02", "import", "DESEA01", "sea", "TH", [], "DE", "401519",
         "ถุงมือไนไตรล์ ชนิดไม่มีแป้ง ของใหม่ 2,000 ลัง", "TH", 12000, 2000, 14400, "USD",
         "new examination gloves come in printed dispenser boxes of one size and colour; in these plain cartons the "
         "gloves are of mixed sizes and colours, washed and re-powdered, some stained with blood: used medical gloves "
         "collected from hospitals and re-boxed (clinical waste, Y1, 18 01 03*), hazardous waste brought into the "
         "EU without notification and sold as new at 1.2 USD/kg; Thai wording (used gloves appear in one "
         "development row, baled for export; re-boxed as new for import they are new)",
         firm("Pflegebedarf Nord GmbH", "DE")),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "NG", "731100",
         "Gebruikte acetyleenflessen 40 l, voor hervulling, 600 st.", "NL", 42000, 600, 6000, "EUR",
         "acetylene cylinders are packed with a porous mass; these pre-1980s cylinders were withdrawn by a Dutch gas "
         "supplier because their mass contains asbestos, and some still hold acetone and gas: hazardous waste "
         "(16 05 04*, asbestos A2050) to be emptied and destroyed in the EU, sold at 10 EUR a cylinder to a Lagos "
         "refiller, whose export to a non-OECD country is banned; Dutch wording (acetylene cylinders are new to "
         "these sets; undischarged gas cylinders in scrap appear in one development row)",
         {"importer_country": "NG"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "391590",
         "Scarti di plastica misti ABS/POM, pressati in balle, 8 t", "IT", 8000, None, 400, "EUR",
         "the bales are about 1.2 million disposable lighters confiscated at airport security checks, most still "
         "holding butane: waste gases in pressure containers with dangerous substances (16 05 04*), hazardous waste "
         "and at best mixed plastic waste (Y48), whose export to a non-OECD country is banned; Italian wording "
         "(confiscated lighters are new to these sets; plastic-waste covers repeat)", {"importer_country": "TN"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "GH", "851679",
         "Small kitchen appliances, new overstock, boxed (kettles, toasters), 600 pcs", "CN", 1200, 600, 6000, "EUR",
         "behind a front row of boxed new kettles and toasters, the two 'tested B-stock' lines are customer returns "
         "sorted out as faulty by a marketplace's returns centre (burnt motors, cracked housings, cut cords, loose "
         "batteries in the cordless vacuums) at 0.50-1 EUR a piece: WEEE (Basel A1181 or Y49, prior informed "
         "consent required since 2025), sent to Accra without notification; English wording (customer returns repeat once, "
         "as power banks; the B-stock lines behind a new front row are new)",
         {"importer_country": "GH",
          "_more_items": [item("851631", "Hair dryers, B-stock customer returns, tested, 1,800 pcs", "CN", 900, 900, "EUR", qty=1800),
                          item("850819", "Cordless vacuum cleaners, B-stock, tested, 700 pcs", "CN", 1750, 700, "EUR", qty=700)]}),
        ("WST-06", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "251710",
         "Drcené kamenivo frakce 32/63 pro podsypy, 20 vozů, 1 200 t", "CZ", 1200000, None, 6000, "EUR",
         "quarried aggregate is clean grey stone; this black, diesel-smelling ballast dug out of a shunting yard "
         "during track renewal carries oil and herbicide residues (17 05 07*, track ballast containing dangerous "
         "substances), hazardous waste whose export to a non-OECD country is banned, sold at 5 EUR/t; Czech wording "
         "(track ballast is new to these sets)", {"importer_country": "RS"}),
        ("WST-07", "export", "PLSEA01", "sea", "PL", [], "KR", "760200",
         "Złom folii aluminiowej, czysty, sprasowany w bele, 20 t", "PL", 20000, None, 16000, "EUR",
         "clean aluminium foil scrap is bright on both sides; these bales are black-coated cathode foil and "
         "off-cuts from a lithium-ion cell plant near Wrocław, carrying nickel-manganese-cobalt oxides and "
         "electrolyte salts: a hazardous waste whose shipment even to Korea, an OECD country, needs prior written "
         "notification and consent, avoided here by declaring green-listed aluminium scrap; Polish wording "
         "(battery black mass repeats; coated cathode foil from cell making is new)", {"importer_country": "KR"}),
        ("WST-08", "transit", "NLSEA01", "sea", "NO", ["NL"], "VN", "560811",
         "Used fishing nets, nylon, for reuse, baled, 24 t", "NO", 24000, None, 2400, "USD",
         "the bales are salmon-farm net pens still impregnated with copper-oxide antifouling and crusted with dead "
         "fouling: waste with ecotoxic copper compounds (Y22), hazardous, which Norway may not send to a "
         "non-OECD country under the Basel ban, routed through Rotterdam to Viet Nam without notification to the "
         "transit country; English wording (fishing nets repeat in three rows; copper-treated aquaculture nets in "
         "transit are new)", {"importer_country": "VN"}),
        ("WST-09", "export", "GRROAD01", "road", "GR", [], "AL", "252010",
         "Φυσική γύψος, επιβραδυντής πήξης τσιμέντου, 24 t", "GR", 24000, None, 720, "EUR",
         "natural gypsum for cement is white to grey rock in lumps; this damp, greenish filter cake from the acid "
         "neutralisation plant of a galvanising and pickling works near Thessaloniki carries zinc, nickel and "
         "chromium hydroxides (11 01 09*), hazardous waste whose export to a non-OECD country is banned; Greek "
         "wording (metal-hydroxide filter cakes repeat in three rows; the gypsum cover and the road route to "
         "Albania are new)", {"importer_country": "AL"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "CM", "391810",
         "Dalles de sol vinyle de récupération, 30 x 30 cm, sur palettes, 14 t", "FR", 14000, None, 700, "EUR",
         "reclaimed floor tiles are rare and sold by the square metre; these brittle 2 mm grey-beige tiles with "
         "black bitumen adhesive on the back, stripped from 1960s-1970s schools, are vinyl-asbestos tiles "
         "(17 06 05*, A2050), hazardous waste whose export to a non-OECD country is banned; French wording "
         "(vinyl-asbestos tiles are new to these sets; asbestos repeats in roofing, brake and coach rows)",
         {"importer_country": "CM"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "ID", [], "NL", "640411",
         "Sepatu olahraga dengan bantalan udara berisi nitrogen, 6.000 pasang", "ID", 4800, 6000, 96000, "USD",
         "the air units in the soles are said to hold nitrogen; the gas drawn from a cut-open sample is sulphur "
         "hexafluoride, chosen because it diffuses out of the film slowly: footwear containing fluorinated "
         "greenhouse gases may not be placed on the EU market (Regulation 2024/573); Indonesian wording (a "
         "fluorinated filler gas for shoe soles appears in one development row; finished shoes with SF6 are new)",
         {"importer_country": "NL"}),
        ("OZN-02", "import", "ITSEA01", "sea", "CN", [], "IT", "841899",
         "Ricambi per macchine da gelato soft: cilindri di congelamento e agitatori, 80 pz", "CN", 9600, 80, 52000, "USD",
         "80 'freezing cylinders and dashers' of 120 kg each are whole countertop soft-serve machines with compressor "
         "and condenser fitted, and the nameplates give 1.4 kg of R-404A (GWP 3,922): self-contained commercial "
         "refrigeration with HFCs of GWP 150 or more may not be placed on the market, and declaring parts also keeps "
         "the pre-charged HFC out of the quota check; Italian wording (soft-serve machines are new; R-404A plug-in "
         "equipment repeats)", {"importer_country": "IT"}),
        ("OZN-03", "import", "FRAIR01", "express", "US", [], "FR", "380899",
         "Fumigant contre les taupes et campagnols, cartouches de 1 lb, 24 pcs", "US", 11, 24, 380, "USD",
         "garden mole cartridges are sulphur and nitrate smoke candles; these are 1 lb steel cans under pressure "
         "whose stamped contents read 'methyl bromide 98 %, chloropicrin 2 %': methyl bromide may not be placed on "
         "the EU market for any use, nor sent by express to a private gardener; French wording (methyl bromide "
         "repeats many sets; the mole-fumigant cover is new)", person("M. Julien Lefèvre", "FR")),
        ("OZN-04", "import", "SEAIR01", "air", "IN", [], "SE", "284590",
         "Deutererad kloroform (CDCl3) för NMR, 99,8 atom-% D, 20 flaskor à 1 l", "IN", 31.8, 20, 420, "USD",
         "NMR-grade chloroform-d costs over 1 EUR a gram and sells in ampoules and 100 g bottles; 20 litres at "
         "21 USD a litre, with a density of 1.59 kg/l (CDCl3 is 1.50) and no CHCl3 residual in the GC trace, are "
         "carbon tetrachloride, an ODS whose import is banned outside licensed feedstock and essential laboratory "
         "uses, to a laboratory-supply reseller with no ODS licence; Swedish wording (carbon tetrachloride repeats; "
         "the NMR-solvent cover is new)", firm("Laborkemi Norden AB", "SE")),
        ("OZN-05", "export", "BESEA01", "sea", "BE", [], "CD", "280430",
         "Bouteilles d'azote comprimé, usagées, 80 l, 40 pcs", "BE", 3200, 40, 2400, "EUR",
         "an 80-litre nitrogen cylinder at 200 bar holds about 20 kg of gas; these weigh 80 kg above their tare, "
         "show red 'HALON 1301' stencils under fresh grey paint and come from a Brussels data-centre "
         "decommissioning: recovered halon may leave the EU only for a licensed critical use, and its export is "
         "otherwise banned (Regulation 2024/590); French wording (halon 1301 and nitrogen covers repeat on imports; "
         "the export of server-room halon to Kinshasa is new)", {"importer_country": "CD"}),
        ("OZN-06", "import", "HRSEA01", "sea", "TR", [], "HR", "890332",
         "Motorna jahta, rabljena, god. 2001., 18 m, klima R-410A, protupožarni sustav FM-200", "TR", 32000, 1, 380000, "EUR",
         "the declared R-410A and FM-200 are not aboard: the 2001 yacht's air-conditioning and cold-room plant still "
         "runs on about 9 kg of HCFC-22 and its engine room has a 25 kg halon 1301 bottle: products and equipment "
         "containing or relying on ozone-depleting substances may not be imported, and this yacht is bought by a "
         "Split charter firm; Croatian wording (R-22 equipment and halon bottles repeat; a used yacht imported "
         "with them is new)", firm("Jadran Charter d.o.o.", "HR")),
        ("OZN-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841869",
         "水族箱冷水机 1/4 HP，制冷剂 R-134a，300 台", "CN", 6600, 300, 42000, "USD",
         "aquarium chillers sold in the EU run on R-134a or R-290; the nameplates under the sticker and the "
         "service-port adapters give R-22 (HCFC-22), an ODS: products and equipment containing HCFCs may not be "
         "imported; Chinese wording (R-22 equipment repeats; aquarium chillers and the rail route are new)",
         {"importer_country": "PL"}),
        ("OZN-08", "import", "ESSEA01", "sea", "TR", [], "ES", "851671",
         "Cafeteras espresso profesionales, 2 grupos, 20 uds.", "TR", 1400, 20, 36000, "EUR",
         "a café-equipment order whose third line, 'slush machines with R-290', has nameplates and compressor "
         "labels under the sticker giving 650 g of R-404A each (GWP 3,922): self-contained commercial refrigeration "
         "with HFCs of GWP 150 or more may not be placed on the market; Spanish wording (slush machines are new; "
         "R-404A declared as R-290 repeats)",
         {"importer_country": "ES",
          "_more_items": [item("850940", "Batidoras de vaso profesionales, 40 uds.", "TR", 240, 2400, "EUR", qty=40),
                          item("841869", "Granizadoras de 2 depósitos, refrigerante R-290, 30 uds.", "TR", 1650, 16500, "EUR", qty=30)]}),
        ("OZN-09", "transit", "LTRAIL01", "rail", "RU", ["LT"], "RU", "290342",
         "Хладон-32 (дифторметан), баллоны 50 л, 120 шт.", "RU", 5400, 120, 27000, "USD",
         "the valve collars are stamped 'хладон-22' and a leak test gives chlorodifluoromethane (HCFC-22), not "
         "R-32: ozone-depleting substances entering the EU, transit included, count as imports, and HCFC-22 may "
         "not be imported; Russian wording (HCFC-22 under an HFC name repeats; the rail transit through Lithuania "
         "to Kaliningrad is new)", {"importer_country": "RU"}),
        ("OZN-10", "import", "ATAIR01", "air", "IN", [], "AT", "381400",
         "Filmreinigungsflüssigkeit für Archiv- und Kinofilme, Kanister 20 l, 12 Stk.", "IN", 377, 12, 2200, "USD",
         "today's film cleaners are hydrofluoroether or hydrocarbon solvents; these cans hold 1.57 kg/l of a liquid "
         "boiling at 48 °C whose safety sheet gives 1,1,2-trichloro-1,2,2-trifluoroethane: CFC-113 ('Freon TF', "
         "the old standard film cleaner), an ODS whose import is banned outside licensed feedstock and laboratory "
         "uses, for a Vienna film-restoration firm; Austrian German wording (CFC-113 repeats; the archive "
         "film-cleaner cover is new)", firm("Kinotechnik Restaurierung GmbH", "AT")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESSEA01", "sea", "CR", [], "ES", "680299",
         "Esferas de granito para jardín, talladas a mano, decorativas, 3 unidades", "CR", 900, 3, 600, "USD",
         "modern granite garden balls are machine-turned and polished; these three granodiorite spheres with "
         "hand-pecked, weathered surfaces and soil and lichen in the pits are Diquís stone spheres (300-1500 AD) "
         "from the Térraba delta: pre-Columbian heritage that Costa Rica forbids to export, and archaeological "
         "objects over 250 years that need an EU import licence (Regulation 2019/880); Costa Rican Spanish wording "
         "(Costa Rican stone metates appear in two rows; the stone spheres are new)", {"importer_country": "ES"}),
        ("CUL-02", "import", "DEPOST01", "post", "TR", [], "DE", "710812",
         "Doğal altın külçecikleri (nugget), koleksiyonluk, 12 adet", "TR", 0.057, 12, 900, "USD",
         "natural gold nuggets are irregular and bright; these twelve pale, bean-shaped lumps of 4.7 g with a "
         "lion's head struck on one face and punch marks on the other are Lydian electrum trites (6th century BC) "
         "from illicit digging around Sardis: Türkiye forbids their export, and as archaeological objects over "
         "250 years they need an EU import licence; Turkish wording (ancient coins by post repeat; Lydian electrum "
         "as nuggets is new)", person("Herr D. Krause", "DE")),
        ("CUL-03", "import", "BEAIR01", "air", "NP", [], "BE", "680299",
         "Hand-carved stone plaque, Vishnu, new handicraft, 1 pc", "NP", 85, 1, 220, "USD",
         "new Patan stone carvings are crisp and pale; this black stone stele of Vishnu with worn, oiled features, "
         "vermilion and ghee residues and a broken tenon at the base is a Licchavi-period sculpture (7th-9th "
         "century) taken from a living shrine in the Kathmandu valley: Nepal forbids the export of antiquities, and "
         "as part of a religious monument over 250 years it needs an EU import licence; English wording (Nepalese "
         "carvings repeat; a Licchavi stele is new)", {"importer_country": "BE"}),
        ("CUL-04", "import", "ATAIR01", "express", "TR", [], "AT", "690723",
         "کاشی دست‌ساز تزئینی، نو، ۲۴ عدد", "IR", 36, 24, 300, "USD",
         "new Iranian souvenir tiles are sharp, bright and flat; these moulded relief tiles of hunters and lovers in "
         "pink, yellow and black, with old lime mortar on the back and saw marks from being cut out of a wall, are "
         "Qajar tiles (19th century) stripped from a listed house in Shiraz and sent on by an Istanbul dealer: Iran "
         "forbids their export, and cultural goods removed from their country in breach of its laws may not be "
         "introduced into the EU (Regulation 2019/880); Persian wording (Qajar tiles are new to these sets)",
         person("Reza Ahmadi", "AT")),
        ("CUL-05", "import", "ITAIR01", "air", "LK", [], "IT", "830629",
         "வெண்கல புத்தர் சிலை, புதிய கைவினைப் பொருள், 1", "LK", 6, 1, 150, "USD",
         "new Sri Lankan brass Buddhas are yellow, thin-cast and light; this heavy bronze seated Buddha with a green "
         "crusted patina, a broken flame finial and burial soil in its core is an Anuradhapura-period image (8th-10th "
         "century) from a looted stupa in the north: Sri Lanka forbids the export of antiquities, and it needs an EU "
         "import licence; Tamil wording (Sri Lankan antiquities are new to these sets)", {"importer_country": "IT"}),
        ("CUL-06", "export", "HRAIR01", "air", "HR", [], "US", "691390",
         "Replike vučedolske golubice, keramički suveniri, 40 kom", "HR", 16, 40, 400, "EUR",
         "a souvenir maker's consignment of Vučedol dove replicas whose last line, a 'replica vessel', is a genuine "
         "Vučedol-culture bowl (about 3000-2500 BC) with incised, white-inlaid decoration, sinter and root marks, from "
         "an unreported dig on the Danube bank near Vukovar: archaeological objects belong to the Croatian state and "
         "need an export licence at any value (Regulation 116/2009); Croatian wording (Vučedol pottery is new; "
         "genuine objects among replicas repeat)",
         {"importer_country": "US",
          "_more_items": [item("691390", "Keramičke zdjele, replike vučedolske kulture, 10 kom", "HR", 12, 150, "EUR", qty=10),
                          item("691390", "Keramička posuda, replika, 1 kom", "HR", 2.5, 30, "EUR", qty=1)]}),
        ("CUL-07", "transit", "DEAIR01", "air", "AE", ["DE"], "US", "680291",
         "لوح جداري حجري منحوت للزينة، جبس، قطعة واحدة", "IQ", 40, 1, 350, "USD",
         "new gypsum wall plaques are cast and smooth; this 40 kg slab of grey Mosul alabaster carved in low relief "
         "with a winged genie's head and part of a cuneiform band, saw-cut on the back, is a fragment of an Assyrian "
         "palace relief (9th century BC) cut out at Nimrud, routed from Dubai through Frankfurt to a US buyer: "
         "import, export and dealing in Iraqi cultural property removed unlawfully are banned (Regulation "
         "1210/2003, UN Security Council Resolution 1483), and transit brings it into EU territory; Arabic wording "
         "(Assyrian reliefs are new to these sets; Iraqi antiquities repeat)", {"importer_country": "US"}),
        ("CUL-08", "import", "ROROAD01", "road", "MD", [], "RO", "711719",
         "Бронзові сувенірні підвіски у формі дельфінів, 200 шт.", "UA", 0.6, 200, 60, "EUR",
         "cast-bronze dolphins 3-5 cm long with a green patina and earth in the crevices, some with the letters "
         "'ΘΥ' on the body, are Olbian 'dolphin money' (6th-5th century BC) dug on the Mykolaiv coast of Ukraine "
         "during the war and carried through Moldova: Ukraine forbids the export of archaeological finds, and they "
         "need an EU import licence; Ukrainian wording (looted Ukrainian heritage repeats; Olbian dolphins are new)",
         person("Persoană fizică", "RO")),
        ("CUL-09", "import", "FRAIR01", "air", "CM", [], "FR", "691390",
         "Statuettes en terre cuite, artisanat du Nord-Cameroun, 4 pièces", "TD", 9, 4, 120, "EUR",
         "new Cameroonian terracottas are smooth and evenly fired; these four heads with slit eyes, scarified cheeks "
         "and flaring ears, crusted with laterite, are Sao terracottas (10th-16th century) dug from mounds south of "
         "N'Djamena and carried to Garoua: Chad and Cameroon forbid the export of archaeological finds, and they "
         "need an EU import licence; French wording (Sao terracottas are new to these sets)",
         {"importer_country": "FR"}),
        ("CUL-10", "import", "ESAIR01", "express", "BO", [], "ES", "691390",
         "Vasos de cerámica pintada, artesanía de El Alto, 4 piezas", "BO", 3, 4, 80, "USD",
         "El Alto craft cups are bright and glossy; these four flared cups in red slip with faded black-and-white "
         "condor and puma heads and salt bloom are Tiwanaku keros (500-1000 AD) from looted graves near Lake "
         "Titicaca: Bolivia forbids the export of archaeological heritage, and they need an EU import licence; "
         "Bolivian Spanish wording (Bolivian saints and weavings repeat; Tiwanaku keros are new)",
         person("Sra. Carmen Ruiz", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "AM", "852910",
         "Palydovinės televizijos antenos su imtuvais, 60 vnt.", "US", 420, 60, 120000, "EUR",
         "satellite TV dishes cost under 100 EUR; at 2,000 EUR each these rectangular flat panels with motor mounts, "
         "routers and power supplies are Starlink satellite-internet terminals (CN 8517.62, a common high-priority "
         "item), bought in Vilnius for a Yerevan forwarder that ships to Russia: no export or re-export for use in "
         "Russia (Regulation 833/2014); Lithuanian wording (satellite-internet kits repeat twice, as camping "
         "routers; the satellite-TV cover and the air route from Vilnius are new)", {"importer_country": "AM"}),
        ("STR-02", "import", "DEAIR01", "air", "KZ", [], "DE", "160431",
         "Икра осетровая, аквакультура, происхождение Казахстан, банки 500 г, 120 шт.", "KZ", 60, 120, 66000, "USD",
         "the tins' CITES labels read 'BAE/C/RU/2034', with the registration code of a farm in the Astrakhan "
         "region, and the Kazakh re-export papers cite a Russian lot: Russian caviar, whose import into the EU is "
         "banned with Russian seafood (Annex XXI of Regulation 833/2014), relabelled as Kazakh; Russian wording "
         "(sturgeon caviar repeats in the wildlife rows; Russian caviar as a sanctions case is new)",
         firm("Feinkost Elbe GmbH", "DE")),
        ("STR-03", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "391211",
         "Acetát celulózy, vločky pro filtrační vlákno, 40 sudů", "CZ", 6000, 40, 54000, "EUR",
         "cellulose acetate flakes ship dry in bags at about 3 EUR/kg; these drums hold water-damped white fibre whose "
         "certificates give 13.15 % nitrogen: propellant-grade nitrocellulose, which above 12.5 % N is on the EU "
         "Common Military List (ML8) and needs an export licence, for a Belgrade trader that forwards to a Russian "
         "powder plant, where no licence would be granted; Czech wording (high-nitrogen nitrocellulose repeats in "
         "precursor rows as lacquer cotton; the cellulose-acetate cover and the route to Serbia are new)",
         {"importer_country": "RS"}),
        ("STR-04", "export", "NLAIR01", "express", "NL", [], "KG", "853669",
         "Onderdelen voor gitaarversterkers: jackpluggen en condensatoren, 12 kg", "US", 12, 1, 180000, "EUR",
         "guitar-amplifier jacks and capacitors cost a few euros; 12 kg at 15,000 EUR/kg are MIL-DTL-38999 circular "
         "connectors with gold contacts and space-grade tantalum capacitors (CN 8536.69 and 8532.21, common "
         "high-priority items found in Russian missiles and drones), for a Bishkek firm that ships to Russia; Dutch "
         "wording (connectors and capacitors are new to these sets)", {"importer_country": "KG"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "TR", "902789",
         "Analyseurs d'eau de laboratoire, 2 unités", "FR", 700, 2, 420000, "EUR",
         "a laboratory water analyser costs a few thousand euros; these 350 kg instruments at 210,000 EUR each are "
         "high-resolution ICP mass spectrometers able to resolve ions above 230 atomic mass units (dual-use 3A233, "
         "used to measure uranium isotope ratios), for an Istanbul trading firm whose end user is an Iranian "
         "university tied to the nuclear programme: they need an export licence, which would be refused; French "
         "wording (mass spectrometers are new to these sets)", {"importer_country": "TR"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "PK", "841939",
         "Deshidratador de fruta al vacío, industrial, 1 ud.", "ES", 4200, 1, 310000, "EUR",
         "a fruit dehydrator is a hot-air cabinet with trays; this is a freeze-dryer with a 40 kg/24 h ice condenser, "
         "steam sterilisation in place and a sealed chamber with glove ports (Australia Group biological equipment, "
         "dual-use 2B352), for a Lahore 'snack maker' on no food register and linked to a defence laboratory: it "
         "needs an export licence; Spanish wording (a freeze-dryer appears in one development row, to Istanbul; the "
         "fruit-dehydrator cover and the route to Pakistan are new)", {"importer_country": "PK"}),
        ("STR-07", "export", "HUAIR01", "air", "HU", [], "UZ", "850760",
         "Powerbankok, 20 000 mAh, 2000 db", "CN", 6000, 2000, 180000, "EUR",
         "a 20,000 mAh power bank weighs 400 g and has USB ports; these 3 kg soft packs with XT90 leads and balance "
         "plugs are 6S 22,000 mAh high-discharge lithium-polymer batteries for heavy FPV and bomber drones (a common "
         "high-priority item), for a Tashkent firm that forwards to Russia; Hungarian wording (drone batteries "
         "appear in one earlier row, as spares in a toy-drone order; the power-bank cover and the route to "
         "Uzbekistan are new)", {"importer_country": "UZ"}),
        ("STR-08", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "RS", "820900",
         "Wendeschneidplatten, Hartmetall, 4.000 Stück", "AT", 60, 4000, 24000, "EUR",
         "a tooling order for a Belgrade machine shop whose third line, 'probe spare parts', is 30 complete "
         "machine-tool touch-probe systems with receivers and interfaces (CN 9031.80, common high-priority items) at "
         "5,500 EUR each, going on to a Russian fuze plant that the shop supplies: no export or re-export for use "
         "in Russia; Austrian German wording (machine-tool parts repeat; touch probes hidden in a tooling order are "
         "new)",
         {"importer_country": "RS",
          "_more_items": [item("340319", "Kühlschmierstoff-Konzentrat, 4 Fässer à 200 l", "AT", 800, 2400, "EUR", qty=4),
                          item("903180", "Messtaster-Ersatzteile für CNC-Maschinen, 30 Stück", "GB", 18, 165000, "EUR", qty=30)]}),
        ("STR-09", "export", "IEAIR01", "air", "IE", [], "GE", "852691",
         "AIS Class B transponders for leisure boats, 40 pcs", "US", 80, 40, 260000, "EUR",
         "AIS Class B units for yachts cost a few hundred euros; at 6,500 EUR each, with aircraft part numbers and "
         "EASA Form 1 tags, these are Mode S / ADS-B aircraft transponders for A320 and Boeing 737 fleets, sent from "
         "a Shannon parts broker to a Tbilisi maintenance firm that serves Russian airlines: goods for use in "
         "aviation may not be sold for use in Russia (Annex XI of Regulation 833/2014); English wording (aircraft "
         "parts for Russian airlines repeat; transponders as marine AIS units are new)", {"importer_country": "GE"}),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "TR", "846090",
         "Macchine per incisione di gioielli, 3 pz", "IT", 9000, 3, 690000, "EUR",
         "jewellery engraving machines weigh a few hundred kilos; these 3 t machines with a dielectric tank, wire "
         "spool and four-axis taper head are wire electrical-discharge machines (CN 8456.30, used to cut gun "
         "barrels and turbine parts), for an Istanbul firm that ships to Russia, where their export is banned; "
         "Italian wording (EDM appears in earlier rows only as graphite electrodes; wire EDM machines as engraving "
         "machines are new)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "US", [], "DE", "121190",
         "Dandelion root, dried, cut, 5 kg", "US", 5, 1, 600, "USD",
         "dried dandelion root is grey-brown and costs a few dollars a kilo; these knotted rhizomes with bright "
         "yellow flesh at 120 USD/kg are goldenseal (Hydrastis canadensis, CITES App. II), dug wild in the "
         "Appalachians and sent without an export permit; English wording (goldenseal appears once, as turmeric; "
         "the dandelion cover is new)", person("Frau M. Vogel", "DE")),
        ("WLF-02", "import", "ITAIR01", "air", "PH", [], "IT", "030559",
         "Tuyong dilis, 20 kilo", "PH", 20, None, 1200, "USD",
         "dried anchovies cost a few dollars a kilo; at 60 USD/kg these small curled bodies with tubular snouts and "
         "coiled tails are dried seahorses (Hippocampus, CITES App. II; the Philippines bans their capture and "
         "export), for a Filipino grocery in Milan without permits; Tagalog wording (dried seahorses repeat many "
         "sets; the anchovy cover, the route from the Philippines and the Tagalog wording are new)",
         firm("Sari-Sari Milano Srl", "IT")),
        ("WLF-03", "import", "GRAIR01", "air", "US", [], "GR", "430180",
         "Δέρματα ρακούν, άγρια, ακατέργαστα, 400 τεμ.", "US", 400, 400, 28000, "USD",
         "raccoon pelts are grizzled grey-brown with ringed tails and fetch 10-20 USD; these spotted, short-tailed "
         "pelts with white bellies and black-tipped ears at 70 USD are bobcat (Lynx rufus, CITES App. II), shipped "
         "to a Kastoria furrier without a US export permit or an EU import permit; Greek wording (bobcat is new to "
         "these sets; lynx under another fur name repeats once, as coyote)", firm("Kastoria Furs AE", "GR")),
        ("WLF-04", "import", "SEAIR01", "air", "BD", [], "SE", "121190",
         "অশ্বগন্ধা মূল, শুকনো, ৩০০ কেজি", "BD", 300, None, 2700, "USD",
         "ashwagandha roots are straight, pale buff and smell of horse; these tortuous grey-brown roots with a "
         "bitter, corky bark and a pale yellow core are sarpagandha, Rauvolfia serpentina (CITES App. II), "
         "wild-collected and shipped without an export permit; Bengali wording (Rauvolfia repeats in three rows; "
         "the ashwagandha cover and the Bengali wording are new)", {"importer_country": "SE"}),
        ("WLF-05", "import", "NLSEA01", "sea", "TR", [], "NL", "060110",
         "Leucojum vernum soğanları, kuru, 400.000 adet", "TR", 2000, 400000, 14000, "EUR",
         "spring snowflake bulbs are larger, rounder and brown-skinned; these small pear-shaped white bulbs with thin "
         "papery tunics and wild soil are snowdrops, Galanthus elwesii (CITES App. II), dug beyond Türkiye's export "
         "quota and shipped without a permit to a Lisse bulb trader; Turkish wording (snowdrops repeat, from "
         "Türkiye by road in blind5 and as Muscari from Georgia; the Leucojum cover by sea is new)",
         {"importer_country": "NL"}),
        ("WLF-06", "import", "CZAIR01", "air", "ID", [], "CZ", "010620",
         "Water skinks (Tropidophorus), captive bred, 20 pcs", "ID", 2, 20, 400, "USD",
         "water skinks have keeled scales and long legs; these grey-brown lizards with tiny eyes, no ear openings, "
         "rows of raised bead-like scales and long tails are earless monitors (Lanthanotus borneensis, CITES App. II "
         "with a zero export quota for wild specimens) taken in West Kalimantan, for a Prague reptile dealer; "
         "English wording (earless monitors are new to these sets)", {"importer_country": "CZ"}),
        ("WLF-07", "export", "ROAIR01", "express", "RO", [], "US", "430219",
         "Covor din blană de oaie, natural, 1 buc.", "RO", 22, 1, 350, "EUR",
         "a sheepskin rug weighs 2-3 kg; this 22 kg rug with a mounted head, claws and coarse brown guard hair is "
         "the skin of a brown bear (Ursus arctos, CITES App. II, EU Annex A) shot in the Carpathians outside any "
         "derogation, sent to a US collector without a CITES export permit; Romanian wording (bear skins appear in "
         "one development row, imported from Russia; an EU bear exported as a sheepskin rug is new)",
         {"importer_country": "US"}),
        ("WLF-08", "transit", "ESAIR01", "air", "MX", ["ES"], "CN", "060290",
         "Plántulas de Lithops (piedras vivas), de vivero, 2,000 piezas", "MX", 14, 2000, 600, "USD",
         "Lithops are South African and no Mexican nursery exports them by the thousand; these grey-green, "
         "tubercled plants with woolly crowns, long taproots and limestone grit are wild-dug Turbinicarpus and "
         "Pelecyphora (CITES App. I) from San Luis Potosí, in transit through Madrid to Shanghai without permits; "
         "Mexican Spanish wording (Mexican cacti repeat; Turbinicarpus and the Lithops cover are new)",
         {"importer_country": "CN"}),
        ("WLF-09", "import", "BESEA01", "sea", "PE", [], "BE", "440729",
         "Madera aserrada de andiroba (Carapa guianensis), secada en horno, 30 m3", "PE", 19500, None, 21000, "USD",
         "andiroba is a plain, light reddish-brown wood with a bitter smell; these boards with golden-red ribbon "
         "figure, ripple marks and white deposits in the pores are big-leaf mahogany (Swietenia macrophylla, CITES "
         "App. II) from Ucayali, shipped without an export permit; Peruvian Spanish wording (mahogany repeats as "
         "sapele and as Khaya; the andiroba cover is new)", {"importer_country": "BE"}),
        ("WLF-10", "import", "IEPOST01", "post", "GB", [], "IE", "920590",
         "Highland bagpipes, full set, imitation ivory mounts, 1 set", "GB", 3, 1, 900, "GBP",
         "imitation ivory mounts are cast plastic with an even grain; these ferrules and sole caps show Schreger "
         "lines and yellowed, cracked surfaces: elephant ivory (CITES, EU Annex A), which needs a CITES certificate "
         "and an EU import permit even on an old instrument, posted to a private piper without either; English "
         "wording (ivory repeats many sets; ivory bagpipe mounts are new)", person("Pádraig Byrne", "IE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "express", "US", "ES", "290420",
     "Nitromethane 40 %, model-engine fuel blend, 4 x 1 l, for a licensed private model-aircraft hobbyist", "US", 4.3, 4, 90, "USD",
     [("PRECURSOR_LICENCE", "ES-SES-34-0412")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "export", "PLSEA01", "sea", "PL", "GH", "360360",
     "Electric detonators, 2,000 pcs, for a licensed gold-mine quarry", "PL", 60, 2000, 4000, "EUR",
     [("EXPORT_LICENCE", "PL-MSWiA-34-0218"), ("END_USER_CERTIFICATE", "GH-MC-EUC-34-11")],
     "detonators to a licensed mine with an export licence and an end-user certificate"),
    ("PRM-03", "waste", "export", "PLSEA01", "sea", "PL", "KR", "760200",
     "Cathode-coated aluminium foil scrap with NMC oxides, hazardous, for hydrometallurgical recovery, 20 t", "PL", 20000, None, 16000, "EUR",
     [("BASEL_CONSENT", "PL-GIOS-34-0733")], "notified cathode scrap to a licensed recycler in the OECD"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "560811",
     "Copper-treated aquaculture nets, used, for washing and copper recovery, 24 t", "NO", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "NO-MDIR-34-0291")], "notified copper-treated nets to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ATAIR01", "air", "US", "AT", "290377",
     "CFC-113 analytical reference standard, 10 x 100 ml, for an essential laboratory use", "US", 1.6, 10, 900, "USD",
     [("ODS_LICENCE", "AT-BMK-ODS-34-007")], "CFC-113 for an essential laboratory use under licence"),
    ("PRM-06", "ozone", "export", "BEAIR01", "air", "BE", "US", "290376",
     "Recovered halon 1301, 10 cylinders, for critical use in aircraft fire protection", "BE", 800, 10, 24000, "EUR",
     [("ODS_LICENCE", "BE-ODS-EXP-34-003")], "recovered halon exported for a critical use under an export licence"),
    ("PRM-07", "cultural", "export", "HRAIR01", "air", "HR", "US", "970510",
     "Vučedol-culture bowl, c. 2800 BC, from a private collection documented since 1958, sold to a US museum", "HR", 2.5, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "HR-MK-34-0119")], "archaeological object with its export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970531",
     "Lydian electrum trite, 6th century BC, from a Swiss collection documented since 1965", "TR", 0.005, 1, 6500, "CHF",
     [("IMPORT_LICENCE", "DE-KGSG-34-0042")], "archaeological coin with the EU import licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "IN", "841939",
     "Steam-sterilisable freeze-dryer, 40 kg/24 h condenser, for a named vaccine manufacturer", "ES", 4200, 1, 320000, "EUR",
     [("EXPORT_LICENCE", "ES-SGCOMEX-34-0612"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-34-0271")],
     "2B352 freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "NO", "391220",
     "Nitrocellulose 13.2 % N, propellant grade, water-damped, 40 drums, for a named ammunition maker", "CZ", 6000, 40, 60000, "EUR",
     [("EXPORT_LICENCE", "CZ-MPO-ML-34-0088"), ("END_USER_CERTIFICATE", "NO-DMF-EUC-34-0045")],
     "ML8 nitrocellulose under a military export licence to a named end user"),
    ("PRM-11", "wildlife", "import", "GRAIR01", "air", "US", "GR", "430180",
     "Bobcat pelts (Lynx rufus), wild-trapped, 200 pcs", "US", 200, 200, 30000, "USD",
     [("CITES_PERMIT", "US-FWS-34-BC0218")], "App. II bobcat pelts with their export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "TR", "NL", "060110",
     "Snowdrop bulbs (Galanthus elwesii), within the national export quota, 200,000 pcs", "TR", 1000, 200000, 9000, "EUR",
     [("CITES_PERMIT", "TR-TOB-34-00714")], "App. II snowdrops within the export quota with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Iker Goikoetxea", "PRM-04": "Noordzee Netrecycling BV", "PRM-06": "Skyline Fire Protection Inc",
    "PRM-07": "Hudson Valley Museum of Antiquities", "PRM-10": "Fjell Ammunisjon AS", "PRM-11": "Kastoria Furs AE",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("292242", "Monosodium glutamate, food grade, 25 kg bags", "import", ["sea"], ["VN", "CN", "TH"], (1.2, 1.8), (18000, 24000), ["USD"], 0.04, S),
    ("250100", "Rock salt for ice-cream makers, 2 kg bags", "import", ["road", "sea"], ["TR", "EG"], (0.15, 0.35), (18000, 24000), ["EUR"], 0.5, S),
    ("381400", "Carburettor cleaner aerosols, 400 ml", "import", ["sea"], ["US", "TR"], (3, 5), (4000, 10000), ["USD"], 2.5, S),
    ("330499", "Micellar water, 400 ml bottles", "import", ["post"], ["KR", "RS"], (15, 30), (1, 3), ["EUR", "USD"], 2, S),
    ("290549", "Xylitol sweetener, food grade, 1 kg pouches", "import", ["express"], ["CN", "US"], (8, 15), (1, 3), ["USD"], 1, S),
    ("290545", "Glycerine 99.5 %, pharmaceutical grade, IBC", "import", ["sea", "road"], ["MY", "ID", "UA"], (0.8, 1.3), (18000, 22000), ["USD", "EUR"], None, S),
    ("382499", "Rust converter, tannin-phosphate, 1 l", "import", ["post"], ["GB", "US"], (12, 25), (1, 3), ["GBP", "USD"], 1, S),
    ("851680", "Cartridge heaters 6.5 x 70 mm, industrial", "import", ["air", "sea"], ["CN", "TW"], (40, 80), (100, 800), ["USD"], 20, S),
    ("253020", "Kieserite granular, 25 % MgO, big bags", "export", ["sea"], ["EG", "MA", "KE"], (0.18, 0.28), (22000, 26000), ["EUR"], None, S),
    ("680610", "Stone-wool growing slabs, new, for greenhouses", "export", ["road"], ["UA", "MD", "RS"], (1.2, 2), (6000, 12000), ["EUR"], None, S),
    ("401519", "Nitrile examination gloves, new, boxes of 100", "import", ["sea"], ["MY", "TH"], (3, 5), (8000, 15000), ["USD"], 1.6, S),
    ("731100", "Acetylene cylinders 40 l, new, asbestos-free porous mass, empty", "export", ["sea"], ["NG", "GH", "SN"], (4, 7), (6000, 14000), ["EUR"], 0.015, S),
    ("961310", "Disposable pocket lighters, new, in display boxes", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], 60, S),
    ("851631", "Hair dryers, new, boxed", "import", ["sea"], ["CN", "TR"], (6, 10), (3000, 8000), ["USD", "EUR"], 1.5, S),
    ("760200", "Aluminium foil scrap, bright, uncoated, from converting, baled", "export", ["sea"], ["KR", "IN"], (1.4, 1.9), (18000, 22000), ["EUR", "USD"], None, S),
    ("560811", "Knotless nylon nets, new, for fish farms", "export", ["sea"], ["NO", "CL"], (5, 9), (3000, 9000), ["EUR"], None, S),
    ("391810", "Vinyl floor planks (LVT), new", "import", ["sea"], ["CN", "VN"], (2.5, 4), (10000, 18000), ["USD"], None, S),
    ("640411", "Running shoes, foam-cushioned soles, textile upper", "import", ["sea"], ["ID", "VN"], (18, 30), (4000, 9000), ["USD"], 1.2, S),
    ("841869", "Soft-serve ice-cream machines, R-290, new", "import", ["sea"], ["CN", "TR"], (8, 14), (3000, 8000), ["USD", "EUR"], 0.008, S),
    ("380899", "Mole smoke cartridges, sulphur-based, 10-pack", "import", ["post", "express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 2, S),
    ("284590", "Chloroform-d 99.8 % D, NMR solvent, 100 g bottles", "import", ["express"], ["US", "CH"], (800, 1500), (1, 2), ["USD", "CHF"], 10, S),
    ("841869", "Aquarium chillers 1/4 HP, R-290, new", "import", ["rail", "sea"], ["CN"], (7, 12), (3000, 7000), ["USD"], 0.045, S),
    ("381400", "Film cleaner, hydrofluoroether-based, 1 l", "import", ["post", "express"], ["US", "GB"], (40, 80), (1, 3), ["USD", "GBP"], 1, S),
    ("680299", "Granite garden spheres, machine-polished, new", "import", ["sea"], ["CN", "IN"], (0.8, 1.6), (8000, 18000), ["USD"], 0.01, S),
    ("711719", "Replica Lydian coin pendants, gold-plated brass, new", "import", ["post"], ["TR"], (40, 80), (1, 2), ["USD", "EUR"], 20, S),
    ("680299", "Carved stone deity plaques, new, Patan workshops", "import", ["sea", "air"], ["NP", "IN"], (4, 8), (300, 2000), ["USD"], 0.05, S),
    ("690723", "Hand-painted Kütahya wall tiles, new", "import", ["road", "sea"], ["TR"], (3, 6), (2000, 8000), ["EUR"], 0.7, S),
    ("830629", "Brass Buddha statuettes, new, Sri Lankan craft", "import", ["air", "sea"], ["LK", "IN"], (8, 15), (200, 1500), ["USD"], 0.3, S),
    ("691390", "Vučedol dove replicas, ceramic souvenirs, new", "export", ["air", "road"], ["US", "RS", "CH"], (15, 30), (100, 600), ["EUR"], 2, S),
    ("691390", "Terracotta figurines, new, Cameroonian craft", "import", ["sea"], ["CM", "SN"], (3, 6), (500, 2000), ["EUR"], 0.5, S),
    ("691390", "Painted ceramic cups, El Alto handicraft, new", "import", ["post"], ["BO", "PE"], (15, 30), (1, 3), ["USD"], 4, S),
    ("852910", "Satellite TV dishes 80 cm with LNB", "export", ["road", "sea"], ["RS", "GE", "MA"], (4, 8), (3000, 8000), ["EUR"], 0.2, S),
    ("391211", "Cellulose acetate flakes, for filter tow", "export", ["sea", "road"], ["RS", "TR", "IN"], (2.5, 4), (10000, 20000), ["EUR"], None, S),
    ("853669", "Audio jack connectors 6.35 mm, for amplifiers", "import", ["sea"], ["CN", "TW"], (15, 30), (300, 1500), ["USD"], 50, S),
    ("902789", "Portable water-quality meters (pH, conductivity)", "export", ["air"], ["TR", "MA", "EG"], (200, 400), (50, 300), ["EUR"], 2, S),
    ("841939", "Hot-air tray fruit dryers, industrial, new", "export", ["sea"], ["PK", "EG", "MA"], (6, 10), (2000, 6000), ["EUR"], 0.003, S),
    ("850760", "Power banks 10,000 mAh, retail", "import", ["sea", "air"], ["CN"], (15, 25), (1000, 4000), ["USD"], 4, S),
    ("852691", "AIS Class B transponders for leisure boats, new", "import", ["air"], ["NZ", "GB"], (200, 400), (20, 200), ["USD", "GBP"], 1, S),
    ("121190", "Dandelion root, dried, cut, organic", "import", ["sea"], ["AL", "CN", "UA"], (3, 6), (2000, 8000), ["EUR", "USD"], None, S),
    ("430219", "Raccoon furskins, tanned and dressed", "import", ["air"], ["US", "CA"], (40, 70), (100, 600), ["USD"], 0.6, S),
    ("121190", "Ashwagandha root, dried, cut", "import", ["sea", "air"], ["IN", "BD"], (4, 8), (1000, 5000), ["USD"], None, S),
    ("151590", "Andiroba seed oil, cold-pressed, drums", "import", ["sea"], ["BR", "PE"], (8, 14), (1000, 4000), ["USD"], None, S),
    ("920590", "Highland bagpipes, new, polymer mounts", "import", ["post"], ["GB", "PK"], (200, 500), (2, 4), ["GBP", "USD"], 0.3, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the rows blind50 dropped
# (fresh produce, meat, shrimps, honey, milk powder and feed maize, which travel with health or plant-health
# certificates, and five other rows), without the nitrile gloves and sports shoes (sensitive-looking twins
# here), with 1 row replaced, then EVERYDAY_2032_ADDED and 5 rows of its own.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Ginger, fresh", "Beef, fresh, boneless",
          "Frozen chicken cuts", "Frozen shrimps, vannamei", "Milk powder, whole", "Honey, natural, drums",
          "Walnuts in shell", "Maize, yellow, feed", "Inflatable kayaks", "Gelatin capsules, empty",
          "Framed mirrors", "Tractor tyres, new", "Disposable nitrile gloves, boxed", "Sports shoes, textile upper"],
    replace={
        "Electric scooters, new, with battery": ("940161", "Upholstered armchairs, wooden frame", "import", ["sea", "road"], ["VN", "UA"], (6, 10), (4000, 9000), ["USD", "EUR"], 0.05, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("691200", "Stoneware mugs, printed", "import", ["sea"], ["CN", "TR"], (2, 3.5), (4000, 9000), ["USD"], 2.5, N),
        ("392410", "Plastic food storage boxes", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 3, N),
        ("732393", "Stainless steel water bottles", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 3, N),
        ("630260", "Cotton bath towels", "import", ["sea"], ["TR", "PK"], (6, 9), (5000, 10000), ["EUR", "USD"], 2, N),
        ("420232", "Leather wallets, retail", "import", ["post", "express"], ["IN", "TR"], (40, 80), (1, 2), ["EUR", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind51", 20340901, HERE)


if __name__ == "__main__":
    main()
