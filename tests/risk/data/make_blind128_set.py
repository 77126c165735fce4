#!/usr/bin/env python3
"""Writes the hundred-and-twenty-eighth blind set (tests/risk/data/blind128-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2047, with goods, routes,
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL128-*:

    python3 tests/risk/data/make_blind128_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2047, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2047
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LTPOST01", "post", "BY", [], "LT", "284310",
         "Калоіднае срэбра, вада срэбная 25 ppm, 4 бутэлькі па 1 л", "BY", 4.7, 4, 160, "BYN",
         "colloidal-silver water is a faintly yellow-grey, tasteless liquid of 1.00 kg/l sold in brown glass and "
         "nobody needs four litres of it; these four PET bottles are water-clear, weigh 1.13 kg/l, have vented "
         "caps, whiten the skin and froth on a cut, and a silver test strip stays blank: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), posted from Hrodna to a private person in Vilnius; Belarusian wording "
         "(hydrogen peroxide repeats in many sets and water-like covers in several; a colloidal-silver label was "
         "found in no earlier row by a keyword search)", person("Rūta Kazlauskienė", "LT")),
        ("PRE-02", "import", "CZPOST01", "post", "MN", [], "CZ", "220890",
         "Сүүн архи (шимийн архи), гэрийн, 4 шил x 1 л", "MN", 4.8, 4, 60000, "MNT",
         "Mongolian milk vodka (shimiin arkhi) is a weak, cloudy-clear spirit of 0.98 kg/l that smells sour of "
         "fermented milk; these four bottles hold a liquid of 1.14 kg/l that smells faintly fruity-chemical, not of "
         "milk or alcohol, sinks as oily drops in water and whose screw caps are lined with PTFE: nitromethane "
         "(Annex I above 16 %), posted from Ulaanbaatar to a private person in Prague, although flammable "
         "liquids travel by post only in tiny, declared quantities; Mongolian wording (nitromethane repeats in "
         "many sets and spirits covers, soju, arak and pisco among them, in several; an arkhi label was found in "
         "no earlier row by a keyword search)", person("Tomáš Dvořák", "CZ")),
        ("PRE-03", "import", "ATAIR01", "express", "MX", [], "AT", "220890",
         "Tequila blanco 100 % agave, Jalisco, 6 botellas de 750 ml", "MX", 6.3, 6, 2400, "MXN",
         "tequila blanco is a clear spirit of 0.95 kg/l that smells of cooked agave; these six bottles hold a "
         "pale-yellow liquid of 1.40 kg/l that fumes brown when the cork is pulled, stains the skin yellow and "
         "blackens the cork itself: about 65 % nitric acid (Annex I above 3 %), sent by express from Guadalajara to "
         "a private person in Graz, although corrosive liquids travel by express only as declared dangerous goods; "
         "Mexican Spanish wording (nitric acid repeats in many sets and spirits covers in several; a tequila label "
         "was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-04", "import", "GRROAD01", "road", "AL", [], "GR", "283919",
         "Xham i lëngshëm (silikat natriumi), impregnues betoni, bidona 5 l, 400 copë", "AL", 4600, 400, 2400,
         "EUR",
         "sodium silicate (water glass) concrete sealer is a slightly cloudy, syrupy, alkaline liquid of 1.38 kg/l "
         "that turns pH paper blue and sets to a glassy film; these 400 jerrycans hold an oily, colourless liquid of "
         "1.84 kg/l that turns pH paper red, chars a wooden stirrer black and grows hot with a splash of water, for "
         "an Ioannina hardware chain that sells 5 l cans to the public: about 96 % sulphuric acid (Annex I above "
         "15 %) retail-packed for members of the public, on a lorry at Kakavia; Albanian wording (sulphuric acid "
         "repeats in many sets; a water-glass label repeats once, by rail from China in blind49; by road from "
         "Albania to a Greek hardware chain is the new part)",
         firm("Delta Oikodomika AE", "GR")),
        ("PRE-05", "import", "LTPOST01", "post", "KZ", [], "LT", "291815",
         "Магний цитраты ұнтағы, тағамдық қоспа, 4 x 1 кг", "KZ", 4.1, 4, 24000, "KZT",
         "magnesium citrate powder is a light, slightly sour white powder that fizzes and dissolves in water; these "
         "four bags hold a dense (2.5 kg/l), tasteless white powder that sinks and barely dissolves in cold water, "
         "does not fizz and burns with a violet flash mixed with sugar on a hot plate: potassium perchlorate (Annex "
         "I above 40 %), posted from Almaty to a private person in Kaunas; Kazakh wording (potassium perchlorate "
         "repeats in many sets and supplement-powder covers, creatine among them, in several, and a sodium-citrate "
         "label once, in blind59; a magnesium-citrate label was found in no earlier row by a keyword search)", person("Mantas Petrauskas", "LT")),
        ("PRE-06", "import", "ATAIR01", "air", "JP", [], "AT", "293220",
         "グルコノデルタラクトン（豆腐用凝固剤）、500 g袋、1,200袋", "JP", 600, 1200, 540000, "JPY",
         "glucono-delta-lactone for home tofu is a fine, faintly sweet-then-sour white powder that dissolves at "
         "once; these 1,200 bags hold colourless cubic crystals with a cool, salty taste that draw damp, crackle "
         "and flare yellow on a gas ring and whose inner bags read 'NaClO3', for a Vienna Asian supermarket that "
         "sells them to the public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Osaka; Japanese wording (sodium chlorate repeats in many sets, and a tofu-coagulant label once, "
         "on nigari in blind66; a glucono-delta-lactone label was found in no earlier row by a keyword search)",
         firm("Horizon Asia Markt GmbH", "AT")),
        ("PRE-07", "import", "FRSEA01", "sea", "GN", [], "FR", "100840",
         "Fonio précuit de Guinée (foundé), sachets 1 kg, 8 000 sachets", "GN", 8000, 8000, 9600, "EUR",
         "fonio is a tiny, beige, irregular grain that swells when cooked and smells of cereal; these 8,000 bags "
         "hold perfectly round, glossy-white prills of 1-2 mm that turn ice-cold and dissolve completely in water, "
         "test at 34 % N and melt and fume on a hot plate, for a Paris African-grocery wholesaler whose shops sell "
         "to the public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, by "
         "sea from Conakry to Le Havre; Guinean French wording (ammonium nitrate repeats in many sets and grain "
         "covers in a few; a fonio label was found in no earlier row by a keyword search)",
         firm("Atlantic Alimentation Afrique SARL", "FR")),
        ("PRE-08", "import", "DKAIR01", "air", "KR", [], "DK", "170290",
         "트레할로스 (제과용 당류), 1 kg 봉지, 200 봉지", "KR", 200, 200, 900, "USD",
         "trehalose is a baker's sugar: a white, mildly sweet powder that dissolves in water and caramelises when "
         "heated; these 200 bags hold shiny, tasteless crystals that do not caramelise but spit violet sparks on a "
         "hot pan and flare fiercely with sugar, and the inner liners read 'KClO3', for a Copenhagen baking-supply "
         "web shop that sells 1 kg bags to the public: potassium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Incheon; Korean wording (potassium chlorate repeats in many sets and "
         "sugar covers in several; a trehalose label was found in no earlier row by a keyword search)",
         firm("Nordhafen Bageri Engros ApS", "DK")),
        ("PRE-09", "import", "DEPOST01", "post", "CH", [], "DE", "350510",
         "Maltodextrin-Pulver für Ausdauersport, geschmacksneutral, 4 x 1 kg", "CH", 4.2, 4, 48, "CHF",
         "maltodextrin for endurance sport is a light, fluffy, faintly sweet powder of 0.5 kg/l that clumps in the "
         "mouth; these four tubs hold a dense, crystalline, salty-bitter white powder of 2.5 kg/l that draws damp "
         "overnight, dissolves at once and burns brightly with sugar, and the re-used tub lids read 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), posted from Basel to a private person in Freiburg; Swiss German wording "
         "(sodium perchlorate repeats in many sets and sport-supplement covers in several; a maltodextrin label was "
         "found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-10", "import", "PTAIR01", "express", "CA", [], "PT", "330499",
         "Witch hazel toner, alcohol-free, unscented, 4 x 1 L refill bottles", "CA", 4.6, 4, 72, "CAD",
         "witch-hazel toner is a clear, faintly herbal-smelling liquid of 1.00 kg/l sold in spray bottles; these "
         "four litre refills weigh 1.13 kg/l, smell of nothing, have vented caps and bulging walls, bleach a drop "
         "of ink and sting and whiten the skin: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express "
         "from Montréal to a private person in Porto; Canadian English wording (hydrogen peroxide repeats in many "
         "sets and cosmetics covers, tattoo-ink thinner among them, in several; a witch-hazel label was found in "
         "no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "EG", "270111",
         "Antraciet, gewassen nootjes 20-40 mm, los gestort, 3.000 t", "NL", 3000000, None, 45000, "EUR",
         "washed anthracite nuts are hard, shiny, black lumps that ring when dropped and leave a black streak; this "
         "hold carries grey stones and gravel coated in a dull black binder that smells of mothballs, softens in "
         "the sun, fluoresces under a UV lamp and turns a PAH marker spray yellow, dug out of a Dutch motorway "
         "resurfacing: tar-containing asphalt granulate (17 03 01*), hazardous waste whose export to a non-OECD "
         "country is banned, from Rotterdam to Adabiya for a 'cement-kiln fuel' buyer; Dutch wording (tar asphalt "
         "repeats in many sets under recycled-asphalt, basalt and road-base labels; an anthracite label on it was "
         "found in no earlier row: earlier anthracite rows are Russian coal and spent carbon)",
         {"importer_country": "EG"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "440149",
         "Faforgács lóalomnak, bálázva, 22 t", "HU", 22000, None, 1100, "EUR",
         "horse-bedding shavings are pale, dust-extracted, sweet-smelling curls of fresh softwood; these bales hold "
         "coarse, greenish, splintered chips with nail and bolt fragments and weathered grey faces, milled from "
         "pulled-down playground frames and fence posts, and a chrome-arsenic test turns them blue: CCA-treated "
         "waste wood (17 02 04*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a "
         "Subotica 'stud farm supplier'; Hungarian wording (treated wood repeats in several sets as poles, sleepers "
         "and firewood; a horse-bedding label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", [], "UA", "251990",
         "Sintrovaný magnezit, drvený, frakcia 0-5 mm, big bagy, 24 t", "SK", 24000, None, 2400, "EUR",
         "dead-burned magnesite is an even, brown-grey, sintered grit from the Slovak Ore Mountains with a mill "
         "certificate; these bags hold crushed brick with black chromite specks, slag crusts and yellow chromate "
         "stains that leach yellow in water, broken out of a Košice steel ladle and converter lining: spent "
         "magnesia-chrome refractories containing hexavalent chromium (16 11 03*), hazardous waste whose export to a "
         "non-OECD country is banned, at Vyšné Nemecké for a Zaporizhzhia 'refractory' buyer; Slovak wording (used "
         "magnesia-chrome bricks repeat in blind48 and grog labels in a few sets; a sintered-magnesite label was "
         "found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-04", "export", "IESEA01", "sea", "IE", [], "GH", "851779",
         "Mobile phone spare parts for repair shops, main boards, assorted, 6 t", "IE", 6000, None, 12000, "EUR",
         "spare main boards for phone repair come anti-static bagged, model-labelled and tested; these 6 t in "
         "gaylords are loose, bent and burnt motherboards, server cards and PC boards of every make, many with "
         "capacitors torn off, and no two alike, from Dublin WEEE collection: waste printed circuit boards "
         "(16 02 15*, Basel A1180), hazardous waste whose export to a non-OECD country is banned, from Dublin to "
         "Tema for an Agbogbloshie dealer; Irish English wording (waste boards and used phones repeat in many sets; "
         "a repair-shop spare-parts label on loose boards was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "GW", "850220",
         "Geradores a gasolina usados, revistos, 40 unidades", "PT", 3200, 40, 8000, "EUR",
         "a used-equipment container for Bissau: generators and water pumps are what Lisbon dealers ship there, "
         "but the third item's 'transformadores de distribuição usados' are three pole-mounted transformers from "
         "the 1970s with their original oil, nameplates reading 'Piraleno' and leaking at the seals: PCB-containing "
         "transformers (16 02 09*), hazardous waste whose export to a non-OECD country is banned (and whose PCBs "
         "must be destroyed under the POPs rules), hidden as the last item of a three-item declaration, from "
         "Lisbon; Portuguese wording (PCB transformers repeat in a few sets; behind generators and pumps to "
         "Guinea-Bissau is the new part as far as a search found)",
         dict({"importer_country": "GW"},
              _more_items=[item("841370", "Bombas de água centrífugas usadas, 60 unidades", "PT", 1800, 3000, "EUR", qty=60),
                           item("850421", "Transformadores de distribuição usados, 3 unidades", "PT", 2400, 900, "EUR", qty=3)])),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "NG", "380894",
         "Base per gel igienizzante mani, etanolo 70 %, cisternette IBC, 24 pezzi", "IT", 24000, 24, 9600, "EUR",
         "a 70 % ethanol hand-sanitiser base is clear, smells of alcohol and comes with a biocide registration; "
         "these IBCs hold a brown, layered liquid that smells of pyridine and dimethylformamide, carries sediment "
         "and tests for halogenated solvents, drained from a Lombardy API plant's mother-liquor tanks: spent "
         "halogenated and non-halogenated solvents and still residues (07 05 03*, 07 05 04*), hazardous waste whose "
         "export to a non-OECD country is banned, from Genoa to Lagos; Italian wording (spent solvents repeat in "
         "many sets under thinner, screenwash and isopropanol labels; a hand-sanitiser label was found in no "
         "earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-07", "export", "BGSEA01", "sea", "BG", [], "GE", "271490",
         "Гилсонит (естествен асфалтит), на бучки, биг-бегове, 20 t", "BG", 20000, None, 6000, "EUR",
         "gilsonite is a brittle, jet-black, glossy natural asphalt that breaks with a shell-like fracture and "
         "does not stick to the fingers; these bags hold a sticky, brown-black paste of oily sludge bulked up with "
         "sawdust and lime that smells of crude and sulphur and sweats oil through the bags, scraped out of a "
         "Burgas refinery's crude tanks: tank-bottom sludge (05 01 03*), hazardous waste whose export to a "
         "non-OECD country is banned, from Burgas to Poti for a 'drilling-fluid additive' buyer; Bulgarian wording "
         "(refinery and tank sludges repeat in several sets under bitumen and residue labels; a gilsonite label "
         "was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-08", "export", "EESEA01", "sea", "EE", [], "IN", "282410",
         "Pliimonooksiid (glett) keraamiliste glasuuride jaoks, suurkotid, 40 t", "EE", 40000, None, 16000, "EUR",
         "litharge for glazes is a fine, dry, even yellow-orange powder in lined sacks with an assay; these bags hold "
         "a damp, grey-white paste with grid fragments, separator scraps and an acid smell, 70 % lead mostly as "
         "sulphate, from a Baltic lead-acid battery breaker: battery paste (lead-bearing residue of spent lead-acid "
         "batteries, Basel A1160/A1010), hazardous waste whose export to a non-OECD country is banned, from Muuga to "
         "Nhava Sheva for a 'ceramics' buyer; Estonian wording (battery paste repeats once as a lead concentrate, "
         "in blind31; a litharge label was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "TG", "440141",
         "Beukenzaagsel voor het roken van vis, in zakken, 18 t", "BE", 18000, None, 2700, "EUR",
         "beech sawdust for smoking fish is pale, dry, fine and smells of fresh wood; these bags hold a dark, damp, "
         "heavy sawdust that smells of diesel and leaves an oil film on water, with absorbent-pad scraps and glove "
         "fingers mixed in, collected from Antwerp workshop and port spill clean-ups: oil-soaked absorbents "
         "(15 02 02*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Lomé, where "
         "it would be burnt under fish on the smoking ovens; Flemish wording (oily sawdust repeats in blind21 and "
         "blind75 under biomass labels; a fish-smoking label was found in no earlier row by a keyword search)",
         {"importer_country": "TG"}),
        ("WST-10", "export", "SESEA01", "sea", "SE", [], "CN", "380300",
         "Råtallolja från sulfatmassabruk, bulk i flexitankar, 40 t", "SE", 40000, None, 16000, "EUR",
         "crude tall oil from a kraft pulp mill is a dark-brown, resinous liquid that smells of pine and sulphur and "
         "has an acid value of about 160; these flexitanks hold a black, thin, engine-smelling oil with metal "
         "fines and water at the bottom, acid value near zero and 300 ppm of chlorine, gathered from garages and "
         "machine shops round Gävle: waste engine, gear and hydraulic oils (13 02 05*, 13 01 10*), hazardous waste "
         "whose export to a non-OECD country is banned, from Gävle to Tianjin; Swedish wording (waste oils repeat "
         "in many sets under fuel-oil and base-oil labels; a crude-tall-oil label was found in no earlier row by a "
         "keyword search)", {"importer_country": "CN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "HRROAD01", "road", "RS", [], "HR", "220300",
         "Pivo svetlo, lager, u kegovima od 50 l, 60 kegova", "RS", 3000, 60, 4200, "EUR",
         "a 50 l keg of lager sits at 2-3 bar, sloshes and foams when the spear is pressed; these 60 kegs read "
         "12 bar on a gauge, pour nothing but a cold, sweet-smelling gas that fogs the air and sets off a leak "
         "detector, and the spears are re-threaded with refrigerant valves: R-404A (an HFC blend) in refillable "
         "kegs, placed on the market without the quota authorisation and registration Regulation 2024/573 "
         "requires, on a lorry at Bajakovo for a Zagreb refrigeration wholesaler; Serbian wording (HFC smuggling "
         "by road from Serbia repeats in several sets, and beer-gas and CO2 labels in a few; a beer-keg label was "
         "found in no earlier row by a keyword search)", firm("Vega Rashladna Tehnika d.o.o.", "HR")),
        ("OZN-02", "import", "BGSEA01", "sea", "GE", [], "BG", "280440",
         "ჟანგბადის ბალონები ტურისტებისთვის, 8 ლ, 6 000 ცალი", "GE", 5400, 6000, 6000, "USD",
         "canned oxygen for hikers is a light aluminium can of about 120 g full, with a mask cap, that hisses "
         "briefly and is empty; these 6,000 cans weigh 900 g each, slosh, have a plain valve instead of a mask, "
         "read 6 bar, and a sniff of the gas sets off an HFC detector: HFC-134a in disposable cans, whose placing "
         "on the market Regulation 2024/573 forbids (and which needs quota authorisation), by sea from Poti to "
         "Burgas for a car-parts trader; Georgian wording (HFC-134a in small cans repeats in many sets; a "
         "canned-oxygen label was found in no earlier ozone row by a keyword search)",
         firm("Orion Avtochasti EOOD", "BG")),
        ("OZN-03", "import", "ESSEA01", "sea", "DZ", [], "ES", "080410",
         "Dattes Deglet Nour de Biskra, cartons de 5 kg, 4 t", "DZ", 4000, 800, 10000, "EUR",
         "a grocery container from Oran for an Alicante importer: Deglet Nour dates and couscous are what such "
         "importers buy, but the third item's 'aérosols de peinture de traçage' are 2,400 squat 1 kg steel cans "
         "with a bottom valve and no spray nozzle, which read 9 bar, are cold to the touch when vented and carry "
         "'R22' under the paint labels: chlorodifluoromethane (HCFC-22) in 1 kg service cans, whose import into the "
         "Union is banned (Regulation 2024/590), hidden as the last item of a three-item declaration, by sea from "
         "Oran to Alicante; Algerian French wording (HCFC-22 repeats in many sets and hidden behind food in a few; "
         "a marking-paint aerosol label and the Oran-Alicante route were found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Alimentación SL", "ES"),
              _more_items=[item("190240", "Couscous moyen, sacs de 1 kg, 2 t", "DZ", 2000, 2400, "EUR", qty=2000),
                           item("320820", "Aérosols de peinture de traçage pour chantiers, 2 400 pièces", "DZ", 2600, 1900, "EUR", qty=2400)])),
        ("OZN-04", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "290122",
         "丙烯 (R-1270) 制冷剂, 工业级, 钢瓶 40 L, 400 瓶", "CN", 9200, 400, 9200, "USD",
         "propylene (R-1270) is a flammable hydrocarbon refrigerant of 0.51 kg/l, shipped in red cylinders with "
         "flammable-gas labels; these 400 grey-green cylinders hold 23 kg each of a non-flammable liquid of 1.19 "
         "kg/l at 9 bar and the valve guards are stamped 'R22': chlorodifluoromethane (HCFC-22), an ozone-depleting "
         "substance moved through the Union without the licence Regulation 2024/590 requires, landed at "
         "Thessaloniki in transit from Ningbo to Skopje; Chinese wording (HCFC-22 in transit repeats in several "
         "sets, through Constanța and Koper among them; a propylene label through Thessaloniki was found in no "
         "earlier row by a keyword search)", {"importer_country": "MK"}),
        ("OZN-05", "import", "PLSEA01", "sea", "CN", [], "PL", "902511",
         "Termometry Galileusza, szklane, 44 cm, z kulkami, 1 800 szt.", "CN", 3600, 1800, 12600, "USD",
         "a Galileo thermometer is a tube of a light, odourless paraffinic liquid in which coloured glass bulbs "
         "rise and sink; in these 1,800 tubes the bulbs float too high, the fluid smells sweet like chloroform and "
         "weighs 1.59 kg/l, and a leaking tube leaves no greasy film: carbon tetrachloride, products containing an "
         "ozone-depleting substance whose import into the Union is banned (Regulation 2024/590), by sea from "
         "Ningbo to Gdańsk for a Poznań gift wholesaler; Polish wording (carbon tetrachloride repeats in many sets, "
         "under tetrachloroethylene labels and in glass fire grenades; a Galileo-thermometer label was found in no "
         "earlier row by a keyword search)", firm("Meridian Upominki Sp. z o.o.", "PL")),
        ("OZN-06", "import", "GRROAD01", "road", "TR", [], "GR", "841583",
         "Fan coil üniteleri, gizli tavan tipi, soğutucu gazsız, 120 adet", "TR", 4800, 120, 24000, "EUR",
         "fan-coil units hold a water coil, a fan and a drain tray, and no refrigerant; these 120 boxes hold "
         "indoor units with flare connections, each paired with an outdoor condenser carton in the same lorry, and "
         "the gauge on each outdoor unit's service port reads 10 bar: pre-charged R-410A split air conditioners "
         "(841510), HFC-charged equipment placed on the market without the quota coverage and declaration of "
         "conformity Regulation 2024/573 requires, at Kipoi for a Thessaloniki installer; Turkish wording (split "
         "air conditioners repeat in a few sets; a fan-coil label was found in no earlier row by a keyword search)",
         firm("Rivage Klimatismos AE", "GR")),
        ("OZN-07", "import", "GRAIR01", "express", "US", [], "GR", "381400",
         "Oxygen-service cleaning solvent for scuba regulators, HFE-based, 4 x 1 gal", "US", 24, 4, 520, "USD",
         "HFE oxygen-service cleaners boil at 60 °C or more and cost about 60 USD a kilo; these four cans are "
         "cheap, boil at 48 °C, weigh 1.57 kg/l and the filler's inner labels read 'R-113': "
         "1,1,2-trichlorotrifluoroethane (CFC-113), whose import into the Union is banned (Regulation 2024/590), "
         "sent by express from Florida to a dive centre in Heraklion; US English wording (CFC-113 repeats in several "
         "sets, once declared as an aviation oxygen-circuit solvent in blind35; an HFE dive-regulator label was "
         "found in no earlier row by a keyword search)", firm("Atlantic Diving Crete IKE", "GR")),
        ("OZN-08", "export", "MTSEA01", "sea", "MT", [], "TR", "720449",
         "Ċilindri vojta tas-CO2 minn vapuri, għall-ferrovecchio, 60 biċċa", "MT", 6600, 60, 1200, "EUR",
         "empty CO2 cylinders for scrap have their valves off and weigh about 60 kg; these 60 red cylinders from "
         "laid-up tankers and a cruise ship weigh 110 kg each, still have their valves and discharge heads, and "
         "a weigh-and-sniff check shows 45 kg of bromotrifluoromethane in each: halon 1301 (ODS), whose export "
         "from the Union is banned outside licensed critical uses (Regulation 2024/590), from Valletta to Aliağa; "
         "Maltese wording (halon 1301 repeats in many sets and empty-cylinder labels in two, blind44 and dev14-c; "
         "ship-system cylinders as scrap from Malta to Türkiye is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("OZN-09", "import", "DESEA01", "sea", "IN", [], "DE", "290110",
         "एथेन (R-170) रेफ्रिजरेंट, अल्ट्रा-लो फ्रीज़र हेतु, 40 सिलेंडर", "IN", 800, 40, 8000, "USD",
         "ethane (R-170) for ultra-low-temperature freezers is a flammable gas shipped in red cylinders at about "
         "38 bar; these 40 cylinders are grey, carry no flammable label, read 42 bar, the gas does not burn and "
         "an analyser reads fluoroform: trifluoromethane (HFC-23, GWP about 14,800), placed on the market without "
         "the quota authorisation Regulation 2024/573 requires, by sea from Mundra to Hamburg for a laboratory "
         "freezer servicer; Hindi wording (HFC-23 repeats in several sets as R-503, FE-13 and CHF3; an ethane "
         "label was found in no earlier row by a keyword search)", firm("Central Labortechnik GmbH", "DE")),
        ("OZN-10", "import", "ITSEA01", "sea", "CN", [], "IT", "850239",
         "Moduli ORC per recupero calore da biogas, 200 kWe, spediti a secco, 4 unità", "CN", 36000, 4, 480000,
         "EUR",
         "ORC waste-heat modules shipped dry have their working-fluid circuit open or at a nitrogen holding charge "
         "of 1-2 bar; these four read 1.2 bar of a heavy vapour at 20 °C, their receivers hold 900 kg each of a "
         "liquid of 1.32 kg/l, and an analyser reads 1,1,1,3,3-pentafluoropropane: HFC-245fa in pre-charged "
         "equipment, placed on the market without the quota coverage and declaration of conformity Regulation "
         "2024/573 requires, by sea from Shanghai to Ravenna for a biogas-plant builder; Italian wording (HFC-245fa "
         "repeats in several sets, once as ORC working fluid in blind19; pre-charged ORC modules declared dry were "
         "found in no earlier row by a keyword search)", firm("Alpina Energia Srl", "IT")),
    ],
    "cultural": [
        ("CUL-01", "export", "GRAIR01", "express", "GR", [], "AE", "680291",
         "Σαπουνοθήκη από μάρμαρο Νάξου, χειροποίητη, 1 τεμάχιο", "GR", 0.6, 1, 45, "EUR",
         "a Naxian-marble soap dish is a shallow, polished, drilled tray; this is a flat, folded-arm female figure "
         "22 cm long with a lyre-shaped head, a pointed foot, root marks and a brown encrustation on the back: a "
         "Cycladic marble figurine (Early Cycladic II, about 2700-2300 BC), an archaeological object that Greece "
         "forbids to export and that needs an EU export licence at any value (Regulation 116/2009), sent by "
         "express from Athens to a dealer in Dubai; Greek wording (Cycladic figurines repeat in blind11 and dev14-a "
         "under souvenir and 'style' labels, and a soap-dish label once, on alabaster from Oman in blind53; a "
         "Naxian-marble soap dish to Dubai is the new part)", {"importer_country": "AE"}),
        ("CUL-02", "import", "DEAIR01", "express", "AU", [], "DE", "950699",
         "Boomerang, hand-carved souvenir, decorated, 1 pc", "AU", 1.1, 1, 60, "AUD",
         "a souvenir boomerang is a bent, light, machine-cut plywood or hardwood blade with bright dot paint; this "
         "is a flat, oval, straight board of dense mulga wood 40 cm long with incised concentric circles and "
         "tracks, old red ochre and grease from handling, and no bend at all: a tjurunga, a secret-sacred object "
         "of Central Australian Aboriginal law whose export Australia forbids (Protection of Movable Cultural "
         "Heritage Act), brought in against Regulation 2019/880 and the UNESCO 1970 convention, sent by express "
         "from Alice Springs to a private collector in Munich; Australian English wording (an incised Aboriginal "
         "board repeats once, in dev18-a; a boomerang label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-03", "import", "DEPOST01", "post", "TR", [], "DE", "960629",
         "Taş düğmeler, el yapımı, eski usul, 14 adet", "TR", 0.3, 14, 30, "EUR",
         "handmade stone buttons are flat, polished discs with two or four thread holes; these fourteen are small, "
         "worn, conical and hemispherical stamps of serpentine and steatite with a pierced handle on top and, on "
         "the base, a deeply cut animal, rosette or Luwian hieroglyph that prints in reverse in clay: Hittite and "
         "Anatolian stamp seals (2nd millennium BC), archaeological objects that Türkiye forbids to export, brought "
         "in without regard to Regulation 2019/880, posted from Çorum to a private buyer in Cologne; Turkish "
         "wording (Anatolian antiquities repeat in many sets and Hittite ones once, a bronze stag in blind46; a "
         "stone-button label was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("CUL-04", "import", "FRPOST01", "post", "TN", [], "FR", "701810",
         "Perles en verre artisanales, pendentifs têtes, 8 pièces", "TN", 0.2, 8, 35, "TND",
         "new Nabeul lampwork beads are bright, glossy and identical; these eight are 2-3 cm pendants of opaque "
         "glass paste in the form of bearded and female heads with curled hair, eyes of yellow and blue, a "
         "suspension loop, iridescent weathering and tomb earth in the hollows: Punic glass-paste head pendants "
         "(6th-3rd century BC), archaeological objects that Tunisia forbids to export, brought in without regard "
         "to Regulation 2019/880, posted from Tunis to a private collector in Marseille; Tunisian French wording "
         "(Punic objects repeat in a few sets as stelae and garden stones; glass head pendants under a craft-bead "
         "label were found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-05", "import", "BESEA01", "sea", "IN", [], "BE", "940550",
         "Brass oil lamps, handicraft, assorted sizes, 300 pcs", "IN", 900, 300, 3600, "USD",
         "a Moradabad handicraft container for an Antwerp interior shop: brass lamps and carved chests are what "
         "such shops sell, but the third item's 'brass deity statue, antique finish' is a 60 cm bronze Parvati "
         "cast by lost wax with a worn, green-black patina, ritual-anointment residue, square tang holes for the "
         "processional base and an old temple inventory number scratched under the pedestal: a Chola-period "
         "bronze (about 11th century) stolen from a Tamil Nadu temple, whose export India forbids (Antiquities and "
         "Art Treasures Act), brought in against Regulation 2019/880, hidden as the last item of a three-item "
         "declaration, by sea from Mundra to Antwerp; English wording from India (Chola bronzes repeat in many "
         "sets, and temple-chariot panels in a Chennai furniture container in blind59; a bronze behind Moradabad "
         "brass lamps into Antwerp is the new part as far as a search found)",
         dict(firm("Horizon Déco SA", "BE"),
              _more_items=[item("940360", "Carved mango-wood chests, new, 40 pcs", "IN", 1600, 4000, "USD", qty=40),
                           item("830629", "Brass deity statue, antique finish, 1 pc", "IN", 38, 120, "USD", qty=1)])),
        ("CUL-06", "import", "ESPOST01", "post", "CU", [], "ES", "482390",
         "Papel antiguo decorativo para scrapbooking, lote de 120 hojas", "CU", 1.4, 120, 40, "EUR",
         "scrapbooking 'vintage' paper is printed to look old on even, machine-made stock; these 120 sheets are "
         "hand-laid rag paper with watermarks, iron-gall ink, 18th- and 19th-century notarial protocols and parish "
         "baptism entries from Matanzas, stamped with a Cuban archive seal and cut from their bindings: historical "
         "documents of the Cuban national heritage, whose export Cuba forbids, brought in against the UNESCO 1970 "
         "convention, posted from Havana to a private buyer in Cádiz; Cuban Spanish wording (a scrapbooking-paper "
         "label repeats once, on Malian manuscripts sent from France in blind88; Cuban archival documents were "
         "found in no earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "630629",
         "Teli protettivi usati per imbianchini, cotone, in rotolo, 1 collo", "IT", 14, 1, 30, "EUR",
         "used painters' drop cloths are creased, paint-splashed cotton sheets; this roll holds a 2 x 1.6 m "
         "relined canvas with a craquelured oil ground, an Assumption of the Virgin with angels, tack holes along "
         "the edges and the ghost of a stretcher, cut from its frame in a church near Caserta: a 17th-century "
         "Neapolitan altarpiece, stolen cultural property and a painting over 50 years old above the value "
         "threshold exported without the licence of Regulation 116/2009, in a van at Chiasso for a Lugano "
         "'restorer'; Italian wording (stolen church paintings repeat in several sets; rolled as painters' drop "
         "cloths was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-08", "export", "FRAIR01", "express", "FR", [], "US", "940599",
         "Abat-jour en parchemin, fait main, décor calligraphié, 4 pièces", "FR", 1.2, 4, 160, "EUR",
         "parchment lampshades are new, even, translucent skins printed with faux script; these four are "
         "folded, hand-ruled vellum leaves with Latin text in gothic script, gold-leaf initials, painted borders "
         "and miniatures of the Annunciation and the Flight into Egypt, cut from a 15th-century book of hours "
         "stolen from a provincial library: manuscript leaves, which need an EU export licence at any value "
         "(Regulation 116/2009), sent by express from Paris to a dealer in New York; French wording (book-of-hours "
         "leaves repeat in a few sets; a lampshade label was found in no earlier row by a keyword search: the one "
         "earlier lampshade row is Yemeni alabaster)", {"importer_country": "US"}),
        ("CUL-09", "import", "FRSEA01", "sea", "LB", [], "FR", "441899",
         "ألواح خشب مطلية مستعملة، للأثاث، 36 لوحًا", "LB", 720, 36, 1800, "USD",
         "reclaimed painted boards for furniture makers are planks with layers of house paint; these 36 panels are "
         "carved and gessoed cedar and poplar with raised gilt and polychrome 'ajami' decoration, floral scrolls, "
         "Arabic verses and an AH date of the 18th century, cut from the ceiling and wall cupboards of an Ottoman "
         "Damascus reception room: Syrian cultural property removed since 2011, whose import the Union forbids "
         "(Regulation 36/2012) and Regulation 2019/880 bars, by sea from Beirut to Marseille for a decorator; "
         "Lebanese Arabic wording (Syrian antiquities repeat in many sets; Damascene ajami panels were found in no "
         "earlier row by a keyword search)", firm("Galerie Rivage SARL", "FR")),
        ("CUL-10", "import", "ESAIR01", "air", "PH", [], "ES", "691200",
         "Kulon nga yuta, hinimo sa kamot, pangluto, 24 ka buok", "PH", 160, 24, 480, "USD",
         "new Visayan clay cooking pots (kulon) are thin, soot-free, red-fired and all the same size; 6 of these "
         "24 are thick, lidded earthenware jars with incised and red-slipped bands, calcified bone fragments and "
         "cave earth inside and the tags of an excavation trench on two lids: Philippine burial jars of the "
         "Kalanay tradition (about 500 BC - AD 1000), archaeological objects whose export the Philippines forbids "
         "(National Cultural Heritage Act), brought in without regard to Regulation 2019/880, flown from Cebu to "
         "Madrid mixed into a craft order; Cebuano wording (Philippine antiquities repeat in a few sets; burial "
         "jars under a kulon label were found in no earlier row by a keyword search)",
         firm("Galería Atlántica SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "import", "BEAIR01", "air", "AE", [], "BE", "710429",
         "Synthetic cubic zirconia, rough, unsorted, 24,000 ct", "AE", 4.8, None, 9600, "USD",
         "rough cubic zirconia is cheap, flawless, cut-off boule chips with a greasy lustre that a diamond tester "
         "reads as 'simulant'; these parcels hold octahedral crystals with natural trigons, green skins and "
         "inclusions that every tester reads as diamond, worth 9 million USD rather than 9,600, with sorting "
         "sheets in Russian and Yakutian size classes: Russian rough diamonds, whose import into the Union "
         "Regulation 833/2014 forbids, flown from Dubai to Antwerp for a trading house; English wording (Russian "
         "diamonds repeat in several sets under Emirati and Indian origin, once by air from Dubai to Antwerp as "
         "lab-grown stones in blind105; a cubic-zirconia label was found in no earlier row by a keyword search)", firm("Meridian Diamonds BV", "BE")),
        ("STR-02", "export", "PLROAD01", "road", "PL", ["BY", "RU"], "KZ", "010129",
         "Konie rzeźne, 6 sztuk", "PL", 3300, 6, 9000, "EUR",
         "horses for slaughter are old, heavy cold-bloods worth about a euro a kilo; these six are young English "
         "thoroughbreds in padded single stalls with their studbook passports and bloodlines in the lorry, "
         "travelling 5,000 km by road to Almaty with a Moscow racing stable named as their real buyer: pure-bred "
         "horses for breeding, luxury goods whose sale for use in Russia Regulation 833/2014 forbids (Annex "
         "XVIII), worth over a million euros, on a lorry from Warsaw through Belarus and Russia; Polish wording "
         "(live luxury animals repeat only as falcons and pigeons to the Gulf; thoroughbreds as slaughter horses "
         "were found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "AE", "902620",
         "Manometer für Espressomaschinen, Ersatzteile, 200 Stück", "DE", 60, 200, 3000, "EUR",
         "espresso-machine gauges are 40 mm dial manometers at about 15 EUR each; these 200 are stainless, "
         "heated capacitance diaphragm gauges with Inconel wetted parts and a 0-1 Torr range, at 3,000 EUR each on "
         "the maker's list, for a Sharjah 'coffee equipment' trader whose consignments go on to Bandar Abbas: "
         "pressure transducers controlled under dual-use 2B230 and listed in the Iran regulation (267/2012), "
         "exported without a licence, from Hamburg; German wording (capacitance manometers repeat in several sets "
         "under weather-station and TPMS labels; an espresso-gauge label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AE"}),
        ("STR-04", "export", "SEAIR01", "air", "SE", [], "TR", "903180",
         "Metalldetektorer för skattletare, 4 st.", "SE", 140, 4, 2400, "EUR",
         "treasure hunters' metal detectors are hand-held coils on a stick at a few hundred euros; these four are "
         "towed caesium-vapour magnetometer 'fish' with 300 m armoured cables, a noise floor of a few picotesla "
         "and a marine-survey console, at 60,000 EUR each, for an Istanbul 'hobby shop' whose buyer is a St "
         "Petersburg naval institute: magnetometers controlled under dual-use 6A006 and on the list of goods "
         "whose export for use in Russia Regulation 833/2014 forbids, flown from Stockholm; Swedish wording "
         "(magnetometers were found in no earlier row, and metal-detector labels only on detector finds, by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-05", "import", "NLSEA01", "sea", "CN", [], "NL", "441233",
         "杨木胶合板, 桦木面板, 18 mm, 中国原产, 2 个集装箱", "CN", 40000, None, 16000, "USD",
         "Chinese poplar-core plywood is light (about 500 kg/m3) with thick, soft, pale cores under a birch face; "
         "these sheets weigh 680 kg/m3, are birch through every ply, carry stamps of a Kostroma mill under the "
         "sanded-off edge marks and a GOST grade: Russian birch plywood, whose import into the Union Regulation "
         "833/2014 forbids, shipped via a Chinese port with a Chinese certificate of origin, by sea from Qingdao "
         "to Rotterdam; Chinese wording (Russian birch plywood repeats in several sets under Turkish and Kazakh "
         "origin; a Chinese poplar-core label was found in no earlier row by a keyword search)",
         firm("Nordhafen Hout BV", "NL")),
        ("STR-06", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "440290",
         "Berezadan yog'och ko'mir, barbekyu uchun, O'zbekiston, 10 kg qoplar, 3 vagon", "UZ", 150000, 15000,
         30000, "USD",
         "Uzbekistan has almost no birch forest and makes its barbecue charcoal from saxaul and fruit wood; these "
         "wagons hold white-barked birch charcoal with the bags' inner liners printed in Russian by a Vologda "
         "plant and wagon numbers of a Russian railway lessor: Russian wood charcoal, whose import into the Union "
         "Regulation 833/2014 forbids, by rail through Kazakhstan and Russia to Rēzekne with an Uzbek certificate "
         "of origin; Uzbek wording (Russian birch charcoal repeats in blind64 and blind95 under Kazakh origin, and "
         "Uzbek origin on sanctioned potash in blind82; kept as a known repeat, Uzbek origin on charcoal is the new "
         "part)", firm("Vega Kokogles SIA", "LV")),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "KZ", "940519",
         "Křišťálové lustry, český křišťál, 12 ks", "CZ", 480, 12, 36000, "EUR",
         "a Bohemian-glass air shipment for an Almaty hotel supplier: crystal chandeliers and porcelain services "
         "are what Czech firms still sell there, but the third item's 'náhradní díly pro zubní křesla' are 120 "
         "sealed glass linear scales and read heads for CNC machine-tool axes, with no dental part among them, for "
         "a buyer that re-sends to Yekaterinburg: linear encoders (9031 80), goods whose export for use in Russia "
         "Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown from Prague; "
         "Czech wording (encoders repeat in a few sets under sewing-machine and lift labels, and used dental chairs "
         "once, in blind57; a dental-spare-parts label behind chandeliers was found in no earlier row)",
         dict({"importer_country": "KZ"},
              _more_items=[item("691110", "Porcelánové jídelní soupravy, 60 ks", "CZ", 900, 9000, "EUR", qty=60),
                           item("901849", "Náhradní díly pro zubní křesla, 120 ks", "CZ", 96, 1800, "EUR", qty=120)])),
        ("STR-08", "export", "FRSEA01", "sea", "FR", [], "LB", "841989",
         "Cuves émaillées à agitateur pour confitures, 1 000 l, 3 unités", "FR", 9000, 3, 15000, "EUR",
         "enamelled jam-making pans are open, steam-jacketed kettles with a tilting gear; these three are closed "
         "glass-lined reactors with a bolted dome, a double mechanical seal, a jacket rated for -25 to 200 °C and "
         "a maker's chemical-service plate, for a Beirut 'confiserie' whose orders go on by road to Syria: "
         "glass-lined reactors controlled under dual-use 2B350 (chemical-weapons production equipment), exported "
         "without the licence Regulation 2021/821 requires, and listed in the Syria regulation (36/2012), from "
         "Marseille; French wording (glass-lined reactors repeat in a few sets, once for Syria as soap reactors in "
         "blind16; a jam-vessel label was found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-09", "transit", "LVSEA01", "sea", "CN", ["LV", "RU"], "KZ", "470610",
         "棉短绒浆, 造纸用, 捆装, 120 吨", "CN", 120000, None, 180000, "USD",
         "cotton-linter pulp for paper is a dry, white, fluffy sheet that burns slowly like paper; these bales "
         "hold damp, alcohol-wetted fibre in sealed drums inside the bales that flashes off at a match with no "
         "ash, and the drum labels read 'NC 12.6 % N': nitrocellulose for propellants, goods whose transit through "
         "the Union to Russia Regulation 833/2014 forbids, landed at Riga in transit from Qingdao to a Kazakh "
         "consignee on the far side of Russia; Chinese wording (nitrocellulose repeats in blind4 and blind15, "
         "declared as lacquer grade; under a cotton-linter-pulp label in transit through Riga is the new part)", {"importer_country": "KZ"}),
        ("STR-10", "export", "FIAIR01", "air", "FI", [], "KG", "903040",
         "Satelliittiantennien suuntausmittarit asentajille, 20 kpl", "FI", 180, 20, 3000, "EUR",
         "satellite-dish alignment meters are hand-held signal meters at about 150 EUR; these 20 are 26.5 GHz "
         "real-time spectrum analysers with a vector-signal option at 40,000 EUR each on the maker's list, for a "
         "Bishkek 'satellite TV installer' registered last spring whose last buyers are in Russia: spectrum "
         "analysers controlled under dual-use 3A002.c and on the common high-priority list (9030), whose export "
         "to Russia and re-export through third countries Regulation 833/2014 forbids, flown from Helsinki; Finnish "
         "wording (analysers as TV-signal meters repeat once, in blind43; kept as a known repeat, by air from "
         "Finland to Kyrgyzstan is the new part)", {"importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "NA", [], "DE", "420500",
         "Bedrukte kalfsvel-mat, jagluiperdpatroon, 1 stuk", "NA", 6, 1, 180, "NAD",
         "a printed calfskin rug has short, stiff hair with printed spots that stop at the hair tips and a pale "
         "skin side; this one has soft, fine hair with solid black spots running to the roots, black 'tear lines' "
         "down the face, a long spotted tail ending in rings and a bullet hole repaired on the flank: a cheetah "
         "skin (Acinonyx jubatus, CITES App. I) without CITES documents, flown from Windhoek to Frankfurt for a "
         "private buyer; Afrikaans wording (cheetah repeats only as live cubs under cat labels; spotted-rug "
         "labels on leopard skins repeat in blind10, from Namibia, and blind18; a printed-calfskin label was found "
         "in no earlier row by a keyword search)", person("Privatperson", "DE")),
        ("WLF-02", "import", "NLPOST01", "post", "ZW", [], "NL", "711790",
         "Braided nylon fishing-line bangles, black, 60 pcs", "ZW", 0.3, 60, 90, "USD",
         "bangles braided from nylon fishing line are even, glossy and melt with a drip of plastic under a lighter; "
         "these 60 are braided from thick, tapering, coarse black hairs of uneven length that singe with a "
         "burnt-hair smell: elephant-tail hair bracelets (Loxodonta africana, CITES) without CITES documents, posted "
         "from Victoria Falls to a private buyer in Utrecht; Zimbabwean English wording (elephant-hair bracelets "
         "repeat in blind7, blind25 and dev25-e under horsehair and fibre labels; kept as a known repeat, a "
         "fishing-line label from Zimbabwe is the new part)", person("M. Bakker", "NL")),
        ("WLF-03", "import", "DEAIR01", "express", "TZ", [], "DE", "442011",
         "Vinyago vya kinyonga vya mvule, vya mkono, 40", "TZ", 3.2, 40, 120, "USD",
         "mvule-wood chameleon carvings are solid, golden-brown figures; the box weighs half what 40 carvings "
         "should and, under a layer of six real carvings, holds 34 cloth bags with live horned and three-horned "
         "chameleons from the Usambara and Uluguru mountains: wild Kinyongia and Trioceros chameleons (CITES App. "
         "II, under Union import suspension for several species) without CITES documents, sent by express from "
         "Dar es Salaam to a reptile dealer in Hamm; Swahili wording (live chameleons repeat in several sets "
         "under reptile-trade labels, mostly from Madagascar and once from Tanzania in dev5-a; inside a carving "
         "order was found in no earlier row by a keyword search)", firm("Vega Terraristik GmbH", "DE")),
        ("WLF-04", "import", "ESSEA01", "sea", "BR", [], "ES", "440922",
         "Deck de itaúba, aparelhado, 21 x 145 mm, 30 m3", "BR", 30000, None, 36000, "USD",
         "itaúba decking is olive-brown, greasy to the touch and smells of kerosene when planed; these boards are "
         "very hard, dark olive-brown with a fine yellow powder (lapachol) in the pores that stains a wet finger "
         "yellow, sink at once in water and blunt a saw: ipê (Handroanthus spp., CITES App. II since 2024) without "
         "a Brazilian CITES export permit, by sea from Belém to Vigo for a decking importer; Brazilian "
         "Portuguese wording (ipê repeats in blind20 as bow blanks and in blind81 as garapa decking from Belém to "
         "Leixões; an itaúba label was found in no earlier row by a keyword search)", firm("Atlántica Maderas SL", "ES")),
        ("WLF-05", "import", "DEAIR01", "air", "IR", [], "DE", "210690",
         "پودر نوشیدنی ثعلب آماده، بسته 1 کیلویی، 150 بسته", "IR", 150, 150, 1200, "EUR",
         "instant salep drink mix is mostly sugar, milk powder and starch, sweet and cinnamon-scented; these 150 "
         "bags hold a grey-white, unsweetened flour that turns a cup of water into a stiff, glue-like mucilage, "
         "ground from dried tubers whose scraps in the sacks show the paired round tubers of wild orchids: pure "
         "salep from wild-dug Orchis and Ophrys (all orchids CITES App. II) without CITES documents, flown from "
         "Tehran to Hamburg for a Persian grocery wholesaler; Persian wording (salep repeats in blind29, blind57 and "
         "blind58 from Türkiye, the last two under instant-mix labels, and from Iran declared as salep in dev7-b; "
         "kept as a known repeat, an instant-mix label from Iran is the new part)",
         firm("Orion Orientfeinkost GmbH", "DE")),
        ("WLF-06", "import", "FRAIR01", "air", "SB", [], "FR", "030829",
         "Drae sea kukumba (bech-de-mer), farm, 80 kilo", "SB", 80, None, 2400, "USD",
         "farmed sandfish are small, grey-black and even in size; these 80 kg are large, brick-red to orange "
         "dried bodies up to 40 cm with star-shaped papillae in clusters of three, gathered on Malaita reefs: "
         "prickly redfish (Thelenota ananas, CITES App. II since 2022) without CITES documents, under a "
         "Solomon Islands export moratorium, flown from Honiara to Paris for a seafood wholesaler; Solomon Islands "
         "Pijin wording (Thelenota repeats once, in dev28-e from New Caledonia; from the Solomon Islands is the new "
         "part as far as a search found)", firm("Rivage Produits de la Mer SARL", "FR")),
        ("WLF-07", "import", "SEPOST01", "post", "ET", [], "SE", "711790",
         "የሬዚን ጥፍር ሃብል (ቅጂ), 6", "ET", 0.4, 6, 1200, "ETB",
         "resin claw necklaces are light, seamless castings that feel warm; these six are strung with real, "
         "hollow-based, keratin claws of graded sizes with dried tissue inside and canine teeth with open roots: "
         "leopard and lion claws and teeth (Panthera pardus App. I, Panthera leo App. II) without CITES documents, "
         "posted from Addis Ababa to a private buyer in Gothenburg; Amharic wording (big-cat parts repeat in many "
         "sets and resin-replica claw labels in blind61 and blind66, from South Africa and Canada; kept as a known "
         "repeat, by post from Ethiopia is the new part)",
         person("Mr L. Nilsson", "SE")),
        ("WLF-08", "import", "DESEA01", "sea", "PA", [], "DE", "440729",
         "Madera de bocote aserrada, bloques para mangos de cuchillo, 2 t", "PA", 2000, None, 8000, "USD",
         "bocote is a golden-brown wood with dark, wavy, eye-like figure that smells faintly of dill; these blocks "
         "are orange-red, darkening to purple, with black streaks, so oily they feel waxy, and they smell of "
         "spice and raise a rash on the hands: cocobolo (Dalbergia retusa, CITES App. II) without a CITES export "
         "permit, by sea from Colón to Hamburg for a Solingen knife-handle maker; Panamanian Spanish wording "
         "(cocobolo repeats in dev13-b and blind10; a bocote label was found in no earlier row by a keyword search)",
         firm("Alpina Messer GmbH", "DE")),
        ("WLF-09", "import", "NLAIR01", "express", "MY", [], "NL", "491191",
         "Bingkai seni rama-rama bercetak, 30 keping", "MY", 3.6, 30, 300, "MYR",
         "printed butterfly art is a flat print under glass; these 30 frames hold real, pinned butterflies with "
         "velvet-black and emerald wings, scales that come off on a finger and bodies under the pins: Rajah "
         "Brooke's birdwings (Trogonoptera brookiana, CITES App. II) and Ornithoptera birdwings without CITES "
         "documents, sent by express from Kuala Lumpur to a decorator in Haarlem; Malay wording (birdwings repeat in "
         "a few sets and printed butterfly-art labels in blind67 and blind96, from Indonesia and Papua New Guinea; "
         "kept as a known repeat, from Malaysia is the new part)",
         firm("Horizon Decoratie BV", "NL")),
        ("WLF-10", "import", "NLPOST01", "post", "MX", [], "NL", "050800",
         "Caparazones de erizo de mar secos, decorativos, 40 piezas", "MX", 1.6, 40, 800, "MXN",
         "dried sea-urchin tests are hollow, brittle, chalky shells with pore rows; these 40 are soft, living, "
         "spineless, grey-green button cacti with eight ribs covered in white flecks and woolly areoles, roots "
         "wrapped in newspaper, dug in Tamaulipas: the 'sea-urchin cactus' Astrophytum asterias (CITES App. I) "
         "without CITES documents, posted from Reynosa to a private collector in Leiden; Mexican Spanish wording "
         "(Astrophytum repeats in a few sets under collection-cactus labels; a sea-urchin label was found in no "
         "earlier row by a keyword search)", person("Particulier", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LTROAD01", "road", "UA", "LT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (aquarium algae treatment)", "UA", 2.3, 2, 30,
     "EUR", [("PRECURSOR_LICENCE", "LT-PD-47-0114")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "US", "CZ", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "US", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "CZ-MV-47-0231")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLROAD01", "road", "CH", "NL", "271500",
     "Tar-containing asphalt granulate (17 03 01*), for thermal cleaning at a licensed plant, 24 t", "CH", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-47-0302")], "notified tar asphalt to a licensed thermal treatment plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854931",
     "Waste printed circuit boards (16 02 15*), for precious-metal recovery at a licensed smelter, 20 t", "NO",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-47-0077")], "notified waste boards to a licensed smelter"),
    ("PRM-05", "ozone", "import", "HRROAD01", "road", "RS", "HR", "382764",
     "R-404A refrigerant, refillable cylinders 50 kg, 20 pcs, within the importer's HFC quota", "RS", 1000, 20,
     12000, "EUR", [("FGAS_QUOTA", "HR-MZOZT-FG-47-031")], "R-404A imported under quota authorisation"),
    ("PRM-06", "ozone", "export", "MTSEA01", "sea", "MT", "TR", "290376",
     "Recovered halon 1301, 10 cylinders, for critical-use aircraft fire protection", "MT", 450, 10, 9000, "EUR",
     [("ODS_LICENCE", "MT-ERA-ODS-47-004")], "recovered halon 1301 exported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Book-of-hours leaf, Annunciation miniature, Paris, c. 1460, documented collection since 1921", "FR", 0.2, 1,
     24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-47-0218")], "manuscript leaf exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "TR", "DE", "970510",
     "Anatolian stamp seal, steatite, 2nd millennium BC, export-permitted collection piece with provenance",
     "TR", 0.1, 1, 3800, "EUR", [("IMPORT_LICENCE", "DE-BKM-IMP-47-0019")],
     "documented archaeological object imported with its import licence"),
    ("PRM-09", "strategic", "export", "FIAIR01", "air", "FI", "IN", "903040",
     "Real-time spectrum analysers 26.5 GHz, 4 units, for an Indian telecom test laboratory", "FI", 36, 4, 160000,
     "EUR", [("EXPORT_LICENCE", "FI-UM-47-0288"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-47-0141")],
     "dual-use spectrum analysers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "KR", "902620",
     "Capacitance diaphragm gauges, heated, 0-1 Torr, 40 units, for a Korean semiconductor fab", "DE", 12, 40,
     120000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-47-1107"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-47-0066")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "PA", "DE", "440729",
     "Cocobolo (Dalbergia retusa) knife-handle blocks, legally harvested, 1 t", "PA", 1000, None, 9000, "USD",
     [("CITES_PERMIT", "PA-MIAMBIENTE-47-0093")], "App. II cocobolo with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "NA", "DE", "970522",
     "Cheetah hunting trophy (skin), within Namibia's CITES export quota", "NA", 6, 1, 12000, "NAD",
     [("CITES_PERMIT", "NA-MEFT-47-0412"), ("CITES_PERMIT", "DE-BFN-47-0097")], "App. I cheetah trophy within quota with its export and import permits"),
]

CONSIGNEES = {
    "PRM-01": "Asmuo privatus", "PRM-02": "Soukromá osoba", "PRM-05": "Vega Rashladna Tehnika d.o.o.",
    "PRM-08": "Orion Orientalia GmbH", "PRM-11": "Alpina Messer GmbH", "PRM-12": "Herr K. Becker",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("284310", "Colloidal silver water, 25 ppm, 500 ml", "import", ["post"], ["RS", "GB"], (8, 15), (1, 3), ["EUR", "GBP"], 2, S),
    ("220890", "Tequila blanco, 100 % agave, 750 ml", "import", ["sea"], ["MX"], (8, 14), (4000, 12000), ["USD"], 1.3, S),
    ("220890", "Baijiu, sorghum spirit, 500 ml", "import", ["sea"], ["CN"], (6, 12), (3000, 8000), ["USD"], 1.5, S),
    ("283919", "Sodium silicate solution (water glass), concrete sealer, 5 l", "import", ["road"], ["AL", "RS"], (0.6, 1.0), (6000, 18000), ["EUR"], 0.15, S),
    ("291815", "Magnesium citrate powder, food supplement, 1 kg", "import", ["post"], ["KZ", "GB"], (15, 25), (1, 4), ["EUR", "GBP"], 1, S),
    ("293220", "Glucono-delta-lactone, tofu coagulant, 500 g", "import", ["air"], ["JP", "CN"], (5, 9), (100, 600), ["USD"], 2, S),
    ("100840", "Fonio, precooked, 1 kg bags", "import", ["sea"], ["GN", "ML"], (1.5, 3), (4000, 10000), ["EUR"], 1, S),
    ("170290", "Trehalose, baking sugar, 1 kg", "import", ["air"], ["KR", "JP"], (4, 7), (100, 500), ["USD"], 1, S),
    ("350510", "Maltodextrin powder for sports drinks, 1 kg", "import", ["post"], ["CH", "GB"], (8, 15), (1, 4), ["CHF", "GBP"], 1, S),
    ("330499", "Witch hazel toner, alcohol-free, 500 ml", "import", ["express"], ["CA", "US"], (15, 30), (1, 3), ["CAD", "USD"], 2, S),
    ("270111", "Anthracite, washed nuts 20-40 mm", "import", ["sea"], ["ZA", "VN"], (0.15, 0.3), (20000, 40000), ["USD"], None, S),
    ("440149", "Kiln-dried softwood shavings for horse bedding, baled", "export", ["road"], ["RS", "UA"], (0.15, 0.3), (12000, 22000), ["EUR"], 0.05, S),
    ("251990", "Dead-burned (sintered) magnesia, 0-5 mm", "import", ["sea"], ["CN", "TR"], (0.4, 0.7), (20000, 26000), ["USD"], None, S),
    ("851779", "Mobile phone spare parts, new, display modules", "import", ["air"], ["CN", "HK"], (40, 80), (100, 800), ["USD"], 10, S),
    ("850220", "Petrol generating sets, new, 5 kVA", "import", ["sea"], ["CN"], (3, 5), (4000, 10000), ["USD"], 0.013, S),
    ("380894", "Hand sanitiser gel, 70 % ethanol, 500 ml", "import", ["sea"], ["TR", "CN"], (1.5, 3), (6000, 14000), ["USD", "EUR"], 2, S),
    ("271490", "Gilsonite (natural asphaltite), for drilling fluids", "import", ["sea"], ["US"], (0.4, 0.8), (18000, 24000), ["USD"], None, S),
    ("440141", "Beech sawdust for fish smoking, 15 kg sacks", "export", ["road"], ["UA", "MD"], (0.3, 0.6), (8000, 18000), ["EUR"], 0.07, S),
    ("380300", "Crude tall oil, from kraft pulping, flexitank", "export", ["sea"], ["US", "CN"], (0.5, 0.8), (18000, 24000), ["EUR"], None, S),
    ("220300", "Lager beer, 50 l kegs", "import", ["road"], ["RS", "BA"], (0.8, 1.3), (8000, 18000), ["EUR"], 0.02, S),
    ("280440", "Canned oxygen for hikers, 8 l, with mask cap", "import", ["sea"], ["CN", "US"], (15, 30), (1000, 4000), ["USD"], 8, S),
    ("320820", "Marking-paint aerosols for construction sites, 500 ml", "import", ["sea"], ["DZ", "TR", "CN"], (3, 6), (2000, 6000), ["EUR", "USD"], 2, S),
    ("902511", "Galileo thermometers, glass, boxed", "import", ["sea"], ["CN"], (2.5, 5), (2000, 6000), ["USD"], 0.5, S),
    ("841583", "Fan-coil units, ducted, without refrigerant", "import", ["road"], ["TR"], (4, 7), (3000, 9000), ["EUR"], 0.025, S),
    ("381400", "HFE-based oxygen-service cleaning solvent, 1 gal", "import", ["express"], ["US"], (40, 70), (1, 4), ["USD"], 0.25, S),
    ("850239", "ORC waste-heat modules, shipped with nitrogen holding charge", "import", ["sea"], ["CN", "US"], (10, 16), (8000, 20000), ["USD", "EUR"], 0.0001, S),
    ("680291", "Naxian-marble soap dishes, handmade", "export", ["post"], ["US", "GB"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("950699", "Souvenir boomerangs, plywood, dot-painted", "import", ["post"], ["AU"], (30, 60), (1, 2), ["AUD"], 3, S),
    ("960629", "Stone buttons, new, handmade", "import", ["express"], ["TR", "IN"], (40, 80), (1, 2), ["EUR", "USD"], 100, S),
    ("701810", "Lampwork glass beads, new, Nabeul", "import", ["post"], ["TN"], (40, 80), (1, 2), ["EUR"], 100, S),
    ("940550", "Brass oil lamps, handicraft, Moradabad", "import", ["sea"], ["IN"], (4, 8), (1000, 4000), ["USD"], 0.3, S),
    ("482390", "Scrapbooking paper, vintage-print, pads", "import", ["post"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 20, S),
    ("630629", "Cotton canvas drop cloths for painters", "import", ["sea"], ["PK", "IN"], (2.5, 4), (3000, 8000), ["USD"], 0.5, S),
    ("940599", "Parchment-paper lampshades, printed script", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("691200", "Clay cooking pots (kulon), new, handmade", "import", ["air"], ["PH"], (2, 4), (100, 500), ["USD"], 0.15, S),
    ("710429", "Synthetic cubic zirconia, rough boule", "import", ["air"], ["CN", "IN"], (150, 400), (50, 300), ["USD"], None, S),
    ("902620", "Dial pressure gauges for espresso machines", "export", ["air"], ["TR", "AE"], (40, 80), (100, 500), ["EUR"], 20, S),
    ("903180", "Hobby metal detectors, hand-held", "import", ["sea"], ["CN", "US"], (20, 40), (1000, 4000), ["USD"], 0.5, S),
    ("441233", "Poplar-core plywood, birch face, 18 mm", "import", ["sea"], ["CN", "VN"], (0.5, 0.8), (18000, 26000), ["USD"], None, S),
    ("440290", "Barbecue charcoal, hardwood, 10 kg bags", "import", ["sea"], ["NG", "UA", "PY"], (0.4, 0.8), (12000, 24000), ["USD", "EUR"], 0.1, S),
    ("903040", "Satellite-dish alignment meters, hand-held", "import", ["air"], ["CN", "TW"], (40, 80), (100, 600), ["USD"], 2, S),
    ("470610", "Cotton-linter pulp for paper making, bales", "import", ["sea"], ["CN", "US"], (0.8, 1.3), (18000, 24000), ["USD"], None, S),
    ("442011", "Mvule-wood chameleon carvings, new", "import", ["express"], ["TZ", "KE"], (30, 60), (1, 3), ["USD"], 10, S),
    ("440922", "Itaúba decking, planed, 21 x 145 mm", "import", ["sea"], ["BR"], (1.0, 1.6), (18000, 26000), ["USD"], None, S),
    ("210690", "Salep-flavoured instant drink mix, starch-based, 1 kg", "import", ["sea"], ["TR"], (3, 5), (3000, 8000), ["EUR"], 1, S),
    ("440729", "Bocote knife-handle blocks, sawn", "import", ["sea"], ["MX", "PA"], (4, 8), (1000, 3000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and blind120, blind80's everyday rows (blind72's, with
# blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows), with four
# new rows instead of blind120's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630231", "Cotton pillowcases, pairs", "import", ["sea"], ["PK", "BD"], (5, 8), (3000, 8000), ["USD"], 3, N),
        ("401699", "Office rubber bands, natural rubber", "import", ["sea"], ["MY", "TH"], (2.5, 4), (3000, 8000), ["USD"], None, N),
        ("450490", "Cork notice boards, framed", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.5, N),
        ("630790", "Quilted cotton oven mitts", "import", ["post", "express"], ["GB", "TR"], (20, 40), (1, 3), ["GBP", "EUR"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind128", 20470701, HERE)


if __name__ == "__main__":
    main()
