#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-eighth blind set (tests/risk/data/blind238-*.ndjson): 60
disguised declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2065, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets, and an emphasis on
a kind of trade rather than a region: industrial gases, refrigeration and air-conditioning
wholesale (gas distributors and cylinder fillers, HVAC-R wholesalers, installers' merchants
and cold-chain contractors, and the goods, spares, chemicals and wastes that pass through
them). Written by a person who had not read the profile packs (nor any rule file) and had
not run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

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
would. Ids are BL238-*:

    python3 tests/risk/data/make_blind238_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2065, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2065
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GRROAD01", "road", "TR", [], "GR", "340290",
         "Kondenser serpantin temizleyici, köpüklü, alkali, 20 l bidon, 120 bidon", "TR", 2880, 120, 2400, "EUR",
         "a foaming alkaline condenser-coil cleaner is a blue or green, soapy liquid of about 1.05 kg/l that smells of "
         "amines and foams when shaken; these 120 drums hold a water-clear, unscented liquid of 1.20 kg/l that does not "
         "foam, bubbles on a rusty steel rule, whitens the skin and sits under vented caps: about 50 % hydrogen peroxide "
         "(Annex I above 12 %), for a Thessaloniki installers' merchant whose trade counter sells 20 l drums to anyone "
         "who walks in, members of the public among them, on a lorry at Kipoi; Turkish wording (hydrogen peroxide "
         "repeats in many sets; coil-cleaner labels appear twice, on ozone-depleting substances (blind28, blind180); a "
         "condenser-coil-cleaner label on a precursor was found in no earlier row by a keyword search)",
         firm("Delta Klimatismos AE", "GR")),
        ("PRE-02", "import", "FIAIR01", "express", "KR", [], "FI", "340399",
         "냉동기유 POE 68 (폴리올 에스테르), 4 x 3.78 리터", "KR", 17.2, 4, 160000, "KRW",
         "polyol-ester compressor oil is a pale, almost odourless oil of 0.97 kg/l that floats on water and comes in "
         "sealed tins because it draws damp; these four tins have re-crimped lids, hold a liquid of 1.14 kg/l that sinks "
         "and partly mixes with water and smells sharp and fruity: nitromethane (Annex I above 16 %), sent by express "
         "from Incheon to a private person in Tampere who fits air-to-air heat pumps as a hobby, although flammable "
         "liquids travel by express only as declared dangerous goods; Korean wording (nitromethane repeats in many sets "
         "and compressor-oil labels in several, on refrigerants; a POE 68 compressor-oil label on a precursor was found "
         "in no earlier row by a keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-03", "import", "ITSEA01", "sea", "IN", [], "IT", "291411",
         "एसीटोन, घुले हुए एसिटिलीन सिलेंडरों में पुनः भराई हेतु, 200 लीटर ड्रम, 16 ड्रम", "IN", 3648, 16, 2400, "USD",
         "acetone for re-solventing dissolved-acetylene cylinders is a light (0.79 kg/l), water-clear, fast-evaporating "
         "solvent that smells of nail-polish remover, about 158 kg to a 200 l drum; these 16 drums weigh 228 kg each, "
         "the liquid evaporates slowly, smells faintly fruity and the bungs are stamped 'CH3NO2': nitromethane (Annex I "
         "above 16 %), by sea from Nhava Sheva to Naples for a 'cylinder refiller' registered at a flat in Caserta with "
         "no filling plant, which sells it on in 1 l cans to members of the public; Hindi wording (nitromethane and "
         "acetone labels repeat in many sets; an acetylene-cylinder-solvent label on a precursor was found in no earlier "
         "row by a keyword search)", firm("Vega Gas Tecnici Srl", "IT")),
        ("PRE-04", "import", "PLAIR01", "air", "CN", [], "PL", "284210",
         "制氧机专用锂型 13X 分子筛, 1 公斤袋装, 600 袋", "CN", 600, 600, 2400, "USD",
         "lithium-exchanged 13X molecular sieve for oxygen concentrators is hard, tan-grey beads that never dissolve and "
         "click like gravel; these bags hold white, cubic crystals that dissolve at once in water, taste salty-cool, "
         "draw damp and flare yellow on a hot plate, and the inner liners read CAS 7775-09-9: sodium chlorate (Annex I "
         "above 40 %), retail-packed in 1 kg bags for a Łódź web shop that sells concentrator spares to home users, "
         "flown from Shanghai; Chinese wording (sodium chlorate repeats in many sets and zeolite and molecular-sieve "
         "labels in several, on other goods; an oxygen-concentrator sieve label on a precursor was found in no earlier "
         "row by a keyword search)", firm("Orion Medsklep Sp. z o.o.", "PL")),
        ("PRE-05", "import", "PTSEA01", "sea", "BR", [], "PT", "340290",
         "Limpador para máquinas de gelo, em pó, seguro para níquel, pote 1 kg, 400 potes", "BR", 400, 400, 6000, "BRL",
         "a nickel-safe ice-machine cleaner is a white, sour-smelling citric or phosphoric-acid powder that fizzes on "
         "limescale; these 400 tubs hold a heavier, odourless, gritty white powder that does not fizz on scale, barely "
         "dissolves and whose inner bags read 'KClO4': potassium perchlorate (Annex I above 40 %) retail-packed for a "
         "Porto catering-refrigeration shop that also sells on line to the public, by sea from Santos to Leixões; "
         "Brazilian Portuguese wording (potassium perchlorate repeats in many sets and ice machines in many, as "
         "equipment holding ozone-depleting refrigerants; an ice-machine-cleaner label was found in no earlier row by "
         "a keyword search)", firm("Atlantic Frio Lda", "PT")),
        ("PRE-06", "import", "ITSEA01", "sea", "EG", [], "IT", "382499",
         "منظف ترسبات للمبادلات الحرارية ذات الألواح، أساس فوسفوري، براميل 60 كجم، 40 برميل", "EG", 2400, 40, 1600, "USD",
         "a plate-heat-exchanger descaler is an inhibited, green-dyed phosphoric-acid gel of about 1.2 kg/l that does "
         "not attack the plates; these 40 drums hold a colourless to yellow liquid of 1.37 kg/l that fumes brown when "
         "opened, stains the skin yellow and eats a copper coin with brown gas: about 60 % nitric acid (Annex I above "
         "3 %), decanted into 5 l cans by a Bari HVAC-maintenance supplier that sells them over the counter to the "
         "public, by sea from Alexandria; Egyptian Arabic wording (nitric acid repeats in many sets and descaler labels "
         "in many, mostly on other goods; a plate-heat-exchanger descaler was found in no earlier row by a keyword "
         "search)", firm("Meridian Termotecnica Srl", "IT")),
        ("PRE-07", "import", "ESSEA01", "sea", "AR", [], "ES", "380894",
         "Biocida para torres de enfriamiento, isotiazolinona, bidones de 25 kg, 300 bidones", "AR", 7500, 300, 9000, "USD",
         "an isothiazolinone cooling-tower biocide is a pale amber, pungent liquid of about 1.02 kg/l dosed by the "
         "litre; these 300 cans hold a water-clear, odourless liquid of 1.13 kg/l that fizzes on a cut, bleaches cloth "
         "and sits under vented caps: about 35 % hydrogen peroxide (Annex I above 12 %), for a Valencia water-treatment "
         "web shop that sells 5 and 25 l cans to the public, by sea from Buenos Aires; Argentine Spanish wording "
         "(hydrogen peroxide repeats in many sets and an isothiazolinone label once (blind191); a cooling-tower-biocide "
         "label was found in no earlier row by a keyword search: cooling towers appear only in waste rows)",
         firm("Horizon Tratamiento de Aguas SL", "ES")),
        ("PRE-08", "import", "BEAIR01", "air", "MA", [], "BE", "380894",
         "Pastilles anti-algues pour bacs à condensats de climatiseurs, boîtes de 1 kg, 500 boîtes", "MA", 500, 500,
         30000, "MAD",
         "condensate-pan tablets are slow-dissolving blue or white pucks of a quaternary biocide that smell of soap; "
         "these boxes hold loose, shiny, tasteless crystals lightly pressed into pucks that crumble, spit violet sparks "
         "on a hot iron and carry CAS 3811-04-9 on the inner bags: potassium chlorate (Annex I above 40 %) retail-packed "
         "for a Brussels air-conditioning web shop that sells to the public, flown from Casablanca; Moroccan French "
         "wording (potassium chlorate repeats in many sets; a condensate-pan-tablet label was found in no earlier row by "
         "a keyword search)", firm("Rivage Climatisation SA", "BE")),
        ("PRE-09", "import", "SEPOST01", "post", "GB", [], "SE", "382499",
         "Eutectic salt refill for truck cold plates, -21 °C, 3 x 1 kg", "GB", 3, 3, 45, "GBP",
         "a -21 °C eutectic refill is coarse sodium chloride with a little thickener that tastes plainly salty; these "
         "three bags hold a fine, white powder that tastes bitter-cool, draws damp in minutes and burns fiercely mixed "
         "with sugar, and the resealed bag labels read 'NaClO4·H2O': sodium perchlorate (Annex I above 40 %), posted "
         "from Kent to a private person in Borås who runs one refrigerated van; British English wording (sodium "
         "perchlorate repeats in many sets; eutectic labels appear twice, on other goods (blind161, blind197), and a "
         "eutectic cold-plate refill on a precursor was found in no earlier row by a keyword search)",
         person("Mr L. Nilsson", "SE")),
        ("PRE-10", "import", "NLSEA01", "sea", "IN", [], "NL", "382499",
         "Phase change material pouches for cold-chain shippers, +5 °C, 1 kg, 8,000 pouches", "IN", 8000, 8000, 6400, "USD",
         "a +5 °C phase-change material for cold-chain shippers is a salt-hydrate gel sealed in welded film pouches that "
         "feel soft and wet; these pouches have zip closures and hold dry, free-flowing white prills that turn ice-cold "
         "when water is added, test at 34 % N and melt and fume on a hot plate, for a Rotterdam web shop that sells them "
         "as 'DIY cold packs' to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of "
         "the public, by sea from Mundra; Indian English wording (ammonium nitrate repeats in many sets and cold-pack "
         "refills in several; a phase-change label appears once, in blind197, on a Thai heat-battery PCM; kept as a near "
         "repeat, cold-chain shipper pouches from India are the new part)",
         firm("Nordhafen Koelketen BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "853225",
         "Motor run capacitors, used, tested, for air-conditioner repair, 6,000 pcs", "NL", 9000, 6000, 3000, "EUR",
         "used motor-run capacitors for repair are small plastic film cans of 40-400 g; these 6,000 are heavy, "
         "oil-filled steel and aluminium cans of the 1960s and 1970s from the motors and starters of old chillers and "
         "air-handling units stripped out of Rotterdam office blocks, some weeping a sweet-smelling oil, with "
         "'Askarel' and 'Clophen' on their labels: PCB capacitors (16 02 09*), hazardous waste whose export to a "
         "non-OECD country is banned (and persistent organic pollutants to be destroyed), from Rotterdam to Lagos; "
         "English wording by a Dutch exporter (PCB wastes and Askarel repeat in many sets; a motor-run-capacitor label "
         "was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "PK", "903210",
         "Raumthermostate, gebraucht, Messinggehäuse, zur Wiederaufarbeitung, 8 t", "DE", 8000, None, 2400, "EUR",
         "used room thermostats for refurbishment are plastic-cased electronic units of 100-200 g; these bags hold old "
         "round and bimetal thermostats from heating and air-conditioning strip-outs, each with one or more glass "
         "mercury tilt switches, some broken, and a mercury-vapour meter reads high over the bags: waste containing "
         "mercury (16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Karachi "
         "for a 'brass recycler'; German wording (mercury wastes repeat in several sets, and mercury switches among "
         "brass fittings once (blind200); kept as a near repeat, a thermostat-refurbishment label is the new part as "
         "far as a search found)", {"importer_country": "PK"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "282720",
         "Calciumchlorid-Sole, 30 %, für die Straßenenteisung, Tankwagen, 24 t", "AT", 24000, None, 960, "EUR",
         "calcium-chloride brine for road de-icing is a clear, colourless liquid of 1.28 kg/l; this tanker holds a "
         "yellow-orange brine that stains a white cloth yellow and tests positive for chromate, drained from the "
         "secondary cooling circuit of a closed 1970s Graz ice rink: spent chromate-inhibited brine (aqueous waste with "
         "hexavalent chromium, 16 10 01*), hazardous waste whose export to a non-OECD country is banned, by road "
         "through Hungary to a Novi Sad 'winter-services' firm; Austrian German wording (brine and calcium-chloride "
         "labels repeat in many sets and ice rinks in several, as ozone-depleting equipment; an ice rink's chromate "
         "brine was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "GH", "340399",
         "Huile POE régénérée pour compresseurs frigorifiques, fûts de 200 l, 60 fûts", "BE", 11000, 60, 3300, "EUR",
         "regenerated POE compressor oil is a clear, pale oil sold in sealed drums with a moisture and acid test; these "
         "60 drums hold a black, acid-smelling, gassy oil with sludge and copper flakes that foams and gives off "
         "refrigerant when opened, drained from burnt-out compressors by a Liège refrigeration contractor: waste oil "
         "(13 02 08*) with refrigerant and acid residues, hazardous waste whose export to a non-OECD country is banned, "
         "from Antwerp to Tema for a 'reseller'; Belgian French wording (waste oils repeat in many sets; a regenerated "
         "POE-oil label was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-05", "export", "BGROAD01", "road", "BG", [], "TR", "382000",
         "Пропиленгликол, топлоносител, регенериран, IBC 1 000 л, 22 бр.", "BG", 23000, 22, 4400, "EUR",
         "recovered propylene-glycol heat-transfer fluid is a clear, pink or colourless liquid of 1.04 kg/l sold with an "
         "inhibitor report; these IBCs hold a brown, turbid, sour-smelling ethylene-glycol mixture with rust and black "
         "sludge, drained from the chilled-water circuits of a Sofia shopping centre when its chillers were replaced: "
         "spent antifreeze containing hazardous substances (16 01 14*), hazardous waste shipped to an OECD country "
         "without the notification and consent it needs, at Kapitan Andreevo for an Istanbul 'recycler'; Bulgarian "
         "wording (glycols repeat in many sets; chiller glycol under a recovered-propylene-glycol label is the new part "
         "as far as a search found)", {"importer_country": "TR"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "392114",
         "Płyty izolacyjne PUR z demontażu chłodni, do ponownego użycia, 14 t", "PL", 14000, None, 2800, "EUR",
         "reusable cold-store panels are clean, square-edged panels with intact skins and a foam specification; these "
         "are broken, torn 1980s panels with crumbling yellow foam that gives off a sweet smell when cut and tests for "
         "CFC-11 in its cells, torn out of a Gdynia fish-processing cold store: insulation foam containing "
         "ozone-depleting blowing agents (17 06 03*), hazardous waste whose export to a non-OECD country is banned, at "
         "Dorohusk for a Lviv 'cold-store builder'; Polish wording (cold-store panels repeat in several sets as "
         "ozone-depleting foams, blind147 among them; kept as a repeat, as a waste by road to Ukraine is the new part)",
         {"importer_country": "UA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "GH", "741110",
         "Tubi di rame in rotoli per condizionamento, da 1/4\" a 5/8\", 4 t", "IT", 4000, None, 36000, "EUR",
         "an air-conditioning wholesaler's container for Accra: copper pipe and foam-rubber pipe insulation are what "
         "Italian HVAC wholesalers ship to West Africa, but the third item's 'compressori rigenerati' are 500 rusty "
         "rotary and scroll compressors ripped out of scrapped split units, undrained, leaking oil from cut stubs and "
         "without a test tag: discarded equipment parts still holding oil (16 02 13*, 13 02 08*), hazardous waste whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from Genoa to "
         "Tema; Italian wording (used equipment as waste repeats in many sets, and undrained compressors in several, "
         "blind22 and probe sets among them; as rebuilt compressors behind copper pipe is the new part as far as a "
         "search found)",
         dict({"importer_country": "GH"},
              _more_items=[item("400819", "Guaina isolante in gomma espansa per tubi, 2 t", "IT", 2000, 8000, "EUR"),
                           item("841430", "Compressori rigenerati per condizionatori, 500 pezzi", "IT", 9000, 6000, "EUR", qty=500)])),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "IN", "282759",
         "Solución de bromuro de litio al 55 %, para enfriadoras de absorción, 24 IBC", "ES", 38400, 24, 19000, "EUR",
         "55 % lithium-bromide solution for absorption chillers is a clear, colourless, heavy (1.6 kg/l) brine sold "
         "with an inhibitor certificate at several euros a kilo; these 24 IBCs hold a dark, turbid brine with black iron "
         "and copper sludge that reads chromate, molybdate and octanol, drained from two scrapped absorption chillers "
         "of a Tarragona chemical plant: spent absorption-chiller solution with hexavalent chromium (16 10 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Valencia to Chennai at a third of the new "
         "price for a 'chiller service company'; Spanish wording (lithium-bromide labels appear twice, on "
         "ozone-depleting covers (blind137, blind138); the spent solution as a waste was found in no earlier row by a "
         "keyword search)", {"importer_country": "IN"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "IN", "720449",
         "Bouteilles de gaz vides, acier, dégazées, pour ferraille, 900 pièces, 40 t", "FR", 40000, 900, 8000, "EUR",
         "degassed cylinders for scrap are cut open or have their valves removed and are stamped as degassed; these 900 "
         "still carry their valves and caps, several hiss, and the shoulders read chlorine, ammonia, hydrogen sulphide "
         "and sulphur dioxide from the yard of a bankrupt Lyon specialty-gas filler: gases in pressure containers "
         "containing hazardous substances (16 05 04*), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to Alang as 'HMS scrap'; French wording (16 05 04* gases repeat in many sets and acetylene "
         "cylinders in blind51 and blind161; a specialty-gas filler's unvented toxic-gas cylinders as steel scrap are the "
         "new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "PK", "841899",
         "Aluminium-copper condenser coils (ISRI 'Talk'), clean, 22 t", "GR", 22000, None, 44000, "USD",
         "clean ISRI 'Talk' scrap is bare aluminium-fin, copper-tube coils cut out of units, free of steel, oil and "
         "compressors; this container holds whole outdoor units of scrapped split air-conditioners with compressors, "
         "capacitors, fan motors and oil, and a leak detector sounds at several that still hold HCFC-22: discarded "
         "equipment containing hazardous components and ozone-depleting refrigerant (16 02 11*), hazardous waste whose "
         "export to a non-OECD country is banned, from Piraeus to Karachi; English wording by a Greek exporter (scrap "
         "air-conditioners repeat in many sets; an ISRI 'Talk' label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "express", "US", [], "DE", "340399",
         "PAG 46 A/C compressor oil with UV dye, 8 oz cans, 12 pcs", "US", 4, 12, 120, "USD",
         "PAG oil with UV dye comes in 8 oz tins or bottles that slosh a thick, fluorescent-yellow oil and are not under "
         "pressure; these 12 steel cans have piercing-valve tops, hiss when the valve is cracked, hold far more gas than "
         "oil and read 'Refrigerant 12' under the stickers: dichlorodifluoromethane (CFC-12), whose import into the "
         "Union is banned, sent by express from Arizona to a private owner of a vintage Mercedes in Stuttgart; US "
         "English wording (CFC-12 repeats in many sets and PAG-oil labels twice (blind49 and a probe set); a UV-dye "
         "compressor-oil label by express is the new part as far as a search found)", person("Herr K. Becker", "DE")),
        ("OZN-02", "import", "HUROAD01", "road", "RS", [], "HU", "280430",
         "Азот технички 99,999 %, за испитивање притиска у расхладним инсталацијама, боце 10 л, 80 боца", "RS", 1760,
         80, 2400, "EUR",
         "nitrogen for pressure-testing refrigeration pipework comes in tall cylinders of gas at 200 bar that weigh the "
         "same full or empty to within a kilo and never slosh; these 80 short cylinders slosh, read 9 bar, weigh 12 kg "
         "more than their tare and a refrigerant identifier at Röszke reads chlorodifluoromethane: HCFC-22, whose "
         "import into the Union is banned, for a Szeged refrigeration installers' merchant; Serbian (Cyrillic) wording "
         "(HCFC-22 repeats in many sets and nitrogen labels in several, methyl bromide as grain-store nitrogen in "
         "blind112; a pressure-test nitrogen label on HCFC-22 by road from Serbia is the new part as far as a search "
         "found)", firm("Vega Hűtéstechnika Kft.", "HU")),
        ("OZN-03", "import", "ESSEA01", "sea", "CN", [], "ES", "271019",
         "真空泵油, 1 升装, 960 瓶", "CN", 1190, 960, 2880, "USD",
         "vacuum-pump oil is a light mineral oil of 0.87 kg/l, clear and odourless, that installers change after every "
         "few evacuations; these 960 bottles are heavier (1.24 kg/l), the liquid evaporates in seconds on the hand with "
         "a sweet, ether-like smell and boils at 32 °C: 1,1-dichloro-1-fluoroethane (HCFC-141b), sold in the trade as a "
         "line-flushing solvent, whose import into the Union is banned, by sea from Ningbo to Valencia for an "
         "installers' merchant; Chinese wording (HCFC-141b flushes repeat in many sets; a vacuum-pump-oil label appears "
         "once, in a probe set (dev13-b, on refrigerant cylinders), and in bottles on HCFC-141b in no earlier row by a "
         "keyword search)",
         firm("Meridian Suministros Frigoríficos SL", "ES")),
        ("OZN-04", "transit", "GRSEA01", "sea", "CN", ["GR"], "LB", "902620",
         "Refrigeration manifold gauge sets with charging hoses, 600 sets", "CN", 9800, 600, 7200, "USD",
         "a manifold gauge set with hoses weighs about 2 kg in a plastic case; these 600 cartons weigh 16 kg each and "
         "each holds, under a gauge set, a green 30 lb non-refillable cylinder with 'R-22' on the shoulder: "
         "chlorodifluoromethane (HCFC-22) in disposable cylinders, moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Piraeus in transit from Ningbo to Beirut; English wording from China "
         "(HCFC-22 repeats in many sets, in transit in several; manifold gauges appear beside refrigerant in a shop "
         "order once (blind81); cylinders packed under gauge sets are the new part as far as a search found)",
         {"importer_country": "LB"}),
        ("OZN-05", "import", "BGSEA01", "sea", "GE", [], "BG", "281121",
         "სასმელების ნახშირორჟანგი (CO2), 10 კგ ბალონები, 120 ცალი", "GE", 2100, 120, 1800, "USD",
         "beverage CO2 cylinders hold liquid CO2 at about 57 bar and read that pressure on any regulator; these 120 "
         "cylinders read 2 bar, the liquid is heavy (1.73 kg/l) and the Batumi filler's stencil under the new label "
         "reads 'CH3Br': methyl bromide, whose import into the Union is banned, by sea from Batumi to Burgas for a "
         "Plovdiv drinks-dispensing firm that fumigates vineyard stores on the side; Georgian wording (methyl bromide "
         "repeats in many sets and beverage-CO2 labels in a few (blind140, blind156); kept as a repeat, from Georgia "
         "across the Black Sea is the new part)", firm("Delta Napitki EOOD", "BG")),
        ("OZN-06", "import", "MTSEA01", "sea", "AE", [], "MT", "285390",
         "Compressed breathing air for SCBA, 300 bar, 6.8 l composite cylinders, 120 pcs", "AE", 1320, 120, 3600, "USD",
         "breathing air for self-contained breathing apparatus is a non-liquefied gas at 300 bar in light carbon-composite "
         "cylinders of about 4 kg; these 120 slosh, read 14 bar, hold about 7 kg each of a liquid that boils at -58 °C "
         "and their fill labels sit over a halon-bank serial: bromotrifluoromethane (halon 1301) drawn from decommissioned "
         "ship fire systems, whose import into the Union is banned outside licensed critical uses, by sea from Jebel Ali "
         "to a Marsaxlokk ship-repair gas supplier; English wording from the Emirates (halon 1301 repeats in many sets; "
         "a breathing-air label was found in no earlier row by a keyword search)",
         firm("Central Industrial Gases Ltd", "MT")),
        ("OZN-07", "export", "PLSEA01", "sea", "PL", [], "GE", "871639",
         "Naczepy chłodnie używane, agregaty chłodnicze po przeglądzie, 6 szt.", "PL", 48000, 6, 90000, "EUR",
         "used refrigerated semi-trailers sold abroad carry a unit converted to R-452A or R-404A and a service record; "
         "these six 1996-1999 trailers still run their original transport-refrigeration units on HCFC-22 (about 6 kg "
         "each) and the service stickers were painted over: equipment containing HCFCs, whose export from the Union is "
         "banned (Regulation 2024/590), by sea from Gdynia to Poti for a Tbilisi meat importer; Polish wording (R-22 "
         "equipment for export repeats in many sets and refrigerated vehicles in several; transport-refrigeration "
         "trailers from Poland to Georgia are the new part as far as a search found)", {"importer_country": "GE"}),
        ("OZN-08", "import", "ITSEA01", "sea", "CN", [], "IT", "841583",
         "冷冻水型风机盘管, 卧式暗装, 400 台", "CN", 16000, 400, 72000, "USD",
         "an HVAC importer's container for Milan: chilled-water fan coils and copper pipe are what Chinese factories ship "
         "to Italian distributors, but the third item's 'empty refillable recovery cylinders' weigh 60 kg instead of 17, "
         "slosh and read 9 bar: 40 cylinders holding about 1.7 t of chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, hidden as the last item of a three-item declaration, by sea from Ningbo to Genoa; Chinese "
         "wording (HCFC-22 repeats in many sets and recovery cylinders in several; behind fan coils is the new part as "
         "far as a search found)",
         dict(firm("Horizon Clima Srl", "IT"),
              _more_items=[item("741110", "空调用紫铜盘管, 1/4\"-3/4\", 3 吨", "CN", 3000, 27000, "USD"),
                           item("731100", "可重复充装冷媒回收钢瓶, 空瓶, 40 只", "CN", 2400, 1600, "USD", qty=40)])),
        ("OZN-09", "import", "GRSEA01", "sea", "IN", [], "GR", "350691",
         "इलास्टोमेरिक पाईप इन्सुलेशनसाठी संपर्क चिकट, ज्वलनशील नसलेले, 1 लिटर डबे, 2,400 डबे", "IN", 3120, 2400, 4800, "USD",
         "contact adhesives for elastomeric pipe insulation are chloroprene in a flammable solvent or a water-based "
         "dispersion that smells of ammonia; these tins are marked non-flammable, hold a thin adhesive of 1.30 kg/l "
         "whose solvent smells sweet, like chloroform, does not burn, and a head-space test gives 1,1,1-trichloroethane: "
         "an adhesive made with methyl chloroform, a product containing an ozone-depleting substance whose import into "
         "the Union is banned, by sea from Nhava Sheva to Piraeus for an Athens insulation contractors' merchant; Marathi "
         "wording (methyl chloroform repeats in many sets and non-flammable contact adhesives in two (blind189, "
         "blind205); kept as a repeat, a pipe-insulation adhesive is the new part as far as a search found)",
         firm("Orion Monoseis AE", "GR")),
        ("OZN-10", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "841869",
         "Použité podpultové chladiče piva s ledovou bankou, 40 ks", "CZ", 2000, 40, 6000, "EUR",
         "used under-counter beer coolers sold abroad are drained or converted to R-290 and tagged; these 40 ice-bank "
         "coolers from closed Prague pubs are 1980s and early-1990s units that still hold their factory charge of "
         "CFC-12 (about 400 g each) behind unopened service valves: equipment containing CFCs, whose export from the "
         "Union is banned (Regulation 2024/590), by road through Poland to a Lviv pub chain; Czech wording (CFC-12 "
         "equipment repeats in many sets and ice-bank coolers in blind63 (post-mix dispensers); under-counter beer "
         "coolers to Ukraine are the new part as far as a search found)", {"importer_country": "UA"}),
    ],
    "cultural": [
        ("CUL-01", "import", "CYSEA01", "sea", "LB", [], "CY", "841510",
         "مكيفات سبليت مستعملة، وحدات داخلية، للتصليح، 80 وحدة", "LB", 1500, 80, 2400, "USD",
         "used split indoor units sent for repair are light plastic boxes of 9-12 kg with a coil and a fan; these 80 "
         "weigh up to 25 kg, have neither coil nor fan, and inside each casing, wrapped in foam, are Byzantine bronze "
         "oil lamps, processional crosses and censers with green corrosion and soil in the crevices: archaeological "
         "objects from Syria (Hama and Idlib, by their style and soil), whose import into the Union is banned "
         "(Regulation 36/2012) and which need an import licence (Regulation 2019/880), by sea from Beirut to Limassol "
         "for a Nicosia dealer; Levantine Arabic wording (Syrian and Byzantine antiquities repeat in many sets; "
         "air-conditioner casings as their hiding place were found in no earlier cultural row by a keyword search)",
         firm("Orion Antiques Ltd", "CY")),
        ("CUL-02", "import", "NLSEA01", "sea", "IN", [], "NL", "680299",
         "सजावटी बलुआ पत्थर की वेंटिलेशन जालियाँ, नई नक्काशी, 6 पैनल", "IN", 1800, 6, 900, "USD",
         "new sandstone ventilation jalis for HVAC grilles are crisp, machine-cut, evenly coloured panels with fresh tool "
         "marks; these six are weathered red-sandstone screens with hand-drilled geometric piercings, lime mortar on the "
         "edges, lichen and a chipped Persian inscription band, cut out of a 17th-century Mughal tomb enclosure in "
         "Rajasthan: antiquities whose export India forbids (Antiquities and Art Treasures Act 1972), more than 250 "
         "years old and dismembered from a monument, brought in without the import licence Regulation 2019/880 "
         "requires, by sea from Mundra to Rotterdam for an Amsterdam interior designer; Hindi wording (Indian temple "
         "stones repeat in several sets and Rajasthani sandstone in blind68; a jali as a ventilation grille was found in "
         "no earlier row by a keyword search)", firm("Horizon Interieur BV", "NL")),
        ("CUL-03", "import", "BEAIR01", "air", "MN", [], "BE", "711299",
         "Мөнгөн контактын хаягдал, агааржуулагчийн контакторын, цэвэршүүлэхэд, 40 кг", "MN", 40, None, 12000, "USD",
         "silver-contact scrap from air-conditioner and lift contactors is small, flat, riveted contact tips and bent "
         "copper carriers, grey with arcing; mixed into these bags are 30 gilt-silver plaques with repoussé phoenixes "
         "and dragons, belt fittings and fragments of a pierced crown, folded flat, with soil in the folds: Khitan (Liao "
         "dynasty, 10th-12th century) funerary goods looted from tombs in Mongolia, archaeological objects whose export "
         "Mongolia forbids, brought in without the import licence Regulation 2019/880 requires, flown from Ulaanbaatar "
         "to Brussels for an Antwerp 'refiner' that is a dealer's front; Mongolian wording (a Khitan gilt-bronze mask "
         "appears once, in blind56; kept as a near repeat, contactor silver scrap is the new part as far as a search "
         "found)", firm("Meridian Metals SA", "BE")),
        ("CUL-04", "import", "BGROAD01", "road", "TR", [], "BG", "740400",
         "Pirinç soğutma rakorları hurdası, flare somunları ve vanalar, 2 t", "TR", 2000, None, 9000, "EUR",
         "brass refrigeration-fitting scrap is bright, machined flare nuts and valve bodies with threads; mixed into "
         "these sacks are 160 cast, dark-green-patinated bronze horse bits, finials with confronted ibexes, whetstone "
         "handles and pins with lion heads: Luristan bronzes (early 1st millennium BC) from western Iran, archaeological "
         "objects exported without Iranian consent, declared as Turkish scrap and brought in without the import licence "
         "Regulation 2019/880 requires, in a van at Kapitan Andreevo for a Sofia 'non-ferrous recycler' with a Munich "
         "buyer; Turkish wording (Luristan bronzes repeat in several sets; refrigeration-fitting scrap is the new part "
         "as far as a search found)", firm("Delta Metali EOOD", "BG")),
        ("CUL-05", "import", "DEAIR01", "express", "GE", [], "DE", "710692",
         "ვერცხლის სარჩილი რგოლები, 45% Ag, სპილენძის მილებისთვის, 200 ცალი", "GE", 1, 200, 900, "USD",
         "45 % silver brazing rings are bright, uniform, machine-wound wire rings of 1-2 g for copper joints; these 200 "
         "are hand-made, stamped gold plaques and appliqués with stags, panthers and griffins, pierced for sewing, with "
         "soil in the recesses: Scythian gold garment plaques (5th-4th century BC) looted from Ukrainian excavations or "
         "museum stores, archaeological objects brought in without the import licence Regulation 2019/880 requires, "
         "sent by express from Tbilisi to a private buyer in Munich; Georgian wording (Scythian gold repeats in many "
         "sets; a silver-brazing-ring label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("CUL-06", "import", "PLROAD01", "road", "UA", [], "PL", "740400",
         "Брухт бронзовий, 1,2 т", "UA", 1200, None, 6000, "EUR",
         "bronze scrap is broken castings, bushings and turnings; this pallet holds one uncut 1.1 t church bell with a "
         "cast dedication in Church Slavonic naming a Volhynian monastery and the year 1687, and its clapper: a bell "
         "more than 250 years old taken from a Ukrainian monument, whose export Ukraine forbids, brought in without the "
         "import licence Regulation 2019/880 requires, at Dorohusk for a Lublin 'foundry' with a collector behind it; "
         "Ukrainian wording (church bells repeat in many sets, several under scrap labels; kept as a repeat, an uncut "
         "dated bell from Volhynia is the new part)", firm("Nordhafen Odlewnia Sp. z o.o.", "PL")),
        ("CUL-07", "export", "SESEA01", "sea", "SE", [], "US", "691390",
         "Kakelugn i gustaviansk stil, reproduktion, demonterad, 1 st.", "SE", 1400, 1, 2500, "EUR",
         "a reproduction Gustavian tiled stove is new, factory-glazed tiles of even colour with crisp edges, a steel "
         "frame and a data plate for a modern flue; these 120 crated tiles are hand-painted tin-glazed faience with "
         "crazing, soot on the backs, lime mortar and the maker's mark of the Rörstrand works and the year 1778, taken "
         "down from a manor house in Östergötland: an 18th-century tiled stove, part of the Swedish cultural heritage "
         "over 100 years old and above the value threshold, exported without the licence of Regulation 116/2009 and "
         "the Swedish permit, from Gothenburg to Savannah for a Georgia decorator; Swedish wording (a tiled stove was "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-08", "import", "FRSEA01", "sea", "VN", [], "FR", "680299",
         "Tấm ốp tường đá sa thạch chạm khắc mới, 4 tấm", "VN", 900, 4, 800, "USD",
         "new carved sandstone wall panels are crisp, pale, even-coloured and machine-roughed at the back; these four "
         "are weathered, pinkish sandstone with apsaras and a kala face, worn edges and old mortar at the back, from a "
         "Cham temple in Quảng Nam: Cham sculpture (10th-12th century), archaeological objects whose export Viet Nam "
         "forbids, brought in without the import licence Regulation 2019/880 requires, by sea from Đà Nẵng to "
         "Marseille-Fos for a Paris dealer; Vietnamese wording (Cham sculpture repeats in a few sets; kept as a repeat, "
         "with a new wall-panel label)", firm("Rivage Antiquités SARL", "FR")),
        ("CUL-09", "import", "GRSEA01", "sea", "EG", [], "GR", "848180",
         "صمامات كروية نحاسية مستعملة للتبريد، 300 قطعة", "EG", 240, 300, 900, "USD",
         "used brass refrigeration ball valves are bright, machined bodies with steel stems and flare or solder ends; "
         "among these 300 are 24 small, hollow-cast bronze figures of Osiris, Isis with Horus and seated cats, with "
         "black corrosion and sand inside their cores, wrapped singly: Late Period Egyptian bronzes, archaeological "
         "objects whose export Egypt forbids, brought in without the import licence Regulation 2019/880 requires, by "
         "sea from Alexandria to Piraeus for an Athens 'plumbing supplier'; Egyptian Arabic wording (Egyptian bronzes "
         "repeat in several sets, among brass and iron goods in blind183 and blind197; kept as a repeat, used ball "
         "valves are the new part)", firm("Atlantic Hydravlika AE", "GR")),
        ("CUL-10", "import", "ATROAD01", "road", "IQ", ["TR", "BG", "RS", "HU"], "AT", "841410",
         "Vakuumpumpen und Kältemittel-Absauggeräte, gebraucht, Rückführung von Baustelle Erbil, 12 Stück", "AT", 300,
         12, 3600, "EUR",
         "an Austrian refrigeration contractor's site equipment coming home from a cold-store project in Erbil: vacuum "
         "pumps, recovery units and flaring tools are what such crews bring back, but the third item's six "
         "'manifold-gauge cases' hold, in cut foam, 60 carved ivory plaques with sphinxes, lotus friezes and a woman at "
         "the window, burnt brown in places: Nimrud ivories (9th-8th century BC), looted Iraqi archaeological objects "
         "whose import Regulation 1210/2003 forbids and which need an import licence (Regulation 2019/880), hidden as "
         "the last item of a three-item declaration, by road through Türkiye, Bulgaria, Serbia and Hungary to Vienna; "
         "Austrian German wording (Nimrud ivories appear in blind51 and blind92; kept as a repeat, behind a refrigeration "
         "crew's returning site equipment is the new part)",
         dict(firm("Alpina Kältetechnik GmbH", "AT"),
              _more_items=[item("820559", "Werkzeug, gebraucht: Bördel- und Biegewerkzeuge, Lötbrenner, 1 Satz", "AT", 180, 900, "EUR"),
                           item("902620", "Monteurkoffer mit Manometern, gebraucht, 6 Stück", "AT", 24, 300, "EUR", qty=6)])),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "LB", "290343",
         "Gas refrigerante R-152a, bombole da 50 kg, 20 bombole", "IT", 1000, 20, 6000, "EUR",
         "R-152a is a flammable, sweetish refrigerant and propellant gas sold in grey cylinders at about 5 bar; these 20 "
         "cylinders have the monel valves and PTFE-lined seats of corrosive-gas service, 'HF' stamped under the paint, "
         "and where a valve wept the liquid fumes white and has etched the glass of a sight gauge: anhydrous hydrogen "
         "fluoride (dual-use 1C350, a chemical-weapons precursor), exported without the licence Regulation 2021/821 "
         "requires, from Genoa to Beirut for a 'refrigerant distributor' whose lorries cross into Syria; Italian wording "
         "(hydrogen fluoride repeats in several sets; an R-152a label appears once, on an ozone-depleting substance in "
         "blind56, and on a strategic good in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AE", "841869",
         "Refroidisseurs Stirling à piston libre pour glacières portables, 40 unités", "FR", 120, 40, 4000, "EUR",
         "free-piston Stirling coolers for portable freezers are palm-sized units of about 2 kg at some 150 EUR that reach "
         "-40 °C; these 40 are integral rotary and split linear cryocoolers that reach 77 K, with a cold finger and a "
         "Dewar interface, at about 10,000 EUR each on the maker's list, for a Dubai 'camping equipment' trader whose "
         "orders go on to Iran: cryocoolers for infrared focal-plane detectors, controlled dual-use items (category 6) "
         "listed in the Iran regulation (Regulation 267/2012) and exported without a licence, flown from Paris; French "
         "wording (a cryocooler appears once, as a -80 °C laboratory freezer in blind62; kept as a near repeat, a "
         "portable-freezer Stirling-cooler label is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AM", "841950",
         "Verflüssiger für Kaltwassersätze, Blockbauweise, 6 Stück", "DE", 1800, 6, 18000, "EUR",
         "chiller condensers are copper-tube or brazed stainless-plate exchangers at a few thousand euros; these six are "
         "block heat exchangers of sintered silicon carbide with PTFE gaskets, built for hot hydrochloric and nitric "
         "acid, at some 60,000 EUR each on the maker's list, for a Yerevan 'HVAC' firm registered last year whose "
         "forwarder moves goods on to Moscow: heat exchangers controlled under dual-use 2B350.d, exported without a "
         "licence, whose sale for use in Russia Regulation 833/2014 forbids, flown from Frankfurt; German wording "
         "(2B350 heat exchangers repeat in a few sets, a Hastelloy wort cooler in blind209 among them, and silicon-carbide "
         "exchangers under a domestic-heating label in a probe set (dev12-a); a chiller-condenser label is the new part "
         "as far as a search found)", {"importer_country": "AM"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "PK", "848180",
         "Válvulas de bola de latón para refrigeración, de 1/2\" a 2\", 1.200 unidades", "ES", 4800, 1200, 24000, "EUR",
         "brass refrigeration ball valves are small, bright, solder-end valves of 0.3-2 kg at 20-40 EUR; these 1,200 are "
         "bellows-sealed globe valves with PTFE-lined bodies and Hastelloy trim, 4 kg each and about 900 EUR on the "
         "maker's list, for a Lahore 'cold-storage contractor' linked to a state chemical complex: valves controlled "
         "under dual-use 2B350.g, exported without the licence Regulation 2021/821 requires, from Valencia to Karachi; "
         "Spanish wording (2B350 bellows valves repeat in several sets; a refrigeration-ball-valve label was found in no "
         "earlier strategic row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "DKSEA01", "sea", "DK", [], "AE", "841370",
         "Cirkulationspumper til kølevand, 30 stk.", "DK", 2400, 30, 15000, "EUR",
         "chilled-water circulators are cast-iron or stainless canned-rotor pumps of a few hundred euros; these 30 are "
         "sealless magnetic-drive pumps with PFA-lined casings and silicon-carbide bearings for corrosive chemicals, at "
         "about 12,000 EUR each on the maker's list, for a Jebel Ali 'HVAC trading' firm whose consignments go on to "
         "Bandar Abbas: pumps controlled under dual-use 2B350.i and listed in the Iran regulation (Regulation 267/2012), "
         "exported without a licence, from Aarhus; Danish wording (magnetic-drive pumps repeat in several sets; a "
         "chilled-water-circulator label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-06", "export", "LTAIR01", "air", "LT", [], "KZ", "852589",
         "Termovizoriai ŠVOK sistemų diagnostikai, 160 x 120, 40 vnt.", "LT", 40, 40, 16000, "EUR",
         "thermal cameras for HVAC diagnostics are handheld 160 x 120 pixel units refreshing at 9 Hz, at a few hundred "
         "euros; these 40 are bare 640 x 512 uncooled microbolometer cores at 60 Hz with shutterless lens mounts and a "
         "weapon-sight video interface, about 6,000 EUR each, for an Almaty 'building-diagnostics' firm that forwards to "
         "Novosibirsk: thermal imaging cameras controlled under dual-use 6A003 and goods whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording "
         "(microbolometer cores repeat in many sets, under building-inspection camera labels in blind7 and blind62; "
         "kept as a repeat, an HVAC-diagnostics label to Almaty is the new part)", {"importer_country": "KZ"}),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "BY", "741110",
         "Rury miedziane do klimatyzacji w kręgach, 3 t", "PL", 3000, None, 27000, "EUR",
         "an HVAC merchant's lorry for a Minsk installer at Kukuryki: copper pipe and pipe insulation are what such "
         "lorries carry, but the third item's 'compressor inverter boards' are 900 bare IGBT power modules and 2,000 "
         "gate-driver chips in maker's trays, with no board among them: transistors and integrated circuits (8541 29, "
         "8542 39) on the common high-priority list whose sale to Belarus Regulation 765/2006 forbids, hidden as the "
         "last item of a three-item declaration; Polish wording (IGBT modules under spare-board labels repeat in several "
         "sets; behind copper pipe as air-conditioner inverter boards is the new part as far as a search found)",
         dict({"importer_country": "BY"},
              _more_items=[item("400819", "Otulina kauczukowa do rur chłodniczych, 1 t", "PL", 1000, 5000, "EUR"),
                           item("853890", "Płytki inwerterowe sprężarek klimatyzatorów, zamienne, 900 szt.", "PL", 180, 2700, "EUR", qty=900)])),
        ("STR-08", "export", "HUROAD01", "road", "HU", ["RS", "BG"], "TR", "280429",
         "Léggömbtöltő hélium, 50 literes palackok, 200 db", "HU", 13000, 200, 4000, "EUR",
         "balloon-filling helium is an inert gas in cylinders with right-hand-threaded outlets and a plain brown "
         "shoulder; these 200 cylinders carry the left-hand-threaded outlets and red band of a flammable gas, a "
         "detector reads hydrogen at a leaking valve, and the fill certificates in the cab read 99.8 % D2: deuterium, a "
         "nuclear dual-use item of category 0, listed in the Iran regulation (Regulation 267/2012), exported without a "
         "licence, by road through Serbia and Bulgaria to an Istanbul 'party supplies' trader that forwards to Tehran; "
         "Hungarian wording (deuterium and heavy water repeat in several sets; deuterium gas as balloon helium was found "
         "in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "LY", "382499",
         "Zuurneutralisator voor koelinstallaties, vaten van 250 kg, 8 vaten", "BE", 2000, 8, 3000, "EUR",
         "an acid neutraliser for refrigeration systems is a few hundred millilitres of an amine additive in oil, "
         "injected through a service port; these eight drums hold 2 t of a colourless to yellow liquid that fumes "
         "choking white in damp air, smells of burnt matches and reacts violently with water, with CAS 7719-09-7 on the "
         "drum heads: thionyl chloride (a Schedule 3 chemical, dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, from Antwerp to Misrata for a 'cold-store service company'; Belgian Dutch "
         "wording (thionyl chloride repeats in many sets; a refrigeration acid-neutraliser label was found in no earlier "
         "row by a keyword search)", {"importer_country": "LY"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "TR", "850440",
         "Ersatz-Inverterplatinen für VRF-Außengeräte, 120 Stück", "DE", 600, 120, 9000, "EUR",
         "VRF outdoor-unit inverter boards are fan-cooled circuit boards of 2-5 kg that drive a compressor at up to "
         "150 Hz; these 120 are enclosed frequency changers rated 600-2,000 Hz with frequency control better than "
         "0.2 % and multiphase output, about 8,000 EUR each on the maker's list, for an Istanbul 'HVAC' trader whose "
         "earlier consignments went on to Tehran: frequency changers controlled under dual-use 3A225 and listed in the "
         "Iran regulation (Regulation 267/2012), exported without a licence, from Hamburg to Mersin; German wording "
         "(frequency changers repeat in many sets, as HVAC fan drives in blind44; a VRF inverter-board label was found "
         "in no earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "PLROAD01", "road", "UA", [], "PL", "030462",
         "Філе сома мороженого, блоки по 10 кг, 600 блоків", "UA", 6000, 600, 24000, "EUR",
         "frozen wels-catfish fillets are white, boneless flesh with a dark lateral line and a smooth, scaleless skin; "
         "these blocks hold thick, yellow-white, fatty steaks cut through a cartilage spine, with bony scutes still on "
         "the skin of some pieces, and DNA from three blocks gives Huso huso: wild beluga sturgeon (Acipenseriformes, "
         "CITES App. II) meat poached in the lower Danube, brought in without CITES documents, on a reefer lorry at "
         "Dorohusk for a Warsaw fish wholesaler; Ukrainian wording (sturgeon repeats in many sets, mostly as caviar, and "
         "catfish labels in a few; sturgeon meat as frozen catfish fillets by reefer lorry is the new part as far as a "
         "search found)", firm("Central Ryby Sp. z o.o.", "PL")),
        ("WLF-02", "export", "ESAIR01", "air", "ES", [], "HK", "160420",
         "Shirasu (sardina-kumeak), izoztuak, 400 kaxa", "ES", 400, 400, 3200, "EUR",
         "shirasu are boiled sardine or anchovy fry: white, limp, 2-3 cm, sold frozen at about 8 EUR/kg; these 400 "
         "boxes hold raw, glassy, frozen fry 6-7 cm long with black eyes, a fin fold and a visible backbone, worth about "
         "1,000 EUR/kg: frozen glass eels (Anguilla anguilla, CITES App. II, with a zero Union export quota) caught on "
         "the Oria and Nervión estuaries, flown from Bilbao by way of Madrid to Hong Kong by a Gipuzkoa seafood firm; "
         "Basque wording (glass eels repeat in many sets, under gulas labels in three; a shirasu label was found in no "
         "earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-03", "import", "ESSEA01", "sea", "UY", [], "ES", "030487",
         "Ventresca de atún congelada, para conserva, cajas de 20 kg, 700 cajas", "UY", 14000, 700, 42000, "USD",
         "frozen tuna belly (ventresca) is pale pink, fatty, layered meat with white fat seams and a scaled skin; these "
         "cartons hold grey-white, dense belly flaps with a rough, sandpaper skin of shark denticles, and under them "
         "sharply triangular, cartilage-rayed fins, and DNA from a sample gives Isurus oxyrinchus: shortfin mako shark "
         "(CITES App. II) meat and fins brought in without a CITES export permit, by reefer container from Montevideo to "
         "Vigo for a cannery's trading arm; Uruguayan Spanish wording (mako repeats in many sets, under swordfish labels "
         "in several; a tuna-belly label was found in no earlier row by a keyword search)",
         firm("Rivage Pesca SL", "ES")),
        ("WLF-04", "import", "NLAIR01", "air", "CA", [], "NL", "070690",
         "Fresh horseradish root, chilled, 40 cartons", "CA", 400, 40, 1600, "CAD",
         "fresh horseradish is a long, thick, pale-brown root that reeks of mustard when scraped, at 3-4 CAD/kg; these "
         "chilled cartons hold small, gnarled, spindle-shaped roots with tight growth rings and long 'necks' scarred by "
         "decades of stems, that smell of ginseng, worth hundreds of dollars a kilo: wild American ginseng (Panax "
         "quinquefolius, CITES App. II) dug in Ontario and Quebec woods, brought in without CITES documents in a "
         "cold-chain air consignment from Toronto to Amsterdam for a Chinese-medicine wholesaler; Canadian English "
         "wording (American ginseng repeats in many sets, under burdock labels in several; a horseradish label was found "
         "in no earlier row by a keyword search)", firm("Horizon Kruiden BV", "NL")),
        ("WLF-05", "import", "NLSEA01", "sea", "ID", [], "NL", "030389",
         "Ikan kakatua beku utuh (parrotfish), karton 20 kg, 300 karton", "ID", 6000, 300, 15000, "USD",
         "frozen parrotfish are blue-green, beaked reef fish of 1-3 kg with large scales; these cartons hold big, "
         "thick-lipped, olive-green fish of 5-15 kg with a hump on the forehead and wavy lines around the eyes: "
         "humphead (Napoleon) wrasse (Cheilinus undulatus, CITES App. II) without CITES documents, frozen whole and "
         "shipped by reefer container from Surabaya to Rotterdam for an Asian seafood wholesaler; Indonesian wording "
         "(humphead wrasse repeats in a few sets; a frozen parrotfish label was found in no earlier row by a keyword "
         "search)", firm("Atlantic Seafood BV", "NL")),
        ("WLF-06", "transit", "BESEA01", "sea", "CD", ["BE"], "VN", "841590",
         "Groupes de condensation d'occasion, pour pièces, 60 unités", "CD", 6600, 60, 3000, "USD",
         "used condensing units sent for parts are rusty boxes of 60-120 kg with a compressor and a coil; these 60 have "
         "no compressors, and in the compressor spaces, wrapped in carbon paper and sealed in resin, are 2.4 t of cut "
         "elephant-tusk sections: ivory (Loxodonta africana, CITES App. I) without CITES documents, landed at Antwerp in "
         "transit from Matadi to Hai Phong; Congolese French wording (ivory repeats in many sets, in transit in several; "
         "inside scrap condensing units was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-07", "import", "PTSEA01", "sea", "MZ", [], "PT", "030812",
         "Pepino-do-mar congelado de aquacultura (Holothuria scabra), caixas de 10 kg, 200 caixas", "MZ", 2000, 200,
         16000, "USD",
         "farmed sandfish (Holothuria scabra) are grey, wrinkled animals of 10-15 cm and even size from hatchery ponds at "
         "about 8 USD/kg; these cartons hold large (30-40 cm), black or white teatfish with the lateral 'teats' along the "
         "body, of mixed sizes and wild-caught: teatfish (Holothuria whitmaei, H. fuscogilva, CITES App. II) without "
         "CITES documents, by reefer container from Nacala to Lisbon for a processor who re-exports to Asia; Mozambican "
         "Portuguese wording (teatfish under sandfish labels repeats in several sets, dried; kept as a repeat, frozen by "
         "reefer from Mozambique to Portugal is the new part)", firm("Atlantic Mariscos Lda", "PT")),
        ("WLF-08", "import", "DEAIR01", "express", "MX", [], "DE", "392310",
         "Cajas isotérmicas de EPS para cadena de frío, vacías, 4 piezas", "MX", 3, 4, 60, "USD",
         "empty EPS cold-chain boxes weigh a few hundred grams and sound hollow; these four are taped shut, warm from "
         "heat packs and hold 40 deli cups, each with a live tarantula with orange-red knee bands: Brachypelma "
         "spiderlings (CITES App. II) without CITES documents, sent by express from Guadalajara to a private keeper in "
         "Hamm; Mexican Spanish wording (Brachypelma repeats in many sets; empty cold-chain boxes as their cover were "
         "found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-09", "import", "NLAIR01", "air", "TH", [], "NL", "060313",
         "กล้วยไม้ตัดดอก เดนโดรเบียมลูกผสม, 300 กล่อง", "TH", 3000, 300, 9000, "USD",
         "cut Dendrobium hybrids come as long sprays with open flowers in water tubes, packed flat with ice gel; 20 of "
         "these 300 boxes hold bare-root plants with moss on the roots, slipper-shaped pouched flowers and mottled "
         "leaves: wild lady's-slipper orchids (Paphiopedilum spp., CITES App. I) collected in northern Thailand and "
         "Laos, without CITES documents, hidden in a cold-chain cut-flower consignment flown from Bangkok to Amsterdam; "
         "Thai wording (Paphiopedilum repeats in many sets, among cut flowers in a few; kept as a repeat, with a Thai "
         "cut-Dendrobium label)", firm("Horizon Bloemen BV", "NL")),
        ("WLF-10", "import", "FRPOST01", "post", "SN", [], "FR", "030559",
         "Poisson séché (guedj), 2 kg", "SN", 2, None, 30, "EUR",
         "guedj is fermented, sun-dried fish fillet that smells strongly and breaks into flakes; this parcel holds 300 "
         "dried, curled, intact seahorses with coronets and long snouts: West African seahorses (Hippocampus "
         "algiricus, CITES App. II) whose export from Senegal is suspended, posted from Dakar to a private person in "
         "Marseille; Senegalese French wording (seahorses repeat in many sets; a guedj label was found in no earlier row "
         "by a keyword search)", person("Mme Claire Martin", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "KR", "FI", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "KR", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "FI-POL-65-0114")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GRROAD01", "road", "TR", "GR", "284700",
     "Hydrogen peroxide 35 %, 2 x 5 l, for a licensed private user (garden-pond treatment)", "TR", 11.3, 2, 40, "EUR",
     [("PRECURSOR_LICENCE", "GR-YPPOT-65-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "282759",
     "Spent lithium-bromide absorption-chiller solution with chromate inhibitor (16 10 01*), for recovery at a licensed plant, 18 t",
     "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-65-0311")], "notified spent chiller brine to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "FISEA01", "sea", "NO", "FI", "853225",
     "PCB capacitors from chiller and air-handling motors (16 02 09*), for destruction at a licensed high-temperature incinerator, 6 t",
     "NO", 6000, None, 0, "EUR", [("BASEL_CONSENT", "FI-SYKE-65-0082")], "notified PCB capacitors to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "GB", "NL", "290371",
     "Recovered HCFC-22, 40 recovery cylinders, for destruction at a licensed plant", "GB", 1800, 40, 0, "EUR",
     [("ODS_LICENCE", "NL-ILT-ODS-65-011")], "recovered HCFC-22 imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "MTSEA01", "sea", "AE", "MT", "290376",
     "Halon 1301, recovered and reclaimed, 20 cylinders, for aircraft engine-nacelle fire protection (critical use)", "AE",
     900, 20, 27000, "USD", [("ODS_LICENCE", "MT-ERA-ODS-65-003")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Luristan bronze horse bit with ibex cheek-pieces, c. 800 BC, documented Swiss collection since 1965", "IR", 1.2, 1,
     18000, "EUR", [("IMPORT_LICENCE", "DE-KGSG-65-0041")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "SESEA01", "sea", "SE", "US", "970610",
     "Tiled stove, Rörstrand faience, 1778, from a dissolved estate, sold at auction with the export permit", "SE", 1400, 1,
     95000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-EXP-65-0019")], "tiled stove exported with the EU export licence and the Swedish permit"),
    ("PRM-09", "strategic", "export", "ESSEA01", "sea", "ES", "IN", "848180",
     "PTFE-lined bellows-sealed globe valves with Hastelloy trim, 200 units, for an Indian pharmaceutical plant", "ES", 800,
     200, 180000, "EUR", [("EXPORT_LICENCE", "ES-SEC-65-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-65-0188")],
     "dual-use corrosion-resistant valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LTAIR01", "air", "LT", "JP", "852589",
     "Uncooled 640 x 512 thermal imaging cores, 60 Hz, 20 units, for a Japanese building-inspection firm", "LT", 20, 20,
     120000, "EUR", [("EXPORT_LICENCE", "LT-EIMIN-65-0097"), ("END_USER_CERTIFICATE", "JP-METI-EUC-65-0051")],
     "dual-use thermal imaging cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PLROAD01", "road", "UA", "PL", "030489",
     "Frozen sturgeon fillets, Acipenser baerii, aquaculture, 2 t", "UA", 2000, None, 24000, "EUR",
     [("CITES_PERMIT", "UA-CITES-65-0144")], "App. II farmed sturgeon meat with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "CA", "NL", "121120",
     "American ginseng roots (Panax quinquefolius), cultivated, dried, 200 kg", "CA", 200, None, 30000, "CAD",
     [("CITES_PERMIT", "CA-CITES-65-01132")], "App. II cultivated ginseng roots with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Idiotis", "PRM-03": "Central Recycling GmbH",
    "PRM-06": "Central Industrial Gases Ltd", "PRM-11": "Central Ryby Sp. z o.o.", "PRM-12": "Horizon Kruiden BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of gas
    # distributors, refrigeration and air-conditioning wholesalers, installers' merchants and cold-chain contractors
    ("340290", "Condenser coil cleaner, alkaline foaming, 20 l drums", "import", ["road"], ["TR", "RS"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.05, S),
    ("340399", "POE 68 refrigeration compressor oil, 1 gal tins", "import", ["express"], ["KR", "US"], (15, 30), (1, 4), ["USD"], 0.25, S),
    ("291411", "Acetone, technical, 200 l drums, for acetylene cylinder filling", "import", ["sea"], ["IN", "KR"], (0.9, 1.4), (6000, 16000), ["USD"], None, S),
    ("284210", "Lithium 13X molecular sieve for oxygen concentrators", "import", ["air"], ["CN"], (6, 12), (200, 800), ["USD"], None, S),
    ("340290", "Ice-machine cleaner, nickel-safe, citric acid, 1 kg", "import", ["sea"], ["BR", "US"], (3, 6), (1000, 4000), ["USD", "EUR"], 1, S),
    ("382499", "Plate heat exchanger descaler, phosphoric acid gel, drums", "import", ["sea"], ["EG", "TR"], (1, 2), (2000, 6000), ["USD", "EUR"], None, S),
    ("380894", "Cooling-tower biocide, isothiazolinone, 25 kg cans", "import", ["sea"], ["AR", "US"], (2, 4), (3000, 9000), ["USD"], 0.04, S),
    ("380894", "Condensate-pan tablets for air conditioners, boxed", "import", ["express"], ["MA", "GB"], (10, 20), (1, 3), ["EUR", "GBP"], 20, S),
    ("382499", "Eutectic salt refill for cold plates, -21 °C, 1 kg", "import", ["post"], ["GB", "NO"], (8, 15), (1, 4), ["GBP", "EUR"], 1, S),
    ("382499", "Phase change material gel packs, +5 °C, for cold-chain shippers", "import", ["sea"], ["IN", "CN"], (1.5, 3), (4000, 10000), ["USD"], 1, S),
    ("853225", "Motor run capacitors, new, polypropylene film, boxed", "export", ["sea"], ["NG", "GH"], (8, 14), (1000, 4000), ["EUR"], 20, S),
    ("903210", "Programmable room thermostats, new, boxed", "export", ["sea"], ["PK", "EG"], (25, 45), (1000, 3000), ["EUR"], 4, S),
    ("282720", "Calcium chloride flakes 77 %, for road de-icing", "export", ["road"], ["RS", "UA"], (0.2, 0.35), (18000, 24000), ["EUR"], None, S),
    ("340399", "POE refrigeration compressor oil, new, sealed drums", "export", ["sea"], ["GH", "NG"], (5, 9), (3000, 10000), ["EUR"], None, S),
    ("382000", "Propylene glycol heat-transfer fluid, inhibited, new, IBC", "export", ["road"], ["TR", "RS"], (1.5, 2.5), (10000, 22000), ["EUR"], None, S),
    ("392114", "PIR insulation boards, pentane-blown, aluminium-faced", "export", ["road"], ["UA", "MD"], (3, 5), (4000, 10000), ["EUR"], None, S),
    ("841430", "Rotary compressors for air conditioners, new, boxed", "export", ["sea"], ["GH", "NG"], (6, 10), (3000, 9000), ["EUR"], 0.06, S),
    ("282759", "Lithium bromide solution 55 %, new, for absorption chillers", "export", ["sea"], ["IN", "EG"], (4, 7), (8000, 20000), ["EUR"], None, S),
    ("761300", "Aluminium gas cylinders, new, empty, 10 l", "export", ["sea"], ["IN", "EG"], (8, 14), (2000, 8000), ["EUR"], 0.08, S),
    ("841899", "Copper-aluminium condenser coils, new, for refrigeration", "export", ["sea"], ["PK", "EG"], (8, 14), (2000, 6000), ["EUR", "USD"], 0.05, S),
    ("271019", "Vacuum pump oil, mineral, 1 l bottles", "import", ["sea"], ["CN", "TR"], (2, 4), (1000, 4000), ["USD"], 1.1, S),
    ("902620", "Refrigeration manifold gauge sets with hoses, boxed", "import", ["sea"], ["CN", "TW"], (12, 20), (1000, 4000), ["USD"], 0.5, S),
    ("281121", "Beverage-grade carbon dioxide, 10 kg cylinders", "import", ["road"], ["CH", "RS"], (1, 2), (1000, 4000), ["EUR"], 0.05, S),
    ("285390", "Compressed breathing air, 300 bar, composite cylinders", "import", ["sea"], ["NO", "AE"], (10, 20), (500, 2000), ["EUR", "USD"], 0.2, S),
    ("280430", "Nitrogen 99.999 %, 50 l cylinders, for pressure testing", "import", ["road"], ["CH", "RS"], (1, 2.5), (2000, 6000), ["EUR"], 0.014, S),
    ("350691", "Water-based contact adhesive for elastomeric pipe insulation, 1 l", "import", ["sea"], ["IN", "CN"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("340399", "PAG 46 A/C compressor oil with UV dye, 250 ml bottles", "import", ["express"], ["US"], (25, 45), (1, 3), ["USD"], 4, S),
    ("841869", "Under-counter beer coolers, new, R-290, with ice bank", "export", ["road"], ["UA", "MD"], (8, 14), (1000, 4000), ["EUR"], 0.03, S),
    ("871639", "Insulated semi-trailer bodies, new, without refrigeration unit", "export", ["sea"], ["GE", "MA"], (3, 5), (15000, 30000), ["EUR"], 0.0001, S),
    ("841583", "Chilled-water fan coil units, ducted, new", "import", ["sea"], ["CN", "TR"], (4, 7), (6000, 16000), ["USD"], 0.03, S),
    ("680299", "Carved sandstone ventilation screens (jali), new", "import", ["sea"], ["IN"], (0.8, 1.5), (2000, 8000), ["USD"], 0.005, S),
    ("740400", "Brass scrap, machined refrigeration fittings, clean", "import", ["road"], ["TR", "RS"], (3, 5), (2000, 10000), ["EUR"], None, S),
    ("710692", "Silver brazing rings 45 % Ag, for copper pipe", "import", ["express"], ["GE", "CH"], (500, 900), (1, 2), ["USD", "EUR"], 500, S),
    ("711299", "Silver-contact scrap from contactors, for refining", "import", ["air"], ["MN", "KZ"], (200, 400), (20, 100), ["USD"], None, S),
    ("691390", "Reproduction tiled stoves, Gustavian style, new", "export", ["sea"], ["US", "NO"], (3, 6), (800, 3000), ["EUR"], 0.001, S),
    ("680299", "Carved sandstone wall panels, new", "import", ["sea"], ["VN"], (0.6, 1.2), (2000, 8000), ["USD"], 0.005, S),
    ("848180", "Brass refrigeration ball valves, new, boxed", "import", ["sea"], ["TR", "CN"], (8, 14), (2000, 6000), ["EUR", "USD"], 2, S),
    ("841869", "Free-piston Stirling coolers for portable freezers, new", "import", ["air"], ["JP", "KR"], (60, 100), (100, 500), ["USD"], 0.5, S),
    ("841950", "Brazed stainless plate heat exchangers, new", "import", ["sea"], ["CN", "TR"], (10, 18), (2000, 6000), ["USD"], 0.1, S),
    ("841370", "Chilled-water circulator pumps, canned rotor, new", "export", ["sea"], ["AE", "SA"], (25, 40), (1000, 4000), ["EUR"], 0.1, S),
    ("280429", "Balloon helium, disposable cylinders", "import", ["road"], ["CH", "RS"], (8, 14), (1000, 4000), ["EUR"], 0.1, S),
    ("392310", "EPS insulated cold-chain shipping boxes, empty", "import", ["sea"], ["CN", "TR"], (2, 4), (1000, 4000), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("621320", "Cotton handkerchiefs, boxed sets", "import", ["sea"], ["PK", "IN"], (6, 10), (2000, 5000), ["USD"], 15, N),
        ("630790", "Tea cosies, quilted cotton", "import", ["sea"], ["IN", "PK"], (6, 10), (1000, 4000), ["USD"], 8, N),
        ("392690", "Plastic piggy banks, printed", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 5000), ["USD"], 5, N),
        ("441990", "Wooden napkin rings, sets of six", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind238", 20651101, HERE)


if __name__ == "__main__":
    main()
