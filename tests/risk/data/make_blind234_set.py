#!/usr/bin/env python3
"""Writes the two-hundred-and-thirty-fourth blind set (tests/risk/data/blind234-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2065, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: military surplus, collectors
and re-enactors (surplus dealers and army shops, militaria fairs and auctions,
re-enactment groups and living-history suppliers, film-prop armourers, deactivated-weapons
and uniform traders, military-vehicle and warbird restorers), spread over many countries
and languages.
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
ordinary table (with the shared everyday table's two steel rows, as in blind128).
Disguised rows carry a consignee name only where a real declaration would. Ids are BL234-*:

    python3 tests/risk/data/make_blind234_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2065, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2065
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "US", [], "DE", "381090",
         "Rust bluing solution for antique firearm restoration (slow rust blue), 4 x 1 qt", "US", 5.4, 4, 96, "USD",
         "a collectors' slow-rust bluing solution is a pale-green, weak mixture of a few per cent of acids and iron "
         "salts sold in 4 oz bottles; these four quart bottles hold a water-clear to yellow liquid of 1.40 kg/l that "
         "fumes brown when opened, stains the skin yellow and eats a copper coin, posted from Pennsylvania by a "
         "militaria restorer's supplier to a private collector in Kassel: about 65 % nitric acid (Annex I above 3 %), "
         "made available to a member of the public without a licence, and a corrosive sent by post; US English wording "
         "(nitric acid repeats in many sets and one bluing-solution label in blind58; a rust-bluing label for antique-gun "
         "restorers was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-02", "import", "ATAIR01", "express", "RS", [], "AT", "340590",
         "Prašak za poliranje mesinganih dugmadi i kopči vojnih uniformi, 4 x 1 kg", "RS", 4.1, 4, 3600, "RSD",
         "the brass-polishing powder re-enactors rub onto uniform buttons with a button stick is a fine, pink-grey "
         "abrasive (tripoli or whiting) that smells of ammonia when mixed; these four bags hold colourless, salty, "
         "cold-tasting crystals that dissolve completely, draw damp in the air and flare on a hot plate, with CAS "
         "7775-09-9 on the inner liners, sent by express from a Novi Sad army-surplus web shop to a private "
         "Napoleonic re-enactor in Graz: sodium chlorate (Annex I above 40 %) for a member of the public; Serbian "
         "wording (sodium chlorate repeats in many sets and a brass-cleaner label for uniform buttons in blind204, on "
         "nitric acid; a button-polishing powder on sodium chlorate was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-03", "import", "NLSEA01", "sea", "GB", [], "NL", "285390",
         "Demineralised battery top-up water for restored military vehicles, 5 l cans, 240 cans", "GB", 2208, 240,
         960, "GBP",
         "battery top-up water weighs 1.00 kg/l and comes in thin, unvented cans at a pound a litre; these 240 cans, "
         "for a Dutch military-vehicle club's web shop that sells them to its members and the public at shows, weigh "
         "1.84 kg/l, are heavy-walled, marked UN 1830 under the new sticker and char a paper label: about 96 % "
         "sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from Harwich to "
         "Rotterdam; British English wording (sulphuric acid repeats in many sets and battery-water labels in a few, "
         "blind49 on a car-care order; kept as a repeat of that cover, a military-vehicle club shop by sea from "
         "Britain is the new part as far as a search found)", firm("Orion Legervoertuigen BV", "NL")),
        ("PRE-04", "import", "HUROAD01", "road", "RS", [], "HU", "253090",
         "Filmes kellékpor (fuller's earth), csatajelenetek porosításához, 25 kg zsák, 600 zsák", "RS", 15000, 600,
         4500, "EUR",
         "fuller's earth for ageing costumes and dusting battle scenes on film sets is a soft, beige, clayey powder "
         "that makes a mud with water; these 600 sacks hold a white, free-flowing, ground crystalline powder tinted "
         "beige with an earth pigment, which turns the water ice-cold, reads 34 % N and melts and fumes on a hot "
         "plate, for a Budapest film-supply shop that sells sacks to the public and to paintball and re-enactment "
         "clubs: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at "
         "Röszke; Hungarian wording on a Serbian load (ammonium nitrate repeats in many sets; a fuller's-earth label once, "
         "blind125, on a waste; a film-set dusting powder was found in no earlier row by a keyword search)",
         firm("Delta Filmkellék Kft.", "HU")),
        ("PRE-05", "import", "PTPOST01", "post", "BR", [], "PT", "380991",
         "Líquido para envelhecer uniformes de reconstituição histórica, 6 x 1 litro", "BR", 7.0, 6, 240, "BRL",
         "the ageing liquid living-history tailors use to make linen and wool look campaign-worn is a brown tea-and-"
         "walnut stain of 1.01 kg/l; these six bottles hold a water-clear liquid of 1.13 kg/l with vented caps that "
         "whitens the skin, fizzes on a cut and bleaches the cloth it was meant to stain, posted from Curitiba to a "
         "private Peninsular-War re-enactor in Porto: about 35 % hydrogen peroxide (Annex I above 12 %) for a member "
         "of the public; Brazilian Portuguese wording (hydrogen peroxide repeats in many sets and ageing labels in a "
         "few; a re-enactment uniform-ageing liquid was found in no earlier row by a keyword search)",
         person("João Pereira", "PT")),
        ("PRE-06", "import", "FRAIR01", "express", "CA", [], "FR", "250840",
         "Terre de pipe pour blanchir les buffleteries, reconstitution napoléonienne, 4 x 1 kg", "CA", 4.0, 4, 60, "CAD",
         "the pipeclay Napoleonic re-enactors rub onto buff cross-belts is a soft, white clay that makes a smooth, "
         "earthy-smelling paste with water; these four bags hold a heavier, gritty white crystalline powder that makes "
         "no paste, barely dissolves, burns fiercely mixed with sugar, and whose inner liners read 'KClO4', sent by "
         "express from a Québec living-history sutler to a private re-enactor in Dijon: potassium perchlorate "
         "(Annex I above 40 %) for a member of the public; Québec French wording (potassium perchlorate repeats in "
         "many sets and clay and chalk covers in several, pipeclay once on a shield in blind159; a pipeclay label for "
         "cross-belts was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("PRE-07", "import", "LTAIR01", "air", "KZ", [], "LT", "330690",
         "Тіс ұнтағы, әскери үлгідегі, 200 г қорап, 5 000 қорап", "KZ", 1000, 5000, 2500, "USD",
         "army-pattern tooth powder is ground chalk with mint: a soft, white powder that fizzes in vinegar and tastes "
         "of peppermint; these 5,000 boxes, for a Kaunas army-surplus and nostalgia shop that sells them over the "
         "counter, hold a glittering, salty-cool crystalline powder that does not fizz, has no mint smell and sparks "
         "violet on a hot plate: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "flown from Almaty; Kazakh wording (potassium chlorate repeats in many sets and tooth-powder labels in several; "
         "a Soviet-style army tooth powder in Kazakh is the new part as far as a search found)",
         firm("Vega Kariška Atributika UAB", "LT")),
        ("PRE-08", "import", "CZAIR01", "express", "US", [], "CZ", "340290",
         "Black powder solvent for muzzleloaders and reenactment muskets, 4 x 1 gal", "US", 17.2, 4, 140, "USD",
         "muzzleloader black-powder solvents are milky, water-based soap-and-oil emulsions of about 1.0 kg/l that "
         "smell of wintergreen; these four gallons hold a clear, oily, faintly fruity liquid of 1.14 kg/l that sinks "
         "in water and carries 'CH3NO2' on the filler's drum label copied onto the packing list, sent by express from "
         "Tennessee to a private black-powder shooter and re-enactor in Plzeň, although flammable liquids go by "
         "express only as declared dangerous goods: nitromethane (Annex I above 16 %) for a member of the public; US "
         "English wording (nitromethane repeats in many sets; a muzzleloader-solvent label was found in no earlier "
         "row by a keyword search)", person("Pan J. Novák", "CZ")),
        ("PRE-09", "import", "GRROAD01", "road", "TR", [], "GR", "382499",
         "Radyatör kireç sökücü toz, askeri araç restorasyonu için, 1 kg kutu, 1.200 kutu", "TR", 1200, 1200, 2400, "EUR",
         "radiator descalers for old lorries are citric or sulphamic acid: sour granules that fizz on limescale; these "
         "1,200 tubs, for a Thessaloniki shop that sells parts to restorers of ex-army Jeeps and Dodges and to the "
         "public, hold a white, odourless, hygroscopic powder that does not fizz on limescale, tastes of nothing sour "
         "and burns brightly with sugar, with CAS 7601-89-0 on the tub liners: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, in a van at Kipoi; Turkish wording (sodium perchlorate repeats in "
         "many sets and a lorry radiator-descaler label in blind183, on another salt; for military-vehicle restorers "
         "from Türkiye to Greece is the new part as far as a search found)", firm("Delta Stratiotika Ochimata AE", "GR")),
        ("PRE-10", "import", "CYAIR01", "air", "IL", [], "CY", "300490",
         "מי חמצן 3% לחיטוי פצעים, מילוי לערכות חובש, עודפי צבא, 1 ליטר, 600 בקבוקים", "IL", 700, 600, 1500, "USD",
         "3 % hydrogen peroxide for medic-kit refills is a 1.01 kg/l antiseptic in unvented bottles with a pharmacy "
         "label; these 600 bottles, for a Limassol army-surplus and outdoor shop that sells to the public, have vented "
         "caps, weigh 1.17 kg/l, whiten the skin at once and foam violently on a cut: about 40 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public under a 3 % label, flown from Tel Aviv to "
         "Larnaca; Hebrew wording (hydrogen peroxide repeats in many sets and weak-peroxide labels on strong peroxide "
         "in several; a medic-kit refill label from army surplus was found in no earlier row by a keyword search)",
         firm("Horizon Army Surplus Ltd", "CY")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "TZ", "870422",
         "Unimog 404 und MAN 5 t gl, ex Bundeswehr, fahrbereit, Sammlerfahrzeuge, 14 Stück", "DE", 84000, 14, 42000,
         "EUR",
         "ex-army Unimogs sold to collectors run, have a roadworthiness report and their fluids in place; these 14 "
         "have no engines or gearboxes, rust through the cabs, sheared brake lines, leaking axle and hydraulic oil, "
         "cracked lead-acid batteries on the floors and asbestos brake linings, bought by the tonne at a depot "
         "clearance: end-of-life vehicles not drained of hazardous components (16 01 04*), hazardous waste whose export "
         "to a non-OECD country is banned, from Hamburg to Dar es Salaam; German wording (end-of-life vehicles repeat "
         "in many sets and demilitarised army lorries declared roadworthy in blind208, DAF to Ghana; kept as a repeat, "
         "Unimogs as collectors' vehicles to Tanzania are the new part as far as a search found)",
         {"importer_country": "TZ"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "BD", "890790",
         "Πλοίο αποβατικό, πρώην Πολεμικού Ναυτικού, αφοπλισμένο, για χρήση ως πλωτή αποθήκη, 1", "GR", 2600000, 1,
         420000, "EUR",
         "a decommissioned landing ship sold for further use as floating storage keeps its class papers and a buyer "
         "who moors it; this 1970s tank-landing ship, towed from Souda Bay, has a single-voyage flag, a cash buyer "
         "in Chattogram, a price per light-displacement tonne and a beaching plan, and still carries asbestos "
         "lagging, PCB cables and bilge oil: a ship destined for breaking, hazardous waste (Basel, with the ship "
         "recycling rules) whose export to a non-OECD country is banned; Greek wording (warships and vessels sold "
         "'for further use' to breakers repeat in several sets; kept as a repeat, a Greek navy landing ship as "
         "floating storage is the new part as far as a search found)", {"importer_country": "BD"}),
        ("WST-03", "export", "PLSEA01", "sea", "PL", [], "PK", "852560",
         "Wycofane z użytku wojskowe radiostacje i stacje radiolokacyjne, dla kolekcjonerów, 18 t", "PL", 18000, None,
         3600, "EUR",
         "collectors' military radios are single sets, boxed, described by type and tested; this container holds 18 t "
         "of smashed cabinets, broken radar CRTs, stripped chassis and oil-filled capacitors stamped 'Sovol' from a "
         "Soviet-era radar regiment's store, bought by weight at 0.20 EUR/kg: waste electrical equipment with "
         "CRT glass and PCB-containing components (16 02 13*, 16 02 10*), hazardous waste whose export to a non-OECD "
         "country is banned, from Gdynia to Karachi; Polish wording (e-waste and PCB capacitors repeat in many sets "
         "and radar tubes in blind208; collectors' military radio stations were found in no earlier row by a "
         "keyword search)", {"importer_country": "PK"}),
        ("WST-04", "export", "LVROAD01", "road", "LV", ["LT", "PL"], "UA", "850650",
         "Militāro radiostaciju litija baterijas BA-5590, neizmantotas, no noliktavas, 4 t", "LV", 4000, 4000, 4000,
         "EUR",
         "unused BA-5590 batteries come in sealed, dated cartons with a state-of-charge indicator; these 4,000 are "
         "out-of-date, swollen, some vented with a smell of sulphur dioxide and marked 'expired, for disposal' under "
         "the new labels, from an army depot clearance: waste lithium primary batteries (16 06 06*), hazardous waste "
         "whose export to a non-OECD country is banned, on a lorry through Lithuania and Poland to a Lviv 'radio "
         "shop'; Latvian wording (lithium-sulphur-dioxide radio batteries repeat blind208, Germany to Pakistan; kept "
         "as a repeat, from Latvia to Ukraine by road is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "AL", "382000",
         "Liquido antigelo rigenerato, a base glicole, fusti da 200 l, 80 fusti", "IT", 16000, 80, 1600, "EUR",
         "regenerated antifreeze is a clear, green or pink glycol of 1.07 kg/l with a test certificate; these 80 olive "
         "drums, stencilled 'DS2' under the paint, hold an amber, amine-smelling liquid that burns the skin and eats "
         "paint, from an army depot's expired NBC decontamination stocks: expired decontaminating solution "
         "(diethylenetriamine and a glycol ether; discarded chemicals with hazardous substances, 16 05 08*), hazardous "
         "waste whose export to a non-OECD country is banned, from Bari to Durrës; Italian wording (decontamination "
         "agents repeat in a few sets and antifreeze labels in several; DS2 was found in no earlier row by a keyword "
         "search)", {"importer_country": "AL"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "CD", "630622",
         "Tentes militaires de surplus, toile synthétique, 120 pièces", "BE", 6000, 120, 4800, "EUR",
         "an army-surplus container for Matadi: tents and camp beds are what Belgian surplus dealers ship to Congo, "
         "but the third item's 'condensateurs de puissance, surplus' are 160 rusty, oil-weeping power capacitors "
         "from dismantled NATO radar and signal stations, their plates reading 'Askarel' and 'Pyralène': PCB-containing "
         "waste (16 02 09*), hazardous waste whose export to a non-OECD country is banned, hidden as the last item of "
         "a three-item declaration, from Antwerp; Belgian French wording (PCB capacitors repeat in many sets; behind "
         "military-surplus tents to Congo is the new part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("940320", "Lits de camp pliants, surplus, 300 pièces", "BE", 4500, 1500, "EUR", qty=300),
                           item("853210", "Condensateurs de puissance, surplus, 160 pièces", "BE", 5600, 800, "EUR", qty=160)])),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "282110",
         "Vas-oxid pigment, vörös, építőipari festékekhez, big bag, 24 t", "HU", 24000, None, 720, "EUR",
         "red iron-oxide pigment is a fine, dry, brick-red powder of even colour sold at about 1 EUR/kg; these bags hold "
         "damp, sticky, brown-red mud that reads pH 12.5, smells of caustic soda and carries sodium, vanadium and "
         "arsenic, from the settling ponds of an alumina plant: red mud (bauxite residue, 01 03 10*), hazardous "
         "waste whose export to a non-OECD country is banned, at Röszke for a Novi Sad 'paint maker' at 0.03 EUR/kg; "
         "Hungarian wording (red mud repeats in blind118 and blind135; kept as a repeat, an iron-oxide pigment "
         "label by road to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-08", "export", "FISEA01", "sea", "FI", [], "VN", "282110",
         "Rautaoksidi, kuivattu, keraamisen teollisuuden raaka-aineeksi, suursäkit, 30 t", "FI", 30000, None, 1500,
         "EUR",
         "iron oxide for ceramics is a dry, even, red or black powder with an analysis sheet; these bags hold a "
         "yellow-green, wet filter cake that reads chromium, nickel and calcium fluoride from the acid-neutralising "
         "plant of a stainless-steel pickling line: pickling sludge with heavy metals (11 01 09*), hazardous waste "
         "whose export to a non-OECD country is banned, from Kokkola to Hai Phong; Finnish wording (pickling sludge "
         "repeats in blind74 and blind218; kept as a repeat, from Finland to Viet Nam as iron oxide is the new part "
         "as far as a search found)", {"importer_country": "VN"}),
        ("WST-09", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "262190",
         "Popílek ze spalování, přísada do cementu, 24 t", "CZ", 24000, None, 480, "EUR",
         "power-station fly ash for cement is a fine, grey, silky powder with a certificate; this tanker holds a "
         "darker, salty, dioxin-tested dust with lead, zinc and cadmium from the flue-gas cleaning of a municipal "
         "waste incinerator: incinerator fly ash (19 01 13*), hazardous waste whose export to a non-OECD country is "
         "banned, through Slovakia to Uzhhorod; Czech wording (incinerator fly ash repeats in many sets; kept as a "
         "repeat, by road from Czechia to Ukraine is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("WST-10", "export", "EESEA01", "sea", "EE", [], "NG", "271019",
         "Raske kütteõli, katlakütuseks, 1 000 t", "EE", 1000000, None, 180000, "EUR",
         "heavy fuel oil for boilers is a black, uniform, 0.98 kg/l fuel with a quality certificate; this tanker holds "
         "a water-laden, layered sludge of old jet fuel, lubricants and sediment with solvent and a chlorine reading, "
         "pumped out of the underground tanks of a former Soviet air base during its clean-up: oily sludge and "
         "waste fuels (13 07 03*, 05 01 03*), hazardous waste whose export to a non-OECD country is banned, from "
         "Paldiski to Lagos; Estonian wording (oil sludges as fuel repeat in many sets; a Soviet air-base clean-up "
         "was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "BR", [], "DE", "731100",
         "Cilindros de nitrogênio, vazios, de carros de combate Leopard 1 desativados, para colecionadores, 40", "BR",
         720, 40, 2000, "USD",
         "empty nitrogen bottles weigh their tare and read zero; these 40 small red bottles, cut out of the crew and "
         "engine-bay fire systems of decommissioned Leopard 1 tanks, weigh 18 kg each, read 42 bar, and a leak "
         "detector reads bromotrifluoromethane at the valves, for a Munster tank-restoration firm: charged halon "
         "1301 bottles, whose import into the Union is banned outside licensed critical uses, flown from São Paulo to "
         "Frankfurt; Brazilian Portuguese wording (halon 1301 repeats in many sets and armoured-vehicle bottles in "
         "blind208; Leopard bottles as empty nitrogen cylinders for collectors are the new part as far as a search "
         "found)", firm("Alpina Fahrzeugtechnik GmbH", "DE")),
        ("OZN-02", "import", "PLPOST01", "post", "UA", [], "PL", "340290",
         "Рідина для очищення оптики біноклів БПЦ, для реставрації, 4 x 0,5 л", "UA", 3.1, 4, 1600, "UAH",
         "the optics-cleaning fluid binocular restorers use is an alcohol or water mixture of about 0.8-1.0 kg/l that "
         "burns and dries slowly; these four bottles hold a liquid of 1.57 kg/l that does not burn, evaporates at "
         "once with a sweet smell and boils at 48 °C, from Soviet-era stocks in glass bottles marked 'Хладон 113': "
         "CFC-113, whose import into the Union is banned, posted from Kharkiv to a private restorer of military "
         "binoculars in Kraków; Ukrainian wording (CFC-113 repeats in many sets; a binocular-optics cleaner was "
         "found in no earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("OZN-03", "import", "DKAIR01", "express", "CN", [], "DK", "380891",
         "军装收藏防蛀喷雾, 500 毫升, 48 罐", "CN", 30, 48, 960, "CNY",
         "moth sprays for wool uniform collections are pyrethroid or cedar aerosols under a hydrocarbon propellant and "
         "a flame mark; these 48 heavy, unlabelled steel cans have no flame mark, hold a liquid of 1.73 kg/l that "
         "boils at 4 °C, and their crimped caps read 'CH3Br': methyl bromide in small fumigation cans, whose import "
         "into the Union is banned, sent by express from Shenzhen to a Copenhagen militaria dealer who fumigates "
         "uniform collections; Chinese wording (methyl bromide repeats in many sets and moth labels in several; a "
         "uniform-collection moth spray was found in no earlier row by a keyword search)",
         firm("Nordhafen Militaria ApS", "DK")),
        ("OZN-04", "import", "BESEA01", "sea", "US", [], "BE", "620331",
         "WWII reenactment uniforms, M1943 field jackets and trousers, reproduction, 400 sets", "US", 1200, 400,
         16000, "USD",
         "a living-history container for a Bastogne re-enactment outfitter: reproduction M1943 uniforms and canvas "
         "pup tents are what American suppliers ship before the Battle of the Bulge commemorations, but the third "
         "item's 'vintage jeep fire extinguishers, brass, decorative' are 60 brass pump extinguishers of the 1940s, "
         "still full and sloshing with a liquid of 1.59 kg/l that smells of chloroform: carbon tetrachloride, "
         "products containing an ozone-depleting substance whose import into the Union is banned, hidden as the last "
         "item of a three-item declaration, by sea from Baltimore to Antwerp; US English wording (carbon tetrachloride "
         "in brass pump extinguishers repeats in blind20, blind87, blind172 and blind189; kept as a repeat, behind "
         "re-enactment uniforms for Bastogne is the new part as far as a search found)",
         dict(firm("Vega Living History SA", "BE"),
              _more_items=[item("630622", "Shelter halves (pup tents), canvas, reproduction, 200", "US", 800, 6000, "USD", qty=200),
                           item("842410", "Vintage jeep fire extinguishers, brass, decorative, 60", "US", 150, 1800, "USD", qty=60)])),
        ("OZN-05", "import", "DEROAD01", "road", "CH", [], "DE", "860900",
         "Occasion: Kühl-Shelter 20 ft, ex Armee, mit Kälteaggregat, 6 Stück", "CH", 27000, 6, 30000, "CHF",
         "used refrigerated shelters sold into the Union have their insulation declared and their cooling units "
         "emptied or converted to a current refrigerant; these six ex-army 20-ft shelters from a Thun liquidation "
         "keep their 1980s circuits still charged with dichlorodifluoromethane (plates read 'R12'), and their "
         "polyurethane walls give off trichlorofluoromethane when cut: products and equipment containing CFC-12 and "
         "CFC-11, whose import into the Union is banned, at Basel for a festival-catering hire firm; Swiss German "
         "wording (CFC-11 foams and R-12 circuits repeat in many sets; ex-army Swiss refrigerated shelters were found "
         "in no earlier row by a keyword search)", firm("Central Eventkühlung GmbH", "DE")),
        ("OZN-06", "import", "IEAIR01", "express", "US", [], "IE", "842410",
         "Aircraft cockpit fire extinguisher, vintage, collectible, display only, 2 pcs", "US", 3.6, 2, 90, "USD",
         "display cockpit extinguishers sold to collectors are emptied, their valves drilled and tagged 'inert'; "
         "these two from a surplus-auction lot of retired trainer aircraft weigh full, read 125 psi and a leak "
         "detector reads bromochlorodifluoromethane at the valve: charged halon 1211 extinguishers, products whose "
         "import into the Union is banned, sent by express from Arizona to a private aviation-militaria collector "
         "in Cork; US English wording (halon 1211 repeats in many sets, decorative vintage extinguishers in blind111 "
         "and aviation memorabilia from Arizona boneyards in blind207; kept as a repeat, by express to a private "
         "collector in Ireland is the new part as far as a search found)", person("Mr D. Murphy", "IE")),
        ("OZN-07", "import", "ESSEA01", "sea", "MX", [], "ES", "340520",
         "Escarcha artificial en aerosol para efectos especiales de cine, propelente DME, 400 ml, 3.600 latas", "MX",
         1800, 3600, 5400, "USD",
         "film-set frost sprays are a matting wax in a dimethyl-ether propellant that carries a flame mark and burns "
         "at the nozzle; these 3,600 cans, for a Madrid special-effects and prop-hire house, have no flame mark, do not "
         "light, chill the can hard and a gas test gives chlorodifluoromethane and 1-chloro-1,1-difluoroethane: "
         "aerosols propelled with HCFC-22 and HCFC-142b, products containing ozone-depleting substances whose import "
         "into the Union is banned, by sea from Veracruz to Valencia; Mexican Spanish wording (HCFC aerosols repeat "
         "in many sets; a film-set frost spray was found in no earlier row by a keyword search)",
         firm("Meridian Efectos Especiales SL", "ES")),
        ("OZN-08", "import", "NLSEA01", "sea", "TW", [], "NL", "340290",
         "電子接點清潔劑 (真空管軍用無線電修復用), 400 ml, 2,400 罐", "TW", 1300, 2400, 3600, "USD",
         "contact cleaners for restorers of valve military radios are light hydrocarbon or alcohol sprays with a "
         "flame mark; these 2,400 cans, for a Dutch radio-militaria supplier, are heavy, have no flame mark, spray "
         "a liquid that evaporates at 32 °C with a sweet smell and the filler's codes read '141b': "
         "1,1-dichloro-1-fluoroethane (HCFC-141b) in aerosols, products containing an ozone-depleting substance "
         "whose import into the Union is banned, by sea from Kaohsiung to Rotterdam; Chinese wording from Taiwan "
         "(HCFC-141b cleaners repeat in many sets and contact-cleaner labels in several; for valve military radios "
         "is the new part as far as a search found)", firm("Atlantic Radiohistorie BV", "NL")),
        ("OZN-09", "import", "HRROAD01", "road", "RS", [], "HR", "381400",
         "Одмашћивач за делове оружја, незапаљив, канистери 20 л, 40 канистера", "RS", 1270, 40, 1600, "EUR",
         "non-flammable degreasers for gun parts sold today are modified alcohols or hydrofluoroethers of about "
         "0.8-1.5 kg/l with a data sheet; these 40 cans hold a liquid of 1.59 kg/l with a sweet chloroform smell that "
         "boils at 77 °C, from a former army armoury's stock, for a Zagreb workshop that deactivates and restores "
         "surplus rifles: carbon tetrachloride, whose import into the Union is banned, in a van at Bajakovo; Serbian "
         "(Cyrillic) wording (carbon tetrachloride repeats in many sets and degreaser labels in several; a gun-parts "
         "degreaser for a deactivation workshop is the new part as far as a search found)",
         firm("Orion Oružarska Radionica d.o.o.", "HR")),
        ("OZN-10", "import", "NLSEA01", "sea", "MY", [], "NL", "381400",
         "Penanggal cat diklorometana, untuk restorasi topi keledar tentera, tong 20 liter, 40 tong", "MY", 1550, 40,
         1200, "USD",
         "dichloromethane paint stripper is a clear, sweet-smelling liquid of 1.33 kg/l, thickened with wax, that "
         "blisters paint in minutes; these 40 drums hold an unthickened liquid of 1.94 kg/l, boiling at 68 °C, that "
         "does not blister paint, and the drum heads are stamped 'CH2BrCl', for a Dutch firm that strips and "
         "repaints surplus helmets and ammunition boxes for collectors: bromochloromethane (halon 1011), whose import "
         "into the Union is banned, by sea from Port Klang to Rotterdam; Malay wording (bromochloromethane repeats in "
         "many sets and paint-stripper labels in a few; a helmet-restoration stripper was found in no earlier row by "
         "a keyword search)", firm("Rivage Restauratie BV", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "ATAIR01", "express", "RS", [], "AT", "650610",
         "Replika rimskog konjaničkog šlema, za rekonstrukciju, ručni rad, 1 kom", "RS", 1.6, 1, 180, "EUR",
         "a re-enactment replica of a Roman cavalry helmet is bright, spun or raised brass or steel with even, modern "
         "rivets and a leather lining; this one is thin, green-crusted bronze with a silvered iron face-guard hinge "
         "rusted fast, Danube clay in the neck guard and a punched owner's name in Latin, dug by detectorists on the "
         "limes near Viminacium: an archaeological object exported from Serbia without its permit, brought in "
         "against Regulation 2019/880 (import of cultural goods unlawfully exported), by express from Belgrade to a "
         "private collector in Linz; Serbian (Latin) wording (Roman detector finds repeat in many sets; a Roman "
         "cavalry helmet as a re-enactment replica was found in no earlier row by a keyword search)",
         person("Frau S. Huber", "AT")),
        ("CUL-02", "import", "PLPOST01", "post", "UA", [], "PL", "930700",
         "Репліка меча доби Київської Русі для реконструкторів, 1 шт.", "UA", 1.9, 1, 6000, "UAH",
         "a re-enactors' replica of a Kyivan Rus' sword is bright, machine-ground spring steel with a new wooden grip; "
         "this one is a black, pitted blade with a pattern-welded core under the rust, a silver-inlaid guard and "
         "pommel of a 10th-century type and river sand in the fuller, lifted from the Dnipro: an archaeological "
         "object of Ukraine, whose export is forbidden, brought in against Regulation 2019/880 by post from Kyiv to a "
         "private buyer in Lublin; Ukrainian wording (Kyivan Rus' finds repeat in blind84 and blind111; a "
         "re-enactors' sword replica was found in no earlier row by a keyword search)", person("Anna Kowalska", "PL")),
        ("CUL-03", "import", "DEAIR01", "air", "GE", [], "DE", "732690",
         "Реконструкторская кольчуга и шлем, клёпаные, новые, 2 шт.", "GE", 24, 2, 400, "USD",
         "new riveted re-enactment mail is bright, machine-punched rings of even size with a modern lining; this "
         "shirt and helmet are dark, hand-drawn, irregular rings with brass-ring borders, a leather lining rotted to "
         "the metal and a Georgian cross on the nasal, from a Khevsureti village shrine: 17th-18th-century Khevsur "
         "armour, cultural property of Georgia exported without its permit and brought in against Regulation "
         "2019/880, flown from Tbilisi to Frankfurt for a Munich arms-and-armour dealer; Russian wording from "
         "Georgia (chain mail once in blind204; Khevsur armour as re-enactment replicas was found in no earlier row by "
         "a keyword search)", firm("Orion Antike Waffen GmbH", "DE")),
        ("CUL-04", "import", "NLAIR01", "air", "IN", [], "NL", "830629",
         "सजावटी तलवार, पीतल की मूठ, नया हस्तशिल्प, 4 नग", "IN", 8, 4, 160, "USD",
         "new decorative swords from Indian craft houses are bright, thin, stainless blades with cast brass hilts "
         "and velvet scabbards; one of these four is a heavy, watered-steel talwar blade with a gold-koftgari iron "
         "hilt worn smooth by the hand, an armoury inventory mark in Persian and a 17th-century form: a Mughal or "
         "Rajput sword over a hundred years old, whose export India's Antiquities and Art Treasures Act forbids, "
         "brought in against Regulation 2019/880, flown from Jaipur to Amsterdam for a Dutch arms dealer; Hindi "
         "wording (Mughal objects repeat in several sets; a talwar among decorative craft swords was found in no "
         "earlier row by a keyword search)", firm("Horizon Oude Wapens BV", "NL")),
        ("CUL-05", "import", "DEAIR01", "air", "CN", [], "DE", "950590",
         "仿古青铜戈, 影视道具, 横店制作, 6 件", "CN", 9, 6, 600, "CNY",
         "film-prop bronze dagger-axes from Hengdian workshops are resin or thin cast brass, light, with a painted "
         "patina that wipes off; these six are heavy, hard bronze blades with a malachite and cuprite crust grown "
         "into the metal, a cast inscription in seal script on the tang and grave earth in the hafting slot: "
         "Warring States ge, archaeological objects whose export China forbids, brought in against Regulation "
         "2019/880, flown from Shanghai to Munich for a film-prop hire house; Chinese wording (Chinese bronzes repeat "
         "in several sets; a film-prop dagger-axe label was found in no earlier row by a keyword search)",
         firm("Meridian Filmrequisiten GmbH", "DE")),
        ("CUL-06", "import", "FRAIR01", "express", "JP", [], "FR", "930700",
         "居合刀 (模造刀), 亜鉛合金刃, 1 振", "JP", 1.4, 1, 60000, "JPY",
         "an iaitō is a blunt zinc-aluminium practice sword with a bright chromed blade that a magnet does not pull; "
         "this blade is steel with a tempered hamon, a signed tang and a registration card's number filed off the "
         "habaki, and a Kamakura-period tachi shape: a sword designated as an Important Art Object, whose export "
         "needs the permission of Japan's Agency for Cultural Affairs, brought in against Regulation 2019/880, sent "
         "by express from Tokyo to a private buyer in Lyon; Japanese wording (an iaitō label repeats blind115; kept "
         "as a repeat, by express to France is the new part as far as a search found)", person("Sophie Bernard", "FR")),
        ("CUL-07", "import", "DEAIR01", "air", "SB", [], "DE", "760200",
         "Olketa ol aluminium skrap, piecs blong ol plen, 3 box", "SB", 120, 3, 300, "USD",
         "aluminium scrap is crushed offcuts bought by the kilo; these three crates hold riveted wing and fuselage "
         "panels in Japanese olive and hinomaru red, a data plate of a Mitsubishi A6M and a cockpit frame with coral "
         "growth, cut from a wreck in the bush near Honiara for a Bavarian warbird restorer: Second World War relics "
         "that the Solomon Islands protect and whose export needs a permit, brought in against Regulation "
         "2019/880, flown via Brisbane; Solomon Pijin wording (warbird recoveries repeat, a P-39 from Papua New "
         "Guinea in blind19; kept as a repeat, a Zero from the Solomon Islands as scrap is the new part as far as a "
         "search found)", firm("Alpina Flugzeugrestaurierung GmbH", "DE")),
        ("CUL-08", "import", "GRROAD01", "road", "TR", [], "GR", "830629",
         "Osmanlı tarzı dekoratif miğfer, pirinç, replika, 2 adet", "TR", 5, 2, 140, "EUR",
         "Ottoman-style decorative helmets are bright, spun brass with etched patterns and a nut-and-bolt spike; "
         "these two are raised-iron kulah-khud helmets with a sliding nasal, gold-damascened Arabic inscriptions, "
         "mail aventails rusted to the rim and old museum numbers painted inside: 16th-century Ottoman armour, "
         "cultural property whose export Türkiye forbids (Law 2863), brought in against Regulation 2019/880 in a "
         "car at Kipoi for a Thessaloniki dealer; Turkish wording (Ottoman objects repeat in many sets; an Ottoman "
         "helmet as a brass replica was found in no earlier row by a keyword search)",
         firm("Central Antikes AE", "GR")),
        ("CUL-09", "import", "DEAIR01", "air", "KG", [], "DE", "680293",
         "Бакча үчүн гранит айкели, жаңы, кол менен жасалган, 1 даана", "KG", 380, 1, 500, "USD",
         "new granite garden statues are sawn, bush-hammered and even; this one is a weathered granite stele of a "
         "standing man holding a cup at his chest, lichen on the face, the base broken from its footing, from a "
         "Chüy valley burial site: a Turkic balbal of the 6th-10th century, cultural property of Kyrgyzstan "
         "exported without a permit and brought in against Regulation 2019/880, flown from Bishkek to Frankfurt for "
         "a garden-antiques dealer; Kyrgyz wording (balbals repeat in blind58, blind90 and blind116; kept as a repeat, "
         "as a garden statue by air freight is the new part as far as a search found)",
         firm("Vega Gartenantik GmbH", "DE")),
        ("CUL-10", "import", "DEAIR01", "air", "US", [], "DE", "650500",
         "Wild West reenactment supplies: cavalry campaign hats, felt, reproduction, 120", "US", 60, 120, 4800, "USD",
         "a Wild West show order for a Bad Segeberg Karl-May festival outfitter: felt campaign hats and wool trade "
         "blankets are what American reenactment sutlers sell, but the third item's 'replica war club, new' is a "
         "stone-headed Lakota war club with rawhide binding, a faded quill-work grip, old red pigment and a 1880s "
         "agency collection tag: a Native American cultural item whose export the United States forbids (STOP Act), "
         "brought in against Regulation 2019/880, hidden as the last item of a three-item declaration, flown from "
         "Denver to Frankfurt; US English wording (Native American objects under the STOP Act repeat in blind56 and "
         "blind120; behind Wild West reenactment supplies for a Karl-May festival is the new part as far as a "
         "search found)",
         dict(firm("Rivage Westernbedarf GmbH", "DE"),
              _more_items=[item("630120", "Wool trade blankets, striped, 80", "US", 160, 4000, "USD", qty=80),
                           item("442090", "Replica war club, new, 1", "US", 1.5, 40, "USD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "GRAIR01", "air", "GR", [], "AE", "848120",
         "Ανταλλακτικά γεωργικών ελκυστήρων, υδραυλικές βαλβίδες, μεταχειρισμένα, 60 τεμ.", "GR", 240, 60, 3000, "EUR",
         "used tractor hydraulic valves are cast-iron spool blocks at a few dozen euros; these 60 are light, "
         "anodised aircraft servo valves and actuators with McDonnell part numbers and surplus-sale tags of retired "
         "F-4E Phantoms, for a Sharjah 'agricultural' trader whose orders go on to Bandar Abbas: military aircraft "
         "parts (ML10), exported without the licence the Common Position requires and to Iran against its arms "
         "embargo, flown from Athens; Greek wording (Phantom parts repeat in blind182, blind185 and blind231; kept as "
         "a repeat, a tractor-valve label from Greece is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "SKROAD01", "road", "SK", ["HU", "RS", "BG", "TR", "GE"], "AZ", "841181",
         "Stacionárne plynové turbíny na výrobu elektriny, repasované, 4 ks", "SK", 1300, 4, 80000, "EUR",
         "stationary gas turbines for power are skid-mounted sets with a generator, a gearbox and a control cabinet; "
         "these four are bare, 320 kg turbofans with bypass ducts, a jet-pipe flange and log books of retired L-39 "
         "Albatros trainers, for a Baku firm that forwards them: military aircraft engines (ML10), exported without "
         "a licence, by lorry through Hungary, Serbia, Bulgaria, Türkiye and Georgia; Slovak wording (L-39s and their "
         "engines repeat in many sets; a stationary power-turbine label by road is the new part as far as a search "
         "found)", {"importer_country": "AZ"}),
        ("STR-03", "export", "LTAIR01", "air", "LT", [], "KZ", "870892",
         "Motociklų duslintuvų intarpai, nerūdijantis plienas, 300 vnt.", "LT", 180, 300, 4500, "EUR",
         "motorcycle silencer inserts are perforated tubes with packing that bolt into an exhaust; these 300 are "
         "threaded 5.45 and 7.62 mm rifle suppressors with baffle stacks, sold at a militaria fair and ordered by an "
         "Almaty firm whose buyers are in Russia: firearm sound moderators (ML1 accessories), whose export to Russia "
         "and through third countries Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording (sound "
         "moderators repeat in several sets; a motorcycle-silencer label was found in no earlier row by a keyword "
         "search)", {"importer_country": "KZ"}),
        ("STR-04", "import", "HRROAD01", "road", "BA", [], "HR", "970510",
         "Onesposobljeno oružje, dekorativno, sa certifikatom, 40 kom", "BA", 160, 40, 8000, "EUR",
         "deactivated weapons for collectors have welded barrels, a cut, pinned chamber and a Union deactivation "
         "mark and certificate; these 40 Zastava M70 rifles and M84 machine guns carry a local 'certificate' only, "
         "their barrels are open, their bolts intact and a pin removed in minutes restores them, for a Zagreb "
         "militaria shop: firearms brought in without the import authorisation of the firearms rules and not "
         "deactivated to Regulation 2015/2403, in a van at Stara Gradiška; Bosnian wording (deactivated weapons "
         "repeat in blind59, blind148 and blind195, Zastava M70s as decorative replicas in blind195; kept as a repeat, "
         "a Bosnian deactivation 'certificate' into Croatia is the new part as far as a search found)",
         firm("Delta Militaria d.o.o.", "HR")),
        ("STR-05", "export", "HUROAD01", "road", "HU", [], "RS", "950590",
         "Filmes kellékfegyverek, nem működőképes, 12 db", "HU", 180, 12, 6000, "EUR",
         "non-firing film prop guns are resin or rubber castings or welded, solid replicas; these twelve are MG3 and "
         "MG42 machine guns converted to fire blanks, with working bolts, a barrel restrictor that unscrews and "
         "spare barrels, from a Budapest film armoury for a Belgrade production company: firearms (ML1) exported "
         "without a licence, at Röszke; Hungarian wording (film props repeat in blind42 and blind174; blank-converted "
         "machine guns from a film armoury were found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "TR", "852560",
         "Radios de radioaficionado usadas, de colección, 30 unidades", "ES", 420, 30, 3000, "EUR",
         "collectors' amateur radios are civilian HF transceivers with a dial and a microphone; these 30 are "
         "manpack VHF tactical radios with frequency hopping and a fill port for crypto keys, from an army surplus "
         "auction, ordered by a Mersin firm whose buyers are in Iran: military radios with encryption (ML11 and "
         "5A002), exported without a licence, from Valencia; Spanish wording (military radios and cryptography repeat "
         "in several sets; an amateur-radio collectors' label to Türkiye is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-07", "transit", "SISEA01", "sea", "TR", ["SI"], "RS", "930599",
         "Airsoft yedek parçaları, metal, 300 kg", "TR", 300, None, 6000, "USD",
         "airsoft spare parts are zinc and aluminium gearbox pieces, plastic hop-ups and light outer barrels; these "
         "cartons hold forged steel AK bolt carriers, bolts, trunnions and chrome-lined 7.62 mm barrels that "
         "gauge and headspace for live ammunition: firearm parts (ML1) moving through the Union without the transit "
         "authorisation the firearms rules require, landed at Koper in transit from Izmir to Belgrade; Turkish wording "
         "(airsoft labels repeat in several sets, and firearm parts as airsoft spares in blind33, by post, with gel-blaster "
         "spares in blind202; kept as a repeat, a transit through Koper from Türkiye is the new part as far as a search found)", {"importer_country": "RS"}),
        ("STR-08", "export", "DKSEA01", "sea", "DK", [], "NG", "870130",
         "Brugte bæltetraktorer til landbrug, 6 stk.", "DK", 66000, 6, 90000, "EUR",
         "used tracked farm tractors are rubber-tracked crawlers with a three-point hitch and a PTO; these six are "
         "ex-army M113 armoured personnel carriers with their roofs cut off and a tow bar welded on, but with armour "
         "hulls, rear ramps and weapon-mount holes: military vehicles (ML6) exported without a licence, from Aarhus to "
         "Lagos; Danish wording (armoured vehicles as civilian vehicles repeat in several sets; M113s as tracked farm "
         "tractors were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("STR-09", "export", "HUAIR01", "air", "HU", [], "LB", "381400",
         "Tintaoldószer golyóstollpasztához, 200 l hordó, 10 hordó", "HU", 2300, 10, 9000, "EUR",
         "ballpoint-ink solvents are glycol ethers or benzyl alcohol; these ten drums hold a viscous, colourless, "
         "faintly garlic-smelling liquid of 1.18 kg/l whose drum heads read CAS 111-48-8, for a Beirut 'stationery' "
         "firm whose orders go on by road to Syria: thiodiglycol (Schedule 2 of the Chemical Weapons Convention, "
         "dual-use 1C350), exported without a licence, flown from Budapest; Hungarian wording (thiodiglycol repeats "
         "in many sets and ink labels in several; kept as a repeat, from Hungary to Lebanon is the new part as far as "
         "a search found)", {"importer_country": "LB"}),
        ("STR-10", "export", "CZAIR01", "air", "CZ", [], "KG", "420292",
         "Vojenské batohy, použité, army shop, 400 ks", "CZ", 1200, 400, 4000, "EUR",
         "a Prague army-shop order for Bishkek: used army backpacks and sleeping bags are what Czech surplus shops "
         "sell, but the third item's 'sběratelské dalekohledy' are 40 Gen 3 image-intensifier monoculars and weapon "
         "sights with their tubes' serials scratched off, for a buyer whose end users are in Russia: night-vision "
         "equipment (ML15 and 6A002), whose export to Russia and through third countries Regulation 833/2014 "
         "forbids, hidden as the last item of a three-item declaration, flown from Prague; Czech wording "
         "(night-vision repeats in many sets; behind army-shop backpacks and sleeping bags as collectors' binoculars "
         "is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("940430", "Spací pytle, použité, armádní, 300 ks", "CZ", 600, 1500, "EUR", qty=300),
                           item("900510", "Sběratelské dalekohledy, 40 ks", "CZ", 40, 800, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DESEA01", "sea", "CA", [], "DE", "430219",
         "Tanned plains bison robes, ranch-raised, for Western show and tipi decor, 30 pcs", "CA", 900, 30, 27000, "CAD",
         "ranch-raised plains bison robes come with a ranch's invoice and are dense, brown, short-haired hides; these "
         "30 are larger, darker, with long, straight, cape-like shoulder hair, cull tags from the Northwest "
         "Territories and no ranch paperwork, for a Karl-May festival outfitter in Bad Segeberg: wood bison hides "
         "(Bison bison athabascae, CITES App. II) without a CITES export permit, by sea from Montreal to Hamburg; "
         "Canadian English wording (bison and buffalo robes were found in no earlier row by a keyword search)",
         firm("Rivage Westernbedarf GmbH", "DE")),
        ("WLF-02", "import", "CZAIR01", "express", "CA", [], "CZ", "711790",
         "Bear claw necklace, resin replica claws, for reenactment costume, 2 pcs", "CA", 1.1, 2, 240, "CAD",
         "resin claw replicas are light, even, with mould seams and the same curve on every claw; these two necklaces "
         "carry 18 real, keratin claws of different lengths, up to 9 cm, with dried tissue at the base that smells of "
         "horn under a hot needle: grizzly bear claws (Ursus arctos, CITES App. II) without CITES documents, sent by "
         "express from Whitehorse to a private Indianist hobbyist in Brno; Canadian English wording (bear claws "
         "repeat in blind66, blind152, blind158 and blind162; kept as a repeat, by express from the Yukon to Czechia "
         "is the new part as far as a search found)", person("Pan M. Dvořák", "CZ")),
        ("WLF-03", "import", "NLAIR01", "air", "ZA", [], "NL", "430400",
         "Tromaanvoerder se voorskoot, kunsbont met luiperdpatroon, vir doedelsakorkes, 3 stuks", "ZA", 9, 3, 9000, "ZAR",
         "faux-leopard drum aprons for pipe bands are printed acrylic pile on a felt back that melts under a hot "
         "needle; these three are whole tanned skins with natural rosettes that differ left and right, a head mask "
         "and claws removed, and a regimental lining, for a Dutch pipes-and-drums band supplier: leopard skins "
         "(Panthera pardus, CITES App. I) without CITES documents, flown from Johannesburg to Amsterdam; Afrikaans "
         "wording (leopard skins repeat in many sets; a pipe-band drummer's apron label was found in no earlier row "
         "by a keyword search)", firm("Central Pipes & Drums BV", "NL")),
        ("WLF-04", "import", "CZPOST01", "post", "KG", [], "CZ", "430400",
         "Гусар калпагы, жасалма жүн, реконструкция үчүн, 2 даана", "KG", 2.2, 2, 9000, "KGS",
         "artificial-fur hussar colpacks are acrylic pile on a buckram shell; these two are of soft, thick, "
         "greyish-buff fur with black tips and spotted flanks that singes with a burnt-hair smell: Eurasian lynx fur "
         "(Lynx lynx, CITES App. II) without CITES documents, posted from Bishkek to a private Napoleonic re-enactor "
         "in Olomouc; Kyrgyz wording (lynx repeats in several sets; hussar colpacks were found in no earlier row by a "
         "keyword search)", person("Pan T. Svoboda", "CZ")),
        ("WLF-05", "import", "PLAIR01", "air", "MN", [], "PL", "430400",
         "Хиймэл үсэн нөмрөг, викинг дүрийн тоглоомд, 20 ширхэг", "MN", 80, 20, 2400, "USD",
         "artificial-fur cloaks for re-enactors are acrylic pile on a knitted back; these 20 are whole, tanned grey "
         "wolf pelts sewn two to a cloak, with guard hairs, underfur and leg skins, for a trader at the Wolin "
         "Slavic-and-Viking festival: wolf skins (Canis lupus, CITES App. II) without CITES documents, flown from "
         "Ulaanbaatar to Warsaw; Mongolian wording (wolf skins repeat in several sets; Viking re-enactment cloaks "
         "were found in no earlier row by a keyword search)", firm("Nordhafen Rekonstrukcje Sp. z o.o.", "PL")),
        ("WLF-06", "import", "NLPOST01", "post", "NP", [], "NL", "821192",
         "खुकुरी, भैंसीको सिङको बिँड, हस्तकला, २ थान", "NP", 2.4, 2, 9000, "NPR",
         "craft khukuris have a handle of dark, fibrous water-buffalo horn with visible growth lines; these two "
         "antique khukuris carry creamy, dense handles and sheath chapes that show criss-crossed Schreger lines on "
         "the cut ends: elephant ivory (Elephas maximus, CITES App. I) without CITES documents, posted from "
         "Kathmandu to a private Gurkha-militaria collector in Utrecht; Nepali wording (ivory repeats in many sets; "
         "khukuri handles were found in no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("WLF-07", "import", "GBAIR01", "air", "ZA", [], "GB", "420500",
         "Sjamboks, koeivel, handgemaak, vir Boereoorlog-heropvoering, 40 stuks", "ZA", 30, 40, 12000, "ZAR",
         "cowhide sjamboks are plaited or rolled from thin strips of cattle leather that bend easily and show hair "
         "follicles; these 40 are thick, translucent-amber, rod-stiff whips cut from a single strip of hide two "
         "centimetres thick: hippopotamus hide (Hippopotamus amphibius, CITES App. II) without CITES documents, flown "
         "from Durban to a Boer-War re-enactment sutler in Manchester; Afrikaans wording (hippo parts repeat in many "
         "sets; sjamboks were found in no earlier row by a keyword search)", firm("Atlantic Living History Ltd", "GB")),
        ("WLF-08", "import", "DEAIR01", "express", "US", [], "DE", "930599",
         "Revolver grips, stag, for Colt Single Action Army, cowboy action shooting, 6 pairs", "US", 0.6, 6, 900, "USD",
         "stag grips are antler with a bark-like outer surface and a spongy core on the back; these six pairs are "
         "smooth, creamy and yellowed, with criss-crossed Schreger lines on the inner faces and 'old ivory' in the "
         "seller's listing: elephant ivory (Loxodonta africana, CITES App. I/II) without CITES documents or the Union "
         "certificate for antiques, sent by express from Texas to a private cowboy-action shooter in Bremen; US "
         "English wording (ivory repeats in many sets; revolver grips were found in no earlier row by a keyword "
         "search)", person("Anna Schmidt", "DE")),
        ("WLF-09", "transit", "DEAIR01", "air", "MZ", ["DE"], "VN", "830629",
         "Cartuchos de artilharia decorativos, latão gravado, arte de trincheira, 20 peças", "MZ", 120, 20, 800, "USD",
         "engraved trench-art shell cases from Mozambique's civil-war stocks are hollow brass tubes that ring when "
         "tapped; these 20 are dull and too heavy, and each holds a sawn block of dense, fibrous, grey-brown horn "
         "packed in wax: rhinoceros horn (Rhinocerotidae, CITES App. I) without CITES documents, moving through "
         "the Union without the documents specimens in transit must carry, landed at Frankfurt in transit from "
         "Maputo to Hanoi; Portuguese wording from Mozambique (rhino horn repeats in many sets and trench art in a "
         "few; rhino horn inside trench-art shell cases is the new part as far as a search found)",
         {"importer_country": "VN"}),
        ("WLF-10", "import", "BEAIR01", "express", "IN", [], "BE", "830629",
         "पितळी वाघनखे, सजावटीची प्रतिकृती, १ नग", "IN", 0.4, 1, 1200, "INR",
         "brass bagh-nakh replicas are cast brass finger-bars with blunt, moulded claws; this one carries five real, "
         "curved, horn-coloured claws with a hollow base and a keratin sheath: tiger claws (Panthera tigris, CITES "
         "App. I) without CITES documents, mounted on a Maratha-style bar, sent by express from Pune to a private "
         "arms-and-armour collector in Liège; Marathi wording (tiger claws repeat in blind162; a Maratha bagh-nakh "
         "replica was found in no earlier row by a keyword search)", person("Mme L. Dupont", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "US", "DE", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (antique firearm rust bluing)", "US", 2.8, 2, 60,
     "USD", [("PRECURSOR_LICENCE", "DE-BKA-65-0214")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTPOST01", "post", "BR", "PT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (textile restoration)", "BR", 2.3, 2, 40,
     "EUR", [("PRECURSOR_LICENCE", "PT-PSP-65-0037")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "870422",
     "End-of-life vehicles from a defence depot clearance, not drained (16 01 04*), for dismantling at a licensed plant, 60 t",
     "NO", 60000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-65-0118")], "notified end-of-life vehicles to a licensed dismantler"),
    ("PRM-04", "waste", "import", "FRROAD01", "road", "CH", "FR", "853210",
     "PCB-containing power capacitors (16 02 09*) from dismantled army signal stations, for destruction at a licensed plant, 8 t",
     "CH", 8000, None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-65-0092")], "notified PCB waste to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "GB", "NL", "290376",
     "Recovered halon 1301 from decommissioned armoured vehicles, 30 cylinders, for reclamation and critical-use supply",
     "GB", 900, 30, 27000, "GBP", [("ODS_LICENCE", "NL-ILT-ODS-65-011")], "recovered halon imported for reclamation under licence"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290377",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical reference standard, 5 x 1 ml, for essential laboratory use",
     "US", 0.05, 5, 600, "USD", [("ODS_LICENCE", "DE-UBA-ODS-65-027")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Cuirassier's helmet and breastplate, French, model 1806, documented collection, with export licence", "FR", 6, 2,
     65000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-65-0144")], "Napoleonic armour exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970510",
     "Milanese half-armour, c. 1570, sold at auction with the export licence", "IT", 18, 1, 140000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-65-0066")], "armour exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "NO", "900580",
     "Gen 3 image-intensifier monoculars, 20 units, for the Norwegian Home Guard", "CZ", 10, 20, 84000, "EUR",
     [("EXPORT_LICENCE", "CZ-LIC-65-0381"), ("END_USER_CERTIFICATE", "NO-FD-EUC-65-0019")],
     "night-vision monoculars under licence to a named end user"),
    ("PRM-10", "strategic", "export", "HUROAD01", "road", "HU", "RS", "930190",
     "Blank-firing MG3 machine guns, temporary export for a film production, 6 units, to be re-imported", "HU", 72, 6,
     30000, "EUR", [("EXPORT_LICENCE", "HU-SZTFH-65-0047"), ("END_USER_CERTIFICATE", "RS-MUP-EUC-65-0012")],
     "film-armoury weapons under a temporary export licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "US", "DE", "960110",
     "Antique ivory revolver grips, pre-1947, with CITES re-export certificate and Union certificate, 1 pair", "US",
     0.2, 1, 1800, "USD", [("CITES_PERMIT", "US-FWS-65-04412")], "worked antique ivory with its CITES documents"),
    ("PRM-12", "wildlife", "import", "PLAIR01", "air", "CA", "PL", "430219",
     "Wolf pelts, tanned, Canis lupus, legally hunted, Canada, 6 pcs", "CA", 18, 6, 4200, "CAD",
     [("CITES_PERMIT", "CA-CWS-65-0733")], "App. II wolf pelts with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Sra. Ana Silva", "PRM-04": "Central Dépollution SARL",
    "PRM-06": "Meridian Analytik GmbH", "PRM-11": "Herr K. Becker", "PRM-12": "Vega Rekonstrukcje Sp. z o.o.",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most of them the
    # goods of surplus dealers, collectors, re-enactors and film-prop houses
    ("381090", "Cold gun-bluing solution, selenious, 90 ml bottles", "import", ["post"], ["US"], (20, 40), (1, 3), ["USD"], 8, S),
    ("340590", "Brass and button polish, tripoli paste, tins", "import", ["express"], ["GB", "US"], (15, 25), (1, 3), ["GBP", "USD"], 6, S),
    ("285390", "Demineralised water, 5 l cans", "import", ["road"], ["CH", "RS"], (0.3, 0.6), (8000, 20000), ["EUR"], 0.2, S),
    ("253090", "Fuller's earth powder, film-set and costume ageing", "import", ["road"], ["RS", "TR"], (0.4, 0.8), (5000, 15000), ["EUR"], None, S),
    ("380991", "Tea-based fabric ageing dye for costume makers", "import", ["post"], ["BR", "US"], (15, 30), (1, 4), ["USD"], 1, S),
    ("250840", "White ball clay (pipeclay), 1 kg bags", "import", ["express"], ["CA", "GB"], (6, 12), (1, 4), ["CAD", "GBP"], 1, S),
    ("330690", "Army-pattern tooth powder, chalk and mint, 200 g", "import", ["air"], ["KZ", "UA"], (2, 4), (300, 1200), ["USD"], 5, S),
    ("340290", "Water-based black-powder solvent, 1 qt", "import", ["express"], ["US"], (8, 15), (1, 4), ["USD"], 1, S),
    ("382499", "Citric-acid radiator descaler powder, 1 kg tubs", "import", ["road"], ["TR"], (1.5, 3), (800, 3000), ["EUR"], 1, S),
    ("300650", "First-aid kits, army style, civilian contents", "import", ["air"], ["IL", "PK"], (8, 15), (300, 1000), ["USD"], 2, S),
    ("870422", "Used 4x4 army trucks, roadworthy, with test report", "export", ["sea"], ["TZ", "GH"], (2, 4), (18000, 40000), ["EUR"], 0.0001, S),
    ("852560", "Vintage military radios, tested, collectors' sets", "export", ["post"], ["US", "CA"], (40, 90), (2, 4), ["EUR"], 0.3, S),
    ("382000", "Antifreeze, glycol-based, new, 200 l drums", "export", ["sea"], ["AL", "TN"], (1, 1.8), (8000, 16000), ["EUR"], None, S),
    ("630622", "Used army tents, synthetic canvas, cleaned", "export", ["sea"], ["CD", "CM"], (1, 2), (3000, 8000), ["EUR"], 0.02, S),
    ("282110", "Red iron-oxide pigment, for paints", "export", ["road"], ["RS", "MK"], (0.8, 1.4), (10000, 22000), ["EUR"], None, S),
    ("761300", "Empty aluminium gas cylinders, 10 l, new", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 6000), ["USD"], 0.2, S),
    ("340290", "Alcohol-based optics cleaning fluid, 250 ml", "import", ["post"], ["JP", "US"], (20, 40), (1, 3), ["USD", "JPY"], 4, S),
    ("442199", "Cedarwood moth-repellent blocks, for wardrobes", "import", ["sea"], ["CN", "IN"], (3, 6), (1000, 4000), ["USD"], 20, S),
    ("620331", "Reproduction WWII uniforms, wool, for living history", "import", ["sea"], ["US", "PK"], (10, 20), (1000, 4000), ["USD"], 0.4, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 0.07, S),
    ("340520", "Matting wax spray for props, DME propellant", "import", ["sea"], ["MX", "US"], (2.5, 4.5), (1000, 4000), ["USD"], 2, S),
    ("340290", "Contact cleaner spray, isopropanol, 400 ml", "import", ["sea"], ["TW", "CN"], (2.5, 4), (2000, 6000), ["USD"], 2, S),
    ("381400", "Dichloromethane-free paint stripper, gel, 1 l", "import", ["sea"], ["MY", "CN"], (2, 3.5), (3000, 8000), ["USD"], 1, S),
    ("650610", "Reproduction Roman helmets, brass, for re-enactment", "import", ["express"], ["IN", "RS"], (40, 80), (1, 3), ["USD", "EUR"], 0.5, S),
    ("830629", "Brass decorative figurines and ornaments, new", "import", ["air"], ["IN", "NP"], (6, 12), (100, 500), ["USD"], 2, S),
    ("950590", "Resin film-prop replicas, painted, new", "import", ["air"], ["CN"], (8, 15), (100, 400), ["USD"], 1, S),
    ("760200", "Aluminium scrap, sorted, clean extrusions", "import", ["sea"], ["AE", "TR"], (1.2, 1.8), (18000, 24000), ["USD"], None, S),
    ("680293", "Granite garden sculptures, new, bush-hammered", "import", ["sea"], ["CN", "IN"], (0.8, 1.5), (8000, 20000), ["USD"], 0.01, S),
    ("650500", "Felt campaign hats, wool felt, new", "import", ["sea"], ["US", "CN"], (12, 25), (1000, 3000), ["USD"], 5, S),
    ("630120", "Wool blankets, striped, trade style", "import", ["sea"], ["PK", "US"], (8, 15), (2000, 5000), ["USD"], 0.6, S),
    ("848120", "Hydraulic control valves for tractors, new", "export", ["road"], ["RS", "TR"], (8, 14), (2000, 6000), ["EUR"], 0.2, S),
    ("870892", "Motorcycle exhaust silencers, new, homologated", "import", ["sea"], ["CN", "TW"], (8, 14), (2000, 6000), ["USD"], 0.2, S),
    ("852560", "Amateur radio transceivers, HF, new", "import", ["air"], ["JP"], (60, 120), (100, 500), ["USD", "JPY"], 0.15, S),
    ("870130", "Rubber-tracked crawler tractors, new", "import", ["sea"], ["JP", "KR"], (8, 12), (10000, 24000), ["USD"], 0.0002, S),
    ("420292", "Used backpacks and rucksacks, sorted", "export", ["sea"], ["KE", "GH"], (1, 2), (8000, 18000), ["EUR"], 1, S),
    ("900510", "Binoculars 10x42, roof prism, new", "import", ["sea"], ["CN", "JP"], (30, 60), (1000, 3000), ["USD"], 1.2, S),
    ("430400", "Faux-fur cloaks and hats, acrylic pile, costume", "import", ["sea"], ["CN", "TR"], (8, 15), (1000, 3000), ["USD"], 1, S),
    ("711790", "Resin replica claw necklaces, costume jewellery", "import", ["post"], ["US", "CA"], (30, 60), (1, 2), ["USD"], 8, S),
    ("821192", "Khukuri knives, buffalo-horn handle, new craft", "import", ["express"], ["NP"], (20, 40), (1, 4), ["USD"], 1, S),
    ("420500", "Cowhide sjamboks and riding whips, plaited", "import", ["air"], ["ZA"], (10, 20), (100, 400), ["USD"], 2, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new
# rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone ice-cube trays, food grade", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("820551", "Manual can openers, household", "import", ["post", "express"], ["CN", "DE"], (20, 40), (1, 3), ["USD", "EUR"], 10, N),
        ("482090", "Paper sticky-note pads, assorted colours", "import", ["sea"], ["CN", "IN"], (2.5, 4.5), (3000, 8000), ["USD"], 10, N),
        ("853669", "Power strips with switch, 5 sockets", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind234", 20650301, HERE)


if __name__ == "__main__":
    main()
