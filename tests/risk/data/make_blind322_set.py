#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-second blind set (tests/risk/data/blind322-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2079, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: yoga studios and wellness retreats
(yoga and hot-yoga studios, meditation and ayurveda retreats, yoga-mat, prop and cushion
makers, sound-bath and crystal-healing suppliers, retreat décor and incense importers).
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
only where a real declaration would. Ids are BL322-*:

    python3 tests/risk/data/make_blind322_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2079, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2079
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "IN", [], "DE", "340290",
         "योगा मैट सफाई स्प्रे कॉन्सन्ट्रेट (नीम और तुलसी), 1 लीटर x 4 बोतलें", "IN", 4.5, 4, 40, "USD",
         "yoga-mat cleaning concentrates are mild, green, soapy liquids of about 1.0 kg/l that smell of neem or "
         "tea tree; these four litre bottles hold a water-clear liquid of 1.13 kg/l with vented caps that foams on "
         "a cut and whitens the fingers: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Rishikesh to a private yoga teacher in Freiburg; Hindi wording (hydrogen peroxide repeats in many sets; a "
         "yoga-mat cleaner label was found in no earlier row by a keyword search)", person("Julia Hoffmann", "DE")),
        ("PRE-02", "import", "NLAIR01", "air", "ID", [], "NL", "330129",
         "Minyak aromaterapi untuk diffuser retret yoga, botol 1 liter, 36 botol", "ID", 41, 36, 360, "USD",
         "diffuser oils for yoga retreats are a few per cent of lemongrass or frangipani oil in a light carrier "
         "that smells strongly of flowers; these 36 litre bottles hold an almost odourless, oily liquid of 1.14 "
         "kg/l that does not mix with the oils and burns with a hot, pale flame, for an Utrecht retreat-supplies "
         "web shop that sells the 'refills' to model-engine hobbyists: nitromethane (Annex I above 16 %) made "
         "available to members of the public, flown from Denpasar to Amsterdam; Indonesian wording (nitromethane "
         "repeats in many sets; an aroma-diffuser retreat label was found in no earlier row by a keyword search)",
         firm("Horizon Retreat Supplies BV", "NL")),
        ("PRE-03", "import", "ATAIR01", "air", "NP", [], "AT", "340590",
         "सिङ्गिङ बाउल चम्काउने झोल (पित्तल/काँसा), १ लिटर, ४० बोतल", "NP", 56, 40, 200, "USD",
         "the brighteners sold for brass and bell-metal singing bowls are tamarind or citric pastes and mild "
         "polishes; these 40 bottles hold a pale-yellow liquid of 1.40 kg/l that fumes brown when opened, stains "
         "the skin yellow and eats a copper coin, for a Vienna sound-bath shop that sells the bottles over the "
         "counter: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from "
         "Kathmandu; Nepali wording (nitric acid repeats in many sets and singing bowls in a few, on other goods; a "
         "singing-bowl brightener label on an acid was found in no earlier row)", firm("Alpina Klangschalen GmbH", "AT")),
        ("PRE-04", "import", "FRAIR01", "air", "KR", [], "FR", "382499",
         "요가 매트 미끄럼 방지 그립 파우더, 500 g 통, 300통", "KR", 150, 300, 1500, "USD",
         "yoga grip powders are magnesium carbonate or cornstarch, light and fluffy; these 300 tubs hold a heavy, "
         "white, crystalline powder that dissolves slowly, flares with sugar on a hot plate and whose inner liners "
         "read 'KClO4', for a Lyon hot-yoga chain's web shop: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Incheon; Korean wording (potassium perchlorate "
         "repeats in many sets and chalk and grip labels in a few, on climbing goods; a yoga grip-powder label was "
         "found in no earlier row)", firm("Vega Hot Yoga SARL", "FR")),
        ("PRE-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "283321",
         "瑜伽馆漂浮舱用泻盐 (硫酸镁), 25公斤袋, 800袋", "CN", 20000, 800, 4000, "USD",
         "Epsom salt for the float tanks of yoga and wellness studios is magnesium sulphate heptahydrate, bitter, "
         "glassy needles that dissolve without cooling much; these 800 sacks hold white prills that turn ice-cold "
         "in water, test at 34 % N and melt and fume on a hot plate, for a Warsaw float-studio supplier that re-packs "
         "them in 2 kg 'float salt' tubs for the public: ammonium nitrate (Annex I at 16 % N or more) made available "
         "to members of the public, by rail from Chongqing to Małaszewicze; Chinese wording (ammonium nitrate "
         "repeats in many sets and Epsom-salt labels on it in several, and a float-tank salt label once, blind277, kept "
         "as a repeat of that family; by rail from China to Poland is the new part as far as a search found)", firm("Central Float Studio Sp. z o.o.", "PL")),
        ("PRE-06", "import", "IEPOST01", "post", "TH", [], "IE", "121190",
         "ผงสมุนไพรสำหรับลูกประคบนวดไทย, 4 ถุง x 500 กรัม", "TH", 2.0, 4, 30, "USD",
         "the herb fillings of Thai massage compress balls are coarse, green-brown, aromatic mixes of plai, "
         "lemongrass and turmeric; these four bags hold loose, white, odourless crystals that flare on a match "
         "with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Chiang "
         "Mai to a private retreat host in Galway; Thai wording (sodium chlorate repeats in many sets; a "
         "herbal-compress label was found in no earlier row by a keyword search)", person("Ms Aoife Byrne", "IE")),
        ("PRE-07", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "Yoga inziva merkezi havuzları için sıvı pH düşürücü, 5 l bidon, 360 bidon (3 sevkiyattan 1.)", "TR",
         3300, 360, 1800, "EUR",
         "the liquid pH reducers for retreat plunge and swimming pools are dilute sulphuric acid or bisulphate "
         "solutions of about 1.1 kg/l; these 360 cans hold an oily, colourless liquid of 1.84 kg/l that grows hot "
         "with water and chars the cardboard, the first of three vans booked that week each kept under 3.5 t, for a "
         "Plovdiv pool-and-spa wholesaler that sells the cans to the public: about 96 % sulphuric acid (Annex I "
         "above 15 %) retail-packed for members of the public, at Kapitan Andreevo; Turkish wording (sulphuric "
         "acid and splits over three vans repeat in many sets, kept as a repeat; a yoga-retreat pool pH label was "
         "found in no earlier row)", firm("Rivage Basein EOOD", "BG")),
        ("PRE-08", "import", "ITAIR01", "air", "LK", [], "IT", "250100",
         "සෛන්ධව ලුණු (ආයුර්වේද පංචකර්ම සඳහා), කිලෝ 1 පැකට්, 500", "LK", 500, 500, 750, "USD",
         "saindhava rock salt for ayurvedic panchakarma retreats is pink or grey, salty, glassy lumps that "
         "dissolve easily; these 500 packets hold shiny, white, tasteless flakes that crackle and spit violet "
         "sparks on a hot iron and whose inner bags read 'KClO3', for a Rimini ayurveda-retreat shop that sells "
         "the packets to guests and on line: potassium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, flown from Colombo to Bologna; Sinhala wording (potassium chlorate repeats in many sets and "
         "rock-salt labels in a few, saindhava lavana once, blind126, kept as a repeat of the label; a panchakarma "
         "retreat label in Sinhala is the new part as far as a search found)",
         firm("Meridian Ayurveda Srl", "IT")),
        ("PRE-09", "import", "CZROAD01", "road", "UA", [], "CZ", "310290",
         "Добриво для газонів, гранульоване, мішки 25 кг, 600 мішків", "UA", 15000, 600, 3600, "EUR",
         "a lawn fertiliser is a mixed, coloured granule of a few nutrients; these 600 sacks hold pure white "
         "perchlorate crystals that dissolve at once, draw damp and burn fiercely with sugar, for a Brno "
         "'garden-centre' web shop that sells 1 kg bags: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, in a lorry at Vyšné Nemecké for the Czech shop; Ukrainian wording (sodium "
         "perchlorate repeats in many sets and fertiliser labels on it in several, kept as a repeat; from Ukraine "
         "by road is the new part as far as a search found)", firm("Orion Zahrada s.r.o.", "CZ")),
        ("PRE-10", "import", "ESSEA01", "sea", "MX", [], "ES", "340290",
         "Limpiador concentrado para talleres mecánicos, 20 l, 200 garrafas", "MX", 4500, 200, 1800, "USD",
         "a workshop cleaner concentrate is an alkaline, foaming, blue liquid of 1.05 kg/l; these 200 cans hold a "
         "water-clear, non-foaming liquid of 1.20 kg/l with vented caps that whitens the skin and fizzes on rust, "
         "for a Valencia tools distributor that sells the cans to the public: about 50 % hydrogen peroxide (Annex I "
         "above 12 %) retail-packed for members of the public, by sea from Veracruz; Mexican Spanish wording "
         "(hydrogen peroxide and cleaner labels repeat in many sets, kept as a repeat; from Mexico to Valencia is "
         "the new part as far as a search found)", firm("Atlantic Herramientas SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "ID", "391590",
         "Gebruikte yogamatten, schoon, gesorteerd, voor hergebruik, 18 t", "NL", 18000, None, 1800, "EUR",
         "used yoga mats sold for re-use are clean, whole, rolled mats sorted by kind; these bales hold torn, "
         "sweat-soaked PVC, TPE and rubber mats from Dutch studio chains' take-back bins, mixed with foam blocks, "
         "bolster covers and studio floor offcuts, pressed together and wet, for a Surabaya 'mat trader' that burns "
         "what it cannot sort: mixed plastic waste (Y48, with phthalate PVC), whose export to a non-OECD country "
         "is banned, from Rotterdam; Dutch wording (plastic waste repeats in many sets; a used yoga-mat label was "
         "found in no earlier row by a keyword search)", {"importer_country": "ID"}),
        ("WST-02", "export", "PTSEA01", "sea", "PT", [], "GW", "850720",
         "Sistemas solares usados de retiro de ioga, em funcionamento, 40 conjuntos", "PT", 12000, 40, 4000, "EUR",
         "used off-grid solar kits are panels, inverters and sealed batteries that are tested and packed; these 40 "
         "'kits' from an Alentejo yoga retreat that went onto the grid are 600 dead, open lead-acid traction and "
         "bank batteries, some cracked and leaking, with a few broken panels on top: waste lead-acid batteries "
         "(16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Lisbon to Bissau; "
         "Portuguese wording (lead-acid batteries repeat in many sets; a yoga-retreat solar label was found in no "
         "earlier row)", {"importer_country": "GW"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "GH", "950691",
         "Gebrauchte Yogastudio-Ausstattung: Yogamatten, 2.000 Stück", "DE", 3000, 2000, 2000, "EUR",
         "a closing Munich hot-yoga chain's fittings for Tema: mats and blocks are what Accra studios buy, but "
         "the third item's 'Audio- und Beleuchtungsanlagen' are 8 t of dead amplifiers, CRT monitors, UPS units "
         "with their lead-acid batteries and infrared ceiling heaters with broken cabling: waste electrical "
         "equipment (A1180, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden as the "
         "last item of a three-item declaration, from Hamburg; German wording (e-waste behind used goods repeats in "
         "many sets and to Ghana in several, kept as a repeat; a yoga-studio fit-out was found in no earlier row)",
         dict({"importer_country": "GH"},
              _more_items=[item("950691", "Yogablöcke aus Kork und Schaum, 1.500 Stück", "DE", 900, 600, "EUR", qty=1500),
                           item("851840", "Audio- und Beleuchtungsanlagen, gebraucht, 120 Stück", "DE", 8000, 2400, "EUR", qty=120)])),
        ("WST-04", "export", "ITROAD01", "road", "IT", ["SI", "HR", "ME"], "AL", "681182",
         "Lastre ondulate in fibrocemento, nuove, per tettoie di ritiro yoga, 600 pezzi", "IT", 14000, 600, 1800, "EUR",
         "new fibre-cement roofing sheets are clean, grey, sharp-edged and stacked on pallets; these 600 are "
         "weathered, mossy, cracked sheets with old nail holes, pulled off the pavilions of a Tuscan farmhouse being "
         "turned into a yoga retreat, and test as chrysotile asbestos cement: construction waste containing "
         "asbestos (17 06 05*), hazardous waste whose export to a non-OECD country is banned, on a lorry for a "
         "Shkodër 'builder'; Italian wording (asbestos cement repeats in many sets, kept as a repeat of the good; a "
         "yoga-retreat pavilion roof to Albania by road is the new part as far as a search found)",
         {"importer_country": "AL"}),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "NG", "940549",
         "Ljusterapilampor för yogastudior, begagnade, fungerande, 1 200 st.", "SE", 7200, 1200, 3600, "EUR",
         "working light-therapy lamps for Nordic yoga and meditation studios are boxed, tested and come with "
         "their diffuser panels; these 1,200 are gutted housings with loose, broken and whole compact fluorescent "
         "tubes rattling inside, cracked ballasts and no panels, cleared out of a Stockholm studio chain's "
         "basement: waste mercury lamps and WEEE (20 01 21*), hazardous waste whose export to a non-OECD country "
         "is banned, from Gothenburg to Lagos; Swedish wording (mercury lamps repeat in many sets and LED "
         "light-therapy masks once, blind299, on other e-waste; a yoga-studio light-therapy-lamp label was found in no earlier row)", {"importer_country": "NG"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "850980",
         "Difusores de aroma ultrasónicos para estudios de yoga, nuevos, 6.000 unidades", "ES", 4200, 6000, 6000, "EUR",
         "new aroma diffusers come boxed with a mains adapter, all one model; these gaylords hold loose, scaled, "
         "dead diffusers, humidifiers, salt lamps and bluetooth speakers of every make with swollen batteries, "
         "returned by Spanish yoga and wellness shops, for a Casablanca 'appliance' trader: waste electrical "
         "equipment with lithium batteries (A1180), whose export to a non-OECD country is banned, from Algeciras "
         "to Tangier Med; Spanish wording (e-waste as new goods repeats in many sets; an aroma-diffuser label was "
         "found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-07", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "321519",
         "Tiskarska barva za podloge za jogo, ostanki, za ponovno uporabo, 40 sodov", "SI", 8400, 40, 400, "EUR",
         "leftover printing ink for re-use is sealed, one-colour ink in its maker's tins with a data sheet; these "
         "40 open drums hold a sticky, layered sludge of solvent inks, cleaning solvent and rags scraped from the "
         "screen-printing line of a Celje TPE yoga-mat maker: ink and solvent sludge (08 03 12*, 14 06 03*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry for a Zenica 'paint shop'; "
         "Slovenian wording (spent inks and solvent sludge repeat in several sets; a yoga-mat printing line is the "
         "new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-08", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "271019",
         "Základový olej SN 150, rafinovaný, 20 t", "CZ", 20000, None, 6000, "EUR",
         "a refined SN 150 base oil is a clear, pale, odourless oil with a refinery certificate; this tanker holds "
         "a black, gritty, water-bearing oil that smells of petrol and reads PCB traces, drained from garages and "
         "transformer workshops: waste mineral oils (13 02 05*, 13 03 01*), hazardous waste whose export to a "
         "non-OECD country is banned, at Vyšné Nemecké for a Uzhhorod 'lubricant blender'; Czech wording (waste oil "
         "under base-oil labels repeats in many sets, kept as a repeat; from Czechia is the new part)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "HRSEA01", "sea", "HR", [], "LY", "282739",
         "Željezov(III) klorid, otopina, koagulant za obradu vode, 22 t", "HR", 22000, 22, 2200, "EUR",
         "ferric chloride coagulant is a dark brown, clear solution of 40 % with a certificate; these IBCs hold a "
         "green, murky, fuming acid with scale and zinc at the bottom, drained from a Sisak galvaniser's pickling "
         "tanks: spent pickling acid (11 01 05*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rijeka to Misrata; Croatian wording (spent pickling acids under coagulant labels repeat in several sets, "
         "kept as a repeat; from Croatia to Libya is the new part as far as a search found)",
         {"importer_country": "LY"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "LB", "850710",
         "Ανακατασκευασμένοι συσσωρευτές αυτοκινήτων, 12 V, 2.000 τεμ.", "GR", 30000, 2000, 6000, "EUR",
         "rebuilt car batteries are cleaned, charged, with new caps and a test label; these 2,000 are dirty, dead, "
         "cracked batteries with acid crust at the terminals, collected from Athens scrap yards: waste lead-acid "
         "batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to "
         "Beirut; Greek wording (lead-acid batteries repeat in many sets, kept as a repeat; to Lebanon is the new "
         "part as far as a search found)", {"importer_country": "LB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "IN", [], "DE", "381400",
         "ध्यान शॉल (पश्मीना) के लिए दाग हटाने वाला ड्राई-क्लीन तरल, 1 लीटर, 48 बोतलें", "IN", 76, 48, 240, "USD",
         "the dry-clean spot removers sold with pashmina meditation shawls are naphtha or citrus blends of about "
         "0.78 kg/l that burn; these 48 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and "
         "evaporate cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from "
         "Delhi to Frankfurt for a meditation-retreat shop; Hindi wording (carbon tetrachloride repeats in many sets "
         "and spot-remover labels in a few, kept as a repeat; a meditation-shawl cleaner label was found in no "
         "earlier row)", firm("Nordhafen Meditation GmbH", "DE")),
        ("OZN-02", "import", "FRAIR01", "air", "CN", [], "FR", "382499",
         "瑜伽垫/瑜伽砖聚氨酯发泡剂, 20公斤桶, 30桶", "CN", 600, 30, 1500, "USD",
         "the blowing agents yoga-mat and block foamers use with PU systems are water, pentane or HFO blends in "
         "pressure drums; these 30 drums hold a liquid of 1.24 kg/l that boils at 32 °C in the warm hand with an "
         "ether smell and does not burn, and the drum heads read '141b': HCFC-141b (1,1-dichloro-1-fluoroethane), "
         "whose import into the Union is banned, flown from Xiamen to Lyon for a yoga-prop foamer; Chinese wording "
         "(HCFC-141b as a blowing agent repeats in many sets, kept as a repeat; a yoga-mat and block foaming-agent "
         "label was found in no earlier row)", firm("Orion Accessoires Yoga SARL", "FR")),
        ("OZN-03", "import", "NLSEA01", "sea", "TH", [], "NL", "330749",
         "สเปรย์เย็นสำหรับนวดไทยและโยคะ, 200 มล., 4,800 กระป๋อง", "TH", 960, 4800, 2400, "USD",
         "the cooling sprays Thai-massage and yoga studios use on sore muscles are menthol and camphor in a "
         "butane-propane propellant that lights at once; these 4,800 cans do not light, feel heavy for their size, "
         "hiss a cold, sweet gas and the filler's carton reads 'R12/R114': CFC-12 and CFC-114 aerosols, products "
         "whose import into the Union is banned, by sea from Laem Chabang to Rotterdam for an Amsterdam "
         "Thai-massage supplier; Thai wording (CFC aerosols repeat in many sets; a Thai-massage cooling-spray label "
         "was found in no earlier row)", firm("Delta Thai Wellness BV", "NL")),
        ("OZN-04", "import", "PLROAD01", "road", "UA", [], "PL", "940490",
         "Подушки для медитації (дзафу) з гречаним лушпинням, 800 шт.", "UA", 2400, 800, 4800, "EUR",
         "a Lviv maker's van of meditation cushions for Kraków: zafu and bolsters filled with buckwheat hulls are "
         "what the buyer sells, but the third item's 'засіб від комах для лушпиння' is 240 1.5 kg steel cans "
         "with applicator tubes that hiss a heavy, almost odourless gas: methyl bromide, a controlled substance "
         "whose import into the Union is banned (no quarantine exemption remains), hidden as the last item of a "
         "three-item declaration, at Korczowa; Ukrainian wording (methyl bromide repeats in many sets and "
         "buckwheat once, blind168; zafu cushions and a hull-insecticide label were found in no earlier row)",
         dict(firm("Vega Medytacja Sp. z o.o.", "PL"),
              _more_items=[item("630499", "Валики для йоги з гречаним лушпинням, 400 шт.", "UA", 1200, 2000, "EUR", qty=400),
                           item("380891", "Засіб від комах для гречаного лушпиння, 240 балонів", "UA", 360, 480, "EUR", qty=240)])),
        ("OZN-05", "import", "ATAIR01", "air", "JP", [], "AT", "381400",
         "クリスタルボウル・音叉用精密洗浄剤, 1 L x 20本", "JP", 30, 20, 60000, "JPY",
         "the cleaners sold for quartz crystal singing bowls and tuning forks are water with a little alcohol; "
         "these 20 bottles weigh 1.55 kg/l, evaporate fast without burning, smell faintly of ether and the "
         "maker's inner labels read 'AK-225': HCFC-225ca/cb (dichloropentafluoropropanes), whose import into the "
         "Union is banned, flown from Osaka to Vienna for a sound-healing supplier; Japanese wording (HCFC-225 "
         "repeats in a few sets; a crystal-bowl cleaner label was found in no earlier row)",
         firm("Central Klangheilung GmbH", "AT")),
        ("OZN-06", "transit", "BESEA01", "sea", "CN", ["BE"], "NO", "390950",
         "瑜伽砖聚氨酯组合料 (多元醇), 200公斤桶, 60桶", "CN", 12000, 60, 18000, "USD",
         "the polyol component of a yoga-block foam system is a honey-like liquid with water or HFO as the "
         "blowing agent; these 60 drums smell faintly sweet, bubble when warmed and a sample gives CFC-11 on the "
         "analyser: a polyol blend with trichlorofluoromethane, moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Antwerp in transit from Ningbo to a Drammen yoga-prop maker; "
         "Chinese wording (CFC-11 in polyol repeats in a few sets, blind312 and blind320, kept as a repeat; a "
         "yoga-block system in transit to Norway is the new part as far as a search found)",
         {"importer_country": "NO"}),
        ("OZN-07", "import", "CYSEA01", "sea", "EG", [], "CY", "290342",
         "فريون R-32 لتكييف منتجع اليوجا، اسطوانات 10 كجم، 150 اسطوانة", "EG", 1500, 150, 6000, "USD",
         "R-32 is a mildly flammable HFC in refillable cylinders with a certificate; these 150 disposable "
         "cylinders read 9.8 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old stamps, for the "
         "air-conditioning of a Paphos yoga-retreat resort: chlorodifluoromethane (HCFC-22), whose import into the "
         "Union is banned, by sea from Alexandria to Limassol; Egyptian Arabic wording (HCFC-22 under HFC labels "
         "repeats in many sets, kept as a repeat; a yoga-retreat resort's cylinders from Egypt are the new part)",
         firm("Rivage Yoga Resort Ltd", "CY")),
        ("OZN-08", "import", "LVRAIL01", "rail", "KZ", [], "LV", "381400",
         "Химчистка үшін еріткіш, 200 л бөшке, 40 бөшке", "KZ", 12700, 40, 8000, "USD",
         "a dry-cleaning solvent is tetrachloroethylene of 1.62 kg/l or a hydrocarbon of 0.77 kg/l; these 40 drums "
         "weigh 1.59 kg/l, smell sweet and the drum heads carry 'CCl4' under the new paint: carbon tetrachloride, "
         "whose import into the Union is banned, by rail from Almaty to Riga for a dry-cleaning chain; Kazakh "
         "wording (carbon tetrachloride under dry-cleaning labels repeats in many sets, kept as a repeat; by rail "
         "from Kazakhstan is the new part as far as a search found)", firm("Vega Tīrītava SIA", "LV")),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Araç tipi kuru kimyevi tozlu yangın söndürücü, 2 kg, 600 adet", "TR", 1800, 600, 3600, "EUR",
         "dry-powder car extinguishers are heavy with powder and a gauge at 15 bar; these 600 are light, slosh, "
         "hiss a sweet gas and the collars read 'BCF': halon 1211 in portable extinguishers, products whose import "
         "into the Union is banned, at Kapitan Andreevo for a Sofia car-accessories wholesaler; Turkish wording "
         "(halon 1211 under powder labels repeats in many sets, kept as a repeat; car extinguishers from Turkey by "
         "road are the new part as far as a search found)", firm("Delta Avto EOOD", "BG")),
        ("OZN-10", "export", "DKSEA01", "sea", "DK", [], "GH", "841850",
         "Brugte isdiske til supermarkeder, 60 stk.", "DK", 9000, 60, 6000, "EUR",
         "used supermarket freezers for export run on R-290 or CO2; these 60 are 1990s chest freezers with R-12 "
         "compressors and CFC-11-blown cabinets, their plates still reading 'R12': equipment relying on CFCs, whose "
         "export from the Union is banned (Regulation 2024/590), from Aarhus to Tema; Danish wording (CFC equipment "
         "for export repeats in many sets, kept as a repeat; supermarket freezers to Ghana are the new part as far "
         "as a search found)", {"importer_country": "GH"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "IN", [], "DE", "830629",
         "யோகா ஸ்டுடியோ அலங்காரத்திற்கான புதிய பித்தளை நடராஜர் சிலை, 60 செ.மீ, 1", "IN", 28, 1, 300, "USD",
         "new brass Nataraja statues for yoga studios are bright, sharp, sand-cast and light-walled; this one is "
         "a solid, dark-green patinated bronze with worn features, lugs for processional poles and earth in the "
         "base, matching a Chola Nataraja listed as stolen from a Tamil Nadu temple: a cultural object exported "
         "without India's licence (Antiquities and Art Treasures Act) and brought in without the import licence "
         "Regulation 2019/880 requires, flown from Chennai to Munich for a yoga-studio owner; Tamil wording "
         "(Chola bronzes and Nataraja repeat in several sets, kept as a repeat; a yoga-studio décor label was found "
         "in no earlier row)", firm("Alpina Yoga Loft GmbH", "DE")),
        ("CUL-02", "import", "FRAIR01", "air", "NP", [], "FR", "680299",
         "ध्यान बगैंचाका लागि नयाँ ढुङ्गाको बुद्ध मूर्ति, १ थान", "NP", 90, 1, 400, "USD",
         "new stone Buddhas for meditation gardens are pale, crisply carved and machine-smoothed; this one is a "
         "worn, grey sandstone standing Buddha with a broken hand, lichen in the folds and a Licchavi-script "
         "inscription on the base, taken from a Patan shrine: a cultural object whose export Nepal forbids, brought "
         "in without the import licence Regulation 2019/880 requires, flown from Kathmandu to Paris for a "
         "meditation retreat in the Dordogne; Nepali wording (Nepalese sculptures repeat in several sets; a "
         "meditation-garden label was found in no earlier row)", firm("Meridian Retraites SARL", "FR")),
        ("CUL-03", "import", "NLSEA01", "sea", "KH", [], "NL", "680299",
         "រូបចម្លាក់ថ្មសម្រាប់សួនសមាធិ (ចម្លង), ៤ ដុំ", "KH", 320, 4, 800, "USD",
         "reproduction stone heads for meditation gardens are evenly weathered with acid and have drill marks; "
         "these four sandstone heads have natural weathering, old breaks at the neck and Baphuon-style diadems, "
         "sawn from temple statues at Koh Ker: cultural objects whose export Cambodia forbids, brought in without "
         "the import licence Regulation 2019/880 requires, by sea from Sihanoukville to Rotterdam for a retreat "
         "décor importer; Khmer wording (Khmer heads repeat in many sets, kept as a repeat; a meditation-garden "
         "copy label was found in no earlier row)", firm("Horizon Zen Tuin BV", "NL")),
        ("CUL-04", "import", "BEAIR01", "air", "PK", [], "BE", "680299",
         "یوگا اسٹوڈیو کے لیے نیا گندھارا طرز کا پتھر کا نقش، 1 عدد", "PK", 45, 1, 250, "USD",
         "new Gandhara-style reliefs for yoga studios are soft grey stone with sharp, even cuts; this grey-green "
         "schist relief of the Buddha's first sermon has root marks, encrustation and a worn break, dug at a Swat "
         "site: an archaeological object whose export Pakistan forbids, brought in without the import licence "
         "Regulation 2019/880 requires, flown from Islamabad to Brussels for a yoga studio; Urdu wording (Gandhara "
         "reliefs repeat in many sets, kept as a repeat; a yoga-studio label was found in no earlier row)",
         firm("Atlantic Yoga Studio SA", "BE")),
        ("CUL-05", "import", "CZAIR01", "air", "MN", [], "CZ", "830629",
         "Бясалгалын өрөөнд зориулсан шинэ гуулин Дарь эх бурхан, 1 ширхэг", "MN", 6, 1, 200, "USD",
         "new brass Taras for meditation rooms are thin, bright castings with painted faces; this gilt-bronze "
         "Green Tara is heavy, sealed at the base with a crossed vajra, worn gilding and the lotus-seat style of "
         "the Zanabazar school of about 1700, from a Khalkha monastery: a cultural object whose export Mongolia "
         "forbids, brought in without the import licence Regulation 2019/880 requires, flown from Ulaanbaatar to "
         "Prague for a meditation centre; Mongolian wording (Tibetan and Mongolian bronzes repeat in several sets; "
         "a meditation-room label from Mongolia was found in no earlier row)", firm("Orion Meditace s.r.o.", "CZ")),
        ("CUL-06", "export", "DESEA01", "sea", "DE", [], "US", "442199",
         "Gebrauchte Holzdekoration aus einem Yoga-Retreat, geschnitzt, 1 Kiste", "DE", 260, 1, 1200, "EUR",
         "used carved décor from a retreat is recent, light pine; this crate holds the gilded lindenwood altarpiece "
         "of a Bavarian Baroque chapel, about 1730, with its saints, taken down when the former monastery became a "
         "yoga retreat: a cultural good over 100 years old and above the value threshold exported without the EU "
         "export licence (Regulation 116/2009), from Bremerhaven to a Santa Fe dealer; German wording (Baroque "
         "altars repeat in several sets, kept as a repeat; a yoga-retreat décor label was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-07", "transit", "NLAIR01", "air", "LK", ["NL"], "US", "680299",
         "යෝග නිකේතන උයන සඳහා නව ගල් පඩිය (සඳකඩ පහණ අනුකෘතිය), 1", "LK", 180, 1, 300, "USD",
         "new moonstone replicas for retreat gardens are crisply cut granulite with even rings; this half-round "
         "threshold stone is worn smooth by feet, with lichen in the elephant, horse and hamsa rings and an old "
         "break, lifted from an Anuradhapura-period monastery: an antiquity whose export Sri Lanka forbids, landed "
         "at Amsterdam in transit from Colombo to a Los Angeles retreat designer (a cultural good moved through the "
         "Union without its export licence); Sinhala wording (moonstones repeat in three sets, kept as a repeat; "
         "a retreat-garden step in transit is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-08", "import", "DEAIR01", "air", "ID", [], "DE", "940490",
         "Bantal meditasi dan matras yoga, 200 buah", "ID", 300, 200, 2000, "USD",
         "a Bali retreat-supplies air shipment for a Cologne yoga shop: meditation cushions and incense are what "
         "the Ubud supplier sends, but the third item's 'hiasan dinding daun lontar' are 12 old palm-leaf "
         "manuscripts with incised Balinese script, wooden covers and string, from a Karangasem griya library: "
         "cultural objects whose export Indonesia forbids without a permit, brought in without the import licence "
         "Regulation 2019/880 requires, hidden as the last item of a three-item declaration, flown from Denpasar to "
         "Frankfurt; Indonesian wording (lontar repeats in three sets, kept as a repeat; behind meditation "
         "cushions is the new part as far as a search found)",
         dict(firm("Nordhafen Yoga Bedarf GmbH", "DE"),
              _more_items=[item("330741", "Dupa aromatik, 2.000 batang", "ID", 20, 200, "USD", qty=2000),
                           item("482390", "Hiasan dinding daun lontar, 12 buah", "ID", 6, 120, "USD", qty=12)])),
        ("CUL-09", "import", "ESAIR01", "air", "PE", [], "ES", "691390",
         "Réplicas de cerámica moche, artesanía, 6 piezas", "PE", 9, 6, 120, "USD",
         "Moche replica pots are new, bright, mould-made and smooth inside; these six stirrup-spout portrait "
         "vessels have root marks, salt bloom and old repairs, dug at a Lambayeque cemetery: archaeological "
         "objects whose export Peru forbids, brought in without the import licence Regulation 2019/880 requires, "
         "flown from Lima to Madrid for a collector; Peruvian Spanish wording (Moche vessels under replica labels "
         "repeat in many sets, kept as a repeat; the route and wording are the new part as far as a search found)",
         firm("Rivage Arte Andino SL", "ES")),
        ("CUL-10", "export", "ROROAD01", "road", "RO", [], "MD", "970199",
         "Icoane pictate pe sticlă, noi, artizanat, 14 bucăți", "RO", 12, 14, 280, "EUR",
         "new glass icons are bright, with fresh paint and new frames; these 14 have flaking, dark paint, "
         "worm-eaten frames and inventory numbers of a Transylvanian village church, painted at Nicula about 1800: "
         "cultural goods over 100 years old exported without the EU export licence and the Romanian permit, at "
         "Leușeni for a Chișinău dealer; Romanian wording (glass icons repeat in a few sets, kept as a repeat; to "
         "Moldova by road is the new part as far as a search found)", {"importer_country": "MD"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITAIR01", "air", "IT", [], "KG", "611420",
         "Abbigliamento da yoga in cotone, basico, 400 capi", "IT", 160, 400, 4000, "EUR",
         "basic cotton yoga wear is a few euros a piece; these 400 are pure-cashmere retreat sets and silk "
         "meditation robes with a Milan couture label at 900-2,000 EUR each on the price list, for a Bishkek "
         "'sportswear' firm whose goods go on to Moscow boutiques: luxury goods above 300 EUR whose sale for use in "
         "Russia Regulation 833/2014 (Annex XVIII) forbids, flown from Milan; Italian wording (luxury goods "
         "through Central Asia repeat in several sets; a yoga-wear label was found in no earlier row)",
         {"importer_country": "KG"}),
        ("STR-02", "export", "LVAIR01", "air", "LV", [], "UZ", "880621",
         "Droni jogas retrītu video filmēšanai, patēriņa, 40 gab.", "LV", 120, 40, 8000, "EUR",
         "consumer camera drones for filming yoga retreats are 250-900 g folding quadcopters; these 40 are 3 kg "
         "long-range carbon quadcopters with thermal gimbals, encrypted data links and payload release hooks, for a "
         "Tashkent 'media' firm whose earlier freight went on to Russia: unmanned aircraft on the common "
         "high-priority list, whose re-export to Russia Regulation 833/2014 forbids, flown from Riga; Latvian "
         "wording (drones repeat in many sets, kept as a repeat; a yoga-retreat filming label was found in no "
         "earlier row)", {"importer_country": "UZ"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "AE", "950691",
         "Yoga-Räder (Rückentrainer), Kohlefaser, 300 Stück", "DE", 1800, 300, 6000, "EUR",
         "carbon-look yoga wheels are moulded ABS rings with a foam pad, 30 cm across, a kilo each; these 300 are "
         "filament-wound carbon-fibre cylinders of 150 mm bore, ground inside to a few microns and balanced, with "
         "no pad, at 2,000 EUR each on the winder's list, for a Dubai 'fitness' trader whose orders go on to "
         "Bandar Abbas: gas-centrifuge rotor tubes (dual-use 0B001 and 1A/1C composite structures, listed in the "
         "Iran regulation), exported without a licence, from Hamburg; German wording (carbon tubes repeat in "
         "several sets; a yoga-wheel label was found in no earlier row)", {"importer_country": "AE"}),
        ("STR-04", "import", "LTRAIL01", "rail", "KZ", [], "LT", "442199",
         "Қайың ағашынан жасалған йога блоктары, Қазақстанда жасалған, 20 000 дана", "KZ", 16000, 20000, 24000, "EUR",
         "Kazakh birch is scarce and a yoga-block maker in Kazakhstan would import its timber; these 20,000 "
         "blocks carry a Karelian mill's batch stamps under the labels, were loaded at a Russian border station and "
         "come with a Kazakh certificate of origin issued in Petropavl: Russian wood products, whose import into "
         "the Union Regulation 833/2014 forbids, by rail at Kena for a Vilnius yoga-prop distributor; Kazakh wording "
         "(Russian wood under Kazakh origin repeats in several sets, kept as a repeat; birch yoga blocks were found "
         "in no earlier row)", firm("Central Jogos Prekės UAB", "LT")),
        ("STR-05", "export", "CZAIR01", "air", "CZ", [], "TR", "903190",
         "Senzory držení těla pro jógu a meditaci, 200 ks", "CZ", 20, 200, 4000, "EUR",
         "yoga posture sensors are cheap consumer motion trackers in a clip; these 200 are navigation-grade "
         "fibre-optic gyro and accelerometer units with calibration sheets, at 9,000 EUR each, for an Istanbul "
         "'wellness-tech' firm whose orders go on to a Russian drone maker: inertial measurement equipment "
         "(dual-use 7A001/7A003) on the list whose re-export to Russia Regulation 833/2014 forbids, exported "
         "without a licence, flown from Prague; Czech wording (inertial units repeat in several sets; a "
         "yoga-posture sensor label was found in no earlier row)", {"importer_country": "TR"}),
        ("STR-06", "import", "BEAIR01", "air", "AE", [], "BE", "710310",
         "كريستالات علاجية لمراكز اليوغا: عناقيد أميثيست، 200 كغ", "AE", 200, None, 4000, "USD",
         "a crystal-healing shipment for an Antwerp yoga-retreat shop: amethyst clusters and rose quartz are what "
         "the Dubai supplier sends, but the third item's 'Herkimer diamonds (quartz)' are 1,400 carats of rough "
         "natural diamonds with Yakutian sorting papers and an Emirati certificate of origin: Russian diamonds, "
         "whose import into the Union Regulation 833/2014 forbids, hidden as the last item of a three-item "
         "declaration, flown from Dubai to Brussels; Emirati Arabic wording (Russian diamonds via Dubai repeat in "
         "several sets, kept as a repeat; a Herkimer-diamond label was found in no earlier row)",
         dict(firm("Delta Crystal Healing BV", "BE"),
              _more_items=[item("710310", "كوارتز وردي مصقول، 80 كغ", "AE", 80, 1600, "USD"),
                           item("710310", "Herkimer diamonds (quartz), 0.3 kg", "AE", 0.3, 300, "USD")])),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "LB", "841940",
         "Destiladores de cobre para aceites esenciales de retiro ayurvédico, 4 unidades", "ES", 6000, 4, 12000, "EUR",
         "copper alembics for retreat essential oils are hand-hammered pot stills of a few hundred litres; these "
         "four are Hastelloy distillation columns with reboilers and condensers, all wetted parts in "
         "nickel alloy, at 120,000 EUR each, for a Beirut 'aromatherapy' firm whose freight goes on to Syria: "
         "corrosion-resistant distillation equipment (dual-use 2B350) exported without a licence and for a "
         "Syrian user, from Valencia; Spanish wording (2B350 equipment repeats in many sets; an ayurvedic "
         "alembic label was found in no earlier row)", {"importer_country": "LB"}),
        ("STR-08", "export", "SEAIR01", "air", "SE", [], "TR", "903020",
         "Begagnad laboratorieutrustning, oscilloskop, 12 st.", "SE", 240, 12, 3600, "EUR",
         "used lab oscilloscopes are a few hundred euros each; these 12 are new 60 GHz real-time oscilloscopes at "
         "250,000 EUR each on the list, for an Istanbul 'laboratory supplier' whose earlier freight went to "
         "Moscow: oscilloscopes controlled under dual-use 3A002 and on the list whose export to Russia Regulation "
         "833/2014 forbids, exported without a licence, flown from Stockholm; Swedish wording (oscilloscopes repeat "
         "in several sets, kept as a repeat; the route is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "LB", "283711",
         "Sale per bagni galvanici di gioielleria, 40 fusti da 50 kg", "IT", 2000, 40, 6000, "EUR",
         "a jeweller's plating salt is a proprietary mix in small tubs; these 40 drums hold 98 % sodium cyanide "
         "briquettes with CAS 143-33-9 on the inner bags, for a Beirut 'jewellery' firm with no plating shop whose "
         "freight goes on to Syria: sodium cyanide (dual-use 1C350) exported without the licence Regulation "
         "2021/821 requires, from Genoa; Italian wording (sodium cyanide repeats in several sets, kept as a repeat; "
         "a jeweller's plating-salt label to Lebanon is the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("STR-10", "export", "LTRAIL01", "rail", "LT", [], "KZ", "853710",
         "Staklių valdymo pultai, naudoti, 30 vnt.", "LT", 900, 30, 3000, "EUR",
         "used machine-tool control panels are old, scratched and cheap; these 30 are new five-axis CNC "
         "controllers with 2079 date codes and sealed boxes, for an Almaty 'machinery' firm whose freight goes on "
         "to Chelyabinsk: numerical controls on the common high-priority list, whose re-export to Russia "
         "Regulation 833/2014 forbids, by rail from Vilnius; Lithuanian wording (CNC controllers repeat in several "
         "sets, kept as a repeat; used-panel labels by rail are the new part as far as a search found)",
         {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "IN", [], "DE", "621420",
         "योग ध्यान शॉल, पश्मीना, हाथ से बुने, 30 नग", "IN", 6, 30, 1500, "USD",
         "pashmina meditation shawls are soft but thicker, with hairs of 14-16 microns; these 30 are gossamer-thin, "
         "pass through a ring, and under the microscope show 9-11 micron hairs with the scale pattern of chiru "
         "wool: shahtoosh (Pantholops hodgsonii, CITES App. I) without CITES documents, flown from Delhi to "
         "Frankfurt for a meditation-retreat boutique; Hindi wording (shahtoosh repeats in many sets, kept as a "
         "repeat; a yoga-meditation shawl label was found in no earlier row)", firm("Orion Yoga Boutique GmbH", "DE")),
        ("WLF-02", "import", "FRAIR01", "air", "MG", [], "FR", "442090",
         "Chapelets de méditation (mala) en bois teinté noir, 108 perles, 400 pièces", "MG", 24, 400, 600, "USD",
         "black-stained mala beads are light, soft wood that shows pale where the dye chips; these 400 malas are "
         "heavy, jet-black right through, sink in water and polish to a glassy shine: Malagasy ebony (Diospyros "
         "spp., CITES App. II, under a zero export quota) without CITES documents, flown from Antananarivo to Paris "
         "for a yoga-accessory wholesaler; Malagasy French wording (Malagasy ebony repeats in several sets, kept as "
         "a repeat; a meditation-mala label was found in no earlier row)", firm("Vega Yoga Accessoires SARL", "FR")),
        ("WLF-03", "import", "CZAIR01", "air", "VN", [], "CZ", "330129",
         "Tinh dầu khuếch tán cho phòng thiền, 100 ml, 80 lọ", "VN", 9, 80, 400, "USD",
         "meditation-room diffuser oils are cheap blends of lemongrass or synthetic sandalwood at a few dollars; "
         "these 80 bottles hold thick, dark, woody, animalic oud oil worth 300 USD a bottle: agarwood oil "
         "(Aquilaria spp., CITES App. II) without CITES documents, flown from Ho Chi Minh City to Prague for a "
         "meditation studio; Vietnamese wording (agarwood oil repeats in many sets, kept as a repeat; a "
         "meditation-room diffuser label was found in no earlier row)", firm("Meridian Studio Meditace s.r.o.", "CZ")),
        ("WLF-04", "import", "ITSEA01", "sea", "IN", [], "IT", "442199",
         "Mango wood yoga blocks, natural, 3,000 pcs", "IN", 4500, 3000, 6000, "USD",
         "mango-wood yoga blocks are pale, light and open-grained; these 3,000 are heavy, golden-brown to purple "
         "with dark streaks, a spicy smell when sanded and sink in water: Indian rosewood and sissoo (Dalbergia "
         "latifolia and D. sissoo, CITES App. II) without CITES documents, by sea from Mundra to Genoa for a "
         "yoga-prop wholesaler; Indian English wording (sissoo repeats once, blind227; rosewood under a "
         "yoga-block label was found in no earlier row)", firm("Alpina Yoga Props Srl", "IT")),
        ("WLF-05", "import", "DEPOST01", "post", "NP", [], "DE", "121190",
         "आयुर्वेदिक तकियाको लागि सुकेको जडीबुटी (ल्याभेन्डर), २ किलो", "NP", 2, None, 40, "USD",
         "dried lavender for ayurvedic herb pillows is blue-grey flower buds; this parcel holds hairy, dark "
         "brown, musky-smelling rhizomes wrapped in fibre: jatamansi (Nardostachys jatamansi, CITES App. II) "
         "without CITES documents, posted from Pokhara to a private ayurveda-retreat host in Dresden; Nepali "
         "wording (jatamansi repeats in several sets, kept as a repeat; an ayurvedic pillow-herb label was found "
         "in no earlier row)", person("Frau S. Keller", "DE")),
        ("WLF-06", "import", "NLAIR01", "air", "LK", [], "NL", "950300",
         "Decoratieve schildpadbeeldjes voor meditatietuin, 12 stuks", "LK", 6, 12, 60, "USD",
         "garden tortoise figures are resin or stone; these 12 are live Indian star tortoises (Geochelone elegans, "
         "CITES App. I) packed in socks in a carton with air holes, declared as figures for a meditation garden: "
         "without CITES documents, flown from Colombo to Amsterdam for a Haarlem keeper; a Sri Lankan exporter's "
         "Dutch wording (star tortoises repeat in many sets, kept as a repeat; a meditation-garden "
         "figure label was found in no earlier row)", person("Dhr. P. de Vries", "NL")),
        ("WLF-07", "import", "PTAIR01", "air", "IN", [], "PT", "121190",
         "Ashwagandha root powder, organic, for retreat kitchens, 40 kg", "IN", 40, None, 400, "USD",
         "ashwagandha powder is pale buff with a horsey smell; these bags hold dark, grey-brown, intensely bitter "
         "root powder of Picrorhiza kurrooa (kutki, CITES App. II) without CITES documents, flown from Mumbai to "
         "Lisbon for an ayurveda retreat in the Algarve; Indian English wording (Picrorhiza repeats in four sets, "
         "kept as a repeat; ashwagandha labels repeat on other roots, blind51, blind65 and blind283, kept as a repeat "
         "of the label; on kutki for a retreat kitchen is the new part as far as a search found)",
         firm("Atlantic Retiro Ayurveda Lda", "PT")),
        ("WLF-08", "import", "DEAIR01", "air", "TH", [], "DE", "940490",
         "เบาะนั่งสมาธิและหมอนโยคะ, 300 ชิ้น", "TH", 450, 300, 3000, "USD",
         "a Thai retreat-décor shipment for a Berlin yoga shop: meditation cushions and triangle pillows are what "
         "the Bangkok supplier sends, but the third item's 'resin amulets' are 60 carved blood-red and yellow "
         "plaques of helmeted hornbill casque: Rhinoplax vigil (CITES App. I) without CITES documents, hidden as "
         "the last item of a three-item declaration, flown from Bangkok; Thai wording (hornbill casque repeats in "
         "many sets, kept as a repeat; behind meditation cushions is the new part as far as a search found)",
         dict(firm("Central Yoga Shop GmbH", "DE"),
              _more_items=[item("940490", "หมอนสามเหลี่ยม, 100 ชิ้น", "TH", 200, 1000, "USD", qty=100),
                           item("392690", "Resin amulets, 60 pcs", "TH", 1.2, 60, "USD", qty=60)])),
        ("WLF-09", "transit", "BEAIR01", "air", "TZ", ["BE"], "HK", "030617",
         "Dried fish maw, 300 kg", "TZ", 300, None, 1500, "USD",
         "fish maw is pale, flat swim bladders; these sacks hold dried, spiny, teat-bearing sea cucumbers of "
         "Holothuria (Microthele) species: CITES App. II without the Tanzanian export permit, which specimens in "
         "transit through the Union must carry, landed at Brussels in transit from Dar es Salaam to Hong Kong; "
         "English wording (sea cucumbers repeat in many sets, kept as a repeat; a fish-maw label in transit is the "
         "new part as far as a search found)", {"importer_country": "HK"}),
        ("WLF-10", "import", "NLAIR01", "air", "VN", [], "NL", "060290",
         "Phalaenopsis hybrids, nursery plants, 200 pcs", "VN", 40, 200, 400, "USD",
         "nursery Phalaenopsis come in uniform pots with hybrid tags; these 200 are bare-root, wild-collected "
         "slipper orchids with lichen on the roots: Paphiopedilum spp. (CITES App. I) without CITES documents, "
         "flown from Hanoi to Amsterdam for a grower; Vietnamese-exporter English wording (slipper orchids repeat "
         "in many sets, kept as a repeat; the cover is the new part as far as a search found)",
         firm("Horizon Orchideeën BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "IN", "DE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (cleaning studio equipment)", "IN", 2.3, 2, 30,
     "EUR", [("PRECURSOR_LICENCE", "DE-BW-79-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "KR", "FR", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "KR", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-79-0233")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "321519",
     "Spent solvent-ink sludge from a yoga-mat printing line (08 03 12*), for incineration at a licensed plant, 12 t",
     "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-79-0156")], "notified ink sludge to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "940549",
     "Waste light-therapy lamps with fluorescent tubes (20 01 21*), for recycling at a licensed plant, 4 t", "NO", 4000,
     None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-79-0088")], "notified mercury lamps to a licensed recycler"),
    ("PRM-05", "ozone", "import", "ATAIR01", "air", "JP", "AT", "290379",
     "HCFC-225ca/cb, analytical reference standard, 10 x 1 ml, for essential laboratory use", "JP", 0.1, 10, 600,
     "USD", [("ODS_LICENCE", "AT-BMK-ODS-79-007")], "HCFC-225 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft cabin extinguishers", "US", 300,
     12, 9000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-79-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "DESEA01", "sea", "DE", "US", "442199",
     "Gilded lindenwood Baroque altarpiece, Bavaria, c. 1730, sold to a US museum", "DE", 260, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-79-0311")], "altarpiece exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970310",
     "Chola bronze figure of Shiva, documented French collection since 1928, sold at auction", "FR", 22, 1, 240000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-79-0419")], "bronze exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "NO", "841940",
     "Hastelloy distillation column with reboiler and condenser, 1 unit, for a Norwegian fine-chemicals plant", "ES",
     1500, 1, 120000, "EUR", [("EXPORT_LICENCE", "ES-SEC-79-0054"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-79-0022")],
     "dual-use distillation equipment under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "CH", "903190",
     "Fibre-optic gyro inertial measurement units, 4 units, for a Swiss surveying-instrument maker", "CZ", 8, 4, 36000,
     "EUR", [("EXPORT_LICENCE", "CZ-MPO-79-0131"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-79-0077")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "NP", "DE", "121190",
     "Jatamansi rhizomes (Nardostachys jatamansi), cultivated, 50 kg, for an ayurvedic oil maker", "NP", 50, None, 900,
     "USD", [("CITES_PERMIT", "NP-DNPWC-79-0145")], "App. II jatamansi with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "IN", "IT", "442199",
     "Sheesham (Dalbergia sissoo) yoga blocks, plantation timber, 1,000 pcs", "IN", 1500, 1000, 4000, "USD",
     [("CITES_PERMIT", "IN-WCCB-79-0318")], "App. II sissoo products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-05": "Central Labor GmbH",
    "PRM-06": "Horizon Aero Maintenance BV", "PRM-11": "Nordhafen Ayurveda Öle GmbH", "PRM-12": "Alpina Yoga Props Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # yoga studios, wellness retreats, yoga-prop and cushion makers and their suppliers
    ("340290", "Yoga-mat cleaning spray, neem and tea tree, 500 ml", "import", ["express"], ["IN", "LK"], (10, 20), (1, 3), ["USD"], 2, S),
    ("330129", "Frangipani and lemongrass diffuser oil blends, 100 ml", "import", ["air"], ["ID", "TH"], (20, 40), (50, 200), ["USD"], 8, S),
    ("340590", "Singing-bowl polishing paste, tamarind-based, 100 g", "import", ["post"], ["NP", "IN"], (15, 30), (1, 3), ["USD"], 10, S),
    ("382499", "Yoga grip powder, magnesium carbonate, 200 g tubs", "import", ["air"], ["KR", "CN"], (6, 12), (100, 400), ["USD"], 5, S),
    ("283321", "Epsom salt for float tanks, magnesium sulphate, 25 kg sacks", "import", ["rail", "sea"], ["CN", "DE"], (0.3, 0.6), (10000, 20000), ["USD", "EUR"], 0.04, S),
    ("121190", "Thai herbal compress balls, plai and lemongrass", "import", ["post", "express"], ["TH"], (20, 40), (1, 3), ["USD"], 6, S),
    ("382499", "Pool pH reducer granules, sodium bisulphate, 5 kg", "import", ["road"], ["TR"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.2, S),
    ("250100", "Saindhava rock salt, pink, ayurvedic grade, 1 kg", "import", ["sea"], ["PK", "LK"], (0.6, 1.2), (8000, 16000), ["USD"], 1, S),
    ("391590", "Post-industrial TPE yoga-mat offcuts, clean, one grade, for re-granulating", "export", ["road"], ["RS", "TR"], (0.2, 0.4), (10000, 20000), ["EUR"], None, S),
    ("950691", "Yoga mats, TPE and natural rubber, new", "import", ["sea"], ["CN", "TW"], (5, 9), (3000, 8000), ["USD"], 0.7, S),
    ("950691", "Cork and foam yoga blocks, new", "import", ["sea"], ["PT", "CN"], (3, 6), (2000, 6000), ["EUR", "USD"], 3, S),
    ("940549", "Light-therapy lamps, LED, 10,000 lux, boxed", "import", ["air"], ["CN", "KR"], (20, 40), (200, 600), ["USD"], 0.6, S),
    ("850980", "Ultrasonic aroma diffusers, new, boxed", "import", ["sea"], ["CN"], (6, 12), (2000, 6000), ["USD"], 1.5, S),
    ("321519", "Screen-printing inks for TPE mats, sealed tins", "import", ["road"], ["DE", "IT"], (6, 12), (500, 2000), ["EUR"], 1, S),
    ("681182", "Fibre-cement roofing sheets, asbestos-free, new", "import", ["road"], ["AT", "CZ"], (0.3, 0.6), (14000, 22000), ["EUR"], 0.05, S),
    ("381400", "Citrus spot remover for wool and pashmina, 250 ml", "import", ["express"], ["IN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 4, S),
    ("330749", "Menthol cooling spray for massage, butane propellant, 150 ml", "import", ["sea"], ["TH", "MY"], (5, 9), (1000, 3000), ["USD"], 5, S),
    ("940490", "Buckwheat-hull meditation cushions (zafu)", "import", ["road"], ["UA", "PL"], (4, 8), (1000, 3000), ["EUR"], 0.4, S),
    ("630499", "Yoga bolsters, cotton, buckwheat filling", "import", ["sea"], ["IN", "NP"], (4, 7), (2000, 5000), ["USD"], 0.3, S),
    ("390950", "PU foam system for yoga blocks, polyol and isocyanate, water-blown", "import", ["sea"], ["CN", "KR"], (2, 4), (8000, 16000), ["USD"], None, S),
    ("830629", "Brass Nataraja and Buddha statuettes, new, sand-cast", "import", ["air"], ["IN", "NP"], (10, 20), (100, 400), ["USD"], 0.5, S),
    ("680299", "Sandstone Buddha garden statues, new, machine-finished", "import", ["sea"], ["ID", "VN"], (1, 2), (3000, 9000), ["USD"], 0.02, S),
    ("680299", "Granite moonstone garden steps, new", "import", ["sea"], ["LK", "IN"], (1, 2), (2000, 6000), ["USD"], 0.01, S),
    ("830629", "Brass Tara statuettes for meditation rooms, new", "import", ["post", "express"], ["NP", "MN"], (30, 60), (1, 3), ["USD"], 1, S),
    ("482390", "Decorative palm-leaf wall hangings, new, printed", "import", ["express"], ["ID"], (20, 40), (1, 2), ["USD"], 8, S),
    ("442199", "Carved teak wall panels for retreat interiors, new", "import", ["sea"], ["ID", "IN"], (3, 6), (1000, 4000), ["USD"], 0.2, S),
    ("611420", "Cotton yoga wear, basic, assorted", "import", ["sea"], ["BD", "IN"], (8, 14), (2000, 6000), ["USD"], 5, S),
    ("880621", "Consumer camera drones under 250 g, boxed", "import", ["air"], ["CN"], (150, 300), (50, 200), ["USD"], 2, S),
    ("950691", "Yoga wheels, ABS with TPE pad, 30 cm", "import", ["sea"], ["CN", "TW"], (5, 9), (2000, 5000), ["USD"], 0.9, S),
    ("442199", "Birch-plywood yoga blocks, made in Finland", "import", ["road"], ["FI", "EE"], (3, 6), (2000, 6000), ["EUR"], 1.1, S),
    ("903190", "Clip-on yoga posture trackers, consumer", "import", ["post", "express"], ["CN", "KR"], (60, 120), (1, 3), ["USD"], 25, S),
    ("710310", "Amethyst clusters and rose-quartz points, polished", "import", ["air"], ["BR", "MG"], (10, 25), (100, 400), ["USD"], None, S),
    ("841940", "Copper alembic stills for essential oils, 30 l, hand-hammered", "import", ["sea"], ["PT", "TR"], (20, 40), (500, 1500), ["EUR"], 0.05, S),
    ("621420", "Pashmina meditation shawls, hand-woven", "import", ["air"], ["IN", "NP"], (80, 160), (20, 80), ["USD"], 5, S),
    ("442090", "Rudraksha and sandalwood-scented wooden mala beads, 108", "import", ["express"], ["IN", "NP"], (40, 80), (1, 3), ["USD"], 20, S),
    ("330129", "Synthetic oud fragrance blend for diffusers, 100 ml", "import", ["air"], ["AE", "IN"], (30, 60), (50, 200), ["USD"], 8, S),
    ("121190", "Dried lavender buds for herb pillows", "import", ["sea"], ["FR", "BG"], (6, 12), (2000, 5000), ["EUR"], None, S),
    ("121190", "Ashwagandha root powder, organic, 25 kg bags", "import", ["sea"], ["IN"], (6, 10), (2000, 6000), ["USD"], None, S),
    ("940490", "Thai triangle meditation pillows, kapok filling", "import", ["sea"], ["TH"], (5, 9), (2000, 5000), ["USD"], 0.5, S),
    ("330741", "Incense sticks, masala, boxed", "import", ["sea"], ["IN", "ID"], (4, 8), (1000, 4000), ["USD"], 25, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("821000", "Glass pepper grinders with ceramic burrs", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 3, N),
        ("441990", "Beechwood butter curlers and spreaders", "import", ["sea"], ["PL", "CN"], (4, 8), (1000, 3000), ["EUR", "USD"], 20, N),
        ("580631", "Cotton bias binding tape, reels", "import", ["post", "express"], ["GB", "JP"], (20, 40), (1, 3), ["GBP", "JPY"], 10, N),
        ("392490", "Silicone pot grips and trivets", "import", ["post", "express"], ["CN", "US"], (15, 30), (1, 3), ["USD"], 12, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind322", 20791101, HERE)


if __name__ == "__main__":
    main()
