#!/usr/bin/env python3
"""Writes the three-hundred-and-second blind set (tests/risk/data/blind302-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2076, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: tool hire, plant hire and
equipment rental (tool-hire shops and chains, plant-hire depots and their fleets,
access-platform, generator and site-equipment rental firms, and their suppliers).
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
only where a real declaration would. Ids are BL302-*:

    python3 tests/risk/data/make_blind302_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2076, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2076
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "LVAIR01", "express", "CN", [], "LV", "340290",
         "高压清洗机专用活性氧露台增白剂, 1升 x 8瓶", "CN", 9.1, 8, 160, "CNY",
         "the oxygen patio brighteners tool-hire shops sell with their pressure washers are sodium-percarbonate "
         "powders or 5-8 % peroxide liquids; these eight litre bottles hold a water-clear liquid of 1.13 kg/l with "
         "vented caps that whitens the skin and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), "
         "sent by express from Ningbo to a private person in Riga who rents a pressure washer at weekends and resells "
         "the bottles; Chinese wording (hydrogen peroxide repeats in many sets; a pressure-washer patio-brightener label "
         "was found in no earlier row by a keyword search)", person("Jānis Bērziņš", "LV")),
        ("PRE-02", "import", "ATAIR01", "air", "TH", [], "AT", "381190",
         "สารเพิ่มออกเทนสำหรับเครื่องตัดคอนกรีต 2 จังหวะ (รถเช่า), 1 ลิตร, 36 ขวด", "TH", 41, 36, 360, "USD",
         "the octane boosters sold for the two-stroke disc cutters of hire fleets are light, petrol-smelling "
         "hydrocarbon blends of 0.75 kg/l; these 36 litre bottles hold an oily, faintly fruity liquid of 1.14 kg/l "
         "that the filler's drum label names CH3NO2, for a Linz tool-hire chain's web shop that sells the bottles to "
         "model-engine hobbyists: nitromethane (Annex I above 16 %) made available to members of the public, flown "
         "from Bangkok to Vienna; Thai wording (nitromethane repeats in many sets and fuel-additive labels on it in "
         "several, kept as a repeat of the family; a disc-cutter octane-booster label was found in no earlier row)",
         firm("Alpina Geräteverleih GmbH", "AT")),
        ("PRE-03", "import", "GRSEA01", "sea", "EG", [], "GR", "382499",
         "مزيل ترسبات الخرسانة لبراميل الخلاطات المؤجرة، عبوات 5 لتر، 900 عبوة", "EG", 8280, 900, 2700, "USD",
         "the drum descalers plant-hire depots use on the concrete mixers that come back crusted are inhibited "
         "hydrochloric or sulphamic blends of about 1.1 kg/l; these 900 cans hold a colourless, oily liquid of "
         "1.84 kg/l that grows hot with water and chars the cardboard where it leaked, for a Piraeus plant-hire "
         "supplier that sells the 5 l cans over the counter: about 96 % sulphuric acid (Annex I above 15 %) "
         "retail-packed for members of the public, by sea from Alexandria; Egyptian Arabic wording (sulphuric acid "
         "repeats in many sets and descaler labels on it in a few; a concrete-mixer drum descaler was found in no "
         "earlier row by a keyword search)", firm("Delta Enoikiaseis Mechanimaton AE", "GR")),
        ("PRE-04", "import", "DEAIR01", "air", "KR", [], "DE", "382499",
         "다이아몬드 코어비트 드레싱 파우더 (렌탈용 코어드릴), 1 kg 봉지, 240봉", "KR", 240, 240, 1900, "USD",
         "the dressing powders that open up glazed diamond core bits on hired core drills are grey, gritty silicon "
         "carbide or corundum that never dissolve; these 240 bags hold a white, crystalline powder that dissolves "
         "slowly, flares with sugar on a hot plate and whose liners read 'KClO4', for a Leipzig tool-hire supplier "
         "that sells the bags to the public: potassium perchlorate (Annex I above 40 %) retail-packed for members of "
         "the public, flown from Incheon to Frankfurt; Korean wording (potassium perchlorate repeats in many sets and "
         "abrasive labels on it in a few; a core-bit dressing label was found in no earlier row)",
         firm("Central Mietgeräte GmbH", "DE")),
        ("PRE-05", "import", "LTRAIL01", "rail", "UZ", [], "LT", "282720",
         "Chang'i tog' kurortlari uchun qor eritish granulalari, 25 kg qoplar, 800 qop", "UZ", 20000, 800, 5600, "USD",
         "snow-melt granules for ski resorts are calcium or magnesium chloride flakes or urea prills; these 800 "
         "sacks hold white, dense prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot "
         "plate, for a Vilnius garden-supply wholesaler that re-bags them in 2 kg tubs: ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by rail from Navoi to Kena; Uzbek wording "
         "(ammonium nitrate repeats in many sets and de-icing labels on it in several, kept as a repeat of the "
         "family; from Uzbekistan by rail is the new part as far as a search found)",
         firm("Vega Sodo Prekyba UAB", "LT")),
        ("PRE-06", "import", "CZPOST01", "post", "VN", [], "CZ", "382499",
         "Viên tẩy cặn cho máy hấp bóc giấy dán tường, 4 hộp x 500 g", "VN", 2.0, 4, 35, "USD",
         "the descaling tablets for wallpaper steamers that tool-hire shops rent out are citric or sulphamic acid "
         "tablets that fizz in water; these four boxes hold loose, white crystals that do not fizz, have no smell, "
         "flare on a match with sugar and whose inner bags read 'NaClO3': sodium chlorate (Annex I above 40 %), "
         "posted from Ho Chi Minh City to a private person in Brno; Vietnamese wording (sodium chlorate repeats in "
         "many sets and wallpaper and steamer labels in a few on other goods; a wallpaper-steamer descaler label was "
         "found in no earlier row by a keyword search)", person("Tomáš Dvořák", "CZ")),
        ("PRE-07", "import", "BEAIR01", "air", "IN", [], "BE", "381090",
         "வைர அறுவை கத்தி பிரிவுகளுக்கான பிரேசிங் ஃப்ளக்ஸ் நீக்கி, 1 லிட்டர், 96 பாட்டில்கள்", "IN", 134, 96, 480, "USD",
         "the flux removers used when diamond segments are re-brazed on hire-fleet saw blades are warm-water "
         "detergents of about 1.05 kg/l; these 96 bottles weigh 1.40 kg/l, fume brown when opened, stain the skin "
         "yellow and eat a copper wire, for a Ghent blade-service firm that supplies hire depots and sells the "
         "bottles to anyone: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, "
         "flown from Chennai to Brussels; Tamil wording (nitric acid repeats in many sets and flux labels on it once, "
         "blind264; a saw-segment brazing-flux remover from India is the new part as far as a search found)",
         firm("Horizon Zaagservice BV", "BE")),
        ("PRE-08", "import", "ITSEA01", "sea", "PK", [], "IT", "382499",
         "سفید لائن مارکنگ پاؤڈر، کرائے کی لائن مارکر مشینوں کے لیے، 25 کلو بیگ، 600 بیگ", "PK", 15000, 600, 4200, "USD",
         "the white line-marking powders hire depots supply with their sports-field and car-park line markers are "
         "chalk or whiting, soft, cheap and dull; these 600 bags hold shiny, crystalline flakes that crackle and "
         "throw violet sparks on a hot iron, with a maker's sheet giving CAS 3811-04-9, for a Genoa hire-supply firm "
         "that re-bags the powder in 5 kg tubs for the public: potassium chlorate (Annex I above 40 %) "
         "retail-packed for members of the public, by sea from Karachi; Urdu wording (potassium chlorate repeats in "
         "many sets and line-marking-powder labels in several, blind65, blind193, blind281, blind289, kept as a repeat "
         "of the label; for a hire depot's line markers from Pakistan is the new part as far as a search found)", firm("Rivage Noleggio Attrezzature Srl", "IT")),
        ("PRE-09", "import", "ESAIR01", "air", "MX", [], "ES", "382499",
         "Fundente para esmaltes cerámicos de horno, cubetas de 1 kg, 300 piezas", "MX", 300, 300, 900, "USD",
         "a kiln glaze flux for studio potters is a frit or borax powder that melts to glass; these 300 tubs hold a "
         "soft, white, hygroscopic powder that dissolves at once, turns damp in the air and burns fiercely with "
         "sugar, for a Seville craft-supply web shop: sodium perchlorate (Annex I above 40 %) retail-packed for "
         "members of the public, flown from Mexico City to Madrid; Mexican Spanish wording (sodium perchlorate "
         "repeats in many sets and ceramics labels in a few; kept as a repeat of the family, a glaze-flux label from "
         "Mexico is the new part as far as a search found)", firm("Meridian Cerámica SL", "ES")),
        ("PRE-10", "import", "HRROAD01", "road", "RS", [], "HR", "340290",
         "Koncentrat za predtretman za mašine za dubinsko pranje tepiha (iznajmljivanje), kanister 5 l, 400 kom (1. od 3 isporuke)",
         "RS", 2400, 400, 1800, "EUR",
         "the pre-spray concentrates tool-hire shops sell with the carpet cleaners they rent out are foamy, "
         "alkaline detergents of about 1.02 kg/l; these 400 cans hold a water-clear liquid of 1.20 kg/l that does "
         "not foam, has vented caps, whitens the skin and fizzes on rust, the first of three vans booked that week "
         "each kept under 2.5 t, for a Zagreb tool-hire chain that sells the cans to its customers: about 50 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, at Bajakovo; Serbian "
         "wording (hydrogen peroxide repeats in many sets and splits over three vans in blind264, blind280, blind288 "
         "and blind296, kept as a repeat, and carpet pre-spray labels in four, blind219, blind252, blind269, blind271, "
         "kept as a repeat of the label; a hire chain's carpet-cleaner concentrate from Serbia is the new part)",
         firm("Orion Najam Strojeva d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "IESEA01", "sea", "IE", [], "NG", "843139",
         "Scissor lift spare parts, used, 40 pallets", "IE", 16000, 40, 4000, "EUR",
         "used access-platform spares are drained hydraulic rams, pothole guards and control boxes; these 40 "
         "pallets hold the 6 V deep-cycle traction batteries pulled from a Dublin access-hire firm's scissor-lift "
         "fleet, cracked, sulphated and leaking acid onto the pallet wrap, four to eight from each machine: waste "
         "lead-acid batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD country is banned, from "
         "Dublin to Lagos; Irish English wording (lead-acid batteries repeat in many sets, kept as a repeat of the "
         "good; a scissor-lift spare-parts label was found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "GH", "842720",
         "Verreikers, gebruikt, rijdend, 12 stuks", "NL", 84000, 12, 36000, "EUR",
         "used telehandlers sold on by a hire fleet run, lift and come with hour meters and service books; these "
         "twelve from a Tilburg plant-hire firm's scrap line have seized engines, cut hydraulic lines still "
         "dripping oil, cracked booms and flat batteries, towed onto the ship and bought by weight by a Tema scrap "
         "yard: end-of-life machinery with oils, hydraulic fluid and lead-acid batteries (hazardous, not drained), "
         "whose export to a non-OECD country is banned, from Rotterdam; Dutch wording (scrapped plant and vehicles "
         "sold as running repeat in many sets, kept as a repeat of the family; telehandlers were found in no earlier "
         "row by a keyword search)", {"importer_country": "GH"}),
        ("WST-03", "export", "PLROAD01", "road", "PL", [], "UA", "940549",
         "Maszty oświetleniowe z agregatem, używane, sprawne, 30 szt.", "PL", 27000, 30, 9000, "EUR",
         "used lighting towers from a hire fleet are trailer masts with their gensets, working; these thirty from "
         "a Kraków plant-hire firm's yard have no engines, broken metal-halide lamps still in their cracked "
         "housings, leaking fuel tanks and dead lead-acid batteries, for a Lviv 'rental start-up' that strips them "
         "for metal: waste electrical equipment with mercury lamps, fuel residues and lead-acid batteries (A1180, "
         "20 01 21*, 16 06 01*), hazardous waste whose export to a non-OECD country is banned, at Dorohusk; Polish "
         "wording (lamps with mercury repeat in many sets; lighting towers were found in no earlier row by a keyword "
         "search)", {"importer_country": "UA"}),
        ("WST-04", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "BA", "381400",
         "Teilereiniger-Flüssigkeit, aufbereitet, IBC 1.000 l, 18 Stück", "AT", 15300, 18, 3600, "EUR",
         "reconditioned parts-washer fluid is a clear, dearomatised hydrocarbon of 0.78 kg/l with a certificate; "
         "these 18 IBCs hold a black, two-layer liquid that smells of diesel and solvent, with grease, metal fines "
         "and hydraulic oil settled at the bottom, drained from the parts washers of a Graz plant-hire workshop: "
         "spent non-halogenated solvents and oily wash liquids (14 06 03*, 12 03 01*), hazardous waste whose export "
         "to a non-OECD country is banned, on a tanker lorry for a Sarajevo 'solvent recycler'; Austrian German "
         "wording (spent solvents repeat in many sets, kept as a repeat of the good; a parts-washer fluid from a "
         "plant-hire workshop is the new part as far as a search found)", {"importer_country": "BA"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "PK", "846729",
         "Akku-Werkzeuge, gebraucht, funktionsfähig, aus Mietpark, 9.000 Stück", "DE", 18000, 9000, 9000, "EUR",
         "used cordless tools retired from a hire fleet are tested drills and saws with a charger; these gaylords "
         "hold the battery packs alone, 9,000 swollen, crushed and burnt 18 V lithium-ion packs that a Cologne "
         "tool-hire chain's repair room pulled out of service, with no tools among them, bought by weight by a "
         "Karachi dismantler: waste lithium-ion batteries (hazardous, and e-waste under the Basel amendments), whose "
         "export to a non-OECD country is banned, from Hamburg; German wording (lithium batteries and power-tool "
         "packs repeat in many sets, kept as a repeat of the good; a hire-fleet cordless-tool label was found in no "
         "earlier row by a keyword search)", {"importer_country": "PK"}),
        ("WST-06", "export", "FISEA01", "sea", "FI", [], "EG", "251320",
         "Kierrätetty hiekkapuhallushiekka, seulottu, 24 t", "FI", 24000, None, 960, "EUR",
         "recycled blasting abrasive is screened, dry, clean grit of one colour; these bags hold a damp, mixed "
         "grit full of red, green and white paint flakes that reads 2 % lead and chromium, swept out of the "
         "blasting pots and booths a Vantaa equipment-rental firm hires out to bridge and ship painters: spent "
         "blasting abrasive with hazardous substances (12 01 16*), hazardous waste whose export to a non-OECD "
         "country is banned, from Kotka to Alexandria; Finnish wording (spent blasting grit repeats in several sets, "
         "kept as a repeat of the good; from a blast-pot rental fleet to Egypt is the new part as far as a search "
         "found)", {"importer_country": "EG"}),
        ("WST-07", "export", "DKSEA01", "sea", "DK", [], "GH", "252329",
         "Betonslibestøv, til cementtilsætning, big bags, 20 t", "DK", 20000, None, 600, "EUR",
         "concrete grinding dust for a cement works is a pale grey, fine, dry powder; these big bags hold a dark "
         "grey-black dust that smells of tar, with black flakes of old parquet adhesive, from the vacuum units of an "
         "Aarhus floor-grinder rental firm's machines returned from refurbishment jobs: dust with coal-tar adhesive "
         "(PAH, 17 03 01*, 17 09 03*), hazardous waste whose export to a non-OECD country is banned, from Aarhus to "
         "Tema; Danish wording (tar-containing wastes repeat in several sets, kept as a repeat of the good; a "
         "floor-grinding dust label was found in no earlier row by a keyword search)", {"importer_country": "GH"}),
        ("WST-08", "export", "BGSEA01", "sea", "BG", [], "GE", "271099",
         "Трансформаторно масло, регенерирано, 20 t", "BG", 20000, None, 5000, "EUR",
         "regenerated transformer oil is a clear, pale yellow oil with a test certificate; these flexitank tonnes "
         "are dark, cloudy oil that reads 300 mg/kg PCB, drained from old substation transformers of a Bulgarian "
         "grid operator's upgrade: waste oils containing PCBs (13 03 01*, A1180/A3180), hazardous waste whose "
         "export to a non-OECD country is banned, from Varna to Poti; Bulgarian wording (PCB oils repeat in several "
         "sets, kept as a repeat; from Bulgaria to Georgia is the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "CM", "842430",
         "Nettoyeurs haute pression, d'occasion, révisés, 200 pièces", "FR", 6000, 200, 8000, "EUR",
         "a tool-hire chain's sale of retired machines to a Douala rental firm: serviced pressure washers are what "
         "it declares first, but the second item's 'autolaveuses d'occasion' are 60 ride-on floor scrubbers with "
         "cracked gel traction batteries, burnt controllers and no brushes, bound for a dismantler: waste electrical "
         "equipment with lead-acid batteries (A1180, 16 06 01*), hazardous waste whose export to a non-OECD country "
         "is banned, hidden as the second item of a two-item declaration, from Le Havre; French wording (e-waste "
         "behind used goods repeats in many sets; floor scrubbers were found in no earlier row by a keyword search)",
         dict({"importer_country": "CM"},
              _more_items=[item("847989", "Autolaveuses d'occasion, 60 pièces", "FR", 12000, 3000, "EUR", qty=60)])),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "MY", "391590",
         "Flocos de PET, lavados, para reciclagem, 24 t", "PT", 24000, None, 7200, "EUR",
         "washed PET flake is clean, clear and blue chips of bottle plastic; these bales hold unsorted household "
         "plastics, film, food trays, nappies and cans from a Setúbal sorting line's reject stream: mixed plastic "
         "waste (Y48 / A3210), whose export to a non-OECD country the Union's waste shipment rules forbid, from "
         "Sines to Port Klang; Portuguese wording (mixed plastics as PET flake repeat in many sets, kept as a "
         "repeat; from Portugal to Malaysia is the new part as far as a search found)", {"importer_country": "MY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "842410",
         "Ekskavatör kabinleri için yangın söndürücü, 2 kg, 320 adet", "TR", 640, 320, 3200, "EUR",
         "the cab extinguishers fitted to hire-fleet excavators and dumpers are 2 kg ABC powder units that rattle "
         "when shaken; these 320 are silent, spray a liquid that boils off into a sweet gas and the valve collars "
         "read 'BCF' under the new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, "
         "products whose import into the Union is banned, in a van at Kapitan Andreevo for a Plovdiv plant-hire "
         "firm's fleet; Turkish wording (halon 1211 repeats in many sets and cab extinguishers once, blind284, "
         "on snow groomers, kept as a repeat; a hire-fleet excavator-cab label is the new part as far as a search found)",
         firm("Vega Mashini Pod Naem EOOD", "BG")),
        ("OZN-02", "import", "DESEA01", "sea", "KR", [], "DE", "381400",
         "퀵커플러 유압 커플링 세척제 (장비 렌탈 정비용), 1 L, 600병", "KR", 870, 600, 2400, "USD",
         "the coupling cleaners plant-hire workshops spray on quick-hitch hydraulic couplers are heptane or "
         "isopropanol blends of 0.70-0.79 kg/l that burn; these 600 bottles weigh 1.24 kg/l, boil in the warm hand "
         "at 32 °C with an ether-like smell and do not burn: HCFC-141b (1,1-dichloro-1-fluoroethane), whose import "
         "into the Union is banned, by sea from Busan to Hamburg for a Bremen plant-hire parts supplier; Korean "
         "wording (HCFC-141b under solvent labels repeats in many sets, kept as a repeat of the family; a "
         "quick-coupler cleaner label was found in no earlier row by a keyword search)",
         firm("Nordhafen Baumaschinen Teile GmbH", "DE")),
        ("OZN-03", "import", "ESSEA01", "sea", "MA", [], "ES", "271112",
         "غاز البروبان لمواقد إزالة الأعشاب المؤجرة، قنينات 5 كغ، 400 قنينة", "MA", 2400, 400, 2000, "EUR",
         "the propane cylinders tool-hire shops supply with their weed burners are light, hold liquid of 0.51 kg/l "
         "and light at once; these 400 cylinders weigh far more than propane allows, do not light at the valve, "
         "smell faintly sweet and the crate holds soil-injection probes: methyl bromide, whose import into the Union "
         "is banned (no quarantine exemption remains), by sea from Tangier Med to Algeciras for an Almería "
         "greenhouse contractor that rents tools; Moroccan Arabic wording (methyl bromide repeats in many sets and "
         "a weed-burner propane cover once, blind121, kept as a repeat; hire-shop cylinders from Morocco are the new "
         "part as far as a search found)", firm("Atlantic Alquiler Agrícola SL", "ES")),
        ("OZN-04", "import", "ROROAD01", "road", "MD", [], "RO", "382762",
         "Agent frigorific R-410A pentru aparate de aer condiționat mobile de închiriat, butelii 11,3 kg, 90 buc.",
         "MD", 1017, 90, 6300, "EUR",
         "R-410A for the portable air conditioners of a site-cabin hire fleet comes in refillable pink-band "
         "cylinders with a certificate; these 90 disposable cylinders read 9.1 bar at 20 °C, a leak detector names "
         "HCFC-22 and the valves carry old Chinese stamps: chlorodifluoromethane (HCFC-22), whose import into the "
         "Union is banned, in a van at Albița for an Iași site-cabin rental firm; Romanian wording from Moldova "
         "(HCFC-22 under HFC labels repeats in many sets, kept as a repeat; for a cabin-hire fleet's portable "
         "coolers from Moldova is the new part as far as a search found)", firm("Delta Închirieri Containere SRL", "RO")),
        ("OZN-05", "import", "NLSEA01", "sea", "CN", [], "NL", "382499",
         "聚氨酯喷涂发泡剂 (环保型 HFO-1233zd), 250公斤桶, 40桶", "CN", 10000, 40, 16000, "USD",
         "HFO-1233zd blowing agent for spray-foam rigs comes in pressure drums with a maker's certificate and boils "
         "at 18 °C; these 40 drums boil at 24 °C, give a chlorine flame test and the drum heads are stamped "
         "'R-11' under the paint: trichlorofluoromethane (CFC-11), whose import into the Union is banned, by sea "
         "from Ningbo to Rotterdam for an insulation contractor in Utrecht; Chinese wording (CFC-11 repeats in many "
         "sets and HFO blowing-agent labels in a few, kept as a repeat; a 1233zd label on CFC-11 is the new part as "
         "far as a search found)", firm("Horizon Isolatie BV", "NL")),
        ("OZN-06", "import", "PTAIR01", "air", "IN", [], "PT", "381400",
         "રોડ પ્લેટ અને મશીનો માટે ડામર દૂર કરનાર પ્રવાહી, 1 લિટર, 120 બોટલ", "IN", 190, 120, 540, "USD",
         "the tar and bitumen removers plant-hire firms use on returned road plates and pavers are citrus or "
         "naphtha blends of about 0.8 kg/l that smell of orange or petrol and burn; these 120 bottles weigh "
         "1.59 kg/l, do not burn, smell sweet like chloroform and evaporate cold from the hand: carbon "
         "tetrachloride, whose import into the Union is banned, flown from Ahmedabad to Lisbon for a Lisbon "
         "plant-hire depot; Gujarati wording (carbon tetrachloride repeats in many sets and tar-remover labels in a "
         "few, kept as a repeat; a road-plate tar remover from Gujarat is the new part as far as a search found)",
         firm("Rivage Aluguer de Máquinas Lda", "PT")),
        ("OZN-07", "transit", "SISEA01", "sea", "CN", ["SI"], "BA", "382499",
         "Brtvilo i pumpa za gume mini dampera (iznajmljivanje), 500 ml, 3.000 limenki", "CN", 2100, 3000, 3900, "USD",
         "tyre sealant-inflators for the mini dumpers of hire fleets are latex in an aerosol driven by propane "
         "or HFC-134a; these 3,000 cans hold no latex, read 5.7 bar at 20 °C and a leak detector names "
         "dichlorodifluoromethane: CFC-12 in aerosols, moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Koper in transit from Tianjin to a Sarajevo plant-hire supplier; Bosnian "
         "wording (CFC-12 repeats in many sets and tyre-inflator labels in a few, kept as a repeat of the family; a "
         "mini-dumper tyre sealant through Koper to Bosnia is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("OZN-08", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "841869",
         "Chladicí kontejnery pro stavební jídelny, použité, z půjčovny, 14 ks", "CZ", 28000, 14, 14000, "EUR",
         "used site-canteen cold rooms from a hire fleet may be exported if they run on R-134a, R-452A or R-290; "
         "these fourteen 1980s units from a Prague site-welfare rental firm have R-12 and R-502 compressors with "
         "original plates and CFC-11-blown wall panels: equipment relying on and containing CFCs, whose export from "
         "the Union is banned (Regulation 2024/590), by lorry through Poland to a Kyiv builder; Czech wording (CFC "
         "equipment for export repeats in many sets, kept as a repeat; a site-canteen cold-room hire fleet was "
         "found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("OZN-09", "import", "SEAIR01", "air", "JP", [], "SE", "381400",
         "修正液用うすめ液, 500 mL x 200本", "JP", 133, 200, 80000, "JPY",
         "correction-fluid thinner is a light hydrocarbon of 0.7 kg/l that burns; these 200 bottles weigh "
         "1.33 kg/l, do not burn and smell sweet, and the filler's inner labels read '1,1,1-トリクロロエタン': methyl "
         "chloroform (1,1,1-trichloroethane), whose import into the Union is banned, flown from Osaka to Stockholm "
         "for an office-supply wholesaler; Japanese wording (methyl chloroform repeats in many sets and "
         "correction-fluid labels in a few, kept as a repeat; to Sweden by air is the new part as far as a search "
         "found)", firm("Meridian Kontorsvaror AB", "SE")),
        ("OZN-10", "import", "BEAIR01", "air", "TW", [], "BE", "846721",
         "充電式電鑽, 租賃用, 300台", "TW", 540, 300, 24000, "USD",
         "a Taichung tool maker's air shipment for a Liège tool-hire chain: cordless drills and chargers are what "
         "it sends, but the third item's '管路冷凍噴霧' are 400 cans for the pipe-freezing kits hire shops rent to "
         "plumbers that hold CFC-12 (dichlorodifluoromethane), stamped 'R12' under the sticker, whose import into "
         "the Union is banned, hidden as the last item of a three-item declaration, flown from Taoyuan to Liège; "
         "Chinese wording from Taiwan (CFC-12 repeats in many sets and pipe-freezing sprays twice, blind21 and "
         "blind44, kept as a repeat; behind hire-fleet drills is the new part as far as a search found)",
         dict(firm("Central Location Outillage SA", "BE"),
              _more_items=[item("850440", "充電器, 300台", "TW", 90, 2400, "USD", qty=300),
                           item("382499", "管路冷凍噴霧, 400罐", "TW", 160, 800, "USD", qty=400)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ITSEA01", "sea", "LY", [], "IT", "842952",
         "حفارة صغيرة مؤجرة، عائدة من موقع عمل بنغازي، مع ملحقاتها، 1 وحدة", "LY", 5200, 1, 18000, "EUR",
         "a mini excavator coming back to its Bari hire fleet from a Benghazi job carries its buckets and breaker in "
         "the crate; this crate also holds, wrapped in the breaker's blanket, a limestone funerary bust with a "
         "veiled head and no face and red earth in the folds: a Cyrenaican 'faceless goddess' bust (4th-3rd "
         "century BC) looted from the necropolis of Cyrene, removed from Libya against its export ban and brought "
         "in against Regulation 2019/880 (Article 3(1)), by sea from Benghazi to Bari; Libyan Arabic wording "
         "(Cyrenaican funerary busts repeat in a few sets, kept as a repeat of the good; a returned hire excavator "
         "was found in no earlier row by a keyword search)", firm("Alpina Noleggio Macchine Srl", "IT")),
        ("CUL-02", "import", "HUROAD01", "road", "RS", [], "HU", "901580",
         "Metal detektori za iznajmljivanje, vraćeni, 6 kom, sa priborom", "RS", 18, 6, 600, "EUR",
         "six metal detectors a Szeged tool-hire shop rented to a Serbian customer come back in their cases with "
         "headphones and coils; the accessory pouches hold 340 small bronze and silver coins of Roman emperors "
         "from Constantine to Valens, green and earthy, many from one hoard: archaeological coins dug near "
         "Sremska Mitrovica (Sirmium), whose export Serbia forbids, brought in without the import licence "
         "Regulation 2019/880 requires, in a van at Röszke; Serbian wording (Roman coins repeat in many sets, kept as "
         "a repeat of the good; returned hire metal detectors were found in no earlier row by a keyword search)",
         firm("Vega Gépkölcsönző Kft.", "HU")),
        ("CUL-03", "import", "CYSEA01", "sea", "LB", [], "CY", "680293",
         "ألواح بازلت مقطوعة بمنشار أرضيات مستأجر، عينات، 12 لوحاً", "SY", 540, 12, 360, "USD",
         "basalt slabs sawn with a hired floor saw are plain, grey, even stone; these twelve are mortar-backed "
         "panels of small coloured stones, cut into squares with straight diamond-saw kerfs through a hunting scene "
         "and a Greek inscription: a Byzantine floor mosaic (5th-6th century) sawn out of a church in Idlib, "
         "removed from Syria against its export ban and brought in against Regulation 2019/880 and the Syria "
         "regulation's ban on Syrian cultural goods, by sea from Tripoli to Limassol; Syrian Arabic wording "
         "(Syrian mosaics repeat in many sets, kept as a repeat of the good; a floor-saw sample label was found in "
         "no earlier row by a keyword search)", firm("Orion Stone Supplies Ltd", "CY")),
        ("CUL-04", "export", "IEAIR01", "air", "IE", [], "US", "481490",
         "Used wallpaper, stripped, for recycling, 9 rolls", "IE", 40, 9, 90, "EUR",
         "wallpaper stripped with a hired steamer is torn, pulped scraps for the skip; these nine rolls are "
         "whole, backed panels of hand-painted Chinese export wallpaper with birds, bamboo and figures on a green "
         "ground, taken down from the drawing room of a Co. Kildare Georgian house (c. 1770): a cultural good over "
         "50 years old and above the value threshold exported without the EU export licence (Regulation 116/2009) "
         "and the Irish export licence, flown from Dublin to a New York decorator; Irish English wording (wallpaper "
         "labels twice, blind88 and blind195, kept as a repeat; a stripped-wallpaper recycling label was found in "
         "no earlier row)", {"importer_country": "US"}),
        ("CUL-05", "export", "PTSEA01", "sea", "PT", [], "BR", "690722",
         "Entulho cerâmico de demolição, azulejos partidos, 2 t", "PT", 2000, None, 200, "EUR",
         "demolition rubble from a hired breaker is broken, mortared tile in a skip bag; these crates hold whole, "
         "numbered blue-and-white azulejo panels of a hunting scene and saints, lifted tile by tile from a "
         "Lisbon palace stair (c. 1730) while a plant-hire firm's breakers worked on the floors: cultural goods "
         "over 100 years old exported without the EU export licence (Regulation 116/2009) and the Portuguese "
         "permit, from Lisbon to Santos for a São Paulo collector; Portuguese wording (azulejos repeat in many sets, "
         "kept as a repeat of the good; a demolition-rubble label to Brazil is the new part as far as a search "
         "found)", {"importer_country": "BR"}),
        ("CUL-06", "import", "NLSEA01", "sea", "IQ", [], "NL", "850212",
         "مولدات ديزل مؤجرة، عائدة من مشروع البصرة، 6 وحدات", "IQ", 14000, 6, 42000, "USD",
         "a Rotterdam generator-rental firm's container back from a Basra oil-field job: six hire generators and "
         "two lighting towers are what it declares, but the third item's 'قطع غيار للمولدات' are 60 clay tablets "
         "and cones with cuneiform signs, dirty and unconserved, wrapped in fuel filters: Sumerian and Old "
         "Babylonian tablets dug at illegal pits in Dhi Qar, removed from Iraq against its export ban and brought in "
         "against Regulation 1210/2003, hidden as the last item of a three-item declaration, by sea from Umm Qasr; "
         "Iraqi Arabic wording (cuneiform tablets repeat in many sets, kept as a repeat of the good; behind returned "
         "hire generators is the new part as far as a search found)",
         dict(firm("Nordhafen Generator Rental BV", "NL"),
              _more_items=[item("940549", "أبراج إنارة مؤجرة، 2 وحدة", "IQ", 2400, 8000, "USD", qty=2),
                           item("840991", "قطع غيار للمولدات، 1 صندوق", "IQ", 45, 150, "USD", qty=1)])),
        ("CUL-07", "import", "ESAIR01", "air", "GT", [], "ES", "691390",
         "Réplica de vasija maya, cerámica pintada, artesanía, 2 piezas", "GT", 3, 2, 60, "USD",
         "Maya replica vessels from Guatemalan craft markets are new, bright and even; these two cylinder vases "
         "have worn polychrome glyph bands, root marks and lime crust inside: Late Classic Maya vessels "
         "(600-900 AD) looted in Petén, whose export Guatemala forbids, brought in without an import licence "
         "(Regulation 2019/880), flown from Guatemala City to Madrid for a collector; Guatemalan Spanish wording "
         "(Maya vessels as replicas repeat in many sets, kept as a repeat; from Guatemala by air to Madrid is the new "
         "part as far as a search found)", person("Sr. J. García", "ES")),
        ("CUL-08", "transit", "DEAIR01", "air", "ET", ["DE"], "US", "711411",
         "የብር መስቀል፣ የመታሰቢያ ስጦታ፣ 1 ቁራጭ", "ET", 1.4, 1, 50, "USD",
         "a silver-plated souvenir cross is new, light and stamped; this is a heavy, worn, hand-pierced silver "
         "processional cross with engraved saints, a socket for the staff and a Ge'ez dedication to a church in "
         "Lalibela: an Ethiopian church processional cross (17th-18th century), removed from Ethiopia against its "
         "export ban, landed at Frankfurt in transit from Addis Ababa to a Washington dealer, against Regulation "
         "2019/880 (Article 3(1)), which covers transit; Amharic wording (Ethiopian crosses repeat in several sets, "
         "kept as a repeat; a souvenir label through Frankfurt is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-09", "export", "CZROAD01", "road", "CZ", ["DE", "NL"], "GB", "441899",
         "Dřevěné podpěry lešení, použité, z půjčovny, 1 bedna", "CZ", 90, 1, 150, "EUR",
         "used timber scaffold props from a hire yard are split, concreted posts; this crate holds a carved, "
         "polychrome and gilded limewood statue of St John of Nepomuk, 1.4 m, with woodworm holes and a church "
         "inventory number on the back, taken from a Bohemian village church while a scaffold-hire firm's "
         "scaffold stood round it: a cultural good over 50 years old exported without the EU export licence "
         "(Regulation 116/2009) and the Czech permit, by lorry to a London dealer; Czech wording (baroque church "
         "statues repeat in many sets, kept as a repeat of the good; a hire-yard scaffold-prop label was found in no "
         "earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-10", "import", "FRAIR01", "air", "IN", [], "FR", "830629",
         "பித்தளை தோட்ட அலங்கார சிலை, 1 எண்", "IN", 38, 1, 120, "USD",
         "brass garden ornaments from Tamil Nadu foundries are new, bright and light-walled; this is a solid, "
         "dark bronze Chola-style Nataraja of 80 cm with worn ritual patina, a temple inventory mark and traces "
         "of sandal paste: a temple bronze stolen from a Thanjavur temple, whose export India forbids, brought in "
         "without an import licence (Regulation 2019/880), flown from Chennai to Paris for a dealer; Tamil wording "
         "(Chola bronzes repeat in many sets, kept as a repeat; a garden-ornament label by air to Paris is the new "
         "part as far as a search found)", firm("Horizon Arts d'Asie SARL", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "EERAIL01", "rail", "EE", [], "KZ", "842952",
         "Kasutatud miniekskavaatorid rendipargist, 16 tk", "EE", 56000, 16, 160000, "EUR",
         "a Tallinn plant-hire firm's sale of sixteen used mini excavators to an Astana 'rental start-up' set up "
         "in March, whose forwarder's papers name a Yekaterinburg builder as the last consignee: excavators "
         "(8429 52), goods whose sale and export for use in Russia Regulation 833/2014 (Annex XXIII) forbids, by "
         "rail from Tallinn; Estonian wording (excavators repeat in several sets, kept as a repeat of the good; a "
         "hire-fleet sale via Kazakhstan is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-02", "export", "LVROAD01", "road", "LV", [], "KG", "850213",
         "Lietoti dīzeļģeneratori no nomas parka, 250 kVA, 10 gab.", "LV", 32000, 10, 60000, "EUR",
         "ten used 250 kVA diesel generating sets from a Riga generator-rental fleet, sold to a Bishkek 'event "
         "rental' firm whose address is a forwarder's and whose earlier loads went on to Novosibirsk: generating "
         "sets (8502 13) on the list whose sale for use in Russia Regulation 833/2014 (Annex XXIII) forbids, "
         "exported for re-export, by lorry from Riga; Latvian wording (generators repeat in several sets, kept as a "
         "repeat of the good; a rental fleet to Kyrgyzstan is the new part as far as a search found)",
         {"importer_country": "KG"}),
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "852589",
         "Kanalinspektionskameras für Mietpark, Schiebekamera, 8 Stück", "DE", 120, 8, 9600, "EUR",
         "the push-rod drain cameras tool-hire shops rent to plumbers are 1,000 EUR colour cameras on a reel; "
         "these eight are radiation-hardened inspection cameras rated to 10^6 Gy, at 40,000 EUR each on the maker's "
         "list, for a Dubai 'hire-equipment' trader whose orders go on to Isfahan: radiation-hardened TV cameras "
         "(dual-use 6A003.a.3) listed in the Iran regulation, exported without a licence, flown from Frankfurt; "
         "German wording (inspection cameras repeat in four sets, kept as a repeat; a drain-camera hire label was "
         "found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "ITAIR01", "air", "IT", [], "TR", "841410",
         "Pompe per vuoto per asciugatura edifici allagati, noleggio, 12 pezzi", "IT", 360, 12, 7200, "EUR",
         "the vacuum pumps hire firms rent for drying flooded floors are oil-sealed rotary-vane pumps at a few "
         "hundred euros; these twelve are magnetically levitated turbomolecular pumps of 2,000 l/s with their "
         "drives, at 25,000 EUR each, for an Istanbul 'drying-rental' firm that ships to Tehran: vacuum pumps "
         "controlled under dual-use 2B231 and listed in the Iran regulation, exported without a licence, flown from "
         "Milan; Italian wording (turbomolecular pumps repeat in many sets, kept as a repeat of the good; a "
         "flood-drying hire label was found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-05", "export", "HUAIR01", "air", "HU", [], "AM", "901580",
         "Lézeres távolságmérők építőipari bérléshez, 40 db", "HU", 20, 40, 2400, "EUR",
         "the laser distance meters hire shops rent to builders are 60 EUR, 50 m, class-2 handhelds; these forty "
         "are eye-safe 1.5 µm military rangefinder modules ranging to 20 km with serial interfaces, at 6,000 EUR "
         "each, for a Yerevan 'construction-rental' importer whose earlier consignments went on to Russia: laser "
         "rangefinders on the list whose export to Russia Regulation 833/2014 forbids, exported for re-export, flown "
         "from Budapest; Hungarian wording (rangefinders repeat in several sets, kept as a repeat; a construction "
         "laser-meter hire label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", [], "CN", "681599",
         "Pértigas telescópicas de agua para limpieza de ventanas, material, 4 t", "ES", 4000, None, 16000, "EUR",
         "the material for water-fed window-cleaning poles is commercial glass or low-modulus carbon tube; these "
         "spools hold intermediate-modulus carbon-fibre tow of 6.4 GPa tensile strength from an aerospace "
         "supplier, at ten times the declared value, for a Shenzhen 'pole maker': carbon fibre controlled under "
         "dual-use 1C010 exported without the licence Regulation 2021/821 requires, from Valencia; Spanish wording "
         "(carbon fibre repeats in many sets and a window-cleaning-pole label once, blind219, kept as a repeat; "
         "from Spain to China is the new part as far as a search found)", {"importer_country": "CN"}),
        ("STR-07", "import", "PLROAD01", "road", "BY", [], "PL", "441233",
         "Фанера ламинированная для опалубки, происхождение Казахстан, 24 т", "KZ", 24000, None, 14400, "EUR",
         "Kazakh film-faced plywood would come by rail with Kazakh mill papers; this lorry of birch formwork "
         "plywood for a Warsaw formwork-hire firm carries Belarusian mill stamps on the sheet edges and a Kazakh "
         "certificate of origin issued in Petropavl: Belarusian wood products, whose import into the Union "
         "Regulation 765/2006 forbids, at Kukuryki; Russian wording (Belarusian plywood and formwork repeat in "
         "several sets, kept as a repeat; for a formwork-hire firm is the new part as far as a search found)",
         firm("Delta Wynajem Szalunków Sp. z o.o.", "PL")),
        ("STR-08", "export", "SEAIR01", "air", "SE", [], "KZ", "846729",
         "Sladdlösa elverktyg, begagnade, från uthyrningspark, 1 200 st.", "SE", 3000, 1200, 36000, "EUR",
         "a Malmö tool-hire chain's retired cordless drills, saws and breakers sold to an Almaty 'tool rental' "
         "firm set up that spring, whose onward papers name a Moscow builders' merchant: hand-held power tools "
         "(8467) on the list whose sale for use in Russia Regulation 833/2014 (Annex XXIII) forbids, exported for "
         "re-export, flown from Stockholm; Swedish wording (power tools via Central Asia repeat in a few sets, kept "
         "as a repeat; a hire-fleet sell-off is the new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-09", "export", "NLAIR01", "air", "NL", [], "CN", "901420",
         "Gyroscopen voor modelvliegtuigen, 30 stuks", "NL", 9, 30, 900, "EUR",
         "gyros for model aircraft are MEMS chips on a small board at 30 EUR; these thirty are navigation-grade "
         "fibre-optic gyroscopes with a bias stability of 0.01 °/h, at 15,000 EUR each, for a Xi'an 'hobby' "
         "importer: gyroscopes controlled under dual-use 7A002 exported without the licence Regulation 2021/821 "
         "requires, flown from Amsterdam; Dutch wording (fibre-optic gyros repeat in several sets, kept as a repeat; "
         "a model-aircraft label to China is the new part as far as a search found)", {"importer_country": "CN"}),
        ("STR-10", "export", "GRSEA01", "sea", "GR", [], "AE", "843149",
         "Υδραυλικές σφύρες, μεταχειρισμένες, από στόλο ενοικίασης, 20 τεμ.", "GR", 16000, 20, 40000, "EUR",
         "a Piraeus plant-hire firm's container for Dubai: used hydraulic breakers and buckets are what it sells, "
         "but the third item's 'χιτώνια εμβόλων σφύρας' are 40 seamless tubes of 300 mm bore that read 18 % nickel, "
         "cobalt and molybdenum and 2 GPa on a hardness test, with no breaker piston to fit: maraging-steel "
         "cylinders controlled under dual-use 1C116 for an Iranian end user, exported without a licence, hidden as "
         "the last item of a three-item declaration, from Piraeus; Greek wording (maraging steel repeats in many "
         "sets, kept as a repeat of the good; behind hire-fleet breakers is the new part as far as a search found)",
         dict({"importer_country": "AE"},
              _more_items=[item("843141", "Κάδοι εκσκαφέων, μεταχειρισμένοι, 30 τεμ.", "GR", 9000, 9000, "EUR", qty=30),
                           item("843149", "Χιτώνια εμβόλων σφύρας, 40 τεμ.", "GR", 3200, 2000, "EUR", qty=40)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "GM", [], "ES", "440729",
         "Azobe crane outrigger pads and crane mats, sawn hardwood, 1 container", "GM", 22000, None, 8800, "USD",
         "azobé crane mats are dark red-brown, coarse, interlocked and very heavy; these sawn pads are purple-red "
         "with a sweet smell and yellow sapwood and stain water red: kosso (Pterocarpus erinaceus, CITES App. II, "
         "under a trade suspension for West African range states) without CITES documents, by sea from Banjul to "
         "Valencia for a crane-hire firm; Gambian English wording (kosso repeats in many sets and crane mats in a "
         "few, blind178, blind197, blind198, kept as a repeat; outrigger pads for a crane-hire firm are the new part "
         "as far as a search found)", firm("Atlantic Alquiler de Grúas SL", "ES")),
        ("WLF-02", "import", "PTSEA01", "sea", "BR", [], "PT", "440799",
         "Esteiras de madeira de eucalipto para acesso de obra (aluguel), 1 contêiner", "BR", 24000, None, 9600, "USD",
         "eucalyptus ground mats for site access are pale, light and split easily; these are olive-brown, "
         "extremely hard, with yellow lapacho powder in the pores, sinking in water: ipê (Handroanthus spp., "
         "CITES App. II) without CITES documents, by sea from Belém to Leixões for a Porto plant-hire firm's "
         "ground-protection fleet; Brazilian Portuguese wording (ipê repeats in many sets and ground-mat labels "
         "once, blind267, kept as a repeat; a site-access mat for a hire fleet is the new part as far as a search "
         "found)", firm("Meridian Aluguer de Equipamentos Lda", "PT")),
        ("WLF-03", "import", "ESAIR01", "air", "PY", [], "ES", "441700",
         "Mangos de hickory para mazas de alquiler, 2.000 piezas", "PY", 1800, 2000, 3000, "USD",
         "hickory sledgehammer handles are pale, straight-grained and smell of nothing; these 2,000 are olive-green "
         "to brown, heavy, waxy and smell of incense when sanded: palo santo (Bulnesia sarmientoi, CITES App. II) "
         "without CITES documents, flown from Asunción to Madrid for a tool-hire chain's workshop; Paraguayan "
         "Spanish wording (palo santo repeats in many sets, kept as a repeat of the good; a hire-fleet hammer "
         "handle was found in no earlier row by a keyword search)", firm("Vega Alquiler de Herramientas SL", "ES")),
        ("WLF-04", "import", "PTSEA01", "sea", "MZ", [], "PT", "843149",
         "Martelos hidráulicos de aluguer, devolvidos de obra em Nacala, 8 unidades", "MZ", 9600, 8, 400, "EUR",
         "hydraulic breakers coming back to a Lisbon hire fleet from a Nacala job should be solid steel; these "
         "eight are light for their size and the chisel housings, drilled out and plugged, hold 180 kg of tusks "
         "sawn into 20 cm pieces: African elephant ivory (Loxodonta africana, CITES App. I) without CITES "
         "documents, by sea from Nacala to Lisbon; Mozambican Portuguese wording (ivory repeats in many sets and "
         "breakers in a few, kept as a repeat; ivory inside returned hire breakers is the new part as far as a "
         "search found)", firm("Orion Aluguer de Máquinas Lda", "PT")),
        ("WLF-05", "import", "BESEA01", "sea", "NG", [], "BE", "850212",
         "Used rental diesel generator, 100 kVA, returned from site, 1 unit", "NG", 2600, 1, 6000, "USD",
         "a generator coming back to an Antwerp rental firm from a Lagos site weighs what its plate says; this one "
         "is 400 kg over, its fuel tank is welded shut and holds 380 kg of dried, overlapping scales: white-bellied "
         "and giant pangolin scales (Phataginus tricuspis, Smutsia gigantea, CITES App. I) without CITES "
         "documents, by sea from Lagos to Antwerp; Nigerian English wording (pangolin scales repeat in many sets, "
         "kept as a repeat of the good; a returned rental generator was found in no earlier row by a keyword "
         "search)", firm("Rivage Generator Rental SA", "BE")),
        ("WLF-06", "import", "DEAIR01", "air", "LA", [], "DE", "121190",
         "ເຂົ້າໄມ້ປຸງແຕ່ງກິ່ນສຳລັບສວນ, 60 kg", "LA", 60, None, 300, "USD",
         "scented garden mulch is chipped pine or cedar, light and cheap; these 60 kg are dense, dark, resin-streaked "
         "chips that sink in water and give a heavy, sweet smoke when lit, worth hundreds of euros a kilogram: "
         "agarwood (Aquilaria crassna, CITES App. II) without CITES documents, flown from Vientiane to Frankfurt "
         "for an incense trader; Lao wording (agarwood repeats in many sets, kept as a repeat of the good; a "
         "garden-mulch label from Laos is the new part as far as a search found)", firm("Central Räucherwerk GmbH", "DE")),
        ("WLF-07", "import", "CZPOST01", "post", "VN", [], "CZ", "060390",
         "Hoa lan giả, cành, 10 cành", "VN", 1.2, 10, 20, "USD",
         "artificial orchid stems are plastic and silk; these ten are live, bare-root slipper orchids with mottled "
         "leaves wrapped in damp moss: wild-collected Paphiopedilum (CITES App. I) without CITES documents, "
         "posted from Hanoi to a private grower in Olomouc; Vietnamese wording (Paphiopedilum repeats in many "
         "sets, kept as a repeat; by post to Czechia is the new part as far as a search found)",
         person("Petra Svobodová", "CZ")),
        ("WLF-08", "transit", "BESEA01", "sea", "CD", ["BE"], "CN", "440399",
         "Grumes de bois divers, qualité industrielle, 1 conteneur", "CD", 26000, None, 7800, "USD",
         "mixed industrial logs are pale, light, common species; this container holds dense, blood-red logs with "
         "a red sap that stains the hands: mukula (Pterocarpus tinctorius, CITES App. II) without the Congolese "
         "export permit, landed at Antwerp in transit from Matadi to Zhangjiagang; Congolese French wording (mukula "
         "repeats in several sets, kept as a repeat; a transit through Antwerp is the new part as far as a search "
         "found)", {"importer_country": "CN"}),
        ("WLF-09", "import", "NLAIR01", "air", "MY", [], "NL", "392620",
         "Safety vests, high-visibility, for hire depots, 2,000 pcs", "MY", 400, 2000, 3000, "USD",
         "a Penang workwear supplier's air shipment for a Utrecht tool-hire chain: hi-vis vests and safety helmets "
         "are what it sends, but the third item's 'leather tool belts, embossed' are 300 belts of real reticulated "
         "python skin with the belly scales in rows: Malayopython reticulatus (CITES App. II) skin products without "
         "CITES documents, hidden as the last item of a three-item declaration, flown from Penang to Amsterdam; "
         "Malaysian English wording (python skins repeat in many sets and tool belts once, blind286, kept as a "
         "repeat; behind hi-vis vests for a hire chain is the new part as far as a search found)",
         dict(firm("Horizon Gereedschapsverhuur BV", "NL"),
              _more_items=[item("650610", "Safety helmets, 1,000 pcs", "MY", 450, 4000, "USD", qty=1000),
                           item("420500", "Leather tool belts, embossed, 300 pcs", "MY", 240, 900, "USD", qty=300)])),
        ("WLF-10", "import", "DEAIR01", "air", "AZ", [], "DE", "160432",
         "Qızılbalıq kürüsü, 50 q bankalar, 200 ədəd", "AZ", 10, 200, 400, "USD",
         "salmon roe is large, orange and clear; these 200 tins hold small, grey-black, glossy eggs with a nutty "
         "taste: wild Caspian sturgeon caviar (Acipenseridae, CITES App. II) without CITES documents or CITES "
         "labels, flown from Baku to Frankfurt for a delicatessen; Azerbaijani wording (caviar under roe labels "
         "repeats in many sets, kept as a repeat; from Azerbaijan by air is the new part as far as a search found)",
         firm("Alpina Feinkost GmbH", "DE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "LVAIR01", "air", "CN", "LV", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (patio and stone cleaning)", "CN", 2.3, 2,
     30, "EUR", [("PRECURSOR_LICENCE", "LV-VVD-76-0033")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BEAIR01", "air", "IN", "BE", "280800",
     "Nitric acid 65 %, 1 l, for a licensed private user (amateur metal refining)", "IN", 1.4, 1, 25, "USD",
     [("PRECURSOR_LICENCE", "BE-FOD-76-0152")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "854911",
     "Waste lead-acid traction batteries from access-platform hire fleets, for recycling at a licensed smelter, 18 t",
     "NO", 18000, None, 0, "EUR", [("BASEL_CONSENT", "DE-NI-76-0219")], "notified waste traction batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "ATROAD01", "road", "CH", "AT", "262190",
     "Spent blasting abrasive with lead paint (12 01 16*), for treatment at a licensed plant, 22 t", "CH", 22000, None,
     0, "EUR", [("BASEL_CONSENT", "AT-BMK-76-0087")], "notified spent blasting grit to a licensed treatment plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290314",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     650, "USD", [("ODS_LICENCE", "NL-ILT-ODS-76-008")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211, recovered and reclaimed, 60 cylinders, for critical use in aircraft cabin hand extinguishers", "US",
     540, 60, 21000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-76-012")], "halon 1211 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "IEAIR01", "air", "IE", "US", "481490",
     "Hand-painted Chinese export wallpaper panels, c. 1770, from an Irish country house, loan to a US museum", "IE",
     40, 9, 160000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IE-DHLGH-EXP-76-0014")],
     "wallpaper panels exported with the EU export licence and the Irish licence"),
    ("PRM-08", "cultural", "export", "CZROAD01", "road", "CZ", "GB", "970310",
     "Polychrome limewood statue of St John of Nepomuk, Bohemia, c. 1740, private collection, sold at auction", "CZ",
     90, 1, 45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-76-0311")],
     "baroque statue exported with the EU export licence and the Czech permit"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "TR", "841410",
     "Turbomolecular pumps 2,000 l/s with drives, 2 units, for a Turkish university's surface-science laboratory",
     "IT", 60, 2, 50000, "EUR", [("EXPORT_LICENCE", "IT-MAECI-76-0044"), ("END_USER_CERTIFICATE", "TR-ODTU-EUC-76-0017")],
     "dual-use turbomolecular pumps under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "AE", "852589",
     "Radiation-hardened inspection cameras, 2 units, for a UAE nuclear power plant's maintenance", "DE", 30, 2,
     80000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-76-0391"), ("END_USER_CERTIFICATE", "AE-FANR-EUC-76-0026")],
     "dual-use radiation-hardened cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "PTSEA01", "sea", "BR", "PT", "440799",
     "Ipê (Handroanthus spp.) ground-protection mats, plantation-managed, 1 container", "BR", 22000, None, 18000,
     "USD", [("CITES_PERMIT", "BR-IBAMA-76-0522")], "App. II ipê timber with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "MY", "NL", "420500",
     "Reticulated python leather tool belts (Malayopython reticulatus), 200 units", "MY", 160, 200, 6000, "USD",
     [("CITES_PERMIT", "MY-PERHILITAN-76-0149")], "App. II python leather products with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privātpersona", "PRM-02": "Particulier", "PRM-05": "Central Laboratorium BV",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Meridian Aluguer de Equipamentos Lda",
    "PRM-12": "Horizon Gereedschapsverhuur BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # tool-hire shops, plant-hire depots and equipment-rental firms and their suppliers
    ("340290", "Oxygen patio brightener for pressure washers, percarbonate, 1 kg", "import", ["post"], ["CN", "GB"], (8, 16), (1, 3), ["USD", "GBP"], 1, S),
    ("381190", "Two-stroke fuel stabiliser for disc cutters, 100 ml", "import", ["express"], ["TH", "US"], (30, 60), (1, 3), ["USD"], 10, S),
    ("382499", "Concrete-mixer drum descaler, sulphamic, 5 l cans", "import", ["sea"], ["EG", "TR"], (1, 2), (3000, 9000), ["USD", "EUR"], 0.2, S),
    ("382499", "Silicon-carbide dressing blocks for diamond core bits", "import", ["air"], ["KR", "CN"], (10, 20), (100, 300), ["USD"], 2, S),
    ("282720", "Calcium chloride flakes, snow-melt, 25 kg sacks", "import", ["rail"], ["UZ", "KZ"], (0.2, 0.4), (15000, 22000), ["USD"], 0.04, S),
    ("382499", "Citric descaling tablets for wallpaper steamers", "import", ["post"], ["VN", "CN"], (10, 20), (1, 3), ["USD"], 20, S),
    ("381090", "Brazing flux remover, water-based, 1 l", "import", ["air"], ["IN", "CN"], (3, 6), (100, 300), ["USD"], 1, S),
    ("382499", "Line-marking powder, whiting, 25 kg bags", "import", ["sea"], ["PK", "TR"], (0.2, 0.5), (10000, 20000), ["USD"], 0.04, S),
    ("340290", "Carpet-cleaner pre-spray, alkaline, 5 l", "import", ["road"], ["RS", "TR"], (2, 4), (1000, 3000), ["EUR"], 0.2, S),
    ("843139", "Scissor-lift hydraulic cylinders and control boxes, new", "import", ["sea"], ["CN", "US"], (6, 12), (2000, 8000), ["USD"], 0.05, S),
    ("842720", "Telehandlers, new, 3.5 t, 13 m", "import", ["sea"], ["GB", "US"], (12, 18), (7000, 21000), ["GBP", "USD"], None, S),
    ("850239", "Trailer-mounted LED lighting towers, new", "import", ["sea"], ["CN", "TR"], (8, 14), (4000, 9000), ["USD"], 0.001, S),
    ("381400", "Parts-washer fluid, dearomatised hydrocarbon, IBCs", "export", ["road"], ["BA", "RS"], (1.2, 2), (8000, 16000), ["EUR"], None, S),
    ("850760", "Replacement 18 V power-tool battery packs, new", "import", ["air"], ["CN", "VN"], (30, 50), (100, 500), ["USD"], 1.5, S),
    ("251320", "Garnet blasting abrasive, 80 mesh, 25 kg bags", "import", ["sea"], ["IN", "AU"], (0.3, 0.6), (15000, 22000), ["USD"], 0.04, S),
    ("846729", "Floor grinders with dust extraction, new", "import", ["sea"], ["CN", "US"], (15, 25), (1000, 4000), ["USD"], 0.01, S),
    ("842430", "Pressure washers, cold water, 200 bar, new", "import", ["sea"], ["CN", "IT"], (6, 10), (3000, 8000), ["USD", "EUR"], 0.05, S),
    ("847989", "Battery floor scrubbers, walk-behind, new", "import", ["sea"], ["CN", "US"], (10, 16), (2000, 6000), ["USD"], 0.01, S),
    ("842410", "ABC powder cab extinguishers, 2 kg", "import", ["road"], ["TR"], (4, 8), (500, 2000), ["EUR"], 0.3, S),
    ("381400", "Quick-coupler cleaner, isopropanol-based, 1 l", "import", ["sea"], ["KR", "CN"], (2, 4), (1000, 3000), ["USD"], 1, S),
    ("271112", "Propane cylinders for weed burners, 5 kg", "import", ["sea"], ["MA", "TR"], (1, 2), (2000, 6000), ["EUR"], 0.1, S),
    ("841582", "Portable air conditioners, R-290, for site cabins", "import", ["sea"], ["CN", "TR"], (8, 14), (2000, 6000), ["USD"], 0.03, S),
    ("381400", "Citrus tar and bitumen remover, 1 l", "import", ["air"], ["IN", "US"], (4, 8), (100, 400), ["USD"], 1, S),
    ("382499", "Latex tyre sealant for mini dumpers, 1 l", "import", ["sea"], ["CN", "IT"], (3, 6), (1000, 3000), ["USD", "EUR"], 1, S),
    ("940690", "Steel-free welfare cabins, GRP, new", "export", ["road"], ["UA", "MD"], (4, 8), (6000, 18000), ["EUR"], None, S),
    ("846721", "Cordless drills, 18 V, new, in cases", "import", ["air"], ["TW", "CN"], (30, 60), (200, 800), ["USD"], 0.5, S),
    ("842952", "Mini excavators, 1.7 t, new", "import", ["sea"], ["JP", "KR"], (10, 16), (6000, 18000), ["USD"], None, S),
    ("901580", "Metal detectors for hobby use, new", "import", ["post", "express"], ["US", "RS"], (60, 120), (1, 3), ["USD", "EUR"], 0.5, S),
    ("680293", "Sawn basalt paving slabs", "import", ["sea"], ["TR", "VN"], (0.2, 0.5), (15000, 24000), ["USD"], 0.05, S),
    ("690722", "Reproduction azulejo tiles, hand-painted, new", "export", ["sea"], ["BR", "US"], (6, 12), (1000, 4000), ["EUR"], 4, S),
    ("850213", "Diesel generating sets 250 kVA, new, for rental fleets", "import", ["sea"], ["GB", "TR"], (10, 16), (3000, 12000), ["GBP", "EUR"], None, S),
    ("441899", "Timber scaffold boards and props, new", "import", ["road"], ["UA", "BA"], (0.5, 1), (10000, 20000), ["EUR"], None, S),
    ("852589", "Push-rod drain inspection cameras, colour, new", "import", ["air"], ["CN", "US"], (40, 80), (50, 200), ["USD"], 0.1, S),
    ("841410", "Rotary-vane vacuum pumps for building drying, new", "import", ["sea"], ["CN", "DE"], (10, 20), (1000, 3000), ["USD"], 0.03, S),
    ("901580", "Laser distance meters, 50 m, class 2", "import", ["post", "express"], ["CN"], (40, 80), (1, 3), ["USD"], 5, S),
    ("392690", "Glass-fibre water-fed window-cleaning poles, new", "import", ["sea"], ["CN", "TW"], (6, 12), (1000, 3000), ["USD"], 0.3, S),
    ("441233", "Film-faced birch formwork plywood, 18 mm", "import", ["sea"], ["FI", "CN"], (0.8, 1.4), (18000, 24000), ["EUR", "USD"], None, S),
    ("440729", "Azobé crane mats, sawn, FSC", "import", ["sea"], ["CM", "GA"], (0.8, 1.4), (18000, 24000), ["EUR"], None, S),
    ("441700", "Hickory hammer and axe handles", "import", ["air"], ["US"], (3, 6), (300, 1000), ["USD"], 2, S),
    ("420310", "Embossed cowhide tool belts, new", "import", ["express"], ["IN", "PK"], (30, 60), (1, 3), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Stoneware mortar and pestle sets", "import", ["sea"], ["CN", "TH"], (1.5, 3), (3000, 8000), ["USD"], 1, N),
        ("441990", "Wooden spice racks, wall-mounted", "import", ["sea"], ["VN", "CN"], (2, 4), (2000, 6000), ["USD"], 1, N),
        ("691490", "Terracotta plant-pot saucers", "import", ["sea"], ["IT", "VN"], (0.5, 1), (8000, 16000), ["EUR", "USD"], 2, N),
        ("630790", "Cotton bunting, printed, 10 m", "import", ["post", "express"], ["GB", "IN"], (20, 40), (1, 3), ["GBP", "USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind302", 20760701, HERE)


if __name__ == "__main__":
    main()
