#!/usr/bin/env python3
"""Writes the hundred-and-forty-second blind set (tests/risk/data/blind142-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2049, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with most of its disguises routed through, traded from or written in the languages of
mainland Southeast Asia (Myanmar, Laos, Cambodia) and Bangladesh.
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
would. Ids are BL142-*:

    python3 tests/risk/data/make_blind142_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2049, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2049
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "KH", [], "FR", "200989",
         "ទឹកត្នោតស្រស់ (jus de palmier à sucre), ដប ១ លីត្រ, ៦ ដប", "KH", 6.9, 6, 30, "USD",
         "Cambodian sugar-palm juice (tuk tnaot) is pale, cloudy, sweet, smells of smoke and palm flowers and "
         "turns into sour toddy within a day unless it is canned and pasteurised; these six plastic bottles have "
         "vented caps and hold a water-clear liquid of 1.13 kg/l with no sweetness that whitens and stings the "
         "skin and foams on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Phnom Penh to a "
         "private person in Lyon; Khmer wording (hydrogen peroxide repeats in many sets and drink and water covers "
         "in many; a sugar-palm-juice or toddy label was found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
        ("PRE-02", "import", "GBPOST01", "post", "MM", [], "GB", "381400",
         "သစ်စေး ယွန်းထည် ရောစပ်ဆေး (thitsi lacquer thinner), ၁ လီတာ ဘူး ၄ ဘူး", "MM", 4.6, 4, 40, "USD",
         "Bagan lacquer workshops thin their thitsi (the black sap of Gluta usitata) with a turpentine-like "
         "spirit of 0.86 kg/l that smells of pine and floats on water; these four tins hold a colourless, oily "
         "liquid of 1.14 kg/l with a faint fruity smell that sinks, half mixes with water and does not dissolve "
         "a fleck of the lacquer sample packed with it, and the filler's label under the new one reads "
         "'CH3NO2': nitromethane (Annex I above 16 %), posted from Yangon to a private person in Birmingham who "
         "races model cars; Burmese wording (nitromethane repeats in many sets and lacquer-thinner labels in two, "
         "blind45 and blind98; a thitsi label from Myanmar was found in no earlier row by a keyword search)",
         person("Emma Jones", "GB")),
        ("PRE-03", "import", "GRAIR01", "air", "BD", [], "GR", "170290",
         "ঝোলা গুড় (খেজুরের তরল গুড়), ১ কেজি বয়াম, ৬০০ বয়াম", "BD", 780, 600, 900, "USD",
         "jhola gur is the runny winter jaggery of date-palm sap: dark brown, smelling of caramel and wood smoke, "
         "about 1.35 kg/l and sticky between the fingers; these jars hold an oily, brownish, odourless liquid of "
         "1.84 kg/l that grows hot with a drop of water, chars a sugar cube black and makes a nail fizz, for a "
         "Kypseli grocery in Athens that sells the jars to the public: technical sulphuric acid of about 96 % "
         "(Annex I above 15 %) retail-packed for members of the public, flown from Dhaka; Bengali wording "
         "(sulphuric acid repeats in many sets and syrup covers, agave syrup among them, in several; a "
         "date-palm jaggery label was found in no earlier row by a keyword search)",
         firm("Horizon Mini Market AE", "GR")),
        ("PRE-04", "import", "PLSEA01", "sea", "LA", ["TH"], "PL", "310420",
         "ຝຸ່ນໂປແຕັສ (Muriate of Potash) 60 % K2O, ຖົງ 25 ກິໂລ, 960 ຖົງ", "LA", 24000, 960, 8400, "USD",
         "muriate of potash from the Khammouane mines is a red-pink, salty granule of 60 % K2O that stays at room "
         "temperature in water; these 960 bags hold white, round prills that turn ice-cold in water, test at 34 % "
         "N, and melt and fume on a hot plate, for a Gdańsk garden web shop that sells 25 kg bags to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, trucked to Laem "
         "Chabang and shipped to Gdańsk; Lao wording (ammonium nitrate repeats in many sets and a muriate-of-potash "
         "label once, on potassium chlorate, blind46; Lao potash through Thailand is the new part as far as a "
         "search found)", firm("Orion Ogród Sp. z o.o.", "PL")),
        ("PRE-05", "import", "GBPOST01", "post", "MM", [], "GB", "330499",
         "သနပ်ခါး အမှုန့်, ၂၅၀ ဂရမ် ဘူး၊ ၈ ဘူး", "MM", 2.1, 8, 24, "USD",
         "thanaka powder is the ground bark of Limonia acidissima: pale yellow-beige, woody and sweet-smelling, "
         "and it makes a cream with a few drops of water; these eight tins hold a pure-white, odourless, "
         "crystalline powder that will not make a paste, burns fiercely mixed with sugar and whose inner bags "
         "read 'KClO4': potassium perchlorate (Annex I above 40 %), posted from Mandalay to a private person in "
         "Southall; Burmese wording (potassium perchlorate repeats in many sets and cosmetic-powder covers in "
         "several; a thanaka label was found in no earlier row by a keyword search)",
         person("Private individual", "GB")),
        ("PRE-06", "import", "FRAIR01", "air", "KH", [], "FR", "250100",
         "Fleur de sel de Kampot IGP, pots de 250 g, 1 600 pots", "KH", 400, 1600, 2400, "USD",
         "Kampot fleur de sel is damp, greyish, flaky and salty with a faint bitterness, and clumps in its pots; "
         "these 1,600 pots hold dry, clear, cubic crystals that are not salty, draw damp overnight, crackle and "
         "flare yellow on a gas ring and whose liners carry CAS 7775-09-9, for a Paris fine-food shop that sells "
         "them over the counter: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Phnom Penh; French wording from Cambodia (sodium chlorate repeats in many sets under salt "
         "labels, Icelandic flake salt and bamboo salt among them, and Kampot once, on pepper oil, blind124; a "
         "Kampot-salt label was found in no earlier row by a keyword search)", firm("Rivage Épicerie Fine SARL", "FR")),
        ("PRE-07", "import", "FRAIR01", "express", "LA", [], "FR", "200591",
         "ນ້ຳສົ້ມໜໍ່ໄມ້ (eau de pousses de bambou fermentées), ແກ້ວ 1 ລິດ, 4 ແກ້ວ", "LA", 5.6, 4, 20, "USD",
         "Lao sour bamboo-shoot water is a cloudy, pale-yellow brine with shreds of shoot in it that smells "
         "strongly of fermentation and weighs about 1.02 kg/l; these four bottles hold a clear, yellowish liquid "
         "of 1.40 kg/l with no shreds that fumes brown when opened, stains the skin yellow and eats into a copper "
         "coin: about 65 % nitric acid (Annex I above 3 %), sent by express from Vientiane to a private person in "
         "the 13th arrondissement of Paris; Lao wording (nitric acid repeats in many sets and sour-liquid covers, "
         "vinegars and citrus juices, in several; a fermented bamboo-shoot label was found in no earlier row by "
         "a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-08", "import", "FRAIR01", "air", "LA", [], "FR", "920590",
         "ແຄນ 16 ລູກ (khène lao, orgue à bouche en bambou), 6 ດວງ", "LA", 38, 6, 180, "USD",
         "a khene is a raft of thin, hollow bamboo pipes with metal reeds set in a hardwood wind-chest and weighs "
         "about a kilo; these six bundles are thick bamboo and PVC tubes of 6 kg each, with no reeds, a clay plug "
         "at one end and a fuse at the other, packed hard with a grey-black powder that smells of sulphur: bang "
         "fai rockets, home-made black-powder motors for the rocket festival, pyrotechnic articles without CE "
         "marking and explosives brought in without the transfer document the explosives directive requires, "
         "flown from Vientiane to Paris for a Lao association's festival in Seine-et-Marne; Lao wording (black "
         "powder and home-made pyrotechnics repeat in several sets; bang fai rockets and a khene label were found "
         "in no earlier row by a keyword search)",
         {"consignee_name": "Association culturelle lao de Seine-et-Marne", "importer_country": "FR"}),
        ("PRE-09", "import", "GBAIR01", "express", "BD", [], "GB", "283421",
         "সোরা (সল্টপিটার), মাংস জারানোর জন্য, ৫০০ গ্রাম, ৬ প্যাকেট", "BD", 3, 6, 1800, "BDT",
         "shora, saltpetre for curing meat, is a white, cool-tasting crystalline powder that fizzes lazily on a "
         "glowing coal; these six packets hold glossy, flaky crystals that spit violet sparks on a hot iron, "
         "crackle mixed with sugar and whose inner bags read CAS 3811-04-9: potassium chlorate (Annex I above "
         "40 %), sent by express from Sylhet to a private person in Bradford; Bengali wording (potassium "
         "chlorate repeats in many sets; a saltpetre label was found once on nitric acid, blind46, and once on "
         "real saltpetre, dev28-a; a shora label from Bangladesh is the new part)",
         person("Mrs S. Patel", "GB")),
        ("PRE-10", "import", "FRPOST01", "post", "AM", [], "FR", "560750",
         "Պարակորդ 550, նեյլոնե, 30 մ կծիկ, 4 հատ", "AM", 2.6, 4, 30, "USD",
         "550 paracord is a soft, braided nylon sheath around seven white nylon strands and weighs about 5 g a "
         "metre; these four coils are stiff, smooth, yellow-green plastic-sheathed cord with a white crystalline "
         "core, taped at the cut ends and stencilled 'ДШ' inside the wrapping: detonating cord (PETN), an "
         "explosive brought in without the transfer document of the explosives directive, posted from Yerevan to "
         "a private person near Marseille; Armenian wording (detonating cord repeats in many sets; a paracord "
         "label was found in no earlier row by a keyword search)", person("Mme Claire Martin", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", [], "BD", "850720",
         "Second-hand 12V deep-cycle batteries, tested, for easy-bikes (battery rickshaws), 900 pcs", "GB", 24000,
         900, 9000, "GBP",
         "second-hand batteries for Bangladesh's battery rickshaws would be tested, charged 12 V deep-cycle units "
         "with date codes and a test sheet; these 900 are cracked, sulphated golf-buggy and UPS batteries with "
         "dry cells and bulging cases that read 0-6 V, leak acid into the container's floor and were bought at "
         "scrap price from British collectors: waste lead-acid batteries (16 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Felixstowe to Chattogram for a Tongi 'battery trader' "
         "that supplies backyard lead smelters; British English wording (lead-acid batteries repeat in many "
         "sets; an easy-bike label was found in no earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "BD", "271019",
         "Jute batching oil (JBO), minerale olie voor jutespinnerijen, ISO-tanks, 2 x 20 t", "NL", 40000, None, 6000,
         "EUR",
         "jute batching oil is a clean, pale, low-aromatic mineral oil of set viscosity that jute mills emulsify "
         "to soften the fibre; these ISO tanks hold a black, water-laden oil that smells of diesel and petrol, "
         "carries metal fines and reads 600 ppm chlorine, collected from Dutch garages and workshops: waste "
         "engine and gear oil (13 02 05*), hazardous waste whose export to a non-OECD country is banned, from "
         "Rotterdam to Chattogram for a Narayanganj 'jute mill supplier'; Dutch wording (used oils repeat in "
         "many sets; a jute-batching-oil label was found in no earlier row by a keyword search)",
         {"importer_country": "BD"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "BD", "890520",
         "Self-elevating jack-up drilling unit, built 1982, sold as is for further use, under tow, 1 unit", "GB",
         10500000, 1, 4400000, "USD",
         "a jack-up sold for further drilling keeps its class, a leg and spud-can survey and a contract; this "
         "1982 rig, laid up at Invergordon for six years, is sold to a cash buyer at 420 USD per lightweight "
         "tonne, with class withdrawn, a one-voyage flag and delivery at Chattogram outer anchorage, and its "
         "accommodation block holds asbestos panels, PCB cables and NORM scale in the pipework: an end-of-life "
         "unit sent for beaching at Sitakunda, hazardous waste whose export to a non-OECD country is banned; "
         "British English wording (ships for breaking at Chattogram repeat in many sets and floating units, an "
         "FPSO, a crane pontoon, a floating dock and dredgers, in a few; kept as a known repeat, a jack-up "
         "drilling rig was found in no earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "KH", "950430",
         "Gebrauchte Geldspielgeräte, überholt, für Casino-Betrieb, 240 Stück", "DE", 24000, 240, 4800, "EUR",
         "refurbished gaming machines for a casino are LCD cabinets with a test report at several hundred euros "
         "each; these 240 are 1990s wall machines with cathode-ray tubes, cracked screens, cut cables and missing "
         "boards, at 20 EUR each, cleared out of closed arcades in the Ruhr: waste electrical equipment with CRTs "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to Sihanoukville "
         "for a Poipet 'casino supplier'; German wording (slot machines as e-waste repeat blind20; kept as a "
         "known repeat, to the Cambodian border casinos is the new part as far as a search found)",
         {"importer_country": "KH"}),
        ("WST-05", "transit", "NLSEA01", "sea", "US", ["NL"], "KH", "390110",
         "LDPE reprocessed granules, natural, film grade, 4 x 40' HC", "US", 88000, None, 8800, "USD",
         "reprocessed LDPE granules are clean, even pellets in big bags; these four containers, landed at "
         "Rotterdam in transit from Newark to Sihanoukville, hold compressed bales of mixed household film, "
         "bottles, nappies and food waste that smell of rot: unsorted plastic waste (Y48, not green-listed) moved "
         "through the Union without the notification and consent of the transit and destination states, to a "
         "country that sent back 83 such containers in 2019; US English wording (plastic waste under granule "
         "labels repeats in many sets; a transit through Rotterdam to Cambodia is the new part as far as a "
         "search found)", {"importer_country": "KH"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", ["TH"], "LA", "850421",
         "Transformateurs de distribution d'occasion, 400 kVA, révisés, pour électrification rurale, 30 unités",
         "FR", 45000, 30, 15000, "EUR",
         "used distribution transformers for a rural grid are drained, refilled with mineral oil and come with a "
         "PCB test under 50 ppm; these thirty, taken out of a 1970s industrial estate near Lyon, still carry "
         "'Pyralène' nameplates and are full of a heavy, non-flammable askarel: equipment containing PCBs "
         "(16 02 09*), hazardous waste and a persistent pollutant whose export to a non-OECD country is banned, "
         "from Le Havre to Laem Chabang and by road to Vientiane for a 'rural electrification contractor'; French "
         "wording (PCB transformers repeat in several sets, one with a Pyralène plate, blind127; to Laos is the "
         "new part as far as a search found)", {"importer_country": "LA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "MM", "392010",
         "Film in polietilene usato, lavato, per rivestimento di stagni da pesca, in balle, 24 t", "IT", 24000, None,
         1200, "EUR",
         "used greenhouse film sold for re-use as fish-pond lining would be whole, washed, folded sheets; these "
         "bales hold shredded, soil-laden mulch film and silage wrap with haylage, drip tape and a smell of "
         "pesticide, collected from Apulian farms: agricultural plastic waste (02 01 04), whose export to a "
         "non-OECD country Regulation 2024/1157 forbids, from Genoa to Thilawa for an Ayeyarwady 'fish-farm "
         "supplier'; Italian wording (agricultural film repeats in several sets and a pond-liner label once, "
         "blind64; to Myanmar is the new part as far as a search found)", {"importer_country": "MM"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "MM", "320890",
         "Laque noire en pâte pour l'artisanat de la laque (substitut de thitsi), fûts de 200 kg, 80 fûts", "BE",
         16000, 80, 3200, "EUR",
         "black lacquer paste for lacquerware, the cashew-shell substitute for thitsi, is a smooth, uniform, "
         "dark-brown paste sold in sealed tins with a curing sheet; these 80 drums hold skinned, mixed-colour ink "
         "and paint sludge with wash-up solvent, rags and filter socks, scraped out of a Ghent packaging printer's "
         "press-wash and settling tanks: waste ink and paint containing solvents (08 03 12*, 08 01 11*), "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Yangon for a Bagan "
         "'lacquerware supplier'; Belgian French wording (ink and paint sludge repeat in many sets, under offset-"
         "ink labels in five; a lacquerware-paste label to Myanmar was found in no earlier row by a keyword "
         "search)", {"importer_country": "MM"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "KH", "440122",
         "Astilla de madera para calderas de biomasa, 3 contenedores, 66 t", "ES", 66000, None, 2600, "EUR",
         "biomass chips are fresh, pale chips of forest thinnings; these containers hold grey, painted and oily "
         "chips with nails, green-stained CCA fragments and black, tar-smelling pieces of railway sleepers, "
         "shredded at a Valencia demolition yard: waste wood containing hazardous substances (17 02 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Valencia to Sihanoukville for the "
         "boilers of Phnom Penh garment factories; Spanish wording (creosote sleepers and treated wood repeat in "
         "many sets and wood-chip labels in many; garment-factory boiler fuel in Cambodia is the new part as far "
         "as a search found)", {"importer_country": "KH"}),
        ("WST-10", "export", "PLSEA01", "sea", "PL", [], "BD", "720310",
         "Gąbczaste żelazo (DRI), miał, do pieców indukcyjnych, 2 kontenery, 50 t", "PL", 50000, None, 9000, "EUR",
         "sponge-iron fines are dry, grey-black, porous granules of directly reduced iron ore that induction "
         "furnaces charge with scrap; these two containers hold wet, black, oily grinding swarf and filter-press "
         "cake from a Silesian bearing maker that drips cutting oil onto the container floor and smells of "
         "coolant: metal sludge containing oil (12 01 18*), hazardous waste whose export to a non-OECD country "
         "is banned, from Gdynia to Chattogram for a steel re-rolling mill; Polish wording (grinding sludge "
         "repeats in a few sets, under a hand-warmer iron-powder label in blind136, and oily wastes under "
         "HMS-scrap labels in many; a sponge-iron label was found in no earlier row by a keyword search)",
         {"importer_country": "BD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "BD", [], "NL", "731100",
         "Reconditioned CO2 cylinders (ship fixed fire-fighting system), 45 kg, hydro-tested, ex ship recycling, "
         "120 pcs", "BD", 9600, 120, 6000, "USD",
         "ships' CO2 cylinders are tall, grey or red bottles of 45 kg of liquid CO2 at 57 bar, stamped 'CO2' on "
         "the shoulder; these 120 cylinders from ships broken at Sitakunda, sold through a Bhatiary second-hand "
         "marine yard, read 25 bar, weigh too little for CO2, carry 'BTM' and 'Halon 1301' on the valve tags under "
         "new paint, and a gas test gives bromotrifluoromethane: halon 1301, whose import into the Union is "
         "banned outside licensed critical uses, by sea from Chattogram to Rotterdam for a ship chandler; English "
         "wording from Bangladesh (halon 1301 repeats in many sets and other-gas cylinder labels in several; halon "
         "from Bangladeshi ship-breaking yards was found in no earlier row by a keyword search)",
         firm("Horizon Scheepsbenodigdheden BV", "NL")),
        ("OZN-02", "import", "GBAIR01", "air", "BD", [], "GB", "691490",
         "মাটির তন্দুর চুলা, রেস্তোরাঁর জন্য, ৬টি", "BD", 600, 6, 1800, "GBP",
         "a restaurant-supply air shipment for a Whitechapel catering wholesaler: clay tandoors and brass cooking "
         "pots are what such firms bring from Dhaka, but the third item's 'butane for blowtorches' is 40 green "
         "returnable cylinders of 13.6 kg that read 9 bar at 20 °C, with 'R-22' stamped on the collars under "
         "the stickers, bought to top up the old cold rooms of curry houses: chlorodifluoromethane (HCFC-22), "
         "whose import is banned (the retained ozone regulation), hidden as the last item of a three-item "
         "declaration, flown from Dhaka to Heathrow; Bengali wording (HCFC-22 repeats in many sets and lighter-gas "
         "and butane labels in a few; behind tandoors for a restaurant wholesaler is the new part as far as a "
         "search found)",
         dict(firm("Central Catering Supplies Ltd", "GB"),
              _more_items=[item("741810", "পিতলের হাঁড়ি ও ডেকচি, ৬০টি", "BD", 180, 600, "GBP", qty=60),
                           item("271113", "ব্লোটর্চের গ্যাস (বিউটেন), সিলিন্ডার, ৪০টি", "BD", 544, 400, "GBP", qty=40)])),
        ("OZN-03", "import", "PLSEA01", "sea", "BD", [], "PL", "841821",
         "Double-door refrigerators 250 L, R600a, cyclopentane-blown insulation, 400 units", "BD", 22000, 400, 52000,
         "USD",
         "refrigerators foamed with cyclopentane carry a flammable-insulation mark and say so on the data plate; "
         "these 400, the old stock of a Gazipur maker, have plates that read 'blowing agent HCFC-141b' under new "
         "stickers, and a core cut from a door gives off 1,1-dichloro-1-fluoroethane on a gas detector: products "
         "containing an ozone-depleting substance in their foam, whose import into the Union is banned, by sea "
         "from Chattogram to Gdańsk for a household-appliance chain; English wording from Bangladesh (HCFC-141b "
         "foams repeat in many sets, in truck bodies, cold-store panels and retro fridges; household "
         "refrigerators from Bangladesh are the new part as far as a search found)",
         firm("Vega AGD Sp. z o.o.", "PL")),
        ("OZN-04", "export", "BESEA01", "sea", "BE", [], "BD", "841869",
         "Congélateurs à plaques d'occasion, révisés, 4 unités, pour exportateur de crevettes", "BE", 16000, 4,
         14000, "EUR",
         "second-hand plate freezers for export are converted to ammonia or an HFC and shipped with a new charge "
         "record; these four horizontal plate freezers, taken out of a Zeebrugge shrimp-processing plant, still "
         "hold about 120 kg each of HCFC-22 in their separators and receivers, with 'R-22' on the plates: "
         "equipment containing and relying on HCFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Antwerp to Mongla for a Khulna black-tiger shrimp exporter; Belgian French wording "
         "(R-22 equipment for export repeats in many sets, flake-ice machines from a fish auction in blind105 and "
         "plate freezers once, blind58; shrimp plate freezers through Mongla for Khulna are the new part as far "
         "as a search found)", {"importer_country": "BD"}),
        ("OZN-05", "import", "DEAIR01", "express", "TH", [], "DE", "950590",
         "สเปรย์หิมะ สำหรับงานสงกรานต์และงานปาร์ตี้, 250 มล., 48 กระป๋อง", "TH", 14, 48, 120, "USD",
         "party snow spray is a soapy foam pushed out of a light can by butane or HFO at about 3 bar, and burns "
         "at the nozzle; these 48 cans read 9 bar at 20 °C, the foam comes out with a cold, non-flammable gas and "
         "a gas test of the head-space gives chlorodifluoromethane: party-snow aerosols propelled by HCFC-22, "
         "products containing an ozone-depleting substance whose import into the Union is banned, sent by "
         "express from Bangkok to a Thai-temple festival committee in Hamburg for Songkran; Thai wording "
         "(snow sprays appear once, with an 'ozone friendly' claim, in development set dev7-b; Songkran party "
         "snow from Thailand was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("OZN-06", "export", "FRSEA01", "sea", "FR", [], "MM", "845110",
         "Machines de nettoyage à sec d'occasion, 2 unités, pour blanchisserie d'hôtel", "FR", 3600, 2, 8000, "EUR",
         "used dry-cleaning machines for export run on perchloroethylene or a hydrocarbon solvent and are drained "
         "before they leave; these two 1980s machines from a Lyon hotel laundry still hold about 150 l each of "
         "CFC-113 in their tanks ('R-113' stencilled on the still) and their solvent-recovery units run on "
         "CFC-12: equipment containing and relying on CFCs, whose export from the Union is banned, from Le Havre "
         "to Yangon for a hotel laundry; French wording (CFC-113 repeats in many sets and used dry-cleaning "
         "machines for export once, blind65, on their R-22 recovery circuits; kept as a known repeat, machines "
         "still holding CFC-113 solvent, to Myanmar, are the new part as far as a search found)", {"importer_country": "MM"}),
        ("OZN-07", "import", "CZAIR01", "air", "VN", [], "CZ", "340530",
         "Bình xịt đánh bóng sơn xe hơi 450 ml, 2.400 bình", "VN", 820, 2400, 1440, "USD",
         "car-polish aerosols are 450 ml cans of wax emulsion pushed out by butane through a spray nozzle; these "
         "2,400 cans have no nozzle but a self-sealing top valve of the car air-conditioning kind, hold 340 g of "
         "liquefied gas at 5.7 bar and come with a gauge hose in every carton: HFC-134a in non-refillable "
         "containers, whose placing on the market is banned (Regulation 2024/573), brought in without quota "
         "authorisation, flown from Hanoi to Prague for a car-parts trader; Vietnamese wording (HFC-134a in cans "
         "repeats in many sets; a car-polish label was found in no earlier row by a keyword search)",
         firm("Delta Autodíly s.r.o.", "CZ")),
        ("OZN-08", "import", "ITAIR01", "air", "BD", [], "IT", "381400",
         "দাগ তোলার তরল (স্পট রিমুভার), গার্মেন্টসের জন্য, ১ লিটার, ৪০ বোতল", "BD", 53, 40, 320, "USD",
         "the spot-cleaning fluid that garment finishers load into their spot guns is now a light hydrocarbon or "
         "a modified alcohol of 0.8 kg/l that burns; these 40 bottles hold a non-flammable liquid of 1.33 kg/l "
         "that smells sweet like chloroform and boils at 74 °C, and the Chinese drum labels copied into the "
         "invoice annex read '1,1,1-三氯乙烷': methyl chloroform, whose import into the Union is banned, flown "
         "from Dhaka to Rome for a Bangladeshi-run garment-finishing workshop in Tor Pignattara; Bengali wording "
         "(methyl chloroform repeats in many sets; a garment spot-remover label was found in no earlier row by a "
         "keyword search)", firm("Orion Rifiniture Srl", "IT")),
        ("OZN-09", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "290342",
         "R-32 制冷剂 (二氟甲烷), 9.5 公斤钢瓶, 800 瓶", "CN", 7600, 800, 9600, "USD",
         "R-32 is sold in blue-banded cylinders with a left-hand valve and a red flammable-gas label, at about "
         "14 bar at 20 °C; these 800 green cylinders, landed at Thessaloniki in transit from Ningbo to Skopje, "
         "carry no flammable mark, read 8 bar and a gas test gives chlorodifluoromethane: HCFC-22 under an "
         "HFC label, moved through the Union without the licence the ozone regulation requires for transit; "
         "Chinese wording (HCFC-22 under HFC labels repeats in many sets, in transit through Koper to Belgrade "
         "once, blind132; kept as a known repeat, a transit through Thessaloniki to North Macedonia is the new "
         "part as far as a search found)", {"importer_country": "MK"}),
        ("OZN-10", "import", "ESSEA01", "sea", "MY", [], "ES", "381400",
         "Pelarut pelekat sentuh untuk busa perabot, dram 200 liter, 40 dram", "MY", 10800, 40, 9600, "USD",
         "contact-adhesive solvents for upholstery foam are acetone or hydrocarbon blends of 0.7-0.8 kg/l that "
         "burn readily; these 40 drums weigh 270 kg each (1.35 kg/l), their contents do not burn, smell sharp "
         "and sweet, and the drum heads read 'nPB 99 %' under the new stencils: 1-bromopropane (n-propyl "
         "bromide), a 'new substance' of the ozone regulation that may not be placed on the Union market, by "
         "sea from Port Klang to Valencia for a sofa-foam converter; Malay wording (n-propyl bromide repeats in "
         "three sets, blind20, blind110 and blind118; a foam contact-adhesive label was found in no earlier row "
         "by a keyword search)", firm("Meridian Espumas SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "KH", [], "FR", "691390",
         "ក្អមកំបោរ សេរ៉ាមិចលាបថ្នាំ ថ្មី (pots à chaux émaillés, neufs), ១២ ដុំ", "KH", 14, 12, 180, "USD",
         "new glazed lime pots from Siem Reap workshops are light, bright-glazed and even, with a flat machine-cut "
         "foot; these twelve are heavy, grey stoneware with a thin brown or olive-green glaze worn through on the "
         "shoulders, owl and elephant forms, kiln grit fused to the bases and earth inside: Angkorian glazed "
         "stoneware (11th-13th century) dug from kiln sites in Phnom Kulen and Banteay Meanchey, cultural goods "
         "exported without Cambodia's permission and brought in without an import licence (Regulation 2019/880), "
         "flown from Phnom Penh to Paris for a dealer; Khmer wording (Khmer sculpture repeats in many sets and "
         "Cambodian jars once, dev30-d; Angkorian lime pots and baluster jars were found in no earlier row by a "
         "keyword search)", firm("Galerie Horizon Asie SARL", "FR")),
        ("CUL-02", "import", "BEPOST01", "post", "KH", [], "BE", "830241",
         "Crochets de rideau en laiton, neufs, style khmer, 14 pièces", "KH", 3.2, 14, 40, "USD",
         "new brass curtain hooks are bright, thin, stamped and screw-mounted; these fourteen are heavy, "
         "green-crusted bronze hooks and ring fittings cast with naga heads and garuda, with sockets for a pole "
         "and wear where ropes ran: Angkorian palanquin and litter fittings (12th-13th century) from looted "
         "sites in Preah Vihear, cultural goods exported without Cambodia's permission and brought in without an "
         "import licence (Regulation 2019/880), posted from Phnom Penh to a private collector in Brussels; French "
         "wording from Cambodia (Khmer bronzes repeat in several sets; palanquin fittings under a curtain-hook "
         "label were found in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
        ("CUL-03", "import", "FRAIR01", "air", "LA", [], "FR", "090111",
         "ກາເຟອາຣາບິກາ ພູພຽງບໍລະເວນ, ກະສອບ 60 ກິໂລ, 4 ກະສອບ", "LA", 240, 4, 1440, "USD",
         "a Lao coffee and textile air shipment for a Paris fair-trade shop: Bolaven arabica and new silk "
         "scarves are what such shops sell, but the third item's 'old cloth scraps for cushions' are eight "
         "indigo-and-red silk and cotton ceremonial cloths with supplementary-weft spirits, horses and naga, "
         "worn, mended and smelling of smoke: 19th-century Tai Daeng shaman cloths from villages in Houaphanh, "
         "cultural goods over a hundred years old exported without Laos's permission and brought in without an "
         "import licence (Regulation 2019/880), hidden as the last item of a three-item declaration, flown from "
         "Vientiane to Paris; Lao wording (Southeast Asian textiles appear in few rows; Tai Daeng shaman cloths "
         "behind a coffee cargo were found in no earlier row by a keyword search)",
         dict(firm("Central Commerce Équitable SARL", "FR"),
              _more_items=[item("621410", "ຜ້າພັນຄໍໄໝ, ໃໝ່, 120 ຜືນ", "LA", 18, 1800, "USD", qty=120),
                           item("631090", "ເສດຜ້າເກົ່າ ສຳລັບເຮັດໝອນ, 8 ຜືນ", "LA", 6, 40, "USD", qty=8)])),
        ("CUL-04", "import", "GBAIR01", "air", "MM", [], "GB", "711420",
         "ငွေရည်စိမ် ဖလား အသစ် (silver-plated bowls, new), ၆ လုံး", "MM", 9, 6, 240, "USD",
         "new silver-plated bowls are machine-spun brass under a bright, thin plate that wears through to yellow; "
         "these six are heavy, hand-raised silver with deep repoussé Jataka and zodiac scenes, darkened "
         "crevices, worn inscriptions naming a Mandalay donor and the year 1885, and lacquer residue from a "
         "monastery shelf: Konbaung-period silver (19th century), antiquities whose export Myanmar forbids, "
         "brought in against the UNESCO 1970 convention, flown from Yangon to London for a dealer; Burmese "
         "wording (repoussé silver repeats in several sets from other regions; Burmese Konbaung silver was found "
         "in no earlier row by a keyword search)", firm("Atlantic Oriental Art Ltd", "GB")),
        ("CUL-05", "import", "NLAIR01", "air", "TH", [], "NL", "830629",
         "Brass animal paperweights, new, Burmese style, 40 pcs", "MM", 22, 40, 200, "USD",
         "new brass paperweights are bright, light castings with crisp edges and a machined base; these forty "
         "are dense, dark bronze hintha birds, lions and elephants on stepped bases, with worn edges, file marks "
         "where weight was taken off and stamped marks of Konbaung market inspectors: Burmese bronze weights "
         "(17th-19th century), antiquities taken out of Myanmar against its antiquities law, brought in against "
         "the UNESCO 1970 convention, flown from Bangkok to Amsterdam for a dealer with Myanmar declared as "
         "origin; English wording from a Thai trader (Burmese bronzes repeat in a few sets; animal weights under "
         "a paperweight label were found in no earlier row by a keyword search)",
         firm("Horizon Aziatica BV", "NL")),
        ("CUL-06", "import", "GBPOST01", "post", "BD", [], "GB", "711311",
         "রুপার চার্ম, গয়না তৈরির জন্য, নতুন, ৩০টি", "BD", 0.2, 30, 3000, "BDT",
         "new silver charms for jewellery making are bright, cast or stamped 925 silver with a jump ring; these "
         "thirty are small, bent, irregular silver pieces punched with suns, six-armed symbols and animals on "
         "one face, crusted with grey earth: punch-marked silver coins (5th-2nd century BC) dug at "
         "Wari-Bateshwar, archaeological objects whose export Bangladesh forbids, posted from Narsingdi to a "
         "private collector in Leicester; Bengali wording (ancient coins as silver scrap or jewellery repeat in "
         "many sets; punch-marked coins from Bangladesh were found in no earlier row by a keyword search)",
         person("Mr K. Tanaka", "GB")),
        ("CUL-07", "import", "GBSEA01", "sea", "BD", [], "GB", "680293",
         "Black granite slab, polished, for memorial headstone, 1 pc", "BD", 420, 1, 150, "USD",
         "a headstone blank is freshly sawn, machine-polished black granite with square edges; this slab is "
         "dark basalt with a worn, hand-dressed face carrying three lines of Arabic in raised tughra-style "
         "script naming a sultan of Bengal and a mosque foundation in 1490, with old lime mortar on the back: a "
         "Sultanate-period foundation inscription from Gaur, cultural heritage whose export Bangladesh forbids, "
         "brought in against the UNESCO 1970 convention, by sea from Chattogram to London Gateway for a "
         "memorial mason; English wording from Bangladesh (Ottoman tughras on documents repeat in two sets; a "
         "Bengal Sultanate inscription under a headstone label was found in no earlier row by a keyword search)",
         firm("Central Memorials Ltd", "GB")),
        ("CUL-08", "import", "ITAIR01", "express", "BD", [], "IT", "482010",
         "হাতে তৈরি কাগজের নোটবুক, পুরোনো ধাঁচের, ১২টি", "BD", 2.4, 12, 60, "USD",
         "handmade-paper notebooks from Bangladeshi craft shops are blank, cream, evenly cut and sewn; these "
         "twelve are bundles of brittle, brown, hand-made tulot paper written edge to edge in old Bengali script "
         "with red ink rubrics, between wooden boards: puthi manuscripts (18th-19th century) of Vaishnava poems "
         "from a Sylhet family collection, cultural goods whose export Bangladesh forbids, sent by express from "
         "Dhaka to a private collector in Rome; Bengali wording (manuscripts as notebooks and old books repeat in "
         "many sets; Bengali puthi were found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-09", "export", "PTAIR01", "air", "PT", [], "US", "630419",
         "Colcha bordada em seda, usada, 1 peça", "PT", 4, 1, 600, "EUR",
         "a used embroidered silk bedspread is a worn, machine-made cover worth a few hundred euros; this one is "
         "a large cotton cover embroidered in golden tussar silk with hunting scenes, Portuguese ships, the "
         "arms of a Lisbon family and a Bengali border of birds, hand-quilted in chain stitch: a Bengal-Portuguese "
         "colcha of the 17th century, made in Satgaon for the Portuguese market, worth far above the value "
         "threshold and part of the Portuguese heritage, exported without the licence of Regulation 116/2009 "
         "and the Portuguese permit, flown from Lisbon to New York for a textile dealer; Portuguese wording "
         "(colchas were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-10", "import", "DEPOST01", "post", "MM", [], "DE", "580631",
         "ချည်ထည် အနားကွပ် ဖဲကြိုး (woven cotton trimming tape), ၂၀ ခွေ", "MM", 1.8, 20, 60, "USD",
         "cotton trimming tape is new, even, machine-woven ribbon on cards; these twenty rolls are narrow, "
         "faded, tablet-woven bands several metres long with Burmese words woven into the pattern, donor names, "
         "dates in the 1880s and 1890s and frayed ends where they were cut from manuscript bundles: sazigyo, "
         "Buddhist manuscript binding ribbons of the Konbaung period, cultural goods whose export Myanmar "
         "forbids, posted from Yangon to a private collector in Munich; Burmese wording (Burmese manuscripts and "
         "parabaik repeat in several sets; sazigyo ribbons were found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "MM", "845229",
         "Gebrauchte Industrienähmaschinen, 120 Stück", "DE", 6000, 120, 18000, "EUR",
         "a used garment-machinery container for a Yangon 'garment factory': industrial sewing machines and "
         "cutting tables are what Hlaing Tharyar factories buy, but the third item's 'jade engraving machine' is a "
         "9 t, five-axis vertical machining centre with a 24-tool changer and a positioning accuracy of 4 µm, for "
         "a Mandalay 'jade workshop' whose address is a KaPaSa (Directorate of Defence Industries) supplier: a "
         "dual-use machine tool (2B001) exported without a licence to a military end user in Myanmar, against "
         "the embargo of Regulation 401/2013, hidden as the last item of a three-item declaration, from Hamburg "
         "to Yangon; German wording (machining centres repeat in several sets, jade-carving covers in two; a "
         "jade-engraving label to Myanmar was found in no earlier row by a keyword search)",
         dict({"importer_country": "MM"},
              _more_items=[item("940320", "Zuschneidetische, gebraucht, 20 Stück", "DE", 2400, 2000, "EUR", qty=20),
                           item("846490", "Jade-Graviermaschine, CNC, gebraucht, 1 Stück", "DE", 9000, 6000, "EUR", qty=1)])),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "MM", "852190",
         "Karaoke-videoservers voor KTV-lounge, 1U, 12 stuks", "NL", 180, 12, 9600, "EUR",
         "KTV karaoke servers are consumer media boxes with large disks, HDMI outputs and a song library; these "
         "twelve are rack appliances with eight 100G network ports, no video output, and lawful-interception "
         "and deep-packet-inspection software licensed to a Naypyitaw 'hotel group' whose order names a mobile "
         "operator: telecommunications monitoring equipment, whose export to Myanmar Regulation 401/2013 "
         "forbids, flown from Amsterdam to Yangon; Dutch wording (interception gear repeats in several sets, "
         "IMSI catchers to Myanmar once, blind55; a karaoke-server label was found in no earlier strategic row "
         "by a keyword search)", {"importer_country": "MM"}),
        ("STR-03", "export", "PLAIR01", "air", "PL", [], "LA", "871410",
         "Amortyzatory motocyklowe, tylne, regenerowane, 24 szt.", "PL", 360, 24, 2400, "EUR",
         "rebuilt motorcycle rear shock absorbers weigh 2-3 kg and cost tens of euros; these 24 are 15 kg "
         "hydraulic dampers with forged lugs and Cyrillic part numbers from a Mi-8/Mi-17 main-rotor head, "
         "overhauled at a Polish helicopter works, for a Vientiane 'motorcycle parts' firm that flies them on "
         "to Naypyitaw: helicopter parts for the Myanmar air force, military equipment whose export to Myanmar "
         "the arms embargo forbids (Regulation 401/2013), flown from Warsaw; Polish wording (Mi-8/Mi-17 parts "
         "repeat in a few sets under agricultural-machinery labels; rotor dampers as motorcycle shock absorbers "
         "through Laos were found in no earlier row by a keyword search)", {"importer_country": "LA"}),
        ("STR-04", "import", "FRAIR01", "air", "KH", [], "FR", "970191",
         "Oil paintings, Angkor temple landscapes, by Cambodian artists, 20 pcs", "KH", 60, 20, 2000, "USD",
         "Cambodian artists' Angkor paintings are small, quick canvases sold in Siem Reap at tens of dollars; "
         "these twenty are large, academically painted panoramas on Korean-made stretchers, signed in Korean "
         "on the back by 'People's Artists' and stamped by the studio that painted the Angkor Panorama Museum: "
         "works sold for the Mansudae Overseas Project Group, a UN-designated North Korean entity, to which no "
         "funds or economic resources may be made available (Regulation 2017/1509), flown from Siem Reap to "
         "Paris for a gallery; English wording from Cambodia (Mansudae works repeat once, as Chinese ink "
         "paintings from Dandong, blind118; kept as a known repeat, Angkor panoramas from Cambodia are the new "
         "part as far as a search found)", firm("Galerie Orion SARL", "FR")),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "MM", "870590",
         "Autobotti irroratrici per piantagioni di gomma, 4 unità", "IT", 64000, 4, 360000, "EUR",
         "plantation spray tankers are plain tank trucks with a boom or a hose reel and a small pump; these four "
         "have armoured cabs with mesh window guards, roof-mounted remote-controlled turrets throwing 2,000 "
         "l/min, a dye-injection tank and a front blade, for a Naypyitaw 'agricultural' firm supplying the "
         "police: water cannon, equipment which might be used for internal repression, whose sale to Myanmar "
         "Regulation 401/2013 forbids, from Genoa to Yangon; Italian wording (water cannon repeats once, as "
         "street-washing tankers to Venezuela, blind58; a rubber-plantation sprayer label to Myanmar is the new "
         "part as far as a search found)", {"importer_country": "MM"}),
        ("STR-06", "export", "CZAIR01", "air", "CZ", [], "KH", "854370",
         "Elektrické poháněče dobytka, 120 ks", "CZ", 96, 120, 2400, "EUR",
         "cattle prods are long, thin fibreglass wands with two blunt tips and a low-current pulse; these 120 are "
         "short, black, rubber-gripped batons with an arc across the tip and a 1 MV rating, wrist straps and belt "
         "holsters, for a Battambang 'ranch' whose buyer is a provincial military-police unit: portable "
         "electric-shock batons, whose export needs the authorisation of Regulation 2019/125 (Annex III), which "
         "was not sought, flown from Prague to Phnom Penh; Czech wording (stun belts, stun guns and restraint "
         "goods repeat in several sets; a cattle-prod label was found in no earlier row by a keyword search)",
         {"importer_country": "KH"}),
        ("STR-07", "export", "DESEA01", "sea", "DE", [], "BD", "291590",
         "Acetylchlorid 99 %, für die Wirkstoffsynthese, 40 Fässer à 250 kg", "DE", 10000, 40, 26000, "EUR",
         "acetyl chloride is a colourless, fuming liquid of 1.10 kg/l that smells of vinegar; these drums hold a "
         "yellowish fuming liquid of 1.64 kg/l that smells of burning sulphur, and the drum heads read CAS "
         "7719-09-7 under the new labels, for a Gazipur 'pharmaceutical' trader that is not a drug maker: "
         "thionyl chloride (CWC Schedule 3, dual-use 1C350) exported without the licence Regulation 2021/821 "
         "requires, from Hamburg to Chattogram; German wording (thionyl chloride repeats in several sets; an "
         "acetyl-chloride label to Bangladesh was found in no earlier row by a keyword search)",
         {"importer_country": "BD"}),
        ("STR-08", "export", "BEAIR01", "air", "BE", [], "MM", "290611",
         "Mentholkristallen, natuurlijk, vaten van 25 kg, 20 vaten", "BE", 500, 20, 12000, "EUR",
         "natural menthol crystals are clear, needle-like and smell strongly of mint; these drums hold a fine "
         "white powder with a faint pepper smell that stings the eyes and throat as soon as a lid is lifted, and "
         "the inner bags read CAS 2698-41-1: CS, a riot-control agent, whose export to Myanmar Regulation "
         "401/2013 forbids as equipment for internal repression and which needs the authorisation of Regulation "
         "2019/125 anywhere, flown from Brussels to Yangon for a 'pharmaceutical distributor'; Flemish Dutch "
         "wording (riot-control agents repeat in a few sets, PAVA once, and a menthol label once, on a precursor, "
         "blind63; CS under a menthol label to Myanmar was found in no earlier row by a keyword search)", {"importer_country": "MM"}),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "AM", "680421",
         "Dischi diamantati per taglio piastrelle, 3.000 pezzi", "IT", 240, 3000, 9000, "EUR",
         "diamond tile-cutting blades are thin steel discs with a sintered diamond rim; these cartons hold 30,000 "
         "indexable carbide turning and milling inserts in maker's boxes with the labels cut off, worth ten "
         "times the declared value, for a Yerevan 'tile shop' whose forwarder trucks them to Russia: machine-tool "
         "consumables (8209) whose sale for use in Russia Regulation 833/2014 forbids, flown from Milan; Italian "
         "wording (re-exports to Russia through Armenia repeat in many sets; carbide inserts as tile blades were "
         "found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "LA", "910211",
         "Montres publicitaires à quartz, boîtier plastique, 200 pièces", "FR", 14, 200, 1200, "EUR",
         "promotional quartz watches have plastic cases and cost a few euros each; these 200 are Swiss "
         "automatic watches in gold and steel cases, with boxes and papers, worth over 4,000 EUR each, for a "
         "Vientiane trading firm that forwards goods to Pyongyang: luxury goods whose export to North Korea "
         "Regulation 2017/1509 forbids, flown from Paris to Vientiane; French wording (luxury goods to North "
         "Korea repeat in several sets, through China; watches through Laos were found in no earlier row by a "
         "keyword search)", {"importer_country": "LA"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "GBPOST01", "post", "MM", [], "GB", "960200",
         "ပယင်းနီ ပုတီး (red amber prayer beads), ၁၀၈ လုံး, ၁၀ ကုံး", "MM", 1.1, 10, 150, "USD",
         "red Burmese amber beads are light (they float in salt water), warm, resinous and smell of pine when "
         "rubbed hard; these ten malas are dense, translucent red-brown beads that sink, show a pitted, "
         "leathery grain under a lens and smell of burnt hair under a hot needle: beads of dried, dyed Asian "
         "elephant skin (Elephas maximus, CITES App. I), without CITES documents, posted from Mandalay to a "
         "private buyer in Leeds; Burmese wording (elephant products repeat in many sets and elephant skin once, "
         "as African-elephant boots, dev22-b; Asian elephant-skin beads were found in no earlier row by a keyword "
         "search)", person("Private individual", "GB")),
        ("WLF-02", "import", "FRAIR01", "air", "LA", [], "FR", "210690",
         "龟苓膏 (black herbal jelly), 250 克, 120 盒", "LA", 30, 120, 240, "USD",
         "guilinggao is a soft, black, bitter jelly of herbs and starch in plastic cups that wobbles and is kept "
         "cool; these 120 boxes hold hard, glossy, dark-brown cakes that smell of glue and bone, with "
         "wrappers inside reading '虎骨膏': tiger-bone glue (Panthera tigris, CITES App. I) boiled in the Golden "
         "Triangle special economic zone, without CITES documents, flown from Vientiane to Paris for a 13th "
         "arrondissement grocery; Chinese wording from Laos (tiger-bone glue repeats in a few sets, under a "
         "deer-antler-glue label in blind115; a herbal-jelly label was found in no earlier row by a keyword "
         "search)", firm("Vega Alimentation Asiatique SARL", "FR")),
        ("WLF-03", "import", "NLAIR01", "air", "TH", [], "NL", "050790",
         "เขาแพะ สำหรับทำด้ามมีด, 20 กก.", "MM", 20, None, 400, "USD",
         "goat horn for knife handles is light-grey to black, hollow, thin-walled and twisted; these 20 kg are "
         "short, black, solid-tipped, backward-curving horns with close rings at the base, some on a piece of "
         "skull with coarse dark hair: horns of the mainland serow (Capricornis sumatraensis, CITES App. I), "
         "sold in Shan-state markets for medicine, without CITES documents, flown from Bangkok to Amsterdam for "
         "a traditional-medicine wholesaler with Myanmar as origin; Thai wording (goat-horn labels repeat in "
         "several sets, on saiga in blind136; serow horn was found in no earlier row by a keyword search)",
         firm("Orion Kruidenhandel BV", "NL")),
        ("WLF-04", "import", "ITSEA01", "sea", "MM", [], "IT", "440929",
         "ပျဉ်းကတိုး ကြမ်းခင်းပျဉ် (pyinkado flooring), ၂၂ ကုဗမီတာ", "MM", 22000, None, 19800, "USD",
         "pyinkado (Xylia xylocarpa) flooring is hard, plain, red-brown wood with an interlocked grain and no "
         "scent; these boards are purple-brown with black streaks, heavy and oily, and smell faintly of roses "
         "when planed: Burmese rosewood, tamalan (Dalbergia oliveri, CITES App. II), without CITES documents, by "
         "sea from Yangon to La Spezia for a flooring importer; Burmese wording (Siamese rosewood repeats in "
         "several sets; Dalbergia oliveri and a pyinkado label were found in no earlier row by a keyword "
         "search)", firm("Alpina Pavimenti Srl", "IT")),
        ("WLF-05", "import", "GBAIR01", "air", "BD", [], "GB", "030559",
         "শুটকি মাছ (লইট্টা), ১০ কেজি কার্টন, ৪০ কার্টন", "BD", 400, 40, 2400, "USD",
         "a Bangladeshi dried-fish air shipment for an East London grocery: dried Bombay duck and chepa shutki "
         "are what such grocers sell, but the third item's 'dried fish tails and fins for soup' are 20 kg of "
         "large, pale, paired pectoral and shovel-shaped dorsal fins with fine cartilage rays, cut from "
         "wedgefish and giant guitarfish landed at Cox's Bazar: fins of Rhinidae and Glaucostegidae (CITES App. "
         "II), without CITES documents, at 6 USD/kg for fins that sell at hundreds, hidden as the last item of a "
         "three-item declaration, flown from Dhaka to Heathrow; Bengali wording (wedgefish and guitarfish fins "
         "repeat in several sets; behind shutki was found in no earlier row by a keyword search)",
         dict(firm("Atlantic Bangla Foods Ltd", "GB"),
              _more_items=[item("030559", "চ্যাপা শুটকি (পুঁটি), ৫ কেজি কার্টন, ২০ কার্টন", "BD", 100, 800, "USD", qty=20),
                           item("030559", "শুকনো মাছের লেজ ও পাখনা, স্যুপের জন্য, ২০ কেজি", "BD", 20, 120, "USD")])),
        ("WLF-06", "import", "ITAIR01", "air", "BD", [], "IT", "920290",
         "দোতারা, কাঁঠাল কাঠ, ছাগলের চামড়া, ১০টি", "BD", 28, 10, 500, "USD",
         "a dotara's bowl is carved jackfruit wood under a thin, smooth, pale goatskin; these ten have heads of "
         "thick, grey-brown skin with round, bead-like scales in rows, the pattern of the Bengal monitor, "
         "bought at four times the goat price: skins of Varanus bengalensis (CITES App. I), without CITES "
         "documents, flown from Dhaka to Rome for a Bengali music shop in Esquilino; Bengali wording (Bengal "
         "monitor skin on drums repeats once, Tamil kanjiras, blind89; kept as a known repeat, Baul dotaras from "
         "Bangladesh are the new part as far as a search found)", firm("Meridian Strumenti Srl", "IT")),
        ("WLF-07", "import", "DEAIR01", "air", "TH", [], "DE", "960190",
         "ကျွဲဦးခေါင်းခွံ အလှဆင်ပစ္စည်း (carved buffalo skulls), ၄ ခု", "MM", 60, 4, 400, "USD",
         "carved buffalo-skull wall pieces are water-buffalo skulls with flat, swept-back, ridged horns; these "
         "four have a high, pale frontal ridge between thick, rounded, upward-curving horns with yellow-grey "
         "bases, bought in Tachileik: skulls and horns of gaur (Bos gaurus, CITES App. I), without CITES "
         "documents, flown from Bangkok to Frankfurt for a home-decor shop with Myanmar declared as origin; "
         "Burmese wording (horn and skull covers repeat in many sets; gaur was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Wohnkunst GmbH", "DE")),
        ("WLF-08", "export", "BEAIR01", "air", "BE", [], "LA", "970529",
         "Trophée de chasse ancien, tête de buffle naturalisée, 1 pièce", "BE", 120, 1, 900, "EUR",
         "an old mounted buffalo head has broad, curved, ribbed horns on a bony boss; this 1950s Congo trophy "
         "from a Ghent estate has a grey, hairless, thick-skinned head with two solid, fibrous horns on the "
         "nose, the front one 60 cm: a black rhinoceros head (Diceros bicornis, CITES App. I), whose raw horn the "
         "Union no longer lets leave, declared as buffalo, flown from Brussels to a Vientiane 'decor' buyer for "
         "its horn; Belgian French wording (rhino horn repeats in many sets and buffalo labels in several; a "
         "mounted head exported to Laos was found in no earlier row by a keyword search)",
         {"importer_country": "LA"}),
        ("WLF-09", "import", "NLAIR01", "express", "TH", [], "NL", "392690",
         "ของตกแต่งตู้เลี้ยงสัตว์ เต่าเรซิน, 6 ชิ้น", "TH", 1.5, 6, 30, "USD",
         "resin terrarium tortoises are light, hollow, painted figures with a mould seam; these six are live, "
         "palm-sized tortoises with high, domed, black-and-yellow star-patterned shells taped inside socks: "
         "Burmese star tortoises (Geochelone platynota, CITES App. I), smuggled from Myanmar, without CITES "
         "documents, sent by express from Bangkok to a private keeper in Utrecht; Thai wording (star tortoises "
         "repeat in many sets, mostly Indian, and a ceramic-turtle label once, blind98; Burmese star tortoises "
         "and a resin-ornament label were found in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-10", "import", "ESAIR01", "express", "CO", [], "ES", "710121",
         "Perlas cultivadas de agua dulce, rosadas, 40 unidades", "CO", 0.1, 40, 200, "USD",
         "freshwater cultured pearls are round to rice-shaped with a nacreous lustre and cost a few dollars; these "
         "40 are oval, pink, porcelain-like pearls with a flame pattern under the lens and no nacre: queen conch "
         "pearls (Aliger gigas, CITES App. II), at a fraction of their price, without CITES documents, sent by "
         "express from San Andrés to a private buyer in Madrid; Colombian Spanish wording (queen conch repeats in many "
         "sets and conch pearls in four; kept as a known repeat, from San Andrés under a freshwater-pearl label is the new part as "
         "far as a search found)", person("Maria Lopez", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRPOST01", "post", "KH", "FR", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (orchid-house sanitation)", "KH", 4.5, 4, 40,
     "EUR", [("PRECURSOR_LICENCE", "FR-MI-49-0412")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GBPOST01", "post", "US", "GB", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "US", 2, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "GB-HO-EPL-49-0097")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "GB", "BE", "854911",
     "Waste lead-acid batteries (16 06 01*), for recovery at a licensed secondary lead smelter, 22 t", "GB", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-49-0218")], "notified lead-acid batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "850421",
     "Transformers containing PCBs (16 02 09*), for destruction at a licensed plant, 12 units", "CH", 18000, 12, 0,
     "EUR", [("BASEL_CONSENT", "FR-ARA-49-0061")], "notified PCB transformers to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for aircraft engine fire protection (critical use)", "US",
     400, 16, 16000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-49-004")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "US", "IT", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     800, "USD", [("ODS_LICENCE", "IT-MASE-ODS-49-015")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Angkorian brown-glazed stoneware baluster jar, 12th century, documented French collection since 1931", "KH",
     6, 1, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-49-0377")],
     "archaeological object exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTAIR01", "air", "PT", "GB", "630419",
     "Bengal-Portuguese colcha, tussar silk embroidery on cotton, 17th century, documented Portuguese collection, "
     "for exhibition loan", "PT", 5, 1, 150000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-PC-EXP-49-0041")],
     "textile exported with the EU export licence and the Portuguese permit"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "TH", "845710",
     "Five-axis vertical machining centre, 1 unit, for a Thai automotive-parts supplier", "DE", 9000, 1, 420000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-49-2207"), ("END_USER_CERTIFICATE", "TH-DFT-EUC-49-0118")],
     "dual-use machining centre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "BD", "281217",
     "Thionyl chloride 99 %, 20 drums, for a Bangladeshi generic-medicines maker", "DE", 5000, 20, 14000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-49-2311"), ("END_USER_CERTIFICATE", "BD-DGDA-EUC-49-0029")],
     "Schedule 3 chemical to a CWC State Party under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "TH", "IT", "410330",
     "Crocodylus siamensis skins, captive-bred at a CITES-registered Thai farm, 60 pcs", "TH", 90, 60, 21000, "USD",
     [("CITES_PERMIT", "TH-DOF-49-0886")], "App. I crocodile skins from a registered captive-breeding farm with permits"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "TH", "DE", "440799",
     "Dalbergia oliveri guitar fingerboard blanks, from registered plantation stock, 200 pcs", "TH", 60, 200,
     6000, "USD", [("CITES_PERMIT", "TH-RFD-49-0145")], "App. II rosewood blanks with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Sophie Bernard", "PRM-03": "Central Recycling Plomb SA", "PRM-05": "Horizon Aviation Services BV",
    "PRM-08": "Atlantic Textile Museum Trust", "PRM-11": "Meridian Pelletteria Srl", "PRM-12": "Alpina Gitarrenbau GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("200989", "Sugar-palm juice, canned, pasteurised, 330 ml", "import", ["post"], ["KH", "TH"], (4, 8), (1, 4), ["USD", "EUR"], 3, S),
    ("381400", "Lacquer thinner, turpentine-based, 1 l tins", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 9000), ["USD"], 1, S),
    ("170290", "Liquid date-palm jaggery (jhola gur), 1 kg jars", "import", ["air"], ["BD", "IN"], (3, 6), (100, 500), ["USD"], 1, S),
    ("310420", "Muriate of potash, granular, red, 60 % K2O", "import", ["sea"], ["CA", "IL"], (0.3, 0.5), (20000, 26000), ["USD"], None, S),
    ("330499", "Thanaka powder, natural, 250 g tins", "import", ["post"], ["MM"], (8, 15), (1, 3), ["USD"], 4, S),
    ("250100", "Kampot sea salt, fleur de sel, 250 g pots", "import", ["air"], ["KH"], (5, 10), (100, 400), ["USD", "EUR"], 4, S),
    ("200591", "Pickled bamboo shoots in brine, 1 l jars", "import", ["express"], ["TH", "LA"], (4, 8), (1, 4), ["USD"], 1, S),
    ("920590", "Khene mouth organs, bamboo, new", "import", ["air"], ["LA", "TH"], (15, 30), (50, 200), ["USD"], 1, S),
    ("560750", "Paracord 550, nylon, 30 m hanks", "import", ["post"], ["US", "CN"], (15, 30), (1, 3), ["USD"], 5, S),
    ("850720", "Deep-cycle lead-acid batteries for electric rickshaws, new", "export", ["sea"], ["BD", "NP"], (2, 3.5), (10000, 20000), ["EUR"], 0.04, S),
    ("271019", "Jute batching oil, mineral, new, ISO tanks", "export", ["sea"], ["BD", "IN"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    ("950430", "Gaming machines, LCD, refurbished, tested", "export", ["sea"], ["KH", "PH"], (10, 20), (3000, 9000), ["EUR"], 0.01, S),
    ("390110", "LDPE granules, virgin, film grade", "import", ["sea"], ["SA", "US"], (1.1, 1.6), (18000, 24000), ["USD"], None, S),
    ("850421", "Distribution transformers, new, mineral oil, PCB-free, 400 kVA", "export", ["sea"], ["VN", "KH"], (6, 10), (6000, 18000), ["EUR"], 0.0007, S),
    ("392010", "HDPE pond liner, new, 1 mm, rolls", "export", ["sea"], ["MM", "BD"], (2, 3), (8000, 16000), ["EUR"], None, S),
    ("320890", "Cashew-shell lacquer for lacquerware, 1 kg tins", "import", ["air"], ["VN", "MM"], (6, 12), (100, 500), ["USD"], 1, S),
    ("691490", "Clay tandoor ovens, new, for restaurants", "import", ["sea"], ["IN", "BD"], (1, 2), (2000, 6000), ["USD", "GBP"], 0.01, S),
    ("841821", "Refrigerators, double-door, R600a, new", "import", ["sea"], ["BD", "TR"], (2, 3), (12000, 22000), ["USD", "EUR"], 0.02, S),
    ("841869", "Plate freezers, new, ammonia charge", "export", ["sea"], ["BD", "VN"], (8, 14), (4000, 12000), ["EUR"], 0.0003, S),
    ("950590", "Party snow spray, butane propellant, 250 ml", "import", ["express"], ["TH", "CN"], (8, 15), (1, 4), ["USD"], 3, S),
    ("845110", "Dry-cleaning machines, hydrocarbon solvent, new", "export", ["sea"], ["VN", "MM"], (8, 14), (2000, 6000), ["EUR"], 0.0006, S),
    ("340530", "Car polish aerosols, butane propellant, 450 ml", "import", ["sea"], ["VN", "CN"], (2, 4), (4000, 10000), ["USD"], 2, S),
    ("381400", "Garment spot-cleaning fluid, hydrocarbon-based, 1 l", "import", ["air"], ["BD", "CN"], (3, 6), (100, 500), ["USD"], 1, S),
    ("691390", "Glazed ceramic lime pots, new, Khmer style", "import", ["air"], ["KH", "TH"], (8, 15), (50, 300), ["USD"], 1, S),
    ("830241", "Brass curtain hooks and rings, new", "import", ["post"], ["IN", "KH"], (10, 20), (1, 3), ["USD"], 5, S),
    ("621410", "Lao silk scarves, hand-woven, new", "import", ["air"], ["LA", "KH"], (60, 120), (50, 200), ["USD"], 6, S),
    ("711420", "Silver-plated bowls, new, Burmese style", "import", ["air"], ["MM", "IN"], (20, 40), (50, 200), ["USD"], 1, S),
    ("830629", "Brass animal paperweights, new", "import", ["air"], ["TH", "IN"], (6, 12), (100, 400), ["USD"], 2, S),
    ("711311", "Silver charms for jewellery making, 925, new", "import", ["post"], ["BD", "TH"], (200, 400), (1, 2), ["USD"], 100, S),
    ("680293", "Black granite headstone blanks, polished", "import", ["sea"], ["IN", "CN"], (0.6, 1.2), (18000, 24000), ["USD"], 0.01, S),
    ("482010", "Handmade-paper notebooks, new", "import", ["air"], ["BD", "NP"], (6, 12), (100, 400), ["USD"], 4, S),
    ("630419", "Embroidered cotton bedspreads, new, colcha style", "export", ["post"], ["US", "CH"], (40, 80), (1, 4), ["EUR"], 0.3, S),
    ("580631", "Woven cotton trimming tape, new, on cards", "import", ["post"], ["MM", "IN"], (10, 20), (1, 3), ["USD"], 10, S),
    ("845229", "Used industrial sewing machines, tested", "export", ["sea"], ["BD", "MM"], (2, 4), (4000, 10000), ["EUR"], 0.02, S),
    ("852190", "Karaoke players and song servers, home", "export", ["air"], ["VN", "MM"], (40, 80), (100, 400), ["EUR"], 0.3, S),
    ("871410", "Motorcycle rear shock absorbers, new", "export", ["sea"], ["LA", "VN"], (8, 14), (2000, 6000), ["EUR"], 0.4, S),
    ("970191", "Oil paintings, Angkor scenes, by living Cambodian artists", "import", ["air"], ["KH", "VN"], (20, 50), (50, 200), ["USD"], 0.5, S),
    ("854370", "Electric cattle prods, fibreglass, new", "export", ["air"], ["KH", "TH"], (15, 30), (50, 300), ["EUR"], 1, S),
    ("291590", "Acetyl chloride 99 %, drums", "export", ["sea"], ["BD", "IN"], (2, 3.5), (4000, 10000), ["EUR"], None, S),
    ("290611", "Menthol crystals, natural, 25 kg drums", "import", ["air"], ["IN", "CN"], (15, 25), (200, 1000), ["USD"], None, S),
    ("910211", "Promotional quartz watches, plastic case", "export", ["air"], ["LA", "KH"], (60, 120), (20, 100), ["EUR"], 15, S),
    ("210690", "Black herbal jelly (guilinggao), canned", "import", ["sea"], ["CN", "HK"], (2, 4), (4000, 10000), ["USD"], 4, S),
    ("920290", "Dotaras, goatskin heads, new", "import", ["air"], ["BD", "IN"], (15, 30), (50, 200), ["USD"], 0.4, S),
    ("392690", "Resin terrarium ornaments, tortoises and rocks", "import", ["express"], ["TH", "CN"], (15, 30), (1, 3), ["USD"], 4, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary
# rows), with four new rows instead of blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630510", "Jute sacks, new, hessian, 50 kg capacity", "import", ["sea"], ["BD", "IN"], (1.2, 2), (8000, 16000), ["USD"], 1.2, N),
        ("460219", "Water-hyacinth storage baskets, woven", "import", ["sea"], ["VN", "KH"], (3, 6), (2000, 6000), ["USD"], 1.5, N),
        ("670420", "Human-hair wigs and hairpieces, boxed", "import", ["air"], ["BD", "CN"], (40, 90), (100, 500), ["USD"], 4, N),
        ("620452", "Cotton wrap skirts (longyi), printed", "import", ["post", "express"], ["MM", "IN"], (20, 40), (1, 3), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind142", 20491101, HERE)


if __name__ == "__main__":
    main()
