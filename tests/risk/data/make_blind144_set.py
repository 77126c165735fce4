#!/usr/bin/env python3
"""Writes the hundred-and-forty-fourth blind set (tests/risk/data/blind144-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2050, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with a Caribbean, Guianas and Central America emphasis (origins, transit hubs,
destinations, traders, languages and covers drawn from that region's trade).
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
would. Ids are BL144-*:

    python3 tests/risk/data/make_blind144_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2050, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2050
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GBAIR01", "air", "GD", [], "GB", "090811",
         "Whole nutmegs in shell, Grenada, 25 kg sacks, 8 sacks", "GD", 200, 8, 1800, "XCD",
         "a Grenada spice-and-rum air shipment for a Brixton Caribbean grocery that sells to the public: nutmegs "
         "and mace are what Grenadian exporters ship, but the third item's 'Jack Iron' rum, a 69 % overproof white "
         "rum from Carriacou so light (0.89 kg/l) that by island lore ice sinks in it, here weighs 1.13 kg/l (136 kg "
         "for 120 litres), ice floats in it, it does not burn, smells of nothing, whitens the skin and the bottles "
         "have vented caps: about 35 % hydrogen peroxide (above 12 %, reserved by the United Kingdom's Poisons Act "
         "1972 to holders of an EPP licence) retail-packed for members of the public, hidden as the last item of a "
         "three-item declaration, flown from St George's to Heathrow; Grenadian English wording (hydrogen peroxide "
         "repeats in many sets and clear-spirit covers in a few, Haitian clairin in blind131, blind133 and "
         "blind135; Grenada, nutmeg and a Jack Iron label were found in no earlier row by a keyword search)",
         dict(firm("Atlantic Caribbean Foods Ltd", "GB"),
              _more_items=[item("090821", "Mace blades, dried, 5 kg cartons, 4 cartons", "GD", 20, 900, "XCD", qty=4),
                           item("220840", "Jack Iron overproof white rum, Carriacou, 1 l bottles, 120 bottles", "GD",
                                136, 2400, "XCD", qty=120)])),
        ("PRE-02", "import", "GBPOST01", "post", "TT", [], "GB", "330499",
         "Limacol skin freshener, original lime, 6 x 400 ml", "TT", 3.3, 6, 180, "TTD",
         "Limacol, Trinidad's lime-scented 'freshness of lime' skin cleanser, is a clear, thin, alcohol-based liquid "
         "of about 0.9 kg/l that smells of lime and evaporates off the skin at once; these six bottles hold an oily, "
         "colourless liquid of 1.14 kg/l with a faint fruity, chemical smell and no lime, that does not evaporate "
         "off the hand, under the foil seals of a chemical filler: about 98 % nitromethane (above 16 %, an EPP "
         "licence substance in the United Kingdom), posted from Port of Spain to a private person in Croydon who "
         "races nitro model cars; Trinidadian English wording (nitromethane repeats in many sets and cologne and "
         "skin-freshener covers in a few, Agua de Florida in blind130; a Limacol label was found in no earlier row "
         "by a keyword search)", person("Emma Jones", "GB")),
        ("PRE-03", "import", "IEAIR01", "express", "BB", [], "IE", "210690",
         "Falernum syrup, non-alcoholic, lime, clove & almond, 4 x 750 ml", "BB", 6.2, 4, 120, "BBD",
         "Bajan falernum syrup is a cloudy-gold, sweet syrup of about 1.3 kg/l that smells of lime, clove and "
         "almond; these four bottles hold an oily, colourless liquid of 1.84 kg/l that smells of nothing, chars a "
         "sugar lump black and grows hot with a drop of water: about 96 % sulphuric acid (Annex I above 15 %), sent "
         "by express from Bridgetown to a private person in Cork, although corrosive liquids travel by express only "
         "as declared dangerous goods; Barbadian English wording (sulphuric acid repeats in many sets and syrup "
         "covers in several, agave syrup in blind112; a falernum label and Barbados were found in no earlier row by "
         "a keyword search)", person("Ms A. Murphy", "IE")),
        ("PRE-04", "import", "DEAIR01", "air", "CR", [], "DE", "220900",
         "Vinagre de piña artesanal, botellas de 1 litro, 300 botellas", "CR", 480, 300, 240000, "CRC",
         "home-made Costa Rican pineapple vinegar is a cloudy, straw-yellow, sour liquid of 1.01 kg/l that smells of "
         "fermented fruit and carries a vinegar mother; these 300 bottles hold a clear, faintly yellow liquid of "
         "1.40 kg/l that fumes brown when opened, stains the skin yellow and eats a copper coin with brown fumes, "
         "for a Berlin Latin-American grocery that sells to the public: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from San José to Frankfurt; Costa Rican Spanish wording "
         "(nitric acid repeats in many sets and vinegar covers in several, rice vinegar in blind112; a "
         "pineapple-vinegar label was found in no earlier row by a keyword search)",
         firm("Horizon Lateinamerika Feinkost GmbH", "DE")),
        ("PRE-05", "import", "ESSEA01", "sea", "HN", [], "ES", "110220",
         "Harina de maíz nixtamalizada para tortillas y baleadas, bolsas de 1 kg, 6.000 bolsas", "HN", 6000, 6000,
         118000, "HNL",
         "masa harina is a cream-coloured, soft flour that smells of toasted corn and lime and turns into a dough "
         "with water; these bags hold a heavier, bright-white, gritty crystalline powder that makes no dough, "
         "barely dissolves, flares violently with sugar on a hot plate and whose sack liners read 'KClO4', for a "
         "Madrid Latin-American grocery chain that sells to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Puerto Cortés to Valencia; Honduran Spanish wording "
         "(potassium perchlorate repeats in many sets and flour covers in several, arrowroot, rice and "
         "water-chestnut flours among them; a masa-harina label was found in no earlier row by a keyword search, "
         "the nearest being 'cal para nixtamal', lime on another precursor, in blind102)",
         firm("Central Latina Alimentación SL", "ES")),
        ("PRE-06", "import", "ESPOST01", "post", "CU", [], "ES", "250900",
         "Cascarilla (polvo de cáscara de huevo) para uso religioso, 8 paquetes de 250 g", "CU", 2.2, 8, 20, "USD",
         "cascarilla, the eggshell chalk of Cuban Santería, is a soft, matt, grey-white powder that leaves chalk "
         "marks and fizzes in vinegar; these eight packets hold glossy, colourless crystals that leave no mark, do "
         "not fizz in vinegar, spit violet sparks on a hot iron and flash with sugar: potassium chlorate (Annex I "
         "above 40 %), posted from Havana to a private person in Madrid; Cuban Spanish wording (potassium chlorate "
         "repeats in many sets and chalk-like covers in a few; a cascarilla label on a precursor was found in no "
         "earlier row by a keyword search, the one earlier 'cascarilla' being mill scale in dev21-c)",
         person("Maria Lopez", "ES")),
        ("PRE-07", "import", "ITAIR01", "air", "DO", [], "IT", "210390",
         "Ablandador de carne con papaína, sin sazonar, frascos de 500 g, 1.200 frascos", "DO", 600, 1200, 90000,
         "DOP",
         "unseasoned meat tenderiser is a fine, free-flowing, salty white powder with a faint papaya-enzyme smell; "
         "these 1,200 jars hold clear, cubic crystals that draw damp, smell of nothing and flare yellow with a pinch "
         "of sugar on a hot plate, and the jar labels cover a factory print with CAS 7775-09-9, for a Rome "
         "Latin-American grocery that sells to the public: sodium chlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Santo Domingo to Fiumicino; Dominican Spanish wording (sodium chlorate "
         "repeats in many sets under salt and sugar labels; a meat-tenderiser label was found in no earlier row by "
         "a keyword search)", firm("Orion Alimentari Latini Srl", "IT")),
        ("PRE-08", "import", "ITPOST01", "post", "SV", [], "IT", "210690",
         "Horchata de morro en polvo, con canela y cacao, 6 bolsas de 400 g", "SV", 2.6, 6, 18, "USD",
         "Salvadoran horchata de morro is a coarse, beige-brown, fragrant powder of ground morro seeds, rice, cacao "
         "and cinnamon; these six bags hold a white, crystalline powder that has caked in the damp, smells of "
         "nothing and burns fiercely when mixed with sugar: sodium perchlorate (Annex I above 40 %), posted from San "
         "Salvador to a private person in Milan, home of a large Salvadoran community; Salvadoran Spanish wording "
         "(sodium perchlorate repeats in many sets and drink-powder covers in a few; a horchata label was found in "
         "no earlier row by a keyword search)", person("Giulia Rossi", "IT")),
        ("PRE-09", "import", "DESEA01", "sea", "BS", [], "DE", "250590",
         "Oolitic aragonite sand for reef aquaria, 1-2 mm 'sugar size', 20 kg bags, 1,000 bags", "BS", 20000, 1000,
         8000, "BSD",
         "Bahamian oolitic aragonite sand is a heavy, bright-white sand of tiny, polished, egg-shaped grains that "
         "fizzes in vinegar and never dissolves; these 1,000 bags hold larger, even, white prills that dissolve "
         "completely in water and turn it ice-cold, test at 34 % N and melt on a hot plate, for a Bremen aquarium "
         "and garden web shop that sells 20 kg bags to the public: ammonium nitrate (Annex I at 16 % N or more) "
         "made available to members of the public, by sea from Freeport to Bremerhaven; Bahamian English wording "
         "(ammonium nitrate repeats in many sets and sand, salt and pearl-starch covers in several; an "
         "aragonite-sand label and a route from the Bahamas on a precursor were found in no earlier row by a "
         "keyword search)", firm("Nordhafen Aquaristik GmbH", "DE")),
        ("PRE-10", "import", "ESAIR01", "express", "PR", [], "ES", "330499",
         "Alcoholado con mentol y alcanfor, para frotación, 8 botellas de 16 oz", "PR", 4.9, 8, 40, "USD",
         "Puerto Rican alcoholado is a 70 % rubbing alcohol with menthol and camphor, light (0.88 kg/l), flammable "
         "and smelling strongly of camphor and mint; these eight bottles weigh 1.13 kg/l, smell of nothing, do not "
         "burn, fizz on a cut and whiten the skin, and their caps are vented: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from San Juan to a private person in Las Palmas de Gran Canaria; Puerto "
         "Rican Spanish wording (hydrogen peroxide repeats in many sets and alcohol-based cosmetic covers in a few, "
         "a gel-nail cleanser in blind83; an alcoholado label was found in no earlier row by a keyword search)",
         person("Particular", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "DO", "680620",
         "Leichtzuschlag für Betonsteine, granuliert, lose, 2 Container, 48 t", "DE", 48000, None, 2400, "EUR",
         "expanded-clay or pumice aggregate for concrete blocks is a light (about 400 kg/m3), porous, rust-brown or "
         "grey granule; these two containers hold 48 t of a heavy, grey, dusty ash that cakes in the damp and reads "
         "high lead, zinc, cadmium and chlorides, from the flue-gas cleaning of a Lower Saxony waste incinerator: "
         "incinerator fly ash (19 01 13*), hazardous waste whose export to a non-OECD country is banned, from "
         "Hamburg to Caucedo for a Santo Domingo 'block maker', as Puerto Rican coal ash was dumped in Dominican "
         "ports as 'rock ash' in 2003-2004; German wording (fly ash repeats in many sets and aggregate labels in "
         "several; to the Dominican Republic under a lightweight-aggregate label is the new part as far as a search "
         "found)", {"importer_country": "DO"}),
        ("WST-02", "export", "NLAIR01", "air", "NL", [], "SR", "300640",
         "Amalgaampoeder (zilver-tinlegering) voor tandvullingen, 40 potten van 1,5 kg", "NL", 60, 40, 900, "EUR",
         "dental amalgam alloy is a fine, bright, silver-grey powder of silver, tin and copper in sealed jars with a "
         "batch certificate; these 40 jars hold 60 kg of wet, grey, heavy sludge and crushed capsules that leave "
         "beads of liquid metal on the lids and read about 45 % mercury on an XRF, emptied from Dutch dental "
         "practices' amalgam separators: amalgam waste (18 01 10*), hazardous waste whose export to a non-OECD "
         "country is banned (and whose mercury the Union's mercury regulation keeps from export altogether), flown "
         "from Amsterdam to Paramaribo for a 'dental supply' buyer near the Brokopondo goldfields, where small-scale "
         "miners catch gold with mercury; Surinamese Dutch wording (amalgam waste repeats in several sets, as dental "
         "scrap for refiners; as new amalgam alloy for Suriname's goldfields is the new part as far as a search "
         "found)", {"importer_country": "SR"}),
        ("WST-03", "import", "ESSEA01", "sea", "GY", [], "ES", "780200",
         "Soft lead scrap, cable sheathing and pipe (ISRI 'Rains'), loose in 20' container, 22 t", "GY", 22000,
         None, 26000, "USD",
         "'Rains' soft lead scrap is clean, bent sheet, pipe and cable sheathing that shines grey when scratched; "
         "this container holds about 1,800 whole car and inverter batteries in their cases, some cracked and "
         "dripping acid that has eaten the container floor, collected around Georgetown: waste lead-acid batteries "
         "(16 06 01*, Basel A1160), hazardous waste imported into the Union without the notification and consent "
         "Regulation 2024/1157 requires, by sea from Georgetown to Valencia for a Castellón secondary-lead smelter; "
         "Guyanese English wording (lead-acid batteries repeat in many sets and lead-scrap labels in a few; an "
         "import from Guyana was found in no earlier row by a keyword search)",
         firm("Meridian Reciclaje de Plomo SL", "ES")),
        ("WST-04", "import", "NLSEA01", "sea", "CW", [], "NL", "271019",
         "Zeta kombustibel pisá (IFO 380) pa mèskla, 2 tanki ISO, 42 t", "CW", 42000, 2, 8400, "USD",
         "IFO 380 blendstock is a black fuel with a certificate giving viscosity, sulphur and flash point; these two "
         "ISO tanks hold a layered, water-laden sludge with a third of sediment, rust scale and sand that smells of "
         "sulphur and bad eggs, dug out of the crude tanks of the closed Isla refinery at Emmastad during its "
         "decommissioning: oil-refinery tank-bottom sludge (05 01 03*), hazardous waste imported into the Union "
         "without the notification and consent it needs (Curaçao is an overseas country outside the Union's customs "
         "territory), by sea from Willemstad to Rotterdam for a 'blending' trader; Papiamentu wording (tank bottoms "
         "and heavy-fuel labels on sludge repeat in several sets; Papiamentu on a waste row and a waste import from "
         "Curaçao were found in no earlier row by a keyword search)", firm("Delta Bunker Blending BV", "NL")),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "HT", "630900",
         "Vêtements usagés (pèpè), balles de 50 kg, 200 balles", "FR", 10000, 200, 4000, "EUR",
         "a second-hand container for Port-au-Prince: used clothing (pèpè) and bicycles are what Le Havre traders "
         "ship to Haiti, and rinsed drums sell there as water barrels, but the third item's 600 drums were never "
         "rinsed: each still holds 5-20 litres of pesticide concentrate, chlorinated solvent or paint residue behind "
         "its bungs, the hazard labels scraped off, from a Normandy chemical distributor's yard: packaging "
         "containing residues of hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD "
         "country is banned and which would end up holding drinking water, hidden as the last item of a three-item "
         "declaration, from Le Havre; French wording (used clothing and second-hand containers to Haiti repeat in "
         "several sets; drums with residues for reuse were found in no earlier row by a keyword search)",
         dict({"importer_country": "HT"},
              _more_items=[item("871200", "Vélos d'occasion, 150 pièces", "FR", 2250, 1500, "EUR", qty=150),
                           item("731010", "Fûts métalliques 200 l d'occasion, rincés, pour réemploi (stockage d'eau), "
                                "600 pièces", "FR", 12000, 1800, "EUR", qty=600)])),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "GT", "390761",
         "PET-vlokken, warm gewassen, food grade, big bags, 22 t", "NL", 22000, None, 6600, "EUR",
         "hot-washed food-grade PET flake is clear or light-blue, dry, uniform and free of labels and caps, sold "
         "with an IV certificate; these big bags hold crushed whole bottles and trays of mixed colours with labels, "
         "caps, PVC film and food residues, wet and smelling of sour milk, baled off a Dutch municipal sorting line: "
         "unsorted mixed plastic waste, whose export to a non-OECD country the Union has banned since November 2026 "
         "(Regulation 2024/1157), from Rotterdam to Santo Tomás de Castilla for a Guatemala City 'recycler'; Dutch "
         "wording (plastic waste under flake and regrind labels repeats in many sets; to Guatemala is the new part "
         "as far as a search found)", {"importer_country": "GT"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "NI", "850421",
         "Transformadores de distribución reacondicionados, 250-630 kVA, en aceite, 40 unidades", "ES", 64000, 40,
         24000, "EUR",
         "reconditioned distribution transformers leave the workshop with new gaskets, fresh oil and a PCB test "
         "below 50 ppm; these 40, taken off poles in Galicia and Castile by a grid contractor, leak, carry 1970s "
         "nameplates and their oil reads 700-2,000 ppm PCB on a field kit: PCB-containing equipment (16 02 09*), "
         "hazardous waste and persistent organic pollutants whose export to a non-OECD country is banned, from Vigo "
         "to Corinto for a Managua 'power distributor', of the kind Spanish utilities once ran in Nicaragua and "
         "Guatemala; Spanish wording (PCB transformers repeat in many sets; to Nicaragua is the new part as far as "
         "a search found)", {"importer_country": "NI"}),
        ("WST-08", "export", "GBSEA01", "sea", "GB", [], "JM", "870829",
         "Used car body parts: front-end assemblies (nose cuts), right-hand drive, tested, 60 pcs", "GB", 14000, 60,
         9000, "GBP",
         "nose cuts sold as parts are front ends with the radiator, lamps and bumper, drained, cleaned and with the "
         "airbags taken out; these 60 are whole front halves of crashed British cars cut behind the A-pillar with "
         "engines, gearboxes, batteries and live airbags still in them, dripping oil, coolant and brake fluid onto "
         "the container floor: end-of-life vehicle parts that were never depolluted (16 01 04*), hazardous waste "
         "whose export to a non-OECD country the United Kingdom's waste shipment rules ban, from Southampton to "
         "Kingston for a right-hand-drive parts trader; British English wording (undrained vehicles and engines "
         "repeat in several sets; nose cuts and half-cuts were found in no earlier row by a keyword search)",
         {"importer_country": "JM"}),
        ("WST-09", "import", "NLSEA01", "sea", "SX", [], "NL", "850760",
         "Second-life lithium-ion battery modules, tested, 48 V, 120 modules", "SX", 9600, 120, 24000, "USD",
         "second-life modules are sold tested and sealed, with state-of-health reports, at a few hundred dollars "
         "each; these 120 are swollen, salt-corroded and scorched modules cut out of a Philipsburg solar-storage "
         "container flooded by a hurricane storm surge, several with bulging cells, packed loose without UN "
         "packaging and with no test report: damaged waste lithium-ion batteries, hazardous waste imported into the "
         "Union without the notification and consent it needs, by sea from Philipsburg to Rotterdam for a "
         "'second-life' trader; Sint Maarten English wording (second-life battery labels repeat in several sets; "
         "Sint Maarten was found in no earlier row by a keyword search)", firm("Vega Energy Storage BV", "NL")),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "AW", "381300",
         "Blusschuimconcentraat AFFF 3 %, IBC 1.000 l, 24 stuks, voor de luchthavenbrandweer", "NL", 24000, 24, 4800,
         "EUR",
         "airport foam concentrate in 2050 is fluorine-free, new, in sealed IBCs with a batch certificate; these 24 "
         "IBCs are part-used and decades old, with an AFFF 3 % label, a film-forming fluorosurfactant foam that "
         "reads PFOS and other PFAS far above the limits on a screening test, withdrawn from a Dutch refinery's fire "
         "station: PFAS fire-fighting foam (16 05 08*), hazardous waste and a persistent organic pollutant, whose "
         "export for disposal to an overseas country and for recovery to a non-OECD one is banned, from Rotterdam to "
         "Oranjestad for an Aruba 'fire-safety' buyer; Dutch wording (PFAS foam repeats in a few sets; to Aruba is "
         "the new part as far as a search found)", {"importer_country": "AW"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "PA", [], "ES", "950590",
         "Espuma de carnaval en aerosol, 300 ml, 24.000 latas, para el Carnaval de Santa Cruz de Tenerife", "CN",
         7200, 24000, 7200, "USD",
         "carnival foam spray sold in the Union is propelled with propane and butane or compressed air and says so "
         "on the can; these 24,000 cans, shipped from the Colón Free Zone for Tenerife's carnival, are printed 'no "
         "inflamable' and the lot sheet in the container gives HFC-134a as the propellant: novelty aerosols "
         "containing an HFC, whose placing on the market the F-gas Regulation (2024/573) bans, some 3 t of HFC-134a "
         "brought in without a quota authorisation, by sea from Manzanillo (Colón) to Santa Cruz de Tenerife; "
         "Panamanian Spanish wording (novelty aerosols with HFCs repeat in several sets, party string and snow spray "
         "among them; carnival foam through the Colón Free Zone to the Canaries was found in no earlier row by a "
         "keyword search)", firm("Atlantic Fiestas Canarias SL", "ES")),
        ("OZN-02", "export", "ESSEA01", "sea", "ES", [], "DO", "841869",
         "Enfriadora de agua centrífuga usada, 800 TR, revisada, sin carga de refrigerante, 2 unidades, para hotel "
         "en Punta Cana", "ES", 18000, 2, 60000, "EUR",
         "a used chiller sold 'without refrigerant charge' shows an empty shell and carries a recovery certificate; "
         "these two centrifugal chillers, taken out of a Mallorca hotel, still hold about 900 kg of HCFC-123 each "
         "(the sight glasses show liquid and the purge units are live) and their nameplates give R-123: equipment "
         "relying on HCFCs, whose export from the Union Regulation 2024/590 bans, from Valencia to Caucedo for a "
         "Punta Cana resort of the same Spanish hotel chain; Spanish wording (HCFC-123 chillers repeat in many sets; "
         "to a Dominican resort is the new part as far as a search found)", {"importer_country": "DO"}),
        ("OZN-03", "import", "NLSEA01", "sea", "BQ", [], "NL", "761300",
         "Duikflessen aluminium S80, gebruikt, leeg, voor hydrotest en verkoop, 60 stuks", "BQ", 1350, 60, 3000,
         "USD",
         "used S80 scuba cylinders travel empty, valves open or removed, at 14.5 kg each; these 60 from a Kralendijk "
         "dive shop weigh 22-23 kg, slosh, read 9 bar and hold 8 kg of liquid each, and their valves carry a "
         "refrigerant service port: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea "
         "from Kralendijk to Rotterdam for a 'dive equipment' buyer who also trades air-conditioning parts; Dutch "
         "wording with Bonaire place names (scuba cylinders as a cover appear once, to Malta in blind118, and "
         "Bonaire once, on a precursor in blind129; from Bonaire on an ozone row is the new part as far as a search "
         "found)", firm("Rivage Duiksport BV", "NL")),
        ("OZN-04", "transit", "ESSEA01", "sea", "IN", ["ES"], "GY", "290342",
         "Refrigerant R-32 (difluoromethane), 9 kg returnable cylinders, 1,200 cylinders", "IN", 10800, 1200, 21600,
         "USD",
         "R-32 is flammable and travels in cylinders with a red band and a left-hand valve thread; these 1,200, "
         "landed at Algeciras for transhipment to Georgetown, carry no flammable mark, have right-hand valves, a test "
         "pressure for a non-flammable 22 bar gas and 'R22' stamped under the sleeves: HCFC-22, a controlled "
         "substance that may be moved through the Union only with the licence Regulation 2024/590 requires, in "
         "transit from Mundra to Georgetown for an air-conditioning wholesaler; Indian English wording (HCFC-22 in "
         "transit and R-32 labels repeat in several sets; a transhipment at Algeciras for Guyana was found in no "
         "earlier row by a keyword search)", {"importer_country": "GY"}),
        ("OZN-05", "import", "ESSEA01", "sea", "CU", [], "ES", "290345",
         "Refrigerante R-134a reciclado, cilindros de 13,6 kg, 200 cilindros", "CU", 2720, 200, 4000, "USD",
         "recycled R-134a comes with an analysis to the AHRI 700 purity standard; these 200 cylinders from a Havana "
         "recovery cooperative read 97 % R-12 on a refrigerant identifier, and the test sticker under the label "
         "says 'R-12 recuperado', gas drawn from the old refrigerators collected in Cuba's refrigerator swap: "
         "dichlorodifluoromethane (CFC-12), whose import into the Union is banned, by sea from Mariel to Valencia "
         "for a classic-car air-conditioning workshop; Cuban Spanish wording (CFC-12 repeats in many sets and "
         "R-134a labels in several; recovered Cuban stock was found in no earlier row by a keyword search)",
         firm("Delta Clima Clásico SL", "ES")),
        ("OZN-06", "import", "DESEA01", "sea", "GT", [], "DE", "380891",
         "Fumigante fosfina en CO2 (ECO2FUME), cilindros de 30 kg, 40 cilindros", "GT", 1200, 40, 6000, "USD",
         "phosphine-in-CO2 cylinders hold 2 % phosphine in carbon dioxide at high pressure in tall steel bottles; "
         "these 40, for a Hamburg coffee-warehouse fumigator, read 2 bar, slosh, hold about 30 kg each of a heavy "
         "liquid and their valves are stamped 'CH3Br' under the labels: methyl bromide, whose import into the Union "
         "is banned (no quarantine exemption remains), by sea from Puerto Barrios to Hamburg; Guatemalan Spanish "
         "wording (methyl bromide repeats in many sets and a phosphine-fumigant label once, in blind79; from a "
         "Guatemalan coffee port is the new part as far as a search found)", firm("Central Begasung GmbH", "DE")),
        ("OZN-07", "import", "ITSEA01", "sea", "DO", [], "IT", "271112",
         "Gas refrigerante R-290 (propano), cilindros de 5 kg, 1.500 cilindros", "CN", 15000, 1500, 15000, "USD",
         "R-290 is propane of 0.50 kg/l: a 5 kg cylinder holds 5 kg, carries flammable-gas marks and reads 8 bar at "
         "20 °C; these 1,500 cylinders from a Dominican free-zone trader hold 10 kg of gas each, read 14 bar at 20 "
         "°C, and a refrigerant identifier gives R-410A: an HFC mixture placed on the market without quota, after "
         "the F-gas Regulation's phase-down has reached zero, by sea from Caucedo to Genoa for a Milan "
         "air-conditioning wholesaler; Dominican Spanish wording (HFCs under R-290 labels repeat in many sets; from "
         "a Dominican free zone is the new part as far as a search found)",
         firm("Alpina Climatizzazione Srl", "IT")),
        ("OZN-08", "export", "FRSEA01", "sea", "FR", [], "LC", "841821",
         "Réfrigérateurs ménagers d'occasion, révisés, 300 pièces", "FR", 19500, 300, 9000, "EUR",
         "second-hand fridges exported for reuse must work and, if made before the mid-1990s, show that they hold "
         "no CFCs; these 300 are 1980s and early-1990s models whose compressors are stamped 'R12' and whose "
         "insulation is blown with CFC-11, collected from Île-de-France waste centres: products relying on CFCs, "
         "whose export from the Union Regulation 2024/590 bans (and waste electrical equipment besides), from Le "
         "Havre to Castries for a Saint Lucia appliance trader; French wording (used refrigerators with CFCs repeat "
         "in several sets; to Saint Lucia is the new part as far as a search found)", {"importer_country": "LC"}),
        ("OZN-09", "import", "NLSEA01", "sea", "PA", [], "NL", "281121",
         "Cilindros de CO2 para sistemas fijos contra incendio de buques, recertificados, 45 kg, 30 unidades", "PA",
         1800, 30, 4500, "USD",
         "CO2 fixed-system cylinders hold 45 kg of carbon dioxide at 57 bar in tall, grey, 80 kg bottles; these 30 "
         "from a Balboa ship-supply firm are red and shorter, read 25 bar, hold 60 kg each of a liquid of 1.57 kg/l "
         "and their collars are stamped 'H1301', taken out of ships broken up in the region: halon 1301 "
         "(bromotrifluoromethane), whose import into the Union is banned outside licensed critical uses, by sea from "
         "Balboa to Rotterdam for a ship-repair yard; Panamanian Spanish wording (halon 1301 repeats in many sets "
         "and CO2 labels in a few; a Panamanian ship chandler is the new part as far as a search found)",
         firm("Horizon Scheepsreparatie BV", "NL")),
        ("OZN-10", "export", "ESSEA01", "sea", "ES", [], "CU", "860900",
         "Contenedores frigoríficos usados 40' HC, operativos, 12 unidades, para almacén frigorífico en Mariel", "ES",
         57600, 12, 36000, "EUR",
         "used reefer containers sold as static cold stores mostly run on R-134a or R-404A and come with a service "
         "record; these twelve are 1990s boxes whose machinery units carry R-22 plates and sight glasses full, "
         "about 5 kg each: equipment relying on HCFCs, whose export from the Union Regulation 2024/590 bans, from "
         "Valencia to Mariel for a Cuban cold store; Spanish wording (reefer containers repeat in several sets, and "
         "used reefers for a cold store once, as CFC-foam waste from Las Palmas in blind56; R-22 reefers to Cuba are "
         "the new part as far as a search found)", {"importer_country": "CU"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESSEA01", "sea", "GT", [], "ES", "961800",
         "Maniquí articulado de madera para exhibir ropa, artesanía, 1 pieza", "GT", 18, 1, 1900, "GTQ",
         "a carved display mannequin is a new, smooth, jointed figure of pine or cedar; this one is an "
         "18th-century Guatemalan 'imagen de candelero': a saint with a carved and painted head and hands, glass "
         "eyes, old gesso and flesh paint, and a hollow frame of laths for a body meant to be dressed, with a parish "
         "inventory number from Sacatepéquez, worth tens of thousands of euros: colonial religious sculpture, part "
         "of Guatemala's cultural heritage whose export Guatemala forbids, brought in without the importer statement "
         "Regulation 2019/880 requires above its value threshold and against the UNESCO 1970 convention, by sea "
         "from Santo Tomás de Castilla to Valencia for a Madrid dealer; Guatemalan Spanish wording (colonial "
         "polychrome saints repeat in several sets, as new carvings from Paete, Tiradentes and Seville, and a "
         "mannequin-head label once, on Buddha heads in blind26; a candelero figure under an articulated "
         "display-mannequin label was found in no earlier row by a keyword search)",
         firm("Rivage Antigüedades SL", "ES")),
        ("CUL-02", "import", "DEPOST01", "post", "DO", [], "DE", "711810",
         "Réplicas de monedas piratas (reales de a 8), recuerdo, 40 piezas", "DO", 1.1, 40, 60, "USD",
         "souvenir 'pirate coins' are cast, round copies with crisp, even edges; these 40 are irregular, hand-cut "
         "silver cobs with clipped edges, Potosí and Mexico mint marks and assayers' initials of the 1710s, a black "
         "silver-sulphide crust and coral sand in the crevices: 8-real cobs raised from a Spanish fleet wreck on the "
         "Dominican coast, underwater cultural heritage whose export the Dominican Republic forbids and, at over 250 "
         "years, archaeological objects that need an import licence under Regulation 2019/880, posted from Puerto "
         "Plata to a private collector in Bremen; Dominican Spanish wording (coins under replica labels repeat in "
         "several sets, and wreck 8-reales once, from Cartagena in blind120; kept as a repeat, from the Dominican "
         "coast by post to Germany is the new part as far as a search found)", person("Herr K. Becker", "DE")),
        ("CUL-03", "import", "BEAIR01", "air", "NI", [], "BE", "680299",
         "Escultura de jardín en piedra, figura tallada a mano, artesanía de San Juan de Limay, 1 pieza", "NI", 320,
         1, 600, "USD",
         "San Juan de Limay carvings are small, polished soapstone figures in pastel colours; this is a 1.6 m basalt "
         "column bearing a squatting human figure with an animal 'alter ego' on its head and back, pecked, weathered "
         "and with lichen in the grooves: a Chontales statue (AD 800-1500) taken from a site near Juigalpa, "
         "archaeological heritage whose export Nicaragua forbids, brought in without the import licence Regulation "
         "2019/880 requires, flown from Managua to Liège for a Brussels dealer; Nicaraguan Spanish wording "
         "(pre-Columbian stone sculpture repeats in several sets as garden ornaments; Chontales statues and a "
         "Limay-craft label were found in no earlier row by a keyword search)", firm("Galerie Orion SA", "BE")),
        ("CUL-04", "import", "ITSEA01", "sea", "PA", [], "IT", "691390",
         "Platos de cerámica pintada, réplicas de La Arena (Chitré), 24 piezas", "PA", 36, 24, 240, "USD",
         "La Arena workshop replicas are bright, glossy, evenly fired and stamped 'réplica' under the base; five of "
         "these 24 plates are thin and matt, with worn purple-and-red slip painting of crocodile gods, pedestal "
         "bases and earth in the crazing: Gran Coclé polychrome plates (Conte style, AD 700-900) from looted graves, "
         "archaeological objects whose export Panama forbids, brought in without an import licence (Regulation "
         "2019/880), by sea from Manzanillo (Colón) to Livorno mixed into a craft order for a Florence gallery; "
         "Panamanian Spanish wording (Coclé goldwork repeats in several sets; Coclé pottery under a La Arena replica "
         "label was found in no earlier row by a keyword search)", firm("Galleria Meridian Srl", "IT")),
        ("CUL-05", "import", "GBPOST01", "post", "JM", [], "GB", "701090",
         "Ole glass bottle dem weh mi dig up inna mi yaad, fi decorate, 12 piece", "JM", 3.8, 12, 6000, "JMD",
         "bottles dug in a Kingston yard are 20th-century soda and rum bottles; these twelve are squat, dark-green, "
         "hand-blown 'onion' bottles with pontil marks and a sea-worn iridescence, with white clay tobacco-pipe "
         "bowls and pewter spoon fragments wrapped in the same newspaper and coral growth stuck to the glass: finds "
         "from Port Royal, the town sunk in 1692, underwater cultural heritage that Jamaica protects and forbids to "
         "export, posted from Kingston to a private collector in Bristol (the United Kingdom has no import licence, "
         "but the Dealing in Cultural Objects (Offences) Act 2003 applies); Jamaican Patois wording (underwater "
         "finds repeat in several sets; Port Royal finds, onion bottles and Patois wording were found in no earlier "
         "row by a keyword search)", person("Mrs S. Patel", "GB")),
        ("CUL-06", "import", "ESSEA01", "sea", "CU", [], "ES", "970191",
         "Cuadros al óleo de pintores de la Plaza de la Catedral, sin bastidor, enrollados, 12 lienzos", "CU", 8, 12,
         600, "USD",
         "Havana street-artists' canvases are fresh acrylics of old cars and streets, rolled for travel; three of "
         "these twelve are 18th-century religious oils in the manner of Nicolás de la Escalera, cut from their "
         "stretchers with the tacking edges lost, with craquelure, old relining and a church inventory stamp on the "
         "back: colonial paintings of the Cuban cultural heritage, brought in without the importer statement "
         "Regulation 2019/880 requires above its value threshold and against the UNESCO 1970 convention, by sea "
         "from Mariel to Cádiz for a Madrid dealer; Cuban Spanish wording (Cuban silver and paper repeat in a few "
         "sets; rolled colonial paintings under a street-art label were found in no earlier row by a keyword "
         "search)", firm("Galería Horizonte SL", "ES")),
        ("CUL-07", "import", "DEPOST01", "post", "GY", [], "DE", "680430",
         "Sharpening stones, river stones, hand shaped, 6 pcs", "GY", 3.5, 6, 6000, "GYD",
         "hand-shaped river whetstones are flat, fine-grained slabs with a worn hollow on one face; these six are "
         "ground and polished greenstone axe heads with a symmetrical cutting edge and a waisted butt for hafting, "
         "patinated and with soil in the grooves: pre-Columbian Amerindian stone axes from the Essequibo and "
         "Rupununi, archaeological objects Guyana protects and, at over 250 years, objects that need an import "
         "licence under Regulation 2019/880, posted from Georgetown to a private collector of stone axes in "
         "Hanover; Guyanese English wording (prehistoric stone tools repeat in a few sets; whetstone labels and "
         "Guyanese antiquities were found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("CUL-08", "import", "ESPOST01", "post", "SV", [], "ES", "691390",
         "Miniaturas de barro de Ilobasco, artesanía, 10 piezas", "SV", 2, 10, 25, "USD",
         "Ilobasco miniatures are tiny, brightly painted clay scenes and 'sorpresas' in egg-shaped shells, light "
         "and glossy; these ten are hand-modelled, matt, buff figurines with open mouths, whistles in their backs, "
         "traces of red pigment and root marks: Late Classic figurines and whistles from looted sites, "
         "archaeological objects whose export El Salvador forbids, needing an import licence under Regulation "
         "2019/880, posted from San Salvador to a private collector in Valencia; Salvadoran Spanish wording "
         "(pre-Columbian figurines repeat in many sets; an Ilobasco label and Salvadoran antiquities were found in "
         "no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("CUL-09", "import", "NLSEA01", "sea", "SR", [], "NL", "680291",
         "Purana marmar ke plaat, istemaal bhail, 40 (gebruikte marmeren platen)", "SR", 4800, 40, 800, "USD",
         "reclaimed marble slabs are square floor tiles or table tops, cut and polished; these 40 are thick, "
         "weathered slabs of white marble with Portuguese and Hebrew inscriptions, carved skulls, a tree of life and "
         "18th-century dates, with lime mortar on their edges: Sephardic gravestones taken from the Jodensavanne and "
         "Cassipora cemeteries, protected monuments whose export Suriname forbids and dismembered elements of a "
         "historical monument over 250 years old, which need an import licence under Regulation 2019/880, by sea "
         "from Paramaribo to Rotterdam for a garden-stone trader; Sarnami Hindustani wording with Dutch (gravestones "
         "repeat in a few sets; Jodensavanne and Sarnami wording were found in no earlier row by a keyword search)",
         firm("Rivage Natuursteen BV", "NL")),
        ("CUL-10", "import", "FRPOST01", "post", "VC", [], "FR", "691390",
         "Handmade clay fridge magnets, animal heads, 8 pcs", "VC", 1.2, 8, 40, "XCD",
         "handmade clay fridge magnets are glazed, bright and backed with a magnet; these eight have no magnets, are "
         "unglazed buff-and-red clay heads of bats, frogs and birds broken off at the neck where they joined a pot "
         "rim, with white-on-red painting and midden soil: Saladoid and Troumassoid adornos (AD 200-1200) dug from a "
         "coastal site on St Vincent, archaeological objects over 250 years old that need an import licence under "
         "Regulation 2019/880 and that St Vincent and the Grenadines protects, posted from Kingstown to a private "
         "person in Bordeaux; Vincentian English wording (a fridge-magnet label on a cultural good appears once, "
         "blind117; Saladoid adornos and St Vincent antiquities were found in no earlier row by a keyword search)",
         person("Sophie Bernard", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "GBSEA01", "sea", "GB", [], "JM", "630900",
         "Barrels of household goods: clothes, shoes and bedding, 3 barrels", "GB", 160, 3, 300, "GBP",
         "a barrel shipment to Kingston: Jamaican families in London send clothes, rice and toiletries home in blue "
         "barrels before Christmas and summer, but the third item's 'brake master cylinders' are four pistols "
         "converted from blank-firing designs, with bored-out barrels, and eight loaded magazines wrapped in towels "
         "at the bottom of the second barrel: firearms and ammunition exported without the licence the United "
         "Kingdom's Export Control Order 2008 requires, and against Jamaica's Firearms Act, hidden as the last item "
         "of a three-item declaration, from Tilbury to Kingston; British and Jamaican English wording (converted "
         "blank-firing pistols repeat once, blind60; a barrel shipment to Jamaica was found in no earlier row by a "
         "keyword search)",
         dict({"importer_country": "JM"},
              _more_items=[item("100630", "Rice, 10 kg bags, 4 bags", "GB", 40, 40, "GBP", qty=4),
                           item("870830", "Car brake master cylinders and parts, used, 6 pcs", "GB", 14, 60, "GBP",
                                qty=6)])),
        ("STR-02", "import", "BEAIR01", "air", "GY", [], "BE", "710231",
         "Rough diamonds, alluvial, Guyana origin, Kimberley Process certificate GY, 1,850 ct", "GY", 0.37, None,
         740000, "USD",
         "Guyanese alluvial diamonds are small (mostly under half a carat), water-worn, rounded and frosted, with "
         "percussion marks from the Mazaruni gravels; this parcel holds sharp-edged octahedra and macles of 1-6 ct "
         "with bright, fresh faces in the sorting and sizing of a Yakutian run-of-mine box, under a Georgetown "
         "exporter's certificate that declares more than his licence's yearly output: Russian-origin rough "
         "diamonds, whose import into the Union Regulation 833/2014 forbids, third-country paperwork included, "
         "flown from Georgetown to Brussels for an Antwerp dealer; Guyanese English wording (Russian diamonds "
         "repeat in several sets, under Emirati, Indian and Armenian origin; under Guyanese alluvial origin was "
         "found in no earlier row by a keyword search)", firm("Central Diamond Trading SA", "BE")),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "CW", "851762",
         "4G/LTE-routers voor hotels, met externe antennes, 6 stuks", "NL", 60, 6, 3600, "EUR",
         "hotel LTE routers are small boxes with SIM slots and Wi-Fi at a few hundred euros; these six are "
         "rack-mounted, multi-band base-station emulators with high-power amplifiers and software that draws nearby "
         "phones onto a false cell and logs their IMSI and IMEI, worth tens of thousands each, for a Willemstad "
         "'hotel IT' firm whose shipments go on by boat to Punto Fijo: telecommunications interception equipment "
         "whose export for use in Venezuela the Union's restrictive measures (Regulation 2017/2063) forbid, flown "
         "from Amsterdam to Curaçao; Dutch wording (IMSI catchers repeat in several sets and router labels in "
         "several, on other goods; Curaçao as the hop to Venezuela was found in no earlier row by a keyword "
         "search)", {"importer_country": "CW"}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "HN", "841490",
         "Repuestos de a bordo: cartuchos de turbocompresor y piezas, para el buque 'Costa de Trujillo', bandera "
         "hondureña, 14 bultos", "ES", 2800, 14, 180000, "EUR",
         "ship's stores delivered at Las Palmas name the vessel, its flag and IMO number and go on board under "
         "customs control; the IMO number on this order belongs to a 2005-built Aframax tanker listed in Annex XLII "
         "of Regulation 833/2014 as part of Russia's shadow fleet, renamed and reflagged to Honduras two months ago "
         "and waiting at anchor off Gran Canaria: goods and services for a listed vessel, which the Regulation "
         "forbids, supplied from Las Palmas; Spanish wording (shadow-fleet tankers appear once, blind16, and ship's "
         "stores at Las Palmas once, on R-22 for a fishing vessel in blind23; a Honduran reflagging and ship's "
         "stores for a listed tanker were found in no earlier row by a keyword search)",
         {"importer_country": "HN"}),
        ("STR-05", "export", "BESEA01", "sea", "BE", [], "GY", "283620",
         "Carbonate de sodium dense (soude), briquettes, big bags, 20 t", "BE", 20000, None, 5000, "EUR",
         "dense soda ash is a white, granular powder, not briquettes, at about 300 EUR/t; these big bags hold "
         "white, pillow-shaped briquettes that smell faintly of bitter almonds in the damp and whose inner liners "
         "carry UN 1689 and a skull, for a Georgetown 'mining supplies' firm that sells to small-scale gold miners "
         "on the Cuyuni: sodium cyanide (dual-use 1C350, a chemical-weapons precursor), exported without the "
         "licence Regulation 2021/821 requires outside the Australia Group, from Antwerp to Georgetown; Belgian "
         "French wording (sodium cyanide repeats in many sets and soda labels in two; to Guyana's goldfields was "
         "found in no earlier row by a keyword search)", {"importer_country": "GY"}),
        ("STR-06", "export", "BGSEA01", "sea", "BG", [], "VE", "760429",
         "Алуминиеви профили за мачти на ветроходни яхти, 11 м, употребявани, 10 бр.", "BG", 1400, 10, 5000,
         "EUR",
         "sailing-yacht mast sections are hollow, oval aluminium extrusions with a sail track, at about 3 kg a metre; "
         "these ten crates hold 10.7 m main-rotor blades with steel spars, de-icing heater mats and Kazan part numbers, overhauled at a Plovdiv "
         "helicopter repair works: Mi-17 rotor blades, military equipment (ML10) for the Venezuelan air force's "
         "helicopters through a Caracas 'energy' firm, exported against the Union's arms embargo on Venezuela "
         "(Regulation 2017/2063), from Burgas to La Guaira; Bulgarian wording (helicopter parts repeat in a few "
         "sets, Mi-17 parts once and helicopter blades as small wind-turbine blades in blind117, and a windsurf-mast "
         "label covered aluminium tubes in blind126; rotor blades under a yacht-mast label, to Venezuela, were found "
         "in no earlier row by a keyword search)", {"importer_country": "VE"}),
        ("STR-07", "export", "ESAIR01", "air", "ES", [], "AM", "441510",
         "Cajas de cedro vacías para puros, de colección, 40 unidades", "ES", 90, 40, 600, "EUR",
         "empty collectors' cigar boxes weigh a few hundred grams and sell for 10-20 EUR; these 40 weigh over 2 kg "
         "each, carry intact Cuban warranty seals and Habanos holograms and hold 25 Cohiba Behike or Trinidad "
         "cigars each, over 1,500 EUR a box, for a Yerevan 'souvenir' firm whose owner supplies a Moscow cigar club: "
         "luxury goods above 300 EUR an item, whose sale for use in Russia Regulation 833/2014 forbids (Annex "
         "XVIII), flown from Madrid to Yerevan; Spanish wording (luxury goods to Russia through Armenia repeat in "
         "several sets; Cuban cigars under an empty-box label were found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "NI", "880730",
         "Rad- und Bremsbaugruppen für Kleinflugzeuge (Aeroclub), 12 Stück", "DE", 1400, 12, 18000, "EUR",
         "light-aircraft wheel and brake assemblies weigh a few kilograms and cost hundreds of euros; these twelve "
         "crates hold 110 kg carbon heat-sink brake assemblies with Airbus part numbers for A320-family main gear "
         "and serviceable tags from a Hamburg MRO, worth about 60,000 EUR each, for a Managua 'aeroclub' whose "
         "forwarder re-exports to Moscow: aircraft parts whose sale for use in Russia Regulation 833/2014 forbids "
         "(Annex XI), flown from Frankfurt; German wording (carbon brakes repeat in several sets and 'aeroclub' "
         "consignees twice, in Yerevan (blind63) and Almaty (blind67); to Nicaragua was found in no earlier row by a "
         "keyword search)", {"importer_country": "NI"}),
        ("STR-09", "import", "ITSEA01", "sea", "TR", [], "IT", "100199",
         "Пшеница мягкая продовольственная, 3 класс, происхождение Казахстан, навалом, 25 000 т", "KZ", 25000000,
         None, 6500000, "USD",
         "Kazakh milling wheat reaches the Black Sea by rail and carries phytosanitary and origin papers from "
         "Kostanay elevators; this bulk carrier's cargo was loaded at Sevastopol with the AIS off and transhipped at "
         "Samsun, and the grain's protein and variety profile match Zaporizhzhia and Kherson harvests: grain from "
         "occupied Crimea and the occupied regions of Ukraine, whose import into the Union Regulations 692/2014 and "
         "2022/263 forbid, with a false Kazakh certificate of origin, from Samsun to Ravenna; Russian wording (goods "
         "from occupied Ukraine repeat in several sets, as wine, lavender oil and sunflower oil; wheat was found in "
         "no earlier strategic row by a keyword search)", firm("Meridian Cereali Srl", "IT")),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "GT", "842123",
         "Palivové filtry pro automobily, univerzální, 40 ks", "CZ", 36, 40, 1200, "EUR",
         "universal car fuel filters are plastic or thin-walled cans at a few euros; these 40 are machined aluminium "
         "tubes of 30 cm with internal baffle cups, threaded 1/2-28 and 5/8-24 at one end, whose cups need only a "
         "bore to pass a bullet: firearm sound suppressors (military list ML1 accessories), exported without the "
         "licence they need, flown from Prague to Guatemala City for an 'auto parts' buyer who supplies private "
         "security firms and cartel gunmen; Czech wording (suppressors repeat in a few sets, and as a fuel-filter "
         "kit once, by post to Sweden in blind24; kept as a repeat, a commercial air shipment to Guatemala is the "
         "new part as far as a search found)",
         {"importer_country": "GT"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEPOST01", "post", "PA", [], "DE", "691390",
         "Ranas doradas de cerámica, figuritas de recuerdo de El Valle, 6 piezas", "PA", 1.5, 6, 30, "USD",
         "El Valle de Antón sells bright-yellow ceramic and tagua golden frogs by the hundred; these six are live, "
         "4-5 cm yellow frogs with black blotches and long, thin limbs, wrapped in damp moss in film tubes inside "
         "the souvenir box: Panamanian golden frogs (Atelopus zeteki, CITES App. I), gone from the wild and kept "
         "alive in breeding programmes, without CITES documents, posted from Panama City to a private amphibian "
         "keeper in Dresden; Panamanian Spanish wording (frogs repeat in several sets; golden frogs were found in no "
         "earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-02", "import", "ESPOST01", "post", "NI", [], "ES", "151311",
         "Aceite de coco virgen artesanal de Bilwi (Puerto Cabezas), 6 botellas de 500 ml", "NI", 3.2, 6, 30, "USD",
         "virgin coconut oil from the Miskito coast is water-white when liquid, sets white below 24 °C and smells of "
         "coconut; these six bottles hold a yellow-orange, fishy-smelling oil that stays liquid in a cool sorting "
         "office and carries shreds of tissue in the sediment: sea-turtle oil rendered from green turtles (Chelonia "
         "mydas, CITES App. I) taken on the Miskito Cays and sold as a remedy for asthma, without CITES documents, "
         "posted from Bilwi to a private person in Madrid; Nicaraguan Spanish wording with the Miskito town name "
         "(green turtles repeat once, as calipee in blind130, and turtle oil once in a development row; a "
         "coconut-oil label on a wildlife good was found in no earlier row by a keyword search)",
         person("Particular", "ES")),
        ("WLF-03", "transit", "NLAIR01", "air", "SR", ["NL"], "CN", "200899",
         "Tamarindepasta (tamarinde stroop), potjes 250 g, 80 potjes", "SR", 24, 80, 160, "USD",
         "Surinamese tamarind paste is a brown, sticky, sour pulp with seeds and fibres; these 80 jars hold a black, "
         "glossy, tar-like paste without seeds that sets hard when cold and smells of boiled bone and meat: jaguar "
         "paste (Panthera onca, CITES App. I), whole carcasses boiled down for traditional medicine, in transit "
         "through Schiphol from Paramaribo to Guangzhou without CITES documents; Surinamese Dutch and Sranan wording "
         "(jaguar canines repeat in several sets, from Suriname in blind129; jaguar paste was found in no earlier "
         "row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-04", "import", "GBPOST01", "post", "JM", [], "GB", "970529",
         "Framed butterfly art, farmed specimens, 4 frames", "JM", 2.4, 4, 60, "USD",
         "farmed butterfly frames hold common, bred species with a farm's certificate; each of these four holds a "
         "huge, dark brown swallowtail with a broad yellow band and blue-spotted hindwings, the wings chipped from "
         "wild capture: Homerus swallowtails (Papilio homerus, CITES App. I), the largest swallowtail of the "
         "Americas, found only in Jamaica's Blue Mountains and Cockpit Country, without CITES documents, posted from "
         "Kingston to a private collector in Leeds; Jamaican English wording (swallowtails repeat in a few sets, "
         "Asian species, and framed insects once, in dev8-b; Homerus swallowtails were found in no earlier row by a "
         "keyword search)",
         person("Mr K. Tanaka", "GB")),
        ("WLF-05", "import", "DEAIR01", "air", "HN", [], "DE", "010620",
         "Basiliscos (Basiliscus vittatus), criados en cautiverio, 40 ejemplares", "HN", 6, 40, 800, "USD",
         "captive-bred brown basilisks are slender, brown, striped lizards with a head crest at a few dollars "
         "each; twelve of these 40 are stout, black-and-grey lizards with whorls of spines round the tail: "
         "juvenile Utila iguanas (Ctenosaura bakeri, CITES App. II), found only in the mangroves of Utila, without "
         "CITES documents, flown from San Pedro Sula to Frankfurt for a reptile dealer who sells at the Hamm fair; "
         "Honduran Spanish wording (reptiles under captive-bred labels repeat in many sets; Utila iguanas and a "
         "basilisk label were found in no earlier row by a keyword search)", firm("Vega Terraristik GmbH", "DE")),
        ("WLF-06", "import", "DEAIR01", "express", "BZ", [], "DE", "392640",
         "Shaak jaa replika, resin, fi decoration, 4 piece", "BZ", 3.6, 4, 80, "BZD",
         "resin shark-jaw replicas are cast, glossy, identical and light; these four are real dried jaws with rows "
         "of serrated triangular teeth, cartilage that smells of fish and knife marks: Caribbean reef shark jaws "
         "(Carcharhinus perezi, CITES App. II since the 2023 requiem-shark listing) from a Belize reef fishery, "
         "without CITES documents, sent by express from Belize City to a private collector in Kiel; Belize Kriol "
         "wording (shark parts repeat in many sets and Belize Kriol wording once, blind121; reef-shark jaws were "
         "found in no earlier row by a keyword search)", person("Privatperson", "DE")),
        ("WLF-07", "import", "NLSEA01", "sea", "CR", [], "NL", "060210",
         "Esquejes de Dracaena sin enraizar, cajas, 1.200 cajas", "CR", 14000, 1200, 18000, "USD",
         "an ornamental-plant reefer for Aalsmeer: Dracaena cuttings and Yucca canes are what Costa Rican growers "
         "ship to Dutch nurseries every week, but the third item's 'nursery bromeliads' are 2,000 wild orchids torn "
         "from cloud-forest trees with moss and bark on the roots, Dracula, Masdevallia and Lycaste among them, "
         "uneven and of flowering size: wild-collected orchids (Orchidaceae, CITES App. II) without CITES documents "
         "(or the plant-health certificate live plants need), hidden as the last item of a three-item declaration, "
         "by sea from Moín to Rotterdam; Costa Rican Spanish wording (wild orchids repeat in many sets; behind a "
         "Costa Rican cuttings reefer was found in no earlier row by a keyword search)",
         dict(firm("Horizon Sierteelt BV", "NL"),
              _more_items=[item("060290", "Cañas de Yucca elephantipes, 400 cajas", "CR", 6000, 6000, "USD", qty=400),
                           item("060290", "Bromelias de vivero en maceta, 200 bandejas", "CR", 900, 1400, "USD",
                                qty=200)])),
        ("WLF-08", "import", "DESEA01", "sea", "BZ", [], "DE", "440729",
         "Santa-María-Schnittholz (Calophyllum brasiliense), Plantage, kammergetrocknet, 30 m³", "BZ", 18000, None,
         12000, "USD",
         "plantation Santa María is pinkish-brown and coarse, with a dark zigzag figure on flat-sawn faces and the "
         "wide rings of fast growth; these boards are wide, golden to deep red, lustrous, with ripple marks of "
         "storied rays on the tangential faces, white deposits in the pores and the tight rings of century-old "
         "trees, from a Mennonite sawmill at Spanish Lookout that buys logs cut in the Chiquibul: big-leaf mahogany "
         "(Swietenia macrophylla, CITES App. II) without a CITES export permit, by sea from Big Creek to Hamburg for "
         "a boat-builders' timber merchant; Belizean Mennonite German wording (mahogany repeats in many sets, under "
         "sapele, khaya and andiroba labels; a Santa María timber label and a Mennonite trader were found in no "
         "earlier row by a keyword search)", firm("Alpina Edelholz GmbH", "DE")),
        ("WLF-09", "import", "ITAIR01", "air", "GY", [], "IT", "410792",
         "Embossed cow leather, snake print, finished, 60 hides", "GY", 180, 60, 3000, "USD",
         "snake-print cowhide is evenly machine-embossed bovine grain with a repeating pattern; these 60 are tanned "
         "reptile skins 4-6 m long with real overlapping scales, rows of large black oval spots, orange-edged flank "
         "markings and a pale belly strip: green anaconda skins (Eunectes murinus, CITES App. II) from the "
         "Rupununi, without CITES documents, flown from Georgetown to Milan for a luxury-goods tannery; Guyanese "
         "English wording (reptile skins under embossed-leather labels repeat in many sets, pythons most; anaconda "
         "was found in no earlier row by a keyword search)", firm("Meridian Pellami Srl", "IT")),
        ("WLF-10", "import", "FRAIR01", "air", "HT", [], "FR", "330129",
         "Lwil esansyèl amiris (bwa chandèl), 2 barik 180 kg", "HT", 360, 2, 18000, "USD",
         "Haitian amyris oil ('West Indian sandalwood', from bwa chandèl) is a pale-yellow, viscous, sweet-balsamic "
         "oil at about 50 USD/kg; these two drums hold a thin, colourless oil with a floral-woody smell of rose and "
         "citrus, whose chiral GC shows over 80 % (R)-linalool with the trace compounds of Amazonian rosewood, a "
         "tree that does not grow in Haiti: rosewood oil (Aniba rosaeodora, CITES App. II, essential oil included) "
         "distilled in the Guianas, without CITES documents, flown from Port-au-Prince to Paris for a Grasse "
         "perfumery supplier; Haitian Creole wording (rosewood oil repeats in several sets, from Brazil under "
         "linalool, ho-wood and linaloe labels; an amyris label and a route through Haiti were found in no earlier "
         "row by a keyword search)", firm("Delta Arômes SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "GB", "IE", "280700",
     "Sulphuric acid 96 %, 4 x 1 l, for a licensed private user (lead-acid battery restoration)", "GB", 7.4, 4, 60,
     "EUR", [("PRECURSOR_LICENCE", "IE-DJE-50-0027")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GBAIR01", "air", "US", "GB", "290420",
     "Nitromethane 98 %, 4 x 1 US gal, for a licensed private user (nitro model-engine racing)", "US", 17, 4, 280,
     "USD", [("PRECURSOR_LICENCE", "GB-HO-EPP-50-1187")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ESSEA01", "sea", "GY", "ES", "854911",
     "Waste lead-acid batteries, whole (16 06 01*), for recovery at a licensed secondary-lead smelter, 22 t", "GY",
     22000, None, 9000, "USD", [("BASEL_CONSENT", "ES-MITECO-50-0142")],
     "notified waste lead-acid batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "CW", "NL", "271099",
     "Refinery tank-bottom sludge (05 01 03*), for treatment at a licensed plant, 2 ISO tanks, 42 t", "CW", 42000, 2,
     0, "EUR", [("BASEL_CONSENT", "NL-ILT-50-0066")], "notified tank-bottom sludge to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "PA", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 30 cylinders, for critical use in aircraft fire protection", "PA", 1800,
     30, 27000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-50-003")], "reclaimed halon 1301 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "IL", "DE", "290361",
     "Methyl bromide, 40 cylinders, for use as feedstock in pharmaceutical synthesis", "IL", 1200, 40, 9000, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-50-011")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "ITAIR01", "air", "US", "IT", "970510",
     "Gran Coclé polychrome plate, Conte style, AD 700-900, documented US collection since 1961", "PA", 1.5, 1, 24000,
     "USD", [("IMPORT_LICENCE", "IT-MiC-IMP-50-0031")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970310",
     "Imagen de candelero, Guatemala, 18th century, documented Spanish family collection since 1910", "GT", 18, 1,
     65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-50-0218")],
     "colonial sculpture exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BESEA01", "sea", "BE", "GY", "283711",
     "Sodium cyanide briquettes 98 %, 20 t, for a licensed gold mine's carbon-in-leach plant", "BE", 20000, None,
     56000, "EUR", [("EXPORT_LICENCE", "BE-VL-50-0409"), ("END_USER_CERTIFICATE", "GY-GGMC-EUC-50-0012")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "GT", "930599",
     "Sound moderators for hunting rifles, .30 calibre, 20 units, to a licensed Guatemalan firearms dealer", "CZ", 8,
     20, 6000, "EUR", [("EXPORT_LICENCE", "CZ-LIC-50-0733"), ("END_USER_CERTIFICATE", "GT-DIGECAM-EUC-50-0091")],
     "sound moderators under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "GT", "DE", "440721",
     "Big-leaf mahogany (Swietenia macrophylla), sawn, FSC, from a Petén community concession, 20 m3", "GT", 12000,
     None, 26000, "USD", [("CITES_PERMIT", "GT-CONAP-50-0214")], "App. II mahogany with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "CR", "NL", "060290",
     "Orchids, artificially propagated, in flasks and plugs, 3,000 plants", "CR", 300, 3000, 4500, "USD",
     [("CITES_PERMIT", "CR-SINAC-50-0388"), ("PHYTOSANITARY_CERTIFICATE", "CR-SFE-50-1120")],
     "artificially propagated App. II orchids with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-03": "Meridian Reciclaje de Plomo SL", "PRM-06": "Central Pharma Synthese GmbH",
    "PRM-07": "Galleria Meridian Srl", "PRM-11": "Alpina Edelholz GmbH", "PRM-12": "Horizon Sierteelt BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("090811", "Whole nutmegs in shell, Grenada, 25 kg sacks", "import", ["sea"], ["GD"], (4, 7), (2000, 8000), ["USD"], 0.04, S),
    ("220840", "Overproof white rum, 69 %, 1 l bottles", "import", ["sea"], ["GD", "JM"], (6, 10), (3000, 9000), ["USD"], 1, S),
    ("330499", "Lime skin freshener, alcohol-based, 400 ml", "import", ["post"], ["TT"], (8, 14), (1, 4), ["USD", "TTD"], 2, S),
    ("210690", "Falernum syrup, non-alcoholic, 750 ml", "import", ["express"], ["BB"], (8, 14), (1, 4), ["USD"], 1, S),
    ("220900", "Pineapple vinegar, 1 l bottles", "import", ["air"], ["CR", "MX"], (2, 4), (200, 800), ["USD"], 1, S),
    ("110220", "Nixtamalised maize flour (masa harina), 1 kg bags", "import", ["sea"], ["HN", "MX"], (0.8, 1.4), (10000, 20000), ["USD"], 1, S),
    ("250700", "White kaolin clay powder, cosmetic, 250 g", "import", ["post"], ["DO", "CU"], (6, 12), (1, 3), ["USD"], 4, S),
    ("210390", "Unseasoned meat tenderiser (papain), 500 g jars", "import", ["air"], ["DO", "US"], (2, 4), (200, 800), ["USD"], 2, S),
    ("210690", "Horchata de morro drink powder, 400 g", "import", ["post"], ["SV"], (6, 12), (1, 3), ["USD"], 2.5, S),
    ("250590", "Oolitic aragonite sand for reef aquaria, 20 kg bags", "import", ["sea"], ["BS", "US"], (0.3, 0.6), (15000, 22000), ["USD"], 0.05, S),
    ("330499", "Alcoholado (menthol rubbing alcohol), 16 oz", "import", ["express"], ["PR", "DO"], (6, 12), (1, 4), ["USD"], 2, S),
    ("680620", "Expanded-clay lightweight aggregate, for concrete blocks", "export", ["sea"], ["DO", "JM"], (0.1, 0.2), (20000, 26000), ["EUR"], None, S),
    ("300640", "Glass-ionomer dental filling cement, new", "export", ["air"], ["SR", "GY"], (60, 120), (20, 100), ["EUR"], 2, S),
    ("392330", "HDPE plastic drums, new, 220 l, for water storage", "export", ["sea"], ["HT", "DO"], (2, 4), (3000, 8000), ["EUR"], 0.1, S),
    ("390761", "PET resin, bottle grade, virgin, 25 kg bags", "export", ["sea"], ["GT", "SV"], (1.1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("850421", "Distribution transformers, new, 250-630 kVA, ester-filled", "export", ["sea"], ["NI", "HN"], (8, 14), (10000, 30000), ["EUR"], 0.0006, S),
    ("870829", "Car body parts, new: bonnets and front bumpers, boxed", "export", ["sea"], ["JM", "TT"], (4, 8), (3000, 9000), ["GBP", "EUR"], 0.1, S),
    ("850760", "Lithium-ion battery modules, new, 48 V, for solar storage", "import", ["sea"], ["CN", "KR"], (150, 250), (2000, 8000), ["USD"], 0.05, S),
    ("381300", "Fluorine-free fire-fighting foam concentrate, IBC", "export", ["sea"], ["AW", "CW"], (2, 4), (8000, 24000), ["EUR"], 0.001, S),
    ("950590", "Carnival foam spray, hydrocarbon propellant, 300 ml", "import", ["sea"], ["CN"], (1, 2), (3000, 9000), ["USD"], 3, S),
    ("841869", "Absorption chillers (lithium bromide and water), new", "export", ["sea"], ["DO", "CU"], (20, 40), (8000, 20000), ["EUR"], 0.0001, S),
    ("860900", "Refrigerated containers 40' HC, new, CO2 (R-744) units", "export", ["sea"], ["CU", "DO"], (6, 10), (40000, 60000), ["EUR"], 0.0002, S),
    ("841821", "Household refrigerators, new, R-600a", "export", ["sea"], ["HT", "LC"], (3, 5), (6000, 15000), ["EUR"], 0.02, S),
    ("961800", "Wooden articulated display mannequins, new", "import", ["sea"], ["GT", "CN"], (6, 12), (500, 2000), ["USD"], 0.1, S),
    ("711810", "Pirate-coin replicas, base metal, souvenir", "import", ["post"], ["DO", "US"], (20, 40), (1, 2), ["USD"], 30, S),
    ("680299", "Soapstone carvings, San Juan de Limay, new", "import", ["air"], ["NI"], (8, 15), (100, 500), ["USD"], 2, S),
    ("691390", "La Arena ceramic replicas, new, stamped", "import", ["sea"], ["PA"], (4, 8), (300, 1500), ["USD"], 1, S),
    ("701090", "Hand-blown reproduction onion bottles, new", "import", ["post"], ["US", "JM"], (15, 30), (1, 4), ["USD"], 1, S),
    ("970191", "Paintings by Havana street artists, acrylic, rolled", "import", ["post"], ["CU"], (30, 80), (1, 3), ["USD"], 2, S),
    ("680430", "Natural whetstones, new, boxed", "import", ["post"], ["JP", "US"], (30, 60), (1, 3), ["USD"], 2, S),
    ("691390", "Ilobasco clay miniatures, new", "import", ["post"], ["SV"], (15, 30), (1, 2), ["USD"], 10, S),
    ("691390", "Handmade ceramic fridge magnets, glazed", "import", ["post"], ["VC", "LC"], (20, 40), (1, 2), ["USD"], 20, S),
    ("870830", "Car brake master cylinders, new, boxed", "export", ["sea"], ["JM", "TT"], (8, 14), (1000, 4000), ["GBP", "EUR"], 0.5, S),
    ("851762", "4G/LTE routers for hotels, new", "export", ["air"], ["CW", "AW"], (60, 120), (100, 600), ["EUR"], 1, S),
    ("760429", "Aluminium yacht-mast sections, new, 11 m", "export", ["sea"], ["TR", "NO"], (8, 14), (1000, 4000), ["EUR"], 0.02, S),
    ("841490", "Turbocharger cartridges for marine engines, new", "export", ["sea"], ["PA", "HN"], (40, 80), (500, 3000), ["EUR"], 0.02, S),
    ("283620", "Dense soda ash, 25 kg bags, for glass and water treatment", "export", ["sea"], ["GY", "JM"], (0.3, 0.5), (18000, 24000), ["EUR"], 0.04, S),
    ("441510", "Empty cedar cigar boxes, for collectors", "export", ["post"], ["US", "CH"], (15, 30), (1, 3), ["EUR"], 2, S),
    ("842123", "Car fuel filters, universal, boxed", "export", ["sea"], ["GT", "HN"], (4, 8), (1000, 4000), ["EUR"], 2, S),
    ("691390", "Ceramic golden-frog figurines, El Valle souvenir", "import", ["post"], ["PA"], (15, 30), (1, 2), ["USD"], 10, S),
    ("151311", "Virgin coconut oil, 500 ml", "import", ["post"], ["NI", "DO"], (10, 18), (1, 4), ["USD"], 2, S),
    ("200899", "Tamarind paste, 250 g jars", "import", ["sea"], ["SR", "TH"], (2, 4), (2000, 6000), ["USD"], 4, S),
    ("392640", "Resin shark-jaw replicas, decorative", "import", ["express"], ["BZ", "US"], (20, 40), (1, 4), ["USD"], 1, S),
    ("440729", "Plantation Santa María (Calophyllum) sawn timber, kiln dried", "import", ["sea"], ["BZ", "CR"], (0.6, 1.0), (15000, 22000), ["USD"], None, S),
    ("410792", "Embossed cow leather, snake print, finished", "import", ["air"], ["IN", "BR"], (10, 20), (200, 800), ["USD"], 0.3, S),
    ("330129", "Amyris essential oil, drums", "import", ["air"], ["HT"], (40, 70), (180, 720), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows instead of
# blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950490", "Domino sets, double-six, melamine tiles, boxed", "import", ["sea"], ["CN", "IN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("540110", "Sewing thread, polyester, cones", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 8, N),
        ("950300", "Children's kites, nylon, with line", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 5, N),
        ("520710", "Embroidery floss, mercerised cotton, skeins", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 120, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind144", 20500301, HERE)


if __name__ == "__main__":
    main()
