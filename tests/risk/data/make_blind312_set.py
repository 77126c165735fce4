#!/usr/bin/env python3
"""Writes the three-hundred-and-twelfth blind set (tests/risk/data/blind312-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2078, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: surf, skate and board-sports
shops (surf and skate shops, surfboard shapers and blank makers, ding-repair and wetsuit
workshops, surf schools and camps, skateboard and skatepark builders, kite, SUP, wake and
snowboard shops and their wholesalers).
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
only where a real declaration would. Ids are BL312-*:

    python3 tests/risk/data/make_blind312_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2078, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2078
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTAIR01", "express", "AU", [], "PT", "340250",
         "Wetsuit & neoprene shampoo, enzyme wash, concentrate, 1 L x 4", "AU", 4.5, 4, 90, "AUD",
         "a wetsuit shampoo is a mild, foaming, scented surfactant wash of about 1.02 kg/l; these four litre bottles "
         "hold a water-clear, unscented liquid of 1.13 kg/l under vented caps that does not foam, whitens the "
         "fingers and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from the "
         "Gold Coast to a private person in Ericeira who rents wetsuits to surf-camp guests and resells the "
         "'concentrate'; Australian English wording (hydrogen peroxide repeats in many sets, kept as a repeat of the "
         "good; a wetsuit-shampoo label was found in no earlier row by a keyword search)",
         person("Tiago Ferreira", "PT")),
        ("PRE-02", "import", "DEAIR01", "air", "JP", [], "DE", "340319",
         "スケートボード ベアリング用 スピードオイル 1L × 48本", "JP", 55, 48, 96000, "JPY",
         "skateboard bearing 'speed oil' is a thin synthetic lubricant of about 0.85 kg/l sold in 5-10 ml dropper "
         "bottles; these 48 litre bottles hold a non-greasy, faintly fruity liquid of 1.14 kg/l that evaporates "
         "from the fingers and leaves no film, the filler's drum label reading 'CH3NO2', for a Berlin skate-shop "
         "wholesaler whose web shop sells the litres to model-engine hobbyists: nitromethane (Annex I above 16 %) "
         "made available to members of the public, flown from Osaka to Frankfurt; Japanese wording (nitromethane "
         "repeats in many sets; a skate bearing-oil label was found in no earlier row by a keyword search)",
         firm("Nordhafen Skate Distribution GmbH", "DE")),
        ("PRE-03", "import", "ESSEA01", "sea", "CN", [], "ES", "381090",
         "滑板支架铝件阳极氧化光亮剂, 5升桶, 600桶", "CN", 4200, 600, 3600, "USD",
         "the brighteners that anodisers add to truck hangers and baseplates before colouring are phosphoric "
         "blends of about 1.3 kg/l that cling like syrup; these 600 cans hold a runny, yellowish, fuming liquid of "
         "1.40 kg/l that stains the skin yellow and eats into a copper wire, for a Valencia skateboard-truck "
         "assembler that resells the cans to the public through its web shop: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, by sea from Ningbo; Chinese wording (nitric acid "
         "repeats in many sets; a skateboard-truck anodising brightener was found in no earlier row by a keyword "
         "search)", firm("Meridian Skate Parts SL", "ES")),
        ("PRE-04", "import", "ATAIR01", "air", "KR", [], "AT", "340490",
         "스노보드 베이스용 불소프리 레이싱 글라이드 파우더, 1 kg, 300통", "KR", 300, 300, 2400, "USD",
         "fluoro-free racing glide powders for snowboard bases are greasy, waxy, hydrocarbon powders that melt "
         "under the iron; these 300 tubs hold a dry, white, crystalline powder that does not melt on the iron, "
         "flares with sugar on a hot plate and whose inner liners read 'KClO4', for an Innsbruck snowboard-shop "
         "group that sells the tubs over the counter: potassium perchlorate (Annex I above 40 %) retail-packed "
         "for members of the public, flown from Incheon to Vienna; Korean wording (potassium perchlorate repeats "
         "in many sets and a fluoro-free glide-powder label once, blind193; kept as a repeat of the label, a "
         "snowboard shop's kilo tubs by air to Austria are the new part as far as a search found)", firm("Alpina Boardshop GmbH", "AT")),
        ("PRE-05", "import", "FRSEA01", "sea", "TH", [], "FR", "390311",
         "เม็ดโฟม EPS สำหรับขึ้นรูปโฟมบล็อกกระดานโต้คลื่น, ถุง 25 กก., 640 ถุง", "TH", 16000, 640, 6400, "USD",
         "expandable polystyrene beads for moulding EPS surfboard blanks are tiny, glassy, hard pentane-charged "
         "pearls of about 0.6 kg/l in bulk that float and never dissolve; these 640 sacks hold white, opaque prills "
         "of 0.8 kg/l that turn ice-cold and vanish in water, test at 34 % N and melt and fume on a hot plate, for a "
         "Hossegor 'blank moulder' with no moulding press that re-bags them in 1 kg garden packs: ammonium nitrate "
         "(Annex I at 16 % N or more) made available to members of the public, by sea from Laem Chabang to Le "
         "Havre; Thai wording (ammonium nitrate repeats in many sets and plastic-bead labels on it in a few; an EPS "
         "surfboard-blank bead label was found in no earlier row by a keyword search)",
         firm("Atlantic Surf Blanks SARL", "FR")),
        ("PRE-06", "import", "NLPOST01", "post", "ID", [], "NL", "340590",
         "Kristal pemutih busa papan selancar yang menguning, 4 x 500 g", "ID", 2.0, 4, 300000, "IDR",
         "the foam whiteners sold for yellowed surfboards are a few per cent of optical brightener in a paste that "
         "is brushed on under the glass; these four tubs hold loose, white crystals that dissolve at once, do not "
         "brighten under UV, flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate "
         "(Annex I above 40 %), posted from Denpasar to a private person in Scheveningen who repairs boards for a "
         "surf school; Indonesian wording (sodium chlorate repeats in many sets; a surfboard-whitening label was "
         "found in no earlier row by a keyword search)", person("Daan de Vries", "NL")),
        ("PRE-07", "import", "ESSEA01", "sea", "MX", [], "ES", "382499",
         "Grabador ácido para concreto de skateparks, previo al sellador, garrafas de 20 L, 300 piezas", "MX",
         11000, 300, 4500, "USD",
         "the etchers skatepark builders brush on fresh concrete before a sealer are 10-15 % citric or "
         "phosphoric gels of about 1.1 kg/l; these 300 jerrycans hold a colourless, oily liquid of 1.84 kg/l that "
         "grows hot with a drop of water and chars the pallet wood where it leaked, for a Cádiz skatepark "
         "contractor whose shop sells the jerrycans to anyone: about 96 % sulphuric acid (Annex I above 15 %) "
         "made available to members of the public, by sea from Veracruz to Algeciras; Mexican Spanish wording "
         "(sulphuric acid repeats in many sets and concrete-etch labels once or twice; a skatepark concrete etcher "
         "was found in no earlier row by a keyword search)", firm("Rivage Skateparks SL", "ES")),
        ("PRE-08", "import", "GRROAD01", "road", "TR", [], "GR", "282720",
         "Nem alıcı kristal granül, kalsiyum klorür, nem tuzağı yedek torbası, 1 kg, 2.000 adet", "TR", 2000,
         2000, 3000, "EUR",
         "calcium-chloride refills for household moisture traps are white, lumpy granules that turn to brine; "
         "these 2,000 bags hold fine, white crystals that dissolve cold and fast, test free of chloride and burn "
         "fiercely when mixed with sugar, the works' sheet giving CAS 7601-89-0, for a Thessaloniki "
         "household-goods wholesaler: sodium perchlorate (Annex I above 40 %) retail-packed for members of the "
         "public, in a van at Kipoi; Turkish wording (sodium perchlorate repeats in many sets and desiccant labels "
         "in several, kept as a repeat of that family; not of the set's trade; a moisture-trap refill label from "
         "Türkiye by road is the new part as far as a search found)", firm("Delta Oikiaka AE", "GR")),
        ("PRE-09", "import", "HUROAD01", "road", "RS", [], "HU", "340290",
         "Koncentrat za čišćenje i dezinfekciju SUP daski na naduvavanje, kanister 10 l, 240 kom. (1. od 3 isporuke)",
         "RS", 2800, 240, 1900, "EUR",
         "the cleaners for inflatable stand-up paddleboards are mild, foaming, pH-neutral concentrates of about "
         "1.01 kg/l; these 240 cans hold a water-clear liquid of 1.20 kg/l under vented caps that does not foam, "
         "whitens the skin and fizzes on rust, the first of three vans booked that week each kept under 3 t, for a "
         "Balaton SUP-rental and board shop that sells the cans to the public: about 50 % hydrogen peroxide "
         "(Annex I above 12 %) retail-packed for members of the public, at Röszke; Serbian (Latin) wording "
         "(hydrogen peroxide repeats in many sets and split consignments in several; a SUP-board cleaner split "
         "over three vans was found in no earlier row)", firm("Vega SUP Kft.", "HU")),
        ("PRE-10", "import", "CZAIR01", "air", "IN", [], "CZ", "282990",
         "पटाखा-मुक्त रंगोली रंग पाउडर के लिए आधार, सफेद, 25 किलो बोरी, 40 बोरी", "IN", 1000, 40, 900, "USD",
         "the white base for rangoli and Holi colour powders is talc, chalk or corn starch, soft and inert; these 40 "
         "sacks hold a glittering, crystalline salt that flares violet with sugar and the maker's sheet gives CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %) for a Prague festival-supplies firm that re-bags it in "
         "1 kg packs for the public, flown from Delhi; Hindi wording (potassium chlorate repeats in many sets; not "
         "of the set's trade; a rangoli-base label was found in no earlier row by a keyword search)",
         firm("Central Festival s.r.o.", "CZ")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "SN", "850760",
         "Batteries neuves pour skateboards électriques, 10S4P, 1.200 pièces", "FR", 3600, 1200, 9600, "EUR",
         "new e-skateboard packs come boxed, at storage charge, with a UN 38.3 summary and a serial each; these "
         "pallets hold packs pulled from returned and crashed boards at a Biarritz e-board rental firm, cracked, "
         "taped, some swollen and at 0 V, of every brand, with the enclosure still on, at 8 EUR each: waste "
         "lithium-ion batteries (hazardous, and e-waste under the Basel amendments), whose export to a non-OECD "
         "country is banned, from Le Havre to Dakar; French wording (lithium batteries repeat in many sets, kept "
         "as a repeat of the good; an electric-skateboard pack label was found in no earlier row by a keyword "
         "search)", {"importer_country": "SN"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "390791",
         "Resina de poliéster insaturado, excedente de taller de tablas de surf, bidones, 18 t", "ES", 18000, None,
         5400, "EUR",
         "surplus unsaturated polyester resin is a clear, honey-like liquid in sealed maker's drums with a batch "
         "sheet; these drums hold half-cured, lumpy resin, acetone washings with fibreglass fluff, MEKP-soaked rags "
         "and sanding sludge swept from the glassing rooms of a Basque surfboard factory: spent resin and organic "
         "solvent wastes (08 01 11*, 14 06 03*), hazardous waste whose export to a non-OECD country is banned, "
         "from Algeciras to Tangier Med for an 'anchor-block maker'; Spanish wording (resin and solvent waste "
         "repeat in several sets; a surfboard factory's glassing waste was found in no earlier row by a keyword "
         "search)", {"importer_country": "MA"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "CV", "950629",
         "Pranchas de surf usadas, em bom estado, 300 unidades", "PT", 1800, 300, 9000, "EUR",
         "a surf-shop clearance container for Sal: used surfboards and wetsuits are what Portuguese shops send to "
         "the Cape Verde surf schools, but the third item's 'pranchas elétricas e skates elétricos, usados' are "
         "120 dead eFoils and electric skateboards with crushed, swollen battery packs and corroded motors, "
         "stripped for nothing: waste electrical equipment with lithium batteries (A1180, hazardous), whose "
         "export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Lisbon to Palmeira; Portuguese wording (e-waste behind used goods repeats in many sets; behind a "
         "surf-shop container to Cape Verde is the new part as far as a search found)",
         dict({"importer_country": "CV"},
              _more_items=[item("401519", "Fatos de surf usados, neopreno, 800 unidades", "PT", 1200, 4000, "EUR", qty=800),
                           item("950629", "Pranchas elétricas e skates elétricos, usados, 120 unidades", "PT", 2400, 2400, "EUR", qty=120)])),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "IN", "400400",
         "Neopreen snijresten van wetsuitproductie, schoon, voor recycling (B3080), 20 t", "NL", 20000, None,
         2000, "EUR",
         "clean neoprene offcuts from wetsuit cutting tables are dry, springy, black foam strips that green-list "
         "rubber waste (B3080) allows to travel; these bales are sticky and reek of solvent, wrapped round dented "
         "tins of half-used chloroprene contact cement, toluene washings and sludge from the glue room of a Dutch "
         "wetsuit repairer and importer: wastes of adhesives containing organic solvents (08 04 09*), hazardous "
         "waste whose export to a non-OECD country is banned, from Rotterdam to Nhava Sheva; Dutch wording "
         "(neoprene repeats twice, wetsuits and cobblers' glue; wetsuit offcuts over glue-room waste were found in "
         "no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-05", "export", "CZROAD01", "road", "CZ", ["SK"], "UA", "441899",
         "Použité rampy pro skatepark, dřevěné moduly k dalšímu použití, 24 t", "CZ", 24000, None, 3600, "EUR",
         "used skatepark ramps for reuse are plywood-skinned modules on clean timber frames; these 24 t are broken "
         "half-pipe frames of black, tar-smelling railway sleepers and creosoted posts, with chromated, green "
         "pressure-treated beams and rotten skins, cleared from a Brno skatepark rebuild: wood waste containing "
         "dangerous substances (17 02 04*), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry through Vyšné Nemecké for a Uzhhorod 'skatepark'; Czech wording (creosoted sleepers repeat in a "
         "few sets; skatepark ramps were found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "IESEA01", "sea", "IE", [], "NG", "850710",
         "Jet-ski starter batteries, tested, reusable, 1,400 pcs", "IE", 9800, 1400, 7000, "EUR",
         "reusable starter batteries are tested, charged and boxed with a test sheet; these pallets hold sealed "
         "lead-acid packs pulled from the tow-in and rescue jet-skis of west-coast surf schools and a rental fleet, "
         "dead, cracked and leaking, white with sulphate at the poles: waste lead-acid batteries (16 06 01*, A1160), "
         "hazardous waste whose export to a non-OECD country is banned, from Dublin to Lagos; Irish English wording "
         "(lead-acid batteries repeat in many sets, kept as a repeat of the good; jet-ski batteries from surf "
         "schools were found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-07", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "340490",
         "Snowboard- und Skiwachs, Restposten, Fluorwachse, 6 t", "AT", 6000, None, 1800, "EUR",
         "surplus board wax comes as clean, boxed bars and blocks with their labels; these drums hold scraped wax "
         "shavings, base-cleaner rags, used fluoro powders and tins of spent citrus and hydrocarbon base cleaner "
         "from the service rooms of a Tyrolean snowboard-rental chain: waste solvents and wastes containing "
         "perfluorinated substances (14 06 03*, POP waste), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry for a Sarajevo 'candle maker'; Austrian German wording (fluoro waxes were found in no "
         "earlier row, and service-room waste from a snowboard rental is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-08", "export", "SISEA01", "sea", "SI", [], "EG", "760200",
         "Aluminijasti granulat za dezoksidacijo jekla, 25 t", "SI", 25000, None, 7500, "EUR",
         "aluminium granules for steel deoxidation are bright, clean, graded shot with an analysis sheet; these "
         "big bags hold grey, dusty, salt-caked lumps that smell of ammonia when wet, skimmed from the furnaces of "
         "a secondary aluminium smelter: hot-dross and salt-slag (10 03 08*, 10 03 09*), hazardous waste whose "
         "export to a non-OECD country is banned, from Koper to Alexandria; Slovenian wording (aluminium dross "
         "repeats in several sets, kept as a repeat; not of the set's trade; a deoxidation-granule label from "
         "Slovenia is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-09", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Żejt tal-fjuwil, raffinat mill-ġdid, 30 t", "MT", 30000, None, 9000, "EUR",
         "re-refined fuel oil is a uniform, dark, free-flowing oil with a refinery certificate; this tank holds "
         "layered, watery sludge with rust and sediment pumped out of ships' bilges and tank cleanings in Grand "
         "Harbour: oily bilge and tank-cleaning waste (16 07 08*, 13 04 03*), hazardous waste whose export to a "
         "non-OECD country is banned, from Marsaxlokk to Misrata; Maltese wording (bilge sludge repeats in several "
         "sets; not of the set's trade; Maltese wording from Malta to Libya is the new part as far as a search "
         "found)", {"importer_country": "LY"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "ME", "853931",
         "Fluorescentne cijevi, nove, T8, 18.000 kom.", "HR", 4000, 18000, 2700, "EUR",
         "new T8 tubes come in sleeved cartons of 25 with a date code; these cages hold used, blackened-end tubes "
         "of every length, many broken, taken out of a Split hotel refurbishment, with loose glass and phosphor "
         "dust: waste fluorescent lamps containing mercury (20 01 21*), hazardous waste whose export to a "
         "non-OECD country is banned, on a lorry at Debeli Brijeg for a Podgorica 'lighting' firm; Croatian "
         "wording (mercury lamps repeat in many sets, kept as a repeat; not of the set's trade; to Montenegro by "
         "road is the new part as far as a search found)", {"importer_country": "ME"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRSEA01", "sea", "CN", [], "FR", "390950",
         "冲浪板胚料用聚氨酯发泡组合料 (B料, 水发泡), 200公斤桶, 40桶", "CN", 8000, 40, 24000, "USD",
         "water-blown polyol for pouring polyurethane surfboard blanks is a honey-coloured, thick liquid that "
         "only foams when mixed; these 40 drums bulge in the warm hold, hiss when opened and give off a sweet, "
         "heavy vapour, and the drum papers give 15 % CFC-11 as blowing agent: a polyol pre-blend containing "
         "trichlorofluoromethane, whose import into the Union is banned, by sea from Shanghai to Le Havre for a "
         "Hossegor blank factory; Chinese wording (CFC-11 in polyol blends repeats in several sets and a "
         "surfboard-foam label once, blind52; kept as a repeat, a pour-in blank system from China is the new part)",
         firm("Horizon Pains de Mousse SARL", "FR")),
        ("OZN-02", "import", "ESAIR01", "air", "TW", [], "ES", "381400",
         "衝浪板補板樹脂清潔溶劑, 不燃, 1公升 × 120瓶", "TW", 148, 120, 720, "USD",
         "the resin cleaners ding-repair workshops use on brushes and squeegees are acetone, 0.79 kg/l and "
         "highly flammable; these 120 bottles weigh 1.24 kg/l, do not burn and boil in the warm hand with an "
         "ether-like smell: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, "
         "flown from Taoyuan to Madrid for a Canary Islands ding-repair supplier; Chinese wording from Taiwan "
         "(HCFC-141b repeats in many sets; a ding-repair resin-cleaner label was found in no earlier row)",
         firm("Central Surf Repair SL", "ES")),
        ("OZN-03", "import", "PTAIR01", "air", "BR", [], "PT", "381400",
         "Ar comprimido para limpeza de rolamentos de skate, spray 400 ml, 600 latas", "BR", 290, 600, 1500, "USD",
         "the dusters skate shops sell for blowing grit out of bearings are HFC-152a or propane-butane cans; "
         "these 600 cans are heavy, frost over when sprayed upside down, will not burn and the can bases carry "
         "'R-12' under the sticker: dichlorodifluoromethane (CFC-12), whose import into the Union is banned, "
         "flown from São Paulo to Lisbon for a skate-shop wholesaler; Brazilian Portuguese wording (CFC-12 "
         "repeats in many sets and air-duster labels in several, kept as a repeat of the label; a skate-bearing "
         "duster is the new part as far as a search found)", firm("Atlantic Skate Distribuição Lda", "PT")),
        ("OZN-04", "import", "NLAIR01", "air", "ZA", [], "NL", "842410",
         "Brandblussers vir jet-ski's en reddingsvaartuie, 1 kg, 160 stuks", "ZA", 260, 160, 2400, "USD",
         "the small extinguishers sold for jet-skis and surf-rescue craft are dry-powder or CO2 units with a "
         "certificate; these 160 red cans hiss, spray a liquid that vanishes into a sweet gas and the collars read "
         "'BCF' under the new labels: halon 1211 in portable extinguishers, products whose import into the Union is "
         "banned, flown from Cape Town to Amsterdam for a surf-rescue equipment dealer; Afrikaans wording (halon "
         "1211 repeats in many sets; a jet-ski extinguisher label from South Africa was found in no earlier row)",
         firm("Delta Watersport Veiligheid BV", "NL")),
        ("OZN-05", "import", "FRAIR01", "air", "VN", [], "FR", "381400",
         "Dung môi pha loãng keo dán đồ lặn neoprene, không cháy, 1 lít x 200 chai", "VN", 265, 200, 900, "USD",
         "the thinners wetsuit repairers use for neoprene contact cement are toluene or ketone blends of 0.87 kg/l "
         "that burn; these 200 bottles weigh 1.32 kg/l, do not burn and smell sweet like chloroform, and the "
         "drum papers in the consignment file read '1,1,1-trichloroethane': methyl chloroform, whose import into "
         "the Union is banned, flown from Ho Chi Minh City to Paris for a Brittany wetsuit repairer; Vietnamese "
         "wording (methyl chloroform repeats in many sets and a neoprene-glue label once, blind193, on HCFC-141b; "
         "a wetsuit-cement thinner label is the new part as far as a search found)",
         firm("Rivage Combinaisons SARL", "FR")),
        ("OZN-06", "transit", "PLSEA01", "sea", "CN", ["PL"], "UA", "281121",
         "Картриджі для накачування SUP-дошок і кайтів, 16 г, 24 000 шт.", "CN", 900, 24000, 4800, "USD",
         "inflation cartridges for SUP boards and kites hold 16 g of CO2 at 60 bar; these 24,000 are fatter, weigh "
         "a third more, frost without hissing and the contents smell faintly sweet, and the crate labels read "
         "'R-12': CFC-12 (dichlorodifluoromethane), moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Gdańsk in transit from Qingdao to a Lviv board-sports wholesaler; Ukrainian "
         "wording (CFC-12 repeats in many sets and cartridge labels on ozone goods in several; kite and SUP "
         "cartridges in transit through Gdańsk were found in no earlier row)", {"importer_country": "UA"}),
        ("OZN-07", "import", "ESAIR01", "air", "MA", [], "ES", "381400",
         "مزيل الشمع ديال ألواح السورف، 1 لتر، 96 قنينة", "MA", 152, 96, 5000, "MAD",
         "surf-wax removers are orange-scented citrus solvents of 0.84 kg/l that burn; these 96 bottles weigh "
         "1.59 kg/l, do not burn and smell sweet like chloroform, and evaporate cold from the hand: carbon "
         "tetrachloride, whose import into the Union is banned, flown from Agadir to Madrid for a Cantabrian surf "
         "shop; Moroccan Arabic (Darija) wording (carbon tetrachloride repeats in many sets; a surf-wax remover "
         "label was found in no earlier row by a keyword search)", firm("Vega Surf Shop SL", "ES")),
        ("OZN-08", "import", "ITSEA01", "sea", "KE", [], "IT", "380892",
         "Dawa ya kufukiza udongo wa vitalu, mitungi 680 g, 2,000", "KE", 1400, 2000, 3000, "USD",
         "the soil fumigants Kenyan flower nurseries use today are dazomet granules or metam liquids; these 2,000 "
         "cans hold a liquefied gas under pressure that smells faintly of chloroform, with probes for injecting "
         "soil, labelled 'CH3Br' in small print: methyl bromide, whose import into the Union is banned, by sea "
         "from Mombasa to Genoa for a Ligurian plant nursery; Swahili wording (methyl bromide repeats in many sets, "
         "kept as a repeat; not of the set's trade; Swahili wording from Kenya is the new part as far as a search "
         "found)", firm("Meridian Vivai Srl", "IT")),
        ("OZN-09", "export", "BESEA01", "sea", "BE", [], "CD", "841850",
         "Frigos-présentoirs à boissons d'occasion, fonctionnels, 60 pièces", "BE", 6000, 60, 3000, "EUR",
         "used drinks display coolers for export run on R-290 or R-600a; these 60 are 1990s supermarket "
         "cabinets whose compressors' plates read 'R502' and whose cabinet foam is CFC-11-blown: equipment relying "
         "on and containing CFCs (R-502 holds CFC-115), whose export from the Union is banned (Regulation "
         "2024/590), from Antwerp to Matadi; Belgian French wording (CFC equipment for export repeats in many sets, "
         "kept as a repeat; not of the set's trade; R-502 cabinets to Congo are the new part as far as a search "
         "found)", {"importer_country": "CD"}),
        ("OZN-10", "import", "DKAIR01", "air", "US", [], "DK", "950699",
         "Skateboard decks, maple, 7-ply, 60 pcs", "US", 120, 60, 2400, "USD",
         "a skate-shop restock from a California distributor: decks and trucks are what Copenhagen shops order, "
         "but the third item's 'bearing cleaner spray' is 200 cans of a dense, non-flammable solvent that boils "
         "off cold and whose can bases read 'CFC-113': trichlorotrifluoroethane, whose import into the Union is "
         "banned, hidden as the last item of a three-item declaration, flown from Los Angeles to Copenhagen; US "
         "English wording (CFC-113 repeats in many sets; a bearing-cleaner spray behind skateboard decks was found "
         "in no earlier row by a keyword search)",
         dict(firm("Nordhafen Skate ApS", "DK"),
              _more_items=[item("950699", "Skateboard trucks, aluminium, 120 pcs", "US", 70, 1800, "USD", qty=120),
                           item("381400", "Bearing cleaner spray, 200 cans", "US", 90, 600, "USD", qty=200)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ESPOST01", "post", "PE", [], "ES", "691390",
         "Réplica de cerámica de caballito de totora, recuerdo de tienda de surf, 2 piezas", "PE", 1.8, 2, 40, "PEN",
         "surf-shop souvenirs of Huanchaco reed-boat riders are new, bright, glazed resin or clay; these two are "
         "burnished red-and-cream stirrup-spout vessels of a fisherman astride a reed boat, with root marks and "
         "earth in the spout: Moche ceramics (1st-8th century) dug on the north coast of Peru, archaeological "
         "objects whose export Peru forbids, brought in without the import licence Regulation 2019/880 requires, "
         "posted from Trujillo to a surf-shop owner in Zarautz; Peruvian Spanish wording (Moche vessels repeat in "
         "several sets; a surf-souvenir reed-boat label was found in no earlier row)", person("Iker Etxeberria", "ES")),
        ("CUL-02", "import", "DEAIR01", "air", "LK", [], "DE", "442199",
         "ඉරා දැමූ ලී සර්ෆ් පුවරු රාක්ක, කැටයම්, 6", "LK", 180, 6, 600, "USD",
         "carved surfboard racks for shop walls are new, pale, machine-cut wood; these six are black, "
         "oil-darkened, hand-carved jak-wood door jambs and lintels with lotus and lion reliefs and old iron "
         "pins, sawn from a Kandyan-period temple (devale) in the hill country: religious objects removed against "
         "Sri Lanka's Antiquities Ordinance, whose import Regulation 2019/880 (Article 3(1)) forbids, flown from "
         "Colombo to Frankfurt for a Munich surf-shop fitter; Sinhala wording (temple carvings repeat in many "
         "sets; a surfboard-rack label was found in no earlier row by a keyword search)",
         firm("Orion Surf Interior GmbH", "DE")),
        ("CUL-03", "import", "FRSEA01", "sea", "MA", [], "FR", "970390",
         "Mosaïque décorative pour skateshop, pierre, fait main, 3 panneaux", "MA", 900, 3, 1200, "EUR",
         "handmade decorative mosaics for shop walls are new zellige or stone tesserae on mesh; these three "
         "panels are lifted Roman floor mosaic in small limestone tesserae, with a marine scene of dolphins and a "
         "Nereid, old mortar and lime bedding on the back: archaeological objects taken from a site near "
         "Volubilis whose export Morocco forbids, brought in without an import licence (Regulation 2019/880), by "
         "sea from Tangier to Marseille for a Biarritz skate shop; Moroccan French wording (Roman mosaics repeat in "
         "several sets; a skate-shop decor label was found in no earlier row)", firm("Horizon Skateshop SARL", "FR")),
        ("CUL-04", "export", "PTSEA01", "sea", "PT", [], "BR", "690722",
         "Azulejos decorativos, reprodução, para loja de surf, 480 peças", "PT", 900, 480, 900, "EUR",
         "reproduction azulejos are new, bright, machine-glazed tiles of even size; these 480 are hand-painted "
         "blue-and-white tin-glazed tiles with a biblical scene, chipped edges and old lime mortar on the back, cut "
         "from an 18th-century church panel in the Alentejo: cultural goods of over 100 years exported without the "
         "EU export licence (Regulation 116/2009) and against Portugal's protection of azulejo heritage, from "
         "Lisbon to Santos for a Florianópolis surf shop's owner; Portuguese wording (azulejos repeat in several "
         "sets, kept as a repeat of the good; a surf-shop decor label is the new part as far as a search found)",
         {"importer_country": "BR"}),
        ("CUL-05", "import", "ITAIR01", "air", "EC", [], "IT", "691390",
         "Figuras de cerámica tipo tiki, artesanía de Montañita, 40 unidades", "EC", 12, 40, 200, "USD",
         "tiki figures for surf shops are new, brightly glazed clay; these 40 are small, grey-buff figurines of "
         "women with large coiffures and slit eyes, worn and encrusted: Valdivia figurines (3500-1800 BC) dug on "
         "the Santa Elena coast, archaeological objects whose export Ecuador forbids, brought in without an import "
         "licence (Regulation 2019/880), flown from Guayaquil to Milan for a Varazze surf shop; Ecuadorian Spanish "
         "wording (Valdivia figurines repeat in many sets, kept as a repeat of the good; a tiki surf-shop label was found in no earlier row)",
         firm("Alpina Surf Srl", "IT")),
        ("CUL-06", "import", "NLSEA01", "sea", "PH", [], "NL", "950629",
         "Bamboo-fibre surfboards, handmade, Siargao, 80 pcs", "PH", 640, 80, 9600, "USD",
         "a Siargao surf-shop shipment for a Scheveningen surf school: bamboo boards and rash guards are what the "
         "General Luna makers send, but the third item's 'kahoy na ukit, dekorasyon' is an old, smoke-blackened "
         "Ifugao bulul rice-granary figure with sacrificial-blood patina and an eroded base: a cultural property "
         "whose export the Philippines forbids, brought in without an import licence (Regulation 2019/880), "
         "hidden as the last item of a three-item declaration, by sea from Cebu to Rotterdam; Filipino wording "
         "(bulul figures repeat in many sets, kept as a repeat of the good; behind surfboards is the new part as far as a search found)",
         dict(firm("Vega Surfschool BV", "NL"),
              _more_items=[item("611430", "Rash guards, polyester, 600 pcs", "PH", 120, 2400, "USD", qty=600),
                           item("442199", "Kahoy na ukit, dekorasyon, 1 pc", "PH", 14, 80, "USD", qty=1)])),
        ("CUL-07", "transit", "DEAIR01", "air", "NZ", ["DE"], "US", "950629",
         "Carved wooden SUP paddle, decorative, 1 pc", "NZ", 3, 1, 250, "NZD",
         "a carved decorative SUP paddle is new, glued and lacquered; this is a single-piece, worn hardwood "
         "paddle (hoe) with a carved manaia on the loom, kōkōwai red ochre in the grooves and a collection tag: a "
         "Māori taonga tūturu whose export New Zealand's Protected Objects Act forbids without a certificate, landed "
         "at Frankfurt in transit to a Los Angeles surf-memorabilia dealer, against Regulation 2019/880 "
         "(Article 3(1)), which covers transit; New Zealand English wording (Māori objects repeat in a few sets; "
         "an SUP-paddle label in transit was found in no earlier row)", {"importer_country": "US"}),
        ("CUL-08", "import", "FRROAD01", "road", "AM", ["GE", "TR", "BG", "RS", "HR", "SI", "IT"], "FR", "680299",
         "Պարտեզի դեկորատիվ քար, փորագրված, 1 հատ", "AM", 420, 1, 300, "USD",
         "carved garden stones are new tuff blocks with shallow ornament; this is a weathered tuff slab with a "
         "cross on a rosette, interlace borders and a medieval Armenian inscription, broken at the base: a "
         "khachkar fragment (12th-14th century), a monument whose export Armenia forbids, brought in without an "
         "import licence (Regulation 2019/880), on a lorry to a Lyon buyer; Armenian wording (khachkars repeat "
         "in many sets, kept as a repeat; not of the set's trade; a garden-stone label by road is the new part as far as a search "
         "found)", firm("Delta Jardin SARL", "FR")),
        ("CUL-09", "import", "DEPOST01", "post", "GE", [], "DE", "711411",
         "ვერცხლისფერი ჩარჩო, დეკორატიული, 1 ცალი", "GE", 1.4, 1, 120, "GEL",
         "a silver-coloured decorative frame is a new, plated, stamped casting; this is a chased, parcel-gilt "
         "silver icon cover (basma) with saints, Georgian asomtavruli inscriptions and nail holes, worn from "
         "kissing: a 17th-century Georgian church object whose export Georgia forbids without a permit, brought "
         "in without an import licence (Regulation 2019/880), posted from Tbilisi to a private buyer in "
         "Regensburg; Georgian wording (icon covers repeat in several sets; not of the set's trade; a "
         "decorative-frame label from Georgia is the new part)", person("Jonas Keller", "DE")),
        ("CUL-10", "export", "ITAIR01", "air", "IT", [], "CH", "691390",
         "Vaso in ceramica nera, souvenir, 1 pz", "IT", 1.1, 1, 35, "EUR",
         "a black ceramic souvenir vase is new, glossy and light; this is a thin, burnished, grey-black kantharos "
         "with incised fans and a worn foot, soil in the pores: Etruscan bucchero (7th-6th century BC), an "
         "archaeological object exported without the EU export licence (Regulation 116/2009) and against Italy's "
         "cultural heritage code, flown from Rome to a Geneva dealer; Italian wording (bucchero repeats in a few "
         "sets, kept as a repeat; not of the set's trade; a souvenir-vase label to Switzerland is the new part)",
         {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "ESAIR01", "air", "ES", [], "TR", "681511",
         "Cinta de carbono para reparación de tablas de kitesurf, 300 kg", "ES", 300, None, 3000, "EUR",
         "carbon tape for kiteboard repair is a standard-modulus woven tape at a few euros a metre; these spools "
         "hold intermediate-modulus unidirectional carbon fibre with a tensile modulus above 290 GPa and a mill "
         "sheet from a Spanish aerospace supplier, worth ten times the declared value, for an Istanbul 'kite shop' "
         "whose freight goes on to Tehran: carbon fibre controlled under dual-use 1C210 and listed in the Iran "
         "regulation, exported without a licence, flown from Madrid; Spanish wording (carbon fibre under surf and "
         "board labels repeats twice, blind77 and an earlier prepreg row; a kiteboard repair-tape label was "
         "found in no earlier row)", {"importer_country": "TR"}),
        ("STR-02", "export", "FIAIR01", "air", "FI", [], "KZ", "850131",
         "eFoil-moottorit, vedenpitävät, harjattomat, 400 kpl", "FI", 480, 400, 16000, "EUR",
         "eFoil motors are sealed 5-6 kW outrunners sold with the board, a few dozen a year; these 400 are "
         "light, high-KV drone motors with propeller adaptors and matching 120 A speed controllers, for an Almaty "
         "'water-sports' firm set up in January whose forwarder serves a Russian drone integrator: motors and "
         "controllers on the common high-priority list, whose export and re-export to Russia Regulation 833/2014 "
         "forbids, flown from Helsinki; Finnish wording (drone motors repeat in several sets; an eFoil-motor label "
         "was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-03", "export", "CZAIR01", "air", "CZ", [], "AM", "852589",
         "Akční kamery pro surfování, vodotěsné pouzdro, 300 ks", "CZ", 150, 300, 15000, "EUR",
         "surfing action cameras are 150 g cameras in a clear housing; these 300 cartons hold folding camera "
         "drones with 3-axis gimbals, spare batteries and controllers, at 900 EUR each, for a Yerevan "
         "'surf-equipment' importer whose earlier consignments went on by road to Russia: unmanned aircraft "
         "(8806) whose sale and export for use in Russia Regulation 833/2014 forbids, flown from Prague; Czech "
         "wording (drones repeat in many sets under camera labels; a surf action-camera label was found in no "
         "earlier row)", {"importer_country": "AM"}),
        ("STR-04", "import", "LTROAD01", "road", "KZ", [], "LT", "441231",
         "Фанера берёзовая для скейт-рамп, 18 мм, происхождение Казахстан, 22 т", "KZ", 22000, None, 12000, "EUR",
         "Kazakh plywood would come from a small mill with its own stamp and little birch; these 22 t of "
         "B/BB birch plywood carry Russian mill stamps on the edges under Kazakh labels, with a certificate of "
         "origin from a Petropavl trader, for a Vilnius skatepark-ramp builder: Russian birch plywood, whose "
         "import into the Union Regulation 833/2014 (Annex XXI) forbids, at Medininkai; Russian wording from "
         "Kazakhstan (Russian birch under Kazakh origin repeats in a few sets; skate-ramp plywood was found in no "
         "earlier row)", firm("Orion Rampos UAB", "LT")),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "LY", "901580",
         "Boe ondametriche per previsioni del moto ondoso, 12 pezzi", "IT", 1800, 12, 24000, "EUR",
         "wave buoys for sea-state forecasting hold an accelerometer and a GPS in a yellow float; these 12 crates "
         "hold towed hydrophone arrays with acoustic processing units built for submarine detection, at "
         "90,000 EUR each on the maker's list, for a Tripoli 'port authority' front: underwater detection "
         "equipment under dual-use 6A001, exported without a licence, to Libya, from Genoa; Italian wording "
         "(hydrophones repeat in several sets; not of the set's trade; a wave-buoy label to Libya is the new part "
         "as far as a search found)", {"importer_country": "LY"}),
        ("STR-06", "export", "ATROAD01", "road", "AT", ["HU", "RO"], "GE", "950611",
         "Gebrauchte Snowboards aus Verleih, 200 Stück", "AT", 1200, 200, 6000, "EUR",
         "used rental snowboards are chipped, stickered boards with worn bases at 30 EUR; these 200 are new, "
         "shrink-wrapped splitboards and carbon freeride boards at 900-1,200 EUR each on the dealers' list, for a "
         "Tbilisi 'rental shop' whose lorries go on through Upper Lars to Moscow: luxury goods (9506 11, 9506 12) "
         "whose sale and export for use in Russia Regulation 833/2014 (Annex XVIII) forbids, on a lorry from "
         "Innsbruck; Austrian German wording (luxury goods to Russia repeat in many sets; snowboards were found "
         "in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("STR-07", "export", "HRSEA01", "sea", "HR", [], "TR", "890399",
         "Rabljeni trupovi jet-skija za dijelove, 30 kom.", "HR", 12000, 30, 9000, "EUR",
         "used jet-ski hulls for parts are cracked, stripped shells; these 30 are complete, new-model 300 hp "
         "three-seat personal watercraft with engines and tow-in sleds at 22,000 EUR each, for a Bodrum "
         "'tow-surf school' whose sea freight goes on to Novorossiysk: luxury watercraft (8903) whose sale and "
         "export for use in Russia Regulation 833/2014 (Annex XVIII) forbids, from Rijeka; Croatian wording "
         "(luxury watercraft repeat in a few sets; a jet-ski-hull label was found in no earlier row)",
         {"importer_country": "TR"}),
        ("STR-08", "export", "PTAIR01", "air", "PT", [], "AE", "846591",
         "Máquina CNC de shape para pranchas de surf, 3 eixos, 1 unidade", "PT", 3800, 1, 18000, "EUR",
         "CNC surfboard shaping machines are light 3-axis gantry routers for foam at 20,000-40,000 EUR; this "
         "3.8 t crate holds a five-axis simultaneous metal machining centre with rotary table and contouring "
         "control, worth 380,000 EUR on the maker's list, for a Dubai 'surf-factory' project whose freight goes on "
         "to Bandar Abbas: a machine tool controlled under dual-use 2B001 and listed in the Iran regulation, "
         "exported without a licence, flown from Porto; Portuguese wording (five-axis machines repeat in many "
         "sets; a surfboard shaping-machine label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-09", "export", "DKSEA01", "sea", "DK", [], "PK", "292090",
         "Tekstiltryk-bærestof, teknisk, tromler 200 kg, 20 stk.", "DK", 4000, 20, 8000, "EUR",
         "textile-printing carriers are aromatic esters with an emulsifier; these 20 drums hold 99 % triethyl "
         "phosphite, a clear, foul-smelling liquid, with the maker's CAS 122-52-1 on the inner labels, for a "
         "Karachi 'dye house': trialkyl phosphite controlled under dual-use 1C350 (a chemical-weapons precursor), "
         "exported without the licence Regulation 2021/821 requires, from Aarhus; Danish wording (phosphites "
         "repeat in several sets; not of the set's trade; a textile-carrier label to Pakistan is the new part as "
         "far as a search found)", {"importer_country": "PK"}),
        ("STR-10", "export", "HUROAD01", "road", "HU", [], "RS", "848210",
         "Golyóscsapágyak, ipari, 6 000 db", "HU", 900, 6000, 9000, "EUR",
         "a machine-parts lorry for Belgrade: ball bearings and V-belts are what the Novi Sad distributor takes, "
         "but the third item's 'mérőeszközök, használt' are four digital storage oscilloscopes of 6 GHz bandwidth "
         "and two vector network analysers, bound for a Moscow instrument trader through the Serbian buyer: "
         "measuring instruments on the list whose export and re-export to Russia Regulation 833/2014 forbids, "
         "hidden as the last item of a three-item declaration, at Röszke; Hungarian wording (oscilloscopes "
         "repeat in several sets; not of the set's trade; behind bearings to Serbia is the new part)",
         dict({"importer_country": "RS"},
              _more_items=[item("401039", "Ékszíjak, 2 000 db", "HU", 400, 3000, "EUR", qty=2000),
                           item("903020", "Mérőeszközök, használt, 6 db", "HU", 90, 1200, "EUR", qty=6)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "MU", [], "FR", "711790",
         "Kolye pou boutik surf, pèrl rézinn nwar, 400 pyès", "MU", 8, 400, 800, "USD",
         "surf-shop necklaces of black resin beads are moulded, even and light; these 400 have hand-cut, "
         "polished beads with a concentric growth structure and spiny texture in the cross-section: black coral "
         "(Antipatharia, CITES App. II) without CITES documents, flown from Port Louis to Paris for a "
         "Lacanau surf shop; Mauritian Creole wording (black coral repeats in many sets; a surf-shop necklace label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Surf Boutique SARL", "FR")),
        ("WLF-02", "import", "PTSEA01", "sea", "BR", [], "PT", "950699",
         "Shapes de longboard, lâmina de madeira nobre, 150 unidades", "BR", 600, 150, 4500, "USD",
         "hardwood-veneered longboard decks use maple or bamboo with a thin face veneer; these 150 are solid, "
         "heavy, dark chocolate-brown boards with black streaks and a rose scent when sanded, cut from old "
         "jacarandá-da-bahia beams: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES documents, "
         "by sea from Salvador to Lisbon for a skate shop; Brazilian Portuguese wording (Dalbergia nigra repeats "
         "in several sets, on guitars and furniture; longboard decks were found in no earlier row)",
         firm("Central Skate Lda", "PT")),
        ("WLF-03", "import", "NLSEA01", "sea", "CR", [], "NL", "950629",
         "Tablas de surf alaia de madera de paulownia, 120 unidades", "CR", 1200, 120, 6000, "USD",
         "paulownia alaia boards are very light, pale, straight-grained wood that floats high; these 120 are "
         "reddish-brown, aromatic, cedar-scented boards twice as heavy, cut from wild trees in Guanacaste: Spanish "
         "cedar (Cedrela odorata, CITES App. II) without CITES documents, by sea from Puerto Limón to Rotterdam "
         "for a surfboard importer; Costa Rican Spanish wording (Cedrela repeats in a few sets; alaia boards were "
         "found in no earlier row by a keyword search)", firm("Horizon Surf Import BV", "NL")),
        ("WLF-04", "import", "SEAIR01", "express", "TH", [], "SE", "420232",
         "กระเป๋าสตางค์นักโต้คลื่น หนังเทียมลายปลากระเบน, 60 ใบ", "TH", 3, 60, 300, "USD",
         "shagreen-look PU surf wallets have a printed, even dot pattern; these 60 have real, hard, pearly "
         "denticles with a row of large thorny scales down the middle, from wedgefish skins landed in Thailand: "
         "Rhynchobatus spp. (CITES App. II) skin goods without CITES documents, sent by express from Phuket to a "
         "Varberg surf-shop owner; Thai wording (shark and ray leathers repeat in several sets; a surf-wallet label "
         "on wedgefish was found in no earlier row)", person("Erik Lindqvist", "SE")),
        ("WLF-05", "import", "ESSEA01", "sea", "CU", [], "ES", "392690",
         "Caparazones de tortuga de resina, réplica, decoración de tienda de surf, 30 piezas", "CU", 90, 30, 450, "USD",
         "resin replica turtle shells for surf-shop walls are moulded, thin and even; these 30 are real, "
         "varnished carapaces of green and hawksbill turtles with keratin scutes, bone beneath and growth rings: "
         "sea turtles (Chelonia mydas, Eretmochelys imbricata, CITES App. I) without CITES documents, by sea "
         "from Mariel to Cádiz for a Tarifa surf shop; Cuban Spanish wording (turtle shells repeat in many sets; a "
         "resin-replica surf-decor label was found in no earlier row)", firm("Meridian Surf Tarifa SL", "ES")),
        ("WLF-06", "import", "DEPOST01", "post", "WS", [], "DE", "711790",
         "Pine o le matau, ivi povi, mo faleoloa faasee galu, 12", "WS", 0.4, 12, 150, "WST",
         "carved fish-hook pendants sold in surf shops are cattle bone, chalk-white and porous at the back; these "
         "12 are dense, creamy, glassy-smooth with a faint concentric pattern across the cut: sperm-whale tooth "
         "(Physeter macrocephalus, CITES App. I) without CITES documents, posted from Apia to a private buyer in "
         "Kiel who runs a surf stall; Samoan wording (whale tooth repeats in a few sets and Samoan wording once, blind139; a "
         "surf-shop pendant label was found in no earlier row)", person("Lukas Hansen", "DE")),
        ("WLF-07", "transit", "PTSEA01", "sea", "GW", ["PT"], "CN", "440729",
         "Madeira para quilhas de prancha de surf, serrada, 1 contentor", "GW", 22000, None, 8800, "USD",
         "wood for surfboard fins is thin, light, sliced veneer in small lots; this container holds heavy, "
         "reddish-brown, interlocked-grain planks that bleed red when wet: kosso (Pterocarpus erinaceus, CITES App. "
         "II, with trade from Guinea-Bissau suspended) without CITES documents, which specimens in transit through "
         "the Union must carry, landed at Lisbon in transit from Bissau to Shanghai; Guinea-Bissau Portuguese "
         "wording (kosso repeats in many sets; a surf-fin wood label in transit through Lisbon is the new part as "
         "far as a search found)", {"importer_country": "CN"}),
        ("WLF-08", "import", "NLAIR01", "air", "ID", [], "NL", "620342",
         "Celana papan selancar, poliester, 500 potong", "ID", 150, 500, 3000, "USD",
         "a Kuta surf-shop shipment for an Amsterdam surf-wear importer: boardshorts and surf wax are what the "
         "Bali supplier sends, but the third item's 'gantungan kunci kuda laut' are 2,000 key rings of whole dried "
         "seahorses under resin: Hippocampus spp. (CITES App. II, with trade from Indonesia under review) without "
         "CITES documents, hidden as the last item of a three-item declaration, flown from Denpasar to Amsterdam; "
         "Indonesian wording (seahorses repeat in many sets; seahorse key rings behind boardshorts were found in "
         "no earlier row)",
         dict(firm("Rivage Surfwear BV", "NL"),
              _more_items=[item("340490", "Lilin papan selancar, 3.000 buah", "ID", 240, 1500, "USD", qty=3000),
                           item("392690", "Gantungan kunci kuda laut, 2.000 buah", "ID", 20, 200, "USD", qty=2000)])),
        ("WLF-09", "import", "FRAIR01", "air", "LA", [], "FR", "121190",
         "ໄມ້ຫອມສຳລັບທູບ, ຊິ້ນສ່ວນ, 40 ກິໂລ", "LA", 40, None, 400, "USD",
         "incense wood is cheap, pale chips dyed and oiled; these 40 kg are dark, resin-streaked, heavy chips that "
         "sink in water and smell of oud when warmed: agarwood (Aquilaria spp., CITES App. II) without CITES "
         "documents, flown from Vientiane to Paris for a perfume trader; Lao wording (agarwood repeats in many "
         "sets; not of the set's trade; Lao wording is the new part as far as a search found)",
         firm("Orion Parfums SARL", "FR")),
        ("WLF-10", "import", "PLAIR01", "air", "CA", [], "PL", "121190",
         "Racines de bardane séchées, 60 kg", "CA", 60, None, 600, "CAD",
         "dried burdock root is long, thin, brown and woody; these 60 kg are short, forked, ringed, pale-tan roots "
         "with a bitter-sweet taste, dug in the wild in Quebec: American ginseng (Panax quinquefolius, CITES App. "
         "II) without the Canadian export permit, flown from Montreal to Warsaw for a herbal importer; Canadian "
         "French wording (ginseng repeats in a few sets; not of the set's trade; a burdock-root label is the new "
         "part as far as a search found)", firm("Vega Zioła Sp. z o.o.", "PL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTAIR01", "air", "AU", "PT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (bleaching wooden surfboards)", "AU", 2.3, 2,
     40, "EUR", [("PRECURSOR_LICENCE", "PT-PSP-78-0063")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "JP", "DE", "290420",
     "Nitromethane 99 %, 1 l, for a licensed private user (model engines)", "JP", 1.2, 1, 60, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-78-0211")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "BESEA01", "sea", "NO", "BE", "854919",
     "Waste lithium-ion packs from electric skateboards and eFoils, discharged, for recycling at a licensed plant, 6 t",
     "NO", 6000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-78-0104")], "notified waste board batteries to a licensed recycler"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Spent resin and acetone washings from a surfboard factory (08 01 11*), for incineration at a licensed plant, 12 t",
     "CH", 12000, None, 0, "EUR", [("BASEL_CONSENT", "DE-BY-78-0377")], "notified glassing-room waste to a licensed plant"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290373",
     "HCFC-141b, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     600, "USD", [("ODS_LICENCE", "FR-MTE-ODS-78-014")], "HCFC-141b imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290376",
     "Halon 1211, recovered and reclaimed, 16 cylinders, for critical use in aircraft fire protection", "US", 700, 16,
     14000, "USD", [("ODS_LICENCE", "NL-ILT-ODS-78-006")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "PTSEA01", "sea", "PT", "US", "690722",
     "Azulejo panel, blue and white, Lisbon, c. 1730, loan to a US museum", "PT", 180, 1, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-EXP-78-0031")], "azulejo panel exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970390",
     "Roman floor mosaic fragment, documented French collection since 1924, sold at auction", "FR", 60, 1, 45000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-78-0418")], "archaeological mosaic exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ESAIR01", "air", "ES", "NO", "681511",
     "Intermediate-modulus carbon fibre, 300 kg, for a Norwegian boatyard's racing hulls", "ES", 300, None,
     30000, "EUR", [("EXPORT_LICENCE", "ES-SEC-78-0092"), ("END_USER_CERTIFICATE", "NO-DSA-EUC-78-0033")],
     "dual-use carbon fibre under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "AU", "901580",
     "Towed hydrophone array with processing unit, 1 set, for an Australian marine research institute", "IT", 900,
     1, 90000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-78-0145"), ("END_USER_CERTIFICATE", "AU-DEC-EUC-78-0012")],
     "dual-use underwater detection equipment under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "CR", "NL", "950629",
     "Alaia surfboards of plantation Spanish cedar (Cedrela odorata), 60 units", "CR", 600, 60, 9000, "USD",
     [("CITES_PERMIT", "CR-SINAC-78-0051")], "App. II cedar boards with their export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MU", "FR", "711790",
     "Black coral bead necklaces (Antipatharia), legally sourced, 100 units", "MU", 2, 100, 2400, "USD",
     [("CITES_PERMIT", "MU-NPCS-78-0019")], "App. II black coral jewellery with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-05": "Central Laboratoire SARL",
    "PRM-06": "Atlantic Aero Onderhoud BV", "PRM-11": "Horizon Surf Import BV", "PRM-12": "Atlantic Surf Boutique SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # surf, skate and board-sports shops, shapers, repairers and their wholesalers
    ("340250", "Wetsuit shampoo, surfactant wash, 250 ml", "import", ["post", "express"], ["AU", "US"], (15, 30), (1, 3), ["AUD", "USD"], 4, S),
    ("340319", "Skateboard bearing speed oil, 10 ml dropper bottles", "import", ["post"], ["JP", "US"], (60, 120), (1, 2), ["USD"], 80, S),
    ("381090", "Phosphoric anodising brightener for aluminium parts, 25 l", "import", ["sea"], ["CN"], (1.5, 3), (2000, 6000), ["USD"], 0.04, S),
    ("340490", "Fluoro-free hydrocarbon snowboard glide wax, 60 g bars", "import", ["air"], ["KR", "NO"], (15, 30), (100, 400), ["USD", "NOK"], 15, S),
    ("390311", "Expandable polystyrene beads for moulding, 25 kg sacks", "import", ["sea"], ["TH", "KR"], (1.2, 1.8), (10000, 20000), ["USD"], 0.04, S),
    ("340590", "Surfboard UV foam brightener paste, 100 g", "import", ["post"], ["ID", "AU"], (20, 40), (1, 3), ["USD"], 8, S),
    ("382499", "Citric concrete etching gel for skateparks, 20 l", "import", ["sea"], ["MX", "US"], (1, 2), (4000, 10000), ["USD"], 0.05, S),
    ("340290", "Inflatable SUP cleaner, pH-neutral, 1 l", "import", ["road"], ["RS", "SI"], (3, 6), (1000, 3000), ["EUR"], 1, S),
    ("850760", "E-skateboard battery packs, lithium-ion, new, with UN 38.3 summary", "import", ["sea"], ["CN"], (20, 40), (1000, 4000), ["USD"], 0.3, S),
    ("390791", "Unsaturated polyester surfboard laminating resin, 20 kg", "import", ["sea"], ["CN", "KR"], (2, 4), (4000, 12000), ["USD"], 0.05, S),
    ("950629", "Polyurethane surfboards, new, glassed", "import", ["sea"], ["TH", "CN"], (25, 45), (1000, 4000), ["USD"], 0.2, S),
    ("401519", "Neoprene wetsuits, 4/3 mm, new", "import", ["sea"], ["TH", "VN"], (25, 45), (1000, 4000), ["USD"], 0.8, S),
    ("400400", "Clean neoprene offcuts for crumb recycling (B3080)", "export", ["road"], ["RS", "UA"], (0.1, 0.3), (10000, 20000), ["EUR"], None, S),
    ("441231", "Birch plywood for skateboard ramps, 18 mm, FSC, Finnish", "import", ["sea"], ["FI", "LV"], (1, 2), (15000, 22000), ["EUR"], None, S),
    ("850710", "Jet-ski starter batteries, sealed lead-acid, new", "import", ["sea"], ["CN", "KR"], (3, 5), (2000, 6000), ["USD"], 0.2, S),
    ("340490", "Surf wax bars, basecoat and warm-water, 80 g", "import", ["sea"], ["US", "ID"], (8, 14), (1000, 3000), ["USD"], 12, S),
    ("390950", "Water-blown polyurethane surfboard foam system, 200 kg drums", "import", ["sea"], ["US", "DE"], (4, 7), (4000, 10000), ["USD", "EUR"], 0.005, S),
    ("381400", "Acetone resin cleaner, 1 l, for ding repair", "import", ["air"], ["TW", "US"], (3, 6), (100, 400), ["USD"], 1.2, S),
    ("381400", "HFC-152a air duster for skate bearings, 400 ml", "import", ["post", "express"], ["BR", "CN"], (15, 30), (1, 3), ["USD"], 3, S),
    ("842410", "CO2 extinguishers for jet-skis, 1 kg, certified", "import", ["air"], ["ZA", "GB"], (8, 15), (100, 400), ["USD", "GBP"], 0.5, S),
    ("381400", "Neoprene cement thinner, ketone-based, 250 ml", "import", ["post", "express"], ["VN", "US"], (20, 40), (1, 3), ["USD"], 3, S),
    ("281121", "CO2 inflation cartridges for SUP and kites, 16 g", "import", ["sea"], ["CN", "TW"], (3, 6), (500, 2000), ["USD"], 20, S),
    ("381400", "Citrus surf-wax remover, 250 ml", "import", ["post"], ["MA", "AU"], (15, 30), (1, 3), ["EUR", "AUD"], 3.5, S),
    ("950699", "Skateboard decks, 7-ply maple, new", "import", ["sea"], ["CN", "US"], (8, 15), (2000, 6000), ["USD"], 0.7, S),
    ("691390", "Ceramic tiki mugs and figures, new, glazed", "import", ["sea"], ["CN", "EC"], (3, 6), (1000, 3000), ["USD"], 2, S),
    ("442199", "Wall-mounted surfboard racks, pine, new", "import", ["sea"], ["LK", "ID"], (3, 6), (1000, 4000), ["USD"], 0.5, S),
    ("690722", "Reproduction hand-painted azulejo tiles, new", "export", ["sea"], ["BR", "US"], (6, 12), (1000, 4000), ["EUR"], 6, S),
    ("970390", "Contemporary stone mosaic wall panels, signed, new", "import", ["sea"], ["MA", "TN"], (4, 8), (500, 2000), ["EUR"], 0.02, S),
    ("950629", "Bamboo-fibre SUP paddles, new", "import", ["air"], ["NZ", "CN"], (20, 40), (100, 400), ["USD"], 1, S),
    ("681511", "Standard-modulus woven carbon repair tape, 50 mm", "import", ["air"], ["TW", "JP"], (30, 60), (100, 300), ["USD"], None, S),
    ("850131", "eFoil motor and controller sets, sealed, 6 kW", "import", ["air"], ["CN", "AU"], (60, 120), (100, 400), ["USD"], 0.1, S),
    ("852589", "Action cameras with waterproof housings", "import", ["post", "express"], ["CN", "HK"], (200, 400), (1, 3), ["USD"], 5, S),
    ("950611", "Snowboards, new, with bindings", "import", ["sea"], ["CN", "AT"], (20, 40), (2000, 6000), ["USD", "EUR"], 0.15, S),
    ("846591", "CNC foam shaping machines for surfboards, 3-axis", "import", ["sea"], ["US", "AU"], (15, 30), (1500, 4000), ["USD"], None, S),
    ("711790", "Resin bead surf necklaces, new", "import", ["post", "express"], ["MU", "ID"], (40, 80), (1, 2), ["USD"], 60, S),
    ("950699", "Longboard decks, bamboo and maple, new", "import", ["sea"], ["CN", "BR"], (8, 14), (2000, 6000), ["USD"], 0.3, S),
    ("950629", "Paulownia alaia boards, new", "import", ["sea"], ["CN", "CR"], (10, 20), (500, 2000), ["USD"], 0.15, S),
    ("420232", "PU surf wallets with velcro, new", "import", ["express"], ["TH", "CN"], (30, 60), (1, 3), ["USD"], 15, S),
    ("392690", "Resin replica turtle-shell wall decor", "import", ["sea"], ["CN", "MX"], (4, 8), (500, 2000), ["USD"], 0.4, S),
    ("620342", "Polyester boardshorts, new", "import", ["sea"], ["ID", "VN"], (10, 18), (2000, 6000), ["USD"], 3, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("441990", "Beech-wood spurtles and stirring spoons", "import", ["sea"], ["RO", "CN"], (3, 6), (2000, 6000), ["EUR", "USD"], 15, N),
        ("630790", "Knitted egg cosies, cotton", "import", ["post", "express"], ["GB", "PE"], (20, 40), (1, 3), ["GBP", "USD"], 40, N),
        ("392410", "Plastic sandwich boxes with clip lids", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 8, N),
        ("392490", "Plastic washing-up bowls", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD", "EUR"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind312", 20780301, HERE)


if __name__ == "__main__":
    main()
