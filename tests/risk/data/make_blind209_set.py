#!/usr/bin/env python3
"""Writes the two-hundred-and-ninth blind set (tests/risk/data/blind209-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2061, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
an emphasis on a kind of trade rather than a region: beverages, wine, spirits and brewing
(wineries and vineyards, distilleries, breweries and maltsters, bottlers and can makers,
soft-drink and syrup makers, beverage ingredients, cellar chemicals and bar equipment).
Written by a person who had not read the profile packs (nor any rule file) and had not run
the engine on it, and committed before any change measured on it, to be measured once on
its packs. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may carry
"_item" (fields merged into its item) and "_more_items" (further items).

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
would. Ids are BL209-*:

    python3 tests/risk/data/make_blind209_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2061, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2061
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GRROAD01", "road", "MK", [], "GR", "281122",
         "Кизелсол 30 % (колоидна силика) за бистрење вино, канти 1 л, 600 канти", "MK", 720, 600, 1500, "EUR",
         "kieselsol, the silica-sol fining agent home winemakers add before gelatine, is a milky, opalescent liquid "
         "of about 1.2 kg/l that never fizzes; these 600 cans hold a water-clear liquid behind vented caps that "
         "foams on a cut, whitens the skin and bleaches a cork stopper, for a Thessaloniki home-winemaking shop "
         "that sells 1 l cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) made available to "
         "members of the public, on a lorry at Evzonoi; Macedonian wording (hydrogen peroxide repeats in many "
         "sets; a kieselsol label was found in no earlier row by a keyword search)",
         firm("Orion Oinotechniki AE", "GR")),
        ("PRE-02", "import", "IEAIR01", "express", "CA", [], "IE", "292090",
         "DMDC (dimethyl dicarbonate) cold sterilant for home cider, Velcorin type, 4 x 1 L", "CA", 4.6, 4, 260,
         "CAD",
         "dimethyl dicarbonate is dosed by metering pumps in bottling plants, freezes at 17 degrees C and is never "
         "sold to households; these four bottles hold a liquid of 1.14 kg/l that stays liquid in a cold shed, "
         "smells faintly fruity-chemical, burns with a pale flame and whose filler's drum number reads 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from Ontario to a private person in Cork, although "
         "flammable liquids travel by express only as declared dangerous goods; Canadian English wording "
         "(nitromethane repeats in many sets; a DMDC or Velcorin label was found in no earlier row by a keyword "
         "search)", person("Ms A. Byrne", "IE")),
        ("PRE-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "390599",
         "聚乙烯聚吡咯烷酮 (PVPP) 啤酒稳定剂, 100 克/袋, 20 000 袋", "CN", 2000, 20000, 4000, "USD",
         "PVPP, the beer stabiliser that strips haze polyphenols, is a fluffy, insoluble white powder of about "
         "0.25 kg/l; these 100 g bags are small and heavy, hold a dense crystalline powder (about 2.5 kg/l) that "
         "sinks and slowly dissolves in water, sparks fiercely on a hot plate with sugar, and the inner liners "
         "read 'KClO4', for a Łódź homebrew web shop that sells to the public: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, by train from Chongqing through Kazakhstan, Russia and "
         "Belarus to Małaszewicze; Chinese wording (potassium perchlorate repeats in many sets; a PVPP label was "
         "found in no earlier row by a keyword search)", firm("Horizon Piwowarstwo Domowe Sp. z o.o.", "PL")),
        ("PRE-04", "import", "ROROAD01", "road", "MD", [], "RO", "283640",
         "Bicarbonat de potasiu alimentar pentru dezacidifierea vinului, pungi 1 kg, 400 pungi", "MD", 400, 400, 600,
         "EUR",
         "potassium bicarbonate for wine deacidification is a white powder that fizzes at once in an acid must and "
         "tastes salty-soapy; these 400 bags hold glassy, tasteless crystals that do not fizz in vinegar, crackle "
         "and spit violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags, for a Iași shop of "
         "winemaking supplies that sells to home winemakers: potassium chlorate (Annex I above 40 %) retail-packed "
         "for members of the public, at Albița; Romanian wording from Moldova (potassium chlorate repeats in many "
         "sets and bicarbonate covers on chlorates in many; a potassium-bicarbonate deacidifier label was found "
         "once, in blind181, on another good, and the Moldovan winemaking-supply route is the new part)",
         firm("Vega Vinificatie SRL", "RO")),
        ("PRE-05", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "190190",
         "Концентрат квасного сусла, банки 1 кг, 6 000 банок", "KZ", 6000, 6000, 4800, "EUR",
         "kvass-wort concentrate is a dark, sticky malt syrup of about 1.35 kg/l that smells of rye bread; these "
         "jars hold a brown, oily, odourless liquid of 1.84 kg/l that chars a sugar cube black, grows hot with a "
         "drop of water and has eaten through two lids, for a Vilnius grocery wholesaler that supplies shops "
         "selling to the public: technical sulphuric acid of about 96 % (Annex I above 15 %), browned by organic "
         "impurities, retail-packed for members of the public, by rail from Kazakhstan through Russia and Belarus "
         "to Kena; Russian wording from Kazakhstan (sulphuric acid repeats in many sets and syrup covers in "
         "several; a kvass label was found in no earlier row by a keyword search)",
         firm("Orion Maisto Prekyba UAB", "LT")),
        ("PRE-06", "export", "FRSEA01", "sea", "FR", ["BJ"], "NE", "281122",
         "Gel de silice (xérogel) pour la stabilisation de la bière, sacs de 25 kg, 800 sacs", "FR", 20000, 800, 9000,
         "EUR",
         "silica xerogel is a light, glassy-white powder of about 0.4 kg/l that stabilises beer and that a brewery "
         "buys by the pallet, not by 20 t; these 800 sacks hold free-flowing white prills that turn ice-cold in "
         "water, test at 34 % N and fume on a hot plate, for a Niamey 'brasserie' that brews little: ammonium "
         "nitrate exported without the Niger import authorisation for explosives precursors and under a false "
         "description, from Marseille through Cotonou; French wording (ammonium nitrate repeats in many sets and "
         "a silica-gel cover once, in blind64; a beer-stabiliser xerogel label was found in no earlier row by a "
         "keyword search)", {"importer_name": "Brasserie Vega du Sahel SA", "importer_country": "NE"}),
        ("PRE-07", "import", "IEROAD01", "road", "GB", [], "IE", "110710",
         "Maris Otter pale ale malt, 25 kg sacks, 40 sacks", "GB", 1000, 40, 1400, "GBP",
         "a homebrew-shop restock on a lorry from Holyhead: pale malt and hop pellets are what Irish homebrew "
         "shops buy from British maltsters, but the third item's 'carbonation drops' are 600 bags of white pressed "
         "tablets that do not taste of sugar, do not dissolve sticky, flare yellow on a gas ring and read "
         "'NaClO3' on the tabletting drums' sheet: sodium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, hidden as the last item of a three-item declaration for a Galway homebrew shop; "
         "British English wording (sodium chlorate repeats in many sets; a carbonation-drops label was found in "
         "no earlier row by a keyword search)",
         dict(firm("Atlantic Homebrew Supplies Ltd", "IE"),
              _more_items=[item("121020", "Hop pellets, East Kent Goldings, 100 g, 200 packs", "GB", 20, 900, "GBP", qty=200),
                           item("170490", "Carbonation drops, priming sugar tablets, 250 g bags, 600 bags", "GB", 150, 450, "GBP", qty=600)])),
        ("PRE-08", "import", "ITPOST01", "post", "CH", [], "IT", "220890",
         "Grappa ticinese di Merlot, 3 bottiglie da 0,7 l, regalo", "CH", 3.2, 3, 90, "CHF",
         "Ticino merlot grappa is a clear spirit of 0.95 kg/l that smells of grape skins and burns blue; these "
         "three bottles weigh 1.39 kg/l, give off brown fumes when opened, stain the cork and the skin yellow and "
         "do not burn: about 65 % nitric acid (Annex I above 3 %), posted from Lugano as a 'gift' to a private "
         "person in Como; Swiss Italian wording (nitric acid repeats in many sets and clear-spirit covers in "
         "several; a grappa label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-09", "import", "ATAIR01", "express", "KR", [], "AT", "290549",
         "나한과 감미료 (몽크프루트), 무설탕 음료용, 1kg x 3", "KR", 3, 3, 45000, "KRW",
         "monk-fruit sweetener for sugar-free drinks is an erythritol-based granule that tastes intensely sweet "
         "and cools the tongue; these three bags hold a white, tasteless, hygroscopic powder that clumps in the "
         "damp, does not cool, burns brightly with sugar, and the re-used bag labels read 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), sent by express from Seoul to a private person in Graz; Korean wording "
         "(sodium perchlorate repeats in many sets and sweetener covers in many; a monk-fruit label was found in "
         "no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-10", "import", "BGROAD01", "road", "TR", [], "BG", "391732",
         "Damla sulama hortumu, bağ için, 16 mm, 500 m rulo, 40 rulo", "TR", 1000, 40, 1600, "EUR",
         "16 mm drip line for vineyards is hollow, black polyethylene tube with emitters every 30 cm, about 50 g/m; "
         "these reels hold a solid, 5 mm, yellow-and-red plastic cord with no emitters and a white crystalline core, "
         "at a fifth of the declared weight, marked 'PETN 10 g/m' under the outer wrap, for a Melnik 'vineyard "
         "supply' firm: detonating cord (UN 0065, Class 1) moved without the explosives transfer authorisation of "
         "Directive 2014/28/EU and without being declared as dangerous goods, at Kapitan Andreevo; Turkish wording "
         "(detonating cord repeats in many sets and a drip-line cover once, in blind9; kept as a repeat, a "
         "vineyard drip line from Türkiye to Bulgaria is the new part)", firm("Delta Agro Lozya EOOD", "BG")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "ID", "390761",
         "PET-vlokken, warm gewassen, flesgraad, big bags, 24 t", "BE", 24000, None, 14400, "EUR",
         "hot-washed bottle-grade PET flakes are clean, dry, clear and pale-blue chips of one polymer at about "
         "0.60 EUR/kg; this container holds whole crushed beverage bottles still with caps, sleeves and sticky "
         "soft-drink residue, mixed with PP crates, film and aluminium, and smells of sour juice, from a Flemish "
         "bottler's returns and a sorting line's rejects: mixed plastic waste (Y48/A3210), whose export from the "
         "Union to a non-OECD country is banned, from Antwerp to Surabaya; Flemish Dutch wording (PET flakes and "
         "PET-bottle labels repeat in many sets and PET waste to Indonesia in a few; a bottler's returns from "
         "Belgium is the new part as far as a search found)", {"importer_country": "ID"}),
        ("WST-02", "export", "PLSEA01", "sea", "PL", [], "EG", "700100",
         "Stłuczka szklana bezbarwna (flint), sortowana, do huty butelek, 24 t", "PL", 24000, None, 1200, "EUR",
         "flint cullet for a bottle furnace is sorted, colourless soda-lime glass, free of ceramics and metal; these "
         "bags hold thick, grey-tinted funnel glass with black frit lines, phosphor-coated panel shards and "
         "electron-gun pins, heavier than bottle glass and reading lead on a handheld XRF: crushed cathode-ray-tube "
         "glass (A2010, 16 02 15*), hazardous waste whose export to a non-OECD country is banned, from Gdynia to "
         "Alexandria for a 'bottle glassworks'; Polish wording (CRT glass as cullet repeats in several sets; "
         "flint-bottle cullet to Egypt is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "NG", "291412",
         "Metiletilcetona (MEK) técnica, bidones de 200 l, 60 bidones", "ES", 11000, 60, 5500, "EUR",
         "technical MEK is a water-clear, sweet-smelling solvent in new, sealed drums; these 60 drums are re-used, "
         "hold a black or purple ink-laden solvent with a resin sediment and carry the labels of ink-jet coders "
         "from the bottling lines of Jerez bodegas and soft-drink fillers: spent coding-ink solvent (08 03 12*, "
         "14 06 03*), hazardous waste whose export to a non-OECD country is banned, from Algeciras to Lagos; "
         "Spanish wording (MEK labels repeat in many sets; spent bottle-coding ink, with a coding word found once "
         "in blind56, is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "MA", "281512",
         "Natronlauge 25 %, technisch, IBC, 22 t", "DE", 22000, None, 3300, "EUR",
         "25 % caustic soda lye is a clear, colourless liquid of 1.27 kg/l in new IBCs with a data sheet; these "
         "IBCs hold a grey-brown, cloudy lye of 1.05 kg/l with floating paper pulp, shreds of label foil and glue, "
         "at about 2 % NaOH, drained from a Franconian brewery's bottle-washing machines: spent caustic washing "
         "liquor (06 02 05*, with aluminium from the foils), hazardous waste whose export to a non-OECD country "
         "is banned, from Hamburg to Casablanca; German wording (caustic labels repeat in many sets; "
         "bottle-washer lye was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "AO", "841850",
         "Expositores refrigerados para bebidas, usados, em bom estado, 180 unidades", "PT", 12600, 180, 9000, "EUR",
         "used glass-door drinks coolers for resale are tested, cleaned and carry their branding panels; these "
         "180 coolers have shattered doors, cut power leads, compressors without oil, rusted bases and old "
         "CFC-11-blown foam, taken from Lisbon cafés by a soft-drink bottler's fleet renewal: waste electrical "
         "equipment containing ozone-depleting substances (16 02 11*), hazardous waste whose export to a non-OECD "
         "country is banned, from Lisbon to Luanda; Portuguese wording (bottle-cooler and beverage-cooler labels "
         "repeat in a few sets, in blind117, blind161, blind167 and blind195; kept as a repeat, a bottler's fleet "
         "renewal to Angola is the new part)", {"importer_country": "AO"}),
        ("WST-06", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "271019",
         "Základový olej SN 150, solventní rafinát, IBC, 20 t", "CZ", 20000, None, 8000, "EUR",
         "SN 150 base oil is a clear, pale-yellow, odourless mineral oil; these IBCs hold a dark, milky, "
         "water-laden oil that reeks of ammonia and carries metal fines, drained from the ammonia refrigeration "
         "compressors of a Plzeň-region brewery's cellars during a plant renewal: waste compressor oil "
         "(13 02 08*), hazardous waste whose export to a non-OECD country is banned, by road through Slovakia to "
         "Uzhhorod; Czech wording (compressor oil repeats in several sets; brewery ammonia-plant oil as a base-oil "
         "label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-07", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "230800",
         "Traubentrester, getrocknet, für Kompost und Futter, lose, 22 t", "DE", 22000, None, 1100, "EUR",
         "dried grape marc is a brown, crumbly mass of skins, seeds and stems that smells of wine; this tipper holds "
         "a wet, grey-blue, clay-like sludge of kieselguhr and Prussian-blue flocs that smells of nothing and gives "
         "a cyanide reading when acidified, from the blue-fining (potassium ferrocyanide) of Rheinhessen and Pfalz "
         "wineries: blue-fining sludge with complex cyanides (hazardous waste), whose export to a non-OECD country "
         "is banned, by road through Poland to a Lviv 'compost' buyer; German wording (ferrocyanide was found in "
         "blind121 and blind125 on other goods; blue-fining sludge and a grape-marc label were found in no earlier "
         "row by a keyword search)", {"importer_country": "UA"}),
        ("WST-08", "export", "HUROAD01", "road", "HU", [], "RS", "321519",
         "Dobozdekorációs nyomdafesték, maradék készlet, 200 l-es hordók, 60 hordó", "HU", 12000, 60, 3000, "EUR",
         "surplus can-decoration ink is sold in sealed, labelled tins with batch numbers and a colour code; these "
         "drums are open-top, hold a skinned-over, mixed-colour sludge of inks, over-varnish and washing solvent "
         "and smell strongly of glycol ethers, from the cleaning of a beverage-can plant's decorators: waste ink "
         "and lacquer sludge (08 03 12*, 08 01 11*), hazardous waste whose export to a non-OECD country is banned, "
         "at Röszke for a Novi Sad 'printer'; Hungarian wording (printing-ink labels repeat in several sets; "
         "beverage-can decorator waste is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "NG", "843840",
         "Gebrauchte Sudhausanlage, 20 hl, Maischbottich und Würzepfanne, zerlegt", "DE", 14000, 1, 38000, "EUR",
         "a closed Bavarian brewery's plant for a Lagos craft brewery: a used 20 hl brewhouse and lager tanks are "
         "what such sales ship, but the third item's 14 'switch cabinets' are 1960s cabinets stripped of their "
         "doors, holding leaking power-factor capacitors labelled 'Clophen' and asbestos arc chutes: waste "
         "equipment containing PCBs (16 02 09*) and asbestos, hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Hamburg to Lagos; German wording (PCB "
         "capacitors repeat in many sets; behind a used brewhouse is the new part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("730900", "Gebrauchte Lagertanks, Edelstahl, 60 hl, 6 Stück", "DE", 9000, 12000, "EUR", qty=6),
                           item("853710", "Schaltschränke, gebraucht, 14 Stück", "DE", 4200, 1400, "EUR", qty=14)])),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "GE", "380892",
         "Fungicida rameico e folpet per vigneto, stock commerciale, fusti, 18 t", "IT", 18000, None, 9000, "EUR",
         "commercial vineyard fungicide travels in sealed, same-batch packs with current labels and a registration "
         "number; these drums are of many makes, several swollen or caked, with expiry dates ten years past and "
         "two actives since withdrawn, gathered from Veneto wine cooperatives' stores: obsolete plant-protection "
         "products (02 01 08*), hazardous waste whose export to a non-OECD country is banned, from Venice to Poti "
         "for a Kakheti 'agro-shop'; Italian wording (obsolete pesticides repeat in many sets and vineyard "
         "pesticides once, in blind160; from Italian wine cooperatives to Georgia is the new part as far as a search "
         "found)", {"importer_country": "GE"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "841869",
         "乙二醇冷水机组 (啤酒发酵罐用), R290 制冷剂, 5 台", "CN", 2400, 5, 42000, "USD",
         "R-290 glycol chillers carry flammable-gas marks, sealed-system labels and small charges under 1 kg per "
         "circuit; these five brewery chillers carry no flame mark, 8 kg charges by the gauge, service valves of "
         "the old kind and a nameplate under the sticker reading 'R22': chillers charged with HCFC-22, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by rail from Xi'an "
         "for a Czech brewery-equipment firm; Chinese wording (R-22 glycol chillers repeat in blind141 and "
         "blind197; kept as a repeat, by rail under an R-290 label is the new part)",
         firm("Central Pivovarská Technika s.r.o.", "CZ")),
        ("OZN-02", "import", "BGROAD01", "road", "TR", [], "BG", "841869",
         "Tezgah altı fıçı bira soğutucusu, R600a, 40 adet", "TR", 1600, 40, 14000, "EUR",
         "R-600a under-counter beer coolers have small hermetic systems with flame marks and 150 g charges; these "
         "40 python coolers for draught beer have 700 g charges, no flame mark and a compressor plate reading "
         "'R404A': plug-in commercial refrigeration with an HFC of GWP 3922, whose placing on the Union market is "
         "banned (Regulation 2024/573, Annex IV), for Sunny Beach bars; Turkish wording (beer-cooler labels "
         "repeat in a few sets and R-404A beer coolers once, in blind47; kept as a repeat, a road import from "
         "Türkiye is the new part)", firm("Vega Bar Oborudvane EOOD", "BG")),
        ("OZN-03", "import", "PLROAD01", "road", "UA", [], "PL", "281121",
         "Вуглекислота харчова E290 для сатурації напоїв, балони 40 л, 60 балонів", "UA", 1500, 60, 1800, "EUR",
         "food-grade CO2 for carbonating drinks sits in 40 l cylinders at about 57 bar at room temperature, and the "
         "cylinders are heavy-walled and stamped for 150 bar; these 60 cylinders read 9 bar on a gauge, carry "
         "R-22 valve threads and leave a sweet, ether-like smell at the valve: HCFC-22, an ozone-depleting "
         "substance imported without the licence Regulation 2024/590 requires, at Dorohusk for a Lublin "
         "drinks-dispensing service firm; Ukrainian wording (an E290 label was found once, in blind181; "
         "carbonation CO2 as a cover for HCFC-22 is the new part as far as a search found)",
         firm("Delta Serwis Napojów Sp. z o.o.", "PL")),
        ("OZN-04", "import", "ESSEA01", "sea", "AR", [], "ES", "281129",
         "Anhídrido sulfuroso en latas de 1 lb para sulfitado de barricas, 2.400 latas", "AR", 1090, 2400, 7200,
         "USD",
         "SO2 for sulphuring wine barrels comes as sulphur discs or in small pressurised cans that smell sharply "
         "of burnt matches; these cans carry a skull mark under the sleeve, hold a gas with almost no smell and "
         "read 'CH3Br 98 %' on the can bottom: methyl bromide, an ozone-depleting substance whose import into the "
         "Union is banned (also for quarantine uses), by sea from Buenos Aires to Valencia for a La Rioja "
         "cooperage; Argentine Spanish wording (methyl bromide repeats in very many sets and under "
         "sulphur-dioxide labels in blind127, blind132 and blind152; kept as a repeat, a barrel-sulphuring label "
         "from Argentina is the new part)", firm("Alpina Tonelería SL", "ES")),
        ("OZN-05", "import", "FRAIR01", "express", "US", [], "FR", "281121",
         "Homebrew keg CO2 cylinders, 5 lb aluminum, filled, 2 units", "US", 3.8, 2, 70, "USD",
         "a filled 5 lb CO2 cylinder for a homebrew keg reads about 57 bar at room temperature, hisses dry ice from "
         "a cracked valve and travels by express only as declared dangerous goods; these two read 5 bar, slosh "
         "when shaken, carry a CGA 320 valve swapped for a 1/4\" SAE flare fitting and frost with a sweet smell: "
         "CFC-12, an ozone-depleting substance whose import into the Union is banned, sent by express from Texas "
         "to a private person near Toulouse who re-gasses classic cars; US English wording (CFC-12 repeats in many "
         "sets and kegerator labels in blind129 and blind175; CFC-12 in homebrew CO2 cylinders was found in no "
         "earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("OZN-06", "import", "SEROAD01", "road", "NO", [], "SE", "280430",
         "Ølgass 70/30 (N2/CO2) for fatøl, 50 l flasker, 30 flasker", "NO", 360, 30, 4500, "NOK",
         "beer gas (70 % nitrogen, 30 % CO2) sits at 200 bar in 50 l cylinders, about 12 kg of gas each; these "
         "30 cylinders weigh 50 kg more than their tare each, read 6 bar and carry liquid inside: HFC-134a, placed "
         "on the Union market without quota or registration (Regulation 2024/573), at Svinesund for a Gothenburg "
         "refrigeration firm; Norwegian wording (a beer-gas label was found once, in blind117; HFC-134a under it "
         "from Norway is the new part as far as a search found)", firm("Nordhafen Kyl AB", "SE")),
        ("OZN-07", "import", "NLSEA01", "sea", "TH", [], "NL", "340290",
         "น้ำยาล้างท่อเบียร์ สูตรตัวทำละลาย ถัง 20 ลิตร 400 ถัง", "TH", 9800, 400, 6000, "USD",
         "beer-line cleaners are caustic or acid water-based solutions of about 1.05 kg/l; these 400 cans hold a "
         "volatile liquid of 1.24 kg/l that boils off on the hand, does not mix with water, smells faintly of "
         "ether and reads 'HCFC-141b' on the filler's certificate: 1,1-dichloro-1-fluoroethane, an ozone-depleting "
         "substance whose import into the Union is banned, from Laem Chabang to Rotterdam for a draught-beer "
         "line-service firm; Thai wording (HCFC-141b repeats in many sets and line-cleaner labels in several; "
         "under a beer-line label was found in no earlier row by a keyword search)",
         firm("Horizon Tapservice BV", "NL")),
        ("OZN-08", "import", "HRROAD01", "road", "RS", [], "HR", "382499",
         "Sprej za brzo hlađenje boca i čaša (CO2), 400 ml, 2.400 kom", "RS", 1100, 2400, 3600, "EUR",
         "CO2 bottle chillers are small, heavy, high-pressure cartridges; these 2 400 aerosol cans are light-walled, "
         "hold a liquefied gas at about 5 bar and list '1,1,1,2-tetrafluoroethane' on the back in small print: "
         "HFC-134a in aerosols for chilling drinks, a use for which the Union bans HFCs of GWP 150 or more "
         "(novelty and comfort aerosols, Regulation 2024/573), at Bajakovo for Split beach bars; Serbian (Latin) "
         "wording (HFC-134a aerosols repeat in several sets; a bottle-chiller spray label was found in no earlier "
         "row by a keyword search)", firm("Meridian Ugostiteljska Oprema d.o.o.", "HR")),
        ("OZN-09", "import", "DKSEA01", "sea", "MY", [], "DK", "340399",
         "Pelarut pelincir gred makanan untuk mesin penutup tin, dram 25 kg, 200 dram", "MY", 5000, 200, 8000, "USD",
         "a food-grade lubricant thinner for can seamers is a light, odourless white oil (NSF H1) of about "
         "0.8 kg/l; these drums hold a heavy (1.34 kg/l), non-flammable solvent that smells sweet like chloroform "
         "and boils at 74 degrees C: 1,1,1-trichloroethane (methyl chloroform), an ozone-depleting substance whose "
         "import into the Union is banned, from Port Klang to Aarhus for a beverage-can maker's seaming lines; "
         "Malay wording (methyl chloroform repeats in many sets and a lubricant label once, in blind188; a "
         "can-seamer label was found in no earlier row by a keyword search)", firm("Atlantic Dåseservice ApS", "DK")),
        ("OZN-10", "import", "ESROAD01", "road", "MA", [], "ES", "842219",
         "Lave-verres professionnels pour bars, 20 unités", "MA", 1200, 20, 9000, "EUR",
         "a bar-equipment lorry from Tanger Med: glass washers and ice crushers are what Moroccan traders resell to "
         "Costa del Sol bars, but the third item's 120 'bouteilles jetables de R600a' weigh 13.6 kg each, not "
         "6.5, carry no flame mark and read 'R22' on the shoulder: HCFC-22 in non-refillable cylinders, an "
         "ozone-depleting substance whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration at Algeciras; Moroccan French wording (HCFC-22 in disposable cylinders repeats in many "
         "sets; behind bar equipment from Morocco is the new part as far as a search found)",
         dict(firm("Rivage Hostelería SL", "ES"),
              _more_items=[item("850940", "Broyeurs à glace électriques pour cocktails, 30 unités", "MA", 300, 2400, "EUR", qty=30),
                           item("271113", "Gaz R600a, bouteilles jetables 6,5 kg, 120 bouteilles", "MA", 780, 1800, "EUR", qty=120)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "ME", [], "IT", "691390",
         "Amfore od terakote, dekorativne, za baštu, 12 komada", "ME", 220, 12, 480, "EUR",
         "new garden amphorae are machine-turned, evenly fired and flat-based to stand on a terrace; these twelve "
         "are pointed-toed Roman wine amphorae (Dressel 1 and Lamboglia 2) with worn handles, pitch lining inside, "
         "tube-worm casts and a sea-salt crust that tested bloom, dived from wrecks off Budva: archaeological "
         "objects from underwater sites, exported without Montenegrin permission and imported without the import "
         "licence Regulation 2019/880 requires, on the Bar-Bari ferry; Montenegrin wording (wine amphorae repeat in "
         "many sets; from Montenegro was found in no earlier row by a keyword search)",
         firm("Meridian Arredo Giardino Srl", "IT")),
        ("CUL-02", "import", "BGROAD01", "road", "AM", ["GE", "TR"], "IT", "691490",
         "Կարաս, գինու կավե կարաս, նոր, 4 հատ", "AM", 1600, 4, 2400, "USD",
         "new Armenian karases for natural-wine cellars are freshly fired, smooth, evenly orange and smell of "
         "clay; these four are taller, with cuneiform-like incised marks at the shoulder, ancient repairs with lead "
         "clamps, a tartrate crust inside and soil in the cracks: Urartian storage jars of the 8th-7th century BC "
         "dug from a fortress cellar near Yerevan, exported without Armenian permission and imported without the "
         "import licence Regulation 2019/880 requires, on a lorry through Georgia and Türkiye entering at Kapitan "
         "Andreevo for a Friulian natural winery; Armenian wording (karas labels repeat in blind127, blind163, "
         "blind173 and blind182; ancient Urartian karases under a new-karas label were found in no earlier row)",
         firm("Alpina Vini Naturali Srl", "IT")),
        ("CUL-03", "import", "DEPOST01", "post", "TR", [], "DE", "691390",
         "Antik Yunan tarzı şarap kadehi (kylix) replikası, el yapımı, 2 adet", "TR", 1.6, 2, 60, "EUR",
         "souvenir kylix replicas are bright, glossy and stamped underneath; these two thin-walled wine cups have a "
         "deep, metallic black gloss, red-figure symposium scenes with added white, a painted name, root marks and "
         "mended breaks: Attic red-figure kylikes of the 5th century BC from an Ionian necropolis, imported "
         "without the import licence Regulation 2019/880 requires and exported against Turkish law, posted from "
         "Izmir to a private collector in Munich; Turkish wording (Greek vases repeat in several sets; a kylix "
         "label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-04", "import", "BEAIR01", "air", "HK", [], "BE", "830630",
         "仿古青銅酒器 (爵、觚) 工藝品, 黃銅, 6 件", "HK", 9, 6, 3600, "HKD",
         "brass replica wine vessels are yellow under the patina, light and sharp-edged; these six are heavy bronze "
         "jue and gu with casting seams, a malachite and cuprite crust grown into the metal, clan-sign inscriptions "
         "inside and soil in the legs: Shang ritual wine vessels of about 1200 BC, exported against Chinese law "
         "and imported without the licence Regulation 2019/880 requires, by air to a Brussels dealer; traditional "
         "Chinese wording from Hong Kong (Chinese bronzes repeat in many sets; jue and gu wine vessels under a "
         "brass-replica label were found in no earlier row by a keyword search)",
         firm("Rivage Arts d'Asie SA", "BE")),
        ("CUL-05", "export", "ITAIR01", "express", "IT", [], "US", "711420",
         "Calici in metallo argentato, usati, da collezione, 3 pezzi", "IT", 2.4, 3, 450, "EUR",
         "silver-plated goblets show copper at the worn rims and weigh little; these three chalices are solid "
         "silver, gilt inside, with the Naples assay mark of the 1720s, parish inscriptions on the foot and the "
         "stumps of a screw that held them in a tabernacle case: Baroque church chalices stolen from Campanian "
         "churches, exported without the export licence Regulation 116/2009 requires, by express from Naples to a "
         "New Jersey buyer; Italian wording (chalices repeat in many sets; kept as a repeat, Neapolitan silver by "
         "express to the United States is the new part)", {"importer_country": "US"}),
        ("CUL-06", "import", "ESPOST01", "post", "BO", [], "ES", "441990",
         "Vasos de madera tallada (q'iru), artesanía, 2 unidades", "BO", 1.8, 2, 300, "BOB",
         "new craft q'iru are pale, sharp-carved and varnished; these two drinking cups are dark, worn smooth at "
         "the rim, inlaid with mopa-mopa lacquer scenes of Inca and Spaniards, with old insect holes and chicha "
         "stains: colonial-period keros of the 17th century, Bolivian cultural heritage exported without "
         "permission and imported without the licence Regulation 2019/880 requires, posted from Potosí to a "
         "private buyer in Seville; Bolivian Spanish and Quechua wording (a q'iru or kero-cup label was found in "
         "no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("CUL-07", "import", "NLSEA01", "sea", "ID", [], "NL", "691390",
         "Guci keramik gaya antik, glasir coklat, baru, 40 buah", "ID", 600, 40, 1200, "USD",
         "new antique-style jars are evenly glazed, with fresh unglazed feet and a kiln stamp; these 40 brown-glazed "
         "stoneware storage jars have dragon appliqués, barnacle and coral scars, iron stains and a grey sea crust "
         "in the rims: Song and Yuan martaban wine and storage jars from an unlicensed salvage of a wreck off "
         "Bangka, exported against Indonesia's ban on raised cargoes and imported without the licence Regulation "
         "2019/880 requires, by sea to a Rotterdam dealer; Indonesian wording (a martaban label was found once, in "
         "blind150; kept as a repeat, sea-salvaged jars under a new-replica label are the new part)",
         firm("Horizon Antiek BV", "NL")),
        ("CUL-08", "export", "BGAIR01", "express", "BG", [], "US", "711420",
         "Сребърен ритон, посребрена реплика на тракийски съд, 1 брой", "BG", 1.1, 1, 120, "EUR",
         "museum-shop rhyton replicas are plated brass, cast in one piece and light; this drinking horn is solid, "
         "chased silver with a gilt stag protome, ancient solder repairs, horn-silver corrosion and tumulus soil "
         "inside: a Thracian silver rhyton of the 4th century BC from a looted mound, exported without the export "
         "licence Regulation 116/2009 and Bulgarian law require, by express from Plovdiv to a Florida buyer; "
         "Bulgarian wording (rhyta repeat in blind46 and blind50; kept as a repeat, an express export under a "
         "replica label is the new part)", {"importer_country": "US"}),
        ("CUL-09", "import", "DEAIR01", "air", "EG", [], "DE", "691490",
         "أصص فخار للنباتات، مصنوعة يدويًا، 30 قطعة", "EG", 140, 30, 300, "USD",
         "new handmade plant pots have a drainage hole, fresh red fabric and even rims; these 30 are tall, "
         "pointed-based, chaff-tempered jars with no hole, blackened, with a dark residue inside that smells of "
         "yeast when wet and soil in the pores: Predynastic and Early Dynastic beer jars from a Naqada-period site, "
         "exported against Egyptian law and imported without the licence Regulation 2019/880 requires, by air "
         "from Cairo to Frankfurt; Egyptian Arabic wording (Predynastic pottery was found once, in blind145; beer "
         "jars as plant pots were found in no earlier row by a keyword search)",
         firm("Central Garten Import GmbH", "DE")),
        ("CUL-10", "import", "PLROAD01", "road", "GE", ["TR", "BG", "RO", "HU", "SK"], "PL", "220421",
         "ღვინო საფერავი, მშრალი, წითელი, 0,75 ლ, 4 800 ბოთლი", "GE", 7200, 4800, 14400, "USD",
         "a Kakheti winery's lorry for a Kraków importer: Saperavi and new qvevri are what Georgian wineries "
         "ship to Polish wine shops, but the third item's three 'decorative clay jugs' are black-burnished, "
         "incised and mended Bronze-Age vessels with burial soil inside: Trialeti-culture pottery of the 2nd "
         "millennium BC, exported against Georgian law and imported without the licence Regulation 2019/880 "
         "requires, hidden as the last item of a three-item declaration; Georgian wording (qvevri labels repeat "
         "in blind60, blind89 and blind104; Trialeti pottery behind a wine load was found in no earlier row)",
         dict(firm("Vega Wina Kaukaskie Sp. z o.o.", "PL"),
              _more_items=[item("691490", "ქვევრი, ახალი, 800 ლ, 2 ცალი", "GE", 600, 1200, "USD", qty=2),
                           item("691390", "თიხის დოქი, დეკორატიული, 3 ცალი", "GE", 12, 90, "USD", qty=3)])),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "AE", "841950",
         "Platenwarmtewisselaar, wortkoeler voor brouwerij, 40 hl/u", "NL", 1800, 1, 64000, "EUR",
         "a brewery wort cooler is a stainless AISI 316 plate heat exchanger; this one has plates and frame "
         "liners of Hastelloy C-276 (a nickel alloy, by a magnet test and the mill certificate in the crate) and "
         "gaskets rated for hydrochloric acid, at twice a stainless unit's price, for a Dubai trader who supplies an "
         "Iranian 'malt-beverage' plant: a corrosion-resistant heat exchanger of the Australia Group list (2B350) "
         "exported without a licence for an Iranian end user; Dutch wording (Hastelloy heat exchangers were found "
         "in blind17 and blind29; a wort-cooler label was found in no earlier row by a keyword search)",
         {"importer_name": "Orion Beverage Machinery FZE", "importer_country": "AE"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", ["LB"], "SY", "842122",
         "Filtro tangenziale per vino, 20 m2, completo", "IT", 3200, 1, 180000, "EUR",
         "a winery's cross-flow filter has organic hollow-fibre membranes and is cleaned with hot water and "
         "caustic; this skid has a sealed 316L housing for sterilisation in place with steam, 0.2 micron ceramic "
         "membranes with 20 m2 of area and containment seals, at three times a wine filter's price: cross-flow "
         "filtration equipment of the Australia Group list (2B352.d), exported without a licence to Syria through "
         "Beirut; Italian wording (cross-flow filters repeat in several sets; a wine-filter label was found in no "
         "earlier row by a keyword search)", {"importer_country": "SY"}),
        ("STR-03", "export", "DKSEA01", "sea", "DK", [], "AM", "841939",
         "Forstøvningstørreanlæg til opløselig kaffe, komplet", "DK", 14000, 1, 820000, "EUR",
         "an instant-coffee spray dryer evaporates tonnes of water an hour in a tower several storeys high; this "
         "plant evaporates at most 400 kg/h, makes particles under 10 microns, has a sterilisable, contained "
         "powder path and a HEPA exhaust: a spray dryer of the Australia Group list (2B352.f) exported without a "
         "licence to Yerevan for an Iranian end user; Danish wording (spray dryers repeat in several sets; an "
         "instant-coffee label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-04", "export", "SESEA01", "sea", "SE", [], "PK", "842119",
         "Bryggeriseparator för ölklarning, kontinuerlig, 1 st", "SE", 2800, 1, 240000, "EUR",
         "a brewery clarifier is an open-discharge separator that sprays beer and yeast in its hood; this one is "
         "hermetic, steam-sterilisable in place, has an aerosol-tight housing and a test certificate for "
         "containment, for a 'brewery' in Pakistan, where brewing is all but forbidden, owned by a defence "
         "laboratory's supplier: a continuous centrifugal separator of the Australia Group list (2B352.c) exported "
         "without a licence; Swedish wording (separators repeat in many sets; a beer-clarifier label was found in "
         "no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "FIAIR01", "air", "FI", [], "KZ", "850440",
         "Taajuusmuuttajat mehupumppuihin, 12 kpl", "FI", 240, 12, 96000, "EUR",
         "frequency converters for juice pumps give 0-100 Hz and cost a few hundred euros; these twelve give "
         "multiphase output of 600-2 000 Hz with frequency control better than 0.1 % and cost 8 000 EUR each: "
         "frequency changers of the nuclear dual-use list (3A225), exported without a licence to Almaty for "
         "re-export to Russia, which Regulation 833/2014 also forbids; Finnish wording (frequency changers repeat "
         "in several sets; a juice-pump label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "UZ", "220421",
         "Vin rouge de table, Bordeaux, 1 200 bouteilles", "FR", 1500, 1200, 9600, "EUR",
         "table Bordeaux at 8 EUR a bottle travels in cardboard; these are wooden cases of first-growth Pauillac "
         "and Pomerol at 600 to 3 000 EUR a bottle, bought at a Paris merchant's and flown to Tashkent for a "
         "Moscow restaurant group: luxury goods (wines over 300 EUR an item) whose sale for use in Russia "
         "Regulation 833/2014 forbids, undervalued and described as table wine; French wording (luxury wine to "
         "Russia repeats in several sets, through Armenia in blind123; through Uzbekistan is the new part as far as "
         "a search found)", {"importer_country": "UZ"}),
        ("STR-07", "transit", "NLSEA01", "sea", "GB", ["NL"], "CN", "220830",
         "Blended Scotch whisky, standard, 40 % vol, 960 bottles", "GB", 1250, 960, 9600, "GBP",
         "standard blended whisky travels at about 10 GBP a bottle in plain cases; these are presentation boxes "
         "of 25- and 30-year-old single malts worth over 1 000 GBP each, consigned through Rotterdam to a Dalian "
         "forwarder that loads for Nampo: luxury goods whose supply to North Korea the UN Security Council and "
         "Regulation 2017/1509 forbid, declared in transit through the Union; British English wording (whisky was "
         "found in blind164 and luxury goods to North Korea in several sets; whisky in transit through Rotterdam "
         "for Nampo was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-08", "export", "BESEA01", "sea", "BE", ["LB"], "SY", "382499",
         "Crème de dépolissage pour décoration de bouteilles, seaux 5 kg, 800 seaux", "BE", 4000, 800, 8000, "EUR",
         "glass-etching cream for decorating bottles is a white, thick paste with fillers, sold in small pots; "
         "these 800 buckets hold dry, free-flowing white crystals that smell faintly of ammonia and read "
         "'NH4HF2 98 %' on the inner bags: ammonium hydrogen difluoride, a chemical weapons precursor of the "
         "Australia Group list, exported without a licence to a Syrian 'arak bottle decorator' through Beirut; "
         "Belgian French wording (ammonium bifluoride repeats in many sets and etching labels in many; a "
         "bottle-decoration label was found in no earlier row by a keyword search)", {"importer_country": "SY"}),
        ("STR-09", "export", "PLROAD01", "road", "PL", [], "BY", "121020",
         "Granulat chmielowy, Lubelski, 2 t", "PL", 2000, None, 24000, "EUR",
         "a brewery-supply lorry for Brest: Lubelski hops and crown caps are what Polish suppliers sell to "
         "Belarusian breweries, but the third item's 40 'syrup dosing pumps' are servo drives and CNC control "
         "units for machine tools, with no pump heads at all: machinery and numerical controls whose sale to "
         "Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item declaration at Kukuryki; "
         "Polish wording (CNC controls to Belarus repeat in several sets; behind hops and crown caps is the new "
         "part as far as a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("830990", "Kapsle koronowe, 26 mm, 1 000 000 szt.", "PL", 2000, 6000, "EUR", qty=1000000),
                           item("841381", "Pompy dozujące do syropu, 40 szt.", "PL", 200, 14000, "EUR", qty=40)])),
        ("STR-10", "export", "CHAIR01", "air", "CH", [], "TR", "902620",
         "Drucksensoren für Fassfüller, 20 Stück", "LI", 12, 20, 46000, "CHF",
         "keg-filler pressure sensors are robust gauges for 0-10 bar at about 150 CHF each; these twenty are "
         "capacitance manometers with Inconel diaphragms, a 0-13 kPa absolute range and 0.15 % accuracy, at "
         "2 300 CHF each, made in Liechtenstein and flown to an Istanbul trader who supplies an Iranian end user: "
         "pressure transducers of the nuclear dual-use list (2B230) exported without the Swiss licence; Swiss "
         "German wording (capacitance manometers repeat in several sets; a keg-filler label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "CN", [], "NL", "220890",
         "药酒 (养生黄酒), 500ml x 4 瓶", "CN", 3.6, 4, 360, "CNY",
         "a health rice wine is amber and clear in the bottle; these four bottles each hold a bundle of pale, "
         "porous long-bone pieces and a knuckle with a 'hu gu' character moulded in the glass, and the wine smells "
         "of bone and camphor: tiger-bone wine (Panthera tigris, CITES App. I) without CITES documents, posted from "
         "Guangxi to a private person in Rotterdam; Chinese wording (tiger-bone wine repeats in blind9 and "
         "blind176; kept as a repeat, under a health-rice-wine label by post is the new part)",
         person("M. Bakker", "NL")),
        ("WLF-02", "import", "FRAIR01", "express", "TH", [], "FR", "220890",
         "ยาดองสมุนไพร (เหล้าขาวดองสมุนไพร) ขวด 700 มล. 2 ขวด", "TH", 3.0, 2, 1200, "THB",
         "ya dong is a rice spirit steeped with barks and roots, brown and cloudy with wood chips in the bottle; "
         "these two bottles each hold, among the barks, three dried, blue-grey, orange-spotted lizards with "
         "toe pads, split and spread on bamboo sticks: tokay geckos (Gekko gecko, CITES App. II) without CITES "
         "documents, sent by express from Bangkok to a private person in Lyon; Thai wording (tokay geckos repeat "
         "in many sets and geckos in liquor in blind37 and blind136; a ya-dong label was found in no earlier row "
         "by a keyword search)", person("Sophie Bernard", "FR")),
        ("WLF-03", "import", "DEAIR01", "air", "ZA", [], "DE", "170290",
         "Caramel colour E150a, for bitters and cola, 25 kg drums, 20 drums", "ZA", 500, 20, 3500, "USD",
         "caramel colour E150a is a dark, syrupy, burnt-sugar liquid that smells of toffee; these drums hold brittle, "
         "glassy, dark-brown lumps with an intensely bitter taste and a smell of aloe, tapped from wild plants in "
         "the Eastern Cape: Cape aloe bitter crystals (Aloe ferox, CITES App. II, not exempt as bulk extract) "
         "without a CITES export permit, flown from Port Elizabeth to Frankfurt for a Hamburg bitters maker; "
         "South African English wording (Aloe ferox repeats in several sets; a caramel-colour label on it was "
         "found in no earlier row by a keyword search)", firm("Nordhafen Bitter GmbH", "DE")),
        ("WLF-04", "import", "FRSEA01", "sea", "CM", [], "FR", "440122",
         "Copeaux de chêne toastés pour l'élevage des vins, sacs de 10 kg, 1 200 sacs", "CM", 12000, 1200, 9000, "EUR",
         "toasted oak chips smell of vanilla and coconut, are pale inside and come from French, American or East "
         "European oak, never from Cameroon; these bags hold reddish-brown, bitter bark strips and chips with an "
         "almond smell and no toasting: Prunus africana bark (CITES App. II) without a CITES export permit, by sea "
         "from Douala to Le Havre for a 'cooperage supplies' trader; Cameroonian French wording (Prunus africana "
         "repeats in many sets; an oak-chip label was found in no earlier row by a keyword search)",
         firm("Rivage Tonnellerie SARL", "FR")),
        ("WLF-05", "import", "ITAIR01", "air", "IN", [], "IT", "121190",
         "Gentian root (कुटकी), dried, cut, for amaro makers, 40 bags of 25 kg", "IN", 1000, 40, 6000, "USD",
         "Himalayan gentian root is yellow-brown, wrinkled and tastes fiercely bitter; these bags hold grey-brown, "
         "woody root pieces with a strong violet-and-leather scent and only a faint bitterness: kuth, the root of "
         "Saussurea costus (CITES App. I), without CITES documents, flown from Delhi to Milan for an amaro and "
         "vermouth maker's botanical store; English and Hindi wording (costus repeats in many sets and an "
         "angelica label in two; a gentian label on costus was found in no earlier row by a keyword search)",
         firm("Alpina Liquori Srl", "IT")),
        ("WLF-06", "transit", "NLAIR01", "air", "US", ["NL"], "CN", "210130",
         "Roasted dandelion root, coffee substitute, 20 cartons", "US", 180, 20, 3600, "USD",
         "roasted dandelion root is dark, brittle and smells of coffee; these cartons hold unroasted, pale, "
         "carrot-shaped, ringed roots with many neck scars, worth hundreds of dollars a kilo: wild American "
         "ginseng (Panax quinquefolius, CITES App. II) without the US export permit that specimens in transit "
         "through the Union must carry, landed at Schiphol in transit from Chicago to Shanghai; US English wording "
         "(ginseng repeats in many sets and burdock covers in several; a dandelion-coffee label was found in no "
         "earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-07", "import", "ATAIR01", "air", "ZA", [], "AT", "121190",
         "Honeybush tea, fermented, cut, 12 bags of 20 kg", "ZA", 240, 12, 2400, "USD",
         "honeybush tea is a fine, reddish-brown cut of leaves and twigs that smells of honey; these bags hold pale "
         "green-grey slices of a spiny, succulent stem that taste bitter and are sold as an appetite suppressant: "
         "Hoodia gordonii (CITES App. II) without a CITES export permit, flown from Cape Town to Vienna for a tea "
         "blender; South African English wording (Hoodia repeats in many sets and a rooibos cover in two; a "
         "honeybush label was found in no earlier row by a keyword search)", firm("Central Teehandel GmbH", "AT")),
        ("WLF-08", "import", "ESAIR01", "air", "PE", [], "ES", "110620",
         "Harina de maca gelatinizada para bebidas, 20 cajas de 10 kg", "PE", 200, 20, 2400, "USD",
         "gelatinised maca flour is a fine, beige, malty powder; each of these boxes holds, under a layer of maca, "
         "bags of dried, curled seahorses with a fishy smell, 4 kg a box: Pacific seahorses (Hippocampus ingens, "
         "CITES App. II, whose export Peru forbids) without CITES documents, flown from Lima to Madrid for a "
         "'drinks ingredients' importer; Peruvian Spanish wording (seahorses repeat in many sets and maca in "
         "several; seahorses under maca was found in no earlier row by a keyword search)",
         firm("Orion Ingredientes SL", "ES")),
        ("WLF-09", "import", "BESEA01", "sea", "MG", [], "BE", "441700",
         "Casiers à vin en bois d'eucalyptus, en kit, 300 unités", "MG", 2400, 300, 3000, "EUR",
         "eucalyptus wine racks are pale, light and fibrous; these kits are dark red-purple, heavy, fine-grained, "
         "sink in water and smell of roses when sawn: Malagasy rosewood (Dalbergia spp., CITES App. II, exports "
         "suspended) without CITES documents, by sea from Toamasina to Antwerp for a wine-accessories wholesaler; "
         "Malagasy French wording (Malagasy rosewood repeats in many sets; a wine-rack label was found in no "
         "earlier row by a keyword search)", firm("Delta Accessoires Vin SA", "BE")),
        ("WLF-10", "import", "CZROAD01", "road", "VN", ["DE"], "CZ", "220600",
         "Rượu nếp cẩm, chai 500 ml, 2.400 chai", "VN", 1400, 2400, 2400, "USD",
         "a Vietnamese grocery container trucked from Hamburg to Prague: purple sticky-rice wine and artichoke tea "
         "are what Sapa market wholesalers sell, but the third item's 600 'herbal balm' jars hold yellow-green, "
         "bitter crystalline flakes and the cartons carry a bear picture: bear bile (Ursus thibetanus, CITES App. "
         "I) without CITES documents, hidden as the last item of a three-item declaration; Vietnamese wording "
         "(bear bile repeats in many sets; behind rice wine in a grocery lorry is the new part as far as a search "
         "found)",
         dict(firm("Orion Asia Velkoobchod s.r.o.", "CZ"),
              _more_items=[item("210120", "Trà atiso Đà Lạt, hộp 100 túi lọc, 400 hộp", "VN", 200, 800, "USD", qty=400),
                           item("130219", "Cao thảo dược, lọ nhỏ, 600 lọ", "VN", 30, 600, "USD", qty=600)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLRAIL01", "rail", "CN", "PL", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "CN", 2, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-61-0041")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITPOST01", "post", "CH", "IT", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (metal etching)", "CH", 2.8, 2, 40, "CHF",
     [("PRECURSOR_LICENCE", "IT-MI-61-0019")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "391590",
     "Mixed post-consumer PET bottles, baled, with caps and labels, for recycling at a licensed plant, 24 t", "NO",
     24000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-61-0077")], "notified mixed plastic waste to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent bottle-washer caustic liquor (06 02 05*), for neutralisation at a licensed plant, 20 t", "CH", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-61-0112")], "notified spent caustic to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290373",
     "HCFC-141b, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 700,
     "USD", [("ODS_LICENCE", "DE-UBA-ODS-61-008")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "CZRAIL01", "rail", "CZ", "DE", "290371",
     "Recovered HCFC-22 from brewery glycol chillers, 12 cylinders, for destruction", "CZ", 480, 12, 0, "EUR",
     [("ODS_LICENCE", "CZ-MZP-ODS-61-003")], "recovered HCFC-22 shipped for destruction under licence"),
    ("PRM-07", "cultural", "export", "FRSEA01", "sea", "FR", "CH", "970510",
     "Roman wine amphora, Dressel 1, documented French collection since 1958, with export licence", "FR", 20, 1,
     6500, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-61-0048")], "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "711411",
     "Silver chalice, Naples 1780s, from a private collection, sold at auction with the export licence", "IT", 0.8,
     1, 14000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-61-0217")], "silver chalice exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "IN", "842129",
     "Cross-flow filtration skid, steam-sterilisable, ceramic membranes 20 m2, for an Indian vaccine maker", "IT",
     3200, 1, 190000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-61-0093"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-61-0140")],
     "dual-use cross-flow filtration under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKSEA01", "sea", "DK", "BR", "841939",
     "Pilot spray dryer, contained, sterilisable, for a Brazilian vaccine institute", "DK", 6000, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "DK-ERST-61-0031"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-61-0022")],
     "dual-use spray dryer under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "US", "DE", "121120",
     "American ginseng roots, cultivated (Wisconsin), dried, 40 kg", "US", 40, None, 4800, "USD",
     [("CITES_PERMIT", "US-FWS-61-0588")], "App. II cultivated ginseng with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121190",
     "Prunus africana bark, dried, within the national export quota, 10 t", "CM", 10000, None, 22000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-61-0071")], "App. II Prunus africana bark with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Giulia Rossi", "PRM-03": "Atlantic Kunststof Recycling BV",
    "PRM-05": "Central Analytik GmbH", "PRM-11": "Alpina Naturheilmittel GmbH", "PRM-12": "Rivage Phyto SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, nearly all beverage trade
    ("281122", "Kieselsol 30 %, silica-sol wine fining agent, 1 l", "import", ["road"], ["MK", "RS"], (2, 4), (500, 2000), ["EUR"], 1, S),
    ("292090", "Dimethyl dicarbonate (DMDC) cold sterilant for bottling plants, 25 kg drums", "import", ["air"], ["US", "CA"], (20, 35), (100, 500), ["USD"], None, S),
    ("390599", "PVPP beer stabiliser, 20 kg bags", "import", ["rail", "sea"], ["CN"], (6, 10), (1000, 5000), ["USD"], 0.05, S),
    ("283640", "Potassium bicarbonate, food grade, for wine deacidification, 25 kg", "import", ["road"], ["MD", "TR"], (1.2, 2), (1000, 5000), ["EUR"], 0.04, S),
    ("190190", "Kvass-wort concentrate, 1 kg jars", "import", ["rail", "road"], ["KZ", "UA"], (1, 1.8), (4000, 12000), ["EUR"], 1, S),
    ("281122", "Silica xerogel beer stabiliser, 20 kg bags", "export", ["sea"], ["NE", "BF", "SN"], (2.5, 4), (1000, 4000), ["EUR"], 0.05, S),
    ("170490", "Carbonation drops, priming sugar tablets, 250 g", "import", ["post"], ["GB"], (8, 14), (1, 3), ["GBP"], 4, S),
    ("220890", "Grappa ticinese, 0.7 l bottles", "import", ["road"], ["CH"], (18, 30), (500, 2000), ["CHF", "EUR"], 1, S),
    ("290549", "Monk-fruit sweetener with erythritol, 1 kg", "import", ["express"], ["KR", "CN"], (15, 30), (1, 3), ["USD"], 1, S),
    ("391732", "Drip irrigation line for vineyards, 16 mm, 500 m reels", "import", ["road"], ["TR", "IL"], (1.5, 2.5), (2000, 8000), ["EUR"], 0.04, S),
    ("390761", "PET bottle-grade resin, virgin, 1 t big bags", "export", ["sea"], ["ID", "VN"], (1.1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("701090", "Flint glass wine bottles, new, 750 ml", "export", ["sea"], ["EG", "MA"], (0.5, 0.9), (10000, 20000), ["EUR"], 2, S),
    ("291412", "Methyl ethyl ketone, new, 200 l drums", "export", ["sea"], ["NG", "GH"], (1.2, 1.8), (8000, 16000), ["EUR"], None, S),
    ("281512", "Caustic soda lye 50 %, new, IBC", "export", ["sea"], ["MA", "TN"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("841850", "Glass-door bottle coolers, new, R-290", "export", ["sea"], ["AO", "CV"], (6, 10), (4000, 10000), ["EUR"], 0.014, S),
    ("321519", "Water-based can-decoration inks, new, sealed tins", "export", ["road"], ["RS", "BA"], (8, 14), (1000, 4000), ["EUR"], 0.2, S),
    ("843840", "Brewhouse, new, 10 hl, mash tun and kettle", "export", ["sea"], ["NG", "KE"], (10, 16), (6000, 12000), ["EUR"], None, S),
    ("841869", "Glycol chillers for brewery tanks, new, R-290", "import", ["rail", "sea"], ["CN"], (12, 20), (1000, 4000), ["USD"], 0.002, S),
    ("841869", "Under-counter draught-beer coolers, new, R-600a", "import", ["road"], ["TR"], (7, 11), (1000, 3000), ["EUR"], 0.025, S),
    ("281121", "Food-grade carbon dioxide E290, 40 l cylinders", "import", ["road"], ["UA", "RS"], (0.8, 1.5), (1000, 3000), ["EUR"], 0.04, S),
    ("250300", "Sulphur discs for barrel sulphuring, boxed", "import", ["sea"], ["AR", "CL"], (3, 5), (1000, 4000), ["USD"], 4, S),
    ("280421", "Argon wine-preserver spray, 100 ml cans", "import", ["express"], ["US"], (20, 40), (1, 3), ["USD"], 6, S),
    ("280430", "Beer gas 70/30 nitrogen and CO2, 50 l cylinders", "import", ["road"], ["NO"], (4, 8), (300, 900), ["NOK"], 0.08, S),
    ("340290", "Alkaline beer-line cleaner, 5 l", "import", ["sea"], ["TH", "GB"], (1, 2), (3000, 9000), ["USD"], 0.2, S),
    ("340399", "Food-grade (NSF H1) lubricant for can seamers, 20 l", "import", ["sea"], ["MY", "US"], (5, 9), (1000, 4000), ["USD"], 0.05, S),
    ("842219", "Commercial glass washers for bars, new", "import", ["road"], ["MA", "TR"], (8, 12), (500, 2000), ["EUR"], 0.02, S),
    ("691390", "Terracotta garden amphorae, new", "import", ["sea"], ["ME", "TN"], (1.5, 3), (1000, 4000), ["EUR"], 0.06, S),
    ("691490", "Armenian karas clay wine jars, new", "import", ["road"], ["AM", "GE"], (1, 2), (1000, 3000), ["USD"], 0.0025, S),
    ("691390", "Kylix wine-cup replicas, museum shop, stamped", "import", ["post"], ["TR", "GR"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("830630", "Brass replica Chinese wine vessels, new, stamped", "import", ["air"], ["HK", "CN"], (15, 30), (50, 300), ["USD"], 0.5, S),
    ("711420", "Silver-plated wine goblets, new", "export", ["express"], ["US", "CA"], (60, 120), (1, 3), ["EUR"], 2, S),
    ("441990", "Carved wooden q'iru-style cups, new craft", "import", ["post"], ["BO", "PE"], (30, 60), (1, 2), ["USD"], 2, S),
    ("691390", "Antique-style glazed stoneware jars, new", "import", ["sea"], ["ID", "VN"], (1.5, 3), (2000, 6000), ["USD"], 0.07, S),
    ("711420", "Replica Thracian drinking horns, plated brass, new", "export", ["express"], ["US", "GB"], (60, 120), (1, 2), ["EUR"], 1, S),
    ("691490", "Handmade terracotta plant pots", "import", ["sea"], ["EG", "TN"], (0.8, 1.5), (3000, 9000), ["USD"], 0.3, S),
    ("691490", "Georgian qvevri clay wine vessels, new", "import", ["road"], ["GE"], (1.5, 3), (1000, 4000), ["USD"], 0.003, S),
    ("841950", "Stainless plate heat exchangers, wort coolers, new", "export", ["sea"], ["AE", "KE"], (15, 25), (500, 2000), ["EUR"], 0.002, S),
    ("842122", "Plate-and-sheet wine filters, cellulose sheets, new", "export", ["sea"], ["LB", "GE"], (15, 25), (300, 1500), ["EUR"], 0.005, S),
    ("210111", "Instant coffee, spray-dried, bulk cartons", "import", ["sea"], ["BR", "VN", "IN"], (6, 10), (10000, 18000), ["USD"], None, S),
    ("382499", "Glass-etching cream, hobby, 150 ml", "import", ["post"], ["US", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 5, S),
    ("170290", "Caramel colour E150d, 25 kg drums", "import", ["sea"], ["BR", "CN"], (1, 2), (4000, 12000), ["USD"], None, S),
    ("320190", "Oak tannin powder for winemaking, 1 kg", "import", ["road"], ["MD", "UA"], (15, 25), (200, 1000), ["EUR"], 1, S),
    ("110620", "Gelatinised maca flour for drinks, 10 kg boxes", "import", ["air"], ["PE", "BO"], (8, 14), (100, 500), ["USD"], 0.1, S),
    ("220600", "Vietnamese purple sticky-rice wine, 500 ml", "import", ["sea"], ["VN"], (1.5, 3), (2000, 6000), ["USD"], 1.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630690", "Hammocks, cotton canvas, with cords", "import", ["sea"], ["BR", "CO"], (5, 9), (2000, 6000), ["USD"], 0.8, N),
        ("940599", "Lampshades, linen fabric on wire frames", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 4000), ["USD"], 2, N),
        ("630790", "Macramé wall hangings, cotton cord", "import", ["sea"], ["IN", "VN"], (6, 12), (1000, 4000), ["USD"], 3, N),
        ("950490", "Domino sets, wooden box", "import", ["post", "express"], ["GB", "CN"], (15, 30), (1, 3), ["GBP", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind209", 20610101, HERE)


if __name__ == "__main__":
    main()
