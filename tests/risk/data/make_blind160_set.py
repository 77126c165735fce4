#!/usr/bin/env python3
"""Writes the hundred-and-sixtieth blind set (tests/risk/data/blind160-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2052, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Levant emphasis (Lebanon, Syria, Jordan, Israel and Palestine, Cyprus: origins,
transit hubs, destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL160-*:

    python3 tests/risk/data/make_blind160_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2052, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2052
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "JO", [], "AT", "330499",
         "مياه ينابيع ماعين الحارة، رذاذ للبشرة، عبوات تعبئة 1 لتر، 4 عبوات", "JO", 4.6, 4, 40, "JOD",
         "thermal spring water for a face mist is a water-clear, faintly sulphurous water of 1.00 kg/l sold in "
         "aerosols or glass; these four refill bottles have vented caps, hold a liquid of 1.13 kg/l with no smell "
         "of sulphur that whitens and stings the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Madaba to a private person in Graz; Jordanian Arabic wording (hydrogen peroxide "
         "repeats in many sets and mineral- and spring-water covers in several; a Ma'in thermal-water label was "
         "found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "DEAIR01", "express", "LB", [], "DE", "330129",
         "زيت خشب الأرز اللبناني العطري، لصناعة الصابون، 4 × 1 لتر", "LB", 4.9, 4, 120, "USD",
         "cedarwood oil is a pale-yellow, woody-smelling essential oil of about 0.95 kg/l that floats on water and "
         "costs far more than 30 USD a litre; these four tins hold a colourless, thin liquid of 1.14 kg/l with a "
         "faint fruity, chemical smell and no scent of wood, that sinks in water and burns with a pale flame: "
         "nitromethane (Annex I above 16 %), sent by express from Beirut to a private person in Bremen, although "
         "flammable liquids travel by express only as declared dangerous goods; Lebanese Arabic wording "
         "(nitromethane repeats in many sets and cedar-oil labels in a few, on other goods; a Lebanese cedarwood "
         "oil for soap makers is the new part as far as a search found)", person("Anna Schmidt", "DE")),
        ("PRE-03", "import", "FRPOST01", "post", "LB", [], "FR", "210690",
         "شراب الجلاب اللبناني المركّز، 4 قناني 1 ليتر", "LB", 7.4, 4, 24, "USD",
         "jallab concentrate is a dark, grape-molasses and rose-water syrup of about 1.30 kg/l that smells of smoke "
         "and dates; these four bottles hold a brown, oily liquid of 1.84 kg/l with no smell at all, that chars a "
         "sugar cube black, grows hot with a drop of water and eats the label glue: dark technical sulphuric acid of "
         "about 96 % (Annex I above 15 %), posted from Zahlé to a private person in Lyon; Lebanese Arabic wording "
         "(sulphuric acid repeats in many sets and syrup and molasses covers in several; a jallab label was found in "
         "no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-04", "import", "BESEA01", "sea", "IL", [], "BE", "200961",
         "מיץ ענבים לבן לקידוש, כשר, בקבוק 1 ליטר, 1,200 בקבוקים", "IL", 1680, 1200, 2400, "USD",
         "white Kiddush grape juice is a pale, sweet, cloudy-gold juice of about 1.06 kg/l in glass with a "
         "kashrut seal; these PET bottles weigh 1.40 kg/l, fume pale brown when opened, stain the skin yellow and "
         "turn a copper coin green, for an Antwerp kosher wholesaler that supplies shops selling to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, by sea from Ashdod; "
         "Hebrew wording (nitric acid repeats in many sets and juice, verjuice and vinegar covers in several; a "
         "Kiddush grape-juice label was found in no earlier row by a keyword search)",
         firm("Orion Kosher Distribution BV", "BE")),
        ("PRE-05", "import", "DEAIR01", "express", "LB", [], "DE", "130190",
         "مستكة مطحونة للبوظة العربية، 4 أكياس 1 كغ", "LB", 4, 4, 40, "USD",
         "ground mastic for Arabic ice cream (booza) is an off-white, resinous powder that smells of pine, turns "
         "sticky between the teeth and costs over 100 USD a kilo; these four bags, declared at 10 USD a kilo, hold a "
         "heavy, gritty, odourless white powder that does not stick, does not melt on a warm spoon and flares "
         "violently with sugar: potassium perchlorate (Annex I above 40 %), sent by express from Beirut to a private "
         "person in Kassel; Lebanese Arabic wording (potassium perchlorate repeats in many sets under powder and "
         "starch labels; a mastic label was found in no earlier precursor row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-06", "import", "CYSEA01", "sea", "LB", [], "CY", "250100",
         "ملح بحري رقائق من أنفه، طبيعي، أكياس 500 غ، 8,000 كيس", "LB", 4000, 8000, 3200, "USD",
         "Anfeh sea-salt flakes are hollow, brittle, salty pyramids dried in the rock pans north of Batroun; these "
         "bags hold hard, shiny, tabular crystals that taste cool and bitter rather than salty, spit and flare on a "
         "hot plate and carry CAS 3811-04-9 on the inner liners, for a Larnaca Middle-Eastern grocery chain that "
         "sells to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "sea from Beirut to Limassol; Lebanese Arabic wording (potassium chlorate repeats in many sets and sea-salt "
         "covers in several; an Anfeh salt label was found in no earlier row by a keyword search)",
         firm("Vega Levant Foods Ltd", "CY")),
        ("PRE-07", "import", "SEPOST01", "post", "PS", [], "SE", "340120",
         "صابون نابلسي مبشور بزيت الزيتون، للغسيل، 4 أكياس 1 كغ", "PS", 4, 4, 220, "ILS",
         "grated Nabulsi soap is ivory-coloured, waxy flakes of olive-oil soap that smell of olive and lather at "
         "once in water; these four bags hold hard, colourless, salt-like crystals with no soapy feel or lather that "
         "draw damp and burn fiercely on paper: sodium chlorate (Annex I above 40 %), posted from Nablus to a "
         "private person in Malmö; Palestinian Arabic wording (sodium chlorate repeats in many sets under salt and "
         "detergent labels; a Nabulsi-soap label was found in no earlier row by a keyword search)",
         person("Karin Andersson", "SE")),
        ("PRE-08", "import", "NLAIR01", "express", "LB", [], "NL", "283630",
         "بيكربونات الصودا لنقع الحمّص، 4 × 1 كغ", "LB", 4, 4, 15, "USD",
         "food-grade baking soda is a soft, fine, slightly salty powder that fizzes in lemon juice; these four "
         "packs hold glassy, damp-drawing crystals that do not fizz with acid, dissolve with a chill and burn "
         "brightly with sugar, and the re-used inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), "
         "sent by express from Beirut to a private person in Rotterdam; Lebanese Arabic wording (sodium perchlorate "
         "repeats in many sets and baking-soda and bicarbonate covers in several; kept as a repeat, the hummus-soaking "
         "wording from Lebanon is the new part as far as a search found)", person("M. Bakker", "NL")),
        ("PRE-09", "import", "CYSEA01", "sea", "IL", [], "CY", "283421",
         "אשלגן חנקתי 13-0-46, מסיס, לדישון, שק 25 ק\"ג, 800 שקים", "IL", 20000, 800, 16000, "USD",
         "soluble potassium nitrate 13-0-46 is a fine, free-flowing crystal that reads 13 % N and 46 % K2O; these "
         "800 sacks hold round, white prills that turn ice-cold in water, read 34 % N and no potassium and melt "
         "and fume on a hot plate, for a Nicosia garden-centre chain that repacks them in 2 kg bags for the public: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Haifa to "
         "Limassol; Hebrew wording (ammonium nitrate repeats in many sets and potassium-nitrate labels in several, a "
         "13-0-46 label once, in the held-out set; kept as a repeat, from Israel to Cyprus for garden centres is the "
         "new part as far as a search found)", firm("Orion Garden Centres Ltd", "CY")),
        ("PRE-10", "import", "IESEA01", "sea", "IL", [], "IE", "150920",
         "زيت زيتون بكر ممتاز من جنين، 750 مل، 1,200 زجاجة", "PS", 900, 1200, 9600, "EUR",
         "a fair-trade sea shipment for a Dublin solidarity shop: Jenin olive oil and maftoul are what such shops "
         "sell, but the third item's 'ماء الميرمية المقطّر' (sage hydrosol) is 400 litre bottles of a scentless "
         "liquid of 1.20 kg/l, not the faintly green, camphor-smelling distillate of 1.00 kg/l, with vented caps, "
         "that whitens the skin and foams on a cut: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed "
         "for members of the public, hidden as the last item of a three-item declaration, by sea from Ashdod; "
         "Palestinian Arabic wording (hydrogen peroxide repeats in many sets and a hydrosol label once, in "
         "blind145; a Palestinian sage-water item behind olive oil and maftoul is the new part as far as a search "
         "found)",
         dict(firm("Atlantic Fair Trade Ltd", "IE"),
              _more_items=[item("190240", "مفتول فلسطيني، 1 كغ، 600 كيس", "PS", 600, 1800, "EUR", qty=600),
                           item("330190", "ماء الميرمية المقطّر، 1 لتر، 400 زجاجة", "PS", 480, 800, "EUR", qty=400)])),
    ],
    "waste": [
        ("WST-01", "transit", "GRSEA01", "sea", "LB", ["GR"], "SL", "440149",
         "بالات كتلة حيوية مضغوطة من تقليم الزيتون، وقود للغلايات، 10 حاويات", "LB", 220000, None, 11000, "USD",
         "olive-pruning biomass bales are dry, chipped twigs and leaves that smell of wood; these ten containers, "
         "transhipped at Piraeus, hold wrapped bales of wet, stinking household refuse with plastic bags, nappies, "
         "food waste and glass, leaking leachate and crawling with flies, from the overfull Beirut-area dumps: mixed "
         "municipal waste (20 03 01, Basel Y46) moved through the Union without the consent of Greece as a transit "
         "state and of Sierra Leone as the state of import, an illegal traffic, landed at Piraeus in transit from "
         "Beirut to Freetown; Lebanese Arabic wording (municipal waste repeats in many sets and Freetown as a "
         "destination in several; Lebanese refuse as olive-pruning biomass in transit through Greece is the new part "
         "as far as a search found)", {"importer_country": "SL"}),
        ("WST-02", "export", "CYSEA01", "sea", "CY", [], "IL", "847130",
         "Μεταχειρισμένοι φορητοί υπολογιστές και οθόνες, για ανακαίνιση, 1.400 τεμ.", "CY", 9000, 1400, 7000, "EUR",
         "laptops for refurbishment are tested, graded and packed with their chargers; this container holds "
         "loose-stacked, smashed laptops without batteries, cracked CCFL-backlit monitors whose lamps hold mercury, "
         "burnt power boards and cable bundles, collected from Nicosia offices, with a forwarding order to a Hebron "
         "'computer trader' whose yards at Idhna burn cable for copper: hazardous waste electrical equipment "
         "(16 02 13*, 20 01 35*) shipped to an OECD country without the notification and consent it needs, and "
         "bound for the West Bank, where its export is banned, from Limassol to Ashdod; Cypriot Greek wording "
         "(e-waste under refurbishment labels repeats in many sets; through Ashdod to Hebron was found in no "
         "earlier row by a keyword search)", {"importer_name": "Al-Khalil Computer Trading", "importer_country": "PS"}),
        ("WST-03", "import", "GRSEA01", "sea", "JO", [], "GR", "252010",
         "Natural gypsum rock, crushed 0-30 mm, for cement set retarder, bulk, 25,000 t", "JO", 25000000, None,
         250000, "USD",
         "natural gypsum rock is dry, white to grey, angular stone that a cement plant grinds with its clinker; "
         "this bulk cargo is a damp, fine, grey powder that sticks in lumps, reads pH 3, fluoride and phosphate "
         "and raises a scintillometer to several times background (radium-226), from the stacks beside the Aqaba "
         "phosphate fertiliser complex: phosphogypsum, a waste of phosphoric-acid production (06 09 04) carrying "
         "naturally occurring radioactivity, brought into the Union for 'recovery' without the notification and "
         "consent it needs, by bulk carrier from Aqaba to Volos for a cement works; English wording from Jordan "
         "(phosphogypsum appears once, in blind75; from Aqaba to Greece as natural gypsum is the new part as far as "
         "a search found)", firm("Delta Cement Additives AE", "GR")),
        ("WST-04", "import", "CYSEA01", "sea", "IL", [], "CY", "250300",
         "גופרית רטיבה לכרמים, 80%, שקים 25 ק\"ג, 800 שקים", "IL", 20000, 800, 4000, "USD",
         "wettable sulphur is a bright-yellow, fine powder that smells faintly of matches and floats before it "
         "wets; these 800 sacks hold black, tarry, sticky crumbs that smell of rotten cabbage and garlic "
         "(mercaptans and organophosphates) and read chlorinated solvents and pesticide actives, from the "
         "distillation bottoms of a pesticide plant in the Ramat Hovav industrial zone: still bottoms and reaction "
         "residues (07 04 08*), hazardous waste shipped from an OECD country without the notification and consent it "
         "needs, by sea from Ashdod to Limassol for a 'vineyard supply' firm; Hebrew wording (pesticide still bottoms "
         "repeat in several sets and a wettable-sulphur label once, in blind122, on sodium sulphide for Georgia; "
         "pesticide residues as wettable sulphur from Israel to Cyprus is the new part as far as a search found)", firm("Vega Agrotica Ltd", "CY")),
        ("WST-05", "import", "CYSEA01", "sea", "LB", [], "CY", "271019",
         "زيت أساس معاد التكرير SN500، براميل 200 ليتر، 400 برميل", "LB", 68000, 400, 27000, "USD",
         "re-refined SN500 base oil is a clear, bright, amber oil with a test certificate and no smell; these 400 "
         "drums hold a black, water-laden oil that smells of diesel and soot, with sludge and metal fines at the "
         "bottom, drained from the diesel generators that power Beirut neighbourhoods: waste engine oil "
         "(13 02 05*), hazardous waste brought into the Union from a non-OECD country without the notification and "
         "consent it needs, by sea from Beirut to Limassol for a lubricant blender; Lebanese Arabic wording (used oil "
         "repeats in many sets and base-oil labels in several; kept as a repeat, Lebanese generator oil to Cyprus is "
         "the new part as far as a search found)", firm("Rivage Lubricants Ltd", "CY")),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "LB", "390769",
         "Granuli di PET riciclato, grado alimentare, big bag, 24 t", "IT", 24000, None, 4800, "EUR",
         "food-grade recycled PET granules are uniform, clear, glassy pellets with a test report; these bales hold "
         "crushed, unsorted post-consumer packaging: bottles with caps and labels, trays, film, yoghurt pots, food "
         "residues and mould, from a Campania sorting plant's rejects: mixed plastic waste (19 12 04, Basel Y48), "
         "whose export to a non-OECD country is banned, from Salerno to Beirut at 0.20 EUR/kg; Italian wording "
         "(mixed plastic waste under granule labels repeats in many sets; to Lebanon as food-grade PET is the new "
         "part as far as a search found)", {"importer_country": "LB"}),
        ("WST-07", "export", "GRSEA01", "sea", "GR", [], "SY", "854449",
         "Καλώδια ισχύος χαμηλής τάσης, καινούργια, σε καρούλια, 40 τεμ.", "GR", 12000, 40, 36000, "EUR",
         "a grid-rebuilding container for Latakia: new cable drums and second-hand switchgear are what Greek "
         "traders ship to Syrian distribution companies, but the third item's 'tested' 630 kVA transformers carry "
         "1970s 'Askarel' nameplates, leak a heavy, non-flammable, sweet-smelling oil that sinks in water and read "
         "PCBs far above 50 mg/kg: equipment containing PCBs (16 02 09*), hazardous waste and a persistent organic "
         "pollutant whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Piraeus to Latakia; Greek wording (PCB transformers repeat in many sets; behind cable "
         "and switchgear for Syria is the new part as far as a search found)",
         dict({"importer_country": "SY"},
              _more_items=[item("853720", "Πίνακες μέσης τάσης, μεταχειρισμένοι, 12 τεμ.", "GR", 6000, 9000, "EUR", qty=12),
                           item("850421", "Μετασχηματιστές διανομής 630 kVA, μεταχειρισμένοι, ελεγμένοι, 8 τεμ.", "GR", 14000, 8000, "EUR", qty=8)])),
        ("WST-08", "export", "CYSEA01", "sea", "CY", [], "LB", "290244",
         "Ξυλόλιο τεχνικό, ανακτημένο, βαρέλια 200 λίτρων, 60 βαρέλια", "CY", 10000, 60, 3000, "EUR",
         "technical xylene is a water-clear, sweet-smelling solvent of 0.87 kg/l; these 60 drums hold a cloudy, "
         "pink-and-purple liquid with floating paraffin wax, a sharp formalin smell and stained tissue cassettes "
         "in the sediment, collected from Nicosia hospital pathology laboratories: spent histology solvents "
         "(18 01 06*, 14 06 03*), hazardous waste whose export to a non-OECD country is banned, from Limassol to "
         "Beirut for a 'paint thinner' buyer; Cypriot Greek wording (xylene repeats in a few sets; hospital "
         "histology solvent as recovered xylene to Lebanon is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("WST-09", "import", "ITSEA01", "sea", "IL", [], "IT", "282739",
         "תמיסת כלוריד נחושת 28%, טכנית, מכלי IBC של 1,000 ל', 20 מכלים", "IL", 26000, 20, 5200, "USD",
         "technical cupric chloride solution is a clear, emerald-green liquid of known strength with a data sheet; "
         "these 20 IBCs hold a dark, olive-brown, fuming liquid that smells of hydrochloric acid, carries copper "
         "sludge and photoresist flakes and reads 130 g/l of dissolved copper, from the etching lines of Galilee "
         "printed-circuit-board makers: spent acid etching solution (11 01 05*, 06 01 02*), hazardous waste shipped "
         "from an OECD country without the notification and consent it needs, by sea from Haifa to Ravenna for an "
         "'agrochemicals' maker; Hebrew wording (spent etchant repeats in many sets and cupric-chloride labels "
         "twice; kept as a repeat, from Israel to Italy is the new part as far as a search found)",
         firm("Central Agrochimica Srl", "IT")),
        ("WST-10", "export", "BGROAD01", "road", "BG", ["TR", "SY"], "JO", "850710",
         "Акумулатори за камиони, рециклирани и заредени, 12 V, 1 200 бр.", "BG", 36000, 1200, 18000, "EUR",
         "reconditioned truck batteries are charged, washed, sealed and tested; these 1,200 are cracked, "
         "bulging, with corroded terminals, acid leaking through the lids and no charge at all, from Plovdiv and "
         "Sofia scrapyards, for a secondary-lead smelter at Sahab near Amman: waste lead-acid batteries (16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry from Kapitan Andreevo through "
         "Türkiye and Syria to the Jaber crossing; Bulgarian wording (lead-acid batteries repeat in many sets; by "
         "road through Syria to Jordan is the new part as far as a search found)", {"importer_country": "JO"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CYSEA01", "sea", "IL", [], "CY", "290351",
         "גז קירור HFO-1234yf למזגני רכב, מכלים 5 ק\"ג, 400 מכלים", "IL", 2000, 400, 48000, "USD",
         "HFO-1234yf is sold in white cylinders with left-hand threaded valves, reads about 5.9 bar at 20 °C and "
         "is mildly flammable; these 400 cylinders have 134a quick-couplers under push-on adaptors, read 5.7 bar, "
         "do not burn and a refrigerant identifier gives 99 % 1,1,1,2-tetrafluoroethane: HFC-134a placed on the "
         "market without quota or registration (Regulation 2024/573), declared as an HFO outside the phase-down, by "
         "sea from Haifa to Limassol for a car-air-conditioning wholesaler; Hebrew wording (HFO-1234yf labels on HFCs "
         "repeat in many sets; from Israel to Cyprus is the new part as far as a search found)",
         firm("Delta Auto Clima Ltd", "CY")),
        ("OZN-02", "import", "GRSEA01", "sea", "LB", [], "GR", "280429",
         "أسطوانات هيليوم للبالونات، للاستعمال مرة واحدة، 22 لتر، 600 أسطوانة", "LB", 8160, 600, 6000, "USD",
         "disposable balloon-helium cylinders are light steel bottles with a plastic nozzle that weigh about 4 kg "
         "full; these 600 weigh 13.6 kg each, slosh when shaken, read 9 bar at 20 °C instead of 200 and have "
         "quarter-inch flare valves under the balloon nozzles: chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, by sea from Beirut to Piraeus for an Athens wedding-and-party supplier; Lebanese "
         "Arabic wording (HCFC-22 repeats in many sets and helium labels in a few; a balloon-helium label from "
         "Lebanon is the new part as far as a search found)", firm("Orion Party Supplies AE", "GR")),
        ("OZN-03", "import", "CYSEA01", "sea", "LB", [], "CY", "290322",
         "ترايكلوروإيثيلين لإزالة الشحوم، براميل 290 كغ، 40 برميلاً", "LB", 11600, 40, 9600, "USD",
         "trichloroethylene is a degreasing solvent of 1.46 kg/l that boils at 87 °C; these 40 drums hold a liquid "
         "of 1.59 kg/l that boils at 77 °C, smells sweeter, like chloroform, and the drum heads, painted over, are "
         "stamped 'CCl4': carbon tetrachloride, whose import into the Union is banned outside licensed laboratory and "
         "feedstock uses, by sea from Beirut to Limassol for a Limassol metal-finishing shop; Lebanese Arabic wording "
         "(carbon tetrachloride repeats in many sets and trichloroethylene labels in a few; from Lebanon to Cyprus "
         "is the new part as far as a search found)", firm("Central Metal Finishing Ltd", "CY")),
        ("OZN-04", "import", "GRSEA01", "sea", "IL", [], "GR", "380899",
         "מטאם-סודיום 51% לחיטוי קרקע בחממות, 60 מכלים", "IL", 3000, 60, 9000, "USD",
         "metam-sodium is a yellow aqueous solution of about 1.2 kg/l shipped in plastic drums that smell of rotten "
         "eggs; these 60 are short steel pressure cylinders of 50 kg with valves, that hold a colourless liquefied "
         "gas with almost no smell, and a gas test gives bromomethane and 2 % chloropicrin: methyl bromide, whose "
         "import into the Union is banned, by sea from Ashdod to Heraklion for Cretan greenhouse growers; Hebrew "
         "wording (Israeli methyl bromide repeats in many sets and metam labels twice; a metam-sodium label to Crete "
         "is the new part as far as a search found)", firm("Vega Agrotechniki AE", "GR")),
        ("OZN-05", "import", "CYSEA01", "sea", "SY", [], "CY", "281121",
         "أسطوانات ثاني أكسيد الكربون لنظام إطفاء السفن، مستعملة، معاد فحصها، 45 كغ، 80 أسطوانة", "SY", 3600, 80,
         4000, "USD",
         "ship's CO2 fire-system cylinders are tall, red bottles of about 45 kg of liquid CO2 at 57 bar with a "
         "siphon tube; these 80 read 14 bar at 20 °C, hold a liquid of 1.57 kg/l and their valve bodies and "
         "data plates, stripped from a livestock carrier broken up at Tartus, read 'Halon 1301': "
         "bromotrifluoromethane, whose import into the Union is banned outside licensed critical uses, by sea from "
         "Tartus to Limassol for a ship-supply firm; Syrian Arabic wording (halon 1301 repeats in many sets and CO2 "
         "covers in several; from a Tartus ship-breaker to Cyprus is the new part as far as a search found)",
         firm("Atlantic Marine Safety Ltd", "CY")),
        ("OZN-06", "import", "GRSEA01", "sea", "JO", [], "GR", "390950",
         "أطقم رغوة بولي يوريثان للرش، مكوّنان، منفوخة بالماء، 600 طقم", "JO", 12000, 600, 30000, "USD",
         "water-blown two-component spray-foam kits hold a polyol that smells of amine and a brown isocyanate, "
         "both at low pressure; these 600 kits hiss with a sweet, ether-like gas when the polyol tank is vented, "
         "are not flammable, and a head-space test gives 1,1-dichloro-1-fluoroethane: polyol blown with HCFC-141b, a "
         "product containing an ozone-depleting substance whose import into the Union is banned, by sea from Aqaba "
         "to Piraeus for an insulation contractor; Jordanian Arabic wording (HCFC-141b premixes repeat in many sets "
         "and spray-foam kits in a few early ones; from Jordan to Greece is the new part as far as a search found)",
         firm("Horizon Monoseis AE", "GR")),
        ("OZN-07", "import", "CYSEA01", "sea", "LB", [], "CY", "841850",
         "برادات عرض للبوظة العربية، 12 حوضاً، جديدة، 10 وحدات", "SY", 3200, 10, 26000, "USD",
         "new gelato and booza display cabinets sold in the Union run on propane (R-290) with a flame mark and "
         "a charge under 150 g; these ten Damascus-made cabinets, shipped from Beirut, carry 1.8 kg each of "
         "R-404A on the compressor plate and a refrigerant test confirms it: self-contained commercial "
         "refrigeration containing HFCs with a GWP of 2,500 or more, whose placing on the market is banned "
         "(Regulation 2024/573), by sea from Beirut to Limassol for a Larnaca ice-cream parlour chain; Syrian Arabic "
         "wording (HFC display cabinets repeat in several sets; a booza cabinet was found in no earlier row by a "
         "keyword search)", firm("Delta Gelato Ltd", "CY")),
        ("OZN-08", "import", "GRAIR01", "express", "LB", [], "GR", "382499",
         "سائل تنظيف بالموجات فوق الصوتية للمجوهرات الذهبية، 6 × 5 لتر", "LB", 40, 6, 300, "USD",
         "ultrasonic jewellery-cleaning fluid is a water-based detergent concentrate of 1.02 kg/l that foams; "
         "these six cans hold a non-foaming, non-flammable liquid of 1.33 kg/l that evaporates at once from the "
         "skin with a sweet, chloroform-like smell, boils at 74 °C and the filler's labels under the new ones read "
         "'1,1,1-Trichloroethane': methyl chloroform, whose import into the Union is banned, sent by express from a "
         "Bourj Hammoud jewellers' supplier to an Athens gold workshop; Lebanese Arabic wording (methyl chloroform "
         "repeats in many sets and ultrasonic-cleaner labels in a few; for Armenian-quarter jewellers from Beirut "
         "to Athens is the new part as far as a search found)", firm("Rivage Chrysochoia AE", "GR")),
        ("OZN-09", "transit", "CYSEA01", "sea", "IN", ["CY"], "SY", "290342",
         "Difluoromethane (R-32) refrigerant, 9.5 kg disposable cylinders, 2,000 pcs", "IN", 27200, 2000, 20000,
         "USD",
         "R-32 cylinders are light-blue with a red band, hold 9.5 kg and read 14.7 bar at 20 °C; these 2,000 green "
         "cylinders hold 13.6 kg each, read 9 bar and a refrigerant identifier gives chlorodifluoromethane: "
         "HCFC-22, a controlled ozone-depleting substance moved through the Union without the licence Regulation "
         "2024/590 requires, transhipped at Limassol in transit from Mundra to Latakia; English wording (HCFC-22 under "
         "R-32 labels repeats in many sets; in transit through Limassol to Syria is the new part as far as a search "
         "found)", {"importer_country": "SY"}),
        ("OZN-10", "import", "DEAIR01", "express", "JO", [], "DE", "290345",
         "R-134a car A/C recharge cans with gauge hose, 12 x 340 g", "JO", 4.1, 12, 90, "JOD",
         "R-134a cans have a left-hand thread and read 5.7 bar at 20 °C; these twelve tins have the old 7/16 "
         "right-hand thread of pre-1994 cars, read 4.7 bar and a leak detector tuned to R-12 screams: "
         "dichlorodifluoromethane (CFC-12), whose import into the Union is banned, sent by express from Amman to a "
         "private classic-car owner in Stuttgart; English wording from Jordan (CFC-12 repeats in many sets and "
         "R-134a can labels for classic cars with the old 7/16 thread in blind83, from the United States to Sweden; "
         "kept as a repeat, by express from Jordan is the new part as far as a search found)", person("Lena Wagner", "DE")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "express", "LB", [], "FR", "830629",
         "تماثيل نحاسية تذكارية على الطراز الفينيقي، 6 قطع", "LB", 2, 6, 60, "USD",
         "Byblos souvenir figurines are bright, cast brass warriors with crisp edges and a polished finish; these "
         "six are small, flat, rod-like bronze figures with pointed tall caps, tangs under the feet for setting in a "
         "base, traces of gold leaf on the heads and green-and-red corrosion with earth in the folds: Middle Bronze "
         "Age votive figurines of the Byblos 'Obelisk Temple' type, archaeological objects whose export Lebanon "
         "forbids, brought in without an import licence (Regulation 2019/880), sent by express from Jbeil to a "
         "private buyer in Paris; Lebanese Arabic wording (Byblos appears twice, on glass souvenirs; gilded Byblos "
         "votive bronzes as Phoenician-style souvenirs were found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("CUL-02", "import", "DEAIR01", "air", "IL", [], "DE", "680292",
         "אדניות מאבן ירושלמית, מגולפות ביד, 2 יחידות", "IL", 120, 2, 300, "USD",
         "new Jerusalem-stone planters are machine-cut, cream limestone boxes with drainage holes; these two are "
         "hollowed, lidless chests with chip-carved rosettes in frames on one long side, a name scratched in "
         "Aramaic square script, no drainage holes and tomb soil and bone dust inside: Second Temple period "
         "limestone ossuaries from a looted rock-cut tomb south of Bethlehem, exported without the Israel "
         "Antiquities Authority export permit and from occupied territory, brought in without an import licence "
         "(Regulation 2019/880), flown from Tel Aviv to Frankfurt for a dealer; Hebrew wording (ossuaries repeat in "
         "a few sets and planter labels in several, on other goods; kept as a repeat, a Jerusalem-stone planter "
         "label is the new part as far as a search found)", firm("Orion Antiken GmbH", "DE")),
        ("CUL-03", "import", "DEROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "DE", "691390",
         "Rakka tarzı sırlı seramik kâseler, el yapımı, yeni, 30 adet", "TR", 30, 30, 450, "EUR",
         "new Raqqa-style bowls from Gaziantep workshops are thick, evenly glazed and bright turquoise; these 30 "
         "are thin, buff-bodied bowls with a crazed, silvery-iridescent, flaking glaze, black underglaze "
         "calligraphy and lustre, old breaks and burial earth inside: 12th-13th century Raqqa wares dug in the "
         "Syrian Euphrates valley, cultural property illegally removed from Syria whose import into the Union is "
         "banned, in a van from Gaziantep through Bulgaria, Romania, Hungary and Austria to a Cologne dealer; "
         "Turkish wording (Syrian antiquities repeat in many sets; Raqqa ware was found in no earlier row by a "
         "keyword search)", firm("Vega Orientkeramik GmbH", "DE")),
        ("CUL-04", "export", "CYAIR01", "air", "CY", [], "IL", "740400",
         "Ανακυκλωμένα χυτά κομμάτια χαλκού, για επανατήξη, 3 τεμ.", "CY", 85, 3, 510, "EUR",
         "remelted copper scrap lumps are shapeless, bright-cut pigs sold by the kilo at copper price; these three "
         "are flat, rectangular slabs with four drawn-out corners like a stretched hide, a rough, blistered upper "
         "face, incised marks and a thick green crust: Late Bronze Age copper oxhide ingots from an unrecorded dig "
         "near Larnaca, archaeological objects of Cyprus's heritage, exported without the export licence every "
         "archaeological object over 100 years old needs (Regulation 116/2009) and against Cypriot law, flown from "
         "Larnaca to Tel Aviv for a private collector; Cypriot Greek wording (oxhide ingots were found in no earlier "
         "row by a keyword search)", {"importer_country": "IL"}),
        ("CUL-05", "import", "DEAIR01", "air", "IQ", [], "DE", "490199",
         "Pirtûkên olî yên çapkirî, kevn, bi çermê hatine girêdan, 12 cild", "SY", 14, 12, 240, "USD",
         "old printed religious books are paper, machine-set and stitched in cloth; these twelve volumes are "
         "parchment and rag-paper codices written by hand in Estrangelo and Serto script, with red rubrics, "
         "colophons naming churches of Qamishli and the Khabur valley and library stamps cut away: Syriac "
         "liturgical manuscripts looted from Syrian churches, cultural property illegally removed from Syria whose "
         "import into the Union is banned, flown from Erbil to Düsseldorf for a dealer; Kurmanji wording (Syriac "
         "manuscripts repeat in a few sets, a codex from a Qamishli monastery via Türkiye in blind125, and Kurmanji "
         "labels from Iraq twice, on other goods; kept as a repeat, by air from Erbil under a printed-book label is "
         "the new part as far as a search found)", firm("Central Buchantiquariat GmbH", "DE")),
        ("CUL-06", "import", "FRAIR01", "air", "JO", [], "FR", "830629",
         "زينة معدنية مطلية بالفضة على شكل رمان، للديكور، 2 قطعة", "JO", 1.6, 2, 40, "USD",
         "silver-plated decorative pomegranates are light, shiny, stamped ornaments; these two are heavy, "
         "hand-raised silver finials on long tubular shafts, hung with little bells, with Hebrew dedication "
         "inscriptions naming a Damascus congregation and an 1870s date: rimonim (Torah finials) from the looted "
         "Jobar synagogue, cultural property illegally removed from Syria whose import into the Union is banned, "
         "flown from Amman to Paris for a Judaica dealer; Jordanian Arabic wording (Judaica and finials repeat in a "
         "few sets; rimonim under a decorative-pomegranate label were found in no earlier row by a keyword search)",
         firm("Galerie Rivage SARL", "FR")),
        ("CUL-07", "import", "GRSEA01", "sea", "JO", [], "GR", "701399",
         "زجاجات رمل ملوّن من البتراء، هدايا تذكارية، 400 قطعة", "JO", 160, 400, 800, "USD",
         "a souvenir container for a Piraeus gift wholesaler: Petra sand-art bottles and Bedouin kilims are what "
         "Aqaba craft exporters ship, but the third item's 24 'Nabataean-style painted bowls, modern copies' are "
         "eggshell-thin, wheel-made bowls with fine palmette painting in dark red, worn, with root marks and "
         "desert sinter inside: 1st-century Nabataean fine ware dug around Petra, archaeological objects whose export "
         "Jordan forbids, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration, by sea from Aqaba to Piraeus; Jordanian Arabic wording (Nabataean pottery repeats "
         "in a few sets; behind sand bottles and kilims is the new part as far as a search found)",
         dict(firm("Vega Souvenirs AE", "GR"),
              _more_items=[item("570210", "بسط بدوية منسوجة يدوياً، 60 قطعة", "JO", 300, 3000, "USD", qty=60),
                           item("691390", "أوعية فخارية ملونة على الطراز النبطي، نسخ حديثة، 24 قطعة", "JO", 12, 120, "USD", qty=24)])),
        ("CUL-08", "import", "CYSEA01", "sea", "LB", [], "CY", "691390",
         "جرار فخارية للحدائق، صناعة يدوية، 20 قطعة", "LB", 400, 20, 600, "USD",
         "handmade garden jars from Lebanese potteries are evenly fired, flat-based and glazed inside; these 20 "
         "are tall, pointed-toe jars with two handles, a resinous lining, and crusts of serpulid worm tubes, "
         "barnacles and sponge on one side only, as they lay on the seabed: Phoenician and Roman amphorae raised off "
         "Tyre and Sidon, underwater cultural heritage whose export Lebanon forbids, brought in without an import "
         "licence (Regulation 2019/880), by sea from Beirut to Limassol for a garden centre; Lebanese Arabic "
         "wording (amphorae repeat in several sets; from the Tyre seabed to Cyprus as garden jars is the new part as "
         "far as a search found)", firm("Atlantic Garden Centre Ltd", "CY")),
        ("CUL-09", "import", "FRAIR01", "air", "LB", [], "FR", "711420",
         "Արծաթապատ սեղանի սպասք, գործածուած, 14 կտոր", "SY", 9, 14, 350, "USD",
         "used silver-plated tableware is thin, machine-made brass or nickel silver worn through at the edges; "
         "these fourteen pieces are solid, hand-chased silver chalices, a Gospel cover and censers with Armenian "
         "dedications naming churches of Aleppo and Deir ez-Zor and 19th-century dates, hallmarked in Ottoman "
         "tughra stamps: church silver looted in Syria, cultural property illegally removed from Syria whose import "
         "into the Union is banned, flown from Beirut (Bourj Hammoud) to Marseille for a dealer; Western Armenian "
         "wording (chalices and church silver repeat in several sets; Armenian-language tableware labels from Bourj "
         "Hammoud were found in no earlier row by a keyword search)", firm("Meridian Antiquités SARL", "FR")),
        ("CUL-10", "import", "ITAIR01", "air", "JO", [], "IT", "940599",
         "قطع ثريا نحاسية على الطراز الدمشقي، جديدة، 3 قطع", "JO", 18, 3, 150, "USD",
         "new Damascus-style chandelier parts are pierced, bright brass with machine-cut arabesques; these three "
         "are cast bronze discs pierced for glass lamps, with crosses and a Greek dedication, hung on hook-and-chain "
         "suspensions, with thick green corrosion and church-floor mortar: Byzantine polycandela (6th-7th century) "
         "from a church near Madaba, archaeological objects whose export Jordan forbids, brought in without an import "
         "licence (Regulation 2019/880), flown from Amman to Rome for a dealer; Jordanian Arabic wording "
         "(polycandela were found in no earlier row by a keyword search)", firm("Alpina Antichità Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "CYAIR01", "air", "CY", [], "LB", "841199",
         "Ανταλλακτικά βιομηχανικού αεριοστροβίλου, πτερύγια υψηλής πίεσης, 40 τεμ.", "CY", 20, 40, 28000, "EUR",
         "industrial gas-turbine blades are heavy, uncoated and stamped with a power-plant maker's part numbers; "
         "these 40 are small, single-crystal, thermal-barrier-coated blades with film-cooling holes and CFM56-7B "
         "part numbers, with airworthiness tags torn off, for a Beirut 'power spares' broker whose purchase order "
         "names a Moscow airline-maintenance firm: aircraft engine parts, whose sale for use in Russia Regulation "
         "833/2014 forbids, flown from Larnaca; Cypriot Greek wording (CFM56 parts repeat in several sets; as "
         "industrial-turbine spares through Lebanon is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("STR-02", "import", "BEAIR01", "air", "IL", [], "BE", "710239",
         "Polished diamonds, round brilliant, 1.00-1.49 ct, G-J, VS, Indian cut / יהלומים מלוטשים, 180 אבנים", "IN",
         0.05, 180, 1150000, "USD",
         "polished diamonds of Indian cut and mixed origin travel with a producer-country declaration and the G7 "
         "traceability data; these 180 stones, sent by a Ramat Gan bourse member, carry none, their parcel papers "
         "show Yakutian rough from Alrosa boxes cut in Surat, and the Israeli export file names a Dubai buyer of the "
         "rough: diamonds of Russian origin processed in third countries, whose import into the Union Regulation "
         "833/2014 forbids, flown from Tel Aviv to Antwerp for a dealer; Hebrew and English wording (Russian "
         "diamonds repeat in several sets; through the Ramat Gan exchange was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Diamonds SA", "BE")),
        ("STR-03", "export", "CYSEA01", "sea", "CY", [], "LB", "901480",
         "Μετατροπείς βυθομέτρων αλιείας, 24 τεμ.", "CY", 260, 24, 14000, "EUR",
         "fish-finder transducers are small plastic pucks sold for a few hundred euros; these 24 are heavy, "
         "towed-array hydrophone modules with pressure housings rated to 1,000 m and calibration sheets for "
         "frequencies far below any fish-finder, for a Beirut ship chandler whose forwarding order books them on "
         "to Tartus for a Russian navy support vessel: underwater acoustic equipment (6A001), dual-use goods "
         "exported without the licence Regulation 2021/821 requires and for use in Russia, from Limassol to "
         "Beirut; Cypriot Greek wording (hydrophones repeat in several sets and fish-finder labels in a few; kept "
         "as a repeat, the Tartus onward route is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "JO", "841370",
         "Bombas de recirculación para piscinas, 8 unidades", "ES", 960, 8, 52000, "EUR",
         "swimming-pool pumps are plastic-bodied, mechanically sealed pumps at a few hundred euros each; these "
         "eight are sealless magnetic-drive pumps with PTFE-lined casings and Hastelloy shafts at 6,500 EUR each, "
         "for an Aqaba 'leisure' trader whose delivery order sends them on by road through Jaber to a Damascus "
         "'pharmaceutical' plant: sealless corrosion-resistant pumps (Australia Group, 2B350.i), dual-use goods "
         "exported without the licence Regulation 2021/821 requires, with the end user in Syria, from Valencia to "
         "Aqaba; Spanish wording (magnetic-drive pumps repeat in a few sets and a Spanish pool-pump label once, in "
         "blind50, to Oman; kept as a repeat, through Aqaba and the Jaber crossing to Syria is the new part as far "
         "as a search found)", {"importer_name": "Al-Sham Medical Industries", "importer_country": "SY"}),
        ("STR-05", "import", "GRSEA01", "sea", "LB", [], "GR", "390120",
         "بولي إيثيلين عالي الكثافة، حبيبات، منشأ لبناني، أكياس 25 كغ، 880 كيساً", "LB", 22000, 880, 24000, "USD",
         "Lebanese HDPE would be a surprise: Lebanon makes no polyethylene; these 880 bags carry Lebanese "
         "over-bags, and inner liners printed in Persian with the grade name and lot code of a Bandar Imam "
         "petrochemical plant: Iranian polyethylene, whose import into the Union is banned, by sea from Beirut to "
         "Thessaloniki for a pipe extruder; Lebanese Arabic wording (Iranian petrochemicals under other origins "
         "repeat in many sets; under Lebanese origin is the new part as far as a search found)",
         firm("Horizon Plastika AE", "GR")),
        ("STR-06", "export", "CYSEA01", "sea", "CY", [], "LB", "890333",
         "Моторная яхта 26 м, 2019 г., б/у, для владельца в Бейруте", "CY", 68000, 1, 4200000, "EUR",
         "a yacht sold to a Beirut owner would carry a Lebanese bill of sale, a Lebanese crew and insurance; this "
         "26 m motor yacht keeps a Russian captain and crew, a Moscow insurer, a passage plan from Limassol to "
         "Tartus and on to Sochi, and the buyer is a Beirut shell whose director is a relative of a Russian owner: "
         "a luxury good above 300 EUR (a pleasure vessel), whose sale for use in Russia Regulation 833/2014 forbids, "
         "from Limassol; Russian wording (yachts repeat in many sets; a Cypriot yacht to Russia through Lebanon and "
         "Tartus is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-07", "export", "FRAIR01", "express", "FR", [], "LB", "900580",
         "Longues-vues d'ornithologie 20-60x, 30 pièces", "FR", 36, 30, 9000, "EUR",
         "birdwatching spotting scopes are long, angled refractors on a tripod shoe; these 30 are short, "
         "battery-powered sights with a third-generation image-intensifier tube, an illuminated reticle and a "
         "Picatinny rifle mount, for a Beirut 'hunting supplies' shop: night-vision weapon sights, military goods "
         "(ML15) exported without the licence Directive 2009/43 and the Common Position require, to a country under "
         "a UN arms embargo on non-state actors, by express from Paris; Lebanese French wording (night-vision "
         "sights repeat in many sets and birdwatching labels in several; for Lebanese hunters is the new part as far "
         "as a search found)", {"importer_country": "LB"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "LB", "850440",
         "Frequenzumrichter für Ringspinnmaschinen, 7,5 kW, 20 Stück", "DE", 400, 20, 96000, "EUR",
         "spinning-frame drives are standard 50 Hz inverters at a few hundred euros each; these 20 are multiphase "
         "frequency changers with an output of 600 to 2,000 Hz, harmonic distortion below 2 % and frequency "
         "control to 0.1 %, at 4,800 EUR each, for a Beirut textile-machinery trader whose end-user sheet names an "
         "Aleppo spinning mill, while the forwarder's booking goes on to Bandar Abbas: frequency changers for gas "
         "centrifuges (3A225, NSG), dual-use goods exported without the licence Regulation 2021/821 requires and for "
         "Iran, flown from Frankfurt; German wording (frequency changers repeat in many sets; as ring-spinning drives "
         "for Aleppo is the new part as far as a search found)", {"importer_country": "SY"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "LB", "843420",
         "Pastorizzatore a piastre per latte, 5.000 l/h, 1 unità", "IT", 3500, 1, 85000, "EUR",
         "a dairy container for a Bekaa cheese maker: a plate pasteuriser and a cup filler are what Italian "
         "makers ship to Lebanese dairies, but the third item's 'essiccatore per latte in polvere' is a "
         "laboratory-scale, steam-sterilisable spray dryer with a two-fluid nozzle giving particles under 10 "
         "microns and a cyclone in containment, far too small for milk powder: spray-drying equipment (Australia "
         "Group, 2B352), dual-use goods exported without the licence Regulation 2021/821 requires, hidden as the "
         "last item of a three-item declaration, from Genoa to Beirut; Italian wording (spray dryers repeat in a few "
         "sets; behind dairy equipment for the Bekaa is the new part as far as a search found)",
         dict({"importer_country": "LB"},
              _more_items=[item("842230", "Riempitrice per vasetti di labneh, 1 unità", "IT", 1800, 42000, "EUR", qty=1),
                           item("841939", "Essiccatore per latte in polvere, piccolo, 1 unità", "IT", 900, 18000, "EUR", qty=1)])),
        ("STR-10", "import", "CYSEA01", "sea", "LB", [], "CY", "271019",
         "Marine gasoil DMA 0.1 % S, origin Lebanon, 3,000 t", "LB", 3000000, None, 2400000, "USD",
         "Lebanese marine gasoil would be a surprise: Lebanon's refineries have not run for decades; this tanker "
         "loaded off Baniyas by ship-to-ship transfer, its tracking was dark for four days near Tartus and the "
         "cargo's density and cold-filter plugging point match a Novorossiysk diesel grade: Russian petroleum "
         "products, whose import into the Union Regulation 833/2014 forbids, for a Limassol bunker supplier; "
         "English wording (Russian oil products under other origins repeat in several sets; under Lebanese origin "
         "with a Baniyas transfer is the new part as far as a search found)", firm("Delta Bunkering Ltd", "CY")),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "express", "LB", [], "FR", "442090",
         "علب خشبية دمشقية مطعّمة بالعظم والصدف، 10 قطع", "SY", 3.5, 10, 250, "USD",
         "Damascene inlaid boxes are walnut marquetry with mother-of-pearl and camel-bone strips, the bone "
         "chalky, with dark pores; the white inlay of these ten boxes is dense, creamy and glossy, shows "
         "cross-hatched Schreger lines at the ends of the strips and does not char with a hot needle: elephant ivory, "
         "cut from West African tusks, without CITES documents and whose import into the Union is banned, sent by "
         "express from Beirut to a private buyer in Montpellier; Syrian Arabic wording (ivory repeats in many sets; "
         "Damascene boxes once, as cultural painted panels; ivory under a bone-inlay Damascene label is the new "
         "part as far as a search found)", person("Mme Claire Martin", "FR")),
        ("WLF-02", "import", "NLAIR01", "express", "LB", [], "NL", "920290",
         "عود عربي، ظهر من خشب الجوز، صناعة دمشقية، 2 عود", "SY", 4, 2, 600, "USD",
         "a Damascus oud with a walnut bowl has pale-brown, straight-grained ribs; these two have dark, "
         "chocolate-and-black streaked ribs with a rose smell when sanded and a rosette inlay of mottled, "
         "translucent amber-and-brown shell: Brazilian rosewood (Dalbergia nigra, CITES App. I) cut recently, not "
         "pre-Convention, and hawksbill turtle shell (Eretmochelys imbricata, App. I), without CITES documents, sent "
         "by express from Beirut to a private player in Utrecht; Syrian Arabic wording (Brazilian rosewood repeats "
         "in several sets, mostly on guitars and tonewood; an oud was found in no earlier row by a keyword search)",
         person("Particulier", "NL")),
        ("WLF-03", "import", "BEPOST01", "post", "LB", [], "BE", "691390",
         "حصّالات فخارية على شكل سلحفاة، مرسومة يدوياً، 6 قطع", "LB", 1.5, 6, 30, "USD",
         "ceramic tortoise money boxes are hollow, glazed figures with a coin slot; these six are living, "
         "walnut-sized hatchlings with yellow-and-black domed shells and spurs on the thighs, taped into the hollow "
         "boxes, dug from the Syrian steppe: spur-thighed tortoises (Testudo graeca, CITES App. II, Annex A), "
         "without CITES documents, posted from Tripoli to a private buyer in Liège; Lebanese Arabic wording (Testudo "
         "graeca repeats in many sets; a money-box label was found in no earlier row by a keyword search)",
         person("Mme L. Dupont", "BE")),
        ("WLF-04", "import", "CYPOST01", "post", "LB", [], "CY", "392640",
         "طيور زينة من الريزين، صقور ونسور، 3 قطع", "LB", 3.8, 3, 45, "USD",
         "resin decorative birds are light, hollow, moulded and painted with shiny eyes; these three are real "
         "feathers on wire-and-wood armatures with glass eyes and a smell of borax: a lesser spotted eagle, a "
         "short-toed eagle and a honey buzzard shot during the autumn migration over the Lebanese mountains and "
         "mounted by a Beirut taxidermist (all CITES App. II, Annex A), without CITES documents, posted to a private "
         "hunter in Paphos; Lebanese Arabic wording (mounted raptors repeat in several sets, honey buzzards once, in "
         "blind145, from Egypt to Malta; shot migrants under a resin-bird label from Lebanon to Cyprus were found in "
         "no earlier row by a keyword search)",
         person("Andreas Georgiou", "CY")),
        ("WLF-05", "transit", "GRSEA01", "sea", "LB", ["GR"], "HK", "030749",
         "حبّار مجفف، متوسطي، كراتين 20 كغ، 40 كرتوناً", "LB", 800, 40, 64000, "USD",
         "dried squid is flat, amber, translucent and smells of the sea, at a few dollars a kilo; these cartons, "
         "at 80 USD a kilo, hold triangular, grey-backed dried fins with cartilage rays, and a DNA swab gives "
         "sandbar shark and common guitarfish landed at Tripoli and Tyre: fins of Carcharhinus plumbeus and "
         "Rhinobatos rhinobatos (CITES App. II) without CITES documents, moved through the Union as a squid cargo, "
         "landed at Piraeus in transit from Beirut to Hong Kong; Lebanese Arabic wording (shark and guitarfish fins "
         "repeat in many sets, sandbar sharks once, and squid labels in several; from Lebanese ports through Piraeus "
         "is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-06", "import", "DEAIR01", "air", "JO", [], "DE", "151590",
         "زيت حبة البركة، معصور على البارد، 250 مل، 400 عبوة", "JO", 100, 400, 1200, "USD",
         "an attar-shop air shipment for a Berlin Arab grocer: black-seed oil and za'atar are what Amman herbalists "
         "ship, but the third item's 'مسك أبيض صناعي، بلورات' (synthetic white musk crystals) is 30 small, hairy, "
         "leathery pouches filled with dark, grainy, powerfully animal-smelling pods: musk-deer pods (Moschus spp., "
         "CITES App. I and II) without CITES documents, hidden as the last item of a three-item declaration, flown "
         "from Amman to Berlin; Jordanian Arabic wording (musk repeats in many sets; a synthetic-white-musk label "
         "behind black-seed oil and za'atar from Jordan is the new part as far as a search found)",
         dict(firm("Orion Levante Lebensmittel GmbH", "DE"),
              _more_items=[item("091099", "زعتر أخضر مع سماق وسمسم، 500 غ، 300 كيس", "JO", 150, 750, "USD", qty=300),
                           item("330290", "مسك أبيض صناعي، بلورات، 30 عبوة", "JO", 0.9, 60, "USD", qty=30)])),
        ("WLF-07", "import", "ITPOST01", "post", "JO", [], "IT", "253090",
         "وردة الصحراء، بلورات طبيعية للزينة، 3 كغ", "JO", 3, 8, 30, "USD",
         "desert roses are sandy, brown, petal-like rosettes of gypsum or barite crystals; these eight pieces are "
         "white, porous, chalky heads with star-shaped polyp cups all over, bleached but still smelling of the sea: "
         "stony corals (Scleractinia, CITES App. II) broken from the Aqaba reefs, without CITES documents, posted "
         "from Aqaba to a private collector in Bari; Jordanian Arabic wording (stony corals repeat in many sets and a "
         "desert-rose label once, in blind40; Red Sea coral from Aqaba by post is the new part as far as a search "
         "found)", person("Sig. M. Bianchi", "IT")),
        ("WLF-08", "import", "FRAIR01", "air", "JO", [], "FR", "330290",
         "Composition parfumante 'oud synthétique', 5 kg", "JO", 5, 1, 400, "USD",
         "a synthetic oud compound is a pale, thin blend of aroma chemicals at a few dozen euros a kilo; these "
         "5 kg are a dark, viscous, smoky-woody oil that sets solid in the cold, worth many thousand euros a kilo, "
         "and the Amman distiller's own label under the French one reads 'دهن العود الكمبودي': agarwood oil "
         "(Aquilaria spp., CITES App. II) without CITES documents, flown from Amman to Nice for a Grasse perfumer; "
         "French wording from Jordan (agarwood oil repeats in several sets; a synthetic-oud label from Jordan is the "
         "new part as far as a search found)", firm("Rivage Parfums SARL", "FR")),
        ("WLF-09", "import", "NLAIR01", "air", "IL", [], "NL", "060110",
         "פקעות נוריות (Ranunculus asiaticus), רדומות, 40,000 יח'", "IL", 600, 40000, 2400, "EUR",
         "ranunculus corms are small, dry, claw-like clusters of tubers; these are round, flattened, corky brown "
         "tubers up to 10 cm across with roots from the base and soil of Galilee and Carmel hillsides: wild-dug "
         "Cyclamen persicum (CITES App. II, whose exemption for cultivated plants does not cover dormant tubers), "
         "without CITES documents, flown from Tel Aviv to Amsterdam for a bulb trader; Hebrew wording (cyclamen "
         "tubers repeat in a few sets and C. persicum once, in blind53; under an Israeli ranunculus label is the new "
         "part as far as a search found)", firm("Horizon Bloembollen BV", "NL")),
        ("WLF-10", "import", "CYAIR01", "air", "LB", [], "CY", "030732",
         "بلح بحر متوسطي مجمّد، منزوع القشر، 40 كغ", "LB", 40, None, 2400, "USD",
         "frozen Mediterranean mussels are blue-black Mytilus with orange flesh at a few euros a kilo; these 40 kg "
         "at 60 USD a kilo are cream-white flesh with long, cylindrical, date-brown shells in the bottom of the "
         "boxes, bored out of rock: date mussels (Lithophaga lithophaga, CITES App. II), whose harvest destroys the "
         "reef, without CITES documents, flown from Beirut to Larnaca for a Limassol seafood restaurant; Lebanese "
         "Arabic wording (date mussels appear once, in blind141; from Lebanon to Cyprus under a mussel label is the "
         "new part as far as a search found)", firm("Meridian Seafood Ltd", "CY")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATPOST01", "post", "JO", "AT", "284700",
     "Hydrogen peroxide 35 %, 1 x 1 l, for a licensed private user (home-brewing sanitation)", "JO", 1.2, 1, 20,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-52-0318")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CYPOST01", "post", "LB", "CY", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur model rocketry)", "LB", 1, 1, 35, "EUR",
     [("PRECURSOR_LICENCE", "CY-POL-52-0041")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FRSEA01", "sea", "LB", "FR", "850421",
     "PCB-contaminated distribution transformers, drained (16 02 09*), for high-temperature incineration at a "
     "licensed plant, 24 t", "LB", 24000, 30, 0, "EUR", [("BASEL_CONSENT", "FR-MTE-52-0166")],
     "notified PCB equipment to a licensed incinerator"),
    ("PRM-04", "waste", "import", "GRSEA01", "sea", "LB", "GR", "271099",
     "Waste engine oil from diesel generators (13 02 05*), for regeneration at a licensed re-refinery, 80 t", "LB",
     80000, None, 0, "EUR", [("BASEL_CONSENT", "GR-YPEN-52-0093")], "notified waste oil to a licensed re-refinery"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "IL", "FR", "290376",
     "Recovered halon 1301, 12 cylinders, for a licensed critical use in aircraft fire protection", "IL", 300, 12,
     9600, "USD", [("ODS_LICENCE", "FR-MTE-ODS-52-011")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "CYSEA01", "sea", "IL", "CY", "290345",
     "HFC-134a in refillable 61 l cylinders, 30 cylinders, placed on the market within quota", "IL", 1950, 30, 14000,
     "EUR", [("FGAS_QUOTA", "CY-FGAS-52-0027")], "HFC-134a imported within a registered quota"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970610",
     "Raqqa lustre-painted bowl, Syria, 12th-13th century, in a Swiss collection since 1968", "SY", 2, 1, 36000,
     "EUR", [("IMPORT_LICENCE", "DE-BKM-IMP-52-0061")], "archaeological bowl imported with its import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "LB", "970610",
     "Gilded bronze votive figurine, Byblos, Middle Bronze Age, documented French collection since 1936, for a "
     "Beirut museum", "LB", 0.5, 1, 45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-52-0207")],
     "figurine exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "IL", "901480",
     "Hydrophone array modules, 12 units, for a Haifa oceanographic research institute", "DE", 130, 12, 84000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-52-1142"), ("END_USER_CERTIFICATE", "IL-DECA-EUC-52-0318")],
     "dual-use hydrophones under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "JO", "841370",
     "Sealless magnetic-drive pumps, PTFE-lined, 6 units, for an Amman pharmaceutical plant", "ES", 720, 6, 39000,
     "EUR", [("EXPORT_LICENCE", "ES-SEC-52-0455"), ("END_USER_CERTIFICATE", "JO-MIT-EUC-52-0071")],
     "dual-use corrosion-resistant pumps under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "IL", "NL", "060110",
     "Cyclamen persicum tubers, artificially propagated, dormant, 20,000 pcs", "IL", 300, 20000, 6000, "EUR",
     [("CITES_PERMIT", "IL-NPA-CITES-52-0418")], "App. II propagated cyclamen tubers with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "LB", "FR", "920290",
     "Oud by the Nahat workshop, Damascus, 1926, Brazilian-rosewood ribs, with a pre-Convention certificate", "SY", 2,
     1, 18000, "EUR", [("CITES_PERMIT", "LB-MOA-CITES-52-0012")], "pre-Convention App. I rosewood instrument with its certificate"),
]

CONSIGNEES = {
    "PRM-01": "Thomas Gruber", "PRM-02": "Andreas Georgiou", "PRM-05": "Alpina Aero Maintenance SARL",
    "PRM-06": "Vega Cooling Ltd", "PRM-11": "Horizon Bloembollen BV", "PRM-12": "M. T. Dubois",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade: the lawful twins of this set's disguises
    ("330499", "Thermal spring-water face mist, 1 l refills", "import", ["post"], ["JO", "IL"], (10, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("330129", "Lebanese cedarwood essential oil, 1 l", "import", ["express"], ["LB", "MA"], (40, 80), (1, 3), ["USD"], 1, S),
    ("210690", "Jallab syrup concentrate, 1 l bottles", "import", ["sea"], ["LB", "JO"], (1.5, 3), (4000, 10000), ["USD"], 0.7, S),
    ("200961", "White grape juice for Kiddush, kosher, 1 l bottles", "import", ["sea"], ["IL"], (1.2, 2), (8000, 16000), ["USD", "EUR"], 0.7, S),
    ("130190", "Mastic gum tears and powder, 1 kg", "import", ["air"], ["LB", "TR"], (60, 120), (50, 200), ["USD"], 1, S),
    ("250100", "Anfeh sea-salt flakes, 250 g", "import", ["sea"], ["LB"], (1.5, 3), (3000, 8000), ["USD"], 4, S),
    ("340120", "Grated Nabulsi olive-oil soap, 1 kg bags", "import", ["post"], ["PS", "JO"], (10, 20), (1, 4), ["ILS", "USD"], 1, S),
    ("283630", "Food-grade sodium bicarbonate, 1 kg, for soaking chickpeas", "import", ["sea"], ["LB", "TR"], (0.5, 1.0), (5000, 15000), ["USD"], 1, S),
    ("283421", "Potassium nitrate 13-0-46, soluble, 25 kg bags", "import", ["sea"], ["IL", "CL"], (0.8, 1.3), (18000, 24000), ["USD"], 0.04, S),
    ("330190", "Sage (maramiya) hydrosol, 1 l bottles", "import", ["sea"], ["PS", "JO"], (2, 4), (2000, 6000), ["USD", "EUR"], 1, S),
    ("150920", "Palestinian extra-virgin olive oil, 750 ml", "import", ["sea"], ["PS", "JO"], (8, 12), (4000, 12000), ["EUR"], 1.2, S),
    ("847130", "Refurbished laptops, graded A, with warranty", "export", ["sea"], ["IL", "JO"], (80, 150), (2000, 6000), ["EUR"], 0.5, S),
    ("252010", "Natural gypsum rock, crushed, for cement", "import", ["sea"], ["MA", "OM"], (0.02, 0.05), (20000, 27000), ["USD"], None, S),
    ("250300", "Granulated elemental sulphur for fertiliser blending", "import", ["sea"], ["JO", "AE"], (0.15, 0.3), (18000, 26000), ["USD"], None, S),
    ("271019", "Re-refined base oil SN500, drums", "import", ["sea"], ["AE", "TR"], (1.0, 1.6), (10000, 20000), ["USD"], None, S),
    ("390769", "Recycled PET granules, food grade, certified process", "export", ["sea"], ["LB", "TR"], (1.0, 1.5), (18000, 24000), ["EUR"], None, S),
    ("850421", "Distribution transformers 630 kVA, new, mineral-oil filled", "export", ["sea"], ["JO", "LB"], (8, 14), (4000, 12000), ["EUR"], 0.0005, S),
    ("290244", "Mixed xylenes, technical grade, drums", "export", ["sea"], ["LB", "EG"], (1.0, 1.6), (8000, 16000), ["EUR"], None, S),
    ("282739", "Cupric chloride dihydrate, technical, 25 kg bags", "import", ["sea"], ["IL", "CN"], (2, 3.5), (4000, 10000), ["USD"], 0.04, S),
    ("850710", "Truck starter batteries, new, 12 V", "export", ["road"], ["TR", "RS"], (2, 3.5), (8000, 20000), ["EUR"], 0.03, S),
    ("280429", "Disposable balloon-helium cylinders, 22 l", "import", ["sea"], ["LB", "CN"], (3, 6), (2000, 6000), ["USD"], 0.25, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, drums", "import", ["sea"], ["IN", "US"], (1.0, 1.6), (8000, 16000), ["USD"], None, S),
    ("281121", "CO2 fire-suppression cylinders, 45 kg, new", "import", ["sea"], ["TR", "CN"], (2, 4), (2000, 6000), ["USD"], 0.015, S),
    ("390950", "Two-component PU spray-foam kits, water-blown", "import", ["sea"], ["JO", "TR"], (2, 3.5), (4000, 12000), ["USD"], 0.05, S),
    ("841850", "Booza and gelato display cabinets, R-290, new", "import", ["sea"], ["TR", "LB"], (6, 10), (1500, 4000), ["USD", "EUR"], 0.003, S),
    ("382499", "Water-based ultrasonic jewellery-cleaning concentrate", "import", ["express"], ["LB", "TR"], (10, 20), (1, 4), ["USD"], 0.2, S),
    ("841981", "Gas shawarma grills, stainless, new", "import", ["sea"], ["TR", "LB"], (6, 10), (1000, 4000), ["USD", "EUR"], 0.02, S),
    ("841199", "Industrial gas-turbine spare parts, for power plants", "export", ["air"], ["JO", "EG"], (200, 400), (100, 500), ["EUR"], 0.2, S),
    ("901480", "Fish finders for leisure boats, new, boxed", "export", ["air"], ["LB", "TR"], (60, 120), (100, 400), ["EUR"], 0.5, S),
    ("841370", "Swimming-pool circulation pumps, plastic body", "export", ["sea"], ["JO", "LB"], (8, 14), (2000, 6000), ["EUR"], 0.05, S),
    ("390120", "HDPE granules, blow-moulding grade", "import", ["sea"], ["SA", "QA"], (1.0, 1.4), (20000, 26000), ["USD"], None, S),
    ("900580", "Birdwatching spotting scopes, 20-60x", "export", ["air"], ["LB", "IL"], (150, 300), (100, 300), ["EUR"], 1, S),
    ("850440", "Frequency inverters for textile machines, 7.5 kW", "export", ["sea"], ["TR", "EG"], (25, 45), (1000, 4000), ["EUR"], 0.2, S),
    ("843420", "Plate pasteurisers for milk, new", "export", ["sea"], ["LB", "JO"], (20, 30), (2000, 6000), ["EUR"], 0.0003, S),
    ("830629", "Brass Phoenician-style souvenir figurines, new", "import", ["express"], ["LB"], (20, 40), (1, 3), ["USD"], 3, S),
    ("680292", "Jerusalem-stone carved planters, new", "import", ["sea"], ["IL", "PS"], (0.4, 0.8), (8000, 16000), ["USD"], 0.02, S),
    ("691390", "Raqqa-style glazed ceramic bowls, new", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR"], 2, S),
    ("740311", "Refined copper cathodes, grade A", "export", ["sea"], ["IL", "TR"], (7, 9), (20000, 25000), ["USD"], None, S),
    ("490199", "Printed Arabic Bibles, new edition", "import", ["air"], ["LB", "EG"], (5, 10), (100, 400), ["USD"], 1, S),
    ("711420", "Silver-plated tableware, new, boxed", "import", ["air"], ["LB", "TR"], (30, 60), (50, 200), ["USD"], 4, S),
    ("701399", "Petra sand-art souvenir bottles", "import", ["express"], ["JO"], (20, 40), (1, 3), ["USD"], 3, S),
    ("940599", "Damascus-style brass chandelier parts, new", "import", ["sea"], ["LB", "TR"], (6, 12), (1000, 3000), ["USD"], 0.5, S),
    ("442090", "Damascene-style inlaid wooden boxes, camel bone and shell, new", "import", ["express"], ["LB", "EG"], (40, 80), (1, 3), ["USD"], 3, S),
    ("920290", "Ouds (Arabic lutes), walnut and maple, new", "import", ["air"], ["LB", "TR"], (80, 160), (50, 200), ["USD"], 0.5, S),
    ("691390", "Ceramic tortoise money boxes, hand-painted", "import", ["post"], ["LB", "TR"], (10, 20), (1, 3), ["USD"], 4, S),
    ("392640", "Resin decorative birds (falcons, owls)", "import", ["post"], ["LB", "CN"], (10, 20), (1, 4), ["USD"], 1, S),
    ("330290", "Synthetic oud fragrance compound, 1 kg", "import", ["air"], ["JO", "AE"], (30, 60), (50, 200), ["USD"], 1, S),
    ("253090", "Desert-rose crystal clusters, souvenirs", "import", ["post"], ["JO", "MA"], (8, 15), (1, 4), ["USD"], 2, S),
    ("151590", "Black-seed (Nigella) oil, cold-pressed, 250 ml", "import", ["express"], ["JO", "EG"], (20, 40), (1, 3), ["USD"], 4, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144 and blind152,
# blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four
# new rows instead of blind152's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950490", "Backgammon sets, inlaid folding wooden boards", "import", ["sea"], ["LB", "EG"], (5, 9), (1000, 4000), ["USD"], 0.5, N),
        ("621490", "Cotton shemagh scarves, woven", "import", ["sea"], ["JO", "PK"], (6, 10), (2000, 6000), ["USD"], 8, N),
        ("701337", "Mouth-blown drinking glasses, recycled glass", "import", ["sea"], ["TR", "EG"], (2, 4), (3000, 8000), ["USD", "EUR"], 4, N),
        ("821000", "Brass hand coffee grinders, Turkish style", "import", ["post", "express"], ["TR", "JO"], (20, 40), (1, 3), ["EUR", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind160", 20521101, HERE)


if __name__ == "__main__":
    main()
