#!/usr/bin/env python3
"""Writes the hundred-and-sixty-second blind set (tests/risk/data/blind162-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2053, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an India, Bhutan and Maldives emphasis (origins, transit routes, destinations, traders,
languages and covers drawn from that region's trade).
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
would. Ids are BL162-*:

    python3 tests/risk/data/make_blind162_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2053, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2053
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SIPOST01", "post", "IN", [], "SI", "300490",
         "गोमूत्र अर्क, आयुर्वेदिक, गौशाला द्वारा आसुत, 6 x 1 लीटर", "IN", 6.8, 6, 2400, "INR",
         "gomutra ark, the distilled cow urine sold by Indian gaushalas as an Ayurvedic tonic, is a water-clear "
         "liquid of 1.00 kg/l that smells faintly of ammonia and comes in 500 ml bottles; these six litre bottles "
         "have vented caps, weigh 1.13 kg/l, smell of nothing, whiten and sting the fingertips and fizz on a cut: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), posted from Vrindavan to a private person in Ljubljana; "
         "Hindi wording (hydrogen peroxide repeats in many sets and distillate and holy-water covers, Gangajal among "
         "them, in several; a gomutra-ark label was found in no earlier row by a keyword search)",
         person("Ana Novak", "SI")),
        ("PRE-02", "import", "DEAIR01", "air", "IN", [], "DE", "950590",
         "Herbal Gulal / हर्बल गुलाल, Holi colour powder, 5 colours, 100 g packs, 4,000 packs", "IN", 400, 4000,
         900, "USD",
         "Holi gulal is a soft, light corn-starch powder with food dye that puffs into a cloud and washes off; these "
         "packs for a Munich agency that sells 'Holi colour packs' to visitors of its spring festivals hold a heavier, "
         "gritty, coloured powder that crackles and bursts into dense coloured smoke on a match, and the Sivakasi "
         "filler's sheet gives potassium chlorate about 55 % with lactose and dye: a coloured-smoke composition, "
         "potassium chlorate above 40 % (Annex I) made available to members of the public, flown from Delhi in the "
         "Holi season; Hindi and English wording (potassium chlorate repeats in many sets and festival-powder covers, "
         "rangoli among them, in a few; a Holi-gulal label was found in no earlier row by a keyword search)",
         firm("Vega Festival Events GmbH", "DE")),
        ("PRE-03", "import", "FRAIR01", "air", "IN", [], "FR", "170490",
         "হোমিওপ্যাথিক সুগার গ্লোবিউল (ব্ল্যাঙ্ক পিলস), নং ৪০, ৪৫০ গ্রাম বোতল, ৬০০ বোতল", "IN", 270, 600, 900,
         "USD",
         "blank homoeopathic globules are 2-4 mm spheres of cane sugar and lactose that taste sweet and soften in "
         "the mouth; these 600 bottles for a Lyon homoeopathy web shop that sells to the public hold hard, white, "
         "tasteless prills that make water ice-cold as they dissolve, test at 34 % N and melt and fume on a hot "
         "plate: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, flown from "
         "Kolkata, the homoeopathy capital of India; Bengali wording (ammonium nitrate repeats in many sets and "
         "sugar-pearl and sago covers in several; a homoeopathic-globule label on a precursor was found in no earlier "
         "row by a keyword search)", firm("Rivage Homéopathie SARL", "FR")),
        ("PRE-04", "import", "FIPOST01", "post", "IN", [], "FI", "330499",
         "ଅଳତା (ପାଦ ରଙ୍ଗ), ବିବାହ ପାଇଁ, ୬ ବୋତଲ x ୫୦୦ ମି.ଲି.", "IN", 4.2, 6, 900, "INR",
         "alata (alta) is the bright red, watery dye that brides and dancers paint on their feet, sold in 30-60 ml "
         "bottles; these six half-litre bottles hold no red at all but a faintly yellow liquid of 1.40 kg/l that "
         "fumes brown when opened, stains the skin yellow and eats into a copper coin: about 65 % nitric acid "
         "(Annex I above 3 %), posted from Bhubaneswar to a private person in Espoo; Odia wording (nitric acid "
         "repeats in many sets; a foot-dye label was found in no earlier row by a keyword search)",
         person("Smt. S. Mohanty", "FI")),
        ("PRE-05", "import", "ATAIR01", "express", "MV", [], "AT", "170290",
         "Dhiyaa hakuru (Maldivian coconut-sap treacle), home made, 4 bottles x 1 litre", "MV", 7.4, 4, 40, "USD",
         "dhiyaa hakuru is the golden-brown treacle Maldivians boil down from raa (coconut-palm sap), about 1.35 "
         "kg/l, smelling of caramel and smoke; these four bottles hold an oily, odourless, nearly colourless liquid "
         "of 1.84 kg/l that grows hot with a drop of water, chars a sugar cube black and has eaten into one cap: "
         "about 96 % sulphuric acid (Annex I above 15 %), sent by express from Malé to a private person in Salzburg, "
         "although corrosive liquids travel by express only as declared dangerous goods; English wording from the "
         "Maldives (sulphuric acid repeats in many sets and palm-syrup covers, kithul treacle and jhola gur among "
         "them, in a few; kept as a repeated cover family, a Maldivian treacle from Malé is the new part)",
         person("Frau S. Huber", "AT")),
        ("PRE-06", "import", "CZAIR01", "air", "IN", [], "CZ", "300490",
         "शंख भस्म, आयुर्वेदिक औषध, ५०० ग्रॅमचे डबे, ३०० डबे", "IN", 150, 300, 1200, "USD",
         "shankh bhasma is calcined conch shell: a soft, chalky, slightly grey calcium-carbonate ash that fizzes in "
         "vinegar; these 300 tins for a Brno Ayurveda web shop that sells to the public hold a heavier, glittering, "
         "white crystal powder that does not fizz in acid, flares violet-white mixed with sugar and whose inner "
         "liners carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Mumbai; Marathi wording (potassium perchlorate repeats in many sets and Ayurvedic "
         "powder covers, vibhuti and tooth powder among them, in a few; a shankh-bhasma label was found in no "
         "earlier row by a keyword search)", firm("Orion Ajurvéda s.r.o.", "CZ")),
        ("PRE-07", "import", "NLAIR01", "air", "IN", [], "NL", "292511",
         "సోడియం శాకరిన్ స్ఫటికాలు, తీపి కోసం, 1 కిలో ప్యాకెట్, 400 ప్యాకెట్లు", "IN", 400, 400, 2400, "USD",
         "sodium saccharin is a white crystal powder so sweet that a grain fills the mouth, sold to tea stalls and "
         "sweet makers; these 400 packs for a Hague Hindustani grocery that sells to the public are tasteless to a "
         "cautious touch, draw damp into a paste overnight and flare on a hot plate, and the drums they were packed "
         "from read 'NaClO4.H2O': sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Hyderabad; Telugu wording (sodium perchlorate repeats in many sets and sweetener and glucose "
         "covers in a few; a saccharin label was found in no earlier row by a keyword search)",
         firm("Horizon Hindostaanse Toko BV", "NL")),
        ("PRE-08", "import", "DKAIR01", "express", "BT", [], "DK", "330129",
         "Bhutan wild lemongrass essential oil, steam-distilled, Mongar, 4 x 1 litre", "BT", 4.6, 4, 9000, "BTN",
         "Bhutanese lemongrass oil, distilled from wild Cymbopogon in the eastern districts, is a yellow-amber oil of "
         "0.89 kg/l that floats on water and smells strongly of lemon; these four bottles hold a colourless liquid "
         "of 1.14 kg/l that sinks below water, smells faintly fruity and carries 'CH3NO2' on the filler's drum "
         "label copied onto the invoice annex: nitromethane (Annex I above 16 %), sent by express from Thimphu to a "
         "private model-engine hobbyist in Aarhus, although flammable liquids travel by express only as declared "
         "dangerous goods; English wording from Bhutan (nitromethane repeats in many sets and essential-oil covers "
         "in a few; a lemongrass-oil label on a precursor and a Bhutanese sender were found in no earlier row by a "
         "keyword search)", person("Lars Jensen", "DK")),
        ("PRE-09", "import", "MTAIR01", "air", "IN", [], "MT", "220299",
         "നീര (തെങ്ങിൻ പൂക്കുല നീര്), പാസ്ചറൈസ് ചെയ്തത്, 1 ലിറ്റർ കുപ്പി, 960 കുപ്പികൾ", "IN", 1150, 960, 1440,
         "USD",
         "neera, the fresh coconut-inflorescence sap that Kerala sells pasteurised as a health drink, is cloudy, "
         "sweet, about 1.05 kg/l and sold in 200-300 ml bottles; these litre bottles for a Msida shop of the "
         "Keralite community that sells to the public have vented caps and hold a water-clear, tasteless liquid "
         "of 1.20 kg/l (1,150 kg weighed against 960 l declared) that foams on a cut and whitens the skin: about "
         "50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, flown from Kochi; "
         "Malayalam wording (hydrogen peroxide repeats in many sets and palm-sap and coconut-water covers in a few; "
         "a neera label was found in no earlier row by a keyword search)", firm("Delta Kerala Stores Ltd", "MT")),
        ("PRE-10", "import", "ESSEA01", "sea", "IN", [], "ES", "121190",
         "ઇસબગોલ ભૂસી (સાયલિયમ હસ્ક), ૧ કિલો પેક, ૫૦૦ પેક", "IN", 500, 500, 1500, "USD",
         "isabgol husk from Unjha is a light, fluffy, pinkish-white flake that swells in water within minutes into "
         "a thick gel; these 500 packs for a Valencia herbalist chain that sells to the public hold heavy, glossy, "
         "white flaky crystals that do not swell at all, dissolve slowly, spit violet sparks on a hot iron and whose "
         "inner bags read CAS 3811-04-9: potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, by sea from Mundra; Gujarati wording (potassium chlorate repeats in many sets and starch and flake "
         "covers in several; a psyllium-husk label was found in no earlier row by a keyword search)",
         firm("Meridian Herbolario SL", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "HRSEA01", "sea", "HR", [], "MV", "890110",
         "Putnički brod, 62 m, za preuređenje u ronilački safari brod na Maldivima, prodan za daljnju plovidbu, 1 kom",
         "HR", 1800000, 1, 420000, "EUR",
         "a passenger ship sold for conversion into a Maldives liveaboard would keep its class, a crew and a yard "
         "contract in Malé; this 62 m former coastal passenger ship, laid up at Rijeka, leaves under tow with her "
         "class withdrawn, bought by a cash buyer at about 230 EUR per light tonne, and the tow master's plan ends "
         "at Alang, where she is to be beached: a ship destined for dismantling, hazardous waste (with fuel and oil "
         "residues, asbestos gaskets, lead paint and the refrigerant of her old galley plant) whose export to a "
         "non-OECD country is banned, and which as a ship leaving an EU flag needs an EU-listed recycling yard; "
         "Croatian wording (ships sold 'for further trading' to Alang repeat in many sets and ferries in a few; "
         "kept as a known repeat, a Maldives liveaboard conversion is the new cover as far as a search found)",
         {"importer_name": "Atoll Liveaboard Pvt Ltd", "importer_country": "MV"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "740400",
         "Messingschroot, gemengd (deurkrukken, kranen en beslag), voor omsmelting in Moradabad, 20 t", "NL", 20000,
         None, 30000, "EUR",
         "mixed brass scrap for the Moradabad foundries is yellow, heavy, clean hardware at several euros a kilo; "
         "these bales are green and brown circuit boards with capacitors, relays and connectors still on, from "
         "computers and telecom racks, with a thin layer of door handles on top, at 1.50 EUR/kg, for a Moradabad "
         "yard whose back streets burn and acid-strip boards: waste electronic assemblies (A1180), hazardous waste "
         "whose export to a non-OECD country is banned, from Rotterdam to Mundra and by rail to the Moradabad inland "
         "depot; Dutch wording (circuit boards and brass-scrap labels repeat in many sets; Moradabad as the buyer "
         "was found in no earlier waste row by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "IN", "250840",
         "Westerwälder Ball Clay, plastischer Ton für Feinsteinzeugfliesen, Big Bags, 24 t", "DE", 24000, None, 2400,
         "EUR",
         "Westerwald ball clay for the Morbi tile makers is a dry, pale grey to cream, plastic clay sold with a "
         "chemical analysis; these big bags hold a wet, grey-green, heavy filter cake that smells of acid and reads "
         "nickel, chromium and zinc in the percent range, from a Swabian electroplating works' effluent press: "
         "galvanic sludge (11 01 09*), hazardous waste whose export to a non-OECD country is banned, from Hamburg to "
         "Mundra for a Morbi 'tile body' buyer; German wording (galvanic sludge repeats in many sets under ore, "
         "pigment and hydroxide labels; a ball-clay label and the Morbi tile cluster were found in no earlier row by "
         "a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "LVSEA01", "sea", "LV", [], "IN", "440500",
         "Koksnes milti vīraka kociņu (agarbatti) ražošanai, maisos, 20 t", "LV", 20000, None, 2200, "EUR",
         "wood flour for agarbatti is a pale, dry, resin-scented softwood powder that the Bengaluru incense rollers "
         "mix with charcoal and jigat; these bags hold a greenish, dusty powder with grey-green splinters that reads "
         "copper, chromium and arsenic, swept from the sanders of a Riga firm that cuts down old pressure-treated "
         "poles and decking: sawdust of CCA-treated wood (03 01 04*, 17 02 04*), hazardous waste whose export to a "
         "non-OECD country is banned, from Riga to Chennai for an incense maker; Latvian wording (treated poles "
         "repeat as firewood and sawdust in several sets; an agarbatti wood-flour label was found in no earlier row "
         "by a keyword search)", {"importer_country": "IN"}),
        ("WST-05", "export", "LTSEA01", "sea", "LT", [], "IN", "630900",
         "Dėvėti drabužiai, mišrūs, Panipato perdirbimui, 16 t", "LT", 16000, None, 4800, "EUR",
         "a used-textile container for a Panipat shoddy mill: worn clothing and sorted woollen rags are what the "
         "Panipat recyclers buy from Baltic collectors, but the third item's 'cotton cord waste' is two tonnes of "
         "grey-white braided rope, lagging cloth and gasket tape that will not burn, sheds fibres and came off old "
         "boilers and steam lines in Kaunas: asbestos textiles (17 06 01*), hazardous waste whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Klaipėda to Mundra; "
         "Lithuanian wording (asbestos repeats in many sets and worn clothing in a few; asbestos rope as cotton cord "
         "waste behind a Panipat container was found in no earlier row by a keyword search)",
         dict({"importer_country": "IN"},
              _more_items=[item("631010", "Rūšiuoti vilnoniai skudurai, 4 t", "LT", 4000, 1600, "EUR"),
                           item("520299", "Medvilninės virvės atliekos, 2 t", "LT", 2000, 200, "EUR")])),
        ("WST-06", "export", "SESEA01", "sea", "SE", ["IN"], "BT", "847150",
         "Begagnade ASIC-servrar för kryptovalutautvinning, testade, för återanvändning i datacenter i Gedu, 9 000 st",
         "SE", 36000, 9000, 45000, "EUR",
         "used mining servers for reuse are the last generation or the one before, tested, with their hash boards "
         "and power supplies matched; these 9,000 are units three generations old from a closed Norrbotten mining "
         "hall, many with burnt hash boards, missing fans and loose power supplies, at 5 EUR each, for a Bhutanese "
         "data centre whose own machines are current: e-waste (A1180), hazardous waste whose export to a non-OECD "
         "country is banned, by sea to Kolkata and by road through Phuentsholing; Swedish wording (old mining "
         "machines repeat once, blind63, to Ethiopia; kept as a repeat, Bhutan as the buyer is the new part as far "
         "as a search found)", {"importer_country": "BT"}),
        ("WST-07", "import", "PTSEA01", "sea", "MV", [], "PT", "720449",
         "Heavy melting scrap HMS 1&2 80:20, Thilafushi, Maldives, 1 x 40' container, 26 t", "MV", 26000, None,
         8000, "USD",
         "HMS 1&2 is cut, clean steel plate and sections with no attachments; this container from the Thilafushi "
         "waste island holds resort scrap with whole generator sets still holding oil, chest freezers with their "
         "compressors, 60 lead-acid batteries and bundles of cable: a mixture of hazardous wastes (16 01 xx*, "
         "16 02 11*, 16 06 01*) brought into the Union from a non-OECD country without the notification and consent "
         "it needs, by sea from Malé to Sines for a Seixal mill; English wording from the Maldives (batteries inside "
         "scrap repeat in several sets; a Maldivian scrap import was found in no earlier row by a keyword search)",
         firm("Atlantic Sucatas Lda", "PT")),
        ("WST-08", "export", "NOSEA01", "sea", "NO", [], "IN", "850760",
         "Brukte litium-ion-batterimoduler fra elbiler, testet, for gjenbruk i e-rikshaw-pakker, 18 t", "NO", 18000,
         None, 36000, "EUR",
         "second-life EV modules for e-rickshaw packs are sorted by capacity, come with a state-of-health report per "
         "module and travel at a low charge in UN-approved boxes; these crates hold swollen, dented and crash-damaged "
         "modules cut out of written-off cars with their cables hacked off and no test sheet, at 2 EUR/kg, for a "
         "Delhi pack assembler: waste lithium-ion batteries (16 06 01*-class hazardous battery waste under the Union "
         "rules), whose export to a non-OECD country is banned, from Oslo to Nhava Sheva; Norwegian wording "
         "(lithium batteries repeat in many sets and second-hand lead-acid batteries for Bangladeshi battery rickshaws "
         "once, blind142; EV modules for Indian e-rickshaws are the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-09", "export", "ESSEA01", "sea", "ES", [], "IN", "811292",
         "Galio metálico 99,99 %, en frascos de acero, para semiconductores, 40 frascos", "ES", 1380, 40, 9000,
         "EUR",
         "gallium for semiconductor makers travels as 1 kg bottles or small ingots of a metal of 5.9 kg/l that "
         "melts in the hand; these 40 steel flasks of 2.5 l weigh 34.5 kg each (13.5 kg/l), their contents stay "
         "liquid in the cold and bead like silver on a tray, and the buyer is a Kolkata rasashala that prepares "
         "parad for Ayurvedic rasa medicines: metallic mercury from a closed chlor-alkali plant (06 04 04*), whose "
         "export from the Union is banned (Regulation 2017/852) and which as waste may not go to a non-OECD "
         "country, from Valencia to Kolkata; Spanish wording (mercury repeats in many sets, under gallium and galinstan "
         "labels among others, blind120 from Spain; kept as a repeat, a Kolkata rasashala as the buyer was found in "
         "no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-10", "export", "HURAIL01", "rail", "HU", ["SI"], "IN", "720410",
         "Öntöttvas forgács, száraz, öntödei beolvasztásra, 420 t", "HU", 420000, None, 84000, "EUR",
         "dry cast-iron borings for remelting are grey, brittle chips that run freely and leave no stain; these "
         "wagons hold a dark, dripping mass of chips and fine swarf soaked in cutting emulsion and machine oil, "
         "with water pooling in the wagon floors, from the machining lines of a Győr engine plant: metal sludge and "
         "swarf containing oil (12 01 18*), hazardous waste whose export to a non-OECD country is banned, by rail "
         "to Koper and by sea for a Howrah foundry; Hungarian wording (oily swarf repeats in a few sets; a "
         "cast-iron-borings label to the Howrah foundries was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DESEA01", "sea", "BT", ["IN"], "DE", "731100",
         "IG-541 (Inergen) fire-suppression cylinders, used, from a hydropower control room, for retest and "
         "refilling, 48 x 80 l", "BT", 8600, 48, 4800, "USD",
         "IG-541 cylinders hold a nitrogen-argon-CO2 mix at 200 or 300 bar that weighs about 17 kg per 80 l bottle "
         "and never sloshes; these 48 short, red cylinders read 25 bar, slosh, weigh about 100 kg of contents each "
         "and their neck rings are stamped 'BTM' and 'CF3Br' under the new stickers, taken out of the control room "
         "of a 1980s Bhutanese hydropower plant: halon 1301, whose import into the Union is banned outside licensed "
         "critical uses, by road to Kolkata and by sea to Hamburg for a cylinder re-tester; English wording from "
         "Bhutan (halon 1301 repeats in many sets and IG-541 labels in a few; a Bhutanese power plant as "
         "the source was found in no earlier row by a keyword search)", firm("Nordhafen Brandschutz GmbH", "DE")),
        ("OZN-02", "export", "ITSEA01", "sea", "IT", [], "MV", "841582",
         "Condizionatori marini autonomi, R-410A, ricondizionati, per una barca safari alle Maldive, 40 unità", "IT",
         1600, 40, 24000, "EUR",
         "reconditioned marine self-contained air conditioners on R-410A have a pink-labelled charge port and a "
         "service sticker with the charge; these 40 units, stripped out of superyachts refitted at Viareggio, carry "
         "older nameplates reading 'R-22' under the new labels, their service ports take R-22 hoses and a sniffer "
         "reads chlorodifluoromethane: equipment relying on HCFC-22, whose export from the Union is banned "
         "(Regulation 2024/590), to a Malé liveaboard operator although the Maldives itself banned HCFC imports in "
         "2020; Italian wording (R-22 equipment for export repeats in many sets; marine air conditioners for a "
         "Maldives liveaboard were found in no earlier row by a keyword search)", {"importer_country": "MV"}),
        ("OZN-03", "import", "NLSEA01", "sea", "IN", [], "NL", "220720",
         "शेलैक फ्रेंच पॉलिश के लिए मिथाइलेटेड स्पिरिट, 200 लीटर ड्रम, 40 ड्रम", "IN", 12720, 40, 8000, "USD",
         "methylated spirit for dissolving shellac weighs 0.79 kg/l, burns with a blue flame and smells of alcohol; "
         "these drums hold 318 kg each (1.59 kg/l) of a non-flammable, sweet-smelling liquid that does not mix "
         "with water and does not dissolve a shellac flake, and the drum heads read CAS 56-23-5: carbon "
         "tetrachloride, whose import into the Union is banned outside licensed laboratory and feedstock uses, by "
         "sea from Kolkata to Rotterdam for a furniture-restoration supplier; Hindi wording (carbon tetrachloride "
         "repeats in many sets; a French-polish spirit label was found in no earlier row by a keyword search)",
         firm("Horizon Meubelrestauratie BV", "NL")),
        ("OZN-04", "import", "BESEA01", "sea", "IN", [], "BE", "842410",
         "Kitchen fire extinguishers, water-mist type, 2 kg, eco-friendly clean agent, 1,200 pcs", "IN", 3600, 1200,
         14400, "USD",
         "a water-mist kitchen extinguisher holds de-ionised water at about 10 bar and weighs 4 kg full; these 1,200 "
         "hold 2 kg each of a liquid that flashes into a gas, read 13 bar and carry 'HCFC Blend B' on the Noida "
         "maker's Indian test certificate: HCFC-123-based clean agent, products containing an ozone-depleting "
         "substance whose import into the Union is banned, by sea from Nhava Sheva to Antwerp for a safety-equipment "
         "wholesaler; Indian English wording (HCFC Blend B repeats in a few sets and water-mist labels in a few, on "
         "other gases; kept as a repeated label, Indian kitchen extinguishers are the new part as far as a search found)", firm("Central Sécurité Incendie SA", "BE")),
        ("OZN-05", "transit", "ESSEA01", "sea", "IN", ["ES"], "DZ", "271112",
         "R-290 પ્રોપેન રેફ્રિજરન્ટ, 12 કિલો સિલિન્ડર, 800 નંગ", "IN", 9600, 800, 9600, "USD",
         "R-290 propane in a refillable cylinder holds 12 kg of a liquid of 0.50 kg/l at 8 bar, with a red "
         "flammable-gas label; these 800 cylinders each hold some 28 kg, read 9 bar, carry no flame mark on the "
         "valves and a gas test gives chlorodifluoromethane: HCFC-22, an ozone-depleting substance moved through "
         "the Union without the licence Regulation 2024/590 requires, landed at Valencia in transit from Mundra to "
         "Oran; Gujarati wording (HCFC-22 under hydrocarbon and HFC labels repeats in many sets and transits through "
         "Union ports in several; a Valencia transit for Algeria was found in no earlier row by a keyword search)",
         {"importer_country": "DZ"}),
        ("OZN-06", "import", "PLSEA01", "sea", "IN", [], "PL", "847989",
         "Hydraulic accumulators, bladder type, ex-ship, reconditioned, nitrogen pre-charged, 60 pcs", "IN", 3900, 60,
         3000, "USD",
         "a nitrogen-charged bladder accumulator has a hydraulic port at one end, a gas valve at the other and "
         "reads its pre-charge on a gauge; these 60 green-grey spheres and bottles have no hydraulic port, slosh, "
         "hold a heavy liquid of 2.18 kg/l that boils at 47 °C and are stencilled '114В2' in Cyrillic, cut out of "
         "Soviet-built warships broken up at Alang: halon 2402, whose import into the Union is banned outside "
         "licensed critical uses, by sea from Pipavav to Gdańsk for a ship-repair supplier; English wording from "
         "Gujarat (halon 2402 repeats in many sets and an accumulator label in a few; kept as a repeated label, "
         "warships broken at Alang as the source were found in no earlier row by a keyword search)",
         firm("Vega Serwis Okrętowy Sp. z o.o.", "PL")),
        ("OZN-07", "import", "PTSEA01", "sea", "IN", [], "PT", "381400",
         "ஆடை கறை நீக்கும் திரவம் (ஸ்பாட்டிங் கன்), எரியாதது, 200 லிட்டர் டிரம், 20 டிரம்", "IN", 5360, 20, 6000,
         "USD",
         "the spot-lifting fluid of garment-finishing spotting guns is today a hydrocarbon or modified-alcohol blend "
         "of about 0.8 kg/l; these drums for a Guimarães knitwear finisher weigh 268 kg each (1.34 kg/l), are "
         "non-flammable, smell sweet like chloroform, boil at 74 °C and the Tiruppur filler's sheet gives "
         "1,1,1-trichloroethane: methyl chloroform, whose import into the Union is banned, by sea from Tuticorin "
         "to Leixões; Tamil wording (methyl chloroform repeats in many sets and spotting-agent labels in a few; a "
         "garment spotting-gun fluid from Tiruppur was found in no earlier row by a keyword search)",
         firm("Alpina Acabamentos Têxteis Lda", "PT")),
        ("OZN-08", "import", "ITSEA01", "sea", "IN", [], "IT", "291010",
         "ఇథిలీన్ ఆక్సైడ్ స్టెరిలెంట్ కార్ట్రిడ్జ్‌లు, 100% EO, 170 గ్రా, 4,000 కార్ట్రిడ్జ్‌లు", "IN", 680, 4000,
         12000, "USD",
         "100 % ethylene-oxide cartridges for hospital sterilisers hold 170 g of a liquid of 0.88 kg/l that is "
         "flammable and smells sweet; these 4,000 cartridges weigh nearly twice that, their contents are "
         "non-flammable, heavy (1.73 kg/l) and almost odourless, and a gas test gives bromomethane: methyl bromide, "
         "whose import into the Union is banned (no quarantine exemption remains), by sea from Visakhapatnam to "
         "Genoa for a fumigation contractor; Telugu wording (methyl bromide repeats in many sets and ethylene-oxide "
         "labels in a few; steriliser cartridges were found in no earlier row by a keyword search)",
         firm("Meridian Sterilizzazione Srl", "IT")),
        ("OZN-09", "export", "NLSEA01", "sea", "NL", ["IN"], "BT", "841869",
         "Gebruikte koelinstallatie voor aardappelbewaring, compressoren en verdampers, gereviseerd, 1 set", "NL",
         6000, 1, 18000, "EUR",
         "a reconditioned potato-store cooling plant for export is converted to an HFC or ammonia and comes with a "
         "new charge record; this plant from a Flevoland potato store, for a Bhutanese seed-potato cold store near "
         "Paro, still holds its original 180 kg charge in the receivers, the compressor plates read 'R-22' and no "
         "recovery was recorded: equipment relying on HCFC-22, whose export from the Union is banned (Regulation "
         "2024/590), by sea to Kolkata and by road through Phuentsholing; Dutch wording (R-22 equipment for export "
         "repeats in many sets; a potato cold store for Bhutan was found in no earlier row by a keyword search)",
         {"importer_country": "BT"}),
        ("OZN-10", "import", "IEAIR01", "air", "IN", [], "IE", "382499",
         "Magic cold spray for sports injuries (cricket), non-flammable, 400 ml, 1,200 cans", "IN", 600, 1200, 3000,
         "USD",
         "sports cold sprays sold in the Union run on butane, dimethyl ether or an HFO and carry a flame mark or the "
         "gas on the can; these 1,200 cans from a Meerut sports-goods maker for a Dublin cricket-equipment "
         "wholesaler are non-flammable, 'Freon 12' is printed in small type under the ingredients and a gas test "
         "gives dichlorodifluoromethane: CFC-12, products containing an ozone-depleting substance whose import "
         "into the Union is banned, flown from Delhi; Indian English wording (CFC-12 repeats in many sets and freeze "
         "sprays in a few; a cricket 'magic spray' was found in no earlier row by a keyword search)",
         firm("Atlantic Sports Supplies Ltd", "IE")),
    ],
    "cultural": [
        ("CUL-01", "transit", "DEAIR01", "air", "IN", ["DE"], "US", "680299",
         "ಮೈಸೂರು ಬಳಪದ ಕಲ್ಲಿನ ಹೊಸ ಕೆತ್ತನೆ, ಮದನಿಕೆ ಶಿಲ್ಪ, 1", "IN", 85, 1, 400, "USD",
         "a new Mysore soapstone carving is pale grey-green, crisp, with fresh rasp marks and a flat sawn back; this "
         "90 cm dancing madanika is dark, polished by centuries of oil lamps, with a bracket tenon broken off at the "
         "head where she was cut from the pillar capital of a Hoysala temple (12th-13th century) in Hassan district: "
         "an antiquity whose export India forbids (Antiquities and Art Treasures Act), brought into the Union in "
         "breach of Article 3(1) of Regulation 2019/880, landed at Frankfurt in transit from Bengaluru to a New York "
         "gallery; Kannada wording (Karnataka soapstone labels on temple sculpture repeat, blind63 and blind123; kept "
         "as a repeat, a Hoysala bracket figure in transit through Frankfurt to New York is the new part as far as a "
         "search found)", {"importer_country": "US"}),
        ("CUL-02", "import", "ATAIR01", "air", "BT", [], "AT", "442199",
         "Cham 'ba' masks, carved and painted, new, made by Zorig Chusum graduates, Thimphu, 3 pcs", "BT", 9, 3, 450,
         "USD",
         "new cham masks from the Thimphu craft schools are light, freshly carved alder with bright mineral-look "
         "acrylics and a clean, pale inside; these three are heavy, blackened with butter-lamp soot, with repaint "
         "over older layers, worn leather straps and the inventory marks of a dzong's tshechu store on the inside: "
         "18th-19th century sacred dance masks from a Bhutanese dzong, whose export Bhutan forbids (Movable Cultural "
         "Property Act), brought in without the importer statement Regulation 2019/880 requires, flown from Paro to "
         "Vienna for a Himalayan gallery; English wording from Bhutan (cham masks repeat once, blind137 from Mongolia; "
         "Bhutanese cham masks under a Zorig Chusum label were found in no earlier row by a keyword search)",
         firm("Alpina Himalaya Galerie GmbH", "AT")),
        ("CUL-03", "import", "BEAIR01", "express", "BT", [], "BE", "480210",
         "Deh-sho handmade daphne-bark paper, Bhutan, dyed dark blue, for calligraphy, 120 sheets", "BT", 2.4, 120,
         90, "USD",
         "deh-sho sheets are new, even, fibrous daphne-bark paper, blank, in tidy reams; these 120 long, narrow "
         "leaves are stiff with age, blackened blue-black, written on both sides in gold and silver ink in uchen "
         "script, with margin numbers and the thread holes of a pecha bundle: folios of an illuminated Kanjur from "
         "a Bhutanese lhakhang, religious manuscripts whose export Bhutan forbids, brought in without the importer "
         "statement Regulation 2019/880 requires, sent by express from Thimphu to a Brussels dealer; English wording "
         "from Bhutan (Tibetan-script manuscripts repeat in a few sets; a deh-sho paper label was found in no earlier "
         "row by a keyword search)", firm("Orion Arts Asiatiques SA", "BE")),
        ("CUL-04", "import", "DEAIR01", "express", "MV", [], "DE", "741980",
         "Engraved copper souvenir plaques, Maldivian handicraft, old style, 3 pcs", "MV", 2.1, 3, 120, "USD",
         "new engraved souvenir plaques are thin, bright, machine-rolled copper with a shallow Thaana greeting; these "
         "three are thick, dark, hand-hammered copper plates, strung on a ring through a drilled hole, engraved on "
         "both faces in the old Dhives Akuru script with a royal grant formula: loamaafaanu, copper-plate grants of "
         "the Maldivian sultans (12th-14th century), national heritage whose export the Maldives forbids, brought "
         "in without the importer statement Regulation 2019/880 requires, sent by express from Malé to a private "
         "collector in Munich; English wording from the Maldives (a Dhives Akuru inscription appears once, on a "
         "coral-stone block, blind143; copper-plate grants as souvenir plaques were found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-05", "import", "ITAIR01", "express", "MV", [], "IT", "442090",
         "Laajehun lacquered wooden boxes (foshi), Thulhaadhoo handicraft, new, 4 pcs", "MV", 3.5, 4, 240, "USD",
         "new Thulhaadhoo lacquerware is glossy, bright red, yellow and black, turned on a lathe this year, with "
         "crisp incised patterns; these four are a large, dull, crazed 'maaloodh foshi' food-cover box and three "
         "betel boxes, the lacquer worn through to the wood at the rims, with old repairs and a royal-household "
         "inventory mark under one lid, from a 19th-century Malé household: Maldivian heritage objects whose export "
         "needs a permit, brought in without the importer statement Regulation 2019/880 requires, sent by express "
         "from Malé to a private buyer in Milan; English wording from the Maldives (lacquerware repeats in a few "
         "sets, from Burma and China; Maldivian lacquer was found in no earlier row by a keyword search)",
         person("Giulia Rossi", "IT")),
        ("CUL-06", "import", "DKPOST01", "post", "IN", [], "DK", "460219",
         "ତାଳପତ୍ର ପଟ୍ଟଚିତ୍ର, ନୂଆ, ହସ୍ତଶିଳ୍ପ, ୪ ଖଣ୍ଡ", "IN", 1.6, 4, 3000, "INR",
         "new palm-leaf pattachitra from Raghurajpur are pale, supple strips with crisp, freshly blackened "
         "incisions of Krishna scenes, sold as folding panels; these four bundles are brittle, brown leaves with "
         "string holes, wooden covers and dense Odia script incised line after line, with a colophon dated in the "
         "Anka years of a 17th-century Gajapati king: palm-leaf manuscripts, antiquities whose export India forbids, "
         "brought in without the importer statement Regulation 2019/880 requires, posted from Puri to a private "
         "buyer in Odense; Odia wording (palm-leaf manuscripts repeat in several sets, from Burma and Thailand; a "
         "pattachitra label from Odisha was found in no earlier row by a keyword search)",
         person("Mette Hansen", "DK")),
        ("CUL-07", "import", "PTAIR01", "air", "IN", [], "PT", "442011",
         "Sant Antonichi imaz, lankddachi, novi, Goenchem hatkam, 1", "IN", 14, 1, 300, "USD",
         "new Goan santos are light, pale, crisply carved wood with bright enamel and glass eyes; this 70 cm Saint "
         "Anthony is heavy teak with layered polychromy and estofado gilding, worm holes, a socket for a silver "
         "halo and a chapel inventory number on the base, taken from a village chapel in Salcete: a 17th-century "
         "Indo-Portuguese church sculpture, an antiquity whose export India forbids, brought in without the importer "
         "statement Regulation 2019/880 requires, flown from Goa to Lisbon for a religious-art dealer; Konkani "
         "wording in Roman script (church sculpture repeats in many sets and Konkani once, blind132 on feni; an "
         "Indo-Portuguese santo from Goa was found in no earlier row by a keyword search)", firm("Delta Arte Sacra Lda", "PT")),
        ("CUL-08", "import", "BESEA01", "sea", "IN", [], "BE", "680299",
         "पिंडवाड़ा बलुआ पत्थर की नई मूर्तियाँ, बगीचे के लिए, 20 नग", "IN", 2400, 20, 3000, "USD",
         "new Pindwara garden statues are crisp, buff sandstone with fresh chisel marks and sawn backs; one of these "
         "twenty is a weathered, lichen-marked 10th-century surasundari in pink-buff sandstone, her back still rough "
         "where she was levered out of a temple wall in the Chambal valley, with a red museum number painted over: "
         "an antiquity whose export India forbids, brought in without the importer statement Regulation 2019/880 "
         "requires, by sea from Mundra to Antwerp for a garden-decor dealer; Hindi wording (Indian temple sculpture "
         "repeats in several sets, an Odisha khondalite Durga among them; a Pindwara label was found in no earlier "
         "row by a keyword search)", firm("Vega Jardin SA", "BE")),
        ("CUL-09", "import", "NLAIR01", "express", "BT", [], "NL", "500790",
         "Kushuthara kira, hand-woven silk, new, Lhuentse, 1 pc", "BT", 1.5, 1, 600, "USD",
         "a new kushuthara from Lhuentse is bright, even, hand-woven silk with supplementary-weft patterns in "
         "chemical dyes; this one is faded, lac-red and indigo wild-silk, mended along the seams, woven in three "
         "panels with patterns no weaver uses today and a monastery's donor inscription inked on the lining: a 19th-"
         "century ceremonial textile from a Bhutanese temple treasury, heritage whose export Bhutan forbids, brought "
         "in without the importer statement Regulation 2019/880 requires, sent by express from Thimphu to a private "
         "collector in Leiden; English wording from Bhutan (textiles repeat in several sets; a Bhutanese kira was "
         "found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("CUL-10", "import", "NLSEA01", "sea", "IN", [], "NL", "940360",
         "Sheesham wood coffee tables, Jodhpur, new, 60 pcs", "IN", 2400, 60, 6000, "USD",
         "a Jodhpur furniture container for an Amsterdam interior shop: sheesham tables and mango-wood chairs are "
         "what Jodhpur exporters ship, but the third item's 'carved teak door frame, reclaimed, antique finish' is "
         "a 3 m carved teak entrance with Lakshmi on the lintel, Burma-teak pillars and the brass bosses of a "
         "Chettinad mansion at Karaikudi, built about 1910: an antiquity (over a hundred years old) whose export "
         "India forbids without a non-antiquity certificate, brought in without the importer statement Regulation "
         "2019/880 requires, hidden as the last item of a three-item declaration, by sea from Mundra to Rotterdam; "
         "English wording (Indian architectural woodwork repeats in a few sets; Chettinad doors behind Jodhpur "
         "furniture were found in no earlier row by a keyword search)",
         dict(firm("Meridian Wonen BV", "NL"),
              _more_items=[item("940169", "Mango-wood dining chairs, new, 120 pcs", "IN", 1200, 3000, "USD", qty=120),
                           item("441821", "Carved teak door frame, reclaimed, antique finish, 1 pc", "IN", 600, 400, "USD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "import", "NLSEA01", "sea", "IN", [], "NL", "290511",
         "Methanol, AA grade, Indian origin, ex Kandla tank farm, 12,000 t", "IN", 12000000, None, 3600000, "USD",
         "Indian methanol comes from a few small coal- and gas-based plants that do not export at this scale, and "
         "India imports most of what it uses; this cargo was discharged at Kandla from a tanker that had loaded at "
         "Bandar Assaluyeh, pumped through a bonded tank farm and reloaded with a Gujarat certificate of origin, "
         "and its tank-inspection reports carry the Iranian plant's batch numbers: Iranian methanol, whose import "
         "into the Union Regulation 267/2012 forbids (re-imposed after the 2025 snapback), by sea to Rotterdam; "
         "English wording (Iranian methanol under other origins repeats in several sets, Omani and Malaysian; kept as "
         "a repeat, Indian origin through Kandla is the new part as far as a search found)", firm("Nordhafen Chemicals BV", "NL")),
        ("STR-02", "import", "BEAIR01", "air", "IN", [], "BE", "710491",
         "લેબ-ગ્રોન હીરા, CVD, પોલિશ્ડ, ગ્રેડિંગ રિપોર્ટ સાથે, 1,800 કેરેટ", "IN", 0.36, 1800, 90000, "USD",
         "a Surat parcel for an Antwerp dealer: CVD lab-grown diamonds and silver jewellery are what Surat exporters "
         "send, but the third item's 'natural polished diamonds, Indian origin' are 300 carats of stones whose "
         "nitrogen aggregation and inclusions match Yakutian rough, bought through Dubai from an Alrosa sight and "
         "cut in Surat: Russian diamonds, whose import into the Union Regulation 833/2014 forbids also after "
         "cutting in a third country, hidden as the last item of a three-item declaration, flown from Mumbai to "
         "Brussels; Gujarati wording (Russian diamonds repeat in several sets and lab-grown parcels in a few; "
         "Russian stones behind a Surat lab-grown parcel were found in no earlier row by a keyword search)",
         dict(firm("Delta Diamonds BV", "BE"),
              _more_items=[item("711311", "ચાંદીના દાગીના, 925, 12 કિલો", "IN", 12, 9000, "USD"),
                           item("710239", "કુદરતી હીરા, પોલિશ્ડ, ભારતીય મૂળ, 300 કેરેટ", "IN", 0.06, 240000, "USD", qty=300)])),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "IN", "681511",
         "Fibre de carbone haute résistance pour raquettes de badminton, bobines 12K, 600 kg", "FR", 600, None, 12000,
         "EUR",
         "carbon fibre for badminton racquets is standard-modulus tow at 15-20 EUR/kg; these spools are "
         "intermediate-modulus T800-class tow (tensile strength above 5,500 MPa) worth 60 EUR/kg, for a Jalandhar "
         "'sports goods' trader that makes no racquets and books its containers on from Mundra to Chabahar: "
         "carbon fibre controlled under dual-use 1C010 and named in the Iran regulation, exported without a "
         "licence and with Iran as the real destination, flown from Toulouse to Delhi; French wording (carbon "
         "fibre repeats in many sets; a badminton label and a Chabahar route were found in no earlier row by a "
         "keyword search)", {"importer_country": "IN"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", [], "MV", "890333",
         "Motorjacht, 44 m, staal/aluminium, bouwjaar 2050, voor charter in de Maldiven, 1 stuk", "NL", 380000, 1,
         28000000, "EUR",
         "a yacht sold to a Maldives charter company goes to an operator with a charter licence, a crew agency and "
         "a fleet; this Frisian-built 44 m yacht is sold to a Malé company set up six weeks ago whose sole director "
         "is the nominee of a Russian businessman on the Union's asset-freeze list, and the owner's representative "
         "on the delivery papers is his daughter: a luxury vessel made available to a listed person (Regulation "
         "269/2014) and for use in Russia (Regulation 833/2014), by sea from Harlingen; Dutch wording (yachts for "
         "Russian owners repeat in several sets; a Maldives charter company as the front was found in no earlier row "
         "by a keyword search)", {"importer_name": "Blue Lagoon Charters Pvt Ltd", "importer_country": "MV"}),
        ("STR-05", "import", "ITSEA01", "sea", "IN", [], "IT", "720839",
         "हॉट रोल्ड स्टील कॉइल, भारतीय मूळ, 2.0 मिमी, 400 कॉइल", "IN", 9600000, 400, 5760000, "USD",
         "Indian hot-rolled coil from the integrated mills of Maharashtra comes with a mill certificate naming the "
         "melt shop; these 400 coils come from a Konkan re-roller with no melt shop, the certificates give slab "
         "heat numbers of a Russian steelworks and the slabs were discharged at Dighi from a ship that loaded at "
         "Novorossiysk: steel products processed in a third country from Russian semi-finished steel, whose import "
         "into the Union Regulation 833/2014 forbids, by sea to Ravenna; Marathi wording (Russian steel through "
         "third countries repeats in several sets; through a Konkan re-roller was found in no earlier row by a "
         "keyword search)", firm("Meridian Acciai Srl", "IT")),
        ("STR-06", "export", "IEAIR01", "air", "IE", [], "IN", "880730",
         "Aircraft wheel and brake assemblies, A320 family, overhauled, 24 pcs", "IE", 2400, 24, 480000, "USD",
         "overhauled A320 wheel and brake assemblies go to an airline or its MRO with a release certificate and "
         "the operator's name; these 24 are sold to a Delhi parts trader that owns no aircraft and serves no Indian "
         "airline, whose earlier consignments reached Moscow through Dubai, for aircraft of Russian carriers: "
         "aircraft parts whose sale for use in Russia Regulation 833/2014 forbids, flown from Shannon; Irish English "
         "wording (aircraft parts for Russian airlines repeat in many sets; an Indian parts trader was found in no "
         "earlier row by a keyword search)", {"importer_country": "IN"}),
        ("STR-07", "export", "DKSEA01", "sea", "DK", [], "IN", "851762",
         "Bærbare radioer til teplantager i Assam, med kryptering, 400 stk.", "DK", 400, 400, 60000, "EUR",
         "radios for tea estates are licence-free or simple analogue sets at a few hundred euros; these 400 are "
         "TETRA handsets with end-to-end encryption (dual-use 5A002) at 1,500 EUR each, for a Guwahati trader "
         "whose previous orders crossed into Myanmar at Moreh for the armed forces there: encryption equipment "
         "exported without the licence Regulation 2021/821 requires, for a military end user in Myanmar, which "
         "Regulation 401/2013 forbids, by sea from Aarhus to Kolkata; Danish wording (radios and encryption repeat "
         "in several sets and Myanmar in many; Assam tea estates and the Moreh crossing were found in no earlier row "
         "by a keyword search)", {"importer_country": "IN"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "IN", "290941",
         "Dietilenglicol (DEG), grado técnico, para tintorería textil, 80 bidones", "ES", 17600, 80, 26400, "EUR",
         "diethylene glycol is a clear, sweetish, odourless glycol of 1.12 kg/l at about 1 EUR/kg; these drums for a "
         "Surat textile-printing house hold a liquid of 1.18 kg/l that smells of rotten cabbage and whose drum "
         "heads read CAS 111-48-8: thiodiglycol, a mustard-gas precursor (CWC Schedule 2, dual-use 1C350) exported "
         "without the licence Regulation 2021/821 requires, from Tarragona to Hazira; Spanish wording "
         "(thiodiglycol repeats in several sets; a diethylene-glycol label was found in no earlier strategic row by "
         "a keyword search)", {"importer_country": "IN"}),
        ("STR-09", "import", "LTSEA01", "sea", "IN", [], "LT", "310420",
         "Muriate of potash (MOP), 60 % K2O, granular, origin India, 25,000 t", "IN", 25000000, None, 7500000, "USD",
         "India mines no potash and imports all it uses; this cargo of pink granular MOP was shipped from Kandla "
         "with an Indian certificate of origin, but the bags' inner liners and the granulometry match the "
         "Soligorsk plant's product, landed at Kandla from St Petersburg: Belarusian potash, whose import into the "
         "Union Regulation 765/2006 forbids, by sea to Klaipėda; English wording (Belarusian potash under other "
         "origins repeats in many sets; kept as a repeat, Indian origin on a potash cargo is the new part as far as a "
         "search found)",
         firm("Vega Trąšos UAB", "LT")),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "IN", "846490",
         "5-Achs-Dentalfräsmaschine für Zirkon- und PMMA-Rohlinge, 1 Stück", "DE", 9200, 1, 42000, "EUR",
         "a 5-axis dental mill is a desktop unit of about 100 kg that mills zirconia and PMMA discs; this crate "
         "holds a 9 t 5-axis simultaneous machining centre with a cast bed, a 20,000 rpm spindle and a contouring "
         "control of a type listed in dual-use 2B001, worth ten times the declared value, for a Chennai "
         "'dental laboratory' whose sister firm ships to a Russian defence plant: a machine tool exported without "
         "the licence Regulation 2021/821 requires and bound for Russia (Regulation 833/2014), from Hamburg to "
         "Chennai; German wording (machine tools for Russia repeat in many sets; a dental-mill label was found in "
         "no earlier row by a keyword search)", {"importer_country": "IN"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "IN", [], "DE", "960330",
         "कलाकार तूलिकाएँ, सिंथेटिक सेबल, गोल, 12,000 नग", "IN", 60, 12000, 1800, "USD",
         "synthetic-sable artists' brushes have smooth, even, glossy filaments cut to length; these 12,000 have "
         "tapered, banded natural hairs, grey-brown with pale tips, that curl and smell of burnt hair on a flame, "
         "made in a Uttar Pradesh workshop: mongoose hair (Herpestes spp., CITES App. III for India, whose hunting "
         "India forbids) without the Indian export permit, flown from Delhi to Frankfurt for an art-supply "
         "wholesaler; Hindi wording (mongoose hair was found in no earlier row by a keyword search)",
         firm("Alpina Künstlerbedarf GmbH", "DE")),
        ("WLF-02", "import", "NLPOST01", "post", "IN", [], "NL", "121190",
         "हत्था जोड़ी, असली, सिद्ध, जड़ी (पौधे की जड़), 10 नग", "IN", 1.2, 10, 5000, "INR",
         "hatha jodi is sold as a tantric plant root, and the honest shops sell Martynia seed pods; these ten are "
         "paired, hand-shaped, dried organs with horny, scaly tips, wrapped in red thread and vermilion, that smell "
         "of dried meat: hemipenes of the Bengal monitor lizard (Varanus bengalensis, CITES App. I) without CITES "
         "documents, posted from Ujjain to a private person in The Hague; Hindi wording (monitor-lizard skins repeat "
         "in a few sets on drums; a hatha-jodi label was found in no earlier row by a keyword search)",
         person("Mw. S. Ramdin", "NL")),
        ("WLF-03", "import", "BEPOST01", "post", "IN", [], "BE", "121229",
         "इंद्रजाल, असली, समुद्री पौधा, पूजा हेतु, 6 नग", "IN", 1.5, 6, 3000, "INR",
         "Indrajal is sold in Indian puja shops as a dried 'sea plant' for protection, and the cheap ones are "
         "seaweed or dyed gorgonians; these six are stiff, black, branched fans with a glossy horn-like core and "
         "fine spines that smell of burnt hair on a flame: black coral (Antipatharia, CITES App. II) without CITES "
         "documents, posted from Rameswaram to a private person in Antwerp; Hindi wording (black coral repeats in "
         "many sets; an Indrajal label was found in no earlier row by a keyword search)",
         person("Mr R. Patel", "BE")),
        ("WLF-04", "import", "FRAIR01", "air", "IN", [], "FR", "091020",
         "Kong (Kashmiri Mongra saffron), 2 kg", "IN", 2, None, 6000, "USD",
         "a Kashmir air shipment for a Paris fine-food importer: Mongra saffron and dried morels are what Srinagar "
         "exporters send, but the third item's 'kuth dhoop lakud' (incense wood) is 60 kg of grey-brown, "
         "spindle-shaped, heavily aromatic roots with a violet-orris smell, dug in the Gurez valley: costus root "
         "(Saussurea costus, CITES App. I) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Srinagar through Delhi to Paris; Kashmiri wording in Roman script (costus repeats "
         "in several sets under other root labels; an incense-wood label behind saffron and morels was found in no "
         "earlier row by a keyword search)",
         dict(firm("Rivage Épices Fines SARL", "FR"),
              _more_items=[item("071239", "Kanaguch (dried morels), 20 kg", "IN", 20, 8000, "USD"),
                           item("121190", "Kuth dhoop lakud (Kashmiri incense wood), 60 kg", "IN", 60, 600, "USD")])),
        ("WLF-05", "import", "ATAIR01", "air", "BT", [], "AT", "330741",
         "Bhutanese incense powder (poi), ground herbs, for incense making, 80 kg", "BT", 80, None, 800, "USD",
         "Bhutanese incense powder is a fine, brown, fragrant mix of ground juniper, sandalwood and herbs, ready to "
         "be rolled; these 80 kg are whole, dark, hairy, fibrous rhizomes with a heavy, musky-sweet smell, not "
         "ground at all: spikenard (Nardostachys jatamansi, CITES App. II, whose roots and rhizomes are covered "
         "while finished incense is not) without CITES documents, flown from Paro to Vienna for an incense maker; "
         "English wording from Bhutan (jatamansi repeats in several sets, under valerian labels among others; kept "
         "as a repeat, a Bhutanese incense-powder label is the new part as far as a search found)",
         firm("Alpina Räucherwerk GmbH", "AT")),
        ("WLF-06", "import", "PLAIR01", "express", "BT", [], "PL", "091011",
         "Bhutan organic dried ginger slices, 20 kg", "BT", 20, None, 400, "USD",
         "dried ginger slices are pale yellow, fibrous, ringed and hot to taste; these 20 kg are whitish, palmate, "
         "hand-shaped tubers, horny and mucilaginous when chewed, with no ginger smell: salam panja tubers of the "
         "Himalayan marsh orchid (Dactylorhiza hatagirea, CITES App. II) without CITES documents, dug in Bhutan's "
         "alpine meadows, sent by express from Thimphu to an Ayurvedic importer in Kraków; English wording from "
         "Bhutan (orchid tubers under dried-ginger labels repeat, blind84, blind135 and blind149 from Nepal; kept as a "
         "repeat, from Bhutan by express is the new part as far as a search found)", firm("Orion Zioła Sp. z o.o.", "PL")),
        ("WLF-07", "import", "DEPOST01", "post", "MV", [], "DE", "960200",
         "Coconut shell craft, carved boxes and combs, Maldives, 8 pcs", "MV", 1.4, 8, 120, "USD",
         "Maldivian coconut-shell crafts are dark brown, matt, fibrous on the inside and light; these eight are "
         "translucent, amber-and-brown mottled plates that soften in hot water and smell of burnt hair under a "
         "hot needle, worked from old turtle-shell stock in a Malé back street: hawksbill shell (Eretmochelys "
         "imbricata, CITES App. I) without CITES documents, posted from Malé to a private person in Bremen; "
         "English wording from the Maldives (hawksbill under coconut-shell labels repeats, blind104 and blind119 "
         "from the Caribbean; kept as a repeated cover, from the Maldives is the new part)",
         person("Anna Schmidt", "DE")),
        ("WLF-08", "import", "SEAIR01", "express", "MV", [], "SE", "392690",
         "Artificial coral decorations for aquarium, resin, 12 pcs", "MV", 4, 12, 60, "USD",
         "resin aquarium corals are light, hollow, glossy castings with a flat base and a mould seam; these twelve "
         "bags hold living, brown-green branching and plate colonies in sea water, with polyps out and lime "
         "skeletons that fizz in vinegar, broken off a house reef: wild stony corals (Acropora and Pocillopora, "
         "CITES App. II) without CITES documents, whose export the Maldives forbids, sent by express from Malé to a "
         "private reef-keeper in Gothenburg; English wording from the Maldives (stony corals repeat in several "
         "sets and an artificial-coral label once, blind119 from Fiji; kept as a repeat, from the Maldives is the new "
         "part as far as a search found)",
         person("Karin Andersson", "SE")),
        ("WLF-09", "import", "CZPOST01", "post", "IN", [], "CZ", "060290",
         "Nepenthes hybrid plantlets, tissue culture, in flask, 4 pcs", "IN", 1.2, 4, 40, "USD",
         "tissue-culture Nepenthes hybrids arrive as small, uniform plantlets in sterile agar; these four are "
         "bare-root, mature rosettes with old pitchers, soil and moss on the roots and the green, red-flecked "
         "pitchers and lid of the Khasi Hills species: wild Nepenthes khasiana (CITES App. I) without CITES "
         "documents, dug in Meghalaya, posted from Shillong to a private grower in Brno; English wording "
         "(tissue-culture labels on pitcher plants repeat in several sets, from Malaysia and Australia; N. khasiana "
         "from Meghalaya was found in no earlier row by a keyword search)", person("Jan Novák", "CZ")),
        ("WLF-10", "import", "ITPOST01", "post", "IN", [], "IT", "711719",
         "वाघनखं लॉकेट, चांदीमध्ये, रेझिनची प्रतिकृती, 3 नग", "IN", 0.2, 3, 3000, "INR",
         "resin replica claw pendants are light, uniform and show a casting seam; these three silver-mounted claws "
         "are heavy, hollow-based keratin sheaths of different sizes with growth lines, the amulet that Maharashtrian "
         "families hang on children: tiger claws (Panthera tigris, CITES App. I) without CITES documents, posted "
         "from Nagpur to a private person in Brescia; Marathi wording (leopard and bear claws repeat in a few sets; "
         "tiger-claw amulets under a resin-replica label were found in no earlier row by a keyword search)",
         person("Sig. R. Deshmukh", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SIAIR01", "air", "IN", "SI", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (home cheese-making sanitation)", "IN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "SI-MNZ-53-0041")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DKAIR01", "air", "IN", "DK", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (model engines)", "IN", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "DK-RP-53-0112")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "MV", "BE", "854911",
     "Waste lead-acid batteries from Maldivian resorts (A1160), for recovery at a licensed smelter, 18 t", "MV",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-53-0311")], "notified waste batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "IN", "DE", "854929",
     "Printed circuit board scrap (A1180), from Bengaluru, for precious-metal recovery at a licensed smelter, 20 t",
     "IN", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-53-0090")], "notified e-waste to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DESEA01", "sea", "BT", "DE", "290376",
     "Halon 1301, recovered from a Bhutanese hydropower plant's fire system, for critical use in aircraft fire "
     "protection, 40 cylinders", "BT", 4000, 40, 60000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-53-011")],
     "recovered halon for a critical use under licence"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "IN", "NL", "290314",
     "Carbon tetrachloride, analytical reference standard, 20 x 1 ml, for essential laboratory use", "IN", 0.1, 20,
     600, "USD", [("ODS_LICENCE", "NL-ILT-ODS-53-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "IN", "970191",
     "Rajput miniature painting, Mewar, c. 1740, in a French collection since 1958, sold at auction", "FR", 0.5, 1,
     65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-53-0217")],
     "painting exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "PTAIR01", "air", "CH", "PT", "970610",
     "Indo-Portuguese carved saint, Goa, 17th century, in a documented Swiss collection since 1964", "IN", 16, 1,
     42000, "EUR", [("IMPORT_LICENCE", "PT-DGPC-53-0044")], "antique church sculpture with the EU import licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "681511",
     "Carbon fibre tow 12K, T800 class, 600 kg, for an Indian aerospace composites maker", "FR", 600, None, 36000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-53-0412"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-53-0155")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "IN", "845710",
     "5-axis vertical machining centre, 1 unit, for an Indian turbine-blade maker", "DE", 9200, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-53-2071"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-53-0198")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "BT", "AT", "121190",
     "Nardostachys jatamansi rhizomes, dried, from cultivation, 40 kg", "BT", 40, None, 1600, "USD",
     [("CITES_PERMIT", "BT-DoFPS-53-0029")], "App. II spikenard rhizomes with their export permit"),
    ("PRM-12", "wildlife", "import", "CZAIR01", "air", "IN", "CZ", "060290",
     "Nepenthes khasiana, artificially propagated (source A), tissue culture, 20 flasks", "IN", 4, 20, 400, "USD",
     [("CITES_PERMIT", "IN-CITES-53-0377")], "App. I pitcher plants, artificially propagated, with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ana Novak", "PRM-03": "Central Metals Recovery SA", "PRM-05": "Nordhafen Aero Fire Protection GmbH",
    "PRM-07": "Mr A. Mehta", "PRM-09": "Vega Aerocomposites Pvt Ltd", "PRM-11": "Alpina Räucherwerk GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): most the lawful twins of this set's disguises
    ("950590", "Herbal gulal, Holi colour powder, 100 g packs", "import", ["air"], ["IN"], (2, 4), (200, 800), ["USD"], 10, S),
    ("170490", "Homoeopathic blank sugar globules, no. 40, 450 g bottles", "import", ["air"], ["IN"], (3, 6), (100, 400), ["USD"], 2, S),
    ("330499", "Alta (liquid foot dye), 60 ml bottles", "import", ["post"], ["IN", "BD"], (15, 30), (1, 3), ["EUR", "USD"], 12, S),
    ("170290", "Coconut-sap treacle, 1 l bottles", "import", ["express"], ["MV", "LK"], (8, 15), (1, 4), ["USD"], 0.7, S),
    ("292511", "Sodium saccharin sweetener, 1 kg packs", "import", ["air"], ["IN", "CN"], (5, 8), (100, 500), ["USD"], 1, S),
    ("330129", "Lemongrass essential oil, 1 l bottles", "import", ["express"], ["BT", "IN"], (25, 45), (1, 4), ["USD"], 1, S),
    ("220299", "Neera palm-nectar drink, pasteurised, 300 ml", "import", ["air"], ["IN", "LK"], (2, 4), (200, 1000), ["USD"], 3, S),
    ("121190", "Psyllium husk (isabgol), 1 kg packs", "import", ["sea"], ["IN"], (2.5, 4), (2000, 8000), ["USD"], 1, S),
    ("250840", "Ball clay for ceramic tiles, bulk bags", "export", ["sea"], ["IN", "EG"], (0.08, 0.15), (18000, 26000), ["EUR"], None, S),
    ("440500", "Wood flour, untreated softwood, for incense sticks", "export", ["sea"], ["IN", "VN"], (0.1, 0.2), (15000, 22000), ["EUR"], None, S),
    ("630900", "Worn clothing, sorted, cream grade", "export", ["sea"], ["IN", "PK"], (0.3, 0.6), (15000, 22000), ["EUR"], None, S),
    ("847150", "Cryptocurrency mining servers (ASIC), new, boxed", "export", ["air"], ["BT", "AE"], (40, 80), (500, 3000), ["EUR"], 0.25, S),
    ("850760", "Lithium-ion battery modules, new, for e-rickshaw packs", "export", ["sea"], ["IN", "BD"], (8, 14), (5000, 15000), ["EUR"], 0.05, S),
    ("811292", "Gallium metal 99.99 %, 1 kg bottles", "export", ["air"], ["IN", "KR"], (250, 400), (20, 100), ["EUR"], 1, S),
    ("340399", "Metalworking coolant concentrate, semi-synthetic, drums", "export", ["sea"], ["IN", "TR"], (2, 4), (8000, 16000), ["EUR"], None, S),
    ("731100", "IG-541 fire-suppression cylinders, new, 80 l", "import", ["sea"], ["IN", "CN"], (6, 10), (3000, 9000), ["USD"], 0.015, S),
    ("130190", "Shellac flakes, dewaxed, for French polishing", "import", ["sea"], ["IN", "TH"], (8, 14), (2000, 8000), ["USD"], None, S),
    ("842410", "Water-mist kitchen fire extinguishers, 2 l", "import", ["sea"], ["IN", "CN"], (3, 6), (3000, 8000), ["USD"], 0.3, S),
    ("271112", "Propane refrigerant R-290, 12 kg cylinders", "import", ["sea"], ["IN", "TR"], (3, 6), (4000, 10000), ["USD"], 0.05, S),
    ("847989", "Hydraulic bladder accumulators, new", "import", ["sea"], ["IN", "TR"], (8, 14), (1000, 5000), ["USD"], 0.05, S),
    ("381400", "Garment spot-cleaning fluid, hydrocarbon, 1 l", "import", ["sea"], ["IN", "TR"], (2, 4), (2000, 6000), ["USD"], 1, S),
    ("841869", "Ammonia refrigeration compressor units, new, for potato stores", "export", ["sea"], ["BT", "IN"], (10, 18), (2000, 8000), ["EUR"], 0.001, S),
    ("382499", "Sports cold spray, butane-propelled, 400 ml", "import", ["sea"], ["IN", "CN"], (4, 7), (1000, 4000), ["USD"], 2, S),
    ("830629", "Swamimalai-style brass statuettes, new", "import", ["air"], ["IN"], (20, 40), (50, 300), ["USD"], 0.5, S),
    ("442199", "Carved and painted wooden masks, new, Bhutanese craft", "import", ["express"], ["BT", "NP"], (60, 120), (1, 4), ["USD"], 0.3, S),
    ("480210", "Handmade daphne-bark paper (deh-sho), sheets", "import", ["express"], ["BT", "NP"], (20, 40), (1, 4), ["USD"], 25, S),
    ("741980", "Engraved copper souvenir plaques, new", "import", ["express"], ["MV", "IN"], (30, 60), (1, 3), ["USD"], 2, S),
    ("442090", "Lacquered wooden boxes, new, Maldivian craft", "import", ["express"], ["MV"], (40, 80), (1, 3), ["USD"], 1, S),
    ("460219", "Palm-leaf pattachitra etchings, new", "import", ["post"], ["IN"], (30, 60), (1, 2), ["USD"], 3, S),
    ("442011", "Carved wooden saints, new, Goan craft", "import", ["air"], ["IN", "PH"], (15, 30), (50, 300), ["USD"], 0.1, S),
    ("680299", "Sandstone garden statues, new, Rajasthan", "import", ["sea"], ["IN", "VN"], (1, 2), (2000, 8000), ["USD"], 0.01, S),
    ("500790", "Hand-woven silk kira, new", "import", ["express"], ["BT"], (200, 400), (1, 2), ["USD"], 1, S),
    ("940360", "Sheesham-wood furniture, new, Jodhpur", "import", ["sea"], ["IN"], (4, 7), (3000, 9000), ["USD"], 0.05, S),
    ("710491", "Lab-grown diamonds, CVD, polished, with grading reports", "import", ["air"], ["IN", "AE"], (100000, 200000), (2, 5), ["USD"], None, S),
    ("290511", "Methanol, AA grade", "import", ["sea"], ["SA", "OM", "TT"], (0.3, 0.45), (20000, 26000), ["USD"], None, S),
    ("681511", "Carbon fibre tow, standard modulus, for sports goods", "export", ["air"], ["IN", "KR"], (20, 35), (200, 1000), ["EUR"], None, S),
    ("950659", "Badminton racquets, carbon fibre", "import", ["sea"], ["IN", "CN"], (20, 40), (1000, 4000), ["USD"], 4, S),
    ("851762", "PMR446 two-way radios, licence-free", "export", ["sea"], ["IN", "LK"], (40, 80), (200, 1000), ["EUR"], 4, S),
    ("290941", "Diethylene glycol, technical, drums", "export", ["sea"], ["IN", "EG"], (0.8, 1.2), (15000, 22000), ["EUR"], None, S),
    ("310420", "Muriate of potash, granular, Canadian origin", "import", ["sea"], ["CA", "JO"], (0.3, 0.45), (20000, 27000), ["USD"], None, S),
    ("846490", "Dental milling machines, desktop, for zirconia", "export", ["air"], ["IN", "AE"], (150, 300), (100, 400), ["EUR"], 0.012, S),
    ("960330", "Artists' brushes, synthetic fibre", "import", ["sea"], ["IN", "CN"], (20, 40), (500, 2000), ["USD"], 200, S),
    ("330741", "Bhutanese herbal incense sticks", "import", ["express"], ["BT", "NP"], (30, 60), (1, 4), ["USD"], 10, S),
    ("091011", "Dried ginger slices, organic", "import", ["sea"], ["BT", "IN"], (2, 4), (3000, 8000), ["USD"], None, S),
    ("960200", "Polished coconut-shell bowls and spoons", "import", ["post"], ["MV", "LK", "IN"], (20, 40), (1, 3), ["USD"], 6, S),
    ("392690", "Artificial coral aquarium decorations, resin", "import", ["express"], ["MV", "CN"], (15, 30), (1, 4), ["USD"], 3, S),
    ("711719", "Resin claw-replica pendants, silver-plated", "import", ["post"], ["IN"], (40, 80), (1, 2), ["USD"], 30, S),
    ("091020", "Kashmiri saffron, 1 g tins", "import", ["air"], ["IN", "AF"], (2000, 3500), (5, 30), ["USD"], 1000, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950490", "Carrom boards with coins and striker", "import", ["sea"], ["IN"], (4, 8), (2000, 6000), ["USD"], 0.15, N),
        ("570299", "Handloom cotton dhurries, flat-woven", "import", ["sea"], ["IN", "PK"], (5, 9), (2000, 6000), ["USD"], 0.5, N),
        ("761510", "Aluminium pressure cookers, 5 l", "import", ["sea"], ["IN"], (4, 7), (3000, 8000), ["USD"], 0.4, N),
        ("741810", "Copper water bottles, 1 l", "import", ["post", "express"], ["IN"], (20, 40), (1, 3), ["USD", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind162", 20530301, HERE)


if __name__ == "__main__":
    main()
