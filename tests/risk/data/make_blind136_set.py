#!/usr/bin/env python3
"""Writes the hundred-and-thirty-sixth blind set (tests/risk/data/blind136-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2048, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
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
would. Ids are BL136-*:

    python3 tests/risk/data/make_blind136_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2048, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2048
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "BA", [], "AT", "220190",
         "Sveta voda iz Međugorja, blagoslovljena, 4 boce po 1 l", "BA", 4.6, 4, 40, "BAM",
         "holy water from the Medjugorje souvenir stalls is spring or tap water in Madonna-shaped bottles of 1.00 kg/l; "
         "these four litre bottles have vented caps, weigh 1.13 kg/l, and the liquid whitens the skin at once and "
         "fizzes on a scratch: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Čitluk to a private person "
         "in Graz; Croatian wording from Bosnia and Herzegovina (hydrogen peroxide repeats in many sets and holy-water "
         "labels in a few, from the Jordan, Zamzam and the Ganges; a Medjugorje label was found in no earlier row by a "
         "keyword search)", person("Ivana Marić", "AT")),
        ("PRE-02", "import", "FRAIR01", "air", "JP", [], "FR", "200989",
         "ゆず果汁 100%（高知県産・無塩）, 720 ml 瓶, 600 本", "JP", 605, 600, 1800, "USD",
         "pure yuzu juice is pale yellow, cloudy, 1.04 kg/l, smells strongly of citrus and costs some 20 EUR a bottle; "
         "these 600 bottles hold a clear, faintly yellow liquid of 1.40 kg/l that gives off brown fumes when opened, "
         "stains the skin yellow and eats into a copper coin, at 3 USD a bottle, for a Paris Japanese grocery that "
         "sells single bottles to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of "
         "the public, flown from Osaka; Japanese wording (nitric acid repeats in many sets and citrus-juice covers, "
         "calamansi and lemon, in a few; a yuzu-juice label was found in no earlier row: yuzu appears once, as bath "
         "salts)", firm("Épicerie Horizon Japon SARL", "FR")),
        ("PRE-03", "import", "DEAIR01", "express", "KR", [], "DE", "151590",
         "동백기름 (제주 동백씨 압착 오일), 머릿기름용, 1 L x 4병", "KR", 7.4, 4, 90000, "KRW",
         "Jeju camellia hair oil is a pale-gold oil of 0.91 kg/l that floats on water and smells faintly of nuts; these "
         "four bottles hold a colourless, oily liquid of 1.84 kg/l that sinks, grows hot with a drop of water and chars "
         "a paper tissue black: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Seoul to a private "
         "person in Bielefeld, although corrosive liquids go by express only as declared dangerous goods; Korean "
         "wording (sulphuric acid repeats in many sets and oil covers, jojoba and MCT oil among them, in several; a "
         "camellia-oil label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-04", "import", "NLAIR01", "air", "IN", [], "NL", "110630",
         "सिंघाड़े का आटा (व्रत के लिए), 500 ग्राम पैकेट, 1,200 पैकेट", "IN", 600, 1200, 1500, "USD",
         "water-chestnut (singhara) flour for fast days is a soft, off-white, faintly sweet flour that clumps in the "
         "hand; these 1,200 packs hold a heavy, gritty, glittering white powder that does not clump, barely dissolves, "
         "burns fiercely mixed with sugar and whose inner liners read 'KClO4', for a Hague Hindustani grocery that "
         "sells the packs to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Delhi; Hindi wording (potassium perchlorate repeats in many sets and flour covers, "
         "arrowroot, puttu and rice flour, in several; a water-chestnut flour label was found in no earlier row by a "
         "keyword search)", firm("Meridian Hindoestaanse Groothandel BV", "NL")),
        ("PRE-05", "import", "IEPOST01", "post", "GB", [], "IE", "170230",
         "Brewing sugar (dextrose monohydrate) for home brewing, 4 x 1 kg", "GB", 4, 4, 14, "GBP",
         "brewing dextrose is a fine, soft, white powder that tastes sweet and cools the tongue; these four bags hold "
         "coarse, colourless, cubic crystals that taste of nothing sweet, draw damp and flare yellow on a gas ring, "
         "with 'sodium chlorate 99 %' on the trade sack they were split from: sodium chlorate (Annex I above 40 %), "
         "posted from a Lancashire home-brew web shop to a private person in Cork since the shop may no longer sell "
         "it as a weedkiller; British English wording (sodium chlorate repeats in many sets under salt and "
         "sugar-like labels, dextrose twice; a home-brewing sugar label was found in no earlier row by a keyword "
         "search)", person("Mr D. Murphy", "IE")),
        ("PRE-06", "import", "SEPOST01", "post", "XK", [], "SE", "853929",
         "Llamba rezervë për dritat e bredhit të Krishtlindjeve, me tela, 60 copë", "XK", 1.6, 60, 30, "EUR",
         "spare Christmas-tree bulbs are glass mini-lamps on a plastic base with two short wires, a few grams each; "
         "these 60 are 7 mm aluminium tubes crimped onto two metres of coloured leg wire, shunted at the ends, with a "
         "delay number stamped on each: electric detonators (UN 0030), explosives that need a transfer licence and "
         "that no private person may receive, posted from Prishtina to a private address in Malmö; Albanian wording "
         "from Kosovo (detonators repeat in many sets; a Christmas-tree bulb label was found in no earlier row by a "
         "keyword search)", person("Mr L. Nilsson", "SE")),
        ("PRE-07", "import", "NLSEA01", "sea", "CN", [], "NL", "950510",
         "Artificial Christmas trees, PVC, 180 cm, with stand, 1,200 pcs", "CN", 14400, 1200, 26000, "USD",
         "a December container of Christmas goods for a Venlo wholesaler: trees and LED strings are what such "
         "importers bring in, but the third item's 'Christmas table crackers' are cardboard tubes of heavy "
         "flash-powder bangers with green fuses, several grams of flash each, and single-shot mortars, with no CE "
         "mark and no snap or paper hat among them: pyrotechnic articles outside Directive 2013/29, carried as Class "
         "1 without dangerous-goods papers and bought in for sale around New Year's Eve, hidden as the last item of a "
         "three-item declaration, by sea from Ningbo to Rotterdam; English wording (fireworks and heavy bangers repeat "
         "in a few sets; a Christmas-cracker label was found in no earlier row by a keyword search)",
         dict(firm("Delta Kerstdecoratie BV", "NL"),
              _more_items=[item("940531", "LED string lights for Christmas trees, 100 LED, 3,000 sets", "CN", 1500, 6000, "USD", qty=3000),
                           item("950510", "Christmas table crackers, with snaps and paper hats, 2,400 boxes", "CN", 1800, 2400, "USD", qty=2400)])),
        ("PRE-08", "import", "GRROAD01", "road", "TR", [], "GR", "251710",
         "Akvaryum çakılı, beyaz kuvars, 2-3 mm, 25 kg çuval, 240 çuval", "TR", 6000, 240, 1800, "EUR",
         "white quartz aquarium gravel is hard, angular and heavy (about 1.5 t/m3) and lies in water for years; these "
         "240 sacks hold light, round, white prills that dissolve in a glass of water and turn it ice-cold, test at "
         "34 % N and melt and fume on a hot plate, for a Thessaloniki pet-shop chain that sells 25 kg sacks to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at "
         "Kipoi; Turkish wording (ammonium nitrate repeats in many sets and stone or granule covers in several; an "
         "aquarium-gravel label was found in no earlier row by a keyword search)", firm("Vega Pet Hellas AE", "GR")),
        ("PRE-09", "import", "BEAIR01", "express", "IL", [], "BE", "150990",
         "שמן זית טהור להדלקת נרות חנוכה, 6 בקבוקים x 1 ליטר", "IL", 6.8, 6, 180, "ILS",
         "menorah oil is olive oil, greenish-gold, 0.91 kg/l, that floats on water and smells of olives; these six "
         "bottles hold a colourless, oily liquid of 1.14 kg/l that sinks, smells faintly fruity-chemical and not of "
         "olives, and the filler's drum label copied on the invoice annex reads 'CH3NO2': nitromethane (Annex I above "
         "16 %), sent by express from Bnei Brak to a private person in Antwerp before Hanukkah, although flammable "
         "liquids go by express only as declared dangerous goods; Hebrew wording (nitromethane repeats in many sets "
         "and oil covers in several; a menorah-oil label was found in no earlier row by a keyword search)",
         person("Dhr. D. Rosenberg", "BE")),
        ("PRE-10", "import", "DKPOST01", "post", "NO", [], "DK", "283640",
         "Pottaske (kaliumkarbonat) til julebakst, 4 x 1 kg", "NO", 4, 4, 320, "NOK",
         "baking potash for Christmas brunkager and pepperkaker is a white, very hygroscopic powder that cakes within "
         "hours and feels slippery when wet; these four bags hold glossy crystals that stay dry, are not slippery, "
         "and spit violet sparks on a hot iron, with 'KClO3' on the inner bags: potassium chlorate (Annex I above "
         "40 %), posted from Oslo to a private person in Aalborg; Norwegian wording (potassium chlorate repeats in many "
         "sets and a potassium-carbonate label once, blind80's pearl ash for glazes; a baking-potash label was found "
         "in no earlier row by a keyword search)", person("Mette Jensen", "DK")),
    ],
    "waste": [
        ("WST-01", "export", "ROSEA01", "sea", "RO", [], "GE", "270400",
         "Cocs mărunt (breeze) pentru cubilouri de turnătorie, vrac, 24 t", "RO", 24000, None, 2400, "EUR",
         "coke breeze is grey-black, porous, light fines that clink in the hand; this load is dense, black carbon "
         "block broken with grey refractory brick and white crusts of cryolite that smells of ammonia when wetted and "
         "tests for cyanide and fluoride, from an Olt valley aluminium smelter's cell relining: spent pot lining "
         "(16 11 01*), hazardous waste whose export to a non-OECD country is banned, from Constanța to Poti for a "
         "'foundry'; Romanian wording (spent pot lining repeats in many sets and coke labels in several on other goods; "
         "a coke-breeze label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-02", "export", "SKROAD01", "road", "SK", [], "UA", "720529",
         "Železný prášok pre chemické ohrievače rúk, big bagy, 20 t", "SK", 20000, None, 3000, "EUR",
         "iron powder for air-activated hand warmers is a fine, dry, grey, free-flowing powder sold with a sieve "
         "analysis; these big bags hold a wet, black, oily paste that drips milky emulsion, smells of cutting fluid "
         "and is full of corundum grit, from a Považie bearing plant's grinding lines: grinding sludge with oil "
         "(12 01 18*), hazardous waste whose export to a non-OECD country is banned, at Vyšné Nemecké for an Uzhhorod "
         "'hand-warmer maker'; Slovak wording (grinding sludge repeats in a few sets and hand-warmer labels twice, on "
         "precursors; an iron-powder label for hand warmers on a waste row was found in no earlier row by a keyword "
         "search)", {"importer_country": "UA"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "GH", "961380",
         "USB rechargeable arc lighters, customer returns for refurbishment, 40 gaylords", "GB", 9000, None, 4500, "GBP",
         "returned arc lighters come back in their boxes, a few hundred a pallet, with a returns sheet; these 40 "
         "gaylords hold loose, used single-use vapes by the hundred thousand, sticky with nicotine e-liquid, some with "
         "swollen cells, swept from UK retailers' take-back bins: waste lithium batteries in discarded electrical "
         "equipment (16 06 02*, 20 01 35*), hazardous waste whose export to a non-OECD country is banned, from Tilbury "
         "to Tema; English wording (disposable vapes repeat in a few sets; an arc-lighter label was found in no "
         "earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-04", "export", "MTSEA01", "sea", "MT", [], "LY", "392690",
         "Mili għal sodod tal-klieb, fowm imqatta', ballijiet, 18-il tunnellata", "MT", 18000, None, 1800, "EUR",
         "shredded foam for pet-bed filling is clean, even, springy crumbs of one colour; these bales hold a grey mix "
         "of seat foam, carpet fibre, glass, wire, plastic trim and oily dust that reeks of engine oil, from the "
         "island's car shredder: automotive shredder residue with oil and heavy metals (19 10 03*), hazardous waste "
         "whose export to a non-OECD country is banned, from Marsaxlokk to Misrata for a 'pet-products maker'; "
         "Maltese wording (shredder residue repeats in many sets; a dog-bed filling label was found in no earlier row "
         "by a keyword search)", {"importer_country": "LY"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "LR", "630900",
         "Gebrauchte Kleidung, sortiert, Ballen, 8 t", "DE", 8000, None, 6400, "EUR",
         "a second-hand container for Monrovia: used clothing and shoes are what Hamburg exporters send to Liberia, "
         "but the third item's 'Vorschaltgeräte für Leuchtstofflampen, gebraucht, funktionsfähig' are 3 t of "
         "1970s magnetic ballasts torn out of a school refurbishment, many with cracked, oily capacitors labelled "
         "'Clophen': PCB-containing equipment (16 02 09*, 16 02 10*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration; German wording (PCB capacitors "
         "repeat in many sets; behind clothing to Liberia as fluorescent ballasts is the new part as far as a search "
         "found)",
         dict({"importer_country": "LR"},
              _more_items=[item("630900", "Gebrauchte Schuhe, paarweise gebündelt, 2 t", "DE", 2000, 1600, "EUR"),
                           item("850410", "Vorschaltgeräte für Leuchtstofflampen, gebraucht, funktionsfähig, 3 t", "DE", 3000, 600, "EUR")])),
        ("WST-06", "export", "SISEA01", "sea", "SI", [], "AL", "321519",
         "Kit za les, razredčilo in ostanki barv iz proizvodnje, sodi, 16 t", "SI", 16000, 80, 1600, "EUR",
         "wood filler and paint thinner are sold in sealed, labelled tins with a data sheet; these 80 rusty, "
         "unlabelled drums hold skinned, settled paint sludge with solvent on top that smells of xylene, scraped "
         "from the spray booths of a Savinja furniture plant: paint sludge with organic solvents (08 01 13*), "
         "hazardous waste whose export to a non-OECD country is banned, from Koper to Durrës; Slovene wording (paint "
         "sludge repeats in many sets and printing-ink labels in several; a wood-filler label was found in no earlier "
         "row by a keyword search)", {"importer_country": "AL"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "KE", "850760",
         "Pacchi batteria per biciclette elettriche, nuovi, 1.200 pezzi", "IT", 4800, 1200, 9600, "EUR",
         "new e-bike packs come boxed with a charge near 30 %, a serial label and a UN 38.3 test summary; these "
         "1,200 are scuffed, mismatched packs taken from bikes brought to Milan collection points, some swollen, with "
         "no boxes and no test papers, at 8 EUR a pack: unsorted, partly damaged waste lithium-ion "
         "batteries (Basel A1170), whose export for 'reuse' to a non-OECD country is an illegal shipment of hazardous waste, from "
         "Genoa to Mombasa; Italian wording (waste lithium batteries repeat in many sets and e-bike labels in a few; "
         "from Italy to Kenya is the new part as far as a search found)", {"importer_country": "KE"}),
        ("WST-08", "export", "LTSEA01", "sea", "LT", [], "NG", "282741",
         "Vario chlorido hidroksidas, fungicidas žemės ūkiui, IBC, 20 t", "LT", 20000, 20, 6000, "EUR",
         "copper oxychloride fungicide is a fine, blue-green, dry powder in labelled bags with a registration number; "
         "these IBCs hold a green, sharply acid liquid that fumes with hydrogen chloride and carries dissolved copper "
         "and tin, from a Kaunas circuit-board plant's etching lines: spent acid etchant (11 01 05*), hazardous waste "
         "whose export to a non-OECD country is banned, from Klaipėda to Lagos; Lithuanian wording (spent etchants "
         "repeat in many sets and a copper-oxychloride label once, blind121; kept as a repeat, from Lithuania to "
         "Nigeria is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-09", "export", "ESAIR01", "air", "ES", [], "BO", "382499",
         "Ferrofluido para bobinas de altavoz, frascos de 2,5 l, 10 frascos", "ES", 345, 10, 2000, "EUR",
         "loudspeaker ferrofluid is a black oil with magnetite particles, about 1.2 kg/l, in small syringes; these ten "
         "steel flasks weigh 34.5 kg each for 2.5 l, slosh heavily and hold a silver liquid that beads on the table: "
         "metallic mercury from a decommissioned chlor-alkali cell room, waste under the Mercury Regulation "
         "(2017/852) whose export from the Union is banned, flown from Madrid to Santa Cruz for gold-mining suppliers "
         "in the Beni; Spanish wording (mercury repeats in many sets, once as galinstan; a ferrofluid label was found "
         "in no earlier row by a keyword search)", {"importer_country": "BO"}),
        ("WST-10", "export", "GRSEA01", "sea", "GR", [], "EG", "850750",
         "Επαναφορτιζόμενες μπαταρίες NiMH AA για ηλιακά φωτιστικά κήπου, 14 t", "GR", 14000, None, 4200, "EUR",
         "NiMH AA cells for solar garden lights are new, shrink-wrapped and printed with a capacity; these sacks hold "
         "loose, scratched sub-C cells cut out of old cordless-tool packs, marked 'Ni-Cd', many leaking white "
         "crusts: waste nickel-cadmium batteries (16 06 02*), hazardous waste whose export to a non-OECD country is "
         "banned, from Piraeus to Alexandria; Greek wording (Ni-Cd batteries repeat in many sets; a solar garden-light "
         "label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CYSEA01", "sea", "AE", [], "CY", "281121",
         "Liquid CO2 cylinders for stage cryo-jet effects, 45 kg, 60 cylinders", "AE", 2700, 60, 5400, "USD",
         "stage cryo-jet CO2 comes in siphon cylinders at about 57 bar that frost the valve when opened; these 60 "
         "cylinders read 2.5 bar, hold a liquid that boils off as a heavy, sweet-smelling gas that puts out a flame, "
         "and the shoulder stamps under the stickers read '1211': halon 1211 (bromochlorodifluoromethane), whose import "
         "into the Union is banned outside licensed critical uses, by sea from Jebel Ali to Limassol for an "
         "'events' firm that refills marine extinguishers; English wording (halon 1211 repeats in many sets and stage "
         "and cryo labels in a few; a New Year's Eve stage cryo-jet cover from Dubai to Cyprus is the new part as far "
         "as a search found)", firm("Orion Stage Effects Ltd", "CY")),
        ("OZN-02", "import", "BGROAD01", "road", "AZ", ["GE", "TR"], "BG", "391000",
         "Hidravlik amortizatorlar üçün silikon yağı, 200 litrlik çəlləklər, 12 çəllək", "AZ", 5200, 12, 3600, "USD",
         "silicone damper oil is a clear, odourless, slow-flowing oil of 0.97 kg/l; these twelve drums hold a thin, "
         "water-clear liquid of 2.17 kg/l that boils away on the hand with a faint ether smell and boils at 47 °C, "
         "and the drum heads read 'хладон 114В2': halon 2402 (dibromotetrafluoroethane), whose import into the Union "
         "is banned outside licensed critical uses, on a lorry from Baku through Georgia and Türkiye to Kapitan "
         "Andreevo for a Varna ship-supply firm; Azerbaijani wording (halon 2402 repeats in many sets; a silicone "
         "damper-oil label found once, in blind124, on another good; by road from Azerbaijan is the new part as far "
         "as a search found)", firm("Central Marine Supply EOOD", "BG")),
        ("OZN-03", "import", "SISEA01", "sea", "CN", [], "SI", "381400",
         "木器腻子稀释剂, 1 升铁罐, 6,000 罐", "CN", 7400, 6000, 9000, "USD",
         "a thinner for wood filler is a light (0.8-0.9 kg/l), flammable solvent blend that smells of esters; these "
         "6,000 tins hold a non-flammable liquid of 1.24 kg/l that boils in a warm hand at 32 °C with a faint ether "
         "smell, and a gas test gives 1,1-dichloro-1-fluoroethane: HCFC-141b, an ozone-depleting substance whose "
         "import into the Union is banned, by sea from Shanghai to Koper for a Ljubljana flooring wholesaler; Chinese "
         "wording (HCFC-141b repeats in many sets under solvent and cleaner labels; a wood-filler-thinner label was "
         "found in no earlier row by a keyword search)", firm("Alpina Talne Obloge d.o.o.", "SI")),
        ("OZN-04", "transit", "PLSEA01", "sea", "CN", ["PL"], "UA", "290919",
         "Dimethyl ether (DME), aerosol propellant grade, ISO tank, 18 t", "CN", 18000, 1, 16000, "USD",
         "DME is a light liquefied gas (0.66 kg/l) that burns with a blue flame; this ISO tank holds 18 t in a shell "
         "sized for 13 t of DME, reads the vapour pressure of chlorodifluoromethane, the gas does not burn and the "
         "tank's previous cargo plate reads 'R22': HCFC-22, a controlled substance moved through the Union without "
         "the licence Regulation 2024/590 requires for transit, landed at Gdańsk in transit from Tianjin to a Kyiv "
         "aerosol filler; English wording (HCFC-22 repeats in many sets and DME labels in several; kept as a repeat, "
         "by sea to Gdańsk in transit to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("OZN-05", "import", "FIAIR01", "express", "US", [], "FI", "281121",
         "Paintball CO2 refills, 12 oz tanks, set of 4", "US", 3.2, 4, 160, "USD",
         "12 oz paintball CO2 tanks read about 60 bar, frost on venting and carry a pin valve; these four read 6 bar, "
         "vent a sweet-smelling gas without frost and their valves take a Schrader car-AC hose: dichlorodifluoromethane "
         "(CFC-12) for a classic-car air conditioner, whose import into the Union is banned, sent by express from "
         "Arizona to a private person in Tampere; US English wording (CFC-12 repeats in many sets and paintball labels "
         "in a few; to Finland by express is the new part as far as a search found)", person("Mr J. Virtanen", "FI")),
        ("OZN-06", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG", "TR"], "GE", "842489",
         "Schneeerzeuger (Propellermaschinen), gebraucht, mit Kälteaggregat, 6 Stück", "AT", 9000, 6, 36000, "EUR",
         "second-hand fan snow guns are sold drained and need no refrigerant of their own; these six carry a "
         "pre-cooling chiller on each trailer whose nameplate reads R-22 and whose receivers still hold the charge "
         "(about 25 kg each), taken out of a Tyrolean resort for a Gudauri ski lift company: equipment containing and "
         "relying on HCFCs, whose export from the Union is banned (Regulation 2024/590), on lorries through Hungary, "
         "Romania, Bulgaria and Türkiye to Georgia; Austrian German wording (R-22 equipment for export repeats in many "
         "sets and snowmaking labels once, blind126; snow guns with chillers to Georgia are the new part as far as a search "
         "found)", {"importer_country": "GE"}),
        ("OZN-07", "import", "GRROAD01", "road", "MK", [], "GR", "280430",
         "Формир-гас (N2 95 %, H2 5 %) за детекција на протекување, 13,6 кг боци, 120 боци", "MK", 1630, 120, 2400, "EUR",
         "forming gas for leak detection is a light gas at 200 bar in tall, heavy cylinders that do not slosh; these "
         "120 squat, non-refillable cylinders slosh, read 8 bar and weigh 13.6 kg of liquid each, the gas does not "
         "burn with a flame test and the filler's batch stickers read 'R22': HCFC-22, whose import into the Union is "
         "banned, on a van at Evzonoi for Thessaloniki air-conditioning installers; Macedonian wording (HCFC-22 "
         "repeats in many sets under other gas labels; a forming-gas label was found in no earlier row by a keyword "
         "search)", firm("Horizon Klimatismos AE", "GR")),
        ("OZN-08", "import", "DESEA01", "sea", "CN", [], "DE", "841869",
         "Kühlvitrinen für Konditoreien, Kältemittel R290, 80 Stück", "CN", 9600, 80, 56000, "USD",
         "patisserie display counters cooled with R-290 carry a flame symbol and a 150 g charge plate; these 80 "
         "carry no flame symbol, their compressors are stamped R-404A, each holds 1.2 kg, and no HFC quota "
         "authorisation or declaration of conformity comes with them: HFC-charged equipment placed on the Union market "
         "outside the quota system of the F-gas Regulation (2024/573), by sea from Ningbo to Hamburg for a "
         "bakery-equipment dealer before the Christmas season; German wording (pre-charged HFC equipment repeats in "
         "many sets and a cake-display label once, blind123; a patisserie-counter label was found in no earlier row "
         "by a keyword search)", firm("Nordhafen Konditoreitechnik GmbH", "DE")),
        ("OZN-09", "import", "PLROAD01", "road", "UA", [], "PL", "281121",
         "Аргон для заповнення склопакетів, балони 13 кг, 200 шт.", "UA", 2600, 200, 2000, "EUR",
         "argon for filling double-glazing units comes compressed at 200 bar in tall cylinders that do not slosh; these "
         "200 squat steel cylinders slosh, read 16 bar at 20 °C, the gas is heavier than air and the stamped tare and a pink "
         "shoulder band read 'R-410A': an HFC blend in non-refillable containers, whose placing on the Union market "
         "is banned and which needs an HFC quota, in a van at Dorohusk for Lublin air-conditioning installers; "
         "Ukrainian wording (HFC blends repeat in many sets from Ukraine and an argon-for-glazing label once, blind24; "
         "kept as a repeat on its route)", firm("Atlantic Klimatyzacja Sp. z o.o.", "PL")),
        ("OZN-10", "import", "BESEA01", "sea", "EC", [], "BE", "080390",
         "Banano Cavendish, cajas de 18,14 kg, 1.080 cajas", "EC", 19600, 1080, 17000, "USD",
         "a reefer of bananas and pineapples for an Antwerp ripening house: ripening gas, where it is shipped at "
         "all, is ethylene in tall cylinders at 150 bar or a non-flammable mix, but the third item's 'gas de "
         "maduración' are 20 squat cylinders that slosh, read 2 bar, hold 50 kg of a liquid of 1.73 kg/l each and "
         "carry 'CH3Br' under the stickers: methyl bromide, whose import into the Union is banned (no quarantine "
         "exemption remains), hidden as the last item of a three-item declaration from Guayaquil; Ecuadorian Spanish "
         "wording (methyl bromide repeats in many sets and ripening-gas labels in a few, blind116 and blind119; kept as a "
         "repeat, behind a banana reefer to Antwerp is the new part as far as a search found)",
         dict(firm("Meridian Fruit NV", "BE"),
              _more_items=[item("080430", "Piña MD2, cajas de 12 kg, 200 cajas", "EC", 2400, 2600, "USD", qty=200),
                           item("271114", "Gas de maduración para cámaras, cilindros, 20 unidades", "EC", 1000, 400, "USD", qty=20)])),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "HK", [], "DE", "711620",
         "風水玉石吊墜，新造，C形龍，2件", "HK", 0.6, 2, 180, "HKD",
         "new feng-shui jade pendants are bright, glassy, machine-polished nephrite or dyed quartz with even drill "
         "holes; these two are yellow-green, dull jade C-shaped 'pig-dragons' with soil-filled, hand-bored conical "
         "holes, calcified white patches and root marks: Hongshan-culture jades (4th millennium BC), archaeological "
         "objects whose export China forbids, brought in without an import licence (Regulation 2019/880), sent by "
         "express from Hong Kong to a private collector in Munich; traditional Chinese wording (Hongshan jades repeat "
         "in two sets and a feng-shui label once, blind122, on bracelet beads; a feng-shui pendant label from Hong "
         "Kong is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("CUL-02", "import", "ITAIR01", "air", "MM", [], "IT", "482090",
         "ပုရပိုက် ပုံစံ စာအုပ်ခေါက်၊ လက်ရေးလှ လေ့ကျင့်ရန်၊ အသစ် ၊ ၂၀ အုပ်", "MM", 14, 20, 200, "USD",
         "new folding albums for calligraphy practice are clean, white or black card folded concertina-wise; these 20 "
         "are thick, blackened mulberry-paper parabaik, soot-and-rice-paste coated, written in steatite with Burmese "
         "script, astrological diagrams and painted court scenes, with monastery seals: 18th-19th-century Burmese "
         "manuscripts whose export Myanmar forbids, brought in against the UNESCO 1970 convention, flown from Yangon "
         "to Milan for a dealer; Burmese wording (parabaik repeat in two sets; a calligraphy-album label was found in "
         "no earlier row by a keyword search)", firm("Galleria Orion Srl", "IT")),
        ("CUL-03", "import", "SEAIR01", "air", "ET", [], "SE", "420500",
         "ለቀበቶ የሚሆኑ የፍየል ቆዳ ቁራጮች፣ አዲስ፣ 40 ጥቅል", "ET", 6, 40, 120, "USD",
         "new goatskin strips for belt making are even, tanned, cut by machine and rolled plain; these 40 rolls are "
         "narrow, sewn-together parchment strips up to two metres long, written in Ge'ez in black and red with "
         "painted eyes, angels and talismanic grids, soot-darkened and kept in worn leather cases: Ethiopian "
         "healing scrolls (19th to early 20th century), cultural property whose export Ethiopia forbids without a "
         "permit, brought in against the UNESCO 1970 convention, flown from Addis Ababa to Stockholm for a dealer; "
         "Amharic wording (Ethiopian manuscripts repeat in many sets under notebook labels and healing scrolls in a few, "
         "blind17, blind85, blind86 and blind127; kept as a repeat, a belt-leather-strip label was found in no earlier "
         "row by a keyword search)", firm("Central Antikvariat AB", "SE")),
        ("CUL-04", "import", "NLPOST01", "post", "NZ", [], "NL", "711620",
         "Greenstone Christmas tree ornaments, handmade, 3 pcs", "NZ", 1.2, 3, 90, "NZD",
         "new pounamu Christmas ornaments are thin, bright, machine-cut and drilled for a ribbon; these three are "
         "thick, worn hei-tiki with inlaid paua eyes, suspension holes worn oval by cord and old museum-style "
         "numbers: taonga tūturu (Māori cultural objects over 50 years old) taken out of New Zealand without the "
         "export permit the Protected Objects Act requires, posted from Christchurch to a private collector in "
         "Leiden; New Zealand English wording (Māori taonga repeat in a few sets and greenstone labels in several; a "
         "Christmas-ornament label was found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("CUL-05", "import", "CYSEA01", "sea", "LB", [], "CY", "680291",
         "حجارة ممر للحدائق، موزاييك يدوي جديد، 40 قطعة", "LB", 2400, 40, 1200, "USD",
         "new mosaic stepping stones are concrete discs set with even glass or marble chips; these 40 are cut-down "
         "squares of lime mortar with worn stone tesserae forming birds, vines and a Greek inscription, mortar and "
         "soil still on the backs: pieces of a Late Roman mosaic floor lifted from a site in Syria, brought in against "
         "the EU ban on Syrian cultural goods (Regulation 36/2012) and without an import licence, by sea from Tripoli "
         "to Limassol; Lebanese Arabic wording (mosaic floors repeat in several sets under table-top labels; a "
         "stepping-stone label was found in no earlier row by a keyword search)", firm("Rivage Garden Ltd", "CY")),
        ("CUL-06", "import", "ROROAD01", "road", "MD", [], "RO", "491191",
         "Иконы на дереве, печатные, новые, подарочные к Рождеству, 60 шт.", "MD", 90, 60, 600, "EUR",
         "new printed gift icons are lithographs glued on MDF with a glossy varnish; 14 of these 60 are painted in egg "
         "tempera on limewood with gesso, worn gilding, candle soot and inventory labels of a Kherson oblast church "
         "torn off the backs: 18th-19th-century Ukrainian icons looted during the occupation, brought in against "
         "the EU ban on cultural goods illegally removed from Ukraine and without the importer statement, in a van at "
         "Leușeni from Chișinău; Russian wording from Moldova (looted Ukrainian icons repeat in a few sets; a "
         "Christmas-gift icon label was found in no earlier row by a keyword search)", {"importer_country": "RO"}),
        ("CUL-07", "import", "DEAIR01", "air", "IQ", [], "DE", "681599",
         "Serê kevirî yê xemilandinê ji bo baxçe, nû, 2 perçe", "IQ", 90, 2, 300, "USD",
         "new garden stone heads are cast concrete or soft sandstone, evenly tooled; these two are limestone "
         "funerary busts of a man and a woman with banded headdress, jewellery and Palmyrene Aramaic labels, broken "
         "from their relief slabs: Palmyra funerary portraits (2nd-3rd century), looted in Syria and moved through "
         "Iraqi Kurdistan, brought in against the EU ban on Syrian cultural goods, flown from Erbil to Düsseldorf for "
         "a dealer; Kurmanji Kurdish wording (Palmyra reliefs repeat in three sets; a garden-head label from Erbil "
         "was found in no earlier row by a keyword search)", firm("Orion Kunsthandel GmbH", "DE")),
        ("CUL-08", "import", "FRAIR01", "air", "CN", [], "FR", "691200",
         "강진 청자 다완, 신작, 공방 제작, 12 점", "CN", 9, 12, 480, "USD",
         "new Gangjin-style celadon tea bowls are thick, glassy, evenly jade-green and signed on the foot; four of "
         "these twelve are thin, grey-green with fine crackle, inlaid cranes and clouds (sanggam), sand-fired feet and "
         "grave earth inside: Goryeo celadons (12th-13th century) dug from tombs around Kaesong, carried into China "
         "and sent on, brought in without an import licence (Regulation 2019/880) and against the sanctions on "
         "North Korean goods, flown from Shenyang to Paris; Korean wording from Yanbian (Goryeo celadon repeats in a "
         "few sets and a new Korean tea-bowl label once, blind115, on buncheong; kept as a repeat, a Gangjin label "
         "flown from Shenyang is the new part as far as a search found)",
         firm("Galerie Horizon Asie SARL", "FR")),
        ("CUL-09", "import", "ESSEA01", "sea", "PE", [], "ES", "611019",
         "Chompas de alpaca, tejidas a mano, 600 unidades", "PE", 480, 600, 9000, "USD",
         "a Peruvian craft container for a Madrid fair-trade chain: alpaca sweaters and Cusco-school reproductions are "
         "what such shops sell, but the third item's 'cerámica utilitaria usada' are 26 cream-and-black "
         "'cuchimilco' figures and beakers with root marks, salt bloom and grave earth inside: Chancay ceramics "
         "(1000-1470 AD), archaeological objects whose export Peru forbids, brought in without an import licence "
         "(Regulation 2019/880), hidden as the last item of a three-item declaration from Callao to Valencia; "
         "Peruvian Spanish wording (Chancay figures repeat in many sets; kept as a repeat, behind alpaca sweaters as "
         "used kitchen ceramics is the new part as far as a search found)",
         dict(firm("Alpina Comercio Justo SL", "ES"),
              _more_items=[item("970191", "Pinturas estilo escuela cusqueña, reproducciones, 80 unidades", "PE", 160, 2400, "USD", qty=80),
                           item("691390", "Cerámica utilitaria usada, 26 piezas", "PE", 40, 130, "USD", qty=26)])),
        ("CUL-10", "export", "ITAIR01", "express", "IT", [], "CH", "691390",
         "Base per lampada in ceramica dipinta, stile antico, 1 pezzo", "IT", 6, 1, 150, "EUR",
         "a painted ceramic lamp base in antique style is drilled through for a cable and glazed; this one is an "
         "undrilled red-figure pelike with a youth and a woman at an altar, added white, incrustation in the foot and "
         "a crack filled with fresh earth, from a tomb near Canosa: an Apulian vase (4th century BC), an "
         "archaeological object that needs an export licence at any value (Regulation 116/2009) and belongs to the "
         "Italian state, sent by express from Bari to a Geneva dealer without one; Italian wording (Apulian vases "
         "repeat in several sets and a lamp-base label once, blind111, on alabaster; a ceramic lamp-base label to "
         "Switzerland is the new part as far as a search found)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KZ", "847150",
         "Gebrauchte Krypto-Mining-Rigs, je 8 Grafikkarten, 40 Stück", "DE", 1600, 40, 48000, "EUR",
         "used mining rigs are open frames with worn consumer graphics cards, dusty fans and a value of a few hundred "
         "euros each; these 40 frames carry new, sealed data-centre accelerator modules with high-bandwidth memory "
         "and no display outputs, worth some 25,000 EUR apiece, for an Almaty 'data centre' whose freight forwarder "
         "delivers to Moscow: processing units and accelerators (8471 50, 8473 30), on the common high-priority list "
         "whose export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from "
         "Frankfurt; German wording (GPUs and graphics cards repeat in a few sets; a used mining-rig label was found in "
         "no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "UZ", "852589",
         "Kamery pro videokonference, USB, 300 ks", "CZ", 90, 300, 9000, "EUR",
         "video-conference cameras are USB boxes with a colour sensor, a wide lens and microphones at 60 EUR each; these "
         "300 boxes hold bare, shuttered uncooled microbolometer cores (640 x 512, 12 µm) with germanium lenses and no "
         "colour sensor or microphone at all, worth thousands each, for a Tashkent 'security' firm whose buyers are Russian drone "
         "makers: thermal-imaging cameras and cores (6A003, 8525 89), controlled dual-use goods and on the common "
         "high-priority list, exported without a licence, flown from Prague; Czech wording (thermal cores repeat in "
         "many sets under camera labels and a webcam label once, blind74; a video-conference camera label was found "
         "in no earlier row by a keyword search)",
         {"importer_country": "UZ"}),
        ("STR-03", "export", "DKSEA01", "sea", "DK", [], "OM", "843880",
         "Mælkekøletanke i rustfrit stål, 2.000 l, 4 stk.", "DK", 7200, 4, 48000, "EUR",
         "bulk milk cooling tanks are open, insulated vats with a paddle and a condensing unit; these "
         "four are closed, jacketed, steam-sterilisable vessels with a magnetic stirrer seal, polished interior, "
         "sterile sampling ports and gas spargers, in a container for a Sohar 'beverage' firm whose orders go on to "
         "Bandar Abbas: fermenters controlled under dual-use 2B352 (able to grow pathogens without release), exported "
         "without the licence Regulation 2021/821 requires and against the Iran regulation, from Aarhus; Danish wording "
         "(fermenters repeat in several sets under brewing labels, a kombucha one in blind6, and milk-cooling-tank "
         "labels twice on R-22 equipment; milk tanks hiding fermenters were found in no earlier row by a keyword search)", {"importer_country": "OM"}),
        ("STR-04", "export", "BGROAD01", "road", "BG", [], "TR", "850132",
         "Двигатели за грънчарски колела, 1000 W, 400 бр.", "BG", 1600, 400, 24000, "EUR",
         "pottery-wheel motors are heavy, enclosed units with a reduction drive and a foot-pedal lead; these 400 are "
         "light, open outrunner brushless motors with propeller mounts, no gearbox and no pedal, at the price of large UAV motors, "
         "for an Istanbul 'bicycle parts' trader that ships to Tehran: motors for unmanned aerial vehicles, whose sale "
         "for use in Iran Regulation 2023/1529 forbids, by lorry at Kapitan Andreevo; Bulgarian wording (UAV motors "
         "repeat in many sets, as e-bike motors in blind37; a pottery-wheel label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "GBAIR01", "air", "GB", [], "AE", "950790",
         "Glow-in-the-dark fishing floats, self-luminous, 2,000 pcs", "GB", 60, 2000, 4000, "GBP",
         "glow fishing floats carry a phosphorescent paint or a chemical light stick; these 2,000 each hold a sealed "
         "glass capsule of tritium gas lined with phosphor that glows without charging, far brighter than any "
         "float needs, totalling several hundred TBq, for a Dubai tackle shop whose consignee is an Iranian trading "
         "house: tritium (dual-use 1C235) in self-luminous sources above the exemption, exported without a licence, "
         "flown from Heathrow; English wording (tritium repeats in a few sets and a fishing-float label once, "
         "blind20; tritium as floats to Dubai is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-06", "export", "EEROAD01", "road", "EE", [], "RU", "180690",
         "Šokolaadi-advendikalendrid, 6 t", "EE", 6000, None, 30000, "EUR",
         "a December lorry for a St Petersburg retailer at Narva: advent calendars and toys may still go to Russia, "
         "but the third item's 'koolifüüsika komplektid' are 120 four-channel digital oscilloscopes of 1 GHz with "
         "deep memory and no school kit among them: oscilloscopes (9030 20), on the common high-priority list whose "
         "export to Russia Regulation 833/2014 forbids, hidden as the last item of a three-item declaration; Estonian "
         "wording (oscilloscopes repeat in many sets; behind advent calendars as school physics kits at Narva is the "
         "new part as far as a search found)",
         dict({"importer_country": "RU"},
              _more_items=[item("950300", "Puidust mänguasjad, komplektid, 2 t", "EE", 2000, 14000, "EUR"),
                           item("903020", "Koolifüüsika komplektid, 120 tk", "EE", 960, 2400, "EUR", qty=120)])),
        ("STR-07", "export", "PTSEA01", "sea", "PT", [], "TR", "760820",
         "Tubos de alumínio para pilares de pérgolas, 2.000 m", "PT", 9000, None, 18000, "EUR",
         "pergola posts are square or round 6063 extrusions, powder-coated, with thin walls; these are heavy, 120 mm, thick-walled "
         "7075-T6 tubes with mill certificates showing over 500 MPa tensile strength, for an Izmir 'garden furniture' firm "
         "whose consignee is a Tehran industrial group: aluminium alloy tubes controlled under dual-use 1C202 "
         "(outside diameter over 75 mm), exported without the licence Regulation 2021/821 requires, from Leixões; "
         "Portuguese wording (1C202 tubes repeat in several sets under tent-pole, flagpole, "
         "bicycle-frame, telescope and marquee labels; a pergola label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-08", "export", "HUROAD01", "road", "HU", [], "RS", "853710",
         "Pékkemence-vezérlőpanelek, cserealkatrész, 60 db", "HU", 300, 60, 6000, "EUR",
         "bakery-oven control panels are small touch screens with timers and temperature probes; these 60 are "
         "complete five-axis CNC controllers with servo drive outputs and a machining-centre operator panel, worth "
         "8,000 EUR each on the maker's list, for a Belgrade 'bakery service' whose buyer is in Yekaterinburg: "
         "numerical controls (8537 10), on the common high-priority list whose export and re-export to Russia "
         "Regulation 833/2014 forbids, by lorry at Röszke; Hungarian wording (CNC controllers repeat in several sets, once "
         "in Hungarian as embroidery-machine controllers, blind119; an oven-control label was found in no earlier row "
         "by a keyword search)",
         {"importer_country": "RS"}),
        ("STR-09", "import", "ITSEA01", "sea", "AE", [], "IT", "390110",
         "Polietilene a bassa densità, grado film, origine Emirati Arabi Uniti, 200 t", "AE", 200000, 8000, 220000, "USD",
         "Emirati LDPE comes from Ruwais with Borouge bag prints and lot numbers; these 8,000 bags are reprinted "
         "over bags from an Iranian petrochemical complex at Asaluyeh whose lot codes still show inside, and the "
         "certificate of origin is from a Jebel Ali free-zone trader with no plant: Iranian petrochemical products, "
         "whose import into the Union Regulation 267/2012 forbids, by sea from Jebel Ali to Genoa for a film maker; "
         "Italian wording (Iranian goods under Emirati origin repeat in a few sets; LDPE from Asaluyeh is the new part "
         "as far as a search found)", firm("Meridian Polimeri Srl", "IT")),
        ("STR-10", "export", "PLROAD01", "road", "PL", [], "GE", "392690",
         "Ochraniacze snowboardowe na plecy i biodra, 400 szt.", "PL", 2400, 400, 8000, "EUR",
         "snowboard impact pads are soft, ventilated foam shells weighing some 400 g; these "
         "400 are 6 kg curved boron-carbide plates in covers, with multi-hit ballistic test stamps (NIJ level IV), for a "
         "Tbilisi 'ski' shop whose consignee is in Russia: body armour (Common Military List ML13), exported without "
         "a military export licence and against the arms embargo in Regulation 833/2014, by lorry through the "
         "Union to Georgia; Polish wording (ballistic plates repeat in many sets and a motorcycle back-protector "
         "label once, blind126; a snowboard-pad label was found in no earlier row by a keyword search)", {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "GE", [], "NL", "060110",
         "მუსკარის ბოლქვები, დასარგავად, 800 კგ", "GE", 800, None, 1600, "EUR",
         "grape-hyacinth bulbs are small, tunicated, with a brownish papery skin and a tuft of roots; these 800 kg are "
         "white, elongated snowdrop bulbs with soil and torn leaves, dug in the forests of Racha and Guria beyond the "
         "quota Georgia sets each year: wild Galanthus woronowii (CITES App. II) without CITES documents, flown from "
         "Tbilisi to Amsterdam for a bulb trader in the forcing season; Georgian wording (snowdrops repeat in many "
         "sets and grape-hyacinth labels in a few; kept as a repeat, by air from Georgia is the new part as far as a "
         "search found)", firm("Horizon Bloembollen BV", "NL")),
        ("WLF-02", "import", "FRAIR01", "air", "BR", [], "FR", "440729",
         "Blocos de jatobá para canetas torneadas, 400 peças", "BR", 120, 400, 2400, "USD",
         "jatobá pen blanks are short, square, salmon-brown blocks with dark streaks; these 400 pieces "
         "are long, dense, orange-red, lustrous sticks sized for violin bows that darken to brown and give a red-orange extract in water: "
         "pernambuco (Paubrasilia echinata, CITES App. II, export from Brazil under tight control), without CITES "
         "documents, flown from Salvador to Paris for a Mirecourt bow maker; Brazilian Portuguese wording (pernambuco "
         "repeats in several sets under other bow-wood labels, jatobá once as paquió, blind97; a pen-blank label was "
         "found in no earlier row by a keyword search)", firm("Atelier Rivage SARL", "FR")),
        ("WLF-03", "import", "ITAIR01", "air", "NP", [], "IT", "621420",
         "क्रिसमस उपहार पश्मिना सल, बक्सामा, ४० वटा", "NP", 8, 40, 2000, "USD",
         "Christmas-gift pashmina stoles are soft, slightly hairy cashmere of 14-16 microns at 50 USD each; these 40 "
         "pass through a ring, are gossamer-fine, fawn-grey, 9-11 microns with the guard hairs of Pantholops under "
         "the microscope: shahtoosh from Tibetan antelope (CITES App. I), without CITES documents, flown from "
         "Kathmandu to Milan for a boutique; Nepali wording (shahtoosh repeats in several sets under pashmina labels; "
         "a Christmas-gift label from Nepal is the new part as far as a search found)", firm("Vega Cashmere Srl", "IT")),
        ("WLF-04", "import", "CZAIR01", "express", "VN", [], "CZ", "030749",
         "Mực khô tẩm gia vị, ăn liền, 2 kg", "VN", 2, 1, 900000, "VND",
         "seasoned dried squid snack is shredded, pale, sweet-salty flesh in sealed bags; this parcel holds 60 whole, "
         "flattened, dried lizards on bamboo splints, grey-blue with orange spots and toe pads: tokay geckos (Gekko "
         "gecko, CITES App. II) without CITES documents, for traditional medicine wine, sent by express from Hanoi to "
         "a private person at the Sapa market in Prague; Vietnamese wording (tokay geckos repeat in many sets and "
         "squid labels in several; kept as a repeat, by express to Prague is the new part as far as a search found)",
         person("Pan Nguyen Van Hung", "CZ")),
        ("WLF-05", "import", "NLAIR01", "air", "MY", [], "NL", "030554",
         "Ikan bilis kering, gred A, kotak 10 kg, 12 kotak", "MY", 120, 12, 1800, "USD",
         "dried ikan bilis are small, silvery, straight anchovies that smell of the sea; the back two cartons hold "
         "curled, ridged, dried seahorses, some 9,000 of them: Hippocampus spp. (CITES App. II, Malaysia under a "
         "CITES trade suspension recommendation) without CITES documents, flown from Kuala Lumpur to Amsterdam for a "
         "Chinese-medicine wholesaler; Malay wording (seahorses repeat in many sets under dried-fish labels; an ikan "
         "bilis label was found in no earlier row by a keyword search)", firm("Orion Oosterse Kruiden BV", "NL")),
        ("WLF-06", "import", "ESAIR01", "air", "MX", [], "ES", "030111",
         "Peces ornamentales Corydoras, criados en granja, 40 bolsas", "MX", 60, 40, 800, "USD",
         "farmed Corydoras are small armoured catfish, a few hundred to a bag; these 40 bags hold 1,200 pale, "
         "feathery-gilled salamander larvae with wide heads and four legs: axolotls (Ambystoma mexicanum, CITES App. "
         "II) taken from Xochimilco canals, without CITES documents, flown from Mexico City to Madrid for an "
         "aquarium wholesaler; Mexican Spanish wording (axolotls repeat in a few sets and a Corydoras label once, "
         "blind21; kept as a repeat, by air to Madrid is the new part as far as a search found)",
         firm("Delta Acuarios SL", "ES")),
        ("WLF-07", "transit", "PTAIR01", "air", "MZ", ["PT"], "VN", "080261",
         "Noz de macadâmia com casca, sacos de 25 kg, 24 sacos", "MZ", 600, 24, 2400, "USD",
         "macadamias in shell are round, hard, brown nuts that rattle in the sack; the middle bags hold dry, brown, "
         "overlapping keratin scales with a ridged, shield-like shape: pangolin scales (Manis spp., CITES App. I), "
         "without CITES documents, landed at Lisbon in transit from Maputo to Hanoi on an air waybill; Mozambican "
         "Portuguese wording (pangolin scales repeat in many sets under nut labels; a macadamia label was found in no "
         "earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-08", "import", "DEPOST01", "post", "BR", [], "DE", "060290",
         "Estacas de flor-de-maio (Schlumbergera), para o Natal, 30 unidades", "BR", 1.5, 30, 60, "BRL",
         "Christmas-cactus cuttings are flat, jointed, green stem segments without spines; these 30 are round, "
         "flattened, ribbed globes with curved spines and a woolly crown, dug with roots from quartz sand in Bahia: "
         "wild Discocactus (CITES App. I) without CITES documents, posted from Feira de Santana to a private grower "
         "in Kassel; Brazilian Portuguese wording (Discocactus repeats in two sets; a Christmas-cactus label was "
         "found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "ESAIR01", "air", "CU", [], "ES", "220840",
         "Ron añejo cubano, 7 años, botellas 0,7 l, 600 botellas", "CU", 600, 600, 4200, "EUR",
         "a Havana air shipment for a Madrid Cuban shop: aged rum and cigars are what such shops sell, but the third "
         "item's 'peinetas de acetato, artesanía' are 120 translucent amber-and-brown mottled combs and bracelets that "
         "smell of burnt hair under a hot needle and show layered plates: hawksbill turtle shell (Eretmochelys "
         "imbricata, CITES App. I) without CITES documents, hidden as the last item of a three-item declaration, "
         "flown from Havana to Madrid; Cuban Spanish wording (hawksbill repeats in many sets; behind rum and cigars "
         "as acetate hair combs is the new part as far as a search found)",
         dict(firm("Central Habanos SL", "ES"),
              _more_items=[item("240210", "Tabacos, caja de 25, 40 cajas", "CU", 40, 6000, "EUR", qty=40),
                           item("961511", "Peinetas de acetato, artesanía, 120 piezas", "CU", 3, 240, "EUR", qty=120)])),
        ("WLF-10", "import", "LTAIR01", "air", "KZ", [], "LT", "050790",
         "Ешкі мүйізінен түйме дайындамалары, 40 кг", "KZ", 40, None, 400, "USD",
         "goat-horn button blanks are dark, opaque, fibrous slices from curved, flattened horns; these 40 kg are whole, "
         "lyre-shaped, ringed, translucent amber horns of 25-30 cm, solid at the tip: saiga antelope horn (Saiga "
         "tatarica, CITES App. II with a zero quota for wild specimens), without CITES documents, flown from Almaty "
         "to Vilnius for a buyer who sends them on to Asian medicine traders; Kazakh wording (saiga horn repeats in "
         "many sets; a button-blank label was found in no earlier row by a keyword search)",
         firm("Alpina Prekyba UAB", "LT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATPOST01", "post", "BA", "AT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (beekeeping equipment sanitation)", "BA", 4.5, 4,
     40, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-48-0241")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "NO", "SE", "360360",
     "Electric detonators, 500 pcs, for a licensed quarry in Dalarna", "NO", 25, 500, 2500, "EUR",
     [("IMPORT_LICENCE", "SE-MSB-48-0117")], "electric detonators to a licensed quarry with their transfer licence"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "381800",
     "Spent pot lining (16 11 01*), for treatment at a licensed hazardous-waste plant, 22 t", "NO", 22000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-NI-48-0311")], "notified spent pot lining to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "854911",
     "Waste nickel-cadmium batteries (16 06 02*), sorted, for recycling at a licensed plant, 18 t", "CH", 18000, None, 0,
     "EUR", [("BASEL_CONSENT", "FR-OC-48-0072")], "notified Ni-Cd batteries to a licensed recycler"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290376",
     "Halon 1211, recovered and reclaimed, 20 cylinders, for aircraft hand-held extinguishers (critical use)", "US",
     500, 20, 14000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-48-006")], "reclaimed halon 1211 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "IL", "IT", "290361",
     "Methyl bromide, 40 cylinders, for use as feedstock in pharmaceutical synthesis", "IL", 2000, 40, 9000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-48-011")], "methyl bromide imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "FRAIR01", "air", "JP", "FR", "970510",
     "Goryeo celadon bowl, inlaid cranes, 12th century, documented Japanese collection since 1936", "KR", 1, 1,
     42000, "EUR", [("IMPORT_LICENCE", "FR-MC-IMP-48-0019")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970510",
     "Apulian red-figure pelike, 4th century BC, documented Italian collection since 1911, free-circulation certificate",
     "IT", 6, 1, 65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-48-0288")],
     "archaeological object exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "DKSEA01", "sea", "DK", "SA", "843880",
     "Jacketed stainless fermenters, 2,000 l, steam-sterilisable, 4 units, for a veterinary vaccine plant", "DK",
     7200, 4, 320000, "EUR", [("EXPORT_LICENCE", "DK-ERST-48-0093"), ("END_USER_CERTIFICATE", "SA-MEWA-EUC-48-014")],
     "dual-use fermenters under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "KR", "852589",
     "Uncooled microbolometer thermal-imaging cores, 640 x 512, 200 units, for an automotive night-vision maker", "CZ",
     40, 200, 360000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-48-0451"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-48-0087")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "GE", "NL", "060110",
     "Snowdrop bulbs, Galanthus woronowii, within the Georgian export quota, 2 t", "GE", 2000, None, 5000, "EUR",
     [("CITES_PERMIT", "GE-MEPA-48-0412")], "App. II snowdrop bulbs within quota with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "BR", "FR", "440729",
     "Pernambuco bow blanks, Paubrasilia echinata, from registered pre-existing stock, 120 pieces", "BR", 40, 120,
     18000, "USD", [("CITES_PERMIT", "BR-IBAMA-48-0733")], "App. II pernambuco with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-03": "Central Entsorgung GmbH", "PRM-06": "Meridian Farmaceutici Srl",
    "PRM-07": "Galerie Horizon Asie SARL", "PRM-11": "Horizon Bloembollen BV", "PRM-12": "Atelier Rivage SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (47 rows): the lawful twins of this set's disguises
    ("220190", "Holy water souvenir bottles, 250 ml, Medjugorje", "import", ["post"], ["BA"], (3, 8), (1, 4), ["EUR"], 4, S),
    ("200989", "Yuzu juice, 100 %, unsalted, 720 ml bottles", "import", ["air"], ["JP"], (12, 22), (100, 500), ["USD", "EUR"], 1.3, S),
    ("151590", "Camellia hair oil, cold-pressed, 100 ml", "import", ["express"], ["KR", "JP"], (30, 60), (1, 3), ["USD"], 8, S),
    ("110630", "Water-chestnut (singhara) flour, 500 g packs", "import", ["air"], ["IN"], (3, 6), (100, 500), ["USD"], 2, S),
    ("170230", "Brewing sugar, dextrose monohydrate, 1 kg bags", "import", ["post"], ["GB"], (3, 6), (1, 4), ["GBP"], 1, S),
    ("853929", "Spare bulbs for Christmas light strings, 10-packs", "import", ["sea"], ["CN"], (4, 8), (1000, 4000), ["USD"], 20, S),
    ("950510", "Christmas table crackers, with snaps and paper hats", "import", ["sea"], ["CN", "GB"], (3, 6), (2000, 6000), ["USD", "GBP"], 1, S),
    ("251710", "White quartz aquarium gravel, 2-3 mm, 25 kg sacks", "import", ["road"], ["TR"], (0.3, 0.6), (8000, 20000), ["EUR"], 0.04, S),
    ("150990", "Refined olive oil for Hanukkah lamps, 1 l", "import", ["express"], ["IL"], (5, 10), (1, 4), ["USD", "EUR"], 1, S),
    ("283640", "Baking potash (potassium carbonate), 100 g tins", "import", ["post"], ["NO", "GB"], (10, 20), (1, 3), ["NOK", "GBP"], 10, S),
    ("270400", "Foundry coke, 80-150 mm, for cupola furnaces", "import", ["sea"], ["CO", "CN"], (0.3, 0.5), (20000, 26000), ["USD"], None, S),
    ("720529", "Iron powder for air-activated hand warmers", "import", ["sea"], ["CN", "JP"], (1.5, 3), (5000, 15000), ["USD"], None, S),
    ("961380", "USB rechargeable arc lighters, new, boxed", "import", ["sea"], ["CN"], (15, 30), (1000, 4000), ["USD"], 15, S),
    ("392690", "Shredded foam filling for pet beds, new", "import", ["sea"], ["TR", "CN"], (1.5, 3), (2000, 6000), ["USD", "EUR"], None, S),
    ("630900", "Worn clothing, sorted grade A, bales", "export", ["sea"], ["GH", "KE", "PK"], (0.6, 1.2), (8000, 20000), ["EUR"], None, S),
    ("381400", "Paint thinner, ester-based, 1 l tins", "import", ["sea"], ["CN", "TR"], (1.5, 3), (5000, 12000), ["USD", "EUR"], 1, S),
    ("850760", "E-bike battery packs, new, with UN 38.3 summary", "import", ["sea"], ["CN"], (20, 40), (2000, 6000), ["USD"], 0.3, S),
    ("282741", "Copper oxychloride fungicide, 50 % Cu, 25 kg bags", "export", ["sea"], ["NG", "KE", "CI"], (3, 5), (10000, 20000), ["EUR"], None, S),
    ("382499", "Ferrofluid for loudspeaker voice coils, 50 ml syringes", "import", ["air"], ["JP", "US"], (60, 120), (50, 300), ["USD"], 20, S),
    ("850750", "NiMH AA cells for solar garden lights, new", "import", ["sea"], ["CN"], (8, 15), (2000, 6000), ["USD"], 40, S),
    ("281121", "Liquid CO2 in siphon cylinders for stage effects", "import", ["road"], ["TR", "RS"], (1, 2), (2000, 6000), ["EUR"], 0.03, S),
    ("391000", "Silicone damper oil, 1000 cSt, drums", "import", ["sea"], ["US", "KR"], (6, 12), (2000, 8000), ["USD"], None, S),
    ("290919", "Dimethyl ether (DME), aerosol propellant grade, ISO tank", "import", ["sea"], ["CN"], (0.8, 1.2), (12000, 14000), ["USD"], None, S),
    ("842489", "Fan snow guns, new, without refrigeration unit", "export", ["road"], ["GE", "RS"], (15, 30), (2000, 9000), ["EUR"], 0.001, S),
    ("280430", "Forming gas (N2 95 %, H2 5 %), refillable 50 l cylinders", "import", ["road"], ["MK", "TR"], (0.5, 1), (1000, 3000), ["EUR"], 0.015, S),
    ("841850", "Patisserie display counters, R-290 cooling, new", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 8000), ["USD", "EUR"], 0.008, S),
    ("711620", "Feng-shui jade pendants, new, nephrite", "import", ["express"], ["HK", "CN"], (40, 80), (1, 2), ["USD", "HKD"], 20, S),
    ("482090", "Folding concertina albums for calligraphy, new", "import", ["sea"], ["CN", "JP"], (3, 6), (500, 2000), ["USD"], 3, S),
    ("420500", "Goatskin leather strips for belt making, new", "import", ["air"], ["ET", "IN"], (10, 20), (100, 400), ["USD"], 3, S),
    ("711620", "Greenstone Christmas ornaments, new, machine-cut", "import", ["post"], ["NZ"], (60, 120), (1, 2), ["NZD"], 10, S),
    ("680291", "Mosaic stepping stones for gardens, new", "import", ["sea"], ["LB", "TR"], (0.5, 1), (2000, 8000), ["USD"], 0.1, S),
    ("491191", "Printed gift icons on MDF, new", "import", ["road"], ["MD", "UA"], (5, 10), (100, 600), ["EUR"], 1, S),
    ("681599", "Cast-stone garden heads, new", "import", ["sea"], ["CN", "IN"], (1, 2), (2000, 6000), ["USD"], 0.05, S),
    ("691200", "Gangjin-style celadon tea bowls, new, signed", "import", ["air"], ["KR"], (15, 30), (50, 300), ["USD"], 2, S),
    ("691390", "Painted ceramic lamp bases, antique style, new", "export", ["post"], ["CH", "US"], (20, 40), (1, 3), ["EUR"], 0.3, S),
    ("847150", "Used crypto-mining rigs, consumer graphics cards", "export", ["air"], ["KZ", "AE"], (20, 60), (200, 1500), ["EUR"], 0.03, S),
    ("852589", "USB video-conference cameras, boxed", "import", ["sea"], ["CN"], (25, 45), (1000, 5000), ["USD"], 2, S),
    ("843420", "Bulk milk cooling vats, stainless, without condensing unit", "export", ["sea"], ["OM", "MA"], (5, 10), (2000, 8000), ["EUR"], 0.002, S),
    ("850132", "Pottery-wheel motors, geared, with foot pedal", "import", ["sea"], ["CN"], (6, 10), (3000, 9000), ["USD"], 0.15, S),
    ("950790", "Glow fishing floats, phosphorescent paint", "import", ["sea"], ["CN"], (8, 15), (500, 2000), ["USD"], 50, S),
    ("760820", "Aluminium pergola posts, 6063, powder-coated", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], None, S),
    ("853710", "Bakery-oven control panels, spare", "import", ["air"], ["CN", "TR"], (60, 120), (100, 500), ["USD", "EUR"], 0.3, S),
    ("392690", "Snowboard back and hip impact pads, CE", "import", ["sea"], ["CN", "VN"], (20, 35), (1000, 3000), ["USD"], 2, S),
    ("621420", "Pashmina stoles, Christmas gift boxes", "import", ["air"], ["NP", "IN"], (80, 150), (100, 400), ["USD"], 5, S),
    ("961511", "Acetate hair combs, tortoiseshell pattern", "import", ["post"], ["FR", "JP"], (30, 60), (1, 3), ["EUR", "USD"], 20, S),
    ("440729", "Jatobá boards, sawn, kiln-dried", "import", ["sea"], ["BR"], (1.0, 1.6), (18000, 24000), ["USD"], None, S),
    ("220840", "Cuban rum, aged 7 years, 0.7 l", "import", ["sea"], ["CU"], (8, 14), (4000, 10000), ["EUR"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120 and blind128, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (steel is left out of the ordinary rows), with four
# new rows instead of blind128's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("960990", "Sidewalk chalk, children's, boxed", "import", ["sea"], ["CN", "IN"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
        ("481940", "Paper gift bags, printed, with rope handles", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 20, N),
        ("392490", "Silicone trivets and pot holders", "import", ["sea"], ["CN"], (5, 9), (2000, 5000), ["USD"], 10, N),
        ("630251", "Cotton placemats and napkins, woven", "import", ["post", "express"], ["PT", "IN"], (20, 40), (1, 3), ["EUR", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind136", 20481101, HERE)


if __name__ == "__main__":
    main()
