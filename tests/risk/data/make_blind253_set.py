#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-third blind set (tests/risk/data/blind253-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 May - 26 June 2068, with goods, routes, languages and disguise families found,
where possible, in none of the earlier sets, and with an emphasis on a kind of trade rather than a
region: model making, radio control and hobby rocketry (model shops, radio-control car and aircraft
clubs, hobby-rocketry suppliers, kit, figure, diorama and ship-model makers).
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
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee
name only where a real declaration would. Ids are BL253-*:

    python3 tests/risk/data/make_blind253_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2068, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2068
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIPOST01", "post", "JP", [], "FI", "271019",
         "RCエンジン用エアフィルターオイル, 1 L × 4本", "JP", 4.6, 4, 9600, "JPY",
         "air-filter oil for nitro RC engines is a red, tacky mineral oil of about 0.88 kg/l sold in 100-250 ml "
         "bottles; these four litres are water-clear, thin, fruity-smelling, weigh 1.14 kg/l and the inner bottles "
         "read 'CH3NO2': nitromethane (Annex I above 16 %), posted from Osaka to a private person in Tampere; "
         "Japanese wording (nitromethane repeats in many sets and an RC tyre-traction label in blind77; an "
         "air-filter-oil label was found in no earlier row by a keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-02", "import", "IEAIR01", "express", "AU", [], "IE", "382499",
         "Decal setting solution, scale modelling, 4 x 1 L bottles", "AU", 4.5, 4, 90, "AUD",
         "decal-setting solutions for scale models are a weak vinegar-and-wetting-agent water sold in 30 ml "
         "bottles; these four litres have vented caps, weigh 1.13 kg/l, whiten the skin and fizz on a cut: about "
         "35 % hydrogen peroxide (Annex I above 12 %), sent by express from Brisbane to a private modeller in Cork; "
         "Australian English wording (hydrogen peroxide repeats in many sets; a decal-solution label was found in "
         "no earlier row by a keyword search)", person("Seán Murphy", "IE")),
        ("PRE-03", "import", "DKAIR01", "express", "KR", [], "DK", "320611",
         "웨더링 피그먼트 (티타늄 화이트), 모형용, 500 g × 6병", "KR", 3, 6, 180000, "KRW",
         "weathering pigments for models are soft, feather-light powders of titanium white that stain the fingers "
         "and come in 35 ml jars; these six 500 g jars hold a heavy, glittering, crystalline powder that leaves no "
         "stain, barely dissolves and flares violently with sugar: potassium perchlorate (Annex I above 40 %), sent "
         "by express from Seoul to a private person in Odense; Korean wording (potassium perchlorate repeats in many "
         "sets and pigment labels on wastes in a few; a modellers' weathering-pigment label was found in no earlier "
         "row by a keyword search)", person("Lars Nielsen", "DK")),
        ("PRE-04", "import", "ESAIR01", "air", "AR", [], "ES", "391000",
         "Caucho de silicona para moldes, curado por estaño, kits de 1 kg, 200 kits", "AR", 200, 200, 2400, "USD",
         "a props-and-diorama air shipment from Buenos Aires for a Madrid scenery shop that sells to the public: "
         "silicone rubber and casting resin are what such shops stock, but the third item's 'coarse salt for the "
         "salt-chipping technique' is 500 bags of dry, glassy crystals that taste of nothing, crackle and flare "
         "yellow on a gas ring, with CAS 7775-09-9 on the inner liners: sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration; "
         "Rioplatense Spanish wording (sodium chlorate repeats in many sets under salt labels; a salt-chipping "
         "label behind modelling rubber was found in no earlier row by a keyword search)",
         dict(firm("Taller Escenografía Maqueta S.L.", "ES"),
              _more_items=[item("390950", "Resina de poliuretano para colada, A+B, 300 kg", "AR", 300, 2700, "USD"),
                           item("250100", "Sal gruesa para técnica de desconchado (salt chipping), bolsas de 1 kg, 500 bolsas",
                                "AR", 500, 400, "USD", qty=500)])),
        ("PRE-05", "import", "GRSEA01", "sea", "EG", [], "GR", "701820",
         "كرات زجاجية مجوفة دقيقة (مايكروبالونز) حشو للموديلات، علب 1 كغ، 5000 علبة", "EG", 5000, 5000, 4500, "USD",
         "glass microballoons are a filler for balsa and foam models so light that a 1 litre tub holds 150-200 g; "
         "these tubs hold 1 kg each of white prills that turn ice-cold in water, test at 34 % N and melt and fume "
         "on a hot plate, for a Piraeus hobby wholesaler that sells to model shops and the public: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Alexandria; "
         "Egyptian Arabic wording (ammonium nitrate repeats in many sets; microballoons appear once, blind63, in a "
         "note on scenic snow; a microballoon label on ammonium nitrate was found in no earlier row)",
         firm("Aigaion Hobby AE", "GR")),
        ("PRE-06", "import", "ITAIR01", "air", "PK", [], "IT", "252620",
         "ٹیلکم پاؤڈر، سلیکون سانچوں کے لیے، 1 کلو، 300 پیکٹ", "PK", 300, 300, 450, "USD",
         "mould-makers' talc is a soft, soapy, grey-white powder that slips between the fingers and dusts silicone "
         "moulds; these 300 packs hold hard, glassy, tasteless crystals that do not slip, spit violet sparks on a "
         "hot iron and carry CAS 3811-04-9 on the inner bags, for a Bologna resin-kit and model shop that sells "
         "to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown "
         "from Lahore; Urdu wording (potassium chlorate repeats in many sets and talc labels in a few, baby powder "
         "in blind165 among them; a mould-release talc label from Pakistan is the new part as far as a search found)",
         firm("Emilia Modellismo Srl", "IT")),
        ("PRE-07", "import", "ATAIR01", "express", "TW", [], "AT", "381400",
         "3D 列印樹脂清洗液（異丙醇替代品），1 公升 × 6 瓶", "TW", 8.4, 6, 1800, "TWD",
         "washing fluids for resin-printed miniatures are isopropanol or glycol-ether blends of 0.8-0.9 kg/l "
         "that smell of spirit and burn; these six litres weigh 1.40 kg/l, fume brown when opened, yellow the skin "
         "and eat a copper coin: about 65 % nitric acid (Annex I above 3 %), sent by express from Taichung to a "
         "private miniature painter in Graz; Chinese wording from Taiwan (nitric acid repeats in many sets; a "
         "resin-washing-fluid label was found in no earlier row by a keyword search)", person("Herr K. Gruber", "AT")),
        ("PRE-08", "import", "PTPOST01", "post", "BR", [], "PT", "381590",
         "Catalisador para borracha de silicone (cura por estanho), 4 x 1 kg", "BR", 4, 4, 160, "BRL",
         "the tin catalyst for mould-making silicone is a few grams of a light, oily liquid (about 1.0 kg/l) in "
         "50 g bottles; these four kilos are heavy (1.84 kg/l), oily, char a paper towel at once and grow hot with "
         "a drop of water: about 96 % sulphuric acid (Annex I above 15 %), posted from São Paulo to a private "
         "person in Braga; Brazilian Portuguese wording (sulphuric acid repeats in many sets and anodising labels "
         "in blind60 and blind102; a silicone-catalyst label was found in no earlier row by a keyword search)",
         person("Sr. J. Ferreira", "PT")),
        ("PRE-09", "import", "NLROAD01", "road", "GB", [], "NL", "291814",
         "Citric acid boiler descaler for live-steam models, 1 kg tubs, 400 tubs", "GB", 400, 400, 1600, "GBP",
         "citric acid descaler for model steam boilers is a sour, fine white powder that fizzes with soda; these "
         "400 tubs hold tasteless, glossy crystals that draw damp, do not fizz and burn brightly mixed with sugar, "
         "and the packer's sacks on the same trailer read 'NaClO4', for a Utrecht model-engineering shop that sells "
         "to the public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, by road "
         "through the Hook of Holland; British English wording (sodium perchlorate repeats in many sets and citric "
         "labels in several, blind110 among them; a live-steam framing appears once, blind215, on boiler treatment; "
         "kept as a near repeat, the descaler label on sodium perchlorate is the new part)",
         firm("Stoom & Model Techniek BV", "NL")),
        ("PRE-10", "import", "DEPOST01", "post", "CH", [], "DE", "250490",
         "Graphitpulver, Trockenschmierstoff für Modellbahn-Getriebe, 4 x 500 g", "CH", 2, 4, 60, "CHF",
         "graphite lubricant for model-railway gears is a soft, grey, greasy powder that smears and comes in 10 g "
         "puffer tubes; these four 500 g tins hold hard, glossy, graphite-coated black grains that do not smear, "
         "flash with a puff of white smoke from a match and smell of sulphur: black powder (an explosive whose "
         "transfer needs approval under Directive 2014/28 and which may never go by post), posted from Basel to a "
         "private person in Freiburg for his model cannons; Swiss German wording (black powder and graphite labels "
         "appear in a few sets, on other goods; black powder under a model-railway graphite label was found in no "
         "earlier row by a keyword search)", person("Anna Schmidt", "DE")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "PK", "850750",
         "Oplaadbare NiMH sub-C cellen, gereviseerd, voor RC-accupakken, 8 t", "NL", 8000, None, 4000, "EUR",
         "reconditioned sub-C cells for RC packs would be NiMH, tested, shrink-wrapped and boxed; these bags hold "
         "8 t of dented, leaking, crust-covered cells marked 'Ni-Cd', many still soldered in old stick packs, "
         "collected from Dutch model clubs and shops: waste nickel-cadmium batteries (16 06 02*), hazardous waste "
         "whose export to a non-OECD country is banned, from Rotterdam to Karachi; Dutch wording (NiCd batteries "
         "repeat in several sets and a sub-C label once, blind136, on garden-light cells; old RC stick packs to "
         "Pakistan are the new part as far as a search found)", {"importer_country": "PK"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "GE", "320890",
         "Modellbau-Emailfarben, Restposten, 14-ml-Dosen, 18 t", "DE", 18000, None, 3600, "EUR",
         "remaindered enamel model paints are sealed, labelled 14 ml tins worth 1-2 EUR each; these pallets hold "
         "bulged, rusty, skinned-over tins years past their date, broken thinner bottles and paint-soaked cardboard "
         "swept from a closed Nuremberg kit distributor's store: waste paint and varnish with organic solvents "
         "(08 01 11*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Poti for a "
         "Tbilisi 'hobby shop'; German wording (waste paints repeat in several sets; a model-paint stock-lot label "
         "to Georgia was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "KE", "850760",
         "Batterie LiPo usate, testate, per droni FPV, 6 t", "IT", 6000, None, 3000, "EUR",
         "used LiPo packs sold for reuse come tested, flat and with balance leads and a charge report; these "
         "drums hold swollen, punctured and fire-scorched packs packed in sand, swept up at Italian FPV-racing "
         "fields and RC shops: waste lithium batteries, hazardous waste whose export to a non-OECD country is banned, "
         "from Genoa to Mombasa; Italian wording (LiPo packs repeat in several sets and drone-battery labels in "
         "blind191; FPV-racing waste to Kenya is the new part as far as a search found)", {"importer_country": "KE"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "390950",
         "Polyuretanová licí pryskyřice, nová, složky A+B, sudy, 12 t", "CZ", 12000, None, 2400, "EUR",
         "new polyurethane casting resin comes in sealed, dated A and B cans with a data sheet; these drums hold "
         "half-cured, foamed, isocyanate-smelling residues, mixed cups, skinned B-component and spent silicone "
         "moulds from Bohemian resin-kit casting workshops: waste adhesives and resins with organic solvents and "
         "isocyanates (08 04 09*), hazardous waste whose export to a non-OECD country is banned, by road through "
         "Slovakia at Vyšné Nemecké for a Uzhhorod buyer; Czech wording (waste resins repeat in a few sets; a "
         "garage-kit casting workshop's waste was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "EG", "151530",
         "Ricinusolie, ruw, technisch, IBC's, 20 t", "BE", 20000, None, 5000, "EUR",
         "crude castor oil is a thick, pale, almost odourless vegetable oil that Egypt grows and exports; these "
         "IBCs hold a thin, layered, brown mixture that smells of methanol and burnt oil and gives methanol, "
         "nitromethane and degraded castor oil on a test: spent glow fuel and fuel-tank drainings collected from "
         "Flemish RC-car tracks and model airfields (hazardous waste with organic solvents), whose export to a "
         "non-OECD country is banned, from Antwerp to Alexandria; Flemish wording (castor-oil labels repeat in "
         "several sets on other goods; spent glow fuel was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("WST-06", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "701915",
         "Použité filtračné rohože zo striekacích kabín, vyčistené, na opätovné použitie, 9 t", "SK", 9000, None, 900,
         "EUR",
         "cleaned paint-booth filters for reuse would be white or pale-green glass-fibre mats, light and springy; "
         "these bales are heavy, stiff with dried paint and lacquer overspray, smell of solvent and leave coloured "
         "dust, from the spray line of a Slovak plastic-kit factory: absorbents and filter materials contaminated "
         "by hazardous substances (15 02 02*), hazardous waste exported to a non-OECD country, by road through "
         "Hungary at Röszke for a Novi Sad 'recycler'; Slovak wording (paint-booth filters repeat in several "
         "sets; a kit factory's filters by road to Serbia is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-07", "export", "PLSEA01", "sea", "PL", [], "VN", "390319",
         "Polistyren GPPS, granulat, pierwotny, klasa krystaliczna, 22 t", "PL", 22000, None, 4400, "EUR",
         "virgin crystal GPPS is clear, uniform pellets in sealed bags with a lot number at about 1.5 EUR/kg; these "
         "bags hold grey, multicoloured, irregular regrind with bits of sprue frames, part numbers and paint, at "
         "0.20 EUR/kg, from the sprue runners of Polish plastic-kit makers: plastic waste, whose export to a "
         "non-OECD country the Waste Shipment Regulation bans, from Gdynia to Hai Phong; Polish wording (plastic "
         "regrind under prime labels repeats in many sets; kit sprue was found in no earlier row by a keyword "
         "search)", {"importer_country": "VN"}),
        ("WST-08", "transit", "BESEA01", "sea", "US", ["BE"], "NG", "950300",
         "Used RC toys and hobby radios, working, for resale, 1 x 40 ft", "US", 9000, None, 4500, "USD",
         "RC goods for resale would be boxed, tested cars and radios with their chargers; this container holds "
         "crushed FPV drone frames, burnt flight boards, broken transmitters with leaking NiCd packs and loose "
         "LiPo cells, mixed with scrap chargers, from US hobby-store returns bins: electrical and electronic waste "
         "with hazardous components, moved through the Union without the notification a transit of waste needs, "
         "landed at Antwerp in transit from Savannah to Lagos; US English wording (e-waste to Lagos repeats in "
         "many sets; RC hobby returns in transit through Antwerp is the new part as far as a search found)",
         {"importer_country": "NG"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "GH", "845819",
         "Brugte drejebænke, bordmodel, modelbygning, 12 stk.", "DK", 1800, 12, 3600, "EUR",
         "a model-engineering club's clear-out for a Tema workshop: bench lathes and pillar drills are what such "
         "clubs sell on, but the third item's 'skærevæske, koncentrat' is 40 drums of grey, rancid, split "
         "emulsion with metal fines and tramp oil, drained from the club's machines: spent machining emulsions "
         "(12 01 09*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Aarhus; Danish wording (cutting fluids repeat in a few sets; a model-"
         "engineering club's clear-out was found in no earlier row by a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("845929", "Søjleboremaskiner, brugte, 8 stk.", "DK", 640, 800, "EUR", qty=8),
                           item("340319", "Skærevæske, koncentrat, 40 fade à 200 l", "DK", 8000, 400, "EUR", qty=40)])),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "MA", "282739",
         "Cloruro férrico 40 %, nuevo, para grabado, IBC de 1.000 l, 16 t", "ES", 16000, None, 1600, "EUR",
         "new 40 % ferric chloride is a dark-brown, clear liquid in sealed IBCs with a batch label; these IBCs "
         "hold a murky green-black liquor with copper and brass sludge at the bottom, the spent etchant of a "
         "Valencia photo-etched-parts maker for ship and tank models: spent etching solution with copper "
         "(11 01 05*), hazardous waste whose export to a non-OECD country is banned, from Valencia to Tanger Med; "
         "Spanish wording (ferric chloride repeats in many sets; a photo-etch maker's spent etchant was found in "
         "no earlier row by a keyword search)", {"importer_country": "MA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "express", "IN", [], "DE", "382499",
         "डिकल सॉफ़्टनर (मॉडल किट के लिए), 1 लीटर × 6 बोतलें", "IN", 8, 6, 9000, "INR",
         "decal softeners for model kits are a mild, water-based solution of about 1.0 kg/l in 30 ml bottles; "
         "these six litres weigh 1.33 kg/l, do not burn, smell sweet like chloroform and evaporate at once, and "
         "the filler's inner labels read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), whose import into "
         "the Union is banned, sent by express from Pune to a private modeller in Kassel; Hindi wording (methyl "
         "chloroform repeats in many sets and plastic cement in blind190; a decal-softener label was found in no "
         "earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("OZN-02", "import", "CZPOST01", "post", "VN", [], "CZ", "381400",
         "Dung dịch làm sạch vòng bi xe RC, 4 chai 1 lít", "VN", 6.4, 4, 1200000, "VND",
         "RC bearing cleaners are light, citrus or spirit solvents of about 0.8 kg/l that burn; these four litres "
         "weigh 1.59 kg/l, do not burn, smell sweetish and the re-used bottles carry a stencilled 'CCl4': carbon "
         "tetrachloride, a controlled ozone-depleting substance whose import into the Union is banned outside "
         "licensed feedstock and laboratory uses, posted from Hanoi to a private person in Brno; Vietnamese "
         "wording (carbon tetrachloride repeats in many sets; an RC bearing-cleaner label was found in no earlier "
         "row by a keyword search)", person("Jan Novák", "CZ")),
        ("OZN-03", "import", "BESEA01", "sea", "ID", [], "BE", "382499",
         "Aktivator lem CA (akselerator sianoakrilat), aerosol 200 ml, 4.800 kaleng", "ID", 1300, 4800, 6200, "USD",
         "CA-glue activators for modellers are heptane or acetone aerosols with a flame mark that smell of "
         "petrol; these 4,800 cans are non-flammable, vent a sweet, ether-like gas that boils at 32 °C and a gas "
         "test gives 1,1-dichloro-1-fluoroethane: HCFC-141b in a product whose import into the Union is banned, "
         "by sea from Surabaya to Antwerp for a Ghent hobby distributor; Indonesian wording (HCFC-141b repeats in "
         "many sets and activator labels in a few on precursors; a CA-glue-activator label on an ODS was found in "
         "no earlier row by a keyword search)", firm("Vlaanderen Hobby Distributie NV", "BE")),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "320890",
         "Паливостійкий лак для авіамоделей (fuelproofer), 1 л, 60 банок", "UA", 130, 60, 900, "EUR",
         "fuelproofer for glow-powered model aircraft is a thick, two-part polyurethane varnish of about 1.0 kg/l "
         "that smells of solvent; these 60 tins hold a water-thin, colourless liquid of 2.17 kg/l that boils away "
         "on the hand and is not a varnish at all, and a sample gives dibromotetrafluoroethane: halon 2402, "
         "decanted from Soviet-era fire systems, a controlled ozone-depleting substance whose import is banned "
         "outside critical uses, on a van at Yahodyn-Dorohusk for a Lublin RC shop; Ukrainian wording (halon 2402 "
         "repeats in many sets; a fuelproofer label was found in no earlier row by a keyword search)",
         firm("Lubelski Modelarz Sp. z o.o.", "PL")),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "271113",
         "Canlı buhar modelleri için bütan gaz kartuşu, 220 g, 3.000 adet", "TR", 660, 3000, 1800, "EUR",
         "butane cartridges for gas-fired live-steam models hold a flammable gas that lights at once and reads "
         "about 2 bar; these 3,000 cartridges read 5 bar, do not light, frost a steel plate and a leak detector "
         "reads dichlorodifluoromethane: CFC-12, whose import into the Union is banned, in a van at Kapitan "
         "Andreevo for a Plovdiv model-engineering shop; Turkish wording (CFC-12 repeats in many sets and "
         "lighter-gas labels in a few; a live-steam butane label was found in no earlier row by a keyword search)",
         firm("Delta Modelizam EOOD", "BG")),
        ("OZN-06", "import", "NLSEA01", "sea", "CN", [], "NL", "841950",
         "CO2 激光管水冷却器 CW-3000 型（被动散热，无制冷剂），200 台", "CN", 5000, 200, 16000, "USD",
         "a CW-3000 water cooler for hobby laser cutters is a 9-10 kg box with a pump, a fan and a radiator and no "
         "refrigerant; these 200 units weigh 24-25 kg each, carry a compressor and a condenser, and their plates, "
         "under a sticker, read 'CW-5200, R-22 300 g': laser-tube chillers charged with HCFC-22, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by sea from Shenzhen to "
         "Rotterdam for a laser-cutter reseller serving model makers; Chinese wording (HCFC-22 equipment repeats "
         "in many sets and used laser cutters with chillers once, blind130, for export; a passive-cooler label on "
         "new chillers was found in no earlier row by a keyword search)", firm("Polder Lasertechniek BV", "NL")),
        ("OZN-07", "import", "MTSEA01", "sea", "CN", [], "MT", "950300",
         "RC cars 1:10, electric, RTR, 600 pcs", "CN", 1800, 600, 36000, "USD",
         "a radio-control container from Shenzhen for a Valletta hobby wholesaler: ready-to-run cars and LiPo "
         "chargers are what such shops sell, but the third item's 'motor cooling spray, propane/butane' is 6,000 "
         "cans that do not burn, frost a motor can white and read chlorodifluoromethane on a leak detector: "
         "HCFC-22 in disposable aerosols, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration; Chinese-English wording (HCFC-22 repeats in many sets; an RC motor-cooler spray "
         "was found in no earlier row by a keyword search)",
         dict(firm("Melita Hobby Imports Ltd", "MT"),
              _more_items=[item("850440", "LiPo balance chargers, 100 W, 800 pcs", "CN", 640, 9600, "USD", qty=800),
                           item("382499", "Motor cooling spray for RC racing, propane/butane, 400 ml, 6,000 cans", "CN",
                                2400, 3000, "USD", qty=6000)])),
        ("OZN-08", "import", "FRAIR01", "express", "JP", [], "FR", "381400",
         "ラジコン受信機・サーボ用接点クリーナー (HFE系), 1 L × 6本", "JP", 9.3, 6, 36000, "JPY",
         "contact cleaners for RC receivers and servos sold in Japan as HFE-based are costly, light sprays; these "
         "six litres weigh 1.55 kg/l, boil at 54 °C and the filler's inner labels read 'HCFC-225ca/cb': "
         "dichloropentafluoropropanes, controlled ozone-depleting substances whose import into the Union is "
         "banned, sent by express from Yokohama to a Toulouse RC-helicopter workshop; Japanese wording (HCFC-225 "
         "and contact-cleaner labels repeat in several sets; kept as a repeat, an RC receiver framing is the new "
         "part as far as a search found)", firm("Atelier Hélico Occitanie SARL", "FR")),
        ("OZN-09", "import", "ITSEA01", "sea", "IN", [], "IT", "381400",
         "CA glue debonder, acetone-free, hobby grade, 20 ml bottles, 40 drums bulk", "IN", 8000, 40, 12000, "USD",
         "CA debonders are acetone or propylene-carbonate solvents of about 0.8-1.2 kg/l; these 40 drums weigh "
         "twice what their volume allows (1.99 kg/l), their contents do not burn and the drum heads are stamped "
         "'CH2BrCl': bromochloromethane (halon 1011), a controlled ozone-depleting substance whose import into the "
         "Union is banned outside licensed uses, by sea from Mundra to Genoa for a hobby-glue bottler; Indian "
         "English wording (bromochloromethane repeats in many sets and debonder labels on nitromethane in several; "
         "a debonder label on bromochloromethane was found in no earlier row)", firm("Liguria Colle Srl", "IT")),
        ("OZN-10", "import", "HUROAD01", "road", "RS", [], "HU", "271119",
         "Startni gas za RC mlazne turbine, propan/butan, 500 ml, 4.800 limenki", "RS", 2900, 4800, 4800, "EUR",
         "start gas for RC jet turbines is a propane-butane mix that lights at the burner; these 4,800 cans weigh "
         "more than a hydrocarbon fill allows, do not light, and a leak detector reads 1,1,1,2-tetrafluoroethane: "
         "HFC-134a in disposable, non-refillable cans, banned in the Union and placed on the market without quota, "
         "on a lorry at Röszke for a Szeged RC shop; Serbian wording (HFC-134a in small cans repeats in many sets; "
         "a turbine start-gas label was found in no earlier row by a keyword search)", firm("Alföld RC Kft.", "HU")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "AE", [], "NL", "442199",
         "نموذج قارب خشبي مجمّع من عدة، للزينة / Wooden boat model, assembled kit, decor, 1 pc", "EG", 9, 1, 120,
         "USD",
         "an assembled wooden boat kit is laser-cut plywood with bright varnish and nylon rigging; this is a "
         "carved, gessoed and painted sycamore hull with a cabin, steersman and rowers pegged on, cracked and "
         "dusty, with tomb dirt in the joints: a Middle Kingdom funerary boat model from an Egyptian tomb, "
         "exported in breach of Egyptian law and imported without the import licence Regulation 2019/880 "
         "requires, flown from Dubai to Amsterdam for a Leiden dealer; Arabic and English wording (Egyptian "
         "antiquities repeat in many sets and ship-model labels in blind64 and blind173 on European models; a tomb "
         "boat model was found in no earlier row by a keyword search)", firm("Noordzee Modelbouw BV", "NL")),
        ("CUL-02", "import", "BEAIR01", "air", "HK", [], "BE", "392690",
         "1:35 樹脂場景建築 — 漢代望樓，未上色，1 件", "CN", 14, 1, 800, "HKD",
         "a 1:35 resin diorama watchtower is a light, bubbly grey casting in a box; this is a 90 cm, heavy, "
         "green-glazed earthenware tower of four storeys with balconies, archers and iridescent glaze decay, "
         "packed in soil-stained paper: a Han-dynasty tomb model (mingqi), exported in breach of Chinese law and "
         "imported without an import licence, flown from Hong Kong to Brussels; traditional Chinese wording (Han "
         "mingqi repeat in several sets, blind221's grain jars and blind76's figurines among them; a diorama "
         "watchtower label was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("CUL-03", "export", "ITPOST01", "post", "IT", [], "CH", "830629",
         "Soldatini in metallo bianco, 54 mm, da dipingere, 8 pezzi", "IT", 1.2, 8, 60, "EUR",
         "54 mm white-metal figures are bright, soft castings with flash and sprue stubs; these eight are "
         "elongated, green-crusted bronze votive figures, warriors and offerants with Etruscan features, soil in "
         "the cracks: archaeological objects, which Italy's law reserves to the State and which leave the Union "
         "only with an export licence, posted from Chiusi to a private buyer in Lugano; Italian wording (Etruscan "
         "bronzes repeat in a few sets; a wargaming-figure label was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-04", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "950300",
         "Boyalı reçine minyatür süvari figürleri, 28 mm, 60 adet", "CY", 6, 60, 90, "EUR",
         "28 mm painted resin cavalry are light, glossy, mould-seamed figures; these 60 are hand-made terracotta "
         "horse-and-rider figurines of 6-12 cm with worn red and black paint and soil in the crevices: "
         "Cypro-Archaic votive figurines dug in the north of Cyprus, imported without the import licence "
         "Regulation 2019/880 requires, in a van from Istanbul to Munich; Turkish wording (Cypriot antiquities "
         "repeat in several sets and a horse-and-rider label once, blind123; a wargaming-cavalry label was found "
         "in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-05", "export", "DEAIR01", "air", "DE", [], "US", "950300",
         "Modelleisenbahn, gebraucht, Spur 1, Lokomotive mit Tender und 3 Wagen", "DE", 14, 4, 800, "EUR",
         "a used gauge-1 model railway of recent make is plastic and die-cast at a few hundred euros; this set is "
         "a hand-soldered, hand-painted tinplate live-steam locomotive of about 1905 with spirit burner, tender and "
         "three coaches in original paint, a museum-grade piece worth over 150,000 EUR: an antique over 100 years "
         "old above the Regulation 116/2009 threshold, leaving the Union without an export licence, flown from "
         "Frankfurt to a New York collector; German wording (tinplate labels repeat in a few sets on other goods; "
         "an antique toy train was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-06", "export", "NLAIR01", "express", "NL", [], "JP", "711420",
         "Poppenhuisminiaturen 1:12, verzilverd, nieuw, 24 stuks", "NL", 1.1, 24, 240, "EUR",
         "new 1:12 dollhouse miniatures are stamped, silver-plated brass with crisp edges at a few euros each; "
         "these 24 are solid, hand-raised silver with Amsterdam and Haarlem hallmarks of 1730-1760, worn from "
         "use, from an 18th-century cabinet dollhouse's silver: Dutch miniature silver worth well over the "
         "threshold, leaving the Union without an export licence, sent by express from Amsterdam to a Kyoto "
         "collector; Dutch wording (Dutch silver appears in a few sets; a dollhouse label was found in no earlier "
         "row by a keyword search)", {"importer_country": "JP"}),
        ("CUL-07", "import", "ESPOST01", "post", "MX", [], "ES", "691390",
         "Maqueta de aldea de barro, artesanía, recuerdo de Nayarit, 1 pieza", "MX", 3.5, 1, 45, "MXN",
         "a souvenir clay village is bright, new, glossy-painted pottery; this is a hollow, burnished house-group "
         "with figures on a platform, black manganese dendrites on the surface and soil inside: a West Mexican "
         "shaft-tomb house model (Nayarit, c. 200 BC-AD 300), national property of Mexico, posted from Tepic to a "
         "private buyer in Valencia; Mexican Spanish wording (Nayarit ceramics appear once, blind21; a diorama "
         "village label was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("CUL-08", "import", "PLPOST01", "post", "UA", [], "PL", "780600",
         "Свинцеві жетони для настільних ігор, литі, 40 шт.", "UA", 0.6, 40, 20, "EUR",
         "cast lead wargame tokens are bright, even discs with a moulded number; these 40 are lumpy lead blanks "
         "with double-sided impressions of saints, Greek inscriptions and a punched channel for a cord, grey-white "
         "with corrosion: Byzantine lead seals dug near Chersonesos, posted from Odesa to a private buyer in "
         "Rzeszów without an import licence; Ukrainian wording (lead seals repeat in many sets; a game-token label "
         "was found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-09", "import", "NLSEA01", "sea", "ID", [], "NL", "830629",
         "Meriam kuningan miniatur, hiasan, baru, 120 buah", "ID", 600, 120, 1800, "USD",
         "new decorative brass model cannons are bright, lathe-turned and light; among these 120, four are heavy "
         "bronze swivel guns 80-110 cm long with a VOC monogram, marine concretion, barnacle scars and bore "
         "corrosion, raised from a wreck off Belitung: underwater cultural heritage whose export Indonesia forbids, "
         "by sea from Tanjung Priok to Rotterdam; Indonesian wording (cannons repeat in several sets; brass model "
         "cannons as a cover were found in no earlier row by a keyword search)", firm("Horizon Scheepsdecor BV", "NL")),
        ("CUL-10", "export", "GRAIR01", "air", "GR", [], "GB", "950300",
         "Πλαστικά μακέτες 1:35, κουτιά, 60 τεμ.", "GR", 60, 60, 1800, "EUR",
         "a Thessaloniki hobby shop's order for a British wargames club: plastic kits and acrylic paints are what "
         "such shops send, but the third item's 'lead ballast weights for model boats' are 300 acorn-shaped lead "
         "sling bullets, some cast with Greek letters and thunderbolts, grey-white with soil corrosion: "
         "archaeological objects that leave Greece only with a permit and the Union only with an export licence, "
         "hidden as the last item of a three-item declaration, flown to London; Greek wording (sling bullets "
         "appear once, blind193; a model-boat ballast label was found in no earlier row by a keyword search)",
         dict({"importer_country": "GB"},
              _more_items=[item("320910", "Ακρυλικά χρώματα μοντελισμού, 17 ml, 400 τεμ.", "GR", 12, 800, "EUR", qty=400),
                           item("780600", "Μολυβένια βαρίδια έρματος για μοντέλα σκαφών, 300 τεμ.", "GR", 9, 60, "EUR",
                                qty=300)])),
    ],
    "strategic": [
        ("STR-01", "transit", "NLSEA01", "sea", "KR", ["NL"], "TR", "681513",
         "RC 글라이더 동체용 카본 튜브, 40 개", "KR", 1600, 40, 24000, "USD",
         "carbon tubes for RC glider fuselages are thin, pultruded or roll-wrapped tubes of 20-40 mm at a few kilos "
         "each; these 40 are filament-wound tubes of 350 mm diameter and 2.5 m length, 40 kg each, with a tight "
         "wall tolerance and an inspection sheet for 'motor case, 9 MPa': composite rocket-motor cases (MTCR "
         "Category II, 9A110) for an Iranian end user named in the packing list, moved through the Union without "
         "the authorisation that the Iran regulations require, landed at Rotterdam in transit from Busan to Mersin; "
         "Korean wording (carbon-fibre goods for Iran repeat in many sets; an RC glider label in transit through "
         "Rotterdam was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-02", "export", "EEAIR01", "air", "EE", [], "KG", "854370",
         "Mudelraudtee helimoodulid, 2 000 tk", "EE", 40, 2000, 16000, "EUR",
         "model-railway sound modules are thumbnail boards with a speaker pad at a few euros; these 2,000 are "
         "30 x 30 mm FPV flight controllers with gyroscopes, barometers and four-motor outputs, for a Bishkek "
         "'model shop' whose buyer is in Russia: drone components on the common high-priority list whose export "
         "to Russia Regulation 833/2014 forbids, flown from Tallinn; Estonian wording (flight controllers repeat "
         "in many sets and DCC decoders in blind190; a sound-module label from Estonia is the new part as far as "
         "a search found)", {"importer_country": "KG"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "TR", "400110",
         "Látex líquido para moldes de modelismo, prevulcanizado, bidones de 200 l, 40 bidones", "ES", 8000, 40,
         12000, "EUR",
         "liquid mould-making latex is a milky, ammonia-smelling natural-rubber dispersion in water; these drums "
         "hold a clear, honey-thick, odourless liquid polymer that does not dry in air, with a certificate giving "
         "hydroxyl value and functionality: hydroxyl-terminated polybutadiene (HTPB, 1C111, a propellant binder) "
         "for a Tehran buyer through a Mersin forwarder, without the licence its export needs; Spanish wording "
         "(HTPB repeats in several sets and latex labels in many; a mould-making-latex label on HTPB was found in "
         "no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "HUAIR01", "air", "HU", [], "AM", "903289",
         "Flybarless giroszkóp egységek RC helikopterekhez, 300 db", "HU", 30, 300, 27000, "EUR",
         "flybarless units for RC helicopters are 30 g boxes with a consumer MEMS gyro at about 100 EUR; these 300 "
         "are milled, sealed housings around tactical-grade MEMS inertial measurement units with calibrated "
         "accelerometers and a bias stability far beyond any hobby need, for a Yerevan trader with a Russian "
         "customer: inertial sensors on the common high-priority list whose export to Russia, directly or through "
         "Armenia, Regulation 833/2014 forbids, flown from Budapest; Hungarian wording (gyroscopes repeat in many "
         "sets; a flybarless label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", [], "KZ", "852589",
         "Caméras FPV analogiques 1200 TVL, 400 pièces", "FR", 32, 400, 14000, "EUR",
         "analogue FPV cameras are 20 g boards with a CMOS sensor at about 30 EUR; these 400 are 640 x 512 "
         "uncooled microbolometer thermal cores with 12 µm pixels and germanium lenses, for an Almaty 'FPV shop' "
         "that forwards to Russia: thermal-imaging cores (6A003) whose export to Russia Regulation 833/2014 forbids "
         "and which need a licence to Kazakhstan, flown from Paris; French wording (thermal cameras repeat in many "
         "sets; an FPV-camera label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-06", "export", "HRROAD01", "road", "HR", [], "RS", "903110",
         "Balanseri lopatica rotora za RC helikoptere, 2 kom.", "HR", 1400, 2, 1200, "EUR",
         "blade balancers for RC helicopters are 300 g magnetic pivot gadgets; these two crates hold 700 kg "
         "horizontal dynamic balancing machines with soft-bearing pedestals and a measuring computer able to "
         "balance rotors of several hundred kilos: balancing machines (2B119, MTCR) for a Belgrade firm that "
         "resells to Russia, without the licence their export needs, on a lorry at Bajakovo; Croatian wording "
         "(balancing machines repeat in a few sets as fan- and tyre-workshop machines; an RC blade-balancer label "
         "was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-07", "export", "SEAIR01", "air", "SE", [], "PK", "901420",
         "Variometrar med GPS-telemetri för modellsegelflyg, 120 st", "SE", 12, 120, 9600, "EUR",
         "variometers for RC gliders are 10 g boards that beep on lift and use a consumer GPS capped at the COCOM "
         "limits; these 120 are multi-constellation GNSS receivers without the altitude and velocity limits, with "
         "an anti-jam antenna input, for a Rawalpindi 'aeromodelling club': GNSS receivers for rockets and "
         "unmanned vehicles (7A105, MTCR), exported without the licence they need, flown from Stockholm; Swedish "
         "wording (GNSS receivers repeat in many sets and a falconry GPS label in blind146; a variometer label was "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG", "TR", "GE", "AZ"], "KZ", "840790",
         "Stationärmotoren für Wasserpumpen, Zweitakt, 170 cm³, 200 Stück", "DE", 900, 200, 18000, "EUR",
         "water-pump engines are heavy, cast-iron, fan-cooled four-strokes with a fuel tank and a pull start at "
         "about 150 EUR; these 200 are 4.5 kg twin-cylinder, opposed two-stroke model-aircraft engines with "
         "electronic ignition and propeller hubs, at 90 EUR on the invoice, for an Astana trader whose buyer makes "
         "drones in Russia: engines for unmanned aircraft whose export to Russia Regulation 833/2014 forbids, "
         "on a lorry by the Middle Corridor through Türkiye, Georgia and Azerbaijan; German wording (UAV engines repeat in many sets and "
         "chainsaw and lawnmower labels in several; a water-pump-engine label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-09", "export", "SIAIR01", "air", "SI", ["AE"], "CN", "690310",
         "Grafitni lonci in kalupi za litje kositrnih figuric, 60 kosov", "SI", 1800, 60, 3000, "EUR",
         "graphite crucibles and moulds for pewter-figure casting are small, coarse clay-graphite pots; these 60 "
         "are machined blocks of fine-grain isostatic graphite of 1.88 g/cm3, 30 kg each, with mill certificates: "
         "graphite for rocket nozzles and re-entry tips (1C107, MTCR), for a Xi'an end user through a Dubai "
         "forwarder, exported without the licence they need, flown from Ljubljana; Slovenian wording (isostatic "
         "graphite repeats in many sets; a figure-casting crucible label was found in no earlier row by a keyword "
         "search)", {"importer_country": "CN"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", [], "BY", "950300",
         "Plastikiniai modelių rinkiniai 1:72, 1 200 dėžučių", "LT", 1400, 1200, 14000, "EUR",
         "a Vilnius hobby wholesaler's lorry for a Minsk model shop at Medininkai: plastic kits and model paints "
         "may still go to Belarus, but the third item's 'coreless motors for model-railway locomotives' are 4,000 "
         "brushless outrunner motors of FPV-drone size and 1,000 5.8 GHz video transmitters: drone components "
         "whose export to Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item "
         "declaration; Lithuanian wording (drone parts for Belarus repeat in many sets; a model-locomotive motor "
         "label was found in no earlier row by a keyword search)",
         dict({"importer_country": "BY"},
              _more_items=[item("320910", "Modelių dažai, akriliniai, 17 ml, 6 000 vnt.", "LT", 160, 6000, "EUR", qty=6000),
                           item("850110", "Bešerdžiai varikliai modelių lokomotyvams, 5 000 vnt.", "LT", 400, 5000, "EUR",
                                qty=5000)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "PTAIR01", "air", "BR", [], "PT", "440799",
         "Ripas de nogueira para tabuado de modelismo naval, 1 x 5 mm, 4.000 ripas", "BR", 60, 4000, 600, "USD",
         "walnut strips for ship-model planking are mid-brown, straight-grained and light; these strips are "
         "heavy, dark chocolate-brown with black streaks and a sweet rose smell when sanded: Brazilian rosewood "
         "(Dalbergia nigra, CITES App. I) without CITES documents, flown from São Paulo to Lisbon for a Porto "
         "ship-model kit maker; Brazilian Portuguese wording (Dalbergia nigra repeats in many sets; a ship-model "
         "planking label was found in no earlier row by a keyword search)", firm("Atlântico Modelismo Lda", "PT")),
        ("WLF-02", "import", "ESPOST01", "post", "CU", [], "ES", "442199",
         "Motones y vigotas de boj para jarcia de modelos navales, 400 piezas", "CU", 1.6, 400, 80, "EUR",
         "boxwood blocks and deadeyes for ship models are pale yellow, light and dry; these 400 are olive-green to "
         "dark-brown, oily, very heavy and sink in water: lignum vitae (Guaiacum officinale, CITES App. II) "
         "without CITES documents, posted from Havana to a private ship modeller in Cádiz; Cuban Spanish wording "
         "(lignum vitae repeats in many sets and a boxwood label in blind131; ship-model rigging blocks are the "
         "new part as far as a search found)", person("Sr. J. García", "ES")),
        ("WLF-03", "import", "ITSEA01", "sea", "PE", [], "IT", "440727",
         "Listones de sapelli secado en horno para modelismo, 6 m3", "PE", 3600, None, 5400, "USD",
         "sapele is an African wood, striped with a ribbon figure, that Peru does not export; these strips are "
         "Peruvian, reddish-brown with a golden lustre and no ribbon stripe, and float lighter: bigleaf mahogany "
         "(Swietenia macrophylla, CITES App. II) without the Peruvian export permit, by sea from Callao to Livorno "
         "for a Tuscan model-kit maker; Peruvian Spanish wording (mahogany repeats in many sets; a sapele label "
         "from Peru was found in no earlier row by a keyword search)", firm("Toscana Kit Navali Srl", "IT")),
        ("WLF-04", "import", "NLPOST01", "post", "GY", [], "NL", "670100",
         "Dyed chicken feathers for miniature headdresses (1:6 figures), 200 pcs", "GY", 1.2, 200, 60, "USD",
         "dyed chicken feathers are soft, short, evenly dyed and cheap; these 200 are long, stiff, scarlet, blue "
         "and yellow flight and tail feathers with natural, unfaded gradients and intact shafts: scarlet and "
         "blue-and-yellow macaw feathers (Ara macao, CITES App. I; Ara ararauna, App. II) without CITES documents, "
         "posted from Georgetown to a private 1:6 figure customiser in Eindhoven; Guyanese English wording (macaw "
         "feathers repeat in a few sets; a miniature-headdress label was found in no earlier row by a keyword "
         "search)", person("M. Bakker", "NL")),
        ("WLF-05", "import", "DEAIR01", "air", "MU", [], "DE", "440799",
         "Ebonised pear strips for ship-model wales, 0.5 x 3 mm, 6,000 strips", "MG", 40, 6000, 400, "USD",
         "ebonised pear is pale pear dyed black that shows pink under a scraper; these strips are jet-black right "
         "through, very heavy and fine-grained and sink in water: Malagasy ebony (Diospyros spp., CITES App. II) "
         "without CITES documents, flown from Mauritius to Munich for a ship-model supplier; Mauritian English "
         "wording (Malagasy ebony repeats in many sets and ebony labels in several; an ebonised-pear label was "
         "found in no earlier row by a keyword search)", firm("Bavaria Schiffsmodellbau GmbH", "DE")),
        ("WLF-06", "import", "NLPOST01", "post", "MX", [], "NL", "670290",
         "Cactus artificiales en miniatura para dioramas, 30 piezas", "MX", 1.5, 30, 40, "MXN",
         "artificial diorama cacti are moulded plastic on a pin; these 30 are living, grey-green, wrinkled "
         "button cacti with dry roots wrapped in newspaper: wild Aztekium ritteri (CITES App. I) without CITES "
         "documents, posted from Monterrey to a private collector in Leiden; Mexican Spanish wording (Aztekium "
         "repeats in a few sets; a diorama-cactus label was found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-07", "import", "DEPOST01", "post", "FJ", [], "DE", "392690",
         "Resin scrimshaw blanks, faux ivory, for ship-model figureheads, 6 pcs", "FJ", 2.2, 6, 90, "FJD",
         "resin scrimshaw blanks are even, creamy polyester casts with no grain; these six are curved, conical, "
         "cold and heavy teeth with a pulp cavity and concentric growth rings: sperm whale teeth (Physeter "
         "macrocephalus, CITES App. I) without CITES documents, posted from Suva to a private ship modeller in "
         "Kiel; Fijian English wording (sperm whale teeth and scrimshaw repeat in many sets; a figurehead-blank "
         "label was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-08", "import", "ITAIR01", "express", "JP", [], "IT", "392073",
         "ドールハウス家具用 べっ甲調アセテートシート, 1:12, 20 枚", "JP", 1.4, 20, 60000, "JPY",
         "imitation tortoiseshell acetate is an even, printed plastic sheet that smells of vinegar when sanded; "
         "these 20 are hand-joined, translucent amber-and-brown plates that smell of burnt hair under a hot needle: "
         "hawksbill shell (Eretmochelys imbricata, CITES App. I) without CITES documents, sent by express from "
         "Nagasaki to a Florence dollhouse-furniture maker; Japanese wording (bekko repeats in many sets; a "
         "dollhouse-veneer label was found in no earlier row by a keyword search)", firm("Firenze Miniature Srl", "IT")),
        ("WLF-09", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Ayous (obéché) en feuilles pour maquettes, 12 m3", "CM", 4800, None, 4200, "EUR",
         "a model-timber container from Douala for an Antwerp supplier to kit makers: ayous and fraké are the "
         "light woods such firms import, but the third item's 'iroko baguettes' are 2 m3 of fine, golden-brown, "
         "greenish-streaked strips that darken fast and lack iroko's chalky deposits: afrormosia (Pericopsis "
         "elata, CITES App. II) without a CITES export permit, hidden as the last item of a three-item "
         "declaration; Cameroonian French wording (afrormosia repeats in many sets; iroko strips behind model "
         "timber are the new part as far as a search found)",
         dict(firm("Scheldt Modelhout NV", "BE"),
              _more_items=[item("440729", "Fraké (limba) en baguettes, 4 m3", "CM", 2200, 2000, "EUR"),
                           item("440728", "Iroko en baguettes pour modélisme, 2 m3", "CM", 1400, 1100, "EUR")])),
        ("WLF-10", "import", "FRAIR01", "express", "CD", [], "FR", "392690",
         "Blocs d'ivoire synthétique (type Elforyn) pour figures de proue, 4 pièces", "CD", 3.2, 4, 80, "EUR",
         "synthetic-ivory blocks of the Elforyn type are even, cream polyester resin that melts under a hot "
         "needle; these four are dense, cold blocks cut from a tusk with Schreger lines on the end grain and a "
         "bark of brown skin on one face: elephant ivory (CITES App. I) without CITES documents, sent by express "
         "from Kinshasa to a ship-model carver in Brest; Congolese French wording (ivory repeats in many sets; a "
         "synthetic-ivory label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "JP", "FI", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (glow fuel for model engines)", "JP", 4.6, 4, 120,
     "USD", [("PRECURSOR_LICENCE", "FI-POL-68-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "air", "AU", "IE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (cleaning resin-casting moulds)", "AU", 2.3, 2,
     40, "AUD", [("PRECURSOR_LICENCE", "IE-DOJ-68-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FRROAD01", "road", "CH", "FR", "854912",
     "Waste nickel-cadmium batteries from RC packs (16 06 02*), for recovery at a licensed plant, 6 t", "CH", 6000,
     None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-68-0233")], "notified NiCd batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "282739",
     "Spent ferric chloride etchant with copper (11 01 05*), for copper recovery at a licensed plant, 20 t", "NO",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-68-0091")], "notified spent etchant to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290376",
     "Halon 2402, recovered and reclaimed, for a critical use in military vehicle fire protection", "US", 400, 10,
     12000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-68-011")], "reclaimed halon 2402 for a critical use under licence"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "NO", "NL", "290371",
     "HCFC-22 recovered from laser-cutter chillers, 20 cylinders, for destruction at a licensed plant", "NO", 400,
     20, 0, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-68-006")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "970690",
     "Tinplate live-steam locomotive with tender, gauge 1, c. 1905, documented collection, sold at auction", "DE",
     14, 1, 160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-68-0142")],
     "antique toy locomotive exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "NLAIR01", "air", "CH", "NL", "970510",
     "Egyptian funerary boat model, painted wood, Middle Kingdom, documented Swiss collection since 1928", "EG", 9, 1,
     85000, "EUR", [("IMPORT_LICENCE", "NL-RCE-IMP-68-0019")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "HUAIR01", "air", "HU", "IN", "903289",
     "Tactical-grade MEMS inertial measurement units, 40 units, for an Indian survey-drone maker", "HU", 4, 40,
     48000, "EUR", [("EXPORT_LICENCE", "HU-SZTFH-68-0311"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-68-0144")],
     "dual-use inertial sensors under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SIAIR01", "air", "SI", "BR", "380190",
     "Fine-grain isostatic graphite blocks, 20 blocks, for a Brazilian EDM tooling maker", "SI", 600, 20, 22000,
     "EUR", [("EXPORT_LICENCE", "SI-MGTS-68-0057"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-68-0028")],
     "dual-use fine-grain graphite under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "MX", "ES", "440799",
     "Lignum vitae (Guaiacum sanctum) turned blocks for ship models, 30 kg", "MX", 30, None, 900, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-68-0412")], "App. II lignum vitae with its export permit"),
    ("PRM-12", "wildlife", "import", "PTAIR01", "air", "US", "PT", "440799",
     "Brazilian rosewood (Dalbergia nigra) strips cut from pre-Convention stock, 12 kg", "US", 12, None, 2400, "USD",
     [("CITES_PERMIT", "US-FWS-68-1023")], "pre-Convention App. I rosewood with its pre-Convention certificate"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Private person", "PRM-03": "Alpes Recyclage Accumulateurs SAS",
    "PRM-06": "Delta Vernietiging BV", "PRM-11": "Atlántico Modelismo Naval S.L.",
    "PRM-12": "Atlântico Modelismo Lda",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # model shops, radio-control and hobby-rocketry suppliers and kit, figure, diorama and ship-model makers
    ("271019", "Air-filter oil for nitro RC engines, 100 ml", "import", ["post"], ["JP", "US"], (20, 40), (1, 3), ["USD", "JPY"], 9, S),
    ("382499", "Decal setting solution, 30 ml bottles", "import", ["express"], ["AU", "US"], (25, 45), (1, 3), ["USD", "AUD"], 25, S),
    ("320611", "Weathering pigments, titanium white, 35 ml jars", "import", ["express"], ["KR", "US"], (40, 80), (1, 2), ["USD"], 30, S),
    ("391000", "Tin-cure silicone moulding rubber, 1 kg kits", "import", ["air"], ["AR", "CN"], (10, 18), (200, 800), ["USD"], 1, S),
    ("701820", "Glass microballoons, filler for model making, 1 l tubs", "import", ["sea"], ["CN", "EG"], (8, 14), (1000, 3000), ["USD"], 6, S),
    ("252620", "Cosmetic-grade talc for silicone moulds, 1 kg", "import", ["air"], ["PK", "IN"], (1.5, 3), (200, 600), ["USD"], 1, S),
    ("381400", "Resin-print washing fluid, isopropanol-based, 1 l", "import", ["express"], ["TW", "CN"], (8, 15), (1, 4), ["USD"], 1.2, S),
    ("381590", "Tin catalyst for silicone rubber, 50 g bottles", "import", ["post"], ["BR", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 20, S),
    ("291814", "Citric acid descaler for model steam boilers, 500 g", "import", ["road"], ["GB"], (4, 7), (500, 2000), ["GBP"], 2, S),
    ("250490", "Graphite powder lubricant for model railways, 10 g tubes", "import", ["post"], ["CH", "JP"], (60, 120), (1, 2), ["CHF", "USD"], 80, S),
    ("850750", "NiMH sub-C cells, new, for RC packs", "export", ["sea"], ["PK", "IN"], (8, 14), (2000, 6000), ["EUR"], 18, S),
    ("320890", "Enamel model paints, 14 ml tins, current stock", "export", ["sea"], ["GE", "AM"], (30, 50), (1000, 4000), ["EUR"], 40, S),
    ("850760", "LiPo batteries for FPV drones, new, boxed", "export", ["air"], ["KE", "ZA"], (40, 70), (200, 800), ["EUR"], 5, S),
    ("390950", "Polyurethane casting resin, A+B, new, sealed", "export", ["road"], ["UA", "MD"], (6, 10), (1000, 4000), ["EUR"], 1, S),
    ("151530", "Castor oil, cold-pressed, first grade", "import", ["sea"], ["IN"], (1.6, 2.4), (15000, 22000), ["USD"], None, S),
    ("701915", "Paint-booth filter mats, glass fibre, new", "export", ["road"], ["RS", "BA"], (3, 6), (1000, 4000), ["EUR"], None, S),
    ("390319", "GPPS granules, virgin, crystal grade", "export", ["sea"], ["VN", "TR"], (1.2, 1.8), (18000, 24000), ["EUR"], None, S),
    ("845819", "Bench lathes for model engineering, used, tested", "export", ["sea"], ["GH", "TN"], (2, 4), (1000, 4000), ["EUR"], 0.007, S),
    ("282739", "Ferric chloride 40 %, new, for PCB and photo-etching", "export", ["sea"], ["MA", "TN"], (0.4, 0.8), (10000, 20000), ["EUR"], None, S),
    ("381400", "RC bearing cleaner, citrus solvent, 500 ml", "import", ["post"], ["VN", "CN"], (10, 20), (1, 4), ["USD"], 2, S),
    ("382499", "CA glue activator, heptane aerosol, 200 ml", "import", ["sea"], ["ID", "CN"], (6, 12), (2000, 6000), ["USD"], 5, S),
    ("320890", "Fuelproofer, two-part polyurethane clear, 250 ml", "import", ["road"], ["UA"], (10, 18), (500, 2000), ["EUR"], 3, S),
    ("271113", "Butane cartridges for gas-fired live-steam models, 220 g", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR"], 4, S),
    ("841950", "Passive water coolers for CO2 laser tubes (CW-3000 type, no refrigerant)", "import", ["sea"], ["CN"], (8, 14), (1500, 4000), ["USD"], 0.1, S),
    ("271119", "Start gas for RC jet turbines, propane/butane, 500 ml", "import", ["road"], ["RS"], (4, 8), (1000, 3000), ["EUR"], 2, S),
    ("381400", "CA glue debonder, propylene carbonate, 20 ml", "import", ["sea"], ["IN", "CN"], (10, 20), (500, 2000), ["USD"], 40, S),
    ("950300", "Wooden boat model kits, laser-cut, boxed", "import", ["sea"], ["CN", "EG"], (4, 8), (1000, 4000), ["USD"], 1, S),
    ("392690", "Resin diorama buildings 1:35, unpainted", "import", ["air"], ["HK", "CN"], (20, 40), (100, 600), ["USD", "HKD"], 3, S),
    ("830629", "White-metal 54 mm figures, unpainted, new castings", "export", ["post"], ["CH", "GB"], (60, 120), (1, 3), ["EUR"], 8, S),
    ("950300", "Painted resin miniature cavalry, 28 mm, new", "import", ["road"], ["TR"], (20, 40), (300, 1500), ["EUR"], 30, S),
    ("950300", "Model railway locomotives, used, gauge H0, 1980-2010", "export", ["air"], ["US", "JP"], (30, 60), (50, 300), ["EUR"], 3, S),
    ("711420", "Dollhouse miniatures 1:12, silver-plated brass, new", "export", ["express"], ["JP", "US"], (200, 400), (1, 2), ["EUR"], 40, S),
    ("691390", "Clay village souvenirs, new, hand-painted", "import", ["post"], ["MX"], (15, 30), (1, 3), ["USD", "MXN"], 2, S),
    ("830629", "Brass model cannons, decorative, new", "import", ["sea"], ["ID", "IN"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("681513", "Carbon tubes for RC gliders, roll-wrapped, 10-40 mm", "import", ["sea"], ["KR", "CN"], (20, 40), (500, 2000), ["USD"], 4, S),
    ("854370", "Model railway sound modules, new", "import", ["air"], ["CN", "TW"], (200, 400), (20, 100), ["USD"], 50, S),
    ("400110", "Prevulcanised latex for mould making, ammonia-stabilised", "export", ["sea"], ["TR", "MA"], (2, 4), (4000, 10000), ["EUR"], None, S),
    ("903289", "Flybarless gyro units for RC helicopters, consumer grade", "import", ["air"], ["CN", "TW"], (300, 600), (20, 100), ["USD"], 25, S),
    ("852589", "Analogue FPV cameras, 1200TVL, CMOS", "import", ["air"], ["CN"], (200, 400), (20, 100), ["USD"], 40, S),
    ("840790", "Water-pump engines, four-stroke, 6.5 hp, new", "import", ["sea"], ["CN"], (3, 5), (4000, 10000), ["USD"], 0.04, S),
    ("440799", "Walnut strips for ship-model planking, kiln-dried", "import", ["air"], ["US"], (20, 40), (50, 300), ["USD"], None, S),
    ("392073", "Imitation tortoiseshell acetate sheets", "import", ["express"], ["JP", "CN"], (50, 100), (1, 3), ["USD", "JPY"], 5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950590", "Paper party hats, printed", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 40, N),
        ("920890", "Plastic kazoos, assorted colours", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 60, N),
        ("950300", "Beach sand toys, plastic buckets and spades", "import", ["sea", "road"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 3, N),
        ("950300", "Wooden spinning tops, painted", "import", ["post", "express"], ["GB", "CH"], (20, 40), (1, 3), ["GBP", "CHF"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind253", 20680501, HERE)


if __name__ == "__main__":
    main()
