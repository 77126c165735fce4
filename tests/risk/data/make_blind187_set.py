#!/usr/bin/env python3
"""Writes the hundred-and-eighty-seventh blind set (tests/risk/data/blind187-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2057, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: the electronics, IT and
telecoms trade (component brokers, refurbishers, data-centre decommissioning, mobile
networks and their tower equipment, repair shops and the hobby-electronics web shops
that sell to the public).
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
would. Ids are BL187-*:

    python3 tests/risk/data/make_blind187_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2057, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2057
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "TW", [], "DE", "382000",
         "電腦水冷液 透明款 不導電 (PC water-cooling coolant, clear), 4 x 1 公升", "TW", 4.9, 4, 1600, "TWD",
         "PC water-cooling coolant is a glycol-water mix of about 1.03 kg/l with corrosion inhibitors, sold in "
         "sealed bottles with a UV-dye option; these four bottles have vented caps, weigh 1.13 kg/l, bleach a paper "
         "towel, foam on a cut and whiten the skin, with no glycol smell or sweetness: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Taoyuan to a private PC modder in Leipzig; traditional Chinese "
         "wording from Taiwan (hydrogen peroxide repeats in many sets under water-like covers; a PC water-cooling "
         "coolant label was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-02", "import", "CZPOST01", "post", "VN", [], "CZ", "381010",
         "Dung dịch tẩy ôxít chân linh kiện điện tử, 4 chai x 1 lít", "VN", 5.7, 4, 900000, "VND",
         "a component-lead deoxidiser for phone-board repair is a mild, flux-like liquid in 50-100 ml dropper bottles; "
         "these four litre bottles fume brown when opened, stain the skin yellow, eat into a copper coin at once and "
         "weigh 1.40 kg/l: about 65 % nitric acid (Annex I above 3 %), posted from Ho Chi Minh City to a private "
         "person in Cheb who strips gold from scrapped CPU pins and connector fingers, as his forum posts show; "
         "Vietnamese wording (nitric acid repeats in many sets and hobby-etching covers in several; an "
         "electronic-component deoxidiser label was found in no earlier row by a keyword search)",
         person("Pan T. Nguyen", "CZ")),
        ("PRE-03", "import", "SEAIR01", "express", "KR", [], "SE", "282690",
         "육불화인산나트륨 (NaPF6), 나트륨이온 배터리용 전해질 염, 배터리 등급, 1 kg x 3", "KR", 3.1, 3, 450000, "KRW",
         "battery-grade NaPF6 ships in argon-filled, heat-sealed aluminium pouches inside a tin, because it fumes "
         "with a sharp smell of HF in damp air; these three bags are plain PE liners, do not fume, draw damp into a "
         "slush, make a sugar pinch burn fiercely, and the inner label reads 'NaClO4 99 %': sodium perchlorate "
         "(Annex I above 40 %), sent by express from Incheon to a private 'sodium-ion battery builder' in Västerås; "
         "Korean wording (sodium perchlorate repeats in many sets; a sodium-ion electrolyte-salt label was found in "
         "no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("PRE-04", "import", "CZAIR01", "air", "CN", [], "CZ", "281820",
         "导热球形氧化铝粉 (thermal interface filler), 500 克/袋, 400 袋", "CN", 200, 400, 1400, "USD",
         "spherical alumina for thermal pads and pastes is a hard, free-flowing powder of tiny beads (3.9 g/cm3) that "
         "scratches glass, does not dissolve and does not burn; these 400 bags hold soft, crystalline white grains "
         "that dissolve a little in hot water, flare violet with a pinch of sugar and carry CAS 7778-74-7 on the inner "
         "liner, for a Brno PC-modding web shop that sells 500 g bags to the public for 'DIY thermal paste': potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Shenzhen to Prague; "
         "Chinese wording (potassium perchlorate repeats in many sets under filler and clay labels; a thermal-filler "
         "alumina label was found in no earlier row by a keyword search)", firm("Vega Modding s.r.o.", "CZ")),
        ("PRE-05", "import", "HUAIR01", "air", "IN", [], "HU", "282739",
         "स्टैनस क्लोराइड (SnCl2·2H2O), पीसीबी टिनिंग हेतु, 500 ग्राम पैक, 600 पैक", "IN", 300, 600, 2100, "USD",
         "stannous chloride for tinning hobby circuit boards is a white, damp-looking crystal that smells of "
         "hydrochloric acid and turns milky in water; these 600 packs hold dry, glassy, odourless crystals that stay "
         "clear in water, spit violet sparks on a hot soldering iron and read CAS 3811-04-9 on the drum labels in the "
         "same consignment, for a Budapest hobby-electronics web shop that sells to the public: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, flown from Mumbai; Hindi wording (potassium "
         "chlorate repeats in many sets; a stannous-chloride tinning label was found in no earlier row by a keyword "
         "search)", firm("Orion Elektronika Kft.", "HU")),
        ("PRE-06", "import", "DEAIR01", "express", "TR", [], "DE", "381400",
         "Telefon ekranı yapıştırıcı sökücü (B-7000 çözücü), 500 ml, 8 şişe", "TR", 4.6, 8, 2400, "TRY",
         "the glue removers phone-repair shops use to lift B-7000 and T-7000 adhesive are acetone or ester blends of "
         "about 0.8 kg/l in squeeze bottles; these eight bottles weigh 1.14 kg/l, smell faintly fruity, do not "
         "evaporate off the skin like acetone, carry a transport sticker torn off and their drum-lot number reads "
         "'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Istanbul to a private person in Duisburg "
         "who races RC cars, although flammable liquids travel by express only as declared dangerous goods; Turkish "
         "wording (nitromethane repeats in many sets and a debonder label once, in blind21, where it was named "
         "openly; a phone-screen glue-remover label is the new part as far as a search found)",
         person("Herr K. Becker", "DE")),
        ("PRE-07", "import", "FIAIR01", "express", "AE", [], "FI", "271019",
         "Single-phase immersion cooling oil for ASIC miners, dielectric, 4 x 5 l", "AE", 36.8, 4, 320, "USD",
         "single-phase immersion oil for crypto-mining rigs is a clear synthetic hydrocarbon of about 0.83 kg/l that "
         "floats on water and feels slippery; these four cans weigh 1.84 kg/l, sink, grow hot when a drop of water "
         "falls in, char a paper towel black and have no flash point on the data sheet: about 96 % sulphuric acid "
         "(Annex I above 15 %), sent by express from Dubai to a private 'home miner' in Oulu, although corrosive "
         "liquids travel by express only as declared dangerous goods; English wording from the Emirates (sulphuric "
         "acid repeats in many sets under oil and syrup covers; an immersion-cooling label on a precursor was found "
         "in no earlier row: the one earlier immersion-fluid row, blind104, is an ozone row)",
         person("Mikko Virtanen", "FI")),
        ("PRE-08", "import", "ROSEA01", "sea", "GE", [], "RO", "151620",
         "სოიას ცვილის გრანულები სანთლების დასამზადებლად, ტომრები 25 კგ, 640 ტომარა", "GE", 16000, 640, 9600, "USD",
         "soy wax pastilles for candle making are soft, greasy, ivory flakes that float on water and melt at 50 °C; "
         "these 640 sacks hold hard, white, porous prills that sink, turn the water ice-cold, smell of nothing, test "
         "at 34 % N and come from the Rustavi fertiliser works, for a Constanța candle-craft web shop that sells "
         "25 kg sacks to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the "
         "public, by sea from Poti; Georgian wording (ammonium nitrate repeats in many sets under bead, grain and "
         "sugar covers, and candle-making covers once, stearin flakes in blind167; soy-wax pastilles from Georgia "
         "to Romania are the new part as far as a search found)", firm("Rivage Lumânări SRL", "RO")),
        ("PRE-09", "import", "ATAIR01", "express", "JP", [], "AT", "283340",
         "プリント基板エッチング剤 過硫酸ナトリウム 結晶, 1 kg x 4", "JP", 4.2, 4, 12000, "JPY",
         "sodium persulfate PCB etchant is a fine white powder that dissolves to a clear solution turning blue as it "
         "eats copper, and bleaches nothing on paper; these four bags hold coarse, cool-tasting, slightly sticky "
         "crystals that draw damp, crackle and flare yellow on a gas ring and leave copper untouched in water, with "
         "CAS 7775-09-9 on the inner bag: sodium chlorate (Annex I above 40 %), sent by express from Osaka to a "
         "private person in Graz; Japanese wording (sodium chlorate repeats in many sets under salt and sugar-like "
         "labels; a persulfate etchant label was found in no earlier row: persulphate appears only in notes, as "
         "what hobbyists really use)", person("Thomas Gruber", "AT")),
        ("PRE-10", "import", "ESAIR01", "express", "IL", [], "ES", "340290",
         "תרסיס אנטי-סטטי לעמדות עבודה ESD, מילוי, 4 x 1 ליטר", "IL", 4.9, 4, 240, "ILS",
         "anti-static refill for ESD workstations is water with a little alcohol and surfactant, 0.99 kg/l, that "
         "smells faintly of alcohol and leaves a film on a mat; these four bottles have vented caps, weigh 1.20 "
         "kg/l, smell of nothing, foam on a cut, whiten the fingertips and bleach a blue ESD mat white: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Tel Aviv to a private person in Barcelona, "
         "although oxidising liquids travel by express only as declared dangerous goods; Hebrew wording (hydrogen "
         "peroxide repeats in many sets under water-like cleaner and drink labels; an anti-static ESD-spray label "
         "was found in no earlier row by a keyword search)", person("Particular", "ES")),
    ],
    "waste": [
        ("WST-01", "export", "PLSEA01", "sea", "PL", [], "PK", "850760",
         "Akumulatory LiFePO4 48 V do szaf telekomunikacyjnych, nowe, UN38.3, 320 szt.", "PL", 16000, 320, 48000,
         "EUR",
         "new 48 V LFP rack batteries for telecom cabinets come boxed with a test report, a recent date code and a "
         "UN38.3 summary for that batch; these 320 modules are scuffed, carry 2047-2049 date codes and an operator's "
         "asset tags, several are bulging and their BMS logs read 50-60 % of rated capacity, pulled from tower sites "
         "in a Polish network swap: waste lithium-ion batteries (16 06 05, with damaged cells among them), shipped as "
         "new to a non-OECD country without notification, from Gdańsk to Karachi; Polish wording (second-life "
         "lithium modules repeat in a few sets, blind131 and blind144, and used packs declared new with UN38.3 "
         "summaries once, e-bike packs in blind159; telecom rack batteries were found in no earlier row by a "
         "keyword search)", {"importer_country": "PK"}),
        ("WST-02", "export", "SISEA01", "sea", "HU", ["SI"], "MY", "800110",
         "Ón tömb, Sn 99,9 %, visszanyert, 18 t", "HU", 18000, None, 90000, "EUR",
         "reclaimed tin ingots are bright, even bars of 99.9 % tin with a refiner's assay; these sacks hold grey, "
         "crumbly, oxidised skimmings with metal droplets and flux residue, scraped from the wave-soldering pots of "
         "a Tatabánya contract electronics plant, that read 37 % lead: tin-lead solder dross, hazardous waste whose "
         "export to a non-OECD country is banned, by lorry to Koper and by sea to Port Klang for a 'tin smelter'; "
         "Hungarian wording (solder dross repeats in several sets, blind47, blind131, blind135, blind150, kept as a "
         "known repeat; a reclaimed-tin-ingot label through Koper to Malaysia was found in no earlier row by a "
         "keyword search)", {"importer_country": "MY"}),
        ("WST-03", "export", "CZROAD01", "road", "CZ", ["DE"], "IN", "282110",
         "Černý pigment oxid železitý (magnetit), 25 kg pytle, 12 t", "CZ", 12000, 480, 4800, "EUR",
         "black iron-oxide pigment is a dense, heavy, non-combustible powder of about 4.5 g/cm3 that stains hands "
         "red-black; these sacks hold a light, fluffy black powder that smells of styrene when warmed, burns in a "
         "flame, clings to everything by static and is mixed with cyan and magenta dust, swept from the vacuum "
         "stations of a Brno toner-cartridge remanufacturer: waste printing toner (08 03 17*), hazardous waste whose "
         "export to a non-OECD country is banned, by lorry to Hamburg for a Chennai 'paint maker'; Czech wording "
         "(toner waste repeats in a few sets as cartridges, copiers and recovered toner, dev14-c, and iron-oxide "
         "pigment labels in many waste rows on sludges and scale; waste toner under such a label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "IN", "854620",
         "Isolateurs céramiques en alumine, rebuts de fabrication, 4 t", "FR", 4000, None, 1200, "EUR",
         "alumina ceramic insulators are white, glazed, heavy parts of one shape per lot; these crates hold small, "
         "unglazed white discs, washers and flanges of several shapes still soldered to copper bases and transistor "
         "flanges, stripped from the RF power stages of scrapped broadcast and base-station amplifiers, that read "
         "beryllium on a handheld XRF: beryllium-oxide ceramics, whose dust is carcinogenic (hazardous waste), "
         "exported to a non-OECD country against the Basel ban, from Le Havre to Mundra for a 'ceramics recycler'; "
         "French wording (beryllium repeats in a few strategic rows; beryllium-oxide scrap under an alumina-insulator "
         "label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "VN", "283429",
         "Oplossing van tinnitraat voor keramische glazuren, IBC 1000 l, 20 st.", "BE", 24000, 20, 2400, "EUR",
         "a tin-salt solution for ceramic glazes is a product with an assay and a data sheet, bought by the drum; "
         "these 20 IBCs hold a green-blue, fuming, nitric-smelling liquid with a sediment of tin hydroxide and copper, "
         "drained from the solder-stripping lines of a Flemish printed-circuit-board maker at 0.10 EUR/kg: spent "
         "tin-stripping solution (11 01 05*, acid with heavy metals), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Hai Phong; Flemish Dutch wording (spent etchants repeat in many sets; a "
         "spent tin stripper under a tin-nitrate label was found in no earlier row by a keyword search)",
         {"importer_country": "VN"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "PK", "760200",
         "Rottame di tubi in alluminio 6063, puliti, 14 t", "IT", 14000, None, 14000, "EUR",
         "clean 6063 tube scrap is bright, uncoated extrusion offcuts; these gaylords hold thousands of 30-80 mm "
         "aluminium drums coated with a grey-black, glassy film that flakes off, taken from the warehouse stock of "
         "a Milan office-equipment dealer's old analogue copiers, whose film reads selenium and arsenic on an XRF: "
         "selenium-arsenic photoreceptor drums, hazardous waste whose export to a non-OECD country is banned, from "
         "Genoa to Karachi for a 'secondary smelter'; Italian wording (photoreceptor drums repeat once, blind130, "
         "kept as a known repeat; an aluminium-tube-scrap label on them was found in no earlier row by a keyword "
         "search)", {"importer_country": "PK"}),
        ("WST-07", "export", "DESEA01", "sea", "DE", [], "GH", "847130",
         "Gebrauchte Business-Laptops, Klasse B, getestet, 600 Stück", "DE", 1500, 600, 60000, "EUR",
         "a refurbisher's container for an Accra reseller: graded business laptops and monitors are what Hamburg "
         "refurbishers ship to Ghana, and these are, but the third item's 'Laptop-Akkus, getestet' are 2.8 t of "
         "loose, dead and swollen lithium-ion packs pulled out of the laptops during refurbishment, some punctured, "
         "taped in bundles: waste lithium-ion batteries (16 06 05 and, damaged, dangerous goods), exported to a "
         "non-OECD country under a reuse label, hidden as the last item of a three-item declaration; German wording "
         "(swollen batteries repeat in many sets, and a tested-laptop-battery item once, behind used clothing in "
         "blind116, kept as a known repeat; behind a refurbisher's laptops and monitors to Ghana is the new part)",
         dict({"importer_country": "GH"},
              _more_items=[item("852852", "Gebrauchte Monitore 24 Zoll, LED, getestet, 200 Stück", "DE", 800, 6000, "EUR", qty=200),
                           item("850760", "Laptop-Akkus, getestet, 3.500 Stück", "DE", 2800, 1400, "EUR", qty=3500)])),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "CV", "440111",
         "Lenha de pinho em toros, seca, para padarias, 26 t", "PT", 26000, None, 1300, "EUR",
         "pine firewood for bakery ovens is split, pale, resinous wood; these 26 t are round, green-grey, 8-12 cm "
         "vineyard posts with a pointed end, stained green to the core and stamped with a treatment mark, pulled out "
         "of replanted Douro vineyards: wood treated with copper-chrome-arsenic (17 02 04*), hazardous waste whose "
         "export to a non-OECD country is banned, and whose smoke poisons the bread it bakes, from Leixões to Praia; "
         "European Portuguese wording (treated wood repeats in several sets as sleepers and poles; CCA vine posts as "
         "bakery firewood to Cabo Verde were found in no earlier row by a keyword search)", {"importer_country": "CV"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "391510",
         "Ανακυκλωμένο HDPE, τεμαχισμένο, πλυμένο, σάκοι, 20 t", "GR", 20000, None, 3000, "EUR",
         "washed HDPE regrind is clean, odourless flakes of one colour; these sacks hold shredded, unwashed flakes of "
         "1-5 l cans with skull labels, a sharp organophosphate smell and an oily film, gathered from Thessaly "
         "farmers' empty crop-protection containers: packaging contaminated with pesticide residues (15 01 10*), "
         "hazardous waste whose export to a non-OECD country is banned, from Piraeus to Alexandria for a 'pipe "
         "maker'; Greek wording (pesticide containers repeat in a few sets, under regrind labels in blind10 and "
         "blind82, kept as a known repeat; from Greece to Egypt is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "DEROAD01", "road", "DE", ["CZ", "SK", "HU"], "RS", "340290",
         "Alkalisches Reinigerkonzentrat für Industrieanlagen, IBC 1.000 l, 22 Stück", "DE", 22000, 22, 2200, "EUR",
         "an alkaline plant-cleaner concentrate is a product with a data sheet sold at a few euros a litre; these 22 "
         "IBCs at 0.10 EUR/kg hold a fishy, amine-smelling, strongly alkaline liquid with red-brown resist flakes "
         "and a label trace of 'TMAH 2,38 %', drained from the photolithography developer lines of a Dresden "
         "semiconductor fab: spent tetramethylammonium hydroxide developer with photoresist (a toxic, hazardous "
         "waste), whose export to a non-OECD country is banned, on a lorry through Czechia, Slovakia and Hungary to "
         "a Novi Sad 'cleaning-products' firm; German wording (spent TMAH developer was found in no earlier row by a "
         "keyword search)", {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "IESEA01", "sea", "KR", [], "IE", "290349",
         "육불화에탄 (C2F6, R-116) 반도체 식각 가스, 47 l 실린더, 24 개", "KR", 720, 24, 36000, "USD",
         "C2F6 etch gas is filled as a gas-liquid at about 30 bar and weighs 25-30 kg a cylinder; these 24 cylinders "
         "read 42 bar, boil off a gas that the fab's incoming-gas analyser reads as CHF3, and their stamped tare and "
         "valve outlet are those of a fluoroform fill: trifluoromethane (HFC-23, GWP 14,800) imported without the "
         "quota authorisation and registration Regulation 2024/573 requires, by sea from Busan to Dublin for a "
         "Leixlip semiconductor fab; Korean wording (HFC-23 repeats in several sets, as etch gas once, blind8, and "
         "as FE-13; fab-gas labels repeat too, CF4 in blind39, blind47 and blind152, C4F8 in blind149 and NF3 in "
         "blind14; a C2F6 label was found in no earlier row by a keyword search)", firm("Atlantic Fab Gases Ltd", "IE")),
        ("OZN-02", "import", "CYSEA01", "sea", "KW", [], "CY", "940320",
         "رفوف خوادم مستعملة 42U، من تفكيك مركز بيانات، 60 قطعة", "KW", 9000, 60, 12000, "USD",
         "a data-centre decommissioning container for a Limassol IT-asset reseller: used server racks and battery-less "
         "UPS frames are what such lots hold, but the third item's 'FM-200 cylinders, recovered' are 24 red "
         "cylinders from a 1990s Kuwaiti bank server room whose valves are stamped '1301' and whose contents weigh "
         "1.57 kg/l: bromotrifluoromethane (halon 1301), whose import into the Union is banned outside licensed "
         "critical uses, hidden as the last item of a three-item declaration, by sea from Shuwaikh to Limassol; "
         "Kuwaiti Arabic wording (halon 1301 repeats in many sets and FM-200 labels in many, a decommissioned "
         "data-centre one in blind52, kept as a known repeat; as the hidden item of a decommissioning lot from "
         "Kuwait to Cyprus is the new part as far as a search found)",
         dict(firm("Delta IT Assets Ltd", "CY"),
              _more_items=[item("850440", "وحدات UPS مستعملة بدون بطاريات، 12 قطعة", "KW", 2400, 3000, "USD", qty=12),
                           item("290346", "أسطوانات FM-200 مستعادة، 24 قطعة", "KW", 1900, 2400, "USD", qty=24)])),
        ("OZN-03", "import", "HRROAD01", "road", "RS", [], "HR", "841582",
         "Precizni klima-uređaji za server sale, remontovani, R-410A, 8 kom.", "RS", 4800, 8, 24000, "EUR",
         "refurbished precision air-conditioners (CRAC units) on R-410A carry a pink-banded service label and a "
         "recharge record; these eight 2000s downflow units from a Belgrade bank's data centre hold their original "
         "charge, their nameplates under new stickers read 'R22, 9.5 kg', and the service ports leak the sweetish "
         "chlorofluorocarbon smell of R-22: equipment containing HCFC-22, whose import into the Union is banned "
         "(Regulation 2024/590), by lorry at Bajakovo for a Zagreb colocation centre; Serbian wording (R-22 "
         "equipment repeats in many sets; precision server-room cooling units were found in no earlier row by a "
         "keyword search)", firm("Central Data Centar d.o.o.", "HR")),
        ("OZN-04", "import", "ITSEA01", "sea", "IN", [], "IT", "841869",
         "టెలికాం అవుట్‌డోర్ క్యాబినెట్ కూలర్లు, థర్మోఎలెక్ట్రిక్ (పెల్టియర్), రిఫ్రిజెరెంట్ లేదు, 400", "IN", 12000, 400, 96000,
         "USD",
         "thermoelectric (Peltier) cabinet coolers for telecom enclosures are light, silent units with a heat sink and "
         "fans and no compressor or refrigerant; these 400 units weigh 30 kg each, have a rotary compressor, a "
         "condenser coil and a sealed circuit, and their compressor labels read 'R-134a 450 g': door-mounted cabinet "
         "air-conditioners pre-charged with HFC-134a, placed on the Union market without the quota documentation "
         "and labels Regulation 2024/573 requires, by sea from Chennai to Genoa for a Milan tower-equipment "
         "distributor; Telugu wording from Hyderabad (pre-charged HFC equipment repeats in many sets and "
         "thermoelectric labels in a few, on wine coolers, cosmetics fridges and cool boxes, blind49, blind50, "
         "blind116, blind151; a telecom cabinet-cooler label was found in no earlier row by a keyword search)", firm("Meridian Torri Srl", "IT")),
        ("OZN-05", "export", "PTSEA01", "sea", "PT", [], "MZ", "841459",
         "Unidades de ventilação para abrigos de estações base, usadas, free-cooling, 60", "PT", 9000, 60, 6000, "EUR",
         "free-cooling units for base-station shelters are fan and filter boxes without a refrigerant circuit; "
         "these 60 units, removed from Portuguese shelters in a tower swap, are wall-mounted air-conditioners with "
         "compressors and their original charge, their plates reading 'R22 1,6 kg': equipment containing HCFC-22, "
         "whose export from the Union is banned (Regulation 2024/590), from Lisbon to Maputo for a tower "
         "contractor; European Portuguese wording (R-22 equipment for export repeats in many sets; base-station "
         "shelter units were found in no earlier row by a keyword search)", {"importer_country": "MZ"}),
        ("OZN-06", "import", "IESEA01", "sea", "GB", [], "IE", "841582",
         "Portable spot coolers for server cupboards, R-290, ex-demo, 40 units", "GB", 1600, 40, 8000, "GBP",
         "ex-demo spot coolers on R-290 carry a flammable-gas triangle and a charge of a few hundred grams of "
         "propane; these 40 grey units from a London office-clearance firm have no flammable label, older "
         "nameplates under the stickers read 'R22 0.85 kg' and the service port gives the sweetish smell of R-22: "
         "equipment containing HCFC-22, whose import into the Union is banned, by ferry from Holyhead to Dublin for "
         "a Cork IT-support firm; British English wording (R-22 spot coolers repeat twice, blind63 and blind174, "
         "kept as a known repeat; for server cupboards from Britain to Ireland is the new part as far as a search "
         "found)",
         firm("Horizon IT Support Ltd", "IE")),
        ("OZN-07", "import", "LTROAD01", "road", "BY", [], "LT", "281129",
         "Азоту закіс медыцынскі (N2O), балоны 10 л, 80 шт.", "BY", 2000, 80, 3200, "EUR",
         "medical nitrous oxide travels in blue-shouldered cylinders with a pharmacopoeia certificate and reads about "
         "50 bar; these 80 cylinders are repainted blue over pink, read 16 bar at 20 °C, and a leak-detector sniff "
         "gives difluoromethane and pentafluoroethane: R-410A (HFC-32 and HFC-125), bulk HFCs imported without the "
         "quota authorisation Regulation 2024/573 requires, in a lorry at Medininkai for a Vilnius air-conditioning "
         "installer; Belarusian wording (HFC blends repeat in many sets under other gas labels, nitrous-oxide "
         "labels among them as cream chargers and food-grade bottles, blind181; a medical-gas label from Belarus "
         "is the new part as far as a search found)",
         firm("Vega Klimatas UAB", "LT")),
        ("OZN-08", "import", "SKROAD01", "road", "UA", [], "SK", "220720",
         "Спирт етиловий денатурований технічний, бочки 200 л, 40 шт.", "UA", 9600, 40, 9600, "EUR",
         "denatured technical ethanol is a light (0.79 kg/l), highly flammable spirit that smells of alcohol and "
         "its bittering agent; these 40 drums weigh 1.24 kg/l, do not light from a match, boil at 32 °C with a "
         "faint ether smell and their bungs are stamped '141b': 1,1-dichloro-1-fluoroethane (HCFC-141b), whose "
         "import into the Union is banned, in a lorry at Vyšné Nemecké for a Košice fibreglass boat builder who "
         "foams buoyancy chambers with it; Ukrainian wording (HCFC-141b repeats in many sets under solvent labels, "
         "acetone among them in development set dev6-a; a denatured-ethanol label on an ozone row was found in no "
         "earlier row by a keyword search)", firm("Delta Lode s.r.o.", "SK")),
        ("OZN-09", "import", "BGROAD01", "road", "TR", [], "BG", "382499",
         "Lastik tamir spreyi (patlak tamir köpüğü), 450 ml, 4.800 kutu", "TR", 2900, 4800, 7200, "EUR",
         "tyre puncture-repair aerosols sold in Europe today use a hydrocarbon or HFO propellant and carry a "
         "flammable or pressure mark; these 4,800 cans have a filler's code for 'R134a' under the printed label, "
         "do not light at the nozzle and hold 200 g of propellant each: products containing HFC-134a placed on the "
         "Union market without the quota documentation and in a use Regulation 2024/573 restricts, in a lorry at "
         "Kapitan Andreevo for a Sofia car-accessory wholesaler; Turkish wording (HFC-134a aerosols repeat in many "
         "sets and tyre-sealant cans twice, blind11 and dev7-b, kept as a known repeat; from Türkiye to Bulgaria "
         "is the new part as far as a search found)",
         firm("Orion Avto Aksesoari EOOD", "BG")),
        ("OZN-10", "import", "GRSEA01", "sea", "AL", [], "GR", "290323",
         "Tetrakloretilen (perkloretilen) për pastrim kimik, fuçi 300 kg, 16 copë", "AL", 4800, 16, 5600, "EUR",
         "perchloroethylene for dry cleaning weighs 1.62 kg/l, boils at 121 °C and smells sweet and ether-like; "
         "these 16 drums weigh 1.59 kg/l, boil at 77 °C and the filler's sticker under the new label reads 'CCl4', "
         "sold off from an old Fier chemical stock: carbon tetrachloride, whose import into the Union is banned, by "
         "sea from Durrës to Igoumenitsa for an Ioannina dry-cleaning supplier; Albanian wording (carbon "
         "tetrachloride repeats in many sets and perchloroethylene labels several times, blind73, blind106, "
         "blind176, kept as a known repeat; from Albania to Greece is the new part as far as a search found)", firm("Alpina Katharistiria AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "ATAIR01", "express", "JO", [], "AT", "850590",
         "Ferrite cores for EMI suppression, cylindrical, assorted, 80 pcs", "JO", 1.4, 80, 160, "USD",
         "ferrite suppression cores are dark grey, matt, perfectly regular sintered tubes sold in reels or bags by "
         "size; these 80 are small, uneven cylinders of haematite, lapis, chalcedony and frit, drilled lengthwise, "
         "carved with figures, animals and cuneiform signs that print in reverse when rolled on clay: Mesopotamian "
         "cylinder seals taken out of Iraq, archaeological objects brought in without an import licence "
         "(Regulation 2019/880) and against the embargo on Iraqi cultural property (Regulation 1210/2003), sent by "
         "express from Amman to a Vienna dealer; English wording from Jordan (cylinder seals repeat in several sets, "
         "kept as a known repeat; a ferrite-core label was found in no earlier row by a keyword search)",
         firm("Orion Antiken GmbH", "AT")),
        ("CUL-02", "import", "BEAIR01", "air", "AE", [], "BE", "711291",
         "Gold-plated connector pins and fingers, e-scrap for refining, 40 kg", "AE", 40, None, 9000, "USD",
         "e-scrap for gold refining is brittle, cut connector strips and board edges with a thin gold flash over "
         "copper; among these 40 kg of pins lie 60 pieces of solid, reddish gold: earrings, beads, a ram-headed "
         "amulet and a finger ring with a cartouche, soil in the links, from the Napatan and Meroitic graves of "
         "northern Sudan: Kushite gold jewellery looted during the war, archaeological objects whose export Sudan "
         "forbids, brought in without an import licence (Regulation 2019/880), flown from Dubai to Liège for an "
         "Antwerp-area 'e-scrap refiner'; English wording (Sudanese and Kushite objects repeat in a few sets; "
         "gold-plated e-scrap as a cover was found in no earlier row by a keyword search)",
         firm("Central Metals Recovery SA", "BE")),
        ("CUL-03", "import", "PLROAD01", "road", "UA", [], "PL", "852872",
         "Телевізори LED б/в, 43-55 дюймів, для ремонту, 40 шт.", "UA", 600, 40, 2000, "EUR",
         "used LED TVs for repair travel in their original boxes with panel, stand and remote; in eleven of these 40 "
         "boxes the TV has been taken out and the foam holds panel icons on wood, tempera and gold with kovcheg "
         "borders, worm holes and church inventory numbers on the backs, from churches in the Kherson and "
         "Zaporizhzhia regions: 17th-19th-century icons, cultural property whose export Ukraine forbids under "
         "martial law, brought in without the documents of Regulation 2019/880, in a van at Dorohusk for a Lublin "
         "'TV repair' workshop; Ukrainian wording (Ukrainian icons repeat in a few sets; used-TV boxes as a "
         "cultural cover were found in no earlier row: TV labels appear only on e-waste rows)",
         firm("Delta Serwis RTV Sp. z o.o.", "PL")),
        ("CUL-04", "export", "ITAIR01", "air", "IT", [], "US", "847130",
         "Notebook ricondizionati, grado A, 80 pezzi", "IT", 200, 80, 24000, "EUR",
         "a refurbished-laptop air shipment for a New York reseller: graded laptops and chargers are what Milan "
         "refurbishers export, but the third item's 'custodie in pelle per notebook' hold, one leaf to a sleeve, "
         "twelve large parchment leaves with square notation, red rubrics and gold and blue initials, cut from a "
         "15th-century gradual of a Tuscan convent: manuscript leaves over 50 years old, part of the Italian "
         "cultural heritage, exported without the licence of Regulation 116/2009 and the Italian certificate of "
         "free circulation, hidden as the last item of a three-item declaration, flown from Malpensa to JFK; "
         "Italian wording (choir-book leaves repeat in a few sets, blind68, blind75, blind78, blind93, kept as a "
         "known repeat; laptop sleeves behind refurbished notebooks are the new part as far as a search found)",
         dict({"importer_country": "US"},
              _more_items=[item("850440", "Alimentatori per notebook, usati, 80 pezzi", "IT", 30, 400, "EUR", qty=80),
                           item("420291", "Custodie in pelle per notebook, 12 pezzi", "IT", 6, 240, "EUR", qty=12)])),
        ("CUL-05", "import", "ATPOST01", "post", "MK", [], "AT", "854913",
         "Искористени копчести батерии CR2032 за рециклирање, 2 кг", "MK", 2, None, 10, "EUR",
         "used CR2032 coin cells are shiny steel discs of 20 mm marked '+' on one face, and nobody posts two kilos of "
         "them abroad for 10 EUR; these are 230 green and brown bronze and some silver coins of 15-25 mm with "
         "portraits and Greek and Latin legends, soil in the lettering, dug with detectors around Stobi and Heraclea: "
         "ancient Macedonian, Roman and Byzantine coins whose export North Macedonia forbids, brought in against the "
         "UNESCO 1970 convention, posted from Bitola to a private buyer in Vienna; Macedonian wording (ancient coins "
         "repeat in many sets, kept as a known repeat; a coin-cell label was found in no earlier row: coin cells "
         "appear only in waste notes)", person("Frau S. Huber", "AT")),
        ("CUL-06", "import", "BEPOST01", "post", "EG", [], "BE", "853223",
         "مكثفات سيراميك قرصية متنوعة (ceramic disc capacitors), 600 قطعة", "EG", 1.2, 600, 300, "EGP",
         "ceramic disc capacitors are identical beige or blue discs with two tinned wire legs and a printed value; "
         "these 600 pieces have no legs: they are small, glazed blue-green faience amulets of gods, udjat eyes and "
         "scarabs with a suspension loop, worn and crusted with sand, from looted Late Period burials: ancient "
         "Egyptian amulets, archaeological objects whose export Egypt forbids, brought in without an import licence "
         "(Regulation 2019/880), posted from Cairo to a private buyer in Liège; Egyptian Arabic wording (Egyptian "
         "amulets and scarabs repeat in many sets; a ceramic-capacitor label was found in no earlier row by a "
         "keyword search)", person("Mme L. Dupont", "BE")),
        ("CUL-07", "import", "ESPOST01", "post", "CO", [], "ES", "711719",
         "Piercings de nariz en latón bañado en oro, bisutería, 30 piezas", "CO", 0.4, 30, 120000, "COP",
         "gold-plated brass nose studs are light, bright, identical, on backing cards; these 30 are heavy, soft, "
         "reddish gold and tumbaga ornaments, hammered into spirals, crescents and tiny human and bird figures with "
         "traces of earth in the folds, from looted graves on the Nariño coast: Tumaco-La Tolita nose ornaments "
         "(about 600 BC - AD 350), archaeological objects whose export Colombia forbids, brought in without an "
         "import licence (Regulation 2019/880), posted from Cali to a private collector in Valencia; Colombian "
         "Spanish wording (pre-Columbian gold repeats in many sets, nose ornaments under gold-scrap labels in two "
         "development sets, dev7-a and dev25-c; a piercing-jewellery label was found in no earlier row by a keyword "
         "search)", person("Maria Lopez", "ES")),
        ("CUL-08", "import", "LVAIR01", "air", "KZ", [], "LV", "960622",
         "Ұлттық киімге арналған алтын жалатылған жез түймелер, 120 дана", "KZ", 0.9, 120, 360, "USD",
         "gold-plated brass buttons for national costume are stamped, bright, identical and have a shank; these "
         "120 are thin, soft, deep-yellow gold plaques of curled snow leopards, stags and griffins in the animal "
         "style, with sewing holes, soil and turquoise inlay traces, from a looted kurgan in the Semirechye: Saka "
         "gold appliqués (7th-3rd century BC), archaeological objects whose export Kazakhstan forbids, brought in "
         "without an import licence (Regulation 2019/880), flown from Almaty to Riga for a dealer; Kazakh wording "
         "(steppe gold and Central Asian antiquities repeat in several sets; a costume-button label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Antīks SIA", "LV")),
        ("CUL-09", "export", "DEAIR01", "express", "DE", [], "US", "847330",
         "Gebrauchte Computer-Hauptplatine, Vintage, zur Reparatur, 1 Stück", "DE", 1.6, 1, 50, "EUR",
         "a used vintage motherboard for repair is a worn green board of the 1990s worth a few euros; this is a "
         "hand-soldered 1976 board in a koa-wood case with its original cassette interface, keyboard and a "
         "signed letter from its first owner, the provenance file of a Stuttgart collection and an auction "
         "estimate of 400,000 EUR: an Apple-1 computer, an object over 50 years old far above the value threshold "
         "(category 15), exported without the licence of Regulation 116/2009, by express from Leipzig to a "
         "California collector; German wording (early computers were found in no earlier row by a keyword search; "
         "an Enigma under a typewriter label, blind164, is the nearest repeat)", {"importer_country": "US"}),
        ("CUL-10", "export", "GRAIR01", "air", "GR", [], "CH", "680291",
         "Πρες-παπιέ από μάρμαρο Νάξου, χειροποίητο, 1 τεμ.", "GR", 2.2, 1, 60, "EUR",
         "a Naxian-marble paperweight is a polished, machine-cut block with a felt base; this is a flat, folded-arm "
         "female figure of white, sugary marble, 28 cm long, with root marks, a dark burial accretion and faint "
         "traces of red paint on the face: an Early Cycladic figurine (about 2700-2300 BC), an ancient monument "
         "whose export Greece forbids and which needs the licence of Regulation 116/2009, flown from Athens to a "
         "Geneva dealer; Greek wording (Cycladic objects repeat in a few sets; a marble-paperweight label was found "
         "in no earlier row by a keyword search)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "FRAIR01", "express", "FR", [], "AM", "854160",
         "Modules oscillateurs OCXO pour stations de base, synchronisation, 24 pièces", "FR", 36, 24, 4800, "EUR",
         "an OCXO timing module for base stations is a palm-sized oven oscillator of a few hundred grams at about "
         "200 EUR; these 24 are 1.5 kg rubidium frequency standards with a lamp and a physics package, a 1E-11/month "
         "ageing on their test sheets and a list price of 8,000 EUR each, sent to a Yerevan 'telecom integrator' "
         "that forwards to a Moscow address: atomic frequency standards controlled under dual-use 3A002.g and on "
         "the list whose export to Russia Regulation 833/2014 forbids, exported without a licence, by express from "
         "Roissy; French wording (rubidium oscillators repeat once, in development set dev30-a, kept as a known "
         "repeat; an OCXO label to Armenia is the new part as far as a search found)", {"importer_country": "AM"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "KZ", "851840",
         "Klasse-D audioversterkerprintplaten, 2 x 500 W, 300 stuks", "NL", 90, 300, 9000, "EUR",
         "class-D audio amplifier boards are cheap, fan-less boards with big inductors, terminals for speakers and a "
         "mains supply; these 300 are flanged, coaxial-connected RF pallets with gallium-nitride transistors on "
         "copper heat spreaders, rated 400 W at 2.5-3.5 GHz, at 1,200 EUR each on the maker's list, for an Almaty "
         "'pro-audio' distributor that ships on to Russia: GaN RF power amplifiers (3A001.b) and electronic "
         "components whose export and re-export to Russia Regulation 833/2014 forbids, exported without a licence, "
         "flown from Schiphol; Dutch wording (RF amplifiers repeat in a few sets; an audio-amplifier-board label was "
         "found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "IEAIR01", "air", "IE", [], "AE", "847330",
         "Used server rails and brackets, decommissioned, 400 sets", "IE", 1600, 400, 2000, "EUR",
         "a data-centre decommissioning air shipment for a Dubai IT-asset broker: rails and fans are the cheap "
         "parts such lots sell, but the third item's 'heatsink assemblies' are 96 data-centre GPU modules, each a "
         "heatsink over an accelerator board with 80 GB of stacked memory, worth 15,000 USD apiece, whose broker "
         "re-sells to Russian buyers: integrated circuits and computing modules on the common high-priority list "
         "whose export and re-export to Russia Regulation 833/2014 forbids, hidden as the last item of a three-item "
         "declaration, flown from Dublin; Irish English wording (data-centre GPUs repeat in a few sets under "
         "gaming-card labels, blind26 and blind38; a heatsink label behind decommissioning rails is the new part as "
         "far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("841459", "Used server fans, 80 mm, 2,000 pcs", "IE", 600, 1000, "EUR", qty=2000),
                           item("847330", "Heatsink assemblies, used, 96 pcs", "IE", 260, 480, "EUR", qty=96)])),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "OM", "851762",
         "Managed PoE-Switches, 24 Ports, Layer 2, 40 Stück", "DE", 240, 40, 12000, "EUR",
         "managed PoE switches are shallow 1U boxes with 24 copper ports and a power budget plate; these 40 have "
         "four optical ports, no PoE at all, a tamper-proof seal, a key-loading port and firmware that names AES-256 "
         "link encryption for classified networks, at 18,000 EUR each on the maker's list, for a Muscat 'network "
         "integrator' that ships to Tehran: network encryption devices (5A002) exported without a licence and items "
         "the Iran regulation (267/2012) forbids, flown from Frankfurt; German wording (encryption equipment "
         "repeats in a few sets; a PoE-switch label was found in no earlier row by a keyword search)",
         {"importer_country": "OM"}),
        ("STR-05", "export", "LTAIR01", "air", "LT", [], "KG", "901110",
         "Stereoskopiniai mikroskopai su XY staliuku, naudoti, 4 vnt.", "LT", 1800, 4, 8000, "EUR",
         "used stereo inspection microscopes weigh 10-20 kg and cost a few thousand euros; these four crates of 450 kg "
         "each hold automatic wire bonders with a microscope, an ultrasonic bond head, a wire spool, a heated work "
         "holder and a pattern-recognition camera, for a Bishkek 'optics' firm whose buyer is a Zelenograd chip "
         "packager: semiconductor assembly equipment whose export and re-export to Russia Regulation 833/2014 "
         "forbids, flown from Vilnius; Lithuanian wording (semiconductor equipment repeats in several sets; wire "
         "bonders under a microscope label were found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-06", "export", "PLRAIL01", "rail", "PL", ["BY", "RU"], "KZ", "851762",
         "Routery Wi-Fi mesh do domków letniskowych, 600 szt.", "PL", 3000, 600, 36000, "EUR",
         "Wi-Fi mesh routers are small white pucks of a few hundred grams; these 600 cartons hold flat 50 x 30 cm "
         "phased-array satellite terminals with a mast, a power supply and a router, 3 kg each, for an Almaty "
         "'smart-home' firm that sells them to Russian buyers for use at the front: satellite communication "
         "terminals on the list whose export and re-export to Russia Regulation 833/2014 forbids, by rail from "
         "Małaszewicze through Belarus and Russia; Polish wording (satellite terminals appear only in notes of "
         "earlier sets; a mesh-router label was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-07", "transit", "DESEA01", "sea", "CN", ["DE"], "IR", "853630",
         "电信塔用气体放电管浪涌保护器, 10,000 只", "CN", 300, 10000, 4000, "USD",
         "gas-discharge-tube surge arresters for telecom towers are cent-priced, two-electrode ceramic cylinders "
         "sold in reels; these 10,000 are three-electrode, metal-ceramic triggered spark gaps rated 10 kV with a "
         "trigger lead and a delay under a microsecond, in vacuum-sealed trays, for a Tehran 'telecom' buyer: "
         "triggered spark gaps (dual-use 3A228.b), usable to fire nuclear detonators, landed at Hamburg in transit "
         "from Shanghai to Bandar Abbas and held under Article 7 of Regulation 2021/821; Chinese wording (spark gaps "
         "repeat in a few sets; a telecom surge-arrester label in transit was found in no earlier row by a keyword "
         "search)", {"importer_country": "IR"}),
        ("STR-08", "export", "SEAIR01", "air", "SE", [], "TR", "722830",
         "Knivstål, rundstång, härdbart, 20 mm, 600 kg", "SE", 600, None, 4200, "EUR",
         "knife steel is a carbon or stainless bar at a few euros a kilo with a mill certificate naming its grade; "
         "these bars are marked with a heat number only, test as 18 % nickel maraging steel with an ultimate "
         "tensile strength over 2,000 MPa on the mill sheet inside, at 40 EUR/kg, for an Ankara 'cutlery' firm "
         "that is a known procurement front: maraging steel (dual-use 1C116), usable for centrifuge rotors and "
         "rocket casings, exported without a licence, flown from Stockholm; Swedish wording (maraging steel repeats "
         "in several sets; a knife-steel label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "LB", "293090",
         "Disolvente para tintas de impresión textil, bidones 200 kg, 10", "ES", 2000, 10, 8000, "EUR",
         "a textile-printing ink solvent is a glycol ether of about 0.95 kg/l that smells faintly sweet; these ten "
         "drums hold a heavier (1.18 kg/l), syrupy, colourless liquid with a faint sulphurous smell and drum heads "
         "reading CAS 111-48-8, for a Beirut 'textile printer' whose orders go on by road to Syria: thiodiglycol "
         "(Schedule 2 of the Chemical Weapons Convention, dual-use 1C350), a mustard-gas precursor, exported "
         "without a licence, from Valencia; Spanish wording (thiodiglycol repeats in several sets, "
         "once under an ink-solvent label that named it, blind14; a textile-printing label to Lebanon is the new "
         "part as far as a search found)", {"importer_country": "LB"}),
        ("STR-10", "export", "ATROAD01", "road", "AT", ["HU", "RS", "BG"], "TR", "760820",
         "Aluminiumrohre für Kletterkarabiner-Rohlinge, 7075-T6, 3 t", "AT", 3000, None, 21000, "EUR",
         "carabiner blanks are forged from 7075 rod, not tube, and cost a few euros a kilo; these crates hold "
         "seamless 7075-T6 tubes of 75 mm outside diameter with a tight wall tolerance, tested to an ultimate "
         "strength over 460 MPa, for a Konya 'climbing equipment' firm that supplies rocket-motor casings: "
         "aluminium alloy tubes (dual-use 1C202) exported without a licence, on a lorry from Linz through Hungary, "
         "Serbia and Bulgaria; Austrian German wording (7075 tubes repeat in a few sets; a carabiner-blank label was "
         "found in no earlier row by a keyword search)", {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "express", "BR", [], "NL", "851890",
         "Conchas de madeira para fones de ouvido, nogueira, artesanais, 40 pares", "BR", 4, 80, 2400, "BRL",
         "walnut headphone ear cups are light brown with a straight, open grain and a mild smell; these 80 cups are "
         "heavy, dark chocolate-brown with black streaks, oily to the touch and smell of roses when sanded: Brazilian "
         "rosewood (Dalbergia nigra, CITES App. I), turned from old stock without CITES documents, sent by express "
         "from Curitiba to a private headphone builder in Eindhoven; Brazilian Portuguese wording (Brazilian "
         "rosewood repeats in several sets as guitar and knife parts; headphone ear cups were found in no earlier "
         "row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-02", "import", "CZAIR01", "air", "VN", [], "CZ", "392690",
         "Ốp lưng điện thoại silicon, các loại, 3.000 cái", "VN", 150, 3000, 1500, "USD",
         "a phone-accessories air shipment for a Prague accessories wholesaler: silicone cases and tempered glass "
         "are what the Sapa market's phone stalls sell, but the third item's 'charm điện thoại bằng nhựa' are 400 "
         "charms of translucent amber-and-brown mottled plates that smell of burnt hair under a hot needle and show "
         "growth layers at the edges: hawksbill turtle shell (Eretmochelys imbricata, CITES App. I) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Hanoi to Prague; Vietnamese "
         "wording (hawksbill repeats in many sets under resin and horn labels; phone charms behind phone cases were "
         "found in no earlier row by a keyword search)",
         dict(firm("Horizon Mobil s.r.o.", "CZ"),
              _more_items=[item("700719", "Kính cường lực màn hình, 5.000 miếng", "VN", 100, 1000, "USD", qty=5000),
                           item("711790", "Charm điện thoại bằng nhựa, 400 cái", "VN", 2, 80, "USD", qty=400)])),
        ("WLF-03", "import", "DEPOST01", "post", "MX", [], "DE", "852351",
         "Tarjetas de memoria microSD 64 GB, 50 piezas", "MX", 1.2, 50, 1500, "MXN",
         "fifty microSD cards weigh a few grams each and travel in a padded envelope; this box holds 50 small "
         "ventilated vials with moist coco fibre, each with a live tarantula spiderling, some with orange knees: "
         "Mexican red-knee and related tarantulas (Brachypelma spp., CITES App. II) without CITES documents, posted "
         "from Guadalajara to a private keeper in Hamm; Mexican Spanish wording (tarantulas repeat in a few sets; a "
         "memory-card label was found in no earlier row by a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-04", "transit", "DEAIR01", "air", "ZA", ["DE"], "VN", "847170",
         "Used 3.5-inch hard disk drives, for data wiping and resale, 120 pcs", "ZA", 96, 120, 1800, "USD",
         "a used 3.5-inch drive weighs about 700 g and rattles only when broken; these 120 weigh 800 g each, make no "
         "sound, and under the lids the platters and heads are gone and the casings are packed with grey-brown, "
         "fibrous, horn-smelling chunks and shavings wrapped in foil: rhino horn (Rhinocerotidae, CITES App. I) "
         "without CITES documents, landed at Frankfurt in transit from Johannesburg to Hanoi; South African English "
         "wording (rhino horn repeats in many sets, kept as a known repeat; gutted hard-drive casings were found in "
         "no earlier wildlife row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-05", "import", "FRSEA01", "sea", "MG", [], "FR", "851822",
         "Enceintes hi-fi, caisson en placage palissandre d'Inde, 20 paires", "MG", 800, 40, 4000, "EUR",
         "hi-fi speakers veneered in Indian rosewood have MDF cabinets under a 0.6 mm skin; these 40 cabinets are "
         "solid, heavy, blood-red to purple hardwood 2 cm thick, with a sweet smell when drilled and no MDF anywhere, "
         "made in Antananarivo from logs of the Masoala forests: Madagascar rosewood (Dalbergia spp., CITES App. II, "
         "under a zero export quota and a Standing Committee trade suspension) without CITES documents, by sea from "
         "Toamasina to Marseille for a Paris audio dealer; Malagasy French wording (Madagascar rosewood repeats in "
         "several sets; speaker cabinets were found in no earlier row by a keyword search)",
         firm("Galerie Rivage Audio SARL", "FR")),
        ("WLF-06", "import", "NLSEA01", "sea", "TH", [], "NL", "030554",
         "ปลากะตักตากแห้ง (dried anchovies), กล่อง 10 กก., 80 กล่อง", "TH", 800, 80, 2400, "USD",
         "dried anchovies are silvery, straight, small fish that smell of the sea; 12 of these 80 cartons hold "
         "curled, bony, brown animals with horse-like heads, a tubular snout and a prehensile tail: dried seahorses "
         "(Hippocampus spp., CITES App. II, suspended from Thailand) without CITES documents, hidden among dried "
         "fish, by sea from Laem Chabang to Rotterdam for an Asian wholesaler; Thai wording (seahorses repeat in "
         "several sets; a dried-anchovy label was found in no earlier row by a keyword search)",
         firm("Atlantic Asian Foods BV", "NL")),
        ("WLF-07", "import", "ESAIR01", "air", "PG", [], "ES", "071239",
         "Drai mushrum (shiitake), 20 kg", "PG", 20, None, 300, "USD",
         "dried shiitake are brown, cracked-capped mushrooms on a short stem, light and earthy-smelling; these 20 kg "
         "are heavy, grey-black, hard, sausage-shaped bodies with rows of blunt 'teats' along the sides that smell "
         "of the sea: dried black teatfish sea cucumbers (Holothuria whitmaei, CITES App. II) without CITES "
         "documents, flown from Port Moresby to Madrid for a Usera wholesaler; Tok Pisin wording (sea cucumbers "
         "repeat in a few sets; a shiitake label from Papua New Guinea was found in no earlier row by a keyword "
         "search)", firm("Meridian Alimentos Orientales SL", "ES")),
        ("WLF-08", "import", "DEAIR01", "express", "ID", [], "DE", "711790",
         "Manik-manik resin merah untuk perhiasan, 200 buah", "ID", 0.6, 200, 120, "USD",
         "red resin beads are light, even, glossy and smell of plastic under a hot needle; these 200 are carved, "
         "dense, waxy beads with a blood-red skin over a yellow core, grainy under a lens, that smell of burnt hair "
         "when touched with a hot needle: carved helmeted-hornbill casque (Rhinoplax vigil, CITES App. I) without "
         "CITES documents, sent by express from Pontianak to a private jewellery maker in Hamburg; Indonesian wording "
         "(hornbill casque repeats in a few sets; a red-resin-bead label was found in no earlier row by a keyword "
         "search)", person("Privatperson", "DE")),
        ("WLF-09", "import", "BESEA01", "sea", "MY", [], "BE", "440929",
         "Kayu pengikat bingkai gambar, kayu getah, tanpa ramin, 18 m3", "MY", 10000, None, 9000, "USD",
         "rubberwood picture-frame moulding is pale, plain, with a coarse grain and latex ducts; these bundles are "
         "a fine, even, straw-coloured wood with no latex ducts and the faint unpleasant smell of fresh ramin, which "
         "a lab later confirmed: ramin (Gonystylus spp., CITES App. II) without CITES documents, by sea from Port "
         "Klang to Antwerp for a frame maker; Malay wording (ramin repeats in a few sets; a 'ramin-free' rubberwood "
         "label was found in no earlier row by a keyword search)", firm("Central Frames SA", "BE")),
        ("WLF-10", "import", "DEAIR01", "express", "CA", [], "DE", "121190",
         "Burdock root, dried, cut, for tea, 5 kg", "CA", 5, None, 60, "CAD",
         "dried burdock root is long, grey-brown, fibrous and cut into slices that taste sweet-earthy; these 5 kg "
         "are short, pale, carrot-shaped, ringed roots with neck scars counting their age, bitter-sweet in the mouth, "
         "dug in Ontario woods: wild American ginseng (Panax quinquefolius, CITES App. II) without CITES documents, "
         "sent by express from Toronto to a private buyer in Munich; Canadian English wording (ginseng repeats in a "
         "few sets, wild ginseng as codonopsis in blind119; a burdock-root label was found in no earlier row by a "
         "keyword search)", person("Herr K. Becker", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "express", "TW", "DE", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home water-cooling loop cleaning)", "TW", 4.6, 4, 45,
     "EUR", [("PRECURSOR_LICENCE", "DE-BKA-57-0141")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "SEAIR01", "express", "KR", "SE", "282990",
     "Sodium perchlorate 99 %, 1 kg, for a licensed private user (sodium-ion battery experiments)", "KR", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "SE-POL-57-0029")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Waste printing toner (08 03 17*), from a cartridge remanufacturer, for recovery at a licensed plant, 12 t", "CH",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-57-0216")], "notified waste toner to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "PLSEA01", "sea", "NO", "PL", "854914",
     "End-of-life LFP telecom batteries (16 06 05), from tower sites, for a licensed battery recycler, 16 t", "NO", 16000,
     320, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-57-0088")], "notified lithium-ion battery waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "CYSEA01", "sea", "KW", "CY", "290376",
     "Recovered halon 1301, 24 cylinders, for reclamation and a licensed critical use (aircraft fire protection)", "KW",
     1900, 24, 24000, "USD", [("ODS_LICENCE", "CY-DoE-ODS-57-004")], "recovered halon imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "IESEA01", "sea", "KR", "IE", "290341",
     "Trifluoromethane (HFC-23), semiconductor etch grade, 24 cylinders, within the importer's quota", "KR", 720, 24,
     40000, "USD", [("FGAS_QUOTA", "EU-FGAS-57-IE-0031")], "HFC-23 imported within a registered quota"),
    ("PRM-07", "cultural", "import", "ATAIR01", "air", "CH", "AT", "970510",
     "Cylinder seal, haematite, Old Babylonian, documented Swiss collection since 1958, with the import licence", "CH",
     0.1, 1, 22000, "CHF", [("IMPORT_LICENCE", "AT-BDA-IMP-57-0014")], "archaeological object imported with its import licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "970610",
     "Leaf from a gradual, parchment, Florence, c. 1460, with the export licence and certificate of free circulation",
     "IT", 0.3, 1, 46000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-EXP-57-0402")],
     "manuscript leaf exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "JP", "854160",
     "Rubidium frequency standards, 12 units, for a Japanese telecom operator's network timing", "FR", 18, 12, 96000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-57-0633"), ("END_USER_CERTIFICATE", "JP-METI-EUC-57-0118")],
     "dual-use frequency standards under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "KR", "854233",
     "GaN RF power amplifier pallets, 2.5-3.5 GHz, 200 units, for a Korean base-station maker", "NL", 60, 200, 240000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-57-0290"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-57-0077")],
     "dual-use RF amplifiers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "MX", "DE", "010690",
     "Captive-bred Brachypelma hamorii spiderlings, 50, from a registered breeder", "MX", 0.5, 50, 500, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-57-0451")], "App. II captive-bred tarantulas with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "CA", "DE", "121120",
     "Cultivated American ginseng roots, dried, 50 kg, with the Canadian CITES export permit", "CA", 50, None, 4500, "CAD",
     [("CITES_PERMIT", "CA-ECCC-57-0307")], "App. II cultivated ginseng with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-05": "Delta Halon Services Ltd",
    "PRM-06": "Atlantic Fab Gases Ltd", "PRM-11": "Lena Wagner", "PRM-12": "Orion Naturheilmittel GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises, nearly all in the
    # electronics, IT and telecoms trade
    ("382000", "PC water-cooling coolant, glycol-based, 1 l", "import", ["express"], ["TW", "DE"], (15, 25), (1, 4), ["USD", "EUR"], 1, S),
    ("381010", "Rosin-free flux paste for phone-board rework, 10 g syringes", "import", ["post"], ["VN", "CN"], (60, 120), (1, 2), ["USD"], 60, S),
    ("282690", "Sodium hexafluorophosphate, battery grade, sealed tins", "import", ["air"], ["KR", "JP"], (60, 120), (20, 100), ["USD"], None, S),
    ("281820", "Spherical alumina thermal filler powder, 25 kg", "import", ["sea"], ["CN", "JP"], (3, 6), (4000, 12000), ["USD"], 0.04, S),
    ("282739", "Stannous chloride dihydrate, technical, 25 kg", "import", ["sea"], ["IN", "CN"], (12, 20), (1000, 4000), ["USD"], None, S),
    ("381400", "Phone-screen adhesive remover, 100 ml bottles", "import", ["sea"], ["TR", "CN"], (4, 8), (500, 2000), ["USD", "EUR"], 8, S),
    ("271019", "Single-phase immersion cooling fluid, synthetic hydrocarbon, drums", "import", ["sea"], ["AE", "US"], (3, 6), (8000, 16000), ["USD"], None, S),
    ("151620", "Soy wax pastilles for candle making, 20 kg", "import", ["sea"], ["US", "TR"], (1.8, 3), (10000, 20000), ["USD"], 0.05, S),
    ("283340", "Sodium persulfate, PCB-etching grade, 25 kg", "import", ["sea"], ["JP", "CN"], (2, 4), (2000, 8000), ["USD"], 0.04, S),
    ("340290", "Anti-static spray for ESD workstations, 1 l refills", "import", ["sea"], ["IL", "US"], (4, 8), (500, 2000), ["USD"], 1, S),
    ("850760", "LFP rack batteries 48 V for telecom cabinets, new, UN38.3 tested", "import", ["sea"], ["CN"], (8, 14), (8000, 16000), ["USD"], 0.02, S),
    ("800110", "Tin ingots, Sn 99.9 %, LME brand", "import", ["sea"], ["MY", "ID"], (25, 32), (10000, 25000), ["USD"], None, S),
    ("282110", "Black iron oxide pigment, 25 kg", "export", ["road"], ["RS", "UA"], (0.8, 1.4), (10000, 22000), ["EUR"], 0.04, S),
    ("854620", "Alumina ceramic insulators, new", "import", ["sea"], ["CN", "IN"], (4, 8), (2000, 8000), ["USD"], 2, S),
    ("283429", "Tin and copper salts for glazes, technical", "export", ["sea"], ["VN", "TR"], (3, 6), (2000, 6000), ["EUR"], None, S),
    ("760200", "Aluminium extrusion scrap 6063, clean", "export", ["sea"], ["IN", "TR"], (1.2, 1.8), (18000, 24000), ["EUR"], None, S),
    ("847130", "Refurbished business laptops, grade A, with warranty", "export", ["sea"], ["GH", "NG"], (40, 80), (1000, 3000), ["EUR"], 0.4, S),
    ("440290", "Charcoal briquettes for bakery ovens, 10 kg bags", "export", ["sea"], ["CV", "MA"], (0.5, 0.9), (18000, 24000), ["EUR"], None, S),
    ("390120", "HDPE pellets, virgin, blow-moulding grade", "export", ["sea"], ["EG", "TR"], (1.1, 1.5), (18000, 24000), ["EUR"], None, S),
    ("382499", "Photoresist developer, 2.38 % TMAH, new, 20 l cans", "export", ["sea"], ["SG", "MY"], (2, 4), (4000, 10000), ["EUR"], 0.05, S),
    ("280421", "Argon 6.0, electronic grade, 50 l cylinders", "import", ["sea"], ["KR", "US"], (8, 15), (1000, 4000), ["USD"], 0.012, S),
    ("940320", "Server racks 42U, new, flat-packed", "import", ["sea"], ["CN", "TW"], (3, 5), (4000, 10000), ["USD"], 0.01, S),
    ("841459", "Free-cooling fan units for telecom shelters, new", "export", ["sea"], ["MZ", "AO"], (12, 20), (2000, 6000), ["EUR"], 0.02, S),
    ("281129", "Nitrous oxide, food grade (E942), 10 l cylinders", "import", ["road"], ["CZ", "SK"], (2, 4), (2000, 6000), ["EUR"], 0.04, S),
    ("340290", "Alkaline plant-cleaner concentrate, IBC", "export", ["road"], ["RS", "MK"], (1, 2), (10000, 22000), ["EUR"], None, S),
    ("382499", "Tyre puncture-repair aerosols, hydrocarbon propellant", "import", ["road"], ["TR", "RS"], (3, 5), (2000, 6000), ["EUR"], 2, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, drums", "import", ["sea"], ["US", "JP"], (0.9, 1.5), (8000, 16000), ["USD"], None, S),
    ("850590", "Ferrite EMI suppression cores, assorted", "import", ["express"], ["CN", "JP"], (30, 60), (1, 3), ["USD"], 40, S),
    ("711291", "Gold-plated copper clippings from connector stamping, clean", "import", ["air"], ["AE", "SG"], (150, 400), (100, 600), ["USD"], None, S),
    ("852872", "Used LED televisions, tested, boxed", "export", ["road"], ["UA", "MD"], (20, 40), (2000, 8000), ["EUR"], 0.06, S),
    ("420291", "Leather laptop sleeves, 14 inch", "import", ["post"], ["IT", "IN"], (40, 80), (1, 3), ["EUR", "USD"], 2, S),
    ("853223", "Ceramic disc capacitors, assorted, reels", "import", ["air"], ["CN", "TW"], (20, 40), (100, 600), ["USD"], 500, S),
    ("711719", "Gold-plated brass piercing jewellery, carded", "import", ["post"], ["CO", "TH"], (60, 120), (1, 2), ["USD"], 60, S),
    ("960622", "Gold-plated brass costume buttons", "import", ["air"], ["KZ", "TR"], (30, 60), (50, 300), ["USD"], 100, S),
    ("847330", "Replica retro-computer boards, new kits", "export", ["post"], ["US", "CH"], (60, 120), (1, 3), ["EUR"], 1, S),
    ("680291", "Marble paperweights, polished", "export", ["post"], ["CH", "US"], (25, 50), (1, 3), ["EUR"], 0.5, S),
    ("854160", "OCXO oscillator modules for base stations", "export", ["air"], ["AM", "TR"], (300, 600), (20, 100), ["EUR"], 4, S),
    ("851840", "Class-D audio amplifier boards", "export", ["air"], ["KZ", "AE"], (20, 40), (200, 1000), ["EUR"], 3, S),
    ("851762", "Managed PoE switches, 24-port", "export", ["air"], ["OM", "AE"], (40, 80), (200, 800), ["EUR"], 0.2, S),
    ("901110", "Stereo inspection microscopes, used", "export", ["air"], ["KG", "GE"], (80, 150), (100, 400), ["EUR"], 0.08, S),
    ("760820", "Aluminium tubes 6063, anodised, for furniture", "export", ["road"], ["TR", "RS"], (3, 5), (3000, 10000), ["EUR"], None, S),
    ("851890", "Walnut headphone ear cups", "import", ["express"], ["BR", "US"], (80, 150), (1, 2), ["USD"], 20, S),
    ("852351", "MicroSD memory cards, 64 GB", "import", ["post"], ["CN", "MX"], (300, 600), (1, 2), ["USD"], 200, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("420292", "Neoprene laptop sleeves, 13-15 inch", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 4, N),
        ("847290", "Paper shredders, cross-cut, office", "import", ["sea"], ["CN", "TW"], (4, 7), (3000, 8000), ["USD"], 0.1, N),
        ("442191", "Bamboo monitor risers with drawer", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 0.4, N),
        ("847330", "PBT keycap sets for mechanical keyboards", "import", ["post", "express"], ["CN", "KR"], (40, 80), (1, 3), ["USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind187", 20570501, HERE)


if __name__ == "__main__":
    main()
