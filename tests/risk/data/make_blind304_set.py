#!/usr/bin/env python3
"""Writes the three-hundred-and-fourth blind set (tests/risk/data/blind304-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2076, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: amateur astronomy, telescopes and
science-hobby retail (telescope makers and dealers, astronomy shops and clubs, amateur and
public observatories, planetariums, science-kit and chemistry-set sellers, mineral, fossil
and meteorite dealers, natural-science and microscope shops).
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
only where a real declaration would. Ids are BL304-*:

    python3 tests/risk/data/make_blind304_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2076, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2076
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "JP", [], "AT", "340290",
         "天体望遠鏡 主鏡・副鏡用 ミラークリーニング液, 1 L x 4本", "JP", 4.6, 4, 9600, "JPY",
         "the mirror-cleaning fluids sold for the aluminised mirrors of reflecting telescopes are distilled water "
         "with a drop of surfactant and a little isopropanol, 1.00 kg/l, in 100 ml pump bottles; these four litre "
         "bottles hold a water-clear liquid of 1.13 kg/l with vented caps that whitens the fingers and fizzes on a "
         "cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from Tokyo to a private amateur "
         "astronomer in Linz; Japanese wording (hydrogen peroxide repeats in many sets and a mirror-cleaning label "
         "once, blind265, on another good; a telescope-mirror cleaning fluid was found in no earlier row by a keyword "
         "search)", person("Herr Lukas Gruber", "AT")),
        ("PRE-02", "import", "HUPOST01", "post", "RS", [], "HU", "283230",
         "Фиксир за астрофотографију на филму (натријум тиосулфат), 4 x 1 кг", "RS", 4.0, 4, 2400, "RSD",
         "the hypo fixer that film astrophotographers still use is sodium thiosulphate, large clear crystals that "
         "dissolve with a chill and smell of sulphur when acidified; these four bags hold fine, white, odourless "
         "crystals that flare fiercely on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate "
         "(Annex I above 40 %), posted from Novi Sad to a private person in Szeged; Serbian Cyrillic wording (sodium "
         "chlorate repeats in many sets and fixer and hypo labels in many rows; an astrophotography film-fixer label "
         "was found in no earlier row by a keyword search)", person("Kovács Péter", "HU")),
        ("PRE-03", "import", "ESAIR01", "air", "CL", [], "ES", "284321",
         "Nitrato de plata en cristales para plateado químico de espejos de telescopio, 1 kg, 40 frascos", "CL", 40,
         40, 1200, "USD",
         "silver nitrate for the Brashear silvering of home-made telescope mirrors is a costly salt, about 1,000 USD a "
         "kilo, in brown bottles, that blackens the skin; these 40 bottles at 30 USD a kilo hold white, damp, "
         "hygroscopic crystals that do not stain, melt in the palm's moisture and burn fiercely with sugar: sodium "
         "perchlorate (Annex I above 40 %), flown from Santiago to Madrid for a telescope-making supplies web shop "
         "that sells 1 kg bottles to the public; Chilean Spanish wording (sodium perchlorate repeats in many sets and "
         "silvering labels in a few, on other goods; a telescope-mirror silvering salt was found in no earlier row)",
         firm("Nordhafen Óptica Astronómica SL", "ES")),
        ("PRE-04", "import", "NLSEA01", "sea", "IN", [], "NL", "291711",
         "ખનિજ નમૂનાઓ સાફ કરવા માટે ઓક્સાલિક એસિડ, 25 કિલો બોરી, 600 બોરી", "IN", 15000, 600, 4500, "USD",
         "the oxalic acid rock hounds use to lift iron stains from quartz and amethyst is a white, crystalline powder "
         "that dissolves slowly and tastes sour; these 600 sacks hold smooth, white prills that turn ice-cold and "
         "vanish in water, test at 34 % N and melt and fume on a hot plate, for a Rotterdam mineral-shop wholesaler "
         "that re-packs them in 1 kg tubs for collectors: ammonium nitrate (Annex I at 16 % N or more) made "
         "available to members of the public, by sea from Mundra; Gujarati wording (ammonium nitrate repeats in many "
         "sets and oxalic-acid labels in many rows, kept as a repeat of that family; a mineral-specimen cleaner for "
         "collectors was found in no earlier row by a keyword search)", firm("Horizon Mineralen BV", "NL")),
        ("PRE-05", "import", "DEAIR01", "air", "KR", [], "DE", "290512",
         "안개상자(클라우드 챔버) 실험용 이소프로필 알코올 99%, 1 L, 120병", "KR", 137, 120, 900, "USD",
         "the fuel of the diffusion cloud chambers science shops sell to see cosmic-ray tracks is 99 % isopropanol, "
         "0.79 kg/l, that burns with a blue flame; these 120 bottles weigh 1.14 kg/l, hold an oily, faintly fruity "
         "liquid and the filler's drum label under the sticker reads 'CH3NO2', for a Stuttgart science-kit web shop "
         "that sells the litre bottles to anyone: nitromethane (Annex I above 16 %) made available to members of the "
         "public, flown from Incheon to Frankfurt; Korean wording (nitromethane repeats in many sets and isopropanol "
         "labels on it in several; a cloud-chamber fuel was found in no earlier row by a keyword search)",
         firm("Orion Wissenschaftsspielzeug GmbH", "DE")),
        ("PRE-06", "import", "SISEA01", "sea", "VN", [], "SI", "283630",
         "Bột baking soda nạp lại cho bộ thí nghiệm núi lửa trẻ em, túi 1 kg, 3.000 túi", "VN", 3000, 3000, 2400, "USD",
         "the refills of children's volcano science kits are sodium bicarbonate, a soft white powder that fizzes in "
         "vinegar; these 3,000 bags hold shiny, flaky crystals that do not fizz, crackle and spit violet sparks on a "
         "hot iron and whose packing list gives CAS 3811-04-9, for a Ljubljana educational-toy importer that sells "
         "the 1 kg bags to the public: potassium chlorate (Annex I above 40 %) made available to members of the "
         "public, by sea from Hai Phong to Koper; Vietnamese wording (potassium chlorate repeats in many sets and a "
         "volcano label once, blind202; a volcano-kit refill was found in no earlier row by a keyword search)",
         firm("Vega Poskusi d.o.o.", "SI")),
        ("PRE-07", "import", "PLROAD01", "road", "UA", [], "PL", "285390",
         "Вода дистильована для акумуляторів, каністри 5 л, 600 шт.", "UA", 5520, 600, 1200, "EUR",
         "battery top-up water is demineralised water of 1.00 kg/l that does nothing to skin or metal; these 600 cans "
         "weigh 1.84 kg/l, grow hot with a drop of water, char the cardboard where one leaked and fizz on zinc, for a "
         "Lublin car-battery workshop whose counter sells the cans to the public: about 96 % sulphuric acid (Annex I "
         "above 15 %) made available to members of the public, in a van at Dorohusk; Ukrainian wording (sulphuric "
         "acid repeats in many sets and distilled-water labels on it in several, kept as a repeat; a Ukrainian van "
         "for a car-battery workshop is the new part as far as a search found)", firm("Central Akumulatory Sp. z o.o.", "PL")),
        ("PRE-08", "import", "BEAIR01", "air", "TH", [], "BE", "283340",
         "สารส้มโพแทสเซียมสำหรับชุดปลูกผลึกจีโอด, ถุง 1 กก., 300 ถุง", "TH", 300, 300, 600, "USD",
         "the potassium alum of geode crystal-growing kits is clear, sweetish-sour, glassy lumps that dissolve slowly "
         "in hot water; these 300 bags hold a fine, white, gritty powder that barely dissolves, flares with sugar on "
         "a hot plate and whose inner liners read 'KClO4', for a Ghent science-kit wholesaler that sells the bags "
         "loose in its shops: potassium perchlorate (Annex I above 40 %) made available to members of the public, "
         "flown from Bangkok to Brussels; Thai wording (potassium perchlorate repeats in many sets and crystal-growing "
         "labels twice, blind158 and blind217, geode labels in three on other goods; a geode-kit alum label was found "
         "in no earlier row)",
         firm("Rivage Sciences SA", "BE")),
        ("PRE-09", "import", "GRROAD01", "road", "AL", [], "GR", "220900",
         "Uthull molle natyrale, shishe 1 l, 900 copë", "AL", 1070, 900, 900, "EUR",
         "natural apple vinegar is a cloudy, amber, sharp-smelling liquid of 1.01 kg/l in glass bottles; these 900 "
         "plastic bottles with vented caps hold a water-clear liquid of 1.19 kg/l with no smell that whitens the skin "
         "and froths on rust, for an Ioannina health-food shop: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "sold as a 'cleanse' to members of the public, in a van at Kakavia; Albanian wording (hydrogen peroxide "
         "repeats in many sets and vinegar labels in a few; from Albania by road to Greece is the new part as far as "
         "a search found)", firm("Delta Viologika AE", "GR")),
        ("PRE-10", "import", "HRROAD01", "road", "BA", [], "HR", "340290",
         "Tekućina za čišćenje leća okulara i objektiva, kanister 5 l, 300 kom (1. od 3 pošiljke)", "BA", 2000, 300,
         1500, "EUR",
         "lens-cleaning fluid for eyepieces and objectives is a few per cent isopropanol in water, 0.99 kg/l, that "
         "leaves no trace on glass; these 300 cans weigh 1.33 kg/l, fume faintly when opened, stain the skin yellow "
         "and eat into a copper wire, the first of three vans booked that week each kept under 2.5 t, for a Zagreb "
         "telescope and binocular shop chain that sells the cans to the public: about 50 % nitric acid (Annex I "
         "above 3 %) made available to members of the public, at Stara Gradiška; Bosnian wording (nitric acid repeats "
         "in many sets and lens-cleaner labels in a few; an eyepiece-cleaning fluid split over three vans from Bosnia "
         "was found in no earlier row)", firm("Alpina Teleskopi d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "CM", "850720",
         "Used forklift traction batteries, tested, working, 60 units", "IE", 36000, 60, 18000, "EUR",
         "working traction batteries for export come with a capacity test sheet per unit and sealed, clean cells; "
         "these 60 are cracked, leaking, bulging lead-acid trays pulled from a Cork warehouse fleet, with white "
         "sulphate crust and missing caps, sold by weight to a Douala lead smelter: waste lead-acid batteries "
         "(A1160, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, from Cork; Irish English "
         "wording (lead-acid batteries repeat in many sets; forklift trays to Cameroon are the new part as far as a "
         "search found)", {"importer_country": "CM"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "PE", "731100",
         "Botellas de acero vacías, usadas, 76 lb, 40 unidades", "ES", 1380, 40, 400, "EUR",
         "empty 76 lb steel flasks weigh about 10 kg each; these 40 weigh 34.5 kg each, slosh heavily and read "
         "'Hg' on the stoppers: some 980 kg of metallic mercury drained from the rotating liquid-mirror telescope of "
         "a Canary Islands university observatory being decommissioned, sold to an Arequipa 'metals trader' for "
         "small-scale gold mining: waste metallic mercury, whose export the EU Mercury Regulation 2017/852 forbids "
         "and hazardous waste whose export to a non-OECD country is banned, from Santa Cruz de Tenerife to Callao; "
         "Spanish wording (mercury repeats in many sets and liquid-mirror mercury once, blind216, by air to India; kept as a "
         "repeat of the good, an empty-flask label by sea to Peru is the new part as far as a search found)", {"importer_country": "PE"}),
        ("WST-03", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "370790",
         "Fotochemikalien, unbenutzt, Fixierbad, IBC 1000 l, 8 Stück", "AT", 8800, 8, 800, "EUR",
         "unused photographic fixer comes sealed from the maker, clear, with a data sheet; these eight IBCs hold a "
         "grey, turbid, sulphur-smelling liquid with black silver sludge at the bottom, run off from the plate-"
         "washing line of a Viennese observatory's glass-plate archive digitisation and its darkroom: spent fixer "
         "solutions (09 01 04*, with silver), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry through Hungary for a Subotica 'photo lab'; Austrian German wording (spent fixer repeats in several "
         "sets; an observatory plate archive's fixer is the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "SN", "940171",
         "Sièges inclinables de planétarium, d'occasion, 120 pièces", "FR", 4800, 120, 6000, "EUR",
         "a closed Lyon planetarium's refit sold to a Dakar science centre: its reclining seats and dome fabric are "
         "what may go as used goods, but the third item's 'projecteurs numériques, fonctionnels' are 40 dead "
         "projectors, control-room CRT monitors and UPS batteries, with mercury lamps and cracked casings, none "
         "tested: waste electrical equipment with lamps, CRT glass and lead-acid batteries (A1180, 16 02 13*), "
         "hazardous waste whose export to a non-OECD country is banned, hidden as the last item of a three-item "
         "declaration, from Marseille; French wording (e-waste behind used goods repeats in many sets and a "
         "planetarium once, blind216, on another good; planetarium seats to Senegal are the new part as far as a "
         "search found)",
         dict({"importer_country": "SN"},
              _more_items=[item("540752", "Toile de coupole de planétarium, d'occasion, 1 lot", "FR", 400, 1000, "EUR"),
                           item("852862", "Projecteurs numériques, fonctionnels, 40 pièces", "FR", 1600, 4000, "EUR", qty=40)])),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "TN", "950300",
         "Experimentierkästen Chemie, Restposten, originalverpackt, 2.400 Stück", "DE", 9600, 2400, 4800, "EUR",
         "remaindered chemistry sets are light boxes of a few grams of salts in sealed vials; these pallets hold the "
         "stores of a bankrupt Nuremberg school-science supplier: brown bottles of old laboratory chemicals, "
         "cracked jars of mercury compounds, picric acid, cyanide salts and unlabelled residues packed among a "
         "few toy boxes: discarded laboratory chemicals (16 05 06*, 16 05 07*), hazardous waste whose export to a "
         "non-OECD country is banned, from Hamburg to Radès for a 'toy importer'; German wording (lab-chemical waste "
         "repeats in several sets and Experimentierkasten labels twice, blind110 and blind176; kept as a repeat, a "
         "school-science supplier's stores to Tunisia are the new part)", {"importer_country": "TN"}),
        ("WST-06", "export", "FISEA01", "sea", "FI", [], "NG", "900580",
         "Älyteleskoopit, uudet, alkuperäispakkauksessa, 900 kpl", "FI", 4500, 900, 27000, "EUR",
         "new smart telescopes come sealed in printed boxes with charged-for-storage batteries; these 900 are "
         "returned and warranty-failed units gathered by a Helsinki astronomy retailer, opened, with cracked cases, "
         "water marks and swollen lithium packs, in plain cartons, bought by weight by a Lagos dismantler: waste "
         "electrical equipment with lithium batteries (A1180, hazardous), whose export to a non-OECD country is "
         "banned; Finnish wording (returned electronics repeat in many sets; a smart-telescope label was found in "
         "no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-07", "export", "HRROAD01", "road", "HR", [], "BA", "681182",
         "Paneli kupole zvjezdarnice, rabljeni, za ponovnu upotrebu, 160 kom", "HR", 9600, 160, 1600, "EUR",
         "reusable observatory dome panels are light aluminium or fibreglass sections; these 160 are heavy, grey, "
         "corrugated sheets broken at the bolt holes that shed fibres when snapped, taken off a Split astronomy "
         "club's 1970s dome: asbestos-cement waste (17 06 05*, A2050), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry at Bijača for a Mostar 'builder'; Croatian wording (asbestos cement repeats "
         "in many sets; an observatory-dome label was found in no earlier row by a keyword search)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "SISEA01", "sea", "SI", [], "MY", "391520",
         "Regranulat PS, čist, sortiran, 24 t", "SI", 24000, None, 4800, "EUR",
         "clean sorted polystyrene regrind is one-colour, washed flakes; these bales hold dirty mixed packaging film, "
         "food trays with residues, polystyrene foam and labels from a Maribor sorting plant's reject line: mixed "
         "and contaminated plastic waste (Y48), whose export to a non-OECD country needs prior informed consent it "
         "did not have, from Koper to Port Klang; Slovenian wording (plastic waste under regrind labels repeats in "
         "many sets; from Slovenia to Malaysia is the new part as far as a search found)", {"importer_country": "MY"}),
        ("WST-09", "export", "LTSEA01", "sea", "LT", [], "IN", "690919",
         "Aliuminio oksido rutuliukai, nauji, katalizatorių nešikliai, 20 t", "LT", 20000, None, 6000, "EUR",
         "new alumina carrier balls are clean, white, even spheres; these big bags hold grey-black, sulphur-smelling "
         "pellets with nickel and molybdenum, dumped from a Mažeikiai refinery's hydrotreater: spent "
         "hydroprocessing catalyst (16 08 02*, A2030), hazardous waste whose export to a non-OECD country is banned, "
         "from Klaipėda to Mundra; Lithuanian wording (spent catalysts repeat in many sets; an alumina-carrier label "
         "from Lithuania is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-10", "export", "SKROAD01", "road", "SK", [], "UA", "853931",
         "UV lampy na fluorescenciu minerálov, použité, funkčné, 2 000 ks", "SK", 1400, 2000, 1000, "EUR",
         "working shortwave UV lamps for mineral collectors are boxed, tested hand lamps; these crates hold loose, "
         "broken and burnt-out low-pressure mercury tubes and fluorescent tubes from a Košice mineral museum's and "
         "rock shop's cases, some shattered into the straw: waste mercury-containing lamps (20 01 21*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry at Vyšné Nemecké for an Uzhhorod "
         "'lighting trader'; Slovak wording (UV lamps repeat in several sets; a mineral-fluorescence label was found "
         "in no earlier row by a keyword search)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRAIR01", "air", "MY", [], "FR", "851310",
         "Penyembur udara mampat untuk membersihkan kanta teleskop, 400 ml, 480 tin", "MY", 240, 480, 1440, "USD",
         "the air dusters telescope shops sell to blow dust off lenses and mirrors hold HFC-152a or dimethyl ether; "
         "these 480 cans are stamped 'R12' under the label, read 5.7 bar at 20 °C and a leak detector names "
         "CFC-12: dichlorodifluoromethane, whose import into the Union is banned, flown from Kuala Lumpur to Lyon "
         "for an astronomy-equipment wholesaler; Malay wording (CFC-12 in air dusters repeats in many sets, kept as "
         "a repeat; a telescope-lens duster from Malaysia is the new part as far as a search found)",
         firm("Meridian Astronomie SARL", "FR")),
        ("OZN-02", "import", "ITAIR01", "air", "EG", [], "IT", "381400",
         "سائل تنظيف عدسات العينية والمناظير، 1 لتر، 60 زجاجة", "EG", 96, 60, 300, "USD",
         "eyepiece-cleaning fluids are water-and-alcohol blends of about 0.95 kg/l that leave no smear; these 60 "
         "bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold from the hand: carbon "
         "tetrachloride, whose import into the Union is banned, flown from Cairo to Milan for a binocular and "
         "telescope shop; Egyptian Arabic wording (carbon tetrachloride repeats in many sets and lens-cleaner labels "
         "in a few; an eyepiece cleaner from Egypt is the new part as far as a search found)",
         firm("Orion Ottica Astronomica Srl", "IT")),
        ("OZN-03", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "望远镜反射镜镀膜前脱脂清洗剂, 5升 x 40桶", "CN", 248, 40, 800, "USD",
         "the degreasers mirror-coating shops use before re-aluminising telescope mirrors are alcohol or "
         "detergent blends of about 0.85 kg/l; these 40 cans weigh 1.24 kg/l, boil in the warm hand at 32 °C with an "
         "ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is "
         "banned, flown from Nanjing to Prague for a mirror re-coating workshop that serves amateur astronomers; "
         "Chinese wording (HCFC-141b under solvent labels repeats in many sets; a mirror-coating degreaser was found "
         "in no earlier row by a keyword search)", firm("Horizon Optika s.r.o.", "CZ")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Gözlemevi kubbeleri için otomatik yangın söndürücü, 6 kg, 80 adet", "TR", 640, 80, 2400, "EUR",
         "automatic extinguishers for small observatory domes hold dry powder or HFC-227ea with a certificate; "
         "these 80 are stamped 'BCF' under the new labels, read 12 bar, and a drop of the contents vanishes as a "
         "sweet gas: halon 1211 (bromochlorodifluoromethane) in fire-protection products whose import into the "
         "Union is banned, at Kapitan Andreevo for a Plovdiv observatory-dome builder; Turkish wording (halon 1211 "
         "repeats in many sets; an observatory-dome extinguisher was found in no earlier row by a keyword search)",
         firm("Vega Kupoli EOOD", "BG")),
        ("OZN-05", "import", "NLAIR01", "air", "LK", [], "NL", "291439",
         "කෘමි එකතු කිරීමේ භාජන සඳහා එතිල් ඇසිටේට්, 500 ml, බෝතල් 200", "LK", 199, 200, 600, "USD",
         "the ethyl acetate that insect collectors put in killing jars is a light, fruity, flammable liquid of "
         "0.90 kg/l; these 200 bottles weigh 1.99 kg/l, do not burn, sink under water in a test tube and the inner "
         "labels read 'CH2BrCl': bromochloromethane, a controlled substance whose import into the Union is banned "
         "outside licensed uses, flown from Colombo to Amsterdam for a natural-science hobby shop that sells "
         "entomology kits; Sinhala wording (bromochloromethane repeats in many sets and killing-jar labels twice, "
         "blind190 and blind263; kept as a repeat of the label, from Sri Lanka is the new part)",
         firm("Nordhafen Natuurwetenschap BV", "NL")),
        ("OZN-06", "transit", "GRSEA01", "sea", "CN", ["GR"], "MK", "382499",
         "天文CCD相机水冷循环液, 1升, 600瓶", "CN", 890, 600, 1800, "USD",
         "the coolant of water-loop cooled astronomy CCD cameras is a glycol-water mix of 1.05 kg/l; these 600 "
         "bottles weigh 1.48 kg/l, their contents boil off at 24 °C with a faint sweet smell and do not burn: "
         "CFC-11 (trichlorofluoromethane), moved through the Union without the licence Regulation 2024/590 "
         "requires, landed at Piraeus in transit from Shanghai to a Skopje 'optics trader'; Chinese wording (CFC-11 "
         "repeats in many sets; a CCD-camera coolant label in transit through Piraeus was found in no earlier row by "
         "a keyword search)", {"importer_country": "MK"}),
        ("OZN-07", "export", "NLSEA01", "sea", "NL", [], "IN", "841989",
         "Gebruikte vacuümopdampinstallatie voor telescoopspiegels, met koelunit, 1 stuk", "NL", 6500, 1, 30000, "EUR",
         "a used mirror-aluminising vacuum plant may be exported if its cryochiller runs on an HFC or argon blend; "
         "this Leiden mirror-coating firm's 1990s chamber keeps its Polycold-type cryochiller still charged, the "
         "plate reading an R-22 and R-12 blend: equipment relying on and containing HCFCs and CFCs, whose export "
         "from the Union is banned (Regulation 2024/590), from Rotterdam to Nhava Sheva for a Pune telescope maker; "
         "Dutch wording (CFC and HCFC equipment for export repeats in many sets; a telescope-mirror vacuum plant was "
         "found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("OZN-08", "import", "PTSEA01", "sea", "IN", [], "PT", "290319",
         "సైక్లోపెంటేన్ ఫోమ్ బ్లోయింగ్ ఏజెంట్, 200 కిలో డ్రమ్ములు, 60 డ్రమ్ములు", "IN", 12000, 60, 9000, "USD",
         "cyclopentane is a light, flammable hydrocarbon of 0.75 kg/l; these 60 drums hold a liquid of 1.49 kg/l that "
         "boils in the hand at 24 °C, does not burn and smells faintly sweet: CFC-11 (trichlorofluoromethane), whose "
         "import into the Union is banned, by sea from Chennai to Sines for a Leiria refrigerator-panel maker; "
         "Telugu wording (CFC-11 as a foam blowing agent repeats in many sets and cyclopentane labels in a few; "
         "kept as a repeat, from India to Portugal is the new part as far as a search found)",
         firm("Atlantic Painéis Lda", "PT")),
        ("OZN-09", "import", "DKAIR01", "air", "HK", [], "DK", "900290",
         "天文望遠鏡目鏡, 1.25吋, 600支", "CN", 90, 600, 9000, "USD",
         "a Hong Kong astronomy-accessory air shipment for a Copenhagen telescope shop: eyepieces and dew-heater "
         "straps are what the supplier sends, but the third item's 'lens-cleaning pens' carry 50 ml refill bottles of "
         "1.34 kg/l with a sweet, chloroform-like smell that do not burn, labelled '1,1,1-三氯乙烷' inside: methyl "
         "chloroform (1,1,1-trichloroethane), whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration; Hong Kong Chinese wording (methyl chloroform repeats in many sets; behind "
         "telescope eyepieces is the new part as far as a search found)",
         dict(firm("Alpina Astro ApS", "DK"),
              _more_items=[item("851680", "望遠鏡除露加熱帶, 400條", "CN", 60, 2400, "USD", qty=400),
                           item("382499", "鏡頭清潔筆補充液, 50毫升 x 800瓶", "CN", 54, 400, "USD", qty=800)])),
        ("OZN-10", "import", "ROROAD01", "road", "MD", [], "RO", "382769",
         "Agent frigorific R-407C, butelii 11,3 kg, 140 buc.", "MD", 1580, 140, 8400, "EUR",
         "R-407C is an HFC blend in light-brown cylinders with a quota and certificate; these 140 disposable "
         "cylinders read 9.1 bar at 20 °C, a leak detector names HCFC-22, and the valves carry old stamps: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at Leușeni-Albița for an "
         "Iași air-conditioning installer; Romanian wording from Moldova (HCFC-22 under HFC labels repeats in many "
         "sets; kept as a repeat, from Moldova by road is the new part as far as a search found)",
         firm("Central Climatizare SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "export", "FRAIR01", "air", "FR", [], "CH", "830629",
         "Astrolabe décoratif en laiton, reproduction, 1 pièce", "FR", 2.2, 1, 300, "EUR",
         "a decorative reproduction astrolabe is new, cast and machine-engraved brass with a bright lacquer; this one "
         "is hand-engraved, with a rete of pierced star pointers, Arabic and later Latin star names, worn plates for "
         "several latitudes and old repairs at the throne: an Andalusian astrolabe of the 13th century with later "
         "additions, a scientific instrument over 100 years old worth far above the threshold, exported without "
         "the EU export licence of Regulation 116/2009, flown from Paris to a Geneva dealer in scientific antiques; "
         "French wording (astrolabes repeat in several sets; a reproduction label on an export to Switzerland is the "
         "new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-02", "import", "ESAIR01", "air", "AR", [], "ES", "262099",
         "Escoria de hierro, decorativa, trozos, 180 kg", "AR", 180, None, 400, "USD",
         "decorative iron slag is glassy, bubbly, light for its size and rusts in flakes; these 180 kg are dense, "
         "heavy, thumb-printed masses that stick to a magnet, show Widmanstätten lines where cut and rust along "
         "cracks: fragments of the Campo del Cielo iron meteorites, natural-history specimens whose export "
         "Argentina forbids (Law 26.306), brought in against Regulation 2019/880 (Article 3(1)), flown from Buenos "
         "Aires to Madrid for a meteorite dealer selling to amateur collectors; Argentine Spanish wording (Campo del "
         "Cielo repeats twice, blind79 and blind138, kept as a repeat of the good; an iron-slag label was found in no "
         "earlier row by a keyword search)", firm("Delta Meteoritos SL", "ES")),
        ("CUL-03", "import", "DEAIR01", "air", "JO", [], "DE", "691390",
         "ألواح فلكية طينية مقلدة لمتجر المتحف، 12 قطعة", "JO", 6, 12, 120, "USD",
         "museum-shop replica star tablets are new, moulded, even clay with a printed card; these 12 are hand-written "
         "cuneiform tablets, fired unevenly, with salt bloom and earth in the wedges, among them an astronomical "
         "diary and a zodiac tablet: Late Babylonian tablets dug in southern Iraq, whose export Iraq forbids and "
         "whose import the Iraq regulation 1210/2003 and Regulation 2019/880 forbid, flown from Amman to Frankfurt "
         "for an astronomy-gift web shop; Jordanian Arabic wording (cuneiform tablets repeat in many sets; a replica "
         "star-tablet label was found in no earlier row by a keyword search)", firm("Central Sternenladen GmbH", "DE")),
        ("CUL-04", "import", "NLAIR01", "air", "IN", [], "NL", "830629",
         "Brass decorative celestial globe, new handicraft, 1 pc", "IN", 9, 1, 120, "USD",
         "a new brass celestial globe from Moradabad is spun, thin and lacquered with printed constellations; this "
         "one is cast seamless, engraved in Persian with the 48 Ptolemaic constellations and silver-inlaid stars, "
         "with a maker's inscription from Lahore and old wear: a Mughal celestial globe of the 17th century, an "
         "antiquity whose export India forbids (Antiquities and Art Treasures Act), brought in against Regulation "
         "2019/880 (Article 3(1)), flown from Delhi to Amsterdam for a scientific-instrument dealer; Indian English "
         "wording (celestial globes repeat twice, blind43 and blind50, kept as a repeat of the good; a new-handicraft "
         "label is the new part as far as a search found)", firm("Vega Wetenschappelijke Instrumenten BV", "NL")),
        ("CUL-05", "import", "SEAIR01", "air", "CN", [], "SE", "711419",
         "天文望远镜自制用青铜镜坯, 直径150毫米, 6件", "CN", 7, 6, 180, "USD",
         "bronze or speculum-metal mirror blanks for telescope makers are new, plain discs with a ground face; these "
         "six are thin, cast bronze discs with a central knob, TLV and four-spirit decoration and an inscription band "
         "on the back and green-and-red corrosion: Han dynasty bronze mirrors (1st century BC - 2nd century AD) dug "
         "in China, whose export China forbids, brought in against Regulation 2019/880, flown from Xi'an to "
         "Stockholm for a telescope-making hobbyist's shop; Chinese wording (Chinese bronze mirrors repeat in many "
         "sets and TLV mirrors in three; a telescope mirror-blank label was found in no earlier row by a keyword "
         "search)", firm("Rivage Teleskop AB", "SE")),
        ("CUL-06", "export", "CZAIR01", "air", "CZ", [], "US", "900580",
         "Dalekohled mosazný, použitý, k renovaci, 1 ks", "CZ", 38, 1, 900, "EUR",
         "a used brass telescope for restoration is a scratched spyglass or a school refractor; this is a 108 mm "
         "achromatic refractor by a Munich maker of about 1860 with its equatorial head, clock drive and an "
         "observatory inventory number inked on the tube, from a Czech castle observatory: a scientific instrument "
         "over 100 years old of national heritage, exported without the Czech permit and the EU export licence of "
         "Regulation 116/2009, flown from Prague to a Boston collector; Czech wording (historic refractors repeat "
         "in several sets; a for-restoration label from Czechia is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-07", "import", "FRSEA01", "sea", "MA", [], "FR", "251690",
         "Géodes d'améthyste, pierres brutes, 2 t", "MA", 2000, None, 3000, "EUR",
         "an Erfoud mineral and fossil exporter's shipment for a Marseille rock shop: amethyst geodes and polished "
         "Orthoceras plates are what the Tafilalt trade sends, but the third item's 'plaques de grès décoratives' "
         "are four sawn sandstone panels with pecked and patinated engravings of elephants and spirals, freshly cut "
         "from a Draa valley rock-art site: prehistoric rock engravings, archaeological objects whose export "
         "Morocco forbids, brought in without the import licence Regulation 2019/880 requires, hidden as the last "
         "item of a three-item declaration; Moroccan French wording (rock art repeats in several sets and Erfoud "
         "shipments in three; behind amethyst geodes is the new part as far as a search found)",
         dict(firm("Horizon Minéraux SARL", "FR"),
              _more_items=[item("680293", "Plaques d'orthocères polies, 200 pièces", "MA", 800, 1600, "EUR", qty=200),
                           item("680299", "Plaques de grès décoratives, 4 pièces", "MA", 480, 200, "EUR", qty=4)])),
        ("CUL-08", "import", "ITAIR01", "air", "ET", [], "IT", "830629",
         "የነሐስ መስቀል፣ አዲስ የእጅ ሥራ፣ 3 ቁራጭ", "ET", 4, 3, 90, "USD",
         "new brass processional crosses from Addis workshops are cast, bright and alike; these three are hand-"
         "worked, worn, with tiny engraved saints, a socket for a staff and wax and soot in the openwork: 15th-17th "
         "century Ethiopian processional crosses taken from church treasuries, whose export Ethiopia forbids, "
         "brought in against Regulation 2019/880, flown from Addis Ababa to Rome for a dealer; Amharic wording "
         "(Ethiopian crosses repeat in several sets; a new-handicraft label in Amharic is the new part as far as a "
         "search found)", firm("Meridian Arte Sacra Srl", "IT")),
        ("CUL-09", "transit", "ATAIR01", "air", "LB", ["AT"], "US", "491199",
         "ملصقات خرائط نجوم مطبوعة، 40 ورقة", "SY", 2, 40, 80, "USD",
         "printed star-chart posters are machine-printed paper; these 40 are paper leaves written in naskh with gold "
         "and coloured constellation figures, cut from a copy of al-Ṣūfī's Book of the Fixed Stars, with a waqf "
         "seal of an Aleppo library: manuscript leaves removed from Syria, whose trade Regulation 36/2012 forbids, "
         "landed at Vienna in transit from Beirut to a New York dealer, against Regulation 2019/880 (Article 3(1)), "
         "which covers transit; Syrian Arabic wording (Islamic manuscripts repeat in many sets and al-Ṣūfī once, "
         "blind145; a star-chart poster label in transit through Vienna was found in no earlier row)",
         {"importer_country": "US"}),
        ("CUL-10", "import", "MTSEA01", "sea", "LY", [], "MT", "680221",
         "لوح رخامي للحديقة، منقوش، 1 قطعة", "LY", 240, 1, 200, "EUR",
         "a new marble garden plaque is machine-cut with a crisp inscription; this is a weathered marble slab with a "
         "Latin funerary inscription, iron staining and mortar on the back, prised from a Cyrenaican tomb: a Roman "
         "inscription looted in Libya, whose export Libya forbids, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Benghazi to Valletta; Libyan Arabic wording (Roman inscriptions from Libya "
         "repeat in several sets; a garden-plaque label to Malta is the new part as far as a search found)",
         firm("Nordhafen Stone Ltd", "MT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "852589",
         "Autoguider-Kameras für Amateurteleskope, Plate-Solving, 6 Stück", "DE", 18, 6, 3000, "EUR",
         "autoguider cameras for amateur telescopes are small USB CMOS cameras at a few hundred euros; these six "
         "are space-qualified star trackers with baffles, radiation-tolerant optics and flight connectors at "
         "90,000 EUR each on their Jena maker's list, for a Bishkek 'astronomy shop' whose freight goes on to a "
         "Russian satellite integrator: star trackers (dual-use 7A004), whose export to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, flown from Berlin; German wording (star trackers "
         "repeat twice, blind118 and blind217, kept as a repeat of the good; an autoguider label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "GE", "852589",
         "Astronomiecamera's, gekoeld, voor deep-sky fotografie, 20 stuks", "NL", 40, 20, 30000, "EUR",
         "cooled deep-sky cameras are CMOS cameras with a thermo-electric cooler at 1,000-4,000 EUR; these 20 are "
         "InGaAs shortwave-infrared camera cores with 640 x 512 focal plane arrays and no colour sensor, at 25,000 "
         "EUR each, for a Tbilisi 'telescope dealer' whose consignee address is a Moscow drone-payload maker: "
         "infrared cameras and focal plane arrays (dual-use 6A003, 6A002), exported without a licence and for "
         "re-export to Russia against Regulation 833/2014, flown from Amsterdam; Dutch wording (InGaAs cameras "
         "repeat in four sets; a deep-sky camera label to Georgia is the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("STR-03", "export", "ATAIR01", "air", "AT", [], "AE", "910400",
         "GPS-Zeitserver für Sternwarten, 19 Zoll, 8 Stück", "AT", 64, 8, 8000, "EUR",
         "observatory GPS time servers are small network clocks at a few hundred euros; these eight are rubidium "
         "atomic frequency standards with a long-term stability of 1e-11 per month, at 12,000 EUR each, for a Dubai "
         "'observatory equipment' trader whose orders go on to Tehran: atomic frequency standards (dual-use "
         "3A002.g), exported without the licence Regulation 2021/821 requires and for an Iranian user; Austrian "
         "German wording (rubidium standards repeat in many sets and a time-server label once, blind247; an observatory "
         "time-server label from Austria is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "TR", "681511",
         "Tessuto in fibra di carbonio per telai di bicicletta, rotoli, 120", "IT", 2400, 120, 14000, "EUR",
         "carbon fabric for bicycle frames is standard-modulus woven cloth at 20-40 EUR a kilo; these 120 cold-"
         "shipped rolls are unidirectional intermediate-modulus prepreg with 5,900 MPa fibre certificates, at 200 "
         "EUR a kilo, for an Istanbul 'bicycle maker' that ships on to Tehran: carbon fibre prepreg (dual-use "
         "1C010.e) listed in the Iran regulation, exported without a licence, from La Spezia; Italian wording "
         "(carbon prepreg repeats in many sets; a bicycle-frame fabric label to Türkiye is the new part as far as a "
         "search found)", {"importer_country": "TR"}),
        ("STR-05", "import", "PLRAIL01", "rail", "KZ", [], "PL", "442199",
         "Ножки для штативов телескопов из березы, 4 000 компл.", "KZ", 12000, 4000, 16000, "EUR",
         "Kazakh birch is scarce and Kazakh tripod makers buy in; these 4,000 sets of birch tripod legs carry the "
         "stamps of a Kostroma joinery under the labels, were loaded in Russia and come with a Kazakh certificate "
         "of origin issued in Petropavl: Russian wood products (44), whose import into the Union Regulation 833/2014 "
         "forbids, on a container train at Małaszewicze for a Białystok telescope-mount maker; Russian wording from "
         "Kazakhstan (Russian wood under Kazakh origin repeats in several sets and tripod legs once, blind293, on a "
         "wildlife row; tripod legs of Russian birch by rail are the new part as far as a search found)", firm("Orion Statywy Sp. z o.o.", "PL")),
        ("STR-06", "export", "HUAIR01", "air", "HU", [], "AM", "852589",
         "Csillagászati CMOS kamerák, hűtött, 300 db", "HU", 180, 300, 90000, "EUR",
         "an astronomy shop in Yerevan sells a handful of cooled astronomy cameras a year; these 300, bought through "
         "a Budapest distributor in one order with GNSS timing modules, go on by road to a Russian drone "
         "integrator, as the forwarder's papers show: cameras (8525 89), on the common high-priority list whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from Budapest; "
         "Hungarian wording (cameras for drones repeat in many sets; astronomy cameras to Armenia are the new part "
         "as far as a search found)", {"importer_country": "AM"}),
        ("STR-07", "export", "ESAIR01", "air", "ES", [], "KZ", "900580",
         "Telescopios reflectores Dobson 200 mm, 40 unidades", "ES", 1000, 40, 16000, "EUR",
         "a Valencia telescope shop's shipment for an Almaty astronomy chain: Dobsonian reflectors and eyepieces are "
         "what the chain sells, but the third item's 'sensores de nubes para observatorios' are 30 cooled thermal "
         "imaging cores with germanium lenses, 640 x 480 and under 25 mK, at 18,000 EUR each, whose freight goes on "
         "to Omsk: thermal cameras (dual-use 6A003) on the list whose export to Russia Regulation 833/2014 forbids, "
         "hidden as the last item of a three-item declaration, flown from Madrid; Spanish wording (thermal cores "
         "repeat in many sets; cloud-sensor labels behind Dobsonians were found in no earlier row)",
         dict({"importer_country": "KZ"},
              _more_items=[item("900290", "Oculares astronómicos, 400 unidades", "ES", 80, 8000, "EUR", qty=400),
                           item("902580", "Sensores de nubes para observatorios, 30 unidades", "ES", 45, 3000, "EUR", qty=30)])),
        ("STR-08", "export", "GRAIR01", "air", "GR", [], "UZ", "853710",
         "Πίνακες ελέγχου για ξυλουργικές μηχανές, 12 τεμάχια", "GR", 240, 12, 6000, "EUR",
         "control panels for woodworking machines are simple relay and PLC boxes at a few hundred euros; these 12 "
         "are five-axis CNC controllers with servo drives for metal machining centres at 30,000 EUR each, for a "
         "Tashkent trader set up in October whose freight goes on to Tula: CNC controls (8537 10) on the list whose "
         "export to Russia and re-export Regulation 833/2014 forbids, flown from Athens; Greek wording (CNC "
         "controllers repeat in several sets; a woodworking-panel label from Greece is the new part as far as a "
         "search found)", {"importer_country": "UZ"}),
        ("STR-09", "export", "BEAIR01", "air", "BE", [], "CN", "900290",
         "Collimatiespiegels voor amateurtelescopen, 50 mm, 10 stuks", "BE", 30, 10, 1000, "EUR",
         "collimation mirrors for amateur telescopes are small, flat, front-silvered glass at a few tens of euros; "
         "these ten are 97-actuator deformable mirrors with drive electronics and a wavefront sensor, at 60,000 EUR "
         "each, for a Harbin 'telescope trading' firm tied to a laser institute: deformable mirrors (dual-use "
         "6A004.a), exported without the licence Regulation 2021/821 requires for any destination outside the "
         "Union, flown from Liège; Flemish wording (a deformable mirror once, blind216; a collimation-mirror label "
         "was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-10", "export", "BGROAD01", "road", "BG", ["TR"], "GE", "870380",
         "Лек автомобил, употребяван, електрически, 2 бр.", "BG", 5000, 2, 24000, "EUR",
         "two used cars at 12,000 EUR each are ordinary family cars; these are 2076 electric luxury saloons with "
         "delivery mileage, at 140,000 EUR each on the dealer's list, for a Batumi 'car dealer' whose buyers drive "
         "them on to Russia: luxury cars over 50,000 EUR, whose sale and export for use in Russia Regulation "
         "833/2014 forbids, on a car transporter at Kapitan Andreevo; Bulgarian wording (luxury cars repeat in many "
         "sets; undervalued electric saloons from Bulgaria are the new part as far as a search found)",
         {"importer_country": "GE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "express", "CN", [], "BE", "392690",
         "树脂昆虫标本教学镇纸, 60个", "CN", 6, 60, 180, "USD",
         "resin teaching paperweights hold farmed mealworm beetles, crickets or common scorpions a few centimetres "
         "long; these 60 hold glossy black scorpions 15-20 cm long with huge, granular claws: emperor scorpions "
         "(Pandinus imperator, CITES App. II) without CITES documents, sent by express from Shenzhen to a Liège "
         "science-toy shop; Chinese wording (scorpions repeat in many sets; resin teaching paperweights were found "
         "in no earlier row by a keyword search)", firm("Atlantic Jouets Scientifiques SA", "BE")),
        ("WLF-02", "import", "NLSEA01", "sea", "PH", [], "NL", "960190",
         "Pinakintab na fossil na ammonite, 1,200 piraso", "PH", 960, 1200, 2400, "USD",
         "polished fossil ammonites are heavy, stony, with sutured chambers filled with calcite; these 1,200 are "
         "light, pearly, thin-walled shells with tiger-striped outer layers stripped off, chambers empty: chambered "
         "nautilus (Nautilus pompilius, CITES App. II) without CITES documents, by sea from Cebu to Rotterdam for a "
         "fossil and mineral wholesaler; Tagalog wording (nautilus repeats in many sets; a fossil-ammonite label was "
         "found in no earlier row by a keyword search)", firm("Central Fossielen BV", "NL")),
        ("WLF-03", "import", "FRAIR01", "air", "FJ", [], "FR", "253090",
         "Natural limestone rock for aquariums, 600 kg", "FJ", 600, None, 900, "USD",
         "aquarium limestone is grey, dense quarried rock; these 600 kg are white, branching and plate-like "
         "skeletons with star-shaped corallites, cleaned of tissue: stony corals (Scleractinia, CITES App. II) "
         "without CITES documents, flown from Nadi to Paris for an aquarium shop; Fijian English wording (corals "
         "repeat in many sets and rock labels in several; kept as a repeat, from Fiji is the new part as far as a "
         "search found)", firm("Vega Aquariophilie SARL", "FR")),
        ("WLF-04", "export", "DEAIR01", "air", "DE", [], "US", "910400",
         "Taschensonnenuhr, Nachbildung, Knochen, 1 Stück", "DE", 0.3, 1, 250, "EUR",
         "a reproduction folding pocket sundial is cast resin or cattle bone with printed scales; this one is a "
         "Nuremberg diptych sundial of elephant ivory, with the grain lines and Schreger pattern at the edges, "
         "engraved hour lines, a compass and a maker's mark of about 1600: worked elephant ivory (CITES App. I/II) "
         "exported without the re-export certificate the EU ivory rules (Regulation 2021/2280) require, flown from "
         "Munich to a New York dealer in scientific instruments; German wording (ivory repeats in many sets and a "
         "sundial once, blind255; a bone reproduction sundial label was found in no earlier row)",
         {"importer_country": "US"}),
        ("WLF-05", "import", "PTSEA01", "sea", "BR", [], "PT", "442199",
         "Pernas de tripé para telescópio em jatobá, 800 jogos", "BR", 4800, 800, 4000, "USD",
         "jatobá tripod legs are reddish-brown, coarse and even; these 800 sets are dark chocolate-brown with black "
         "streaks, heavy, oily and smell of roses when sawn: Brazilian rosewood (Dalbergia nigra, CITES App. I) "
         "without CITES documents, by sea from Santos to Leixões for a Porto telescope-mount maker; Brazilian "
         "Portuguese wording (Dalbergia nigra repeats in several sets, jatobá labels in a few and tripod legs once, blind293, "
         "in ash; jatobá telescope tripod legs from Brazil are the new part as far as a search found)", firm("Rivage Telescópios Lda", "PT")),
        ("WLF-06", "import", "ITAIR01", "air", "KH", [], "IT", "420221",
         "កាបូបស្បែកគោ បោះពុម្ពលំនាំ, 200 គ្រាប់", "KH", 120, 200, 2000, "USD",
         "embossed cowhide handbags have a printed, even pattern and smooth back; these 200 have real overlapping "
         "scales with a belly row of broad plates: reticulated python skin (Malayopython reticulatus, CITES App. II) "
         "without CITES documents, flown from Phnom Penh to Milan for a handbag shop; Khmer wording (python repeats "
         "in many sets; an embossed-cowhide label from Cambodia is the new part as far as a search found)",
         firm("Alpina Pelletteria Srl", "IT")),
        ("WLF-07", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "050800",
         "Especímenes marinos secos para kits escolares de biología, 80 kg", "PE", 80, None, 400, "USD",
         "dried marine specimens for school biology kits are starfish, sea urchins and sand dollars; these 80 kg are "
         "some 28,000 dried seahorses sorted by size: Hippocampus ingens (CITES App. II) without the Peruvian export "
         "permit, which specimens in transit through the Union must carry, landed at Madrid in transit from Lima "
         "to Hong Kong; Peruvian Spanish wording (seahorses repeat in many sets; a biology-kit label in transit "
         "through Madrid was found in no earlier row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-08", "import", "ATPOST01", "post", "KG", [], "AT", "491191",
         "Көпөлөк сүрөттөрү, рамкада, 12 даана", "KG", 2.4, 12, 60, "USD",
         "framed butterfly prints are printed paper; these 12 frames hold real, pinned Apollo butterflies (white "
         "wings with red and black eye-spots) taken in the Tian Shan: Parnassius apollo (CITES App. II) without "
         "CITES documents, posted from Bishkek to a private collector of natural-history specimens in Graz; Kyrgyz "
         "wording (Parnassius repeats twice, blind62 and blind152, and framed-print labels on butterflies in "
         "several sets, kept as a repeat; by post from Kyrgyzstan is the new part as far as a search found)", person("Frau Eva Steiner", "AT")),
        ("WLF-09", "import", "DEAIR01", "air", "MX", [], "DE", "060290",
         "Plantas suculentas de vivero, injertadas, 400 piezas", "MX", 60, 400, 800, "USD",
         "nursery-grown grafted succulents are uniform, clean plants in pots; these 400 are bare-rooted, scarred, "
         "grey-green living-rock cacti with flat, triangular tubercles and old soil on the taproots, dug in "
         "Coahuila: Ariocarpus spp. (CITES App. I) without CITES documents, flown from Monterrey to Frankfurt for a "
         "cactus dealer; Mexican Spanish wording (Ariocarpus repeats in several sets; kept as a repeat, a grafted-"
         "succulent label is the new part as far as a search found)", firm("Nordhafen Kakteen GmbH", "DE")),
        ("WLF-10", "import", "IEAIR01", "air", "IN", [], "IE", "901180",
         "छात्र सूक्ष्मदर्शी, 100 नग", "IN", 300, 100, 3000, "USD",
         "an Ambala scientific-instrument maker's air shipment for a Dublin science-education supplier: student "
         "microscopes and prepared slides are what it sends, but the third item's 'रेज़िन प्रतिकृति खोपड़ियाँ' are 40 "
         "real primate skulls, bone with sutures, tooth wear and old labels: rhesus macaque skulls (Macaca mulatta, "
         "CITES App. II) without CITES documents, hidden as the last item of a three-item declaration; Hindi wording "
         "(macaques repeat in several sets and Ambala in a few; resin-replica skulls behind microscopes were found "
         "in no earlier row by a keyword search)",
         dict(firm("Delta Science Education Ltd", "IE"),
              _more_items=[item("901890", "तैयार सूक्ष्मदर्शी स्लाइड, 2,000 नग", "IN", 40, 800, "USD", qty=2000),
                           item("392690", "रेज़िन प्रतिकृति खोपड़ियाँ, 40 नग", "IN", 20, 200, "USD", qty=40)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "JP", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (telescope mirror cleaning)", "JP", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-76-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "KR", "DE", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model engines)", "KR", 1.1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-76-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "280540",
     "Waste metallic mercury from a decommissioned liquid-mirror telescope, for stabilisation and storage, 1 t", "CH",
     1000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-76-0117")], "notified waste mercury to a licensed storage plant"),
    ("PRM-04", "waste", "import", "BEROAD01", "road", "NO", "BE", "853931",
     "Waste mercury-containing UV and fluorescent lamps, for recycling at a licensed plant, 4 t", "NO", 4000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-76-0088")], "notified waste lamps to a licensed recycler"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "US", "CZ", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "CZ-MZP-ODS-76-006")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "US", "NL", "290379",
     "HCFC-141b, analytical reference standard, 5 x 1 ml, for essential laboratory use", "US", 0.05, 5, 400, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-76-014")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "830629",
     "Brass planispheric astrolabe, Paris, c. 1680, sold at auction to a US museum", "FR", 1.8, 1, 140000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-76-0412")], "astrolabe exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "GB", "900580",
     "Brass achromatic refractor with equatorial mount, Vienna, c. 1850, loan to a UK museum", "CZ", 40, 1, 80000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-76-0093")], "refractor exported with the EU export licence and the Czech permit"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "NO", "852589",
     "Space-qualified star trackers, 4 units, for a Norwegian small-satellite maker", "DE", 12, 4, 360000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-76-1187"), ("END_USER_CERTIFICATE", "NO-KSAT-EUC-76-0021")],
     "dual-use star trackers under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "JP", "852589",
     "InGaAs SWIR camera cores 640 x 512, 2 units, for a Japanese astronomical observatory", "NL", 4, 2, 50000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-76-0342"), ("END_USER_CERTIFICATE", "JP-NAOJ-EUC-76-0008")],
     "dual-use infrared cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "ID", "FR", "050800",
     "Cultured stony coral skeletons (Acropora spp.), 200 pieces, for a natural-science shop", "ID", 40, 200, 1600,
     "USD", [("CITES_PERMIT", "ID-KLHK-76-0519")], "App. II cultured coral with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "VN", "IT", "420231",
     "Reticulated python leather telescope-eyepiece cases (Malayopython reticulatus), 300 units", "VN", 45, 300,
     6000, "USD", [("CITES_PERMIT", "VN-CITES-76-0288")], "App. II python leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-05": "Central Laboratoř s.r.o.",
    "PRM-06": "Horizon Analytisch Lab BV", "PRM-11": "Vega Aquariophilie SARL", "PRM-12": "Orion Ottica Astronomica Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # telescope makers and dealers, astronomy shops, observatories, science-kit sellers and mineral dealers
    ("340290", "Telescope mirror-cleaning fluid, surfactant-based, 100 ml", "import", ["post", "express"], ["JP", "US"], (30, 60), (1, 3), ["USD", "JPY"], 8, S),
    ("283230", "Photographic fixer, sodium thiosulphate, powder, 1 kg", "import", ["post"], ["GB", "RS"], (8, 16), (1, 4), ["GBP", "EUR"], 1, S),
    ("284321", "Silver nitrate crystals, 99.9 %, 100 g, for mirror silvering", "import", ["express"], ["US", "CL"], (900, 1400), (1, 2), ["USD"], 10, S),
    ("291711", "Oxalic acid dihydrate, technical, 25 kg sacks", "import", ["sea"], ["IN", "CN"], (0.8, 1.4), (8000, 20000), ["USD"], 0.04, S),
    ("290512", "Isopropyl alcohol 99 %, 1 l bottles, for cloud chambers", "import", ["air"], ["KR", "US"], (3, 6), (100, 400), ["USD"], 1.2, S),
    ("283630", "Sodium bicarbonate, food grade, 25 kg bags", "import", ["sea"], ["VN", "TR"], (0.4, 0.8), (10000, 22000), ["USD", "EUR"], 0.04, S),
    ("283340", "Potassium alum crystals for crystal-growing kits, 1 kg", "import", ["air"], ["TH", "CN"], (2, 5), (100, 400), ["USD"], 1, S),
    ("340290", "Eyepiece lens-cleaning fluid, isopropanol-based, 30 ml", "import", ["road"], ["BA", "TR"], (10, 20), (200, 800), ["EUR"], 20, S),
    ("761300", "Aluminium cylinders for compressed CO2, empty, new", "import", ["sea"], ["CN", "TR"], (6, 10), (2000, 6000), ["USD"], 0.3, S),
    ("370790", "Photographic developer and fixer kits, unused, boxed", "export", ["road"], ["RS", "UA"], (6, 12), (500, 2000), ["EUR"], 0.5, S),
    ("940171", "Reclining planetarium and cinema seats, new", "import", ["sea"], ["CN", "TR"], (8, 14), (3000, 8000), ["USD"], 0.04, S),
    ("950300", "Children's chemistry experiment sets, boxed", "import", ["sea"], ["CN", "GB"], (8, 14), (1000, 4000), ["USD", "GBP"], 1.2, S),
    ("900580", "Smart telescopes with built-in camera, new, boxed", "import", ["air"], ["CN", "FR"], (200, 400), (100, 400), ["USD", "EUR"], 0.3, S),
    ("681182", "Fibre-cement roofing sheets, asbestos-free, new", "export", ["road"], ["BA", "RS"], (0.6, 1.2), (10000, 22000), ["EUR"], 0.05, S),
    ("853939", "Shortwave UV hand lamps for mineral collectors, new", "import", ["post", "express"], ["US", "DE"], (60, 120), (1, 3), ["USD", "EUR"], 2, S),
    ("851310", "Rechargeable red-light astronomy torches", "import", ["post", "express"], ["CN", "MY"], (30, 60), (1, 3), ["USD"], 6, S),
    ("381400", "Optical cleaning solvent, ethanol-based, 250 ml", "import", ["air"], ["EG", "US"], (8, 16), (50, 200), ["USD"], 4, S),
    ("842410", "Dry-powder fire extinguishers, 6 kg, certified", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR"], 0.16, S),
    ("291439", "Ethyl acetate, technical, 180 kg drums", "import", ["sea"], ["CN", "IN"], (1, 2), (6000, 16000), ["USD"], None, S),
    ("382499", "Glycol coolant for cooled CCD cameras, 1 l", "import", ["air"], ["CN", "US"], (6, 12), (50, 200), ["USD"], 1, S),
    ("900290", "Telescope eyepieces, 1.25 inch, boxed", "import", ["air"], ["CN", "TW"], (60, 120), (50, 300), ["USD"], 6, S),
    ("851680", "Dew-heater straps for telescopes, USB", "import", ["post", "express"], ["CN", "HK"], (40, 80), (1, 3), ["USD"], 6, S),
    ("830629", "Brass desk astrolabes and armillary spheres, new, decorative", "import", ["sea"], ["IN"], (8, 14), (1000, 3000), ["USD"], 0.8, S),
    ("262099", "Iron-meteorite display fragments, catalogued, with provenance", "import", ["post"], ["US", "MA"], (150, 300), (1, 2), ["USD"], 10, S),
    ("691390", "Ceramic museum-shop replica tablets, new, moulded", "import", ["sea"], ["CN", "TR"], (3, 6), (1000, 3000), ["USD"], 2, S),
    ("900580", "Dobsonian reflecting telescopes, 200 mm, new", "import", ["sea"], ["CN", "TW"], (15, 25), (3000, 9000), ["USD"], 0.04, S),
    ("251690", "Amethyst geodes, rough, Brazilian", "import", ["sea"], ["BR", "UY"], (1.5, 3), (3000, 10000), ["USD"], 0.1, S),
    ("680293", "Polished fossil Orthoceras plates, new", "import", ["sea"], ["MA"], (1.5, 3), (2000, 6000), ["EUR"], 0.2, S),
    ("491199", "Printed star-chart posters and planispheres", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 4, S),
    ("852589", "Cooled CMOS astronomy cameras, new, boxed", "import", ["air"], ["CN"], (400, 800), (20, 100), ["USD"], 1, S),
    ("910400", "GPS-disciplined network time servers, 1U", "import", ["air"], ["US", "GB"], (80, 160), (20, 80), ["USD", "GBP"], 0.2, S),
    ("681511", "Carbon-fibre telescope tubes, finished, 200 mm", "import", ["air"], ["CN", "TW"], (60, 120), (100, 400), ["USD"], 0.3, S),
    ("442199", "Ash-wood telescope tripod legs, lacquered", "import", ["sea"], ["UA", "VN"], (2, 4), (2000, 6000), ["USD", "EUR"], 0.3, S),
    ("902580", "All-sky cloud sensors for observatories, infrared thermometer", "import", ["air"], ["US", "GB"], (150, 300), (20, 80), ["USD", "GBP"], 0.5, S),
    ("900290", "Flat diagonal and collimation mirrors, glass, small", "import", ["air"], ["CN", "JP"], (80, 160), (20, 100), ["USD"], 10, S),
    ("392690", "Resin-embedded mealworm and cricket teaching paperweights", "import", ["post", "express"], ["CN"], (30, 60), (1, 3), ["USD"], 10, S),
    ("910400", "Reproduction pocket sundials with compass, brass", "import", ["post"], ["IN", "CN"], (20, 40), (1, 3), ["USD"], 8, S),
    ("960190", "Polished fossil ammonites, Madagascan, cut pairs", "import", ["sea"], ["MG", "MA"], (2, 4), (1000, 4000), ["USD", "EUR"], 2, S),
    ("901180", "Student compound microscopes, new", "import", ["air"], ["IN", "CN"], (15, 30), (100, 500), ["USD"], 0.5, S),
    ("901890", "Prepared microscope slides, botany and zoology sets", "import", ["express"], ["IN", "CN"], (30, 60), (1, 3), ["USD"], 40, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Stoneware butter bells (French butter keepers)", "import", ["sea"], ["CN", "PT"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 2, N),
        ("701349", "Glass cheese domes on acacia boards", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 0.5, N),
        ("392490", "Plastic fridge herb keepers", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 4, N),
        ("630491", "Knitted hot-water bottle covers, wool blend", "import", ["post", "express"], ["GB", "NP"], (20, 40), (1, 3), ["GBP", "USD"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind304", 20761101, HERE)


if __name__ == "__main__":
    main()
