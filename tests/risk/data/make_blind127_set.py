#!/usr/bin/env python3
"""Writes the hundred-and-twenty-seventh blind set (tests/risk/data/blind127-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2047, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, animal by-products) appear only in the permitted rows, with their
document, and goods whose importer must hold an authorisation (steel, HFC-charged
equipment, HFC and HFO refrigerants, firearms parts) are left out of the ordinary table.
Disguised rows carry a consignee name only where a real declaration would. Ids are BL127-*:

    python3 tests/risk/data/make_blind127_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2047, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2047
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LUPOST01", "post", "CA", [], "LU", "220299",
         "Eau d'érable pure du Québec, stérilisée, 6 x 1 L (Tetra Pak)", "CA", 6.9, 6, 36, "CAD",
         "maple water is a faintly sweet, slightly woody sap drink of 1.00 kg/l sold in sealed cartons; these six "
         "are re-taped plastic bottles in carton sleeves, of 1.13 kg/l, with vented caps, a water-clear liquid that "
         "tastes of nothing, whitens the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above "
         "12 %), posted from Sherbrooke to a private person in Esch-sur-Alzette; Québec French wording (hydrogen "
         "peroxide repeats in many sets and a Québec-to-Benelux route once, blind103, under a maple-evaporator "
         "cleaner; a maple-water label was found in no earlier row by a keyword search)",
         person("Mme A. Schmit", "LU")),
        ("PRE-02", "import", "PTAIR01", "express", "BR", [], "PT", "330499",
         "Esqualano vegetal de cana-de-açúcar, 100 % puro, cosmético, 4 frascos de 1 L", "BR", 4.6, 4, 520, "BRL",
         "sugar-cane squalane is a weightless, odourless cosmetic oil of 0.81 kg/l that floats on water and does "
         "not burn easily; these four bottles hold a clear liquid of 1.14 kg/l that sinks in water, smells faintly "
         "fruity-chemical, burns with a hot, nearly invisible flame and is stamped 'CH3NO2' on the inner seals: "
         "nitromethane (Annex I above 16 %), sent by express from São Paulo to a private person in Braga, although "
         "flammable liquids travel by express only as declared dangerous goods; Brazilian Portuguese wording "
         "(nitromethane repeats in many sets and cosmetic-oil covers in several; a squalane label was found in no "
         "earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-03", "import", "ATAIR01", "express", "JP", [], "AT", "170290",
         "水あめ (透明・製菓用), 1kg ボトル 4本", "JP", 5.3, 4, 3200, "JPY",
         "mizuame is a thick, clear starch syrup of about 1.4 kg/l that pulls into threads and tastes mildly "
         "sweet; these four 'kilo' bottles weigh 1.3 kg each, hold an oily, non-sticky liquid of 1.84 kg/l that "
         "does not pull into threads, chars a wooden skewer black and spits when a drop of water falls in: about "
         "96 % sulphuric acid (Annex I above 15 %), sent by express from Osaka to a private person in Linz, "
         "although corrosive liquids travel by express only as declared dangerous goods; Japanese wording "
         "(sulphuric acid repeats in many sets and syrup covers in several, agave and corn syrup among them; a "
         "mizuame or starch-syrup label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-04", "import", "HUAIR01", "air", "CN", [], "HU", "391390",
         "黄原胶 食品级增稠剂, 1公斤/袋, 400袋", "CN", 400, 400, 2600, "USD",
         "food-grade xanthan gum is a cream-coloured, very fine powder that turns a glass of water into a slimy "
         "gel in seconds; these 400 bags hold a pure-white, slightly gritty powder that sinks and barely "
         "dissolves, never thickens, and flares violently mixed with a pinch of sugar, with 'KClO4' on the inner "
         "liners, for a Budapest baking and 'molecular cuisine' web shop that sells kilo bags to the public: "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Zhengzhou; Chinese wording (potassium perchlorate repeats in many sets and thickener and starch covers in "
         "several; a xanthan label was found in no earlier row by a keyword search)",
         firm("Orion Konyhaáru Kft.", "HU")),
        ("PRE-05", "import", "GRROAD01", "road", "AL", [], "GR", "170490",
         "Perla sheqeri të bardha për dekorim ëmbëlsirash (nonpareils), thasë 25 kg, 400 thasë", "AL", 10000, 400,
         5200, "EUR",
         "white sugar nonpareils are hard, glossy 1-2 mm spheres that taste of sugar, crunch and colour a cake's "
         "surface; these 400 sacks hold dull, porous, slightly larger white prills that taste bitter-salty, turn "
         "a glass of water ice-cold, melt and fume on a hot plate and test at 34 % N, for a Thessaloniki "
         "bakery-supply web shop that repacks them into 500 g jars for home bakers: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, on a lorry at Kakavia; Albanian wording "
         "(ammonium nitrate repeats in many sets under sugar-like and bead-like labels; a nonpareil or "
         "cake-sprinkle label was found in no earlier row by a keyword search)",
         firm("Delta Zacharoplastiki AE", "GR")),
        ("PRE-06", "import", "FIPOST01", "post", "AU", [], "FI", "290619",
         "Myo-inositol powder, pure, vegan, 4 x 500 g pouches", "AU", 2.0, 4, 96, "AUD",
         "myo-inositol is a fluffy, sweet-tasting white powder that dissolves at once and is sold in 250-500 g "
         "supplement pouches; these four hold a coarse, glassy, salty-cool crystal that draws damp through the "
         "pouch, spits and flares yellow on a hot pan and reads 'NaClO3' on the supplier's bag inside the "
         "pouches: sodium chlorate (Annex I above 40 %), posted from Brisbane to a private person in Tampere; "
         "Australian English wording (sodium chlorate repeats in many sets and supplement covers in a few; an "
         "inositol label was found in no earlier row by a keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-07", "import", "DKAIR01", "express", "MY", [], "DK", "293090",
         "Serbuk taurin tulen, gred makanan, 6 x 500 g", "MY", 3.0, 6, 140, "MYR",
         "taurine is a fine, white, slightly bitter powder that dissolves freely and is sold as a gym supplement; "
         "these six pouches hold shiny, flat, tasteless crystals that dissolve slowly in cold water, crackle and "
         "throw violet sparks on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I "
         "above 40 %), sent by express from Penang to a private person in Aarhus; Malay wording (potassium "
         "chlorate repeats in many sets and gym-supplement covers, creatine among them, in a few; a taurine label "
         "was found in no earlier row by a keyword search)", person("Mette Jensen", "DK")),
        ("PRE-08", "import", "SEAIR01", "air", "IR", ["TR"], "SE", "200989",
         "آب نارنج طبیعی شیراز، بطری ۱ لیتری، ۹۶۰ بطری", "IR", 1340, 960, 1150, "EUR",
         "Shiraz sour-orange juice is a cloudy, pale-yellow, bitter-sour juice of 1.04 kg/l used for salads and "
         "kebab; these 960 bottles weigh 1.40 kg/l, fume pale brown when opened, stain the skin yellow and eat "
         "into a copper coin, for a Stockholm Persian-grocery chain that sells to the public: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, flown from Tehran through Istanbul; "
         "Persian wording (nitric acid repeats in many sets and sour-juice covers, verjuice and calamansi among "
         "them, in a few; a sour-orange label was found in no earlier row by a keyword search)",
         firm("Nordhafen Livs AB", "SE")),
        ("PRE-09", "import", "MTAIR01", "express", "US", [], "MT", "382499",
         "Diving-grade soda lime CO2 absorbent, 797 granules, 4 pails x 4.5 kg", "US", 18, 4, 260, "USD",
         "rebreather soda lime is a hard, white-to-violet indicating granule that smells of nothing and absorbs "
         "CO2; these pails hold a fine, damp, white crystalline powder with no indicator, which cakes in the "
         "pail, burns fiercely with sugar and is labelled 'NaClO4' on the inner bags, for a Gozo dive centre that "
         "sells absorbent to visiting divers: sodium perchlorate (Annex I above 40 %) made available to members "
         "of the public, sent by express from Florida; US English wording (sodium perchlorate repeats in many "
         "sets; a soda-lime or rebreather-absorbent label was found in no earlier row by a keyword search)",
         firm("Blue Grotto Dive Centre Ltd", "MT")),
        ("PRE-10", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "220110",
         "ბორჯომი, ბუნებრივი მინერალური წყალი, მინის ბოთლი 0,5 ლ, 2 400 ბოთლი", "GE", 1440, 2400, 1250, "USD",
         "Borjomi is a salty, sparkling mineral water of 1.00 kg/l in crown-capped glass that hisses when opened; "
         "these 2,400 bottles do not hiss, have loose plastic caps that vent, weigh 1.20 kg/l and hold a "
         "water-clear liquid that whitens the skin and froths on a cut, for a Sofia Georgian-food web shop that "
         "sells to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the "
         "public, on a lorry from Tbilisi through Türkiye to Kapitan Andreevo; Georgian wording (hydrogen peroxide "
         "repeats in many sets and mineral-water covers in a few; a Borjomi label was found in no earlier row by "
         "a keyword search)", firm("Orion Kavkaz EOOD", "BG")),
    ],
    "waste": [
        ("WST-01", "export", "HUROAD01", "road", "HU", [], "RS", "440910",
         "Égetett felületű (yakisugi) homlokzatburkoló deszka, 22 t", "HU", 22000, None, 4400, "EUR",
         "yakisugi cladding is thin, planed softwood boards charred evenly on one face, light and dry, that sell "
         "at 40-60 EUR/m2; this lorry holds 2.6 m hardwood beams 15 x 25 cm, sawn lengthwise, black right "
         "through and not on one face, with spike holes and chair-plate marks, that smell of tar and bleed oily "
         "drops in the sun, from a MÁV track renewal near Szolnok: creosote-treated railway sleepers (17 02 04*), "
         "hazardous waste whose export to a non-OECD country is banned, at Röszke for a Novi Sad 'garden "
         "timber' yard; Hungarian wording (creosote sleepers repeat in many sets under landscaping and firewood "
         "labels; a yakisugi or charred-cladding label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-02", "export", "DKSEA01", "sea", "DK", [], "MA", "270210",
         "Leonardit (humusrig brunkul) til jordforbedring, storsække, 26 t", "DK", 26000, None, 2600, "EUR",
         "leonardite is a dry, brown-black, crumbly oxidised lignite that smells of earth and sells with a "
         "humic-acid assay; these bags hold a wet, grey-black, greasy paste with rock chips that smells of diesel, "
         "reads 12 % hydrocarbons and 4 g/kg chloride and comes from an Esbjerg offshore-supply base's skip "
         "store: oil-based drill cuttings (01 05 05*), hazardous waste whose export to a non-OECD country is "
         "banned, from Esbjerg to Casablanca for an 'agro-inputs' buyer; Danish wording (drill cuttings repeat in "
         "several sets under barite labels, blind21, blind50, blind103 and blind106; a leonardite or humate label "
         "was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-03", "export", "SISEA01", "sea", "SI", [], "IN", "251110",
         "Baritna moka, API kakovost, za vrtalne izplake, vreče 1 t, 25 t", "SI", 25000, None, 3000, "EUR",
         "drilling-grade barite is a dry, even, grey-white powder of 4.2 g/cm3 with an API test sheet; these bags "
         "hold lumpy, yellow-grey oxide crusts with beads of bright metal in them, heavier still, that read "
         "60 % lead and 3 % antimony on a handheld XRF, from a Carinthian-border battery-recycling smelter: lead "
         "dross and skimmings (10 04 02*, Basel A1020), hazardous waste whose export to a non-OECD country is "
         "banned, from Koper to Mundra for a 'drilling-fluid' buyer that runs a secondary-lead works; Slovenian "
         "wording (lead wastes repeat in many sets, and barite labels on drill cuttings; lead dross under a barite "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "CV", "310100",
         "Húmus de minhoca (vermicomposto), sacos de 40 l, 18 t", "PT", 18000, None, 1800, "EUR",
         "worm humus is a dark, fine, moist, forest-smelling compost of about 600 kg/m3; these sacks hold torn "
         "paper bags, pink- and blue-dyed granules, caked powders and leaking plastic bottles packed in sawdust, "
         "with skull labels and 1990s dates, that smell of garlic and solvent, cleared from a closed Ribatejo "
         "farm-supply depot: obsolete pesticides (02 01 08*, 20 01 19*), hazardous waste whose export to a "
         "non-OECD country is banned, from Lisbon to Praia for a 'horticulture' buyer; European Portuguese "
         "wording (obsolete pesticides repeat in many sets; a worm-humus or vermicompost label was found in no "
         "earlier row by a keyword search)", {"importer_country": "CV"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "EG", "380290",
         "Bleicherde (Fullererde), aktiviert, für Speiseölraffination, Big Bags, 20 t", "DE", 20000, None, 3000, "EUR",
         "activated bleaching earth is a dry, cream-coloured, free-flowing clay powder sold with a data sheet; "
         "these bags hold black, oil-soaked, clotted clay that smells of used motor oil, self-heats in the sun "
         "and reads 25 % mineral oil with lead and zinc, from a used-oil re-refinery near Hanover: spent filter "
         "clay (05 01 15*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to "
         "Alexandria for an 'edible-oil refinery'; German wording (spent filter clay repeats blind89, from a "
         "Ravenna re-refinery; kept as a known repeat, a fuller's-earth label was found in no earlier row by a "
         "keyword search)", {"importer_country": "EG"}),
        ("WST-06", "export", "ITPOST01", "post", "IT", [], "UA", "853225",
         "Condensatori carta-olio vintage per amplificatori valvolari, 40 pezzi", "IT", 4, 40, 60, "EUR",
         "paper-in-oil capacitors for valve amplifiers are small, new-old-stock tubes sold at a few euros each "
         "to hi-fi restorers; these 40 are fist-sized, dented metal cans cut out of 1970s fluorescent fittings "
         "and motor starters, some weeping a clear, sweet-smelling oil, with 'Pyralène' and 'Askarel' stickers: "
         "PCB-containing capacitors (16 02 10*), hazardous waste whose export to a non-OECD country is banned "
         "(and PCBs under the POPs regulation), posted from Bologna to a private buyer in Kharkiv; Italian "
         "wording (PCB capacitors repeat in many sets; a vintage-audio capacitor label was found in no earlier "
         "row by a keyword search)", {"importer_country": "UA", "consignee_name": "Oleksii Bondarenko"}),
        ("WST-07", "export", "ROSEA01", "sea", "RO", [], "GE", "170390",
         "Melasă din sfeclă de zahăr, furajeră, vrac în tancuri ISO, 40 t", "RO", 40000, None, 4800, "EUR",
         "beet molasses is a sweet, brown-black syrup of 1.40 kg/l that smells of caramel and dissolves in water; "
         "these ISO tanks hold a black, gritty, water-laden sludge of 0.98 kg/l that smells of crude oil, does "
         "not mix with water and leaves a film on it, pumped from the bottoms of storage tanks at a Ploiești "
         "refinery: tank-bottom sludge (05 01 03*), hazardous waste whose export to a non-OECD country is banned, "
         "from Constanța to Poti for a 'feed mill'; Romanian wording (tank-bottom sludge repeats in a few sets "
         "under fuel-oil labels; a molasses label on waste was found in no earlier row: the molasses rows are "
         "precursor syrups)", {"importer_country": "GE"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "GN", "401220",
         "Pneus d'occasion, tri qualité A, 1 200 pièces", "BE", 9600, 1200, 7200, "EUR",
         "a used-goods container for Conakry: graded part-worn tyres and clothing bales are what Antwerp "
         "exporters ship to Guinea, but the third item's 'huile de base régénérée' is 40 drums of black, "
         "water-laden used engine oil with metal fines and a fuel smell, drained at Liège garages: waste mineral "
         "oil (13 02 05*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item "
         "of a three-item declaration; Belgian French wording (used oil repeats in many sets and re-refined "
         "labels in a few, kept as a repeat; behind part-worn tyres and clothing to Guinea is the new part as far "
         "as a search found)",
         dict({"importer_country": "GN"},
              _more_items=[item("630900", "Vêtements usagés, balles de 45 kg, 120 balles", "BE", 5400, 3200, "EUR", qty=120),
                           item("271019", "Huile de base régénérée, fûts de 200 l, 40 fûts", "BE", 7200, 1600, "EUR", qty=40)])),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "DZ", "382450",
         "Cemento cola para azulejos C1, gris, sacos 25 kg, 22 t", "ES", 22000, 880, 2200, "EUR",
         "C1 tile adhesive is a grey, sandy mortar with a CE mark, a batch number and a smell of cement; these "
         "880 sacks carry no mark, hold a fine, light, grey-white, salty powder that grows hot and smells of "
         "ammonia when wetted and reads lead, zinc and 15 % chloride, from the flue-gas filters of a Catalan "
         "municipal-waste incinerator: air-pollution-control residues (19 01 07*), hazardous waste whose export "
         "to a non-OECD country is banned, from Tarragona to Oran for a 'builders' merchant'; Spanish wording "
         "(incinerator residues repeat in many sets under cement and filler labels; a tile-adhesive label was "
         "found in no earlier row by a keyword search)", {"importer_country": "DZ"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "320890",
         "Boje i lakovi za drvo, nove, rasprodaja zaliha, 12 t", "HR", 12000, None, 2400, "EUR",
         "clearance stock of wood stains comes in sealed, labelled, same-size tins on pallets; this lorry holds "
         "dented, part-used tins and buckets of every size, skinned and set, with sludge, thinner-soaked rags "
         "and spent blasting grit in open drums, from Rijeka and Pula shipyard paint shops: waste paint and "
         "varnish with organic solvents (08 01 11*), hazardous waste whose export to a non-OECD country is "
         "banned, at Stara Gradiška for a Banja Luka 'paint dealer'; Croatian wording (waste paint repeats in "
         "many sets and surplus-paint labels in a few, kept as a repeat; a wood-stain label by road to Bosnia is "
         "the new part as far as a search found)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SKAIR01", "express", "TW", [], "SK", "281121",
         "水草缸 CO2 拋棄式鋼瓶補充瓶 95g, 60 支", "TW", 13, 60, 95, "USD",
         "disposable aquarium CO2 bottles hold 95 g of gas at about 57 bar and hiss dry from the regulator; these "
         "60 bottles read about 5 bar at 20 °C, slosh when shaken, spray a cold liquid that evaporates with a "
         "faintly sweet smell, and the filler's stickers under the new labels read 'R134a': HFC-134a in "
         "non-refillable containers, whose placing on the market is banned, outside any quota, sent by express "
         "from Taichung to a private planted-aquarium keeper in Košice; traditional Chinese wording from Taiwan "
         "(HFC-134a repeats in many sets and CO2 labels in a few, soda-maker and cream-charger cylinders among "
         "them; an aquarium-CO2 label was found in no earlier row by a keyword search)",
         person("Ing. P. Kováč", "SK")),
        ("OZN-02", "import", "CZAIR01", "air", "VN", [], "CZ", "381400",
         "Nước lau gel sơn móng (cleanser), can 5 lít, 120 can", "VN", 745, 120, 1800, "USD",
         "UV-gel nail cleanser is an isopropyl-alcohol wipe liquid of about 0.80 kg/l that smells of surgical spirit "
         "and burns; these 120 cans are swollen in the heat, weigh 1.24 kg/l, hold a liquid that boils at 32 °C "
         "from the warmth of a hand and will not burn, and the drum label in the consignor's invoice annex reads "
         "'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into the Union is banned, flown from Hanoi for a "
         "Prague nail-salon wholesaler whose real buyers are insulation-foam workshops; Vietnamese wording "
         "(HCFC-141b repeats in many sets, and as a salon nail-polish remover once, blind106, from Japan; a "
         "gel-cleanser label and the Vietnamese nail-salon supply route were found in no earlier row by a keyword "
         "search)",
         firm("Orion Nehty s.r.o.", "CZ")),
        ("OZN-03", "import", "HRROAD01", "road", "ME", [], "HR", "382499",
         "Sredstvo za zaptivanje curenja auto klime, sa UV bojom, limenke 300 ml, 1.200 kom.", "ME", 480, 1200,
         1440, "EUR",
         "car air-conditioning leak sealant comes in small cans or syringes of an oil-based liquid and, where it "
         "carries a propellant, is charged with a little HFC-134a or R-1234yf; these 1,200 cans hold 400 g of "
         "liquefied gas each and no sealant at all, read 4.8 bar at 20 °C and the cans' lithographed fill code "
         "is 'R12': dichlorodifluoromethane (CFC-12), whose import into the Union is banned, on a lorry at "
         "Karasovići for a Split car-air-conditioning workshop that services classic cars; Montenegrin wording "
         "(CFC-12 repeats in many sets, and a leak-stop label once, blind15, on HFC-134a; kept as a repeat cover, "
         "from Montenegro by road is the new part as far as a search found)", firm("Adria Auto Klima d.o.o.", "HR")),
        ("OZN-04", "import", "ESSEA01", "sea", "MA", [], "ES", "281129",
         "Dioxyde de soufre liquéfié pour vinification, bouteilles 50 kg, 24 bouteilles", "MA", 1200, 24, 2900,
         "EUR",
         "winemakers' sulphur dioxide is a liquefied gas of 1.43 kg/l at about 2.3 bar that chokes at the "
         "slightest leak; these 24 cylinders hold 50 kg of a liquid of 1.73 kg/l, leak nothing a nose can find "
         "(the gas is odourless), read 1.9 bar and are stamped 'CH3Br' under fresh yellow paint, for an Almería "
         "'winery supply' firm whose customers are greenhouse and strawberry growers: methyl bromide, whose "
         "import into the Union is banned, by sea from Agadir to Almería; Moroccan French wording (methyl "
         "bromide repeats in many sets; a winemaking sulphur-dioxide label was found in no earlier row by a "
         "keyword search)", firm("Meridian Suministros Agrícolas SL", "ES")),
        ("OZN-05", "import", "GRSEA01", "sea", "LB", [], "GR", "271119",
         "غاز لحام بديل MAPP، عبوات صفراء 400 غ، 1200 عبوة", "LB", 480, 1200, 2400, "USD",
         "MAPP-substitute torch gas is a propylene blend of about 0.5 kg/l in yellow disposable cylinders that "
         "burns hot at the torch; these 1,200 yellow cylinders carry a flare-nut valve instead of a torch thread, "
         "read 9 bar at 20 °C, do not light and hold a liquid of 1.2 kg/l, and come with charging hoses in every "
         "carton: chlorodifluoromethane (HCFC-22) in non-refillable cylinders, whose import into the Union is "
         "banned, by sea from Beirut to Piraeus for an Athens air-conditioning installer; Lebanese Arabic wording "
         "(HCFC-22 repeats in many sets and torch-gas labels in a few; a MAPP label was found in no earlier row by "
         "a keyword search)", firm("Vega Klimatismos AE", "GR")),
        ("OZN-06", "import", "LTAIR01", "air", "HK", [], "LT", "851580",
         "Hot-air rework stations, 858D type, for phone repair, 60 pcs", "HK", 180, 60, 1800, "USD",
         "a phone-repair tools air shipment for a Vilnius repair-parts dealer: hot-air stations and LCD "
         "separator machines are what such dealers stock, but the third item's 'LCD separation cold spray' is "
         "1,200 unbranded 400 ml aerosols of pure 1,1,1,2-tetrafluoroethane, labelled 'no CFC' in English only: "
         "HFC-134a technical aerosols, whose placing on the market is banned, hidden as the last item of a "
         "three-item declaration, flown from Hong Kong; Hong Kong English wording (HFC-134a aerosols repeat in "
         "many sets and freeze-spray labels in several, kept as a repeat; behind phone-repair tools from Hong "
         "Kong to Lithuania is the new part as far as a search found)",
         dict(firm("Central Mobilių Dalys UAB", "LT"),
              _more_items=[item("847989", "LCD screen separator machines, vacuum type, 20 pcs", "HK", 160, 2400, "USD", qty=20),
                           item("382499", "LCD separation cold spray, 400 ml, 1,200 cans", "HK", 480, 1200, "USD", qty=1200)])),
        ("OZN-07", "import", "CYSEA01", "sea", "JO", [], "CY", "680610",
         "ألواح ساندويتش بقلب من الصوف الصخري، سماكة 100 مم، 1800 م2", "JO", 21600, 1800, 27000, "USD",
         "rock-wool sandwich panels have a heavy, yellow-grey, fibrous core of about 120 kg/m3 that does not burn; "
         "these panels have a light, yellow, closed-cell foam core of 40 kg/m3 that melts at a flame, and a "
         "head-space test of a cut core gives 1,1-dichloro-1-fluoroethane: polyurethane panels blown with "
         "HCFC-141b, products containing an ozone-depleting substance whose import into the Union is banned, by "
         "sea from Aqaba to Limassol for a cold-store builder; Jordanian Arabic wording (HCFC-141b foams repeat in "
         "many sets and sandwich panels in three; a rock-wool-core label was found in no earlier ozone row by a "
         "keyword search)", firm("Delta Cold Stores Ltd", "CY")),
        ("OZN-08", "import", "SIAIR01", "air", "AM", [], "SI", "841989",
         "Լաբորատոր ինկուբատորներ, օգտագործված, 4 հատ", "AM", 1200, 4, 3200, "USD",
         "laboratory incubators warm samples to 37 °C and hold no refrigerant; these four 300 kg cabinets are "
         "1990s -80 °C upright freezers with two-stage cascade compressors, and their plates read 'R-503' on the "
         "low stage (a blend of HFC-23 and CFC-13) and 'R-22' on the high stage, still charged: equipment "
         "containing CFC-13 and HCFC-22, whose import into the Union is banned, flown from Yerevan for a "
         "Ljubljana second-hand lab-equipment dealer; Armenian wording (CFC-13 in ultra-low freezers repeats in a "
         "few sets, and laboratory incubators once as a harmless line beside CFC-charged centrifuges, blind63; "
         "ultra-low freezers declared as incubators from Armenia are the new part as far as a search found)",
         firm("Alpina Laboratorijska Oprema d.o.o.", "SI")),
        ("OZN-09", "export", "FIROAD01", "road", "FI", ["EE", "LV", "LT", "PL"], "UA", "841950",
         "Käytetyt puutavaran kuivaamon lämmönvaihtimet, kunnostettu, 3 kpl", "FI", 7500, 3, 15000, "EUR",
         "reconditioned kiln heat exchangers are finned coils and fans without any refrigerant circuit; these "
         "three 2.5 t skids are complete heat-pump dehumidifiers taken out of a Kuopio sawmill's timber kilns, "
         "with compressors, receivers and sight glasses, still holding their original HCFC-22 charge (about "
         "60 kg each on the plates), not recovered: equipment containing HCFCs, whose export from the Union is "
         "banned (Regulation 2024/590), on a lorry through the Baltic states and Poland to a Zhytomyr sawmill; "
         "Finnish wording (R-22 equipment for export repeats in many sets, ice-rink plants and milk coolers among "
         "them; timber-kiln heat pumps were found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("OZN-10", "transit", "SISEA01", "sea", "IN", ["SI"], "RS", "290943",
         "Butyl glycol (ethylene glycol monobutyl ether), industrial solvent, 80 drums", "IN", 25000, 80, 19000,
         "USD",
         "butyl glycol is a light (0.90 kg/l), mild-smelling solvent that boils at 171 °C; these 80 drums weigh "
         "1.56 kg/l, their contents boil away at 48 °C on a warm drum lid, do not burn and smell faintly of "
         "chloroform, and the drum heads are stamped 'R-113': 1,1,2-trichlorotrifluoroethane (CFC-113), a "
         "controlled ozone-depleting substance moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Koper in transit from Nhava Sheva to Belgrade; Indian English wording (CFC-113 "
         "repeats in many sets; a butyl-glycol label on a transit through Koper is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "ET", [], "DE", "420500",
         "በእጅ የተሠሩ የቆዳ መጽሐፍ ምልክቶች፣ ለስጦታ፣ 30 ቁጥር", "ET", 3, 30, 90, "USD",
         "tourist leather bookmarks from Addis Ababa are new, stiff strips of tooled cowhide with a printed cross; "
         "these 30 are long, narrow parchment strips rolled in worn leather cases, hand-written in Ge'ez in red "
         "and black ink with painted angels' faces and talismanic eyes, smoke-darkened and cut from longer scrolls: "
         "Ethiopian healing scrolls (19th-early 20th century), whose export Ethiopia reserves to its Authority "
         "for Research and Conservation of Cultural Heritage, brought in against the UNESCO 1970 convention, "
         "flown from Addis Ababa to Frankfurt for a Cologne dealer; Amharic wording (Ethiopian healing scrolls "
         "repeat in a few sets, kept as a repeat; a leather-bookmark label was found in no earlier row by a "
         "keyword search)", firm("Orion Orientalia GmbH", "DE")),
        ("CUL-02", "import", "ATPOST01", "post", "PK", [], "AT", "960629",
         "Hand-carved soapstone buttons, square, 12 pcs", "PK", 0.4, 12, 36, "USD",
         "hand-carved soapstone buttons are new, pale, soft and drilled through twice; these twelve are square, "
         "fired-white steatite tablets 2-3 cm across with a knob boss on the back instead of holes, carved in "
         "intaglio with a unicorn-bull, a 'standard' and a line of unknown script above it: Indus (Harappan) "
         "seals of about 2500-1900 BC, archaeological objects whose export Pakistan forbids, brought in against "
         "the UNESCO 1970 convention, posted from Lahore to a private collector in Graz; Pakistani English "
         "wording (Harappan objects repeat in two sets under toy and printing-block labels; a soapstone-button "
         "label was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("CUL-03", "import", "ITSEA01", "sea", "SD", [], "IT", "130120",
         "صمغ عربي هشاب، درجة أولى، جوالات 50 كيلو، 400 جوال", "SD", 20000, 400, 56000, "USD",
         "a gum arabic and sesame container for a Genoa food-ingredients importer: hashab gum and white sesame "
         "are what Port Sudan ships, but the third item's 'used grinding stones' are two square sandstone slabs "
         "with a spout, carved with a libation scene of Anubis and Isis and a cursive Meroitic inscription round "
         "the rim: Meroitic offering tables (1st-3rd century AD), cultural property taken out of Sudan during the "
         "war, whose export Sudan forbids, brought in without an import licence (Regulation 2019/880), hidden as "
         "the last item of a three-item declaration, by sea from Port Sudan to Genoa; Sudanese Arabic wording "
         "(Meroitic objects repeat in several sets, offering tables in a few, kept as a repeat; behind gum arabic "
         "and sesame is the new part as far as a search found)",
         dict(firm("Meridian Ingredienti Srl", "IT"),
              _more_items=[item("120740", "سمسم أبيض، جوالات 50 كيلو، 300 جوال", "SD", 15000, 27000, "USD", qty=300),
                           item("680299", "أحجار طحن مستعملة، 2 قطعة", "SD", 140, 60, "USD", qty=2)])),
        ("CUL-04", "import", "ESAIR01", "air", "CR", [], "ES", "680299",
         "Molcajetes de piedra volcánica, artesanía, 3 piezas grandes", "CR", 48, 3, 120, "USD",
         "new basalt molcajetes are round, rough, three-legged bowls with a pestle, sold in every market; these "
         "three are flat, curved grinding tables on three tall legs, carved from one block of volcanic stone "
         "with a jaguar head at one end, openwork under the plate and a worn, polished grinding surface: "
         "Guanacaste-Nicoya ceremonial metates (AD 300-800), archaeological objects whose export Costa Rica "
         "forbids, brought in without an import licence (Regulation 2019/880), flown from San José to Madrid for "
         "a gallery; Costa Rican Spanish wording (metates repeat in several sets, kept as a repeat; a molcajete "
         "label was found in no earlier row by a keyword search)", firm("Galería Atlántica SL", "ES")),
        ("CUL-05", "export", "ITAIR01", "express", "IT", [], "US", "491191",
         "Stampe decorative, riproduzioni di carte geografiche antiche, 8 fogli", "IT", 1.2, 8, 160, "EUR",
         "decorative map reproductions are bright, flat, machine-printed sheets on new paper; these eight are "
         "hand-coloured copperplate maps on laid paper with chain lines, a centre fold, cut margins and the trace "
         "of an erased library stamp, plates of a 1548 Venetian Ptolemy: leaves cut from an atlas of a "
         "Neapolitan public library, cultural property of a public collection that needs an export licence at "
         "any value (Regulation 116/2009) and the Italian ministry's certificate, sent by express from Naples to "
         "a dealer in New York; Italian wording (maps cut from library atlases repeat blind24 and blind25, kept "
         "as a repeat; a Ptolemy atlas from a Naples library by express is the new part as far as a search "
         "found)", {"importer_country": "US"}),
        ("CUL-06", "import", "NLAIR01", "express", "IN", [], "NL", "140490",
         "भोजपत्र, पूजा और यंत्र लेखन के लिए, 20 पत्र", "IN", 0.6, 20, 40, "USD",
         "ritual bhojpatra is new, clean, pinkish-white birch bark cut into blank rectangles for writing yantras; "
         "these twenty are brown, brittle, rolled-and-flattened fragments covered in faded ink lines of Kharoṣṭhī "
         "script, with clay stuck to their backs: Gandhāran Buddhist birch-bark manuscripts (1st-3rd century AD) "
         "from Afghan sites, archaeological objects whose export Afghanistan forbids, brought in without an "
         "import licence (Regulation 2019/880) and against the UNESCO 1970 convention, sent by express from "
         "Delhi to a private buyer in Leiden; Hindi wording (Gandhāran birch-bark manuscripts repeat in two sets, "
         "kept as a repeat; a bhojpatra label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("CUL-07", "import", "FRSEA01", "sea", "VN", [], "FR", "680291",
         "Tượng đá mỹ nghệ Non Nước, Đà Nẵng, hàng mới, 1 kiện", "VN", 420, 6, 1800, "USD",
         "new Non Nước stone carvings from the Marble Mountains are white or grey marble, sharp, bright and "
         "polished; five of these six are, but the sixth is a pink-grey sandstone relief of a dancing apsara "
         "with a broken tenon, lichen in the folds and a Cham-style diadem: a Champa temple relief (9th-12th "
         "century), an archaeological object whose export Viet Nam forbids, brought in without an import licence "
         "(Regulation 2019/880), in a decorative-stone crate from Da Nang to Marseille; Vietnamese wording (Cham "
         "sandstone repeats in a few sets under garden-stone labels; a Non Nước marble-craft label was found in "
         "no earlier row by a keyword search)", firm("Horizon Déco SARL", "FR")),
        ("CUL-08", "import", "LVAIR01", "air", "UZ", [], "LV", "691490",
         "Sopol gultuvaklar, qo'lda yasalgan, 2 dona", "UZ", 46, 2, 60, "USD",
         "handmade clay flowerpots are new, evenly fired and drilled at the base; these two are rectangular "
         "terracotta chests on small feet with gabled lids, stamped with figures of priests at a fire altar, "
         "with no drainage hole and soil and bone fragments inside: Sogdian ossuaries (6th-8th century), "
         "archaeological objects whose export Uzbekistan forbids, brought in without an import licence "
         "(Regulation 2019/880), flown from Tashkent to Riga for a dealer; Uzbek wording (a Sogdian ossuary "
         "appears once in an earlier set, kept as a repeat; a flowerpot label was found in no earlier row by a "
         "keyword search)", firm("Vega Antīks SIA", "LV")),
        ("CUL-09", "export", "CYAIR01", "express", "CY", [], "GB", "691390",
         "Χειροποίητα κεραμικά του Κόρνου, διακοσμητικά, 4 τεμάχια", "CY", 3.6, 4, 80, "EUR",
         "new Kornos pottery is wheel-thrown, even, light-red ware with fresh glaze or slip; these four are "
         "hand-built, lustrous red jugs with cut-away spouts and incised white-filled zigzags, tomb earth in the "
         "necks and lime crust on the bases: Cypriot Early-Middle Bronze Age Red Polished ware (about 2300-1700 "
         "BC) from looted tombs, archaeological objects that need an export licence at any value (Regulation "
         "116/2009) and the Cypriot Department of Antiquities' permit, sent by express from Larnaca to a London "
         "dealer; Cypriot Greek wording (Red Polished ware repeats in several sets, kept as a repeat; a "
         "Kornos-pottery label was found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-10", "import", "ESAIR01", "air", "CO", [], "ES", "691390",
         "Figuras de barro artesanales de Ráquira, Boyacá, 8 piezas", "CO", 14, 8, 160, "USD",
         "Ráquira clay figures are new, bright, light-fired souvenirs (horses, chivas, nativities); these eight "
         "are seated men with a wad of coca in the cheek, in red-on-cream negative-painted slip, with root marks "
         "and shaft-tomb earth inside: Capulí 'coqueros' (AD 800-1500) from Nariño, archaeological heritage that "
         "belongs to the Colombian state and may not be exported, brought in without an import licence "
         "(Regulation 2019/880), flown from Bogotá to Madrid for a dealer; Colombian Spanish wording (Capulí "
         "coqueros repeat blind57, kept as a repeat; a Ráquira-craft label was found in no earlier row by a "
         "keyword search)", firm("Galería Rivage SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "SEAIR01", "air", "SE", [], "AM", "843680",
         "Honungsslungor i rostfritt stål, elektriska, för biodlare, 4 st.", "SE", 2400, 4, 8000, "EUR",
         "electric honey extractors are open stainless drums with a frame basket and a tap, at a few hundred "
         "euros each; these four 600 kg machines are hermetic, steam-sterilisable, continuous-flow disc-stack "
         "centrifugal separators with aerosol-tight housings and a clean-in-place skid, at 80,000 EUR each on "
         "the maker's list, for a Yerevan 'apiary' firm whose freight forwarder is in Tabriz: centrifugal "
         "separators controlled under dual-use 2B352.c (biological equipment), exported without the licence "
         "Regulation 2021/821 requires and bound for Iran, flown from Stockholm; Swedish wording (biological "
         "process equipment repeats in several sets, fermenters as kombucha tanks among them; a honey-extractor "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-02", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870830",
         "Keraminiai-anglies stabdžių diskai sportiniams automobiliams, 24 vnt.", "LT", 2900, 24, 14000, "EUR",
         "carbon-ceramic brake discs for sports cars are ventilated grey rotors of 380-420 mm with a metal bell "
         "and drilled holes, about 6 kg each; these 24 are thick, black, 120 kg stacks of carbon-carbon rotor and "
         "stator plates with drive slots and Airbus part numbers ground off but legible in the slots, from a "
         "Vilnius MRO's overhaul stock: A320 wheel-brake heat sinks, aviation goods (8803/8807) whose sale for "
         "use in Russia Regulation 833/2014 forbids, for an Almaty 'car-tuning' firm that supplies Russian "
         "airlines, on a lorry through Latvia and Russia; Lithuanian wording (aircraft brake parts repeat in "
         "several sets; a carbon-ceramic sports-car brake label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-03", "transit", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY", "LT"], "RU", "900510",
         "观鸟双筒望远镜 10x42, 防水, 1 200 台", "CN", 1400, 1200, 48000, "USD",
         "10x42 birdwatching binoculars are two-tube prism glasses of about 700 g at tens of dollars; these 1,200 "
         "units are single-tube thermal-imaging rifle scopes with 640 x 512 microbolometer cores, laser "
         "rangefinders and Picatinny mounts, at about 2,500 USD each on the maker's list, on a block train from "
         "Chongqing through Kazakhstan, Russia and Belarus entering Lithuania at Kena in transit to Kaliningrad: "
         "thermal sights whose transit through the Union to Russia Regulation 833/2014 forbids; Chinese wording "
         "(thermal cores repeat in several sets, binocular labels in a few and Kaliningrad transits in five, kept "
         "as a repeat; thermal rifle scopes as birdwatching binoculars on a block train is the new part as far as "
         "a search found)", {"importer_country": "RU"}),
        ("STR-04", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR", "GE", "AZ"], "UZ", "950611",
         "Alpinski, Carving, neu, 200 Paar", "AT", 1600, 200, 44000, "EUR",
         "a lorry for a Tashkent sports and home-goods retailer: skis and espresso machines are goods Austrian "
         "exporters do sell to Uzbekistan, but the third item's 'Ersatzteile für Küchengeräte' are 300 fanless, "
         "rugged industrial panel PCs and 400 industrial motherboards, with no kitchen part among them, for a "
         "Tashkent importer whose orders go on by rail to Yekaterinburg: computers (8471 41, 8471 50), on the "
         "common high-priority list whose export for use in Russia Regulation 833/2014 forbids, hidden as the "
         "last item of a three-item declaration, by road across the Black Sea route; Austrian German wording "
         "(computers re-exported through Central Asia repeat in many sets; behind skis and espresso machines "
         "is the new part as far as a search found)",
         dict({"importer_country": "UZ"},
              _more_items=[item("851671", "Siebträger-Espressomaschinen, 120 Stück", "AT", 2400, 36000, "EUR", qty=120),
                           item("851690", "Ersatzteile für Küchengeräte, elektronisch, 700 Stück", "AT", 1400, 4200, "EUR", qty=700)])),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "440290",
         "Сексеуіл ағашының көмірі, Қазақстан өнімі, 20 вагон", "KZ", 900000, 20, 450000, "USD",
         "saxaul charcoal from the Kazakh steppe is exceptionally dense (it sinks in water), grey-black, twisted "
         "and burns for hours; these 20 wagons hold light, straight, ringed birch charcoal that floats, sacked in "
         "bags printed by a Kirov-region plant, with a Kazakh certificate of origin from a Petropavl 'producer' "
         "with no kilns: Russian wood charcoal, whose import into the Union Regulation 833/2014 forbids, by rail "
         "through Russia and Belarus to Małaszewicze; Kazakh wording (Russian goods under Kazakh origin repeat in "
         "many sets, and Russian birch charcoal as Kazakh barbecue charcoal once, blind95, kept as a repeat; a "
         "saxaul-charcoal label in Kazakh wording was found in no earlier row by a keyword search)",
         firm("Nordhafen Węgiel Sp. z o.o.", "PL")),
        ("STR-06", "export", "ESAIR01", "air", "ES", [], "AE", "850131",
         "Motores para sillones de masaje, 24 V, 400 unidades", "ES", 480, 400, 6000, "EUR",
         "massage-chair motors are cheap brushed DC motors with a plastic gear head at 10-15 EUR each; these 400 "
         "are sealed, brushless, high-torque servo actuators with absolute encoders, CAN-bus control and aluminium "
         "housings rated for -40 °C, at 900 EUR each on the maker's list, for a Sharjah 'wellness-equipment' "
         "trader whose consignments go on to Bandar Abbas: servo actuators for unmanned aerial vehicles, whose "
         "sale for use in Iran Regulation 2023/1529 forbids, flown from Madrid; Spanish wording (UAV servos "
         "repeat in several sets; a massage-chair label was found in no earlier strategic row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-07", "export", "EEROAD01", "road", "EE", [], "RU", "852589",
         "Beebimonitorid kaameraga, WiFi, 600 tk", "EE", 300, 600, 9000, "EUR",
         "camera baby monitors are white plastic nursery cameras with a parent screen at 30-50 EUR; these 600 "
         "are bare 5.8 GHz analogue video transmitters of 1.6 W with SMA antennas and micro cameras on 20 x 20 mm "
         "mounts, the kit for FPV attack drones, for a Pskov 'children's goods' wholesaler at Narva: "
         "transmission apparatus (8525) on the list of goods whose export to Russia Regulation 833/2014 forbids; "
         "Estonian wording (FPV video transmitters repeat in several sets and baby-monitor labels in a few; by "
         "road from Estonia at Narva is the new part as far as a search found)", {"importer_country": "RU"}),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "EG", "290545",
         "Glycerine, technisch 99,5 %, 60 vaten", "NL", 13200, 60, 9600, "EUR",
         "technical glycerine is a sweet, odourless, very viscous liquid of 1.26 kg/l; these 60 drums hold a "
         "thin, ammonia-smelling, bitter liquid of 1.04 kg/l that does not taste sweet, and the inner bungs read "
         "CAS 105-59-9: N-methyldiethanolamine (a chemical-weapons precursor, CWC Schedule 3, dual-use 1C350), "
         "exported without the licence Regulation 2021/821 requires to a country outside the Chemical Weapons "
         "Convention, from Rotterdam to Alexandria; Dutch wording (methyldiethanolamine repeats in a few sets; a "
         "glycerine label repeats once, on triethanolamine in an earlier strategic row; MDEA as technical glycerine to "
         "Egypt is the new part as far as a search found)", {"importer_country": "EG"}),
        ("STR-09", "import", "FISEA01", "sea", "TR", [], "FI", "440711",
         "Kızılçam kereste, kurutulmuş, Türk menşeli, 1 200 m3", "TR", 600000, None, 240000, "EUR",
         "Turkish red pine (Pinus brutia) is pale, wide-ringed and resinous, cut in Anatolia and rarely shipped "
         "to Finland; these packs are narrow-ringed, slow-grown northern Scots pine and spruce with Russian "
         "sawmill stencils sanded off the ends and Arkhangelsk bark beetles under the wane, shipped from Mersin "
         "after transhipment from Novorossiysk: Russian sawn softwood, whose import into the Union Regulation "
         "833/2014 forbids, by sea to Kotka with a Turkish certificate of origin; Turkish wording (Russian goods "
         "under Turkish origin repeat in several sets and Russian timber in a few; Turkish red-pine labels to "
         "Finland are the new part as far as a search found)", firm("Atlantic Puutavara Oy", "FI")),
        ("STR-10", "export", "PTSEA01", "sea", "PT", [], "AO", "890399",
         "Embarcação de recreio semirrígida, usada, com motor, 2 unidades", "PT", 5200, 2, 38000, "EUR",
         "used recreational RIBs are 6-8 m boats with one outboard, a console and soft seats; these two are "
         "11 m, twin-engine, 1,200 hp interceptors with armour-plated consoles, weapon-mount bases, radar arches "
         "and military-pattern night-vision and communications fittings, for a Luanda 'marina' that fronts for a "
         "private maritime-security company: fast patrol craft specially designed for military use (ML9), "
         "exported without the licence the Common Position 2008/944 and national law require, from Lisbon; "
         "European Portuguese wording (military craft were found in no earlier row by a keyword search; marine "
         "engines for patrol boats appear once, blind64; an interceptor as a used RIB to Angola is new)", {"importer_country": "AO"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "BZ", [], "ES", "440729",
         "Hormigo (Platymiscium) marimba bar blanks, rough sawn, 4 m3", "BZ", 4400, None, 6000, "USD",
         "hormigo marimba blanks are orange-brown, medium-heavy Platymiscium that rings when tapped and darkens "
         "to a mild brown; these blanks are much heavier (1,100 kg/m3), purple-brown with black streaks, smell "
         "of roses when sawn and fluoresce under a UV torch: Honduras rosewood (Dalbergia stevensonii, CITES "
         "App. II) without a CITES export permit, by sea from Belize City to Valencia for a percussion workshop "
         "that makes concert marimbas; Belizean English wording (Dalbergia rosewoods repeat in many sets; a "
         "hormigo or marimba-blank label was found in no earlier row by a keyword search)",
         firm("Meridian Percusión SL", "ES")),
        ("WLF-02", "import", "DEAIR01", "express", "NA", [], "DE", "121190",
         "Duiwelsklou-tee, gedroogde wortelskyfies, 2 kg", "NA", 2, None, 60, "NAD",
         "devil's claw tea is dried, grey-brown, woody slices of Harpagophytum tuber that taste very bitter; "
         "these 2 kg are pale-green, fleshy, spined stem segments dried into leathery slices, with the smell of "
         "cucumber and a bitter-then-numbing taste: wild Hoodia gordonii (CITES App. II) without CITES "
         "documents, sent by express from Windhoek to a private buyer in Dresden who sells 'appetite "
         "suppressant' capsules online; Afrikaans wording (Hoodia repeats in several sets under slimming and "
         "rooibos labels; a devil's-claw label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("WLF-03", "import", "PLAIR01", "express", "CN", [], "PL", "680291",
         "汉白玉雕刻摆件, 观音像, 手工, 3件", "CN", 4.2, 3, 180, "CNY",
         "han baiyu figures are white marble, cool, granular and scratched by a knife; these three Guanyin "
         "figures are creamy-white with faint parallel growth bands, a waxy lustre, no grain under a lens and a "
         "hardness marble lacks: carved giant-clam shell (Tridacna gigas, CITES App. II, sold as 'chequ' in "
         "Hainan), without CITES documents, sent by express from Haikou to a private buyer in Kraków; Chinese "
         "wording (giant-clam shell repeats in many sets under shell-decoration and stone-basin labels; a "
         "white-marble label was found in no earlier row by a keyword search)", person("Anna Kowalska", "PL")),
        ("WLF-04", "import", "NLAIR01", "air", "SV", [], "NL", "060490",
         "Musgo español (Tillandsia usneoides) seco, para floristería, 200 cajas", "SV", 800, 200, 1600, "USD",
         "dried Spanish moss is a grey, tangled mass of thread-thin strands sold by the bale for wreaths and "
         "baskets; these 200 boxes each hold a dozen silver-grey, living air plants with broad, curling leaves up to 40 cm across, "
         "collected from the wild with bark still on their bases: Tillandsia xerographica (CITES App. II) taken "
         "from the wild without CITES documents, flown from San Salvador to Amsterdam for an Aalsmeer florist "
         "wholesaler; Salvadoran Spanish wording (Tillandsia xerographica repeats in several sets, as dried-flower "
         "arrangements from Guatemala in blind119; a Spanish-moss label was found in no earlier row by a keyword "
         "search)",
         firm("Horizon Bloemen BV", "NL")),
        ("WLF-05", "import", "CZAIR01", "express", "LA", [], "CZ", "350300",
         "东阿阿胶块, 250克/盒, 6盒", "LA", 1.6, 6, 3600, "CNY",
         "ejiao is donkey-hide gelatin, sold in thin, glassy, amber-brown bars with a maker's stamp; these six "
         "boxes hold thick, dull, dark-brown cakes that smell of bone broth and are stamped with a tiger's head "
         "in red, at ten times the price of ejiao: tiger-bone glue (Panthera tigris, CITES App. I) from a Lao "
         "tiger farm, sent by express from Vientiane to a private buyer in Prague; Chinese wording from Laos "
         "(tiger-bone glue repeats blind74, under a white-horse-bone glue label, kept as a repeat; an ejiao label "
         "was found in no earlier row by a keyword search)", person("Nguyen Van Hung", "CZ")),
        ("WLF-06", "import", "PTSEA01", "sea", "MZ", [], "PT", "080131",
         "Castanha de caju crua com casca, sacos de 80 kg, 20 t", "MZ", 20000, 250, 26000, "USD",
         "a cashew and sesame container for a Lisbon nut importer: raw cashew and sesame are what Nacala ships, "
         "but the third item's 'lenha de pau-preto' is 2 t of square, waxed billets of a black, oily, "
         "extremely dense wood that sinks in water, each end-sealed against checking as instrument makers' "
         "blanks are: African blackwood (Dalbergia melanoxylon, mpingo, CITES App. II) without a CITES export "
         "permit, hidden as the last item of a three-item declaration, by sea from Nacala to Lisbon; "
         "Mozambican Portuguese wording (African blackwood repeats in several sets; a firewood label behind a "
         "cashew cargo is the new part as far as a search found)",
         dict(firm("Atlântico Frutos Secos Lda", "PT"),
              _more_items=[item("120740", "Gergelim branco, sacos de 50 kg, 10 t", "MZ", 10000, 14000, "USD", qty=200),
                           item("440112", "Lenha de pau-preto, em toros, 2 t", "MZ", 2000, 200, "USD")])),
        ("WLF-07", "import", "ESAIR01", "express", "CU", [], "ES", "960190",
         "Peinetas de asta de toro, artesanía de Camagüey, 12 piezas", "CU", 0.8, 12, 60, "EUR",
         "cattle-horn combs are grey-black or cream, fibrous and smell of burnt hair when a hot needle touches "
         "them; these twelve are translucent amber with dark-brown mottling, polished and layered, give off the "
         "same smell but show the mottled plates of a turtle shell under a lamp: hawksbill tortoiseshell "
         "(Eretmochelys imbricata, CITES App. I) worked into combs, sent by express from Havana to a private "
         "buyer in Cádiz; Cuban Spanish wording (hawksbill shell repeats in many sets, 'carey' among them; a "
         "horn-comb labels repeat in several sets on saiga horn; a Cuban cattle-horn comb label on hawksbill is "
         "the new part as far as a search found)", person("Sr. J. García", "ES")),
        ("WLF-08", "import", "NLPOST01", "post", "SR", [], "NL", "050510",
         "Geverfde hanenveren voor het binden van vliegen, 40 zakjes", "SR", 0.6, 40, 120, "EUR",
         "dyed rooster hackle for fly-tying is thin, evenly dyed, all the same length and sold by the strip; "
         "these 40 bags hold long, stiff, undyed tail and wing feathers in natural scarlet, blue-and-yellow and "
         "green, with the rachis of wild-moulted and plucked macaw feathers: scarlet and blue-and-yellow macaw "
         "feathers (Ara macao, CITES App. I; Ara ararauna, App. II) without CITES documents, posted from "
         "Paramaribo to a private fly-tier in Utrecht; Surinamese Dutch wording (macaw feathers repeat in a few "
         "sets, and fly-tying labels once on jungle-cock capes, blind77; a dyed-hackle label from Suriname is the "
         "new part as far as a search found)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-09", "import", "BEAIR01", "air", "ZA", [], "BE", "060290",
         "Phoenix canariensis palm trunks, bare-root, for landscaping, 6 pcs", "ZA", 3600, 6, 2400, "USD",
         "Canary palm trunks are fibrous, with diamond leaf-base scars and a crown of feather leaves; these six "
         "are squat, hard, woody stems with spiral, armoured leaf-base scales and no leaves, cut from the wild "
         "in the Eastern Cape with fresh spade marks on the tap roots: wild cycads (Encephalartos spp., CITES "
         "App. I) without CITES documents, flown from Johannesburg to Liège for a landscaping firm; South "
         "African English wording (Encephalartos repeats in many sets; a Canary-palm label was found in no "
         "earlier row by a keyword search)", firm("Central Jardin SA", "BE")),
        ("WLF-10", "import", "IEAIR01", "air", "KE", [], "IE", "960190",
         "Cattle-bone napkin rings, carved, Maasai craft, 200 pcs", "KE", 30, 200, 400, "USD",
         "cattle-bone napkin rings are dull white, porous at the cut ends, with dark marrow pits; these 200 are "
         "glossy, creamy, dense rings cut from a hollow tube, with the criss-cross Schreger lines of elephant "
         "ivory on every end face: ivory (Loxodonta africana, CITES App. I) worked into napkin rings, without "
         "CITES documents, flown from Nairobi to Dublin for a Galway craft shop; Kenyan English wording (ivory "
         "repeats in many sets under bone labels; a napkin-ring label was found in no earlier row by a keyword "
         "search)", firm("Atlantic Crafts Ltd", "IE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LUAIR01", "air", "CA", "LU", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (beekeeping equipment disinfection)", "CA", 4.5,
     4, 60, "CAD", [("PRECURSOR_LICENCE", "LU-MJ-47-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUAIR01", "air", "CN", "HU", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry club member)", "CN", 2, 2, 50,
     "USD", [("PRECURSOR_LICENCE", "HU-BM-47-0114")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "380290",
     "Spent filter clay from used-oil re-refining (05 01 15*), for incineration with energy recovery, 22 t", "CH",
     22000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-47-0233")], "notified spent filter clay to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "SIROAD01", "road", "RS", "SI", "262029",
     "Lead dross and skimmings (10 04 02*), for lead recovery at a licensed secondary smelter, 24 t", "RS", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "SI-ARSO-47-0019")], "notified lead dross to a licensed recovery smelter"),
    ("PRM-05", "ozone", "import", "ESSEA01", "sea", "IL", "ES", "290361",
     "Methyl bromide, 20 cylinders, for use as feedstock in agrochemical synthesis", "IL", 2000, 20, 9000, "USD",
     [("ODS_LICENCE", "ES-MITECO-ODS-47-012")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "CZAIR01", "air", "US", "CZ", "290373",
     "1,1-Dichloro-1-fluoroethane (HCFC-141b), analytical reference standard, 10 x 1 ml, for laboratory use", "US",
     0.1, 10, 700, "USD", [("ODS_LICENCE", "CZ-MZP-ODS-47-004")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "491191",
     "Map from Ptolemy's Geografia, Venice 1548, hand-coloured copperplate, documented private collection since 1958",
     "IT", 0.3, 1, 6500, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-47-0442")],
     "antique map exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "US", "DE", "970690",
     "Ethiopian healing scroll, Ge'ez, 19th century, in a documented American collection since 1964, with export record",
     "ET", 0.3, 1, 4200, "USD", [("IMPORT_LICENCE", "DE-BKM-IMP-47-0027")],
     "cultural good imported with the import licence of Regulation 2019/880"),
    ("PRM-09", "strategic", "export", "SEAIR01", "air", "SE", "KR", "842119",
     "Steam-sterilisable disc-stack centrifugal separator, 1 unit, for a Korean vaccine manufacturer", "SE", 600, 1,
     85000, "EUR", [("EXPORT_LICENCE", "SE-ISP-47-0388"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-47-0102")],
     "dual-use biological separator under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "292219",
     "N-Methyldiethanolamine (MDEA), 60 drums, for a gas-treating plant of an Indian refinery", "NL", 12000, 60,
     30000, "EUR", [("EXPORT_LICENCE", "NL-CDIU-47-0719"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-47-0254")],
     "dual-use CWC Schedule 3 chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "GT", "NL", "060290",
     "Tillandsia xerographica, artificially propagated nursery plants, 600 pcs", "GT", 300, 600, 2400, "USD",
     [("CITES_PERMIT", "GT-CONAP-47-0155")], "App. II air plants from a registered nursery with their export permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "BZ", "ES", "440729",
     "Honduras rosewood (Dalbergia stevensonii) marimba bar blanks, legally harvested, 2 m3", "BZ", 2200, None,
     9000, "USD", [("CITES_PERMIT", "BZ-FD-47-0046")], "App. II rosewood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mme A. Schmit", "PRM-02": "Kovács Péter", "PRM-05": "Meridian Química SL",
    "PRM-06": "Central Analytika s.r.o.", "PRM-11": "Horizon Bloemen BV", "PRM-12": "Meridian Percusión SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220299", "Maple water, pure, sterilised, 1 l cartons", "import", ["post"], ["CA", "US"], (4, 8), (1, 4), ["CAD", "USD"], 1, S),
    ("330499", "Sugar-cane squalane, cosmetic oil, 100 ml", "import", ["express"], ["BR", "KR"], (60, 120), (1, 3), ["USD", "EUR"], 8, S),
    ("170290", "Mizuame clear starch syrup, 1 kg", "import", ["express"], ["JP"], (6, 12), (1, 4), ["JPY", "USD"], 1, S),
    ("391390", "Xanthan gum, food grade, 25 kg bags", "import", ["sea"], ["CN"], (3, 5), (5000, 15000), ["USD"], 0.04, S),
    ("170490", "Sugar nonpareils for cake decorating, 25 kg sacks", "import", ["road"], ["RS", "TR"], (1.5, 2.5), (4000, 10000), ["EUR"], 0.04, S),
    ("290619", "Myo-inositol powder, 500 g pouches", "import", ["post"], ["AU", "US"], (20, 40), (1, 3), ["AUD", "USD"], 2, S),
    ("293090", "Taurine powder, food grade, 25 kg drums", "import", ["sea"], ["CN", "MY"], (3, 5), (5000, 15000), ["USD"], 0.04, S),
    ("200989", "Sour-orange (narenj) juice, 1 l bottles", "import", ["sea"], ["TR", "EG"], (1, 2), (3000, 9000), ["USD", "EUR"], 1, S),
    ("382499", "Diving-grade soda lime CO2 absorbent, 4.5 kg pails", "import", ["air"], ["US", "GB"], (8, 14), (100, 500), ["USD", "GBP"], 0.2, S),
    ("220110", "Georgian mineral water, 0.5 l glass bottles", "import", ["road"], ["GE", "AM"], (0.6, 1.0), (8000, 18000), ["USD", "EUR"], 1.6, S),
    ("440910", "Yakisugi charred larch cladding boards", "export", ["road"], ["RS", "CH"], (3, 6), (8000, 20000), ["EUR"], None, S),
    ("270210", "Leonardite soil conditioner, big bags", "import", ["sea"], ["US", "UA"], (0.2, 0.4), (20000, 26000), ["USD"], None, S),
    ("251110", "Barite, API drilling grade, 1 t bags", "import", ["sea"], ["MA", "IN"], (0.15, 0.3), (20000, 27000), ["USD"], None, S),
    ("380290", "Activated bleaching earth for edible-oil refining", "export", ["sea"], ["EG", "TR"], (0.5, 0.9), (15000, 22000), ["EUR"], None, S),
    ("853225", "Film capacitors for valve amplifiers, new", "export", ["post"], ["UA", "US"], (40, 80), (1, 2), ["EUR"], 40, S),
    ("170390", "Beet molasses for feed, ISO tanks", "export", ["sea"], ["GE", "MA"], (0.12, 0.2), (20000, 26000), ["EUR"], None, S),
    ("382450", "C1 tile adhesive, grey, 25 kg sacks", "export", ["sea"], ["DZ", "MA"], (0.15, 0.3), (18000, 24000), ["EUR"], 0.04, S),
    ("320890", "Wood stains and varnishes, new, 2.5 l tins", "export", ["road"], ["BA", "RS"], (3, 6), (4000, 12000), ["EUR"], 0.4, S),
    ("401220", "Part-worn car tyres, graded, tread 5 mm+", "export", ["sea"], ["GN", "GH"], (0.5, 1.0), (8000, 14000), ["EUR"], 0.12, S),
    ("281121", "Aquarium CO2 disposable cylinders, 95 g", "import", ["express"], ["TW", "CN"], (15, 30), (1, 3), ["USD"], 4, S),
    ("381400", "UV-gel nail cleanser, isopropyl-based, 5 l cans", "import", ["air"], ["VN", "KR"], (2, 4), (200, 800), ["USD"], 0.2, S),
    ("382499", "Car A/C leak sealant, refrigerant-free, oil cartridges", "import", ["road"], ["RS", "TR"], (10, 20), (200, 800), ["EUR"], 5, S),
    ("281129", "Sulphur dioxide, liquefied, for winemaking, 50 kg cylinders", "import", ["sea"], ["TR", "US"], (2, 4), (800, 2000), ["USD", "EUR"], 0.02, S),
    ("851580", "Hot-air rework stations for electronics repair", "import", ["air"], ["HK", "CN"], (8, 14), (100, 400), ["USD"], 0.3, S),
    ("680610", "Rock-wool insulation slabs, 100 mm", "import", ["sea"], ["TR", "JO"], (0.6, 1.0), (8000, 16000), ["USD"], None, S),
    ("841989", "Laboratory CO2 incubators, new", "import", ["air"], ["US", "CN"], (30, 60), (200, 800), ["USD"], 0.01, S),
    ("290943", "Butyl glycol, industrial solvent, drums", "import", ["sea"], ["IN", "CN"], (1.2, 1.8), (10000, 20000), ["USD"], None, S),
    ("420500", "Tooled leather bookmarks, new, handmade", "import", ["post"], ["ET", "MA"], (30, 60), (1, 2), ["USD"], 20, S),
    ("960629", "Hand-carved soapstone buttons, new", "import", ["post"], ["PK", "IN"], (40, 80), (1, 2), ["USD"], 30, S),
    ("130120", "Gum arabic, hashab, 50 kg sacks", "import", ["sea"], ["SD", "TD"], (2.5, 4), (15000, 22000), ["USD"], None, S),
    ("680299", "Basalt molcajetes (mortar and pestle), new", "import", ["sea"], ["MX", "GT"], (1.5, 3), (2000, 6000), ["USD"], 0.2, S),
    ("491191", "Decorative reproduction map prints, new", "export", ["post"], ["US", "GB"], (40, 80), (1, 2), ["EUR"], 10, S),
    ("140490", "Bhojpatra ritual birch bark, blank sheets", "import", ["express"], ["IN", "NP"], (30, 60), (1, 2), ["USD"], 30, S),
    ("680291", "Non Nuoc marble carvings, new", "import", ["sea"], ["VN"], (2, 4), (2000, 8000), ["USD"], 0.05, S),
    ("691490", "Handmade clay flowerpots, new", "import", ["sea"], ["UZ", "TR"], (1, 2), (2000, 6000), ["USD"], 0.5, S),
    ("691390", "Kornos-style handmade pottery, new", "export", ["post"], ["GB", "US"], (20, 40), (1, 4), ["EUR"], 1, S),
    ("691390", "Raquira clay figures, new craft", "import", ["air"], ["CO"], (6, 12), (100, 500), ["USD"], 2, S),
    ("843680", "Electric honey extractors, stainless, for beekeepers", "export", ["road"], ["UA", "RS"], (10, 18), (500, 2000), ["EUR"], 0.03, S),
    ("870830", "Carbon-ceramic brake discs for sports cars", "export", ["air"], ["CH", "AE"], (150, 300), (100, 400), ["EUR"], 0.15, S),
    ("121190", "Devil's claw root tea, dried slices", "import", ["express"], ["NA", "ZA"], (25, 50), (1, 3), ["USD", "EUR"], 4, S),
    ("060390", "Dried flower arrangements, boxed", "import", ["air"], ["CO", "EC"], (5, 9), (200, 800), ["USD"], 0.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and blind120, blind80's everyday rows (blind72's, with
# blind80's own rows), with four new rows instead of blind120's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960719", "Zip fasteners, nylon coil, on reels", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], None, N),
        ("950659", "Badminton rackets, aluminium frame", "import", ["sea"], ["CN", "TW"], (6, 10), (2000, 5000), ["USD"], 8, N),
        ("821410", "Pencil sharpeners, boxed", "import", ["post", "express"], ["GB", "CN"], (15, 30), (1, 3), ["GBP", "USD"], 40, N),
        ("621600", "Oven gloves, quilted cotton", "import", ["sea"], ["PK", "IN"], (4, 7), (2000, 6000), ["USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind127", 20470501, HERE)


if __name__ == "__main__":
    main()
