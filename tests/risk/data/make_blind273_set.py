#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-third blind set (tests/risk/data/blind273-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2071, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: hydroponics, grow shops and
indoor farming (grow shops and their web shops, hydroponic nutrient and grow-light
wholesalers, vertical and container farms, plant factories, aquaponic farms, hemp-extract
plants and the substrate, climate and fertigation suppliers behind them).
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
animal origin) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee name
only where a real declaration would. Ids are BL273-*:

    python3 tests/risk/data/make_blind273_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2071, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2071
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRAIR01", "express", "CA", [], "FR", "382219",
         "Solution d'étalonnage CE 1,413 mS/cm pour culture hydroponique, bouteilles de 1 L, 24 bouteilles", "CA",
         27.1, 24, 180, "CAD",
         "the EC calibration solutions grow shops sell for conductivity pens are 0.01 M potassium chloride in water, "
         "1.00 kg/l, in 250-500 ml bottles with a lot number and a temperature table; these 24 litre bottles have "
         "vented caps and hold a water-clear liquid of 1.13 kg/l that reads almost nothing on an EC pen instead of "
         "1,413 µS/cm, whitens the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent "
         "by express from Montréal to a Montpellier grow shop that sells the litres to the public, although oxidising "
         "liquids travel by express only as declared dangerous goods; Canadian French wording (hydrogen peroxide "
         "repeats in many sets and hydroponic oxygen-booster labels on it in four, blind4, blind14, blind37, blind38; "
         "an EC calibration-solution label was found in no earlier row by a keyword search)",
         firm("Vega Culture Hors-Sol SARL", "FR")),
        ("PRE-02", "import", "CZAIR01", "air", "TH", [], "CZ", "310590",
         "แคล-แมก อาหารเสริมแคลเซียมและแมกนีเซียมสำหรับไฮโดรโปนิกส์ ขวด 1 ลิตร 120 ขวด", "TH", 168, 120, 540, "USD",
         "liquid Cal-Mag is a calcium and magnesium nitrate solution with a little iron, pale yellow-green and "
         "syrupy at about 1.35 kg/l, that never fumes; these 120 bottles hold a water-clear to yellowish liquid of "
         "1.40 kg/l that fumes brown when opened, stains the skin yellow and eats through a copper wire, for a Brno "
         "grow-shop chain whose web shop sells the bottles to the public: about 65 % nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, flown from Bangkok to Prague; Thai wording (nitric acid repeats "
         "in many sets and hydroponic pH-down labels on it in several, blind21, blind39, blind46, blind70, blind99; a "
         "Cal-Mag label was found in no earlier row by a keyword search)", firm("Orion Hydroponie s.r.o.", "CZ")),
        ("PRE-03", "import", "GRROAD01", "road", "TR", [], "GR", "310560",
         "PK 13/14 çiçeklenme güçlendirici, hidroponik, 5 l bidon, 200 bidon", "TR", 1840, 200, 1600, "EUR",
         "PK 13/14 is a monopotassium-phosphate solution, clear, slightly acid and about 1.25 kg/l, that bloom-stage "
         "growers dose by the millilitre; these 200 cans weigh 9.2 kg each (1.84 kg/l), grow hot with a splash of "
         "water, char the carton where one leaked and blacken a sugar cube, for a Thessaloniki grow-shop wholesaler "
         "that sells 5 l cans to the public: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members "
         "of the public, in a van at Kipoi; Turkish wording (sulphuric acid repeats in many sets and a phosphoric "
         "pH-down label on it once, blind43; a granular bloom-booster label once, blind44, on another precursor; a "
         "liquid PK 13/14 label was found in no earlier row by a keyword search)",
         firm("Delta Ydroponika AE", "GR")),
        ("PRE-04", "import", "CYAIR01", "air", "IL", [], "CY", "283990",
         "חומצה אורתו-סיליקית מיוצבת (OSA) לגידול הידרופוני, בקבוקי 1 ליטר, 96 בקבוקים", "IL", 109.4, 96, 1400, "USD",
         "stabilised ortho-silicic acid for hydroponic growers is a few per cent silicic acid held in choline "
         "chloride, a clear, slightly viscous liquid of about 1.1 kg/l sold in 250 ml bottles; these 96 litre "
         "bottles hold a thin, faintly fruity liquid of 1.14 kg/l that only partly mixes with water, burns with a "
         "pale flame and carries UN 1261 on the outer cartons, for a Nicosia grow shop that sells the litres to "
         "model-engine hobbyists as well as growers: nitromethane (Annex I above 16 %) made available to members of "
         "the public, flown from Tel Aviv to Larnaca; Hebrew wording (nitromethane repeats in many sets; an OSA or "
         "silicic-acid label was found in no earlier row by a keyword search)", firm("Horizon Hydroponics Ltd", "CY")),
        ("PRE-05", "import", "ESSEA01", "sea", "MA", [], "ES", "310520",
         "Engrais hydrosoluble NPK 4-18-38 pour hydroponie (formule tomate), sacs de 25 kg, 800 sacs", "MA", 20000,
         800, 22000, "USD",
         "a 4-18-38 'tomato formula' for hydroponics is a fine, pink to red powder of potassium nitrate, phosphates "
         "and chelated trace elements that dissolves completely; these 800 sacks hold white, round prills that turn "
         "ice-cold in water, test at 34 % N with no phosphate or potash and melt and fume on a hot plate, for a "
         "Granada grow-shop wholesaler that re-bags them in 1 kg 'nutrient' packs for the public: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Casablanca to Algeciras; "
         "Moroccan French wording (ammonium nitrate repeats in many sets and hydroponic nutrient labels on it in "
         "several, blind6, blind69, blind88, blind106; a 4-18-38 soluble-fertiliser label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Cultivo Hidropónico SL", "ES")),
        ("PRE-06", "import", "FIPOST01", "post", "VN", [], "FI", "382499",
         "Viên sủi tạo khí CO2 cho lều trồng cây trong nhà, hộp 1 kg, 4 hộp", "VN", 4, 4, 40, "USD",
         "the CO2 tablets sold for grow tents are effervescent sodium bicarbonate and citric acid that fizz in a cup "
         "of water for an hour; these four tubs hold hard, white tablets that sink without a bubble, draw damp, flare "
         "yellow on a gas ring and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from "
         "Ho Chi Minh City to a private grower in Tampere; Vietnamese wording (sodium chlorate repeats in many sets "
         "and effervescent-tablet labels on it in a few; a grow-tent CO2-tablet label was found in no earlier row by a "
         "keyword search)", person("Mikko Virtanen", "FI")),
        ("PRE-07", "import", "PTAIR01", "air", "IN", [], "PT", "283640",
         "ஹைட்ரோபோனிக் pH அதிகரிப்பு தூள் (பொட்டாசியம் கார்பனேட்), 1 கிலோ பைகள், 500 பைகள்", "IN", 500, 500, 900, "USD",
         "the potassium carbonate sold as pH-up for nutrient tanks is a white, granular, strongly alkaline powder "
         "that cakes in damp air and feels slippery when wet; these 500 bags hold shiny, flaky crystals that stay "
         "dry, read neutral on a pH strip where pH-up reads 11 and more, and spit violet sparks on a hot iron, for a "
         "Lisbon grow-shop web shop that sells the bags to the public: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Chennai to Lisbon; Tamil wording (potassium chlorate "
         "repeats in many sets; pool pH-plus labels twice, blind71 and blind103, on other goods; a hydroponic pH-up "
         "label was found in no earlier row by a keyword search)", firm("Horizon Cultivo Interior Lda", "PT")),
        ("PRE-08", "import", "MTAIR01", "air", "CA", [], "MT", "382499",
         "Two-way humidity control refill salt, 62 % RH, for curing jars, 1 lb tubs, 480 tubs", "CA", 218, 480, 2400,
         "CAD",
         "the two-way humidity packs used for curing dried herbs hold a saturated salt solution in a gel behind a "
         "membrane, and their refill salt is a damp, pasty sodium or potassium salt; these 480 tubs hold dry, "
         "free-flowing, gritty white crystals that draw no water, burn fiercely mixed with sugar and whose inner bags "
         "read 'KClO4', for a Valletta grow shop that opened after Malta allowed home growing and sells the tubs to "
         "the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Toronto to Malta; Canadian English wording (potassium perchlorate repeats in many sets and a "
         "hygrometer-calibration salt once, blind226, on another good; a curing humidity-pack label was found in no "
         "earlier row by a keyword search)", firm("Vega Grow Supplies Ltd", "MT")),
        ("PRE-09", "import", "DEAIR01", "air", "KR", [], "DE", "382499",
         "수경재배용 플러싱제 (잔류 비료 제거용), 1 kg 통, 300통", "KR", 300, 300, 1500, "USD",
         "the flushing agents growers run through the substrate before harvest are chelating powders, fine, "
         "off-white and slightly sticky, that dissolve clear; these 300 tubs hold a white powder that turns to a wet "
         "paste within an hour in the open, dissolves at once with a chill and burns fiercely mixed with sugar, and "
         "the maker's sheet in the cartons gives CAS 7791-07-3, for a Leipzig grow shop that opened when Germany "
         "allowed home growing and sells the tubs to the public: sodium perchlorate (Annex I above 40 %) made "
         "available to members of the public, flown from Incheon to Leipzig; Korean wording (sodium perchlorate "
         "repeats in many sets; a flushing-agent label was found in no earlier row by a keyword search)",
         firm("Alpina Growshop GmbH", "DE")),
        ("PRE-10", "import", "ATROAD01", "road", "CH", [], "AT", "340290",
         "Tankreiniger für Ebbe-Flut-Tische und Nährlösungsbehälter, Konzentrat, 10-l-Kanister, 60 Stück "
         "(Sendung 2 von 4)", "CH", 720, 60, 900, "CHF",
         "the tank cleaners grow shops sell for ebb-and-flow tables and nutrient reservoirs are enzyme or mild acid "
         "concentrates of about 1.05 kg/l; these 60 cans hold a water-clear liquid of 1.20 kg/l under vented caps "
         "that foams on the skin, whitens it and bleaches a leaf within minutes, the second of four consignments of "
         "60 cans that one Swiss forwarder declared for the same Innsbruck grow shop within a fortnight, each kept "
         "small: about 50 % hydrogen peroxide (Annex I above 12 %), sold by the can to the public, by road at "
         "Höchst; Swiss German wording (hydrogen peroxide repeats in many sets and splits over several consignments in "
         "a few, blind264 and blind272 among them; a hydroponic tank-cleaner label split over four consignments was "
         "found in no earlier row by a keyword search)", firm("Central Hydrokultur GmbH", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "DKSEA01", "sea", "DK", [], "KE", "940320",
         "Vertikale dyrkningsreoler, aluminium, brugte, 300 stk.", "DK", 9000, 300, 9000, "EUR",
         "a bankrupt Taastrup vertical farm's container for a Nairobi 'agritech' buyer: aluminium racks and pumps "
         "are what such liquidations sell, but the third item's 'LED-vækstlys, brugte, testede' are 6,000 dead or "
         "burnt LED bars with cracked diffusers, cut leads and loose drivers, many with potted lithium backup cells, "
         "bought by weight at 1 EUR apiece with no test report: waste electrical equipment (A1180 and, since 2025, "
         "A1181/Y49 e-waste needing prior informed consent), hazardous where the cells and capacitors are in it, "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Aarhus to Mombasa; Danish wording (used grow lamps as e-waste twice, blind181 and blind230, high-pressure "
         "sodium fittings from glasshouses and a nursery, kept as a repeat of the good; a vertical farm's LED bars to "
         "Kenya are the new part as far as a search found)",
         dict({"importer_country": "KE"},
              _more_items=[item("841370", "Vandingspumper og ventiler, brugte, 400 stk.", "DK", 800, 1200, "EUR", qty=400),
                           item("940542", "LED-vækstlys, brugte, testede, 6.000 stk.", "DK", 7200, 6000, "EUR", qty=6000)])),
        ("WST-02", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "220720",
         "Bioetanol za biokamine, 96 %, denaturiran, IBC 1000 l, 18 kosov", "SI", 15300, 18, 3600, "EUR",
         "bioethanol for fireplaces is water-clear, 0.79 kg/l denatured ethanol sold with a certificate; these 18 "
         "IBCs hold a dark green-brown, cloudy liquid that smells of solvent and cut grass, with a sticky, waxy "
         "layer on the bottom, the spent winterisation and wash ethanol of a Prekmurje hemp-extract plant: spent "
         "non-halogenated organic solvents with plant waxes (07 05 04*), hazardous waste whose export to a non-OECD "
         "country is banned, on a tanker lorry through Croatia for a Tuzla 'fuel' buyer; Slovenian wording (spent "
         "solvents repeat in many sets and a regenerated-alcohol label once, blind192; a hemp-extraction plant's "
         "winterisation ethanol as fireplace bioethanol was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "MY", "392690",
         "Gebruikte PVC-teeltgoten (NFT) en hydrocultuurtorens, gereinigd, voor hergebruik, 18 t", "BE", 18000, None,
         2700, "EUR",
         "re-usable NFT gutters are clean, stacked, white PVC channels of one profile; these bales hold crushed, "
         "slimy gutters and tower sections with dried root mats, algae, rock-wool plugs and nutrient crust still "
         "inside, cut drip tubes and PE film, cleared out of a Hoogstraten hydroponic lettuce farm: mixed and "
         "contaminated plastic waste with PVC (Y48), whose export to a non-OECD country is banned, from Antwerp to "
         "Port Klang for a 'pipe recycler'; Flemish wording (used horticultural plastics repeat in several sets, "
         "nursery pots and drip tape in blind230; hydroponic NFT gutters were found in no earlier row by a keyword "
         "search)", {"importer_country": "MY"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "380891",
         "Productos fitosanitarios para cultivo de interior (insecticidas y acaricidas), excedentes de stock, en "
         "fecha, 6 t", "ES", 6000, None, 3000, "EUR",
         "surplus in-date plant-protection products come in sealed cases of one lot, with labels the buyer's "
         "country has registered; these pallets hold opened and leaking cases of dichlorvos resin strips, abamectin "
         "and paclobutrazol concentrates and unlabelled sulphur-burner pellets, many past date and some never "
         "authorised in the Union, taken back by a Valencia grow-shop distributor from 300 shops' shelves after "
         "inspections: waste agrochemicals containing hazardous substances (02 01 08*, 20 01 19*), hazardous waste "
         "whose export to a non-OECD country is banned, from Valencia to Agadir for a 'greenhouse supplier' in the "
         "Souss; Spanish wording (pesticide waste as surplus stock repeats in several sets, dressed seed in blind230; "
         "a grow-shop clearance of dichlorvos strips was found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "NG", "850410",
         "Digitale voorschakelapparaten 600 W voor kweeklampen, nieuw, 2.000 stuks", "NL", 6000, 2000, 8000, "EUR",
         "new 600 W digital ballasts come boxed, of one model, with a CE sheet, and weigh about 3 kg; these "
         "gaylords hold returned, burnt and water-damaged digital ballasts, magnetic ballasts with leaking "
         "capacitors, timers, contactor boxes and reflector leads, the warranty-returns cage of a Rotterdam "
         "grow-light wholesaler emptied after ten years, loose and unboxed: waste electrical equipment with "
         "capacitors and boards (e-waste, A1180 and Y49), whose export to a non-OECD country is banned, from "
         "Rotterdam to Lagos; Dutch wording (ballasts as e-waste repeat in a few sets, blind19, blind193 and blind230 "
         "among them; a new-ballast label on a warranty-returns cage is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-06", "export", "SESEA01", "sea", "SE", [], "PK", "850440",
         "Avbrottsfri kraft (UPS), begagnade, testade, 120 st.", "SE", 24000, 120, 12000, "EUR",
         "tested used UPS units are cabinets sold with their batteries removed or with a battery certificate; these "
         "120 cabinets from the climate-control rooms of a Swedish vertical farm that closed are packed with their "
         "original sealed lead-acid blocks, swollen, cracked and leaking acid into the trays: waste lead-acid "
         "batteries (16 06 01*, A1160) in e-waste, hazardous waste whose export to a non-OECD country is banned, from "
         "Stockholm to Karachi; Swedish wording (UPS batteries repeat in many sets, kept as a "
         "repeat of the good; a vertical farm's UPS cabinets were found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("WST-07", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "630622",
         "Pěstební stany (growboxy), použité, k dalšímu prodeji, 14 t", "CZ", 14000, None, 2800, "EUR",
         "used grow tents for resale are folded, complete kits, light and clean; these bales hold shredded and "
         "torn tent liners of Mylar-laminated PE and aluminium foil, flexible ducting with steel wire, soiled "
         "carbon-filter sleeves and broken fan-speed controllers, swept up from a Brno grow-shop chain's repair and "
         "take-back service: mixed plastic waste with metal and e-waste fractions (Y48), whose export to a non-OECD "
         "country is banned, on a lorry through Slovakia at Vyšné Nemecké for an Uzhhorod 'textile recycler'; Czech "
         "wording (used tents repeat in a few sets, as relief tarpaulins in blind177; grow tents were found in no "
         "earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-08", "export", "ROROAD01", "road", "RO", [], "MD", "280700",
         "Acid sulfuric tehnic 35 %, IBC 1000 l, 18 bucăți", "RO", 22700, 18, 2700, "EUR",
         "technical 35 % sulphuric acid is a water-clear liquid of 1.26 kg/l sold with a certificate of analysis; "
         "these 18 IBCs hold a grey, cloudy acid with a heavy white-grey sediment of lead sulphate and plastic chips "
         "that reads lead and antimony on a strip, drained from the breaking line of a Romanian battery recycler: "
         "spent battery electrolyte (16 06 06*, A4090), hazardous waste whose export to a non-OECD country is banned, "
         "on a tanker lorry at Sculeni for a Bălți 'fertiliser maker'; Romanian wording (spent battery acid under a "
         "technical-acid label once, blind248, to Ukraine, kept as a repeat; from Romania to Moldova is the new part "
         "as far as a search found)",
         {"importer_country": "MD"}),
        ("WST-09", "export", "MTSEA01", "sea", "MT", [], "LY", "370790",
         "Sustanza kimika għall-ipproċessar tar-ritratti, ġdida, 12-il IBC", "MT", 12600, 12, 1800, "EUR",
         "new photographic processing chemicals come as concentrates in 5-20 l cans with batch labels; these 12 IBCs "
         "hold a brown, sulphur-smelling mixture of spent developer and fixer with black silver sludge, drained over "
         "years from the X-ray film processors of Maltese clinics and print shops: spent developer and fixer "
         "(09 01 01*, 09 01 04*), hazardous waste whose export to a non-OECD country is banned, from Marsaxlokk to "
         "Tripoli; Maltese wording (spent fixer repeats in several sets, blind103 among them, kept as a repeat of the "
         "good; a new-photochemical label in Maltese to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-10", "export", "HRSEA01", "sea", "HR", [], "EG", "850710",
         "Rabljeni brodski akumulatori, ispravni, 400 kom", "HR", 24000, 400, 6000, "EUR",
         "working used marine batteries are tested, dated and sold with a capacity report; these 400 are heavy "
         "lead-acid blocks pulled from ships in a Rijeka repair yard, with cracked cases, sulphated terminals and "
         "acid weeping onto the pallets, none tested: waste lead-acid batteries (16 06 01*, A1160), hazardous waste "
         "whose export to a non-OECD country is banned, from Rijeka to Alexandria; Croatian wording (waste lead-acid "
         "batteries repeat in many sets, kept as a repeat; a shipyard's marine batteries from Croatia to Egypt are "
         "the new part as far as a search found)", {"importer_country": "EG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "847989",
         "种植房专用除湿机, R-290 环保冷媒, 90 升/天, 400 台", "CN", 20000, 400, 60000, "USD",
         "grow-room dehumidifiers sold in the Union on R-290 carry a flammable-gas triangle and about 300 g of "
         "propane in a sealed circuit; these 400 units have no flame mark, 1.2 kg charges behind Schrader service "
         "ports and compressor plates reading 'R22' under the sticker, and a leak detector at the port names HCFC: "
         "equipment relying on HCFC-22, whose import into the Union is banned, by sea from Ningbo to Gdańsk for a "
         "Warsaw grow-shop wholesaler; Chinese wording (HCFC-22 equipment under R-290 labels repeats in many sets, "
         "grow-room air conditioners once, blind129, nutrient chillers once, blind230, and used dehumidifiers once, "
         "blind109; grow-room dehumidifiers under an R-290 label were found in no earlier row by a keyword search)",
         firm("Meridian Hydroponika Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ITSEA01", "sea", "EG", [], "IT", "271112",
         "خراطيش بروبان لمولدات ثاني أكسيد الكربون في غرف الزراعة، 1 كجم، 1,200 خرطوشة", "EG", 1200, 1200, 2400,
         "USD",
         "the propane cylinders sold for grow-room CO2 generators hold 1 kg of a light liquid at about 8 bar that "
         "lights at the burner; these 1,200 cylinders weigh nearly three times what their propane would, read under "
         "2 bar, do not light at the valve, smell faintly sweet like chloroform and carry skull-and-crossbones "
         "stickers under the new labels: methyl bromide, whose placing on the market and use are banned in the Union "
         "(no quarantine exemption remains), by sea from Alexandria to Salerno for a Campania greenhouse and "
         "grow-shop supplier; Egyptian Arabic wording (methyl bromide repeats in many sets and propane and "
         "camping-cartridge covers on it in several, blind121 among them; a CO2-generator cylinder label was found in "
         "no earlier row by a keyword search)", firm("Rivage Serre e Idroponica Srl", "IT")),
        ("OZN-03", "import", "HUROAD01", "road", "RS", [], "HU", "330749",
         "Koncentrat za neutralizaciju mirisa u prostorijama za uzgoj biljaka, kanister 5 l, 80 kanistera", "RS",
         636, 80, 960, "EUR",
         "the odour-neutraliser concentrates grow rooms use are fragrance oils in water with a surfactant, about "
         "1.0 kg/l, that smell strongly of pine or lemon; these 80 cans weigh 1.59 kg/l, smell sweet like "
         "chloroform under a little pine oil, do not burn and sink under water in a test tube: carbon tetrachloride, "
         "whose import into the Union is banned, in a van at Tompa for a Szeged grow-shop wholesaler; Serbian wording "
         "(carbon tetrachloride repeats in many sets and odour-neutraliser and air-freshener labels on ozone goods "
         "once, blind123; a grow-room odour-neutraliser label was found in no earlier row by a keyword search)",
         firm("Orion Hidrokultúra Kft.", "HU")),
        ("OZN-04", "import", "NLAIR01", "air", "JP", [], "NL", "340290",
         "剪定・収穫ハサミ用ヤニ取りクリーナー 500ml × 600本", "JP", 396, 600, 180000, "JPY",
         "the sap and resin removers sold for pruning and harvest scissors are isopropanol or citrus blends of "
         "0.8 kg/l that burn; these 600 bottles weigh 1.32 kg/l, do not burn, smell sweetish like chloroform, and the "
         "filler's inner labels read '1,1,1-トリクロロエタン': methyl chloroform (1,1,1-trichloroethane), whose import "
         "into the Union is banned, flown from Osaka to Amsterdam for a grow-shop wholesaler; Japanese wording "
         "(methyl chloroform repeats in many sets; a harvest-scissor resin-remover label was found in no earlier row "
         "by a keyword search)", firm("Nordhafen Kweekbenodigdheden BV", "NL")),
        ("OZN-05", "export", "FRSEA01", "sea", "FR", [], "SN", "860900",
         "Fermes verticales en conteneur, d'occasion, avec groupe de climatisation (R-452A), 6 unités", "FR", 30000, 6,
         48000, "EUR",
         "container farms for export are reefer boxes refitted with racks and LED bars and a new climate unit on "
         "R-452A or R-290; these six are 1990s reefer containers whose original refrigeration machinery still "
         "carries 'R-22' plates under the new stickers, with 5 kg charges and HCFC-141b-blown panels, behind a thin "
         "layer of racks and grow lights: equipment relying on HCFC-22, whose export from the Union is banned "
         "(Regulation 2024/590), from Le Havre to Dakar for a Thiès urban-farming start-up; French wording (used "
         "reefer containers repeat in several sets, blind108 and blind241 among them, kept as a repeat of the good; "
         "container farms were found in no earlier row by a keyword search)", {"importer_country": "SN"}),
        ("OZN-06", "import", "SISEA01", "sea", "IN", [], "SI", "841459",
         "ઇનલાઇન EC એક્ઝોસ્ટ ફેન 8 ઇંચ, ગ્રો રૂમ માટે, 600 નંગ", "IN", 3600, 600, 21000, "USD",
         "a grow-room climate shipment for a Ljubljana grow-shop wholesaler: inline fans and carbon filters are "
         "what Gujarat makers send, but the third item's 'R-32 રેફ્રિજરન્ટ' is 80 disposable 10 kg cylinders that "
         "read 9 bar at 20 °C (R-32 reads 14), whose valves carry old 'R22' stamps and whose contents a leak "
         "detector names HCFC: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, hidden as the "
         "last item of a three-item declaration, by sea from Mundra to Koper; Gujarati wording (HCFC-22 under HFC "
         "labels repeats in many sets and R-32 cylinder labels in many, kept as a repeat; behind grow-room fans and "
         "carbon filters is the new part as far as a search found)",
         dict(firm("Nordhafen Hidroponika d.o.o.", "SI"),
              _more_items=[item("842139", "કાર્બન ફિલ્ટર, ગ્રો રૂમ માટે, 600 નંગ", "IN", 4800, 9000, "USD", qty=600),
                           item("290342", "R-32 રેફ્રિજરન્ટ, 10 કિલો સિલિન્ડર, 80 નંગ", "IN", 800, 2400, "USD", qty=80)])),
        ("OZN-07", "import", "BEAIR01", "air", "ZA", [], "BE", "842410",
         "Outomatiese brandblusbuise vir kweektente en beheerpanele, 1 kg, 300 stuks", "ZA", 450, 300, 6000, "USD",
         "the automatic suppression tubes fitted in grow-tent control panels and light controllers are a polymer "
         "tube pressurised with a fluoroketone or HFC-227ea that bursts at a hot spot; these 300 are steel bottles "
         "with tube heads whose contents vanish into a sweet gas that the Johannesburg filler's papers call 'BCF': "
         "halon 1211 (bromochlorodifluoromethane) in fire-protection products, whose import into the Union is "
         "banned, flown from Johannesburg to Liège for a Belgian grow-shop chain; Afrikaans wording (halon 1211 "
         "repeats in many sets, tube suppression systems once, blind132, in engine rooms, and grow-tent air "
         "conditioners once, blind129; a grow-tent suppression-tube label was found in no earlier row by a keyword "
         "search)", firm("Vega Kweek & Hydro SA", "BE")),
        ("OZN-08", "import", "NLSEA01", "sea", "TW", [], "NL", "841582",
         "二手植物工廠空調箱, 整修完成, 12 台", "TW", 14400, 12, 36000, "USD",
         "used air-handling units from a plant factory come for resale recharged with R-410A or R-290 and "
         "relabelled; these twelve units from a closed Taoyuan lettuce plant factory of the 2000s carry their "
         "original 'R-22' plates, factory-soldered circuits with no sign of recharge and 18 kg of refrigerant each: "
         "equipment relying on HCFC-22, whose import into the Union is banned, by sea from Kaohsiung to Rotterdam for "
         "a Westland vertical-farm builder; Chinese wording from Taiwan (R-22 equipment repeats in many sets and "
         "plant growth chambers once, blind230; a plant-factory air-handling label was found in no earlier row by a "
         "keyword search)", firm("Horizon Vertical Farming BV", "NL")),
        ("OZN-09", "import", "IEAIR01", "air", "US", [], "IE", "340290",
         "Bowling ball cleaner and oil extractor, fast-dry, 32 oz, 120 bottles", "US", 141, 120, 960, "USD",
         "bowling-ball cleaners are alcohol and surfactant sprays of about 0.9 kg/l that smell of alcohol and burn; "
         "these 120 bottles weigh 1.24 kg/l, do not burn, boil off the warm hand at 32 °C with an ether-like smell "
         "and leave no film: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown "
         "from Chicago to Dublin for a bowling-centre supplier; US English wording (HCFC-141b under cleaner labels "
         "repeats in many sets and a bowling-ball cleaner label once, blind210, on a precursor; on an ozone good is "
         "the new part as far as a search found)",
         firm("Atlantic Bowling Supplies Ltd", "IE")),
        ("OZN-10", "transit", "ROSEA01", "sea", "GE", ["RO"], "MD", "290345",
         "ავტომობილის კონდიციონერის გამაგრილებელი R-134a, 340 გ ბალონები, 2,400 ცალი", "GE", 816, 2400, 3600, "USD",
         "R-134a recharge cans hold a gas that reads about 5.7 bar at 20 °C and a leak detector names HFC; these "
         "2,400 cans read 5.7 bar as well, but their contents smell faintly of ether, the detector names CFC and "
         "the cans' base codes are a Chinese filler's 'R12' series: dichlorodifluoromethane (CFC-12), moved through "
         "the Union without the licence Regulation 2024/590 requires, landed at Constanța in transit from Poti to a "
         "Chișinău car-parts dealer; Georgian wording (CFC-12 under R-134a can labels repeats in many sets, blind268 "
         "among them, kept as a repeat; a transit through Constanța to Moldova is the new part as far as a search "
         "found)", {"importer_country": "MD"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "air", "MX", [], "ES", "691490",
         "Ollas de barro para riego enterrado, hechas a mano, sin esmaltar, 24 piezas", "MX", 120, 24, 360, "USD",
         "the unglazed clay ollas that grow shops and permaculture suppliers sell for buried irrigation are new, "
         "thin, evenly fired, with a narrow neck and no decoration; twelve of these 24 are thick-walled, burnished "
         "red-on-buff vessels with worn tripod feet, stepped-fret designs, root marks and encrusted earth inside: "
         "pre-Hispanic vessels (Colima and Mixtec, 200 BC-AD 1500), archaeological monuments whose export Mexico "
         "forbids, brought into the Union without the import licence Regulation 2019/880 requires, flown from "
         "Guadalajara to Madrid for a Valencia grow shop's 'organic irrigation' range; Mexican Spanish wording "
         "(pre-Hispanic ceramics repeat in many sets and an olla label once, blind151, on Mata Ortiz pottery; "
         "irrigation ollas for a grow shop are the new part as far as a search found)",
         firm("Vega Riego y Cultivo SL", "ES")),
        ("CUL-02", "import", "FRPOST01", "post", "CN", [], "FR", "442191",
         "竹制植物标签, 空白, 300 片", "CN", 2, 300, 30, "USD",
         "blank bamboo plant labels are new, pale, machine-cut strips with a pointed end, all alike; these 300 are "
         "dark, brittle, uneven slips with columns of ink characters in Chu and Qin-Han clerical script, some with "
         "binding-cord notches and the grey clay of a waterlogged tomb still in the grain: Warring States and Han "
         "bamboo slips (jiandu) looted from tombs in Hubei and Hunan, whose export China forbids, brought into the "
         "Union without the import licence Regulation 2019/880 requires, posted from Changsha to a Lyon grow shop "
         "whose owner resells them to collectors; Chinese wording (engraved bamboo slips once in a development set "
         "and a bamboo-slip craft label once, blind206, kept as a repeat of the good; a plant-label cover was found "
         "in no earlier row by a keyword search)", firm("Horizon Growshop SARL", "FR")),
        ("CUL-03", "import", "NLAIR01", "air", "ID", [], "NL", "442199",
         "Akar kayu (driftwood) untuk terarium dan paludarium, 200 buah", "ID", 300, 200, 600, "USD",
         "a Kalimantan hardscape air shipment for a Utrecht grow shop's paludarium corner: driftwood roots and "
         "dried sphagnum are what Banjarmasin suppliers send, but the third item's 'patung kayu hiasan, baru' are "
         "two weathered ironwood hampatong, a standing ancestor guardian and a crouching figure, grey with age, split "
         "and insect-bored at the foot where they stood in the ground before a longhouse: Dayak ethnographic "
         "figures (19th century) removed from Indonesia against its cultural-heritage law, whose introduction "
         "Regulation 2019/880 (Article 3(1)) forbids, hidden as the last item of a three-item declaration, flown "
         "from Jakarta to Amsterdam; Indonesian wording (Dayak carvings repeat in a few sets, hudoq masks in blind171, "
         "and driftwood labels in several; behind paludarium driftwood is the new part as far as a search found)",
         dict(firm("Central Kweek & Terrarium BV", "NL"),
              _more_items=[item("060490", "Lumut sphagnum kering, 100 kg", "ID", 100, 200, "USD"),
                           item("442090", "Patung kayu hiasan, baru, 2 buah", "ID", 60, 80, "USD", qty=2)])),
        ("CUL-04", "transit", "NLSEA01", "sea", "TH", ["NL"], "US", "691390",
         "กระถางเซรามิกเคลือบสำหรับปลูกต้นไม้ในร่ม 40 ใบ", "TH", 800, 40, 800, "USD",
         "glazed planters for indoor plants from Thai potteries are new, evenly glazed, with drain holes and "
         "stickers; a dozen of these 40 are heavy, high-shouldered baluster jars and lidded boxes in olive and dark "
         "brown glaze with kiln grit on the feet, crazing and soil in the cracks: Angkorian Khmer stoneware "
         "(11th-13th century) dug at kiln and burial sites in Cambodia's Kulen hills, whose export Cambodia forbids, "
         "landed at Rotterdam in transit from Laem Chabang to a Los Angeles hydroponic-planter retailer, against "
         "Regulation 2019/880 (Article 3(1)), which covers transit; Thai wording (Khmer ceramics repeat in several "
         "sets, glazed lime pots in blind142, kept as a repeat of the good; an indoor-planter label on a transit "
         "through Rotterdam is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-05", "import", "DEAIR01", "air", "HK", [], "DE", "691200",
         "陶瓷魚缸 (魚菜共生系統用), 新品, 2 個", "CN", 60, 2, 300, "HKD",
         "the ceramic fish tanks sold for small aquaponic systems are new, machine-glazed stoneware tubs with a "
         "drilled outlet; these two are thick porcelain fish bowls painted in underglaze blue with dragons among "
         "waves, with a Kangxi six-character mark, worn glaze on the rim, old rivet repairs and no outlet hole, "
         "valued by the Munich buyer's insurer at 160,000 EUR: Qing imperial porcelain of about 1700, exported from "
         "China without the permit its law requires and brought into the Union without the importer statement "
         "Regulation 2019/880 requires for goods over 200 years old worth more than 18,000 EUR, flown from Hong Kong "
         "to Munich for an aquaponic-farm founder; Chinese wording from Hong Kong (Qing porcelain repeats in many "
         "sets and aquarium ornaments in several, blind167 and blind251 among them; an aquaponic fish-tank label was "
         "found in no earlier row by a keyword search)", firm("Alpina Aquaponik GmbH", "DE")),
        ("CUL-06", "export", "FRSEA01", "sea", "FR", [], "US", "442199",
         "Caisses à orangers style Versailles, reproduction, chêne et fonte, 4 pièces", "FR", 480, 4, 2000, "EUR",
         "reproduction Versailles planters are new, painted oak or composite boxes with cast-iron corners and ball "
         "finials, light and square-cut; these four are massive, many-times-repainted oak boxes with hinged "
         "cast-iron side panels stamped with the founder's mark, worn lifting rings and an inventory number of a "
         "château orangery, valued by the Palm Beach buyer at 240,000 EUR: 18th-century orangery boxes, antiques over "
         "100 years old above the value threshold exported without the EU export licence (Regulation 116/2009) and "
         "the French export certificate, from Le Havre; French wording (Versailles and orangery boxes were found in no "
         "earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-07", "import", "NLAIR01", "air", "CW", [], "NL", "680299",
         "Piedra skulpí pa dekorashon di hardin, artesania di Kòrsou, 4 pida", "DO", 9, 4, 120, "USD",
         "new garden stones carved in Curaçao workshops are pale coral limestone, crisp and light; these four are "
         "dense, grey-brown, three-pointed stones with a carved face at one end and legs at the other, worn smooth "
         "and with cave earth in the grooves: Taíno zemís (AD 1000-1500) dug in the east of Hispaniola, whose export "
         "the Dominican Republic forbids, brought into the Union without the import licence Regulation 2019/880 "
         "requires, flown from Curaçao to Amsterdam for a collector's front company; Papiamentu wording (Taíno zemís "
         "repeat in several sets and a garden-stone label on them once, blind30, kept as a repeat of the good; "
         "Papiamentu wording on a cultural good was found in no earlier row by a keyword search)",
         firm("Rivage Kunsthandel BV", "NL")),
        ("CUL-08", "import", "DKAIR01", "air", "MM", [], "DK", "691390",
         "ရွှံ့ဖုတ် ပန်းအိုးခြေထောက် လက်မှုပစ္စည်း အသစ် ၄၀ ခု", "MM", 12, 40, 80, "USD",
         "new terracotta pot feet for planters from Bagan workshops are small, bright orange, light wedges; these 40 "
         "are flat, grey-red clay plaques moulded with a seated Buddha under an arch and a line of Pyu and Sanskrit "
         "script on the back, with mud in the relief, and a bag of silver coins with a conch and a throne among "
         "them: Pyu votive tablets and Śrīkṣetra coins (5th-9th century) dug at Sri Ksetra, whose export Myanmar "
         "forbids, brought into the Union without the import licence Regulation 2019/880 requires, flown from "
         "Yangon to Copenhagen for a dealer; Burmese wording (Pyu and Burmese votive plaques repeat in three sets, "
         "kept as a repeat; a planter pot-feet label was found in no earlier row by a keyword search)",
         firm("Orion Orientalia ApS", "DK")),
        ("CUL-09", "import", "ITPOST01", "post", "EC", [], "IT", "691390",
         "Adornos de barro para árbol navideño, artesanía de Guayas, 30 piezas", "EC", 1.5, 30, 25, "USD",
         "new clay Christmas-tree ornaments are light, hollow, bright-painted and hung on a ribbon; these 30 are "
         "solid, small, burnished grey and buff female figurines with incised coiffures and slit eyes, worn and "
         "earthy: Valdivia figurines (3500-1800 BC), archaeological heritage whose export Ecuador forbids, brought "
         "into the Union without the import licence Regulation 2019/880 requires, posted from Guayaquil to a private "
         "buyer in Bologna; Ecuadorian Spanish wording (Valdivia figures repeat in several sets and Christmas-tree "
         "ornament labels on cultural goods in two, blind136 and blind167, kept as a repeat; clay tree ornaments from "
         "Ecuador by post are the new part as far as a search found)",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-10", "import", "HRROAD01", "road", "RS", [], "HR", "691390",
         "Глинене кућице за птице, ручни рад, 12 комада", "RS", 14, 12, 120, "EUR",
         "handmade clay birdhouses are new, thin-walled, glazed huts with a round entrance hole and a hook; these "
         "twelve are small, solid, dark-grey models of gabled houses on posts and squat female figures with "
         "pentagonal masks, burnished, incised and chipped, with field earth inside: Neolithic Vinča house models and "
         "figurines (5400-4500 BC) dug by detectorists and looters in the Morava valley, archaeological objects "
         "whose export Serbia forbids, brought into the Union without the import licence Regulation 2019/880 "
         "requires, in a car at Bajakovo for a Zagreb antiques dealer; Serbian Cyrillic wording (Vinča figurines once, "
         "blind55, kept as a repeat of the good; house models under a birdhouse label were found in no earlier row "
         "by a keyword search)", firm("Meridian Antikviteti d.o.o.", "HR")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "841933",
         "Gefriertrockner für Kräuter und Ernte, Haushaltsgröße, 4 Stück", "DE", 4800, 4, 12000, "EUR",
         "harvest freeze-dryers for home growers are 60 kg countertop units with a few kilograms of ice capacity "
         "at a few thousand euros; these four crates hold 1.2 t stainless-steel pilot freeze-dryers with 60 kg/24 h "
         "ice condensers, steam sterilisation in place and sealed, validated chambers, at 180,000 EUR each on the "
         "Allgäu maker's list, for an Istanbul 'agritech' trader whose buyer is a Tabriz 'veterinary' plant: "
         "freeze-dryers controlled as dual-use (2B352) exported without the licence Regulation 2021/821 requires, "
         "for re-export to Iran, on a lorry from Munich through Austria, Hungary, Romania and Bulgaria; German wording "
         "(freeze-dryers repeat in many sets under home, pet-treat, restaurant and astronaut-food labels, kept as a "
         "repeat of the good; a grow-harvest label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "EG", "382499",
         "Concentrato di fosfito di potassio per la salute delle radici in coltura idroponica, cisternette 1.000 l, 16",
         "IT", 19200, 16, 9600, "EUR",
         "potassium phosphite root-health concentrates for hydroponics are clear, water-based solutions of about "
         "1.4 kg/l that mix with water at once and smell of nothing; these IBCs hold a colourless liquid of "
         "1.20 kg/l with a sharp, garlicky-sweet smell, and the maker's drum certificates give CAS 868-85-9, for an "
         "Alexandria 'hydroponic farm supplier' with no farm clients: dimethyl phosphite (CWC Schedule 3, dual-use "
         "1C350), exported without the licence Regulation 2021/821 requires and without the end-use certificate a "
         "State not party to the Convention must give, from La Spezia to Alexandria; Italian wording (dimethyl "
         "phosphite repeats in a few sets and a phosphite-fertiliser label once, blind181, on phosphorous acid; a "
         "hydroponic root-health label was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("STR-03", "export", "FIAIR01", "air", "FI", [], "KG", "900190",
         "Linssit LED-kasvivaloihin, muovia, 2 000 kpl", "FI", 120, 2000, 2000, "EUR",
         "the lenses fitted over LED grow-light chips are moulded PMMA or silicone domes of a few grams at cents "
         "each; these 2,000 are grey, metallic-looking germanium lenses and windows, diamond-turned and coated for "
         "8-12 µm, 25-60 mm across, at 300-900 EUR each, for a Bishkek 'vertical-farm' importer whose forwarder's "
         "trucks go on to Kazan: infrared optics for thermal sights, on the lists of goods whose sale for use in "
         "Russia Regulation 833/2014 forbids, exported for re-export through Kyrgyzstan, flown from Helsinki; Finnish "
         "wording (germanium optics repeat in many sets, kept as a repeat of the good; a grow-light lens label was "
         "found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-04", "export", "LTAIR01", "air", "LT", [], "KZ", "843239",
         "Sėjimo robotai vertikaliems ūkiams, 6 vnt.", "LT", 2400, 6, 12000, "EUR",
         "seeding machines for vertical farms are light gantry seeders over a tray conveyor at a few thousand "
         "euros; these six crates hold six-axis industrial robot arms with a 20 kg payload, controllers and teach "
         "pendants, at 45,000 EUR each, for an Almaty 'vertical farm' set up in July whose forwarder routes on to "
         "Yekaterinburg: industrial robots (8479 50), whose sale for use in Russia Regulation 833/2014 forbids, "
         "exported for re-export through Kazakhstan, flown from Vilnius; Lithuanian wording (industrial robots "
         "repeat in several sets, kept as a repeat of the good; a vertical-farm seeder label was found in no earlier "
         "row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "HUAIR01", "air", "HU", [], "AM", "852589",
         "Hőkamerák levélhőmérséklet méréséhez termesztőhelyiségekben, 40 db", "HU", 40, 40, 6000, "EUR",
         "leaf-temperature cameras for grow rooms are 80 x 60 pixel clip-on or handheld imagers at a few hundred "
         "euros; these 40 are bare 640 x 512, 12 µm radiometric thermal cores at 60 Hz with their interface boards "
         "and no housing, screen or battery, at 4,000 EUR each, for a Yerevan 'greenhouse-technology' firm whose "
         "earlier consignments went on by road to Russia: thermal imaging cameras (dual-use 6A003) on the common "
         "high-priority list whose sale to Russia Regulation 833/2014 forbids, exported without a licence and for "
         "re-export, flown from Budapest; Hungarian wording (thermal cores repeat in many sets, kept as a repeat of "
         "the good; a grow-room leaf-temperature label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "GE", "284019",
         "Tetraborato de sodio (bórax), micronutriente para hidroponía, sacos de 25 kg, 400 sacos", "ES", 10000, 400,
         8000, "EUR",
         "borax for hydroponic micronutrient mixes is soft, white, slightly soapy granules that dissolve slowly in "
         "cold water; these 400 sacks hold a fine, dense white powder that dissolves quickly, gives a strong "
         "fluoride test and carries CAS 7681-49-4 on the inner liners, for a Tbilisi 'hydroponics' firm whose "
         "consignee for onward road freight is in Tabriz: sodium fluoride (dual-use 1C350, a chemical-weapons "
         "precursor) exported without the licence Regulation 2021/821 requires, for re-export to Iran, from Valencia "
         "to Poti; Spanish wording (sodium fluoride repeats in a few sets under toothpaste and fluoridation labels, "
         "and borax labels in many precursor rows; a borax micronutrient label on sodium fluoride was found in no "
         "earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "OM", "940542",
         "LED-kasvuvalgustid, täisspekter, 200 tk", "EE", 1000, 200, 16000, "EUR",
         "a Tallinn grow-light wholesaler's air shipment for a Muscat 'hydroponic farm': LED grow lights and grow "
         "tents are what such farms order, but the third item's 'CO2-regulaatorid magnetklapiga' are 60 "
         "capacitance manometers with Inconel diaphragms and heated sensor heads, in their makers' sealed boxes, at "
         "3,000 EUR each, whose buyer pays from Isfahan: pressure transducers made of materials resistant to UF6 "
         "(dual-use 2B230) exported without the licence Regulation 2021/821 requires, for re-export to Iran, hidden "
         "as the last item of a three-item declaration, flown from Tallinn; Estonian wording (pressure transducers "
         "repeat in several sets, kept as a repeat of the good; behind grow lights as CO2 regulators is the new part "
         "as far as a search found)",
         dict({"importer_country": "OM"},
              _more_items=[item("630622", "Kasvutelgid, 120 x 120 cm, 200 tk", "EE", 2000, 8000, "EUR", qty=200),
                           item("848110", "CO2-regulaatorid magnetklapiga, 60 tk", "EE", 30, 1800, "EUR", qty=60)])),
        ("STR-08", "import", "LVRAIL01", "rail", "KZ", [], "LV", "760120",
         "Сплав алюминиевый вторичный в чушках АК5М2 (переплав лома), производство Казахстан, 60 т", "KZ", 60000,
         None, 108000, "USD",
         "secondary aluminium alloy from Kazakh scrap remelters comes in small, dull, grey notched ingots of "
         "uneven chemistry with the remelter's mark; these wagons hold bright, primary-grade ingots that test at "
         "99.7 % aluminium with no copper or silicon to speak of, the mould marks of a Siberian smelter ground off "
         "and a Kazakh certificate of origin issued in Pavlodar: Russian aluminium, whose import into the Union "
         "Regulation 833/2014 forbids, by rail at Zilupe for a Riga metals trader; Russian wording from Kazakhstan "
         "(Russian aluminium under Kazakh origin repeats in a few sets, blind30 and blind68, kept as a repeat; a "
         "secondary-alloy label was found in no earlier row by a keyword search)", firm("Vega Metāli SIA", "LV")),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "PK", "871491",
         "Σωλήνες για σκελετούς ποδηλάτων, τιτάνιο, άνευ ραφής, 400 τεμ.", "GR", 800, 400, 6000, "EUR",
         "titanium bicycle-frame tubes are butted, 28-44 mm tubes of light 3Al-2.5V alloy at tens of euros each; "
         "these 400 are thin-walled 9.5 mm tubes of 4 m, half again as heavy as titanium for their size, with mill "
         "certificates for Zircaloy-4 and hafnium below one part in 500: zirconium alloy tubes controlled as "
         "dual-use (1C234) exported without a licence, for a Karachi 'bicycle maker' linked to the nuclear "
         "programme, from Piraeus to Karachi; Greek wording (zirconium repeats in a few sets as scrap and sponge and "
         "titanium bicycle-tube labels once, blind250; zirconium tubes under a bicycle-tube label were found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-10", "export", "PTAIR01", "air", "PT", [], "AE", "903180",
         "Detetores de fugas de hélio, usados, 2 unidades", "PT", 300, 2, 8000, "EUR",
         "used helium leak detectors are trolley-mounted leak testers with a small mass-spectrometer cell, worth a "
         "few thousand euros; these two are magnetic-sector mass spectrometers with nickel and Monel-lined ion "
         "sources and a fluorination-resistant inlet system, worth 350,000 EUR new, for a Dubai 'vacuum services' "
         "firm whose buyer pays from Tehran: mass spectrometers capable of measuring ions of UF6 (dual-use 3A233) "
         "exported without a licence, for re-export to Iran, flown from Lisbon; Portuguese wording (mass "
         "spectrometers repeat in a few sets, blind60 among them, kept as a repeat; a helium leak-detector label "
         "was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "PH", [], "NL", "121229",
         "Pinatuyong kelp meal para sa organikong pataba, 25 kg na sako, 400 sako", "PH", 10000, 400, 6000, "USD",
         "an organic grow-nutrient container for a Venlo maker of organic hydroponic additives: kelp meal and "
         "seaweed extract are what Cebu processors ship, but the third item's 'tuyong sea moss' are 40 kg of "
         "flattened, curled, bony little fish with horse-like heads and ringed bodies, some 12,000 animals packed in "
         "bags of dried gulaman: dried seahorses (Hippocampus spp., CITES App. II, whose export the Philippines "
         "bans) without CITES documents, hidden as the last item of a three-item declaration, by sea from Cebu to "
         "Rotterdam; Filipino wording (dried seahorses repeat in many sets and a kelp-meal label once, blind248, "
         "kept as a repeat; behind kelp meal and seaweed extract for organic grow nutrients is the new part as far as "
         "a search found)",
         dict(firm("Central Organische Kweekvoeding BV", "NL"),
              _more_items=[item("121229", "Pulbos na katas ng damong-dagat (Kappaphycus), 200 sako", "PH", 5000, 7000, "USD", qty=200),
                           item("121221", "Tuyong sea moss (gulaman), 40 kg", "PH", 40, 80, "USD")])),
        ("WLF-02", "import", "DEPOST01", "post", "LK", [], "DE", "010690",
         "ජෛව පාලනය සඳහා විලෝපික මයිටාවන් (Phytoseiulus persimilis), බෝතල් 20", "LK", 1.2, 20, 60, "USD",
         "predatory mites for biological control come as thousands of tiny red mites on vermiculite in a shaker "
         "bottle, with a producer's batch label and a use-by date of days; these 20 bottles hold, below a layer of "
         "vermiculite, a capped plastic vial each with a live, hairy, grey-and-yellow banded spiderling: ornamental "
         "tarantulas (Poecilotheria spp., CITES App. II) without CITES documents, posted from Colombo to a private "
         "keeper in Hanover; Sinhala wording (Poecilotheria under tarantula-spiderling labels repeats in two "
         "sets, blind52 and blind57, kept as a repeat of the good; a predatory-mite biological-control cover was found in no earlier row by a "
         "keyword search)", person("Herr T. Krüger", "DE")),
        ("WLF-03", "import", "SEAIR01", "express", "IN", [], "SE", "530500",
         "കയർ ചകിരിച്ചോറ് കട്ടകൾ (കൊക്കോപീറ്റ്), സാമ്പിൾ, 5 കിലോ", "IN", 5, 8, 20, "USD",
         "a coir-pith sample for a grow-shop buyer is a few dry, compressed brown bricks that weigh 650 g each and "
         "smell of coconut; these eight bricks are hollowed out and hold 14 live, star-patterned tortoises the size "
         "of a palm, taped into socks: Indian star tortoises (Geochelone elegans, CITES App. I) without CITES "
         "documents, sent by express from Kochi to a private keeper in Malmö; Malayalam wording (star tortoises "
         "repeat in several sets and coir and cocopeat labels in several, blind248 among them, kept as a repeat; "
         "inside coir-pith sample bricks is the new part as far as a search found)", person("Mr L. Nilsson", "SE")),
        ("WLF-04", "import", "ATAIR01", "air", "KR", [], "AT", "121120",
         "수경재배 새싹삼 (인삼 새싹), 건조, 20 kg", "KR", 20, None, 600, "USD",
         "hydroponic ginseng sprouts are one-year seedlings grown in trays, dried whole with a thin white root and "
         "a few leaves, and sold cheaply by the kilogram; these 20 kg are old, hard, tan roots with many rings at the "
         "neck, long rhizome necks with stem scars and forked 'man-shaped' bodies, wild and wild-simulated roots of "
         "American ginseng from the Appalachians bought in Seoul's Gyeongdong market and worth some 30,000 USD: "
         "Panax quinquefolius (CITES App. II) re-exported without a CITES re-export certificate, flown from Incheon "
         "to Vienna for a health-food importer; Korean wording (American ginseng repeats in several sets, kept as a "
         "repeat of the good; a hydroponic ginseng-sprout label was found in no earlier row by a keyword search)",
         firm("Alpina Vitalkost GmbH", "AT")),
        ("WLF-05", "import", "NLAIR01", "air", "IR", [], "NL", "060110",
         "پیاز زعفران برای کشت سرپوشیده (ایندور)، ۲۰۰ کیلوگرم", "IR", 200, None, 800, "USD",
         "saffron corms for indoor saffron farms are flat, round, netted, chestnut-brown corms sorted by size; a "
         "quarter of these sacks hold pear-shaped true bulbs with papery dark tunics, long necks and wild roots with "
         "mountain soil: wild-dug Sternbergia (S. clusiana and S. lutea, CITES App. II) without CITES documents, "
         "flown from Tehran to Amsterdam for an indoor saffron farm near Eindhoven; Persian wording (Sternbergia "
         "repeats in a few sets and saffron-corm labels on wild bulbs in two, blind141 and blind169, kept as a "
         "repeat; from Iran for an indoor saffron farm is the new part as far as a search found)",
         firm("Orion Indoor Saffraan BV", "NL")),
        ("WLF-06", "import", "CZAIR01", "air", "MY", [], "CZ", "030199",
         "Benih ikan tilapia untuk akuaponik, 500 ekor, beg oksigen", "MY", 20, 500, 150, "USD",
         "tilapia fry for aquaponic farms are grey, finger-length fish packed by the hundred in oxygen bags; among "
         "these, 40 bags hold one fish each, 15 cm, with large scales edged in gold and red, a pair of chin barbels "
         "and a long dorsal fin set far back, with no microchip: Asian arowana (Scleropages formosus, CITES App. I) "
         "without CITES documents or the registered-farm papers, flown from Kuala Lumpur to Prague for a Moravian "
         "aquaponic farm; Malay wording (Asian arowana repeats in several sets, kept as a repeat of the good; among "
         "aquaponic tilapia fry is the new part as far as a search found)", firm("Delta Akvaponie s.r.o.", "CZ")),
        ("WLF-07", "import", "BESEA01", "sea", "KH", [], "BE", "442199",
         "ប្រអប់ដាំបន្លែក្នុងផ្ទះ ធ្វើពីឈើអាកាស្យា ៤០០ ប្រអប់", "KH", 6000, 400, 4000, "USD",
         "acacia-wood indoor planter boxes are light, pale-brown, open-grained and oiled; these 400 are heavy, dense, "
         "dark red-purple boxes with black streaks that smell of roses when sanded and sink in water: Siamese "
         "rosewood (Dalbergia cochinchinensis, CITES App. II) without CITES documents, by sea from Sihanoukville to "
         "Antwerp for a Ghent indoor-farming retailer; Khmer wording (Siamese rosewood repeats in many sets, kept as "
         "a repeat of the good; an indoor vegetable-planter label was found in no earlier row by a keyword search)",
         firm("Rivage Binnenteelt BV", "BE")),
        ("WLF-08", "transit", "FRAIR01", "air", "NG", ["FR"], "VN", "050800",
         "Garin bawon kaguwa (chitin) don lafiyar saiwar tsirrai, buhu 40", "NG", 1000, 40, 800, "USD",
         "crab-shell meal for root health is a pinkish-orange, chalky, fishy-smelling flour of crushed shells; these "
         "40 sacks hold brown-grey, ridged, overlapping keratin flakes and whole scales with a pointed tip, that burn "
         "with a smell of hair: pangolin scales (Phataginus and Smutsia spp., CITES App. I), landed at Paris in "
         "transit from Lagos to Hanoi, without CITES documents, which specimens in transit through the Union must "
         "carry; Hausa wording (pangolin scales repeat in many sets, kept as a repeat of the good; a crab-shell "
         "root-health label was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-09", "import", "IEAIR01", "air", "JM", [], "IE", "701890",
         "Pink glass cabochons, undrilled, for jewellery making, 300 g", "JM", 0.3, None, 40, "USD",
         "pink glass cabochons are moulded, flat-backed, glassy and all alike; these 300 g are oval, undrilled, "
         "porcelain-like pink stones with a flame pattern under a lens, no two the same size: queen conch pearls "
         "(Aliger gigas, CITES App. II), worth some 150,000 USD, without CITES documents, flown from Kingston to "
         "Dublin for a jeweller; Jamaican English wording (conch pearls repeat in several sets and a pink-cabochon label once, "
         "blind228, kept as a repeat; a glass-cabochon label from Jamaica was found in no earlier row by a keyword "
         "search)", firm("Atlantic Jewellers Ltd", "IE")),
        ("WLF-10", "import", "GRAIR01", "air", "PG", [], "GR", "121190",
         "Ol liklik hap diwai smel (sandalwood) bilong mekim insens, 20 kilo", "PG", 20, None, 300, "USD",
         "sandalwood chips are pale yellow, evenly fine-grained and sweet-smelling; these 20 kg are dark, "
         "resin-streaked, heavy chips that sink in water and smoke thick and bittersweet on a hot plate: agarwood "
         "of Gyrinops (CITES App. II) from the Sepik without CITES documents, flown from Port Moresby to Athens for an "
         "incense maker; Tok Pisin wording (agarwood repeats in many sets and sandalwood-chip labels on it in two, "
         "blind53 and blind86, kept as a repeat; Gyrinops from Papua New Guinea to Greece is the new part as far as a "
         "search found)", firm("Orion Thymiamata AE", "GR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "air", "CA", "FR", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (treating a hydroponic nutrient tank)", "CA", 2.3, 2,
     30, "CAD", [("PRECURSOR_LICENCE", "FR-MI-71-0088")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "air", "TH", "CZ", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (mixing hydroponic nutrient stock solutions)", "TH", 1.4, 1,
     12, "USD", [("PRECURSOR_LICENCE", "CZ-MPO-71-0052")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DKSEA01", "sea", "NO", "DK", "854999",
     "Waste LED grow-light fixtures and drivers from a closed vertical farm, for recycling at a licensed plant, 12 t",
     "NO", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DK-MST-71-0044")], "notified vertical-farm e-waste to a licensed recycler"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "382549",
     "Spent ethanol with plant waxes from hemp extraction (07 05 04*), for solvent recovery at a licensed plant, 16 t",
     "CH", 16000, None, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-71-0219")], "notified spent extraction solvent to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 5 x 1 ml, for essential laboratory use", "US", 0.05, 5, 400,
     "USD", [("ODS_LICENCE", "NL-ILT-ODS-71-008")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "BEAIR01", "air", "US", "BE", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft hand extinguishers", "US", 250,
     10, 9000, "USD", [("ODS_LICENCE", "BE-SPF-ODS-71-003")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRSEA01", "sea", "FR", "US", "442199",
     "Pair of Versailles orange-tree boxes, oak and cast iron, c. 1780, château orangery, sold to a US museum", "FR",
     240, 2, 120000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-71-0112")],
     "orangery boxes exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "CH", "970510",
     "Roman terracotta olla, 1st century, documented Spanish collection since 1925, sold at auction", "ES", 3, 1, 4000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-EXP-71-0076")], "archaeological object exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "IN", "841933",
     "Steam-sterilisable pilot freeze-dryer, 20 kg ice capacity, 1 unit, for an Indian vaccine maker", "DE", 1100, 1,
     160000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-71-0418"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-71-0233")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "TR", "292019",
     "Dimethyl phosphite 98 %, 16 t, for a Turkish flame-retardant maker", "IT", 16000, None, 32000, "EUR",
     [("EXPORT_LICENCE", "IT-MAECI-71-0091"), ("END_USER_CERTIFICATE", "TR-EUC-71-0304")],
     "Schedule 3 chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "US", "AT", "121120",
     "American ginseng roots (Panax quinquefolius), cultivated, dried, 20 kg", "US", 20, None, 3000, "USD",
     [("CITES_PERMIT", "US-FWS-71-0487")], "App. II cultivated ginseng with its export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "ID", "BE", "442199",
     "Indoor-garden planter boxes of plantation Indonesian rosewood (Dalbergia latifolia), 200 units", "ID", 2400, 200,
     6000, "USD", [("CITES_PERMIT", "ID-KLHK-71-0159")], "App. II rosewood products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mme Claire Martin", "PRM-04": "Alpina Lösungsmittelrückgewinnung GmbH",
    "PRM-05": "Horizon Laboratorium BV", "PRM-06": "Atlantic Aero Maintenance SA",
    "PRM-11": "Alpina Vitalkost GmbH", "PRM-12": "Rivage Binnenteelt BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # grow shops, hydroponic wholesalers, vertical and container farms and their suppliers
    ("382219", "EC calibration solution 1.413 mS/cm, 500 ml", "import", ["post"], ["CA", "US"], (8, 15), (1, 3), ["CAD", "USD"], 2, S),
    ("310590", "Liquid Cal-Mag supplement for hydroponics, 1 l", "import", ["air"], ["TH", "US"], (3, 6), (100, 400), ["USD"], 0.75, S),
    ("310560", "PK 13/14 liquid bloom additive, 5 l", "import", ["road"], ["TR"], (2, 4), (1000, 3000), ["EUR"], 0.16, S),
    ("283990", "Stabilised ortho-silicic acid (OSA), 250 ml", "import", ["express"], ["IL", "US"], (40, 80), (1, 3), ["USD"], 3.6, S),
    ("310520", "Water-soluble NPK 4-18-38 for hydroponics, 25 kg bags", "import", ["sea"], ["MA", "IL"], (1.2, 2), (10000, 22000), ["USD"], 0.04, S),
    ("382499", "CO2 effervescent tablets for grow tents", "import", ["post"], ["VN", "CN"], (15, 30), (1, 3), ["USD"], 20, S),
    ("283640", "Potassium carbonate pH-up powder, 1 kg", "import", ["air"], ["IN", "CN"], (2, 4), (100, 500), ["USD"], 1, S),
    ("382499", "Two-way humidity-control packs 62 %, for curing jars", "import", ["express"], ["US", "CA"], (40, 80), (1, 3), ["USD", "CAD"], 15, S),
    ("382499", "Hydroponic flushing agent, chelate-based, 1 l", "import", ["air"], ["KR", "US"], (5, 10), (100, 400), ["USD"], 1, S),
    ("340290", "Enzyme tank cleaner for hydroponic reservoirs, 10 l", "import", ["road"], ["CH"], (2, 4), (500, 2000), ["CHF", "EUR"], 0.1, S),
    ("940542", "LED grow-light bars, full spectrum, new", "import", ["sea"], ["CN"], (12, 25), (2000, 8000), ["USD"], 0.8, S),
    ("850410", "Digital ballasts 600 W for grow lamps, new", "import", ["sea"], ["CN"], (10, 18), (2000, 6000), ["USD"], 0.33, S),
    ("391620", "PVC NFT growing channels, new, 4 m", "import", ["sea"], ["CN", "TR"], (2, 4), (4000, 12000), ["USD", "EUR"], 0.5, S),
    ("220720", "Denatured bioethanol fireplace fuel, 1 l bottles", "export", ["road"], ["BA", "RS"], (1.5, 2.5), (8000, 18000), ["EUR"], 1.2, S),
    ("630622", "Grow tents, 120 x 120 cm, new", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 0.05, S),
    ("850440", "UPS units 3 kVA with new sealed batteries", "import", ["sea"], ["CN", "TW"], (6, 10), (2000, 6000), ["USD"], 0.03, S),
    ("392690", "Yellow sticky traps for fungus gnats", "import", ["post"], ["CN"], (10, 20), (1, 3), ["USD"], 20, S),
    ("847989", "Grow-room dehumidifiers, R-290, 90 l/day", "import", ["sea"], ["CN"], (6, 10), (4000, 12000), ["USD"], 0.02, S),
    ("271112", "Propane cylinders for CO2 generators, 1 kg", "import", ["sea"], ["EG", "TR"], (2, 4), (1000, 4000), ["USD", "EUR"], 0.5, S),
    ("330749", "Odour-neutraliser gel for grow rooms, 1 l", "import", ["road"], ["RS", "BA"], (4, 8), (200, 1000), ["EUR"], 1, S),
    ("340290", "Harvest-scissor resin cleaner, isopropanol-based, 500 ml", "import", ["express"], ["JP", "US"], (20, 40), (1, 3), ["USD"], 2, S),
    ("860900", "Container farms, new, 40 ft, R-290 climate unit", "export", ["sea"], ["SN", "KE"], (10, 20), (5000, 15000), ["EUR"], 0.0002, S),
    ("841459", "Inline EC extractor fans, 200 mm", "import", ["sea"], ["IN", "CN"], (6, 12), (2000, 6000), ["USD"], 0.2, S),
    ("842139", "Activated-carbon odour filters for grow rooms", "import", ["sea"], ["CN", "IN"], (3, 6), (2000, 6000), ["USD"], 0.15, S),
    ("842410", "Automatic dry-powder extinguishers for grow-room panels", "import", ["air"], ["ZA", "CN"], (15, 30), (100, 400), ["USD"], 0.5, S),
    ("841582", "Plant-factory air-handling units, new, R-290", "import", ["sea"], ["TW", "JP"], (8, 14), (4000, 12000), ["USD"], 0.001, S),
    ("340290", "Bowling-ball cleaner, alcohol-based, 32 oz", "import", ["air"], ["US"], (6, 12), (50, 200), ["USD"], 1, S),
    ("691490", "Unglazed clay ollas for buried irrigation, new", "import", ["sea"], ["MX", "MA"], (1.5, 3), (2000, 6000), ["USD"], 0.4, S),
    ("442191", "Bamboo plant labels, blank", "import", ["post"], ["CN"], (8, 15), (1, 3), ["USD"], 150, S),
    ("392640", "Resin driftwood ornaments for terrariums", "import", ["express"], ["ID", "CN"], (20, 40), (1, 3), ["USD"], 3, S),
    ("691390", "Glazed ceramic planters for indoor plants, new", "import", ["sea"], ["TH", "VN"], (1, 2), (5000, 12000), ["USD"], 0.3, S),
    ("691200", "Stoneware fish tanks for small aquaponic systems, new", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 0.05, S),
    ("442199", "Reproduction Versailles planter boxes, painted oak", "export", ["sea"], ["US", "GB"], (8, 15), (1000, 3000), ["EUR"], 0.02, S),
    ("841933", "Home freeze-dryers for herbs and food, countertop", "import", ["air"], ["US"], (40, 70), (200, 800), ["USD"], 0.015, S),
    ("382499", "Potassium phosphite root-health concentrate, 1 l", "import", ["air"], ["IL", "US"], (5, 10), (100, 300), ["USD"], 0.7, S),
    ("900190", "PMMA lenses for LED grow lights", "import", ["air"], ["CN", "TW"], (20, 40), (100, 400), ["USD"], 100, S),
    ("284019", "Borax micronutrient for hydroponics, 25 kg bags", "import", ["sea"], ["TR", "US"], (0.8, 1.4), (10000, 20000), ["USD"], 0.04, S),
    ("902519", "Infrared leaf-temperature thermometers, handheld", "import", ["express"], ["CN"], (60, 120), (1, 3), ["USD"], 4, S),
    ("843239", "Vacuum seeders for microgreen trays, manual", "import", ["air"], ["US", "CN"], (20, 40), (100, 400), ["USD"], 0.1, S),
    ("848110", "CO2 pressure regulators with solenoid, for grow rooms", "import", ["air"], ["CN", "TW"], (30, 60), (50, 300), ["USD"], 1, S),
    ("530500", "Compressed coco-coir bricks, 650 g", "import", ["sea"], ["LK", "IN"], (0.4, 0.8), (15000, 24000), ["USD"], 1.5, S),
    ("121229", "Kelp meal, sun-dried, for organic grow mixes, 25 kg bags", "import", ["sea"], ["NO", "PH"], (1, 2), (5000, 15000), ["USD", "EUR"], 0.04, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Plastic citrus juicers, hand-operated", "import", ["sea"], ["CN", "TR"], (2, 4), (2000, 6000), ["USD", "EUR"], 8, N),
        ("441990", "Acacia-wood knife blocks, empty", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 0.8, N),
        ("701349", "Glass water carafes, 1 l", "import", ["sea"], ["TR", "CN"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 1.5, N),
        ("490199", "Printed knitting-pattern booklets", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind273", 20710901, HERE)


if __name__ == "__main__":
    main()
