#!/usr/bin/env python3
"""Writes the two-hundred-and-ninety-first blind set (tests/risk/data/blind291-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 27 October 2074, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: motorsport teams, race circuits and
rally logistics (race and karting teams and their parts suppliers, engine and chassis shops,
circuit operators and their marshals, rally and rally-raid teams and their freight forwarders).
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
only where a real declaration would. Ids are BL291-*:

    python3 tests/risk/data/make_blind291_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2074, 9, 1)
base.DAYS = 57  # 1 September to 27 October 2074
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BEAIR01", "express", "US", [], "BE", "340319",
         "Kart chain lube, aerosol, 12 cans", "US", 3.6, 12, 90, "USD",
         "an express parcel for a Genk karting team: chain lube and spark plugs are what the Indiana kart shop "
         "sends, but the third item's 'tire prep, grip conditioner' is six quart bottles of an oily, faintly fruity "
         "liquid of 1.14 kg/l that does not evaporate like the solvent preps sold for dirt-track tyres, with "
         "'CH3NO2' on the filler's label under the sticker: nitromethane (Annex I above 16 %) for a private "
         "karting family, hidden as the last item of a three-item declaration, flown from Indianapolis to Liège; "
         "American English wording (nitromethane repeats in many sets, as drag-racing fuel and fuel additives "
         "several times; a kart tyre-prep label was found in no earlier row by a keyword search)",
         dict(person("Tom Peeters", "BE"),
              _more_items=[item("851110", "Spark plugs, racing, 40 pcs", "US", 1.2, 160, "USD", qty=40),
                           item("340399", "Tire prep, grip conditioner, 6 qt", "US", 6.5, 120, "USD", qty=6)])),
        ("PRE-02", "import", "FIAIR01", "air", "JP", [], "FI", "382000",
         "競技車両用ラジエーターフラッシュ（スケール除去剤）, 5 L x 48缶", "JP", 442, 48, 144000, "JPY",
         "radiator flushes for race engines are mild citric or EDTA solutions of about 1.05 kg/l that smell of "
         "nothing; these 48 cans hold a colourless, oily liquid of 1.84 kg/l that grows hot with water, chars the "
         "cardboard where a cap wept and blackens sugar at once, for a Jyväskylä rally-parts shop that sells the "
         "cans over the counter: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the "
         "public, flown from Nagoya to Helsinki; Japanese wording (sulphuric acid repeats in many sets and a "
         "radiator-flush label once, blind221; a race-engine flush from Japan to a rally shop is the new part as "
         "far as a search found)", firm("Nordhafen Ralliosat Oy", "FI")),
        ("PRE-03", "import", "HUROAD01", "road", "RS", [], "HU", "381300",
         "Прах за гашење ABC за маршалске пунктове тркачке стазе, вреће 25 кг, 320 врећа", "RS", 8000, 320, 2400,
         "EUR",
         "ABC extinguishing powder for refilling the marshals' extinguishers at a circuit is a fine, yellowish, "
         "silicone-treated monoammonium phosphate that flows like flour and repels water; these 320 sacks hold "
         "white, hard prills that turn cold and vanish in water, test at 34 % N and melt and fume on a hot plate, "
         "for a Mogyoród circuit-services firm that re-bags the 'powder' in 2 kg tubs for its online shop: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, in a lorry at "
         "Röszke from Novi Sad; Serbian Cyrillic wording (ammonium nitrate repeats in many sets and ABC-powder "
         "labels in several, kept as a repeat of the label; a circuit marshal-post refill label was found in no "
         "earlier row by a keyword search)", firm("Delta Pályaszerviz Kft.", "HU")),
        ("PRE-04", "import", "NLAIR01", "air", "JP", [], "NL", "360490",
         "ドリフト走行用カラースモークパウダー（タイヤ演出用）, 1 kg x 300袋", "JP", 300, 300, 450000, "JPY",
         "the coloured smoke used at drift shows comes from dyed tyre compounds or from boxed, ready-made smoke "
         "pots with a fuse; these 300 bags hold a loose white crystalline powder with no dye, which crackles and "
         "flares violet with sugar on a match, and whose inner liners read 'KClO3', for a Lelystad drift-event "
         "organiser that sells 'DIY smoke' bags to spectators' clubs: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Tokyo to Amsterdam; Japanese wording (potassium "
         "chlorate repeats in many sets and a coloured-smoke label once, blind162; a drift-show tyre-smoke powder "
         "was found in no earlier row by a keyword search)", firm("Horizon Drift Events BV", "NL")),
        ("PRE-05", "import", "SEROAD01", "road", "NO", [], "SE", "382000",
         "Spylervæske-konsentrat for rallybiler, vinterspesial -40 °C, 5 l kanner, 360 kanner (1. av 3 sendinger)",
         "NO", 2160, 360, 1800, "EUR",
         "winter washer concentrates for rally cars are blue, alcohol-smelling liquids of 0.87 kg/l that burn; "
         "these 360 cans hold a water-clear, odourless liquid of 1.20 kg/l with vented caps that whitens the skin "
         "and fizzes on rust, the first of three vans booked for the week before the winter rally in Värmland, "
         "each kept under 2.5 t, for a Karlstad rally-service firm that sells the cans to the public: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Svinesund; Norwegian "
         "wording (hydrogen peroxide repeats in many sets and washer-fluid labels in several, kept as a repeat of "
         "the label; a rally washer concentrate split over three vans from Norway is the new part as far as a "
         "search found)", firm("Vega Rallyservice AB", "SE")),
        ("PRE-06", "import", "ESSEA01", "sea", "MA", [], "ES", "253090",
         "حبيبات ماصة للزيوت لحراس حلبات السباق، أكياس 20 كلغ، 600 كيس", "MA", 12000, 600, 3000, "EUR",
         "the oil absorbents circuit marshals spread on spills are grey-brown, calcined clay granules that swell "
         "with oil and never dissolve; these 600 sacks hold white, glittering crystals that vanish in water, "
         "taste salty-cool and flare with sugar on a hot plate, for a Jerez circuit-supplies firm that sells "
         "5 kg buckets to anyone: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "by sea from Tanger Med to Algeciras; Moroccan Arabic wording (sodium chlorate repeats in many sets and "
         "absorbent labels in several, on other goods; a circuit oil-absorbent label was found in no earlier row "
         "by a keyword search)", firm("Meridian Suministros Circuito SL", "ES")),
        ("PRE-07", "import", "ITAIR01", "air", "TH", [], "IT", "381090",
         "น้ำยาขจัดคราบสีความร้อนท่อไอเสียไทเทเนียม สำหรับรถแข่ง 1 ลิตร 200 ขวด", "TH", 280, 200, 1200, "USD",
         "the heat-tint removers titanium race exhausts are cleaned with are thick pickling gels of a few per cent "
         "acid in 250 g tubs; these 200 litre bottles weigh 1.40 kg/l, fume brown when opened, stain the skin "
         "yellow and eat into a copper wire, for a Misano motorcycle-racing parts shop that sells them over the "
         "counter: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from "
         "Bangkok to Bologna; Thai wording (nitric acid repeats in many sets; a titanium-exhaust heat-tint label "
         "was found in no earlier row by a keyword search)", firm("Alpina Racing Ricambi Srl", "IT")),
        ("PRE-08", "import", "ATAIR01", "air", "ID", [], "AT", "340399",
         "Bubuk pelumas pemasangan ban balap (talk), 1 kg, 400 kantong", "ID", 400, 400, 600, "USD",
         "tyre-mounting powder for race tyres is talc: soft, grey-white, greasy to the touch and inert; these 400 "
         "bags hold a gritty, white crystalline powder that is not greasy, dissolves slowly in warm water and "
         "burns fiercely with sugar, the inner liners reading 'KClO4', for a Spielberg circuit tyre-service firm "
         "that sells the bags to track-day drivers: potassium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Jakarta to Vienna; Indonesian wording (potassium perchlorate repeats "
         "in many sets; a tyre-mounting powder label was found in no earlier row by a keyword search)",
         firm("Orion Reifenservice Ring GmbH", "AT")),
        ("PRE-09", "import", "CZPOST01", "post", "UA", [], "CZ", "250100",
         "Сіль для посудомийних машин, крупна, 2 пакети по 1,5 кг", "UA", 3.0, 2, 12, "EUR",
         "dishwasher salt is coarse, glassy sodium chloride that tastes of salt and does nothing on a flame; these "
         "two bags hold a fine, white, damp-looking powder that cakes in the air, tastes cool, and burns brightly "
         "with sugar: sodium perchlorate (Annex I above 40 %), posted from Lviv to a private person in Brno; "
         "Ukrainian wording (sodium perchlorate repeats in many sets and dishwasher-salt labels in several, blind50, "
         "blind61, blind100, blind158 among them; kept as a repeat, from Ukraine to Czechia by post is the new part "
         "as far as a search found)", person("Jan Dvořák", "CZ")),
        ("PRE-10", "import", "IEPOST01", "post", "GB", [], "IE", "382499",
         "Ferric chloride etching solution for printmaking, 2 x 1 litre", "GB", 2.8, 2, 24, "GBP",
         "ferric chloride etchant for copper plates is a dark brown, opaque, rust-staining liquid of 1.45 kg/l; "
         "these two bottles hold a water-clear to pale yellow liquid of 1.40 kg/l that fumes brown when opened and "
         "stains the skin yellow: about 65 % nitric acid (Annex I above 3 %), posted from Liverpool to a private "
         "printmaker in Galway; English wording (nitric acid repeats in many sets and printmaking "
         "labels twice, blind65 and blind185; kept as a repeat, a ferric-chloride label from Liverpool to Galway is the "
         "new part as far as a search found)", person("Ms Aoife Byrne", "IE")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "MA", "850760",
         "Batteries lithium de démarrage pour voitures de compétition, d'occasion, testées, 2 400 pièces", "FR",
         4800, 2400, 12000, "EUR",
         "tested used lithium starter batteries for race cars would be sorted, capped and labelled with a "
         "state-of-health reading; these pallets hold packs pulled from an endurance team's and a Le Mans "
         "track-day firm's cars after fires and crashes, swollen, cracked, scorched, some at 0 V and with cut "
         "leads, bought by weight by a Casablanca 'battery trader': waste lithium batteries (hazardous, and e-waste "
         "under the Basel amendments), whose export to a non-OECD country is banned, from Le Havre to Casablanca; "
         "French wording (lithium batteries repeat in many sets, kept as a repeat of the good; race-car starter "
         "packs were found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "271012",
         "Olio base rigenerato per motori, in cisternette, 24 t", "IT", 24000, 24, 9600, "EUR",
         "a re-refined base oil is a clear, pale-yellow oil with a test certificate; these IBCs hold a black, "
         "petrol-smelling mixture of drained engine and gearbox oils, fuel, coolant and brake fluid from the dyno "
         "cells and workshops of three Modena race-engine builders, with glitter of bearing metal at the bottom: "
         "waste mineral oils mixed with fuel and glycol (13 02 08*, 13 07 03*), hazardous waste whose export to a "
         "non-OECD country is banned, from La Spezia to Radès; Italian wording (waste oils under base-oil labels "
         "repeat in several sets, kept as a repeat of the label; race-engine dyno oils from Modena are the new part "
         "as far as a search found)", {"importer_country": "TN"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "SN", "250830",
         "Arcilla calcinada granulada para lecho de gatos, 20 t", "ES", 20000, None, 1600, "EUR",
         "calcined-clay cat litter is clean, dry, grey or beige granules bagged for retail; these big bags hold "
         "black, oil-soaked, fuel-smelling granules swept up from the track and pit lane of a Montmeló circuit "
         "after a season of spills, with glass, tyre crumbs and cable ties in them: absorbents contaminated by oil "
         "and fuel (15 02 02*), hazardous waste whose export to a non-OECD country is banned, from Barcelona to "
         "Dakar; Spanish wording (used absorbents repeat in a few sets and cat-litter labels on waste in several, "
         "kept as a repeat; a circuit's swept-up marshal absorbent is the new part as far as a search found)",
         {"importer_country": "SN"}),
        ("WST-04", "export", "FISEA01", "sea", "FI", [], "KE", "870390",
         "Käytetyt kilpa-autot, varaosiksi, 6 kpl", "FI", 7200, 6, 9000, "EUR",
         "used rally cars sold for parts go stripped of fluids and batteries, with a deregistration paper; these "
         "six shells are rolled and burnt wrecks from Finnish rally stages with their engines, gearboxes, fuel "
         "cells, lead and lithium batteries, brake fluid, oil and fire-extinguisher bottles still in them, for a "
         "Nairobi buyer who sells parts around the Safari Rally: end-of-life vehicles not depolluted (16 01 04*), "
         "hazardous waste whose export to a non-OECD country is banned, from Kotka to Mombasa; Finnish wording "
         "(end-of-life vehicles repeat in many sets and rally cars in a few, blind62, blind168, blind174, blind183, "
         "as cultural goods or temporary exports; rally wrecks as waste to Kenya are the new part as far as a "
         "search found)", {"importer_country": "KE"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "GH", "851680",
         "Bandenwarmers voor racewagens, gebruikt, getest, 900 sets", "NL", 5400, 900, 13500, "EUR",
         "used tyre warmers for sale are blankets with intact cables, thermostats and a test tag; these bales hold "
         "blankets with scorched heating wires, torn covers, cut plugs and burnt controllers, thrown out by "
         "Zandvoort and Assen teams and a rental firm at the end of the season, bought by weight by a Kumasi "
         "copper recoverer: waste electrical equipment (e-waste, which since 2025 needs prior informed consent), "
         "whose export to a non-OECD country is banned for hazardous fractions and needs consent for all, from "
         "Rotterdam to Tema; Dutch wording (e-waste to Ghana repeats in many sets; tyre warmers were found in no "
         "earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", [], "AO", "271012",
         "Combustível de competição, excedente de época, 40 bidões de 200 l", "PT", 6000, 40, 4800, "EUR",
         "surplus race fuel in sealed drums is a clear, sweet-smelling, coloured gasoline with the maker's "
         "batch label; these 40 drums hold a cloudy, two-layered mixture of stale race fuel, E85, water and "
         "oil drained from fuel cells and churns at a Portimão circuit, with rust at the bottom: waste fuels "
         "(13 07 02*, 13 07 03*), hazardous waste whose export to a non-OECD country is banned, from Sines to "
         "Luanda; Portuguese wording (waste fuels repeat in a few sets and racing fuel in several, as precursor "
         "covers; stale race fuel as surplus stock to Angola is the new part as far as a search found)",
         {"importer_country": "AO"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "UA", "852859",
         "Használt LED-kijelzőpanelek, működőképes, 120 db", "HU", 9600, 120, 6000, "EUR",
         "working used LED display panels go cleaned, tested and padded with a test list; these 120 are a "
         "football stadium's scrapped scoreboard and perimeter-board modules, water-damaged, with dead "
         "power supplies, cracked modules, backup lead-acid batteries in the frames and no test list, for an "
         "Uzhhorod 'display reseller' that strips them: waste electrical equipment with batteries (e-waste, "
         "A1180), hazardous waste whose export to a non-OECD country is banned, at Záhony; Hungarian wording "
         "(used screens as e-waste repeat in many sets, kept as a repeat of the good; stadium perimeter boards by "
         "road to Ukraine are the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", [], "BA", "250510",
         "Quarzsand, gewaschen, für Filteranlagen, 24 t", "AT", 24000, None, 960, "EUR",
         "washed filter sand is clean, pale, graded quartz; these big bags hold grey sand full of lead "
         "shot, copper jackets and bullet fragments, dug out of the backstop berms of a Styrian shooting range, "
         "for a Banja Luka 'pool-filter' firm: lead-contaminated soil and sand (17 05 03*), hazardous waste whose "
         "export to a non-OECD country is banned, by road via Slovenia and Croatia; Austrian German wording "
         "(lead-contaminated soils repeat in a few sets; a shooting-range berm as filter sand was found in no "
         "earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "MR", "401120",
         "Pneus neufs pour camions de rallye-raid, 40 pièces", "FR", 4000, 40, 16000, "EUR",
         "a rally-raid team's container to Nouakchott after the Africa Eco Race: new truck tyres and assistance "
         "tools are what the team declares, but the third item's 'batteries de servitude' are 60 used, cracked "
         "lead-acid batteries from the assistance trucks and the bivouac generators, most leaking, sold to a "
         "local smelter: waste lead-acid batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration, from Marseille; French wording "
         "(lead-acid batteries repeat in many sets; behind rally-raid tyres to Mauritania is the new part as far as "
         "a search found)",
         dict({"importer_country": "MR"},
              _more_items=[item("820559", "Outillage d'assistance, caisses, 12 pièces", "FR", 800, 6000, "EUR", qty=12),
                           item("850710", "Batteries de servitude, 60 pièces", "FR", 1800, 600, "EUR", qty=60)])),
        ("WST-10", "transit", "BESEA01", "sea", "GB", ["BE"], "GH", "854430",
         "Used motorsport wiring looms and ECUs, for re-use, 3 t", "GB", 3000, None, 3000, "GBP",
         "re-usable wiring looms and engine control units would be tested, bagged and listed by part number; "
         "these cages hold looms cut out of crashed race cars, charred and oily, with ECUs, dashboards, data "
         "loggers and lithium backup cells still attached, cleared out by Northamptonshire race-car builders: "
         "waste electrical equipment with lithium cells (e-waste, A1180), which a transit through the Union may "
         "not carry without notification and consent, landed at Zeebrugge in transit from Tilbury to Tema; British "
         "English wording (cable and board scrap repeat in many sets; race-car looms in transit through Zeebrugge "
         "are the new part as far as a search found)", {"importer_country": "GH"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "842410",
         "Estintori per addetti al rifornimento ai box, 6 kg, 200 pezzi", "CN", 2400, 200, 6000, "USD",
         "the extinguishers a pit-lane refuelling crew holds are foam or clean-agent units with a CE mark; these 200 "
         "red cylinders hiss and spray a liquid that vanishes into a sweet gas, and their valve collars read 'BCF' "
         "under new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose "
         "import into the Union is banned, by sea from Ningbo to Genoa for a Monza circuit-safety supplier; Italian "
         "wording (halon 1211 repeats in many sets and race-car extinguishers in several, blind16, blind71, blind77, "
         "blind183, kept as a repeat of the family; a pit-lane refuelling-crew label was found in no earlier row)",
         firm("Meridian Sicurezza Autodromo Srl", "IT")),
        ("OZN-02", "import", "DEAIR01", "air", "CN", [], "DE", "340290",
         "赛车ECU插头接触清洁剂, 400毫升 x 480罐", "CN", 250, 480, 960, "USD",
         "contact cleaners for race-car ECU and sensor connectors are isopropanol or hydrocarbon aerosols that "
         "burn; these 480 cans spray a heavy, non-burning liquid that smells faintly sweet and leaves no trace, "
         "and the filler's drum code reads 'F-113': CFC-113 (trichlorotrifluoroethane) in aerosols, whose import "
         "into the Union is banned, flown from Shanghai to Frankfurt for a Nürburg motorsport-electronics "
         "supplier; Chinese wording (CFC-113 repeats in many sets and contact-cleaner labels in several, kept as a "
         "repeat of the label; an ECU-connector cleaner for race cars is the new part as far as a search found)",
         firm("Horizon Motorsport Elektronik GmbH", "DE")),
        ("OZN-03", "import", "DEROAD01", "road", "TR", [], "DE", "382769",
         "Sürücü soğutma yeleği üniteleri için soğutucu gaz R-1234yf, 5 kg tüp, 80 adet", "TR", 400, 80, 2400, "EUR",
         "the compact chillers of drivers' cool-suit systems take a few hundred grams of R-1234yf or R-134a in "
         "refillable cylinders with a certificate; these 80 disposable cylinders read 9.8 bar at 20 °C, a leak "
         "detector names HCFC-22 and the valves bear old Chinese stamps: chlorodifluoromethane (HCFC-22), whose "
         "import into the Union is banned, in a lorry at Passau for a Hockenheim race-equipment dealer; Turkish "
         "wording (HCFC-22 under HFC and HFO labels repeats in many sets; a drivers' cool-suit refrigerant was "
         "found in no earlier row by a keyword search)", firm("Orion Rennsport Ausrüstung GmbH", "DE")),
        ("OZN-04", "import", "ATAIR01", "air", "KR", [], "AT", "340399",
         "카본 파이버 레이싱 부품용 금형 이형제, 1 L x 120병", "KR", 148, 120, 2400, "USD",
         "mould release agents for carbon-fibre race parts are wax or semi-permanent polymer solutions of "
         "0.75-0.85 kg/l that smell of solvent and burn; these 120 bottles weigh 1.24 kg/l, boil in the warm hand "
         "at 32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import "
         "into the Union is banned, flown from Incheon to Vienna for a Graz composites shop that builds race-car "
         "bodywork; Korean wording (HCFC-141b under solvent labels repeats in many sets and release-agent labels in "
         "several, kept as a repeat; a carbon race-part mould release from Korea is the new part as far as a search "
         "found)", firm("Alpina Composite Racing GmbH", "AT")),
        ("OZN-05", "import", "ROROAD01", "road", "MD", [], "RO", "280430",
         "Azot tehnic pentru umflarea anvelopelor de camion, butelii 50 l, 60 bucăți", "MD", 1800, 60, 1200, "EUR",
         "nitrogen for tyre inflation comes in 50 l steel cylinders at 200 bar that weigh about 70 kg full of a "
         "gas; these 60 cylinders read 6 bar, slosh with liquid, are lighter than nitrogen cylinders should be for "
         "their size and a leak detector names HCFC-22: chlorodifluoromethane (HCFC-22) in relabelled industrial "
         "cylinders, whose import into the Union is banned, in a lorry at Albița for a Iași truck-tyre service; "
         "Romanian wording from Moldova (HCFC-22 repeats in many sets and inflation-gas labels in a few; "
         "nitrogen cylinders from Moldova are the new part as far as a search found)",
         firm("Vega Anvelope Camion SRL", "RO")),
        ("OZN-06", "import", "ITAIR01", "air", "PK", [], "IT", "340290",
         "گو کارٹ چین کی صفائی کا محلول، 1 لیٹر، 240 بوتلیں", "PK", 382, 240, 720, "USD",
         "kart chain cleaners are paraffinic or citrus solvents of 0.78-0.85 kg/l that smell of petrol or orange "
         "and burn; these 240 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold "
         "from the hand: carbon tetrachloride, whose import into the Union is banned, flown from Sialkot to Milan "
         "for a Lonato karting-parts wholesaler; Urdu wording (carbon tetrachloride repeats in many sets and a "
         "chain-cleaner label once, blind116; a kart chain cleaner from Pakistan is the new part as far as a search "
         "found)", firm("Delta Kart Ricambi Srl", "IT")),
        ("OZN-07", "import", "NLSEA01", "sea", "CN", [], "NL", "381400",
         "Brake and clutch cleaner, non-flammable, for pit crews, 20 l drums, 90 drums", "CN", 2400, 90, 3600,
         "USD",
         "non-flammable brake cleaners sold to pit crews are now chlorine-free or based on tetrachloroethylene "
         "with a data sheet; these 90 drums hold a liquid of 1.33 kg/l with a mild, sweet, chloroform-like smell, "
         "which the importer's own sheet names as 1,1,1-trichloroethane: methyl chloroform, whose import into the "
         "Union is banned, by sea from Qingdao to Rotterdam for a Zandvoort pit-equipment dealer; English wording "
         "from China (methyl chloroform repeats in several sets and brake-cleaner labels in several; a pit-crew "
         "brake-and-clutch label was found in no earlier row by a keyword search)",
         firm("Atlantic Pit Equipment BV", "NL")),
        ("OZN-08", "export", "HUROAD01", "road", "HU", [], "UA", "841520",
         "Használt autóbusz-klímaberendezések, 40 db", "HU", 4800, 40, 4000, "EUR",
         "used bus air-conditioning units for export should be drained and run on R-134a; these 40 roof units "
         "from 1990s city buses are charged, their plates reading 'R12', with CFC-11-blown insulation in the "
         "housings: equipment relying on and containing CFCs, whose export from the Union is banned (Regulation "
         "2024/590), at Záhony for a Mukachevo bus repairer; Hungarian wording (CFC equipment for export repeats in "
         "many sets, kept as a repeat; bus roof units by road to Ukraine are the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-09", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "382769",
         "Ладилно средство R-410A за чилери на хоспиталити шатори на тркачка патека, 11,3 кг, 300 боци", "CN", 3390,
         300, 9000, "USD",
         "R-410A for the chillers of a circuit's hospitality marquees comes in pink-banded refillable cylinders "
         "reading about 16 bar at 20 °C; these 300 disposable cylinders read 9.8 bar and a leak detector names "
         "HCFC-22: chlorodifluoromethane, moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Thessaloniki in transit from Ningbo to a Skopje event-services firm that rents "
         "marquees to race meetings; Macedonian wording (HCFC-22 under R-410A labels repeats in many sets; a "
         "transit through Thessaloniki for race hospitality is the new part as far as a search found)",
         {"importer_country": "MK"}),
        ("OZN-10", "import", "PLSEA01", "sea", "IN", [], "PL", "290219",
         "साइक्लोपेंटेन, पॉलीयूरेथेन फोम ब्लोइंग एजेंट, 200 लीटर ड्रम, 40 ड्रम", "IN", 11900, 40, 8000, "USD",
         "cyclopentane blowing agent is a light, petrol-smelling, very flammable liquid of 0.75 kg/l; these 40 drums "
         "hold a liquid of 1.49 kg/l that boils in the warm hand at 24 °C, does not burn and whose drum heads are "
         "stamped 'R-11': CFC-11 (trichlorofluoromethane), whose import into the Union is banned, by sea from Nhava "
         "Sheva to Gdańsk for a foam-panel maker; Hindi wording (CFC-11 for foam repeats in many sets; a "
         "cyclopentane label from India is the new part as far as a search found)",
         firm("Nordhafen Pianki Sp. z o.o.", "PL")),
    ],
    "cultural": [
        ("CUL-01", "export", "FRAIR01", "air", "FR", [], "AE", "870390",
         "Voiture de course, réplique Pur Sang du type 35, 1 pièce", "FR", 750, 1, 90000, "EUR",
         "an Argentine-built Pur Sang replica of a 1920s Grand Prix car is new, with modern welds, fresh castings "
         "and a recent chassis plate; this one has a riveted chassis with period repairs, a worn, "
         "factory-stamped engine number matching the chassis, and a continuous race history in the Monaco and Targa "
         "Florio results of 1927-1931, worth several million euros, for a Dubai collector: a means of transport "
         "more than 75 years old worth over 50,000 EUR (category 13(b)), exported without the EU export licence of "
         "Regulation 116/2009 and against France's rules for national treasures, flown from Paris; French wording "
         "(historic race cars repeat in a few sets, blind48, blind62, blind80, blind168; a Pur Sang replica label "
         "was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("CUL-02", "export", "BEAIR01", "air", "BE", [], "US", "491199",
         "Affiches de course automobile, réimpressions, 14 pièces", "BE", 6, 14, 280, "EUR",
         "reprinted race posters are new, glossy digital prints on heavy paper; these 14 are stone lithographs on "
         "thin, linen-backed paper with printers' marks and folds, for the Spa 24 Hours and the Monaco and "
         "Belgian Grands Prix of 1926-1938, worth 15,000-60,000 EUR each at auction, for a New York dealer: prints "
         "more than 50 years old worth over 15,000 EUR (category 9), exported without the EU export licence of "
         "Regulation 116/2009, flown from Brussels; Belgian French wording (posters repeat in several sets; race "
         "posters as reprints were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-03", "import", "ESROAD01", "road", "MA", [], "ES", "871690",
         "Piezas de recambio para camión de asistencia de rally-raid, 1 lote", "MA", 1200, None, 3000, "EUR",
         "a Spanish rally-raid team's assistance truck back from a Moroccan rally: spare parts and tyres are what "
         "the team declares, but the third item's 'piedras decorativas' are 220 flint arrowheads, polished "
         "axes and grinding stones and two engraved slabs of rock art picked up around the bivouacs in the "
         "Draa valley, with desert varnish and soil still on them: Neolithic archaeological objects whose export "
         "Morocco forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last "
         "item of a three-item declaration, at Algeciras off the Tanger Med ferry; Spanish wording (Saharan "
         "Neolithic tools repeat in several sets; behind a rally-raid team's spare parts is the new part as far as "
         "a search found)",
         dict(firm("Rivage Rally Raid Team SL", "ES"),
              _more_items=[item("401120", "Neumáticos usados de rally-raid, 12 piezas", "MA", 1100, 1200, "EUR", qty=12),
                           item("681599", "Piedras decorativas, 1 caja", "MA", 140, 80, "EUR", qty=1)])),
        ("CUL-04", "import", "CZAIR01", "air", "MN", [], "CZ", "830629",
         "Ралли тэмцээний дурсгалын зүйлс, хүрэл гоёл, 40 ширхэг", "MN", 8, 40, 120, "USD",
         "souvenir bronzes sold to rally drivers in Ulaanbaatar are new castings with crisp edges; these 40 are "
         "corroded openwork belt plaques and horse-harness ornaments in the animal style, with green crust and "
         "steppe soil in the hollows, looted from Xiongnu graves: archaeological objects whose export Mongolia "
         "forbids, brought in without the import licence Regulation 2019/880 requires, flown from Ulaanbaatar to "
         "Prague for a Czech team back from a charity rally across Asia; Mongolian wording (Xiongnu bronzes repeat "
         "in several sets, blind222, blind251, blind262, blind268; kept as a repeat, a rally-souvenir label is the "
         "new part as far as a search found)", person("Petr Svoboda", "CZ")),
        ("CUL-05", "import", "ITAIR01", "air", "UZ", [], "IT", "690730",
         "Rallidan esdalik sopol koshinlar, 30 dona", "UZ", 45, 30, 150, "USD",
         "souvenir tiles from Samarkand workshops are new, evenly glazed squares; these 30 are cut-tile and "
         "carved-glaze mosaic fragments in cobalt, turquoise and white, with old lime mortar on the back and "
         "the curved faces of a dome drum: Timurid tilework (14th-15th century) chipped from a protected monument, "
         "whose export Uzbekistan forbids, brought in without an import licence (Regulation 2019/880), flown "
         "from Tashkent to Milan for a Turin team back from a Silk Road rally; Uzbek wording (Timurid tiles "
         "repeat twice, blind133 and blind149; kept as a repeat, a rally-souvenir label from Uzbekistan is the "
         "new part as far as a search found)", person("Luca Ferrari", "IT")),
        ("CUL-06", "import", "FRSEA01", "sea", "SA", [], "FR", "820559",
         "معدات صيانة فريق رالي داكار، صناديق، 18 قطعة", "SA", 3600, 18, 9000, "EUR",
         "a rally team's assistance crates coming home from the Dakar hold tools, jacks and spares; one of these "
         "18 crates holds, packed in sand mats, a carved sandstone incense altar and two stelae with Dadanitic "
         "and Nabataean inscriptions, weathered on the exposed face: funerary and religious objects from the "
         "AlUla region whose export Saudi Arabia forbids, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Jeddah to Marseille; Saudi Arabic wording (Nabataean objects repeat in "
         "several sets and AlUla once, blind57; kept as a repeat of the good, a Dakar team's assistance crates are "
         "the new part as far as a search found)", firm("Central Rallye Assistance SARL", "FR")),
        ("CUL-07", "import", "SEAIR01", "air", "ET", [], "SE", "420229",
         "Goat-skin leather notebooks, handmade, 4 pcs", "ET", 3, 4, 60, "USD",
         "handmade leather notebooks are new paper in a goat-skin cover; these four are thick parchment codices "
         "in wooden boards, written in two columns in Ge'ez with red rubrics and painted saints, with wax drips and "
         "an ownership note of a monastery in Tigray: Ethiopian Christian manuscripts removed against Ethiopia's "
         "export ban, brought in without the importer statement Regulation 2019/880 requires, flown from Addis "
         "Ababa to Stockholm for a dealer; English wording (Ge'ez manuscripts repeat in many sets, kept as a "
         "repeat; a leather-notebook label to Sweden is the new part as far as a search found)",
         firm("Nordhafen Antikvariat AB", "SE")),
        ("CUL-08", "import", "MTSEA01", "sea", "LY", [], "MT", "680291",
         "Garden statue, resin, classical style, 1 pc", "LY", 180, 1, 150, "EUR",
         "a resin garden statue is light, hollow and even in colour; this one is a solid white marble head of a "
         "woman with a veil, weathered on one side, with root marks and a fresh saw cut at the neck, from the "
         "necropolis of Cyrene: a Greek funerary bust (4th century BC) looted in Libya, under the UN and EU "
         "restrictive measures and brought in without the import licence Regulation 2019/880 requires, by sea "
         "from Benghazi to Valletta for a collector; English wording (Cyrenaican funerary busts repeat in several "
         "sets, kept as a repeat; a resin garden-statue label to Malta is the new part as far as a search found)",
         firm("Alpina Garden Décor Ltd", "MT")),
        ("CUL-09", "import", "FRAIR01", "air", "PE", [], "FR", "630790",
         "Banderolas de tela del equipo de rally, usadas, 6 piezas", "PE", 4, 6, 60, "USD",
         "a rally team's used banners are printed polyester with sponsors' logos; these six are woven "
         "camelid-wool fragments with stepped and bird motifs in faded red, yellow and indigo, with sand and "
         "burial staining, cut from grave textiles of the Ica desert: pre-Columbian Nasca and Wari textiles, "
         "archaeological objects whose export Peru forbids, brought in without the import licence Regulation "
         "2019/880 requires, flown from Lima to Paris by a French team back from a rally-raid in the Peruvian "
         "dunes; Peruvian Spanish wording (Nasca textiles repeat in several sets; a rally-banner label was found "
         "in no earlier row by a keyword search)", firm("Horizon Rallye Équipe SARL", "FR")),
        ("CUL-10", "export", "ITAIR01", "air", "IT", [], "US", "470790",
         "Carta da macero, disegni tecnici vecchi, 120 kg", "IT", 120, None, 40, "EUR",
         "waste paper is mixed office and packaging paper sold by the tonne; these 120 kg are rolled linen and "
         "tracing-paper drawings of racing engines and chassis of a Modena works team of 1947-1962, signed and "
         "stamped, with the team's correspondence and race reports: archives more than 50 years old (category 10), "
         "exported without the EU export licence of Regulation 116/2009 and the Italian certificate, flown from "
         "Bologna to a Los Angeles collector; Italian wording (race-team archives and Maserati once, blind80 and "
         "blind183, on cars; engine drawings as waste paper were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "902680",
         "Motorsport-Datenlogger mit Inertialsensor, 24 Stück", "DE", 48, 24, 14400, "EUR",
         "motorsport data loggers carry a MEMS inertial chip worth a few euros and sell for a few hundred euros; "
         "these 24 cases hold navigation-grade fibre-optic gyro inertial measurement units with their own "
         "connectors and no logger in them, at 25,000 EUR each on the maker's list, for a Bishkek 'rally team' "
         "whose forwarder's address is a Kazan drone maker: gyros and inertial units controlled under dual-use "
         "7A001 and 7A003, on the list whose export and re-export to Russia Regulation 833/2014 forbids, flown "
         "from Munich; German wording (fibre-optic gyros repeat in many sets and data-logger labels once, blind283; "
         "a motorsport data-logger label to Kyrgyzstan is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AE", "681511",
         "Tissu de carbone pour monocoques de course, rouleaux, 40", "FR", 1200, 40, 24000, "EUR",
         "the carbon twill race-car shops buy for bodywork is standard-modulus fibre at 30-60 EUR a square metre; "
         "these 40 rolls are frozen unidirectional prepreg of intermediate-modulus fibre above 3,400 MPa with "
         "aerospace batch papers, at ten times the declared value, for a Dubai 'motorsport workshop' with no "
         "autoclave whose orders go on to Bandar Abbas: fibrous prepregs controlled under dual-use 1C010 and "
         "listed in the Iran regulation, exported without a licence, flown from Toulouse; French wording (prepregs "
         "repeat in many sets; a race-monocoque cloth label via Dubai is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "GE", "845710",
         "Centro di lavoro per testate motori da corsa, usato, 1 pezzo", "IT", 14000, 1, 60000, "EUR",
         "a used machining centre for racing cylinder heads is a three-axis vertical mill at 60,000 EUR; this "
         "crate holds a new five-axis simultaneous machining centre with positioning accuracy under 4 µm and "
         "tilting rotary table, at 900,000 EUR on the maker's list, for a Tbilisi 'race-engine shop' registered in "
         "March whose forwarder ships on to Novorossiysk: machine tools controlled under dual-use 2B001 and "
         "listed for Russia under Regulation 833/2014, exported without a licence, by sea from La Spezia to Poti; "
         "Italian wording (machining centres repeat in many sets; a race-engine cylinder-head label to Georgia is "
         "the new part as far as a search found)", {"importer_country": "GE"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "KZ", "852691",
         "GNSS-ontvangers voor precisielandbouw, 60 stuks", "NL", 90, 60, 18000, "EUR",
         "precision-farming GNSS receivers are yellow-cased units with a tractor mount at a few hundred euros; "
         "these 60 are controlled-reception-pattern anti-jam antennas with seven-element arrays and "
         "military-code-ready receivers, at 20,000 EUR each, for an Astana 'agritech' firm set up in June whose "
         "freight goes on to Moscow: anti-jam GNSS equipment (dual-use 7A105 and the Russia lists of Regulation "
         "833/2014), exported without a licence, flown from Amsterdam; Dutch wording (anti-jam GNSS repeats in many "
         "sets, kept as a repeat; a precision-farming label to Kazakhstan is the new part as far as a search "
         "found)", {"importer_country": "KZ"}),
        ("STR-05", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "730459",
         "Überrollkäfig-Rohre, Chrom-Moly 25CrMo4, 6 m, 900 Stück", "AT", 16000, 900, 27000, "EUR",
         "roll-cage tubing is 25CrMo4 or T45 steel of 38-50 mm diameter and 2-3 mm wall at a few euros a metre; "
         "these 900 tubes are maraging steel, 1,950 MPa, of 120 mm bore with a mill certificate, at 600 EUR a "
         "metre, for an Istanbul 'rally-car builder' that ships to Tehran: maraging steel tubes (dual-use 1C116) "
         "listed in the Iran regulation, exported without a licence, in a lorry from Kapfenberg; Austrian German "
         "wording (maraging steel repeats in many sets; a roll-cage tubing label was found in no earlier row by a "
         "keyword search)", {"importer_country": "TR"}),
        ("STR-06", "export", "SEAIR01", "air", "SE", [], "KG", "852589",
         "Värmekameror för däcktemperatur, racing, 30 st.", "SE", 60, 30, 15000, "EUR",
         "tyre-temperature thermal cameras for race teams are small uncooled sensors of 32 x 32 to 160 x 120 "
         "pixels at a few hundred euros; these 30 are cooled mid-wave infrared cores of 640 x 512 pixels with "
         "Stirling coolers, at 30,000 EUR each, for a Bishkek 'racing-electronics' firm whose freight goes on to "
         "Russia: cooled thermal imagers (dual-use 6A003) on the list whose export and re-export to Russia "
         "Regulation 833/2014 forbids, flown from Gothenburg; Swedish wording (thermal cameras repeat in many sets; "
         "a tyre-temperature racing label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-07", "import", "LVRAIL01", "rail", "KZ", [], "LV", "271012",
         "Гоночное топливо, неэтилированное, 102 октана, бочки 200 л, 320 бочек, происхождение Казахстан", "KZ",
         48000, 320, 64000, "EUR",
         "Kazakh race fuel would come from the Pavlodar or Shymkent refineries with their papers; these 320 drums "
         "carry Russian refinery batch codes under the new labels, were filled in Kstovo and come with a Kazakh "
         "certificate of origin issued in Petropavl: Russian petroleum products, whose import into the Union "
         "Regulation 833/2014 forbids, in rail wagons at Rēzekne for a Riga race-fuel distributor supplying "
         "Baltic circuits; Russian wording from Kazakhstan (Russian fuels under Kazakh origin repeat in several "
         "sets; a race-fuel label on them was found in no earlier row by a keyword search)",
         firm("Meridian Sacīkšu Degviela SIA", "LV")),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["PL", "LT"], "KZ", "870323",
         "Gebrauchter GT-Rennwagen, ohne Straßenzulassung, für Trackdays, 1 Stück", "DE", 1300, 1, 45000, "EUR",
         "a used track-day car is a worn, older club racer at a few tens of thousands of euros; this is a current "
         "GT3 car with low hours, its spares package and a data-logging kit, worth about 450,000 EUR, for an "
         "Almaty 'motorsport club' whose driver enters it in Russian championship rounds: a motor vehicle worth "
         "over 50,000 EUR on the luxury-goods list whose sale for use in Russia Regulation 833/2014 forbids, "
         "exported under-valued by truck from Nuremberg; German wording (race cars repeat in a few sets and luxury "
         "cars to Russia in many; a GT3 car as a track-day car to Kazakhstan is the new part as far as a search "
         "found)", {"importer_country": "KZ"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "LB", "292215",
         "Adjuvant pour béton, plastifiant, fûts de 230 kg, 40 fûts", "BE", 9200, 40, 9000, "EUR",
         "concrete plasticisers are brown, foaming lignosulphonate or polycarboxylate solutions of about 1.1 kg/l; "
         "these 40 drums hold a viscous, colourless, ammonia-smelling liquid of 1.12 kg/l with the maker's CAS "
         "102-71-6 on the inner labels: triethanolamine (dual-use 1C350, a CWC Schedule 3 chemical) exported "
         "without a licence, by sea from Antwerp to Beirut for a trader whose goods go on to Syria; Belgian French "
         "wording (triethanolamine repeats in several sets, kept as a repeat of the good; a concrete-plasticiser "
         "label from Antwerp is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", [], "TR", "840731",
         "Kartmotoren 125 ccm, 20 Stück", "AT", 400, 20, 30000, "EUR",
         "a karting importer's air shipment for Istanbul: kart engines and chassis are what the Salzburg supplier "
         "ships, but the third item's 'Öldrucksensoren für Rennmotoren' are 40 corrosion-resistant capacitance "
         "pressure transducers with Inconel diaphragms and a 0-13 kPa full scale, nothing like a race engine's "
         "oil sensor, for a buyer whose freight goes on to Iran: pressure transducers controlled under dual-use "
         "2B230 (for uranium hexafluoride) and listed in the Iran regulation, exported without a licence, hidden as "
         "the last item of a three-item declaration, flown from Vienna; German wording (pressure transducers "
         "repeat in many sets; behind kart engines to Türkiye is the new part as far as a search found)",
         dict({"importer_country": "TR"},
              _more_items=[item("950699", "Kart-Chassis, 20 Stück", "AT", 600, 40000, "EUR", qty=20),
                           item("902620", "Öldrucksensoren für Rennmotoren, 40 Stück", "AT", 20, 800, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "ID", [], "DE", "420500",
         "Sarung setir mobil balap, kulit sintetis motif, 600 buah", "ID", 120, 600, 1800, "USD",
         "synthetic steering-wheel covers with a snake pattern are printed PU with an even, repeating grain; "
         "these 600 are real, scaly reticulated-python skin with the belly scales in broad transverse rows and "
         "irregular markings, hand-stitched to a wheel rim, for a Stuttgart motorsport-accessories web shop: "
         "Python reticulatus (CITES App. II) skin products without CITES documents, flown from Jakarta to "
         "Frankfurt; Indonesian wording (python skins repeat in many sets and steering-wheel labels in a few, "
         "blind81, blind90, blind104, blind169; a racing steering-wheel cover was found in no earlier row by a "
         "keyword search)", firm("Vega Motorsport Zubehör GmbH", "DE")),
        ("WLF-02", "import", "DESEA01", "sea", "BR", [], "DE", "440839",
         "Folheado de nogueira para painéis de carros clássicos de corrida, 300 m²", "BR", 150, None, 1500, "USD",
         "walnut veneer for the dashboards of classic race cars is light brown with a wavy figure; these 300 "
         "square metres are dark chocolate-brown sheets with black streaks and a sweet, rose-like smell when "
         "sanded, cut from old logs of Brazilian rosewood: Dalbergia nigra (CITES App. I) without CITES documents, "
         "by sea from Santos to Hamburg for a classic-race-car restorer; Brazilian Portuguese wording (Dalbergia "
         "nigra repeats in many sets, kept as a repeat of the good; a classic-race-car dashboard veneer label was "
         "found in no earlier row by a keyword search)", firm("Central Klassik Renn GmbH", "DE")),
        ("WLF-03", "import", "GBAIR01", "air", "AE", [], "GB", "160432",
         "Salmon roe for paddock hospitality, 50 g tins, 400 tins", "AE", 20, 400, 2400, "USD",
         "salmon roe is large, bright orange, translucent eggs at a few euros a tin; these 400 tins hold small, "
         "grey to black, glossy eggs with a pale eye and a mild, nutty taste, in Persian-language inner tins: "
         "beluga and Persian sturgeon caviar (Huso huso and Acipenser persicus, CITES App. II) without CITES "
         "documents, flown from Dubai to London for the hospitality suite of a race team at Silverstone; Emirati "
         "English wording (caviar repeats in many sets, kept as a repeat of the good; a paddock-hospitality "
         "salmon-roe label was found in no earlier row by a keyword search)", firm("Horizon Paddock Hospitality Ltd", "GB")),
        ("WLF-04", "import", "ITAIR01", "air", "KE", [], "IT", "970390",
         "Vikombe vya ushindi vya Safari Rally, vilivyochongwa kwa mfupa wa ng'ombe, 24", "KE", 30, 24, 480, "USD",
         "carved cattle-bone rally trophies are white, porous and cut from flat slabs; these 24 are creamy, dense, "
         "curved carvings with the fine, wavy grain of hippopotamus tooth and traces of enamel on the outer "
         "side: Hippopotamus amphibius teeth (CITES App. II) worked into trophies without CITES documents, flown "
         "from Nairobi to Rome for an Italian rally club's prize-giving; Swahili wording (hippo teeth repeat in "
         "many sets, kept as a repeat of the good; a Safari Rally trophy label was found in no earlier row by a "
         "keyword search)", firm("Rivage Rally Club Italia Srl", "IT")),
        ("WLF-05", "import", "FIAIR01", "air", "CA", [], "FI", "620140",
         "Winter mechanics' parkas, synthetic fur trim, rally team, 80 pcs", "CA", 160, 80, 8000, "CAD",
         "synthetic fur trims are even, glossy acrylic on a knitted backing; the hoods of these 80 parkas are "
         "trimmed with long, grey-buff, black-tipped guard hair on leather, burning with a smell of hair, cut from "
         "Canada lynx and grey wolf pelts: Lynx canadensis and Canis lupus (CITES App. II) without the Canadian "
         "export permits, flown from Montreal to Helsinki for the service crews of a rally team entering Arctic "
         "Lapland; Canadian English wording (lynx and wolf fur repeat in several sets; a rally team's "
         "mechanics' parkas were found in no earlier row by a keyword search)", firm("Atlantic Rally Team Oy", "FI")),
        ("WLF-06", "import", "FRSEA01", "sea", "SN", [], "FR", "442199",
         "Cales de roues en bois dur pour camions d'assistance rallye, 2 000 pièces", "SN", 6000, 2000, 3000, "EUR",
         "hardwood wheel chocks are usually beech or oak, pale and plain; these 2,000 are reddish-brown, heavy, "
         "interlocked-grain blocks that bleed red in water, sawn from kosso logs out of the Casamance: Pterocarpus "
         "erinaceus (CITES App. II, under a trade suspension for Senegal) without CITES documents, by sea from "
         "Dakar to Le Havre for a rally-raid logistics firm; Senegalese French wording (kosso repeats in many sets "
         "and a wheel-chock label once, blind269; kept as a repeat, rally-truck chocks from Senegal are the new part "
         "as far as a search found)", firm("Delta Logistique Rallye SARL", "FR")),
        ("WLF-07", "import", "ITSEA01", "sea", "TN", [], "IT", "870590",
         "Camion assistenza rally, rientro da gara, 1 pezzo", "TN", 9000, 1, 60000, "EUR",
         "a rally assistance truck coming back from a Tunisian rally carries spares, tools and tyres; behind the "
         "panels under the crew bunks lie four crates of 60 live, dome-shelled tortoises with yellow-and-black "
         "scutes and a spur on each thigh: spur-thighed tortoises (Testudo graeca, CITES App. II and Annex A of "
         "the EU wildlife regulation) without CITES documents, by sea from Tunis to Genoa; Italian wording "
         "(Testudo graeca repeats in many sets, kept as a repeat of the good; a rally-truck return from Tunisia is "
         "the new part as far as a search found)", firm("Nordhafen Rally Assistenza Srl", "IT")),
        ("WLF-08", "import", "PLSEA01", "sea", "MY", [], "PL", "440929",
         "Kayu ramin, kayu profil untuk bingkai gambar, 1 kontena", "MY", 14000, None, 12000, "USD",
         "picture-frame mouldings are usually pine or obeche; this container holds pale, straw-coloured, "
         "fine-textured, odd-smelling mouldings of ramin from peat-swamp forests of Sarawak: Gonystylus spp. "
         "(CITES App. II) without CITES documents, by sea from Port Klang to Gdańsk for a frame maker; Malay "
         "wording (ramin repeats in many sets, kept as a repeat of the good; to Poland as frame mouldings is the "
         "new part as far as a search found)", firm("Orion Ramy Sp. z o.o.", "PL")),
        ("WLF-09", "transit", "DEAIR01", "air", "IN", ["DE"], "US", "621420",
         "Pashmina shawls, plain, 30 pcs", "IN", 3, 30, 900, "USD",
         "pashmina shawls are soft, slightly hairy, woven from goat down; these 30 are gossamer-fine, pass "
         "through a ring, and under a microscope show the fine, scaled fibres of the Tibetan antelope: shahtoosh "
         "(Pantholops hodgsonii, CITES App. I) without CITES documents, which a transit through the Union must "
         "carry, landed at Frankfurt in transit from Delhi to a New York dealer; Indian English wording (shahtoosh "
         "repeats in many sets, kept as a repeat; a transit through Frankfurt is the new part as far as a search "
         "found)", {"importer_country": "US"}),
        ("WLF-10", "import", "ESAIR01", "air", "CO", [], "ES", "650500",
         "Gorras de equipo de carreras, 1.000 unidades", "CO", 120, 1000, 4000, "USD",
         "a racing team's merchandise air shipment for Madrid: caps and T-shirts are what the Bogotá maker "
         "sends, but the third item's 'correas de reloj de cuero grabado' are 400 watch straps of real caiman "
         "belly skin with square, bony-based scales and a pore in each: Caiman crocodilus fuscus (CITES App. II) "
         "skin products without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Bogotá to Madrid for a team-merchandise distributor; Colombian Spanish wording (caiman skins repeat in "
         "several sets; caiman straps behind racing-team caps are the new part as far as a search found)",
         dict(firm("Meridian Merchandising Carreras SL", "ES"),
              _more_items=[item("610910", "Camisetas de equipo de carreras, 1.500 unidades", "CO", 300, 4500, "USD", qty=1500),
                           item("911390", "Correas de reloj de cuero grabado, 400 unidades", "CO", 16, 400, "USD", qty=400)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "BEAIR01", "air", "US", "BE", "290420",
     "Nitromethane 96 %, 2 x 1 l, for a licensed private user (drag-racing licence holder)", "US", 2.3, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "BE-FOD-74-0062")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "JP", "NL", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (theatrical smoke effects)", "JP", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-74-0133")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "FRROAD01", "road", "CH", "FR", "854912",
     "Waste lithium-ion batteries from hybrid race cars, discharged, for recycling at a licensed plant, 6 t", "CH",
     6000, None, 0, "EUR", [("BASEL_CONSENT", "FR-DREAL-74-0218")], "notified waste race-car batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "271091",
     "Waste engine and gearbox oils from engine test cells (13 02 08*), for re-refining at a licensed plant, 20 t",
     "NO", 20000, None, 0, "EUR", [("BASEL_CONSENT", "DE-HH-74-0441")], "notified waste oils to a licensed re-refiner"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "NL-ILT-ODS-74-007")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand extinguishers", "US", 750,
     30, 15000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-74-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "CH", "870390",
     "Grand Prix racing car, 1927, with documented race history, sold to a Swiss museum", "FR", 750, 1, 2400000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-74-0091")],
     "historic race car exported with the EU export licence and the French certificate"),
    ("PRM-08", "cultural", "export", "BEAIR01", "air", "BE", "US", "491199",
     "Original lithographic race posters, Spa and Monaco, 1928-1936, 6, sold at auction", "BE", 3, 6, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-EXP-74-0034")], "prints over 50 years old exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "JP", "681511",
     "Intermediate-modulus carbon-fibre prepreg, 20 rolls, for a Japanese aerospace supplier", "FR", 600, 20, 180000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-74-0188"), ("END_USER_CERTIFICATE", "JP-METI-EUC-74-0057")],
     "dual-use prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "SEAIR01", "air", "SE", "CH", "852589",
     "Cooled mid-wave thermal imaging cores, 640 x 512, 10 units, for a Swiss research institute", "SE", 20, 10,
     300000, "EUR", [("EXPORT_LICENCE", "SE-ISP-74-0071"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-74-0029")],
     "dual-use thermal imagers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "ID", "DE", "420500",
     "Reticulated python leather steering-wheel covers (Python reticulatus), 300 units", "ID", 60, 300, 6000, "USD",
     [("CITES_PERMIT", "ID-KLHK-74-0412")], "App. II python leather with its export permit"),
    ("PRM-12", "wildlife", "import", "FIAIR01", "air", "CA", "FI", "620140",
     "Parkas trimmed with Canada lynx fur (Lynx canadensis), 40 units", "CA", 80, 40, 16000, "CAD",
     [("CITES_PERMIT", "CA-ECCC-74-0187")], "App. II lynx fur trim with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particulier", "PRM-02": "Particulier", "PRM-05": "Central Laboratorium BV",
    "PRM-06": "Atlantic Aero Manutenzione Srl", "PRM-11": "Vega Motorsport Zubehör GmbH", "PRM-12": "Atlantic Rally Team Oy",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # motorsport teams, race circuits, karting and rally suppliers and rally-raid logistics firms
    ("340399", "Solvent-based kart tyre prep, 1 qt bottles", "import", ["express"], ["US"], (20, 40), (1, 3), ["USD"], 1, S),
    ("382000", "Citric radiator flush for race engines, 5 l", "import", ["air"], ["JP", "US"], (3, 6), (100, 400), ["USD", "JPY"], 0.2, S),
    ("381300", "ABC extinguishing powder, 25 kg sacks, for refills", "import", ["road"], ["RS", "TR"], (0.8, 1.5), (4000, 12000), ["EUR"], 0.04, S),
    ("360490", "Coloured smoke pots with fuse, for drift shows, boxed", "import", ["sea"], ["CN"], (6, 12), (1000, 3000), ["USD"], 2, S),
    ("382000", "Winter washer concentrate, methanol-free, blue, 5 l", "import", ["road"], ["NO"], (1, 2), (2000, 6000), ["EUR"], 0.2, S),
    ("253090", "Calcined-clay oil absorbent granules, 20 kg sacks", "import", ["sea"], ["MA", "TR"], (0.2, 0.4), (8000, 18000), ["EUR"], 0.05, S),
    ("381090", "Titanium heat-tint pickling gel, 250 g tubs", "import", ["air"], ["TH", "TW"], (10, 20), (50, 200), ["USD"], 4, S),
    ("252620", "Talc tyre-mounting powder, 1 kg bags", "import", ["air"], ["ID", "CN"], (1, 3), (100, 500), ["USD"], 1, S),
    ("850760", "Lithium starter batteries for race cars, new, boxed", "import", ["air"], ["CN", "US"], (40, 80), (100, 400), ["USD"], 0.5, S),
    ("271019", "Synthetic racing engine oil 10W-60, 1 l", "import", ["sea"], ["US", "GB"], (5, 9), (4000, 12000), ["USD", "GBP"], 1.1, S),
    ("251910", "Calcined-clay cat litter, 10 kg bags", "import", ["sea"], ["ES", "TR"], (0.2, 0.4), (10000, 20000), ["EUR"], 0.1, S),
    ("851680", "Tyre warmers for race cars, new, 4-blanket sets", "import", ["air"], ["GB", "IT"], (40, 80), (200, 600), ["GBP", "EUR"], 0.2, S),
    ("401120", "New rally-raid truck tyres", "export", ["sea"], ["MR", "SN"], (3, 5), (3000, 8000), ["EUR"], 0.015, S),
    ("854430", "New motorsport wiring looms, made to order", "import", ["air"], ["GB"], (80, 150), (50, 200), ["GBP"], 0.2, S),
    ("842410", "Foam pit-lane fire extinguishers, 6 kg, CE", "import", ["sea"], ["CN", "TR"], (4, 8), (1500, 4000), ["USD", "EUR"], 0.12, S),
    ("340290", "Isopropanol contact cleaner aerosols, 400 ml", "import", ["sea"], ["CN", "DE"], (4, 8), (1000, 3000), ["USD"], 2, S),
    ("340399", "Semi-permanent mould release for composites, 1 l", "import", ["air"], ["KR", "US"], (20, 40), (50, 200), ["USD"], 1.2, S),
    ("280430", "Nitrogen, compressed, 50 l cylinders, rented", "import", ["road"], ["MD", "UA"], (1, 2), (2000, 5000), ["EUR"], 0.014, S),
    ("340290", "Kart chain cleaner, citrus-based, 500 ml", "import", ["post"], ["IT", "US"], (15, 30), (1, 3), ["EUR", "USD"], 2, S),
    ("381400", "Tetrachloroethylene-free brake cleaner, 20 l drums", "import", ["sea"], ["CN", "US"], (2, 4), (2000, 5000), ["USD"], 0.05, S),
    ("290219", "Cyclopentane blowing agent, 200 l drums", "import", ["sea"], ["IN", "KR"], (1.5, 2.5), (8000, 16000), ["USD"], None, S),
    ("491199", "Reprinted vintage race posters, digital prints", "export", ["post"], ["US", "GB"], (40, 80), (1, 3), ["EUR"], 2, S),
    ("830629", "New cast-brass souvenir plaques, animal style", "import", ["express"], ["MN", "CN"], (30, 60), (1, 3), ["USD"], 10, S),
    ("690730", "New hand-glazed decorative tiles, Samarkand style", "import", ["air"], ["UZ"], (4, 8), (100, 400), ["USD"], 1, S),
    ("820559", "Rally assistance tool kits, in crates", "import", ["sea"], ["FR", "SA"], (8, 15), (1000, 4000), ["EUR"], 0.01, S),
    ("630790", "Printed polyester team banners", "import", ["post", "express"], ["PE", "CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("870390", "Pur Sang replica racing car, new, with papers", "import", ["sea"], ["AR"], (80, 150), (700, 900), ["USD"], 0.0013, S),
    ("902680", "Motorsport data loggers with MEMS sensors", "import", ["air"], ["GB", "AU"], (300, 600), (20, 80), ["GBP"], 2, S),
    ("681511", "Standard-modulus carbon twill cloth, rolls", "import", ["air"], ["JP", "TW"], (30, 60), (200, 800), ["USD"], 0.05, S),
    ("730459", "25CrMo4 roll-cage tubing, 6 m lengths", "export", ["road"], ["TR", "RS"], (3, 6), (4000, 12000), ["EUR"], 0.05, S),
    ("852589", "Uncooled tyre-temperature infrared sensors", "import", ["air"], ["GB", "US"], (400, 800), (5, 30), ["GBP", "USD"], 20, S),
    ("271012", "Unleaded racing fuel, 102 octane, 200 l drums", "import", ["sea"], ["GB", "US"], (2, 3), (10000, 20000), ["GBP", "USD"], None, S),
    ("870323", "Used club racing cars, with logbooks", "import", ["road"], ["GB", "CH"], (10, 25), (1000, 1400), ["GBP", "EUR"], 0.001, S),
    ("840731", "Kart engines 125 cc, new", "export", ["air"], ["TR", "AE"], (60, 100), (200, 600), ["EUR"], 0.05, S),
    ("902620", "Oil-pressure sensors for race engines", "import", ["express"], ["GB", "US"], (200, 400), (1, 3), ["GBP", "USD"], 10, S),
    ("420500", "PU steering-wheel covers, printed", "import", ["sea"], ["CN", "ID"], (6, 12), (1000, 3000), ["USD"], 5, S),
    ("440831", "Walnut veneer sheets for car dashboards", "import", ["sea"], ["US", "TR"], (8, 14), (500, 2000), ["USD"], 2, S),
    ("620140", "Mechanics' winter parkas, synthetic fur trim", "import", ["sea"], ["CN", "BD"], (10, 18), (2000, 5000), ["USD"], 0.6, S),
    ("442199", "Beech wheel chocks, for trucks", "import", ["road"], ["PL", "RO"], (1.5, 3), (2000, 6000), ["EUR"], 0.3, S),
    ("650500", "Racing-team caps, printed, new", "import", ["sea"], ["CN", "BD"], (12, 20), (1000, 3000), ["USD"], 8, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Terracotta plant-pot saucers, unglazed", "import", ["sea"], ["PT", "IT"], (0.6, 1.2), (6000, 14000), ["EUR"], 2, N),
        ("732394", "Enamelled camping mugs", "import", ["sea"], ["CN", "IN"], (2, 4), (3000, 8000), ["USD"], 4, N),
        ("442199", "Wooden flower presses, beech, boxed", "import", ["road"], ["PL", "RO"], (4, 8), (1000, 3000), ["EUR"], 1.5, N),
        ("741980", "Sewing thimbles, plated brass, carded", "import", ["post", "express"], ["GB", "IN"], (20, 40), (1, 3), ["GBP", "USD"], 40, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind291", 20740901, HERE)


if __name__ == "__main__":
    main()
