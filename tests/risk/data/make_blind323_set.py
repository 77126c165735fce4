#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-third blind set (tests/risk/data/blind323-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2080, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: escape rooms, laser tag and indoor
entertainment (escape-room operators and their prop and puzzle builders, laser-tag and
arena operators and their equipment importers, family entertainment centres, trampoline
parks, bowling and arcade halls, and the special-effects and theming suppliers they buy from).
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
only where a real declaration would. Ids are BL323-*:

    python3 tests/risk/data/make_blind323_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2080, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2080
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CZAIR01", "express", "CN", [], "CZ", "382499",
         "密室逃脱道具用隐形墨水显影液 (紫外线), 500毫升 x 8瓶", "CN", 4.6, 8, 160, "CNY",
         "the developers escape-room builders use to reveal invisible-ink clues are a few millilitres of "
         "fluorescent or pH-indicator solution in spray pens; these eight half-litre bottles hold a water-clear "
         "liquid of 1.13 kg/l with vented caps that whitens the fingers and fizzes on rust: about 35 % hydrogen "
         "peroxide (Annex I above 12 %), sent by express from Shenzhen to a private escape-room owner in Brno; "
         "Chinese wording (hydrogen peroxide repeats in many sets and an invisible-ink label once, blind202, on "
         "another precursor for spy kits; an escape-room invisible-ink developer was found in no earlier row)", person("Petr Dvořák", "CZ")),
        ("PRE-02", "import", "HUAIR01", "air", "UA", [], "HU", "271019",
         "Паливо для генератора диму лазертаг-арени, 1 л, 36 пляшок", "UA", 41, 36, 220, "EUR",
         "laser-tag arenas run their fog machines on a glycol and water fluid of 1.04 kg/l that never burns; these "
         "36 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l whose drum label under the sticker reads "
         "'CH3NO2', for a Budapest laser-tag arena that resells the 'fuel' to model-engine hobbyists: nitromethane "
         "(Annex I above 16 %) made available to members of the public, flown from Kyiv; Ukrainian wording "
         "(nitromethane repeats in many sets and fog-machine labels in a few, blind118, blind194, blind199, "
         "blind287, on other goods; kept as a repeat of the label, a laser-tag arena's smoke fuel is the new part)",
         firm("Fotonharc Aréna Kft.", "HU")),
        ("PRE-03", "import", "FRSEA01", "sea", "TN", [], "FR", "340290",
         "Nettoyant pour pistes de bowling, concentré, bidons 5 l, 600 bidons", "TN", 5520, 600, 3000, "EUR",
         "bowling-lane cleaners are mild, soapy, slightly alkaline liquids of about 1.01 kg/l; these 600 cans hold "
         "a colourless, oily liquid of 1.84 kg/l that grows hot with water and chars the carton where it leaked, "
         "for a Marseille bowling-supply firm whose web shop sells the cans to anyone: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for members of the public, by sea from Radès; Tunisian French wording "
         "(sulphuric acid repeats in many sets and a bowling-lane cleaner concentrate once, blind313, from Japan; "
         "kept as a repeat of the label, Tunisian wording by sea on sulphuric acid is the new part)",
         firm("Quilles et Pistes Méditerranée SARL", "FR")),
        ("PRE-04", "import", "PLAIR01", "air", "IN", [], "PL", "320649",
         "यूवी ब्लैकलाइट फ्लोरोसेंट पेंट पाउडर, एस्केप रूम के लिए, 1 किलो, 300 पैकेट", "IN", 300, 300, 900, "USD",
         "UV-reactive paint pigments for black-light escape rooms are brightly coloured, glowing, insoluble "
         "powders; these 300 packets hold a white, crystalline powder that dissolves slowly, does not glow under UV, "
         "flares with sugar on a hot plate and whose liners read 'KClO4', for a Kraków theming shop that sells "
         "the packs over the counter: potassium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, flown from Delhi to Katowice; Hindi wording (potassium perchlorate repeats in many sets; a "
         "black-light pigment label, hidden as the second item of a three-item declaration among real UV paints and "
         "black-light tubes, was found in no earlier row by a keyword search)",
         dict(firm("Neon Kraina Dekoracje Sp. z o.o.", "PL"),
              _more_items=[item("940549", "UV black-light LED bars, 120 pcs", "IN", 60, 1200, "USD", qty=120),
                           item("321000", "UV-reactive wall paint, 1 l, 200 tins", "IN", 240, 1400, "USD", qty=200)])),
        ("PRE-05", "import", "NLSEA01", "sea", "EG", [], "NL", "310230",
         "حبيبات امتصاص لأرضيات صالات الترامبولين، أكياس 25 كغ، 800 كيس", "EG", 20000, 800, 6400, "USD",
         "the absorbent granules trampoline parks spread under foam pits are grey clay or cellulose crumbs; these "
         "800 sacks hold white prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot "
         "plate, for a Rotterdam indoor-play supplier that re-packs them in 1 kg tubs sold online: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Alexandria; "
         "Egyptian Arabic wording (ammonium nitrate repeats in many sets and absorbent labels in several; a "
         "trampoline-park floor-absorbent label was found in no earlier row)", firm("Sprongpark Groothandel BV", "NL")),
        ("PRE-06", "import", "ATPOST01", "post", "TH", [], "AT", "284290",
         "ผงเอฟเฟกต์ประกายไฟสำหรับห้องหนีภัย (ประกอบฉาก), 4 x 500 ก.", "TH", 2.0, 4, 90, "USD",
         "the 'spark' effects escape-room props use are LED flicker units or cold-spark granules of titanium "
         "alloy; these four tubs hold loose white crystals that flare on a match with sugar and whose inner bags "
         "read 'NaClO3': sodium chlorate (Annex I above 40 %), posted from Bangkok to a private prop builder in "
         "Graz; Thai wording (sodium chlorate repeats in many sets; a prop spark-effect label was found in no "
         "earlier row by a keyword search)", person("Lukas Gruber", "AT")),
        ("PRE-07", "import", "BEAIR01", "air", "BR", [], "BE", "381090",
         "Removedor de oxidação para cofres e cadeados de salas de fuga, 1 l, 150 frascos", "BR", 210, 150, 600, "USD",
         "the rust removers escape-room builders use to 'age' and free old padlocks and safes are phosphoric gels "
         "of 1.1 kg/l; these 150 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat "
         "copper wire, for a Ghent escape-room prop supplier that sells them online: about 65 % nitric acid "
         "(Annex I above 3 %) retail-packed for members of the public, flown from São Paulo to Brussels; Brazilian "
         "Portuguese wording (nitric acid repeats in many sets; a padlock-and-safe rust remover was found in no "
         "earlier row by a keyword search)", firm("Puzzelkamer Rekwisieten BV", "BE")),
        ("PRE-08", "import", "ESSEA01", "sea", "CN", [], "ES", "283421",
         "硝酸钾, 烟雾弹道具用 (激光枪战场地), 25公斤袋, 600袋", "CN", 15000, 600, 7200, "USD",
         "potassium nitrate for the smoke props of outdoor laser-tag fields is a white, cooling-tasting salt that "
         "melts quietly; these 600 bags hold shiny flakes that spit violet sparks on a hot iron and the maker's "
         "sheet gives CAS 3811-04-9, for a Valencia laser-tag equipment importer that re-bags the salt in 1 kg "
         "packs: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from "
         "Ningbo; Chinese wording (potassium chlorate repeats in many sets and nitrate labels on it in a few; a "
         "laser-tag smoke-prop label was found in no earlier row)", firm("Láser Combate Ibérica SL", "ES")),
        ("PRE-09", "import", "SEAIR01", "air", "VN", [], "SE", "281820",
         "Bột mài bóng làn bowling, trắng, 1 kg, 400 gói", "VN", 400, 400, 520, "USD",
         "lane-resurfacing abrasive is a hard, sharp alumina grit that never dissolves; these 400 packets hold a "
         "soft, white, hygroscopic powder that dissolves at once and burns fiercely with sugar, for a Gothenburg "
         "bowling-hall supplier selling over the counter: sodium perchlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Hanoi to Stockholm; Vietnamese wording (sodium perchlorate "
         "repeats in many sets and blasting-grit labels in a few; a bowling-lane abrasive was found in no earlier row)",
         firm("Strike Hallservice AB", "SE")),
        ("PRE-10", "import", "SKROAD01", "road", "UA", [], "SK", "340290",
         "Koncentrát na dezinfekciu laserových viest a prilieb, 5 l, 360 kanistrov (1. z 3 dodávok)", "UA",
         2160, 360, 1800, "EUR",
         "the sanitisers arenas spray on shared laser-tag vests and VR headsets are mild quaternary-ammonium "
         "liquids of 1.00 kg/l; these 360 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has "
         "vented caps and whitens the skin, the first of three vans booked that week each under 2.5 t, for a "
         "Košice arena-equipment firm selling the cans to the public: about 50 % hydrogen peroxide (Annex I above "
         "12 %), at Vyšné Nemecké; Slovak wording (hydrogen peroxide repeats in many sets and splits over vans in "
         "blind264 and later sets, kept as a repeat of the split; a laser-tag-vest sanitiser was found in no "
         "earlier row)", firm("Arena Vybavenie s.r.o.", "SK")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "NG", "950450",
         "Gebrauchte Arcade-Automaten, funktionsfähig, 140 Stück", "DE", 16800, 140, 14000, "EUR",
         "working second-hand arcade cabinets are sold tested, with keys and manuals, at several hundred euros "
         "each; these 140 cabinets from closed German family entertainment centres have smashed CRT and LCD "
         "screens, missing boards and burnt power supplies, at 100 EUR each, bought by a Lagos dismantler: "
         "waste electrical equipment with cathode-ray tubes (A1180, hazardous), whose export to a non-OECD "
         "country is banned, from Hamburg to Apapa; German wording (arcade machines repeat in several sets, "
         "blind124, blind126, blind131 among them; kept as a repeat, cabinets from entertainment centres to Lagos "
         "are the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "GH", "850760",
         "Lasergame-vesten met accu, gebruikt, werkend, 2.400 stuks", "NL", 4800, 2400, 7200, "EUR",
         "second-hand laser-tag vests are resold as working sets with phasers and chargers; these gaylords hold "
         "vests stripped of their sensors, with swollen, leaking lithium packs taped inside and cut cables, "
         "collected from Dutch arenas that changed systems, for a Tema battery 'recycler': waste lithium-ion "
         "batteries and e-waste (hazardous), whose export to a non-OECD country is banned; Dutch wording "
         "(lithium batteries repeat in many sets and used laser-tag vests once, blind202, from Ireland; kept as a "
         "repeat of the label, swollen vest packs from the Netherlands are the new part)", {"importer_country": "GH"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "401519",
         "Granulat gumowy do parków trampolin, nowy, big bagi, 22 t", "PL", 22000, None, 2200, "EUR",
         "new rubber crumb and foam cubes for trampoline-park pits are clean, graded and bagged; these big bags "
         "hold shredded worn-out foam-pit cubes, trampoline beds and padding with their PVC covers and staples, "
         "mouldy and mixed, from a Warsaw park refit, bought by a Lviv 'insulation' yard: mixed plastic and "
         "rubber waste (Y46/A3210 ordering not met), shipped without the notification a mixed plastic waste "
         "export needs; Polish wording (rubber crumb repeats in a few sets; trampoline-park pit foam was found in "
         "no earlier row)", {"importer_country": "UA"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "CI", "950490",
         "Pistes de bowling d'occasion, démontées, avec machines, 1 lot", "FR", 24000, None, 9000, "EUR",
         "a dismantled bowling centre for Abidjan: lane boards and pinsetters are what Lyon resellers ship, but "
         "the lane boards are old, lacquered synthetic overlays with asbestos-backed underlay and the pinsetters "
         "leak PCB-oil capacitors and hydraulic oil: hazardous waste (A2050, A1180) whose export to a non-OECD "
         "country is banned, from Le Havre; French wording (bowling labels repeat in four rows, blind210, "
         "blind256, blind273, blind313; a dismantled bowling centre as waste was found in no earlier row)",
         {"importer_country": "CI"}),
        ("WST-05", "export", "ITSEA01", "sea", "IT", [], "EG", "854370",
         "Macchine del fumo per sale giochi, usate, revisionate, 900 pezzi", "IT", 6300, 900, 4500, "EUR",
         "reconditioned fog machines come boxed and tested with new pumps; these cartons hold dead fog and haze "
         "machines, moving-head lights and strobes from Italian escape rooms and arcades, cracked, corroded and "
         "oily with glycol, bought by weight by a Cairo dismantler: e-waste (A1180) whose export to a non-OECD "
         "country is banned, from Genoa to Alexandria; Italian wording (fog machines repeat in four rows; dead "
         "escape-room effect lights were found in no earlier row)", {"importer_country": "EG"}),
        ("WST-06", "export", "BEAIR01", "air", "BE", [], "PK", "852852",
         "VR headsets, refurbished, grade B, 600 pcs", "BE", 360, 600, 6000, "EUR",
         "refurbished VR headsets are cleaned, tested and boxed with controllers; these cartons hold headsets "
         "from Belgian VR arcades with cracked lenses, swollen batteries and sweat-rotted foam, untested and "
         "unboxed, bought by weight by a Karachi dismantler: e-waste with lithium batteries (A1180), whose export "
         "to a non-OECD country is banned; Flemish English wording (VR headsets once, blind168; VR arcade headsets "
         "as e-waste were found in no earlier row)", {"importer_country": "PK"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MA", "271019",
         "Aceite para pistas de bolos, usado para reciclar como nuevo, IBC, 20 unidades", "ES", 18000, 20, 3600, "EUR",
         "bowling-lane conditioning oil is a clean, pale mineral oil in sealed 3.8 l jugs; these IBCs hold dark "
         "used oil mixed with lane cleaner, pinsetter hydraulic oil and water, drained from Madrid bowling "
         "centres: waste oils (13 01 10*, 13 08 99*), hazardous waste, declared as a product, by sea from "
         "Algeciras to Tanger Med for a 'lubricant blender'; Spanish wording (waste oils repeat in many sets; "
         "used lane oil was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-08", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "950300",
         "Softplay-Elemente, gebraucht, gereinigt, 12 t", "AT", 12000, None, 2400, "EUR",
         "used soft-play modules for resale are cleaned, whole and bagged with their frames; these trailers hold "
         "torn PVC-coated foam, tubes, netting and ball-pit balls from a Vienna indoor playground's demolition, "
         "soiled and mixed, for a Bihać 'recycler': mixed plastic waste (Y48) exported without the notification "
         "and consent it needs; Austrian German wording (soft-play and ball-pit waste was found in no earlier row)",
         {"importer_country": "BA"}),
        ("WST-09", "export", "GBSEA01", "sea", "GB", [], "IN", "760200",
         "Aluminium scrap, clean extrusions, 20 t", "GB", 20000, None, 28000, "GBP",
         "clean aluminium extrusion scrap is bright, sorted profile; this container holds aluminium dross and "
         "skimmings from a secondary smelter, grey powder that gives off ammonia when wet: hazardous aluminium "
         "dross (A1080-type, UN3170) whose export needs notification, from Felixstowe to Mundra; British English "
         "wording (aluminium dross repeats in several sets; kept as a repeat, under an extrusion label is the new "
         "part as far as a search found)", {"importer_country": "IN"}),
        ("WST-10", "export", "DKSEA01", "sea", "DK", [], "TR", "470790",
         "Returpapir, sorteret, baller, 24 t", "DK", 24000, None, 1200, "EUR",
         "sorted recovered paper is clean, dry board and paper; these bales hold mixed paper with plastic film, "
         "cans and food residue above 2 %: mixed municipal waste (Y46) under a paper label, needing notification, "
         "from Aarhus to Izmir; Danish wording (paper with contraries repeats in many sets; kept as a repeat, "
         "Danish wording to Izmir is the new part)", {"importer_country": "TR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "CN", [], "DE", "340290",
         "激光对战头盔和护目镜清洁剂, 1升, 120瓶", "CN", 191, 120, 480, "USD",
         "the visor and headset cleaners laser-tag and VR arenas use are isopropanol or water blends of "
         "0.8-1.0 kg/l that burn or foam; these 120 bottles weigh 1.59 kg/l, do not burn and smell sweet like "
         "chloroform: carbon tetrachloride, whose import into the Union is banned, flown from Guangzhou to "
         "Frankfurt for a laser-tag equipment importer; Chinese wording (carbon tetrachloride repeats in many "
         "sets and optics-cleaner labels on it in several; kept as a repeat, a laser-tag visor cleaner is the new "
         "part as far as a search found)", firm("Phaser Arena Technik GmbH", "DE")),
        ("OZN-02", "import", "NLAIR01", "air", "JP", [], "NL", "381400",
         "脱出ゲーム小道具用 接着剤リムーバー 500ml、240本", "JP", 160, 240, 720, "USD",
         "adhesive removers for stripping props and theming panels are citrus or naphtha blends of about "
         "0.8 kg/l that burn; these 240 bottles weigh 1.31 kg/l, do not burn and evaporate cold from the hand, "
         "and the filler's inner labels read 'CH3CCl3': 1,1,1-trichloroethane (methyl chloroform), whose import "
         "into the Union is banned, flown from Osaka to Amsterdam for an escape-room builder; Japanese wording "
         "(methyl chloroform repeats in several sets and adhesive-remover labels on it in a few; a prop adhesive "
         "remover from Japan was found in no earlier row)", firm("Ontsnappingskamer Bouw BV", "NL")),
        ("OZN-03", "import", "PTSEA01", "sea", "CN", [], "PT", "841869",
         "Máquinas de neve artificial para parques de diversão interiores, 40 unidades", "CN", 6000, 40, 28000, "USD",
         "indoor snow and 'frost' effect machines for theme rooms run on a foam fluid or an R-290 chiller; these "
         "40 units carry factory-charged cylinders and compressors labelled 'R-22' in the Chinese test reports: "
         "equipment charged with HCFC-22, whose placing on the Union market is banned, by sea from Ningbo to "
         "Sines for a Lisbon indoor-park fitter; Portuguese wording (HCFC-22 equipment repeats in many sets and snow-effect labels twice, blind287 and "
         "blind316, on precursors; R-22 snow-effect machines were found in no earlier row)",
         firm("Mundo Indoor Diversões Lda", "PT")),
        ("OZN-04", "import", "ROAIR01", "air", "TR", [], "RO", "382499",
         "Sprey ceață rece pentru efecte de cameră de evadare, 400 ml, 600 buc.", "TR", 300, 600, 1200, "EUR",
         "the cold-fog sprays escape rooms puff for 'ghost breath' effects are CO2 or nitrogen cans; these 600 "
         "cans are charged with CFC-12 (dichlorodifluoromethane) as the maker's sheet and the can's small print "
         "'R12' show: a controlled substance in products whose placing on the Union market is banned, flown from "
         "Istanbul to Bucharest for an escape-room chain; Romanian wording (CFC-12 aerosols repeat in several "
         "sets; a cold-fog effect spray was found in no earlier row)", firm("Camera Evadării Grup SRL", "RO")),
        ("OZN-05", "transit", "BEAIR01", "air", "IN", ["BE"], "US", "290379",
         "Fluido de limpieza para proyectores láser de atracciones, bidones 20 l, 30 bidones", "IN", 900, 30, 4500, "USD",
         "the optics fluids laser-show and attraction technicians use are alcohols of 0.8 kg/l; these drums hold a "
         "liquid of 1.25 kg/l that does not burn, labelled in the filler's sheet as HCFC-141b: a controlled "
         "substance whose transit through the Union without a licence is banned, landed at Brussels in transit "
         "from Mumbai to Orlando; Mexican Spanish wording on the labels for the US distributor (HCFC-141b "
         "repeats in many sets and a laser-projector lens cleaner once, blind194; kept as a repeat of the label, a "
         "transit through Brussels is the new part)", {"importer_country": "US"}),
        ("OZN-06", "import", "GRSEA01", "sea", "CN", [], "GR", "842410",
         "Πυροσβεστικά για αίθουσες παιχνιδιών, 6 kg, 300 τεμάχια", "CN", 2400, 300, 6600, "USD",
         "the portable extinguishers fitted in arcades and bowling halls are powder or CO2 units; these 300 "
         "bottles hold halon 1211 (bromochlorodifluoromethane) by the maker's label, refilled in China: a "
         "controlled substance whose placing on the Union market outside critical uses is banned, by sea from "
         "Shanghai to Piraeus for an Athens entertainment-centre fitter; Greek wording (halon 1211 repeats in "
         "several sets and extinguisher labels on it, kept as a repeat; arcade extinguishers are the new part)",
         firm("Diaskedasi Exoplismos AE", "GR")),
        ("OZN-07", "import", "LVROAD01", "road", "BY", [], "LV", "382499",
         "Жидкость для генератора тяжелого дыма, 5 л, 200 канистр", "RU", 1300, 200, 1600, "EUR",
         "low-fog fluid for 'heavy smoke' floor effects is glycol and water used with dry ice; these cans "
         "weigh 1.3 kg/l and evaporate cold, smelling sweet: HCFC-142b and CFC-113 blend, controlled substances "
         "whose import into the Union is banned, Russian made, at Terehova for a Riga escape-room effects shop; "
         "Russian wording (CFC-113 repeats in many sets and low-fog labels in three, blind194, blind199, blind287; kept as a repeat of "
         "the label, Russian wording at Terehova is the new part)",
         firm("Dūmu Efekti SIA", "LV")),
        ("OZN-08", "import", "IEAIR01", "air", "US", [], "IE", "841821",
         "Vintage arcade drinks cooler, restored, 2 pcs", "US", 220, 2, 3000, "USD",
         "an American arcade fit-out for a Dublin family entertainment centre: pinball tables and claw machines "
         "are what the Chicago dealer sends, but the third item's 'restored drinks coolers' are 1950s units still "
         "charged with CFC-12 in their sealed systems: equipment containing CFCs whose placing on the Union "
         "market is banned, hidden as the last item of a three-item declaration; US English wording (CFC "
         "equipment and beverage coolers repeat in several sets, kept as a repeat; behind pinball tables is the "
         "new part)",
         dict(firm("Funland Amusements Ltd", "IE"),
              _more_items=[item("950430", "Pinball machines, refurbished, 4 pcs", "US", 480, 24000, "USD", qty=4),
                           item("950490", "Claw crane machines, used, 3 pcs", "US", 360, 4500, "USD", qty=3)])),
        ("OZN-09", "import", "ITSEA01", "sea", "IN", [], "IT", "290369",
         "Gas tecnico per fumigazione silos, bombole 50 kg, 40 pz", "IN", 2000, 40, 4000, "USD",
         "a technical silo-fumigation gas is phosphine or sulphuryl fluoride; these cylinders hold methyl bromide, "
         "whose import into the Union is banned outside quarantine use, under an other-halide code, by sea from Nhava Sheva to Genoa; Italian "
         "wording (methyl bromide repeats in many sets; kept as a repeat, under 2903 69 is the new part)", {}),
        ("OZN-10", "import", "CYSEA01", "sea", "LB", [], "CY", "382764",
         "Refrigerant gas R-410A, 13.6 kg cylinders, 120 pcs", "LB", 1632, 120, 4200, "USD",
         "R-410A comes in pink cylinders of HFC blend; these cylinders' contents test as HCFC-22 "
         "(chlorodifluoromethane): a controlled substance whose import into the Union is banned, declared under "
         "the HFC-mixture code with an HFC label, by sea from Beirut to Limassol; Lebanese English wording "
         "(HCFC-22 under HFC labels repeats in many sets, kept as a repeat; Beirut to Limassol is the new part)", {}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "EG", [], "DE", "442199",
         "صندوق ألغاز خشبي مصري مقلد لغرف الهروب، قطعة واحدة", "EG", 3, 1, 80, "EUR",
         "the 'Egyptian tomb' puzzle boxes escape rooms buy are new, stained plywood with printed hieroglyphs; "
         "this is a painted cedar box with gesso, original pigments and a dated inscription of a Late Period "
         "official: a shabti box from an Egyptian tomb, whose export Egypt forbids, brought in without the import "
         "licence Regulation 2019/880 requires, sent by express from Cairo to a Leipzig escape-room operator; "
         "Egyptian Arabic wording (Egyptian antiquities repeat in many sets; an escape-room puzzle-box label was "
         "found in no earlier row)", firm("Rätselgruft Leipzig GmbH", "DE")),
        ("CUL-02", "import", "FRAIR01", "air", "PE", [], "FR", "691390",
         "Réplicas de cerámica precolombina para decoración de salas de escape, 12 piezas", "PE", 18, 12, 240, "USD",
         "replica vessels made for theming are new, evenly fired and signed by the workshop; these twelve are "
         "Moche and Nazca stirrup-spout and bridge-spout vessels with soil in the spouts and old restorations: "
         "pre-Columbian archaeological objects whose export Peru forbids, flown from Lima to Paris for a Paris "
         "escape-room chain's 'lost temple' room; Peruvian Spanish wording (pre-Columbian pottery repeats in many "
         "sets; an escape-room theming label was found in no earlier row)", firm("Évasion Temple SAS", "FR")),
        ("CUL-03", "import", "GBAIR01", "air", "IN", [], "GB", "830610",
         "Antique-finish temple bell props for escape room, brass, 6 pcs", "IN", 30, 6, 180, "GBP",
         "new antique-finish props are cast brass with chemical patina; these six are Chola-period bronze lamps "
         "and a temple bell with ritual wear and a temple inventory number scratched on the base: antiquities "
         "whose export India forbids under the Antiquities and Art Treasures Act, flown from Chennai to London "
         "for a Manchester escape-room builder; Indian English wording (Chola bronzes repeat in several sets; "
         "escape-room temple props among new brass props, the first item of a three-item declaration, were found in no "
         "earlier row)",
         dict(firm("Lockdown Rooms Ltd", "GB"),
              _more_items=[item("830610", "Brass antique-finish hand bells, new, 200 pcs", "IN", 120, 900, "GBP", qty=200),
                           item("940549", "Brass hanging lanterns, antique finish, new, 60 pcs", "IN", 90, 700, "GBP", qty=60)])),
        ("CUL-04", "import", "ATROAD01", "road", "RS", [], "AT", "940320",
         "Stara škrinja, dekor za sobu za bekstvo, 1 kom", "RS", 80, 1, 300, "EUR",
         "second-hand chests bought for escape-room sets are plain farmhouse trunks; this is an iron-bound, "
         "painted 17th-century church chest with a Cyrillic inscription of a Serbian monastery: ecclesiastical "
         "cultural property whose export Serbia forbids without a permit, on a van at Nickelsdorf for a Vienna "
         "escape-room operator; Serbian wording (church furniture repeats in a few sets; an escape-room set chest "
         "was found in no earlier row)", firm("Fluchtraum Wien GmbH", "AT")),
        ("CUL-05", "import", "ITPOST01", "post", "GR", [], "IT", "711711",
         "Monete replica per caccia al tesoro, 40 pz", "GR", 0.4, 40, 30, "EUR",
         "the treasure coins escape rooms and family entertainment centres hide are new, gold-coloured zinc; "
         "these 40 are worn silver drachms and bronze coins of Hellenistic mints with encrustation: "
         "archaeological coins whose export Greece forbids, posted from Thessaloniki to a private treasure-hunt "
         "organiser in Bari; Greek wording on the sender's form (ancient coins repeat in many sets; a "
         "treasure-hunt replica label was found in no earlier row)", person("Giuseppe Lombardi", "IT")),
        ("CUL-06", "import", "NLSEA01", "sea", "ID", [], "NL", "442199",
         "Dekorasi ruang pelarian, topeng kayu, 20 buah", "ID", 60, 20, 400, "USD",
         "carved masks for theming are new, fresh-cut and lacquered; these include old Batak and Dayak ancestor "
         "figures with eroded surfaces and sacrificial patina: ethnographic cultural property whose export "
         "Indonesia restricts, by sea from Surabaya to Rotterdam for a Dutch escape-room chain; Indonesian "
         "wording (Indonesian ancestor figures repeat in a few sets; an escape-room mask label was found in no "
         "earlier row)", firm("Escape Jungle Nederland BV", "NL")),
        ("CUL-07", "import", "BEAIR01", "air", "LB", [], "BE", "970690",
         "Antiquités, collection familiale, 8 pièces", "SY", 6, 8, 2000, "EUR",
         "Roman and Byzantine lamps and glass from Syria declared as a family collection via Beirut without the "
         "import licence Regulation 2019/880 requires; Lebanese French wording (Syrian antiquities via Lebanon "
         "repeat in many sets; kept as a repeat, to Brussels by air is the new part)", {}),
        ("CUL-08", "transit", "DEAIR01", "air", "IQ", ["DE"], "US", "491199",
         "Printed paper documents, old, 30 sheets", "IQ", 1, 30, 100, "USD",
         "Ottoman-period Jewish community manuscripts from Iraq as printed papers, landed at Frankfurt in transit "
         "to New York; English wording (Iraqi manuscripts repeat in several sets; kept as a repeat, a transit "
         "through Frankfurt is the new part)", {"importer_country": "US"}),
        ("CUL-09", "import", "HRSEA01", "sea", "MA", [], "HR", "680291",
         "Sculptures en pierre, décoratives, 3 pièces", "MA", 900, 3, 1500, "EUR",
         "Roman marble funerary stelae from Volubilis as decorative stone, by sea from Tanger Med to Rijeka; "
         "Moroccan French wording (Roman stelae repeat in several sets; kept as a repeat, to Croatia is the new "
         "part)", {}),
        ("CUL-10", "import", "PLAIR01", "air", "AM", [], "PL", "490199",
         "Հին գրքեր, 5 հատ", "AM", 8, 5, 400, "USD",
         "medieval Armenian illuminated gospels declared as old books, whose export Armenia forbids, flown from "
         "Yerevan to Warsaw; Armenian wording (Armenian manuscripts repeat in several sets; kept as a repeat, to "
         "Warsaw is the new part)", {}),
    ],
    "strategic": [
        ("STR-01", "export", "FIROAD01", "road", "FI", [], "RU", "950450",
         "Arcade-pelikoneet, käytetyt, 20 kpl", "FI", 3000, 20, 8000, "EUR",
         "used arcade cabinets are old CRT or LCD machines; these 20 are new VR motion simulators with gaming "
         "PCs, high-end graphics cards and motion platforms, worth ten times the declared value, for a St "
         "Petersburg 'entertainment centre': goods (including 8471 and 8473 computing parts) whose export to "
         "Russia Regulation 833/2014 forbids, at Vaalimaa; Finnish wording (arcade and gaming goods for Russia "
         "repeat in a few sets and VR arcade stations once, blind313; VR simulators as used arcade machines at a "
         "Finnish road crossing were found in no earlier row)",
         {"importer_country": "RU"}),
        ("STR-02", "export", "LTROAD01", "road", "LT", [], "KZ", "950490",
         "Lazerinių kovų įranga: fazeriai ir liemenės, 200 kompl.", "LT", 800, 200, 24000, "EUR",
         "laser-tag phasers carry infrared LEDs and plastic lenses; these cases hold 200 military MILES-type "
         "laser engagement simulators with eye-safe laser emitters and encrypted radios, for an Almaty "
         "'laser-tag club' whose freight goes on to Russia: military training equipment (Common Military List "
         "ML14) and radios on the high-priority list, forbidden for Russia under Regulation 833/2014 and its "
         "anti-circumvention rules; Lithuanian wording (laser-tag sets as a strategic cover once, blind202, from "
         "Latvia, and MILES simulators in several sets; kept as a repeat of the cover, phasers with encrypted radios "
         "to Almaty are the new part)", {"importer_country": "KZ"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "900211",
         "Objektive für Lasertag-Arenen, 60 Stück", "DE", 30, 60, 6000, "EUR",
         "the lenses in laser-tag phasers are plastic collimators costing a few euros; these 60 are germanium "
         "thermal-imaging lenses for cooled infrared cameras, for a Dubai 'laser-tag arena builder' that re-exports "
         "to Iran: dual-use optics (EU 2021/821, 6A004) and goods for Iran under Regulation 267/2012; German "
         "wording (thermal-camera lenses repeat in a few sets; laser-tag lenses were found in no earlier row)",
         {"importer_country": "AE"}),
        ("STR-04", "export", "PLAIR01", "air", "PL", [], "AM", "880699",
         "Drony do pokazów świetlnych w centrach rozrywki, 40 szt.", "PL", 120, 40, 16000, "EUR",
         "indoor show drones are 250 g plastic quadcopters with LEDs; these 40 are carbon-frame FPV drones with "
         "long-range video links and payload release, for a Yerevan 'entertainment' firm whose freight goes on to "
         "Russia: unmanned aerial vehicles whose export and re-export to Russia Regulation 833/2014 forbids; "
         "Polish wording (drones for Russia via third countries repeat in many sets and light-show drone labels in "
         "three, blind199, blind243, blind296; kept as a repeat of the label, entertainment centres to Yerevan are the "
         "new part)", {"importer_country": "AM"}),
        ("STR-05", "export", "NLAIR01", "air", "NL", [], "KG", "847130",
         "Gaming-pc's voor VR-arcades, 30 stuks", "NL", 450, 30, 30000, "EUR",
         "VR-arcade gaming PCs are desktop towers; these 30 cartons hold rack servers with eight data-centre GPUs "
         "each, for a Bishkek 'VR arcade' whose freight goes on to Moscow: high-performance computing goods on "
         "the common high-priority list whose re-export to Russia Regulation 833/2014 forbids; Dutch wording "
         "(GPUs to Russia via Central Asia repeat in several sets and VR arcade stations once, blind313, to Armenia; "
         "GPU servers as VR-arcade gaming PCs were found in no earlier row)",
         {"importer_country": "KG"}),
        ("STR-06", "export", "ATAIR01", "air", "AT", [], "TR", "901380",
         "Laser-Showsysteme für Indoor-Freizeitparks, 4 Stück", "AT", 160, 4, 40000, "EUR",
         "indoor laser-show projectors are a few watts of diode lasers with scanners; these four hold 60 W "
         "diode-pumped solid-state lasers with beam-control optics for an Istanbul 'park fitter' whose buyer is a "
         "Russian firm: lasers (EU 2021/821, 6A005) whose export to Russia is forbidden and whose third-country "
         "export needs a licence; Austrian German wording (lasers repeat in many sets and laser-show projector "
         "labels in several, blind199, blind244; kept as a repeat of the label, indoor parks through Istanbul are the "
         "new part)", {"importer_country": "TR"}),
        ("STR-07", "transit", "SIROAD01", "road", "TR", ["SI"], "RS", "950490",
         "Trampolin park ekipmanı, çelik çerçeveli, 1 tır", "TR", 16000, None, 20000, "EUR",
         "a trampoline-park fit-out for Serbia: trampoline frames and pads are what the Bursa maker ships, but "
         "crates inside hold 120 armoured vest plates and 60 ballistic helmets for a Belgrade buyer whose freight "
         "goes on to Russia: military goods (Common Military List ML13) and goods forbidden for Russia, moving in "
         "transit through Slovenia without a licence; Turkish wording (body armour repeats in many sets; inside a "
         "trampoline-park fit-out was found in no earlier row)", {"importer_country": "RS"}),
        ("STR-08", "export", "CZROAD01", "road", "CZ", ["SK", "UA"], "MD", "843049",
         "Vrtné soupravy, použité, 2 ks", "CZ", 24000, 2, 60000, "EUR",
         "used drilling rigs for Moldova are in fact new oilfield rigs for a Transnistrian buyer re-exporting to "
         "Russia, whose export Regulation 833/2014 forbids; Czech wording (drilling rigs repeat in several sets; "
         "kept as a repeat, by road to Moldova is the new part)", {"importer_country": "MD"}),
        ("STR-09", "export", "BGSEA01", "sea", "BG", [], "GE", "292219",
         "Триетаноламин, технически, варели, 10 т", "BG", 10000, None, 16000, "EUR",
         "triethanolamine (CWC Schedule 3, Australia Group) to a Poti buyer re-exporting to Russia without a "
         "licence; Bulgarian wording (triethanolamine repeats in several sets; kept as a repeat, Burgas to Poti "
         "is the new part)", {"importer_country": "GE"}),
        ("STR-10", "export", "EEROAD01", "road", "EE", ["LV"], "KZ", "854239",
         "Elektroonikakomponendid, sortiment, remondiks", "EE", 60, 9000, 12000, "EUR",
         "CHPL integrated circuits as assorted repair components to Kazakhstan for re-export to Russia; "
         "Estonian wording (ICs repeat in many sets; kept as a repeat, a Latvian transit by road is the new part)",
         {"importer_country": "KZ"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "ID", [], "DE", "442199",
         "Dekorasi hutan untuk ruang pelarian, kayu berukir, 40 buah", "ID", 400, 40, 1200, "USD",
         "carved 'jungle' panels for escape-room theming are soft, pale albizia; these 40 are heavy, dark, "
         "scented agarwood-veined logs and a ramin frame: Aquilaria and Gonystylus timber (CITES App. II) without "
         "export permits, flown from Jakarta to Frankfurt for an escape-room builder; Indonesian wording "
         "(agarwood and ramin repeat in several sets; escape-room jungle theming was found in no earlier row)",
         firm("Abenteuerraum Kulissen GmbH", "DE")),
        ("WLF-02", "import", "FRAIR01", "express", "MG", [], "FR", "950300",
         "Accessoires pour salle d'évasion, carapaces décoratives en résine, 6 pièces", "MG", 5, 6, 60, "EUR",
         "resin tortoise shells for escape-room 'explorer's cabinet' sets are light, hollow casts; these six are "
         "real radiated-tortoise carapaces with keratin scutes: Astrochelys radiata (CITES App. I) without "
         "permits, sent by express from Antananarivo to a Nantes escape-room operator; Malagasy French wording "
         "(radiated tortoises repeat in many sets; an escape-room resin-shell label was found in no earlier row)",
         firm("Évasion Nantaise SARL", "FR")),
        ("WLF-03", "import", "ESAIR01", "air", "MX", [], "ES", "970510",
         "Cráneos de resina para decoración de sala de escape, 10 piezas", "MX", 12, 10, 150, "USD",
         "resin skull replicas weigh little and show casting seams; these ten are real jaguar and ocelot skulls "
         "with teeth rooted in bone: Panthera onca and Leopardus pardalis (CITES App. I) without permits, flown "
         "from Mexico City to Madrid for an escape-room horror room; Mexican Spanish wording (big-cat skulls repeat "
         "in several sets and resin-replica labels in a few, blind265; kept as a repeat of the label, an "
         "escape-room horror room is the new part)", firm("Terror Escape Madrid SL", "ES")),
        ("WLF-04", "import", "BEAIR01", "air", "CD", [], "BE", "442199",
         "Masques décoratifs pour salles de jeux, 30 pièces", "CD", 20, 30, 300, "EUR",
         "theming masks from Kinshasa workshops are wood and raffia; these carry genuine elephant-ivory teeth "
         "and leopard-skin trims: Loxodonta ivory (CITES App. I) and Panthera pardus skin without permits, flown "
         "from Kinshasa to Brussels for a Liège escape-room builder; Congolese French wording (ivory and leopard "
         "skin repeat in many sets; escape-room masks were found in no earlier row)",
         firm("Jungle Quest Liège SRL", "BE")),
        ("WLF-05", "import", "NLAIR01", "air", "TH", [], "NL", "950490",
         "Laser tag accessories, assorted, 300 pcs", "TH", 60, 300, 900, "USD",
         "a laser-tag accessories shipment for an Utrecht arena: headbands and phaser straps are what the Bangkok "
         "supplier sends, but the third item's 'decorative trophy inserts' are 40 carved hornbill-casque and "
         "helmeted-hornbill ivory pendants: Rhinoplax vigil (CITES App. I) without permits, hidden as the last item "
         "of a three-item declaration, flown from Bangkok to Amsterdam; Thai English wording (helmeted hornbill "
         "repeats in several sets; behind laser-tag accessories is the new part)",
         dict(firm("Lasergame Utrecht BV", "NL"),
              _more_items=[item("392690", "Phaser shoulder straps, 400 pcs", "TH", 40, 600, "USD", qty=400),
                           item("960190", "Decorative trophy inserts, carved, 40 pcs", "TH", 1, 200, "USD", qty=40)])),
        ("WLF-06", "import", "ITAIR01", "air", "KE", [], "IT", "950300",
         "Arcade prize toys, plush and figures, 500 pcs", "KE", 80, 500, 700, "USD",
         "a claw-machine prize shipment for a Milan arcade operator: plush toys and figures are what the Nairobi "
         "trader sends, but the last item's 'carved bone figurines' are 200 small carvings in elephant ivory: "
         "Loxodonta africana (CITES App. I) without permits, hidden as the last item of a three-item declaration; "
         "Kenyan English wording (ivory carvings repeat in many sets; behind claw-machine prizes is the new part)",
         dict(firm("Sala Giochi Lombarda Srl", "IT"),
              _more_items=[item("950300", "Plastic figures, 300 pcs", "KE", 30, 300, "USD", qty=300),
                           item("960190", "Carved bone figurines, 200 pcs", "KE", 6, 200, "USD", qty=200)])),
        ("WLF-07", "import", "PTSEA01", "sea", "BR", [], "PT", "440349",
         "Toras de ipê, 1 contentor", "BR", 24000, None, 12000, "USD",
         "Brazilian rosewood (Dalbergia nigra, CITES App. I) logs as ipê, by sea from Santos to Leixões; "
         "Brazilian Portuguese wording (Dalbergia nigra repeats in several sets; kept as a repeat, to Leixões is the "
         "new part)", firm("Madeiras do Norte Lda", "PT")),
        ("WLF-08", "transit", "NLAIR01", "air", "NG", ["NL"], "VN", "050800",
         "Ground seashells for poultry feed, 300 kg", "NG", 300, None, 300, "USD",
         "pangolin scales (Manis spp., CITES App. I) as ground seashells, landed at Amsterdam in transit from "
         "Lagos to Hanoi without permits; Nigerian English wording (pangolin scales as shells repeat in many sets; "
         "kept as a repeat, a Schiphol transit is the new part)", {"importer_country": "VN"}),
        ("WLF-09", "import", "SKAIR01", "air", "UZ", [], "SK", "410390",
         "Qo'y terisi, ishlangan, 100 dona", "UZ", 120, 100, 800, "USD",
         "sheepskins are cream, woolly and alike; among them are snow-leopard and lynx pelts among sheepskins: Panthera uncia "
         "(CITES App. I) and Lynx lynx (App. II) without permits, flown from Tashkent to Bratislava; Uzbek "
         "wording (big-cat pelts repeat in several sets; kept as a repeat, Uzbek wording to Bratislava is the new "
         "part)", {}),
        ("WLF-10", "import", "FIAIR01", "air", "MY", [], "FI", "050790",
         "Tanduk hiasan, resin, 10 kg", "MY", 10, None, 200, "USD",
         "rhinoceros horn pieces (CITES App. I) as resin decorative horns, flown from Kuala Lumpur to Helsinki; "
         "Malay wording (rhino horn repeats in many sets; kept as a repeat, to Helsinki is the new part)", {}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CZAIR01", "air", "CN", "CZ", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (escape-room prop ageing)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "CZ-MPO-80-0032")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUAIR01", "air", "US", "HU", "290420",
     "Nitromethane 40 %, 4 x 1 l, for a licensed private user (model engines)", "US", 4.5, 4, 80, "USD",
     [("PRECURSOR_LICENCE", "HU-BFKH-80-0118")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854919",
     "Waste lithium-ion batteries from laser-tag vests, discharged, for recycling at a licensed plant, 6 t", "CH", 6000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NRW-80-0207")], "notified waste batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854911",
     "Arcade cabinets with cathode-ray tubes, end of life, for treatment at a licensed plant, 12 t", "NO", 12000, None,
     0, "EUR", [("BASEL_CONSENT", "BE-OVAM-80-0055")], "notified CRT e-waste to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "DE-UBA-ODS-80-012")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "GRSEA01", "sea", "US", "GR", "290376",
     "Halon 1211, recovered and reclaimed, 10 cylinders, for critical use in aircraft fire protection", "US", 250, 10,
     6000, "USD", [("ODS_LICENCE", "GR-YPEN-ODS-80-003")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ATROAD01", "road", "AT", "CH", "940320",
     "Painted church chest, Tyrol, c. 1680, sold at auction to a Swiss collector", "AT", 80, 1, 22000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-80-0091")], "church chest exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "US", "711810",
     "Hellenistic silver drachms, 10, documented Italian collection since 1952, sold at auction", "IT", 0.05, 10, 4000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-80-0310")], "coins exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "CH", "901380",
     "60 W DPSS laser show system, 1 unit, for a Swiss theme park", "AT", 40, 1, 11000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-80-0044"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-80-0127")],
     "dual-use laser under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "NO", "900211",
     "Germanium thermal-imaging lenses, 20 units, for a Norwegian rescue-equipment maker", "DE", 10, 20, 18000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-80-0291"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-80-0036")],
     "dual-use thermal optics under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ESAIR01", "air", "US", "ES", "970510",
     "Bobcat skulls (Lynx rufus), cleaned, 6 units, for a theming studio", "US", 3, 6, 600, "USD",
     [("CITES_PERMIT", "US-FWS-80-0412")], "App. II skulls with their export permit"),
    ("PRM-12", "wildlife", "import", "DESEA01", "sea", "ID", "DE", "440929",
     "Ramin mouldings (Gonystylus spp.), 2 t, for picture and set frames", "ID", 2000, None, 8000, "USD",
     [("CITES_PERMIT", "ID-KLHK-80-0085")], "App. II ramin with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Soukromá osoba", "PRM-02": "Magánszemély", "PRM-05": "Zentrallabor Analytik GmbH",
    "PRM-06": "Aegean Aero Maintenance AE", "PRM-11": "Estudio Tematización Ibérica SL", "PRM-12": "Kulissenbau Nord GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # escape rooms, laser-tag arenas, family entertainment centres and their suppliers
    ("382499", "UV invisible-ink marker pens and developer sprays, 50 ml", "import", ["post"], ["CN", "HK"], (30, 60), (1, 3), ["USD", "EUR"], 20, S),
    ("382499", "Fog-machine fluid, glycol-based, 5 l", "import", ["road"], ["UA", "PL"], (2, 4), (1000, 4000), ["EUR"], 0.2, S),
    ("340290", "Bowling-lane cleaner, mild alkaline, 5 l", "import", ["sea"], ["TN", "US"], (1.5, 3), (3000, 8000), ["EUR", "USD"], 0.2, S),
    ("320649", "UV-reactive fluorescent paint pigments, 1 kg", "import", ["air"], ["IN", "CN"], (10, 20), (100, 400), ["USD"], 1, S),
    ("380210", "Clay absorbent granules, 25 kg sacks", "import", ["sea"], ["EG", "TR"], (0.3, 0.6), (10000, 20000), ["USD"], 0.04, S),
    ("950590", "LED flicker-flame and spark-effect units for props", "import", ["post", "express"], ["TH", "CN"], (30, 60), (1, 3), ["USD"], 5, S),
    ("381090", "Phosphoric rust-remover gel, 1 l", "import", ["air"], ["BR", "US"], (4, 8), (100, 400), ["USD"], 1, S),
    ("283421", "Potassium nitrate, technical, 25 kg bags", "import", ["sea"], ["CN", "CL"], (0.8, 1.4), (10000, 22000), ["USD"], 0.04, S),
    ("281820", "Alumina abrasive for lane resurfacing, 25 kg", "import", ["sea"], ["VN", "CN"], (0.8, 1.5), (5000, 15000), ["USD"], 0.04, S),
    ("380894", "Quaternary-ammonium sanitiser for shared vests and headsets, 5 l", "import", ["road"], ["UA", "PL"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("950430", "Arcade video game cabinets, new", "import", ["sea"], ["CN", "TW"], (15, 30), (3000, 8000), ["USD"], 0.008, S),
    ("950490", "Laser-tag phasers and vests, new, with chargers", "import", ["air"], ["CN", "GB"], (60, 120), (100, 500), ["USD", "GBP"], 0.5, S),
    ("950300", "Foam-pit cubes for trampoline parks, new", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("950490", "Bowling pinsetters, new", "import", ["sea"], ["US", "CN"], (15, 25), (4000, 10000), ["USD"], 0.001, S),
    ("854370", "DMX fog and haze machines, new, boxed", "import", ["sea"], ["CN"], (12, 20), (1000, 4000), ["USD"], 0.1, S),
    ("852852", "VR headsets, new, retail boxes", "import", ["air"], ["CN", "TW"], (200, 400), (100, 500), ["USD"], 2, S),
    ("271019", "Bowling-lane conditioning oil, 3.8 l jugs", "import", ["sea"], ["US"], (6, 10), (1000, 3000), ["USD"], 0.25, S),
    ("950300", "Soft-play modules, PVC-coated foam, new", "import", ["road"], ["PL", "TR"], (6, 10), (2000, 6000), ["EUR"], 0.2, S),
    ("340290", "VR headset and visor cleaning wipes and spray", "import", ["post", "express"], ["CN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("381400", "Citrus adhesive remover for props, 500 ml", "import", ["air"], ["JP", "US"], (6, 12), (50, 300), ["USD"], 2, S),
    ("841869", "Snow-effect machines, foam type, new", "import", ["sea"], ["CN"], (15, 25), (500, 2000), ["USD"], 0.05, S),
    ("281121", "Dry ice pellets for low-fog effects, insulated boxes", "import", ["road"], ["DE", "PL"], (0.8, 1.5), (500, 2000), ["EUR"], None, S),
    ("842410", "Powder extinguishers 6 kg for amusement halls", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD", "EUR"], 0.15, S),
    ("950430", "Pinball machines, refurbished", "import", ["sea"], ["US"], (40, 70), (1000, 3000), ["USD"], 0.008, S),
    ("950490", "Claw crane prize machines, new", "import", ["sea"], ["CN", "TW"], (8, 15), (2000, 6000), ["USD"], 0.008, S),
    ("442199", "Plywood escape-room puzzle boxes, new", "import", ["post", "express"], ["EG", "CN"], (20, 40), (1, 3), ["USD", "EUR"], 1, S),
    ("691390", "Ceramic replica vessels for theming, new", "import", ["air"], ["PE", "MX"], (8, 15), (100, 400), ["USD"], 1, S),
    ("830610", "Brass antique-finish temple bells, new", "import", ["air"], ["IN"], (8, 15), (100, 400), ["USD", "GBP"], 2, S),
    ("940320", "Farmhouse-style wooden chests for sets, new", "import", ["road"], ["RS", "BA"], (3, 6), (1000, 4000), ["EUR"], 0.05, S),
    ("711719", "Gold-coloured zinc treasure coins, new", "import", ["post"], ["CN", "GR"], (20, 40), (1, 2), ["EUR"], 100, S),
    ("442199", "Carved albizia jungle masks, new", "import", ["sea"], ["ID"], (3, 6), (2000, 5000), ["USD"], 0.5, S),
    ("847130", "Gaming laptops for VR arcades, new", "import", ["air"], ["CN", "TW"], (200, 400), (100, 500), ["USD"], 0.4, S),
    ("880699", "Indoor LED show drones, 250 g, new", "import", ["air"], ["CN"], (100, 200), (50, 200), ["USD"], 3, S),
    ("950490", "Trampoline-park frames and pads, new", "import", ["road"], ["TR", "PL"], (3, 6), (6000, 14000), ["EUR"], None, S),
    ("392690", "Resin skull replicas for horror rooms, new", "import", ["express"], ["CN", "MX"], (30, 60), (1, 3), ["USD"], 1, S),
    ("950300", "Resin tortoise-shell props, hollow, new", "import", ["post"], ["CN"], (20, 40), (1, 3), ["USD"], 2, S),
    ("950300", "Plush prize toys for claw machines", "import", ["sea"], ["CN", "VN"], (4, 8), (3000, 8000), ["USD"], 6, S),
    ("960190", "Carved resin trophy inserts, new", "import", ["post", "express"], ["TH", "CN"], (30, 60), (1, 2), ["USD"], 20, S),
    ("901380", "Diode laser-show projectors, 2 W, new", "import", ["air"], ["CN"], (60, 120), (50, 200), ["USD"], 0.2, S),
    ("410221", "Pickled sheepskins, unwooled", "import", ["sea"], ["UZ", "TR"], (2, 4), (10000, 18000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("442199", "Wooden clothespins, packs of 50", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
        ("442191", "Bamboo skewers, 20 cm, bulk bags", "import", ["sea"], ["CN", "VN"], (1, 2), (6000, 12000), ["USD"], 2, N),
        ("392690", "Non-slip PVC shelf liner, rolls", "import", ["post", "express"], ["CN", "US"], (15, 30), (1, 3), ["USD"], 2, N),
        ("481710", "Kraft paper envelopes, boxed", "import", ["sea"], ["CN", "IN"], (1.5, 3), (4000, 10000), ["USD"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind323", 20800101, HERE)


if __name__ == "__main__":
    main()
