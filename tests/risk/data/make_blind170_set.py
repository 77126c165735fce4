#!/usr/bin/env python3
"""Writes the hundred-and-seventieth blind set (tests/risk/data/blind170-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2054, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: free zones, free ports and bonded
warehouses (the Colón Free Zone, Iquique's ZOFRI, Punta Arenas, Tacna, Ciudad del Este,
Montevideo, Manaus, Curaçao, Jebel Ali and Dubai's airport free zone, Fujairah, the Suez
Canal Economic Zone, the Mersin free zone, Meghri, Khorgos, Navoi, Hong Kong's and
Singapore's logistics parks and freeport, Yangshan, Laem Chabang, the Golden Triangle
zone, Port Louis, Shannon, Malta Freeport, Ventspils, Sulina, Svilengrad and the Vigo free
zone), where goods are stored, split, repacked or "processed" under customs control and
leave with new papers.
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
would. Ids are BL170-*:

    python3 tests/risk/data/make_blind170_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2054, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2054
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "PA", [], "ES", "330300",
         "Agua de Kananga, colonia tradicional, frasco de 1 litro, 4 unidades", "PE", 4.6, 4, 60, "USD",
         "Kananga water is a pale yellow, alcohol-based cologne of about 0.90 kg/l that smells of ylang-ylang and "
         "evaporates from the skin; these four bottles hold a colourless, oily liquid of 1.14 kg/l with no floral "
         "scent, a faint fruity-chemical smell and a cap liner softened by the contents: nitromethane (Annex I "
         "above 16 %), sent by express from a Colón Free Zone perfume wholesaler's store, which had re-invoiced a "
         "drum split into cologne bottles, to a private person in Alcalá de Henares who races nitro model cars, "
         "although flammable liquids travel by express only as declared dangerous goods; Panamanian Spanish wording "
         "(nitromethane repeats in many sets and cologne covers in many; a Kananga-water label was found in no "
         "earlier row by a keyword search, and the Colón Free Zone in three rows, none on a precursor)",
         person("Álvaro Medina", "ES")),
        ("PRE-02", "import", "DEAIR01", "express", "AE", [], "DE", "130120",
         "صمغ عربي مطحون (صمغ الهشاب)، أكياس 500 غرام، 8 أكياس", "SD", 4.1, 8, 180, "AED",
         "powdered gum arabic is an off-white to amber, slightly sweet powder that swells and turns sticky in "
         "water; these eight bags hold a brilliant white, dense, gritty powder that stays loose in water, sinks and "
         "does not thicken, spits and burns fiercely with sugar, and the inner liner carries a Chinese maker's lot "
         "number over 'KClO4': potassium perchlorate (Annex I above 40 %), repacked in a Jebel Ali free-zone "
         "warehouse that re-exports Sudanese gum and sent by express from Dubai to a private person in Chemnitz; "
         "Emirati Arabic wording (potassium perchlorate repeats in many sets and gum-arabic labels in three, one of "
         "them, blind140, on a precursor; kept as a known repeat of the cover, a Jebel Ali free-zone repacker "
         "sending by express to a private person is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "NLSEA01", "sea", "HK", [], "NL", "210690",
         "羅漢果代糖（赤藻糖醇配方），500 克袋裝，12,000 袋", "CN", 6000, 12000, 7200, "USD",
         "monk-fruit sweetener is a free-flowing, very sweet granule of erythritol that cools the tongue; these "
         "bags hold colourless, cubic crystals with no sweetness at all, a salty, cool taste, that draw damp, "
         "crackle and flare yellow on a gas ring, and the factory sheet left in one carton gives CAS 7775-09-9: "
         "sodium chlorate (Annex I above 40 %) retail-packed in a Tsing Yi bonded warehouse, which split a chemical "
         "consignment into consumer bags and issued Hong Kong re-export papers, for an Amsterdam Asian "
         "cash-and-carry that sells to the public, by sea from Kwai Chung; traditional Chinese (Hong Kong) wording "
         "(sodium chlorate repeats in many sets under sugar and salt labels, and a tofu-coagulant sweetener-like "
         "label in blind128; a monk-fruit label was found in no earlier row by a keyword search)",
         firm("Orion Aziatische Groothandel BV", "NL")),
        ("PRE-04", "import", "IEAIR01", "air", "US", [], "IE", "292249",
         "L-Glutamine powder, unflavored, micronized, 1 lb tubs, 600 tubs", "US", 272, 600, 4800, "USD",
         "micronised L-glutamine is a soft, fine, faintly savoury white powder that dissolves slowly and does "
         "nothing on a flame; these tubs hold hard, glittering crystals that crunch under the scoop, taste cool and "
         "bitter and spit violet sparks on a hot plate, and the bulk bags found in the same pallet read CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %) in consumer tubs, flown from Chicago to Shannon and "
         "entered for free circulation from a Shannon Free Zone e-commerce fulfilment centre that ships single tubs "
         "to members of the public across the Union; US English wording (potassium chlorate repeats in many sets "
         "and supplement-powder covers in several; a glutamine label and a Shannon fulfilment centre were found in "
         "no earlier row by a keyword search)",
         firm("Vega Fulfilment Shannon Ltd", "IE")),
        ("PRE-05", "import", "ESSEA01", "sea", "CL", [], "ES", "283421",
         "Salitre potásico soluble, grado fertirriego, sacos de 5 kg, 4.000 sacos", "CL", 20000, 4000, 9000, "USD",
         "soluble potassium nitrate is a dry, free-flowing white crystal (13 % N, 46 % K2O) that crackles and burns "
         "violet on a coal; these sacks hold smooth, white prills that cake in the damp, turn ice-cold in water, "
         "test at 34 % N with no potassium and melt and fume on a hot plate, re-bagged from Chinese 1-tonne bags in "
         "an Iquique ZOFRI warehouse that issued Chilean papers: ammonium nitrate (Annex I at 16 % N or more) in 5 "
         "kg retail sacks for a Murcia garden web shop that sells to the public, by sea from Iquique to Valencia; "
         "Chilean Spanish wording (ammonium nitrate repeats in many sets and potassium-nitrate labels in a few; "
         "ZOFRI was found in no earlier row and Iquique in one, a used-car row)",
         firm("Huerta Meridian SL", "ES")),
        ("PRE-06", "import", "ITPOST01", "post", "PE", [], "IT", "210690",
         "Algarrobina pura de Piura, botella de 1 litro, 3 unidades", "PE", 5.5, 3, 90, "PEN",
         "algarrobina is a dark, thick, sweet carob-tree syrup of about 1.35 kg/l that smells of molasses; these "
         "three bottles hold a brown-black, oily liquid of 1.84 kg/l with no sweet smell that chars a paper towel "
         "at once and grows hot with a drop of water: about 96 % technical sulphuric acid (Annex I above 15 %), "
         "coloured by organic matter, bought from a mining-supplies importer in the ZOFRATACNA free zone and posted "
         "from Tacna to a private person in Turin; Peruvian Spanish wording (sulphuric acid repeats in many sets "
         "and syrup covers in several; an algarrobina label and Tacna were found in no earlier row by a keyword "
         "search)",
         person("Sig.ra R. Quispe", "IT")),
        ("PRE-07", "import", "IEPOST01", "post", "SG", [], "IE", "220890",
         "清香型白酒，52度，500毫升 x 6瓶", "CN", 3.4, 6, 180, "SGD",
         "a 52 % baijiu is a water-clear spirit of about 0.92 kg/l that smells sharply of grain alcohol and burns "
         "with a blue flame; these six bottles have vented caps, weigh 1.13 kg/l, smell of nothing, do not burn, "
         "whiten and sting the fingers and fizz on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "bottled by a repacker in a Singapore bonded warehouse that fills spirits for duty-free sale, and posted "
         "to a private person in Cork; simplified Chinese wording from Singapore (hydrogen peroxide repeats in many "
         "sets and spirit covers in several; a baijiu (erguotou) label on a precursor once, blind154; kept as a "
         "known repeat of the cover, a Singapore bonded repacker posting to Ireland is the new part)",
         person("Mr L. Tan", "IE")),
        ("PRE-08", "import", "PLSEA01", "sea", "CN", [], "PL", "220600",
         "绍兴料酒，500毫升/瓶，12瓶/箱，800箱", "CN", 6720, 9600, 7680, "USD",
         "Shaoxing cooking wine is an amber, 14 % rice wine of about 1.0 kg/l that smells of sherry and soy; these "
         "bottles hold a yellowish liquid of 1.40 kg/l that gives off brown fumes when opened, stains the skin "
         "yellow and eats into a copper coin: about 65 % nitric acid (Annex I above 3 %) retail-packed for members "
         "of the public, relabelled in a Yangshan bonded-port warehouse and shipped from Shanghai to Gdańsk for a "
         "wholesaler in the Wólka Kosowska Asian trade centre whose shops sell to the public; simplified Chinese "
         "wording (nitric acid repeats in many sets and vinegar and drink covers in several; a Shaoxing "
         "cooking-wine label and Yangshan were found in no earlier row by a keyword search)",
         firm("Delta Azja Hurt Sp. z o.o.", "PL")),
        ("PRE-09", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "283620",
         "Кеспеге арналған тағамдық сілті (натрий карбонаты), 1 кг қаптама, 6 000 қап", "CN", 6000, 6000, 4200,
         "USD",
         "noodle alkali is washing soda: a white powder that feels slippery when wet, fizzes with vinegar and turns "
         "red cabbage water green; these bags hold glassy, hygroscopic crystals that do not fizz, stay neutral, "
         "burn violently mixed with sugar and carry the Chinese maker's sticker 'NaClO4' under the Kazakh label: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public in a Khorgos-Eastern Gate "
         "special economic zone warehouse, by rail through Russia and Belarus to Vilnius for a wholesaler of "
         "Central Asian groceries; Kazakh wording (sodium perchlorate repeats in many sets and kansui noodle-alkali "
         "labels in three; a Kazakh-language label from Khorgos, found in one earlier row on another good, is the "
         "new part)",
         firm("Vega Rytai UAB", "LT")),
        ("PRE-10", "import", "NLAIR01", "air", "CW", [], "NL", "220870",
         "Likor Blue Curaçao, 0,7 l, 600 bòter", "CW", 700, 600, 4800, "EUR",
         "a Caribbean air shipment for a Rotterdam Antillean shop: Blue Curaçao liqueur and Madame Jeanette hot "
         "sauce are what such shops sell, but the third item's 'awa di aloe vera pa bebe' is 240 litres of "
         "water-clear liquid of 1.20 kg/l in bottles with vented caps that foams on a cut, whitens the skin and has "
         "no aloe pulp or taste: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the "
         "public, hidden as the last item of a three-item declaration and bottled in a Curaçao free-zone warehouse; "
         "Papiamentu wording (hydrogen peroxide repeats in many sets and aloe covers in several; a Curaçao "
         "free-zone bottler and a Papiamentu aloe-drink label are the new part as far as a search found)",
         dict(firm("Kòrsou Delta Import BV", "NL"),
              _more_items=[item("210390", "Salsa pika di Madame Jeanette, 0,25 l, 400 bòter", "CW", 110, 800, "EUR", qty=400),
                           item("220299", "Awa di aloe vera pa bebe, 1 l, 240 bòter", "CW", 288, 480, "EUR", qty=240)])),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "AE", "750120",
         "Nickel-Kobalt-Mischhydroxid (MHP), feucht, Big Bags, 22 t", "DE", 22000, None, 44000, "EUR",
         "mixed hydroxide precipitate is a damp, apple-green nickel-cobalt paste made at laterite refineries in "
         "Indonesia or Australia, not in Germany; these big bags hold a dry, jet-black, graphite-greasy powder with "
         "flakes of copper and aluminium foil that smells of carbonate solvents and fluoride when warmed: black "
         "mass from shredded lithium-ion batteries, hazardous waste whose export to a non-OECD country is banned, "
         "from Hamburg to a Jebel Ali free-zone trader who stores it under bond and re-exports it with new papers; "
         "German wording (black mass repeats in many sets and an MHP label in two, blind72 and blind150; a "
         "German-origin MHP label to a Jebel Ali re-exporter is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "HK", "854143",
         "Dunne-film zonnepanelen (CdTe), B-keuze, getest, 1.800 stuks", "MY", 36000, 1800, 18000, "EUR",
         "B-grade thin-film panels are new, unframed glass modules with a flash-test sheet for each serial number; "
         "these 1,800 are cracked, delaminated and burnt along the busbars, with no test sheets, stacked without "
         "corner protection, taken out of a Groningen solar park after a hailstorm: end-of-life cadmium telluride "
         "photovoltaic panels (16 02 13*), hazardous waste whose export to a non-OECD destination is banned, from "
         "Rotterdam to a Tsing Yi consolidator that re-exports them to Karachi; Dutch wording (solar-panel labels "
         "repeat in several sets and cadmium-telluride panels in several; a B-grade label to a Tsing Yi "
         "consolidator, found in no earlier row by a keyword search, is the new part)", {"importer_country": "HK"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "PA", "841510",
         "Aparelhos de ar condicionado split recondicionados, garantia de 6 meses, 320 unidades", "PT", 12800, 320,
         19200, "EUR",
         "reconditioned split units are cleaned, pressure-tested and boxed with a warranty card; these 320 are "
         "unboxed, dented, with cut pipe stubs and corroded coils, several still holding their HCFC-22 charge, "
         "collected from Lisbon office-block refurbishments: waste electrical equipment containing ozone-depleting "
         "refrigerant (16 02 11*), hazardous waste whose export to a non-OECD country is banned, from Sines to a "
         "Colón Free Zone trader who re-exports to Venezuela and Haiti; European Portuguese wording (used air "
         "conditioners as waste repeat in several sets; to the Colón Free Zone from Portugal is the new part as far "
         "as a search found)", {"importer_country": "PA"}),
        ("WST-04", "transit", "MTSEA01", "sea", "GB", ["MT"], "LY", "251110",
         "Recovered barite weighting agent, dried, for re-use in drilling mud, 30 t", "GB", 30000, None, 3000, "GBP",
         "recovered barite is a clean, heavy, grey powder of 4.2 g/cm3 that weighs up drilling mud; these bags hold "
         "lumpy, brown, diesel-smelling cuttings of rock and mud, light for barite and oily to the touch, with 12 % "
         "hydrocarbons, from the skip-and-ship returns of a North Sea platform landed at Aberdeen: drill cuttings "
         "with oil-based mud (01 05 05*), hazardous waste whose export to a non-OECD country is banned, transhipped "
         "at Malta Freeport (Birżebbuġa) in transit to Misrata without the consent an EU transit of notified waste "
         "needs; British English wording (drill cuttings repeat in many sets and barite labels in several; kept as "
         "a known repeat, as Malta Freeport to Libya is too (blind115, on returned cosmetics); a North Sea "
         "platform's cuttings transhipped there on a transit declaration are the new part)",
         {"importer_country": "LY"}),
        ("WST-05", "export", "IEAIR01", "air", "IE", [], "NG", "850730",
         "Aircraft main ship batteries, nickel-cadmium, overhauled, EASA Form 1, 40 units", "IE", 1800, 40, 24000,
         "EUR",
         "overhauled aircraft Ni-Cd batteries come with a Form 1 per serial number, fresh cells and a capacity-test "
         "sheet; these 40 carry date codes twenty years old, white carbonate crust round the vents, bulged cells "
         "and Form 1s that all bear one tracking number, removed from airliners parted out in the Shannon Free "
         "Zone: spent nickel-cadmium batteries (16 06 02*), hazardous waste whose export to a non-OECD country is "
         "banned, flown from Shannon to Lagos for an 'airline spares' dealer; Irish English wording (nickel-cadmium "
         "batteries repeat in many sets, aircraft batteries in two and EASA Form 1 labels in a few strategic rows; "
         "spent batteries under a Form 1 label from a Shannon part-out are the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-06", "export", "LVRAIL01", "rail", "LV", ["RU", "KZ"], "UZ", "850422",
         "Atjaunoti eļļas transformatori, 1 000 kVA, 6 gab.", "LV", 27000, 6, 36000, "EUR",
         "reconditioned oil transformers are repainted, refilled with new mineral oil and come with a test report; "
         "these six are rusty, leak a heavy, non-flammable, sweet-smelling oil of 1.5 kg/l on the wagon floor and "
         "carry 1970s nameplates reading 'совол' (sovol, a PCB dielectric): transformers containing PCBs (16 02 "
         "09*), hazardous waste whose export from the Union is banned, stored in a Ventspils free-port yard and "
         "railed through Russia and Kazakhstan to Tashkent; Latvian wording (PCB transformers repeat in many sets "
         "and sovol in two; a Ventspils free-port yard was found in no earlier row by a keyword search)", {"importer_country": "UZ"}),
        ("WST-07", "export", "ROSEA01", "sea", "RO", [], "UA", "271019",
         "Păcură (combustibil lichid greu) pentru centrală termică, barjă, 400 t", "RO", 400000, None, 80000,
         "EUR",
         "heavy fuel oil for a boiler house is a uniform, black oil with a flash point above 60 °C and a "
         "certificate of analysis; this barge holds a layered, water-laden emulsion with sediment and a solvent "
         "smell, pumped from tank cleaning of Danube river tankers and stored in the Sulina free zone: oily sludge "
         "and tank-cleaning wastes (16 07 08*), hazardous waste whose export to a non-OECD country is banned, by "
         "barge across the Danube to a boiler house at Reni; Romanian wording (oily sludge as fuel oil repeats in "
         "many sets; the Sulina free zone was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-08", "export", "BGROAD01", "road", "BG", [], "TR", "252010",
         "Гипс, натрошен, за забавител на цимент, 24 т", "BG", 24000, None, 960, "EUR",
         "crushed gypsum for cement is white to grey, soft rock that a fingernail scratches; this tipper holds a "
         "wet, green-grey, pasty filter cake that smells of acid, stains the hands and reads nickel, chromium and "
         "zinc at percent levels, from an electroplating works and stored in the Svilengrad free zone: galvanic "
         "sludge (11 01 09*), hazardous waste moved to an OECD country without the notification and consent it "
         "needs, at Kapitan Andreevo for an Edirne cement plant; Bulgarian wording (galvanic sludge repeats in many "
         "sets and gypsum labels in several; the Svilengrad free zone was found in no earlier row by a keyword "
         "search)",
         {"importer_country": "TR"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "AE", "271019",
         "Fioul lourd de mélange RMG 380 pour soutage, 3 000 t", "FR", 3000000, None, 900000, "EUR",
         "an RMG 380 bunker blend is a homogeneous, specified residual fuel with a certificate of quality; this "
         "parcel is tank-washing slops and refinery separator sludge with 20 % water, chlorinated solvents and "
         "sediment far outside the ISO 8217 limits, collected in Le Havre and destined for a storage terminal in "
         "the Fujairah free zone that blends such cargoes into bunkers: oily wastes (05 01 09*, 16 07 08*), "
         "hazardous waste whose export to a non-OECD country is banned; French wording (slops and fuel-oil covers "
         "repeat in many sets; a Fujairah free-zone blending terminal is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "MR", "840810",
         "Motor diésel mariño usado, 850 kW, revisado, 1 unidade", "ES", 6500, 1, 22000, "EUR",
         "a trawler refit lot for Nouadhibou: a reconditioned marine diesel and trawl winches are what Vigo "
         "refitters ship to Mauritania, but the third item's 'tubaxes de vapor usadas' are three tonnes of steam "
         "pipe still wrapped in crumbling white lagging that sheds fibres, stripped from the engine room of a "
         "scrapped trawler: asbestos-containing insulation (17 06 01*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration and stored beforehand in the Vigo "
         "free zone (Zona Franca de Vigo); Galician wording (asbestos lagging and Nouadhibou repeat in several sets "
         "and the Vigo free zone once, blind58, on a freezer vessel; lagged pipe behind a trawler-refit lot is the "
         "new part as far as a search found)",
         dict({"importer_country": "MR"},
              _more_items=[item("842539", "Guinchos de arrastre usados, 2 unidades", "ES", 4200, 6000, "EUR", qty=2),
                           item("730439", "Tubaxes de vapor usadas, con illamento, 3 t", "ES", 3000, 300, "EUR")])),
    ],
    "ozone": [
        ("OZN-01", "import", "PTSEA01", "sea", "BR", [], "PT", "841510",
         "Condicionadores de ar split 12.000 BTU, gás R-410A, fabricados na Zona Franca de Manaus, 480 unidades", "BR",
         19200, 480, 144000, "USD",
         "a 12,000 BTU split unit on R-410A has thick-walled pipe stubs, 5/16-inch service ports, polyester oil and "
         "a standing pressure of about 13 bar at 20 °C; these units have 1/4-inch ports, mineral oil, read 8 bar at "
         "20 °C and a refrigerant identifier on three of them reads HCFC-22, under nameplates printed for R-410A: "
         "equipment pre-charged with HCFC-22, whose import into the Union is banned, assembled in the Manaus free "
         "zone for markets that still allow it and shipped from Manaus by sea to Leixões for a Porto installer; "
         "Brazilian Portuguese wording (R-22 equipment under R-410A labels repeats in many sets; Manaus-made split "
         "units are the new part as far as a search found)",
         firm("Atlântico Climatização Lda", "PT")),
        ("OZN-02", "import", "GRSEA01", "sea", "TR", [], "GR", "292690",
         "EDN (etandinitril) fümigant gazı, kuru meyve depoları için, 60 tüp", "TR", 3600, 60, 18000, "USD",
         "ethanedinitrile is a gas that boils at -21 °C, held at about 5 bar in tall cylinders with a CGA valve; "
         "these 60 short, squat cylinders hold a heavy liquid of 1.73 kg/l that boils at 4 °C, read 1 bar at 20 °C, "
         "carry a chloropicrin warning odour and the shoulders are stamped 'CH3Br' under the new paint: methyl "
         "bromide, whose import into the Union is banned (no quarantine exemption remains), stored and repainted in "
         "the Mersin free zone and shipped to Piraeus for a Kalamata dried-fig packer; Turkish wording (methyl "
         "bromide repeats in many sets and ethanedinitrile labels in four; the Mersin free zone was found once, "
         "blind25, on another good, and repainted fumigant cylinders from it for a fig packer are the new part)",
         firm("Delta Xira Fruta AE", "GR")),
        ("OZN-03", "export", "MTSEA01", "sea", "MT", [], "LY", "860900",
         "Kontejners niexfa ta' 40 pied, high-cube, użati, 12-il unità", "MT", 57600, 12, 24000, "EUR",
         "used 40-foot high-cube dry containers are bare steel boxes of about 3.9 t tare with plywood floors; these "
         "twelve weigh 4.8 t each, have white stainless-steel interiors, T-floors, foam-filled walls and a "
         "refrigeration unit bolted into the front end whose plate reads 'R-22, 5.5 kg': integral reefer containers "
         "with their HCFC-22 charge and CFC-11-blown insulation, equipment containing ozone-depleting substances "
         "whose export from the Union is banned, sold off a Malta Freeport box yard to a Misrata fish trader; "
         "Maltese wording (reefer containers repeat in many sets and Malta Freeport to Libya in three rows, two of "
         "them refrigerant cylinders; reefers declared as dry boxes off a Malta Freeport yard are the new part as "
         "far as a search found)", {"importer_country": "LY"}),
        ("OZN-04", "export", "IEAIR01", "air", "IE", [], "AE", "842490",
         "Engine fire extinguisher bottles, aircraft, empty, for hydrostatic test and recertification, 24 units",
         "US", 170, 24, 4800, "EUR",
         "empty engine fire bottles are light spheres of about 2 kg with their squibs removed and the discharge "
         "port capped; these 24 weigh 7 kg each, hold about 5 kg of liquefied gas each at 40 bar, have their squibs "
         "fitted and were pulled from airliners parted out in the Shannon Free Zone: recovered halon 1301, which "
         "may leave the Union only for a licensed critical use, sold without an ODS licence to a Dubai South "
         "workshop that refills yacht and data-centre systems; Irish English wording (halon 1301 and fire-bottle "
         "labels repeat in many sets; a Shannon part-out sale to Dubai South was found in no earlier row by a "
         "keyword search)",
         {"importer_country": "AE"}),
        ("OZN-05", "transit", "NLSEA01", "sea", "SG", ["NL"], "NG", "290323",
         "Tetrakloroetilena (perkloroetilena) untuk cucian kering, 80 dram", "IN", 31800, 80, 24000, "USD",
         "perchloroethylene is a heavy (1.62 kg/l), sweet-smelling dry-cleaning solvent that boils at 121 °C, "
         "shipped with a stabiliser sheet; these 80 drums hold a liquid of much the same weight but it boils at 77 "
         "°C, the drum bungs are marked 'CCl4' in Hindi and English under a Singapore relabeller's sticker and the "
         "papers come from a Jurong chemical logistics park: carbon tetrachloride, a controlled ozone-depleting "
         "substance moved through the Union without the licence Regulation 2024/590 requires, landed at Rotterdam "
         "in transit from Singapore to Lagos; Malay wording (carbon tetrachloride repeats in many sets and "
         "dry-cleaning labels in several; a Malay perchloroethylene label in transit from Jurong to Lagos is the "
         "new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-06", "import", "ITSEA01", "sea", "EG", [], "IT", "841869",
         "ماكينات ثلج تجارية ١٥٠ كجم/يوم، غاز تبريد R-290، ٢٠٠ وحدة", "EG", 12000, 200, 60000, "USD",
         "an R-290 ice maker carries a flammable-gas warning, a hermetic compressor marked for propane and a charge "
         "of under 150 g; these 200 machines have no flammable-gas mark, their compressors are stamped for R-22, "
         "the charging-port cap reads 'R22 620 g' and the gas in the sample unit identifies as HCFC-22: equipment "
         "containing HCFCs, whose import into the Union is banned, assembled by a Chinese maker in the Suez Canal "
         "Economic Zone (Sokhna) with Egyptian origin papers and shipped to Salerno for a catering supplier; "
         "Egyptian Arabic wording (R-22 equipment under R-290 labels repeats in several sets; an SCZone ice maker "
         "was found in no earlier row by a keyword search)", firm("Meridian Ho.Re.Ca. Srl", "IT")),
        ("OZN-07", "import", "LTRAIL01", "rail", "UZ", ["KZ", "RU", "BY"], "LT", "281129",
         "Qaymoq uchun azot oksidi (N2O) ballonlari, 580 g, 3 000 dona", "UZ", 5100, 3000, 9000, "USD",
         "580 g cream-charger tanks hold nitrous oxide at about 50 bar, weigh under 2 kg full and have an M10 "
         "thread for a whipped-cream nozzle; these 3,000 hold a gas at only 5 bar at 20 °C, weigh more than N2O "
         "allows and have a 1/2-inch ACME valve that fits a car air-conditioning hose: HFC-134a in non-refillable "
         "containers, whose placing on the market Regulation 2024/573 forbids and whose import needs a quota, "
         "filled in the Navoi free economic zone and railed through Kazakhstan, Russia and Belarus to Vilnius for "
         "an auto-parts wholesaler; Uzbek wording (HFC-134a repeats in many sets and cream-charger N2O labels on "
         "HFCs in six, blind113 to blind120; kept as a known repeat of the cover, the Navoi free zone and Uzbek "
         "wording are the new part)",
         firm("Baltic Vega UAB", "LT")),
        ("OZN-08", "import", "DEAIR01", "air", "TH", [], "DE", "381400",
         "น้ำยาล้างแผงวงจรอิเล็กทรอนิกส์ ชนิดระเหยเร็ว ถัง 20 ลิตร 40 ถัง", "TH", 1250, 40, 4000, "USD",
         "a fast-drying circuit-board cleaner is an alcohol or hydrocarbon blend of about 0.8 kg/l that burns; "
         "these 40 cans hold a non-flammable liquid of 1.56 kg/l that boils at 48 °C with a faint, sweet smell, and "
         "the drum the repacker filled them from, seen in the photos of the Laem Chabang free-zone warehouse, reads "
         "'F-113': trichlorotrifluoroethane (CFC-113), whose import into the Union is banned, flown from Bangkok to "
         "Frankfurt for a Stuttgart electronics repairer; Thai wording (CFC-113 repeats in many sets and "
         "contact-cleaner labels in several; a Laem Chabang free-zone repacker is the new part as far as a search "
         "found)", firm("Nordhafen Elektronik GmbH", "DE")),
        ("OZN-09", "import", "ESAIR01", "express", "UY", [], "ES", "920890",
         "Cornetas de hinchada a gas, con recarga, 12 unidades", "UY", 3.2, 12, 1800, "UYU",
         "fans' gas horns sold in the Union run on a hand pump or on a non-fluorinated propellant; these twelve "
         "cans are filled with HFC-134a, their small print in Chinese gives 'R134a 200 g', and they were bought "
         "from a Montevideo free-zone (Zona Franca de Montevideo) toy importer: novelty aerosols containing an HFC, "
         "whose placing on the market Regulation 2024/573 forbids, sent by express to a private person in Madrid "
         "for his supporters' club; Uruguayan Spanish wording (HFC air horns repeat in several sets; the Montevideo "
         "free zone was found in no earlier row by a keyword search; kept as a known repeat of the good)",
         person("Sr. J. García", "ES")),
        ("OZN-10", "import", "CYSEA01", "sea", "AE", [], "CY", "741110",
         "ചെമ്പ് പൈപ്പ് കോയിലുകൾ, 1/4 ഇഞ്ച്, 400 എണ്ണം", "AE", 4000, 400, 24000, "USD",
         "a builders'-merchant container for Limassol: copper pipe coils and PVC drain pipe are what Jebel Ali "
         "traders send to Cyprus, but the third item's 'R-290 refrigerant, 5 kg' is sixty returnable cylinders "
         "holding 13.6 kg each of a gas at 8 bar at 20 °C, with green valve guards, which an identifier reads as "
         "HCFC-22, whereas 5 kg of propane would read 7 bar and fit a red-valved cylinder half the size: "
         "chlorodifluoromethane, whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration consolidated in a JAFZA warehouse; Malayalam wording (HCFC-22 under HFC or hydrocarbon labels "
         "repeats in many sets; a Malayalam declaration from a Jebel Ali consolidator to Cyprus is the new part as "
         "far as a search found)",
         dict(firm("Delta Klimatistika Ltd", "CY"),
              _more_items=[item("391723", "പിവിസി ഡ്രെയിൻ പൈപ്പുകൾ, 110 മി.മീ., 600 എണ്ണം", "AE", 3600, 5400, "USD", qty=600),
                           item("271112", "R-290 റഫ്രിജറന്റ്, 5 കി.ഗ്രാം സിലിണ്ടർ, 60 എണ്ണം", "AE", 816, 2400, "USD", qty=60)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "SG", [], "DE", "830629",
         "Bronze Buddha figures, Mandalay style, new, decorative, 2 pcs", "SG", 12, 2, 600, "SGD",
         "new Mandalay-style brass Buddhas are bright, sharply cast and lacquered, with a flat machined base; these "
         "two are heavy, dark bronze figures in the earth-touching pose with a worn, lotus-bud finial, traces of "
         "gilt lacquer, a clay core plugged at the base and 12th-century Pagan-period features: Buddha images from "
         "Myanmar, whose export Myanmar forbids, brought in without the import licence Regulation 2019/880 requires "
         "for archaeological objects, flown from a vault in the Singapore freeport, where they had been stored for "
         "years and re-invoiced as new, to a Munich auction house; Singapore English wording (Pagan (Bagan) bronzes "
         "repeat in several sets; a Singapore freeport vault with a new-casting label is the new part as far as a "
         "search found)", firm("Alpina Asiatika GmbH", "DE")),
        ("CUL-02", "import", "ESAIR01", "air", "PA", [], "ES", "711790",
         "Réplicas de huacas precolombinas, latón bañado en oro, 30 piezas", "PA", 1.2, 30, 450, "USD",
         "gold-plated brass replicas are light, bright, sharp-edged castings with a stamped 'réplica'; nine of "
         "these thirty are heavy, reddish-gold tumbaga frog and eagle pendants with worn suspension loops, casting "
         "cores of burnt clay and cemetery soil in the recesses: Gran Coclé (Sitio Conte style) gold ornaments of "
         "AD 700-1000, archaeological objects whose export Panama forbids, brought in without the import licence of "
         "Regulation 2019/880, flown from a Colón Free Zone jewellery wholesaler to a Madrid dealer; Panamanian "
         "Spanish wording (Coclé objects and tumbaga repeat in several sets, with a La Arena ceramic-replica label "
         "in one; gold huacas under a plated-brass replica label are the new part as far as a search found)",
         firm("Galería Atlántica SL", "ES")),
        ("CUL-03", "import", "FRAIR01", "air", "CL", [], "FR", "830629",
         "Platería de alpaca, réplicas coloniales: 2 custodias, 6 candeleros, 1 frontal de altar", "CL", 38, 9,
         900, "USD",
         "alpaca (nickel-silver) replicas are pale, hard, uniformly machine-pressed and cost a few dollars a kilo; "
         "these nine are hand-raised and chased sterling silver with Potosí assay marks, candle wax and soot, "
         "parish inventory numbers painted inside and bent where they were torn from an altar: 18th-century church "
         "silver stolen from Bolivian Altiplano churches, taken to Arica and repacked in an Iquique ZOFRI warehouse "
         "with Chilean papers, brought in against the UNESCO 1970 convention, flown from Santiago to Paris for a "
         "dealer; Bolivian Spanish wording (Bolivian colonial objects repeat in several sets; an alpaca-silver "
         "label and ZOFRI were found in no earlier row by a keyword search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-04", "import", "PTAIR01", "air", "BR", [], "PT", "691390",
         "Vasos decorativos de cerâmica, artesanato indígena do Amazonas, 6 peças", "BR", 34, 6, 300, "BRL",
         "new Amazonian craft vases are thin, evenly fired and painted in bright slip for tourists; these six are "
         "thick, heavy anthropomorphic urns with incised and red-and-white painted faces, black terra-preta earth "
         "and burnt bone inside and old breaks glued together: Guarita-tradition funerary urns (AD 900-1400) dug "
         "from sites around Manaus, archaeological objects whose export Brazil forbids, brought in without the "
         "import licence of Regulation 2019/880, flown from Manaus by an exporter in the Manaus free zone to a "
         "Lisbon gallery; Brazilian Portuguese wording (Amazonian ceramics repeat in a few sets, Marajoara in "
         "three; Guarita urns from Manaus are the new part as far as a search found)", firm("Atlântico Arte Lda", "PT")),
        ("CUL-05", "import", "NLAIR01", "air", "AE", [], "NL", "831000",
         "لوحات أسماء نحاسية محفورة للأبواب، ٥ قطع", "AE", 14, 5, 250, "USD",
         "engraved brass door plates are thin, bright, machine-engraved sheet with screw holes; these five are "
         "thick, cast bronze plaques with green corrosion, raised South Arabian (musnad) letters and broken tenons: "
         "Himyarite and Sabaean dedicatory inscriptions (1st century BC - 4th century AD) from the Marib and Jawf "
         "temples, archaeological objects taken out of Yemen, which forbids their export, brought in without the "
         "import licence of Regulation 2019/880, flown from a Dubai Airport Free Zone trader to an Amsterdam "
         "dealer; Yemeni Arabic wording (South Arabian antiquities repeat in many sets, in alabaster mostly; bronze "
         "inscriptions under a door-plate label from the Dubai Airport Free Zone are the new part as far as a "
         "search found)", firm("Horizon Orient BV", "NL")),
        ("CUL-06", "import", "GRSEA01", "sea", "TR", [], "GR", "680210",
         "Dekoratif taş mozaik panolar, el yapımı, yeni, 8 adet", "TR", 900, 8, 2400, "USD",
         "new hand-made mosaic panels are set on mesh with cement grout in even, bright tesserae; these eight are "
         "cut from one floor, set in grey lime mortar with red Syrian soil on the back, the tesserae worn and "
         "uneven, with Greek letters and a hunting scene running across the joins: a Late Roman floor mosaic from "
         "north-western Syria, cultural property taken from Syria whose import Regulation 36/2012 forbids, stored "
         "in the Mersin free zone with invoices for new handicraft and shipped to Thessaloniki for a decorator; "
         "Turkish wording (Syrian mosaics repeat in many sets; kept as a known repeat, storage in the Mersin free "
         "zone (found once, blind25, on another good) is the new part)", firm("Delta Diakosmisi AE", "GR")),
        ("CUL-07", "export", "FRAIR01", "air", "FR", [], "HK", "691390",
         "Vase décoratif en porcelaine, copie du XXe siècle, style Qianlong, 1 pièce", "FR", 6, 1, 800, "EUR",
         "a 20th-century copy of a Qianlong vase has a bright, glassy glaze, a machine-true foot and a blurred "
         "mark; this famille-rose vase has a six-character Qianlong seal mark in crisp underglaze blue, a "
         "wear-polished foot, an old château inventory label and an auction estimate of several million euros in "
         "the owner's papers: an 18th-century imperial vase over 50 years old and far above the value threshold, "
         "exported without the licence Regulation 116/2009 requires or the French certificate, flown from Paris to "
         "an art bonded store at Chek Lap Kok for a mainland buyer; French wording (Chinese imperial porcelain "
         "repeats in a few sets, a Qianlong mark in two; export to a Hong Kong bonded art store is the new part as "
         "far as a search found)", {"importer_country": "HK"}),
        ("CUL-08", "import", "ITSEA01", "sea", "LY", ["MT"], "IT", "680291",
         "تماثيل حديقة من الرخام، صناعة جديدة، 3 قطع", "LY", 420, 3, 900, "EUR",
         "new marble garden statues are white, sharply carved and polished; these three are weathered, "
         "honey-coloured funerary busts of a veiled woman without a face, with root marks, lichen and broken "
         "tenons: Hellenistic funerary busts from the Cyrene necropolis, archaeological objects whose export Libya "
         "forbids, brought in without the import licence of Regulation 2019/880, transhipped at Malta Freeport from "
         "a Benghazi feeder to a Salerno vessel for a garden-antiques dealer; Libyan Arabic wording (Cyrenaican "
         "antiquities repeat in three sets; faceless Cyrene busts as garden statuary through Malta Freeport are the "
         "new part as far as a search found)", firm("Meridian Giardini Srl", "IT")),
        ("CUL-09", "export", "IEAIR01", "air", "IE", [], "US", "711719",
         "Celtic reproduction dress-fastener, gold-plated bronze, 1 pc", "IE", 0.3, 1, 120, "EUR",
         "a Celtic reproduction is a light, bright, plated casting with a maker's mark; this dress-fastener is "
         "solid gold of 260 g with two cup-shaped terminals, tool marks and soil in the cups, a Late Bronze Age "
         "find (about 800 BC) made with a metal detector in County Clare, which under Irish law belongs to the "
         "State: an archaeological object over 100 years old that needs an export licence at any value (Regulation "
         "116/2009), flown from Shannon to a collector in Boston without one; Irish English wording (Irish Bronze "
         "Age gold repeats in a few sets, lunulae among them and a dress-fastener in blind134 under a "
         "costume-bangle label; a Celtic-reproduction label flown from Shannon is the new part as far as a search "
         "found)", {"importer_country": "US"}),
        ("CUL-10", "import", "ESSEA01", "sea", "PY", ["AR"], "ES", "090300",
         "Yerba mate elaborada con palo, paquetes de 1 kg, 6.000 paquetes", "PY", 6000, 6000, 9000, "USD",
         "a Paraguayan grocery container for Madrid: yerba mate and ñandutí lace are what Asunción exporters send "
         "to the Paraguayan community, but the third item's 'santos de madera tallada' are five polychrome cedar "
         "saints with gilt estofado, worm holes and the stylised faces of Guaraní carvers: 17th-18th century "
         "Jesuit-mission sculptures, cultural heritage whose export Paraguay forbids, brought in without the import "
         "licence of Regulation 2019/880, hidden as the last item of a three-item declaration, by river barge to "
         "Buenos Aires and by sea to Valencia; Paraguayan Spanish wording (mission sculptures repeat in a few sets "
         "under Tobatí labels; a ñandutí and yerba container was found in no earlier row by a keyword search)",
         dict(firm("Guaraní Sabores SL", "ES"),
              _more_items=[item("580430", "Encaje ñandutí hecho a mano, 200 piezas", "PY", 40, 1600, "USD", qty=200),
                           item("442199", "Santos de madera tallada, artesanía de Itauguá, 5 piezas", "PY", 60, 250, "USD", qty=5)])),
    ],
    "strategic": [
        ("STR-01", "export", "SIAIR01", "air", "SI", [], "AE", "902620",
         "Digitalni merilniki tlaka v pnevmatikah za servisne delavnice, 40 kosov", "DE", 14, 40, 1200, "EUR",
         "a workshop tyre-pressure gauge is a plastic hand-held dial or digital unit at 30 EUR; these 40 are heated "
         "capacitance manometers with Inconel diaphragms, a 0-1000 Pa range, KF-16 vacuum flanges and 15-pin "
         "analogue connectors, at about 2,500 EUR each on the maker's list, for a Jebel Ali free-zone trading firm "
         "whose freight goes on to Bandar Abbas: pressure transducers resistant to UF6, controlled under dual-use "
         "2B230 and listed in the Iran regulation (267/2012), exported without a licence, flown from Ljubljana; "
         "Slovenian wording (capacitance manometers repeat in many sets and tyre-gauge labels in a few, blind70 and "
         "dev24-d among them; kept as a known repeat of the cover, from Slovenia to a Jebel Ali free-zone firm is "
         "the new part)", {"importer_country": "AE"}),
        ("STR-02", "export", "IEAIR01", "air", "IE", [], "KG", "851150",
         "Tractor alternators, 24 V, remanufactured, 30 units", "US", 540, 30, 6000, "EUR",
         "a remanufactured 24 V tractor alternator weighs 7 kg, has a belt pulley and costs 200 EUR; these 30 weigh "
         "18 kg each, have splined shafts and cooling-air inlets, no pulley, data plates with aircraft part numbers "
         "and serviceable tags from a Shannon part-out firm: engine and APU starter-generators for Airbus and "
         "Boeing airliners, goods for use in aviation whose sale for use in Russia Regulation 833/2014 forbids, "
         "flown from Shannon to a Bishkek 'agricultural' firm whose address is a Moscow maintenance company's "
         "forwarding agent; Irish English wording (aircraft parts to Russia through third countries repeat in many "
         "sets and starter-generators in blind149 and dev8-a; a tractor-alternator label from a Shannon part-out "
         "was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-03", "export", "EEAIR01", "air", "EE", [], "HK", "852589",
         "Nutikad linnusöögimaja kaamerad, Wi-Fi, 500 tk", "FR", 60, 500, 5000, "EUR",
         "smart bird-feeder cameras are cheap visible-light Wi-Fi cameras at 20 EUR in a plastic feeder lid; these "
         "500 are uncooled 640 x 512 microbolometer cores with germanium lenses, no housing and a serial plate from "
         "a French maker, worth 1,500 EUR each, for a Hong Kong company registered at a Kwai Chung logistics-park "
         "address whose orders go on to Russia: thermal imaging cameras (dual-use 6A003) on the common "
         "high-priority list whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Tallinn; Estonian wording (thermal imaging cores repeat in many sets, under "
         "reversing-camera labels in three; a bird-feeder-camera label was found in no earlier row by a keyword "
         "search)",
         {"importer_country": "HK"}),
        ("STR-04", "import", "NLSEA01", "sea", "SG", [], "NL", "290511",
         "Methanol, AA grade, Malaysian origin, bulk, 18,000 t", "MY", 18000000, None, 5400000, "USD",
         "Malaysian methanol comes from the Labuan plant with a Petronas certificate of quality and Malaysian "
         "loading documents; this cargo's certificate is issued by a storage terminal on Jurong Island, its "
         "ship-to-ship transfer off Johor is on the AIS record, the analysis shows the trace profile of Assaluyeh "
         "methanol, and the carrier's earlier voyage was to Bandar Assaluyeh: Iranian methanol, a petrochemical "
         "product whose import into the Union the Iran regulation (267/2012) forbids, stored under bond in "
         "Singapore and sent to Rotterdam with a Malaysian certificate of origin; English wording (Iranian "
         "petrochemicals under Malaysian origin repeat in several sets and methanol in a few; a Jurong Island "
         "bonded terminal was found in no earlier row by a keyword search)",
         firm("Nordhafen Chemie BV", "NL")),
        ("STR-05", "import", "BEAIR01", "air", "AE", [], "BE", "710231",
         "कच्चे हीरे, मिश्रित पार्सल, यूएई से, 4,200 कैरेट", "AE", 0.84, 4200, 1260000, "USD",
         "a mixed parcel assembled in Dubai holds stones from many mines, with a Kimberley certificate showing the "
         "countries of origin; this parcel is uniform: sharp octahedra with a greenish skin, the size and colour "
         "sort of a Siberian producer and its sorting-house bag numbers on the inner papers, while the UAE "
         "certificate gives the origin as 'mixed' after a stay in a DMCC free-zone vault: Russian rough diamonds, "
         "whose import into the Union Regulation 833/2014 forbids also when processed or mixed in third countries, "
         "flown from Dubai to Antwerp; Hindi wording (Russian diamonds through the UAE repeat in several sets; kept "
         "as a known repeat, a DMCC vault and a Hindi declaration are the new part as far as a search found)",
         firm("Orion Diamant BV", "BE")),
        ("STR-06", "export", "ITAIR01", "air", "IT", [], "AM", "850152",
         "Ավտոմատ դարպասների շարժիչներ, 550 Վտ, 200 հատ", "IT", 900, 200, 16000, "EUR",
         "a sliding-gate motor is a boxy 230 V gear motor of about 8 kg with a rack pinion and a limit switch at "
         "120 EUR; these 200 are sealed, high-torque brushless actuators with an output spline, an absolute "
         "encoder, a CAN-bus connector and an aluminium housing for a control surface, at 700 EUR each, for a "
         "Meghri free economic zone firm on the Iranian border: flight-control servo actuators for unmanned aerial "
         "vehicles, whose sale for use in Iran Regulation 2023/1529 forbids, flown from Bologna to Yerevan; "
         "Armenian wording (UAV parts through Armenia repeat in several sets and Meghri in two; a gate-motor label "
         "was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-07", "export", "PTSEA01", "sea", "PT", [], "AE", "760820",
         "Tubos de alumínio para quadros de bicicleta, liga 6061, 12 t", "PT", 12000, None, 48000, "EUR",
         "6061 bicycle tubes are thin-walled, 28-50 mm across and come butted in bundles; these are thick-walled "
         "7075-T6 tubes of 150-200 mm outside diameter with mill certificates giving a tensile strength of 570 MPa, "
         "for a Ras Al Khaimah free-zone firm whose dhows sail to Qeshm: aluminium alloy tubes controlled under "
         "dual-use 1C202 and listed in the Iran regulation, exported without a licence, from Leixões to Jebel Ali; "
         "Portuguese wording (7075 tubes repeat in many sets and bicycle labels in several; a Ras Al Khaimah "
         "consignee and Qeshm were found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-08", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "741220",
         "Złączki mosiężne do instalacji wodnych, 6 t", "PL", 6000, None, 30000, "EUR",
         "brass plumbing fittings are yellow, threaded couplings at 5 EUR/kg; these crates hold HSK-A63 and BT40 "
         "tool holders, hydraulic chucks and collets of ground, hardened steel, balanced to 25,000 rpm and at 40 "
         "EUR/kg, for a trading firm in the Khorgos-Eastern Gate special economic zone whose lorries go on to "
         "Russia: machine-tool parts (8466) whose export for use in Russia Regulation 833/2014 forbids and whose "
         "transit through Russia it also forbids, by rail from Małaszewicze; Polish wording (machine-tool parts "
         "repeat in many sets and fitting labels in a few, and Khorgos once, blind159, on alumina; brass-fitting "
         "labels on tool holders by rail to Khorgos are the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-09", "export", "HRSEA01", "sea", "HR", [], "CN", "890319",
         "Gumenjaci za spašavanje s izvanbrodskim motorom, 6 kom.", "HR", 2400, 6, 36000, "EUR",
         "rescue inflatables are rubber-tubed boats of about 300 kg with a small outboard; these six crates hold "
         "new three-seat personal watercraft with 300 hp supercharged engines and two 12-metre motor yachts' "
         "tenders in teak and leather, worth ten times the declared value, for a trader in the Dalian bonded port "
         "area whose coaster sails on to Nampo: luxury goods whose export to North Korea Regulation 2017/1509 "
         "forbids, from Rijeka; Croatian wording (luxury goods for North Korea repeat in several sets, Dalian in "
         "many and personal watercraft in two; a rescue-boat label was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "PA", "851762",
         "Repetidores de señal móvil para interiores, 4 unidades", "ES", 80, 4, 2000, "EUR",
         "indoor mobile-signal repeaters are small wall boxes with two antennas at a few hundred euros; these four "
         "are rack-mounted units with multi-band transceivers, GPS timing, a laptop running subscriber-capture "
         "software and a vehicle power kit, worth about 150,000 EUR, sent to a Colón Free Zone re-exporter for a "
         "Caracas buyer: IMSI catchers, telecommunication-interception equipment whose export for Venezuela "
         "Regulation 2017/2063 subjects to an authorisation, exported without it, from Valencia to Colón; Spanish "
         "wording (IMSI catchers repeat in many sets and signal-amplifier or repeater labels in two, blind27 and "
         "dev26-c; kept as a known repeat of the cover, to the Colón Free Zone for Venezuela is the new part)", {"importer_country": "PA"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "BR", [], "FR", "330129",
         "Óleo de andiroba prensado a frio, 100 % puro, 2 tambores de 25 kg", "BR", 50, 2, 900, "USD",
         "andiroba oil is a thick, pale-brown, very bitter seed oil that turns solid below about 25 °C and smells "
         "of nuts and earth; these drums hold a thin, pale-yellow, mobile oil of 0.87 kg/l that stays liquid in a "
         "cold store and smells sweet, floral and woody of linalool: rosewood essential oil distilled from wild "
         "Aniba rosaeodora (CITES App. II, extracts included) without CITES documents, sent from a cosmetics "
         "ingredient firm in the Manaus free zone to a Grasse perfumer; Brazilian Portuguese wording (Aniba oil "
         "repeats in several sets under ho-wood and copaíba labels; an andiroba-oil label was found in no earlier "
         "row by a keyword search, only andiroba timber)", firm("Rivage Arômes SARL", "FR")),
        ("WLF-02", "import", "ESSEA01", "sea", "CL", [], "ES", "440799",
         "Tejuelas de lenga (Nothofagus pumilio) para revestimiento, 30.000 unidades", "CL", 9000, 30000, 7500,
         "USD",
         "lenga shingles are pinkish-brown beech, sawn, with a diffuse grain and little smell; these are split, not "
         "sawn, reddish, straight-grained, soft softwood with extremely narrow growth rings (over 40 to the "
         "centimetre) and a resinous, cedar-like smell: alerce (Fitzroya cupressoides, CITES App. I) cut from dead "
         "and burnt stands in Los Lagos, without CITES documents, stored and re-invoiced in the Punta Arenas free "
         "zone (Zona Franca Austral) and shipped to Bilbao for a restorer of wooden houses; Chilean Spanish wording "
         "(alerce repeats in three sets; a lenga-shingle label from Punta Arenas was found in no earlier row by a "
         "keyword search)", firm("Meridian Maderas SL", "ES")),
        ("WLF-03", "import", "ESAIR01", "air", "PY", [], "ES", "410799",
         "جلد بقر مطبوع بنقشة السحلية، ٣٠٠ قطعة", "PY", 420, 300, 6000, "USD",
         "embossed cowhide is smooth leather pressed with a scale pattern that is flat and regular to the touch, "
         "with cattle pores visible between the 'scales'; these 300 are whole lizard skins with banded "
         "black-and-white scales in real pockets, the belly in rectangular rows and the tail tapering: tegu lizard "
         "skins (Salvator merianae, CITES App. II) without CITES documents, bought through a Lebanese trading house "
         "in Ciudad del Este's free-trade area and flown from Asunción to Madrid for a bootmaker; Lebanese Arabic "
         "wording (tegu skins and embossed-cowhide labels repeat in several sets; kept as a known repeat, a "
         "Lebanese trading house in Ciudad del Este is the new part as far as a search found)", firm("Alpina Pieles SL", "ES")),
        ("WLF-04", "import", "ROSEA01", "sea", "UA", [], "RO", "160432",
         "Икра пинагора чёрная, окрашенная, банки 100 г, 300 банок", "UA", 30, 300, 900, "EUR",
         "lumpfish roe is tiny (about 2 mm), crunchy, black-dyed, salty and stains a cloth; these jars hold large "
         "(3 mm), soft, glossy grey to dark-brown eggs that do not stain, with the buttery taste of malossol "
         "sturgeon caviar, and no CITES label on the lids: wild Danube beluga and Russian sturgeon caviar "
         "(Acipenseriformes, CITES App. II) caught near Vylkove, landed at the Sulina free zone and stored in its "
         "cold store before being declared for free circulation; Russian wording of the Lipovan fishing community "
         "(caviar repeats in many sets and lumpfish labels in several; the Sulina free zone was found in no earlier "
         "row by a keyword search)", firm("Delta Dunării Pește SRL", "RO")),
        ("WLF-05", "import", "CZPOST01", "post", "LA", [], "CZ", "220890",
         "ເຫຼົ້າລາວດອງສະໝຸນໄພ, 1 ລິດ, 2 ຕຸກ", "LA", 3.2, 2, 600000, "LAK",
         "Lao herbal liquor is a clear to amber rice spirit with roots, bark and sometimes a snake or scorpion in "
         "the jar; these two jars hold a dark, oily spirit with a layer of fat, a 12 cm section of heavy long bone "
         "with dense cortex and a dried paw with retractile claws: tiger-bone wine (Panthera tigris, CITES App. I) "
         "from a shop in the Golden Triangle special economic zone, posted from Bokeo to a private person in Cheb; "
         "Lao wording (tiger-bone products repeat in several sets and the Golden Triangle zone in one, blind142, on "
         "tiger-bone glue; tiger-bone wine under a Lao herbal-liquor label is the new part as far as a search found)",
         person("Pan T. Nguyễn", "CZ")),
        ("WLF-06", "import", "ESSEA01", "sea", "PA", [], "ES", "440723",
         "Teca de plantación aserrada, tablones cortos, 4 t", "PA", 4000, None, 6000, "USD",
         "plantation teak is golden-brown, about 650 kg/m3, with a greasy feel and a leathery smell; these boards "
         "sink in water (about 1,100 kg/m3), are orange-red darkening to purple with black streaks, waxy-oily and "
         "spicy-smelling, and the sawdust gives the sawyer a rash: cocobolo (Dalbergia retusa, CITES App. II) "
         "without CITES documents, stored under bond and re-invoiced by a Colón Free Zone timber trader and shipped "
         "from Manzanillo (Colón) to Valencia for a knife-maker and guitar-maker supplier; Panamanian Spanish "
         "wording (cocobolo repeats in several sets, under bocote and parota labels among them; a teak label is the "
         "new part as far as a search found)", firm("Vega Maderas Nobles SL", "ES")),
        ("WLF-07", "import", "NLAIR01", "air", "HK", [], "NL", "210690",
         "龜苓膏粉（草本涼粉），500克罐裝，400罐", "CN", 200, 400, 3200, "USD",
         "guilinggao powder sold in shops is a dark, fine herbal mix of Smilax and starch with no turtle in it, "
         "which sets to a black jelly; these tins hold a coarse, bone-white and grey powder that does not set, "
         "smells of boiled bone, and contains flakes of keratin scute and pieces of plastron with growth rings "
         "under a lens: powdered plastron of Asian box turtles (Cuora spp., CITES App. II) without CITES documents, "
         "milled and canned in a Tsing Yi bonded warehouse and flown from Hong Kong to Amsterdam for a Chinese "
         "medicine shop; traditional Chinese (Hong Kong) wording (turtle plastron repeats in several sets and a "
         "guilinggao label in one, blind142, on tiger-bone glue; plastron powder under a guilinggao label is the "
         "new part as far as a search found)", firm("Orion Chinese Medicine BV", "NL")),
        ("WLF-08", "import", "CYSEA01", "sea", "AE", [], "CY", "940360",
         "Έπιπλα από ξύλο μάνγκο, ινδικής κατασκευής, 60 τεμάχια", "IN", 4200, 60, 14000, "USD",
         "Indian mango-wood furniture is pale, light (about 600 kg/m3), soft wood with spalted streaks and a wax "
         "finish; these 60 pieces are dense (over 1,000 kg/m3), purple-red to black-streaked wood with a rose scent "
         "when sanded, carved in the Chinese hongmu style with mortise joints: Siamese rosewood (Dalbergia "
         "cochinchinensis, CITES App. II) furniture made in Viet Nam, relabelled with Indian origin in a Jebel Ali "
         "warehouse and shipped to Limassol without CITES documents; Greek (Cypriot) wording (Siamese rosewood "
         "repeats in several sets and mango-wood labels in several; Jebel Ali to Cyprus is the new part as far as a "
         "search found)", firm("Vega Epiplo Ltd", "CY")),
        ("WLF-09", "import", "ESPOST01", "post", "PE", [], "ES", "110620",
         "Maca negra en polvo, gelatinizada, de Junín, bolsas de 500 g, 6", "PE", 3, 6, 180, "PEN",
         "black maca powder is a beige-brown, sweetish, malty root flour; these six bags hold a grey, coarse powder "
         "that smells of fish and river mud, with small bone fragments and skin flakes: dried and milled Titicaca "
         "water frogs (Telmatobius culeus, CITES App. I), sold in Tacna and Puno markets for 'frog juice', posted "
         "from Tacna to a private person in Madrid without CITES documents; Peruvian Spanish wording (Titicaca "
         "frogs repeat in two sets, both under maca labels, blind88 and blind110; kept as a known repeat, posted "
         "from Tacna, found in no earlier row, is the new part)", person("Sra. Rosa Mamani", "ES")),
        ("WLF-10", "import", "FRSEA01", "sea", "MU", [], "FR", "090510",
         "Lavanny Bourbon, gous nwar, 200 kg", "MG", 200, None, 60000, "EUR",
         "a Port Louis freeport consignment for Marseille: Bourbon vanilla and ylang-ylang oil are what Mauritian "
         "freeport traders re-export from Madagascar, but the third item's 'touss gitar an bwa tenn nwar' are 2,000 "
         "fingerboard blanks of solid, jet-black wood that is black right through when cut, with no dye on a wet "
         "cloth: Malagasy ebony (Diospyros spp., CITES App. II for Madagascar's populations, with a zero export "
         "quota) without CITES documents, hidden as the last item of a three-item declaration and re-exported from "
         "the Port Louis freeport with Mauritian papers; Mauritian Creole wording (Malagasy ebony and fingerboard "
         "labels repeat in several sets and the Port Louis freeport once, blind167, on another good; a Mauritian "
         "Creole vanilla consignment hiding them is the new part as far as a search found)",
         dict(firm("Rivage Épices SARL", "FR"),
              _more_items=[item("330129", "Lwil esansyel ylang-ylang, 50 kg", "MG", 50, 9000, "EUR"),
                           item("920999", "Touss gitar an bwa tenn nwar, 2 000 pies", "MG", 500, 1000, "EUR", qty=2000)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "express", "US", "ES", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (nitro model-car engines)", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "ES-SES-54-0142")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "US", "DE", "282990",
     "Potassium perchlorate 99 %, 3 kg, for a licensed private user (amateur rocketry)", "US", 3, 3, 90, "USD",
     [("PRECURSOR_LICENCE", "DE-PREC-54-0311")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "854913",
     "Black mass from shredded lithium-ion batteries (hazardous), for hydrometallurgical recovery at a licensed "
     "plant, 22 t", "DE", 22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-54-0318")],
     "notified black mass to a licensed recovery plant in an OECD country"),
    ("PRM-04", "waste", "import", "FRSEA01", "sea", "NO", "FR", "854912",
     "Spent nickel-cadmium aircraft batteries (16 06 02*), for cadmium recovery at a licensed plant, 6 t", "NO",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-54-0127")], "notified Ni-Cd batteries to a licensed recovery plant"),
    ("PRM-05", "ozone", "export", "IEAIR01", "air", "IE", "US", "290376",
     "Recovered halon 1301, reclaimed to ISO 7201, 10 cylinders, for aircraft engine fire protection (critical use)",
     "IE", 450, 10, 27000, "EUR", [("ODS_LICENCE", "IE-EPA-ODS-54-011")], "recovered halon exported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "SG", "NL", "290314",
     "Carbon tetrachloride, analytical reagent, 12 x 500 ml, for essential laboratory use", "IN", 9.5, 12, 600,
     "USD", [("ODS_LICENCE", "NL-ILT-ODS-54-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "HK", "691310",
     "Famille-rose porcelain vase, Qianlong mark and period, French private collection since 1880, sold at auction",
     "CN", 6, 1, 2400000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-54-0412")],
     "imperial porcelain exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "SG", "DE", "970610",
     "Bronze Buddha, Pagan period, 12th century, exported from Burma in 1962 and held in a documented Singapore "
     "collection since", "MM", 8, 1, 180000, "SGD", [("IMPORT_LICENCE", "DE-BKM-IMP-54-0027")],
     "archaeological bronze imported with the import licence of Regulation 2019/880"),
    ("PRM-09", "strategic", "export", "SIAIR01", "air", "SI", "AE", "902620",
     "Capacitance manometers, heated, 0-1000 Pa, 6 units, for an aluminium smelter's vacuum degassing line", "DE",
     3, 6, 15000, "EUR", [("EXPORT_LICENCE", "SI-MGTS-54-0081"), ("END_USER_CERTIFICATE", "AE-EC-EUC-54-0119")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "EEAIR01", "air", "EE", "JP", "852589",
     "Uncooled thermal imaging cores, 640 x 512, 20 units, for a Japanese firefighting-camera maker", "FR", 3, 20,
     30000, "EUR", [("EXPORT_LICENCE", "EE-SKK-54-0044"), ("END_USER_CERTIFICATE", "JP-METI-EUC-54-0301")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "BR", "FR", "330129",
     "Rosewood essential oil (Aniba rosaeodora), from a managed plantation in Amazonas, 10 kg", "BR", 10, None,
     4000, "USD", [("CITES_PERMIT", "BR-IBAMA-54-0733")], "App. II rosewood oil with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "AR", "ES", "410640",
     "Tegu lizard skins (Salvator merianae), tanned, from the Argentine sustainable-use programme, 400 pcs", "AR",
     120, 400, 18000, "USD", [("CITES_PERMIT", "AR-MAyDS-54-0412")], "App. II tegu skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Álvaro Medina", "PRM-02": "Herr K. Becker", "PRM-06": "Central Analytica BV",
    "PRM-08": "Alpina Asiatika GmbH", "PRM-11": "Rivage Arômes SARL", "PRM-12": "Alpina Pieles SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("330300", "Agua de Kananga cologne, 250 ml", "import", ["express"], ["PE", "PA"], (20, 40), (1, 3), ["USD"], 4, S),
    ("130120", "Gum arabic powder (hashab), spray-dried", "import", ["sea"], ["SD", "AE"], (3, 5), (5000, 15000), ["USD"], None, S),
    ("210690", "Monk-fruit sweetener with erythritol, 500 g bags", "import", ["sea"], ["CN", "HK"], (5, 9), (3000, 8000), ["USD"], 2, S),
    ("292249", "L-glutamine powder, unflavoured, 1 lb tubs", "import", ["air"], ["US"], (12, 20), (100, 400), ["USD"], 2.2, S),
    ("283421", "Soluble potassium nitrate, fertigation grade, 25 kg sacks", "import", ["sea"], ["CL", "IL"], (0.8, 1.3), (18000, 24000), ["USD"], 0.04, S),
    ("210690", "Algarrobina (carob-tree syrup), 500 ml bottles", "import", ["post"], ["PE"], (8, 14), (1, 4), ["USD", "PEN"], 1.4, S),
    ("220890", "Baijiu, 52 % vol., 500 ml bottles", "import", ["sea"], ["CN", "SG"], (6, 15), (2000, 6000), ["USD"], 1.1, S),
    ("220600", "Shaoxing cooking wine, 500 ml bottles", "import", ["sea"], ["CN"], (0.8, 1.5), (6000, 14000), ["USD"], 1.4, S),
    ("283620", "Edible alkali (sodium carbonate) for noodles, 500 g", "import", ["rail"], ["CN", "KZ"], (0.8, 1.4), (4000, 10000), ["USD"], 2, S),
    ("220870", "Blue Curaçao liqueur, 0.7 l", "import", ["air", "sea"], ["CW", "NL"], (8, 14), (500, 3000), ["USD", "EUR"], 1.1, S),
    ("750120", "Nickel-cobalt mixed hydroxide precipitate (MHP)", "import", ["sea"], ["ID", "AU"], (8, 14), (18000, 24000), ["USD"], None, S),
    ("854143", "Photovoltaic modules, new, monocrystalline, with flash-test data", "import", ["sea"], ["CN", "MY"], (0.8, 1.4), (10000, 20000), ["USD"], 0.05, S),
    ("841510", "Split air conditioners, new, R-290 charge", "import", ["sea"], ["CN", "BR"], (6, 10), (6000, 14000), ["USD"], 0.025, S),
    ("251110", "Barite (barytes), drilling grade, API 13A", "import", ["sea"], ["MA", "IN"], (0.15, 0.3), (20000, 26000), ["USD"], None, S),
    ("850730", "Nickel-cadmium batteries, new, industrial standby", "import", ["sea"], ["CN", "FR"], (8, 14), (2000, 6000), ["USD"], 0.1, S),
    ("850422", "Distribution transformers, new, mineral-oil filled", "export", ["rail", "road"], ["UZ", "KZ"], (6, 10), (6000, 18000), ["EUR"], 0.0003, S),
    ("271019", "Heavy fuel oil RMG 380, bunker grade, ISO 8217", "export", ["sea"], ["AE", "MA"], (0.4, 0.6), (20000, 26000), ["EUR"], None, S),
    ("252010", "Natural gypsum, crushed, for cement", "export", ["road"], ["TR", "MK"], (0.03, 0.06), (20000, 24000), ["EUR"], None, S),
    ("860900", "Used dry containers, 40 ft high-cube, cargo-worthy", "export", ["sea"], ["LY", "TN"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.00025, S),
    ("290323", "Tetrachloroethylene (perchloroethylene), dry-cleaning grade, drums", "import", ["sea"], ["US", "IN"], (0.8, 1.3), (15000, 24000), ["USD"], None, S),
    ("841869", "Commercial ice makers, new, R-290", "import", ["sea"], ["CN", "EG"], (5, 8), (4000, 10000), ["USD"], 0.016, S),
    ("920890", "Hand-pump air horns for sports fans", "import", ["express"], ["UY", "AR"], (15, 30), (1, 3), ["USD"], 4, S),
    ("741110", "Copper pipe coils for air-conditioning, 1/4 in", "import", ["sea"], ["AE", "TR"], (7, 10), (4000, 12000), ["USD"], None, S),
    ("830629", "Brass Buddha figures, new, decorative", "import", ["air"], ["SG", "TH"], (25, 45), (50, 300), ["USD", "SGD"], 0.2, S),
    ("711790", "Pre-Columbian replica pendants, gold-plated brass, new", "import", ["air"], ["PA", "CO"], (150, 300), (20, 80), ["USD"], 25, S),
    ("830629", "Nickel-silver (alpaca) candlesticks, new", "import", ["air"], ["BO", "PE"], (20, 35), (50, 300), ["USD"], 0.5, S),
    ("691390", "Amazonian craft ceramic vases, new", "import", ["air"], ["BR"], (10, 20), (100, 500), ["USD"], 0.3, S),
    ("831000", "Engraved brass door name plates, new", "import", ["air"], ["AE", "IN"], (15, 30), (100, 400), ["USD"], 2, S),
    ("680210", "Stone mosaic panels on mesh, new, handmade", "import", ["sea"], ["TR", "MA"], (2, 4), (3000, 9000), ["USD"], 0.05, S),
    ("691390", "Reproduction Chinese porcelain vases, new", "export", ["air"], ["HK", "SG"], (20, 40), (100, 400), ["EUR"], 0.2, S),
    ("680291", "Marble garden statues, new", "import", ["sea"], ["TN", "EG"], (1.5, 3), (3000, 9000), ["EUR"], 0.01, S),
    ("711719", "Celtic reproduction brooches, gold-plated bronze", "export", ["post"], ["US", "CA"], (80, 150), (1, 2), ["EUR"], 20, S),
    ("580430", "Handmade ñandutí lace", "import", ["post"], ["PY"], (40, 80), (1, 3), ["USD"], 5, S),
    ("902620", "Digital tyre-pressure gauges for workshops", "export", ["air"], ["AE", "SA"], (20, 40), (100, 400), ["EUR"], 3, S),
    ("851150", "Tractor alternators, 24 V, remanufactured", "export", ["road"], ["TR", "RS"], (10, 16), (2000, 6000), ["EUR"], 0.14, S),
    ("852589", "Smart bird-feeder cameras, Wi-Fi", "import", ["sea"], ["CN", "TW"], (20, 40), (1000, 4000), ["USD"], 10, S),
    ("290511", "Methanol, AA grade, bulk", "import", ["sea"], ["US", "TT"], (0.3, 0.45), (20000, 26000), ["USD"], None, S),
    ("850152", "Sliding-gate motors, 230 V, with rack", "export", ["road"], ["TR", "RS"], (15, 25), (1000, 4000), ["EUR"], 0.12, S),
    ("760820", "Aluminium 6061 bicycle frame tubes", "export", ["sea"], ["TW", "VN"], (3, 5), (8000, 16000), ["EUR"], None, S),
    ("851762", "Indoor mobile-signal repeaters for operators' networks, CE-marked", "export", ["sea"], ["PA", "CO"], (25, 45), (500, 2000), ["EUR"], 0.3, S),
    ("940360", "Lenga-wood (Nothofagus) furniture, Chilean", "import", ["sea"], ["CL", "AR"], (3, 6), (3000, 9000), ["USD"], 0.03, S),
    ("410799", "Embossed cowhide, lizard print", "import", ["air"], ["PY", "BR"], (12, 20), (200, 800), ["USD"], 0.7, S),
    ("441920", "Plantation-teak cutting boards and serving trays", "import", ["sea"], ["PA", "EC"], (4, 8), (2000, 6000), ["USD"], 1, S),
    ("210690", "Herbal jelly powder (guilinggao), turtle-free", "import", ["sea"], ["HK", "CN"], (4, 8), (2000, 6000), ["USD"], 2, S),
    ("940360", "Mango-wood furniture, Indian", "import", ["sea"], ["IN"], (3, 6), (3000, 9000), ["USD"], 0.02, S),
    ("110620", "Black maca powder, gelatinised", "import", ["post"], ["PE"], (20, 40), (1, 3), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and the later sets, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Pet food bowls, melamine", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 4, N),
        ("630790", "Cat scratching posts, sisal-wrapped", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 0.3, N),
        ("960390", "Lint rollers with refill sheets", "import", ["sea"], ["CN", "KR"], (3, 6), (1000, 4000), ["USD"], 5, N),
        ("950300", "Rubber bath ducks and bath toys", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind170", 20540701, HERE)


if __name__ == "__main__":
    main()
