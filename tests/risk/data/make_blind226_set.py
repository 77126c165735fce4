#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-sixth blind set (tests/risk/data/blind226-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2063, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: defence-adjacent civilian
industry (machine-tool makers and machine shops, composites and carbon-fibre shops,
electronics contract manufacturers, precision optics and sensor makers, test and
measurement laboratories), over many countries and languages.
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
refrigerants, firearms parts) are left out of the ordinary table, as are the shared
everyday table's two steel rows (as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL226-*:

    python3 tests/risk/data/make_blind226_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2063, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2063
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLRAIL01", "rail", "CN", ["KZ"], "PL", "391400",
         "慢走丝线切割机用混床离子交换树脂, 5 升桶, 1,200 桶", "CN", 6000, 1200, 4200, "USD",
         "mixed-bed ion-exchange resin for wire-EDM water is amber and dark beads of about 0.7 kg/l that swell and "
         "stay whole in water; these pails hold white, sharp, cubic crystals of about 1.3 kg/l bulk that dissolve at "
         "once, turn the water cold and flare yellow on a hot plate with a pinch of sugar, at 3.50 USD a pail where "
         "the resin costs about 40: sodium chlorate (Annex I above 40 %), for a Łódź machine-shop consumables web shop "
         "that sells 5-litre pails to hobby machinists and the public, on a China-Europe train at Małaszewicze; "
         "Chinese wording (sodium chlorate repeats in many sets; ion-exchange labels were found in a few earlier rows, "
         "a wire-EDM deionising-resin label in none by a keyword search)", firm("Orion Narzędzia Sp. z o.o.", "PL")),
        ("PRE-02", "import", "DKAIR01", "express", "KR", [], "DK", "390461",
         "PTFE 마이크로파우더 (윤활 첨가제용), 1 kg x 3", "KR", 3, 3, 75000, "KRW",
         "PTFE micropowder is a soft, slippery, snow-white powder of 2.2 g/cm3 that water cannot wet and that "
         "floats as a skin; these three bags hold a gritty, crystalline white powder that sinks and wets at once, "
         "is not slippery, spits violet sparks with sugar on a flame and reads 'KClO4 99 %' on the inner liner: "
         "potassium perchlorate (Annex I above 40 %), sent by express from Incheon to a private person in Aarhus; "
         "Korean wording (potassium perchlorate repeats in many sets; a PTFE-micropowder label was found in no "
         "earlier row by a keyword search)", person("Mikkel Sørensen", "DK")),
        ("PRE-03", "import", "PTAIR01", "air", "TW", [], "PT", "292620",
         "雙氰胺 (DICY) 潛伏性環氧固化劑, 預浸料用, 1 公斤袋, 200 袋", "TW", 200, 200, 1400, "USD",
         "dicyandiamide for curing prepreg epoxy is a fine, white, odourless powder that dissolves only slowly in "
         "cold water and smells of ammonia when heated; these 200 bags hold glossy white crystals that barely "
         "dissolve, melt at a lower heat and then burst into a violet-white flame, and the carton seal reads CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %) in 1 kg bags for a Porto composites web shop that sells "
         "epoxy supplies to surfboard and drone builders and the public, flown from Taoyuan; Chinese wording from "
         "Taiwan (potassium chlorate repeats in many sets; a DICY curing-agent label was found in no earlier row, "
         "the one earlier 'dicyandiamide'-like hit being a dicynodont fossil)", firm("Atlântico Compósitos Lda", "PT")),
        ("PRE-04", "import", "LUPOST01", "post", "BR", [], "LU", "340399",
         "Fluido de corte sintético concentrado para usinagem CNC, 3 frascos de 1 L", "BR", 3.4, 3, 260, "BRL",
         "synthetic cutting-fluid concentrate is a clear green or amber liquid of about 1.05 kg/l that turns milky "
         "or clear-green in tap water and smells of amines; these three bottles hold a colourless, oily liquid of "
         "1.14 kg/l that does not emulsify, smells faintly fruity and burns with a pale flame, and the filler's "
         "label under the sticker reads 'nitrometano 98 %': nitromethane (Annex I above 16 %), posted from São Paulo "
         "to a private hobby machinist in Esch-sur-Alzette; Brazilian Portuguese wording (nitromethane repeats in "
         "many sets and cutting-fluid labels in a few waste rows; on a precursor by post to Luxembourg is the new "
         "part as far as a search found)", person("M. L. Weber", "LU")),
        ("PRE-05", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "701820",
         "მინის მიკროსფეროები საფანტე დამუშავებისთვის, 25 კგ ტომრები, 880 ტომარა", "GE", 22000, 880, 5300, "USD",
         "glass microbeads for shot-peening and deburring machined parts are hard, glassy spheres of 1.5 kg/l bulk "
         "that do not dissolve; these 880 sacks hold lighter, waxy white prills that turn ice-cold and vanish in "
         "water, test at 34 % N and fume on a hot plate, from a Rustavi seller, for a Sofia industrial-supplies "
         "web shop that sells 25 kg sacks to anyone: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, on a lorry through Türkiye at Kapitan Andreevo; Georgian wording (ammonium nitrate "
         "repeats in many sets and blasting-media labels in a few; a Georgian glass-bead label was found in no "
         "earlier row)", firm("Vega Industrialni Dostavki EOOD", "BG")),
        ("PRE-06", "import", "GRPOST01", "post", "RS", [], "GR", "271019",
         "Диелектрично уље за електроерозивну обраду (ЕДМ), 2 x 1 л", "RS", 3.7, 2, 3400, "RSD",
         "EDM dielectric oil is a thin, clear hydrocarbon of 0.8 kg/l that floats on water and smells faintly of "
         "kerosene; these two bottles hold an oily, odourless liquid of 1.84 kg/l that sinks, grows hot with a drop of "
         "water and chars a paper label black: about 96 % sulphuric acid (Annex I above 15 %), posted from Kragujevac "
         "to a private person in Thessaloniki, although corrosive liquids go by post only as declared dangerous goods; "
         "Serbian wording (sulphuric acid repeats in many sets and dielectric-oil labels in two earlier rows on other "
         "goods; an EDM-oil label on sulphuric acid was found in no earlier row)", person("Eleni Papadopoulou", "GR")),
        ("PRE-07", "import", "ATAIR01", "express", "JP", [], "AT", "282731",
         "湿度計校正用飽和塩 (塩化マグネシウム六水和物), 500 g x 6", "JP", 3, 6, 9000, "JPY",
         "magnesium chloride hexahydrate for 33 % RH calibration cells is colourless, bitter, deliquescent "
         "crystals that give no colour to a flame; these six jars hold a deliquescent white salt that colours a flame "
         "bright yellow, crackles and flares with a pinch of sugar on a hot plate, and the Japanese supplier's lot "
         "sheet reads NaClO4·H2O: sodium perchlorate (Annex I above 40 %), sent by express from Osaka to a private "
         "person in Graz; Japanese wording (sodium perchlorate repeats in many sets and magnesium-chloride labels "
         "in several; a humidity-calibration-salt label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-08", "import", "IEAIR01", "air", "MY", [], "IE", "285390",
         "Air ultra tulen (UPW) 18.2 MΩ·cm untuk bilasan wafer, bekas 20 L, 40 bekas", "MY", 960, 40, 900, "USD",
         "ultrapure rinse water is 1.00 kg/l, tasteless and shipped in sealed, unvented clean-room containers; "
         "these 40 jerricans weigh 24 kg each (1.20 kg/l), have vented caps and stickers torn off, and the liquid "
         "foams on a cut and whitens skin: about 50 % hydrogen peroxide (Annex I above 12 %), flown from Penang for a "
         "Dublin lab-consumables web shop that sells by the litre to the public, at 22 USD a can, which no fab pays "
         "for water it makes on site; Malay wording (hydrogen peroxide repeats in many sets and water-like covers in "
         "several; an ultrapure-water label was found in no earlier row by a keyword search)",
         firm("Atlantic Lab Supply Ltd", "IE")),
        ("PRE-09", "import", "SEPOST01", "post", "TH", [], "SE", "831130",
         "ลวดบัดกรีมีฟลักซ์ 0.8 มม. 500 กรัม", "TH", 0.5, 1, 450, "THB",
         "a home electronics builder's parcel: solder wire and flux paste are what such parcels hold, but the third "
         "item's two bottles of 'SMT stencil cleaner' weigh 1.4 kg/l, fume brown when opened, yellow the skin and "
         "eat a copper coin: about 65 % nitric acid (Annex I above 3 %), hidden as the last item of a three-item "
         "declaration, posted from Bangkok to a private person in Västerås; Thai wording (nitric acid repeats in many "
         "sets and stencil words appear in many rows on other goods; a stencil-cleaner label on nitric acid behind "
         "solder was found in no earlier row)",
         dict(person("Mr L. Nilsson", "SE"),
              _more_items=[item("381090", "ฟลักซ์ครีมสำหรับงานบัดกรี 50 กรัม x 4", "TH", 0.2, 380, "THB", qty=4),
                           item("340290", "น้ำยาล้างสเตนซิล SMT ขวด 1 ลิตร x 2", "TH", 2.8, 320, "THB", qty=2)])),
        ("PRE-10", "import", "BEPOST01", "post", "CA", [], "BE", "382499",
         "Couplant liquide pour contrôle par ultrasons, 4 x 500 ml", "CA", 2.3, 4, 70, "CAD",
         "ultrasonic NDT couplant is a viscous, glycerine-based gel or syrup of about 1.25 kg/l that clings to a "
         "probe; these four bottles hold a thin, water-like liquid of 1.13 kg/l that runs off, foams on a scratch "
         "and whitens the fingers, in bottles with vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "posted from Montréal to a private person in Liège; Québec French wording (hydrogen peroxide repeats in many "
         "sets; a couplant label was found in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "HUROAD01", "road", "HU", [], "RS", "800120",
         "Babbitfém tuskó (ónbázisú csapágyfém), 20 t", "HU", 20000, None, 24000, "EUR",
         "tin-based babbitt for relining bearings is cast in clean, stamped, silvery ingots of a known grade worth "
         "about 25 EUR/kg; these bags hold dull grey, crusty lumps and black powder skimmed off wave-solder baths, "
         "with flux residue and a lead content of about 35 %, from a Székesfehérvár electronics contract "
         "manufacturer, at 1.20 EUR/kg: tin-lead solder dross (hazardous waste, Basel A1010/A1020), whose export to a "
         "non-OECD country is banned, at Röszke for a Novi Sad 'metal trader'; Hungarian wording (solder dross "
         "repeats in many sets, under tin-ingot, solder-bar and babbitt labels among others; kept as a repeat, from a "
         "Hungarian electronics contract manufacturer by road to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "681512",
         "Retales de tejido de fibra de carbono, primera calidad, para artículos deportivos, 12 t", "ES", 12000, None,
         3600, "EUR",
         "dry carbon-fabric remnants are supple, clean, black woven pieces worth several euros a kilo; these bales "
         "are stiff, tacky, resin-impregnated offcuts with backing paper still on, batch labels past their out-time "
         "and a smell of epoxy, from an aerostructures plant near Getafe, at 0.30 EUR/kg: uncured epoxy prepreg "
         "waste (08 04 09*, hazardous under Annex V), whose export to a non-OECD country is banned, from Algeciras to "
         "Tanger Med; Spanish wording (prepreg and carbon fibre repeat in many sets, carbon-fabric labels in a few; "
         "prepreg offcuts as carbon-fabric remnants were found in no earlier waste row)", {"importer_country": "MA"}),
        ("WST-03", "export", "SKROAD01", "road", "SK", ["HU"], "UA", "720310",
         "Železná huba (HBI), brikety, 22 t", "SK", 22000, None, 4400, "EUR",
         "hot-briquetted iron is dense, pillow-shaped, grey metallic briquettes of 90 % iron that ring when struck; "
         "these are crumbly, black, oily briquettes of fine grinding swarf and corundum grit that smear the hands, "
         "smell of coolant and give off oil when warmed, from a bearing plant's grinding lines near Žilina: metal "
         "sludge containing oil (12 01 18*), hazardous waste whose export to a non-OECD country is banned, through "
         "Hungary to Berehove for a Ukrainian 'foundry'; Slovak wording (grinding sludge and HBI labels repeat in "
         "several sets; kept as a repeat, by road from Slovakia is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "GH", "271019",
         "Olio idraulico HLP 46, nuovo, cisternette 1000 l, 18", "IT", 16000, 18, 3200, "EUR",
         "new HLP 46 hydraulic oil is clear, bright amber and sold with a batch certificate at about 2 EUR/kg; "
         "these IBCs hold black, smelly oil with a layer of grey metal sludge and a milky emulsion at the bottom, "
         "drained from the sinker-EDM tanks and machine sumps of a Brescia mould shop, at 0.20 EUR/kg: waste "
         "machining oils and emulsions (12 01 07*, 12 01 09*), hazardous waste whose export to a non-OECD country is "
         "banned, from Genoa to Tema; Italian wording (used oils repeat in many sets, and an HLP 46 hydraulic-oil label "
         "once; kept as a repeat, a mould shop's sinker-EDM oil from Italy to Ghana is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "381090",
         "Tavidlo pro žárové zinkování, roztok chloridu zinečnato-amonného, IBC, 20 t", "CZ", 20000, None, 2000, "EUR",
         "zinc ammonium chloride galvanising flux is a clear, colourless, slightly acidic solution; these IBCs hold a "
         "deep-blue, ammonia-smelling liquid of 1.2 kg/l with 120 g/l of copper, from a printed-circuit-board maker "
         "in Moravia: spent ammoniacal etchant (11 01 11*, Basel A1090-type copper compounds), hazardous waste whose "
         "export to a non-OECD country is banned, at Vyšné Nemecké for a Uzhhorod 'galvaniser'; Czech wording "
         "(spent etchants repeat in several sets under copper-chloride labels; a galvanising-flux label on a waste "
         "was found in no earlier row)", {"importer_country": "UA"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "CM", "903020",
         "Gebruikte meetapparatuur, werkend getest (oscilloscopen, generatoren), 420 stuks", "BE", 9000, 420, 4200,
         "EUR",
         "tested used test equipment travels wrapped, sorted, with a test sticker per unit; these 420 are 1970s-1990s "
         "CRT oscilloscopes, analysers and power supplies thrown loose into a container, with broken screens, "
         "missing knobs, no cables and mould, from a Leuven university clear-out: e-waste with leaded CRT glass "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Douala; Flemish "
         "Dutch wording (used electronics repeat in many sets; old test equipment as 'working instruments' is the new "
         "part as far as a search found)", {"importer_country": "CM"}),
        ("WST-07", "export", "IESEA01", "sea", "IE", [], "IN", "293379",
         "N-Methyl-2-pyrrolidone (NMP), recovered, technical grade, for resale, 80 drums", "IE", 16000, 80, 4800, "EUR",
         "recovered NMP for resale is a water-white, nearly odourless liquid with an assay sheet above 99 %; these "
         "drums hold a brown, amine-smelling liquid with red photoresist flakes and 15 % water, from a Leixlip wafer "
         "fab's resist-strip tools: waste organic solvents (07 01 04*), hazardous waste whose export to a non-OECD "
         "country is banned, from Dublin to Nhava Sheva; Irish English wording (NMP repeats in a few sets; a "
         "resist-stripper waste from a fab as recovered NMP is the new part as far as a search found)",
         {"importer_country": "IN"}),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "IN", "740400",
         "Fosforipronssilastu CuSn8, puhdas, 14 t", "FI", 14000, None, 63000, "EUR",
         "clean phosphor-bronze turnings are bright, golden curls; these are dull, reddish, oily chips and grey "
         "sludge with 2 % beryllium by the analyser, from an instrument-spring and connector works in Vantaa: "
         "beryllium-copper machining waste (Basel A1010 beryllium, Y20), hazardous waste whose export to a "
         "non-OECD country is banned, from Helsinki to Mundra; Finnish wording (beryllium repeats in several sets; "
         "beryllium-copper swarf as phosphor-bronze scrap was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "382499",
         "Concentrado de passivação ao crómio trivalente, IBC, 18 t", "PT", 18000, None, 2700, "EUR",
         "a trivalent-chromium passivation concentrate is a clear, green-blue, mildly acidic liquid; these IBCs hold a "
         "dark red-brown, strongly oxidising liquid with copper and iron sludge that yellows the skin, drawn off the "
         "hard-chrome tanks of a Marinha Grande mould-maker: spent hexavalent-chromium plating bath (11 01 05*, Basel "
         "Y21), hazardous waste whose export to a non-OECD country is banned, from Leixões to Luanda; Portuguese "
         "wording (chromic waste repeats in a few sets; a trivalent-passivation label was found in no earlier row)",
         {"importer_country": "AO"}),
        ("WST-10", "export", "MTSEA01", "sea", "MT", [], "LY", "251320",
         "Garnet abrasive, 80 mesh, new, in big bags, 24 t", "MT", 24000, None, 2400, "EUR",
         "new 80-mesh garnet is clean, sharp, pink-red grains sold in 1 t bags with a sieve report; these bags hold "
         "dusty, grey and red grit mixed with flakes of chromate primer and aircraft paint, 0.8 % lead and 0.3 % "
         "chromium by the analyser, from a Hal Far aircraft-maintenance paint-stripping booth: spent blasting grit "
         "containing hazardous substances (12 01 16*), whose export to a non-OECD country is banned, from Marsaxlokk "
         "to Misrata; English wording from Malta (garnet and abrasive labels repeat in several sets; spent aircraft "
         "de-painting grit from Malta is the new part as far as a search found)", {"importer_country": "LY"}),
    ],
    "ozone": [
        ("OZN-01", "export", "SISEA01", "sea", "SI", [], "EG", "841869",
         "Rabljeni hladilniki olja za vretena CNC obdelovalnih centrov, hladivo R-290, 60 kosov", "SI", 6000, 60, 15000,
         "EUR",
         "spindle-oil chillers on R-290 carry a red flammable-gas label and a small propane charge; these 60 used "
         "units have green-capped R-22 service valves, rating plates reading 'R22 1.4 kg' under a fresh R-290 sticker "
         "and oil-stained copper, taken off old machining centres in a Celje tool shop: equipment relying on HCFC-22, "
         "whose export the EU ozone regulation bans, from Koper to Alexandria; Slovenian wording (R-22 equipment for "
         "export repeats in many sets and chillers in many; CNC spindle chillers were found in no earlier row by a "
         "keyword search)", {"importer_country": "EG"}),
        ("OZN-02", "import", "ATROAD01", "road", "CH", [], "AT", "845630",
         "Senkerodiermaschine, gebraucht, mit Steuerung und Dielektrikumaggregat, 1 Stk.", "CH", 6500, 1, 48000, "CHF",
         "a used sinker-EDM from a Swiss mould shop, with its control and dielectric unit, is a normal import; the "
         "second item, its 'CO2-Löschanlage', is two red 25 l cylinders with 'BTM' and '1301' stamped on the necks, "
         "a low-pressure gauge and 40 kg of contents, not the 45 kg of 200-bar CO2: halon 1301 extinguishing "
         "cylinders, whose import the EU ozone regulation bans outside critical uses, hidden as the second item of a "
         "two-item declaration, on a lorry at Feldkirch-Tisis; Swiss German wording (halon 1301 repeats in many sets "
         "and extinguishing-system labels in a few; an EDM-machine fire unit was found in no earlier row by a keyword "
         "search)",
         dict(firm("Alpina Formenbau GmbH", "AT"),
              _more_items=[item("842410", "CO2-Löschanlage zur Erodiermaschine, 2 Flaschen à 25 l", "CH", 80, 900,
                                "CHF", qty=2)])),
        ("OZN-03", "import", "PLROAD01", "road", "UA", [], "PL", "271019",
         "Робоча рідина для гідравлічних випробувальних стендів (тип АМГ-10), бочки 200 л, 12 бочок", "UA", 5200, 12,
         1800, "EUR",
         "AMG-10 hydraulic fluid is a thin, red mineral oil of 0.85 kg/l; these drums weigh 430 kg each (2.17 kg/l), "
         "hold a colourless, heavy, volatile liquid that boils off a drop on the hand at once, and the drum bungs read "
         "'хладон 114В2': halon 2402, whose import the EU ozone regulation bans outside critical uses, from a Kharkiv "
         "aviation test-bench works, at Dorohusk; Ukrainian wording (halon 2402 repeats in several sets, and a "
         "test-bench fluid label once, on CFC-113 as injector calibration fluid; an AMG-10 hydraulic label was found in no "
         "earlier row by a keyword search)",
         firm("Delta Hydraulika Sp. z o.o.", "PL")),
        ("OZN-04", "import", "GRSEA01", "sea", "CN", [], "GR", "281290",
         "六氟化硫 (SF6), 高压开关试验用, 50 升钢瓶, 120 瓶", "CN", 6000, 120, 24000, "USD",
         "SF6 cylinders for high-voltage test sets hold about 50 kg of a heavy gas at 21 bar; these hold about 50 kg "
         "of a gas at 42 bar, the valve outlets are CGA 660 instead of the SF6 type and the analyser reads "
         "trifluoromethane, the refrigerant of ultra-low-temperature test chambers: HFC-23, placed on the EU market "
         "without quota or registration, by sea from Shanghai to Piraeus; Chinese wording (HFC-23 repeats in several "
         "sets, under CO2 labels among others, and SF6 labels appear in earlier ozone rows; kept as a repeat, for high-voltage "
         "test sets by sea to Piraeus is the new part as far as a search found)",
         firm("Horizon Test Equipment AE", "GR")),
        ("OZN-05", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "382499",
         "Gaz dedektörü kalibrasyon gazı (%2,5 metan/sentetik hava), 34 l tek kullanımlık tüp, 300 adet", "TR", 900,
         300, 6000, "EUR",
         "disposable calibration-gas cans hold about 0.1 kg of compressed gas each and feel empty; these 300 cans "
         "weigh 3 kg each, slosh with liquid, read 6 bar, not 70, and the gas smells faintly of ether and reads "
         "dichlorodifluoromethane on the leak detector: CFC-12, whose import the EU ozone regulation bans, on a lorry "
         "from Gebze through Bulgaria at Giurgiu; Turkish wording (CFC-12 repeats in many sets, under forming-gas, "
         "argon and calibration-gas labels among others; kept as a repeat, a methane gas-detector label from Türkiye is "
         "the new part as far as a search found)",
         firm("Orion Instrumente SRL", "RO")),
        ("OZN-06", "import", "CZAIR01", "air", "VN", [], "CZ", "381400",
         "Dung môi pha loãng lớp phủ bảo vệ mạch (conformal coating thinner), can 20 lít, 30 can", "VN", 740, 30, 2100,
         "USD",
         "conformal-coating thinner is a xylene or ester blend of about 0.87 kg/l that smells strongly of solvent; "
         "these cans weigh 24.7 kg (1.24 kg/l), carry pressure-relief caps, smell faintly of ether and boil off at "
         "body heat: HCFC-141b, whose import the EU ozone regulation bans, flown from Hanoi for a Brno electronics "
         "contract manufacturer's cleaning line; Vietnamese wording (HCFC-141b repeats in many sets as cleaners and "
         "thinners, a conformal-coating thinner label among them: kept as a repeat, by air from Viet Nam to Brno is the new "
         "part as far as a search found)",
         firm("Meridian Elektronika s.r.o.", "CZ")),
        ("OZN-07", "import", "ESSEA01", "sea", "IN", [], "ES", "290312",
         "ડાયક્લોરોમિથેન (મિથિલિન ક્લોરાઇડ), મોલ્ડ સફાઈ માટે, 250 કિગ્રા ડ્રમ, 40 ડ્રમ", "IN", 15000, 40, 16000, "USD",
         "dichloromethane for cleaning composite moulds is a clear liquid of 1.33 kg/l; these drums weigh 375 kg "
         "(1.99 kg/l), are filled to the same level and the analyser reads bromochloromethane (halon 1011): a "
         "controlled substance whose import the EU ozone regulation bans outside licensed feedstock use, by sea from "
         "Mundra to Valencia for a composites tooling shop; Gujarati wording (bromochloromethane repeats in many sets "
         "and mould-cleaner labels in several; kept as a repeat, a composites-tooling dichloromethane label from Gujarat is "
         "the new part as far as a search found)",
         firm("Rivage Composites SL", "ES")),
        ("OZN-08", "import", "CYSEA01", "sea", "IL", [], "CY", "271113",
         "איזובוטן R-600a, גלילים 25 ק\"ג, 40 גלילים", "IL", 1000, 40, 5200, "USD",
         "R-600a isobutane cylinders hold about 11 kg of a light liquid (0.56 kg/l) in a 25 l cylinder; these weigh "
         "25 kg net each, the liquid is three times denser, the valves are brass with a 'CH3Br' tag and a faint "
         "chloroform-like smell: methyl bromide, whose import the EU ozone regulation bans, for a Limassol firm that "
         "fumigates machine export crates, by sea from Haifa; Hebrew wording (methyl bromide repeats in many sets, "
         "sulfuryl-fluoride covers in several and isobutane labels in several ozone rows on other gases; kept as a repeat, "
         "from Israel to Cyprus for crate fumigation is the new part as far as a search found)",
         firm("Central Fumigation Ltd", "CY")),
        ("OZN-09", "import", "LTRAIL01", "rail", "KZ", [], "LT", "220720",
         "Спирт этиловый денатурированный 96 % для ультразвуковой очистки подшипников, бочки 200 л, 20 бочек", "KZ",
         5960, 20, 3000, "EUR",
         "denatured ethanol is a clear liquid of 0.79 kg/l that smells of spirit and burns with a blue flame; these "
         "drums weigh 298 kg each (1.49 kg/l), the liquid does not burn, smells faintly sweet and reads "
         "trichlorofluoromethane on the analyser: CFC-11, whose import the EU ozone regulation bans, on a train from "
         "Kazakhstan at Kena for a Vilnius bearing-rebuild shop; Russian wording from Kazakhstan (CFC-11 repeats in "
         "many sets and denatured-ethanol labels in a few rows; a bearing-cleaning ethanol label by rail from Kazakhstan "
         "is the new part as far as a search found)",
         firm("Nordhafen Guoliai UAB", "LT")),
        ("OZN-10", "import", "ESSEA01", "sea", "KR", [], "ES", "841869",
         "레이저 절단기용 산업 냉각기, 냉매 R-290 충전, 40 대", "KR", 8000, 40, 96000, "USD",
         "laser-cutter chillers on R-290 carry a red flammable-gas warning and a charge under 150 g; these 40 units "
         "have pink R-410A service ports, 2.6 kg charges on the inner rating plates and no flammable-gas label: "
         "HFC-charged equipment placed on the EU market without quota authorisation or correct labelling, by sea "
         "from Busan to Valencia for a laser-cutting machine builder; Korean wording (HFC equipment repeats in many "
         "sets, and laser-cutter chillers once, on R-22 cutters for export; kept as a repeat, Korean laser-cutter chillers "
         "on import to Valencia are the new part as far as a search found)",
         firm("Meridian Láser SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "PK", [], "IT", "680293",
         "گرینائٹ سرفیس پلیٹ، معائنہ گریڈ 0، 1000 x 630 ملی میٹر، 1 عدد", "PK", 380, 1, 450, "USD",
         "a grade-0 granite surface plate is a black, lapped, dead-flat slab with a calibration certificate; this crate "
         "holds a grey-blue schist slab carved in relief with a seated Buddha and worshippers, with old breaks, root "
         "marks and soil in the recesses, wrapped in a blanket under a plain granite top: a Gandhara relief (2nd-4th "
         "century), archaeological heritage exported without Pakistan's permit, by sea from Karachi to Genoa for a "
         "Milan metrology-equipment dealer; Urdu wording (Gandhara sculpture repeats in many sets; a surface-plate "
         "label was found once, in a strategic row, and never on a cultural object by a keyword search)",
         firm("Vega Metrologia Srl", "IT")),
        ("CUL-02", "import", "ATPOST01", "post", "MK", [], "AT", "741529",
         "Месингани подлошки, мешани, 2 кг", "MK", 2, None, 900, "MKD",
         "assorted brass washers are bright, punched, identical rings with a central hole; these 2 kg are about 600 "
         "small, dark, irregular bronze discs with no hole, showing heads, legends and green crust, some still with "
         "soil: Roman and Macedonian coins from detector finds, archaeological heritage exported without North "
         "Macedonia's permit, posted from Skopje to a private buyer in Linz; Macedonian wording (ancient coins "
         "repeat in many sets and washers appear in a few rows on other goods; a brass-washer label on coins was found in no "
         "earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("CUL-03", "import", "MTAIR01", "air", "TN", [], "MT", "901890",
         "Instruments dentaires usagés, inox, lot de 40", "LY", 1.5, 40, 200, "EUR",
         "used stainless dental instruments are bright, machined, with ring handles and makers' stamps; these 40 are "
         "cast and hammered bronze probes, spatulas, scalpel handles and tweezers with green patina and sand in the "
         "joints: Roman surgical instruments from a Cyrenaican site, archaeological heritage exported without "
         "Libya's permit, flown from Tunis to Malta, with a Libyan origin on the declaration; Tunisian French wording "
         "(Libyan antiquities repeat in many sets; Roman surgical instruments as used dental instruments were found "
         "in no earlier row by a keyword search)", firm("Central Dental Supplies Ltd", "MT")),
        ("CUL-04", "export", "FRAIR01", "air", "FR", [], "US", "711292",
         "Plaques de cuivre argenté, anciennes, pour récupération de l'argent, 12 pièces", "FR", 2, 12, 240, "EUR",
         "silver-plated copper offcuts for silver recovery are flat, scratched sheet worth their silver only; these "
         "12 are mirror-polished plates in leather and velvet cases that show, held at an angle, portraits and a Paris "
         "street of about 1845: daguerreotypes, worth well over 15,000 EUR as a group, exported without the EU "
         "licence photographs of that value need, flown from Paris to a New York dealer; French wording (daguerreotypes "
         "repeat in a few sets and silver-scrap labels in several, kept as a repeat; a silver-recovery plate label on "
         "daguerreotypes was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "import", "ESAIR01", "air", "PA", [], "ES", "711291",
         "Chatarra de pines de conectores chapados en oro, para refinación, 3 kg", "CO", 3, None, 2400, "USD",
         "gold-plated connector-pin scrap is a mass of tiny brass pins with a thin gold flash, worth a few hundred "
         "dollars a kilo; these 3 kg are cast gold nose ornaments, pendants and small bird figures with lost-wax "
         "flaws and grave soil in the loops: Tairona and Quimbaya goldwork (before 1600), archaeological heritage "
         "exported without Colombia's permit, flown from Panama City to Madrid for a 'refinery'; Colombian Spanish "
         "wording (Tairona and Quimbaya gold repeat in many sets, and a connector-pin e-scrap label once, from the Emirates: "
         "kept as a repeat, from Colombia through Panama is the new part as far as a search found)", firm("Atlantic Metales SL", "ES")),
        ("CUL-06", "import", "DESEA01", "sea", "IN", [], "DE", "701912",
         "E-glass direct roving 2400 tex, for filament winding, 18 t", "IN", 18000, None, 21600, "USD",
         "a glass-fibre container for a Hamburg composites distributor: direct roving and stitched mats are what it "
         "should hold, but the third item's 'paper core tubes, used, for return' hold, rolled inside three of them, "
         "forty gouache-and-gold paintings on old hand-made paper with Persian and Devanagari inscriptions and "
         "worm-holes: Rajput and Pahari miniatures (18th-19th century), antiquities exported without India's permit "
         "under the 1972 Act, hidden as the last item of a three-item declaration, by sea from Mundra; Indian "
         "English and Hindi wording (Indian miniatures repeat in two sets; inside a roving container is the new part "
         "as far as a search found)",
         dict(firm("Nordhafen Composites GmbH", "DE"),
              _more_items=[item("701914", "Chopped strand mat, stitched, 450 g/m2", "IN", 4000, 6000, "USD"),
                           item("482290", "कागज़ के कोर ट्यूब, प्रयुक्त, वापसी हेतु, 30", "IN", 60, 30, "USD", qty=30)])),
        ("CUL-07", "import", "NLAIR01", "express", "AE", [], "NL", "690912",
         "Alumina ceramic substrates for thick-film circuits, 96 %, samples, 20 pcs", "IQ", 2.2, 20, 150, "USD",
         "thick-film alumina substrates are thin, white, laser-scribed ceramic plates of identical size; these 20 are "
         "pillow-shaped, unfired-looking clay tablets of different sizes with wedge-shaped script on both faces and "
         "salt bloom: cuneiform tablets from Iraq, archaeological heritage exported without Iraq's permit, sent by "
         "express from Dubai to an Eindhoven 'electronics' address, with an Iraqi origin on the declaration; English "
         "wording from the Gulf (cuneiform tablets repeat in many sets, kept as a repeat; a ceramic-substrate label "
         "was found in no earlier row by a keyword search)", firm("Orion Micro Electronics BV", "NL")),
        ("CUL-08", "import", "ITAIR01", "air", "PE", [], "IT", "540710",
         "Muestras de tejido de aramida para ensayos balísticos, 14 piezas", "PE", 4, 14, 300, "USD",
         "aramid test swatches are bright-yellow, tightly woven, identical squares with a lot number; these 14 are "
         "brown, white and red cotton and camelid-hair fragments with birds and fish woven in, torn edges, dust and "
         "old stitch holes: Chancay textiles (1000-1470), archaeological heritage exported without Peru's permit, "
         "flown from Lima to Milan for a composites-testing laboratory's 'owner'; Peruvian Spanish wording (Chancay "
         "textiles repeat in many sets, kept as a repeat; an aramid-swatch label was found in no earlier cultural row)",
         firm("Alpina Laboratori Srl", "IT")),
        ("CUL-09", "import", "ATAIR01", "air", "AM", [], "AT", "741980",
         "Բրոնզե ձուլվածքների նմուշներ (կորցրած մոմի մեթոդ), առաջին նմուշի ստուգման համար, 25 հատ", "AM", 9, 25, 500,
         "USD",
         "investment-cast first-article samples are new, sharp-edged, sand-blasted parts with gates cut off and a "
         "drawing number; these 25 are green-crusted bronze horse bits, pins with animal finials and a small idol "
         "with earth in the hollows: Luristan bronzes (Iron Age), archaeological heritage exported without Iran's "
         "permit, carried overland to Yerevan and flown to Vienna for a precision-casting firm; Armenian wording "
         "(Luristan bronzes repeat in several sets, kept as a repeat; a first-article casting-sample label was found "
         "in no earlier row by a keyword search)", firm("Horizon Feinguss GmbH", "AT")),
        ("CUL-10", "import", "DEAIR01", "air", "HK", [], "DE", "900190",
         "鍍鋁反射鏡毛坯 (激光光學用), 青銅基材, 已拋光, 8 件", "CN", 6, 8, 480, "USD",
         "laser-mirror blanks are flat or spherical, precision-ground discs with bevelled edges and a test report; "
         "these eight are cast bronze discs, one face dull and pitted, the back with a central knob, TLV pattern, "
         "animals and a seal-script rim inscription, with green and red corrosion: Han-dynasty bronze mirrors, "
         "cultural relics whose export China bans, flown from Hong Kong to Jena for an optics workshop; Cantonese "
         "(traditional Chinese) wording from Hong Kong (bronze mirrors repeat in a few sets as goods; a mirror-blank "
         "label was found once, on a strategic row, and never on a cultural object)", firm("Central Optik GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "PK", "844130",
         "Spiraalhulzenwikkelmachine voor kartonnen kokers, 1 set", "NL", 14000, 1, 65000, "EUR",
         "a paper spiral-tube winder is a light frame with paper-reel stands, a glue bath and a flying saw; these "
         "crates hold a four-axis CNC winder with a resin bath, a heated fibre-tensioning creel, a 3 m mandrel "
         "carriage and software to program helical and hoop layers: a filament winding machine (dual-use 1B001), "
         "exported without a licence to a Karachi 'packaging' firm whose parent makes rocket-motor cases, from "
         "Rotterdam; Dutch wording (filament winding machines repeat in many sets, under textile-winder and "
         "hose-braiding labels; a paper-tube winder label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-02", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "IR", "750512",
         "Invar 36 (1.3912) Rundstäbe, Ø 150 mm, für Messgeräterahmen, 6 t", "AT", 6000, None, 138000, "EUR",
         "Invar 36 bars are soft, 36 % nickel, low-expansion alloy for metrology frames; these bars are hard, read 18 % "
         "nickel, 9 % cobalt and 5 % molybdenum on the analyser, and the heat certificates give a tensile strength "
         "of 2,000 MPa: maraging steel C300 (dual-use 1C116), exported without a licence and against the Iran "
         "sanctions regulation, on a lorry from Styria through Hungary, Romania, Bulgaria and Türkiye to Tabriz; "
         "Austrian German wording (maraging steel repeats in many sets; an Invar label was found in no earlier row by a "
         "keyword search)", {"importer_country": "IR"}),
        ("STR-03", "export", "EEAIR01", "air", "EE", [], "KZ", "940320",
         "Koolilabori mööbel, metallraam, 30 lauda", "EE", 1800, 30, 9000, "EUR",
         "a school-laboratory order for Almaty: lab benches and demonstration kits are what Estonian suppliers sell, "
         "but the third item's 'õppe-ostsilloskoobid' are 60 four-channel 8 GHz real-time oscilloscopes with 20 GS/s "
         "sampling at 150 EUR declared each, worth some 60,000: oscilloscopes and digitisers listed as Common High "
         "Priority items (dual-use 3A002.a), whose sale for use in Russia Regulation 833/2014 forbids, for a "
         "forwarder that trucks them to Moscow, hidden as the third item of a three-item declaration, flown from "
         "Tallinn; Estonian wording (oscilloscopes repeat in many sets; an educational label behind school furniture "
         "from Estonia is the new part as far as a search found)",
         dict({"importer_name": "OOO Radiotekh Snab", "importer_country": "RU"},
              _more_items=[item("902300", "Füüsika demonstratsioonikomplektid, 30", "EE", 300, 4500, "EUR", qty=30),
                           item("903020", "Õppe-ostsilloskoobid, 60", "US", 240, 9000, "EUR", qty=60)])),
        ("STR-04", "export", "DKAIR01", "air", "DK", [], "CN", "902519",
         "Fiberoptiske temperaturfølere til transformerovervågning, 40 stk.", "DK", 120, 40, 24000, "EUR",
         "fibre-optic transformer temperature probes are thin PTFE-sheathed fibres with a GaAs tip and a small "
         "signal box; these 40 are sealed aluminium cylinders of 3 kg each holding a wound polarisation-maintaining "
         "fibre coil, an integrated-optics chip and a three-axis mount, with a bias-stability test sheet: fibre-optic "
         "gyroscopes and IMUs (dual-use 7A001/7A003), exported without a licence to a Xi'an 'grid equipment' firm "
         "on the EU's list of Chinese military end users, from Copenhagen; Danish wording (gyroscopes repeat in many "
         "sets; a transformer fibre-optic temperature-sensor label was found in no earlier row)",
         {"importer_country": "CN"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "AE", "851420",
         "Forno fusorio a induzione da banco per oreficeria, 2 kg, 1 unità", "IT", 4200, 1, 38000, "EUR",
         "a bench jewellery-casting furnace melts 2 kg of gold in a graphite crucible and weighs under 100 kg; this "
         "crate holds a 4 t vacuum induction furnace with a 50 kg crucible, a diffusion pump, a 10-3 Pa vacuum "
         "gauge and a tilt-pour mould chamber: a vacuum induction furnace (dual-use 2B227), exported without a "
         "licence to a Jebel Ali forwarder for a Rawalpindi metallurgical works, from La Spezia; Italian wording "
         "from the Vicenza goldsmiths' supply trade (induction furnaces repeat in many sets, and a jewellery-casting "
         "label once; kept as a repeat, from Italy through Jebel Ali to Pakistan is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-06", "export", "LTAIR01", "air", "LT", [], "AE", "871499",
         "Anglies pluošto dviračių sėdynės vamzdžiai, 31,6 mm, 300 vnt.", "LT", 450, 300, 21000, "EUR",
         "carbon seat posts are 31.6 mm, 350-400 mm long, with a clamp head and a matt or glossy weave; these 300 "
         "are headless, 600 mm filament-wound tubes of 146 mm bore with a tolerance of 0.02 mm, a high-modulus "
         "fibre and a balancing record per tube: carbon-fibre rotor tubes for gas centrifuges (Nuclear Suppliers "
         "Group, dual-use 0B001/1A202), exported without a licence to a Dubai free-zone firm that ships on to Iran, "
         "flown from Vilnius; Lithuanian wording (centrifuge rotors repeat in many sets; a bicycle seat-post label "
         "was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-07", "export", "BGROAD01", "road", "BG", ["TR", "GE"], "AM", "900150",
         "Лещи за слънчеви очила, поляризирани, заготовки, 5 000 бр.", "BG", 400, 5000, 7500, "EUR",
         "polarised sunglass blanks are light, tinted polycarbonate or glass discs you can see through; these 5,000 "
         "are heavy, grey-metallic, mirror-like discs that are opaque to the eye, with an anti-reflection coating "
         "and an 8-12 µm transmission sheet: germanium lens blanks for thermal cameras (Common High Priority items, "
         "Regulation 833/2014), whose sale for use in Russia is banned, on a lorry from Plovdiv through Türkiye and "
         "Georgia to a Yerevan firm that ships on to Russia; Bulgarian wording (germanium optics repeat in many "
         "sets; a sunglass-lens label was found in no earlier row by a keyword search)",
         {"importer_name": "Ararat Optic LLC", "importer_country": "AM"}),
        ("STR-08", "export", "PLAIR01", "air", "PL", [], "TH", "810199",
         "Obciążniki wolframowe do kijów golfowych, 2 000 szt.", "PL", 1800, 2000, 36000, "EUR",
         "golf-club tungsten weights are small screws of 5-20 g; these 2,000 are 900 g rods, 25 mm across and 100 mm "
         "long, of 17.6 g/cm3 tungsten heavy alloy with a turned point and a tail seat: penetrator cores for tank "
         "ammunition (military list ML3/ML8 and 1C117 material), exported without a licence to a Bangkok forwarder "
         "for a Yangon buyer under the EU arms embargo on Myanmar, flown from Warsaw; Polish wording (tungsten "
         "repeats in many sets; a golf-weight label was found in no earlier row by a keyword search)",
         {"importer_name": "Golden Myittha Co. Ltd", "importer_country": "MM"}),
        ("STR-09", "export", "HRROAD01", "road", "HR", ["RS", "BG", "TR"], "GE", "902300",
         "Nastavni paneli za CNC obuku u strukovnim školama, 40 kom.", "HR", 1200, 40, 20000, "EUR",
         "CNC training panels are desk-top simulators with a screen and a plastic keyboard; these 40 are industrial "
         "five-axis CNC control units with drive modules, encoders and a licence for simultaneous five-axis "
         "interpolation: numerical controls for machine tools (dual-use 2B001 accessories, Common High Priority "
         "items), whose sale for use in Russia Regulation 833/2014 forbids, on a lorry from Zagreb through Serbia, "
         "Bulgaria and Türkiye to a Tbilisi firm whose buyer is a Tula arms plant; Croatian wording (CNC controls "
         "repeat in many sets, as panel PCs in one; a vocational training-panel label was found in no earlier row)",
         {"importer_name": "OOO Tulastankosnab", "importer_country": "RU"}),
        ("STR-10", "transit", "LVAIR01", "air", "TW", ["LV", "LT"], "BY", "852560",
         "Amateur radio transceivers HF/VHF, used, 50 pcs", "TW", 600, 50, 7500, "USD",
         "used amateur transceivers are 2-5 kg boxes with a microphone and a frequency dial; these 50 are 12 kg "
         "rack-mounted wide-band signal generators and synthesisers to 40 GHz with fast switching and a calibration "
         "certificate dated this year: frequency synthesisers (dual-use 3A002.d), whose transit through the EU to "
         "Belarus Regulation 765/2006 forbids, declared in transit at Riga airport for road carriage to Minsk; "
         "English wording from Taiwan (signal generators repeat in several sets and amateur-radio labels in a few; "
         "kept as a repeat, in transit through Riga to Belarus is the new part as far as a search found)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "CM", [], "BE", "702000",
         "Barreaux de vitrocéramique usinable (type Macor), Ø 40 mm, 60 pièces", "CM", 70, 60, 900, "EUR",
         "machinable glass-ceramic rods are uniform, chalk-white, extruded cylinders with no grain; these 60 are "
         "creamy, tapering, hand-sawn pieces with a fine cross-hatched Schreger pattern on the cut ends and a bark of "
         "yellowed skin on one side: African elephant ivory (CITES App. I) without CITES documents, flown from "
         "Douala to Brussels for a 'technical ceramics' workshop; Cameroonian French wording (ivory repeats in many "
         "sets; a machinable-ceramic label was found in no earlier row by a keyword search)",
         firm("Central Céramiques Techniques SA", "BE")),
        ("WLF-02", "import", "ITAIR01", "air", "ID", [], "IT", "392073",
         "Lembaran selulosa asetat motif kulit penyu, untuk bingkai kacamata, 200 lembar", "CN", 80, 200, 1600, "USD",
         "a consignment for a Belluno eyewear workshop: cellulose acetate sheet and buffalo-horn plates are what such "
         "workshops buy, but the third item's 'sheet of tortoiseshell-pattern acetate, premium' are 40 kg of curved, "
         "translucent, amber-and-brown plates with natural growth edges that smell of burnt hair under a hot needle: "
         "hawksbill turtle shell (CITES App. I) without CITES documents, hidden as the third item of a three-item "
         "declaration, flown from Jakarta to Milan; Indonesian wording (hawksbill and acetate labels repeat in many "
         "sets, buffalo horn in several; for an eyewear maker behind buffalo horn is the new part as far as a search "
         "found)",
         dict(firm("Alpina Occhialeria Srl", "IT"),
              _more_items=[item("050790", "Pelat tanduk kerbau, dipoles, 300 lembar", "ID", 60, 2400, "USD", qty=300),
                           item("392073", "Lembaran asetat motif kulit penyu premium, 80 lembar", "ID", 40, 800,
                                "USD", qty=80)])),
        ("WLF-03", "transit", "DEAIR01", "air", "MZ", [], "VN", "681519",
         "Retalhos de maquinação de compósito de fibra de carbono (CFRP), 24 kg", "MZ", 24, None, 300, "USD",
         "CFRP machining offcuts are flat, layered, black pieces with a woven face and sharp saw cuts; these 24 kg "
         "are fibrous, dark-grey, conical pieces with a hairy base, a smell of horn when sawn and no layers or weave: "
         "rhinoceros horn (CITES App. I) cut into chunks, in transit at Frankfurt from Maputo to Hanoi; Mozambican "
         "Portuguese wording (rhino horn repeats in many sets and a CFRP label once, on bridge-strengthening rolls; a "
         "CFRP-offcut label was found in no earlier row by a keyword search)", {}),
        ("WLF-04", "import", "HUAIR01", "air", "NG", [], "HU", "252510",
         "Natural mica flakes, crude, for electrical insulation, 30 bags x 20 kg", "NG", 600, 30, 900, "USD",
         "crude mica splits into thin, glassy, transparent sheets that flake with a fingernail; these 30 bags hold "
         "600 kg of thick, brown, keratin scales shaped like fingernails, with ridged surfaces and dried skin at the "
         "base, that do not split: pangolin scales (CITES App. I) without CITES documents, flown from Lagos to "
         "Budapest for a firm owned from Guangzhou; Nigerian English wording (pangolin scales repeat in many sets; a "
         "mica-flake label was found in no earlier row by a keyword search)", firm("Orion Isolátor Kft.", "HU")),
        ("WLF-05", "import", "NLSEA01", "sea", "BR", [], "NL", "440799",
         "Madeira serrada de paricá (Schizolobium amazonicum), seca em estufa, 28 m3", "BR", 14000, None, 8400, "USD",
         "paricá is a very light (about 300 kg/m3), pale, plain plantation wood used for plywood cores; these boards "
         "weigh about 500 kg/m3, are pinkish to red-brown, smell of cedar and show spaced growth rings: cedro "
         "(Cedrela odorata, CITES App. II) without a CITES export permit, by sea from Belém to Rotterdam for a "
         "foundry-pattern maker who prizes its stability; Brazilian Portuguese wording (Cedrela repeats in many "
         "sets, under tornillo labels among others; a paricá label was found in no earlier row by a keyword search)",
         firm("Delta Modelbouw BV", "NL")),
        ("WLF-06", "import", "FRSEA01", "sea", "MG", [], "FR", "392690",
         "Poignées et boules de manœuvre en bakélite pour machines-outils, 8 000 pièces", "MG", 1600, 8000, 2400,
         "EUR",
         "phenolic machine handles are moulded, glossy, identical black pieces with a steel insert and a mould seam; "
         "these 8,000 are hand-turned, jet-black wood knobs and handles of slightly different sizes, with fine grain "
         "under a lens, sinking in water and with no insert: Madagascar ebony (Diospyros, CITES App. II, export "
         "suspended) without CITES documents, by sea from Toamasina to Marseille for a machine-tool accessories "
         "firm; Malagasy French wording (Madagascar ebony repeats in several sets; a Bakelite machine-handle label "
         "was found in no earlier row by a keyword search)", firm("Rivage Outillage SARL", "FR")),
        ("WLF-07", "import", "SEAIR01", "express", "BD", [], "SE", "382499",
         "মাইক্রোস্কোপ ইমারশন অয়েল, টাইপ এফ, ১০০ মিলি x ২০", "BD", 2.2, 20, 3000, "BDT",
         "microscope immersion oil is a clear, nearly odourless synthetic oil in dropper bottles; these 20 bottles "
         "hold a dark amber, viscous oil with a heavy, woody, smoky-sweet smell that fills the room: agarwood (oud) "
         "oil distilled from Aquilaria (CITES App. II) without CITES documents, worth thousands of euros, sent by "
         "express from Sylhet to a private person in Malmö; Bengali wording (agarwood oil repeats in several sets "
         "and an immersion-oil label once, on a precursor; on agarwood it was found in no earlier row)",
         person("Karin Andersson", "SE")),
        ("WLF-08", "import", "DEAIR01", "express", "VN", [], "DE", "392113",
         "Mút chống tĩnh điện (ESD) để đóng gói linh kiện, mẫu, 3 hộp", "VN", 2, 3, 30, "USD",
         "ESD packing foam is black or pink conductive polyurethane in sheets; these three boxes hold slabs of foam "
         "with 30 living, bare-rooted slipper orchids with mottled leaves pushed into slits: wild Paphiopedilum (CITES "
         "App. I) without CITES documents, sent by express from Hanoi to a private grower in Leipzig; Vietnamese "
         "wording (Paphiopedilum repeats in many sets; an ESD-foam label was found in no earlier row by a keyword "
         "search)", person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "ESAIR01", "air", "PY", [], "ES", "441300",
         "Madera densificada (tipo Lignostone) en bloques, para mangos de herramientas, 120 kg", "PY", 120, None, 600,
         "USD",
         "densified laminated beech is pale, layered and resin-bonded, with glue lines every few millimetres; these "
         "blocks are solid, dark chocolate-brown wood with black streaks, a rose-like scent when sawn and no "
         "laminations: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES documents, flown from "
         "Asunción to Madrid for a Toledo tool-handle and knife maker; Paraguayan Spanish wording (Dalbergia nigra "
         "repeats in many sets; a densified-wood label was found in no earlier row by a keyword search)",
         firm("Meridian Mangos SL", "ES")),
        ("WLF-10", "import", "DEAIR01", "air", "LA", [], "DE", "392190",
         "ແຜ່ນໜັງທຽມສຳລັບຫຸ້ມກ້ອງຖ່າຍຮູບ, 150 ແຜ່ນ", "LA", 45, 150, 600, "USD",
         "camera leatherette is a thin, embossed, vulcanite-look plastic sheet on a roll; these 150 are tanned, "
         "diamond-patterned skins up to 4 m long with a real scale pattern and a dorsal ridge, cut to width: "
         "reticulated python skins (CITES App. II) without CITES documents, flown from Vientiane to Frankfurt for a "
         "Wetzlar camera-restoration workshop; Lao wording (python skins repeat in many sets; a camera-leatherette "
         "label was found in no earlier row by a keyword search)", firm("Vega Kamera Service GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "JP", "AT", "282990",
     "Sodium perchlorate monohydrate 99 %, 2 x 500 g, for a licensed private user (electrochemistry)", "JP", 1.0, 2, 80,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-63-0412")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "LUPOST01", "post", "BR", "LU", "290420",
     "Nitromethane 96 %, 2 x 1 l, for a licensed private user (model engines)", "BR", 2.3, 2, 60, "EUR",
     [("PRECURSOR_LICENCE", "LU-MJ-63-0027")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "HU", "DE", "262021",
     "Tin-lead solder dross from wave-solder baths, for recovery at a licensed smelter, 20 t", "HU", 20000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-BY-63-0318")], "notified solder dross to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CZ", "DE", "382590",
     "Spent ammoniacal etchant (11 01 11*), for copper recovery at a licensed plant, 20 t", "CZ", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-SN-63-0144")], "notified spent etchant to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ATROAD01", "road", "CH", "AT", "290376",
     "Halon 1301, recovered from EDM fire units, for reclamation for critical aviation use, 2 cylinders", "CH", 80, 2,
     1600, "CHF", [("ODS_LICENCE", "AT-BMK-ODS-63-011")], "recovered halon for reclamation under licence"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "Dichlorodifluoromethane (CFC-12) analytical reference gas, 10 lecture bottles, for laboratory use", "US", 5,
     10, 2400, "USD", [("ODS_LICENCE", "DE-UBA-ODS-63-027")], "CFC-12 reference gas imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "491191",
     "Daguerreotype, Paris street view, c. 1845, documented French collection, with the export licence", "FR", 0.4,
     1, 42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-63-0508")], "photograph exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "HK", "970510",
     "Han-dynasty bronze mirror, TLV type, German collection since 1928, with the export licence", "CN", 1.2, 1,
     65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-63-0077")], "antiquity exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "NLSEA01", "sea", "NL", "BR", "844630",
     "Four-axis CNC filament winding machine, for a Brazilian pressure-vessel maker", "NL", 14000, 1, 640000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-63-0219"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-63-0041")],
     "dual-use filament winding machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKAIR01", "air", "DK", "IN", "901420",
     "Fibre-optic gyroscope IMUs, 10 units, for an Indian survey-aircraft maker", "DK", 30, 10, 180000, "EUR",
     [("EXPORT_LICENCE", "DK-EST-63-0088"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-63-0155")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "VN", "DE", "410330",
     "Reticulated python skins, farmed, tanned, 60 pieces, for camera restoration", "VN", 20, 60, 6000, "USD",
     [("CITES_PERMIT", "VN-CITES-63-0731")], "App. II farmed python skins with their export permit"),
    ("PRM-12", "wildlife", "import", "SEAIR01", "air", "VN", "SE", "330129",
     "Agarwood oil, Aquilaria crassna, plantation-grown, 100 x 12 ml", "VN", 1.2, 100, 20000, "USD",
     [("CITES_PERMIT", "VN-CITES-63-0902")], "App. II plantation agarwood oil with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "M. L. Weber", "PRM-04": "Central Kupfer Recycling GmbH",
    "PRM-06": "Vega Analytik GmbH", "PRM-11": "Vega Kamera Service GmbH", "PRM-12": "Rivage Dofter AB",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises and the ordinary
    # supplies of machine shops, composites shops, electronics contract manufacturers, optics and test laboratories
    ("391400", "Mixed-bed ion-exchange resin for wire-EDM water, 25 l sacks", "import", ["sea"], ["CN", "KR"], (3, 6), (2000, 6000), ["USD"], None, S),
    ("390461", "PTFE micropowder, lubricant additive, 1 kg", "import", ["express"], ["KR", "CN"], (25, 45), (1, 4), ["USD"], 1, S),
    ("292620", "Dicyandiamide (DICY) epoxy curing agent, 25 kg bags", "import", ["sea"], ["TW", "CN"], (2, 4), (2000, 8000), ["USD"], None, S),
    ("340399", "Synthetic CNC cutting-fluid concentrate, 1 l", "import", ["post"], ["BR", "US"], (10, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("701820", "Glass microbeads for shot peening, 25 kg sacks", "import", ["road"], ["TR", "GE"], (0.6, 1.2), (10000, 22000), ["EUR", "USD"], 0.04, S),
    ("271019", "EDM dielectric oil, 1 l", "import", ["post"], ["RS", "US"], (8, 15), (1, 4), ["EUR", "USD"], 1, S),
    ("282731", "Magnesium chloride hexahydrate, humidity calibration salt, 500 g", "import", ["express"], ["JP", "US"], (20, 40), (1, 3), ["USD", "JPY"], 2, S),
    ("285390", "Ultrapure water 18 MOhm, 20 l clean-room containers", "import", ["air"], ["MY", "SG"], (1, 2), (200, 1000), ["USD"], 0.05, S),
    ("340290", "SMT stencil cleaning solution, water-based, 1 l", "import", ["post"], ["TH", "CN"], (6, 12), (1, 4), ["USD"], 1, S),
    ("382499", "Ultrasonic NDT couplant gel, 500 ml", "import", ["post"], ["CA", "US"], (8, 16), (1, 3), ["USD", "CAD"], 2, S),
    ("800120", "Tin-based babbitt ingots, grade B83, for bearing relining", "export", ["road"], ["RS", "UA"], (22, 30), (1000, 5000), ["EUR"], None, S),
    ("681512", "Carbon-fibre woven fabric, 200 g/m2, first quality, rolls", "export", ["sea"], ["MA", "TN"], (15, 25), (1000, 4000), ["EUR"], None, S),
    ("271019", "HLP 46 hydraulic oil, new, 1000 l IBCs", "export", ["sea"], ["GH", "NG"], (1.6, 2.4), (8000, 18000), ["EUR"], None, S),
    ("381090", "Zinc ammonium chloride galvanising flux, IBC", "export", ["road"], ["UA", "MD"], (0.6, 1.0), (10000, 20000), ["EUR"], None, S),
    ("903020", "Bench oscilloscopes 100 MHz, refurbished, tested, with warranty", "export", ["sea"], ["CM", "GH"], (40, 80), (300, 1500), ["EUR"], 0.2, S),
    ("293379", "N-methyl-2-pyrrolidone, virgin, electronics grade, drums", "export", ["sea"], ["IN", "VN"], (2.5, 4), (8000, 16000), ["EUR"], None, S),
    ("740729", "Phosphor-bronze bars CuSn8, new", "export", ["sea"], ["IN", "TR"], (9, 13), (2000, 8000), ["EUR"], None, S),
    ("382499", "Trivalent-chromium passivation concentrate, IBC", "export", ["sea"], ["AO", "MZ"], (2, 4), (5000, 15000), ["EUR"], None, S),
    ("251320", "Garnet abrasive 80 mesh, new, 1 t big bags", "export", ["sea"], ["LY", "TN"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("841869", "CNC spindle oil chillers, new, R-290 charge", "export", ["sea"], ["EG", "MA"], (25, 40), (2000, 6000), ["EUR"], 0.01, S),
    ("845630", "Sinker EDM machines, used, Swiss-made", "import", ["road"], ["CH"], (6, 10), (5000, 12000), ["CHF", "EUR"], 0.00015, S),
    ("271019", "Hydraulic test-bench fluid, mineral oil, 200 l drums", "import", ["road"], ["UA", "TR"], (1.5, 2.5), (3000, 9000), ["EUR"], None, S),
    ("381400", "Conformal-coating thinner, ester blend, 20 l cans", "import", ["air"], ["VN", "CN"], (4, 7), (300, 900), ["USD"], None, S),
    ("291411", "Acetone, technical, for composite tool cleaning, drums", "import", ["sea"], ["IN", "KR"], (0.9, 1.4), (10000, 18000), ["USD"], None, S),
    ("271113", "Isobutane R-600a, 25 l refillable cylinders", "import", ["sea"], ["IL", "TR"], (3, 5), (500, 2000), ["USD"], None, S),
    ("220720", "Denatured ethanol 96 %, for ultrasonic cleaning, drums", "import", ["rail"], ["KZ", "CN"], (0.6, 1.0), (8000, 16000), ["EUR", "USD"], None, S),
    ("680293", "Granite surface plates, grade 0, with calibration certificate", "import", ["sea"], ["IN", "PK"], (2, 4), (2000, 8000), ["USD"], 0.004, S),
    ("741529", "Brass washers, assorted, DIN 125", "import", ["post"], ["MK", "TR"], (12, 25), (1, 4), ["EUR"], 150, S),
    ("901890", "Stainless dental instruments, new, sets", "import", ["air"], ["PK", "TN"], (40, 90), (50, 300), ["USD", "EUR"], 15, S),
    ("853690", "Gold-plated brass connector pins, new, reels", "import", ["air"], ["CN", "TW"], (60, 120), (100, 500), ["USD"], None, S),
    ("701912", "E-glass direct roving 2400 tex", "import", ["sea"], ["IN", "CN"], (1.0, 1.5), (15000, 22000), ["USD"], None, S),
    ("690912", "Alumina ceramic substrates 96 %, thick-film, boxed", "import", ["express"], ["JP", "AE"], (60, 120), (1, 3), ["USD"], 10, S),
    ("540710", "Aramid woven fabric, ballistic grade, rolls", "import", ["air"], ["US", "KR"], (25, 45), (200, 1000), ["USD"], None, S),
    ("741980", "Bronze investment castings, new, machined", "import", ["air"], ["TR", "IN"], (20, 40), (100, 600), ["USD", "EUR"], 2, S),
    ("900190", "Aluminium-coated laser mirror blanks, fused silica", "import", ["air"], ["CN", "HK"], (200, 500), (10, 60), ["USD"], 3, S),
    ("844130", "Paper spiral-tube winding machine, new", "export", ["sea"], ["PK", "EG"], (3, 6), (6000, 14000), ["EUR"], 0.0001, S),
    ("750512", "Invar 36 bars, low-expansion nickel alloy", "export", ["road"], ["TR", "RS"], (25, 40), (500, 3000), ["EUR"], None, S),
    ("902300", "School physics demonstration kits", "export", ["air"], ["KZ", "GE"], (12, 20), (200, 1200), ["EUR"], 0.1, S),
    ("902519", "Fibre-optic transformer temperature probes, GaAs", "export", ["air"], ["CN", "IN"], (150, 300), (20, 120), ["EUR"], 2, S),
    ("851420", "Bench induction furnaces for jewellery casting, 2 kg", "export", ["sea"], ["AE", "TR"], (60, 110), (300, 1200), ["EUR"], 0.012, S),
    ("871499", "Carbon-fibre bicycle seat posts, 31.6 mm", "export", ["air"], ["AE", "TH"], (60, 110), (100, 500), ["EUR"], 4, S),
    ("900150", "Polarised polycarbonate sunglass lens blanks", "export", ["road"], ["AM", "TR"], (8, 14), (300, 1500), ["EUR"], 20, S),
    ("810199", "Tungsten golf-club weights, 10 g screws", "export", ["air"], ["TH", "JP"], (80, 140), (20, 200), ["EUR"], 80, S),
    ("852560", "Amateur radio transceivers HF/VHF, new", "import", ["air"], ["JP", "TW"], (60, 110), (100, 600), ["USD"], 0.3, S),
    ("702000", "Machinable glass-ceramic rods, 40 mm", "import", ["air"], ["US", "JP"], (60, 120), (20, 150), ["USD"], 1, S),
    ("392073", "Cellulose acetate sheet, tortoiseshell pattern, for eyewear", "import", ["sea"], ["CN", "JP"], (12, 20), (1000, 4000), ["USD"], 2, S),
    ("252510", "Natural mica splittings, crude, for insulation", "import", ["sea"], ["IN", "MG"], (1.5, 3), (5000, 15000), ["USD"], None, S),
    ("440799", "Sawn parica (Schizolobium), kiln-dried, plantation", "import", ["sea"], ["BR"], (0.4, 0.7), (12000, 20000), ["USD"], None, S),
    ("382499", "Microscope immersion oil, type F, 100 ml", "import", ["express"], ["US", "JP"], (60, 120), (1, 2), ["USD"], 8, S),
    ("392113", "ESD packing foam, conductive polyurethane, sheets", "import", ["express"], ["VN", "CN"], (15, 30), (1, 4), ["USD"], 4, S),
    ("392690", "Phenolic machine handles and ball knobs, steel insert", "import", ["sea"], ["TW", "IN"], (4, 7), (2000, 6000), ["USD"], 8, S),
    ("392190", "Camera leatherette sheets, embossed, self-adhesive", "import", ["post"], ["JP", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 10, S),
]
# Everyday trade: as in blind112 and its successors, blind80's everyday rows (blind72's, with blind80's own rows),
# less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("340600", "Tea lights, unscented, boxes of 100", "import", ["sea"], ["CN", "VN"], (2, 3.5), (4000, 10000), ["USD", "EUR"], 2, N),
        ("854442", "Extension cords with multi-socket strips, 3 m", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD"], 2, N),
        ("401490", "Rubber hot water bottles with knitted covers", "import", ["post", "express"], ["GB", "TR"], (10, 20), (1, 3), ["GBP", "EUR"], 1.5, N),
        ("392690", "Adhesive wall hooks, plastic, retail cards", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind226", 20631101, HERE)


if __name__ == "__main__":
    main()
