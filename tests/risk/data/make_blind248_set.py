#!/usr/bin/env python3
"""Writes the two-hundred-and-forty-eighth blind set (tests/risk/data/blind248-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2067, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: fertiliser and crop-protection
distribution (fertiliser blenders and importers, crop-protection distributors, farm
co-operatives, garden-centre and agri-shop chains, seed-treatment firms).
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
animal origin and animal by-products such as horn meal and shell grit) appear only in the
permitted rows, with their document, and goods whose importer must hold an authorisation
(steel, HFC-charged equipment, HFC and HFO refrigerants, firearms parts, plant-protection
products) are left out of the ordinary table (the shared everyday table's two steel rows
are dropped, as in blind128). Disguised rows carry a consignee name only where a real
declaration would. Ids are BL248-*:

    python3 tests/risk/data/make_blind248_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2067, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2067
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CYSEA01", "sea", "IL", [], "CY", "283429",
         "מגנזיום חנקתי (מגניסל) 11-0-0 לדישון בטפטוף, שקיות 1 ק\"ג, 2,400 שקיות", "IL", 2400, 2400, 2600, "USD",
         "magnesium nitrate for drip feeding is a flaky, hygroscopic crystal that cakes in the bag and dissolves "
         "with a chill; these 2,400 retail bags hold dry, glassy, non-caking crystals that barely dissolve in cold "
         "water, spit violet sparks on a hot iron and read 'KClO3' on the inner liners, for a Limassol garden-centre "
         "chain that sells 1 kg bags to hobby gardeners: potassium chlorate (Annex I above 40 %) made available to "
         "members of the public, by sea from Ashdod; Hebrew wording (potassium chlorate repeats in many sets and "
         "magnesium nitrate appears in a few as the good itself, never as a cover; a Magnisal drip-feed label on "
         "chlorate was found in no earlier row by a keyword search)", firm("Vega Garden Centres Ltd", "CY")),
        ("PRE-02", "import", "PTAIR01", "air", "PE", [], "PT", "250300",
         "Acidificante líquido para arándanos, azufre elemental en suspensión 52 %, bidones de 1 litro, 600 bidones",
         "PE", 1100, 600, 1800, "USD",
         "liquid sulphur for acidifying blueberry beds is an opaque, yellow, milky suspension of about 1.4 kg/l that "
         "settles in the can; these bidons hold a water-clear, oily, odourless liquid of 1.84 kg/l that chars a "
         "paper label and grows hot with a drop of water, for a Braga garden web shop that sells them one by one to "
         "home blueberry growers: about 96 % sulphuric acid (Annex I above 15 %) made available to members of the "
         "public, flown from Lima; Peruvian Spanish wording (sulphuric acid repeats in many sets; blueberry covers "
         "appear in two, on ammonium sulphate and another good; a liquid-sulphur acidifier label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Jardim Online Lda", "PT")),
        ("PRE-03", "import", "DEROAD01", "road", "CH", [], "DE", "310590",
         "Bor-Flüssigdünger (Borethanolamin, 150 g/l B) für Raps und Obst, 1-l-Flaschen, 960 Flaschen", "CH",
         1150, 960, 5800, "CHF",
         "liquid boron-ethanolamine feed is a slightly yellow, syrupy, alkaline liquid of about 1.35 kg/l that "
         "smells faintly of amine; these bottles have vented caps and hold a water-clear liquid of 1.20 kg/l that "
         "foams on a cut, whitens the skin and bulges the cartons, for a Constance mail-order garden supplier that "
         "sells single bottles to allotment holders: about 50 % hydrogen peroxide (Annex I above 12 %) made "
         "available to members of the public, on a van at Kreuzlingen; Swiss German wording (hydrogen peroxide "
         "repeats in many sets and boron labels in several, on other goods; a liquid boron foliar-feed label by road "
         "from Switzerland was found in no earlier row by a keyword search)", firm("Orion Gartenversand GmbH", "DE")),
        ("PRE-04", "import", "FRPOST01", "post", "CA", [], "FR", "382499",
         "Huile de canola méthylée (adjuvant pour pulvérisateur), 4 bidons de 1 L", "CA", 4.6, 4, 96, "CAD",
         "methylated canola oil is a pale-yellow, oily adjuvant of 0.88 kg/l that floats on water and smells of "
         "vegetable oil; these four cans hold a colourless liquid of 1.14 kg/l that sinks, partly mixes with water, "
         "has a faint fruity-chemical smell and burns with a pale flame: nitromethane (Annex I above 16 %), posted "
         "from Saint-Hyacinthe to a private hobby farmer near Quimper, although flammable liquids travel by post "
         "only when declared; Québec French wording (nitromethane repeats in many sets and adjuvant labels in three, "
         "on other goods; a methylated-seed-oil label was found in no earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("PRE-05", "import", "GRSEA01", "sea", "EG", [], "GR", "310520",
         "سماد خاص لأشجار الزيتون NPK 12-12-17 + عناصر صغرى، أكياس 5 كجم، 3,200 كيس", "EG", 16000, 3200, 4800,
         "USD",
         "an olive-tree NPK is a grey-brown, irregular, compound granule that leaves an insoluble residue and a "
         "potash-salt taste; these 5 kg bags hold uniform, white, porous prills that turn ice-cold in water, "
         "dissolve completely, test at 34 % N and melt and fume on a hot plate, for a Crete agri-shop chain that "
         "sells small bags to olive-grove owners and hobby growers: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, by sea from Damietta to Heraklion; Egyptian Arabic wording "
         "(ammonium nitrate repeats in many sets under fertiliser labels; an olive-tree fertiliser label was found "
         "in no earlier row by a keyword search)", firm("Delta Agrotika AE", "GR")),
        ("PRE-06", "import", "IEPOST01", "post", "US", [], "IE", "284020",
         "Solubor DF boron fertilizer, disodium octaborate 17.5 % B, 4 x 2 lb bags", "US", 3.6, 4, 52, "USD",
         "Solubor is a fluffy, light, white powder (about 0.5 kg/l) that dissolves in warm water to a soapy, "
         "alkaline solution; these four bags hold a dense, crystalline, deliquescent salt, twice as heavy for the "
         "volume, that stays neutral, burns fiercely mixed with sugar and whose re-used inner bags read 'NaClO4': "
         "sodium perchlorate (Annex I above 40 %), posted from California to a private allotment holder in Cork; US "
         "English wording (sodium perchlorate repeats in many sets; a Solubor label was found in no earlier row by a "
         "keyword search)", person("Private individual", "IE")),
        ("PRE-07", "import", "NLSEA01", "sea", "CN", [], "NL", "283524",
         "磷酸二氢钾 (MKP) 0-52-34, 水溶性肥料, 1 公斤零售袋, 12,000 袋", "CN", 12000, 12000, 10800, "USD",
         "MKP is a white, slightly acid, readily soluble crystal; these 1 kg retail bags hold a heavier, "
         "sandy white powder that hardly dissolves, leaves the water neutral, flares violet mixed with sugar and "
         "is labelled 'KClO4' on the factory sheet in the container, for a Dutch grow-shop chain that sells single "
         "bags to home growers: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "by sea from Qingdao; Chinese wording (potassium perchlorate repeats in many sets; MKP labels appear in two "
         "earlier rows, as a cover for other goods; on perchlorate for grow shops it was found in no earlier row)",
         firm("Horizon Kweekwinkels BV", "NL")),
        ("PRE-08", "import", "ROROAD01", "road", "MD", [], "RO", "283329",
         "Sulfat de fier (calaican) contra mușchiului de pe gazon, saci 5 kg, 1.400 saci", "MD", 7000, 1400, 2100,
         "EUR",
         "ferrous sulphate moss killer is a pale-green crystal that rusts on damp paving and stains the hands "
         "brown; these bags hold snow-white crystals that draw damp, leave no stain, crackle and flare yellow on a "
         "gas flame and carry CAS 7775-09-9 on the pallet sheet, for an Iași DIY-and-garden chain selling to the "
         "public: sodium chlorate (Annex I above 40 %, a weedkiller long banned) retail-packed for members of the "
         "public, on a lorry at Sculeni; Romanian wording from Moldova (sodium chlorate repeats in many sets; "
         "moss-remover labels hid it in blind31 and ammonium nitrate in blind92, kept as a repeat of the family; a "
         "ferrous-sulphate (calaican) label by road from Moldova is the new part as far as a search found)", firm("Central Grădină SRL", "RO")),
        ("PRE-09", "import", "BGROAD01", "road", "TR", [], "BG", "310590",
         "Sıvı demir şelat gübresi (Fe-EDDHA %6), 5 litrelik bidon, 800 bidon", "TR", 5600, 800, 4000, "EUR",
         "liquid Fe-EDDHA is an opaque, dark wine-red solution that stains everything it touches; these cans "
         "hold a colourless to pale-yellow liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and "
         "eats into a copper coin, for a Haskovo agri-shop that sells 5 l cans to smallholders and gardeners: about "
         "65 % nitric acid (Annex I above 3 %) made available to members of the public, in a lorry at Kapitan "
         "Andreevo; Turkish wording (nitric acid repeats in many sets; iron-chelate labels appear twice, on other "
         "goods in blind41 and blind126 (spent pickling liquor); on nitric acid it was found in no earlier row)", firm("Vega Agro EOOD", "BG")),
        ("PRE-10", "import", "ATAIR01", "air", "VN", [], "AT", "391390",
         "Chế phẩm chitosan sinh học kích thích ra rễ cho cây trồng, chai 1 lít, 1.000 chai", "VN", 1150, 1000,
         1500, "USD",
         "chitosan rooting biostimulant is a slightly viscous, yellowish, vinegar-smelling acid solution; these "
         "bottles have vented caps and hold a thin, water-clear, odourless liquid of 1.13 kg/l that foams on a cut "
         "and whitens the skin, for a Vienna Asian grocery and garden shop that sells single bottles to the public: "
         "about 35 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, flown from "
         "Ho Chi Minh City; Vietnamese wording (hydrogen peroxide repeats in many sets and a chitosan label once, on "
         "another good in blind184; as a rooting biostimulant it was found in no earlier row)",
         firm("Alpina Asia Markt GmbH", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "FISEA01", "sea", "FI", [], "VN", "690919",
         "Keraamiset täytekappaleet (Raschig-renkaat), käytetyt, uudelleenkäyttöön, suursäkit, 30 t", "FI", 30000,
         None, 3000, "EUR",
         "used ceramic tower packing is white or buff, hard, ringing rings that stay clean in water; these "
         "bags hold orange-brown to green, friable rings and pellets coated with a yellow dust that stains the "
         "hands and reads 6 % vanadium and 10 % potassium sulphate, drained from the converter beds of a "
         "fertiliser complex's sulphuric-acid plant: spent vanadium pentoxide catalyst (16 08 02*), hazardous "
         "waste whose export to a non-OECD country is banned, from Kotka to Hai Phong for a 'ceramics trader'; "
         "Finnish wording (spent catalysts and vanadium repeat in many sets; a tower-packing label on a "
         "sulphuric-acid catalyst was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-02", "export", "PLROAD01", "road", "PL", [], "UA", "281700",
         "Tlenek cynku do produkcji nawozów mikroelementowych, big bagi, 22 t", "PL", 22000, None, 4400, "EUR",
         "fertiliser-grade zinc oxide is a soft, white, even powder of 99 % ZnO; these bags hold black-green, "
         "hard extrudates with copper sheen and chromium in the analysis, unloaded from the low-temperature shift "
         "converter of an ammonia plant: spent copper-zinc shift catalyst (16 08 02*), hazardous waste whose export "
         "to a non-OECD country is banned, at Korczowa for a Vinnytsia 'micronutrient blender'; Polish wording "
         "(spent catalysts repeat in many sets, a shift catalyst once, in blind181, and zinc-oxide labels in "
         "several; kept as a repeat, an ammonia-plant catalyst as a micronutrient raw material by road is the new "
         "part)", {"importer_country": "UA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "AL", "310100",
         "Biostimolante liquido a base di aminoacidi vegetali, cisternette IBC 1.000 l, 22 pezzi", "IT", 24000, 22,
         2200, "EUR",
         "plant amino-acid biostimulant is a clear, brown, molasses-smelling liquid with a batch label; these "
         "IBCs hold a cloudy, layered, solvent-smelling liquid with a white emulsion on top and residues of "
         "tebuconazole and chlorpyrifos in the analysis: tank-wash water and off-specification batches of a "
         "crop-protection formulation plant near Ravenna (07 04 01*, 07 04 13*), hazardous waste whose export to a "
         "non-OECD country is banned, from Bari to Durrës for a 'fertiliser distributor'; Italian wording (liquid "
         "fertiliser covers repeat in several sets, and amino-acid biostimulant labels hid obsolete pesticides in "
         "blind117 and blind190, kept as a repeat of the label; a formulation plant's rinsate was found in no "
         "earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-04", "export", "ROROAD01", "road", "RO", [], "MD", "310520",
         "Îngrășământ complex NPK 16-16-16, saci 50 kg, 24 t", "RO", 24000, 480, 2400, "EUR",
         "NPK 16-16-16 is hard, round, even granules in printed bags; these patched bags hold caked lumps, "
         "floor sweepings, wet, oily prills and broken pallets' splinters, mostly ammonium nitrate that smells of "
         "diesel, from the demolished store of a closed fertiliser plant near Făgăraș: off-specification and "
         "contaminated ammonium nitrate (06 10 02*, oxidising), hazardous waste whose export to a non-OECD country "
         "is banned, at 0.10 EUR/kg at Albița for a Cahul 'agro dealer'; Romanian wording (ammonium nitrate and "
         "NPK labels repeat in many sets, on precursors; contaminated fertiliser-store sweepings as waste were "
         "found in no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "CO", "310590",
         "Fertilizante micronutriente de zinc granulado (ZnO 30 %), sacos de 25 kg, 24 t", "ES", 24000, 960, 4800,
         "EUR",
         "a granular zinc micronutrient is an even, grey-white granule of stated zinc and low heavy metals; "
         "these bags hold a dusty, brown-black, iron-rich powder that reads 28 % zinc with 3 % lead and 600 mg/kg "
         "cadmium, collected from the bag filters of a Basque electric-arc steel works: EAF dust (10 02 07*), "
         "hazardous waste whose export to a non-OECD country is banned, from Bilbao to Buenaventura for a Valle del "
         "Cauca 'fertiliser blender' (as in the waste-derived fertiliser scandals of the 1990s); Spanish wording "
         "(EAF dust repeats in many sets and micronutrient labels in a few, on spent etchant and obsolete "
         "pesticides; EAF dust as a zinc micronutrient was found in no earlier row by a keyword search)",
         {"importer_country": "CO"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "GH", "540720",
         "PP-weefsel, tweede keus, op rollen en in balen, 18 t", "NL", 18000, None, 2700, "EUR",
         "second-grade woven PP fabric comes on clean rolls with a mill's labels; these bales are used, "
         "cut-open big bags and sacks of fertiliser and crop-protection products with printed hazard pictograms, "
         "white residues and a mercaptan smell of pesticide: packaging contaminated by hazardous substances "
         "(15 01 10*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Tema for a "
         "'bag re-weaver'; Dutch wording (used big bags and FIBCs repeat in a few sets and pesticide containers in "
         "several; a woven-PP-fabric label was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "BD", "690912",
         "Inerte keramische steunkogels (alumina), gebruikt, herbruikbaar, vaten, 16 t", "BE", 16000, None, 1600,
         "EUR",
         "inert alumina support balls are white, hard, uniform spheres that stay white when broken; these drums "
         "hold grey-green and black, cracked rings and cylinders that read 15 % nickel, mixed with some support "
         "balls on top, from the primary reformer of an ammonia plant near Antwerp: spent nickel reforming "
         "catalyst (16 08 02*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Chattogram for a 'fertiliser-plant supplier'; Flemish wording (spent catalysts repeat in many sets and "
         "alumina support balls covered one in blind88, kept as a repeat of the cover; a nickel reforming catalyst "
         "from an ammonia plant was found in no earlier row)", {"importer_country": "BD"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "LB", "310590",
         "Λίπασμα από διάσωση φορτίου, σε σάκους, μειωμένης αξίας, 20 t", "GR", 20000, None, 1000, "EUR",
         "salvaged fertiliser is wet or caked but still one product in its own bags; these torn, scorched bags "
         "and drums hold a burnt, sticky mixture of melted plastic, fertiliser, fungicide powders and insecticide "
         "concentrates that smells of solvent, from the fire at a crop-protection distributor's warehouse in "
         "Thessaly: fire residues containing pesticides (02 01 08*, 16 03 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Piraeus to Beirut for a 'fertiliser recycler'; Greek wording (salvage "
         "and fire-damaged labels repeat in many sets, on vehicles and other goods, and obsolete pesticides went "
         "from Greece to Egypt under a biostimulant label in blind190; a crop-protection warehouse's fire residues "
         "under a salvage label to Lebanon were found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("WST-09", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "280700",
         "Kyselina sírová technická 70 % pro výrobu superfosfátu, autocisterna, 24 t", "CZ", 24000, None, 480, "EUR",
         "technical sulphuric acid is a clear, oily liquid with a certificate of analysis; this tanker holds a "
         "grey, cloudy acid with a black sediment that reads 3 g/l lead and antimony, drained from a battery "
         "breaker's recycling line, at 0.02 EUR/kg: spent battery acid (16 06 06*, 06 01 01*), hazardous waste "
         "whose export to a non-OECD country is banned, through Slovakia to a Ukrainian 'superphosphate maker'; "
         "Czech wording (spent and battery acid repeat in several sets; kept as a repeat, a superphosphate-making "
         "label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "310490",
         "Adubo potássico natural (cinza vegetal), para correção de solos, sacos de 25 kg, 22 t", "PT", 22000, 880,
         1100, "EUR",
         "wood-ash potash is soft, light-grey, alkaline ash with charcoal specks; these bags hold heavy, "
         "dark-grey, sintered fly ash and boiler-cleaning residue from a plant that burns demolition wood and "
         "railway sleepers, reading arsenic, chromium and copper from CCA and PAHs from creosote: fly ash from "
         "co-incineration containing hazardous substances (10 01 16*), hazardous waste whose export to a non-OECD "
         "country is banned, from Sines to Luanda for a 'fertiliser importer'; Portuguese wording (fly ash repeats "
         "in many sets and a sieved-wood-ash label once; as potash for Angola it was found in no earlier row)",
         {"importer_country": "AO"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "MA", [], "ES", "271112",
         "Propane liquéfié pour canons effaroucheurs à gaz (anti-oiseaux), bouteilles de 13 kg, 160 bouteilles",
         "MA", 2720, 160, 2400, "EUR",
         "propane for bird-scaring gas cannons is a light gas (0.5 kg/l) in red or grey screw-valve cylinders "
         "that hiss and light at once; these 160 cylinders hold 17 kg each of a heavier liquid (1.7 kg/l) that "
         "will not light, smells faintly sweet and shows 'CH3Br' on the re-painted collars, for a Huelva "
         "strawberry co-operative: methyl bromide (Regulation 2024/590, its use for soil fumigation banned), by sea "
         "from Agadir to Algeciras; Moroccan French wording (methyl bromide repeats in many sets and "
         "weed-burner propane and a bird-scarer label once each; a gas-cannon label was found in no earlier row by "
         "a keyword search)", firm("Rivage Fresas Cooperativa SL", "ES")),
        ("OZN-02", "import", "NLSEA01", "sea", "CN", [], "NL", "330125",
         "留兰香油马铃薯抑芽剂 (spearmint oil sprout suppressant), 20 升桶, 160 桶", "CN", 3200, 160, 19200, "USD",
         "spearmint oil is a pale-yellow essential oil of 0.92 kg/l that fills a store with mint; these drums "
         "are bulging, hold a colourless liquid of 1.49 kg/l that boils in the hand at 24 °C with no mint smell "
         "and fogs a halide lamp green: trichlorofluoromethane (CFC-11, Regulation 2024/590), by sea from Ningbo "
         "for a Flevoland potato-store fogging contractor; Chinese wording (CFC-11 repeats in many sets; sprout "
         "covers appear in three, on peroxide and ammonium nitrate; a spearmint-oil label was found in no earlier "
         "row by a keyword search)", firm("Nordhafen Aardappelopslag BV", "NL")),
        ("OZN-03", "import", "ITSEA01", "sea", "JO", [], "IT", "290369",
         "يودوميثان (ميثيل يوديد) لتعقيم التربة في البيوت المحمية، أسطوانات 50 كغ، 40 أسطوانة", "JO", 2000, 40,
         30000, "USD",
         "iodomethane is a dense liquid (2.28 kg/l) that turns brown in daylight and leaves violet iodine stains, "
         "and costs dozens of dollars a kilo; these cylinders hold 50 kg of a colourless liquefied gas of 1.7 kg/l, "
         "with no iodine stain and a chloroform-like smell, and the stamped tare and valve type are those of the "
         "Dead Sea bromine works: methyl bromide (Regulation 2024/590, its use for soil fumigation banned), by sea "
         "from Aqaba to Catania for a Ragusa greenhouse-supply distributor; Jordanian Arabic wording (methyl bromide "
         "repeats in many sets and iodomethane labels in a few, on trifluoroiodomethane; as a soil-fumigant cover "
         "for methyl bromide it was found in no earlier row)", firm("Meridian Serre Srl", "IT")),
        ("OZN-04", "import", "PLSEA01", "sea", "IN", [], "PL", "291422",
         "Cyclohexanone, technical 99.8 %, solvent for EC pesticide formulations, 80 drums", "IN", 16000, 80, 20800,
         "USD",
         "cyclohexanone is a colourless liquid of 0.95 kg/l that floats on water and smells of peppermint and "
         "acetone; these drums hold a liquid of 1.59 kg/l that sinks under water, smells sweet like chloroform and "
         "does not burn: carbon tetrachloride (Regulation 2024/590), by sea from Nhava Sheva to Gdynia for a "
         "Poznań crop-protection formulator; Indian English wording (carbon tetrachloride repeats in many sets and "
         "a cyclohexanone label once, in blind111; as a pesticide-formulation solvent it was found in no earlier "
         "row by a keyword search)", firm("Orion Agrochem Sp. z o.o.", "PL")),
        ("OZN-05", "export", "ITROAD01", "road", "IT", ["SI", "HR"], "RS", "841869",
         "Kälteanlage für CA-Obstlager (Apfellager), gebraucht, zerlegt, Verdichter und Verdampfer / impianto "
         "frigorifero usato per magazzino mele, 2 LKW-Ladungen", "IT", 38000, 1, 48000, "EUR",
         "a used controlled-atmosphere store plant is sold drained, with its refrigerant recovered and papers to "
         "show it; this dismantled plant from a South Tyrol fruit co-operative still holds 600 kg of refrigerant "
         "in its receivers, the name plates read R-22 and the compressors are 1990s HCFC models: equipment "
         "containing HCFC-22, whose export and placing on the market are banned (Regulation 2024/590), from Bolzano "
         "through Slovenia and Croatia to a Smederevo apple co-operative; South Tyrolean German and Italian "
         "wording (R-22 equipment repeats in many sets and controlled-atmosphere labels in a few; a whole apple-store "
         "plant by road to Serbia was found in no earlier row)", {"importer_country": "RS"}),
        ("OZN-06", "import", "HUROAD01", "road", "CN", ["RS"], "HU", "382499",
         "种衣剂稀释剂 (水性, 无溶剂) / seed-coating polymer diluent, water-based, 200 l drums, 40 drums", "CN",
         9900, 40, 7200, "USD",
         "a water-based seed-coating diluent is a milky, heavy-bodied liquid that does not evaporate; these drums "
         "bulge in the summer heat, hold a colourless liquid of 1.24 kg/l that boils at 32 °C, chills the hand and "
         "dissolves a polystyrene cup: 1,1-dichloro-1-fluoroethane (HCFC-141b, Regulation 2024/590), railed from "
         "Chongqing to Belgrade and trucked to Röszke for a Szeged seed-treatment firm; Chinese wording (HCFC-141b "
         "repeats in many sets and a seed-coating label once, in blind221; as a seed-coating diluent it was found "
         "in no earlier row)", firm("Delta Vetőmag Kft.", "HU")),
        ("OZN-07", "import", "BGROAD01", "road", "TR", [], "BG", "382769",
         "Soğutucu gaz R-454C (A2L, düşük GWP), 10 kg tüp, 240 tüp, tarım kooperatifi soğuk hava deposu için", "TR",
         2400, 240, 12000, "EUR",
         "R-454C comes in returnable cylinders with a red A2L band at a pressure near R-404A's; these 240 "
         "disposable, green cylinders read 10 bar at 25 °C, a halide-lamp test shows chlorine and a refrigerant "
         "identifier reads 99 % R-22: chlorodifluoromethane (HCFC-22, Regulation 2024/590) in banned disposable "
         "cylinders, in a van at Kapitan Andreevo for a Plovdiv fruit co-operative's cold store; Turkish wording "
         "(HCFC-22 repeats in many sets under other refrigerant labels, R-454C twice; a co-operative cold store by "
         "road from Türkiye is the new part as far as a search found)", firm("Orion Agro Kooperativ EOOD", "BG")),
        ("OZN-08", "import", "ITSEA01", "sea", "TN", [], "IT", "250300",
         "Soufre mouillable 80 % WG pour vigne et maraîchage, sacs 25 kg, 8 t", "TN", 8000, 320, 6400, "EUR",
         "a crop-protection distributor's mixed consignment for Sicilian greenhouses: wettable sulphur and "
         "paraffin oil are what such distributors ship from Tunisia, but the third item's 'bouteilles d'azote pour "
         "purge des gaines' are 40 cylinders that weigh 50 kg more each than nitrogen cylinders, hold a liquefied "
         "gas instead of a 200-bar compressed one and carry re-painted methyl bromide collars: methyl bromide "
         "(Regulation 2024/590), hidden as the last item of a three-item declaration, by sea from Radès to Trapani; "
         "Tunisian French wording (methyl bromide repeats in many sets and leak-test nitrogen once, in blind230; a "
         "drip-line purge label behind a sulphur and oil consignment was found in no earlier row)",
         dict(firm("Vega Agrofarmaci Srl", "IT"),
              _more_items=[item("271019", "Huile de paraffine (huile blanche) pour agrumes, fûts 200 l, 20 fûts", "TN",
                                3400, 5100, "EUR", qty=20),
                           item("280430", "Bouteilles d'azote pour purge des gaines goutte-à-goutte, 40 x 50 l", "TN",
                                2000, 800, "EUR", qty=40)])),
        ("OZN-09", "import", "LVRAIL01", "rail", "KZ", [], "LV", "382499",
         "Масло-носитель для ультрамалообъёмного опрыскивания (УМО), бочки 200 л, 60 бочек", "KZ", 16000, 60, 9600,
         "USD",
         "a ULV carrier oil is a light mineral or vegetable oil of about 0.85 kg/l that floats on water; these "
         "drums hold a colourless, sweet-smelling, non-flammable liquid of 1.34 kg/l that sinks and degreases "
         "at once, and the drum bungs are stamped for 1,1,1-trichloroethane: methyl chloroform (Regulation "
         "2024/590), by rail from Almaty to Riga for a Latvian co-operative's crop-spraying service; Russian "
         "wording from Kazakhstan (methyl chloroform repeats in many sets; a ULV carrier-oil label was found in no "
         "earlier row by a keyword search)", firm("Central Agro SIA", "LV")),
        ("OZN-10", "import", "ESAIR01", "air", "US", [], "ES", "380891",
         "Mating disruption aerosol puffer refills, codling moth pheromone, 12 x 300 ml cans, 40 cases", "US", 300,
         480, 14400, "USD",
         "pheromone puffer refills are timed-release aerosol cans of a few grams of pheromone in a light "
         "propellant; these cans weigh 400 g each, a halide-lamp test on the vented gas shows chlorine and a "
         "refrigerant identifier reads 95 % HCFC-22 with no pheromone found: chlorodifluoromethane (HCFC-22, "
         "Regulation 2024/590, banned in aerosols) in 480 cans, flown from Yakima to Madrid for a Lleida "
         "fruit-growers' co-operative; US English wording (HCFC-22 repeats in many sets; a mating-disruption "
         "puffer label was found in no earlier row by a keyword search)", firm("Atlantic Fruiters SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "EG", [], "IT", "310100",
         "سباخ بلدي (سماد عضوي طبيعي) لتحسين التربة، شكائر 50 كجم، 400 شكارة", "EG", 20000, 400, 2000, "USD",
         "sebakh is the crumbly, grey-brown earth of decayed mud brick that Egyptian farmers dug from old "
         "mounds as manure; these sacks hold it, but with blue-green faience amulets, Demotic and Greek ostraca, "
         "coins and papyrus scraps sieved out on top of several, dug from a Ptolemaic kom in the Fayum: "
         "archaeological objects exported from Egypt without permission (Law 117/1983) and imported without an "
         "export licence (Regulation 116/2009 and 2019/880), from Alexandria to Salerno for a Campania organic-"
         "fertiliser blender; Egyptian Arabic wording (Egyptian antiquities, faience and ostraca repeat in many "
         "sets; a sebakh label was found in no earlier row by a keyword search)", firm("Rivage Concimi Srl", "IT")),
        ("CUL-02", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "310520",
         "Mineralno đubrivo NPK 15-15-15, džakovi 50 kg, 24 t", "RS", 24000, 480, 9600, "EUR",
         "a fertiliser distributor's lorry from Serbia: NPK in bags is what such lorries carry, but the second "
         "item's 'uzorci zemljišta za agrohemijsku analizu' are 40 numbered soil bags of which each holds, under a "
         "handful of earth, Roman coins, bronze fibulae and a silver ring found by detectorists in the fields "
         "around Viminacium: archaeological objects exported from Serbia without a permit and imported without an "
         "export licence (Regulation 116/2009 and 2019/880), hidden as the last item of a two-item declaration, "
         "through Hungary to a Lower Austria agronomy laboratory's address; Serbian (Latin) wording (Roman coins "
         "and Viminacium finds repeat in several sets and a soil-sample cover once, in blind225, for hydrocarbon "
         "analysis; agrochemical soil samples behind a fertiliser load was found in no earlier row)",
         dict(firm("Alpina Agrarlabor GmbH", "AT"),
              _more_items=[item("253090", "Uzorci zemljišta za agrohemijsku analizu, 40 kesa", "RS", 40, 40, "EUR",
                                qty=40)])),
        ("CUL-03", "import", "DEPOST01", "post", "TR", [], "DE", "120999",
         "Tohum topları (kil ve kır çiçeği tohumu), el yapımı, 30 adet", "TR", 2.4, 30, 45, "EUR",
         "clay seed balls are round, rough, crumbly balls of red clay and compost with seeds showing; these "
         "30 pieces include eight flat, fired, pillow-shaped tablets rolled in mud, covered with wedge-shaped "
         "signs, and two stone cylinder seals: Old Babylonian cuneiform tablets and seals from Iraq, cultural "
         "property whose import is banned (Regulation 1210/2003) and needs an export licence (Regulation 2019/880), "
         "posted from Gaziantep to a private buyer in Cologne; Turkish wording (cuneiform tablets and seals repeat "
         "in many sets; a seed-ball label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-04", "import", "FRSEA01", "sea", "ML", ["SN"], "FR", "251020",
         "Phosphate naturel de Tilemsi, broyé, engrais de fond, sacs de 50 kg, 400 sacs", "ML", 20000, 400, 3000,
         "EUR",
         "Tilemsi rock phosphate is a fine, buff, earthy powder; among these sacks, twelve weigh more and hold, "
         "packed in the powder, kneeling and coiled-snake terracotta figures with pustule-covered skins and "
         "earthy roots: Djenné-Djeno / Inland Niger Delta terracottas (ICOM Red List, export banned by Mali) "
         "imported without an export licence (Regulation 2019/880), by road to Dakar and by sea to Le Havre for a "
         "Normandy organic-fertiliser importer; Malian French wording (Djenné terracottas repeat in several sets; "
         "a Tilemsi phosphate cover was found in no earlier row by a keyword search)",
         firm("Atlantic Engrais SARL", "FR")),
        ("CUL-05", "import", "ESAIR01", "express", "GT", [], "ES", "253090",
         "Muestras de zeolita natural (clinoptilolita) para mejorador de suelos, 3 bolsas de 1 kg", "GT", 3, 3, 30,
         "USD",
         "zeolite samples are grey-green, gritty, light granules; these bags hold among the granules apple-green "
         "polished jade beads, a carved jade pendant with a Maya profile head and drilled ear flares: Classic Maya "
         "jades from Petén, cultural property exported from Guatemala without permission (Decreto 26-97) and "
         "imported without an export licence (Regulation 2019/880), by express from Guatemala City to a Murcia "
         "fertiliser blender; Guatemalan Spanish wording (Maya jades repeat in several sets and zeolite labels in "
         "many, on other goods; zeolite soil-conditioner samples were found in no earlier row)",
         firm("Horizon Fertilizantes SL", "ES")),
        ("CUL-06", "import", "GBSEA01", "sea", "IN", [], "GB", "230690",
         "வேப்பம் புண்ணாக்கு (neem cake) இயற்கை உரம், 25 கிலோ மூட்டை, 800 மூட்டைகள்", "IN", 20000, 800, 5200,
         "USD",
         "neem cake is a brown, bitter-smelling, crumbly press cake; one of these sacks holds, wrapped in sacking "
         "inside the cake, a 60 cm bronze of Parvati with a green patina, a temple's ritual wear and soil in the "
         "tang holes: a Chola-period temple bronze from Tamil Nadu exported without a licence (Antiquities and Art "
         "Treasures Act 1972), by sea from Chennai to Felixstowe for a Leicester organic-fertiliser wholesaler; "
         "Tamil wording (Chola bronzes repeat in many sets; a neem-cake cover was found in no earlier row: the "
         "neem labels found are on bark)", firm("Delta Organics Ltd", "GB")),
        ("CUL-07", "import", "PLROAD01", "road", "UA", [], "PL", "842490",
         "Запчастини до обприскувачів: форсунки латунні, фільтри, б/в, 1 партія", "UA", 240, None, 600, "EUR",
         "a sprayer-parts consignment for a Lublin farm-machinery dealer: nozzles, filters and diaphragm pumps are "
         "what such dealers import, but the third item's 'латунні форсунки, брухт' holds, among worn brass nozzles, "
         "gold appliqué plaques with stags and griffins and a gold torque with animal-head terminals: Scythian "
         "gold from Ukraine, cultural property exported without a permit and imported without an export licence "
         "(Regulation 2019/880), hidden as the last item of a three-item declaration, at Dorohusk; Ukrainian "
         "wording (Scythian gold repeats in many sets and a sprayer-nozzle label once, on a strategic row in "
         "blind221; as sprayer-nozzle scrap behind farm parts it was found in no earlier row)",
         dict(firm("Orion Agromaszyny Sp. z o.o.", "PL"),
              _more_items=[item("841370", "Насоси мембранні до обприскувачів, б/в, 12 шт.", "UA", 180, 900, "EUR",
                                qty=12),
                           item("842490", "Латунні форсунки, брухт, 4 кг", "UA", 4, 20, "EUR")])),
        ("CUL-08", "import", "ESSEA01", "sea", "PE", [], "ES", "630510",
         "Sacos de yute usados, limpios, para envasado de abonos, fardos, 6 t", "PE", 6000, None, 900, "USD",
         "used jute sacks are coarse, brown, flat-pressed bags that smell of coffee or guano; three of these "
         "bales hold, folded between sacks, fine cotton and camelid-wool textiles with tapestry-woven birds and "
         "fish, brittle, with grave earth in the folds: Chancay textiles from looted burial grounds north of "
         "Lima, cultural property exported without permission (Ley 28296) and imported without an export licence "
         "(Regulation 2019/880), by sea from Callao to Valencia for a fertiliser-bagging firm; Peruvian Spanish "
         "wording (Chancay textiles repeat in many sets; kept as a repeat, used jute fertiliser sacks as the cover "
         "was found in no earlier row)", firm("Meridian Envases SL", "ES")),
        ("CUL-09", "import", "CYSEA01", "sea", "LB", [], "CY", "251710",
         "حصى رخامي ملوّن للزينة وتغطية أحواض الحدائق، أكياس 20 كغ، 600 كيس", "LB", 12000, 600, 1800, "USD",
         "decorative marble pebbles are loose, tumbled, rounded stones; forty of these bags hold flat panels of "
         "small, square, cut tesserae still set in lime mortar, with parts of a vine scroll, a peacock and a "
         "Greek inscription: Roman-Byzantine floor mosaic fragments lifted in Syria, cultural property whose "
         "import is banned (Regulation 36/2012, Article 11c) and needs an export licence (Regulation 2019/880), "
         "by sea from Tripoli to Limassol for a garden-centre supplier; Levantine Arabic wording (Syrian mosaics "
         "repeat in many sets and pebble labels in several; as garden-mulch pebbles for a garden centre it was "
         "found in no earlier row as far as a search found)", firm("Horizon Garden Supplies Ltd", "CY")),
        ("CUL-10", "import", "NLSEA01", "sea", "LK", [], "NL", "530500",
         "පොල් කොහු බ්ලොක් (cocopeat), 5 kg, හරිතාගාර සඳහා, 4,000 බ්ලොක්", "LK", 20000, 4000, 6000, "USD",
         "cocopeat blocks are light, brown, pressed coir pith that swells in water; two pallets hold blocks "
         "pressed around limestone Buddha heads and a moonstone fragment with the earth of a forest monastery, "
         "each far heavier than 5 kg: Anuradhapura-period sculpture from Sri Lanka exported without a licence "
         "(Antiquities Ordinance) and imported without an export licence (Regulation 2019/880), by sea from "
         "Colombo to Rotterdam for a Westland growing-media importer; Sinhala wording (Anuradhapura sculpture "
         "repeats in several sets and cocopeat labels in two, on waste; on antiquities it was found in no "
         "earlier row)", firm("Nordhafen Substraten BV", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["AE"], "IR", "730900",
         "Edelstahl-Mischbehälter für Flüssigdünger, 1.000 l, mit Rührwerk, 6 Stück", "DE", 9000, 6, 54000, "EUR",
         "liquid-fertiliser mixing tanks are open-topped or vented vessels with a simple stirrer; these six are "
         "closed, polished 316L vessels with sealed agitator shafts, steam-in-place lines, sterile sampling ports, "
         "aeration spargers and dissolved-oxygen probes, for a Karaj 'biopesticide (Bacillus thuringiensis)' "
         "producer: fermenters of over 100 l that can be sterilised in place (dual-use 2B352), exported without a "
         "licence and under the Iran restrictions, by sea from Hamburg via Jebel Ali; German wording (fermenters "
         "repeat in many sets and mixing-tank labels in two, for shampoo and e-liquid; a liquid-fertiliser "
         "mixing-tank label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "PK", "841939",
         "Essiccatore sottovuoto per confettatura e concia delle sementi, 1 unità", "IT", 4200, 1, 140000, "EUR",
         "a vacuum dryer for seed coating is a heated tumbling drum working near ambient pressure; this unit is a "
         "shelf freeze-dryer with a -80 °C condenser taking 40 kg of ice a day, steam sterilisation of chamber and "
         "condenser and stoppering shelves, for a Lahore 'rhizobium seed-inoculant' maker: a steam-sterilisable "
         "freeze-drier (dual-use 2B352), exported without a licence, by sea from Genoa to Karachi; Italian wording "
         "(freeze-driers repeat in many sets; a seed-coating dryer label was found in no earlier row by a keyword "
         "search)", {"importer_name": "Indus Bio-Inputs (Pvt) Ltd", "importer_country": "PK"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", ["TR"], "AZ", "340241",
         "Talgamine-ethoxylaat (POEA), bevochtiger voor herbiciden, vaten 200 l, 80 vaten", "BE", 17600, 80, 26400,
         "EUR",
         "tallow-amine ethoxylate is an amber to brown, thick, soapy, foaming surfactant; these drums hold a "
         "colourless, viscous, hygroscopic liquid with an ammonia smell that does not foam, labelled "
         "'2,2',2''-nitrilotriethanol' on the filler's certificate: triethanolamine (CWC Schedule 3, dual-use "
         "1C350), exported without a licence, by sea from Antwerp via Mersin to a Baku 'herbicide formulator' "
         "that ships on to Iran; Flemish wording (triethanolamine repeats in many sets; a POEA or tallow-amine label "
         "was found in no earlier row by a keyword search)", {"importer_country": "AZ"}),
        ("STR-04", "export", "FRSEA01", "sea", "FR", ["AE"], "IR", "310210",
         "Urée perlée 46 % N, sacs de 50 kg, 20 t", "FR", 20000, 400, 8000, "EUR",
         "prilled urea is white, smooth, round prills that turn cold in water and smell of nothing; these bags "
         "hold white, flaky, hygroscopic crystals with a fishy amine smell that give an acid, chloride-positive "
         "solution: dimethylamine hydrochloride (dual-use 1C350), exported without a licence, from Le Havre via "
         "Jebel Ali to a Tabriz 'fertiliser trader'; French wording (dimethylamine repeats in several sets and urea "
         "labels in many; a plain urea label on dimethylamine hydrochloride was found in no earlier row)",
         {"importer_country": "IR"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", ["EG"], "SY", "380892",
         "Fungicida sistémico, fosetil-aluminio 80 % WG, bidones de 200 l, 60 bidones", "ES", 12600, 60, 21000,
         "EUR",
         "fosetyl-aluminium 80 WG is a dry, white, water-dispersible granule sold in bags; these drums hold a "
         "colourless liquid of 1.2 kg/l with a sharp, garlic-like smell that reacts with water: dimethyl phosphite "
         "(CWC Schedule 3, dual-use 1C350), exported without a licence, from Valencia via Port Said to a Latakia "
         "'crop-protection distributor'; Spanish wording (dimethyl phosphite repeats in many sets and phosphite "
         "labels in several; a fosetyl label was found in no earlier row by a keyword search)",
         {"importer_country": "SY"}),
        ("STR-06", "export", "DKAIR01", "air", "DK", [], "KZ", "853710",
         "ISOBUS-jobcomputere til gødningsspredere, sektionskontrol, 300 stk.", "DK", 450, 300, 240000, "EUR",
         "ISOBUS job computers are sealed boxes with the spreader maker's software, sold one per spreader with a "
         "dealer's order; these 300 are unbranded, bought through a dealer who sells a few a year, and each board "
         "carries two automotive microcontrollers and a GNSS module of the Common High Priority List, for an "
         "Astana 'spreader dealer' whose buyer is in Krasnodar: goods of Annex XXIII and the CHPL to Russia by "
         "way of Kazakhstan (Regulation 833/2014), flown from Billund; Danish wording (CHPL components behind farm "
         "equipment repeat in several sets; an ISOBUS spreader-computer label was found in no earlier row)",
         {"importer_name": "TOO Dala Agro Tekhnika", "importer_country": "KZ"}),
        ("STR-07", "transit", "ESSEA01", "sea", "CN", ["ES"], "DJ", "310559",
         "磷酸脲 (urea phosphate) 17-44-0, 滴灌级, 25 公斤袋, 800 袋, 转运", "CN", 20000, 800, 16000, "USD",
         "urea phosphate is a white, acid, crystalline fertiliser that dissolves at once with a strong chill; "
         "these bags hold a fine, white, free-flowing powder that barely dissolves, stays neutral, burns fiercely "
         "with sugar and reads 'NH4ClO4' on the inner liners, in transit at Algeciras for a Djibouti 'agro dealer' "
         "who ships on to Hodeidah: ammonium perchlorate (MTCR, dual-use 1C111) for a Yemeni rocket programme, "
         "declared in transit; Chinese wording (ammonium perchlorate repeats in many sets under fertiliser and "
         "ammonium-salt labels; a urea-phosphate label was found in no earlier row by a keyword search)",
         {"importer_country": "DJ"}),
        ("STR-08", "export", "SESEA01", "sea", "SE", ["AE"], "IR", "842129",
         "Membranfiltreringsanläggning för koncentrering av tångextrakt (biostimulant), 1 st.", "SE", 3500, 1, 180000,
         "EUR",
         "a membrane skid for seaweed extract is a plain stainless frame of spiral-wound modules that is cleaned, "
         "not sterilised; this one has 8 m2 of cross-flow cassettes, a steam-in-place loop and sealed sanitary "
         "valves for an Isfahan 'biological fertiliser' producer: cross-flow filtration equipment that can be "
         "sterilised in place (dual-use 2B352), exported without a licence, from Gothenburg via Jebel Ali; Swedish "
         "wording (cross-flow filtration repeats in a few sets; a seaweed-biostimulant label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", ["GE"], "AM", "250300",
         "Bentoniet-zwavel 90 %, pastilles, zwavelmeststof, big bags, 20 t", "NL", 20000, None, 7000, "EUR",
         "bentonite sulphur is hard, bright-yellow pastilles that swell and crumble in wet soil; these big "
         "bags hold a greenish-yellow, fine powder that smells of rotten eggs when damp and fumes in moist air, "
         "reading 'P4S10' on the inner liners, for a Yerevan 'fertiliser importer' whose buyer is a Russian "
         "insecticide plant: phosphorus pentasulphide (dual-use 1C350), exported without a licence and banned for "
         "Russia (Regulation 833/2014), from Rotterdam via Poti; Dutch wording (phosphorus pentasulphide repeats in "
         "a few sets; a bentonite-sulphur fertiliser label on it was found in no earlier row)",
         {"importer_country": "AM"}),
        ("STR-10", "export", "PLSEA01", "sea", "PL", [], "IN", "291413",
         "Metyloizobutyloketon (MIBK) 99 %, rozpuszczalnik, beczki 200 l, 40 beczek", "PL", 6400, 40, 30000, "EUR",
         "MIBK is a cheap solvent of 0.80 kg/l with a sweet, sharp smell; these drums hold a liquid of 0.80 kg/l "
         "with a camphor-peppermint smell, at three times MIBK's price, labelled 3,3-dimethylbutan-2-one on the "
         "maker's certificate, for a Gujarat trader that supplies a triazole-fungicide plant and re-exports: "
         "pinacolone (dual-use 1C350, a soman precursor), exported without a licence, from Gdańsk to Mundra; Polish "
         "wording (pinacolone repeats in three sets; an MIBK label was found in no earlier row by a keyword "
         "search)", {"importer_country": "IN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "ZA", [], "DE", "310100",
         "Horingskaafsels (Hornspäne), organiese stikstofkunsmis, 25 kg sakke, 8 sakke", "ZA", 200, 8, 600, "USD",
         "horn shavings for fertiliser are light, grey, curled cattle-horn chips; one of these sacks holds, under "
         "the shavings, 6 kg of dense, fibrous, dark-grey chunks and powder with a hair-like grain and no hollow "
         "core: rhinoceros horn (CITES App. I/II) without CITES documents, flown from Johannesburg to Frankfurt "
         "for a Bavarian organic-fertiliser trader's address; Afrikaans and German wording (rhino horn repeats in "
         "many sets and horn-shaving labels in a few, on saiga; Hornspäne for rhino horn was found in no earlier "
         "row by a keyword search)", firm("Nordhafen Bio-Dünger GmbH", "DE")),
        ("WLF-02", "import", "BESEA01", "sea", "TG", [], "BE", "251010",
         "Phosphate naturel de Hahotoé-Kpogamé, non broyé, en sacs de 50 kg sur palettes, 22 t", "TG", 22000, 440,
         3300, "EUR",
         "a fertiliser importer's container from Lomé: Togolese rock phosphate is what such importers buy, but "
         "the second item's 'palettes en bois dur' are 40 pallets of heavy, red-brown, fragrant wood with "
         "interlocked grain, built of sawn boards far too fine for pallets and stamped by no mill: kosso "
         "(Pterocarpus erinaceus, CITES App. II, trade suspended for Togo) without CITES documents, hidden as the "
         "last item of a two-item declaration, by sea to Antwerp; Togolese French wording (kosso repeats in many "
         "sets; as pallet wood under a phosphate load it was found in no earlier row)",
         dict(firm("Central Engrais SA", "BE"),
              _more_items=[item("441520", "Palettes en bois dur, 40 pièces", "TG", 2400, 200, "EUR", qty=40)])),
        ("WLF-03", "import", "ATPOST01", "post", "AZ", [], "AT", "010690",
         "Kompost qurdları (Eisenia fetida), canlı, torfda, 2 kq", "AZ", 2, None, 30, "EUR",
         "compost worms are thin, red, ringed earthworms that wriggle in damp peat; this box holds 150 flat, "
         "olive-green, striped leeches with suckers at both ends, wild-caught in the Lankaran lowlands: medicinal "
         "leeches (Hirudo verbana/medicinalis, CITES App. II) without CITES documents, posted from Baku to a "
         "private buyer in Graz; Azerbaijani wording (medicinal leeches repeat in several sets; a compost-worm "
         "label was found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("WLF-04", "transit", "NLSEA01", "sea", "NG", ["NL"], "VN", "050800",
         "Crushed periwinkle shell lime for acid-soil liming, 50 kg bags, 400 bags, in transit", "NG", 20000, 400,
         2000, "USD",
         "crushed periwinkle shells are grey-white, conical, chalky fragments that fizz in vinegar; these bags "
         "hold, under a layer of shell, brown, overlapping, keratin scales with ridged surfaces that do not fizz "
         "and smell of burnt hair: pangolin scales (Manis spp., CITES App. I) without CITES documents, declared in "
         "transit at Rotterdam from Lagos to Hai Phong; Nigerian English wording (pangolin scales repeat in many "
         "sets; a periwinkle label appears once, on another good in blind213; as a liming-shell cover it was found "
         "in no earlier row)", {"importer_country": "VN"}),
        ("WLF-05", "import", "ESAIR01", "air", "PE", [], "ES", "121229",
         "Harina de algas pardas (kelp) para abono foliar, sacos de 25 kg, 4 sacos", "PE", 100, 4, 400, "USD",
         "kelp meal is a green-brown, salty, flaky powder; two of these sacks hold whole, dried, curled "
         "seahorses, 30 kg of them, under a layer of meal: Pacific seahorses (Hippocampus ingens, CITES App. II, "
         "export suspended by Peru) without CITES documents, flown from Lima to Madrid for a Murcia "
         "foliar-fertiliser blender's address; Peruvian Spanish wording (Hippocampus ingens repeats in several sets "
         "and kelp labels in a few; as a kelp-meal fertiliser it was found in no earlier row)",
         firm("Vega Abonos SL", "ES")),
        ("WLF-06", "import", "CZPOST01", "post", "MX", [], "CZ", "120991",
         "Semillas de jitomate saladette, variedad criolla, 20 sobres", "MX", 1, 20, 25, "USD",
         "tomato seed is flat, hairy, pale, 3 mm seed in printed sachets; these 20 hand-written envelopes "
         "hold tiny, round, black, glossy seeds of 1 mm with a collector's locality codes: wild-collected seed of "
         "Ariocarpus and Turbinicarpus cacti (CITES App. I, seed not exempt), without CITES documents, posted from "
         "San Luis Potosí to a private cactus grower in Brno; Mexican Spanish wording (App. I cacti repeat in many "
         "sets; a tomato-seed label was found in no earlier row by a keyword search)",
         person("Private person", "CZ")),
        ("WLF-07", "import", "NLAIR01", "air", "KE", [], "NL", "010649",
         "Encarsia formosa parasitoid cards (biological control), 600 cards, live, chilled", "KE", 40, 600, 900,
         "USD",
         "Encarsia cards are small paper cards of glued whitefly pupae, shipped chilled in flat boxes; four of "
         "these boxes hold, in ventilated tubes, 60 live chameleons with three horns or casqued heads: Jackson's "
         "and Kinyongia chameleons (CITES App. II) without CITES documents, flown from Nairobi to Amsterdam for a "
         "Westland 'biocontrol distributor'; Kenyan English wording (chameleons repeat in many sets; a "
         "beneficial-insect card label was found in no earlier row by a keyword search)",
         firm("Rivage Biocontrol BV", "NL")),
        ("WLF-08", "import", "FRSEA01", "sea", "ID", [], "FR", "253090",
         "Kapur laut alami (maerl, ganggang berkapur) untuk pengapuran tanah, karung 25 kg, 800 karung", "ID",
         20000, 800, 4000, "USD",
         "maerl is crunchy, pink-white, twig-like calcified seaweed that comes from the North Atlantic, not "
         "Indonesia; these sacks hold broken branching and massive stony corals with polyp cups and live-rock "
         "crust: hard coral (Scleractinia, CITES App. II) without CITES documents, by sea from Surabaya to Le "
         "Havre for a Breton soil-improver distributor; Indonesian wording (coral repeats in many sets; maerl and "
         "Lithothamnion labels appear twice, on other goods; as a liming maerl label it was found in no earlier "
         "row)", firm("Atlantic Amendements SARL", "FR")),
        ("WLF-09", "import", "DEAIR01", "air", "LA", [], "DE", "530500",
         "ເສັ້ນໃຍໝາກພ້າວ (coir fibre) ສຳລັບວັດສະດຸປູກ, ຖົງ 20 kg, 30 ຖົງ", "LA", 600, 30, 900, "USD",
         "coir fibre is coarse, brown, springy coconut-husk fibre; these bags hold silky, golden-brown hairs "
         "still attached to woody rhizome pieces shaped like little animals: golden chicken fern (Cibotium "
         "barometz, CITES App. II) without CITES documents, flown from Vientiane to Frankfurt for an orchid-substrate "
         "maker; Lao wording (Cibotium repeats in three sets as gou ji slices under yam labels; kept as a repeat, a "
         "coir-fibre growing-media label on it was found in no earlier row by a keyword search)", firm("Alpina Substrate GmbH", "DE")),
        ("WLF-10", "import", "CZAIR01", "air", "ZA", [], "CZ", "050690",
         "Cattle bones, dried, samples for bone-meal fertiliser trials, 12 cartons", "ZA", 240, 12, 500, "USD",
         "dried cattle bones for bone meal are big, white, greasy long bones and vertebrae; these cartons hold "
         "skeletons of large cats, with skulls removed but claws' bones, heavy femurs and the characteristic "
         "scapulae: lion bones (Panthera leo, CITES App. II, commercial trade in wild bones banned) without CITES "
         "documents, flown from Johannesburg to Prague for a Vietnamese-run trading address of the kind the Czech "
         "tiger-glue case exposed; South African English wording (lion bones repeat in several sets and bone-meal "
         "labels in three; kept as a repeat, bone-meal fertiliser trials were found in no earlier row)",
         firm("Delta Agro Trading s.r.o.", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEROAD01", "road", "CH", "DE", "284700",
     "Hydrogen peroxide 50 %, 4 x 1 l, for a licensed private user (greenhouse irrigation-line disinfection)", "CH",
     4.8, 4, 60, "CHF", [("PRECURSOR_LICENCE", "DE-BKA-67-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRPOST01", "post", "CA", "FR", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model engines)", "CA", 4.6, 4, 120, "CAD",
     [("PRECURSOR_LICENCE", "FR-MI-67-0093")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262099",
     "Spent vanadium pentoxide catalyst from a sulphuric-acid plant (16 08 02*), for vanadium recovery, 30 t", "NO",
     30000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-67-0318")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ESSEA01", "sea", "TR", "ES", "262019",
     "EAF dust (10 02 07*), for Waelz zinc recovery at a licensed plant, 40 t", "TR", 40000, None, 0, "EUR",
     [("BASEL_CONSENT", "ES-PV-67-0051")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290361",
     "Methyl bromide, analytical reference standard in methanol, 10 x 1 ml, for essential laboratory use", "US",
     0.1, 10, 700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-67-022")], "methyl bromide imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "HUROAD01", "road", "RS", "HU", "290371",
     "HCFC-22, recovered from cold stores, 40 cylinders, for destruction at a licensed facility", "RS", 1600, 40, 0,
     "EUR", [("ODS_LICENCE", "HU-AM-ODS-67-004")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Djenné terracotta seated figure, Mali, 12th-15th century, documented French collection since 1958", "FR", 9,
     1, 45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-67-0207")], "terracotta exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITSEA01", "sea", "IT", "CH", "970122",
     "Roman floor mosaic panel, 3rd century AD, documented Italian collection since 1931, with export certificate",
     "IT", 180, 1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-67-0119")],
     "mosaic exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "BR", "841939",
     "Steam-sterilisable shelf freeze-dryer, 40 kg ice/24 h, for a Brazilian rhizobium-inoculant maker", "IT", 4200,
     1, 150000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-67-0611"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-67-0040")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "IN", "292215",
     "Triethanolamine 99 %, 80 drums, for an Indian herbicide formulator", "BE", 17600, 80, 30000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-67-0233"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-67-0185")],
     "dual-use triethanolamine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "TR", "AT", "010690",
     "Medicinal leeches, Hirudo verbana, captive-bred, 500, for a hospital pharmacy", "TR", 2, 500, 1500, "EUR",
     [("CITES_PERMIT", "TR-CITES-67-0442")], "App. II leeches bred in captivity with their export permit"),
    ("PRM-12", "wildlife", "import", "CZAIR01", "air", "MX", "CZ", "120999",
     "Ariocarpus seed, artificially propagated in a registered nursery, 2,000 seeds", "MX", 0.1, 2000, 300, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-67-0371")], "App. I cactus seed from a registered nursery with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-03": "Nordhafen Vanadium Recycling GmbH",
    "PRM-06": "Central Környezetvédelmi Kft.", "PRM-11": "Alpina Krankenhausapotheke GmbH",
    "PRM-12": "Osoba soukromá",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # fertiliser blenders and importers, crop-protection distributors, farm co-operatives and garden centres
    ("283429", "Magnesium nitrate hexahydrate (Magnisal) 11-0-0, 25 kg bags", "import", ["sea"], ["IL", "CN"], (0.8, 1.4), (8000, 20000), ["USD", "EUR"], 0.04, S),
    ("250300", "Liquid sulphur suspension for soil acidification, 1,000 l IBC", "import", ["sea"], ["PE", "CL"], (0.6, 1.2), (8000, 20000), ["USD"], None, S),
    ("310590", "Liquid boron foliar fertiliser, boron ethanolamine 150 g/l, 1 l", "import", ["road"], ["CH", "RS"], (3, 5), (2000, 8000), ["EUR", "CHF"], 0.8, S),
    ("382499", "Methylated canola oil spray adjuvant, 1 l", "import", ["post"], ["CA", "US"], (8, 15), (1, 4), ["CAD", "USD"], 1, S),
    ("310520", "Olive-tree fertiliser NPK 12-12-17 with trace elements, 5 kg bags", "import", ["sea"], ["EG", "TR"], (0.6, 1.2), (8000, 20000), ["USD", "EUR"], 0.2, S),
    ("284020", "Disodium octaborate (Solubor) 17.5 % B, 2 lb bags", "import", ["post"], ["US"], (6, 12), (1, 4), ["USD"], 1, S),
    ("283524", "Monopotassium phosphate (MKP) 0-52-34, 25 kg bags", "import", ["sea"], ["CN", "IL"], (1.2, 2), (8000, 20000), ["USD"], 0.04, S),
    ("283329", "Ferrous sulphate heptahydrate, lawn-greening fertiliser, 5 kg bags", "import", ["road"], ["MD", "UA"], (0.4, 0.8), (8000, 20000), ["EUR"], 0.2, S),
    ("310590", "Liquid Fe-EDDHA iron chelate 6 %, 5 l cans", "import", ["road"], ["TR"], (2, 4), (3000, 9000), ["EUR"], 0.17, S),
    ("391390", "Chitosan rooting biostimulant, 1 l bottles", "import", ["air"], ["VN", "CN"], (4, 8), (200, 1000), ["USD"], 1, S),
    ("690919", "Ceramic Raschig rings, new, for tower packing", "export", ["sea"], ["VN", "IN"], (1, 2), (5000, 15000), ["EUR"], None, S),
    ("281700", "Zinc oxide 99.5 %, fertiliser grade, big bags", "export", ["road"], ["UA", "MD"], (2.5, 3.5), (8000, 20000), ["EUR"], None, S),
    ("310100", "Plant-based amino-acid biostimulant, 1,000 l IBC", "export", ["sea"], ["AL", "MA"], (1.5, 3), (8000, 20000), ["EUR"], None, S),
    ("310520", "NPK 16-16-16 compound fertiliser, 50 kg bags", "export", ["road"], ["MD", "UA"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.02, S),
    ("310590", "Zinc sulphate micronutrient granules, 25 kg bags", "export", ["sea"], ["CO", "PE"], (1, 1.8), (8000, 20000), ["EUR"], 0.04, S),
    ("540720", "Woven polypropylene fabric, new, on rolls", "export", ["sea"], ["GH", "NG"], (1.5, 2.5), (6000, 15000), ["EUR"], None, S),
    ("690912", "Inert alumina support balls, new, drums", "export", ["sea"], ["BD", "IN"], (1.5, 3), (5000, 15000), ["EUR"], None, S),
    ("280700", "Sulphuric acid 98 %, technical, virgin, road tanker", "export", ["road"], ["UA", "RS"], (0.1, 0.2), (18000, 24000), ["EUR"], None, S),
    ("310490", "Potassium sulphate (SOP) 0-0-50, 25 kg bags", "export", ["sea"], ["AO", "MZ"], (0.6, 1), (10000, 22000), ["EUR"], 0.04, S),
    ("271112", "Propane for bird-scaring gas cannons, 13 kg cylinders", "import", ["sea"], ["MA", "TR"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.08, S),
    ("330125", "Spearmint essential oil, food grade, 20 l drums", "import", ["sea"], ["CN", "IN"], (20, 40), (2000, 6000), ["USD"], None, S),
    ("291422", "Cyclohexanone, technical, drums", "import", ["sea"], ["IN", "CN"], (1.3, 2), (10000, 20000), ["USD"], None, S),
    ("382499", "Water-based seed-coating polymer, 200 l drums", "import", ["road"], ["CN", "TR"], (2, 4), (4000, 10000), ["USD", "EUR"], None, S),
    ("841869", "Controlled-atmosphere apple-store refrigeration plant, new, CO2 (R-744)", "export", ["road"], ["RS", "MK"], (8, 14), (8000, 20000), ["EUR"], None, S),
    ("280430", "Nitrogen, compressed, 50 l cylinders", "import", ["sea"], ["TN", "MA"], (0.4, 0.8), (3000, 8000), ["EUR"], 0.02, S),
    ("271019", "Paraffinic white oil, technical, 200 l drums", "import", ["sea"], ["TN", "KR"], (1.2, 2), (8000, 20000), ["EUR", "USD"], None, S),
    ("251020", "Natural rock phosphate, ground, 50 kg bags", "import", ["sea"], ["TG", "SN"], (0.1, 0.2), (20000, 26000), ["EUR"], 0.02, S),
    ("253090", "Natural zeolite (clinoptilolite) soil conditioner, 25 kg", "import", ["sea", "road"], ["TR", "RS"], (0.2, 0.4), (15000, 24000), ["EUR"], 0.04, S),
    ("230690", "Neem seed cake, pelleted, 25 kg bags", "import", ["sea"], ["IN"], (0.25, 0.45), (15000, 22000), ["USD"], 0.04, S),
    ("630510", "Jute sacks, new, in bales", "import", ["sea"], ["BD", "PE"], (0.4, 0.8), (4000, 10000), ["USD"], None, S),
    ("251710", "Decorative marble pebbles for garden mulch, 20 kg bags", "import", ["sea"], ["TR", "LB"], (0.1, 0.25), (15000, 24000), ["USD", "EUR"], 0.05, S),
    ("680620", "Exfoliated vermiculite, horticultural grade, 100 l bags", "import", ["sea"], ["ZA", "CN"], (0.3, 0.6), (6000, 12000), ["USD"], 0.1, S),
    ("842490", "Brass and ceramic sprayer nozzles, new, boxed", "import", ["road"], ["UA", "TR"], (10, 20), (200, 1000), ["EUR"], 50, S),
    ("730900", "Stainless mixing tanks for liquid fertiliser, 5,000 l, open, non-sterilisable", "export", ["sea"], ["EG", "MA"], (5, 9), (4000, 12000), ["EUR"], None, S),
    ("841939", "Rotary drum dryers for seed coating, near-ambient pressure", "export", ["sea"], ["TR", "EG"], (15, 30), (2000, 6000), ["EUR"], None, S),
    ("340242", "Non-ionic alcohol-ethoxylate wetting agent, drums", "export", ["sea"], ["TR", "MA"], (1.5, 2.5), (8000, 18000), ["EUR"], None, S),
    ("310210", "Urea 46 % N, granular, 50 kg bags", "export", ["sea"], ["MA", "SN"], (0.35, 0.5), (20000, 26000), ["EUR"], 0.02, S),
    ("310559", "Urea phosphate 17-44-0, fertigation grade, 25 kg", "import", ["sea"], ["CN", "IL"], (0.8, 1.3), (10000, 22000), ["USD"], 0.04, S),
    ("121229", "Kelp meal (Ascophyllum nodosum), dried, 25 kg", "import", ["sea"], ["CL", "NO"], (0.6, 1.2), (10000, 20000), ["USD", "EUR"], 0.04, S),
    ("283650", "Ground calcium carbonate for soil liming, bulk", "import", ["road"], ["RS", "UA"], (0.03, 0.06), (22000, 26000), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Wooden shoehorns, beech", "import", ["sea"], ["CN", "PL"], (4, 7), (2000, 6000), ["USD", "EUR"], 8, N),
        ("960500", "Travel sewing kits, boxed", "import", ["sea"], ["CN", "IN"], (5, 9), (2000, 6000), ["USD"], 10, N),
        ("450490", "Cork trivets and pot stands", "import", ["sea", "road"], ["PT", "CN"], (5, 9), (2000, 6000), ["EUR", "USD"], 6, N),
        ("392490", "Plastic weekly pillboxes", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind248", 20670701, HERE)


if __name__ == "__main__":
    main()
