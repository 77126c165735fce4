#!/usr/bin/env python3
"""Writes the twelfth blind set (tests/risk/data/blind12-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated March - April 2028, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-thirteen profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

Unlike the earlier sets, ordinary and permitted rows carry a consignee_name where a real
declaration would: private persons receiving goods by post or express, named companies
on part of the commercial shipments (drawn with a separate seeded generator, so the
draws of goods, masses and prices are not disturbed). Ids are BL12-*:

    python3 tests/risk/data/make_blind12_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2028, 3, 1)
base.DAYS = 61  # 1 March to 30 April 2028
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, item = base.consignee_person, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "CN", [], "FR", "283429",
         "Sel de polissage pour pierres, perchlorate d'ammonium NH4ClO4, 200 µm, 10 kg", "CN", 10, None, 95, "USD",
         "ammonium perchlorate (the oxidiser of composite rocket propellant) as a stone-polishing salt to a private "
         "person; its formula is on the declaration and no polishing compound is a perchlorate; French wording",
         person("M. Julien Besson", "FR")),
        ("PRE-02", "import", "NLAIR01", "express", "TR", [], "NL", "340290",
         "Ontkalker voor koffiemachines, salpeterzuur 65 %, jerrycans 20 l, 6 st.", "TR", 140, 6, 310, "EUR",
         "coffee-machine descalers are citric or lactic acid at a few per cent; 65 % nitric acid (Annex I, limit 3 %) "
         "in 120 l by express to a private address under a detergent code; Dutch wording",
         person("R. de Vries", "NL")),
        ("PRE-03", "import", "CZROAD01", "road", "PL", [], "CZ", "310230",
         "Náplň do chladicích sáčků, dusičnan amonný 34 % N, pytle 25 kg, 500 kg", "PL", 500, 20, 330, "EUR",
         "'refill for cold packs' that is 34 % N ammonium nitrate (Annex I) in half a tonne to a private person; cold "
         "packs are sold sealed, nobody refills them by the 25 kg bag; Czech wording",
         person("Petr Novák", "CZ")),
        ("PRE-04", "export", "BGROAD01", "road", "BG", ["TR"], "IQ", "310290",
         "سماد NPK 34-0-0 محبب، أكياس 50 كغ، 24 طن", "BG", 24000, 480, 8900, "EUR",
         "an 'NPK' whose formula 34-0-0 has no phosphorus or potassium: it is ammonium nitrate (Annex I) by road "
         "through Turkey to a general trader in Iraq; Arabic wording",
         {"importer_name": "Al-Rafidain General Trading Co.", "importer_country": "IQ"}),
        ("PRE-05", "import", "ESSEA01", "sea", "CN", [], "ES", "820719",
         "Brocas de perforación para roca, 38 mm, 400 uds.", "CN", 900, 400, 5200, "USD",
         "a rock-drilling consignment whose second item is 3,000 'No. 8 strength caps' at 0.95 USD each: plain "
         "detonators hidden as a drilling accessory, to a hardware importer without an explosives licence; Spanish "
         "wording",
         {"importer_name": "Suministros Mineros del Sur SL", "importer_country": "ES",
          "_more_items": [item("820719", "Accesorios de perforación: cápsulas 'No. 8 strength', tubo de aluminio, "
                                         "3.000 uds.", "CN", 45, 2850, "USD", 3000)]}),
        ("PRE-06", "import", "DEPOST01", "post", "LT", [], "DE", "283429",
         "Badesalz 'Magnesium Relax', Magnesiumnitrat-Hexahydrat Mg(NO3)2·6H2O, 4 x 25 kg", "LT", 100, 4, 180, "EUR",
         "magnesium nitrate hexahydrate (Annex II) as a bath salt: bath 'magnesium' salts are the sulphate (Epsom) or "
         "chloride; 100 kg to a private person; German wording",
         person("Privatperson", "DE")),
        ("PRE-07", "import", "ITAIR01", "express", "US", [], "IT", "381190",
         "Additivo ottano per auto da competizione 'NM Boost', nitrometano 95 %, taniche 20 l, 3 pz.", "US", 68, 3, 420,
         "USD",
         "an 'octane booster' that is 95 % nitromethane (Annex I, limit 30 %) in 60 l by express to a tuning workshop "
         "under the fuel-additive code; Italian wording",
         {"importer_name": "Elaborazioni Motori Veloci Snc", "importer_country": "IT"}),
        ("PRE-08", "import", "NLAIR01", "air", "CN", [], "NL", "282919",
         "Navulpoeder voor zuurstofkaarsen, natriumchloraat 99 %, vaten 50 kg, 2 t", "CN", 2000, 40, 3100, "USD",
         "'refill powder for oxygen candles' that is 99 % sodium chlorate (Annex I) in 2 t by air to a trading company; "
         "oxygen candles are sealed units made by a handful of licensed makers; Dutch wording",
         {"importer_name": "Delta Safety Supplies BV", "importer_country": "NL"}),
        ("PRE-09", "import", "ITSEA01", "sea", "EG", [], "IT", "310230",
         "Sale per concia delle pelli, nitrato d'ammonio poroso in perle, sacchi 1 t, 22 t", "EG", 22000, 22, 8600,
         "USD",
         "porous-prilled ammonium nitrate (Annex I, the explosive grade) as a tanning salt to a small tannery supplier; "
         "tanning uses common salt, chromium salts and ammonium sulphate, not porous AN; Italian wording",
         {"importer_name": "Concerie Riunite Forniture Srl", "importer_country": "IT"}),
        ("PRE-10", "export", "PTSEA01", "sea", "PT", [], "AO", "282919",
         "Clorato de potássio 99,5 %, matéria-prima para fósforos, sacos 25 kg, 10 t", "PT", 10000, 400, 12500, "EUR",
         "potassium chlorate (Annex I) 'for matches' to a general trader in Luanda that makes no matches; Portuguese "
         "wording",
         {"importer_name": "Kwanza Comércio Geral Lda", "importer_country": "AO"}),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "854143",
         "Second-hand PV modules, 250 W, working, loose stacked, 1,600 pcs", "NL", 30400, 1600, 3200, "EUR",
         "'working' solar modules at 2 EUR a piece, loose stacked without pallets or test reports, to a Lagos trader: "
         "end-of-life PV panels are e-waste (A1180) whose export to Nigeria needs notification",
         {"importer_name": "Ikeja Solar Ventures Ltd", "importer_country": "NG"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "IN", "390890",
         "PA6 fibre regrind, from carpet, 22 t", "BE", 22000, None, 660, "EUR",
         "post-consumer carpet offcuts with latex and chalk backing called 'PA6 regrind' at 0.03 EUR/kg; clean PA6 "
         "regrind sells at ten times that; mixed plastic waste (Y48) to India needs consent",
         {"importer_name": "Vapi Polymers Pvt Ltd", "importer_country": "IN"}),
        ("WST-03", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "391590",
         "PVC-Fensterprofile, Altfenster mit Glas und Beschlägen, lose, 18 t", "DE", 18000, None, 360, "EUR",
         "old PVC windows with glass and fittings are mixed demolition waste, not PVC scrap; 0.02 EUR/kg to a "
         "Ukrainian 'recycler'; German wording",
         {"importer_name": "TOV Plast-Resurs", "importer_country": "UA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "AL", "382499",
         "CSS - combustibile solido secondario, balle filmate, 24 t", "IT", 24000, None, 0, "EUR",
         "secondary solid fuel from mixed municipal waste (Y46) shipped to Albania at zero value: a fuel is paid "
         "for, a waste is paid to be taken; Italian wording",
         {"importer_name": "Durres Energji Sh.p.k.", "importer_country": "AL"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "TZ", "852859",
         "Monitores LCD usados 17 pulgadas, sin probar, a granel, 1.800 uds.", "ES", 9000, 1800, 1800, "EUR",
         "untested CCFL-backlit LCD monitors (mercury lamps, A1180) loose in bulk at 1 EUR each: e-waste dumped as "
         "second-hand goods; Spanish wording",
         {"importer_name": "Kariakoo Electronics Traders", "importer_country": "TZ"}),
        ("WST-06", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "282739",
         "Eisen(II)-chloridlösung 18 %, freie HCl 4 %, aus Beizerei, für Wasseraufbereitung, 24 t", "AT", 24000, None,
         0, "EUR",
         "spent pickling liquor (ferrous chloride with free hydrochloric acid, hazardous waste) called a water-"
         "treatment chemical, at zero value; German wording",
         {"importer_name": "Hemija Promet doo", "importer_country": "RS"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "NG", "250810",
         "Bentonite, drilling grade, used, oil-based mud recovered, 1 m3 tanks, 20 t", "NL", 20000, 20, 400, "EUR",
         "'used' drilling mud recovered from offshore work is oily hazardous waste (Y9), not bentonite; 20 EUR a tonne "
         "to Port Harcourt",
         {"importer_name": "Rivers Oilfield Services Ltd", "importer_country": "NG"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "GH", "740400",
         "Déchets de câbles cuivre, gaine plomb et papier huilé, 'Berry', 20 t", "FR", 20000, None, 52000, "EUR",
         "lead-sheathed paper-oil cable is hazardous (A1190, lead and oil), and 'Berry' is bare bright wire; sold to "
         "Accra where cable is burned for its copper; French wording",
         {"importer_name": "Agbogbloshie Metals Enterprise", "importer_country": "GH"}),
        ("WST-09", "export", "DEAIR01", "air", "DE", [], "NG", "844339",
         "Used photocopiers, untested, with toner, for spare parts, 120 pcs", "DE", 9600, 120, 600, "EUR",
         "untested copiers with their toner at 5 EUR each 'for spare parts' to Lagos are e-waste, not reusable goods",
         {"importer_name": "Computer Village Office Solutions", "importer_country": "NG"}),
        ("WST-10", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "401290",
         "Zużyte taśmy przenośnikowe gumowe, kord stalowy, w kawałkach, 40 t", "PL", 40000, None, 800, "EUR",
         "cut-up steel-cord conveyor belts from a mine at 0.02 EUR/kg are rubber waste for burning or dumping, not "
         "reusable belts; Polish wording",
         {"importer_name": "TOO Karaganda Rezina", "importer_country": "KZ"}),
    ],
    "ozone": [
        ("ODS-01", "import", "DEPOST01", "post", "LV", [], "DE", "382499",
         "Klimaanlagen-Nachfüllset, R-134a mit Lecksuchmittel, Dosen 340 g, 60 Stück", "LV", 22, 60, 390, "EUR",
         "60 non-refillable cans of HFC-134a (banned containers, outside any quota) to a private person; German "
         "wording",
         person("Dieter Hoffmann", "DE")),
        ("ODS-02", "import", "DEAIR01", "express", "TR", [], "DE", "381400",
         "Präzisionsreiniger 'Freon TF', Kanister 5 l, 8 Stück", "TR", 60, 8, 720, "EUR",
         "Freon TF is CFC-113, a fully halogenated CFC, named by its trade name as a solvent; German wording",
         {"importer_name": "Feinwerk Reinigungstechnik GmbH", "importer_country": "DE"}),
        ("ODS-03", "import", "PLSEA01", "sea", "CN", [], "PL", "860900",
         "Używane kontenery chłodnicze 40' z agregatem, czynnik R-22, 6 szt.", "CN", 27000, 6, 36000, "USD",
         "used reefer containers whose units are charged with R-22 (HCFC): equipment relying on HCFCs may not be "
         "placed on the market; Polish wording",
         {"importer_name": "Baltic Cold Logistics Sp. z o.o.", "importer_country": "PL"}),
        ("ODS-04", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Пожарогасителни бутилки с агент 'FM-200', 120 бр.", "TR", 5400, 120, 30000, "EUR",
         "FM-200 is HFC-227ea; 120 filled cylinders under the extinguisher code with no quota document; Bulgarian "
         "wording",
         {"importer_name": "Pozharna Tehnika EOOD", "importer_country": "BG"}),
        ("ODS-05", "transit", "ROROAD01", "road", "TR", [], "MD", "731100",
         "Ambalaje metalice goale, butelii pentru gaz, 400 buc.", "TR", 4500, 400, 2400, "USD",
         "'empty' gas cylinders in transit that weigh 11.3 kg each, the fill of a disposable R-410A cylinder: HFC in "
         "transit to Moldova, a route of diversion back into the EU; Romanian wording",
         {"importer_name": "SRL Frig-Clima Prim", "importer_country": "MD"}),
        ("ODS-06", "import", "BGSEA01", "sea", "GE", [], "BG", "381300",
         "Огнегасителна течност 'хладон 114В2' за кораби, бидони 30 kg, 40 бр.", "GE", 1200, 40, 9600, "USD",
         "khladon 114B2 is halon 2402 (Annex I, group III) as a ship fire-fighting liquid; Bulgarian wording",
         {"importer_name": "Varna Marine Supply OOD", "importer_country": "BG"}),
        ("ODS-07", "import", "NLAIR01", "express", "US", [], "NL", "870899",
         "Classic car A/C restoration kit: compressor seals, hoses and 'R-12' 12 oz cans x 24", "US", 12, 24, 890,
         "USD",
         "24 cans of R-12 (CFC-12) inside a classic-car parts kit to a private collector",
         person("Mr H. Jansen", "NL")),
        ("ODS-08", "import", "ESSEA01", "sea", "US", [], "ES", "842410",
         "Extintores 'Halotron I', 68 kg, ruedas, para hangar, 10 uds.", "US", 680, 10, 28000, "USD",
         "Halotron I is an HCFC-123 blend (HCFC, not allowed on the EU market outside critical uses) in wheeled "
         "extinguishers for a ground-handling firm; Spanish wording",
         {"importer_name": "Servicios Aeroportuarios Levante SA", "importer_country": "ES"}),
        ("ODS-09", "import", "GRSEA01", "sea", "CN", [], "GR", "841861",
         "Αντλίες θερμότητας για ζεστό νερό, ψυκτικό R-22, 200 τεμ.", "CN", 16000, 200, 48000, "USD",
         "heat-pump water heaters pre-charged with R-22 (HCFC equipment may not be placed on the market); Greek wording",
         {"importer_name": "Thermo Aigaio AE", "importer_country": "GR"}),
        ("ODS-10", "import", "NLSEA01", "sea", "CN", [], "NL", "271112",
         "Liquefied petroleum gas, propane, ISO tank, UN 3159, 18 t", "CN", 18000, 1, 72000, "USD",
         "propane is UN 1978; UN 3159 is 1,1,1,2-tetrafluoroethane (HFC-134a): an HFC in an ISO tank declared as LPG, at "
         "four times the price of propane",
         {"importer_name": "Maasvlakte Gas Trading BV", "importer_country": "NL"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "AE", [], "FR", "681099",
         "Figurine décorative en pierre, chlorite et calcite, femme assise en robe à mèches, 1 pc", "AF", 3, 1, 180,
         "USD",
         "a seated woman in a flounced robe of chlorite and calcite is a Bactrian (BMAC, c. 2000 BC) 'princess', an "
         "ICOM Red List type from Afghanistan, via Dubai as a decorative stone; French wording",
         {"importer_name": "Galerie Oxus Paris", "importer_country": "FR"}),
        ("CUL-02", "import", "ESPOST01", "post", "EC", [], "ES", "691390",
         "Artesanía: figuritas de cerámica tipo Venus de Valdivia, con tierra adherida, 14 uds.", "EC", 2, 14, 60, "USD",
         "Valdivia 'Venus' figurines with soil still on them: excavated pre-Columbian pieces (ICOM Red List, Latin "
         "America) posted as craftwork to a private person; Spanish wording",
         person("Sr. Andrés Molina", "ES")),
        ("CUL-03", "import", "DEAIR01", "express", "MX", [], "DE", "681099",
         "Máscara de piedra verde tallada, estilo Teotihuacán, pátina de tierra, 1 pz.", "MX", 4, 1, 95, "USD",
         "a greenstone Teotihuacan mask with a soil patina at 95 USD: an excavated pre-Hispanic object (Mexican "
         "national property) as carved stone; Spanish wording",
         person("Herr Markus Vogel", "DE")),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "701690",
         "Vetrate vecchie piombate, pannelli figurati, da smontaggio chiesa, 6 pz.", "IT", 140, 6, 900, "EUR",
         "figured leaded stained-glass panels 'from dismantling a church' are ecclesiastical heritage that needs an "
         "Italian export licence, declared as old glass at 150 EUR a panel; Italian wording",
         {"importer_name": "Kunsthandel Ticino AG", "importer_country": "CH"}),
        ("CUL-05", "import", "BEAIR01", "air", "JO", [], "BE", "691200",
         "Ceramic bowls, old, decorative, with ink writing inside in spiral, 12 pcs", "IQ", 9, 12, 180, "USD",
         "earthenware bowls with a spiral ink inscription are Aramaic incantation bowls (Sasanian Iraq), of Iraqi "
         "origin and sent from Amman, at 15 USD a bowl",
         {"importer_name": "Levant Antiques SPRL", "importer_country": "BE"}),
        ("CUL-06", "import", "DEAIR01", "air", "AE", [], "DE", "631090",
         "Alte Leinenstoffreste, gewebt, mit Wollwirkerei, 30 Stück", "EG", 2, 30, 150, "USD",
         "old linen fragments with woven wool tapestry bands are Coptic textiles from Egyptian burials, of Egyptian "
         "origin via Dubai, declared as rags; German wording",
         {"importer_name": "Textilantiquariat Rhein GmbH", "importer_country": "DE"}),
        ("CUL-07", "import", "BEAIR01", "express", "NG", [], "BE", "691390",
         "Statuette en terre cuite, tête humaine aux yeux percés, cassures anciennes, 1 pc", "NG", 6, 1, 120, "EUR",
         "a terracotta head with pierced eyes and old breaks is a Nok sculpture (ICOM Red List, West Africa) sent as a "
         "decorative statuette; French wording",
         person("M. Pierre Lambert", "BE")),
        ("CUL-08", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "691490",
         "Декоративни амфори, глинени, с клеймо на дръжката, 4 бр.", "UA", 60, 4, 200, "EUR",
         "amphorae with stamped handles and Ukrainian origin are Greek Black Sea (Bosporan) pieces from Crimean or "
         "southern Ukrainian sites, routed through Georgia and Turkey; Bulgarian wording",
         {"importer_name": "Antik Art Plovdiv EOOD", "importer_country": "BG"}),
        ("CUL-09", "import", "NLPOST01", "post", "TH", [], "NL", "490199",
         "Oud boek, gelakte bladen, goud en rood, Birmaans schrift, 1 st.", "MM", 3, 1, 45, "EUR",
         "lacquered gilt leaves in Burmese script are a kammavaca, a Buddhist monastic manuscript from Myanmar, posted "
         "from Thailand as an old book; Dutch wording",
         person("J. van Dijk", "NL")),
        ("CUL-10", "import", "DESEA01", "sea", "SD", ["EG"], "DE", "940360",
         "Household effects, used furniture, personal removal", "SD", 1800, None, 1500, "USD",
         "a Sudanese household removal whose second item is 9 'old painted clay pots' with Meroitic decoration: "
         "antiquities from a conflict zone (ICOM Red List) in personal effects",
         {"consignee_name": "Mr Osman Abdelrahim", "importer_country": "DE",
          "_more_items": [item("691200", "Old painted clay pots, household, 9 pcs", "SD", 40, 90, "USD", 9)]}),
    ],
    "strategic": [
        ("STR-01", "export", "NLAIR01", "air", "NL", [], "AE", "290519",
         "Pinacolyl alcohol (3,3-dimethyl-2-butanol), fragrance intermediate, 200 l drum, 1 pc", "NL", 165, 1, 9800,
         "EUR",
         "pinacolyl alcohol is a CWC Schedule 2 chemical (2B14, the soman precursor) declared as a fragrance "
         "intermediate to a Dubai trader without an export licence",
         {"importer_name": "Gulf Aroma Chemicals FZE", "importer_country": "AE"}),
        ("STR-02", "export", "ESSEA01", "sea", "ES", ["TR"], "SY", "282619",
         "Crema para grabar vidrio, base: bifluoruro de potasio KHF2, sacos 25 kg, 4 t", "ES", 4000, 160, 7200, "EUR",
         "potassium bifluoride (Australia Group precursor) in 4 t 'for glass etching cream' to Syria through Turkey; "
         "Spanish wording",
         {"importer_name": "Damascus Glass Industries", "importer_country": "SY"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", ["AE"], "IR", "292090",
         "Plasticiser additive TEP-3, triethyl phosphite, drums 200 l, 40 pcs", "BE", 7200, 40, 21000, "EUR",
         "triethyl phosphite (CWC Schedule 3, Australia Group) as a 'plasticiser additive' to Iran through the UAE",
         {"importer_name": "Pars Polymer Additives Co.", "importer_country": "IR"}),
        ("STR-04", "export", "FRAIR01", "air", "FR", [], "AE", "730441",
         "Tubes sans soudure, alliage Zircaloy-4, 12 x 0,6 mm, 200 pcs", "FR", 300, 200, 96000, "EUR",
         "Zircaloy-4 tubes are nuclear fuel cladding (NSG list) declared under the stainless-steel tube code to a "
         "Dubai trader; French wording",
         {"importer_name": "Emirates Industrial Tubes LLC", "importer_country": "AE"}),
        ("STR-05", "import", "HUROAD01", "road", "RS", [], "HU", "401120",
         "Truck tyres 315/80 R22.5, brand Belshina, origin Serbia, 400 pcs", "RS", 24000, 400, 52000, "EUR",
         "Belshina is the Belarusian state tyre maker: Belarusian tyres (EU sanctions) with a Serbian origin claim",
         {"importer_name": "Alföld Gumi Kft.", "importer_country": "HU"}),
        ("STR-06", "export", "DEAIR01", "air", "DE", [], "AE", "850519",
         "Lautsprechermagnete SmCo, ringförmig, AD 75 mm, 500 Stück, Endverwendung Iran", "DE", 210, 500, 45000, "EUR",
         "samarium-cobalt ring magnets of that size are gas-centrifuge parts (NSG dual-use); loudspeaker magnets are "
         "ferrite or neodymium; end use named as Iran; German wording",
         {"importer_name": "Jebel Ali Audio Components FZE", "importer_country": "AE"}),
        ("STR-07", "import", "SEPOST01", "post", "US", [], "SE", "340290",
         "Solvent trap cleaning kit, 1/2x28 thread, aluminium tube with 6 cups, 3 sets", "US", 3, 3, 450, "USD",
         "'solvent traps' threaded for a barrel with stacked cups are unfinished silencers (firearm parts) to a private "
         "person",
         person("Erik Lindqvist", "SE")),
        ("STR-08", "export", "ITSEA01", "sea", "IT", ["SG"], "MM", "281290",
         "Fosforo ossicloruro POCl3 99 %, ritardante di fiamma, fusti 250 kg, 10 t", "IT", 10000, 40, 14000, "EUR",
         "phosphorus oxychloride (CWC Schedule 3, Australia Group) as a 'flame retardant' to Myanmar (EU arms "
         "embargo) through Singapore; Italian wording",
         {"importer_name": "Yangon Chemical Supplies Co. Ltd", "importer_country": "MM"}),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "AE", "841199",
         "Turbine blades for power generation, P/N 1590M31 (CFM56-7B HPT), 80 pcs", "NL", 40, 80, 240000, "EUR",
         "CFM56 turbine blades (aircraft engine parts, subject to the Iran sanctions) declared for power generation "
         "to a Dubai trader supplying Iranian airlines",
         {"importer_name": "Al Nahda Aviation Trading LLC", "importer_country": "AE"}),
        ("STR-10", "export", "GRSEA01", "sea", "GR", ["TR"], "LY", "870323",
         "Land Cruiser 300, armoured B6, run-flat, cash-in-transit use, 4 pcs", "JP", 16000, 4, 720000, "EUR",
         "armoured B6 vehicles are military-list goods (ML6) to Libya under the UN arms embargo, declared as ordinary "
         "cars",
         {"importer_name": "Benghazi Security Services Co.", "importer_country": "LY"}),
    ],
    "wildlife": [
        ("WLD-01", "export", "PTAIR01", "air", "PT", ["QA"], "HK", "030199",
         "Live loach fry, ornamental, oxygenated bags, 50 kg", "PT", 50, None, 32000, "EUR",
         "'loach fry' at 640 EUR/kg out of Portugal in winter are glass eels (Anguilla anguilla, CITES II, EU export "
         "ban) via Doha to Hong Kong",
         {"importer_name": "Tai Po Aquatic Trading Co.", "importer_country": "HK"}),
        ("WLD-02", "import", "DEAIR01", "express", "CO", [], "DE", "010690",
         "Ranas de acuario, vivas, colores variados, 40 uds.", "CO", 1, 40, 120, "USD",
         "brightly coloured 'aquarium frogs' from Colombia are poison dart frogs (Dendrobatidae, CITES II) with no "
         "permit, by express to a private person; Spanish wording",
         person("Herr T. Schulz", "DE")),
        ("WLD-03", "import", "FRSEA01", "sea", "GA", [], "FR", "440729",
         "Bois rouge scié, 'padouk d'Afrique', kevazingo, 25 m3", "GA", 20000, None, 30000, "EUR",
         "kevazingo is bubinga (Guibourtia, CITES II, Gabon bans its export) named after the padauk it is sold as; "
         "French wording",
         {"importer_name": "Bois Tropicaux de l'Ouest SARL", "importer_country": "FR"}),
        ("WLD-04", "import", "NLSEA01", "sea", "AE", [], "NL", "440399",
         "Firewood billets, raktachandan, red heartwood, 18 t", "IN", 18000, None, 9000, "USD",
         "raktachandan is red sanders (Pterocarpus santalinus, CITES II, Indian export ban) as firewood via Dubai",
         {"importer_name": "Zeeland Timber Handel BV", "importer_country": "NL"}),
        ("WLD-05", "import", "NLPOST01", "post", "CN", [], "NL", "220890",
         "保健药酒 虎骨酒 500 ml, 12 瓶", "CN", 8, 12, 60, "USD",
         "'hu gu jiu' is tiger-bone wine (Panthera tigris, CITES I) as a health liquor to a private person; Chinese "
         "wording",
         person("Mw. L. Chen", "NL")),
        ("WLD-06", "import", "DEPOST01", "post", "ID", [], "DE", "911390",
         "Tali jam kulit biawak, 20 mm, 200 pcs (watch straps, calf leather)", "ID", 4, 200, 180, "USD",
         "'kulit biawak' is monitor-lizard skin (Varanus salvator, CITES II) as calf-leather watch straps; Indonesian "
         "wording",
         {"importer_name": "Uhrenarmband Handel Kern", "importer_country": "DE"}),
        ("WLD-07", "import", "FRAIR01", "air", "MG", [], "FR", "060290",
         "Plantes pour bonsaï, caudex, Pachypodium, racines nues, 150 pcs", "MG", 180, 150, 900, "EUR",
         "bare-root wild caudex Pachypodium from Madagascar (CITES II) without a permit, called bonsai plants; French "
         "wording",
         {"importer_name": "Jardin Exotique Provence", "importer_country": "FR"}),
        ("WLD-08", "import", "FRSEA01", "sea", "PH", [], "FR", "050800",
         "Coquillages décoratifs, bénitiers, grandes valves, 300 pcs", "PH", 3600, 300, 2400, "USD",
         "'bénitiers' are giant clam shells (Tridacnidae, CITES II) from the Philippines, whose export is banned; "
         "French wording",
         {"importer_name": "Déco Marine Import", "importer_country": "FR"}),
        ("WLD-09", "import", "ITAIR01", "air", "IN", ["AE"], "IT", "621420",
         "Scialli in pashmina, finissimi, passano in un anello, 20 pz.", "IN", 3, 20, 9000, "USD",
         "shawls that 'pass through a ring' at 450 USD each are shahtoosh (Tibetan antelope, CITES I) sold as "
         "pashmina; Italian wording",
         {"importer_name": "Tessuti Preziosi Milano Srl", "importer_country": "IT"}),
        ("WLD-10", "import", "BEAIR01", "air", "LK", [], "BE", "030571",
         "干鱼鳃 'peng yu sai', dried fish gill plates, 40 kg", "LK", 40, None, 14000, "USD",
         "'peng yu sai' are manta and mobula ray gill plates (CITES II) at 350 USD/kg as dried fish gills; Chinese "
         "name on the declaration",
         {"importer_name": "Antwerp Oriental Foods", "importer_country": "BE"}),
    ],
}

# Permitted rows: (id, domain, flow, office, mode, departure, destination, hs, description, origin, mass, quantity,
#  value, currency, documents, note); CONSIGNEES names the consignee of some of them.
base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESSEA01", "sea", "CN", "ES", "282919",
     "Sodium chlorate 99 %, for chlorine dioxide generation, bags 1 t, 20 t", "CN", 20000, 20, 15000, "USD",
     [("PRECURSOR_LICENCE", "ES-SGIE-28-0142")], "sodium chlorate for a pulp mill's ClO2 plant, licensed"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "FI", "SE", "360340",
     "Non-electric detonators, No. 8, UN 0360, 1.1B, 5,000 pcs", "FI", 220, 5000, 11000, "EUR",
     [("PRECURSOR_LICENCE", "SE-MSB-28-0309")], "detonators under their own code to a licensed mining blaster"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "KR", "854919",
     "End-of-life PV modules, for glass and silicon recovery, 22 t", "DE", 22000, None, 1100, "EUR",
     [("BASEL_CONSENT", "DE-UBA-28-0771")], "waste PV panels to a permitted recycler, notified"),
    ("PRM-04", "waste", "export", "ATROAD01", "road", "AT", "DE", "282739",
     "Spent pickling liquor, ferrous chloride, for regeneration, 24 t", "AT", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "AT-BMK-28-0233")], "spent pickling acid to a permitted regeneration plant, notified"),
    ("PRM-05", "ozone", "import", "ITAIR01", "air", "US", "IT", "290379",
     "CFC-113, laboratory reagent, analytical grade, 10 x 1 l", "US", 16, 10, 1200, "USD",
     [("ODS_LICENCE", "IT-ODS-28-0011")], "laboratory CFC-113 under an ODS licence for an oil-in-water analysis lab"),
    ("PRM-06", "ozone", "import", "BGROAD01", "road", "TR", "BG", "842410",
     "Fire suppression cylinders, HFC-227ea, 80 pcs", "TR", 3600, 80, 22000, "EUR",
     [("FGAS_QUOTA", "BG-FG-28-0057")], "HFC-227ea systems under a quota authorisation"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970690",
     "Stained-glass panel, 19th century, from a private chapel, 1 pc", "IT", 30, 1, 8500, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-UE-28-0192")], "a 19th-century stained-glass panel with its certificate"),
    ("PRM-08", "cultural", "import", "BEAIR01", "air", "GB", "BE", "970610",
     "Nok terracotta head, published 1985, ex-collection, with UK export licence, 1 pc", "NG", 7, 1, 42000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-28-0318")], "a documented Nok head with its UK export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "292090",
     "Triethyl phosphite 98 %, drums 200 l, 20 pcs", "DE", 3600, 20, 11000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-28-1044"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-28-0121")],
     "triethyl phosphite to an agrochemical maker under licence with an end-user certificate"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "KR", "730441",
     "Zircaloy-4 cladding tubes, 9.5 x 0.57 mm, 2,000 pcs", "FR", 2400, 2000, 720000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-28-0066"), ("END_USER_CERTIFICATE", "KR-NSSC-EUC-28-0019")],
     "cladding tubes to a fuel fabricator under licence"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "CO", "DE", "010690",
     "Dendrobates tinctorius, captive-bred, live, 20 pcs", "CO", 1, 20, 900, "USD",
     [("CITES_PERMIT", "CO-ANLA-28-0415")], "captive-bred dart frogs with a CITES permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MG", "FR", "060290",
     "Pachypodium lamerei, artificially propagated, in pots, 400 pcs", "MG", 600, 400, 2600, "EUR",
     [("CITES_PERMIT", "MG-MEDD-28-0087")], "nursery-propagated Pachypodium with a CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Celulosas del Cantábrico SA", "PRM-02": "Norrbotten Spräng AB", "PRM-03": "Hanil PV Recycling Co.",
    "PRM-04": "Beizsäure Regeneration Süd GmbH", "PRM-05": "Laboratorio Analisi Acque Srl",
    "PRM-07": "Fondation Vitrail Lausanne", "PRM-08": "Mr D. Peeters", "PRM-09": "Krishna Agrochem Ltd",
    "PRM-11": "Herr Jonas Weber", "PRM-12": "Pépinières Sud Exotiques",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (36 rows)
    ("390120", "HDPE, prime, blow-moulding grade, 25 kg bags", "export", ["sea"], ["IN", "VN", "EG"], (1.1, 1.4), (20000, 25000), ["EUR"], None, S),
    ("390210", "Polypropylene homopolymer, prime, raffia grade, 25 kg bags", "export", ["sea"], ["TR", "MA", "BD"], (1.0, 1.3), (20000, 25000), ["EUR"], None, S),
    ("390810", "Polyamide 6 chips, prime, textile grade", "import", ["sea"], ["CN", "TW"], (1.8, 2.4), (18000, 22000), ["USD"], None, S),
    ("391590", "PVC window-profile regrind, clean, colour-sorted, metal-free", "export", ["road"], ["UA", "RS"], (0.35, 0.5), (18000, 22000), ["EUR"], None, S),
    ("854143", "PV modules 410 W, new, IEC 61215/61730 certified, palletised", "export", ["sea"], ["NG", "GH", "SN"], (2.0, 2.8), (15000, 22000), ["EUR"], 0.048, S),
    ("852852", "LCD monitors 24 inch, new, retail boxed", "export", ["sea"], ["TZ", "KE", "NG"], (14, 22), (4000, 9000), ["EUR"], 0.2, S),
    ("844332", "Refurbished office printers, tested, with test reports and 12-month warranty", "export", ["sea"], ["NG", "GH"], (5, 8), (3000, 8000), ["EUR"], 0.025, S),
    ("382499", "Polyaluminium chloride, water-treatment grade, 25 kg bags", "import", ["sea"], ["CN", "TR"], (0.3, 0.45), (20000, 24000), ["USD"], None, S),
    ("250810", "Bentonite, drilling grade API 13A, new, 1 t big bags", "import", ["sea"], ["IN", "TR"], (0.15, 0.25), (22000, 26000), ["USD"], None, S),
    ("740400", "Copper scrap, bare bright wire, ISRI Barley, clean", "export", ["sea"], ["IN", "CN", "MY"], (7.5, 8.5), (18000, 22000), ["EUR", "USD"], None, S),
    ("401012", "Conveyor belts, new, steel-cord, on drums", "import", ["sea"], ["CN", "IN"], (6, 9), (8000, 16000), ["USD"], None, S),
    ("310221", "Ammonium sulphate 21 % N, crystalline, fertiliser", "import", ["sea"], ["CN", "EG"], (0.15, 0.25), (22000, 26000), ["USD"], None, S),
    ("283429", "Magnesium nitrate hexahydrate, fertigation grade, 25 kg bags, to a greenhouse grower", "import", ["sea"], ["CN", "IL"], (0.35, 0.55), (20000, 24000), ["USD", "EUR"], None, S),
    ("340290", "Coffee-machine descaler, citric acid based, 250 ml bottles", "import", ["road", "sea"], ["TR", "CN"], (3, 5), (2000, 6000), ["EUR", "USD"], 3.5, S),
    ("381190", "Octane booster, retail 325 ml, hydrocarbon based", "import", ["sea"], ["US"], (6, 9), (1500, 4000), ["USD"], 3, S),
    ("382499", "Instant cold packs, sealed, single use, first-aid", "import", ["sea"], ["CN", "TW"], (1.5, 2.5), (3000, 8000), ["USD"], 8, S),
    ("820719", "Rock drill bits, tungsten-carbide buttons, 38-45 mm", "import", ["sea", "road"], ["CN", "SE"], (5, 9), (1000, 4000), ["USD", "EUR"], 1.5, S),
    ("280920", "Phosphoric acid 85 %, food grade, IBC", "import", ["sea"], ["CN", "MA"], (0.8, 1.2), (20000, 24000), ["USD"], None, S),
    ("841861", "Air-to-water heat pumps, R-290, new", "import", ["sea"], ["CN"], (7, 10), (6000, 14000), ["USD"], 0.008, S),
    ("842410", "Inert-gas IG-541 fire suppression cylinders, new", "import", ["sea", "road"], ["TR", "CN"], (8, 12), (2000, 6000), ["EUR", "USD"], 0.012, S),
    ("271112", "Propane, LPG, ISO tank, UN 1978", "import", ["sea"], ["NO", "US"], (0.45, 0.6), (17000, 20000), ["USD", "EUR"], None, S),
    ("860900", "New dry containers 20 ft, ISO 1496", "import", ["sea"], ["CN"], (1.0, 1.4), (11000, 22000), ["USD"], 0.00045, S),
    ("870899", "Reproduction classic-car parts, seals and hoses", "import", ["express", "post"], ["US"], (15, 30), (3, 15), ["USD"], None, S),
    ("330290", "Fragrance compounds for perfumery, drums", "export", ["air", "sea"], ["AE", "SA"], (15, 30), (500, 3000), ["EUR"], None, S),
    ("283321", "Magnesium sulphate heptahydrate, Epsom bath salt, 25 kg bags", "import", ["sea"], ["CN", "IN"], (0.2, 0.35), (20000, 24000), ["USD"], None, S),
    ("730441", "Stainless seamless tubes 316L, cold drawn", "import", ["sea"], ["IN", "CN"], (6, 9), (8000, 16000), ["USD", "EUR"], None, S),
    ("850511", "Neodymium magnets N42 for loudspeakers", "import", ["air", "sea"], ["CN"], (40, 70), (200, 1500), ["USD"], None, S),
    ("960390", "Rifle cleaning kits, brass brushes and rods, retail", "import", ["sea"], ["US", "CN"], (15, 25), (300, 1500), ["USD"], 4, S),
    ("841199", "Industrial gas turbine parts, overhaul kit, to a power plant", "export", ["air", "sea"], ["SA", "QA", "DZ"], (200, 400), (200, 1500), ["EUR"], None, S),
    ("401120", "Truck tyres 315/80 R22.5, new, premium brand", "import", ["sea", "road"], ["TH", "RS"], (2.0, 2.8), (15000, 24000), ["EUR", "USD"], 0.017, S),
    ("440729", "Sawn padauk (Pterocarpus soyauxii), FSC certified", "import", ["sea"], ["CM", "GA"], (1.0, 1.4), (18000, 24000), ["EUR"], None, S),
    ("050800", "Cuttlebone for cage birds", "import", ["sea", "air"], ["IN", "VN"], (3, 6), (500, 3000), ["USD"], None, S),
    ("621420", "Merino wool shawls, printed", "import", ["air", "express"], ["IN", "NP"], (40, 70), (20, 300), ["USD"], 5, S),
    ("030572", "Dried cod maws, Atlantic cod", "import", ["sea", "air"], ["IS", "NO"], (25, 40), (200, 1500), ["EUR"], None, S),
    ("691390", "New ceramic folk-art figurines, painted", "import", ["sea", "post"], ["PE", "MX"], (6, 12), (20, 2000), ["USD"], 4, S),
    ("701690", "Leaded stained-glass panels, new, made to order", "export", ["road"], ["CH", "NO"], (60, 100), (50, 400), ["EUR"], 0.1, S),
    ("691200", "Hand-painted ceramic bowls, new, Rishtan ware", "import", ["sea", "post"], ["UZ", "TR"], (8, 15), (20, 3000), ["USD"], 2, S),
    ("060290", "Ficus bonsai, nursery grown, in pots", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], 0.5, S),
    ("220890", "Baijiu, 52 % vol, 500 ml bottles", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 1.1, S),
    ("911390", "Calf-leather watch straps, 20 mm", "import", ["air", "post"], ["CN", "IN"], (60, 120), (5, 200), ["USD"], 40, S),
    # everyday trade
    ("090111", "Green coffee beans, arabica", "import", ["sea"], ["BR", "CO", "ET"], (4, 6), (19000, 21000), ["USD"], None, N),
    ("090121", "Roasted coffee beans, 1 kg bags", "import", ["post", "express"], ["CO", "ET", "GT"], (20, 35), (2, 20), ["USD", "EUR"], None, N),
    ("080390", "Bananas, fresh", "import", ["sea"], ["EC", "CR", "CO"], (0.6, 0.9), (20000, 22000), ["USD"], None, N),
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.7, 1.0), (20000, 24000), ["EUR", "USD"], None, N),
    ("070200", "Tomatoes, fresh", "import", ["road"], ["MA", "TR"], (1.0, 1.6), (18000, 22000), ["EUR"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["TH", "EC", "PH"], (4, 6), (18000, 22000), ["USD"], None, N),
    ("030617", "Frozen shrimp, vannamei", "import", ["sea"], ["EC", "IN", "VN"], (6, 9), (18000, 24000), ["USD"], None, N),
    ("100630", "Rice, basmati, milled", "import", ["sea"], ["IN", "PK"], (0.9, 1.3), (22000, 26000), ["USD"], None, N),
    ("151110", "Crude palm oil", "import", ["sea"], ["ID", "MY"], (0.8, 1.1), (22000, 26000), ["USD"], None, N),
    ("170199", "White cane sugar", "export", ["sea"], ["DZ", "LY", "IL"], (0.5, 0.7), (22000, 26000), ["EUR"], None, N),
    ("180100", "Cocoa beans, fermented", "import", ["sea"], ["CI", "GH", "EC"], (6, 9), (20000, 24000), ["USD"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2.5, 3.5), (20000, 24000), ["USD"], None, N),
    ("210690", "Food supplements, vitamin capsules, retail", "import", ["post", "express"], ["US", "GB"], (40, 90), (1, 8), ["USD", "GBP"], None, N),
    ("220421", "Wine, red, bottled 0.75 l", "export", ["sea", "road"], ["US", "CN", "CH"], (4, 9), (8000, 18000), ["EUR"], 1.3, N),
    ("220300", "Beer, bottled", "export", ["sea", "road"], ["GB", "US", "CH"], (1.0, 1.6), (18000, 22000), ["EUR"], None, N),
    ("230910", "Dog and cat food, dry, retail bags", "import", ["road"], ["RS", "UA"], (1.5, 2.5), (15000, 22000), ["EUR"], None, N),
    ("330499", "Skin creams, retail", "import", ["post", "express"], ["KR", "US", "GB"], (40, 80), (1, 6), ["USD", "EUR"], None, N),
    ("330510", "Shampoo, retail bottles", "import", ["sea"], ["TR", "TH"], (2.5, 4), (10000, 18000), ["USD", "EUR"], None, N),
    ("340111", "Toilet soap, bars", "import", ["sea"], ["TR", "ID"], (1.5, 2.5), (15000, 20000), ["USD"], None, N),
    ("392321", "PE carrier bags, printed", "import", ["sea"], ["VN", "MY"], (2, 3), (10000, 16000), ["USD"], None, N),
    ("392690", "Phone cases, silicone", "import", ["post", "express"], ["CN", "HK"], (20, 60), (1, 10), ["USD"], 15, N),
    ("401110", "Car tyres 205/55 R16, new", "import", ["sea"], ["CN", "TH", "RS"], (2.5, 3.5), (14000, 20000), ["USD", "EUR"], 0.11, N),
    ("420221", "Handbags, leather outer surface", "import", ["air", "express"], ["IT", "CN", "IN"], (80, 200), (5, 300), ["EUR", "USD"], 1.5, N),
    ("441829", "Wooden doors, interior, primed", "import", ["sea", "road"], ["UA", "VN"], (2, 3.5), (10000, 16000), ["EUR", "USD"], 0.05, N),
    ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (2, 3), (5000, 10000), ["USD"], 8, N),
    ("470321", "Bleached softwood kraft pulp", "import", ["sea"], ["BR", "CL", "CA"], (0.7, 0.9), (22000, 26000), ["USD"], None, N),
    ("490110", "Books, printed, paperback", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 12), ["GBP", "USD"], 2, N),
    ("490300", "Children's picture books", "import", ["sea"], ["CN"], (3, 5), (5000, 10000), ["USD"], None, N),
    ("520512", "Cotton yarn, combed, single", "import", ["sea"], ["PK", "IN", "UZ"], (2.5, 3.5), (18000, 22000), ["USD"], None, N),
    ("611020", "Cotton sweaters, knitted", "import", ["sea"], ["BD", "KH"], (10, 16), (4000, 9000), ["USD"], 2.5, N),
    ("610462", "Women's cotton trousers, knitted", "import", ["post", "express"], ["CN", "TR"], (20, 40), (1, 5), ["USD", "EUR"], 3, N),
    ("620520", "Men's cotton shirts, woven", "import", ["sea"], ["BD", "VN", "IN"], (12, 20), (3000, 8000), ["USD"], 4, N),
    ("640411", "Sports shoes, textile uppers", "import", ["sea", "express"], ["VN", "ID", "CN"], (15, 30), (2, 8000), ["USD"], 1.2, N),
    ("650500", "Knitted hats and caps", "import", ["sea"], ["CN", "BD"], (8, 14), (2000, 5000), ["USD"], 10, N),
    ("680221", "Marble slabs, polished", "import", ["sea"], ["TR", "IN"], (0.4, 0.8), (22000, 26000), ["USD", "EUR"], None, N),
    ("691110", "Porcelain dinnerware, sets", "import", ["sea"], ["CN", "TH"], (2.5, 4.5), (8000, 14000), ["USD"], None, N),
    ("700711", "Toughened safety glass for cars", "import", ["sea"], ["CN", "TR"], (3, 5), (5000, 10000), ["USD"], None, N),
    ("711319", "Gold jewellery, 18 ct, finished", "import", ["air"], ["IT", "TR", "AE"], (40000, 55000), (2, 20), ["EUR", "USD"], None, N),
    ("720851", "Hot-rolled steel plate, over 10 mm", "import", ["sea"], ["KR", "IN", "TR"], (0.6, 0.8), (24000, 26000), ["USD"], None, N),
    ("731815", "Steel bolts and screws", "import", ["sea"], ["CN", "TW"], (1.5, 2.5), (15000, 22000), ["USD"], None, N),
    ("732111", "Gas cookers, household", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.03, N),
    ("761010", "Aluminium window frames", "export", ["road"], ["CH", "NO", "RS"], (6, 10), (3000, 8000), ["EUR"], None, N),
    ("820559", "Hand tools, assorted sets", "import", ["sea"], ["CN", "TW"], (3, 5), (8000, 14000), ["USD"], None, N),
    ("841510", "Split air conditioners, R-32, new", "import", ["sea"], ["CN", "TH"], (5, 7), (10000, 16000), ["USD"], 0.025, N),
    ("841821", "Household refrigerators, R-600a", "import", ["sea", "road"], ["TR", "CN"], (3, 4.5), (10000, 16000), ["EUR", "USD"], 0.016, N),
    ("843311", "Lawn mowers, electric", "import", ["sea"], ["CN"], (5, 8), (5000, 10000), ["USD"], 0.05, N),
    ("847130", "Laptops, new, retail boxed", "import", ["air"], ["CN", "TW"], (150, 300), (200, 2000), ["USD"], 0.5, N),
    ("850440", "Power supplies and chargers", "import", ["sea", "air"], ["CN", "VN"], (15, 30), (1000, 5000), ["USD"], 5, N),
    ("851830", "Headphones, wireless", "import", ["post", "express"], ["CN", "HK"], (60, 150), (1, 5), ["USD"], 4, N),
    ("852589", "Action cameras, consumer", "import", ["express"], ["CN", "HK"], (150, 300), (1, 20), ["USD"], 6, N),
    ("870380", "Electric passenger cars, new", "import", ["sea"], ["CN", "KR"], (13, 20), (16000, 22000), ["EUR", "USD"], 0.0005, N),
    ("871160", "Electric bicycles, new", "import", ["sea"], ["CN", "TW"], (25, 40), (3000, 8000), ["USD", "EUR"], 0.04, N),
    ("890331", "Motorboats, inboard, under 7.5 m, new", "export", ["sea", "road"], ["NO", "GB", "TR"], (15, 30), (800, 3000), ["EUR"], 0.001, N),
    ("900410", "Sunglasses", "import", ["air", "post"], ["CN", "IT"], (60, 150), (2, 300), ["USD", "EUR"], 30, N),
    ("910211", "Wrist watches, quartz, mechanical display", "import", ["air", "express"], ["CN", "HK", "CH"], (200, 800), (1, 50), ["USD", "CHF"], 15, N),
    ("920210", "Violins and other bowed string instruments, new", "import", ["sea", "express"], ["CN", "RO"], (60, 150), (2, 400), ["USD", "EUR"], 0.8, N),
    ("940171", "Upholstered metal-frame chairs", "import", ["sea"], ["CN", "PL"], (4, 7), (6000, 12000), ["USD", "EUR"], None, N),
    ("940350", "Wooden bedroom furniture", "import", ["sea"], ["VN", "MY"], (2.5, 4), (8000, 14000), ["USD"], None, N),
    ("940542", "LED lamps and fittings", "import", ["sea"], ["CN"], (8, 15), (3000, 8000), ["USD"], None, N),
    ("950450", "Video game consoles", "import", ["air", "sea"], ["CN", "VN"], (80, 150), (500, 3000), ["USD"], 0.3, N),
    ("950691", "Fitness equipment, treadmills", "import", ["sea"], ["CN", "TW"], (3, 5), (6000, 12000), ["USD"], None, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 60, N),
    ("961900", "Baby diapers", "import", ["road", "sea"], ["TR", "RS"], (3, 4.5), (8000, 14000), ["EUR"], None, N),
    ("300490", "Medicines, packaged, retail, to a licensed wholesaler", "import", ["air"], ["CH", "IN", "US"], (50, 200), (200, 2000), ["EUR", "USD", "CHF"], None, N),
    ("300220", "Vaccines, human, cold chain", "import", ["air"], ["US", "BE", "IN"], (500, 2000), (50, 500), ["USD", "EUR"], None, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind12", 20280301, HERE)


if __name__ == "__main__":
    main()
