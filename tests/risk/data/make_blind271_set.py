#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-first blind set (tests/risk/data/blind271-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2071, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: mattresses, bedding, upholstery
and furniture foam (slabstock and moulded-foam makers and their chemical suppliers, mattress,
pillow, duvet and bedding makers and their shops, upholsterers and upholstery suppliers, bed and
sofa makers, bedding cleaners and sleep-product importers).
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
only where a real declaration would. Ids are BL271-*:

    python3 tests/risk/data/make_blind271_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2071, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2071
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HUROAD01", "road", "UA", [], "HU", "340290",
         "Концентрат для прання та відбілювання пуху й пір'я, каністри 20 л, 60 шт.", "UA", 1356, 60, 900, "EUR",
         "the concentrates duvet workshops use to wash and whiten goose down are mild, slightly alkaline soaps of about "
         "1.02 kg/l that foam in the hand; these 60 cans hold a water-clear, non-foaming liquid of 1.13 kg/l with vented "
         "caps that whitens and stings the skin and fizzes on a rusty nail: about 35 % hydrogen peroxide (Annex I above "
         "12 %), for a Budapest duvet-refill web shop that sells the cans to people re-filling old goose-down duvets at "
         "home: made available to members of the public, by road at Záhony; Ukrainian wording (hydrogen peroxide "
         "repeats in many sets and washing and whitening labels on it in several; a down- and feather-washing label "
         "was found in no earlier row by a keyword search)", firm("Vega Pehely Kft.", "HU")),
        ("PRE-02", "import", "ATAIR01", "express", "VN", [], "AT", "382499",
         "Hạt làm mát thay thế cho gối gel mát, túi 2 kg, 2 túi", "VN", 4.0, 2, 30, "USD",
         "the refill crystals sold for cooling-gel pillows are soft, clear sodium-polyacrylate beads that swell into a "
         "jelly in water; these two bags hold hard, white, opaque prills that turn ice-cold and vanish in water without "
         "swelling, test at 34 % N and melt and fume on a hot plate: ammonium nitrate (Annex I at 16 % N or more), sent "
         "by express from Ho Chi Minh City to a private person in Graz; Vietnamese wording (ammonium nitrate repeats in "
         "many sets and cold-pack refill labels on it in many, blind3, blind12, blind14, blind36 and blind69 among "
         "them, kept as a repeat of that family; a cooling-pillow refill label was found in no earlier row by a keyword "
         "search)", person("Frau S. Huber", "AT")),
        ("PRE-03", "import", "IEAIR01", "air", "PH", [], "IE", "380891",
         "Pamalit na pulbos para sa smoke bomb laban sa surot, 500 g, 200 supot", "PH", 100, 200, 600, "USD",
         "bed-bug smoke generators are sealed tins of a pyrethroid on a slow-burning base that the user lights and "
         "leaves, and nobody sells loose 'refill powder' by the half kilo; these 200 bags hold white, glistening "
         "crystals with no insecticide smell that flare violet-white with sugar on a match and whose inner bags read "
         "'KClO3': potassium chlorate (Annex I above 40 %), for a Dublin pest-control web shop that sells the bags to "
         "the public, flown from Manila; Tagalog wording (potassium chlorate repeats in many sets and bed-bug fogger "
         "labels in a few, on ozone goods, blind126 and blind175; a fogger refill-powder label on a precursor was found "
         "in no earlier row by a keyword search)", firm("Horizon Pest Supplies Ltd", "IE")),
        ("PRE-04", "import", "DEAIR01", "air", "JP", [], "DE", "380991",
         "綿布団わた用 防炎剤 (ホウ酸系), 1 kg袋, 300袋", "JP", 300, 300, 240000, "JPY",
         "the boric-acid flame retardants futon makers work into cotton batting are soft, slippery, pearly flakes that "
         "dissolve slowly and feel soapy; these 300 bags hold a hard, white, crystalline powder that is not slippery, "
         "flares fiercely with sugar on a hot plate and whose inner liners read 'KClO4': potassium perchlorate (Annex I "
         "above 40 %), for a Cologne futon workshop whose web shop sells the bags to people who make their own futons, "
         "flown from Osaka to Frankfurt; Japanese wording (potassium perchlorate repeats in many sets and a borax "
         "drape flame-proofing label once, blind243, on a precursor; a futon-batting flame-retardant label was found "
         "in no earlier row by a keyword search)", firm("Rivage Futon Manufaktur GmbH", "DE")),
        ("PRE-05", "import", "ITSEA01", "sea", "AL", [], "IT", "340290",
         "Pastrues i mbetjeve të çimentos për pllaka, 1 l, 1.200 shishe", "AL", 2210, 1200, 1800, "EUR",
         "cement and grout residue removers for new tiles are sulphamic or dilute hydrochloric acid gels of about "
         "1.1 kg/l that smell of acid; these 1,200 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot "
         "with a drop of water and chars the cardboard where it leaked, for a Bari tile-shop chain that sells the "
         "bottles over the counter: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, by sea from Durrës to Bari; Albanian wording (sulphuric acid repeats in many sets and descaler and "
         "pH-down labels on it in several, blind43 and blind47 among them; a cement-residue remover label once, "
         "blind83, on nitric acid, kept as a repeat of the label; on sulphuric acid for a tile-shop chain, by sea from "
         "Albania, is the new part as far as a search found)", firm("Meridian Ceramiche Srl", "IT")),
        ("PRE-06", "import", "ESPOST01", "post", "MX", [], "ES", "380891",
         "Polvo antiácaros para colchones, 2 bolsas de 1 kg (paquete 1 de 4)", "MX", 2.0, 2, 25, "USD",
         "anti-mite powders for mattresses are fine, off-white tannic-acid or benzyl-benzoate dusts that smell of tea "
         "or balsam and are brushed off after an hour; these bags hold coarse, white, odourless crystals that dissolve "
         "at once, flare with sugar on a match and whose inner bags read 'clorato de sodio', the first of four 2 kg "
         "parcels posted on the same day from Guadalajara to the same private address in Zaragoza, each kept at a "
         "parcel weight: sodium chlorate (Annex I above 40 %) made available to a member of the public; Mexican Spanish "
         "wording (sodium chlorate repeats in many sets and split postal consignments in a few; an anti-mite mattress "
         "powder split over four parcels was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("PRE-07", "import", "PTAIR01", "air", "BR", [], "PT", "340590",
         "Abrilhantador para camas de latão, frasco de 1 litro, 240 frascos", "BR", 336, 240, 4800, "BRL",
         "brass-bed brighteners are pink, creamy polishes or mild citric dips of about 1.05 kg/l; these 240 bottles "
         "hold a water-clear to pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow "
         "and turns a tarnished brass rail bright pink in seconds: about 65 % nitric acid (Annex I above 3 %), for a "
         "Porto brass-bed restorer whose web shop sells the bottles to the public, flown from São Paulo to Lisbon; "
         "Brazilian Portuguese wording (nitric acid repeats in many sets and metal-brightening labels on it in several; "
         "a brass-bed label was found in no earlier row by a keyword search)", firm("Atlântico Camas de Latão Lda", "PT")),
        ("PRE-08", "import", "ROSEA01", "sea", "GE", [], "RO", "381400",
         "ქაფის სპრეი-წებოს გამხსნელი რბილი ავეჯისთვის, 5 ლ, 200 კანისტრი", "GE", 1140, 200, 1600, "EUR",
         "thinners for the spray glues upholsterers use on foam are acetone or hydrocarbon blends of 0.75-0.8 kg/l "
         "that smell of nail-varnish remover and flash off in seconds; these 200 cans hold an oily, faintly fruity "
         "liquid of 1.14 kg/l that evaporates slowly and burns with a yellow flame, and the filler's drum label under "
         "the sticker reads 'CH3NO2': nitromethane (Annex I above 16 %), for a Constanța upholstery-supplies shop whose "
         "web shop sells the cans to the public and to model-engine hobbyists, by sea from Poti; Georgian wording "
         "(nitromethane repeats in many sets and shoe-glue thinner labels in a few, blind78, blind111, blind186; a "
         "spray-glue thinner label for upholstery foam was found in no earlier row by a keyword search)", firm("Vega Tapițerie SRL", "RO")),
        ("PRE-09", "import", "HRROAD01", "road", "RS", [], "HR", "283699",
         "Кисеонички избељивач за прање јоргана и јастука, кутије 1 кг, 1.200 кутија", "RS", 1200, 1200, 2400, "EUR",
         "oxygen bleach for washing duvets and pillows is sodium percarbonate, white granules that fizz and give off "
         "oxygen in warm water; these 1,200 boxes hold a fine, white, hygroscopic powder that does not fizz, turns damp "
         "in the open box and burns fiercely with sugar: sodium perchlorate (Annex I above 40 %), retail-packed for "
         "members of the public by a Zagreb laundry-supplies wholesaler, by road at Bajakovo; Serbian wording in "
         "Cyrillic (sodium perchlorate repeats in many sets and percarbonate and oxygen-bleach labels in several, "
         "blind47, blind73, blind74 and blind173 among them; a duvet- and pillow-washing label was found in no earlier row by a keyword "
         "search)", firm("Orion Praonica d.o.o.", "HR")),
        ("PRE-10", "import", "BEAIR01", "air", "CA", [], "BE", "340290",
         "Shampooing pour meubles rembourrés, faible mousse, bidons 5 L, 80 bidons", "CA", 420, 80, 1600, "CAD",
         "an upholstery-cleaning supply shipment for a Ghent franchise that sells its cleaning kits to the public: "
         "upholstery shampoo and spotting brushes are what the Montréal maker sends, but the third item's 'activateur "
         "de prédétachage oxygéné' is 40 cans of a water-clear, non-foaming liquid of 1.20 kg/l with vented caps that "
         "whitens the skin and fizzes on rust: about 50 % hydrogen peroxide (Annex I above 12 %), made available to "
         "members of the public, hidden as the last item of a three-item declaration, flown from Montréal to Brussels; "
         "Canadian French wording (hydrogen peroxide repeats in many sets and a carpet pre-spray label once, blind219, "
         "on another good; an upholstery pre-spotting booster behind shampoo and brushes was found in no earlier row by "
         "a keyword search)",
         dict(firm("Horizon Meubelreiniging BV", "BE"),
              _more_items=[item("960390", "Brosses de détachage pour tissus d'ameublement, 200 pièces", "CA", 40, 600, "CAD", qty=200),
                           item("340290", "Activateur de prédétachage oxygéné, bidons 5 L, 40 bidons", "CA", 240, 400, "CAD", qty=40)])),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "720449",
         "Federkerne aus der Matratzenzerlegung, Stahlschrott, sortenrein, gepresst, 22 t", "DE", 22000, None, 5500, "EUR",
         "spring units from mattress dismantling are sold as clean, baled steel scrap once the foam, felt and ticking "
         "have been stripped off by hand; these bales are whole Bonnell and pocket-spring mattresses with only the "
         "ticking slit, still holding foam, coir felt, fleece and glued fabric, wet and mouldy, from a Duisburg "
         "bulky-waste sorting yard, bought by a Mundra 're-roller': mixed bulky household waste (Y46), not on the green "
         "list, exported to a non-OECD country without the notification and consent the shipment regulation requires, "
         "from Hamburg; German wording (end-of-life mattresses repeat in several sets, blind5, blind149, blind207, under "
         "mattress and recycling labels; a spring-unit steel-scrap label was found in no earlier row by a keyword "
         "search)", {"importer_country": "IN"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "290312",
         "Cloruro di metilene rigenerato, per sverniciatori, fusti da 250 kg, 64 fusti", "IT", 16000, 64, 3200, "EUR",
         "regenerated methylene chloride is water-clear, distilled and sold with a purity certificate at about 1 EUR/kg; "
         "these 64 drums, at 0.20 EUR/kg, hold a brown, two-layer liquid with a crust of cured polyurethane and an amine "
         "smell, drained from the mixing-head flushing of a Brianza slabstock-foam plant and its moulded-pillow line: "
         "spent halogenated solvent (07 02 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Genoa to Radès for a Tunis 'paint-stripper maker'; Italian wording (dichloromethane repeats in many sets, "
         "mostly as a label on ozone goods; a foam plant's spent flushing solvent as regenerated methylene chloride was "
         "found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "390729",
         "Poliol poliéter fuera de especificación para espuma flexible, bidones de 220 kg, 80 bidones", "ES", 17600, 80,
         4400, "EUR",
         "off-spec polyether polyol is a clear, pale-yellow, honey-thick liquid sold at a discount to foamers; these 80 "
         "drums hold a black, tarry, partly set residue that smells sharply of isocyanate, skins over in the air and "
         "foams with water: distillation residues of a toluene diisocyanate (TDI) plant (07 02 08*), hazardous waste "
         "whose export to a non-OECD country is banned, from Tarragona to Casablanca for a Berrechid 'foam maker'; "
         "Spanish wording (isocyanate wastes repeat in a few sets, expired polymeric MDI as prime once, blind184; TDI "
         "residues under an off-spec polyol label were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-04", "export", "MTSEA01", "sea", "MT", [], "LY", "940161",
         "Sufan u pultruni użati, f'kundizzjoni tajba, għall-bejgħ mill-ġdid, 260 biċċa", "MT", 9000, 260, 2600, "EUR",
         "used sofas and armchairs for resale are clean, whole suites sold by the piece at a few tens of euros; these "
         "260 are stained, torn and water-damaged pieces from Malta's bulky-waste collections, foam spilling from some, "
         "whose pre-2000 foam and covers read several thousand mg/kg of penta- and octabromodiphenyl ethers on an XRF "
         "screen: upholstered domestic seating with POPs above the limits of Regulation 2019/1021, waste that must be "
         "destroyed, and household waste (Y46) exported to a non-OECD country without notification, from Marsaxlokk to "
         "Misrata; Maltese wording (PBDE foam once, blind171, on car-seat foam, and used sofas in used-goods containers "
         "in several; sofas for reuse from Malta to Libya were found in no earlier row by a keyword search)",
         {"importer_country": "LY"}),
        ("WST-05", "export", "FISEA01", "sea", "FI", [], "NG", "630110",
         "Sähköpeitot ja lämpöpatjat, käytetyt, toimivat ja testatut, 6 000 kpl", "FI", 9000, 6000, 6000, "EUR",
         "working second-hand electric blankets for reuse are folded, each with its controller and a test tag; these "
         "6,000 are a Helsinki electrical-waste collector's intake, with cut flexes, burnt and kinked heating wires, "
         "missing or cracked controllers and mouse-chewed pads, baled by weight at 1 EUR each for a Lagos market "
         "trader: waste electrical equipment (e-waste, Y49 since 2025) exported to a non-OECD country without the prior "
         "informed consent it needs, from Kotka to Lagos; Finnish wording (e-waste as tested second-hand goods repeats "
         "in many sets; electric blankets and heated mattress pads were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "KE", "940429",
         "Brugte vekseltryksmadrasser med kompressor, til genbrug, 180 sæt", "DK", 3600, 180, 5400, "EUR",
         "used alternating-pressure mattress systems for reuse are cleaned, tested and packed with a decontamination "
         "certificate, the pump boxed; these 180 come unwashed from a Danish regional hospital's isolation wards, the "
         "air cells stained and holed, the urine- and blood-soaked covers still on, the pumps cracked and with lead-acid "
         "back-up batteries, for a Nairobi 'medical-equipment charity': infectious clinical waste (Y1, 18 01 03*) with "
         "e-waste and batteries, hazardous waste whose export to a non-OECD country is banned, from Aarhus to Mombasa; "
         "Danish wording (hospital mattresses once, blind231, under a foam-offcut label, and hospital linen in several; "
         "alternating-pressure mattress systems were found in no earlier row by a keyword search)",
         {"importer_country": "KE"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "VN", "390690",
         "Acrylaatdispersie, tweede keus, voor textielcoating, IBC's van 1.000 l, 20 stuks", "BE", 22000, 20, 2200,
         "EUR",
         "second-grade acrylic dispersion is a milky, even, sweet-smelling latex sold with a data sheet; these 20 IBCs "
         "hold a grey-white, settled slurry with a hard cake of antimony trioxide and decabromodiphenyl ether at the "
         "bottom, scraped and flushed from the back-coating lines of a Kortrijk upholstery-velvet finisher: "
         "flame-retardant coating sludge with a POP above its limit (decaBDE, Regulation 2019/1021) and antimony, "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Hai Phong; Flemish wording "
         "(decaBDE repeats twice, blind210 and blind233, and back-coated trimmings once, blind186; a back-coating "
         "slurry under a second-grade acrylic dispersion label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-08", "export", "SKROAD01", "road", "SK", [], "UA", "440122",
         "Drevná štiepka na vykurovanie, listnatá, 22 t", "SK", 22000, None, 1100, "EUR",
         "hardwood heating chips are clean, fresh-smelling chips of sawmill offcuts and forest residues; these 22 t are "
         "shredded railway sleepers from a track renewal, black, oily and smelling of tar, with bolts and plate "
         "fragments in the load: creosote-treated wood (17 02 04*), hazardous waste whose export to a non-OECD country "
         "is banned, at Vyšné Nemecké for an Uzhhorod boiler house; Slovak wording (creosoted sleepers repeat in "
         "several sets under firewood and chip labels, kept as a repeat; from Slovakia to Ukraine by road is the new "
         "part as far as a search found)", {"importer_country": "UA"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "720449",
         "Sucata ferrosa: filtros de óleo usados, escorridos e prensados, 18 t", "PT", 18000, None, 3600, "EUR",
         "drained used oil filters sold as ferrous scrap are crushed, hot-drained and dry; these 18 t are whole filters "
         "straight from Lisbon garages, full of black oil that pools in the container, with their rubber seals and "
         "paper elements: used oil filters (16 01 07*), hazardous waste whose export to a non-OECD country is banned, "
         "from Lisbon to Luanda; Portuguese wording (oil filters repeat in many sets under scrap labels, kept as a "
         "repeat; from Portugal to Angola is the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-10", "export", "CYSEA01", "sea", "CY", [], "LB", "271019",
         "Μείγμα ναυτιλιακού καυσίμου, ανακτημένο, δεξαμενή ISO, 24 τόνοι", "CY", 24000, None, 4800, "EUR",
         "a recovered marine fuel blend is a dark, even, water-free oil with a laboratory report giving its viscosity "
         "and sulphur; this ISO tank holds a stinking, emulsified mix of oily sludge and bilge water, a third of it "
         "water, with rags and sediment, collected from ships at Limassol's reception facility: waste oils and oil-water "
         "mixtures (Y8, Y9), hazardous waste whose export to a non-OECD country is banned, from Limassol to Tripoli; "
         "Cypriot Greek wording (ship sludge under fuel labels repeats in many sets, kept as a repeat; from Cyprus to "
         "Lebanon is the new part as far as a search found)", {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ROSEA01", "sea", "IN", [], "RO", "290312",
         "સ્લેબસ્ટોક ફોમ માટે મિથિલીન ક્લોરાઇડ (સહાયક બ્લોઇંગ એજન્ટ), 270 કિગ્રા ડ્રમ, 60 ડ્રમ", "IN", 16200, 60,
         9000, "USD",
         "methylene chloride sold as an auxiliary blowing agent for slabstock foam is a heavy (1.33 kg/l), "
         "sweet-smelling liquid that boils at 40 °C; these 60 drums hold a liquid of 1.24 kg/l that boils in the warm "
         "hand at 32 °C and swells the drums in the sun, and a head-space test reads 1,1-dichloro-1-fluoroethane: "
         "HCFC-141b, whose import into the Union is banned, by sea from Mundra to Constanța for a Bacău mattress-foam "
         "maker; Gujarati wording (HCFC-141b repeats in many sets and dichloromethane labels on ozone goods in several, "
         "blind107, blind167, blind169; an auxiliary-blowing-agent label for slabstock foam was found in no earlier row "
         "by a keyword search)", firm("Delta Spumă SRL", "RO")),
        ("OZN-02", "import", "BGSEA01", "sea", "CN", [], "BG", "390729",
         "软质块泡床垫用聚醚多元醇组合料 (水发泡), 200公斤桶, 80桶", "CN", 16000, 80, 28000, "USD",
         "a pre-blended, water-blown polyol system for slabstock mattress foam is an amber, honey-thick blend that sits "
         "unpressurised in its drum; these 80 drums hiss when the bung is eased, the blend is thin and smells faintly "
         "of ether, and a head-space test reads trichlorofluoromethane at some 12 %: a polyol pre-blend containing "
         "CFC-11, a controlled substance whose import into the Union is banned in mixtures as well, by sea from Ningbo to "
         "Varna for a Plovdiv mattress maker; Chinese wording (CFC-11 in polyol systems repeats in several sets, blind13, "
         "blind41, blind72, and water-blown polyol labels on ozone goods twice, blind188 and blind235, kept as a repeat "
         "of that family; a slabstock mattress-foam polyol label was found in no earlier row by a keyword search)",
         firm("Vega Matratsi EOOD", "BG")),
        ("OZN-03", "import", "GRSEA01", "sea", "JO", [], "GR", "281290",
         "فلوريد السلفوريل لتبخير بق الفراش في الفنادق، أسطوانات 50 كغ، 40 أسطوانة", "JO", 2000, 40, 16000, "USD",
         "sulfuryl fluoride for the structural fumigation of bed-bug-infested hotels and furniture stores is a gas at "
         "about 17 bar in steel cylinders, odourless and sold with a warning agent; these 40 cylinders read 2 bar, hold "
         "a liquid of 1.73 kg/l, smell faintly of chloroform at the valve, and the stamps under the paint read "
         "'CH3Br': methyl bromide, whose import into the Union is banned (no quarantine exemption remains), by sea from "
         "Aqaba to Piraeus for an Athens firm that fumigates hotel bedding and furniture; Jordanian Arabic wording "
         "(methyl bromide repeats in many sets and sulfuryl-fluoride labels on it in several, blind102 among them, kept "
         "as a repeat of that family; a bed-bug hotel-fumigation label was found in no earlier row by a keyword search)",
         firm("Meridian Apentomosi AE", "GR")),
        ("OZN-04", "import", "CYAIR01", "air", "AM", [], "CY", "290323",
         "Պերքլորէթիլեն՝ վերմակների և բարձերի քիմմաքրման համար, 25 լ տարաներ, 40 հատ", "AM", 1570, 40, 1800, "USD",
         "perchloroethylene for dry-cleaning duvets and pillows is a heavy (1.62 kg/l), sweet-smelling liquid that "
         "boils at 121 °C and leaves the hand slowly; these 40 cans hold 1.57 kg/l of a liquid that boils at 48 °C, "
         "chills the skin and is gone in seconds, and a laboratory test reads 1,1,2-trichloro-1,2,2-trifluoroethane: "
         "CFC-113, whose import into the Union is banned, flown from Yerevan to Larnaca for a Limassol duvet-and-pillow "
         "dry cleaner; Armenian wording (CFC-113 repeats in many sets and perchloroethylene labels on ozone goods in "
         "many; a duvet dry-cleaning label was found in no earlier row by a keyword search)",
         firm("Atlantic Dry Cleaning Ltd", "CY")),
        ("OZN-05", "import", "DKSEA01", "sea", "TH", [], "DK", "841582",
         "เครื่องทำความเย็นสำหรับที่นอน (ระบบปรับอุณหภูมิเตียง), 200 เครื่อง", "TH", 3600, 200, 24000, "USD",
         "the bed-cooling units sold in the Union pump chilled water or air through a mattress pad with a "
         "thermoelectric module or a small R-290 compressor, and say so on the plate; these 200 name no refrigerant on "
         "their plates, the compressors are stamped 'R22' under the sticker, and a leak detector at the service valves "
         "names chlorodifluoromethane: equipment relying on HCFC-22, which may not be placed on the Union market "
         "(Regulation 2024/590), by sea from Laem Chabang to Aarhus for a Copenhagen sleep-products shop; Thai wording "
         "(HCFC-22 equipment repeats in many sets; bed-cooling units for mattresses were found in no earlier row by a "
         "keyword search)", firm("Nordhafen Søvn ApS", "DK")),
        ("OZN-06", "import", "ITAIR01", "air", "CL", [], "IT", "340399",
         "Desmoldante para moldes de almohadas de espuma moldeada, bidones de 20 l, 30 bidones", "CL", 954, 30, 1500,
         "USD",
         "release agents for moulded-foam pillow and seat moulds are wax or silicone emulsions in water or "
         "hydrocarbons of 0.8-1.0 kg/l; these 30 cans hold a water-clear liquid of 1.59 kg/l that does not burn, smells "
         "sweet like chloroform and evaporates cold from the hand: carbon tetrachloride, whose import into the Union is "
         "banned, flown from Santiago to Milan for a Brianza moulded-pillow maker; Chilean Spanish wording (carbon "
         "tetrachloride repeats in many sets and mould-release labels on ozone goods in several, blind40, blind63, "
         "blind102, blind138; a moulded-foam pillow label was found in no earlier row by a keyword search)",
         firm("Alpina Guanciali Srl", "IT")),
        ("OZN-07", "import", "GRROAD01", "road", "MK", [], "GR", "380991",
         "Заштитен спреј против дамки за тапацир и душеци, 400 ml, 4.800 конзерви", "MK", 2300, 4800, 7200, "EUR",
         "fabric-protector sprays for sofas and mattresses carry a fluoropolymer in a hydrocarbon solvent with a "
         "propane-butane propellant and a flammable mark; these 4,800 cans carry no flame mark, do not catch at a flame, "
         "chill the hand and smell sweet, and the laboratory gives 1,1,1-trichloroethane as the solvent: methyl "
         "chloroform in aerosol products, which may not be placed on the Union market (Regulation 2024/590), in a lorry "
         "at Evzonoi for a Thessaloniki upholstery-cleaning supplier; Macedonian wording (methyl chloroform repeats in "
         "many sets under cleaner, degreaser and adhesive labels; a fabric-protector label for upholstery and "
         "mattresses was found in no earlier row by a keyword search)", firm("Orion Tapetsaries AE", "GR")),
        ("OZN-08", "import", "ITSEA01", "sea", "EG", [], "IT", "940490",
         "مخدات ميموري فوم، مضغوطة بالتفريغ، 6000 مخدة", "EG", 7200, 6000, 18000, "USD",
         "memory-foam pillows blown with water or pentane smell faintly of amine when unpacked and hold no gas; when "
         "these 6,000 were cut open at the laboratory the closed, slow-recovery cells gave off a sweet smell and a "
         "head-space test read trichlorofluoromethane: pillows whose foam was blown with CFC-11, products containing a "
         "controlled substance that may not be placed on the Union market (Regulation 2024/590), by sea from Alexandria "
         "to Salerno for a Naples bedding wholesaler; Egyptian Arabic wording (CFC-11-blown foam products repeat in a "
         "few sets, memory-foam prayer mats once, blind199, kept as a repeat of that family; memory-foam pillows were "
         "found in no earlier row by a keyword search)", firm("Meridian Cuscini Srl", "IT")),
        ("OZN-09", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "381400",
         "Agent de spălare pentru capetele de amestec ale mașinilor de spumare PU, butoaie de 250 kg, 48 butoaie", "CN",
         12000, 48, 7200, "USD",
         "the flushing agents for the mixing heads of PU foaming machines are NMP-free ester, carbonate or glycol-ether "
         "blends of about 1.0-1.1 kg/l that burn; these 48 drums weigh 1.24 kg/l, do not burn, boil in the warm hand at "
         "32 °C, and the filler's drum heads read '141b': HCFC-141b (1,1-dichloro-1-fluoroethane), moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Constanța in transit from Shanghai to a "
         "Chișinău mattress-foam plant; Romanian wording (HCFC-141b repeats in many sets and PU mixing-head flushing "
         "labels in three, blind110, blind210, blind260, kept as a repeat of the label; a transit through Constanța to "
         "Moldova is the new part as far as a search found)", {"importer_country": "MD"}),
        ("OZN-10", "import", "ESSEA01", "sea", "MA", [], "ES", "392113",
         "Plaques de mousse polyuréthane, densité 30 kg/m³, 600 plaques", "MA", 2160, 600, 4200, "EUR",
         "a Tangier upholstery-supplies lorry for a Seville sofa maker: foam sheets and seat webbing are what Moroccan "
         "converters send, but the third item's 'colle contact en bidon pressurisé' are 60 canister adhesives whose "
         "propellant, by the valve stamps and a leak detector, is HCFC-22 instead of the HFC-134a on the label: "
         "products containing a controlled substance, whose placing on the Union market is banned (Regulation "
         "2024/590), hidden as the last item of a three-item declaration, on the ferry from Tanger Med to Algeciras; "
         "Moroccan French wording (spray and contact adhesives repeat on ozone goods in several sets, blind59, blind125, "
         "blind186, blind262; a canister adhesive behind foam sheets and webbing was found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Tapicería SL", "ES"),
              _more_items=[item("580620", "Sangles élastiques pour sièges, 400 rouleaux", "MA", 800, 2400, "EUR", qty=400),
                           item("350691", "Colle contact en bidon pressurisé (propulseur HFC-134a), 22 l, 60 bidons", "MA", 1380, 3000, "EUR", qty=60)])),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "express", "HK", [], "NL", "691390",
         "仿宋磁州窯白地黑花瓷枕, 工藝品仿製, 2件", "CN", 6, 2, 80, "USD",
         "reproduction Cizhou ceramic pillows are freshly fired, evenly glazed and clean at the foot; these two are "
         "bean-shaped stoneware pillows painted in black slip on a white ground with a tiger and a poem, the glaze "
         "crazed and iridescent in patches, with root marks and dry loess in the vent hole: Song and Jin dynasty "
         "(12th-13th century) tomb pillows, archaeological objects whose export China forbids, brought in without the "
         "import licence Regulation 2019/880 requires, sent by express from Hong Kong to a private buyer in Utrecht; "
         "Chinese wording (Song-dynasty ceramics repeat in several sets, Jun bowls, tenmoku and clay whistles among "
         "them; ceramic pillows were found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("CUL-02", "import", "BEAIR01", "air", "AE", [], "BE", "442090",
         "African wooden neck rest, decorative, 1 pc", "KE", 3, 1, 120, "USD",
         "African wooden neck rests sold as decor are new, pale, stained and rough-sanded; this one is a three-part "
         "headrest of dense, dark acacia with a fluted pillar, dowel holes, a line of hieratic ink on the base naming "
         "its owner and traces of gesso and resin: an Egyptian Middle Kingdom tomb headrest (about 2000 BC), an "
         "archaeological object removed against Egypt's export ban and brought in without the import licence "
         "Regulation 2019/880 requires, flown from Dubai to Brussels for a bedding boutique's 'sleep-culture' corner; "
         "English wording (African headrests repeat in several sets, Zulu, Luba and a split caryatid headrest, blind55, "
         "blind147, blind167; an Egyptian tomb headrest as a decorative neck rest was found in no earlier row by a "
         "keyword search)", firm("Rivage Literie SA", "BE")),
        ("CUL-03", "import", "DEROAD01", "road", "TR", [], "DE", "630260",
         "Pamuklu bornoz ve havlu takımları, 2.000 adet", "TR", 1800, 2000, 9000, "EUR",
         "a Denizli home-textile lorry for a Stuttgart bedding and home-textile shop: towels, bathrobes and new kilim "
         "cushion covers are what Denizli mills send, but the third item's 'eski yastık yüzü, dekoratif' are 12 "
         "hand-knotted wool cushion faces with Ladik and Konya niche designs, abrashed vegetable dyes, corroded browns "
         "and old repairs: 18th- and 19th-century Anatolian yastıks, cultural property whose export Türkiye forbids, "
         "brought in against Regulation 2019/880 (Article 3(1)), hidden as the last item of a three-item declaration, "
         "by road through Kapitan Andreevo; Turkish wording (old Anatolian rugs and kilims repeat in several sets, under "
         "new-kilim labels once, blind107; yastık cushion faces behind new kilim cushion covers were found in no earlier "
         "row by a keyword search)",
         dict(firm("Orion Heimtextilien GmbH", "DE"),
              _more_items=[item("630499", "Kilim yastık kılıfı, el dokuma, yeni, 1.500 adet", "TR", 600, 6000, "EUR", qty=1500),
                           item("570110", "Eski yastık yüzü, dekoratif, 12 adet", "TR", 18, 240, "EUR", qty=12)])),
        ("CUL-04", "export", "FRSEA01", "sea", "FR", [], "US", "940350",
         "Lit à la polonaise, reproduction de style Louis XVI, bois peint, 1 pièce", "FR", 180, 1, 3500, "EUR",
         "a Louis XVI-style reproduction bed is new beech, machine-carved and spray-lacquered; this one has hand-cut "
         "joints, wrought-iron bed bolts, layers of grey-blue and white paint over gesso, the stamp 'G·IACOB' on a rail "
         "and a dome still hung with its faded silk lampas: a lit à la polonaise by a Paris menuisier of about 1785, an "
         "antique over 100 years old worth some 250,000 EUR, exported without the EU export licence (Regulation "
         "116/2009) and the French certificate, by sea from Le Havre for a Palm Beach decorator; French wording (a "
         "polonaise once, blind262, in a rug's design; a reproduction-bed label on a period bed was found in no earlier "
         "row by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "import", "CYSEA01", "sea", "LB", [], "CY", "940350",
         "سرير خشبي مطعّم بالصدف على الطراز الشامي، صنع حديث، قطعة واحدة", "LB", 140, 1, 900, "USD",
         "new Damascene-style inlaid beds are machine-cut walnut veneer with plastic or thin shell strips under a "
         "lacquer shine; this one is solid walnut with hand-cut mother-of-pearl, bone and silver-wire marquetry, a "
         "carved cartouche dated 1298 AH (1881) with a Damascus workshop's name, and house plaster in the joints: a "
         "19th-century bridal bed from a Damascus house, Syrian cultural property brought in against Regulation "
         "36/2012, which forbids importing Syrian cultural goods removed unlawfully since 2011, by sea from Beirut to "
         "Limassol for a Nicosia furniture dealer; Syrian Arabic wording (Damascene inlaid boxes and ouds once, "
         "blind160, on wildlife; a Damascene bridal bed under a new inlaid-bed label was found in no earlier row by a "
         "keyword search)", firm("Vega Furniture Ltd", "CY")),
        ("CUL-06", "import", "FRAIR01", "air", "IN", [], "FR", "630419",
         "Hand-painted kalamkari bedspread, cotton, natural dyes, new, 1 pc", "IN", 3, 1, 90, "USD",
         "a new kalamkari bedspread is crisp cotton with bright alum-madder reds and fresh, even outlines; this one is "
         "a soft, thin, glazed chintz with a flowering tree on a rocky mound, faded indigo greens, a Dutch East India "
         "Company bale mark and an old collection stamp in a corner: an 18th-century Coromandel palampore, an antiquity "
         "whose export India's Antiquities and Art Treasures Act forbids, brought in against Regulation 2019/880 "
         "(Article 3(1)), flown from Chennai to Paris for a bed-linen house; Indian English wording (a kalamkari label "
         "once, blind229, on a hanging; a palampore under a new kalamkari bedspread label was found in no earlier row "
         "by a keyword search)", firm("Horizon Linge de Lit SARL", "FR")),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "940391",
         "Testiera da letto in legno intagliato e dipinto, stile veneziano, riproduzione, 1 pezzo", "IT", 40, 1, 600,
         "EUR",
         "Venetian-style reproduction headboards are new poplar with printed or stencilled flowers under a glossy "
         "varnish; this one is a carved and pierced limewood bed head with gilded scrolls, a Madonna painted in a "
         "cartouche, worm channels under the gesso and the old inventory seal of a Treviso villa: a Venetian bed head of "
         "about 1700, an antique over 100 years old worth some 70,000 EUR, exported without the EU export licence "
         "(Regulation 116/2009) and Italy's certificate of free circulation, on a van at Chiasso for a Lugano dealer; "
         "Italian wording (painted headboards repeat twice, blind90 and blind100, on imports; a Venetian-style "
         "reproduction headboard exported to Switzerland was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-08", "transit", "ESAIR01", "air", "GT", ["ES"], "JP", "691390",
         "Vasija de cerámica pintada a mano, artesanía de Antigua, 1 pieza", "GT", 2, 1, 60, "USD",
         "a painted pot from the Antigua craft market is new, bright and evenly fired; this cylinder vessel has a "
         "burnished cream slip painted with a seated lord and a band of glyphs, worn at the rim, with root etching and "
         "a chalky crust inside: a Late Classic Maya polychrome vase (7th-8th century) dug in the Petén, an "
         "archaeological object whose export Guatemala forbids, landed at Madrid in transit to a Tokyo dealer, against "
         "Regulation 2019/880 (Article 3(1)), which covers transit; Guatemalan Spanish wording (Maya polychromes repeat "
         "in many sets and Guatemalan objects in transit through Spain in three, blind70, blind237, blind260, kept as a "
         "repeat; a vase bound for Tokyo is the new part as far as a search found)",
         {"importer_country": "JP"}),
        ("CUL-09", "import", "DKPOST01", "post", "ID", [], "DK", "482010",
         "Buku catatan kulit kayu, kerajinan Batak, 2 buah", "ID", 1.2, 2, 40, "USD",
         "Batak bark craft notebooks are new, pale, blank and stitched; these two are accordion-folded books of alim "
         "bark written in soot ink in Batak script with divination tables and serpent drawings, between worn, carved "
         "wooden covers tied with a cord: Batak pustaha (19th century or earlier), cultural property removed against "
         "Indonesia's heritage law and brought in against Regulation 2019/880 (Article 3(1)), posted from Medan to a "
         "private buyer in Copenhagen; Indonesian wording (pustaha repeat in three sets, blind53, blind81, blind100, "
         "under bark-notebook labels, kept as a repeat; to Denmark by post is the new part as far as a search found)",
         person("Mette Hansen", "DK")),
        ("CUL-10", "import", "SEPOST01", "post", "IQ", [], "SE", "711620",
         "مووروی بەردی دەستکرد، ٢٠ دانە", "IQ", 0.3, 20, 25, "USD",
         "handmade stone beads are round or faceted, drilled with a modern bit and polished bright; these 20 are small, "
         "worn cylinders of haematite, chalcedony and lapis, bored lengthwise from both ends and cut with reversed "
         "scenes of worshippers and lines of cuneiform that roll out on clay: Mesopotamian cylinder seals (3rd-1st "
         "millennium BC) dug in Iraq, whose export Iraq forbids and whose import Regulations 1210/2003 and 2019/880 "
         "forbid, posted from Erbil to a private person in Malmö; Sorani Kurdish wording (cylinder seals under "
         "stone-bead labels repeat in several sets, blind18, blind24, blind28, blind112, kept as a repeat; in Sorani "
         "Kurdish by post from Erbil to Malmö is the new part as far as a search found)",
         person("Karin Andersson", "SE")),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "LB", "382499",
         "Verknoper voor koudschuim (HR-schuim), vaten van 200 l, 80 vaten", "NL", 17920, 80, 26000, "EUR",
         "the crosslinkers for cold-cure (HR) moulded foam are diethanolamine blends, 85 % in water, that stay liquid "
         "and come with a data sheet; these 80 drums hold 99 % triethanolamine, a viscous amine that half sets in the "
         "cold, with the maker's CAS 102-71-6 on the inner labels, for a Beirut trader whose freight goes on by road to "
         "a Damascus 'foam plant' that has made no mattresses in years: triethanolamine, a chemical-weapons precursor "
         "(CWC Schedule 3, dual-use 1C350) exported without the licence Regulation 2021/821 requires, for an end user "
         "in Syria, from Rotterdam; Dutch wording (triethanolamine repeats in many sets; a cold-cure foam crosslinker "
         "label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-02", "export", "ITAIR01", "air", "IT", [], "AE", "560290",
         "Feltro ignifugo in PAN ossidato per materassi, bobine, 2.400 kg", "IT", 2400, None, 14000, "EUR",
         "oxidised-PAN fire-barrier felt for mattresses is a black, soft, non-woven batt of crimped fibre that chars "
         "but does not burn and sells at a few euros a kilo; these bobbins hold untwisted, shiny, stiff carbon-fibre "
         "tow of 12,000 filaments with an epoxy sizing, T800-class on the mill certificate and worth some forty times "
         "the declared value, for a Dubai 'bedding supplier' whose earlier freight went on by dhow to Bandar Abbas: "
         "carbon fibre controlled under dual-use 1C010 (and the MTCR) and listed in the Iran regulation, exported "
         "without a licence, flown from Milan; Italian wording (carbon fibre repeats in many sets; an oxidised-PAN "
         "mattress fire-barrier label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "CZROAD01", "road", "CZ", [], "KG", "847780",
         "CNC řezačka polyuretanové pěny s oscilačním nožem, 1 ks", "CZ", 9000, 1, 38000, "EUR",
         "CNC oscillating-knife foam cutters are light gantries with a vibrating blade over a vacuum table, a tonne or "
         "two at most; this 9 t crate holds a five-axis simultaneous machining centre with a tilting spindle head, "
         "linear scales and a contouring control, some 400,000 EUR on the maker's list, for a Bishkek 'mattress "
         "factory' registered last year whose forwarder shares an address with a Tula defence supplier: a machine tool "
         "controlled under dual-use 2B001 and of a kind whose export to Russia and re-export through third countries "
         "Regulation 833/2014 forbids, on a lorry from Prague; Czech wording (five-axis machines repeat in several sets "
         "under woodworking, sewing-machine-control and dental-mill labels, blind70, blind78, blind162, and a hot-wire "
         "foam-cutter label once, blind121, on a spark-erosion machine; an oscillating-knife mattress-foam cutter label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-04", "import", "BGSEA01", "sea", "TR", [], "BG", "721710",
         "Yatak yayı için patentli çelik tel, Türk menşeli, 2,2 mm, kangal, 20 ton", "TR", 20000, None, 17000, "USD",
         "Turkish patented spring wire for mattress units carries a Turkish drawer's coil tags and a mill certificate "
         "naming Turkish wire rod; these 20 t of coils carry Russian GOST tags under the Turkish ones, and the "
         "certificate in the file names rod from a Magnitogorsk mill that a Gemlik drawer only drew and re-spooled: "
         "steel wire processed in a third country from Russian rod, whose import into the Union Regulation 833/2014 "
         "(Article 3g, Annex XVII) forbids, by sea from Gemlik to Varna for a Sofia mattress-spring maker; Turkish "
         "wording (Russian steel under Turkish and other third-country origin repeats in many sets, kept as a repeat "
         "of that family; patented spring wire for mattress units was found in no earlier row by a keyword search)", firm("Delta Pruzhini OOD", "BG")),
        ("STR-05", "export", "SEAIR01", "air", "SE", [], "GE", "852589",
         "Värmekameror för byggnadsinspektion, handhållna, 40 st.", "SE", 160, 40, 20000, "EUR",
         "building-inspection thermal cameras are uncooled, 9 Hz, low-resolution handhelds at a few hundred euros; "
         "these 40 are cooled 640 x 512 mid-wave cores with 50 Hz frame rates and continuous-zoom lenses in gimbal "
         "mounts, some 30,000 EUR each, for a Tbilisi 'building-survey' firm whose earlier freight went on by road "
         "through Upper Lars: thermal imaging cameras controlled under dual-use 6A003 and of a kind whose export to "
         "Russia and re-export Regulation 833/2014 forbids, flown from Stockholm; Swedish wording (thermal cameras "
         "repeat in many sets and building-inspection labels on them in a few, kept as a repeat; from Sweden to "
         "Georgia is the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-06", "export", "FRSEA01", "sea", "FR", [], "TR", "390729",
         "Polyol pour oreillers en mousse viscoélastique (mémoire de forme), fûts de 200 kg, 40 fûts", "FR", 8000, 40,
         24000, "EUR",
         "a polyether polyol for viscoelastic pillows is a pale, honey-thin liquid in plain drums at 2-3 EUR/kg; "
         "these 40 nitrogen-blanketed drums hold a clear, treacle-thick hydroxyl-terminated polybutadiene of "
         "functionality 2.3 and molecular weight 2,800 on the certificate, at 3 EUR/kg declared against 25 on the "
         "maker's list, for a Mersin 'pillow maker' whose freight goes on by road to Tabriz: HTPB, a solid-propellant "
         "binder controlled under dual-use 1C111 (and the MTCR) and listed in the Iran regulation, exported without a "
         "licence, from Fos; French wording (HTPB repeats in several sets under roof-coating, floor-polyol, sealant and "
         "star-binder labels, blind118, blind123, blind210, blind229, blind243, blind253; a memory-foam pillow polyol "
         "label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-07", "export", "PLSEA01", "sea", "PL", ["GE"], "AM", "940141",
         "Sofy tapicerowane z funkcją spania, skóra naturalna, 120 szt.", "PL", 9600, 120, 288000, "EUR",
         "the sofa beds a Yerevan furniture shop stocks are a few dozen mid-priced models a year; these 120 are "
         "top-of-range Polish leather sofa beds at 2,400 EUR each, ordered by an Armenian firm set up in 2069 that "
         "shares a Moscow telephone number with a Russian furniture chain and has bought more such sofas this year than "
         "all of Armenia the year before: furniture of a kind listed in Annex XXIII, whose sale for use in Russia "
         "Regulation 833/2014 forbids, for re-export through Armenia, by sea from Gdynia to Poti; Polish wording (goods "
         "for Russia through Armenia repeat in many sets; sofa beds were found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-08", "import", "DESEA01", "sea", "CN", [], "DE", "630419",
         "涤纶绗缝床罩, 中国制造, 6,000 件", "CN", 12000, 6000, 36000, "USD",
         "Chinese-made quilted bedspreads carry a Chinese factory's carton marks and care labels; under the 'Made in "
         "China' labels of these 6,000 the original sewn-in labels, cut away on most, survive on a few with Korean text "
         "in North Korean spelling, the cartons come from Dandong and the quilting pattern matches a Sinuiju factory's: "
         "textiles made in the DPRK, whose import UN Resolution 2375 and Regulation 2017/1509 forbid, by sea from "
         "Dalian to Hamburg for a Bremen bedding wholesaler; Chinese wording (DPRK garments relabelled in Dandong repeat "
         "in several sets, padded jackets, trousers and suit jackets among them; DPRK quilted bedspreads were found in no "
         "earlier row by a keyword search)", firm("Nordhafen Bettwaren GmbH", "DE")),
        ("STR-09", "export", "ATAIR01", "air", "AT", [], "TR", "842290",
         "Ersatzteile für Verpackungsmaschinen, 1 Kiste", "AT", 120, 1, 6000, "EUR",
         "a packaging-machine spares shipment from Vienna for an Istanbul 'food-packaging' firm: machine spares and "
         "rubber seals are what such firms order, but the third item's 'Vakuummessgeräte' are 20 capacitance "
         "manometers with nickel-alloy diaphragms and a full scale of 10 kPa, for a buyer whose earlier consignments "
         "went on to Tehran: pressure transducers controlled under dual-use 2B230 and listed in the Iran regulation, "
         "exported without a licence and hidden as the last item of a three-item declaration, flown from Vienna; "
         "Austrian German wording (capacitance manometers repeat in many sets, kept as a repeat; behind "
         "packaging-machine spares from Vienna is the new part as far as a search found)",
         dict({"importer_country": "TR"},
              _more_items=[item("401693", "Dichtungen, Gummi, sortiert, 4.000 Stück", "AT", 40, 800, "EUR", qty=4000),
                           item("902620", "Vakuummessgeräte, 20 Stück", "AT", 30, 1200, "EUR", qty=20)])),
        ("STR-10", "export", "BEAIR01", "air", "BE", [], "PK", "854071",
         "Magnétrons pour séchoirs micro-ondes industriels, 30 pièces", "BE", 90, 30, 9000, "EUR",
         "magnetrons for industrial microwave dryers are compact 2.45 GHz oscillators with a cooling jacket at a few "
         "hundred euros; these 30 are X-band travelling-wave tubes with periodic-permanent-magnet focusing, helix "
         "slow-wave structures and a kilowatt of saturated output, some 25,000 EUR each, for a Karachi 'food-drying' "
         "firm that shares its directors with a radar maker: microwave tubes controlled under dual-use 3A001.b.1, "
         "exported without the licence Regulation 2021/821 requires, flown from Brussels; Belgian French wording "
         "(travelling-wave tubes repeat in a few sets and under a microwave-oven magnetron label once, blind118, kept as "
         "a repeat of that family; an industrial microwave-dryer label, from Brussels to Karachi, is the new part as far "
         "as a search found)", {"importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "HRROAD01", "road", "BA", [], "HR", "630140",
         "Prekrivač za krevet od umjetnog krzna, smeđi, 1 komad", "BA", 24, 1, 80, "EUR",
         "faux-fur bed throws are light, even acrylic pile on a knitted back and weigh 2-3 kg; this 24 kg 'throw' is a "
         "tanned pelt 2.3 m long with dense brown guard hair over woolly underfur, leather on the back, claw sheaths at "
         "the paws and a bullet hole in the shoulder: the skin of a brown bear (Ursus arctos, CITES App. II, Annex A in "
         "the Union) without CITES documents, in a van at Stara Gradiška for a Zagreb bedding shop's window display; "
         "Bosnian wording (brown bear skins repeat in several sets under sheepskin, goatskin, reindeer and "
         "artificial-fur rug labels, blind51, blind134, blind148, blind168, kept as a repeat of the good; a faux-fur "
         "bed-throw label for a bedding shop is the new part as far as a search found)",
         firm("Alpina Posteljina d.o.o.", "HR")),
        ("WLF-02", "import", "ITAIR01", "air", "PK", [], "IT", "510211",
         "کشمیری پشم (کیشمیر)، لحاف بھرنے کے لیے، دھلی ہوئی، 40 کلو", "PK", 40, None, 4000, "USD",
         "dehaired cashmere for duvet filling is a grey-brown to white goat down of 15-16 µm at about 100 USD/kg; these "
         "40 kg are a fawn-grey down of 9-11 µm with a few long guard hairs whose medulla pattern under the microscope "
         "is that of the Tibetan antelope, worth some fifty times the declared price: shahtoosh wool (Pantholops "
         "hodgsonii, CITES App. I) without CITES documents, flown from Lahore to Milan for a Como luxury-duvet maker; "
         "Urdu wording (shahtoosh repeats in several sets as shawls and throws; loose shahtoosh fibre under a cashmere "
         "duvet-filling label was found in no earlier row by a keyword search)", firm("Horizon Piumini Srl", "IT")),
        ("WLF-03", "import", "BESEA01", "sea", "LA", [], "BE", "940350",
         "ຕຽງນອນໄມ້ກະຖິນເທບ ແບບຈີນ, 40 ຊຸດ", "LA", 16000, 40, 12000, "USD",
         "Chinese-style acacia beds are pale, light (about 600 kg/m3) plantation wood stained dark; these 40 carved "
         "luohan and canopy beds weigh 400 kg each, are dense, purple-red with black streaks right through, and smell "
         "of roses where a tenon is cut: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II) without CITES "
         "documents, railed from Vientiane and shipped from Laem Chabang to Antwerp for a Brussels bedding showroom; "
         "Lao wording (Siamese rosewood under acacia labels repeats in many sets, blind69, blind110, blind166, blind213, "
         "blind227, kept as a repeat of that family; beds from Laos are the new part as far as a search found)",
         firm("Meridian Literie SA", "BE")),
        ("WLF-04", "import", "DEAIR01", "air", "AR", [], "DE", "510219",
         "Fibra de llama descerdada, relleno para acolchados y edredones, 120 kg", "AR", 120, None, 6000, "USD",
         "dehaired llama fibre for duvet filling is a coarse, 20-24 µm, mixed brown fibre at some 50 USD/kg; these "
         "120 kg are an even, cinnamon-and-white down of 15-16 µm with the scale pattern of guanaco, whose fibre "
         "Argentina lets out only from live-shorn, registered herds with a CITES permit: guanaco fibre (Lama guanicoe, "
         "CITES App. II) without CITES documents, flown from Buenos Aires to Frankfurt for a Munich duvet maker; "
         "Argentine Spanish wording (guanaco repeats in four sets under merino-top, camel-hair, sheepskin-throw and "
         "llama labels, blind118, blind138, blind186, blind262, the last a llama-fibre label for weaving; a duvet-filling "
         "label was found in no earlier row by a keyword search)", firm("Alpina Daunen GmbH", "DE")),
        ("WLF-05", "import", "ATAIR01", "air", "NP", [], "AT", "940490",
         "हिमाली ऊनको फेल्ट तकिया, ४०० थान", "NP", 320, 400, 3200, "USD",
         "a Kathmandu sleep-goods air shipment for a Salzburg natural-bedding shop: wool-felt pillows and allo-nettle "
         "pillow covers are what Thamel exporters send, but the third item's herb pillow filling, 'sugandhawal', is 60 "
         "kg not of thin Valeriana roots but of short, dark, hairy rhizomes wrapped in fibrous leaf sheaths that smell "
         "sweet and musky: jatamansi (Nardostachys jatamansi, CITES App. II), whose raw roots Nepal does not let out, "
         "without CITES documents, hidden as the last item of a three-item declaration, flown from Kathmandu to "
         "Vienna; Nepali wording (jatamansi repeats in many sets under valerian, vetiver and sugandhawal labels, "
         "blind42, blind94, blind149, blind261; a herb pillow filling behind felt pillows was found in no earlier row by "
         "a keyword search)",
         dict(firm("Alpina Naturbetten GmbH", "AT"),
              _more_items=[item("630239", "अल्लोका तकिया खोल, ६०० थान", "NP", 90, 1200, "USD", qty=600),
                           item("121190", "तकियामा भर्ने सुकेको जडीबुटी (सुगन्धवाल), ६० किलो", "NP", 60, 300, "USD")])),
        ("WLF-06", "import", "NLSEA01", "sea", "MY", [], "NL", "940391",
         "Bilah katil (bed slats) kayu getah, bersalut lakuer, 40,000 keping", "MY", 24000, 40000, 16000, "USD",
         "rubberwood bed slats are pale, coarse, blue-stained in places and smell of latex when sawn; these 40,000 "
         "lacquered slats are a fine, even, straw-coloured wood with no latex ducts whose sawdust makes the workers "
         "sneeze and itch: ramin (Gonystylus spp., CITES App. II) without CITES documents, by sea from Port Klang to "
         "Rotterdam for a Dutch bed-base maker; Malay wording (ramin under rubberwood labels repeats in several sets, "
         "frame mouldings and dowels, blind124, blind187, blind205, kept as a repeat of that family; bed slats are the "
         "new part as far as a search found)", firm("Orion Slaapcomfort BV", "NL")),
        ("WLF-07", "import", "FRSEA01", "sea", "MG", [], "FR", "440792",
         "Lattes de hêtre teinté noir, sciées, pour incrustations de têtes de lit, 3 000 pièces", "MG", 900, 3000,
         1800, "USD",
         "black-stained beech laths are pale beech dyed black on the surface, pinkish-brown where they are cut and "
         "light in the hand; these 3,000 are jet-black right through, heavy, sink in water and take a glassy polish: "
         "Malagasy ebony (Diospyros spp., CITES App. II, under a zero export quota) without CITES documents, by sea "
         "from Toamasina to Marseille for a Lyon maker of padded headboards; Malagasy French wording (Madagascar ebony "
         "repeats in several sets and ebonised labels on dark woods in a few, blind195, blind255; headboard inlay laths "
         "were found in no earlier row by a keyword search)", firm("Rivage Têtes de Lit SARL", "FR")),
        ("WLF-08", "import", "ATAIR01", "air", "IR", [], "AT", "160432",
         "خاویار قزل‌آلا، قوطی ۵۰ گرمی، ۲۰۰ قوطی", "IR", 10, 200, 600, "EUR",
         "rainbow-trout roe is orange-red, 4-5 mm, firm and cheap; these 200 tins hold small, glossy, dark-grey to "
         "olive eggs of 2.5-3 mm with a nutty taste and no CITES label code on the tins: Persian sturgeon caviar "
         "(Acipenser persicus, CITES App. II) without the CITES permit and the caviar labelling the Union requires, "
         "flown from Tehran to Vienna for a Persian grocer; Persian wording (sturgeon caviar under cheap-roe labels "
         "repeats in many sets, pike, carp, Sevan trout and lumpfish among them, kept as a repeat; a trout-caviar label "
         "from Iran to Vienna is the new part as far as a search found)", firm("Delta Feinkost GmbH", "AT")),
        ("WLF-09", "transit", "PTAIR01", "air", "MZ", ["PT"], "HK", "030819",
         "Holotúria seca (Holothuria scabra), de aquacultura, 300 kg", "MZ", 300, None, 3000, "USD",
         "dried farmed sandfish (Holothuria scabra) are small, grey, wrinkled sausages of even size; these 300 kg are "
         "large, hard, orange-brown to black bodies with star-shaped papillae in rows: prickly redfish (Thelenota "
         "ananas, CITES App. II since 2024) without a Mozambican export permit, which specimens in transit through the "
         "Union must carry, landed at Lisbon in transit from Maputo to Hong Kong; Mozambican Portuguese wording "
         "(Thelenota and sandfish labels repeat in several sets, blind49, blind128, blind179, kept as a repeat; a "
         "transit through Lisbon is the new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "CZPOST01", "post", "ID", [], "CZ", "392690",
         "Manik-manik resin merah, gaya antik, 40 buah", "ID", 0.4, 40, 30, "USD",
         "red resin beads are light, even and glossy and smell of plastic under a hot needle; these 40 are dense, waxy "
         "red beads with yellow rims, carved with flowers, that smell of burnt hair under the needle and show growth "
         "layers: carved casque of the helmeted hornbill (Rhinoplax vigil, CITES App. I) without CITES documents, posted "
         "from Pontianak to a private buyer in Brno; Indonesian wording (helmeted hornbill repeats in many sets, kept as "
         "a repeat; by post to Czechia is the new part as far as a search found)", person("Jan Novák", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HUROAD01", "road", "UA", "HU", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (washing and whitening down for duvets)", "UA", 2.3,
     2, 20, "EUR", [("PRECURSOR_LICENCE", "HU-BM-71-0033")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "BR", "PT", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (restoring brass beds)", "BR", 1.4, 1, 30, "USD",
     [("PRECURSOR_LICENCE", "PT-PSP-71-0209")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382541",
     "Spent dichloromethane from foam-machine flushing (07 02 03*), for recovery at a licensed plant, 16 t", "CH", 16000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-71-0418")], "notified spent halogenated solvent to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "940429",
     "End-of-life mattresses, baled, for dismantling and recycling at a licensed plant, 12 t", "NO", 12000, None, 0,
     "EUR", [("BASEL_CONSENT", "SE-NV-71-0057")], "notified waste mattresses to a licensed recycler"),
    ("PRM-05", "ozone", "import", "BEAIR01", "air", "US", "BE", "290377",
     "Trichlorofluoromethane (CFC-11), analytical reference standard, 10 x 1 ml, for essential laboratory use", "US",
     0.1, 10, 650, "USD", [("ODS_LICENCE", "BE-FOD-ODS-71-006")], "CFC-11 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290374",
     "1-Chloro-1,1-difluoroethane (HCFC-142b), ISO tank, for feedstock use in vinylidene fluoride production", "US",
     20000, None, 60000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-71-014")], "HCFC-142b imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "FRSEA01", "sea", "FR", "US", "970610",
     "Lit à la polonaise, Paris, c. 1785, stamped G. Jacob, sold to a US museum", "FR", 180, 1, 250000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-71-0144")], "period bed exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970610",
     "Venetian carved and painted bed head, c. 1700, sold to a Swiss collection", "IT", 40, 1, 70000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-71-0390")], "bed head exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "EG", "292215",
     "Triethanolamine 99 %, 16 t, for an Egyptian polyurethane-foam plant", "NL", 16000, None, 26000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-71-0088"), ("END_USER_CERTIFICATE", "EG-MTI-EUC-71-0031")],
     "dual-use triethanolamine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "TR", "845710",
     "Five-axis machining centre, 1 unit, for a Turkish maker of moulds for moulded-foam pillows and seats", "CZ", 9000,
     1, 400000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-71-0112"), ("END_USER_CERTIFICATE", "TR-STB-EUC-71-0207")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "AR", "DE", "510219",
     "Guanaco fibre (Lama guanicoe), dehaired, from live-shorn registered herds, 60 kg, for duvet filling", "AR", 60,
     None, 12000, "USD", [("CITES_PERMIT", "AR-DNB-71-0166")], "App. II guanaco fibre with its export permit"),
    ("PRM-12", "wildlife", "import", "NLSEA01", "sea", "MY", "NL", "940391",
     "Ramin bed slats (Gonystylus bancanus), lacquered, 8,000 pcs", "MY", 4800, 8000, 6400, "USD",
     [("CITES_PERMIT", "MY-MTIB-71-0412")], "App. II ramin products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Magánszemély", "PRM-02": "Particular", "PRM-05": "Central Laboratorium SA",
    "PRM-06": "Atlantic Fluoropolymères SAS", "PRM-11": "Alpina Daunen GmbH", "PRM-12": "Orion Slaapcomfort BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of foam
    # makers, mattress, pillow, duvet and bedding makers, upholsterers and their suppliers, bed makers and bedding cleaners
    ("340290", "Down and feather washing detergent, mild, 5 l", "import", ["road"], ["UA", "RS"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("382499", "Cooling-gel pillow inserts, sealed", "import", ["post", "express"], ["VN", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("380891", "Bed-bug insecticide foggers, permethrin, sealed tins", "import", ["air"], ["PH", "KR"], (10, 20), (100, 400), ["USD"], 10, S),
    ("380991", "Boric-acid flame retardant for cotton batting, 25 kg", "import", ["sea"], ["TR", "CN"], (1, 2), (4000, 12000), ["USD"], 0.04, S),
    ("380891", "Anti-dust-mite mattress spray, benzyl benzoate, 500 ml", "import", ["post"], ["MX", "US"], (15, 30), (1, 3), ["USD"], 2, S),
    ("340590", "Brass polish cream for bed frames, 250 ml", "import", ["air"], ["BR", "IN"], (6, 12), (100, 400), ["USD"], 3, S),
    ("350691", "Water-based contact adhesive for foam, 20 l", "import", ["road"], ["MD", "TR"], (2, 4), (2000, 8000), ["EUR"], 0.05, S),
    ("340290", "Oxygen bleach for laundry, sodium percarbonate, 1 kg", "import", ["road"], ["RS", "BA"], (1.5, 3), (2000, 8000), ["EUR"], 1, S),
    ("340290", "Upholstery shampoo, low-foam, 5 l", "import", ["air"], ["CA", "US"], (3, 6), (100, 500), ["USD", "CAD"], 0.2, S),
    ("940410", "Bonnell spring units for mattresses, new", "import", ["sea"], ["CN", "TR"], (1.5, 3), (8000, 16000), ["USD"], 0.08, S),
    ("290312", "Dichloromethane, technical, drums", "import", ["sea"], ["IN", "US"], (0.6, 1.0), (12000, 20000), ["USD"], None, S),
    ("390729", "Polyether polyol for flexible slabstock foam, drums", "import", ["sea"], ["KR", "SA"], (1.5, 2.2), (16000, 22000), ["USD"], None, S),
    ("940161", "Upholstered sofas, new, wooden frame", "export", ["sea"], ["LY", "MA"], (5, 9), (4000, 10000), ["EUR"], 0.02, S),
    ("630110", "Electric blankets, new, boxed", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.5, S),
    ("940429", "Alternating-pressure mattress systems, new, for hospitals", "import", ["sea"], ["CN", "TW"], (15, 30), (1000, 4000), ["USD"], 0.05, S),
    ("390690", "Acrylic dispersion for textile back-coating, IBCs", "import", ["sea"], ["KR", "US"], (1.2, 2), (16000, 22000), ["USD"], None, S),
    ("940490", "Memory-foam pillows, vacuum-packed", "import", ["sea"], ["EG", "TR"], (3, 6), (3000, 8000), ["USD"], 0.8, S),
    ("630210", "Zippered mattress encasements, knitted", "import", ["post", "express"], ["IL", "US"], (20, 40), (1, 3), ["USD"], 1, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, drums", "import", ["sea"], ["US", "TR"], (1, 1.6), (8000, 16000), ["USD"], None, S),
    ("841869", "Thermoelectric bed-cooling pad units, refrigerant-free", "import", ["air"], ["TH", "CN"], (30, 60), (100, 400), ["USD"], 0.1, S),
    ("340399", "Water-based mould release for moulded foam, 200 l", "import", ["sea"], ["CL", "US"], (2, 4), (4000, 10000), ["USD"], None, S),
    ("381400", "Ester-based flushing agent for PU mixing heads, 200 l", "import", ["sea"], ["ID", "CN"], (2, 4), (4000, 10000), ["USD"], None, S),
    ("350691", "Canister contact adhesive, DME-propelled, for upholstery, 22 l", "import", ["sea"], ["MA", "CN"], (4, 8), (2000, 6000), ["USD", "EUR"], 0.05, S),
    ("392113", "Polyurethane foam sheets, 30 kg/m3", "import", ["road"], ["MA", "TR"], (3, 5), (2000, 6000), ["EUR"], 1, S),
    ("691390", "Reproduction Song-style ceramic pillows", "import", ["express"], ["HK", "CN"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("442090", "Carved wooden neck rests, new, souvenir", "import", ["post"], ["KE", "AE"], (15, 30), (1, 3), ["USD"], 0.5, S),
    ("630499", "Kilim cushion covers, hand-woven, new", "import", ["road"], ["TR"], (8, 14), (500, 2000), ["EUR"], 2.5, S),
    ("940350", "Reproduction Louis XVI-style beds, painted, new", "export", ["sea"], ["US", "CH"], (8, 15), (1000, 4000), ["EUR"], 0.01, S),
    ("940350", "Mother-of-pearl inlaid beds, new, Damascene style", "import", ["sea"], ["LB", "EG"], (6, 12), (1000, 4000), ["USD"], 0.01, S),
    ("630419", "Hand-block-printed cotton bedspreads, new", "import", ["air"], ["IN", "PK"], (10, 20), (200, 800), ["USD"], 0.8, S),
    ("940391", "Venetian-style painted headboards, new, reproduction", "export", ["road"], ["CH"], (10, 20), (500, 2000), ["EUR"], 0.05, S),
    ("292212", "Diethanolamine, foam crosslinker, drums", "export", ["road"], ["RS", "UA"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("560290", "Oxidised-PAN fire-barrier felt for mattresses", "import", ["sea"], ["CN", "KR"], (5, 10), (2000, 6000), ["USD"], None, S),
    ("847780", "CNC oscillating-knife foam cutting machines", "import", ["sea"], ["CN", "TR"], (15, 30), (2000, 8000), ["USD"], 0.0005, S),
    ("940429", "Pocket-spring mattresses, roll-packed, new", "import", ["sea"], ["TR", "CN"], (4, 7), (4000, 10000), ["USD"], 0.04, S),
    ("390729", "Viscoelastic polyol for memory foam, drums", "import", ["sea"], ["CN", "KR"], (2, 3.5), (12000, 20000), ["USD"], None, S),
    ("630419", "Quilted polyester bedspreads, new", "import", ["sea"], ["CN", "PK"], (3, 6), (4000, 10000), ["USD"], 0.5, S),
    ("630140", "Faux-fur throws, acrylic", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD"], 0.5, S),
    ("940490", "Alpaca-wool duvets, new", "import", ["air"], ["PE", "BO"], (40, 80), (100, 400), ["USD"], 0.4, S),
    ("940391", "Rubberwood bed slats, lacquered", "import", ["sea"], ["MY", "TH"], (0.8, 1.4), (10000, 20000), ["USD"], 1.6, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442191", "Bamboo back scratchers", "import", ["sea"], ["CN", "VN"], (3, 6), (1000, 4000), ["USD"], 20, N),
        ("691200", "Ceramic spoon rests, glazed", "import", ["sea"], ["CN", "TR"], (1.5, 3), (2000, 6000), ["USD", "EUR"], 5, N),
        ("630790", "Wool-felt coasters, sets of six", "import", ["post", "express"], ["NP", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 20, N),
        ("392490", "Plastic bag clips, assorted colours", "import", ["sea"], ["CN", "TR"], (2, 4), (1000, 4000), ["USD", "EUR"], 60, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind271", 20710501, HERE)


if __name__ == "__main__":
    main()
