#!/usr/bin/env python3
"""Writes the two-hundred-and-seventeenth blind set (tests/risk/data/blind217-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2062, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets, and an emphasis on
one kind of trade rather than a region: education (school suppliers, university
departments and student exchanges, science-teaching kits, educational charities, academic
conferences and their samples). Written by a person who had not read the profile packs
(nor any rule file) and had not run the engine on it, and committed before any change
measured on it, to be measured once on its packs. Same row layout and expansion as
make_blind_set.py, whose functions it reuses, and the same extras as make_blind5_set.py: a
disguised row's extra header fields may carry "_item" (fields merged into its item) and
"_more_items" (further items).

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
only where a real declaration would. Ids are BL217-*:

    python3 tests/risk/data/make_blind217_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2062, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2062
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "US", [], "NL", "382219",
         "Elephant toothpaste classroom demo kit refills, 3% peroxide + catalyst, 6 x 1 qt", "US", 6.6, 6, 84, "USD",
         "classroom 'elephant toothpaste' refills are 3-6 % peroxide that a teacher can pour bare-handed, with a "
         "yeast or potassium-iodide sachet; these six bottles have vented caps, hold a liquid of 1.13 kg/l that "
         "whitens and stings the skin at once and the filler's drum lot on the invoice annex reads '35 % technical': "
         "hydrogen peroxide above 12 % (Annex I), sent by express from a Texas science-kit web shop to a private "
         "person in Eindhoven; US English wording (hydrogen peroxide repeats in many sets; an elephant-toothpaste label was "
         "found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-02", "import", "DEROAD01", "road", "PL", [], "DE", "310540",
         "Zestawy do hodowli kryształów dla szkół, fosforan amonu (MAP), worki 25 kg, 480 worków", "PL", 12000, 480,
         7200, "EUR",
         "crystal-growing kits for schools use monoammonium phosphate, a fine, slightly sour powder that dissolves "
         "into a clear solution and grows spiky prisms, sold in 100 g sachets with dye; these 25 kg sacks hold "
         "hard white prills that turn ice-cold in water, test at 34 % N and fume on a hot plate, for a Leipzig "
         "'Lehrmittel' web shop that resells them to the public by the kilo: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, on a lorry from Wrocław; Polish wording (ammonium nitrate "
         "repeats in many sets and monoammonium-phosphate labels in several, one of them crystal-growing; a "
         "school-supplier bulk sack to a teaching-aids web shop is the new part as far as a search found)",
         firm("Central Lehrmittel GmbH", "DE")),
        ("PRE-03", "import", "FIPOST01", "post", "EE", [], "FI", "220720",
         "Piirituslambi kütus koolilaborile (denatureeritud etanool), 4 x 1 l", "EE", 4.6, 4, 24, "EUR",
         "school spirit-burner fuel is denatured ethanol of 0.79 kg/l that burns with a pale-blue flame and smells "
         "of spirit and bitterant; these four bottles hold an oily liquid of 1.14 kg/l that sinks under water, smells "
         "faintly fruity and burns yellow, and the re-used bottle caps read 'CH3NO2': nitromethane (Annex I above "
         "16 %), posted from Tartu to a private person in Turku, flammable liquid in the post as well; Estonian "
         "wording (nitromethane repeats in many sets; a school spirit-burner label was found in no earlier row by "
         "a keyword search)", person("Privatperson", "FI")),
        ("PRE-04", "import", "ITAIR01", "air", "IN", [], "IT", "291521",
         "सोडियम एसीटेट ट्राइहाइड्रेट, 'हॉट आइस' विज्ञान प्रयोग हेतु, 1 किलो पैक, 300 पैक", "IN", 300, 300, 900, "USD",
         "sodium acetate trihydrate for 'hot ice' demonstrations is a white, vinegar-smelling crystal that melts in "
         "its own water at 58 °C; these 300 packs are odourless, do not melt, draw damp, flare yellow on a gas ring "
         "and carry CAS 7775-09-9 on the inner liners, for a Bologna science-kit shop that sells 1 kg packs to the "
         "public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Mumbai; "
         "Hindi wording (sodium chlorate repeats in many sets and sodium-acetate labels twice; a hot-ice "
         "demonstration label was found in no earlier row by a keyword search)", firm("Orion Didattica Srl", "IT")),
        ("PRE-05", "import", "BESEA01", "sea", "TR", [], "BE", "285390",
         "Saf su (deiyonize), okul laboratuvarları için, 5 l bidon, 1.200 bidon", "TR", 8400, 1200, 3600, "EUR",
         "deionised water for school laboratories is tasteless, 1.00 kg/l and sold by the jerrycan at a few lira; "
         "these jerrycans are swollen, hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and "
         "eats into a copper coin, for a Liège school-supplies wholesaler whose shop sells to the public: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, by sea from Mersin to Antwerp; "
         "Turkish wording (nitric acid repeats in many sets and deionised and demineralised-water labels in several; "
         "a school-laboratory water label from Türkiye is the new part as far as a search found)",
         firm("Delta Fournitures Scolaires SA", "BE")),
        ("PRE-06", "import", "PTAIR01", "express", "BR", [], "PT", "290545",
         "Glicerina bidestilada para aulas de biologia (preparação de lâminas), 4 x 1 litro", "BR", 7.4, 4, 260, "BRL",
         "bidistilled glycerine for mounting slides is a thick, sweet, colourless syrup of 1.26 kg/l; these four "
         "bottles are oily rather than sticky, weigh 1.84 kg/l, grow hot with a drop of water and blacken paper: "
         "about 96 % sulphuric acid (Annex I above 15 %), sent by express from São Paulo to a private person in "
         "Braga, a corrosive liquid that travels by express only as declared dangerous goods; Brazilian Portuguese "
         "wording (sulphuric acid repeats in many sets and glycerol labels in a few; a slide-mounting glycerine "
         "label for biology lessons is the new part as far as a search found)", person("João Pereira", "PT")),
        ("PRE-07", "import", "ATROAD01", "road", "SI", [], "AT", "283329",
         "Grenka sol (magnezijev sulfat) za šolske poskuse rasti kristalov, 1 kg, 400 zavojčkov", "SI", 400, 400, 600,
         "EUR",
         "Epsom salt for classroom crystal growing is a bitter, needle-like crystal that dissolves with a chill; these "
         "400 packs hold shiny, tasteless, flat crystals that spit violet sparks on a hot iron, and the inner bags "
         "carry CAS 3811-04-9, for a Graz teaching-aids shop that sells to schools and to the public: potassium "
         "chlorate (Annex I above 40 %) retail-packed for members of the public, in a van at Spielfeld; Slovenian "
         "wording (potassium chlorate repeats in many sets and Epsom-salt labels in several; a Slovenian "
         "crystal-growing label by road to Austria is the new part as far as a search found)",
         firm("Alpina Lehrmittel GmbH", "AT")),
        ("PRE-08", "import", "SEPOST01", "post", "GB", [], "SE", "391910",
         "Instant snow polymer (sodium polyacrylate) for classroom winter science, 4 x 500 g", "GB", 2.2, 4, 36, "GBP",
         "instant-snow polymer is a light, fluffy powder that swells a hundredfold in water into a cold, wet 'snow'; "
         "this powder is dense, does not swell, dissolves clear, draws damp and burns fiercely with sugar, and the "
         "tubs' under-labels read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from Leeds to a private "
         "person in Västerås; British English wording (sodium perchlorate repeats in many sets and instant-snow and "
         "polyacrylate labels in a few; kept as a repeat of the cover family, by post from Britain to Sweden under a "
         "classroom label is the new part as far as a search found)", person("Karin Andersson", "SE")),
        ("PRE-09", "import", "FRAIR01", "air", "MA", [], "FR", "252020",
         "جبس للقوالب، لمجموعات تعليم الحفريات المدرسية، أكياس 1 كغ، 500 كيس", "MA", 500, 500, 600, "EUR",
         "casting plaster for school fossil kits is a soft, warm-setting powder that smells of chalk and sets in "
         "minutes with water; these 500 bags hold a heavy, gritty powder that does not set, barely dissolves, burns "
         "fiercely mixed with sugar and whose inner liners read 'KClO4', for a Lyon museum-shop supplier that sells "
         "fossil kits to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Casablanca; Moroccan Arabic wording (potassium perchlorate repeats in many sets and "
         "plaster labels in a few; a fossil-kit casting-plaster label from Morocco is the new part as far as a "
         "search found)", firm("Rivage Éditions Éducatives SARL", "FR")),
        ("PRE-10", "import", "DKAIR01", "express", "KR", [], "DK", "284019",
         "과학 키트용 슬라임 활성제 (붕사), 교사용 대용량, 6 x 1 kg", "KR", 6.3, 6, 180000, "KRW",
         "slime activator for science kits is borax: a soft, white, slightly soapy powder that dissolves slowly and "
         "turns glue into slime; these six tubs hold hard, shiny crystals that do nothing to glue, spit violet sparks "
         "on a hot iron and whose batch stickers read 'KClO3 99.5 %', sent by express from Seoul to a private buyer "
         "in Aarhus who teaches no class: potassium chlorate (Annex I above 40 %) to a member of the public; Korean "
         "wording (potassium chlorate repeats in many sets and borax slime labels in several; kept as a repeat of "
         "the cover, a teacher's bulk pack by express from Korea to Denmark is the new part as far as a search found)", person("Privatperson", "DK")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GN", "870210",
         "Autobus scolaires d'occasion, roulants, 12 unités", "BE", 96000, 12, 36000, "EUR",
         "roadworthy used school buses for export drive onto the ship with a technical-inspection sheet; these "
         "twelve are towed on, with smashed windscreens, seized engines, leaking gearboxes and batteries, and "
         "oil and coolant still in them, from a Walloon school-transport operator's scrap yard: end-of-life "
         "vehicles not drained of liquids (16 01 04*), hazardous waste whose export to a non-OECD country is banned, "
         "from Antwerp to Conakry for a 'transport company'; Belgian French wording (end-of-life vehicles repeat in "
         "several sets; school buses were found in no earlier row by a keyword search)", {"importer_country": "GN"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "IN", "711299",
         "Dentallegierungsschrott, Silber-Zinn, aus Universitätszahnklinik, 400 kg", "DE", 400, None, 24000, "EUR",
         "silver-tin dental alloy scrap is clean filings and unused capsule contents sold to refiners; these drums "
         "hold grey sludge and extracted teeth from the amalgam separators and chair traps of a university dental "
         "clinic's student treatment rooms, reading 40 % mercury: dental amalgam waste (18 01 10*), hazardous "
         "waste whose export to a non-OECD country is banned, from Hamburg to Nhava Sheva for a 'precious-metal "
         "refiner'; German wording (dental amalgam repeats in several sets; a dental-school clinic's separator "
         "sludge as alloy scrap is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-03", "export", "FRROAD01", "road", "FR", ["ES"], "MA", "902580",
         "Instruments météorologiques anciens, décoratifs, lot de collège, 300 pièces", "FR", 1800, 300, 3000, "EUR",
         "decorative antique weather instruments are a few polished pieces sold one by one; these 300 are broken "
         "mercury barometers, manometers, U-tubes and thermometers cleared out of lycée physics stores, many "
         "leaking grey beads into the crates and reading mercury on a vapour meter: waste containing mercury "
         "(16 05 06*, 20 01 21* type), hazardous waste whose export to a non-OECD country is banned, by lorry through "
         "Spain to a Tangier 'antiques' buyer; French wording (mercury barometers and thermometers repeat in several "
         "sets; a school-clearance lot as decorative weather instruments is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "GH", "852862",
         "Gebruikte beamers, getest, voor scholen, 1.400 stuks", "NL", 4200, 1400, 7000, "EUR",
         "tested used projectors for schools are boxed with a lamp-hour report and a remote; these 1,400 are loose, "
         "cracked, dust-choked units from Dutch school and university refits, many with broken mercury lamps and "
         "no test sheet, mixed with bare circuit boards: waste electrical equipment with hazardous components "
         "(16 02 13*, 20 01 35*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Tema; Dutch wording (e-waste as tested donations repeats in many sets and projectors in a few, none for "
         "schools; a school-beamer load to Ghana is the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-05", "export", "GBAIR01", "air", "GB", [], "KE", "850760",
         "Spare battery modules for university Formula Student car, new, 24 pcs", "GB", 360, 24, 4800, "GBP",
         "new Formula Student accumulator modules come sealed, at a rated voltage, with cell data and a UN 38.3 "
         "test summary; these 24 are swollen, scorched modules pulled from a crashed car and a failed pack, some "
         "with leaking cells and no test record: waste lithium-ion batteries (16 06 05, damaged and defective, "
         "hazardous in carriage), shipped without notification and, to a non-OECD country, as hazardous waste whose "
         "export is banned, flown from Stansted to Nairobi for a 'student team'; British English wording (waste "
         "lithium batteries repeat in many sets; a Formula Student label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KE"}),
        ("WST-06", "export", "SESEA01", "sea", "SE", [], "KE", "391890",
         "Begagnad löparbana, polyuretan, för återanvändning som idrottsgolv, rullar, 22 t", "SE", 22000, None, 2200,
         "EUR",
         "re-usable sports flooring is clean, recent rubber or PU sheet; these rolls are cracked, 1970s-80s "
         "poured-polyurethane running-track surface ripped up from a school sports ground, which a swab reads as "
         "containing phenylmercury catalyst residues at grams per kilo: waste containing mercury compounds, "
         "hazardous waste whose export to a non-OECD country is banned, from Gothenburg to Mombasa for an "
         "'athletics academy'; Swedish wording (mercury in old PU tracks was found in no earlier row by a keyword "
         "search, nor a running-track label)", {"importer_country": "KE"}),
        ("WST-07", "export", "PLROAD01", "road", "PL", [], "UA", "290312",
         "Dichlorometan regenerowany, do laboratoriów uczelni partnerskiej, 60 beczek", "PL", 14400, 60, 2400, "EUR",
         "redistilled dichloromethane for laboratories is water-clear in sealed drums with a certificate of "
         "analysis; these drums hold a yellow-brown, two-layer mixture of chloroform, dichloromethane, acetone and "
         "water with a sludge of silica gel, collected from a Kraków university chemistry faculty's waste-solvent "
         "cans: halogenated solvent waste (07 01 03*), hazardous waste whose export to a non-OECD country is banned, "
         "at Korczowa for a Lviv 'partner university'; Polish wording (dichloromethane and solvent wastes repeat in "
         "several sets; a partner-university label is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "AL", "271500",
         "Fresato d'asfalto per sottofondi stradali, rifacimento cortile scolastico, 28 t", "IT", 28000, None, 840,
         "EUR",
         "reclaimed asphalt for road bases is a black, bitumen-smelling granulate that leaves no stain; this load is "
         "dark, mothball-smelling planings that give off a sharp tar odour in the sun and test at grams per kilo of "
         "PAH, milled from a 1960s Milan school playground: coal-tar-containing bituminous mixture (17 03 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Bari to Durrës for a 'road builder'; "
         "Italian wording (tar asphalt repeats in a few sets; a school-yard reclaimed-asphalt label is the new part as "
         "far as a search found)", {"importer_country": "AL"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "NG", "844399",
         "Cartuchos de tóner vacíos para remanufactura, campus universitario, 8 t", "ES", 8000, None, 1600, "EUR",
         "empty toner cartridges for remanufacture are sorted, intact, bagged one by one; these cartons hold "
         "crushed, leaking cartridges and loose sacks of waste toner swept from a university's print centres, "
         "giving off clouds of black powder: waste toner and printing residues with hazardous substances "
         "(08 03 17*), hazardous waste whose export to a non-OECD country is banned, from Valencia to Lagos; Spanish "
         "wording (toner wastes and cartridges repeat in several sets; a university print-centre load to Nigeria is "
         "the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "GM", "845819",
         "Gebruikte draaibanken, schenking aan technische school in Banjul, 6 stuks", "NL", 7200, 6, 3000, "EUR",
         "a vocational-college donation container for Banjul: used lathes and welding sets are what Dutch ROC "
         "partnerships send to technical schools, but the third item's 'motorolie voor lesmotoren' is 40 drums of "
         "black, gritty, drained engine and hydraulic oil from a car-mechanics training workshop: waste mineral oil "
         "(13 02 05*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Rotterdam; Dutch wording (school-donation containers hiding a waste line "
         "repeat in several sets, kept as a repeat of the family; waste engine oil behind vocational-school lathes "
         "to the Gambia is the new part as far as a search found)",
         dict({"importer_country": "GM"},
              _more_items=[item("851531", "Lasapparaten, gebruikt, 20 stuks", "NL", 1200, 800, "EUR", qty=20),
                           item("271019", "Motorolie voor lesmotoren, 40 vaten", "NL", 8000, 400, "EUR", qty=40)])),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "GE", [], "DE", "271012",
         "ნავთობის ეთერი 40-60 °C, სასკოლო ქრომატოგრაფიისთვის, 20 x 1 ლ", "GE", 31.8, 20, 400, "USD",
         "petroleum ether for school leaf-pigment chromatography is a very light (0.65 kg/l), highly flammable "
         "spirit; these 20 bottles weigh 1.59 kg/l, do not burn, smell sweet and heavy, and the old Soviet-era "
         "labels under the new ones read 'ЧХУ' (carbon tetrachloride): carbon tetrachloride, whose import into the "
         "Union is banned, flown from Tbilisi to Frankfurt for a school-supplies importer; Georgian wording "
         "(carbon tetrachloride repeats in many sets and cyclohexane labels on it in a few; a petroleum-ether "
         "chromatography label from Georgia was found in no earlier row by a keyword search)",
         firm("Meridian Schulbedarf GmbH", "DE")),
        ("OZN-02", "import", "FRAIR01", "air", "MG", [], "FR", "281121",
         "Gaz carbonique comprimé pour traitement anoxique de l'herbier universitaire, 12 bouteilles", "MG", 360, 12,
         1200, "EUR",
         "CO2 for anoxic treatment of herbarium sheets comes in tall cylinders at 50-60 bar of a gas that does not "
         "slosh; these twelve short cylinders slosh, read 2 bar, hold a liquid of 1.73 kg/l and are stamped "
         "'CH3Br' under the stickers, sent back by a Malagasy university partner for a Paris museum's herbarium: "
         "methyl bromide, whose import into the Union is banned (no quarantine exemption remains), flown from "
         "Antananarivo; Malagasy-French wording (methyl bromide repeats in many sets, with nitrogen, sulfuryl "
         "fluoride and anoxia-gas labels, argon in blind57 and library anoxia in blind77; kept as a repeat of the "
         "family, a herbarium CO2 label from a university partner is the new part as far as a search found)",
         firm("Horizon Sciences Naturelles SARL", "FR")),
        ("OZN-03", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "902300",
         "Kältetechnik-Lehrstände für Berufsschulen, gebraucht, betriebsbereit, 8 Stück", "DE", 2400, 8, 9600, "EUR",
         "used refrigeration training rigs for vocational schools go out empty or on R-290 with a charge record; "
         "these eight, from a Bavarian Berufsschule's 1990s lab, still hold their original R-22 and R-12 charges "
         "(sight glasses full, gauges at pressure, labels 'R 12' on two compressors): equipment containing CFCs and "
         "HCFCs, whose export from the Union is banned (Regulation 2024/590), by lorry through Poland to a Kyiv "
         "'vocational college'; German wording (R-22 and R-12 equipment repeats in many sets; refrigeration "
         "teaching rigs were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("OZN-04", "import", "ITSEA01", "sea", "EG", [], "IT", "842410",
         "طفايات تدريب مملوءة بالماء لأكاديمية الدفاع المدني، 6 لتر، 200 قطعة", "EG", 1600, 200, 4000, "USD",
         "water-filled training extinguishers for a fire academy are light steel bottles of water under air "
         "pressure, sold refillable; these 200 are heavy, hold a liquid that hisses off into a gas when sprayed, "
         "and their valve stamps and the old stencil read 'BCF': halon 1211 in portable extinguishers, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by sea from Alexandria to "
         "Naples for a fire-safety training school; Egyptian Arabic wording (halon 1211 repeats in many sets and "
         "fire-training words once; a water training-extinguisher label was found in no earlier row by a keyword "
         "search)", firm("Vega Formazione Antincendio Srl", "IT")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "280429",
         "Гелій балонний для випускних свят, балони 40 л, 30 шт.", "UA", 1800, 30, 3000, "EUR",
         "balloon helium for graduation parties comes in tall cylinders at 150-200 bar of a gas so light it does not "
         "register on a scale; these 30 cylinders are short, slosh, read 9 bar at 20 °C and carry 30 kg of liquid "
         "each, and a leak smells faintly of chloroform: chlorodifluoromethane (HCFC-22), whose import into the "
         "Union is banned (Regulation 2024/590), at Dorohusk for a Lublin party-supplies firm that serves school "
         "proms; Ukrainian wording (HCFC-22 repeats in many sets and helium and balloon labels in several; a "
         "graduation-party helium label was found in no earlier row by a keyword search)",
         firm("Vega Dekoracje Sp. z o.o.", "PL")),
        ("OZN-06", "import", "ATPOST01", "post", "BA", [], "AT", "382499",
         "Razrjeđivač za korektor (školski pribor), 20 x 20 ml", "BA", 1.1, 20, 30, "EUR",
         "correction-fluid thinner for school use today is methylcyclohexane, light (0.77 kg/l) and flammable; these "
         "20 small bottles weigh 1.34 kg/l, do not burn and smell sweet like chloroform, and the 1980s Yugoslav "
         "stationery-shop stock labels read '1,1,1-trikloretan': methyl chloroform, products containing an "
         "ozone-depleting substance whose import into the Union is banned, posted from Sarajevo to a private "
         "collector of office supplies in Vienna; Bosnian wording (methyl chloroform repeats in many sets and "
         "correction-fluid thinner labels on it in several, blind50 among them; kept as a repeat of the cover, by post "
         "from Bosnia to Austria is the new part as far as a search found)", person("Thomas Gruber", "AT")),
        ("OZN-07", "import", "GBAIR01", "air", "US", [], "GB", "382219",
         "Ninhydrin solution in HFE-7100 for university forensic-science practicals, 24 x 500 ml", "US", 18, 24, 960,
         "USD",
         "ninhydrin in HFE-7100 is a colourless, non-flammable spray of 1.52 kg/l that boils at 61 °C and costs "
         "about 40 USD a bottle; these 24 bottles, from an estate of 1990s police-lab stock, boil at 47 °C and the "
         "old carrier drum label copied on the invoice annex reads 'Freon 113 / Fluorisol': ninhydrin in "
         "CFC-113, whose import is banned, flown from Chicago to a university forensic-science department in "
         "Staffordshire; US English wording (CFC-113 repeats in many sets and ninhydrin developers on ozone-depleting "
         "carriers twice, in blind66 and blind204; kept as a repeat of the cover, a university forensic-practicals "
         "order to Britain is the new part as far as a search found)", firm("Atlantic Forensic Supplies Ltd", "GB")),
        ("OZN-08", "transit", "BESEA01", "sea", "CN", ["BE"], "NG", "382499",
         "物理实验冷冻喷雾 (丙烷/丁烷), 教学用, 400 毫升, 9,600 罐", "CN", 4800, 9600, 5800, "USD",
         "a freeze spray for physics demonstrations is propane/butane or HFO in a can, light and flammable; these "
         "9,600 cans read 5.7 bar at 20 °C, weigh more than hydrocarbons allow, do not light at the nozzle, and "
         "the carton print under the new sleeve reads 'R12 制冷剂': dichlorodifluoromethane (CFC-12), a controlled "
         "substance moved through the Union without the licence Regulation 2024/590 requires, landed at Antwerp in "
         "transit from Ningbo to Lagos for a school-supplies trader; Chinese wording (CFC-12 repeats in many sets "
         "and freeze-spray labels in several; kept as a repeat of the cover, a physics-teaching label in transit "
         "through Antwerp is the new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-09", "import", "NLROAD01", "road", "TR", ["BG", "RO", "HU", "AT", "DE"], "NL", "340290",
         "İklimlendirme sistemi temizleme sıvısı, narenciye bazlı, meslek lisesi atölyeleri için, 60 bidon", "TR",
         1500, 60, 1800, "EUR",
         "a citrus-based AC flushing solvent smells of oranges, is light (0.85 kg/l) and flammable; these 60 "
         "jerrycans weigh 1.24 kg/l, do not burn, smell faintly of ether and boil at 32 °C, and the filler's drum "
         "code reads '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is banned, by "
         "lorry from İzmir for a Dutch HVAC training centre's workshops; Turkish wording (HCFC-141b repeats in "
         "many sets and flushing labels in several; a citrus-flush label for vocational-school workshops is the "
         "new part as far as a search found)", firm("Delta Koeltechniek Opleidingen BV", "NL")),
        ("OZN-10", "import", "SEAIR01", "air", "IN", [], "SE", "284180",
         "ઘનતા વિભાજન માટે ભારે પ્રવાહી, ભૂસ્તરશાસ્ત્ર શિક્ષણ માટે, 10 x 1 લિટર", "IN", 20, 10, 600, "USD",
         "heavy liquids for density separation in geology teaching today are sodium polytungstate, a non-volatile "
         "salt solution of up to 2.9 kg/l; these ten bottles hold a volatile, sweet-smelling liquid of 1.99 kg/l "
         "that evaporates from a drop in a minute, and the drum heads quoted on the invoice read 'CH2BrCl': "
         "bromochloromethane, whose import into the Union is banned outside licensed uses, flown from Ahmedabad to "
         "a Uppsala university geology teaching lab; Gujarati wording (bromochloromethane repeats in many sets and "
         "heavy-liquid labels in a few, sodium polytungstate on another ozone-depleting substance in blind88; kept as "
         "a repeat of the cover family, for a university geology teaching lab is the new part as far as a search "
         "found)",
         firm("Nordhafen Geolab AB", "SE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "CN", [], "DE", "690990",
         "釉料试片 (陶瓷学术会议样品), 景德镇, 无商业价值, 120 片", "CN", 14, 120, 60, "USD",
         "glaze test tiles for a ceramics conference are new, flat, numbered porcelain chips with a fresh glaze on "
         "one face; these 120 are curved sherds of bowls and dishes with underglaze cobalt dragons, reign marks of "
         "Chenghua and Jiajing, kiln grit on the foot rings and burial soil in the cracks, dug from the imperial "
         "kiln waste heaps at Zhushan: archaeological objects over a hundred years old whose export China forbids, "
         "brought in without the import licence Regulation 2019/880 requires, as 'conference samples of no "
         "commercial value' flown from Nanchang to Frankfurt for a Höhr-Grenzhausen ceramics institute's visitor; "
         "Chinese wording (Jingdezhen wares repeat once and sherds in several sets; a conference glaze-test-tile "
         "label was found in no earlier row by a keyword search)", firm("Orion Keramik Institut GmbH", "DE")),
        ("CUL-02", "import", "SEAIR01", "air", "ET", [], "SE", "490199",
         "የዩኒቨርሲቲ ህትመቶች ለቤተ መጻሕፍት ልውውጥ፣ 40 ቅጂዎች", "ET", 38, 40, 80, "USD",
         "university publications for a library exchange are new, printed paperbacks with an ISBN and a stamp of "
         "the sending library; eleven of these 40 are hand-written Ge'ez psalters and homilies on parchment between "
         "wooden boards, with church seals and donor notes of the 18th-19th century, taken from Tigray churches: "
         "manuscripts whose export Ethiopia forbids and which Regulation 2019/880 requires an importer statement "
         "for, flown from Addis Ababa to Stockholm addressed to a university library's exchange office and collected "
         "by a dealer; Amharic wording (Ge'ez manuscripts repeat in several sets; a library-exchange label was found "
         "in no earlier row by a keyword search)", firm("Central Bokhandel AB", "SE")),
        ("CUL-03", "import", "NLAIR01", "express", "IQ", [], "NL", "691390",
         "تابلێتی قوڕی دروستکراوی قوتابیان بۆ پڕۆژەی مێژوو، 24 دانە", "IQ", 3.5, 24, 48, "USD",
         "clay tablets made by pupils for a history project are soft, pale, unfired or oven-hardened lumps with "
         "shaky marks drawn with a stick; these 24 are small, hard-fired, dark pillow-shaped tablets with crisp, "
         "tiny cuneiform wedges, cracked edges and salt bloom: Old Babylonian administrative tablets from southern "
         "Iraq, archaeological objects brought in without an import licence (Regulation 2019/880) and against the "
         "UN embargo on Iraqi cultural property (Regulation 1210/2003), sent by express from Erbil to a private "
         "buyer in Leiden; Sorani Kurdish wording (cuneiform tablets repeat in many sets and clay-tablet labels in "
         "a few; a pupils' history-project label from Kurdistan was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("CUL-04", "import", "FRAIR01", "air", "NP", [], "FR", "491199",
         "सम्मेलन पोस्टर, छापिएको, पोस्टर ट्युबमा, 4 वटा", "NP", 1.6, 4, 20, "USD",
         "conference posters in a tube are glossy A0 prints on paper or fabric; this tube, carried back from a "
         "Kathmandu academic conference, holds under three printed posters a cloth painting in mineral colours of a "
         "Vajrayana deity with a ritual inscription and consecration marks on the back, 16th-century Newar work cut "
         "from its frame: a paubha taken out of Nepal, whose export Nepal forbids, brought in without an import "
         "statement (Regulation 2019/880), by air freight to Paris for a conference delegate; Nepali wording "
         "(paubhas and thangkas repeat in several sets; a conference-poster tube was found in no earlier row by a "
         "keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-05", "import", "SIROAD01", "road", "MK", ["RS", "HR"], "SI", "711890",
         "Реплики на антички монети за настава по нумизматика, 180 парчиња", "MK", 1.2, 180, 90, "EUR",
         "teaching replicas of ancient coins are bright, light cast copies with sharp seams and 'COPY' stamped; "
         "these 180 are struck silver and bronze coins of Philip II, Alexander and Roman emperors, with green "
         "patina, soil in the legends and die-axis variations, from a metal-detected hoard near Stobi: "
         "archaeological objects whose export North Macedonia forbids, brought in without an import licence "
         "(Regulation 2019/880) in a car for a Ljubljana university 'numismatics seminar' whose lecturer sells coins "
         "online; Macedonian wording (ancient coins repeat in many sets; a numismatics-teaching replica label from "
         "North Macedonia is the new part as far as a search found)", person("Privatperson", "SI")),
        ("CUL-06", "import", "BEAIR01", "air", "SD", [], "BE", "691390",
         "تماثيل طينية صغيرة من مشروع فني لطلاب مدرسة في بورتسودان، 30 قطعة", "SD", 4.5, 30, 60, "USD",
         "clay figures from a school art project are lumpy, soft and painted in poster colours; these 30 are "
         "hard, blue-green glazed faience funerary figures in mummy form with hoes and a hieroglyphic column naming "
         "king Taharqa, the type from the royal pyramid at Nuri: Napatan shabtis taken out of Sudan (whose "
         "museums were looted in the war), brought in without an import licence (Regulation 2019/880), flown from "
         "Port Sudan to Brussels for a dealer; Sudanese Arabic wording (shabtis repeat in several sets; a school "
         "art-project label from Sudan was found in no earlier row by a keyword search)",
         firm("Central Antiquités SA", "BE")),
        ("CUL-07", "import", "EEAIR01", "air", "GE", [], "EE", "630900",
         "სტუდენტის პირადი ნივთები, ნახმარი ტანსაცმელი, 40 კგ", "GE", 40, None, 200, "EUR",
         "an exchange student's move to Tartu: used clothes and textbooks are what students send, but the third "
         "item's 'სუვენირი, ხის ხატი' is not a souvenir: an icon of the Virgin in chased and gilded silver over a "
         "wooden panel, with a worn Asomtavruli inscription and the nail holes of its old setting, 17th-18th "
         "century, taken from a Svaneti church: cultural property whose export Georgia forbids without a "
         "permit, brought in without an import statement (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration; Georgian wording (Georgian icons repeat in a few sets; an exchange student's "
         "personal-effects declaration from Georgia to Estonia is the new part as far as a search found)",
         dict(person("Privatperson", "EE"),
              _more_items=[item("490199", "სახელმძღვანელოები, ნახმარი, 12 წიგნი", "GE", 9, 60, "EUR", qty=12),
                           item("442090", "სუვენირი, ხის ხატი, 1 ცალი", "GE", 1.4, 20, "EUR", qty=1)])),
        ("CUL-08", "export", "ITSEA01", "sea", "IT", [], "US", "691390",
         "Riproduzioni didattiche di vasi antichi, collezione scolastica dismessa, 26 pezzi", "IT", 140, 26, 2600,
         "EUR",
         "teaching reproductions of ancient vases are 20th-century plaster or new terracotta casts with a maker's "
         "stamp; these 26 are Etruscan bucchero and Italo-Corinthian vases, an Apulian red-figure krater and "
         "impasto jars, with old inventory numbers of a liceo classico's 19th-century archaeological cabinet on "
         "their feet: archaeological objects belonging to the state collections, exported without the export "
         "licence Regulation 116/2009 requires or the Italian certificate, from Livorno to New York for a "
         "dealer; Italian wording (Etruscan objects repeat in several sets and a 'teaching collection' once, a "
         "clinic's, in blind192; a school's disbanded archaeological cabinet under a teaching-reproduction label is "
         "the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "ESPOST01", "post", "CO", [], "ES", "691390",
         "Réplicas en cerámica para clase de historia de un colegio, 5 piezas", "CO", 2.6, 5, 25, "USD",
         "ceramic replicas for a school history class are new, light, evenly fired figures with a workshop stamp; "
         "these five are heavy, mould-made and hand-finished Tumaco-La Tolita figurines with ear spools, root marks "
         "and black manganese spots, dug on the Nariño coast: pre-Columbian archaeological objects whose export "
         "Colombia forbids, brought in without an import licence (Regulation 2019/880), posted from Tumaco to a "
         "private person in Valencia; Colombian Spanish wording (Tumaco figurines repeat in several sets; a "
         "school history-class label is the new part as far as a search found)", person("Maria Lopez", "ES")),
        ("CUL-10", "import", "GRSEA01", "sea", "LB", [], "GR", "690730",
         "فسيفساء تعليمية للصفوف الفنية، ألواح مجمّعة، 6 ألواح", "LB", 620, 6, 900, "USD",
         "classroom mosaic craft panels are new glass or ceramic tesserae on mesh, bright and even; these six are "
         "heavy panels of worn limestone and glass tesserae set in old lime mortar, with a Greek inscription, "
         "vine scrolls and a peacock, cut in sections from a church floor of the 5th-6th century in Syria and "
         "backed with new concrete: Byzantine mosaics taken out of Syria, brought in without an import licence "
         "(Regulation 2019/880) and against the Union's ban on Syrian cultural goods (Regulation 36/2012), by sea "
         "from Beirut to Piraeus for an 'art school'; Lebanese Arabic wording (Syrian mosaics repeat in several "
         "sets; a classroom-mosaic label was found in no earlier row by a keyword search)",
         firm("Delta Techni AE", "GR")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "380110",
         "Graphitblöcke für Bildhauerklassen einer Kunstakademie, 14 Stück", "DE", 9800, 14, 14000, "EUR",
         "carving graphite for art classes is small, soft, cheap electrode offcuts; these 14 are machined, "
         "fine-grained isostatic blocks of 700 kg each, with certificates of boron-equivalent content below 2 ppm "
         "and a density of 1.85 g/cm3, for a Jebel Ali 'art academy supplier' whose goods go on to Bandar Abbas: "
         "nuclear-grade graphite (dual-use 0C004, listed in the Iran regulation), exported without a licence, from "
         "Hamburg; German wording (nuclear graphite repeats in several sets; an art-academy carving label was found "
         "in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-02", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "851419",
         "Keramikbrennöfen für eine Kunsthochschule, elektrisch, 2 Stück", "AT", 5600, 2, 18000, "EUR",
         "a pottery kiln is a brick-lined box heated by wire elements to 1,300 °C in air, a few hundred kilograms; "
         "these two are water-cooled vacuum induction furnaces with a sealed chamber, a 1 x 10-3 Pa pumping stack "
         "and coils for 5 kg melts above 1,500 °C, worth 90,000 EUR each, for an Istanbul 'art university' "
         "trader whose earlier orders went on to Tehran: vacuum furnaces (dual-use 2B227), exported without a "
         "licence, by lorry from Linz; Austrian German wording (vacuum furnaces repeat in a few sets; a pottery-kiln "
         "label for an art school was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "TR", "902300",
         "Educatieve CubeSat-bouwpakketten voor universitaire ruimtevaartclub, 8 stuks", "NL", 64, 8, 9600, "EUR",
         "educational CubeSat kits are aluminium frames, a hobby microcontroller board and solar cells at a few "
         "thousand euros; these eight hold flight-qualified star trackers, radiation-hardened processors and "
         "reaction-wheel sets worth 60,000 EUR each, for an Ankara 'university space club' whose named end user "
         "is a Moscow institute: spacecraft components and radiation-hardened circuits (dual-use 9A004, 3A001), "
         "whose sale for use in Russia Regulation 833/2014 forbids, flown from Amsterdam; Dutch wording (space "
         "parts repeat in a few sets; a CubeSat teaching-kit label was found once, in a development set, and not "
         "in any blind set by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "TR", "847982",
         "Agitatori orbitali per laboratori didattici di biologia, 6 unità", "IT", 7200, 6, 12000, "EUR",
         "orbital shakers for biology teaching labs are bench units of 20 kg that swirl flasks at a few hundred "
         "rpm; these six are 1.2 t electrodynamic vibration test systems with 40 kN shakers, power amplifiers and "
         "closed-loop controllers, for a Mersin 'lab-supplies' firm whose consignee is in Isfahan: vibration test "
         "equipment (dual-use 2B116, listed in the Iran regulation), exported without a licence, from Genoa; "
         "Italian wording (vibration test systems repeat in several sets; an orbital-shaker teaching label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "DKSEA01", "sea", "DK", [], "LB", "843420",
         "Ostekar til mejeriundervisning på landbrugsskole, rustfri, 4 stk.", "DK", 6000, 4, 24000, "EUR",
         "cheese vats for a dairy-teaching course are open, jacketed stainless tubs with a stirring frame; these "
         "four are closed, steam-sterilisable 300-litre vessels with double mechanical seals, sampling ports and "
         "exhaust filters for contained culture, for a Beirut 'agricultural school' whose consignee is across the "
         "border in Syria: fermenters of 2B352 (dual-use), exported without a licence and to Syria against "
         "Regulation 36/2012, from Aarhus; Danish wording (fermenters repeat in several sets, and a cheese-vat "
         "label once, in blind212; kept as a repeat of the cover, an agricultural college's dairy-teaching order to "
         "Lebanon is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("STR-06", "export", "BESEA01", "sea", "BE", [], "EG", "382499",
         "Retardateur pour encres de sérigraphie, ateliers d'arts plastiques scolaires, 40 fûts", "BE", 9200, 40,
         8000, "EUR",
         "a screen-printing ink retarder is a glycol-ether blend that smells faintly sweet and keeps ink open on the "
         "screen; these drums hold a thick, colourless liquid of 1.18 kg/l with a garlicky, sulphurous smell whose "
         "drum heads read CAS 111-48-8, for a Cairo 'school art supplier': thiodiglycol (dual-use 1C350, a "
         "mustard-gas precursor), exported without the licence Regulation 2021/821 requires, from Antwerp; Belgian "
         "French wording (thiodiglycol repeats in many sets and ink-solvent labels in several; a school "
         "screen-printing retarder label to Egypt is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "850440",
         "Frekvenční měniče pro soustruhy školní dílny, 30 ks", "CZ", 900, 30, 6000, "EUR",
         "frequency inverters for school-workshop lathes are 50/60 Hz drives of a few kW at 200 EUR; these 30 are "
         "multiphase converters with an output of 600-2,000 Hz, low harmonic distortion and precise frequency "
         "control, for a Yerevan 'vocational-school' trader whose previous shipments went to Tehran: frequency "
         "changers (dual-use 3A225, listed in the Iran regulation), exported without a licence, by lorry from "
         "Brno; Czech wording (frequency changers repeat in many sets; a school-workshop drive label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-08", "export", "LTROAD01", "road", "LT", [], "BY", "482010",
         "Mokykliniai sąsiuviniai, 12 t", "LT", 12000, None, 18000, "EUR",
         "a school-supplies lorry for a Minsk stationery wholesaler at Medininkai: exercise books and backpacks may "
         "still go to Belarus, but the third item's 'moksliniai skaičiuotuvai' are 3,000 boxed AI accelerator "
         "modules and server processors, with no calculator among them: integrated circuits (8542 31) whose export "
         "to Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item declaration; Lithuanian "
         "wording (integrated circuits behind food or household goods repeat in several sets; behind school "
         "exercise books under a calculator label was found in no earlier row by a keyword search)",
         dict({"importer_country": "BY"},
              _more_items=[item("420292", "Mokykliniai kuprinės, 2 400 vnt.", "LT", 2400, 12000, "EUR", qty=2400),
                           item("847010", "Moksliniai skaičiuotuvai, 3 000 vnt.", "LT", 300, 6000, "EUR", qty=3000)])),
        ("STR-09", "export", "FIROAD01", "road", "FI", [], "KZ", "910690",
         "Ajanottojärjestelmät koulujen urheilupäiviin, 20 kpl", "FI", 240, 20, 4000, "EUR",
         "a school sports-day timing set is a display, two photocells and a stopwatch console; these twenty are "
         "rack-mounted rubidium frequency standards with 10 MHz outputs and a stability of 10-11, worth 6,000 EUR "
         "each on the maker's list, for an Almaty 'sports' firm that delivers to Moscow: frequency standards "
         "(dual-use 3A002.g), whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, by lorry from Helsinki; Finnish wording (rubidium standards repeat in a few sets; a sports-day "
         "timing label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-10", "import", "PLROAD01", "road", "KZ", ["RU", "BY"], "PL", "940330",
         "Парты и стулья ученические, фанера берёзовая, происхождение Казахстан, 600 комплектов", "KZ", 18000, 600,
         30000, "EUR",
         "Kazakh school desks are made from imported board, in small series; these 600 flat-packs are cut from "
         "birch plywood whose sheets still carry the stamps of a Kostroma mill, with Russian-language glue "
         "certificates, and a Kazakh certificate of origin issued for furniture 'assembled' in Petropavl: Russian "
         "plywood (4412) under a furniture heading, whose import into the Union Regulation 833/2014 forbids, by lorry "
         "through Russia and Belarus to Koroszczyn for a Warsaw school-furniture distributor; Russian wording "
         "(Russian plywood under third-country origin repeats in several sets; school desks were not found as a "
         "cover for it by a keyword search)", firm("Orion Meble Szkolne Sp. z o.o.", "PL")),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "US", [], "NL", "051191",
         "Preserved perch specimens for classroom dissection, double-injected, 1,200 pcs", "US", 1800, 1200, 9000,
         "USD",
         "preserved perch for dissection are 15-20 cm bony fish with scales and spiny fins in a formalin-free "
         "fluid; these 1,200 are 40-60 cm, scaleless, grey, sandpaper-skinned small sharks with a spine before each "
         "dorsal fin and latex-injected blood vessels: spiny dogfish (Squalus acanthias, CITES App. II) "
         "without a CITES export permit, by sea from a biological-supply house in North Carolina to a Rotterdam "
         "school-science distributor; US English wording (spiny dogfish repeats in two sets; a perch "
         "dissection-specimen label was found in no earlier row by a keyword search)",
         firm("Horizon Educatief BV", "NL")),
        ("WLF-02", "import", "DEPOST01", "post", "PH", [], "DE", "050800",
         "Koleksyon sa kinhason alang sa klase sa biology, 1 kahon", "PH", 3.8, 1, 40, "USD",
         "a biology-class shell collection is a tray of small, common cowries, cockles and turret shells, glued "
         "and labelled; this box holds two polished chambered nautilus shells, a 30 cm fluted giant-clam valve "
         "and a helmet shell, all recently collected with tissue remains: Nautilidae and Tridacnidae (CITES App. "
         "II) without CITES documents, posted from Cebu to a private buyer in Kiel; Cebuano wording (nautilus and "
         "giant clam repeat in many sets; a biology-class shell-collection label in Cebuano was found in no earlier "
         "row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "FRAIR01", "express", "PG", [], "FR", "970521",
         "Ol bataplai bilong skul saiens, ol i kamap long fam, 10 pela", "PG", 1.1, 10, 150, "USD",
         "farmed butterflies for school science from Papua New Guinea are papered, common swallowtails and "
         "birdwings from the registered ranching scheme, with its export documents; these ten papers hold huge, "
         "green-and-black, wild-caught Queen Alexandra's birdwings (Ornithoptera alexandrae, CITES App. I) from "
         "the Popondetta forest, sent by express from Port Moresby to a private collector in Toulouse without "
         "CITES permits; Tok Pisin wording (birdwings repeat in several sets and Tok Pisin wording in many; a "
         "school-science label on them was found in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("WLF-04", "import", "BEAIR01", "air", "CM", [], "BE", "392690",
         "Moulages de crânes de primates en résine, pour l'enseignement de l'anthropologie, 8 pièces", "CM", 9, 8,
         240, "EUR",
         "resin skull casts for anthropology teaching are light, hollow, warm to the touch and show a mould seam; "
         "these eight are heavy, greasy, real bone with sutures, worn teeth and machete marks: chimpanzee and "
         "gorilla skulls (Pan troglodytes, Gorilla gorilla, CITES App. I) from bushmeat hunting, without CITES "
         "permits, flown from Douala to Brussels for a 'teaching-aids' dealer; Cameroonian French wording (great-"
         "ape skulls repeat in two sets; a resin anthropology-teaching cast label was found in no earlier row by a "
         "keyword search)", firm("Vega Matériel Pédagogique SA", "BE")),
        ("WLF-05", "import", "DESEA01", "sea", "GT", [], "DE", "440729",
         "Tablillas de padauk africano para xilófonos escolares (método Orff), aserradas, 4 t", "GT", 4000, None,
         12000, "USD",
         "African padauk for Orff school xylophones is bright orange-red when cut, light and open-grained; these "
         "boards are dense (1.1 t/m3), purple-brown with black streaks, ring clearly when tapped and smell of "
         "roses when sawn: Honduras rosewood (Dalbergia stevensonii, CITES App. II) from Belize and Petén "
         "forests, without a CITES export permit, by sea from Santo Tomás de Castilla to Hamburg for a school "
         "music-instrument maker; Guatemalan Spanish wording (Honduras rosewood repeats in a few sets and padauk "
         "labels on rosewoods in many; kept as a repeat of the cover, an Orff school-xylophone order from Guatemala "
         "is the new part as far as a search found)",
         firm("Alpina Musikpädagogik GmbH", "DE")),
        ("WLF-06", "import", "FRAIR01", "air", "MG", [], "FR", "970521",
         "Échantillons d'herbier, échange scientifique entre universités, sans valeur commerciale, 60 kg", "MG", 60,
         None, 0, "EUR",
         "herbarium exchange duplicates are dried, pressed plants on paper sheets with labels, a few kilograms "
         "for hundreds of sheets; these boxes hold 60 kg of black, dense, sinking heartwood billets wrapped in "
         "newspaper between two layers of sheets: Malagasy ebony (Diospyros spp., CITES App. II) without CITES "
         "permits, flown from Antananarivo to Paris under a university exchange label and collected by a "
         "musical-instrument dealer; French wording from Madagascar (ebony repeats in many sets; a herbarium "
         "exchange label was found in no earlier row by a keyword search)", firm("Rivage Lutherie SARL", "FR")),
        ("WLF-07", "import", "GBPOST01", "post", "MY", [], "GB", "060290",
         "Anak pokok periuk kera tisu kultur untuk rumah hijau sekolah, dalam kelalang, 20", "MY", 2.4, 20, 200,
         "MYR",
         "tissue-culture pitcher-plant plantlets travel in sealed agar flasks, which CITES exempts; these 20 are "
         "bare-root, mature plants with old, pest-marked pitchers, soil in the roots and field tags: wild Nepenthes "
         "(CITES App. II, some App. I) from Sabah without CITES documents, posted from Kota Kinabalu to a private "
         "grower in Bristol; Malay wording (Nepenthes repeats in several sets and tissue-culture words in a few; a "
         "school-greenhouse label was found in no earlier row by a keyword search)", person("Mrs S. Patel", "GB")),
        ("WLF-08", "import", "NLAIR01", "air", "ZA", [], "NL", "630622",
         "Field-school return shipment: tents and camping gear, 20 pcs", "ZA", 300, 20, 1200, "EUR",
         "a university field course's gear returning from Limpopo: tents and binoculars are what such courses send "
         "home, but the third item's 'teaching rock collection' crate holds four scaly, grey-green stems with "
         "cut leaf bases, dug with their roots: wild cycads (Encephalartos spp., CITES App. I) without CITES permits, "
         "hidden as the last item of a three-item declaration, flown from Johannesburg to Amsterdam; South African "
         "English wording (Encephalartos repeats in several sets; a field-course rock-collection label is the new "
         "part as far as a search found)",
         dict(firm("Central Veldonderwijs BV", "NL"),
              _more_items=[item("900510", "Binoculars, used, 30 pcs", "ZA", 30, 900, "EUR", qty=30),
                           item("251690", "Teaching rock collection, 1 crate", "ZA", 160, 50, "EUR", qty=1)])),
        ("WLF-09", "transit", "DEAIR01", "air", "MX", ["DE"], "HK", "350400",
         "Láminas de colágeno para laboratorio de biomateriales universitario, 40 kg", "MX", 40, None, 800, "USD",
         "medical collagen sheets for a biomaterials lab are thin, white, sterile-packed films bought by the "
         "gram; these cartons hold thick, cream-coloured, dried swim bladders 30-60 cm long with the shape of the "
         "fish's body: totoaba maws (Totoaba macdonaldi, CITES App. I) without CITES documents, landed at "
         "Frankfurt in air transit from Mexico City to Hong Kong; Mexican Spanish wording (totoaba repeats in many "
         "sets and collagen labels in a few; a university biomaterials label on an air transit through Frankfurt "
         "is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "ITPOST01", "post", "ID", [], "IT", "960200",
         "Stempel kaligrafi Tiongkok dari resin, untuk kursus bahasa Mandarin, 12 buah", "ID", 1.0, 12, 60, "USD",
         "resin calligraphy seals for a Mandarin course are light, glossy, moulded blocks with a printed pattern; "
         "these twelve are heavy, waxy, golden-yellow blocks with a red rim and fine growth lines, carved with "
         "characters: helmeted hornbill casque (Rhinoplax vigil, CITES App. I) without CITES permits, posted from "
         "Pontianak to a private buyer in Rome; Indonesian wording (hornbill ivory repeats in several sets and "
         "name-seal words in a few; a Mandarin-course label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "NLAIR01", "express", "US", "NL", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 qt, for a licensed private user (home science demonstrations)", "US", 2.2, 2, 30,
     "USD", [("PRECURSOR_LICENCE", "NL-JenV-62-0417")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "IN", "IT", "282919",
     "Sodium chlorate 99 %, 5 kg, for a licensed user (school chemistry teacher's demonstrations)", "IN", 5, 5, 40,
     "USD", [("PRECURSOR_LICENCE", "IT-MI-62-0233")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "852862",
     "Waste projectors and interactive whiteboards from Swiss schools (16 02 13*), for recovery at a licensed plant, 18 t",
     "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-62-0391")], "notified school e-waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "391890",
     "Mercury-containing PU running-track surface (17 09 03*), for treatment at a licensed plant, 40 t", "NO", 40000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-62-0078")], "notified mercury-containing track waste to a licensed plant"),
    ("PRM-05", "ozone", "import", "GBAIR01", "air", "US", "GB", "290379",
     "Bromochloromethane, analytical reference standard, 5 x 1 ml, for essential laboratory use", "US", 0.05, 5, 600,
     "USD", [("ODS_LICENCE", "GB-EA-ODS-62-011")], "bromochloromethane imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "DEROAD01", "road", "DE", "CH", "902300",
     "Refrigeration training rigs, recovered R-22 and R-12 charges in 4 cylinders, for destruction at a licensed plant",
     "DE", 180, 4, 0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-62-044")], "recovered CFCs and HCFCs exported for destruction"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "CH", "691390",
     "Apulian red-figure krater, 4th century BC, documented Italian private collection since 1948", "IT", 9, 1, 65000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-62-0188")], "vase exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "import", "NLAIR01", "air", "US", "NL", "970510",
     "Old Babylonian cuneiform tablet, documented US university collection since 1925, on loan for an exhibition",
     "US", 0.3, 1, 0, "USD", [("IMPORT_LICENCE", "NL-OCW-IMP-62-0027")], "tablet imported with its import licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "KR", "380110",
     "Isostatic nuclear-grade graphite blocks, 6, for a Korean university research reactor", "DE", 4200, 6, 42000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-62-1177"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-62-0081")],
     "dual-use nuclear graphite under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "903180",
     "Electrodynamic vibration test system, 40 kN, for an Indian university's aerospace department", "IT", 1200, 1,
     180000, "EUR", [("EXPORT_LICENCE", "IT-MAECI-62-0451"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-62-0309")],
     "dual-use vibration test system under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "US", "NL", "051191",
     "Preserved spiny dogfish (Squalus acanthias) for classroom dissection, 600 pcs", "US", 900, 600, 6000, "USD",
     [("CITES_PERMIT", "US-FWS-62-0774")], "App. II dogfish specimens with their export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "GT", "DE", "440729",
     "Honduras rosewood (Dalbergia stevensonii) xylophone blanks, legally harvested, 2 t", "GT", 2000, None, 24000,
     "USD", [("CITES_PERMIT", "GT-CONAP-62-0112")], "App. II rosewood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Privato", "PRM-05": "Atlantic Analytical Ltd",
    "PRM-08": "Horizon Museum Services BV", "PRM-11": "Horizon Educatief BV", "PRM-12": "Alpina Musikpädagogik GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most of them the ordinary
    # supplies of schools, universities, teaching-aids dealers and educational charities
    ("382219", "Elephant-toothpaste demo kit, 3 % peroxide with yeast sachets", "import", ["express"], ["US", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 1, S),
    ("310540", "Crystal-growing kits, monoammonium phosphate, 100 g sachets", "import", ["road"], ["PL", "CZ"], (2, 4), (2000, 6000), ["EUR"], 10, S),
    ("220720", "Denatured ethanol for spirit burners, 1 l", "import", ["road"], ["EE", "PL"], (1, 2), (3000, 9000), ["EUR"], 1, S),
    ("291521", "Sodium acetate trihydrate, hot-ice demonstration packs", "import", ["air"], ["IN", "CN"], (3, 6), (100, 500), ["USD"], 1, S),
    ("285390", "Deionised water for laboratories, 5 l jerrycans", "import", ["sea"], ["TR"], (0.3, 0.6), (6000, 12000), ["EUR"], 0.2, S),
    ("290545", "Bidistilled glycerine, 1 l, for slide mounting", "import", ["express"], ["BR", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("283321", "Epsom salt, crystal-growing grade, 1 kg", "import", ["road"], ["SI", "HR"], (1, 2), (300, 1500), ["EUR"], 1, S),
    ("391910", "Instant-snow polymer (sodium polyacrylate), 500 g tubs", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, S),
    ("252020", "Casting plaster for fossil kits, 1 kg bags", "import", ["air"], ["MA"], (1, 2), (200, 800), ["EUR"], 1, S),
    ("284019", "Borax slime activator, 250 g", "import", ["express"], ["KR", "US"], (10, 20), (1, 3), ["USD"], 4, S),
    ("870210", "Used school buses, roadworthy, with inspection sheet", "export", ["sea"], ["GN", "SN"], (2, 4), (16000, 48000), ["EUR"], 0.0001, S),
    ("711590", "Dental gold-palladium casting alloy, new grains", "export", ["air"], ["CH", "US"], (2000, 4000), (20, 100), ["EUR"], None, S),
    ("902580", "Digital weather stations for schools, new", "export", ["road"], ["MA", "TN"], (20, 40), (200, 800), ["EUR"], 0.5, S),
    ("852862", "Data projectors for classrooms, new, boxed", "export", ["sea"], ["GH", "NG"], (40, 80), (1000, 4000), ["EUR"], 0.3, S),
    ("850760", "Lithium-ion battery modules, new, tested, UN 38.3", "export", ["air"], ["KE", "ZA"], (30, 60), (100, 400), ["EUR"], 0.07, S),
    ("391890", "PU sports flooring, new, rolls", "export", ["sea"], ["KE", "TZ"], (3, 6), (8000, 20000), ["EUR"], None, S),
    ("290312", "Dichloromethane, analytical grade, drums, with CoA", "export", ["road"], ["UA", "MD"], (1, 2), (3000, 9000), ["EUR"], None, S),
    ("271500", "Bitumen emulsion for road maintenance", "export", ["sea"], ["AL"], (0.4, 0.8), (18000, 26000), ["EUR"], None, S),
    ("844399", "Remanufactured toner cartridges, tested, boxed", "export", ["sea"], ["NG", "GH"], (8, 15), (2000, 6000), ["EUR"], 1, S),
    ("845819", "Centre lathes, reconditioned, with test certificate", "export", ["sea"], ["GM", "SN"], (2, 4), (4000, 9000), ["EUR"], 0.001, S),
    ("271012", "Petroleum ether 40-60, laboratory grade, 1 l", "import", ["air"], ["GE", "IN"], (3, 6), (50, 300), ["USD"], 1, S),
    ("281121", "Carbon dioxide, liquefied, cylinders", "import", ["road"], ["UA", "TR"], (0.5, 1), (2000, 8000), ["EUR"], 0.03, S),
    ("902300", "Electricity and optics demonstration sets for schools", "import", ["sea"], ["CN", "IN"], (8, 15), (2000, 6000), ["USD"], 0.2, S),
    ("842410", "Water-filled training fire extinguishers, 6 l", "import", ["sea"], ["EG", "TR"], (2, 4), (2000, 6000), ["USD"], 0.1, S),
    ("280429", "Balloon helium, disposable cylinders", "import", ["road"], ["PL", "CZ"], (6, 12), (500, 2000), ["EUR"], 0.1, S),
    ("382499", "Correction-fluid thinner, methylcyclohexane, 20 ml", "import", ["post"], ["BA", "RS"], (20, 40), (1, 2), ["EUR"], 40, S),
    ("340290", "Citrus-based AC flushing solvent, 25 l", "import", ["road"], ["TR"], (2, 4), (1000, 3000), ["EUR"], 0.04, S),
    ("284180", "Sodium polytungstate heavy liquid, 2.85 g/cm3", "import", ["air"], ["DE", "AU"], (150, 300), (5, 30), ["USD", "EUR"], None, S),
    ("690990", "Porcelain glaze test tiles, new, numbered", "import", ["air"], ["CN"], (6, 12), (50, 300), ["USD"], 8, S),
    ("490199", "University press books, new, for library exchange", "import", ["air"], ["ET", "KE"], (8, 15), (50, 300), ["USD"], 2, S),
    ("691390", "Terracotta teaching replicas of ancient vases, new, stamped", "import", ["sea"], ["GR", "TN"], (3, 6), (1000, 4000), ["EUR"], 1, S),
    ("491199", "Scientific conference posters, printed, in tubes", "import", ["post"], ["NP", "IN"], (10, 20), (1, 2), ["USD"], 3, S),
    ("711890", "Cast replica ancient coins, stamped COPY, teaching sets", "import", ["post"], ["MK", "BG"], (40, 80), (1, 2), ["EUR"], 100, S),
    ("690730", "Ceramic mosaic craft tiles on mesh, new", "import", ["sea"], ["LB", "TR"], (0.8, 1.5), (4000, 10000), ["USD"], None, S),
    ("902300", "PVC fish-dissection models for biology classes", "import", ["sea"], ["US", "CN"], (8, 15), (500, 2000), ["USD"], 0.7, S),
    ("392640", "Resin seashell replicas for biology classes, boxed", "import", ["post"], ["PH", "CN"], (8, 15), (1, 3), ["USD"], 10, S),
    ("392690", "Resin primate skull casts for anthropology teaching", "import", ["air"], ["US", "GB"], (40, 80), (20, 100), ["USD", "GBP"], 0.8, S),
    ("440729", "African padauk (Pterocarpus soyauxii) boards for xylophone bars", "import", ["sea"], ["CM", "GA"], (1, 2), (4000, 12000), ["USD"], None, S),
    ("350400", "Collagen sheets, medical grade, for biomaterials labs", "import", ["air"], ["US", "KR"], (200, 400), (5, 30), ["USD"], None, S),
    ("960200", "Resin calligraphy seals for language courses, new", "import", ["post"], ["CN", "TW"], (20, 40), (1, 2), ["USD"], 12, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's own
# rows), less the shared table's two steel rows (as in blind128), with four new rows of their own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("670411", "Synthetic-fibre fashion wigs, boxed", "import", ["post", "express"], ["GB", "CN"], (40, 80), (1, 3), ["GBP", "USD"], 5, N),
        ("660200", "Telescopic walking sticks, aluminium", "import", ["sea"], ["CN", "TW"], (4, 7), (2000, 6000), ["USD"], 2, N),
        ("961590", "Plastic hair claw clips, assorted", "import", ["sea"], ["CN"], (8, 14), (1000, 4000), ["USD"], 30, N),
        ("460121", "Bamboo table mats, woven", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind217", 20620501, HERE)


if __name__ == "__main__":
    main()
