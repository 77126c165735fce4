#!/usr/bin/env python3
"""Writes the two-hundred-and-eightieth blind set (tests/risk/data/blind280-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2072, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: shipping containers, pallets and
returnable packaging (container lessors, depots and repair yards, reefer service shops and
container-home converters, pallet makers, traders and repairers, IBC, drum and keg
reconditioners and lessors, crate pools, flexitank, dunnage and packaging suppliers).
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
only where a real declaration would. Ids are BL280-*:

    python3 tests/risk/data/make_blind280_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2072, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2072
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "VN", [], "CZ", "380892",
         "Dung dịch chống mốc cho pallet gỗ, can 5 lít, 4 can", "VN", 23, 4, 60, "USD",
         "the anti-mould and anti-sapstain dips sold for wooden pallets are milky emulsions of a few per cent "
         "fungicide of about 1.0 kg/l that smell faintly of solvent; these four cans hold a water-clear, runny "
         "liquid of 1.13 kg/l with vented caps that whitens and stings the fingers and fizzes on a rusty nail: about "
         "35 % hydrogen peroxide (Annex I above 12 %), sent by express from Ho Chi Minh City to a private person in "
         "Cheb who builds garden furniture from old pallets and sells it online; Vietnamese wording (hydrogen "
         "peroxide repeats in many sets; a pallet anti-mould label was found in no earlier row by a keyword search)",
         person("Tran Van Minh", "CZ")),
        ("PRE-02", "import", "ATAIR01", "air", "TR", [], "AT", "381400",
         "Konteyner işaretleme şablon boyası inceltici, 1 litre, 48 şişe", "TR", 55, 48, 290, "EUR",
         "the thinner for the stencil inks that letter owner codes and tare weights on container doors is a "
         "xylene-ketone blend of 0.86 kg/l that evaporates at once; these 48 bottles hold an oily, faintly fruity "
         "liquid of 1.14 kg/l that evaporates slowly, and the filler's drum label under the sticker reads "
         "'nitrometan', for a Vienna container-depot supplier whose web shop sells the 'thinner' by the litre to "
         "model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown "
         "from Istanbul; Turkish wording (nitromethane repeats in many sets and thinner labels on it in several; a "
         "container-stencil-ink thinner was found in no earlier row by a keyword search)",
         firm("Alpina Container Depot GmbH", "AT")),
        ("PRE-03", "import", "PLROAD01", "road", "UA", [], "PL", "271019",
         "Олива гідравлічна HLP 32 для гідравлічних візків (рохлі), 1 л, 960 пляшок", "UA", 1766, 960, 1400, "EUR",
         "the hydraulic oil for hand pallet trucks is an amber mineral oil of 0.87 kg/l sold in litre bottles; "
         "these 960 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a drop of water and chars "
         "the cardboard where a cap leaked, for a Lublin pallet-truck spares shop whose web shop sells the bottles "
         "to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, in a "
         "lorry at Hrebenne; Ukrainian wording (sulphuric acid repeats in many sets and oil labels on it in a few, "
         "blind264's laminator pump oil among them; a pallet-truck hydraulic-oil label was found in no earlier row "
         "by a keyword search)", firm("Vega Wózki Paletowe Sp. z o.o.", "PL")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "210690",
         "빙수용 우유 파우더 (눈꽃빙수 베이스), 1 kg 봉지, 300봉", "KR", 300, 300, 2400, "USD",
         "snowflake-bingsu base is a sweet, creamy milk powder that smells of milk, clumps in the damp and dissolves "
         "into a white liquid; these 300 bags hold a tasteless, odourless, heavy white crystalline powder that "
         "dissolves slowly into a clear liquid, flares with sugar on a hot plate and whose inner liners read "
         "'KClO4', for a Frankfurt Korean-café supplier whose web shop sells 1 kg bags to home cooks: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Incheon; Korean "
         "wording (one of the rows outside this set's emphasis; potassium perchlorate repeats in many sets and "
         "milk-powder labels on precursors in a few, blind140's camel milk and blind180's Ninho among them; a "
         "bingsu-base label was found in no earlier row by a keyword search)", firm("Central Café Supply GmbH", "DE")),
        ("PRE-05", "import", "MTSEA01", "sea", "EG", [], "MT", "392390",
         "حبيبات تغليف قابلة للتحلل من النشا (فول سوداني للتعبئة)، أكياس 25 كجم، 400 كيس", "EG", 10000, 400, 3000,
         "USD",
         "biodegradable starch loose-fill chips are feather-light puffed shapes of about 10 kg a cubic metre, so a "
         "25 kg sack would fill two and a half cubic metres; these 400 are ordinary 25 kg sacks of hard, white, "
         "round prills that turn ice-cold and vanish in water, test at 34 % N and melt and fume on a hot plate, for a "
         "Marsa packaging supplier that re-bags them in 1 kg 'packing chip' bags on its web shop: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Alexandria to "
         "Marsaxlokk; Egyptian Arabic wording (ammonium nitrate repeats in many sets and feather-light bead labels on "
         "it in several, EPS bean-bag and fender beads in blind117, blind165 and blind173; a starch packing-peanut "
         "label was found in no earlier row by a keyword search)", firm("Delta Packaging Supplies Ltd", "MT")),
        ("PRE-06", "import", "PTPOST01", "post", "BR", [], "PT", "284019",
         "Bórax para tratamento de madeira de paletes contra cupim e caruncho, 4 potes de 1 kg", "BR", 4, 4, 120,
         "BRL",
         "borax for treating pallet wood against woodworm is a soft, soapy, slowly dissolving decahydrate that leaves "
         "a white crust; these four tubs hold hard, clear, cubic crystals that dissolve at once, taste cool and "
         "salty, crackle on a hot plate and flare yellow with a pinch of sugar, and the inner bags read 'clorato de "
         "sódio': sodium chlorate (Annex I above 40 %), posted from São Paulo to a private person in Braga who makes "
         "pallet furniture; Brazilian Portuguese wording (sodium chlorate repeats in many sets and a borax label on "
         "it once, blind124's slime borax; a pallet-wood borax label was found in no earlier row by a keyword "
         "search)", person("João Pereira", "PT")),
        ("PRE-07", "import", "IESEA01", "sea", "CN", [], "IE", "340290",
         "啤酒桶清洗粉 (碱性, 洗桶机用), 1公斤袋, 1,200袋", "CN", 1200, 1200, 2400, "USD",
         "the alkaline powders keg washers use are carbonate, metasilicate and percarbonate blends that foam, grow "
         "warm in water and feel slippery; these 1,200 bags hold shiny white flakes that do not foam, crackle and "
         "spit violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a "
         "Dublin keg-leasing and keg-washing firm whose web shop sells 'keg cleaner' by the kilo to home brewers: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Ningbo; "
         "Chinese wording (potassium chlorate repeats in many sets; kegs appear in a few earlier rows, on ozone "
         "goods; a keg-washer powder label was found in no earlier row by a keyword search)",
         firm("Meridian Keg Services Ltd", "IE")),
        ("PRE-08", "import", "HUROAD01", "road", "RS", [], "HU", "282720",
         "Калцијум-хлорид гранулат, допуна за упијаче влаге у контејнерима, врећице 1 кг, 2.000 ком.", "RS", 2000,
         2000, 1600, "EUR",
         "the calcium chloride that refills the dry-bags hung in shipping and storage containers is a flaky or "
         "granular salt that grows warm when wetted and runs to brine; these 2,000 bags hold a fine white powder that "
         "draws damp just as fast but cools the water, burns fiercely with sugar and whose bag codes are a "
         "perchlorate plant's, for a Szeged self-storage container chain that sells refills to its renters: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, in a lorry at Kelebija; Serbian "
         "wording (sodium perchlorate repeats in many sets and calcium-chloride moisture-absorber labels in several, "
         "blind107, blind109 and blind119, kept as a repeat of that family; a container dry-bag refill sold to "
         "storage renters was found in no earlier row)", firm("Orion Konténer Bérlés Kft.", "HU")),
        ("PRE-09", "import", "SEROAD01", "road", "NO", [], "SE", "380894",
         "IBC-tankrens og desinfeksjon, 5 l kanner, 360 kanner (2. av 4 forsendelser)", "NO", 2160, 360, 26000,
         "NOK",
         "the cleaners sold for turning used IBCs into rainwater tanks are mild, foaming alkaline or chlorine "
         "products of about 1.05 kg/l; these 360 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has "
         "vented caps, whitens the skin and fizzes on a galvanised cage bar, the second of four vans booked that week "
         "each kept under 2.5 t, for a Gothenburg firm that sells reconditioned IBCs and the cleaner to gardeners: "
         "about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Svinesund; "
         "Norwegian wording (hydrogen peroxide repeats in many sets and splits over several vans in a few, "
         "blind264's three vans among them; an IBC-cleaner label was found in no earlier row by a keyword search)",
         firm("Rivage IBC Återbruk AB", "SE")),
        ("PRE-10", "import", "NLAIR01", "air", "TH", [], "NL", "381090",
         "น้ำยาเร่งสนิมเหล็กคอร์เทนสำหรับบ้านตู้คอนเทนเนอร์, 1 ลิตร, 96 ขวด", "TH", 134, 96, 12000, "THB",
         "the patina accelerators sold for the weathering-steel walls of container homes and Corten planters are "
         "dilute salt-and-vinegar or phosphoric solutions of about 1.05 kg/l; these 96 bottles weigh 1.40 kg/l, "
         "fume brown when opened, stain the skin yellow and eat through a copper wire, for an Almere container-home "
         "converter whose web shop sells the 'accelerator' to self-builders: about 65 % nitric acid (Annex I above "
         "3 %) retail-packed for members of the public, flown from Bangkok to Amsterdam; Thai wording (nitric acid "
         "repeats in many sets and rust-converter labels on acids in several; a Corten patina-accelerator label was "
         "found in no earlier row by a keyword search)", firm("Horizon Container Living BV", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "NG", "392390",
         "Gereconditioneerde IBC's 1000 l, gereinigd, 400 stuks", "BE", 24000, 400, 12000, "EUR",
         "reconditioned IBCs are washed, leak-tested, carry a reconditioner's plate and a cleaning certificate and "
         "often a new bottle; these 400 slosh, smell of solvent and pesticide, still carry UN 2902 and UN 1993 "
         "labels, their cages bent and bottles yellowed, with a litre or two of residue in each: the rejects of a "
         "Ghent reconditioner's intake, packaging with residues of hazardous substances (15 01 10*, A4130), "
         "hazardous waste whose export to a non-OECD country is banned, from Antwerp to Lagos; Flemish wording "
         "(IBCs with residues repeat in several sets, blind184 as rainwater tanks and blind210 under the same "
         "reconditioned-IBC label to Togo, kept as a repeat of the good and the label; a reconditioner's rejected "
         "intake to Nigeria is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "IN", "441231",
         "Gebruikte containervloerplaten, apitong multiplex 28 mm, voor hergebruik, 400 stuks", "NL", 23000, 400,
         2000, "EUR",
         "container floor panels for reuse are whole, dry, sound boards lifted from boxes retired in good order; "
         "these 400 are broken, oil-soaked and rotten panels cut out of 1990s-built containers at a Rotterdam repair "
         "depot, and the depot's own lab sheet in the file shows dieldrin and chlorpyrifos from the quarantine "
         "insecticide treatment container floors then received: waste wood containing hazardous substances "
         "(17 02 04*) and a persistent organic pollutant, hazardous waste whose export to a non-OECD country is "
         "banned, from Rotterdam to Mundra for a 'flooring recycler'; Dutch wording (treated waste wood repeats in "
         "several sets, railway sleepers and poles among them; container floor panels were found in no earlier row "
         "by a keyword search)", {"importer_country": "IN"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "ID", "392321",
         "Flexitanques usados, aptos para reutilización, 340 unidades", "ES", 24000, 340, 3400, "EUR",
         "flexitanks are single-use polyethylene bladders cut open and scrapped after discharge, and no one reuses "
         "one; these 340 are discharged bladders collected from Valencia's wine, latex and vegetable-oil receivers, "
         "slit, folded wet and stinking, with kilos of sour wine, latex skins and rancid fat in the folds: "
         "contaminated, mixed plastic waste (Y48), whose export from the Union to a non-OECD country is banned, from "
         "Valencia to Jakarta; Spanish wording (flexitanks repeat in many sets as the packaging of waste oils; the "
         "discharged bladders themselves as plastic waste were found in no earlier row by a keyword search)",
         {"importer_country": "ID"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "MY", "392329",
         "Sacchi gonfiabili di stivaggio (dunnage bags), nuovi, 1000 x 1800 mm, 30.000 pezzi", "IT", 18000, 30000,
         6000, "EUR",
         "new dunnage air bags come flat, folded in cartons of 50 with the maker's valve and a load rating; these "
         "bales are the used, burst, muddy bags pulled out of import containers at a Genoa container freight "
         "station, pressed together with broken PET strapping, stretch wrap, shrink hoods and wet cardboard: mixed "
         "plastic packaging waste (Y48), whose export from the Union to a non-OECD country is banned, from Genoa to "
         "Port Klang at 0.20 EUR a 'bag'; Italian wording (mixed plastic film repeats in many sets and pallet wrap "
         "once, blind272; a dunnage-bag label was found in no earlier row by a keyword search)",
         {"importer_country": "MY"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "GN", "850720",
         "Batteries de traction pour transpalettes électriques, d'occasion, testées 80 %, 96 pièces", "FR", 21000,
         96, 9600, "EUR",
         "tested used traction batteries travel with a discharge sheet per unit, sealed, dry and strapped on "
         "pallets; these 96 from a Le Havre pallet-truck and stacker fleet's end-of-life pile have cracked cases, "
         "sulphated plates, dry cells and acid crusted on the trays, and no test sheet: waste lead-acid batteries "
         "(A1160, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Le Havre to "
         "Conakry; French wording (forklift traction batteries once, blind174, under an outward-processing label, "
         "and lead-acid batteries in many sets, kept as a repeat of the good; a tested-80 % pallet-truck battery "
         "label to Guinea is the new part as far as a search found)", {"importer_country": "GN"}),
        ("WST-06", "export", "HRSEA01", "sea", "HR", [], "ME", "340290",
         "Koncentrat deterdženta za industrijsko pranje, reciklirani, IBC 1000 l, 20 kom.", "HR", 20000, 20, 1200,
         "EUR",
         "a recovered detergent concentrate would be a clear, foaming, alkaline liquid with a data sheet; these 20 "
         "IBCs hold a layered, brown-black liquid with a floating skin of resin and latex that smells of styrene and "
         "solvent and reads pH 13, pumped from the sumps of a Rijeka tank-container cleaning station that washes out "
         "the heels of chemical tanks: aqueous washing liquids with hazardous substances (16 07 09*, 07 01 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Rijeka to Bar; Croatian wording "
         "(tank-cleaning residues repeat in several sets as fuel-oil blendstock; a tank-container cleaning station's "
         "wash water as detergent concentrate was found in no earlier row)", {"importer_country": "ME"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "CM", "441520",
         "Europaletten, gebraucht, Klasse B, 300 Stück", "DE", 6600, 300, 1800, "EUR",
         "a pallet trader's container for Douala: used pallets and returnable crates are what Hamburg traders ship "
         "to Cameroonian warehouses, but the third item's 'Reefer-Kühlaggregate, gebraucht, geprüft' are 12 "
         "machinery units cut off scrapped reefer containers at a Hamburg depot, coils crushed, compressors leaking "
         "oil, controllers burnt, half of them still charged with HCFC-22: waste electrical equipment (A1180) "
         "containing ozone-depleting refrigerant, hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration; German wording (reefer equipment as waste repeats "
         "once, blind259's refrigerated semi-trailers; reefer machinery units behind pallets and crates were found in "
         "no earlier row)",
         dict({"importer_country": "CM"},
              _more_items=[item("392310", "Kunststoff-Mehrwegkisten, gebraucht, 1.000 Stück", "DE", 1500, 800, "EUR",
                                qty=1000),
                           item("841899", "Reefer-Kühlaggregate, gebraucht, geprüft, 12 Stück", "DE", 7200, 3600,
                                "EUR", qty=12)])),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "EG", "262190",
         "Kuparikuonahiekka, uusi puhallushiekka, 0,2-1,4 mm, suursäkit, 22 t", "FI", 22000, None, 1800, "EUR",
         "new copper-slag abrasive is clean, glassy, black, sharp grit in sealed bags with a grading sheet; these "
         "bags hold grey, dusty, rounded grit full of flakes of orange and green paint that reads lead, chromium and "
         "zinc, swept from the blasting hall of a Kotka container repair depot that strips 1990s boxes to bare steel: "
         "spent blasting grit with hazardous substances (12 01 16*), hazardous waste whose export to a non-OECD "
         "country is banned, from Kotka to Alexandria; Finnish wording (copper-slag abrasive labels on spent grit "
         "repeat in several sets, blind23, blind65, blind139 and blind198, kept as a repeat of the label; a container "
         "depot's grit with lead-chromate primer is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-09", "export", "ROROAD01", "road", "RO", [], "MD", "690220",
         "Cărămizi refractare uzate, pentru reutilizare la cuptoare, 22 t", "RO", 22000, None, 1100, "EUR",
         "used refractory bricks sold for reuse are whole, clean, pale alumina or fireclay bricks stacked on pallets; "
         "these bags hold broken black carbon blocks and grey brick rubble with white, salty crusts that smell of "
         "ammonia when wetted, dug out of the electrolysis cells of a Slatina aluminium smelter: spent pot lining "
         "(16 11 01*, cyanides and fluorides), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry at Albița for a Chișinău 'foundry'; Romanian wording (one of the rows outside this set's emphasis; "
         "spent pot lining repeats in many sets under fluorspar, chamotte, coke, cathode-block and electrode labels; "
         "a used-refractory-brick label was found in no earlier row by a keyword search)", {"importer_country": "MD"}),
        ("WST-10", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "283230",
         "Thiosíran amonný, technický roztok 60 %, IBC, 18 t", "CZ", 18000, 18, 2700, "EUR",
         "technical ammonium thiosulphate solution is clear, colourless and nearly odourless with a maker's "
         "certificate; these 18 IBCs hold a brown, turbid liquid with a black silver sludge that smells of sulphide "
         "and vinegar, drained from the fixer tanks of hospital X-ray and photo labs: spent photographic fixer "
         "(09 01 04*, 09 01 05*), hazardous waste whose export to a non-OECD country is banned, on a tanker lorry "
         "at Vyšné Nemecké for a Uzhhorod 'fertiliser' firm; Czech wording (one of the rows outside this set's "
         "emphasis; spent fixer repeats in a few sets, blind103 and blind106 under a sodium-thiosulphate label, kept "
         "as a repeat; an ammonium-thiosulphate label from Czechia to Ukraine is the new part as far as a search "
         "found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "IN", [], "GR", "842410",
         "स्ट्रैडल कैरियर और रीच स्टैकर के लिए अग्निशामक, 6 किग्रा, एबीसी पाउडर, 180 नग", "IN", 1080, 180, 4500,
         "USD",
         "the ABC powder extinguishers fitted to straddle carriers and reach stackers rattle when shaken, weigh 6 kg "
         "of dry powder at 15 bar and carry a CE mark; these 180 red cans hiss, slosh, spray a liquid that vanishes "
         "into a sweet gas, and the valve collars read 'BCF' under the new labels: halon 1211 "
         "(bromochlorodifluoromethane) in portable extinguishers, products whose import into the Union is banned, by "
         "sea from Nhava Sheva to Piraeus for a container-terminal equipment supplier; Hindi wording (halon 1211 "
         "repeats in many sets and powder-extinguisher labels on it in several; extinguishers for container-handling "
         "machines were found in no earlier row by a keyword search)", firm("Delta Port Equipment AE", "GR")),
        ("OZN-02", "import", "FRSEA01", "sea", "CN", [], "FR", "940690",
         "集装箱房屋套件 (20尺, 含分体空调 R-32), 12 套", "CN", 31200, 12, 72000, "USD",
         "container-home kits sold in the Union come with split units on R-32 or R-290 and a leak-check label, or "
         "with the air conditioning left for a local installer; each of these twelve 20-foot homes carries two wall "
         "units whose plates say R-32 but whose service ports read 9.5 bar at 20 °C, and a leak detector and the "
         "compressor stamps name HCFC-22: products and equipment relying on HCFCs, whose import into the Union is "
         "banned, by sea from Shanghai to Le Havre for a Normandy container-home seller; Chinese wording (HCFC-22 "
         "in air conditioners repeats in many sets and used site-office containers with HCFC-22 units once, "
         "blind118, for export; new container-home kits from China were found in no earlier row)",
         firm("Atlantic Maisons Conteneurs SARL", "FR")),
        ("OZN-03", "import", "NLSEA01", "sea", "MY", [], "NL", "390950",
         "Kit busa poliuretana dua komponen untuk pembaikan panel kontena reefer, ditiup HFO, 20 kg, 80 kit", "MY",
         1600, 80, 4800, "USD",
         "the pour-in-place foam kits reefer repair yards use to refill damaged panels are water- or HFO-blown, carry "
         "an HFO-1233zd data sheet and smell of little; the B component of these 80 kits gurgles, hisses with an "
         "ether-like vapour when opened, weighs 1.24 kg/l and a head-space test gives 12 % 1,1-dichloro-1-"
         "fluoroethane: a pre-blended polyol with HCFC-141b, a product containing a controlled substance whose import "
         "into the Union is banned, by sea from Port Klang to Rotterdam for a reefer repair depot; Malay wording "
         "(HCFC-141b and CFC-11 in polyol systems repeat in several sets, blind102, blind112 and blind139, kept as a "
         "repeat of the good; a reefer panel-repair kit was found in no earlier row by a keyword search)",
         firm("Horizon Reefer Repair BV", "NL")),
        ("OZN-04", "import", "ROSEA01", "sea", "GE", [], "RO", "860900",
         "იზოთერმული კონტეინერები 40 ფუტი, ნახმარი, საცხოვრებელი მოდულებისთვის, 10 ცალი", "GE", 46000, 10, 18000,
         "USD",
         "the dead reefer boxes sold for conversion into homes and cold rooms are insulated containers whose foam "
         "was blown with cyclopentane or HCFC after the 1990s; these ten were built in 1989-1993, carry 'R-12' "
         "plates where the machinery was cut away, and core samples of the wall foam give off "
         "trichlorofluoromethane: products containing CFC-11, whose import into the Union is banned, by sea from Poti "
         "to Constanța for a container-home converter; Georgian wording (reefer containers repeat in many sets with "
         "R-12 and HCFC-22 machinery, kept as a repeat of the good; dead boxes with CFC-11 foam for container-home "
         "conversion are the new part as far as a search found)", firm("Vega Case Container SRL", "RO")),
        ("OZN-05", "import", "ITSEA01", "sea", "CN", [], "IT", "842410",
         "集装箱储能系统用全氟己酮 (FK-5-1-12) 灭火钢瓶, 80 升, 24 瓶", "CN", 1440, 24, 14000, "USD",
         "FK-5-1-12 for containerised battery-storage systems is a liquid that boils at 49 °C, kept in cylinders "
         "super-pressurised with nitrogen at 25 or 42 bar, and a drop evaporates slowly like alcohol; these 24 "
         "cylinders are stamped '1301' under the new labels, read 14 bar without nitrogen, and a drop from the valve "
         "vanishes at once into a gas: halon 1301 (bromotrifluoromethane) in fire-protection equipment whose import "
         "into the Union is banned, by sea from Shanghai to Genoa for a battery-storage integrator; Chinese wording "
         "(halon 1301 under clean-agent labels repeats in many sets and an FK-5-1-12 label once, blind79, on HCFC-123 "
         "in drums, kept as a repeat of the family; a cylinder for battery-storage containers was found in no "
         "earlier row by a keyword search)",
         firm("Meridian Accumulo Energia Srl", "IT")),
        ("OZN-06", "import", "BEAIR01", "air", "PK", [], "BE", "382499",
         "پیلٹ لوڈ کے لیے اینٹی سلپ اسپرے، 500 ملی لیٹر، 2,400 کین", "PK", 1080, 2400, 3600, "USD",
         "anti-slip sprays for stacking cartons on pallets are resin sprays propelled with propane-butane or DME and "
         "carry a flame symbol; these 2,400 cans have no flame symbol, a lighter flame goes out over the spray, and "
         "the propellant analysed is dichlorodifluoromethane: aerosols containing CFC-12, products whose import into "
         "the Union is banned, flown from Karachi to Brussels for a pallet and packaging supplier; Urdu wording "
         "(CFC-12 in aerosols repeats in many sets; an anti-slip pallet spray was found in no earlier row by a "
         "keyword search)", firm("Central Pallet Supplies SA", "BE")),
        ("OZN-07", "import", "FRAIR01", "air", "IN", [], "FR", "381400",
         "குத்துவிளக்கு பித்தளை சுத்திகரிப்பு திரவம், 1 லிட்டர், 120 பாட்டில்கள்", "IN", 191, 120, 420, "USD",
         "the brass-lamp cleaners sold in temple-goods shops are tamarind, citric or ammonia pastes and liquids of "
         "about 1.05 kg/l; these 120 bottles weigh 1.59 kg/l, smell sweet like chloroform, do not burn and evaporate "
         "cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from Chennai to "
         "Paris for a La Chapelle puja-goods shop; Tamil wording (one of the rows outside this set's emphasis; "
         "carbon tetrachloride repeats in many sets and Tamil temple lamps once as goods, blind227; a brass-lamp "
         "cleaner label was found in no earlier row by a keyword search)", firm("Rivage Articles de Puja SARL", "FR")),
        ("OZN-08", "transit", "MTSEA01", "sea", "CN", ["MT"], "LY", "285390",
         "غاز تبخير للمنصات الخشبية حسب معيار ISPM 15، بديل بروميد الميثيل (EDN)، أسطوانات 50 كغ، 60 أسطوانة", "CN",
         3000, 60, 9000, "USD",
         "ethanedinitrile (EDN), sold as a methyl-bromide replacement for fumigating pallets and timber, is a light "
         "gas of 0.95 kg/l as a liquid in tall cylinders with an almond smell; these 60 short cylinders read 1.7 bar, "
         "hold a heavy liquid of 1.73 kg/l and are stamped 'CH3Br' under the paint: methyl bromide, moved through "
         "the Union without the licence Regulation 2024/590 requires, landed at Marsaxlokk in transit from Tianjin to "
         "a Misrata pallet-fumigation firm; Libyan Arabic wording (methyl bromide under EDN labels repeats in several "
         "sets, blind56, blind92, blind104, blind147 and blind170, and a pallet-fumigant label on it once, blind37, "
         "kept as a repeat; an ISPM 15 pallet label on a transit through Malta to Libya is the new part as far as a "
         "search found)", {"importer_country": "LY"}),
        ("OZN-09", "import", "DKAIR01", "air", "SG", [], "DK", "853710",
         "Reefer controller display modules, refurbished, 40 pcs", "SG", 60, 40, 6000, "USD",
         "a reefer spares air shipment for a Copenhagen service shop: controller displays and door gaskets are what "
         "a Singapore reefer parts house sends, but the third item's 'electronic contact cleaner' is 60 litre "
         "bottles of a non-flammable liquid of 1.57 kg/l that smells faintly of chloroform, labelled 'R-113' on "
         "the filler's drum: CFC-113 (trichlorotrifluoroethane), whose import into the Union is banned, hidden as "
         "the last item of a three-item declaration, flown from Changi; Singapore English wording (CFC-113 repeats "
         "in many sets and contact-cleaner labels on it in several; a reefer-controller cleaner behind reefer spares "
         "was found in no earlier row)",
         dict(firm("Nordhafen Reefer Service ApS", "DK"),
              _more_items=[item("401693", "Door gaskets for 40 ft reefer containers, EPDM, 200 pcs", "SG", 400, 3000,
                                "USD", qty=200),
                           item("381400", "Electronic contact cleaner for reefer controllers, 1 l, 60 bottles", "SG",
                                94, 360, "USD", qty=60)])),
        ("OZN-10", "import", "ATPOST01", "post", "JP", [], "AT", "381400",
         "模型飛行機用ドープうすめ液, 1 L × 2本", "JP", 2.7, 2, 4000, "JPY",
         "the thinner for the cellulose dope that tautens tissue on balsa model aircraft is an acetone-ester blend of "
         "0.85 kg/l that smells of pear drops and burns; these two bottles weigh 1.34 kg/l, smell sweet and faintly "
         "of chloroform, do not burn, and the old stock's back label gives 1,1,1-トリクロロエタン: methyl chloroform, "
         "whose import into the Union is banned, posted from Nagoya to a private modeller in Linz; Japanese wording "
         "(one of the rows outside this set's emphasis; methyl chloroform repeats in many sets and model-making "
         "labels on ozone goods in a few, a model-railway track cleaner and a fuelproofer among them; a "
         "dope-thinner label was found in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "AL", [], "IT", "690990",
         "Enë balte të vjetra për transportin e vajit, të përdorura, 8 copë", "AL", 150, 8, 120, "EUR",
         "old clay oil jars from Albanian farms are wide-mouthed, flat-bottomed, glazed inside and patched with "
         "wire; these eight are tall, narrow-necked, two-handled, pointed-toed amphorae with stamped handles, "
         "encrusted with shell and worm tubes, netted off Durrës: Roman and Hellenistic transport amphorae, "
         "underwater archaeological objects whose export Albania forbids, brought in without the import licence "
         "Regulation 2019/880 requires, by sea from Durrës to Bari for a Puglia reclaimed-packaging and garden "
         "dealer; Albanian wording (amphorae repeat in many sets, from Tunisia as anchovy-salting jars in blind203, "
         "kept as a repeat of the good; an oil-transport jar label from Albania is the new part as far as a search "
         "found)", firm("Orion Imballaggi di Recupero Srl", "IT")),
        ("CUL-02", "import", "NLSEA01", "sea", "ID", [], "NL", "740400",
         "Skrap perunggu dan kuningan dari twist-lock dan perlengkapan lashing kontainer bekas, 6 ton", "ID", 6000,
         None, 24000, "USD",
         "container twist-locks and lashing fittings are forged steel, so a bronze-scrap lot under their name is "
         "already odd; among these 6 t of mixed valve and propeller bronze lie three intact bronze cannon of the "
         "17th century with the VOC monogram, founders' marks and sea concretions, raised from a wreck in the Java "
         "Sea: underwater cultural heritage whose export Indonesia forbids, brought in without the import licence "
         "Regulation 2019/880 requires, by sea from Surabaya to Rotterdam for a non-ferrous trader; Indonesian "
         "wording (bronze cannon in scrap repeat once, blind141, from a Montenegrin wreck, kept as a repeat of the "
         "family; a container twist-lock scrap label was found in no earlier row by a keyword search)",
         firm("Delta Non-Ferro BV", "NL")),
        ("CUL-03", "import", "FRSEA01", "sea", "SN", [], "FR", "470790",
         "Papier d'emballage usagé, froissé, pour calage de colis, 6 balles", "ML", 300, 6, 60, "EUR",
         "used packing paper for void fill is crumpled brown kraft and newsprint baled by weight; inside these six "
         "bales lie about 200 loose leaves and twelve leather satchels of Arabic manuscripts on rag paper, in "
         "Sahelian script with red and black inks and marginal notes, from Timbuktu and Djenné family libraries: "
         "manuscripts of the 16th to 19th century removed from Mali against its export ban, brought in without the "
         "importer statement Regulation 2019/880 requires, by sea from Dakar to Marseille for a packaging wholesaler; "
         "Malian French wording (Sahelian manuscripts repeat in several sets; a void-fill packing-paper label was "
         "found in no earlier row by a keyword search)", firm("Rivage Emballages SARL", "FR")),
        ("CUL-04", "import", "BESEA01", "sea", "IN", [], "BE", "440799",
         "જૂના પેકિંગ ક્રેટ અને પેલેટનું રીક્લેમ્ડ લાકડું, ફર્નિચર માટે, 1 કન્ટેનર", "IN", 12000, None, 3000, "USD",
         "reclaimed wood from old packing crates and pallets is grey, nailed, knotty pine and mango planks sold by "
         "the cubic metre; under the planks in this container lie two carved teak door panels and four brackets "
         "with dancing figures, lotus borders and old blue paint, sawn from an 18th-century Kutch haveli: parts of a "
         "monument whose export India forbids for antiquities over 100 years, brought in without the import licence "
         "Regulation 2019/880 requires, by sea from Mundra to Antwerp for a reclaimed-wood furniture maker; Gujarati "
         "wording (haveli woodwork repeats in several sets, blind23, blind207 and blind249, kept as a repeat of the "
         "good; a reclaimed pallet-and-crate-wood label was found in no earlier row)",
         firm("Alpina Reclaimed Wood SA", "BE")),
        ("CUL-05", "import", "DEPOST01", "post", "RS", [], "DE", "741980",
         "Žetoni za povratnu ambalažu (kaucija za čaše), mesing, 500 kom.", "RS", 1.8, 500, 50, "EUR",
         "deposit tokens for returnable cups and crates are new, stamped brass discs with a logo, all alike; this "
         "parcel holds 240 small, worn bronze coins of the 3rd-4th century, each different, with emperors' heads and "
         "Siscia and Sirmium mint marks and earth in the letters: Roman coins dug by detectorists in Serbia, "
         "archaeological objects whose export Serbia forbids, brought in without the import licence Regulation "
         "2019/880 requires, posted from Novi Sad to a private person in Cologne; Serbian wording (Roman coins repeat "
         "in many sets and token labels in a few, gaming, coin-pusher and car-wash tokens; a cup-deposit token label "
         "was found in no earlier row by a keyword search)", person("Jonas Weber", "DE")),
        ("CUL-06", "import", "DESEA01", "sea", "IQ", [], "DE", "860900",
         "حاوية شحن فارغة 20 قدم مملوكة للشاحن، راجعة لإعادة الاستخدام", "IQ", 2200, 1, 1500, "USD",
         "an empty shipper-owned 20-foot container returning for reuse weighs its 2.2 t tare and its doors open on "
         "bare floor; this one weighs 3.4 t, and behind a false end wall welded 80 cm from the front lie crates of "
         "cuneiform tablets, cylinder seals and a gypsum relief fragment with an Assyrian inscription: Iraqi "
         "cultural property whose import into the Union Regulation 1210/2003 forbids, by sea from Umm Qasr to "
         "Hamburg for a container trader; Iraqi Arabic wording (cuneiform tablets repeat in many sets and behind "
         "oilfield returns once, blind225; an empty returning container with a false wall was found in no earlier "
         "row by a keyword search)", firm("Vega Container Handel GmbH", "DE")),
        ("CUL-07", "export", "IESEA01", "sea", "IE", [], "US", "251611",
         "Granite garden boulder with natural markings, 1 pc", "IE", 900, 1, 250, "EUR",
         "a granite garden boulder is a rounded field stone sold by the tonne; this is a tall, squared pillar with a "
         "row of notches cut along one edge and lichen on the weathered face: an ogham stone of the 5th-7th century "
         "lifted from a Kerry field, a national monument exported without the licence Irish law requires and without "
         "the EU export licence of Regulation 116/2009, by sea from Cork to Boston; Irish English wording (one of the "
         "rows outside this set's emphasis; an ogham stone once, blind54, under an Irish-language garden label, kept "
         "as a repeat of the good, and a garden-boulder label once, blind263, on fossils; by sea to Boston is the new "
         "part)",
         {"importer_country": "US"}),
        ("CUL-08", "import", "BEAIR01", "air", "TH", [], "BE", "830629",
         "พระพุทธรูปทองเหลือง รมดำ ของตกแต่ง, 1 องค์", "TH", 38, 1, 300, "USD",
         "a decorative brass Buddha from Bangkok workshops is yellow, thin-walled, light and darkened with a chemical "
         "finish that rubs off; this one is a 38 kg solid bronze crowned Buddha with a Bayon-style face, casting "
         "cores inside and green corrosion in the folds: an Angkorian bronze of the 12th-13th century looted in "
         "Cambodia and carried to Bangkok, brought in without the import licence Regulation 2019/880 requires, flown "
         "to Brussels for an Asian-art dealer; Thai wording (one of the rows outside this set's emphasis; Khmer "
         "sculpture repeats in several sets and a Thai brass-Buddha label once, blind166, on a Lopburi head, kept as a "
         "repeat of the good and the label; an Angkorian bronze by air to Brussels is the new part as far as a search "
         "found)", firm("Horizon Asian Decor SA", "BE")),
        ("CUL-09", "import", "SEAIR01", "air", "IQ", [], "SE", "830629",
         "لغاوی ئەسپی برۆنز بۆ ڕازاندنەوە، نوێ، ١٢ دانە", "IQ", 6, 12, 240, "USD",
         "new decorative bronze horse bits from Erbil bazaars are bright, light castings; these twelve are heavy, "
         "green-crusted cheek-pieces cast as winged ibexes and moufflons with soil inside the loops: Luristan bronzes "
         "(8th-7th century BC) dug in western Iran and carried over the border, archaeological objects brought in "
         "without the import licence Regulation 2019/880 requires, flown from Erbil to Stockholm for an antiques "
         "dealer; Sorani Kurdish wording (one of the rows outside this set's emphasis; Luristan bronzes repeat in "
         "several sets, kept as a repeat of the good; a Kurdish horse-bit label was found in no earlier row by a "
         "keyword search)", firm("Nordhafen Antik AB", "SE")),
        ("CUL-10", "import", "BGROAD01", "road", "AM", ["GE", "TR"], "BG", "392310",
         "Դատարկ բազմակի օգտագործման պլաստիկ արկղեր, վերադարձ, 2 400 հատ", "BG", 3600, 2400, 2400, "EUR",
         "a crate pool's lorry back from Yerevan: empty returnable crates and pallets are what comes back from the "
         "apricot packhouses, but the third item's 'tuff garden stones, new' are four sawn pieces of a carved "
         "cross-stone with a foliate cross, rosettes and an Armenian inscription dated 1264 on the back: a "
         "khachkar, a monument whose export Armenia forbids, brought in without the import licence Regulation "
         "2019/880 requires, hidden as the last item of a three-item declaration, at Kapitan Andreevo; Armenian "
         "wording (khachkars under garden-stone labels repeat in many sets, blind10, blind38, blind42, blind107, "
         "blind208 and blind221, kept as a repeat of the good; behind a crate pool's returning crates is the new "
         "part as far as a search found)",
         dict(firm("Rivage Crate Pool EOOD", "BG"),
              _more_items=[item("441520", "Օգտագործված փայտե պալետներ, 60 հատ", "BG", 1300, 300,
                                "EUR", qty=60),
                           item("680299", "Տուֆից այգու դեկորատիվ քարեր, նոր, 4 հատ", "AM", 1800, 400, "USD",
                                qty=4)])),
    ],
    "strategic": [
        ("STR-01", "export", "GRSEA01", "sea", "GR", [], "LB", "392390",
         "Κενά IBC 1000 l, ανακατασκευασμένα, για επαναχρησιμοποίηση, 20 τεμ.", "GR", 1200, 20, 2400, "EUR",
         "twenty empty reconditioned IBCs weigh 60 kg each and a container of them is mostly air; this container "
         "weighs 23.6 t at the gate and every tote is full and sealed with a colourless, viscous, faintly "
         "ammonia-smelling liquid of 1.12 kg/l, the filler's paper giving CAS 102-71-6, for a Beirut 'packaging "
         "reseller' whose trucks go on to Damascus: triethanolamine (dual-use 1C350, a chemical-weapons precursor) "
         "exported without the licence Regulation 2021/821 requires and for Syria, from Piraeus; Greek wording "
         "(triethanolamine in IBCs repeats in several sets, blind8, blind31 and blind213, and an empty-IBC cover "
         "once, blind207, on sodium chlorate; kept as a repeat, triethanolamine under an empty-IBC label is the new "
         "part as far as a search found)", {"importer_country": "LB"}),
        ("STR-02", "export", "PLSEA01", "sea", "PL", [], "AE", "860900",
         "Używane kontenery-cysterny ISO 20 ft, stal nierdzewna, T11, 6 szt.", "PL", 22800, 6, 60000, "EUR",
         "used stainless T11 tank containers for food-grade or mild chemical cargo sell at about 10,000 EUR each with "
         "an inspection certificate; these six carry no food-grade plate, their barrels are lined throughout with "
         "sintered PTFE, valves and manlids fluoropolymer-lined too, listed by their Gdańsk lessor at 85,000 EUR "
         "each, for a Jebel Ali 'tank trader' whose earlier boxes went on to Bandar Abbas: storage tanks over 0.1 m3 "
         "with all wetted surfaces of fluoropolymer (dual-use 2B350.c) exported without a licence and for Iran; "
         "Polish wording (2B350 vessels, valves and pumps repeat in many sets; lined ISO tank containers were found in "
         "no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-03", "export", "SISEA01", "sea", "SI", [], "PK", "722840",
         "Palice iz legiranega jekla za kovanje zasukov (twist-lock) za zabojnike, Ø 150 mm, 6 t", "SI", 6000, None,
         18000, "EUR",
         "the alloy steel twist-locks are forged from is a 42CrMo4 grade at about 2-3 EUR/kg; these forged bars "
         "ring differently, carry heat numbers of an 18 % nickel, cobalt-molybdenum grade and test above 2,000 MPa "
         "after ageing, worth some 40 EUR/kg, for a Lahore 'container-fittings forge' with no forging press: "
         "maraging steel (dual-use 1C216) exported without a licence, from Koper to Karachi; Slovenian wording "
         "(maraging steel repeats in several sets, blind13, blind17 and blind167, under tool-steel labels, kept as a "
         "repeat of the good; a twist-lock forging-bar label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-04", "import", "LTSEA01", "sea", "VN", [], "LT", "441233",
         "Ván ép sàn container, gỗ bạch dương, 28 mm, xuất xứ Việt Nam, 400 tấm", "VN", 22000, 400, 16000, "USD",
         "Vietnam grows no birch and its plywood mills peel acacia and eucalyptus; these 400 container-floor sheets "
         "are all-birch, with the thin, even, pale veneers of a Russian mill and a Vologda stamp under the new "
         "'Made in Vietnam' film, for a Klaipėda container repair depot: Russian wood products whose import into the "
         "Union Regulation 833/2014 forbids, under a Vietnamese certificate of origin, by sea from Hai Phong; "
         "Vietnamese wording (Russian birch plywood repeats in several sets under Turkish and Kazakh origin, blind103, "
         "blind106, blind109 and blind256, kept as a repeat; Vietnamese origin on container flooring is the new part "
         "as far as a search found)", firm("Vega Konteinerių Remontas UAB", "LT")),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "441520",
         "Поддоны деревянные EUR 1200 x 800, новые, производство Казахстан, 4 000 шт.", "KZ", 88000, 4000, 44000,
         "EUR",
         "Kazakh pallets would carry the KZ country code in their IPPC heat-treatment stamp; every one of these "
         "4,000 new pallets in four wagons carries 'BY' and the registration numbers of two Belarusian "
         "woodworking plants under a Kazakh certificate of origin issued in Petropavl: Belarusian wood products "
         "whose import into the Union Regulation 765/2006 forbids, at Małaszewicze for a Warsaw pallet trader; "
         "Russian wording from Kazakhstan (Belarusian and Russian wood under Kazakh origin repeats in several sets, "
         "kept as a repeat of the family; pallets betrayed by their own IPPC stamps were found in no earlier row by a "
         "keyword search)", firm("Central Paletten Handel Sp. z o.o.", "PL")),
        ("STR-06", "export", "NLAIR01", "air", "NL", [], "AM", "852691",
         "GPS-fietscomputers met kaart, 400 stuks", "NL", 120, 400, 24000, "EUR",
         "cycling GPS computers are 80 g handlebar units with a small screen at 150-400 EUR; these 400 are 300 g "
         "boxed receivers with a seven-element antenna array, anti-jam and anti-spoofing firmware and an "
         "MIL-STD connector, from a Delft maker who sells them at 4,000 EUR to drone integrators, for a Yerevan "
         "'bike shop' whose earlier orders went on by road to Russia: controlled-reception-pattern GNSS receivers "
         "(dual-use 7A005) and GNSS receivers on the common high-priority list whose re-export to Russia Regulation "
         "833/2014 forbids, flown from Schiphol; Dutch wording (one of the rows outside this set's emphasis; GNSS "
         "modules repeat in several sets; a cycling-computer label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["AT", "HU", "RS", "BG"], "TR", "560900",
         "Kompozitní vázací páska (kordová) pro zajištění nákladu, 32 mm, 200 rolí", "CZ", 4000, 200, 6000, "EUR",
         "composite cord strapping for securing loads is white polyester cord coated in a binder, a few cents a "
         "metre; these 200 spools are black, sized carbon-fibre tow of intermediate modulus on the fibre maker's "
         "cores with its batch labels, worth about 60 EUR/kg, for an Istanbul 'packaging trader' whose freight goes "
         "on to Tehran: carbon fibre (dual-use 1C010.b) exported without a licence and for Iran, on a lorry from "
         "Ostrava; Czech wording (carbon fibre repeats in many sets; a load-securing strapping label was found in no "
         "earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", ["GE"], "AM", "830241",
         "Bastoni per tende in metallo, tubolari, 1.200 pezzi", "IT", 1800, 1200, 3000, "EUR",
         "metal curtain rods are hollow brass or steel tubes with finials and brackets, heavy for their length; "
         "these are 4,500 thin, silver-grey, seamless 9.5 mm tubes of a zirconium alloy, 4 m long, with no finials "
         "and a cladding-mill certificate giving hafnium below 100 ppm, for a Yerevan 'interior supplier': "
         "reactor-grade zirconium tubes (dual-use 1C234) exported without a licence, from Genoa via Poti; Italian "
         "wording (one of the rows outside this set's emphasis; reactor-grade zirconium tubes repeat twice, blind167 "
         "and blind250, under titanium-tube labels, kept as a repeat of the good; a curtain-rod label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "AE", "732690",
         "Laschstangen und Spannschrauben für Containerschiffe, 2.000 Stück", "DE", 16000, 2000, 28000, "EUR",
         "a lashing-gear container for a Jebel Ali ship chandler: lashing bars, turnbuckles and spreader spares are "
         "what Hamburg suppliers ship to Gulf terminals, but the third item's 'Frequenzumrichter für "
         "Spreader-Antriebe' are twelve frequency changers with an output of 600-2,000 Hz, multi-phase and "
         "frequency-stable to 0.1 %, with no crane drive among their settings: frequency changers (dual-use "
         "3A225, centrifuge drives) exported without a licence for an Iranian end user, hidden as the last item of a "
         "three-item declaration, from Hamburg; German wording (frequency changers repeat in many sets, kept as a "
         "repeat of the good; behind container lashing gear is the new part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("843149", "Spreader-Ersatzteile (Twistlock-Bolzen, Flipper), 200 Stück", "DE", 2400,
                                9000, "EUR", qty=200),
                           item("850440", "Frequenzumrichter für Spreader-Antriebe, 12 Stück", "DE", 360, 4800,
                                "EUR", qty=12)])),
        ("STR-10", "export", "LVROAD01", "road", "LV", [], "BY", "950420",
         "Lietoti biljarda galdi, atjaunoti, 3 gab.", "LV", 3900, 3, 1800, "EUR",
         "used, reconditioned pool tables sell at a few hundred euros and weigh 200-400 kg; these three are new, "
         "full-size 12-foot snooker tables with five-piece slate beds and carved mahogany frames, 1.3 t each and "
         "28,000 EUR each on the Riga dealer's invoice, for a Minsk club: luxury goods whose sale and export to "
         "Belarus Regulation 765/2006 forbids, declared at 600 EUR each, in a lorry at "
         "Pāternieki; Latvian wording (one of the rows outside this set's emphasis; luxury goods to Russia and "
         "Belarus repeat in many sets and billiard goods in a few, all wildlife; snooker tables were found in no "
         "earlier row by a keyword search)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BESEA01", "sea", "CD", [], "BE", "440729",
         "Bois de palettes, avivés d'ilomba, qualité palette, 1 conteneur", "CD", 20000, None, 4000, "USD",
         "pallet-grade ilomba is pale, pinkish-grey, soft and light (about 500 kg/m3), sold for pallet decks at a low "
         "price; these planks are heavy (about 750 kg/m3), fine and straight-grained, yellow-brown darkening to "
         "brown with a greenish tint where freshly cut: afrormosia (Pericopsis elata, CITES App. II) without the "
         "Congolese export permit, by sea from Matadi to Antwerp for a pallet maker that sells the better boards on "
         "to a joinery; Congolese French wording (afrormosia repeats in many sets, kept as a repeat of the good; "
         "crate and pallet labels once, blind201, on iroko; pallet lumber on afrormosia was found in no earlier row "
         "by a keyword search)", firm("Rivage Palettes SA", "BE")),
        ("WLF-02", "transit", "ESSEA01", "sea", "NG", ["ES"], "VN", "441520",
         "Used wooden pallets, returnable, 600 pcs, 1 x 40' container", "NG", 12000, 600, 2400, "USD",
         "600 used pallets weigh about 12 t and their blocks are solid wood; x-ray shows 140 of these pallets with "
         "hollowed nine-block feet plugged with filler, each block holding cut pieces of elephant tusk wrapped in "
         "carbon paper, 1.3 t in all: elephant ivory (Loxodonta africana, CITES App. I) without CITES documents, "
         "which specimens in transit through the Union must carry, landed at Valencia in transit from Lagos to Hai "
         "Phong; Nigerian English wording (ivory repeats in many sets and hidden in timber in several; ivory inside "
         "pallet blocks was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-03", "export", "ESSEA01", "sea", "ES", [], "HK", "392310",
         "Caixas de plástico para peixe, usadas, para reutilización, 1.200 unidades", "ES", 3000, 1200, 1800, "EUR",
         "1,200 empty, used plastic fish boxes weigh about 3 t and nest into each other; these weigh 7.8 t, do not "
         "nest, and under a false bottom in each lie dried, unskinned shark fins, tall, grey-brown first dorsals "
         "among them: fins of scalloped hammerhead and oceanic whitetip (Sphyrna lewini and Carcharhinus "
         "longimanus, CITES App. II) exported without the Spanish export permit, by sea from Vigo to Hong Kong; "
         "Galician wording (shark fins repeat in many sets and fish boxes on other goods in a few; fins under false "
         "bottoms of returnable fish boxes were found in no earlier row)", {"importer_country": "HK"}),
        ("WLF-04", "import", "GRROAD01", "road", "GE", ["TR"], "GR", "392310",
         "ცარიელი მრავალჯერადი პლასტმასის ყუთები, დაბრუნება, 1 800 ცალი", "GR", 2700, 1800, 900, "EUR",
         "a crate pool's lorry of nested empty crates is light and quiet; in the middle of the stacks 40 crates are "
         "lidded, lined with hay and scratch, and hold 600 live tortoises with domed, yellow-and-black shells and a "
         "spur on each thigh, taken in the hills of Kakheti: Testudo graeca (CITES App. II, EU Annex A) without "
         "CITES documents, at Kipoi on the way back from Tbilisi to a Thessaloniki crate pool; Georgian wording "
         "(Testudo graeca repeats in several sets; tortoises among a crate pool's returning empties were found in no "
         "earlier row by a keyword search)", firm("Delta Fresh Crates AE", "GR")),
        ("WLF-05", "import", "PLSEA01", "sea", "VN", [], "PL", "481910",
         "Hộp carton sóng 5 lớp, 20.000 chiếc", "VN", 6000, 20000, 5000, "USD",
         "a packaging container for a Gdynia wholesaler: corrugated boxes and void-fill paper rolls are what Binh "
         "Duong packaging mills ship, but the third item's 'wood wool for packing' is 300 kg of dark, oily, "
         "resin-streaked shavings and chips that smell sweet and woody when warmed and sink in water: agarwood "
         "(Aquilaria crassna, CITES App. II) without CITES documents, worth hundreds of dollars a kilo, hidden as "
         "the last item of a three-item declaration, by sea from Cat Lai to Gdańsk; Vietnamese wording (agarwood "
         "repeats in many sets; a packing wood-wool label was found in no earlier row by a keyword search)",
         dict(firm("Atlantic Opakowania Sp. z o.o.", "PL"),
              _more_items=[item("480519", "Giấy chèn lót (void fill) dạng cuộn, 400 cuộn", "VN", 2000, 1200, "USD",
                                qty=400),
                           item("440500", "Sợi gỗ (wood wool) để chèn hàng, 300 kg", "VN", 300, 150, "USD")])),
        ("WLF-06", "import", "ITSEA01", "sea", "CL", [], "IT", "440711",
         "Tablas de pino para cajones de embalaje, secadas, 1 contenedor", "BO", 18000, None, 5400, "USD",
         "pine boards for packing cases are pale, knotty, resinous and light; these are pinkish to reddish-brown, "
         "knot-free, soft and fragrant with the cedar smell of a cigar box: Cedrela (C. fissilis and C. odorata, "
         "CITES App. II) without a Bolivian export permit, by sea from Arica to Genoa for a packing-case maker; "
         "Bolivian Spanish wording (Cedrela repeats in several sets under melina, pine and paraíso labels, kept as a "
         "repeat of the family; a packing-case board label was found in no earlier row by a keyword search)",
         firm("Meridian Casse e Pallet Srl", "IT")),
        ("WLF-07", "transit", "BESEA01", "sea", "CM", ["BE"], "CN", "630532",
         "Used FIBC jumbo bags, for reuse, baled, 2,000 pcs", "CM", 5000, 2000, 1000, "USD",
         "2,000 used bulk bags pressed into bales weigh about 5 t; this container weighs 11 t and inside the bales, "
         "folded into the bags, lie sacks of dry, overlapping, brown keratin scales: pangolin scales (Phataginus "
         "and Smutsia spp., CITES App. I), some 6 t, without CITES documents, which specimens in transit through "
         "the Union must carry, landed at Antwerp in transit from Douala to Nansha; Cameroonian English wording "
         "(pangolin scales repeat in many sets and in jumbo bags of plastic scrap once, blind210; used FIBCs for "
         "reuse as the cover are the new part as far as a search found)", {"importer_country": "CN"}),
        ("WLF-08", "import", "DEAIR01", "air", "TZ", [], "DE", "030559",
         "Dagaa kavu (samaki wadogo waliokaushwa), kilo 20", "TZ", 20, None, 80, "USD",
         "dried dagaa are tiny, silver, sun-dried lake fish that smell strongly and crumble between the fingers; "
         "these cartons hold 20 kg of dried, brown, horse-headed fish with bony rings and curled tails: seahorses "
         "(Hippocampus spp., CITES App. II) without CITES documents, flown from Dar es Salaam to Frankfurt for an "
         "Asian-food wholesaler; Swahili wording (one of the rows outside this set's emphasis; dried seahorses under "
         "dried-shrimp labels repeat in several sets and a dagaa label once, blind176, on pangolin scales; kept as a "
         "repeat, seahorses under dagaa are the new part as far as a search found)",
         firm("Orion Asia Food GmbH", "DE")),
        ("WLF-09", "import", "FRAIR01", "air", "KM", [], "FR", "030819",
         "Holothuries séchées, Holothuria atra, 60 kg", "KM", 60, None, 600, "EUR",
         "dried lollyfish (Holothuria atra) are small, slender, black, soft-skinned sea cucumbers sold cheaply by "
         "the kilo; these 60 kg are large, heavy, stiff, grey-white and black animals with the teat-like lumps along "
         "the sides that name them, worth a hundred times the price: white and black teatfish (Holothuria fuscogilva "
         "and H. nobilis, CITES App. II) without a Comorian export permit, flown from Moroni to Paris for an Asian "
         "grocery wholesaler; Comorian French wording (one of the rows outside this set's emphasis; teatfish under "
         "cheaper sea-cucumber labels repeat in many sets, kept as a repeat; from the Comoros is the new part as far "
         "as a search found)", firm("Alpina Épicerie Asiatique SARL", "FR")),
        ("WLF-10", "import", "ITAIR01", "express", "IN", [], "IT", "621420",
         "Pure pashmina shawls, hand-woven, Kashmir, 4 pcs", "IN", 0.6, 4, 320, "USD",
         "pashmina shawls are fine cashmere of some 15 µm that is soft and a little springy; these four pass through "
         "a finger ring, feel like down and show under the microscope the 10 µm, unscaled-looking fibre of the "
         "Tibetan antelope: shahtoosh (Pantholops hodgsonii, CITES App. I) without CITES documents, sent by express "
         "from Srinagar to a private buyer in Milan; Indian English wording (one of the rows outside this set's "
         "emphasis; shahtoosh under pashmina labels repeats in many sets, kept as a repeat; by express to Milan is "
         "the new part as far as a search found)", person("Giulia Rossi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "air", "VN", "CZ", "284700",
     "Hydrogen peroxide 35 %, 2 x 5 l, for a licensed private user (bleaching reclaimed pallet wood)", "VN", 11.3, 2,
     40, "EUR", [("PRECURSOR_LICENCE", "CZ-MPO-72-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IEAIR01", "air", "CN", "IE", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (school science demonstrations)", "CN", 1, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "IE-DOJ-72-0031")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "392390",
     "Used IBCs with hazardous residues (15 01 10*), for washing and reconditioning at a licensed plant, 12 t", "NO",
     12000, 200, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-72-0118")], "notified residue-bearing IBCs to a licensed reconditioner"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "262190",
     "Spent blasting grit from container repair (12 01 16*), for treatment at a licensed plant, 20 t", "CH", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-72-0427")], "notified spent grit to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "GB", "NL", "290376",
     "Halon 1211, recovered and reclaimed, 40 cylinders, for critical use in aircraft hand-held extinguishers", "GB",
     1600, 40, 24000, "GBP", [("ODS_LICENCE", "NL-ILT-ODS-72-007")], "halon 1211 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290377",
     "CFC-12 recovered from scrapped reefer machinery, 12 cylinders, for destruction at a licensed plant", "CH", 600,
     12, 0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-72-019")], "CFC-12 imported for licensed destruction"),
    ("PRM-07", "cultural", "export", "ITSEA01", "sea", "IT", "US", "690990",
     "Roman transport amphora, Dressel 1, documented Italian collection since 1962, sold to a US museum", "IT", 22, 1,
     18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-72-0144")],
     "amphora exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "export", "NLSEA01", "sea", "NL", "GB", "970690",
     "Bronze ship's cannon, Dutch, 1680s, documented collection since 1951, sold at auction", "NL", 480, 1, 65000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-EXP-72-0061")], "antique cannon exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "860900",
     "PTFE-lined ISO tank containers, 2 units, for an Indian fluorochemical producer", "DE", 7600, 2, 170000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-72-0388"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-72-0210")],
     "dual-use lined tank containers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "TR", "292215",
     "Triethanolamine 99 %, 20 IBCs, for a Turkish cement grinding-aid maker", "BE", 22400, 20, 36000, "EUR",
     [("EXPORT_LICENCE", "BE-FL-72-0094"), ("END_USER_CERTIFICATE", "TR-MTB-EUC-72-0177")],
     "dual-use triethanolamine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Afrormosia (Pericopsis elata) sawn timber, 20 m3, for a joinery", "CM", 14000, None, 22000, "USD",
     [("CITES_PERMIT", "CM-MINFOF-72-0266")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "VN", "FR", "121190",
     "Agarwood chips, plantation-grown Aquilaria crassna, 50 kg, for a perfumer", "VN", 50, None, 9000, "USD",
     [("CITES_PERMIT", "VN-CITES-72-0412")], "App. II plantation agarwood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Private individual", "PRM-03": "Rivage IBC Reconditioning SA",
    "PRM-05": "Horizon Aero Maintenance BV", "PRM-11": "Alpina Menuiserie SA", "PRM-12": "Meridian Parfums SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # container depots and lessors, pallet makers and traders, reconditioners, crate pools and packaging suppliers
    ("320910", "Water-based clear wood sealer for pallet furniture, 1 l", "import", ["express"], ["VN", "CN"], (10, 20), (1, 3), ["USD"], 1, S),
    ("381400", "Stencil-ink thinner for container markings, ketone blend, 1 l", "import", ["air"], ["TR", "CN"], (4, 8), (100, 400), ["EUR", "USD"], 1.1, S),
    ("271019", "Hydraulic oil HLP 32 for hand pallet trucks, 1 l", "import", ["road"], ["UA", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 1.1, S),
    ("701820", "Hollow glass microspheres for insulating paint, 1 kg", "import", ["air"], ["KR", "CN"], (8, 15), (100, 400), ["USD"], 1, S),
    ("392390", "Biodegradable starch loose-fill packing chips, 100 l bags", "import", ["sea"], ["EG", "CN"], (2, 4), (400, 700), ["USD"], 1, S),
    ("340290", "Alkaline keg-washer detergent powder, 25 kg sacks", "import", ["sea"], ["CN", "TR"], (1.2, 2), (5000, 15000), ["USD"], 0.04, S),
    ("282720", "Calcium chloride container desiccant dry-bags, 1 kg", "import", ["sea"], ["CN", "IN"], (1, 2), (4000, 12000), ["USD"], 1, S),
    ("340290", "IBC tank cleaning detergent, alkaline, 5 l", "import", ["road"], ["NO", "TR"], (1.5, 3), (1000, 3000), ["EUR", "NOK"], 0.2, S),
    ("381090", "Patina solution for Corten steel, saline, 1 l", "import", ["air"], ["TH", "US"], (5, 10), (100, 400), ["USD"], 1, S),
    ("392390", "Reconditioned IBCs 1000 l, washed, with cleaning certificate", "import", ["road"], ["RS", "UA"], (1, 2), (6000, 12000), ["EUR"], 0.016, S),
    ("441231", "New container-floor plywood, apitong-faced, 28 mm", "import", ["sea"], ["MY"], (0.6, 1), (18000, 24000), ["USD"], 0.018, S),
    ("392321", "New flexitanks 24,000 l, multilayer PE, single-use", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD"], 0.014, S),
    ("392329", "Dunnage air bags, PP woven, new", "import", ["sea"], ["CN", "IN"], (2, 3.5), (4000, 12000), ["USD"], 1.6, S),
    ("850720", "Lead-acid traction batteries for pallet trucks, new", "import", ["sea"], ["CN", "KR"], (2.5, 4), (8000, 18000), ["USD"], 0.005, S),
    ("340290", "Tank-container cleaning detergent, alkaline, IBCs", "export", ["sea"], ["MA", "TR"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("441520", "New EPAL wooden pallets, ISPM 15 heat-treated", "export", ["road"], ["CH", "RS"], (0.4, 0.7), (15000, 24000), ["EUR"], 0.045, S),
    ("392310", "Foldable returnable plastic crates, new", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD"], 0.6, S),
    ("262190", "Copper-slag blasting abrasive, new, big bags", "import", ["sea"], ["TR", "IN"], (0.1, 0.2), (20000, 26000), ["USD"], None, S),
    ("842410", "ABC powder extinguishers for port handling machines, 6 kg", "import", ["sea"], ["TR", "CN"], (3, 6), (1000, 4000), ["USD", "EUR"], 0.15, S),
    ("940690", "Container-home kits, 20 ft, without air conditioning", "import", ["sea"], ["CN"], (1.5, 3), (20000, 28000), ["USD"], 0.0004, S),
    ("390950", "Water-blown PU pour-foam kits for reefer panel repair", "import", ["sea"], ["MY", "CN"], (3, 5), (1000, 3000), ["USD"], 0.05, S),
    ("860900", "Used dry containers 20 ft, cargo-worthy, with survey", "import", ["sea"], ["CN", "TR"], (0.5, 0.9), (2200, 8800), ["USD"], 0.00045, S),
    ("842410", "FK-5-1-12 clean-agent cylinders for battery-storage containers", "import", ["sea"], ["CN", "US"], (20, 40), (500, 2000), ["USD"], 0.02, S),
    ("382499", "Anti-slip coating for pallet loads, water-based, 1 l", "import", ["air"], ["PK", "CN"], (3, 6), (200, 800), ["USD"], 1, S),
    ("381400", "Brass-lamp cleaning liquid, citric, 500 ml", "import", ["express"], ["IN", "LK"], (10, 20), (1, 3), ["USD"], 2, S),
    ("853710", "Reefer controller display modules, refurbished", "import", ["air"], ["SG", "CN"], (60, 120), (20, 100), ["USD"], 0.6, S),
    ("401693", "Door gaskets for reefer containers, EPDM", "import", ["sea"], ["CN", "MY"], (4, 8), (1000, 4000), ["USD"], 0.5, S),
    ("690990", "Terracotta olive-oil jars, new, handmade", "import", ["sea"], ["AL", "TN"], (1, 2), (2000, 6000), ["EUR"], 0.06, S),
    ("740400", "Bronze and brass scrap, clean, from valve makers", "import", ["sea"], ["ID", "TR"], (4, 6), (15000, 22000), ["USD"], None, S),
    ("480519", "Kraft void-fill paper rolls, new", "import", ["sea"], ["CN", "TR"], (1, 1.6), (8000, 16000), ["USD"], None, S),
    ("940360", "Furniture of reclaimed packing-case wood, new", "import", ["sea"], ["IN", "VN"], (3, 5), (3000, 8000), ["USD"], 0.05, S),
    ("741980", "Brass deposit tokens for returnable cups, new", "import", ["post"], ["RS", "CN"], (20, 40), (1, 3), ["EUR"], 250, S),
    ("392390", "Empty reconditioned IBCs 1000 l, for reuse", "export", ["sea"], ["LB", "EG"], (1, 2), (1000, 3000), ["EUR"], 0.016, S),
    ("860900", "Used stainless ISO tank containers T11, food-grade", "export", ["sea"], ["AE", "IN"], (2, 4), (3800, 11400), ["EUR"], 0.00026, S),
    ("843149", "Spreader spare parts, twist-lock pins and flippers", "export", ["sea"], ["AE", "MA"], (3, 6), (1000, 4000), ["EUR"], 0.08, S),
    ("441234", "Eucalyptus-core plywood for container floors, 28 mm", "import", ["sea"], ["VN", "CN"], (0.5, 0.8), (18000, 24000), ["USD"], 0.018, S),
    ("392390", "Plastic pallets 1200 x 800, nestable, new", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (4000, 10000), ["USD"], 0.07, S),
    ("852691", "Solar GPS/GSM container trackers, new", "import", ["air"], ["CN", "TW"], (80, 160), (50, 300), ["USD"], 3, S),
    ("560900", "Polyester composite cord strapping, 32 mm, rolls", "import", ["sea"], ["CN", "TR"], (2, 3.5), (3000, 8000), ["USD"], 0.05, S),
    ("850440", "Frequency inverters for crane drives, 7.5-55 kW", "import", ["sea"], ["CN", "TR"], (20, 40), (500, 2000), ["USD"], 0.05, S),
    ("630532", "FIBC bulk bags, new, 1 t safe working load", "import", ["sea"], ["IN", "TR"], (2.5, 4), (3000, 8000), ["USD"], 0.4, S),
    ("392310", "Plastic fish boxes, new, food-grade", "export", ["sea"], ["HK", "MA"], (2, 4), (2000, 6000), ["EUR"], 0.4, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691110", "Porcelain cream jugs and sugar bowls", "import", ["sea"], ["CN", "TH"], (2.5, 4), (3000, 8000), ["USD"], 3, N),
        ("392690", "Moulded plastic boot trays", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (2000, 6000), ["USD", "EUR"], 0.7, N),
        ("441919", "Bamboo napkin holders and toast racks", "import", ["sea"], ["CN", "VN"], (3, 5), (1000, 4000), ["USD"], 4, N),
        ("560790", "Cotton clothesline ropes, 20 m, retail", "import", ["post", "express"], ["IN", "PK"], (6, 12), (1, 3), ["USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind280", 20721101, HERE)


if __name__ == "__main__":
    main()
