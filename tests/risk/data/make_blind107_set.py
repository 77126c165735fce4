#!/usr/bin/env python3
"""Writes the hundred-and-seventh blind set (tests/risk/data/blind107-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2044, with goods, routes,
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
would. Ids are BL107-*:

    python3 tests/risk/data/make_blind107_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2044, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2044
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLPOST01", "post", "UA", [], "PL", "220299",
         "Березовий сік натуральний, без цукру, 6 x 1 л", "UA", 6.8, 6, 480, "UAH",
         "birch sap is a thin, faintly sweet, slightly cloudy drink of about 1.00 kg/l that sours within days; these "
         "six bottles are water-clear, have vented caps, weigh 1.13 kg/l, taste of nothing, whiten the fingertips "
         "and foam on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted from Lviv to a private person "
         "in Lublin; Ukrainian wording (hydrogen peroxide repeats in many sets under water-like labels; a birch-sap "
         "label was found in no earlier row)", person("Anna Kowalska", "PL")),
        ("PRE-02", "import", "CZAIR01", "express", "VN", [], "CZ", "220900",
         "Giấm gạo trắng, dùng nấu ăn, 4 x 1 lít", "VN", 4.6, 4, 250000, "VND",
         "white rice vinegar is a pale, sharp-smelling liquid of 1.01 kg/l that mixes with water; these four litres "
         "smell faintly fruity, not of acid, weigh 1.14 kg/l, float an oily layer on water and burn with a pale "
         "flame, and the inner bottles read 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Ho Chi "
         "Minh City to a private person in Cheb, although flammable liquids travel by express only as declared "
         "dangerous goods; Vietnamese wording (nitromethane repeats in many sets; a rice-vinegar label and Vietnamese "
         "wording on it were found in no earlier row)", person("Nguyễn Thị Lan", "CZ")),
        ("PRE-03", "import", "ESSEA01", "sea", "AR", [], "ES", "200931",
         "Jugo de limón concentrado, botellas de 1 litro, 8.000 botellas", "AR", 14700, 8000, 7200, "USD",
         "lemon-juice concentrate is cloudy, yellow, sour and sticky at about 1.25 kg/l; these bottles hold a "
         "water-clear, oily liquid tinted pale yellow that weighs 1.84 kg/l, grows hot with water and chars a cork "
         "at once, at 0.90 USD a litre for a Madrid household web shop that sells it as a drain unblocker: about "
         "96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from Buenos Aires "
         "to Valencia; Argentine Spanish wording (sulphuric acid repeats in many sets and syrup or juice covers in "
         "several; a lemon-juice label was found in no earlier row)", firm("Hogar Vega SL", "ES")),
        ("PRE-04", "import", "BGROAD01", "road", "TR", [], "BG", "282720",
         "Nem alıcı yedek tablet (kalsiyum klorür), 1 kg, 2.400 paket", "TR", 2400, 2400, 2900, "EUR",
         "dehumidifier refills are calcium chloride flakes that grow warm in water and turn to brine in the tray; "
         "these packs hold white crystals that draw damp just as fast but stay cold in water, flare on a hot coal "
         "and carry CAS 7601-89-0 on the outer cartons, for a Sofia DIY web shop: sodium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, in a lorry at Kapitan Andreevo; Turkish wording "
         "(sodium perchlorate repeats in many sets and dehumidifier-refill labels in several, blind96 among them; "
         "by road from Türkiye is the new part)", firm("Delta Dom EOOD", "BG")),
        ("PRE-05", "import", "NLAIR01", "air", "CN", [], "NL", "292242",
         "味精 (谷氨酸钠), 1 公斤装, 600 袋", "CN", 600, 600, 900, "USD",
         "monosodium glutamate is long, needle-shaped, glassy crystals that taste savoury and dissolve at once; these "
         "bags hold flat, glossy plates that taste cool and salty, dissolve slowly in cold water, spit violet sparks "
         "on a hot pan and carry CAS 3811-04-9 on the inner liners, for an Amsterdam Asian-grocery web shop: "
         "potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by air freight from "
         "Guangzhou; Chinese wording (potassium chlorate repeats in many sets and a monosodium-glutamate label "
         "once, in blind51 from Viet Nam; from China by air freight for a web shop is the new part)",
         firm("Oriental Vega BV", "NL")),
        ("PRE-06", "import", "FRSEA01", "sea", "LB", [], "FR", "200819",
         "طحينة لبنانية، برطمانات 400 غ، 6000 برطمان", "LB", 2400, 6000, 7800, "EUR",
         "a Lebanese grocery container for a Marseille shop that sells to the public: tahini and sumac are what such "
         "shops import, but the third item's 'lemon salt' (citric acid, sour, colourless crystals) is 500 packs of "
         "1 kg of glossy crystals that do not taste sour, do not fizz with baking soda and flare yellow on a flame: "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public, hidden as the last item of "
         "a three-item declaration, by sea from Beirut to Marseille-Fos; Lebanese Arabic wording (sodium chlorate "
         "repeats in many sets and a lemon-salt label once, on potassium chlorate in blind86; behind tahini and sumac "
         "by sea is the new part)",
         dict(firm("Épicerie Meridian SARL", "FR"),
              _more_items=[item("091099", "سماق مطحون، 250 غ، 2000 كيس", "LB", 500, 2600, "EUR", qty=2000),
                           item("291814", "ملح الليمون، 1 كغ، 500 كيس", "LB", 500, 350, "EUR", qty=500)])),
        ("PRE-07", "import", "HUROAD01", "road", "RS", [], "HU", "285390",
         "Дестилована вода за пегле и акумулаторе, 10 x 1 l", "RS", 14, 10, 25, "EUR",
         "distilled water for irons and batteries is neutral, odourless and weighs 1.00 kg/l; these ten bottles are "
         "faintly yellow, give off brown fumes when opened, turn litmus red at once, stain the skin yellow and weigh "
         "1.40 kg/l: about 65 % nitric acid (Annex I above 3 %), in a private car at Röszke for a private person in "
         "Szeged; Serbian Cyrillic wording (nitric acid repeats in many sets and distilled-water labels in several, on "
         "hydrogen peroxide and sulphuric acid; nitric acid as ironing water by car from Serbia is the new part)", person("Kovács Péter", "HU")),
        ("PRE-08", "import", "IEAIR01", "express", "LK", [], "IE", "200989",
         "King coconut water (තැඹිලි වතුර), natural, 6 x 1 l", "LK", 6.8, 6, 30, "USD",
         "king coconut water is faintly cloudy, sweet, slightly salty and sold chilled in cartons; these six litres "
         "are in vented HDPE bottles, water-clear, weigh 1.13 kg/l, bleach a tissue and fizz on a rusty nail: about "
         "35 % hydrogen peroxide (Annex I above 12 %), the third of five such parcels to the same private person in "
         "Cork in four weeks, sent by express from Colombo, although oxidising liquids travel by express only as "
         "declared dangerous goods; Sinhala and English wording (hydrogen peroxide repeats in many sets; a "
         "coconut-water label and split parcels from Sri Lanka were found in no earlier row)",
         person("Mr P. Murphy", "IE")),
        ("PRE-09", "import", "ESSEA01", "sea", "MA", [], "ES", "283330",
         "Pierre d'alun naturelle en poudre, déodorant, sachets de 200 g, 20 000 sachets", "MA", 4000, 20000, 6000,
         "EUR",
         "alum powder is potassium alum: white, astringent and sour on the tongue, it dissolves readily in warm "
         "water; these sachets hold a fine white powder with no taste that barely dissolves, burns fiercely mixed "
         "with sugar and reads 'KClO4' on the supplier's drums, at 0.30 EUR a sachet for a Seville natural-cosmetics "
         "web shop: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Casablanca to Algeciras; Moroccan French wording (potassium perchlorate repeats in many sets and cosmetic "
         "powders covered it in a few; an alum-stone deodorant label was found in no earlier row)",
         firm("Cosmética Orion SL", "ES")),
        ("PRE-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "310210",
         "尿素 (车用尿素原料), 颗粒, 25 公斤袋, 960 袋", "CN", 24000, 960, 9600, "USD",
         "prilled urea is white, odourless, turns cold in water and reads 46 % N; these bags hold denser, slightly "
         "yellow prills that read 34 % N, melt and fume on a hot plate and leave no ammonia smell when mixed with "
         "lime, the second of four containers in six weeks for a Łódź garden web shop that sells 25 kg bags to the "
         "public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by rail from "
         "Chongqing to Małaszewicze; Chinese wording (ammonium nitrate under AdBlue-urea labels repeats in several "
         "sets, blind47, blind79 and blind98 among them; kept as a known repeat, split rail containers from China are "
         "the new part)",
         firm("Ogród Atlantic Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "250840",
         "Bentonietkorrels voor kattenbakvulling, big bags, 20 t", "NL", 20000, None, 3000, "EUR",
         "cat-litter bentonite is light grey, dusty clay granules that clump when wet; these big bags hold hard, "
         "grey-black extrudates coated in coke and sulphur that smell of rotten eggs, self-heat when opened and "
         "assay nickel, molybdenum and vanadium, changed out of a Rotterdam refinery's hydrotreater: spent catalyst "
         "containing hazardous substances (16 08 02*), hazardous waste whose export to a non-OECD country is banned, "
         "from Rotterdam to a Gujarat 'pet-products' buyer; Dutch wording (spent catalysts repeat in many sets, as "
         "support balls, bauxite and petroleum coke; a cat-litter label covered other goods in a few sets, and on "
         "spent catalyst was found in no earlier row)", {"importer_country": "IN"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "UA", "700100",
         "Síküveg cserép, tiszta, válogatott, 22 t", "HU", 22000, None, 880, "EUR",
         "clean flat-glass cullet is sorted window glass, free of frames and foils, sold to float-glass works; this "
         "load is crushed thin-film panels with the semiconductor layer still on the glass, shreds of EVA foil, "
         "copper ribbon and junction-box plastic, from a storm-wrecked cadmium-telluride solar park near Kecskemét: "
         "discarded electrical equipment containing hazardous components (16 02 13*), hazardous waste whose export "
         "to a non-OECD country is banned, in a lorry at Záhony for a Berehove 'glassworks'; Hungarian wording "
         "(broken cadmium-telluride panels repeat in a few sets, as tested used panels; as flat-glass cullet by road "
         "to Ukraine is the new part)", {"importer_country": "UA"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", [], "RS", "382000",
         "Wärmeträgerflüssigkeit für Solaranlagen, Propylenglykol, 24 IBC", "AT", 24000, 24, 4800, "EUR",
         "solar-thermal heat-transfer fluid is a clear, pale propylene glycol with inhibitors, sold with a data "
         "sheet; these IBCs hold a green and pink, murky liquid with oil films, rust flakes and a sweet smell, "
         "collected from workshops' used coolant tanks: waste antifreeze containing hazardous substances (16 01 14*), "
         "hazardous waste whose export to a non-OECD country is banned, by lorry from Graz through Hungary for a "
         "Novi Sad 'solar installer'; Austrian German wording (used antifreeze repeats in many sets, as regenerated "
         "coolant and de-icer; a solar heat-transfer-fluid label was found in no earlier row)",
         {"importer_country": "RS"}),
        ("WST-04", "export", "ESROAD01", "road", "ES", [], "MA", "285390",
         "Agua desmineralizada para autoclaves, bidones de 25 l, 240 bidones", "ES", 6000, 240, 720, "EUR",
         "demineralised water for autoclaves is clear, odourless and conductivity-tested; these drums hold brown "
         "and clear liquids that smell of vinegar and sulphur, leave black silver stains and test for silver and "
         "hydroquinone, cleared out of Andalusian hospital X-ray departments that went digital: spent fixer and "
         "developer solutions (09 01 04* and 09 01 01*), hazardous waste whose export to a non-OECD country is "
         "banned, in a lorry on the Algeciras-Tanger Med ferry for a Tangier 'clinic supplier'; Spanish wording "
         "(photographic and X-ray chemicals repeat in a few sets; an autoclave-water label was found in no earlier "
         "row)", {"importer_country": "MA"}),
        ("WST-05", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "262190",
         "Popílek z uhelné elektrárny pro výrobu cementu, 3 vagóny", "CZ", 180000, None, 1800, "EUR",
         "coal fly ash for cement is a light grey, fine powder sold with a certificate to EN 450; these wagons hold "
         "a black, sooty, acid powder with a sulphur smell that assays high in vanadium and nickel, blown out of "
         "the boilers of an oil-fired plant near Ostrava: oil fly ash and boiler dust (10 01 04*), hazardous waste "
         "whose export to a non-OECD country is banned, by rail through Slovakia and Hungary to a Serbian cement "
         "plant; Czech wording (oil fly ash repeats once, as vanadium concentrate in blind59; as coal fly "
         "ash by rail to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-06", "transit", "ESSEA01", "sea", "GB", ["ES"], "BJ", "840734",
         "Used car engines, drained, tested, 1 x 40 ft", "GB", 16000, 110, 11000, "GBP",
         "tested used engines are drained, capped and tagged with a compression reading; these 110 engines are "
         "stacked loose with sumps full of oil, gearboxes attached, dripping onto the container floor, with wiring "
         "looms and starter batteries still on, cut from scrapped cars in a Midlands yard: end-of-life vehicle "
         "components containing hazardous fluids (16 01 21* and 16 06 01*), hazardous waste landed at Valencia in "
         "transit from Felixstowe to Cotonou without notification; British English wording (undrained engines repeat in "
         "a few sets, blind40 and blind75; in transit through Spain to Benin is the new part)", {"importer_country": "BJ"}),
        ("WST-07", "export", "BGROAD01", "road", "BG", [], "TR", "520299",
         "Памучни отпадъци от предачници, пресовани бали, 20 т", "BG", 20000, None, 2000, "EUR",
         "cotton spinning waste is clean, white fibre, noils and sliver in pressed bales; these bales hold hospital "
         "bed linen and gowns with blood and body-fluid stains, used dressings and a few syringes, from a Plovdiv "
         "hospital's collection: infectious healthcare waste (18 01 03*), hazardous waste shipped to an OECD country "
         "without the notification and consent it needs, in a lorry at Kapitan Andreevo for an Istanbul 'spinning "
         "mill'; Bulgarian wording (clinical waste repeats in several sets, as wiping rags among them; as "
         "spinning waste by road to Türkiye is the new part)", {"importer_country": "TR"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "AO", "320890",
         "Tintas excedentárias de stock, latas de 15 l, 800 latas", "PT", 12000, 800, 2400, "EUR",
         "surplus paint stock is sealed, in date, in one colour range and labelled by batch; these 800 tins are "
         "rusted, mixed brands and colours, many half-full, skinned over or set solid, some with solvent leaking, "
         "gathered from a Setúbal municipal collection point: waste paint containing organic solvents (08 01 11* "
         "and 20 01 27*), hazardous waste whose export to a non-OECD country is banned, from Lisbon to a Luanda "
         "'hardware store'; Portuguese wording (waste paint as surplus stock repeats in a few sets, blind79 and "
         "blind99 among them; from Portugal to Angola is the new part)", {"importer_country": "AO"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "MA", "440799",
         "Madriers de coffrage de réemploi, 800 pièces", "FR", 64000, 800, 8000, "EUR",
         "reclaimed formwork planks are spruce boards crusted with concrete, sold cheap for re-use on sites; these "
         "800 are black, oily, cracked oak railway sleepers with plate holes and spike marks that smell strongly of "
         "tar, taken out of a line near Orléans: wood treated with creosote (17 02 04*), hazardous waste whose "
         "export to a non-OECD country is banned, from Le Havre to a Casablanca 'builders' merchant'; French "
         "wording (creosoted sleepers repeat in many sets, as landscaping beams, vineyard posts and firewood; a "
         "formwork label was found in no earlier row)", {"importer_country": "MA"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "CM", "940360",
         "Umzugsgut: gebrauchte Möbel, Fahrräder und Autozubehör, 1 x 40 ft", "DE", 9000, None, 1500, "EUR",
         "a returning migrant's household container for Douala: used furniture and bicycles are what such "
         "removals hold, but the third item's 'car accessories' are 240 used lead-acid starter batteries, some "
         "cracked and leaking acid, packed behind the furniture: waste lead-acid batteries (16 06 01*), hazardous "
         "waste whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, "
         "from Hamburg; German wording (lead-acid batteries repeat in many sets and a household-removal cover once, "
         "on car parts in blind96; batteries behind a removal to Cameroon are the new part)",
         dict({"importer_country": "CM"},
              _more_items=[item("871200", "Gebrauchte Fahrräder, 40 Stück", "DE", 600, 800, "EUR", qty=40),
                           item("870899", "Autozubehör, gebraucht, 240 Stück", "DE", 3600, 240, "EUR", qty=240)])),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "CN", [], "GR", "290512",
         "异丙醇 99.9%, 电子清洗级, 200 升桶, 40 桶", "CN", 9900, 40, 14000, "USD",
         "electronics-grade isopropanol is a flammable liquid of 0.79 kg/l with an alcohol smell; these drums hold a "
         "non-flammable liquid of 1.24 kg/l with a faint ether smell that boils at 32 °C, and the bung caps are "
         "stamped '141b', for an Athens contractor who flushes air-conditioning lines: HCFC-141b, whose import into "
         "the Union is banned, by sea from Ningbo to Piraeus; Chinese wording (HCFC-141b under isopropanol-cleaner labels "
         "repeats in a few sets, blind70 and blind90 among them; isopropanol drums for line flushing into Greece are "
         "the new part)", firm("Klimatismos Atlantic AE", "GR")),
        ("OZN-02", "import", "HRROAD01", "road", "RS", [], "HR", "381400",
         "Средство за прање штампарских ваљака, канте од 5 l, 40 канти", "RS", 270, 40, 800, "EUR",
         "printing-roller and blanket washes are light hydrocarbon or vegetable-ester solvents of about 0.8 kg/l; "
         "these cans hold a heavy, non-flammable liquid of 1.34 kg/l with a sweet chloroform-like smell that the "
         "supplier's drum labels name '1,1,1-трихлоретан': methyl chloroform (1,1,1-trichloroethane), whose import "
         "into the Union is banned, in a van at Bajakovo for an Osijek print shop; Serbian Cyrillic wording "
         "(1,1,1-trichloroethane repeats in many sets, as brake cleaner and adhesive thinner among others; a "
         "printing-roller-wash label was found in no earlier row)", firm("Tisak Delta d.o.o.", "HR")),
        ("OZN-03", "import", "DEAIR01", "air", "AE", [], "DE", "381300",
         "Clean fire-extinguishing agent FK-5-1-12, 20 cylinders of 50 kg", "AE", 1000, 20, 30000, "USD",
         "FK-5-1-12 is a liquid that weighs 1.60 kg/l, boils at 49 °C and evaporates from the skin without a trace; "
         "these cylinders read 2.17 kg/l, the agent boils at 47 °C, a test gives dibromotetrafluoroethane and the "
         "valves carry Cyrillic stampings of a Soviet shipboard fire system: halon 2402, whose import into the "
         "Union is banned outside licensed critical uses, flown from Dubai to Hamburg for a ship-supply firm; English "
         "wording (halon 2402 repeats in many sets and FK-5-1-12 labels in several, over other gases; "
         "halon 2402 as FK-5-1-12 flown from the Emirates is the new part as far as a search found)", firm("Nordhafen Schiffsbedarf GmbH", "DE")),
        ("OZN-04", "import", "ITSEA01", "sea", "EG", [], "IT", "290323",
         "مذيب تنظيف جاف بيركلوروإيثيلين، براميل 250 كغ، 48 برميل", "EG", 12000, 48, 9600, "USD",
         "perchloroethylene for dry cleaning weighs 1.62 kg/l, boils at 121 °C and carries a stabiliser; these drums "
         "hold a liquid of 1.59 kg/l that boils at 77 °C, with no stabiliser and a drum-head marking 'CCl4': carbon "
         "tetrachloride, whose import into the Union is banned except for licensed uses, by sea from Alexandria to "
         "Naples for a dry-cleaning supplier; Egyptian Arabic wording (carbon tetrachloride as dry-cleaning "
         "perchloroethylene repeats in several sets, blind48, blind76 and blind77 among them; kept as a known repeat, "
         "from Egypt in Arabic is the new part)", firm("Lavanderia Orion Srl", "IT")),
        ("OZN-05", "import", "SISEA01", "sea", "VN", [], "SI", "841510",
         "Máy điều hòa không khí treo tường, gas R32, 9000 BTU, 400 bộ", "VN", 12000, 400, 48000, "USD",
         "wall split air conditioners charged with R-32 carry a flame mark and a charge of about 0.5 kg at 17 bar; "
         "these 400 units read 10 bar at 20 °C, show no flame mark and a gas test at the service valve gives pure "
         "chlorodifluoromethane, at a price a third under the market's: equipment pre-charged with HCFC-22, whose "
         "import into the Union is banned, by sea from Hai Phong to Koper for a Ljubljana installer; Vietnamese "
         "wording (R-22 splits under R-32 labels repeat in several sets, blind76, blind81 and blind99; kept as a "
         "known repeat, from Viet Nam in Vietnamese to Slovenia is the new part)", firm("Klima Vega d.o.o.", "SI")),
        ("OZN-06", "export", "NLSEA01", "sea", "NL", [], "NG", "860900",
         "Koelcontainers 40 ft, gebruikt, gekeurd, 12 stuks", "NL", 54000, 12, 36000, "EUR",
         "used reefer containers for export are normally re-gassed with HFC and come with a survey report; these "
         "twelve 1990s units still hold their original R-22 charge, about 5 kg each, as the data plates and a gas "
         "test show, and their foam is blown with CFC-11: equipment relying on HCFCs, whose export from the Union "
         "is banned (Regulation 2024/590), from Rotterdam to a Lagos cold-store; Dutch wording (R-22 reefers "
         "repeat in a few sets, blind12 and blind45; kept as a known repeat, from Rotterdam to Nigeria in Dutch is the "
         "new part)", {"importer_country": "NG"}),
        ("OZN-07", "import", "ROPOST01", "post", "MD", [], "RO", "382499",
         "Spray de răcire pentru depanare electronică, 24 doze x 400 ml", "MD", 9.6, 24, 1200, "MDL",
         "freeze spray for electronics fault-finding is a small aerosol of HFC or HFO; these 24 cans are refilled, "
         "with hand-crimped valves, weigh more than the fill allows and a leak detector reads a chlorinated gas that "
         "tests as dichlorodifluoromethane: CFC-12, whose import into the Union is banned, posted from Chișinău to "
         "a private person in Iași who repairs phones, although aerosols may not go by international post; Romanian "
         "wording (CFC-12 in freeze sprays repeats in several sets, blind77 and blind85 among them; by post from Moldova "
         "in Romanian is the new part)",
         person("Andrei Popescu", "RO")),
        ("OZN-08", "transit", "BGROAD01", "road", "TR", ["BG", "RO"], "MD", "360610",
         "Çakmak gazı, 300 ml, 4.800 kutu", "TR", 1440, 4800, 2400, "USD",
         "lighter gas is butane of 0.56 kg/l at 2 bar; these cans read 3 bar, weigh 0.30 kg per 300 ml instead of "
         "0.17 and a leak detector reads a chlorinated gas that tests as 1-chloro-1,1-difluoroethane: HCFC-142b "
         "moved through the Union without the licence Regulation 2024/590 requires, in a lorry at Kapitan Andreevo "
         "in transit through Bulgaria and Romania from Istanbul to Chișinău; Turkish wording (ozone-depleting gases "
         "as lighter gas repeat in several sets, blind89, blind92 and blind102 among them; in transit by road to "
         "Moldova is the new part)", {"importer_country": "MD"}),
        ("OZN-09", "import", "ESSEA01", "sea", "IN", [], "ES", "290312",
         "Dichloromethane (methylene chloride) 99.9 %, pharmaceutical grade, 80 drums", "IN", 20000, 80, 12000, "USD",
         "pharmaceutical dichloromethane weighs 1.33 kg/l and boils at 40 °C; these drums hold a liquid of 1.99 kg/l "
         "that boils at 68 °C and whose certificate lists CAS 74-97-5: bromochloromethane (halon 1011), whose import "
         "into the Union is banned, by sea from Mundra to Barcelona for a Tarragona chemical trader; Indian English "
         "wording (bromochloromethane as dichloromethane repeats in many sets, blind86 and blind99 among them; kept "
         "as a known repeat, from India to Spain is the new part)", firm("Química Meridian SL", "ES")),
        ("OZN-10", "import", "GRROAD01", "road", "MK", [], "GR", "280430",
         "Азот за тестирање под притисок, боци од 40 l, 20 боци", "MK", 260, 20, 400, "EUR",
         "nitrogen for pressure-testing air-conditioning lines comes in grey-and-black cylinders at 200 bar and "
         "weighs little; these 20 read 6 bar, slosh when tipped and each holds 13 kg of liquid that tests as "
         "dichlorodifluoromethane, for a Thessaloniki air-conditioning installer: CFC-12, whose import into the "
         "Union is banned, in a lorry at Evzoni; Macedonian wording (CFC-12 repeats in many sets and "
         "nitrogen-cylinder covers in a few; by road from North Macedonia to Greece is the new part)",
         firm("Psixi Delta AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "EG", [], "DE", "691390",
         "مشغولات يدوية سودانية: أواني فخارية من دارفور، 12 قطعة", "SD", 38, 12, 240, "USD",
         "Darfur handicraft pots are new, hand-built, unglazed and light; these twelve are burnished black-topped "
         "red beakers, a painted Meroitic cup and faience amulets, with old museum numbers in ink on the bases that "
         "match the register of the National Museum in Khartoum, looted in 2023: archaeological objects removed "
         "from Sudan, brought in without an import licence (Regulation 2019/880) and against the UNESCO 1970 "
         "convention, flown from Cairo to Frankfurt for a Munich dealer; Sudanese Arabic wording (objects from "
         "the Khartoum museum repeat in two sets, blind10 and blind49; as Darfur craft pots flown from Cairo is the "
         "new part)", firm("Alpina Kunsthandel GmbH", "DE")),
        ("CUL-02", "export", "ESAIR01", "air", "ES", [], "US", "970191",
         "Cuadro decorativo, óleo sobre lienzo, copia moderna de escuela sevillana, 1 pieza", "ES", 18, 1, 900,
         "EUR",
         "a modern decorative copy is painted on new, machine-woven canvas with bright, even craquelure; this canvas "
         "is hand-woven, relined, with a seventeenth-century stretcher, lead-white under the X-ray and a wax seal of "
         "a Seville convent on the back, valued at 240,000 EUR at a New York auction house: a painting more than "
         "50 years old above the threshold, exported without the export licence Regulation 116/2009 and Spanish "
         "heritage law require, flown from Madrid; Spanish wording (Old Master paintings as modern copies repeat in a "
         "few sets, blind7 and blind27 from Italy; a Seville-school canvas flown to the United States is the new part)", {"importer_country": "US"}),
        ("CUL-03", "import", "BEAIR01", "air", "NG", [], "BE", "691490",
         "Clay water coolers, handmade, Jos Plateau, 6 pcs", "NG", 70, 6, 180, "USD",
         "handmade clay water coolers are new, thin-walled, porous pots with a lid and a tap hole; these six are "
         "heavy, grainy terracotta heads with triangular pierced eyes and elaborate coiffures, broken at the neck, "
         "with laterite crusts and root marks and no mould seams: Nok terracottas, archaeological objects that "
         "Nigeria forbids to export, brought in without an import licence (Regulation 2019/880), flown from Abuja to "
         "Brussels for a Sablon dealer; Nigerian English wording (Nok heads repeat in many sets, as garden pots and "
         "craft statuettes; a water-cooler label was found in no earlier row)", firm("Galerie Rivage SA", "BE")),
        ("CUL-04", "import", "ROSEA01", "sea", "GE", [], "RO", "680293",
         "Գրանիտե այգու քարեր, փորագրված, 3 հատ", "AM", 2400, 3, 900, "USD",
         "carved granite garden stones are new, machine-cut and polished; these three are weathered red tuff slabs "
         "with a cross on a rosette, interlace borders and a worn Armenian inscription dated by the Armenian era to "
         "the thirteenth century, lichen on the faces and mortar on the backs: khachkars cut from a church wall, "
         "cultural property whose export Armenia forbids, brought in without an import licence (Regulation "
         "2019/880) against the UNESCO 1970 convention, by sea from Poti to Constanța; Armenian wording (khachkars "
         "repeat in several sets, as a garden stone in blind38; kept as a known repeat, in Armenian through Georgia by "
         "sea to Romania is the new part)",
         firm("Horizon Antique SRL", "RO")),
        ("CUL-05", "export", "PLPOST01", "post", "PL", [], "US", "491199",
         "Dyplom ozdobny, kopia dekoracyjna na pergaminie, 1 szt.", "PL", 1.5, 1, 40, "USD",
         "decorative diploma copies are printed on imitation parchment with a plastic seal; this is a real "
         "parchment town privilege of 1578 in Latin with a royal wax seal on silk cords and the shelf mark of a "
         "municipal archive, posted from Kraków to a Chicago dealer: archives more than 50 years old and a "
         "manuscript, exported without the export licence Regulation 116/2009 requires for archives of any value; "
         "Polish wording (archives posted as paper goods repeat in several sets, parish registers among them; a "
         "royal town privilege as a decorative copy was found in no earlier row)", {"importer_country": "US"}),
        ("CUL-06", "import", "NLAIR01", "air", "PE", [], "NL", "691390",
         "Cerámica artesanal de Quinua, iglesias y figuras decorativas, 20 piezas", "PE", 60, 20, 400, "USD",
         "Quinua craft pottery is new, cream-slipped with bright red and brown paint, mostly little churches and "
         "bulls; these twenty are stirrup-spout vessels and portrait heads with worn slip, salt crusts and grave-earth "
         "in the spouts, Moche and Chimú pieces dug on the north coast: archaeological objects that are Peruvian "
         "national heritage, brought in without an import licence (Regulation 2019/880), flown from Lima to "
         "Amsterdam; Peruvian Spanish wording (Andean ceramics repeat in many sets, as Chulucanas replicas among "
         "them; a Quinua-pottery label was found in no earlier row)", firm("Meridian Art BV", "NL")),
        ("CUL-07", "import", "ITSEA01", "sea", "TN", [], "IT", "680291",
         "Seuils de porte en pierre, récupération, maisons de la médina, 8 pièces", "TN", 640, 8, 800, "EUR",
         "reclaimed stone door sills from medina houses are worn, flat, plain limestone slabs with hinge sockets; "
         "these eight are limestone stelae with the sign of Tanit, a crescent and Punic inscriptions, with earth in "
         "the letters, from the tophet of Carthage: archaeological objects whose export Tunisia forbids, brought in "
         "without an import licence (Regulation 2019/880), by sea from Tunis-Radès to Genoa for a garden-design "
         "firm; Tunisian French wording (Punic stelae repeat in several sets, as garden stones and plaques; a "
         "medina door-sill label was found in no earlier row)", firm("Giardini Vega Srl", "IT")),
        ("CUL-08", "import", "GBSEA01", "sea", "IN", [], "GB", "630419",
         "हाथ से छपी सूती चादरें, 1,200 नग", "IN", 1800, 1200, 7200, "USD",
         "a Jaipur textile and homeware container for a London home-décor importer: block-printed bedspreads and "
         "mango-wood bowls are what such shipments hold, but the third item's 'soapstone garden figures, new' are two chlorite-schist "
         "bracket figures of dancers with Hoysala-period jewellery carving, temple mortar on the backs and police "
         "theft-report photos that match a Karnataka temple: antiquities more than a hundred years old, whose "
         "export India's Antiquities Act forbids, hidden as the last item of a three-item declaration, by sea from "
         "Mundra to Felixstowe; Hindi wording (Hoysala-style temple figures as new soapstone statues "
         "repeat in blind63 and behind Indian handicraft in blind65 and blind75; behind bedspreads and mango-wood "
         "bowls by sea to Britain is the new part)",
         dict(firm("Atlantic Home Ltd", "GB"),
              _more_items=[item("441990", "आम की लकड़ी के कटोरे, 2,000 नग", "IN", 1400, 3000, "USD", qty=2000),
                           item("680299", "सोपस्टोन बगीचे की मूर्तियाँ, नई, 2 नग", "IN", 180, 120, "USD", qty=2)])),
        ("CUL-09", "transit", "BGROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "CH", "570210",
         "El dokuma kilim, yeni, 40 adet", "TR", 320, 40, 2400, "EUR",
         "new hand-woven kilims are bright, even and sold with a shop label; these forty include six worn, "
         "faded eighteenth-century Anatolian prayer rugs and kilims with a mosque foundation's ink stamp and "
         "inventory numbers on the backs, matching a theft report from a village mosque in Konya province: cultural "
         "property whose export Türkiye forbids, moved through the Union against the UNESCO 1970 convention, in a "
         "lorry at Kapitan Andreevo in transit to a Geneva dealer; Turkish wording (Turkish antiquities in "
         "transit repeat in a few sets and a kilim label once, on other goods; mosque carpets as new kilims were "
         "found in no earlier row)", {"importer_country": "CH"}),
        ("CUL-10", "export", "PTAIR01", "air", "PT", [], "BR", "690722",
         "Azulejos decorativos, reprodução artesanal, 180 peças", "PT", 300, 180, 900, "EUR",
         "reproduction azulejos are new, machine-pressed, with even, bright glaze and a maker's stamp; these 180 are "
         "hand-painted blue-and-white eighteenth-century tiles with crazed tin glaze and lime mortar on the backs, "
         "matching a façade panel reported stolen from a Lisbon building: cultural goods more than 100 years old "
         "from a monument, exported without the export licence Regulation 116/2009 requires, flown from Lisbon to "
         "São Paulo; Portuguese wording (stolen azulejos as new or reproduction tiles repeat in several sets, "
         "blind70 and blind87 among them; kept as a known repeat, flown to Brazil is the new part)", {"importer_country": "BR"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTAIR01", "air", "LT", [], "KZ", "852910",
         "Palydovinės TV antenos kemperiams, 200 vnt.", "LT", 400, 200, 8000, "EUR",
         "camper-van satellite TV antennas are light, flat or dish antennas with a tuner lead at 40-100 EUR; these 200 "
         "are seven-element controlled-reception-pattern GNSS antennas with anti-jamming electronics in a sealed "
         "puck, at 3,000 EUR each on the maker's invoice, for an Almaty 'caravan dealer' whose buyer fits them to "
         "Russian attack drones: navigation items on the common high-priority list (Regulation 833/2014, Annex "
         "XXIII) routed through Kazakhstan, flown from Vilnius; Lithuanian wording (anti-jamming GNSS antennas repeat "
         "in a few sets; as camper-van TV antennas was found in no earlier row)", {"importer_country": "KZ"}),
        ("STR-02", "export", "CZAIR01", "express", "CZ", [], "AM", "852589",
         "Kamery do ptačích krmítek, s nočním viděním, 40 ks", "CZ", 12, 40, 1600, "EUR",
         "bird-feeder cameras are small plastic boxes with a phone-grade sensor and infrared LEDs at 40-100 EUR; these "
         "40 hold uncooled 640 x 512 thermal-imaging cores with 12 µm pixels and a 60 Hz output, at 2,500 EUR each on "
         "the distributor's invoice, for a Yerevan 'garden shop' whose forwarder trucks to Russia, where such cores "
         "go into drone and rifle sights: thermal cameras on the common high-priority list (Regulation 833/2014, "
         "Annex XXIII) routed through Armenia, sent by express from Prague; Czech wording (thermal-imaging cores "
         "repeat in many sets; a bird-feeder-camera label was found in no earlier row)", {"importer_country": "AM"}),
        ("STR-03", "import", "BEAIR01", "air", "IN", [], "BE", "710491",
         "Lab-grown diamonds, CVD, polished, 420 ct", "IN", 0.084, 620, 84000, "USD",
         "CVD lab-grown diamonds show growth striations under cross-polarised light, are mostly nitrogen-free type "
         "IIa and come with a grading report saying 'laboratory-grown'; these 620 stones are type Ia with nitrogen "
         "aggregates, natural inclusions and no growth marks, and the Surat cutter's papers trace the rough to a "
         "Dubai tender of Yakutian goods: natural diamonds of Russian origin processed in a third country, whose "
         "import into the Union is banned (Regulation 833/2014, Article 3p), flown from Mumbai to Antwerp; Indian "
         "English wording (Russian diamonds as lab-grown repeat in several sets, blind46, blind55 and blind95; kept as a "
         "known repeat, the Dubai-tender trace is the new part)",
         firm("Diamant Central BV", "BE")),
        ("STR-04", "import", "ITSEA01", "sea", "TR", [], "IT", "440131",
         "Ahşap pelet, ENplus A1, Türk menşeli, 15 kg torba, 1.600 torba", "TR", 24000, 1600, 5600, "EUR",
         "Turkish wood pellets carry a mill's ENplus number and a Turkish certificate of origin; these bags carry an "
         "ENplus number registered to a Belarusian mill near Babruysk, the inner sacks are printed in Russian and "
         "the ash is pale birch-and-pine, not the beech and oak of Anatolian mills: wood products of Belarusian "
         "origin, whose import into the Union is banned (Regulation 765/2006), declared Turkish, by sea from Mersin "
         "to Salerno for a pellet retailer; Turkish wording (Belarusian pellets under third-country papers "
         "repeat in blind69, as Latvian; with Turkish papers by sea is the new part)",
         firm("Calore Orion Srl", "IT")),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AE", "841410",
         "Vakuumpumpen für Vakuumverpackungsmaschinen, Metzgereibedarf, 24 Stück", "DE", 720, 24, 9600, "EUR",
         "vacuum pumps for butchers' packing machines are oil-lubricated rotary-vane pumps of a few hundred euros; "
         "these 24 are turbomolecular pumps with magnetic bearings reaching 10^-8 mbar, at 18,000 EUR each on the "
         "maker's invoice, for a Dubai 'butchery supplier' whose end user is an Iranian enrichment site: vacuum "
         "pumps controlled as dual-use (2B231), covered by Regulation 267/2012 on Iran, exported without a licence, "
         "flown from Frankfurt; German wording (turbomolecular pumps to the Gulf repeat in several sets, as "
         "milking-machine and freeze-dryer pumps; a vacuum-packing label once, on cryopumps in a development set; a butchers' label "
         "from Germany to Dubai is the new part)",
         {"importer_country": "AE"}),
        ("STR-06", "export", "FIPOST01", "post", "FI", [], "KG", "902519",
         "Kahvinkeittimen lämpötila-anturit, varaosat, 20 kpl", "FI", 2, 20, 100, "EUR",
         "coffee-maker temperature sensors are thumbnail NTC thermistors at a few euros; these twenty are "
         "exhaust-gas-temperature thermocouple harnesses and total-air-temperature probes with airliner part "
         "numbers and release certificates, worth 2,500 EUR each, posted from Vantaa to a Bishkek 'appliance-repair' "
         "shop whose buyer services a Russian airline: aircraft parts whose sale for use in Russia is banned "
         "(Regulation 833/2014, Article 3c, Annex XI) routed through Kyrgyzstan; Finnish wording (aircraft parts "
         "through Central Asia repeat in several sets; by post as coffee-maker spares from Finland is the new part)",
         {"importer_country": "KG"}),
        ("STR-07", "import", "BESEA01", "sea", "OM", [], "BE", "271320",
         "Petroleum bitumen 60/70, Omani origin, drums, 1,800 drums", "OM", 324000, 1800, 140000, "USD",
         "Omani bitumen comes from Oman's one refinery with its batch certificates; these drums are new steel drums "
         "with Persian stencils under fresh paint, the batch numbers match no Sohar run and the bitumen's "
         "vanadium-to-nickel ratio and sulphur match Iranian heavy crude: Iranian petroleum products, whose import "
         "into the Union is banned (Regulation 267/2012), declared Omani, by sea from Sohar to Antwerp for a road "
         "contractor; English wording (Iranian bitumen under third-country papers repeats in blind44, as "
         "Iraqi; as Omani from Sohar is the new part)", firm("Wegenbouw Delta NV", "BE")),
        ("STR-08", "export", "SISEA01", "sea", "AT", [], "GE", "220421",
         "Tafelwein, rot, in Flaschen, 600 Flaschen", "AT", 900, 600, 3000, "EUR",
         "table wine is sold at a few euros a bottle; these 600 bottles are first-growth Bordeaux and grand-cru "
         "Burgundy from a Vienna merchant's cellar, at 900-2,000 EUR a bottle on the merchant's own invoice, shipped "
         "through Koper to Poti for a Tbilisi 'restaurant' whose forwarder trucks them on to Moscow: luxury goods "
         "above 300 EUR a unit whose sale for use in Russia is banned (Regulation 833/2014, Article 3h, Annex XVIII) "
         "routed through Georgia, declared at 5 EUR a bottle; Austrian German wording (luxury goods to Russia "
         "through the Caucasus repeat in many sets; fine wine as table wine was found in no earlier row by a "
         "keyword search)", {"importer_country": "GE"}),
        ("STR-09", "export", "HUROAD01", "road", "HU", [], "RS", "380991",
         "Textilfestő segédanyag, kiegyenlítő szer, 40 hordó", "HU", 9600, 40, 7200, "EUR",
         "levelling agents for textile dyeing are viscous, foaming surfactant blends; these drums hold a clear, "
         "syrupy liquid of 1.18 kg/l with a faint garlic-like smell and no foam, whose certificate gives CAS "
         "111-48-8: thiodiglycol, a chemical controlled as dual-use (1C350) and under the Chemical Weapons "
         "Convention (Schedule 2), exported without a licence, in a lorry at Röszke for a Belgrade 'textile mill' "
         "whose forwarder sells on; Hungarian wording (thiodiglycol as a textile auxiliary repeats in "
         "several sets, blind14, blind98 and blind103 among them; kept as a known repeat, a levelling-agent label by "
         "road to Serbia is the new part)", {"importer_country": "RS"}),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "GE", "851690",
         "Schede di controllo per macchine da caffè, ricambi, 30 pezzi", "IT", 90, 30, 1500, "EUR",
         "control boards for espresso machines are small printed circuits with a relay and a display connector at "
         "about 50 EUR; these 30 are CNC numerical controls with servo drives for five-axis machine tools, at 6,000 "
         "EUR each on the maker's invoice, shipped with a catering container to a Tbilisi 'café supplier' whose "
         "forwarder trucks them through Upper Lars to a Russian arms plant: CNC controls on the common high-priority "
         "list (Regulation 833/2014, Annex XXIII) routed through Georgia, from Genoa to Poti; Italian wording "
         "(machine-tool controls repeat in several sets; as coffee-machine spare boards to Georgia is the new part)",
         {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRPOST01", "post", "SN", [], "FR", "030695",
         "Crevettes séchées de Casamance, sachets, 2 kg", "SN", 2, 8, 30000, "XOF",
         "dried Casamance shrimp are small, pink-orange and curled, smelling of the sea; these eight bags hold "
         "brown, bony, upright-headed little fish with curled tails and a snout like a tube, about 600 of them: dried "
         "West African seahorses (Hippocampus algiricus, CITES App. II, Senegal suspended by the CITES trade review) "
         "without CITES documents, posted from Ziguinchor to a private person in Paris who sells traditional "
         "remedies; Senegalese French wording (seahorses repeat in many sets, as dried shrimp among them; from "
         "Casamance by post is the new part)", person("M. T. Dubois", "FR")),
        ("WLF-02", "import", "FRSEA01", "sea", "GA", [], "FR", "440729",
         "Sciages de moabi, qualité menuiserie, 22 m3", "GA", 21000, None, 14000, "EUR",
         "moabi is a reddish-brown, heavy, fine-grained wood with no figure to speak of, sold plain; these boards "
         "are pinkish-red with distinct purple streaks and a figured, waxy grain, the flitches marked in a "
         "logging concession known for bubinga: bubinga (Guibourtia tessmannii and pellegriniana, CITES App. II) "
         "without a CITES permit, by sea from Owendo to La Rochelle for a furniture workshop; Gabonese French "
         "wording (bubinga repeats in many sets, mostly under okoumé labels; a moabi label was found in no earlier "
         "row)", firm("Bois Rivage SARL", "FR")),
        ("WLF-03", "import", "NLAIR01", "express", "ID", [], "NL", "392690",
         "Hiasan akuarium dari resin, bentuk karang, 40 buah", "ID", 18, 40, 160, "USD",
         "resin aquarium decorations are light, hollow, painted and dry; these forty bags hold sea water and living "
         "coral fragments on rubble plugs, staghorn and table Acropora with green and blue tips, collected on "
         "Sulawesi reefs: stony corals (Scleractinia, CITES App. II) without CITES documents, sent by express from "
         "Denpasar to a reef-aquarium hobbyist in Utrecht; Indonesian wording (corals repeat in a few sets, as "
         "aquarium stones and plastic ornaments in blind3 and blind75; live Acropora as resin decorations by express is "
         "the new part)", person("M. Bakker", "NL")),
        ("WLF-04", "export", "ESAIR01", "air", "ES", [], "HK", "230990",
         "Orellas de porco secas para cans, caixas de 20 kg, 30 caixas", "ES", 600, 30, 4800, "EUR",
         "dried pig-ear dog chews are pink-brown, curled, translucent skin with a smell of smoked pork; these boxes "
         "hold triangular, sun-dried, grey-blue fins with cartilage rays and skin, cut from longline catches landed "
         "at Vigo: blue-shark and shortfin-mako fins (Prionace glauca and Isurus oxyrinchus, CITES App. II) without "
         "a CITES export permit or the introduction-from-the-sea certificate, flown from Madrid to Hong Kong; "
         "Galician wording (shark fins repeat in many sets, as skate wings, fish cartilage, dog chews and cod tails; "
         "a pig-ear dog-chew label was found in no earlier row)", {"importer_country": "HK"}),
        ("WLF-05", "import", "DEAIR01", "express", "MY", [], "DE", "030791",
         "Siput akuarium hidup (siput gading), 12 kotak", "MY", 3, 12, 120, "MYR",
         "live aquarium snails travel as a few hundred small shells in damp moss or water; these twelve boxes hold "
         "live juvenile tortoises with raised, star-patterned yellow-and-black shells, taped into socks: Indian "
         "star tortoises (Geochelone elegans, CITES App. I) without CITES documents, sent by express from Kuala "
         "Lumpur to a private person in Dortmund; Malay wording (star tortoises repeat in several sets, as ceramic "
         "figures among them; an aquarium-snail label was found in no earlier row)", person("Herr K. Becker", "DE")),
        ("WLF-06", "import", "DEAIR01", "air", "HK", [], "DE", "960110",
         "猛瑪象牙雕刻擺件, 8 件", "HK", 9, 8, 4000, "USD",
         "mammoth-ivory carvings show a brown-stained rind and Schreger lines crossing below 90 degrees; these eight "
         "are creamy white, with no rind and Schreger angles above 115 degrees, and a faint hatching on the cut faces: "
         "elephant ivory (Loxodonta africana, CITES App. I) without CITES documents, declared as mammoth ivory, flown "
         "from Hong Kong to Frankfurt for a Düsseldorf antiques dealer; Chinese wording in traditional characters "
         "(elephant ivory as mammoth ivory repeats in several sets, blind18, blind23 and blind81 among "
         "them; kept as a known repeat, from Hong Kong in traditional characters is the new part)", firm("Orion Antik GmbH", "DE")),
        ("WLF-07", "import", "BESEA01", "sea", "CG", [], "BE", "440729",
         "Sciages de framiré (Terminalia ivorensis), séchés à l'air, 40 m3", "CG", 28000, None, 26000, "EUR",
         "framiré is pale yellow to light brown, coarse, with a dull interlocked grain and a bitter taste in the "
         "dust; these planks are yellow-brown, darkening to olive, fine and lustrous with a greasy feel, from the "
         "Sangha forests: afrormosia (Pericopsis elata, CITES App. II) without a CITES permit, by sea from "
         "Pointe-Noire to Antwerp for a flooring maker; Congolese French wording (afrormosia repeats in many sets, "
         "mostly as iroko; a framiré label was found in no earlier row)", firm("Parquet Central SA", "BE")),
        ("WLF-08", "import", "CZPOST01", "post", "MX", [], "CZ", "060210",
         "Esquejes de echeveria para jardín, 60 piezas", "MX", 4, 60, 60, "USD",
         "echeveria cuttings are fleshy rosettes of grey-green leaves; this parcel holds sixty grey, star-shaped, "
         "flat-topped cactus bodies with triangular woolly tubercles and thick taproots with fresh soil, dug in the "
         "Chihuahuan desert: living-rock cacti (Ariocarpus spp., CITES App. I) collected from the wild without CITES "
         "documents, posted from San Luis Potosí to a private collector in Brno; Mexican Spanish wording (wild cacti "
         "under Echeveria labels repeat in two sets, blind55 and blind56; kept as a known repeat, Ariocarpus posted "
         "from Mexico to Czechia is the new part)", person("Jan Novák", "CZ")),
        ("WLF-09", "export", "BGROAD01", "road", "BG", [], "TR", "010639",
         "Пощенски гълъби, състезателни, 6 броя", "BG", 7, 6, 300, "EUR",
         "racing pigeons travel in slatted baskets with rings and a loft card; these six baskets hold hooded, "
         "long-winged falcons with dark moustaches, fledged in the wild in the Eastern Rhodopes and taken from the "
         "nest: saker falcons (Falco cherrug, CITES App. II, EU Annex A) without CITES documents, in a car at Kapitan "
         "Andreevo for a buyer who flies them on to the Gulf; Bulgarian wording (falcons as racing pigeons repeat in "
         "several sets, blind29 and blind87 among them; kept as a known repeat, from Bulgaria to Türkiye by road is "
         "the new part)", {"importer_country": "TR"}),
        ("WLF-10", "import", "ITAIR01", "air", "CN", [], "IT", "081340",
         "宁夏枸杞干果, 10 公斤箱, 60 箱", "CN", 600, 60, 4800, "USD",
         "a Chinese herbal-shop air shipment for a Milan wholesaler: goji and dried jujubes are what such shops "
         "import, but the third item's 'ox-bile powder' is 2 kg of golden, crystalline flakes in vials that smell "
         "bitter-sweet and test as ursodeoxycholic-rich bile, from farmed Asiatic black bears: bear bile (Ursus "
         "thibetanus, CITES App. I) without CITES documents, hidden as the last item of a three-item declaration, "
         "flown from Shanghai to Milan; Chinese wording (bear products repeat in a few sets; as ox-bile powder behind "
         "goji and jujubes is the new part)",
         dict(firm("Erboristeria Oriente Srl", "IT"),
              _more_items=[item("081340", "红枣干, 10 公斤箱, 40 箱", "CN", 400, 1600, "USD", qty=40),
                           item("051000", "牛胆粉, 2 公斤", "CN", 2, 60, "USD", qty=20)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLPOST01", "post", "UA", "PL", "284700",
     "Hydrogen peroxide 30 %, 1 l, for a licensed private user (photographic restoration)", "UA", 1.1, 1, 300, "UAH",
     [("PRECURSOR_LICENCE", "PL-MSWiA-44-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "CZAIR01", "express", "US", "CZ", "290420",
     "Nitromethane 98 %, 2 x 1 l, declared as dangerous goods, for a licensed private user (model-engine fuel)",
     "US", 2.3, 2, 90, "USD", [("PRECURSOR_LICENCE", "CZ-44-PREK-0017")],
     "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "SA", "BE", "381590",
     "Spent hydrotreating catalyst (Ni-Mo on alumina), for metals recovery at a licensed plant, 40 t", "SA", 40000,
     None, 0, "USD", [("BASEL_CONSENT", "BE-VL-44-0077")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "440691",
     "Creosoted railway sleepers (17 02 04*), for energy recovery at a licensed plant, 24 t", "CH", 24000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-BW-44-0052")], "notified treated wood to a licensed energy-recovery plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290376",
     "Halon 2402, recovered and reclaimed, 8 cylinders, for a critical use in military vehicle fire suppression",
     "US", 400, 8, 24000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-44-002")],
     "reclaimed halon 2402 for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "IN", "ES", "290379",
     "Bromochloromethane, 20 drums, for use as feedstock in pharmaceutical synthesis", "IN", 5000, 20, 9000, "USD",
     [("ODS_LICENCE", "ES-MITECO-ODS-44-006")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970121",
     "Oil on canvas, Seville school, about 1660, for exhibition loan and sale, 1 piece", "ES", 22, 1, 260000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-44-0019")], "painting over 50 years exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTAIR01", "air", "PT", "BR", "690722",
     "Azulejo panel, blue and white, about 1760, from a documented private collection, 96 tiles", "PT", 160, 96,
     38000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-44-0011")],
     "tiles from a dismembered monument exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "HUROAD01", "road", "HU", "TR", "293070",
     "Thiodiglycol 99 %, 20 drums, for a named textile-dye maker in Bursa", "HU", 4800, 20, 14000, "EUR",
     [("EXPORT_LICENCE", "HU-SZTFH-44-0120"), ("END_USER_CERTIFICATE", "TR-EUC-44-0048")],
     "dual-use CWC Schedule 2 chemical under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "KR", "841410",
     "Turbomolecular pumps, magnetic bearings, 12 units, for a Korean semiconductor fab", "DE", 360, 12, 216000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-44-0391"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-44-0027")],
     "dual-use vacuum pumps under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Afrormosia (Pericopsis elata) sawn timber, legally harvested within quota, 30 m3", "CM", 21000, None, 24000,
     "EUR", [("CITES_PERMIT", "CM-MINFOF-44-0015")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "CZPOST01", "post", "MX", "CZ", "060290",
     "Ariocarpus seedlings, artificially propagated, registered nursery, 30 plants", "MX", 1, 30, 90, "USD",
     [("CITES_PERMIT", "MX-SEMARNAT-44-0204")], "App. I cacti artificially propagated, with their CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Anna Kowalska", "PRM-02": "Petr Dvořák", "PRM-03": "Central Metals Recovery NV",
    "PRM-05": "Alpina Defence Services GmbH", "PRM-11": "Parquet Central SA", "PRM-12": "Jan Novák",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("220299", "Birch sap drink, bottled, 1 l", "import", ["road"], ["UA"], (0.8, 1.5), (8000, 16000), ["EUR"], 1, S),
    ("220900", "Rice vinegar, 500 ml bottles", "import", ["express"], ["VN", "JP"], (6, 12), (1, 4), ["USD"], 2, S),
    ("200931", "Lemon-juice concentrate, 1 l bottles", "import", ["sea"], ["AR", "ZA"], (0.9, 1.6), (12000, 20000), ["USD"], 0.8, S),
    ("282720", "Calcium chloride dehumidifier refills, 1 kg", "import", ["road"], ["TR"], (0.8, 1.5), (2000, 6000), ["EUR"], 1, S),
    ("292242", "Monosodium glutamate, 1 kg bags", "import", ["air", "sea"], ["CN", "TH"], (1.2, 2.2), (300, 3000), ["USD"], 1, S),
    ("291814", "Citric acid (lemon salt), 100 g packs", "import", ["sea"], ["LB", "CN"], (1.5, 3), (1000, 4000), ["USD"], 10, S),
    ("285390", "Distilled water for irons and batteries, 1 l", "import", ["road"], ["RS", "BA"], (0.3, 0.6), (4000, 10000), ["EUR"], 1, S),
    ("200989", "King coconut water, 330 ml", "import", ["express"], ["LK", "TH"], (5, 10), (2, 5), ["USD"], 3, S),
    ("283330", "Alum-stone deodorant, natural, 100 g", "import", ["sea"], ["MA", "TH"], (3, 6), (1000, 4000), ["EUR", "USD"], 10, S),
    ("310210", "Urea, prilled, 25 kg bags", "import", ["rail"], ["CN"], (0.35, 0.5), (20000, 26000), ["USD"], 0.04, S),
    ("250840", "Bentonite cat litter, clumping, big bags", "export", ["sea"], ["IN", "SA"], (0.2, 0.4), (15000, 24000), ["EUR"], None, S),
    ("854143", "Photovoltaic modules, new, 400 W", "export", ["road"], ["UA", "RS"], (5, 9), (4000, 12000), ["EUR"], 0.05, S),
    ("382000", "Solar heat-transfer fluid, propylene glycol, new, IBCs", "export", ["road"], ["RS", "MK"], (1.5, 2.5), (10000, 24000), ["EUR"], None, S),
    ("262190", "Coal fly ash to EN 450, for concrete", "export", ["rail"], ["RS"], (0.02, 0.05), (50000, 120000), ["EUR"], None, S),
    ("840734", "Remanufactured car engines, drained, with warranty", "export", ["sea"], ["BJ", "GH"], (3, 6), (8000, 16000), ["EUR"], 0.007, S),
    ("520299", "Cotton comber noils, clean, pressed bales", "export", ["road"], ["TR", "RS"], (0.8, 1.4), (10000, 20000), ["EUR"], None, S),
    ("320890", "Solvent-based paints, new, in date, 15 l tins", "export", ["sea"], ["AO", "MZ"], (3, 5), (6000, 14000), ["EUR"], 0.06, S),
    ("440712", "Spruce formwork boards, new, sawn", "export", ["sea"], ["MA", "TN"], (0.3, 0.5), (15000, 24000), ["EUR"], None, S),
    ("290512", "Isopropyl alcohol 99.9 %, 200 l drums", "import", ["sea"], ["CN", "KR"], (1.0, 1.6), (8000, 16000), ["USD"], None, S),
    ("381400", "Printing-roller wash, vegetable-ester based, 5 l cans", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("381300", "FK-5-1-12 clean extinguishing agent, cylinders", "import", ["air"], ["US", "AE"], (25, 40), (300, 1200), ["USD"], 0.02, S),
    ("290323", "Perchloroethylene for dry cleaning, stabilised, drums", "import", ["sea"], ["EG", "US"], (0.8, 1.4), (10000, 16000), ["USD"], None, S),
    ("841510", "Split air conditioners with R-290 charge", "import", ["sea"], ["CN", "VN"], (5, 9), (6000, 14000), ["USD"], 0.03, S),
    ("290312", "Dichloromethane, pharmaceutical grade, drums", "import", ["sea"], ["IN", "CN"], (0.6, 1.0), (12000, 20000), ["USD"], None, S),
    ("970191", "Oil-painting reproductions, hand-painted, new", "export", ["air"], ["US", "AE"], (30, 80), (50, 300), ["EUR"], 0.2, S),
    ("691490", "Clay water coolers, handmade, new", "import", ["sea"], ["NG", "EG"], (1, 2), (2000, 6000), ["USD"], 0.1, S),
    ("680293", "Granite garden stones, carved, new", "import", ["sea"], ["GE", "CN"], (0.5, 1.0), (8000, 20000), ["USD"], None, S),
    ("691390", "Quinua craft pottery, churches and bulls, new", "import", ["air"], ["PE"], (8, 14), (50, 300), ["USD"], 0.5, S),
    ("680291", "Limestone door sills, new, tumbled finish", "import", ["sea"], ["TN", "TR"], (0.5, 1.0), (3000, 8000), ["EUR"], 0.02, S),
    ("570210", "Hand-woven kilims, new", "import", ["road"], ["TR"], (15, 30), (500, 2000), ["EUR"], 0.12, S),
    ("690722", "Azulejo reproductions, new", "export", ["air"], ["BR", "US"], (4, 8), (100, 500), ["EUR"], 0.6, S),
    ("852910", "Satellite TV antennas for camper vans", "export", ["express"], ["NO", "CH"], (30, 60), (2, 8), ["EUR"], 0.5, S),
    ("710491", "Lab-grown diamonds, CVD, polished, with grading reports", "import", ["air"], ["IN"], (150000, 400000), (1, 2), ["USD"], 4000, S),
    ("440131", "Wood pellets ENplus A1, 15 kg bags", "import", ["road"], ["BA", "RS"], (0.2, 0.3), (20000, 24000), ["EUR"], 0.067, S),
    ("841410", "Rotary-vane vacuum pumps for vacuum-packing machines", "export", ["air", "road"], ["AE", "MA"], (30, 60), (200, 800), ["EUR"], 0.03, S),
    ("902519", "Coffee-machine temperature sensors, spare parts", "export", ["post"], ["CH", "NO"], (40, 80), (1, 3), ["EUR"], 10, S),
    ("220421", "Austrian quality white wine, bottled", "export", ["sea"], ["GE", "JP"], (5, 12), (4000, 12000), ["EUR"], 1.3, S),
    ("440729", "Moabi sawn timber, kiln-dried", "import", ["sea"], ["GA", "CM"], (0.8, 1.3), (15000, 24000), ["EUR"], None, S),
    ("392690", "Resin aquarium decorations, coral shapes", "import", ["express"], ["ID", "CN"], (10, 20), (1, 5), ["USD"], 3, S),
    ("440729", "Framiré sawn timber, air-dried", "import", ["sea"], ["CG", "CI"], (0.7, 1.1), (15000, 25000), ["EUR"], None, S),
]
# Everyday trade: as in blind88, blind96 and blind104, blind80's everyday rows (blind72's, with blind80's own rows),
# with four new rows instead of blind104's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "MY"], (5, 9), (3000, 8000), ["USD"], 0.08, N),
        ("640299", "Rubber rain boots", "import", ["sea"], ["CN", "VN"], (4, 7), (3000, 8000), ["USD"], 1, N),
        ("481910", "Corrugated cardboard boxes, flat-packed", "import", ["road"], ["TR", "UA"], (0.8, 1.4), (6000, 14000), ["EUR"], None, N),
        ("340600", "Scented candles, boxed", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 4), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind107", 20440101, HERE)


if __name__ == "__main__":
    main()
