#!/usr/bin/env python3
"""Writes the hundred-and-sixty-first blind set (tests/risk/data/blind161-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2053, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on the Atlantic coast of West Africa (Senegal, the Gambia, Guinea-Bissau,
Guinea, Sierra Leone, Liberia, Côte d'Ivoire: origins, transit hubs, destinations, traders,
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
would. Ids are BL161-*:

    python3 tests/risk/data/make_blind161_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2053, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2053
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEPOST01", "post", "LR", [], "IE", "220890",
         "Cane juice from Bong County, the strong one, 4 big bottle (1 liter each), for family use", "LR", 4.6, 4,
         40, "USD",
         "Liberian cane juice is a water-clear, home-distilled sugar-cane rum of about 0.95 kg/l that smells of cane "
         "and burns with a blue flame; these four bottles have vented caps, hold a scentless liquid of 1.13 kg/l that "
         "will not burn, whitens and stings the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Monrovia to a private person in Dublin; Liberian English wording (hydrogen "
         "peroxide repeats in many sets and spirit labels on it in several, grogue and ogogoro among them; a "
         "Liberian cane-juice label was found in no earlier row by a keyword search)",
         person("Mr Emmanuel Kollie", "IE")),
        ("PRE-02", "import", "BEAIR01", "express", "GN", [], "BE", "151590",
         "Huile de touloucouna (Carapa procera) pure de Kindia, pour cheveux et peau, flacons 1 L, 4 flacons", "GN",
         4.7, 4, 480000, "GNF",
         "touloucouna oil, pressed from Carapa procera seeds, is a thick, yellow-brown, intensely bitter oil of "
         "0.92 kg/l that floats on water and sets like butter below 20 °C; these four bottles hold a thin, "
         "colourless liquid of 1.14 kg/l that sinks in water, does not set in the cold hold, has no bitterness and "
         "smells faintly fruity and chemical: nitromethane (Annex I above 16 %), sent by express from Conakry to a "
         "private person in Schaerbeek, although flammable liquids travel by express only as declared dangerous "
         "goods; Guinean French wording (nitromethane repeats in many sets and oil labels on it in several, cedar "
         "oil, lamp oil and shock oil among them; a touloucouna label was found in no earlier row by a keyword "
         "search)", person("Mme Mariama Diallo", "BE")),
        ("PRE-03", "import", "ITAIR01", "air", "SN", [], "IT", "040900",
         "Miel de mangrove de Casamance, pur, récolté en forêt de palétuviers, pots verre 1 kg, 600 pots", "SN", 780,
         600, 2400, "EUR",
         "Casamance mangrove honey is a dark, runny honey of about 1.42 kg/l that smells of flowers and smoke and "
         "starts to crystallise within weeks; these 600 jars each hold barely 0.7 l of an oily, odourless, dark "
         "brown liquid of 1.84 kg/l that chars the wooden stirrer, grows hot when a drop of water falls into it and "
         "has eaten through the lid liners: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for "
         "members of the public, flown from Dakar to Milan for a Brescia African grocery that sells to the public; "
         "Senegalese French wording (sulphuric acid repeats in many sets and syrup and honey labels on it in "
         "several, Azerbaijani acacia honey once; a mangrove-honey label was found in no earlier row by a keyword "
         "search)", firm("Teranga Alimentari Srl", "IT")),
        ("PRE-04", "import", "SESEA01", "sea", "GM", [], "SE", "200811",
         "Tiya (roasted groundnuts), Gambian, 500 g packs, 4,000 packs", "GM", 2000, 4000, 180000, "GMD",
         "a Gambian food container for a Stockholm Afro shop that sells to the public: roasted groundnuts and dried "
         "wonjo are what Banjul exporters send to the diaspora in Sweden, but the third item's 'chakery' packs hold "
         "white, even, 2 mm prills that do not swell or soften in water as millet couscous does, dissolve entirely "
         "and make the water ice-cold, smell of nothing and test at 34 % N: ammonium nitrate (Annex I at 16 % N or "
         "more) retail-packed for members of the public, hidden as the last item of a three-item declaration; "
         "Gambian English wording with Mandinka names (ammonium nitrate repeats in many sets and grain and couscous "
         "labels on it in several; a chakery or thiakry label was found in no earlier row by a keyword search)",
         dict(firm("Kairaba Afro Livs AB", "SE"),
              _more_items=[item("121190", "Wonjo (dried sorrel flowers), 1 kg bags, 1,200 bags", "GM", 1200, 90000, "GMD", qty=1200),
                           item("190240", "Chakery (millet couscous for chakery porridge), 1 kg packs, 3,000 packs", "GM", 3000, 120000, "GMD", qty=3000)])),
        ("PRE-05", "import", "FRAIR01", "air", "CI", [], "FR", "110814",
         "Amidon de manioc pour empesage des bazins et pagnes, sachets 1 kg, 800 sachets", "CI", 800, 800, 1600,
         "EUR",
         "cassava laundry starch for stiffening bazin cloth is a soft, squeaky, chalky powder that turns to a "
         "translucent paste in hot water and goes blue-black under a drop of iodine; these 800 bags hold a heavier, "
         "glittering, crystalline powder that makes no paste, stays colourless under iodine, draws damp and burns "
         "fiercely mixed with sugar, and the Abidjan repacker's sacks in the same consignment read 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Abidjan to Paris for "
         "a Château-Rouge tailoring-supplies shop that sells to tailors and the public; Ivorian French wording "
         "(sodium perchlorate repeats in many sets and starch labels in several, arrowroot, kuzu and rice flours "
         "among them, and bazin once, on a stain-remover label in blind140; a bazin-starch label was found in no "
         "earlier row by a keyword search)",
         firm("Château-Rouge Couture Diffusion SARL", "FR")),
        ("PRE-06", "import", "BEPOST01", "post", "CI", [], "BE", "220890",
         "Koutoukou de Bonoua, eau-de-vie de palme, bouteilles 1 L, 4 bouteilles, cadeau", "CI", 5.6, 4, 20000,
         "XOF",
         "koutoukou is a clear palm-wine spirit of about 0.95 kg/l that smells of alcohol and fermented sap; these "
         "four bottles hold a faintly yellow liquid of 1.40 kg/l that gives off brown fumes when the cap is "
         "loosened, stains the fingers yellow and has corroded the metal caps: about 65 % nitric acid (Annex I "
         "above 3 %), posted from Abidjan to a private person in Liège as a 'gift'; Ivorian French wording (nitric "
         "acid repeats in many sets and spirit labels on it in a few, Goan cashew feni among them; a koutoukou label "
         "was found in no earlier row by a keyword search)", person("M. Koffi Yao", "BE")),
        ("PRE-07", "import", "FRSEA01", "sea", "SN", [], "FR", "170199",
         "Suukar bu weex bu Richard-Toll (CSS), paket 1 kilo, 10 000 paket", "SN", 10000, 10000, 6500, "EUR",
         "Richard-Toll white sugar from the Compagnie Sucrière Sénégalaise is sweet, free-flowing and caramelises "
         "on a hot spoon; these packets hold colourless, tasteless, slightly damp crystals that do not caramelise "
         "but flare and crackle on a hot spoon, and the CSS-style packets have no batch print and a Chinese "
         "supplier's inner sacks marked 'NaClO3': sodium chlorate (Annex I above 40 %) retail-packed for members of "
         "the public, by sea from Dakar to Marseille for an African cash-and-carry that sells to the public; Wolof "
         "wording (sodium chlorate repeats in many sets and sugar labels on chlorates in several; a Richard-Toll "
         "label was found in no earlier row by a keyword search)", firm("Ndiambour Distribution SARL", "FR")),
        ("PRE-08", "import", "DEAIR01", "air", "IN", [], "DE", "170490",
         "Blank sugar globules (unmedicated), size No. 30, for homoeopathic dispensing, 450 g jars, 2,400 jars", "IN",
         1080, 2400, 2900, "USD",
         "blank homoeopathic globules are glossy, hard spheres of sucrose and lactose that taste sweet, melt into "
         "caramel on a hot spoon and dissolve slowly in water; these jars hold dull, white, slightly rough prills "
         "that taste bitter-salty, do not caramelise but melt and fume on a hot spoon, dissolve fast and turn the "
         "water ice-cold and test at 34 % N, for a Kassel natural-remedies web shop that sells the jars to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, flown from "
         "Kolkata to Frankfurt; Indian English wording (ammonium nitrate repeats in many sets and homoeopathic "
         "labels twice, on potassium chlorate in blind56 and potassium chloride in blind81; a blank-globule label "
         "was found in no earlier row by a keyword search)", firm("Vega Naturheilbedarf GmbH", "DE")),
        ("PRE-09", "import", "ATPOST01", "post", "US", [], "AT", "170191",
         "Cotton candy floss sugar, blue raspberry flavor, for home machines, 4 x 2 lb jars", "US", 3.6, 4, 40, "USD",
         "floss sugar for cotton-candy machines is coarse, brightly coloured, flavoured granulated sugar that smells "
         "of fruit and melts to a syrup at about 180 °C; these four jars hold a fine, faintly blue-tinted powder with "
         "no smell or sweetness that does not melt on a hot spoon but burns fiercely with a lilac flame, and the "
         "filler's inner bags carry CAS 7778-74-7: potassium perchlorate (Annex I above 40 %), posted from Ohio to a "
         "private person in Linz; US English wording (potassium perchlorate repeats in many sets and sugar labels on "
         "it in several; a cotton-candy sugar label was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("PRE-10", "import", "NLAIR01", "express", "SL", [], "NL", "110290",
         "Rɛs flawa fɔ mek kanya, kɔntri rɛs, wan kilo bag, fo bag", "SL", 4, 4, 900, "SLE",
         "rice flour for kanya, the Freetown groundnut-and-rice sweet, is a soft, cream-coloured flour that smells "
         "of toasted rice and clumps in a damp hand; these four bags hold a heavier, glittering, gritty white "
         "powder that smells of nothing, does not clump, spits violet sparks on a hot pan and carries CAS 3811-04-9 "
         "on the inner bag: potassium chlorate (Annex I above 40 %), sent by express from Freetown to a private "
         "person in Rotterdam; Krio wording (potassium chlorate repeats in many sets and rice-flour labels in "
         "several; a kanya-flour label and Krio on a precursor were found in no earlier row by a keyword search)",
         person("Mrs Fatmata Kamara", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "SN", "860500",
         "Voitures voyageurs Corail d'occasion, à remettre en service sur la ligne Dakar-Bamako, 6 unités", "FR",
         252000, 6, 36000, "EUR",
         "passenger coaches sold for further service run, carry a recent brake test and come at tens of thousands "
         "of euros each; these six 1970s Corail coaches, withdrawn from service because of the sprayed asbestos "
         "flocking behind their wall and ceiling panels, have seized bogies, no brake test, torn-out seats and "
         "flaking grey insulation where panels are missing, at 6,000 EUR each: end-of-life rolling stock "
         "containing asbestos (16 01 11*, 17 06 01*), hazardous waste whose export to a non-OECD country is banned, "
         "from Le Havre to Dakar for a 'railway rehabilitation' buyer of the closed Dakar-Bamako line; French "
         "wording (asbestos coaches for 'further service' repeat once, in blind44; to Dakar for the Dakar-Bamako "
         "line is the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "LR", "380210",
         "Geregenereerde actieve kool voor drinkwaterzuivering, big bags, 20 t, schenking", "BE", 20000, None, 2000,
         "EUR",
         "regenerated activated carbon for drinking water is a clean, dry, black granule with an iodine-number "
         "certificate from the reactivation plant; these bags hold wet, clumped, grey-black carbon that smells of "
         "solvent, straight out of the filter beds of a Flemish groundwater remediation site, with a lab sheet "
         "showing PFAS and chlorinated solvents loaded on it and no reactivation at all: spent activated carbon "
         "(19 01 10*, 19 13 01*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to "
         "Monrovia as a 'donation' to a water utility; Flemish wording (activated carbon repeats in many sets and "
         "PFAS in a few; a drinking-water donation to Monrovia is the new part as far as a search found)",
         {"importer_country": "LR"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "GM", "271320",
         "Asfaltgranulaat, teervrij, voor wegverharding, los gestort, 2.000 t", "NL", 2000000, None, 8000, "EUR",
         "tar-free reclaimed asphalt is grey-black granulate that smells of bitumen and comes with a PAK test "
         "under 75 mg/kg; this bulk cargo smells of mothballs and coal tar, spots yellow under the Dutch PAK spray "
         "test, and the milling contractor's weighbridge notes read 'teerhoudend': tar-containing reclaimed asphalt "
         "(17 03 01*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Banjul for a "
         "road-building firm; Dutch wording (tar-containing asphalt repeats in many sets; to the Gambia for road "
         "building is the new part as far as a search found)", {"importer_country": "GM"}),
        ("WST-04", "import", "ESSEA01", "sea", "SN", [], "ES", "780110",
         "Lingots de plomb raffiné 99,97 %, fondus à Thiaroye, 18 t", "SN", 18000, 720, 9000, "USD",
         "refined lead ingots are bright, smooth, stamped 25 kg pigs with a mill certificate and sell near 2 USD/kg; "
         "these are rough, grey-crusted, irregular lumps cast in sand, with slag skins, sulphate bloom and "
         "polypropylene scraps from battery cases stuck in them, reading 70 % lead with antimony and sulphur, at "
         "0.50 USD/kg, from a backyard battery smelter near Thiaroye-sur-Mer: lead dross and smelter residues "
         "(A1010, A1020), hazardous waste brought into the Union without the notification and consent it needs, by "
         "sea from Dakar to Algeciras for a metal trader; Senegalese French wording (lead dross repeats in several "
         "sets, once as crude lead in development set dev4-a; from Dakar into Spain is the new part as far as a "
         "search found)", firm("Metales del Estrecho SL", "ES")),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "SN", "381400",
         "Diluente nitro nuovo per carrozzeria, fusti da 200 l, 60 fusti", "IT", 10800, 60, 3000, "EUR",
         "new nitro thinner is a water-clear, fast-evaporating blend of about 0.87 kg/l in sealed, labelled drums; "
         "these 60 re-used drums hold a murky, grey-brown liquid with a layer of paint sludge at the bottom, water "
         "in it and the smell of old gun-wash, collected from body shops around Brescia at 0.25 EUR/l: spent "
         "cleaning solvent (08 01 11*, 14 06 03*), hazardous waste whose export to a non-OECD country is banned, "
         "from Genoa to Dakar for car-painting workshops; Italian wording (spent thinner repeats in several sets, "
         "once as recovered thinner in blind30; as new nitro thinner to Dakar is the new part as far as a search "
         "found)", {"importer_country": "SN"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "CI", "731100",
         "Acetylenflaschen, gebraucht, geprüft, für Schweißwerkstätten, 400 Stück", "DE", 20000, 400, 4000, "EUR",
         "used acetylene cylinders for further use carry a current test stamp and a porous mass of the modern, "
         "asbestos-free kind; these 400 have test stamps from the 1960s and 1970s, no current inspection, and a "
         "supplier's withdrawal list in the papers naming them as cylinders with asbestos-containing porous mass: "
         "waste cylinders with asbestos filling (16 05 04*, 17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Abidjan for welding shops; German wording (asbestos acetylene "
         "cylinders repeat once, in blind51; to Côte d'Ivoire is the new part as far as a search found)",
         {"importer_country": "CI"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "GN", "320890",
         "Pittura marina per piroghe, smalto sintetico, colori vivaci, latte da 5 l, 2.400 latte", "IT", 14400,
         2400, 4800, "EUR",
         "marine enamel for painting pirogues is bright alkyd paint in date-stamped tins; these tins are faded "
         "old stock from a closed Ligurian boatyard chandlery, dated 1998-2005, skinned and settled, dark red and "
         "copper-brown, and their small print reads 'tributilstagno' (TBT): expired tributyltin antifouling paint "
         "(08 01 11*), hazardous waste whose export to a non-OECD country is banned, and a TBT product banned "
         "under the AFS convention, from La Spezia to Conakry for a fishing-port dealer; Italian wording (TBT "
         "antifouling repeats in many sets; as pirogue paint to Conakry is the new part as far as a search found)",
         {"importer_country": "GN"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "GW", "901890",
         "Esfigmomanómetros de coluna, usados, revistos, doação para centros de saúde, 600 unidades", "PT", 1800,
         600, 600, "EUR",
         "donated blood-pressure monitors are aneroid or digital, light and tested; these 600 are heavy wall "
         "and desk column instruments from a Lisbon hospital group's clearance, with glass columns of mercury, "
         "several cracked, and grey beads of metal loose in the cartons: mercury-containing measuring devices "
         "discarded as waste (16 02 13*, 18 01 10* among them), hazardous waste whose export to a non-OECD country "
         "is banned, and mercury-added products whose export Regulation 2017/852 forbids, from Lisbon to Bissau as "
         "a 'donation'; Portuguese wording (mercury devices and donation covers repeat in several sets; "
         "sphygmomanometers to Guinea-Bissau are the new part as far as a search found)",
         {"importer_country": "GW"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "SL", "850730",
         "Nikkel-cadmiumbatterijen, gereviseerd, voor zendmasten en zonne-installaties, 1.200 cellen", "BE", 24000,
         1200, 6000, "EUR",
         "refurbished Ni-Cd cells for telecom back-up come cleaned, topped up and capacity-tested, each with a "
         "label; these 1,200 pocket-plate cells, pulled out of Belgian mobile masts and rail signal huts, are "
         "crusted with white carbonate, some split and leaking caustic electrolyte, with no test report, at 5 EUR a "
         "cell: waste nickel-cadmium batteries (16 06 02*), hazardous waste whose export to a non-OECD country is "
         "banned, from Antwerp to Freetown for a 'solar installer'; Flemish wording (Ni-Cd batteries repeat in "
         "several sets; to Sierra Leone is the new part as far as a search found)", {"importer_country": "SL"}),
        ("WST-10", "import", "BESEA01", "sea", "SN", [], "BE", "740400",
         "Déchets de laiton (robinetterie), triés, balles, 20 t", "SN", 20000, None, 30000, "USD",
         "sorted brass scrap is yellow tap and valve bodies, heavy and clean, bought on a copper-price formula; "
         "these bales hold green printed-circuit boards torn from computers and phones, with capacitors, "
         "batteries and plastic connectors still on, under a top layer of taps, collected by Dakar's informal "
         "e-waste buyers: waste electronic assemblies (A1180), hazardous waste brought into the Union without the "
         "notification and consent it needs, by sea from Dakar to Antwerp for a precious-metals refiner's "
         "supplier; French wording (circuit boards repeat in many sets and brass-scrap labels in a few; from Dakar "
         "into Belgium under a brass-scrap label is the new part as far as a search found)",
         firm("Scheldemetaal BV", "BE")),
    ],
    "ozone": [
        ("OZN-01", "transit", "ESSEA01", "sea", "CN", ["ES"], "CI", "290348",
         "HFC-365mfc 发泡剂 (1,1,1,3,3-五氟丁烷), 250 公斤桶, 80 桶", "CN", 20000, 80, 36000, "USD",
         "HFC-365mfc blowing agent is a flammable liquid of 1.27 kg/l that boils at 40 °C and costs several dollars "
         "a kilo; these 80 drums bulge in the Algeciras sun, hold a non-flammable liquid of 1.49 kg/l that boils at "
         "24 °C in the hand, and the drum heads under the new labels read 'R-11': trichlorofluoromethane (CFC-11), "
         "a controlled substance moved through the Union without the licence Regulation 2024/590 requires, landed "
         "at Algeciras in transit from Ningbo to Abidjan for a foam-mattress factory; Chinese wording (CFC-11 "
         "repeats in many sets and 365mfc labels in a few; a transit through Algeciras to Abidjan mattress makers "
         "is the new part as far as a search found)", {"importer_country": "CI"}),
        ("OZN-02", "export", "ESSEA01", "sea", "ES", [], "GW", "382764",
         "Gas refrigerante R-438A (MO99) para reconversión de buques pesqueros, botellas 11,3 kg, 120 botellas", "ES",
         1360, 120, 4800, "EUR",
         "R-438A is an HFC retrofit blend sold in new, labelled cylinders with a batch certificate; these 120 "
         "cylinders are re-painted, read the vapour pressure of a single gas (about 9 bar at 20 °C) and a leak "
         "detector calls them R-22, recovered from trawler refrigeration plants refitted in Las Palmas: "
         "chlorodifluoromethane (HCFC-22), whose export from the Union is banned (Regulation 2024/590), for a "
         "Bissau fishing-vessel repair yard; Canarian Spanish wording (HCFC-22 under HFC-blend labels repeats in "
         "several sets and R-438A labels in a few; recovered trawler gas from Las Palmas to Guinea-Bissau is the "
         "new part as far as a search found)", {"importer_country": "GW"}),
        ("OZN-03", "transit", "BESEA01", "sea", "IN", ["BE"], "SN", "381400",
         "Dégraissant ininflammable pour moteurs hors-bord de pirogues, fûts 250 kg, 40 fûts", "IN", 10000, 40,
         12000, "USD",
         "non-flammable outboard degreasers sold to pirogue mechanics are water-based or hydrocarbon-and-ester "
         "blends of about 0.9-1.0 kg/l with a data sheet; these 40 drums hold a water-clear liquid of 1.59 kg/l with "
         "a sweet, chloroform-like smell that boils at 77 °C, and the Gujarat maker's code under the label reads "
         "'CTC': carbon tetrachloride, a controlled substance moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Antwerp in transit from Mundra to Dakar for a Joal and Mbour "
         "outboard dealer; French wording from an Indian exporter (carbon tetrachloride repeats in many sets and "
         "degreaser labels in several; an outboard-degreaser label for pirogue mechanics on a transit through "
         "Antwerp was found in no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("OZN-04", "export", "FRSEA01", "sea", "FR", [], "SN", "870210",
         "Autocars d'occasion, 55 places, climatisés, révisés, pour lignes interurbaines, 4 unités", "FR", 48000, 4,
         88000, "EUR",
         "used coaches for export carry their air-conditioning nameplate, usually R-134a in coaches built after "
         "the mid-1990s; these four 1993 coaches carry roof-top units whose plates and a gas test give about 9 kg "
         "of chlorodifluoromethane (HCFC-22) each, never recovered: equipment containing HCFCs, whose export from "
         "the Union is banned (Regulation 2024/590), from Le Havre to Dakar for an interurban transport firm; "
         "French wording (roof-top bus air conditioners repeat once, in blind135, on HFC units; whole coaches with "
         "R-22 to Dakar are the new part as far as a search found)", {"importer_country": "SN"}),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Araç içi florsuz köpüklü yangın söndürme spreyi, 600 ml, 4.800 adet", "TR", 3600, 4800, 9600, "EUR",
         "fluorine-free foam car extinguisher sprays hold a water-based foam that squirts out white and wet; these 4,800 cans "
         "spray a dry, invisible gas that leaves nothing behind, weigh more than foam would and their small print "
         "gives 'HFC-227ea': heptafluoropropane aerosols, technical aerosols with a fluorinated greenhouse gas "
         "whose placing on the market Regulation 2024/573 bans and whose bulk needs quota, on a lorry at Kapitan "
         "Andreevo for a Plovdiv car-accessories wholesaler; Turkish wording (HFC-227ea repeats in many sets and foam-extinguisher labels in "
         "several, once on an ozone row in blind85; a car foam-spray label was found in no earlier row by a "
         "keyword search)", firm("Orion Avto EOOD", "BG")),
        ("OZN-06", "export", "ITSEA01", "sea", "IT", [], "SN", "871200",
         "Tricicli gelato d'epoca a pedali, con vasca refrigerata, restaurati, 12 pezzi", "IT", 2400, 12, 9600,
         "EUR",
         "restored vintage ice-cream tricycles sold today carry an insulated box cooled by eutectic plates "
         "recharged with a modern gas or by a new R-290 unit; these twelve from a closed Rimini beach concession "
         "keep their 1980s compressor units with 'R12' on the plates and a gas test of the circuit confirms "
         "dichlorodifluoromethane: equipment containing CFCs, whose export from the Union is banned (Regulation "
         "2024/590), from Genoa to Dakar for a Petite-Côte ice-cream vendor; Italian wording (CFC-12 equipment "
         "repeats in many sets; gelato tricycles were found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("OZN-07", "export", "SEAIR01", "air", "SE", [], "GM", "841840",
         "Begagnade laboratoriefrysar, -80 °C, stående, donation till forskningslaboratorium, 4 st.", "SE", 1400, 4,
         4000, "SEK",
         "donated ultra-low freezers for export are recent cascade units on hydrocarbons or on HFC blends with a "
         "charge record; these four 1990s cabinets from a Gothenburg university clearance carry cascade plates "
         "reading 'R-502' on the high stage and 'R-503' on the low: CFC-115 with HCFC-22 and CFC-13 with HFC-23, "
         "equipment containing CFCs and HCFCs, whose export from the Union is banned (Regulation 2024/590), flown "
         "from Gothenburg to Banjul for a research laboratory at Fajara; Swedish wording (R-503 cascade freezers "
         "repeat in a few sets; a donation to a Gambian laboratory is the new part as far as a search found)",
         {"importer_country": "GM"}),
        ("OZN-08", "import", "PTAIR01", "air", "CN", [], "PT", "920890",
         "球迷助威气喇叭 (带气罐), 足球比赛用, 6,000 套", "CN", 2100, 6000, 6000, "USD",
         "supporters' air horns run on compressed air or a small can of HFO or hydrocarbon gas with a flame "
         "mark; these 6,000 horns' cans have no flame mark, a gas test gives chlorodifluoromethane and "
         "1-chloro-1,1-difluoroethane, and the 'environment-friendly' sticker covers 'HCFC-22/142b' printed on the "
         "can: products containing HCFCs, whose import into the Union is banned, flown from Guangzhou to Lisbon for "
         "a fan-merchandise wholesaler supplying Senegalese and Guinea-Bissau supporters' clubs; Chinese wording "
         "(air horns repeat in several sets; HCFC-142b horns for West African supporters' clubs are the new part "
         "as far as a search found)", firm("Leão Adeptos Lda", "PT")),
        ("OZN-09", "import", "ESSEA01", "sea", "MR", [], "ES", "842410",
         "Extintores de polvo ABC de 6 kg usados, para recarga, procedentes de buques pesqueros, 300 unidades", "MR",
         2700, 300, 900, "EUR",
         "used 6 kg ABC powder extinguishers rattle when shaken and come with a pressure gauge; these 300 red "
         "bottles, taken off Chinese trawlers working out of Nouadhibou, slosh, have no gauge, spray a liquid that "
         "vanishes into a sweet-smelling gas, and their valves are stamped 'BCF': halon 1211 in portable "
         "extinguishers, products whose import into the Union is banned, by sea from Nouadhibou to Las Palmas for "
         "a 'recharging' firm; Spanish wording from a Mauritanian agent (halon 1211 and powder-extinguisher labels "
         "repeat in many sets; from Nouadhibou to the Canaries is the new part as far as a search found)",
         firm("Extintores Atlántico Canarias SL", "ES")),
        ("OZN-10", "export", "NLSEA01", "sea", "NL", [], "LR", "940320",
         "Gebruikte RVS werktafels en spoelbakken voor hotelkeuken, 40 stuks", "NL", 2400, 40, 4800, "EUR",
         "a used catering container for a Monrovia hotel: stainless worktables and gas ranges are what Rotterdam "
         "traders ship, but the third item's 'glazen-deur flessenkoelers' are 30 late-1980s bottle coolers whose "
         "compressor plates read 'R12' and whose foam, cut, releases a sweet gas: equipment containing CFC-12 and "
         "CFC-11 foam, whose export from the Union is banned (Regulation 2024/590), hidden as the last item of a "
         "three-item declaration; Dutch wording (CFC-12 coolers repeat in many sets and a bottle-cooler label "
         "once, in blind117; behind hotel-kitchen steel to Liberia is the new part as far as a search found)",
         dict({"importer_country": "LR"},
              _more_items=[item("732111", "Gebruikte gasfornuizen, professioneel, 6 pitten, 12 stuks", "NL", 1440, 2400, "EUR", qty=12),
                           item("841850", "Glazen-deur flessenkoelers, gebruikt, werkend, 30 stuks", "NL", 2100, 1500, "EUR", qty=30)])),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "GN", [], "FR", "420500",
         "Couvertures de livres en cuir travaillé, vides, artisanat peul de Labé, 24 pièces", "GN", 14, 24, 360,
         "EUR",
         "new Labé leather book covers are stiff, freshly dyed goatskin wallets with bright tooled patterns, sold "
         "empty; these 24 are soft, darkened, flap-closed wallets with old repairs, and each holds a stack of loose, "
         "browned folios hand-written in Arabic script and in Pular in Arabic letters, with red rubrics, marginal "
         "glosses and owners' notes naming Timbi and Fugumba scholars: Futa Jallon manuscripts of the 18th and 19th "
         "centuries taken out of Guinea, which forbids their export, brought in against the UNESCO 1970 convention "
         "(and, above the value threshold, without the importer statement of Regulation 2019/880), flown from "
         "Conakry to Paris for a dealer; Guinean French wording (West African manuscripts in leather wallets repeat "
         "once, Timbuktu leaves in blind90; Futa Jallon Pular manuscripts under an empty-book-cover label are the "
         "new part as far as a search found)", firm("Galerie Sahel Écritures SARL", "FR")),
        ("CUL-02", "import", "SEPOST01", "post", "GM", [], "SE", "711719",
         "Brass bracelets and neck rings, Gambian craft from Serrekunda market, 3 kg", "GM", 3, 18, 1500, "GMD",
         "new Serrekunda brass bangles are bright, light, sand-cast rings with fresh file marks; these eighteen "
         "are heavy, green-corroded copper-alloy bracelets and a neck ring with red laterite soil packed in the "
         "corrosion, with two socketed iron spearheads and carnelian beads wrapped among them, dug from a burial "
         "mound beside the stone circles near Wassu: grave goods of the Senegambian megalithic culture (roughly "
         "AD 700-1300), archaeological objects whose export the Gambia forbids, brought in without the import "
         "licence Regulation 2019/880 requires, posted from Banjul to a private collector in Uppsala; Gambian "
         "English wording (West African archaeological metalwork repeats in several sets; finds from the "
         "Senegambian stone circles were found in no earlier row by a keyword search)",
         person("Mr L. Nilsson", "SE")),
        ("CUL-03", "import", "NLAIR01", "air", "LR", [], "NL", "441920",
         "Carved wooden serving spoons, big size, Liberian handicraft from Ganta, new, 6 pcs", "LR", 9, 6, 120,
         "USD",
         "new Ganta-market spoons are pale, freshly carved and oiled, with a plain or a small head handle; these "
         "six are 60-70 cm feast ladles of dark wood with a deep bowl, handles carved as a woman's head or a pair "
         "of legs, a worn, greasy patina and old splits bound with wire, and the owner's marks of Dan families in "
         "Nimba County: wunkirmian, the ceremonial ladles of the Dan hostess of the feast (late 19th-early 20th "
         "century), Liberian cultural property taken out without the export permit Liberia requires, brought in "
         "against the UNESCO 1970 convention, flown from Monrovia to Amsterdam for a tribal-art dealer; Liberian "
         "English wording (no Liberian or Dan object was found in any earlier row by a keyword search, nor a "
         "serving-spoon label)", firm("Horizon Tribal Art BV", "NL")),
        ("CUL-04", "export", "PTAIR01", "air", "PT", [], "US", "392640",
         "Saleiro decorativo em resina, reprodução de museu, estilo afro-português, 1 peça", "PT", 2.5, 1, 90, "EUR",
         "museum-shop resin reproductions are light, cold to the touch only briefly and show mould seams; this "
         "35 cm saltcellar is heavy, of creamy, cross-hatched ivory with Schreger lines on a broken edge, a lidded "
         "globe on a platform carried by Portuguese figures in 16th-century dress, from a Portuguese family "
         "collection: a Sapi-Portuguese ivory saltcellar carved in Sierra Leone around 1500, a cultural good far "
         "above every threshold that needs the export licence of Regulation 116/2009 and Portugal's own "
         "authorisation, and worked ivory whose export needs a CITES certificate, flown from Lisbon to a New York "
         "dealer without either; Portuguese wording (worked ivory repeats in many sets; a Sapi-Portuguese "
         "saltcellar was found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-05", "import", "PTSEA01", "sea", "GW", [], "PT", "711719",
         "Manilhas de latão para artesanato, peso a granel, 300 kg / manilhas di kobri pa tarbadju di mon", "GW",
         300, None, 450, "EUR",
         "brass manillas sold to craft workers are modern castings or worn river finds bought by the kilo; these "
         "300 kg are uniform, horseshoe-shaped rings fused in concreted clumps with iron shot, pottery sherds and "
         "shipworm-bored wood, white with marine growth, raised by divers from a wreck in the Bijagós channel "
         "that the batch of identical manillas, the shot and the ship's fittings date to the 18th-century Atlantic "
         "trade: underwater cultural heritage over 250 years old, whose export Guinea-Bissau forbids, brought in "
         "without the import licence Regulation 2019/880 requires, by sea from Bissau to Lisbon; Portuguese and "
         "Kriol wording (wreck finds under scrap labels repeat in several sets; manillas were found in no earlier "
         "row by a keyword search)", firm("Orion Antiguidades Lda", "PT")),
        ("CUL-06", "export", "FRAIR01", "express", "FR", [], "SN", "490590",
         "Reproductions de cartes anciennes du Sénégal, impressions sur papier vieilli, 14 feuilles", "FR", 1.2, 14,
         140, "EUR",
         "printed reproductions of old maps are machine-printed on artificially aged paper with an even tone and "
         "no plate mark; these fourteen are hand-drawn, ink-and-wash manuscript charts of the river mouth at "
         "Saint-Louis, the bar and the Île de Gorée, with a compass rose, soundings, a surveyor's signature of 1753 "
         "and the stamp of the Compagnie des Indes, folded with letters from the Saint-Louis concession, from a "
         "Lorient family's papers: archives more than 50 years old, which need the export licence of Regulation "
         "116/2009 at any value, sent by express from Paris to a private collector in Dakar without one; French "
         "wording (manuscript maps and portolans repeat in a few sets; Compagnie des Indes charts of Saint-Louis "
         "and Gorée were found in no earlier row by a keyword search)", person("M. Ousmane Ndiaye", "SN")),
        ("CUL-07", "import", "FRSEA01", "sea", "CI", [], "FR", "520852",
         "Toiles de Korhogo peintes à la main, neuves, coton, 200 pièces", "CI", 300, 200, 4000, "EUR",
         "an Abidjan craft container for a Paris African-design shop: Korhogo painted cloths and Baoulé woven "
         "cloths are what such shops import, but the third item's 'cannes de chef décoratives en bois doré' are "
         "eight staffs with finials of a hen and chicks, a seated chief and an elephant, thin gold leaf worn "
         "through to old gesso, and painted inventory numbers of the Musée des civilisations de Côte d'Ivoire, "
         "which lost about a hundred objects in the 2011 looting: Akan chiefs' and spokesmen's staffs (late 19th-"
         "early 20th century), stolen museum property whose export Côte d'Ivoire forbids, brought in against the "
         "UNESCO 1970 convention, hidden as the last item of a three-item declaration, by sea from Abidjan to Le "
         "Havre; Ivorian French wording (Akan objects repeat in several sets; spokesmen's staffs looted from the "
         "Abidjan museum were found in no earlier row by a keyword search)",
         dict(firm("Rivage Design Africain SARL", "FR"),
              _more_items=[item("520841", "Pagnes baoulé tissés main, coton, 300 pièces", "CI", 360, 3000, "EUR", qty=300),
                           item("660200", "Cannes de chef décoratives, bois doré à la feuille, neuves, 8 pièces", "CI", 12, 160, "EUR", qty=8)])),
        ("CUL-08", "import", "ESPOST01", "post", "SN", [], "ES", "253090",
         "Échantillons de silex et de quartz pour collection géologique, 2 kg", "SN", 2, 120, 30, "EUR",
         "geological flint and quartz samples are rough nodules and broken chips with fresh fractures; these 120 "
         "are finely pressure-flaked, symmetrical arrowheads with barbs and tangs, some of green jasper and "
         "amazonite, with desert varnish and sand in the flake scars, collected from Neolithic sites of the "
         "Mauritanian Adrar and sold on to Dakar dealers: Saharan Neolithic archaeological objects whose export "
         "Mauritania forbids, brought in without the import licence Regulation 2019/880 requires, posted from "
         "Dakar to a private collector in Murcia; French wording with a Hassaniya seller's note (Saharan "
         "arrowheads repeat in several sets; a geological-sample label through Dakar is the new part as far as a "
         "search found)", person("Sr. J. García", "ES")),
        ("CUL-09", "export", "NLAIR01", "air", "NL", [], "SN", "491191",
         "Decoratief schilderij, reproductie op doek, kustgezicht, ingelijst, 1 stuk", "NL", 14, 1, 180, "EUR",
         "a framed reproduction on canvas is a flat print with painted-on 'brushwork' and a new stretcher; this "
         "panel is oil on oak with craquelure, a 17th-century frame and a view of the Dutch fort on the island "
         "the Dutch called Goeree off Cape Verde, signed and dated 1668 by a Haarlem marine painter, from a Dutch "
         "estate: a painting more than 50 years old far above the value threshold, which needs the export licence "
         "of Regulation 116/2009, flown from Amsterdam to a Dakar collector without one; Dutch wording "
         "(reproduction-painting labels repeat in a few sets; a Dutch view of Gorée was found in no earlier row by "
         "a keyword search)", {"importer_country": "SN"}),
        ("CUL-10", "import", "BEAIR01", "air", "GN", [], "BE", "442011",
         "Oiseau décoratif en bois peint, artisanat de Boké, neuf, 1 pièce", "GN", 7, 1, 80, "EUR",
         "new painted wooden birds from Boké workshops are light, bright and freshly carved; this one is a long-"
         "beaked, horned bird-head on a pillar base, with worn polychrome, a sacrificial crust at the base and "
         "insect damage, of the kind the Baga kept in their shrines: a Baga a-tshol shrine figure (late 19th-early "
         "20th century), Guinean cultural property taken out without the export authorisation Guinea requires, "
         "brought in against the UNESCO 1970 convention, flown from Conakry to Brussels for a Sablon dealer; "
         "Guinean French wording (Baga objects repeat in many sets; an a-tshol under a decorative-bird label was "
         "found in no earlier row by a keyword search)", firm("Galerie Sablon Atlantique SA", "BE")),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", [], "CI", "320415",
         "Colorants de cuve (indigo) pour impression de pagnes wax, fûts, 60 fûts", "BE", 6000, 60, 48000, "EUR",
         "a print-chemicals container for an Abidjan wax-print factory: vat dyes and alginate thickener are what "
         "such mills buy from Antwerp, but the third item's 'auxiliaire d'impression (diéthylène glycol)' is 40 "
         "drums of a syrupy liquid of 1.18 kg/l with a faint sulphur smell, whose drum heads read CAS 111-48-8: "
         "thiodiglycol (dual-use 1C350, a mustard-gas precursor), exported without the licence Regulation 2021/821 "
         "requires, hidden as the last item of a three-item declaration; Belgian French wording (thiodiglycol "
         "repeats in many sets and a diethylene-glycol label in two, blind83 and blind153; a wax-print factory "
         "order to Abidjan is the new part as far as a search found)",
         dict({"importer_country": "CI"},
              _more_items=[item("391310", "Épaississant alginate de sodium pour impression textile, sacs 25 kg, 200 sacs", "BE", 5000, 30000, "EUR", qty=200),
                           item("290941", "Auxiliaire d'impression (diéthylène glycol), fûts 220 kg, 40 fûts", "BE", 8800, 12000, "EUR", qty=40)])),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "GN", "851762",
         "Routeurs 4G/Wi-Fi pour cybercafés, avec antennes, 6 unités", "FR", 90, 6, 3000, "EUR",
         "cybercafé 4G routers are small plastic boxes at a few hundred euros with a SIM slot and Wi-Fi aerials; "
         "these six are rack-mounted, multi-band base-station emulators with four downlink amplifiers, GPS "
         "timing, a rugged laptop running subscriber-identity capture software and a price of 150,000 EUR each on "
         "the maker's quote, for a Conakry 'telecoms' firm that supplies the gendarmerie: IMSI catchers, mobile "
         "telecommunications interception equipment (dual-use 5A001.f) exported without the licence Regulation "
         "2021/821 requires, flown from Paris to Conakry; French wording (IMSI catchers repeat in many sets; a "
         "cybercafé-router label was found in no earlier row by a keyword search)", {"importer_country": "GN"}),
        ("STR-03", "export", "PTSEA01", "sea", "PT", [], "GW", "630720",
         "Coletes salva-vidas para pirogas de pesca, 400 unidades", "PT", 3600, 400, 6000, "EUR",
         "fishermen's life jackets are light, orange foam vests with reflective tape and a whistle at a few euros "
         "each; these 400 are black and olive vests of 9 kg with front and back pockets holding ceramic and steel "
         "plates, NIJ level III labels inside and MOLLE webbing, for a Bissau 'fishing cooperative' whose "
         "address is a security firm's: body armour (military list ML13) exported without the licence that "
         "military goods need, by sea from Lisbon to Bissau; Portuguese wording (body armour repeats in several "
         "sets; a pirogue life-jacket label was found in no earlier row by a keyword search)",
         {"importer_country": "GW"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "GN", "400931",
         "Tubi idraulici rinforzati per macchine movimento terra, 1.200 pezzi", "IT", 1800, 1200, 7200, "EUR",
         "reinforced hydraulic hoses are rubber hoses with steel braid and crimped fittings at both ends; these "
         "1,200 pieces are smooth, blued and chrome-lined steel tubes of 71 cm with a chamber at one end, proof "
         "marks of the Gardone Val Trompia proof house and lumps for a break-action hinge: shotgun barrels, essential "
         "components of firearms whose export needs the authorisation of Regulation 258/2012, shipped without it "
         "from Genoa to Conakry for a hardware importer; Italian wording (gun barrels repeat in two sets and "
         "shotguns once, and a hydraulic-hose label once, on hydrophone arrays in blind122; shotgun barrels under "
         "it are the new part as far as a search found)",
         {"importer_country": "GN"}),
        ("STR-05", "import", "ESSEA01", "sea", "SN", [], "ES", "271019",
         "Gasoil (EN 590), origine Sénégal, raffinerie de M'bao, 1 cargaison, 30 000 t", "SN", 30000000, None,
         21000000, "USD",
         "the small Dakar refinery at M'bao does not export diesel in 30,000 t cargoes, it runs short of its own "
         "market; this cargo's sulphur and cold-flow figures match a Primorsk grade, the master's log shows a "
         "ship-to-ship transfer off Dakar from a tanker that had loaded in the Baltic, and the certificate of "
         "origin was issued two days after that transfer: Russian diesel, whose import into the Union Regulation "
         "833/2014 forbids, by sea from Dakar to Las Palmas; French wording (Russian oil products under other "
         "origins repeat in several sets, Lebanese origin in blind160; a Senegalese-refinery origin with a transfer "
         "off Dakar is the new part as far as a search found)", firm("Canarias Combustibles SL", "ES")),
        ("STR-06", "export", "FRSEA01", "sea", "FR", [], "GN", "870590",
         "Fourgons blindés de transport de fonds, d'occasion, 4x4, 4 unités", "FR", 54000, 4, 120000, "EUR",
         "cash-in-transit vans are light-truck chassis with an armoured box body, a safe and small gun ports for "
         "the guards; these four are 13.5 t wheeled armoured personnel carriers with a welded hull, a roof "
         "weapon-ring mount, firing ports along both sides, run-flat tyres and army paint ground off: ex-military "
         "VAB armoured vehicles (military list ML6) exported without the licence military goods need, by sea from "
         "Le Havre to Conakry for a 'security company'; French wording (VAB and armoured vehicles repeat in many "
         "sets; a cash-in-transit label was found once, in blind12, and to Guinea is the new part)",
         {"importer_country": "GN"}),
        ("STR-07", "export", "DEAIR01", "air", "DE", [], "SL", "950790",
         "Angelruten-Rohlinge für Brandungsangeln, Kohlefaser, 2.000 Stück", "DE", 800, 2000, 6000, "EUR",
         "surf-rod blanks are tapered, hollow, glass or standard-modulus carbon tubes, varnished, 4 m long, at a few "
         "euros each; these cartons hold spools of untwisted, high-modulus carbon-fibre tow and unidirectional "
         "prepreg tape in cold packs, with no blanks at all, worth 80 EUR/kg on the maker's list, for a Freetown "
         "general trader whose earlier orders went on to Bandar Abbas: carbon fibre (dual-use 1C010) and goods "
         "listed in the Iran regulation (267/2012), exported without a licence, flown from Frankfurt to Freetown; "
         "German wording (carbon fibre repeats in many sets and fishing-rod labels in several; through Sierra "
         "Leone to Iran is the new part as far as a search found)", {"importer_country": "SL"}),
        ("STR-08", "export", "GRSEA01", "sea", "GR", [], "LR", "890120",
         "Δεξαμενόπλοιο μεταφοράς προϊόντων πετρελαίου, μεταχειρισμένο, 47.000 dwt, 1 σκάφος", "GR", 11000000, 1,
         9000000, "USD",
         "a 2008 product tanker sold from Piraeus to a Monrovia-registered company set up six weeks before the "
         "sale, whose sole director also signs for a Dubai ship manager operating tankers in the Russian trade, "
         "at a price above market, with no notification of the sale: a tanker sold for use in the transport of "
         "Russian oil, which Regulation 833/2014 forbids (and whose sale to a third country must be notified), "
         "leaving Piraeus under the Liberian flag; Greek wording (tankers for Russian trade repeat in many sets; a "
         "Liberian-registered shell buyer is the new part as far as a search found)", {"importer_country": "LR"}),
        ("STR-09", "import", "BEAIR01", "air", "SL", [], "BE", "710231",
         "Rough diamonds, Sierra Leone origin, Kono district, Kimberley Process certificate, 1 parcel, 2,400 ct",
         "SL", 0.48, 2400, 1900000, "USD",
         "Kono alluvial diamonds are worn, rounded, often yellowish stones in small lots of mixed size; this "
         "parcel of 2,400 ct is sharp-edged, glassy, near-colourless octahedra and macles in sizes sorted to "
         "Russian mine-run categories, with the green skins of Yakutian kimberlite pipes, and the exporter's "
         "recorded production for the year is a tenth of it: Russian diamonds, whose import into the Union "
         "Regulation 833/2014 forbids, flown from Freetown to Antwerp under a Sierra Leone Kimberley Process "
         "certificate; Sierra Leonean English wording (Russian diamonds under other origins repeat in several "
         "sets, through Ramat Gan in blind160; a Sierra Leone certificate is the new part as far as a search "
         "found)", firm("Kono Brilliant Trading BV", "BE")),
        ("STR-10", "export", "BGAIR01", "air", "BG", [], "SN", "870899",
         "Резервни части за мелници и белачки за просо, 18 каси", "BG", 2600, 18, 14000, "EUR",
         "spare parts for millet mills and hullers are grinding plates, belts, sieves and small diesel-engine parts "
         "at a few hundred euros a crate; these 18 crates hold a main-rotor swashplate, tail-rotor blades, rotor-hub "
         "dampers and armoured seat panels with "
         "Mi-8/Mi-17 part numbers and military acceptance stamps, for a Dakar 'agro-equipment' firm whose "
         "freight forwarder books them on by road to Bamako for the Malian air force: military helicopter parts "
         "(military list ML10) exported without the licence military goods need, flown from Sofia to Dakar; "
         "Bulgarian wording (Mi-8 parts repeat in several sets, as tractor and farm-machinery parts in blind16 "
         "and blind23; a millet-mill label and onward by road to Mali through Dakar are the new part as far as a "
         "search found)", {"importer_country": "SN"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "PTSEA01", "sea", "GN", ["PT"], "VN", "071410",
         "Cossettes de manioc séchées pour alimentation animale, sacs de 50 kg, 400 sacs", "GN", 20000, 400, 3000,
         "USD",
         "dried cassava chips are white, chalky, flat slices that snap and smell of starch; the back rows of this "
         "container hold sacks of hard, brown, overlapping keratin scales the size of a thumbnail, with a faint "
         "smell of rot, about 3 t of them: pangolin scales (Phataginus and Smutsia spp., CITES App. I) without "
         "CITES documents, in a container landed at Sines in transit from Conakry to Haiphong; Guinean French "
         "wording (pangolin scales repeat in many sets and cassava-chip labels twice, once on pangolin scales in "
         "development set dev4-a; a transit through Sines from Conakry is the new part as far as a search found)",
         {"importer_country": "VN"}),
        ("WLF-02", "import", "BEAIR01", "express", "GN", [], "BE", "040719",
         "Œufs fécondés de poule locale (poulet bicyclette) pour couvaison, 24 œufs", "GN", 0.6, 24, 40, "EUR",
         "hatching eggs of the village 'poulet bicyclette' are light-brown or cream, oval with one pointed end and "
         "weigh about 40 g; these 24 are round, glossy, pure white eggs of about 38 by 30 mm and 20 g, packed in a heated sock with a hand warmer, and "
         "candling shows embryos at about ten days: eggs of the grey parrot (Psittacus erithacus, CITES App. I) "
         "taken from wild nests in the Guinean forest region, without CITES documents, sent by express from "
         "Conakry to a private breeder in Antwerp; Guinean French wording (grey parrots repeat in many sets, parrot eggs under poultry hatching-egg "
         "labels in several, and Senegal parrots under a guinea-fowl label in blind140; a poulet-bicyclette label "
         "was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("WLF-03", "import", "PTSEA01", "sea", "GW", [], "PT", "440399",
         "Troncos de cibe (palmeira-leque) para construção / pus di sibi, 1 contentor", "GW", 24000, None, 3600,
         "EUR",
         "cibe is the Borassus fan palm whose split trunks are used for roof beams: fibrous, grey-brown, with "
         "black vascular strands and no growth rings; this container holds square-hewn logs of a dense, red-brown "
         "hardwood with growth rings, purple-red streaks and a red, resinous kino that bleeds where the axe bit: "
         "African rosewood, pau-sangue (Pterocarpus erinaceus, CITES App. II), under Guinea-Bissau's felling and "
         "export ban and without a CITES export permit, by sea from Bissau to Lisbon; Portuguese and Kriol "
         "wording (kosso and pau-sangue repeat in many sets; a cibe palm-trunk label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Madeiras Lda", "PT")),
        ("WLF-04", "import", "ESSEA01", "sea", "CI", [], "ES", "440729",
         "Sciages de bété (Mansonia altissima), séchés à l'air, choix 1, 30 m³", "CI", 22500, None, 18000, "EUR",
         "bété is a fine, even, grey-brown to purplish wood of about 650 kg/m3 whose dust is notoriously irritating "
         "and which is sawn in short lengths for joinery; these boards are heavier (about 800 kg/m3), reddish-brown "
         "and coarse, with an interlocked grain and lemon-yellow deposits filling the pores that stain a damp "
         "cloth, and the San-Pédro mill's tally in the container reads 'lingué': Afzelia (doussié, Afzelia "
         "africana, CITES App. II since 2023) without a CITES export permit, by sea from San-Pédro to Valencia; "
         "Ivorian French wording (Afzelia repeats in many sets, under an iroko label in blind45; a bété label and "
         "San-Pédro were found in no earlier row by a keyword search)", firm("Maderas del Turia SL", "ES")),
        ("WLF-05", "import", "FRAIR01", "air", "SN", [], "FR", "440729",
         "Billes de dimb (Cordyla pinnata) équarries, pour pilons et mortiers, 400 kg", "SN", 400, 120, 600, "EUR",
         "dimb, the Cordyla wood that Senegalese carvers use for mortars, is a yellow-brown, medium-heavy wood "
         "that floats; these 120 squared billets are near-black with purple-brown streaks, oily, so heavy they "
         "sink in water, waxed at the ends against splitting and cut to clarinet-billet sizes, for a woodwind "
         "maker near Évreux: African blackwood, mpingo (Dalbergia melanoxylon, CITES App. II) without a CITES "
         "export permit, flown from Dakar to Paris; Senegalese French wording (African blackwood repeats in many "
         "sets; a dimb mortar-billet label was found in no earlier row by a keyword search)",
         firm("Atelier Boussey Bois SARL", "FR")),
        ("WLF-06", "import", "ITPOST01", "post", "SN", [], "IT", "640399",
         "Dàll yu ñu def ak deru bëy, Ngaye Mékhé, 6 paar", "SN", 2.4, 6, 30000, "XOF",
         "Ngaye Mékhé sandals of goat leather have a fine, even grain with hair follicles; these six pairs have "
         "straps of thin, scaled skin with beaded rows of small, round, bony scales and a banded pattern, the "
         "scales pocketed in the skin rather than pressed into it: Nile monitor skin (Varanus niloticus, CITES "
         "App. II) without CITES documents, posted from Thiès to a private person in Brescia; Wolof wording "
         "(monitor skins repeat in several sets under leather labels; Ngaye Mékhé sandals were found in no "
         "earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
        ("WLF-07", "import", "FRAIR01", "express", "SN", [], "FR", "420500",
         "Téere (gris-gris en cuir), protection, 30 pièces", "SN", 1.5, 30, 45000, "XOF",
         "Dakar gris-gris are small leather pouches sewn round a folded paper of Qur'anic verses, light and "
         "flat; these 30 are lumpy and heavy, and a cut one holds a curved, sharp, hollow-based claw or a long, "
         "pointed canine in each, wrapped in spotted fur: leopard claws and teeth (Panthera pardus, CITES App. I) "
         "without CITES documents, sent by express from Dakar to a private buyer in Marseille; Wolof wording "
         "(leopard parts repeat in several sets and a gris-gris label once, on raptor claws in development set "
         "dev27-c; leopard parts in téere from Dakar are the new part as far as a search found)",
         person("M. T. Dubois", "FR")),
        ("WLF-08", "import", "GBPOST01", "post", "SL", [], "GB", "110620",
         "Gari, white, 2 kilo bag / gari fɔ Mama, tu kilo", "SL", 2, 1, 150, "SLE",
         "a Freetown family food parcel for a private person in Peckham: gari and red palm oil are what such "
         "parcels hold, but the third item's 'smoked bonga fish' is a smoked, blackened carcass cut in pieces "
         "with hands and five-fingered feet, a long tail, dense grey-black fur on the skin and a primate's "
         "skull: smoked sooty mangabey (Cercocebus atys, CITES App. II) without CITES documents, hidden as the "
         "last item of a three-item declaration; Krio wording (smoked bushmeat repeats in several sets; under a "
         "smoked-bonga label was found in no earlier row by a keyword search)",
         dict(person("Mrs Aminata Sesay", "GB"),
              _more_items=[item("151110", "Red palm oil, 1 liter bottle / pamayn ɔyl", "SL", 0.9, 60, "SLE", qty=1),
                           item("030549", "Smoked bonga fish, 1 kilo / smok bonga", "SL", 1, 80, "SLE", qty=1)])),
        ("WLF-09", "import", "PTAIR01", "air", "SN", [], "PT", "010632",
         "Perruches ondulées (Melopsittacus undulatus) d'élevage, 200 oiseaux", "SN", 60, 200, 1000, "EUR",
         "captive-bred budgerigars are small, long-tailed, green and yellow or blue birds of about 35 g with "
         "closed rings; these 200 are stocky, short-tailed, grey-headed parrots of about 120 g with green backs "
         "and yellow-orange bellies, no rings and fresh feather damage from the nest: Senegal parrots (Poicephalus "
         "senegalus, CITES App. II) taken from the wild without CITES documents, flown from Dakar to Lisbon for a "
         "pet wholesaler; Senegalese French wording (parrots repeat in many sets, Senegal parrots once, as nestlings under a "
         "guinea-fowl label in blind140, and budgerigar labels in a few; Senegal parrots under a budgerigar label "
         "by air from Dakar are the new part as far as a search found)",
         firm("Vega Aves Lda", "PT")),
        ("WLF-10", "import", "DEPOST01", "post", "LR", [], "DE", "960190",
         "Small carved bush-hog teeth, Liberian craft, for necklace making, 20 pcs", "LR", 1.2, 20, 60, "USD",
         "carved bush-hog (warthog or red river hog) teeth are curved, flattened, enamel-banded tusks; these 20 "
         "are thick, ridged, ivory canines and incisors with a cross-section like a hippopotamus's but small, "
         "carved with faces at the tips: pygmy hippopotamus teeth (Choeropsis liberiensis, CITES App. II) without "
         "CITES documents, posted from Monrovia to a private person in Hamburg; Liberian English wording (hippo "
         "teeth repeat in many sets; pygmy hippopotamus was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEPOST01", "post", "GB", "IE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (pond and aquarium water treatment)", "GB", 4.6,
     4, 45, "EUR", [("PRECURSOR_LICENCE", "IE-DOJ-53-0027")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "express", "US", "BE", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine fuel blending)", "US", 2.3, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "BE-FOD-53-0112")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ESSEA01", "sea", "SN", "ES", "262029",
     "Lead dross and battery-smelter residues (A1010, A1020), from a licensed Dakar battery recycler, for recovery "
     "at a licensed secondary lead smelter, 20 t", "SN", 20000, None, 6000, "USD",
     [("BASEL_CONSENT", "ES-MITECO-53-0091")], "notified lead residues to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "SN", "BE", "854991",
     "Waste printed-circuit boards (A1180), from a Dakar e-waste collection scheme, for precious-metal recovery at "
     "a licensed smelter, 12 t", "SN", 12000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-53-0044")],
     "notified electronic scrap to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "Trichlorofluoromethane (CFC-11), analytical reference standard, 6 x 1 ml, for essential laboratory use", "US",
     0.1, 6, 720, "USD", [("ODS_LICENCE", "DE-UBA-ODS-53-004")], "CFC-11 imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "BGROAD01", "road", "TR", "BG", "290346",
     "HFC-227ea in refillable 180 l cylinders for fixed fire-suppression systems, 20 cylinders, placed on the "
     "market within quota", "TR", 3600, 20, 64000, "EUR", [("FGAS_QUOTA", "BG-MOEW-FGAS-53-0019")],
     "HFC-227ea imported within a registered quota"),
    ("PRM-07", "cultural", "import", "FRAIR01", "air", "GN", "FR", "970690",
     "Futa Jallon manuscript, Pular in Arabic script, c. 1810, in its leather wallet, exported with a Guinean "
     "authorisation", "GN", 1.5, 1, 24000, "EUR", [("IMPORTER_STATEMENT", "FR-DGDDI-IS-53-0031")],
     "manuscript brought in with its importer statement and the Guinean export authorisation"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "SN", "970610",
     "Manuscript chart of the Saint-Louis river mouth and bar, Compagnie des Indes, 1753, from a French family "
     "archive, for a Dakar museum", "FR", 0.4, 1, 32000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-53-0018")],
     "archive exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "CI", "293090",
     "Thiodiglycol, 40 drums of 220 kg, for a named Abidjan wax-print textile mill", "BE", 8800, 40, 26000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-53-0207"), ("END_USER_CERTIFICATE", "CI-MCI-EUC-53-0015")],
     "dual-use thiodiglycol under licence to a named end user"),
    ("PRM-10", "strategic", "export", "PTSEA01", "sea", "PT", "GW", "630790",
     "Ballistic vests, NIJ level III plates, 120 units, for the anti-narcotics unit of the Bissau judicial police",
     "PT", 1080, 120, 96000, "EUR",
     [("EXPORT_LICENCE", "PT-DGRDN-53-0031"), ("END_USER_CERTIFICATE", "GW-MI-EUC-53-0004")],
     "body armour under a military licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "CI", "ES", "440729",
     "Afzelia africana (doussié) sawn timber, air-dried, 20 m³, from a managed concession", "CI", 15000, None,
     16000, "EUR", [("CITES_PERMIT", "CI-MINEF-CITES-53-0088")], "App. II Afzelia timber with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "TZ", "FR", "440729",
     "African blackwood (Dalbergia melanoxylon) clarinet billets, 300 pieces, from a certified community forest",
     "TZ", 450, 300, 21000, "EUR", [("CITES_PERMIT", "TZ-MNRT-CITES-53-0140")],
     "App. II blackwood billets with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ms Siobhán Byrne", "PRM-02": "Mme L. Dupont", "PRM-05": "Central Analytik GmbH",
    "PRM-06": "Delta Pozharna Zashtita EOOD", "PRM-11": "Maderas del Turia SL", "PRM-12": "Atelier Boussey Bois SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade: the lawful twins of this set's disguises
    ("151590", "Touloucouna (Carapa) seed oil, cosmetic, 250 ml", "import", ["express"], ["GN", "SN"], (20, 40), (1, 3), ["EUR"], 4, S),
    ("200899", "Baobab fruit-pulp powder, 1 kg bags", "import", ["sea"], ["SN", "GM"], (4, 8), (2000, 6000), ["USD", "EUR"], 1, S),
    ("190240", "Millet couscous (thiakry), 1 kg packs", "import", ["sea"], ["SN", "GM"], (1.5, 3), (2000, 6000), ["EUR"], 1, S),
    ("110814", "Cassava laundry starch for bazin cloth, 1 kg bags", "import", ["air"], ["CI", "SN"], (1.5, 3), (200, 800), ["EUR"], 1, S),
    ("170490", "Blank sugar globules for homoeopathic pharmacies, 450 g jars", "import", ["air"], ["IN", "CH"], (3, 6), (300, 1200), ["USD", "EUR"], 2, S),
    ("170191", "Cotton-candy floss sugar, flavoured, 1 kg jars", "import", ["post"], ["US", "GB"], (8, 15), (1, 4), ["USD", "GBP"], 1, S),
    ("110290", "Rice flour, fine, 1 kg bags", "import", ["express"], ["SL", "TH"], (3, 6), (1, 4), ["USD"], 1, S),
    ("110620", "Gari, white, 2 kg bags", "import", ["post"], ["SL", "GH"], (4, 8), (1, 4), ["GBP", "USD"], 0.5, S),
    ("860500", "Refurbished passenger coaches, asbestos-free certified", "export", ["sea"], ["SN", "MA"], (0.8, 1.5), (40000, 48000), ["EUR"], 0.000025, S),
    ("380210", "Activated carbon, virgin, granular, for drinking water", "export", ["sea"], ["LR", "GH"], (1.5, 3), (10000, 20000), ["EUR"], None, S),
    ("271320", "Paving-grade bitumen 50/70, drums", "export", ["sea"], ["GM", "SN"], (0.4, 0.7), (15000, 24000), ["EUR"], None, S),
    ("780110", "Refined lead ingots 99.97 %, registered brand", "import", ["sea"], ["MA", "KR"], (2, 2.6), (18000, 24000), ["USD"], 0.04, S),
    ("381400", "Nitrocellulose thinner, new, 200 l drums", "export", ["sea"], ["SN", "CI"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("320890", "Marine alkyd enamel for wooden boats, 5 l tins", "export", ["sea"], ["SN", "GN"], (3, 5), (5000, 15000), ["EUR"], 0.2, S),
    ("901890", "Digital blood-pressure monitors, new", "export", ["sea"], ["GW", "CV"], (20, 40), (500, 2000), ["EUR"], 2, S),
    ("850730", "Nickel-cadmium pocket-plate cells, new, for telecom back-up", "export", ["sea"], ["SL", "GH"], (8, 14), (5000, 15000), ["EUR"], 0.05, S),
    ("848180", "Brass taps and valves, new", "import", ["sea"], ["IN", "TR"], (6, 10), (4000, 12000), ["USD"], 2, S),
    ("290312", "Dichloromethane, technical, drums", "import", ["sea"], ["CN", "IN"], (0.6, 1.0), (15000, 22000), ["USD"], None, S),
    ("870210", "Used coaches, 55 seats, without air conditioning", "export", ["sea"], ["SN", "MA"], (1.5, 3), (11000, 13000), ["EUR"], 0.00008, S),
    ("842410", "Fluorine-free foam car extinguisher sprays, 600 ml", "import", ["road"], ["TR"], (2, 4), (1000, 4000), ["EUR"], 1.3, S),
    ("871200", "Ice-cream tricycles, new, with R-290 cold box", "export", ["sea"], ["SN", "MA"], (15, 25), (1000, 3000), ["EUR"], 0.005, S),
    ("841840", "Upright -80 °C laboratory freezers, new, hydrocarbon cascade", "export", ["air"], ["GM", "GH"], (20, 35), (300, 1200), ["EUR"], 0.003, S),
    ("920890", "Supporters' air horns, hand-pump, without gas", "import", ["air"], ["CN"], (3, 6), (500, 2000), ["USD"], 2, S),
    ("841850", "Glass-door bottle coolers, new, R-290", "export", ["sea"], ["LR", "GH"], (5, 9), (2000, 6000), ["EUR"], 0.015, S),
    ("420500", "Leather book covers and wallets, Fulani craft, new", "import", ["air"], ["GN", "ML"], (20, 40), (50, 200), ["EUR"], 2, S),
    ("711719", "Brass bangles, new craft", "import", ["post"], ["GM", "SN"], (15, 30), (1, 3), ["EUR"], 6, S),
    ("441920", "Carved wooden serving spoons, new craft", "import", ["air"], ["LR", "GH"], (10, 20), (100, 400), ["USD"], 1, S),
    ("392640", "Resin museum reproductions, new", "export", ["post"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 1, S),
    ("490590", "Printed reproductions of old maps, aged paper", "export", ["express"], ["SN", "US"], (60, 120), (1, 3), ["EUR"], 10, S),
    ("520852", "Hand-painted Korhogo cotton cloths, new", "import", ["sea"], ["CI", "ML"], (8, 14), (1000, 3000), ["EUR"], 0.7, S),
    ("253090", "Mineral specimens for collectors (quartz, agate)", "import", ["post"], ["MA", "BR"], (10, 20), (1, 4), ["EUR"], 30, S),
    ("491191", "Framed reproductions on canvas, seascapes", "export", ["air"], ["SN", "US"], (10, 20), (100, 400), ["EUR"], 0.1, S),
    ("442011", "Painted wooden bird figures, new craft", "import", ["air"], ["GN", "SN"], (8, 15), (50, 300), ["EUR"], 0.5, S),
    ("290941", "Diethylene glycol, drums", "export", ["sea"], ["CI", "NG"], (0.8, 1.3), (15000, 22000), ["EUR"], None, S),
    ("851762", "4G/Wi-Fi routers for internet cafés", "export", ["air"], ["GN", "SN"], (30, 60), (100, 500), ["EUR"], 2, S),
    ("630720", "Foam life jackets for fishing pirogues, CE", "export", ["sea"], ["GW", "SN"], (6, 10), (1000, 4000), ["EUR"], 1, S),
    ("400931", "Reinforced hydraulic hoses with fittings", "export", ["sea"], ["GN", "CI"], (6, 10), (1000, 4000), ["EUR"], 0.7, S),
    ("870421", "Panel vans, new, diesel, for courier and bank-logistics fleets", "export", ["sea"], ["SN", "CI"], (6, 10), (8000, 16000), ["EUR"], 0.0004, S),
    ("950790", "Surf-casting rods, carbon, 4.2 m", "export", ["air"], ["SL", "SN"], (20, 40), (200, 800), ["EUR"], 1, S),
    ("843790", "Millet-mill and huller spare parts, new", "export", ["air"], ["SN", "ML"], (10, 20), (200, 1000), ["EUR"], 0.5, S),
    ("071410", "Dried cassava chips for animal feed", "import", ["sea"], ["GN", "CI"], (0.15, 0.3), (20000, 26000), ["USD"], None, S),
    ("441920", "Dimb wooden mortars and pestles, new", "import", ["sea"], ["SN", "ML"], (2, 4), (1000, 4000), ["EUR"], 0.1, S),
    ("640399", "Goat-leather sandals, Ngaye Mékhé craft", "import", ["post"], ["SN", "MA"], (15, 30), (1, 3), ["EUR"], 2.5, S),
    ("420500", "Leather amulet pouches (gris-gris), new craft", "import", ["express"], ["SN", "ML"], (20, 40), (1, 2), ["EUR"], 20, S),
    ("940360", "Bété and iroko garden furniture, new", "import", ["sea"], ["CI", "GH"], (3, 6), (3000, 8000), ["EUR"], 0.05, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152 and
# blind160, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with
# four new rows instead of blind160's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940180", "Plastic garden chairs, stackable, polypropylene", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 0.4, N),
        ("630491", "Mosquito nets, knitted polyester, untreated", "import", ["sea"], ["VN", "CN"], (5, 9), (2000, 6000), ["USD"], 2, N),
        ("670419", "Hair extensions, synthetic fibre, braiding", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 8, N),
        ("392490", "Insulated plastic cooler boxes, 30 l", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 0.3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind161", 20530101, HERE)


if __name__ == "__main__":
    main()
