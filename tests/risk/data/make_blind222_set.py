#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-second blind set (tests/risk/data/blind222-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2063, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on one kind of trade: small-scale and artisanal mining of gold, gems and
rare metals (gold buyers and comptoirs, gem and coloured-stone dealers, tin, tantalum and
tungsten traders, mining-camp suppliers, and the hobby prospectors, rockhounds and
lapidaries who buy from them).
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
would. Ids are BL222-*:

    python3 tests/risk/data/make_blind222_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2063, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2063
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "LK", [], "DE", "285390",
         "ලැපිඩරි කියත් සිසිලන ආසුත ජලය (lapidary saw coolant, distilled water), ලීටර් 1 x 4", "LK", 4.6, 4, 6000, "LKR",
         "distilled water for a gem-cutter's saw is 1.00 kg/l, tasteless and inert; these four bottles from a Ratnapura "
         "gem-cutting supplier hold a water-clear liquid of 1.13 kg/l with vented caps that whitens and stings the skin "
         "and foams on rust: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express to a private hobby "
         "gem-cutter near Idar-Oberstein; Sinhala wording (hydrogen peroxide repeats in many sets and water covers in "
         "several; a lapidary-saw-coolant label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "SEPOST01", "post", "CA", [], "SE", "382000",
         "Engine antifreeze for sluice pumps and camp generators, ethylene glycol, 4 x 1 L", "CA", 4.6, 4, 60, "CAD",
         "ethylene-glycol antifreeze is a syrupy, sweet, dyed green or blue liquid of 1.11 kg/l; these four jugs from a "
         "Whitehorse placer-mining outfitter hold a thin, colourless, undyed liquid of 1.14 kg/l that is not syrupy, smells "
         "fruity-chemical and burns: nitromethane (Annex I above 16 %), posted to a private gold panner in Gällivare, "
         "although flammable liquids go by post only as declared dangerous goods; Canadian English wording (nitromethane "
         "repeats in many sets and antifreeze labels in several; a placer-camp antifreeze from the Yukon to Swedish "
         "Lapland is the new part as far as a search found)", person("Mr L. Nilsson", "SE")),
        ("PRE-03", "import", "ITAIR01", "air", "CN", [], "IT", "281820",
         "宝石抛光用氧化铝粉 (Linde A, 0.3 微米), 1 公斤袋, 300 袋", "CN", 300, 300, 900, "USD",
         "alumina polish for cabochons is a soft, ultra-fine, chalky powder that stays in suspension in water and does not "
         "dissolve; these 300 bags hold coarser, glassy white crystals that dissolve, taste of nothing, burn fiercely mixed "
         "with sugar and whose inner liners read 'KClO4', for a Valenza lapidary-supply web shop that sells 1 kg bags to "
         "hobby cutters: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Guangzhou; Chinese wording (potassium perchlorate repeats in many sets; a tin-oxide polish label once, blind178, "
         "on another good; an alumina gem-polish label was found in no earlier row by a keyword search)",
         firm("Orion Lapidaria Srl", "IT")),
        ("PRE-04", "import", "BEAIR01", "express", "IN", [], "BE", "281122",
         "रत्न पैकेट के लिए सिलिका जेल पाउच, 1 किलो x 3", "IN", 3, 3, 1500, "INR",
         "silica-gel sachets for gem parcels are hard, glassy beads in small paper pouches that rattle and never dissolve; "
         "these three kilos are loose, clear, cubic crystals in plain bags that dissolve at once in water, draw damp, "
         "flare yellow on a gas ring and read 'NaClO3' on a re-used drum label: sodium chlorate (Annex I above 40 %), sent "
         "by express from a Jaipur coloured-stone market packer to a private person in Antwerp; Hindi wording (sodium "
         "chlorate repeats in many sets and silica-gel labels in a few; a gem-parcel desiccant label was found in no "
         "earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("PRE-05", "import", "PLSEA01", "sea", "CN", [], "PL", "690919",
         "陶瓷滚筒抛光磨料 (宝石滚磨机用), 5 公斤袋, 3,000 袋", "CN", 15000, 3000, 7500, "USD",
         "ceramic tumbling media for rock tumblers are hard, heavy, grey or white triangles and cylinders that ring when "
         "poured and last for years; these 3,000 bags hold light, round, porous white prills that turn ice-cold and vanish "
         "in water, read 34 % N and melt and fume on a hot plate, for a Poznań rock-tumbler and lapidary web shop that "
         "sells 5 kg bags to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by sea from Qingdao to Gdynia; Chinese wording (ammonium nitrate repeats in many sets; worn tumbling "
         "media as a waste cover once, blind196; a tumbling-media label on a precursor was found in no earlier row)",
         firm("Vega Minerały Sp. z o.o.", "PL")),
        ("PRE-06", "import", "PTPOST01", "post", "BR", [], "PT", "290545",
         "Glicerina bidestilada USP, para bateia e lapidação, 4 frascos de 1 litro", "BR", 7.4, 4, 120, "BRL",
         "double-distilled glycerine is a thick, clear, sweet syrup of 1.26 kg/l that garimpeiros smear on a pan and "
         "lapidaries mix with grit; these four bottles are oily but thinner, weigh 1.84 kg/l, grow hot with a drop of water "
         "and char a paper label: about 96 % sulphuric acid (Annex I above 15 %), posted from Teófilo Otoni by a gem-town "
         "supplier to a private person in Braga; Brazilian Portuguese wording (sulphuric acid repeats in many sets and "
         "glycerine labels in a few; a panning-and-lapidary glycerine from Minas Gerais is the new part as far as a "
         "search found)", person("João Pereira", "PT")),
        ("PRE-07", "import", "NLPOST01", "post", "US", [], "NL", "291711",
         "Oxalic acid crystal-cleaning solution 10 %, for Arkansas quartz points, 4 x 1 qt", "US", 5.3, 4, 45, "USD",
         "a 10 % oxalic-acid bath for cleaning iron stains off quartz is a clear, odourless liquid of about 1.04 kg/l; "
         "these four bottles hold a liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and eats into a "
         "copper coin: about 65 % nitric acid (Annex I above 3 %), posted from a Mount Ida crystal-mine shop to a private "
         "mineral collector in Utrecht; US English wording (nitric acid repeats in many sets and oxalic-acid labels in a "
         "few; a quartz-cleaning bath from an Arkansas crystal mine is the new part as far as a search found)",
         person("M. Bakker", "NL")),
        ("PRE-08", "import", "ESAIR01", "air", "PE", [], "ES", "283230",
         "Tiosulfato de sodio pentahidratado, para lixiviación de oro sin mercurio, bolsas de 1 kg, 400 bolsas", "PE",
         400, 400, 1200, "USD",
         "sodium thiosulphate 'hypo' is large, clear, cool crystals that melt in their own water of crystallisation at "
         "48 °C; these 400 bags hold a fine, dry, white powder that does not melt so, spits violet sparks on a hot iron "
         "and carries CAS 3811-04-9 on the inner liners, for a Madrid prospecting and gold-panning shop that sells 1 kg "
         "bags to the public as a 'mercury-free gold leach': potassium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Lima; Peruvian Spanish wording (potassium chlorate repeats in many sets and "
         "thiosulphate labels in a few; a mercury-free gold-leach label was found in no earlier row by a keyword search)",
         firm("Meridian Minerales SL", "ES")),
        ("PRE-09", "import", "GRROAD01", "road", "MK", [], "GR", "253090",
         "Природен зеолит клиноптилолит, микронизиран, вреќи 1 кг, 2.000 вреќи", "MK", 2000, 2000, 3000, "EUR",
         "micronised clinoptilolite is a grey-green, gritty rock flour that never dissolves and sells to gold panners as "
         "a mercury binder and to health shops as a detox powder; these bags hold white crystals that dissolve completely, "
         "draw damp into a slush and burn brightly with sugar, and the Skopje packer's sheet reads 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %), for a Thessaloniki shop that sells to the public, in a van at Evzonoi; "
         "Macedonian wording (sodium perchlorate repeats in many sets and zeolite labels in a few; a zeolite label by road "
         "from North Macedonia is the new part as far as a search found)", firm("Delta Physika Proionta AE", "GR")),
        ("PRE-10", "import", "CZAIR01", "express", "TH", [], "CZ", "340290",
         "น้ำยาทำความสะอาดเครื่องประดับสำหรับเครื่องอัลตราโซนิก ชนิดเข้มข้น 4 x 1 ลิตร", "TH", 4.8, 4, 1200, "THB",
         "a jewellers' ultrasonic concentrate is a soapy, ammonia-smelling, blue or green liquid of about 1.02 kg/l that "
         "foams when shaken; these four bottles from a Chanthaburi gem-market supplier hold a colourless, unscented liquid "
         "of 1.20 kg/l with vented caps that does not foam when shaken but fizzes on rust and whitens the skin: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express to a private jewellery maker in Prague; Thai wording "
         "(hydrogen peroxide repeats in many sets and ultrasonic-cleaner labels in a few; kept as a repeat, from a Thai "
         "gem market to Czechia is the new part)", person("Jana Nováková", "CZ")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "CO", "261790",
         "Cinabrio en bruto, ejemplares minerales para coleccionistas, sacas, 18 t", "ES", 18000, None, 2700, "EUR",
         "cinnabar specimens are a few crystals of bright red on white matrix, sold by the piece; these 18 t are dark, "
         "burnt, sooty lumps and grey calcine from the old retort furnaces of a remediated Spanish mercury-mine site, with "
         "silvery droplets in the cracks and a vapour-meter reading off the scale: mercury-bearing furnace residues "
         "(17 05 03*, 06 04 04*), hazardous waste whose export to a non-OECD country is banned, and mercury compounds and "
         "cinnabar ore whose export the Mercury Regulation (2017/852) forbids, from Algeciras to Cartagena for an "
         "'ornamental stone' buyer in the Antioquia gold district; Spanish wording (mercury wastes repeat in several sets; "
         "a cinnabar-specimen label for mining-district mercury was found in no earlier row by a keyword search)",
         {"importer_country": "CO"}),
        ("WST-02", "export", "FISEA01", "sea", "FI", [], "GH", "731010",
         "Kunnostetut teräsastiat ja IBC-kontit, 400 kpl", "FI", 16000, 400, 4000, "EUR",
         "reconditioned drums come washed, re-painted, leak-tested and stamped; these 400 drums and caged IBCs from a "
         "Lapland gold mine's leach plant still hold torn inner bags, white briquette crumbs and a bitter-almond smell, "
         "and a cyanide test strip turns at once: packaging contaminated with sodium cyanide (15 01 10*), hazardous waste "
         "whose export to a non-OECD country is banned, from Kokkola to Takoradi for a Tarkwa 'drum dealer' who sells "
         "them on to galamsey leach pads; Finnish wording (contaminated drums repeat in a few sets under reconditioned-drum "
         "labels; cyanide drums from a gold mine to Ghana are the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "IN", "271019",
         "Schneidöl für Edelsteinsägen, neu, Fässer 200 l, 60 Fässer", "DE", 10800, 60, 5400, "EUR",
         "new gem-saw oil is a clear, light mineral oil in sealed, labelled drums; these 60 dented drums hold a grey-black, "
         "gritty sludge of used oil, diamond-blade swarf, silicon-carbide grit and lapping compound, pumped from the "
         "settling tanks of Idar-Oberstein cutting shops: oily grinding and lapping sludge (12 01 18*), hazardous waste "
         "whose export to a non-OECD country is banned, from Hamburg to Mundra for a Jaipur 'gem-cutting supply' buyer; "
         "German wording (waste oils repeat in many sets under new-oil labels; gem-saw sludge from Idar-Oberstein was "
         "found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "280610",
         "Acido cloridrico tecnico 32 %, cisternette da 1.000 l, 20 IBC", "IT", 23000, 20, 2300, "EUR",
         "technical 32 % hydrochloric acid is a colourless to pale-yellow, fuming liquid of 1.16 kg/l with a maker's "
         "sheet; these IBCs hold a yellow-green to brown liquid of 1.30 kg/l that fumes orange, smells of chlorine and "
         "nitrous gas and reads copper, silver, nickel, zinc and traces of gold, drained from the aqua-regia and stripping "
         "lines of Arezzo gold refiners and plating shops: spent acids containing heavy metals (06 01 06*, 11 01 05*), "
         "hazardous waste whose export to a non-OECD country is banned, from Livorno to Radès for a 'chemical trader'; "
         "Italian wording (spent acids repeat in a few sets and aqua regia twice; refinery acid as new technical "
         "hydrochloric acid to Tunisia is the new part as far as a search found)", {"importer_country": "TN"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", ["TZ", "RW"], "CD", "870421",
         "Pick-up Toyota Hilux d'occasion, 4 pièces", "BE", 7200, 4, 24000, "EUR",
         "a mining-camp supplier's container for a Bukavu coltan and gold comptoir: used pick-ups and motor-pumps for "
         "washing ore are what Antwerp exporters ship to South Kivu, but the third item's 'huile moteur neuve 15W40' is "
         "40 mismatched drums of black, gritty, water-laden drained engine and hydraulic oil that smells of petrol, from "
         "Brussels garages: waste mineral oils (13 02 05*, 13 01 10*), hazardous waste whose export to a non-OECD country "
         "is banned, hidden as the last item of a three-item declaration, via Dar es Salaam and Rwanda; Belgian French "
         "wording (waste oil repeats in many sets; behind pick-ups and ore-washing pumps for a Kivu comptoir is the new "
         "part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("841370", "Motopompes d'occasion pour le lavage de minerai, 30 pièces", "BE", 1500, 3000, "EUR", qty=30),
                           item("271019", "Huile moteur neuve 15W40, fûts de 200 l, 40 fûts", "BE", 7200, 1200, "EUR", qty=40)])),
        ("WST-06", "export", "HUROAD01", "road", "HU", ["SI"], "MY", "260900",
         "Kassziterit ónérc-koncentrátum, 65 % Sn, big bag, 20 t", "HU", 20000, None, 180000, "USD",
         "cassiterite concentrate is a heavy, dark-brown to black sand of about 7 t/m3 from a mine or a dredge, with an "
         "assay; these big bags hold grey, metallic, oxidised lumps and skins with solder balls and flux residue that read "
         "38 % lead and 55 % tin, skimmed from the wave-soldering baths of a Győr electronics plant: tin-lead solder dross "
         "(Basel A1020), hazardous waste whose export to a non-OECD country is banned, by lorry through Slovenia to Koper "
         "for a Penang 'tin smelter'; Hungarian wording (solder dross repeats in several sets; a cassiterite-concentrate "
         "label on it was found in no earlier row by a keyword search)", {"importer_country": "MY"}),
        ("WST-07", "transit", "NLSEA01", "sea", "GY", ["NL"], "CH", "251710",
         "Decorative quartz gravel, white, 12 drums", "GY", 3000, 12, 600, "USD",
         "white decorative gravel is clean, rounded quartz of even size; these 12 drums hold black-green glassy slag, "
         "broken clay crucibles and furnace bricks with gold prills in the cracks, reading mercury and arsenic, swept from "
         "the smelting rooms of Georgetown gold buyers who melt artisanal sponge gold: precious-metal-bearing slags "
         "containing mercury and arsenic, hazardous waste moved without the notification and consents it needs, landed at "
         "Rotterdam in transit to a Swiss refiner; Guyanese English wording (gold-bearing wastes repeat in a few sets; "
         "a decorative-gravel label on gold-buyers' smelting slag in transit was found in no earlier row)",
         {"importer_country": "CH"}),
        ("WST-08", "export", "BGSEA01", "sea", "BG", [], "NA", "260300",
         "Меден-златен флотационен концентрат, биг-бегове, 200 т", "BG", 200000, None, 180000, "USD",
         "copper-gold flotation concentrate is a dark grey-green, damp, sulphide-rich sand with a mine assay; these big "
         "bags hold a dry, white-grey, very fine dust that reads 60 % arsenic trioxide, from the baghouse of a roaster: "
         "arsenic-rich flue dust from copper-gold pyrometallurgy (10 06 03*), hazardous waste whose export to a non-OECD "
         "country is banned, from Burgas to Walvis Bay for a 'smelter'; Bulgarian wording (flue dusts repeat in several "
         "sets and gold-ore concentrate as a cover once, blind176; white arsenical dust as copper-gold concentrate from "
         "Bulgaria to Namibia is the new part as far as a search found)", {"importer_country": "NA"}),
        ("WST-09", "export", "PLSEA01", "sea", "PL", [], "GH", "440322",
         "Stemple kopalniane, drewno sosnowe okorowane, 30 t", "PL", 30000, None, 3600, "EUR",
         "barked pine pit props are clean, pale, round poles that smell of resin; these 30 t are square, black, oily "
         "beams with spike holes and tie-plate marks that stink of tar: creosoted railway sleepers (17 02 04*), hazardous "
         "waste whose export to a non-OECD country is banned, from Gdynia to Tema for an Obuasi 'timber' dealer who sells "
         "props to galamsey shaft diggers; Polish wording (creosoted sleepers repeat in several sets; a pit-prop label "
         "was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-10", "export", "ATROAD01", "road", "AT", [], "CH", "261690",
         "Goldwaschsand (Paydirt) für Goldwasch-Erlebnisparks, Big Bags, 24 t", "AT", 24000, None, 2400, "EUR",
         "paydirt for panning parks is washed river gravel seeded with a few flakes of gold; these bags hold rust-brown, "
         "sulphide-rich, fine tailings dug out of historic gold-mine dumps in the Hohe Tauern that read 2 % arsenic and "
         "turn acid in the rain: mine tailings containing hazardous substances (01 03 04*, 01 03 05*), hazardous waste "
         "shipped to an OECD country without the notification and consent it needs, by lorry to a Swiss panning park; "
         "Austrian German wording (mine tailings repeat in a few sets; a paydirt label was found in no earlier row by a "
         "keyword search)", {"importer_country": "CH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "CN", [], "DE", "381400",
         "钟表首饰快干清洗液 (不含苯), 20 升桶, 10 桶", "CN", 310, 10, 1200, "USD",
         "a quick-drying watch and jewellery rinse is a light naphtha or alcohol blend of about 0.75 kg/l that burns; these "
         "ten cans weigh 1.56 kg/l, do not burn, smell faintly sweet, boil at 48 °C and the filler's stencils under the "
         "labels read 'F-113': CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, flown from "
         "Shenzhen to a Pforzheim watchmaker and jeweller supply house; Chinese wording (CFC-113 repeats in many sets and "
         "watch-cleaning labels in a few; a Shenzhen jewellery-rinse label for Pforzheim is the new part as far as a "
         "search found)", firm("Central Uhrmacherbedarf GmbH", "DE")),
        ("OZN-02", "import", "FRAIR01", "express", "IN", [], "FR", "382499",
         "हेवी लिक्विड LST (लिथियम हेटेरोपॉलीटंगस्टेट), घनत्व 2.85, 2 x 1 लीटर", "IN", 3.2, 2, 9000, "INR",
         "LST heavy liquid is a pale, odourless, water-based salt solution of 2.85 kg/l that gem and mineral labs use to "
         "float quartz off heavier stones; these two bottles hold a colourless liquid of only 1.59 kg/l that smells sweet "
         "like chloroform, evaporates from a glove in seconds and is stamped 'CCl4' on the filler's caps: carbon "
         "tetrachloride, whose import into the Union is banned, sent by express from Jaipur to a private gemmologist in "
         "Lyon; Hindi wording (carbon tetrachloride repeats in many sets and heavy-liquid labels twice, blind88 and "
         "blind196; an LST label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("OZN-03", "import", "BEAIR01", "air", "IL", [], "BE", "842410",
         "מערכת כיבוי בגז FM-200 לכספת יהלומים, 6 גלילים", "IL", 540, 6, 18000, "USD",
         "an FM-200 vault system is new, red, welded cylinders with a maker's plate and HFC-227ea at about 25 bar; these six "
         "came out of a Ramat Gan diamond-exchange vault, have 1980s stampings, read 42 bar and their valve labels, under "
         "the new stickers, say 'Halon 1301': bromotrifluoromethane, products containing it whose import into the Union "
         "is banned outside licensed critical uses, flown from Tel Aviv to Brussels for an Antwerp diamond-vault "
         "installer; Hebrew wording (halon 1301 repeats in many sets and FM-200 labels in several, and a diamond-vault "
         "system once, blind196, from a Dubai vault; kept as a repeat, from a Ramat Gan exchange vault to Antwerp is the new part)", firm("Horizon Vault Systems BV", "BE")),
        ("OZN-04", "export", "ESSEA01", "sea", "ES", [], "MR", "940690",
         "Módulos habitables usados para campamento minero, con aire acondicionado, 12 unidades", "ES", 36000, 12, 30000,
         "EUR",
         "used site-accommodation modules for export are sold with their air-conditioners emptied, or re-fitted with "
         "R-32 or R-290 units; these twelve, from a Canary Islands construction camp, each carry two wall-split units of "
         "about 2005 still charged with HCFC-22 (R-22 on the plates and gauge readings): equipment containing HCFCs, "
         "whose export from the Union is banned (Regulation 2024/590), from Las Palmas to Nouadhibou for a Chami "
         "gold-rush camp operator; Spanish wording (R-22 equipment repeats in many sets and accommodation modules once, "
         "blind173, offshore; mining-camp modules to Mauritania are the new part as far as a search found)", {"importer_country": "MR"}),
        ("OZN-05", "export", "SESEA01", "sea", "SE", ["TZ"], "ZM", "842951",
         "Begagnade underjordslastare (LHD), renoverade, 2 st", "SE", 56000, 2, 160000, "EUR",
         "rebuilt underground loaders for export carry a dry-chemical or water-mist fire-suppression system; these two, "
         "from a closed Bergslagen mine, still carry their original fixed system of four 'BCF' cylinders under the "
         "engine deck, charged and sealed: halon 1211 (bromochlorodifluoromethane) in products whose export from the Union "
         "is banned outside licensed critical uses, from Gothenburg through Dar es Salaam to a Copperbelt contractor "
         "who hires out to small-scale miners; Swedish wording (halon 1211 repeats in many sets, loaders in a few as "
         "covers for other goods; halon on mining machines from Sweden to Zambia is the new part as far as a search "
         "found)", {"importer_country": "ZM"}),
        ("OZN-06", "import", "ESAIR01", "express", "CO", [], "ES", "330129",
         "Aceite de cedro para esmeraldas, 4 frascos de 500 ml", "CO", 2.5, 4, 400000, "COP",
         "cedar oil for emeralds is a pale-yellow, viscous oil of 0.95 kg/l that smells of wood and stays on the stone; "
         "these four bottles hold a thin, colourless liquid of 1.24 kg/l that hisses when opened, boils in the hand at "
         "32 °C and smells faintly of ether, and the Bogotá filler's drum label reads '141b': HCFC-141b, whose import into "
         "the Union is banned, sent by express from Bogotá to a private emerald dealer in Madrid; Colombian Spanish "
         "wording (HCFC-141b repeats in many sets and cedar-oil labels once, on nitromethane, blind161; an emerald-oiling "
         "label was found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("OZN-07", "import", "NLAIR01", "express", "AU", [], "NL", "381400",
         "Opal dopping-wax remover, citrus-based, 4 x 1 L", "AU", 5.4, 4, 160, "AUD",
         "citrus dop-wax removers are orange, oily d-limonene of 0.84 kg/l that smells of oranges; these four bottles "
         "hold a colourless liquid of 1.34 kg/l that smells sweet like chloroform, does not burn and boils at 74 °C, and "
         "the Lightning Ridge seller's drum reads '1,1,1-TCA': methyl chloroform, whose import into the Union is banned, "
         "sent by express to a private opal cutter in Haarlem; Australian English wording (methyl chloroform repeats in "
         "many sets and deblocking-solvent labels once, blind216, on HCFC-141b; an opal dopping label was found in no "
         "earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("OZN-08", "export", "PTSEA01", "sea", "PT", [], "MZ", "841480",
         "Compressores de ar portáteis usados, com secador frigorífico, 10 unidades", "PT", 12000, 10, 25000, "EUR",
         "used portable compressors for rock drilling go with a desiccant dryer or none; these ten from a Lisbon tunnelling "
         "contractor each carry a refrigerated air dryer with a 1990s compressor still charged with HCFC-22 (R-22 on the "
         "plates), for artisanal-mining cooperatives in Manica: equipment containing HCFCs, whose export from the Union "
         "is banned (Regulation 2024/590), from Lisbon to Beira; Portuguese wording (R-22 equipment repeats in many sets; "
         "compressor air dryers for Mozambican gold miners are the new part as far as a search found)",
         {"importer_country": "MZ"}),
        ("OZN-09", "import", "PLSEA01", "sea", "CN", [], "PL", "380590",
         "2号浮选油 (松醇油), 200 升桶, 80 桶", "CN", 23840, 80, 19000, "USD",
         "pine-oil flotation frother is a yellow-brown, oily liquid of 0.93 kg/l that smells strongly of pine; these 80 "
         "drums weigh 1.49 kg/l, smell of nothing much, hiss when opened, boil at 24 °C and their drum heads are stamped "
         "'R-11': trichlorofluoromethane (CFC-11), whose import into the Union is banned, by sea from Tianjin to Gdańsk "
         "for a 'flotation reagents' firm near Lubin whose real customers foam polyurethane; Chinese wording (CFC-11 "
         "repeats in many sets and frother labels twice, on precursors, blind188 and blind213; a pine-oil frother label "
         "on CFC-11 was found in no earlier row by a keyword search)", firm("Nordhafen Odczynniki Sp. z o.o.", "PL")),
        ("OZN-10", "transit", "ESSEA01", "sea", "CN", ["ES"], "SN", "290345",
         "Gaz réfrigérant R-134a, bouteilles jetables 13,6 kg, 600 bouteilles", "CN", 8160, 600, 24000, "USD",
         "R-134a in disposable cylinders reads about 5.7 bar at 20 °C and 1.21 kg/l; these 600 cylinders read 5.6 bar "
         "but hold a liquid of 1.31 kg/l, smell faintly sweet and a leak tester set to CFC reacts at once: "
         "dichlorodifluoromethane (CFC-12), moved through the Union without the licence Regulation 2024/590 requires, "
         "landed at Algeciras in transit from Ningbo to Dakar for air-conditioning repairers who serve the Kédougou "
         "gold camps; French wording (CFC-12 repeats in many sets and R-134a labels in several; kept as a repeat, a "
         "transit through Algeciras to Senegal is the new part)", {"importer_country": "SN"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "PE", [], "ES", "711291",
         "Chatarra de oro 18 k, joyería usada, para refinación, 1,8 kg", "PE", 1.8, None, 90000, "USD",
         "jewellery scrap is broken chains, rings and earrings with hallmarks and solder; this 1.8 kg holds hammered sheet "
         "gold with repoussé faces, folded to fit, ear spools and tiny bells with soil in the seams and no solder: "
         "Sicán and Nasca gold ornaments dug by informal miners in Ica and Lambayeque, archaeological objects whose "
         "export Peru forbids, brought in without the import licence Regulation 2019/880 requires and against the UNESCO "
         "1970 convention, flown from Lima to Madrid for a 'refiner'; Peruvian Spanish wording (pre-Columbian gold "
         "repeats in several sets and gold-scrap labels on it in three, blind5, blind18 and blind24; kept as a repeat, "
         "Sicán and Nasca gold from informal miners in Peru is the new part)",
         firm("Atlantic Metales Preciosos SL", "ES")),
        ("CUL-02", "import", "BEAIR01", "air", "GH", [], "BE", "710812",
         "Raw gold dust and nuggets (sika futuro), artisanal, Obuasi, 2.4 kg", "GH", 2.4, None, 150000, "USD",
         "artisanal gold is dust, flakes and rough nuggets with quartz and sand, bought by weight; among these 2.4 kg lie "
         "cast-gold discs with spiral and rosette patterns, small gold beetles, a ram's head and sword ornaments with an "
         "old red-brown patina: Asante court regalia (soul-washers' badges and abosodee of the 18th-19th century), "
         "cultural property whose export Ghana forbids without a permit, brought in without the importer statement "
         "Regulation 2019/880 requires, flown from Accra to Brussels for a gold buyer; Ghanaian English and Twi wording "
         "(Akan objects repeat in a few sets; Asante gold regalia among raw artisanal gold were found in no earlier row "
         "by a keyword search)", firm("Central Gold Trading SA", "BE")),
        ("CUL-03", "import", "DEAIR01", "air", "PK", [], "DE", "710310",
         "لاجورد خام بدخشان، درجه دو، ۲۰ کیلو", "PK", 20, None, 2000, "USD",
         "second-grade Badakhshan lapis rough is blue stone flecked with white calcite and pyrite, in broken lumps; among "
         "these 20 kg are 40 drilled and carved pieces: compartmented seals, a small ram's head and barrel beads of lapis "
         "with ancient wear and earth in the drill holes: Bronze Age Bactrian objects looted in northern Afghanistan and "
         "sent through Peshawar, brought in without the import licence Regulation 2019/880 requires, flown from "
         "Islamabad for an Idar-Oberstein stone dealer; Dari wording (lapis objects and Bactrian seals repeat in a few "
         "sets; kept as a repeat, mixed into a rough-lapis lot from Pakistan is the new part)",
         firm("Orion Edelsteine GmbH", "DE")),
        ("CUL-04", "import", "ATAIR01", "air", "MN", [], "AT", "261690",
         "Алтны шороон ордын баяжмалын дээж (placer gold concentrate samples), 6 хайрцаг", "MN", 14, 6, 3000, "USD",
         "placer-concentrate samples are bags of black sand with a few specks of gold for an assay; these six boxes hold "
         "cast-gold belt plaques with animal-combat scenes, turquoise inlay and earth in the openwork: Xiongnu grave "
         "goods dug by 'ninja' gold miners in Mongolian kurgans, archaeological objects whose export Mongolia forbids, "
         "brought in without the import licence Regulation 2019/880 requires, flown from Ulaanbaatar to Vienna; Mongolian "
         "wording (Xiongnu objects repeat in several sets; kept as a repeat, an assay-sample label from placer miners "
         "is the new part as far as a search found)", firm("Vega Naturkunde GmbH", "AT")),
        ("CUL-05", "import", "NLSEA01", "sea", "ID", [], "NL", "260900",
         "Sampel konsentrat pasir timah (kasiterit) untuk analisis, 20 peti", "ID", 800, 20, 400, "USD",
         "tin-sand samples are small, heavy bags of black cassiterite sand for an assay; these 20 crates hold straw-packed "
         "celadon bowls, qingbai ewers and bronze mirrors with shell growth and sea salt, raised by tin-dredge crews off "
         "Bangka: Song and Yuan wreck cargo, underwater cultural heritage whose export Indonesia forbids, brought in "
         "without the import licence Regulation 2019/880 requires, by sea from Jakarta for a Rotterdam 'assay' firm; "
         "Indonesian wording (Bangka and Belitung wreck cargo repeats twice, blind169 and blind209; kept as a repeat, "
         "a tin-concentrate sample label is the new part)", firm("Horizon Assay BV", "NL")),
        ("CUL-06", "import", "FRROAD01", "road", "MA", ["ES"], "FR", "253090",
         "Spécimens de minéraux et roches décoratives (vanadinite, Mibladen), 2 palettes", "MA", 1800, None, 2500, "EUR",
         "Mibladen vanadinite is red hexagonal crystals on a brown matrix, in small boxes; these two pallets hold sawn "
         "slabs of desert-varnished sandstone with pecked cattle, giraffes and Libyco-Berber script, cut from Anti-Atlas "
         "rock faces: rock-art panels, archaeological heritage whose export Morocco forbids, brought in without the "
         "importer statement Regulation 2019/880 requires, on a lorry through Spain for a Sainte-Marie-aux-Mines "
         "mineral-fair dealer; Moroccan French wording (petroglyphs repeat in a few sets; kept as a repeat, behind a "
         "vanadinite-specimen label by road is the new part)", firm("Vega Minéraux SARL", "FR")),
        ("CUL-07", "import", "ESAIR01", "air", "BO", [], "ES", "711299",
         "Chatarra de plata 925 para fundición, cooperativa minera de Potosí, 30 kg", "BO", 30, None, 20000, "USD",
         "silver scrap from a mining cooperative is cast bars, amalgam sponge and cut sheet; these 30 kg hold hammered "
         "silver altar-frontal plaques, candlesticks and a monstrance ray with Potosí assay marks and old nail holes, "
         "stripped from Altiplano churches: colonial ecclesiastical silver, cultural property whose export Bolivia "
         "forbids, brought in without the importer statement Regulation 2019/880 requires, flown from Santa Cruz to "
         "Madrid; Bolivian Spanish wording (Potosí silver repeats in several sets; kept as a repeat, a cooperative's "
         "silver-scrap label is the new part as far as a search found)", firm("Meridian Platería SL", "ES")),
        ("CUL-08", "import", "BEAIR01", "air", "NG", [], "BE", "261590",
         "Columbite-tantalite concentrate, Jos Plateau, assay samples, 6 sacks", "NG", 120, 6, 3000, "USD",
         "columbite-tantalite concentrate is a heavy, black, shiny sand; these six sacks hold, under a layer of sand, four "
         "terracotta heads and limbs with pierced eyes, elaborate hair and root marks: Nok terracottas of the first "
         "millennium BC, which Jos Plateau tin and columbite diggers still turn up, archaeological objects whose export "
         "Nigeria forbids, brought in without the import licence Regulation 2019/880 requires, flown from Abuja to "
         "Brussels; Nigerian English wording (Nok terracottas repeat in many sets; kept as a repeat, a coltan-concentrate "
         "label was found in no earlier row by a keyword search)", firm("Delta Minerals SA", "BE")),
        ("CUL-09", "import", "ITAIR01", "air", "LK", [], "IT", "710310",
         "ගියුඩා නිල් මැණික් අමු ගල් (geuda sapphire rough for heat treatment), කිලෝ 5", "LK", 5, None, 2500, "USD",
         "geuda rough is milky, pale, water-worn corundum pebbles bought to be heated; among these 5 kg are three small "
         "gilt-bronze Buddhas and a bodhisattva with earth and gem gravel in the casting cores, found in Ratnapura gem "
         "pits: Anuradhapura-period bronzes, archaeological objects whose export Sri Lanka forbids, brought in without "
         "the import licence Regulation 2019/880 requires, flown from Colombo to Milan for a gem dealer; Sinhala wording "
         "(Sri Lankan bronzes repeat in a few sets; in a geuda parcel was found in no earlier row by a keyword search)",
         firm("Rivage Gemme Srl", "IT")),
        ("CUL-10", "import", "DEAIR01", "air", "TH", [], "DE", "710310",
         "พลอยไพลินก้อน จากบ่อพลอยไพลิน 2 กก.", "KH", 2, None, 8000, "USD",
         "a Chanthaburi dealer's air parcel for an Idar-Oberstein gem house: Pailin rough sapphire and tumbled stones are "
         "what such dealers send, but the third item's 'เศษทองเหลืองเก่า' (old brass scrap) is 15 kg of green-patinated "
         "Angkorian bronze: finials, a ritual conch stand and palanquin hooks with soil in the cores, dug near the "
         "Cambodian gem fields: archaeological objects whose export Cambodia forbids, brought in without the import "
         "licence Regulation 2019/880 requires, hidden as the last item of a three-item declaration, flown from Bangkok; "
         "Thai wording (Khmer bronzes repeat in many sets; behind a Pailin sapphire parcel is the new part as far as a "
         "search found)",
         dict(firm("Nordhafen Edelsteine GmbH", "DE"),
              _more_items=[item("710399", "หินขัดมันคละสี (tumbled stones), 30 กก.", "TH", 30, 600, "USD"),
                           item("740400", "เศษทองเหลืองเก่า (old brass scrap), 15 กก.", "KH", 15, 150, "USD")])),
    ],
    "strategic": [
        ("STR-01", "import", "DEAIR01", "air", "KG", [], "DE", "711291",
         "Лом золота ювелирный 585/750, для аффинажа, 12 кг", "KG", 12, None, 700000, "USD",
         "jewellery scrap from Bishkek is broken rings and chains of red 585 gold with stones and solder; these 12 kg are "
         "freshly sawn pieces of bright 999.9 bar with parts of a Krasnoyarsk refinery's stamp and serial still on the "
         "cut faces, and the exporter, registered as a buyer from Kyrgyz artisanal miners, had no such volume last year: "
         "Russian gold, whose import into the Union Regulation 833/2014 forbids, flown from Bishkek to Frankfurt; Russian "
         "wording from Kyrgyzstan (Russian gold repeats in many sets; sawn bar as jewellery scrap from a Kyrgyz "
         "artisanal-gold buyer is the new part as far as a search found)", firm("Vega Edelmetall GmbH", "DE")),
        ("STR-02", "import", "BEAIR01", "air", "AE", [], "BE", "710231",
         "Rough diamonds, artisanal alluvial production, Banankoro (Guinea), KP certificate GN, 1,850 ct", "GN", 0.37,
         None, 420000, "USD",
         "Guinean alluvial goods are worn, rounded stones with percussion marks, many brownish, in mixed sizes; this "
         "parcel is sharp, glassy octahedra and macles of even size and colour, sorted into the sieve classes and boxes "
         "of a Yakutian producer, with a Guinean certificate issued in Conakry after a stop in Dubai: Russian rough "
         "diamonds, whose import into the Union Regulation 833/2014 forbids, flown from Dubai to Antwerp; English wording "
         "(Russian diamonds repeat in several sets and Guinean origin covers in a few; kept as a repeat, an artisanal "
         "Banankoro label is the new part as far as a search found)", firm("Atlantic Diamonds BV", "BE")),
        ("STR-03", "import", "ITAIR01", "air", "TD", [], "IT", "710812",
         "سبائك ذهب خام (دوري) من التعدين الأهلي، تيبستي، تشاد، 8 سبائك", "TD", 16, 8, 1000000, "USD",
         "Tibesti artisanal doré is small, rough, bubbly bars of 70-90 % gold; these eight are 2 kg bars of 94 % gold cast "
         "in the same mould with the Khartoum-style marks of a Darfur buyer filed off, and the exporter's papers lead to a "
         "gold company of the Rapid Support Forces: Sudanese gold from Jebel Amer, funds made available to a person "
         "listed under the Union's Sudan sanctions (Regulation 2023/2194), flown from N'Djamena to Rome; Chadian Arabic "
         "wording (gold from conflict areas repeats in several sets; Darfur gold as Chadian Tibesti doré is the new part "
         "as far as a search found)", firm("Meridian Metalli Preziosi Srl", "IT")),
        ("STR-04", "import", "DEAIR01", "express", "TH", [], "DE", "710310",
         "ทับทิมก้อน (rough ruby) แหล่งมอนเตปูเอซ โมซัมบิก, 320 กะรัต", "MZ", 0.07, None, 48000, "USD",
         "Montepuez rubies are flat, tabular, purplish-red crystals with mica and amphibole; these are pinkish-red, "
         "fluorescent, with silk and calcite, still in emporium lot bags printed with the Nay Pyi Taw gem sale's lot "
         "numbers: Mogok rubies sold by Myanma Gems Enterprise, funds made available to an entity listed under the "
         "Union's Myanmar sanctions (Regulation 401/2013), sent by express from Bangkok to an Idar-Oberstein dealer; "
         "Thai wording (Burmese gems repeat in a few sets; emporium-lot rubies as Mozambican rough from Bangkok are the "
         "new part as far as a search found)", firm("Alpina Juwelen GmbH", "DE")),
        ("STR-05", "export", "BESEA01", "sea", "BE", ["CI"], "BF", "293369",
         "Tablettes de chlore pour piscine (TCCA 90 %), 200 g, fûts de 50 kg, 400 fûts", "BE", 20000, 400, 30000, "EUR",
         "TCCA pool tablets are round, pressed, white tablets that smell strongly of chlorine; these drums hold white, "
         "pillow-shaped briquettes in sealed bags with no chlorine smell that smell faintly of bitter almonds when wet, "
         "and the drums' inner labels read 'NaCN 98 %': sodium cyanide (dual-use 1C350), exported without the licence "
         "Regulation 2021/821 requires, through Abidjan to a Ouagadougou 'pool supplies' trader who sells to artisanal "
         "gold leach sites; Belgian French wording (sodium cyanide repeats in many sets and pool-chlorine labels in a few; "
         "kept as a repeat, to Burkina Faso for artisanal leaching is the new part)", {"importer_country": "BF"}),
        ("STR-06", "import", "NLSEA01", "sea", "CN", [], "NL", "253090",
         "稀土精矿 (氟碳铈矿), REO 60 %, 内蒙古产, 吨袋, 100 吨", "CN", 100000, None, 600000, "USD",
         "Inner Mongolian bastnaesite concentrate comes from Baotou with a mill certificate and Chinese export papers; "
         "these big bags carry Korean-stencilled inner bags, a monazite-rich, thorium-bearing grade unlike Bayan Obo's, "
         "and the bill of lading traces them to a Nampo-Dalian coaster: rare-earth concentrate of North Korean origin, "
         "whose import into the Union the DPRK regulation (2017/1509) forbids, by sea from Dalian to Rotterdam; Chinese "
         "wording (North Korean goods under Chinese origin repeat in several sets; rare-earth concentrate as the good was "
         "found in no earlier row by a keyword search, a rare-earth-concentrate label once, blind43, on lamp waste)", firm("Central Rare Earths BV", "NL")),
        ("STR-07", "import", "PLSEA01", "sea", "CN", [], "PL", "710510",
         "人造金刚石微粉, 郑州产, 用于钻头, 200 万克拉", "CN", 400, None, 60000, "USD",
         "Zhengzhou synthetic diamond grit comes in Chinese-labelled tins with a maker's batch sheet; these tins have "
         "Cyrillic batch stickers under the Chinese ones, a grit grading used only by a Russian producer and a "
         "Novosibirsk forwarder on the original airway bill: Russian synthetic diamond grit, whose import into the Union "
         "Regulation 833/2014 forbids, by sea from Shanghai to Gdańsk for a Kielce drill-bit maker that supplies quarry "
         "and prospecting drillers; Chinese wording (industrial diamonds repeat in a few sets; Russian grit under a "
         "Chinese label was found in no earlier row by a keyword search)", firm("Delta Narzędzia Diamentowe Sp. z o.o.", "PL")),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "AM", "820559",
         "Outillage de bijoutier (brucelles, limes, scies), 40 kg", "FR", 40, None, 3000, "EUR",
         "a jewellers' supply air shipment for a Yerevan gold workshop: hand tools and casting plaster are what Paris "
         "suppliers send to Armenian jewellers, but the third item's 'loupes binoculaires de bijoutier' are 24 uncooled "
         "thermal-imaging camera cores with shutters and lens mounts, no eyepiece among them, for a workshop whose "
         "partner ships to Moscow: thermal-imaging cameras (dual-use 6A003) exported without a licence and goods whose "
         "sale for use in Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration, flown "
         "from Paris; French wording (thermal cameras repeat in many sets; behind jewellers' tools as jewellers' loupes "
         "is the new part as far as a search found)",
         dict({"importer_country": "AM"},
              _more_items=[item("252020", "Plâtre de revêtement pour fonte à cire perdue, 200 kg", "FR", 200, 600, "EUR"),
                           item("900580", "Loupes binoculaires de bijoutier à éclairage LED, 24 pièces", "FR", 12, 1200, "EUR", qty=24)])),
        ("STR-09", "transit", "LTRAIL01", "rail", "BY", ["LT"], "BR", "310420",
         "Калий хлористый гранулированный, происхождение Казахстан, 60 вагонов", "KZ", 4000000, 60, 1200000, "USD",
         "Kazakh potassium chloride hardly exists (Kazakhstan mines almost none); these 60 wagons of pink granules carry "
         "Belarusian wagon numbers, Salihorsk seal series and a granulometry matching that plant, with a Kazakh "
         "certificate issued after a paper transfer: Belarusian potash, whose transit through the Union to third "
         "countries Regulation 765/2006 forbids, by rail into Lithuania for Klaipėda and Santos; Russian wording "
         "(Belarusian potash repeats in several sets; kept as a repeat, a rail transit with Kazakh papers to Brazil is "
         "the new part as far as a search found)", {"importer_country": "BR"}),
        ("STR-10", "import", "EEAIR01", "air", "RW", [], "EE", "261590",
         "Coltan concentrate, Rwandan origin, tagged, 30 % Ta2O5, 5 t", "RW", 5000, None, 250000, "USD",
         "Rwandan coltan comes from a handful of known mines with a steady grade and mine tags in series; this lot "
         "reads a Ta/Nb ratio and uranium content of the Rubaya deposit across the border, its tags were issued in one "
         "day for a mine that produces a tenth of that a month, and its Kigali exporter buys from a cooperative run by "
         "an armed group: coltan from a mine controlled by a group whose leaders the Union lists, funds made available "
         "to listed persons under the Congo sanctions (Regulation 1183/2005), flown from Kigali for a Sillamäe "
         "tantalum plant; Rwandan English wording (conflict minerals repeat in a few sets; coltan was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Metals OÜ", "EE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "CD", [], "BE", "260900",
         "Cassitérite, échantillons pour analyse, comptoir de Bukavu, 10 sacs", "CD", 400, 10, 2000, "USD",
         "cassiterite samples are heavy black sand at about 2.5 kg a litre; these ten sacks are half as heavy as they "
         "should be and, under a layer of sand, hold dry, overlapping, brown keratin scales with a ridged base: "
         "white-bellied and giant pangolin scales (Phataginus tricuspis, Smutsia gigantea, CITES App. I) without CITES "
         "documents, flown from Goma to Brussels for a 'mineral trader'; Congolese French wording (pangolin scales repeat "
         "in many sets; a cassiterite-sample label was found in no earlier row by a keyword search)",
         firm("Horizon Minerais SA", "BE")),
        ("WLF-02", "import", "ESAIR01", "express", "CO", [], "ES", "710122",
         "Perlas cultivadas de agua dulce, rosadas, sueltas, 40 unidades", "CO", 0.2, 40, 300, "USD",
         "pink freshwater cultured pearls are rice- or button-shaped, nacreous and have a drill hole or a bead nucleus; "
         "these 40 are porcelain-like, oval, with a flame pattern under the lens and no nacre: queen conch pearls "
         "(Aliger gigas, CITES App. II) without CITES documents, sent by express from San Andrés to a private jewellery "
         "maker in Seville; Caribbean Colombian Spanish wording (queen conch pearls repeat in four sets, blind142, blind173, "
         "blind175 and blind176; kept as a repeat with freshwater-pearl labels, blind142 and blind176; by express from San Andrés "
         "to Seville is the new part)", person("Maria Lopez", "ES")),
        ("WLF-03", "import", "NLPOST01", "post", "SR", [], "NL", "711319",
         "Gouden hangers met goudklompjes, handgemaakt, 6 stuks", "SR", 0.3, 6, 12000, "SRD",
         "gold-nugget pendants from Paramaribo are a natural nugget in a gold bale; these six are gold-capped, curved, "
         "yellowed canine teeth 5-6 cm long with a root canal: jaguar canines (Panthera onca, CITES App. I) without CITES "
         "documents, from the hunting trade that follows gold camps in the interior, posted to a private person in "
         "Rotterdam; Surinamese Dutch wording (jaguar parts repeat in several sets; a gold-nugget pendant label was found "
         "in no earlier row by a keyword search)", person("Mw. R. Sital", "NL")),
        ("WLF-04", "import", "NLAIR01", "express", "ID", [], "NL", "710399",
         "Batu akik merah, cabochon, Kalimantan, 60 butir", "ID", 0.4, 60, 1800000, "IDR",
         "red agate cabochons are glassy, hard, translucent and cold to the touch; these 60 are opaque, waxy, "
         "warm-feeling, with a yellow-to-red skin over creamy ivory and a burnt-hair smell under a hot needle: helmeted "
         "hornbill casque (Rhinoplax vigil, CITES App. I) without CITES documents, sent by express from Pontianak to a "
         "private buyer in Eindhoven; Indonesian wording (hornbill casques repeat in several sets and an akik label once, "
         "blind150, on rough stone; hornbill cabochons as red akik are the new part as far as a search found)",
         person("M. Bakker", "NL")),
        ("WLF-05", "import", "ITSEA01", "sea", "PH", [], "IT", "251512",
         "Puting marmol na bloke para sa pag-ukit, 20 tonelada", "PH", 20000, None, 6000, "USD",
         "white marble blocks are sawn, crystalline, with grey veins, and cold; this container holds whole and split "
         "giant clam shells, 50-90 cm, with growth ridges, scutes and barnacles, many freshly dead: Tridacna gigas and "
         "T. derasa (CITES App. II) without CITES documents, by sea from Manila to Genoa for a Carrara carving studio; "
         "Tagalog wording (giant clams repeat in several sets; a marble-block label was found in no earlier row by a "
         "keyword search)", firm("Alpina Marmi Srl", "IT")),
        ("WLF-06", "import", "DEAIR01", "express", "CL", [], "DE", "253090",
         "Especímenes minerales de atacamita y crisocola, Chañaral, 12 cajas", "CL", 3.5, 12, 300, "USD",
         "atacamite specimens are green, glassy crystals on rock in tissue; these twelve boxes hold grey, spiny, "
         "bare-rooted globular cacti of 5-15 cm wrapped in newspaper, dug near the Atacama copper-mining towns: wild "
         "Copiapoa (CITES App. II) and Eriosyce (App. II) without CITES documents, sent by express from Copiapó to a "
         "private grower in Leipzig; Chilean Spanish wording (Copiapoa repeats in several sets; kept as a repeat, a "
         "mineral-specimen label is the new part as far as a search found)", person("Anna Schmidt", "DE")),
        ("WLF-07", "import", "DEAIR01", "express", "KZ", [], "DE", "253090",
         "Бал кальциті кристалдары (honey calcite points), өңделмеген, 3 кг", "KZ", 3, None, 90, "USD",
         "honey-calcite points are amber, glassy, rhombic crystals that cleave and fizz with acid; these are amber, "
         "translucent, ringed, lyre-shaped horns with a bony core socket: saiga horns (Saiga tatarica, CITES App. II, "
         "zero export quota for wild specimens) without CITES documents, sent by express from Almaty to a private buyer "
         "in Berlin; Kazakh wording (saiga horn repeats in several sets; a honey-calcite label was found in no earlier "
         "row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-08", "import", "PTAIR01", "air", "MZ", [], "PT", "261690",
         "Amostras de quartzo aurífero de Manica, para ensaio, 8 caixas", "MZ", 60, 8, 500, "USD",
         "gold-bearing quartz samples are white, rusty rock chips in numbered bags with a sample sheet; among these "
         "boxes are three cut pieces of dense, fibrous, grey-brown horn with a hairy base and no rock at all: rhinoceros "
         "horn (CITES App. I) without CITES documents, flown from Maputo to Lisbon for a 'mineral exploration' buyer; "
         "Portuguese wording from Mozambique (rhino horn repeats in many sets; a gold-quartz assay-sample label was found "
         "in no earlier row by a keyword search)", firm("Rivage Minerais Lda", "PT")),
        ("WLF-09", "import", "ATAIR01", "air", "PK", [], "AT", "710310",
         "کچا ایکوا میرین، گلگت، 3 کلو", "PK", 3, None, 4500, "USD",
         "a Gilgit gem dealer's air parcel for a Vienna mineral dealer: aquamarine and tourmaline rough are what "
         "northern Pakistani dealers send, but the third item's 'ram-horn handicrafts' are two pairs of long, "
         "corkscrew-twisted horns on skull plates: markhor horns (Capra falconeri, CITES App. I) without CITES export and "
         "import permits, hidden as the last item of a three-item declaration, flown from Islamabad; Urdu wording "
         "(markhor repeats in a few sets; behind a Gilgit gem parcel is the new part as far as a search found)",
         dict(firm("Alpina Mineralien GmbH", "AT"),
              _more_items=[item("710310", "کچا ٹورملین، 2 کلو", "PK", 2, 1500, "USD"),
                           item("960190", "بھیڑ کے سینگ کی دستکاری (ram-horn handicrafts)، 2 جوڑے", "PK", 16, 80, "USD", qty=2)])),
        ("WLF-10", "import", "FRAIR01", "air", "MG", [], "FR", "710310",
         "Quartz rose brut / Vato kuartsa mavokely tsy voavoatra, 6 kg", "MG", 6, None, 60, "USD",
         "rough rose quartz is cold, heavy, pink stone; this parcel from an Ilakaka stone buyer is light, warm and moves: "
         "twelve radiated tortoise hatchlings (Astrochelys radiata, CITES App. I) taped in socks among a few lumps of "
         "quartz, without CITES documents, flown from Antananarivo to Paris for a private keeper; Malagasy and French "
         "wording (radiated tortoises repeat in several sets; a rose-quartz label was found in no earlier row by a "
         "keyword search)", person("Sophie Bernard", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEPOST01", "post", "CA", "SE", "290420",
     "Nitromethane 96 %, 4 x 1 l, for a licensed private user (model-engine fuel blending)", "CA", 4.6, 4, 90, "CAD",
     [("PRECURSOR_LICENCE", "SE-PM-63-0114")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLPOST01", "post", "US", "NL", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (refining own jewellery scrap)", "US", 1.4, 1, 30, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-63-0207")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "GY", "BE", "262030",
     "Gold-bearing smelting slag and crucibles from licensed gold buyers, for precious-metal recovery at a licensed refinery, 3 t",
     "GY", 3000, None, 0, "USD", [("BASEL_CONSENT", "BE-OVAM-63-0091")], "notified precious-metal slag to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "TR", "BE", "262029",
     "Tin-lead solder dross (A1020), for recovery at a licensed non-ferrous smelter, 20 t", "TR", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-63-0133")], "notified solder dross to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "IN", "FR", "290314",
     "Carbon tetrachloride, analytical reagent, 4 x 1 l, for essential laboratory use", "IN", 6.4, 4, 200, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-63-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "PTSEA01", "sea", "PT", "US", "290371",
     "Recovered HCFC-22 from dismantled air-conditioners, 40 cylinders, exported for destruction", "PT", 1800, 40, 0,
     "EUR", [("ODS_LICENCE", "PT-APA-ODS-63-004")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Sicán gold ear spools, pair, documented French collection since 1958", "FR", 0.1, 2, 85000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-63-0177")], "archaeological objects exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "711411",
     "Silver monstrance, Potosí, c. 1700, documented Spanish collection, sold at auction with the export permit", "ES",
     4, 1, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-63-0062")],
     "silver object exported with the EU export licence and the Spanish permit"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "BF", "283711",
     "Sodium cyanide briquettes 98 %, 20 t, for a licensed industrial gold mine in Burkina Faso", "BE", 20000, None,
     52000, "EUR", [("EXPORT_LICENCE", "BE-FOD-63-0318"), ("END_USER_CERTIFICATE", "BF-MEMC-EUC-63-0027")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "AM", "852589",
     "Uncooled thermal-imaging camera cores, 24 units, for an Armenian fire-and-rescue service", "FR", 12, 24, 36000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-63-0412"), ("END_USER_CERTIFICATE", "AM-MES-EUC-63-0015")],
     "dual-use thermal-imaging cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "CO", "ES", "710121",
     "Queen conch pearls, 12, from a managed Colombian fishery", "CO", 0.05, 12, 6000, "USD",
     [("CITES_PERMIT", "CO-MADS-63-0449")], "App. II queen conch pearls with their export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "PK", "AT", "050790",
     "Markhor horns, 1 pair, hunting trophy from a community conservation programme in Gilgit-Baltistan", "PK", 9, 1,
     1200, "USD", [("CITES_PERMIT", "PK-MOCC-63-0031"), ("CITES_PERMIT", "AT-BMK-63-0208")],
     "App. I hunting trophy with its export and import permits"),
]

CONSIGNEES = {
    "PRM-01": "Mr L. Nilsson", "PRM-02": "Particulier", "PRM-03": "Horizon Precious Metals Recovery NV",
    "PRM-05": "Central Minéralogie SARL", "PRM-11": "Maria Lopez", "PRM-12": "Thomas Gruber",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, many the ordinary supplies of
    # small-scale miners, gold buyers, gem dealers, lapidaries and hobby prospectors
    ("285390", "Distilled water for lapidary saws, 1 l", "import", ["express"], ["LK", "IN"], (3, 6), (1, 4), ["USD"], 1, S),
    ("382000", "Ethylene-glycol engine antifreeze, green, 1 l", "import", ["post"], ["CA", "US"], (5, 9), (1, 4), ["USD", "CAD"], 1, S),
    ("281820", "Alumina polishing powder for gems, 1 kg", "import", ["air"], ["CN", "IN"], (4, 8), (100, 400), ["USD"], 1, S),
    ("281122", "Silica-gel sachets for gem parcels", "import", ["express"], ["IN", "CN"], (6, 12), (1, 3), ["USD"], 20, S),
    ("690919", "Ceramic tumbling media for rock tumblers, 5 kg bags", "import", ["sea"], ["CN"], (0.8, 1.5), (8000, 16000), ["USD"], 0.2, S),
    ("290545", "Glycerine USP, 1 l bottles", "import", ["post"], ["BR", "TR"], (4, 8), (1, 4), ["USD", "EUR"], 0.8, S),
    ("291711", "Oxalic acid crystals, 1 lb, for cleaning quartz specimens", "import", ["post"], ["US"], (8, 15), (1, 3), ["USD"], 2, S),
    ("283230", "Sodium thiosulphate pentahydrate, 1 kg bags", "import", ["air"], ["PE", "IN"], (2, 4), (200, 500), ["USD"], 1, S),
    ("253090", "Clinoptilolite zeolite powder, 1 kg", "import", ["road"], ["MK", "RS"], (1, 2), (1000, 4000), ["EUR"], 1, S),
    ("340290", "Jewellery cleaning concentrate for ultrasonic cleaners, 1 l", "import", ["express"], ["TH", "US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("250200", "Pyrite cube mineral specimens in matrix", "export", ["post"], ["US", "CH"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("392390", "New HDPE open-top drums, 220 l", "export", ["sea"], ["GH", "CI"], (2, 3.5), (4000, 10000), ["EUR"], 0.1, S),
    ("271019", "Lapidary saw oil, new, 20 l drums", "export", ["sea"], ["IN", "LK"], (2, 4), (4000, 12000), ["EUR"], None, S),
    ("280610", "Hydrochloric acid 32 %, technical, IBCs", "export", ["sea"], ["TN", "MA"], (0.15, 0.3), (18000, 24000), ["EUR"], None, S),
    ("870421", "Used pick-up trucks, roadworthy, with inspection certificate", "export", ["sea"], ["CD", "TZ"], (3, 6), (6000, 12000), ["EUR"], 0.0006, S),
    ("841370", "Petrol motor pumps for ore washing, new", "export", ["sea"], ["CD", "GH"], (8, 14), (2000, 6000), ["EUR"], 0.02, S),
    ("260900", "Tin concentrate (cassiterite), 70 % Sn, with assay", "import", ["sea"], ["BO", "PE"], (15, 22), (18000, 24000), ["USD"], None, S),
    ("251710", "Decorative white quartz gravel, 25 kg bags", "import", ["sea"], ["CN", "IN"], (0.2, 0.4), (18000, 24000), ["USD"], 0.04, S),
    ("260300", "Copper concentrate, flotation grade, with assay", "import", ["sea"], ["CL", "PE"], (2, 3), (24000, 28000), ["USD"], None, S),
    ("261690", "Gold-panning paydirt bags, 1 kg", "import", ["post"], ["US"], (20, 40), (1, 3), ["USD"], 1, S),
    ("381400", "Watch-cleaning solution, ammonia-free, 1 l", "import", ["air"], ["CH", "CN"], (8, 15), (50, 300), ["USD", "CHF"], 1, S),
    ("382499", "Sodium polytungstate heavy liquid, 1 l", "import", ["express"], ["US", "GB"], (200, 400), (1, 3), ["USD", "GBP"], 0.4, S),
    ("842410", "Clean-agent fire extinguishers, FK-5-1-12, new", "import", ["sea"], ["US", "IL"], (15, 30), (1000, 4000), ["USD"], 0.05, S),
    ("940690", "Mining-camp accommodation modules, new, R-290 air-conditioning", "export", ["sea"], ["MR", "GN"], (1.5, 3), (20000, 40000), ["EUR"], 0.0003, S),
    ("842951", "Rebuilt underground loaders, dry-chemical fire suppression", "export", ["sea"], ["ZM", "GH"], (3, 5), (25000, 30000), ["EUR"], 0.00004, S),
    ("330129", "Cedar-wood oil for emerald treatment, 500 ml", "import", ["express"], ["CO", "IN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("381400", "Opal dopping-wax remover, citrus-based, 1 l", "import", ["express"], ["AU"], (10, 20), (1, 4), ["AUD"], 1, S),
    ("841480", "Portable diesel air compressors with desiccant dryers, new", "export", ["sea"], ["MZ", "AO"], (6, 10), (6000, 14000), ["EUR"], 0.001, S),
    ("380590", "Pine-oil flotation frother, drums", "import", ["sea"], ["CN", "US"], (1.5, 2.5), (14000, 20000), ["USD"], None, S),
    ("711291", "Gold jewellery scrap for refining, assayed", "import", ["air"], ["CH", "AE"], (40000, 55000), (5, 20), ["USD"], None, S),
    ("710812", "Gold doré bars, with refinery assay and mine origin papers", "import", ["air"], ["GH", "PE"], (45000, 55000), (5, 20), ["USD"], None, S),
    ("710310", "Rough lapis lazuli, commercial grade", "import", ["air"], ["AF", "CL"], (30, 80), (20, 100), ["USD"], None, S),
    ("253090", "Vanadinite and calcite mineral specimens", "import", ["road"], ["MA"], (2, 5), (500, 2000), ["EUR"], None, S),
    ("711299", "Silver jewellery scrap for refining", "import", ["air"], ["BO", "PE"], (500, 800), (10, 50), ["USD"], None, S),
    ("261590", "Columbite-tantalite concentrate, with due-diligence file", "import", ["sea"], ["RW", "NG"], (40, 60), (10000, 20000), ["USD"], None, S),
    ("710399", "Tumbled gemstones, assorted, polished", "import", ["express"], ["TH", "IN"], (20, 50), (1, 3), ["USD"], 50, S),
    ("293369", "Trichloroisocyanuric acid pool tablets, 200 g", "export", ["sea"], ["CI", "SN"], (2, 3.5), (8000, 18000), ["EUR"], 5, S),
    ("310420", "Potassium chloride fertiliser, granular", "import", ["sea"], ["CA", "CL"], (0.3, 0.45), (24000, 28000), ["USD"], None, S),
    ("710510", "Synthetic diamond grit for saw blades and drill bits", "import", ["air"], ["CN", "KR"], (80, 200), (50, 300), ["USD"], None, S),
    ("900580", "Jewellers' binocular loupes, LED-lit", "export", ["post"], ["US", "CH"], (100, 200), (1, 2), ["EUR"], 3, S),
    ("711319", "Gold pendants set with gold nuggets, new", "import", ["post"], ["US", "AU"], (3000, 6000), (1, 2), ["USD"], 20, S),
    ("710122", "Freshwater cultured pearls, pink, loose", "import", ["express"], ["CN"], (300, 700), (1, 2), ["USD"], 500, S),
    ("251512", "White marble blocks for carving", "import", ["sea"], ["TR", "IN"], (0.2, 0.4), (20000, 26000), ["USD"], None, S),
    ("710310", "Rough rose quartz, tumbling grade", "import", ["air"], ["MG", "BR"], (2, 5), (100, 500), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630612", "Beach windbreaks, striped polyester, with poles", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.4, N),
        ("392690", "Plastic seedling trays, 40-cell, stackable", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD", "EUR"], 8, N),
        ("920999", "Guitar straps, woven polyester", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 6, N),
        ("650691", "Silicone swimming caps", "import", ["sea"], ["CN", "MY"], (5, 9), (2000, 6000), ["USD"], 15, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind222", 20630301, HERE)


if __name__ == "__main__":
    main()
