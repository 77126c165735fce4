#!/usr/bin/env python3
"""Writes the hundred-and-forty-first blind set (tests/risk/data/blind141-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2049, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a regional emphasis on the Western Balkans, Moldova and the Baltic states (their
traders, border crossings, ports, languages and typical trade as routes and covers).
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
would. Ids are BL141-*:

    python3 tests/risk/data/make_blind141_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2049, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2049
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ROROAD01", "road", "MD", [], "RO", "220820",
         "Divin moldovenesc, 10 ani, în ulcior de ceramică pictat, 0,5 l, 480 buc.", "MD", 442, 480, 1920, "EUR",
         "Moldovan divin in painted gift jugs is an amber grape brandy of 0.95 kg/l at some 25 EUR a jug; these 480 "
         "jugs each hold 0.92 kg for half a litre (1.84 kg/l) of an oily liquid that smells of nothing, grows hot with a "
         "drop of water and chars a matchstick black, under wax-sealed corks with PTFE liners, the opaque glazed jugs "
         "hiding its colour: about 96 % sulphuric acid (Annex I above 15 %), at 4 EUR a jug for an Iași gift web shop "
         "that sells single jugs to the public, on a lorry at Costești-Stânca; Romanian wording from Moldova "
         "(sulphuric acid repeats in many sets and spirit, syrup and oil covers in several; a divin label in ceramic "
         "jugs and the Costești crossing were found in no earlier row by a keyword search)",
         firm("Vega Cadouri SRL", "RO")),
        ("PRE-02", "import", "GRROAD01", "road", "MK", [], "GR", "130219",
         "Концентрат од планински чај (Sideritis, Шар Планина), шишиња 1 л, 600 шишиња", "MK", 840, 600, 1500,
         "EUR",
         "Šar mountain-tea concentrate is an amber herbal extract of about 1.05 kg/l that smells of hay and lemon; these "
         "600 bottles hold a water-clear to faintly yellow liquid of 1.40 kg/l that gives off brown fumes when opened, "
         "stains the skin yellow and eats into a copper coin, for a Thessaloniki health-food web shop that sells single "
         "bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, on "
         "a lorry at Bogorodica-Evzoni; Macedonian wording (nitric acid repeats in many sets and herbal, citrus and "
         "vinegar covers in several; a mountain-tea label was found in no earlier row by a keyword search)",
         firm("Orion Votana AE", "GR")),
        ("PRE-03", "import", "LTPOST01", "post", "UA", [], "LT", "220860",
         "Горілка класична, домашня, 3 пляшки по 1 л, подарунок", "UA", 3.4, 3, 30, "EUR",
         "plain horilka is a vodka of 0.95 kg/l that smells of alcohol and burns with a blue flame; these three "
         "bottles, posted from Lviv as a 'gift' to a private person in Vilnius, hold a liquid of 1.13 kg/l with no "
         "smell of alcohol that will not burn, whitens the skin and fizzes on a cut, under caps pierced with a vent "
         "hole: about 35 % hydrogen peroxide (Annex I above 12 %); Ukrainian wording (hydrogen peroxide repeats in many "
         "sets and clear-spirit covers (plum brandy, mampoer, vodka) in several; a horilka label was found in no "
         "earlier row by a keyword search)", person("Oksana Petrenko", "LT")),
        ("PRE-04", "import", "LTAIR01", "air", "CN", [], "LT", "291719",
         "Gintaro rūgštis (succinic acid), maisto papildas, 1 kg maišeliai, 300 vnt.", "CN", 300, 300, 1350, "USD",
         "succinic acid, the 'amber acid' sold in the Baltic states as a tonic, is a white, sharply sour crystalline "
         "powder that dissolves easily; these 300 bags hold a heavier, tasteless, barely soluble white powder that "
         "burns fiercely mixed with sugar and whose inner liners read 'KClO4', for a Kaunas supplement web shop that "
         "sells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Shanghai to Vilnius; Lithuanian wording (potassium perchlorate repeats in many sets and "
         "supplement covers in several; a succinic-acid label was found in no earlier row by a keyword search)",
         firm("Orion Gintaras UAB", "LT")),
        ("PRE-05", "import", "ROROAD01", "road", "RS", [], "RO", "291631",
         "Konzervans za zimnicu (natrijum-benzoat), kesice 20 g, 40.000 kesica", "RS", 800, 40000, 4000, "EUR",
         "sodium benzoate, the preservative Serbian households stir into ajvar and pickles in the autumn zimnica "
         "season, is a light, fluffy white powder that tastes sweetish and dissolves freely; these 40,000 sachets "
         "hold dense, glassy crystals that draw damp in an open sachet, taste of nothing, flare on a hot plate and "
         "carry CAS 7601-89-0 on the inner cartons, for a Timișoara agri-food web shop that sells them to the public: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry at "
         "Vatin-Moravița; Serbian wording (sodium perchlorate repeats in many sets under salt and supplement labels; a "
         "preserving-season sodium-benzoate label and the Vatin crossing were found in no earlier row by a keyword "
         "search)", firm("Delta Agro Banat SRL", "RO")),
        ("PRE-06", "import", "GRROAD01", "road", "AL", [], "GR", "310590",
         "Pleh granular me çlirim të ngadaltë për lule dhe lëndina, thasë 5 kg, 2.400 thasë", "AL", 12000, 2400,
         6000, "EUR",
         "slow-release garden fertiliser is an NPK granule coated in amber resin that stays whole in water for days; "
         "these 2,400 bags hold bare white prills that turn ice-cold and vanish in water within a minute, read 34 % N "
         "with no P or K, and melt and fume on a hot plate, for a Ioannina garden centre that sells 5 kg bags to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at "
         "Kakavijë; Albanian wording (ammonium nitrate repeats in many sets under fertiliser, de-icer and bead labels; a "
         "slow-release fertiliser label and the Kakavijë crossing were found in no earlier row by a keyword search)",
         firm("Horizon Kipos AE", "GR")),
        ("PRE-07", "import", "ITPOST01", "post", "MD", [], "IT", "151800",
         "Olifă naturală din ulei de in, pentru lemn, 3 cutii metalice x 1 l", "MD", 3.4, 3, 20, "EUR",
         "olifă (boiled linseed oil) is a golden, sticky oil of 0.93 kg/l that floats on water, smells of linseed and "
         "skins over in an open tin; these three tins, posted from Bălți to a private person in Padua, hold a "
         "water-clear, thin liquid of 1.14 kg/l that sinks in water, never skins, smells faintly fruity and burns with a "
         "hot, nearly invisible flame: nitromethane (Annex I above 16 %); Romanian wording from Moldova (nitromethane "
         "repeats in many sets and oil, fuel and solvent covers in several; an olifă or linseed-oil label was found "
         "in no earlier row by a keyword search)", person("Ion Rusu", "IT")),
        ("PRE-08", "import", "HRROAD01", "road", "BA", [], "HR", "282710",
         "Nišador (amonijev hlorid) za kalajisanje bakrenog posuđa, kocke 1 kg, 400 kom", "BA", 400, 400, 800, "EUR",
         "nišador, the sal ammoniac Baščaršija coppersmiths rub on a hot džezva before tinning it, is a grey-white "
         "fibrous cake that fumes white and smells of ammonia on a hot iron; these 400 one-kilo blocks are pressed "
         "from glossy white crystals that do not fume, spit violet sparks on a hot iron and whose inner bags read CAS "
         "3811-04-9, for a Slavonski Brod craft-and-tool shop that sells them to hobby tinners and the public: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry at the Svilaj "
         "bridge; Bosnian wording (potassium chlorate repeats in many sets; sal-ammoniac labels appear twice, blind66 "
         "and blind135, kept as a repeat of the family; for Bosnian coppersmiths' tinning and at the Svilaj crossing is "
         "the new part as far as a search found)", firm("Central Bakar d.o.o.", "HR")),
        ("PRE-09", "transit", "HRROAD01", "road", "BA", ["HR", "SI", "AT", "DE", "DK"], "SE", "170490",
         "Tahan halva s kakaom, blokovi 400 g, 300 kom", "BA", 120, 300, 450, "EUR",
         "tahini halva is a crumbly, fibrous, oily block that smells of sesame and sticks to the fingers; sixty of these "
         "300 waxed-paper blocks, in the middle of the pallet, are putty-like, smell of almonds and machine oil, bend "
         "without crumbling and carry a former Yugoslav army lot stamp under the wrapper: military plastic explosive "
         "from old army stocks, moved without any of the authorisations a transfer of explosives needs, declared in "
         "transit from Tuzla at Orašje-Županja to a Malmö 'Balkan food' shop; Bosnian wording (explosives under food "
         "labels repeat in a few sets, emulsion cartridges as sudžuk in blind113; a halva label was found in no "
         "earlier row by a keyword search)", {"importer_country": "SE"}),
        ("PRE-10", "import", "LTROAD01", "road", "BY", [], "LT", "110813",
         "Bulvių krakmolas cepelinams, 1 kg pakuotės, 6 000 vnt.", "BY", 6000, 6000, 3000, "EUR",
         "potato starch for cepelinai is a squeaky, bright-white flour that clumps in the hand and turns to a clear gel "
         "in hot water; these 6,000 packs hold free-running, glassy white crystals that draw damp, do not thicken, "
         "flare yellow on a gas ring and carry CAS 7775-09-9 on the factory sheet in the cab, for a Vilnius grocery "
         "wholesaler whose cash-and-carry sells single packs to the public: sodium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, on a lorry at Šalčininkai; Lithuanian wording (sodium chlorate "
         "repeats in many sets under salt, sugar and starch labels, potato starch once in blind131; a cepelinai-starch "
         "label from Belarus at Šalčininkai is the new part as far as a search found)",
         firm("Nordhafen Maistas UAB", "LT")),
    ],
    "waste": [
        ("WST-01", "import", "ITSEA01", "sea", "AL", [], "IT", "271490",
         "Bitum natyror Selenicë, në fuçi, 22 t", "AL", 22000, None, 4400, "EUR",
         "Selenicë natural bitumen is a hard, brittle, glossy black asphaltite mined near Vlorë and sold as a "
         "road-binder additive with a penetration test; these drums hold a soft, sticky, acid-smelling black tar that "
         "fumes when warmed, whose water layer reads pH 1 and 20 % sulphuric acid, from the acid-tar lagoons of the "
         "Ballsh refinery: acid tars (05 01 07*), hazardous waste brought into the Union without the notification and "
         "consent Regulation 2024/1157 requires, by sea from Vlorë to Brindisi; Albanian wording (acid tar repeats in "
         "a few sets, blind87 and blind117; a Selenicë natural-bitumen label and Ballsh as the source were found in no "
         "earlier row by a keyword search)", firm("Meridian Asfalti Srl", "IT")),
        ("WST-02", "export", "LTSEA01", "sea", "LT", [], "GE", "870323",
         "Naudoti lengvieji automobiliai, 1,6-2,0 l, 14 vnt.", "LT", 17000, 14, 21000, "EUR",
         "used cars from the Marijampolė car market for Georgia roll on at Klaipėda with keys, fluids and a "
         "roadworthiness sheet; these 14 are insurance write-offs from Western European salvage auctions with crushed "
         "front ends, deployed airbags, cracked sumps and gearboxes still full of oil, and no keys: end-of-life vehicles "
         "not drained of liquids or other hazardous components (16 01 04*), hazardous waste whose export to a non-OECD "
         "country is banned, by ro-ro from Klaipėda to Poti; Lithuanian wording (end-of-life vehicles as used cars "
         "repeat in many sets; Marijampolė wrecks shipped from Klaipėda were found in no earlier row by a keyword "
         "search)", {"importer_country": "GE"}),
        ("WST-03", "export", "LVRAIL01", "rail", "LV", ["RU"], "KZ", "220720",
         "Tehniskais spirts, denaturēts, reģenerēts, vagoncisternas, 60 t", "LV", 60000, None, 18000, "EUR",
         "regenerated denatured ethanol for windscreen-washer blending is clear, 0.80 kg/l and smells of spirit; these "
         "tank wagons hold a brown, layered liquid of 0.95 kg/l with a tarry bottom that smells of toluene and amines: "
         "the still bottoms of a Latvian pharmaceutical plant's solvent recovery (07 05 08*), hazardous waste whose "
         "export to a non-OECD country is banned, by rail from Riga through Russia to an Almaty 'washer-fluid' maker; "
         "Latvian wording (still bottoms repeat in several sets and denatured-alcohol labels in a few; pharmaceutical "
         "still bottoms by rail from Latvia to Kazakhstan are the new part as far as a search found)",
         {"importer_country": "KZ"}),
        ("WST-04", "export", "ITROAD01", "road", "IT", ["SI", "HU", "RO"], "MD", "940360",
         "Mobili usati per la casa, legno, 40 pezzi", "IT", 1600, 40, 800, "EUR",
         "a removal van for Chișinău of the kind Moldovan families in Italy send home: used furniture and bicycles are "
         "what such vans carry, but the third item's 36 'working' household fridges have cut pipes, broken doors, "
         "rusted backs and no compressor on half of them, collected on Veneto kerbside bulky-waste days: waste "
         "refrigerators still holding their CFC-11-blown insulating foam (20 01 23*), hazardous waste whose export to "
         "a non-OECD country is banned, hidden as the last item of a three-item declaration, from Padua through "
         "Slovenia, Hungary and Romania to Moldova; Italian wording (waste fridges repeat in many sets; behind a "
         "diaspora removal van to Moldova is the new part as far as a search found)",
         dict({"importer_country": "MD"},
              _more_items=[item("871200", "Biciclette usate, 25 pezzi", "IT", 375, 500, "EUR", qty=25),
                           item("841821", "Frigoriferi domestici usati, funzionanti, 36 pezzi", "IT", 1800, 720, "EUR",
                                qty=36)])),
        ("WST-05", "import", "SISEA01", "sea", "ME", [], "SI", "720299",
         "Dezoksidant za čeličane, aluminijumski granulat, džambo vreće, 24 t", "ME", 24000, None, 7200, "EUR",
         "aluminium deoxidiser for steelworks is clean, bright granulate or notched bar of 95-98 % aluminium; these "
         "bags hold grey, lumpy, salty dross with fines that smells of ammonia and garlic when damp and reads 25 % "
         "metallic aluminium, skimmed from the Podgorica smelter's furnaces: black dross (10 03 09*), hazardous waste "
         "brought into the Union without the notification and consent its shipment needs, by sea from Bar to Koper for "
         "a steelworks supplier; Montenegrin wording (drosses repeat in many sets; Podgorica dross under a deoxidiser "
         "label by sea from Bar is the new part as far as a search found)", firm("Alpina Jeklo d.o.o.", "SI")),
        ("WST-06", "import", "GRROAD01", "road", "MK", [], "GR", "720260",
         "Фероникел гранули, FeNi 20, во вреќи, 24 т", "MK", 24000, None, 9600, "EUR",
         "ferronickel granules are heavy, shiny, silver-grey shot of 20 % nickel with a mill certificate; these bags "
         "hold a fine, dry, rust-brown dust that clings to the hands, weighs a third of shot by volume and reads "
         "chromium, nickel, lead and cadmium, from the bag filters of the Kavadarci ferronickel smelter's furnaces: "
         "furnace flue dust containing hazardous substances, hazardous waste brought into the Union without the "
         "notification and consent its shipment needs, on a lorry at Gevgelija-Evzoni for a Thessaloniki 'metals "
         "trader'; Macedonian wording (flue dusts repeat in several sets; ferronickel and Kavadarci were found in no "
         "earlier row by a keyword search)", firm("Atlantic Metallika AE", "GR")),
        ("WST-07", "export", "LTSEA01", "sea", "LT", [], "MD", "271019",
         "Mazutas M-100, asfalto gamykloms, tanklaivis, 1 800 t", "LT", 1800000, None, 540000, "EUR",
         "M-100 heavy fuel oil is a uniform, black, viscous residual fuel with a viscosity and flash-point sheet; this "
         "tanker parcel is a layered, water-laden sludge with sediment, rust scale and a sulphide smell, pumped from the "
         "tank bottoms of the Mažeikiai refinery's crude and product tanks: oily tank-bottom sludge (05 01 03*), "
         "hazardous waste whose export to a non-OECD country is banned, from Klaipėda through the Bosporus and up the "
         "Danube to Giurgiulești for a Moldovan asphalt plant; Lithuanian wording (tank-bottom sludge repeats in many "
         "sets and a mazut-type label once, goudron in blind123; from Klaipėda to Giurgiulești is the new part as far "
         "as a search found)", {"importer_country": "MD"}),
        ("WST-08", "import", "BGROAD01", "road", "MK", [], "BG", "252010",
         "Природен гипс, мелен, за градежништво, 24 т", "MK", 24000, None, 1440, "EUR",
         "ground natural gypsum is a soft, white to pale-grey flour that sets with water; this tipper holds a grey-white, "
         "musty, lumpy powder that smells of mould and chemicals, does not set, and reads percent levels of hexachloro"
         "cyclohexane isomers, dug from the lindane dump of the former OHIS chemical works in Skopje: waste containing "
         "persistent organic pollutants (lindane and its by-product isomers), hazardous waste brought into the Union "
         "without the notification and consent its shipment needs, at Deve Bair-Gyueshevo for a Kyustendil 'plaster "
         "works'; Macedonian wording (lindane and HCH waste repeat in several sets and gypsum labels in many; the OHIS "
         "dump was found in no earlier row by a keyword search)", firm("Vega Gips EOOD", "BG")),
        ("WST-09", "export", "HUROAD01", "road", "HU", [], "RS", "271019",
         "Könnyű fűtőolaj, ipari, tartálykocsi, 24 t", "HU", 24000, None, 9600, "EUR",
         "light industrial heating oil is a clear, red-dyed distillate with a flash-point and sulphur sheet; this "
         "road tanker holds a black, water-laden mixture of used engine, gear and hydraulic oils with metal fines and a "
         "burnt smell, collected from Szeged garages: waste mineral oils (13 02 05*), hazardous waste whose export to a "
         "non-OECD country is banned, at Röszke-Horgoš for the coal-and-oil-fired brick kilns of Vojvodina; Hungarian "
         "wording (waste oil under fuel labels repeats in many sets and brick kilns in two, blind62 and blind105; from "
         "Hungary to Serbian brickworks is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-10", "export", "EESEA01", "sea", "EE", [], "IN", "740400",
         "Vaskkaabli jäätmed, puhastatud, 20 t", "EE", 20000, None, 64000, "EUR",
         "cleaned copper-cable scrap is bright, stripped or granulated copper at some 7 EUR/kg; these bales hold thick, "
         "lead-sheathed, oil-impregnated paper-insulated telephone and power cables of the Soviet-era network with "
         "bitumen jute armour, oil seeping from the cut ends, at 3 EUR/kg: cables containing oil and coal tar "
         "(17 04 10*), hazardous waste whose export to a non-OECD country is banned, from Paldiski to Mundra; Estonian "
         "wording (lead-sheathed cables repeat in several sets; oil-paper Soviet-era cable from Paldiski was found in "
         "no earlier row by a keyword search)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "HUROAD01", "road", "RS", [], "HU", "321410",
         "Montažna pena, jednokomponentna, limenke 750 ml, 4.800 kom", "RS", 4320, 4800, 7200, "EUR",
         "one-component mounting foam sold in the Union is propelled with propane, butane and dimethyl ether and every "
         "can carries an 'extremely flammable' pictogram; these 4,800 cans carry none, the gas released from a "
         "pierced can does not light, and a refrigerant identifier gives chlorodifluoromethane and "
         "1,1-dichloro-1-fluoroethane: foam cans propelled with HCFC-22 and blown with HCFC-141b, products "
         "containing ozone-depleting substances whose import into the Union is banned (Regulation 2024/590), still "
         "filled for Western Balkan building sites, on a lorry at Kelebija-Tompa for a Kecskemét builders' merchant; "
         "Serbian wording (HCFC foams and PU foam cans repeat in several sets, kept as a repeat of the family; a "
         "Serbian montažna-pena label was found in no earlier row by a keyword search)",
         firm("Vega Építőanyag Kft.", "HU")),
        ("OZN-02", "import", "ROROAD01", "road", "MD", [], "RO", "381300",
         "Пенообразователь для огнетушителей, канистры 20 л, 40 шт.", "MD", 1740, 40, 800, "EUR",
         "foam concentrate for extinguishers is a yellowish, soapy liquid of about 1.02 kg/l that foams when shaken; "
         "these 40 canisters hold a colourless liquid of 2.17 kg/l that does not foam, boils at 47 °C and whose bungs "
         "are stamped '114В2', drained from Soviet-era armoured-vehicle and aircraft systems in Transnistrian depots: "
         "halon 2402 (dibromotetrafluoroethane), whose import into the Union is banned outside licensed critical uses, "
         "on a lorry at Lipcani-Rădăuți-Prut for a Suceava fire-protection dealer; Russian wording from Transnistria "
         "(halon 2402 repeats in many sets and foam-concentrate labels in several; from Transnistria at the Lipcani "
         "crossing is the new part as far as a search found)", firm("Rivage Protecție la Foc SRL", "RO")),
        ("OZN-03", "import", "GRROAD01", "road", "AL", [], "GR", "271113",
         "Bombola gazi butan për kamping, 190 g, 2.000 copë", "AL", 1360, 2000, 2000, "EUR",
         "butane camping cartridges hold a light liquid of 0.58 kg/l at about 2 bar and a can weighs 190 g of gas; "
         "these cans hold 680 g each of an odourless liquid of 1.73 kg/l, read 1 bar, do not light at the valve and "
         "carry a skull and 'CH3Br' under the new wrapper, sold to growers for fumigating tobacco seedbeds: methyl "
         "bromide, whose import into the Union is banned, on a lorry at Kapshticë-Krystallopigi for an Agrinio "
         "tobacco-growers' supply shop; Albanian wording (methyl bromide repeats in many sets and camping-gas labels in "
         "several; for tobacco seedbeds through Kapshticë is the new part as far as a search found)",
         firm("Central Kapnos AE", "GR")),
        ("OZN-04", "import", "LVSEA01", "sea", "CN", [], "LV", "290312",
         "Dihlormetāns (metilēnhlorīds), farmaceitiskās kvalitātes, 80 mucas", "CN", 31800, 80, 24000, "USD",
         "pharmaceutical dichloromethane is a light, volatile solvent of 1.33 kg/l, about 265 kg to a 200 l drum; these "
         "80 drums weigh 398 kg each (1.99 kg/l), their contents boil at 68 °C instead of 40 °C and the drum heads are "
         "stamped 'CH2BrCl' under the labels: bromochloromethane, a controlled ozone-depleting substance imported "
         "without the licence Regulation 2024/590 requires, by sea from Ningbo to Riga for an Olaine pharmaceutical "
         "plant; Latvian wording (bromochloromethane repeats in many sets and solvent labels in several; a "
         "dichloromethane label for a Latvian pharmaceutical plant is the new part as far as a search found)",
         firm("Horizon Farmācija SIA", "LV")),
        ("OZN-05", "import", "HRROAD01", "road", "BA", [], "HR", "271012",
         "Lak-benzin za razrjeđivanje boja i čišćenje kistova, kanisteri 5 l, 800 kom", "BA", 6360, 800, 4000, "EUR",
         "painters' lak-benzin (white spirit) is a light, flammable petroleum thinner of 0.78 kg/l that smells of "
         "petrol; these 800 canisters hold 7.95 kg each (1.59 kg/l) of a liquid that will not burn, smells sweet like "
         "chloroform and boils at 77 °C, and a gas chromatograph gives carbon tetrachloride: an ozone-depleting "
         "substance whose import into the Union is banned, on a lorry at Gradiška for a Zagreb paint-shop chain that "
         "sells single canisters to the public; Bosnian wording (carbon tetrachloride repeats in many sets, under "
         "perchloroethylene labels most often; a lak-benzin label was found in no earlier row by a keyword search)",
         firm("Atlantic Boje d.o.o.", "HR")),
        ("OZN-06", "export", "ITROAD01", "road", "IT", ["SI", "HU", "RO"], "MD", "841869",
         "Gruppi frigoriferi per cantina (refrigeratori di glicole), usati, revisionati, 6 unità", "IT", 7200, 6,
         24000, "EUR",
         "reconditioned glycol chillers for export run on R-290 or R-134a and come with a leak-test report; these six, "
         "taken out of a Veneto winery's fermentation cellar, still hold their original HCFC-22 charge, about 25 kg "
         "each on the plates, and were not emptied: equipment containing HCFCs, whose export from the Union is banned "
         "(Regulation 2024/590), by road through Slovenia, Hungary and Romania to a winery near Cricova; Italian "
         "wording (R-22 equipment for export repeats in many sets and brewery glycol chillers once, blind64, to "
         "Rwanda; winery chillers to Moldova are the new part as far as a search found)", {"importer_country": "MD"}),
        ("OZN-07", "import", "LTROAD01", "road", "BY", [], "LT", "281121",
         "Kalibravimo dujų mišinys (CO2/N2), vienkartiniai balionai 11 l, 60 vnt.", "BY", 600, 60, 900, "EUR",
         "calibration-gas mixtures for gas detectors come in small disposable cylinders holding a few hundred grams of "
         "gas at high pressure with a certified analysis; these 60 cylinders each hold 10 kg of liquid at 12 bar, carry "
         "no certificate and their sleeves hide R-404A labels: HFC refrigerant placed on the market without quota and "
         "in non-refillable containers, both banned by the F-gas Regulation (2024/573), on a lorry at Šalčininkai for "
         "Vilnius air-conditioning fitters; Lithuanian wording (HFCs in disposable cylinders repeat in many sets and "
         "calibration-gas labels twice, blind9 and blind72, kept as a repeat of the family; from Belarus at "
         "Šalčininkai is the new part as far as a search found)", firm("Central Šaldymas UAB", "LT")),
        ("OZN-08", "export", "EESEA01", "sea", "EE", [], "AE", "731100",
         "Kasutatud sukeldumisballoonid, 12 l, 40 tk", "EE", 1360, 40, 2000, "EUR",
         "used scuba cylinders travel empty, with a hydrostatic-test stamp and a DIN or yoke valve; these 40 grey "
         "cylinders have discharge heads instead of diving valves, weigh 19 kg more than an empty tank and hold "
         "bromotrifluoromethane recovered from Soviet-era server-room and switchboard systems in Tallinn: halon 1301, "
         "whose export from the Union is banned outside licensed critical uses, by sea from Muuga to Jebel Ali for a "
         "'diving centre'; Estonian wording (halon 1301 repeats in many sets and diving-cylinder labels twice, "
         "blind118 and blind128; kept as a repeat, from Estonia to the Emirates is the new part as far as a search "
         "found)", {"importer_country": "AE"}),
        ("OZN-09", "import", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "LT", "841582",
         "Mobilūs oro kondicionieriai, R-290, 9 000 BTU, 400 vnt.", "CN", 12000, 400, 48000, "USD",
         "R-290 mobile air conditioners carry a flammable-gas label and about 0.2 kg of propane; the rating plates "
         "under these 400 units' stickers read R-22, 0.45 kg, and a leak detector set to hydrocarbons stays silent "
         "while a halogen detector sounds: equipment pre-charged with HCFC-22, whose import into the Union is banned, "
         "by rail from Chongqing through Kazakhstan, Russia and Belarus to the Kaunas intermodal terminal; Lithuanian "
         "wording (R-22 equipment repeats in many sets and portable air conditioners in a few; by rail to Kaunas is "
         "the new part as far as a search found)", firm("Delta Klimatas UAB", "LT")),
        ("OZN-10", "import", "HRROAD01", "road", "RS", [], "HR", "842123",
         "Auto-delovi: filteri ulja i vazduha, 400 kom", "RS", 320, 400, 1600, "EUR",
         "an auto-parts van for an Osijek garage supplier: oil and air filters and engine oil are what such vans carry, "
         "but the third item's 600 'air-conditioning cleaner' cans are 340 g self-service recharge cans with a hose "
         "and gauge, filled with HFC-134a at 6 bar: HFC in non-refillable containers, banned by the F-gas Regulation "
         "(2024/573), placed on the market without quota, hidden as the last item of a three-item declaration, at "
         "Batrovci-Bajakovo; Serbian wording (HFC recharge cans repeat in many sets; behind filters and oil under an "
         "AC-cleaner label is the new part as far as a search found)",
         dict(firm("Orion Autodijelovi d.o.o.", "HR"),
              _more_items=[item("271019", "Motorno ulje 10W-40, 200 l", "RS", 176, 480, "EUR"),
                           item("340290", "Sredstvo za čišćenje auto-klime, limenke 340 g, 600 kom", "RS", 204, 900,
                                "EUR", qty=600)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "MK", [], "DE", "970191",
         "Икона, рачно сликана, копија, 1 парче", "MK", 2.5, 1, 80, "EUR",
         "Ohrid souvenir icons are bright egg tempera on fresh gesso; this panel has a darkened varnish, worm channels, "
         "candle soot, the nail holes of a lost silver-gilt cover and a church inventory number painted out on the back: "
         "a 14th-century icon stolen from a church in the Ohrid region, whose export North Macedonia forbids, brought "
         "in without the importer statement Regulation 2019/880 requires for goods over 200 years and far above "
         "18,000 EUR, posted from Ohrid to a private buyer in Munich; Macedonian wording (icons repeat in many sets, a "
         "Tirana icon-workshop label in blind118; an Ohrid souvenir-icon label was found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "ROROAD01", "road", "MD", [], "RO", "490199",
         "Старообрядческие молитвенники, современные перепечатки, 30 шт.", "MD", 24, 30, 300, "EUR",
         "modern reprints of Old Believer prayer books are machine-printed Church Slavonic on white paper; these 30 are "
         "hand-written and early-printed books of the 17th and 18th centuries in leather over boards with brass clasps, "
         "half-uncial script, cinnabar initials and the ownership notes of Lipovan parishes in northern Moldova: church "
         "books taken out of Moldova against its heritage law, brought in without the importer statement Regulation "
         "2019/880 requires, on a van at Lipcani-Rădăuți-Prut for a Bucharest antiquarian; Russian wording of "
         "Moldova's Old Believers (manuscripts repeat in many sets; Old Believer (Lipovan) books were found in no "
         "earlier row by a keyword search)", firm("Orion Anticariat SRL", "RO")),
        ("CUL-03", "import", "ITSEA01", "sea", "AL", [], "IT", "691390",
         "Figurina terrakote, kopje suveniri, 24 copë", "AL", 12, 24, 120, "EUR",
         "Tirana souvenir figurines are cast solid, evenly coloured and stamped; these 24 are hollow, mould-made, "
         "hand-retouched Hellenistic figurines of draped women with vent holes, root marks, lime crust and traces of "
         "white slip, from the necropolis of Byllis: archaeological objects taken out of Albania, which forbids their "
         "export, brought in without the import licence Regulation 2019/880 requires, by ferry from Durrës to Bari; "
         "Albanian wording (Hellenistic terracottas repeat in several sets and Tanagra-type figurines twice; Byllis "
         "was found in no earlier row by a keyword search)", firm("Meridian Antichità Srl", "IT")),
        ("CUL-04", "import", "PLPOST01", "post", "MD", [], "PL", "830629",
         "Monede suvenir, copii, metal, 180 buc.", "MD", 1, 180, 40, "EUR",
         "souvenir coin copies are bright, cast brass with even edges; these 180 are thin, irregular, hammered silver "
         "dangs and copper puls with Arabic legends of the Golden Horde khans, soil and green corrosion, dug by "
         "detectorists at Orheiul Vechi: archaeological objects taken out of Moldova, which forbids their export, brought "
         "in without the import licence Regulation 2019/880 requires, posted to a private buyer in Kraków; Romanian "
         "wording from Moldova (ancient coins repeat in many sets and Golden Horde-period silver once, blind133; coins "
         "from Orheiul Vechi were found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-05", "transit", "HUROAD01", "road", "RS", ["HU", "AT"], "CH", "711890",
         "Numizmatički suveniri, replike rimskog novca, 600 kom", "RS", 2, 600, 150, "EUR",
         "replica Roman coins are struck in bright brass with even edges; these 600 are bronze folles and silver "
         "antoniniani with encrustation, uneven flans and the soil of the Danube limes, dug around Viminacium: "
         "archaeological objects taken out of Serbia against its law, whose introduction into the Union Regulation "
         "2019/880 forbids, declared in transit at Horgoš-Röszke through Hungary and Austria to a Swiss coin dealer; "
         "Serbian wording (ancient coins repeat in many sets, Viminacium once, blind45; a transit through Hungary to "
         "Switzerland is the new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-06", "import", "DEAIR01", "air", "XK", [], "DE", "711311",
         "Stoli filigrani argjendi, Prizren, të reja, 120 copë", "XK", 3, 120, 2400, "EUR",
         "a Prizren filigree air shipment for a Stuttgart craft shop: new filigree jewellery and Rugova rugs are what "
         "such shops sell, but the third item's 'new filigree silver cross' is a 16th-century silver-gilt processional "
         "cross with niello, enamel medallions and a Church Slavonic dedication to a monastery in Metohija, worn at the "
         "grip: church property taken from a Serbian Orthodox church in Kosovo, brought in without the importer "
         "statement Regulation 2019/880 requires, hidden as the last item of a three-item declaration, flown from "
         "Pristina to Stuttgart; Albanian wording (processional crosses and reliquaries repeat in a few sets and "
         "filigree labels in several; behind Prizren filigree and Rugova rugs is the new part as far as a search found)",
         dict(firm("Orion Handwerk GmbH", "DE"),
              _more_items=[item("570299", "Qilima të endura me dorë, Rugovë, 10 copë", "XK", 60, 1500, "EUR", qty=10),
                           item("711311", "Kryq argjendi filigran, i ri, 1 copë", "XK", 0.8, 150, "EUR", qty=1)])),
        ("CUL-07", "import", "ATAIR01", "express", "MK", [], "AT", "691390",
         "Керамички плочки, рачно изработени, декоративни, 6 парчиња", "MK", 4, 6, 90, "EUR",
         "hand-made decorative tiles are new, glazed and evenly fired; these six are unglazed, mould-pressed terracotta "
         "plaques with early Christian reliefs (Adam and Eve, Christ trampling the serpent, saints with Latin "
         "inscriptions) and burial crust: terracotta icons of the Vinica type (6th-7th century) from a fortress site in "
         "eastern North Macedonia, archaeological objects whose export that country forbids, brought in without the "
         "import licence Regulation 2019/880 requires, sent by express from Skopje to a private collector in Vienna; "
         "Macedonian wording (terracotta relief plaques repeat, Paharpur plaques in blind119; Vinica-type terracotta "
         "icons were found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("CUL-08", "export", "LVROAD01", "road", "LV", [], "RU", "491191",
         "Drukātas ikonas uz kartona, jaunas, 40 gab.", "LV", 12, 40, 200, "EUR",
         "printed icons on card are new, glossy and light; these 40 are cast-bronze Old Believer icons and folding "
         "triptychs with blue and white enamel, and small tempera panels in brass covers, of the 18th and 19th "
         "centuries, taken from prayer houses in Latgale: cultural goods exported without the Latvian export permit, "
         "and antiques worth far above 750 EUR each whose export to Russia Regulation 833/2014 forbids, on a lorry at "
         "Grebņeva for a Pskov buyer; Latvian wording (icons repeat in many sets and Latgalian grave goods once, "
         "blind52; Old Believer icons from Latgale were found in no earlier row by a keyword search)",
         {"importer_country": "RU"}),
        ("CUL-09", "export", "LTPOST01", "post", "LT", [], "US", "711299",
         "Sidabro laužas, lydiniai, 1,2 kg", "LT", 1.2, 6, 900, "USD",
         "silver scrap bars are cast in modern moulds with smooth tops; these six are long, hammered silver bars with "
         "notches, cut marks and soil in the folds: Lithuanian long ingots of the 13th-15th centuries, the Grand "
         "Duchy's money before coins, from a detectorist's hoard, archaeological objects exported without the licence "
         "Regulation 116/2009 requires at any value, posted from Vilnius to a US dealer; Lithuanian wording "
         "(silver-scrap labels on coins and ingots repeat in several sets; Lithuanian long ingots were found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-10", "import", "ITSEA01", "sea", "ME", [], "IT", "740400",
         "Otpad bronze i mesinga za pretapanje, 3 t", "ME", 3000, None, 15000, "EUR",
         "bronze scrap for remelting is cut-up propellers, bushes and valves; among these 3 t lie two intact bronze "
         "cannon with the lion of St Mark, founders' marks and marine concretions, raised from a 17th-century wreck "
         "off Ulcinj: underwater cultural heritage whose export Montenegro forbids, brought in without the import "
         "licence Regulation 2019/880 requires, by sea from Bar to Ancona for a foundry; Montenegrin wording (cannon "
         "repeat in a few sets, blind27, blind43 and blind58; Venetian wreck guns from Montenegro under a bronze-scrap "
         "label are the new part as far as a search found)", firm("Vega Metalli Srl", "IT")),
    ],
    "strategic": [
        ("STR-01", "import", "RORAIL01", "rail", "MD", [], "RO", "721420",
         "Armătură din oțel laminată la cald, B500C, 12 mm, origine Republica Moldova, 1.400 t", "MD", 1400000, None,
         840000, "EUR",
         "Moldovan rebar is rolled at the Rîbnița mill in Transnistria; the mill certificates of these 1,400 t give "
         "the heat numbers of billets cast at a Russian steelworks, and the Moldovan certificate of origin was issued "
         "on a Tiraspol invoice: iron and steel products processed in a third country from Russian semi-finished "
         "steel, whose import Regulation 833/2014 forbids, by rail at Ungheni-Iași for a Bucharest builders' merchant; "
         "Romanian wording from Moldova (Russian steel under third-country origin repeats in several sets; Rîbnița "
         "rebar was found in no earlier row by a keyword search)", firm("Central Construct Metal SRL", "RO")),
        ("STR-02", "export", "LTROAD01", "road", "LT", [], "RU", "843680",
         "Medaus sukimo mašinos, nerūdijančio plieno, 20 vnt.", "LT", 800, 20, 9000, "EUR",
         "a beekeeping-supply lorry for a Kaliningrad dealer at Panemunė: honey extractors and hive frames may still "
         "go to Russia, but the third item's 400 'hive-scale modules' are sealed aluminium inertial measurement units "
         "with three-axis gyroscopes and accelerometers and no load cell among them, at 6 EUR each against some 600 "
         "on the maker's list: navigation instruments (9014 20), on the common high-priority list whose export to "
         "Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration; Lithuanian "
         "wording (inertial units repeat in many sets; behind beekeeping goods to Kaliningrad at Panemunė is the new "
         "part as far as a search found)",
         dict({"importer_country": "RU"},
              _more_items=[item("442199", "Avilių rėmeliai, mediniai, 2 000 vnt.", "LT", 1200, 1600, "EUR", qty=2000),
                           item("842390", "Elektroninių avilių svarstyklių moduliai, 400 vnt.", "LT", 40, 2400, "EUR",
                                qty=400)])),
        ("STR-03", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "841480",
         "Turbodmychadla pro nákladní automobily, repasovaná, 24 ks", "CZ", 240, 24, 7200, "EUR",
         "remanufactured truck turbochargers are a turbine and compressor wheel on one shaft, driven by exhaust gas, "
         "at some 300 EUR each; these 24 are complete micro turbojet engines of 200 N thrust with a combustion chamber, "
         "fuel pump, starter and ECU, at 9,000 EUR each on the maker's list, for a Novi Sad 'truck parts' firm whose "
         "orders go on by air to Moscow: turbojets for unmanned aerial vehicles, whose sale for use in Russia "
         "Regulation 833/2014 forbids, on a lorry from Brno; Czech wording (micro turbojets repeat in several sets and "
         "a turbocharger label once, blind88, kept as a repeat of the family; through Serbia is the new part as far "
         "as a search found)", {"importer_country": "RS"}),
        ("STR-04", "export", "EEROAD01", "road", "EE", ["RU"], "KZ", "842952",
         "Kasutatud roomikekskavaatorid, 22 t, 3 tk", "EE", 66000, 3, 210000, "EUR",
         "used crawler excavators for Kazakhstan cross Russia under a TIR carnet sealed to Kostanay; the three on these "
         "low-loaders carry a Pskov road-builder's fleet numbers already sprayed on, the carnet's consignee shares a "
         "Pskov address and the trackers stop at Pskov: construction machinery (8429) whose export to Russia "
         "Regulation 833/2014 forbids, routed on paper to Kazakhstan, at Koidula; Estonian wording (excavators repeat "
         "in a few sets and Kazakh destinations for Russian buyers in many; at Koidula with fleet numbers is the new "
         "part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-05", "import", "ATROAD01", "road", "RS", ["HR", "SI"], "AT", "871410",
         "Delovi za motocikle, polovni: amortizeri i kućišta, 12 kom", "RS", 40, 12, 240, "EUR",
         "used motorcycle shock absorbers and housings are oily springs, dampers and cast-aluminium covers; these 12 "
         "parcels in a Belgrade-Vienna bus hold stamped-steel receivers, chrome-lined barrels and bolt carriers of "
         "Zastava M70 assault rifles with their serial numbers ground off: essential components of automatic firearms, "
         "brought in without the import authorisation firearms rules require (Directive 2021/555), for a private "
         "person in Vienna; Serbian wording (firearms parts under machine-part labels repeat in a few sets; Zastava "
         "M70 parts were found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("STR-06", "import", "SISEA01", "sea", "ME", [], "SI", "760511",
         "Aluminijumska žica (valjana), 9,5 mm, porijeklo Crna Gora, 500 t", "ME", 500000, None, 1300000, "USD",
         "Montenegrin aluminium wire rod comes from the Podgorica smelter's cast house with its own heat numbers; "
         "these coils carry a Siberian producer's bar codes under the new tags, the Podgorica cast house had no wire-rod "
         "line running in the period, and the certificate of origin was issued on a Bar forwarder's invoice: Russian "
         "aluminium wire, whose import into the Union Regulation 833/2014 forbids, by sea from Bar to Koper; Montenegrin "
         "wording (Russian aluminium under third-country origin repeats in several sets; Montenegrin origin was found "
         "in no earlier row by a keyword search)", firm("Horizon Aluminij d.o.o.", "SI")),
        ("STR-07", "export", "LVSEA01", "sea", "LV", [], "GE", "381239",
         "PVC termostabilizators, fosfīta bāze, 40 mucas", "LV", 8000, 40, 24000, "EUR",
         "phosphite PVC stabilisers are high-boiling aryl phosphites or blended liquid stabilisers with a data sheet; "
         "these drums hold a thin, colourless liquid with a sharp, garlic-like smell that boils at 156 °C, and the drum "
         "heads give CAS 122-52-1: triethyl phosphite (CWC Schedule 3, dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, from Riga to a Batumi trader whose orders go on by road to Tabriz; Latvian "
         "wording (triethyl phosphite repeats in several sets; kept as a repeat, a PVC-stabiliser label shipped from "
         "Riga to Batumi is the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-08", "export", "LVRAIL01", "rail", "LV", ["RU"], "KZ", "940139",
         "Biroja krēsli, grozāmi, 1 200 gab.", "LV", 14000, 1200, 60000, "EUR",
         "office swivel chairs are bulky, light cartons of about 12 kg; a third of these 1,200 cartons are heavy, "
         "dense and hold data-centre network switches and rack servers repacked from their makers' boxes, worth some "
         "2 million EUR, for an Almaty 'furniture' importer whose address is a Moscow integrator's: computers and "
         "network equipment (8471, 8517 62) on the common high-priority list whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, by rail from Riga through Russia; Latvian wording "
         "(servers and switches repeat in many sets; under an office-chair label by rail from Riga is the new part as "
         "far as a search found)", {"importer_country": "KZ"}),
        ("STR-09", "import", "ATAIR01", "air", "RS", [], "AT", "710812",
         "Zlatne poluge 1 kg, 999,9, srpsko poreklo (Bor), 12 kom", "RS", 12, 12, 900000, "USD",
         "Serbian gold from the Bor copper smelter is refined as anode-slime gold with Bor assay marks; these twelve "
         "bars were recast in Belgrade from bars bearing a Russian refinery's stamps, whose serial list matches their "
         "weights, with a Serbian certificate of origin issued on the recasting invoice: gold originating in Russia, "
         "whose import, including after processing in a third country, Regulation 833/2014 forbids, flown from "
         "Belgrade to Vienna for a bullion dealer; Serbian wording (Russian gold repeats in a few sets and gold bars in "
         "several; under Bor origin is the new part as far as a search found)", firm("Alpina Edelmetall GmbH", "AT")),
        ("STR-10", "import", "LTRAIL01", "rail", "BY", [], "LT", "250100",
         "Akmens druska kelių barstymui, Mozyrius, techninė, 40 vagonų", "BY", 2600000, None, 130000, "EUR",
         "Belarusian rock salt for road gritting comes from Mozyr as greyish, coarse halite that tastes plainly salty; "
         "these 40 wagons hold pink, uniform, fine granules that taste bitter, read 60 % K2O and were loaded at a "
         "Soligorsk siding (Belaruskali seal series), at 50 EUR/t against some 300 for potash: Belarusian potassium "
         "chloride, whose import into the Union Regulation 765/2006 forbids, by rail at Kena for a Klaipėda "
         "'road-salt' trader; Lithuanian wording (Belarusian potash repeats in several sets, under Uzbek and other "
         "origins; declared as Belarusian road salt is the new part as far as a search found)",
         firm("Atlantic Druska UAB", "LT")),
    ],
    "wildlife": [
        ("WLF-01", "export", "LVROAD01", "road", "LV", ["LT", "PL", "DE", "NL"], "GB", "030549",
         "Kūpināti nēģi, Carnikavas, vakuumā, 600 kg", "LV", 600, None, 9000, "EUR",
         "smoked Carnikava lampreys are thin, grey-brown, eel-like but jawless, with a round sucker mouth and seven gill "
         "pores on each side, at about 15 EUR/kg; these vacuum packs hold thick, golden-brown smoked fish with jaws, "
         "pectoral fins and one continuous dorsal fin, at the same price: smoked European eel (Anguilla anguilla, CITES "
         "App. II), exported from the Union under no permit, as the Union has set a zero export quota, by road from "
         "Riga to a Baltic grocery wholesaler in Boston, Lincolnshire; Latvian wording (European eel repeats in many "
         "sets, mostly as glass eels; a smoked-lamprey label was found in no earlier row by a keyword search)",
         {"importer_country": "GB"}),
        ("WLF-02", "import", "HUROAD01", "road", "RS", [], "HU", "210690",
         "Nadev od maka, za kolače, tegle 500 g, 80 tegli", "RS", 40, 80, 320, "EUR",
         "poppy-seed filling is a dark blue-grey, sticky, sweet paste of ground poppy and sugar; these 80 jars "
         "hold whole, glossy, grey-black eggs of 2.5-3 mm that roll apart, taste of salt and sea and burst on the "
         "tongue, with no CITES label on any lid: wild Danube sturgeon caviar (Acipenseridae, CITES App. II), which "
         "Serbia forbids fishing, without CITES documents, at Horgoš-Röszke for a Budapest delicatessen; Serbian "
         "wording (caviar repeats in many sets under roe and other labels; a poppy-seed-filling label was found in no "
         "earlier row by a keyword search)", firm("Alpina Csemege Kft.", "HU")),
        ("WLF-03", "import", "ITSEA01", "sea", "ME", [], "IT", "030731",
         "Dagnje žive, mediteranske, iz uzgoja Boka kotorska, 400 kg", "ME", 400, None, 1200, "EUR",
         "farmed Mediterranean mussels from the Bay of Kotor are blue-black, pear-shaped shells on byssus threads at "
         "3 EUR/kg; a third of these crates hold long, cylindrical, brown shells shaped like dates, with rock dust and "
         "no byssus, chiselled out of the limestone coast: date mussels (Lithophaga lithophaga, CITES App. II), whose "
         "harvest destroys the reef, without CITES documents, by ferry from Bar to Bari for a Puglia restaurant "
         "supplier; Montenegrin wording (date mussels were found in no earlier row by a keyword search)",
         firm("Rivage Ittica Srl", "IT")),
        ("WLF-04", "export", "LVAIR01", "air", "LV", [], "CN", "430180",
         "Bebru ādas, neapstrādātas, medību, 120 gab.", "LV", 240, 120, 3600, "EUR",
         "Eurasian beaver skins from Latvian hunts are broad, oval, dense brown pelts cased without the broad, scaly "
         "tail; 30 of these 120 are long, narrow, cased pelts with short, glossy guard hair, a pale throat, webbed "
         "feet and a thick, furred, tapering tail: Eurasian otter (Lutra lutra, CITES App. I, Annex A in the Union), "
         "whose commercial export is banned, exported without any CITES document, by air from Riga to a Harbin fur "
         "dresser; Latvian wording (otter pelts repeat in a few sets, under mink and muskrat labels, blind61 and "
         "blind65; a beaver label was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-05", "export", "EEAIR01", "air", "EE", [], "JP", "060110",
         "Hosta juurepistikud, puhkeolekus, 200 tk", "EE", 60, 200, 800, "EUR",
         "hosta divisions are fleshy crowns with thick, white roots and tight, pointed buds; these 200 are thin, creeping "
         "rhizomes with wiry roots, pleated dead leaves and the dry remains of pouched yellow flowers, dug in the "
         "wooded meadows of Saaremaa: wild lady's-slipper orchids (Cypripedium calceolus, CITES App. II, protected in "
         "Estonia), exported without a CITES permit, by air from Tallinn to a Tokyo orchid dealer; Estonian wording "
         "(Cypripedium repeats twice, under Chinese rhizome labels, blind58 and blind66; a hosta label from Estonia "
         "was found in no earlier row by a keyword search)", {"importer_country": "JP"}),
        ("WLF-06", "import", "ROROAD01", "road", "MD", [], "RO", "030193",
         "Puiet de crap (Cyprinus carpio), viu, în pungi cu oxigen, 300 kg", "MD", 300, None, 900, "EUR",
         "carp fry are deep-bodied, golden, scaled fish; half of these bags hold slender, grey, shark-like fingerlings "
         "with a long snout, four barbels and five rows of bony scutes: sterlet (Acipenser ruthenus, CITES App. II) "
         "from an unregistered hatchery on the Prut, without CITES documents, for a Galați angling-pond operator, on a "
         "lorry at Giurgiulești-Galați; Romanian wording from Moldova (sturgeons repeat in many sets, mostly as caviar; "
         "live sterlet under a carp-fry label was found in no earlier row by a keyword search)",
         firm("Delta Acvacultură SRL", "RO")),
        ("WLF-07", "import", "DEAIR01", "air", "AL", [], "DE", "080242",
         "Gështenja të thata, të qëruara, 60 kg", "AL", 60, None, 600, "EUR",
         "dried peeled chestnuts are brown-beige, wrinkled, irregular kernels that taste sweet and floury; these are "
         "small, whole, oval, horn-hard, translucent tubers, many in pairs, scalded and dried, that grind into a "
         "mucilaginous flour: wild orchid tubers (Orchis, Anacamptis and related genera, CITES App. II) dug in the "
         "Albanian mountains for salep, without CITES documents, flown from Tirana to Frankfurt for a Turkish-foods "
         "wholesaler; Albanian wording (salep tubers repeat in several sets; a dried-chestnut label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Feinkost GmbH", "DE")),
        ("WLF-08", "import", "ATROAD01", "road", "BA", ["HR", "SI"], "AT", "050790",
         "Jelenski rogovi, trofeji, montirani na daščicu, 12 kom", "BA", 60, 12, 3600, "EUR",
         "a hunting-trophy van for a Salzburg taxidermist: red-deer antlers and wild-boar tusks from Bosnian hunting "
         "grounds move freely, but the third item's 'badger skull and claws' is a 30 cm brown-bear skull with canines "
         "6 cm long and 20 claws 8 cm long: a brown bear (Ursus arctos, CITES App. II, Annex A in the Union) trophy "
         "without the CITES export permit and the Union import permit, hidden as the last item of a three-item "
         "declaration, by road through Croatia and Slovenia; Bosnian wording (bear parts repeat in many sets, claws "
         "in blind66, and a badger label once, blind121; behind deer and boar trophies is the new part as far as a "
         "search found)",
         dict(firm("Alpina Jagd GmbH", "AT"),
              _more_items=[item("050790", "Kljove divlje svinje, trofeji, 20 pari", "BA", 4, 800, "EUR", qty=20),
                           item("050690", "Lobanja i kandže jazavca, trofej, 1 kom", "BA", 3.5, 100, "EUR", qty=1)])),
        ("WLF-09", "export", "EEAIR01", "air", "EE", [], "KR", "071239",
         "Kuivatatud tšaga (pakuseen), tükid, 10 kg", "EE", 10, None, 400, "EUR",
         "dried chaga is black, crusty, cork-light lumps of birch fungus with a rust-orange, woody inside; mixed into "
         "these 10 kg are 40 dark, wrinkled, pear-shaped pouches, hard and translucent at the edges, that smell "
         "bitter and dissolve yellow in water: dried gall bladders of brown bears (Ursus arctos, CITES App. II) from "
         "Estonian hunts, exported without the CITES export permit, by air from Tallinn to Seoul; Estonian wording "
         "(bear gall bladders repeat twice, blind54 and blind85; a chaga label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KR"}),
        ("WLF-10", "import", "GRROAD01", "road", "MK", [], "GR", "060110",
         "Луковици од шафран (Crocus sativus) за садење, 800 кг", "MK", 800, None, 2400, "EUR",
         "saffron corms are flat, round, netted, chestnut-brown bulbs sold to Kozani growers before the October "
         "flowering; a quarter of these sacks hold larger, pear-shaped, papery black-skinned bulbs with a long neck, "
         "some already showing yellow, goblet-shaped buds: wild Sternbergia (S. lutea, CITES App. II) dug on "
         "Macedonian hillsides, without CITES documents, on a lorry at Medžitlija-Niki for a Kozani saffron "
         "cooperative; Macedonian wording (Sternbergia repeats once, blind48, and crocus labels in two sets; a "
         "saffron-corm label was found in no earlier row by a keyword search)", firm("Rivage Krokos AE", "GR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LTPOST01", "post", "UA", "LT", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (home beekeeping and hydroponics)", "UA", 3.4, 3,
     30, "EUR", [("PRECURSOR_LICENCE", "LT-PD-49-0117")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "LTAIR01", "air", "CN", "LT", "282990",
     "Potassium perchlorate 99 %, 5 kg, for a licensed private user (amateur rocketry)", "CN", 5, 5, 120, "USD",
     [("PRECURSOR_LICENCE", "LT-PD-49-0204")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITSEA01", "sea", "AL", "IT", "271390",
     "Acid tar from refinery lagoons (05 01 07*), Ballsh, for incineration at a licensed plant, 22 t", "AL", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-49-0318")], "notified acid tar to a licensed incinerator"),
    ("PRM-04", "waste", "import", "SISEA01", "sea", "ME", "SI", "262040",
     "Black aluminium dross (10 03 09*), Podgorica, for salt-slag recovery at a licensed plant, 24 t", "ME", 24000,
     None, 0, "EUR", [("BASEL_CONSENT", "SI-ARSO-49-0061")], "notified aluminium dross to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "LVSEA01", "sea", "CN", "LV", "290369",
     "Bromochloromethane, 20 drums, for use as feedstock in pharmaceutical synthesis at Olaine", "CN", 7960, 20, 24000,
     "USD", [("ODS_LICENCE", "LV-VVD-ODS-49-004")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-06", "ozone", "import", "ROROAD01", "road", "MD", "RO", "290376",
     "Halon 2402, reclaimed, 10 cylinders, for critical-use fire protection of military vehicles", "MD", 400, 10, 6000,
     "EUR", [("ODS_LICENCE", "RO-ANPM-ODS-49-002")], "reclaimed halon 2402 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "LVAIR01", "air", "LV", "US", "970191",
     "Old Believer icon, tempera on panel, Latgale, 19th century, documented private collection since 1975", "LV", 3, 1,
     42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "LV-NKMP-EXP-49-0042")],
     "icon exported with the EU export licence and the Latvian export permit"),
    ("PRM-08", "cultural", "import", "ATAIR01", "air", "CH", "AT", "970531",
     "Roman bronze coins of Viminacium, 40, Swiss collection documented since 1968", "CH", 0.4, 40, 9000, "EUR",
     [("IMPORT_LICENCE", "AT-BDA-IMP-49-0017")], "ancient coins imported with the import licence"),
    ("PRM-09", "strategic", "export", "LTAIR01", "air", "LT", "NO", "901420",
     "MEMS inertial measurement units, 40, for a Norwegian survey-drone maker", "LT", 4, 40, 24000, "EUR",
     [("EXPORT_LICENCE", "LT-EIMIN-49-0077"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-49-0031")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "CH", "841111",
     "Micro turbojet engines, 200 N, 6 units, for a Swiss target-drone maker", "CZ", 18, 6, 54000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-49-0312"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-49-0045")],
     "dual-use turbojets under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "HUROAD01", "road", "RS", "HU", "160431",
     "Sterlet caviar (Acipenser ruthenus), aquaculture, CITES-labelled tins, 5 kg", "RS", 5, None, 4000, "EUR",
     [("CITES_PERMIT", "RS-MZZS-49-0133")], "App. II farmed sterlet caviar with its export permit"),
    ("PRM-12", "wildlife", "import", "ATROAD01", "road", "BA", "AT", "970521",
     "Brown-bear hunting trophy (skull and skin), Bosnia and Herzegovina, 1 set", "BA", 28, 1, 6000, "EUR",
     [("CITES_PERMIT", "BA-MVTEO-49-0021"), ("CITES_PERMIT", "AT-BMK-49-0310")],
     "App. II bear trophy with its export permit and the Union import permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatus asmuo", "PRM-03": "Meridian Ambiente Srl", "PRM-05": "Horizon Farmācija SIA",
    "PRM-07": "Private individual", "PRM-10": "Alpina Aerotech AG", "PRM-11": "Alpina Csemege Kft.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises
    ("220820", "Moldovan divin, 10 years, in ceramic gift jugs, 0.5 l", "import", ["road"], ["MD"], (14, 24), (1000, 4000), ["EUR"], 1, S),
    ("121190", "Dried mountain tea (Sideritis scardica), bundles", "import", ["road"], ["MK", "AL"], (8, 14), (500, 3000), ["EUR"], None, S),
    ("291719", "Succinic acid, food grade, 1 kg bags", "import", ["air"], ["CN", "IN"], (5, 9), (100, 500), ["USD"], 1, S),
    ("291631", "Sodium benzoate preservative, 20 g sachets", "import", ["road"], ["RS", "TR"], (5, 9), (300, 1500), ["EUR"], 50, S),
    ("250100", "Rock salt for road gritting, bulk", "import", ["sea"], ["EG", "TN"], (0.04, 0.07), (20000, 30000), ["EUR"], None, S),
    ("310590", "Slow-release coated NPK fertiliser, 5 kg bags", "import", ["road"], ["RS", "TR"], (1.2, 2), (8000, 20000), ["EUR"], 0.2, S),
    ("151800", "Boiled linseed oil (olifa) for wood, 1 l tins", "import", ["road"], ["UA", "MD"], (2.5, 4), (2000, 8000), ["EUR"], 1, S),
    ("282710", "Sal ammoniac blocks for tinning copperware", "import", ["sea"], ["TR", "IN"], (1.5, 3), (1000, 4000), ["USD"], 1, S),
    ("170490", "Tahini halva with cocoa, 400 g blocks", "import", ["road"], ["BA", "TR"], (3, 5), (2000, 8000), ["EUR"], 2.5, S),
    ("110813", "Potato starch, 1 kg packs", "import", ["road"], ["UA"], (0.6, 1.0), (10000, 20000), ["EUR"], 1, S),
    ("271490", "Selenicë natural bitumen (asphaltite), drums", "import", ["sea"], ["AL"], (0.3, 0.5), (15000, 25000), ["EUR"], None, S),
    ("870323", "Used passenger cars, roadworthy, with keys and papers", "export", ["sea"], ["GE", "UA"], (1.5, 3), (8000, 20000), ["EUR"], 0.0008, S),
    ("220720", "Denatured ethanol, new, for washer-fluid blending", "export", ["rail"], ["KZ", "UZ"], (0.7, 1.0), (40000, 60000), ["EUR"], None, S),
    ("940360", "Used household furniture, wooden", "export", ["road"], ["MD", "UA"], (0.4, 0.8), (1000, 3000), ["EUR"], 0.03, S),
    ("760110", "Aluminium deoxidiser notched bars, 98 % Al", "import", ["sea"], ["NO", "ME"], (2, 2.8), (15000, 25000), ["EUR"], None, S),
    ("720260", "Ferronickel granules, FeNi 20, with mill certificate", "import", ["road"], ["MK"], (3, 5), (15000, 24000), ["EUR"], None, S),
    ("252010", "Natural gypsum, ground, for plaster", "import", ["road"], ["MK", "TR"], (0.05, 0.09), (20000, 25000), ["EUR"], None, S),
    ("271019", "Heavy fuel oil M-100, for asphalt plants", "export", ["sea"], ["MD", "GE"], (0.4, 0.6), (20000, 40000), ["EUR"], None, S),
    ("740811", "Copper wire rod, 8 mm, new, in coils", "export", ["sea"], ["IN", "TR"], (8, 10), (18000, 24000), ["EUR"], None, S),
    ("381300", "AFFF foam concentrate for extinguishers, 20 l", "import", ["road"], ["MD", "TR"], (1.5, 3), (500, 2000), ["EUR"], 0.05, S),
    ("271113", "Butane camping cartridges, 190 g", "import", ["road"], ["AL", "TR"], (3, 5), (500, 2000), ["EUR"], 5, S),
    ("290312", "Dichloromethane, pharmaceutical grade, drums", "import", ["sea"], ["CN", "IN"], (0.6, 1.0), (10000, 25000), ["USD"], None, S),
    ("271012", "White spirit (painters' thinner), 5 l canisters", "import", ["road"], ["BA", "RS"], (0.9, 1.5), (3000, 9000), ["EUR"], 0.25, S),
    ("321410", "One-component PU mounting foam, hydrocarbon-propelled, 750 ml cans", "import", ["road"], ["RS", "TR"], (2.5, 4), (2000, 6000), ["EUR"], 1.1, S),
    ("842230", "Used winery bottling line, refurbished", "export", ["road"], ["MD", "GE"], (3, 6), (3000, 8000), ["EUR"], 0.0005, S),
    ("281121", "Food-grade carbon dioxide, returnable cylinders", "import", ["road"], ["UA", "NO"], (1.0, 1.8), (1000, 4000), ["EUR"], 0.1, S),
    ("841582", "Mobile air conditioners, R-290, 9,000 BTU", "import", ["rail"], ["CN"], (4, 6), (8000, 14000), ["USD"], 0.033, S),
    ("491191", "Printed icons on card, new", "import", ["post"], ["MK", "RS"], (15, 30), (1, 3), ["EUR"], 20, S),
    ("490199", "Old Believer prayer books, modern reprints", "import", ["road"], ["MD", "UA"], (6, 12), (200, 800), ["EUR"], 1, S),
    ("691390", "Terracotta souvenir figurines, new, stamped", "import", ["sea"], ["AL", "TR"], (3, 6), (1000, 3000), ["EUR"], 2, S),
    ("830629", "Souvenir coin replicas, brass", "import", ["post"], ["MD", "RS"], (20, 40), (1, 2), ["EUR"], 150, S),
    ("711311", "Prizren filigree silver jewellery, new", "import", ["air"], ["XK", "AL"], (400, 700), (5, 30), ["EUR"], 40, S),
    ("691390", "Hand-made glazed decorative tiles, new", "import", ["express"], ["MK", "TR"], (20, 40), (1, 4), ["EUR"], 1.5, S),
    ("740321", "Brass ingots for casting, new", "import", ["sea"], ["ME", "AL"], (5, 7), (10000, 22000), ["EUR"], None, S),
    ("843680", "Honey extractors, stainless, new", "export", ["road"], ["UA", "MD"], (9, 14), (300, 1500), ["EUR"], 0.025, S),
    ("841480", "Remanufactured truck turbochargers", "export", ["road"], ["RS", "MK"], (20, 35), (200, 1000), ["EUR"], 0.1, S),
    ("842952", "Used crawler excavators", "export", ["road"], ["UA", "MD"], (2.5, 4), (20000, 44000), ["EUR"], 0.00005, S),
    ("940139", "Office swivel chairs, boxed", "export", ["rail"], ["KZ", "UZ"], (3, 5), (8000, 16000), ["EUR"], 0.08, S),
    ("760511", "Aluminium wire rod, 9.5 mm", "import", ["sea"], ["NO", "IN"], (2.4, 3), (100000, 400000), ["USD"], None, S),
    ("381239", "Liquid PVC heat stabiliser, Ca-Zn, drums", "export", ["sea"], ["GE", "TR"], (2, 3.5), (4000, 12000), ["EUR"], None, S),
    ("711319", "Gold jewellery, 14 ct, chains", "import", ["air"], ["TR", "RS"], (30000, 45000), (2, 10), ["USD"], 60, S),
    ("210690", "Poppy-seed filling (poppy and sugar), 500 g jars", "import", ["road"], ["RS", "UA"], (4, 7), (1000, 4000), ["EUR"], 2, S),
    ("080242", "Dried peeled chestnuts", "import", ["air"], ["AL", "TR"], (8, 14), (100, 500), ["EUR"], None, S),
    ("071239", "Dried chaga (birch fungus) pieces", "export", ["air"], ["KR", "JP"], (25, 45), (20, 200), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary
# rows), with four new rows instead of blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("611693", "Knitted acrylic mittens and gloves", "import", ["sea"], ["CN", "BD"], (6, 10), (2000, 6000), ["USD"], 15, N),
        ("392690", "Pedestrian safety reflectors, clip-on pendants", "import", ["sea"], ["CN"], (8, 14), (500, 2000), ["USD"], 50, N),
        ("640690", "Felt shoe insoles, cut to size", "import", ["sea"], ["CN", "VN"], (4, 8), (1000, 4000), ["USD"], 20, N),
        ("392490", "Silicone tea infusers and strainers", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind141", 20490901, HERE)


if __name__ == "__main__":
    main()
