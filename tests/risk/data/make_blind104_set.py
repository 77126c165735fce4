#!/usr/bin/env python3
"""Writes the hundred-and-fourth blind set (tests/risk/data/blind104-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2043, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL104-*:

    python3 tests/risk/data/make_blind104_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2043, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2043
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "KR", [], "DE", "250100",
         "죽염 (대나무 구운 소금), 9회 구운, 4 x 1 kg", "KR", 4.1, 4, 160000, "KRW",
         "Korean bamboo salt is sea salt roasted in bamboo tubes: grey-violet lumps that smell of sulphur and taste "
         "strongly of salt; these four bags hold glossy, colourless crystals with no taste that draw damp, flare "
         "bright yellow on a hot pan and read 'NaClO4' on the inner liners: sodium perchlorate (Annex I above 40 %), "
         "posted from Busan to a private person in Leipzig; Korean wording (sodium perchlorate and salt covers repeat "
         "in many sets; a bamboo-salt label was found in no earlier row by a keyword search)",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "FRAIR01", "express", "TH", [], "FR", "340290",
         "น้ำยาล้างพลอยสำหรับร้านอัญมณี จันทบุรี, 4 x 1 ลิตร", "TH", 4.5, 4, 2400, "THB",
         "gem dealers in Chanthaburi clean stones in a mild detergent or an ultrasonic bath of water; these four "
         "litres are oily, fruity-smelling, 1.14 kg/l, do not mix with water and the inner bottles read 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Bangkok to a private person in Marseille, although "
         "flammable liquids travel by express only as declared dangerous goods; Thai wording (nitromethane repeats in "
         "many sets and jewellers' ultrasonic cleaners covered it in blind55 and blind80, from the United States "
         "and Japan; a Chanthaburi gem-market cleaner from Thailand is the new part)", person("M. T. Dubois", "FR")),
        ("PRE-03", "import", "ESSEA01", "sea", "CN", [], "ES", "293369",
         "Estabilizador de cloro para piscinas (ácido cianúrico), cubos de 5 kg, 3.000 cubos", "CN", 15000, 3000,
         9000, "USD",
         "pool stabiliser is cyanuric acid, a fine white powder that dissolves slowly and does not burn; these "
         "buckets hold hard, white prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot "
         "plate, sold at 3 USD a bucket by a Valencia web shop to the public: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public; Spanish wording from a Ningbo exporter (ammonium nitrate "
         "repeats in many sets and a pool-stabiliser cover once, on ammonium perchlorate by road in blind36; "
         "ammonium nitrate as cyanuric acid by sea is the new part)", firm("Piscinas Orion SL", "ES")),
        ("PRE-04", "import", "HRROAD01", "road", "BA", [], "HR", "340590",
         "Sredstvo za čišćenje bakrenih kazana za rakiju, 6 x 1 l", "BA", 8.4, 6, 60, "BAM",
         "home distillers clean copper rakija stills with citric acid, vinegar or a paste; these six litres are "
         "water-clear to pale yellow, fume brown when opened, eat into a copper coin at once and weigh 1.40 kg/l: "
         "about 65 % nitric acid (Annex I above 3 %), in a private car at Stara Gradiška for a private person in "
         "Slavonski Brod; Bosnian wording (nitric acid repeats in many sets and descaler covers in several; a "
         "rakija-still cleaner was found in no earlier row)", person("Privatna osoba", "HR")),
        ("PRE-05", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "283699",
         "过碳酸钠 氧系漂白剂 (Natriumpercarbonat), 1 kg 罐装, 12,000 罐", "CN", 12000, 12000, 14400, "USD",
         "sodium percarbonate is a white, slightly alkaline granule that fizzes in warm water and sells in 1 kg tubs; "
         "these tubs hold fine, glossy crystals that do not fizz, draw damp and flare yellow on a cigarette, and the "
         "factory sheet packed in the container gives CAS 7775-09-9, at 1.20 USD a tub for a Duisburg web shop that "
         "sells them to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public; "
         "Chinese wording, by rail from Xi'an (sodium chlorate repeats in many sets and percarbonate labels in "
         "several, on hydrogen peroxide; sodium chlorate under a percarbonate label by rail is the new part)",
         firm("Nordhafen Haushalt GmbH", "DE")),
        ("PRE-06", "import", "DEPOST01", "post", "GE", [], "DE", "291619",
         "კალიუმის სორბატი ღვინის კონსერვანტად, 5 x 1 კგ", "GE", 5, 5, 150, "GEL",
         "potassium sorbate for home wine is a granule that smells faintly acidic and dissolves at once; these five "
         "bags hold shiny, tasteless crystals that dissolve slowly, spit violet sparks on a hot iron and carry CAS "
         "3811-04-9 on the inner label: potassium chlorate (Annex I above 40 %), posted from Kakheti to a private "
         "person in Berlin who keeps no qvevri; Georgian wording (potassium chlorate repeats in many sets and a "
         "sorbate label covered potassium perchlorate once, by express from China to Italy in blind46; by post from "
         "Georgia on potassium chlorate is the new part)", person("Anna Schmidt", "DE")),
        ("PRE-07", "import", "PTAIR01", "express", "US", [], "PT", "170230",
         "Light corn syrup, for candy making, 4 x 1 gal", "US", 27.8, 4, 60, "USD",
         "light corn syrup is thick, sweet, sticky and weighs about 1.4 kg/l; these four gallons are water-clear, oily "
         "rather than sticky, weigh 1.84 kg/l, grow hot with a drop of water and char a paper towel at once: about "
         "96 % sulphuric acid (Annex I above 15 %), sent by express from Ohio to a private person in Porto, although "
         "corrosive liquids travel by express only as declared dangerous goods; US English wording (sulphuric acid "
         "repeats in many sets and syrup-like covers, glycerine among them, in several; a corn-syrup label was found "
         "in no earlier row)", person("João Pereira", "PT")),
        ("PRE-08", "import", "PTSEA01", "sea", "IN", [], "PT", "100630",
         "बासमती चावल, 5 किलो बैग, 2,000 बैग", "IN", 10000, 2000, 14000, "USD",
         "an Indian grocery container for a Lisbon cash-and-carry that sells to the public: basmati and papad are "
         "what such shops stock, but the third item's 'papad khar' (the sodium-carbonate salts papad makers use) is "
         "400 packs of 500 g of glossy white crystals that draw damp, do not fizz with vinegar and flare yellow on a "
         "flame: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last "
         "item of a three-item declaration, by sea from Mundra to Sines; Hindi wording (sodium chlorate repeats in "
         "many sets and Indian grocery covers in a few; a papad-khar label was found in no earlier row)",
         dict(firm("Mercearia Atlantic Lda", "PT"),
              _more_items=[item("190590", "पापड़, उड़द, 200 ग्राम, 3,000 पैकेट", "IN", 600, 1500, "USD", qty=3000),
                           item("283620", "पापड़ खार, 500 ग्राम, 400 पैकेट", "IN", 200, 120, "USD", qty=400)])),
        ("PRE-09", "import", "ITSEA01", "sea", "TN", [], "IT", "330190",
         "ماء الزهر المقطر، زجاجات 1 لتر، 6000 زجاجة", "TN", 7200, 6000, 9000, "EUR",
         "Tunisian orange-blossom water is a distillate of 1.00 kg/l that smells of neroli; these 6,000 bottles have "
         "vented caps, no scent, weigh 1.20 kg/l, whiten the skin and foam on a cut, and the distiller's drums read "
         "'H2O2 50 %', at 1.50 EUR a bottle, for a Palermo delicatessen web shop that sells to the public: hydrogen "
         "peroxide (Annex I above 12 %) retail-packed for members of the public; Tunisian Arabic wording (hydrogen "
         "peroxide repeats in many sets and water-like covers in several; an orange-blossom-water label was found in "
         "no earlier row)", firm("Delizie Meridian Srl", "IT")),
        ("PRE-10", "import", "ATAIR01", "air", "JP", [], "AT", "370790",
         "写真用定着剤 (ハイポ, チオ硫酸ナトリウム), 1 kg 袋, 200 袋", "JP", 200, 200, 300000, "JPY",
         "photographic hypo is sodium thiosulphate: big, clear crystals that turn ice-cold in water and smell of "
         "sulphur with acid; these 200 bags hold a fine white powder that barely dissolves, burns fiercely mixed "
         "with sugar and reads 'KClO4' on the inner liners, for a Vienna photo web shop that sells 1 kg bags to the "
         "public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, by air "
         "freight from Osaka; Japanese wording (potassium perchlorate repeats in many sets "
         "and a fixer-salt label once, on a precursor posted from Britain to Sweden in blind55; by air freight from "
         "Japan for a web shop is the new part)", firm("Foto Alpina Handels GmbH", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "SKRAIL01", "rail", "SK", ["HU", "RS", "BG"], "TR", "380190",
         "Uhlíkové katódové bloky, použité, na opätovné použitie, 4 vagóny", "SK", 240000, None, 12000, "EUR",
         "reusable carbon cathode blocks are whole, machined graphite blocks with a data sheet; these wagons hold "
         "broken, grey-black lumps with white crusts of fluoride salts that smell of ammonia when wet and give off "
         "cyanide on a test strip, dug out of an aluminium smelter's pots: spent pot lining (16 11 01*), hazardous "
         "waste shipped without the notification and consent an OECD destination needs, by rail from Žiar nad "
         "Hronom through Hungary, Serbia and Bulgaria to a Turkish cement plant; Slovak wording (spent pot lining "
         "under cathode-block labels repeats in several sets, by sea; by rail from Slovakia to Türkiye is the new "
         "part)",
         {"importer_country": "TR"}),
        ("WST-02", "export", "HRROAD01", "road", "HR", [], "BA", "251710",
         "Drobljeni granit, frakcija 16/32, za podlogu, 24 t", "HR", 24000, None, 480, "EUR",
         "crushed granite aggregate is clean, sharp and grey, sold with a grading curve; this lorry holds black, "
         "oily railway ballast with sleeper splinters, rust and a tar smell, dug out of a track renewal near "
         "Vinkovci and tested for PAH and herbicide residues over the limits: track ballast containing hazardous "
         "substances (17 05 07*), hazardous waste whose export to a non-OECD country is banned, at Slavonski Šamac "
         "for a Bosnian 'road-base contractor'; Croatian wording (old track ballast as "
         "crushed stone repeats in several sets, blind51, blind52, blind61, blind65 and blind80, to Serbia and "
         "Ukraine; kept as a known repeat, from Croatia to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-03", "export", "SIROAD01", "road", "SI", [], "BA", "252220",
         "Gašeno apno, reciklirano, za stabilizacijo tal, 24 t", "SI", 24000, None, 720, "EUR",
         "recycled hydrated lime for soil stabilisation is a white, dry powder; this is a grey, dusty filter residue "
         "that smells of ammonia when wet, reads high on lead, zinc and dioxins and carries salt crusts, from the "
         "flue-gas cleaning of a Ljubljana waste incinerator: air-pollution-control residue (19 01 07*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry at Gruškovje for a Bosnian 'building "
         "materials' buyer; Slovenian wording (incinerator residues repeat in many sets, as hydrated lime by "
         "sea in blind22 and blind45; kept as a known repeat, by road from Slovenia to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-04", "export", "ITAIR01", "air", "IT", [], "CO", "280540",
         "Zavorra per barometri antichi, restauro, 6 flaconi", "IT", 207, 6, 900, "EUR",
         "antique-barometer restorers buy a few hundred grams of mercury with papers; these six iron flasks weigh 34.5 "
         "kg each (the 76 lb flask), come from the decommissioning of a chlor-alkali plant and go to a Medellín "
         "'instrument restorer' in gold-mining country: metallic mercury, waste from the chlor-alkali industry that "
         "must be stored in the Union, whose export Regulation 2017/852 bans, flown from Milan Malpensa; Italian "
         "wording (mercury repeats in many sets and barometer covers in two, "
         "blind43 to Bolivia by post and blind70 to the Philippines; kept as a known repeat, by air freight to "
         "Colombia is the new part)", {"importer_country": "CO"}),
        ("WST-05", "export", "ROROAD01", "road", "RO", [], "MD", "380891",
         "Produse de protecție a plantelor, stoc excedentar, 12 t", "RO", 12000, 480, 2400, "EUR",
         "surplus plant-protection stock is sealed, in date and sold with a registration number; these 480 drums "
         "are rusted, some bulging, dated from the 1990s and hold lindane, DDT and banned organophosphates from a "
         "former state farm's store: obsolete pesticides (02 01 08*, some POPs), hazardous waste whose export to a "
         "non-OECD country is banned, by lorry at Sculeni for a Bălți 'agro-dealer'; Romanian wording (obsolete "
         "pesticides repeat in several sets, by sea to West Africa; by road from Romania to Moldova is the new part)",
         {"importer_country": "MD"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "854340",
         "Disposable e-cigarettes, end-of-line stock, 2 containers", "IE", 28000, 700000, 7000, "EUR",
         "end-of-line vapes come boxed, sealed and in date at a few euros each; these containers hold 700,000 used "
         "and crushed disposables from shop and festival collection bins, most still holding their lithium cells and "
         "nicotine residue, at one cent each: waste batteries and e-waste (16 06 05 and 20 01 35* entries), "
         "hazardous waste whose export to a non-OECD country is banned, from Dublin to a Lagos 'distributor'; Irish "
         "English wording (collected vapes repeat in several sets, to Asia; as end-of-line stock to Nigeria is the "
         "new part)", {"importer_country": "NG"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "IN", "261000",
         "Minerale di cromo a basso tenore, big bag, 40 t", "IT", 40000, None, 2000, "EUR",
         "chromite ore is a heavy, black, glassy sand with an assay of 40 % Cr2O3; these bags hold a damp, "
         "yellow-green filter cake that stains the hands and tests for hexavalent chromium, nickel and cyanide, "
         "from the effluent plant of Brescia plating shops: galvanic sludge (11 01 09*), hazardous waste whose "
         "export to a non-OECD country is banned, from La Spezia for a Chennai 'ferro-alloy' buyer; Italian wording "
         "(plating sludges repeat in several sets, as nickel hydroxide and iron-oxide pigment; as low-grade "
         "chromite ore is the new part)", {"importer_country": "IN"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "GH", "870821",
         "Pièces d'intérieur automobile d'occasion, ceintures et volants, 1 conteneur", "BE", 9000, 6000, 3000, "EUR",
         "used interior parts are seats and trims; this container holds 6,000 undeployed airbag modules and "
         "seat-belt pretensioners with their gas generators cut from scrapped cars in a Liège yard, loose in "
         "gaylords, with no dangerous-goods papers: end-of-life vehicle components containing explosive charges "
         "(16 01 10*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Tema; Belgian "
         "French wording (airbag modules repeat in a few sets, to Syria by road and in crashed cars; pretensioners "
         "as seat belts and steering wheels to Ghana are the new part)", {"importer_country": "GH"}),
        ("WST-09", "transit", "DESEA01", "sea", "NO", ["DE"], "CN", "250410",
         "Naturlig grafittpulver, smøremiddelkvalitet, 60 storsekker", "NO", 48000, 60, 24000, "EUR",
         "lubricant-grade graphite is a soft, shiny, grey powder with an assay of 95 % carbon; these big bags hold a "
         "black, heavy powder that reads 20 % nickel, cobalt and lithium, smells of electrolyte and sparks when "
         "damp, from a lithium-battery shredding line: black mass from waste lithium-ion batteries (classed "
         "hazardous waste in the Union since 2025), hazardous waste landed at Hamburg in transit from Oslo to "
         "Shanghai without notification, to a country that forbids waste imports; Norwegian wording (black mass "
         "under graphite labels repeats in several sets, blind18, blind81 and blind88 among them; kept as a known "
         "repeat, in transit through Hamburg from Norway is the new part)",
         {"importer_country": "CN"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "GE", "870193",
         "Μεταχειρισμένα τρακτέρ, 60 kW, σε λειτουργία, 4 τεμ.", "GR", 12000, 4, 16000, "EUR",
         "a farm-machinery container for Poti: used tractors and tyres are what Greek dealers ship to Georgia, but "
         "the third item's 'transformer for reuse' is a 1976 pole-mounted transformer, leaking a heavy, sweet-"
         "smelling oil that tests as askarel: PCB-containing equipment (16 02 09*), hazardous waste whose export to "
         "a non-OECD country is banned, hidden as the last item of a three-item declaration, from Thessaloniki; "
         "Greek wording (PCB transformers repeat in several sets, by themselves; behind tractors to Georgia is the "
         "new part)",
         dict({"importer_country": "GE"},
              _more_items=[item("401220", "Ελαστικά τρακτέρ, μεταχειρισμένα, 20 τεμ.", "GR", 1600, 800, "EUR", qty=20),
                           item("850423", "Μετασχηματιστής για επαναχρησιμοποίηση, 1 τεμ.", "GR", 1400, 300, "EUR", qty=1)])),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "IN", [], "BE", "292690",
         "Ethanedinitrile (EDN) fumigant for export timber, 50 kg cylinders, 30 pcs", "IN", 1500, 30, 27000, "USD",
         "EDN is a gas with a bitter-almond smell sold by one maker under registration; these 30 cylinders, bought "
         "by an Antwerp log-fumigation contractor, carry 2 % chloropicrin as a warning agent, a stamped 'CH3Br' on "
         "the shoulders under the stickers and a liquid density of 1.73 kg/l: methyl bromide, whose import into the "
         "Union is banned (no quarantine exemption remains), by sea from Nhava Sheva; Indian English wording "
         "(methyl bromide repeats in many sets and EDN labels in two, from China to Latvia and Jordan to Greece; from "
         "India to Antwerp is the new part)", firm("Rivage Fumigation SA", "BE")),
        ("OZN-02", "import", "SESEA01", "sea", "US", [], "SE", "382499",
         "Two-phase immersion cooling fluid, hydrofluoroether (HFE-7000 type), 40 drums", "US", 11600, 40, 92000,
         "USD",
         "HFE-7000 boils at 34 °C, weighs 1.40 kg/l and costs about 60 USD/kg from its few makers; these drums, for "
         "a Luleå crypto-mining hall that sinks its rigs in boiling fluid, hold a liquid that boils at 28 °C, weighs "
         "1.46 kg/l, costs 8 USD/kg and whose drum bungs read 'R-123': HCFC-123, whose import into the Union is "
         "banned, by sea from Houston to Gothenburg; US English wording (HCFC-123 repeats in many sets under "
         "extinguisher and chiller labels; as an immersion-cooling fluid was found in no earlier row)",
         firm("Nordhafen Data AB", "SE")),
        ("OZN-03", "import", "SKROAD01", "road", "UA", [], "SK", "271113",
         "Холодоагент R-600a (ізобутан), балони 6,5 кг, 60 шт.", "UA", 390, 60, 1800, "EUR",
         "R-600a cylinders hold 6.5 kg of isobutane at 0.56 kg/l and 2 bar at 20 °C; these 60 read 2.4 bar, weigh "
         "heavier than their fill allows, a leak detector reads a chlorinated gas and the valves are stamped '142b': "
         "HCFC-142b, whose import into the Union is banned, in a van at Vyšné Nemecké for a Košice "
         "refrigerator-repair shop; Ukrainian wording (HCFC-142b and isobutane labels repeat in several sets, as an "
         "ISO tank to Ukraine in blind54; cylinders by van into Slovakia are the new part)",
         firm("Vega Chladenie s.r.o.", "SK")),
        ("OZN-04", "import", "FRAIR01", "express", "IN", [], "FR", "290313",
         "क्लोरोफॉर्म (ट्रायक्लोरोमिथेन), प्रयोगशाळा दर्जा, 10 x 2.5 लि", "IN", 40, 10, 300, "USD",
         "laboratory chloroform weighs 1.48 kg/l, boils at 61 °C and carries amylene or ethanol as stabiliser; these "
         "ten bottles weigh 1.59 kg/l, boil at 77 °C and the supplier's inner label reads CAS 56-23-5: carbon "
         "tetrachloride, whose import into the Union is banned except for licensed uses, sent by express from Pune to "
         "a private 'home laboratory' in Toulouse, although toxic liquids travel by express only as declared "
         "dangerous goods; Marathi wording (carbon tetrachloride repeats in many sets and chloroform labels once, on "
         "deuterated chloroform; from India in Marathi is the new part)", person("Sophie Bernard", "FR")),
        ("OZN-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "382769",
         "R-454B 低GWP制冷剂, 10 kg 钢瓶, 600 瓶", "CN", 6000, 600, 36000, "USD",
         "R-454B reads about 14 bar at 20 °C and comes in pink-banded cylinders with an A2L flame mark; these 600 "
         "grey cylinders read 9 bar, show no flame mark, a gas test gives pure chlorodifluoromethane and the "
         "quota-free price is a third of the market's: HCFC-22, whose import into the Union is banned, by rail from "
         "Chengdu to Małaszewicze for a Łódź refrigerant wholesaler; Chinese wording (HCFC-22 repeats in many sets "
         "and R-454B labels in three, by sea and road; by rail is the new part)",
         firm("Orion Chłodnictwo Sp. z o.o.", "PL")),
        ("OZN-06", "import", "ITSEA01", "sea", "CN", [], "IT", "291513",
         "Formiato di metile, agente espandente per poliuretano, 60 fusti", "CN", 14400, 60, 17000, "USD",
         "methyl formate is a light liquid of 0.97 kg/l with a fruity smell that burns readily; these drums hold a "
         "non-flammable liquid of 1.49 kg/l that boils at 24 °C and whose drum heads are stamped 'R11': CFC-11, "
         "whose import into the Union is banned, by sea from Tianjin to Ravenna for a sandwich-panel maker; Italian "
         "wording (CFC-11 repeats in many sets and a methyl-formate label once, from Kazakhstan to Lithuania in "
         "blind89; by sea to Italy is the new part)", firm("Pannelli Delta Srl", "IT")),
        ("OZN-07", "export", "ITSEA01", "sea", "IT", [], "SN", "841869",
         "Refrigeratori d'acqua ricondizionati, 4 unità, con garanzia", "IT", 8000, 4, 24000, "EUR",
         "refurbished chillers for export carry new refrigerant and a test report; these four screw chillers taken "
         "out of a Bologna hospital still hold their original HCFC-22 charge (120 kg each on the plates) and were "
         "not emptied: equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), "
         "from Genoa to a Dakar hotel builder; Italian wording (R-22 chillers repeat in several sets, from the "
         "Netherlands to Nigeria in blind41 among them; 'refurbished with warranty' from Italy to Senegal is the new "
         "part)", {"importer_country": "SN"}),
        ("OZN-08", "transit", "MTSEA01", "sea", "TR", ["MT"], "NG", "731100",
         "Kullanılmış CO2 tüpleri, gemi yangın sistemi, 80 adet", "TR", 6400, 80, 3200, "USD",
         "CO2 cylinders from a ship's fixed system are heavy, red and hold 45 kg of carbon dioxide at 57 bar; these 80 "
         "from an Aliağa ship-breaking yard read 42 bar, carry 'BTM' and '1301' stencils under new paint and their "
         "valve caps name a halon system: halon 1301 (bromotrifluoromethane), moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Marsaxlokk in transit from Izmir to Lagos; Turkish wording "
         "(halon 1301 repeats in many sets and ex-ship CO2 cylinders holding it in blind75, "
         "from Türkiye to Greece; kept as a known repeat, in transit through Malta to Nigeria is the new part)", {"importer_country": "NG"}),
        ("OZN-09", "import", "CZAIR01", "express", "TW", [], "CZ", "382499",
         "精密清洗溶劑 HFC-43-10mee (Vertrel XF 同級), 6 x 5 kg", "TW", 30, 6, 900, "USD",
         "HFC-43-10mee boils at 55 °C and costs about 40 USD/kg; these six cans cost a tenth of that, boil at 47.6 °C, "
         "weigh 1.56 kg/l and the filler's inner labels read 'F-113': CFC-113, whose import into the Union is banned, "
         "sent by express from Taoyuan to a Brno electronics repairer; Chinese wording from Taiwan (CFC-113 repeats in "
         "many sets and a Vertrel label once, in blind10; from Taiwan by express is the new part)",
         firm("Central Elektro s.r.o.", "CZ")),
        ("OZN-10", "import", "BGROAD01", "road", "TR", [], "BG", "382764",
         "Soğutucu gaz R-404A, dondurma vitrinleri için, 10,9 kg tüp, 12 adet", "TR", 131, 12, 600, "EUR",
         "R-404A cylinders for ice-cream display cabinets are orange, refillable and certified, at a price set by the "
         "Union's HFC quota; these twelve read 11 bar at 20 °C instead of 10, carry 'R-502' on the old stamping under "
         "the new labels and a gas test gives CFC-115 with HCFC-22, at half the quota price: R-502, an "
         "ozone-depleting blend whose import into the Union is banned, in a van at Kapitan Andreevo for a Burgas "
         "seaside ice-cream parlour; Turkish wording (R-502 repeats in a few sets and ice-cream covers in several; "
         "R-502 under an R-404A label by road from Türkiye to Bulgaria is the new part)",
         firm("Delta Sladoled EOOD", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "GE", [], "DE", "711719",
         "Бижутерия позолоченная, этнический стиль, 14 предметов", "GE", 1.2, 14, 280, "USD",
         "gold-plated costume jewellery is light brass with a bright, even plating; these fourteen pieces are heavy, "
         "soft, high-carat gold plaques and appliqués with stags, griffins and panthers in the animal style, with "
         "museum inventory numbers scratched on the backs that match the Melitopol museum's Scythian collection "
         "taken in 2022: archaeological objects removed from Ukraine, brought in without an import licence "
         "(Regulation 2019/880) and against the UNESCO 1970 convention, flown from Tbilisi to Munich for a "
         "collector; Russian wording from Georgia (Scythian gold from the Melitopol museum as gilt "
         "bijouterie repeats blind49, by road from Georgia to Bulgaria; kept as a known repeat, by air to Germany is "
         "the new part)", person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "FRAIR01", "express", "MM", [], "FR", "442090",
         "ယွန်းထည် အလှဆင်ပစ္စည်း၊ ခေါင်းအုပ်ပါ ဘူး၊ 2 ခု", "MM", 14, 2, 120, "USD",
         "Bagan lacquerware boxes are new, light bamboo coiled under red and black lacquer; these two are heavy "
         "gilded and lacquered wooden shrines holding a seated bronze Buddha and a brick-and-stucco fragment painted "
         "with jataka scenes, with lime plaster on the back, cut from a Bagan-period temple: religious objects and "
         "a mural fragment over 250 years old from Myanmar, which forbids their export, brought in without an import "
         "licence (Regulation 2019/880), sent by express from Mandalay to a Lyon dealer; Burmese wording (Buddhist "
         "images from Myanmar and Thailand repeat in several sets and painted temple plaster in blind62, from "
         "Thailand as contemporary panels; a lacquerware label by express from Myanmar is the new part)", firm("Galerie Orion SARL", "FR")),
        ("CUL-03", "import", "DEAIR01", "express", "CR", [], "DE", "711790",
         "Colgantes de piedra verde, artesanía nueva de Guanacaste, 9 piezas", "CR", 0.8, 9, 90, "USD",
         "new greenstone pendants from Guanacaste craft shops are dyed serpentine, machine-drilled and glossy; these "
         "nine are translucent blue-green jadeite axe-gods and bird pendants with conical string-sawn holes, root "
         "marks and grave soil: Nicoya jades (300 BC-AD 700), archaeological objects whose export Costa Rica forbids, "
         "brought in without an import licence (Regulation 2019/880), sent by express from San José to a private "
         "collector in Hamburg; Costa Rican Spanish wording (pre-Columbian greenstone repeats in a few sets and Costa "
         "Rican stone spheres and metates in four; Nicoya jade axe-gods were found in no earlier row)",
         person("Privatperson", "DE")),
        ("CUL-04", "import", "ESAIR01", "air", "PH", [], "ES", "691390",
         "Mga replika ng lumang porselanang asul at puti, 24 piraso", "PH", 36, 24, 480, "USD",
         "blue-and-white reproductions from Manila shops are bright, even and unworn; these 24 plates and jars are "
         "late-Ming kraak porcelain with barnacle scars, coral concretions and sea-worn glaze, raised by divers from "
         "a 1600 Spanish galleon wreck in Nasugbu Bay: underwater archaeological heritage of the Philippines, whose "
         "export the Philippines forbids, brought in without an import licence (Regulation 2019/880), flown from "
         "Manila to Madrid for a Seville antiques dealer; Tagalog wording (shipwreck porcelain repeats in several "
         "sets, from Vietnam and Indonesia; from a Philippine galleon wreck in Tagalog is the new part)",
         firm("Antigüedades Meridian SL", "ES")),
        ("CUL-05", "import", "ITAIR01", "air", "EG", [], "IT", "460219",
         "منتجات يدوية نوبية: سلال وأواني فخارية، ١٢ قطعة", "SD", 22, 12, 150, "USD",
         "Nubian craft baskets and pots from Aswan bazaars are new, brightly dyed and light; among these twelve are "
         "thin-walled, polished red pots with a black rim, blue-glazed faience amulets and a Meroitic offering table "
         "with cursive inscription, still bearing Sudan National Museum labels: Kerma and Meroitic antiquities looted "
         "from Khartoum in the war, carried through Egypt and brought in without an import licence (Regulation "
         "2019/880), flown from Cairo to Rome for a dealer; Sudanese Arabic wording (objects "
         "looted from the Khartoum museum repeat in a few sets, via Egypt to Italy as faience souvenirs in blind49; "
         "as Nubian craft baskets by air is the new part)",
         firm("Arte Orion Srl", "IT")),
        ("CUL-06", "transit", "DEAIR01", "air", "KH", ["DE"], "US", "392690",
         "Resin garden statue, stone effect, Apsara, 1 pc", "KH", 95, 1, 120, "USD",
         "resin garden statues are light and hollow, with a cast seam; this one is solid grey sandstone of 95 kg, a "
         "tenon broken off at the feet and lichen in the folds: the torso of a 12th-century Khmer devata cut from a "
         "temple wall in Banteay Meanchey, which Cambodia forbids to export, introduced into the Union without an "
         "import licence (Regulation 2019/880) in air transit through Frankfurt from Phnom Penh to New York; English "
         "wording (Khmer sandstone repeats in many sets, mostly by sea to France and the Netherlands; in air transit "
         "through Frankfurt as a resin statue is the new part)", {"importer_country": "US"}),
        ("CUL-07", "export", "BEROAD01", "road", "BE", [], "GB", "441899",
         "Oude eiken lambrisering, gerecupereerd, voor hergebruik, 1 partij", "BE", 1400, 1, 2500, "EUR",
         "reclaimed oak panelling from house clearances is plain, machine-moulded boards; this lot is carved oak "
         "pulpit and communion-rail panels with baroque putti, the evangelists and a 1720 date, numbered for "
         "reassembly, taken from a deconsecrated Flemish village church: elements forming an integral part of a "
         "religious monument, over 100 years old, which need an export licence at any value (Regulation 116/2009), "
         "exported without one, at Zeebrugge for a London architectural-salvage dealer; Flemish wording "
         "(architectural salvage repeats in several sets; church pulpit panels as reclaimed oak panelling were found "
         "in no earlier row)", {"importer_country": "GB"}),
        ("CUL-08", "export", "MTSEA01", "sea", "MT", [], "US", "691390",
         "Amfori tat-terrakotta għall-ġnien, ġodda, 6 biċċiet", "MT", 150, 6, 300, "EUR",
         "new garden amphorae are smooth, pale and evenly fired, with flat bases to stand on; these six are pointed "
         "Punic and Roman transport amphorae with marine encrustation, worm tubes and resin lining, lifted from a "
         "wreck site off Gozo: archaeological objects over 100 years old, which need an export licence at any value "
         "(Regulation 116/2009) and which Maltese law keeps as protected underwater heritage, from Marsaxlokk for a "
         "Florida collector; Maltese wording (amphorae as garden jars repeat in several sets, from Türkiye, Tunisia "
         "and Italy; from Malta is the new part)", {"importer_country": "US"}),
        ("CUL-09", "export", "BGROAD01", "road", "BG", [], "RS", "830629",
         "Сувенирни реплики на антични монети, 120 броя", "BG", 1.8, 120, 120, "EUR",
         "souvenir coin replicas are cast, light, with soft details and a bright patina; these 120 are struck silver "
         "tetradrachms of Thasos and Celtic imitations of Philip II with horn silver and soil in the legends, from "
         "detector finds near Kardzhali: archaeological objects over 100 years old, which need an export licence "
         "at any value (Regulation 116/2009) and which Bulgarian law keeps as cultural property, in a car at "
         "Kalotina for a Niš coin dealer; Bulgarian wording (ancient coins repeat in many sets and Bulgarian silver "
         "as scrap in a few; as souvenir replicas by road to Serbia is the new part)", {"importer_country": "RS"}),
        ("CUL-10", "import", "ESSEA01", "sea", "MX", [], "ES", "442090",
         "Alebrijes de madera tallada, Oaxaca, 300 piezas", "MX", 450, 300, 4500, "USD",
         "a Mexican folk-art container for a Madrid shop: carved alebrijes and Talavera plates are what such shops "
         "import, but the third item's 'réplicas de figuras prehispánicas' are four Teotihuacan stone masks and a "
         "Zapotec urn with soil in the hollows, root marks and no mould seams: archaeological objects that are "
         "Mexican national property, brought in without an import licence (Regulation 2019/880), hidden as the last "
         "item of a three-item declaration, by sea from Veracruz to Valencia; Mexican Spanish wording "
         "(pre-Columbian objects as replicas repeat in many sets, Teotihuacan masks and a Zapotec urn "
         "in blind12, blind37 and blind50; behind alebrijes and Talavera by sea is the new part)",
         dict(firm("Artesanía Vega SL", "ES"),
              _more_items=[item("691200", "Platos de Talavera pintados a mano, 400 piezas", "MX", 320, 2800, "USD", qty=400),
                           item("680299", "Réplicas de figuras prehispánicas, piedra, 5 piezas", "MX", 60, 150, "USD", qty=5)])),
    ],
    "strategic": [
        ("STR-01", "export", "LVRAIL01", "rail", "LV", ["RU"], "KZ", "382000",
         "Logu mazgāšanas šķidruma koncentrāts, -60 °C, 40 IBC", "LV", 40000, 40, 120000, "EUR",
         "windscreen-washer concentrate is methanol or ethanol with dye, scent and detergent, blue and cheap; these "
         "IBCs hold a colourless, odourless, oily glycol ether with no dye or detergent, DiEGME to the aviation "
         "specification, at 3 EUR/kg, for an Almaty 'car-care' firm whose buyer refuels a Russian airline's fleet: "
         "jet-fuel system icing inhibitor, an aviation good whose sale for use in Russia is banned (Regulation "
         "833/2014, Article 3c, Annex XI), by rail from Riga through Russia; Latvian wording (fuel additives repeat "
         "in a few sets, as anti-gel and diesel additives, and a windscreen-washer label once, on a precursor in "
         "blind83; a jet-fuel icing inhibitor as windscreen-washer concentrate was found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-02", "export", "NLAIR01", "express", "NL", [], "KG", "852589",
         "Dashcam-modules, reserveonderdelen, 500 stuks", "NL", 10, 500, 2500, "EUR",
         "dashcam spare modules are wide-angle 1080p boards with a loop-recording chip at a few euros; these 500 are "
         "low-latency analogue FPV cameras with starlight sensors and a 19 mm drone mount, the kind built into "
         "first-person-view attack drones, for a Bishkek 'car-electronics' shop whose consignee ships to Moscow: "
         "common high-priority items (Regulation 833/2014, Annex XXIII) routed through Kyrgyzstan, sent by express "
         "from Amsterdam; Dutch wording (drone parts to Russia through Central Asia repeat in many sets and a dashcam label "
         "once, by sea to Georgia in blind50; FPV cameras as dashcam modules by express to Kyrgyzstan are the new "
         "part)", {"importer_country": "KG"}),
        ("STR-03", "import", "BGROAD01", "road", "TR", [], "BG", "390120",
         "Geri dönüştürülmüş HDPE granül, Türk menşeli, 22 t", "TR", 22000, None, 22000, "USD",
         "recycled HDPE granules are grey or coloured, smell faintly and vary in melt index; these bags hold "
         "snow-white virgin film-grade pellets with one melt index, the bag liners printed 'Jam Petrochemical' under "
         "Turkish over-bags, and the Gebze 'recycler' has no washing line: Iranian petrochemicals, whose import into "
         "the Union is banned (Regulation 267/2012), declared as Turkish recycled granules, by lorry at Kapitan "
         "Andreevo for a Plovdiv film maker; Turkish wording (Iranian polyethylene under third-country papers "
         "repeats in several sets, by sea from Türkiye and the Emirates; as recycled granules by road is the new "
         "part)", firm("Orion Plast EOOD", "BG")),
        ("STR-04", "import", "ESSEA01", "sea", "TR", [], "ES", "730630",
         "Kaynaklı çelik borular, Türk menşeli, 1.200 t", "TR", 1200000, None, 900000, "USD",
         "Turkish welded tubes carry mill certificates naming the Turkish steelworks that cast the slab; these "
         "certificates name an Iskenderun tube mill, but the heat numbers trace the hot-rolled coil to slabs cast at "
         "Magnitogorsk: iron and steel products processed in a third country from Russian semi-finished steel, whose "
         "import into the Union is banned (Regulation 833/2014, Article 3g), by sea to Tarragona for a construction "
         "supplier; Turkish wording (Russian steel under Turkish papers repeats in several sets, as slabs in blind18; "
         "welded tubes rolled from Russian slabs are the new part)", firm("Aceros Atlantic SL", "ES")),
        ("STR-05", "export", "DEAIR01", "express", "DE", [], "HK", "847330",
         "USB-Audio-Interface-Karten, PCIe, 40 Stück", "DE", 16, 40, 3200, "EUR",
         "PCIe audio interface cards have a 24-bit/192 kHz converter and sell for 100-300 EUR; these 40 are 12-bit "
         "digitiser cards sampling at 5 GS/s with a fast interface, at 18,000 EUR each on the maker's invoice, for a "
         "Hong Kong 'studio supplier' whose buyer ships to Russia: analogue-to-digital converters controlled as "
         "dual-use (3A002) and listed for Russia, exported without a licence, by express from Munich; German "
         "wording (USB audio interfaces covered other electronics once, by express to Serbia in blind91; digitiser "
         "cards as audio cards to Hong Kong are the new part)", {"importer_country": "HK"}),
        ("STR-06", "transit", "PLSEA01", "sea", "CN", ["PL"], "BY", "847710",
         "注塑机, 全新, 280 吨, 4 台", "CN", 48000, 4, 360000, "USD",
         "injection-moulding machines have a hopper, a screw barrel and a clamping unit; these four crates hold "
         "five-axis vertical machining centres with tilting tables, linear scales and spindles for steel, for a "
         "Minsk plant that makes missile-carrier chassis: dual-use machine tools (2B001), whose transit through the "
         "Union to Belarus is banned as for Russia (Regulation 765/2006), landed at Gdańsk in transit from "
         "Qingdao by rail to Minsk; Chinese wording (machining centres repeat in many sets and injection-moulding "
         "covers in two, as exports; in transit through Gdańsk to Belarus is the new part)",
         {"importer_country": "BY"}),
        ("STR-07", "export", "ATAIR01", "express", "AT", [], "GE", "903190",
         "ფიტნეს-ტრეკერის სენსორები, სათადარიგო, 200 ცალი", "AT", 4, 200, 2000, "EUR",
         "fitness-tracker sensors are fingernail-sized accelerometer chips on tape at a few euros; these 200 are "
         "tactical-grade MEMS inertial measurement units in machined housings with a gyro bias under 1 °/h, at 2,000 "
         "EUR each on the maker's invoice, for a Tbilisi 'outdoor shop' whose buyer forwards to a Russian drone "
         "maker: navigation items on the common high-priority list (Regulation 833/2014, Annex XXIII) and dual-use "
         "(7A), exported without a licence, by express from Vienna; Georgian wording (MEMS inertial units repeat in a "
         "few sets, as car-navigation sensors in blind45, and a fitness-tracker label once, to Serbia in blind86; as "
         "fitness-tracker sensors by express to Georgia is the new part)",
         {"importer_country": "GE"}),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "AE", "681512",
         "Laminaat voor kitesurfplanken, koolstof, halffabricaat, 8 t", "NL", 8000, None, 40000, "EUR",
         "kitesurf-board laminate is a cheap woven glass or standard-modulus carbon cloth; this is 8 t of flat, refrigerated "
         "prepreg rolls of high-modulus carbon fibre above 25 GPa specific modulus in epoxy, at 5 EUR/kg against "
         "the 60 EUR/kg it is worth, for a Jebel Ali 'sporting goods' trader whose buyer is an Iranian "
         "centrifuge-rotor workshop: fibrous materials controlled as dual-use (1C010 and 1C210) and covered by "
         "Regulation 267/2012 on Iran, exported without a licence, from Rotterdam; Dutch wording (carbon fibre under "
         "sporting-goods labels repeats in several sets, fishing-rod blanks to Jebel Ali in blind72 among them; a "
         "kitesurf-board label was found in no earlier row)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "PLROAD01", "road", "PL", [], "BY", "848180",
         "Zawory do browarów rzemieślniczych, stal nierdzewna, 120 szt.", "PL", 1800, 120, 9000, "EUR",
         "craft-brewery valves are stainless butterfly valves at 50-100 EUR; these 120 are bellows-sealed valves of "
         "nickel alloy with all wetted parts in Hastelloy, at 1,800 EUR each, for a Minsk 'brewery' that is a "
         "chemical plant: corrosion-resistant valves controlled as dual-use (2B350.g), whose export to Belarus is "
         "banned (Regulation 765/2006), in a lorry at Kukuryki; Polish wording (dual-use valves repeat in several sets "
         "and brewery-valve covers in blind90, by air to Armenia; kept as a known repeat, by road to Belarus is the "
         "new part)", {"importer_country": "BY"}),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "TR", "847950",
         "Kit barista robotico per caffetterie, 6 bracci", "IT", 9000, 6, 18000, "EUR",
         "robotic barista kits are light, six-axis collaborative arms of 20-30 kg with a cup gripper; these six are "
         "industrial robots of 1,500 kg each with 200 kg payload and welding controllers, for an Istanbul 'café "
         "chain' whose delivery note names a Tolyatti car plant making military trucks: industrial robots on the "
         "Union's list for Russia (Regulation 833/2014, Annex XXIII) routed through Türkiye, from Genoa; Italian "
         "wording (industrial robots repeat in several sets; as robotic barista kits was found in no earlier row)",
         {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "IN", [], "DE", "121190",
         "सूखी वच जड़ (Acorus calamus), आयुर्वेदिक, 3 किलो", "IN", 3, 6, 45, "USD",
         "dried calamus root (vach) is spongy, light brown, ringed and smells of camphor and spice; these six packets "
         "hold hard, grey-brown, carrot-shaped roots with a violet-tinged oily core and a heavy smell of violets and "
         "old fur: costus root (Saussurea costus, kuth, CITES App. I) without CITES documents, posted from Amritsar "
         "to a private Ayurveda practitioner in Cologne; Hindi wording (costus root repeats in several "
         "sets, as qust hindi and mu xiang, and a calamus label once, on another root from Nepal in blind56; on "
         "costus, posted from India, is the new part)", person("Lena Wagner", "DE")),
        ("WLF-02", "import", "NLAIR01", "air", "ZA", [], "NL", "071490",
         "Elephant's foot yam tubers (Dioscorea), dried, for decoration, 6 pcs", "ZA", 210, 6, 300, "USD",
         "dried Dioscorea tubers are corky, cracked domes of a few kilograms; these six are 35 kg, blue-grey, "
         "armoured trunks of leaf bases with cut crowns and fresh root scars, dug on the Eastern Cape hills: wild "
         "cycads (Encephalartos spp., CITES App. I) without CITES documents, flown from Port Elizabeth to Amsterdam "
         "for a collector's nursery; South African English wording (Encephalartos repeats in many sets, as palm "
         "trunks and bulbs, and yam labels cover other goods in a few; cycads as elephant's-foot yam tubers are the "
         "new part)", firm("Horizon Plants BV", "NL")),
        ("WLF-03", "import", "ESSEA01", "sea", "HN", [], "ES", "440839",
         "Chapa de meranti para cajas de puros, 8 t", "HN", 8000, None, 16000, "USD",
         "meranti veneer is Asian, pale to reddish and scentless, and Honduras does not grow it; these bundles are "
         "pinkish-red, light, with a strong cedar scent when cut and sticky resin pores, from the Mosquitia: Spanish "
         "cedar (Cedrela odorata, CITES App. II since 2020) veneer without a CITES permit, by sea from Puerto Cortés to "
         "Algeciras for a cigar-box maker; Honduran Spanish wording (Cedrela repeats in "
         "several sets as sawn wood from Bolivia, Peru and Brazil, and a meranti label once, on Indonesian timber in "
         "blind36; veneer from Honduras under a meranti label is the new part)",
         firm("Cajas Meridian SL", "ES")),
        ("WLF-04", "import", "BESEA01", "sea", "TZ", [], "BE", "140490",
         "Magome ya mikoko kwa kutengeneza ngozi, magunia 400, tani 16", "TZ", 16000, 400, 8000, "USD",
         "mangrove bark for leather tanning is thin, brick-red and astringent, and its export is tightly limited; "
         "these sacks hold thick, grey-brown slabs that smell of bitter almond when broken, from the Usambara and "
         "Kilimanjaro forests: Prunus africana (pygeum, CITES App. II) bark without a CITES permit, by sea from Dar es "
         "Salaam to Antwerp for a plant-extract maker; Swahili wording (Prunus africana repeats in several sets, as "
         "tea, cinnamon and cinchona bark; a tanning-bark label from Tanzania was found in no earlier row)",
         firm("Central Extracts SA", "BE")),
        ("WLF-05", "export", "PTAIR01", "air", "PT", [], "HK", "030639",
         "Culturas vivas de Artémia para aquacultura, sacos com oxigénio, 90 kg", "PT", 90, None, 2700, "EUR",
         "live Artemia cultures are dense, orange-brown swarms of tiny brine shrimp in salty water at a few euros a "
         "kilo; these bags in fresh cold water hold wriggling, yellow-brown, 8-10 cm eels, caught as glass eels in "
         "the Minho estuary in spring, kept in farm tanks and worth hundreds of euros a kilo: glass eels (Anguilla anguilla, CITES "
         "App. II, no Union export allowed) without CITES documents, flown from Lisbon to Hong Kong; Portuguese "
         "wording (glass eels repeat in many sets, as loaches, surimi and shrimp post-larvae; an Artemia label was "
         "found in no earlier row)", {"importer_country": "HK"}),
        ("WLF-06", "import", "DESEA01", "sea", "AE", [], "DE", "440729",
         "African padauk (Pterocarpus soyauxii) sawn lumber, 20 m3", "AE", 18000, None, 27000, "USD",
         "African padauk is coral-red, coarse and light-weighted, turning brown in light, and comes from West and "
         "Central Africa; these boards are blood-red, so dense they sink, with a wavy grain that stains water orange "
         "and a Jebel Ali re-sawing mark over Andhra Pradesh forest hammer marks: red sanders (Pterocarpus santalinus, "
         "CITES App. II, Indian export ban on wild wood) without a CITES permit, by sea from Jebel Ali to Hamburg for "
         "a Japanese-instrument supplier; English wording (red sanders repeats in many sets and padauk labels in "
         "several; red sanders under a padauk label into Hamburg is the new part as far as a search found)",
         firm("Meridian Edelholz GmbH", "DE")),
        ("WLF-07", "import", "ESROAD01", "road", "MA", [], "ES", "030791",
         "Escargots vivants (Helix aspersa), 3 caisses de 10 kg", "MA", 30, 3, 90, "EUR",
         "live snails for the table travel in ventilated crates of small, brown, spiral shells at a few euros a kilo; "
         "these three crates hold 120 domed, yellow-and-black young tortoises with spurs on the thighs, collected in "
         "the Middle Atlas: spur-thighed tortoises (Testudo graeca, CITES App. II, EU Annex A) without CITES documents, "
         "in a camper van through Tanger Med to Algeciras for a private person in Málaga; Moroccan French wording "
         "(Testudo graeca repeats in several sets and a live-snail label once, on giant land snails from Madagascar "
         "in blind64; tortoises declared as edible snails by road from Morocco is the new part)",
         person("Particular", "ES")),
        ("WLF-08", "import", "DEPOST01", "post", "NA", [], "DE", "121190",
         "Rooibostee, los, gedroog, 2 kg", "NA", 2, 4, 40, "EUR",
         "rooibos is fine, red-brown needle-like leaf and twig, sweet-smelling; these four bags hold pale green-brown, "
         "spiny, chopped fleshy stem slices that taste intensely bitter, dug in the Kalahari: Hoodia gordonii (CITES "
         "App. II, its dried parts covered unless labelled as from controlled harvest) without CITES documents, "
         "posted from Windhoek to a private person in Hanover who sells slimming products online; Afrikaans wording "
         "(Hoodia repeats in several sets, as slimming tea and capsules; a rooibos label from Namibia was found in no "
         "earlier row)", person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "ITAIR01", "express", "DO", [], "IT", "960200",
         "Pulseras de cáscara de coco pulida, artesanía, 40 unidades", "DO", 0.8, 40, 200, "USD",
         "coconut-shell bracelets are dark brown, fibrous on the inside and light; these forty are translucent, "
         "amber-and-brown mottled plates that soften in hot water and smell of burnt hair under a hot needle: "
         "hawksbill turtle shell (carey, Eretmochelys imbricata, CITES App. I) without CITES documents, sent by express "
         "from Santo Domingo to a private person in Rimini; Dominican Spanish wording (hawksbill shell repeats in "
         "several sets, as Cuban hair clips and Japanese bekko, and a coconut-jewellery label once, from the "
         "Philippines in blind79; coconut-shell bracelets from the Dominican Republic are the new part)",
         person("Giulia Rossi", "IT")),
        ("WLF-10", "import", "BEAIR01", "air", "CM", [], "BE", "030549",
         "Poisson fumé (silure), cartons de 10 kg, 12 cartons", "CM", 120, 12, 600, "EUR",
         "a Cameroonian food shipment for a Brussels African grocery: smoked catfish and njansang seeds are what such "
         "shops import, but the third item's 'coquilles d'escargots géants pour artisanat' are 80 kg of brown, "
         "overlapping, fingernail-like keratin scales: white-bellied pangolin scales (Phataginus tricuspis, CITES "
         "App. I) without CITES documents, hidden as the last item of a three-item declaration, flown from Douala to "
         "Brussels; Cameroonian French wording (pangolin scales repeat in many sets, as fish scales and cashew "
         "cargoes, and snail-shell labels cover other goods in a few; as giant-snail shells behind a grocery air "
         "shipment is the new part)",
         dict(firm("Épicerie Delta SPRL", "BE"),
              _more_items=[item("120799", "Graines de njansang séchées, 40 kg", "CM", 40, 320, "EUR", qty=None),
                           item("050800", "Coquilles d'escargots géants pour artisanat, 80 kg", "CM", 80, 160, "EUR")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "280800",
     "Nitric acid 15 %, 2 x 1 l, for a licensed private user (copper-still maintenance)", "BA", 2.2, 2, 40, "BAM",
     [("PRECURSOR_LICENCE", "HR-MUP-43-0057")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEPOST01", "post", "KR", "DE", "282990",
     "Sodium perchlorate 99 %, 500 g, for a licensed private user (amateur electrochemistry)", "KR", 0.5, 1, 40000,
     "KRW", [("PRECURSOR_LICENCE", "DE-BAFA-43-0213")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DERAIL01", "rail", "SK", "DE", "380190",
     "Spent pot lining (16 11 01*), for treatment at a licensed plant, 2 wagons", "SK", 120000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-ST-43-0119")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "250410",
     "Black mass from waste lithium-ion batteries, for hydrometallurgical recovery at a licensed plant, 40 t", "NO",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-43-0031")], "notified black mass to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for a critical use in aircraft engine-nacelle fire "
     "protection", "US", 800, 20, 36000, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-43-004")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "BESEA01", "sea", "IN", "BE", "290314",
     "Carbon tetrachloride, 30 drums, for use as feedstock in fluorochemical synthesis", "IN", 9000, 30, 9000, "USD",
     [("ODS_LICENCE", "BE-SPF-ODS-43-011")], "carbon tetrachloride imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "BEROAD01", "road", "BE", "GB", "970310",
     "Carved oak pulpit panels, Flanders, 1720, from a deconsecrated church, sold with the diocese's consent", "BE",
     900, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-EXP-43-0044")], "church furnishings exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "MTSEA01", "sea", "MT", "US", "970510",
     "Roman transport amphora, documented old collection, de-accessioned", "MT", 28, 1, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "MT-SCH-EXP-43-0008")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "847330",
     "High-speed digitiser cards, 12-bit 5 GS/s, 10 units, for a Japanese physics laboratory", "DE", 4, 10, 180000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-43-1187"), ("END_USER_CERTIFICATE", "JP-METI-EUC-43-0061")],
     "dual-use analogue-to-digital converters under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PLROAD01", "road", "PL", "CH", "848180",
     "Hastelloy bellows-sealed valves, 40 units, for a Swiss pharmaceutical plant", "PL", 600, 40, 72000, "EUR",
     [("EXPORT_LICENCE", "PL-DKE-43-0402"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-43-0019")],
     "dual-use corrosion-resistant valves under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "121190",
     "Prunus africana bark, managed harvest within Cameroon's export quota, 12 t", "CM", 12000, None, 18000, "USD",
     [("CITES_PERMIT", "CM-MINFOF-43-0092")], "App. II pygeum bark with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "060290",
     "Encephalartos seedlings, artificially propagated, registered nursery, 40 plants", "ZA", 60, 40, 4000, "USD",
     [("CITES_PERMIT", "ZA-EC-43-0315")], "App. I cycads artificially propagated, with their CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatna osoba", "PRM-02": "Privatperson", "PRM-05": "Rivage Aero Maintenance SARL",
    "PRM-07": "Meridian Architectural Antiques Ltd", "PRM-11": "Central Extracts SA",
    "PRM-12": "Horizon Plants BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("250100", "Korean bamboo salt, roasted, 1 kg", "import", ["post"], ["KR"], (15, 30), (1, 4), ["USD", "KRW"], 1, S),
    ("340290", "Ultrasonic gem-cleaning detergent, water-based, 1 l", "import", ["express"], ["TH", "IN"], (8, 15), (1, 4), ["USD"], 1, S),
    ("293369", "Cyanuric acid pool stabiliser, 5 kg buckets", "import", ["sea"], ["CN"], (1.5, 2.5), (12000, 20000), ["USD"], 0.2, S),
    ("340590", "Copper-still cleaning paste, citric-acid based, 500 g", "import", ["road"], ["BA", "RS"], (4, 7), (2000, 5000), ["EUR"], 2, S),
    ("283699", "Sodium percarbonate oxygen bleach, 1 kg tubs", "import", ["rail"], ["CN"], (1, 1.8), (10000, 18000), ["USD"], 1, S),
    ("291619", "Potassium sorbate for home wine-making, 100 g", "import", ["post"], ["GE", "GB"], (20, 40), (1, 3), ["EUR", "GBP"], 10, S),
    ("170230", "Light corn syrup for candy making, 1 l bottles", "import", ["express"], ["US", "CA"], (6, 12), (1, 5), ["USD"], 1, S),
    ("283620", "Papad khar (sodium carbonate salts), 100 g packs", "import", ["sea"], ["IN"], (1, 2), (2000, 6000), ["USD"], 10, S),
    ("330190", "Orange-blossom water, distilled, 250 ml bottles", "import", ["sea"], ["TN", "MA"], (2, 4), (4000, 10000), ["EUR"], 4, S),
    ("370790", "Photographic fixer, sodium thiosulphate, 1 kg", "import", ["air"], ["JP", "US"], (8, 15), (100, 500), ["USD"], 1, S),
    ("380190", "Graphite cathode blocks, new, machined", "export", ["rail"], ["TR", "RS"], (2, 4), (18000, 40000), ["EUR"], None, S),
    ("251710", "Crushed granite aggregate 16/32, quarried", "export", ["road"], ["BA", "RS"], (0.01, 0.03), (22000, 26000), ["EUR"], None, S),
    ("252220", "Hydrated lime, bagged, for soil stabilisation", "export", ["road"], ["BA", "RS"], (0.12, 0.2), (20000, 26000), ["EUR"], None, S),
    ("902580", "Aneroid barometers, brass case, new", "export", ["air"], ["CO", "US"], (40, 80), (50, 200), ["EUR"], 1, S),
    ("842441", "Knapsack sprayers, new", "export", ["road"], ["MD", "UA"], (6, 10), (2000, 6000), ["EUR"], 0.2, S),
    ("870821", "Seat belts, new, boxed", "export", ["sea"], ["GH", "NG"], (8, 14), (2000, 6000), ["EUR"], 1, S),
    ("250410", "Natural graphite powder, lubricant grade", "import", ["sea"], ["CN", "MZ"], (1, 2), (10000, 20000), ["USD"], None, S),
    ("870193", "Tractors, used, roadworthy, 60 kW", "export", ["sea"], ["GE", "MA"], (2, 4), (6000, 16000), ["EUR"], 0.0003, S),
    ("630612", "Fumigation sheets, PVC-coated polyester", "import", ["sea"], ["IN", "CN"], (3, 5), (4000, 10000), ["USD"], None, S),
    ("382499", "Single-phase immersion cooling fluid, polyalphaolefin-based", "import", ["sea"], ["US"], (5, 9), (8000, 16000), ["USD"], None, S),
    ("271113", "Isobutane (R-600a) for aerosol filling, cylinders", "import", ["road"], ["UA", "RS"], (1.5, 3), (2000, 6000), ["EUR"], None, S),
    ("731100", "Seamless steel gas cylinders, empty, new", "import", ["sea"], ["TR", "CN"], (2, 4), (6000, 14000), ["USD", "EUR"], 0.02, S),
    ("392113", "PIR insulation boards, pentane-blown", "import", ["sea"], ["CN", "TR"], (2, 3.5), (6000, 12000), ["USD"], None, S),
    ("841869", "Water chillers, new, with R-290 charge", "export", ["sea"], ["SN", "NG"], (6, 10), (3000, 9000), ["EUR"], 0.001, S),
    ("560394", "Lint-free cleaning swabs for electronics", "import", ["express"], ["TW", "CN"], (20, 40), (1, 4), ["USD"], 50, S),
    ("732393", "Stainless steel gelato pans, new", "import", ["road"], ["TR"], (6, 10), (1000, 4000), ["EUR"], 0.7, S),
    ("711719", "Gold-plated brass costume jewellery", "import", ["air"], ["GE", "TR"], (60, 120), (20, 100), ["USD"], 10, S),
    ("442090", "Bagan lacquerware boxes, new", "import", ["express"], ["MM", "TH"], (30, 60), (1, 4), ["USD"], 3, S),
    ("711790", "Dyed serpentine pendants, new craft", "import", ["express"], ["CR", "MX"], (40, 80), (1, 2), ["USD"], 20, S),
    ("691390", "Blue-and-white porcelain reproductions, new", "import", ["air"], ["PH", "CN"], (8, 15), (50, 300), ["USD"], 1, S),
    ("460219", "Nubian palm-leaf baskets, new", "import", ["air"], ["EG"], (6, 12), (50, 300), ["USD"], 1, S),
    ("392690", "Resin garden statues, stone effect", "import", ["sea"], ["KH", "VN"], (3, 6), (3000, 8000), ["USD"], 0.05, S),
    ("441899", "Reclaimed oak floorboards, kiln-dried", "export", ["road"], ["GB", "CH"], (3, 6), (4000, 12000), ["EUR"], None, S),
    ("691390", "Terracotta garden amphorae, new", "export", ["sea"], ["US", "AU"], (3, 6), (2000, 6000), ["EUR"], 0.04, S),
    ("830629", "Souvenir coin replicas, cast brass", "export", ["road"], ["RS", "MK"], (20, 40), (50, 300), ["EUR"], 60, S),
    ("442090", "Carved wooden alebrijes, new", "import", ["sea"], ["MX"], (6, 12), (1000, 4000), ["USD"], 0.7, S),
    ("390120", "Recycled HDPE granules, washed, grey", "import", ["road"], ["TR"], (0.6, 1.0), (18000, 24000), ["EUR"], None, S),
    ("848180", "Stainless butterfly valves for breweries", "export", ["road"], ["UA", "RS"], (20, 40), (500, 2000), ["EUR"], 0.5, S),
    ("910212", "GPS sports watches", "export", ["express"], ["GE", "AM"], (200, 400), (1, 3), ["EUR"], 15, S),
    ("950629", "Kitesurf boards, glass-fibre, new", "export", ["sea"], ["AE", "MA"], (20, 40), (1000, 4000), ["EUR"], 0.25, S),
]
# Everyday trade: as in blind88 and blind96, blind80's everyday rows (blind72's, with blind80's own rows), with four
# new rows instead of blind96's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460129", "Bamboo roll-up window blinds", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.5, N),
        ("610910", "Cotton T-shirts, printed", "import", ["sea"], ["BD", "TR"], (6, 10), (3000, 8000), ["USD", "EUR"], 5, N),
        ("490900", "Greeting cards, assorted", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 40, N),
        ("950691", "Yoga mats, TPE", "import", ["sea"], ["CN", "TW"], (4, 7), (2000, 6000), ["USD"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind104", 20430701, HERE)


if __name__ == "__main__":
    main()
