#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-fourth blind set (tests/risk/data/blind254-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2068, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: bicycles, motorcycles and
powersports (bike shops, motorcycle importers and dealers, quad, snowmobile and jet-ski
dealers, parts and accessories distributors, frame builders, chrome and paint shops,
motorcycle-tour and rally outfits).
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
need a permit, licence or certificate by law (live animals and plants, seeds, fish, food of
animal origin, reptile leather and furs) appear only in the permitted rows, with their
document, and goods whose importer must hold an authorisation (steel, HFC-charged
equipment such as air-conditioned UTV cabs, HFC and HFO refrigerants, firearms parts) are
left out of the ordinary table (the shared everyday table's two steel rows are dropped, as
in blind128). Disguised rows carry a consignee name only where a real declaration would.
Ids are BL254-*:

    python3 tests/risk/data/make_blind254_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2068, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2068
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLAIR01", "express", "GB", [], "PL", "290511",
         "Speedway racing methanol, 99.9 %, 4 x 5 l jerrycans, for a speedway rider", "GB", 22.8, 4, 90, "GBP",
         "speedway bikes run on pure methanol, a water-clear liquid of 0.79 kg/l that burns with an almost invisible "
         "flame and mixes with water; these four jerrycans weigh 1.14 kg/l, the liquid sinks and stays apart in "
         "water, smells faintly fruity, and the filler's drum label copied onto the invoice reads 'CH3NO2': "
         "nitromethane (Annex I above 16 %), sent by express from the Midlands to a private rider in Leszno, "
         "although flammable liquids travel by express only as declared dangerous goods; British English wording "
         "(nitromethane repeats in many sets and a jet-ski octane-booster label in blind214; a speedway-methanol "
         "label was found in no earlier row by a keyword search)", person("Pan T. Zieliński", "PL")),
        ("PRE-02", "import", "ROROAD01", "road", "MD", [], "RO", "382000",
         "Lichid de răcire pentru motociclete de curse, fără glicol, gata de utilizare, 1 l, 3.000 sticle", "MD",
         3390, 3000, 4500, "EUR",
         "glycol-free race coolant is water with a wetting agent and a corrosion inhibitor, 1.00 kg/l, often tinted; "
         "these 3,000 bottles have vented caps, hold a colourless liquid of 1.13 kg/l that whitens the skin and foams "
         "on rust, and the Chișinău filler's drums on the same van read 'H2O2 35 %', for an Iași motorcycle-parts web "
         "shop that sells to riders: hydrogen peroxide (Annex I above 12 %) made available to members of the public, "
         "at Sculeni; Romanian wording from Moldova (hydrogen peroxide repeats in many sets and coolant labels in "
         "three, on other uses; a race-coolant label was found in no earlier row)", firm("Orion Moto Piese SRL", "RO")),
        ("PRE-03", "import", "IESEA01", "sea", "AU", [], "IE", "340290",
         "Ally trailer brightener, acid wash for jet-ski and boat trailers, 20 L drums, 120 drums", "AU", 3360, 120,
         3600, "AUD",
         "aluminium trailer brighteners are phosphoric or dilute hydrofluoric acid washes of about 1.1 kg/l in "
         "green or blue; these 120 drums hold a pale-yellow liquid of 1.40 kg/l that fumes brown in moist air, turns "
         "the skin yellow and dissolves a copper washer with brown gas: about 65 % nitric acid (Annex I above 3 %), "
         "by sea from Brisbane to Cork for a jet-ski dealer who sells it over the counter to owners: made available "
         "to members of the public; Australian English wording (nitric acid repeats in many sets; a brightener label "
         "was found once, on a coin dip (blind185); a jet-ski trailer brightener is the new part)",
         firm("Atlantic Watersports Ltd", "IE")),
        ("PRE-04", "import", "DESEA01", "sea", "BD", [], "DE", "252620",
         "সাইকেল টিউবের ট্যালক পাউডার (tyre talc), ৫০০ গ্রাম কৌটা, ৮,০০০ কৌটা", "BD", 4000, 8000, 3200, "USD",
         "tyre talc is a soft, greasy, slippery white powder that clings to the fingers and does not dissolve; these "
         "tins hold a gritty, crystalline powder that is not slippery at all, dissolves a little in warm water, "
         "burns fiercely mixed with sugar and whose inner bags read 'KClO4', for a Leipzig bicycle-parts web shop "
         "that sells 500 g tins to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members "
         "of the public, by sea from Chattogram with a bicycle-parts container; Bengali wording (potassium "
         "perchlorate repeats in many sets and tyre-balancing media in blind183; a talc label was found in no "
         "earlier row by a keyword search)", firm("Vega Fahrradteile GmbH", "DE")),
        ("PRE-05", "import", "ROSEA01", "sea", "GE", [], "RO", "251200",
         "ზეთის შთამნთქმელი გრანულები (დიატომიტი), სახელოსნოებისთვის, 20 ლ ტომრები, 1 200 ტომარა", "GE", 24000,
         1200, 6000, "USD",
         "diatomite oil absorbent for workshops is a pale, porous, dusty granule that floats and drinks up oil and "
         "water alike; these bags hold hard, white, glassy prills that dissolve in a puddle with a chill, absorb no "
         "oil, test at 34 % N and melt and fume on a hot plate, for a Constanța motorcycle and quad accessories "
         "wholesaler whose shops sell 20 l bags to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Poti; Georgian wording (ammonium nitrate repeats in many "
         "sets; oil-absorbent labels appear only on waste rows, and on ammonium nitrate in no earlier row)",
         firm("Delta Moto Accesorii SRL", "RO")),
        ("PRE-06", "import", "FIPOST01", "post", "JP", [], "FI", "340490",
         "チェーンワックス ペレット (浸漬用), 500 g × 6袋", "JP", 3.2, 6, 14000, "JPY",
         "immersion chain wax is a paraffin blend in waxy white pellets that float on water, feel greasy and melt at "
         "about 60 °C in a slow cooker; these bags hold hard, clear-white crystals that sink, dissolve in water, are "
         "not greasy, crackle and flare yellow on a gas ring and carry CAS 7775-09-9 on the inner bags: sodium "
         "chlorate (Annex I above 40 %), posted from Osaka to a private cyclist in Tampere; Japanese wording (sodium "
         "chlorate repeats in many sets under salt and sugar labels; a chain-wax label was found in no earlier row "
         "by a keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-07", "import", "PTAIR01", "air", "BR", [], "PT", "271019",
         "Óleo para bengala de moto (suspensão dianteira) SAE 10W, frascos 1 litro, 1.500 frascos", "BR", 2760,
         1500, 9000, "BRL",
         "fork oil is a thin, red or amber mineral oil of about 0.86 kg/l that floats on water; these bottles hold "
         "a colourless, oily liquid of 1.84 kg/l that sinks, grows hot with a drop of water and chars a cardboard "
         "divider black, flown from São Paulo for a Porto motorcycle shop that sells 1 l bottles over the counter: "
         "about 96 % sulphuric acid (Annex I above 15 %) made available to members of the public; Brazilian "
         "Portuguese wording ('bengala' for the fork) (sulphuric acid repeats in many sets, among them a motorcycle "
         "tank-rust-remover label in blind86 and a bicycle chain-oil label in blind193; a fork-oil label was found in "
         "no earlier row)", firm("Rivage Motos Lda", "PT")),
        ("PRE-08", "import", "GRSEA01", "sea", "TR", [], "GR", "251820",
         "Viyana kireci (kalsine dolomit), krom parlatma tozu, motosiklet kromu için, 1 kg, 2.400 paket", "TR",
         2400, 2400, 1900, "EUR",
         "Vienna lime is a chalky, soft, slightly caustic white powder of calcined dolomite that polishes chrome and "
         "slakes warm with water; these packs hold shiny, tasteless crystals that do not slake, spit violet sparks on "
         "a hot iron and carry CAS 3811-04-9 on the inner bags, for a Piraeus motorcycle-chrome and restoration shop "
         "that sells 1 kg packs to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, by sea from Ambarlı; Turkish wording (potassium chlorate repeats in many sets and Turkish "
         "alum and soda labels in several; a chrome-polishing Vienna-lime label was found in no earlier row)",
         firm("Central Moto Chrome AE", "GR")),
        ("PRE-09", "import", "ATPOST01", "post", "KR", [], "AT", "330749",
         "헬멧 내피 탈취·살균 농축액, 1 L × 3병", "KR", 3.6, 3, 90000, "KRW",
         "helmet-liner deodorising concentrate is a scented, faintly cloudy liquid of 1.0 kg/l with a little alcohol "
         "or a quaternary ammonium; these three bottles have vented caps, hold an odourless, water-clear liquid of "
         "1.20 kg/l that whitens and stings the skin and froths on a cut, and the cap liners are stamped 'H2O2 50 %': "
         "hydrogen peroxide (Annex I above 12 %), posted from Busan to a private rider in Graz; Korean wording "
         "(hydrogen peroxide repeats in many sets and hydrogen-water labels in two; a helmet-sanitiser label was "
         "found in no earlier row)", person("Frau S. Huber", "AT")),
        ("PRE-10", "import", "NLAIR01", "air", "IN", [], "NL", "320890",
         "साइकिल फ्रेम के लिए सफ़ेद पॉलिएस्टर पाउडर कोटिंग, RAL 9010, 1 किग्रा पैक, 1,200 पैक", "IN", 1200, 1200,
         2400, "USD",
         "polyester powder coating is a very fine, soft, talc-like polymer powder that does not dissolve in water and "
         "melts into a glossy film at 180 °C; these packs hold a coarse, crystalline white powder that dissolves "
         "completely in water, draws damp and burns brightly with sugar, and the re-used inner bags read 'NaClO4', "
         "flown from Delhi for a Utrecht bicycle-restoration web shop that sells 1 kg packs to home powder-coaters: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public; Hindi wording (sodium "
         "perchlorate repeats in many sets; a powder-coating label on a precursor was found in no earlier row)",
         firm("Horizon Fietsonderdelen BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "SN", "871120",
         "Motocicletes i escúters usats de 125 cc, en funcionament, contenidor de 40 peus, 180 unitats", "ES",
         16000, 180, 27000, "EUR",
         "working second-hand scooters start, have dry engines and a registration record; these 180 have dried "
         "mud in the frames and air boxes, milky water in the engine oil, seized brakes, corroded batteries still "
         "fitted and petrol in the tanks, bought by the lot after the floods south of Valencia: end-of-life "
         "vehicles that were not depolluted (16 01 04*), hazardous waste whose export to a non-OECD country is "
         "banned, from Valencia to Dakar; Valencian wording (used and salvage vehicles repeat in many sets; "
         "flood-damaged motorcycles in Valencian were found in no earlier row)", {"importer_country": "SN"}),
        ("WST-02", "export", "SIROAD01", "road", "SI", [], "BA", "382000",
         "Antifriz koncentrat, nov, G12, IBC zabojniki 1000 l, 18 kosov", "SI", 19000, 18, 5400, "EUR",
         "new G12 antifreeze concentrate is a clear pink glycol of 1.11 kg/l, sealed, with a batch sheet; these IBCs "
         "hold a brown, cloudy liquid of 1.04 kg/l with an oil film, a smell of petrol and a refractometer reading of "
         "a few degrees below zero, drained from motorcycles and cars at Ljubljana workshops: waste antifreeze "
         "containing hazardous substances (16 01 14*), hazardous waste whose export to a non-OECD country is banned, "
         "on a lorry for a Banja Luka 'lubricants dealer'; Slovenian wording (used antifreeze appears once, in a "
         "development set, and antifreeze labels twice on precursors; as new G12 concentrate it was found in no "
         "earlier row)", {"importer_country": "BA"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", [], "UA", "842123",
         "Motorrad-Ölfilter, neu, Überbestand, in Kartons, 24.000 Stück", "AT", 6200, 24000, 7200, "EUR",
         "new motorcycle oil filters come boxed singly, clean, about 0.15 kg each; these 24,000 are loose in "
         "cartons, oily, dented, with used rubber seals and about 100 g of black engine oil left in each, collected "
         "from dealer workshops around Mattighofen: used oil filters (16 01 07*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry for a Lviv 'parts dealer'; Austrian German wording (crushed oil "
         "filters as steel scrap in blind6, kept as a repeat of the good; a new-surplus-stock label on them was found "
         "in no earlier row)", {"importer_country": "UA"}),
        ("WST-04", "export", "BGSEA01", "sea", "BG", [], "EG", "871410",
         "Челюсти за спирачки за класически мотоциклети, нови стари складови наличности (NOS), 2 т", "BG", 2000,
         None, 1600, "EUR",
         "new-old-stock brake shoes are boxed, with clean, even, unworn linings; these loose shoes are scored and "
         "glazed, worn thin, oily, with grey fibrous linings that shed when scratched and test positive for "
         "chrysotile, stripped from old Balkan, MZ and Jawa motorcycles in Plovdiv scrapyards for a Cairo relining "
         "shop: asbestos-containing brake linings (16 01 11*), hazardous waste whose export to a non-OECD country is "
         "banned, from Burgas to Alexandria; Bulgarian wording (used brake shoes for relining in blind40 and tractor "
         "brake shoes in blind221, kept as a repeat of the family; a classic-motorcycle NOS label is the new part)",
         {"importer_country": "EG"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", [], "UA", "261000",
         "Chromová ruda, koncentrát, 44 % Cr2O3, big bagy, 20 t", "CZ", 20000, None, 2400, "EUR",
         "chromite concentrate is a heavy, black, dry, sandy ore; these bags hold a wet, pasty, yellow-green filter "
         "cake that smells of acid and stains the hands yellow, with a few per cent of hexavalent chromium, from a "
         "chrome-plating shop that re-chromes motorcycle tanks, rims and exhausts for classic-bike restorers: "
         "galvanic sludge (11 01 09*), hazardous waste whose export to a non-OECD country is banned, on a lorry for a "
         "Uzhhorod 'ferroalloy trader'; Czech wording (plating sludge repeats in several sets; a chromite-ore label "
         "was found in no earlier row)", {"importer_country": "UA"}),
        ("WST-06", "export", "HRSEA01", "sea", "HR", [], "ME", "890399",
         "Rabljeni jet-skiji (vodeni skuteri), u voznom stanju, 14 komada", "HR", 5600, 14, 21000, "EUR",
         "working used jet-skis start, hold compression and come with hour readings; these 14 rental-fleet machines "
         "were sunk or burnt: salt-crusted engines, seawater in the oil, melted hulls, swollen lead-acid batteries "
         "and fuel still in the tanks, for a Budva 'water-sports dealer' who breaks them: end-of-life craft with "
         "hazardous components and fluids, hazardous waste whose export to a non-OECD country is banned, from Split "
         "to Bar; Croatian wording (jet-skis appear in earlier rows only as luxury goods and an octane-booster label; "
         "as waste they were found in no earlier row)", {"importer_country": "ME"}),
        ("WST-07", "export", "ITROAD01", "road", "IT", [], "MD", "630900",
         "Gilet airbag da moto usati, indumenti di seconda mano, 1.200 pezzi", "IT", 2400, 1200, 3600, "EUR",
         "second-hand clothing is baled and sorted; these 1,200 motorcycle airbag vests were returned to a Vicenza "
         "dealer after crashes or at the end of their service life, half deployed, each still holding its gas "
         "generator, many of them unfired, with 'UN3268' cartridges and expiry dates long past: waste pyrotechnic "
         "inflators (16 01 10*), hazardous waste whose export to a non-OECD country is banned and dangerous goods "
         "carried undeclared, on a lorry for a Chișinău 'second-hand shop'; Italian wording (airbag initiators and "
         "airbag fabric repeat in several sets; motorcycle airbag vests as worn clothing were found in no earlier row)",
         {"importer_country": "MD"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "NG", "271019",
         "Base oil SN 150, virgin, for two-stroke oil blending, flexitank, 22 t", "IE", 22000, None, 6600, "EUR",
         "virgin SN 150 is a water-white, odourless base oil with a refinery certificate; this flexitank holds a "
         "black, thin oil that smells of petrol, leaves metal glitter on a magnet and carries water, collected from "
         "motorcycle and quad dealers' oil changes around Munster, for a Lagos 'two-stroke oil blender' who sells to "
         "okada riders: waste mineral engine oil (13 02 05*), hazardous waste whose export to a non-OECD country is "
         "banned, by sea from Cork; Irish English wording (waste oil under base-oil labels repeats in many sets, kept "
         "as a repeat; a two-stroke blending label from Ireland is the new part)", {"importer_country": "NG"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "CV", "320890",
         "Tinta em pó reciclada, poliéster, caixas de 20 kg, 600 caixas", "PT", 12000, 600, 2400, "EUR",
         "reclaimed powder coating is a dry, free-flowing, single-colour polymer powder sieved from a booth; these "
         "boxes hold sticky, lumpy, multicoloured paint sludge and shredded booth filters that smell of solvent "
         "and xylene, from a wet-paint line at an Águeda bicycle-frame factory: waste paint containing organic "
         "solvents (08 01 13*), hazardous waste whose export to a non-OECD country is banned, from Aveiro to Praia "
         "for a 'paint shop'; Portuguese wording (paint sludge repeats in many sets and a powder-paint label once, "
         "blind60; a bicycle-frame factory's sludge was found in no earlier row)", {"importer_country": "CV"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "BJ", "871120",
         "Motos d'occasion 125 cc, roulantes, 120 unités", "BE", 12000, 120, 36000, "EUR",
         "a used-motorcycle container for Cotonou, where motorbike taxis (zémidjans) buy European second-hand 125s: "
         "the motorcycles and part-worn tyres are what such containers carry, but the third item's 'calculateurs "
         "et compteurs de moto, testés' are 1.8 t of loose, cracked ECUs, instrument clusters, regulators and cut "
         "wiring looms in sacks, none tested: waste electronic equipment with hazardous components (16 02 13*, "
         "A1180), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Antwerp; Belgian French wording (used-goods containers with a hidden third "
         "item repeat in many sets; motorcycle ECUs behind zémidjan motorcycles were found in no earlier row)",
         dict(importer_country="BJ",
              _more_items=[item("401220", "Pneus de moto d'occasion, 400 pièces", "BE", 2000, 1200, "EUR", qty=400),
                           item("853710", "Calculateurs et compteurs de moto, testés, 2.000 pièces", "BE", 1800,
                                2000, "EUR", qty=2000)])),
    ],
    "ozone": [
        ("OZN-01", "export", "NLSEA01", "sea", "NL", [], "SR", "382763",
         "Koudemiddel R-407C, teruggewonnen, gereinigd, cilinders 40 l, 40 stuks", "NL", 1600, 40, 4000, "EUR",
         "recovered R-407C is a zeotropic blend with a glide of several degrees that reads about 9 bar at 20 °C in "
         "grey cylinders; these 40 read 8 bar with no glide, and a gas analyser gives 99 % chlorodifluoromethane, "
         "recovered from the 1990s chiller of a Friesland bicycle factory's paint shop: HCFC-22, whose export is "
         "banned by Regulation 2024/590 except for destruction, by sea from Rotterdam for a Paramaribo 'cooling "
         "contractor'; Dutch wording (R-407C labels on HCFC-22 repeat in many sets, kept as a repeat; a bicycle "
         "factory's recovered gas to Suriname is the new part)", {"importer_country": "SR"}),
        ("OZN-02", "import", "EERAIL01", "rail", "KZ", [], "EE", "381190",
         "Антиобледенитель топлива для снегоходов (изопропанол), канистры 1 л, 6 000 шт.", "KZ", 9500, 6000,
         7200, "USD",
         "snowmobile fuel de-icer is isopropyl alcohol of 0.79 kg/l that smells of rubbing alcohol and burns; these "
         "canisters weigh 1.59 kg/l, the liquid does not burn, smells sweet like dry-cleaning and sinks in water, "
         "and the Pavlodar filler's drum label gives CAS 56-23-5, for a Tartu snowmobile and ATV dealer: carbon "
         "tetrachloride, whose import is banned by Regulation 2024/590 except as feedstock or for laboratory use, by "
         "rail through Narva; Russian wording from Kazakhstan (carbon tetrachloride repeats in many sets; a "
         "fuel-de-icer label was found in no earlier row by a keyword search)", firm("Vega Mootorkelgud OÜ", "EE")),
        ("OZN-03", "import", "CZSEA01", "sea", "TW", [], "CZ", "381400",
         "化油器清潔劑 (不易燃配方), 500 ml 噴罐, 12,000 罐", "TW", 7400, 12000, 14400, "USD",
         "carburettor cleaners are acetone, toluene and hydrocarbon sprays that burn at once and are marked "
         "extremely flammable; these cans spray a liquid that does not burn, evaporates very fast, weighs 1.24 kg/l "
         "and leaves the cold smell of an old foam-blowing agent, and the can print reads '1,1-dichloro-1-"
         "fluoroethane': HCFC-141b, whose placing on the market is banned by Regulation 2024/590, by sea from "
         "Kaohsiung for a Brno scooter-parts wholesaler; Chinese wording from Taiwan (HCFC-141b repeats in many "
         "sets; a carburettor-cleaner label appears once, blind51, on a precursor; as an HCFC-141b cover it was "
         "found in no earlier row)", firm("Alpina Skútry s.r.o.", "CZ")),
        ("OZN-04", "import", "IESEA01", "sea", "CA", [], "IE", "340319",
         "Non-flammable chain lube, aerosol, 400 ml, for motorcycle and quad chains, 9,600 cans", "CA", 4800, 9600,
         28000, "CAD",
         "chain-lube aerosols sold in the Union use butane or propane and carry the flame pictogram; these cans "
         "carry none, their propellant does not burn at a lighter and reads 1,1,1,2-tetrafluoroethane on the "
         "analyser: technical aerosols with HFC-134a (GWP 1,430), whose placing on the market is banned by "
         "Regulation 2024/573, by sea from Halifax for a Dublin motorcycle and quad accessories distributor; "
         "Canadian English wording (HFC-134a aerosols repeat in many sets under non-flammable labels, kept as a "
         "repeat; a chain-lube aerosol was found in no earlier row)", firm("Meridian Moto Supply Ltd", "IE")),
        ("OZN-05", "import", "ITSEA01", "sea", "TH", [], "IT", "390950",
         "โพลีออลสำเร็จรูปสำหรับโฟมซับในหมวกกันน็อก (เป่าด้วยน้ำ), ถัง 200 กก., 40 ถัง", "TH", 8000, 40, 24000, "USD",
         "water-blown polyol systems for helmet-liner and chin-pad foam are viscous, amber liquids that sit quietly "
         "in closed drums; these drums hiss when the bung is opened, bulge in the sun, and the liquid loses a gas "
         "that boils at 32 °C and reads 1,1-dichloro-1-fluoroethane: a polyol preblended with HCFC-141b, whose import "
         "is banned by Regulation 2024/590, by sea from Laem Chabang for a helmet maker near Bergamo; Thai wording "
         "(HCFC-141b premixes repeat in many sets, kept as a repeat of the family; a helmet-liner foam label was "
         "found in no earlier row)", firm("Orion Caschi Srl", "IT")),
        ("OZN-06", "import", "DESEA01", "sea", "IL", [], "DE", "281121",
         "פחמן דו-חמצני (R-744) לתאי אקלים לבדיקת סוללות אופניים חשמליים, 40 צילינדרים של 50 ליטר", "IL", 1600, 40,
         3200, "EUR",
         "CO2 for test-chamber cascades comes in cylinders that read about 57 bar at 20 °C; these 40 read 42 bar, "
         "hold 40 kg each of a gas of 1.44 kg/l liquid that boils at -82 °C, and the stamped shoulder reads 'R-23': "
         "trifluoromethane (HFC-23, GWP 14,800) placed on the market without quota, contrary to Regulation "
         "2024/573, by sea from Haifa to Hamburg for a Stuttgart e-bike battery test laboratory whose climate "
         "chambers run on an R-23 low stage; Hebrew wording (HFC-23 repeats in several sets under argon, ethane and "
         "laboratory-gas labels; a CO2 cylinder label for e-bike battery chambers was found in no earlier row)",
         firm("Nordhafen Akkuprüfung GmbH", "DE")),
        ("OZN-07", "import", "NLSEA01", "sea", "CN", [], "NL", "870431",
         "全地形车 UTV 1000cc，带暖风驾驶室，无空调，24 台", "CN", 18000, 24, 216000, "USD",
         "UTVs with a heated cab and no air-conditioning have a heater core and a fan only; each of these 24 has a "
         "roof-mounted air-conditioning unit with a compressor belt on the engine and service ports whose covered "
         "label reads 'R-134a 0.9 kg', and no HFC quota cover or declaration of conformity is filed: equipment "
         "pre-charged with HFCs placed on the market without the authorisation of Regulation 2024/573, by sea "
         "from Shanghai for a Zwolle quad and UTV dealer; Chinese wording (HFC-charged vehicles and machines repeat "
         "in several sets; UTVs were found in no earlier row by a keyword search)", firm("Horizon Quads BV", "NL")),
        ("OZN-08", "import", "HRROAD01", "road", "BA", [], "HR", "350691",
         "Ljepilo-otapalo za popravak ABS oplata motocikla, 1 l, 1.200 boca", "BA", 1600, 1200, 4800, "EUR",
         "solvent cements for ABS fairing repair are acetone or MEK with dissolved ABS, 0.8-0.9 kg/l and highly "
         "flammable; these bottles hold a thin, colourless liquid of 1.33 kg/l that does not burn, smells sweet like "
         "chloroform and softens ABS at once, and the Sarajevo filler's drum reads '1,1,1-trikloretan': methyl "
         "chloroform, whose placing on the market is banned by Regulation 2024/590, on a van at Bijača for a Split "
         "motorcycle body shop that resells it; Bosnian wording (methyl chloroform repeats in many sets; an "
         "ABS-fairing repair label was found in no earlier row)", firm("Delta Moto Servis d.o.o.", "HR")),
        ("OZN-09", "import", "GRSEA01", "sea", "EG", [], "GR", "650610",
         "خوذ دراجات نارية، مغلقة، 600 قطعة", "EG", 900, 600, 9000, "USD",
         "a motorcycle-gear consignment from Alexandria for a Thessaloniki accessories wholesaler: full-face "
         "helmets and leather gloves are what Egyptian makers export, but the third item's 'خراطيش غاز للمواقد "
         "المحمولة' are 800 one-kilogram cans that read 9 bar at 20 °C where stove butane reads 2 bar, whose gas "
         "does not light at a stove and reads chlorodifluoromethane: HCFC-22 in disposable cans, banned by "
         "Regulation 2024/590, hidden as the last item of a three-item declaration; Egyptian Arabic wording "
         "(HCFC-22 repeats in many sets and butane and isobutane labels in several, blind199 and blind223 among "
         "them, kept as a repeat of the label; behind Egyptian helmets and gloves it was found in no earlier row)",
         dict(firm("Delta Moto Eidi AE", "GR"),
              _more_items=[item("420329", "جوانتيات جلد للموتوسيكلات، 1,200 زوج", "EG", 300, 6000, "USD", qty=1200),
                           item("271113", "خراطيش غاز للمواقد المحمولة للرحلات، 1 كجم، 800 قطعة", "EG", 800, 1600,
                                "USD", qty=800)])),
        ("OZN-10", "import", "SESEA01", "sea", "US", [], "SE", "281129",
         "Nitrous oxide bottles, 10 lb, filled, for drag-racing motorcycle kits, 120 bottles", "US", 1300, 120,
         9600, "USD",
         "a full 10 lb nitrous bottle reads about 900 psi (62 bar) at 20 °C and holds 4.5 kg of gas; these 120 "
         "read 130 psi, weigh almost 3 kg more each, and the gas vented at the valve leaves a sweet smell and reads "
         "chlorodifluoromethane, with 'R-22' scratched off the neck labels: HCFC-22 in refillable bottles, whose "
         "import is banned by Regulation 2024/590, by sea from Baltimore to Gothenburg for a drag-bike parts shop; "
         "US English wording (HCFC-22 repeats in many sets and nitrous-oxide labels in several, on cream chargers; a "
         "drag-racing nitrous-bottle label was found in no earlier row)", firm("Rivage Dragrace AB", "SE")),
    ],
    "cultural": [
        ("CUL-01", "export", "DESEA01", "sea", "DE", [], "US", "871140",
         "Gebrauchtes Motorrad BMW R 75/5, Baujahr 1972, fahrbereit, 1 Stück", "DE", 190, 1, 8500, "EUR",
         "a 1972 R 75/5 has a swing-arm frame, a 750 cc engine and electric start; this machine has a plunger rear "
         "frame, a 500 cc engine numbered in a 1937 series, a hand-change lever beside the tank and a restorer's "
         "invoice in the crate giving 72,000 EUR: a 1937 BMW R 5, a means of transport more than 75 years old worth "
         "above 50,000 EUR, exported without the licence of Regulation 116/2009 (even the declared 1972 machine is "
         "over 75 years old in 2068, which the 8,500 EUR value keeps under the threshold), by sea from Bremerhaven "
         "for a Pennsylvania collector; German wording (a means of transport over 75 years old was found once, a "
         "Porsche in blind183, kept as a repeat of the family; a pre-war motorcycle was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-02", "import", "FRSEA01", "sea", "SN", [], "FR", "871130",
         "Moto de rallye-raid 450 cc, retour après exportation temporaire, 1", "FR", 140, 1, 18000, "EUR",
         "a rally team's return from an Africa rally raid through Mauritania: the rally bike and the assistance "
         "spares and tools are what such teams bring home, but the third item's 'cailloux et fossiles de souvenir' "
         "are 40 kg of Neolithic finds from the Adrar: polished green-stone axes, bifacial arrowheads, grinding "
         "stones and a sandstone slab with engraved cattle, dusty and freshly picked up: archaeological objects over "
         "250 years old removed from Mauritania, imported without the licence of Regulation 2019/880, hidden as the "
         "last item of a three-item declaration, by sea from Dakar to Marseille; French wording (Saharan Neolithic "
         "finds repeat in several sets; a rally team's return load was found in no earlier row)",
         dict(importer_country="FR",
              _more_items=[item("871410", "Pièces détachées et outillage d'assistance, usagés, 1 lot", "FR", 300, 2000,
                                "EUR"),
                           item("253090", "Cailloux et fossiles de souvenir du désert, 1 caisse", "MR", 40, 50,
                                "EUR")])),
        ("CUL-03", "import", "DEAIR01", "air", "UZ", [], "DE", "420219",
         "Mototur jihozlari: alyuminiy kofrlar va shaxsiy buyumlar, ishlatilgan, 6 ta kofr", "UZ", 90, 6, 600,
         "USD",
         "used aluminium panniers from a motorcycle tour hold clothes, tools and spares; these six, flown back "
         "separately by a Munich Silk-Road tour operator, hold wrapped in riding jackets a complete Samanid "
         "slip-painted bowl with a Kufic inscription, eleven bowl fragments with fresh breaks and earth in the foot "
         "rings and 40 Sogdian bronze coins bought in a Samarkand yard: archaeological objects exported from "
         "Uzbekistan without its permit and imported without the licence of Regulation 2019/880, flown from "
         "Tashkent; Uzbek wording (Samanid ceramics repeat in several sets; motorcycle-tour panniers were found "
         "in no earlier row)", firm("Alpina Motorradreisen GmbH", "DE")),
        ("CUL-04", "import", "ESPOST01", "post", "CO", [], "ES", "741980",
         "Llaveros para moto en tumbaga, réplica artesanal, 6 unidades", "CO", 0.4, 6, 120000, "COP",
         "tumbaga-replica keychains are cast brass with a gold plating, bright and even, on a steel ring; three of "
         "these six are cast gold-copper pendants (a frog and two birds) with a rose-gold surface, worn edges, "
         "earth in the hollows and no mould seam, only their loops newly fitted to key rings: Quimbaya and Tairona "
         "goldwork, national heritage of Colombia, whose export is prohibited and whose import needs the licence of "
         "Regulation 2019/880, posted from Medellín to a private rider in Seville; Colombian Spanish wording "
         "(tumbaga repeats in several sets; a motorcycle-keychain label was found in no earlier row)",
         person("Sra. Lucía Ortega", "ES")),
        ("CUL-05", "import", "FRSEA01", "sea", "VN", [], "FR", "871410",
         "Phụ tùng xe Honda Cub cũ (bình xăng, vành, chắn bùn), 1 container 20 feet", "VN", 6000, None, 4000,
         "USD",
         "old Honda Cub parts are rusty steel tanks, chrome rims and plastic legshields; among them, wrapped in "
         "newspaper inside tanks and tool boxes, are 14 bronze axes with boot-shaped blades, spearheads and a drum "
         "tympanum with a central star and flying egrets under green and red cuprite and earth: Dong Son bronzes, "
         "archaeological objects exported from Viet Nam without permission and imported without the licence of "
         "Regulation 2019/880, by sea from Hai Phong to Le Havre for a Paris classic-scooter parts dealer; "
         "Vietnamese wording (Dong Son bronzes repeat in several sets; a Honda Cub parts container was found in no "
         "earlier row)", firm("Rivage Pièces Rétro SARL", "FR")),
        ("CUL-06", "import", "PLROAD01", "road", "UA", [], "PL", "871140",
         "Мотоцикл з коляскою Дніпро МТ-11, відреставрований, 1 шт.", "UA", 340, 1, 2500, "EUR",
         "a restored Dnepr sidecar outfit carries a tool kit and a spare wheel in the sidecar boot; this one's boot "
         "and seat back hold three icons in tempera on lime-wood panels, 18th century, Volhynian, with old varnish, "
         "worm holes and on one a painted museum inventory number: cultural property removed from Ukraine in "
         "wartime, exported without the Ukrainian permit and imported contrary to Regulation 2019/880, on a trailer "
         "at Dorohusk; Ukrainian wording (Ukrainian icons repeat in some sets; a Soviet sidecar motorcycle was found "
         "in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-07", "import", "ATPOST01", "post", "MK", [], "AT", "711719",
         "Стари значки за мотоцикли, месинг, колекција, 15 парчиња", "MK", 0.6, 15, 4500, "MKD",
         "old motorcycle badges are stamped brass with enamel and a pin or screw on the back; these 15 are cast "
         "bronze brooches with a spring and pin, crossbow and knee forms, green patina and soil in the coils: Roman "
         "fibulae of the 3rd-4th centuries from detector finds near Stobi, archaeological objects exported from "
         "North Macedonia without its permit and imported without the licence of Regulation 2019/880, posted from "
         "Skopje to a private collector in Linz; Macedonian wording (fibulae repeat in several sets and souvenir-badge "
         "labels in two, blind42 and blind246; a motorcycle-badge label was found in no earlier row)", person("Thomas Gruber", "AT")),
        ("CUL-08", "import", "ITSEA01", "sea", "PK", [], "IT", "871410",
         "رائل اینفیلڈ بُلٹ کے فالتو پرزے، کاسٹ آئرن، استعمال شدہ، 2 ٹن", "PK", 2000, None, 3000, "USD",
         "used Royal Enfield Bullet spares are crankcases, cylinders and wheels, oily and heavy; packed inside four "
         "crankcase crates are grey-schist reliefs with scenes of the Buddha's life and a stucco head with traces of "
         "paint and fresh saw marks on the backs: Gandhara sculpture, antiquities whose export Pakistan forbids, "
         "imported without the licence of Regulation 2019/880, by sea from Karachi to Genoa for a Milan "
         "classic-motorcycle importer; Urdu wording (Gandhara sculpture repeats in several sets; Royal Enfield "
         "spares were found in no earlier row)", firm("Meridian Moto Classiche Srl", "IT")),
        ("CUL-09", "export", "ITAIR01", "air", "IT", [], "US", "871150",
         "Motocicletta Ducati usata, 1.100 cc, imballata in cassa, 1 unità", "IT", 250, 1, 14000, "EUR",
         "a crated used Ducati has its fluids drained and the crate floor bare; under this machine's skid plate and "
         "in a false crate floor are seven bronze votive figurines of warriors and a woman, and a bronze mirror with "
         "incised figures, patinated, with soil in the folds: Etruscan bronzes from a clandestine dig, state property "
         "under the Italian Code of cultural heritage, exported without the licence of Regulation 116/2009 (which "
         "archaeological objects over 100 years need whatever their value), flown from Bologna to New York; Italian "
         "wording (Etruscan objects repeat in several sets; a crated Ducati was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-10", "export", "BEROAD01", "road", "BE", [], "CH", "871160",
         "Elektrische bakfiets, nieuw, in kartonnen doos, 1 stuk", "BE", 80, 1, 4200, "EUR",
         "a boxed new electric cargo bike has its cargo box empty and shrink-wrapped; under the plywood floor of this "
         "one's box is an oil painting on an oak panel of about 60 x 45 cm, a 17th-century Antwerp-school kitchen "
         "scene with a panel-maker's brand on the back, worth about 300,000 EUR: a painting over 50 years old worth "
         "more than 150,000 EUR, exported without the licence of Regulation 116/2009 and the Flemish permit, on a "
         "van for a Basel buyer; Flemish wording (Flemish paintings repeat in some sets; a cargo-bike box was found "
         "in no earlier row by a keyword search)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "SESEA01", "sea", "SE", ["GE"], "AM", "871150",
         "Begagnade motorcyklar, 1 250 cc, 24 st.", "SE", 6000, 24, 115200, "EUR",
         "used adventure motorcycles show wear, registration papers and mileage; these 24 are this year's model "
         "with transport wax, 3 km on the odometers and no plates, worth about 22,000 EUR each against the declared "
         "4,800, for a Yerevan trader who ships on to Moscow: luxury motorcycles over 5,000 EUR whose sale for use "
         "in Russia is banned (Regulation 833/2014, Annex XVIII), undervalued below the threshold and sent through "
         "Poti; Swedish wording (snowmobiles and jet-skis to Russia through Georgia and Türkiye repeat in several "
         "sets, kept as a repeat of the route; motorcycles undervalued under the threshold were found in no "
         "earlier row)", {"importer_name": "Ararat Moto LLC", "importer_country": "AM"}),
        ("STR-02", "export", "LVAIR01", "air", "LV", [], "KG", "900490",
         "Motokrosa brilles ar noraujamām plēvēm, 1 500 gab.", "LV", 900, 1500, 30000, "EUR",
         "motocross goggles are foam-backed plastic frames with a strap and tear-offs at 20 EUR; these 1,500 boxes "
         "hold 5.8 GHz FPV video goggles with receivers, screens, antennas and HDMI inputs, worth about 300 EUR "
         "each, for a Bishkek 'sports shop' whose buyer is in Russia: drone parts whose export for Russia is banned "
         "by Regulation 833/2014 (Annex XXIII and the CHPL), by way of Kyrgyzstan, flown from Riga; Latvian wording "
         "(FPV goggles repeat in blind21 and VR-headset labels in blind117 and blind168, kept as a repeat of the "
         "good; a motocross-goggle label was found in no earlier row)", {"importer_country": "KG"}),
        ("STR-03", "export", "SKROAD01", "road", "SK", [], "TR", "851419",
         "Vákuová pec na tepelné spracovanie titánových rámov bicyklov, 1 ks", "SK", 4800, 1, 95000, "EUR",
         "a vacuum heat-treatment oven for titanium bicycle frames is a resistance-heated chamber with shelves for "
         "frames; this unit has an induction coil round a tilting crucible, a casting mould chamber, a 150 kW power "
         "supply and no shelves: a vacuum induction melting and casting furnace (dual-use 2B227), for a Bursa "
         "'titanium bicycle-frame maker' whose buyer is an Iranian metals institute, exported without a licence on a "
         "lorry through Kapitan Andreevo; Slovak wording (vacuum furnaces were found in no earlier row by a keyword "
         "search, nor a titanium-frame label)", {"importer_name": "Bursa Titanyum Bisiklet Ltd.", "importer_country": "TR"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", [], "LB", "340290",
         "Poudre nettoyante pour jantes à rayons de moto, prête à diluer, fûts 50 kg, 40 fûts", "FR", 2000, 40, 6000,
         "EUR",
         "spoke-rim cleaners are mild alkaline or acid powders with surfactants that foam in water; these drums hold "
         "a white crystalline salt that does not foam, etches a glass beaker and gives off hydrogen fluoride with "
         "acid, and the inner liners read 'KHF2 99 %': potassium hydrogen difluoride (dual-use 1C350, an Australia "
         "Group precursor) exported without a licence, by sea from Marseille to a Beirut forwarder who trucks on to "
         "Damascus, contrary to the Syrian restrictive measures; French wording (bifluorides repeat in many sets and "
         "wheel-cleaner labels in three, blind48, blind183 and blind184, kept as a repeat of the family; a spoke-rim "
         "label was found in no earlier row)", {"importer_country": "LB"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "AE", "846390",
         "Máquina CNC de conformado de llantas de moto por rodillos, 1 unidad", "ES", 22000, 1, 180000, "EUR",
         "motorcycle rim-rolling machines profile thin aluminium hoops on light rollers; this machine has three "
         "hydraulic rollers on a 600 mm mandrel, CNC control of two axes and a tailstock sized for tubes, not hoops: "
         "a flow-forming machine (dual-use 2B009, MTCR), for a Dubai trader whose end user is an Iranian rocket "
         "motor-case workshop, by sea from Valencia to Jebel Ali; Spanish wording (flow-forming machines repeat in "
         "several sets, kept as a repeat; a motorcycle-rim label was found in no earlier row)",
         {"importer_country": "AE"}),
        ("STR-06", "export", "GRSEA01", "sea", "GR", [], "OM", "840729",
         "Κινητήρες θαλάσσιων σκούτερ (jet ski), τετράχρονοι 1.630 cc, ανακατασκευασμένοι, 12 τεμάχια", "GR", 1500,
         12, 66000, "EUR",
         "rebuilt jet-ski engines go to rental fleets with their own hull numbers; these twelve, shipped with jet "
         "pumps, throttle servos and boat autopilot boards in the same crates and no hulls, are for a Salalah 'boat "
         "repair' firm whose lorries cross to Houthi-held Yemen, where such sets drive explosive uncrewed boats: "
         "exports contrary to the arms embargo of Resolution 2216 and to the catch-all of Regulation 2021/821, by "
         "sea from Piraeus; Greek wording (uncrewed surface vessels appear in two sets and Houthi end users in "
         "three; jet-ski engines were found in no earlier row)", {"importer_country": "OM"}),
        ("STR-07", "export", "LTAIR01", "air", "LT", [], "KG", "650610",
         "Motociklininkų šalmai, integralūs, 300 vnt.", "LT", 450, 300, 24000, "EUR",
         "a motorcycle-gear air shipment for a Bishkek dealer: helmets and riding jackets are what such dealers buy, "
         "but the third item's 'Bluetooth mesh helmet intercoms' are 400 2 W tactical MANET radios with AES-256 "
         "encryption, SMA antenna ports and Ethernet for a drone payload, at 900 EUR each where helmet intercoms "
         "cost 150: encryption and radio goods (dual-use 5A002) and goods of the CHPL whose export for Russia is "
         "banned (Regulation 833/2014), hidden as the last item of a three-item declaration, flown from Vilnius; "
         "Lithuanian wording (mesh radios in blind193 and an intercom cover in blind126; behind helmets and jackets "
         "they were found in no earlier row)",
         dict(importer_country="KG",
              _more_items=[item("620140", "Motociklininkų striukės, tekstilinės, 300 vnt.", "LT", 600, 27000, "EUR",
                                qty=300),
                           item("851762", "Bluetooth mesh šalmų ryšio sistemos, 400 vnt.", "LT", 200, 60000, "EUR",
                                qty=400)])),
        ("STR-08", "export", "NLAIR01", "air", "NL", [], "KZ", "540769",
         "Slijtvaste voeringstof voor motorjeans, polyester, rollen, 3.000 m²", "NL", 650, None, 9000, "EUR",
         "abrasion-resistant jeans lining is a knitted or woven aramid or polyester fabric at a few euros a metre; "
         "these rolls are not woven at all: cross-plied unidirectional UHMWPE sheet on release paper, the "
         "material of hard armour plates, worth about 60 EUR/m², for an Almaty 'denim workshop' that sells to a "
         "Russian plate maker: body-armour material for Russia, contrary to the EU arms embargo and Regulation "
         "833/2014, flown from Amsterdam; Dutch wording (UHMWPE armour repeats in a few sets; a motorcycle-jeans "
         "lining label was found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-09", "transit", "DESEA01", "sea", "CN", ["DE"], "RU", "840732",
         "125cc 卧式发动机 (坑车/pit bike 用), 400 台, 转运", "CN", 12000, 400, 48000, "USD",
         "horizontal 125 cc pit-bike engines weigh about 22 kg, have a kick starter and a gearbox sprocket; these 400 "
         "weigh 30 kg, are two-cylinder two-stroke boxers with a propeller hub, twin CDI ignition and a starter-"
         "generator and no gearbox: UAV engines for long-range attack drones, in transit at Hamburg for St "
         "Petersburg, goods whose transit through the Union to Russia is banned by Regulation 833/2014, declared in "
         "transit; Chinese wording (UAV engines under motorcycle and snowmobile labels repeat in several sets; a "
         "pit-bike label was found in no earlier row)", {"importer_country": "RU"}),
        ("STR-10", "export", "DKSEA01", "sea", "DK", ["AE"], "PK", "903120",
         "Rullefelt-dynamometer til motorcykler, inertitype, 1 anlæg", "DK", 9000, 1, 60000, "EUR",
         "a motorcycle inertia dyno is a steel roller in a pit frame with a strap-down and a PC; these crates hold an "
         "electrodynamic shaker of 100 kN with a slip table, a head expander and a 120 kVA amplifier: a vibration "
         "test system (dual-use 2B116, MTCR) for a Rawalpindi 'motorcycle assembler' tied to a missile programme, "
         "by sea from Aarhus through Jebel Ali; Danish wording (electrodynamic shakers appear in one development "
         "set under a car-seat label, kept as a repeat of the good; a motorcycle-dyno label was found in no earlier "
         "row)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "ID", [], "NL", "391990",
         "Stiker vinyl wrap helm, motif kulit ular, lembaran 60 x 90 cm, 400 lembar", "ID", 120, 400, 1200, "USD",
         "helmet-wrap vinyl is a thin printed film on release paper with a repeating pattern; these 400 pieces are "
         "tanned reptile skins of uneven outline with real, overlapping belly and back scales, a dorsal pattern "
         "that never repeats and a leather smell: reticulated python (Malayopython reticulatus, CITES App. II) "
         "without CITES documents, flown from Denpasar for an Eindhoven custom-helmet painter; Indonesian wording "
         "(python skins repeat in many sets and snake-print labels in several; a helmet-wrap label was found in no "
         "earlier row)", firm("Vega Custom Helmets BV", "NL")),
        ("WLF-02", "import", "DEPOST01", "post", "MX", [], "DE", "842131",
         "Filtros de aire de espuma para moto de cross, 12 piezas", "MX", 1.5, 12, 900, "MXN",
         "foam pod filters are light, oiled foam cylinders on a rubber flange; each of these twelve hides a deli cup "
         "with a live, hairy spider with orange-banded knees: Brachypelma hamorii and B. boehmei juveniles (CITES "
         "App. II), wild-caught, without CITES documents, posted from Guerrero to a private keeper in Hamm; "
         "Mexican Spanish wording (Brachypelma repeats in two sets; an air-filter cover was found in no earlier "
         "row)", person("Herr K. Becker", "DE")),
        ("WLF-03", "import", "FRAIR01", "air", "MG", [], "FR", "442199",
         "Poignées et pommeaux de levier de vitesse en bois de noyer, pour motos custom, 300 pièces", "MG", 90, 300,
         2700, "EUR",
         "walnut grips are light brown, medium-heavy and smell faintly of nothing; these are dark purple-brown with "
         "black streaks, sink in water, smell of roses when sanded, and walnut does not grow in Madagascar: "
         "Malagasy rosewood (Dalbergia, CITES App. II, under a trade suspension) without CITES documents, flown from "
         "Antananarivo for a Lyon custom-motorcycle parts maker; Malagasy French wording (palissandre repeats in "
         "two sets; motorcycle grips and shift knobs were found in no earlier row)", firm("Central Custom Moto SARL", "FR")),
        ("WLF-04", "import", "ESSEA01", "sea", "MA", [], "ES", "871410",
         "أمتعة رحلة الدراجات النارية: حقائب جانبية ومعدات مستعملة، 8 دراجات", "MA", 160, 8, 400, "EUR",
         "the panniers of a motorcycle tour hold clothes, spares and tools; in two of these sixteen aluminium "
         "panniers are 22 live tortoises with domed, yellow-and-black shells and spurs on the thighs, each wrapped "
         "in a sock: spur-thighed tortoises (Testudo graeca, CITES App. II, Annex A of Regulation 338/97) taken "
         "from the wild without Moroccan or EU permits, on the ferry from Tanger Med to Algeciras for a Málaga "
         "motorcycle-tour company; Moroccan Arabic wording (Testudo graeca repeats in several sets; motorcycle-tour "
         "panniers were found in no earlier row)", firm("Atlantic Moto Aventura SL", "ES")),
        ("WLF-05", "import", "FIAIR01", "air", "CA", [], "FI", "621120",
         "Moottorikelkkahaalarit, tekoturkisreunus hupussa, 120 kpl", "CA", 420, 120, 36000, "EUR",
         "faux-fur hood trims are acrylic pile on a knitted backing, even in colour; these 120 trims are real fur "
         "on a leather skin side, long, soft, grey with black tips and the tail tufts of a cat: Canada lynx (Lynx "
         "canadensis, CITES App. II) without a CITES export permit, flown from Winnipeg for a Rovaniemi snowmobile "
         "and safari outfitter; Finnish wording (lynx fur repeats in several sets; a snowmobile-suit label was "
         "found in no earlier row)", firm("Nordhafen Moottorikelkat Oy", "FI")),
        ("WLF-06", "import", "BGROAD01", "road", "IR", ["TR"], "BG", "271019",
         "گریس لیتیومی بلبرینگ چرخ موتورسیکلت، قوطی ۵۰۰ گرمی، ۲۴۰ قوطی", "IR", 120, 240, 960, "USD",
         "lithium wheel-bearing grease is a stiff, amber, petroleum-smelling grease in tins that sit loose in a "
         "carton; 40 of these tins are colder than the rest, packed with ice packs, and hold glossy, grey-black fish "
         "eggs that smell of the sea: caviar of Persian sturgeon (Acipenser persicus, CITES App. II) without CITES "
         "documents, in a van at Kapitan Andreevo for a Sofia motorcycle-parts trader; Persian wording (caviar "
         "repeats in many sets; a wheel-bearing grease tin was found in no earlier row)",
         firm("Orion Moto Chasti EOOD", "BG")),
        ("WLF-07", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "401220",
         "Used motorcycle tyres (tokunbo), for retreading, 40 ft, 2,400 pcs", "NG", 18000, 2400, 6000, "USD",
         "part-worn motorcycle tyres are light, open carcasses that a torch shows empty; these tyres are heavy and "
         "each holds taped sacks of brown, overlapping keratin scales: pangolin scales (Manis spp., CITES App. I), "
         "3 t in all, in transit at Antwerp from Lagos for Hai Phong, declared in transit; Nigerian English wording "
         "(pangolin scales repeat in many sets; used-motorcycle tyres were found in no earlier row)",
         {"importer_country": "VN"}),
        ("WLF-08", "import", "DEAIR01", "express", "JP", [], "DE", "900490",
         "ヴィンテージスタイル バイク用ゴーグル 鼈甲柄アセテート 4個", "JP", 1.2, 4, 480000, "JPY",
         "tortoiseshell-pattern acetate goggles have a printed or laminated mottle, mould seams and cost a few "
         "thousand yen; these four have warm, translucent, layered frames that smell of burnt hair under a hot "
         "needle and are worth 120,000 yen each: genuine bekko (hawksbill turtle, Eretmochelys imbricata, CITES "
         "App. I) without CITES documents, sent by express from Nagasaki to a private collector in Cologne; "
         "Japanese wording (bekko and tortoiseshell-pattern labels repeat in several sets; motorcycle goggles were "
         "found in no earlier row)", person("Anna Schmidt", "DE")),
        ("WLF-09", "import", "BEAIR01", "air", "TH", [], "BE", "851220",
         "ไฟหน้า LED สำหรับรถจักรยานยนต์, 400 ชิ้น", "TH", 320, 400, 6000, "USD",
         "a scooter-accessories air shipment for a Liège importer: LED headlights and phone holders are what Thai "
         "accessory makers sell, but the third item's 'carved resin keychains, red-orange' are 200 pieces of a "
         "dense, ivory-like material with a red-orange rind, carved with dragons, that smells of burnt hair under a "
         "hot needle: helmeted hornbill casque (Rhinoplax vigil, CITES App. I), hidden as the last item of a "
         "three-item declaration, flown from Bangkok; Thai wording (carved-resin and amulet labels repeat in "
         "blind175 and blind183; helmeted hornbill was found in no earlier row by a keyword search)",
         dict(firm("Delta Scooter Import SA", "BE"),
              _more_items=[item("392690", "ที่จับโทรศัพท์สำหรับมอเตอร์ไซค์, 600 ชิ้น", "TH", 120, 1800, "USD", qty=600),
                           item("392640", "พวงกุญแจเรซินแกะสลัก สีแดงส้ม, 200 ชิ้น", "TH", 6, 400, "USD", qty=200)])),
        ("WLF-10", "import", "PTAIR01", "air", "BR", [], "PT", "871491",
         "Quadros de bicicleta artesanais em madeira de jatobá, 40 unidades", "BR", 160, 40, 24000, "BRL",
         "jatobá is an orange-red, interlocked, very hard wood with no particular scent; these 40 hollow frames are "
         "chocolate-brown with black streaks, oily to the touch and smell of roses where the bottom-bracket shells "
         "were cut: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES documents, flown from São "
         "Paulo for a Lisbon bicycle-frame builder; Brazilian Portuguese wording (Dalbergia nigra repeats in "
         "several sets and jatobá labels in three, blind132, blind136 and blind189, kept as a repeat of the label; "
         "wooden bicycle frames were found in no earlier row)", firm("Alpina Bicicletas Lda", "PT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLAIR01", "air", "GB", "PL", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (drag-racing fuel blending)", "GB", 4.6, 4, 120, "GBP",
     [("PRECURSOR_LICENCE", "PL-MSWiA-68-0231")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "KR", "AT", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (aquarium care)", "KR", 3.4, 3, 45, "EUR",
     [("PRECURSOR_LICENCE", "AT-BMI-68-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "SEROAD01", "road", "NO", "SE", "871120",
     "Undrained end-of-life motorcycles (16 01 04*), for depollution at a licensed treatment facility, 60 units", "NO",
     9000, 60, 0, "EUR", [("BASEL_CONSENT", "SE-NV-68-0042")], "notified end-of-life motorcycles to a licensed facility"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Chromium plating sludge (11 01 09*), for chromium recovery at a licensed plant, 18 t", "CH", 18000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BW-68-0166")], "notified plating sludge to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FIAIR01", "air", "US", "FI", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "FI-SYKE-ODS-68-008")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "NO", "NL", "290371",
     "HCFC-22, recovered from a bicycle-factory chiller, 20 cylinders, for destruction at a licensed facility", "NO",
     800, 20, 0, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-68-013")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "DESEA01", "sea", "DE", "US", "970510",
     "BMW R 5 motorcycle, 1937, restored, documented German collection, more than 75 years old", "DE", 190, 1, 72000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-68-0144")], "historic motorcycle exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Dong Son bronze axe, Viet Nam, c. 300 BC, documented French collection since 1931", "FR", 1.2, 1, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-68-0276")], "archaeological bronze exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SKROAD01", "road", "SK", "IN", "851420",
     "Vacuum induction melting furnace, 25 kg, for an Indian titanium-implant maker", "SK", 4800, 1, 210000, "EUR",
     [("EXPORT_LICENCE", "SK-MH-68-0052"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-68-0119")],
     "dual-use vacuum induction furnace under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKSEA01", "sea", "DK", "IN", "903120",
     "Electrodynamic vibration test system, 100 kN, for an Indian motorcycle maker's test centre", "DK", 9000, 1,
     320000, "EUR", [("EXPORT_LICENCE", "DK-ERST-68-0088"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-68-0207")],
     "dual-use shaker system under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "410640",
     "Reticulated python skins, tanned, wild-harvested under the Indonesian quota, 200", "ID", 240, 200, 16000, "USD",
     [("CITES_PERMIT", "ID-KSDAE-68-1093")], "App. II python skins within quota with their export permit"),
    ("PRM-12", "wildlife", "import", "FIAIR01", "air", "CA", "FI", "430180",
     "Canada lynx pelts, raw, trapped under provincial licence, 40", "CA", 40, 40, 12000, "CAD",
     [("CITES_PERMIT", "CA-CWS-68-0334")], "App. II lynx pelts with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Osoba prywatna", "PRM-02": "Privatperson", "PRM-03": "Central Motoråtervinning AB",
    "PRM-06": "Nordhafen Koeltechniek Vernietiging BV", "PRM-11": "Meridian Pelletterie Srl",
    "PRM-12": "Alpina Turkis Oy",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises and the ordinary goods of
    # bicycle, motorcycle and powersports dealers and distributors
    ("290511", "Speedway racing methanol, 99.9 %, 25 l drums", "import", ["road"], ["GB"], (1, 2), (3000, 8000), ["GBP", "EUR"], 0.05, S),
    ("382000", "Glycol-free race coolant, ready to use, 1 l", "import", ["sea"], ["US", "GB"], (3, 6), (2000, 6000), ["USD", "GBP"], 1, S),
    ("340290", "Aluminium trailer brightener, phosphoric-acid based, 5 l", "import", ["sea"], ["AU", "US"], (2, 4), (2000, 6000), ["AUD", "USD"], 0.2, S),
    ("252620", "Tyre talc for bicycle inner tubes, 500 g tins", "import", ["sea"], ["BD", "IN"], (1.5, 3), (2000, 6000), ["USD"], 2, S),
    ("251200", "Diatomite oil-absorbent granules for workshops, 20 l bags", "import", ["sea", "road"], ["GE", "TR"], (0.4, 0.8), (10000, 20000), ["USD", "EUR"], 0.1, S),
    ("340490", "Immersion chain wax, paraffin pellets, 500 g", "import", ["post"], ["JP", "US"], (25, 45), (1, 3), ["JPY", "USD"], 2, S),
    ("271019", "Motorcycle fork oil SAE 10W, 1 l", "import", ["air", "sea"], ["BR", "US"], (3, 6), (500, 3000), ["USD", "BRL"], 1, S),
    ("251820", "Vienna lime (calcined dolomite) chrome-polishing powder, 1 kg", "import", ["sea"], ["TR", "CH"], (1, 2), (1000, 3000), ["EUR"], 1, S),
    ("330749", "Helmet-liner deodorising spray, 150 ml", "import", ["post"], ["KR", "US"], (20, 40), (1, 3), ["USD"], 6, S),
    ("320890", "Polyester powder coating for bicycle frames, RAL 9010, 20 kg boxes", "import", ["sea"], ["IN", "TR"], (3, 5), (4000, 12000), ["USD", "EUR"], None, S),
    ("871120", "Used scooters 125 cc, roadworthy, serviced, with papers", "export", ["sea"], ["SN", "MA"], (1.5, 3), (4000, 10000), ["EUR"], 0.008, S),
    ("382000", "Antifreeze concentrate G12, new, sealed 5 l cans", "export", ["road"], ["BA", "RS"], (1.5, 2.5), (8000, 20000), ["EUR"], 0.2, S),
    ("842123", "Motorcycle oil filters, new, boxed", "export", ["road"], ["UA", "MD"], (8, 14), (1000, 4000), ["EUR"], 6, S),
    ("871410", "Motorcycle brake shoes, new, asbestos-free, boxed", "export", ["sea"], ["EG", "TN"], (6, 10), (1000, 3000), ["EUR"], 3, S),
    ("261000", "Chromite concentrate, 46 % Cr2O3", "import", ["sea"], ["ZA", "TR"], (0.3, 0.5), (20000, 26000), ["USD"], None, S),
    ("890399", "Used personal watercraft, serviced, with hour records", "export", ["sea"], ["ME", "AL"], (8, 14), (2000, 6000), ["EUR"], 0.0025, S),
    ("271019", "Base oil SN 150, virgin, flexitank", "export", ["sea"], ["NG", "GH"], (0.8, 1.2), (18000, 22000), ["EUR"], None, S),
    ("871140", "Used classic motorcycles, 1990s, with papers", "export", ["sea"], ["US", "JP"], (20, 40), (1500, 4000), ["EUR"], 0.005, S),
    ("871130", "Enduro motorcycles 450 cc, new, crated", "export", ["sea"], ["MA", "TN"], (40, 60), (2000, 5000), ["EUR"], 0.008, S),
    ("420219", "Aluminium motorcycle panniers, new, pairs", "import", ["sea"], ["CN", "TW"], (15, 25), (2000, 5000), ["USD"], 0.1, S),
    ("741980", "Brass motorcycle keychains, souvenir, new", "import", ["post"], ["CO", "MX"], (40, 80), (1, 2), ["USD"], 30, S),
    ("871410", "Honda Cub spare parts, new aftermarket", "import", ["sea"], ["VN", "TH"], (3, 6), (4000, 12000), ["USD"], None, S),
    ("871140", "Restored Soviet-era sidecar motorcycles, with papers", "import", ["road"], ["UA"], (6, 12), (300, 1200), ["EUR"], 0.003, S),
    ("711719", "Vintage-style enamel motorcycle pin badges, new", "import", ["post"], ["GB", "US"], (60, 120), (1, 2), ["GBP", "USD"], 80, S),
    ("871410", "Royal Enfield Bullet spare parts, aftermarket, new", "import", ["sea"], ["IN", "PK"], (3, 6), (3000, 9000), ["USD"], None, S),
    ("871160", "Electric cargo bikes, new, boxed", "export", ["road"], ["CH", "NO"], (40, 60), (1000, 3000), ["EUR"], 0.0125, S),
    ("900490", "Motocross goggles with tear-offs, retail", "import", ["sea"], ["CN", "TW"], (20, 35), (1000, 3000), ["USD"], 3, S),
    ("871410", "Flow-formed aluminium motorcycle rims, new", "export", ["sea"], ["AE", "TR"], (20, 35), (1000, 4000), ["EUR"], 0.2, S),
    ("841391", "Jet-ski pump impellers and wear rings, spare parts", "export", ["sea"], ["OM", "AE"], (40, 70), (300, 1200), ["EUR"], 0.5, S),
    ("851762", "Bluetooth motorcycle helmet intercoms, retail", "import", ["sea", "air"], ["CN", "TW"], (80, 140), (300, 1500), ["USD"], 5, S),
    ("520942", "Aramid-blend denim for motorcycle jeans", "import", ["sea"], ["PK", "TR"], (8, 14), (3000, 8000), ["USD"], None, S),
    ("840732", "Pit-bike engines 125 cc, horizontal, new", "import", ["sea"], ["CN"], (6, 10), (4000, 12000), ["USD"], 0.045, S),
    ("903120", "Motorcycle inertia chassis dynamometers, new", "export", ["sea"], ["MA", "TR"], (20, 35), (1500, 4000), ["EUR"], 0.001, S),
    ("340319", "Chain lube aerosol, butane propellant, 400 ml", "import", ["sea"], ["US", "CA"], (5, 8), (3000, 8000), ["USD", "CAD"], 2, S),
    ("381400", "Carburettor cleaner aerosol, hydrocarbon, 500 ml", "import", ["sea"], ["TW", "TH"], (2.5, 4), (4000, 10000), ["USD"], 1.6, S),
    ("390950", "Water-blown polyol system for helmet-liner foam, drums", "import", ["sea"], ["TH", "KR"], (2.5, 3.5), (6000, 16000), ["USD"], None, S),
    ("870431", "Side-by-side UTVs, open cab, without air-conditioning", "import", ["sea"], ["CN", "US"], (10, 16), (8000, 18000), ["USD"], 0.0013, S),
    ("391990", "Self-adhesive helmet-wrap vinyl film, printed", "import", ["air"], ["ID", "CN"], (8, 14), (100, 500), ["USD"], 3, S),
    ("621120", "Snowmobile suits, insulated, faux-fur trimmed hood", "import", ["sea"], ["CA", "CN"], (40, 70), (1000, 4000), ["USD", "CAD"], 0.3, S),
    ("871491", "Bamboo and ash bicycle frames, handmade, new", "import", ["air"], ["GH", "BR"], (60, 120), (100, 400), ["USD"], 0.25, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("871680", "Foldable two-wheel shopping trolleys", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 0.4, N),
        ("630710", "Cotton floor cloths and dish-cloths", "import", ["sea"], ["PK", "IN"], (2, 4), (3000, 8000), ["USD"], 10, N),
        ("701349", "Glass olive-oil pourer bottles", "import", ["sea", "road"], ["TR", "CN"], (2, 4), (2000, 6000), ["EUR", "USD"], 3, N),
        ("960990", "Soft pastels, artists' sets", "import", ["post", "express"], ["GB", "US"], (25, 45), (1, 3), ["GBP", "USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind254", 20680701, HERE)


if __name__ == "__main__":
    main()
