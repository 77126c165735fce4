#!/usr/bin/env python3
"""Writes the hundred-and-first blind set (tests/risk/data/blind101-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2043, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, bulbs, fish, food of
animal origin, firewood and untreated wood with bark included) appear only in the permitted
rows, with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration would.
Ids are BL101-*:

    python3 tests/risk/data/make_blind101_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2043, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2043
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "KR", [], "AT", "340290",
         "가습기 세정제, 물통 살균 세척액, 1 L x 8", "KR", 9, 8, 120000, "KRW",
         "humidifier-tank cleaners are a weak citric or surfactant liquid that smells of lemon; these eight litres are "
         "unscented, weigh 1.13 kg/l, have vented caps and the inner labels read 'H2O2 35 %': hydrogen peroxide (Annex I "
         "above 12 %), sent by express from Seoul to a private person in Linz, although oxidising liquids go by express "
         "only as declared dangerous goods; Korean wording (hydrogen peroxide repeats in many sets and Korean contact-lens "
         "covers in blind79 and blind81; a humidifier-tank cleaner was found in no earlier row)",
         person("Privatperson", "AT")),
        ("PRE-02", "import", "PLPOST01", "post", "UA", [], "PL", "282739",
         "Травильний розчин для друкованих плат (хлорне залізо), 5 x 1 кг", "UA", 5.1, 5, 2600, "UAH",
         "ferric-chloride board etchant is a brown-orange powder or a dark, rusty liquid that stains everything it "
         "touches; these five bags hold white, glassy crystals that draw damp within an hour, flare bright yellow on a "
         "hot plate and carry CAS 7601-89-0 on the inner liners: sodium perchlorate (Annex I above 40 %), posted from "
         "Lviv to a private person in Rzeszów who makes no circuit boards; Ukrainian wording (sodium perchlorate repeats "
         "in several sets, and circuit-board etchant covers hid nitric acid in blind28 and blind35; perchlorate as a "
         "ferric-chloride etchant was found in no earlier row)",
         person("Osoba prywatna", "PL")),
        ("PRE-03", "import", "BEPOST01", "post", "MA", [], "BE", "282590",
         "Poudre à polir le marbre (oxyde d'étain), 4 x 1 kg", "MA", 4, 4, 400, "MAD",
         "tin-oxide polishing powder is a heavy, chalky, off-white powder that does nothing on a flame; these four "
         "bags hold fine, gritty, glass-clear crystals that burn violently with sugar and read 'KClO4' on the inner "
         "bags: potassium perchlorate (Annex I above 40 %), posted from Casablanca to a private person in Charleroi "
         "who polishes no stone; Moroccan French wording (potassium perchlorate repeats in many sets; a marble-polishing "
         "cover is the new part)", person("Particulier", "BE")),
        ("PRE-04", "import", "DEROAD01", "road", "CH", [], "DE", "250100",
         "Teichsalz für Koi, ungejodet, 10 x 25 kg", "CH", 250, 10, 200, "CHF",
         "koi-pond salt is plain, coarse, unrefined sodium chloride that tastes of salt and is added by the bucket in "
         "autumn; these ten sacks hold loose, tasteless, yellowish-white crystals that hiss on a lit cigarette and read "
         "'Natriumchlorat' on the inner liners: sodium chlorate (Annex I above 40 %), in a private car at Basel-Weil "
         "for a private person in Freiburg with no pond; Swiss German wording (sodium chlorate repeats in many sets under "
         "salt covers, softener salt by car from Switzerland in blind46; a koi-pond salt cover was found in no earlier "
         "row)", person("Privatperson", "DE")),
        ("PRE-05", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "680620",
         "园艺珍珠岩, 膨胀型, 吨袋, 40 吨", "CN", 40000, 40, 18000, "USD",
         "expanded horticultural perlite is a white mineral foam so light that a tonne bag fills a room; these big bags "
         "weigh a tonne each at the size of a pallet, hold smooth white prills that turn ice-cold in water and test at "
         "34.5 % N, for a Łódź garden web shop that repacks into 2 kg bags for the public: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by rail from Chongqing to Małaszewicze; Chinese "
         "wording (ammonium nitrate repeats in many sets, AdBlue urea by rail to Duisburg in blind91 and perlite for "
         "hydroponics by road from Serbia in blind59; perlite by the China-Europe rail is the new part)",
         firm("Ogród Orion Sp. z o.o.", "PL")),
        ("PRE-06", "import", "ITSEA01", "sea", "AL", [], "IT", "340290",
         "Solucion për heqjen e gëlqeres nga makinat e kafesë, 8 x 5 l", "AL", 73, 8, 9000, "ALL",
         "espresso-machine descalers are citric or lactic acid, thin and sour-smelling, safe on skin; these eight "
         "canisters are oily, weigh 1.83 kg/l, char a paper towel and get hot when diluted: about 96 % sulphuric acid "
         "(Annex I above 15 %), in a private van on the Durrës-Bari ferry for a private person in Bari; Albanian "
         "wording (sulphuric acid repeats in many sets, and coffee-machine descalers hid nitric acid in blind12 and "
         "blind33 and an acid in blind47; kept as a known cover, on the Albanian ferry is the new part)", person("Privato", "IT")),
        ("PRE-07", "import", "NLAIR01", "express", "US", [], "NL", "340290",
         "Brake parts cleaner, non-chlorinated, 12 x 1 qt", "US", 13, 12, 140, "USD",
         "non-chlorinated brake cleaners are heptane or acetone that evaporate in seconds at about 0.7 kg/l; these "
         "twelve quarts are oily, evaporate slowly, smell faintly fruity, weigh 1.14 kg/l and carry a 'CH3NO2' batch "
         "sticker under the retail label: nitromethane (Annex I above 16 %), sent by express from Ohio to a private "
         "person in Eindhoven, although flammable liquids go by express only as declared dangerous goods; US English "
         "wording (nitromethane repeats in many sets and brake-cleaner covers hid ODS in blind8 and blind76; nitromethane "
         "as a brake cleaner was found in no earlier row)", person("M. Bakker", "NL")),
        ("PRE-08", "import", "CZPOST01", "post", "VN", [], "CZ", "310590",
         "Phân bón lá cho hoa lan, dạng tinh thể, 6 x 1 kg", "VN", 6, 6, 900000, "VND",
         "orchid foliar feeds are coloured, water-soluble NPK crystals used by the gram; these six bags hold colourless, "
         "glossy, tasteless crystals that spit violet sparks on a hot iron, with CAS 3811-04-9 on the inner bags: "
         "potassium chlorate (Annex I above 40 %), posted from Hung Yen to a private person in a Prague flat; Vietnamese "
         "wording (potassium chlorate repeats in many sets, as a Vietnamese longan flower-inducer in blind20, and an "
         "orchid-feed cover hid ammonium nitrate in blind26; chlorate as orchid feed posted from Viet Nam is the new "
         "part)", person("Soukromá osoba", "CZ")),
        ("PRE-09", "import", "HRROAD01", "road", "RS", [], "HR", "252020",
         "Zubotehnički materijal: tvrdi gips, 10 x 25 kg", "RS", 250, 10, 30000, "RSD",
         "a dental laboratory's supply order by van: hard plaster and modelling wax are what a dental technician buys, "
         "but the third item's 'sredstvo za skidanje oksida s odljevaka' (a pickling salt for castings, sodium "
         "bisulphate) is four 20 l canisters of a liquid that fumes brown when opened, stains the skin yellow and weighs "
         "1.40 kg/l: about 65 % nitric acid (Annex I above 3 %), hidden as the last item of a three-item declaration, at "
         "Bajakovo for a private person in Vukovar who runs no laboratory; Serbian wording (nitric acid repeats in many "
         "sets and multi-item orders hid it behind beekeeping and jewellers' goods; a dental laboratory's order was "
         "found in no earlier row)",
         dict(person("Privatna osoba", "HR"),
              _more_items=[item("340420", "Vosak za modeliranje, 20 kg", "RS", 20, 12000, "RSD"),
                           item("382499", "Sredstvo za skidanje oksida s odljevaka, 4 x 20 l", "RS", 112, 8000, "RSD",
                                qty=4)])),
        ("PRE-10", "import", "PTSEA01", "sea", "BR", [], "PT", "340250",
         "Alvejante sem cloro líquido 6 %, frascos de 1 l, 18.000 frascos", "BR", 20000, 18000, 9000, "USD",
         "non-chlorine laundry bleaches are 3-6 % peroxide with perfume and a blue tint; these 18,000 bottles are "
         "unscented, clear, weigh 1.13 kg/l, have vented caps and the supplier's analysis reads 35 %, at 0.50 USD a "
         "bottle, for a Lisbon discount web shop that sells to the public: hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public; Brazilian Portuguese wording (hydrogen peroxide repeats in many "
         "sets and liquid oxygen-bleach covers in blind73 and blind74; a container from Santos to Lisbon is the new part)", firm("Casa Delta Lda", "PT")),
    ],
    "waste": [
        ("WST-01", "export", "SISEA01", "sea", "SI", [], "VN", "281700",
         "Cinkov oksid, surovi, 60 % Zn, 20 kontejnerjev", "SI", 480000, None, 48000, "EUR",
         "crude zinc oxide is a Waelz-kiln product, pale and even; this is brown-grey, fine, heavy dust with 25 % zinc, "
         "lead, cadmium and chlorides, collected in the bag filters of an electric-arc furnace steelworks: EAF dust "
         "(10 02 07*), hazardous waste whose export to a non-OECD country is banned, from Koper for a Hai Phong 'zinc "
         "trader'; Slovenian wording (EAF dust as crude or technical zinc oxide repeats in many "
         "sets, blind2, blind6, blind33, blind70 and blind72 among them; kept as a known cover, from Koper to Viet Nam is "
         "the new part)", {"importer_country": "VN"}),
        ("WST-02", "export", "ROSEA01", "sea", "RO", [], "GE", "252922",
         "Fluorină metalurgică în bucăți, 1.000 t", "RO", 1000000, None, 40000, "EUR",
         "metallurgical fluorspar is pale, glassy lumps of calcium fluoride; these are black, carbon-rich slabs with "
         "white crusts that smell of ammonia when wet and test for cyanide, broken out of aluminium reduction cells: "
         "spent pot lining (16 11 01*), hazardous waste whose export to a non-OECD country is banned, from Constanța for "
         "a Poti 'ferroalloy plant'; Romanian wording (spent pot lining repeats in many sets; as fluorspar from Romania "
         "to Georgia is the new part)", {"importer_country": "GE"}),
        ("WST-03", "export", "HRROAD01", "road", "HR", [], "BA", "901890",
         "Donacija: rabljeni medicinski instrumenti (tlakomjeri), 600 kom", "HR", 900, 600, 600, "EUR",
         "donated hospital equipment is working, cleaned and listed; these 600 are old mercury sphygmomanometers and "
         "clinical thermometers swept out of hospital wards when they were replaced, several leaking beads of mercury in "
         "the boxes: mercury-containing waste (16 02 / 18 01 hazardous entries) and mercury-added products whose export "
         "is banned by Regulation 2017/852, by van at Stara Gradiška for a Banja Luka 'clinic'; Croatian wording "
         "(mercury sphygmomanometers as donations or hospital surplus repeat in blind11, blind23, blind55, blind64, blind68 and blind84; by road to "
         "Bosnia in Croatian is the new part)",
         {"importer_country": "BA"}),
        ("WST-04", "export", "BGROAD01", "road", "BG", [], "TR", "720449",
         "Стоманен скрап, шредиран, HMS, 24 т", "BG", 24000, None, 6000, "EUR",
         "shredded steel scrap is clean, dry, bright fragments; this lorry holds crushed used oil filters with their "
         "paper elements, dripping black oil into the trailer floor: used oil filters (16 01 07*), hazardous waste "
         "shipped to Türkiye without the prior notification an OECD recovery shipment needs, at Kapitan Andreevo for an "
         "Edirne 'steel mill'; Bulgarian wording (oil filters as HMS or steel scrap repeat in many sets, "
         "blind33, blind42 and blind50 among them; by lorry to Türkiye without notification is the new part)", {"importer_country": "TR"}),
        ("WST-05", "export", "IESEA01", "sea", "IE", [], "IN", "293379",
         "N-Methyl-2-pyrrolidone, technical grade, 60 IBC", "IE", 60000, 60, 30000, "EUR",
         "technical NMP is water-clear with a certificate of analysis; these IBCs hold a brown, cloudy liquid with "
         "photoresist residue, metal traces and a reek of amines, drained from a semiconductor fab's resist-stripping "
         "lines: spent organic solvent (07 01 04*), hazardous waste whose export to a non-OECD country is banned, from "
         "Dublin for a Mumbai 'solvent trader'; Irish English wording (spent solvents repeat in many sets and recovered "
         "NMP once, as a regenerated cleaner in blind59; fab stripper waste as technical NMP from Ireland is the new part)", {"importer_country": "IN"}),
        ("WST-06", "transit", "BESEA01", "sea", "GB", ["BE"], "PK", "690919",
         "Ceramic support balls, alumina, inert, 20 t", "GB", 20000, None, 4000, "GBP",
         "inert alumina support balls are clean, white, identical spheres in new sacks; these are grey-black extrudates "
         "and spheres, coked, smelling of sulphur, with nickel and vanadium on analysis, dumped from a refinery's "
         "hydrotreater: spent hydroprocessing catalyst (16 08 02*), hazardous waste whose transit through the Union had "
         "no notification, landed at Antwerp in transit from Immingham to Karachi; English wording (spent catalysts "
         "repeat in many sets, as support balls in blind38, blind74, blind83 and blind88; kept as a known cover, in "
         "transit through Antwerp to Pakistan is the new part)",
         {"importer_country": "PK"}),
        ("WST-07", "import", "PLRAIL01", "rail", "UA", [], "PL", "440612",
         "Шпали дерев'яні, дубові, нові, 2 вагони", "UA", 110000, 1400, 14000, "EUR",
         "new oak sleepers are pale, untreated and smell of oak; these are black, oily, split and smell of tar, with "
         "rusty rail-clip holes, pulled up from a track renewal: creosote-treated railway sleepers (17 02 04*), hazardous "
         "waste imported from a non-OECD country without notification, by rail at Dorohusk for a 'garden timber' seller "
         "in Lublin; Ukrainian wording (creosote sleepers as untreated oak sleepers repeat in blind37, "
         "blind38, blind49 and a development set; kept as a known cover, imported by rail from Ukraine is the new part)", firm("Drewno Meridian Sp. z o.o.", "PL")),
        ("WST-08", "export", "NLAIR01", "express", "NL", [], "HK", "850760",
         "Lithium-ion cells 18650, grade B, tested, 2,000 pcs", "NL", 100, 2000, 1000, "EUR",
         "grade-B cells are new cells with small capacity deviations, in trays with a test report; these are "
         "scuffed, spot-welded cells cut out of discarded laptop and e-scooter packs, many with nickel tabs still "
         "attached and no test data: waste lithium-ion batteries (16 06 05 and 16 02 hazardous entries), hazardous waste "
         "whose export to a non-OECD country is banned, sent by express from Amsterdam to a Hong Kong 'cell grader'; "
         "English wording (lithium batteries repeat in many sets and 'grade B' cells in blind27; by express to Hong Kong is the new part)",
         {"importer_country": "HK"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "SL", "940290",
         "Don humanitaire : lits d'hôpital d'occasion, 40 pièces", "FR", 3200, 40, 2000, "EUR",
         "a hospital-equipment donation: used beds and wheelchairs are what a charity ships to Freetown, but the third "
         "item's 'produits de développement radiologique' are 60 jerrycans of used, silver-laden X-ray fixer and "
         "exhausted developer from a closed film lab: photographic fixer and developer waste (09 01 01*, 09 01 04*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Le Havre; French wording (photochemical waste repeats in several sets, behind retired hospital "
         "film processors in blind56; as a charity's donation to Sierra Leone is the new part)",
         dict({"importer_country": "SL"},
              _more_items=[item("871390", "Fauteuils roulants d'occasion, 30", "FR", 450, 600, "EUR", qty=30),
                           item("370790", "Produits de développement radiologique, 60 bidons", "FR", 1200, 300, "EUR",
                                qty=60)])),
        ("WST-10", "export", "ITAIR01", "air", "IT", [], "NG", "853110",
         "Rilevatori di fumo usati, funzionanti, 5.000 pz", "IT", 1000, 5000, 2500, "EUR",
         "working second-hand smoke detectors are rare, because they are cheap and expire after ten years; these 5,000 "
         "are yellowed, dusty ionisation detectors unscrewed from office ceilings, each with an americium-241 source, "
         "loose in sacks with no tests, at 0.50 EUR each: discarded electrical equipment with hazardous components (16 02 "
         "13*) to be handled as radioactive sources, whose export to a non-OECD country is banned, flown from Milan to a "
         "Lagos 'security installer'; Italian wording (used ionisation smoke detectors repeat in blind11 (Portuguese) "
         "and a development set; by air from Italy to Nigeria is the new part)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("ODS-01", "import", "GRROAD01", "road", "MK", [], "GR", "382769",
         "Разладен гас R-422D, 20 цилиндри x 11,3 kg", "MK", 226, 20, 2400, "EUR",
         "R-422D is an HFC blend sold in green cylinders under a quota label; these twenty cylinders are the pale-green "
         "of R-22, the gas reads as a single pure compound at -40.8 C and the valves are stamped 'HCFC-22': virgin "
         "chlorodifluoromethane (HCFC-22), whose placing on the Union market is banned, by lorry at Evzonoi for a "
         "Thessaloniki air-conditioning fitter; Macedonian wording (HCFC-22 repeats in many sets and R-422D labels "
         "in blind11, blind36, blind40 and blind95; kept as a known cover, by lorry from North Macedonia is the new part)", firm("Klimatismos Orion AE", "GR")),
        ("ODS-02", "import", "ITSEA01", "sea", "AE", [], "IT", "842410",
         "FM-200 (HFC-227ea) clean-agent cylinders for server rooms, 30 x 80 l", "AE", 3600, 30, 21000, "USD",
         "FM-200 cylinders carry their HFC quota label and a fill certificate; these red cylinders, repainted over older "
         "stencils, hold a gas that reads as bromotrifluoromethane on the analyser, recovered from ships broken at "
         "Alang: halon 1301, which may be placed on the market only for a listed critical use under licence, by sea "
         "from Jebel Ali to Genoa for a fire-protection installer; English wording (halon 1301 repeats in many sets and "
         "FM-200 labels in about eight, a decommissioned data centre's in blind52; kept as a known cover, by sea from "
         "the Emirates to Genoa is the new part)", firm("Antincendio Vega Srl", "IT")),
        ("ODS-03", "import", "ESROAD01", "road", "MA", [], "ES", "290343",
         "Dépoussiérant gaz comprimé, 680 g, 600 aérosols", "MA", 420, 600, 3000, "EUR",
         "air-duster cans hold a few hundred grams of HFC-152a or HFO and feel light; these 680 g cans are heavy, "
         "have piercing valves for soil injection, not a spray nozzle, and the gas reads as bromomethane: methyl "
         "bromide (Montreal Annex E), banned in the Union, on a lorry off the Tanger Med ferry for a Huelva "
         "strawberry grower; French and Moroccan Arabic wording (methyl bromide repeats in many sets; air-duster cans "
         "by road from Morocco were found in no earlier row)", firm("Fresas Atlantic SL", "ES")),
        ("ODS-04", "import", "DEAIR01", "express", "CN", [], "DE", "340590",
         "轮胎光亮剂, 硅油型, 气雾罐 650 ml x 48", "CN", 30, 48, 190, "USD",
         "tyre-shine aerosols are silicone in a hydrocarbon carrier with propane-butane propellant and a flammable "
         "diamond; these 48 cans carry no flame mark, do not burn, and the propellant reads as chlorodifluoromethane "
         "on the analyser: aerosols containing HCFC-22, whose placing on the Union market is banned, sent by express "
         "from Guangzhou to a private car-care seller in Nuremberg; Chinese wording (HCFC-22 repeats in many sets and "
         "aerosol covers in several; a tyre-shine aerosol was found in no earlier row)", person("Herr K. Becker", "DE")),
        ("ODS-05", "import", "FRPOST01", "post", "AM", [], "FR", "340290",
         "Բծերի հեռացնող հեղուկ, 6 x 1 լ", "AM", 9.6, 6, 24000, "AMD",
         "household stain removers are light, soapy or citrus-smelling; these six litres are heavy (1.59 kg/l), "
         "non-flammable, smell sweetly of chloroform and the inner bottles read 'CCl4': carbon tetrachloride (Montreal "
         "Annex B), banned for such uses in the Union, posted from Yerevan to a private person in Marseille; Armenian "
         "wording (carbon tetrachloride repeats in many sets and stain-remover covers in blind58, blind67 and blind82; posted from "
         "Armenia is the new part)",
         person("Mme Claire Martin", "FR")),
        ("ODS-06", "import", "NLSEA01", "sea", "CN", [], "NL", "290359",
         "R-1233zd(E) 低GWP冷水机组制冷剂, 80 桶 x 250 kg", "CN", 20000, 80, 120000, "USD",
         "R-1233zd(E) is an HFO that boils at 18 C; these drums boil at 24 C, the label is a sticker over the steel and "
         "the lab gives trichlorofluoromethane: CFC-11 (Montreal Annex A), banned in the Union, by sea from Ningbo to "
         "Rotterdam for a chiller-service wholesaler; Chinese wording (CFC-11 repeats in many sets and R-1233zd(E) "
         "labels in about ten rows over HCFC-123, HFC-245fa and other gases; kept as a known cover, from Ningbo to "
         "Rotterdam in Chinese is the new part)", firm("Koeltechniek Nordhafen BV", "NL")),
        ("ODS-07", "import", "HRROAD01", "road", "BA", [], "HR", "290345",
         "Rashladni plin R-134a, 12 boca x 13,6 kg", "BA", 163, 12, 1800, "BAM",
         "R-134a comes in light-blue cylinders with an HFC quota label and a modern quick-coupler valve; these twelve "
         "cylinders, in an air-conditioning fitter's van, are repainted over white, have the old R-12 valve thread and "
         "the gas reads as dichlorodifluoromethane: CFC-12 (Montreal Annex A), banned in the Union, at Nova Sela for a "
         "private person in Split who restores old cars; Bosnian wording (CFC-12 as R-134a repeats in several sets, kept "
         "as a known repeat; in a fitter's van from Bosnia to a classic-car restorer is the new part)",
         person("Privatna osoba", "HR")),
        ("ODS-08", "import", "LTAIR01", "air", "KZ", [], "LT", "731100",
         "Баллоны азотные бортовые, восстановленные, 40 шт.", "KZ", 480, 40, 16000, "USD",
         "aircraft nitrogen bottles are empty on delivery or at low pressure with nitrogen; these 40 spheres are heavy "
         "with a dense liquid that reads as dibromotetrafluoroethane, taken out of Soviet-built helicopters' engine "
         "fire systems: halon 2402 (Montreal Annex A), which may be placed on the market only for a critical use under "
         "licence, flown from Almaty to Vilnius for an aircraft-parts trader; Russian wording from Kazakhstan (halon "
         "2402 repeats in many sets and a nitrogen-bottle label hid HCFC-22 in blind69; halon 2402 as refurbished aircraft "
         "nitrogen bottles by air is the new part)",
         firm("Aero Alpina UAB", "LT")),
        ("ODS-09", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "271113",
         "Izobutan R-600a, 400 boca x 6,5 kg", "CN", 2600, 400, 8000, "USD",
         "R-600a is isobutane in small red cylinders with a flammable-gas diamond; these grey cylinders carry no "
         "flammable diamond, the gas does not burn and reads as 1-chloro-1,1-difluoroethane: HCFC-142b (Montreal Annex "
         "C), moved without an ODS licence, landed at Koper in transit from Tianjin to Belgrade; Serbian wording (HCFC-142b "
         "repeats in many sets and isobutane labels in several, blind22 and blind25 among them; in transit through "
         "Slovenia to Serbia is the new part)", {"importer_country": "RS"}),
        ("ODS-10", "export", "NLSEA01", "sea", "NL", [], "NG", "842410",
         "Poederblussers 6 kg, gebruikt, gecontroleerd, 500 stuks", "NL", 5000, 500, 5000, "EUR",
         "used powder extinguishers are heavy with a dry powder that rattles; these 500 hold a liquefied gas that "
         "reads as bromochlorodifluoromethane, pulled from office buildings when their halon was decommissioned: halon "
         "1211 (Montreal Annex A), whose export is banned except for a licensed critical use, from Rotterdam for a "
         "Lagos 'fire-safety dealer'; Dutch wording (halon 1211 repeats in many sets and used powder-extinguisher "
         "covers in blind83 and blind91; exported from Rotterdam to Nigeria is the new part)", {"importer_country": "NG"}),
    ],
    "cultural": [
        ("CUL-01", "import", "BGROAD01", "road", "TR", [], "BG", "830629",
         "Dekoratif pirinç levhalar, yeni, 12 adet", "TR", 9, 12, 3600, "TRY",
         "new decorative brass plaques are bright, thin and machine-stamped; these twelve are thick, green-crusted "
         "bronze belt fragments with incised lions, chariots and fresh earth in the folds: Urartian bronze belt "
         "fragments (8th-7th century BC) dug near Lake Van, archaeological objects exported from Türkiye without "
         "permission and brought into the Union without the import licence of Regulation 2019/880, by car at Kapitan "
         "Andreevo for a private person in Plovdiv; Turkish wording (Urartian bronzes repeat in "
         "blind46, blind50, blind53, blind56 and, as plaques from Türkiye, a development set; kept as a known repeat, by car "
         "to Bulgaria in Turkish is the new part)", person("Частно лице", "BG")),
        ("CUL-02", "import", "ESAIR01", "air", "PE", [], "ES", "580500",
         "Tapiz de pared de alpaca, tejido a mano, nuevo, 2 piezas", "PE", 6, 2, 400, "USD",
         "new alpaca wall hangings are soft, bright and even; these two are stiff cotton panels sewn with blue and "
         "yellow feathers in rows, brittle, dusty and smelling of the desert, with a grave's sand in the seams: Chimú "
         "feathered textile panels (about 1200-1400 AD), cultural property exported from Peru without permission, "
         "flown from Lima to Madrid for a private collector; Peruvian Spanish wording (Andean textiles repeat in many "
         "sets and a Wari feathered textile in blind48; Chimú feather panels as alpaca hangings were found in no earlier row)", person("Sr. J. García", "ES")),
        ("CUL-03", "import", "DEAIR01", "express", "PK", [], "DE", "711291",
         "پرانے زیورات کا سونا، اسکریپ، 300 گرام", "PK", 0.3, None, 6000, "USD",
         "jewellery scrap is bent rings, chains and clasps; this pouch holds 38 small, thick gold coins with a king "
         "standing at an altar and a god with a bull on the reverse, worn and earth-stained: Kushan gold dinars (2nd-3rd "
         "century AD) from a hoard, archaeological objects exported from Pakistan without permission, sent by express "
         "from Peshawar to a private person in Munich; Urdu wording (ancient coins repeat in many sets, Kushan "
         "dinars in blind53 and blind85, there as refinery gold scrap; kept as a near repeat, by express from Pakistan in "
         "Urdu is the new part)", person("Anna Schmidt", "DE")),
        ("CUL-04", "import", "NLSEA01", "sea", "PH", [], "NL", "442011",
         "Inukit na kahoy na bulul, bagong gawa, 14 piraso", "PH", 70, 14, 700, "USD",
         "new bulul souvenirs are pale, sanded and varnished; these fourteen figures are dark, crusted with rice-wine "
         "offerings and soot, split and worm-eaten, with the granary's smoke in the wood: old Ifugao bulul rice-granary "
         "guardians, cultural property exported from the Philippines without permission, by sea from Manila to "
         "Rotterdam for an Amsterdam dealer; Tagalog wording (Ifugao bulul appear in blind54 and blind91; as new "
         "souvenirs by sea to the Netherlands is the new part)", firm("Galerie Horizon BV", "NL")),
        ("CUL-05", "import", "IEPOST01", "post", "IN", [], "IE", "970191",
         "Miniature painting on paper, contemporary copy, Mughal style, 3 pcs", "IN", 0.5, 3, 90, "USD",
         "contemporary Mughal-style copies are bright, on new card, with a painter's signature; these three folios have "
         "worm holes, a Persian inscription and a library seal on the back, pigments flaking and margins repaired with "
         "old paper: 17th-century Mughal album folios, antiquities whose export from India is prohibited, posted from "
         "Jaipur to a private person in Dublin; Indian English wording (Mughal paintings as copies repeat in blind10, "
         "blind45 and blind93; posted to Ireland is the new part)", person("Private individual", "IE")),
        ("CUL-06", "export", "BEAIR01", "air", "BE", [], "US", "491191",
         "Oude foto's, afdrukken, 1 album", "BE", 4, 1, 300, "EUR",
         "an album of old snapshots is gelatin-silver prints of the last century at a few hundred euros; this album "
         "holds 120 albumen prints of the 1860s, with a Brussels studio's blind stamps and mounts signed by the "
         "photographer, valued at about 60,000 EUR: photographs more than fifty years old above the 15,000 EUR threshold "
         "of Regulation 116/2009, exported without an export licence, flown from Brussels to New York for a dealer; "
         "Dutch wording (old photographs repeat as daguerreotypes in blind81-83; an album of albumen prints from Belgium "
         "is the new part)", {"importer_country": "US"}),
        ("CUL-07", "transit", "DESEA01", "sea", "JO", ["DE"], "CH", "680299",
         "بلاط حجر رملي للأرضيات، 2 طن", "JO", 2000, None, 600, "USD",
         "sandstone paving is sawn flat, even and new; among these slabs are six thick, weathered blocks with Nabataean "
         "inscriptions and a carved cornice, fresh saw cuts across their backs: Nabataean architectural fragments, "
         "antiquities exported from Jordan without permission, landed at Hamburg in transit from Aqaba to a Basel "
         "buyer; Arabic wording (Nabataean pieces appear in three earlier rows, an inscribed "
         "block in blind20; as sandstone floor tiles in transit to Switzerland is the new part)", {"importer_country": "CH"}),
        ("CUL-08", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "691390",
         "仿古陶马摆件, 新制, 40 件", "CN", 600, 40, 2000, "USD",
         "new reproduction horses are evenly glazed and light, with a factory stamp; these forty are heavier, with "
         "crazed sancai glaze, root marks, earth in the hollows and no stamp, and a thermoluminescence test dates one to "
         "the 8th century: Tang dynasty tomb figures, cultural property exported from China without permission, by "
         "rail from Xi'an to Małaszewicze for a Warsaw dealer; Chinese wording (Tang tomb figures repeat in several sets, by "
         "rail in blind67 and blind70; kept as a near repeat, as new reproductions to Poland is the new wording)", firm("Antyki Central Sp. z o.o.", "PL")),
        ("CUL-09", "import", "ITSEA01", "sea", "EG", [], "IT", "680291",
         "مزهريات من المرمر المصري، جديدة، 200 قطعة", "EG", 800, 200, 2400, "USD",
         "a souvenir wholesaler's container: new alabaster vases and papyrus prints are what Luxor workshops sell, but "
         "the third item's 'تماثيل فخارية للزينة' are 60 small blue-green faience figures with hieroglyphic columns, "
         "worn, with tomb dust in the glaze: Late Period shabtis, antiquities exported from Egypt without permission, "
         "hidden as the last item of a three-item declaration, by sea from Alexandria to Salerno; Egyptian Arabic "
         "wording (shabtis repeat in several sets; behind alabaster vases and papyrus is the new part)",
         dict(firm("Souvenir Rivage Srl", "IT"),
              _more_items=[item("491191", "مطبوعات على ورق البردي، 1000", "EG", 50, 500, "USD", qty=1000),
                           item("691390", "تماثيل فخارية للزينة، 60", "EG", 12, 120, "USD", qty=60)])),
        ("CUL-10", "export", "PLAIR01", "express", "PL", [], "US", "482010",
         "Stary zeszyt, papierowy, do genealogii, 1 szt.", "PL", 2.2, 1, 40, "PLN",
         "an old exercise book is a thin school notebook; this is a leather-bound parish register of baptisms and "
         "marriages from 1688-1741, with a church seal, cut out of a diocesan archive: archives more than fifty years old, "
         "which need an export licence under Regulation 116/2009 at any value, sent by express from Kraków to a "
         "genealogy collector in Chicago; Polish wording (parish registers repeat in blind37, blind77 and blind84, as waste "
         "paper, and parish books went to a US genealogy dealer in blind73; as an old notebook by express from Poland is "
         "the new part)", {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "KG", "845961",
         "Fresatrice verticale a 3 assi, CNC, usata, 1 unità", "IT", 9800, 1, 62000, "EUR",
         "a used 3-axis vertical mill is a knee or bed machine with three linear axes; this one has a tilting rotary "
         "table on the bed, a five-axis simultaneous control and a positioning accuracy of 4 microns on its test sheet: "
         "a five-axis machining centre (dual-use 2B001), exported without a licence to a Bishkek trading company set up "
         "last year whose earlier buyers are in Russia, against Regulation 833/2014's no-re-export rule; Italian wording "
         "(machining centres repeat in many sets, as a used 3-axis mill in blind50; from Italy to Kyrgyzstan is the new part)",
         {"importer_country": "KG"}),
        ("STR-02", "export", "CZROAD01", "road", "CZ", [], "KZ", "848210",
         "Náhradní díly pro zemědělské traktory, 6 palet", "CZ", 4200, None, 84000, "EUR",
         "tractor spares are filters, belts and bearings matched to a make; these six pallets hold 9,000 identical "
         "deep-groove and tapered-roller bearings in original boxes, types fitted to armoured-vehicle gearboxes, at "
         "20 EUR/kg, for an Aktobe firm with no tractor dealership: ball and roller bearings (common high-priority items) "
         "for diversion to Russia, against Regulation 833/2014; Czech wording (bearings to Central Asia repeat in "
         "several sets; as tractor spares by lorry from Czechia is the new part)", {"importer_country": "KZ"}),
        ("STR-03", "export", "NLAIR01", "express", "NL", [], "TR", "854231",
         "E-bike motor controllers, spare parts, 500 pcs", "NL", 4, 500, 1500, "EUR",
         "e-bike controllers are finned aluminium boxes with a cable loom, about 300 g each; these 500 are bare "
         "microcontrollers and FPGAs in reels with the maker's labels, at 3 EUR each on the invoice although the reels "
         "cost forty times that: integrated circuits (common high-priority items, Tier 1), sent by express to an "
         "Istanbul forwarder whose consignee is in Moscow, against Regulation 833/2014; English wording (microcontrollers "
         "repeat in many sets under appliance control-board covers; an e-bike controller cover was found in no earlier "
         "row)", {"importer_country": "TR"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "AE", "850440",
         "Frequenzumrichter für Hochfrequenz-Schleifspindeln, 12 Stück", "DE", 180, 12, 54000, "EUR",
         "high-frequency grinding-spindle drives do run at several hundred hertz, but they are sold with the spindles, "
         "to toolmakers; these twelve come alone, give 600-2,000 Hz multiphase output at 40 kVA with frequency held "
         "better than 0.1 % and low distortion, and the Dubai consignee re-ships to Bandar Abbas: frequency changers "
         "for gas centrifuges (dual-use 3A225) bound for Iran against Regulation 267/2012, flown from Frankfurt to Dubai; "
         "German wording (frequency changers repeat in many sets, as textile-spindle drives in blind39, blind65, blind72 "
         "and blind82; a grinding-spindle cover was found in no earlier row)", {"importer_country": "AE"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "OM", "681511",
         "Cañas de pescar de fibra, blanks, 2 t", "ES", 2000, None, 160000, "EUR",
         "rod blanks are hollow, tapered, finished tubes; these are reels of continuous carbon-fibre tow of 5,900 MPa "
         "strength, at 80 EUR/kg, for a Sohar trader whose forwarder books onward to Iran: carbon fibre (dual-use "
         "1C010) exported without a licence and bound for Iran against Regulation 267/2012, by sea from Valencia; Spanish "
         "wording (carbon fibre repeats in many sets and rod-blank covers in blind50, blind72, blind86 and blind88; kept as a known "
         "cover, by sea from Spain to Oman is the new part)",
         {"importer_country": "OM"}),
        ("STR-06", "export", "FIPOST01", "post", "FI", [], "BY", "852589",
         "Камеры видеонаблюдения для дома, 3 шт.", "FI", 2.4, 3, 2100, "EUR",
         "home security cameras are cheap visible-light cameras; these three are uncooled 640 x 512 thermal cores with "
         "a 30 Hz frame rate and a drone gimbal mount, at 700 EUR each, posted from Helsinki to a private address in "
         "Minsk: thermal imaging cameras (dual-use 6A003) whose export to Belarus is banned under Regulation 765/2006; "
         "Russian wording (thermal cameras repeat in many sets; as home security cameras posted to Belarus is the new "
         "part)", {"importer_country": "BY"}),
        ("STR-07", "transit", "NLSEA01", "sea", "KR", ["NL", "AE"], "IR", "848180",
         "Industrial gate valves, carbon steel, 300 pcs", "KR", 9000, 300, 450000, "USD",
         "carbon-steel gate valves are heavy grey castings at a few hundred dollars; these are bellows-sealed valves of "
         "Hastelloy with every wetted part in nickel alloy, at 1,500 USD each, routed on through Jebel Ali to Bandar "
         "Abbas: corrosion-resistant valves (dual-use 2B350) in transit to Iran against Regulation 267/2012, landed at "
         "Rotterdam in transit from Busan; English wording (2B350 valves repeat in several sets; as carbon-steel gate "
         "valves in transit through Rotterdam is the new part)", {"importer_country": "IR"}),
        ("STR-08", "export", "ATRAIL01", "rail", "AT", [], "RS", "847480",
         "Hydraulische Presse für Keramikfliesen, gebraucht, 1 Anlage", "AT", 42000, 1, 380000, "EUR",
         "a tile press is an open hydraulic frame press that shapes powder in a steel die; this one is a pressure "
         "vessel of 400 mm bore rated at 300 MPa with a fluid pressurisation system: a cold isostatic press (dual-use "
         "2B004 related), exported without a licence by rail from Linz to a Belgrade trader whose buyer is in Russia, "
         "against Regulation 833/2014's no-re-export rule; German wording (isostatic presses repeat in several sets, as a "
         "press for ceramic tiles in blind36; by rail from Austria to Serbia is the new part)", {"importer_country": "RS"}),
        ("STR-09", "export", "FRAIR01", "air", "FR", [], "AM", "847130",
         "Ноутбуки и смартфоны, новые, 200 шт.", "FR", 800, 200, 120000, "EUR",
         "an electronics reseller's order: laptops and phones are what Yerevan shops buy from Paris, but the third "
         "item's 'измерительные приборы' are six 8 GHz real-time oscilloscopes at 60,000 EUR each, for a company "
         "registered a year ago whose forwarder trucks to Russia: high-end oscilloscopes (common high-priority items and "
         "dual-use 3A002), hidden as the last item of a three-item declaration, flown from Paris to Yerevan, against "
         "Regulation 833/2014; Russian wording (oscilloscopes repeat in several sets, to Yerevan in blind34 "
         "and blind37; behind a laptop-and-phone order is the new part)",
         dict({"importer_country": "AM"},
              _more_items=[item("851713", "Смартфоны, новые, 300 шт.", "FR", 90, 90000, "EUR", qty=300),
                           item("903020", "Измерительные приборы, 6 шт.", "FR", 120, 360000, "EUR", qty=6)])),
        ("STR-10", "import", "BEAIR01", "express", "TR", [], "BE", "710812",
         "Dental casting alloy, gold-based, type 3, granules, 12 kg", "TR", 12, None, 820000, "USD",
         "dental casting alloys are gold with palladium, silver and copper, sold in 1-5 g blanks in small boxes with an "
         "alloy certificate; these 12 kg of bare, uniform granules assay at 999.5 gold with no alloying at all, and the "
         "sacks carry the lot numbers of a Russian refinery: gold of Russian origin, whose import into the Union is "
         "banned by Regulation 833/2014, sent by express from Istanbul to an Antwerp refiner; English wording (Russian "
         "gold repeats in many sets, as jewellery scrap and bronze bushings among others; as dental casting alloy is "
         "the new part)", firm("Orion Metals NV", "BE")),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "MY", [], "NL", "440910",
         "Acuan bingkai gambar kayu pain, 18,000 m", "MY", 9000, 18000, 13500, "USD",
         "pine mouldings are yellowish, resinous and knotty; these are pale straw-coloured, fine, even, knot-free and "
         "carry no resin smell, with the splinters that itch the hand: ramin (Gonystylus spp., CITES App. II) "
         "mouldings without a CITES permit, by sea from Port Klang to Rotterdam for a framing wholesaler; Malay "
         "wording (ramin mouldings repeat in blind5, blind8, blind27 and blind28; kept as a known repeat, under a pine name in Malay "
         "is the new part)",
         firm("Lijsten Central BV", "NL")),
        ("WLF-02", "import", "GRROAD01", "road", "AL", [], "GR", "691390",
         "Breshka prej qeramike për kopsht, 40 copë", "AL", 30, 40, 200, "EUR",
         "ceramic garden tortoises are hollow, glazed and cold; these forty crates are ventilated and scratching, with "
         "live young tortoises with yellow-black shells and a spur on the tail: Hermann's tortoises (Testudo hermanni, "
         "CITES App. II, EU Annex A) taken from the wild without documents, by car at Kakavia for a private person in "
         "Ioannina; Albanian wording (Testudo repeats in many sets, wild Albanian Hermann's "
         "tortoises in blind55 and blind84; as ceramic garden figures by car is the new part)", person("K. Georgiou", "GR")),
        ("WLF-03", "export", "FRAIR01", "air", "FR", [], "VN", "030191",
         "Alevins de truite, vivants, 120 kg", "FR", 120, None, 2400, "EUR",
         "trout fry are spotted, finned little fish a few centimetres long; these oxygenated bags hold transparent, "
         "thread-like glass eels, about 3,000 to the kilo: European eels (Anguilla anguilla, CITES App. II), whose export "
         "from the Union is banned, flown from Bordeaux to Hanoi, worth a hundred times the declared value; French wording "
         "(glass eels repeat in many sets; as trout fry to Viet Nam is the new part)", {"importer_country": "VN"}),
        ("WLF-04", "import", "ESAIR01", "air", "BO", [], "ES", "420329",
         "Guantes de piel de cerdo, forrados, 600 pares", "BO", 90, 600, 7200, "USD",
         "pigskin gloves show bristle holes in groups of three across the whole surface and a coarse feel; these have "
         "the holes in a tighter, finer pattern, a soft stretchy grain and a tannery tag from a Beni cooperative: "
         "collared peccary leather (Pecari tajacu, CITES App. II) without a CITES export permit, flown from Santa Cruz "
         "to Madrid for a glove maker; Bolivian Spanish wording (peccary leather repeats in blind66 by express from Lima "
         "and peccary gloves in a development set; as pigskin gloves by air cargo from Bolivia is the new part)",
         firm("Guantes Atlantic SL", "ES")),
        ("WLF-05", "import", "ITPOST01", "post", "BD", [], "IT", "442199",
         "সিডার কাঠের টুকরা, আলমারির জন্য, ২ কেজি", "BD", 2, None, 30, "USD",
         "cedarwood closet blocks are pale pink-brown and smell of pencils; these are dark, resinous, heavy chips that "
         "sink in water and smell of oud when warmed: agarwood (Aquilaria malaccensis, CITES App. II) without a CITES "
         "permit, worth thousands of euros a kilo, posted from Sylhet to a private person in Rome; Bengali wording "
         "(agarwood repeats in many sets; as cedar closet blocks posted from Bangladesh is the new part)",
         person("Giulia Rossi", "IT")),
        ("WLF-06", "import", "DEAIR01", "express", "ID", [], "DE", "960200",
         "Liontin amber, buatan tangan, 20 buah", "ID", 0.4, 20, 300, "USD",
         "amber pendants are light, warm to the touch and smell of resin when rubbed; these twenty are dense, "
         "cream-yellow with a blood-red rim and a fine grain, cold and horn-like: helmeted-hornbill casque carvings "
         "(Rhinoplax vigil, CITES App. I) without CITES documents, sent by express from Pontianak to a private person in "
         "Hamburg; Indonesian wording (hornbill casque repeats in several sets, as amber beads in blind70; as amber "
         "pendants by express, kept as a near repeat, is the new wording)", person("Lena Wagner", "DE")),
        ("WLF-07", "import", "BEAIR01", "air", "NP", [], "BE", "091011",
         "सुकेको अदुवा, काटिएको, ३०० किलो", "NP", 300, None, 900, "USD",
         "dried ginger is pale, fibrous and sharp; these sacks hold greyish-brown, woody roots that smell of violets "
         "and old leather: costus root (Saussurea costus, CITES App. I) without CITES documents, flown from Kathmandu to "
         "Brussels for an Ayurvedic supplier; Nepali wording (costus root repeats in several sets; as dried ginger from "
         "Nepal by air is the new part)", firm("Ayur Delta SA", "BE")),
        ("WLF-08", "import", "NLAIR01", "air", "SR", [], "NL", "060290",
         "Aquariumplanten in potjes, 150 stuks", "SR", 15, 150, 150, "USD",
         "potted aquarium plants come in rock-wool baskets in damp boxes with a plant-health certificate; these are 150 "
         "film canisters with moist moss and air holes, and in each a live blue-and-yellow frog: dyeing poison frogs "
         "(Dendrobates tinctorius, CITES App. II) without CITES documents, flown from Paramaribo to Schiphol for an "
         "Amsterdam aquarium shop; Dutch wording from Suriname (poison frogs repeat in blind37 (in film canisters) and "
         "blind47; as potted aquarium plants from Suriname is the new part)", firm("Aquarium Vega BV", "NL")),
        ("WLF-09", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "940391",
         "橡胶木家具配件, 20 托盘", "CN", 16000, None, 24000, "USD",
         "rubberwood parts are pale, plain and light; these are heavy, reddish-brown with dark streaks and a strong "
         "smell when sanded, cut from logs West Africa exported under suspension: kosso (Pterocarpus erinaceus, CITES "
         "App. II) without a CITES re-export certificate, by rail from Chengdu to Duisburg; Chinese wording (kosso repeats "
         "in several sets; as rubberwood furniture parts by rail is the new part)", firm("Möbel Nordhafen GmbH", "DE")),
        ("WLF-10", "import", "DEPOST01", "post", "TZ", [], "DE", "950490",
         "Vipande vya sataranji vya mfupa wa ng'ombe, seti 2", "TZ", 3.5, 2, 80, "USD",
         "bone chessmen are lathe-turned from cattle shin bone, chalky, light and porous inside; these 64 pieces are "
         "dense, heavy, creamy, with an enamel band on the kings and queens and the curved, ridged section of a tooth: "
         "carved hippopotamus teeth (Hippopotamus amphibius, CITES App. II) without CITES documents, posted from Arusha "
         "to a private person in Cologne; Swahili wording (hippo teeth repeat in several sets, as carved cattle bone in "
         "blind71 and as bone for knife handles in blind24; as bone chess sets posted from Tanzania is the new part)",
         person("Herr K. Becker", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "express", "KR", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (aquarium and pond care)", "KR", 2.3, 2, 40000,
     "KRW", [("PRECURSOR_LICENCE", "AT-BMI-43-0012")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HRROAD01", "road", "RS", "HR", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (dental technician at home)", "RS", 2.8, 2, 2400, "RSD",
     [("PRECURSOR_LICENCE", "HR-MUP-43-0041")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "262019",
     "Electric-arc furnace dust (10 02 07*), for zinc recovery in a licensed Waelz plant, 600 t", "NO", 600000, None,
     0, "EUR", [("BASEL_CONSENT", "DE-NRW-43-0112")], "notified EAF dust to a licensed zinc-recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "381590",
     "Spent hydroprocessing catalyst (16 08 02*), Ni-Mo on alumina, for metals recovery at a licensed plant, 40 t", "GB",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-43-0031")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "AE", "IT", "290376",
     "Recovered halon 1301, reclaimed to ISO 7201, 20 cylinders, for aircraft engine-nacelle fire protection", "AE",
     1400, 20, 60000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-43-004")], "recovered halon 1301 for a listed critical use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290377",
     "Trichlorofluoromethane (CFC-11), certified reference material, 5 ampoules of 1 ml, for laboratory use", "US",
     0.2, 5, 900, "USD", [("ODS_LICENCE", "NL-ILT-ODS-43-002")], "CFC-11 for a licensed laboratory and analytical use"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "US", "491191",
     "Album of 120 albumen photographs, Brussels, 1860s, from a documented private collection, sold at auction", "BE",
     4, 1, 60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-EXP-43-0017")],
     "photographs over fifty years old exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PLAIR01", "air", "PL", "US", "970610",
     "Manuscript estate inventory, Lesser Poland, 1720, from a documented family archive", "PL", 1.5, 1, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-43-0088")], "archives over fifty years old exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "JP", "845710",
     "Five-axis machining centre, new, for a Japanese aerospace-parts maker", "IT", 14000, 1, 640000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-43-0211"), ("END_USER_CERTIFICATE", "JP-METI-EUC-43-0048")],
     "dual-use machine tool under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "KR", "681511",
     "Carbon-fibre tow, 12K, high strength, 4 t, for a Korean pressure-vessel maker", "ES", 4000, None, 240000, "EUR",
     [("EXPORT_LICENCE", "ES-SECOMEX-43-0135"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-43-0076")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "MY", "NL", "440922",
     "Ramin (Gonystylus bancanus) picture-frame mouldings, legally harvested, 12,000 m", "MY", 6000, 12000, 15000,
     "USD", [("CITES_PERMIT", "MY-MTIB-43-0254")], "App. II ramin mouldings with their export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "121190",
     "Agarwood chips (Aquilaria malaccensis), plantation-grown, inoculated, 20 kg", "ID", 20, None, 16000, "USD",
     [("CITES_PERMIT", "ID-KLHK-43-0091")], "App. II agarwood with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatna osoba", "PRM-03": "Zinkhütte Nordhafen GmbH",
    "PRM-05": "Avio Central Srl", "PRM-07": "Hudson Photographic Foundation", "PRM-11": "Lijsten Central BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("340290", "Humidifier-tank cleaner, citric, 1 l", "import", ["express"], ["KR", "JP"], (10, 20), (1, 4), ["USD"], 1, S),
    ("282739", "Ferric chloride circuit-board etchant, 1 kg", "import", ["post"], ["UA", "GB"], (8, 15), (1, 4), ["EUR", "GBP"], 1, S),
    ("282590", "Tin oxide marble-polishing powder, 1 kg", "import", ["post"], ["MA", "TR"], (10, 20), (1, 4), ["EUR"], 1, S),
    ("250100", "Koi-pond salt, unrefined, 25 kg sacks", "import", ["road"], ["CH"], (0.3, 0.6), (2000, 6000), ["CHF", "EUR"], 0.04, S),
    ("680620", "Expanded horticultural perlite, bulk bags", "import", ["rail"], ["CN"], (0.3, 0.6), (3000, 8000), ["USD"], None, S),
    ("340290", "Coffee-machine descaler, citric-acid based, 5 l", "import", ["sea"], ["AL", "TR"], (1.5, 3), (2000, 6000), ["EUR"], 0.2, S),
    ("310590", "Orchid foliar feed NPK 20-20-20, 1 kg", "import", ["post"], ["VN", "TH"], (8, 15), (1, 3), ["USD"], 1, S),
    ("252020", "Dental hard plaster, type IV, 25 kg", "import", ["road"], ["RS", "TR"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.04, S),
    ("340250", "Liquid non-chlorine laundry bleach 3 %, 1 l", "import", ["sea"], ["BR", "TR"], (0.8, 1.3), (8000, 16000), ["USD"], 1, S),
    ("281700", "Zinc oxide, rubber grade, 25 kg bags", "export", ["sea"], ["VN", "IN"], (2.5, 3.5), (12000, 20000), ["EUR"], None, S),
    ("252922", "Acid-grade fluorspar, bagged", "export", ["sea"], ["GE", "EG"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("901890", "Digital blood-pressure monitors, new, boxed", "export", ["road"], ["BA", "RS"], (30, 60), (500, 2000), ["EUR"], 3, S),
    ("842123", "Car oil filters, new, boxed", "export", ["road"], ["TR", "RS"], (4, 8), (3000, 8000), ["EUR"], 3, S),
    ("690919", "Inert alumina ceramic support balls, new", "export", ["sea"], ["PK", "SA"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("850760", "Lithium-ion cells 18650, new, grade A, UN38.3 tested", "export", ["air"], ["HK", "SG"], (15, 30), (100, 500), ["EUR"], 20, S),
    ("940290", "Electric hospital beds, new", "export", ["sea"], ["SL", "GH"], (8, 15), (3000, 8000), ["EUR"], 0.01, S),
    ("853110", "Optical smoke detectors, new, 10-year battery", "export", ["air"], ["NG", "GH"], (20, 40), (100, 400), ["EUR"], 8, S),
    ("902620", "Refrigeration manifold gauge sets", "import", ["road"], ["MK", "TR"], (20, 40), (500, 2000), ["EUR"], 0.5, S),
    ("340590", "Tyre shine, water-based, pump spray, 500 ml", "import", ["express"], ["CN", "US"], (10, 20), (1, 4), ["USD"], 2, S),
    ("340290", "Household stain remover, enzyme-based, 1 l", "import", ["post"], ["AM", "GE"], (8, 14), (1, 4), ["USD"], 1, S),
    ("841410", "HVAC vacuum pumps, two-stage, new", "import", ["road"], ["BA", "TR"], (20, 35), (1000, 4000), ["EUR"], 0.08, S),
    ("830629", "Decorative brass plaques, new, machine-stamped", "import", ["road"], ["TR"], (10, 20), (1000, 4000), ["EUR"], 2, S),
    ("580500", "Hand-woven alpaca wall hangings, new", "import", ["air"], ["PE", "BO"], (30, 60), (50, 300), ["USD"], 1, S),
    ("711790", "Replica ancient coins, brass, stamped COPY", "import", ["express"], ["PK", "TR"], (30, 60), (1, 2), ["USD"], 50, S),
    ("442011", "Carved wooden rice-god figures, new, varnished", "import", ["sea"], ["PH", "ID"], (3, 6), (2000, 6000), ["USD"], 0.5, S),
    ("970191", "Contemporary Mughal-style miniature paintings, signed", "import", ["post"], ["IN"], (150, 300), (1, 2), ["USD"], 6, S),
    ("491191", "Printed reproductions of 19th-century photographs", "export", ["air"], ["US", "JP"], (20, 40), (50, 200), ["EUR"], 5, S),
    ("691390", "Reproduction glazed pottery horses, new", "import", ["rail"], ["CN"], (2, 4), (2000, 6000), ["USD"], 0.1, S),
    ("680291", "Egyptian alabaster vases, new", "import", ["sea"], ["EG"], (2, 4), (2000, 6000), ["USD"], 0.25, S),
    ("482010", "Leather-bound blank journals, antique style", "export", ["express"], ["US", "CA"], (20, 40), (1, 3), ["EUR"], 2, S),
    ("845961", "3-axis CNC vertical milling machines, new", "export", ["sea"], ["TR", "MA"], (8, 15), (3000, 9000), ["EUR"], 0.0002, S),
    ("870899", "Tractor spare parts: filters, belts, hoses", "export", ["road"], ["UA", "MD"], (6, 12), (2000, 6000), ["EUR"], 0.5, S),
    ("850440", "E-bike motor controllers, complete, new", "export", ["air"], ["TR", "NO"], (40, 80), (50, 300), ["EUR"], 3, S),
    ("950710", "Fishing rods, carbon composite, finished", "export", ["sea"], ["OM", "MA"], (20, 40), (1000, 4000), ["EUR"], 1, S),
    ("711319", "Gold jewellery, 18 ct, new, hallmarked", "import", ["express"], ["TR", "AE"], (30000, 45000), (1, 2), ["USD"], 50, S),
    ("440910", "Pine picture-frame mouldings, primed", "import", ["sea"], ["BR", "CL"], (1.5, 3), (8000, 16000), ["USD"], None, S),
    ("420329", "Pigskin work gloves, lined", "import", ["air"], ["BO", "CN"], (20, 40), (100, 500), ["USD"], 6, S),
    ("442199", "Cedarwood closet blocks", "import", ["post"], ["BD", "US"], (15, 30), (1, 3), ["USD"], 10, S),
    ("960200", "Resin amber-look pendants, new", "import", ["express"], ["ID", "TH"], (50, 100), (1, 2), ["USD"], 40, S),
    ("950490", "Wooden chess sets, new", "import", ["post"], ["TZ", "IN"], (15, 30), (1, 3), ["USD"], 1, S),
]
# Everyday trade: as in blind96, blind80's everyday rows (blind72's, with blind80's own rows), with four new rows
# instead of blind96's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("690721", "Glazed ceramic floor tiles", "import", ["sea"], ["IN", "TR"], (0.4, 0.8), (18000, 24000), ["USD", "EUR"], None, N),
        ("611595", "Cotton socks, knitted", "import", ["sea"], ["PK", "TR"], (6, 10), (2000, 6000), ["USD", "EUR"], 15, N),
        ("650610", "Bicycle helmets", "import", ["sea"], ["CN", "TW"], (10, 18), (2000, 5000), ["USD"], 2, N),
        ("950691", "Yoga mats, TPE", "import", ["post", "express"], ["CN", "GB"], (10, 20), (1, 4), ["USD", "GBP"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind101", 20430101, HERE)


if __name__ == "__main__":
    main()
