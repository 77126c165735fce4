#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-second blind set (tests/risk/data/blind282-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2073, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: school, office and stationery
supply (stationery and office-supply wholesalers, school-supply distributors and
back-to-school importers, pen, pencil and marker makers, office-equipment dealers and
copier service firms, records-shredding firms and office-furniture clearers).
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
only where a real declaration would. Ids are BL282-*:

    python3 tests/risk/data/make_blind282_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2073, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2073
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SKAIR01", "express", "CN", [], "SK", "382499",
         "钢笔墨水消字灵补充液 (除墨液), 500毫升 x 6瓶", "CN", 3.4, 6, 150, "CNY",
         "ink-eradicator refills for fountain-pen ink are weak sulphite or hypochlorite solutions sold in 5 ml "
         "pen cartridges; these six half-litre bottles hold a water-clear liquid of 1.13 kg/l with vented caps "
         "that whitens and stings the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above "
         "12 %), sent by express from Yiwu to a private person in Košice who resells 'ink-killer' refills on a "
         "marketplace; Chinese wording (hydrogen peroxide repeats in many sets and whitening labels on it in a few; "
         "an ink-eradicator refill label was found in no earlier row by a keyword search)",
         person("Zuzana Horváthová", "SK")),
        ("PRE-02", "import", "HUAIR01", "air", "IN", [], "HU", "321590",
         "परमानेंट मार्कर रिफिल स्याही (अल्कोहल आधारित), 1 लीटर, 36 बोतलें", "IN", 41, 36, 360, "USD",
         "alcohol-based refill ink for permanent markers is a dyed ethanol or propanol solution of 0.80 kg/l that "
         "smells of spirit and stains everything it touches; these 36 litre bottles hold a colourless, faintly "
         "fruity liquid of 1.14 kg/l that leaves no colour on paper, and the filler's drum label reads 'CH3NO2', "
         "for a Budapest office-supply web shop that sells the 'refills' by the litre to model-engine hobbyists: "
         "nitromethane (Annex I above 16 %) made available to members of the public, flown from Mumbai; Hindi "
         "wording (nitromethane repeats in many sets and ink and thinner labels on it in several, kept as a repeat "
         "of that family; a marker-refill-ink label was found in no earlier row by a keyword search)",
         firm("Central Irodaszer Kft.", "HU")),
        ("PRE-03", "import", "GRSEA01", "sea", "TR", [], "GR", "271019",
         "Evrak imha makinesi yağı (kâğıt öğütücü bakım yağı), 1 litre, 1.000 şişe", "TR", 1840, 1000, 1500, "EUR",
         "the lubricating oil for office paper shredders is a light, pale mineral oil of 0.86 kg/l sold in 350 ml "
         "squeeze bottles; these 1,000 litre bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot "
         "with a drop of water and chars the carton where it leaked, for a Piraeus office-supply wholesaler whose "
         "web shop sells the litres to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for "
         "members of the public, by sea from Mersin; Turkish wording (sulphuric acid repeats in many sets and oil "
         "labels on it in several, blind264 and blind280 among them, kept as a repeat of that family; a "
         "shredder-oil label was found in no earlier row by a keyword search)", firm("Orion Grafiki Ili AE", "GR")),
        ("PRE-04", "import", "CZAIR01", "air", "KR", [], "CZ", "282739",
         "제설용 염화칼슘 과립 (가정용), 1 kg 봉지, 300봉", "KR", 300, 300, 900, "USD",
         "household de-icing calcium chloride is a white, flaky, very hygroscopic salt that warms in water; these "
         "300 bags hold fine, dry, free-flowing crystals that stay dry in the shop air, dissolve slowly and "
         "flare with sugar on a hot plate, and whose inner liners read 'KClO4', for a Brno garden-and-home web "
         "shop: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Incheon to Prague; Korean wording (potassium perchlorate repeats in many sets and de-icing labels on "
         "precursors in many, kept as a repeat of that family; from Korea to Czechia by air is the new part as "
         "far as a search found; not a stationery good)", firm("Vega Dům a Zahrada s.r.o.", "CZ")),
        ("PRE-05", "import", "ITSEA01", "sea", "EG", [], "IT", "110819",
         "بودرة عجينة الملح للتشكيل في الحضانات والمدارس، شكاير 25 كجم، 400 شيكارة", "EG", 10000, 400, 3200, "USD",
         "salt-dough modelling powder for kindergartens is a soft, white flour-and-salt mix that turns into a "
         "dough with water; these 400 sacks hold hard, white prills that turn ice-cold and vanish in water, "
         "never make a dough, test at 34 % N and melt and fume on a hot plate, for a Naples school-supply "
         "distributor that repacks them in 1 kg 'craft' tubs sold to the public: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by sea from Alexandria to Salerno; Egyptian "
         "Arabic wording (ammonium nitrate repeats in many sets and a salt-dough play-dough label once, blind202, "
         "on another precursor, kept as a repeat of the label; for an Italian school-supply distributor from Egypt "
         "is the new part as far as a search found)",
         firm("Meridian Forniture Scolastiche Srl", "IT")),
        ("PRE-06", "import", "ATPOST01", "post", "TH", [], "AT", "350691",
         "ผงกาวทำกระดาษปาเปเยมาเช่สำหรับงานศิลปะในโรงเรียน, 4 x 500 กรัม", "TH", 2.0, 4, 600, "THB",
         "papier-mâché paste powder is a grey-white methyl-cellulose flake that swells into a slime in water; "
         "these four tubs hold white, glittering crystals that dissolve at once to a thin, salty liquid, never "
         "swell, flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above "
         "40 %), posted from Chiang Mai to a private person in Graz; Thai wording (sodium chlorate repeats in many "
         "sets and glue and paste labels on it in a few; a papier-mâché paste label was found in no earlier row "
         "by a keyword search)", person("Frau E. Gruber", "AT")),
        ("PRE-07", "import", "FRAIR01", "air", "JP", [], "FR", "340290",
         "万年筆用ペンフラッシュ (洗浄液), 1 L x 60本", "JP", 84, 60, 360000, "JPY",
         "pen flush for cleaning fountain pens is a weak ammonia and surfactant solution of about 1.0 kg/l that "
         "smells faintly of ammonia; these 60 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin "
         "yellow and eat into a steel nib, for a Paris fountain-pen shop that sells the litre bottles over the "
         "counter and online: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, "
         "flown from Osaka to Paris; Japanese wording (nitric acid repeats in many sets and pen-flush labels in "
         "three, blind60, blind63 and blind103, kept as a repeat of that label; on nitric acid from Japan is the "
         "new part as far as a search found)", firm("Horizon Stylos et Papeterie SARL", "FR")),
        ("PRE-08", "import", "NLSEA01", "sea", "CN", [], "NL", "283699",
         "软水盐片, 洗碗机和软水器用, 25公斤袋, 600袋", "CN", 15000, 600, 3000, "USD",
         "water-softener salt is coarse, white, glassy sodium chloride tablets or pellets that taste of salt; these "
         "600 bags hold shiny, flaky crystals that crackle and spit violet sparks on a hot iron, taste cool and "
         "bitter, and the maker's sheet in the container gives CAS 3811-04-9, for a Tilburg household-goods "
         "trader that re-bags the salt in 1 kg packs for marketplaces: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Qingdao to Rotterdam; Chinese wording (potassium "
         "chlorate repeats in many sets and water-softener-salt labels in many, kept as a repeat of the label; "
         "from Qingdao to a Tilburg household-goods trader is the new part as far as a search found; not a "
         "stationery good)",
         firm("Delta Huishoudartikelen BV", "NL")),
        ("PRE-09", "import", "ESAIR01", "air", "PK", [], "ES", "250590",
         "اسکول آرٹ کے لیے سفید کرافٹ ریت، 1 کلو پیکٹ، 500 پیکٹ", "PK", 500, 500, 600, "USD",
         "white craft sand for school sand-art bottles is a fine, hard quartz sand that scratches glass and never "
         "dissolves; these 500 packets hold a soft, white, hygroscopic powder that dissolves at once, turns damp "
         "in the warehouse and burns fiercely with sugar, for a Madrid back-to-school importer that sells the "
         "packets to the public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Lahore; Urdu wording (sodium perchlorate repeats in many sets and sand and grit labels on "
         "precursors in a few, blind264 among them; a craft-sand label was found in no earlier row by a keyword "
         "search)", firm("Atlantic Material Escolar SL", "ES")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "340290",
         "Tečnost za čišćenje mlaznica kertridža za štampače, kanister 5 l, 300 kanistera (2. od 4 pošiljke)", "RS",
         1800, 300, 1500, "EUR",
         "inkjet-cartridge nozzle cleaner is a mild, soapy glycol-water mix of about 1.02 kg/l; these 300 cans hold "
         "a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, whitens the skin and fizzes on "
         "rust, the second of four vans booked that week each kept under 2 t, for a Szeged cartridge-refill shop "
         "that sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for "
         "members of the public, at Röszke; Serbian wording in Latin script (hydrogen peroxide repeats in many sets "
         "and splits over several vans in blind264 and blind280, kept as a repeat of that form; a nozzle-cleaner "
         "label once, blind90, for 3D printers on an ozone good; an inkjet-cartridge nozzle cleaner was found in no "
         "earlier row by a keyword search)", firm("Vega Toner Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "847130",
         "Gebruikte schoollaptops (Chromebooks), getest en werkend, 4.000 stuks", "NL", 6000, 4000, 20000, "EUR",
         "tested used school laptops come wiped, graded, with chargers and a test list per serial number; these "
         "gaylords hold the Chromebooks a Dutch school-IT leasing firm took back at the end of their lease, cracked, "
         "with missing keys, bloated batteries lifting the keyboards and no chargers, at 5 EUR each with no test "
         "report, bought by an Accra dismantler: waste electrical equipment with lithium batteries (A1180 and "
         "hazardous), whose export to a non-OECD country is banned, from Rotterdam to Tema; Dutch wording (dead "
         "laptops as e-waste repeat in many sets and a school-laptop label once, blind177, kept as a repeat of the "
         "good; a Chromebook lease-return label was found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "SN", "844331",
         "Fotocopiatrici multifunzione usate, revisionate, 120 pezzi", "IT", 14400, 120, 12000, "EUR",
         "refurbished office copiers come cleaned, with new drums and a meter reading and test print for each; "
         "these 120 are dead machines taken out of Milan offices by a copier-service firm, with cracked glass, "
         "leaking waste-toner boxes, mercury-lamp scanners and no drums, loaded with loose toner bottles: waste "
         "electrical equipment with hazardous components (A1180) whose export to a non-OECD country is banned, "
         "from Genoa to Dakar; Italian wording (dead copiers and printers repeat in many sets, kept as a repeat "
         "of the good; a copier-service firm's returns to Senegal are the new part as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "ID", "470790",
         "Aktenvernichtungspapier, sortenrein, gepresste Ballen, 24 t", "DE", 24000, None, 2400, "EUR",
         "shredded office paper for recycling is clean, white strip-cut paper in tight bales; these bales from a "
         "Hamburg records-destruction firm hold paper strips shot through with shredded CDs and hard-disk "
         "platters, ring-binder mechanisms, plastic folders, toner cartridges, food waste and button cells from "
         "the offices' whole bins: mixed waste that is neither clean paper (B3020) nor any green-listed waste, "
         "whose export to a non-OECD country is banned, from Hamburg to Surabaya; German wording (mixed paper "
         "with household waste repeats in several sets; a records-shredding paper label was found in no earlier "
         "row by a keyword search)", {"importer_country": "ID"}),
        ("WST-04", "export", "PLROAD01", "road", "PL", [], "UA", "392043",
         "Okładki do bindowania PVC, nadwyżka produkcyjna, czyste, 20 t", "PL", 20000, None, 3000, "EUR",
         "surplus PVC binding covers are clean, stacked, transparent A4 sheets in cartons; these bags hold crushed "
         "offcuts and rejects from a Łódź stationery converter mixed with used laminating pouches, plastic spiral "
         "combs, PVC folders with metal rings and paper still glued on, grey with dust: mixed, contaminated PVC "
         "plastic waste (A3210, Y46-style mixed waste), whose export to a non-OECD country is banned, at Dorohusk "
         "for a Lutsk 'recycler'; Polish wording (plastic waste under virgin or surplus labels repeats in many "
         "sets and a binding-cover label once, blind45, kept as a repeat of that label; from a stationery "
         "converter by road to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "CM", "850440",
         "Onduleurs pour bureaux, d'occasion, testés, 600 pièces", "FR", 9000, 600, 6000, "EUR",
         "used office UPS units for resale are cleaned, tested, and sold with new batteries or none; these 600 "
         "were pulled from Paris offices by an office-equipment dealer with their old sealed lead-acid batteries "
         "inside, swollen and leaking, 7 t of the 9 t, at 10 EUR each with no test sheet: waste lead-acid "
         "batteries (A1160, 16 06 01*) in waste electrical equipment, hazardous waste whose export to a non-OECD "
         "country is banned, from Le Havre to Douala; French wording (UPS units with lead-acid batteries repeat "
         "in many sets, kept as a repeat of the good; an office-equipment dealer's clearance to Cameroon is the "
         "new part as far as a search found)", {"importer_country": "CM"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "MA", "940591",
         "Pièces de verre pour luminaires, neuves, 30 000 pièces", "BE", 6000, 30000, 3000, "EUR",
         "glass parts for lamps come boxed, clean and of one shape; these cartons hold used fluorescent tubes and "
         "compact lamps from a supermarket chain's refit, broken and whole together, with white phosphor dust in "
         "the boxes and a mercury reading over the open cartons: waste lamps containing mercury (20 01 21*, A1030), "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Casablanca; Belgian French "
         "wording (fluorescent tubes repeat in many sets and lamp-glass labels in several, kept as a repeat; from a "
         "supermarket refit to Casablanca is the new part as far as a search found; not a stationery good)", {"importer_country": "MA"}),
        ("WST-07", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "381400",
         "Ředidlo pro inkousty popisovačů, regenerované, IBC 1 000 l, 18 ks", "CZ", 15000, 18, 2700, "EUR",
         "recovered solvent sold for marker inks is a clear, water-white distillate with a certificate; these 18 "
         "IBCs hold the dark, multicoloured, two-layer rinsings of a České Budějovice marker and highlighter "
         "maker's mixing tanks and nib-filling lines, with dye sludge and xylene smell: spent non-halogenated "
         "solvents and ink waste (08 03 12*, 14 06 03*), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry through Slovakia to Uzhhorod; Czech wording (spent solvents repeat in many sets and "
         "recovered-solvent labels in a few, kept as a repeat; from a marker maker's tanks is the new part as far "
         "as a search found)", {"importer_country": "UA"}),
        ("WST-08", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "440131",
         "Peleti iz lesnih ostružkov svinčnikov, 24 t", "SI", 24000, None, 2900, "EUR",
         "wood pellets from pencil-slat shavings are clean, pale, uniform cylinders with a heating-value sheet; "
         "these bags hold shavings and offcuts from the lacquering and dipping line of a pencil maker near Celje, "
         "clumped with paint, lacquer sludge and solvent rags, pressed into dark, smelly pellets: wood waste "
         "contaminated with paint and lacquer (08 01 17*, 03 01 04*), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry through Croatia to a Bihać boiler house; Slovenian wording (treated waste "
         "wood repeats in several sets, kept as a repeat of the good; pencil-factory shavings as pellets are the "
         "new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "MA", "282110",
         "Óxido de hierro, pigmento para pinturas, big bags, 22 t", "ES", 22000, None, 2200, "EUR",
         "iron-oxide pigment is a dry, fine, evenly coloured red or black powder; these big bags hold wet, "
         "oily, black mill scale and grinding sludge from a Basque rolling mill, dripping oil and smelling of "
         "it, about 12 % hydrocarbons: oily mill scale and sludge (12 01 18*, 10 02 11*), hazardous waste whose "
         "export to a non-OECD country is banned, from Bilbao to Tangier Med; Spanish wording (mill scale "
         "repeats in several sets and iron-oxide labels in many, kept as a repeat; from a Basque mill to Tangier Med is the new part as far as a search found; "
         "not a stationery good)", {"importer_country": "MA"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CM", "940330",
         "Bureaux en bois, d'occasion, 300 pièces", "BE", 9000, 300, 4500, "EUR",
         "an office-clearance container for Douala: used desks and swivel chairs are what Brussels office "
         "clearers send to Cameroon's furniture markets, but the third item's 'matériel de bureau, divers' is "
         "1,600 CRT monitors, dead printers and fax machines, broken UPS units and fluorescent desk lamps, 4 t in "
         "all: waste electrical equipment with CRT glass and lead-acid batteries (A1180, A2010), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration; "
         "Belgian French wording (CRT monitors repeat in many sets and e-waste behind used furniture in several, "
         "kept as a repeat; an office clearer's container to Cameroon is the new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("940131", "Chaises de bureau pivotantes, d'occasion, 400 pièces", "BE", 5200, 2000, "EUR", qty=400),
                           item("847290", "Matériel de bureau, divers, d'occasion", "BE", 4000, 800, "EUR")])),
    ],
    "ozone": [
        ("OZN-01", "import", "PLAIR01", "air", "IN", [], "PL", "340520",
         "வெள்ளைப் பலகை புதுப்பிக்கும் திரவம் (கோஸ்டிங் நீக்கி), 1 லிட்டர், 80 பாட்டில்கள்", "IN", 127, 80, 400, "USD",
         "whiteboard restorers that lift 'ghosting' are alcohol or citrus blends of about 0.8 kg/l that smell of "
         "spirit or orange and burn; these 80 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform "
         "and evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown "
         "from Chennai to Warsaw for an office-supply wholesaler; Tamil wording (carbon tetrachloride repeats in "
         "many sets and whiteboard labels twice, blind219 and blind263, kept as a repeat of that label; a "
         "ghosting-remover label from India is the new part as far as a search found)",
         firm("Central Artykuły Biurowe Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ROAIR01", "air", "CN", [], "RO", "321590",
         "白板笔墨水稀释溶剂, 500毫升 x 400瓶", "CN", 250, 400, 800, "USD",
         "the solvent that dry-erase-marker makers and refill shops use is an alcohol and ester blend of 0.82 "
         "kg/l that burns; these 400 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like "
         "smell, do not burn and the filler's inner labels read 'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose "
         "import into the Union is banned, flown from Ningbo to Bucharest for a marker-refill workshop; Chinese "
         "wording (HCFC-141b under solvent labels repeats in many sets and a marker-ink label once, blind219, on "
         "another good; a dry-erase-marker solvent label was found in no earlier row by a keyword search)",
         firm("Orion Papetărie SRL", "RO")),
        ("OZN-03", "import", "GRSEA01", "sea", "EG", [], "GR", "842410",
         "طفايات حريق للمكاتب، 2 كجم، 600 طفاية", "EG", 2400, 600, 6000, "USD",
         "office fire extinguishers sold in stationery catalogues hold dry powder or CO2 with a certificate; "
         "these 600 red cans hiss, spray a liquid that vanishes into a sweet gas and the valve collars read "
         "'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products "
         "whose import into the Union is banned, by sea from Alexandria to Piraeus for an office-supply wholesaler "
         "that sells them with its catalogue; Egyptian Arabic wording (halon 1211 under extinguisher labels "
         "repeats in many sets, kept as a repeat; an office-catalogue extinguisher from Egypt is the new part as "
         "far as a search found)", firm("Vega Eidi Grafeiou AE", "GR")),
        ("OZN-04", "import", "DEAIR01", "air", "TW", [], "DE", "340290",
         "護貝機及碎紙機滾輪清潔劑, 1公升, 48瓶", "TW", 64, 48, 400, "USD",
         "roller cleaners for office laminators and shredders are isopropanol wipes or a mild citrus liquid of "
         "0.8 kg/l; these 48 bottles weigh 1.33 kg/l, smell sweet and chlorinated, do not burn and a test strip "
         "names 1,1,1-trichloroethane: methyl chloroform, a controlled substance whose import into the Union is "
         "banned, flown from Taoyuan to Frankfurt for an office-machine service firm; Chinese wording from "
         "Taiwan (methyl chloroform repeats in several sets and a roller-cleaner label once, blind280, on another "
         "good; a laminator-roller cleaner label was found in no earlier row by a keyword search)",
         firm("Nordhafen Bürotechnik GmbH", "DE")),
        ("OZN-05", "import", "ATAIR01", "air", "KR", [], "AT", "381400",
         "사무용 스티커·양면테이프 자국 제거제 스프레이, 200 ml x 600개", "KR", 234, 600, 1200, "USD",
         "office adhesive-residue removers for sticker and double-sided-tape marks are citrus or naphtha sprays "
         "of about 0.8 kg/l that burn; these 600 cans hold a liquid of 1.99 kg/l that does not burn, smells sweet, "
         "sinks under water in a test tube and whose filler's inner labels read 'CH2BrCl': bromochloromethane, a "
         "controlled substance whose import into the Union is banned outside licensed feedstock and laboratory "
         "uses, flown from Seoul to Vienna for a stationery wholesaler; Korean wording (bromochloromethane "
         "repeats in many sets and sticker- and residue-remover labels in several, blind83, blind103, blind133, "
         "blind228, blind264 and blind271, kept as a repeat of that label; an office-tape residue spray from Korea is the new part as far as a search "
         "found)", firm("Alpina Büro und Schule GmbH", "AT")),
        ("OZN-06", "export", "IESEA01", "sea", "IE", [], "NG", "841582",
         "Used hotel room air-conditioning units, working, 140 pcs", "IE", 8400, 140, 7000, "EUR",
         "used air-conditioning units that may leave the Union run on R-32 or R-410A; these 140 through-wall "
         "units taken out of a Dublin hotel in a refit carry plates reading 'R22' and hold their charge: equipment "
         "relying on HCFC-22, whose export from the Union is banned (Regulation 2024/590), from Dublin to Lagos; "
         "Irish English wording (HCFC-22 equipment for export repeats in many sets, kept as a repeat of the good; "
         "through-wall units twice, blind172 and blind200, kept as a repeat; to Lagos from Dublin is the new part as far as a search found; not a stationery good)",
         {"importer_country": "NG"}),
        ("OZN-07", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "285390",
         "هواء مضغوط لتنظيف لوحات المفاتيح، 400 مل، 9600 علبة", "CN", 4800, 9600, 7600, "USD",
         "keyboard air dusters sold by office suppliers hold HFC-152a or HFO-1234ze, light gases of about 1 kg/l "
         "liquid; these 9,600 cans are heavier, read a vapour pressure of about 5.7 bar and a leak detector names "
         "CFC-12, with 'F-12' stamped on the can bottoms: dichlorodifluoromethane in aerosols, moved through the "
         "Union without the licence Regulation 2024/590 requires, landed at Marsaxlokk in transit from Shanghai to "
         "a Tripoli office-supply importer; Libyan Arabic wording (CFC-12 in "
         "dusters repeats in many sets, kept as a repeat of the good; a keyboard-duster transit through Malta is "
         "the new part as far as a search found)", {"importer_country": "LY"}),
        ("OZN-08", "import", "ESSEA01", "sea", "MA", [], "ES", "380891",
         "مبيد حشري للتربة (الكلوروبيكرين)، قنينات مضغوطة 50 كغ، 40 قنينة", "MA", 2000, 40, 6000, "USD",
         "chloropicrin soil fumigant is a heavy, oily, tear-gas-smelling liquid of 1.65 kg/l; these 40 cylinders "
         "hold a gas under pressure that is odourless until a trace of added chloropicrin, and the cylinder "
         "collars read 'CH3Br 98 %': methyl bromide, whose import into the Union is banned (no quarantine "
         "exemption remains), by sea from Agadir to Almería for a strawberry grower; Moroccan Arabic wording "
         "(methyl bromide repeats in many sets and chloropicrin labels on it in several, kept as a repeat; from "
         "Agadir to Almería is the new part as far as a search found; not a stationery good)",
         firm("Delta Agrícola Almería SL", "ES")),
        ("OZN-09", "import", "DKSEA01", "sea", "KR", [], "DK", "842490",
         "Marine fire-suppression system spares, cylinders, 24 pcs", "KR", 2160, 24, 9600, "USD",
         "spare cylinders for ships' engine-room suppression come filled with CO2 or an HFC-free clean agent with "
         "their certificate; these 24 were taken off a scrapped bulk carrier, repainted and stamped '1301' under "
         "the new labels, read 42 bar and a drop boils off at once: halon 1301 (bromotrifluoromethane) in "
         "fire-protection equipment whose import into the Union is banned outside critical uses, by sea from "
         "Busan to Aarhus for a ship-supply firm; Korean yard's English wording (halon 1301 repeats in many sets, "
         "kept as a repeat of the good; spares for a ship-supply firm from Korea are the new part as far as a "
         "search found; not a stationery good)", firm("Atlantic Skibsforsyning ApS", "DK")),
        ("OZN-10", "import", "LTAIR01", "express", "CN", [], "LT", "960830",
         "钢笔, 金属笔杆, 600支", "CN", 18, 600, 1800, "USD",
         "an express shipment for a Vilnius pen shop: metal fountain pens and converters are what the Shanghai "
         "maker sends, but the third item's '钢笔清洗喷雾' are 48 aerosol cans of 'pen flush spray' that hold "
         "trichlorofluoromethane, stamped 'R-11' under the sticker, boiling off in the warm hand: CFC-11, whose "
         "import into the Union is banned, hidden as the last item of a three-item declaration; Chinese wording "
         "(CFC-11 repeats in many sets and pen-flush labels in three, on precursors; a pen-cleaning spray behind "
         "fountain pens is the new part as far as a search found)",
         dict(firm("Horizon Rašymo Priemonės UAB", "LT"),
              _more_items=[item("960899", "钢笔上墨器, 1,200个", "CN", 3, 240, "USD", qty=1200),
                           item("381400", "钢笔清洗喷雾, 48罐", "CN", 12, 96, "USD", qty=48)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "RS", [], "AT", "960899",
         "Dekorativne mesingane olovke za pisaći sto, ručni rad, 60 komada", "RS", 0.5, 60, 90, "EUR",
         "decorative brass desk pens are new, turned, polished and all alike; these 60 are corroded, green "
         "bronze and bone rods, pointed at one end and flattened into a spatula at the other, each different, with "
         "earth in the grooves: Roman writing styli (1st-4th century) dug by detectorists along the Danube limes "
         "in Serbia, archaeological objects whose export Serbia forbids, brought in without the import licence "
         "Regulation 2019/880 requires, posted from Smederevo to a private collector in Linz; Serbian wording in "
         "Latin script (Roman small finds repeat in many sets; styli under a desk-pen label were found in no "
         "earlier row by a keyword search)", person("Herr M. Huber", "AT")),
        ("CUL-02", "import", "NLAIR01", "air", "IR", [], "NL", "420292",
         "جامدادی دست‌ساز پاپیه‌ماشه، نقاشی‌شده، ۲۰ عدد", "IR", 6, 20, 300, "EUR",
         "handmade papier-mâché pencil cases from Isfahan are new, glossy and painted with roses and birds in "
         "bright colours; these 20 are long, rounded lacquered pen boxes (qalamdan) with darkened varnish, worn "
         "edges, ink stains inside the sliding tray and signed, dated miniature painting of the Qajar period: "
         "19th-century qalamdans, cultural goods whose export Iran forbids without a permit, brought into the "
         "Union without the importer statement Regulation 2019/880 requires and against the Iran sanctions on "
         "cultural goods, flown from Tehran to Amsterdam for a stationery and writing-goods shop; Persian wording "
         "(pen boxes repeat in several sets and a qalamdan once, blind175, kept as a repeat of the good; a "
         "pencil-case label was found in no earlier row by a keyword search)",
         firm("Meridian Schrijfwaren BV", "NL")),
        ("CUL-03", "import", "FRAIR01", "air", "CN", [], "FR", "680299",
         "书法课用端砚, 新品, 40方", "CN", 60, 40, 800, "USD",
         "new Duan inkstones for calligraphy classes are machine-cut, dark purple, sharp-edged and alike; these "
         "40 are worn, tomb-stained stone and clay inkstones of several shapes, some on three feet, with ink "
         "worn into the grinding wells and soil in the carving: Han to Song dynasty inkstones from looted tombs, "
         "archaeological objects whose export China forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Guangzhou to Lyon for a calligraphy-supply shop; Chinese wording (inkstones once, "
         "blind229, kept as a repeat of the good; a calligraphy-class inkstone label was found in no earlier row "
         "by a keyword search)", firm("Rivage Calligraphie SARL", "FR")),
        ("CUL-04", "import", "ITAIR01", "air", "ET", [], "IT", "410799",
         "ለካሊግራፊ ትምህርት የሚሆን ባዶ የብራና ወረቀት፣ 30 ቅጠሎች", "ET", 1.5, 30, 90, "USD",
         "blank parchment for calligraphy lessons is new, creamy goatskin cut to A4, clean on both sides; these "
         "30 are smoke-darkened leaves written in two columns of Ge'ez in black and red ink, with painted "
         "saints and holes where the binding threads were, cut from a church Gospel book: Ethiopian manuscript "
         "leaves (17th-18th century), removed from Ethiopia against its heritage law, brought in without the "
         "importer statement Regulation 2019/880 requires, flown from Addis Ababa to Rome for a calligraphy and "
         "art-supply shop; Amharic wording (Ethiopian manuscripts repeat in several sets, kept as a repeat of "
         "the good; a blank-parchment label was found in no earlier row by a keyword search)",
         firm("Alpina Belle Arti Srl", "IT")),
        ("CUL-05", "export", "ESAIR01", "air", "ES", [], "US", "490590",
         "Mapas murales escolares, reproducciones, enrollados, 12 unidades", "ES", 4, 12, 240, "EUR",
         "reproduction school wall maps are new prints on coated paper or plastic, bright and crisp; these 12 are "
         "hand-coloured copperplate maps on laid paper with chain lines and watermarks, foxed and linen-backed, "
         "with 18th-century Madrid engravers' imprints, cut from a bound atlas of a Spanish monastery library: "
         "maps over 100 years old and of a value above the threshold, cultural goods exported without the EU "
         "export licence of Regulation 116/2009 and the Spanish export permit, flown from Madrid to a New York "
         "dealer; Spanish wording (atlas maps repeat in several sets; a school-wall-map label was found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-06", "transit", "BEAIR01", "air", "LB", ["BE"], "CA", "960110",
         "أختام حجرية للطين، لأطقم الفنون المدرسية، 80 قطعة", "LB", 3, 80, 160, "USD",
         "stone rolling stamps for school clay sets are new, turned, drilled cylinders with a simple pattern; "
         "these 80 are small, worn cylinders of haematite, lapis and chalcedony, drilled lengthwise and cut with "
         "figures, animals and cuneiform lines in reverse: Mesopotamian and Syrian cylinder seals (3rd-1st "
         "millennium BC) looted in Syria and Iraq, landed at Brussels in transit from Beirut to a Montreal dealer, "
         "against the Syria and Iraq trade bans on cultural goods and Regulation 2019/880 (Article 3(1)), which "
         "covers transit; Lebanese Arabic wording (cylinder seals repeat in many sets, kept as a repeat of the "
         "good; a school-clay-set label on a transit through Brussels is the new part as far as a search found)",
         {"importer_country": "CA"}),
        ("CUL-07", "import", "FRSEA01", "sea", "EG", [], "FR", "482020",
         "كراريس مدرسية، 48 ورقة، 60,000 كراسة", "EG", 9000, 60000, 7200, "USD",
         "a back-to-school container for a Marseille stationery wholesaler: exercise books and wooden pencils "
         "are what the Cairo printer sends, but the third item's 'تماثيل خشبية ملونة، هدايا' are 14 painted "
         "wooden and faience mummiform figures with hieroglyphic columns and tomb dirt in the folds: ushabtis of "
         "the Late Period dug in Middle Egypt, archaeological objects whose export Egypt forbids, brought in "
         "without an import licence (Regulation 2019/880), hidden as the last item of a three-item declaration, "
         "by sea from Alexandria to Marseille; Egyptian Arabic wording (ushabtis repeat in many sets, kept as a "
         "repeat of the good; behind exercise books and pencils is the new part as far as a search found)",
         dict(firm("Orion Fournitures Scolaires SARL", "FR"),
              _more_items=[item("960910", "أقلام رصاص خشبية، 200,000 قلم", "EG", 1000, 3000, "USD", qty=200000),
                           item("442090", "تماثيل خشبية ملونة، هدايا، 14 قطعة", "EG", 4, 60, "USD", qty=14)])),
        ("CUL-08", "import", "LTROAD01", "road", "BY", [], "LT", "970191",
         "Икона, современная копия, темпера на доске, 1 шт.", "BY", 6, 1, 150, "EUR",
         "a modern icon copy is fresh gesso and tempera on a new board, bright and unworn; this is a panel with "
         "two dovetailed cross-battens, shrunk and split, with darkened drying oil, old overpaint and a church "
         "inventory number on the back: a 17th-century Orthodox icon from a Polesian church, whose export Belarus "
         "forbids, brought in without the importer statement Regulation 2019/880 requires, in a car at "
         "Medininkai for a Vilnius dealer; Russian wording from Belarus (icons under copy labels repeat in many "
         "sets, kept as a repeat; from Belarus by road is the new part as far as a search found; not a stationery "
         "good)", firm("Vega Antikvariatas UAB", "LT")),
        ("CUL-09", "export", "ITAIR01", "air", "IT", [], "JP", "480256",
         "Carta vergata antica per legatoria e cancelleria, fogli sciolti, 40 pezzi", "IT", 1, 40, 200, "EUR",
         "antique laid paper for bookbinders and fine stationery is blank old stock, creamy and uncut; these 40 "
         "are printed leaves in gothic and roman type with rubricated initials and marginal notes, quired and "
         "foliated, from a Venetian book printed in 1478 and broken up: leaves of an incunabulum from an Italian "
         "library, cultural goods exported without the EU export licence of Regulation 116/2009 and the Italian "
         "export certificate, flown from Milan to a Tokyo stationery and book dealer; Italian wording "
         "(incunabula repeat in several sets, kept as a repeat of the good; an antique-stationery-paper label "
         "was found in no earlier row by a keyword search)", {"importer_country": "JP"}),
        ("CUL-10", "import", "DEAIR01", "air", "PE", [], "DE", "630499",
         "Tapices de alpaca tejidos a mano, decorativos, 6 unidades", "PE", 3, 6, 180, "USD",
         "alpaca wall hangings are new, soft, brightly dyed and machine-finished; these six are brittle, faded "
         "camelid-fibre panels with interlocking tapestry birds and step motifs, salt-crusted and with sand in "
         "the weave: Nasca and Wari textile fragments (6th-9th century) dug from cemeteries on the south coast, "
         "archaeological objects whose export Peru forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Lima to Munich for a dealer; Peruvian Spanish wording (pre-Columbian textiles "
         "repeat in several sets and alpaca-hanging and tapestry labels in several, kept as a repeat; to a Munich dealer is the new part as far as a search "
         "found; not a stationery good)", firm("Central Ethno Kunst GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KG", "844399",
         "Lustiniai mikroschemos tonerio kasetėms, keičiamos, 30 000 vnt.", "LT", 45, 30000, 6000, "EUR",
         "replacement toner-cartridge chips are tiny boards with one memory chip, a few cents each, on sheets; "
         "these reels hold 30,000 new, sealed microcontrollers, DDR memories and FPGAs with 2072 date codes and "
         "distributor labels, worth thirty times the declared value, for a Bishkek 'printer-consumables' firm "
         "set up in January whose freight goes on to Moscow: integrated circuits (8542 31, 8542 32) on the common "
         "high-priority list, whose export to Russia and re-export through third countries Regulation 833/2014 "
         "forbids, flown from Vilnius; Lithuanian wording (ICs and FPGAs repeat in many sets; a toner-cartridge "
         "chip label was found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "TR", "392099",
         "Pochettes de plastification A3, 125 microns, 400 rouleaux", "FR", 1600, 400, 4000, "EUR",
         "laminating pouches and rolls for offices are thin, glossy PET and EVA film that seals in a desk "
         "laminator; these 400 rolls are black, stiff, tacky carbon-fibre tape in resin, kept in a freezer truck "
         "to the airport, with aerospace lot papers for intermediate-modulus fibre at 180 EUR a kilo: carbon-fibre "
         "prepreg (dual-use 1C010.e) exported without the licence Regulation 2021/821 requires, flown from "
         "Toulouse to an Ankara 'office-supply' firm whose forwarder ships on to Tehran; French wording (carbon "
         "prepreg repeats in many sets, kept as a repeat of the good; a laminating-pouch label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "KZ", "960830",
         "Kugelschreiber und Füllhalter, Werbeartikel, 2.000 Stück", "DE", 60, 2000, 3000, "EUR",
         "promotional pens are plastic or light metal with a printed logo, at one or two euros; these 2,000 are "
         "boxed luxury fountain pens and ballpoints with gold nibs, lacquered resin and the maker's certificates, "
         "at 600-900 EUR each on the maker's list, for an Almaty 'office-supply' reseller whose orders go on to "
         "Moscow department stores: luxury goods (writing instruments over 300 EUR) whose sale to Russia "
         "Regulation 833/2014 (Annex XVIII) forbids, flown from Hamburg; German wording (luxury goods via "
         "Kazakhstan repeat in several sets and luxury pens once, blind275, kept as a repeat of the good; a "
         "promotional-pen label twice, blind122 and blind275, kept as a repeat; to Almaty by air is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-04", "import", "PLROAD01", "road", "BY", [], "PL", "440799",
         "Бруски липовые для карандашей, происхождение Казахстан, 22 м3", "KZ", 12000, None, 5500, "EUR",
         "pencil slats from Kazakhstan would come as sawn poplar or lime slabs with a Kazakh mill's papers; this "
         "lorry of lime and Siberian cedar slats was loaded at a Tomsk mill whose stamps show on the bundle ends "
         "under the new labels, with a Kazakh certificate of origin issued in Petropavl: Russian wood products, "
         "whose import into the Union Regulation 833/2014 (Annex XXI) forbids, at Kukuryki for a Poznań pencil "
         "maker; Russian wording from Kazakhstan (Russian wood under Kazakh origin repeats in several sets and a "
         "pencil-slat label once, blind201, kept as a repeat; a pencil maker's slats by road through Belarus are "
         "the new part as far as a search found)", firm("Nordhafen Ołówki Sp. z o.o.", "PL")),
        ("STR-05", "export", "SKAIR01", "air", "SK", [], "AM", "852589",
         "Konferenčné kamery do kancelárií, USB, 40 ks", "SK", 30, 40, 2400, "EUR",
         "office conference cameras are plastic USB webcams with a wide lens, at 60-200 EUR; these 40 are "
         "uncooled 640 x 512 thermal-imaging cores with germanium lenses and a 30 Hz output, at 4,000 EUR each, in "
         "foam with no stand or cable, for a Yerevan 'office-equipment' importer whose earlier consignments went "
         "on by road to Russia: thermal-imaging cameras (dual-use 6A003) on the list whose export to Russia "
         "Regulation 833/2014 forbids, exported without a licence and for re-export, flown from Bratislava; Slovak "
         "wording (thermal cores repeat in many sets and conference-camera labels twice, blind136 and blind217, kept as a "
         "repeat; an office-equipment importer in Armenia is the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-06", "transit", "NLSEA01", "sea", "CN", ["NL"], "PK", "380190",
         "Graphite blocks for EDM electrodes, 24 pcs", "CN", 9600, 24, 14000, "USD",
         "EDM electrode graphite is a fine-grained block of about 1.8 g/cm3 in small sizes; these 24 large "
         "isostatic blocks of 1.90 g/cm3 and the maker's nuclear-purity certificate (boron below 1 ppm) are far "
         "above any die shop's need, landed at Rotterdam in transit from Tianjin to a Karachi 'tooling' firm "
         "tied to a missile programme: graphite of nuclear and missile grade (dual-use 0C004 and 1C107), whose "
         "transit Regulation 2021/821 (Article 7) allows the Union to stop; English wording (isostatic graphite "
         "repeats in many sets, kept as a repeat; an EDM-block label on a transit through Rotterdam is the new "
         "part as far as a search found; not a stationery good)", {"importer_country": "PK"}),
        ("STR-07", "import", "ROSEA01", "sea", "TR", [], "RO", "721720",
         "Tel zımba teli bobini, kitapçık zımbalama makineleri için, galvanizli, 18 t", "TR", 18000, None, 16000, "EUR",
         "Turkish galvanised stitching wire for booklet staplers is drawn from Turkish or imported non-Russian rod "
         "with a mill certificate; these coils' tags and the rod supplier's heat numbers under the new labels "
         "point to a Magnitogorsk steel works, with a Turkish certificate of origin for a wire drawn only from "
         "Russian rod: Russian iron and steel products (wire drawn from Russian rod), whose import into the Union "
         "Regulation 833/2014 (Annex XVII) forbids, by sea from Izmit to Constanța for a Bucharest stationery "
         "and print-finishing supplier; Turkish wording (Russian steel under Turkish origin repeats in many sets; "
         "a booklet-stitching-wire label was found in no earlier row by a keyword search)",
         firm("Delta Papetărie și Finisare SRL", "RO")),
        ("STR-08", "export", "EEAIR01", "air", "EE", [], "KG", "950300",
         "Радиоуправляемые игрушки, запасные части (платы), 3 000 шт.", "EE", 60, 3000, 3000, "EUR",
         "toy spare boards for radio-controlled cars are cheap single-chip receivers; these 3,000 are complete "
         "drone flight controllers with GNSS and barometer, and 5.8 GHz video transmitters, at 40 EUR each, for a "
         "Bishkek 'toy shop' whose forwarder is a Russian drone integrator: UAV components and GNSS modules on "
         "the common high-priority list, whose re-export to Russia Regulation 833/2014 forbids, flown from Tallinn; "
         "Russian wording from Estonia (drone parts as toys repeat in many sets, kept as a repeat; from Estonia to "
         "Kyrgyzstan is the new part as far as a search found; not a stationery good)", {"importer_country": "KG"}),
        ("STR-09", "export", "ITROAD01", "road", "IT", ["SI", "HR", "RS", "BG", "TR"], "GE", "845891",
         "Torni paralleli usati, manuali, 6 pezzi", "IT", 21000, 6, 30000, "EUR",
         "used manual lathes are old, worn machines with handwheels and no control; these six crates hold 2018 "
         "five-axis turning centres with numerical control, a contouring control unit and spindle run-out below "
         "the limits, at 180,000 EUR each new, for a Tbilisi 'machine dealer' whose buyer is a Russian defence "
         "plant: machine tools on the list whose export to Russia Regulation 833/2014 forbids (and dual-use 2B001), "
         "on a lorry from Brescia; Italian wording (machine tools via Georgia repeat in several sets, kept as a "
         "repeat; a used-lathe label on a lorry through the Balkans is the new part as far as a search found; not "
         "a stationery good)", {"importer_country": "GE"}),
        ("STR-10", "export", "LVROAD01", "road", "LV", [], "KZ", "480256",
         "Biroja papīrs A4, 80 g/m2, 20 paletes", "LV", 10000, None, 9000, "EUR",
         "an office-supply lorry for an Astana dealer: copy paper and toner cartridges are what the Riga wholesaler "
         "sends, but the third item's 'portatīvo datoru dokstacijas' are 60 rack servers with dual high-end "
         "processors and 40 network switches, at 30 times the declared value, for a dealer whose forwarder ships "
         "on to Moscow: computers and network equipment (8471, 8517) on the common high-priority list, whose "
         "re-export to Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, by "
         "road from Riga; Latvian wording (servers via Kazakhstan repeat in many sets, kept as a repeat; a "
         "docking-station label once, blind190; behind copy paper and toner is the new part as far as a search found)",
         dict({"importer_country": "KZ"},
              _more_items=[item("844399", "Tonera kasetnes, 2 000 gab.", "LV", 2000, 30000, "EUR", qty=2000),
                           item("847330", "Portatīvo datoru dokstacijas, 100 gab.", "LV", 2400, 6000, "EUR", qty=100)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DESEA01", "sea", "ID", [], "DE", "420292",
         "Kotak pensil sekolah kulit sintetis motif ular, 6.000 buah", "ID", 900, 6000, 6000, "USD",
         "snake-print synthetic pencil cases have a flat, printed, repeating pattern and smell of plastic; these "
         "6,000 are real skin with raised, overlapping scales that lift at the edges, a different pattern on each "
         "and the belly scutes along one side: reticulated python skin (Malayopython reticulatus, CITES App. II) "
         "without CITES documents, by sea from Jakarta to Hamburg for a back-to-school importer; Indonesian "
         "wording (python skins repeat in many sets under synthetic labels, kept as a repeat of the good; a "
         "school pencil-case label was found in no earlier row by a keyword search)",
         firm("Meridian Schulbedarf GmbH", "DE")),
        ("WLF-02", "import", "DEAIR01", "express", "HK", [], "DE", "960830",
         "樹脂鋼筆, 象牙白色, 手工, 12支", "HK", 0.6, 12, 2400, "HKD",
         "ivory-white resin fountain pens are cast, even, glossy and light; these 12 are heavy, cool barrels "
         "with the criss-cross Schreger lines of elephant ivory on the cap ends, turned by hand, with gold nibs: "
         "elephant ivory (Loxodonta africana and Elephas maximus, CITES App. I) without CITES documents and "
         "against the Union's ivory trade ban, sent by express from Hong Kong to a private pen collector in "
         "Stuttgart; Chinese wording from Hong Kong (ivory repeats in many sets and ivory-white labels on it in "
         "many, kept as a repeat of the label; a resin fountain-pen label was found in no earlier row by a keyword "
         "search)", person("Herr J. Fischer", "DE")),
        ("WLF-03", "import", "PLAIR01", "air", "LA", [], "PL", "440929",
         "ໄມ້ເຂົາຄວາຍສຳລັບກຶງປາກກາ, 2,000 ທ່ອນ", "LA", 400, 2000, 2400, "USD",
         "acacia pen blanks for pen turners are light-brown, straight-grained squares of 20 x 20 x 130 mm at "
         "under a dollar; these 2,000 are heavy, oily, red-to-purple blanks with black streaks and a rose scent "
         "when cut, sinking in water: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II) without CITES "
         "documents, flown from Vientiane to Warsaw for a pen-turning supplier; Lao wording (Siamese rosewood "
         "repeats in many sets and pen blanks in several, blind136 and blind269 among them, kept as a repeat; "
         "from Laos by air is the new part as far as a search found)", firm("Orion Pióra Sp. z o.o.", "PL")),
        ("WLF-04", "import", "PTPOST01", "post", "BR", [], "PT", "960899",
         "Canetas de pena para caligrafia, penas tingidas, 30 unidades", "BR", 0.4, 30, 150, "BRL",
         "dyed quill pens for calligraphy are goose or turkey feathers dyed one flat colour, with a steel nib; "
         "these 30 are long, cobalt-blue flight feathers with yellow undersides and no trace of dye at the shaft: "
         "hyacinth macaw feathers (Anodorhynchus hyacinthinus, CITES App. I) without CITES documents, posted "
         "from Cuiabá to a private buyer in Porto; Brazilian Portuguese wording (macaw feathers and quill labels "
         "repeat in several sets, kept as a repeat; calligraphy quill pens from Brazil by post are the new part "
         "as far as a search found)", person("Sr. R. Almeida", "PT")),
        ("WLF-05", "import", "SEAIR01", "air", "IN", [], "SE", "442199",
         "Bamboo desk organisers, pen holders, 1,200 pcs", "IN", 600, 1200, 2400, "USD",
         "bamboo desk organisers are light, pale, layered laminated bamboo; these 1,200 are heavy, blood-red, "
         "fine-grained solid wood blocks that turn water red-orange when wetted and sink: red sanders "
         "(Pterocarpus santalinus, CITES App. II) without CITES documents, flown from Chennai to Stockholm for an "
         "office-supply importer; Indian English wording (red sanders repeats in many sets, kept as a repeat of "
         "the good; a bamboo desk-organiser label was found in no earlier row by a keyword search)",
         firm("Vega Kontorsvaror AB", "SE")),
        ("WLF-06", "import", "CZAIR01", "air", "TH", [], "CZ", "420500",
         "ปกสมุดบันทึกหนังวัวอัดลาย, 800 ชิ้น", "TH", 240, 800, 3200, "USD",
         "embossed cowhide diary covers are even, machine-stamped and all alike; these 800 have the real, "
         "irregular, square belly scales and the umbilical scar of a crocodile skin, tanned and dyed dark brown, "
         "no two alike and with no CITES tags: saltwater and Siamese crocodile skin products (Crocodylus porosus "
         "and C. siamensis, CITES App. I or II by population) without CITES documents, flown from Bangkok to "
         "Prague for a stationery shop chain; Thai wording (crocodile leather repeats in many sets and diary "
         "covers in several, kept as a repeat; embossed-cowhide diary covers from Thailand are the new part as far "
         "as a search found)", firm("Central Papírnictví s.r.o.", "CZ")),
        ("WLF-07", "transit", "NLAIR01", "air", "MG", ["NL"], "CN", "440799",
         "Lattes de tilleul pour crayons, sciées, 2 t", "MG", 2000, None, 1600, "USD",
         "lime pencil slats are pale, soft, light and even; these bundles hold jet-black, heavy, fine slats that "
         "sink in water and carry Malagasy forest brands: Malagasy ebony (Diospyros spp., CITES App. II, under a "
         "zero export quota) without CITES documents, landed at Amsterdam in transit from Antananarivo to a "
         "Shanghai pen maker, which specimens in transit through the Union must carry; Malagasy French wording "
         "(Malagasy ebony repeats in many sets and a pencil-slat label once, blind201, kept as a repeat; a transit "
         "through Amsterdam for a pen maker is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-08", "import", "BGROAD01", "road", "UA", ["MD", "RO"], "BG", "160432",
         "Ікра лосося, солона, банки 500 г, 80 банок", "UA", 40, 80, 800, "EUR",
         "salted salmon roe is large, orange, translucent grains; these 80 tins hold small, grey-black, firm "
         "grains with a nutty smell, with no CITES label on any tin: wild Danube and Black Sea sturgeon caviar "
         "(Acipenseriformes, CITES App. II) without CITES documents, in a van through Moldova and Romania for a "
         "Sofia restaurant supplier; Ukrainian wording (sturgeon caviar under salmon-roe labels repeats in many "
         "sets, kept as a repeat; by road from Ukraine to Bulgaria is the new part as far as a search found; not "
         "a stationery good)", firm("Delta Gastro EOOD", "BG")),
        ("WLF-09", "import", "ESAIR01", "express", "MX", [], "ES", "120930",
         "Semillas de suculentas surtidas, 20 sobres", "MX", 1.2, 20, 40, "USD",
         "a parcel of succulent seed envelopes weighs a few grams and is flat; this one is padded, with 60 "
         "whole, wild-collected, scarred and soil-caked living rock cacti in newspaper under the envelopes: "
         "Ariocarpus and Aztekium species (CITES App. I) without CITES documents, sent by express from San Luis "
         "Potosí to a private collector in Valencia; Mexican Spanish wording (wild Ariocarpus repeats in several "
         "sets and succulent-seed covers twice, blind111 and blind156, kept as a repeat; to Valencia is the new part as far as a search found; "
         "not a stationery good)", person("Sr. J. Martínez", "ES")),
        ("WLF-10", "import", "GRSEA01", "sea", "VN", [], "GR", "482010",
         "Sổ tay bìa cứng, khổ A5, 20.000 cuốn", "VN", 6000, 20000, 8000, "USD",
         "a stationery container for a Thessaloniki office-supply wholesaler: A5 notebooks and gel pens are what "
         "the Ho Chi Minh City maker sends, but the third item's 'chặn giấy trang trí' are 900 paperweights of "
         "whole, dried, bleached stony corals (brain, staghorn and plate corals) set in clear resin: hard corals "
         "(Scleractinia, CITES App. II) without CITES documents, hidden as the last item of a three-item "
         "declaration, by sea from Cat Lai to Thessaloniki; Vietnamese wording (corals repeat in many sets and "
         "paperweights in several, kept as a repeat; coral paperweights behind notebooks and gel pens are the new "
         "part as far as a search found)",
         dict(firm("Horizon Grafiki Ili AE", "GR"),
              _more_items=[item("960810", "Bút gel, 50.000 cây", "VN", 500, 3000, "USD", qty=50000),
                           item("392640", "Chặn giấy trang trí, 900 cái", "VN", 450, 900, "USD", qty=900)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SKAIR01", "air", "CN", "SK", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching handmade paper)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "SK-MH-73-0036")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUAIR01", "air", "IN", "HU", "290420",
     "Nitromethane 99 %, 2 x 1 l, for a licensed private user (model-engine fuel)", "IN", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "HU-BM-73-0102")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854999",
     "Waste fluorescent lamps and tubes from an office refit (20 01 21*), for recycling at a licensed plant, 6 t",
     "CH", 6000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-73-0215")], "notified waste lamps to a licensed recycler"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "854911",
     "Waste lead-acid batteries from office UPS units, for recycling at a licensed smelter, 18 t", "NO", 18000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-73-0048")], "notified waste UPS batteries to a licensed smelter"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-73-009")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand-held extinguishers", "US",
     300, 30, 12000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-73-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "US", "490199",
     "Incunabulum, Venice 1478, bound, documented private collection, sold to a US university library", "IT", 3,
     1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-73-0144")],
     "incunabulum exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "CH", "970690",
     "Qajar lacquered pen box (qalamdan), documented Dutch collection since 1952, sold at auction", "NL", 0.4, 1,
     18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EFG-EXP-73-0061")],
     "antique pen box exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "TR", "392099",
     "Carbon-fibre prepreg tape, intermediate modulus, 200 rolls, for a Turkish aerostructures maker", "FR", 800, 200,
     144000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-73-0118"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-73-0207")],
     "dual-use carbon prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "IN", "380190",
     "Isostatic graphite blocks, high purity, 8 units, for an Indian semiconductor-furnace maker", "DE", 3200, 8,
     48000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-73-0452"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-73-0093")],
     "dual-use graphite under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PLAIR01", "air", "TH", "PL", "440929",
     "Siamese rosewood pen blanks (Dalbergia cochinchinensis), plantation, 500 pcs", "TH", 100, 500, 3000, "USD",
     [("CITES_PERMIT", "TH-RFD-73-0311")], "App. II rosewood blanks with their export permit"),
    ("PRM-12", "wildlife", "import", "CZAIR01", "air", "TH", "CZ", "420500",
     "Siamese crocodile leather diary covers (Crocodylus siamensis, captive-bred), 200 units", "TH", 60, 200, 6000,
     "USD", [("CITES_PERMIT", "TH-DOF-73-0127")], "captive-bred crocodile leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Súkromná osoba", "PRM-02": "Magánszemély", "PRM-05": "Central Laboratorium Sp. z o.o.",
    "PRM-06": "Atlantic Aéro Maintenance SAS", "PRM-11": "Orion Pióra Sp. z o.o.", "PRM-12": "Central Papírnictví s.r.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # stationery and office-supply wholesalers, school-supply importers, pen and marker makers and office-equipment dealers
    ("382499", "Ink eradicator pens and refills, sulphite-based", "import", ["post"], ["CN", "HK"], (20, 40), (1, 3), ["USD", "EUR"], 40, S),
    ("321590", "Alcohol-based permanent-marker refill ink, 30 ml", "import", ["express"], ["IN", "CN"], (40, 80), (1, 3), ["USD"], 25, S),
    ("271019", "Paper-shredder lubricating oil, mineral, 350 ml", "import", ["sea"], ["TR", "CN"], (2, 4), (2000, 6000), ["EUR", "USD"], 2.5, S),
    ("282720", "Calcium-chloride de-icing flakes, 25 kg sacks", "import", ["sea"], ["KR", "CN"], (0.3, 0.6), (10000, 20000), ["USD"], 0.04, S),
    ("340700", "Modelling dough for children, four-colour packs", "import", ["sea"], ["CN", "EG"], (2, 4), (2000, 6000), ["USD"], 4, S),
    ("350691", "Papier-mâché paste powder, methyl cellulose, 125 g", "import", ["post"], ["TH", "CN"], (20, 40), (1, 3), ["USD"], 8, S),
    ("340290", "Fountain-pen flush, ammonia-based, 100 ml", "import", ["express"], ["JP", "US"], (30, 60), (1, 3), ["USD", "JPY"], 8, S),
    ("250100", "Water-softener salt tablets, 25 kg bags", "import", ["sea"], ["EG", "TR"], (0.15, 0.3), (18000, 24000), ["USD", "EUR"], 0.04, S),
    ("250590", "Coloured craft sand for sand art, 1 kg", "import", ["air"], ["PK", "IN"], (2, 4), (200, 800), ["USD"], 1, S),
    ("340290", "Inkjet nozzle cleaning fluid, glycol-based, 5 l", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("847130", "Refurbished school laptops, graded, with test reports", "import", ["air"], ["US", "GB"], (150, 300), (200, 800), ["USD", "GBP"], 0.6, S),
    ("844331", "Refurbished multifunction copiers, with meter readings", "export", ["sea"], ["SN", "MA"], (8, 15), (2000, 6000), ["EUR"], 0.01, S),
    ("470790", "Sorted office paper for recycling, baled", "export", ["road"], ["TR", "RS"], (0.15, 0.25), (18000, 24000), ["EUR"], None, S),
    ("392043", "PVC binding covers, A4, clear, new", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD"], 60, S),
    ("850440", "UPS units for offices, new, with batteries", "import", ["sea"], ["CN", "TW"], (6, 12), (2000, 6000), ["USD"], 0.1, S),
    ("940591", "Glass lamp shades for office lights, new", "import", ["sea"], ["CN", "TR"], (3, 6), (1000, 4000), ["USD", "EUR"], 3, S),
    ("381400", "Marker-ink solvent, alcohol and ester blend, 1 l", "import", ["air"], ["CN", "IN"], (4, 8), (100, 400), ["USD"], 1.2, S),
    ("440131", "Wood pellets, ENplus A1, bagged", "import", ["road"], ["BA", "UA"], (0.2, 0.35), (20000, 24000), ["EUR"], None, S),
    ("282110", "Iron-oxide pigment, red, 25 kg bags", "import", ["sea"], ["CN", "IN"], (1, 2), (10000, 20000), ["USD"], 0.04, S),
    ("940330", "Office desks, wooden, new, flat-packed", "export", ["sea"], ["CM", "SN"], (3, 6), (3000, 8000), ["EUR"], 0.05, S),
    ("340520", "Whiteboard cleaning spray, alcohol-based, 250 ml", "import", ["air"], ["IN", "CN"], (5, 10), (100, 500), ["USD"], 3.5, S),
    ("321590", "Dry-erase marker refill ink, 500 ml", "import", ["air"], ["CN"], (6, 12), (100, 400), ["USD"], 2, S),
    ("842410", "Powder fire extinguishers for offices, 2 kg", "import", ["sea"], ["CN", "TR"], (5, 10), (2000, 6000), ["USD"], 0.25, S),
    ("340290", "Laminator roller cleaning fluid, isopropanol, 250 ml", "import", ["air"], ["TW", "CN"], (8, 15), (50, 200), ["USD"], 3, S),
    ("381400", "Adhesive-residue remover spray, citrus, 200 ml", "import", ["air"], ["KR", "CN"], (6, 12), (100, 400), ["USD"], 4, S),
    ("841459", "Rechargeable electric air blowers for keyboards", "import", ["post", "express"], ["CN"], (30, 60), (1, 3), ["USD"], 2, S),
    ("960830", "Metal fountain pens and converters, new", "import", ["express"], ["CN", "JP"], (60, 120), (1, 3), ["USD"], 30, S),
    ("960899", "Decorative brass desk pens, new, turned", "import", ["post"], ["RS", "TR"], (40, 80), (1, 2), ["EUR"], 40, S),
    ("420292", "Painted papier-mâché pencil cases, new", "import", ["air"], ["IN", "PK"], (8, 15), (100, 400), ["USD"], 5, S),
    ("680299", "Calligraphy inkstones, new, boxed", "import", ["air"], ["CN", "JP"], (8, 15), (100, 400), ["USD"], 1.5, S),
    ("411310", "Blank goatskin parchment sheets for calligraphy", "import", ["express"], ["ET", "GB"], (60, 120), (1, 3), ["USD"], 10, S),
    ("490590", "Printed school wall maps, laminated, new", "export", ["road"], ["NO", "CH"], (6, 12), (200, 800), ["EUR"], 1, S),
    ("482020", "Exercise books, 48 sheets", "import", ["sea"], ["EG", "IN"], (0.8, 1.4), (8000, 16000), ["USD"], 10, S),
    ("960910", "Graphite pencils, wooden, boxed", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 8000), ["USD"], 150, S),
    ("480256", "A4 copy paper, 80 g/m2, palletised", "import", ["sea"], ["BR", "ID"], (0.7, 1.1), (18000, 24000), ["USD"], None, S),
    ("844399", "Toner cartridges, compatible, new", "import", ["sea"], ["CN"], (10, 20), (2000, 6000), ["USD"], 1, S),
    ("392099", "Laminating pouches, PET/EVA, A4, 125 micron", "import", ["sea"], ["CN", "TW"], (2.5, 5), (2000, 6000), ["USD"], 30, S),
    ("852589", "USB conference webcams, new", "import", ["air"], ["CN", "TW"], (40, 80), (100, 400), ["USD"], 2, S),
    ("440799", "Sawn lime-wood pencil slats, kiln-dried", "import", ["sea"], ["CN", "UA"], (0.8, 1.4), (10000, 20000), ["USD", "EUR"], None, S),
    ("442199", "Bamboo desk organisers and pen holders, new", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("420292", "Printed synthetic-leather pencil cases", "import", ["sea"], ["CN", "ID"], (4, 8), (2000, 6000), ["USD"], 8, S),
    ("482010", "Hardcover A5 notebooks", "import", ["sea"], ["VN", "CN"], (1.5, 3), (3000, 8000), ["USD"], 3, S),
    ("420500", "Embossed cowhide diary covers, new", "import", ["air"], ["IN", "TH"], (20, 40), (100, 300), ["USD"], 3.5, S),
    ("392640", "Resin paperweights with glitter, new", "import", ["post", "express"], ["CN"], (15, 30), (1, 3), ["USD"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Magnetic knife strips, acacia wood", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 2, N),
        ("442199", "Wooden wall key hooks, pine", "import", ["sea"], ["UA", "VN"], (3, 6), (1000, 4000), ["USD", "EUR"], 3, N),
        ("392490", "Plastic towel rings and robe hooks", "import", ["sea"], ["CN", "TR"], (2.5, 5), (2000, 6000), ["USD", "EUR"], 6, N),
        ("401699", "Silicone sink and bath drain stoppers", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind282", 20730301, HERE)


if __name__ == "__main__":
    main()
