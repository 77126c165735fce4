#!/usr/bin/env python3
"""Writes the hundred-and-eightieth blind set (tests/risk/data/blind180-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2056, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: household removals and personal
effects (returning residents, students, migrant workers' parcels, boxes and barrels sent
home, minibus parcel carriers, unaccompanied baggage, inheritances and house clearances,
expatriates' and diplomats' containers).
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
would. Ids are BL180-*:

    python3 tests/risk/data/make_blind180_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2056, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2056
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLROAD01", "road", "UA", [], "PL", "310520",
         "Посилка для доньки: добриво для розсади та квітів «Універсал», 4 пакети по 2,5 кг", "UA", 10, 4, 320,
         "UAH",
         "a family parcel carried by a Ternopil minibus parcel service ('бус') to a Ukrainian worker in Wrocław: "
         "seedling fertiliser is a coloured NPK crystal that dissolves blue or green; these four bags hold white, "
         "even prills with no phosphate or potash, that turn ice-cold in water and test at 34 % N, the inner liner "
         "reading 'аміачна селітра': ammonium nitrate (Annex I at 16 % N or more) imported by a member of the "
         "public, at Korczowa; Ukrainian wording (ammonium nitrate repeats in many sets, from Ukraine under "
         "cold-pack and phosphate labels in blind69 and blind70; a seedling-fertiliser label in a minibus family "
         "parcel was found in no earlier row by a keyword search)", person("Oksana Melnyk", "PL")),
        ("PRE-02", "import", "IESEA01", "sea", "US", [], "IE", "940360",
         "Household furniture, used, returning resident's effects (transfer of residence relief), 38 pieces", "US",
         2400, 38, 3000, "USD",
         "a returning Irish resident's 20 ft container from Boston: used furniture and books are what such "
         "containers hold and come in free of duty, but the third item's 'Vermont maple syrup' is twelve quart jugs of "
         "a water-clear, oily liquid of 1.84 kg/l, not the amber, sweet syrup of 1.33 kg/l the labels show, that "
         "chars a paper towel and grows hot with a drop of water: about 93 % sulphuric acid (Annex I above 15 %), a "
         "US drain opener poured into syrup jugs, imported by a member of the public, hidden as the last item of a "
         "three-item declaration at Dublin Port; US English wording (sulphuric acid repeats in many sets and syrup "
         "covers in several, maple-water labels on peroxide in blind121, blind126 and blind127; a maple-syrup label "
         "and transfer-of-residence wording were found in no earlier row by a keyword search, returning-resident "
         "removals only in blind10, blind145 and blind174, on other goods)",
         dict(person("Mr Declan Walsh", "IE"),
              _more_items=[item("490199", "Books, used, personal library, 22 cartons", "US", 440, 200, "USD", qty=22),
                           item("170220", "Vermont maple syrup, Grade A, pantry stock, 12 x 1 qt", "US", 21, 96, "USD",
                                qty=12)])),
        ("PRE-03", "import", "NLAIR01", "air", "IN", [], "NL", "691390",
         "साथ न आया सामान (निवास स्थानांतरण): पूजा सामग्री, मिट्टी के दीये, 240 नग", "IN", 36, 240, 4800, "INR",
         "unaccompanied baggage of an Indian engineer's family moving to Eindhoven: clay diyas are open, shallow "
         "saucers with a pinched wick lip; these 240 are closed, cone-shaped clay pots plugged with clay at the base, "
         "a paper fuse at the tip and a grey, sparkling powder inside: 'anar' flower-pot fireworks from Sivakasi, "
         "pyrotechnic articles without CE marking or registration, carried undeclared as explosives in air cargo "
         "and imported by a member of the public; Hindi wording (Sivakasi fireworks repeat in blind41, blind61, "
         "blind87 and blind162; a clay-diya label and unaccompanied transfer-of-residence baggage were found in no "
         "earlier row by a keyword search)", person("Priya Raghavan", "NL")),
        ("PRE-04", "import", "DEROAD01", "road", "CH", [], "DE", "900691",
         "Nachlass meines Onkels: alte Fotoapparate, Blitzgeräte und Zubehör, Sammlerstücke, 1 Kiste", "CH", 14, 1,
         300, "CHF",
         "an inheritance crate from a Basel flat for the niece in Freiburg: old cameras and flash guns are what such "
         "estates hold, but eighteen of the 'accessories' are full 1930s tins of grey, gritty powder that flares "
         "with a bang on a spark test and reads magnesium and potassium chlorate: about 3 kg of photographic flash "
         "powder, an explosive mixture and an Annex I chlorate above 40 %, imported by a member of the public at "
         "Weil am Rhein; Swiss German wording (flash powder repeats in many sets, blind71 under a vintage-flash "
         "label from Ukraine; a Nachlass inheritance crate is the new part as far as a search found)",
         person("Anna Schmidt", "DE")),
        ("PRE-05", "import", "PTSEA01", "sea", "BR", [], "PT", "040221",
         "Mudança de retorno, bens de uso pessoal: leite em pó Ninho, 24 latas de 800 g", "BR", 19.2, 24, 960,
         "BRL",
         "a returning Portuguese family's removal container from Santos: Brazilian whole-milk powder is a creamy, "
         "fatty, light powder that smells of milk and clumps in water; these 24 tins hold a heavy, glittering, "
         "odourless white crystal that sinks and barely dissolves, burns fiercely with sugar and whose inner bags "
         "read 'KClO4': about 19 kg of potassium perchlorate (Annex I above 40 %) imported by a member of the public, "
         "at Leixões; Brazilian Portuguese wording (potassium perchlorate repeats in many sets and milk-like "
         "powder covers in several, coconut-milk, camel-milk and colostrum powders among them, polvilho in blind105 "
         "and blind156; a Ninho label in a return removal was found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-06", "import", "BGROAD01", "road", "TR", [], "BG", "282890",
         "Kişisel eşya, tatil dönüşü: çamaşır suyu, 6 bidon x 5 litre", "TR", 42, 6, 720, "TRY",
         "a Bulgarian-Turkish family driving home to Kardzhali after Bayram with their car packed: bleach is a "
         "yellowish, chlorine-smelling liquid of 1.1 kg/l; these six jerrycans hold a liquid of 1.40 kg/l that fumes "
         "brown when opened, stains the skin yellow and eats into a coin: 'kezzap', about 65 % nitric acid (Annex I "
         "above 3 %) imported by a member of the public, at Kapitan Andreevo; Turkish wording (nitric acid repeats "
         "in many sets and the word kezzap once, on a jewellery-cleaning liquid in blind174; a bleach label in a "
         "returning family's car is the new part as far as a search found)", person("Ayşe Mehmedova", "BG")),
        ("PRE-07", "import", "FRAIR01", "express", "TH", [], "FR", "330430",
         "น้ำยาล้างเล็บ สูตรไม่มีอะซีโตน ขวด 1 ลิตร 6 ขวด", "TH", 6.9, 6, 1800, "THB",
         "acetone-free nail polish remover is an ethyl-acetate liquid of 0.9 kg/l that smells of pear drops; these "
         "six litre bottles hold a faintly yellow, oily liquid of 1.14 kg/l with a mild, chemical smell that sinks "
         "in water and burns with a hot, pale flame: nitromethane (Annex I above 16 %), sent by express from Bangkok "
         "to a private person, a home nail technician near Lille, although flammable liquids travel by express "
         "only as declared dangerous goods; Thai wording (nitromethane repeats in many sets; nail-polish-remover "
         "labels were found only on acetone, blind3 and blind8)", person("Sophie Bernard", "FR")),
        ("PRE-08", "import", "CZAIR01", "air", "VN", [], "CZ", "330590",
         "Hành lý gửi sau của người lao động trở lại Séc: nước gội bưởi, 10 chai 1 lít", "VN", 11.3, 10, 1200000,
         "VND",
         "unaccompanied baggage flown after a Vietnamese worker returning to Cheb from Tết at home: pomelo-peel hair "
         "water is pale green, oily and smells strongly of citrus; these ten litre bottles are water-clear, "
         "odourless, weigh 1.13 kg/l, have vented caps and whiten the skin: about 35 % hydrogen peroxide (Annex I "
         "above 12 %) imported by a member of the public, at Prague airport; Vietnamese wording (hydrogen peroxide "
         "repeats in many sets and water-like covers in many; a pomelo hair-water label was found in no earlier row "
         "by a keyword search)", person("Nguyễn Thị Hoa", "CZ")),
        ("PRE-09", "import", "PLROAD01", "road", "GB", ["FR", "BE", "DE"], "PL", "271019",
         "Mienie przesiedlenia z Wielkiej Brytanii: narzędzia warsztatowe i olej do pompy próżniowej, 8 x 1 l",
         "GB", 14.7, 8, 60, "GBP",
         "a Polish mechanic moving home from Peterborough with his van under transit papers to Poznań: vacuum-pump "
         "oil is an amber mineral oil of 0.87 kg/l; these eight bottles hold a colourless, oily liquid of 1.84 kg/l "
         "that chars a rag and spits on water: about 96 % sulphuric acid (Annex I above 15 %) imported by a member "
         "of the public; Polish wording (sulphuric acid repeats in many sets; a vacuum-pump-oil label appears once, "
         "on refrigerant cylinders in dev13-b; 'mienie przesiedlenia' removal goods from Britain is the new part "
         "as far as a search found)", person("Piotr Nowak", "PL")),
        ("PRE-10", "import", "SEROAD01", "road", "NO", [], "SE", "820559",
         "Dödsbo efter min far i Trysil: gamla verktyg och en trälåda, 1 kolli", "NO", 62, 1, 500, "NOK",
         "a son bringing home from his late father's farm in Norway a box of old tools: under the axes and augers "
         "the wooden crate holds 38 greasy, sweating paper-wrapped sticks that smell of almonds and give a headache, "
         "and a tin of 30 plain copper detonators, left from stump blasting in the 1970s: nitroglycerine dynamite "
         "and detonators, explosives that need an import licence and a transfer document, carried by a private "
         "person at Morokulien; Swedish wording (dynamite repeats in blind138 and blind173, and dødsbo estates in "
         "blind77 and blind148 on other goods; a Swedish dödsbo from Norway is the new part as far as a search "
         "found)", person("Erik Lindqvist", "SE")),
    ],
    "waste": [
        ("WST-01", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "940360",
         "Verlassenschaft: gebrauchter Hausrat aus einer Wohnungsräumung in Wien-Favoriten, 1 Kleintransporter",
         "AT", 3200, None, 400, "EUR",
         "a van from a Viennese flat clearance for a second-hand market near Novi Sad: an estate's household goods "
         "for reuse are furniture and crockery; this van holds torn bags of mixed rubbish, mouldy mattresses, broken "
         "appliances and 40 half-full tins of old paint, thinners and garden poisons, cleared for a fee and tipped "
         "on arrival: mixed municipal waste (20 03 01) with hazardous fractions (20 01 27*, 20 01 19*), whose export "
         "to a non-OECD country is banned, through Hungary at Röszke; Austrian German wording (house-clearance labels "
         "appear in blind54, blind84 and blind104 on other goods; a 'Verlassenschaft' flat clearance was found in "
         "no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "GN", "940360",
         "Déménagement retour au pays : meubles d'occasion, 40 pièces", "FR", 1800, 40, 900, "EUR",
         "a Guinean family's 'retour au pays' container from Le Havre for Conakry: used furniture and clothes are "
         "what returnees ship, but the third item's 'working' scooter and e-bike batteries are 180 swollen, "
         "dented, partly burnt lithium-ion packs collected from Paris repair shops: waste batteries (16 06 05, "
         "20 01 33*), whose export to a non-OECD country is banned, and undeclared dangerous goods, hidden as the "
         "last item of a three-item declaration; French wording (e-bike and scooter batteries repeat in many sets, "
         "and a 'retour au pays' container once, blind167, with televisions to Port Louis; batteries in a return "
         "removal to Conakry are the new part as far as a search found)",
         dict({"importer_country": "GN"},
              _more_items=[item("630900", "Vêtements et linge usagés personnels, 30 sacs", "FR", 600, 150, "EUR", qty=30),
                           item("850760", "Batteries de trottinettes et vélos électriques d'occasion, en état de marche, "
                                "180 pièces", "FR", 1100, 900, "EUR", qty=180)])),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "DO", "630900",
         "Cajas familiares de agencia de envíos: ropa usada, comida y enseres del hogar, 180 cajas", "ES", 9400,
         180, 5400, "EUR",
         "a Madrid shipping agency's consolidated container of family boxes for Santo Domingo: such boxes of clothes, "
         "rice and toiletries weigh 20-25 kg; these 180 weigh over 50 kg each, and under a layer of clothes each "
         "holds two used, cracked lead-acid batteries from blackout inverters ('baterías de inversor'): waste "
         "lead-acid batteries (16 06 01*), whose export to a non-OECD country is banned; Dominican Spanish wording "
         "(lead-acid and inverter batteries repeat in many sets, inverter batteries in blind109 and blind144; "
         "family boxes through a shipping agency were found in no earlier row by a keyword search)",
         {"importer_country": "DO"}),
        ("WST-04", "export", "GRROAD01", "road", "GR", [], "AL", "681182",
         "Sende shtëpiake dhe materiale ndërtimi të përdorura, kthim përfundimtar në atdhe: pllaka çatie, 1 kamion",
         "GR", 14000, None, 800, "EUR",
         "an Albanian emigrant going home for good from Athens with a lorry of his things: used roof sheets for "
         "reuse are whole, new-type fibre cement; these are broken, grey, corrugated sheets stripped from a Piraeus "
         "workshop roof, with chrysotile fibres at every break and no wrapping: asbestos-cement waste (17 06 05*), "
         "whose export to a non-OECD country is banned, at Kakavia; Albanian wording (asbestos cement repeats in many "
         "sets, 'eternit' in blind4, blind82, blind140 and blind145; a final return home ('kthim përfundimtar') by "
         "lorry is the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "PE", "902580",
         "Menaje de casa por retorno definitivo: colección de barómetros y termómetros antiguos, 36 piezas", "ES",
         210, 36, 1800, "EUR",
         "a Peruvian family's return container from Valencia for Callao, its household goods ('menaje de casa') "
         "free of duty: an antique barometer collection is fragile, boxed, and light; 36 gutted instrument cases lie "
         "on top of four steel flasks holding about 140 kg of grey, liquid metal drained from them and from old "
         "sphygmomanometers, for the gold camps of Madre de Dios: metallic mercury, whose export from the Union is "
         "banned (Regulation 2017/852) and which is waste to be disposed of in the Union; Peruvian Spanish wording "
         "(mercury repeats in many sets and barometers in blind43, blind70, blind104 and blind115; a return "
         "'menaje de casa' was found in no earlier row by a keyword search)", {"importer_country": "PE"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "370790",
         "Eredità di un fotografo: prodotti per camera oscura (sviluppo e fissaggio), 40 taniche da 20 l", "IT", 880,
         40, 200, "EUR",
         "a Palermo photographer's heirs sending his darkroom to a Sfax relative: sealed developer and fixer are "
         "clear concentrates in printed cans; these 40 scratched jerrycans hold brown, sulphur-smelling, "
         "exhausted fixer with black silver sludge and oxidised developer, years of a studio's spent baths: "
         "photographic waste (09 01 04*, 09 01 01*), hazardous waste whose export to a non-OECD country is banned, "
         "from Palermo to Sfax; Italian wording (spent fixer repeats in several sets; an inheritance of darkroom "
         "chemicals is the new part as far as a search found)", {"importer_country": "TN"}),
        ("WST-07", "transit", "DESEA01", "sea", "NO", ["DE"], "LK", "940360",
         "Used household goods and personal effects, returning family, 1 x 40 ft container", "NO", 9800, None,
         1500, "USD",
         "a Sri Lankan family's container from Oslo, landed at Hamburg in transit for Colombo: returnees' "
         "containers hold furniture, a fridge and a television or two; behind a wall of sofas this one holds 90 "
         "broken flat-screen and CRT televisions, 40 microwave ovens and sacks of circuit boards from a Drammen "
         "scrap yard: waste electrical equipment (16 02 13*), moved through the Union without the notification and "
         "consent its shipment needs; English wording (e-waste in removal containers repeats in many sets; a "
         "Norwegian container in transit through Hamburg to Sri Lanka is the new part as far as a search found)",
         {"importer_country": "LK"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "VN", "940360",
         "Đồ dùng gia đình đã qua sử dụng của gia đình hồi hương, 1 container 20 feet", "DE", 6200, None, 2200,
         "EUR",
         "a Vietnamese family going home for good ('hồi hương') from Berlin with a 20 ft container for Haiphong: "
         "such containers hold furniture, motorbikes and kitchenware; this one holds 3 t of loose circuit boards "
         "stripped from computers and televisions in Lichtenberg, packed in rice sacks behind the beds: waste "
         "printed circuit boards (A1180), whose export to a non-OECD country is banned and whose import Viet Nam "
         "forbids; Vietnamese wording (circuit-board e-waste repeats in many sets; a 'hồi hương' return container "
         "was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-09", "export", "LTSEA01", "sea", "LT", [], "NG", "847130",
         "Personal effects of a graduating student returning home: used laptops and monitors for own use, 1 x 20 ft",
         "LT", 4800, 620, 3100, "EUR",
         "a Nigerian graduate of a Kaunas university sending his 'personal effects' from Klaipėda to Lagos: a "
         "student's things are a few boxes and one laptop; this container holds 420 untested laptops without "
         "batteries or with swollen ones and 200 CRT and cracked LCD monitors bought from Lithuanian collection "
         "points: waste electrical equipment (16 02 13*), whose export to a non-OECD country is banned; English "
         "wording (e-waste to Lagos repeats in many sets; a student's personal effects from Klaipėda is the new "
         "part as far as a search found)", {"importer_country": "NG"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "IN", "711299",
         "Résidus argentifères de récupération, pour affinage, fûts, 2 t", "BE", 2000, None, 9000, "EUR",
         "silver-bearing refining residues are dry, metallic sweepings assayed for silver; these drums hold a grey, "
         "wet sludge with tooth fragments and a strong mercury reading from dental-amalgam separators collected "
         "from Flemish and Walloon practices: amalgam waste (18 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned and whose mercury must stay in the Union, from Antwerp to Mundra; Belgian "
         "French wording (amalgam waste repeats in many sets; kept as a repeat, a silver-residue label from "
         "Belgium is the new part as far as a search found)", {"importer_country": "IN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "HUROAD01", "road", "RS", [], "HU", "280440",
         "Költözés Szabadkáról Szegedre: háztartási holmi, 12 db hegesztő oxigénpalack (10 l)", "RS", 150, 12, 120,
         "EUR",
         "a Vojvodina Hungarian family moving from Subotica to Szeged with a rented van: 10 l welding-oxygen "
         "cylinders hold a gas at 150 bar that does not slosh; these twelve, repainted blue, read 9 bar, slosh, hold "
         "12 kg of liquid each and their stamped shoulders read 'R22': chlorodifluoromethane (HCFC-22), whose "
         "import into the Union is banned, at Röszke; Hungarian wording (HCFC-22 repeats in many sets and oxygen-"
         "cylinder labels in blind114, blind118 and blind126, on medical oxygen; welding oxygen in a family removal "
         "is the new part as far as a search found)", person("Kovács Ilona", "HU")),
        ("OZN-02", "import", "FRSEA01", "sea", "ZA", [], "FR", "841869",
         "Effets de déménagement, retour en France après vingt ans au Cap : climatiseurs de cave à vin, 2 unités",
         "ZA", 160, 2, 600, "EUR",
         "a returning French family's removal container from Cape Town: wine-cellar conditioners admitted into the "
         "Union run on R-290 or R-134a; these two, taken out of their Constantia cellar, carry 'R-22' on the "
         "rating plate and still hold their charge: equipment relying on HCFCs, whose import into the Union is "
         "banned, even among duty-free removal goods, at Le Havre; French wording (R-22 wine-cellar conditioners "
         "repeat in blind60 and blind65; kept as a repeat, a returning family's removal from South Africa is the new "
         "part)", person("M. T. Dubois", "FR")),
        ("OZN-03", "import", "PTAIR01", "air", "NP", [], "PT", "340290",
         "साथमा नआएको सामान (स्थायी बसोबास): लुगा, भाँडाकुँडा, एसी सफा गर्ने तरल 24 क्यान", "NP", 26, 24, 9000,
         "NPR",
         "unaccompanied baggage of a Nepali air-conditioning technician settling in Lisbon: coil cleaners are "
         "water-based foams in light aerosol cans; these 24 heavy 1 kg cans hold a liquid of 1.24 kg/l that "
         "boils away at 32 °C with a sweet, ether-like smell and the can prints read '141b flushing': "
         "1,1-dichloro-1-fluoroethane (HCFC-141b), whose import into the Union is banned, at Lisbon airport; Nepali "
         "wording (HCFC-141b repeats in many sets and flushing-agent covers in several; Nepali baggage for a "
         "technician moving to Portugal is the new part as far as a search found)", person("Ram Bahadur Gurung", "PT")),
        ("OZN-04", "import", "IEAIR01", "air", "IN", [], "IE", "130190",
         "Transfer of residence baggage, kitchen stores: hing (asafoetida) compounded, 20 tins of 500 g", "IN",
         13, 20, 6000, "INR",
         "a doctor's family moving from Pune to Galway with their kitchen stores: compounded hing is a yellowish, "
         "pungent, sulphur-smelling powder in push-lid tins; these 20 sealed, seamed tins hiss when pierced, smell "
         "faintly sweet, hold a heavy liquid and are the 'Bromo-gas' grain-fumigant tins of Indian markets with new "
         "labels: methyl bromide, whose import into the Union is banned, at Dublin airport; Indian English wording "
         "(methyl bromide repeats in many sets and a Bromo-gas label once, in blind7; a hing label was found in no "
         "earlier row by a keyword search)", person("Dr A. Kulkarni", "IE")),
        ("OZN-05", "import", "HRROAD01", "road", "BA", [], "HR", "731100",
         "Ostavina pokojnog oca, frižider-majstora: stari alat i boce za zavarivanje, 14 kom", "BA", 280, 14, 300,
         "EUR",
         "a son from Zagreb fetching the estate of his late father, a refrigeration repairman in Derventa: welding "
         "cylinders hold acetylene, oxygen or argon at high pressure; these fourteen squat, rusty bottles read "
         "5-8 bar, slosh and their worn collars show 'R12' and 'R502': about 150 kg of recovered "
         "dichlorodifluoromethane and R-502 (with CFC-115), whose import into the Union is banned, at Slavonski "
         "Brod; Bosnian wording (CFC-12 and R-502 repeat in many sets; an inheritance ('ostavina') of a repairman's "
         "bottles was found in no earlier row by a keyword search)", person("Mario Kovačević", "HR")),
        ("OZN-06", "import", "NLAIR01", "express", "US", [], "NL", "382499",
         "Stamp watermark detection fluid, non-flammable, philatelic, 6 x 16 oz", "US", 4.4, 6, 150, "USD",
         "modern watermark fluids are light, volatile hydrofluoroether or naphtha sold in 4 oz bottles; these six "
         "pint bottles, from a late stamp dealer's stock in Ohio, hold a heavy liquid of 1.59 kg/l with a sweet, "
         "dry-cleaning smell that will not burn: carbon tetrachloride, whose import into the Union is banned, sent "
         "by express to a private collector in Utrecht; US English wording (carbon tetrachloride repeats in many "
         "sets and watermark-fluid labels in blind62, blind63, blind64, blind86 and blind94; kept as a repeat, a "
         "dealer's estate by express is the new part)", person("Mw. E. de Jong", "NL")),
        ("OZN-07", "import", "CYSEA01", "sea", "AE", [], "CY", "842410",
         "Household goods of a family relocating from Dubai: boat equipment, FM-200 engine-room extinguishers, 2",
         "AE", 36, 2, 400, "USD",
         "a British family moving from Dubai Marina to Limassol with the fittings of the boat they sold: FM-200 "
         "bottles hold HFC-227ea at about 25 bar with a maker's plate; these two 1980s red bottles weigh more than "
         "an FM-200 fill allows, their old stencils under the new sticker read 'BTM' and 'Halon 1301': "
         "bromotrifluoromethane, whose import into the Union is banned outside licensed critical uses, at "
         "Limassol; British English wording (halon 1301 repeats in many sets and FM-200 labels in several; a "
         "relocating family's removal from Dubai is the new part as far as a search found)",
         person("Mrs S. Patel", "CY")),
        ("OZN-08", "export", "NLSEA01", "sea", "NL", [], "SR", "841830",
         "Verhuisgoed remigratie naar Suriname: diepvrieskisten, gebruikt, werkend, 6 stuks", "NL", 420, 6, 600,
         "EUR",
         "a remigrating Surinamese couple's container from Rotterdam for Paramaribo: used chest freezers in "
         "removal goods are recent R-600a models; these six are 1980s chest freezers from a Hague shop cellar whose "
         "plates read 'R12' and whose cabinets are foamed with CFC-11: equipment and products containing CFCs, "
         "whose export from the Union is banned (Regulation 2024/590); Dutch wording (CFC fridges and freezers "
         "repeat in many sets; remigration removal goods to Suriname were found in no earlier row by a keyword "
         "search)", {"importer_country": "SR"}),
        ("OZN-09", "import", "GRROAD01", "road", "GE", ["TR"], "GR", "271112",
         "ამანათი ოჯახისთვის: ჩურჩხელა, ჭურჭელი, პროპანის ბალონები ქურისთვის, 10 ცალი", "GE", 150, 10, 300,
         "GEL",
         "a Georgian parcel bus from Tbilisi through Türkiye for women working in Athens: family parcels hold "
         "churchkhela, wine and cheese, and propane bottles for a stove are light, red and flammable; these ten "
         "are disposable 13.6 kg cylinders repainted red, read 5.7 bar, will not light and the gas tests as "
         "1,1,1,2-tetrafluoroethane: HFC-134a in non-refillable containers, whose placing on the market is banned "
         "and whose import needs a quota, at Kipoi; Georgian wording (HFC-134a repeats in many sets and propane "
         "labels in several; a Georgian parcel bus through Türkiye is the new part as far as a search found)",
         person("Nino Beridze", "GR")),
        ("OZN-10", "transit", "NLSEA01", "sea", "US", ["NL"], "NG", "940360",
         "Used household goods and personal effects of a returning resident, 1 x 40 ft container", "US", 8600,
         None, 2500, "USD",
         "a Nigerian family's return container from Houston, landed at Rotterdam for transhipment to Lagos: "
         "household goods are furniture, clothes and a car; behind the beds stand 60 old 30 lb cylinders of "
         "dichlorodifluoromethane (CFC-12) from a Texas air-conditioning store's back room, for Lagos car-AC "
         "workshops: a controlled ozone-depleting substance moved through the Union without the licence Regulation "
         "2024/590 requires; US English wording (CFC-12 repeats in many sets; a returning resident's container in "
         "transit through Rotterdam is the new part as far as a search found)", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "BESEA01", "sea", "PH", [], "BE", "940360",
         "Used household furniture, narra wood, returning expatriate's effects, 1 lot", "PH", 1800, 30, 2400, "USD",
         "a Belgian expatriate's container home from Manila: narra furniture and capiz lamps are what such "
         "returnees bring back, but the third item's three 'modern' rice-god figures are dark, smoke-blackened, "
         "crusted with rice-wine and blood offerings and split by age: Ifugao bulul granary guardians taken from "
         "Banaue-area houses, cultural property whose export the Philippines forbids without a permit, hidden as "
         "the last item of a three-item declaration at Antwerp; English wording (bulul repeat in blind54, blind91, "
         "blind97, blind101 and blind117; kept as a repeat, a returning expatriate's removal is the new part)",
         dict(person("M. J. Claes", "BE"),
              _more_items=[item("940549", "Capiz-shell lamps, used, 6 pcs", "PH", 30, 120, "USD", qty=6),
                           item("442090", "Wooden rice-god figures, decorative, modern carving, 3 pcs", "PH", 12, 60,
                                "USD", qty=3)])),
        ("CUL-02", "export", "GRSEA01", "sea", "GR", [], "AU", "691390",
         "Οικοσκευή μετοίκησης στη Μελβούρνη: διακοσμητικά κεραμικά από το πατρικό σπίτι, 8 τεμ.", "GR", 30, 8,
         200, "EUR",
         "a Greek family emigrating to Melbourne with their household: decorative ceramics from a family house are "
         "painted folk plates; these eight are hand-made pots with dark-on-light meander and zigzag bands, earth in "
         "the cracks and no glaze, ploughed up on the family's field near Argos: Geometric-period vases, "
         "antiquities whose export needs a Greek permit and the EU export licence, from Piraeus; Greek wording "
         "(Greek antiquities repeat in many sets and an 'οικοσκευή' removal once, blind159, on air conditioners "
         "coming back from Australia; decorative ceramics in a family's emigration removal is the new part as far "
         "as a search found)", {"importer_country": "AU"}),
        ("CUL-03", "export", "PTSEA01", "sea", "PT", [], "BR", "691490",
         "Espólio familiar para os herdeiros no Brasil: azulejos velhos de revestimento, 24 caixas", "PT", 720, 24,
         480, "EUR",
         "a Lisbon estate shipped to the heirs in São Paulo: old wall tiles from a renovation are odd, broken "
         "machine-made tiles; these 24 boxes hold about 600 hand-painted blue-and-white tiles numbered on the back "
         "in old ink, forming a panel of a hunting scene, chiselled from a quinta chapel near Sintra: an "
         "18th-century azulejo panel, cultural property whose export needs the Portuguese authorisation and the EU "
         "export licence, from Lisbon; European Portuguese wording (azulejo panels repeat in many sets; an "
         "'espólio' for heirs in Brazil was found in no earlier row by a keyword search)", {"importer_country": "BR"}),
        ("CUL-04", "import", "ESSEA01", "sea", "CO", [], "ES", "691390",
         "Menaje de trasteo a España, familia: artesanías de barro decorativas, 12 piezas", "CO", 18, 12, 240000,
         "COP",
         "a Colombian family's move ('trasteo') from Cali to Madrid: clay handicrafts are glossy, kiln-fired "
         "souvenirs; these twelve are grey-brown, mould-made figurines and heads with feline masks and headdresses, "
         "worn and with soil in the recesses, dug on the Pacific coast: Tumaco-La Tolita figures, archaeological "
         "objects Colombia forbids to export, at Valencia; Colombian Spanish wording (Tumaco objects repeat in "
         "blind21 and blind57; a 'trasteo' removal was found in no earlier row by a keyword search)",
         person("Sr. J. García", "ES")),
        ("CUL-05", "export", "SKROAD01", "road", "SK", ["CZ", "DE"], "CA", "442090",
         "Sťahovanie do Kanady: nábytok, knihy a ikona, kópia na dreve, 1 ks", "SK", 6, 1, 80, "EUR",
         "a family emigrating from Prešov to Toronto: a copy icon is a print or new paint on fresh board; this is a "
         "tempera panel on old lime wood with a carved frame, dowel holes, candle soot and a missing gilt nimbus, "
         "cut from the iconostasis of a wooden Greek-Catholic church in the Carpathians: a 17th-century icon, "
         "cultural property whose export needs the EU export licence, by road to Hamburg; Slovak wording (icons "
         "repeat in many sets; a Slovak emigration to Canada is the new part as far as a search found)",
         {"importer_country": "CA"}),
        ("CUL-06", "import", "DEAIR01", "air", "UZ", [], "DE", "691490",
         "Umzugsgut eines zurückkehrenden Ingenieurs aus Taschkent: Keramik-Pflanzgefäße, alt, 2 Stück", "UZ", 70,
         2, 150, "EUR",
         "a German engineer's air-freight removal from Tashkent: old ceramic planters are glazed pots; these two are "
         "unglazed, box-shaped clay chests with pitched lids, moulded with priests and fire altars, and held bone "
         "fragments: Sogdian ossuaries from the Zarafshan valley, archaeological objects over 250 years old "
         "imported without the export permit or the EU import licence, at Frankfurt; German wording (Sogdian "
         "ossuaries repeat in blind96, blind126, blind127 and others; kept as a repeat, a returning engineer's "
         "removal is the new part)", person("Herr K. Becker", "DE")),
        ("CUL-07", "export", "IESEA01", "sea", "IE", [], "AU", "820190",
         "Household effects (emigration to Perth): old iron farm tools, decorative, 6 pieces", "IE", 9, 6, 60,
         "EUR",
         "an Irish family emigrating to Perth: old farm tools are rusty forks and scythe blades; these six are "
         "a green-patinated bronze socketed axe, two flat axeheads and a 70 cm iron sword with a lobed pommel, "
         "found by the father with a detector on the Shannon callows: Bronze Age and Viking-age archaeological "
         "objects, which Irish law vests in the State and whose export needs a licence, from Dublin; Irish English "
         "wording (detector finds repeat in many sets; an Irish emigration removal is the new part as far as a "
         "search found)", {"importer_country": "AU"}),
        ("CUL-08", "import", "PLROAD01", "road", "BY", [], "PL", "490199",
         "Пераезд у Польшчу: асабістыя рэчы і старыя кнігі, 2 скрыні", "BY", 40, 2, 200, "EUR",
         "a Belarusian family settling in Białystok: old books in a removal are Soviet editions; these two boxes "
         "hold leather-bound Church Slavonic prints of the 16th and 17th centuries from Vilna and Kuteina presses "
         "and an Old Believer manuscript, with a district museum's inventory numbers scraped off: cultural property "
         "removed from Belarus without its export permit, imported at Bobrowniki; Belarusian wording (Belarusian "
         "goods repeat in many sets; Cyrillic early prints in a family removal from Belarus is the new part as far "
         "as a search found)", person("Anna Kowalska", "PL")),
        ("CUL-09", "import", "FRPOST01", "post", "TD", [], "FR", "691390",
         "Têtes en terre cuite, artisanat du Tchad, souvenir, 2 pièces", "TD", 2.4, 2, 40, "EUR",
         "a parcel from N'Djamena to a French soldier's family who served there: craft heads are smooth, new, "
         "uniform terracotta; these two are rough, sand-tempered heads with slit eyes, scarification bands and a "
         "broken neck, encrusted with earth: Sao terracottas from the Logone-Chari mounds, archaeological objects "
         "Chad forbids to export, by post; Chadian French wording (Sao terracottas repeat in blind51, blind53, "
         "blind78 and blind124; kept as a repeat, a souvenir parcel to a serviceman's family is the new part)",
         person("Mme Claire Martin", "FR")),
        ("CUL-10", "import", "SEAIR01", "air", "ER", [], "SE", "490199",
         "ኣቕሓ ስድራቤት ንምጥርናፍ (family reunification baggage): ናይ ጸሎት መጻሕፍቲ፣ ዝተጠቐምናሉ፣ 3", "ER", 9, 3,
         1500, "ERN",
         "baggage flown for a family joining relatives in Gothenburg: used prayer books are printed Ge'ez psalters; "
         "these three are parchment codices sewn between wooden boards, hand-written in two columns with red "
         "rubrics and painted saints, from a highland monastery: 17th- or 18th-century Ge'ez manuscripts, "
         "cultural property taken out of Eritrea without an export permit, at Landvetter; Tigrinya wording (Ge'ez "
         "manuscripts repeat in many sets and Tigrinya wording in several; kept as a repeat, family-reunification "
         "baggage is the new part)", person("Mr L. Nilsson", "SE")),
    ],
    "strategic": [
        ("STR-01", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "847330",
         "Переезд в Алматы: домашние вещи и компьютерная техника для личного пользования, 1 контейнер", "DE", 2400,
         None, 6000, "EUR",
         "a 'relocating' family's rail container from Duisburg for Almaty: a household's computers are one or two "
         "laptops; behind the furniture are 16 data-centre GPU accelerator boards of the latest generation, new, "
         "in anti-static bags, worth about 480,000 EUR, for an Almaty firm that resells to Moscow: Common High "
         "Priority items whose sale, supply or export for use in Russia is banned (Regulation 833/2014), through "
         "Russia itself; Russian wording (GPUs repeat in several sets; household goods on a rail removal to "
         "Kazakhstan is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "DEAIR01", "air", "DE", ["TR"], "IR", "490199",
         "Persönliche Habe einer heimkehrenden Doktorandin: Bücher, Laborhefte und gebrauchtes Laborzubehör, 3 Kisten",
         "DE", 90, 3, 300, "EUR",
         "a PhD graduate's unaccompanied baggage from Munich to Tehran via Istanbul: a chemist's books and notebooks "
         "are what such boxes hold; under them are 24 new stainless bellows-sealed valves and six capacitance "
         "manometers still in their makers' packs: nuclear-related dual-use goods (2A226, 2B230) whose export to "
         "Iran is banned; German wording (bellows-sealed valves repeat in several sets; a returning doctoral "
         "student's baggage is the new part as far as a search found)", {"importer_country": "IR"}),
        ("STR-03", "export", "LTROAD01", "road", "LT", [], "BY", "901310",
         "Асабістыя рэчы рабочага, які вяртаецца дадому: адзенне, інструмент, аптычныя прыцэлы для палявання, 6", "LT",
         60, 6, 600, "EUR",
         "a Belarusian builder going home from Vilnius by minibus at Medininkai: optical hunting scopes are glass "
         "tubes with a crosshair; these six are heavy, battery-powered units with germanium objective lenses and "
         "a thermal-imaging core: thermal weapon sights, military and dual-use goods whose export to Belarus is "
         "banned (Regulation 765/2006); Belarusian wording (thermal sights repeat in blind62 and riflescopes in "
         "blind61; a returning worker's personal effects at Medininkai is the new part as far as a search found)",
         {"importer_country": "BY"}),
        ("STR-04", "export", "PLSEA01", "sea", "PL", ["CN"], "KP", "940360",
         "Household effects of a returning diplomat, embassy staff, 1 x 40 ft container", "PL", 8000, None, 4000,
         "EUR",
         "a 40 ft 'household effects' container from Gdańsk routed through Dalian: a returning diplomat's effects "
         "are furniture and books; this one holds a Mercedes-Maybach, a grand piano, 60 cases of cognac and "
         "Swiss watches bought in Warsaw, for Pyongyang: luxury goods whose export to North Korea is banned "
         "(Regulation 2017/1509), with no diplomatic exemption for them; English wording (luxury goods for North "
         "Korea repeat in many sets and a diplomat once, in blind156; a diplomat's removal container from Gdańsk is "
         "the new part as far as a search found)", {"importer_country": "KP"}),
        ("STR-05", "export", "DESEA01", "sea", "DE", ["GE"], "AM", "870323",
         "Վերադարձ Հայաստան՝ անձնական գույք և երկու օգտագործված ավտոմեքենա", "DE", 5400, 2, 30000, "EUR",
         "an Armenian family's 'return home' shipment from Bremerhaven through Poti: two used family cars are worth "
         "a few thousand euros each; these are two 2055 Mercedes-Benz GLS with 800 km on the clock, bought the "
         "month before and already sold to a Moscow dealer: luxury cars over 50,000 EUR whose export for use in "
         "Russia is banned (Regulation 833/2014), circumvented through Armenia; Armenian wording (cars to Russia "
         "through the Caucasus repeat in several sets; a returning family's personal effects is the new part as far "
         "as a search found)", {"importer_country": "AM"}),
        ("STR-06", "export", "LVROAD01", "road", "LV", [], "RU", "851511",
         "Переезд в Россию: личные вещи, паяльная станция и запчасти для ремонта электроники", "LV", 45, None, 300,
         "EUR",
         "a Daugavpils family moving to Pskov by car at Terehova: a repairman's spare parts are a few hundred "
         "resistors and connectors; this car's boxes hold 3,000 microcontrollers and 400 FPGAs on reels, worth about "
         "90,000 EUR: Common High Priority items whose export to Russia is banned (Regulation 833/2014); Russian "
         "wording from Latvia (chips to Russia repeat in many sets and Terehova in a few; a family's move to Russia "
         "is the new part as far as a search found)", {"importer_country": "RU"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "EG", "380991",
         "Ausiliario per tintura tessile, agente disperdente, fusti da 200 kg, 20 fusti", "IT", 4000, 20, 10000,
         "EUR",
         "textile dispersing agents are viscous, coloured surfactant blends with a data sheet; these drums hold a "
         "clear, syrupy liquid with a faint sulphur smell and a drum print reading 'TDG 99 %': thiodiglycol, a "
         "Schedule 2 chemical whose transfer to a State not party to the Chemical Weapons Convention is banned and "
         "which needs an export licence, from Genoa to Alexandria for a 'dye house'; Italian wording (thiodiglycol "
         "repeats in many sets, under textile-auxiliary labels in some; kept as a repeat, to Egypt by sea is the "
         "new part as far as a search found)", {"importer_country": "EG"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "CN", "940360",
         "回国人员自用家具和家电, 旧, 1 批", "DE", 1600, 30, 2000, "EUR",
         "a Chinese engineer's return container from Stuttgart for Shanghai: used furniture and books are what "
         "returnees ship duty-free, but the third item's 'hobby woodworking turntable' is a 400 kg two-axis tilting "
         "rotary table with direct-drive motors and encoders, for five-axis machining centres: a dual-use machine-"
         "tool accessory (2B008) exported without the licence it needs, hidden as the last item of a three-item "
         "declaration from Hamburg; Chinese wording (rotary tables repeat in blind50, blind92 and blind101; a "
         "returnee's removal container is the new part as far as a search found)",
         dict({"importer_country": "CN"},
              _more_items=[item("490199", "书籍和个人资料, 12 箱", "DE", 240, 100, "EUR", qty=12),
                           item("846693", "业余木工转台 (旧), 1 台", "DE", 400, 300, "EUR", qty=1)])),
        ("STR-09", "import", "HRROAD01", "road", "RS", [], "HR", "850870",
         "Lične stvari, povratak s odmora u Nemačku: kućne potrepštine, delovi za usisivač, 12 kom", "RS", 22, 12, 60,
         "EUR",
         "a diaspora family driving back to Stuttgart after the holidays at Bajakovo: vacuum-cleaner spares are "
         "plastic tubes and brushes; these twelve oiled steel parts wrapped in rags are six receivers, four barrels "
         "and two bolt groups of Zastava M70 assault rifles: essential components of prohibited firearms imported "
         "without any authorisation; Serbian wording (Zastava parts repeat in blind141 and blind174; a returning "
         "holiday car's personal effects is the new part as far as a search found)", person("Dragan Petrović", "DE")),
        ("STR-10", "import", "DESEA01", "sea", "US", [], "DE", "842123",
         "Household goods, used, relocation: garage and workshop items, automotive fuel filter kits, 6", "US", 9, 6,
         300, "USD",
         "an American family's relocation container for Wiesbaden: automotive fuel filters are paper elements in "
         "a canister; these six are machined aluminium tubes with threaded end caps, stacked cups and a 1/2-28 "
         "adapter, some cups already drilled: 'solvent traps', firearm silencer parts imported without "
         "authorisation, at Bremerhaven; US English wording (solvent traps repeat in blind12, blind24, blind58, "
         "blind59 and blind60, under fuel-filter labels in blind24, blind144 and dev5-b; kept as a repeat, a "
         "relocation container is the new part)",
         person("Herr K. Becker", "DE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "DESEA01", "sea", "VN", [], "DE", "940360",
         "Đồ dùng gia đình cá nhân khi chuyển sang Đức: tủ thờ và bộ bàn ghế gỗ cũ, 1 container", "VN", 7200, 20,
         6000, "USD",
         "a Vietnamese family's 'household' container from Haiphong for Berlin: a household's altar cabinet is one "
         "piece; this container holds 14 altar cabinets and six sofa sets of dense, oily, purple-red wood with a "
         "rose scent, new and for Dong Xuan Center shops: Siamese rosewood (gỗ trắc, Dalbergia cochinchinensis, "
         "CITES App. II) in commercial quantity without CITES documents, at Hamburg; Vietnamese wording (gỗ trắc "
         "repeats in dev8-b and dev12-b and Siamese rosewood in many sets; an altar cabinet in a household move is "
         "the new part as far as a search found)", person("Trần Văn Minh", "DE")),
        ("WLF-02", "import", "ESAIR01", "air", "BO", [], "ES", "920290",
         "Encomienda para la familia en Madrid: charangos artesanales, 12 unidades", "BO", 9, 12, 2400, "BOB",
         "a Bolivian family's air-cargo parcel for relatives in Madrid: craft charangos have carved wooden bodies; "
         "these twelve have backs of real, banded, hairy armadillo shell: quirquincho (Chaetophractus nationi, "
         "CITES App. II, zero export quota) without CITES documents, for resale at Andean festivals, at Barajas; "
         "Bolivian Spanish wording (charangos repeat once, blind125, behind quinoa; a family parcel is the new part "
         "as far as a search found)", person("Maria Lopez", "ES")),
        ("WLF-03", "import", "FRSEA01", "sea", "GB", [], "FR", "430390",
         "Succession de mon père (Hampshire) : mobilier et tapis décoratifs, 3", "GB", 28, 3, 300, "EUR",
         "a daughter in Rouen receiving her late father's furniture from England: decorative rugs are woven wool; "
         "one of these three is a whole striped skin with a mounted head, glass eyes and a 1930s Calcutta "
         "taxidermist's label: a tiger skin (Panthera tigris, CITES App. I) without the pre-Convention or antique "
         "certificate and import permit it needs, at Le Havre; French wording (tiger rugs repeat, blind164 under a "
         "faux-fur label; kept as a repeat, an inheritance from England after Brexit is the new part)",
         person("Mme L. Dupont", "FR")),
        ("WLF-04", "import", "PTSEA01", "sea", "BR", [], "PT", "940360",
         "Mudança de retorno: móveis antigos de família em imbuia, 1 lote", "BR", 900, 8, 4000, "BRL",
         "a returning family's container from Salvador for Lisbon: imbuia furniture is golden-brown, lightly "
         "figured and light; these eight pieces are heavy, chocolate-brown with black streaks, oily and smell of "
         "roses, made in the 2000s: Brazilian rosewood (jacarandá-da-bahia, Dalbergia nigra, CITES App. I) without "
         "CITES documents or a pre-Convention certificate, at Leixões; Brazilian Portuguese wording (Dalbergia "
         "nigra repeats in several sets and imbuia once, blind60; a family's return removal is the new part as far "
         "as a search found)", person("João Pereira", "PT")),
        ("WLF-05", "import", "BEAIR01", "air", "CD", [], "BE", "030549",
         "Colis familial: mpiodi fumé (chinchard), 24 kg", "CD", 24, None, 120, "USD",
         "a family parcel flown from Kinshasa to a Matonge household: smoked horse mackerel is whole, oily, silver "
         "fish blackened by smoke; these 24 kg are smoked, scaly forelimbs and tails and the dark, clawed hands and "
         "tails of small monkeys: white-bellied pangolin (CITES App. I) and guenon (App. II) bushmeat without CITES "
         "documents, at Zaventem; Congolese French and Lingala wording (bushmeat repeats in several sets and "
         "smoked-fish labels in many; an mpiodi label was found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("WLF-06", "import", "NLSEA01", "sea", "ID", [], "NL", "930700",
         "Barang pindahan keluarga ke Belanda: keris pusaka, warisan keluarga, hulu kayu, 4 bilah", "ID", 6, 4, 400,
         "USD",
         "a Dutch-Indonesian family's removal from Yogyakarta to The Hague: heirloom keris have hilts of carved "
         "wood; these four have hilts of cream, cross-hatched ivory and sheaths faced with mottled tortoiseshell: "
         "elephant ivory and hawksbill (CITES App. I) without CITES documents, at Rotterdam; Indonesian wording "
         "(keris repeat once, blind97; kept as a repeat, a family removal to the Netherlands is the new part)",
         person("M. Bakker", "NL")),
        ("WLF-07", "import", "IEAIR01", "air", "CN", [], "IE", "300490",
         "留学生行李托运: 中成药 (清热解毒丸), 30 盒", "CN", 6, 30, 900, "CNY",
         "a Chinese student's checked-through baggage for Dublin: patent heat-clearing pills are brown honey pills; "
         "these 30 boxes hold vials of a bitter, greenish-yellow crystal powder labelled 熊胆粉 inside: bear bile "
         "(Ursus thibetanus, CITES App. I) without CITES documents, at Dublin airport; Chinese wording (bear bile "
         "repeats in many sets; a student's baggage to Ireland is the new part as far as a search found)",
         person("Emma Jones", "IE")),
        ("WLF-08", "export", "DESEA01", "sea", "DE", [], "HK", "442090",
         "Umzugsgut einer nach Hongkong zurückkehrenden Familie: Möbel und Knochenschnitzereien, 12 Stück", "DE",
         60, 12, 600, "EUR",
         "a Hong Kong family's return removal from Hamburg: bone carvings are chalky, with dark pores and no grain; "
         "these twelve figures are creamy, heavy and show Schreger lines in the base cuts, carved in the 1990s: "
         "elephant ivory (CITES App. I) exported without the pre-Convention certificate it would need, which the "
         "Union no longer issues for raw or recent worked ivory; German wording (ivory under bone labels repeats in "
         "many sets; kept as a repeat, a returning family's removal to Hong Kong is the new part)",
         {"importer_country": "HK"}),
        ("WLF-09", "import", "ITSEA01", "sea", "SN", [], "IT", "050790",
         "Effets personnels, déménagement vers Brescia : décorations murales en résine, 3 pièces", "SN", 8, 3, 60,
         "EUR",
         "a Senegalese worker's removal from Dakar to Brescia: resin wall decorations are moulded, light and "
         "identical; these three are real shells with overlapping, amber-and-brown mottled plates, 60 cm long: "
         "hawksbill turtle carapaces (Eretmochelys imbricata, CITES App. I) without CITES documents, at Genoa; "
         "Senegalese French wording (turtle carapaces repeat in several sets; a resin-decoration label in a worker's "
         "removal is the new part as far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("WLF-10", "import", "NLAIR01", "express", "ID", [], "NL", "051199",
         "Cicak kering untuk jamu, 2 kg", "ID", 2, None, 40, "USD",
         "dried house geckos for herbal tonic are small, pale, a few grams each; these are 200 large, grey-blue, "
         "orange-spotted lizards split on bamboo sticks: tokay geckos (Gekko gecko, CITES App. II) without CITES "
         "documents, sent by express from Surabaya to a private person in Amsterdam; Indonesian wording (tokay "
         "geckos repeat in many sets; a house-gecko (cicak) jamu label is the new part as far as a search found)",
         person("Particulier", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "air", "VN", "CZ", "284700",
     "Hydrogen peroxide 35 %, 6 x 1 l, for a licensed private user (garden pond care)", "VN", 6.8, 6, 60, "EUR",
     [("PRECURSOR_LICENCE", "CZ-MPO-56-0144")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "IESEA01", "sea", "US", "IE", "280700",
     "Sulphuric acid 93 %, 6 x 1 qt, among a returning resident's effects, for a licensed private user", "US", 10.5,
     6, 60, "USD", [("PRECURSOR_LICENCE", "IE-DOJ-56-0031")],
     "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ESSEA01", "sea", "DO", "ES", "854911",
     "Waste lead-acid batteries (16 06 01*), collected in Santo Domingo, for a licensed secondary-lead smelter, 20 t",
     "DO", 20000, None, 0, "EUR", [("BASEL_CONSENT", "ES-MITECO-56-0212")],
     "notified lead-acid batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "FRSEA01", "sea", "GN", "FR", "854913",
     "Waste lithium-ion batteries from e-bikes and scooters (16 06 05), for a licensed recycler, 8 t", "GN", 8000,
     None, 0, "EUR", [("BASEL_CONSENT", "FR-MTE-56-0087")], "notified waste batteries to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290377",
     "Recovered dichlorodifluoromethane (CFC-12), 40 cylinders, for destruction at a licensed facility", "US", 540,
     40, 0, "USD", [("ODS_LICENCE", "NL-ILT-ODS-56-011")], "CFC-12 imported for destruction under a licence"),
    ("PRM-06", "ozone", "import", "PTAIR01", "air", "US", "PT", "290373",
     "1,1-Dichloro-1-fluoroethane (HCFC-141b), analytical reference standard, 4 x 1 ml, for laboratory use", "US",
     0.05, 4, 400, "USD", [("ODS_LICENCE", "PT-APA-ODS-56-004")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "GRSEA01", "sea", "GR", "AU", "970610",
     "Geometric pyxis, Attic, c. 750 BC, in a documented collection since 1961, for a Melbourne museum loan", "GR",
     3, 1, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "GR-YPPO-EXP-56-0042")],
     "antiquity exported with the Greek permit and the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "691490",
     "Azulejo panel, blue and white, 48 tiles, Lisbon, c. 1740, from a documented family collection", "PT", 90, 48,
     45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-56-0118")],
     "tile panel exported with the Portuguese authorisation and the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "CN", "846693",
     "Two-axis tilting rotary table for five-axis machining, 1 unit, for a named Chinese mould maker", "DE", 420, 1,
     86000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-56-1187"), ("END_USER_CERTIFICATE", "CN-MOFCOM-EUC-56-0231")],
     "dual-use rotary table under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "IN", "848180",
     "Bellows-sealed valves, stainless, 24 units, for an Indian university vacuum laboratory", "DE", 60, 24, 31000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-56-1302"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-56-0415")],
     "dual-use valves under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "VN", "DE", "940360",
     "Altar cabinet, Siamese rosewood (Dalbergia cochinchinensis), 1 piece, with the Vietnamese CITES export permit",
     "VN", 180, 1, 3000, "USD", [("CITES_PERMIT", "VN-CITES-56-0733")], "App. II rosewood with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "GB", "FR", "430390",
     "Tiger-skin rug, 1931, with a UK antique certificate and the EU import permit", "GB", 12, 1, 8000, "GBP",
     [("CITES_PERMIT", "FR-CITES-56-0192")], "App. I worked specimen with its antique certificate and import permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Private individual", "PRM-03": "Rivage Reciclaje de Plomo SL",
    "PRM-05": "Atlantic Destructie BV", "PRM-11": "Privatperson", "PRM-12": "Mme Claire Martin",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("310520", "NPK seedling fertiliser, water-soluble, 2.5 kg bags", "import", ["road"], ["UA", "RS"], (1.5, 3), (2000, 8000), ["EUR"], 0.4, S),
    ("170220", "Maple syrup, Grade A, 1 l jugs", "import", ["sea"], ["CA", "US"], (8, 14), (2000, 6000), ["USD", "CAD"], 0.7, S),
    ("691390", "Clay diyas (oil lamps), handmade, boxed", "import", ["air"], ["IN"], (4, 8), (100, 500), ["USD"], 10, S),
    ("900691", "Vintage camera accessories and flash guns, collectors' items", "import", ["post"], ["CH", "GB"], (40, 90), (1, 3), ["CHF", "GBP"], 2, S),
    ("110814", "Tapioca starch (polvilho), 1 kg bags", "import", ["sea"], ["BR", "TH"], (1.2, 2.5), (4000, 12000), ["USD"], 1, S),
    ("282890", "Household bleach, sodium hypochlorite 4.5 %, 4 l", "import", ["road"], ["TR"], (0.4, 0.8), (8000, 18000), ["EUR"], 0.25, S),
    ("330430", "Acetone-free nail polish remover, 100 ml", "import", ["express"], ["TH", "KR"], (15, 30), (1, 3), ["USD"], 8, S),
    ("330590", "Pomelo-peel hair tonic, 250 ml", "import", ["air"], ["VN"], (8, 14), (100, 500), ["USD"], 4, S),
    ("271019", "Vacuum pump oil, mineral, 1 l", "import", ["road"], ["GB", "CH"], (4, 8), (500, 2000), ["EUR", "GBP"], 1.1, S),
    ("820559", "Carpenters' hand tools, used, collectors'", "import", ["road"], ["NO"], (3, 8), (200, 1000), ["NOK", "EUR"], 0.5, S),
    ("630900", "Used clothing, sorted for reuse, bales", "export", ["sea"], ["DO", "CV"], (0.5, 1), (6000, 14000), ["EUR"], None, S),
    ("940360", "Used household furniture, removal goods", "export", ["sea"], ["MA", "TR"], (0.3, 0.8), (2000, 8000), ["EUR"], None, S),
    ("850760", "E-bike batteries, new, lithium-ion, 36 V", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 0.3, S),
    ("681182", "Fibre-cement roof sheets, asbestos-free, new", "export", ["road"], ["AL", "RS"], (0.3, 0.6), (12000, 22000), ["EUR"], None, S),
    ("902580", "Reproduction aneroid barometers, new", "export", ["sea"], ["PE", "CL"], (20, 40), (200, 800), ["EUR"], 0.5, S),
    ("370790", "Photographic developer and fixer concentrates, new, sealed", "export", ["sea"], ["TN", "MA"], (2, 4), (1000, 4000), ["EUR"], None, S),
    ("847130", "Laptops, new, boxed", "export", ["sea"], ["NG", "GH"], (30, 60), (1000, 4000), ["EUR"], 0.4, S),
    ("711299", "Silver-bearing jewellers' sweepings, dry, assayed", "export", ["air"], ["CH", "IN"], (80, 200), (100, 500), ["EUR"], None, S),
    ("280440", "Technical oxygen in 10 l cylinders", "import", ["road"], ["RS", "BA"], (2, 4), (1000, 4000), ["EUR"], 0.1, S),
    ("841869", "Wine-cellar cooling units, new, R-290", "import", ["sea"], ["ZA", "CN"], (10, 20), (1000, 4000), ["USD"], 0.03, S),
    ("340290", "Air-conditioner coil cleaner, alkaline foam, aerosol", "import", ["air"], ["IN", "TR"], (3, 6), (200, 1000), ["USD"], 2, S),
    ("130190", "Asafoetida (hing), compounded, 100 g tins", "import", ["air"], ["IN"], (10, 20), (100, 600), ["USD"], 10, S),
    ("382499", "Stamp watermark fluid, hydrofluoroether, 4 oz", "import", ["express"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 8, S),
    ("842410", "FM-200 clean-agent marine extinguishers, new", "import", ["sea"], ["AE", "CN"], (15, 30), (500, 2000), ["USD"], 0.1, S),
    ("841830", "Used chest freezers, R-600a, tested", "export", ["sea"], ["SR", "GH"], (1, 2), (2000, 6000), ["EUR"], 0.02, S),
    ("271112", "Propane in refillable 11 kg cylinders", "import", ["road"], ["TR", "MK"], (1.2, 2), (3000, 9000), ["EUR"], None, S),
    ("442090", "Rice-god replicas, new carving", "import", ["sea"], ["PH", "ID"], (3, 6), (1000, 4000), ["USD"], 1, S),
    ("691390", "Decorative ceramics, new, Greek folk style", "export", ["sea"], ["AU", "US"], (4, 8), (1000, 4000), ["EUR"], 1, S),
    ("691490", "Reproduction azulejo tile panels, new, hand-painted", "export", ["sea"], ["BR", "US"], (8, 15), (1000, 4000), ["EUR"], 5, S),
    ("691390", "Pre-Columbian-style clay figurines, new craft", "import", ["post"], ["CO", "EC"], (20, 40), (1, 3), ["USD"], 4, S),
    ("442090", "Icons on wood, new, hand-painted", "export", ["post"], ["CA", "US"], (40, 80), (1, 3), ["EUR"], 2, S),
    ("691490", "Ceramic planters, new, Rishtan style", "import", ["sea"], ["UZ", "TR"], (1, 3), (2000, 6000), ["USD"], 0.5, S),
    ("490199", "Facsimile editions of early Cyrillic printed books", "import", ["road"], ["BY", "UA"], (6, 12), (100, 600), ["EUR"], 1, S),
    ("820190", "Garden hand tools, forged, new", "export", ["sea"], ["AU", "NZ"], (3, 6), (1000, 4000), ["EUR"], 1, S),
    ("848180", "Stainless ball valves, industrial, new", "export", ["air"], ["TR", "IN"], (20, 40), (200, 1000), ["EUR"], 0.5, S),
    ("900510", "Binoculars, roof prism, 10x42", "import", ["sea"], ["CN", "JP"], (20, 40), (1000, 3000), ["USD"], 1.2, S),
    ("920120", "Grand pianos, new", "export", ["sea"], ["KR", "JP"], (20, 40), (1000, 4000), ["EUR"], 0.002, S),
    ("870323", "Used family cars, petrol, with roadworthiness certificate", "export", ["sea"], ["AM", "GE"], (3, 6), (4000, 9000), ["EUR"], 0.0007, S),
    ("380991", "Textile dispersing agents, drums", "export", ["sea"], ["EG", "TR"], (1.5, 3), (8000, 16000), ["EUR"], None, S),
    ("846693", "Machine vices and manual indexing heads", "export", ["sea"], ["IN", "TR"], (6, 12), (1000, 4000), ["EUR"], 0.1, S),
    ("842123", "Automotive fuel filters, new", "import", ["sea"], ["US", "CN"], (6, 12), (2000, 6000), ["USD"], 2, S),
    ("940360", "Altar cabinets, acacia wood, new", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 0.02, S),
    ("920290", "Charangos, wooden body, new", "import", ["air"], ["BO", "PE"], (30, 60), (100, 400), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and every eighth set since, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481910", "Corrugated cardboard moving boxes, flat-packed", "import", ["road"], ["TR", "UA"], (0.8, 1.4), (6000, 14000), ["EUR"], 0.8, N),
        ("391910", "Self-adhesive packing tape, polypropylene, rolls", "import", ["sea"], ["CN", "VN"], (2, 3.5), (3000, 8000), ["USD"], 4, N),
        ("392329", "Vacuum storage bags for clothes", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 6, N),
        ("630790", "Luggage straps with combination lock, polyester", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind180", 20560301, HERE)


if __name__ == "__main__":
    main()
