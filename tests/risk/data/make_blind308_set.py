#!/usr/bin/env python3
"""Writes the three-hundred-and-eighth blind set (tests/risk/data/blind308-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2077, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: haberdashery, sewing and embroidery
supply (haberdashery wholesalers and notions shops, sewing-machine dealers, embroidery and lace
suppliers, thread, yarn, button and trimming makers, patchwork, quilting and millinery suppliers).
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
only where a real declaration would. Ids are BL308-*:

    python3 tests/risk/data/make_blind308_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2077, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2077
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATAIR01", "express", "CN", [], "AT", "380991",
         "绣花线漂白去黄液 (古董刺绣修复用), 500毫升 x 6瓶", "CN", 3.4, 6, 150, "CNY",
         "the whitening liquids sold to embroiderers for yellowed white-work and old floss are 3 % peroxide or "
         "perborate soaks in small bottles; these six half-litre bottles hold a water-clear, runny liquid of 1.13 "
         "kg/l with vented caps that whitens the fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I "
         "above 12 %), sent by express from Hangzhou to a private person in Graz who resells 'floss restorer' in "
         "small bottles at craft fairs; Chinese wording (hydrogen peroxide repeats in many sets and whitening labels "
         "on it in a few; an embroidery-floss whitening label was found in no earlier row by a keyword search)",
         person("Frau Sabine Gruber", "AT")),
        ("PRE-02", "import", "ITAIR01", "air", "PK", [], "IT", "271019",
         "سلائی مشین کا تیل، بلک ری فل، 1 لیٹر، 24 بوتلیں", "PK", 27.4, 24, 190, "USD",
         "sewing-machine oil is a thin, water-white, odourless mineral oil of 0.85 kg/l sold in 100 ml oilers; "
         "these 24 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l that does not feel slippery and "
         "the filler's drum label under the sticker reads 'CH3NO2', for a Prato sewing-machine dealer whose web shop "
         "sells the 'refills' by the litre to model-engine hobbyists: nitromethane (Annex I above 16 %) made "
         "available to members of the public, flown from Lahore to Milan; Urdu wording (nitromethane repeats in "
         "many sets and a sewing-machine-oil label on it once, blind125, in 100 ml bottles by express from Dhaka; "
         "kept as a repeat of the cover, litre refills by air from Pakistan to a sewing-machine dealer are the new "
         "part as far as a search found)", firm("Vega Macchine per Cucire Srl", "IT")),
        ("PRE-03", "import", "ESSEA01", "sea", "IN", [], "ES", "340590",
         "જરી દોરા ચમકાવવાનું પ્રવાહી (ભરતકામ માટે), 1 લિટર, 1,200 બોટલ", "IN", 2210, 1200, 1700, "USD",
         "the brighteners sold for tarnished zari and metallic embroidery thread are mild, soapy, ammonia-scented "
         "liquids of about 1.0 kg/l; these 1,200 bottles hold a colourless, oily liquid of 1.84 kg/l that grows hot "
         "with a drop of water and chars the cardboard where it leaked, for a Valencia sari-fabric and zari "
         "haberdasher whose web shop sells the litre bottles to anyone: about 96 % sulphuric acid (Annex I above "
         "15 %) retail-packed for members of the public, by sea from Mundra to Valencia; Gujarati wording (sulphuric "
         "acid repeats in many sets; a zari-thread brightener label was found in no earlier row by a keyword "
         "search)", firm("Meridian Mercería Textil SL", "ES")),
        ("PRE-04", "import", "DEAIR01", "air", "JP", [], "DE", "960990",
         "刺しゅう図案転写用チャコパウダー（白）, 1 kg袋, 200袋", "JP", 200, 200, 1400, "USD",
         "the pounce and chaco powders embroiderers rub through pricked patterns are soft, chalky talc or calcium "
         "carbonate that smears and does not dissolve; these 200 bags hold a white, crystalline powder that "
         "dissolves slowly, flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Düsseldorf "
         "embroidery-supply web shop that sells the 1 kg bags to the public: potassium perchlorate (Annex I above "
         "40 %) retail-packed for members of the public, flown from Osaka; Japanese wording (potassium perchlorate "
         "repeats in many sets, tailors'-chalk powder for pounce wheels once, blind274, on potassium chlorate, and a "
         "calligraphy pounce label once, blind201; kept as a repeat of that cover family, a Japanese chaco powder "
         "for embroidery pattern transfer is the new part as far as a search found)", firm("Central Stickbedarf GmbH", "DE")),
        ("PRE-05", "import", "GRSEA01", "sea", "TR", [], "GR", "350510",
         "Dantel ve tül kolalama tozu, 25 kg torba, 480 torba", "TR", 12000, 480, 4300, "EUR",
         "lace and tulle starch is a fine, white, squeaky modified-starch powder that thickens in hot water; these "
         "480 sacks hold white, hard prills that turn ice-cold and vanish in water, test at 34 % N and melt and fume "
         "on a hot plate, for a Thessaloniki haberdashery wholesaler that packs them in 1 kg 'stiffener' tubs sold "
         "to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, by "
         "sea from Gemlik to Thessaloniki; Turkish wording (ammonium nitrate repeats in many sets and starch labels "
         "in a few; a lace-starching powder label was found in no earlier row by a keyword search)",
         firm("Delta Psilika AE", "GR")),
        ("PRE-06", "import", "FRPOST01", "post", "VN", [], "FR", "382499",
         "Viên sủi tẩy vết bút đánh dấu vải, hộp 500 g, 4 hộp", "VN", 2.0, 4, 35, "USD",
         "the tablets sold for washing out the lines of fabric marking pens are small, effervescent citric and "
         "percarbonate tablets that fizz in water; these four tubs hold loose, white crystals that do not fizz, "
         "have no smell, flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I "
         "above 40 %), posted from Ho Chi Minh City to a private person in Lyon; Vietnamese wording (sodium chlorate "
         "repeats in many sets and tablet labels on it in a few; a fabric-marker eraser label was found in no "
         "earlier row by a keyword search)", person("Mme Claire Morel", "FR")),
        ("PRE-07", "import", "HUAIR01", "air", "EG", [], "HU", "381010",
         "سائل إزالة الصدأ من الدبابيس وإبر الخياطة، 1 لتر، 120 زجاجة", "EG", 168, 120, 480, "USD",
         "the rust removers sold for pins and sewing needles are citric or phosphoric gels of about 1.1 kg/l; these "
         "120 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper wire, "
         "for a Budapest notions wholesaler that sells the bottles to the public: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, flown from Cairo; Egyptian Arabic wording (nitric acid "
         "repeats in many sets and rust-remover labels in a few; a pin-and-needle rust remover from Egypt is the new "
         "part as far as a search found)", firm("Orion Rövidáru Kft.", "HU")),
        ("PRE-08", "import", "PLSEA01", "sea", "CN", [], "PL", "380991",
         "羊毛线防缩氯化处理盐, 25公斤袋, 800袋", "CN", 20000, 800, 9200, "USD",
         "the salts for the chlorine shrink-proofing of wool yarn are sodium dichloroisocyanurate granules that "
         "smell of a swimming pool; these 800 bags hold odourless, shiny flakes that crackle and spit violet sparks "
         "on a hot iron, and the maker's sheet in the container gives CAS 3811-04-9, for a Łódź yarn and "
         "haberdashery firm with no dye house that re-bags the salt in 1 kg packs on Allegro: potassium chlorate "
         "(Annex I above 40 %) retail-packed for members of the public, by sea from Ningbo to Gdańsk; Chinese "
         "wording (potassium chlorate repeats in many sets; a wool shrink-proofing salt was found in no earlier row "
         "by a keyword search)", firm("Nordhafen Włóczki Sp. z o.o.", "PL")),
        ("PRE-09", "import", "NLAIR01", "air", "KE", [], "NL", "250100",
         "Chumvi ya kuhifadhi ngozi, mfuko wa kilo 1, mifuko 400", "KE", 400, 400, 360, "USD",
         "hide-curing salt is coarse, grey-white sea salt that tastes of brine; these 400 bags hold a fine, white, "
         "hygroscopic powder with no taste of salt that dissolves at once, turns damp in the warehouse and burns "
         "fiercely with sugar, for an Amsterdam taxidermy-and-tannery web shop that sells the bags to the public: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Nairobi; "
         "Swahili wording (sodium perchlorate repeats in many sets and salt labels on it in a few; a hide-curing "
         "salt label from Kenya is the new part as far as a search found)", firm("Atlantic Prepareer Benodigdheden BV", "NL")),
        ("PRE-10", "import", "HUROAD01", "road", "RS", [], "HU", "340290",
         "Концентрат за избељивање чипке и везова, канта 5 л, 400 канти (1. од 3 пошиљке)", "RS",
         2400, 400, 1900, "EUR",
         "lace and embroidery whiteners are mild percarbonate or optical-brightener soaks of about 1.02 kg/l; these "
         "400 cans hold a water-clear liquid of 1.20 kg/l that does not foam, has vented caps, whitens the skin and "
         "fizzes on rust, the first of three vans booked that week each kept under 2.5 t, for a Szeged haberdashery "
         "wholesaler that sells the cans to the public: about 50 % hydrogen peroxide (Annex I above 12 %) "
         "retail-packed for members of the public, at Röszke; Serbian Cyrillic wording (hydrogen peroxide repeats in "
         "many sets and splits over three vans from blind264 onwards, kept as a repeat of that family; a lace "
         "whitener label was found in no earlier row)", firm("Alpina Rövidáru Nagykereskedés Kft.", "HU")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "PK", "845229",
         "Gebrauchte Industrienähmaschinen, funktionsfähig, 120 Stück", "DE", 9000, 120, 14000, "EUR",
         "used industrial sewing machines go out as heads on tables with motors, oiled and tested, each with a "
         "serial plate; these crates hold multi-head computerised embroidery machines from a closed Bielefeld "
         "embroidery works, stripped of heads, with cracked control panels, loose boards, servo drives, cut looms and "
         "UPS batteries, sold by weight to a Karachi dismantler: waste electrical equipment with boards and batteries "
         "(A1180, e-waste under the Basel amendments), whose export to a non-OECD country is banned, from Bremerhaven "
         "to Karachi; German wording (e-waste under used-machinery labels repeats in many sets; embroidery machines "
         "as used sewing machines were found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "AL", "382499",
         "Soluzione di nichelatura per bottoni e cursori, nuova, cisternette, 18 t", "IT", 18000, 18, 2700, "EUR",
         "a new bright-nickel plating solution is a clear, green liquid with a data sheet and a batch number; these "
         "IBCs hold a murky, dark liquid with black sludge that reads cyanide, nickel and copper, drained from the "
         "tanks of a Vicenza plating shop that coats metal buttons, rivets and zip sliders: spent cyanide and metal "
         "plating baths (11 01 98*, 11 01 11*), hazardous waste whose export to a non-OECD country is banned, from "
         "Bari to Durrës; Italian wording (spent plating baths repeat in several sets; a button and zip-slider "
         "plating line was found in no earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "321290",
         "Pasta de pigmento para serigrafía textil, bidones, 22 t", "ES", 22000, None, 3300, "EUR",
         "textile screen-printing pigment paste is a smooth, bright, single-colour paste in sealed pails with a "
         "batch label; these drums hold a dark, lumpy, foul-smelling sludge of mixed colours that reads chromium, "
         "copper and chlorinated solvents, dredged from the settling pits of an Ontinyent embroidery-thread dye "
         "house: dyestuff and treatment sludges containing hazardous substances (04 02 16*, 04 02 19*), hazardous "
         "waste whose export to a non-OECD country is banned, from Valencia to Tangier Med; Spanish wording (dye "
         "sludges repeat in a few sets; a thread dye house's pits under a screen-printing paste label were found in "
         "no earlier row)", {"importer_country": "MA"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "CM", "520852",
         "Tissus imprimés en coupons, coton, 3 t", "BE", 3000, None, 4500, "EUR",
         "a closing Liège haberdashery's stock for a Douala tailors' market: printed cotton remnants and buttons are "
         "what may go, but the third item's 'machines à coudre domestiques, d'occasion' are 400 dead electronic "
         "sewing and overlock machines, shop till computers, fluorescent light boxes and a crate of lead-acid "
         "emergency-light batteries, 6 t in all: waste electrical equipment with lamps and batteries (A1180, "
         "16 06 01*, 20 01 21*), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration, from Antwerp; Belgian French wording (e-waste behind used goods repeats "
         "in many sets; behind a haberdashery's fabric remnants is the new part as far as a search found)",
         dict({"importer_country": "CM"},
              _more_items=[item("960629", "Boutons assortis, en vrac, 400 kg", "BE", 400, 1200, "EUR"),
                           item("845210", "Machines à coudre domestiques, d'occasion, 400 unités", "BE", 6000, 2000, "EUR", qty=400)])),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "SN", "381400",
         "Solvant de détachage pour ateliers de broderie, régénéré, cubitainers, 16 t", "FR", 16000, 16, 1600, "EUR",
         "a reclaimed spot-cleaning solvent is a clear, water-white liquid with an analysis and a data sheet; these "
         "IBCs hold a grey, oily, sweet-smelling liquid with lint, thread ends and dye sludge at the bottom, the "
         "spent tetrachloroethylene and trichloroethylene of the spot-cleaning guns of Lyon embroidery and "
         "garment-finishing works: spent halogenated solvents (14 06 02*), hazardous waste whose export to a "
         "non-OECD country is banned, from Marseille to Dakar for a 'dry cleaner'; French wording (spent solvents "
         "repeat in many sets and spot-gun fluids in a few, as ozone goods; spent embroidery spot-cleaning solvent "
         "as waste was found in no earlier row by a keyword search)",
         {"importer_country": "SN"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", [], "UA", "631090",
         "Ścinki tkanin zasłonowych, sortowane, do ponownego użycia, 20 t", "PL", 20000, None, 2000, "EUR",
         "curtain-fabric offcuts for reuse are clean, sorted cotton and polyester pieces; these bales hold the "
         "back-coated blackout and upholstery offcuts of a Kalisz curtain-making and curtain-tape firm, stiff with "
         "a grey foam coating that reads decabromodiphenyl ether and antimony trioxide, with the lead-weighted hem "
         "tape still sewn in: waste containing a persistent organic pollutant above its limit and lead, hazardous "
         "waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk 'felt maker'; Polish wording "
         "(textile offcuts repeat in many sets and BFR-treated fabrics in a few; curtain-maker offcuts with lead "
         "hem tape were found in no earlier row)", {"importer_country": "UA"}),
        ("WST-07", "export", "CZROAD01", "road", "CZ", [], "UA", "960621",
         "Knoflíky z polyesterové pryskyřice, zmetky, k přepracování, 20 t", "CZ", 20000, None, 1000, "EUR",
         "reject polyester buttons are hard, finished discs in sacks; these drums hold a sticky, styrene-smelling "
         "paste of uncured resin, catalyst and turnings soaked in spent acetone, scraped from the casting and "
         "polishing lines of a south Bohemian button factory: waste resins and halogen-free solvents (07 02 08*, "
         "08 04 09*), hazardous waste whose export to a non-OECD country is banned, on a lorry through Vyšné "
         "Nemecké for a Uzhhorod 'plastics recycler'; Czech wording (resin waste repeats in a few sets; reject "
         "buttons as a cover were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-08", "export", "HRSEA01", "sea", "HR", [], "ME", "271019",
         "Ulje za transformatore, regenerirano, IBC spremnici, 14 t", "HR", 14000, 14, 4200, "EUR",
         "regenerated transformer oil is a clear, pale-yellow oil with a test certificate showing no PCBs; these "
         "IBCs hold dark, smelly oil drained from 1970s transformers of a Croatian utility that tests at 300 ppm "
         "PCBs: waste oil containing PCBs (13 03 01*, A3180), hazardous waste whose export to a non-OECD country is "
         "banned, from Ploče to Bar; Croatian wording (PCB oil repeats in many sets; kept as a repeat, Croatia to "
         "Montenegro by sea is the new part as far as a search found)", {"importer_country": "ME"}),
        ("WST-09", "export", "DKSEA01", "sea", "DK", [], "GH", "853952",
         "LED-rør, nye, 1,2 m, 20.000 stk.", "DK", 8000, 20000, 10000, "EUR",
         "new LED tubes are boxed, light and each carries a date code; these cartons hold used fluorescent tubes "
         "pulled from Copenhagen office refits, many broken, with powder and glass loose in the boxes: waste "
         "mercury-containing lamps (20 01 21*), hazardous waste whose export to a non-OECD country is banned, from "
         "Aarhus to Tema; Danish wording (fluorescent tubes repeat in many sets and an LED-tube label in a few; "
         "kept as a repeat, from Denmark to Ghana is the new part as far as a search found)", {"importer_country": "GH"}),
        ("WST-10", "export", "LVRAIL01", "rail", "LV", [], "KZ", "381519",
         "Katalizatora granulas, jaunas, niķeļa bāzes, 40 t", "LV", 40000, None, 24000, "EUR",
         "new nickel catalyst pellets are clean, uniform, grey-green extrudates in sealed drums; these big bags hold "
         "black, oily, crumbled pellets that smell of hydrocarbons and self-heat, spent hydrotreating catalyst from "
         "a Baltic fat-hardening plant: spent catalysts containing nickel (16 08 02*), hazardous waste whose export "
         "to a non-OECD country is banned, by rail from Rīga to Almaty; Latvian wording (spent catalysts repeat in "
         "several sets; kept as a repeat, by rail from Latvia is the new part as far as a search found)",
         {"importer_country": "KZ"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CZAIR01", "air", "CN", [], "CZ", "381400",
         "绣品去污枪清洗液 (绣花厂专用), 1升 x 300瓶", "CN", 477, 300, 900, "USD",
         "the spot-cleaning fluids embroidery works spray from a cleaning gun onto oil and chalk marks are "
         "hydrocarbon or modified-alcohol blends of about 0.78 kg/l that burn; these 300 bottles weigh 1.59 kg/l, "
         "do not burn, smell sweet like chloroform and evaporate cold from the hand: carbon tetrachloride, whose "
         "import into the Union is banned, flown from Hangzhou to Prague for an embroidery-machine and supplies "
         "dealer; Chinese wording (carbon tetrachloride repeats in many sets and spot-remover labels in a few, a garment "
         "finisher's spot-gun fluid among them, blind142, on methyl chloroform; an embroidery works' spot-gun fluid "
         "on carbon tetrachloride is the new part as far as a search found)",
         firm("Horizon Vyšívací Technika s.r.o.", "CZ")),
        ("OZN-02", "import", "NLAIR01", "air", "IN", [], "NL", "340290",
         "ਸਿਲਾਈ ਮਸ਼ੀਨ ਸਫ਼ਾਈ ਘੋਲ, 1 ਲੀਟਰ, 48 ਬੋਤਲਾਂ", "IN", 59, 48, 240, "USD",
         "the cleaning fluids Ludhiana sewing-machine makers ship with their machines are light, petrol-smelling "
         "naphtha of about 0.76 kg/l that burns; these 48 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C "
         "with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the "
         "Union is banned, flown from Delhi to Amsterdam for a sewing-machine repairer; Punjabi wording (HCFC-141b "
         "under solvent labels repeats in many sets; a sewing-machine cleaning fluid from Ludhiana was found in no "
         "earlier row by a keyword search)", firm("Vega Naaimachines BV", "NL")),
        ("OZN-03", "import", "FIAIR01", "air", "KR", [], "FI", "350691",
         "자수틀용 임시 고정 스프레이 접착제, 500ml, 480캔", "KR", 290, 480, 1900, "USD",
         "temporary spray adhesives for hooping embroidery stabilisers are light aerosols of a rubber resin in "
         "hexane with a hydrocarbon propellant that burns at the nozzle; these 480 cans are heavy for their size, "
         "do not burn when sprayed at a lighter, and the sweet, ether-smelling spray leaves a wet film that chills "
         "the skin; the filler's sheet names trichlorofluoromethane: CFC-11 as solvent and propellant, products "
         "containing a controlled substance whose import into the Union is banned, flown from Incheon to Helsinki "
         "for an embroidery-supply wholesaler; Korean wording (CFC-11 repeats in many sets and an embroidery-hooping "
         "spray-adhesive label once, blind186, on HCFC-141b from India; kept as a repeat of the label, CFC-11 from "
         "Korea to Finland is the new part as far as a search found)", firm("Nordhafen Kirjontatarvike Oy", "FI")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "340399",
         "Fermuar ve çıtçıt için kaydırıcı sprey, 400 ml, 2.400 kutu", "TR", 1150, 2400, 3100, "EUR",
         "zip and snap lubricant sprays are silicone or PTFE in a light solvent with a flammable propellant; these "
         "2,400 cans do not burn when sprayed, smell sweetish and chloroform-like and leave the zip teeth wet for "
         "long, and the filler's sheet names 1,1,1-trichloroethane: methyl chloroform, a controlled substance whose "
         "import into the Union is banned, in a lorry at Kapitan Andreevo for a Plovdiv zip and notions wholesaler; "
         "Turkish wording (methyl chloroform repeats in many sets; a zip-lubricant spray was found in no earlier row "
         "by a keyword search)", firm("Orion Galanteria EOOD", "BG")),
        ("OZN-05", "import", "ESSEA01", "sea", "MA", [], "ES", "842410",
         "Extincteurs portatifs 6 kg pour entrepôts, 200 unités", "MA", 1700, 200, 3400, "EUR",
         "portable 6 kg extinguishers are powder or foam units with a CE mark and the maker's certificate; these 200 "
         "are grey-painted cylinders whose collars read 'BCF' under the new labels and which spray a liquid that "
         "vanishes into a sweet gas: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products "
         "whose import into the Union is banned, by sea from Tangier Med to Algeciras for a Seville fire-equipment "
         "dealer; Moroccan French wording (halon 1211 repeats in many sets, kept as a repeat; from Morocco is the "
         "new part as far as a search found)", firm("Rivage Protección Incendios SL", "ES")),
        ("OZN-06", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "381400",
         "Solvent pentru adezivul de întăritură termocolantă, 40 de butoaie", "CN", 11900, 40, 6400, "USD",
         "the solvents for the hot-melt dots of fusible interfacing are light ketone or ester blends of about "
         "0.85 kg/l that burn; these 40 drums weigh 1.99 kg/l, do not burn, smell sweet, sink under water in a test "
         "tube and the drum heads are stamped 'CH2BrCl': bromochloromethane, moved through the Union without the "
         "licence Regulation 2024/590 requires, landed at Constanța in transit from Shanghai to a Chișinău "
         "interfacing and lining maker; Romanian wording (bromochloromethane repeats in many sets; an interfacing-"
         "adhesive solvent in transit through Constanța was found in no earlier row by a keyword search)",
         {"importer_country": "MD"}),
        ("OZN-07", "import", "SKROAD01", "road", "UA", [], "SK", "340290",
         "Засіб для виведення плям з вишиванок, 1 л, 600 пляшок", "UA", 940, 600, 54000, "UAH",
         "the stain removers sold for washing embroidered vyshyvanka shirts are mild enzyme or oxygen soaks of "
         "about 1.0 kg/l; these 600 bottles weigh 1.56 kg/l, smell faintly of chloroform, do not burn and evaporate "
         "cold from the cloth, and the canister labels under the new stickers read 'Фреон-113': CFC-113 "
         "(trichlorotrifluoroethane), whose import into the Union is banned, in a van at Vyšné Nemecké for a Košice "
         "embroidery and haberdashery shop; Ukrainian wording (CFC-113 repeats in many sets; a vyshyvanka stain-"
         "remover label was found in no earlier row by a keyword search)", firm("Meridian Galantéria s.r.o.", "SK")),
        ("OZN-08", "import", "DKAIR01", "express", "HK", [], "DK", "853929",
         "縫紉機燈泡, 螺口 15W, 200個", "HK", 3, 200, 160, "USD",
         "an express parcel for a Copenhagen sewing shop: sewing-machine bulbs and seam rippers are what the Hong "
         "Kong supplier sends, but the third item's 'airbrush propellant cans for fabric painting' are twelve "
         "500 g cans of dichlorodifluoromethane stamped 'R-12' under the sticker: CFC-12, whose import into the "
         "Union is banned, hidden as the last item of a three-item declaration; Hong Kong Chinese wording (CFC-12 "
         "repeats in many sets and airbrush-propellant labels in a few; behind sewing-machine bulbs is the new part "
         "as far as a search found)",
         dict(firm("Alpina Symaskiner ApS", "DK"),
              _more_items=[item("820559", "拆線器, 500個", "HK", 2, 150, "USD", qty=500),
                           item("271119", "Airbrush propellant cans for fabric painting, 12 pcs", "HK", 6, 48, "USD", qty=12)])),
        ("OZN-09", "import", "CYSEA01", "sea", "EG", [], "CY", "290343",
         "غاز تبريد R-32، أسطوانات 9 كجم، 150 أسطوانة", "EG", 1350, 150, 6000, "USD",
         "R-32 is a mildly flammable HFC in refillable cylinders with a certificate; these 150 disposable cylinders "
         "read 9.8 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old stamps: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, by sea from Alexandria to Limassol "
         "for an air-conditioning workshop; Egyptian Arabic wording (HCFC-22 under HFC labels repeats in many sets, "
         "kept as a repeat; from Egypt to Cyprus is the new part as far as a search found)",
         firm("Delta Cooling Services Ltd", "CY")),
        ("OZN-10", "import", "GRSEA01", "sea", "IL", [], "GR", "281290",
         "סולפוריל פלואוריד לחיטוי מחסנים, צילינדרים 50 ק\"ג, 40 צילינדרים", "IL", 2000, 40, 5200, "USD",
         "sulfuryl fluoride for structural fumigation comes in tall, grey cylinders of a colourless gas at about 17 "
         "bar; these 40 cylinders read about 2 bar, weigh more than the gas allows and the crates hold chloropicrin "
         "warning ampoules: methyl bromide, whose import into the Union is banned, by sea from Haifa to Piraeus for "
         "a pest-control firm; Hebrew wording (methyl bromide repeats in many sets and sulfuryl-fluoride labels in a "
         "few; kept as a repeat, from Israel to Greece is the new part as far as a search found)",
         firm("Vega Apentomoseis AE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "express", "EG", [], "FR", "581099",
         "رقع تطريز مستوحاة من الطراز القبطي للخياطة، 40 قطعة", "EG", 0.8, 40, 60, "USD",
         "Coptic-style appliqué patches are new, machine-woven roundels in bright wool on cotton; these 40 are "
         "brittle, faded linen-and-wool fragments in tapestry weave with dancers, vines and hares, some with old "
         "stitch holes and sand in the weave: late Roman and Coptic textile fragments (4th-7th century) dug from "
         "Egyptian cemeteries, whose export Egypt forbids, brought in without the import licence Regulation 2019/880 "
         "requires, sent by express from Cairo to a private quilter in Toulouse; Egyptian Arabic wording (Coptic "
         "textiles repeat in several sets; a sewing-patch label was found in no earlier row by a keyword search)",
         person("Mme Hélène Garnier", "FR")),
        ("CUL-02", "import", "ESAIR01", "air", "PE", [], "ES", "580500",
         "Tejidos andinos para costura de parches y patchwork, 60 piezas", "PE", 12, 60, 300, "USD",
         "Andean weavings for patchwork are new alpaca or cotton pieces woven on backstrap looms, bright and even; "
         "these 60 are faded cotton and camelid fragments with stepped birds and fish in gauze and tapestry weave, "
         "earth-stained and with knotted fringes: Chancay and Ica funerary textiles (1000-1470) dug from coastal "
         "cemeteries, whose export Peru forbids, brought in without an import licence (Regulation 2019/880), flown "
         "from Lima to Madrid for a patchwork shop; Peruvian Spanish wording (Chancay textiles repeat in several "
         "sets, kept as a repeat of the good; a patchwork-fabric label was found in no earlier row)",
         firm("Central Patchwork Madrid SL", "ES")),
        ("CUL-03", "import", "ITPOST01", "post", "AL", [], "IT", "960629",
         "Kopsa qeramike të punuara me dorë, për qepje, 200 copë", "AL", 3, 200, 40, "EUR",
         "handmade ceramic buttons are glazed, even, new discs with two or four holes; these 200 are unglazed, "
         "worn, conical and biconical clay whorls with one central hole and incised lines, and a few pyramidal loom "
         "weights with stamps, with soil in the holes: Illyrian and Greek spindle whorls and loom weights dug at "
         "Apollonia and Byllis, archaeological objects whose export Albania forbids, brought in without an import "
         "licence (Regulation 2019/880), posted from Fier to a private person in Bari; Albanian wording (spindle "
         "whorls repeat in three sets, blind89, blind148 and blind175; a ceramic-button label was found in no earlier row by a keyword search)",
         person("Sig.ra Anna Russo", "IT")),
        ("CUL-04", "import", "FRPOST01", "post", "TN", [], "FR", "731990",
         "Aiguilles en bronze pour couture du cuir, finition antique, 60 pièces", "TN", 0.4, 60, 45, "TND",
         "antique-finish bronze needles for leather sewing are new, identical, machine-drawn needles; these 60 are "
         "corroded, green-patinated needles, bodkins and pins with hand-cut eyes and decorated heads, no two alike, "
         "some still in their bone cases: Punic and Roman sewing implements dug near Carthage and Utica, "
         "archaeological objects whose export Tunisia forbids, brought in without an import licence (Regulation "
         "2019/880), posted from Tunis to a private person in Marseille; Tunisian French wording (Roman pins repeat "
         "in several sets; a leather-sewing needle label was found in no earlier row by a keyword search)",
         person("M. Karim Ben Salah", "FR")),
        ("CUL-05", "import", "LVAIR01", "air", "UZ", [], "LV", "630492",
         "Yangi kashtali so'zana, qo'l ishi, ko'rpa uchun, 12 dona", "UZ", 36, 12, 600, "USD",
         "new hand-embroidered suzanis for bedspreads are bright, chain-stitched cotton on machine-woven ground; "
         "these 12 are large, faded silk-on-handloom-cotton panels with madder and indigo dyes, joined from strips "
         "that do not quite match, worn at the folds and with collection tags cut off: 19th-century Bukhara and "
         "Shahrisabz suzanis exported from Uzbekistan without the permit its cultural-heritage law requires, whose "
         "import Regulation 2019/880 (Article 3(1)) forbids, flown from Tashkent to Riga for a quilting and "
         "embroidery shop; Uzbek wording (suzanis repeat in a few sets; a new bedspread label to Latvia is the new "
         "part as far as a search found)", firm("Rivage Rokdarbi SIA", "LV")),
        ("CUL-06", "export", "ITAIR01", "air", "IT", [], "CH", "580430",
         "Pizzo ad ago, riproduzione moderna di punto Venezia, collo, 1 pz.", "IT", 0.2, 1, 300, "EUR",
         "a modern reproduction of Venetian needlepoint lace is crisp, white, machine-even cotton; this collar is "
         "ivory linen in raised gros point with irregular hand-worked brides, old darns and a faded collection label, "
         "the 17th-century Venetian rose point a Florentine family owned, valued at 70,000 EUR: an antique cultural "
         "good exported without the EU export licence Regulation 116/2009 requires, flown from Milan to a Geneva "
         "dealer; Italian wording (antique lace repeats once or twice; a reproduction label on needlepoint lace was "
         "found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-07", "export", "PTSEA01", "sea", "PT", [], "BR", "580632",
         "Fitas de cetim, bobinas, 2.000 unidades", "PT", 800, 2000, 3000, "EUR",
         "a Porto haberdashery wholesaler's container for São Paulo: satin ribbon reels and gold-thread bobbins are "
         "what its Brazilian buyers order, but the third item's 'casula bordada, réplica' is a silk chasuble worked "
         "in couched gold thread with the arms of a Minho parish, 18th century, reported stolen from a church near "
         "Braga: a cultural good of the national heritage exported without the EU export licence (Regulation "
         "116/2009), hidden as the last item of a three-item declaration, from Leixões to Santos; Portuguese wording "
         "(church vestments repeat in a few sets; behind ribbon reels is the new part as far as a search found)",
         dict({"importer_country": "BR"},
              _more_items=[item("560500", "Fio dourado metalizado para bordado, bobinas, 600 unidades", "PT", 150, 1800, "EUR", qty=600),
                           item("621149", "Casula bordada, réplica, 1 unidade", "PT", 3, 120, "EUR", qty=1)])),
        ("CUL-08", "transit", "NLAIR01", "air", "LB", ["NL"], "US", "690721",
         "Ceramic floor tile samples, 4 boxes", "LB", 90, 4, 120, "USD",
         "ceramic tile samples are new, glazed, identical squares; these boxes hold 3,000 small stone and glass "
         "tesserae still set in old lime mortar in panels with a hunting scene and Greek letters: a Roman-Byzantine "
         "mosaic lifted from a site in Syria, whose export Syria forbids, landed at Schiphol in transit from Beirut "
         "to a New York dealer, against Regulation 2019/880 (Article 3(1)) and the Syria regulation; English "
         "wording (Syrian mosaics repeat in many sets, kept as a repeat; a tile-sample label on a transit through "
         "Amsterdam is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "ATAIR01", "air", "JO", [], "AT", "711620",
         "خرز حجري لصناعة المجوهرات، 80 حبة", "JO", 0.6, 80, 90, "USD",
         "stone beads for jewellery are new, polished, drilled agate and jasper; these 80 are small, worn stone "
         "cylinders drilled lengthwise, carved in reverse with figures, animals and cuneiform lines that roll out on "
         "clay: Mesopotamian cylinder seals looted in Iraq, whose import Regulation 1210/2003 and Regulation "
         "2019/880 forbid, flown from Amman to Vienna for a dealer; Jordanian Arabic wording (cylinder seals repeat "
         "in many sets and bead labels on them in several, kept as a repeat; from Jordan to Vienna is the new part "
         "as far as a search found)", firm("Horizon Kunsthandel GmbH", "AT")),
        ("CUL-10", "export", "HUROAD01", "road", "HU", [], "RS", "830610",
         "Harang, új öntvény, bronz, 1 db", "HU", 180, 1, 900, "EUR",
         "a new cast bell is bright, smooth bronze with the foundry's mark and year; this one is dark and worn, with "
         "a 1741 Latin inscription, a saint in relief and clapper wear, taken from a village church tower in Bács "
         "county: a cultural good of the national heritage over 100 years old exported without the EU export "
         "licence (Regulation 116/2009) and the Hungarian permit, on a van at Röszke for a Novi Sad collector; "
         "Hungarian wording (church bells repeat once or twice; a new-cast label from Hungary is the new part as far "
         "as a search found)", {"importer_country": "RS"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "AE", "540110",
         "Schwarzes Stickgarn, Polyester, Konen 5.000 m, 600 Stück", "DE", 300, 600, 2400, "EUR",
         "black polyester embroidery thread comes on 5,000 m cones at a few euros, soft and stretchy; these 600 "
         "cones hold stiff, slippery, jet-black tows of 12,000 filaments that do not stretch, break with a snap and "
         "carry the mill's tensile-modulus sheet, 5,900 MPa and 294 GPa, worth 40 times the declared value, for a "
         "Dubai 'embroidery-thread trader' whose orders go on to Tehran: carbon-fibre tow controlled under dual-use "
         "1C010 and listed in the Iran regulation, exported without a licence, flown from Frankfurt; German wording "
         "(carbon fibre repeats in many sets and an embroidery-thread cone label once, blind186, on optical "
         "fibre; kept as a repeat of the label, on carbon fibre to Dubai is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-02", "import", "LTRAIL01", "rail", "KZ", [], "LT", "442199",
         "Кесте жиектемелері, қайың, 20 т", "KZ", 20000, None, 18000, "EUR",
         "Kazakh-made embroidery hoops would be light pine or imported beech from a small workshop; these 20 t of "
         "birch hoops and quilting frames carry Russian mill stamps from Kirov under the new labels, the rail "
         "waybill was reissued at Petropavl and the certificate of origin is from a firm with no joinery: Russian "
         "wood products, whose import into the Union Regulation 833/2014 forbids, by rail at Kena for a Vilnius "
         "haberdashery wholesaler; Kazakh wording (Russian birch products repeat in a few sets, blind304's tripod "
         "legs among them, kept as a repeat of the good; embroidery hoops as goods were found in no earlier row, an embroidery-hooping spray once, blind186)",
         firm("Orion Siuvinėjimo Prekės UAB", "LT")),
        ("STR-03", "import", "ITAIR01", "air", "AE", [], "IT", "560500",
         "Filo metallico dorato per ricamo, bobine, 40 kg", "AE", 40, None, 2400, "USD",
         "gilt embroidery thread is a polyester or copper core wrapped in a thin metallised film at a few euros a "
         "reel; these 40 kg of reels are of drawn, soft, heavy 999 gold wire, worth a hundred times the declared "
         "value, with refinery papers from Krasnoyarsk in the consignment file and an Emirati certificate of "
         "origin: Russian gold, whose import into the Union Regulation 833/2014 forbids, flown from Dubai to Milan "
         "for a Como embroidery-thread dealer; Emirati Arabic wording (Russian gold repeats in several sets; a "
         "gold-embroidery-thread label was found in no earlier row by a keyword search)",
         firm("Atlantic Filati Ricamo Srl", "IT")),
        ("STR-04", "export", "DESEA01", "sea", "DE", [], "PK", "320649",
         "Glitzerpulver für Textil- und Stoffmalfarben, silber, 25 kg Eimer, 80 Eimer", "DE", 2000, 80, 3600, "EUR",
         "silver glitter for fabric paints is cut, coated PET or aluminium-flake pigment in a paste, flat and "
         "sparkling; these 80 pails hold a dry, dull-grey, flour-fine powder of spherical atomised aluminium, "
         "99.7 %, 10-30 µm, packed under argon with the atomiser's certificate, for a Karachi 'fabric-paint maker' "
         "whose address is shared with a firm supplying solid rocket motors: spherical aluminium powder (dual-use "
         "1C111, a propellant fuel) exported without the licence Regulation 2021/821 requires, from Hamburg to Port "
         "Qasim; German wording (aluminium powder repeats in many sets and glitter labels on aluminium in a few; "
         "kept as a repeat, a fabric-paint glitter label to Pakistan is the new part as far as a search found)",
         {"importer_country": "PK"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "DZ", "380991",
         "Suavizante para hilos de bordar, bidones 200 kg, 20 bidones", "ES", 4000, 20, 7000, "EUR",
         "a thread softener for embroidery yarn is a milky, dilute silicone or fatty-amide emulsion; these 20 drums "
         "hold a viscous, colourless, faintly ammonia-smelling liquid of 1.12 kg/l, 99 % pure, with the maker's "
         "CAS 102-71-6, for an Algiers 'thread finisher' with no dye house: triethanolamine (dual-use 1C350, a "
         "chemical-weapons precursor) exported without the licence Regulation 2021/821 requires, from Valencia; "
         "Spanish wording (triethanolamine repeats in many sets and textile-softener labels on MDEA twice, blind126 and "
         "blind166; an embroidery-thread softener on triethanolamine to Algeria is the new part as far as a search "
         "found)", {"importer_country": "DZ"}),
        ("STR-06", "export", "ITSEA01", "sea", "IT", [], "GE", "845229",
         "Macchine per cucire industriali, nuove, 6 unità", "IT", 21000, 6, 30000, "EUR",
         "industrial sewing machines are 60-100 kg heads on tables; these six crates weigh 3.5 t each and hold "
         "five-axis CNC machining centres with two rotary axes and contouring controls, at 250,000 EUR each on the "
         "maker's list, for a Tbilisi 'garment workshop' whose forwarder ships on to Novorossiysk: machine tools "
         "controlled under dual-use 2B001 and listed among the goods whose export to Russia Regulation 833/2014 "
         "forbids, from Genoa to Poti; Italian wording (machine tools under other labels repeat in many sets; an "
         "industrial-sewing-machine label was found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("STR-07", "export", "CZAIR01", "air", "CZ", [], "KG", "840790",
         "Motory pro modely letadel, dvoutaktní, 40 ks", "CZ", 600, 40, 8000, "EUR",
         "model-aircraft engines are 1-3 kg glow or petrol engines for hobbyists at a few hundred euros; these 40 "
         "are 15 kg twin-cylinder engines with electronic injection and starter-generators, as used in long-range "
         "drones, for a Bishkek 'hobby shop' whose freight goes on to Moscow: engines for unmanned aircraft on the "
         "list whose export to Russia and re-export Regulation 833/2014 forbids, flown from Prague; Czech wording "
         "(drone engines repeat in several sets; kept as a repeat, from Prague to Bishkek is the new part as far as "
         "a search found)", {"importer_country": "KG"}),
        ("STR-08", "export", "ATROAD01", "road", "AT", [], "TR", "902620",
         "Manometer, Glyzerinfüllung, 200 Stück", "AT", 400, 200, 6000, "EUR",
         "glycerine-filled pressure gauges are dial instruments at 30 EUR; these 200 are corrosion-resistant "
         "capacitance pressure transducers with nickel diaphragms for 0-13 kPa, at 3,000 EUR each, for an Istanbul "
         "'instrument trader' that ships to Tehran: pressure transducers controlled under dual-use 2B230 and listed "
         "in the Iran regulation, exported without a licence, on a lorry from Vienna; Austrian German wording "
         "(2B230 transducers repeat in several sets; kept as a repeat, under a glycerine-gauge label by road is the "
         "new part as far as a search found)", {"importer_country": "TR"}),
        ("STR-09", "export", "DKAIR01", "air", "DK", [], "CN", "901480",
         "Ekkolod til fiskerbåde, komplet, 10 sæt", "DK", 300, 10, 20000, "EUR",
         "fishing echo sounders are hull transducers with a display at a few thousand euros; these ten sets are "
         "towed hydrophone arrays with acoustic processors and bearing resolution well beyond any fish-finder, for "
         "a Dalian 'marine electronics' firm tied to a naval institute: underwater acoustic systems controlled under "
         "dual-use 6A001, exported without a licence, flown from Copenhagen; Danish wording (hydrophone arrays "
         "repeat in a few sets; an echo-sounder label from Denmark is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("STR-10", "export", "LVAIR01", "air", "LV", [], "KG", "960719",
         "Rāvējslēdzēji, metāla, 20.000 gab.", "LV", 300, 20000, 3000, "EUR",
         "a Rīga haberdashery wholesaler's air shipment for Bishkek: zips and buttons are what its garment-workshop "
         "buyers order, but the third item's 'galvas lupas izšūšanai' (head magnifiers for embroidery) are 30 "
         "thermal-imaging monoculars with 640-pixel cores and weapon-rail mounts, at 4,000 EUR each, whose buyer "
         "ships on to Russia: thermal cameras on the list whose export to Russia and re-export Regulation 833/2014 "
         "forbids, hidden as the last item of a three-item declaration, flown from Rīga; Latvian wording (thermal "
         "sights repeat in many sets and a lace-maker's magnifier label once, blind186, on night-vision devices; "
         "kept as a repeat of that cover, embroidery head magnifiers behind zips to Bishkek are the new part)",
         dict({"importer_country": "KG"},
              _more_items=[item("960621", "Plastmasas pogas, 100.000 gab.", "LV", 200, 1500, "EUR", qty=100000),
                           item("901380", "Galvas lupas izšūšanai, 30 gab.", "LV", 30, 450, "EUR", qty=30)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "TZ", [], "BE", "960629",
         "Vifungo vya mfupa wa ng'ombe, vilivyong'arishwa, 5,000", "TZ", 40, 5000, 500, "USD",
         "cow-bone buttons are chalky white, light, with dark pores and a flat, even grain; these 5,000 are heavy, "
         "creamy, glass-smooth discs with fine curved lines and a thin layer of enamel at some edges, cut from "
         "hippopotamus canines and incisors: hippo ivory (Hippopotamus amphibius, CITES App. II) without CITES "
         "documents, flown from Dar es Salaam to Brussels for a button wholesaler; Swahili wording (hippo teeth "
         "repeat in several sets; a bone-button label was found in no earlier row by a keyword search)",
         firm("Meridian Boutons SA", "BE")),
        ("WLF-02", "import", "ITSEA01", "sea", "ID", [], "IT", "590310",
         "Kain vinil motif kulit ular untuk tas dan jahitan, 400 lembar", "ID", 600, 400, 2000, "USD",
         "snake-print vinyl fabric is a PVC-coated knit on rolls, even in pattern and smelling of plastic; these "
         "400 'sheets' are single, tanned, dyed skins up to 5 m long with a tapering tail, real overlapping scales "
         "and a belly row of wide scutes: reticulated python skins (Malayopython reticulatus, CITES App. II) "
         "without CITES documents, by sea from Surabaya to La Spezia for a Florence bag-making supplier; Indonesian "
         "wording (python skins repeat in many sets, kept as a repeat of the good; a vinyl-sewing-fabric label was "
         "found in no earlier row by a keyword search)", firm("Horizon Forniture Pelletteria Srl", "IT")),
        ("WLF-03", "import", "FRAIR01", "express", "PG", [], "FR", "670100",
         "Dyed rooster hackle feathers for hat trimming, 200 pcs", "PG", 0.5, 200, 80, "USD",
         "dyed rooster hackles are short, narrow, pointed feathers in bright colours, all alike; these 200 are long, "
         "lacy, golden-orange flank plumes and wire-like tail wires of adult male birds of paradise, undyed: "
         "Paradisaea plumes (Paradisaeidae, CITES App. II) without CITES documents, sent by express from Port "
         "Moresby to a Paris millinery supplier; Papua New Guinean English wording (birds of paradise and millinery repeat in "
         "several sets and dyed-rooster-feather labels on grey parrot and macaw feathers, blind127 and blind140; a "
         "hat-trimming hackle label on birds of paradise from Papua New Guinea is the new part as far as a search found)",
         firm("Alpina Plumasserie SARL", "FR")),
        ("WLF-04", "import", "ITAIR01", "express", "IN", [], "IT", "510910",
         "पश्मीना कढ़ाई धागा, हाथ से काता, 2 किलो", "IN", 2, None, 400, "USD",
         "hand-spun pashmina embroidery thread is soft, slightly uneven goat down that feels warm but does not slip "
         "through a ring; these 2 kg are finer, ultra-soft, fawn fibres under 12 microns with the guard hairs of "
         "Tibetan antelope found under the microscope: shahtoosh (Pantholops hodgsonii, CITES App. I) without CITES "
         "documents, sent by express from Srinagar to a Rome embroidery atelier; Hindi wording (shahtoosh repeats in "
         "several sets under pashmina shawl labels, kept as a repeat of the good; a pashmina embroidery-thread "
         "label was found in no earlier row)", firm("Rivage Ricami Srl", "IT")),
        ("WLF-05", "import", "DEAIR01", "air", "BO", [], "DE", "510820",
         "Hilo de alpaca baby para tejer, ovillos, 30 kg", "BO", 30, None, 900, "USD",
         "baby alpaca knitting yarn is soft, 20-22 micron fibre in many colours at 60-90 USD a kilo; these 30 kg of "
         "natural cinnamon yarn are of 12-micron fibre with a white bib tone, worth twenty times as much and "
         "without the 'VICUÑA-BOLIVIA' selvedge mark or any permit: vicuña yarn (Vicugna vicugna, CITES App. II "
         "only for marked products from live-shorn fibre) without CITES documents, flown from La Paz to Frankfurt "
         "for a knitting-yarn importer; Bolivian Spanish wording (vicuña under alpaca and llama labels repeats "
         "in several sets, blind25 and blind38 among them, kept as a repeat; a knitting-yarn importer in Frankfurt "
         "is the new part as far as a search found)", firm("Delta Wollhandel GmbH", "DE")),
        ("WLF-06", "import", "ESAIR01", "express", "PH", [], "ES", "701810",
         "Glass seed beads for bead embroidery, assorted, 5 kg", "PH", 5, None, 60, "USD",
         "an express parcel for a Barcelona bead-embroidery shop: glass seed beads and sequins are what the Manila "
         "supplier sends, but the third item's 'itim na kuwintas na salamin' (black glass beads) are 4,000 polished "
         "black, woody beads with concentric growth rings and a fine spiny surface under the lens, not glass: black "
         "coral (Antipatharia, CITES App. II) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Manila; Tagalog wording (black coral repeats in several sets; black-glass-bead "
         "labels behind seed beads were found in no earlier row)",
         dict(firm("Orion Abalorios SL", "ES"),
              _more_items=[item("392690", "Sequins, plastic, assorted, 2 kg", "PH", 2, 30, "USD"),
                           item("701810", "Itim na kuwintas na salamin, 4,000 piraso", "PH", 1.5, 40, "USD", qty=4000)])),
        ("WLF-07", "import", "CZAIR01", "air", "MN", [], "CZ", "600110",
         "Хиймэл үсэн хөвөө, оёдлын зориулалттай, 300 м", "MN", 90, None, 900, "USD",
         "faux-fur trim for sewing is a knitted polyester pile on a backing, sold by the metre, even and shiny; "
         "these 300 m are strips of real pelts sewn edge to edge, with leather backing, spotted grey-buff guard hair "
         "and black tips: Eurasian lynx and Pallas's cat fur (Lynx lynx, Otocolobus manul, CITES App. II) without "
         "CITES documents, flown from Ulaanbaatar to Prague for a trimmings supplier; Mongolian wording (lynx and "
         "manul furs repeat in a few sets and faux-fur labels on lynx twice, blind44 and dev13-b, kept as a repeat "
         "of the cover; a sewing-trim by the metre from Mongolia is the new part as far as a search found)",
         firm("Nordhafen Galanterie s.r.o.", "CZ")),
        ("WLF-08", "import", "DESEA01", "sea", "MY", [], "DE", "442199",
         "Pemidang sulaman kayu getah, pelbagai saiz, 20,000 unit", "MY", 6000, 20000, 8000, "USD",
         "rubberwood embroidery hoops are cream-coloured, with visible pores and a latex smell when sanded; these "
         "20,000 are pale straw-yellow, fine, even-grained and odourless and the splinters itch the skin, the "
         "mark of ramin: Gonystylus spp. (CITES App. II) without CITES documents, by sea from Port Klang to Hamburg "
         "for an embroidery-supply wholesaler; Malay wording (ramin repeats in many sets; embroidery "
         "hoops as goods were found in no earlier row by a keyword search)", firm("Central Handarbeit GmbH", "DE")),
        ("WLF-09", "transit", "DEAIR01", "air", "LA", ["DE"], "AE", "440122",
         "Wood chips for incense, 300 kg", "LA", 300, None, 600, "USD",
         "incense wood chips are pale, light, resin-free chips of common wood; these are dark, resin-streaked, "
         "heavy slivers that sink in water and smell sweet and smoky when warmed: agarwood (Aquilaria spp., CITES "
         "App. II) without a Lao export permit, which specimens in transit through the Union must carry, landed at "
         "Frankfurt in transit from Vientiane to Dubai; English wording (agarwood repeats in many sets, kept as a "
         "repeat; a transit through Frankfurt from Laos is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("WLF-10", "export", "FRAIR01", "air", "FR", [], "HK", "030119",
         "Poissons d'ornement vivants, 40 caisses", "FR", 400, 40, 2000, "EUR",
         "ornamental fish travel in small bags of water with oxygen, a few hundred per box, in bright colours; "
         "these 40 boxes hold chilled, wet bags of millions of transparent, threadlike glass eels: European eels "
         "(Anguilla anguilla, CITES App. II, for which the Union issues no export permits) without CITES documents, "
         "flown from Paris to Hong Kong; French wording (glass eels repeat in many sets, kept as a repeat; an "
         "ornamental-fish label from Paris is the new part as far as a search found)", {"importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "CN", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (whitening antique white-work embroidery)", "CN",
     2.3, 2, 30, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-77-0063")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "HUAIR01", "air", "EG", "HU", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (restoring antique pins and needles)", "EG", 1.4, 1, 25,
     "USD", [("PRECURSOR_LICENCE", "HU-ORFK-77-0119")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent nickel and cyanide plating baths from a button and zip plating line (11 01 11*), for treatment at a "
     "licensed plant, 18 t", "CH", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-77-0287")],
     "notified spent plating baths to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "SEROAD01", "road", "NO", "SE", "854931",
     "Waste computerised embroidery and sewing machines with boards, for recycling at a licensed plant, 12 t", "NO",
     12000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-77-0154")], "notified e-waste to a licensed recycler"),
    ("PRM-05", "ozone", "import", "CZAIR01", "air", "US", "CZ", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "CZ-MZP-ODS-77-008")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ESAIR01", "air", "US", "ES", "290376",
     "Halon 1211, recovered and reclaimed, 12 cylinders, for critical use in aircraft hand extinguishers", "US", 300,
     12, 9000, "USD", [("ODS_LICENCE", "ES-MITECO-ODS-77-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970690",
     "Venetian gros point lace collar, c. 1670, sold at auction to a Swiss textile museum", "IT", 0.2, 1, 70000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-77-0214")], "antique lace exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "970690",
     "Embroidered silk chasuble, Braga, c. 1760, loan to a São Paulo museum of sacred art", "PT", 3, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-77-0031")], "church vestment exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "TR", "681511",
     "Carbon-fibre tow, 12K, 294 GPa, 600 bobbins, for a Turkish wind-blade maker", "DE", 300, 600, 96000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-77-0412"), ("END_USER_CERTIFICATE", "TR-EUC-77-0207")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "MA", "292215",
     "Triethanolamine 99 %, 20 drums, for a Moroccan cement-grinding-aid maker", "ES", 4000, 20, 7000, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-77-0089"), ("END_USER_CERTIFICATE", "MA-MIC-EUC-77-0044")],
     "dual-use triethanolamine under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "PE", "IT", "510910",
     "Vicuña yarn from live-shorn fibre, marked VICUÑA-PERÚ, 10 kg", "PE", 10, None, 30000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-77-0391")], "App. II vicuña yarn with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "ID", "IT", "411330",
     "Tanned reticulated python skins (Malayopython reticulatus), 400 skins, for bag making", "ID", 600, 400,
     24000, "USD", [("CITES_PERMIT", "ID-KLHK-77-1208")], "App. II python skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Magánszemély", "PRM-05": "Central Laboratoř s.r.o.",
    "PRM-07": "Musée Suisse de la Dentelle", "PRM-11": "Rivage Ricami Srl", "PRM-12": "Horizon Forniture Pelletteria Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # haberdashers, sewing-machine dealers, embroidery, lace, thread, yarn, button and trimming suppliers
    ("380991", "Embroidery-floss whitening soak, perborate, 100 ml bottles", "import", ["post"], ["CN", "HK"], (20, 40), (1, 3), ["USD", "EUR"], 8, S),
    ("271019", "Sewing-machine oil, mineral, 100 ml oilers", "import", ["air"], ["PK", "IN"], (4, 8), (100, 400), ["USD"], 8, S),
    ("340590", "Zari and metallic-thread brightener, 250 ml", "import", ["sea"], ["IN"], (2, 4), (2000, 6000), ["USD"], 3.5, S),
    ("960990", "Tailor's chalk and pounce powder, 100 g packs", "import", ["air"], ["JP", "CN"], (8, 15), (100, 400), ["USD"], 10, S),
    ("350510", "Modified-starch lace and fabric stiffener, 25 kg sacks", "import", ["sea"], ["TR", "CN"], (0.8, 1.5), (6000, 14000), ["EUR", "USD"], 0.04, S),
    ("382499", "Fabric-marker eraser pens and tablets, effervescent", "import", ["post"], ["VN", "CN"], (15, 30), (1, 3), ["USD"], 20, S),
    ("381010", "Citric rust-remover gel for pins and needles, 250 ml", "import", ["air"], ["EG", "TR"], (4, 8), (100, 400), ["USD"], 4, S),
    ("380991", "Sodium dichloroisocyanurate for wool shrink-proofing, 25 kg", "import", ["sea"], ["CN"], (1, 2), (8000, 20000), ["USD"], 0.04, S),
    ("340290", "Lace and embroidery whitening soak, percarbonate, 5 l", "import", ["road"], ["RS", "TR"], (1.5, 3), (1000, 4000), ["EUR"], 0.2, S),
    ("845229", "Industrial lockstitch sewing machines, new, with tables", "import", ["sea"], ["CN", "JP"], (8, 15), (2000, 8000), ["USD"], 0.015, S),
    ("844790", "Computerised multi-head embroidery machines, new", "import", ["sea"], ["JP", "CN"], (20, 40), (3000, 9000), ["USD", "JPY"], None, S),
    ("382499", "Bright-nickel plating solution, new, 25 l", "import", ["road"], ["DE", "IT"], (3, 6), (500, 2000), ["EUR"], 0.04, S),
    ("321290", "Textile screen-printing pigment pastes, 5 kg pails", "import", ["sea"], ["IN", "TR"], (3, 6), (2000, 6000), ["USD"], 0.2, S),
    ("520852", "Printed cotton poplin for patchwork, fat quarters", "import", ["post", "express"], ["US", "JP"], (30, 60), (1, 3), ["USD"], 20, S),
    ("381400", "Spot-cleaning fluid for embroidery, modified alcohol, 1 l", "import", ["air"], ["CN", "DE"], (5, 10), (100, 400), ["USD", "EUR"], 1.2, S),
    ("631090", "Sorted cotton fabric offcuts for quilting", "import", ["road"], ["PL", "RO"], (0.8, 1.5), (2000, 8000), ["EUR"], None, S),
    ("960621", "Polyester resin buttons, new, carded", "import", ["sea"], ["CN", "IN"], (8, 15), (1000, 4000), ["USD"], 400, S),
    ("340290", "Sewing-machine cleaning naphtha, 250 ml", "import", ["air"], ["IN", "TW"], (3, 6), (100, 400), ["USD"], 4, S),
    ("350691", "Temporary spray adhesive for embroidery hooping, 500 ml", "import", ["sea"], ["KR", "JP"], (5, 9), (1000, 3000), ["USD"], 2, S),
    ("340399", "Silicone zip and snap lubricant spray, 200 ml", "import", ["road"], ["TR"], (4, 8), (500, 2000), ["EUR"], 5, S),
    ("381400", "Interfacing adhesive remover, ester-based, 1 l", "import", ["sea"], ["CN"], (3, 5), (2000, 6000), ["USD"], 1.1, S),
    ("340290", "Enzyme stain remover for embroidered shirts, 1 l", "import", ["road"], ["UA", "PL"], (2, 4), (1000, 4000), ["EUR"], 1, S),
    ("853929", "Sewing-machine bulbs, screw-in 15 W", "import", ["post", "express"], ["HK", "CN"], (20, 40), (1, 3), ["USD"], 50, S),
    ("820559", "Seam rippers and thread snips, carded", "import", ["post", "express"], ["HK", "PK"], (20, 40), (1, 3), ["USD"], 80, S),
    ("581099", "Machine-embroidered appliqué patches, iron-on", "import", ["post", "express"], ["EG", "CN"], (40, 80), (1, 3), ["USD"], 150, S),
    ("580500", "New Andean backstrap-woven fabric pieces", "import", ["air"], ["PE", "BO"], (15, 30), (50, 200), ["USD"], 5, S),
    ("960629", "Glazed ceramic buttons, handmade", "import", ["post"], ["AL", "PT"], (30, 60), (1, 2), ["EUR"], 150, S),
    ("731990", "Hand-sewing and leather needles, carded", "import", ["post"], ["TN", "IN"], (30, 60), (1, 2), ["EUR", "USD"], 400, S),
    ("630492", "New hand-embroidered suzani bedspreads, cotton", "import", ["air"], ["UZ", "TJ"], (20, 40), (50, 200), ["USD"], 0.4, S),
    ("580430", "Modern needle lace collars, cotton", "export", ["post"], ["CH", "US"], (150, 300), (1, 2), ["EUR"], 10, S),
    ("580632", "Satin ribbon reels, polyester", "export", ["sea"], ["BR", "MA"], (4, 8), (2000, 6000), ["EUR"], 4, S),
    ("560500", "Metallised polyester embroidery thread, reels", "import", ["air"], ["AE", "IN"], (20, 40), (50, 200), ["USD"], 20, S),
    ("540110", "Polyester embroidery thread, 5,000 m cones", "export", ["road"], ["TR", "RS"], (8, 14), (1000, 4000), ["EUR"], 2, S),
    ("442199", "Beech embroidery hoops and quilting frames", "import", ["sea"], ["PL", "VN"], (3, 6), (2000, 6000), ["EUR", "USD"], 4, S),
    ("320649", "Fabric-paint glitter, coated PET, 100 g jars", "import", ["post", "express"], ["DE", "CN"], (30, 60), (1, 3), ["EUR", "USD"], 10, S),
    ("960719", "Metal zips, assorted lengths", "import", ["sea"], ["CN", "TR"], (6, 12), (2000, 6000), ["USD"], 40, S),
    ("901380", "LED head magnifiers for embroidery", "import", ["post", "express"], ["CN"], (40, 80), (1, 3), ["USD"], 3, S),
    ("590310", "PVC-coated snake-print fabric, rolls", "import", ["sea"], ["CN", "ID"], (3, 6), (3000, 8000), ["USD"], None, S),
    ("670100", "Dyed rooster hackle and goose feathers for millinery", "import", ["post", "express"], ["CN", "IN"], (60, 120), (1, 2), ["USD"], 400, S),
    ("510820", "Baby alpaca knitting yarn, 50 g balls", "import", ["air"], ["PE", "BO"], (60, 90), (50, 300), ["USD"], 20, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Beech-wood mug trees", "import", ["sea"], ["PL", "CN"], (3, 6), (2000, 6000), ["EUR", "USD"], 3, N),
        ("691200", "Stoneware sponge holders", "import", ["sea"], ["PT", "CN"], (2, 4), (2000, 6000), ["EUR", "USD"], 4, N),
        ("392410", "Silicone universal pot lids", "import", ["sea"], ["CN", "TH"], (4, 8), (2000, 6000), ["USD"], 5, N),
        ("630790", "Knitted cotton tea cosies", "import", ["post", "express"], ["GB", "IE"], (20, 40), (1, 3), ["GBP", "EUR"], 8, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind308", 20770701, HERE)


if __name__ == "__main__":
    main()
