#!/usr/bin/env python3
"""Writes the two-hundred-and-eleventh blind set (tests/risk/data/blind211-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 May - 26 June 2061, with goods, routes, languages and disguise families found,
where possible, in none of the earlier sets, and an emphasis on a kind of trade rather than a
region: metals and metalworking (foundries and smelters, scrap yards and non-ferrous dealers,
steel service centres, plating and heat-treatment shops, machine shops, toolmakers, cutlers and
knife-makers' suppliers). Written by a person who had not read the profile packs (nor any rule
file) and had not run the engine on it, and committed before any change measured on it, to be
measured once on its packs. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table, as are waste and scrap. Disguised rows carry a consignee name only where a
real declaration would. Ids are BL211-*:

    python3 tests/risk/data/make_blind211_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2061, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2061
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "GB", [], "DE", "382499",
         "Case hardening compound, Kasenit-type, 6 x 500 g tins, for hobby blacksmithing", "GB", 3.2, 6, 36, "GBP",
         "case-hardening compound is a grey, gritty, carbon-rich powder that blackens the fingers and smokes on red-hot "
         "steel; these six tins hold shiny white crystals that leave no mark, taste cool and salty, and spit violet "
         "sparks and flare when a pinch falls on the forge scale: potassium chlorate (Annex I above 40 %), posted from "
         "Sheffield to a private person in Kassel, a hobby blacksmith; UK English wording (potassium chlorate repeats "
         "in many sets; a Kasenit-type case-hardening label was found in no earlier row by a keyword search, although "
         "case-hardening salts appear as waste in a few)", person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "FRAIR01", "express", "JP", [], "FR", "340399",
         "高分子焼入れ剤 (PAG系) 濃縮液、刃物用、1リットル x 3本", "JP", 3.6, 3, 9000, "JPY",
         "a polyalkylene-glycol quenchant concentrate is a viscous, faintly yellow, soapy liquid that clouds when warmed; "
         "these three bottles hold a water-thin, water-clear liquid of 1.20 kg/l under vented caps that whitens and "
         "stings the skin and foams on a cut: about 50 % hydrogen peroxide (Annex I above 12 %), sent by express from "
         "Seki to a private knife-maker in Thiers, although oxidising liquids travel by express only as declared "
         "dangerous goods; Japanese wording (hydrogen peroxide repeats in many sets; a heat-treatment quenchant label "
         "was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-03", "import", "NLAIR01", "express", "CA", [], "NL", "321590",
         "Machinist's layout fluid, steel blue, 4 x 946 ml (1 qt) cans", "CA", 4.4, 4, 96, "CAD",
         "layout fluid (marking blue) is a thin, dark-blue, alcohol-smelling dye that dries on steel in seconds; these "
         "four cans hold an undyed, water-clear, oily liquid of 1.14 kg/l with a fruity smell that does not dry and "
         "whose filler's drum number on the invoice annex is UN 1261: nitromethane (Annex I above 16 %), sent by "
         "express from Ontario to a private hobby machinist in Eindhoven, undeclared as a flammable liquid; Canadian "
         "English wording (nitromethane repeats in many sets; a layout-fluid label was found in no earlier row by a "
         "keyword search)", person("M. Bakker", "NL")),
        ("PRE-04", "import", "IEPOST01", "post", "AU", [], "IE", "381090",
         "Aluminium cover & degassing flux, 4 x 1 kg tubs, for backyard casting", "AU", 4, 4, 80, "AUD",
         "aluminium cover flux is a pink or grey powder of chlorides and fluorides that cakes in damp air and "
         "smells of nothing; these tubs hold clear, colourless crystals that draw damp, flare yellow and crackle with "
         "sawdust on a hot plate and read 'NaClO3' on the inner bags: sodium chlorate (Annex I above 40 %), posted "
         "from Queensland to a private hobby caster in Cork; Australian English wording (sodium chlorate repeats in "
         "many sets; a foundry cover-flux label was found in no earlier row by a keyword search)",
         person("Mr D. Murphy", "IE")),
        ("PRE-05", "import", "GRSEA01", "sea", "IN", [], "GR", "282710",
         "जस्ता अमोनियम क्लोराइड फ्लक्स (गैल्वनाइजिंग हेतु), 25 किलो बैग, 800 बैग", "IN", 20000, 800, 7200, "USD",
         "zinc ammonium chloride galvanizing flux is a white, crystalline, hygroscopic double salt that fumes white "
         "and leaves a zinc crust when heated; these bags hold hard white prills that turn ice-cold in water, leave "
         "nothing when heated but melt and fume, and test at 34 % nitrogen, for a Thessaloniki farm-and-hardware "
         "wholesaler that repacks 5 kg bags for the public: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Mundra; Hindi wording (ammonium nitrate repeats in many "
         "sets; a galvanizing-flux label was found in no earlier row by a keyword search)",
         firm("Delta Agrotechniki AE", "GR")),
        ("PRE-06", "transit", "DESEA01", "sea", "CN", ["DE"], "MZ", "831120",
         "药芯焊丝 E71T-1, 1.2 毫米, 15 公斤/盘, 80 盘", "CN", 1200, 80, 2400, "USD",
         "flux-cored welding wire is a copper-coloured steel tube 1.2 mm thick, magnetic, on wire-basket spools; "
         "these 80 spools are not magnetic and hold a 5 mm, orange plastic-sheathed cord with a white powder core, "
         "marked '10 g/m' under the labels: detonating cord (PETN, UN 0065, class 1.1D), moved without the "
         "explosives-transfer documents and undeclared as dangerous goods, landed at Hamburg in transit from Qingdao "
         "to Nacala for a 'mining contractor' near Cabo Delgado; Chinese wording (detonating cord repeats in many "
         "sets; a flux-cored welding-wire label was found in no earlier row by a keyword search)",
         {"importer_country": "MZ"}),
        ("PRE-07", "import", "PLAIR01", "air", "TW", [], "PL", "381010",
         "不鏽鋼焊道電解清洗液, 5公升 x 200桶", "TW", 1400, 200, 3000, "USD",
         "stainless weld-cleaning electrolyte for brush cleaners is a phosphoric-acid gel or liquid, clear and odourless "
         "at about 1.3 kg/l; these cans hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and "
         "eats a copper coin, for a Łódź welding-supplies web shop that sells 5 l cans to hobby welders: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Taipei; Chinese "
         "(Taiwan) wording (nitric acid repeats in many sets and passivation labels in a few; weld cleaning once, on "
         "machines, blind198; a weld-cleaning electrolyte label was found in no earlier row by a keyword search)",
         firm("Vega Spawalnictwo Sp. z o.o.", "PL")),
        ("PRE-08", "import", "DKPOST01", "post", "NO", [], "DK", "381090",
         "Sveiseflussmiddel for smisveising (boraksfritt), 4 x 1 kg", "NO", 4, 4, 600, "NOK",
         "forge-welding flux is a glassy, gritty borax-type powder that fuses to a clear glaze on yellow-hot steel; "
         "these four bags hold a fine white powder that draws damp and clumps, does not glaze, and burns fiercely with "
         "charcoal dust: sodium perchlorate (Annex I above 40 %), posted from Bergen to a private knife-maker in "
         "Odense; Norwegian wording (sodium perchlorate repeats in many sets and borax-type forge-flux labels in a "
         "few, on cyanide waste; a forge-welding flux by post from Norway to Denmark is the new part as far as a "
         "search found)", person("Hr. J. Nielsen", "DK")),
        ("PRE-09", "import", "ITAIR01", "air", "TH", [], "IT", "252020",
         "ผงปูนหล่อเครื่องประดับ (investment powder), ถุง 1 กก., 400 ถุง", "TH", 400, 400, 1600, "USD",
         "jewellers' investment is a fine, soft, gypsum-bonded silica powder that sets hard within minutes of mixing "
         "with water; these 400 bags hold a heavier, gritty white powder that does not set, barely dissolves and "
         "burns fiercely with sugar, with 'KClO4' on the inner liners, for a Vicenza jewellery-supplies web shop that "
         "sells 1 kg bags to hobby jewellers: potassium perchlorate (Annex I above 40 %) retail-packed for members of "
         "the public, flown from Bangkok; Thai wording (potassium perchlorate repeats in many sets and a jewellers' "
         "investment-powder label once, blind69, kept as a repeat; from Thailand to a Vicenza web shop is the new "
         "part as far as a search found)", firm("Orion Forniture Orafe Srl", "IT")),
        ("PRE-10", "import", "SKROAD01", "road", "UA", [], "SK", "790700",
         "Цинкові аноди для гальваніки, кулі 25 мм, 200 кг", "UA", 200, None, 900, "EUR",
         "a hobby-plating supply lorry for a Košice web shop that sells plating kits to the public: zinc anodes and "
         "brighteners are what such shops sell, but the third item's 'пасивуючий розчин' (blue passivate, normally a "
         "pale-blue chromium(III) liquid) is 300 water-clear litre bottles with vented caps that foam on a cut and "
         "whiten the skin: about 35 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, "
         "hidden as the last item of a three-item declaration, at Vyšné Nemecké; Ukrainian wording (hydrogen "
         "peroxide repeats in many sets and a passivation wording once, blind40; behind plating supplies on a "
         "Ukrainian lorry is the new part as far as a search found)",
         dict(firm("Orion Galvano s.r.o.", "SK"),
              _more_items=[item("382499", "Блискоутворювач для лужного цинкування, каністри 5 л, 40 шт.", "UA", 220, 800, "EUR", qty=40),
                           item("382499", "Пасивуючий розчин синій, пляшки 1 л, 300 шт.", "UA", 340, 450, "EUR", qty=300)])),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "250100",
         "Viehsalz (Lecksalz), grob, Big Bags, 22 t", "DE", 22000, None, 1100, "EUR",
         "cattle lick salt is clean white or pink rock salt that tastes of salt; these bags hold grey-black, fused "
         "chunks with iron scale and wire hooks in them that smell of bitter almonds and ammonia when wet and read "
         "cyanide and barium, dug out of the salt-bath pots of a Stuttgart heat-treatment shop: spent cyanide-bearing "
         "hardening salts (11 03 01*), hazardous waste whose export to a non-OECD country is banned, on a lorry through "
         "Austria and Hungary to a Novi Sad 'feed trader'; German wording (spent hardening salts repeat in several "
         "sets, kept as a repeat of the good; a cattle-lick-salt label was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "340319",
         "Olio emulsionabile per lavorazioni meccaniche, concentrato, cisternette 1000 l, 20 pz", "IT", 19000, 20, 9500,
         "EUR",
         "soluble cutting-oil concentrate is a clear, amber, oily liquid that turns milky only when mixed with water; "
         "these 20 IBCs hold a grey, already milky, rancid-smelling emulsion with a floating layer of tramp oil and a "
         "sediment of swarf fines, about 95 % water, pumped out of the machine sumps of a Brescia turning shop: spent "
         "water-miscible machining emulsions (12 01 09*), hazardous waste whose export to a non-OECD country is "
         "banned, from Genoa to Sfax for a 'machine-tool dealer'; Italian wording (spent emulsions under cutting-oil-"
         "concentrate labels repeat in three sets, blind96, blind114 and blind172, kept as a repeat; from Italy to "
         "Tunisia is the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "SN", "250810",
         "Bentonite sodique activée pour sable de moulage, big bags, 24 t", "FR", 24000, None, 2400, "EUR",
         "foundry bentonite is a dry, cream-to-grey, flour-fine clay that swells and turns slippery in water; these "
         "bags hold damp, grey-green, cracked filter cake that does not swell, smells of ammonia and reads nickel, "
         "chromium, zinc and cyanide, from the effluent plant of a Lyon electroplating shop: galvanic sludge "
         "(11 01 09*), hazardous waste whose export to a non-OECD country is banned, from Le Havre to Dakar for a "
         "'foundry'; French wording (galvanic sludge repeats in many sets under pigment and oxide labels; a foundry-"
         "bentonite label was found in no earlier row on this good by a keyword search)", {"importer_country": "SN"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "PK", "851420",
         "Gebrauchte Mittelfrequenz-Induktionsschmelzanlage, 2-t-Tiegel, komplett, 1 Satz", "DE", 14000, 1, 38000, "EUR",
         "a closed Ruhr iron foundry's induction-melting plant for a Lahore steel re-roller: used furnaces and cooling "
         "towers are what such buyers take, but the third item's 'Kondensatorbatterie' is 60 rusty 1970s capacitor "
         "cans from the furnace's tank circuit, leaking an oily, chlorine-smelling liquid through cracked seals, with "
         "nameplates reading 'Clophen': capacitors containing PCBs (16 02 09*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Hamburg to Karachi; "
         "German wording (PCB capacitors repeat in many sets; inside a used induction-furnace plant for Pakistan is "
         "the new part as far as a search found)",
         dict({"importer_country": "PK"},
              _more_items=[item("841989", "Geschlossener Kühlturm für Induktionsofen, gebraucht, 1 Stück", "DE", 3200, 4000, "EUR", qty=1),
                           item("853210", "Kondensatorbatterie für Schwingkreis, gebraucht, 60 Stück", "DE", 4800, 1200, "EUR", qty=60)])),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "IN", "680422",
         "Slipslam, torkat, för återvinning av slipkorn, storsäckar, 20 t", "SE", 20000, None, 2000, "EUR",
         "a grinding-grit recovery trade would bring clean, sieved corundum grain; these bags hold a brown-grey, oily, "
         "rust-streaked sludge of steel fines, broken grinding-wheel grit and emulsion residue that smokes when lit, "
         "from a Gothenburg bearing-ring grinding line, declared under grinding wheels: oily grinding sludge "
         "(12 01 18*), hazardous waste whose export to a non-OECD country is banned, from Gothenburg to Chennai; "
         "Swedish wording (grinding sludge repeats in several sets, kept as a repeat of the good; a grit-recovery "
         "label under a grinding-wheel code is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "IN", "720449",
         "Shredded steel scrap, ISRI 211, clean, 1 x 40' container, 26 t", "IE", 26000, None, 9100, "EUR",
         "ISRI 211 shredded scrap is dry, fist-sized, bright pieces of shredded steel; this container holds crushed oil "
         "filters from Irish garages and plant-hire yards, still wet with black engine oil that pools on the "
         "container floor, with paper elements and rubber seals: waste oil filters (16 01 07*), hazardous waste whose "
         "export to a non-OECD country is banned, from Dublin to Nhava Sheva for a 'steel mill'; Irish English "
         "wording (oil filters repeat in several sets, kept as a repeat of the good; from Ireland under a shredded-"
         "scrap grade is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "BD", "283329",
         "Sulfato básico de crómio em solução, 33 % basicidade, para curtumes, 20 IBC", "PT", 24000, 20, 7200, "EUR",
         "basic chromium sulphate liquor for tanning is a dark green solution of trivalent chromium; these IBCs hold a "
         "dark red-orange, strongly oxidising liquid that burns the skin and turns a diphenylcarbazide swab violet, "
         "pumped out of a Porto hard-chrome plating line: spent chromic-acid plating bath with hexavalent chromium "
         "(11 01 98*), hazardous waste whose export to a non-OECD country is banned, from Leixões to Chattogram for a "
         "Savar 'tannery'; Portuguese wording (spent plating baths repeat in several sets; a tanning-chrome label was "
         "found in no earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-08", "export", "SKROAD01", "road", "SK", [], "UA", "250870",
         "Šamotová drť (lomový šamot), frakcia 0-3 mm, big-bagy, 22 t", "SK", 22000, None, 1800, "EUR",
         "chamotte grog is crushed, pale-buff fired clay, light and uniform; these bags hold heavy, grey and yellow "
         "fragments of used fire-assay crucibles and bone-ash cupels, some with glassy lead slag and beads of lead in "
         "them, reading about 20 % lead, from a Kremnica precious-metal refinery's assay laboratory: lead-bearing "
         "refractory waste (16 11 03*), hazardous waste whose export to a non-OECD country is banned, at Vyšné "
         "Nemecké for a Mukachevo 'ceramics works'; Slovak wording (chamotte and grog labels repeat in a few sets, "
         "on other wastes, and used fire-assay crucibles once, blind188, kept as a repeat; cupels from Slovakia to "
         "Ukraine are the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "750210",
         "Σκραπ κράματος νικελίου, συμπιεσμένα δέματα, 18 t", "GR", 18000, None, 27000, "EUR",
         "nickel-alloy scrap is bright, heavy turnings or solids at 5-10 EUR/kg; these bales are crushed steel boxes of "
         "industrial nickel-cadmium cells from Greek railway and standby-power battery rooms, still holding caustic "
         "electrolyte that weeps white crust, declared under unwrought nickel at 1.5 EUR/kg: waste nickel-cadmium "
         "batteries (16 06 02*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to "
         "Alexandria; Greek wording (nickel-cadmium batteries repeat in many sets and nickel-scrap labels in a few; "
         "from Greece to Egypt under a primary-nickel code is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "HUROAD01", "road", "HU", [], "RS", "282110",
         "Fekete vas-oxid pigment (magnetit), zsákos, 20 t", "HU", 20000, None, 5000, "EUR",
         "black iron-oxide pigment is a dense, jet-black, magnetic powder; these bags hold a light, fluffy grey-white "
         "dust that a magnet ignores and that reads 40 % zinc, 6 % lead and cadmium, emptied from the baghouse filters "
         "of a Székesfehérvár brass foundry: copper-alloy foundry flue dust (10 10 09*, 10 06 03*), hazardous waste "
         "whose export to a non-OECD country is banned, at Röszke for a Subotica 'paint maker'; Hungarian wording "
         "(foundry and baghouse dusts repeat in several sets, usually under zinc-oxide labels; a magnetite-pigment "
         "label is the new part as far as a search found)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "IN", [], "IT", "382499",
         "Anti-spatter spray, solvent based, non-silicone, 400 ml, 4,800 cans", "IN", 2600, 4800, 4300, "USD",
         "anti-spatter sprays sold in the Union are water-based or hydrocarbon aerosols that burn at the nozzle; these "
         "cans do not burn, give off a sweet, chloroform-like smell and hold 1.32 kg/l, and the filler's labels under "
         "the stickers read '1,1,1-Trichloroethane': methyl chloroform, products containing an ozone-depleting "
         "substance whose import into the Union is banned, by sea from Mumbai to La Spezia for a welding-supplies "
         "dealer; Indian English wording (methyl chloroform repeats in many sets, as a tapping fluid among others; an "
         "anti-spatter label was found in no earlier row by a keyword search)", firm("Alpina Saldatura Srl", "IT")),
        ("OZN-02", "import", "PTSEA01", "sea", "BR", [], "PT", "382499",
         "Veículo para ensaio por partículas magnéticas, base solvente, tambores 200 l, 12", "BR", 3800, 12, 6000, "USD",
         "a magnetic-particle inspection carrier is a light petroleum distillate of about 0.78 kg/l that smells of "
         "kerosene and burns; these drums hold 1.59 kg/l of a non-flammable, sweet-smelling liquid that sinks under "
         "water, and the drum heads are stamped 'CCl4' under the paint: carbon tetrachloride, whose import into the "
         "Union is banned outside licensed laboratory and feedstock uses, by sea from Santos to Lisbon for a "
         "weld-inspection firm; Brazilian Portuguese wording (carbon tetrachloride repeats in many sets and a "
         "penetrant-remover label once; magnetic-particle carrier labels twice, blind191 and blind198, kept as a "
         "repeat; from Brazil to Portugal is the new part as far as a search found)", firm("Atlantic Ensaios Lda", "PT")),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "842410",
         "D类金属火灾灭火器 (氯化钠干粉), 9 公斤, 120 具", "CN", 1800, 120, 6000, "USD",
         "a class D metal-fire extinguisher holds a heavy sodium-chloride or copper powder that rattles, with a low-"
         "velocity lance; these 120 units slosh, have no lance, spray a liquid that vanishes into a heavy gas and "
         "their valves are stamped 'BCF': halon 1211, products containing an ozone-depleting substance whose import "
         "into the Union is banned, on the Chongqing train to Małaszewicze for a Czech magnesium-machining shop's "
         "Polish agent; Chinese wording (halon 1211 repeats in many sets and extinguisher labels in many; a class D "
         "metal-fire label was found in no earlier row by a keyword search)", firm("Horizon Bezpieczeństwo Sp. z o.o.", "PL")),
        ("OZN-04", "import", "GRROAD01", "road", "MK", [], "GR", "841989",
         "Индустриски чилер за индукциско калење, користен, без средство за ладење, 2 парчиња", "MK", 1400, 2, 6000, "EUR",
         "used process chillers sold as emptied carry no refrigerant and a recovery sticker; these two, from a "
         "Skopje induction-hardening line, read 14 bar on the gauges, hold about 30 kg of refrigerant each and their "
         "plates read 'R22': equipment containing HCFC-22, whose placing on the Union market is banned, in a van at "
         "Evzoni for a Thessaloniki gear-cutting shop; Macedonian wording (R-22 equipment repeats in many sets; "
         "induction-hardening chillers from North Macedonia are the new part as far as a search found)",
         firm("Delta Mechaniki AE", "GR")),
        ("OZN-05", "import", "SISEA01", "sea", "KR", [], "SI", "281129",
         "이산화황 (SO2) 커버가스, 마그네슘 다이캐스팅용, 50 kg 실린더, 40 본", "KR", 2000, 40, 4000, "USD",
         "sulphur dioxide for magnesium cover gas is a pungent, choking gas that fumes on a damp swab; these "
         "cylinders smell of nothing, read 5.7 bar at 20 °C and the gas chromatograph of the head-space gives "
         "1,1,1,2-tetrafluoroethane: HFC-134a placed on the Union market without quota or registration (Regulation "
         "2024/573), by sea from Busan to Koper for a Slovenian magnesium die-caster; Korean wording (magnesium "
         "die-casting cover gas repeats in a few sets, always SF6; HFC-134a under a sulphur-dioxide label was found "
         "in no earlier row by a keyword search)", firm("Alpina Tlačni Liv d.o.o.", "SI")),
        ("OZN-06", "import", "CZAIR01", "air", "VN", [], "CZ", "340399",
         "Chất tách khuôn đúc áp lực, đậm đặc, gốc dung môi, can 20 lít, 60 can", "VN", 1450, 60, 2400, "USD",
         "a die-casting release agent concentrate is a milky, water-dilutable wax emulsion or a flammable "
         "hydrocarbon; these cans hold a clear, non-flammable liquid of 1.24 kg/l that boils away on the hand with a "
         "sweet, ether-like smell and reads 1,1-dichloro-1-fluoroethane on a test: HCFC-141b, whose import into the "
         "Union is banned, flown from Hanoi to Prague for a Mladá Boleslav aluminium die-caster; Vietnamese wording "
         "(HCFC-141b repeats in many sets and release-agent labels twice; a die-casting release label on it is the "
         "new part as far as a search found)", firm("Vega Tlakové Lití s.r.o.", "CZ")),
        ("OZN-07", "import", "ESSEA01", "sea", "MA", [], "ES", "281121",
         "Dioxyde de carbone liquide (R-744) pour traitement cryogénique des outils, bouteilles 40 l, 60", "MA", 1800,
         60, 1500, "EUR",
         "liquid CO2 cylinders read about 57 bar at 20 °C and carry a dip tube; these 60 read 42 bar, weigh 30 kg of "
         "content each and the stamping under the paint reads 'CHF3': trifluoromethane (HFC-23, GWP 14,800) placed "
         "on the Union market without quota or registration (Regulation 2024/573), by sea from Tanger Med to Algeciras "
         "for a Valencian tool-treatment shop that says it deep-freezes cutting tools; Moroccan French wording "
         "(HFC-23 repeats in many sets; a cryogenic tool-treatment label was found in no earlier row by a keyword "
         "search)", firm("Meridian Tratamientos SL", "ES")),
        ("OZN-08", "import", "DESEA01", "sea", "JP", [], "DE", "851419",
         "中古真空熱処理炉、窒素ガス冷却、冷凍機なし、1 式", "JP", 9000, 1, 42000, "EUR",
         "a used vacuum furnace with nitrogen gas quench needs no refrigeration plant; this one from an Aichi "
         "die-making shop has a built-in water chiller for its quench-gas heat exchanger with a charged circuit whose "
         "plate reads 'R22, 18 kg', contrary to 'no refrigerator' on the invoice: equipment containing HCFC-22, whose "
         "placing on the Union market is banned, by sea from Nagoya to Hamburg for a Pforzheim heat-treatment shop; "
         "Japanese wording (R-22 equipment repeats in many sets and vacuum furnaces in a few, on dual-use rows; a "
         "heat-treatment furnace's R-22 chiller is the new part as far as a search found)",
         firm("Central Härterei GmbH", "DE")),
        ("OZN-09", "import", "NLSEA01", "sea", "TW", [], "NL", "845630",
         "二手線切割放電加工機, 含油槽, 3 台", "TW", 10500, 3, 45000, "USD",
         "used wire-EDM machines from Taiwan run in deionised water and come without fire systems; these three are "
         "oil-bath sinker machines, each with a red 10 kg bottle piped over the tank whose stamp reads 'Halon 1301' "
         "and which is still full: products containing halon 1301, whose import into the Union is banned outside "
         "licensed critical uses, by sea from Kaohsiung to Rotterdam for an Eindhoven mould shop; Chinese (Taiwan) "
         "wording (halon 1301 repeats in many sets and EDM machines in a few, on dual-use rows; a machine-tool fire "
         "bottle is the new part as far as a search found)", firm("Rivage Matrijzenbouw BV", "NL")),
        ("OZN-10", "export", "SISEA01", "sea", "SI", [], "DZ", "845811",
         "Rabljeni CNC stružni avtomat, 2 kos", "SI", 9000, 2, 24000, "EUR",
         "a used machine-tool container from a closed Celje machine shop for an Annaba workshop: used lathes and "
         "milling machines are what such buyers take, but the third item's 'hladilniki olja za hidravliko' are six "
         "1980s hydraulic-oil coolers whose sealed circuits still hold their 'R12' charge (about 2 kg each): "
         "equipment containing CFC-12, whose export from the Union is banned (Regulation 2024/590), hidden as the "
         "last item of a three-item declaration, from Koper to Annaba; Slovenian wording (CFC-12 equipment repeats "
         "in many sets; machine-tool oil coolers were found in no earlier row by a keyword search)",
         dict({"importer_country": "DZ"},
              _more_items=[item("845961", "Rabljen rezkalni stroj, konzolni, 1 kos", "SI", 2800, 6000, "EUR", qty=1),
                           item("841869", "Hladilniki olja za hidravliko, rabljeni, 6 kos", "SI", 540, 600, "EUR", qty=6)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ESSEA01", "sea", "PH", [], "ES", "740400",
         "Tumbaga nga scrap (bronse sa kampana), mga buak, 1 ka kahon", "PH", 320, None, 960, "USD",
         "bell-metal scrap is broken, dull fragments from foundry returns; this crate holds a whole, cracked church "
         "bell of about 300 kg with a cast inscription 'SIENDO CURA PARROCO ... AÑO DE 1887', a cross and the parish "
         "name, and fresh saw marks on the crown where it was cut from its yoke: a Spanish-colonial church bell "
         "stolen from a Bohol parish, national cultural property whose export the Philippines forbids (RA 10066), "
         "brought in without an import licence (Regulation 2019/880), by sea from Cebu to Valencia for a dealer in "
         "colonial art; Cebuano wording (church bells repeat in several sets and a bell under a bell-metal scrap "
         "label once, blind29, kept as a repeat; a Philippine colonial bell by sea to Spain is the new part)",
         firm("Galería Meridian SL", "ES")),
        ("CUL-02", "export", "EEPOST01", "post", "EE", [], "US", "720449",
         "Vana sepistatud raud, sepistamiseks, 1 tk, 2 kg", "EE", 2, 1, 40, "EUR",
         "old forging iron for a blacksmith is a rusty bar or wagon tyre; this is a corroded double-edged sword blade "
         "with a fuller, a lobed pommel and silver wire inlay on the guard, with soil in the corrosion, dug by a "
         "detectorist in Saaremaa: a Viking-age sword (10th century), an archaeological object that needs an export "
         "licence at any value (Regulation 116/2009) and Estonian state ownership, posted from Kuressaare to a buyer "
         "in Texas without either; Estonian wording (Viking-age objects repeat in several sets; a sword as forging "
         "iron was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-03", "import", "ROROAD01", "road", "MD", [], "RO", "720410",
         "Fontă veche, resturi (cruci), pentru retopire, 1,8 t", "MD", 1800, None, 540, "EUR",
         "cast-iron scrap for remelting is broken machine castings and radiators; this van holds 40 whole, openwork "
         "cast-iron grave crosses with German inscriptions, dates of the 1860s-1910s and a foundry mark of Odessa, "
         "with soil and lichen at the feet, lifted from a Bessarabian German colonists' cemetery: historic funerary "
         "monuments whose export Moldova forbids without a permit, brought in for a Bucharest antique dealer, at "
         "Sculeni; Romanian wording from Moldova (Bessarabian objects repeat twice; cast-iron grave crosses as "
         "remelting scrap were found in no earlier row by a keyword search)", firm("Rivage Antichități SRL", "RO")),
        ("CUL-04", "import", "DEAIR01", "express", "RS", [], "DE", "741980",
         "Mesingane rondele za kovanje žetona, 2 kg, 600 kom", "RS", 2, 600, 60, "EUR",
         "brass blanks for striking tokens are bright, identical, smooth discs; these 600 are worn, green-and-brown "
         "patinated bronze coins of different sizes with emperors' heads, legends and mint marks (SIRM, SM, TES), "
         "soil in the lettering: late Roman bronze coins (3rd-4th century) from a hoard dug near Sremska Mitrovica, "
         "archaeological objects whose export Serbia forbids, brought in without an import licence (Regulation "
         "2019/880), sent by express from Belgrade to a Munich coin dealer; Serbian wording (ancient coins repeat in "
         "many sets; a coin-blank label was found in no earlier row by a keyword search)", firm("Nordhafen Numismatik GmbH", "DE")),
        ("CUL-05", "export", "IEPOST01", "post", "IE", [], "GB", "741980",
         "Old bronze door wedges, 3 pcs", "IE", 1.6, 3, 45, "EUR",
         "bronze door wedges are new, bright castings with a felt base; these three are green-patinated, flanged axe "
         "heads with a stop ridge and a side loop, soil in the casting seams, found by a detectorist in County "
         "Offaly: Bronze Age palstaves (c. 1500-1200 BC), archaeological objects owned by the State, which must be "
         "reported and need an export licence at any value (Regulation 116/2009), posted from Tullamore to a buyer in "
         "Yorkshire; Irish English wording (detector finds repeat in many sets and doorstop labels in a few, on other "
         "goods; palstaves were found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-06", "import", "NLSEA01", "sea", "BN", ["MY"], "NL", "830629",
         "Meriam tembaga hiasan (lantaka), replika baharu, 12 buah", "BN", 540, 12, 1200, "USD",
         "new decorative lantaka replicas are bright, thin-walled castings with crisp dragon ornament; these twelve "
         "are thick, heavy bronze swivel guns with worn dragon-head cascabels, sea concretions in the bore, a "
         "Spanish-period date on one and salt bloom: historic lantaka from wreck sites off Borneo, underwater cultural "
         "heritage whose export Brunei and Malaysia forbid, brought in without an import licence (Regulation "
         "2019/880), by sea from Muara through Port Klang to Rotterdam for a dealer; Malay wording from Brunei "
         "(wreck cannon repeat in several sets; a lantaka-replica label was found in no earlier row by a keyword "
         "search)", firm("Horizon Maritiem BV", "NL")),
        ("CUL-07", "import", "FRAIR01", "air", "AM", [], "FR", "740400",
         "Պղնձի ջարդոն, խառը, 40 կգ", "AM", 40, None, 160, "EUR",
         "mixed copper scrap is cable, pipe and sheet offcuts; this crate holds a repoussé silver-gilt Gospel cover "
         "with Armenian inscriptions and the date 1712, three bronze censers and a processional cross with "
         "chains, hammered flat in places to pass as scrap: church treasures from monasteries in Nagorno-Karabakh, "
         "cultural property whose export Armenia forbids without a permit, brought in without an import licence "
         "(Regulation 2019/880), flown from Yerevan to Paris for a dealer; Armenian wording (Armenian church objects "
         "repeat in a few sets; under a copper-scrap label is the new part as far as a search found)",
         firm("Galerie Orion SARL", "FR")),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "740400",
         "Брухт мідного дроту, очищений, 4 т", "UA", 4000, None, 28000, "EUR",
         "a scrap-metal lorry for a Rzeszów non-ferrous dealer: copper wire and aluminium scrap are what Ukrainian "
         "yards send, but the third item's 'латунний брухт' is 180 kg of green-patinated bronze horse-harness plaques "
         "in animal style, arrowheads and a bronze hydria with a cast handle from the Olbia hinterland, soil in the "
         "crevices: Scythian and Greek archaeological objects whose export Ukraine forbids, brought in without an "
         "import licence (Regulation 2019/880), hidden as the last item of a three-item declaration, at Korczowa; "
         "Ukrainian wording (Scythian objects repeat in many sets; in a scrap lorry under a brass-scrap line is the "
         "new part as far as a search found)",
         dict(firm("Central Metale Nieżelazne Sp. z o.o.", "PL"),
              _more_items=[item("760200", "Брухт алюмінієвий змішаний, 3 т", "UA", 3000, 4500, "EUR"),
                           item("740400", "Латунний брухт змішаний, 180 кг", "UA", 180, 540, "EUR")])),
        ("CUL-09", "export", "ITROAD01", "road", "IT", [], "CH", "830629",
         "Statuine in ottone, riproduzioni artigianali, 14 pz", "IT", 3, 14, 280, "EUR",
         "craft brass reproductions are bright, sharp, machine-polished castings; these fourteen are small, "
         "dark-patinated bronze votive figures of warriors and praying women with elongated bodies, corrosion pits "
         "and earth in the hollows, from a sanctuary site in Umbria: Etruscan and Umbrian bronze votives (6th-3rd "
         "century BC), archaeological objects that belong to the Italian State and need an export licence at any "
         "value (Regulation 116/2009), in a car at Chiasso for a Lugano dealer; Italian wording (Etruscan objects "
         "repeat in several sets; under a brass-reproduction label by road to Switzerland is the new part as far "
         "as a search found)", {"importer_country": "CH"}),
        ("CUL-10", "import", "FRAIR01", "air", "ML", [], "FR", "732690",
         "Objets décoratifs en fer forgé, artisanat de Ségou, neufs, 20 pièces", "ML", 35, 20, 300, "EUR",
         "new Ségou wrought-iron craft is black-painted, evenly hammered and welded with fresh beads; these twenty "
         "are rust-brown, hand-forged Bamana and Dogon iron altar figures and staffs with worn points, sacrificial "
         "crusts and no weld at all: ritual ironwork from shrines of the Mopti region, cultural property whose "
         "export Mali forbids and under UN and UNESCO protection, brought in without an import licence (Regulation "
         "2019/880), flown from Bamako to Paris; French wording from Mali (Dogon objects repeat in several sets; as "
         "new wrought-iron craft is the new part as far as a search found)", firm("Galerie Alpina SARL", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "AE", "848299",
         "Wälzlagerring-Rohlinge, geschmiedet, 100Cr6, Ø 180-350 mm, 60 Stück", "AT", 2400, 60, 31000, "EUR",
         "forged 100Cr6 bearing-ring blanks are through-hardening chromium steel at a few euros a kilo; these 60 rings "
         "spark short and dull on a grinder, read 18 % nickel, 8 % cobalt and 5 % molybdenum on an XRF gun and cost "
         "13 EUR/kg: maraging steel rings with a tensile strength above 1.95 GPa and an outer diameter above 75 mm "
         "(dual-use 1C216), exported without a licence to a Dubai trading firm whose forwarder books them on to "
         "Karachi; Austrian German wording (maraging steel repeats in many sets, kept as a repeat of the good; a "
         "bearing-ring label was found in no earlier row by a keyword search)",
         {"importer_name": "Gulf Precision Metals FZE", "importer_country": "AE"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "AM", "845611",
         "Fiber laser markeermachine, 50 W, tafelmodel, 1 stuk", "NL", 1800, 1, 24000, "EUR",
         "a benchtop 50 W laser marker weighs about 60 kg and costs a few thousand euros; this crate holds 1.8 t of a "
         "sealed build chamber with a recoater blade, powder hoppers, inert-gas filtration and a 400 W fibre laser: a "
         "laser powder-bed fusion metal 3D printer, goods whose sale for use in Russia is banned (Regulation 833/2014), "
         "flown from Amsterdam to a Yerevan importer that shares a director with a Moscow engine-parts maker; Dutch "
         "wording (metal additive-manufacturing machines and diversion through Armenia repeat in a few sets; a "
         "laser-marker label on a metal printer is the new part as far as a search found)",
         {"importer_name": "Ararat Tech Solutions LLC", "importer_country": "AM"}),
        ("STR-03", "export", "BGROAD01", "road", "BG", [], "TR", "760310",
         "Алуминиев прах за термично напръскване, 99,7 %, 25 кг бидони, 40 бр.", "BG", 1000, 40, 26000, "EUR",
         "aluminium thermal-spray powder is a coarse (45-90 µm), irregular, grey powder at a few euros a kilo; these "
         "drums hold a fine, free-flowing, spherical powder of 10-30 µm under argon, at 26 EUR/kg with a sieve "
         "analysis that matches a propellant-grade specification: spherical aluminium powder (MTCR 4.C.2.c, dual-use "
         "1C111), exported without a licence at Kapitan Andreevo to an Istanbul trader that re-exports to Iran; "
         "Bulgarian wording (aluminium powder repeats in many sets and a metallising label once, blind6, on "
         "magnalium; a thermal-spray label from Bulgaria is the new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-04", "import", "NLSEA01", "sea", "CN", [], "NL", "261100",
         "黑钨精矿, WO3 65 %, 吨袋, 20 吨, 中国原产", "CN", 20000, None, 260000, "USD",
         "Chinese wolframite concentrate comes with a Jiangxi mine certificate of origin and an export licence under "
         "the Chinese tungsten quota; this lot's certificate names a trader without a mine, the assay shows the "
         "tin and bismuth signature of north-eastern Korean ores and the bags carry Korean stencils under the "
         "relabelling: tungsten concentrate from the DPRK, whose import is banned (UN Security Council resolutions "
         "2371 and 2397, Regulation 2017/1509), by sea from Dalian to Rotterdam for a tungsten processor; Chinese "
         "wording (DPRK goods laundered through China repeat in several sets; tungsten concentrate was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Metals BV", "NL")),
        ("STR-05", "import", "ITSEA01", "sea", "TR", [], "IT", "720838",
         "Sıcak haddelenmiş rulo sac, S235JR, 4 mm, Türk menşeli, 1.200 t", "TR", 1200000, None, 660000, "USD",
         "Turkish hot-rolled coil carries a mill certificate with the melt shop's heat numbers; these coils' "
         "certificates give heat numbers of a Russian slab supplier copied from the rolling mill's input log, and the "
         "slabs were landed at İskenderun from Novorossiysk: steel products processed in a third country from "
         "Russian semi-finished steel, whose import into the Union is banned (Regulation 833/2014, Article 3g), by sea "
         "from İskenderun to Ravenna for a steel service centre; Turkish wording (Russian slabs repeat in several "
         "sets, and hot-rolled coil labels in a few, blind145 and blind150, both kept as repeats; Turkish coil "
         "rolled from Russian slabs for Ravenna is the new part as far as a search found)",
         firm("Central Acciai Srl", "IT")),
        ("STR-06", "import", "GRSEA01", "sea", "AE", [], "GR", "760110",
         "Primary aluminium ingots P1020A, 99.7 %, UAE origin, 500 t", "AE", 500000, None, 1100000, "USD",
         "UAE primary aluminium comes from one smelter group with its own ingot marks and cast numbers; these bundles "
         "carry ground-off marks, a strap pattern of an Iranian smelter and a certificate of origin from a Sharjah "
         "trader with no smelter: Iranian aluminium, whose purchase and import the Union bans (Regulation 267/2012), "
         "by sea from Jebel Ali to Piraeus for an extruder; Gulf English wording (UAE-origin relabelling repeats in "
         "several sets on other goods; Iranian primary aluminium was found in no earlier row by a keyword search)",
         firm("Delta Alouminio AE", "GR")),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["PL", "LT", "RU"], "KZ", "731816",
         "Závitové tyče trapézové pro zvedáky, 1 200 ks", "CZ", 2400, 1200, 12000, "EUR",
         "trapezoidal threaded rods for jacks are rolled, black steel at a few euros apiece; these are ground, "
         "precision ball screws with preloaded nuts and accuracy class certificates, one of twelve consignments of the "
         "same buyer under 15,000 EUR, booked through Russia to an Almaty 'jack maker' whose address is a warehouse "
         "of a Russian machine-tool builder: machine-tool parts whose sale for use in Russia is banned (Regulation "
         "833/2014), split to stay below attention; Czech wording (ball screws repeat in a few sets; a jack-rod label "
         "and the split consignments are the new part as far as a search found)",
         {"importer_country": "KZ"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", ["BY", "RU"], "KZ", "851580",
         "Pozycjonery spawalnicze obrotowe, ręczne, 6 szt.", "PL", 7200, 6, 18000, "EUR",
         "manual welding positioners are tilting turntables of a few hundred kilos with a foot pedal; these six "
         "crates hold six-axis articulated arms with controllers, teach pendants and wire feeders: industrial "
         "welding robots, goods whose sale for use in Russia and Belarus is banned (Regulations 833/2014 and "
         "765/2006), on a lorry at Kukuryki bound for Kostanay through Belarus and Russia; Polish wording (welding "
         "robots repeat in several sets and positioner labels once; a road route through Russia to Kazakhstan is the "
         "new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-09", "export", "HUROAD01", "road", "HU", ["RS", "BG", "TR", "GE"], "AM", "851580",
         "Használt elektronsugaras hegesztőgép, 1 db", "HU", 16000, 1, 90000, "EUR",
         "an electron-beam welding machine has a work chamber with a clamping table and a small gun; this one has a "
         "water-cooled copper hearth, ingot withdrawal, a 300 kW gun and a vacuum system rated for remelting: an "
         "electron-beam melting furnace (dual-use 2B227), exported without a licence to a Yerevan firm for an "
         "Iranian titanium works, on a lorry through Serbia, Bulgaria, Türkiye and Georgia; Hungarian wording "
         "(vacuum and induction furnaces repeat in many sets; an electron-beam welding label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-10", "export", "BEAIR01", "air", "BE", ["HK"], "HK", "842489",
         "Pistolet de métallisation à fil de zinc, flamme, d'occasion, 2 ensembles", "BE", 900, 2, 180000, "EUR",
         "a used zinc flame-spray gun is a hand-held torch and wire feeder worth a few thousand euros; these crates "
         "hold two plasma-spray systems with robot-mounted guns, powder feeders, a vacuum chamber and controllers "
         "for thermal-barrier coatings on turbine blades, worth 90,000 EUR each: coating equipment (dual-use 2B005) "
         "exported without a licence to a Hong Kong front for a Xi'an aero-engine plant; Belgian French wording "
         "(coating equipment repeats in a few sets; a zinc-metallising label was found in no earlier row by a "
         "keyword search)", {"importer_name": "Pearl Surface Tech Ltd", "importer_country": "HK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESAIR01", "air", "MX", [], "ES", "442199",
         "Cachas para cuchillo de madera de arce estabilizada, 200 kg", "MX", 200, 2400, 4800, "USD",
         "stabilised maple-burl scales are light, resin-filled, dyed blue or green with a burl figure; these 2,400 "
         "pairs are heavy, oily, orange-red to dark brown with black streaks and a peppery smell that makes the "
         "sander sneeze: cocobolo (Dalbergia retusa, CITES App. II) without CITES documents, flown from Guadalajara "
         "to Madrid for an Albacete knife-makers' supplier; Mexican Spanish wording (cocobolo repeats in several "
         "sets and a stabilised-wood knife-scale label once, blind102, kept as a repeat; cocobolo from Mexico to "
         "an Albacete supplier is the new part as far as a search found)",
         firm("Meridian Cuchillería SL", "ES")),
        ("WLF-02", "import", "FRSEA01", "sea", "TZ", [], "FR", "391690",
         "Black acetal (POM) rods for machining, 40-60 mm, 1 x 20' container", "TZ", 9000, None, 9000, "USD",
         "POM rods are even, waxy, smooth extrusions with no grain that no one ships from Tanzania; this container "
         "holds waxed, dark-purple-black, heavy (1.2 kg/dm3) billets with a fine grain and pale sapwood on the "
         "corners: African blackwood (Dalbergia melanoxylon, CITES App. II) without CITES documents, by sea from Dar "
         "es Salaam to Le Havre for a turning shop near La Couture-Boussey; Tanzanian English wording (African "
         "blackwood repeats in many sets; a POM-rod label was found in no earlier row by a keyword search)",
         firm("Rivage Tournage SARL", "FR")),
        ("WLF-03", "import", "NLSEA01", "sea", "PY", [], "NL", "391690",
         "Duelas de cojinete de laminado fenólico (tipo Tufnol) para bocinas, 6 t", "PY", 6000, None, 9000, "USD",
         "phenolic laminate bearing staves are brown, layered cloth and resin that smell of phenol when cut; these "
         "staves are solid, olive-green, very heavy wood that sinks in water and smells of incense when sawn: "
         "Argentine lignum vitae (Bulnesia sarmientoi, CITES App. II) without CITES documents, by sea from Asunción "
         "through Buenos Aires to Rotterdam for a ship-shaft bearing maker; Paraguayan Spanish wording (Bulnesia and "
         "palo santo repeat in several sets; a phenolic bearing-stave label was found in no earlier row by a keyword "
         "search)", firm("Atlantic Scheepstechniek BV", "NL")),
        ("WLF-04", "import", "PLSEA01", "sea", "MY", [], "PL", "441700",
         "Pemegang alat tangan kayu bic (beech), 30 cm, 40,000 batang", "MY", 12000, 40000, 9600, "USD",
         "beech tool handles are pinkish-white with fine flecks, and Malaysia grows no beech; these 40,000 are pale "
         "straw-coloured, fine and even-grained, and the dust makes the skin itch: ramin (Gonystylus spp., CITES "
         "App. II) without CITES documents, by sea from Port Klang to Gdańsk for a file-and-rasp maker; Malay wording "
         "(ramin repeats in many sets under other wood labels; a tool-handle label was found in no earlier row by a "
         "keyword search)", firm("Orion Narzędzia Sp. z o.o.", "PL")),
        ("WLF-05", "transit", "ESSEA01", "sea", "NG", ["ES"], "VN", "760200",
         "Aluminium scrap, taint/tabor, baled, 1 x 40' container, 24 t", "NG", 24000, None, 31000, "USD",
         "taint/tabor bales are clean mixed aluminium sheet; behind the first rows of bales this container holds "
         "sacks of grey-brown, overlapping, keratin scales that smell of rot: about 6 t of pangolin scales (Manis "
         "and Phataginus spp., CITES App. I) without CITES documents, landed at Algeciras in transit from Lagos to "
         "Haiphong; Nigerian English wording (pangolin scales repeat in many sets and aluminium-scrap labels in a few; "
         "a transit through Algeciras is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-06", "import", "DESEA01", "sea", "BR", [], "DE", "440729",
         "Tábuas de jelutong para modelação de fundição, 18 m3", "BR", 9000, None, 9000, "USD",
         "jelutong, the foundry pattern-maker's wood, is very light, pale cream and grows in Malaysia and Indonesia, "
         "not in Brazil; these boards are medium-weight, reddish-brown with a ribbon figure and interlocked grain: "
         "big-leaf mahogany (Swietenia macrophylla, CITES App. II) without CITES documents, by sea from Belém to "
         "Hamburg for a foundry pattern shop; Brazilian Portuguese wording (mahogany repeats in several sets and "
         "jelutong labels twice, on ramin; a foundry-pattern jelutong label on mahogany is the new part as far as a "
         "search found)", firm("Alpina Modellbau GmbH", "DE")),
        ("WLF-07", "import", "DEAIR01", "express", "PH", [], "DE", "960190",
         "Mother-of-pearl knife scales (Pinctada), white, 120 pairs", "PH", 3.5, 120, 240, "USD",
         "Pinctada mother-of-pearl is thin, iridescent nacre rarely over 3 mm; these scales are thick (8 mm), "
         "opaque, chalk-white with faint growth lines and no iridescence: giant clam shell (Tridacna spp., CITES "
         "App. II) without CITES documents, sent by express from Cebu to a Solingen knife-makers' supplier; "
         "Philippine English wording (giant clam repeats in many sets and mother-of-pearl labels in a few; "
         "knife-scale blanks by express to Solingen are the new part as far as a search found)",
         firm("Nordhafen Messerbedarf GmbH", "DE")),
        ("WLF-08", "import", "ITAIR01", "express", "ID", [], "IT", "392690",
         "Blok gagang pisau micarta warna gading, 20 buah", "ID", 3, 20, 120, "USD",
         "ivory-coloured micarta blocks are even, layered linen and resin that smell of phenol when sanded; these "
         "twenty are sawn blocks of dense, creamy tooth with concentric rings in cross-section and a hollow pulp "
         "cavity at one end: sperm-whale teeth (Physeter macrocephalus, CITES App. I) from Lamalera, without CITES "
         "documents, sent by express from Kupang to a Maniago knife-maker; Indonesian wording (sperm-whale teeth "
         "repeat in several sets; a micarta knife-block label was found in no earlier row by a keyword search)",
         firm("Vega Coltelli Srl", "IT")),
        ("WLF-09", "import", "ATAIR01", "express", "MM", [], "AT", "391690",
         "အက်ကရီလစ် ဘောပင်ခေါင်းလုပ်ရန် တုံး (acrylic pen blanks), 30 ခု", "MM", 1.2, 30, 90, "USD",
         "acrylic pen blanks are bright, even, translucent bars that smell of plastic when turned; these thirty are "
         "blood-red and golden-yellow blocks with a keratinous layer, a solid core and a smell of burnt hair under a "
         "hot needle: helmeted hornbill casques (Rhinoplax vigil, CITES App. I) without CITES documents, sent by "
         "express from Yangon to a private pen-turner in Graz; Burmese wording (hornbill casques repeat in many sets "
         "and pen-blank labels twice, blind136 and blind167, kept as a repeat; from Myanmar to Austria is the new "
         "part as far as a search found)", person("Thomas Gruber", "AT")),
        ("WLF-10", "import", "DKPOST01", "post", "GL", [], "DK", "960190",
         "Fossilt hvalrostand til knivskæfter, 6 stk.", "GL", 1.4, 6, 3000, "DKK",
         "fossil walrus ivory is stained tan to brown by minerals, cracked and hard, and is not a CITES specimen; "
         "these six pieces are fresh, white, oily-looking tusk sections with a marbled core and no staining: fresh "
         "walrus ivory (Odobenus rosmarus, CITES App. III, under an EU suspension of imports from Greenland) without "
         "CITES documents, posted from Nuuk to a private knife-maker in Aarhus; Danish wording from Greenland (walrus "
         "ivory repeats in several sets and fossil-walrus labels twice, blind131 and blind171, kept as a repeat; by "
         "post from Greenland to Denmark is the new part as far as a search found)", person("Fru M. Jensen", "DK")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "GB", "DE", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (pyrotechnic demonstrations)", "GB", 1, 1, 30,
     "GBP", [("PRECURSOR_LICENCE", "DE-BKA-61-0214")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLAIR01", "air", "TW", "PL", "280800",
     "Nitric acid 65 %, 2 x 2.5 l, for a licensed private user (hobby gold refining)", "TW", 7, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-61-0093")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent cyanide-bearing hardening salts (11 03 01*), for treatment at a licensed plant, 12 t", "CH", 12000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-BW-61-0118")], "notified hardening-salt residues to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "SESEA01", "sea", "NO", "SE", "382590",
     "Galvanic sludge (11 01 09*), for metal recovery at a licensed plant, 40 t", "NO", 40000, None, 0, "EUR",
     [("BASEL_CONSENT", "SE-NV-61-0042")], "notified galvanic sludge to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "PTAIR01", "air", "US", "PT", "290314",
     "Carbon tetrachloride, analytical reagent, 6 x 1 l, for essential laboratory use", "US", 9.5, 6, 480, "USD",
     [("ODS_LICENCE", "PT-APA-ODS-61-004")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "DESEA01", "sea", "DE", "US", "290371",
     "Recovered HCFC-22 from dismantled process chillers, 40 cylinders, for destruction", "DE", 1600, 40, 0, "EUR",
     [("ODS_LICENCE", "DE-UBA-ODS-61-021")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-07", "cultural", "export", "ESSEA01", "sea", "ES", "US", "830610",
     "Bronze church bell, cast 1687, from a deconsecrated Castilian church, sold with the export permit", "ES", 410, 1,
     65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-61-0207")],
     "historic bell exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "SEAIR01", "air", "SE", "US", "970510",
     "Viking-age sword, 10th century, in a Swedish private collection since 1931, with export licence", "SE", 2, 1,
     120000, "SEK", [("CULTURAL_EXPORT_CERTIFICATE", "SE-RAA-EXP-61-0031")],
     "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "IN", "722830",
     "Maraging steel 300, forged rings, 12 pieces, for an Indian satellite-launcher programme", "AT", 600, 12, 14000,
     "EUR", [("EXPORT_LICENCE", "AT-BMAW-61-0488"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-61-0119")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "BR", "842489",
     "Plasma-spray coating system, robot-mounted, 1 set, for a Brazilian aero-engine repair shop", "BE", 700, 1,
     160000, "EUR", [("EXPORT_LICENCE", "BE-WAL-61-0072"), ("END_USER_CERTIFICATE", "BR-MCTI-EUC-61-0015")],
     "dual-use coating equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "TZ", "FR", "440799",
     "African blackwood billets, Dalbergia melanoxylon, legally harvested, 2 t", "TZ", 2000, None, 24000, "USD",
     [("CITES_PERMIT", "TZ-MNRT-61-0331")], "App. II African blackwood with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "MX", "ES", "440799",
     "Cocobolo knife-scale blanks, Dalbergia retusa, 80 kg", "MX", 80, None, 2400, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-61-0087")], "App. II cocobolo with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Anna Schmidt", "PRM-02": "Piotr Nowak", "PRM-03": "Central Härtereitechnik GmbH",
    "PRM-05": "Atlantic Laboratórios Lda", "PRM-11": "Rivage Clarinettes SARL", "PRM-12": "Meridian Cuchillería SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all metalworking supplies
    ("382499", "Case-hardening compound, carbon-based, 500 g tins", "import", ["post"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 2, S),
    ("340399", "Polymer (PAG) quenchant concentrate, drums", "import", ["sea"], ["JP", "US"], (3, 5), (4000, 12000), ["USD"], None, S),
    ("321590", "Machinist's layout fluid, blue, 1 qt cans", "import", ["express"], ["CA", "US"], (20, 40), (1, 3), ["USD", "CAD"], 1, S),
    ("381090", "Aluminium cover and drossing flux, 1 kg tubs", "import", ["post"], ["AU", "GB"], (15, 25), (1, 4), ["AUD", "GBP"], 1, S),
    ("282710", "Zinc ammonium chloride galvanizing flux, 25 kg bags", "import", ["sea"], ["IN", "CN"], (0.6, 1.0), (10000, 20000), ["USD"], 0.04, S),
    ("760529", "Aluminium welding wire ER4043, 1.2 mm, 7 kg spools", "import", ["sea"], ["CN", "KR"], (4, 6), (3000, 9000), ["USD"], 0.14, S),
    ("381010", "Stainless weld-cleaning electrolyte, phosphoric, 5 l", "import", ["air"], ["TW", "CN"], (3, 6), (200, 1500), ["USD"], 0.2, S),
    ("381090", "Borax-based forge-welding flux, 1 kg", "import", ["post"], ["NO", "GB"], (10, 20), (1, 4), ["NOK", "GBP"], 1, S),
    ("252020", "Jewellers' investment powder, gypsum-bonded, 22.7 kg boxes", "import", ["air"], ["TH", "US"], (2, 4), (500, 3000), ["USD"], 0.044, S),
    ("790700", "Zinc anode balls for electroplating", "import", ["road"], ["UA", "RS"], (3, 4.5), (1000, 5000), ["EUR"], None, S),
    ("250100", "Cattle lick-salt blocks, 10 kg", "export", ["road"], ["RS", "BA"], (0.15, 0.3), (20000, 24000), ["EUR"], 0.1, S),
    ("340319", "Soluble cutting-oil concentrate, IBCs", "export", ["sea"], ["TN", "MA"], (2, 4), (8000, 20000), ["EUR"], None, S),
    ("250810", "Activated sodium bentonite for foundry sand", "export", ["sea"], ["SN", "CI"], (0.2, 0.4), (20000, 26000), ["EUR"], None, S),
    ("851420", "Induction melting furnaces, new, medium frequency", "export", ["sea"], ["PK", "IN"], (6, 12), (6000, 16000), ["EUR"], None, S),
    ("680422", "Vitrified grinding wheels for bearing-ring grinding", "export", ["sea"], ["IN", "CN"], (6, 12), (2000, 8000), ["EUR"], 0.5, S),
    ("842123", "Oil filters for trucks, new, boxed", "export", ["sea"], ["IN", "BD"], (5, 9), (3000, 8000), ["EUR"], 1, S),
    ("283329", "Basic chromium sulphate (tanning agent), 25 kg bags", "export", ["sea"], ["BD", "PK"], (1.0, 1.6), (18000, 24000), ["EUR"], None, S),
    ("250870", "Chamotte grog, 0-3 mm, big bags", "export", ["road"], ["UA", "MD"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("282110", "Black iron oxide pigment (magnetite), 25 kg bags", "export", ["road"], ["RS", "MK"], (0.8, 1.5), (10000, 22000), ["EUR"], None, S),
    ("750210", "Nickel cathodes, full plate, 99.9 %", "import", ["sea"], ["NO", "CA"], (15, 22), (10000, 24000), ["USD"], None, S),
    ("382499", "Anti-spatter spray, water-based, 400 ml", "import", ["sea"], ["IN", "TR"], (2, 3.5), (2000, 6000), ["USD", "EUR"], 2, S),
    ("382499", "Magnetic-particle inspection ink, fluorescent, aerosol", "import", ["sea"], ["US", "BR"], (4, 8), (1000, 4000), ["USD"], 2, S),
    ("842410", "Class D metal-fire extinguishers, sodium chloride powder", "import", ["rail"], ["CN"], (3, 5), (1000, 4000), ["USD"], 0.1, S),
    ("841989", "Closed-circuit cooling towers for induction furnaces", "import", ["road"], ["MK", "RS"], (3, 6), (2000, 8000), ["EUR"], None, S),
    ("281129", "Sulphur dioxide, liquefied, 50 kg cylinders", "import", ["sea"], ["KR", "CN"], (1.5, 3), (2000, 6000), ["USD"], 0.02, S),
    ("340399", "Die-casting release agent, water-based wax emulsion", "import", ["sea"], ["VN", "CN"], (1.5, 3), (4000, 12000), ["USD"], None, S),
    ("281121", "Liquid carbon dioxide, 40 l cylinders", "import", ["sea"], ["MA", "TR"], (0.8, 1.5), (1000, 4000), ["EUR"], 0.03, S),
    ("851419", "Vacuum heat-treatment furnaces, gas quench, used", "import", ["sea"], ["JP", "KR"], (4, 8), (8000, 16000), ["EUR", "USD"], None, S),
    ("845630", "Wire EDM machines, used, deionised-water type", "import", ["sea"], ["TW", "JP"], (3, 6), (3000, 12000), ["USD"], None, S),
    ("845811", "CNC lathes, used, reconditioned", "export", ["sea"], ["DZ", "EG"], (2, 5), (4000, 12000), ["EUR"], None, S),
    ("830610", "Cast bronze bells, new, decorative", "import", ["sea"], ["PH", "IN"], (6, 12), (500, 3000), ["USD"], 0.2, S),
    ("711719", "Viking-style replica jewellery, pewter", "export", ["post"], ["US", "CA"], (40, 80), (1, 2), ["EUR"], 20, S),
    ("940550", "Cast-aluminium cemetery lanterns, new", "import", ["road"], ["MD", "UA"], (3, 6), (1000, 4000), ["EUR"], 0.5, S),
    ("741980", "Brass blanks for token striking, new", "import", ["air"], ["RS", "TR"], (10, 15), (100, 500), ["EUR"], 300, S),
    ("830629", "Decorative brass cannon replicas, new", "import", ["sea"], ["MY", "IN"], (4, 8), (1000, 4000), ["USD"], 0.1, S),
    ("741810", "Hammered copper cookware, new", "import", ["air"], ["AM", "TR"], (15, 30), (100, 600), ["USD"], 1, S),
    ("740811", "Copper wire rod, 8 mm, refined", "import", ["road"], ["UA", "RS"], (7, 9), (18000, 22000), ["EUR"], None, S),
    ("848210", "Ball bearings, deep-groove, boxed", "export", ["air"], ["AE", "IN"], (15, 30), (200, 1500), ["EUR"], 5, S),
    ("845611", "Benchtop fibre-laser marking machines, 30 W", "export", ["sea"], ["TR", "AE"], (20, 40), (500, 2000), ["EUR"], 0.02, S),
    ("790400", "Zinc wire for thermal-spray metallising, 3.17 mm", "export", ["sea"], ["TR", "EG"], (3.5, 5), (4000, 12000), ["EUR"], None, S),
    ("760612", "Aluminium coil, hot-rolled, alloy 5754", "import", ["sea"], ["TR", "EG"], (3, 4), (18000, 24000), ["USD"], None, S),
    ("441700", "Beech tool handles, 30 cm, lacquered", "import", ["sea"], ["RS", "BA"], (0.8, 1.5), (6000, 14000), ["EUR"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630790", "Wool felt dryer balls, 6-packs", "import", ["post", "express"], ["NP", "GB"], (20, 35), (1, 3), ["USD", "GBP"], 4, N),
        ("701399", "Clear glass flower vases", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 1.5, N),
        ("482369", "Paper cake cases and baking cups", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 50, N),
        ("401699", "Rubber door wedges and stoppers", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 6000), ["USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind211", 20610501, HERE)


if __name__ == "__main__":
    main()
