#!/usr/bin/env python3
"""Writes the hundred-and-forty-seventh blind set (tests/risk/data/blind147-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2050, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Southern and Central Africa emphasis (Zambia, Zimbabwe, Botswana, Namibia, Angola
and the DR Congo as origins, transit hubs, destinations, traders, languages and covers).
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
would. Ids are BL147-*:

    python3 tests/risk/data/make_blind147_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2050, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2050
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "NA", [], "DE", "220890",
         "Ombike, Owambo home-distilled fruit spirit, gift bottles, 4 x 1 litre", "NA", 4.5, 4, 600, "NAD",
         "ombike, the Owambo spirit distilled from fermented fruit or millet, is a clear liquid of about 0.95 kg/l "
         "that smells of alcohol and burns with a blue flame; these four bottles hold a water-clear liquid of "
         "1.13 kg/l that does not burn, has no smell, whitens and stings the skin, fizzes on a cut and sits under "
         "vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Oshakati to a private person "
         "in Bielefeld; Namibian English wording with an Oshiwambo name (hydrogen peroxide repeats in many sets and "
         "clear-spirit covers in several, Haitian clairin and Malawian kachasu among them; an ombike label was "
         "found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-02", "import", "DEAIR01", "express", "NA", [], "DE", "151590",
         "Manketti-Öl (Mongongo), kaltgepresst, aus dem Kavango, 4 x 1 l", "NA", 4.6, 4, 1400, "NAD",
         "manketti (mongongo) kernel oil is a golden, nutty cosmetic oil of 0.92 kg/l that floats on water; these "
         "four bottles hold a thin, colourless liquid of 1.14 kg/l that sinks in water, smells faintly sharp and "
         "fruity, and the filler's drum label copied onto the invoice annex reads 'CH3NO2': nitromethane (Annex I "
         "above 16 %), sent by express from Windhoek to a private person in Leipzig, although flammable liquids "
         "travel by express only as declared dangerous goods; Namibian German wording (nitromethane repeats in many "
         "sets and cosmetic-oil covers in several, a Swazi marula kernel oil among them (blind123); a manketti or "
         "mongongo label was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("PRE-03", "import", "GBAIR01", "air", "ZM", [], "GB", "110220",
         "Ubunga bwa mataba (breakfast mealie meal), 2.5 kg packs, 480 packs", "ZM", 1200, 480, 1200, "USD",
         "breakfast mealie meal is a soft, creamy-white maize flour that smells of maize, fills a 2.5 kg bag to a "
         "plump pillow and thickens into nshima in boiling water; these packs are a third of that size for their "
         "weight and hold a gritty, bright-white powder that sinks in water without thickening, tastes of nothing, "
         "burns fiercely mixed with sugar, and whose inner liners read 'KClO4', for an Ilford Southern-African "
         "grocery that sells to the public: potassium perchlorate (Annex I above 40 %, reserved in the United "
         "Kingdom to holders of an EPP licence) retail-packed for members of the public, flown from Lusaka to "
         "Heathrow; Bemba wording (potassium perchlorate repeats in many sets and flour covers in several, arrowroot "
         "and masa harina among them; a mealie-meal label was found in no earlier row by a keyword search)",
         firm("Meridian African Foods Ltd", "GB")),
        ("PRE-04", "import", "IEPOST01", "post", "ZM", [], "IE", "283699",
         "Chidulo chophikira ndiwo (natural cooking potash), 4 x 1 kg", "ZM", 4, 4, 300, "ZMW",
         "chidulo is the grey-brown, lumpy, ash-smelling lye that Zambian and Malawian cooks make by burning bean "
         "stalks or banana peel and use to soften okra and leaves; these four bags hold glossy, white, tasteless "
         "crystals that do not smell of ash, spit violet sparks on a hot iron and whose inner bags read CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %), posted from Lusaka to a private person in Cork; "
         "Zambian Nyanja wording (potassium chlorate repeats in many sets and potash labels in several; a chidulo "
         "label was found in no earlier row by a keyword search)", person("Ms A. Murphy", "IE")),
        ("PRE-05", "import", "NLSEA01", "sea", "NA", [], "NL", "250100",
         "Letswai la Kgalagadi (Kalahari desert salt), dipakete tsa 500 g, 12 000", "BW", 6000, 12000, 12000,
         "USD",
         "Kalahari desert salt is a coarse, off-white to grey pan salt that tastes sharply of salt and crunches "
         "between the teeth; these 12,000 bags hold clear-white crystals that taste of little, draw damp, crackle "
         "and flare yellow on a gas ring, and the factory sheet left in the container gives CAS 7775-09-9, for a "
         "Rotterdam spice wholesaler that supplies shops selling to the public: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, trucked from Gaborone along the Trans-Kalahari corridor and "
         "shipped from Walvis Bay; Setswana wording (sodium chlorate repeats in many sets under salt labels; a "
         "Kalahari-salt label and the Trans-Kalahari route were found in no earlier row by a keyword search)",
         firm("Horizon Specerijen BV", "NL")),
        ("PRE-06", "import", "GBPOST01", "post", "ZW", [], "GB", "210690",
         "Hupfu hwemahewu (instant mahewu powder), mapaketi 4 x 1 kg", "ZW", 4, 4, 20, "USD",
         "instant mahewu powder is a coarse, cream-coloured maize meal with malt that smells sour-sweet and sets "
         "into a thin porridge in water; these four packs hold a fine, white, crystalline powder that dissolves at "
         "once and cold, draws damp, tastes bitter and salty, burns brightly mixed with sugar, and whose re-used "
         "liners read 'NaClO4': sodium perchlorate (Annex I above 40 %, reserved in the United Kingdom to holders "
         "of an EPP licence), posted from Harare to a private person in Luton; Shona wording (sodium perchlorate "
         "repeats in many sets and drink-powder covers in several, horchata de morro among them (blind144); a "
         "mahewu label was found in no earlier row by a keyword search)", person("Emma Jones", "GB")),
        ("PRE-07", "import", "DESEA01", "sea", "NA", [], "DE", "100829",
         "Omahangu (pearl millet), cleaned, 25 kg sacks, 400 sacks", "NA", 10000, 400, 6000, "USD",
         "mahangu is a small, grey-green to yellowish, tear-shaped millet grain that smells of hay and is sold by "
         "the 25 kg sack to Owambo families abroad; these 400 sacks hold white, round, smooth 2 mm prills that turn "
         "ice-cold in water, smell of nothing, test at 34 % N and melt and fume on a hot plate, for a Hamburg "
         "African-food cash-and-carry that sells to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, shipped from Walvis Bay as an undeclared oxidiser; Namibian English "
         "wording with an Oshiwambo name (ammonium nitrate repeats in many sets and grain covers in several, millet, "
         "fonio, quinoa and amaranth among them; a mahangu label was found in no earlier row by a keyword search)",
         firm("Atlantic Afrika Lebensmittel GmbH", "DE")),
        ("PRE-08", "import", "BEAIR01", "air", "CD", [], "BE", "220299",
         "Tangawisi, jus ya sika, milangi ya 1 l, 600", "CD", 840, 600, 900, "USD",
         "tangawisi, the Kinshasa ginger drink, is a cloudy, beige, peppery juice of about 1.05 kg/l that ferments "
         "within days; these 600 bottles hold a pale-yellow, water-clear liquid of 1.40 kg/l that fumes brown when "
         "opened, stains the skin yellow and eats into a copper coin, for a Matonge (Ixelles) grocery that sells to "
         "the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown "
         "from Kinshasa N'Djili to Brussels; Lingala wording (nitric acid repeats in many sets and a ginger-drink "
         "cover once, Burkinabè gnamakoudji (blind140); a tangawisi label was found in no earlier row by a keyword "
         "search)", firm("Central Matonge Alimentation SA", "BE")),
        ("PRE-09", "import", "ATAIR01", "express", "BW", [], "AT", "151590",
         "Lerotse (Kalahari melon) seed oil, cold-pressed, 4 x 1 litre", "BW", 7.4, 4, 900, "BWP",
         "Kalahari melon seed oil is a pale-yellow, light oil of 0.92 kg/l that floats on water and smells of "
         "little; these four bottles are oily but colourless, weigh 1.84 kg/l, grow hot with a drop of water and "
         "char a cork: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Gaborone to a private "
         "person in Graz, although corrosive liquids travel by express only as declared dangerous goods; English "
         "wording from Botswana with a Setswana name (sulphuric acid repeats in many sets and oil covers in several, "
         "castor oil (blind119) and liquid paraffin (four sets) among them; a Kalahari-melon-oil label was found in "
         "no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-10", "export", "BESEA01", "sea", "BE", ["TZ", "ZM"], "CD", "820713",
         "Taillants et tiges de forage pour marteaux hors-trou, 1 lot", "BE", 3200, None, 18000, "EUR",
         "a mining-spares container for a Lubumbashi drilling contractor: button bits, rods and rock-drill grease "
         "are what Antwerp suppliers send to Katanga, but the third item's 'spare fuses for miners' cap lamps' are "
         "4,000 aluminium tubes 7 mm across on 4 m yellow leg wires with a delay number on a tag, in cartons that "
         "carry no class 1 label: electric delay detonators, explosives exported without the export authorisation "
         "Belgian explosives law requires and as undeclared dangerous goods, hidden as the last item of a "
         "three-item declaration, shipped from Antwerp to Dar es Salaam for road transit through Zambia to "
         "Kasumbalesa; Belgian French wording (detonators repeat in many sets, behind drilling accessories in "
         "blind12; a cap-lamp spare label in a Katanga mining container and the Kasumbalesa route were found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "CD"},
              _more_items=[item("340319", "Graisse pour perforatrices pneumatiques, fûts de 180 kg, 6 fûts", "BE",
                                1080, 2400, "EUR", qty=6),
                           item("851390", "Fusibles de rechange pour lampes-casques de mineur, avec fils, 4 000 pièces",
                                "BE", 60, 1600, "EUR", qty=4000)])),
    ],
    "waste": [
        ("WST-01", "import", "DESEA01", "sea", "MZ", [], "DE", "261000",
         "Chrome ore, hard lumpy, Great Dyke, 40-42 % Cr2O3, big bags, 25 t", "ZW", 25000, None, 6000, "USD",
         "lumpy chrome ore from the Great Dyke is black, granular chromite rock with a greasy lustre that breaks "
         "along its grains; these bags hold square-edged fragments of fired brick with a glassy, green-black, "
         "slag-coated hot face, brown-red cores, copper-green and yellow stains, that read 2 % arsenic and 3 % lead "
         "on a hand-held analyser: the spent magnesia-chrome lining of a copper-nickel smelting furnace (16 11 03*), "
         "hazardous waste brought into the Union for 'recovery' without the notification and consent the "
         "waste-shipment rules require, by sea from Beira to Hamburg for a Duisburg trader; Zimbabwean English "
         "wording (spent refractories repeat in many sets, chromite-bearing brick once (blind128), and chrome-ore "
         "labels in two (blind104, blind137); from Zimbabwe through Beira is the new part as far as a search "
         "found)",
         {"importer_country": "DE"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", ["NA"], "ZM", "860210",
         "Gebrauchte Diesellokomotiven, dieselelektrisch, überholt, betriebsfähig, 3 Stück", "DE", 180000, 3, 90000,
         "EUR",
         "overhauled locomotives for reuse come with a workshop certificate, running engines and a test-run report; "
         "these three stood twenty years on a Saxon siding, two have no prime mover, the cabs and engine rooms are "
         "lined with crumbling sprayed asbestos, the capacitors and the auxiliary transformer leak an oily liquid "
         "under 'Clophen' plates, and the buyer, a Kitwe scrap dealer, pays scrap price: end-of-life rolling stock "
         "with asbestos insulation and PCB-containing parts (17 06 01*, 16 02 10*), "
         "hazardous waste whose export to a non-OECD country is banned, shipped from Bremerhaven to Walvis Bay for "
         "low-loaders on through the Caprivi strip to the Copperbelt; German wording (locomotives as waste repeat "
         "in a few sets (blind46, blind62, blind66); through Walvis Bay to Zambia is the new part as far as a "
         "search found)", {"importer_country": "ZM"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "AO", "850211",
         "Grupos geradores diesel insonorizados, 100 kVA, segunda mão, 24 unidades", "PT", 31000, 24, 14400, "EUR",
         "reconditioned generating sets for reuse are complete, tested and carry a fresh service sticker and a "
         "run-hour report; these twenty-four, pulled off Lisbon building sites, have no alternators or seized engines, "
         "sumps and tanks full of black sludge, cracked lead-acid starter batteries and leaking coolant, and were "
         "bought by the tonne for a Luanda 'repair shop': discarded equipment with hazardous components, waste oils "
         "and batteries (16 02 13*, 13 02 08*, 16 06 01*), hazardous waste whose export to a non-OECD country is "
         "banned, from Lisbon to Luanda; Portuguese wording (waste from Portugal to Angola repeats in many sets, and "
         "used generators appear as the lawful first item of two declarations, to Bissau (blind128) and Malabo "
         "(blind134); generating sets as the waste itself, for Luanda, are the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "CD", "940360",
         "Schoolbanken, hout, gebruikt, 200 stuks", "BE", 6000, 200, 1000, "EUR",
         "a school-twinning donation container for a Kinshasa secondary school: desks and French textbooks are what "
         "Flemish parishes send to Congo, but the third item's 'laboratory reagents for schools' are 1,200 bottles "
         "cleared from Flemish school and university stores, decades past use, many unlabelled, with crystallised "
         "picric acid, mercury salts, chromates and peroxide-forming ethers among them: discarded laboratory "
         "chemicals (16 05 06*), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration from Antwerp to Matadi; Flemish (Belgian Dutch) wording (discarded "
         "laboratory chemicals repeat in several sets (blind19, blind55, blind87, blind99), and school desks front "
         "two earlier charity containers (blind123, blind130); lab chemicals behind them for Kinshasa are the new "
         "part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("490199", "Schoolboeken, Franstalig, gebruikt, 3 000 stuks", "BE", 3000, 600, "EUR",
                                qty=3000),
                           item("382219", "Laboratoriumreagentia voor scholen, assortiment, 1 200 flessen", "BE", 1400,
                                300, "EUR", qty=1200)])),
        ("WST-05", "import", "BESEA01", "sea", "AO", [], "BE", "282200",
         "Hidroksidi ya kobalti, 30 % Co, mifuko mikubwa 40 (hydroxyde de cobalt, big bags)", "CD", 40000, 40,
         240000, "USD",
         "cobalt hydroxide is a damp, pink-brown to olive cake of about 30 % Co that stains the hands; these 40 bags "
         "hold a fine, dry, grey dust that reads 4 % Co, 9 % arsenic and 6 % lead, swept from the gas-cleaning plant "
         "of a Kolwezi copper-cobalt smelter: flue-gas dust containing hazardous substances (10 06 03*), hazardous "
         "waste brought into the Union without the notification and consent it needs, railed down the Benguela line "
         "and shipped from Lobito to Antwerp for a 'hydroxide trader'; Katangese Swahili wording with French "
         "(smelter dusts repeat in many sets under concentrate labels, and a cobalt-hydroxide label once, on black "
         "mass (dev5-a); the Lobito corridor was found in no earlier row by a keyword search)",
         {"importer_country": "BE"}),
        ("WST-06", "import", "FRSEA01", "sea", "NA", [], "FR", "850421",
         "Used distribution transformers, 100-500 kVA, for rewinding and resale, 40 units", "BW", 48000, 40, 20000,
         "USD",
         "used transformers for rewinding come drained, or filled with mineral oil and a PCB test below 50 ppm; "
         "these forty from a Botswana utility's 1970s stock hold a heavy, non-flammable, sweet-smelling liquid of "
         "1.5 kg/l and carry 'Askarel' and 'Pyralène' plates: PCB-filled transformers (16 02 09*), persistent "
         "organic pollutants whose shipment to destruction needs notification and consent, brought in as goods "
         "without either, trucked from Gaborone to Walvis Bay and shipped to Le Havre for a Rouen 'rewinder'; "
         "English wording from Botswana (PCB transformers repeat in many sets; Botswana is the origin of only one "
         "earlier row (blind130, on wildlife), and a Botswana origin for waste is the new part as far as a search "
         "found)",
         {"importer_country": "FR"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", ["MZ"], "ZW", "731100",
         "Botellas de gas de calibración, acero, 1 litro, vacías, 60 unidades", "ES", 2280, 60, 600, "EUR",
         "empty 1-litre calibration-gas cylinders weigh about 2 kg and ring when tapped; these sixty weigh 38 kg "
         "each, do not ring, slosh heavily, and are the 76-pound iron flasks of the mercury trade with their stamps "
         "ground off: 2 t of metallic mercury from the decommissioning of a Spanish chlor-alkali plant, which Union "
         "law classes as waste and whose export Regulation 2017/852 forbids, shipped from Valencia to Beira for a "
         "Harare 'gas' trader who supplies artisanal gold miners; Spanish wording (mercury repeats in many sets and "
         "calibration-gas labels in three ozone rows (blind9, blind72, blind141); mercury flasks under one, for "
         "Zimbabwe's gold fields, are the new part as far as a search found)", {"importer_country": "ZW"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "CG", "392330",
         "Jerrycans 20 l, HDPE, gebruikt, gereinigd, voor wateropslag, 6 000 stuks", "NL", 6600, 6000, 1800, "EUR",
         "cleaned used jerrycans for water storage are rinsed, odourless and come from food or detergent use; "
         "these 6,000, collected from Westland glasshouse growers, still carry the torn labels of fungicides and "
         "soil disinfectants, smell of solvent, and leave an oily, coloured film in the bottom, for a Pointe-Noire "
         "trader who sells them at the market to households for drinking water: packaging containing residues of "
         "hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Pointe-Noire; Dutch wording (contaminated packaging repeats in several sets (blind10, "
         "blind105, blind110); a water-storage jerrycan label for Congo-Brazzaville is the new part as far as a "
         "search found)", {"importer_country": "CG"}),
        ("WST-09", "import", "BESEA01", "sea", "TZ", [], "BE", "260800",
         "Willemite zinc ore (zinc silicate), Kabwe, 28 % Zn, 30 t", "ZM", 30000, None, 9000, "USD",
         "Kabwe's willemite is a pale, glassy, white-grey zinc silicate that fluoresces green under a UV lamp; these "
         "bags hold grey-black, fine, damp tailings and crushed blast-furnace slag that stay dark under UV, read 12 % "
         "lead on a hand-held analyser and come from the old dumps of the Kabwe mine, among the most lead-polluted "
         "places on earth: lead-rich mine tailings and smelter slag (01 03 04*, 10 04 01*), hazardous waste brought "
         "into the Union without notification and consent, trucked to Dar es Salaam and shipped to Antwerp; Zambian "
         "English wording (Kabwe and willemite labels were found in no earlier row by a keyword search)",
         {"importer_country": "BE"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "CD", "880240",
         "Avion Boeing 737-200 d'occasion, en état de vol, 1 unité", "FR", 28000, 1, 150000, "EUR",
         "an airworthy airliner is flown to its buyer on a ferry permit with its records; this one, from a "
         "Châteauroux storage yard, arrives at Le Havre cut into three sections on flat racks, without engines or "
         "logbooks, its hydraulic lines dripping phosphate-ester fluid, its cargo-hold fire bottles and batteries "
         "still fitted, for a Kinshasa airline that would need the parts: an end-of-life aircraft with hazardous "
         "fluids and components (16 01 04*-type, 16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, from Le Havre to Matadi; French wording (aircraft parts repeat in many strategic rows and "
         "waste hydraulic oil drained from aircraft once (blind100); an airliner hulk declared airworthy was found "
         "in no earlier row by a keyword search)",
         {"importer_country": "CD"}),
    ],
    "ozone": [
        ("OZN-01", "export", "BESEA01", "sea", "BE", [], "CD", "841869",
         "Groupes de condensation neufs, CO2 (R-744), pour chambres froides, 12 pièces", "BE", 3600, 12, 14400,
         "EUR",
         "new CO2 condensing units are heavy, high-pressure packs rated 120 bar with a maker's plate and a CE "
         "declaration; these twelve, taken out of Flemish supermarkets at a refit and repainted, are rated 28 bar, "
         "their old plates under the new stickers read R-22, and their gauges show about 15 kg of charge each, for a "
         "Kinshasa cold store: equipment containing HCFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Antwerp to Matadi; Belgian French wording (R-22 equipment for export repeats in many "
         "sets and CO2 (R-744) labels in a few; a new-CO2-unit label for Kinshasa is the new part as far as a "
         "search found)",
         {"importer_country": "CD"}),
        ("OZN-02", "export", "PTSEA01", "sea", "PT", [], "AO", "381400",
         "Desengordurante dieléctrico para contactos eléctricos, aerossol 400 ml, 4 800 latas", "PT", 3800, 4800,
         4300, "EUR",
         "a dielectric contact degreaser is a light hydrocarbon or alcohol blend of about 0.75 kg/l that flames when "
         "lit; these 4,800 cans are heavy for their size, spray a non-flammable liquid of 1.59 kg/l with a sweet, "
         "chloroform-like smell, and the filler's drums in the same container read 'CCl4': carbon tetrachloride, an "
         "ozone-depleting substance whose export from the Union is banned (Regulation 2024/590), from Leixões to "
         "Luanda for an electrical wholesaler in the Kikolo market; Portuguese wording (carbon tetrachloride repeats "
         "in many sets and contact-cleaner labels in a few; to Angola as an aerosol degreaser is the new part as far "
         "as a search found)", {"importer_country": "AO"}),
        ("OZN-03", "transit", "BESEA01", "sea", "IL", ["BE", "MZ"], "ZW", "382499",
         "Ethanedinitrile (EDN) fumigant for tobacco seedbeds, 40 cylinders", "IL", 2000, 40, 12000, "USD",
         "ethanedinitrile is a light gas (0.95 kg/l as a liquid) sold in small cylinders with a register number of "
         "each country that allows it, and Zimbabwe has none; these 40 cylinders hold 50 kg each of a liquid of "
         "1.73 kg/l, and their shoulders are stamped 'CH3Br' under the stickers: methyl bromide for the tobacco "
         "seedbeds that Zimbabwe moved off it in 2015, an ozone-depleting substance moved through the Union without "
         "the licence Regulation 2024/590 requires, landed at Antwerp in transit from Ashdod to Beira and on by road "
         "to Harare; English wording (methyl bromide repeats in many sets and an EDN label in three (blind56, "
         "blind92, blind104); tobacco seedbeds in Zimbabwe through Antwerp and Beira are the new part as far as a "
         "search found)", {"importer_country": "ZW"}),
        ("OZN-04", "import", "GBAIR01", "air", "ZW", [], "GB", "842410",
         "Used foam fire extinguishers, 9 litre, for refurbishment, 80 units", "ZW", 960, 80, 800, "USD",
         "9-litre foam extinguishers are tall, light-red cylinders that slosh with a water-based solution and have a "
         "hose with a foam nozzle; these 80 are squat, heavy, green-banded 1970s units with a short nozzle, no "
         "hose, that hiss a vanishing gas with a faint sweet smell, and their valve stamps read 'BCF': halon 1211 "
         "extinguishers taken out of Zimbabwean tobacco auction floors and a thermal power station, products "
         "containing an ozone-depleting substance whose import into Great Britain is banned, flown from Harare to a "
         "Midlands fire-equipment dealer; Zimbabwean English wording (halon 1211 repeats in many sets and "
         "foam-extinguisher labels in a few (blind85, blind109); from Zimbabwe is the new part as far as a search "
         "found)",
         firm("Central Fire Services Ltd", "GB")),
        ("OZN-05", "export", "NLSEA01", "sea", "NL", ["MZ"], "ZW", "841869",
         "Schilferijsmachines, gebruikt, gereviseerd, R-404A, 6 stuks", "NL", 4800, 6, 21000, "EUR",
         "reconditioned flake-ice machines for reuse run on R-404A, R-449A or ammonia and come with a leak-test "
         "report; these six, taken out of an IJmuiden fish auction, carry their original 1990s plates for R-22 under "
         "the new labels and still hold about 30 kg of charge each, for kapenta fishing rigs on Lake Kariba: "
         "equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), shipped from "
         "Rotterdam to Beira and on by road to Kariba; Dutch wording (R-22 equipment for export repeats in many sets "
         "and ice machines in several; kapenta rigs and Lake Kariba were found in no earlier row by a keyword "
         "search)", {"importer_country": "ZW"}),
        ("OZN-06", "import", "ESSEA01", "sea", "NA", [], "ES", "382769",
         "Refrigerante R-438A (MO99) recuperado, botellas de 60 kg, 40 unidades", "NA", 2400, 40, 9600, "EUR",
         "recovered R-438A is an HFC blend that reads about 6.5 bar at 20 °C in grey returnable cylinders; these 40 "
         "read 9 bar, a refrigerant analyser gives 98 % chlorodifluoromethane, and the cylinders were filled from "
         "the freezer plants of Walvis Bay trawlers owned by a Vigo fishing group, to be sold to Galician workshops "
         "that still service R-22 plants: HCFC-22, whose import into the Union is banned, with an HFC label, by sea "
         "from Walvis Bay to Vigo; Spanish wording (HCFC-22 under HFC labels repeats in many sets and R-438A labels "
         "in a few (blind26, blind53, blind62, blind103); from a Namibian trawler fleet to Vigo is the new part as "
         "far as a search found)", firm("Rivage Frío Industrial SL", "ES")),
        ("OZN-07", "import", "NLSEA01", "sea", "AO", [], "NL", "731100",
         "Acumuladores de azoto, hidráulicos, usados, 24 unidades", "AO", 2600, 24, 2400, "USD",
         "hydraulic nitrogen accumulators are steel bottles with a bladder and a hydraulic port that read their "
         "nitrogen pre-charge on a gauge; these 24 have no hydraulic port, carry red bands, discharge heads with a "
         "squib connector and maker's plates reading 'Halon 1301', and were taken off a decommissioned FPSO in "
         "Angolan block 17: bromotrifluoromethane, an ozone-depleting substance whose import into the Union is "
         "banned outside licensed critical uses, shipped from Luanda to Rotterdam for a 'hydraulics' trader; "
         "Angolan Portuguese wording (halon 1301 repeats in many sets and accumulator labels in a few; from an "
         "Angolan offshore field, a lawful twin of which appears only as a permitted row (blind140), is the new part "
         "as far as a search found)", firm("Horizon Hydrauliek BV", "NL")),
        ("OZN-08", "export", "NLSEA01", "sea", "NL", ["NA"], "ZM", "730890",
         "Sandwichpanelen voor koelcellen, gebruikt, PUR 120 mm, 1 200 m2", "NL", 18000, None, 9000, "EUR",
         "used cold-store panels for reuse come from 2000s builds with a pentane- or water-blown PIR core and a data "
         "sheet; these 1,200 m2, cut out of a 1982 Westland auction cold store, have a yellowed, brittle PUR core "
         "that releases a sweet smell when cut and reads trichlorofluoromethane in a head-space test: panels blown "
         "with CFC-11, products containing an ozone-depleting substance whose export from the Union is banned "
         "(Regulation 2024/590), shipped from Rotterdam to Walvis Bay for a Lusaka poultry abattoir's cold rooms; "
         "Dutch wording (CFC-11 foams repeat in many sets and sandwich panels in a few; to Zambia through Walvis Bay "
         "is the new part as far as a search found)", {"importer_country": "ZM"}),
        ("OZN-09", "export", "FRSEA01", "sea", "FR", [], "CG", "382769",
         "Fluide frigorigène R-417A, bouteilles consignées de 11,3 kg, 200 pièces", "FR", 2260, 200, 6000, "EUR",
         "R-417A is an HFC-and-butane blend in green returnable cylinders with a batch label, sold at 40-60 EUR/kg; "
         "these 200 mismatched, re-painted cylinders, at 2.6 EUR/kg, read the pressure of R-22 and an analyser gives "
         "chlorodifluoromethane with compressor oil: HCFC-22 recovered from Marseille supermarkets and sold on, an "
         "ozone-depleting substance whose export from the Union is banned (Regulation 2024/590), from Marseille-Fos "
         "to Pointe-Noire for an air-conditioning workshop; French wording (recovered R-22 under HFC labels repeats "
         "in many sets and R-417A labels in a few; Congo-Brazzaville for it is the new part as far as a search "
         "found)", {"importer_country": "CG"}),
        ("OZN-10", "export", "GBSEA01", "sea", "GB", ["ZA"], "ZW", "841821",
         "Used household fridges and chest freezers, working, 60 units", "GB", 3600, 60, 1800, "GBP",
         "working used fridges for export are recent models on R-600a with a cyclopentane-blown cabinet and a test "
         "label; these sixty, collected from Leicester council bulky-waste rounds, are 1980s and early-1990s units "
         "whose compressor plates read R-12 and whose foam gives off trichlorofluoromethane when cut: products "
         "containing CFC-12 and CFC-11, whose export from Great Britain is banned, shipped to Durban and trucked "
         "through Beitbridge for a Harare second-hand dealer; Zimbabwean English wording (CFC fridges for export "
         "repeat in many sets; through Durban and Beitbridge to Harare is the new part as far as a search found)",
         {"importer_country": "ZW"}),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "CD", [], "BE", "711620",
         "Objets en malachite (œufs, coffrets, cendriers), artisanat de Lubumbashi, 120 pièces", "CD", 90, 120, 1800,
         "USD",
         "a Lubumbashi crafts air shipment for a Brussels gift shop: polished malachite eggs and hammered copper "
         "pictures are what Katanga workshops sell, but the third item's 'copper crosses, souvenirs' are 200 small "
         "cast H- and X-shaped copper ingots, crusted with green corrosion and grave earth, in graded sizes, from "
         "burials of the Upemba depression: Kisalian and Kabambian croisettes (10th-16th century), archaeological "
         "objects whose export the DR Congo forbids, brought in without the import licence Regulation 2019/880 "
         "requires, hidden as the last item of a three-item declaration, flown from Lubumbashi to Brussels; "
         "Katangese French wording (Katanga crosses, Upemba graves and malachite labels were found in no earlier "
         "row by a keyword search)",
         dict(firm("Orion Artisanat SA", "BE"),
              _more_items=[item("741980", "Tableaux en cuivre martelé, souvenirs, 30 pièces", "CD", 45, 600, "USD", qty=30),
                           item("741980", "Croisettes en cuivre, souvenirs, 200 pièces", "CD", 40, 200, "USD", qty=200)])),
        ("CUL-02", "import", "PTSEA01", "sea", "AO", [], "PT", "680299",
         "Estátuas de jardim em pedra-sabão, novas, artesanato do Uíge, 6 peças", "AO", 240, 6, 300, "USD",
         "new soapstone garden statues are crisply cut, oiled and even in colour; these six are seated and kneeling "
         "figures with one hand to the chin, filed teeth and a cap of rank, weathered grey-green with lichen on the "
         "backs and red earth in the cracks, taken from graves around Mbanza Kongo: Kongo mintadi funerary figures "
         "(16th-19th century), heritage of a World Heritage town whose export Angola forbids, brought in against the "
         "UNESCO 1970 convention (and, above the value threshold, without the importer statement of Regulation "
         "2019/880), in a container from Luanda to Lisbon; Angolan Portuguese wording (soapstone labels repeat in "
         "several sets; mintadi were found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("CUL-03", "import", "FRAIR01", "express", "CD", [], "FR", "442090",
         "Planche décorative perlée, artisanat luba, bois et perles, 1 pièce", "CD", 0.8, 1, 60, "USD",
         "new beaded craft boards are flat, evenly cut and covered with bright glass beads in neat rows; this one is "
         "a small, hand-held, waisted board with a carved female head at one end, dull shell, bone and old glass "
         "beads pegged in clusters on the face, and a patina of handling on the back: a Luba lukasa memory board "
         "(19th-early 20th century), heritage whose export the DR Congo forbids, brought in against the UNESCO 1970 "
         "convention, sent by express from Lubumbashi to a private buyer in Paris; Congolese French wording (Luba "
         "objects repeat in a few sets, a headrest and figures; a lukasa under a beaded-board label was found in no "
         "earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-04", "import", "GBAIR01", "air", "ZM", [], "GB", "251690",
         "Ironstone concretions for rockery gardens, Luangwa valley, 2 pieces", "ZM", 70, 2, 120, "USD",
         "ironstone rockery stones are rough, rusty, lumpy nodules with no shape inside; these two are split "
         "mudstone nodules that hold a beaked, tusked skull with large eye openings and a row of vertebrae, "
         "partly prepared with a needle: a dicynodont therapsid (Permian, about 255 million years) from the Luangwa "
         "valley beds, palaeontological heritage whose export Zambia forbids without a permit of its National "
         "Heritage Conservation Commission, brought in against the UNESCO 1970 convention, flown from Lusaka to a "
         "London fossil dealer; Zambian English wording (Karoo-age fossils and a Luangwa origin were found in no "
         "earlier cultural row by a keyword search)", firm("Vega Natural History Ltd", "GB")),
        ("CUL-05", "import", "DEPOST01", "post", "BW", [], "DE", "711790",
         "Dikgabisa tsa mae a ntšhe (ostrich eggshell bead jewellery), dithapo di le 12", "BW", 0.6, 12, 400, "BWP",
         "new ostrich-eggshell bead strings from Ghanzi and Gantsi craft groups are bright white, evenly ground discs "
         "on new thread; these twelve strands are yellowed, uneven, hand-drilled discs with soil in the holes, "
         "threaded with fragments of an engraved, ochre-stained eggshell flask from rock-shelter deposits of the "
         "Tsodilo Hills: Later Stone Age beads and flask fragments, archaeological objects whose export Botswana's "
         "Monuments and Relics Act forbids, posted from Maun to a private collector in Münster against the UNESCO "
         "1970 convention; Setswana wording (ostrich eggshell appears in a few rows, once as Neolithic beads from "
         "Mauritania (blind140); Tsodilo and a Botswana origin for a cultural row were found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-06", "import", "DESEA01", "sea", "NA", [], "DE", "680291",
         "Karibib-Marmor, Gartenplatten, bruchrau, 8 Stück", "NA", 1600, 8, 800, "NAD",
         "Karibib marble garden slabs are white to grey, crystalline, sugary stone that fizzes with acid; these "
         "eight are brown-patinated sandstone slabs that do not fizz, pecked with giraffes, rhinos, spoor and "
         "circles, with the fresh saw cuts on their backs of slabs taken off a boulder face in the Kunene region: "
         "San rock engravings, national heritage under Namibia's National Heritage Act whose export it forbids, "
         "brought in against the UNESCO 1970 convention in a container from Walvis Bay to Hamburg for a garden "
         "designer; Namibian German wording (rock art repeats in several sets; Namibian engravings and a "
         "Karibib-marble label were found in no earlier row by a keyword search)",
         firm("Alpina Gartenstein GmbH", "DE")),
        ("CUL-07", "import", "PTSEA01", "sea", "AO", [], "PT", "940169",
         "Cadeira artesanal estilo tchokwe, nova, madeira, 1 peça", "AO", 12, 1, 150, "USD",
         "new Chokwe-style chairs from Luanda craft markets are pale, stained wood with machine-turned rungs and "
         "crisp figures; this one is a dark, worn chief's chair with a rawhide seat held by brass tacks, carved "
         "masquerade figures on the rungs and a back panel with a mask of Mwana Pwo, the tacks green and the "
         "hide cracked: a 19th-century Chokwe chief's chair (citwamo), heritage whose export Angola forbids, "
         "brought in against the UNESCO 1970 convention in a container from Luanda to Lisbon; Angolan Portuguese "
         "wording (Chokwe objects appear once, a Mwana Pwo mask (blind32); a chief's chair under a new-craft label "
         "was found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("CUL-08", "import", "NLAIR01", "air", "ZM", [], "NL", "442090",
         "Zambian wood carvings, new, assorted, from Mpulungu craft centre, 20 pieces", "ZM", 60, 20, 400, "USD",
         "new Mpulungu carvings are light, pale, stained wood with shoe-polish shine; two of these twenty are dense, "
         "dark standing figures with a scarified face, a bun of hair in a cross pattern and a sacrificial crust at "
         "the feet, with old insect holes: Tabwa ancestor figures (19th century) taken across Lake Tanganyika from "
         "the DR Congo, which forbids their export, brought in against the UNESCO 1970 convention, flown from Lusaka "
         "to Amsterdam for a tribal-art dealer; Zambian English wording (Tabwa objects and a Mpulungu route were "
         "found in no earlier row by a keyword search)", firm("Horizon Tribal Art BV", "NL")),
        ("CUL-09", "import", "GBPOST01", "post", "ZM", [], "GB", "442090",
         "Makishi mask, new craft for display, 1 piece", "ZM", 2, 1, 40, "USD",
         "new Makishi craft masks are light wood or papier-mâché with bright enamel paint; this one is a barkcloth "
         "and resin mask of a dancer, black with age, with red and white clay patterns, a fibre fringe that crumbles "
         "and soot on the inside: an early 20th-century Luvale mukishi mask from a Zambezi-source village, heritage "
         "whose export Zambia forbids without a permit, posted from Solwezi to a private collector in Bristol "
         "against the UNESCO 1970 convention; Zambian English wording (Makishi and Luvale objects were found in no "
         "earlier row by a keyword search)", person("Mrs S. Patel", "GB")),
        ("CUL-10", "export", "BEAIR01", "express", "BE", [], "CH", "442090",
         "Masque décoratif, artisanat contemporain, bois peint, 1 pièce", "BE", 1.5, 1, 300, "EUR",
         "contemporary craft masks are light, brightly painted and sold at a few hundred euros; this one is a Yaka "
         "initiation mask with an upturned nose, a raffia ruff, a painted superstructure and a 1920s Belgian "
         "collection label on the back, offered at 65,000 EUR by a Brussels dealer to a Geneva client: a cultural "
         "good over 100 years old above the value threshold, exported without the licence Regulation 116/2009 "
         "requires, sent by express from Brussels to Geneva; Belgian French wording (Central African masks repeat in "
         "many sets; a Yaka mask leaving from a Belgian collection was found in no earlier row by a keyword "
         "search)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "import", "BEAIR01", "air", "BW", [], "BE", "710210",
         "Rough diamonds, unsorted, Botswana run-of-mine, 2,400 ct, Kimberley Process certificate attached", "BW",
         0.48, None, 1900000, "USD",
         "Botswana run-of-mine sold through Gaborone comes in parcels whose assortment codes and boxes match the "
         "seller's sights; this parcel carries a Botswana Kimberley certificate, but the stones are sharp, glassy "
         "octahedra with yellowish skins in the size spread of a Yakutian pipe, the sort labels under the new ones "
         "are a Russian producer's, and the Gaborone 'trader' bought the lot in Dubai a week before: Russian rough "
         "diamonds, whose import into the Union, directly or through third countries, Regulation 833/2014 forbids, "
         "flown from Gaborone to Brussels for an Antwerp dealer; Botswana English wording (Russian diamonds under "
         "third-country origin repeat in several sets, Guyanese alluvial origin among them (blind144); a Botswana "
         "certificate is the new part as far as a search found)", firm("Central Diamond Trading SA", "BE")),
        ("STR-02", "import", "BEAIR01", "air", "CM", [], "BE", "710812",
         "Or brut artisanal, orpaillage de l'Est-Cameroun (Batouri), 12 lingots de 1 kg", "CM", 12, 12, 720000,
         "USD",
         "artisanal gold from eastern Cameroon is alluvial dust or small, irregular, low-fineness buttons; these "
         "twelve 1 kg bars are cast, 92 % fine, with the mould marks of a Bangui gold house whose stamp has been "
         "ground off, and the Douala exporter's invoices name as supplier a Central African mining company listed by "
         "the Union for its links to the Wagner Group: gold from the Central African Republic whose purchase makes "
         "economic resources available to a listed entity, against the asset freeze, flown from Douala to Brussels "
         "for an Antwerp refiner's agent; Cameroonian French wording (Wagner-linked goods and Central African "
         "Republic gold were found in no earlier row by a keyword search)", firm("Meridian Affinage SA", "BE")),
        ("STR-03", "export", "BESEA01", "sea", "BE", ["NA"], "ZM", "293090",
         "Sodium isobutyl xanthate (SIBX), flotation collector, pellets, 20 t", "BE", 20000, None, 36000, "EUR",
         "SIBX is a flotation collector of yellow-green pellets with a sulphur smell that dissolve in water; these "
         "drums hold a yellow-grey powder that does not dissolve, reeks of rotten eggs when the air is damp, and "
         "whose inner liners read 'P4S10', for a Chingola 'reagents' firm that makes no flotation reagent and ships "
         "on by road to a Lubumbashi buyer of no known trade: phosphorus pentasulphide, an Australia Group "
         "chemical-weapons precursor (dual-use 1C350), exported without the licence Regulation 2021/821 requires, "
         "from Antwerp through Walvis Bay; English wording (phosphorus pentasulphide repeats in several sets and "
         "flotation-reagent covers once (blind4); a xanthate label and the Copperbelt route were found in no "
         "earlier row by a keyword search)", {"importer_country": "ZM"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "AO", "842620",
         "Gru a torre usate, revisionate, braccio 60 m, 2 unità", "IT", 64000, 2, 180000, "EUR",
         "a pair of overhauled tower cranes for a Luanda builder is ordinary trade; but the consignee, 'Construções "
         "Kwanza Norte Lda', is run by North Korean managers, its site workers are North Korean, and its account is "
         "the one UN panel reports name as the Angolan front of the Mansudae Overseas Project Group, a UN-designated "
         "North Korean entity to which no funds or economic resources may be made available (Regulation 2017/1509), "
         "from La Spezia to Luanda; Italian wording (Mansudae fronts repeat in a few sets, for paintings and a "
         "statue (blind118, blind140, blind142); construction equipment for an Angolan front is the new part as far "
         "as a search found)", {"importer_country": "AO", "importer_name": "Construções Kwanza Norte Lda"}),
        ("STR-05", "export", "FRSEA01", "sea", "FR", ["TZ", "UG"], "CD", "650610",
         "Casques de chantier pour mines, ABS, avec porte-lampe, 2 000 pièces", "FR", 2800, 2000, 20000, "EUR",
         "mining hard hats are light ABS shells with a suspension and a lamp bracket at about 10 EUR each; these "
         "2,000 are 1.4 kg aramid shells with NIJ IIIA labels, chin harnesses and night-vision mounts, for a Bunia "
         "'mining services' company that supplies armed groups in Ituri: military helmets (Common Military List "
         "ML13), exported without the licence the Union's military-goods rules require and to a country under the "
         "Union arms embargo for non-governmental forces, shipped from Le Havre to Dar es Salaam and trucked through "
         "Uganda; French wording (ballistic helmets repeat in several sets, once as construction hard hats (blind65); kept "
         "as a repeat of that cover, a mining hard-hat label for Ituri is the new part as far as a search found)", {"importer_country": "CD"}),
        ("STR-06", "export", "DEAIR01", "air", "DE", [], "ZM", "900510",
         "Ferngläser 10x42 für Safaris, wasserdicht, 40 Stück", "DE", 40, 40, 6000, "EUR",
         "safari binoculars 10x42 weigh 700 g, see nothing in the dark and cost a few hundred euros; these forty are "
         "head-mountable night-vision binoculars with third-generation, auto-gated image-intensifier tubes worth "
         "4,000 EUR each, for a Lusaka 'safari outfitter' whose orders go on to hunting camps along the Luangwa: "
         "image-intensifier equipment (dual-use 6A002/6A003), exported without the licence Regulation 2021/821 "
         "requires, flown from Frankfurt to Lusaka; German wording (night-vision goods repeat in many sets under "
         "optics labels, hunting and safari outfitters among them (blind140, blind143); Zambia is the new part as "
         "far as a search found)",
         {"importer_country": "ZM"}),
        ("STR-07", "export", "BESEA01", "sea", "BE", [], "CD", "380891",
         "Fumigateurs insecticides à décharge totale, 400 ml, 6 000 pièces", "BE", 4200, 6000, 9000, "EUR",
         "total-release insecticide foggers are thin aerosol cans of a pyrethroid with a push-down valve and a "
         "household label; these 6,000 are thick-walled grey canisters with a pin, a lever and a delay fuse, "
         "stencilled 'CS' under the sleeve: tear-gas grenades (riot-control agents, Common Military List ML7, and "
         "goods listed in Regulation 2019/125 against torture and ill-treatment), exported without a licence, from "
         "Antwerp to Matadi for a Kinshasa 'hygiene' importer supplying police units that break up protests; "
         "Belgian French wording (riot-control agents repeat in many sets and insect-fogger labels in three ozone "
         "rows (blind117, blind118, blind126); tear gas under a fogger label for Kinshasa is the new part as far "
         "as a search found)", {"importer_country": "CD"}),
        ("STR-08", "export", "NLSEA01", "sea", "NL", ["MZ"], "ZW", "293369",
         "Chloortabletten voor zwembaden (TCCA 90 %), 200 g, 40 vaten van 50 kg", "NL", 2000, 40, 3600, "EUR",
         "TCCA pool tablets are hard, white 200 g pucks that smell strongly of chlorine; these drums hold white, "
         "pillow-shaped briquettes with no chlorine smell that give off a bitter-almond smell on contact with acid "
         "and whose liners read 'NaCN 98 %', for a Harare 'pool supplies' firm that sells to gold buyers at the "
         "artisanal fields: sodium cyanide (dual-use 1C350), exported without the licence Regulation 2021/821 "
         "requires, shipped from Rotterdam to Beira; Dutch wording (sodium cyanide repeats in many sets, under "
         "TCCA pool-tablet labels twice (blind138, blind139); kept as a repeat of that cover, Zimbabwe's artisanal "
         "gold fields are the new part as far as a search found)", {"importer_country": "ZW"}),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "NA", "841290",
         "Hydraulikzylinder-Ersatzteile (Kolbenstangen, Rohre), 60 Stück", "AT", 90, 60, 3000, "EUR",
         "hydraulic cylinder spares are chromed piston rods and honed steel tubes with seal grooves; these sixty are "
         "rifled barrels with chambers and threaded muzzles and bolt assemblies with extractors, from a Ferlach "
         "gunmaker, for a Windhoek hunting outfitter who assembles rifles for foreign clients: essential components "
         "of firearms, exported without the authorisation Regulation 258/2012 requires, flown from Vienna to "
         "Windhoek; Austrian German wording (firearms parts repeat in many sets under machine-part labels; a "
         "Ferlach-to-Namibia route was found in no earlier row by a keyword search)", {"importer_country": "NA"}),
        ("STR-10", "import", "NLSEA01", "sea", "AO", [], "NL", "270900",
         "Petróleo bruto de Angola, ramas Girassol, 1 carga, 950 000 barris", "AO", 130000000, None, 70000000,
         "USD",
         "Girassol is a light, sweet Angolan crude of about API 30 and 0.35 % sulphur; the customs sample from this "
         "tanker reads 1.6 % sulphur at API 31, and the tanker's track shows a ship-to-ship transfer in the Gulf of "
         "Guinea from a tanker loaded at Primorsk: Russian Urals crude with a small Angolan parcel blended in, "
         "whose import into the Union Regulation 833/2014 forbids, with an Angolan certificate of origin, from the "
         "Gulf of Guinea to Rotterdam; Angolan Portuguese wording (Russian goods under third-country origin and "
         "shadow-fleet tankers repeat in several sets; an Angolan-crude label was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Oil Trading BV", "NL")),
    ],
    "wildlife": [
        ("WLF-01", "import", "GBPOST01", "post", "ZW", [], "GB", "271210",
         "Petroleum jelly (mafuta), pure, 12 tins x 100 g", "ZW", 1.2, 12, 24, "USD",
         "petroleum jelly is a translucent, odourless, pale-yellow grease that does not go rancid; these twelve tins "
         "hold an opaque, off-white to yellow, rendered animal fat with a strong, rank smell and tufts of tawny "
         "hair in it, and the hand-written labels under the printed ones read 'mafuta eshumba': lion fat sold for "
         "traditional medicine (Panthera leo, CITES App. II) without CITES documents, posted from Bulawayo to a "
         "private person in Birmingham; Zimbabwean English wording with a Shona name (lion parts repeat in many "
         "sets as bones, claws, teeth and a mane; vaseline-oil labels appear on precursor rows; lion fat and a "
         "petroleum-jelly label were found in no earlier row by a keyword search)", person("Mr K. Tanaka", "GB")),
        ("WLF-02", "import", "GBAIR01", "air", "BW", [], "GB", "460219",
         "Mokola palm baskets, hand-woven, Etsha and Gumare, 60 pieces", "BW", 90, 60, 3600, "USD",
         "a Botswana crafts air shipment for a London Southern-African shop: Okavango palm baskets and morula jam "
         "are what Maun exporters send, but the third item's 'dried traditional herbs' are 40 kg of dried roots and "
         "bark mixed with twelve dried, bald-headed, hook-billed bird heads and clawed feet with scutes: parts of "
         "white-backed and lappet-faced vultures (Accipitridae, CITES App. II) poisoned for the muthi trade, without "
         "CITES documents, hidden as the last item of a three-item declaration, flown from Maun to Heathrow; "
         "Setswana wording (vulture heads repeat twice, from Nigeria and Benin (blind30, dev27-c); from Botswana "
         "behind basketry was found in no earlier row by a keyword search)",
         dict(firm("Atlantic Kalahari Crafts Ltd", "GB"),
              _more_items=[item("200799", "Morula (marula) jam, 240 jars", "BW", 96, 720, "USD", qty=240),
                           item("121190", "Ditlhare tsa setso (dried traditional herbs), 40 kg", "BW", 40, 120,
                                "USD")])),
        ("WLF-03", "transit", "BEAIR01", "air", "CD", ["BE"], "VN", "041090",
         "Mbinzo ya kokauka (chenilles séchées), 300 kg", "CD", 300, None, 1500, "USD",
         "dried mbinzo caterpillars are light, curled, smoked, black-and-yellow larvae that smell of smoke and cost "
         "a few dollars a kilo; these cartons hold hard, overlapping, brown keratin plates with a ridged surface "
         "and a sharp edge, some still joined by dried skin: scales of the white-bellied and giant pangolins "
         "(Phataginus tricuspis, Smutsia gigantea, CITES App. I), landed at Brussels in transit from Kinshasa to "
         "Hanoi without CITES documents; Lingala wording (pangolin scales repeat in many sets, under fish-scale, "
         "shell and plastic labels; a caterpillar label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WLF-04", "import", "DEPOST01", "post", "NA", [], "DE", "960200",
         "Makalani-neut kerfwerk, handgemaak, nuut, 40 stuks", "NA", 2.4, 40, 800, "NAD",
         "makalani nut carvings are the vegetable ivory of the makalani palm: a brown skin over a white, "
         "fine-grained kernel, carved into animals with the skin left as a cap; these forty are heavier for their "
         "size, have no skin, and show the criss-cross Schreger lines of elephant tusk on their cut bases: carved "
         "ivory (Loxodonta africana, CITES App. I except certain populations, whose raw and worked ivory may not be "
         "traded commercially) without CITES documents, posted from Rundu to a private person in Kiel; Afrikaans "
         "wording (ivory repeats in many sets, under vegetable-ivory labels in several: doum-nut carvings from Chad "
         "(blind129, blind130) and tagua (blind16 and two development sets); kept as a repeat of that family, a "
         "makalani label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-05", "import", "ITSEA01", "sea", "NA", [], "IT", "440729",
         "Mopane hardwood parquet blocks, kiln dried, 18 m3", "ZM", 16000, None, 14400, "USD",
         "mopane is an almost black, very heavy (about 1,100 kg/m3), dull red-brown hardwood cut into short parquet "
         "blocks; these are long boards of about 800 kg/m3, reddish-brown with an interlocked grain and yellow "
         "deposits in the pores that stain when wetted, from the Kabompo forests: pod mahogany (chamfuta, Afzelia "
         "quanzensis, African populations in CITES App. II) without a CITES export permit, trucked from Zambia to "
         "Walvis Bay and shipped to La Spezia for a flooring maker; Zambian English wording (Afzelia repeats in "
         "several sets, from Beira to Lisbon once (blind134); a mopane label and the Walvis Bay route were found in "
         "no earlier row by a keyword search)", firm("Vega Parquet Srl", "IT")),
        ("WLF-06", "import", "ITAIR01", "air", "ZW", [], "IT", "411390",
         "Cape buffalo leather, finished, chrome-tanned, whole hides, 40 pieces", "ZW", 1400, 40, 6000, "USD",
         "finished Cape buffalo leather is a thick, firm hide with a pebbled grain and sparse hair follicles, about "
         "6 mm thick; these forty are grey-brown, 2-3 cm thick slabs with deep, criss-cross wrinkles, no follicles "
         "in rows and, on two of them, the edge of an ear: elephant hides (Loxodonta africana, Zimbabwean "
         "population in CITES App. II) from culled or poached animals, without the CITES export permit hides from "
         "Zimbabwe need, flown from Harare to a Tuscan tannery that makes boots and belts; Zimbabwean English "
         "wording (elephant skin repeats in a few sets, as boots and beads; hides under a buffalo-leather label "
         "were found in no earlier row by a keyword search)", firm("Alpina Pelletteria Srl", "IT")),
        ("WLF-07", "import", "NLAIR01", "express", "NA", [], "NL", "060290",
         "Lithops and Conophytum seedlings, nursery-grown, bare-rooted, 400 pieces", "NA", 3, 400, 800, "USD",
         "nursery Lithops and Conophytum (not CITES-listed) are small, even, paired leaves grown in grit plugs; "
         "these 400 are mixed in size, dug with field soil and quartz gravel, and among them are many spiny, "
         "ribbed, milky-sapped stems and rosettes of toothed grey leaves: wild-collected Euphorbia and Aloe species "
         "from the Sperrgebiet (CITES App. II) without CITES documents, sent by express from Lüderitz to a Dutch "
         "succulent trader; Namibian English wording (Lithops and Conophytum labels repeat in a few sets; a "
         "Sperrgebiet origin was found in no earlier row by a keyword search)", firm("Delta Vetplanten BV", "NL")),
        ("WLF-08", "import", "CZAIR01", "express", "BW", [], "CZ", "440399",
         "Leadwood (motswere) carving blocks, 3 pieces", "BW", 4.5, 3, 60, "BWP",
         "leadwood is a grey, very heavy wood that sinks in water and smells of wood when sawn; these three are "
         "fibrous, grey-brown, conical blocks with a hollow base and a cross-section of packed hair-like tubules "
         "that smell of burnt hair when cut: rhinoceros horn (Diceros and Ceratotherium, CITES App. I) from the "
         "Okavango, without CITES documents, sent by express from Maun to a private address in Prague; Setswana-named "
         "English wording (rhino horn repeats in many sets under wood, horn and resin labels; a leadwood label and a "
         "Botswana-to-Czechia route were found in no earlier row by a keyword search)",
         person("Soukromá osoba", "CZ")),
        ("WLF-09", "import", "FRAIR01", "air", "CD", [], "FR", "050590",
         "Plumes de poule teintes en rouge, pour modistes, 4 kg", "CD", 4, None, 400, "USD",
         "dyed chicken feathers are soft, curved, evenly coloured hackles with the dye pooled at the shafts; these "
         "4 kg are stiff, straight, bright scarlet tail feathers with an even natural colour and grey bases, "
         "plucked from live birds held in Kisangani trade cages: tail feathers of grey parrots (Psittacus "
         "erithacus, CITES App. I) without CITES documents, flown from Kinshasa to Paris for a milliners' supplier; "
         "Congolese French wording (grey parrots repeat in many sets, as live birds, and their tail feathers once "
         "(blind140, under a dyed-feather label); kept as a repeat, from Kinshasa to a Paris milliners' supplier "
         "is the new part as far as a search found)", firm("Rivage Plumasserie SARL", "FR")),
        ("WLF-10", "import", "PTPOST01", "post", "AO", [], "PT", "060290",
         "Mudas de aloé vera, 10 unidades", "AO", 2, 10, 30, "USD",
         "aloe vera seedlings are soft, grey-green rosettes with small teeth, potted in compost; these ten are "
         "leathery, two-leaved young plants with a woody, concave crown and long taproots wrapped in wet newspaper, "
         "dug in the Namibe desert: Welwitschia mirabilis (CITES App. II) without CITES documents, posted from "
         "Moçâmedes to a private collector in Coimbra; Angolan Portuguese wording (Welwitschia repeats once, from "
         "Namibia under an Afrikaans label (blind50), and aloe-vera labels in a few sets on wild aloes (blind26, "
         "blind68); Welwitschia from Angola is the new part as far as a search found)", person("Particular", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "US", "IE", "290420",
     "Nitromethane 98 %, 4 x 1 US gal, for a licensed private user (nitro model-engine racing)", "US", 17, 4, 280,
     "USD", [("PRECURSOR_LICENCE", "IE-DJE-50-0061")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "export", "BESEA01", "sea", "BE", "CD", "360340",
     "Electric delay detonators, 4,000, for a licensed drilling and blasting contractor at a Lubumbashi copper mine",
     "BE", 60, 4000, 6400, "EUR", [("EXPORT_LICENCE", "BE-FOD-ECO-50-0214"), ("END_USER_CERTIFICATE", "CD-MINES-EUC-50-0087")],
     "detonators to a licensed industrial copper mine"),
    ("PRM-03", "waste", "import", "FRSEA01", "sea", "NA", "FR", "850421",
     "PCB-filled transformers (16 02 09*) from a Botswana utility, for destruction at a licensed plant, 40 units", "BW",
     48000, 40, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-50-0318")], "notified PCB transformers to a licensed destruction plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "AO", "BE", "262099",
     "Copper-cobalt smelter flue dust (10 06 03*), from Kolwezi, for recovery at a licensed smelter, 40 t", "CD",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-50-0147")], "notified smelter dust to a licensed recovery smelter"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "ZW", "NL", "290376",
     "Halon 1211, recovered from Zimbabwean extinguishers, 80 cylinders, for destruction at a licensed plant", "ZW",
     720, 80, 0, "USD", [("ODS_LICENCE", "NL-ILT-ODS-50-009")], "recovered halon 1211 imported for licensed destruction"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "NA", "ES", "290371",
     "HCFC-22, recovered from Walvis Bay trawler freezer plants, 40 cylinders, for destruction at a licensed plant",
     "NA", 2400, 40, 0, "EUR", [("ODS_LICENCE", "ES-MITECO-ODS-50-014")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "import", "BEAIR01", "air", "US", "BE", "970510",
     "Kisalian copper croisettes, Upemba depression, 12th-14th century, 40 pieces, documented US collection since 1965",
     "CD", 3, 40, 18000, "USD", [("IMPORT_LICENCE", "BE-FOD-IMP-50-0022")], "archaeological objects with the EU import licence"),
    ("PRM-08", "cultural", "export", "PTAIR01", "air", "PT", "US", "940169",
     "Chokwe chief's chair (citwamo), Angola, 19th century, documented Portuguese family collection since 1948", "AO",
     14, 1, 70000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-50-0133")],
     "ethnographic antique exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "ZM", "281390",
     "Phosphorus pentasulphide 99 %, 20 t, for a licensed Copperbelt plant making dithiophosphate flotation collectors",
     "BE", 20000, None, 52000, "EUR", [("EXPORT_LICENCE", "BE-VL-50-0522"), ("END_USER_CERTIFICATE", "ZM-MCTI-EUC-50-0019")],
     "dual-use phosphorus pentasulphide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "ZM", "900510",
     "Night-vision binoculars, Gen 3 image intensifiers, 40, for Zambian national-parks anti-poaching units", "DE", 40,
     40, 160000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-50-3318"), ("END_USER_CERTIFICATE", "ZM-DNPW-EUC-50-0007")],
     "dual-use night-vision equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "ZW", "IT", "410640",
     "Nile crocodile belly skins, ranched, tagged, crusted, 300 pieces", "ZW", 90, 300, 54000, "USD",
     [("CITES_PERMIT", "ZW-PWMA-50-0412")], "App. II ranched crocodile skins with their export permit and tags"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "NA", "IT", "440729",
     "Pod mahogany (Afzelia quanzensis), sawn, kiln dried, from a Zambian concession, 18 m3", "ZM", 14400, None,
     16200, "USD", [("CITES_PERMIT", "ZM-FD-50-0093")], "App. II Afzelia with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-04": "Central Metals Recovery SA", "PRM-05": "Orion Halon Destructie BV",
    "PRM-07": "Galerie Horizon SA", "PRM-11": "Alpina Pelletteria Srl", "PRM-12": "Vega Parquet Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("220890", "Ombike (Owambo fruit spirit), 43 %, 750 ml bottles", "import", ["air"], ["NA"], (8, 14), (100, 400), ["NAD", "USD"], 1.3, S),
    ("151590", "Manketti (mongongo) kernel oil, cold-pressed, 100 ml", "import", ["post"], ["NA", "ZM"], (40, 80), (1, 3), ["USD", "NAD"], 8, S),
    ("110220", "Breakfast mealie meal, 10 kg bags", "import", ["sea"], ["ZM", "ZA"], (0.6, 1.0), (10000, 20000), ["USD"], 0.1, S),
    ("283699", "Natural cooking potash (chidulo), 250 g", "import", ["post"], ["ZM", "MW"], (6, 12), (1, 2), ["USD"], 4, S),
    ("250100", "Kalahari desert salt, coarse, 500 g grinders", "import", ["sea"], ["BW", "NA"], (1.5, 3), (4000, 10000), ["USD"], 2, S),
    ("210690", "Instant mahewu powder, 1 kg", "import", ["post"], ["ZW", "ZA"], (5, 10), (1, 4), ["USD"], 1, S),
    ("110290", "Mahangu (pearl millet) meal, 2 kg bags", "import", ["air"], ["NA"], (2, 4), (200, 800), ["NAD", "USD"], 0.5, S),
    ("220299", "Tangawisi ginger drink, 1 l bottles", "import", ["air"], ["CD"], (2, 4), (300, 900), ["USD"], 1, S),
    ("151590", "Kalahari melon seed oil, cold-pressed, 250 ml", "import", ["express"], ["BW", "NA"], (30, 60), (1, 3), ["USD", "BWP"], 4, S),
    ("820713", "Rock-drilling button bits and rods, new", "export", ["sea"], ["CD", "ZM"], (8, 14), (2000, 8000), ["EUR"], 0.2, S),
    ("261000", "Chrome ore, lumpy, 40-42 % Cr2O3", "import", ["sea"], ["ZW", "ZA"], (0.2, 0.35), (20000, 26000), ["USD"], None, S),
    ("860210", "Diesel-electric shunting locomotives, refurbished, with test-run report", "export", ["sea"], ["ZM", "NA"], (2, 4), (60000, 120000), ["EUR"], 0.00002, S),
    ("850211", "Diesel generating sets, new, 60 kVA", "export", ["sea"], ["AO", "CD"], (5, 9), (6000, 20000), ["EUR"], 0.001, S),
    ("940360", "Used wooden school desks, for a twinned school", "export", ["sea"], ["CD", "CG"], (0.1, 0.3), (3000, 8000), ["EUR"], 0.03, S),
    ("282200", "Cobalt hydroxide, 30 % Co, big bags", "import", ["sea"], ["CD", "ZM"], (5, 8), (20000, 26000), ["USD"], None, S),
    ("850421", "Distribution transformers, new, ester-filled, 100-500 kVA", "export", ["sea"], ["BW", "NA"], (8, 14), (10000, 30000), ["EUR"], 0.0008, S),
    ("392330", "HDPE jerrycans 20 l, new, food-grade, for water storage", "export", ["sea"], ["CG", "CD"], (2, 4), (3000, 8000), ["EUR"], 0.9, S),
    ("260800", "Zinc concentrate, flotation, 50 % Zn", "import", ["sea"], ["NA", "ZM"], (0.8, 1.3), (20000, 26000), ["USD"], None, S),
    ("841869", "CO2 (R-744) condensing units for cold rooms, new", "export", ["sea"], ["CD", "AO"], (8, 14), (1000, 4000), ["EUR"], 0.003, S),
    ("381400", "Contact degreaser, hydrocarbon-based, aerosol 400 ml", "export", ["sea"], ["AO", "MZ"], (2, 4), (2000, 6000), ["EUR"], 2.5, S),
    ("842410", "Foam fire extinguishers, 9 l, new", "export", ["sea"], ["ZW", "ZM"], (3, 6), (1000, 4000), ["GBP", "EUR"], 0.08, S),
    ("841869", "Flake-ice machines, new, ammonia (R-717)", "export", ["sea"], ["ZW", "NA"], (8, 14), (2000, 6000), ["EUR"], 0.001, S),
    ("841821", "Household refrigerators, new, R-600a", "export", ["sea"], ["ZW", "ZM"], (3, 5), (6000, 15000), ["GBP", "EUR"], 0.02, S),
    ("711620", "Malachite eggs and boxes, Lubumbashi craft, new", "import", ["air"], ["CD", "ZM"], (15, 30), (50, 300), ["USD"], 1.5, S),
    ("680299", "Soapstone garden statues, new, Uíge craft", "import", ["sea"], ["AO", "ZW"], (1, 2), (1000, 4000), ["USD"], 0.03, S),
    ("251690", "Ironstone rockery boulders, decorative", "import", ["sea"], ["ZM", "ZA"], (0.1, 0.3), (18000, 24000), ["USD"], None, S),
    ("711790", "Ostrich eggshell bead jewellery, new, Ghanzi craft", "import", ["post"], ["BW", "NA"], (40, 80), (1, 2), ["USD", "BWP"], 20, S),
    ("680291", "Karibib marble garden slabs, new, sawn", "import", ["sea"], ["NA"], (0.3, 0.6), (18000, 24000), ["NAD", "USD"], 0.005, S),
    ("940169", "Chokwe-style wooden chairs, new craft", "import", ["sea"], ["AO", "CD"], (6, 12), (500, 2000), ["USD"], 0.08, S),
    ("442090", "Zambian wood carvings, new, Mpulungu craft", "import", ["air"], ["ZM"], (6, 12), (100, 500), ["USD"], 0.3, S),
    ("442090", "Makishi craft masks, new, painted", "import", ["post"], ["ZM"], (15, 30), (1, 3), ["USD"], 0.5, S),
    ("293090", "Sodium isobutyl xanthate (SIBX), flotation collector", "export", ["sea"], ["ZM", "CD"], (1.5, 2.5), (18000, 24000), ["EUR"], None, S),
    ("842620", "Tower cranes, used, overhauled, with inspection certificate", "export", ["sea"], ["AO", "NA"], (2, 4), (30000, 70000), ["EUR"], 0.00003, S),
    ("650610", "Mining safety helmets, ABS, with lamp bracket", "export", ["sea"], ["CD", "ZM"], (6, 10), (1000, 4000), ["EUR"], 2, S),
    ("900510", "Binoculars 10x42, waterproof, for safaris", "export", ["post"], ["ZM", "NA"], (150, 300), (1, 3), ["EUR"], 1.2, S),
    ("380891", "Total-release insecticide foggers, pyrethroid, 150 ml", "export", ["sea"], ["CD", "CG"], (3, 5), (2000, 6000), ["EUR"], 5, S),
    ("293369", "TCCA 90 % pool tablets, 200 g, 50 kg drums", "export", ["sea"], ["ZW", "BW"], (1.5, 2.5), (4000, 12000), ["EUR"], 0.02, S),
    ("270900", "Angolan crude oil, light sweet, parcel", "import", ["sea"], ["AO"], (0.5, 0.6), (50000000, 130000000), ["USD"], None, S),
    ("271210", "Petroleum jelly, pure, 100 ml tins", "import", ["post"], ["ZW", "ZA"], (10, 20), (1, 3), ["USD"], 8, S),
    ("460219", "Mokola palm baskets, hand-woven, Botswana", "import", ["air"], ["BW"], (30, 60), (50, 200), ["USD", "BWP"], 0.7, S),
    ("960200", "Makalani-nut carvings, new", "import", ["post"], ["NA"], (40, 80), (1, 2), ["NAD", "USD"], 15, S),
    ("440729", "Mopane hardwood parquet blocks, kiln dried", "import", ["sea"], ["ZW", "ZM"], (0.8, 1.4), (15000, 22000), ["USD"], None, S),
    ("411390", "Cape buffalo leather, finished, chrome-tanned", "import", ["air"], ["ZW", "ZA"], (20, 40), (200, 800), ["USD"], None, S),
    ("442090", "Leadwood (motswere) carvings, new", "import", ["post"], ["BW", "ZW"], (20, 40), (1, 4), ["USD", "BWP"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136 and blind144, blind80's
# everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows
# instead of blind144's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Plastic measuring jugs and cups, kitchen sets", "import", ["sea"], ["CN", "TR"], (3, 5), (2000, 6000), ["USD", "EUR"], 4, N),
        ("441919", "Bamboo dish-drainer racks", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 1, N),
        ("630790", "Fabric draught excluders for doors", "import", ["sea"], ["CN", "TR"], (3, 6), (1000, 4000), ["USD", "EUR"], 1, N),
        ("960390", "Silicone pastry brushes, boxed", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind147", 20500901, HERE)


if __name__ == "__main__":
    main()
