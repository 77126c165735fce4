#!/usr/bin/env python3
"""Writes the sixty-third blind set (tests/risk/data/blind63-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2036, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL63-*:

    python3 tests/risk/data/make_blind63_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2036, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2036
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ITPOST01", "post", "CH", [], "IT", "271019",
         "Olio per affilatura su pietre, minerale, 4 x 1 l", "CH", 4.6, 4, 48, "CHF",
         "honing oil is a light mineral oil at about 0.80-0.85 kg/l that floats on water and has no smell; these "
         "four litres weigh 1.14 kg/l, smell faintly fruity, sink under water instead of floating on it, and the "
         "inner labels carry UN 1261 and CAS 75-52-5: nitromethane (Annex I above 16 %), posted by a Ticino "
         "'knife-sharpening' web shop to a private person near Como, although flammable liquids may not go by post; "
         "Swiss Italian wording (nitromethane repeats in many sets, as a glue debonder, a printhead cleaner and a "
         "fountain-pen flush among others; a honing-oil cover is new as far as a search found)",
         person("Privato", "IT")),
        ("PRE-02", "import", "SEAIR01", "express", "US", [], "SE", "370790",
         "Wet-plate collodion kit: iron developer (ferrous sulfate), 1 kg", "US", 1.0, 1, 30, "USD",
         "a tintype starter order from an online wet-plate supplier for a private hobby photographer in Uppsala; its "
         "third line, 'fixer for wet-plate positives', should be a thiosulphate solution at about 1.1 kg/l, but "
         "these four litres weigh 1.40 kg/l, give off brown fumes when opened and turn the skin yellow: about 65 % "
         "nitric acid (Annex I above 3 %); a wet-plate worker uses a few drops of it in the silver bath, never four "
         "litres, and it was flown undeclared as a dangerous good; US English wording (nitric acid repeats in many "
         "sets; hidden as the fixer line of a tintype kit it is new as far as a search found)",
         dict(person("Privatperson", "SE"),
              _more_items=[item("320890", "Sandarac varnish for tintypes, 500 ml", "US", 0.5, 25, "USD", qty=1),
                           item("370790", "Fixer for wet-plate positives, 4 x 1 l", "US", 5.6, 40, "USD", qty=4)])),
        ("PRE-03", "import", "ROROAD01", "road", "MD", [], "RO", "210690",
         "Amelioratori pentru panificație cu acid ascorbic (E300), 6 x 5 kg", "MD", 30, 6, 45, "EUR",
         "bread improvers are flour with a few grams of ascorbic acid and enzymes per kilogram, off-white and "
         "floury; these bags hold shiny white crystals with no flour in them, which flare violently when a pinch "
         "touches a hot plate, and the inner bags carry CAS 3811-04-9: potassium chlorate (Annex I above 40 %), "
         "brought from Chișinău in a minibus parcel service for a private person in Iași who bakes at home; "
         "Romanian wording from Moldova (potassium chlorate repeats in many sets, as cream of tartar, a horse "
         "electrolyte and bath salts among others; a bread-improver cover is new as far as a search found)",
         person("Persoană fizică", "RO")),
        ("PRE-04", "import", "BEPOST01", "post", "GB", [], "BE", "950300",
         "Scenic snow powder for model railways, 5 x 1 kg", "GB", 5, 5, 35, "GBP",
         "model-railway snow is white plastic flock or glass microballoons, so light that a litre weighs 100-300 g; "
         "these bags hold a dense, fine, glittering white powder at over 1 kg/l that burns fiercely with a violet "
         "flash, and the inner labels carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted by an "
         "English hobby shop to a private person in Ghent; British English wording (potassium perchlorate repeats, "
         "as kiln wash and powder-coating paint among others; a model-railway scenery cover is new as far as a "
         "search found)", person("Particulier", "BE")),
        ("PRE-05", "import", "PTPOST01", "post", "JP", [], "PT", "250100",
         "リーフアクアリウム用人工海水の素 2 x 5 kg", "JP", 10, 2, 12000, "JPY",
         "reef salt mixes are mostly sodium chloride with magnesium and calcium salts and dissolve to a faintly "
         "cloudy brine that tastes of the sea; these clear crystals dissolve completely to a clear, cold solution "
         "that tastes cool and bitter, and a wooden spill soaked in it and dried flares like a fuse: sodium chlorate "
         "(Annex I above 40 %), posted from Osaka to a private aquarist in Braga; Japanese wording (sodium chlorate "
         "repeats in many sets, most often as weedkiller; aquarium covers repeat, but a reef salt mix is new as far "
         "as a search found)", person("Particular", "PT")),
        ("PRE-06", "import", "LVPOST01", "post", "IN", [], "LV", "290611",
         "Mentola kristāli pirts aromātam, 4 x 1 kg", "IN", 4, 4, 60, "USD",
         "menthol crystals are colourless needles that smell strongly of mint through the bag and melt at 43 °C; "
         "these are odourless granular crystals that run wet in damp air, do not melt in the hand and sputter "
         "violently on a hot plate, and the inner bags carry CAS 7601-89-0: sodium perchlorate (Annex I above 40 %), "
         "posted from Delhi to a private person in Riga who orders 'sauna menthol' by the kilogram; Latvian wording "
         "(sodium perchlorate repeats, as cigar-humidor crystals, dehumidifier refills and a cooking salt among "
         "others; menthol crystals are new as far as a search found)", person("Privātpersona", "LV")),
        ("PRE-07", "import", "FRROAD01", "road", "CH", [], "FR", "300490",
         "Traitement de la fourchette pourrie des sabots, solution, 4 x 5 l", "CH", 22.6, 4, 90, "CHF",
         "thrush treatments for hooves are copper-sulphate or iodine solutions, blue or brown, sold in 500 ml "
         "bottles with a brush; these twenty litres are water-clear, fizz on contact with horn, bleach the skin "
         "white, sit under vented caps and weigh 1.13 kg/l: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "delivered by a Swiss saddlery's van to a private horse owner in Haute-Savoie; Swiss French wording "
         "(hydrogen peroxide repeats in many sets; a hoof-thrush cover is new as far as a search found)",
         person("M. T. Dubois", "FR")),
        ("PRE-08", "import", "BEROAD01", "road", "TR", [], "BE", "390311",
         "Armut koltuk dolgu boncuğu (EPS), 4 x 30 l", "TR", 96, 4, 40, "EUR",
         "bean-bag refill is expanded polystyrene, so light that 30 litres weigh about 150 g and float away in a "
         "draught; these four 30-litre bags weigh 24 kg each, and the beads are hard, smooth white prills 1-2 mm "
         "across that sink in water and dissolve, turning it ice-cold, melt and fizz on a hot plate, and an inner "
         "bag reads 'N 34,5 %': ammonium nitrate (Annex I at 16 % N or more), in a Turkish groupage truck for a "
         "private person in Liège; Turkish wording (ammonium nitrate repeats in many sets, as Liège pearl sugar in "
         "blind62 among others; a bean-bag-filling cover is new as far as a search found)",
         person("Mme L. Dupont", "BE")),
        ("PRE-09", "import", "GRROAD01", "road", "AL", [], "GR", "170230",
         "Shurup glukoze për ëmbëlsira, 4 x 5 l", "AL", 36.8, 4, 40, "EUR",
         "glucose syrup is thick and slow, about 1.4 kg/l, and tastes sweet; these twenty litres pour like thin "
         "oil, weigh 1.84 kg/l, char a wooden spoon black and grow hot when water is added: about 96 % sulphuric "
         "acid (Annex I above 15 %), brought across at Krystallopigi for a private person in Kastoria; Albanian "
         "wording (sulphuric acid repeats in many sets; glucose appears once, as a horse-electrolyte ingredient "
         "(blind60); a glucose-syrup cover is new as far as a search found)", person("Idiotis", "GR")),
        ("PRE-10", "import", "EEAIR01", "express", "US", [], "EE", "360610",
         "Tulemasinabensiin, 6 x 355 ml", "US", 2.4, 6, 30, "USD",
         "lighter fluid is light naphtha at about 0.70 kg/l that smells of petrol; these six cans hold 2.1 litres "
         "weighing 2.4 kg (1.14 kg/l), smell faintly fruity, and a sample gives nitromethane (Annex I above 16 %), "
         "flown undeclared as a dangerous good to a private person in Tartu who races nitro model cars; Estonian "
         "wording (nitromethane repeats in many sets; lighter fluid as its cover is new as far as a search found)",
         person("Eraisik", "EE")),
    ],
    "waste": [
        ("WST-01", "export", "SESEA01", "sea", "SE", [], "IN", "780600",
         "Återvunnet blyhagel från lerduveskytte, tvättat, 40 storsäckar", "SE", 20000, 40, 24000, "EUR",
         "lead shot recovered from clay-target ranges can be sieved clean; these bags hold shot mixed with earth, "
         "broken clay targets, plastic wads and roots, about 40 % soil, dug from the shot-fall zone of a closed "
         "range near Gävle and sold to an Indian 'cartridge maker': waste lead and soil containing lead (A1010, "
         "17 05 03*) are hazardous waste whose export to a non-OECD country is banned; Swedish wording "
         "(lead-laden backstop sand from a Ticino range appears once (blind58); shot-fall soil sold as reclaimed "
         "shot to India is new as far as a search found)", {"importer_country": "IN"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "PK", "850760",
         "Batteriespeicher-Container, gebraucht, 2 MWh, zur Instandsetzung, 3 Stück", "DE", 66000, 3, 15000, "EUR",
         "three containerised lithium-ion storage systems taken out of a Brandenburg solar park after a thermal "
         "event in one of them: blackened racks, swollen and vented modules, a dry-pipe extinguishing system "
         "discharged, no battery-management data, sold 'for repair' at a fraction of the price of one new module "
         "to a Lahore trader: damaged and defective lithium-ion batteries (16 06 05, A1170/A1180), waste no "
         "repair shop can return to use, whose export to a non-OECD country is banned, and they may not go by "
         "sea without special packing; German wording (used EV battery packs for second-life storage appear once "
         "(blind35); a fire-damaged grid-storage container is new as far as a search found)",
         {"importer_country": "PK"}),
        ("WST-03", "export", "FISEA01", "sea", "FI", ["DJ"], "ET", "847150",
         "Käytetyt kryptolouhintalaitteet (ASIC), 1 800 kpl, uudelleenkäyttöön", "FI", 18000, 1800, 9000, "EUR",
         "bitcoin mining machines three generations old, taken out of a closed data centre in Kajaani: many with "
         "burnt hash boards, oil-soaked from immersion cooling, fans missing, untested and loose in gaylords, sold "
         "at 5 EUR apiece to an Addis Ababa 'hosting' firm through Djibouti; machines that can no longer mine at a "
         "profit, untested and unprotected, are waste electrical and electronic equipment with hazardous "
         "components (16 02 13*, A1180), whose export to a non-OECD country is banned; Finnish wording "
         "(cryptocurrency mining machines are new as far as a search found; data-centre clearances repeat)",
         {"importer_country": "ET"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "BD", "890590",
         "FPSO 'NOORDZEE PIONIER', bouwjaar 1996, buiten gebruik, voor verdere inzet als drijvende opslag",
         "NL", 42000000, 1, 9500000, "USD",
         "a floating production, storage and offloading unit laid up in Rotterdam after its North Sea field "
         "closed, its tanks holding oily sludge and produced-water residues with radioactive scale, its "
         "accommodation lined with asbestos, sold through a cash buyer to a Chittagong company 'for further use as "
         "floating storage' under a flag taken for one last voyage, at a price per light tonne: a ship sent for "
         "scrapping is waste, hazardous waste may not leave the Union for a non-OECD country, and it should go to "
         "a yard on the European list (Regulation 1257/2013); Dutch wording (ships sold for demolition repeat, and a "
         "tanker sold for 'floating storage' appears once under sanctions (blind60); an FPSO to Chittagong is new "
         "as far as a search found)", {"importer_country": "BD"}),
        ("WST-05", "export", "ESROAD01", "road", "ES", [], "MA", "151800",
         "Aceite de cocina usado (UCO), filtrado, para biodiésel, cisterna 24 t", "ES", 24000, None, 12000, "EUR",
         "filtered used cooking oil is golden to brown, smells of frying and is lighter than water; samples from "
         "this road tanker are black, smell of diesel and hold about 30 % used engine oil with water and metal "
         "fines, collected from Andalusian garages and mixed in to sell as biodiesel feedstock: a mixture of "
         "cooking oil and mineral oil is hazardous waste (13 02 08*, 20 01 26*) whose export to a non-OECD country "
         "is banned, taking the Algeciras-Tanger Med ferry; Spanish wording (used oils repeat many times; used "
         "cooking oil as the cover is new as far as a search found)", {"importer_country": "MA"}),
        ("WST-06", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "850440",
         "Rtuťové usměrňovače z trakčních měníren, použité, funkční, 6 ks", "CZ", 30000, 6, 6000, "EUR",
         "six mercury-arc rectifiers, steel tanks each holding 100-200 kg of mercury, taken out of old tram "
         "substations in Brno and Ostrava when they were modernised, sold 'for further use' to a Ukrainian buyer; "
         "no tramway buys them any more and the buyer is a scrap merchant who drains them: discarded equipment "
         "containing mercury (16 02 13*, A1010/A1180), hazardous waste whose export to a non-OECD country is "
         "banned; Czech wording (mercury-bearing devices repeat as lamps, thermometers and manometers, and a "
         "rectifier appears once in a development row; mercury-arc rectifiers by rail to Ukraine are new as far as "
         "a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "DEAIR01", "air", "DE", [], "CN", "381800",
         "Siliziumwafer-Bruch zur Wiederverwertung in der Solarindustrie, 40 Kartons", "DE", 800, 40, 4800, "EUR",
         "silicon wafer breakage is grey, mirror-bright and light; these fragments are darker and more than twice "
         "as heavy (5.3 g/cm3 against 2.3), and the labels on the inner bags from a Freiberg compound-semiconductor "
         "fab read GaAs: gallium arsenide wafer scrap, arsenic-bearing waste (A1030), hazardous waste whose export "
         "to a non-OECD country is banned, and China forbids the import of solid waste; German wording (GaAs "
         "appears once, as the photocathodes of image intensifiers (blind31); gallium arsenide scrap as silicon "
         "breakage is new as far as a search found)", {"importer_country": "CN"}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "GH", "740400",
         "Brass gas fittings scrap, from domestic meter exchanges, 18 t", "GB", 18000, None, 54000, "GBP",
         "brass scrap from meter exchanges is sold clean and stripped; this container holds about 6,000 whole "
         "domestic gas pressure regulators taken off old meters in the north of England, unopened, many with the "
         "mercury of their seals still inside and droplets in the sacks: metal waste contaminated with mercury "
         "(17 04 09*, A1010), hazardous waste whose export to a non-OECD country is banned, for a Tema foundry; "
         "British English wording (mercury devices repeat as thermometers, manometers and lamps; mercury gas "
         "regulators are new as far as a search found)", {"importer_country": "GH"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "CN", "284690",
         "Concentrato di ossidi di terre rare da recupero, big bag, 12 t", "IT", 12000, None, 36000, "EUR",
         "rare-earth oxide concentrates are sold with an assay; this grey-white powder with glass fines is the "
         "phosphor sifted out of crushed fluorescent tubes at a Lombard lamp-recycling plant, with about 0.1 % "
         "mercury: fluorescent-lamp powder (19 12 11*, 20 01 21*), hazardous waste containing mercury whose export "
         "to a non-OECD country is banned, and China forbids the import of solid waste; Italian wording "
         "(fluorescent lamps repeat as waste; their phosphor powder as a rare-earth concentrate is new as far as a "
         "search found)", {"importer_country": "CN"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "CI", "690510",
         "Tuiles en terre cuite de réemploi, 5 000 pièces", "FR", 12000, 5000, 3000, "EUR",
         "a demolition-materials shipment for an Abidjan builders' merchant whose third line, 'reclaimed natural "
         "slates', holds grey fibre-cement slates from 1970s farm buildings, stamped by their maker, broken and "
         "mossy: asbestos-cement (chrysotile), construction material containing asbestos (17 06 05*), hazardous "
         "waste whose export to a non-OECD country is banned, and which may not be placed on the market; French "
         "wording (asbestos-cement repeats in many forms; as reclaimed natural slates behind reclaimed tiles and "
         "oak beams it is new as far as a search found)",
         {"importer_country": "CI",
          "_more_items": [item("440391", "Poutres en chêne de réemploi, 40 pièces", "FR", 8000, 4000, "EUR", qty=40),
                          item("680300", "Ardoises naturelles de réemploi, 9 000 pièces", "FR", 18000, 1800, "EUR", qty=9000)]}),
    ],
    "ozone": [
        ("OZN-01", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "841869",
         "Postmix-Schankanlagen mit Eisbankkühlung, gebraucht, 60 Stück", "AT", 3000, 60, 6000, "EUR",
         "sixty post-mix soft-drink dispensers with ice-bank coolers taken out of a closed Austrian cinema chain "
         "and sold to a Novi Sad beverage wholesaler; their plates and a gas test give chlorodifluoromethane "
         "(HCFC-22), 0.3-0.5 kg each: the export of equipment containing or relying on HCFCs is banned (Regulation "
         "2024/590); Austrian German wording (water dispensers appear once (blind54) and retro drinks dispensers "
         "once in a development set; used post-mix dispensers exported to Serbia are new as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-02", "export", "FRSEA01", "sea", "FR", [], "MA", "841989",
         "Enceintes climatiques d'essai, d'occasion, révisées, 4 unités", "FR", 6000, 4, 24000, "EUR",
         "four climatic test chambers (-70 to +180 °C) taken out of a closed automotive test laboratory near "
         "Paris and sold to a Tangier cable-harness maker; their cascade circuits hold chlorodifluoromethane "
         "(HCFC-22) in the high stage and R-503, an azeotrope with chlorotrifluoromethane (CFC-13), in the low "
         "stage, as the plates say: the export of equipment containing or relying on CFCs and HCFCs is banned "
         "(Regulation 2024/590); French wording (R-503 appears once, in ultra-low freezers (blind19); climatic test "
         "chambers are new as far as a search found)", {"importer_country": "MA"}),
        ("OZN-03", "import", "BEPOST01", "post", "US", [], "BE", "291531",
         "Ethylacetaat voor insectendoodpotten, 4 x 250 ml", "US", 1.6, 4, 36, "USD",
         "entomologists kill insects in jars charged with ethyl acetate, a fruity liquid at 0.90 kg/l that burns; "
         "these bottles weigh 1.59 kg/l, do not burn and smell sweet, and a sample gives carbon tetrachloride, the "
         "killing-jar fluid of old collecting manuals: a controlled substance that may not be imported or placed on "
         "the market (Regulation 2024/590), posted by an American entomological supplier to a private beetle "
         "collector in Antwerp; Flemish wording (carbon tetrachloride repeats in about twenty rows, as a stamp "
         "watermark fluid in blind62 among others; an entomologists' killing-jar fluid is new as far as a search "
         "found)", person("Jan Peeters", "BE")),
        ("OZN-04", "import", "PLAIR01", "express", "US", [], "PL", "340290",
         "Odtłuszczacz cytrusowy (d-limonen), koncentrat, 4 x 1 gal", "US", 20.3, 4, 80, "USD",
         "citrus degreasers are d-limonene at 0.84 kg/l and smell strongly of orange; these four gallons weigh "
         "1.34 kg/l, smell sweet like chloroform under a dab of orange scent and evaporate without residue: "
         "1,1,1-trichloroethane (methyl chloroform), whose import is banned (Regulation 2024/590), for a private "
         "motorcycle restorer in Poznań; Polish wording (methyl chloroform repeats, as a tapping fluid among "
         "others; a citrus-degreaser cover is new as far as a search found)", person("Piotr Nowak", "PL")),
        ("OZN-05", "transit", "GRSEA01", "sea", "CN", ["GR"], "EG", "290919",
         "二甲醚（DME）气雾剂抛射剂，钢瓶，80 个", "CN", 4000, 80, 6000, "USD",
         "cylinders of this size hold about 20 kg of dimethyl ether, a light liquefied gas (0.66 kg/l); these 80 "
         "hold 50 kg each, a liquid of about 1.7 kg/l, and a gas test at Piraeus gives bromomethane: methyl bromide "
         "for an Egyptian fumigation firm, declared in transit; controlled substances may not pass through the "
         "Union without a licence, transit included (Regulation 2024/590); Chinese wording (methyl bromide repeats "
         "in about thirty rows; dimethyl ether appears as a cover for HFCs; for methyl bromide in transit at "
         "Piraeus it is new as far as a search found)", {"importer_country": "EG"}),
        ("OZN-06", "import", "BGROAD01", "road", "TR", [], "BG", "841869",
         "Машини за гранита (слъш), нови, R-290, 60 бр.", "TR", 3600, 60, 42000, "EUR",
         "slush machines built for markets that still use HCFCs: the stickers say R-290, but the compressors carry "
         "R-22 plates and a gas test gives chlorodifluoromethane (HCFC-22): equipment relying on HCFCs may not be "
         "imported (Regulation 2024/590), for a Black Sea coast catering supplier; Bulgarian wording (HCFC-22 under "
         "other labels repeats in many rows, and slush machines appear once, with R-404A under an R-290 label "
         "(blind51): this repeats the goods and the label knowingly, with an HCFC, a new route, Turkey to Bulgaria "
         "by road, and new wording)",
         firm("Черноморски Кетъринг ЕООД", "BG")),
        ("OZN-07", "import", "DESEA01", "sea", "US", [], "DE", "841821",
         "Amerikanische Retro-Kühlschränke, 1950er Jahre, restauriert, 24 Stück", "US", 4800, 24, 36000, "USD",
         "restored American refrigerators of the 1950s sold as retro kitchen pieces to a Hamburg dealer; their "
         "sealed compressors still hold dichlorodifluoromethane (CFC-12), as the plates say, since a restorer only "
         "repainted them: products and equipment containing CFCs may not be imported (Regulation 2024/590); German "
         "wording (CFC-12 equipment repeats in many rows, an American fridge once in a development row; restored "
         "1950s refrigerators are new as far as a search found)", firm("Diner Classics Hamburg GmbH", "DE")),
        ("OZN-08", "import", "ESSEA01", "sea", "CN", [], "ES", "340399",
         "Desmoldeante para moldes de composite, aerosol 400 ml, 4 800 uds.", "CN", 2900, 4800, 7200, "USD",
         "mould-release sprays now use a hydrocarbon or HFO propellant with a silicone or wax carrier; this one, "
         "for a Valencia supplier of boat builders, carries a non-flammable solvent, and the safety sheet under the "
         "Spanish label and a headspace test give 1,1-dichloro-1-fluoroethane (HCFC-141b): products containing "
         "HCFCs may not be imported (Regulation 2024/590); Spanish wording (HCFC-141b repeats in about forty rows; "
         "a mould release appears once, with CFC-113 by post (blind40); HCFC-141b mould release by the container is "
         "new as far as a search found)", firm("Composites Levante SL", "ES")),
        ("OZN-09", "import", "SESEA01", "sea", "CN", [], "SE", "841510",
         "Mobila punktkylare för evenemang, R-410A, 120 st.", "CN", 6000, 120, 36000, "USD",
         "portable spot coolers for events and warehouses; the rating label says R-410A, but the compressor plates "
         "and a gas test give chlorodifluoromethane (HCFC-22): equipment relying on HCFCs may not be imported "
         "(Regulation 2024/590), for a Gothenburg event-hire firm; Swedish wording (HCFC-22 under HFC labels "
         "repeats in many rows; portable spot coolers are new as far as a search found)",
         firm("Eventkyla Norden AB", "SE")),
        ("OZN-10", "import", "IESEA01", "sea", "US", [], "IE", "841989",
         "Laboratory incubators, used, 10 units", "US", 800, 10, 6000, "USD",
         "a lot bought at the auction of a closed Boston biotech laboratory for a Cork lab-equipment reseller; its "
         "third line, six floor-standing refrigerated centrifuges of the early 1990s, have refrigeration units "
         "that hold dichlorodifluoromethane (CFC-12), as the plates say: equipment containing CFCs may not be "
         "imported (Regulation 2024/590); Irish English wording (CFC-12 equipment repeats in many rows, and "
         "ultra-low freezers from a university clearance appear in blind61; refrigerated laboratory centrifuges "
         "hidden as one line of an auction lot are new as far as a search found)",
         dict(firm("Munster Lab Equipment Ltd", "IE"),
              _more_items=[item("842139", "Biosafety cabinets, used, 4 units", "US", 1000, 4000, "USD", qty=4),
                           item("842119", "Refrigerated centrifuges, floor-standing, used, 6 units", "US", 1800, 7200, "USD", qty=6)])),
    ],
    "cultural": [
        ("CUL-01", "import", "PTAIR01", "air", "CL", [], "PT", "691390",
         "Cerámica artesanal de Pomaire, nueva, 3 piezas", "CL", 6, 3, 60, "USD",
         "Pomaire pottery is plain red-brown clay, new and evenly fired; these two bowls and a duck-shaped jar are "
         "painted in red, black and white with stepped and interlocking geometric designs, with soil and a "
         "calcareous crust inside: Diaguita ceramics (roughly 1000-1536) from looted cemeteries of the Elqui and "
         "Limarí valleys, flown from Santiago to a Lisbon dealer: Chile protects its archaeological heritage as "
         "national monuments and forbids its export (Law 17.288), and an archaeological object over 250 years needs "
         "an EU import licence (Regulation 2019/880); Chilean Spanish wording (Diaguita ceramics are new as far as a "
         "search found; Mapuche chemamull appear once (blind60))", {"importer_country": "PT"}),
        ("CUL-02", "export", "ESAIR01", "express", "ES", [], "US", "691200",
         "Plato de reflejo metálico, decorativo, artesanía de Manises, 1 pieza", "ES", 2.2, 1, 60, "EUR",
         "new Manises lustreware is bright and thin-walled; this 45 cm dish with a coat of arms in the centre, a "
         "golden lustre gone iridescent, glaze losses and a heavy pinkish body is a Valencian lustreware dish of "
         "the 15th century, of the kind that sells for well over 50,000 EUR, sent by express to a New York buyer: "
         "antiques more than 100 years old above 50,000 EUR need an export licence from the Union (Regulation "
         "116/2009), and Spain requires a permit to export goods of its heritage over 100 years old; Spanish "
         "wording (Hispano-Moresque lustreware is new as far as a search found)", {"importer_country": "US"}),
        ("CUL-03", "import", "HRROAD01", "road", "MK", ["RS"], "HR", "680990",
         "Декоративен ѕиден релјеф од гипс, нов, 1 парче", "MK", 85, 1, 120, "EUR",
         "a plaster wall relief would be light and white; this 60 cm slab is marble, weighs 85 kg, and is carved "
         "with the busts of a bearded man and a veiled woman in a niche above a Greek inscription, with root marks "
         "and lime crust on the back: a Roman funerary portrait relief (2nd-3rd century) from the necropolis of "
         "Stobi, driven through Serbia to a Zagreb dealer: North Macedonia forbids the export of its archaeological "
         "heritage, and an archaeological object over 250 years needs an EU import licence (Regulation 2019/880); "
         "Macedonian wording (Roman funerary reliefs and stelae repeat; from Stobi under a plaster cover they are "
         "new as far as a search found)", {"importer_country": "HR"}),
        ("CUL-04", "import", "FRAIR01", "air", "GN", [], "FR", "680299",
         "Sculptures en stéatite, artisanat de Guinée, neuves, 8 pièces", "GN", 14, 8, 160, "EUR",
         "new soapstone carvings are pale and smooth; these eight small seated figures of greyish soapstone with "
         "bulging eyes and hands raised to the chin, weathered, with soil in the cracks, are pomdo, ancestor stones "
         "of the Kissi country ploughed out of fields and taken from shrines in Guinée forestière: Guinea forbids "
         "the export of its cultural heritage without authorisation, and cultural goods removed illegally may not "
         "be brought into the Union (Regulation 2019/880); Guinean French wording (nomoli of Sierra Leone appear "
         "once (blind56); Kissi pomdo are new as far as a search found)", {"importer_country": "FR"}),
        ("CUL-05", "import", "DEAIR01", "express", "KZ", [], "DE", "830629",
         "Бронзовые сувениры, копии, 12 шт.", "KZ", 3, 12, 80, "USD",
         "twelve small bronze knives with animal-shaped pommels, a stag plaque and a mirror with a loop handle, "
         "dark green with cuprite and earth in the sockets: Tagar-culture bronzes (7th-3rd century BC) from looted "
         "kurgans of the Minusinsk basin in Khakassia, sent on by express from Almaty to a private collector: "
         "Russia forbids the export of its archaeological heritage, and an archaeological object over 250 years "
         "needs an EU import licence (Regulation 2019/880); Russian wording (Scythian and Saka objects repeat; "
         "Tagar bronzes from Minusinsk are new as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-06", "import", "DESEA01", "sea", "MG", [], "DE", "442090",
         "Statuettes en bois sculpté, artisanat, 4 pièces", "MG", 160, 4, 200, "USD",
         "new Malagasy craft figures are light, freshly carved and polished; these four hardwood figures, 1.2 m "
         "tall, of paired couples and a bird on a post, are weathered grey, split and eaten away at the base where "
         "they stood in the ground: Sakalava funerary sculptures taken from royal tombs in the Menabe, shipped from "
         "Toamasina for a Hamburg crafts shop; Madagascar protects them and forbids their export, and cultural goods "
         "removed illegally may not be brought into the Union (Regulation 2019/880); Malagasy French wording "
         "(Mahafaly aloalo appear once in a development row; Sakalava tomb figures are new as far as a search found)",
         firm("Madagaskar Handwerk Hamburg GmbH", "DE")),
        ("CUL-07", "import", "ITPOST01", "post", "EC", [], "IT", "691390",
         "Vasija de cerámica artesanal, réplica, 2 piezas", "EC", 3, 2, 30, "USD",
         "two double-chambered vessels joined by a bridge handle, with a bird on one spout that whistles when the "
         "water moves, negative-painted black on red, with root marks and soil: Vicús whistling vessels (roughly "
         "200 BC-AD 300) from looted tombs of the Piura highlands of northern Peru, carried over the border and "
         "posted from Ecuador to a private person in Turin: Peru owns its archaeological heritage and forbids its "
         "export, and an archaeological object over 250 years needs an EU import licence (Regulation 2019/880); "
         "Ecuadorian Spanish wording (Moche and Chancay repeat in many rows; Vicús vessels are new as far as a "
         "search found)", person("Sig. M. Bianchi", "IT")),
        ("CUL-08", "export", "NLAIR01", "air", "NL", [], "US", "970191",
         "Olieverfschilderij, rivierlandschap, decoratieve kopie in oude stijl, 1 stuk", "NL", 12, 1, 450, "EUR",
         "a river landscape with a rider and a windmill on an oak panel, monogrammed, with old auction and "
         "collection labels on the back, a cradled panel and a fine craquelure: a 17th-century Haarlem landscape, "
         "not a copy, last sold at auction for about 300,000 EUR, sent to a New York dealer: paintings more than "
         "50 years old above 150,000 EUR need an export licence from the Union (Regulation 116/2009); Dutch wording "
         "(Old Master paintings appear twice (blind7 and a development row); a Dutch Golden Age landscape declared "
         "as a decorative copy is new as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "BESEA01", "sea", "IN", [], "BE", "680299",
         "Soapstone garden statue, new, hand-carved, 1 pc", "IN", 450, 1, 300, "USD",
         "new soapstone statues from Karnataka workshops are crisp and pale; this 1.1 m chloritic-schist figure of "
         "a dancing woman under a foliate canopy, one arm broken, with a mortise on the back for fixing to a temple "
         "pillar and a lichen crust, is a madanika bracket figure of the Hoysala period (12th-13th century) taken "
         "from a temple in Karnataka: India forbids the export of antiquities over 100 years old (Antiquities and "
         "Art Treasures Act 1972), and elements of monuments over 250 years need an EU import licence (Regulation "
         "2019/880); Indian English wording (Chola bronzes and Indian temple sculptures repeat; Hoysala bracket "
         "figures are new as far as a search found)", {"importer_country": "BE"}),
        ("CUL-10", "import", "BEAIR01", "air", "CD", [], "BE", "442090",
         "Statuette en bois sculpté, artisanat congolais, neuve, 1 pièce", "CD", 6, 1, 120, "EUR",
         "new Congolese carvings are freshly stained; this 70 cm standing male figure with a serene face, a "
         "cross-shaped coiffure, hands on a swelling belly and a dark, oily, worn patina with insect damage at the "
         "feet is a singiti, a Hemba ancestor figure from a lineage shrine in north-east Katanga, flown from "
         "Kinshasa to a Brussels dealer: the Democratic Republic of the Congo forbids the export of its cultural "
         "heritage without authorisation, and cultural goods removed illegally may not be brought into the Union "
         "(Regulation 2019/880); Congolese French wording (Luba objects appear twice and Songye and Kuba objects once each; Hemba "
         "ancestor figures are new as far as a search found)", {"importer_country": "BE"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "GE", "920120",
         "Konzertflügel, 274 cm, neu, 1 Stück", "DE", 480, 1, 180000, "EUR",
         "a new nine-foot concert grand bought by a Tbilisi 'music school' that owns one upright; the order came "
         "through a Moscow concert agency, and the piano is booked on from Poti by truck over Upper Lars to a "
         "Moscow hall: musical instruments are among the luxury goods whose sale or export for use in Russia is "
         "banned (Regulation 833/2014, Annex XVIII), and the contract lacks the no-re-export-to-Russia clause; "
         "German wording (pianos appear as antiques with ivory keys and keytops; a concert grand for Russia is new "
         "as far as a search found)", {"importer_country": "GE"}),
        ("STR-02", "export", "LTAIR01", "air", "LT", [], "KG", "950710",
         "Meškerės, anglies pluoštas, 200 vnt.", "LT", 300, 200, 6000, "EUR",
         "a fishing-tackle order for a Bishkek sports shop whose third line, 'fishing line', is 400 canisters each "
         "wound with 10 km of 0.25 mm glass optical fibre and fitted with connectors: the data links of "
         "fibre-optic FPV attack drones, equipment specially designed for military unmanned aircraft (Common "
         "Military List, ML10) whose export needs a licence, and the buyer's trucks go on to Russia under the arms "
         "embargo (Regulation 833/2014); no sports shop sells 4,000 km of fibre; Lithuanian wording (fibre-optic "
         "drone spools and a fishing-line cover are new as far as a search found)",
         {"importer_country": "KG",
          "_more_items": [item("950730", "Ritės, 200 vnt.", "LT", 100, 4000, "EUR", qty=200),
                          item("950790", "Žvejybos valas, 10 km ritės, 400 vnt.", "LT", 1600, 16000, "EUR", qty=400)]}),
        ("STR-03", "export", "DKSEA01", "sea", "DK", [], "AE", "847989",
         "Viklemaskine til GRP-rør, brugt, 1 stk.", "DK", 14000, 1, 38000, "EUR",
         "GRP pipe winders have two axes; this machine has four axes coordinated by a numerical controller, a "
         "mandrel for 1.5 m diameters and a prepreg tape head, the kind used for rocket-motor cases and pressure "
         "vessels, declared at a quarter of its price: a filament-winding machine of the dual-use list (1B001) "
         "whose export needs a licence, for a Dubai trader whose order is signed by an Iranian firm (Regulation "
         "267/2012); Danish wording (filament-winding machines are new as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-04", "export", "SKROAD01", "road", "SK", ["HU", "RO", "BG", "TR", "GE"], "AZ", "843149",
         "Pásy pre pásové rýpadlá, oceľové, 40 súprav", "SK", 24000, 40, 28000, "EUR",
         "excavator tracks have flat steel shoes with grousers; these forty sets have rubber-metal hinged links "
         "with guide horns and rubber pads, 580 mm wide: RMSh tracks of the T-72 tank family, military ground-vehicle "
         "parts (Common Military List, ML6) whose export needs a licence, for a Baku 'construction' firm whose "
         "trucks go on to Russia under the arms embargo (Regulation 833/2014); Slovak wording (T-72 track links "
         "appear once, to Sudan as farm-crawler parts (blind19): this repeats the goods knowingly, with a new "
         "cover, excavator tracks, a new route through Turkey and Georgia to Azerbaijan, and new wording)",
         {"importer_country": "AZ"}),
        ("STR-05", "export", "PTSEA01", "sea", "PT", [], "CN", "847710",
         "Máquinas de injeção de plásticos, 650 t, novas, 6 unidades", "PT", 150000, 6, 1380000, "EUR",
         "six large injection-moulding machines from a Marinha Grande maker for a Dalian 'toy factory' with no "
         "premises, booked on from Dalian on a feeder to Nampo: industrial machinery may not be supplied to North "
         "Korea, directly or indirectly (UN Security Council Resolution 2397; Regulation 2017/1509); Portuguese "
         "wording (North Korean diversions through Dalian and Dandong repeat, as luxury cars and garments; "
         "injection-moulding machines are new as far as a search found)", {"importer_country": "CN"}),
        ("STR-06", "export", "SEAIR01", "air", "SE", [], "AE", "902219",
         "Industriell röntgenutrustning för gjutgodskontroll, 1 st.", "SE", 900, 1, 45000, "EUR",
         "casting-inspection X-ray sets run continuously at 160-450 kV; this is a 600 kV pulsed system with a Marx "
         "generator and 20-nanosecond pulses for imaging explosive events: a flash X-ray generator (3A201.c) whose "
         "export needs a licence, for a Dubai reseller whose end user is an Iranian defence research centre "
         "(Regulation 267/2012); Swedish wording (spark gaps and krytrons repeat; flash X-ray generators are new "
         "as far as a search found)", {"importer_country": "AE"}),
        ("STR-07", "import", "GRSEA01", "sea", "OM", [], "GR", "390120",
         "Πολυαιθυλένιο υψηλής πυκνότητας (HDPE), κόκκοι, προέλευσης Ομάν, 110 t", "OM", 110000, None, 121000, "USD",
         "Omani HDPE comes from Sohar with mill certificates; these bags carry lot numbers and additive codes of a "
         "plant at Bandar Imam Khomeini, the bills of lading were reissued at Sohar after a ship-to-ship transfer, "
         "and the price is 15 % under the market: Iranian petrochemical products, whose import into the Union is "
         "banned again since the restrictive measures were reinstated (Regulation 267/2012); Greek wording "
         "(Iranian polyethylene appears once in a development row and Iranian goods relabelled at Gulf ports "
         "repeat; Omani-labelled HDPE into Piraeus is new as far as a search found)",
         firm("Πλαστικά Αττικής ΑΕ", "GR")),
        ("STR-08", "import", "SEAIR01", "express", "US", [], "SE", "360490",
         "Toy cap gun caps, 8-shot rings, 5,000 caps", "US", 2.2, 5000, 90, "USD",
         "toy caps come in red plastic rings of eight; these are 5,000 small brass cups with anvils, in trays of "
         "100: Boxer small-pistol primers, ammunition components, flown undeclared as explosives (1.4S) to a "
         "private person without a licence, whose import needs one (Directive 2021/555, Swedish Weapons Act); US "
         "English wording (primers repeat; a cap-gun cover is new as far as a search found)",
         person("Privatperson", "SE")),
        ("STR-09", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "880100",
         "Kluzák, dvoumístný, použitý, s přepravním vozíkem, 1 ks", "CZ", 600, 1, 95000, "EUR",
         "a two-seat high-performance sailplane with its trailer, sold to a Yerevan 'aeroclub' that has no "
         "airfield and paid from an account of a Moscow-region flying club: aircraft and their parts may not be "
         "sold, supplied or exported for use in Russia, through third countries included (Regulation 833/2014, "
         "Article 3c); Czech wording (sailplanes are new as far as a search found; aircraft parts to Russia through "
         "the Caucasus and Central Asia repeat)", {"importer_country": "AM"}),
        ("STR-10", "export", "BGSEA01", "sea", "BG", [], "SD", "890790",
         "Плаващи понтони за пристани, метални, употребявани, 24 бр.", "BG", 96000, 24, 48000, "EUR",
         "marina pontoons are concrete or plastic floats with decking; these 24 folding steel bays, 6.7 m long, "
         "with hinges, lifting eyes, olive paint and army stencils, are the river and shore bays of a PMP ribbon "
         "bridge from old army stocks: field engineer equipment designed for military use (Common Military List, "
         "ML17) whose export needs a licence, consigned to Port Sudan under the Union's arms embargo on Sudan; "
         "Bulgarian wording (military pontoon bridges are new as far as a search found)",
         {"importer_country": "SD"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ATAIR01", "air", "TJ", [], "AT", "050790",
         "Рога домашнего козла, для рукояток ножей, 2 пары", "TJ", 14, 2, 80, "USD",
         "domestic goat horns are short, smooth and sickle-shaped; these two pairs are a metre long, heavy, ridged "
         "and twisted in open corkscrew spirals, still on skull plates: horns of the markhor (Capra falconeri, "
         "CITES App. I), shot in the Tajik Pamir outside any trophy quota and flown for an Austrian hunter without "
         "the CITES export permit and the EU import permit an App. I trophy needs; Russian wording (markhor are "
         "new as far as a search found; argali trophies appear once (blind57))", person("Thomas Gruber", "AT")),
        ("WLF-02", "import", "CZAIR01", "express", "MG", ["AE"], "CZ", "010620",
         "Želvy zelenavé (Testudo hermanni), odchov v zajetí, 30 ks", "MG", 6, 30, 600, "EUR",
         "Hermann's tortoises are bred in Europe, not in Madagascar; these thirty small tortoises have high domed "
         "shells with a yellow star-and-web pattern on black: spider tortoises (Pyxis arachnoides, CITES App. I) "
         "poached in south-west Madagascar and flown via Dubai to a Prague reptile dealer without permits; Czech "
         "wording (tortoises repeat in many rows, radiated tortoises from Madagascar among them; spider tortoises "
         "are new as far as a search found)", firm("Terarijní centrum Praha s.r.o.", "CZ")),
        ("WLF-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "430390",
         "貉子毛皮帽，冬季，40 顶", "CN", 8, 40, 400, "USD",
         "raccoon-dog fur is long, grey-brown and banded; these forty caps are of thick rust-red fur with "
         "cream-and-black ringed tails sewn on as tassels: red panda (Ailurus fulgens, CITES App. I) pelts from "
         "Yunnan, in a China-Europe rail e-commerce groupage for a Warsaw online shop, without permits; Chinese "
         "wording (red pandas are new as far as a search found)", firm("Zimowe Czapki Sp. z o.o.", "PL")),
        ("WLF-04", "transit", "BEAIR01", "air", "TZ", ["BE"], "AE", "010632",
         "Peach-faced lovebirds (Agapornis roseicollis), captive-bred, 200", "TZ", 12, 200, 1600, "USD",
         "peach-faced lovebirds, which CITES does not list, are green with a rose-pink face; these two hundred "
         "have an orange-brown head, a white eye-ring and a red bill: Fischer's lovebirds (Agapornis fischeri, CITES "
         "App. II) caught wild around Lake Victoria above Tanzania's quota and routed Dar es Salaam-Brussels-Dubai "
         "without permits; App. II specimens in transit through the Union need the exporting country's permit "
         "(Regulation 338/97); Tanzanian English wording (parrots repeat in many rows; Fischer's lovebirds under "
         "an unlisted relative are new as far as a search found)", {"importer_country": "AE"}),
        ("WLF-05", "import", "PTSEA01", "sea", "NA", [], "PT", "430219",
         "Karakul sheepskin rugs, tanned, 600 pcs", "NA", 1800, 600, 18000, "USD",
         "karakul rugs are tightly curled lambskins; these are sleek, dense dark-brown pelts with a thick "
         "underfur and no curl: pelts of Cape fur seals (Arctocephalus pusillus, CITES App. II) from the Namibian "
         "seal harvest, for a Lisbon leather trader without a CITES export permit, and seal products may not be "
         "placed on the Union market anyway (Regulation 1007/2009); Namibian English wording (fur seals are new as "
         "far as a search found)", firm("Peles do Atlântico Lda", "PT")),
        ("WLF-06", "import", "NLAIR01", "air", "ZA", [], "NL", "430219",
         "Springbokvelle, gelooi, plat, 80 stuks", "ZA", 240, 80, 3200, "USD",
         "springbok skins are cinnamon with a white belly and a dark side stripe; these eighty skins are glossy "
         "purple-brown with a white blaze on the face, a white rump and white lower legs: bontebok (Damaliscus "
         "pygargus pygargus, CITES App. II) skins from Western Cape farms, sold without CITES export permits; "
         "Afrikaans wording (bontebok are new as far as a search found)", firm("Hides & Trophies BV", "NL")),
        ("WLF-07", "import", "ESAIR01", "air", "PE", [], "ES", "670100",
         "Tocados de plumas, artesanía amazónica, 30 piezas", "PE", 15, 30, 900, "USD",
         "Amazonian craft headdresses sold abroad are made of dyed chicken and turkey feathers; these thirty "
         "headdresses and ear ornaments, for a Madrid fair-trade shop, are of the brilliant orange crest and body "
         "feathers of the Andean cock-of-the-rock (Rupicola peruvianus, CITES App. II) with macaw tail feathers "
         "(Ara spp., CITES App. I/II), without CITES permits; Peruvian Spanish wording (feather headdresses repeat "
         "as cultural goods and parrot feathers as wildlife; cock-of-the-rock feathers are new as far as a search "
         "found)", firm("Comercio Justo Andino SL", "ES")),
        ("WLF-08", "import", "DEAIR01", "air", "MX", [], "DE", "060290",
         "Ocotillo (Fouquieria splendens), plantas de vivero, 60 piezas", "MX", 180, 60, 900, "USD",
         "ocotillo is a cluster of thin whip-like spiny stems from a short base; these sixty plants are "
         "carrot-shaped, tapering columnar trunks with short spiny twigs, dug wild with their taproots: boojum "
         "trees (Fouquieria columnaris, CITES App. II) of the Baja California desert, for a Munich succulent "
         "dealer without Mexico's export permit; Mexican Spanish wording (boojum trees are new as far as a search "
         "found)", firm("Sukkulenten Isar GmbH", "DE")),
        ("WLF-09", "import", "HUPOST01", "post", "AU", [], "HU", "970529",
         "Fossil shark teeth, Otodus, 40 pcs", "AU", 1, 40, 120, "USD",
         "fossil shark teeth from phosphate beds are grey, brown or black, mineralised and stone-heavy; these forty "
         "are glossy white and serrated, with pinkish root tissue that smells when warmed: modern teeth of the "
         "great white shark (Carcharodon carcharias, CITES App. II), pulled from the jaws of sharks caught off "
         "South Australia and posted to a private collector in Debrecen without permits; Australian English "
         "wording (great white shark parts are new as far as a search found; shark fins repeat)",
         person("Magánszemély", "HU")),
        ("WLF-10", "import", "ITAIR01", "express", "ZA", [], "IT", "010620",
         "Karoo rock agamas (Agama atra), captive-bred, 20", "ZA", 2, 20, 400, "USD",
         "rock agamas are slender lizards with a pale stripe down the back; these twenty are stout and brown, "
         "covered in spiny scales, and curl up biting their tails when handled: armadillo girdled lizards "
         "(Ouroborus cataphractus, CITES App. II), caught wild in the Succulent Karoo and sent by express to a Milan "
         "reptile dealer without an export permit; South African English wording (sungazers, another girdled "
         "lizard, appear once as plated lizards (blind59); armadillo lizards are new as far as a search found)",
         firm("Rettili Lombardia Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRROAD01", "road", "CH", "FR", "284700",
     "Hydrogen peroxide 35 %, 4 x 5 l, for a licensed private user", "CH", 22.6, 4, 90, "CHF",
     [("PRECURSOR_LICENCE", "FR-MI-36-0132")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "express", "CH", "IT", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private model-engine user", "CH", 2.3, 2, 60, "CHF",
     [("PRECURSOR_LICENCE", "IT-MI-36-0088")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "850760",
     "Fire-damaged lithium-ion storage modules (16 06 05), for recycling at a licensed plant, 8 t", "CH",
     8000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BW-36-0417")], "notified damaged lithium-ion batteries to a licensed recycling plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "284690",
     "Fluorescent-lamp phosphor powder with mercury (19 12 11*), for mercury distillation at a licensed plant, 6 t",
     "NO", 6000, None, 0, "EUR",
     [("BASEL_CONSENT", "SE-NV-36-0093")], "notified lamp powder to a licensed mercury-recovery plant"),
    ("PRM-05", "ozone", "import", "ATROAD01", "road", "RS", "AT", "290371",
     "HCFC-22 recovered from decommissioned drink dispensers, 12 cylinders, 40 kg, for destruction", "RS", 40, 12, 0, "EUR",
     [("ODS_LICENCE", "AT-BMK-ODS-36-004")], "recovered HCFC imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "PLAIR01", "air", "US", "PL", "290319",
     "1,1,1-Trichloroethane, analytical standard, 10 x 1 l, for a licensed laboratory use", "US", 13.4, 10, 900, "USD",
     [("ODS_LICENCE", "PL-GIOS-ODS-36-011")], "controlled substance imported for a laboratory use under licence"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970610",
     "Valencian lustreware dish, 15th century, from a collection documented since 1911", "ES", 3, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-36-0215")], "antique above the Union threshold exported with its licence"),
    ("PRM-08", "cultural", "import", "BEROAD01", "road", "GB", "BE", "970610",
     "Hoysala bracket figure, 12th century, from a British collection documented since 1921", "IN", 380, 1, 90000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-36-0588"), ("IMPORT_LICENCE", "BE-FOD-36-0012")],
     "element of a monument with its export licence and the EU import licence"),
    ("PRM-09", "strategic", "export", "DKSEA01", "sea", "DK", "KR", "847989",
     "Four-axis filament-winding machine, for a named Korean aerospace composites maker", "DK", 16000, 1, 620000, "EUR",
     [("EXPORT_LICENCE", "DK-ERST-36-0144"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-36-0210")],
     "a dual-use machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "NO", "930690",
     "Small pistol primers, 50,000, for a licensed Norwegian ammunition dealer", "CZ", 22, 50000, 2500, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-36-0231")], "ammunition components exported under authorisation"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ZA", "NL", "430219",
     "Bontebok (Damaliscus pygargus pygargus) skins, tanned, from registered farms, 40", "ZA", 120, 40, 2400, "USD",
     [("CITES_PERMIT", "ZA-WC-36-0517")], "App. II skins with their export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "PK", "AT", "050790",
     "Markhor (Capra falconeri) trophy horns, community hunting quota, 1 pair", "PK", 8, 1, 0, "USD",
     [("CITES_PERMIT", "PK-MOCC-36-0009"), ("CITES_PERMIT", "AT-BMK-36-0044")],
     "App. I hunting trophy within the quota with its export and import permits"),
]

CONSIGNEES = {
    "PRM-01": "Mme Claire Martin", "PRM-02": "Sig. M. Bianchi", "PRM-03": "Batterie-Recycling Süd GmbH",
    "PRM-08": "Galerie du Sablon SA", "PRM-09": "Hanbit Aerospace Co Ltd", "PRM-12": "Thomas Gruber",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("271019", "Honing oil for sharpening stones, mineral, 250 ml", "import", ["post"], ["CH", "US"], (15, 30), (1, 2), ["CHF", "USD"], 4, S),
    ("370790", "Wet-plate collodion developer kit (ferrous sulphate powder)", "import", ["express"], ["US"], (20, 40), (1, 3), ["USD"], 1, S),
    ("210690", "Bread improver with ascorbic acid (E300), 5 kg bags", "import", ["road"], ["MD", "RS"], (1.5, 3), (3000, 10000), ["EUR"], 0.2, S),
    ("950300", "Model-railway scenic flock and snow (plastic), 500 g", "import", ["post"], ["GB"], (15, 30), (1, 3), ["GBP"], 2, S),
    ("250100", "Reef aquarium salt mix, 2 kg pouches", "import", ["post", "express"], ["JP", "US"], (4, 8), (2, 4), ["USD"], 0.5, S),
    ("290611", "Menthol crystals, natural, 100 g jars", "import", ["post"], ["IN"], (30, 60), (1, 2), ["USD"], 10, S),
    ("390311", "Bean-bag refill beads (expanded polystyrene), 100 l bags", "import", ["road"], ["TR"], (2.5, 4), (500, 2000), ["EUR"], 0.7, S),
    ("170230", "Glucose syrup for confectionery, 25 kg pails", "import", ["road"], ["TR", "RS"], (0.8, 1.2), (8000, 20000), ["EUR"], None, S),
    ("780600", "Lead shot for cartridge loading, new, 25 kg bags", "export", ["sea"], ["IN", "ZA"], (2.5, 3.5), (10000, 20000), ["EUR"], None, S),
    ("850760", "Lithium-ion battery storage containers, new, 1 MWh", "export", ["sea"], ["PK", "IN"], (8, 14), (15000, 25000), ["EUR"], 0.00005, S),
    ("847150", "Cryptocurrency mining servers (ASIC), new, boxed", "export", ["sea"], ["ET", "KZ"], (150, 300), (2000, 8000), ["EUR", "USD"], 0.1, S),
    ("850440", "Silicon traction rectifiers, new, for tram substations", "export", ["rail"], ["UA"], (20, 40), (2000, 8000), ["EUR"], 0.0002, S),
    ("381800", "Polished silicon wafers, prime, 200 mm, sealed cassettes", "export", ["air"], ["CN", "TW"], (300, 600), (100, 500), ["EUR", "USD"], 20, S),
    ("741220", "Brass gas fittings, new", "export", ["sea"], ["GH", "NG"], (9, 13), (3000, 9000), ["GBP", "EUR"], None, S),
    ("841869", "Post-mix drink dispensers, new, R-290", "export", ["road"], ["RS", "BA"], (12, 20), (1000, 4000), ["EUR"], 0.02, S),
    ("841989", "Climatic test chambers, new, R-290/R-170 cascade", "export", ["sea"], ["MA", "TN"], (20, 35), (2000, 6000), ["EUR"], 0.001, S),
    ("340290", "Citrus degreaser (d-limonene), 1 l bottles", "import", ["road"], ["TR"], (2, 4), (2000, 8000), ["EUR"], 1, S),
    ("841869", "Slush machines, new, R-290", "import", ["road"], ["TR"], (10, 16), (1000, 4000), ["EUR"], 0.02, S),
    ("841821", "Retro-style refrigerators, new, R-600a", "import", ["sea"], ["CN", "TR"], (4, 7), (4000, 10000), ["USD"], 0.02, S),
    ("340399", "Mould release agent, water-based, 5 l", "import", ["sea"], ["CN", "US"], (3, 6), (2000, 8000), ["USD"], 0.2, S),
    ("841510", "Portable spot coolers, R-290, new", "import", ["sea"], ["CN"], (6, 10), (4000, 10000), ["USD"], 0.02, S),
    ("691390", "Pomaire clay pottery, new, Chilean craft", "import", ["air"], ["CL"], (5, 10), (100, 400), ["USD"], 0.5, S),
    ("691200", "Hand-painted lustreware plates, new, Manises", "export", ["express"], ["US", "CH"], (20, 40), (1, 3), ["EUR"], 0.5, S),
    ("680299", "Soapstone carvings, new Guinean craft", "import", ["air"], ["GN"], (5, 10), (100, 400), ["EUR"], 0.5, S),
    ("460219", "Raffia baskets, Malagasy craft", "import", ["sea"], ["MG"], (2, 4), (1000, 4000), ["USD"], 0.5, S),
    ("691390", "Whistling-vessel replicas, new Ecuadorian craft", "import", ["post"], ["EC", "PE"], (8, 15), (1, 3), ["USD"], 1, S),
    ("680299", "Soapstone garden statues, new Indian craft", "import", ["sea"], ["IN"], (0.8, 1.5), (2000, 8000), ["USD"], 0.003, S),
    ("442090", "Carved wooden figures, new Congolese craft", "import", ["air"], ["CD", "CM"], (6, 12), (100, 400), ["EUR"], 0.3, S),
    ("920110", "Upright pianos, new", "export", ["sea"], ["GE", "AM"], (25, 40), (2000, 6000), ["EUR"], 0.004, S),
    ("950790", "Monofilament fishing line, nylon, 300 m spools", "export", ["air"], ["KG", "KZ"], (20, 40), (100, 500), ["EUR"], 10, S),
    ("847989", "GRP pipe winding machine, 2-axis, new", "export", ["sea"], ["AE", "EG"], (3, 5), (8000, 16000), ["EUR"], 0.0001, S),
    ("847710", "Injection-moulding machines, new", "export", ["sea"], ["CN", "VN"], (8, 12), (20000, 60000), ["EUR"], 0.00004, S),
    ("902219", "Industrial X-ray inspection cabinets for castings, 225 kV", "export", ["air"], ["AE", "IN"], (40, 70), (800, 2000), ["EUR"], 0.001, S),
    ("390120", "HDPE pipe grade, prime, Omani origin, mill certificates", "import", ["sea"], ["OM", "SA"], (1.0, 1.3), (20000, 25000), ["USD"], None, S),
    ("960190", "Buffalo horn knife-handle blanks, polished", "import", ["air"], ["IN", "PK"], (6, 12), (100, 500), ["USD"], None, S),
    ("230990", "Tortoise food pellets, 1 kg", "import", ["express"], ["US", "GB"], (8, 15), (1, 3), ["USD", "GBP"], 1, S),
    ("670100", "Marabou feather boas (turkey down)", "import", ["air"], ["CN", "IN"], (15, 30), (100, 500), ["USD"], 5, S),
    ("430219", "Karakul sheepskin rugs, tanned", "import", ["sea"], ["NA", "ZA"], (8, 14), (1000, 4000), ["USD"], 0.3, S),
    ("430219", "Springbok skins, tanned, flat", "import", ["air"], ["ZA", "NA"], (10, 18), (200, 800), ["USD"], 0.3, S),
    ("611019", "Alpaca sweaters, hand-knitted", "import", ["air"], ["PE", "BO"], (30, 50), (100, 600), ["USD"], 1.5, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032), without the goods that travel
# with health or plant-health certificates (as in blind48 to blind60), with wooden toys for electric scooters,
# then EVERYDAY_2032_ADDED, blind52's five rows, three of blind58's and four rows of its own (in place of the four
# blind60 added: painted Easter eggs, artificial flowers, flat cardboard boxes, artists' brushes).
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 4, N),
        ("940521", "LED desk lamps", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 1, N),
        ("630790", "Reusable cotton shopping bags", "import", ["sea"], ["IN", "BD"], (3, 6), (2000, 6000), ["USD"], 10, N),
        ("490300", "Children's colouring books", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind63", 20360901, HERE)


if __name__ == "__main__":
    main()
