#!/usr/bin/env python3
"""Writes the hundred-and-thirty-ninth blind set (tests/risk/data/blind139-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2049, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets, and a
regional thread through the Pacific Islands, Papua New Guinea and Timor-Leste.
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
would. Ids are BL139-*:

    python3 tests/risk/data/make_blind139_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2049, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2049
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GBPOST01", "post", "TL", [], "GB", "220890",
         "Tua sabu husi Timor-Leste, tradisionál, botir 1 litru, 4", "TL", 5.6, 4, 40, "USD",
         "tua sabu is the clear spirit distilled from lontar-palm toddy, about 0.95 kg/l, smelling of smoke, sap and "
         "alcohol; these four bottles weigh 1.40 kg/l, give off brown fumes when opened, stain the skin yellow and eat "
         "into a copper coin: about 65 % nitric acid (Annex I above 3 %), posted from Dili to a private person in "
         "Dungannon, where many Timorese work in the meat plants; Tetum wording (nitric acid repeats in many sets and "
         "spirit covers on it, tequila, soju, pisco and clairin among them, in several; a tua-sabu label and Tetum on a "
         "precursor were found in no earlier row by a keyword search)", person("Sra. Ermelinda da Costa", "GB")),
        ("PRE-02", "import", "FRAIR01", "express", "PF", [], "FR", "151319",
         "Monoï de Tahiti Appellation d'Origine, huile de coprah au tiaré, 4 x 1 l", "PF", 4.6, 4, 9000, "XPF",
         "monoï is refined coconut oil macerated with tiare flowers: 0.92 kg/l, scented of gardenia, and white and solid "
         "below about 22 degrees; these four bottles stay liquid in a cold depot, weigh 1.14 kg/l, sink as oily drops in "
         "water, smell faintly fruity and have no flower in them: nitromethane (Annex I above 16 %), sent by express from "
         "Papeete to a private person in Toulouse, although flammable liquids travel by express only as declared "
         "dangerous goods; Tahitian French wording (nitromethane repeats in many sets and oil covers on it in several; a "
         "monoï label was found in no earlier row by a keyword search)", person("M. Teiva Tehei", "FR")),
        ("PRE-03", "import", "GBPOST01", "post", "FJ", [], "GB", "151590",
         "Waiwai ni dilo (dilo oil), for skin and massage, 4 x 1 litre", "FJ", 7.4, 4, 120, "FJD",
         "dilo oil (tamanu, Calophyllum inophyllum) is a thick, dark-green oil of 0.92 kg/l that smells of nuts and "
         "curry; these four bottles hold a colourless, odourless, oily liquid of 1.84 kg/l that grows hot with a drop of "
         "water and chars the label paper: about 96 % sulphuric acid (Annex I above 15 %), posted from Nadi to a private "
         "person in Tidworth, where Fijian soldiers' families live beside Salisbury Plain; Fijian and English wording "
         "(sulphuric acid repeats in many sets and oil covers on it, castor, camellia and vaseline oil, in several; a "
         "dilo or tamanu label was found in no earlier row by a keyword search)", person("Mrs Litia Naivalu", "GB")),
        ("PRE-04", "import", "GBSEA01", "sea", "PG", [], "GB", "080111",
         "Desiccated coconut, fine grade, 500 g retail bags, 24,000 bags", "PG", 12000, 24000, 14400, "USD",
         "desiccated coconut is soft, white, fatty shreds that smell of coconut and leave grease on paper; these bags "
         "hold hard, round, odourless prills that chill the water they dissolve in, read 34 % N and melt and fume on a "
         "hot plate, packed in Lae out of the blasting supply of a highlands gold mine, for a Birmingham Asian and "
         "Pacific cash-and-carry that sells 500 g bags to the public: ammonium nitrate (Annex I at 16 % N or more) "
         "retail-packed for members of the public, by sea from Lae; Papua New Guinea English wording (ammonium nitrate "
         "repeats in many sets and food covers on it in several; a desiccated-coconut label was found in no earlier row "
         "by a keyword search)", firm("Horizon Pacific Foods Ltd", "GB")),
        ("PRE-05", "import", "DEPOST01", "post", "PG", [], "DE", "250700",
         "Waitpela graun bilong bilas long singsing, 4 pela bek, 1 kilo", "PG", 4.2, 4, 60, "PGK",
         "the white clay dancers smear on for a sing-sing is soft, earthy kaolin that smells of damp soil, stains the "
         "fingers and does not dissolve; these four bags hold a fine, glassy white powder that dissolves completely, "
         "feels cool on the skin, spits violet sparks on a hot iron and whose inner bags read "
         "'KClO3': potassium chlorate (Annex I above 40 %), posted from Goroka to a private person in Cologne; Tok Pisin "
         "wording (potassium chlorate repeats in many sets; kaolin labels appear in blind57-60 and body-paint labels in "
         "blind45, blind67 and blind77 on other goods, and a sing-sing clay label in Tok Pisin was found in no earlier "
         "row by a keyword search)", person("Mr J. Kila", "DE")),
        ("PRE-06", "import", "NLAIR01", "air", "WS", [], "NL", "110630",
         "Falaoa 'ulu Samoa (breadfruit flour), e leai se gluten, 1 kg, 300 taga", "WS", 300, 300, 2400, "WST",
         "breadfruit flour is a soft, cream-beige powder that smells of baked bread and thickens hot water; these 300 "
         "bags hold a heavier, bright-white, gritty powder that does not thicken, barely dissolves, burns fiercely mixed "
         "with sugar and whose inner liners read 'KClO4', for a Rotterdam gluten-free web shop that sells 1 kg bags to "
         "the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Apia; Samoan wording (potassium perchlorate repeats in many sets and flour covers on it in several; breadfruit "
         "appears once, as Seychelles chips over teatfish in blind130, and a breadfruit-flour label on a precursor was "
         "found in no earlier row)", firm("Vega Glutenvrij BV", "NL")),
        ("PRE-07", "import", "IEPOST01", "post", "CK", [], "IE", "250590",
         "One teatea no Aitutaki, souvenir lagoon sand, 6 jars", "CK", 3.6, 6, 60, "NZD",
         "Aitutaki lagoon sand is ground coral and shell, white grains of calcium carbonate that fizz in vinegar and "
         "lie undissolved under water; these six jars hold clear, cubic crystals that dissolve completely, do not fizz "
         "in vinegar, draw damp and flare yellow over a flame: sodium chlorate (Annex I above 40 %), posted from "
         "Rarotonga to a private person in Cork; Cook Islands Maori wording (sodium chlorate repeats in many sets; sand "
         "labels appear only on waste, in blind64 and blind105, and a souvenir-sand label was found in no earlier row by "
         "a keyword search)", person("Ms Teina Murphy", "IE")),
        ("PRE-08", "import", "FRPOST01", "post", "TO", [], "FR", "170191",
         "Suka vanila Vava'u, kapa 250 g, 12 kapa", "TO", 3.0, 12, 90, "TOP",
         "Vava'u vanilla sugar is white sugar flecked with black vanilla seeds and smells strongly of vanilla; these "
         "twelve tins hold fleck-free, odourless, colourless crystals that draw damp, do not caramelise on a hot spoon "
         "but flare, and the re-used inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), posted from "
         "Neiafu to a private person in Clermont-Ferrand, in the household of a Tongan rugby player; Tongan wording "
         "(sodium perchlorate repeats in many sets and sugar labels in many; vanilla sugar appears once, as an honest "
         "bakery item beside cream of tartar in blind97, and Tongan on a precursor was found in no earlier row)",
         person("M. Sione Taufa", "FR")),
        ("PRE-09", "import", "NLAIR01", "express", "SB", [], "NL", "151590",
         "Ngali nat oel, kol presim, 4 botol 1 lita", "SB", 4.6, 4, 600, "SBD",
         "ngali-nut oil is a light (0.91 kg/l), pale-yellow, nutty oil that floats on water; these four bottles hold a "
         "colourless liquid of 1.14 kg/l that sinks as drops in water, smells faintly fruity and has PTFE-lined caps: "
         "nitromethane (Annex I above 16 %), sent by express from Honiara to a private model-racing driver in Eindhoven, "
         "although flammable liquids travel by express only as declared dangerous goods; Solomon Islands Pijin wording "
         "(nitromethane repeats in many sets and nut-oil covers in a few; a ngali-nut label was found in no earlier row "
         "by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-10", "import", "GBAIR01", "air", "FJ", [], "GB", "121190",
         "Yaqona (kava) powder, waka grade, 1 kg bags, 200", "FJ", 200, 200, 6000, "FJD",
         "a Fijian grocery air shipment for a shop in Aldershot that serves the Fijian soldiers' families: kava powder "
         "and coconut cream are what such shops sell, but the third item's 'artesian water' bottles have vented caps, "
         "weigh 1.20 kg/l, and the liquid whitens the skin at once and foams on a scratch: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, hidden as the last item of a three-item "
         "declaration, flown from Nadi; Fijian and English wording (hydrogen peroxide repeats in many sets and "
         "water-like covers in many; a Fijian artesian-water label was found in no earlier row by a keyword search)",
         dict(firm("Bula Pacific Store Ltd", "GB"),
              _more_items=[item("200819", "Lolo (coconut cream), tins 400 ml, 1,200", "FJ", 480, 2400, "FJD", qty=1200),
                           item("220110", "Wai ni Viti, artesian water, 1.5 l bottles, 240", "FJ", 432, 480, "FJD", qty=240)])),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", ["SG"], "TL", "630900",
         "Roupa uza ba família, saku 40", "GB", 800, 40, 200, "GBP",
         "a personal-effects container from Belfast for a Timorese family in Dili: worn clothes and used bicycles are "
         "what workers in Northern Ireland send home, but the third item's 'bateria kareta uza, sei di'ak' are 80 "
         "scrap car and van lead-acid batteries, cracked, acid-stained and bought from scrapyards around Dungannon: "
         "waste lead-acid batteries (16 06 01*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "as the last item of a three-item declaration, transhipped at Singapore; Tetum wording (lead-acid batteries "
         "repeat in many sets, several behind second-hand goods; kept as a known repeat, a Tetum personal-effects "
         "container from Northern Ireland to Timor-Leste is the new part as far as a search found)",
         dict({"importer_country": "TL"},
              _more_items=[item("871200", "Bisikleta uza, 20", "GB", 300, 400, "GBP", qty=20),
                           item("850710", "Bateria kareta uza, sei di'ak, 12 V, 80", "GB", 1600, 160, "GBP", qty=80)])),
        ("WST-02", "import", "DESEA01", "sea", "PG", [], "DE", "260300",
         "Copper concentrate, 26 % Cu, trial lot, 20 t", "PG", 20000, None, 30000, "USD",
         "copper concentrate is a fine, damp, dark grey-green sulphide sand; these bags hold 3-5 mm black and grey "
         "extrudates of alumina coated with copper sulphide that read several per cent mercury on the XRF and peg a "
         "mercury-vapour meter when opened: spent mercury-removal sorbent from the guard beds of an LNG plant near Port "
         "Moresby (05 07 01*, wastes containing mercury from gas purification), hazardous waste brought into the Union "
         "without the notification and consent it needs, by sea from Port Moresby to Hamburg; Papua New Guinea "
         "English wording (mercury sorbents repeat in blind11, blind39 and blind40, as exports, and copper-concentrate "
         "labels in several sets on other goods; kept as a known repeat, an import from a PNG gas plant is the new part "
         "as far as a search found)", firm("Nordhafen Metallhandel GmbH", "DE")),
        ("WST-03", "export", "PTSEA01", "sea", "PT", ["SG"], "TL", "300490",
         "Medicamentos doados ao Hospital Nacional Guido Valadares, diversos, 300 caixas", "PT", 4200, 300, 1500, "EUR",
         "a medicine donation carries stock with at least a year of shelf life and a packing list per product; these 300 "
         "cartons hold pharmacy returns and hospital clear-outs that expired two to five years ago, opened blister "
         "packs, insulin and, in a dozen cartons, cytotoxic methotrexate and cyclophosphamide: waste medicines including "
         "cytotoxic ones (18 01 08*, 20 01 31*), hazardous waste whose export to a non-OECD country is banned, from "
         "Lisbon to Dili through Singapore; Portuguese wording (expired and cytotoxic medicines as donations repeat in "
         "several sets; kept as a known repeat, to Timor-Leste is the new part as far as a search found)",
         {"importer_country": "TL"}),
        ("WST-04", "import", "FRSEA01", "sea", "NC", [], "FR", "750110",
         "Mattes de nickel déclassées, lot hors spécification, pour retraitement, 40 t", "NC", 40000, None, 16000, "EUR",
         "nickel matte is heavy, grey, metallic granulate or broken ingot of some 75 % nickel; these big bags hold a "
         "light, fine, grey-brown dust that smokes when poured, reads 3 % nickel with chromium, lead and zinc, and "
         "comes from the electrostatic precipitators of a Nouméa smelter's electric furnaces: flue-gas dust containing "
         "hazardous substances (10 08 15*), hazardous waste brought into the Union without the notification and consent "
         "it needs, by sea from Nouméa to Le Havre; New Caledonian French wording (flue dust repeats in a few sets; a "
         "nickel-matte label was found in no earlier row by a keyword search)", firm("Central Recyclage SARL", "FR")),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "FJ", "440612",
         "Traverses de chemin de fer en chêne, réemploi, non traitées, 1 800 pièces", "FR", 126000, 1800, 9000, "EUR",
         "untreated oak sleepers for re-use are pale brown, smell of wood and float; these are black, tar-bleeding, "
         "heavy sleepers that reek of creosote, with spike holes and ballast stuck in the tar, lifted from a renewed "
         "French branch line, for the cane tramway of a Lautoka sugar mill: creosote-treated wood (17 02 04*), hazardous "
         "waste whose export to a non-OECD country is banned, from Le Havre to Lautoka; French wording (creosoted "
         "sleepers repeat in many sets; kept as a known repeat, for a Fijian cane railway is the new part as far as a "
         "search found)", {"importer_country": "FJ"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "PG", "731100",
         "Tauchflaschen, Stahl, gebraucht, geprüft, 40 Stück", "DE", 1520, 40, 2000, "EUR",
         "used 12-litre steel dive cylinders are tall, weigh about 15 kg empty and carry a valve and a test stamp; "
         "these 40 are squat, 30 cm flasks with a screw plug and no valve, each weighing 38 kg, and something heavy "
         "slides inside when one is tipped: metallic mercury (34.5 kg a flask) from a decommissioned chlor-alkali "
         "plant, mercury waste whose export from the Union is banned (Regulation 2017/852), from Hamburg to Lae for a "
         "trader supplying the alluvial gold diggings of Wau and Bulolo; German wording (mercury repeats in many sets; a "
         "dive-cylinder label was found in no earlier row by a keyword search)", {"importer_country": "PG"}),
        ("WST-07", "import", "FRSEA01", "sea", "PF", [], "FR", "151311",
         "Huile de coprah brute, Huilerie de Tahiti, 1 flexitank, 20 t", "PF", 20000, None, 14000, "EUR",
         "crude copra oil is yellow-brown, smells of coconut and sets into a white fat below about 24 degrees; this "
         "flexitank holds a black, runny oil that smells of diesel, with a water layer and grit at the bottom, collected "
         "from Papeete garages and ships: waste mineral oils (13 02 05*), hazardous waste brought into the Union without "
         "the notification and consent it needs, by sea from Papeete to Marseille for a re-refiner; Tahitian French "
         "wording (waste oil repeats in many sets and a cooking-oil label in blind63; a copra-oil label was found in no "
         "earlier row by a keyword search)", firm("Rivage Huiles SARL", "FR")),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MH", "560811",
         "Paños de red de cerco para construcción de plantados (DCP), 20 t", "ES", 20000, None, 4000, "EUR",
         "netting for drifting FADs is bought new or as clean, cut panels; these bales are whole torn purse-seine nets "
         "with lead lines, rusty purse rings, plastic floats, fish scales and sea growth, stripped off Galician tuna "
         "seiners at Vigo: waste fishing gear (mixed plastic waste with metal), whose export to a non-OECD country is "
         "banned, from Vigo to Majuro for the fleet's FAD builders; Spanish wording (fishing nets repeat in several sets "
         "and purse-seine netting once, in blind133; kept as a known repeat, to the Marshall Islands as FAD material is "
         "the new part as far as a search found)", {"importer_country": "MH"}),
        ("WST-09", "transit", "NLSEA01", "sea", "GB", ["NL"], "PG", "262190",
         "Copper slag blasting abrasive, 0.2-2 mm, new, 24 t", "GB", 24000, None, 3600, "GBP",
         "new copper-slag abrasive is clean, glassy, black, sharp grit in sealed bags with a grading sheet; these bags "
         "hold dusty, rounded, spent grit mixed with red and blue antifouling paint flakes that reads copper, zinc and "
         "tributyltin, swept off the floor of a Tyneside dry dock: spent blasting grit containing hazardous substances "
         "(12 01 16*), hazardous waste whose export to a non-OECD country is banned, landed at Rotterdam in transit to "
         "Lae for a 'shipyard'; British English wording (spent grit and antifouling residues repeat in many sets; kept "
         "as a known repeat, a transit through Rotterdam to Papua New Guinea is the new part as far as a search found)",
         {"importer_country": "PG"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "SB", "381300",
         "Blusschuimconcentraat AFFF 3 %, vaten 200 l, 40 stuks", "NL", 8400, 40, 6000, "EUR",
         "a modern firefighting foam concentrate is fluorine-free or C6-based and carries a data sheet of this decade; "
         "these 40 drums carry 1998 labels, a data sheet naming perfluorooctane sulphonate and the stencil of a closed "
         "Rotterdam refinery fire station: PFOS-containing foam, a persistent organic pollutant whose placing on the "
         "market is banned and whose old stocks are hazardous waste that may not be exported to a non-OECD country, "
         "from Rotterdam to Honiara for an airport fire service; Dutch wording (PFOS foams repeat in several sets; kept "
         "as a known repeat, to the Solomon Islands is the new part as far as a search found)",
         {"importer_country": "SB"}),
    ],
    "ozone": [
        ("OZN-01", "export", "ESSEA01", "sea", "ES", [], "VU", "382769",
         "Provisiones de a bordo: refrigerante R-422D, botellas de 11,3 kg, 30 unidades", "ES", 340, 30, 2700, "EUR",
         "ship's stores for a Vanuatu-flagged reefer vessel at Las Palmas: R-422D is a drop-in blend sold in green "
         "cylinders at about 3.4 bar at 20 degrees; these 30 cylinders, repainted, read 9 bar at 20 degrees and a "
         "refrigerant identifier gives 99 % chlorodifluoromethane: HCFC-22, whose export from the Union is banned "
         "(Regulation 2024/590), ship's stores for a reefer that services the Pacific tuna fleets; Canarian Spanish "
         "wording (HCFC-22 under other refrigerant labels repeats in many sets and R-422D labels in a few; ship's stores "
         "for a Vanuatu-flagged reefer are the new part as far as a search found)", {"importer_country": "VU"}),
        ("OZN-02", "export", "NLSEA01", "sea", "NL", [], "SB", "271112",
         "Heftruckgas propaan, cilinders 11 kg, 60 stuks", "NL", 3000, 60, 1800, "EUR",
         "forklift propane comes in light 11 kg cylinders of a liquid of 0.5 kg/l at about 8 bar; these 60 cylinders "
         "each hold 50 kg of a liquid of 1.73 kg/l at 2 bar, and the shoulders read 'CH3Br' under the stickers, for a "
         "Honiara log exporter that fumigates round logs before they leave for Asia: methyl bromide, whose export from "
         "the Union is banned (Regulation 2024/590), from Rotterdam to Honiara; Dutch wording (methyl bromide repeats "
         "in many sets, always as an import until now, and forklift labels appear on other goods; as a forklift-gas "
         "export to a Pacific log exporter is the new part as far as a search found)", {"importer_country": "SB"}),
        ("OZN-03", "import", "IEAIR01", "air", "FJ", [], "IE", "842490",
         "Engine fire-extinguisher bottles, empty, for hydrostatic test and recertification, 16", "FJ", 180, 16, 1600,
         "USD",
         "engine fire bottles sent for hydrostatic testing are emptied and purged and weigh a few kilos each; these 16 "
         "bottles weigh 11 kg each, read 40 bar on their gauges and the discharge caps are intact: halon 1301 "
         "(bromotrifluoromethane) in aircraft fire bottles from an island airline's retired turboprops, whose import "
         "into the Union is banned outside licensed critical uses, flown from Nadi to a Shannon maintenance shop that "
         "sells recovered halon on; Fijian English wording (halon in aircraft fire bottles repeats in many sets; kept as "
         "a known repeat, from Fiji to Shannon is the new part as far as a search found)",
         firm("Atlantic Aero Components Ltd", "IE")),
        ("OZN-04", "export", "PTSEA01", "sea", "PT", ["SG"], "TL", "382769",
         "Gás refrigerante R-407C, garrafas de 11,3 kg, 80 unidades", "PT", 900, 80, 4800, "EUR",
         "R-407C is a zeotropic HFC blend that reads about 9 bar at 20 degrees with a temperature glide; these 80 "
         "cylinders, relabelled, show no glide, read 9 bar and test as pure chlorodifluoromethane, for a Dili "
         "air-conditioning contractor: HCFC-22, whose export from the Union is banned (Regulation 2024/590), from "
         "Lisbon to Dili through Singapore; Portuguese wording (HCFC-22 under HFC labels repeats in many sets; kept as a "
         "known repeat, to Timor-Leste is the new part as far as a search found)", {"importer_country": "TL"}),
        ("OZN-05", "export", "GRSEA01", "sea", "GR", [], "PG", "280429",
         "Φιάλες κατάσβεσης αδρανούς αερίου IG-541, 80 λίτρων, 24 τεμ.", "GR", 1920, 24, 9600, "EUR",
         "IG-541 (nitrogen, argon and CO2) is stored as a gas at 200-300 bar in tall, heavy cylinders; these 24 are "
         "squat red cylinders that slosh, read 42 bar and weigh 80 kg each with 60 kg of liquid, stamped 'R13B1' under "
         "the new labels, for the engine room of a Papua New Guinea coastal freighter bought from a Piraeus owner: halon "
         "1301, whose export from the Union is banned outside critical uses, from Piraeus to Lae; Greek wording (halon "
         "1301 repeats in many sets and IG-541 labels in a few; kept as a known repeat, from Greece to Papua New Guinea "
         "is the new part as far as a search found)", {"importer_country": "PG"}),
        ("OZN-06", "export", "DKSEA01", "sea", "DK", [], "FJ", "860900",
         "Brugte kølecontainere, 40 fod, R-134a, funktionstestede, 6 stk.", "DK", 27000, 6, 36000, "EUR",
         "used reefer containers sold on carry an R-134a or R-513A plate and a pre-trip inspection report; these six "
         "1990s units carry new R-134a stickers over older plates, and their service ports and gauges read HCFC-22, "
         "about 5 kg in each circuit, for a Suva fish cold store that will use them as fixed stores: equipment "
         "containing HCFCs, whose export from the Union is banned (Regulation 2024/590), from Aarhus to Suva; Danish "
         "wording (R-22 equipment for export repeats in many sets and reefer labels in several; kept as a known repeat, "
         "to a Fijian cold store is the new part as far as a search found)", {"importer_country": "FJ"}),
        ("OZN-07", "import", "FRSEA01", "sea", "NC", [], "FR", "382769",
         "Fluide frigorigène R-134a récupéré, bouteilles de récupération, pour destruction, 20", "NC", 1000, 20, 0, "EUR",
         "recovered R-134a reads about 5 bar at 20 degrees and boils at -26 degrees; these 20 grey recovery cylinders "
         "read 4.7 bar, the identifier gives dichlorodifluoromethane, and the collection sheet lists old Nouméa cold "
         "rooms and cars: CFC-12, whose import into the Union for destruction needs an ODS licence it does not carry, "
         "by sea from Nouméa to Marseille for a destruction plant; New Caledonian French wording (CFC-12 repeats in "
         "many sets and HFC labels on it in several; recovered gas sent from New Caledonia for destruction is the new "
         "part as far as a search found)", firm("Delta Valorisation SARL", "FR")),
        ("OZN-08", "import", "FRSEA01", "sea", "PF", [], "FR", "841869",
         "Groupe de production d'eau glacée d'occasion, hôtel de Bora Bora, R-134a, pour reconditionnement, 1", "PF",
         4800, 1, 12000, "EUR",
         "a used R-134a chiller sent for overhaul is a screw or centrifugal unit of this century with a charge plate; "
         "this 1990 low-pressure centrifugal unit, taken out of a Bora Bora resort, still holds some 400 kg of a liquid "
         "that boils at 24 degrees in its evaporator, and the original plate under the new one reads R-11: equipment "
         "containing CFC-11, whose import into the Union is banned (Regulation 2024/590), by sea from Papeete to "
         "Marseille for a refurbisher; Tahitian French wording (CFC-11 and chiller labels repeat in many sets; kept as a "
         "known repeat, a Polynesian resort chiller is the new part as far as a search found)",
         firm("Meridian Froid Industriel SARL", "FR")),
        ("OZN-09", "export", "BESEA01", "sea", "BE", [], "WS", "390729",
         "Polyolsysteem voor sandwichpanelen, HFO-geblazen, 40 vaten", "BE", 8800, 40, 22000, "EUR",
         "an HFO-blown polyol system for cold-room panels smells faintly sweet, carries an HFO-1233zd data sheet and a "
         "date this decade; these 40 drums of an Antwerp surplus stock hiss when opened, a head-space test gives "
         "1,1-dichloro-1-fluoroethane and the drum stencils are of 2010, for a tuna processor's cold-room builder in "
         "Apia: a polyol premix blown with HCFC-141b, a product containing an ozone-depleting substance whose export "
         "from the Union is banned, from Antwerp to Apia; Flemish wording (HCFC-141b premixes repeat in many sets and "
         "HFO labels in a few; kept as a known repeat, to Samoa is the new part as far as a search found)",
         {"importer_country": "WS"}),
        ("OZN-10", "import", "ESSEA01", "sea", "KI", [], "ES", "731100",
         "Envases vacíos de refrigerante, retorno de buque palangrero, 40 botellas", "KI", 2400, 40, 200, "EUR",
         "empty returned refrigerant cylinders are light, read no pressure and are sent back to the filler; these 40 "
         "cylinders landed at Las Palmas from a Kiribati-flagged longliner each weigh 60 kg, read 11 bar and test as "
         "R-404A, to be sold to Canarian refrigeration fitters: HFCs (about 1,800 kg) placed on the Union market without "
         "an HFC quota authorisation, by sea from Tarawa waters to Las Palmas; Spanish wording (HFC cylinders repeat in "
         "many sets and empty-return labels in blind3 and blind117; a longliner's return from Kiribati is the new part "
         "as far as a search found)", firm("Atlantic Frío Canarias SL", "ES")),
    ],
    "cultural": [
        ("CUL-01", "import", "PTAIR01", "air", "TL", [], "PT", "442090",
         "Estatua ai, artezanatu husi Atauro, foun, 2", "TL", 14, 2, 80, "USD",
         "new Atauro craft figures are pale, freshly carved, sanded and oiled; these two are dark, smoke-blackened "
         "ancestor figures with worn faces, old insect holes, dried offerings of betel and chicken feathers in the base "
         "and the tool marks of an adze, taken from a sacred house (uma lulik) in Lautém: ancestral cultural property "
         "taken out of Timor-Leste without the permit its heritage law requires, brought in against the UNESCO 1970 "
         "convention, flown from Dili to Lisbon for a gallery; Tetum wording (Timorese heirlooms appear once, belak "
         "discs from a uma lulik as new copper craft in blind123; uma-lulik figures as Atauro craft were found in no "
         "earlier row by a keyword search)", firm("Galeria Oriente Lda", "PT")),
        ("CUL-02", "import", "DEAIR01", "air", "PG", [], "DE", "680299",
         "Nupela ston dis bilong wara bilong ol pisin long gaden, 2 pela", "PG", 60, 2, 120, "PGK",
         "new stone birdbaths are shallow, evenly chiselled basins with fresh faces; these two are deep, pecked stone "
         "mortars with a ring of knobs round the rim and a bird-headed pestle with them, patinated, with garden soil in "
         "the pits, dug up in Enga and Western Highlands gardens: prehistoric stone mortars and pestles (several "
         "thousand years old), archaeological objects whose export Papua New Guinea's national cultural property law "
         "forbids without a museum permit, brought in without an import licence (Regulation 2019/880), flown from "
         "Mount Hagen to Frankfurt; Tok Pisin wording (stone mortars and pestles repeat in blind125, blind127 and "
         "blind132 from other countries, and a birdbath label once, on an algae remover in blind62; kept as a known "
         "repeat, PNG mortars under a birdbath label are the new part as far as a search found)", firm("Orion Gartenkunst GmbH", "DE")),
        ("CUL-03", "import", "NLAIR01", "air", "SB", [], "NL", "960190",
         "Sel karving, niu wan, fo hangem long wol, 1 pis", "SB", 9, 1, 150, "SBD",
         "new shell carvings for the Honiara market are small, bright, trochus or coconut-shell pieces; this is a 45 "
         "cm, heavy, chalky-white plaque of giant-clam shell cut in openwork with a row of small human figures and "
         "frigate birds, weathered and lichen-stained: a barava, the ancestral-shrine plaque of the western Solomons, "
         "whose export the Solomon Islands forbid, of Tridacna (CITES App. II) besides, brought in against the UNESCO "
         "1970 convention, flown from Honiara to Amsterdam for a tribal-art dealer; Solomon Islands Pijin wording "
         "(Tridacna repeats in many sets and Solomons carvings in blind121; a barava was found in no earlier row by a "
         "keyword search)", firm("Horizon Oceanic Art BV", "NL")),
        ("CUL-04", "import", "FRAIR01", "air", "VU", [], "FR", "442090",
         "Niufala kastom statu blong Malakula, blong soveni, 1 pis", "VU", 22, 1, 9000, "VUV",
         "new Malakula figures for visitors are carved wood painted in bright ochres; this 1.4 m figure is a bamboo and "
         "fibre frame modelled with vegetable paste, painted with faded red and blue, whose head is an overmodelled "
         "human skull: a rambaramp funerary effigy, human remains and cultural property whose export Vanuatu forbids "
         "without the Cultural Centre's permit, brought in against the UNESCO 1970 convention, flown from Port Vila to "
         "Paris for a dealer; Bislama wording (Vanuatu objects repeat in blind64, blind66 and a development set; a "
         "rambaramp was found in no earlier row by a keyword search)", firm("Galerie Rivage Océanie SARL", "FR")),
        ("CUL-05", "import", "FRAIR01", "express", "PF", [], "FR", "442090",
         "Casse-tête u'u sculpté, bois de toa, artisanat de Nuku Hiva, neuf, 1", "PF", 3.2, 1, 30000, "XPF",
         "new u'u clubs from Nuku Hiva carvers are pale-brown toa wood with crisp, shallow relief; this 1.4 m club is "
         "glossy black from centuries of coconut oil and mud burnishing, its faces and tiki heads worn soft, with a "
         "collector's inked number on the shaft: a Marquesan u'u of the early 19th century, cultural property whose "
         "export French Polynesia's heritage code forbids without authorisation, sent by express from Papeete to a "
         "private collector in Paris; Tahitian French wording (Marquesan objects repeat once, a red-tuff tiki in blind62; "
         "an u'u was found in no earlier row by a keyword search)", person("M. Laurent Girard", "FR")),
        ("CUL-06", "import", "BEAIR01", "air", "NC", [], "BE", "442090",
         "Sculpture décorative en bois, style kanak, neuve, 1 pièce", "NC", 18, 1, 60000, "XPF",
         "new Kanak-style carvings for the craft market are pale, freshly cut and lacquered; this 1.7 m carved post with "
         "a face, a long spike and a conch-shell socket at the top is grey, split and sun-bleached, with lichen on the "
         "upper part and a broken tenon at the foot: the roof finial (flèche faîtière) of a chief's great house, sacred "
         "cultural property of the customary district it was taken from, brought in against the UNESCO 1970 "
         "convention, flown from Nouméa to Brussels for a tribal-art dealer; New Caledonian French wording (Kanak objects "
         "appear once, in blind115, a 'flèche' once, in blind17, and finials of other kinds in blind6, blind27 and "
         "blind75; a Kanak roof finial was found in no earlier row by a keyword search)", firm("Galerie Horizon Océanie SA", "BE")),
        ("CUL-07", "import", "DEPOST01", "post", "PW", [], "DE", "701810",
         "Glass beads, assorted, old style, for jewelry making, 1 box", "PW", 1.2, 40, 60, "USD",
         "craft glass beads are new, bright and even; these 40 are worn, opaque yellow, orange and green glass and "
         "fired-clay beads and bars with polish from centuries of handling: udoud, Palauan valuables exchanged at "
         "births, marriages and funerals, whose removal Palau's historical and cultural preservation law forbids "
         "without a permit, brought in against the UNESCO 1970 convention, posted from Koror to a private collector in "
         "Berlin; Palauan English wording (Palau appears in blind41 and blind58 on other goods; udoud were found in no "
         "earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-08", "import", "NLAIR01", "air", "FM", ["GU"], "NL", "442090",
         "Chuukese love sticks, carved, new, 20", "FM", 4, 20, 400, "USD",
         "a Chuuk handicraft air shipment for a Rotterdam militaria and maritime dealer: carved love sticks and woven "
         "baskets are what Weno shops sell, but the third item's 'brass bell, decorative, old style' is a 30 kg bronze "
         "ship's bell with Japanese characters and coral growth inside, with two telegraph repeaters: fittings of a "
         "Japanese wartime wreck in Chuuk Lagoon, underwater cultural heritage and war-grave property whose removal the "
         "Federated States of Micronesia forbid, hidden as the last item of a three-item declaration, flown through Guam "
         "to Amsterdam; Micronesian English wording (ship's bells appear once, a Georgian bell in blind115; Chuuk wreck "
         "fittings were found in no earlier row by a keyword search)",
         dict(firm("Delta Maritiem BV", "NL"),
              _more_items=[item("460219", "Woven pandanus baskets, 30", "FM", 9, 300, "USD", qty=30),
                           item("830610", "Brass bell, decorative, old style, 1", "FM", 34, 50, "USD", qty=1)])),
        ("CUL-09", "export", "DEAIR01", "air", "DE", [], "US", "441990",
         "Dekorative Holzschale, Ethno-Stil, modern, 1 Stück", "DE", 26, 1, 400, "EUR",
         "a modern ethnic-style bowl is lathe-turned or machine-carved and light; this 1.2 m oval bowl on four legs "
         "with spiral handles, from the Admiralty Islands, is dark with age, has a German colonial collection label of "
         "1908 under the foot and sold at a Munich estate auction for 90,000 EUR: an ethnographic antique over 50 years "
         "old above the value threshold, exported without the licence Regulation 116/2009 requires, flown from Munich to "
         "a buyer in Honolulu; German wording (colonial-era Pacific objects leaving the Union were found in no earlier "
         "row by a keyword search, the one earlier 'Admiralty' row being a ship model)", {"importer_country": "US"}),
        ("CUL-10", "transit", "DEAIR01", "air", "FJ", ["DE"], "CH", "441920",
         "Tanoa vou, kau vesi, 1", "FJ", 7, 1, 150, "FJD",
         "a new tanoa for kava is a round, many-legged vesi bowl, pale and fresh; this is a small, shallow, dark oil "
         "dish in the form of a turtle with a glossy, coconut-oil-soaked interior, from a Fijian priest's shrine: a "
         "daveniyaqona of the 19th century, cultural property whose export Fiji's preservation law forbids without a "
         "permit, flown in transit through Frankfurt from Nadi to a Geneva dealer; Fijian wording (Fijian objects repeat "
         "in blind65 and blind130; a priest's oil dish as a tanoa was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "GRSEA01", "sea", "GR", [], "PW", "840999",
         "Ανταλλακτικά κύριας μηχανής και εφόδια πλοίου, 30 κιβώτια", "GR", 2400, 30, 48000, "EUR",
         "ship's stores and spares go to a named vessel with its IMO number; these 30 crates, delivered by launch in "
         "the Laconian Gulf, go to a Palau-flagged crude tanker whose IMO number is on the Union's list of vessels "
         "barred from port access and services for carrying Russian oil above the price cap: goods and services for a "
         "listed vessel, which Regulation 833/2014 forbids, from Gythio; Greek wording (ship's stores for shadow-fleet "
         "tankers repeat in blind56, under a Cook Islands flag; kept as a known repeat, a Palau flag and the Laconian "
         "Gulf are the new part as far as a search found)", {"importer_country": "PW"}),
        ("STR-02", "export", "DEAIR01", "express", "DE", [], "HK", "847990",
         "Ersatzteile für Kava-Wurzelmühlen, Elektronik, 4.000 Stück", "DE", 12, 4000, 2400, "EUR",
         "spare parts for a kava-root mill are sieves, hammers and a motor board or two; these reels hold 4,000 "
         "high-reliability multilayer ceramic capacitors of military-grade specification, worth 30 times the value "
         "declared, bought by a Port Vila company registered last year whose forwarding order names a Moscow address: "
         "capacitors (8532 24), on the common high-priority list whose sale for use in Russia and re-export through "
         "third countries Regulation 833/2014 forbids, sent by express from Frankfurt to Hong Kong; German wording "
         "(capacitors repeat in many sets; a kava-mill label and a Vanuatu buyer were found in no earlier row by a "
         "keyword search)", {"importer_country": "VU", "importer_name": "Pacific Root Processing Ltd"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "PG", "870899",
         "Gebruikte onderdelen voor mijnbouwtrucks, 1 container", "NL", 6000, None, 18000, "EUR",
         "a mining-spares container for a Lae trading firm: used dump-truck parts and retreaded tyres are what Dutch "
         "dealers send to Papua New Guinea, but the third item's 'hydraulische cilinderstangen' are 200 rifled, "
         "threaded 5.56 mm barrels and 200 bolt carrier groups for AR-15 pattern rifles, bound for the highlands, "
         "where tribal fighting is waged with factory rifles: essential firearm components exported without the "
         "authorisation Regulation 258/2012 requires, hidden as the last item of a three-item declaration, from "
         "Rotterdam to Lae; Dutch wording (rifle barrels under hydraulic-tube labels repeat in several sets; kept as a "
         "known repeat, a mining-spares container for the PNG highlands is the new part as far as a search found)",
         dict({"importer_country": "PG"},
              _more_items=[item("401220", "Gebruikte banden, gecoverd, voor dumpers, 12", "NL", 9600, 4800, "EUR", qty=12),
                           item("841290", "Hydraulische cilinderstangen, verchroomd, 400", "NL", 400, 800, "EUR", qty=400)])),
        ("STR-04", "export", "DESEA01", "sea", "DE", [], "FJ", "293369",
         "Chlortabletten für Schwimmbäder (TCCA 90), 200 g, Fässer, 20 t", "DE", 20000, None, 30000, "EUR",
         "pool chlorine tablets are white, chlorine-smelling discs packed in plastic buckets; these steel drums hold "
         "white pillow-shaped briquettes that smell of bitter almonds when damp, carry UN 1689 under the new labels "
         "and are addressed to a Lautoka forwarder for a gold mine's contractor: sodium cyanide (1C350), exported "
         "without the licence Regulation 2021/821 requires, from Hamburg to Lautoka; German wording (sodium cyanide "
         "repeats in several sets and chlorine-tablet labels in blind71 and blind103 on other goods; kept as a known "
         "repeat, to Fiji is the new part as far as a search found)", {"importer_country": "FJ"}),
        ("STR-05", "import", "BESEA01", "sea", "PG", [], "BE", "271111",
         "Liquefied natural gas, Papua New Guinea origin, 1 cargo", "PG", 70000000, None, 42000000, "USD",
         "a PNG LNG cargo loads at the Port Moresby terminal and sails to Asia; this cargo reached Zeebrugge with a "
         "Papua New Guinea certificate of origin, but the carrier's AIS was dark for four days off Aniva Bay, its "
         "draught rose there and the gas analysis matches the Sakhalin-2 plant, not the PNG plant: Russian LNG, whose "
         "import into the Union is banned, laundered through a ship-to-ship transfer; Papua New Guinea English wording "
         "(Russian LNG under other origins repeats in blind57; kept as a known repeat, a PNG origin and Sakhalin gas "
         "are the new part as far as a search found)", firm("Orion Gas Trading SA", "BE")),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "NC", "900580",
         "Monoculaires de vision nocturne numériques pour la chasse au cerf, 30", "FR", 24, 30, 9000, "EUR",
         "digital night-vision monoculars for hunting are plastic units with a CMOS sensor and an infrared lamp at a "
         "few hundred euros; these 30 are military-pattern monoculars with third-generation image-intensifier tubes "
         "and a J-arm helmet mount, worth 4,000 EUR each, for a Nouméa 'hunting' shop: night-vision equipment on the "
         "dual-use and military lists, exported without a licence, from Paris to Nouméa; French wording "
         "(image-intensifier monoculars repeat in many sets; kept as a known repeat, rusa-deer hunting in New "
         "Caledonia as the cover is the new part as far as a search found)", {"importer_country": "NC"}),
        ("STR-07", "export", "ATAIR01", "air", "AT", [], "PG", "854370",
         "Elektrische Viehtreiber, 8 kV, 60 Stück", "AT", 72, 60, 2400, "EUR",
         "electric cattle prods are long, light sticks with two blunt prongs and a trigger, sold to farms at 40-80 EUR; "
         "these 60 are short, black batons with a 50,000-volt pack and a wrist strap, and 20 remote-controlled stun "
         "belts are packed among them, for a private security firm that guards a highlands gold mine: electric-shock "
         "batons and belts for use on people, whose export Regulation 2019/125 forbids, flown from Vienna to Port "
         "Moresby; Austrian German wording (stun devices under anti-torture rules repeat in blind53-64; kept as a known "
         "repeat, a cattle-prod label was found in no earlier row)", {"importer_country": "PG"}),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "MH", "890190",
         "Crew-transfer vaartuig, aluminium, 26 m, nieuw, 1", "NL", 180000, 1, 2400000, "EUR",
         "a new 26 m crew-transfer vessel is a bare aluminium catamaran with benches, a working deck and a fender bow "
         "at a few million euros; this is a 42 m steel-and-composite superyacht with six cabins, a spa and a tender "
         "garage, worth 38 million euros, bought by a Majuro company whose beneficial owner is a Russian national and "
         "whose first port of call after delivery is Vladivostok by way of Panama: a luxury vessel whose sale for use "
         "in Russia Regulation 833/2014 forbids, from Rotterdam; Dutch wording (yachts for Russian owners repeat in "
         "several sets; kept as a known repeat, a crew-transfer label and a Marshall Islands buyer are the new part as "
         "far as a search found)", {"importer_country": "MH"}),
        ("STR-09", "export", "SEAIR01", "air", "SE", [], "FJ", "901410",
         "Autopilotkompasser för fritidsbåtar, 40 st.", "SE", 60, 40, 12000, "SEK",
         "leisure-boat autopilot compasses are fluxgate pucks with a cable at a few hundred euros; these 40 are "
         "navigation-grade fibre-optic gyro units with three axes and an accelerometer block, worth 20,000 EUR each, "
         "for a Suva 'marine electronics' firm whose consignee on the onward air waybill is a Yangon trading house: "
         "inertial equipment controlled under dual-use 7A, exported without a licence (Regulation 2021/821) and bound "
         "for Myanmar, which is under a Union arms embargo, flown from Stockholm; Swedish wording (gyros repeat in many "
         "sets and an autopilot label once, in blind56; kept as a known repeat, through Fiji to Myanmar is the new part "
         "as far as a search found)", {"importer_country": "FJ"}),
        ("STR-10", "import", "BESEA01", "sea", "PG", [], "BE", "441231",
         "Tropical hardwood plywood, PNG origin, 18 mm, 2 containers", "PG", 40000, None, 24000, "USD",
         "PNG plywood is faced with tropical hardwood, reddish and coarse-grained; these sheets are faced with pale, "
         "fine-grained birch with the grading stamps of a Russian mill under the PNG stamps, and the containers were "
         "stuffed in Busan, not Lae: Russian birch plywood, whose import into the Union Regulation 833/2014 forbids, "
         "by sea with a Papua New Guinea certificate of origin to Antwerp; Papua New Guinea English wording (Russian "
         "birch plywood repeats in many sets under other origins; kept as a known repeat, a PNG origin is the new part "
         "as far as a search found)", firm("Central Timber Trading SA", "BE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEPOST01", "post", "SB", [], "BE", "960190",
         "Sel mane blong Langalanga, wan fathom, 6 string", "SB", 2, 6, 900, "SBD",
         "Langalanga shell money is strings of tiny red, white and black shell discs; these six strings are of "
         "conical, pointed teeth, 1,200 in all, drilled at the root: spinner-dolphin teeth, the Malaitan teeth "
         "currency, Cetacea (CITES App. II) without CITES documents, posted from Honiara to a private collector in "
         "Brussels; Solomon Islands Pijin wording (dolphin matches only other goods in earlier rows; dolphin-teeth "
         "money as shell money was found in no earlier row by a keyword search)", person("Jan Peeters", "BE")),
        ("WLF-02", "import", "DEAIR01", "air", "PW", [], "DE", "392410",
         "Resin serving trays, tortoiseshell pattern, 8 pcs", "PW", 6, 8, 240, "USD",
         "resin trays are light, moulded, with a repeating printed pattern; these eight are heavy, translucent amber and "
         "brown, moulded from heated plates with the growth lines of a shell: toluk, the Palauan women's valuables of "
         "hawksbill turtle shell (CITES App. I), without CITES documents, flown from Koror to a Frankfurt collector; "
         "Palauan English wording (hawksbill repeats in many sets; kept as a known repeat, toluk from Palau were found "
         "in no earlier row)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "ITSEA01", "sea", "PG", [], "IT", "051191",
         "Salted barramundi skins for fish leather, 600 pcs", "PG", 900, 600, 1200, "USD",
         "barramundi skins for fish leather are small, silver-grey, with large round scales, a few hundred grams each; "
         "these 600 salted skins are up to 60 cm across the belly, with rows of square scales each with a small pit: "
         "wild saltwater and New Guinea crocodile skins (Crocodylus porosus and C. novaeguineae, CITES App. II) outside "
         "the ranching programme, without CITES documents, by sea from Lae to a tannery at Naples; Papua New Guinea "
         "English wording (crocodile skins repeat in many sets; a barramundi or fish-leather label was found in no "
         "earlier row by a keyword search)", firm("Meridian Pellami Srl", "IT")),
        ("WLF-04", "import", "DEAIR01", "air", "PG", [], "DE", "430219",
         "Possum skins, tanned, for handicraft, 40 pcs", "PG", 12, 40, 400, "PGK",
         "'possum' is what Papua New Guinea English calls the cuscus; possum furs sold in Europe are New Zealand "
         "brushtail, grey and plain; these 40 are woolly cream pelts blotched with rust and black, with bare, "
         "prehensile tail tips: spotted cuscus and other phalangers (Spilocuscus and Phalanger spp., CITES App. II), "
         "without CITES documents, flown from Port Moresby to a Leipzig costume maker; Papua New Guinea English wording "
         "(cuscus or possum were found in no earlier row by a keyword search)", firm("Alpina Kostüm GmbH", "DE")),
        ("WLF-05", "import", "GBAIR01", "air", "PG", [], "GB", "440220",
         "Coconut shell charcoal briquettes for shisha, 40 kg", "PG", 40, None, 120, "USD",
         "shisha briquettes are uniform, black, pressed cubes that leave soot on the fingers; these 40 kg are irregular, "
         "dark-brown, resin-streaked slivers that sink in water and give off a deep, sweet oud smell when warmed: "
         "agarwood (Gyrinops ledermannii, CITES App. II) from the Sepik, without CITES documents, at 3 USD/kg for wood "
         "worth thousands, flown from Port Moresby to a London oud merchant; Papua New Guinea English wording (agarwood "
         "repeats in many sets and PNG agarwood once, under a sandalwood label, in blind53, and a shisha-charcoal "
         "label appears once, on a precursor in blind74; kept as a known repeat, shisha charcoal on agarwood is the new "
         "part as far as a search found)", firm("Orion Oud Ltd", "GB")),
        ("WLF-06", "import", "NLAIR01", "express", "PG", [], "NL", "950590",
         "Hand-painted wooden Easter eggs, 12 pcs", "PG", 1.2, 12, 60, "USD",
         "wooden Easter eggs are solid, painted and weigh a few grams; these twelve are cool, matt-white, thin-shelled "
         "eggs of 5-6 cm packed in a heat pack and cotton wool, and a candling lamp shows veins in four: fertile palm "
         "cockatoo eggs (Probosciger aterrimus, CITES App. I), sent by express from Port Moresby to a private bird "
         "keeper in Utrecht; Papua New Guinea English wording (cockatoos repeat in blind30 and a development set, and an "
         "Easter-egg label appears once, on a precursor in blind64; palm cockatoo eggs as painted wooden eggs were found "
         "in no earlier row by a keyword search)",
         person("Mw. E. de Jong", "NL")),
        ("WLF-07", "import", "DEPOST01", "post", "FJ", [], "DE", "442090",
         "Carved wooden snakes, handicraft, 6 pcs", "FJ", 2, 6, 90, "FJD",
         "carved wooden snakes are rigid, varnished and light; these six cotton bags are warm and move, and hold live, "
         "stout, short-tailed boas with keeled scales and a triangular head: Pacific boas (Candoia bibroni, CITES App. "
         "II), without CITES documents, posted from Suva to a private reptile keeper in Hanover; Fijian English wording "
         "(reptiles by post repeat in many sets; Candoia and a carved-snake label were found in no earlier row by a "
         "keyword search)", person("Lena Wagner", "DE")),
        ("WLF-08", "import", "GBPOST01", "post", "TO", [], "GB", "960190",
         "Carved cow-bone fish-hook pendants, 20", "TO", 1.4, 20, 300, "TOP",
         "carved cattle-bone pendants are chalk-white, light and show small, regular pores on a cut face; these 20 are "
         "heavy, cream-grey, with a coarse, spongy inner texture and flaking outer layer: whale bone from a humpback "
         "(Megaptera novaeangliae, CITES App. I) carcass, without CITES documents, posted from Nuku'alofa to a private "
         "buyer in Bristol; Tongan English wording (whale teeth repeat in blind130 and blind132 as tabua, and a "
         "cattle-bone label in blind112 on hippo teeth; whale bone was found in no earlier row by a keyword search)",
         person("Emma Jones", "GB")),
        ("WLF-09", "import", "GBSEA01", "sea", "FJ", [], "GB", "440719",
         "Dakua (Agathis) boards, sawn, kiln-dried, 1 container", "FJ", 18000, None, 9000, "FJD",
         "dakua is a pale, straw-coloured, even-grained conifer that smells of resin and weighs about 500 kg/m3; these "
         "boards are reddish-brown, interlocked, heavier and darken in the light: plantation mahogany (Swietenia "
         "macrophylla, CITES App. II) from Fiji's hardwood estates, without the CITES export permit Fiji issues for it, "
         "by sea from Lautoka to Tilbury; Fijian English wording (mahogany repeats in many sets; kept as a known "
         "repeat, a dakua label and Fiji's plantation mahogany were found in no earlier row)",
         firm("Atlantic Hardwoods Ltd", "GB")),
        ("WLF-10", "import", "FRAIR01", "air", "NC", [], "FR", "050800",
         "Coquillages de Nouvelle-Calédonie, porcelaines décoratives, 2 kg", "NC", 2, 120, 150, "EUR",
         "decorative cowries are glossy, small and sold by the kilo; half of these 120 shells are ribbed, dull, "
         "fan-shaped bivalves of 5-10 cm with fluted scales, collected live on the lagoon reefs with tissue still "
         "dried inside: small giant clams (Tridacna squamosa and T. maxima, CITES App. II), without CITES documents, "
         "flown from Nouméa to Paris for a shell dealer; New Caledonian French wording (Tridacna repeats in many sets; "
         "kept as a known repeat, New Caledonian clams under a cowrie label are the new part as far as a search found)",
         firm("Rivage Coquillages SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "GBPOST01", "post", "FJ", "GB", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (pond and aquarium treatment)", "FJ", 4.5, 4, 40,
     "GBP", [("PRECURSOR_LICENCE", "GB-HO-EPSO-49-0317")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "express", "PF", "FR", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine fuel)", "PF", 4.6, 4, 120, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-49-0088")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FRSEA01", "sea", "NC", "FR", "262091",
     "Electric-furnace flue dust, nickel smelter (10 08 15*), for metal recovery at a licensed plant, 40 t", "NC",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "FR-NA-49-0142")], "notified smelter dust to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "PG", "DE", "382590",
     "Spent mercury-removal sorbent from an LNG plant (05 07 01*), for mercury recovery at a licensed plant, 20 t",
     "PG", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-49-0263")], "notified mercury sorbent to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "IEAIR01", "air", "FJ", "IE", "290376",
     "Halon 1301 in aircraft engine fire bottles, recovered, 16, for reclamation for critical aviation use", "FJ",
     180, 16, 4800, "USD", [("ODS_LICENCE", "IE-EPA-ODS-49-004")], "recovered halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "NC", "FR", "290377",
     "CFC-12, recovered from refrigeration equipment, 20 recovery cylinders, for destruction", "NC", 1000, 20, 0,
     "EUR", [("ODS_LICENCE", "FR-MTE-ODS-49-012")], "recovered CFC-12 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "DEAIR01", "air", "DE", "AU", "970510",
     "Admiralty Islands feast bowl, wood, collected c. 1908, documented German collection, sold at auction", "PG", 26,
     1, 90000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BY-EXP-49-0057")],
     "ethnographic antique exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "FRAIR01", "air", "PF", "FR", "970510",
     "Marquesan u'u club, early 19th century, with the French Polynesian export authorisation", "PF", 3.2, 1, 85000,
     "EUR", [("IMPORT_LICENCE", "FR-MC-IMP-49-0033")], "cultural property imported with its export authorisation and import licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "FJ", "283711",
     "Sodium cyanide briquettes 98 %, 20 t, for the Vatukoula gold mine's leach plant", "DE", 20000, None, 52000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-49-1184"), ("END_USER_CERTIFICATE", "FJ-MRD-EUC-49-0021")],
     "dual-use sodium cyanide under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SEAIR01", "air", "SE", "NZ", "901480",
     "Fibre-optic gyro inertial units, 4, for a New Zealand hydrographic survey vessel", "SE", 8, 4, 80000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-49-0311"), ("END_USER_CERTIFICATE", "NZ-MFAT-EUC-49-0045")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "PG", "IT", "410320",
     "Saltwater crocodile skins, ranched, salted, 300, Papua New Guinea", "PG", 600, 300, 90000, "USD",
     [("CITES_PERMIT", "PG-CEPA-49-0418")], "App. II ranched crocodile skins with their export permit"),
    ("PRM-12", "wildlife", "import", "GBSEA01", "sea", "FJ", "GB", "440721",
     "Plantation mahogany (Swietenia macrophylla), sawn, kiln-dried, Fiji, 1 container", "FJ", 18000, None, 26000,
     "USD", [("CITES_PERMIT", "FJ-MOE-49-0127")], "App. II plantation mahogany with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Private individual", "PRM-02": "M. T. Dubois", "PRM-04": "Nordhafen Recycling GmbH",
    "PRM-05": "Atlantic Aero Components Ltd", "PRM-11": "Meridian Pellami Srl", "PRM-12": "Atlantic Hardwoods Ltd",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises
    ("220890", "Palm spirit (tua sabu), 70 cl bottles", "import", ["sea"], ["TL"], (6, 12), (2000, 6000), ["USD"], 1.3, S),
    ("151319", "Monoï de Tahiti, coconut oil with tiare flowers, 120 ml", "import", ["post"], ["PF"], (30, 60), (1, 3), ["EUR", "XPF"], 8, S),
    ("151590", "Dilo (tamanu) oil, cold-pressed, 100 ml", "import", ["express"], ["FJ", "PF"], (40, 80), (1, 3), ["USD", "EUR"], 8, S),
    ("080111", "Desiccated coconut, fine grade, 25 kg bags", "import", ["sea"], ["PG", "PH", "LK"], (2, 3.5), (10000, 20000), ["USD"], None, S),
    ("250700", "Kaolin clay face-mask powder, 250 g pouches", "import", ["post"], ["AU", "NZ"], (15, 30), (1, 3), ["AUD", "NZD"], 4, S),
    ("110630", "Breadfruit flour, gluten-free, 1 kg bags", "import", ["air"], ["WS", "FJ"], (6, 10), (100, 500), ["USD"], 1, S),
    ("250590", "Souvenir beach sand in glass vials", "import", ["post"], ["CK", "PF"], (20, 40), (1, 2), ["NZD", "EUR"], 10, S),
    ("170191", "Vanilla sugar with Vava'u vanilla, 250 g tins", "import", ["post"], ["TO"], (20, 35), (1, 3), ["TOP", "EUR"], 4, S),
    ("151590", "Ngali nut oil, cold-pressed, 250 ml", "import", ["express"], ["SB", "VU"], (40, 70), (1, 3), ["USD"], 4, S),
    ("220110", "Artesian drinking water, 1.5 l bottles", "import", ["sea"], ["FJ"], (0.4, 0.8), (18000, 24000), ["USD"], 0.6, S),
    ("200819", "Coconut cream, 400 ml tins", "import", ["sea"], ["FJ", "WS", "TH"], (1.5, 2.5), (10000, 20000), ["USD"], 2.5, S),
    ("260300", "Copper concentrate, 26 % Cu, bulk lot", "import", ["sea"], ["PG", "CL"], (1.5, 2.5), (20000, 30000), ["USD"], None, S),
    ("750110", "Nickel matte, 75 % Ni, for refining", "import", ["sea"], ["NC"], (10, 16), (20000, 26000), ["EUR", "USD"], None, S),
    ("681091", "Prestressed concrete railway sleepers, new", "export", ["sea"], ["FJ", "TN"], (0.15, 0.3), (20000, 26000), ["EUR"], 0.004, S),
    ("761300", "Scuba diving cylinders, aluminium, 11 l, empty", "export", ["sea"], ["PG", "FJ"], (10, 18), (1000, 3000), ["EUR"], 0.07, S),
    ("151311", "Crude coconut (copra) oil, flexitanks", "import", ["sea"], ["PF", "PG", "PH"], (1.0, 1.6), (18000, 22000), ["USD", "EUR"], None, S),
    ("560811", "Purse-seine netting, new, nylon, in panels", "export", ["sea"], ["MH", "KI", "EC"], (5, 9), (8000, 18000), ["EUR"], None, S),
    ("262190", "Copper-slag blasting abrasive, new, 25 kg bags", "export", ["sea"], ["PG", "AU"], (0.12, 0.25), (18000, 24000), ["GBP", "EUR"], None, S),
    ("381300", "Fluorine-free firefighting foam concentrate, drums", "export", ["sea"], ["SB", "FJ"], (3, 6), (4000, 10000), ["EUR"], None, S),
    ("860900", "Dry shipping containers, 20 ft, used, cargo-worthy", "export", ["sea"], ["FJ", "PG"], (0.4, 0.8), (8000, 20000), ["EUR"], 0.0005, S),
    ("842490", "Fire-extinguisher valves and gauges, spare", "import", ["air"], ["FJ", "AU"], (20, 40), (50, 300), ["USD", "AUD"], 2, S),
    ("390729", "Polyol premix, cyclopentane-blown, for cold-room panels", "export", ["sea"], ["WS", "FJ"], (2, 3.5), (4000, 10000), ["EUR"], None, S),
    ("441231", "Tropical hardwood plywood, 18 mm", "import", ["sea"], ["PG", "MY"], (0.5, 0.9), (18000, 24000), ["USD"], None, S),
    ("293369", "Pool chlorine tablets, TCCA 90, 200 g", "export", ["sea"], ["FJ", "PF"], (1.5, 2.5), (4000, 10000), ["EUR"], None, S),
    ("900580", "Digital night-vision monoculars for hunting, CMOS", "export", ["air"], ["NC", "NZ"], (150, 300), (50, 200), ["EUR"], 2, S),
    ("901410", "Fluxgate autopilot compasses for leisure boats", "export", ["air"], ["FJ", "NZ"], (100, 200), (50, 200), ["EUR", "SEK"], 2, S),
    ("854370", "Electric cattle prods, 8 kV", "export", ["air"], ["PG", "AU"], (25, 45), (100, 400), ["EUR"], 1, S),
    ("847990", "Spare sieves and hammers for root-crop mills", "export", ["post"], ["VU", "FJ"], (30, 60), (1, 4), ["EUR"], 3, S),
    ("853224", "Multilayer ceramic capacitors, commercial grade, reels", "export", ["air"], ["HK", "SG"], (200, 400), (20, 100), ["EUR", "USD"], 200, S),
    ("840999", "Marine diesel engine spare parts, for a named vessel", "export", ["sea"], ["PW", "SG"], (15, 30), (1000, 3000), ["EUR"], 0.2, S),
    ("890190", "Aluminium passenger ferry, 14 m, new", "export", ["sea"], ["MH", "FJ"], (40, 60), (14000, 20000), ["EUR"], 0.00006, S),
    ("442090", "Carved wooden figures, Atauro craft, new", "import", ["post"], ["TL"], (20, 40), (1, 3), ["USD"], 1, S),
    ("680299", "Carved stone birdbaths, new", "import", ["sea"], ["VN", "CN"], (0.6, 1.2), (4000, 10000), ["USD"], 0.03, S),
    ("960190", "Carved trochus-shell pendants, new", "import", ["express"], ["SB", "FJ"], (60, 120), (1, 2), ["USD"], 30, S),
    ("442090", "Kastom figures, carved wood, new, Vanuatu craft", "import", ["air"], ["VU"], (10, 20), (100, 300), ["USD"], 0.3, S),
    ("442090", "Replica war clubs, carved wood, new", "import", ["post"], ["PF", "FJ"], (25, 50), (1, 4), ["EUR", "FJD"], 0.5, S),
    ("701810", "Glass beads for jewellery making, new", "import", ["post"], ["PW", "GH"], (40, 80), (1, 2), ["USD"], 200, S),
    ("830610", "Brass ship's bells, decorative, new", "import", ["express"], ["FM", "IN"], (20, 40), (1, 4), ["USD"], 0.5, S),
    ("441920", "Kava bowls (tanoa), vesi wood, new", "import", ["sea"], ["FJ"], (4, 8), (1000, 3000), ["USD", "FJD"], 0.2, S),
    ("441990", "Ethnic-style wooden bowls, new", "export", ["post"], ["US", "AU"], (20, 40), (1, 4), ["EUR"], 0.5, S),
    ("392410", "Resin serving trays, tortoiseshell pattern", "import", ["post"], ["PW", "CN"], (20, 40), (1, 3), ["USD"], 1.5, S),
    ("411390", "Barramundi fish leather, tanned, finished", "import", ["air"], ["AU", "PG"], (80, 160), (50, 200), ["AUD", "USD"], 8, S),
    ("440220", "Coconut-shell charcoal briquettes for shisha", "import", ["sea"], ["ID", "PG"], (0.8, 1.4), (10000, 20000), ["USD"], None, S),
    ("950590", "Hand-painted wooden Easter eggs", "import", ["sea"], ["CN", "UA"], (4, 8), (1000, 4000), ["USD"], 20, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128 and blind136, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows),
# with four new rows instead of blind136's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940382", "Bamboo shoe racks, flat-packed", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.3, N),
        ("691490", "Terracotta plant saucers, unglazed", "import", ["sea"], ["VN", "TR"], (0.6, 1.2), (6000, 14000), ["USD", "EUR"], 2, N),
        ("392620", "Shower caps, PEVA, retail packs", "import", ["sea"], ["CN"], (3, 6), (1000, 4000), ["USD"], 30, N),
        ("630790", "Cotton sleep masks, boxed", "import", ["post", "express"], ["IN", "GB"], (25, 45), (1, 3), ["USD", "GBP"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind139", 20490501, HERE)


if __name__ == "__main__":
    main()
