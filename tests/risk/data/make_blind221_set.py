#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-first blind set (tests/risk/data/blind221-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2063, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets, and an emphasis on
a kind of trade rather than a region: agricultural machinery and irrigation (tractor and
combine dealers, used farm-machinery exporters, irrigation and greenhouse builders, crop
sprayers and spraying drones, grain dryers, grain stores and silos, and their workshops and
parts suppliers). Written by a person who had not read the profile packs (nor any rule file)
and had not run the engine on it, and committed before any change measured on it, to be
measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra
header fields may carry "_item" (fields merged into its item) and "_more_items" (further
items).

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
would. Ids are BL221-*:

    python3 tests/risk/data/make_blind221_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2063, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2063
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "HRROAD01", "road", "BA", [], "HR", "310210",
         "AdBlue za traktore i kombajne, otopina uree 32,5 %, kanisteri 10 l, 400 kanistera", "BA", 7360, 400,
         2400, "EUR",
         "AdBlue is a clear, odourless urea solution of 1.09 kg/l that leaves white crystals when it dries; these "
         "400 jerrycans weigh 18.4 kg each (1.84 kg/l), hold an oily, colourless liquid that grows hot with a drop of "
         "water, chars a wooden stirrer black and has no ISO 22241 mark, for a Slavonian farm-supply shop that "
         "sells jerrycans over the counter to farmers and hobby growers: about 96 % sulphuric acid (Annex I above "
         "15 %) made available to members of the public, in a lorry at Stara Gradiška; Bosnian wording (sulphuric "
         "acid repeats in many sets and AdBlue labels in many, on other goods; an AdBlue label on sulphuric acid "
         "was found in no earlier row by a keyword search)", firm("Vega Agro d.o.o.", "HR")),
        ("PRE-02", "import", "FRAIR01", "express", "MA", [], "FR", "280920",
         "Acidifiant pour goutte-à-goutte (acide phosphorique 75 %), nettoyage des gaines, 4 x 1 l", "MA", 5.6, 4,
         260, "MAD",
         "a phosphoric-acid drip-line acidifier is a syrupy, colourless liquid of 1.58 kg/l that does not fume; these "
         "four bottles from an Agadir greenhouse-supply shop fume brown when the cap is loosened, stain the skin "
         "yellow at once and weigh 1.40 kg/l: about 65 % nitric acid (Annex I above 3 %), sent by express to a "
         "private market-gardener near Perpignan, although corrosive liquids travel by express only as declared "
         "dangerous goods; Moroccan French wording (nitric acid repeats in many sets and phosphoric-acid labels in "
         "several, and drip-line labels twice on other goods (blind181, blind209); a drip-line acidifier on nitric acid was found in no earlier row by a keyword "
         "search)", person("M. T. Dubois", "FR")),
        ("PRE-03", "import", "PTPOST01", "post", "BR", [], "PT", "381190",
         "Aditivo anticongelante para diesel de tratores (antigel), 4 frascos de 1 litro", "BR", 4.5, 4, 180, "BRL",
         "a diesel anti-gel for tractors is a light, amber, kerosene-smelling additive of 0.85 kg/l that floats on "
         "water; these four bottles hold a colourless, faintly fruity liquid of 1.13 kg/l that sinks in water, and "
         "the Goiás shop's invoice line reads 'nitrometano 98 %': nitromethane (Annex I above 16 %), posted from "
         "Brazil to a private farmer in the Alentejo, although flammable liquids go by post only as declared "
         "dangerous goods; Brazilian Portuguese wording (nitromethane repeats in many sets, diesel-additive labels in "
         "a few (blind173, blind191 as a diesel biocide) and anti-gel labels in a few on other goods; a tractor "
         "anti-gel label on nitromethane was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-04", "import", "DEAIR01", "air", "TH", [], "DE", "283329",
         "ซิงค์ซัลเฟต โมโนไฮเดรต 33 % Zn สำหรับนาข้าว, ถุง 1 กก., 400 ถุง", "TH", 400, 400, 1400, "USD",
         "zinc sulphate monohydrate for paddy rice is an off-white powder that dissolves slowly into a cloudy, "
         "metallic-tasting solution; these 400 bags hold glossy, colourless crystals that dissolve clear, sputter "
         "and flare violet on a hot plate and carry CAS 3811-04-9 on the inner liners, the Chanthaburi orchard "
         "product sold there to force longan into flower, for a Berlin Thai-grocery web shop that sells 1 kg bags to "
         "the public: potassium chlorate (Annex I above 40 %) made available to members of the public, flown from "
         "Bangkok; Thai wording (potassium chlorate repeats in many sets, as a longan flower-inducer in blind20, and "
         "zinc-sulphate labels twice (blind65, blind72); a rice-field zinc-sulphate label by air to a Thai grocery "
         "web shop is the new part as far as a search found)", firm("Orion Asia Markt GmbH", "DE")),
        ("PRE-05", "import", "ESSEA01", "sea", "CL", [], "ES", "310250",
         "Salitre sódico natural de Chile (nitrato de sodio 16 % N), sacos de 25 kg, 800 sacos", "CL", 20000, 800,
         9000, "USD",
         "Chilean sodium nitrate is a pinkish-grey, slightly earthy granule, 16 % N, that burns a match head orange "
         "only weakly; these 800 sacks hold pure white, hygroscopic crystals with no nitrogen at all on a field "
         "test, that flare fiercely with sugar, and the Antofagasta pulp-chemical plant's lot numbers are stencilled "
         "inside the liners, for a Murcia garden-centre chain that sells 25 kg sacks to the public: sodium chlorate "
         "(Annex I above 40 %) made available to members of the public, by sea from San Antonio to Cartagena; "
         "Chilean Spanish wording (sodium chlorate repeats in many sets and sodium-nitrate labels in a few "
         "(blind29, blind41, blind61, blind91) and saltpetre labels in two (blind142, blind150), kept as a repeat of the cover; a Chilean natural-saltpetre label for a garden-centre chain is "
         "the new part as far as a search found)", firm("Rivage Jardín SL", "ES")),
        ("PRE-06", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "253020",
         "Kizerit (tabiiy magniy sulfat), donador, 25 kg qoplar, 960 qop", "UZ", 24000, 960, 4800, "USD",
         "kieserite is a grey-white, dull, slightly dusty granule that dissolves slowly and reads no nitrogen; "
         "these sacks hold round, glossy, white prills that turn ice-cold in water, test at 34 % N and melt and fume "
         "on a hot plate, made at a Navoi nitrogen plant, for a Riga garden-and-hardware chain that sells 5 kg "
         "re-packs to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by rail from Uzbekistan through Kazakhstan and Russia; Uzbek wording (ammonium nitrate repeats in "
         "many sets and a kieserite label once (blind51); by rail from Uzbekistan to Latvia is the new part as far as "
         "a search found)", firm("Delta Dārzs SIA", "LV")),
        ("PRE-07", "import", "GRSEA01", "sea", "JO", [], "GR", "283990",
         "سيليكات البوتاسيوم بودرة قابلة للذوبان للزراعة المحمية، أكياس ١ كغ، ٣٠٠٠ كيس", "JO", 3000, 3000, 6000,
         "USD",
         "soluble potassium-silicate powder for greenhouses is a glassy, strongly alkaline powder that makes a "
         "slippery, soapy solution; these bags hold a fine, neutral, white powder that barely dissolves, is not "
         "slippery, burns with a hiss mixed with sugar and whose inner liners read 'KClO4' and a Chinese filler's "
         "name, for a Heraklion greenhouse-supply shop that sells 1 kg bags to hobby growers: potassium perchlorate "
         "(Annex I above 40 %) made available to members of the public, by sea from Aqaba to Piraeus; Jordanian "
         "Arabic wording (potassium perchlorate repeats in many sets and potassium-fertiliser labels in several; a "
         "potassium-silicate label was found in no earlier row by a keyword search)",
         firm("Horizon Thermokipia AE", "GR")),
        ("PRE-08", "import", "GRROAD01", "road", "MK", [], "GR", "340242",
         "Помошно средство (адјувант) за прскалки, неjонско, канистри 5 л, 240 канистри", "MK", 1440, 240, 2200,
         "EUR",
         "a non-ionic sprayer adjuvant is a viscous, faintly yellow surfactant that foams when shaken and spreads "
         "on a leaf; these jerrycans have vented caps, hold a water-thin, clear liquid of 1.20 kg/l that does not "
         "foam, fizzes on a cut and bleaches a glove, for a Kilkis agro-shop that sells 5 l jerrycans to "
         "smallholders: about 50 % hydrogen peroxide (Annex I above 12 %) made available to members of the public, "
         "in a van at Evzoni; Macedonian wording (hydrogen peroxide repeats in many sets and an adjuvant label in "
         "two (blind6, blind16); a sprayer-adjuvant label from North Macedonia is the new part as far as a search "
         "found)", firm("Alpina Georgika AE", "GR")),
        ("PRE-09", "import", "IEPOST01", "post", "NZ", [], "IE", "291631",
         "Silage additive, sodium benzoate granules, for baled silage, 2 x 1.5 kg", "NZ", 3, 2, 95, "NZD",
         "a sodium-benzoate silage additive is a light, free-flowing white granule that tastes faintly sweet-sour; "
         "these two tubs hold a dense, crystalline powder that draws damp overnight, burns bright yellow with sugar "
         "and is stamped 'NaClO4 · H2O' on the inner bags: sodium perchlorate (Annex I above 40 %), posted from "
         "Waikato to a private farmer in Co. Tipperary; New Zealand English wording (sodium perchlorate repeats in "
         "many sets and a sodium-benzoate label once, on a pickling preservative (blind141); a silage-additive label "
         "was found in no earlier precursor row by a keyword search)", person("Private person", "IE")),
        ("PRE-10", "import", "NLAIR01", "air", "IN", [], "NL", "340290",
         "ਟਰੈਕਟਰ ਰੇਡੀਏਟਰ ਫਲੱਸ਼ ਕੰਸਨਟ੍ਰੇਟ, 1 ਲੀਟਰ ਬੋਤਲ, 300 ਬੋਤਲਾਂ", "IN", 360, 300, 900, "USD",
         "a tractor radiator flush is a green or blue, soapy, slightly alkaline liquid that foams in the hand; these "
         "300 bottles from a Ludhiana tractor-parts exporter have vented caps, hold a water-clear liquid of 1.20 "
         "kg/l that whitens the skin and froths on rust, and the filler's drum labels in the same consignment read "
         "'H2O2 50 %', for a Dutch web shop selling parts to hobby farmers and vintage-tractor owners: hydrogen "
         "peroxide (Annex I above 12 %) made available to members of the public, flown from Amritsar to Schiphol; "
         "Punjabi (Gurmukhi) wording (hydrogen peroxide repeats in many sets; a radiator-flush label was found in no "
         "earlier row by a keyword search)", firm("Central Trekkeronderdelen BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "GH", "843351",
         "Gebrauchte Mähdrescher, einsatzbereit, 4 Stück, Baujahr 1992-1998", "DE", 44000, 4, 16000, "EUR",
         "running used combines for export are cleaned, drained of nothing but look complete, start and come with "
         "keys and a service history; these four have no engines' injector pumps, seized threshing drums, cut "
         "hydraulic lines leaking oil into the container floor, cracked batteries still fitted, half-full fuel tanks "
         "and burnt-out cab wiring, bought by the tonne from a Lower Saxony scrap dealer: end-of-life machinery with "
         "oil, fuel and batteries (16 01 04*-type wastes), hazardous waste whose export to a non-OECD country is "
         "banned, from Hamburg to Tema for a 'farm-machinery dealer'; German wording (end-of-life vehicles repeat "
         "in many sets and used tractors in several; scrap combine harvesters as running machines were found in no "
         "earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "391721",
         "Tubería de riego por goteo de PE, usada, en buen estado, para reutilizar, rollos, 22 t", "ES", 22000, None,
         660, "EUR",
         "reusable drip pipe is thick-walled, clean, coiled on reels with its emitters intact; these bales are "
         "thin-walled drip tape, slit and kinked, baled with soil, root mats, plant stems and crusts of fertiliser "
         "salt, pulled off Almería greenhouses at the end of the season and weighing a third more than the plastic "
         "alone: agricultural plastic waste mixed with soil and plant matter, plastic waste whose export to a "
         "non-OECD country is banned, from Almería to Nador for a 'pipe re-seller'; Andalusian Spanish wording "
         "(agricultural plastic waste repeats in several sets and drip tape in a few (blind5, blind140, blind142); "
         "a reusable-drip-pipe label from Almería to Morocco is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "GW", "392330",
         "Bidões de PEAD usados, lavados, 20-25 l, para transporte de óleo de palma e caju, 9.000 unidades", "PT",
         6300, 9000, 2700, "EUR",
         "washed used jerrycans are odourless, with their caps and a clean inner wall; these 9,000 still carry "
         "skull-and-crossbones and 'Fitofarmacêutico' labels under a scrubbed-off coat, smell of solvent and "
         "organophosphate, and their caps hold dried residues, collected from Ribatejo tomato and rice farms' "
         "pesticide stores: packaging containing residues of hazardous substances (15 01 10*), hazardous waste whose "
         "export to a non-OECD country is banned, from Lisbon to Bissau for a cashew and palm-oil trader; "
         "Portuguese wording (empty pesticide containers repeat in several sets and jerrycan labels in a few; to "
         "Guinea-Bissau for palm oil and cashew is the new part as far as a search found)",
         {"importer_country": "GW"}),
        ("WST-04", "export", "HUROAD01", "road", "HU", [], "RS", "310590",
         "Lombtrágya, folyékony mikroelem-komplex, 200 l-es hordók, 90 hordó", "HU", 18000, 90, 2700, "EUR",
         "a liquid micronutrient foliar feed is a clear green or brown solution with a product label and a batch "
         "number; these 90 rusted drums carry labels of several plant-protection products withdrawn decades ago, "
         "some leaking an oily, garlic-smelling liquid and crystallised at the bungs, cleared out of a former "
         "cooperative's chemical store near Szeged: obsolete pesticides (02 01 08*), hazardous waste whose export to "
         "a non-OECD country is banned, at Röszke for a Subotica 'fertiliser dealer'; Hungarian wording (obsolete "
         "pesticides repeat in many sets and micronutrient labels in a few; a foliar-feed label on obsolete "
         "pesticides was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "TN", "382499",
         "Vloeibaar humuszuur, bodemverbeteraar, IBC's van 1.000 l, 20 stuks", "NL", 21000, 20, 3000, "EUR",
         "liquid humic acid is a dark-brown, alkaline, earthy-smelling solution that stains the fingers; these IBCs "
         "hold a murky, grey-brown water with a layer of sediment, skins of bulb tunic and soil, that smells of "
         "fungicide and formalin and reads prochloraz and captan on a strip test, pumped out of a Noord-Holland "
         "flower-bulb grower's hot-water and dip tanks: spent pesticide dip baths (02 01 08*), hazardous waste whose "
         "export to a non-OECD country is banned, from Rotterdam to Radès for a 'date-palm grower'; Dutch wording "
         "(liquid agrochemical wastes repeat in several sets and humic labels twice (blind127, blind181); bulb-dip "
         "baths were found in no earlier row by a keyword search)", {"importer_country": "TN"}),
        ("WST-06", "export", "SKROAD01", "road", "SK", [], "UA", "852859",
         "Použité monitory pre presné poľnohospodárstvo (navigácia traktorov), testované, 600 ks", "SK", 3000, 600,
         6000, "EUR",
         "tested used precision-farming displays come boxed, with their cables, a test report and a few hours on "
         "the clock; these 600 have cracked touchscreens, pulled connectors, water in the housings and swollen "
         "back-up cells, traded in at dealers all over Central Europe and sold by the pallet, none of them "
         "switching on: waste electrical and electronic equipment with hazardous components (16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for a Lviv 'agro-electronics' "
         "firm; Slovak wording (e-waste under tested labels repeats in many sets; tractor guidance displays were "
         "found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-07", "export", "IESEA01", "sea", "IE", [], "NG", "870194",
         "Used tractors, 2 units, running, 85-100 kW", "IE", 9000, 2, 18000, "EUR",
         "a used-machinery container for Lagos: second-hand Irish tractors and disc harrows are what Irish dealers "
         "ship to Nigeria, but the third item's 'hydraulic/transmission oil, new, 200 l drums' are 30 drums of "
         "dark, water-laden, gritty drain oil with no seals or batch labels, collected from the dealer's own "
         "workshop and two others: waste mineral oils (13 01 10*, 13 02 05*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Dublin; Irish "
         "English wording (waste oils repeat in many sets and new-oil labels in several; behind Irish tractors to "
         "Lagos is the new part as far as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("843221", "Disc harrows, used, 3 m, 2 units", "IE", 2400, 3000, "EUR", qty=2),
                           item("271019", "Hydraulic/transmission oil (UTTO), new, 200 l drums, 30 drums", "IE", 5400, 2400, "EUR", qty=30)])),
        ("WST-08", "export", "ROROAD01", "road", "RO", [], "MD", "230240",
         "Resturi de la curățarea cerealelor (corpuri străine, spărturi), pentru furaje, saci 50 kg, 400 saci", "RO",
         20000, 400, 1200, "EUR",
         "grain screenings for feed are broken kernels, weed seeds and chaff that smell of dusty grain; these sacks "
         "hold a grey, powdery residue of spent fumigant tablets and sachets mixed with sweepings, that smells of "
         "garlic and carbide and gives off phosphine when damp, swept from a Brăila port silo after a fumigation "
         "round: residues of aluminium-phosphide fumigation (02 01 08*), hazardous waste whose export to a non-OECD "
         "country is banned, at Albița for a Chișinău 'feed mill'; Romanian wording (phosphide residues repeat in "
         "two sets (blind166, blind181) and fumigant residues in a few; a grain-screenings feed label was found in "
         "no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "DZ", "100590",
         "Maïs grain, qualité fourragère, vrac, 24 t", "FR", 24000, None, 4800, "EUR",
         "feed maize is yellow-orange, dusty grain that smells of corn; this container holds kernels coated bright "
         "red and pink, slippery with a polymer film and smelling of chemicals, from a Landes seed company's unsold "
         "stock of insecticide- and fungicide-treated seed that the law forbids to sow or feed: treated seed "
         "containing hazardous substances (02 01 08*), hazardous waste whose export to a non-OECD country is banned, "
         "from Marseille-Fos to Oran for a 'feed importer'; French wording (treated seed maize repeats one set, "
         "blind61, kept as a repeat of the good and of a feed-maize label; to Algeria from Fos is the new part as "
         "far as a search found)", {"importer_country": "DZ"}),
        ("WST-10", "export", "GBSEA01", "sea", "GB", [], "PK", "870830",
         "Brake shoes and discs for tractors, used, serviceable, 6 t", "GB", 6000, None, 3000, "GBP",
         "serviceable used brake shoes keep a thick, even lining bonded to the shoe; these crates hold worn, "
         "cracked shoes and grey, fibrous, crumbling linings from 1960s-1980s tractors stripped by a Lincolnshire "
         "vintage-tractor breaker, shedding dust that shows chrysotile under a lens: brake linings containing "
         "asbestos (16 01 11*), hazardous waste whose export to a non-OECD country is banned, from Felixstowe to "
         "Karachi for a Faisalabad 'tractor-parts' market trader; British English wording (asbestos brake linings "
         "repeat in several sets, kept as a repeat of the good; vintage-tractor brake shoes to Pakistan are the new "
         "part as far as a search found)", {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ROSEA01", "sea", "IN", [], "RO", "380891",
         "ಧಾನ್ಯ ಗೋದಾಮುಗಳಿಗೆ ಪೈರೆಥ್ರಮ್ ಫಾಗರ್ ಕ್ಯಾನ್‌ಗಳು, 1 ಕೆಜಿ, 2,400 ಕ್ಯಾನ್", "IN", 2400, 2400, 7200, "USD",
         "a pyrethrum fogger for grain stores is a light aerosol of an oily insecticide in a hydrocarbon propellant "
         "that smells of kerosene; these 2,400 heavy cans slosh with a liquid of 1.73 kg/l, read 2 bar at 20 °C, "
         "have no actuator but a one-shot valve for a hose, and their undercoats read 'CH3Br 98 %': methyl bromide, "
         "whose import into the Union is banned, by sea from Nhava Sheva to Constanța for a grain-terminal "
         "fumigation contractor; Kannada wording (methyl bromide repeats in many sets, under silo and phosphine "
         "labels in several; a grain-store fogger label was found in no earlier row by a keyword search)",
         firm("Nordhafen Fumigare SRL", "RO")),
        ("OZN-02", "import", "IEPOST01", "post", "GB", [], "IE", "320490",
         "UV leak-detection dye for tractor and combine A/C, 3 x 500 ml cans with hose", "GB", 2.4, 3, 45, "GBP",
         "a UV dye kit is a small bottle of yellow-green oil injected with a syringe; these three are 500 ml "
         "self-sealing cans under pressure that hold 350 g of R-134a each with a squirt of dye, the charge hose "
         "fitted, for a farmer in Co. Wexford who tops up his own tractor cab air-conditioning: "
         "hydrofluorocarbon (HFC-134a) in non-refillable containers, whose placing on the Union market is banned "
         "and whose import needs quota, posted from Northern England; British English wording (HFC-134a in small "
         "cans repeats in many sets and leak-sealer labels in a few, and a UV-dye label once (blind35), kept as a repeat of the cover; for tractor air-conditioning by post from Britain to Ireland is the new part as "
         "far as a search found)", person("Private person", "IE")),
        ("OZN-03", "export", "LTROAD01", "road", "LT", ["LV", "RU", "KZ"], "UZ", "841869",
         "Naudoti pieno aušinimo rezervuarai, 3.000 l, be šaltnešio, 6 vnt.", "LT", 9600, 6, 12000, "EUR",
         "used bulk milk coolers for export are emptied of refrigerant, with capped service valves and a recovery "
         "note; these six, from Lithuanian dairy farms that moved to robotic parlours, still show full suction "
         "gauges, have sealed, uncut lines and their plates and the sight glasses read 'R-22, 9 kg': equipment "
         "containing HCFC-22, whose export from the Union is banned (Regulation 2024/590), by road from Kaunas to a "
         "Tashkent 'dairy complex'; Lithuanian wording (R-22 equipment for export repeats in many sets and milk "
         "tanks in a few; by road from Lithuania to Uzbekistan is the new part as far as a search found)",
         {"importer_country": "UZ"}),
        ("OZN-04", "import", "ITSEA01", "sea", "TW", [], "IT", "841869",
         "穀物冷卻機（穀倉降溫用），R-407C 冷媒，12 台", "TW", 14400, 12, 96000, "USD",
         "grain chillers for silos on R-407C carry an HFC label and a CE plate; these twelve have no quota "
         "declaration, their sight glasses and plates read 'R-22' under fresh stickers and a leak tester gives "
         "chlorodifluoromethane at the service port: grain-cooling units pre-charged with HCFC-22, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by sea from Kaohsiung to "
         "Ravenna for an Emilian grain-storage builder; Taiwanese (traditional Chinese) wording (HCFC-22 equipment "
         "repeats in many sets under HFC labels; grain chillers were found in no earlier row by a keyword search)",
         firm("Meridian Stoccaggio Cereali Srl", "IT")),
        ("OZN-05", "import", "NLSEA01", "sea", "KR", [], "NL", "847989",
         "온실용 제습 히트펌프, 천연냉매 R-290, 40대", "KR", 16000, 40, 120000, "USD",
         "greenhouse dehumidifying heat pumps on R-290 carry flammable-gas marks, sealed charges of under 1 kg and "
         "an ATEX fan; these 40 have no flame marks, 6 kg charges and a leak tester reads difluoromethane and "
         "pentafluoroethane: heat pumps pre-charged with R-410A (HFC) declared as hydrocarbon units, whose import "
         "needs the HFC quota authorisation the importer does not hold, by sea from Busan to Rotterdam for a "
         "Westland greenhouse builder; Korean wording (HFC equipment under R-290 labels repeats in several sets and "
         "dehumidifiers in many; greenhouse dehumidifiers were found in no earlier row by a keyword search)",
         firm("Horizon Kasbouw BV", "NL")),
        ("OZN-06", "transit", "ESSEA01", "sea", "CN", ["ES"], "DZ", "271113",
         "Gas refrigerante R-600a (isobutano), botellas de 13,6 kg, 800 botellas, en tránsito", "CN", 10880, 800,
         16000, "USD",
         "isobutane R-600a comes in red, flammable-gas cylinders of 6.5 kg a bottle at about 2 bar; these 800 "
         "green, non-flammable-gas cylinders hold 13.6 kg each of a liquid of 1.2 kg/l at 8 bar and a gas test "
         "gives chlorodifluoromethane: HCFC-22, a controlled ozone-depleting substance moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Valencia in transit from Ningbo to Oran for "
         "potato cold stores; Spanish wording (HCFC-22 in transit repeats in several sets; an R-600a label through "
         "Valencia to Algeria is the new part as far as a search found)", {"importer_country": "DZ"}),
        ("OZN-07", "import", "PLSEA01", "sea", "CA", [], "PL", "843351",
         "Kombajn zbożowy używany, rocznik 1986, klimatyzacja przerobiona na R-134a, 1 szt.", "CA", 14000, 1, 24000,
         "USD",
         "an air-conditioning conversion to R-134a leaves new service fittings, a conversion label and new oil; this "
         "Saskatchewan combine has the original threaded R-12 valves, the original receiver-drier, no conversion "
         "label and a leak tester reads dichlorodifluoromethane: a product containing CFC-12, whose import into the "
         "Union is banned, by sea from Montréal to Gdańsk for a Pomeranian farm; Polish wording (CFC-12 in vehicles "
         "under false conversion labels repeats in several sets; an old combine harvester was found in no earlier "
         "row by a keyword search)", firm("Orion Agro Sp. z o.o.", "PL")),
        ("OZN-08", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "730890",
         "Сэндвич-панели б/у, от разобранного картофелехранилища, для повторного использования, 1 вагон", "KZ", 30000,
         600, 9000, "USD",
         "used sandwich panels for reuse have clean faces and a pentane- or water-blown polyurethane core; these "
         "600 panels from a dismantled Soviet-era potato store in northern Kazakhstan have a yellow-brown, "
         "friable core that gives off trichlorofluoromethane when cut: insulation foam blown with CFC-11, products "
         "containing an ozone-depleting substance whose import into the Union is banned, by rail to Rēzekne for a "
         "Latgale farm-building contractor; Russian wording from Kazakhstan (CFC-blown panels repeat in several "
         "sets, kept as a repeat of the good; a potato-store panel by rail from Kazakhstan is the new part as far as "
         "a search found)", firm("Vega Būve SIA", "LV")),
        ("OZN-09", "import", "PTSEA01", "sea", "BD", [], "PT", "291513",
         "শস্য সংরক্ষণের জন্য ইথাইল ফরমেট ধূমায়ক, ২০০ লিটার ড্রাম, ৪০ ড্রাম", "BD", 12700, 40, 9000, "USD",
         "ethyl formate is a light (0.92 kg/l), flammable liquid that smells of rum; these 40 drums weigh 1.59 kg/l, "
         "do not burn, smell sweet and chloroform-like with a whiff of rotten cabbage and a lab reads 80 % carbon "
         "tetrachloride and 20 % carbon disulphide, the old '80:20' grain fumigant: carbon tetrachloride, whose "
         "import into the Union is banned, by sea from Chittagong to Leixões for a rice-mill supplier; Bengali "
         "wording (carbon tetrachloride repeats in many sets and the 80:20 grain fumigant in several; an ethyl-formate label "
         "on carbon tetrachloride was found in no earlier row by a keyword search)", firm("Atlantic Moagem Lda", "PT")),
        ("OZN-10", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "847960",
         "Sera için evaporatif serinletici (ped-fan), 30 adet", "TR", 7500, 30, 27000, "EUR",
         "evaporative greenhouse coolers are a fan, a pump and a wet cellulose pad with no compressor; these 30 "
         "crates from an Antalya greenhouse builder hold condensing units with compressors, copper coils and "
         "charged receivers whose plates read 'R-22': cold-room units pre-charged with HCFC-22, products containing "
         "an ozone-depleting substance whose import into the Union is banned, by road through Bulgaria to Giurgiu "
         "for a Ploiești vegetable packhouse; Turkish wording (HCFC-22 equipment repeats in many sets and an "
         "evaporative-cooler label once (blind159), kept as a repeat of the cover; from an Antalya greenhouse builder to a Ploiești packhouse is the new part as far as a search found)", firm("Rivage Sere SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "CR", [], "DE", "680299",
         "Piedra de moler maíz (metate) nueva, basalto, artesanía de Guanacaste, 2 unidades", "CR", 60, 2, 180, "USD",
         "a new kitchen metate is a plain, flat, tool-marked basalt slab on three stubby legs; these two are "
         "tripod slabs carved with a jaguar head, openwork legs and a fringe of stylised bird heads, worn smooth "
         "on the grinding face, with soil in the crevices: Nicoya ceremonial metates (300-800 AD), archaeological "
         "objects whose export Costa Rica forbids, brought in without the importer statement Regulation 2019/880 "
         "requires, flown from San José to Frankfurt for a dealer; Costa Rican Spanish wording (Nicoya metates "
         "repeat in several sets and Guanacaste labels twice (blind104, blind127), kept as a repeat of the good and cover; by air to Frankfurt "
         "is the new part as far as a search found)", firm("Orion Kunsthandel GmbH", "DE")),
        ("CUL-02", "import", "NLSEA01", "sea", "CN", [], "NL", "691490",
         "陶瓷储粮罐，新品，仿古绿釉，200 个", "CN", 2400, 200, 3000, "USD",
         "new green-glazed grain jars are bright, glassy and even; among these 200, twelve are cylindrical jars on "
         "bear-shaped feet with a moulded tiled roof, an iridescent, flaking lead glaze and tomb earth inside: "
         "Han-dynasty funerary granary models (mingqi), archaeological objects whose export China forbids, brought "
         "in without the import licence Regulation 2019/880 requires, mixed into a Jingdezhen reproduction order "
         "for a Rotterdam garden-decor importer; Chinese wording (Han granary models repeat in two sets, blind75 and "
         "blind133, kept as a repeat of the good; a grain-storage jar order by sea is the new part as far as a "
         "search found)", firm("Delta Tuindecor BV", "NL")),
        ("CUL-03", "export", "ESPOST01", "post", "ES", [], "US", "842482",
         "Aspersores de impacto de latón, usados, para riego, 6 unidades", "ES", 1.4, 6, 40, "EUR",
         "used brass impact sprinklers have a swinging arm, a spring and a threaded base; these six are small, "
         "green-patinated cast-bronze figures of warriors and praying women with elongated bodies, from fields "
         "worked with metal detectors in Jaén: Iberian bronze ex-votos (4th-2nd century BC), archaeological objects "
         "that need the Union export licence of Regulation 116/2009 and a Spanish permit whatever their value, "
         "posted from Úbeda to a private buyer in Santa Fe; Spanish wording (Iberian bronzes and ex-votos repeat in "
         "several sets; an irrigation-sprinkler label was found in no earlier row by a keyword search)",
         {"importer_country": "US", "consignee_name": "Private individual"}),
        ("CUL-04", "export", "GBSEA01", "sea", "GB", [], "US", "870192",
         "Agricultural steam engine, incomplete, for parts and restoration, 1 unit", "GB", 16000, 1, 4000, "GBP",
         "a parts engine is a rusted, incomplete hulk worth its scrap and spares; this is a complete, registered "
         "1913 Fowler ploughing engine with its winding drum, cable and brass maker's plates, restored and steamed "
         "at rallies, sold for about 180,000 GBP to a Midwest collector: a transport vehicle over 50 years old above "
         "the value threshold, exported without the licence UK export control of cultural objects requires, from "
         "Southampton to Baltimore; British English wording (vehicles and machinery as cultural goods repeat in a "
         "few sets; a steam ploughing engine was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-05", "export", "ITROAD01", "road", "IT", [], "CH", "870193",
         "Trattore usato, 65 kW, 1 unità", "IT", 4200, 1, 9000, "EUR",
         "a used-machinery lorry for Ticino: an Apulian dealer's second-hand tractor and trailer are what goes to "
         "Swiss farms, but the third item's 'vasi in terracotta da giardino, usati' are three red-figure kraters "
         "and a Daunian askos with root marks and tomb incrustation, wrapped in straw inside the trailer: "
         "archaeological objects from clandestine digs near Foggia, part of the Italian state's cultural heritage, "
         "exported without the licence of Regulation 116/2009 and the Italian certificate, hidden as the last item "
         "of a three-item declaration, at Chiasso; Italian wording (Apulian vases repeat in many sets; behind a used "
         "tractor to Switzerland is the new part as far as a search found)",
         dict({"importer_country": "CH"},
              _more_items=[item("871640", "Rimorchio agricolo ribaltabile usato, 1 unità", "IT", 2800, 3000, "EUR", qty=1),
                           item("691490", "Vasi in terracotta da giardino, usati, 4 pezzi", "IT", 40, 120, "EUR", qty=4)])),
        ("CUL-06", "import", "DESEA01", "sea", "PK", [], "DE", "680410",
         "د ژرندې ګرانایټ ډبرې، نوې، د اوړو ژرندو لپاره، 8 جوړې", "AF", 3200, 16, 1600, "USD",
         "new granite millstones are round, dressed with grinding furrows and drilled through the centre; these "
         "crates hold sixteen grey schist panels carved in relief with Buddha scenes, donors and Corinthian "
         "pilasters, with broken edges and fresh saw cuts on the back: Gandharan reliefs (2nd-4th century) taken "
         "out of Afghanistan, archaeological objects brought in without the import licence Regulation 2019/880 "
         "requires, by sea from Karachi to Hamburg for a stone-mill maker's address in Bavaria; Pashto wording "
         "(Gandharan reliefs repeat in many sets; a flour-millstone label was found in no earlier row by a keyword "
         "search)", firm("Alpina Steinmühlen GmbH", "DE")),
        ("CUL-07", "import", "PLROAD01", "road", "UA", [], "PL", "848330",
         "Втулки бронзові для сівалок, б/в, ящик 40 кг", "UA", 40, None, 120, "EUR",
         "bronze seed-drill bushings are machined, greasy cylinders with an oil groove; this crate, in a lorry of "
         "used seeders, holds 600 cast bronze arrowheads, fibulae, a bridle bit and animal-style plaques with "
         "fresh soil and detector-find marks from fields near Zaporizhzhia: Scythian bronzes (7th-4th century BC), "
         "archaeological objects whose export Ukraine forbids, brought in without the import licence Regulation "
         "2019/880 requires, in a lorry at Dorohusk; Ukrainian wording (Scythian objects repeat in many sets and "
         "bushing labels in a few, on other goods; seed-drill bushings among used seeders are the new part as far "
         "as a search found)", firm("Nordhafen Maszyny Rolnicze Sp. z o.o.", "PL")),
        ("CUL-08", "import", "ITAIR01", "air", "ET", [], "IT", "843890",
         "የቡና መፈልፈያ ማሽን መለዋወጫ ዕቃዎች፣ 1 ሳጥን", "ET", 30, None, 200, "USD",
         "coffee-pulper spare parts are cast discs, screens and rubber breasts; this box holds two wooden-boarded "
         "parchment books in Ge'ez with red and black rubrics, painted saints and a leather satchel, and a brass "
         "processional cross: an 18th-century Ethiopian psalter and a church cross from a Tigray monastery, "
         "cultural goods taken out of Ethiopia, which forbids their export, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Addis Ababa to Rome for a coffee-machinery "
         "importer's address; Amharic wording (Ethiopian psalters and crosses repeat in several sets; a "
         "coffee-pulper-parts label was found in no earlier row by a keyword search)",
         firm("Central Macchine Caffè Srl", "IT")),
        ("CUL-09", "import", "FRROAD01", "road", "AM", ["GE", "TR", "BG", "RO", "HU", "AT", "DE"], "FR", "680410",
         "Բազալտե քար ձիթհանի համար (աղացքի քար), 1 հատ", "AM", 900, 1, 300, "EUR",
         "a basalt edge-runner for an oil mill is a heavy wheel, round and smooth on the rim; this is a rectangular "
         "tufa slab carved with a cross on a rosette and interlace, its back broken off, with lichen on the face "
         "and a 13th-century inscription on the edge: part of an Armenian khachkar, cultural property whose export "
         "Armenia forbids without a permit, brought in without the importer statement Regulation 2019/880 requires, "
         "in a returning lorry to Lyon; Armenian wording (khachkars repeat in several sets, kept as a repeat of the "
         "good; an oil-mill-stone label was found in no earlier row by a keyword search)",
         firm("Meridian Pierres SARL", "FR")),
        ("CUL-10", "import", "ITSEA01", "sea", "TN", [], "IT", "680299",
         "Meule de pressoir à huile, réplique décorative, pierre calcaire, 2 pièces", "TN", 2600, 2, 800, "EUR",
         "a decorative olive-press replica is freshly cut, evenly tooled limestone; these two are a worn Roman "
         "press counterweight with dovetail sockets and a crushing basin (mortarium) with a central pivot hole, "
         "lichen and soil in the pores, taken from a farm near Sbeitla: Roman agricultural installations, "
         "archaeological objects whose export Tunisia forbids, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Sfax to Salerno for an agriturismo; Tunisian French wording (North African "
         "Roman antiquities repeat in many sets and press counterweights under olive-press labels twice (blind181, blind213), kept as a "
         "repeat of the good and cover; by sea from Sfax to Salerno for an agriturismo is the new part as far as a search found)",
         firm("Vega Agriturismo Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "ITAIR01", "air", "IT", [], "AE", "842490",
         "Ugelli di ricambio per irroratrici da giardino, ottone, 400 pezzi", "IT", 80, 400, 2400, "EUR",
         "garden-sprayer nozzles are small brass or plastic tips at a few euros each; these 400 are motorised "
         "rotary cage atomisers with speed control and a drone-arm mount, rated for 10-50 µm droplets at several "
         "litres a minute, at 450 EUR each on the maker's list, for a Sharjah 'garden' trader whose orders go on to "
         "Bandar Abbas: spraying systems specially designed for unmanned aerial vehicles (dual-use 9A350), exported "
         "without the licence Regulation 2021/821 requires, flown from Bologna to Dubai; Italian wording (UAV "
         "spraying items repeat in two sets, blind140 and blind152; rotary atomisers as garden-sprayer nozzles were "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", [], "KZ", "903180",
         "Neigungssensoren für Traktor-Lenksysteme, 200 Stück", "DE", 60, 200, 16000, "EUR",
         "autosteer tilt sensors are cheap MEMS inclinometers at 80 EUR in a plastic housing; these 200 are "
         "tactical-grade inertial measurement units in machined housings with a bias stability the tractor does "
         "not need, at 5,000 EUR each on the maker's list, for an Almaty 'agritech' firm whose forwarder delivers "
         "to Russian drone makers: goods whose export for use in Russia, and re-export through third countries, "
         "Regulation 833/2014 forbids, flown from Frankfurt; German wording (inertial sensors repeat in many sets "
         "and tilt-sensor labels in a few, and an autosteer label once, on GNSS receivers (blind56); tactical IMUs as autosteer tilt sensors are the new part as far as a "
         "search found)", {"importer_country": "KZ"}),
        ("STR-03", "export", "BEROAD01", "road", "BE", ["DE", "AT", "HU", "RO", "BG"], "TR", "380893",
         "Glyfosaat 360 g/l SL, onkruidbestrijder, vaten van 200 l, 60 vaten", "BE", 18900, 60, 7000, "EUR",
         "glyphosate 360 SL is a pale-amber, foaming liquid of 1.17 kg/l that smells faintly of amine; these drums "
         "weigh 1.57 kg/l, fume white and sting the nose the moment a bung is opened and react violently with "
         "water: phosphorus trichloride (Schedule 3 and dual-use 1C350), exported without the licence Regulation "
         "2021/821 requires, by road from Antwerp to an Istanbul 'agrochemical' trader that sends it on to Tabriz; "
         "Flemish wording (phosphorus trichloride repeats in several sets; a glyphosate label on it was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "AM", "391721",
         "Tubería de PE para riego, 110 mm, 24 rollos", "ES", 9600, 24, 14000, "EUR",
         "an irrigation project for a Yerevan 'agro-industrial' firm: PE pipe and drip tape are what Spanish "
         "irrigation builders ship, but the third item's 'bombas de refuerzo para riego' are eight magnetic-drive, "
         "double-sealed pumps whose wetted parts are all Hastelloy C-276, at 30,000 EUR each on the maker's list: "
         "pumps for corrosive fluids controlled under dual-use 2B350.i, exported without a licence and routed on "
         "to Iran, hidden as the last item of a three-item declaration, from Valencia to Poti; Spanish wording "
         "(Hastelloy pumps repeat in many sets, under an irrigation label once (blind159); behind pipe and drip tape "
         "to Armenia is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("391729", "Cinta de riego por goteo, 16 mm, 300 rollos", "ES", 4500, 6000, "EUR", qty=300),
                           item("841370", "Bombas de refuerzo para riego, 8 unidades", "ES", 640, 4000, "EUR", qty=8)])),
        ("STR-05", "export", "DKSEA01", "sea", "DK", [], "PK", "843680",
         "Frøbejdsemaskine (bejdsning af såsæd), pilotmodel, 1 stk.", "DK", 2200, 1, 18000, "EUR",
         "a seed-treatment machine is a drum or rotor coater that wets seed with a liquid dressing; this is a "
         "stainless pilot spray dryer with a rotary atomiser, a cyclone giving particles under 10 µm and a "
         "clean-in-place, sterilisable, contained design, worth ten times the declared value, for a Lahore 'seed' "
         "firm: a spray dryer controlled under dual-use 2B352.g, exported without the licence Regulation 2021/821 "
         "requires, from Aarhus to Karachi; Danish wording (spray dryers repeat in several sets; a seed-coating "
         "label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-06", "transit", "DESEA01", "sea", "JP", ["DE"], "BY", "950300",
         "ラジコンヘリコプター（ホビー用）、農薬散布デモ用、2機", "JP", 220, 2, 4000, "USD",
         "a hobby radio-controlled helicopter is a metre-long model with a small battery or glow engine; these two "
         "crates hold 3.6 m unmanned helicopters with a 100 cc engine, 28 l spray tanks, attitude control and a "
         "programmable autonomous flight controller, on sale at 90,000 USD each: unmanned aerial vehicles "
         "controlled as dual-use items, whose transit through the Union to Belarus Regulation 765/2006 forbids, "
         "landed at Hamburg in transit from Yokohama to Minsk; Japanese wording (crop-spraying helicopters repeat "
         "once (blind75); a hobby-helicopter label in transit to Belarus is the new part as far as a search found)",
         {"importer_country": "BY"}),
        ("STR-07", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "230800",
         "Күнбағыс қауызының түйіршіктері, астық кептіргіштерге арналған отын, қазақстандық, 20 вагон", "KZ",
         1200000, 20, 180000, "USD",
         "sunflower-husk pellets are grey-brown, glossy, oily pellets that smell of roasted seed; these 20 wagons "
         "hold pale, sweet-smelling birch and pine pellets in big bags printed with a Russian plant's name under "
         "the Kazakh stickers, and the wagon numbers and seals are Russian: Russian wood pellets (4401 31), whose "
         "import into the Union Regulation 833/2014 forbids, by rail through Russia and Belarus to Kena with a "
         "Kazakh certificate of origin, for a Lithuanian grain-dryer operator; Kazakh wording (Russian pellets under "
         "other origins repeat in many sets; a sunflower-husk label for grain dryers was found in no earlier row by "
         "a keyword search)", firm("Vega Grūdai UAB", "LT")),
        ("STR-08", "export", "ATAIR01", "air", "AT", [], "PK", "902730",
         "NIR-Getreideanalysator für Eiweiß und Feuchte, Tischgerät, 2 Stück", "AT", 240, 2, 24000, "EUR",
         "an NIR grain analyser is a compact box with a sample drawer and a lamp at about 12,000 EUR; these two are "
         "quadrupole mass spectrometers with a heated ion source, a turbomolecular pump and a mass range over "
         "500 amu, worth 140,000 EUR each, for a Rawalpindi 'grain-quality laboratory': mass spectrometers "
         "controlled under dual-use 3A233, exported without the licence Regulation 2021/821 requires, flown from "
         "Vienna to Islamabad; Austrian German wording (mass spectrometers repeat in several sets; a grain-analyser "
         "label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-09", "export", "LVAIR01", "air", "LV", [], "KZ", "902680",
         "Augsnes mitruma sensori apūdeņošanai, 3 000 gab.", "LV", 150, 3000, 9000, "EUR",
         "soil-moisture probes are plastic rods with capacitance rings and a cable; these 3,000 are bare "
         "cellular and satellite data modules on small boards with u.FL antenna sockets, in the maker's reels, no "
         "probe body among them, for an Astana 'smart irrigation' firm whose buyer is a Russian drone maker: "
         "transmission apparatus on the common high-priority list, whose export for use in Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Riga; Latvian wording (radio modules "
         "repeat in several sets; a soil-moisture-sensor label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-10", "export", "SESEA01", "sea", "SE", [], "KZ", "847989",
         "Halmbrikettpress, begagnad, för lantbruk, 1 st.", "SE", 38000, 1, 40000, "EUR",
         "a farm straw-briquetting press is a screw or piston press of a few tonnes that makes logs of chopped "
         "straw; this is a wire-wound hot isostatic press vessel with its furnace, argon compressor and controls, "
         "38 t in three crates, for an Aktobe 'agro' firm with a Russian aerospace buyer: an isostatic press "
         "controlled under dual-use 2B004 and on the Russia list of Regulation 833/2014, exported without a licence, "
         "from Gothenburg to Poti for onward carriage; Swedish wording (isostatic presses repeat in many sets; a "
         "straw-briquetting label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "GE", [], "NL", "060110",
         "ბოლქვი ხახვის სარგავი მასალა (შალოტი), 500 კგ", "GE", 500, None, 900, "EUR",
         "shallot sets are papery, copper-skinned, pear-shaped bulbs that smell of onion when cut; these 500 kg "
         "are small, white, odourless, round bulbs with a basal plate and soil and roots still on, dug in the "
         "Lechkhumi forests: wild snowdrop bulbs (Galanthus woronowii, CITES App. II) outside Georgia's quota and "
         "without CITES documents, flown from Tbilisi to Amsterdam for a bulb trader; Georgian wording (Galanthus "
         "repeats in many sets and a shallot label once, on another good (blind124); a shallot-set label on snowdrops by air from "
         "Tbilisi is the new part as far as a search found)", firm("Alpina Bloembollen BV", "NL")),
        ("WLF-02", "import", "BESEA01", "sea", "CD", [], "BE", "440729",
         "Bois d'iroko scié, séché, pour tablettes de serres, 1 conteneur", "CD", 21000, None, 12600, "EUR",
         "iroko is a yellow-brown, coarse, interlocked timber that darkens to brown; these boards are fine-grained, "
         "yellow-green when freshly planed, turning to olive-brown, with the fine ripple figure of afrormosia: "
         "Pericopsis elata (CITES App. II) without CITES export permit, by sea from Matadi to Antwerp for a "
         "greenhouse-bench maker; Congolese French wording (afrormosia repeats in many sets under iroko labels; kept "
         "as a repeat, greenhouse benching is the new part as far as a search found)",
         firm("Meridian Serres SA", "BE")),
        ("WLF-03", "import", "LTROAD01", "road", "KZ", ["RU", "BY"], "LT", "843359",
         "Запасные части к зерноуборочным комбайнам, б/у, 1 партия", "KZ", 1800, None, 5400, "EUR",
         "a mixed lorry from Kostanay: combine spare parts and sunflower seed are what Kazakh farms sell west, but "
         "the third item's 'рога бараньи для поделок' are 120 amber, translucent, ribbed horns with a lyre shape "
         "and no sheep's coarse keel: saiga antelope horns (Saiga tatarica, CITES App. II, zero quota for wild "
         "specimens), hidden as the last item of a three-item declaration without CITES documents, at Medininkai; "
         "Russian wording from Kazakhstan (saiga horn repeats in many sets and sheep-horn labels in two (blind158, "
         "dev29-e); behind combine parts is the new part as far as a search found)",
         dict(firm("Orion Agro Dalys UAB", "LT"),
              _more_items=[item("120600", "Семена подсолнечника, 20 т", "KZ", 20000, 9000, "EUR"),
                           item("050790", "Рога бараньи для поделок, 120 шт.", "KZ", 60, 240, "EUR", qty=120)])),
        ("WLF-04", "import", "DESEA01", "sea", "ID", [], "DE", "442199",
         "Pasak kayu meranti untuk gigi garu jerami, 200.000 batang", "ID", 6000, 200000, 4200, "USD",
         "meranti dowels are reddish, coarse and fibrous; these pale, straw-coloured dowels are fine, even, "
         "odourless and break with a short fracture, the wood of ramin: Gonystylus (CITES App. II) without CITES "
         "documents, by sea from Pontianak to Hamburg for a maker of wooden hay rakes; Indonesian wording (ramin "
         "repeats in many sets and ramin dowels in two (blind189, blind205); a hay-rake tine label is the new part "
         "as far as a search found)", firm("Central Holzwaren GmbH", "DE")),
        ("WLF-05", "import", "NLAIR01", "air", "MM", [], "NL", "060290",
         "ကဲ့ဟုတ်ပင်ပေါက် (ပျိုးခင်း plug plants), 6,000", "MM", 300, 6000, 1200, "USD",
         "nursery orchid plugs are uniform, tissue-cultured plantlets in cells of bark; these 6,000 are uneven, "
         "wild-collected Dendrobium and Paphiopedilum plants with old pseudobulbs, lichen, ants and jungle moss: "
         "wild orchids (CITES App. II, Paphiopedilum App. I) without CITES documents, flown from Yangon to Amsterdam "
         "for a Westland pot-orchid grower; Burmese wording (wild orchids repeat in many sets; a plug-plant label from "
         "Myanmar was found in no earlier row by a keyword search)", firm("Horizon Orchideeën BV", "NL")),
        ("WLF-06", "import", "DEAIR01", "express", "GT", [], "DE", "060290",
         "Plantas de aire (Tillandsia) de vivero, 40 unidades", "GT", 4, 40, 80, "USD",
         "nursery air plants are small, green, uniform rosettes; these 40 are big, silver, curling rosettes of "
         "Tillandsia xerographica with old dry leaves and bark fragments on the base, pulled off oaks in the dry "
         "east of Guatemala: wild Tillandsia xerographica (CITES App. II) without CITES documents, sent by express "
         "to a private grower in Kassel; Guatemalan Spanish wording (Tillandsia repeats in several sets, kept as a "
         "repeat; by express to a private grower is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("WLF-07", "import", "ESSEA01", "sea", "NI", [], "ES", "848330",
         "Cojinetes de polímero para ejes de bombas de riego, 300 piezas", "NI", 1800, 300, 1500, "USD",
         "polymer pump-shaft bearings are moulded, cream or black, light plastic bushes; these 300 are heavy "
         "(1.2 kg/dm3), olive-green to brown, oily, self-lubricating wooden blocks that sink in water: lignum vitae "
         "(Guaiacum sanctum, CITES App. II) without CITES documents, by sea from Corinto to Valencia for an "
         "irrigation-pump repairer; Nicaraguan Spanish wording (lignum vitae repeats in several sets and "
         "bearing labels in a few; an irrigation-pump bearing label from Nicaragua is the new part as far as a "
         "search found)", firm("Delta Bombas SL", "ES")),
        ("WLF-08", "import", "ESSEA01", "sea", "GH", [], "ES", "440420",
         "Acacia vineyard stakes, split, debarked, 2 m, 40,000 pcs", "GH", 26000, 40000, 6400, "USD",
         "acacia stakes are yellow-brown, stringy and light; these are heavy, dark red-brown, with a violet sheen "
         "and a sweet smell and leave red sawdust: kosso (Pterocarpus erinaceus, CITES App. II, under a suspension "
         "of trade from most West African states) without CITES export permit, by sea from Tema to Bilbao for a "
         "Rioja vineyard supplier; Ghanaian English wording (kosso repeats in many sets; a vineyard-stake label was "
         "found in no earlier row by a keyword search)", firm("Rivage Viticultura SL", "ES")),
        ("WLF-09", "import", "FRSEA01", "sea", "CM", [], "FR", "440149",
         "Écorce de pin concassée pour substrats horticoles, 1 conteneur", "CM", 22000, None, 2200, "EUR",
         "crushed pine bark is flaky, red-brown and smells of resin; this container holds curled, reddish-brown "
         "quills with a bitter almond smell and grey lichened outer bark, from a mountain forest hardwood: bark of "
         "Prunus africana (CITES App. II) without CITES export permit, by sea from Douala to Le Havre for a "
         "'substrate' buyer that sells on to a plant-extract maker; Cameroonian French wording (Prunus africana "
         "repeats in many sets and a mulch label once (blind97); kept as a repeat of the cover, a horticultural-bark "
         "label to Le Havre is the new part as far as a search found)", firm("Atlantic Substrats SARL", "FR")),
        ("WLF-10", "import", "FRAIR01", "air", "MG", [], "FR", "841391",
         "Pièces de pompes d'irrigation, usagées, 1 caisse (Fitaovana paompy fanondrahana)", "MG", 25, None, 60,
         "EUR",
         "used pump parts are oily impellers, seals and shafts; this crate, with a few rusty impellers on top, "
         "holds eight juvenile tortoises with high, golden-brown domed shells and an upturned plastron spur, taped "
         "into socks: ploughshare tortoises (Astrochelys yniphora, CITES App. I) without CITES documents, flown "
         "from Antananarivo to Paris for a private keeper; Malagasy and French wording (ploughshare tortoises repeat "
         "in three sets (blind143, blind208, dev4-a); a pump-parts crate was found in no earlier row by a keyword "
         "search)", person("Mme Claire Martin", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "HRROAD01", "road", "BA", "HR", "280700",
     "Sulphuric acid 96 %, 4 x 1 l, for a licensed private user (lead-acid battery rebuilding)", "BA", 7.4, 4, 40,
     "EUR", [("PRECURSOR_LICENCE", "HR-MUP-63-0114")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "MA", "FR", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (assaying hobby)", "MA", 1.4, 1, 30, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-63-0042")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "843351",
     "End-of-life combine harvesters, undrained (16 01 04*), for depollution at a licensed treatment plant, 2 units",
     "CH", 22000, 2, 0, "EUR", [("BASEL_CONSENT", "DE-NI-63-0311")], "notified end-of-life machinery to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "HUROAD01", "road", "RS", "HU", "382590",
     "Obsolete pesticides (02 01 08*), repacked in UN drums, for incineration at a licensed plant, 90 drums", "RS",
     18000, 90, 0, "EUR", [("BASEL_CONSENT", "HU-OKF-63-0088")], "notified obsolete pesticides to a licensed incinerator"),
    ("PRM-05", "ozone", "export", "ITROAD01", "road", "IT", "CH", "290371",
     "Recovered HCFC-22 from grain chillers and milk coolers, 20 cylinders, for destruction at a licensed facility",
     "IT", 400, 20, 0, "EUR", [("ODS_LICENCE", "IT-MASE-ODS-63-012")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-06", "ozone", "import", "PTAIR01", "air", "US", "PT", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 1 l, for essential laboratory use", "US", 16, 10, 900, "USD",
     [("ODS_LICENCE", "PT-APA-ODS-63-004")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "GBSEA01", "sea", "GB", "US", "870192",
     "Fowler ploughing engine, 1913, restored, sold to a US museum with the export licence", "GB", 16000, 1, 180000,
     "GBP", [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-EL-63-0217")], "historic vehicle exported with its export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970610",
     "Iberian bronze ex-voto, 3rd century BC, documented Spanish collection since 1955", "ES", 0.3, 1, 14000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-63-0091")], "archaeological object exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "BR", "842490",
     "Rotary cage atomisers for crop-spraying drones, 40 units, for a Brazilian spraying-drone maker", "IT", 8, 40,
     18000, "EUR", [("EXPORT_LICENCE", "IT-MAECI-63-0415"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-63-0072")],
     "dual-use UAV spraying systems under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ATAIR01", "air", "AT", "IN", "902781",
     "Quadrupole mass spectrometer, 1 unit, for an Indian agricultural university's pesticide-residue laboratory",
     "AT", 120, 1, 140000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-63-0233"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-63-0118")],
     "dual-use mass spectrometer under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "GE", "NL", "060110",
     "Galanthus woronowii bulbs, within Georgia's export quota, 300 kg", "GE", 300, None, 1800, "EUR",
     [("CITES_PERMIT", "GE-MEPA-63-0019")], "App. II snowdrop bulbs with their export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121190",
     "Prunus africana bark, dried, within Cameroon's quota, 10 t", "CM", 10000, None, 30000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-63-0107")], "App. II Prunus africana bark with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatna osoba", "PRM-02": "Particulier", "PRM-03": "Nordhafen Recycling GmbH",
    "PRM-06": "Atlantic Laboratório Lda", "PRM-11": "Alpina Bloembollen BV", "PRM-12": "Rivage Extraits SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most of them the ordinary
    # supplies of tractor and combine dealers, irrigation and greenhouse builders and grain stores
    ("310210", "AdBlue diesel exhaust fluid, ISO 22241, 10 l jerrycans", "import", ["road"], ["BA", "RS"], (0.3, 0.6), (8000, 20000), ["EUR"], 0.1, S),
    ("291814", "Citric-acid drip-line cleaner, powder, 1 kg", "import", ["express"], ["MA", "IL"], (6, 12), (1, 4), ["EUR", "USD"], 1, S),
    ("381190", "Diesel anti-gel additive for tractors, 1 l bottles", "import", ["sea"], ["BR", "US"], (3, 6), (4000, 10000), ["USD"], 1.1, S),
    ("283329", "Zinc sulphate monohydrate 33 % Zn, fertiliser grade", "import", ["sea"], ["TH", "CN"], (0.8, 1.4), (10000, 22000), ["USD"], None, S),
    ("310250", "Chilean natural sodium nitrate 16 % N, 25 kg sacks", "import", ["sea"], ["CL"], (0.4, 0.7), (18000, 24000), ["USD"], 0.04, S),
    ("253020", "Kieserite, granular, 25 kg sacks", "import", ["rail"], ["UZ", "CN"], (0.2, 0.4), (20000, 26000), ["USD"], 0.04, S),
    ("283990", "Soluble potassium silicate powder, for greenhouses", "import", ["sea"], ["JO", "CN"], (1.5, 3), (5000, 15000), ["USD"], None, S),
    ("340242", "Non-ionic sprayer adjuvant, 5 l jerrycans", "import", ["road"], ["MK", "RS"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("291631", "Sodium benzoate silage additive, 1.5 kg tubs", "import", ["post"], ["NZ", "GB"], (15, 30), (1, 4), ["NZD", "GBP"], 0.7, S),
    ("340290", "Tractor radiator flush, alkaline, 1 l bottles", "import", ["air"], ["IN"], (2, 4), (200, 800), ["USD"], 1, S),
    ("843351", "Used combine harvesters, drained, serviced, with papers", "export", ["sea"], ["GH", "NG"], (0.8, 1.5), (10000, 24000), ["EUR"], 0.00008, S),
    ("391721", "PE irrigation pipe, new, 16-32 mm coils", "export", ["sea"], ["MA", "TN"], (1.5, 2.5), (8000, 20000), ["EUR"], None, S),
    ("392330", "HDPE jerrycans, new, 20 l", "export", ["sea"], ["GW", "SN"], (2, 3.5), (3000, 8000), ["EUR"], 1, S),
    ("310590", "Liquid micronutrient foliar fertiliser, 20 l", "export", ["road"], ["RS", "MK"], (1.5, 3), (5000, 15000), ["EUR"], 0.05, S),
    ("382499", "Liquid humic acid soil conditioner, IBCs", "export", ["sea"], ["TN", "EG"], (0.3, 0.6), (15000, 22000), ["EUR"], None, S),
    ("852859", "Precision-farming guidance displays, new, boxed", "export", ["road"], ["UA", "MD"], (60, 120), (200, 1000), ["EUR"], 0.2, S),
    ("870194", "Used tractors, drained, serviced", "export", ["sea"], ["NG", "GH"], (1.5, 3), (8000, 20000), ["EUR"], 0.0002, S),
    ("843221", "Disc harrows, used, 3 m", "export", ["sea"], ["NG", "KE"], (0.8, 1.5), (4000, 12000), ["EUR"], 0.001, S),
    ("870830", "Tractor brake shoes, new, asbestos-free", "export", ["sea"], ["PK", "IN"], (4, 8), (2000, 6000), ["GBP", "EUR"], 0.5, S),
    ("320490", "UV leak-detection dye for vehicle air-conditioning, 7.5 ml cartridges", "import", ["post"], ["GB", "US"], (40, 80), (1, 2), ["GBP", "USD"], 30, S),
    ("841459", "Grain-store aeration fans, centrifugal", "import", ["sea"], ["TW", "CN"], (4, 8), (3000, 9000), ["USD"], 0.02, S),
    ("847989", "Greenhouse heat-recovery ventilation units, no refrigerant", "import", ["sea"], ["KR", "CN"], (6, 10), (4000, 12000), ["USD"], 0.003, S),
    ("271113", "Isobutane R-600a, refrigerant grade, 6.5 kg cylinders", "import", ["sea"], ["CN"], (2, 4), (4000, 10000), ["USD"], 0.15, S),
    ("843359", "Combine harvester spare parts, new", "import", ["sea"], ["CA", "US"], (6, 12), (3000, 9000), ["USD"], None, S),
    ("291513", "Ethyl formate, food-grade flavouring, drums", "import", ["sea"], ["CN", "IN"], (2, 3.5), (3000, 9000), ["USD"], None, S),
    ("847960", "Evaporative pad-and-fan coolers for greenhouses", "import", ["road"], ["TR"], (3, 6), (3000, 9000), ["EUR"], 0.004, S),
    ("680299", "Basalt metates, new craft", "import", ["post"], ["MX", "CR"], (10, 25), (2, 4), ["USD"], 0.3, S),
    ("691490", "Green-glazed ceramic storage jars, new", "import", ["sea"], ["CN"], (1, 2), (2000, 6000), ["USD"], 0.1, S),
    ("842482", "Brass impact sprinklers, new", "export", ["post"], ["US", "AU"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("691490", "Terracotta garden pots, new", "export", ["road"], ["CH"], (0.8, 1.5), (2000, 8000), ["EUR"], 0.1, S),
    ("680410", "Granite millstones, new, for stone flour mills", "import", ["sea"], ["IN", "PK"], (0.5, 1), (2000, 8000), ["USD"], 0.005, S),
    ("848330", "Bronze bushings for seed drills, new", "import", ["road"], ["UA", "TR"], (8, 15), (500, 2000), ["EUR"], 5, S),
    ("843890", "Coffee pulper spare parts, new", "import", ["air"], ["ET", "CO"], (5, 10), (100, 500), ["USD"], None, S),
    ("680299", "Limestone olive-press millstone replicas, new", "import", ["sea"], ["TN"], (0.3, 0.6), (2000, 6000), ["EUR"], None, S),
    ("842490", "Garden sprayer nozzles, brass and plastic", "export", ["post"], ["US", "CH"], (20, 40), (1, 2), ["EUR"], 100, S),
    ("903180", "MEMS tilt sensors for tractor autosteer", "export", ["air"], ["KZ", "UA"], (150, 300), (20, 100), ["EUR"], 2, S),
    ("841370", "Irrigation booster pumps, cast iron", "export", ["sea"], ["AM", "GE"], (4, 8), (2000, 8000), ["EUR"], 0.01, S),
    ("843680", "Seed-treatment drum coaters", "export", ["sea"], ["PK", "EG"], (6, 12), (2000, 6000), ["EUR"], 0.001, S),
    ("230800", "Sunflower-husk pellets for biomass boilers", "import", ["sea"], ["UA", "TR"], (0.15, 0.25), (20000, 26000), ["USD"], None, S),
    ("902730", "NIR grain analysers, benchtop", "export", ["air"], ["PK", "EG"], (50, 120), (50, 200), ["EUR"], 0.02, S),
    ("902680", "Capacitive soil-moisture probes", "export", ["air"], ["KZ", "MA"], (60, 120), (50, 300), ["EUR"], 2, S),
    ("847989", "Straw-briquetting presses, screw type", "export", ["sea"], ["KZ", "UA"], (4, 8), (2000, 8000), ["EUR"], 0.0005, S),
    ("440729", "Iroko sawn timber, kiln-dried", "import", ["sea"], ["CM", "CI"], (0.6, 1), (18000, 24000), ["EUR"], None, S),
    ("442199", "Meranti dowels", "import", ["sea"], ["ID", "MY"], (0.6, 1.0), (4000, 10000), ["USD"], 30, S),
    ("848330", "Polymer pump-shaft bearing bushes", "import", ["sea"], ["CA", "CN"], (8, 15), (500, 2000), ["USD"], 2, S),
    ("841391", "Irrigation pump spare parts, impellers and seals", "import", ["air"], ["IN", "CN"], (6, 12), (100, 500), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four
# new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392690", "Plastic seed-propagation trays, 40-cell", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 4, N),
        ("960340", "Paint rollers and trays, boxed sets", "import", ["sea"], ["CN", "VN"], (2.5, 4.5), (3000, 8000), ["USD"], 2, N),
        ("820150", "Bypass secateurs, boxed", "import", ["post", "express"], ["GB", "JP"], (30, 60), (1, 3), ["GBP", "JPY"], 4, N),
        ("392190", "Non-slip drawer liners, PVC foam rolls", "import", ["sea"], ["CN", "IN"], (2, 3.5), (2000, 6000), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind221", 20630101, HERE)


if __name__ == "__main__":
    main()
