#!/usr/bin/env python3
"""Writes the two-hundred-and-thirtieth blind set (tests/risk/data/blind230-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2064, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on one kind of trade: mail-order seeds, plants and horticulture (seed
companies and seed banks, orchid, cactus and succulent nurseries, bulb exporters, online
plant and grow shops, florists' and cut-flower suppliers, greenhouse growers, botanical
gardens' exchanges).
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
need a permit, licence or certificate by law (live animals and plants, seeds for sowing,
bark and growing media with plants, fish, food of animal origin, plant-protection
products) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL230-*:

    python3 tests/risk/data/make_blind230_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2064, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2064
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "CO", [], "NL", "284329",
         "Solución de tiosulfato de plata (STS) para poscosecha de rosas y claveles, 4 x 1 litro", "CO", 4.6, 4,
         240000, "COP",
         "the silver thiosulphate (STS) that Colombian flower farms give cut carnations against ethylene is a "
         "clear, 1.02 kg/l solution in brown bottles that darkens in light and leaves black stains; these four "
         "bottles are white PE with vented caps, hold a water-clear liquid of 1.13 kg/l that foams on a cut, "
         "whitens the skin and stays clear in sunlight: about 35 % hydrogen peroxide (Annex I above 12 %), sent "
         "by express from Bogotá to a private hobby florist in Aalsmeer, although oxidising liquids travel by "
         "express only as declared dangerous goods; Colombian Spanish wording (hydrogen peroxide repeats in many "
         "sets and cut-flower-food labels in a few, blind56's sugar sachets among them; an STS post-harvest label "
         "was found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("PRE-02", "import", "IEAIR01", "air", "AU", [], "IE", "283990",
         "Liquid potassium silicate, hydroponic silica additive, 1 L bottles, 240 bottles", "AU", 336, 240, 1900,
         "AUD",
         "the liquid potassium silicate that hydroponic growers add for stronger stems is a clear, syrupy, "
         "slippery alkaline liquid of about 1.25 kg/l; these bottles hold a thin liquid of 1.40 kg/l that fumes "
         "brown when opened, stains the skin yellow and bubbles on a copper coin, for a Cork grow-shop web shop "
         "that sells the bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for "
         "members of the public, flown from Brisbane; Australian English wording (nitric acid repeats in many "
         "sets and pH-down labels in several; a potassium-silicate label was found in no earlier row by a keyword "
         "search)", firm("Atlantic Grow Supply Ltd", "IE")),
        ("PRE-03", "import", "BEPOST01", "post", "KE", [], "BE", "380893",
         "Asidi ya gibereli (GA3) 4 %, kioevu, kwa kuotesha mbegu, chupa 4 za lita 1", "KE", 7.4, 4, 6500, "KES",
         "liquid gibberellic acid for germinating hard seeds is a 4 % solution in alcohol, 0.9 kg/l, that "
         "evaporates off the skin; these four bottles hold an oily liquid of 1.84 kg/l that grows hot with a drop "
         "of water, chars paper and blackens a sugar cube: about 96 % sulphuric acid (Annex I above 15 %), the "
         "acid seed collectors use to scarify hard seed coats, posted from Naivasha to a private seed collector in "
         "Leuven; Swahili wording (sulphuric acid repeats in many sets under syrup, battery and acidifier labels; a "
         "gibberellic-acid label was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("PRE-04", "import", "PTAIR01", "air", "IN", [], "PT", "380893",
         "मुळे फुटण्यासाठी संजीवक पावडर (IBA 0.3 %), 500 ग्रॅम पाकीट, 400 पाकिटे", "IN", 200, 400, 1400, "USD",
         "rooting powder is indole-butyric acid on talc: a soapy, slippery, pale powder that clings to a wet "
         "cutting; these 400 packs hold a gritty, crystalline, heavy white powder that does not feel soapy, burns "
         "fiercely mixed with sugar and whose inner liners read 'KClO4', for a Porto garden web shop that sells "
         "the packs to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Pune; Marathi wording (potassium perchlorate repeats in many sets under powder labels; "
         "a rooting-hormone label was found in no earlier row by a keyword search)",
         firm("Atlantic Jardim Lda", "PT")),
        ("PRE-05", "import", "ATPOST01", "post", "CN", [], "AT", "292800",
         "比久 (丁酰肼) 85% 可溶粉剂, 植物矮化剂, 1 公斤 x 3 袋", "CN", 3, 3, 210, "CNY",
         "daminozide (B9), the dwarfing agent pot-plant growers spray on chrysanthemums, is a fine, light, "
         "odourless white powder that dissolves to a slightly acidic solution; these three bags hold heavy, "
         "glassy, cubic crystals that draw damp, flare yellow on a gas ring and carry CAS 7775-09-9 on the inner "
         "bags: sodium chlorate (Annex I above 40 %, and banned as a weedkiller since 2009), posted from Shandong "
         "to a private gardener in Linz; Chinese wording (sodium chlorate repeats in many sets under salt, sugar "
         "and weedkiller labels; a daminozide or plant-growth-regulator label was found in no earlier row by a "
         "keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-06", "import", "CYSEA01", "sea", "IL", [], "CY", "380891",
         "שמן קיץ מינרלי להדברת כנימות בהדרים, מיכלים 20 ליטר, 40 מיכלים", "IL", 912, 40, 2600, "USD",
         "summer oil is a paraffinic spray oil of 0.85 kg/l that floats on water and turns milky when shaken with "
         "it; these 40 cans hold a clear liquid of 1.14 kg/l that sinks, partly mixes with water without turning "
         "milky and smells faintly fruity, and the filler's drum label copied on the packing list reads 'CH3NO2', "
         "for a Limassol garden centre that sells 20 l cans to the public: nitromethane (Annex I above 16 %) made "
         "available to members of the public, by sea from Ashdod; Hebrew wording (nitromethane repeats in many "
         "sets under fuel and oil labels; a citrus summer-oil label was found in no earlier row by a keyword "
         "search)", firm("Vega Garden Centre Ltd", "CY")),
        ("PRE-07", "import", "ESPOST01", "post", "BR", [], "ES", "300290",
         "Trichoderma harzianum, pó molhável (WP), biofungicida para mudas, 4 sacos de 1 kg", "BR", 4.1, 4, 320,
         "BRL",
         "a Trichoderma wettable powder is a fine, khaki to olive-green spore powder that smells of mould and "
         "soil; these four bags hold a white, crystalline, odourless powder that draws damp, stays cold in water "
         "and burns brightly with sugar, and one inner bag reads 'NaClO4 . H2O': sodium perchlorate (Annex I above "
         "40 %), posted from Campinas to a private grower in Almería; Brazilian Portuguese wording (sodium "
         "perchlorate repeats in many sets; a Trichoderma or biofungicide label was found in no earlier row by a "
         "keyword search)", person("Maria Lopez", "ES")),
        ("PRE-08", "import", "DEAIR01", "air", "TH", [], "DE", "310100",
         "หัวเชื้อไมคอร์ไรซา ชนิดผง สำหรับไม้ผลและไม้กระถาง, ถุง 1 กก., 800 ถุง", "TH", 800, 800, 2400, "USD",
         "a mycorrhizal inoculant is spores on a brown clay or zeolite carrier that smells of earth; these 800 "
         "bags hold shiny, white, odourless crystals that spit violet sparks on a hot iron, the potassium chlorate "
         "Thai longan growers pour round their trees to force flowering, and the carton tape reads 'KClO3 99.5 %', "
         "for a Kassel organic-garden web shop that sells the bags to the public: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Chiang Mai; Thai wording (potassium "
         "chlorate repeats in many sets and longan flower-forcing stories in several; a mycorrhiza label was found "
         "in no earlier row by a keyword search)", firm("Orion Biogarten GmbH", "DE")),
        ("PRE-09", "import", "GRROAD01", "road", "MK", [], "GR", "310520",
         "Ѓубриво со контролирано ослободување 14-14-14, обложени гранули, вреќи 25 кг, 640 вреќи", "MK", 16000,
         640, 7800, "EUR",
         "a controlled-release 14-14-14 fertiliser is round, honey-brown, resin-coated granules that rattle dry "
         "and leak colour slowly into water; these 640 sacks hold white, uncoated prills that turn ice-cold in "
         "water, test at 34 % N with no phosphate or potash, and melt and fume on a hot plate, for a Thessaloniki "
         "garden web shop that sells 25 kg sacks to the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, on a lorry at Evzoni; Macedonian wording (ammonium nitrate repeats "
         "in many sets under fertiliser and hydrogel labels; a controlled-release fertiliser label was found in no "
         "earlier row by a keyword search)", firm("Vega Kipos AE", "GR")),
        ("PRE-10", "import", "FRAIR01", "express", "JP", [], "FR", "382499",
         "切り花延命剤 (華道用), 業務用 1 L x 4 本", "JP", 4.8, 4, 9600, "JPY",
         "the flower life-extenders ikebana teachers buy are sugar, a little acid and a biocide: a pale, "
         "slightly sticky liquid of about 1.05 kg/l; these four bottles hold a water-clear, unsticky liquid of "
         "1.20 kg/l in vented bottles that foams on the skin and bleaches a leaf white within minutes: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Kyoto to a private ikebana teacher in "
         "Lyon, although oxidising liquids travel by express only as declared dangerous goods; Japanese wording "
         "(hydrogen peroxide repeats in many sets; an ikebana flower-preservative label was found in no earlier "
         "row by a keyword search)", person("Sophie Bernard", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "310100",
         "Vloeibare organische meststof op basis van plantenresten, IBC 1000 l, 20 stuks", "NL", 21000, 20, 2100,
         "EUR",
         "a plant-based liquid organic fertiliser is a brown, molasses-smelling liquid with an NPK analysis; "
         "these IBCs hold a grey-white, chalky, chemical-smelling liquid with a film of fungicide foam, the spent "
         "dipping baths in which a Noordoostpolder bulb grower dipped tulip and lily bulbs against Fusarium "
         "(prochloraz and thiophanate-methyl residues): agrochemical waste containing hazardous substances "
         "(02 01 08*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Lagos for a "
         "'farm inputs' dealer; Dutch wording (obsolete pesticides repeat in many sets and spent bulb-dip baths once, "
         "blind221, under a humic label; kept as a repeat of the good: a plant-based liquid-fertiliser label to "
         "Lagos is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLROAD01", "road", "NL", ["DE", "PL"], "UA", "680610",
         "Steenwol isolatieplaten, tweede keus, op pallets, 22 t", "NL", 22000, None, 880, "EUR",
         "second-grade stone-wool insulation boards are dry, clean, yellow-green slabs in printed film; these "
         "pallets hold wet, root-matted, grey-brown growing slabs in torn white-black film with drip pegs still "
         "stuck in, smelling of rot and fertiliser, cleared out of a Westland tomato greenhouse at the end of the "
         "season: spent stone-wool substrate, a waste that may not be shipped to a non-OECD country for disposal "
         "and needs notification for recovery, on a lorry from Naaldwijk through Germany and Poland to a Lviv "
         "'insulation' buyer; Dutch wording (horticultural stone-wool slabs appear once, blind51, as the label of "
         "another waste, and rockwool once, blind102; spent grow slabs under an insulation-board label were found "
         "in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-03", "export", "DKSEA01", "sea", "DK", [], "GH", "940519",
         "Brugte vækstlamper, fungerende, med forkoblinger (nursery equipment), 1 container", "DK", 9000, 1800,
         5400, "EUR",
         "a Funen pot-plant nursery's container for Tema: aluminium rolling benches and plastic pots are what "
         "such containers hold, but the first line's 'used grow lamps, working' are 1,800 HPS and metal-halide "
         "fittings with cracked reflectors, cut cables and loose high-pressure sodium and mercury lamps rattling "
         "in the boxes, with old ballasts and capacitors: waste electrical equipment containing mercury lamps "
         "(20 01 21*, 16 02 13*), hazardous waste whose export to a non-OECD country is banned, by sea from "
         "Fredericia; Danish wording (e-waste repeats in many sets and grow-light labels in a few; HPS "
         "greenhouse lamps behind nursery benches were found in no earlier row by a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("940320", "Rullebænke af aluminium, brugte, 60 stk.", "DK", 4200, 2400, "EUR", qty=60),
                           item("392690", "Plastpotter, brugte, 20.000 stk.", "DK", 1800, 300, "EUR", qty=20000)])),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "IN", "390940",
         "Résine phénolique, en blocs, qualité industrielle, 18 t", "BE", 18000, None, 1800, "EUR",
         "phenolic resin in primary form is hard, amber lumps or powder of uniform quality; these bales hold "
         "crumbly, bright-green, water-logged foam offcuts, broken bricks and dust from floristry, full of "
         "wire, stems and ribbons, collected from Flemish florists and a foam maker's rejects: waste of floral "
         "foam (phenolic foam, Y48 mixed plastic waste), whose export to a non-OECD country is banned, from "
         "Antwerp to Nhava Sheva; Belgian French wording (plastic waste as prime resin repeats in many sets, "
         "phenolic labels in a few; floral foam was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-05", "export", "NLROAD01", "road", "NL", ["DE", "PL", "UA"], "MD", "840310",
         "Kasverwarmingsketels, gebruikt, gereviseerd, 6 stuks", "NL", 21000, 6, 4800, "EUR",
         "overhauled greenhouse boilers are cleaned, repainted and tested, with new insulation; these six are "
         "rusty, with crumbling white-grey lagging and rope seals that show chrysotile fibres under a lens, and "
         "burst asbestos-cement flue sections thrown in, taken out of a Westland glasshouse: construction and "
         "demolition waste containing asbestos (17 06 05*), hazardous waste whose export to a non-OECD country "
         "is banned, by road through Germany, Poland and Ukraine to a Chișinău greenhouse 'buyer'; Dutch wording "
         "(asbestos and used boilers repeat in many sets; greenhouse boilers were found in no earlier row by a "
         "keyword search; kept as a repeat of the good)", {"importer_country": "MD"}),
        ("WST-06", "export", "HUROAD01", "road", "HU", [], "RS", "120600",
         "Napraforgómag madáreleségnek, zsákokban, 24 t", "HU", 24000, None, 3600, "EUR",
         "sunflower seed for bird feed is black or striped seed that smells of oil and nothing else; these sacks "
         "hold seed stained pink and blue with a powdery coating that smells of chemicals, with 'csávázott, "
         "takarmányozásra tilos' on torn seed-company labels: out-of-date dressed seed (neonicotinoid and "
         "fungicide seed treatment) from a Békés seed company's returns, agrochemical waste containing hazardous "
         "substances (02 01 08*), hazardous waste whose export to a non-OECD country is banned, on a lorry at "
         "Röszke for a Subotica 'bird-food packer'; Hungarian wording (treated seed repeats in two sets, blind61 "
         "and blind221, as seed maize; kept as a repeat of the good: a bird-feed label was found in no earlier row "
         "by a keyword search)", {"importer_country": "RS"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "VN", "391723",
         "Manichetta per irrigazione a goccia, seconda scelta, in rotoli, 20 t", "IT", 20000, None, 2000, "EUR",
         "second-grade drip tape is new, clean, thin PE tape on even rolls with the maker's print; these bales "
         "hold tangled, sun-bleached tape pulled out of Pugliese tomato fields, caked with soil, roots and "
         "fertiliser crust, some still knotted to mulch film: used agricultural plastic waste, not a green-listed "
         "clean waste, whose export to a non-OECD country is banned, from Taranto to Haiphong for a 'pipe "
         "maker'; Italian wording (agricultural plastic waste repeats in several sets, soiled drip tape in "
         "blind140 and blind221; kept as a repeat of the good: a second-grade new-tape label from Puglia to "
         "Haiphong is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "ID", "392490",
         "Pflanztöpfe und Anzuchtplatten aus Kunststoff, gebraucht, wiederverwendbar, 16 t", "DE", 16000, None,
         960, "EUR",
         "reusable nursery pots are sorted, stacked and washed; these bales hold crushed, muddy, mixed black PP, "
         "PS and PE pots, trays and plant labels from garden-centre take-back bins, with compost, roots and "
         "snail shells inside: mixed plastic waste (Y48), whose export to a non-OECD country is banned, from "
         "Hamburg to Surabaya; German wording (nursery-pot labels repeat in three sets, blind71, blind190 and "
         "blind205; kept as a repeat: garden-centre take-back pots to Indonesia is the new part as far as a "
         "search found)", {"importer_country": "ID"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "310100",
         "Υγρό λίπασμα ψαριού (fish emulsion) για θερμοκήπια, δεξαμενές 1000 l, 18 τεμ.", "GR", 17000, 18, 1700,
         "EUR",
         "fish emulsion fertiliser is a thick, dark-brown, fishy liquid with an NPK label; these IBCs hold a "
         "black, oily, two-layered liquid that smells of diesel and bilge, with a water layer below and a sheen "
         "on a drop: oily bilge water and slops from a Piraeus ship-waste collector (13 04 03*), hazardous waste "
         "whose export to a non-OECD country is banned, by sea to Alexandria for a 'greenhouse supplier'; Greek "
         "wording (oily wastes repeat in many sets; a fish-emulsion fertiliser label was found in no earlier row "
         "by a keyword search)", {"importer_country": "EG"}),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RS"], "MK", "310100",
         "Substrát pro pěstování hub, použitý, kompostovaný, volně ložený, 24 t", "CZ", 24000, None, 480, "EUR",
         "spent mushroom substrate is brown, straw-rich, peat-cased compost that smells of mushrooms; this tipper "
         "holds black, fine, greasy filter cake that smells of solvents and reads chromium, nickel and zinc on a "
         "test strip, from an Ostrava electroplating works' waste-water plant: sludge from physico-chemical "
         "treatment containing hazardous substances (19 02 05*), hazardous waste whose export to a non-OECD "
         "country is banned, by road through Slovakia, Hungary and Serbia to a Kumanovo 'mushroom farm'; Czech "
         "wording (plating sludge repeats in several sets and a mushroom-substrate label once, blind33, on a "
         "precursor; on a waste by road to North Macedonia is the new part as far as a search found)", {"importer_country": "MK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "MA", [], "ES", "293090",
         "Disulfure de diméthyle (DMDS), fumigant du sol pour fraisiers, bouteilles 50 kg, 40 unités", "MA",
         2000, 40, 9000, "EUR",
         "DMDS, the soil fumigant that replaced methyl bromide, is a yellowish liquid that smells overpoweringly "
         "of cabbage and rotten garlic and is shipped in drums; these 40 steel cylinders are under pressure, hold "
         "a colourless gas with a faint chloroform smell and carry tare weights and valve threads of methyl "
         "bromide cylinders, for Huelva strawberry growers: methyl bromide, whose placing on the market and use "
         "for soil fumigation are banned, by sea from Tanger Med to Algeciras; Moroccan French wording (methyl "
         "bromide repeats in many sets, DMDS labels in three, blind80, blind96 and blind157; kept as a repeat, as "
         "strawberry growers in Huelva via Tanger Med are the new part as far as a search found)",
         firm("Rivage Agrícola SL", "ES")),
        ("OZN-02", "import", "DESEA01", "sea", "CN", [], "DE", "340590",
         "Blattglanzspray für Zimmerpflanzen, 400 ml Aerosoldosen, 24.000 Dosen (叶面光亮剂)", "CN", 8600, 24000,
         12000, "USD",
         "leaf-shine sprays for house plants carry a few grams of silicone or wax in butane or DME; these cans "
         "weigh 360 g each, hiss cold when pressed, barely leave a film and the propellant reads '134a' on the "
         "filler's certificate in the container: HFC-134a in non-medical aerosols placed on the market without "
         "HFC quota or registration, and banned in novelty and technical aerosols, by sea from Ningbo to Hamburg "
         "for a garden-centre wholesaler; German and Chinese wording (HFC-134a repeats in many sets under spray "
         "labels and a leaf-shine label once, blind190; kept as a repeat of the cover: 24,000 cans by sea for a "
         "garden-centre wholesaler is the new part as far as a search found)",
         firm("Nordhafen Gartenbedarf GmbH", "DE")),
        ("OZN-03", "import", "NLSEA01", "sea", "CA", [], "NL", "841989",
         "Plant growth chambers, reach-in, refurbished, 3 units, for a seed-testing laboratory", "CA", 1800, 3,
         21000, "CAD",
         "refurbished plant growth chambers from a Winnipeg dealer are sold recharged with R-134a or R-290 and "
         "relabelled; these three 1980s reach-in chambers carry the original 'R-502' plates, factory-soldered "
         "circuits with no sign of recharge and 2.4 kg of refrigerant each: R-502 (CFC-115 with HCFC-22) in "
         "equipment, whose import into the Union is banned, by sea from Halifax to Rotterdam for a Wageningen "
         "seed-testing laboratory; Canadian English wording (R-502 repeats in many sets in display cases and "
         "freezers; plant growth chambers for a seed laboratory were found in no earlier row by a keyword "
         "search)", firm("Central Seed Testing BV", "NL")),
        ("OZN-04", "export", "NLAIR01", "air", "NL", [], "ET", "841869",
         "Vacuümkoeler voor snijbloemen, gebruikt, R-290, 1 stuk (vacuum cooler for cut flowers)", "NL", 3800, 1,
         18000, "EUR",
         "a vacuum cooler sold to a flower farm on R-290 carries propane warnings and a sealed, small charge; this "
         "one is a 1990s Aalsmeer auction-house unit whose plate and pressure switches read R-22, with 28 kg of "
         "refrigerant still in the receiver, flown from Schiphol to Addis Ababa for a rose farm at Holeta: "
         "equipment relying on HCFC-22, whose export from the Union is banned, under a propane label; Dutch "
         "wording (R-22 equipment for export repeats in many sets and vacuum coolers in two, blind181 and "
         "blind190; kept as a repeat of the good, as a flower-farm vacuum cooler to Ethiopia by air is the new "
         "part)", {"importer_country": "ET"}),
        ("OZN-05", "import", "PLSEA01", "sea", "CN", [], "PL", "290219",
         "Cyklopentan, środek porotwórczy do pianki florystycznej, beczki 200 l, 60 beczek", "CN", 14400, 60,
         26000, "USD",
         "cyclopentane is a light (0.75 kg/l), petrol-smelling, highly flammable liquid shipped under flammable "
         "labels; these drums hold a heavier liquid of 1.24 kg/l that smells sweetish and ethereal, does not "
         "burn easily and boils in the hand at 32 °C, for a Poznań floral-foam maker whose phenolic foam was once "
         "blown with it: HCFC-141b, whose import into the Union is banned, by sea from Shanghai to Gdańsk; Polish "
         "wording (HCFC-141b repeats in many sets and cyclopentane labels in many; floral foam was found in no "
         "earlier row by a keyword search; kept as a repeat of the cover)", firm("Delta Floristyka Sp. z o.o.", "PL")),
        ("OZN-06", "transit", "ITSEA01", "sea", "IN", [], "LY", "380891",
         "Greenhouse whitefly killer aerosol, total-release, 150 ml cans, 30,000 cans", "IN", 6000, 30000, 15000,
         "USD",
         "total-release greenhouse aerosols are light cans of pyrethroid in a hydrocarbon propellant; these "
         "cans are heavy steel, printed in Hindi inside the lids, and the propellant boils off cold with a "
         "faintly sweet smell and reads 'CFC-12 (Freon 12)' on the filler's sheet: CFC-12 in aerosols, whose "
         "entry into the Union, transit included, is banned, declared in transit at Gioia Tauro from Mundra to Misrata for a "
         "Libyan greenhouse-supply dealer; Indian English wording (CFC-12 repeats in many sets and greenhouse "
         "foggers in several; kept as a repeat: a transit to Libya is the new part as far as a search found)",
         {}),
        ("OZN-07", "import", "IEAIR01", "air", "US", [], "IE", "841850",
         "Upright freezers, -20 °C, ex-seed bank, used, 4 units (hydrocarbon refrigerant)", "US", 720, 4, 3200,
         "USD",
         "seed-bank freezers sold second-hand as hydrocarbon units carry R-290 labels and a small sealed charge; "
         "these four carry 'R-404A' plates under the new stickers and 1.8 kg of HFC each, plug-in commercial "
         "freezers with an HFC of GWP above 2,500 that may not be placed on the Union market, flown from Chicago "
         "to Dublin for a County Wicklow heritage-seed library; US English wording (R-404A repeats in many sets "
         "in freezers; seed-bank freezers were found in no earlier row by a keyword search)",
         firm("Central Seed Library Ltd", "IE")),
        ("OZN-08", "import", "NLAIR01", "air", "CN", [], "NL", "841861",
         "水冷机 (hydroponic nutrient-solution chillers), 1/2 HP, R-290, 20 units", "CN", 640, 20, 4800, "USD",
         "R-290 nutrient-solution chillers carry propane warning labels and a sealed 150 g charge; these 20 have "
         "service valves, 'R22' stamped on the compressor and 600 g of refrigerant each, for an Amsterdam grow "
         "shop: equipment relying on HCFC-22, whose import into the Union is banned, flown from Guangzhou; "
         "Chinese and English wording (R-22 in aquarium chillers repeats in two sets, blind51 and blind190; "
         "chillers for hydroponic nutrient tanks were found in no earlier row by a keyword search)",
         firm("Horizon Hydro BV", "NL")),
        ("OZN-09", "import", "ITSEA01", "sea", "CN", [], "IT", "842482",
         "Impianti di nebulizzazione per serre, kit completi, 40 set", "CN", 3600, 40, 28000, "USD",
         "a greenhouse-misting container for a Pistoia nursery: high-pressure misting pumps and nozzle lines are "
         "what such containers hold, but the third item's 'gas per prova di tenuta' are 300 pink, disposable "
         "11.3 kg cylinders of R-410A: bulk HFC (R-32 and R-125) placed on the market without quota, in "
         "disposable cylinders that are banned, hidden as the last item of a three-item declaration, by sea from "
         "Ningbo to La Spezia; Italian wording (HFC cylinders repeat in many sets behind other goods; behind "
         "greenhouse misting systems was found in no earlier row by a keyword search)",
         dict(firm("Alpina Vivai Srl", "IT"),
              _more_items=[item("841370", "Pompe alta pressione per nebulizzazione, 40 pz", "CN", 1200, 9600, "USD", qty=40),
                           item("280430", "Gas per prova di tenuta, bombole 11,3 kg, 300 pz", "CN", 3400, 6000, "USD", qty=300)])),
        ("OZN-10", "import", "ESAIR01", "air", "CO", [], "ES", "320890",
         "Pintura en aerosol para teñir flores naturales, 400 ml, 6.000 latas", "CO", 2700, 6000, 42000000, "COP",
         "the flower-tinting sprays Colombian farms use on roses are water- or alcohol-based dyes in DME or "
         "butane cans; these cans spray a dye whose propellant boils off very cold, does not burn and reads "
         "'R-22' on the filling sheet: HCFC-22 in aerosols, whose import into the Union is banned, flown from "
         "Bogotá to Madrid for a Barcelona florist supplier; Colombian Spanish wording (HCFC-22 repeats in many "
         "sets and spray paints in two; a flower-tinting label was found in no earlier row by a keyword search)",
         firm("Meridian Floral SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "PLROAD01", "road", "UA", [], "PL", "491191",
         "Ботанічні гравюри, репродукції, ручне розфарбування, 24 аркуші", "UA", 6, 24, 480, "EUR",
         "reproduction botanical prints are modern giclée or offset sheets on bright, smooth paper; these 24 "
         "sheets are hand-coloured copperplate engravings on thick laid paper with plate marks, folio size, with "
         "Latin plant names and an old library stamp cut away from the margins: plates torn from a 1613 Hortus "
         "Eystettensis of a Ukrainian university library, exported without the Ministry of Culture's permit and "
         "brought into the Union against Regulation 2019/880, in a car at Dorohusk for a Kraków dealer; Ukrainian "
         "wording (stolen library plates repeat in a few sets; a Hortus Eystettensis or botanical-print label was "
         "found in no earlier row by a keyword search)", firm("Orion Antykwariat Sp. z o.o.", "PL")),
        ("CUL-02", "import", "DESEA01", "sea", "CN", [], "DE", "680293",
         "太湖石 假山石, 花园造景用, 带木座, 12 件", "CN", 1400, 12, 3600, "USD",
         "a Suzhou garden-supply container for a Hamburg landscaper: new Taihu rockery stones and granite "
         "lanterns are what such containers hold, but the first item's stones are twelve small, dark, "
         "sound-ringing Lingbi and Ying scholar's rocks on carved, worn hongmu stands with Qing collectors' "
         "inscriptions incised on their backs: scholar's rocks of the Ming and Qing dynasties, cultural relics "
         "whose export from China is forbidden, brought into the Union against Regulation 2019/880, by sea from "
         "Shanghai; Chinese wording (scholar's rocks repeat in a few sets; under a Taihu rockery label behind "
         "garden lanterns was found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Gartenbau GmbH", "DE"),
              _more_items=[item("680293", "花岗岩石灯笼, 新品, 20 件", "CN", 6000, 4200, "USD", qty=20),
                           item("691200", "紫砂盆景盆, 新品, 300 件", "CN", 900, 1800, "USD", qty=300)])),
        ("CUL-03", "import", "NLSEA01", "sea", "JP", [], "NL", "680293",
         "御影石 春日灯籠 (新品), 庭園用, 高さ 2 m, 2 基", "JP", 2200, 2, 5200, "USD",
         "new granite Kasuga lanterns are crisp, machine-cut and pale grey; these two are weathered, lichen-"
         "stained and rounded, with a donor's inscription and the date Kan'ei 12 (1635) cut into the post and "
         "temple name chiselled off: Edo-period votive lanterns stolen from a Nara-prefecture shrine precinct, "
         "exported without the Agency for Cultural Affairs' clearance and brought into the Union against "
         "Regulation 2019/880, by sea from Kobe for a Utrecht Japanese-garden designer; Japanese wording (stone "
         "lanterns repeat in a few sets, blind84 among them; a Kasuga-lantern label was found in no earlier "
         "row by a keyword search)", firm("Rivage Tuinarchitectuur BV", "NL")),
        ("CUL-04", "import", "BESEA01", "sea", "GB", [], "BE", "681099",
         "Reproduction cast-stone garden urns, pair, on plinths", "GB", 900, 2, 2400, "GBP",
         "reproduction cast-stone urns are even, sandy, crisp and hollow-cast; this pair is a dense, buff, "
         "fired ceramic stone with worn gadrooning, old lead-pinned repairs and 'COADE LAMBETH 1791' stamped "
         "under the lip: Coade-stone urns of 1791 taken from a listed Georgian garden in Wiltshire, exported "
         "without the Arts Council export licence that objects over fifty years and their value require, by sea "
         "from Felixstowe to Zeebrugge for a Ghent dealer; British English wording (garden urns and Coade stone "
         "were found in no earlier row by a keyword search)", firm("Central Antiek SA", "BE")),
        ("CUL-05", "import", "DEROAD01", "road", "TR", ["BG", "RS", "HU", "AT"], "DE", "680291",
         "Mermer bahçe saksısı (yalak), eskitme, el yapımı, 1 adet", "TR", 1100, 1, 900, "EUR",
         "the antiqued marble garden troughs Afyon workshops make are evenly cut, acid-aged and drilled for "
         "drainage; this one is a strigillated front and side of a white marble sarcophagus chest, with a worn "
         "garland and a Greek funerary inscription on the short side and root marks in the weathering: a Roman "
         "sarcophagus from Asia Minor, exported against Turkish law and brought into the Union against "
         "Regulation 2019/880, on a lorry through Bulgaria, Serbia, Hungary and Austria for a Munich garden "
         "designer; Turkish wording (sarcophagi repeat in three sets and marble garden-trough labels in "
         "blind28 and blind131; kept as a repeat: an antiqued Afyon trough by road to Munich is the new part as "
         "far as a search found)", firm("Alpina Gartenkunst GmbH", "DE")),
        ("CUL-06", "import", "ESAIR01", "air", "MX", [], "ES", "680299",
         "Pila de cantera rosa de Querétaro para fuente de jardín, estilo colonial, nueva, 1 pieza", "MX", 680, 1, 1800, "USD",
         "new colonial-style cantera fountains from Querétaro are soft, pink, evenly carved and unweathered; "
         "this basin is a worn, lichen-marked stone bowl with a carved Franciscan cord, a date of 1687 and "
         "traces of lime wash inside, the baptismal font of a Oaxacan village church: colonial religious "
         "heritage, a national monument whose export from Mexico is forbidden, brought into the Union against "
         "Regulation 2019/880, flown from Mexico City to Madrid for a Marbella garden designer; Mexican Spanish "
         "wording (baptismal fonts repeat in three sets, blind122, blind190 and blind218, and a cantera "
         "garden-fountain label once, blind172, on a Maya object to the United States; kept as a repeat: a "
         "colonial font flown to Madrid is the new part as far as a search found)",
         firm("Rivage Jardines SL", "ES")),
        ("CUL-07", "import", "FRSEA01", "sea", "KR", [], "FR", "680293",
         "화강암 석인상 (정원 장식용, 신제품), 한 쌍", "KR", 1600, 2, 2400, "USD",
         "new granite tomb-figure replicas for gardens are crisp, pale and machine-finished; this pair of civil "
         "officials holding tablets is grey with black lichen, worn smooth on the faces, with iron-stained "
         "bases still crusted with earth: Joseon-dynasty munninseok stolen from a family tomb, exported without "
         "the Cultural Heritage Administration's permit and brought into the Union against Regulation 2019/880, "
         "by sea from Busan to Le Havre for a Normandy garden owner; Korean wording (Joseon tomb guardians repeat once, "
         "blind190; kept as a repeat: to France by sea as new garden replicas is the new part as far as a search "
         "found)", person("M. T. Dubois", "FR")),
        ("CUL-08", "import", "PTPOST01", "post", "BR", [], "PT", "060490",
         "Folhas e flores prensadas, secas, para artesanato (scrapbook), 1 pacote", "BR", 2.5, 1, 180, "BRL",
         "pressed leaves and flowers for crafts are fresh-coloured, cheap and loose; this parcel holds 60 brittle, "
         "brown herbarium sheets on old paper with handwritten labels of 1840-1890, collectors' numbers and "
         "'TYPUS' stamps, with the sheets' institutional stamps cut off: type specimens stolen from a Brazilian "
         "herbarium, natural-history collections whose export from Brazil needs a permit, brought into the Union "
         "against Regulation 2019/880, posted from Rio de Janeiro to a private collector in Coimbra; Brazilian "
         "Portuguese wording (herbarium sheets repeat in four sets, blind43, blind80, blind182 and blind217; kept as a "
         "repeat of the good: a scrapbook pressed-flower label is the new part as far as a search found)", person("João Pereira", "PT")),
        ("CUL-09", "import", "ITSEA01", "sea", "ID", [], "IT", "691390",
         "Pot tanah liat untuk taman, gaya Majapahit, baru, 40 buah", "ID", 1200, 40, 1600, "USD",
         "new Majapahit-style garden pots from Kasongan are bright terracotta, light and evenly fired; ten of "
         "these 40 are heavier, grey-red, with root-etched surfaces, old breaks and encrusted soil inside, and two "
         "are modelled water vessels with a Majapahit kala face: 14th-century terracottas from Trowulan, "
         "exported without a permit under Indonesia's cultural-heritage law and brought into the Union against "
         "Regulation 2019/880, by sea from Tanjung Perak to Genoa for a Lucca garden shop; Indonesian wording "
         "(Majapahit terracottas repeat in five sets; among new garden pots is the new part as far as a search "
         "found)", firm("Meridian Giardini Srl", "IT")),
        ("CUL-10", "export", "ATROAD01", "road", "AT", [], "CH", "490199",
         "Gartenbücher, antiquarisch, 4 Bände, Sammlerstücke ohne besonderen Wert", "AT", 12, 4, 900, "EUR",
         "ordinary antiquarian gardening books are worn octavos worth tens of euros each; these four are "
         "folio volumes of a hand-coloured 1770s Viennese florilegium with the engraved plates of Jacquin's "
         "garden flora and an Austrian noble library's bookplates, valued by the Basel buyer at 180,000 EUR: "
         "books over 100 years old and above the EU value threshold exported without the Union export licence "
         "or the Austrian Federal Monuments Office's permit, on a road at Feldkirch; Austrian German wording "
         "(undervalued rare books repeat in several sets; a botanical florilegium was found in no earlier row by "
         "a keyword search)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "air", "NL", [], "KZ", "903289",
         "Klimaatcomputers voor kassen, compleet met sensoren, 12 stuks", "NL", 480, 12, 96000, "EUR",
         "greenhouse climate computers for a new Kazakh glasshouse are ordered with a site plan, crop plan and "
         "installer; these twelve go to an Almaty trading firm with no greenhouse, the same firm's freight "
         "forwarder routes on to Novosibirsk, and each controller board carries high-end microcontrollers and "
         "FPGAs on the Common High Priority list: goods whose sale for use in Russia is prohibited, exported "
         "through Kazakhstan; Dutch wording (circumvention through Kazakhstan repeats in many sets; greenhouse "
         "climate computers were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "EG", "380893",
         "Glyphosat-Vorprodukt für Herbizidformulierung, technisch, IBC, 20 t", "DE", 20000, None, 24000, "EUR",
         "a glyphosate intermediate for a formulator would be glyphosate acid, a white powder; these IBCs hold a "
         "colourless, fuming liquid that reacts violently with water, smells sharp and reads UN1809: phosphorus "
         "trichloride (CWC Schedule 3, dual-use 1C350), for which an export licence is needed and which may "
         "not go to a State not party to the Convention without an end-use certificate, from Hamburg to Port "
         "Said; German wording (phosphorus halides repeat in many sets and glyphosate labels in four; a "
         "glyphosate-intermediate label on PCl3 to Egypt was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AE", "841989",
         "Bioréacteurs à immersion temporaire pour micropropagation de plantes, 4 unités", "FR", 1600, 4, 220000,
         "EUR",
         "temporary-immersion systems for micropropagation are racks of small plastic jars and an air pump; these "
         "four are 150 l steam-sterilisable stainless-steel vessels with sealed shaft seals, in-place sterilising "
         "and aerosol-tight sampling, for a Dubai 'date-palm laboratory' whose buyer pays from Tehran: fermenters "
         "controlled as dual-use (2B352), exported without a licence for re-export to Iran; French wording "
         "(fermenters repeat in several sets; as plant-micropropagation bioreactors was found in no earlier row "
         "by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "AE", "761090",
         "Serra in alluminio, kit completo: grondaie, profili e vetri, 1 container", "IT", 14000, None, 86000,
         "EUR",
         "an Italian greenhouse kit for a Dubai farm: gutter profiles, glass and screens are what such kits hold, "
         "but the second item's 'tubi per pali di sostegno' are 400 seamless 7075-T6 tubes of 75 mm bore with "
         "mill certificates, far stronger and dearer than any greenhouse column, for a Sharjah buyer whose "
         "consignee is in Iran: high-strength aluminium tubes controlled as dual-use (1C202), hidden as the second "
         "item of a three-item declaration, by sea from Genoa to Jebel Ali; Italian wording (7075 tubes repeat in "
         "many sets; behind a greenhouse kit was found in no earlier row by a keyword search)",
         dict({"importer_country": "AE"},
              _item={"description": "Serra in alluminio: grondaie e profili 6063, 1 lotto"},
              _more_items=[item("760820", "Tubi per pali di sostegno, alluminio, 400 pz", "IT", 3200, 14000, "EUR", qty=400),
                           item("700800", "Vetri per serra, vetrocamera, 900 pz", "IT", 9000, 12000, "EUR", qty=900)])),
        ("STR-05", "transit", "NLSEA01", "sea", "CN", [], "PK", "850440",
         "Variable-frequency drives for irrigation pumps, 30 units", "CN", 900, 30, 180000, "USD",
         "irrigation-pump drives run 50 Hz pumps and cost a few hundred dollars; these 30 are 600-2,000 Hz, "
         "multiphase frequency changers with tight frequency control at 6,000 USD apiece, for a Lahore "
         "'irrigation contractor' linked to a procurement network: frequency changers controlled as dual-use "
         "(3A225), whose transit through the Union may be prohibited, declared in transit at Rotterdam from "
         "Shanghai to Karachi; English wording (frequency changers repeat in several sets and irrigation-pump "
         "covers in two; in transit through Rotterdam was found in no earlier row by a keyword search)", {}),
        ("STR-06", "export", "PLROAD01", "road", "PL", ["LT", "LV", "RU"], "KG", "850440",
         "Zasilacze LED do lamp do uprawy roślin, 6.000 szt.", "PL", 3600, 6000, 168000, "EUR",
         "LED grow-light drivers are cheap, potted power supplies; these boxes hold loose IGBT power modules and "
         "driver boards at 28 EUR each for a Bishkek 'horticulture importer' whose trucks go to Moscow, routed "
         "through Russia itself: goods on the Common High Priority list whose sale to Russia is prohibited, "
         "exported through Kyrgyzstan; Polish wording (IGBT modules repeat in several sets and grow-light labels "
         "in a few; kept as a repeat of the good)", {"importer_country": "KG"}),
        ("STR-07", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "442199",
         "Опоры для растений и садовые шпалеры, березовые, пачки, 40 т", "KZ", 40000, None, 12000, "USD",
         "garden trellis and plant stakes from Kazakhstan are a small trade in bamboo and pine; these wagons hold "
         "40 t of birch trellis panels and stakes with Russian sawmill stamps inside the bundles and GOST marks on "
         "the pallets, declared of Kazakh origin, by rail through Russia to Rēzekne: Russian birch wood products, "
         "whose import into the Union is prohibited; Russian wording from Kazakhstan (Russian wood under Kazakh "
         "origin repeats in several sets; a garden-trellis label was found in no earlier row by a keyword "
         "search)", firm("Vega Dārzs SIA", "LV")),
        ("STR-08", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG", "TR"], "GE", "843710",
         "Selezionatrici ottiche per sementi, 2 unità, per un'azienda sementiera", "IT", 5200, 2, 340000, "EUR",
         "optical seed sorters for a Georgian seed company are installed by the maker's technician; these two go "
         "to a Tbilisi firm founded last year whose address is a flat and whose forwarder books onward road "
         "transport to Krasnodar: machinery of heading 8437 whose sale for use in Russia is prohibited, exported "
         "through Georgia; Italian wording (circumvention through Georgia repeats in several sets and colour "
         "sorters once, blind170; kept as a repeat of the cover)", {"importer_country": "GE"}),
        ("STR-09", "export", "FRROAD01", "road", "FR", ["IT", "GR"], "TR", "841381",
         "Injecteurs doseurs d'engrais pour fertirrigation, 40 unités", "FR", 1200, 40, 96000, "EUR",
         "water-powered fertigation injectors are plastic and cost a few hundred euros; these 40 are motor-driven "
         "diaphragm metering pumps with PTFE-lined heads and double seals at 2,400 EUR each, for an Istanbul "
         "'greenhouse supplier' whose customer is an Iranian chemical plant: pumps with corrosion-resistant "
         "wetted parts controlled as dual-use (2B350), exported without a licence for re-export to Iran; French "
         "wording (dosing pumps repeat in two sets, blind209 and blind219; a fertigation label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "OM", "310221",
         "Sulfato de amonio cristalizado, para arándanos y orquídeas, sacos 25 kg, 20 t", "ES", 20000, None,
         48000, "EUR",
         "ammonium sulphate for acid-loving plants is a cheap, greyish crystal at about 0.2 EUR/kg; these bags "
         "hold a fine, white powder at 2.4 EUR/kg that burns hot and fast, with 'NH4ClO4' on the inner liners, "
         "for a Sohar buyer that ships on to Bandar Abbas: ammonium perchlorate, a rocket propellant oxidiser "
         "controlled under the MTCR lists and Iran sanctions, from Valencia; Spanish wording (ammonium "
         "perchlorate repeats in many sets and ammonium-sulphate labels in two; kept as a repeat: a blueberry "
         "and orchid fertiliser label is the new part as far as a search found)", {"importer_country": "OM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLPOST01", "post", "CN", [], "NL", "060110",
         "芍药根分株 (Paeonia lactiflora divisions), 20 株", "CN", 3, 20, 600, "CNY",
         "peony divisions are thick, fleshy, brown storage roots with red buds; these 20 are thin, creeping "
         "rhizomes with fine wiry roots and pale pointed buds, with Yunnan mountain moss still clinging: wild "
         "lady's-slipper orchids (Cypripedium, CITES App. II) without CITES documents, posted from Kunming to a "
         "private collector in Haarlem; Chinese wording (Cypripedium repeats in five sets; a peony label was "
         "found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-02", "import", "DEPOST01", "post", "ZA", [], "DE", "060290",
         "Gasteria saailinge, kwekery, 30 stuks", "ZA", 3.5, 30, 900, "ZAR",
         "nursery Gasteria seedlings are small, tongue-leaved rosettes in peat plugs; these 30 are bare-root, "
         "dusty plants with old, scarred stems and quartz grit in the roots: wild Namaqualand dwarf aloes and "
         "Euphorbia (CITES App. II, a few aloes App. I) dug without permits, posted from Springbok to a private "
         "collector in Leipzig; Afrikaans wording (wild South African succulents repeat in several sets; a "
         "Gasteria label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-03", "import", "ATPOST01", "post", "NA", [], "AT", "060290",
         "Cyphostemma juttae Sämlinge, Gärtnerei, 8 Stück", "NA", 4, 8, 2400, "NAD",
         "Cyphostemma juttae seedlings are soft, green, fat-stemmed plants in pots; these eight are bare, "
         "spiny, half-man stems with a crown of crinkled leaves, dug on the Richtersveld border, and two are "
         "strap-leaved Welwitschia seedlings with a taproot: wild Pachypodium namaquanum (CITES App. II) and "
         "Welwitschia (App. II) without CITES documents, posted from Windhoek to a private collector in "
         "Graz; Namibian German wording (Pachypodium and Welwitschia repeat in several sets; a Cyphostemma label "
         "was found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("WLF-04", "import", "FRAIR01", "air", "LA", [], "FR", "060210",
         "ກິ່ງຕົ້ນດຣາເຊນາ (boutures de dracaena), 2 000 pièces", "LA", 180, 2000, 900, "USD",
         "dracaena cuttings are cane sections with a bud, boxed dry; these boxes hold, below a layer of canes, "
         "600 bare-root plants with strap-shaped mottled leaves and a pouch-flowered bud, with limestone "
         "crumbs in the roots: wild slipper orchids (Paphiopedilum, CITES App. I) without CITES documents, flown "
         "from Vientiane to Paris for a Loire orchid nursery; Lao wording (Paphiopedilum repeats in many sets "
         "and a dracaena label once, blind144; kept as a repeat of the good, as from Laos under dracaena canes "
         "is the new part)", firm("Rivage Orchidées SARL", "FR")),
        ("WLF-05", "import", "ITPOST01", "post", "CL", [], "IT", "070390",
         "Ajo chilote (ajo elefante), cabezas secas, 12 unidades", "CL", 4, 12, 60000, "CLP",
         "ajo chilote (elephant garlic) from Chiloé is large, papery-white heads that smell of garlic; these "
         "twelve round grey 'heads' are spined, chalky-grey cactus bodies with dried taproots wrapped in newspaper, a few with woolly crowns: wild "
         "Copiapoa (CITES App. II) dug in the Atacama without CITES documents, posted from Antofagasta to a "
         "private collector in Rimini; Chilean Spanish wording (Copiapoa repeats in many sets, after the Italian "
         "Operation Atacama; an ajo-chilote label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("WLF-06", "import", "SEAIR01", "express", "MY", [], "SE", "060210",
         "Keratan pokok pothos (Epipremnum), tanpa akar, 40 keping", "MY", 2.4, 40, 380, "MYR",
         "pothos cuttings are single-node vine pieces with a heart-shaped leaf; these 40 are rooted rosettes "
         "with tendrilled leaves and small pitchers still holding rainwater and insects, with moss from "
         "Kinabalu's slopes: wild Nepenthes (CITES App. II, N. rajah App. I) without CITES documents, sent by "
         "express from Kota Kinabalu to a private collector in Malmö; Malay wording (Nepenthes repeats in many "
         "sets; a pothos label was found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("WLF-07", "transit", "PTSEA01", "sea", "MZ", [], "CN", "060290",
         "Estacas de Yucca elephantipes, para paisagismo, 40 unidades", "MZ", 3600, 40, 2000, "USD",
         "yucca canes are light, fibrous stem sections with bark rings; these 40 are heavy, armoured trunks "
         "with diamond-shaped leaf bases and fresh cut root stumps, two with cones: wild Encephalartos cycads "
         "(CITES App. I) without CITES documents, declared in transit at Lisbon from Maputo to Xiamen; "
         "Mozambican Portuguese wording (Encephalartos repeats in many sets and yucca labels in a few; kept as a "
         "repeat, as a transit through Lisbon is the new part as far as a search found)", {}),
        ("WLF-08", "import", "ESAIR01", "air", "HN", [], "ES", "060490",
         "Kokedamas artesanales de musgo con helechos, 300 unidades", "HN", 360, 300, 1500, "USD",
         "kokedama are small moss-wrapped soil balls with a fern; these 300 are wire-bound balls of moss that "
         "each hide a large, silvery, spiralling air plant with wide curled leaves: wild-collected Tillandsia "
         "xerographica (CITES App. II) without CITES documents, flown from San Pedro Sula to Madrid for a "
         "Valencia plant web shop; Honduran Spanish wording (T. xerographica repeats in many sets; a kokedama "
         "label was found in no earlier row by a keyword search)", firm("Delta Plantas SL", "ES")),
        ("WLF-09", "import", "CZAIR01", "air", "MX", [], "CZ", "251320",
         "Sustrato de tezontle rojo para cactáceas, 10 bolsas de 20 kg", "MX", 200, 10, 300, "USD",
         "a cactus-substrate air shipment for a Brno cactus club's shop: red tezontle (volcanic scoria) and pumice "
         "are what such shops sell, but inside the third item's bags of 'tezontle fino' are 400 small, "
         "grey-green, tubercled cacti with woolly centres packed among the grit: wild Ariocarpus and Aztekium "
         "(CITES App. I) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Monterrey to Prague; Mexican Spanish wording (Ariocarpus repeats in many sets; a tezontle label was "
         "found in no earlier row by a keyword search)",
         dict(firm("Orion Kaktusy s.r.o.", "CZ"),
              _more_items=[item("253090", "Piedra pómez para sustrato, 10 bolsas", "MX", 150, 200, "USD", qty=10),
                           item("251320", "Tezontle fino, 5 bolsas", "MX", 100, 150, "USD", qty=5)])),
        ("WLF-10", "import", "NLROAD01", "road", "TR", ["BG", "RO", "HU", "AT", "DE"], "NL", "060110",
         "Tulipa soğanları, kuru, kasalarda, 600.000 adet", "TR", 12000, 600000, 24000, "EUR",
         "a Turkish bulb lorry for a Lisse bulb exporter: cultivated tulips and crocuses are what such lorries "
         "carry, but the third item's 'Chionodoxa' are 250,000 small, uneven, soil-crusted bulbs with "
         "torn tunics and wild roots, dug on the Taurus slopes: wild Galanthus elwesii (CITES App. II, exported "
         "from Türkiye only under quota with permits) without CITES documents, hidden as the last item of a "
         "three-item declaration; Turkish wording (Galanthus repeats in many sets; a Chionodoxa label was found "
         "in no earlier row by a keyword search)",
         dict(firm("Horizon Bloembollen BV", "NL"),
              _more_items=[item("060110", "Crocus soğanları, kuru, 200.000 adet", "TR", 1600, 6000, "EUR", qty=200000),
                           item("060110", "Chionodoxa soğanları, kuru, 250.000 adet", "TR", 1500, 2500, "EUR", qty=250000)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEPOST01", "post", "KE", "BE", "280700",
     "Sulphuric acid 96 %, 1 l, for a licensed private user (hard-seed scarification)", "KE", 1.9, 1, 30, "EUR",
     [("PRECURSOR_LICENCE", "BE-SPF-64-0412")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "IN", "PT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "IN", 2, 2, 50,
     "USD", [("PRECURSOR_LICENCE", "PT-PSP-64-0077")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "SEROAD01", "road", "NO", "SE", "854999",
     "Spent HPS and metal-halide greenhouse lamps (20 01 21*), for mercury recovery at a licensed plant, 12 t",
     "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-64-0133")], "notified mercury lamps to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "HUROAD01", "road", "RS", "HU", "382590",
     "Out-of-date dressed seed (02 01 08*), for incineration at a licensed hazardous-waste plant, 20 t", "RS",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "HU-OKF-64-0088")], "notified treated-seed waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "ET", "NL", "290371",
     "Recovered HCFC-22 from flower-farm cold stores, 40 cylinders, for destruction", "ET", 1600, 40, 0, "EUR",
     [("ODS_LICENCE", "NL-ILT-ODS-64-014")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "CN", "DE", "340590",
     "Leaf-shine aerosols, HFC-134a, 400 ml, 12,000 cans, technical aerosol for professional florists", "CN",
     4300, 12000, 6000, "USD", [("FGAS_QUOTA", "DE-UBA-HFC-64-0231")], "HFC aerosols placed on the market under quota"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "US", "491191",
     "Hortus Eystettensis, hand-coloured engraved plate, 1613, documented German collection since 1928", "DE",
     0.3, 1, 42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-64-0519")],
     "botanical plate exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "BESEA01", "sea", "GB", "BE", "681099",
     "Pair of Coade-stone garden urns, 1790s, with UK export licence and provenance since 1950", "GB", 900, 2,
     64000, "GBP", [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-EL-64-0307")], "Coade-stone urns with the UK export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "281213",
     "Phosphorus trichloride, 20 t, for an Indian glyphosate manufacturer", "DE", 20000, None, 26000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-64-2214"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-64-0118")],
     "Schedule 3 chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "BR", "841989",
     "Steam-sterilisable bioreactors 150 l, 2 units, for a Brazilian plant-micropropagation institute", "FR",
     800, 2, 110000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-64-0652"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-64-0041")],
     "dual-use fermenters under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLROAD01", "road", "GE", "NL", "060110",
     "Galanthus woronowii bulbs, wild-collected under Georgia's export quota, 200,000", "GE", 1200, 200000,
     5000, "EUR", [("CITES_PERMIT", "GE-MEPA-64-0212"), ("PHYTOSANITARY_CERTIFICATE", "GE-NFA-64-3381")],
     "App. II snowdrop bulbs within quota with the export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "TW", "DE", "060290",
     "Paphiopedilum hybrids, artificially propagated, 300 plants in trays", "TW", 90, 300, 4500, "USD",
     [("CITES_PERMIT", "TW-FA-64-1177"), ("PHYTOSANITARY_CERTIFICATE", "TW-BAPHIQ-64-5520")],
     "artificially propagated App. I orchids with the export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Particular", "PRM-03": "Nordic Lamp Recycling AB",
    "PRM-06": "Nordhafen Gartenbedarf GmbH", "PRM-11": "Horizon Bloembollen BV", "PRM-12": "Alpina Orchideen GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most the ordinary
    # supplies of seed companies, nurseries, bulb exporters, grow shops, florists and garden designers
    ("284329", "Silver thiosulphate (STS) post-harvest solution for cut flowers, 1 l", "import", ["express"], ["CO", "EC"], (15, 30), (1, 4), ["USD"], 1, S),
    ("283990", "Liquid potassium silicate, hydroponic silica additive, 1 l", "import", ["air"], ["AU", "ZA"], (3, 6), (100, 500), ["USD", "AUD"], 0.8, S),
    ("293220", "Gibberellic acid (GA3) 90 %, laboratory reagent, 10 g vials", "import", ["post"], ["KE", "IN"], (40, 90), (1, 2), ["USD"], 20, S),
    ("252620", "Talc powder, fine, for seed coating", "import", ["sea"], ["IN", "CN"], (0.3, 0.6), (10000, 20000), ["USD"], None, S),
    ("283321", "Magnesium sulphate heptahydrate, fertiliser grade, 25 kg", "import", ["sea"], ["CN", "IL"], (0.2, 0.4), (18000, 24000), ["USD"], 0.04, S),
    ("271019", "White mineral oil, technical, drums", "import", ["sea"], ["IL", "KR"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("310100", "Seaweed extract powder, soluble, plant biostimulant, 1 kg", "import", ["air"], ["CN", "CL"], (5, 9), (100, 400), ["USD"], 1, S),
    ("310100", "Mycorrhizal inoculant on clay carrier, 1 kg bags", "import", ["air"], ["TH", "IN"], (3, 6), (200, 800), ["USD"], 1, S),
    ("310520", "Controlled-release NPK 14-14-14, coated granules, 25 kg", "import", ["road"], ["MK", "TR"], (0.8, 1.4), (12000, 22000), ["EUR"], 0.04, S),
    ("382499", "Cut-flower food, sugar and citric acid, 10 g sachets", "import", ["express"], ["JP", "CO"], (8, 15), (1, 4), ["USD", "JPY"], 100, S),
    ("680610", "Stone-wool grow slabs, new, wrapped", "export", ["road"], ["UA", "MD"], (0.9, 1.5), (8000, 16000), ["EUR"], 0.3, S),
    ("310100", "Vinasse-based liquid organic fertiliser, IBC", "export", ["sea"], ["NG", "GH"], (0.3, 0.6), (18000, 22000), ["EUR"], None, S),
    ("940542", "LED grow lights, new, boxed", "export", ["sea"], ["GH", "KE"], (15, 30), (2000, 6000), ["EUR"], 0.2, S),
    ("390940", "Phenolic resin, primary, for floral foam making", "export", ["sea"], ["IN", "TR"], (1.5, 2.5), (10000, 20000), ["EUR"], None, S),
    ("840310", "Greenhouse heating boilers, new, gas-fired", "export", ["road"], ["MD", "UA"], (4, 8), (6000, 18000), ["EUR"], 0.0003, S),
    ("391723", "Drip irrigation tape, new, rolls", "export", ["sea"], ["VN", "EG"], (1.8, 3), (10000, 20000), ["EUR"], None, S),
    ("392690", "Nursery pots and seed trays, new, polypropylene", "export", ["sea"], ["ID", "MA"], (1.6, 2.8), (6000, 14000), ["EUR"], 20, S),
    ("680620", "Expanded vermiculite for seed sowing, 100 l bags", "export", ["road"], ["RS", "MK"], (1, 2), (3000, 8000), ["EUR"], 0.1, S),
    ("293090", "Dimethyl disulphide, technical, for refinery sulphiding, drums", "import", ["sea"], ["US", "CN"], (2, 3.5), (10000, 18000), ["USD"], None, S),
    ("340590", "Leaf-shine wipes for house plants, non-aerosol", "import", ["sea"], ["CN", "TR"], (2.5, 4.5), (3000, 8000), ["USD"], 5, S),
    ("841989", "Plant growth chambers, new, R-290", "import", ["sea"], ["CA", "US"], (15, 30), (1000, 4000), ["USD", "CAD"], 0.003, S),
    ("841869", "Vacuum coolers for cut flowers, new, R-744", "export", ["sea"], ["ET", "KE"], (6, 10), (3000, 8000), ["EUR"], 0.0003, S),
    ("290219", "Cyclopentane, blowing agent, drums", "import", ["sea"], ["CN", "KR"], (1.2, 2), (10000, 18000), ["USD"], None, S),
    ("392690", "Yellow sticky traps for greenhouses", "import", ["sea"], ["IN", "CN"], (3, 6), (2000, 6000), ["USD"], 50, S),
    ("841861", "Nutrient-solution water chillers, R-290, 1/2 HP", "import", ["air"], ["CN"], (8, 14), (200, 800), ["USD"], 0.03, S),
    ("842482", "Greenhouse misting systems, high-pressure kits", "import", ["sea"], ["CN", "IL"], (6, 12), (2000, 6000), ["USD"], 0.02, S),
    ("320890", "Water-based flower-tinting dye, non-aerosol, 1 l", "import", ["air"], ["CO", "EC"], (6, 12), (100, 500), ["USD"], 1, S),
    ("491191", "Botanical print reproductions, giclée, unframed", "import", ["post"], ["UA", "GB"], (30, 60), (1, 3), ["EUR", "GBP"], 10, S),
    ("680293", "Taihu rockery stones, new, for garden landscaping", "import", ["sea"], ["CN"], (0.8, 1.6), (8000, 18000), ["USD"], None, S),
    ("680293", "Granite Kasuga lanterns, new, for Japanese gardens", "import", ["sea"], ["JP", "CN"], (2, 4), (2000, 6000), ["USD"], 0.002, S),
    ("681099", "Reproduction cast-stone garden urns and planters", "import", ["sea"], ["GB", "CN"], (1.5, 3), (2000, 6000), ["GBP", "USD"], 0.02, S),
    ("680291", "Antiqued marble garden troughs, new, Afyon", "import", ["road"], ["TR"], (0.8, 1.5), (8000, 18000), ["EUR"], 0.002, S),
    ("680299", "Cantera stone garden fountains, new, colonial style", "import", ["sea"], ["MX"], (2, 4), (3000, 8000), ["USD"], 0.002, S),
    ("680293", "Granite garden statues, Korean style, new", "import", ["sea"], ["KR", "CN"], (1.5, 3), (2000, 6000), ["USD"], 0.002, S),
    ("060490", "Pressed flowers for crafts, dried, packs", "import", ["post"], ["BR", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 20, S),
    ("691390", "Majapahit-style terracotta garden pots, new", "import", ["sea"], ["ID"], (1, 2), (4000, 10000), ["USD"], 0.05, S),
    ("903289", "Greenhouse climate controllers, new", "export", ["air"], ["NO", "CH"], (80, 160), (100, 500), ["EUR"], 0.03, S),
    ("700800", "Insulating glass units for greenhouses", "export", ["road"], ["CH", "RS"], (2, 4), (8000, 20000), ["EUR"], 0.1, S),
    ("843710", "Optical seed sorters, new", "export", ["sea"], ["TR", "EG"], (40, 80), (2000, 6000), ["EUR"], 0.0005, S),
    ("841381", "Water-powered fertiliser injectors, plastic", "import", ["sea"], ["IL", "US"], (20, 40), (500, 2000), ["USD"], 0.5, S),
    ("251320", "Tezontle and pumice cactus substrate, 20 kg bags", "import", ["sea"], ["MX", "IT"], (0.2, 0.5), (8000, 18000), ["USD", "EUR"], 0.05, S),
    ("670210", "Artificial succulents and air plants, plastic", "import", ["post"], ["CN", "TH"], (20, 40), (1, 3), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630710", "Microfibre cleaning cloths, multipacks", "import", ["sea"], ["CN", "KR"], (3, 5), (2000, 6000), ["USD"], 12, N),
        ("630130", "Cotton throw blankets, woven", "import", ["sea"], ["IN", "PK"], (5, 8), (3000, 8000), ["USD"], 1, N),
        ("460219", "Willow laundry baskets", "import", ["sea", "road"], ["CN", "UA"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.5, N),
        ("621410", "Silk scarves, printed", "import", ["post", "express"], ["GB", "IN"], (60, 120), (1, 2), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind230", 20640701, HERE)


if __name__ == "__main__":
    main()
