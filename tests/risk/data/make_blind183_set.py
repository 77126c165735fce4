#!/usr/bin/env python3
"""Writes the hundred-and-eighty-third blind set (tests/risk/data/blind183-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2056, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: motor vehicles and their parts
(used-car exports on car carriers and ro-ro ships, salvage auctions, spare-parts dealers
and lorries, tyre, car-wash, detailing and workshop supplies, vehicle conversions,
emission-delete tuning, classic cars and their accessories).
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
ordinary table; vehicles appear there only as exports, since an imported car carries its
air-conditioning charge. Disguised rows carry a consignee name only where a real
declaration would. Ro-ro ships, car carriers and ferries are declared, as in the earlier
sets, on the sea mode. Ids are BL183-*:

    python3 tests/risk/data/make_blind183_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2056, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2056
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GRROAD01", "road", "MK", [], "GR", "701820",
         "Стаклени микросфери за балансирање на гуми за камиони, кеси од 1 кг, 400 кеси", "MK", 400, 400, 1600,
         "EUR",
         "tyre-balancing media for lorry tyres are glass or ceramic microspheres: hard, round, free-flowing beads "
         "that roll like sand, do not dissolve and do nothing on a hot plate; these 400 bags hold a fine, white, "
         "crystalline powder that cakes, dissolves slowly in hot water, flares on a hot plate and whose inner liners "
         "read 'KClO4', for a Thessaloniki tyre-and-parts web shop that sells 1 kg bags to drivers: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, in a van at Evzonoi; Macedonian "
         "wording (potassium perchlorate repeats in many sets; a tyre-balancing label was found in no earlier row by "
         "a keyword search, only balancing weights as lead waste in blind134)",
         firm("Orion Elastika AE", "GR")),
        ("PRE-02", "import", "SEROAD01", "road", "NO", [], "SE", "283630",
         "Natron blåsemiddel (natriumbikarbonat) for sodablåsing av veteranbiler, sekker à 25 kg, 480 sekker", "NO",
         12000, 480, 84000, "NOK",
         "soda-blasting media for stripping the paint of classic cars is sodium bicarbonate: a soft, white, "
         "salty-tasting powder of fine angular grains that fizzes at once in vinegar; these 480 sacks hold round, "
         "hard, white prills that do not fizz, turn ice-cold in water, test at 34 % N and melt and fume on a hot "
         "plate, for a Gothenburg restoration-supplies web shop that sells sacks to hobby restorers: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at Svinesund; "
         "Norwegian wording (ammonium nitrate repeats in many sets and baking-soda labels in a few, on other goods; "
         "a soda-blasting label for veteran cars was found in no earlier row by a keyword search)",
         firm("Vega Veteranbil AB", "SE")),
        ("PRE-03", "import", "HRROAD01", "road", "BA", [], "HR", "310210",
         "AdBlue, vodeni rastvor uree 32,5 % (ISO 22241), kanisteri 10 l, 600 komada", "BA", 6540, 600, 4800, "EUR",
         "AdBlue is a clear, slightly ammonia-smelling urea solution of 1.09 kg/l in sealed canisters with a "
         "spout; these 600 canisters have vented caps, hold a liquid of 1.13 kg/l that does not smell of ammonia, "
         "foams on a rag, whitens the skin and reads 35 % on a peroxide strip, for a chain of Dalmatian petrol "
         "stations that sells them to motorists: hydrogen peroxide (Annex I above 12 %) retail-packed for members "
         "of the public, on a lorry at Nova Sela; Bosnian wording (hydrogen peroxide repeats in many sets and AdBlue "
         "labels in several, all on urea or ammonium nitrate; AdBlue liquid as a cover for peroxide was found in no "
         "earlier row by a keyword search)", firm("Rivage Benzinske Postaje d.o.o.", "HR")),
        ("PRE-04", "import", "CYSEA01", "sea", "LB", [], "CY", "381900",
         "زيت فرامل DOT 4 للسيارات، عبوات 1 ليتر، 2400 عبوة", "LB", 2520, 2400, 3600, "USD",
         "DOT 4 brake fluid is an amber glycol-ether liquid of 1.05 kg/l that smells faintly sweet and mixes with "
         "water without heat; these 2,400 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot with a "
         "drop of water, chars a paper towel black and eats the tin foil under the caps, for a Limassol spare-parts "
         "shop that sells to drivers: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of "
         "the public, by sea from Beirut; Lebanese Arabic wording (sulphuric acid repeats in many sets; a DOT 4 "
         "label appears once, blind108, on an ozone-depleting substance; a brake-fluid label on sulphuric acid was "
         "found in no earlier row by a keyword search)", firm("Central Auto Spares Ltd", "CY")),
        ("PRE-05", "import", "IEAIR01", "express", "AU", [], "IE", "381119",
         "Lead replacement fuel additive (valve saver) for classic cars, 6 x 1 L", "AU", 6.8, 6, 180, "AUD",
         "lead-replacement additives for classic cars are light, oily, petrol-smelling liquids of about 0.85 kg/l "
         "based on potassium or manganese compounds, dosed a few millilitres per tank; these six litres weigh "
         "1.14 kg/l, sink under petrol, smell faintly fruity and the filler's drum label copied onto the invoice "
         "reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Melbourne to a private classic-car "
         "owner in Cork, although flammable liquids travel by express only as declared dangerous goods; Australian "
         "English wording (nitromethane repeats in many sets under octane-booster, racing-fuel and brake-cleaner "
         "labels; a valve-saver label was found in no earlier row by a keyword search)",
         person("Mr D. Murphy", "IE")),
        ("PRE-06", "import", "PTSEA01", "sea", "BR", [], "PT", "340250",
         "Pó desengraxante para lavagem de caminhões e ônibus (TFR), baldes de 5 kg, 4.000 baldes", "BR", 20000,
         4000, 14000, "USD",
         "traffic-film-remover powder for lorry washes is an alkaline, soapy, blue-speckled powder that feels "
         "slippery when wet and foams in a bucket; these 4,000 buckets hold colourless, glassy crystals that do not "
         "foam, taste cool and salty, draw damp and flare on a hot plate, with 'clorato de sódio 99 %' on the inner "
         "bags, for a Porto car-wash supplies chain that sells 5 kg buckets over the counter: sodium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Santos to Leixões; Brazilian "
         "Portuguese wording (sodium chlorate repeats in many sets; a truck-wash TFR label was found in no earlier "
         "row by a keyword search)", firm("Atlântico Lavagem Auto Lda", "PT")),
        ("PRE-07", "import", "PLPOST01", "post", "KR", [], "PL", "284610",
         "자동차 앞유리 연마용 산화세륨 분말, 1kg x 3봉", "KR", 3, 3, 45000, "KRW",
         "cerium-oxide glass polish is a very dense (about 7 g/cm3), pinkish-buff, talc-fine powder that does not "
         "dissolve, so a 1 kg bag is small and heavy; these three 1 kg bags are twice the size, hold white, glossy "
         "crystals that dissolve in hot water and spit sparks on a hot plate, and the inner bags read CAS 3811-04-9: "
         "potassium chlorate (Annex I above 40 %), posted from Incheon to a private person in Łódź who 'polishes "
         "windscreens'; Korean wording (potassium chlorate repeats in many sets; cerium-oxide labels appear twice, on "
         "waste and on magnesium powder, and a windscreen-polish cover was found in no earlier row by a keyword "
         "search)", person("Anna Kowalska", "PL")),
        ("PRE-08", "import", "SKROAD01", "road", "UA", [], "SK", "382499",
         "Порошок для очищення радіаторів вантажівок від накипу, відра 1 кг, 1 200 шт.", "UA", 1200, 1200, 2400,
         "EUR",
         "radiator descaling powders for lorry cooling systems are citric or sulphamic acid: sour, white granules "
         "that fizz on limescale and taste sharp; these 1,200 tubs hold white, hygroscopic crystals that are not "
         "acid on a pH strip, do not fizz on chalk, and burn brightly mixed with sugar on a hot plate, and the "
         "supplier's sacks in the same van read 'NaClO4': sodium perchlorate (Annex I above 40 %), for a Košice "
         "parts shop that sells tubs to drivers, on a van at Vyšné Nemecké; Ukrainian wording (sodium perchlorate "
         "repeats in many sets; a radiator-descaler label was found in no earlier row by a keyword search)",
         firm("Delta Autodiely s.r.o.", "SK")),
        ("PRE-09", "import", "NLAIR01", "air", "JP", [], "NL", "340290",
         "濃縮カーシャンプー 1L、200本", "JP", 210, 200, 120000, "JPY",
         "a car-detailing air shipment for a Utrecht shop that sells to enthusiasts: concentrated car shampoo and "
         "microfibre cloths are what Japanese detailing brands sell, but the third item's 'ウォータースポット除去剤 "
         "(酸性)' are 120 one-litre bottles of a pale-yellow liquid of 1.40 kg/l that fumes brown when opened, "
         "yellows the skin and eats into a copper coin, where water-spot removers are mild, odourless acids of "
         "about 1.0 kg/l: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, hidden "
         "as the last item of a three-item declaration, flown from Tokyo to Amsterdam; Japanese wording (nitric "
         "acid repeats in many sets, and car-care covers in a few (a rust converter for vintage motorcycles, an "
         "aluminium wheel cleaner in a development set); a water-spot-remover label was found in no earlier row by "
         "a keyword search)",
         dict(firm("Horizon Detailing BV", "NL"),
              _more_items=[item("630710", "マイクロファイバークロス 40×40cm、2,000枚", "JP", 120, 180000, "JPY", qty=2000),
                           item("340290", "ウォータースポット除去剤 (酸性)、1L、120本", "JP", 126, 60000, "JPY", qty=120)])),
        ("PRE-10", "import", "ROSEA01", "sea", "GE", [], "RO", "340290",
         "საქარე მინის საწმენდი სითხე, ზაფხულის კონცენტრატი, 5 ლ, 800 ცალი", "GE", 4000, 800, 3200, "EUR",
         "summer screenwash concentrate is a blue or green, alcohol- and detergent-smelling liquid of about 1.0 "
         "kg/l that foams when shaken; these 800 canisters have vented caps, hold a colourless, odourless liquid of "
         "1.20 kg/l that does not foam on shaking but froths on a rag, whitens the skin and reads 50 % on a peroxide "
         "strip, for a Constanța car-parts chain that sells canisters to drivers: hydrogen peroxide (Annex I above "
         "12 %) retail-packed for members of the public, by ro-ro ferry from Poti to Constanța; Georgian wording "
         "(hydrogen peroxide repeats in many sets; screenwash labels appear twice, on a strategic glycol ether and "
         "on waste; a screenwash label on peroxide was found in no earlier row by a keyword search)",
         firm("Central Piese Auto SRL", "RO")),
    ],
    "waste": [
        ("WST-01", "import", "PLSEA01", "sea", "CA", [], "PL", "870323",
         "Véhicules de promenade d'occasion, réparables, années-modèles 2052-2055, 8 unités", "CA", 13200, 8, 32000,
         "CAD",
         "repairable salvage cars bought at Canadian insurance auctions are declared 'reconstructible' and travel "
         "with their fluids and a damage report; these eight, in two containers from Montréal, carry Québec "
         "'VGA irrécupérable' brands (severely damaged vehicles that may only be dismantled), have silt and a "
         "waterline from a spring flood, corroded wiring, leaking fuel, oil and coolant and starter batteries still "
         "fitted: end-of-life vehicles (16 01 04*), hazardous waste imported from an OECD country without the "
         "notification and consent that such a shipment needs (Regulation 2024/1157), landed at Gdynia for a "
         "Białystok 'repair' dealer; Québec French wording (end-of-life vehicles repeat in many sets, and American "
         "non-repairable salvage cars through Klaipėda in blind168; kept as a repeat of that family, Québec "
         "'irrécupérable' brands into Gdynia were found in no earlier row by a keyword search)",
         firm("Baltic Auto Import Sp. z o.o.", "PL")),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "AL", "731100",
         "Serbatoi GPL toroidali per autotrazione, usati, bonificati e collaudati, 600 pezzi", "IT", 12000, 600,
         3000, "EUR",
         "reusable autogas tanks carry a type-approval plate, a manufacturing date within their ten-year life, a "
         "degassing certificate and closed, capped valves; these 600 toroidal tanks, taken out of cars converted "
         "back to petrol or scrapped in Emilia-Romagna, are past their ten-year life, dented and rusted at the "
         "straps, have their multivalves torn off and hiss and smell of mercaptan when tilted (several still hold "
         "LPG): gases in pressure containers containing hazardous substances (16 05 04*), hazardous waste whose "
         "export to a non-OECD country is banned, by ferry from Bari to Durrës for a Tirana 'autogas workshop'; "
         "Italian wording (pressure containers repeat in a few sets as aerosols and gas bottles; used autogas "
         "tanks were found in no earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-03", "export", "HRROAD01", "road", "HR", [], "RS", "842139",
         "Obnovljeni filtri čestica (DPF), očišćeni i ispitani, 450 komada", "HR", 4500, 450, 9000, "EUR",
         "reconditioned diesel particulate filters are thermally cleaned, flow-tested, boxed units with a test "
         "print and fresh seals; these 450, cut out of vans and cars in Zagreb tuning workshops during 'DPF "
         "delete' remaps, are black inside, packed with soot and grey lubricant ash that dusts out when tapped, "
         "with cracked substrates and cut pipes, loose in gaylords: hazardous components removed from vehicles "
         "(16 01 21*), hazardous waste whose export to a non-OECD country is banned, at Bajakovo for a Novi Sad "
         "'filter regenerator'; Croatian wording (particulate filters were found in no earlier waste row by a "
         "keyword search)", {"importer_country": "RS"}),
        ("WST-04", "export", "SESEA01", "sea", "SE", [], "GH", "281512",
         "Natronlut 25 %, återvunnen, för tvåltillverkning, IBC, 20 t", "SE", 20000, None, 1000, "EUR",
         "recovered caustic soda lye for soap makers is a clear, colourless, slippery solution with an analysis; "
         "these IBCs hold a grey-brown, opaque slurry with paint flakes, rust and undercoat lumps in the bottom, "
         "smelling of solvent, that reads several per cent lead and chromium from old car paints, pumped from the "
         "dip-stripping tanks of a Småland car-body restoration works: waste from paint removal containing "
         "hazardous substances (08 01 17*) and spent alkali, hazardous waste whose export to a non-OECD country is "
         "banned, from Gothenburg to Tema for a 'soap maker'; Swedish wording (paint waste and spent caustic repeat "
         "in several sets; dip-stripping sludge from car-body restoration was found in no earlier row by a keyword "
         "search)", {"importer_country": "GH"}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "BJ", "870323",
         "Tweedehands personenwagens, rijklaar, met papieren, 4 stuks", "BE", 5200, 4, 9600, "EUR",
         "a ro-ro consignment for Cotonou: roadworthy used cars with papers and a used minibus are what Antwerp "
         "and Zeebrugge exporters ship to Benin, but the third item's 'autoradio's en navigatieschermen, getest' "
         "are two tonnes of car radios, navigation screens, amplifiers and instrument clusters pulled from "
         "scrapped cars, with cracked LCD panels and cold-cathode backlights, broken connectors and no test "
         "labels, loaded inside the minibus: waste electrical equipment with hazardous components (16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Zeebrugge; Flemish wording (e-waste inside used vehicles repeats from the first blind "
         "set on, and car navigation units once as a strategic cover, blind87; car audio and navigation units as waste "
         "behind a ro-ro load were found in no earlier row by a keyword search)",
         dict({"importer_country": "BJ"},
              _more_items=[item("870210", "Tweedehands minibus, 14 zitplaatsen, 1 stuk", "BE", 2600, 3500, "EUR", qty=1),
                           item("852721", "Autoradio's en navigatieschermen, tweedehands, getest, 2 t", "BE", 2000, 1200, "EUR")])),
        ("WST-06", "export", "HUROAD01", "road", "HU", ["SI", "IT", "FR", "ES", "MA", "MR", "SN"], "ML", "870323",
         "Raliautók a Budapest-Bamako jótékonysági ralira, ideiglenes kivitel, 12 db", "HU", 13200, 12, 12000,
         "EUR",
         "cars entered in the Budapest-Bamako charity rally are driven out under their own power with a "
         "registration, insurance and a team name, and are declared for temporary export; these twelve arrive on "
         "two car transporters, have no plates, cracked engine blocks, leaking oil, brake fluid and coolant, "
         "missing doors and batteries in the boot, and the Bamako 'rally contact' is a scrap buyer: end-of-life "
         "vehicles (16 01 04*), hazardous waste whose export to a non-OECD country is banned, on lorries from "
         "Budapest through Slovenia, Italy, France, Spain, Morocco, Mauritania and Senegal; Hungarian wording "
         "(end-of-life vehicles repeat in many sets, Bamako only as a destination of other goods, and rally covers in "
         "ozone and strategic rows (rally trucks under an ATA carnet in blind174); a charity rally to Bamako as a cover "
         "for end-of-life vehicles was found in no earlier row by a keyword search)", {"importer_country": "ML"}),
        ("WST-07", "export", "BGROAD01", "road", "BG", [], "MK", "711292",
         "Употребявани катализатори от камиони за извличане на благородни метали, 6 т", "BG", 6000, None, 30000,
         "EUR",
         "spent car catalytic converters sold for precious-metal recovery are steel cans around a thin "
         "honeycomb that reads platinum, palladium and rhodium and is worth tens of euros a piece; these 6 t are "
         "heavy, yellow-brown, extruded ceramic bricks cut out of lorries' SCR units during 'AdBlue delete' "
         "tuning, which read vanadium and tungsten on titania and no platinum metals at all: spent catalysts "
         "containing hazardous transition metals (16 08 02*), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry at Gyueshevo for a Kumanovo 'refiner'; Bulgarian wording (spent vanadium catalysts "
         "repeat in many sets, and power-station SCR catalysts in blind153, blind154 and blind172; lorry SCR bricks under a catalytic-converter "
         "precious-metal label were found in no earlier row by a keyword search)", {"importer_country": "MK"}),
        ("WST-08", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "390422",
         "Plastisol PVC, izven specifikacije, za podplate obutve, sodi, 16 t", "SI", 16000, None, 2400, "EUR",
         "off-specification PVC plastisol sold to shoe-sole makers is a clean, creamy, pourable paste in sealed, "
         "labelled drums with a batch number; these drums are dented, half-cured, skinned and mixed with solvent "
         "wash and wipes, labelled as body-shop seam sealer and underbody coating past their date, and smell "
         "strongly of solvent, from a car assembly plant's paint shop: waste adhesives and sealants containing "
         "organic solvents (08 04 09*), hazardous waste whose export to a non-OECD country is banned, on a lorry "
         "through Croatia for a Bihać 'footwear' firm; Slovenian wording (paint-shop wastes repeat in several "
         "sets; car-plant sealers under a shoe-sole plastisol label were found in no earlier row by a keyword "
         "search)", {"importer_country": "BA"}),
        ("WST-09", "export", "SKROAD01", "road", "SK", [], "UA", "283529",
         "Zinkfosfátový antikorózny pigment, vrecia 25 kg, 20 t", "SK", 20000, None, 1400, "EUR",
         "zinc phosphate pigment for anticorrosive primers is a fine, dry, white powder sold with a data sheet "
         "at over 2 EUR/kg; these sacks hold a grey-green, damp, clay-like filter cake with the smell of the "
         "phosphating bath, reading zinc, nickel, manganese and fluoride, pressed out of a Trnava car plant's "
         "body pre-treatment line, at 0.07 EUR/kg: sludge from phosphating (11 01 08*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry at Vyšné Nemecké for an Uzhhorod 'paint maker'; "
         "Slovak wording (plating and phosphating sludges repeat under pigment labels in a few sets; a "
         "zinc-phosphate pigment label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-10", "export", "ATROAD01", "road", "AT", ["HU", "RO"], "MD", "340590",
         "Autopflegeprodukte, Restposten, Sprühdosen und Flaschen, 18 t", "AT", 18000, None, 3600, "EUR",
         "end-of-line car-care stock is boxed, sealed and within its date; these pallets hold loose, swollen and "
         "leaking aerosols of brake cleaner, cockpit spray and rust remover, burst bottles of screenwash and wheel "
         "acid, and expired paints, some rusted through, swept from the destruction cage of a closed Vienna parts "
         "wholesaler and smelling of solvent: discarded flammable aerosols and chemicals (16 05 04*, 16 05 06*), "
         "hazardous waste whose export to a non-OECD country is banned, on a lorry through Hungary and Romania for "
         "a Chișinău 'discount retailer'; Austrian German wording (expired cosmetics and aerosols repeat in a few "
         "sets, from Malta to Libya in blind115; car-care stock to Moldova was found in no earlier row by a keyword "
         "search)", {"importer_country": "MD"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BESEA01", "sea", "IN", [], "BE", "281290",
         "Sulphuryl fluoride 99.8 %, fumigant for vehicle BMSB treatment, 60 cylinders x 50 kg", "IN", 3000, 60,
         21000, "USD",
         "sulphuryl fluoride for fumigating cars and machinery before shipment to Australia and New Zealand in the "
         "brown marmorated stink bug season (September to April) comes in cylinders of a gas of 1.34 kg/l liquid "
         "at about 16 bar; these 60 cylinders read only 2 bar at 20 °C, weigh more for their volume (a liquid of "
         "1.73 kg/l), and a gas test of the valve gives bromomethane, with 'CH3Br' stamped on the shoulders under "
         "the labels, for a Zeebrugge fumigation contractor that treats ro-ro car exports: methyl bromide, whose "
         "import into the Union is banned (no quarantine exemption remains), by sea from Mundra; Indian English "
         "wording (methyl bromide repeats in many sets and sulphuryl-fluoride labels in several; kept as a known "
         "repeat, fumigation of ro-ro vehicle exports against stink bugs was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Fumigatie NV", "BE")),
        ("OZN-02", "import", "MTSEA01", "sea", "EG", [], "MT", "340590",
         "بخاخ تلميع تابلوه وكاوتش العربيات، غير قابل للاشتعال، 500 مل، 9600 علبة", "EG", 5760, 9600, 9600, "USD",
         "dashboard and tyre-shine sprays sold in the Union are silicone emulsions in propane-butane with a flame "
         "mark; these 9,600 cans carry no flame mark, do not light at the nozzle, spray a solvent that boils off "
         "in seconds with an ether smell and a gas test gives 1,1-dichloro-1-fluoroethane, for a Marsa car-care "
         "wholesaler: HCFC-141b in aerosol products, whose import into the Union is banned, by sea from "
         "Alexandria to Malta Freeport; Egyptian Arabic wording (HCFC-141b repeats in many sets, under flush and "
         "cleaner labels, and a tyre-shine label once, blind101, from China; kept as a repeat, an Egyptian "
         "dashboard-and-tyre spray to Malta is the new part as far as a search found)",
         firm("Central Car Care Ltd", "MT")),
        ("OZN-03", "import", "BEAIR01", "express", "US", [], "BE", "842410",
         "Clean agent fire extinguishers, 2.5 lb, for race cars, 6 units", "US", 9, 6, 900, "USD",
         "clean-agent extinguishers sold for race cars in the Union hold FK-5-1-12 or a foam and are marked "
         "accordingly; these six 2.5 lb bottles discharge a gas that smells faintly sweet, their gauges read 195 "
         "psi, and the small print on the cylinder reads 'Halotron I' (an HCFC-123 blend), for a Francorchamps "
         "historic-racing team: HCFC-123 in portable extinguishers, products containing an ozone-depleting "
         "substance whose import into the Union is banned, sent by express from North Carolina; US English wording "
         "(HCFC-123 repeats in many sets, and motorsport and rally extinguishers holding halons in several, blind62, "
         "blind71, blind77, blind131 and blind168; kept as a repeat, Halotron in race-car hand extinguishers is the "
         "new part as far as a search found)",
         firm("Atlantic Historic Racing SA", "BE")),
        ("OZN-04", "import", "DESEA01", "sea", "AE", [], "DE", "870333",
         "Toyota Land Cruiser 300, armoured conversion VR7, engine-bay fire suppression FM-200, 1 unit", "AE", 4200,
         1, 185000, "USD",
         "armoured SUVs from Gulf converters carry a plumbed engine-bay and wheel-arch fire suppression system "
         "charged with HFC-227ea or a dry powder, with a fill label; this one's two red bottles under the rear "
         "floor read 42 bar, their agent weighs 1.57 kg/l and boils at -58 °C, and the original Sharjah "
         "supplier's plate under the FM-200 sticker reads 'Halon 1301': bromotrifluoromethane in a vehicle fire "
         "system, a product containing a halon whose import into the Union is banned outside licensed critical "
         "uses, by sea from Jebel Ali to Hamburg for a Munich security-vehicle dealer; Gulf trade English wording "
         "(halon 1301 repeats in many sets, and armoured Land Cruisers in strategic rows to Libya, blind12 and "
         "blind145; an armoured-vehicle conversion imported with a halon system was found in no earlier row by a "
         "keyword search)", firm("Alpina Sonderschutz GmbH", "DE")),
        ("OZN-05", "import", "GRROAD01", "road", "TR", [], "GR", "870830",
         "Fren diski, binek araç, 400 adet", "TR", 3200, 400, 9600, "EUR",
         "a spare-parts lorry for a Thessaloniki wholesaler: brake discs and oil filters are what Turkish parts "
         "makers send, but the third item's 'klima kompresör yağı PAG 46' is 60 grey, disposable 13.6 kg "
         "cylinders with no oil in them, whose valves hiss with 1,1,1,2-tetrafluoroethane at 6 bar, about 816 kg "
         "(1,170 t CO2e): HFC-134a in non-refillable containers, whose placing on the Union market is banned and "
         "which no quota covered (Regulation 2024/573), hidden as the last item of a three-item declaration, on a "
         "lorry at Kipoi; Turkish wording (HFC-134a behind car parts and under compressor-oil and air-conditioning "
         "labels repeats in several sets, blind141 and blind175 among them; kept as a repeat, a Turkish parts "
         "lorry at Kipoi is the new part as far as a search found)",
         dict(firm("Orion Antallaktika AE", "GR"),
              _more_items=[item("842123", "Yağ filtresi, binek araç, 2.000 adet", "TR", 800, 4000, "EUR", qty=2000),
                           item("340399", "Klima kompresör yağı PAG 46, 60 adet", "TR", 816, 600, "EUR", qty=60)])),
        ("OZN-06", "import", "NLSEA01", "sea", "TW", [], "NL", "382499",
         "軸承拆卸冷凍噴劑 (HFO-1234ze), 400 ml, 6,000 罐", "TW", 2400, 6000, 9000, "USD",
         "freeze sprays that mechanics use to shrink bearings and bushes before pulling them run on CO2, "
         "HFO-1234ze or a hydrocarbon with a flame mark; these 6,000 cans frost a steel bar to -45 °C, carry no "
         "flame mark and a gas test gives 1,1,1,2-tetrafluoroethane, for a Tilburg workshop-supplies wholesaler: "
         "technical aerosols containing HFC-134a, whose placing on the market Regulation 2024/573 forbids, by sea "
         "from Kaohsiung to Rotterdam; Chinese wording from Taiwan (HFC cold sprays repeat in several sets, "
         "sports cold sprays in blind176; a bearing-removal label was found in no earlier row by a keyword search)",
         firm("Delta Werkplaats BV", "NL")),
        ("OZN-07", "export", "ESSEA01", "sea", "ES", [], "GQ", "841582",
         "Equipos móviles de aire acondicionado para aeronaves (ground carts), usados, diésel, 4 unidades", "ES",
         14000, 4, 36000, "EUR",
         "used pre-conditioned-air carts sold on from Spanish airports are converted to R-407C or R-410A and carry "
         "a new plate; these four diesel trailers, retired from Madrid-Barajas stands, keep their 1990s plates "
         "reading 'R-22, 38 kg' per circuit, and a leak detector at the service valves reads "
         "chlorodifluoromethane: airport ground vehicles with equipment containing HCFC-22, whose export from the "
         "Union is banned (Regulation 2024/590), from Valencia to Malabo for an airport handler; Spanish wording "
         "(R-22 equipment repeats in many sets, and pre-conditioned-air units from a Finnish airport once, blind64; "
         "kept as a repeat, mobile diesel carts from Madrid to Malabo are the new part as far as a search found)", {"importer_country": "GQ"}),
        ("OZN-08", "transit", "SISEA01", "sea", "IN", ["SI", "HR"], "BA", "382763",
         "आर-407सी रेफ्रिजरेंट गैस, 11.3 किग्रा सिलेंडर, 640 सिलेंडर", "IN", 7232, 640, 19200, "USD",
         "R-407C is a zeotropic HFC blend sold in brown cylinders, about 11 bar at 20 °C; these 640 light-green "
         "cylinders under brown sleeves read 9 bar, an identifier gives pure chlorodifluoromethane, and the "
         "consignee is a Sarajevo workshop that services the air conditioning of city buses and coaches: HCFC-22, "
         "a controlled substance moved through the Union without the licence Regulation 2024/590 requires, landed "
         "at Koper in transit by road through Croatia to Bosnia; Hindi wording (HCFC-22 under HFC-blend labels "
         "repeats in many sets, under R-407C labels in blind105 and blind132; kept as a repeat, a transit through "
         "Koper for a bus-fleet workshop is the new part as far as a search found)", {"importer_country": "BA"}),
        ("OZN-09", "import", "ITSEA01", "sea", "AL", [], "IT", "392111",
         "Pllaka XPS për izolimin e furgonëve kamper, të fryra me CO2, 30 mm, 1.200 copë", "AL", 4800, 1200, 7200,
         "EUR",
         "CO2-blown XPS boards for insulating camper-van conversions are odourless after a few weeks and come "
         "with a declaration of performance; these 1,200 blue boards, for a Bologna van-conversion workshop, "
         "give off a faint ether smell when cut, and a gas test of a freshly cut edge gives "
         "1-chloro-1,1-difluoroethane: extruded polystyrene blown with HCFC-142b, a product containing an "
         "ozone-depleting substance whose import into the Union is banned, by ferry from Durrës to Bari; Albanian "
         "wording (HCFC-blown XPS repeats in many sets under CO2 labels; camper-van conversion boards from Albania "
         "were found in no earlier row by a keyword search)", firm("Vega Camper Allestimenti Srl", "IT")),
        ("OZN-10", "export", "FISEA01", "sea", "FI", ["TZ"], "ZM", "870410",
         "Käytetyt kaivosdumpperit, 40 t, jauhesammutusjärjestelmällä, 3 kpl", "FI", 96000, 3, 420000, "EUR",
         "used mine haul trucks sold on to Africa carry a dry-chemical or foam fire-suppression system with a "
         "service tag; the system tanks of these three rigid dumpers from a Lapland mine hold a liquefied gas, "
         "their nameplates read 'Halon 1211' and the agent is a liquid of 1.83 kg/l that boils at -4 °C: "
         "bromochlorodifluoromethane in fire-protection equipment, whose export from the Union is banned outside "
         "critical uses (Regulation 2024/590), by sea from Kotka to Dar es Salaam and on by road to a Copperbelt "
         "mine; Finnish wording (halon 1211 repeats in many sets; mine haul trucks were found in no earlier row by "
         "a keyword search)", {"importer_country": "ZM"}),
    ],
    "cultural": [
        ("CUL-01", "export", "DESEA01", "sea", "DE", [], "JP", "870323",
         "Pkw gebraucht, Porsche 911 Carrera 2 (Typ 964), Baujahr 1990, 1 Stück", "DE", 1100, 1, 95000, "EUR",
         "a 1990 Carrera 2 has a 3.6 l engine, a 964 chassis number and integrated bumpers; this car has "
         "1973 impact-bumper-less bodywork with a ducktail, a 2.7 l engine numbered in the 911/83 series and a "
         "chassis number in the Carrera RS 2.7 range under a re-stamped plate, and the Yokohama buyer paid over "
         "900,000 EUR: a 1973 Carrera RS 2.7, in 2056 a means of transport more than 75 years old and far above the "
         "50,000 EUR threshold, exported without the licence Regulation 116/2009 requires, by ro-ro from Bremerhaven "
         "to Yokohama; German wording (pre-war cars and a 1954 Maserati as a replica repeat, blind41, blind48, "
         "blind80, and a 1936 yacht in blind173; kept as a known repeat, a 1970s car that has crossed the "
         "75-year line under a younger model's name is the new part as far as a search found)",
         {"importer_country": "JP"}),
        ("CUL-02", "export", "FRAIR01", "express", "FR", [], "US", "701399",
         "Mascotte de bouchon de radiateur en verre moulé, reproduction moderne, 1 pièce", "FR", 1.2, 1, 150, "EUR",
         "modern reproduction car mascots are clear, crisp, light pressed glass with a screw base and a maker's "
         "sticker; this is a kneeling winged head in opalescent glass with wheel-cut edges, a moulded 'R. LALIQUE "
         "FRANCE' signature, worn nickel Breves Galleries mount and 1930s road grime in the threads: René Lalique's "
         "'Victoire' mascot of 1928, an antique over 50 years old worth far more than the 50,000 EUR threshold of "
         "Regulation 116/2009, exported without its licence, sent by express from Paris to a private collector in "
         "Connecticut; French wording (a car-mascot label was found in no earlier row by a keyword search)",
         {"importer_country": "US", "consignee_name": "Mr R. Whitfield"}),
        ("CUL-03", "import", "ITSEA01", "sea", "TN", [], "IT", "401220",
         "Pneus d'occasion sur jantes, véhicule utilitaire, 8 pièces", "TN", 290, 8, 320, "EUR",
         "part-worn van tyres on rims weigh about 30 kg each and ring hollow when dropped; these eight are 36 kg "
         "each and rattle, and cut open they hold 1,100 bronze and silver coins packed in cloth between tube and "
         "tyre, with green crusts and soil: Numidian, Carthaginian and Roman coins from Tunisian sites, "
         "archaeological objects whose export Tunisia forbids, brought in without an import licence (Regulation "
         "2019/880), in a used-parts van off the Tunis-Genoa ferry for a Genoa tyre dealer; Tunisian French wording "
         "(ancient coins repeat in many sets; coins inside spare tyres were found in no earlier row by a keyword "
         "search)", firm("Meridian Pneumatici Srl", "IT")),
        ("CUL-04", "import", "ITSEA01", "sea", "EG", [], "IT", "870830",
         "طنابير فرامل جديدة، زهر، لعربيات النقل، 600 قطعة", "EG", 18000, 600, 9000, "USD",
         "new cast-iron brake drums are grey, machined inside, oily against rust and stacked on pallets; among "
         "them are 12 pallets whose drums hold straw-packed faience shabtis, bronze Osiris figures, painted "
         "cartonnage fragments and a limestone relief block with hieroglyphs, still dusty from a tomb shaft: "
         "Egyptian antiquities whose export Egypt forbids, brought in without an import licence (Regulation "
         "2019/880), in a container from Alexandria to Salerno for a parts importer; Egyptian Arabic wording "
         "(Egyptian antiquities and shabtis repeat in several sets; brake drums as the cover were found in no "
         "earlier row by a keyword search)", firm("Orion Ricambi Srl", "IT")),
        ("CUL-05", "import", "PLROAD01", "road", "UA", [], "PL", "870899",
         "Бронзові втулки та дрібні деталі до ретро-автомобілів, б/в, 60 шт.", "UA", 14, 60, 120, "EUR",
         "bronze bushes and small parts for old cars are machined, round, bored to a size and smell of grease; "
         "these 60 are cast, green-crusted horse bits, cheek-pieces with animal-head ends and bridle plaques in "
         "the Scythian animal style, with steppe earth in the folds: Scythian bronze bridle fittings (7th-4th "
         "century BC) dug in southern Ukraine, archaeological objects whose export Ukraine forbids, brought in "
         "without an import licence (Regulation 2019/880), on a van at Korczowa for a Kraków classic-car parts "
         "dealer; Ukrainian wording (Scythian objects repeat in many sets; kept as a known repeat, a vintage-car "
         "bushing label was found in no earlier row by a keyword search)",
         firm("Orion Części Klasyczne Sp. z o.o.", "PL")),
        ("CUL-06", "export", "CZAIR01", "express", "CZ", [], "US", "490199",
         "Dílenské příručky k veteránům, použité, fotokopie, 2 krabice", "CZ", 11, 2, 60, "EUR",
         "photocopied workshop manuals are stapled A4 copies on white paper; these two boxes hold original "
         "linen-backed construction drawings, signed test reports and correspondence of a Kopřivnice car works "
         "from 1931-1938, with factory stamps and archive numbers in ink, taken from a regional archive: archives "
         "more than 50 years old, which need an export licence at any value (Regulation 116/2009) and are "
         "protected as Czech archival heritage, sent by express from Prague to a Tatra collector in California; "
         "Czech wording (archives and documents repeat in a few sets; a carmaker's pre-war drawings under a "
         "workshop-manual label were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-07", "import", "ITSEA01", "sea", "TR", [], "IT", "401691",
         "Kauçuk oto paspası, evrensel, 2.000 takım", "TR", 8000, 2000, 12000, "USD",
         "universal rubber car mats are light, flexible, black moulded sets in printed cartons; between the "
         "cartons on the last pallets lie six flat, heavy panels of stone tesserae in lime mortar with a gypsum "
         "backing, showing a hunting scene and a Greek inscription, freshly cut from a floor with a saw: Roman-"
         "Byzantine floor mosaics from north-western Syria, cultural goods removed from Syria that may not be "
         "brought into the Union (Regulation 36/2012) and need an import licence (Regulation 2019/880), by sea "
         "from Mersin to Trieste for a parts wholesaler; Turkish wording (Syrian mosaics repeat in several sets; "
         "rubber car mats as the cover were found in no earlier row by a keyword search)",
         firm("Delta Accessori Auto Srl", "IT")),
        ("CUL-08", "import", "BESEA01", "sea", "NG", [], "BE", "840991",
         "Used engine blocks for rebuild, returned to supplier, 24 pcs", "NG", 3600, 24, 2400, "EUR",
         "used engine blocks sent back from Lagos parts dealers to a European rebuilder are oily castings "
         "strapped to pallets; six of these crates hold terracotta figures and heads with incised hair, pierced "
         "eyes and earth inside, wrapped in foam: Sokoto and Katsina terracottas (ICOM Red List for West Africa), "
         "archaeological objects whose export Nigeria forbids, brought in without an import licence (Regulation "
         "2019/880), on the return leg of a car carrier from Lagos to Antwerp; Nigerian English wording (Nigerian "
         "terracottas repeat in many sets; engine blocks on a car carrier's return leg were found in no earlier "
         "row by a keyword search)", firm("Central Engine Rebuild NV", "BE")),
        ("CUL-09", "import", "CZAIR01", "express", "MN", [], "CZ", "392640",
         "Машины самбарын бурхан, давирхай, шинэ, 4 ш", "MN", 2.6, 4, 80, "USD",
         "dashboard Buddha figures are light, hollow resin castings with a sticky base and bright gold paint; "
         "these four are heavy, solid gilt-bronze seated figures of 12-15 cm with sealed bases, mercury gilding "
         "worn on the knees, turquoise inlay and soot from butter lamps, from a monastery in Arkhangai: "
         "18th-19th century Buddhist bronzes, cultural heritage whose export Mongolia forbids, brought in against "
         "the UNESCO 1970 convention, sent by express from Ulaanbaatar to a private buyer in Brno; Mongolian "
         "wording (Mongolian bronzes repeat in a few sets, blind47 among them; a dashboard-figure label was found "
         "in no earlier row by a keyword search)", person("Jan Novák", "CZ")),
        ("CUL-10", "export", "ESAIR01", "air", "ES", [], "US", "410799",
         "Cuero repujado usado, para tapicería de coches clásicos, 14 piezas", "ES", 38, 14, 700, "EUR",
         "embossed leather for classic-car upholstery is new, even, machine-embossed cowhide; these 14 pieces "
         "are stiff, tooled and silvered leather panels with gold varnish, floral and heraldic patterns and old "
         "nail holes, cut from the wall hangings of an Andalusian palace: 17th-century Spanish guadamecíes, "
         "cultural goods over 100 years old that need the Spanish export permit and, above the threshold, the "
         "licence of Regulation 116/2009, flown from Madrid to a classic-car trimmer in Texas who sells them on; "
         "Spanish wording (a guadamecí was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["CN"], "MN", "870324",
         "Gebrauchtwagen, SUV, Benzin 4,0 l V8, Baujahr 2054-2055, 6 Stück", "DE", 14400, 6, 240000, "EUR",
         "used SUVs shipped to Mongolia are mostly older, smaller diesels bought for its roads; these six are "
         "nearly new 4.0 l V8 petrol SUVs worth about 110,000 EUR each, declared at 40,000, with Russian-language "
         "navigation already loaded, for an Ulaanbaatar importer whose address and telephone are also a "
         "car dealer's in Ulan-Ude: luxury vehicles over 50,000 EUR and cars with engines over 1,900 cm3, whose "
         "sale for use in Russia Regulation 833/2014 forbids, by car carrier from Bremerhaven to Tianjin and on by "
         "rail to Mongolia; German wording (luxury cars for Russia repeat in many sets through Georgia, Kazakhstan, "
         "Kyrgyzstan and Armenia; through Mongolia to Buryatia was found in no earlier row by a keyword search)",
         {"importer_country": "MN"}),
        ("STR-02", "export", "LTAIR01", "air", "LT", [], "KZ", "853710",
         "Naudoti variklio valdymo blokai (ECU) iš avarinių automobilių, 1 200 vnt.", "LT", 1400, 1200, 12000,
         "EUR",
         "used engine control units from wrecks are dusty aluminium boxes with broken connector clips, VIN "
         "stickers and oil stains, sold at 10 EUR each by Vilnius dismantlers; these 1,200 are clean, empty "
         "housings without boards, each packed with reels and trays of new automotive-grade microcontrollers, "
         "CAN transceivers and flash memories in original moisture-barrier bags, about 300,000 chips, for an "
         "Almaty 'parts' firm whose orders go on to Chelyabinsk: integrated circuits (8542 31, 8542 32, 8542 39) on "
         "the common high-priority list, whose export to Russia and re-export through third countries Regulation "
         "833/2014 forbids, flown from Vilnius; Lithuanian wording (integrated circuits for Russia repeat in many "
         "sets under car-part and appliance labels; chips inside used ECU housings were found in no earlier row by "
         "a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "LVAIR01", "air", "LV", [], "UZ", "852589",
         "Automašīnu nakts redzamības kameras, rezerves daļas, 60 gab.", "LV", 24, 60, 18000, "EUR",
         "car night-vision cameras are sealed units behind the grille that the dual-use list leaves free because "
         "they are built for passenger cars and run at a low frame rate; these 60 are bare 640 x 512 uncooled "
         "microbolometer cores at 60 Hz with shutter, lens mount and a gimbal connector, at 300 EUR each where "
         "such cores cost ten times that, for a Tashkent 'auto electronics' firm whose freight forwarder is in "
         "Moscow: thermal imaging cameras (dual-use 6A003, and on the common high-priority list), exported without "
         "a licence and towards Russia, flown from Riga; Latvian wording (thermal cores repeat in several sets "
         "under security-camera and hunting labels; an automotive night-vision label was found in no earlier row "
         "by a keyword search)", {"importer_country": "UZ"}),
        ("STR-04", "export", "NLSEA01", "sea", "NL", ["GE", "AZ"], "KZ", "870121",
         "Gebruikte trekkers voor opleggers, 4x2, Euro 6, 10 stuks", "NL", 75000, 10, 350000, "EUR",
         "used road tractors for Kazakh hauliers are five- to ten-year-old 4x2 units with high mileage; these ten "
         "are one-year-old 6x4 heavy-haul tractors with 600 hp engines and 120 t combination ratings, sold by a "
         "Venlo dealer to an Aktau company registered three months ago whose only customer is an Astrakhan "
         "transport firm: road tractors (8701 21), industrial goods whose sale for use in Russia Regulation "
         "833/2014 forbids, by ro-ro from Rotterdam to Poti, through Azerbaijan and on the Caspian ferry from "
         "Alat to Aktau; Dutch wording (lorries for Russia repeat in a few sets and Aktau as a route point in "
         "blind148 and blind165; the Poti-Alat-Aktau ferry route for tractor units was found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "BGSEA01", "sea", "BG", [], "LY", "870333",
         "Употребявани офроуд автомобили 4x4, дизел, 6 броя", "BG", 26000, 6, 90000, "EUR",
         "used 4x4 off-road vehicles for Libya are pick-ups and station wagons with plates and papers; these six "
         "are ex-army HMMWVs in sand paint with bolt-on armour kits, a roof hatch with a weapon-ring mount, "
         "run-flat inserts, blackout lights and a 24 V NATO slave socket, bought at a surplus sale, for a "
         "Benghazi 'security company': vehicles specially designed or modified for military use (Common Military "
         "List ML6), exported without the licence Common Position 2008/944 requires and against the UN and Union "
         "arms embargo on Libya (Regulation 2016/44), by ro-ro from Burgas to Benghazi; Bulgarian wording (military "
         "vehicle parts and armoured glass for Libya repeat in a few sets; HMMWVs were found in no earlier row by a "
         "keyword search)", {"importer_country": "LY"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "CN", "870324",
         "Autovetture usate, SUV di lusso, 2 unità", "IT", 5400, 2, 120000, "EUR",
         "used luxury SUVs for a Dalian dealer are registered cars with a service history; these two are "
         "nearly new Rolls-Royce Cullinans with bespoke rear cabins, worth about 400,000 EUR each, bought through "
         "a Genoa front company, and the Dalian consignee's bill of lading goes on by a small freighter to Nampo: "
         "luxury goods for the Democratic People's Republic of Korea, whose supply the UN sanctions and Regulation "
         "2017/1509 forbid, by sea from Genoa to Dalian; Italian wording (luxury goods for North Korea repeat in "
         "many sets, armoured Maybachs among them, blind153; Rolls-Royce SUVs through Genoa and Dalian were found in "
         "no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-07", "transit", "FISEA01", "sea", "KR", ["FI"], "KZ", "870324",
         "중고 SUV, 가솔린 3.5L, 2054년식, 8대", "KR", 17600, 8, 280000, "USD",
         "used SUVs for Kazakhstan travel from Incheon by sea to Aktau or by rail through China; these eight "
         "3.5 l SUVs, landed at Kotka in transit, have a road leg through Vaalimaa into Russia on the transit "
         "declaration, and the Kazakh consignee's forwarding order names a St Petersburg dealer: cars with engines "
         "over 1,900 cm3 and worth over 50,000 EUR, goods whose sale for use in Russia and transit through the "
         "Union towards it Regulation 833/2014 forbids; Korean wording (luxury cars for Russia repeat in many sets; "
         "Korean used cars in transit through Kotka were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-08", "export", "DKAIR01", "air", "DK", [], "AE", "850440",
         "Frekvensomformere til højtrykspumper i vaskehaller, 20 stk.", "DK", 600, 20, 12000, "EUR",
         "car-wash pump drives are 7-22 kW inverters at 50-60 Hz in a standard cabinet; these 20 are multiphase "
         "frequency changers delivering 600-2,000 Hz at 40 kVA with frequency held within 0.1 % and low harmonic "
         "distortion, for a Jebel Ali 'car-wash equipment' trader whose consignments go on to Bandar Abbas: "
         "frequency changers for gas centrifuges (dual-use 3A225, listed for Iran), exported without a licence, "
         "flown from Billund; Danish wording (frequency changers for Iran repeat in several sets; a car-wash label "
         "was found in no earlier strategic row by a keyword search)", {"importer_country": "AE"}),
        ("STR-09", "export", "ESAIR01", "air", "ES", [], "TR", "681513",
         "Karbono-zuntzezko bizikleta-koadroetarako hodiak, 200 unitate", "ES", 900, 200, 24000, "EUR",
         "carbon tubes for bicycle frames are short, thin, tapered moulded tubes of a few hundred grams; these "
         "200 are filament-wound, 150 mm-bore cylinders of 1 m with high-modulus fibre, machined ends and end-cap "
         "seats, at 4.5 kg each, for an Istanbul 'bicycle maker' whose buyer is a Tehran research centre: "
         "filament-wound carbon-fibre rotor tubes for gas centrifuges (dual-use 2B228 and 1C210), exported without "
         "a licence and towards Iran, flown from Bilbao; Basque wording (centrifuge rotor tubes repeat in a few "
         "sets, and bicycle-frame labels twice, aluminium frame tubes in blind102 and carbon fibre for frame "
         "builders in blind13; filament-wound rotor tubes under a frame-tube label in Basque are the new part as far "
         "as a search found)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "PTSEA01", "sea", "PT", ["GE"], "AM", "845891",
         "Tornos CNC para reparação de jantes de liga leve, 4 unidades", "PT", 24000, 4, 60000, "EUR",
         "alloy-wheel repair lathes are light vertical lathes with a probe that re-cut the face of a wheel, at "
         "15,000 EUR each; these four are 6 t CNC turning centres with driven tools, a C axis, a bar feeder and a "
         "control set for steel, at ten times that on the maker's list, for a Yerevan 'tyre centre' whose owner "
         "ships machines on to Izhevsk: numerically controlled lathes (8458) on the Union's list of goods whose "
         "export for use in Russia Regulation 833/2014 forbids, by sea from Leixões to Poti and by road to "
         "Armenia; Portuguese wording (machine tools for Russia through Armenia repeat in several sets; a "
         "wheel-repair lathe label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "BR", [], "DE", "440890",
         "Lâminas de nogueira (burl) para painéis de carros clássicos, kits, 40 kits", "BR", 80, 40, 3200, "USD",
         "walnut-burl dashboard veneer is light brown with swirling burrs and dark pips and smells faintly of "
         "walnut; these 40 kits are chocolate-brown to violet, straight-striped veneer with black veins, a "
         "sweet, rose-like smell when sanded and an oily surface: Brazilian rosewood (Dalbergia nigra, CITES App. "
         "I), veneer cut from old stocks or stumps in Bahia without CITES documents, flown from São Paulo to "
         "Frankfurt for a Stuttgart classic-car interior workshop; Brazilian Portuguese wording (Dalbergia nigra "
         "repeats in many sets under other labels; a walnut-burl dashboard label was found in no earlier row by a "
         "keyword search)", firm("Alpina Oldtimer Interieur GmbH", "DE")),
        ("WLF-02", "import", "ITAIR01", "air", "VN", [], "IT", "590320",
         "Da PU trơn màu đen bọc ghế ô tô, 2.000 m²", "VN", 1200, 2000, 12000, "USD",
         "a car-upholstery air shipment for a Modena coachbuilder's trim shop: plain PU leather and seat thread "
         "are what Vietnamese mills send, but the third item's 'da PU dập vân trăn' are 400 whole, tanned, "
         "belly-cut snake skins of 3-5 m with real, overlapping scales, a head end and a tail tip, not an "
         "embossed fabric: reticulated python skins (Malayopython reticulatus, CITES App. II) without CITES "
         "documents, hidden as the last item of a three-item declaration, flown from Ho Chi Minh City to Bologna; "
         "Vietnamese wording (python skins repeat in several sets; a PU snake-pattern upholstery label behind car "
         "seat leather was found in no earlier row by a keyword search)",
         dict(firm("Meridian Interni Auto Srl", "IT"),
              _more_items=[item("540110", "Chỉ may ghế ô tô polyester, 400 cuộn", "VN", 200, 1600, "USD", qty=400),
                           item("590320", "Da PU dập vân trăn, 400 tấm", "VN", 180, 2000, "USD", qty=400)])),
        ("WLF-03", "import", "ATPOST01", "post", "TH", [], "AT", "392640",
         "พระเครื่องแขวนกระจกรถ เขี้ยวเสือเทียม เรซิน 10 ชิ้น", "TH", 1.1, 10, 1500, "THB",
         "resin 'tiger-fang' mirror charms are light, smooth, identical castings with a seam line; these ten "
         "are heavy, ivory-coloured, curved canine teeth with an open pulp cavity, enamel cracks and growth lines, "
         "set in silver caps with a takrut scroll, sold to drivers to hang from the rear-view mirror: tiger "
         "canines (Panthera tigris, CITES App. I) without CITES documents, posted from Bangkok to a private person "
         "in Graz; Thai wording (tiger parts repeat in many sets; a car-mirror amulet label was found in no "
         "earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("WLF-04", "import", "BEPOST01", "post", "ZA", [], "BE", "870899",
         "Ratkopknoppe vir klassieke motors, been, 4 stuks", "ZA", 1.2, 4, 900, "ZAR",
         "bone gear knobs are chalky, porous cattle bone with dark pits, light and dull; these four are dense, "
         "creamy knobs with the cross-hatched Schreger lines of elephant tusk on the cut base and a warm, waxy "
         "polish, made for a Ghent classic-car restorer's Jaguar and Mercedes projects: elephant ivory (Loxodonta "
         "africana, CITES App. I for the trade in question) without CITES documents or the antique certificate "
         "the Union's ivory rules require, posted from Pretoria to a private person in Ghent; Afrikaans wording "
         "(worked ivory repeats in many sets; a gear-knob label was found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("WLF-05", "transit", "BESEA01", "sea", "MZ", ["BE"], "VN", "870830",
         "Peças usadas de automóvel: cubos de roda e tambores de travão, 2 paletes", "MZ", 900, None, 600, "USD",
         "used hubs and brake drums from Maputo dismantlers are rusty, greasy castings that ring when struck; "
         "eight of these drums are dull when struck and, opened, hold 14 wrapped pieces of fibrous, dark-grey "
         "horn with a rough base and a smooth, worn tip, about 40 kg: rhinoceros horn (Rhinocerotidae, CITES App. "
         "I) without the Mozambican export permit that specimens in transit through the Union must carry, landed "
         "at Antwerp in transit from Maputo to Hai Phong; Mozambican Portuguese wording (rhino horn repeats in many "
         "sets; inside used brake drums on a transit through Antwerp was found in no earlier row by a keyword "
         "search)", {"importer_country": "VN"}),
        ("WLF-06", "import", "NLSEA01", "sea", "IN", [], "NL", "442199",
         "కారు సీటు కవర్లు, చెక్క పూసలు, 500 సెట్లు", "IN", 1200, 500, 3000, "USD",
         "wooden-bead massage seat covers for taxi drivers are threaded from light maple or pine beads, pale "
         "and varnished; these 500 covers are strung with blood-red, heavy beads that sink in water and turn it "
         "orange, with the fine wavy grain and no smell of red sanders: Pterocarpus santalinus (CITES App. II, wild "
         "wood under an Indian export ban), a trade in beads that CITES permits would have to cover, by sea from "
         "Chennai to Rotterdam for a car-accessory wholesaler; Telugu wording (red sanders repeats in many sets; "
         "a bead seat-cover label was found in no earlier row by a keyword search)", firm("Horizon Autoaccessoires BV", "NL")),
        ("WLF-07", "import", "DEAIR01", "express", "ZW", [], "DE", "420500",
         "Car key fobs, embossed leather, croc print, 300 pcs", "ZW", 4, 300, 600, "USD",
         "croc-print key fobs are cowhide embossed with a regular, repeating scale pattern and a painted edge; "
         "these 300 are cut from real hide with irregular, rectangular scales that change size towards the edge, "
         "an integumentary pore on each belly scale and no repeat in the pattern: Nile crocodile leather "
         "(Crocodylus niloticus, CITES App. II) without CITES documents, sent by express from Harare to a Munich "
         "car-accessory web shop; Zimbabwean English wording (Nile crocodile repeats in several sets; a key-fob "
         "label was found in no earlier row by a keyword search)", firm("Vega Autozubehör GmbH", "DE")),
        ("WLF-08", "import", "DKAIR01", "express", "ID", [], "DK", "870899",
         "Sarung setir mobil kulit sintetis motif biawak, 150 buah", "ID", 4.5, 150, 1500000, "IDR",
         "synthetic steering-wheel covers with a lizard print are moulded PU rings with an elastic or laced "
         "seam and a fabric backing; these 150 are hand-stitched from real skin with small, bead-like scales in "
         "rows of rings, cut edges that show the leather fibre and the smell of a tannery: water-monitor skin "
         "(Varanus salvator, CITES App. II) without CITES documents, sent by express from Surabaya to an Aarhus "
         "car-tuning web shop; Indonesian wording (monitor-lizard skin repeats in several sets, as watch straps "
         "and leather goods; a steering-wheel-cover label was found in no earlier row by a keyword search)",
         firm("Nordhafen Tuning ApS", "DK")),
        ("WLF-09", "import", "BESEA01", "sea", "TZ", [], "BE", "870333",
         "Toyota Land Cruiser 76, imetumika, mali binafsi ya mkazi anayerejea, gari 1", "TZ", 2300, 1, 18000, "USD",
         "a returning resident's used Land Cruiser comes off the ro-ro deck with worn cloth seats and a box of "
         "household goods; this one's seats and rear bench are covered with three tanned cat skins with black "
         "rosettes, heads cut off, tails and paw pads still on, and a fourth folded under the load floor: leopard "
         "skins (Panthera pardus, CITES App. I, Annex A) without the import permit that personal effects of that "
         "kind still need, by car carrier from Dar es Salaam to Antwerp; Swahili wording (leopard skins repeat in "
         "several sets; as seat covers of a returning resident's car was found in no earlier row by a keyword "
         "search)", person("Mme L. Dupont", "BE")),
        ("WLF-10", "import", "ESAIR01", "express", "GT", [], "ES", "060290",
         "Plantas de aire Tillandsia ionantha, de vivero, para soportes de rejilla de auto, 1.000 unidades", "GT",
         90, 1000, 900, "USD",
         "nursery-grown Tillandsia ionantha for car-vent holders are small, silvery rosettes of a few centimetres "
         "on a clean base; 300 of these 1,000 plants are large, flat, silver-white spiral rosettes of 20-40 cm with "
         "curling leaves and bark and lichen on the bases, taken from dry forest in eastern Guatemala: wild "
         "Tillandsia xerographica (CITES App. II) without CITES documents and mixed into a non-CITES order, sent "
         "by express from Guatemala City to a Madrid car-accessory web shop; Guatemalan Spanish wording "
         "(Tillandsia xerographica repeats in several sets, among mixed air plants in blind10; a car-vent "
         "air-plant label was found in no earlier row by a keyword search)", firm("Atlántico Accesorios SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "AU", "IE", "290420",
     "Nitromethane 98 %, 2 x 1 L, for a licensed private user (nitro drag-racing engine)", "AU", 2.3, 2, 90, "AUD",
     [("PRECURSOR_LICENCE", "IE-DOJ-56-0041")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "BA", "HR", "284700",
     "Hydrogen peroxide 35 %, 4 x 5 l, for a licensed private user (bleaching timber in a classic-car interior restoration)",
     "BA", 22.6, 4, 60, "EUR", [("PRECURSOR_LICENCE", "HR-MUP-56-0117")],
     "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "LTSEA01", "sea", "US", "LT", "870323",
     "End-of-life vehicles (16 01 04*), non-repairable salvage titles, 8 units, for depollution at a licensed dismantler",
     "US", 13600, 8, 0, "USD", [("BASEL_CONSENT", "LT-AAA-56-0119")],
     "notified end-of-life vehicles from the United States to a licensed treatment facility"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "731100",
     "Used autogas (LPG) tanks from scrapped cars, not degassed (16 05 04*), 400 pieces, for degassing and recovery",
     "NO", 8000, 400, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-56-0072")],
     "notified used gas tanks to a licensed degassing plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "NO", "NL", "290376",
     "Halon 1301 recovered from decommissioned armoured-vehicle fire systems, 12 cylinders, for reclamation at a halon bank",
     "NO", 600, 12, 0, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-56-008")], "recovered halon imported for reclamation under licence"),
    ("PRM-06", "ozone", "import", "GRROAD01", "road", "TR", "GR", "290345",
     "HFC-134a in refillable 60 kg cylinders, 20 cylinders, for car air-conditioning service, within the importer's quota",
     "TR", 1200, 20, 9000, "EUR", [("FGAS_QUOTA", "GR-YPEN-FG-56-0113")], "bulk HFC imported within a registered quota"),
    ("PRM-07", "cultural", "export", "DESEA01", "sea", "DE", "JP", "870323",
     "Porsche 911 Carrera RS 2.7, 1973, documented history, sold at auction, with the export licence", "DE", 1000,
     1, 920000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-56-0208")],
     "a means of transport over 75 years old exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "US", "701399",
     "René Lalique 'Victoire' car mascot, opalescent glass, 1928, with the export licence", "FR", 1.2, 1, 140000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-56-0419")], "an antique glass mascot exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SEAIR01", "air", "SE", "JP", "852589",
     "Uncooled 640 x 512 thermal camera cores, 60 Hz, 50 units, for an automotive night-vision maker", "SE", 20, 50,
     150000, "EUR", [("EXPORT_LICENCE", "SE-ISP-56-0331"), ("END_USER_CERTIFICATE", "JP-METI-EUC-56-0092")],
     "dual-use thermal cores under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DKAIR01", "air", "DK", "KR", "850440",
     "Frequency changers 600-2,000 Hz, 40 kVA, 6 units, for a Korean textile-spindle test bench", "DK", 180, 6,
     48000, "EUR", [("EXPORT_LICENCE", "DK-ERST-56-0057"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-56-0140")],
     "dual-use frequency changers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "VN", "IT", "411330",
     "Reticulated python skins, tanned, from registered captive breeding, 200 skins, for car upholstery", "VN", 90,
     200, 16000, "USD", [("CITES_PERMIT", "VN-CITES-56-0771")], "App. II python skins with their export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "GT", "ES", "060290",
     "Tillandsia xerographica, artificially propagated, 500 plants", "GT", 150, 500, 2500, "USD",
     [("CITES_PERMIT", "GT-CONAP-56-0213"), ("PHYTOSANITARY_CERTIFICATE", "GT-MAGA-56-4410")],
     "App. II air plants from a registered nursery with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. Murphy", "PRM-03": "Baltic Auto Recycling UAB", "PRM-05": "Nordhafen Halon Bank BV",
    "PRM-06": "Orion Klimatismos AE", "PRM-11": "Meridian Interni Auto Srl", "PRM-12": "Vivero Atlántico SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises, most in the motor trade
    ("701820", "Tyre-balancing glass microspheres for lorry tyres, 1 kg bags", "import", ["road"], ["MK", "TR"], (3, 5), (300, 1500), ["EUR"], 1, S),
    ("283630", "Sodium bicarbonate soda-blasting media, 25 kg sacks", "import", ["road"], ["NO", "TR"], (0.5, 0.9), (8000, 20000), ["EUR", "NOK"], 0.04, S),
    ("310210", "AdBlue urea solution 32.5 %, 10 l canisters", "import", ["road"], ["BA", "RS"], (0.5, 0.9), (6000, 20000), ["EUR"], 0.09, S),
    ("381900", "DOT 4 brake fluid, 1 l bottles", "import", ["sea"], ["TR", "KR"], (2, 3.5), (3000, 10000), ["USD", "EUR"], 1, S),
    ("381119", "Lead-replacement fuel additive for classic cars, 250 ml", "import", ["post"], ["GB", "AU"], (15, 30), (1, 3), ["GBP", "AUD"], 4, S),
    ("340250", "Traffic-film-remover powder for lorry washes, 20 kg buckets", "import", ["sea"], ["BR", "TR"], (1, 1.8), (10000, 22000), ["USD"], 0.05, S),
    ("284610", "Cerium-oxide glass polishing powder, 1 kg", "import", ["post"], ["KR", "CN"], (15, 30), (1, 3), ["USD", "KRW"], 1, S),
    ("382499", "Citric-acid radiator descaler for lorries, 1 kg tubs", "import", ["road"], ["UA", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 1, S),
    ("340290", "Water-spot remover for car paint, mild acid, 500 ml", "import", ["air"], ["JP", "KR"], (8, 15), (100, 500), ["USD", "JPY"], 2, S),
    ("340290", "Summer screenwash concentrate with insect remover, 5 l", "import", ["sea"], ["GE", "TR"], (0.6, 1.0), (6000, 16000), ["EUR", "USD"], 0.2, S),
    ("731100", "Autogas (LPG) toroidal tanks, new, ECE R67 approved", "export", ["sea"], ["AL", "MA"], (6, 10), (3000, 10000), ["EUR"], 0.05, S),
    ("842139", "Diesel particulate filters, new, OE replacement", "export", ["road"], ["RS", "BA"], (25, 45), (1000, 4000), ["EUR"], 0.1, S),
    ("281512", "Caustic soda lye 50 %, new, for soap making, IBC", "export", ["sea"], ["GH", "NG"], (0.3, 0.6), (18000, 24000), ["EUR"], None, S),
    ("870323", "Used passenger cars, roadworthy, with registration papers", "export", ["sea"], ["BJ", "GN"], (1.5, 4), (5000, 14000), ["EUR"], 0.0008, S),
    ("852721", "Car multimedia head units, new, boxed", "import", ["sea"], ["CN", "KR"], (25, 45), (2000, 6000), ["USD"], 0.5, S),
    ("690919", "Ceramic honeycomb catalyst substrates (cordierite), new", "import", ["sea"], ["JP", "CN"], (8, 15), (2000, 8000), ["USD"], 0.5, S),
    ("390422", "Plasticised PVC compound for shoe soles, granules", "export", ["road"], ["BA", "RS"], (1.2, 1.8), (10000, 20000), ["EUR"], None, S),
    ("283529", "Zinc phosphate anticorrosive pigment, new, 25 kg sacks", "export", ["road"], ["UA", "MD"], (2, 3.5), (5000, 15000), ["EUR"], 0.04, S),
    ("340590", "Car-care aerosols (tyre shine, cockpit spray), propane-butane, 500 ml", "import", ["sea"], ["EG", "TR"], (1.5, 3), (4000, 12000), ["USD", "EUR"], 1.7, S),
    ("842410", "FK-5-1-12 clean-agent extinguishers for race cars, 2 kg", "import", ["express"], ["US", "GB"], (60, 120), (2, 4), ["USD", "GBP"], 0.5, S),
    ("340399", "PAG compressor oil for car air-conditioning, 250 ml bottles", "import", ["road"], ["TR", "RS"], (8, 14), (300, 1500), ["EUR"], 4, S),
    ("382499", "Freeze spray for bearing removal, CO2-based, 400 ml", "import", ["sea"], ["TW", "CN"], (4, 8), (1000, 4000), ["USD"], 2.5, S),
    ("850220", "Aircraft ground power units, diesel, new", "export", ["sea"], ["GQ", "SN"], (12, 20), (3000, 9000), ["EUR"], 0.0006, S),
    ("870410", "Used rigid dump trucks, 40 t, dry-chemical fire suppression", "export", ["sea"], ["ZM", "CD"], (3, 6), (30000, 60000), ["EUR"], None, S),
    ("870323", "Used sports coupés, 2048-2052, with registration papers", "export", ["sea"], ["JP", "AE"], (25, 45), (1300, 3000), ["EUR"], 0.0007, S),
    ("701399", "Glass car mascots, modern reproductions", "export", ["post"], ["US", "JP"], (40, 80), (1, 3), ["EUR"], 1, S),
    ("401220", "Part-worn van tyres, 4 mm tread or more", "import", ["sea"], ["TN", "TR"], (0.5, 1), (3000, 10000), ["EUR"], 0.04, S),
    ("870830", "Cast-iron brake drums for lorries, new", "import", ["sea"], ["EG", "IN"], (1, 1.8), (12000, 22000), ["USD"], 0.03, S),
    ("870899", "Reproduction bronze bushes for vintage cars, new", "import", ["road"], ["UA", "TR"], (20, 40), (50, 300), ["EUR"], 5, S),
    ("490199", "Reprinted classic-car workshop manuals, new", "export", ["post"], ["US", "GB"], (15, 30), (1, 4), ["EUR"], 1, S),
    ("401691", "Rubber car floor mats, universal sets", "import", ["sea"], ["TR", "CN"], (1.2, 2.2), (5000, 12000), ["USD"], 0.25, S),
    ("840991", "Remanufactured engine blocks, exchange units", "import", ["sea"], ["TR", "ZA"], (2, 4), (3000, 9000), ["EUR", "USD"], 0.007, S),
    ("392640", "Dashboard Buddha figurines, resin, new", "import", ["express"], ["TH", "CN"], (20, 40), (1, 3), ["USD"], 6, S),
    ("410799", "Embossed cowhide for car upholstery, new", "import", ["air"], ["IN", "AR"], (18, 30), (100, 600), ["USD"], None, S),
    ("870324", "Used compact SUVs, petrol 1.5 l, 2050-2052", "export", ["sea"], ["MN", "GE"], (6, 10), (5000, 14000), ["EUR"], 0.0007, S),
    ("853710", "Engine control units, used, tested, from dismantled cars", "export", ["air"], ["UA", "MD"], (6, 12), (100, 500), ["EUR"], 0.8, S),
    ("852589", "Dashboard cameras, full HD, new", "import", ["sea"], ["CN", "KR"], (30, 60), (1000, 4000), ["USD"], 4, S),
    ("870121", "Used road tractors 4x2, Euro 6, high mileage", "export", ["sea"], ["MA", "TN"], (3, 5), (14000, 40000), ["EUR"], 0.00014, S),
    ("850440", "Frequency inverters 7-22 kW for car-wash pumps", "export", ["air"], ["TR", "MA"], (30, 50), (100, 600), ["EUR"], 0.1, S),
    ("871491", "Carbon-fibre bicycle frames, finished", "export", ["air"], ["TR", "US"], (150, 300), (100, 500), ["EUR"], 0.7, S),
    ("845891", "Vertical alloy-wheel repair lathes, CNC", "export", ["sea"], ["TR", "MA"], (8, 14), (1500, 6000), ["EUR"], 0.0008, S),
    ("440890", "Walnut-burl veneer for car dashboards", "import", ["air"], ["TR", "US"], (30, 60), (50, 300), ["USD"], None, S),
    ("590320", "PU-coated fabric, snake-pattern embossed, for car upholstery", "import", ["air"], ["VN", "CN"], (6, 10), (300, 1500), ["USD"], None, S),
    ("442199", "Maple-bead massage car-seat covers", "import", ["sea"], ["CN", "IN"], (2, 4), (2000, 6000), ["USD"], 0.4, S),
    ("420500", "Cowhide car key fobs, embossed", "import", ["express"], ["IN", "ZA"], (40, 80), (1, 3), ["USD"], 80, S),
    ("870899", "PU steering-wheel covers, lizard print, laced", "import", ["sea"], ["CN", "ID"], (5, 9), (1000, 4000), ["USD"], 3, S),
    ("392111", "CO2-blown XPS insulation boards for camper-van conversions", "import", ["sea"], ["AL", "TR"], (2, 3.5), (3000, 8000), ["EUR"], 0.25, S),
    ("630499", "Faux-fur car seat covers, leopard print", "import", ["sea"], ["CN", "TR"], (4, 7), (2000, 6000), ["USD"], 1, S),
]
# Everyday trade: as in blind88 and its successors, blind80's everyday rows (blind72's, with blind80's own rows),
# less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("420292", "Car-boot organisers, foldable polyester", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 1, N),
        ("854442", "Jump-start cables with clamps, 3 m, in bags", "import", ["sea"], ["CN", "TR"], (5, 9), (3000, 8000), ["USD", "EUR"], 0.8, N),
        ("401699", "Rubber mud flaps for cars, universal pairs", "import", ["sea"], ["TR", "CN"], (2, 4), (3000, 8000), ["USD", "EUR"], 1, N),
        ("950300", "Die-cast model cars, 1:43, boxed", "import", ["post", "express"], ["GB", "CN"], (40, 80), (1, 3), ["GBP", "USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind183", 20560901, HERE)


if __name__ == "__main__":
    main()
