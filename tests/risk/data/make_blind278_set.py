#!/usr/bin/env python3
"""Writes the two-hundred-and-seventy-eighth blind set (tests/risk/data/blind278-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2072, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: kitchen, bathroom and tile
showrooms (kitchen studios and worktop fabricators, bathroom showrooms and fitters,
tile shops and tile distributors, sanitaryware, tap and appliance importers).
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
only where a real declaration would. Ids are BL278-*:

    python3 tests/risk/data/make_blind278_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2072, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2072
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "CYAIR01", "air", "IL", [], "CY", "340290",
         "מסיר כתמים למשטחי קוורץ ושיש (נוזל מפעיל לרטיה), בקבוקי 1 ליטר, 240 בקבוקים", "IL", 272, 240, 720, "USD",
         "the stain removers sold for coffee, wine and turmeric marks on quartz and marble worktops are 3-6 % "
         "peroxide gels or poultice powders wetted with a weak activator; these 240 litre bottles hold a water-clear, "
         "runny liquid of 1.13 kg/l with vented caps that whitens the fingers and fizzes on a cut: about 35 % "
         "hydrogen peroxide (Annex I above 12 %), flown from Tel Aviv to Larnaca for a Limassol worktop fabricator "
         "whose kitchen showroom sells the bottles over the counter to householders; Hebrew wording (hydrogen "
         "peroxide repeats in many sets and stain-remover labels on it in several; a quartz-worktop stain-remover "
         "label was found in no earlier row by a keyword search)", firm("Vega Worktops Ltd", "CY")),
        ("PRE-02", "import", "SKAIR01", "air", "TR", [], "SK", "382000",
         "Elektrikli havlupan radyatörleri için ısı transfer dolum sıvısı, 1 litre, 480 şişe", "TR", 547, 480, 1440,
         "EUR",
         "electric towel radiators are filled at the factory with a water-glycol or a thermal oil of 0.9-1.05 kg/l "
         "and are hardly ever refilled by their owners; these 480 bottles hold a water-clear, faintly fruity liquid "
         "of 1.14 kg/l that burns with a pale flame, and the filler's drum label under the sticker reads 'CH3NO2', "
         "for a Bratislava bathroom-radiator web shop whose 'refills' go by the litre to model-engine and drag-racing "
         "hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown from "
         "Istanbul; Turkish wording (nitromethane repeats in many sets and radiator labels on precursors in a few, "
         "on vehicle radiators (blind183, blind221, blind234, blind249); a towel-radiator fill fluid was found in no "
         "earlier row by a keyword search)", firm("Horizon Kúpeľne s.r.o.", "SK")),
        ("PRE-03", "import", "PTSEA01", "sea", "BR", [], "PT", "382499",
         "Impermeabilizante efeito molhado para ardósia e pedras (realçador de cor), frascos de 1 litro, 2.400 "
         "unidades", "BR", 4416, 2400, 7200, "USD",
         "the colour-enhancing 'wet-look' impregnators sold for slate and basalt floors are siloxane or acrylic "
         "resins in white spirit of about 0.8 kg/l that smell of solvent and darken the stone; these 2,400 bottles "
         "hold a colourless, oily liquid of 1.84 kg/l with no solvent smell that grows hot with a drop of water, "
         "chars the cardboard where one leaked and eats the grout of a test tile: about 96 % sulphuric acid "
         "(Annex I above 15 %) retail-packed for a Porto tile showroom that sells the bottles to homeowners, by sea "
         "from Santos to Leixões; Brazilian Portuguese wording (sulphuric acid repeats in many sets, under "
         "drain-cleaner, descaler, syrup and oil labels among others; a slate wet-look impregnator or colour-enhancer "
         "label was found in no earlier row by a keyword search)", firm("Atlantic Cerâmicas Lda", "PT")),
        ("PRE-04", "import", "FIAIR01", "air", "TH", [], "FI", "250610",
         "ผงควอตซ์สำหรับยาแนวอีพ็อกซี่ (ส่วน C) ถุง 1 กก. 600 ถุง", "TH", 600, 600, 900, "USD",
         "the filler part of a three-part epoxy grout is a fine, white or tinted quartz flour that is gritty, heavy "
         "and never dissolves; these 600 bags hold a white, crystalline powder that dissolves slowly in hot water, "
         "flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Helsinki tile shop whose web "
         "store sells the 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Bangkok; Thai wording (potassium perchlorate repeats in many sets and a "
         "quartz-flour label on it once, blind189, for epoxy floors, kept as a repeat of that label; an "
         "epoxy-grout part-C label is the new part as far as a search found)", firm("Nordhafen Laatta Oy", "FI")),
        ("PRE-05", "import", "ATAIR01", "air", "JP", [], "AT", "340290",
         "スチームオーブン用スケール除去剤（粉末）、1 kg 袋、800 袋", "JP", 800, 800, 240000, "JPY",
         "the descalers sold for steam ovens and combi-steamers are citric or sulphamic-acid powders that taste sour "
         "and fizz on limescale; these 800 bags hold white, odourless crystals that do not fizz on chalk, taste salty "
         "and cool, and flare fiercely when mixed with sugar and touched with a match: sodium chlorate (Annex I "
         "above 40 %), for a Vienna kitchen studio that sells the bags in its appliance shop and web shop to the "
         "public, flown from Osaka to Vienna; Japanese wording (sodium chlorate repeats in many sets and descaler "
         "labels on precursors in many, for coffee machines, radiators, ice machines and boilers among others; a "
         "steam-oven descaler label was found in no earlier row by a keyword search)",
         firm("Alpina Küchenstudio GmbH", "AT")),
        ("PRE-06", "import", "IESEA01", "sea", "US", [], "IE", "340290",
         "Garbage disposal cleaner & deodorizer granules, lemon scent, 1 lb pouches, 12,000 pouches", "US", 5450,
         12000, 9000, "USD",
         "the cleaning granules sold for kitchen-sink food-waste disposers are bicarbonate-and-percarbonate blends "
         "that foam blue in the drain and smell of lemon; these 12,000 pouches hold hard, white, round prills with "
         "no scent that turn ice-cold in water without foaming, test at 34 % N and melt and fume on a hot plate, for "
         "a Dublin kitchen-appliance retailer that sells disposers and the pouches to householders: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Baltimore to "
         "Dublin; US English wording (ammonium nitrate repeats in many sets under bead, salt and granule labels; a "
         "food-waste-disposer cleaner was found in no earlier row by a keyword search)",
         firm("Delta Kitchen Appliances Ltd", "IE")),
        ("PRE-07", "import", "HRROAD01", "road", "BA", [], "HR", "340290",
         "Sredstvo za uklanjanje kamenca s tuš-glava i slavina, boce 1 l, 1.800 boca", "BA", 2520, 1800, 2700, "EUR",
         "rain-shower-head and tap descalers are citric, lactic or dilute phosphoric-acid gels of 1.05-1.1 kg/l; "
         "these 1,800 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and turn a brass "
         "shower-head test piece green and fuming: about 65 % nitric acid (Annex I above 3 %), for a Zagreb "
         "bathroom-showroom chain that sells the bottles over the counter, in a van at Stara Gradiška; Bosnian "
         "wording (nitric acid repeats in many sets and descaler labels on it in many, coffee-machine, dairy and "
         "vacuum-WC descalers among them, and Bosnian rows at Stara Gradiška once, blind104; a shower-head descaler "
         "label was found in no earlier row by a keyword search)", firm("Orion Kupaonice d.o.o.", "HR")),
        ("PRE-08", "import", "NLSEA01", "sea", "TW", [], "NL", "283539",
         "沸水龍頭濾芯用聚磷酸鹽阻垢晶體, 1公斤罐裝, 6,000罐", "TW", 6000, 6000, 7800, "USD",
         "the polyphosphate crystals in the scale-inhibitor cartridges of boiling-water taps and coffee machines are "
         "glassy, slowly dissolving beads with no smell; these 6,000 tubs hold shiny, colourless, flaky crystals "
         "that dissolve readily, taste cool and crackle and spit violet sparks on a hot iron, and the maker's sheet "
         "in the container gives CAS 3811-04-9, for a Utrecht importer of boiling-water taps that sells the refill "
         "tubs to the public: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by "
         "sea from Kaohsiung to Rotterdam; Chinese wording from Taiwan (potassium chlorate repeats in many sets; "
         "phosphate labels in a few rows on other goods, shrimp glazes and flame retardants; a scale-inhibitor label "
         "for boiling-water taps was found in no earlier row by a keyword search)", firm("Meridian Kranen BV", "NL")),
        ("PRE-09", "import", "GRSEA01", "sea", "EG", [], "GR", "390529",
         "بودرة بوليمر قابلة لإعادة التشتت للاصق السيراميك المرن، أكياس 1 كيلو، 2,000 كيس", "EG", 2000, 2000, 3000,
         "USD",
         "the redispersible polymer powders added to flexible (S1) tile adhesives are soft, white, free-flowing "
         "powders that stir into a milky, film-forming dispersion; these 2,000 bags hold a white, hygroscopic, "
         "crystalline powder that dissolves at once to a clear solution, turns damp in the harbour air and burns "
         "fiercely with sugar, for an Athens tile-and-bathroom showroom that sells the 1 kg bags to DIY customers: "
         "sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Alexandria to "
         "Piraeus; Egyptian Arabic wording (sodium perchlorate repeats in many sets and powder-coating labels twice "
         "on other goods (blind254); a tile-adhesive polymer-powder label was found in no earlier row by a keyword "
         "search)", firm("Rivage Plakakia AE", "GR")),
        ("PRE-10", "import", "SEROAD01", "road", "NO", [], "SE", "380894",
         "Mugg- og jordslagsfjerner for silikonfuger i dusj, klorfri, konsentrat, 5 l kanner, 400 kanner "
         "(sending 1 av 4)", "NO", 2400, 400, 24000, "NOK",
         "the chlorine-free mould removers sold for blackened shower silicone are 3-8 % peroxide or quaternary-"
         "ammonium liquids of about 1.02 kg/l; these 400 cans hold a water-clear liquid of 1.20 kg/l with vented "
         "caps that whitens the skin at once and fizzes on rust, the first of four vans booked that week, each kept "
         "under 2.5 t, for a Gothenburg bathroom-renovation chain whose shops sell the cans to the public: about "
         "50 % hydrogen peroxide (Annex I above 12 %), at Svinesund; Norwegian wording (hydrogen peroxide repeats "
         "in many sets and splits over several vans in a few (blind264, three vans); a mould-remover label on it "
         "was found in no earlier row by a keyword search, and a tent-mould powder once, blind267, on another good)",
         firm("Nordhafen Badrum AB", "SE")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "TG", "940340",
         "Ausstellungsküchen, gebraucht, demontiert, 24 Stück", "DE", 9600, 24, 7200, "EUR",
         "a German kitchen studio's clearance container for Lomé: ex-display kitchens and their worktops are lawful "
         "used goods that Lomé furniture traders buy, but the third item's 'neue Einbaugeräte aus der Ausstellung' "
         "are 400 ovens, hobs, dishwashers and fridge-freezers taken back from customers' kitchens on trade-in, "
         "cracked, rusted, with cut cables and missing doors, none boxed or tested and the fridges with compressors "
         "and foam: waste electrical equipment (A1180, and fridges with refrigerant and foam), whose export to a "
         "non-OECD country is banned, hidden as the last item of a three-item declaration, from Hamburg; German "
         "wording (old appliances as e-waste repeat in many sets and used kitchen furniture once, blind152, with "
         "used motor oil; an ex-display kitchen label was found in no earlier row by a keyword search)",
         dict({"importer_country": "TG"},
              _more_items=[item("681099", "Arbeitsplatten, Quarzkomposit, Ausstellungsware, 60 Stück", "DE", 3000,
                                3000, "EUR", qty=60),
                           item("851660", "Einbaugeräte aus der Ausstellung, neu, originalverpackt, 400 Stück", "DE",
                                18000, 8000, "EUR", qty=400)])),
        ("WST-02", "export", "FRSEA01", "sea", "FR", [], "PK", "392220",
         "Abattants WC lavants (japonais), neufs, 2 400 pièces", "FR", 12000, 2400, 14400, "EUR",
         "new shower-toilet seats come boxed with a manual and a sealed control unit at several hundred euros each; "
         "these 2,400 are returns and warranty swaps gathered by a Lyon bathroom wholesaler, unboxed, with cracked "
         "housings, leaking water heaters, scaled nozzles, burnt control boards and cut cords, at 6 EUR each, for a "
         "Karachi market dealer: waste electrical equipment (A1180), whose export to a non-OECD country is banned, "
         "from Fos-sur-Mer to Karachi; French wording (returned appliances as e-waste repeat in many sets; a "
         "shower-toilet or bidet seat was found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "390791",
         "Resina de poliéster insaturado para platos de ducha de carga mineral, excedente, bidones de 220 kg, 100 "
         "bidones", "ES", 22000, 100, 4400, "EUR",
         "surplus unsaturated-polyester resin is a clear, honey-coloured, styrene-smelling liquid in sealed, dated "
         "drums with a data sheet; these 100 drums hold a part-cured, lumpy grey paste of resin with marble and "
         "aluminium-hydroxide filler, gelcoat overspray and acetone washings, some gelled solid and bulging, scraped "
         "from the casting lines and mould cleaning of a Castellón shower-tray plant: waste resins and washings "
         "containing organic solvents (08 04 09*, 07 02 08*), hazardous waste whose export to a non-OECD country "
         "is banned, from Valencia to Tanger Med for a 'resin trader'; Spanish wording (resin and gelcoat wastes "
         "repeat in a few sets, gelcoat once (blind210) and an off-spec epoxy resin once (blind118); a mineral-cast "
         "shower-tray resin was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "GE", "321410",
         "Stucco epossidico bicomponente per fughe, nuovo, kit da 5 kg, 4.000 kit", "IT", 20000, 4000, 6000, "EUR",
         "new two-part epoxy grout comes in sealed, dated kits of resin and hardener with a two-year shelf life; "
         "these 4,000 kits are 2068-2070 stock, many with split lids, the resin crystallised or set and the "
         "hardener tins bulging, gathered from a Sassuolo tile distributor's warehouse clearance and its customer "
         "returns, for a Poti 'building-materials' firm: discarded chemical products containing hazardous "
         "substances (amine hardeners and epoxy resins, 16 03 05*, 08 04 09*), hazardous waste whose export to a "
         "non-OECD country is banned, from La Spezia to Poti; Italian wording (expired chemicals sold as stock "
         "repeat in many sets and an off-spec epoxy flooring resin once, blind118; an epoxy grout was found in no "
         "earlier row by a keyword search)",
         {"importer_country": "GE"}),
        ("WST-05", "export", "SKROAD01", "road", "SK", [], "UA", "320810",
         "Polyuretánový lak na kuchynské dvierka, druhá akosť, sudy 200 l, 90 sudov", "SK", 18000, 90, 2700, "EUR",
         "second-grade PU lacquer is a clear or white, even, solvent-smelling coating in sealed, labelled drums; "
         "these 90 drums hold a layered, part-skinned sludge of lacquer overspray, solvent, sanding dust and "
         "water-curtain scrapings from the spray booths of a Žilina kitchen-front factory, with filter mats and "
         "rags at the bottom: paint sludge containing organic solvents (08 01 13*, 08 01 17*), hazardous waste whose "
         "export to a non-OECD country is banned, on a lorry at Vyšné Nemecké for an Uzhhorod 'paint shop'; Slovak "
         "wording (paint and lacquer sludge repeats in many sets, kept as a repeat of the good; a kitchen-front "
         "factory's booth sludge is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "VN", "390610",
         "Regranulát PMMA z výroby sanitárních van, čistý, 24 t", "CZ", 24000, None, 7200, "EUR",
         "clean PMMA regrind is sorted, washed, one-colour granules of cast acrylic; these big bags hold shredded "
         "trimmings and rejected baths from a Czech bath maker: acrylic co-extruded with ABS, backed with chopped-"
         "glass polyester laminate and chipboard reinforcement, with foam, steel rails and silicone: mixed plastic "
         "and composite waste (Y48), whose export to a non-OECD country the Waste Shipment Regulation forbids, from "
         "Hamburg to Hai Phong; Czech wording (a PMMA regranulate label once, blind268, and mixed plastics under "
         "prime or regrind labels in many sets; sanitary-acrylic bath trimmings were found in no earlier row by a "
         "keyword search)", {"importer_country": "VN"}),
        ("WST-07", "export", "FISEA01", "sea", "FI", [], "NG", "732410",
         "Käytetyt ruostumattomat tiskipöydät ja altaat keittiöremonteista, uudelleenkäyttöön, 1 800 kpl", "FI",
         14000, 1800, 3600, "EUR",
         "used stainless sinks for reuse are cleaned, dent-free units with the taps removed; these 1,800 are "
         "torn-out 1960s-1980s sink tops from Helsinki flat renovations whose undersides still carry grey, "
         "crumbling bitumen-and-asbestos sound-deadening pads and old mastic, some broken off into the crates as "
         "dust: construction waste containing asbestos (17 06 05*, A2050), hazardous waste whose export to a "
         "non-OECD country is banned, from Kotka to Lagos; Finnish wording (asbestos repeats in many sets, kept as a "
         "repeat of the good; asbestos pads under old sink tops were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-08", "export", "MTSEA01", "sea", "MT", [], "LY", "850710",
         "Batteriji taċ-ċomb-aċidu, użati, minn torrijiet tat-telekomunikazzjoni, għall-użu mill-ġdid, 14-il tunnellata",
         "MT", 14000, None, 4200, "EUR",
         "used lead-acid batteries for reuse are tested, charged blocks with a date code and a test sheet; these "
         "pallets hold dead, bulging standby batteries pulled from Maltese telecom towers, with cracked cases, "
         "white sulphation on the posts and acid in the shrink-wrap: waste lead-acid batteries (A1160, 16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, from Malta Freeport to Misrata; Maltese "
         "wording (waste lead-acid batteries repeat in many sets, telecom standby blocks among them (blind109, "
         "blind129), and Maltese rows to Libya in several; kept as a repeat, a label naming Maltese telecom towers "
         "is the only new part as far as a search found)", {"importer_country": "LY"}),
        ("WST-09", "export", "HRROAD01", "road", "HR", [], "BA", "850440",
         "Rabljeni fotonaponski izmjenjivači, ispravni, za ponovnu uporabu, 900 kom", "HR", 13500, 900, 9000, "EUR",
         "used PV inverters for reuse are tested, boxed units with their serial numbers and a test report; these 900 "
         "come from the repowering of Dalmatian solar parks, with lightning-burnt boards, swollen capacitors, "
         "missing covers and error logs, unsorted in gaylords, for a Mostar 'solar installer': waste electrical "
         "equipment (A1180), whose export to a non-OECD country is banned, on a lorry at Metković; Croatian wording "
         "(used solar inverters repeat in several sets (blind21, blind33, blind149, blind239), kept as a repeat of the "
         "good; inverters from Croatian solar parks to Bosnia and Herzegovina are the new part as far as a search "
         "found)", {"importer_country": "BA"}),
        ("WST-10", "export", "EESEA01", "sea", "EE", [], "NG", "850760",
         "Elektritõukerataste akud, taastatud, testitud, 6 000 tk", "EE", 24000, 6000, 18000, "EUR",
         "refurbished e-scooter batteries are rebuilt packs with new cells, a BMS test print and a UN 38.3 summary; "
         "these 6,000 are dead packs pulled from a Tallinn sharing fleet's scrapped scooters, cracked, swollen and "
         "water-damaged, several at 0 V, in gaylords without terminal covers: waste lithium-ion batteries "
         "(hazardous, and e-waste), whose export to a non-OECD country is banned, from Muuga to Lagos; Estonian "
         "wording (lithium batteries and swollen packs repeat in many sets and sharing-fleet scooter packs in a few "
         "(blind134, blind239), kept as a repeat of the good; from Estonia to Nigeria is the new part as far as a "
         "search found)", {"importer_country": "NG"}),
    ],
    "ozone": [
        ("OZN-01", "import", "CZAIR01", "air", "VN", [], "CZ", "381400",
         "Dung dịch tẩy keo silicone cho thợ lắp đặt phòng tắm, chai 500 ml, 960 chai", "VN", 596, 960, 1440, "USD",
         "the silicone-sealant removers bathroom fitters use before re-sealing baths and shower trays are gels of "
         "about 0.9 kg/l that smell of citrus or solvent; these 960 bottles weigh 1.24 kg/l and hold a water-thin "
         "liquid that boils in the warm hand at 32 °C with an ether-like smell and does not burn: HCFC-141b "
         "(1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from Hanoi to Prague for a "
         "bathroom-fitting supplier; Vietnamese wording (HCFC-141b under solvent labels repeats in many sets and a "
         "silicone-remover label once, blind121, on carbon tetrachloride for car painters; a bath-sealant remover "
         "was found in no earlier row by a keyword search)", firm("Vega Koupelny s.r.o.", "CZ")),
        ("OZN-02", "transit", "NLSEA01", "sea", "CN", ["NL"], "CH", "381400",
         "Vorreiniger für Glasversiegelung von Duschwänden (Nano-Set), 1 l, 2'400 Flaschen", "CN", 3768, 2400, 6000,
         "USD",
         "the pre-cleaners of the nano-coating kits for glass shower screens are isopropanol or mild-acid liquids of "
         "0.8-1.0 kg/l; these 2,400 bottles weigh 1.57 kg/l, their contents do not burn, evaporate cold and smell "
         "faintly of chloroform, and the carton inserts read 'R-113': CFC-113 (trichlorotrifluoroethane), moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Rotterdam in transit from "
         "Ningbo to a Basel shower-enclosure installer, to go on by Rhine barge; Swiss German wording (CFC-113 "
         "repeats in many sets and in transit in several, through Koper (blind264) and Antwerp (blind265); a "
         "shower-glass coating pre-cleaner was found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("OZN-03", "import", "BEAIR01", "air", "IN", [], "BE", "381400",
         "ಕಲ್ಲಿನ ಅಡುಗೆಮನೆ ಕೌಂಟರ್ ಜೋಡಣೆ ಅಂಟು ಶುಚಿಗೊಳಿಸುವ ದ್ರವ, 1 ಲೀಟರ್, 300 ಬಾಟಲಿಗಳು", "IN", 477, 300, 900, "USD",
         "the cleaners worktop fitters use to wipe methacrylate or epoxy seam adhesive off stone and quartz joints "
         "are acetone or ester blends of 0.79-0.9 kg/l that smell of nail varnish and burn; these 300 bottles weigh "
         "1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold from the hand: carbon "
         "tetrachloride, whose import into the Union is banned, flown from Bengaluru to Brussels for a "
         "worktop-fitting firm; Kannada wording (carbon tetrachloride repeats in many sets, once as a Xiamen stone "
         "sealer, blind218, and a seam-adhesive remover label once, blind262, for carpet fitters on another good; a "
         "stone-worktop seam cleaner is the new part as far as a search found)",
         firm("Central Plans de Travail SA", "BE")),
        ("OZN-04", "import", "PLSEA01", "sea", "KR", [], "PL", "381400",
         "주방가구용 엣지밴딩 핫멜트 세척제, 5 L 캔, 600 캔", "KR", 3960, 600, 9000, "USD",
         "the cleaners kitchen-carcass plants use on edge-banding lines to take hot-melt squeeze-out off board edges "
         "are light, citrus-smelling hydrocarbon blends of about 0.78 kg/l that burn; these 600 cans weigh "
         "1.32 kg/l, do not burn, smell sweetish, and the drum heads in the container are stamped '1,1,1-TCA': "
         "methyl chloroform (1,1,1-trichloroethane), whose import into the Union is banned, by sea from Busan to "
         "Gdańsk for a kitchen-furniture factory; Korean wording (methyl chloroform repeats in many sets and "
         "adhesive labels on it in several, a contact adhesive (blind62) and acrylic cement (blind195) among them; "
         "an edge-banding cleaner was found in no earlier row by a keyword search)",
         firm("Orion Meble Kuchenne Sp. z o.o.", "PL")),
        ("OZN-05", "import", "ESSEA01", "sea", "MY", [], "ES", "841821",
         "Peti sejuk wain terbina dalam, 46 botol, penyejuk R-600a, 300 unit", "MY", 13500, 300, 54000, "USD",
         "built-in wine coolers sold in the Union run on R-600a with 40-60 g of charge and a flame symbol on the "
         "nameplate; these 300 have no flame symbol, compressors stamped 'R22' under the stickers, copper lines "
         "brazed for a higher pressure and a charge a leak detector names HCFC-22: equipment relying on HCFC-22, "
         "whose import into the Union is banned (Regulation 2024/590), by sea from Port Klang to Valencia for a "
         "kitchen-showroom chain; Malay wording (HCFC-22 and HFC appliances under hydrocarbon labels repeat in many "
         "sets and wine coolers in several (blind49, blind50, blind55, blind113), kept as a repeat of the good; "
         "built-in wine coolers for kitchen showrooms from Malaysia are the new part as far as a search found)",
         firm("Atlantic Cocinas SL", "ES")),
        ("OZN-06", "import", "FRSEA01", "sea", "TN", [], "FR", "392690",
         "Croisillons et cales autonivelantes pour carrelage, 4 000 sachets", "TN", 2000, 4000, 3000, "EUR",
         "a Sfax tiling-tools shipment for a Marseille tiling wholesaler: spacers, levelling wedges and notched "
         "trowels are what Tunisian workshops send, but the third item's 'bombes de rénovation des joints' are "
         "6,000 cans whose propellant, under a 'propane-butane' label, does not burn at the valve, smells faintly "
         "sweet and is named CFC-12 (dichlorodifluoromethane) by a leak detector: products containing CFCs, whose "
         "import into the Union is banned (Regulation 2024/590), hidden as the last item of a three-item "
         "declaration, by sea from Sfax to Marseille; Tunisian French wording (CFC-12 in aerosols repeats in many "
         "sets, kept as a repeat of the good; a grout-renovation spray was found in no earlier row by a keyword "
         "search)",
         dict(firm("Rivage Carrelage SARL", "FR"),
              _more_items=[item("820559", "Truelles et spatules crantées pour carreleurs, 6 000 pièces", "TN", 3000,
                                6000, "EUR", qty=6000),
                           item("320890", "Bombes de rénovation des joints de carrelage, blanc, 400 ml, 6 000 aérosols",
                                "TN", 2700, 3000, "EUR", qty=6000)])),
        ("OZN-07", "import", "NLAIR01", "air", "ID", [], "NL", "340590",
         "Semprotan pengkilap baja tahan karat untuk peralatan dapur, 500 ml, 9.600 kaleng", "ID", 3648, 9600, 9600,
         "USD",
         "stainless-steel appliance polish aerosols carry a light mineral oil with a butane or propane propellant "
         "that burns at the valve; these 9,600 cans are driven by a gas that does not burn, that a leak detector "
         "names HCFC-142b and HCFC-22, under 'ramah lingkungan, tanpa CFC' on the can: products containing HCFCs, "
         "whose import into the Union is banned, flown from Jakarta to Amsterdam for a kitchen-appliance retailer; "
         "Indonesian wording (HCFC propellants repeat in several sets, filler-primer aerosols among them (blind265); "
         "a stainless-appliance polish was found in no earlier row by a keyword search)",
         firm("Horizon Keukenapparatuur BV", "NL")),
        ("OZN-08", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "392210",
         "亚克力按摩浴缸, 双人, 含聚氨酯保温层, 60 台", "CN", 6600, 60, 42000, "USD",
         "acrylic whirlpool baths are a shell, a frame, a pump and jets, insulated if at all with a foam whose "
         "blowing agent the data sheet names; these 60 are sprayed underneath with a yellow PU foam that, cut open "
         "in a sealed bag, gives off a gas a detector names HCFC-141b, and the maker's sheet in the crate reads "
         "'141b发泡': products containing HCFC-141b, whose import into the Union is banned (Regulation 2024/590), by "
         "rail from Xi'an to Budapest for a bathroom showroom; Chinese wording (HCFC-141b foams repeat in many sets, "
         "in solar water heaters, boilers and panels among them, kept as a repeat of the good; whirlpool baths "
         "were found in no earlier ozone row by a keyword search)", firm("Delta Fürdőszoba Kft.", "HU")),
        ("OZN-09", "import", "BGSEA01", "sea", "GE", [], "BG", "382769",
         "მაცივარი აგენტი R-407C, ერთჯერადი ბალონები 11,3 კგ, 300 ცალი", "GE", 3390, 300, 9000, "USD",
         "R-407C comes in brown-banded cylinders of 11.3 kg with a certificate and reads about 9 bar at 20 °C as a "
         "blend with glide; these 300 disposable cylinders read 9.1 bar with no glide, a leak detector names "
         "HCFC-22 and the valves carry old Chinese stamps: chlorodifluoromethane (HCFC-22), whose import into the "
         "Union is banned, by sea from Batumi to Varna for a Sofia air-conditioning wholesaler; Georgian wording "
         "(HCFC-22 under R-407C labels repeats in many sets, kept as a repeat; R-407C from Georgia to Bulgaria is the "
         "new part as far as a search found)", firm("Vega Klimatik EOOD", "BG")),
        ("OZN-10", "import", "IEROAD01", "road", "GB", [], "IE", "842410",
         "Classic-car fire extinguishers, reconditioned, polished brass, 1 kg, 300 pcs", "GB", 600, 300, 6000, "GBP",
         "reconditioned extinguishers for classic cars are refilled with dry powder or a modern clean agent and "
         "relabelled; these 300 polished cans hiss and spray a liquid that vanishes into a sweet gas, and the valve "
         "collars read 'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in portable "
         "extinguishers, products whose import into the Union is banned, on a lorry off the Holyhead ferry for a "
         "Dublin classic-car parts firm; British English wording (halon 1211 repeats in many sets, car "
         "extinguishers among them (blind114), kept as a repeat of the good; classic-car extinguishers from Great "
         "Britain to Ireland are the new part as far as a search found)", firm("Central Classic Parts Ltd", "IE")),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "KH", [], "NL", "680299",
         "អាងលាងដៃថ្មភក់ ឆ្លាក់ដោយដៃ ថ្មី សម្រាប់បន្ទប់ទឹក ២ ដុំ", "KH", 120, 2, 300, "USD",
         "new sandstone vessel basins are carved bowls with a drilled drain and crisp chisel marks; these two are "
         "square sandstone slabs with a raised rim, a spout on one side and a socket in the middle that a drill has "
         "widened into a 'drain', with lichen and temple soil still in the joints: Khmer yoni pedestals (9th-12th "
         "century) taken from temple sites in Cambodia, which forbids their export, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Phnom Penh to Amsterdam for a bathroom showroom; Khmer "
         "wording (Khmer yoni pedestals once, blind117, under a Thai millstone label, kept as a repeat of the good; "
         "washbasin labels twice on giant clams (blind49, blind117); a yoni as a vessel washbasin is the new part as "
         "far as a search found)", firm("Horizon Badkamers BV", "NL")),
        ("CUL-02", "import", "BEAIR01", "air", "PK", [], "BE", "690722",
         "ملتانی نیلی مٹی کے ہاتھ سے بنے ٹائل، نئے، 2,000 عدد", "PK", 400, 2000, 2000, "USD",
         "a Lahore tile shipment for a Brussels tile showroom: new Multani blue-pottery tiles and hand-painted "
         "washbasins are what the supplier sends, thin, even, white-bodied pieces under a clear glaze, but the third "
         "item's 'second-grade, old-style Multani tiles' are 120 thick, irregular panels of cut-tile mosaic in "
         "cobalt, turquoise, yellow and green, with parts of Persian verses, lime mortar and brick dust on the backs "
         "and fresh saw cuts across the designs: Mughal kashi kari tilework (17th century) prised from monuments of "
         "the Walled City of Lahore, protected antiquities whose removal and export Pakistan forbids, brought in "
         "without the import licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration, flown from Lahore to Brussels; Urdu wording (Multan terracotta plaques once, blind149, and "
         "tiles from monuments in many sets; Mughal kashi kari behind new Multani tiles was found in no earlier row "
         "by a keyword search)",
         dict(firm("Meridian Carrelages SA", "BE"),
              _more_items=[item("691010", "ہاتھ سے رنگے سیرامک واش بیسن، 60 عدد", "PK", 600, 3000, "USD", qty=60),
                           item("690722", "ملتانی ٹائل، دوسرے درجے کے، پرانے طرز کے، 120 عدد", "PK", 240, 120, "USD",
                                qty=120)])),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "848180",
         "Rubinetti in bronzo stile antico, di recupero, per bagni d'epoca, 14 pezzi", "IT", 18, 14, 420, "EUR",
         "reclaimed antique-style bath taps are 19th- or 20th-century cast brass with threaded tails and screwed "
         "headgear; these 14 are green-crusted bronze stopcocks cast in one with a conical plug turned by a T-key, "
         "with lead-soldered pipe stubs, earth in the bores and Latin maker's stamps on two: Roman bronze water "
         "stopcocks (1st-2nd century) from a villa bath site in Campania, archaeological objects exported without the "
         "EU export licence (Regulation 116/2009) and against Italian law, on a lorry at Chiasso for a Lugano "
         "'bathroom-antiques' dealer; Italian wording (Roman water fittings twice, as lead-pipe scrap (blind197, "
         "blind249); bronze stopcocks under a reclaimed-tap label were found in no earlier row by a keyword search)",
         {"importer_country": "CH"}),
        ("CUL-04", "import", "ATAIR01", "air", "TR", [], "AT", "690722",
         "Hamam tarzı banyolar için el yapımı yıldız ve haç çini karolar, yeni, 48 adet", "TR", 30, 48, 480, "EUR",
         "new star-and-cross tiles for hammam-style bathrooms are even, machine-pressed and bright; these 48 are "
         "thin, hand-cut eight-pointed stars and crosses in cobalt, turquoise and manganese with lustre traces, "
         "painted birds, a double-headed eagle and a sphinx, worn at the edges, with lime mortar on the backs: "
         "Anatolian Seljuk palace tiles (13th century) of the Kubadabad type, archaeological objects whose export "
         "Türkiye forbids, brought in without the import licence Regulation 2019/880 requires, flown from Istanbul "
         "to Vienna for a bathroom designer; Turkish wording (Anatolian tiles repeat in many sets under Kütahya "
         "labels, and star-and-cross tiles twice as Kashan lustre tiles under Persian labels (blind83, blind110); "
         "Seljuk Kubadabad tiles under a hammam-bathroom label were found in no earlier row by a keyword search)", firm("Alpina Bad & Fliese GmbH", "AT")),
        ("CUL-05", "import", "ESSEA01", "sea", "MA", [], "ES", "690730",
         "زليج فاسي تقليدي مصنوع باليد، جديد، ألواح مركبة، 20 متر مربع", "MA", 600, None, 2000, "EUR",
         "new Fez zellige is cut from fresh, bright, evenly glazed terracotta and set face-down on mesh; these 20 m² "
         "are panels of thin, hand-cut glazed pieces in black, white, green and honey with worn, pitted glaze, set "
         "in old lime mortar, with strips of carved stucco still stuck to the edges and a Kufic inscription band: a "
         "14th-century Marinid tile-mosaic dado cut from a medersa in the Fez medina, elements of a classified "
         "monument whose removal and export Morocco forbids, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Tanger Med to Algeciras for a Madrid tile showroom; Moroccan Arabic wording "
         "(a zellige label once, blind78, on a Roman mosaic from Tunisia; a Marinid medersa dado as new Fez zellige "
         "was found in no earlier row by a keyword search)", firm("Orion Azulejos SL", "ES")),
        ("CUL-06", "export", "ESSEA01", "sea", "ES", [], "MX", "690722",
         "Panell de rajoles pintades, reproducció de cuina valenciana del segle XVIII, 1 panell de 120 rajoles", "ES",
         150, 1, 900, "EUR",
         "a reproduction Valencian kitchen panel is new tin-glazed tiles painted in bright, even colours; this panel "
         "of 120 tiles has a soft, crazed glaze worn at the joints, hand-drawn manganese outlines of a cook, hanging "
         "game and kitchen pots, old lime mortar and soot on the backs and the marks of Valencian tile workshops: an "
         "18th-century Valencian kitchen tile panel prised from a house in the Horta, a cultural good over 100 years "
         "old exported without the EU export licence (Regulation 116/2009) and the Spanish export permit, by sea from "
         "Valencia to Veracruz for a Mexico City kitchen-showroom owner; Valencian wording (Spanish tiles repeat in "
         "several sets (Manises lustreware, blind63; Talavera panels, blind72) and Valencian wording on other goods; "
         "a Valencian kitchen panel was found in no earlier row by a keyword search)", {"importer_country": "MX"}),
        ("CUL-07", "export", "FRROAD01", "road", "FR", [], "GB", "680299",
         "Vasque en pierre calcaire de récupération, ancienne auge, pour salle de bains, 1 pièce", "FR", 420, 1, 1200,
         "EUR",
         "reclaimed stone troughs sold for bathroom vanities are plain, square farm troughs; this one is a long, "
         "carved limestone basin with Gothic arcading and a row of lion-mask spouts, its rim worn where hands "
         "rested, with a mason's mark and the lead-lined drain channel of a monastic washing place: a 13th-century "
         "cloister lavabo basin from a Burgundian abbey site, a cultural good over 100 years old exported without "
         "the EU export licence (Regulation 116/2009) and the French certificate, on a lorry through the Channel "
         "Tunnel at Coquelles for a London bathroom showroom; French wording (French church objects repeat in "
         "several sets and a Romanesque font as a garden basin once, blind218; a cloister lavabo under a "
         "bathroom-trough label was found in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-08", "transit", "ESAIR01", "air", "BO", ["ES"], "US", "630499",
         "Tejidos artesanales andinos usados, aguayos, para decoración, 6 piezas", "BO", 4, 6, 120, "USD",
         "used aguayos for decoration are machine-spun, bright, recent carrying cloths; these six are fine, "
         "hand-spun, naturally dyed ceremonial garments with knotted ritual cords and offerings of coca leaf in the "
         "folds, kept by an Aymara community as sacred heirlooms: ceremonial textiles of Andean communities, "
         "cultural property whose export Bolivia forbids, landed at Madrid in transit from La Paz to a Santa Fe "
         "dealer, against Regulation 2019/880 (Article 3(1)), which covers transit; Bolivian Spanish wording (Aymara "
         "ceremonial textiles repeat in several sets under aguayo labels, kept as a repeat; a transit through Madrid "
         "to the United States is the new part as far as a search found)", {"importer_country": "US"}),
        ("CUL-09", "import", "SEAIR01", "air", "IQ", [], "SE", "681599",
         "مۆری بەردی نوێ، دەستکرد، بۆ دیاری، ٤٠ دانە", "IQ", 0.8, 40, 80, "USD",
         "new hand-made stone seals are soft, freshly cut stone with sharp, even grooves; these 40 are small, "
         "drilled cylinders of haematite, lapis and chalcedony, worn smooth, whose rolled impressions show "
         "presentation scenes and cuneiform names, with burial soil in the bore: Mesopotamian cylinder seals "
         "(3rd-1st millennium BC) dug in Iraq, archaeological objects whose export Iraq forbids and whose import the "
         "Union's Iraq regulation bans, flown from Erbil to Stockholm for a private collector's agent; Sorani Kurdish "
         "wording (cylinder seals repeat in several sets and Sorani rows from Erbil to Sweden twice, blind114 and "
         "blind202, on other goods, kept as a repeat; a new-stone-seal gift label was found in no earlier row by a "
         "keyword search)", person("Privatperson", "SE")),
        ("CUL-10", "export", "BGROAD01", "road", "BG", [], "TR", "741810",
         "Стари медни тигани и съдове за декорация на кухня, 6 бр.", "BG", 9, 6, 150, "EUR",
         "old copper kitchen pans sold for decoration are tinned, riveted 19th- or 20th-century copper with "
         "dovetailed seams; these six are cast bronze, green-crusted and earth-filled, a handled saucepan with a "
         "ram's-head handle end, two shallow paterae and a ladle, with Roman workshop stamps on the handles: Roman "
         "bronze vessels (1st-3rd century) from a Thracian tumulus dug in southern Bulgaria, archaeological objects "
         "exported without the EU export licence (Regulation 116/2009) and against Bulgarian law, on a lorry at "
         "Kapitan Andreevo for an Istanbul dealer; Bulgarian wording (Roman bronzes repeat in many sets and "
         "copper-pan labels once, blind224, on convent pans; Roman kitchen bronzes from Bulgaria to Türkiye are the "
         "new part as far as a search found)", {"importer_country": "TR"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KZ", "940340",
         "Küchenmöbel, Fronten und Korpusse, neu, 40 Sätze", "DE", 6000, 40, 48000, "EUR",
         "a German kitchen maker's air shipment for an Almaty kitchen studio: new kitchen units may still go to "
         "Kazakhstan, but the second item's 'gebrauchte Ausstellungsgeräte für Ersatzteile' are 80 new, sealed "
         "steam ovens, combi-steamers, induction hobs with built-in extraction and coffee centres listed at "
         "3,000-9,000 EUR each, with Moscow delivery addresses in the order file: household appliances above "
         "750 EUR, luxury goods whose sale for use in Russia Regulation 833/2014 (Annex XVIII) forbids, for "
         "re-export through Kazakhstan, hidden as the second item of a two-item declaration, flown from Frankfurt "
         "to Almaty; German wording (luxury goods for Russia through Central Asia repeat in several sets, kitchen "
         "machines once, blind121; new built-in appliances as ex-display spare-part units were found in no earlier "
         "row by a keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("851660", "Gebrauchte Ausstellungsgeräte für Ersatzteile, 80 Stück", "DE", 4800, 8000,
                                "EUR", qty=80)])),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AM", "901580",
         "Niveaux laser multilignes pour carreleurs, 24 pièces", "FR", 36, 24, 4800, "EUR",
         "cross-line laser levels for tilers are plastic boxes with a pendulum and laser diodes at a few hundred "
         "euros; these 24 cases hold navigation-grade fibre-optic gyroscopes with their electronics, bias drift "
         "0.01 °/h, at 40,000 EUR each, in foam with no laser window or tripod thread, for a Yerevan 'tiling-tools' "
         "importer whose freight goes on by road to Russia: gyroscopes controlled under dual-use 7A002, exported "
         "without the licence Regulation 2021/821 requires and for re-export to Russia, which Regulation 833/2014 "
         "forbids, flown from Paris; French wording (fibre-optic gyroscopes repeat in a few sets, under surveying "
         "labels (blind31) among others; a tiling laser-level label was found in no earlier row by a keyword "
         "search)", {"importer_country": "AM"}),
        ("STR-03", "export", "PLAIR01", "air", "PL", [], "KG", "842139",
         "Filtry węglowe do okapów kuchennych, recyrkulacyjne, 4 000 szt.", "PL", 1600, 4000, 12000, "EUR",
         "the recirculation carbon filters of cooker hoods are flat or round plastic cassettes of carbon granules at "
         "a few euros; these 4,000 are 40 mm-threaded gas-mask canisters with a particle stage and an "
         "impregnated-carbon stage rated against nerve and blister agents, sealed in foil, at 60 EUR each, for a "
         "Bishkek 'kitchen-appliance' trader whose earlier cargo went on to Russian army units: protective "
         "equipment designed against chemical-warfare agents (dual-use 1A004), exported without a licence and for "
         "re-export to Russia, which Regulation 833/2014 forbids, flown from Warsaw; Polish wording (a cooker-hood "
         "carbon-filter label once, blind233, on agarwood; gas-mask canisters under it were found in no earlier row "
         "by a keyword search)", {"importer_country": "KG"}),
        ("STR-04", "export", "GRSEA01", "sea", "GR", [], "LB", "848180",
         "Θερμοστατικές βαλβίδες ντους, ορειχάλκινες, χρωμέ, 160 τεμάχια", "GR", 1600, 160, 4800, "EUR",
         "thermostatic shower valves are chromed brass bodies with a wax cartridge at 100-300 EUR; these 160 are "
         "flanged, bellows-sealed DN 25 globe valves with Hastelloy C-276 bodies and PTFE-lined seats at 2,800 EUR "
         "each on the maker's list, for a Beirut 'bathroom wholesaler' whose freight goes on by road to a Homs "
         "chemical plant: corrosion-resistant valves controlled under dual-use 2B350.g, exported without a licence "
         "and for Syria, to which the Union's Syria regulation forbids their export, from Piraeus to Beirut; Greek "
         "wording (bellows-sealed valves repeat in several sets, once under a plumbing-valve label, blind10, kept as "
         "a repeat of that family; a thermostatic-shower-valve label was found in no earlier row by a keyword "
         "search)", {"importer_country": "LB"}),
        ("STR-05", "export", "NLSEA01", "sea", "NL", [], "IQ", "382499",
         "Antislipbehandeling voor porseleintegels en natuursteen, concentraat, vaten van 220 kg, 40 vaten", "NL",
         8800, 40, 8000, "EUR",
         "anti-slip treatments for porcelain and stone floors are a few per cent of fluoride salts or acids in "
         "water, sold in 5 l cans with a glove pictogram; these 40 plastic drums hold a fuming, colourless liquid "
         "that etches a glass slide at once, and the maker's certificate in the file reads 70 % hydrogen fluoride, "
         "for a Basra 'flooring contractor' with no works: hydrogen fluoride (dual-use 1C350, a chemical-weapons "
         "precursor) exported without the licence Regulation 2021/821 requires, from Rotterdam to Umm Qasr; Dutch "
         "wording (hydrogen fluoride repeats in many sets under glass-etching labels, and anti-slip tile labels twice "
         "on other goods, nitric acid (blind189) and armour plates (blind117); an anti-slip label on hydrogen "
         "fluoride was found in no earlier row by a keyword search)", {"importer_country": "IQ"}),
        ("STR-06", "export", "ROSEA01", "sea", "RO", [], "JO", "382499",
         "Aditiv de umectare pentru adezivi de gresie și faianță, lichid, butoaie de 230 kg, 80 butoaie", "RO", 18400,
         80, 14000, "EUR",
         "tile-adhesive wetting additives are cellulose-ether or surfactant blends in small pails; these 80 drums "
         "hold a viscous, colourless, faintly ammoniacal liquid of 1.12 kg/l with the maker's CAS 102-71-6, for an "
         "Amman 'tile-adhesive plant' whose freight goes on to Damascus: triethanolamine, 99 % (dual-use 1C350, a "
         "chemical-weapons precursor), exported without the licence Regulation 2021/821 requires, from Constanța to "
         "Aqaba; Romanian wording (triethanolamine repeats in many sets under cement-grinding, cosmetic, soap and "
         "foam labels, kept as a repeat of the good; a tile-adhesive additive label was found in no earlier row by "
         "a keyword search)", {"importer_country": "JO"}),
        ("STR-07", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "441899",
         "Столешницы кухонные из массива березы, мебельный щит 30 мм, происхождение Казахстан, 1 вагон", "KZ",
         40000, None, 36000, "EUR",
         "Kazakh kitchen worktops would be rare, since Kazakhstan has little birch industry; these 40 t of "
         "edge-glued birch worktops carry Belarusian mill stamps under the labels, were loaded at Barysaw and come "
         "with a Kazakh certificate of origin issued in Petropavl: Belarusian wood products, whose import into the "
         "Union Regulation 765/2006 forbids, by rail at Małaszewicze for a Łódź kitchen-furniture maker; Russian "
         "wording from Kazakhstan (Belarusian and Russian wood under third-country origins repeats in many sets, "
         "kept as a repeat; kitchen worktops by rail are the new part as far as a search found)",
         firm("Central Kuchnie Sp. z o.o.", "PL")),
        ("STR-08", "import", "NLSEA01", "sea", "CN", [], "NL", "030614",
         "冷冻熟帝王蟹腿, 原产地中国, 18 吨", "CN", 18000, None, 540000, "USD",
         "Chinese king crab would be farmed or imported stock with Chinese plant numbers; these cartons hold cooked, "
         "frozen red king crab legs with Murmansk processing-vessel codes under the labels and FAO 27 Barents Sea "
         "catch papers in the file, relabelled in Dalian with a Chinese certificate of origin: Russian crab, whose "
         "import into the Union Regulation 833/2014 (Annex XXI) forbids, by sea from Dalian to Rotterdam; Chinese "
         "wording (Russian king crab under Norwegian origin repeats once, blind28, kept as a repeat of the good; "
         "under Chinese origin is the new part as far as a search found)", firm("Atlantic Seafood Import BV", "NL")),
        ("STR-09", "export", "LVROAD01", "road", "LV", [], "BY", "392061",
         "Polikarbonāta paneļi siltumnīcām, izliekti, 4 mm, 600 gab.", "LV", 3600, 600, 6000, "EUR",
         "greenhouse polycarbonate panels are flat or gently curved twin-wall sheets in protective film; these 600 "
         "are curved, solid 4 mm shields with handles, arm straps and 'МИЛИЦИЯ' panels to be stuck on, packed with "
         "extendable batons: riot shields, equipment for internal repression whose sale to Belarus Regulation "
         "765/2006 forbids, on a lorry at Pāternieki for a Minsk 'greenhouse supplier'; Latvian wording (riot shields "
         "under polycarbonate-sheet labels once, blind151, for Venezuela, kept as a repeat; greenhouse panels to "
         "Belarus are the new part as far as a search found)", {"importer_country": "BY"}),
        ("STR-10", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RS", "BG"], "TR", "844590",
         "Stroj na navíjení blanků rybářských prutů, CNC, 1 ks", "CZ", 5200, 1, 24000, "EUR",
         "fishing-rod blank rolling tables are simple two-axis machines at a few tens of thousands of euros; this "
         "crate holds a filament-winding machine with four coordinated CNC axes, a 3 m mandrel and a resin bath, "
         "for an Istanbul 'fishing-tackle' firm that forwards to Iran: a filament-winding machine controlled under "
         "dual-use 1B001 and listed in the Iran regulation, exported without a licence, on a lorry from Brno; Czech "
         "wording (filament-winding machines under fishing-rod labels repeat in several sets (blind43, blind138), "
         "kept as a repeat; Czech wording to Türkiye is the new part as far as a search found)",
         {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "PH", [], "ES", "960190",
         "Mosaic na kabibe (mother-of-pearl) sa mesh, pang-banyo, 30 x 30 cm, 4,000 piraso", "PH", 2000, 4000, 6000,
         "USD",
         "mother-of-pearl mosaic sheets for bathroom walls are thin, flat, iridescent chips of farmed pearl oyster "
         "or capiz on mesh; these 4,000 sheets are cut from curved, porcelain-white shell with brown tiger stripes "
         "on the outer face and pearly inner walls, with the chamber septa and siphuncle holes visible at the chip "
         "edges: chambered nautilus shell (Nautilus pompilius, CITES App. II) without CITES documents, by sea from "
         "Cebu to Valencia for a bathroom-tile distributor; Filipino wording (nautilus repeats in a few sets as "
         "halved shells and cups (blind10, blind185), and a marble-mosaic-on-mesh label once, blind189, on ivory; "
         "shell mosaic sheets for bathrooms were found in no earlier row by a keyword search)", firm("Meridian Azulejos SL", "ES")),
        ("WLF-02", "import", "FRSEA01", "sea", "GA", [], "FR", "440728",
         "Plans de travail en iroko massif, dosses brutes pour îlots de cuisine, 40 pièces", "GA", 12000, 40, 8000,
         "EUR",
         "iroko slabs are yellow-brown, coarse and interlocked, with white mineral flecks; these 40 are heavy, "
         "pinkish-red slabs with purple veining and a fine, waxy, rippled figure that sink in water: bubinga "
         "(Guibourtia tessmannii, CITES App. II) without CITES documents, by sea from Owendo to Le Havre for a Lyon "
         "maker of kitchen islands; Gabonese French wording (Guibourtia repeats in a few sets as kevazingo (blind11, "
         "blind12), and iroko labels on other timbers in several (blind189); a kitchen-island worktop label was "
         "found in no earlier row by a keyword search)", firm("Alpina Cuisines SARL", "FR")),
        ("WLF-03", "import", "DEAIR01", "air", "MG", [], "DE", "440799",
         "Tahon'antsy hazo nolokoina mainty (manches de couteaux en charme teinté), 3 000 mpivady", "MG", 300, 3000,
         900, "USD",
         "black-stained hornbeam knife scales are pale inside where cut, light and open-grained, and leave stain on "
         "a wet cloth; these 3,000 pairs are black right through, very dense, sink in water and polish to a glassy "
         "sheen with no stain on the cloth: Malagasy ebony (Diospyros spp., CITES App. II, under a trade suspension "
         "for Madagascar) without CITES documents, flown from Antananarivo to Frankfurt for a Solingen kitchen-knife "
         "maker; Malagasy wording (Madagascar ebony repeats in a few sets, once as knife handles behind raffia and "
         "vanilla, blind205, and a stained-hornbeam label once, blind255, on mouldings, kept as a repeat; knife "
         "scales for a kitchen-knife maker are the new part as far as a search found)",
         firm("Nordhafen Schneidwaren GmbH", "DE")),
        ("WLF-04", "import", "DKSEA01", "sea", "LK", [], "DK", "392490",
         "නාන කාමර උපාංග කට්ටල, රෙසින්, සුදු කිරිගරුඬ පෙනුම, කට්ටල 2,000", "LK", 2000, 2000, 6000, "USD",
         "a Colombo bathroom-accessory shipment for a Copenhagen bathroom showroom: resin accessory sets and cotton "
         "bath mats are what the supplier sends, but the third item's 'black resin coral-design soap dishes and "
         "tumblers' are 200 sets carved from real black coral, with concentric, woody growth rings in cross-section, "
         "tiny spines on the unpolished branch ends and a pale core: black coral (Antipatharia, CITES App. II) "
         "without CITES documents, hidden as the last item of a three-item declaration, by sea from Colombo to "
         "Aarhus; Sinhala wording (black coral repeats in several sets as jewellery and beads, under black-resin "
         "labels among them, and a resin soap-dish label once, blind76, on shells; black coral behind bathroom "
         "accessory sets was found in no earlier row by a keyword search)",
         dict(firm("Vega Badeværelse ApS", "DK"),
              _more_items=[item("630291", "කපු නාන පාපිසි, 3,000", "LK", 1500, 4500, "USD", qty=3000),
                           item("392490", "කළු රෙසින් සබන් බඳුන් සහ ටම්බ්ලර්, කොරල් මෝස්තරය, කට්ටල 200", "LK", 60,
                                400, "USD", qty=200)])),
        ("WLF-05", "import", "BEAIR01", "air", "ID", [], "BE", "830242",
         "Pegangan laci dan lemari dapur, kulit pari sintetis (faux shagreen), 6.000 buah", "ID", 600, 6000, 3000,
         "USD",
         "faux-shagreen cabinet pulls are brass bars wrapped in embossed PU with an even, printed 'pearl' pattern; "
         "these 6,000 are wrapped in real skin with hard, rounded, calcified denticles, large along a midline and "
         "smaller to the sides, that blunt a file and do not melt under a hot needle: wedgefish skin (Rhinidae, "
         "Rhynchobatus spp., CITES App. II) without CITES documents, flown from Jakarta to Brussels for a kitchen-"
         "furniture maker; Indonesian wording (wedgefish and guitarfish skins once, blind155, under a galuchat "
         "label, kept as a repeat of the good, and cabinet knobs once, blind260, on a timber; shagreen-wrapped "
         "cabinet pulls are the new part as far as a search found)",
         firm("Central Keukens BV", "BE")),
        ("WLF-06", "import", "ESAIR01", "air", "DO", [], "ES", "441990",
         "Morteros y majaderos de cocina en madera de pino criollo, artesanía, 1.200 juegos", "DO", 2400, 1200,
         4800, "USD",
         "Dominican pine pilones are pale, resinous and light; these 1,200 sets are of a greenish-brown wood so "
         "dense it sinks at once, greasy to the touch and faintly spicy when turned: lignum vitae (Guaiacum "
         "officinale and G. sanctum, CITES App. II) without CITES documents, flown from Santo Domingo to Madrid for "
         "a kitchen-shop chain; Dominican Spanish wording (Guaiacum repeats in many sets as bearing and pulley "
         "blocks, and a mortar-and-pestle label once, blind161, on timber billets; finished kitchen mortar-and-"
         "pestle sets are the new part as far as a search found)",
         firm("Delta Menaje SL", "ES")),
        ("WLF-07", "import", "PTSEA01", "sea", "MY", [], "PT", "392210",
         "Sinki basin resin lutsinar dengan hiasan laut, untuk bilik air, 120 buah", "MY", 1800, 120, 9600, "USD",
         "clear-resin vessel basins with marine decoration hold printed film or plastic shells and stars; these 120 "
         "each hold five to eight dried seahorses, 10-16 cm, with their bony rings, snouts and curled tails, real "
         "animals under the resin: seahorses (Hippocampus spp., CITES App. II) without CITES documents, by sea from "
         "Port Klang to Lisbon for a bathroom showroom; Malay wording (seahorses repeat in many sets and in resin "
         "twice, pendants (blind196) and teaching blocks (blind263), and resin clam-shell basins once behind diving "
         "gear, blind193; resin washbasins with seahorses are the new part as far as a search found)", firm("Rivage Casas de Banho Lda", "PT")),
        ("WLF-08", "transit", "FRAIR01", "air", "CD", ["FR"], "KW", "010632",
         "Perruches d'élevage, oiseaux de compagnie, 60 sujets", "CD", 30, 60, 1200, "USD",
         "captive-bred budgerigars are small, green or blue, closed-ringed birds; these 60 are grey, crow-sized "
         "parrots with scarlet tails, no closed rings and wing feathers clipped in the forest: wild-caught African "
         "grey parrots (Psittacus erithacus, CITES App. I) without CITES documents, landed at Roissy in transit "
         "from Kinshasa to Kuwait City; Congolese French wording (grey parrots repeat in a few sets under cage-bird "
         "labels, kept as a repeat; a transit through Roissy to Kuwait is the new part as far as a search found)",
         {"importer_country": "KW"}),
        ("WLF-09", "import", "BESEA01", "sea", "TZ", [], "BE", "440799",
         "Mopane hardwood sawn boards, for flooring, kiln dried, 24 m3", "ZM", 22000, None, 14000, "USD",
         "mopane boards are very hard, dark brown to almost black with a fine, greasy grain; these 24 m3 are "
         "bright blood-red boards, lighter than mopane, whose sawdust dyes water red and whose end grain still "
         "shows dried red sap: mukula (Pterocarpus tinctorius, CITES App. II) cut in the Copperbelt without "
         "CITES documents, by sea from Dar es Salaam to Antwerp for a flooring importer; Zambian English wording "
         "(African Pterocarpus repeats in many sets, as kosso, padauk and mukwa, and a mopane label twice on other "
         "timbers (blind147, pod mahogany from Zambia; blind194, blackwood), kept as a repeat of the label; mukula "
         "was found in no earlier row by a keyword search)", firm("Orion Parket BV", "BE")),
        ("WLF-10", "import", "HUAIR01", "air", "UZ", [], "HU", "950300",
         "Dekorativ toshbaqa o'yinchoqlari, qo'lda yasalgan, 30 dona", "UZ", 12, 30, 90, "USD",
         "hand-made toy tortoises are felt or painted clay and sit still; these 30 are live, olive-and-black "
         "Central Asian tortoises, 8-12 cm, packed in socks with air holes in the box: Horsfield's tortoises "
         "(Testudo horsfieldii, CITES App. II) without CITES documents, flown from Tashkent to Budapest for a pet "
         "trader; Uzbek wording (Central Asian tortoises repeat in several sets, under toy and dried-fruit covers "
         "among them, kept as a repeat; from Uzbekistan to Hungary is the new part as far as a search found)",
         firm("Delta Kisállat Kft.", "HU")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "CYAIR01", "air", "IL", "CY", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (stain removal on a marble worktop)", "IL", 2.3, 2,
     40, "EUR", [("PRECURSOR_LICENCE", "CY-MJPO-72-0017")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "NLAIR01", "air", "TW", "NL", "282919",
     "Potassium chlorate 99 %, 1 kg, for a licensed private user (amateur chemistry)", "TW", 1, 1, 35, "USD",
     [("PRECURSOR_LICENCE", "NL-LBI-72-0264")], "potassium chlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854919",
     "Returned shower-toilet seats, defective, for recycling at a licensed WEEE plant, 6 t", "CH", 6000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BY-72-0188")], "notified waste shower-toilet seats to a licensed recycler"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "382590",
     "Spent polyester resin and gelcoat waste (08 04 09*) from a shower-tray plant, for incineration, 18 t", "NO",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-72-0412")], "notified resin waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "PLAIR01", "air", "US", "PL", "290319",
     "1,1,1-Trichloroethane, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "PL-GDOS-ODS-72-019")], "methyl chloroform imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290376",
     "Halon 1211, recovered and reclaimed, 30 cylinders, for critical use in aircraft hand extinguishers", "US", 600,
     30, 15000, "USD", [("ODS_LICENCE", "IT-MASE-ODS-72-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ESSEA01", "sea", "ES", "MX", "690722",
     "Valencian kitchen tile panel, 120 tiles, c. 1780, loan to a Mexican museum of decorative arts", "ES", 150, 1,
     60000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-72-0093")],
     "tile panel exported with the EU export licence and the Spanish permit"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Roman bronze water stopcocks, 4, documented Italian collection since 1925, sold at auction", "IT", 6, 4, 9000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-72-0331")],
     "archaeological objects exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "GRSEA01", "sea", "GR", "TR", "848180",
     "Bellows-sealed Hastelloy C-276 globe valves DN 25, 40 units, for a Turkish pharmaceutical plant", "GR", 400, 40,
     112000, "EUR", [("EXPORT_LICENCE", "GR-YPEX-72-0057"), ("END_USER_CERTIFICATE", "TR-TITCK-EUC-72-0210")],
     "dual-use valves under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "NO", "901480",
     "Navigation-grade fibre-optic gyroscopes, 6 units, for a Norwegian offshore survey firm", "FR", 9, 6, 240000,
     "EUR", [("EXPORT_LICENCE", "FR-SBDU-72-0412"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-72-0033")],
     "dual-use gyroscopes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "FRSEA01", "sea", "GA", "FR", "440729",
     "Bubinga (Guibourtia tessmannii) worktop slabs from a certified concession, 20 pieces", "GA", 6000, 20, 16000,
     "EUR", [("CITES_PERMIT", "GA-DGFAP-72-0147")], "App. II bubinga with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "MX", "ES", "441990",
     "Lignum vitae (Guaiacum sanctum) mortar-and-pestle sets, plantation-grown, 300 sets", "MX", 600, 300, 4500,
     "USD", [("CITES_PERMIT", "MX-SEMARNAT-72-0521")], "App. II lignum vitae products with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Idiotis", "PRM-02": "Particulier", "PRM-05": "Central Laboratorium Sp. z o.o.",
    "PRM-08": "Vega Antichità SA", "PRM-11": "Alpina Cuisines SARL", "PRM-12": "Delta Menaje SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # kitchen studios, bathroom showrooms, tile shops and their suppliers
    ("340290", "Quartz-worktop stain remover gel, 500 ml", "import", ["post"], ["IL", "TR"], (20, 40), (1, 3), ["USD", "EUR"], 2, S),
    ("382000", "Electric towel-radiator fill fluid, glycol-water, 1 l", "import", ["road"], ["TR"], (2, 4), (1000, 4000), ["EUR"], 1, S),
    ("382499", "Wet-look colour enhancer for slate, solvent-based, 1 l", "import", ["sea"], ["BR", "IN"], (4, 8), (2000, 6000), ["USD"], 1.2, S),
    ("321410", "Two-part epoxy grout kits, 5 kg, new", "import", ["sea"], ["TR", "CN"], (4, 8), (4000, 10000), ["USD", "EUR"], 0.2, S),
    ("250610", "Quartz flour for epoxy grouts and resins, 25 kg bags", "import", ["sea"], ["TH", "TR"], (0.3, 0.6), (10000, 22000), ["USD"], 0.04, S),
    ("340290", "Steam-oven descaler, citric acid, 100 g sachets", "import", ["express"], ["JP", "CN"], (20, 40), (1, 3), ["USD"], 20, S),
    ("340290", "Food-waste-disposer cleaning granules, percarbonate, 1 lb pouches", "import", ["sea"], ["US"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("340290", "Shower-head and tap descaler gel, citric acid, 500 ml", "import", ["road"], ["BA", "RS"], (2, 4), (1000, 3000), ["EUR"], 2, S),
    ("283539", "Polyphosphate scale-inhibitor beads for boiling-water tap filters", "import", ["sea"], ["TW", "CN"], (3, 6), (2000, 8000), ["USD"], 1, S),
    ("390529", "Redispersible polymer powder (VAE) for tile adhesives, 25 kg bags", "import", ["sea"], ["EG", "CN"], (1.5, 2.5), (10000, 20000), ["USD"], 0.04, S),
    ("380894", "Shower mould remover spray, chlorine-free, 500 ml", "import", ["post", "express"], ["NO", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 2, S),
    ("940340", "Kitchen cabinets, flat-pack, new", "export", ["sea"], ["TG", "NG"], (3, 5), (6000, 14000), ["EUR"], 0.02, S),
    ("392220", "Shower-toilet seats, new, boxed", "import", ["sea"], ["CN", "JP"], (40, 80), (2000, 6000), ["USD"], 0.2, S),
    ("390791", "Unsaturated polyester resin for mineral-cast shower trays, drums", "import", ["sea"], ["TR", "KR"], (1.8, 2.6), (10000, 20000), ["USD"], None, S),
    ("320810", "PU lacquer for kitchen fronts, clear, 20 l", "import", ["road"], ["RS", "TR"], (4, 7), (2000, 8000), ["EUR"], None, S),
    ("390610", "Cast PMMA sanitary sheet for bathtubs", "import", ["sea"], ["CN", "TH"], (2.5, 4), (8000, 18000), ["USD"], None, S),
    ("732410", "Stainless-steel kitchen sinks, inset, new", "import", ["sea"], ["CN", "TR"], (4, 7), (4000, 10000), ["USD"], 0.1, S),
    ("381400", "Bath-sealant remover gel, 100 ml", "import", ["post"], ["VN", "CN"], (30, 60), (1, 3), ["USD"], 8, S),
    ("381400", "Shower-glass nano-coating kits with pre-cleaner", "import", ["express"], ["CN", "KR"], (40, 80), (1, 3), ["USD"], 3, S),
    ("381400", "Acetone-based seam-adhesive cleaner for stone worktops, 1 l", "import", ["air"], ["IN", "TR"], (4, 8), (100, 400), ["USD"], 1.2, S),
    ("381400", "Edge-banding cleaner, citrus-based, 5 l", "import", ["sea"], ["KR", "CN"], (3, 6), (2000, 6000), ["USD"], 0.25, S),
    ("841821", "Built-in wine coolers, R-600a, 46 bottles", "import", ["sea"], ["MY", "CN"], (8, 14), (6000, 14000), ["USD"], 0.02, S),
    ("320890", "Grout-renovation spray paint, white, 400 ml, propane-butane", "import", ["sea"], ["TN", "TR"], (4, 7), (1000, 3000), ["EUR"], 2.2, S),
    ("340590", "Stainless-steel appliance polish aerosols, 500 ml", "import", ["air"], ["ID", "US"], (4, 8), (200, 800), ["USD"], 2.5, S),
    ("392210", "Acrylic whirlpool baths, cyclopentane-blown foam insulation", "import", ["rail", "sea"], ["CN"], (5, 9), (4000, 10000), ["USD"], 0.01, S),
    ("680299", "Sandstone vessel washbasins, new, hand-carved", "import", ["sea"], ["KH", "ID"], (1, 2), (3000, 8000), ["USD"], 0.02, S),
    ("690722", "Multani blue-pottery tiles, new, hand-painted", "import", ["air"], ["PK"], (5, 10), (100, 400), ["USD"], 4, S),
    ("848180", "Antique-style brass bath taps, new", "import", ["sea"], ["CN", "TW"], (10, 18), (1000, 4000), ["USD"], 0.8, S),
    ("690722", "Hand-made star-and-cross wall tiles, new, Kütahya", "import", ["road"], ["TR"], (4, 8), (1000, 4000), ["EUR"], 30, S),
    ("690730", "Fez zellige tiles, new, on mesh", "import", ["sea"], ["MA"], (3, 6), (3000, 8000), ["EUR"], None, S),
    ("690722", "Reproduction Valencian hand-painted wall tiles, new", "export", ["sea"], ["MX", "US"], (6, 12), (500, 2000), ["EUR"], 20, S),
    ("680299", "Reclaimed limestone farm troughs, plain", "export", ["road"], ["GB", "CH"], (1, 3), (2000, 6000), ["EUR"], 0.003, S),
    ("851660", "Built-in steam ovens and induction hobs, new", "export", ["road"], ["CH", "NO"], (20, 40), (2000, 6000), ["EUR"], 0.03, S),
    ("901580", "Cross-line laser levels for tilers", "import", ["post", "express"], ["CN"], (60, 120), (1, 3), ["USD"], 1, S),
    ("842139", "Cooker-hood recirculation carbon filters", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 2, S),
    ("848180", "Thermostatic shower valves, chromed brass", "import", ["sea"], ["CN", "TR"], (12, 20), (1000, 4000), ["USD"], 0.5, S),
    ("441899", "Solid oak butcher-block worktops, edge-glued", "import", ["road", "sea"], ["UA", "VN"], (3, 5), (8000, 18000), ["EUR", "USD"], 0.05, S),
    ("960190", "Mother-of-pearl (pearl oyster) mosaic sheets, on mesh", "import", ["sea"], ["PH", "ID"], (5, 10), (1000, 3000), ["USD"], 2, S),
    ("440728", "Iroko worktop slabs, kiln dried", "import", ["sea"], ["CM", "GH"], (1.2, 2), (10000, 20000), ["EUR"], None, S),
    ("392490", "Resin bathroom accessory sets, soap dish and tumbler", "import", ["sea"], ["LK", "CN"], (3, 6), (2000, 6000), ["USD"], 1, S),
    ("830242", "Faux-shagreen (PU) cabinet pulls, brass", "import", ["air"], ["ID", "CN"], (8, 15), (100, 500), ["USD"], 10, S),
    ("441990", "Olive-wood mortar and pestle sets", "import", ["sea"], ["TN", "MA"], (4, 8), (1000, 3000), ["EUR"], 0.5, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("761510", "Anodised aluminium cake tins, round", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD", "EUR"], 4, N),
        ("820551", "Egg slicers and garlic presses, aluminium", "import", ["sea"], ["CN"], (4, 7), (2000, 5000), ["USD"], 8, N),
        ("441919", "Bamboo toast racks", "import", ["sea"], ["CN", "VN"], (2.5, 4.5), (2000, 6000), ["USD"], 5, N),
        ("392350", "Silicone wine-bottle stoppers", "import", ["post", "express"], ["GB", "US"], (20, 40), (1, 3), ["GBP", "USD"], 25, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind278", 20720701, HERE)


if __name__ == "__main__":
    main()
