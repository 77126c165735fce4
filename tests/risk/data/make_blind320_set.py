#!/usr/bin/env python3
"""Writes the three-hundred-and-twentieth blind set (tests/risk/data/blind320-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2079, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: saunas, bathhouses and hammams
(sauna builders and heater makers, public bathhouses, banyas and sento, Turkish and
Moroccan hammams, Korean jjimjilbang, spa and wellness hotels and their suppliers of
bench wood, steam generators, plunge-pool chillers, soaps, scrubs and infusions).
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
only where a real declaration would. Ids are BL320-*:

    python3 tests/risk/data/make_blind320_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2079, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2079
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "express", "CN", [], "FI", "340290",
         "桑拿房木凳漂白清洁剂 (去黑斑), 1升 x 6瓶", "CN", 6.8, 6, 210, "CNY",
         "the bench cleaners sauna owners use to lift grey and black stains from aspen and alder benches are "
         "oxalic-acid powders or mild soap washes; these six litre bottles hold a water-clear, runny liquid of "
         "1.13 kg/l with vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide "
         "(Annex I above 12 %), sent by express from Shenzhen to a private person in Tampere who resells it by the "
         "glass on a marketplace; Chinese wording (hydrogen peroxide repeats in many sets and wood-bleach labels on "
         "it in a few; a sauna-bench whitener label was found in no earlier row by a keyword search)",
         person("Mikko Virtanen", "FI")),
        ("PRE-02", "import", "DEAIR01", "air", "TR", [], "DE", "330190",
         "Buhar odası esans taşıyıcı sıvı (okaliptüs için baz), 1 litre, 48 şişe", "TR", 54.7, 48, 380, "EUR",
         "the carrier bases steam-room dosing pumps mix with eucalyptus or mint oil are propylene glycol or "
         "water-alcohol blends of about 1.0 kg/l; these 48 bottles hold an oily, faintly fruity liquid of 1.14 kg/l "
         "that burns with a pale flame and whose drum label under the sticker reads 'CH3NO2', for a Cologne "
         "hammam-supplies web shop that sells the 'base' by the litre to model-engine hobbyists: nitromethane "
         "(Annex I above 16 %) made available to members of the public, flown from Istanbul; Turkish wording "
         "(nitromethane repeats in many sets; a steam-room essence carrier was found in no earlier row by a "
         "keyword search)", firm("Anatolia Hamam Bedarf GmbH", "DE")),
        ("PRE-03", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Засіб для видалення накипу з парогенераторів хамаму, каністри 10 л, 160 шт.", "UA", 2940, 160, 1900, "EUR",
         "steam-generator descalers for hammams and steam cabins are citric or sulphamic acid solutions of about "
         "1.1 kg/l; these 160 cans hold an oily, colourless liquid of 1.84 kg/l that grows hot with a drop of water "
         "and chars the cardboard where it leaked, for a Lublin wellness-equipment shop that sells the cans to "
         "anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, in a van "
         "at Dorohusk; Ukrainian wording (sulphuric acid repeats in many sets and descaler labels on it in several, "
         "kept as a repeat of that family; a hammam steam-generator descaler was found in no earlier row)",
         firm("Wellness Serwis Lublin Sp. z o.o.", "PL")),
        ("PRE-04", "import", "FRAIR01", "air", "MA", [], "FR", "252220",
         "Poudre de finition pour tadelakt de hammam, sacs 1 kg, 300 sacs", "MA", 300, 300, 900, "EUR",
         "tadelakt finishing powders are slaked Marrakech lime with pigment, a soft, chalky, alkaline powder that "
         "sets with water; these 300 bags hold a white, crystalline powder that does not set, dissolves slowly, "
         "flares violently with sugar on a hot plate and whose inner liners read 'KClO4', for a Lyon hammam "
         "builder's shop that sells the bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Marrakech; Moroccan French wording (potassium perchlorate repeats in "
         "many sets and a tadelakt label once, on another good; a tadelakt finishing powder on a perchlorate was "
         "found in no earlier row by a keyword search)", firm("Riad Hammam Création SARL", "FR")),
        ("PRE-05", "import", "LTRAIL01", "rail", "UZ", [], "LT", "310230",
         "Sovuq hovuz uchun tez sovutuvchi granulalar, 25 kg qop, 400 qop", "UZ", 10000, 400, 3600, "USD",
         "instant-chill granules for bathhouse cold plunges do not exist as a trade good; plunge pools are cooled by "
         "chillers or ice; these 400 sacks hold white prills that turn ice-cold and vanish in water, test at 34 % N "
         "and melt and fume on a hot plate, for a Vilnius bathhouse supplier that re-packs them in 1 kg 'cold "
         "plunge' tubs sold to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members "
         "of the public, by rail from Tashkent; Uzbek wording (ammonium nitrate repeats in many sets and cold-pack "
         "labels in a few, kept as a repeat of that family; a cold-plunge label was found once on another good, by "
         "rail from Uzbekistan is the new part)", firm("Pirtis ir Sveikata UAB", "LT")),
        ("PRE-06", "import", "DEPOST01", "post", "CH", [], "DE", "330190",
         "Aufguss-Kristalle Eukalyptus für Sauna, 5 x 1 kg", "CH", 5, 5, 120, "CHF",
         "the crystals sauna masters scatter on a wet stone for an Aufguss are menthol or eucalyptol crystals with a "
         "strong cooling smell that melt at 35-45 °C; these five tubs hold odourless, white crystals that stay hard "
         "on a hot stone, flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I "
         "above 40 %), posted from Basel to a private person in Freiburg; Swiss German wording (sodium chlorate "
         "repeats in many sets and menthol, sauna-scent and spa aromatherapy-crystal labels in a few, blind148 and "
         "blind242 among them, kept as a repeat of that cover; an Aufguss-crystal label by post from Basel is the new part)", person("Jonas Keller", "DE")),
        ("PRE-07", "import", "BGAIR01", "air", "AZ", [], "BG", "340590",
         "Hamam mis qabları üçün parıldadıcı təmizləyici, 1 litr, 200 şüşə", "AZ", 280, 200, 700, "USD",
         "the cleaners for the copper bowls and jugs of hammams are citric or tartaric pastes and mild polishes of "
         "about 1.1 kg/l; these 200 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat "
         "into a copper wire, for a Sofia bathhouse-supplies shop that sells the bottles to the public: about 65 % "
         "nitric acid (Annex I above 3 %) retail-packed for members of the public, flown from Baku; Azerbaijani "
         "wording (nitric acid repeats in many sets and copper-cleaner labels in a few; hammam copper ware as a "
         "label on nitric acid is the new part as far as a search found)", firm("Banya Dom EOOD", "BG")),
        ("PRE-08", "import", "FRSEA01", "sea", "TN", [], "FR", "283640",
         "كربونات البوتاسيوم لصناعة الصابون الأسود للحمّام، أكياس 25 كغ، 400 كيس", "TN", 10000, 400, 7200, "EUR",
         "potassium carbonate for the black olive soap of hammams is a white, granular, strongly alkaline salt that "
         "grows damp in air and feels soapy on wet fingers; these 400 bags hold shiny, non-caustic flakes that spit "
         "violet sparks on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a Marseille "
         "'soap' firm with no soap line that re-bags the salt in 1 kg packs on the web: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, by sea from Sfax; Tunisian Arabic wording (potassium "
         "chlorate repeats in many sets and carbonate and potash labels in a few; a black-soap potash label was "
         "found in no earlier row by a keyword search)", firm("Savonnerie du Vieux Port SARL", "FR")),
        ("PRE-09", "import", "ATAIR01", "air", "KR", [], "AT", "310590",
         "수경재배용 고농도 영양염 (엽채류용), 1 kg 봉지, 200봉", "KR", 200, 200, 1400, "USD",
         "hydroponic nutrient salts are coloured, mixed fertiliser crystals of nitrates, phosphates and trace "
         "elements; these 200 bags hold one white, very soluble, hygroscopic powder that burns fiercely with sugar "
         "and reads 'NaClO4' on the inner bag, for a Graz grow-shop that sells the bags over the counter: sodium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Incheon to Vienna; "
         "Korean wording (sodium perchlorate repeats in many sets and fertiliser labels on it in several, kept as "
         "a repeat; a hydroponic leafy-greens label from Korea is the new part as far as a search found)",
         firm("Grünraum Hydrokultur GmbH", "AT")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "284700",
         "Aktivni kiseonik za hidromasažne kade spa centara, kanister 20 l, 300 kom (1. od 3 pošiljke)", "RS", 7200,
         300, 3000, "EUR",
         "the active-oxygen products spa centres dose into whirlpools are monopersulphate granules or peroxide "
         "below 10 %; these 300 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, "
         "whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for "
         "a Szeged spa-supplies wholesaler that sells the cans to the public: about 50 % hydrogen peroxide (Annex I "
         "above 12 %) retail-packed for members of the public, at Röszke; Serbian wording (hydrogen peroxide and "
         "splits over three vans repeat in many sets, kept as a repeat of that family; a spa whirlpool "
         "active-oxygen label was found in no earlier row by a keyword search)", firm("Thermál Wellness Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "FISEA01", "sea", "FI", [], "NG", "851679",
         "Käytetyt infrapunasaunat, toimivat, 60 kpl", "FI", 9000, 60, 6000, "EUR",
         "used infrared sauna cabins for resale would be whole, tested cabins with their panels and a test list; "
         "these 60 are broken-up cabins from a closing Finnish spa chain, with cracked carbon heating panels, burnt "
         "control boards, loose wiring looms and UPS lead batteries from the saunas' controllers, packed as loose "
         "scrap with no test report: waste electrical equipment (A1180, with lead-acid batteries), whose export to "
         "a non-OECD country is banned, from Helsinki to Lagos; Finnish wording (e-waste as used goods repeats in "
         "many sets and infrared-sauna panel labels twice, blind206 and blind285, on other goods; used infrared saunas "
         "to Nigeria are the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-02", "export", "LTROAD01", "road", "LT", [], "UA", "680610",
         "Naudota mineralinė vata pirčių izoliacijai, presuota, 18 t", "LT", 18000, None, 900, "EUR",
         "used mineral wool for sauna insulation would be clean, yellow or grey rock-wool slabs; these bales hold "
         "grey, fibrous, brittle pipe lagging and boiler-room board torn out of a 1960s Kaunas public bathhouse, "
         "with white asbestos fibres under the lens and the demolition firm's 'AZBESTAS' tags inside some bags: "
         "asbestos waste (A2050, 17 06 01*), hazardous waste whose export to a non-OECD country is banned, at "
         "Kalvarija for an Ukrainian 'insulation' buyer; Lithuanian wording (asbestos repeats in several sets; a "
         "sauna-insulation label on a bathhouse's lagging was found in no earlier row by a keyword search)",
         {"importer_country": "UA"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "940171",
         "Lettini da spa in teak, nuovi, 80 pezzi", "IT", 2400, 80, 16000, "EUR",
         "a spa-hotel refit container for Hammamet: teak loungers and bathrobes are what Italian wellness "
         "suppliers ship to Tunisian hotels, but the third item's 'lettini abbronzanti revisionati' are 24 dead "
         "tanning beds from Rimini spas with cracked acrylic, burnt ballasts and their mercury UV tubes still "
         "fitted, some broken: waste electrical equipment with mercury lamps (A1180, 20 01 21*), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Genoa to Radès; Italian wording (sunbeds repeat in several sets, kept as a repeat of the good; behind "
         "spa loungers to a Tunisian hotel is the new part as far as a search found)",
         dict({"importer_country": "TN"},
              _more_items=[item("630260", "Accappatoi in spugna per spa, 1.200 pezzi", "IT", 1400, 9600, "EUR", qty=1200),
                           item("901890", "Lettini abbronzanti revisionati, 24 pezzi", "IT", 4800, 7200, "EUR", qty=24)])),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "381800",
         "Entkalkerlösung für Dampfbad-Generatoren, gebraucht zur Wiederaufbereitung, IBC, 16 Stück", "AT", 17600, 16,
         800, "EUR",
         "descaler for steam-bath generators is a clear citric or sulphamic solution sold new with a data sheet; "
         "these 16 IBCs hold a murky, brown, strongly acid liquid with black and green sediment that reads copper, "
         "nickel and chromium, drained from the descaling and pickling of a Vienna thermal bath's steam generators "
         "and stainless pipework: spent pickling and descaling acids (11 01 05*, 06 01 06*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry through Slovenia and Croatia for a Tuzla 'chemicals "
         "trader'; Austrian German wording (spent acids repeat in many sets; a steam-bath descaler label was found "
         "in no earlier row by a keyword search)", {"importer_country": "BA"}),
        ("WST-05", "export", "SESEA01", "sea", "SE", [], "IN", "853939",
         "UV-C-lampor för pooldesinfektion, nya, 6 000 st.", "SE", 1800, 6000, 3600, "EUR",
         "new UV-C lamps for pool disinfection come boxed, with a date code and a clear quartz tube; these cartons "
         "hold used low-pressure mercury lamps pulled from the UV reactors of Swedish public baths and spa pools, "
         "greyed at the ends, some broken, with no boxes, at 0.60 EUR each: waste mercury lamps (20 01 21*, A1030), "
         "hazardous waste whose export to a non-OECD country is banned, from Gothenburg to Mundra; Swedish wording "
         "(mercury lamps and UV-C labels repeat in several sets, used UV-C units once, blind242, kept as a repeat of the good; public-bath pool "
         "lamps to India are the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-06", "export", "ESSEA01", "sea", "ES", [], "MA", "850710",
         "Baterías de tracción para carretillas, reacondicionadas, 120 unidades", "ES", 96000, 120, 24000, "EUR",
         "refurbished traction batteries are cleaned, re-tested 48 V trays with new cells where needed and a "
         "capacity report; these 120 are dead trays from a Valencia logistics park with cracked cells, sulphated "
         "plates and acid crust, none tested: waste lead-acid batteries (A1160, 16 06 01*), hazardous waste whose "
         "export to a non-OECD country is banned, from Algeciras to Tanger Med; Spanish wording (lead-acid batteries "
         "repeat in many sets, kept as a repeat; forklift traction trays to Morocco are the new part as far as a "
         "search found)", {"importer_country": "MA"}),
        ("WST-07", "export", "FISEA01", "sea", "FI", [], "VN", "440122",
         "Lämpökäsitellyn saunapaneelin tähteet, polttopuuksi, 22 t", "FI", 22000, None, 1100, "EUR",
         "thermo-aspen panel offcuts for firewood are clean, brown, light strips that smell of caramel; these bags "
         "hold green-tinged, weathered boards, posts and decking with a greenish core and stamped 'CCA' tags, torn "
         "out of the outdoor hot-tub decks and jetties of a Lapland spa resort: wood treated with chromated copper "
         "arsenate (17 02 04*), hazardous waste whose export to a non-OECD country is banned, from Kotka to Hai "
         "Phong for a 'biomass' buyer; Finnish wording (CCA wood repeats in several sets; a thermo-treated sauna "
         "panel offcut label was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "GH", "901910",
         "Gebruikte massagestoelen, werkend, 140 stuks", "NL", 11200, 140, 7000, "EUR",
         "used massage chairs for resale are whole, tested chairs with their remotes; these 140 come from Dutch "
         "wellness resorts and saunas, ripped, with burnt motors and boards, swollen lithium packs in the "
         "backrests and loose cable, bought by weight by a Tema yard that strips them for copper: waste electrical "
         "equipment with lithium batteries (A1180, e-waste), whose export to a non-OECD country is banned, from "
         "Rotterdam to Tema; Dutch wording (massage chairs once, on another good, and e-waste to Ghana in many "
         "sets, kept as a repeat of the route; sauna-resort massage chairs as e-waste are the new part)",
         {"importer_country": "GH"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "SN", "854143",
         "Panneaux solaires d'occasion, fonctionnels, 2 000 pièces", "BE", 36000, 2000, 20000, "EUR",
         "used solar panels for resale are whole, framed panels with a flash-test list; these are delaminated, "
         "shattered and burnt panels from a Flemish hail-damaged roof park, with cracked glass, snail trails and "
         "cut cables, none tested: waste photovoltaic panels (WEEE, 16 02 14 and e-waste under the Basel "
         "amendments), whose export to a non-OECD country for disposal is banned, from Antwerp to Dakar; Belgian "
         "French wording (solar panels repeat in several sets, kept as a repeat; hail-damaged panels to Senegal are "
         "the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", [], "PK", "400400",
         "Gummigranulat für Sportplätze, 24 t", "DE", 24000, None, 2400, "EUR",
         "rubber crumb for sports pitches is clean, black, sieved 1-3 mm granulate with no steel; these bales hold "
         "whole and cut end-of-life car tyres with steel beads, bought by a Karachi pyrolysis plant: waste tyres "
         "(Y/B3140 with steel, and shipped for pyrolysis, not recycling), whose export to a non-OECD country for "
         "disposal is banned, from Hamburg to Karachi; German wording (waste tyres repeat in many sets, kept as a "
         "repeat; a sports-pitch granulate label to Pakistan is the new part as far as a search found)",
         {"importer_country": "PK"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "JP", [], "DE", "340290",
         "浴場用タイル目地洗浄剤 (業務用), 1 L x 36本", "JP", 44.6, 36, 54000, "JPY",
         "the grout cleaners Japanese public baths use on tiled floors are alkaline or chlorine gels of about "
         "1.1 kg/l that foam; these 36 bottles weigh 1.24 kg/l, do not foam, boil in the warm hand at 32 °C with an "
         "ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is "
         "banned, flown from Osaka to Frankfurt for a Düsseldorf Japanese bathhouse; Japanese wording (HCFC-141b "
         "under cleaner labels repeats in many sets and grout labels in several, kept as a repeat; a Japanese "
         "bathhouse's grout cleaner is the new part as far as a search found)", firm("Yumeyu Badehaus GmbH", "DE")),
        ("OZN-02", "import", "PLSEA01", "sea", "CN", [], "PL", "390950",
         "热水浴缸箱体保温发泡组合料 (双组分), 200升桶, 40桶", "CN", 9200, 40, 8000, "USD",
         "the two-part foam systems that insulate hot-tub and spa cabinets use water or pentane blowing agents; "
         "these 40 drums of polyol blend release a sweet, heavy vapour, boil at 24 °C and the blend sheet in the "
         "container gives 'R-11' at 12 %: CFC-11 (trichlorofluoromethane) in a pre-blended polyol, whose import into "
         "the Union is banned, by sea from Ningbo to Gdańsk for a Poznań hot-tub maker; Chinese wording (CFC-11 in "
         "polyol blends repeats in several sets, blind312 among them, and a foam-insulated swim spa once, blind242, "
         "kept as a repeat of the good; a hot-tub cabinet foam-system label was found in no earlier row)", firm("Termy Wanny Spa Sp. z o.o.", "PL")),
        ("OZN-03", "import", "BGROAD01", "road", "TR", [], "BG", "841869",
         "Soğuk dalış havuzu soğutma ünitesi, 3 kW, 12 adet", "TR", 1080, 12, 9600, "EUR",
         "plunge-pool chillers are small R-290 or R-32 units with a data plate and a certificate; these 12 carry "
         "old compressors whose plates read 'R12' under new stickers and a leak detector names "
         "dichlorodifluoromethane: equipment relying on CFC-12, whose import into the Union is banned (Regulation "
         "2024/590), in a lorry at Kapitan Andreevo for a Plovdiv bathhouse builder; Turkish wording (CFC equipment "
         "repeats in many sets; a cold-plunge chiller was found in no earlier row by a keyword search)",
         firm("Aqua Banya Stroy OOD", "BG")),
        ("OZN-04", "import", "CYSEA01", "sea", "EG", [], "CY", "382762",
         "غاز تبريد R-410A لمضخات حرارة حمامات السباحة، أسطوانات 11.3 كغ، 200 أسطوانة", "EG", 2260, 200, 7000,
         "USD",
         "R-410A for pool and spa heat pumps comes in pink refillable cylinders at about 16 bar; these 200 "
         "disposable cylinders read 9.8 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old stamps: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea from Alexandria to Limassol "
         "for a hotel-spa service firm; Egyptian Arabic wording (HCFC-22 under HFC labels repeats in many sets, kept "
         "as a repeat; a pool heat-pump label from Egypt is the new part as far as a search found)",
         firm("Thermae Services Ltd", "CY")),
        ("OZN-05", "transit", "DEROAD01", "road", "CN", ["DE"], "CH", "381400",
         "Sauna heater element degreaser, 5 l cans, 120 cans", "CN", 792, 120, 1500, "USD",
         "the degreasers heater makers use on sauna-stove elements before assembly are alkaline washes or "
         "isopropanol of 0.8-1.1 kg/l; these 120 cans weigh 1.32 kg/l, do not burn, smell sweet like chloroform and "
         "the drum heads are stamped 'TCA': 1,1,1-trichloroethane (methyl chloroform), moved through the Union "
         "without the licence Regulation 2024/590 requires, landed at Hamburg and trucked in transit to a Swiss "
         "sauna-heater maker; English wording (methyl chloroform repeats in several sets; a sauna-heater degreaser "
         "in transit to Switzerland is the new part as far as a search found)", {"importer_country": "CH"}),
        ("OZN-06", "import", "LVRAIL01", "rail", "KZ", [], "LV", "650500",
         "Войлочные шапки для бани, 2 000 шт.", "KZ", 400, 2000, 3000, "USD",
         "a banya-supplies rail consignment for a Riga sauna shop: felt hats and linden buckets are what Kazakh "
         "felt makers send, but the third item's 'аэрозоль для чистки каменки' is 600 cans that hold CFC-11 with a "
         "little oil, stamped 'Ф-11' under the sticker, evaporating cold and leaving no soot cleaner behind: "
         "trichlorofluoromethane in aerosols, whose import into the Union is banned, hidden as the last item of a "
         "three-item declaration; Russian wording from Kazakhstan (CFC-11 aerosols repeat in a few sets; a "
         "sauna-stove cleaner behind felt banya hats is the new part as far as a search found)",
         dict(firm("Pirts Pasaule SIA", "LV"),
              _more_items=[item("441990", "Шайки липовые для бани, 500 шт.", "KZ", 600, 2500, "USD", qty=500),
                           item("340290", "Аэрозоль для чистки каменки, 600 шт.", "KZ", 420, 900, "USD", qty=600)])),
        ("OZN-07", "import", "DEAIR01", "air", "KR", [], "DE", "340290",
         "찜질방 황토방 바닥 얼룩 제거제, 1 L x 60병", "KR", 95.4, 60, 600, "USD",
         "the floor cleaners Korean jjimjilbang use on their clay-room and stone floors are mild alkaline soaps of "
         "about 1.0 kg/l; these 60 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform and evaporate "
         "cold from the hand: carbon tetrachloride, whose import into the Union is banned, flown from Incheon to "
         "Frankfurt for a Korean-style spa in Frankfurt; Korean wording (carbon tetrachloride repeats in many sets "
         "under cleaner labels; a jjimjilbang floor-stain remover was found in no earlier row by a keyword search)",
         firm("Hanul Spa Frankfurt GmbH", "DE")),
        ("OZN-08", "export", "ATROAD01", "road", "AT", ["HU"], "RS", "841869",
         "Gebrauchte Schneeraum-Kühlanlagen aus Wellnesshotel, 4 Stück", "AT", 3600, 4, 6000, "EUR",
         "snow rooms in spas run on R-449A or CO2 plant with a certificate; these four plants from a Tyrol "
         "wellness hotel are 1990s condensing units whose plates read 'R502' and hold CFC-115 with HCFC-22 in the "
         "receivers: equipment relying on and containing CFCs, whose export from the Union is banned (Regulation "
         "2024/590), on a lorry through Hungary for a Serbian spa; Austrian German wording (CFC equipment for export "
         "repeats in many sets, kept as a repeat; a snow-room plant was found once under another label, and R-502 "
         "snow-room plants are the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-09", "import", "ROAIR01", "air", "IN", [], "RO", "903300",
         "Cleaning fluid for microfilm readers, 1 l, 48 bottles", "IN", 75.8, 48, 480, "USD",
         "film and lens cleaners are isopropanol or naphtha of 0.78 kg/l that burn; these 48 bottles weigh 1.58 "
         "kg/l, do not burn and smell faintly of chloroform: CFC-113 (trichlorotrifluoroethane), whose import into "
         "the Union is banned, flown from Chennai to Bucharest for an archive-services firm; Indian English wording "
         "(CFC-113 repeats in many sets and microfilm labels twice, blind246 and blind295, kept as a repeat; from "
         "India to Romania is the new part as far as a search found)", firm("Arhiva Digitală Services SRL", "RO")),
        ("OZN-10", "import", "MTSEA01", "sea", "AL", [], "MT", "842490",
         "Sistem shuarjeje zjarri me shkumë për anije, 6 cilindra", "AL", 540, 6, 3000, "EUR",
         "a ship's foam fire system holds water and foam concentrate at low pressure; these six cylinders hold a "
         "heavy, dense liquid of 2.18 kg/l under slight pressure, with old Soviet stamps reading '114B2' under the "
         "paint: halon 2402 (dibromotetrafluoroethane), whose import into the Union is banned outside critical uses, "
         "by sea from Durrës to Valletta for a ship-repair yard; Albanian wording (halon 2402 repeats in several "
         "sets; from Albania to Malta is the new part as far as a search found)", firm("Grand Harbour Marine Ltd", "MT")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "LB", [], "DE", "830629",
         "مكاشط حمّام نحاسية، تقليد قديم، 6 قطع", "SY", 1.2, 6, 60, "USD",
         "reproduction bath scrapers are new, cast brass with a bright finish and no wear; these six are corroded, "
         "green bronze strigils with a curved blade and a stamped maker's name in Greek on the handle, soil in the "
         "folds: Roman bath strigils dug in Syria, archaeological objects whose export Syria forbids and whose "
         "import Regulation 36/2012 and Regulation 2019/880 forbid, posted from Beirut to a private buyer in Bonn; "
         "Levantine Arabic wording (strigils repeat in several sets, kept as a repeat of the good; a hammam "
         "scraper label was found in no earlier row by a keyword search)", person("Tobias Schäfer", "DE")),
        ("CUL-02", "import", "FRSEA01", "sea", "TN", [], "FR", "690723",
         "Carreaux de zellige pour hammam, neufs, 40 m2", "TN", 1200, None, 2400, "EUR",
         "a hammam-builder's container for Marseille: new zellige and terracotta tiles are what Nabeul workshops "
         "ship, but the third item's 'briques en terre cuite pour sol chauffant' are 300 square, worn, sooted "
         "Roman bricks and tubuli with mortar on them, the pilae and wall flues of a hypocaust, dug from a Roman "
         "bath site near Thuburbo Majus: archaeological objects whose export Tunisia forbids, brought in without "
         "the import licence Regulation 2019/880 requires, hidden as the last item of a three-item declaration; "
         "Tunisian French wording (hypocaust tiles repeat twice, kept as a repeat of the good; behind hammam "
         "zellige from Tunisia is the new part as far as a search found)",
         dict(firm("Hammams de Provence SARL", "FR"),
              _more_items=[item("690723", "Tomettes en terre cuite, neuves, 60 m2", "TN", 2400, 1800, "EUR"),
                           item("690490", "Briques en terre cuite pour sol chauffant, 300 pièces", "TN", 1500, 300, "EUR", qty=300)])),
        ("CUL-03", "import", "DEROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "DE", "701610",
         "Hamam kubbesi için fil gözü cam ışıklıklar, yeni, 80 adet", "TR", 240, 80, 800, "EUR",
         "new 'elephant-eye' glass skylights for hammam domes are clear, pressed, uniform glass cones; these 80 are "
         "thick, bubbly, greenish hand-blown cones set in old lime mortar plugs, with soot and sixteenth-century "
         "mortar still attached, prised out of the dome of an Ottoman bath in Anatolia: parts of a listed monument "
         "whose export Türkiye forbids, brought in against Regulation 2019/880 (Article 3(1)), on a lorry to a "
         "Munich hammam builder; Turkish wording (Ottoman hammam elements repeat in a few sets; dome skylights were "
         "found in no earlier row by a keyword search)", firm("Hamam Kultur Bau GmbH", "DE")),
        ("CUL-04", "import", "ATROAD01", "road", "IR", ["TR", "BG", "RS", "HU"], "AT", "690721",
         "کاشی‌های تزئینی نو برای حمام سنتی، ۲۰ متر مربع", "IR", 600, None, 1200, "EUR",
         "new decorative tiles for a traditional bath are bright, machine-made and even; these 20 m2 are "
         "hand-painted, moulded Qajar panels with hunting scenes and worn glaze, with lime mortar on the backs, "
         "cut from the dressing hall of a nineteenth-century bathhouse in Kashan: parts of a monument whose export "
         "Iran forbids, brought in against Regulation 2019/880 (Article 3(1)), on a lorry to a Vienna dealer; "
         "Persian wording (Qajar tiles repeat in several sets, kept as a repeat of the good; bathhouse tiles by road "
         "to Vienna are the new part as far as a search found)", firm("Orient Fliesen Antik GmbH", "AT")),
        ("CUL-05", "import", "ITSEA01", "sea", "LY", [], "IT", "680291",
         "حوض رخامي للحمّام، جديد، منحوت يدوياً، قطعة واحدة", "LY", 900, 1, 600, "EUR",
         "a new hand-carved marble hammam basin is crisp, white and polished; this one is a round, weathered "
         "labrum of grey-veined marble on a fluted foot with root marks and lime crust, from the baths of a Roman "
         "city in Cyrenaica: an archaeological object whose export Libya forbids, brought in without the import "
         "licence Regulation 2019/880 requires, by sea from Benghazi to Catania for a Sicilian spa owner; Libyan "
         "Arabic wording (a labrum once, under another label; a hammam-basin label from Libya is the new part as "
         "far as a search found)", firm("Terme Etnee Srl", "IT")),
        ("CUL-06", "import", "GRAIR01", "air", "EG", [], "GR", "691390",
         "شمعدانات فخارية للحمّام المغربي، 40 قطعة", "EG", 6, 40, 120, "USD",
         "clay candle holders for hammams are new, glazed, thrown pots; these 40 are mould-made Greco-Roman oil "
         "lamps with frog, Eros and bath-scene reliefs, soot at the nozzles and desert sand inside: archaeological "
         "objects of Roman Egypt whose export Egypt forbids, brought in without the import licence Regulation "
         "2019/880 requires, flown from Cairo to Athens for a spa decorator; Egyptian Arabic wording (Roman lamps "
         "repeat in many sets, kept as a repeat; a hammam candle-holder label was found in no earlier row)",
         firm("Loutra Deco IKE", "GR")),
        ("CUL-07", "export", "ESAIR01", "air", "ES", [], "US", "680291",
         "Capitel de mármol, reproducción para baño árabe, 1 pieza", "ES", 60, 1, 400, "EUR",
         "a reproduction capital for an Arab-bath revival is crisp, white, resin-bonded marble; this one is a "
         "worn, honey-coloured Nasrid capital with muqarnas and a cursive Arabic band, lime on the abacus and an "
         "old fracture, from the hot room of a fourteenth-century bath in Granada province: a monument part of the "
         "Spanish historical heritage exported without the EU export licence of Regulation 116/2009 and the Spanish "
         "permit, flown from Madrid to a Miami dealer; Spanish wording (Nasrid capitals were found in no earlier row; "
         "a reproduction label repeats in many sets)", {"importer_country": "US"}),
        ("CUL-08", "transit", "GRAIR01", "air", "LB", ["GR"], "AE", "701399",
         "Glass perfume bottles for hammam, hand-made, new, 30 pcs", "SY", 3, 30, 90, "USD",
         "new hand-made perfume bottles for hammams are clear, even blown glass; these 30 are small, iridescent, "
         "weathered tubular and candlestick unguentaria with silver crusts and soil inside: Roman glass from tombs "
         "in southern Syria, archaeological objects whose export Syria forbids, landed at Athens in transit from "
         "Beirut to a Dubai dealer, against Regulation 36/2012 and Regulation 2019/880 (Article 3(1)), which covers "
         "transit; English wording (unguentaria repeat in many sets, kept as a repeat of the good; a hammam "
         "perfume-bottle label in transit through Athens is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("CUL-09", "import", "BEAIR01", "air", "ML", [], "BE", "691390",
         "Poteries décoratives en terre cuite, artisanat, 8 pièces", "ML", 40, 8, 240, "EUR",
         "new craft pottery is thin, even and fired orange; these eight are seated and kneeling terracotta figures "
         "with scarified faces and snakes on the body, with encrusted earth: Djenné-style (Inland Niger Delta) "
         "figures, 11th-16th century, on the ICOM red list, whose export Mali forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Bamako to Brussels; Malian French wording (Djenné "
         "terracottas repeat in many sets, kept as a repeat; a craft-pottery label by air to Brussels is the new part "
         "as far as a search found)", firm("Galerie Sahel Art SPRL", "BE")),
        ("CUL-10", "export", "PTAIR01", "air", "PT", [], "BR", "711411",
         "Salva de prata, reprodução, 1 peça", "PT", 2, 1, 300, "EUR",
         "a reproduction silver salver is thin, machine-spun and bright; this one is a heavy, hand-raised and "
         "chased baroque salver with Lisbon and maker's marks of about 1720 and a church inventory number scratched "
         "on the back: ecclesiastical silver over 100 years old exported without the EU export licence of "
         "Regulation 116/2009 and the Portuguese permit, flown from Lisbon to São Paulo; Portuguese wording (church "
         "silver repeats in several sets, kept as a repeat; a salver to Brazil is the new part as far as a search "
         "found)", {"importer_country": "BR"}),
    ],
    "strategic": [
        ("STR-01", "export", "LVAIR01", "air", "LV", [], "KG", "902519",
         "Digitālie pirts termometri ar sensoru, 400 gab.", "LV", 40, 400, 4000, "EUR",
         "digital sauna thermometers are a plastic dial or LCD with a wired probe at ten euros; these 400 are "
         "uncooled microbolometer thermal-imaging cores with 640 x 512 arrays and shutters, at 1,500 EUR each, in "
         "foam with no dial or probe, for a Bishkek 'sauna-equipment' importer whose freight goes on to Russia: "
         "thermal cameras and focal-plane arrays (dual-use 6A003) on the list whose export to Russia and re-export "
         "Regulation 833/2014 forbids, flown from Riga; Latvian wording (thermal-imaging cores repeat in many "
         "sets; a sauna-thermometer label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "TR", "848180",
         "Valvole per bagno turco in acciaio inox, 600 pezzi", "IT", 3000, 600, 12000, "EUR",
         "steam-room valves are small brass or stainless solenoid valves at a few dozen euros; these 600 are "
         "bellows-sealed globe valves in Hastelloy with PTFE seats and a leak-test certificate, at 900 EUR each on "
         "the maker's list, for an Istanbul 'hammam-equipment' firm whose orders go on to Iran: bellows-sealed "
         "valves of corrosion-resistant alloy (dual-use 2B350.g, chemical-plant equipment) and listed in the Iran "
         "regulation, exported without a licence, from Genoa to Ambarlı; Italian wording (bellows valves repeat in "
         "many sets; a Turkish-bath valve label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "850440",
         "Frequenzumrichter für Whirlpool-Pumpen, 2,2 kW, 30 Stück", "DE", 90, 30, 3000, "EUR",
         "frequency converters for whirlpool pumps are 50-60 Hz motor drives at a hundred euros; these 30 are "
         "multiphase converters with an output of 600-2,000 Hz, low distortion and precise frequency control, at "
         "6,000 EUR each, for a Dubai 'spa-technology' trader whose orders go on to Tehran: frequency changers "
         "for gas centrifuges (dual-use 3A225, and listed in the Iran regulation), exported without a licence, "
         "flown from Frankfurt; German wording (frequency converters repeat in many sets, kept as a repeat of the "
         "good; a whirlpool-pump label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "import", "PLRAIL01", "rail", "KZ", [], "PL", "440929",
         "Вагонка липовая для саун, класс экстра, 40 м3", "KZ", 20000, None, 12000, "EUR",
         "linden sauna lining from Kazakhstan would come with a phytosanitary certificate from a Kazakh mill; "
         "these 40 m3 of planed boards carry Russian mill stamps from the Kirov region under the new wraps, a "
         "Russian phytosanitary certificate left in one bundle and a Kazakh certificate of origin from Petropavl: "
         "Russian wood products (Annex XXI), whose import into the Union Regulation 833/2014 forbids, by rail at "
         "Małaszewicze for a Warsaw sauna builder; Russian wording (Russian wood under Kazakh origin repeats in "
         "several sets, kept as a repeat; a sauna-lining label was found in no earlier row by a keyword search)",
         firm("Sauny Mazowsze Sp. z o.o.", "PL")),
        ("STR-05", "import", "PLROAD01", "road", "UA", [], "PL", "940610",
         "Сауни-бочки збірні з ялини, 12 шт.", "UA", 14400, 12, 36000, "EUR",
         "Ukrainian barrel saunas come from Volyn or Zhytomyr workshops with a Ukrainian certificate of origin; "
         "these 12 carry the Brest joinery's stamps and Belarusian packing slips under the wraps and were loaded "
         "in Kovel from a lorry that crossed from Belarus the week before: Belarusian wood products, whose import "
         "into the Union Regulation 765/2006 forbids, at Yahodyn-Dorohusk for a Lublin garden-sauna dealer; "
         "Ukrainian wording (Belarusian wood repeats in several sets; barrel saunas were found in no earlier row by "
         "a keyword search)", firm("Ogród i Sauna Sp. z o.o.", "PL")),
        ("STR-06", "export", "FIAIR01", "air", "FI", [], "KG", "848210",
         "Kiukaan lämpövastusten kiinnikkeet, 4 000 kpl", "FI", 160, 4000, 2400, "EUR",
         "mounting parts for sauna-heater elements are pressed stainless brackets at a few cents; these 4,000 are "
         "sealed precision angular-contact ball bearings of ABEC-7 grade for spindles and small turbines, at 90 EUR "
         "each, for a Bishkek 'sauna-heater' reseller whose freight goes by road to Russia: ball bearings (8482 10) "
         "on the common high-priority list, whose re-export to Russia Regulation 833/2014 forbids, flown from "
         "Helsinki; Finnish wording (bearings repeat in several sets; a sauna-heater bracket label was found in no "
         "earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "AE", "940610",
         "Infračervené sauny pro hotel, 6 ks", "CZ", 1200, 6, 18000, "EUR",
         "a spa-equipment air shipment for a Dubai hotel supplier: infrared cabins and massage tables are what the "
         "Brno maker sells, but the third item's 'tlakové senzory pro bazény' are 200 corrosion-resistant "
         "capacitance pressure transducers of 0-13 kPa full scale with nickel-alloy diaphragms, whose buyer's "
         "forwarder ships on to Iran: pressure transducers for uranium hexafluoride (dual-use 2B230, listed in the "
         "Iran regulation), exported without a licence, hidden as the last item of a three-item declaration, flown "
         "from Prague; Czech wording (pressure transducers repeat in several sets; behind infrared saunas is the new "
         "part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("940290", "Masážní stoly, 20 ks", "CZ", 600, 6000, "EUR", qty=20),
                           item("902620", "Tlakové senzory pro bazény, 200 ks", "CZ", 40, 2000, "EUR", qty=200)])),
        ("STR-08", "export", "SKROAD01", "road", "SK", ["HU", "RO"], "MD", "880730",
         "Náhradné diely pre poľnohospodárske postrekovače, 200 ks", "SK", 400, 200, 4000, "EUR",
         "sprayer spare parts are nozzles, hoses and pumps; these 200 are carbon-fibre drone arms, brushless "
         "motors and flight controllers for heavy agricultural drones, for a Chişinău 'farm-equipment' trader whose "
         "freight goes on to Russia via Transnistria: UAV parts (8807 30) on the list whose export to Russia "
         "Regulation 833/2014 forbids, on a lorry through Hungary and Romania; Slovak wording (drone parts repeat "
         "in many sets, kept as a repeat; sprayer parts to Moldova are the new part as far as a search found)",
         {"importer_country": "MD"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", [], "PK", "845961",
         "Tweedehands freesmachines, werkplaats, 2 stuks", "NL", 14000, 2, 30000, "EUR",
         "used workshop milling machines are manual knee mills; these two are five-axis machining centres with "
         "contouring control and positioning accuracy under 6 µm, at 400,000 EUR each, for a Lahore 'engineering' "
         "firm with defence work: machine tools controlled under dual-use 2B001, exported without the licence "
         "Regulation 2021/821 requires, from Rotterdam to Karachi; Dutch wording (five-axis machines repeat in "
         "several sets, kept as a repeat; used workshop mills to Pakistan are the new part)",
         {"importer_country": "PK"}),
        ("STR-10", "export", "EEAIR01", "air", "EE", [], "AM", "900580",
         "Linnuvaatlusbinoklid, 30 tk", "EE", 45, 30, 1500, "EUR",
         "birdwatching binoculars are prism glasses at 50 EUR; these 30 are night-vision monoculars with Gen 3 "
         "tubes, at 3,000 EUR each, for a Yerevan 'outdoor' importer whose earlier consignments went on to Russia: "
         "image-intensifier equipment (dual-use 6A002) on the list whose export to Russia Regulation 833/2014 "
         "forbids, flown from Tallinn; Estonian wording (night-vision and birdwatching labels repeat in many sets, kept as "
         "a repeat; from Estonia to Armenia is the new part as far as a search found)", {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "VN", [], "FR", "121190",
         "Dăm gỗ đàn hương xông hơi cho phòng xông hammam, 60 kg", "VN", 60, None, 900, "USD",
         "sandalwood chips for steam-room incense are pale, sweet-smelling and light; these 60 kg are dark, "
         "resin-streaked, heavy chips that sink, smell of oud when warmed and show the fungal resin veins of "
         "infected heartwood: agarwood (Aquilaria spp., CITES App. II) without CITES documents, flown from Ho Chi "
         "Minh City to Paris for a hammam and spa chain; Vietnamese wording (agarwood repeats in many sets and "
         "sandalwood labels on it in several, kept as a repeat; a steam-room incense label was found in no earlier "
         "row by a keyword search)", firm("Hammam Saison SAS", "FR")),
        ("WLF-02", "import", "BEAIR01", "air", "IN", [], "BE", "121190",
         "హమామ్ ఫేస్ ప్యాక్ కోసం సహజ ఎర్ర మట్టి పొడి, 200 కిలోలు", "IN", 200, None, 600, "USD",
         "red clay powder for hammam face masks is a fine, earthy, ochre powder that smells of wet soil; these "
         "200 kg are a blood-red, woody powder that stains water purple-red and shows wood fibres under the lens: "
         "powdered red sanders heartwood (Pterocarpus santalinus, CITES App. II, powder included) without CITES "
         "documents, flown from Hyderabad to Brussels for a hammam-cosmetics maker; Telugu wording (red sanders "
         "repeats in many sets, kept as a repeat of the good; a hammam face-pack clay label was found in no earlier "
         "row by a keyword search)", firm("Hammam Cosmetics Brussels SRL", "BE")),
        ("WLF-03", "import", "EESEA01", "sea", "CM", [], "EE", "440729",
         "Planches d'ayous thermo-traité pour bancs de sauna, 40 m3", "CM", 28000, None, 16000, "EUR",
         "thermo-treated ayous for sauna benches is light, soft, pale-brown and even; these 40 m3 are heavy, hard, "
         "yellow-brown boards that darken to olive in air and have an interlocked grain: afrormosia (Pericopsis "
         "elata, CITES App. II) without CITES documents, by sea from Douala to Muuga for a Tallinn sauna builder; "
         "Cameroonian French wording (afrormosia repeats in many sets, ayous labels in several, blind114, blind253 and "
         "blind269, and an abachi sauna-bench label once, blind242, on another wood; kept as a repeat of that cover, "
         "to Estonia is the new part as far as a search found)", firm("Saunaehitus OÜ", "EE")),
        ("WLF-04", "import", "DEAIR01", "air", "BR", [], "DE", "330129",
         "Óleo essencial de ho-wood para infusões de sauna, 40 kg", "BR", 40, None, 1200, "USD",
         "ho-wood oil is a camphor-tree oil rich in linalool, cheap and sold in drums from China; these 40 kg, in "
         "bulk drums from Manaus, smell of rosewood and the GC sheet in the file gives the markers of Aniba "
         "rosaeodora: rosewood oil (Aniba rosaeodora, CITES App. II, essential oil in bulk included) without the "
         "Brazilian export permit, flown from Manaus to Frankfurt for a sauna-infusion maker; Brazilian Portuguese "
         "wording (rosewood oil under ho-wood labels repeats in many sets, kept as a repeat of that cover; a sauna-infusion "
         "label was found in no earlier row by a keyword search)", firm("Aufguss Manufaktur GmbH", "DE")),
        ("WLF-05", "import", "NLAIR01", "air", "ID", [], "NL", "442199",
         "Mangkuk batok kelapa untuk spa, 2.000 buah", "ID", 400, 2000, 2000, "USD",
         "a spa-supplies air shipment for an Amsterdam hammam: coconut bowls and bamboo massage sticks are what "
         "the Bali supplier sends, but the third item's 'sisir mandi motif kura-kura' are 120 combs cut from thin, "
         "translucent amber-and-brown plates that smell of burnt hair under a hot needle: hawksbill shell "
         "(Eretmochelys imbricata, CITES App. I) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Denpasar; Indonesian wording (hawksbill repeats in many sets, kept as a repeat; "
         "bath combs behind spa coconut bowls are the new part as far as a search found)",
         dict(firm("Hamam Amsterdam BV", "NL"),
              _more_items=[item("442199", "Tongkat pijat bambu, 1.000 buah", "ID", 200, 800, "USD", qty=1000),
                           item("961511", "Sisir mandi motif kura-kura, 120 buah", "ID", 4, 120, "USD", qty=120)])),
        ("WLF-06", "import", "ITAIR01", "air", "IN", [], "IT", "121190",
         "आयुर्वेदिक भाप स्नान जड़ी-बूटी मिश्रण, 80 किलो", "IN", 80, None, 640, "USD",
         "an ayurvedic steam-bath herb mix is a light blend of leaves, flowers and bark; these 80 kg are mostly "
         "greyish, fragrant, heavy root pieces that smell of violets and musk: costus root (Saussurea costus, CITES "
         "App. I) without CITES documents, flown from Delhi to Milan for a wellness-hotel spa; Hindi wording (costus "
         "repeats in many sets, kept as a repeat of the good; a steam-bath herb-mix label was found in no earlier "
         "row by a keyword search)", firm("Terme Ayurveda Srl", "IT")),
        ("WLF-07", "import", "DEAIR01", "express", "TR", [], "DE", "030799",
         "Akvaryum salyangozları, canlı, 1 kutu", "TR", 1.5, None, 60, "EUR",
         "an express box of aquarium snails holds a few dozen small shells in damp moss; this one holds 400 live, "
         "dark olive-green leeches with orange-striped backs in wet clay, sold for the leech cure still offered in "
         "some Turkish hammams: medicinal leeches (Hirudo medicinalis, CITES App. II) without CITES documents, sent "
         "by express from Izmir to a Berlin hammam; Turkish wording (leeches repeat in many sets, kept as a repeat; "
         "an aquarium-snail label for a hammam's leech cure is the new part as far as a search found)",
         firm("Hamam Kreuzberg GmbH", "DE")),
        ("WLF-08", "import", "PTSEA01", "sea", "GW", [], "PT", "440349",
         "Toros de madeira de pau-sangue, 1 contentor", "GW", 24000, None, 7200, "USD",
         "pau-sangue logs from Guinea-Bissau are legally exported only with papers; this container holds red, "
         "fragrant logs of Pterocarpus erinaceus (CITES App. II, with a suspension of trade for the species from "
         "several West African states) without CITES documents, by sea from Bissau to Lisbon; Guinea-Bissau "
         "Portuguese wording (kosso repeats in many sets, kept as a repeat; to Lisbon by sea is the new part as far "
         "as a search found)", firm("Madeiras do Tejo Lda", "PT")),
        ("WLF-09", "transit", "NLAIR01", "air", "MG", ["NL"], "US", "970529",
         "Minerals and fossils, decorative, 12 kg", "MG", 12, None, 240, "USD",
         "decorative minerals from Madagascar are quartz, labradorite and ammonites; this parcel holds 20 "
         "radiated tortoise shells and carapace pieces, yellow-starred on black, under the stones: Astrochelys "
         "radiata (CITES App. I) without CITES documents, landed at Amsterdam in transit from Antananarivo to a "
         "US buyer; Malagasy French wording (radiated tortoises repeat in many sets, kept as a repeat; a "
         "minerals-and-fossils transit through Amsterdam is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("WLF-10", "import", "IEAIR01", "air", "ZA", [], "IE", "960190",
         "Carved bone pendants, assorted, 200 pcs", "ZA", 2, 200, 300, "USD",
         "carved cattle-bone pendants are white, porous and light; these 200 are dense, cream, cross-hatched "
         "(Schreger lines) slices of elephant ivory: African elephant ivory (Loxodonta africana, CITES App. I) "
         "without CITES documents, flown from Johannesburg to Dublin for a jewellery stall; South African English "
         "wording (ivory as bone repeats in many sets, kept as a repeat; from South Africa to Ireland is the new part "
         "as far as a search found)", firm("Liffey Trinkets Ltd", "IE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "CN", "FI", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching sauna bench wood)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "FI-TUKES-79-0063")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "MA", "FR", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "MA", 1, 1, 35, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-79-0218")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "AT", "DE", "382590",
     "Spent descaling and pickling acids from thermal-bath steam generators (11 01 05*), for treatment, 16 t", "AT",
     16000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-79-0417")], "notified spent acids to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "BEROAD01", "road", "NL", "BE", "853939",
     "Waste mercury UV-C lamps from public-bath pool reactors (20 01 21*), for recycling, 2 t", "NL", 2000, None, 0,
     "EUR", [("BASEL_CONSENT", "BE-OVAM-79-0122")], "notified waste mercury lamps to a licensed recycler"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290379",
     "HCFC-141b, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 650, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-79-014")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 720, 16,
     14400, "USD", [("ODS_LICENCE", "NL-ILT-ODS-79-006")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "680291",
     "Nasrid marble capital, 14th century, documented Spanish collection, loan to a US museum", "ES", 60, 1, 120000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-EXP-79-0091")], "capital exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "830629",
     "Roman bronze strigils, 3, documented German collection since 1928, sold at auction", "DE", 0.6, 3, 9000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-79-0312")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ITSEA01", "sea", "IT", "NO", "848180",
     "Bellows-sealed Hastelloy globe valves, 80 units, for a Norwegian chemical plant", "IT", 400, 80, 72000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-79-0143"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-79-0052")],
     "dual-use bellows valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "LVAIR01", "air", "LV", "CA", "902519",
     "Uncooled thermal-imaging cores 640 x 512, 20 units, for a Canadian building-inspection firm", "LV", 2, 20,
     30000, "EUR", [("EXPORT_LICENCE", "LV-AM-79-0021"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-79-0088")],
     "dual-use thermal-imaging cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "VN", "FR", "121190",
     "Plantation agarwood chips (Aquilaria crassna, cultivated), 20 kg, for spa incense", "VN", 20, None, 2400, "USD",
     [("CITES_PERMIT", "VN-CITES-79-0417")], "App. II plantation agarwood with its export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "BR", "DE", "330129",
     "Rosewood essential oil (Aniba rosaeodora), 10 kg, from a managed plantation", "BR", 10, None, 2200, "USD",
     [("CITES_PERMIT", "BR-IBAMA-79-0286")], "App. II rosewood oil with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Particulier", "PRM-03": "Bayern Säurerecycling GmbH",
    "PRM-04": "Vlaamse Lampenrecyclage NV", "PRM-11": "Hammam Saison SAS", "PRM-12": "Aufguss Manufaktur GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # sauna builders and heater makers, bathhouses, hammams and spa suppliers
    ("340290", "Oxalic-acid sauna bench cleaner, 500 g", "import", ["post"], ["CN", "EE"], (15, 30), (1, 3), ["USD", "EUR"], 2, S),
    ("330190", "Eucalyptus steam-room essence, propylene-glycol base, 1 l", "import", ["air"], ["TR", "BG"], (8, 15), (100, 400), ["EUR"], 1, S),
    ("382499", "Citric steam-generator descaler, 10 l cans", "import", ["road"], ["UA", "TR"], (1.5, 3), (1000, 3000), ["EUR"], 0.1, S),
    ("252220", "Tadelakt lime plaster, Marrakech, 25 kg bags", "import", ["sea"], ["MA"], (0.8, 1.6), (8000, 16000), ["EUR"], 0.04, S),
    ("330190", "Menthol sauna crystals, 100 g tubs", "import", ["post", "express"], ["CH", "IN"], (40, 80), (1, 3), ["CHF", "USD"], 10, S),
    ("340590", "Copper polish paste for bath ware, 250 ml", "import", ["air"], ["AZ", "TR"], (6, 12), (100, 300), ["USD"], 4, S),
    ("283640", "Potassium carbonate, technical, 25 kg bags", "import", ["sea"], ["TN", "KR"], (0.8, 1.4), (10000, 20000), ["EUR", "USD"], 0.04, S),
    ("284700", "Spa whirlpool oxygen granules (monopersulphate), 1 kg", "import", ["road"], ["RS", "TR"], (3, 6), (1000, 4000), ["EUR"], 1, S),
    ("851679", "Infrared sauna cabins, new, 2-person", "import", ["sea"], ["CN"], (6, 12), (3000, 9000), ["USD"], 0.006, S),
    ("680610", "Rock-wool sauna insulation slabs with foil", "import", ["road"], ["PL", "LT"], (0.6, 1.2), (8000, 18000), ["EUR"], None, S),
    ("940171", "Teak spa loungers, new", "import", ["sea"], ["ID", "VN"], (6, 10), (2000, 6000), ["USD"], 0.04, S),
    ("853939", "UV-C lamps for pool disinfection, new, boxed", "import", ["air"], ["DE", "CN"], (30, 60), (100, 400), ["USD", "EUR"], 3, S),
    ("440122", "Thermo-aspen sauna panel offcuts for kindling", "export", ["road"], ["NO", "CH"], (0.1, 0.2), (10000, 20000), ["EUR"], None, S),
    ("901910", "Massage chairs, new, boxed", "import", ["sea"], ["CN", "KR"], (8, 14), (3000, 9000), ["USD"], 0.012, S),
    ("390950", "Water-blown polyurethane foam system for hot-tub cabinets", "import", ["sea"], ["CN", "US"], (2, 4), (6000, 12000), ["USD"], None, S),
    ("841869", "Plunge-pool chillers, R-290, new", "import", ["sea"], ["TR", "CN"], (10, 18), (500, 2000), ["USD", "EUR"], 0.01, S),
    ("381400", "Isopropanol degreaser for heater elements, 5 l", "import", ["road"], ["DE", "CZ"], (2, 4), (500, 2000), ["EUR"], 0.2, S),
    ("650500", "Felt sauna hats, wool", "import", ["rail"], ["KZ", "KG"], (6, 12), (200, 600), ["USD"], 5, S),
    ("441990", "Linden sauna buckets and ladles", "import", ["post", "express"], ["EE", "LV"], (20, 40), (1, 3), ["EUR"], 1, S),
    ("340290", "Alkaline floor soap for spa clay rooms, 1 l", "import", ["air"], ["KR", "JP"], (4, 8), (100, 400), ["USD"], 1, S),
    ("830629", "Reproduction brass bath scrapers", "import", ["post"], ["TR", "EG"], (20, 40), (1, 2), ["EUR"], 5, S),
    ("690723", "Zellige tiles for hammams, new", "import", ["sea"], ["MA", "TN"], (1.5, 3), (3000, 9000), ["EUR"], None, S),
    ("701610", "Pressed-glass dome skylights for hammams, new", "import", ["road"], ["TR"], (3, 6), (200, 800), ["EUR"], 0.3, S),
    ("690721", "Hand-painted Iznik-style tiles, new", "import", ["sea"], ["TR", "UZ"], (3, 6), (1000, 4000), ["USD", "EUR"], None, S),
    ("680291", "Hand-carved marble hammam basins, new", "import", ["sea"], ["TR", "EG"], (0.8, 1.5), (2000, 6000), ["USD"], 0.005, S),
    ("691390", "Glazed clay candle holders for spas", "import", ["post", "express"], ["EG", "MA"], (20, 40), (1, 3), ["USD"], 3, S),
    ("701399", "Hand-blown glass perfume bottles, new", "import", ["express"], ["SY", "LB"], (30, 60), (1, 3), ["USD"], 8, S),
    ("902519", "Digital sauna thermometers and hygrometers", "import", ["post", "express"], ["CN", "FI"], (30, 60), (1, 3), ["USD", "EUR"], 6, S),
    ("848180", "Brass solenoid valves for steam rooms", "import", ["air"], ["IT", "CN"], (15, 30), (100, 400), ["EUR", "USD"], 2, S),
    ("850440", "Variable-frequency drives for pool pumps, 50-60 Hz", "import", ["sea"], ["CN", "TW"], (12, 20), (1000, 3000), ["USD"], 0.3, S),
    ("440929", "Planed linden sauna lining, Estonian", "import", ["road"], ["EE", "LV"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("940610", "Barrel saunas, spruce, prefabricated", "import", ["road"], ["EE", "LT"], (2, 4), (6000, 14000), ["EUR"], 0.001, S),
    ("848210", "Deep-groove ball bearings for pool pumps", "import", ["sea"], ["CN", "IN"], (4, 8), (1000, 4000), ["USD"], 10, S),
    ("121190", "Plantation sandalwood chips for incense", "import", ["air"], ["AU", "IN"], (20, 40), (50, 200), ["USD"], None, S),
    ("121190", "Dried eucalyptus and birch leaves for steam baths", "import", ["air"], ["IN", "TR"], (3, 6), (100, 400), ["USD"], None, S),
    ("440729", "Thermo-treated ayous sauna bench boards", "import", ["sea"], ["CM", "GH"], (1, 2), (10000, 20000), ["EUR"], None, S),
    ("330129", "Ho-wood essential oil, bulk drums", "import", ["sea"], ["CN"], (15, 25), (500, 2000), ["USD"], None, S),
    ("442199", "Coconut-shell bowls and bamboo massage sticks", "import", ["sea"], ["ID", "PH"], (2, 4), (1000, 4000), ["USD"], 5, S),
    ("961519", "Acetate tortoise-pattern bath combs", "import", ["post", "express"], ["ID", "CN"], (30, 60), (1, 3), ["USD"], 30, S),
    ("630260", "Cotton peştemal hammam towels", "import", ["sea"], ["TR"], (8, 14), (2000, 6000), ["USD", "EUR"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone egg poachers, sets of four", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 8, N),
        ("482369", "Paper drinking straws, boxed", "import", ["sea"], ["CN", "PL"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 150, N),
        ("950300", "Wooden bead looms, children's craft kits", "import", ["post", "express"], ["GB", "LT"], (20, 40), (1, 3), ["GBP", "EUR"], 3, N),
        ("961220", "Rubber-stamp ink pads, assorted colours", "import", ["post", "express"], ["GB", "JP"], (20, 40), (1, 3), ["GBP", "JPY"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind320", 20790701, HERE)


if __name__ == "__main__":
    main()
