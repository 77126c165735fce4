#!/usr/bin/env python3
"""Writes the hundred-and-fortieth blind set (tests/risk/data/blind140-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2049, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a regional emphasis on the Sahel, Mauritania and the Gulf of Guinea (their trade,
traders, languages and routes, as origin, hub or destination).
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
would. Ids are BL140-*:

    python3 tests/risk/data/make_blind140_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2049, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2049
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRAIR01", "air", "BF", [], "FR", "200989",
         "Jus de gingembre concentré (gnamakoudji), bidons de 5 l, 120 bidons", "BF", 840, 120, 900, "EUR",
         "gnamakoudji, the Burkinabè ginger drink, is a cloudy, beige-yellow, peppery juice of about 1.05 kg/l that "
         "ferments within days; these 120 jerrycans have vented caps, hold a water-clear to pale-yellow liquid of "
         "1.40 kg/l that gives off brown fumes when opened, yellows the skin and eats into a copper coin, for a "
         "Château-Rouge wholesaler whose shops sell the 5 l cans to the public: about 65 % nitric acid (Annex I above "
         "3 %) retail-packed for members of the public, flown from Ouagadougou to Paris-CDG; Burkinabè French "
         "wording (nitric acid repeats in many sets and juice and vinegar covers (yuzu, sour orange, rice vinegar) in "
         "several; a ginger-juice (gnamakoudji) label was found in no earlier row by a keyword search)",
         firm("Delta Alimentation Afrique SARL", "FR")),
        ("PRE-02", "import", "NLPOST01", "post", "GH", [], "NL", "340120",
         "Alata samina a ɛyɛ nsuo (liquid black soap), lita 1, 4 bottles", "GH", 7.4, 4, 240, "GHS",
         "liquid alata samina is a dark-brown, slippery, alkaline soap of about 1.05 kg/l that foams at once and "
         "smells of smoke and plantain-peel ash; these four bottles hold a dark-brown, oily, odourless liquid of "
         "1.84 kg/l that does not foam, chars the paper label where it ran and grows hot with a drop of water: "
         "technical sulphuric acid of about 96 % (Annex I above 15 %), posted from Kumasi to a private person in "
         "Almere; Twi and Ghanaian English wording (sulphuric acid repeats in many sets under syrup, oil and honey "
         "covers; black soap appears in three earlier rows (blind105, blind109, blind131) only as a lawful item, and "
         "as a precursor cover in none found by a keyword search)", person("Akosua Boateng", "NL")),
        ("PRE-03", "import", "IEPOST01", "post", "NG", [], "IE", "250700",
         "Nzu ọcha (calabash chalk), 250 g balls, 12 pcs", "NG", 3.2, 12, 18000, "NGN",
         "nzu, the calabash chalk sold in Nigerian shops, is a soft, pale, earthy clay moulded into balls that smells "
         "of wet earth, sticks to the tongue and crumbles between the fingers; these twelve are hard, white, "
         "glittering lumps with no earthy smell that scratch rather than crumble, barely dissolve, flare violently "
         "when a scraping mixed with sugar touches a flame, and the inner film reads 'KClO4': potassium perchlorate "
         "(Annex I above 40 %) pressed into nzu balls, posted from Onitsha to a private person in Dublin; Igbo and "
         "Nigerian English wording (potassium perchlorate repeats in many sets under chalk and clay covers (climbing "
         "chalk, face-mask kaolin, kiln wash, potters' kaolin); a nzu (calabash-chalk) label was found in no earlier "
         "row by a keyword search)", person("Chiamaka Okafor", "IE")),
        ("PRE-04", "import", "FRAIR01", "air", "TD", [], "FR", "130120",
         "Gomme arabique atomisée (poudre), qualité alimentaire E414, sachets de 1 kg, 300 sachets", "TD", 300, 300,
         2400, "EUR",
         "spray-dried gum arabic is a fine, cream-white, odourless powder that dissolves slowly into a sticky, "
         "viscous syrup; these 300 sachets hold clear, glassy, cubic crystals that dissolve at once into a thin, "
         "cool, non-sticky liquid, crackle and flare yellow on a gas ring, and the sacks in the sender's store read "
         "'NaClO3': sodium chlorate (Annex I above 40 %) retail-packed for members of the public, for a Marseille "
         "cake-decorating web shop, flown from N'Djamena; Chadian French wording (sodium chlorate repeats in many "
         "sets under salt and sugar-like labels; gum arabic appears once in an earlier row, as the lawful first item "
         "of a cultural container (blind127), and as a precursor cover in none found by a keyword search)",
         firm("Meridian Pâtisserie SARL", "FR")),
        ("PRE-05", "import", "BESEA01", "sea", "CI", [], "BE", "190300",
         "Attiéké déshydraté (semoule de manioc), sachets de 1 kg, 16 000 sachets", "CI", 16000, 16000, 24000, "EUR",
         "dehydrated attiéké is a creamy-white, irregular, slightly sour-smelling cassava granule that swells soft "
         "when steamed; these sachets hold hard, round, white prills of one size that do not swell, turn ice-cold in "
         "water, smell of nothing and test at 34 % N, for a Matonge wholesaler whose shops sell the 1 kg bags to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) retail-packed for members of the public, by sea from "
         "Abidjan to Antwerp; Ivorian French wording (ammonium nitrate repeats in many sets under grain covers, fonio "
         "(blind128), millet, quinoa and amaranth among them; an attiéké label was found in no earlier row by a "
         "keyword search)", firm("Horizon Alimentation Africaine SA", "BE")),
        ("PRE-06", "import", "FRAIR01", "express", "NE", [], "FR", "151590",
         "Man zogale (huile de moringa), kwalba lita 1, guda 4", "NE", 4.6, 4, 40000, "XOF",
         "moringa (ben) oil is a pale-yellow, rather thick oil of 0.90 kg/l with a nutty smell that floats on water; "
         "these four bottles hold a thin, water-clear liquid of 1.14 kg/l that sinks in water and partly mixes with "
         "it, does not feel oily between the fingers and smells faintly fruity: nitromethane (Annex I above 16 %), "
         "sent by express from Niamey to a private person in Lyon, although flammable liquids travel by express only "
         "as declared dangerous goods; Hausa wording (nitromethane repeats in many sets under oil labels, garden "
         "lamp oil and honing oil among them; a moringa-oil label was found in no earlier row by a keyword search)",
         person("Mme Aïssata Diallo", "FR")),
        ("PRE-07", "import", "ESAIR01", "air", "ML", [], "ES", "250100",
         "Kɔgɔ Taoudenni (sel gemme de Taoudenni), concassé, sachets 1 kg, 500 sachets", "ML", 500, 500, 1000, "EUR",
         "Taoudenni rock salt, cut from the mines of the far north and carried down to Timbuktu in slabs, is "
         "grey-white, layered, streaked with clay and sharply salty; these sachets hold clean, uniform, shiny, "
         "colourless crystals with no clay at all that taste cool rather than salty, spit violet sparks on a hot "
         "iron and come in liners printed 'KClO3': potassium chlorate (Annex I above 40 %) retail-packed for members "
         "of the public, for a Barcelona African grocery, flown from Bamako; Bambara and Malian French wording "
         "(potassium chlorate repeats in many sets under salt, alum and kanwa labels; a Taoudenni-salt label was "
         "found in no earlier row by a keyword search)", firm("Vega Alimentació Africana SL", "ES")),
        ("PRE-08", "import", "ESPOST01", "post", "MR", [], "ES", "040221",
         "حليب النوق المجفف، علب 1 كلغ، 4 علب", "MR", 4.2, 4, 2400, "MRU",
         "camel-milk powder is a creamy, fatty, off-white powder that smells of milk and stirs into a milky drink; "
         "these four tins hold a white, crystalline, odourless powder that dissolves clear and cold, leaves no fat "
         "on the spoon and burns fiercely mixed with sugar, and the inner bags read 'NaClO4': sodium perchlorate "
         "(Annex I above 40 %), posted from Nouakchott to a private person in Las Palmas de Gran Canaria; Hassaniya "
         "Arabic wording (sodium perchlorate repeats in many sets, and milk-powder covers (coconut-milk powder) in a "
         "few; a camel-milk label was found in no earlier row by a keyword search)",
         person("Sidi Mohamed Ould Ahmed", "ES")),
        ("PRE-09", "import", "ITPOST01", "post", "SN", [], "IT", "220190",
         "Ndox Ayni Rahmati (Tuubaa), 6 butéel 1 liitar", "SN", 6.8, 6, 6000, "XOF",
         "water from the Aïnou Rahmati well, which Mouride pilgrims bring home from the Grand Magal at Touba, is "
         "ordinary, slightly mineral water of 1.00 kg/l; these six bottles hold a clear liquid of 1.13 kg/l under "
         "vented caps that whitens and stings the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), posted from Touba to a private person in Brescia; Wolof wording (hydrogen peroxide repeats in "
         "many sets and holy-water covers (Zamzam, Medjugorje, the Jordan) in several, kept as a repeat family; a "
         "Touba (Aïnou Rahmati) label was found in no earlier row by a keyword search)",
         person("Moustapha Ndiaye", "IT")),
        ("PRE-10", "export", "ESSEA01", "sea", "ES", [], "MR", "761610",
         "Remaches ciegos de aluminio 6,3 x 45 mm, cajas de 500, 4.000 unidades", "ES", 40, 4000, 120, "EUR",
         "aluminium blind rivets have a hollow body with a steel mandrel through it and weigh a few grams; these "
         "4,000 are aluminium tubes of 6.3 mm closed at one end, with a grey charge behind a paper disc and no "
         "mandrel at all, packed in sawdust, for a Zouérate hardware trader who supplies the artisanal gold fields "
         "of the Tasiast-Chami belt: plain No. 8 detonators (UN 0029, 1.1B), explosives exported without the export "
         "authorisation national law requires, from Las Palmas to Nouadhibou; Canary Spanish wording (detonators "
         "repeat in many sets, and an artisanal gold-site kit with fuse and detonators once (blind19); a blind-rivet "
         "label and a Mauritanian gold-rush buyer were found in no earlier row by a keyword search)",
         {"importer_country": "MR"}),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GH", "700100",
         "Glasscherven, gekleurd, voor kralenmakers (Krobo), big bags, 20 t", "BE", 20000, None, 1000, "EUR",
         "the bead makers of the Krobo hills melt crushed bottle glass, green, brown and clear; these bags hold "
         "grey-black and clear angular glass with a black frit seam and a brown inner coating, dusted with phosphor, "
         "that shows 20 % lead on an XRF gun, from a Flemish CRT-splitting line: leaded cathode-ray-tube funnel glass "
         "(19 12 11*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Tema for an "
         "Odumase 'bead supplier'; Flemish Dutch wording (CRT glass repeats in many sets as cullet, aquarium pebbles, "
         "glass mulch and blasting grit; a bead-makers' cullet label to Ghana was found in no earlier row by a "
         "keyword search)", {"importer_country": "GH"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "MR", "252390",
         "Liant hydraulique routier pour stabilisation de pistes, big bags, 26 t", "FR", 26000, None, 1300, "EUR",
         "a hydraulic road binder is a grey, cement-like blend of clinker, lime and slag sold with a data sheet; "
         "these bags hold a light, fluffy, off-white dust that smells of ammonia when wet, heats up and leaches a "
         "tenth of its weight in chlorides with lead and zinc, from the flue-gas treatment of a household-waste "
         "incinerator near Lyon: air-pollution-control residues (19 01 07*), hazardous waste whose export to a "
         "non-OECD country is banned, from Le Havre to Nouakchott for a 'desert-track works' firm; French wording (APC "
         "residues and fly ash repeat in many sets under pozzolan, lime and cement labels; a road-binder label for "
         "Saharan tracks was found in no earlier row by a keyword search)", {"importer_country": "MR"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", ["SN"], "ML", "392330",
         "Drinkbakken voor vee, gehalveerde HDPE-vaten 200 l, gereinigd, 3.600 stuks", "NL", 16200, 3600, 5400,
         "EUR",
         "watering troughs for Sahel herders are cut from drums that were triple-rinsed and come with a cleaning "
         "certificate; these 3,600 halves, cut from 1,800 drums, still hold a crust of residue in their seams that "
         "smells of solvent and garlic, carry skull pictograms under a coat of black paint and test positive for "
         "organophosphates and paraquat: packaging containing residues of hazardous substances (15 01 10*), "
         "hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Dakar and on by road to "
         "Bamako for a livestock-market dealer; Dutch wording (contaminated drums repeat in several sets, as "
         "reconditioned drums (blind55, blind88) and as water-storage drums (blind48, blind120); a livestock-trough "
         "label to Mali was found in no earlier row by a keyword search)",
         {"importer_country": "ML"}),
        ("WST-04", "export", "PTSEA01", "sea", "PT", [], "GW", "271019",
         "Óleo para motores fora de borda de 2 tempos, bidões de 20 l, 600 bidões", "PT", 10800, 600, 3600, "EUR",
         "two-stroke outboard oil is a thin, clear oil dyed blue or green, sold in labelled cans at several euros "
         "a litre; these 600 jerrycans hold black, gritty, fuel-smelling drained engine oil with water and sludge at "
         "the bottom, collected from Lisbon garages, at 0.30 EUR a litre, for a Bissau dealer who sells to pirogue "
         "fishermen: waste mineral oil (13 02 05*), hazardous waste whose export to a non-OECD country is banned, "
         "from Lisbon to Bissau; Portuguese wording (waste oil repeats in many sets; a pirogue outboard-oil label to "
         "Guinea-Bissau was found in no earlier row by a keyword search)", {"importer_country": "GW"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "BJ", "940549",
         "Luminaires d'éclairage public d'occasion, avec lampes, pour réemploi, 300 pièces", "BE", 4500, 300, 1500,
         "EUR",
         "street-light fittings sold for re-use are tested, cleaned and boxed without their lamps; these 300 cracked "
         "cobra-head fittings from a Flemish municipality's LED retrofit still hold their high-pressure "
         "mercury-vapour lamps, many broken, with grey powder and glass in the bowls, and ballasts leaking capacitor "
         "oil: discarded equipment with mercury lamps (20 01 21*, 16 02 13*), hazardous waste whose export to a "
         "non-OECD country is banned, from Antwerp to Cotonou for a market dealer; Belgian French wording (mercury "
         "lamps repeat in several sets as tubes and bulbs, and used street-lighting lamps once (dev29-b); whole "
         "luminaires for re-use to Benin are the new part as far as a search found)", {"importer_country": "BJ"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "GH", "730429",
         "Brugte foringsrør 9 5/8 og 7 tommer, til hegnspæle og stikledninger, 60 t", "DK", 60000, None, 9000, "EUR",
         "used casing sold for fence posts and culverts is cleaned, cut and blasted; these 60 t of joints pulled "
         "from Esbjerg decommissioning yards carry a hard, grey-brown barium-strontium sulphate scale inside that "
         "reads forty times background on a dose-rate meter (radium-226 and -228), with oily sludge in the threads: "
         "oilfield tubulars contaminated with hydrocarbons and NORM scale, hazardous waste whose export to a "
         "non-OECD country is banned, from Esbjerg to Takoradi for a 'fencing' contractor; Danish wording (offshore "
         "wastes repeat in several sets as drilling mud, cuttings and stainless scrap; scaled casing as fence posts "
         "to Ghana was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "SN", "681182",
         "Placas onduladas de fibrocemento sin amianto, de reutilización, 24 t", "ES", 24000, None, 1200, "EUR",
         "asbestos-free fibre-cement sheets carry the maker's 'NT' mark and a date after 2002; these are weathered, "
         "moss-stained sheets stripped from 1970s Andalusian barns, with no NT mark, broken edges and chrysotile "
         "fibres under a lens: asbestos-cement roofing (17 06 05*), hazardous waste whose export to a non-OECD "
         "country is banned, from Algeciras to Dakar for a builders' merchant; Spanish wording (asbestos cement "
         "repeats in many sets under slate, fibre-cement and Eternit labels; kept as a known repeat, from Spain to "
         "Senegal is the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", ["BJ"], "NE", "392010",
         "Film de polietileno para acolchado agrícola, reutilizable, balas, 22 t", "ES", 22000, None, 1100, "EUR",
         "mulching film for re-use would be clean, rolled and sorted; these bales hold torn, soil-caked black and "
         "white film pulled from Almería greenhouses and fields, with drip tape, plant stems and empty pesticide "
         "bottles in it and a third of their weight in soil: contaminated, mixed plastic waste (Basel Y48) that the "
         "Union forbids to export to a non-OECD country, from Almería to Cotonou and on by road to Niamey for a "
         "Galmi onion growers' 'cooperative'; Spanish wording (plastic film waste repeats in several sets as "
         "agricultural, mulch and silage film; by Cotonou to Niger was found in no earlier row by a keyword search)",
         {"importer_country": "NE"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "TG", "850610",
         "Piles alcalines LR6 et LR03, déstockage, neuves, en vrac, 8 t", "FR", 8000, None, 4000, "EUR",
         "deadstock alkaline batteries come in blister packs and cartons with a use-by date; these 8 t are loose "
         "AA, AAA, C, D and button cells of every brand, many swollen or crusted white where they leaked, with "
         "nickel-cadmium and lithium cells among them, emptied from collection drums in the Paris region, which a "
         "Lomé buyer re-wraps for market stalls: waste batteries including Ni-Cd (16 06 02*, 20 01 33*), hazardous "
         "waste whose export to a non-OECD country is banned, from Le Havre to Lomé; French wording (household "
         "batteries repeat in a few sets (blind16, blind110, blind129, blind131); a 'new deadstock' label to Togo was "
         "found in no earlier row by a keyword search)", {"importer_country": "TG"}),
        ("WST-10", "import", "NLSEA01", "sea", "NG", [], "NL", "281820",
         "Activated alumina balls, unused, returned stock, 40 drums", "NG", 8000, 40, 12000, "USD",
         "returned, unused activated alumina is white, dry, uniform balls in sealed drums with the maker's batch "
         "sheet; these 40 drums hold grey-black, coked, sulphur-smelling extrudates that grow warm in air and read "
         "nickel, molybdenum and arsenic, unloaded at a Lagos refinery's hydrotreater turnaround: spent "
         "hydroprocessing catalysts (Basel A2030), hazardous waste brought into the Union for 'metal recovery' "
         "without the notification and consent its import from a non-OECD country needs, by sea from Lekki to "
         "Rotterdam; Nigerian English wording (spent catalysts repeat in many sets, once under an activated-alumina "
         "label (blind112, exported to Pakistan); kept as a repeat family, the import from Nigeria is the new part)",
         firm("Nordhafen Metals Recovery BV", "NL")),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "GQ", [], "NL", "720449",
         "Chatarra férrica: botellas de acero desgasificadas, sin válvula, 60 unidades, 4,8 t", "GQ", 4800, 60, 960,
         "USD",
         "cylinders degassed for scrap arrive with their valves off and a hole cut in the shoulder; these 60 red "
         "80 l cylinders from a decommissioned production platform off Bioko still have valves and burst discs, "
         "weigh 80 kg each, read 25 bar and a leak detector names the gas as bromotrifluoromethane: halon 1301 in "
         "fire-suppression cylinders, whose import into the Union is banned outside licensed uses, by sea from Malabo "
         "to Rotterdam for a scrap dealer; Equatoguinean Spanish wording (halon 1301 repeats in many sets; "
         "degassed-scrap labels appear once, on LPG cylinders as waste (blind21); halon from an offshore platform "
         "under a scrap label was found in no earlier row by a keyword search)", firm("Atlantic Schroot BV", "NL")),
        ("OZN-02", "export", "FRSEA01", "sea", "FR", ["BJ"], "NE", "870530",
         "Véhicule d'intervention aéroportuaire (VIA) 6x6 d'occasion, révisé, 1 unité", "FR", 24000, 1, 85000, "EUR",
         "a used airport crash tender sold on runs on foam and powder, its complementary agent emptied; this 1990s "
         "6x6 tender from a French regional airport still carries, beside its foam tank, a 450 kg complementary-agent "
         "tank whose plate reads 'Halon 1211' and whose gauge shows it full: equipment containing halon 1211, whose "
         "export from the Union is banned outside licensed critical uses, from Le Havre to Cotonou and on by road to "
         "Niamey for an airport-services firm; French wording (halon 1211 repeats in many sets, mostly in "
         "extinguishers; an airport crash tender was found in no earlier row by a keyword search)",
         {"importer_country": "NE"}),
        ("OZN-03", "import", "BGAIR01", "air", "TD", [], "BG", "842410",
         "Extincteurs de bord pour Antonov An-26, pour recertification, 24 pièces", "RU", 96, 24, 1200, "USD",
         "aircraft hand extinguishers sent for recertification are emptied first or travel as dangerous goods; these "
         "24 olive bottles from the fleet of a N'Djamena cargo airline that flies Antonov An-26s and An-12s are "
         "full, their stencils read '114В2' and the liquid weighs 2.18 kg/l: halon 2402 (dibromotetrafluoroethane), "
         "whose import into the Union is banned outside licensed critical uses, flown from N'Djamena to Sofia for an "
         "aircraft-maintenance firm; Chadian French wording (halon 2402 in Soviet bottles repeats in several sets, "
         "from Kazakhstan in blind112 among them; Antonov extinguishers from Chad were found in no earlier row by a "
         "keyword search)", firm("Vega Aero Servis EOOD", "BG")),
        ("OZN-04", "import", "ESSEA01", "sea", "SN", [], "ES", "281121",
         "Gaz carbonique alimentaire (CO2) pour boissons, bouteilles de 30 kg, 80 bouteilles", "SN", 2400, 80, 1600,
         "EUR",
         "beverage CO2 cylinders read about 57 bar at 20 °C and are filled at 0.67 kg per litre of capacity; these 80 "
         "read 9 bar, each holds 30 kg in a 25 l shell and the gas at the valve smells faintly of ether: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea from Dakar to Santa Cruz de "
         "Tenerife for a 'soft-drink distributor'; Senegalese French wording (HCFC-22 repeats in many sets under "
         "refrigerant and CO2 (R-744) labels; a beverage-CO2 label was found in no earlier row by a keyword search)",
         firm("Rivage Bebidas Canarias SL", "ES")),
        ("OZN-05", "import", "IEAIR01", "air", "NG", [], "IE", "330590",
         "Hair relaxer kits, no-lye, 1,200 kits", "NG", 960, 1200, 2400, "USD",
         "a hair-care air shipment for a Dublin African beauty-supply wholesaler: relaxers and shea butter are what "
         "such shops sell, but the third item's oil-sheen sprays, from a Lagos filler, carry 'CFC-12 (Freon 12)' as "
         "propellant on the filler's batch sheets and a halide leak detector flares green at the nozzle: aerosols "
         "containing dichlorodifluoromethane (CFC-12), products containing an ozone-depleting substance whose import "
         "into the Union is banned, hidden as the last item of a three-item declaration, flown from Lagos to Dublin; "
         "Nigerian English wording (CFC aerosols repeat in a few sets, vintage hair spray once (blind56); an "
         "oil-sheen spray behind relaxers and shea butter was found in no earlier row by a keyword search)",
         dict(firm("Central Beauty Supplies Ltd", "IE"),
              _more_items=[item("151590", "Shea butter, unrefined, 500 g tubs, 600 tubs", "NG", 300, 900, "USD", qty=600),
                           item("330590", "Oil sheen and conditioning spray, 400 ml, 2,400 cans", "NG", 1200, 1800, "USD",
                                qty=2400)])),
        ("OZN-06", "import", "BESEA01", "sea", "GH", [], "BE", "290345",
         "Refrigerant R-134a, reclaimed, in recovery cylinders, 120 cylinders", "GH", 3600, 120, 3000, "USD",
         "reclaimed R-134a comes in refillable cylinders with a purity certificate and smells of its polyester oil; "
         "these 120 grey-and-yellow recovery cylinders carry 'R-12 ONLY' under the stickers, the oil at the valve is "
         "mineral and a refrigerant identifier reads 98 % R-12, collected by an Accra contractor from old fridges "
         "traded in under Ghana's appliance-rebate scheme, whose gas should have gone to destruction: "
         "dichlorodifluoromethane (CFC-12), whose import into the Union is banned (licensed destruction aside), by "
         "sea from Tema to Antwerp for a 'refrigerant trader'; Ghanaian English wording (CFC-12 repeats in many sets "
         "and a reclaimed-R-134a label once (blind79); fridge-rebate gas from Ghana was found in no earlier row by a "
         "keyword search)", firm("Orion Refrigeration SA", "BE")),
        ("OZN-07", "export", "ESSEA01", "sea", "ES", ["SN"], "ML", "870422",
         "Camiones frigoríficos usados, 12 t, con equipo de frío, 6 unidades", "ES", 54000, 6, 60000, "EUR",
         "used refrigerated trucks sold for export have their units converted to an HFO blend or recovered; these "
         "six 1998-2003 rigid trucks from a Valencia fish distributor keep their original transport-refrigeration "
         "units, whose plates read R-22 (7 kg each) and whose sight glasses are full: equipment containing and "
         "relying on HCFCs, whose export from the Union is banned, from Valencia to Dakar and on by road to Bamako for "
         "a trader who hauls Mauritanian and Senegalese fish inland; Spanish wording (R-22 equipment for export "
         "repeats in many sets and refrigerated truck bodies (with HCFC-141b foam) in two; R-22 reefer trucks to Mali "
         "were found in no earlier row by a keyword search)", {"importer_country": "ML"}),
        ("OZN-08", "import", "FRPOST01", "post", "ML", [], "FR", "381400",
         "Détachant pour bazin riche, flacons de 1 l, 4 flacons", "ML", 6.4, 4, 8000, "XOF",
         "the stain removers sold for bazin in Bamako are hydrocarbon spirits of 0.75 kg/l that smell of petrol and "
         "burn; these four litre bottles weigh 1.59 kg/l, do not burn, smell sweet like an old dry-cleaner's and are "
         "sold in the dyers' market as 'tétra': carbon tetrachloride, a product containing an ozone-depleting "
         "substance whose import into the Union is banned, posted from Bamako to a private person in Montreuil; "
         "Malian French wording (carbon tetrachloride repeats in many sets as a spotting and dry-cleaning fluid; a "
         "bazin stain-remover label was found in no earlier row by a keyword search)",
         person("Mme Fatoumata Traoré", "FR")),
        ("OZN-09", "import", "ESSEA01", "sea", "MR", [], "ES", "280440",
         "Oxígeno industrial para soldadura, botellas de 50 l, 40 unidades", "MR", 1800, 40, 800, "EUR",
         "welding oxygen travels at 200 bar in tall cylinders and a 50 l cylinder holds about 10 kg of gas; these 40 "
         "read 11 bar, hold 45 kg of liquid each and their tare stamps read 'R404A' under fresh white paint: R-404A, "
         "a hydrofluorocarbon blend brought into the Union without the quota authorisation and registration "
         "Regulation 2024/573 requires, in cylinders that may not be placed on the market, by sea from Nouadhibou to "
         "Santa Cruz de Tenerife for a fishing-fleet refrigeration contractor; Canary Spanish wording (HFC cylinders "
         "repeat in many sets and gas labels (oxygen, welding gas) in a few; from Mauritania to Tenerife was found in "
         "no earlier row by a keyword search)", firm("Horizon Frío Naval SL", "ES")),
        ("OZN-10", "export", "FRSEA01", "sea", "FR", [], "SN", "280110",
         "Chlore liquide pour traitement d'eau, bouteilles de 50 kg, 40 bouteilles", "FR", 2000, 40, 2400, "EUR",
         "liquid chlorine for water works is a green-yellow gas that chokes at the slightest leak and reads about "
         "7 bar at 20 °C; these 40 cylinders weigh more than chlorine could fill them, show no chlorine at an ammonia "
         "swab, read 1.9 bar and carry 'CH3Br 98 %' stamped on the shoulder under the paint, for a Kaolack "
         "groundnut exporter's fumigation contractor: methyl bromide, whose export from the Union is banned, by sea "
         "from Marseille to Dakar; French wording (methyl bromide repeats in many sets under nitrogen, "
         "sulfuryl-fluoride, phosphine, ripening-gas and camping-gas labels; a liquid-chlorine label appears once, on "
         "R-404A from Egypt to Malta (blind133); on methyl bromide exported to Senegal it is the new part as far as a "
         "search found)", {"importer_country": "SN"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "ML", [], "FR", "680291",
         "Plaque en marbre gravée, calligraphie arabe moderne, décoration murale, 1 pièce", "ML", 65, 1, 300, "EUR",
         "new calligraphy plaques are machine-cut, bright white and crisply V-cut; this 65 kg slab of veined white "
         "marble has a rounded top, worn Kufic letters in relief giving a name, the profession of faith and a date in "
         "the 500s of the Hegira, laterite in the grooves and a fresh break at the base: an early-12th-century "
         "epitaph of the kind carved in Almería and carried across the Sahara to the royal cemetery of Gao-Saney, "
         "an archaeological object whose export Mali forbids, brought in against Article 3(1) of Regulation 2019/880 "
         "and without the import licence it requires, flown from Bamako to Paris for a Marais dealer; Malian French "
         "wording (tombstones and stelae repeat in many sets; a Gao-Saney epitaph was found in no earlier row by a "
         "keyword search)", firm("Orion Arts d'Islam SARL", "FR")),
        ("CUL-02", "import", "BESEA01", "sea", "NG", [], "BE", "680299",
         "Carved basalt garden stone, contemporary, 1 pc", "NG", 900, 1, 600, "USD",
         "new basalt garden sculptures are sawn, bush-hammered and flat-backed; this 1.5 m boulder is rough and "
         "weathered, with a carved face of spiral eyes, a pointed beard, a navel boss and geometric nsibidi-like "
         "marks, lichen on its crown and a fresh break where its base was buried: an akwanshi, one of the "
         "Bakor-Ejagham monoliths of the Ikom area (16th-19th century), a national monument Nigeria forbids to "
         "export, brought in against Article 3(1) of Regulation 2019/880 and without the import licence for "
         "archaeological objects, by sea from Lagos to Antwerp for a tribal-art dealer; Nigerian English wording "
         "(stone monuments repeat in several sets; a Cross River monolith was found in no earlier row by a keyword "
         "search)", firm("Rivage Tribal Art SA", "BE")),
        ("CUL-03", "import", "FRAIR01", "air", "CI", [], "FR", "691390",
         "Têtes en terre cuite, artisanat de Grand-Bassam, décoration, 5 pièces", "CI", 14, 5, 150, "EUR",
         "new Bassam terracotta heads are smooth, orange and evenly fired; these five are grey-brown heads on "
         "ringed cylindrical necks, with closed eyes and elaborate crested coiffures, root marks, laterite crust and "
         "breaks old on their surfaces: Anyi funerary portraits (mma) from the Krinjabo area (17th-19th century), "
         "taken from memorial groves, archaeological objects whose export Côte d'Ivoire forbids, brought in against "
         "Article 3(1) of Regulation 2019/880 and, for the oldest, without its import licence, flown from Abidjan to "
         "Paris; Ivorian French wording (Akan terracottas repeat in several sets, mostly from Ghana; Anyi heads from "
         "Krinjabo under a Grand-Bassam label were found in no earlier row by a keyword search)",
         firm("Galerie Delta Afrique SARL", "FR")),
        ("CUL-04", "import", "BEAIR01", "air", "GN", [], "BE", "442011",
         "Sculpture décorative en bois, buste Nimba, artisanat de Conakry, neuve, 1 pièce", "GN", 45, 1, 200, "EUR",
         "new Nimba busts sold in Conakry are pale wood dyed black, with crisp knife marks and no wear; this 1.2 m "
         "shoulder mask is heavy, with a dark, oily patina worn smooth inside the yoke where it rested on a dancer, "
         "old iron-staple repairs and raffia fibre still in the rim holes: a Baga D'mba (Nimba) mask of the early "
         "20th century, taken from a coastal village without the authorisation Guinea requires and brought in "
         "against Article 3(1) of Regulation 2019/880, flown from Conakry to Brussels for a Sablon dealer; Guinean "
         "French wording (Baga D'mba masks were found in no earlier row by a keyword search)",
         firm("Alpina Arts Premiers SA", "BE")),
        ("CUL-05", "import", "NLAIR01", "air", "SL", [], "NL", "442011",
         "Carved wooden bust, Sierra Leone craft, new, 1 pc", "SL", 9, 1, 80, "USD",
         "new carved busts from Freetown are raw, light wood; this is a hollow helmet mask of dark, glossy, "
         "oil-rubbed wood with ringed neck folds, a high plaited coiffure and a small, downcast face, worn smooth "
         "inside where it sat on a head, with old raffia tufts: a Mende sowei mask of the Sande women's society, "
         "taken from a society house in the south of Sierra Leone whose law forbids its export without a permit, "
         "brought in against Article 3(1) of Regulation 2019/880, flown from Freetown to Amsterdam; Sierra Leonean "
         "English wording (Sierra Leonean antiquities repeat as nomoli soapstone figures (blind56, blind63, blind116, "
         "blind132); a sowei helmet mask was found in no earlier row by a keyword search)", firm("Horizon Etnografica BV", "NL")),
        ("CUL-06", "import", "FRPOST01", "post", "BJ", [], "FR", "660200",
         "Cannes sculptées en bois, artisanat d'Abomey, 2 pièces", "BJ", 3, 2, 40000, "XOF",
         "new carved canes from Abomey are pale wood with crisp little figures; these two are short, L-shaped staffs "
         "whose curved heads hold an iron blade, a carved lion and a shark, dark with handling, sheathed in worn brass "
         "with old nail repairs: 19th-century Fon récades, the messengers' staffs of the kings of Dahomey, heritage "
         "whose export Benin subjects to an authorisation, posted from Cotonou to a private collector in Bordeaux and "
         "brought in against Article 3(1) of Regulation 2019/880; Beninese French wording (Fon objects appear once, a "
         "bocio (blind65); récades were found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("CUL-07", "import", "FRPOST01", "post", "MR", [], "FR", "711790",
         "Colliers de perles en pierre, artisanat maure de Nouakchott, 12 pièces", "MR", 1.2, 12, 3000, "MRU",
         "new Moorish necklaces are strung from resin, glass and machine-drilled agate; these twelve are of small, "
         "worn, green amazonite and red carnelian beads with hourglass-shaped hand-drilled holes and discs of "
         "ostrich eggshell, with desert varnish inside the holes: Neolithic beads from the sites of the "
         "Tichitt-Oualata escarpment (3rd-1st millennium BC), archaeological objects whose export Mauritania forbids, "
         "posted from Nouakchott to a private buyer in Toulouse without the import licence Regulation 2019/880 "
         "requires; Mauritanian French wording (Saharan Neolithic objects repeat in several sets as arrowheads and "
         "rock art; amazonite beads from Tichitt were found in no earlier row by a keyword search)",
         person("Mme Claire Martin", "FR")),
        ("CUL-08", "import", "PTAIR01", "air", "GW", [], "PT", "442011",
         "Máscaras decorativas de madeira, artesanato dos Bijagós, novas, 3 peças / maskra di pó", "GW", 12, 3, 120,
         "EUR",
         "new Bijagós carvings sold in Bissau are light, brightly painted bulls with plastic eyes; these three are a "
         "heavy helmet-shaped bull mask (vaca bruto) with real cattle horns, glass eyes set in resin, worn rope ties "
         "and old red, white and blue pigment crusted with sacrificial matter, and two seated iran figures: ritual "
         "objects taken from island shrines, whose export Guinea-Bissau forbids without authorisation, brought in "
         "against Article 3(1) of Regulation 2019/880, flown from Bissau to Lisbon; Guinea-Bissau Portuguese and "
         "Kriol wording (Bijagós objects were found in no earlier row by a keyword search)",
         firm("Meridian Arte Africana Lda", "PT")),
        ("CUL-09", "import", "FRSEA01", "sea", "BF", ["CI"], "FR", "830629",
         "Statuettes en bronze, cire perdue, Ouagadougou, neuves, 200 pièces", "BF", 600, 200, 4000, "EUR",
         "a Burkinabè craft container for a Marseille fair-trade shop: Ouagadougou lost-wax bronzes and Faso Dan Fani "
         "cloth are what such shops sell, but the third item's 'carved wooden crests' are six Kurumba antelope "
         "headdresses (adone) with long ringed necks, worn red, white and black pigment, old iron-staple repairs and "
         "the sweat-darkened fibre ring of use, from villages around Aribinda: ritual objects whose export Burkina Faso "
         "forbids without authorisation, brought in against Article 3(1) of Regulation 2019/880, hidden as the last "
         "item of a three-item declaration, by road to Abidjan and by sea to Marseille; Burkinabè French wording "
         "(Burkinabè objects repeat as Lobi figures (blind55); Kurumba headdresses behind bronzes and Faso Dan Fani "
         "were found in no earlier row by a keyword search)",
         dict(firm("Central Artisanat Équitable SARL", "FR"),
              _more_items=[item("520841", "Faso Dan Fani, pagnes tissés main, coton, 400 pièces", "BF", 400, 3200, "EUR",
                                qty=400),
                           item("442011", "Cimiers décoratifs en bois sculpté, 6 pièces", "BF", 30, 120, "EUR", qty=6)])),
        ("CUL-10", "export", "BEAIR01", "air", "BE", [], "US", "442011",
         "Statue décorative en bois, style Bangwa, copie moderne, 1 pièce", "CM", 18, 1, 900, "EUR",
         "modern Bangwa-style copies are light, evenly stained and sharp-edged; this 80 cm figure of a dancing woman "
         "with a rattle, swelling cheeks and a pipe has a deep, crusty camwood patina, smoothed old breaks and a "
         "Brussels collection label under the base, and the New York consignee is an auction house: a Bangwa figure "
         "of the 19th century worth several hundred thousand euros, exported from the Union without the licence "
         "Regulation 116/2009 requires above the value threshold, flown from Brussels to New York; Belgian French "
         "wording (Cameroonian Grassfields objects repeat as Bamum pieces (blind53, blind119); a Bangwa figure was "
         "found in no earlier row by a keyword search)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", ["SN"], "ML", "282810",
         "Pastilles de chlore pour piscines (hypochlorite de calcium 70 %), seaux de 50 kg, 400 seaux", "BE", 20000,
         400, 36000, "EUR",
         "pool-chlorine tablets are off-white calcium hypochlorite that smell strongly of chlorine; these white "
         "briquettes smell of bitter almonds when damp, give off no chlorine and sit in liners printed 'NaCN 98 %', "
         "for a Bamako 'swimming-pool supplier' whose customers are the gold sites of Kéniéba: sodium cyanide "
         "(dual-use 1C350, a chemical-weapons precursor) exported without the licence Regulation 2021/821 requires, "
         "from Antwerp by Dakar; Belgian French wording (sodium cyanide repeats in several sets under water-softener "
         "and orpaillage-soda labels (blind61, blind88); pool-chlorine tablets appear in two earlier rows (blind71, "
         "blind103) only as lawful items, and as a cover in none found by a keyword search)", {"importer_country": "ML"}),
        ("STR-02", "transit", "BESEA01", "sea", "BJ", ["BE"], "IR", "253090",
         "Ocre jaune naturelle, pigment, fûts de 200 kg, 60 fûts", "BJ", 12000, 60, 3000, "USD",
         "yellow ochre is a soft, earthy, clay-rich pigment of about 1 t/m3 that stains the fingers; these drums are "
         "small for their weight, hold a dense, bright yellow-orange powder of 3 t/m3, set off the quay's radiation "
         "portal monitor and have filling marks of the Arlit mills ground off their lids: uranium ore concentrate "
         "(yellowcake) from Niger, source material of dual-use 0C001 whose supply to Iran Regulation 267/2012 forbids, "
         "landed at Antwerp in transit from Cotonou to Bandar Abbas; French wording (uranium-enrichment equipment "
         "repeats in several sets; yellowcake was found in no earlier row by a keyword search, and an ochre label "
         "once, on a waste (blind118))", {"importer_country": "IR"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "BF", "852550",
         "Émetteurs FM pour radio communautaire, 1 kW, 4 unités", "FR", 120, 4, 14000, "EUR",
         "a 1 kW FM transmitter for a community radio is a rack unit with one output at 88-108 MHz and an audio input; "
         "these four are portable cases with multi-band GSM and LTE transceivers, software-defined radio boards, "
         "several small antennas and software that makes nearby phones register and logs their identities: IMSI "
         "catchers (dual-use 5A001.f), exported without the licence Regulation 2021/821 requires, for an Ouagadougou "
         "'media services' firm whose customer is the state security agency; French wording (IMSI catchers repeat in "
         "several sets; a community-radio label to Burkina Faso was found in no earlier row by a keyword search)",
         {"importer_country": "BF"}),
        ("STR-04", "import", "NLSEA01", "sea", "TG", [], "NL", "271019",
         "Gasoil EN 590, 10 ppm, Nigerian origin (Lekki refinery), 37,000 t", "NG", 37000000, None, 26000000, "USD",
         "Nigerian refinery diesel comes with the refinery's certificate and a loading at its own terminal; this "
         "cargo's sulphur and distillation profile match Russian Baltic diesel, the tanker switched off its tracking "
         "off Lomé, and the bill of lading begins with a ship-to-ship transfer in the Lomé anchorage from a "
         "shadow-fleet tanker: Russian refined petroleum products relabelled, whose import Regulation 833/2014 "
         "forbids, by sea from the Lomé roads to Rotterdam; Nigerian English wording (ship-to-ship transfers repeat in "
         "many sets, off Laconia, Ceyhan, Fujairah and Khor Fakkan; off Lomé under a Nigerian refinery's label was "
         "found in no earlier row by a keyword search)", firm("Nordhafen Energy Trading BV", "NL")),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "NE", "880623",
         "Medizinische Lieferdrohnen, Starrflügler, für Impfstofftransport, 6 Stück", "DE", 150, 6, 90000, "EUR",
         "medical delivery drones carry a 2 kg box for 80 km and drop it by parachute; these six fixed-wing "
         "airframes have a 14-hour endurance, two-stroke engines, a gimballed EO/IR sensor mount, jam-resistant "
         "satellite links and wing hard points, for a Niamey 'health logistics' start-up whose director sits in the "
         "junta's defence procurement office: unmanned aerial vehicles of dual-use 9A012, exported without the "
         "licence Regulation 2021/821 requires, flown from Frankfurt; German wording (UAVs repeat in many sets as "
         "model kits, crop sprayers and mapping drones; a vaccine-delivery label to Niger was found in no earlier row "
         "by a keyword search)", {"importer_country": "NE"}),
        ("STR-06", "import", "FRSEA01", "sea", "SN", [], "FR", "830629",
         "Statue monumentale en bronze, fonderie de Dakar, 4 m, en 6 sections, 1 pièce", "SN", 3500, 1, 40000, "EUR",
         "Dakar foundries cast small lost-wax pieces; this 4 m bronze of a striding family in socialist-realist style "
         "was cast in sections with Korean foundry marks inside, the commission contract is with a Dakar company "
         "known as a front of Mansudae Overseas Projects, the North Korean state art exporter, and payment goes to an "
         "account in its name: a statue of DPRK origin, whose import Regulation 2017/1509 forbids (UN resolution "
         "2321), and funds made available to a listed entity, by sea from Dakar to Marseille for a Riviera developer; "
         "Senegalese French wording (DPRK goods repeat in many sets and a Mansudae link once (ink paintings, "
         "blind118); a monumental statue from Dakar was found in no earlier row by a keyword search)",
         firm("Horizon Promotion SARL", "FR")),
        ("STR-07", "export", "ESAIR01", "air", "ES", [], "GN", "360490",
         "Bengalas de mano de socorro para cayucos de pesca, rojas, 4.000 unidades", "ES", 2400, 4000, 12000,
         "EUR",
         "hand distress flares for fishing canoes are red-burning cardboard or plastic tubes with a striker cap and a "
         "SOLAS mark; these 4,000 are aluminium-bodied 40 mm canisters with a spoon-lever fuze and pin, marked 'CS' "
         "under the stickers and packed in wooden cases, for a Conakry 'marine supplies' firm that supplies the "
         "gendarmerie's riot units: tear-gas grenades (portable devices disseminating chemical irritants), whose "
         "export Regulation 2019/125 (Annex III) makes subject to an authorisation, which was not sought; Spanish "
         "wording (tear-gas grenades repeat once, as festival smoke grenades to Venezuela (blind64), and other "
         "riot-control and restraint goods in several sets; distress flares appear in a few earlier rows only as "
         "expired flares sent as waste, and as a cover for CS grenades to Guinea in none found by a keyword search)", {"importer_country": "GN"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "BF", "621133",
         "Vêtements de chasse camouflage, 300 pièces", "FR", 240, 300, 6000, "EUR",
         "a hunting-outfitter air shipment for an Ouagadougou safari company with concessions in the east: camouflage "
         "clothing and camp furniture are what such firms import, but the third item's 'hunting binoculars' are 30 "
         "clip-on thermal weapon sights with rail mounts, recoil-rated housings and 640-pixel cores worth 8,000 EUR "
         "each, for the company's owner, who equips a volunteer militia: thermal weapon sights (military list ML5), "
         "exported without the licence Common Position 2008/944 requires, hidden as the last item of a three-item "
         "declaration, flown from Paris to Ouagadougou; French wording (thermal cores and sights repeat in many sets; "
         "a safari outfitter in Burkina Faso was found in no earlier row by a keyword search)",
         dict({"importer_country": "BF"},
              _more_items=[item("940179", "Mobilier de camp pliant, 40 pièces", "FR", 200, 2000, "EUR", qty=40),
                           item("900580", "Jumelles de chasse, 30 pièces", "FR", 36, 1500, "EUR", qty=30)])),
        ("STR-09", "import", "FRSEA01", "sea", "CM", [], "FR", "130120",
         "Gomme arabique naturelle, en vrac, sacs de 50 kg, 40 t, origine Tchad", "TD", 40000, 800, 72000, "USD",
         "Chadian gum is mostly talha (Acacia seyal), friable and brownish; this lot is pale, hard, rounded hashab "
         "tears (Acacia senegal) of Kordofan grade in sacks stencilled with an El Obeid trader's mark, bought at Adré "
         "from a firm that markets gum for the Rapid Support Forces and is listed under the Sudan regime "
         "(Regulation 747/2014), and the invoice is paid to it through a N'Djamena intermediary: funds made "
         "available to a listed entity, by road to Douala and by sea to Marseille; Chadian French wording (sanctions "
         "on Sudan repeat in several sets; Sudanese gum laundered as Chadian was found in no earlier row by a keyword "
         "search)", firm("Alpina Ingrédients SARL", "FR")),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "ML", "880730",
         "Náhradní díly pro zemědělská letadla Z-37 Čmelák, 14 beden", "CZ", 1600, 14, 18000, "EUR",
         "Z-37 crop-duster spares are radial-engine parts, spray booms and fabric panels; these 14 crates hold a "
         "turbofan hot section, flight-control actuators, a gun-sight mount and canopy transparencies with Aero "
         "Vodochody part numbers of the L-39 Albatros jet trainer, which Mali's air force flies armed: "
         "military-aircraft parts (ML10), exported without the licence Common Position 2008/944 requires, for a "
         "Bamako 'agricultural aviation' firm that owns no Z-37, flown from Prague; Czech wording (military-aircraft "
         "parts repeat in several sets as tractor and sprayer parts for the Mi-8; L-39 parts under a crop-duster "
         "label to Mali were found in no earlier row by a keyword search)", {"importer_country": "ML"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRPOST01", "post", "MR", [], "FR", "960190",
         "قرون بقر منقوشة، صناعة تقليدية، 2 زوج", "MR", 3.5, 4, 2000, "MRU",
         "carved cattle horns are broad, smooth, gently curved and fibrous at the base; this parcel holds a pair of "
         "long, slender, spirally twisted and ringed horns and a pair of shorter, lyre-shaped ringed horns, lightly "
         "engraved with Moorish patterns: horns of the addax (Addax nasomaculatus) and the dama gazelle (Nanger "
         "dama), both CITES App. I and all but gone from the Mauritanian Sahara, without CITES documents, posted from "
         "Atar to a private buyer in Nîmes; Hassaniya Arabic wording (horn covers repeat in many sets; addax and dama "
         "gazelle were found in no earlier row by a keyword search)", person("M. Jean Roux", "FR")),
        ("WLF-02", "import", "BEAIR01", "air", "NE", [], "BE", "711319",
         "Croix d'Agadez en argent, artisanat touareg, 120 pièces", "NE", 2.4, 120, 3600, "EUR",
         "a Tuareg craft air shipment for a Brussels fair-trade jeweller: Agadez silver crosses and leather bags are "
         "what the Agadez smiths export, but the third item's 'camel-bone bangles' are 80 heavy, creamy bangles cut "
         "from tusk sections, with the cross-hatched Schreger lines of ivory on their cut faces and worth fifty times "
         "camel bone: elephant ivory (Loxodonta africana, CITES App. I), without CITES documents, hidden as the last "
         "item of a three-item declaration, flown from Niamey to Brussels; Nigerien French wording (ivory repeats in "
         "many sets, as doum-nut carvings from Chad (blind129, blind130) among others; camel-bone bangles were found "
         "in no earlier row by a keyword search)",
         dict(firm("Central Bijoux Équitables SA", "BE"),
              _more_items=[item("420221", "Sacs en cuir touareg, 40 pièces", "NE", 24, 1200, "EUR", qty=40),
                           item("960190", "Bracelets en os de chameau, 80 pièces", "NE", 9, 160, "EUR", qty=80)])),
        ("WLF-03", "import", "DEAIR01", "air", "TG", [], "DE", "030791",
         "Escargots géants vivants (Achatina) pour élevage, 2 caisses, 40 pièces", "TG", 18, 40, 200, "EUR",
         "giant African land snails travel in ventilated boxes of damp substrate and weigh up to 300 g each; under a "
         "top layer of snails these crates hold 30 hatchling tortoises the size of a snail shell, brown and yellow, "
         "with a hinge across the back of the carapace: Home's and Bell's hinge-back tortoises (Kinixys homeana and "
         "K. belliana, CITES App. II) without CITES permits, flown from Lomé to Frankfurt for a reptile dealer; "
         "Togolese French wording (tortoises repeat in many sets, ranched sulcata from Togo (blind41) among them; a "
         "giant-snail label hiding tortoises was found in no earlier row by a keyword search)",
         firm("Vega Terraristik GmbH", "DE")),
        ("WLF-04", "import", "PTAIR01", "air", "GW", [], "PT", "010515",
         "Pintainhos de galinha-d'angola, vivos, 60 / pintus di galinha-di-mato", "GW", 6, 60, 120, "EUR",
         "guinea-fowl keets are striped, downy, chick-like birds that peep; these 60 are naked or pin-feathered, "
         "hook-billed nestlings with two toes forward and two back, grey heads and the first orange-yellow feathers "
         "under the wing: Senegal parrots (Poicephalus senegalus, CITES App. II) taken from nests, without CITES "
         "documents, and wild birds whose import into the Union is banned, flown from Bissau to Lisbon for a bird "
         "keeper; Guinea-Bissau Portuguese and Kriol wording (parrots repeat in many sets, mostly grey parrots; Senegal "
         "parrots under a guinea-fowl label were found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("WLF-05", "import", "FRPOST01", "post", "TD", [], "FR", "960390",
         "Chasse-mouches en crin de cheval, manche en cuir, artisanat du Tchad, 6 pièces", "TD", 2.4, 6, 30000, "XAF",
         "horse-tail fly whisks are long, soft, wavy brown or white hair; these six are of coarse, wiry, black hairs "
         "60-90 cm long, far thicker than any horse's, bound into a leather handle over a short tail vertebra: tail "
         "switches of the Kordofan giraffe (Giraffa camelopardalis antiquorum, CITES App. II), without CITES "
         "documents, posted from N'Djamena to a private buyer in Strasbourg; Chadian French wording (giraffe parts "
         "repeat in several sets as bone, skin and hair rings; a fly-whisk label was found in no earlier row by a "
         "keyword search)", person("Sophie Bernard", "FR")),
        ("WLF-06", "import", "IEPOST01", "post", "NG", [], "IE", "670100",
         "Ìyẹ́ àkùkọ aláró pupa (dyed red rooster feathers), 200 pcs", "NG", 1.2, 200, 30000, "NGN",
         "dyed rooster feathers are hackles and saddles whose red dye runs in water and stains the quill; these 200 "
         "are stiff, square-tipped scarlet tail feathers of one length and shape, 10-12 cm, with pale, undyed quills: "
         "red tail feathers of the grey parrot (Psittacus erithacus, CITES App. I), prized for Yoruba and Edo chiefs' "
         "regalia and plucked from wild-caught birds, without CITES documents, posted from Ibadan to a private person "
         "in Cork; Yoruba wording (grey parrots repeat in many sets as live birds, and dyed-rooster and craft-feather "
         "labels in a few (blind74, blind77, blind127) on macaw and other feathers; grey-parrot tail feathers were "
         "found in no earlier row by a keyword search)", person("Adebayo Ogunleye", "IE")),
        ("WLF-07", "import", "ESAIR01", "air", "GQ", [], "ES", "021099",
         "Carne de puercoespín ahumada, para consumo familiar, 20 kg", "GQ", 20, None, 400, "EUR",
         "smoked brush-tailed porcupine comes in small joints with quill sockets in the skin; these 20 kg hold "
         "long-limbed joints with hands and flat nails and two smoked heads with a black face and a red chin: smoked "
         "drill (Mandrillus leucophaeus, CITES App. I), a primate of Bioko, without CITES documents (and meat without "
         "a veterinary certificate), flown from Malabo to Madrid for an Equatoguinean caterer; Equatoguinean Spanish "
         "wording (bushmeat repeats in a few sets; drill from Bioko under a porcupine label was found in no earlier "
         "row by a keyword search)", firm("Rivage Catering SL", "ES")),
        ("WLF-08", "transit", "FRAIR01", "air", "SN", ["FR"], "CN", "050800",
         "Os de seiche séchés, sacs de 25 kg, 20 sacs", "SN", 500, 20, 1500, "USD",
         "cuttlebones are light, chalky white ovals with a hard back and a soft, layered underside that crumbles "
         "under a nail; these 500 kg are flat, oval, pitted and sculptured bony plates, brown-grey, that ring when "
         "tapped and show rib sutures: carapaces of the African softshell turtle and the Senegal flapshell (Trionyx "
         "triunguis and Cyclanorbis senegalensis, CITES App. II), without the export permit that specimens in transit "
         "through the Union must carry, landed at Paris-CDG in transit from Dakar to Guangzhou; Senegalese French "
         "wording (softshell turtles repeat in a few sets as live and farmed animals; a cuttlebone label was found in "
         "no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-09", "import", "ITAIR01", "air", "CI", [], "IT", "430219",
         "Peaux de chèvre à poils longs, noires, tannées, pour décoration, 60 pièces", "CI", 48, 60, 900, "EUR",
         "long-haired black goatskins are coarse and straight-haired, pale-skinned under the hair, about 70 by 50 cm; "
         "these 60 are soft, silky black pelts with a long white mantle fringe and a white-tufted tail: skins of the "
         "western black-and-white colobus (Colobus polykomos, CITES App. II), a threatened monkey of the Taï forest, "
         "without CITES documents, flown from Abidjan to Milan for a fur-trim workshop; Ivorian French wording "
         "(colobus skins appear once, as dance regalia (dev21-b), and a goatskin-rug label once, on brown-bear skins "
         "(blind134); colobus pelts under a long-haired goatskin label from Côte d'Ivoire are the new part as far as a "
         "search found)", firm("Alpina Pellicce Srl", "IT")),
        ("WLF-10", "import", "CZAIR01", "air", "NG", [], "CZ", "030119",
         "Live ornamental fish: Polypterus senegalus (bichirs), 120 bags", "NG", 90, 120, 900, "USD",
         "a bichir shipment is bags of water with a fish each; twelve of these bags hold no water but damp moss and a "
         "25 cm, dark, broad-snouted hatchling crocodile with a bony-shielded neck: West African dwarf crocodiles "
         "(Osteolaemus tetraspis, CITES App. I), without CITES documents, flown from Lagos to Prague for a reptile "
         "trader who lists them as 'aquarium stock'; Nigerian English wording (crocodiles repeat in many sets, mostly "
         "as leather; live dwarf crocodiles among bichirs were found in no earlier row by a keyword search)",
         firm("Orion Akvaristika s.r.o.", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "air", "US", "FR", "290420",
     "Nitromethane 99 %, 4 x 1 l, for a licensed private user (nitro drag racing)", "US", 4.6, 4, 120, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-49-0123")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "export", "ESSEA01", "sea", "ES", "MR", "360340",
     "Plain detonators No. 8, 2,000, for a licensed mining contractor at Tasiast", "ES", 30, 2000, 2400, "EUR",
     [("EXPORT_LICENCE", "ES-MINT-49-0311"), ("END_USER_CERTIFICATE", "MR-MPEM-EUC-49-0042")],
     "detonators to a licensed industrial gold mine"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "SN", "DE", "382590",
     "Obsolete pesticides from a Malian stockpile (20 01 19*), repacked in UN drums, for high-temperature incineration",
     "ML", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-49-0188")],
     "notified obsolete pesticides to a licensed incinerator"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "BE", "DE", "854991",
     "Leaded CRT funnel glass (19 12 11*), for recovery at a licensed lead smelter, 22 t", "BE", 22000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-NI-49-0074")], "notified CRT glass to a licensed smelter"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "GQ", "NL", "290376",
     "Halon 1301, recovered from a decommissioned offshore platform, 60 cylinders, for destruction", "GQ", 4800, 60,
     0, "USD", [("ODS_LICENCE", "NL-ILT-ODS-49-006")], "recovered halon imported for licensed destruction"),
    ("PRM-06", "ozone", "import", "BESEA01", "sea", "GH", "BE", "290377",
     "CFC-12 recovered from refrigerators (appliance-rebate collection), 120 cylinders, for destruction", "GH", 3600,
     120, 0, "USD", [("ODS_LICENCE", "BE-OVAM-ODS-49-011")], "recovered CFC-12 imported for licensed destruction"),
    ("PRM-07", "cultural", "import", "FRAIR01", "air", "CH", "FR", "970510",
     "Anyi terracotta funerary head, Krinjabo, 18th century, Swiss collection since 1962", "CI", 4, 1, 18000, "EUR",
     [("IMPORT_LICENCE", "FR-MC-IMP-49-0044")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Baga D'mba (Nimba) shoulder mask, early 20th century, French collection since 1955, sold at auction", "GN", 40,
     1, 280000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-49-0218")],
     "ethnographic object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "ML", "283711",
     "Sodium cyanide 98 %, briquettes, 20 t, for a licensed industrial gold mine at Sadiola", "BE", 20000, None,
     52000, "EUR", [("EXPORT_LICENCE", "BE-FOD-49-0377"), ("END_USER_CERTIFICATE", "ML-MMEE-EUC-49-0016")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "GH", "880623",
     "Fixed-wing medical delivery UAVs, long-range, 6 units, for the national blood-delivery service", "DE", 150, 6,
     90000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-49-1402"), ("END_USER_CERTIFICATE", "GH-MOH-EUC-49-0019")],
     "dual-use UAVs under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "TG", "DE", "010620",
     "Bell's hinge-back tortoises (Kinixys belliana), ranched, 40", "TG", 12, 40, 800, "EUR",
     [("CITES_PERMIT", "TG-MERF-49-0311")], "App. II ranched tortoises with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "NA", "FR", "960390",
     "Giraffe tail-hair fly whisks from a legally hunted Namibian giraffe, 2", "NA", 0.8, 2, 300, "EUR",
     [("CITES_PERMIT", "NA-MEFT-49-0207")], "App. II giraffe parts with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "M. T. Dubois", "PRM-03": "Central Entsorgung GmbH", "PRM-05": "Atlantic Destructie BV",
    "PRM-08": "Horizon Fine Arts Inc", "PRM-10": "National Blood Service Ghana", "PRM-11": "Vega Terraristik GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): most the lawful twins of this set's disguises
    ("200989", "Ginger juice concentrate (gnamakoudji), 5 l jerrycans", "import", ["air"], ["BF", "CI"], (1.5, 3), (300, 1200), ["EUR"], 0.2, S),
    ("340120", "Liquid African black soap, 1 l bottles", "import", ["post"], ["GH", "NG"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("250700", "Calabash chalk (nzu), edible clay, 250 g balls", "import", ["post"], ["NG", "CM"], (6, 12), (1, 3), ["USD", "EUR"], 4, S),
    ("130120", "Gum arabic, spray-dried powder, E414, 25 kg bags", "import", ["sea"], ["TD", "SN"], (3, 5), (5000, 15000), ["USD", "EUR"], None, S),
    ("190300", "Dehydrated attiéké (cassava couscous), 1 kg bags", "import", ["sea"], ["CI"], (1.5, 2.5), (4000, 12000), ["EUR"], 1, S),
    ("151590", "Moringa seed oil, cold-pressed, 250 ml bottles", "import", ["post", "express"], ["SN", "BF", "NE"], (30, 60), (1, 3), ["EUR", "XOF"], 4, S),
    ("250100", "Taoudenni rock salt, crushed, 1 kg bags", "import", ["air"], ["ML"], (2, 4), (200, 800), ["EUR"], 1, S),
    ("220190", "Touba well water (Aïnou Rahmati), souvenir bottles, 1 l", "import", ["post"], ["SN"], (3, 6), (2, 4), ["EUR", "XOF"], 1, S),
    ("761610", "Aluminium blind rivets 4.8 mm, boxes of 500", "export", ["sea"], ["MR", "SN"], (6, 10), (500, 3000), ["EUR"], 250, S),
    ("700220", "Coloured glass rods for bead making, new", "export", ["sea"], ["GH", "SN"], (3, 6), (1000, 4000), ["EUR"], None, S),
    ("252390", "Hydraulic road binder, 25 kg bags", "export", ["sea"], ["MR", "SN"], (0.15, 0.3), (20000, 26000), ["EUR"], 0.04, S),
    ("392330", "HDPE water-storage drums, 200 l, new, food grade", "export", ["sea"], ["SN", "CI"], (3, 5), (3000, 9000), ["EUR"], 0.1, S),
    ("271019", "Two-stroke outboard oil, new, 1 l bottles", "export", ["sea"], ["GW", "SN", "MR"], (3, 5), (4000, 12000), ["EUR"], 1, S),
    ("940542", "Solar LED street lights, new, with mounts", "export", ["sea"], ["BJ", "TG"], (12, 20), (2000, 8000), ["EUR"], 0.05, S),
    ("681182", "Fibre-cement corrugated sheets, asbestos-free, new", "export", ["sea"], ["SN", "MR"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.05, S),
    ("392010", "Polyethylene mulching film, new, on rolls", "export", ["sea"], ["BJ", "SN"], (2, 3), (8000, 20000), ["EUR"], None, S),
    ("850610", "Alkaline household batteries, new, blister packs", "export", ["sea"], ["TG", "GH"], (6, 10), (2000, 8000), ["EUR"], 40, S),
    ("381519", "Hydroprocessing catalyst, Ni-Mo on alumina, new, drums", "export", ["sea"], ["NG"], (15, 25), (8000, 20000), ["EUR"], None, S),
    ("870530", "Airport crash tenders, new, foam and powder", "export", ["sea"], ["NE", "BJ"], (18, 25), (20000, 30000), ["EUR"], 0.00004, S),
    ("281121", "Food-grade carbon dioxide, cylinders", "export", ["sea"], ["SN", "MR"], (0.8, 1.5), (3000, 9000), ["EUR"], None, S),
    ("330590", "Oil-sheen hair spray, hydrocarbon propellant, 400 ml", "import", ["sea"], ["NG", "US"], (3, 5), (3000, 9000), ["USD"], 2, S),
    ("841810", "Household fridge-freezers, new, R-600a", "export", ["sea"], ["GH", "NG"], (3, 5), (8000, 16000), ["EUR"], 0.015, S),
    ("870422", "Used rigid trucks, unrefrigerated box bodies", "export", ["sea"], ["SN", "ML"], (1, 1.8), (18000, 36000), ["EUR"], 0.0001, S),
    ("520852", "Bazin riche, cotton damask, dyed, 10 m pieces", "import", ["post"], ["ML", "SN"], (30, 60), (1, 4), ["EUR", "XOF"], 0.5, S),
    ("680291", "Marble calligraphy plaques, new", "import", ["sea"], ["MA", "EG"], (4, 8), (1000, 4000), ["EUR"], 0.05, S),
    ("680299", "Basalt garden sculptures, new", "import", ["sea"], ["VN", "CN"], (1, 2), (4000, 12000), ["USD"], 0.01, S),
    ("691390", "Terracotta heads, new Grand-Bassam craft", "import", ["air"], ["CI"], (8, 15), (50, 300), ["EUR"], 0.3, S),
    ("442011", "Nimba busts, new carvings from Conakry", "import", ["air"], ["GN"], (6, 12), (100, 500), ["EUR"], 0.05, S),
    ("660200", "Carved walking sticks, new, Benin craft", "import", ["post"], ["BJ", "TG"], (10, 20), (1, 3), ["EUR", "XOF"], 1, S),
    ("711790", "Moorish bead necklaces, new, resin and glass", "import", ["post"], ["MR", "MA"], (30, 60), (1, 2), ["EUR"], 8, S),
    ("442011", "Bijagós-style carved masks, new", "import", ["air"], ["GW", "SN"], (6, 12), (100, 400), ["EUR"], 0.2, S),
    ("830629", "Lost-wax bronze statuettes, new, Ouagadougou", "import", ["sea"], ["BF", "CI"], (6, 12), (500, 2000), ["EUR"], 0.3, S),
    ("282810", "Calcium hypochlorite pool tablets, 70 %, 50 kg drums", "export", ["sea"], ["SN", "CI"], (1.5, 2.5), (8000, 20000), ["EUR"], None, S),
    ("253090", "Natural yellow ochre pigment, bags", "import", ["sea"], ["ZA", "IN"], (0.3, 0.6), (10000, 20000), ["USD"], None, S),
    ("852550", "FM broadcast transmitters, 1 kW, for community radio", "export", ["air"], ["BF", "ML", "SN"], (80, 150), (100, 400), ["EUR"], 0.03, S),
    ("271019", "Gasoil EN 590, Nigerian refinery, tanker parcel", "import", ["sea"], ["NG"], (0.6, 0.8), (20000, 30000), ["USD"], None, S),
    ("621133", "Camouflage hunting clothing", "export", ["air"], ["BF", "CM"], (15, 30), (100, 500), ["EUR"], 1.5, S),
    ("870323", "Used off-road vehicles, unarmoured, petrol", "export", ["sea"], ["TD", "CM"], (4, 7), (8000, 16000), ["EUR"], 0.0004, S),
    ("880730", "Spare parts for Z-37 agricultural aircraft", "export", ["air"], ["SN", "ML"], (20, 40), (100, 600), ["EUR"], None, S),
    ("960190", "Carved cattle-horn cups, new", "import", ["air"], ["ML", "MR"], (10, 20), (50, 300), ["EUR"], 2, S),
    ("960190", "Camel-bone bangles, new", "import", ["post"], ["NE", "ML"], (20, 40), (1, 2), ["EUR"], 10, S),
    ("960390", "Horsehair fly whisks, leather handle", "import", ["post"], ["TD", "ML"], (15, 30), (1, 3), ["EUR", "XAF"], 3, S),
    ("670100", "Dyed rooster feathers for millinery, treated", "import", ["post"], ["NG", "IN"], (40, 80), (1, 2), ["USD"], 150, S),
    ("430219", "Tanned long-haired goatskins, black", "import", ["air"], ["NG", "ML"], (12, 20), (100, 400), ["EUR"], 1.2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday
# rows (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows instead of
# blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("847010", "Pocket calculators, solar, boxed", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 8, N),
        ("560121", "Cotton buds, paper stems, retail packs", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 20, N),
        ("630260", "Beach towels, cotton velour, printed", "import", ["sea"], ["PK", "TR"], (6, 10), (3000, 8000), ["USD"], 1.5, N),
        ("680520", "Emery boards, cardboard, retail packs", "import", ["sea"], ["CN", "KR"], (4, 8), (1000, 4000), ["USD"], 100, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind140", 20490701, HERE)


if __name__ == "__main__":
    main()
