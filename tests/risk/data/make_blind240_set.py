#!/usr/bin/env python3
"""Writes the two-hundred-and-fortieth blind set (tests/risk/data/blind240-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2066, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: spices, tea, coffee and herbal
products (spice and tea traders, coffee roasters and importers, herbal-medicine
wholesalers and botanical-extract makers).
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
ordinary table (the shared everyday table's two steel rows are dropped, as in blind128).
Disguised rows carry a consignee name only where a real declaration would. Ids are BL240-*:

    python3 tests/risk/data/make_blind240_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2066, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2066
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DKAIR01", "express", "CN", [], "DK", "293930",
         "无水咖啡因 (天然, 茶叶提取), 99%, 食品级, 4 x 1 公斤", "CN", 4.2, 4, 160, "USD",
         "natural anhydrous caffeine from tea is a fluffy, intensely bitter, white powder that sublimes on a hot "
         "spoon; these four bags hold a denser, glassy white powder that is not bitter, draws damp and cakes within "
         "the hour and makes a match flare violently, and the inner liners read 'NaClO4 99 %': sodium perchlorate "
         "(Annex I above 40 %), sent by express from Hangzhou to a private person in Aarhus who sells 'pre-workout' "
         "powders; Chinese wording (sodium perchlorate repeats in many sets; a caffeine label was found in no earlier "
         "row by a keyword search)", person("Mr L. Nilsson", "DK")),
        ("PRE-02", "import", "FIPOST01", "post", "JP", [], "FI", "292249",
         "L-テアニン（緑茶由来）、サプリメント原料、1 kg × 3 袋", "JP", 3.1, 3, 42000, "JPY",
         "L-theanine from green tea is a light, white powder that dissolves at once in water and tastes faintly of "
         "broth; these three bags hold a heavy, gritty white powder that barely dissolves in cold water, has no "
         "taste, burns fiercely when a pinch is mixed with sugar and is sold by the poster on a hobby forum as "
         "'tea-grade oxidiser': potassium perchlorate (Annex I above 40 %), posted from Shizuoka to a private person "
         "in Tampere; Japanese wording (potassium perchlorate repeats in many sets; an L-theanine or green-tea amino "
         "acid label was found in no earlier row by a keyword search)", person("Privatperson", "FI")),
        ("PRE-03", "import", "SKAIR01", "air", "IN", [], "SK", "130219",
         "ಹಸಿರು ಕಾಫಿ ಬೀಜದ ಸಾರ (Green coffee bean extract, 50 % chlorogenic acids), 1 kg pouches, 400",
         "IN", 400, 400, 3200, "USD",
         "green coffee bean extract from Chikmagalur is a tan to light-brown, hygroscopic powder that smells of hay "
         "and green coffee and tastes bitter; these 400 pouches hold a white, glittering crystalline powder with no "
         "smell and no taste, that spits violet sparks on a hot iron and carries CAS 3811-04-9 on the inner bags, at "
         "8 USD/kg for an extract that sells at 40, for a Žilina diet-supplement web shop that sells 1 kg pouches to "
         "the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Bengaluru to Bratislava; Kannada and Indian English wording (potassium chlorate repeats in many sets; green "
         "coffee appears in earlier rows only as green beans behind other goods, and a green-coffee-extract label "
         "was found in no earlier row)", firm("Orion Doplnky s.r.o.", "SK")),
        ("PRE-04", "import", "LTAIR01", "air", "KR", [], "LT", "130219",
         "제주 녹차 추출물 EGCG 98 %, 식품 원료, 1 kg 봉지, 300 봉지", "KR", 300, 300, 4500, "USD",
         "EGCG 98 % from green tea is an off-white to pale-pink, bitter, astringent powder that browns in water; these "
         "300 bags hold colourless, cubic, salty-cool crystals that dissolve clear, draw damp and flare yellow on a gas "
         "ring, and the supplier's sheet in the carton gives CAS 7775-09-9, at 15 USD/kg for an extract that sells at "
         "hundreds, for a Kaunas supplement shop that repacks them for the public: sodium chlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Seoul to Vilnius; Korean wording (sodium chlorate "
         "repeats in many sets under salt, sugar and sweetener labels; an EGCG or tea-catechin label was found in no "
         "earlier row by a keyword search)", firm("Vega Papildai UAB", "LT")),
        ("PRE-05", "import", "GBSEA01", "sea", "IN", [], "GB", "170490",
         "इलायची दाना (सफ़ेद, चीनी लेपित), मुखवास, 1 किलो पैकेट, 18,000 पैकेट", "IN", 18000, 18000, 16000, "USD",
         "elaichi dana are small, white, sugar-coated cardamom seeds that taste sweet and of cardamom and show a black "
         "seed when bitten; these packets hold white prills of 2 mm with no seed inside, no taste of sugar, that turn "
         "ice-cold in a glass of water and melt and fume on a hot plate, and test at 34 % N, for a Leicester "
         "cash-and-carry that sells them to the public: ammonium nitrate (Annex I at 16 % N or more) retail-packed "
         "for members of the public, by sea from Mundra to Felixstowe; Hindi wording (ammonium nitrate repeats in "
         "many sets under sugar-bead and nonpareil labels; a mukhwas label appeared once, on another good in "
         "blind200, and an elaichi-dana label in no earlier row)", firm("Meridian Spice Wholesale Ltd", "GB")),
        ("PRE-06", "import", "IEAIR01", "express", "GB", [], "IE", "210120",
         "Clear cold-brew coffee, transparent, ready to drink, 6 x 1 l", "GB", 7.2, 6, 54, "GBP",
         "clear coffee is a water-white drink that smells and tastes faintly of coffee and weighs about 1.00 kg/l; "
         "these six bottles have vented caps, smell of nothing, weigh 1.13 kg/l, foam on a cut and whiten the skin: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Manchester to a private person in "
         "Cork; British English wording (hydrogen peroxide repeats in many sets and water-like drink covers in "
         "several; a clear-coffee label was found in no earlier row by a keyword search)",
         {"consignee_name": "Private individual"}),
        ("PRE-07", "import", "ATAIR01", "air", "MY", [], "AT", "152000",
         "Gliserin sayuran USP 99.7 %, untuk ekstrak herba tanpa alkohol (glycerite), 4 x 5 liter", "MY", 36.8, 4,
         90, "MYR",
         "vegetable glycerine is a thick, sweet, water-clear liquid of 1.26 kg/l that is safe on the skin; these four "
         "jerrycans hold an oily, heavier liquid of 1.84 kg/l that grows hot with a drop of water, chars a sugar cube "
         "black and has eaten through the caps' inner seals: about 96 % sulphuric acid (Annex I above 15 %), flown "
         "from Kuala Lumpur to Vienna for a private herbalist who makes glycerites, although corrosive liquids fly "
         "only as declared dangerous goods; Malay wording (sulphuric acid repeats in many sets and syrup and oil "
         "covers in several; a vegetable-glycerine label on a precursor was found in no earlier row)",
         person("Frau S. Huber", "AT")),
        ("PRE-08", "import", "PTAIR01", "express", "BR", [], "PT", "330210",
         "Aroma de avelã para torrefação de café, concentrado, 4 x 1 litro", "BR", 4.6, 4, 320, "BRL",
         "a hazelnut flavouring for roasters is an oily, amber liquid that smells strongly of praline; these four "
         "bottles hold a colourless, faintly fruity liquid of 1.14 kg/l that sinks in water, has no hazelnut smell at "
         "all, and the filler's label under the sleeve reads 'nitrometano 98 %': nitromethane (Annex I above 16 %), "
         "sent by express from São Paulo to a private home roaster in Braga who races model cars, although flammable "
         "liquids travel by express only as declared dangerous goods; Brazilian Portuguese wording (nitromethane "
         "repeats in many sets; a coffee-roasting flavouring label was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-09", "import", "CZAIR01", "air", "TW", [], "CZ", "210120",
         "烏龍茶萃取液 (淡色, 澄清), 奶茶店用, 1 公升 x 600 瓶", "TW", 840, 600, 1200, "USD",
         "a clarified oolong extract for tea shops is pale amber, smells of roasted tea and weighs about 1.02 kg/l; "
         "these bottles hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and eats into a "
         "copper coin, at 2 USD a litre for a Brno bubble-tea supply web shop that sells litre bottles to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Taipei to "
         "Prague; traditional Chinese wording from Taiwan (nitric acid repeats in many sets and juice, vinegar and "
         "floral-water covers in several; a tea-extract label was found in no earlier row by a keyword search)",
         firm("Delta Bubble Čaj s.r.o.", "CZ")),
        ("PRE-10", "import", "ESPOST01", "post", "EC", [], "ES", "130219",
         "Wayusa yaku - extracto líquido de guayusa (Ilex guayusa), amazónico, 3 x 1 litro", "EC", 3.5, 3, 45, "USD",
         "a liquid guayusa extract is a brown-green, leafy-smelling infusion concentrate; these three bottles hold a "
         "water-clear liquid with no smell, of 1.20 kg/l, that foams on a cut, whitens and stings the skin and has "
         "vented caps: about 50 % hydrogen peroxide (Annex I above 12 %), posted from Tena to a private person in "
         "Murcia; Ecuadorian Spanish wording with a Kichwa name (hydrogen peroxide repeats in many sets; a guayusa "
         "label was found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "293930",
         "Rohkoffein-Lösung aus der Entkoffeinierung, natürlich, zur Raffination, IBC, 22 t", "DE", 22000, None,
         4400, "EUR",
         "crude caffeine from decaffeination is a yellowish, bitter, wet cake or slurry sold to refiners at several "
         "euros a kilo; these IBCs hold a water-clear, sweet-smelling, heavy (1.3 kg/l) liquid with a brown sludge "
         "layer that reads 70 % dichloromethane, the spent extraction solvent and still bottoms of a Bremen "
         "decaffeination plant: spent halogenated solvents (14 06 02*), hazardous waste whose export to a "
         "non-OECD country is banned, from Bremerhaven to Nhava Sheva for a 'caffeine refinery'; German wording "
         "(spent solvents repeat in many sets and dichloromethane labels in several, on ozone rows; a crude-caffeine "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "PE", "330190",
         "Oleorresina de pimentón, baja en color (40.000 UC), bidones de 200 l, 100 bidones", "ES", 18000, 100,
         9000, "EUR",
         "paprika oleoresin is a deep-red, viscous oil that stains everything and smells of peppers; these drums hold "
         "a brown-black, tarry liquid with a layer of solvent that smells of petrol and reads 30 % hexane and "
         "residual acetone, the still bottoms and spent solvent of a Murcia oleoresin extraction plant: organic "
         "solvents and still bottoms (07 07 04*, 07 07 08*), hazardous waste whose export to a non-OECD country is "
         "banned, from Cartagena to Callao for a 'colourant plant'; Spanish wording (spent solvents repeat in many "
         "sets, and a paprika-oleoresin label once, on a strategic row in blind204; as a waste cover it is the new "
         "part as far as a search found)", {"importer_country": "PE"}),
        ("WST-03", "export", "GBAIR01", "air", "GB", [], "IN", "300490",
         "Ayurvedic herbal supplements, customer returns, for relabelling at the maker, 1,800 kg", "GB", 1800, None,
         900, "GBP",
         "returns of Ayurvedic tablets for relabelling come in their sealed retail jars with the maker's batch list; "
         "these 300 cartons hold opened and expired jars, loose tablets and grey-black rasa shastra powders whose "
         "labels read 'ras sindoor' and 'naga bhasma', recalled by a Leicester herbal wholesaler after tests found "
         "mercury and lead far above the limits: discarded products containing hazardous substances (16 03 05*, "
         "20 01 31*), hazardous waste whose export to a non-OECD country is banned, flown from Birmingham to "
         "Ahmedabad to be 'relabelled'; English wording (expired medicines and donations repeat in several sets and "
         "a bhasma label once, on a precursor in blind162; recalled metal-based Ayurvedic products as returns are the "
         "new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "KE", "843890",
         "CTC tea-processing rollers, used, reconditioned, 4 units", "GB", 16000, 4, 24000, "GBP",
         "a container of second-hand tea-factory machinery for a Kericho tea factory: CTC rollers and withering fans "
         "are what Scottish tea-machinery dealers ship to Kenya, but the third item's 'reconditioned 11 kV "
         "transformers' are six 1970s askarel-filled distribution transformers from a closed Lancashire mill, "
         "leaking a heavy, oily liquid that reads 60 % PCB, with no reconditioning at all: PCB-containing equipment "
         "(16 02 09*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a "
         "three-item declaration, from Felixstowe to Mombasa; English wording (PCB transformers repeat in many sets; "
         "behind tea-factory machinery to Kenya is the new part as far as a search found)",
         dict({"importer_country": "KE"},
              _more_items=[item("841459", "Withering-trough fans, used, 12 units", "GB", 1800, 3600, "GBP", qty=12),
                           item("850423", "Reconditioned 11 kV transformers, 6 units", "GB", 9000, 6000, "GBP", qty=6)])),
        ("WST-05", "export", "IESEA01", "sea", "IE", [], "LK", "440311",
         "Used timber poles, sound, for tea-estate shade trellis and fencing, 1,400 pcs", "IE", 24000, 1400, 4200,
         "EUR",
         "used timber poles sold for re-use are sound, untreated or creosote-free lengths; these 1,400 are greenish, "
         "split telegraph and vineyard poles with rotten bases, stamped 'CCA' and read arsenic, copper and chromium on "
         "a hand-held XRF, pulled out by an Irish network operator: wood containing hazardous substances (17 02 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Dublin to Colombo for Nuwara Eliya tea "
         "estates; Irish English wording (CCA-treated wood repeats in several sets; a tea-estate trellis label was "
         "found in no earlier row by a keyword search)", {"importer_country": "LK"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "NG", "290531",
         "Ethyleenglycol, teruggewonnen, voor antivries, IBC, 20 t", "NL", 20000, None, 6000, "EUR",
         "recovered ethylene glycol for antifreeze is a clear, slightly sweet, viscous liquid with an analysis sheet; "
         "these IBCs hold a yellow, foul-smelling liquid with an acid scrubber's sulphate load that gives off an ether "
         "smell in the head-space and reads ethylene oxide and 2-chloroethanol, the spent scrubber liquor of a "
         "Rotterdam spice and herb sterilisation plant: spent solutions containing hazardous substances (07 01 01*, "
         "16 05 06* among them), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to "
         "Lagos for an 'antifreeze blender'; Dutch wording (antifreeze labels repeat in several sets and ethylene "
         "oxide only as an ozone cover gas; a spice-steriliser scrubber liquor is the new part as far as a search "
         "found)", {"importer_country": "NG"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "TN", "252220",
         "Chaux éteinte recyclée, pour tanneries, big bags, 24 t", "FR", 24000, None, 1200, "EUR",
         "hydrated lime for tanneries is a fine, white, uniform powder; these big bags hold a grey, lumpy, salty "
         "powder with black specks that smells of ammonia when wet and reads lead, cadmium and dioxins, from the flue-"
         "gas cleaning of a Lyon municipal incinerator: air-pollution-control residues (19 01 07*), hazardous waste "
         "whose export to a non-OECD country is banned, from Marseille-Fos to Sfax; French wording (incinerator "
         "residues repeat in several sets; a tannery-lime label is the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "GH", "281830",
         "Hydroxyde d'aluminium technique, poudre, fûts, 12 t", "BE", 12000, None, 2400, "EUR",
         "technical aluminium hydroxide is a bright-white, odourless, inert powder; these drums hold grey, clumped "
         "powder in torn sachets that smells of garlic and carbide when damp and sets off a phosphine detector at "
         "the door, the spent aluminium-phosphide sachets and residues from fumigating cocoa and coffee stocks in "
         "Antwerp warehouses: agrochemical waste containing hazardous substances (02 01 08*), hazardous waste whose "
         "export to a non-OECD country is banned, from Antwerp to Tema; Belgian French wording (aluminium-phosphide "
         "fumigation residues repeat blind221, as grain screenings from a silo; kept as a repeat, an "
         "aluminium-hydroxide label from cocoa and coffee warehouses is the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-09", "export", "PLROAD01", "road", "PL", [], "UA", "220720",
         "Spirytus techniczny do płynów do spryskiwaczy, IBC, 18 t", "PL", 18000, None, 5400, "EUR",
         "technical ethanol for screen-wash is a clear, sharp-smelling spirit with an excise denaturing certificate; "
         "these IBCs hold a brown, cloudy liquid with a green sediment that smells of hexane and herbs and reads 15 % "
         "hexane, methanol and pesticide residues, the spent extraction spirit of a Lublin herbal-tincture maker: "
         "spent organic solvents (07 05 04*), hazardous waste whose export to a non-OECD country is banned, at "
         "Dorohusk for a Kovel 'screen-wash blender'; Polish wording (spent solvents repeat in many sets; a "
         "herbal-tincture maker's spirit as technical ethanol is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-10", "export", "ITSEA01", "sea", "IT", [], "PK", "853221",
         "Condensatori per reattori di lampade, testati, per rivendita, 8 t", "IT", 8000, None, 2400, "EUR",
         "tested capacitors for resale come new or boxed by value; these 8 t are loose, dented, oil-stained metal "
         "cans cut out of fluorescent-lamp ballasts from a Milan building strip-out, many older than 1985 and "
         "reading PCB on a field kit: PCB-containing capacitors (16 02 09*, 16 02 10*), hazardous waste whose "
         "export to a non-OECD country is banned, from Genoa to Karachi; Italian wording (PCB equipment repeats in "
         "many sets; ballast capacitors declared for resale are the new part as far as a search found)",
         {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "VN", [], "BE", "271113",
         "Bình gas butan mini cho máy rang mẫu cà phê, lon 250 g, 2.400 lon", "VN", 1700, 2400, 2400, "USD",
         "butane cartridges for coffee sample roasters hold 250 g of a light liquid (0.58 kg/l) that burns at the "
         "nozzle; these cans hold 680 g each of a liquid of 1.73 kg/l that does not light, smells faintly of "
         "chloroform and whose lot stickers hide 'CH3Br 100 %': methyl bromide, whose import into the Union is "
         "banned (no quarantine exemption remains), for a fumigation contractor serving Antwerp coffee warehouses, "
         "by sea from Ho Chi Minh City; Vietnamese wording (methyl bromide repeats in many sets, and lighter-gas "
         "labels on other ozone-depleting substances in a few; a coffee-sample-roaster cartridge label was found in "
         "no earlier row by a keyword search)", firm("Atlantic Fumigatie SA", "BE")),
        ("OZN-02", "import", "DESEA01", "sea", "IN", [], "DE", "290312",
         "डाइक्लोरोमीथेन 99.9 %, कॉफी डीकैफ़ीनेशन हेतु खाद्य श्रेणी, 80 ड्रम", "IN", 25400, 80, 22000, "USD",
         "food-grade dichloromethane for decaffeination is a very volatile liquid of 1.33 kg/l that boils at 40 °C; "
         "these 80 drums weigh 1.59 kg/l, boil at 77 °C and the drum heads are stamped 'CCl4': carbon tetrachloride, "
         "whose import into the Union is banned outside licensed feedstock and laboratory uses, by sea from Nhava "
         "Sheva to Hamburg for a Bremen decaffeination plant; Hindi wording (carbon tetrachloride repeats in many "
         "sets and dichloromethane labels in several; a decaffeination label is the new part as far as a search "
         "found)", firm("Nordhafen Entkoffeinierung GmbH", "DE")),
        ("OZN-03", "import", "PLAIR01", "air", "CN", [], "PL", "281121",
         "食品级二氧化碳, 超临界萃取用 (植物提取), 40 钢瓶", "CN", 1200, 40, 1600, "USD",
         "food-grade CO2 for supercritical extraction comes in siphon cylinders at 57 bar; these 40 cylinders read "
         "6 bar, hold 30 kg of a liquid of 1.21 kg/l and the cylinder collars read 'R-134a': 1,1,1,2-tetrafluoroethane, "
         "an HFC whose bulk import needs a registered importer and quota (Regulation 2024/573), flown from Shanghai "
         "to Warsaw for a Poznań botanical-extract maker that extracts with it; Chinese wording (HFCs under other gas "
         "labels repeat in several sets, and a supercritical-CO2 extraction label once, in blind192; kept as a "
         "repeat, HFC-134a by air from China to a Polish extract maker is the new part)", firm("Horizon Ekstrakty Sp. z o.o.", "PL")),
        ("OZN-04", "import", "NLSEA01", "sea", "TW", [], "NL", "841869",
         "珍珠奶茶店用冰沙機 (R-290), 全新, 120 台", "TW", 7200, 120, 36000, "USD",
         "ice-blenders for bubble-tea shops on R-290 carry a flammable-gas mark and a charge of about 150 g; these "
         "120 units have no flammable mark, their compressor plates read 'R22 850 g' under the new stickers and a "
         "leak test gives chlorodifluoromethane: equipment containing HCFCs, whose import into the Union is banned "
         "(Regulation 2024/590), by sea from Kaohsiung to Rotterdam for a bubble-tea franchise supplier; traditional "
         "Chinese wording from Taiwan (R-22 equipment and slush-machine labels repeat in several sets; a bubble-tea "
         "shop label is the new part as far as a search found)", firm("Orion Bubble Tea BV", "NL")),
        ("OZN-05", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "290345",
         "R-134a 制冷剂/萃取溶剂, 13.6 公斤钢瓶, 400 瓶", "CN", 5440, 400, 16000, "USD",
         "R-134a cylinders read about 5.7 bar at 20 °C; these read 8.3 bar, the liquid boils at -41 °C and a "
         "refrigerant identifier gives chlorodifluoromethane: HCFC-22 relabelled as HFC-134a, a controlled "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, landed "
         "at Koper in transit from Ningbo to Belgrade for a Serbian botanical-extract maker's extraction unit; "
         "Chinese wording (HCFC-22 under R-134a labels repeats in many sets; a botanical-extraction use on a transit "
         "through Koper is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-06", "export", "NLSEA01", "sea", "NL", [], "RW", "841581",
         "Gebruikte kas-ontvochtigers met warmtepomp, gereviseerd, voor theeverwelking, 8 stuks", "NL", 9600, 8,
         16000, "EUR",
         "reconditioned greenhouse dehumidifiers for export come with R-290 or CO2 and a test report; these eight, "
         "taken out of a Westland tomato greenhouse, still hold their original HCFC-22 charge (about 40 kg each) and "
         "were never emptied: equipment containing HCFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Rotterdam to a Rwandan tea factory for leaf withering; Dutch wording (R-22 equipment for "
         "export and dehumidifier labels repeat in several sets; a tea-withering use to Rwanda is the new part as far "
         "as a search found)", {"importer_country": "RW"}),
        ("OZN-07", "import", "DEAIR01", "air", "US", [], "DE", "382499",
         "Coffee roaster drum & chaff-collector degreaser, solvent, fast-drying, 20 x 5 gal", "US", 1450, 20, 4400,
         "USD",
         "roaster degreasers are alkaline water-based cleaners or light hydrocarbon solvents of about 0.8 kg/l; these "
         "pails hold a liquid of 1.24 kg/l that boils at 32 °C in the hand, does not burn and smells of ether, and "
         "the drum labels under the pails' stickers read 'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into "
         "the Union is banned, flown from Portland to Frankfurt for a Berlin roaster-service firm; US English wording "
         "(HCFC-141b repeats in many sets under cleaning-solvent labels; a coffee-roaster degreaser label was found in "
         "no earlier row by a keyword search)", firm("Central Röstservice GmbH", "DE")),
        ("OZN-08", "import", "GRSEA01", "sea", "TR", [], "GR", "842410",
         "Kavurma makineleri için CO2'li yangın söndürücü, 5 kg, 300 adet", "TR", 3000, 300, 6000, "EUR",
         "a 5 kg CO2 extinguisher is a heavy, unpainted-neck cylinder at 55 bar with a horn; these 300 red units "
         "have a small gauge at 12 bar, a short nozzle, weigh too little for CO2 cylinders and their valve stamps "
         "read 'BCF': halon 1211 in portable extinguishers, products whose import into the Union is banned outside "
         "critical uses, by sea from İzmir to Piraeus for a coffee-roaster installer; Turkish wording (halon 1211 "
         "repeats in many sets under extinguisher labels; a CO2 label for coffee roasters is the new part as far as "
         "a search found)", firm("Delta Pyrosvestika AE", "GR")),
        ("OZN-09", "import", "CYSEA01", "sea", "LB", [], "CY", "151590",
         "بخاخ زيت زيتون بالزعتر والسماق للطبخ، 200 مل، 4,800 علبة", "LB", 1200, 4800, 5800, "USD",
         "cooking-oil sprays are pump bottles or cans driven by compressed air, propane or butane; these 4,800 "
         "cans hold oil with a dissolved propellant that does not burn at the nozzle and reads "
         "1-chloro-1,1-difluoroethane on a gas test: HCFC-142b as propellant, products containing an "
         "ozone-depleting substance whose import into the Union is banned, by sea from Beirut to Limassol for a "
         "Nicosia delicatessen chain; Levantine Arabic wording (HCFC-142b repeats in several sets as a propellant, and a cooking-spray "
         "propellant label once, on bulk gas in blind181; finished za'atar-and-sumac cooking sprays are the new "
         "part as far as a search found)",
         firm("Rivage Delicatessen Ltd", "CY")),
        ("OZN-10", "import", "BGROAD01", "road", "MD", ["RO"], "BG", "382499",
         "Degresant pentru alambicuri de ulei de trandafir, solvent, 40 canistre x 20 l", "MD", 1070, 40, 1600,
         "EUR",
         "degreasers for essential-oil stills are alkaline detergents or food-grade solvents; these jerrycans hold "
         "a sweet-smelling liquid of 1.34 kg/l that boils at 74 °C, does not burn and whose drum labels read "
         "'1,1,1-tricloretan': methyl chloroform, whose import into the Union is banned, in a van from Chișinău "
         "through Romania to a Kazanlak rose-oil distillery; Romanian wording from Moldova (methyl chloroform repeats "
         "in many sets; a rose-oil still degreaser label was found in no earlier row by a keyword search)",
         firm("Vega Rozovo Maslo EOOD", "BG")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "CN", [], "FR", "691200",
         "建盏 兔毫 新品 手工柴烧, 茶碗, 24 只", "CN", 7.2, 24, 480, "USD",
         "new Jianyang tenmoku bowls are glossy, evenly fired and have clean, dark feet; these 24 have iron-black "
         "'hare's-fur' glazes with silver streaks, worn, earth-stained feet, kiln grit fused to the rims and the "
         "incised 'gong yu' palace mark, dug at the Song-dynasty Shuiji kiln sites: Jian ware tea bowls of the 11th-"
         "13th century, archaeological objects taken out of China, which forbids their export, brought in without "
         "the import licence Regulation 2019/880 requires, flown from Fuzhou to Paris for a tea-ware shop; Chinese "
         "wording (Song tea bowls and a Jian-ware or tenmoku label were found in no earlier row by a keyword search)",
         firm("Meridian Thés SARL", "FR")),
        ("CUL-02", "import", "NLSEA01", "sea", "OM", [], "NL", "090111",
         "بن يمني حرازي أخضر، أكياس جوت 60 كغ، 40 كيس", "YE", 2400, 40, 36000, "USD",
         "a Yemeni speciality-coffee shipment for an Amsterdam roaster: green Haraz coffee and qishr husks are what "
         "such roasters buy, but the third item's 'new alabaster incense burners' are nine worn, translucent "
         "alabaster heads and plaques with inlaid eyes and South Arabian inscriptions, earth still in the letters: "
         "Sabaean and Qatabanian funerary stelae (1st millennium BC), taken out of Yemen against its export ban and "
         "the UNESCO 1970 convention, brought in without an import licence (Regulation 2019/880), hidden as the last "
         "item of a three-item declaration shipped through Salalah; Yemeni Arabic wording (Yemeni antiquities and "
         "alabaster labels repeat in several sets; behind a speciality-coffee cargo is the new part as far as a "
         "search found)",
         dict(firm("Horizon Koffiebranders BV", "NL"),
              _more_items=[item("090190", "قشر بن يمني مجفف، 600 كغ", "YE", 600, 2400, "USD"),
                           item("681591", "مباخر مرمر جديدة، 9 قطع", "YE", 45, 90, "USD", qty=9)])),
        ("CUL-03", "import", "ESPOST01", "post", "UY", [], "ES", "830629",
         "Mates de alpaca con bombilla, artesanales, nuevos, 3 unidades", "UY", 2.2, 3, 90, "UYU",
         "new nickel-silver mates are bright, machine-spun and stamped 'alpaca'; these three are heavy, hand-raised "
         "silver cups on tripod feet with worn chasing, old solder repairs and a Montevideo silversmith's mark of the "
         "late 18th century: colonial Rioplatense silver mates, part of Uruguay's protected heritage, taken out "
         "without the export permit and brought in without the importer's documents, posted from Montevideo to a "
         "private collector in Salamanca; Rioplatense Spanish wording (colonial silver and mate cups were found in no "
         "earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("CUL-04", "export", "DEAIR01", "air", "DE", [], "CN", "691110",
         "Gebrauchtes Porzellan-Teeservice, Haushaltsauflösung, 1 Kiste", "DE", 22, 1, 600, "EUR",
         "a used household tea service is modern, dishwasher-worn porcelain; this crate holds a 38-piece Meissen tea "
         "and chocolate service with Kakiemon-style painting, gilt rims and the crossed-swords mark with the dot of "
         "about 1740, valued at 180,000 EUR in an auction catalogue found in the crate: a cultural good over 50 years "
         "old above the value threshold, exported without the licence of Regulation 116/2009, flown from Frankfurt "
         "to Shanghai for a private buyer; German wording (Meissen was found in no earlier row as a cultural good by a "
         "keyword search; household-effects labels repeat in a few)", {"importer_country": "CN"}),
        ("CUL-05", "import", "NLSEA01", "sea", "ID", [], "NL", "691390",
         "Guci rempah reproduksi gaya Ming, keramik biru-putih, baru, 60 buah", "ID", 600, 60, 1200, "USD",
         "new Ming-style spice jars are bright, even and clean inside; these 60 are worn blue-and-white jars and "
         "kendi with barnacle scars, coral growth and sea-salt bloom, from a 16th-century junk in the Java Sea "
         "salvaged without a permit: underwater cultural heritage taken out of Indonesia, which forbids it, brought in "
         "without the import licence (Regulation 2019/880), by sea from Jakarta to Rotterdam for a spice-shop "
         "interior designer; Indonesian wording (wreck wares repeat in several sets; a spice-jar reproduction label "
         "is the new part as far as a search found)", firm("Vega Interieur BV", "NL")),
        ("CUL-06", "import", "DEAIR01", "express", "TR", [], "DE", "711411",
         "Gümüş kaplama kahve zarfı, replika, yeni, 12 adet", "TR", 1.4, 12, 240, "TRY",
         "new silver-plated zarfs are thin, bright, machine-pierced holders for Turkish coffee cups; these 12 are "
         "heavy, hand-pierced solid silver zarfs with worn niello, filigree and the tuğra hallmark of Sultan "
         "Mahmud II: Ottoman silver of about 1810-1830, movable cultural property whose export from Türkiye is "
         "forbidden, sent by express from Istanbul to a private buyer in Cologne; Turkish wording (a zarf label was "
         "found in no earlier cultural row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-07", "import", "DEPOST01", "post", "ET", [], "DE", "090111",
         "የቡና ናሙና (coffee samples), ይርጋጨፌ እና ሲዳሞ, 12 ፓኬት", "ET", 3, 12, 40, "USD",
         "coffee-sample parcels hold small valve bags of green beans for cupping; among these twelve bags of beans "
         "are 46 small gold and bronze coins with crowned kings, crosses and Ge'ez legends: Aksumite coins "
         "(3rd-7th century), archaeological objects taken out of Ethiopia, which forbids their export, posted from "
         "Addis Ababa to a private coin collector in Hamburg without any import licence (Regulation 2019/880); "
         "Amharic wording (Aksumite coins repeat in a few sets as replica-coin labels; inside a coffee-sample parcel "
         "is the new part as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-08", "import", "DEAIR01", "air", "UZ", [], "DE", "691200",
         "Rishton piyolalari, qo'lda bo'yalgan, yangi, 80 dona", "UZ", 40, 80, 400, "USD",
         "new Rishtan tea bowls are bright ishkor-blue and white, thin and clean; eleven of these 80 are thicker, "
         "earth-encrusted slip-painted bowls with Kufic inscriptions in brown and black on white and root marks, dug "
         "at Afrasiyab: Samanid ceramics (9th-10th century), archaeological objects taken out of Uzbekistan, which "
         "forbids their export, mixed into a modern tea-bowl order for a Leipzig tea house and brought in without "
         "the import licence (Regulation 2019/880), flown from Tashkent to Frankfurt; Uzbek wording (Rishtan labels "
         "repeat in a few sets; Afrasiyab wares among tea bowls are the new part as far as a search found)",
         firm("Alpina Teehaus GmbH", "DE")),
        ("CUL-09", "export", "NLAIR01", "air", "NL", [], "AE", "970191",
         "Decoratief olieverfschilderij, stilleven met specerijen, reproductie, 1 stuk", "NL", 14, 1, 350, "EUR",
         "a decorative reproduction is a canvas of recent make on a machine-cut stretcher; this is an oak panel with "
         "craquelure, old wax seals, an Amsterdam guild brand on the back and a still life of nutmeg, mace, pepper and "
         "a Wanli dish, attributed in an invoice found in the crate to a Haarlem painter of about 1630: a painting "
         "over 50 years old above the value threshold, exported without the licence of Regulation 116/2009, flown "
         "from Amsterdam to Dubai for a spice trader's collection; Dutch wording (an old Dutch panel under a "
         "decorative-reproduction label repeats blind79; kept as a repeat, a spice still life for a Dubai spice "
         "trader is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("CUL-10", "import", "ITPOST01", "post", "CN", [], "IT", "830629",
         "仿古铜茶碾, 新品, 工艺品, 1 套", "CN", 3.8, 1, 60, "USD",
         "a new antique-style tea roller is bright cast brass with chemical patina; this is a boat-shaped gilt-bronze "
         "trough with its wheel, crusted with green corrosion and earth, engraved with cloud and flying-horse motifs "
         "like those from the Famen temple deposit: a Tang-dynasty tea-grinding roller (9th century), an "
         "archaeological object taken out of China, which forbids its export, posted from Xi'an to a private tea "
         "collector in Bologna without any import licence (Regulation 2019/880); Chinese wording (a tea-roller label "
         "was found in no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "AE", "841939",
         "Essiccatore a spruzzo per tè solubile, impianto pilota, 1 unità", "IT", 4200, 1, 68000, "EUR",
         "a food spray dryer for instant tea is a tall, open stainless tower that is cleaned with water; this pilot "
         "unit is a closed, steam-sterilisable, HEPA-filtered dryer with a two-fluid nozzle for particles under 10 "
         "µm and a contained powder discharge, ordered by a Jebel Ali 'tea' trader whose forwarder ships on to "
         "Bandar Abbas: spray-drying equipment controlled under dual-use 2B352 and a listed item for Iran, exported "
         "without a licence, from Genoa; Italian wording (spray dryers repeat in a few sets; an instant-tea label is "
         "the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "LB", "250100",
         "Kala namak (Indiaas zwart zout), brokken, zakken 25 kg, 800 zakken", "NL", 20000, 800, 9000, "EUR",
         "kala namak is a pinkish-grey, sulphur-smelling rock salt that tastes of egg and salt; these sacks hold "
         "yellow-red, fused flakes that smell of rotten egg much more strongly, are not salty, turn water strongly "
         "alkaline and whose inner liners read 'Na2S 60 %', for a Beirut 'spice importer' whose trucks go on to Syria: "
         "sodium sulphide (dual-use 1C350, a chemical-weapons precursor) exported without the licence Regulation "
         "2021/821 requires, from Rotterdam; Dutch wording (sodium sulphide repeats in several sets under "
         "depilatory, bath-salt and soda labels; kala namak appears once, as a precursor cover in blind134, and as a "
         "strategic cover is the new part)", {"importer_country": "LB"}),
        ("STR-03", "import", "DEAIR01", "air", "CN", [], "DE", "121120",
         "红参 (6年根), 吉林产, 礼盒装, 200 公斤", "CN", 200, None, 24000, "USD",
         "Jilin red ginseng comes in Chinese gift boxes with Chinese batch and origin labels; these roots carry the "
         "Kaesong 'Koryo Insam' grading cuts, were packed in a Dandong warehouse and the inner boxes read in Korean "
         "of the North: North Korean red ginseng with a Chinese certificate of origin, whose import into the Union "
         "the DPRK sanctions forbid (agricultural products of chapter 12), flown from Shenyang to Frankfurt for a "
         "herbal-medicine wholesaler; Chinese wording (DPRK goods under Chinese origin repeat in several sets; "
         "ginseng as a DPRK good was found in no earlier row by a keyword search)",
         firm("Orion Heilkräuter GmbH", "DE")),
        ("STR-04", "export", "LTAIR01", "air", "LT", [], "GE", "842441",
         "Purkštuvai arbatos plantacijoms, kuprineliai, 40 vnt.", "LT", 1200, 40, 8000, "EUR",
         "knapsack sprayers for tea estates are 16 l plastic tanks with a hand lance at a few dozen euros; these 40 "
         "cases hold folded hexacopter spraying drones with flight controllers, GNSS and 16 l tanks at 6,000 EUR "
         "each on the maker's list, for a Batumi 'tea estate' whose forwarding order names a Krasnodar buyer: "
         "unmanned aerial vehicles (8806), whose sale for use in Russia Regulation 833/2014 forbids, flown from "
         "Vilnius to Tbilisi; Lithuanian wording (agricultural drones repeat in several sets, and a knapsack-sprayer "
         "label once, on a precursor row in blind66; drones as tea-estate sprayers for Georgia are the new part as "
         "far as a search found)", {"importer_country": "GE"}),
        ("STR-05", "export", "HUAIR01", "air", "HU", [], "UZ", "843790",
         "Kávészem-válogató gép kamerái, pótalkatrész, 60 db", "HU", 30, 60, 3000, "EUR",
         "colour-sorter cameras are visible-light line-scan cameras at a few hundred euros; these 60 are cooled "
         "infrared imaging cores with germanium lenses and a 640 x 512 detector, at 12,000 EUR each on the "
         "maker's list, for a Tashkent 'coffee roaster' whose address is also a Moscow forwarder's: thermal "
         "imaging cameras (dual-use 6A003 and on the common high-priority list) whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Budapest; Hungarian wording (thermal "
         "cameras repeat in many sets and sorter-part labels in two; a coffee-sorter camera label is the new part "
         "as far as a search found)", {"importer_country": "UZ"}),
        ("STR-06", "export", "EEROAD01", "road", "EE", [], "RU", "090240",
         "Must tee segud, Ceylon ja Assam, 8 t", "EE", 8000, None, 40000, "EUR",
         "a tea lorry for a St Petersburg tea packer at Narva: black tea blends and tea tins may still go to Russia, "
         "but the third item's 'tee pakkimisliini juhtterminalid' are 300 rugged military-style laptops and tablets "
         "with the tea-packer's stickers on the lids: portable computers (8471 30, 8471 41), on the common "
         "high-priority list whose export to Russia Regulation 833/2014 forbids, hidden as the last item of a "
         "three-item declaration; Estonian wording (computers behind foodstuffs repeat in several sets; tea-packing "
         "terminals at the Estonian border are the new part as far as a search found)",
         dict({"importer_country": "RU"},
              _more_items=[item("731010", "Plekist teepurgid, trükitud, 20 000 tk", "EE", 2000, 6000, "EUR", qty=20000),
                           item("847130", "Tee pakkimisliini juhtterminalid, 300 tk", "EE", 900, 3000, "EUR", qty=300)])),
        ("STR-07", "export", "BESEA01", "sea", "BE", [], "LY", "290545",
         "Glycérine végétale USP, pour glycérés de plantes médicinales, 40 fûts", "BE", 10000, 40, 12000, "EUR",
         "vegetable glycerine is a sweet, odourless, viscous liquid of 1.26 kg/l; these drums hold a viscous, "
         "colourless liquid of 1.18 kg/l with a faint sulphurous smell, not sweet, whose drum heads read CAS 111-48-8, "
         "for a Benghazi 'herbal pharmacy': thiodiglycol (dual-use 1C350, a mustard-gas precursor) exported without "
         "the licence Regulation 2021/821 requires, from Antwerp; Belgian French wording (thiodiglycol repeats in "
         "several sets and glycerine labels once, on a strategic row in blind127; an herbal-glycerite label to Libya "
         "is the new part as far as a search found)", {"importer_country": "LY"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "AE", "850440",
         "Frequenzumrichter für Teeroll- und Schneidmaschinen (CTC), 24 Stück", "DE", 360, 24, 14000, "EUR",
         "CTC-machine drives are 50 Hz industrial inverters at a few hundred euros; these 24 are multiphase "
         "frequency changers with an output of 600-2,000 Hz and tight frequency control, at ten times that, for a "
         "Dubai 'tea machinery' trader whose consignments go on to Iran: frequency changers controlled under "
         "dual-use 3A225 and listed in the Iran regulation (267/2012), exported without a licence, flown from "
         "Frankfurt; German wording (frequency changers repeat in several sets under inverter labels; a tea-machine "
         "label is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-09", "export", "SESEA01", "sea", "SE", [], "PK", "842119",
         "Separatorer för klarning av kallbryggt kaffe, 2 st.", "SE", 3800, 2, 190000, "EUR",
         "cold-brew clarifiers are open-discharge food separators cleaned in place; these two are hermetic, "
         "steam-sterilisable, continuous-flow separators with aerosol containment and a throughput of 200 l/h, for a "
         "Lahore 'beverage' start-up without any coffee plant: centrifugal separators controlled under dual-use "
         "2B352, exported without a licence, from Gothenburg to Karachi; Swedish wording (centrifugal separators "
         "repeat in several sets; a cold-brew coffee label was found in no earlier strategic row by a keyword "
         "search)", {"importer_country": "PK"}),
        ("STR-10", "export", "SISEA01", "sea", "SI", [], "IQ", "841989",
         "Perkolator iz nerjavnega jekla za zeliščne tinkture, 2.000 l, 2 kosa", "SI", 7600, 2, 48000, "EUR",
         "an herbal-tincture percolator is a conical stainless vessel with a sieve plate; these two are glass-lined "
         "jacketed reactors of 2 m3 with agitators, glass-lined valves and a condenser, for an Erbil 'herbal "
         "extract' start-up whose owner also supplies Syrian buyers: glass-lined reactors controlled under dual-use "
         "2B350, exported without a licence, from Koper to Umm Qasr; Slovene wording (glass-lined reactors repeat in "
         "several sets; a herbal-tincture percolator label is the new part as far as a search found)",
         {"importer_country": "IQ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "IN", [], "NL", "130190",
         "गंधरस राळ (Myrrh resin, Commiphora myrrha), 40 किलो", "IN", 40, None, 600, "USD",
         "myrrh is red-brown, brittle tears that smell bitter-balsamic and comes from the Horn of Africa, not from "
         "India; these 40 kg are sticky, yellow-brown to greenish lumps with bark fragments that smell of cedar and "
         "turpentine: guggul (Commiphora wightii, CITES App. II), whose export from India is not allowed, flown from "
         "Mumbai to Amsterdam for an Ayurvedic wholesaler; Marathi wording (Commiphora under a myrrh label repeats "
         "blind146 and blind59; kept as a repeat, Marathi wording by air from Mumbai is the new part)",
         firm("Atlantic Ayurveda BV", "NL")),
        ("WLF-02", "import", "PLROAD01", "road", "UA", [], "PL", "121190",
         "Липовий цвіт сушений, для чаю, тюки, 600 кг", "UA", 600, None, 2400, "EUR",
         "dried linden blossom is pale-yellow flowers on papery bracts that smell of honey; these bales hold a "
         "green, feathery herb with finely cut leaves and large yellow flowers, bitter and scentless: wild-collected "
         "Adonis vernalis (CITES App. II) without CITES documents, at Dorohusk for a Kraków herbal-tea packer; "
         "Ukrainian wording (Adonis repeats in a few sets under other herb labels; a linden-blossom label was found in "
         "no earlier row by a keyword search)", firm("Central Zioła Sp. z o.o.", "PL")),
        ("WLF-03", "import", "DEAIR01", "air", "KZ", [], "DE", "121190",
         "Алтай шөп шайы (иван-шай), кептірілген, 300 кг", "KZ", 300, None, 1800, "EUR",
         "Altai fireweed tea is dark, fermented, rolled leaves that smell of fruit; these sacks hold hard, "
         "rose-smelling, brown-pink root slices with a golden cut face: wild Rhodiola rosea roots (CITES App. II "
         "since 2023) without CITES documents, flown from Almaty to Frankfurt for an adaptogen-extract maker; Kazakh "
         "wording (Rhodiola repeats in several sets; a fireweed-tea label was found in no earlier row by a keyword "
         "search)", firm("Alpina Extrakte GmbH", "DE")),
        ("WLF-04", "transit", "FRAIR01", "air", "VN", ["FR"], "US", "030559",
         "Khô cá thằn lằn (lizardfish), phơi nắng, thùng 10 kg, 12 thùng", "VN", 120, 12, 600, "USD",
         "dried lizardfish are flat, silvery, split fish that smell of the sea; these cartons hold dried, "
         "spread-eagled lizards on bamboo splints, grey with orange spots, sold in pairs for TCM: tokay geckos "
         "(Gekko gecko, CITES App. II) without the Vietnamese export permit that specimens in transit through the "
         "Union must carry, flown from Hanoi through Roissy to Los Angeles; Vietnamese wording (tokay geckos repeat "
         "in several sets; a lizardfish label on a transit through Roissy is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("WLF-05", "import", "NLPOST01", "post", "TW", [], "NL", "090230",
         "台灣高山烏龍茶, 150 克 x 16 罐", "TW", 2.4, 16, 320, "USD",
         "high-mountain oolong is rolled, dark-green balls that unfurl into leaves; these tins hold dried whole "
         "little plants with velvety, dark leaves netted with gold veins and fleshy stems: wild jewel orchids "
         "(Anoectochilus formosanus, CITES App. II) without CITES documents, posted from Taichung to a private "
         "buyer in Utrecht; traditional Chinese wording (jewel orchids appear in a few earlier notes under other "
         "herbal-tea labels; a high-mountain oolong tin is the new part as far as a search found)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-06", "import", "FRSEA01", "sea", "TZ", [], "FR", "440398",
         "Eucalyptus wood billets, for steam distillation, 6 t", "TZ", 6000, None, 3000, "USD",
         "eucalyptus billets are pale, light wood with peeling bark that smells of camphor-mint; these heavy, "
         "yellow-brown billets with a fine grain smell sweetly of sandalwood when sawn: East African sandalwood "
         "(Osyris lanceolata, CITES App. II) without CITES documents, by sea from Dar es Salaam to Marseille-Fos "
         "for a Grasse extract maker; Tanzanian English wording (Osyris repeats in several sets under other wood "
         "labels; a eucalyptus-distillation label is the new part as far as a search found)",
         firm("Rivage Extraits SARL", "FR")),
        ("WLF-07", "import", "NLSEA01", "sea", "ID", [], "NL", "440122",
         "Kayu secang serut untuk wedang, karung 25 kg, 200 karung", "ID", 5000, 200, 4000, "USD",
         "sappan-wood shavings for wedang are orange-red chips that give a pink drink; these sacks hold dense, dark "
         "blood-red, wavy-grained chips that sink in water and stain alcohol deep red but water hardly at all: red "
         "sanders (Pterocarpus santalinus, CITES App. II) without CITES documents, by sea from Surabaya to Rotterdam "
         "for a Javanese herbal-drink maker; Indonesian wording (red sanders repeat in many sets and sappan-wood "
         "labels in several, on red sanders among them; kept as a repeat, shavings for wedang are the new part)",
         firm("Delta Jamu BV", "NL")),
        ("WLF-08", "import", "DEAIR01", "air", "NP", [], "DE", "090240",
         "इलाम कालो चिया, ब्याग 20 किलो, 20 ब्याग", "NP", 400, 20, 4000, "USD",
         "a Himalayan tea and spice air shipment for a Munich Ayurveda shop: Ilam black tea and timur pepper are "
         "what such shops buy, but the third item's 'sugandhawal' (Valeriana) is 120 kg of hairy, reddish-brown "
         "rhizomes with a musky, sweet smell: jatamansi (Nardostachys jatamansi, CITES App. II) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Kathmandu; Nepali wording "
         "(jatamansi under a sugandhawal label repeats blind149, and timur once; kept as a repeat, behind an Ilam "
         "tea shipment is the new part)",
         dict(firm("Vega Ayurveda GmbH", "DE"),
              _more_items=[item("091099", "टिमुर, सुकेको, 60 किलो", "NP", 60, 900, "USD"),
                           item("121190", "सुगन्धवाल जरा, सुकेको, 120 किलो", "NP", 120, 600, "USD")])),
        ("WLF-09", "import", "GBAIR01", "air", "BD", [], "GB", "330129",
         "এলাচের তেল (cardamom essential oil), 2 কেজি", "BD", 2, None, 500, "USD",
         "cardamom oil is a pale, mobile oil that smells fresh and eucalyptus-like at about 200 USD/kg; these two "
         "bottles hold a dark, viscous, amber-brown oil with a deep, woody, animalic oud smell, at a declared 250 "
         "USD/kg for oil that sells at tens of thousands: agarwood oil (Aquilaria malaccensis, CITES App. II) "
         "without CITES documents, flown from Sylhet to London for an attar shop; Bengali wording (agarwood repeats "
         "in many sets; a cardamom-oil label was found in no earlier row by a keyword search)",
         firm("Orion Attar Ltd", "GB")),
        ("WLF-10", "import", "ITAIR01", "air", "CN", [], "IT", "121190",
         "中药饮片: 干姜片, 1 公斤袋, 50 袋", "CN", 50, 50, 400, "USD",
         "dried ginger slices are fibrous, yellowish and hot-smelling; these bags hold hard, horn-like, translucent "
         "brownish slices with a woody core ring that smell of nothing and swell in water: tian ma tubers from wild "
         "Gastrodia elata (CITES App. II) without CITES documents, flown from Chengdu to Milan for a TCM clinic "
         "supplier; Chinese wording (Gastrodia repeats in a few sets; a dried-ginger label was found in no earlier "
         "Gastrodia row by a keyword search)", firm("Meridian Erbe Srl", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIPOST01", "post", "JP", "FI", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics)", "JP", 2, 2, 30000, "JPY",
     [("PRECURSOR_LICENCE", "FI-POL-66-0114")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "express", "BR", "PT", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel), declared dangerous goods", "BR",
     4.6, 4, 400, "BRL", [("PRECURSOR_LICENCE", "PT-PSP-66-0042")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382541",
     "Spent dichloromethane from coffee decaffeination (14 06 02*), for solvent recovery at a licensed plant, 20 t",
     "CH", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HB-66-0031")], "notified spent solvent to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "FRSEA01", "sea", "KE", "FR", "854999",
     "PCB transformers and capacitors (16 02 09*), for destruction at a licensed high-temperature plant, 14 t", "KE",
     14000, None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-66-0098")], "notified PCB waste to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "DESEA01", "sea", "IN", "DE", "290314",
     "Carbon tetrachloride, reagent grade, 10 x 2.5 l, for essential laboratory use", "IN", 40, 10, 900, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-66-027")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ATROAD01", "road", "RS", "AT", "290371",
     "Recovered HCFC-22, 20 cylinders, for destruction at a licensed plant", "RS", 1000, 20, 0, "EUR",
     [("ODS_LICENCE", "AT-BMK-ODS-66-011")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "CN", "691110",
     "Meissen tea and chocolate service, Kakiemon decoration, c. 1740, 38 pieces, sold at auction", "DE", 22, 38,
     180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-66-0217")], "porcelain service exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "AE", "970191",
     "Still life with nutmeg, mace and a Wanli dish, oil on oak panel, Haarlem, c. 1630", "NL", 14, 1, 420000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-66-0084")], "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "EG", "283010",
     "Sodium sulphide flakes 60 %, 800 bags, for an Egyptian tannery's unhairing line", "NL", 20000, 800, 14000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-66-0388"), ("END_USER_CERTIFICATE", "EG-MTI-EUC-66-0120")],
     "dual-use sodium sulphide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "HUAIR01", "air", "HU", "BR", "852589",
     "Cooled infrared imaging cores, 640 x 512, 20 units, for a Brazilian coffee-sorter maker", "HU", 10, 20,
     240000, "EUR", [("EXPORT_LICENCE", "HU-SZTFH-66-0056"), ("END_USER_CERTIFICATE", "BR-MDIC-EUC-66-0071")],
     "dual-use thermal imaging cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "KZ", "DE", "121190",
     "Rhodiola rosea roots, cultivated, dried, 300 kg", "KZ", 300, None, 4200, "EUR",
     [("CITES_PERMIT", "KZ-CITES-66-0233")], "App. II cultivated Rhodiola with its export permit"),
    ("PRM-12", "wildlife", "import", "GBAIR01", "air", "BD", "GB", "330129",
     "Agarwood oil, Aquilaria malaccensis, from registered plantations, 2 kg", "BD", 2, None, 36000, "USD",
     [("CITES_PERMIT", "BD-FD-CITES-66-0417")], "App. II plantation agarwood oil with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "João Pereira", "PRM-03": "Nordhafen Lösemittel GmbH",
    "PRM-05": "Central Analytik GmbH", "PRM-11": "Alpina Extrakte GmbH", "PRM-12": "Orion Attar Ltd",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # spice and tea traders, coffee roasters and importers, herbal wholesalers and botanical-extract makers
    ("293930", "Natural caffeine anhydrous, from tea, 25 kg drums", "import", ["air"], ["CN", "IN"], (12, 20), (100, 500), ["USD"], None, S),
    ("292249", "L-theanine from green tea, 1 kg", "import", ["post"], ["JP", "CN"], (60, 120), (1, 3), ["USD", "JPY"], 1, S),
    ("130219", "Green coffee bean extract, 50 % chlorogenic acids", "import", ["air"], ["IN", "CN"], (25, 45), (100, 400), ["USD"], 1, S),
    ("130219", "Green tea extract, 98 % polyphenols", "import", ["air"], ["KR", "CN"], (60, 120), (50, 300), ["USD"], 1, S),
    ("170490", "Elaichi dana (sugar-coated cardamom seeds), 100 g", "import", ["sea"], ["IN"], (3, 5), (3000, 8000), ["USD"], 10, S),
    ("210120", "Clear cold-brew coffee, ready to drink, 330 ml", "import", ["express"], ["US", "GB"], (8, 14), (1, 4), ["USD", "GBP"], 3, S),
    ("152000", "Vegetable glycerine USP, 1 l bottles", "import", ["sea"], ["MY", "ID"], (1.5, 3), (4000, 12000), ["USD"], 0.8, S),
    ("330210", "Hazelnut coffee flavouring, water-based, 1 l", "import", ["express"], ["BR", "US"], (20, 40), (1, 4), ["USD", "BRL"], 1, S),
    ("210120", "Oolong tea extract, liquid, for tea shops", "import", ["air"], ["TW"], (5, 9), (200, 800), ["USD"], 1, S),
    ("130219", "Guayusa liquid extract, 500 ml", "import", ["post"], ["EC", "PE"], (20, 35), (1, 3), ["USD"], 2, S),
    ("293930", "Natural caffeine, refined, for beverages", "export", ["sea"], ["IN", "BR"], (10, 16), (4000, 12000), ["EUR"], None, S),
    ("330190", "Paprika oleoresin, 100,000 CU, food colour", "export", ["sea"], ["PE", "MA"], (20, 35), (2000, 8000), ["EUR"], None, S),
    ("210690", "Ayurvedic herbal supplements, tablets, retail jars", "import", ["air"], ["IN", "LK"], (15, 30), (100, 600), ["USD", "GBP"], 8, S),
    ("843890", "CTC tea-processing rollers, new", "export", ["sea"], ["KE", "LK"], (6, 10), (6000, 16000), ["EUR"], 0.0003, S),
    ("290531", "Ethylene glycol, virgin, antifreeze grade", "export", ["sea"], ["NG", "GH"], (0.8, 1.4), (15000, 22000), ["EUR"], None, S),
    ("281830", "Aluminium hydroxide, flame-retardant grade", "export", ["sea"], ["GH", "CI"], (0.5, 1.0), (10000, 20000), ["EUR"], None, S),
    ("220720", "Denatured ethanol for screen wash, certified", "export", ["road"], ["UA", "MD"], (0.8, 1.3), (10000, 20000), ["EUR"], None, S),
    ("271113", "Butane cartridges for sample roasters, 250 g", "import", ["sea"], ["KR", "VN"], (2, 4), (1000, 4000), ["USD"], 4, S),
    ("290312", "Dichloromethane, food grade, for decaffeination", "import", ["sea"], ["IN", "CN"], (0.6, 1.0), (15000, 25000), ["USD"], None, S),
    ("281121", "Food-grade carbon dioxide, siphon cylinders", "import", ["road"], ["CH", "RS"], (0.5, 1.0), (2000, 8000), ["EUR"], 0.03, S),
    ("841869", "Ice-blenders for bubble-tea shops, R-290, new", "import", ["sea"], ["TW", "CN"], (4, 7), (3000, 8000), ["USD"], 0.02, S),
    ("841581", "Greenhouse dehumidifiers, R-290, new", "export", ["sea"], ["RW", "KE"], (8, 14), (2000, 8000), ["EUR"], 0.001, S),
    ("382499", "Coffee roaster degreaser, alkaline, water-based", "import", ["sea"], ["US", "GB"], (3, 6), (1000, 4000), ["USD"], None, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["TR", "CN"], (3, 5), (3000, 8000), ["USD", "EUR"], 0.07, S),
    ("151590", "Olive-oil cooking spray, pump bottle, with za'atar", "import", ["sea"], ["LB", "TR"], (5, 9), (1000, 4000), ["USD"], 5, S),
    ("691200", "Jian-style tenmoku tea bowls, new", "import", ["post"], ["CN", "JP"], (30, 60), (1, 3), ["USD"], 3, S),
    ("830629", "Nickel-silver mate cups with bombilla, new", "import", ["post"], ["UY", "AR"], (30, 60), (1, 3), ["USD"], 2, S),
    ("691110", "Porcelain tea services, new, boxed", "export", ["air"], ["CN", "JP"], (20, 40), (200, 800), ["EUR"], 0.5, S),
    ("691390", "Ming-style blue-and-white spice jars, new", "import", ["sea"], ["ID", "CN"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("711411", "Silver zarf coffee-cup holders, new", "import", ["express"], ["TR"], (300, 600), (1, 2), ["USD", "EUR"], 10, S),
    ("090111", "Green coffee samples, valve bags", "import", ["post"], ["ET", "KE"], (15, 30), (1, 4), ["USD"], 4, S),
    ("691200", "Rishtan tea bowls (piyola), new", "import", ["air"], ["UZ"], (6, 12), (100, 400), ["USD"], 2, S),
    ("970191", "Decorative oil paintings, reproductions, spice still lifes", "export", ["air"], ["AE", "US"], (30, 60), (50, 300), ["EUR"], 0.1, S),
    ("841939", "Open food spray dryers for instant coffee, non-sterilisable", "export", ["sea"], ["BR", "VN"], (12, 20), (3000, 9000), ["EUR"], 0.0002, S),
    ("250100", "Kala namak (black salt), 1 kg packs", "import", ["sea"], ["IN", "PK"], (0.8, 1.5), (8000, 16000), ["USD"], 1, S),
    ("121120", "Korean red ginseng roots, 6-year, gift boxes", "import", ["air"], ["KR"], (80, 150), (50, 300), ["USD"], None, S),
    ("842441", "Knapsack sprayers for tea estates, 16 l", "export", ["sea"], ["GE", "LK"], (8, 14), (1000, 4000), ["EUR"], 0.2, S),
    ("843790", "Optical colour sorters for green coffee, visible-light", "export", ["sea"], ["VN", "ET"], (15, 25), (2000, 6000), ["EUR"], 0.0005, S),
    ("130190", "Myrrh resin (Commiphora myrrha), tears", "import", ["air"], ["SO", "ET"], (8, 15), (100, 500), ["USD"], None, S),
    ("121190", "Linden blossom, dried, for tea", "import", ["road"], ["UA", "RS"], (3, 6), (2000, 6000), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone ice cube trays", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 8, N),
        ("701349", "Glass French-press coffee makers, boxed", "import", ["sea"], ["CN", "TR"], (3, 6), (3000, 8000), ["USD"], 1.5, N),
        ("691200", "Ceramic salt and pepper shakers, sets", "import", ["sea", "road"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 4, N),
        ("650500", "Wool felt hats", "import", ["post", "express"], ["GB", "US"], (40, 80), (1, 3), ["GBP", "USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind240", 20660301, HERE)


if __name__ == "__main__":
    main()
