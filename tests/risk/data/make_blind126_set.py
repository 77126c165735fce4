#!/usr/bin/env python3
"""Writes the hundred-and-twenty-sixth blind set (tests/risk/data/blind126-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2047, with goods, routes,
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
animal origin, animal by-products such as horns and cartilage, medicinal products and
biocides included) appear only in the permitted rows, with their document, and goods
whose importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table. Disguised rows carry a
consignee name only where a real declaration would. Ids are BL126-*:

    python3 tests/risk/data/make_blind126_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2047, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2047
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRAIR01", "express", "CA", [], "FR", "220190",
         "Eau d'érable pure, stérilisée, de la Beauce, 12 x 1 L", "CA", 13.6, 12, 60, "CAD",
         "maple water is the sap of the sugar maple: clear, faintly sweet, 1.00 kg/l, and it sours within days of "
         "opening; these twelve cartons hold a water-clear, tasteless liquid of 1.13 kg/l that foams on a cut, "
         "whitens the skin and has vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express "
         "from Québec to a private person in Lille, one of four parcels of twelve litres sent to the same address "
         "within a week (a split consignment, each parcel kept small); Québec French wording (hydrogen peroxide "
         "repeats in many sets and water-like drink covers in several, maple-syrup evaporator cleaners twice on "
         "other goods; a maple-water label was found in no earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("PRE-02", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "220890",
         "Šljivovica, domaća rakija od šljiva, 0,7 l, 240 boca", "RS", 191.5, 240, 960, "EUR",
         "plum brandy is 0.95 kg/l, smells of plums and alcohol and burns with a blue flame; these 240 bottles "
         "hold an oily, water-clear liquid of 1.14 kg/l with a faint fruity-chemical smell and no alcohol in it, "
         "and the crates on the van carry a Chinese filler's 'CH3NO2' drum label: nitromethane (Annex I above 16 %), "
         "for a Vienna Balkan grocery whose back shelf sells it to radio-controlled model racers, that is to "
         "members of the public, by van through Hungary from Novi Sad; Serbian (Latin) wording (nitromethane "
         "repeats in many sets and a spirit label once, Chilean pisco in blind120; a šljivovica label was found in "
         "no earlier row by a keyword search)", firm("Vega Balkan Feinkost GmbH", "AT")),
        ("PRE-03", "import", "DEPOST01", "post", "TR", [], "DE", "200969",
         "Üzüm pekmezi, katkısız, ev yapımı, 4 şişe x 1 litre", "TR", 7.4, 4, 20, "EUR",
         "grape molasses is a dark-brown, sweet, thick syrup of about 1.38 kg/l that tastes of raisins; these four "
         "bottles hold a dark-brown, oily, odourless liquid of 1.83 kg/l that chars a sugar cube black, hisses and "
         "grows hot with a drop of water and has eaten into the paper labels: technical sulphuric acid of about "
         "96 % (Annex I above 15 %), posted from Gaziantep to a private person in Duisburg, although corrosive "
         "liquids may not go by post; Turkish wording (sulphuric acid repeats in many sets and syrup covers in "
         "several: agave syrup in blind112, castor oil in blind119 and blind120; a pekmez or grape-molasses label "
         "was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-04", "import", "NLAIR01", "air", "SR", [], "NL", "200931",
         "Lemmetjessap, puur, onverdund, flessen 1 liter, 600 flessen", "SR", 840, 600, 900, "USD",
         "Surinamese lime juice is cloudy, pale green-yellow, 1.03 kg/l and smells of lime; these 600 bottles hold "
         "a clear, yellowish liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and eats into "
         "a copper coin, at 1.50 USD a litre, for an Amsterdam toko wholesaler whose shops sell to the public: "
         "about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from "
         "Paramaribo; Surinamese Dutch wording (nitric acid repeats in many sets and juice and vinegar covers in "
         "several, calamansi in blind111 and blind115; Suriname appears in earlier rows on nitromethane and poison "
         "frogs; a lime-juice label was found in no earlier row by a keyword search)",
         firm("Orion Toko Groothandel BV", "NL")),
        ("PRE-05", "import", "ROSEA01", "sea", "GE", [], "RO", "170490",
         "შაქრის დეკორატიული ბურთულები, თეთრი, ტომრები 25 კგ, 800 ტომარა", "GE", 20000, 800, 7000, "USD",
         "white sugar nonpareils for cake decoration are hard, glossy, sweet balls sold in small tubs; these 800 "
         "sacks hold dull, porous white prills that turn ice-cold in water, test at 34 % N and melt and fume on a "
         "hot plate, shipped from Poti with a Rustavi fertiliser plant's lot numbers on the inner liners, for a "
         "Bucharest confectionery-supplies cash-and-carry that sells to bakers and the public: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea to Constanța; Georgian "
         "wording (ammonium nitrate repeats in many sets and pearl-sugar covers in four, blind62, blind63, blind66 "
         "and blind92; a nonpareil or sprinkle label was found in no earlier row by a keyword search)",
         firm("Orion Cofetărie Distribuție SRL", "RO")),
        ("PRE-06", "import", "IESEA01", "sea", "IN", [], "IE", "100630",
         "ಸೋನಾ ಮಸೂರಿ ಅಕ್ಕಿ, 25 ಕೆಜಿ ಚೀಲಗಳು, 400 ಚೀಲಗಳು", "IN", 10000, 400, 9000, "USD",
         "a Karnataka grocery container for a Dublin Indian cash-and-carry: Sona Masuri rice and ragi flour are "
         "what such shops sell, but the third item's 1,500 packets of 'saindhava lavana' (rock salt for fasting "
         "days) hold white, lustrous crystals that are not salty, dissolve slowly in cold water, crackle and flare "
         "lilac on a hot pan, and whose inner bags read 'KClO3': potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, hidden as the last item of a three-item declaration, by sea "
         "from New Mangalore to Dublin; Kannada wording (potassium chlorate repeats in many sets and rock-salt "
         "labels in many, Kannada wording once, in blind65; a Karnataka grocery container for Ireland is the new "
         "part as far as a search found)",
         dict(firm("Central Indian Groceries Ltd", "IE"),
              _more_items=[item("110290", "ರಾಗಿ ಹಿಟ್ಟು, 1 ಕೆಜಿ ಪೊಟ್ಟಣ, 2,000 ಪೊಟ್ಟಣಗಳು", "IN", 2000, 1400, "USD", qty=2000),
                           item("250100", "ಸೈಂಧವ ಲವಣ (ಕಲ್ಲುಪ್ಪು), 1 ಕೆಜಿ ಪೊಟ್ಟಣ, 1,500 ಪೊಟ್ಟಣಗಳು", "IN", 1500, 450, "USD", qty=1500)])),
        ("PRE-07", "import", "PTAIR01", "air", "CN", [], "PT", "294000",
         "海藻糖 (食品级), 1公斤袋装, 600袋", "CN", 600, 600, 1800, "USD",
         "trehalose is a fine, white, mildly sweet sugar powder that bakers and ice-cream makers use; these 600 "
         "bags hold coarse, glassy crystals that are not sweet at all, draw damp, and flare yellow when a few "
         "grains touch a lit match, and the factory sheet in the carton gives CAS 7775-09-9, for a Lisbon Asian "
         "supermarket that sells 1 kg bags to the public: sodium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Guangzhou; Chinese wording (sodium chlorate repeats in many sets under "
         "salt and sugar-like labels; a trehalose label was found in no earlier row by a keyword search)",
         firm("Horizon Supermercado Asiático Lda", "PT")),
        ("PRE-08", "import", "DKAIR01", "express", "JP", [], "DK", "110819",
         "本葛粉 (吉野葛), 500g × 6袋", "JP", 3.1, 6, 9000, "JPY",
         "hon-kuzu starch comes as chalky, white lumps that crumble between the fingers and cook to a clear, "
         "glossy gel; these six bags hold a fine, heavy, gritty powder that does not thicken hot water, barely "
         "dissolves and burns fiercely mixed with sugar, and the inner liners read 'KClO4': potassium perchlorate "
         "(Annex I above 40 %), sent by express from Osaka to a private person in Aarhus, although oxidisers travel "
         "by express only as declared dangerous goods; Japanese wording (potassium perchlorate repeats in many sets "
         "and starch covers in several: arrowroot in blind112, tapioca, sago and coconut-milk powder; a kuzu label "
         "was found in no earlier row by a keyword search)", person("Mette Jensen", "DK")),
        ("PRE-09", "import", "CZPOST01", "post", "CN", [], "CZ", "292119",
         "Taurine powder 99%, food grade, for energy drinks, 3 x 1 kg", "CN", 3, 3, 25, "USD",
         "taurine is a fine, white, slightly bitter powder that pours freely and dissolves at once; these three "
         "bags hold damp, clumping crystals that have drawn water through the zip, burn brightly when a pinch is "
         "mixed with sugar and lit, and whose inner bags read 'NaClO4·H2O': sodium perchlorate (Annex I above "
         "40 %), posted from Shenzhen to a private person in Brno; Chinese sellers' English wording (sodium "
         "perchlorate repeats in many sets and supplement covers, creatine among them, in blind118 to blind120; a "
         "taurine label was found in no earlier row by a keyword search)", person("Tomáš Novák", "CZ")),
        ("PRE-10", "import", "SIAIR01", "express", "MY", [], "SI", "340290",
         "Screen cleaning solution, alcohol-free, refill, 4 x 1 L", "MY", 4.6, 4, 30, "USD",
         "screen-cleaning refills are a water-thin, faintly soapy solution of about 1.00 kg/l that wets a cloth and "
         "dries streak-free; these four bottles hold a liquid of 1.14 kg/l that beads on glass, does not foam, "
         "smells faintly fruity and burns with a pale flame, and the inner caps read 'CH3NO2': nitromethane "
         "(Annex I above 16 %), sent by express from Penang to a private radio-controlled car racer in Maribor, "
         "although flammable liquids travel by express only as declared dangerous goods; Malaysian English wording "
         "(nitromethane repeats in many sets, once as MCT oil in blind115 and once under a glass-cleaner label; a "
         "screen-cleaner label was found in no earlier row by a keyword search)", person("Luka Kranjc", "SI")),
    ],
    "waste": [
        ("WST-01", "export", "PTSEA01", "sea", "PT", [], "MA", "320300",
         "Pasta de índigo natural para tinturaria artesanal, big bags, 20 t", "PT", 20000, None, 2400, "EUR",
         "natural indigo paste is a deep-blue, earthy-smelling plant pigment that sells at tens of euros a kilo; "
         "these bags hold a grey-blue, wet, foul-smelling filter cake at 0.12 EUR/kg that smells of solvent and "
         "reads chromium and aromatic amines from azo dyes, pressed at a Vale do Ave dye-house's effluent plant: "
         "sludge from textile finishing containing dangerous substances (04 02 19*), hazardous waste whose export "
         "to a non-OECD country is banned, from Leixões to Casablanca for a 'craft dyeing cooperative'; Portuguese "
         "wording (textile and tannery sludges repeat in many sets; indigo appears in earlier rows only in cultural "
         "notes, and an indigo label on waste was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-02", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "401699",
         "Reitplatzbelag, Gummigranulat schwarz, 2-4 mm, Big Bags, 22 t", "DE", 22000, None, 3300, "EUR",
         "rubber footing for riding arenas is clean, even black crumb from tyres that smells of rubber; these bags "
         "hold granulate full of flattened grey lead bullets, copper jackets and fragments, smelling of powder "
         "residue and reading 4 % lead and antimony, emptied from the bullet traps of an indoor shooting range near "
         "Stuttgart: waste containing lead and antimony (A1010, A1020), hazardous waste whose export to a non-OECD "
         "country is banned, by lorry through Austria and Hungary to a Novi Sad 'stable'; German wording "
         "(shooting-range waste repeats in blind58 and blind118; an equestrian-footing label was found once, in a "
         "cultural row of blind95, and never on waste, as far as a search found)", {"importer_country": "RS"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "680620",
         "Argilla espansa per idrocoltura, sfusa, 26 t", "IT", 26000, None, 1300, "EUR",
         "expanded clay for hydroponics is round, brown, light (about 350 kg/m3) pebbles that float; this container "
         "holds grey, heavy (1,400 kg/m3), sharp clinker with melted glass, wire, blackened syringe needles and "
         "ampoule necks, raked from the grate of a Lombardy clinical-waste incinerator: bottom ash containing "
         "hazardous substances (19 01 11*), hazardous waste whose export to a non-OECD country is banned, from "
         "La Spezia to Radès for a 'hydroponic farm supplier'; Italian wording (bottom ash repeats in a few sets "
         "and light-aggregate covers, expanded perlite in blind112; an expanded-clay label was found in no earlier "
         "row by a keyword search)", {"importer_country": "TN"}),
        ("WST-04", "export", "SISEA01", "sea", "SI", [], "IN", "283327",
         "Oborjeni barijev sulfat (blanc fixe), polnilo za barve, 40 t", "SI", 40000, None, 16000, "EUR",
         "blanc fixe is a dry, bright-white, fine, odourless barium sulphate powder with a data sheet; these bags "
         "hold a grey-white, damp paste that smells of acid, with black plastic chips and grid fragments in it and "
         "reads 70 % lead and no barium, from a battery breaker's filter presses: lead-acid battery paste of lead "
         "sulphate and oxides (residues of 16 06 01*, A1160 and A1010), hazardous waste whose export to a non-OECD "
         "country is banned, from Koper to Mundra for a 'paint maker'; Slovenian wording (lead paste repeats in "
         "several sets, once as red lead in blind77; a blanc-fixe or barium-sulphate label was found in no earlier "
         "row by a keyword search)", {"importer_country": "IN"}),
        ("WST-05", "export", "DKSEA01", "sea", "DK", [], "NG", "960820",
         "USB-genopladelige overstregningstusser, returvarer, 60.000 stk.", "DK", 2400, 60000, 3000, "EUR",
         "highlighter pens are felt-tipped markers in printed boxes at a few euros a pack; these 60,000 'returned' "
         "pieces are used disposable vapes shaped like highlighters, with bitten mouthpieces, nicotine residue and "
         "many swollen lithium cells, emptied from Danish shops' take-back bins: waste electrical equipment with "
         "lithium batteries (16 02 13*, A1180), hazardous waste whose export to a non-OECD country is banned, from "
         "Aarhus to Lagos at 0.05 EUR a piece; Danish wording (vapes repeat in many sets and e-cigarette labels in "
         "a few; a highlighter label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "GH", "530500",
         "Cocopeat substraat voor kassen, geperste blokken 5 kg, 24 t", "NL", 24000, 4800, 1900, "EUR",
         "cocopeat blocks are light, brown coconut-husk pith that swells five-fold in water and smells of husk; "
         "these blocks are heavy, black and greasy, smell of diesel and solvent and leave a rainbow sheen on water: "
         "sawdust and granular absorbents used to soak up oil and solvent spills at a Rotterdam tank terminal, "
         "pressed into blocks (15 02 02*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Tema for a 'greenhouse project'; Dutch wording (oily absorbents and sawdust repeat in "
         "several sets and coir labels in four, on other goods; a cocopeat label was found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "310590",
         "Folyékony vas-kelát lombtrágya, IBC tartályokban, 22 t", "HU", 22000, 20, 1100, "EUR",
         "iron-chelate foliar fertiliser is a dark red-brown, odourless solution with a data sheet at over 1 EUR/kg; "
         "these twenty IBCs hold a green-yellow, fuming, acidic liquid of pH below 1 that reads 10 % iron and 3 % "
         "zinc, drawn from the pickling tanks of a hot-dip galvaniser near Budapest: spent pickling acid "
         "(11 01 05*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a Subotica "
         "'farm supply' firm; Hungarian wording (spent pickling liquor repeats in many sets; an iron-chelate label "
         "was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-08", "export", "IESEA01", "sea", "IE", [], "ID", "392113",
         "Polyurethane foam offcuts, clean, baled, for rebonded foam production, 18 t", "IE", 18000, None, 1800, "EUR",
         "offcuts for rebonded foam are soft, open-cell upholstery foam in bright colours; these bales are rigid, "
         "yellow-brown, closed-cell slabs with sheet steel and plastic liner still stuck to them, from a Dublin "
         "fridge-shredding line, and a piece crushed in a sampling jar gives off CFC-11 on a gas detector: "
         "polyurethane insulation foam from end-of-life refrigerators containing ozone-depleting substances "
         "(16 02 11* fraction), hazardous waste whose export to a non-OECD country is banned, from Dublin to "
         "Surabaya; Irish English wording (fridge waste repeats in many sets; a rebonded-foam label was found in "
         "no earlier row by a keyword search)", {"importer_country": "ID"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "GE", "850760",
         "Power bank, καινούργια, 10.000 mAh, 3.000 τεμ.", "GR", 1500, 3000, 600, "EUR",
         "new power banks are boxed, labelled, with a charge circuit and a certificate, at 10-20 EUR each; these "
         "3,000 at 0.20 EUR are loose 18650 cells of mixed makes and colours pulled from used laptop packs, "
         "re-wrapped in cheap plastic shells without any circuit, many scratched and some swollen: waste "
         "lithium-ion batteries (16 06 05 with 16 02 13* fractions, A1170, A1180), hazardous waste whose export to "
         "a non-OECD country is banned, from Thessaloniki to Poti; Greek wording (waste lithium cells repeat in "
         "many sets and power-bank labels in four, blind11, blind32, blind51 and blind77; from Greece to Georgia "
         "is the new part as far as a search found)", {"importer_country": "GE"}),
        ("WST-10", "export", "LTROAD01", "road", "LT", ["PL", "SK", "HU", "RO"], "MD", "252100",
         "Žemės ūkio kalkės dirvai kalkinti, biralios, 24 t", "LT", 24000, None, 960, "EUR",
         "agricultural lime is ground limestone: a pale, dry, odourless powder of calcium carbonate; this tipper "
         "holds a fine, brown-grey dust that stings the eyes, reads pH 13, 12 % chloride and thallium and lead "
         "above the hazard limits, from the bypass filters of a cement kiln in Akmenė that burns waste fuels: "
         "solid wastes from gas treatment containing dangerous substances (10 13 12*), hazardous waste whose "
         "export to a non-OECD country is banned, by lorry through Poland, Slovakia, Hungary and Romania to a Bălți "
         "'farm cooperative'; Lithuanian wording (kiln dust once, as bypass dust in blind58, and liming labels in "
         "a few rows; a cement-kiln dust under an agricultural-lime label to Moldova is the new part as far as a "
         "search found)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "US", [], "BE", "841850",
         "Soda fountain counter, 1956, fully restored, with original compressor, 1 unit", "US", 480, 1, 18000, "USD",
         "restored American soda-fountain counters are usually converted to R-290 or R-600a with a new compressor "
         "and a conversion sticker; this one keeps its original 1950s open compressor, a brass service valve "
         "stamped 'F-12' and about 3 kg of dichlorodifluoromethane still in the circuit: CFC-12, equipment "
         "containing a controlled substance whose import into the Union is banned (Regulation 2024/590), by sea "
         "from Newark to Antwerp for a retro diner in Ghent; US English wording (CFC-12 repeats in many sets and "
         "vintage American coolers in a few, a Frigidaire in blind117 and Coca-Cola coolers in blind20 and "
         "blind66; a soda-fountain label was found in no earlier row by a keyword search)",
         firm("Atlantic Diner BV", "BE")),
        ("OZN-02", "import", "PLSEA01", "sea", "IN", [], "PL", "280429",
         "क्रिप्टन गैस 99.999%, इंसुलेटिंग ग्लास भरने हेतु, 120 सिलेंडर", "IN", 1632, 120, 9000, "USD",
         "krypton for filling insulating-glass units comes in tall 50 l cylinders at 150-200 bar and costs several "
         "hundred dollars a cylinder; these 120 are squat, non-refillable 13.6 kg drums that slosh, read 6 bar and "
         "carry 'R-134a' pressed into the shoulders under the stickers: HFC-134a in disposable containers, whose "
         "placing on the market Regulation 2024/573 forbids, imported without a quota authorisation, by sea from "
         "Mundra to Gdańsk for a window maker; Hindi wording (HFC-134a repeats in many sets and rare-gas labels, "
         "argon among them, in many; a krypton label was found in no earlier row by a keyword search)",
         firm("Delta Okna Sp. z o.o.", "PL")),
        ("OZN-03", "export", "ITROAD01", "road", "IT", ["SI", "HR"], "BA", "841869",
         "Gebrauchte Schneeerzeuger (Allwetter-Snowfactory), 2 Containereinheiten", "IT", 26000, 2, 40000, "EUR",
         "used snowmakers for export are fan guns and lances that hold no refrigerant at all; these two container "
         "units make snow above 0 °C with their own refrigeration plant, and each still holds about 400 kg of "
         "HCFC-22 that was not recovered, from a Dolomites ski area to a Jahorina resort: equipment containing "
         "HCFCs, whose export from the Union is banned (Regulation 2024/590), by lorry through Slovenia and "
         "Croatia to Sarajevo; South Tyrolean German wording (R-22 equipment for export repeats in many sets; "
         "snowmaking plant was found in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("OZN-04", "export", "ESROAD01", "road", "ES", [], "MA", "841850",
         "Barras de ensaladas refrigeradas de bufé, usadas, 12 unidades", "ES", 3600, 12, 4800, "EUR",
         "used buffet salad bars for export are cleaned, with the refrigerant recovered and a certificate, or run "
         "on R-290; these twelve, taken out of a Marbella hotel during its refit, still hold their 1990s charge of "
         "about 2 kg each of HCFC-22 (the plates and service valves say so), for a Marrakech hotel supplier: "
         "equipment containing HCFCs, whose export from the Union is banned (Regulation 2024/590), by lorry on the "
         "Algeciras-Tanger Med ferry; Spanish wording (R-22 equipment for export repeats in many sets; a salad-bar "
         "label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("OZN-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841861",
         "空气源热泵 (一体式), R290 冷媒, 8 kW, 200 台", "CN", 22000, 200, 180000, "USD",
         "R-290 monobloc heat pumps carry a flammable-gas mark, about 1 kg of propane and a sealed, ATEX-rated "
         "circuit; these 200 units have no flame mark, a data plate giving 2.4 kg of charge under a new sticker, "
         "and a gas test at the service port gives a blend of HFC-32 and HFC-125: R-410A, equipment pre-charged "
         "with HFCs whose placing on the market Regulation 2024/573 forbids for monobloc heat pumps of this size, "
         "imported without a quota authorisation, by rail from Xi'an through Kazakhstan, Russia and Belarus to "
         "Małaszewicze; Chinese wording (heat pumps repeat in several sets, on R-22 and R-410A; kept as a repeat, "
         "a rail route from China under an R-290 label is the new part as far as a search found)",
         firm("Nordhafen Pompy Ciepła Sp. z o.o.", "PL")),
        ("OZN-06", "import", "GRSEA01", "sea", "JO", [], "GR", "280440",
         "أكسجين طبي مضغوط، أسطوانات 50 لتر، 60 أسطوانة", "JO", 3000, 60, 3000, "USD",
         "medical-oxygen cylinders are tall, white-shouldered, read 150-200 bar and hold about 10 kg of gas; these "
         "60 read 2 bar, slosh, hold 50 kg each of a liquid of 1.73 kg/l, bring tears to the eyes when a valve is "
         "cracked and carry 'CH3Br' stamped on the shoulders under the white paint, for a Heraklion firm that "
         "fumigates greenhouse soil, not a hospital supplier: methyl bromide, whose import into the Union is "
         "banned, by sea from Aqaba to Piraeus; Jordanian Arabic wording (methyl bromide repeats in many sets and "
         "gas-cylinder labels in several, nitrogen in blind112 and ethylene in blind119; a medical-oxygen label "
         "was found in no earlier row by a keyword search)", firm("Delta Agro Hellas AE", "GR")),
        ("OZN-07", "import", "GRROAD01", "road", "MK", [], "GR", "381400",
         "Течност за чистење на климатски инсталации, без HCFC, буриња 30 кг, 40 буриња", "MK", 1200, 40, 800, "EUR",
         "hydrocarbon flushing fluids for air-conditioning lines are light (about 0.8 kg/l), smell of white spirit "
         "and burn; these 40 drums hold a liquid of 1.24 kg/l that does not burn, boils away in the hand at 32 °C "
         "and smells faintly of ether, and the drum heads read '141b' under the labels: HCFC-141b "
         "(1,1-dichloro-1-fluoroethane), whose import into the Union is banned, for a Thessaloniki "
         "air-conditioning installer, at Evzoni; Macedonian wording (HCFC-141b flushing fluids repeat in several "
         "sets; an 'HCFC-free' label from North Macedonia is the new part as far as a search found)",
         firm("Vega Klimatismos AE", "GR")),
        ("OZN-08", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "382769",
         "R-448A refrigerant, 11.3 kg disposable cylinders, 1,800 pcs", "CN", 20340, 1800, 61000, "USD",
         "R-448A is a five-component HFC/HFO blend whose cylinders read about 11 bar at 20 °C; these 1,800 read "
         "9 bar and a gas test gives pure chlorodifluoromethane: HCFC-22, a controlled substance moved through "
         "the Union without the licence Regulation 2024/590 requires, landed at Koper in transit from Tianjin to "
         "Belgrade; English wording (HCFC-22 repeats in many sets and R-448A labels in two, blind43 and blind98; "
         "kept as a repeat, a transit through Koper to Serbia is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("OZN-09", "import", "HRSEA01", "sea", "TR", [], "HR", "890323",
         "Rabljeni drveni gulet, 26 m, izgrađen u Bodrumu 2009., s opremom", "TR", 120000, 1, 650000, "EUR",
         "a gulet sold into the Union today protects its engine room with CO2 or FK-5-1-12 and cools its cabins "
         "with R-32 or R-410A; this one keeps three surplus 45 kg cylinders stamped 'Halon 1301 / CBrF3' in the "
         "engine room, fully charged, and R-22 in its air conditioning: equipment containing halon and HCFC, whose "
         "import into the Union is banned outside licensed critical uses, sailed on its own keel from Bodrum to "
         "Split for a charter company; Croatian wording (halon 1301 repeats in many sets and yachts in several; a "
         "gulet was found in no earlier row by a keyword search)", firm("Adriatic Charter d.o.o.", "HR")),
        ("OZN-10", "import", "FRPOST01", "post", "CN", [], "FR", "380891",
         "臭虫熏蒸剂 bed bug fumigator, 681 g, 6 cans", "CN", 4.1, 6, 40, "USD",
         "bed-bug foggers are light aerosols of a pyrethroid in propellant at about 0.5 kg/l; these six are heavy "
         "steel cans of 681 g sold in China for soil and termite fumigation, holding liquefied methyl bromide with "
         "2 % chloropicrin as a warning agent, 'CH3Br 98%' on the inner label: methyl bromide, whose import into "
         "the Union is banned, posted from Guangzhou to a private person in Paris; Chinese wording (methyl "
         "bromide repeats in many sets and fogger labels in two, blind117 and blind118; a bed-bug label was found "
         "in no earlier row by a keyword search)", person("Sophie Bernard", "FR")),
    ],
    "cultural": [
        ("CUL-01", "import", "LVAIR01", "air", "GE", [], "LV", "970191",
         "ზეთის ფერწერა ტილოზე, აივაზოვსკის ასლი, თანამედროვე, 1 ცალი", "GE", 12, 1, 400, "USD",
         "a modern copy of an Aivazovsky seascape has bright, even paint on fresh canvas; this one is on a relined "
         "19th-century canvas with craquelure, old wedged stretcher keys, a torn-off inventory label and a red "
         "museum inventory number on the stretcher that matches a painting taken from the Kherson Art Museum in "
         "November 2022: a painting over two hundred years old illegally removed from Ukraine, brought in against "
         "Regulation 2019/880 (without the importer statement it requires), flown from Tbilisi to Riga for a "
         "gallery; Georgian wording (Kherson museum loot repeats in several sets; an Aivazovsky-copy label was "
         "found in no earlier row by a keyword search)", firm("Orion Galerija SIA", "LV")),
        ("CUL-02", "transit", "DEAIR01", "air", "IQ", ["DE"], "US", "691200",
         "Handmade ceramic salad bowls, glazed, 20 pcs", "IQ", 24, 20, 200, "USD",
         "handmade salad bowls are glazed, flat-based and evenly potted; these twenty are unglazed, "
         "hemispherical, thin-walled bowls with spiralling ink inscriptions in Jewish Aramaic and Syriac around "
         "bound demon figures, with soil crusts inside: Aramaic incantation bowls (5th-7th century AD) from Iraq, "
         "cultural property whose trade and movement Regulation 1210/2003 forbids, landed at Frankfurt in transit "
         "from Erbil to New York; English wording (incantation bowls repeat in several sets; kept as a repeat, a "
         "salad-bowl label in transit through Frankfurt is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-03", "import", "PTSEA01", "sea", "BR", [], "PT", "691390",
         "Vasos decorativos de cerâmica marajoara, artesanato de Icoaraci, 4 peças", "BR", 90, 4, 1600, "BRL",
         "Icoaraci workshops make Marajoara-style vases that are light, crisp, bright and signed; these four are "
         "large, thick funerary urns with incised and painted anthropomorphic faces, worn red-and-white slip, and "
         "soil and bone fragments inside: Marajoara urns (AD 400-1400), archaeological heritage whose export "
         "Brazil forbids, brought in without an import licence (Regulation 2019/880), by sea from Belém to "
         "Lisbon for an antiques dealer; Brazilian Portuguese wording (Marajoara objects appear in two sets, "
         "blind50 and blind62; kept as a repeat, an Icoaraci craft label is the new part as far as a search found)",
         firm("Galeria Atlântica Lda", "PT")),
        ("CUL-04", "import", "DEAIR01", "air", "TM", ["TR"], "DE", "960629",
         "Bürünç düwmeler, gadymy görnüşde, 40 sany", "TM", 1.2, 40, 80, "USD",
         "new bronze-look buttons are cast, shiny and have a shank loop; these forty are corroded copper-alloy "
         "compartmented stamp seals with cross, eagle and star designs, a pierced loop on the back and desert soil "
         "in the cells, from Bronze Age sites around Gonur Depe: Bactria-Margiana compartmented seals (about "
         "2300-1700 BC), archaeological objects whose export Turkmenistan forbids, brought in without an import "
         "licence (Regulation 2019/880), flown from Ashgabat through Istanbul to Frankfurt for a private "
         "collector; Turkmen wording (Margiana objects once, Gonur in blind39, and Turkmen wording in two sets; a "
         "button label on cultural goods was found in no earlier row by a keyword search)",
         person("Lena Wagner", "DE")),
        ("CUL-05", "import", "FRPOST01", "post", "EG", [], "FR", "940550",
         "فانوس زجاج منفوخ يدوي، صناعة خان الخليلي، جديد، قطعة واحدة", "EG", 2.6, 1, 900, "EGP",
         "new Khan el-Khalili lamps are thin, bright, mould-blown glass with transfer-printed or cold-painted "
         "patterns; this one is a heavy, greenish, bubbly glass mosque lamp with six suspension loops, fired enamel "
         "and gilt naskh inscriptions naming a 14th-century emir, a blazon and old repairs, of the kind taken from "
         "Cairo mosques: a Mamluk enamelled-glass mosque lamp, an antiquity whose export Egypt forbids, brought in "
         "without the importer statement Regulation 2019/880 requires, posted from Cairo to a private collector in "
         "Bordeaux; Egyptian Arabic wording (a Mamluk mosque lamp as a new handmade lantern in blind44, and a Khan "
         "el-Khalili souvenir label once, on bronze cats in blind105; kept as a repeat, by post to a private "
         "collector under a Khan el-Khalili label is the new part as far as a search found)", person("Mme Claire Martin", "FR")),
        ("CUL-06", "export", "ITROAD01", "road", "IT", [], "CH", "741810",
         "Zuccheriera in ottone con coperchio, vintage, 1 pezzo", "IT", 1.1, 1, 40, "EUR",
         "a vintage brass sugar bowl is thin, spun, machine-polished metal; this is a heavy, gilt-silver ciborium "
         "with a punched and engraved cup, an enamelled knop with saints, a Gothic hexafoil foot and a Sienese "
         "mark, recorded in a Marche parish church's 1998 inventory and reported stolen in 2046: a stolen "
         "ecclesiastical object over a century old, exported without the Italian export certificate and, at its "
         "value, without the licence of Regulation 116/2009, in a car at Chiasso; Italian wording (chalices and "
         "monstrances repeat in several sets; a ciborium and a sugar-bowl label were found in no earlier row by a "
         "keyword search)", {"importer_country": "CH"}),
        ("CUL-07", "export", "GRPOST01", "post", "GR", [], "US", "701810",
         "Παλιές γυάλινες χάντρες, διάφορες, 20 τεμ.", "GR", 0.4, 20, 30, "EUR",
         "vintage glass beads are round, bright and drilled straight; these twenty are lentoid and almond-shaped "
         "sealstones of agate, carnelian and jasper, drilled along the axis and engraved in intaglio with bulls, "
         "lions and goddesses, with tomb earth in the drill holes: Minoan and Mycenaean sealstones (about "
         "1700-1200 BC) from looted tombs in Crete, archaeological objects that need an export licence at any "
         "value (Regulation 116/2009) and the Greek permit, posted from Heraklion to a buyer in Boston; Greek "
         "wording (Minoan objects once, in blind46; sealstones were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-08", "import", "ITAIR01", "air", "PK", [], "IT", "691390",
         "ٹیراکوٹا کے کھلونے، دستکاری، 30 عدد", "PK", 15, 30, 150, "USD",
         "handicraft terracotta toys are bright, painted and evenly fired; these thirty are worn, buff-red "
         "figurines of mother goddesses with pinched faces and applied necklaces, humped bulls and toy carts, with "
         "soil and salt crusts, from sites in Sindh and Balochistan: Harappan terracottas (about 2600-1900 BC), "
         "archaeological objects whose export Pakistan forbids, brought in without an import licence "
         "(Regulation 2019/880), flown from Karachi to Milan for an Oriental-art dealer; Urdu wording (Harappan "
         "objects appear in two sets, blind52 and blind114; kept as a repeat, a terracotta-toy label is the new "
         "part as far as a search found)", firm("Meridian Arte Orientale Srl", "IT")),
        ("CUL-09", "import", "LTAIR01", "air", "TJ", ["TR"], "LT", "081310",
         "Зардолуи хушк, қуттиҳо 10 кг, 60 қуттӣ", "TJ", 600, 60, 2400, "USD",
         "a Tajik dried-fruit and textile air shipment for a Vilnius oriental shop: dried apricots and suzanis are "
         "what such shops sell, but the third item's 'decorative ceramic jugs' are twelve unglazed, box-shaped "
         "ceramic ossuaries with stamped arcades and mourning figures, with bone dust and soil inside, dug around "
         "Panjakent: Sogdian ossuaries (6th-8th century AD), archaeological objects whose export Tajikistan "
         "forbids, brought in without an import licence (Regulation 2019/880), hidden as the last item of a "
         "three-item declaration, flown from Dushanbe through Istanbul to Vilnius; Tajik wording (Sogdian ossuaries "
         "repeat in three rows, under decorative-pot labels in blind96, and Tajik wording in four sets; kept as a "
         "repeat, behind dried apricots and suzanis is the new part as far as a search found)",
         dict(firm("Vega Rytų Prekyba UAB", "LT"),
              _more_items=[item("581091", "Сӯзанӣ, гулдӯзии дастӣ, 20 адад", "TJ", 40, 1600, "USD", qty=20),
                           item("691390", "Кӯзаҳои сафолии ороишӣ, 12 адад", "TJ", 45, 120, "USD", qty=12)])),
        ("CUL-10", "export", "BGPOST01", "post", "BG", [], "GB", "830890",
         "Стари месингови токи за колан, от битпазар, 9 бр.", "BG", 1.5, 9, 60, "EUR",
         "flea-market brass belt buckles are stamped, yellow and 20th century; these nine are green-patinated "
         "copper-alloy Roman military belt fittings: openwork and niello-inlaid plates, a propeller-shaped stiffener "
         "and frog buckles with soil in the rivet holes, detector finds from the Danube limes near Svishtov: Roman "
         "archaeological objects that need an export licence at any value (Regulation 116/2009) and that Bulgarian "
         "heritage law reserves to the state, posted from Ruse to a dealer in York; Bulgarian wording (detector "
         "finds repeat in many sets, Roman among them, and brass belt-buckle labels in two, on steppe bronzes in "
         "blind97 and blind99; kept as a repeat, Roman limes fittings from Bulgaria by post are the new part as far "
         "as a search found)", {"importer_country": "GB"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "GE", "730630",
         "Tubi per ponteggi, acciaio zincato, 48,3 mm, 6 m, 1.200 pezzi", "IT", 96000, 1200, 72000, "EUR",
         "scaffold tubes are light, galvanised, welded 48.3 mm tubes with plain ends at about 0.8 EUR/kg; these "
         "1,200 are seamless, heavy-walled 127 mm pipes with upset ends and threaded tool joints, pin and box, "
         "hard-banded, painted over a grade stencil 'S-135': oil-well drill pipe (7304 23), on the list of goods for "
         "oil exploration and production whose sale for use in Russia Regulation 833/2014 forbids, for a Tbilisi "
         "'construction' trader whose lorries cross at Upper Lars, by sea from Ravenna to Poti; Italian wording "
         "(oil-field goods to Russia through the Caucasus repeat in a few sets; drill pipe and a scaffold-tube label "
         "were found in no earlier strategic row by a keyword search)", {"importer_country": "GE"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", [], "OM", "760820",
         "Tubos de aluminio para mástiles de windsurf, aleación 7075-T6, 400 unidades", "ES", 8000, 400, 32000, "EUR",
         "windsurf masts are carbon or thin aluminium tubes of 30-50 mm; these 400 are 7075-T6 tubes of 120 mm "
         "outside diameter and 1 m long with 5 mm walls, for a Sohar 'water-sports' trader that forwards to "
         "Bandar Abbas: aluminium alloy tubes controlled under dual-use 1C202, exported without a licence and "
         "destined for Iran (Regulation 267/2012), by sea from Valencia; Spanish wording (7075 tubes repeat in "
         "many sets; a windsurf label was found in no earlier row by a keyword search)", {"importer_country": "OM"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "KZ", "950300",
         "Ferngesteuerte Modellflugzeuge, Bausätze, Spannweite 3 m, 12 Stück", "DE", 480, 12, 14000, "EUR",
         "radio-controlled model kits are foam or balsa gliders of a few kilos; these twelve are 3 m composite "
         "fixed-wing airframes with catapult-rail mounts, a bay for a two-stroke petrol engine, a stabilised "
         "gimbal port, a 10 kg payload bay and tanks for sixteen hours' flight, for an Almaty 'hobby shop' whose "
         "forwarder delivers to a Russian drone maker: unmanned aerial vehicles (8806), whose sale for use in "
         "Russia and re-export through third countries Regulation 833/2014 forbids, flown from Leipzig; German "
         "wording (UAV airframes and parts repeat in many sets, and model-aircraft jet engines in blind11 and "
         "blind56; a model-aircraft kit label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "import", "ITAIR01", "air", "AE", [], "IT", "710812",
         "Recycled gold granules 995, UAE origin, melted from scrap jewellery, 40 kg", "AE", 40, None, 3200000, "USD",
         "recycled gold granules from Dubai refiners are a jewellery-scrap melt with traces of copper, silver and "
         "zinc from alloys; these 40 kg assay at 999.5 with none of those, their trace elements match the bars of "
         "a Krasnoyarsk refinery, and the refiner's melt log shows bars of that refinery going into the pot: "
         "Russian gold re-melted to hide its origin, whose import into the Union Regulation 833/2014 forbids, "
         "flown from Dubai to Milan for an Arezzo jewellery maker; UAE English wording (Russian gold repeats in a "
         "few sets as bars and scrap gold; a recycled-granule label was found in no earlier row by a keyword "
         "search)", firm("Meridian Oro Srl", "IT")),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "KE", "830241",
         "Nerezové záclonové tyče, 60 cm, 400 ks", "CZ", 480, 400, 2400, "EUR",
         "stainless curtain rods are thin-walled, hollow tubes with end caps; these 400 are heavy, thick-walled, "
         "blued steel tubes with rifled 7.62 mm bores, chambers and threaded muzzles: rifle barrels (essential "
         "components of firearms, Military List ML1), for a Nairobi 'hardware' trader whose end user is in Juba, "
         "exported without a licence and against the Union's arms embargo on South Sudan (Regulation 2015/735), "
         "flown from Prague; Czech wording (firearm barrels repeat in several sets; a curtain-rod label was found "
         "in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("STR-06", "export", "LTRAIL01", "rail", "LT", ["BY", "RU"], "KZ", "843420",
         "Pieno perdirbimo įranga, separatoriai, 4 vnt.", "LT", 3200, 4, 48000, "EUR",
         "a rail wagon for an Astana forwarder: dairy separators and office furniture are goods that may go to "
         "Kazakhstan, but the third item's 'intercom sets' are 800 encrypted digital handheld radios with AES-256, "
         "GPS and tactical earpieces, no door station among them, for a Russian buyer the forwarder serves: radio "
         "transceivers (8525 60), on the common high-priority list whose export to Russia and re-export through "
         "third countries Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, by rail "
         "through Belarus and Russia from Kaunas; Lithuanian wording (radios repeat in several sets; an intercom "
         "label was found in no earlier row by a keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("940330", "Biuro baldai, mediniai, 60 vnt.", "LT", 2400, 9000, "EUR", qty=60),
                           item("851762", "Domofonų komplektai, 800 vnt.", "LT", 640, 16000, "EUR", qty=800)])),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "AM", "851930",
         "Gebrauchte Plattenspieler, Flohmarktware, 60 Stück", "AT", 900, 60, 3000, "EUR",
         "flea-market turntables are worn, plastic-plinth players at 50 EUR each; these sixty are new, boxed "
         "high-end turntables with acrylic platters, carbon tonearms and moving-coil cartridges, and ten valve "
         "phono stages among them, listed at 4,000 to 12,000 EUR each, for a Yerevan 'retro shop' whose "
         "forwarder trucks to Moscow: household electronics above 750 EUR an item, luxury goods whose sale for use "
         "in Russia Regulation 833/2014 forbids, undervalued fifty-fold and flown from Vienna; Austrian German "
         "wording (luxury goods to Russia through Armenia repeat in several sets; a used-turntable label was found "
         "in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-08", "export", "PLSEA01", "sea", "PL", [], "EG", "340241",
         "Baza do płynów do płukania tkanin (esterquat), 40 beczek", "PL", 8000, 40, 12000, "EUR",
         "esterquat softener base is a white, waxy paste that disperses milky in water; these drums hold a clear, "
         "viscous, amine-smelling liquid of 1.04 kg/l that mixes clear with water, and the drum heads read CAS "
         "105-59-9: N-methyldiethanolamine (CWC Schedule 3, dual-use 1C350), to Egypt, a state not party to the "
         "Chemical Weapons Convention, without the export licence or end-use certificate it needs, from Gdynia to "
         "Alexandria for a 'detergent' trader; Polish wording (methyldiethanolamine repeats in a few sets; a "
         "fabric-softener label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("STR-09", "export", "SKAIR01", "air", "SK", [], "KG", "630790",
         "Ochranné vesty pre motocyklistov, 300 ks", "SK", 3000, 300, 9000, "EUR",
         "motorcycle back protectors are light foam shells of under 2 kg; these 300 weigh 10 kg each, with pockets "
         "holding ceramic and polyethylene plates of protection level IV and MOLLE webbing, for a Bishkek 'moto "
         "club' whose forwarder delivers to Russia: body armour (Military List ML13), exported without a licence "
         "and whose sale for use in Russia Regulation 833/2014 forbids, flown from Bratislava; Slovak wording "
         "(plate carriers once, in blind67; a motorcycle-vest label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KG"}),
        ("STR-10", "export", "FRSEA01", "sea", "FR", [], "SD", "382499",
         "Sel de conductivité pour dorure électrolytique, sans cyanure, 200 fûts de 25 kg", "FR", 5000, 200, 6000, "EUR",
         "cyanide-free conductivity salts for gold plating are citrate or sulphite mixtures that dissolve to a "
         "neutral solution; these drums hold white, deliquescent lumps that dissolve to a strongly alkaline "
         "solution smelling of bitter almonds, and the inner liners read 'KCN 98 %': potassium cyanide (Australia "
         "Group, dual-use 1C350), exported without the licence Regulation 2021/821 requires, for a Port Sudan "
         "'jewellery workshop' that supplies gold-mining camps, from Marseille; French wording (cyanides repeat in "
         "several sets, potassium cyanide once, in blind10; a conductivity-salt label was found in no earlier row "
         "by a keyword search)", {"importer_country": "SD"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESPOST01", "post", "MX", [], "ES", "920600",
         "Maracas artesanales de guaje pintado, 3 pares", "MX", 1.4, 6, 300, "MXN",
         "gourd maracas rattle with dried seeds and weigh about 150 g each; these six do not rattle, are warm "
         "and have air holes drilled under the paint, and each holds a live juvenile arboreal alligator lizard "
         "wrapped in a sock: Abronia spp. (CITES App. II) without CITES documents, posted from Oaxaca to a "
         "private reptile keeper in Valencia, one of three parcels to the same address; Mexican Spanish wording "
         "(Abronia appears in two sets, blind55 and blind56; a maraca label was found in no earlier row by a "
         "keyword search)", person("Maria Lopez", "ES")),
        ("WLF-02", "import", "DEAIR01", "air", "KG", [], "DE", "570420",
         "Шырдак, кол менен жасалган кийиз килем, 2 даана", "KG", 26, 2, 400, "USD",
         "shyrdaks are thick, appliquéd felt carpets of a few kilos a square metre; each of these two rolls wraps "
         "a whole, flat-dried snow-leopard skin with the head and paws, thick, smoky-grey fur and black rosettes: "
         "snow leopard (Panthera uncia, CITES App. I) without CITES documents, whose commercial import is banned, "
         "flown from Bishkek to Frankfurt for a private buyer; Kyrgyz wording (snow leopard once, in blind118; a "
         "felt-carpet label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "CZAIR01", "air", "NP", ["IN"], "CZ", "121190",
         "सुकेका जिन्को पातहरू, हर्बल चिया, २०० केजी", "NP", 200, None, 600, "USD",
         "dried ginkgo leaves are fan-shaped, two-lobed and yellow-green; these sacks hold narrow, flat, "
         "dark-green needles set in two rows on twigs, with strips of reddish, scaly bark: Himalayan yew (Taxus "
         "wallichiana, CITES App. II) leaves and bark gathered for taxane extraction, without CITES documents, "
         "flown from Kathmandu through Delhi to Prague for a herbal wholesaler; Nepali wording (Taxus in two sets "
         "and a development set; a ginkgo label was found in no earlier row by a keyword search)",
         firm("Central Bylinky s.r.o.", "CZ")),
        ("WLF-04", "import", "PLAIR01", "air", "IN", [], "PL", "391390",
         "Chondroitin sulphate sodium, bovine origin, USP grade, 200 kg", "IN", 200, None, 12000, "USD",
         "bovine chondroitin is an off-white powder from cattle trachea with a bovine-origin certificate; this "
         "powder's sulphation pattern is rich in chondroitin-6-sulphate, as shark cartilage gives, a DNA test on a "
         "sample points to silky and scalloped hammerhead sharks, and the maker's plant in Kerala processes shark "
         "cartilage: a derivative of CITES App. II sharks without CITES documents, flown from Kochi to Warsaw for a "
         "supplement maker; Indian English wording (shark products repeat in many sets and cartilage labels in "
         "several; a chondroitin label was found in no earlier row by a keyword search)",
         firm("Orion Suplementy Sp. z o.o.", "PL")),
        ("WLF-05", "import", "DKSEA01", "sea", "GL", [], "DK", "050710",
         "Fossilt mammutelfenben, rå stødtandstykker, Sibirien, 120 kg", "GL", 120, None, 36000, "USD",
         "mammoth ivory shows Schreger lines at under 90° and a brown-blue weathered rind; these sections are "
         "oval, have no Schreger lines and a marbled, crystalline core of secondary dentine under a fresh, white "
         "surface: walrus tusks (Odobenus rosmarus, CITES App. III) from Greenland, where a negative finding bars "
         "their export, shipped from Nuuk to Aalborg for a Copenhagen carver without a certificate of origin; "
         "Danish wording (walrus ivory repeats in three rows, once as carvings under a mammoth-ivory label in "
         "blind81; kept as a repeat, raw tusks from Greenland to Denmark are the new part as far as a search "
         "found)",
         firm("Nordhafen Kunsthåndværk ApS", "DK")),
        ("WLF-06", "import", "ITAIR01", "air", "ID", [], "IT", "420222",
         "Tas tangan kulit sintetis (PU), motif reptil, 120 buah", "ID", 96, 120, 2400, "USD",
         "synthetic-leather bags with a reptile print have a uniform, embossed pattern on a plastic film over "
         "fabric; these 120 have real, small, bead-like scales with ring markings, cut edges showing a skin's "
         "fibre, no fabric backing, and smell of tannery: water-monitor skin (Varanus salvator, CITES App. II) "
         "without CITES documents, flown from Jakarta to Florence for a Scandicci workshop; Indonesian wording "
         "(monitor skins repeat in a few sets and printed-calf labels in several; a PU synthetic-leather label was "
         "found in no earlier row by a keyword search)", firm("Vega Pelletteria Srl", "IT")),
        ("WLF-07", "import", "BEAIR01", "air", "VN", [], "BE", "060490",
         "Rêu sphagnum khô, kiện nén 5 kg, 40 kiện", "VN", 200, 40, 400, "USD",
         "dried sphagnum bales are uniform, pale, springy moss for orchid growers; the core of every bale holds "
         "rooted wild slipper orchids wrapped in damp moss, with collectors' tags from the Hà Giang border hills: "
         "Paphiopedilum spp. (CITES App. I) without CITES documents, whose commercial import is banned, flown from "
         "Hanoi to Brussels for an orchid nursery; Vietnamese wording (Paphiopedilum repeats in many sets; a "
         "sphagnum-moss label was found in no earlier row by a keyword search)",
         firm("Horizon Orchidées SA", "BE")),
        ("WLF-08", "import", "FRSEA01", "sea", "MG", [], "FR", "090510",
         "Vanille Bourbon de Madagascar, gousses noires, 200 kg", "MG", 200, None, 40000, "EUR",
         "a Malagasy vanilla and raffia container for Marseille: vanilla and raffia bags are what Toamasina "
         "exporters ship, but the third item's 1.2 t of 'hardwood dunnage wedges for container stowage' are "
         "jet-black, heavy billets that sink in water: Malagasy ebony (Diospyros spp., CITES App. II, with no export allowed), without "
         "CITES documents, hidden as the last item of a three-item declaration, by sea from Toamasina to "
         "Marseille; French wording from Madagascar (Malagasy ebony repeats in several sets, once as tamarind "
         "tool-handle logs in blind111; behind vanilla and raffia bags under a dunnage label is the new part as far "
         "as a search found)",
         dict(firm("Rivage Épices SARL", "FR"),
              _more_items=[item("460219", "Sacs en raphia tressé, 600 pièces", "MG", 300, 1800, "EUR", qty=600),
                           item("442199", "Cales et coins de calage en bois dur pour conteneurs, 1,2 t", "MG", 1200, 600, "EUR")])),
        ("WLF-09", "import", "ATAIR01", "air", "ZW", [], "AT", "420500",
         "Cushion covers, leather patchwork, handmade, 40 pcs", "ZW", 48, 40, 800, "USD",
         "leather patchwork cushion covers are sewn from cowhide offcuts in brown and white; these forty are cut "
         "from whole skins with the irregular, chestnut polygon pattern and thick, 2 cm hide of a giraffe, and "
         "the tanner's bundle tags read 'kameelperd': giraffe skin (Giraffa camelopardalis, CITES App. II) without "
         "CITES documents, flown from Harare to Vienna for a home-décor shop; Zimbabwean English wording (giraffe "
         "products repeat in a few sets, as bone knife handles; a patchwork-cushion label was found in no earlier "
         "row by a keyword search)", firm("Alpina Wohnkultur GmbH", "AT")),
        ("WLF-10", "import", "GRPOST01", "post", "PH", [], "GR", "711620",
         "Dyed howlite turquoise beads, 8 mm, 10 strands", "PH", 1.2, 10, 35, "USD",
         "dyed howlite is a chalky, heavy stone stained blue, with grey veins and a cold touch; these strands are "
         "light, porous blue beads with a fine network of pores and a paler core where drilled: blue coral "
         "(Heliopora coerulea, CITES App. II) from Palawan reefs, without CITES documents, posted from Puerto "
         "Princesa to a private jeweller in Athens, one of three parcels in a fortnight; Philippine English "
         "wording (blue coral in one set and a development set; a howlite label was found in no earlier row by a "
         "keyword search)", person("Eleni Papadopoulou", "GR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SIAIR01", "air", "MY", "SI", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (radio-controlled model racing)", "MY", 4.6, 4, 60,
     "USD", [("PRECURSOR_LICENCE", "SI-MNZ-47-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "JP", "DK", "282990",
     "Potassium perchlorate 99 %, 3 kg, for a licensed private user (amateur pyrotechnics)", "JP", 3, 3, 90, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-47-0119")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "HUROAD01", "road", "RS", "HU", "382590",
     "Spent pickling acid (11 01 05*), for regeneration at a licensed acid-regeneration plant, 22 t", "RS", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "HU-OKF-47-0233")], "notified spent pickling acid to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ITROAD01", "road", "CH", "IT", "262029",
     "Lead-acid battery paste (residues of 16 06 01*), for recovery at a licensed secondary lead smelter, 24 t",
     "CH", 24000, None, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-47-0412")], "notified lead paste to a licensed smelter"),
    ("PRM-05", "ozone", "import", "GRSEA01", "sea", "JO", "GR", "290361",
     "Methyl bromide 99.5 %, 20 cylinders, for use as feedstock in pharmaceutical synthesis", "JO", 1000, 20, 6000,
     "USD", [("ODS_LICENCE", "GR-YPEN-ODS-47-004")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290371",
     "Chlorodifluoromethane (HCFC-22), ISO tank, for feedstock use in fluoropolymer production", "US", 18000, None,
     36000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-47-011")], "HCFC-22 imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Aramaic incantation bowl, Sasanian period, documented in a Swiss collection since 1972", "IQ", 2, 1, 18000,
     "EUR", [("IMPORT_LICENCE", "DE-KGSG-47-0058")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970610",
     "Gilt-silver ciborium, Siena, c. 1420, deaccessioned by a diocesan museum, sold at auction", "IT", 1.1, 1,
     95000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-47-0187")],
     "ecclesiastical object exported with the Italian certificate and the EU export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "TR", "760820",
     "Aluminium alloy tubes 7075-T6, 120 mm OD, 200 pcs, for a Turkish aerostructures maker", "ES", 4000, 200,
     36000, "EUR", [("EXPORT_LICENCE", "ES-SEC-47-0321"), ("END_USER_CERTIFICATE", "TR-SSB-EUC-47-0077")],
     "dual-use 7075 tubes under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PLSEA01", "sea", "PL", "DZ", "292217",
     "N-methyldiethanolamine 99 %, 40 drums, for a gas-sweetening unit in Hassi R'Mel", "PL", 8000, 40, 20000,
     "EUR", [("EXPORT_LICENCE", "PL-MRiT-47-0093"), ("END_USER_CERTIFICATE", "DZ-MEM-EUC-47-0015")],
     "Schedule 3 chemical to a CWC State Party under licence"),
    ("PRM-11", "wildlife", "import", "CZAIR01", "air", "NP", "CZ", "130219",
     "Taxus wallichiana extract (10-deacetylbaccatin III), from cultivated plants, 5 kg", "NP", 5, None, 20000,
     "USD", [("CITES_PERMIT", "NP-DNPWC-47-0036")], "App. II yew extract from cultivated plants with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "410640",
     "Tanned water-monitor skins (Varanus salvator), within the export quota, 400 pcs", "ID", 120, 400, 16000,
     "USD", [("CITES_PERMIT", "ID-KLHK-47-02214")], "App. II reptile skins within quota with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Luka Kranjc", "PRM-03": "Delta Savregeneráló Kft.", "PRM-06": "Meridian Fluorpolymeer BV",
    "PRM-07": "Orion Antiken GmbH", "PRM-11": "Central Fytochemie s.r.o.", "PRM-12": "Vega Pelletteria Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises
    ("220190", "Maple water, pure, 1 l cartons", "import", ["express"], ["CA"], (6, 12), (1, 4), ["CAD", "EUR"], 1, S),
    ("220890", "Plum brandy (šljivovica), 0.7 l bottles", "import", ["road"], ["RS", "BA"], (6, 10), (2000, 8000), ["EUR"], 1.0, S),
    ("200969", "Grape molasses (pekmez), 700 g jars", "import", ["post"], ["TR"], (6, 12), (1, 4), ["EUR"], 1.4, S),
    ("200931", "Lime juice, pure, 1 l bottles", "import", ["air"], ["SR", "MX"], (2, 4), (300, 1500), ["USD"], 1, S),
    ("170490", "White sugar nonpareils for cake decoration, 1 kg bags", "import", ["sea"], ["GE", "TR"], (2, 4), (5000, 15000), ["USD", "EUR"], 1, S),
    ("250100", "Rock salt (sendha namak), 1 kg packets", "import", ["sea"], ["IN", "PK"], (0.5, 1), (5000, 15000), ["USD"], 1, S),
    ("294000", "Trehalose, food grade, 1 kg bags", "import", ["air"], ["CN", "JP"], (4, 8), (200, 1000), ["USD"], 1, S),
    ("110819", "Kuzu starch, 500 g bags", "import", ["express"], ["JP"], (20, 40), (1, 3), ["JPY", "EUR"], 2, S),
    ("292119", "Taurine powder, food grade, 1 kg", "import", ["post"], ["CN"], (8, 15), (1, 4), ["USD"], 1, S),
    ("340290", "Screen cleaning solution, 1 l refills", "import", ["express"], ["MY", "CN"], (8, 15), (1, 4), ["USD"], 1, S),
    ("320300", "Natural indigo powder for craft dyeing", "export", ["sea"], ["MA", "TN"], (20, 40), (500, 3000), ["EUR"], None, S),
    ("401699", "Rubber granulate arena footing, new, 2-4 mm", "export", ["road"], ["RS", "BA"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("680620", "Expanded clay pebbles for hydroponics, 50 l bags", "export", ["sea"], ["TN", "MA"], (0.3, 0.6), (15000, 25000), ["EUR"], 0.06, S),
    ("960820", "Highlighter pens, new, boxed", "export", ["sea"], ["NG", "GH"], (5, 9), (1000, 4000), ["EUR"], 25, S),
    ("310590", "Liquid iron-chelate foliar fertiliser, IBC", "export", ["road"], ["RS", "MK"], (1, 2), (10000, 22000), ["EUR"], None, S),
    ("841850", "Refrigerated buffet salad bars, new, R-290", "export", ["road"], ["MA", "TN"], (8, 14), (1000, 4000), ["EUR"], 0.004, S),
    ("252100", "Agricultural limestone, ground", "export", ["road"], ["MD", "UA"], (0.03, 0.08), (22000, 26000), ["EUR"], None, S),
    ("841850", "Reproduction soda-fountain counters, new, R-290", "import", ["sea"], ["US", "CN"], (8, 14), (1000, 4000), ["USD"], 0.004, S),
    ("280429", "Krypton for insulating glass, 50 l cylinders", "import", ["sea"], ["UA", "IN"], (40, 80), (500, 2000), ["USD"], None, S),
    ("841861", "Monobloc heat pumps, R-290, 8 kW", "import", ["rail", "sea"], ["CN"], (8, 12), (10000, 22000), ["USD"], 0.009, S),
    ("970191", "Oil-painting copies of old masters, new", "import", ["air"], ["GE", "CN"], (20, 50), (50, 300), ["USD"], 0.1, S),
    ("691200", "Handmade glazed ceramic salad bowls", "import", ["sea"], ["TN", "MA"], (2, 4), (2000, 6000), ["EUR"], 0.8, S),
    ("691390", "Marajoara-style ceramic vases, Icoaraci craft, new", "import", ["sea"], ["BR"], (4, 8), (500, 2000), ["USD"], 0.2, S),
    ("960629", "Bronze-look metal buttons, new", "import", ["post"], ["TR", "CN"], (20, 40), (1, 3), ["USD"], 50, S),
    ("741810", "Brass sugar bowls with lids, new", "export", ["road"], ["CH"], (15, 25), (300, 1500), ["EUR"], 2, S),
    ("701810", "Glass beads, assorted, for jewellery making", "export", ["post"], ["US", "CA"], (30, 60), (1, 2), ["EUR"], 200, S),
    ("691390", "Terracotta toys, Pakistani handicraft, new", "import", ["air"], ["PK"], (4, 8), (100, 500), ["USD"], 2, S),
    ("581091", "Suzani embroidered wall hangings, new", "import", ["air"], ["TJ", "UZ"], (30, 60), (50, 300), ["USD"], 0.5, S),
    ("830890", "Reproduction brass belt buckles, new", "export", ["post"], ["GB", "US"], (15, 30), (1, 3), ["EUR"], 10, S),
    ("851930", "Turntables, new, boxed, entry-level", "export", ["air"], ["AM", "GE"], (20, 40), (200, 1000), ["EUR"], 0.15, S),
    ("760820", "Aluminium windsurf mast tubes, 6061, 40 mm", "export", ["sea"], ["OM", "AE"], (5, 8), (1000, 4000), ["EUR"], 1, S),
    ("950300", "Foam RC model aircraft kits, boxed", "export", ["air"], ["KZ", "GE"], (20, 40), (100, 800), ["EUR"], 0.5, S),
    ("830241", "Stainless steel curtain rods, 60 cm", "export", ["air", "sea"], ["KE", "TZ"], (4, 8), (500, 3000), ["EUR"], 1.5, S),
    ("151219", "Refined sunflower oil, flexitank", "import", ["sea"], ["TR", "MD"], (1, 1.5), (20000, 24000), ["USD"], None, S),
    ("340241", "Esterquat fabric-softener base, drums", "export", ["sea"], ["EG", "MA"], (1.2, 2), (8000, 16000), ["EUR"], None, S),
    ("630790", "Motorcycle back protectors, foam, new", "export", ["air"], ["KG", "KZ"], (15, 30), (300, 1500), ["EUR"], 0.8, S),
    ("382499", "Cyanide-free conductivity salts for gold plating, drums", "export", ["sea"], ["TR", "IN"], (3, 6), (1000, 5000), ["EUR"], None, S),
    ("420222", "PU synthetic-leather handbags, reptile print", "import", ["sea", "air"], ["ID", "CN"], (15, 30), (300, 2000), ["USD"], 1.2, S),
    ("711620", "Dyed howlite beads, strands", "import", ["post"], ["PH", "CN"], (20, 40), (1, 2), ["USD"], 10, S),
    ("283327", "Precipitated barium sulphate (blanc fixe), paint filler", "export", ["sea"], ["IN", "TR"], (0.6, 1.0), (10000, 20000), ["EUR"], None, S),
    ("940550", "Handblown glass lanterns, Khan el-Khalili craft, new", "import", ["post"], ["EG", "MA"], (15, 30), (1, 3), ["EUR", "USD"], 0.5, S),
    ("570420", "Felt shyrdak carpets, handmade, new", "import", ["air"], ["KG", "KZ"], (15, 30), (50, 300), ["USD"], 0.1, S),
    ("920600", "Painted gourd maracas, craft", "import", ["post"], ["MX", "CU"], (15, 30), (1, 3), ["USD", "EUR"], 4, S),
    ("420500", "Cowhide patchwork cushion covers", "import", ["air"], ["ZA", "ZW"], (15, 25), (100, 500), ["USD"], 0.8, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and blind120, blind80's everyday rows (blind72's, with
# blind80's own rows), with four new rows instead of blind112's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392490", "Silicone baking mats, reusable", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 6000), ["USD", "EUR"], 5, N),
        ("950659", "Badminton rackets, aluminium frame", "import", ["sea"], ["CN", "TW"], (8, 14), (2000, 6000), ["USD"], 5, N),
        ("621600", "Quilted cotton oven gloves", "import", ["sea"], ["PK", "IN"], (4, 7), (2000, 6000), ["USD"], 8, N),
        ("900490", "Swimming goggles, anti-fog", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind126", 20470301, HERE)


if __name__ == "__main__":
    main()
