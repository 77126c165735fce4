#!/usr/bin/env python3
"""Writes the three-hundred-and-twenty-eighth blind set (tests/risk/data/blind328-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 27 December 2080, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: ice rinks, curling and
ice-hockey clubs (rink operators and builders, rink-refrigeration and ice-resurfacing firms,
curling clubs and stone makers, hockey clubs, arenas and their pro shops and kit suppliers).
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
only where a real declaration would. Ids are BL328-*:

    python3 tests/risk/data/make_blind328_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2080, 11, 1)
base.DAYS = 57  # 1 November to 27 December 2080
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SEAIR01", "express", "CA", [], "SE", "340290",
         "Nettoyant concentré pour bandes de patinoire (dasher boards), 4 x 3,78 l", "CA", 17.2, 4, 160, "CAD",
         "the cleaners rink crews use on the white polyethylene of the dasher boards are mild, foaming, alkaline "
         "soaps of about 1.02 kg/l; these four gallon jugs hold a water-clear liquid of 1.13 kg/l with vented caps "
         "that does not foam, whitens and stings the fingers and fizzes on rust, sent by express from Montréal to a "
         "Luleå hockey club's volunteer who resells it in litre bottles to members: about 35 % hydrogen peroxide "
         "(Annex I above 12 %) made available to members of the public; Canadian French wording (hydrogen peroxide "
         "repeats in many sets; a dasher-board cleaner label was found in no earlier row by a keyword search)",
         person("Johan Lindqvist", "SE")),
        ("PRE-02", "import", "CZAIR01", "air", "CN", [], "CZ", "320611",
         "冰场白色冰面涂料增白粉, 1公斤袋, 300袋", "CN", 300, 300, 900, "USD",
         "the white ice paint sprayed on a rink's first layers of ice is a titanium-dioxide or calcium-carbonate "
         "pigment that stays as a heavy, chalky, insoluble powder; these 300 bags hold shiny, colourless crystals "
         "that dissolve at once, crackle and spit violet sparks on a hot plate and whose inner liners read 'KClO3', "
         "for a Brno rink-building firm whose web shop sells the 1 kg bags to anyone: potassium chlorate (Annex I "
         "above 40 %) retail-packed for members of the public, flown from Shanghai to Prague; Chinese wording "
         "(potassium chlorate repeats in many sets and pigment labels on it in a few; a rink ice-paint whitener "
         "label was found in no earlier row by a keyword search)", firm("Arktis Ledové Plochy s.r.o.", "CZ")),
        ("PRE-03", "import", "LVSEA01", "sea", "KR", [], "LV", "382499",
         "아이스링크 냉각 배관 스케일 제거제, 20 L 말통, 600통", "KR", 22000, 600, 7200, "USD",
         "the descalers for the steel headers and plate exchangers of rink brine circuits are inhibited sulphamic "
         "or citric blends of about 1.1 kg/l; these 600 cans hold a colourless, oily liquid of 1.84 kg/l that grows "
         "hot with water and chars the cardboard where it leaked, for a Riga ice-rink service firm that also sells "
         "the cans from its shop to anyone: about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members "
         "of the public, by sea from Busan to Riga; Korean wording (sulphuric acid repeats in many sets and descaler "
         "labels on it in several, kept as a repeat of the label; a rink-pipe descaler from Korea to Latvia is the "
         "new part as far as a search found)", firm("Ledus Serviss SIA", "LV")),
        ("PRE-04", "import", "IEPOST01", "post", "US", [], "IE", "381900",
         "Skate blade edge conditioning fluid for hockey sharpeners, 4 x 1 qt", "US", 4.3, 4, 90, "USD",
         "the honing and dressing fluids of skate sharpeners are light, water-based coolants that smell of nothing; "
         "these four quarts hold an oily, faintly fruity liquid of 1.14 kg/l that burns with a hot, yellow flame, "
         "and the tin under the label is stamped 'CH3NO2', posted from Minnesota to a private person in Dundalk "
         "who flies model aircraft: nitromethane (Annex I above 16 %) made available to a member of the public; "
         "American English wording (nitromethane repeats in many sets; a skate-sharpening fluid label was found "
         "in no earlier row by a keyword search)", person("Mr Ciarán Byrne", "IE")),
        ("PRE-05", "import", "PLRAIL01", "rail", "KZ", [], "PL", "310280",
         "Противогололёдный реагент для трибун и дорожек ледовых арен, мешки 25 кг, 840 мешков", "KZ", 21000, 840,
         4200, "USD",
         "the de-icers arenas spread on stands, ramps and car parks are calcium or magnesium chloride flakes, or "
         "urea, that feel greasy and warm when they dissolve; these 840 sacks hold white prills that turn ice-cold "
         "in water, test at 34 % N and melt and fume on a hot plate, for a Katowice arena-services firm that re-bags "
         "them in 5 kg buckets sold at its shop: ammonium nitrate (Annex I at 16 % N or more) made available to "
         "members of the public, by rail from Almaty to Małaszewicze; Russian wording from Kazakhstan (ammonium "
         "nitrate repeats in many sets and de-icer labels on it in a few, kept as a repeat of the label; an "
         "ice-arena de-icer by rail is the new part as far as a search found)", firm("Lodowisko Serwis Śląsk Sp. z o.o.", "PL")),
        ("PRE-06", "import", "BGROAD01", "road", "TR", [], "BG", "320649",
         "Buz pisti çizgi boyası pigmenti (kırmızı/mavi çizgiler için), 5 kg kova, 360 kova (3 sevkiyattan 1.)", "TR",
         1800, 360, 1600, "EUR",
         "the pigments for the red and blue lines and hockey face-off circles painted into rink ice are finely "
         "ground, coloured, insoluble powders; these 360 buckets hold a lightly tinted, white crystal that "
         "dissolves at once, flares with sugar and reads 'NaClO3' on the inner bags, the first of three vans booked "
         "that week each kept under 2 t, for a Sofia rink builder whose web shop sells the buckets to the public: "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public, at Kapitan Andreevo; Turkish "
         "wording (sodium chlorate repeats in many sets and splits over three vans in several, kept as a repeat of "
         "the split; a rink line-paint pigment label was found in no earlier row)", firm("Polar Ledeni Pързалки EOOD", "BG")),
        ("PRE-07", "import", "ATAIR01", "air", "JP", [], "AT", "284610",
         "カーリングストーン ランニングバンド研磨剤, 1 kg 袋, 150袋", "JP", 150, 150, 300000, "JPY",
         "the abrasives curling clubs use to re-rough the running band of their stones are silicon-carbide or "
         "cerium powders, heavy, dark or buff and insoluble; these 150 bags hold a white, crystalline powder that "
         "dissolves slowly, flares with sugar on a hot plate and whose inner liners read 'KClO4', for an Innsbruck "
         "curling-supply web shop selling the bags to anyone: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Tokyo to Vienna; Japanese wording (potassium "
         "perchlorate repeats in many sets and polishing labels in a few, blind264 among them; a curling-stone "
         "running-band abrasive was found in no earlier row by a keyword search)", firm("Alpen Curling Bedarf GmbH", "AT")),
        ("PRE-08", "import", "NLAIR01", "express", "CN", [], "NL", "340399",
         "冰刀防锈保养液, 500毫升 x 8瓶", "CN", 5.6, 8, 120, "CNY",
         "blade guards and skate-care sprays hold a light oil or silicone of about 0.85 kg/l; these eight bottles "
         "weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper coin, sent by express "
         "from Harbin to a private person in Heerenveen who resells 'rust cleaner' to marathon skaters: about 65 % "
         "nitric acid (Annex I above 3 %) made available to a member of the public; Chinese wording (nitric acid "
         "repeats in many sets; a skate-blade rust-care label was found in no earlier row by a keyword search)",
         person("Sjoerd de Vries", "NL")),
        ("PRE-09", "import", "HUAIR01", "air", "VN", [], "HU", "250100",
         "Muối xử lý ao cá Koi, túi 1 kg, 400 túi", "VN", 400, 400, 480, "USD",
         "pond salt for koi is coarse, grey-white sea salt that dissolves slowly; these 400 bags hold a fine, "
         "white, hygroscopic powder that dissolves at once, cakes in the air and burns fiercely with sugar, for a "
         "Budapest garden-pond shop that sells the bags over the counter: sodium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Hanoi; Vietnamese wording (sodium perchlorate "
         "repeats in many sets and salt labels on it in a few; kept as a repeat, a koi-pond salt from Vietnam is "
         "the new part as far as a search found)", firm("Tavirózsa Kerti Kft.", "HU")),
        ("PRE-10", "import", "CYSEA01", "sea", "EG", [], "CY", "340290",
         "منظف مجاري منزلي قوي، عبوة 1 لتر، 2,400 عبوة", "EG", 4400, 2400, 1900, "USD",
         "household drain openers sold in supermarkets are gels of sodium hydroxide or hypochlorite of about "
         "1.2 kg/l; these 2,400 bottles hold an oily liquid of 1.83 kg/l that boils up with water and blackens "
         "sugar, for a Limassol cleaning-products wholesaler supplying kiosks: about 95 % sulphuric acid (Annex I "
         "above 15 %) retail-packed for members of the public, by sea from Alexandria; Egyptian Arabic wording "
         "(sulphuric acid as drain cleaner repeats in many sets, kept as a repeat; from Egypt to Cyprus is the new "
         "part as far as a search found)", firm("Kyrenia Household Supplies Ltd", "CY")),
    ],
    "waste": [
        ("WST-01", "export", "FISEA01", "sea", "FI", [], "GH", "940549",
         "Käytetyt jäähallin valaisimet, toimivat, 1 200 kpl", "FI", 14400, 1200, 6000, "EUR",
         "working used arena luminaires are LED units, cleaned, boxed and tested; these crates hold the 1990s "
         "400 W metal-halide and high-pressure-sodium floodlights taken down from a Tampere ice hall's roof, with "
         "their broken arc tubes, loose lamps and oil-filled ballasts, bought by weight by an Accra scrap yard: "
         "waste lamps containing mercury and electrical equipment (20 01 21*, A1180), hazardous waste whose export "
         "to a non-OECD country is banned, from Kotka to Tema; Finnish wording (mercury lamps repeat in many sets "
         "and waste to Ghana in many; an ice hall's floodlights were found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "SESEA01", "sea", "SE", [], "NG", "850710",
         "Renoverade traktionsbatterier för ismaskiner, 48 V, 60 st.", "SE", 42000, 60, 9000, "EUR",
         "reconditioned traction batteries for ice resurfacers are filled, charged, capped sets with a test "
         "sheet; these 60 sets are the dead lead-acid batteries pulled out of Swedish rinks' resurfacers at their "
         "switch to lithium, cracked, sulphated, some leaking acid onto the pallets, bought by a Lagos smelter: "
         "waste lead-acid batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD country is "
         "banned, from Gothenburg to Lagos; Swedish wording (lead-acid batteries repeat in many sets and ice "
         "resurfacers once, blind193, as whole machines; resurfacer batteries alone as reconditioned goods are the "
         "new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "271019",
         "Olej sprężarkowy do agregatów chłodniczych lodowisk, regenerowany, 20 t", "PL", 20000, None, 3000, "EUR",
         "regenerated compressor oil is clear, amber and comes with an analysis; these IBCs hold a black, "
         "watery, ammonia-smelling oil with sludge and metal fines, drained at the season's end from the screw "
         "compressors of Silesian ice rinks, bought by a Lviv 'lubricants' firm that burns it in a kiln: waste "
         "mineral compressor oil (13 02 05*), hazardous waste whose export to a non-OECD country is banned, at "
         "Dorohusk; Polish wording (waste oils repeat in many sets; a rink compressor oil was found in no earlier "
         "row by a keyword search)", {"importer_country": "UA"}),
        ("WST-04", "export", "CZROAD01", "road", "CZ", [], "RS", "853180",
         "Použité světelné tabule pro hokejové stadiony, funkční, 14 ks", "CZ", 9800, 14, 7000, "EUR",
         "a used arena scoreboard for resale is one working, tested board; these 14 are the dismantled "
         "scoreboards, penalty clocks and video cubes of six Czech hockey stadiums, cut apart, with smashed "
         "modules, CRT replay monitors, lead-acid UPS blocks and capacitors in loose heaps, for a Novi Sad firm "
         "that strips them: waste electrical and electronic equipment with hazardous parts (16 02 13*, A1180), "
         "whose export to a non-OECD country is banned, at Horgoš; Czech wording (e-waste declared as working used "
         "goods repeats in many sets and a football stadium's scoreboard once, blind291, kept as a repeat; hockey "
         "stadium scoreboards to Serbia are the new part as far as a search found)",
         {"importer_country": "RS"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "NG", "850421",
         "Gebrauchte Öltransformatoren aus Eissporthalle, geprüft, 3 Stück", "DE", 7500, 3, 4500, "EUR",
         "used oil transformers for reuse come drained or with a PCB-free test certificate; these three 1970s "
         "units from a closing Krefeld ice-sports hall carry their original 'Clophen' plates and are full of a "
         "heavy, sweet-smelling oil that tests at several per cent PCB: waste equipment containing PCBs (16 02 09*, "
         "A1180 and Y10), hazardous waste whose export to a non-OECD country is banned and which must be destroyed, "
         "from Hamburg to Lagos; German wording (PCB transformers repeat in several sets; from an ice-sports hall is "
         "the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "850760",
         "Batterie al litio per rolba elettrica, usate, funzionanti, 24 pacchi", "IT", 7200, 24, 6000, "EUR",
         "working used lithium packs for electric ice resurfacers come with a state-of-health report and a UN 3480 "
         "label; these 24 packs, pulled from rental resurfacers of Alpine ice rinks after a thermal event, are "
         "swollen, with burned modules and cut BMS wires, and carry no test at all, bought by a Sfax 'e-bike' "
         "workshop: waste lithium-ion batteries (16 06 05, hazardous as damaged cells, and e-waste under the Basel "
         "amendments), whose export to a non-OECD country is banned, from Genoa to Tunis; Italian wording (waste "
         "lithium batteries repeat in many sets; a resurfacer pack was found in no earlier row by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MA", "320890",
         "Pigmento de pintura recuperado, en bidones, 18 t", "ES", 18000, None, 1800, "EUR",
         "recovered paint pigment is a dry, sorted powder with a data sheet; these drums hold a tacky, "
         "solvent-smelling sludge with rags and filter mats, scraped out of the spray booths of a Valencia "
         "furniture plant: waste paint sludge with organic solvents (08 01 13*), hazardous waste whose export to a "
         "non-OECD country is banned, from Algeciras to Tangier; Spanish wording (paint sludge repeats in several "
         "sets; kept as a repeat, a recovered-pigment label to Morocco is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-08", "export", "PTSEA01", "sea", "PT", [], "CV", "262190",
         "Cinzas de caldeira de biomassa, para correção de solos, 24 t", "PT", 24000, None, 720, "EUR",
         "biomass boiler ash sold as a soil improver is a pale-grey, coarse ash with a nutrient analysis; these "
         "big bags hold a fine, dark fly ash from the flue-gas cleaning of a Lisbon municipal incinerator that "
         "reads high lead, zinc and dioxins: fly ash containing hazardous substances (19 01 13*), hazardous waste "
         "whose export to a non-OECD country is banned, from Lisbon to Praia; Portuguese wording (incinerator fly "
         "ash repeats in several sets; to Cape Verde is the new part as far as a search found)", {"importer_country": "CV"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "CI", "950699",
         "Équipements de hockey sur glace d'occasion, casques et jambières, 1 200 pièces", "FR", 2400, 1200, 2400, "EUR",
         "a used hockey-gear container for Abidjan: helmets, shin pads and sticks are what the Grenoble club "
         "collects for a charity, but the third item's 'tableaux d'affichage de patinoire' are 3 t of dead rink "
         "scoreboard modules, penalty-box clocks with lead-acid back-up batteries and old PA amplifiers: waste "
         "electrical equipment with hazardous parts (A1180, 16 06 01*), whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration, from Marseille to Abidjan; French wording "
         "(e-waste behind used goods repeats in many sets; behind charity hockey gear is the new part as far as a "
         "search found)",
         dict({"importer_country": "CI"},
              _more_items=[item("950699", "Crosses de hockey d'occasion, 400 pièces", "FR", 400, 400, "EUR", qty=400),
                           item("853180", "Tableaux d'affichage de patinoire, d'occasion", "FR", 3000, 300, "EUR")])),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "320890",
         "Boja za led i linije klizališta, ostaci, 8 t", "HR", 8000, None, 800, "EUR",
         "left-over rink ice paint is sealed, in-date pails of water-based white and line colours; these drums "
         "hold part-used, skinned and mixed solvent paints, thinners and marking aerosols cleared out of a Zagreb "
         "ice hall's paint store with the filters of its spray rig: waste paint with organic solvents (08 01 11*), "
         "hazardous waste whose export to a non-OECD country is banned, at Stara Gradiška for a Banja Luka "
         "'paint maker'; Croatian wording (waste paint repeats in many sets; rink ice paint was found in no earlier "
         "row by a keyword search)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLROAD01", "road", "UA", [], "PL", "382769",
         "Холодоагент R-449A для льодових арен, балони 11,3 кг, 140 шт.", "UA", 1580, 140, 9800, "EUR",
         "R-449A is an HFC/HFO blend in refillable cylinders with a certificate and an F-gas quota; these 140 "
         "disposable cylinders read 9.7 bar at 20 °C, a leak detector names HCFC-22 and the valves carry old "
         "stamps, for a Rzeszów firm that keeps Polish and Ukrainian ice rinks' old plants running: "
         "chlorodifluoromethane (HCFC-22), whose import into the Union is banned, in a van at Korczowa; Ukrainian "
         "wording (HCFC-22 for ice rinks repeats in several sets, blind19 and others, kept as a repeat; an R-449A "
         "label for rink plants is the new part as far as a search found)", firm("Lodownia Technika Sp. z o.o.", "PL")),
        ("OZN-02", "import", "FISEA01", "sea", "CN", [], "FI", "392113",
         "冰场地面保温聚氨酯硬质板, 100毫米, 2,400张", "CN", 14400, 2400, 26000, "USD",
         "the rigid polyurethane boards laid under a rink slab are pentane- or HFO-blown with a declaration; "
         "these 2,400 boards give off CFC-11 when a core sample is warmed, and the maker's test sheet in the "
         "container names 'F-11' as the blowing agent: products containing trichlorofluoromethane (CFC-11), whose "
         "import into the Union is banned, by sea from Qingdao to Kotka for an Oulu ice-hall builder; Chinese "
         "wording (CFC-11 in foams repeats in many sets; rink-floor insulation boards were found in no earlier row "
         "by a keyword search)", firm("Jäätekniikka Pohjola Oy", "FI")),
        ("OZN-03", "import", "ITAIR01", "air", "IN", [], "IT", "300510",
         "आइस हॉकी स्टिक टेप, सूती, 24 मिमी, 3,000 रोल", "IN", 300, 3000, 1500, "USD",
         "a hockey-supplies air shipment for a Milan club: cloth stick tape and grip tape are what the Jalandhar "
         "maker sends, but the second item's 'cold spray' cans for bench injuries spray a liquid that boils off "
         "at once with no smell of the propane/butane or DME such sprays hold, and the cans are stamped 'R12' "
         "under the sticker: dichlorodifluoromethane (CFC-12) in aerosols, products whose import into the Union is "
         "banned, hidden as the second item of a two-item declaration, flown from Delhi to Milan; Hindi wording "
         "(CFC-12 in freeze sprays repeats in several sets, kept as a repeat; sports cold sprays behind hockey tape "
         "are the new part as far as a search found)",
         dict(firm("Ghiaccio Sport Forniture Srl", "IT"),
              _more_items=[item("300590", "आइस हॉकी बेंच के लिए कोल्ड स्प्रे, 400 कैन", "IN", 160, 400, "USD", qty=400)])),
        ("OZN-04", "import", "DEAIR01", "air", "PK", [], "DE", "381400",
         "آئس ہاکی جرسی کے داغ صاف کرنے والا مائع، 1 لیٹر، 80 بوتلیں", "PK", 128, 80, 400, "USD",
         "the spot removers Sialkot kit makers send with team jerseys are naphtha or citrus blends of about 0.8 kg/l "
         "that burn; these 80 bottles weigh 1.59 kg/l, do not burn and smell sweet like chloroform: carbon "
         "tetrachloride, whose import into the Union is banned, flown from Lahore to Frankfurt for a Mannheim "
         "hockey-kit printer; Urdu wording (carbon tetrachloride repeats in many sets and spot-remover labels in "
         "several; a hockey-jersey spot remover was found in no earlier row by a keyword search)",
         firm("Eishockey Trikot Druck GmbH", "DE")),
        ("OZN-05", "import", "HRROAD01", "road", "RS", [], "HR", "842410",
         "Aparati za gašenje požara za ledene dvorane i rolbe, 6 kg, 180 kom", "RS", 1980, 180, 5400, "EUR",
         "the extinguishers fitted on ice resurfacers and in rink plant rooms are powder or CO2 units with a CE "
         "mark; these 180 cans hiss, spray a liquid that vanishes into a sweet gas and the valve collars read "
         "'Halon 1211' under the new labels: bromochlorodifluoromethane in portable extinguishers, products whose "
         "import into the Union is banned, at Bajakovo for a Zagreb rink-safety firm; Serbian wording (halon 1211 "
         "repeats in many sets, kept as a repeat of the good; for ice halls and resurfacers is the new part as far "
         "as a search found)", firm("Ledena Sigurnost d.o.o.", "HR")),
        ("OZN-06", "transit", "NLSEA01", "sea", "CN", ["NL"], "NO", "381400",
         "冰刀磨刀机清洗脱脂剂, 200升桶, 40桶", "CN", 10700, 40, 8000, "USD",
         "the degreasers skate-sharpening and blade-profiling shops use are hydrocarbon or alcohol solvents of "
         "0.8 kg/l that burn; these 40 drums weigh 1.34 kg/l, do not burn and smell sweet, and the drum heads read "
         "'1,1,1-三氯乙烷': methyl chloroform (1,1,1-trichloroethane), moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Rotterdam in transit from Ningbo to an Oslo blade-service firm; "
         "Chinese wording (methyl chloroform repeats in several sets and degreaser labels in many, kept as a repeat "
         "of the label; a skate-sharpener degreaser through Rotterdam is the new part as far as a search found)",
         {"importer_country": "NO"}),
        ("OZN-07", "export", "SESEA01", "sea", "SE", [], "GE", "847989",
         "Begagnade avfuktare för ishallar, 12 st.", "SE", 18000, 12, 24000, "EUR",
         "used ice-hall dehumidifiers for export are desiccant-rotor units or units on R-410A or R-290; these 12 "
         "1990s refrigerant dehumidifiers from Swedish ice halls still carry their 'R22' plates and full charges: "
         "equipment relying on and containing HCFC-22, whose export from the Union is banned (Regulation 2024/590), "
         "from Gothenburg to Poti for a Tbilisi rink; Swedish wording (HCFC equipment for export and ice rinks "
         "repeat in several sets; dehumidifiers for ice halls were found in no earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("OZN-08", "import", "DKAIR01", "air", "TW", [], "DK", "340290",
         "冰壺刷頭清潔劑, 1公升, 60瓶", "TW", 74, 60, 420, "USD",
         "the cleaners curlers use to lift debris from broom pads are alcohol or mild soapy sprays; these 60 "
         "bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether-like smell and do not burn: "
         "HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from Taipei to "
         "Copenhagen for a Hvidovre curling-supply shop; Chinese wording from Taiwan (HCFC-141b repeats in many "
         "sets; a curling-broom pad cleaner was found in no earlier row by a keyword search)",
         firm("Nordisk Curling Udstyr ApS", "DK")),
        ("OZN-09", "import", "ESSEA01", "sea", "MA", [], "ES", "380891",
         "مبيد حشرات للحبوب المخزنة، عبوات 500 غ، 2,000 عبوة", "MA", 1400, 2000, 3000, "EUR",
         "grain-store insecticides are phosphine tablets or pyrethroid dusts; these 2,000 cans hold a liquid gas "
         "that boils off with a faint sweet smell and the crates hold tubing for fumigation sheets: methyl bromide, "
         "whose import into the Union is banned (no quarantine exemption remains), by sea from Tangier Med to "
         "Algeciras for an Almería grain store; Moroccan Arabic wording (methyl bromide repeats in many sets; kept as "
         "a repeat, a stored-grain insecticide label from Morocco is the new part as far as a search found)",
         firm("Almería Silos y Granos SL", "ES")),
        ("OZN-10", "import", "PTAIR01", "air", "BR", [], "PT", "350699",
         "Selante e enchedor de pneus de bicicleta, spray 300 ml, 1.200 latas", "BR", 420, 1200, 2400, "USD",
         "tyre inflators for bicycles are latex sealants driven by propane-butane or HFO-1234ze; these 1,200 cans "
         "read 3.4 bar, the gas does not light and a leak detector names HCFC-142b: 1-chloro-1,1-difluoroethane, "
         "whose import into the Union is banned, flown from São Paulo to Lisbon for a bicycle-parts wholesaler; "
         "Brazilian Portuguese wording (HCFC-142b repeats in several sets; tyre-inflator labels once or twice on "
         "other gases, kept as a repeat; from Brazil is the new part as far as a search found)",
         firm("Pedal Atlântico Lda", "PT")),
    ],
    "cultural": [
        ("CUL-01", "import", "PLPOST01", "post", "UA", [], "PL", "950699",
         "Ковзани з кістки, репліка для музею ковзанярського клубу, 6 шт.", "UA", 1.8, 6, 60, "EUR",
         "replica bone skates are new cattle metapodials, clean, white and all alike, with drilled holes; these six "
         "are old, polished, brown-stained horse and cattle bones with worn gliding surfaces, soil in the holes "
         "and excavation numbers in ink, dug at a medieval site near Kyiv: archaeological bone skates, whose export "
         "Ukraine forbids without a permit and whose import into the Union needs proof of lawful export, posted to "
         "a Kraków skating club's private collector; Ukrainian wording (bone skates from Kyiv repeat once, blind193, "
         "by van to a Kraków dealer, kept as a repeat; a museum-replica label by post is the new part as far as a "
         "search found)", person("Pan Tomasz Wróbel", "PL")),
        ("CUL-02", "export", "NLAIR01", "air", "NL", [], "US", "491191",
         "Decoratieve print, winterlandschap met schaatsers, reproductie op paneel", "NL", 6, 1, 300, "EUR",
         "a decorative reproduction of a winter scene is a printed panel, flat and even under a lens; this one is "
         "an oil on oak panel with craquelure, a dendro-datable board and old collection labels on the back, a "
         "winter landscape with skaters and kolf players of the Avercamp circle, c. 1620, worth several hundred "
         "thousand euros: a painting over 50 years old and above the EU threshold, exported without the EU export "
         "licence (Regulation 116/2009) and Dutch cultural-heritage rules, flown from Amsterdam to New York for a "
         "hockey-club owner's collection; Dutch wording (Old Master paintings as reproductions repeat in many sets "
         "and an Avercamp-manner skating scene once, blind99, kept as a repeat; a decorative-print label by air to "
         "New York is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-03", "import", "ATAIR01", "air", "CN", [], "AT", "491191",
         "冰嬉图手卷 仿古印刷品, 1卷", "CN", 3, 1, 200, "CNY",
         "a printed copy of the Qing court 'ice games' scroll is a flat, even inkjet print on silk-paper; this "
         "handscroll is ink and colour on old silk with seals, repairs and a worn brocade mount, an 18th-century "
         "painting of the imperial skating displays, exported from China without the cultural-relics export "
         "permit China requires for objects before 1949, flown from Beijing to Vienna for a skating-club museum "
         "collector; Chinese wording (Chinese paintings as prints repeat in several sets; an ice-games scroll was "
         "found in no earlier row by a keyword search)", firm("Wiener Eislauf Sammlung GmbH", "AT")),
        ("CUL-04", "import", "CYSEA01", "sea", "LB", [], "CY", "681099",
         "بلاط فسيفساء ديكوري جديد لردهة حلبة تزلج على الجليد، 24 لوحة", "LB", 4800, 24, 2400, "USD",
         "new decorative mosaic for a rink lobby is machine-cut glass tesserae on a mesh, bright and even; these 24 "
         "panels are limestone and glass tesserae set in old lime mortar, lifted from a floor with their edges "
         "sawn, with hunting scenes and a Greek inscription: a Roman-Byzantine floor mosaic, archaeological "
         "material from Syria moved through Lebanon, whose import into the Union is banned (Regulation 36/2012) "
         "and needs proof of lawful export (Regulation 2019/880), by sea from Beirut to Limassol for a Nicosia "
         "ice-rink developer; Levantine Arabic wording (mosaics repeat in several sets; a rink-lobby mosaic was "
         "found in no earlier row by a keyword search)", firm("Nicosia Ice Arena Ltd", "CY")),
        ("CUL-05", "export", "CZAIR01", "air", "CZ", [], "US", "830621",
         "Hokejové trofeje a poháry klubu, postříbřené, 40 ks", "CZ", 60, 40, 800, "EUR",
         "a hockey club's trophy cabinet for its US fan museum: plated cups and plaques are what the club "
         "declares, but the third item 'pohár, starý' is a gilt-silver Baroque monstrance with Prague marks of "
         "about 1720 taken from a rural church: a cultural good over 50 years old and above the EU threshold, "
         "exported without the EU export licence and the Czech permit, hidden as the last item of a three-item "
         "declaration, flown from Prague to Chicago; Czech wording (church silver repeats in many sets, kept as a "
         "repeat; behind hockey trophies is the new part as far as a search found)",
         dict({"importer_country": "US"},
              _more_items=[item("830629", "Plakety a medaile klubu, 120 ks", "CZ", 30, 400, "EUR", qty=120),
                           item("830621", "Pohár, starý, 1 ks", "CZ", 4, 100, "EUR", qty=1)])),
        ("CUL-06", "import", "FRAIR01", "air", "ML", [], "FR", "691390",
         "Statuettes en terre cuite, artisanat moderne, 8 pièces", "ML", 24, 8, 160, "EUR",
         "modern terracotta figures from Mopti are smooth, even and fresh-fired; these eight are eroded, "
         "crusted seated figures with ancient breaks and soil in the hollows: Djenné-Djenno terracottas, "
         "archaeological objects whose export Mali forbids, flown from Bamako to Paris; Malian French wording "
         "(Djenné terracottas repeat in many sets, kept as a repeat; the modern-craft label is the new part as far "
         "as a search found)", firm("Galerie Niger Arts SARL", "FR")),
        ("CUL-07", "import", "DEPOST01", "post", "EG", [], "DE", "691390",
         "تماثيل صغيرة من الفخار المزجج، تذكارات، 12 قطعة", "EG", 1.2, 12, 40, "EUR",
         "souvenir faience figures are glossy, bright-blue moulded copies; these twelve are worn, pale green "
         "faience ushabtis with incised hieroglyphs and tomb dust, archaeological objects whose export Egypt "
         "forbids, posted from Luxor to a Cologne collector; Egyptian Arabic wording (ushabtis repeat in many sets, "
         "kept as a repeat; by post to Cologne is the new part as far as a search found)", person("Herr Lukas Berger", "DE")),
        ("CUL-08", "transit", "BEAIR01", "air", "KH", ["BE"], "CH", "680291",
         "Sculpture en grès, reproduction khmère, 1 pièce", "KH", 45, 1, 300, "USD",
         "a Khmer reproduction is fresh-cut sandstone with machine marks; this head has weathered, lichen-stained "
         "sandstone, an old saw cut at the neck and traces of iron oxide: a 12th-century Angkor-period head, "
         "exported from Cambodia without permit, landed at Brussels in transit from Phnom Penh to Geneva; "
         "Cambodian French wording (Khmer heads repeat in several sets, kept as a repeat; a Brussels transit to "
         "Geneva is the new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-09", "import", "ITAIR01", "air", "PE", [], "IT", "630499",
         "Tapices tejidos a mano, artesanía andina, 6 piezas", "PE", 6, 6, 180, "USD",
         "Andean craft weavings are new, bright alpaca-acrylic pieces; these six are faded camelid-cotton "
         "fragments with interlocking tapestry birds and burial soil, Wari and Chancay textiles from looted "
         "graves, cultural heritage whose export Peru forbids, flown from Lima to Rome; Peruvian Spanish wording "
         "(pre-Columbian textiles repeat in several sets, kept as a repeat; to Rome as handwoven tapestries is the "
         "new part as far as a search found)", firm("Tessuti Andini Srl", "IT")),
        ("CUL-10", "import", "GRPOST01", "post", "TR", [], "GR", "711810",
         "Eski sikke replikaları, hediyelik, 60 adet", "TR", 0.4, 60, 30, "EUR",
         "replica coins are new, cast, with soft details and even wear; these 60 are struck silver and bronze "
         "Hellenistic and Roman provincial coins with green earth in the letters, dug in western Anatolia, whose "
         "export Türkiye forbids, posted from İzmir to a Thessaloniki collector; Turkish wording (ancient coins as "
         "replicas repeat in many sets, kept as a repeat; to Thessaloniki by post is the new part as far as a "
         "search found)", person("Κ. Παπαδόπουλος", "GR")),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", [], "KZ", "841430",
         "Schraubenverdichter für Eisbahn-Kälteanlagen, 4 Stück", "DE", 6400, 4, 180000, "EUR",
         "four ammonia screw compressors for an Almaty rink are what the declaration says, but the consignee is a "
         "Kazakh trading firm set up in 2079 that re-invoices to a Yekaterinburg cold-storage and arena builder, "
         "and the units carry Russian-language plates: industrial machinery listed in Annex XXIII of Regulation "
         "833/2014 diverted to Russia through a third country, in a lorry at Frankfurt (Oder); German wording "
         "(diversion through Kazakhstan repeats in many sets; rink compressors were found in no earlier row by a "
         "keyword search)", {"importer_country": "KZ"}),
        ("STR-02", "export", "FIAIR01", "air", "FI", [], "AE", "902590",
         "Jään pinnan lämpömittarit jäähalleille, infrapuna, 30 kpl", "FI", 18, 30, 9000, "EUR",
         "the infrared thermometers rink crews use on the ice surface are single-point sensors costing a few "
         "hundred euros; these 30 units hold uncooled microbolometer cores of 640 x 512 pixels at 30 Hz, sold on "
         "at 300 EUR each to a Dubai trader who supplies Iranian drone makers: thermal-imaging cores controlled "
         "under 6A003, exported without licence, flown from Helsinki; Finnish wording (thermal cores as "
         "thermometers repeat in several sets, blind320 among them, kept as a repeat; a rink ice-surface label is "
         "the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "AE", "841950",
         "Scambiatori a piastre per salamoia di pista di ghiaccio, inox, 6 pezzi", "IT", 5400, 6, 30000, "EUR",
         "the plate exchangers of rink brine circuits are AISI 316 stainless with gaskets; these six are all-welded "
         "Hastelloy C-276 exchangers with a wetted area over 0.15 m2, sold at stainless price to a Jebel Ali trader "
         "for an Iranian 'ice arena': corrosion-resistant heat exchangers controlled under 2B350, exported without "
         "licence, from Genoa to Jebel Ali; Italian wording (2B350 exchangers under stainless labels repeat in "
         "several sets; a rink-brine label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "PLAIR01", "air", "PL", [], "KG", "900290",
         "Uchwyty kamer do transmisji meczów hokejowych, 40 szt.", "PL", 200, 40, 6000, "EUR",
         "a hockey-broadcast kit for a Bishkek arena: camera mounts and cables are what the Warsaw firm sends, "
         "but the second item 'kamery nadawcze' is 12 heavy-lift hexacopters with cameras and long-range links, "
         "sold on to a Russian buyer: drones listed in Annex XXIII of Regulation 833/2014 and goods whose "
         "re-export to Russia is banned, hidden as the second item of a two-item declaration, flown from Warsaw; "
         "Polish wording (drones to Russia through Central Asia repeat in many sets; behind hockey-broadcast "
         "mounts is the new part as far as a search found)",
         dict({"importer_country": "KG"},
              _more_items=[item("880622", "Kamery nadawcze, 12 szt.", "PL", 120, 24000, "EUR", qty=12)])),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "CN", "852589",
         "Kameras für Eishockey-Videobeweis, 6 Stück", "AT", 42, 6, 30000, "EUR",
         "video-goal-judge cameras are broadcast cameras running at 50-200 frames a second; these six record "
         "over 1,000,000 frames a second at full resolution and are sold on to a Xi'an research institute that "
         "tests detonators: high-speed cameras controlled under 6A003, exported without licence, flown from Vienna "
         "to Beijing; Austrian German wording (high-speed cameras repeat in a few sets; a hockey video-review label "
         "was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("STR-06", "export", "SESEA01", "sea", "SE", [], "PK", "722699",
         "Bandstål för skridskoskenor, rostfritt, 4 t", "SE", 4000, None, 24000, "EUR",
         "the strip for skate runners is hardened carbon or martensitic stainless steel at a few euros a kilo; "
         "these coils are maraging steel with an ultimate tensile strength over 1,950 MPa, rolled to tube-blank "
         "gauges, for a Lahore 'sports-goods' importer: maraging steel controlled under 1C116, exported without "
         "licence, from Gothenburg to Karachi; Swedish wording (maraging steel repeats in several sets; a "
         "skate-runner label was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-07", "export", "CZROAD01", "road", "CZ", [], "AM", "845931",
         "Brusky bruslí CNC pro profesionální kluby, 2 ks", "CZ", 9000, 2, 36000, "EUR",
         "a professional skate-blade profiling machine is a bench-top grinder of a few hundred kilos; these two "
         "are five-axis machining centres with contouring control and positioning accuracy under 6 µm, sold to a "
         "Yerevan trading firm that forwards to a Russian arms plant: machine tools controlled under 2B001 and "
         "listed in the sanctions on Russia, exported without licence through Armenia; Czech wording (five-axis "
         "machines repeat in several sets; skate-sharpener labels were found in no earlier row by a keyword "
         "search)", {"importer_country": "AM"}),
        ("STR-08", "import", "LVRAIL01", "rail", "KZ", [], "LV", "440799",
         "Березовые заготовки для хоккейных клюшек, сухие, 1 вагон", "KZ", 38000, None, 19000, "USD",
         "Kazakh birch for hockey-stick blanks would come from the northern oblasts with Kazakh phytosanitary "
         "papers; these blanks carry Russian sawmill stamps from the Kirov region, the wagon was loaded at a border "
         "terminal with Russian paperwork swapped: wood of Russian origin, whose import into the Union is banned "
         "under Regulation 833/2014, by rail from Petropavl to Riga for a hockey-stick maker; Russian wording "
         "(Russian wood under Kazakh origin repeats in several sets, blind320 among them, kept as a repeat; "
         "hockey-stick blanks are the new part as far as a search found)", firm("Baltic Hockey Sticks SIA", "LV")),
        ("STR-09", "import", "LTROAD01", "road", "KG", [], "LT", "401699",
         "Шайбы хоккейные, вулканизированная резина, 60 000 шт.", "KG", 9900, 60000, 24000, "USD",
         "hockey pucks from Kyrgyzstan would come with Kyrgyz certificates of origin; these cartons are printed "
         "inside with a Bobruisk plant's batch marks and the lorry came from Belarus with a Kyrgyz re-invoice: "
         "rubber products of Belarusian origin, whose import into the Union is banned (Regulation 765/2006), at "
         "Medininkai for a Vilnius hockey-equipment wholesaler; Russian wording from Kyrgyzstan (Belarusian goods "
         "under third-country origin repeat in several sets; hockey pucks were found in no earlier row by a keyword "
         "search)", firm("Ledo Ritulys UAB", "LT")),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "HK", "903020",
         "Oscilloscopen, gebruikt, voor onderwijs, 10 stuks", "NL", 180, 10, 5000, "EUR",
         "used teaching oscilloscopes are 100 MHz bench units; these ten are 30 GHz real-time digitising "
         "oscilloscopes sold at scrap price to a Hong Kong forwarder for Russia: digitisers controlled under "
         "3A002 and listed in the sanctions on Russia, exported without licence, flown from Amsterdam; Dutch "
         "wording (oscilloscopes repeat in several sets, kept as a repeat; a teaching label to Hong Kong is the "
         "new part as far as a search found)", {"importer_country": "HK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "CA", [], "FR", "392690",
         "Défense décorative en résine pour trophée de hockey, 1 pièce", "CA", 6, 1, 150, "CAD",
         "a resin display tusk is light, seamless and warm to the touch; this 2.1 m spiral tusk is heavy, "
         "cold, with a hollow root and growth layers at the base: a narwhal tusk (Monodon monoceros, CITES App. "
         "II) without CITES documents, flown from Iqaluit via Montréal to Paris for a Rouen hockey club owner; "
         "Canadian French wording (narwhal tusks repeat in a few sets; a hockey-trophy resin tusk was found in no "
         "earlier row by a keyword search)", firm("Dragons Patinoire Événements SARL", "FR")),
        ("WLF-02", "import", "DEAIR01", "air", "AR", [], "DE", "960390",
         "Cabezales de escoba de curling, sintéticos, 500 piezas", "AR", 50, 500, 2000, "USD",
         "synthetic curling broom heads carry a nylon or polyester pad over foam; these 500 heads are packed with "
         "stiff, banded grey-and-white bristles that char like hair: collared peccary bristle (Pecari tajacu, "
         "CITES App. II) without CITES documents, flown from Buenos Aires to Frankfurt for a Füssen curling-broom "
         "maker; Argentine Spanish wording (peccary products repeat rarely, as leather; curling brooms were found "
         "in no earlier row by a keyword search)", firm("Allgäu Curling Besen GmbH", "DE")),
        ("WLF-03", "import", "DEAIR01", "air", "CO", [], "DE", "420321",
         "Guantes de hockey sobre hielo, cuero sintético, 300 pares", "CO", 450, 300, 9000, "USD",
         "synthetic-leather hockey gloves have an even, printed grain; the palms and cuffs of these 300 pairs are "
         "real, bony-scaled crocodilian belly skin: spectacled caiman (Caiman crocodilus, CITES App. II) without "
         "CITES documents, flown from Bogotá to Munich for a hockey pro shop; Colombian Spanish wording (caiman "
         "leather repeats in many sets, kept as a repeat of the good; hockey gloves were found in no earlier row by "
         "a keyword search)", firm("Eishockey Profi Laden GmbH", "DE")),
        ("WLF-04", "import", "NLAIR01", "air", "ID", [], "NL", "640590",
         "Sarung sepatu seluncur indah, kulit PU motif ular, 240 pasang", "ID", 96, 240, 3600, "USD",
         "PU snake-print boot covers for figure skates have a printed, flat pattern; these 240 pairs are real "
         "reticulated python skin (Malayopython reticulatus, CITES App. II) with overlapping scales, without CITES "
         "documents, flown from Jakarta to Amsterdam for a skating-costume maker; Indonesian wording (python skin "
         "repeats in many sets, kept as a repeat; figure-skate boot covers are the new part as far as a search found)",
         firm("IJskunst Kostuums BV", "NL")),
        ("WLF-05", "import", "FRSEA01", "sea", "GA", [], "FR", "440799",
         "Ébauches de crosses de hockey, frêne, 18 t", "GA", 18000, None, 9000, "EUR",
         "ash blanks for hockey sticks are pale, light and straight-grained; these blanks are dense, red-brown "
         "with purple streaks and sink in water: bubinga (Guibourtia spp., CITES App. II) without CITES documents, "
         "from Owendo to Le Havre for a Grenoble stick maker; Gabonese French wording (bubinga repeats in several "
         "sets; hockey-stick blanks were found in no earlier row by a keyword search)", firm("Crosses Alpes SAS", "FR")),
        ("WLF-06", "import", "SEAIR01", "air", "CN", [], "SE", "160432",
         "鲑鱼籽, 冷藏, 罐装 250克, 160罐", "CN", 40, 160, 6400, "USD",
         "salmon roe is large, bright orange, single eggs; these 160 tins hold small, grey-black, glossy eggs: "
         "sturgeon caviar (Acipenseriformes, CITES App. II) without CITES labels or documents, flown from "
         "Shanghai to Stockholm for the VIP-box caterer of a hockey arena; Chinese wording (caviar as fish roe "
         "repeats in many sets, kept as a repeat; an arena caterer is the new part as far as a search found)",
         firm("Arena Catering Stockholm AB", "SE")),
        ("WLF-07", "transit", "FRAIR01", "air", "NG", ["FR"], "VN", "050790",
         "Dried fish scales, 300 kg", "NG", 300, None, 600, "USD",
         "dried fish scales are thin, round and translucent; these sacks hold thick, keratin, shield-shaped "
         "scales: pangolin scales (Manis spp., CITES App. I) without CITES documents, landed at Paris in transit "
         "from Lagos to Hanoi; Nigerian English wording (pangolin scales repeat in many sets, kept as a repeat; a "
         "Paris transit is the new part as far as a search found)", {"importer_country": "VN"}),
        ("WLF-08", "import", "DKAIR01", "air", "ID", [], "DK", "950699",
         "Ice hockey shin guards and elbow pads, 400 pcs", "ID", 400, 400, 4000, "USD",
         "a hockey pro-shop air shipment for Herning: shin guards and elbow pads are what the Bandung maker sends, "
         "but the third item's 'shell trophy plaques' are 60 plaques of thick, white, ribbed giant-clam shell: "
         "Tridacna spp. (CITES App. II) without CITES documents, hidden as the last item of a three-item "
         "declaration, flown from Jakarta; Indonesian English wording (giant clam repeats in several sets; "
         "trophy plaques behind hockey pads are the new part as far as a search found)",
         dict(firm("Herning Hockey Shop ApS", "DK"),
              _more_items=[item("950699", "Hockey helmets, 200 pcs", "ID", 240, 3000, "USD", qty=200),
                           item("050800", "Shell trophy plaques, 60 pcs", "ID", 30, 300, "USD", qty=60)])),
        ("WLF-09", "import", "ESAIR01", "air", "PE", [], "ES", "030559",
         "Camarones secos, 40 kg", "PE", 40, None, 400, "USD",
         "dried shrimp are pink, curled and light; these bags hold dried, horse-headed, ringed fish: seahorses "
         "(Hippocampus spp., CITES App. II) without CITES documents, under Peru's export ban, flown from Lima to "
         "Madrid; Peruvian Spanish wording (seahorses repeat in many sets, kept as a repeat; to Madrid as dried "
         "shrimp is the new part as far as a search found)", firm("Mercado Oriental Madrid SL", "ES")),
        ("WLF-10", "import", "BEAIR01", "air", "ID", [], "BE", "252100",
         "Batu kapur dekorasi akuarium, 300 kg", "ID", 300, None, 450, "USD",
         "aquarium limestone is grey, dense and layered; these boxes hold white, pored, branching skeletons: "
         "stony corals (Scleractinia, CITES App. II) without CITES documents, flown from Denpasar to Brussels; "
         "Indonesian wording (coral as rock repeats in many sets, kept as a repeat; to Brussels is the new part "
         "as far as a search found)", firm("Aqua Récif SPRL", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEAIR01", "air", "CA", "SE", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (cleaning rink-board polyethylene)", "CA", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "SE-KEMI-80-0052")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "JP", "AT", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "JP", 1, 1, 40, "USD",
     [("PRECURSOR_LICENCE", "AT-BMI-80-0133")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854911",
     "Waste lead-acid traction batteries from ice resurfacers, for recycling at a licensed smelter, 12 t", "CH", 12000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-80-0274")], "notified waste resurfacer batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "271099",
     "Waste compressor oil from ice-rink refrigeration plants (13 02 05*), for re-refining, 18 t", "CH", 18000, None,
     0, "EUR", [("BASEL_CONSENT", "AT-BMK-80-0088")], "notified waste oil to a licensed re-refinery"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-80-019")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 720, 16,
     14400, "USD", [("ODS_LICENCE", "FR-MTE-ODS-80-007")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "NLAIR01", "air", "NL", "US", "970191",
     "Winter landscape with skaters, oil on panel, circle of Hendrick Avercamp, c. 1620, loan to a US museum", "NL", 7,
     1, 250000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-RCE-EXP-80-0041")],
     "painting exported with the EU export licence and the Dutch permit"),
    ("PRM-08", "cultural", "export", "PLAIR01", "air", "PL", "CA", "970510",
     "Medieval bone ice skates, 4, documented Polish collection since 1936, loan to a Canadian museum", "PL", 1.2, 4,
     4000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKDN-EXP-80-0119")],
     "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "SESEA01", "sea", "SE", "NO", "722699",
     "Maraging steel strip, 1 t, for a Norwegian aerospace-parts maker", "SE", 1000, None, 30000, "EUR",
     [("EXPORT_LICENCE", "SE-ISP-80-0031"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-80-0022")],
     "dual-use maraging steel under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FIAIR01", "air", "FI", "CA", "902590",
     "Uncooled thermal-imaging cores 640 x 512, 20 units, for a Canadian building-inspection firm", "FI", 6, 20,
     40000, "EUR", [("EXPORT_LICENCE", "FI-UM-80-0047"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-80-0063")],
     "dual-use thermal-imaging cores under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "CO", "DE", "420321",
     "Hockey gloves with spectacled caiman leather palms (Caiman crocodilus, farmed), 100 pairs", "CO", 150, 100,
     6000, "USD", [("CITES_PERMIT", "CO-ANLA-80-0214")], "App. II caiman leather with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "440799",
     "Bubinga hockey-stick blanks (Guibourtia tessmannii), sawn, 6 t", "CM", 6000, None, 9000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-80-0091")], "App. II bubinga with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privatperson", "PRM-05": "Rheinland Analytik GmbH",
    "PRM-06": "Atlantique Aéro Maintenance SAS", "PRM-11": "Eishockey Profi Laden GmbH", "PRM-12": "Crosses Alpes SAS",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # ice-rink operators and builders, curling clubs and ice-hockey clubs and their suppliers
    ("340290", "Dasher-board cleaner, alkaline, 1 gal jugs", "import", ["air"], ["CA", "US"], (3, 6), (200, 600), ["USD", "CAD"], 0.26, S),
    ("320611", "Titanium-dioxide white ice paint, 20 kg pails", "import", ["sea"], ["CN", "CA"], (2, 4), (4000, 12000), ["USD"], 0.05, S),
    ("382499", "Sulphamic-acid descaler for rink brine exchangers, 20 l", "import", ["sea"], ["KR", "DE"], (1, 2), (6000, 14000), ["USD", "EUR"], 0.05, S),
    ("340399", "Skate-sharpener coolant, water-based, 1 l", "import", ["post", "express"], ["US", "CA"], (10, 20), (1, 3), ["USD"], 1, S),
    ("282739", "Calcium chloride de-icing flakes, 25 kg bags", "import", ["rail"], ["KZ", "CN"], (0.2, 0.4), (18000, 24000), ["USD"], 0.04, S),
    ("320649", "Rink line and logo paint pigments, red and blue, 5 kg", "import", ["road"], ["TR", "DE"], (6, 12), (1000, 3000), ["EUR"], 0.2, S),
    ("284920", "Silicon-carbide abrasive for curling stone running bands, 1 kg", "import", ["air"], ["JP", "GB"], (8, 15), (50, 200), ["USD", "GBP"], 1, S),
    ("340399", "Skate blade rust-preventive oil, 100 ml", "import", ["express"], ["CN", "NL"], (30, 60), (1, 3), ["USD"], 8, S),
    ("850710", "Lead-acid traction batteries for ice resurfacers, new, 48 V", "import", ["sea"], ["CN", "US"], (2, 4), (4000, 12000), ["USD"], 0.0015, S),
    ("850760", "Lithium traction packs for electric ice resurfacers, new", "import", ["sea"], ["CN", "KR"], (15, 25), (2000, 6000), ["USD"], 0.003, S),
    ("940542", "LED arena floodlights, 600 W, new", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 0.1, S),
    ("271019", "Refrigeration compressor oil for ammonia plants, 20 l", "import", ["sea"], ["DE", "US"], (2, 4), (4000, 10000), ["EUR", "USD"], 0.05, S),
    ("853180", "LED arena scoreboards, new", "import", ["sea"], ["CN", "US"], (30, 60), (1000, 4000), ["USD"], 0.002, S),
    ("950699", "Ice hockey helmets and shin guards, new", "import", ["sea"], ["CN", "VN"], (12, 20), (2000, 6000), ["USD"], 1, S),
    ("320890", "Water-based white rink ice paint, 20 l pails", "export", ["road"], ["RS", "BA"], (2, 4), (2000, 6000), ["EUR"], 0.05, S),
    ("281121", "R-744 (CO2) refrigerant cylinders for rink plants, industrial grade", "import", ["road"], ["NO", "CH"], (1, 2), (2000, 6000), ["EUR"], 0.03, S),
    ("392113", "Pentane-blown PIR insulation boards for rink floors, 100 mm", "import", ["sea"], ["CN", "DE"], (4, 8), (8000, 16000), ["USD", "EUR"], 0.2, S),
    ("300510", "Cloth hockey stick tape, 24 mm rolls", "import", ["post", "express"], ["IN", "CA"], (15, 30), (1, 3), ["USD"], 10, S),
    ("300590", "Sports cold spray, propane-butane, 400 ml", "import", ["air"], ["IN", "DE"], (6, 12), (100, 400), ["USD", "EUR"], 3, S),
    ("381400", "Citrus stain remover for team jerseys, 1 l", "import", ["air"], ["PK", "IN"], (4, 8), (100, 400), ["USD"], 1.1, S),
    ("842410", "CO2 fire extinguishers for resurfacer rooms, 5 kg", "import", ["road"], ["RS", "TR"], (6, 10), (1000, 3000), ["EUR"], 0.07, S),
    ("381400", "Hydrocarbon degreaser for skate-sharpening machines, 200 l drums", "import", ["sea"], ["CN", "KR"], (2, 4), (6000, 12000), ["USD"], None, S),
    ("847989", "Desiccant-rotor dehumidifiers for ice halls, new", "import", ["sea"], ["SE", "CN"], (12, 20), (4000, 10000), ["EUR", "USD"], 0.001, S),
    ("340290", "Curling broom pad cleaner, alcohol-based, 250 ml", "import", ["express"], ["TW", "CA"], (20, 40), (1, 3), ["USD"], 4, S),
    ("950699", "Reproduction bone skates, cattle bone, new", "import", ["post"], ["UA", "NL"], (20, 40), (1, 3), ["EUR"], 3, S),
    ("491191", "Printed reproductions of Dutch winter landscapes, framed", "export", ["air"], ["US", "CA"], (20, 40), (50, 200), ["EUR"], 0.5, S),
    ("681099", "Glass mosaic panels on mesh for rink lobbies, new", "import", ["sea"], ["CN", "TR"], (2, 4), (3000, 8000), ["USD"], 0.4, S),
    ("830629", "Silver-plated hockey trophy cups, new", "import", ["air"], ["CN", "IN"], (20, 40), (100, 400), ["USD"], 1, S),
    ("841430", "Ammonia screw compressors for rink plants, new", "import", ["sea"], ["DK", "US"], (25, 40), (3000, 8000), ["EUR", "USD"], 0.0006, S),
    ("902519", "Infrared ice-surface thermometers, handheld", "import", ["post", "express"], ["CN", "US"], (40, 80), (1, 3), ["USD"], 4, S),
    ("841950", "Stainless plate heat exchangers for rink brine, gasketed", "import", ["sea"], ["SE", "CN"], (6, 12), (2000, 6000), ["EUR", "USD"], 0.01, S),
    ("852589", "Broadcast cameras for hockey video review, 200 fps", "import", ["air"], ["JP", "US"], (150, 300), (20, 100), ["USD"], 0.1, S),
    ("722020", "Hardened stainless strip for skate runners", "import", ["sea"], ["JP", "KR"], (4, 8), (4000, 10000), ["USD"], None, S),
    ("846029", "Skate-blade profiling grinders, bench-top", "import", ["air"], ["CA", "US"], (30, 60), (200, 800), ["USD", "CAD"], 0.01, S),
    ("440797", "Poplar and ash hockey-stick blanks, kiln-dried", "import", ["sea"], ["CA", "US"], (0.8, 1.4), (12000, 22000), ["USD"], None, S),
    ("401699", "Vulcanised rubber hockey pucks, 170 g", "import", ["sea"], ["CA", "CN"], (3, 5), (3000, 8000), ["USD"], 5.9, S),
    ("960390", "Curling broom heads, synthetic pads", "import", ["air"], ["CA", "GB"], (20, 40), (50, 200), ["USD", "GBP"], 8, S),
    ("420321", "Synthetic-leather ice hockey gloves", "import", ["sea"], ["CN", "PK"], (10, 18), (2000, 6000), ["USD"], 1.2, S),
    ("640590", "Lycra figure-skate boot covers", "import", ["post", "express"], ["ID", "CN"], (40, 80), (1, 3), ["USD"], 10, S),
    ("680291", "Polished granite curling stones, sets of eight", "import", ["sea"], ["GB", "CA"], (8, 14), (2000, 6000), ["GBP", "CAD"], 0.05, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Bamboo steamer baskets with lids", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 1.5, N),
        ("392490", "Silicone dish drying mats", "import", ["sea"], ["CN", "TH"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("821000", "Stainless nutmeg graters", "import", ["post", "express"], ["IN", "CN"], (20, 40), (1, 3), ["USD", "EUR"], 15, N),
        ("821591", "Butter curlers, plated", "import", ["post", "express"], ["GB", "DE"], (20, 40), (1, 3), ["GBP", "EUR"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind328", 20801101, HERE)


if __name__ == "__main__":
    main()
