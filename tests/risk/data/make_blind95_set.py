#!/usr/bin/env python3
"""Writes the ninety-fifth blind set (tests/risk/data/blind95-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2042, with goods, routes,
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
need a permit, licence or certificate by law (live animals and plants, fish, hatching
eggs included) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, firearms parts) are
left out of the ordinary table. Disguised rows carry a consignee name only where a real
declaration would. Ids are BL95-*:

    python3 tests/risk/data/make_blind95_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2042, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2042
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "CH", [], "DE", "310590",
         "Keimlösig für Microgreens und Sprosse, 6 x 1 l", "CH", 7.0, 6, 120, "CHF",
         "seed-soaking solutions for microgreens are 3 % hydrogen peroxide or a weak hypochlorite that weigh 1.0 kg/l; "
         "these six litres weigh 1.15 kg/l, vent through pierced caps and whiten the skin at a drop: about 40 % hydrogen "
         "peroxide (Annex I above 12 %), declared as a fertiliser and posted from Basel to a private person in Freiburg "
         "who grows nothing commercially; Swiss German wording (hydrogen peroxide repeats in many sets; a microgreen "
         "seed-soak cover was found in no earlier row by a keyword search)", person("Privatperson", "DE")),
        ("PRE-02", "import", "FRAIR01", "express", "KR", [], "FR", "340399",
         "RC 타이어 연화제 (트랙션 컴파운드), 4 x 1 L", "KR", 4.6, 4, 96000, "KRW",
         "RC-car tyre softeners are citrus or mineral-oil based and smell of oranges; these four litres smell faintly "
         "fruity-chemical, do not soften rubber and the inner caps read 'CH3NO2 98 %': nitromethane (Annex I above 16 %), "
         "declared as a lubricant preparation and sent by express from Seoul to a private person in Lyon, although "
         "flammable liquids travel by express only as declared dangerous goods; Korean wording (nitromethane repeats in "
         "many sets and RC traction covers in some; a Korean tyre-softener label by express is new as far as a search found)",
         person("M. T. Dubois", "FR")),
        ("PRE-03", "import", "HUROAD01", "road", "RS", [], "HU", "261510",
         "Opacifikator za glazure, cirkonijum silikat, mikronizovan, 8 x 2 kg", "RS", 16, 8, 240, "EUR",
         "zircon glaze opacifier is a dense, chalky, off-white flour of 4.6 kg/l that feels like talc; these bags hold "
         "glossy, free-flowing white crystals of half that density that flare violet on a hot kiln shelf, with 'KClO4' "
         "pencilled on the inner liners: potassium perchlorate (Annex I above 40 %), declared under the zirconium-ore "
         "heading, in a private car at Röszke for a private person in Szeged who has no kiln; Serbian wording "
         "(potassium perchlorate repeats in many sets; a glaze-opacifier cover was found in no earlier row)",
         person("Magánszemély", "HU")),
        ("PRE-04", "import", "GRSEA01", "sea", "EG", [], "GR", "310240",
         "نترات الكالسيوم والأمونيوم 27 % نيتروجين، أكياس 5 كجم للبيع بالتجزئة، 22 طن", "EG", 22000, 4400, 6600, "USD",
         "calcium ammonium nitrate 27 % is a grey-brown or tinted granule with ground limestone that fizzes in acid; these "
         "5 kg retail bags hold white prills that do not fizz, turn ice-cold in water and the mill certificate reads "
         "'34.4 % N', for a Thessaloniki garden-centre chain that sells them over the counter: ammonium nitrate (Annex I "
         "at 16 % N or more) made available to the public under a CAN label; Egyptian Arabic wording (ammonium nitrate "
         "repeats in many sets and CAN labels in a few; retail bags from Alexandria to Thessaloniki is the new part)",
         firm("Kipos Vorras AE", "GR")),
        ("PRE-05", "import", "IEPOST01", "post", "GB", [], "IE", "283319",
         "Jeweller's safety pickle, sodium bisulphate granules, 5 x 1 kg", "GB", 9.2, 5, 45, "GBP",
         "safety pickle for silversmiths is a dry granular sodium bisulphate sold in 1 kg tubs; these five 'kilos' are "
         "bottles of an oily, water-clear liquid at 1.84 kg/l that chars the cardboard where it weeps: about 96 % "
         "sulphuric acid (Annex I above 15 %), posted from Birmingham to a private person in Galway although corrosive "
         "liquids may not go by post; British English wording (sulphuric acid repeats in many sets and a ready-mixed Sparex-type "
         "pickle covered it in blind81; kept as a repeat of that cover, by post from Britain to Ireland is the new part)",
         {"consignee_name": "Private individual", "importer_country": "IE"}),
        ("PRE-06", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "340290",
         "水泥残留清洗剂, 瓷砖用, 1 升瓶装, 12 000 瓶", "CN", 16800, 12000, 9600, "USD",
         "cement-haze removers for tiles are sulphamic or weak hydrochloric acid sold at 1.05-1.1 kg/l; these 12,000 "
         "retail bottles weigh 1.40 kg/l, give off brown fumes when opened and the dangerous-goods papers read 'UN2031 "
         "nitric acid 55 %', for a Budapest DIY chain that sells them to the public: nitric acid (Annex I above 3 %) "
         "retail-packed for members of the public, by rail container from Xi'an; Chinese wording (nitric acid repeats "
         "in many sets; a tile cement-haze remover cover was found in no earlier row)",
         firm("Barkács Centrum Kft.", "HU")),
        ("PRE-07", "import", "DKAIR01", "express", "TH", [], "DK", "310520",
         "ปุ๋ยเร่งดอกกล้วยไม้ สูตรเข้มข้น 5 x 1 กก.", "TH", 5, 5, 900, "THB",
         "orchid bloom boosters are water-soluble NPK powders, blue or pink with a dye; these five bags hold glossy "
         "colourless crystals that spit sparks on a hot plate and the Thai label on the inner bag reads "
         "'โพแทสเซียมคลอเรต 99 %': potassium chlorate (Annex I above 40 %), which Thai growers use to force longan "
         "trees, sent by express from Chiang Mai to a private person in Aarhus; Thai wording (potassium chlorate repeats "
         "in many sets, a Vietnamese longan-forcing label in blind20 and an orchid feed covered ammonium nitrate in blind26; "
         "potassium chlorate as an orchid booster from Thailand to Denmark is the new part)",
         person("Privatperson", "DK")),
        ("PRE-08", "import", "ROROAD01", "road", "UA", [], "RO", "281511",
         "Каустична сода в гранулах для миловаріння, 10 x 1 кг", "UA", 10, 10, 1500, "UAH",
         "caustic soda for soap-making is white, opaque pearls that grow damp and warm in water; these ten bags hold "
         "clear, flat crystals that stay dry, do not warm in water and flare yellow on a hot stove, with 'NaClO3' on "
         "the inner bags: sodium chlorate (Annex I above 40 %), in a private car at Siret for a private person in "
         "Suceava who makes no soap; Ukrainian wording (sodium chlorate repeats in many sets and soap-making covers in a "
         "few; caustic-soda pearls by car from Ukraine to Romania is the new part)", person("Persoană fizică", "RO")),
        ("PRE-09", "import", "IEROAD01", "road", "GB", [], "IE", "190190",
         "Home-brew order: liquid malt extract, 12 x 1.5 kg", "GB", 18, 12, 140, "GBP",
         "a home-brewer's order by van on the ferry: malt extract and crown caps are what brewers buy, but the third "
         "item's 'no-rinse sanitiser' is not the usual phosphoric-acid concentrate in 500 ml: two vented 10-litre cans "
         "of water-thin liquid at 1.20 kg/l labelled inside 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %), hidden "
         "as the last item of a three-item declaration for a private person in Wexford; English wording (hydrogen "
         "peroxide repeats in many sets and home-brew sanitiser covers in blind49, blind77 and blind86; kept as a repeat of "
         "that cover, a van order from Britain to Ireland is the new part)",
         dict({"consignee_name": "Private individual", "importer_country": "IE"},
              _more_items=[item("830990", "Crown caps, 26 mm, 1,000 pcs", "GB", 2.5, 12, "GBP", qty=1000),
                           item("380894", "No-rinse brewing sanitiser, 2 x 10 l", "GB", 24, 40, "GBP", qty=2)])),
        ("PRE-10", "import", "ITAIR01", "air", "IN", [], "IT", "170199",
         "मिश्री (खड़ी शक्कर), 500 ग्राम पैकेट, 2 000 पैकेट", "IN", 1000, 2000, 1600, "USD",
         "mishri is large, clear, faintly yellow sugar crystals that taste sweet; these packets hold smaller, glassy "
         "crystals that give no sugar test, do not caramelise but burn violet on a hot pan, and the air waybill's "
         "dangerous-goods line reads 'UN1485 potassium chlorate': potassium chlorate (Annex I above 40 %) in retail "
         "packets for a Milan Indian grocery selling to the public; Hindi wording (potassium chlorate repeats in many "
         "sets; a rock-sugar cover flown to an Italian grocery was found in no earlier row)",
         firm("Bharat Bazar Srl", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "SR", "271500",
         "Gerecycled asfaltgranulaat, schoon, voor wegverharding, 30 containers", "NL", 780000, 30, 7800, "EUR",
         "clean reclaimed asphalt granulate is grey-black, smells of bitumen and carries a tar-free test; these "
         "containers hold granulate that smells of mothballs, turns a paint-spray test yellow and assays 2,400 mg/kg "
         "PAH, from a 1960s Zeeland road: tar-containing asphalt (17 03 01*), hazardous waste whose export to a non-OECD "
         "country is banned and which the Netherlands must treat thermally, shipped from Rotterdam for a Paramaribo "
         "'road builder'; Dutch wording (tar asphalt repeats in a few sets; by sea from Rotterdam to Suriname is the "
         "new part)", {"importer_country": "SR"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "690220",
         "Használt tűzálló tégla, újrafelhasználásra, 22 t", "HU", 22000, None, 660, "EUR",
         "reusable refractory bricks are clean, whole and sorted by grade; these are broken, glazed-over "
         "chrome-magnesite bricks from the rebuild of a glass furnace at Orosháza, green-yellow on the hot face, whose "
         "leach test reads hexavalent chromium: spent refractories with dangerous substances (16 11 03*), hazardous "
         "waste whose export to a non-OECD country is banned, by lorry through Röszke for a Subotica 'kiln builder'; "
         "Hungarian wording (reclaimed refractory bricks covered spent refractories once, in blind71 by rail from "
         "Poland; chrome bricks from a glass furnace by road to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "GQ", "300490",
         "Donación humanitaria: medicamentos surtidos, 640 cajas", "ES", 9600, 640, 0, "EUR",
         "humanitarian medicine donations carry at least a year of shelf life and a list per batch; these cartons hold "
         "pharmacy returns that expired one to three years ago, opened blister packs, cytostatics and insulin that was "
         "kept warm, gathered by a Valencia collector paid for disposal: waste medicines, some cytotoxic (18 01 08*, "
         "20 01 31*), whose export to a non-OECD country is banned, from Valencia for a Malabo 'charity'; Spanish wording "
         "(expired medicines as donations repeat in several sets; to Equatorial Guinea is the new part)",
         {"importer_country": "GQ"}),
        ("WST-04", "export", "CZRAIL01", "rail", "CZ", ["SK"], "UA", "391590",
         "Plastová směs pro recyklaci, drcená, 3 vagony", "CZ", 150000, 3, 7500, "EUR",
         "plastic mixes for recycling are one polymer or clean sorted bales; these wagons hold a dark, dusty fluff of "
         "foam, textile, wire and glass with an oil smell, from a car shredder near Ostrava, that analyses at "
         "1,800 mg/kg mineral oil and lead: shredder light fraction with dangerous substances (19 10 03*), hazardous "
         "waste whose export to a non-OECD country is banned, by rail through Slovakia for a Lviv 'recycler'; Czech "
         "wording (shredder fluff repeats in several sets; as a plastic mix by rail from Czechia to Ukraine is the new "
         "part)", {"importer_country": "UA"}),
        ("WST-05", "export", "DEPOST01", "post", "DE", [], "IN", "850640",
         "Silberoxid-Knopfzellen, gebraucht, zur Silberrückgewinnung, 12 kg", "DE", 12, 4000, 60, "EUR",
         "spent silver-oxide button cells are sorted by type and sent with a battery declaration to a licensed "
         "recycler; this parcel of 4,000 cells from watch-repair shops mixes in old mercury-oxide and zinc-air cells and "
         "leaks grey beads: waste batteries containing mercury (16 06 03*), hazardous waste whose export to a non-OECD "
         "country is banned (and waste mercury under Regulation 2017/852), posted from Pforzheim to a Mumbai 'silver "
         "refiner'; German wording (used silver-oxide button cells repeat, in drums, in blind61; a watch-shop "
         "parcel posted to India is the new part)", {"importer_country": "IN"}),
        ("WST-06", "export", "DKSEA01", "sea", "DK", [], "NG", "271500",
         "Bitumenemulsion til vejbelægning, 80 tromler", "DK", 16000, 80, 1600, "EUR",
         "bitumen road emulsion is a brown, water-thin liquid that breaks black on stone, shipped with a data sheet; "
         "these drums hold a black, tarry sludge that smells of solvent and paint, the bottoms of a Danish solvent-"
         "recycling still, at 0.10 EUR/kg: still bottoms and reaction residues (07 01 08*), hazardous waste whose export "
         "to a non-OECD country is banned, from Aarhus for a Lagos 'road contractor'; Danish wording (still bottoms "
         "repeat in a few sets and bitumen-emulsion covers in two, blind29 and blind60; from Denmark to Nigeria is the "
         "new part)",
         {"importer_country": "NG"}),
        ("WST-07", "export", "ESROAD01", "road", "ES", [], "MA", "701190",
         "Tubos de vidrio para rótulos de neón, artesanía, 6 palés", "ES", 3600, 6, 720, "EUR",
         "glass tubing for neon signs is new, clear or coloured, straight and packed in cardboard sleeves; these "
         "pallets hold used 120 cm fluorescent tubes from a Seville office clearance, white-coated inside, many broken, "
         "with a mercury reading over the crates: waste fluorescent tubes containing mercury (20 01 21*), hazardous "
         "waste whose export to a non-OECD country is banned, by trailer through Algeciras for a Tétouan 'sign maker'; "
         "Spanish wording (fluorescent tubes repeat in many sets and a glass-tubing cover, on used neon "
         "tubes, in blind61; fluorescent tubes as neon-sign glass by road to Morocco is the new part)", {"importer_country": "MA"}),
        ("WST-08", "transit", "NLSEA01", "sea", "GB", ["NL"], "NG", "271019",
         "Fuel oil blend stock, 1 tank container", "GB", 24000, 1, 2400, "GBP",
         "blend stock for marine fuel is a clear-specified oil with a certificate of quality; this tank holds a "
         "water-laden, sandy black sludge from cleaning the cargo tanks of a coastal tanker, with 18 % water and "
         "benzene in the analysis: oily sludge from tank cleaning (16 07 08*), hazardous waste whose export from Britain "
         "to a non-OECD country is banned and whose transit through the Union had no notification, landed at Rotterdam "
         "in transit for a Lagos 'fuel blender'; English wording (tank sludge repeats in several sets and a blendstock cover in "
         "blind55; in transit through Rotterdam from Britain to Nigeria is the new part)", {"importer_country": "NG"}),
        ("WST-09", "export", "FRAIR01", "express", "FR", [], "HK", "853400",
         "Cartes électroniques, échantillons de production, 30 kg", "FR", 30, 600, 300, "EUR",
         "production samples of boards are new, bare or populated, in antistatic bags with a part number; these 600 "
         "boards are stripped from old servers and telecom racks, dusty, with lithium coin cells and electrolytic "
         "capacitors still soldered on, at 0.50 EUR a board: waste electronic assemblies with batteries and "
         "capacitors (16 02 15*, Basel A1180), hazardous waste whose export to a non-OECD territory is banned, sent by "
         "express from Paris to a Hong Kong 'component broker'; French wording (circuit boards repeat in many sets; as "
         "production samples by express is new as far as a search found)", {"importer_country": "HK"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "TG", "871200",
         "Gebruikte fietsen, rijklaar, 220 st.", "BE", 3300, 220, 4400, "EUR",
         "a container of second-hand goods: used bicycles and sewing machines sell in Lomé, but the third item's "
         "'no-break units for repair' are 90 dead UPS units from a Ghent data centre, their sealed lead-acid batteries "
         "swollen and leaking: waste lead-acid batteries in discarded equipment (16 06 01*, 16 02 13*), hazardous waste "
         "whose export to a non-OECD country is banned, hidden as the last item of a three-item declaration, from "
         "Antwerp; Flemish wording (used goods to West Africa and dead UPS units repeat in many sets; hidden behind "
         "bicycles and sewing machines is the new part)",
         dict({"importer_country": "TG"},
              _more_items=[item("845210", "Gebruikte naaimachines, 60 st.", "BE", 600, 1200, "EUR", qty=60),
                           item("850440", "No-breaks (UPS) voor herstelling, 90 st.", "BE", 2700, 900, "EUR", qty=90)])),
    ],
    "ozone": [
        ("ODS-01", "import", "BGROAD01", "road", "TR", [], "BG", "271112",
         "Хладилен агент R-290 (пропан), бутилки 12 кг, 60 бр.", "TR", 720, 60, 3600, "EUR",
         "R-290 is propane, sold in red flammable-gas cylinders with a left-hand valve at about 8 bar; these 60 "
         "cylinders have right-hand refrigerant valves, no flammable diamond, read 6.5 bar and a gas test gives HCFC-22, "
         "HCFC-124 and HCFC-142b: R-409A, a blend of ozone-depleting substances whose import is banned (Regulation "
         "2024/590), in a van at Kapitan Andreevo for a Haskovo refrigeration workshop; Bulgarian wording (HCFC blends "
         "repeat in many sets and R-409A itself in blind3 and blind32; under a propane label is the new part)",
         firm("Hladilna Tehnika Haskovo EOOD", "BG")),
        ("ODS-02", "import", "CYSEA01", "sea", "US", [], "CY", "841850",
         "Restored 1950s soda-fountain coolers, converted to R-600a, 6 units", "US", 900, 6, 27000, "USD",
         "restored soda-fountain coolers sold in the Union get a new hermetic unit on R-600a or R-290 and say so on a new "
         "plate; these six keep their original open-drive compressors, the service valves read 'Freon-12' and a "
         "leak-detector test gives CFC-12 in 1.8 kg per unit: products containing CFC-12, whose import is banned "
         "(Regulation 2024/590), by sea from Savannah to Limassol for a retro café chain; US English wording (restored "
         "vintage coolers with R-12 repeat in two sets, blind20 and blind66; soda-fountain coolers to Cyprus under a "
         "conversion claim are the new part)", firm("Retro Diner Cafés Ltd", "CY")),
        ("ODS-03", "import", "DEAIR01", "air", "JP", [], "DE", "382499",
         "クリオスタット用凍結スプレー, 組織標本用, 400 ml, 240 本", "JP", 120, 240, 2400, "USD",
         "freezing sprays for cryostat sectioning are HFC-134a or HFO-1234ze cans that reach about -50 °C with an "
         "F-gas or flammability label; these 240 cans carry neither, the can codes read 'R-12' and the gas boils at "
         "-30 °C: CFC-12 in a product whose import is banned (Regulation 2024/590), flown from Osaka to Frankfurt for a "
         "histology-laboratory supplier in Heidelberg; Japanese wording (CFC-12 repeats in many sets and freeze sprays in "
         "several; a cryostat freezing spray was found in no earlier row by a keyword search)",
         firm("Histo-Labbedarf Neckar GmbH", "DE")),
        ("ODS-04", "import", "NLPOST01", "post", "GB", [], "NL", "842410",
         "Classic car fire extinguisher, 1 kg, chrome, 3 pcs", "GB", 4.5, 3, 180, "GBP",
         "chrome extinguishers for classic cars sold today hold ABC powder or foam; these three are polished 1970s "
         "bottles refilled with a gas that reads 'BCF' on the old stamps and boils at -4 °C: halon 1211, an "
         "ozone-depleting substance whose import is banned outside listed critical uses (Regulation 2024/590), posted "
         "from Coventry to a private collector in Utrecht; British English wording (halon 1211 repeats in many sets and "
         "classic-car extinguishers in several; by post from Britain to the Netherlands is the only new part)",
         person("M. Bakker", "NL")),
        ("ODS-05", "import", "ITSEA01", "sea", "IN", [], "IT", "290369",
         "Dibromomethane, pharmaceutical intermediate, 80 drums", "IN", 20000, 80, 60000, "USD",
         "dibromomethane weighs 2.48 kg/l and boils at 97 °C; these drums hold a liquid of 1.99 kg/l that boils at "
         "68 °C: bromochloromethane (halon 1011), an ozone-depleting substance whose import is banned outside licensed "
         "feedstock use (Regulation 2024/590), by sea from Mundra to Genoa for a Milan pharmaceutical trader with no "
         "licence; Indian English wording (bromochloromethane repeats in several sets and a dibromomethane label in a "
         "few; kept as a possible repeat, the density and boiling-point give-away is named here)",
         firm("Farmachimica Lombarda Srl", "IT")),
        ("ODS-06", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "382499",
         "轮胎快速补胎充气剂, 450 ml, 4 800 罐", "CN", 2700, 4800, 7200, "USD",
         "tyre sealant-inflator cans in the Union use propane-butane or HFO-1234ze and carry a flammable warning; these "
         "4,800 cans carry none, the can bottoms are stamped 'F-12' and the propellant boils at -30 °C: CFC-12 in a "
         "product whose import is banned (Regulation 2024/590), by rail from Yiwu to a Brno car-accessories wholesaler; "
         "Chinese wording (CFC-12 repeats in many sets and puncture-sealant cans in two; by rail to Czechia is the new part)",
         firm("Autodoplňky Morava s.r.o.", "CZ")),
        ("ODS-07", "import", "SEAIR01", "express", "US", [], "SE", "271114",
         "MAP-Pro brazing gas, 14 oz cylinders, 12 pcs", "US", 4.8, 12, 180, "USD",
         "MAP-Pro cylinders are yellow, hold propylene and burn hot; these twelve are yellow with a hand-written label, "
         "hold a liquid that does not burn, smell faintly of chloroform and read 'CH3Br' on the crimp: methyl bromide, "
         "an ozone-depleting substance whose import is banned outside narrow exemptions (Regulation 2024/590), sent by "
         "express from Florida to a private gardener in Malmö for soil fumigation, although gases travel by express only "
         "as declared dangerous goods; US English wording (methyl bromide repeats in many sets; a brazing-gas cover was "
         "found in no earlier row by a keyword search)", person("Mr L. Nilsson", "SE")),
        ("ODS-08", "import", "GRSEA01", "sea", "CN", [], "GR", "845121",
         "Στεγνωτήρια ρούχων αντλίας θερμότητας, R-134a, επαγγελματικά, 60 τεμ.", "CN", 6000, 60, 42000, "USD",
         "heat-pump laundry dryers sold in the Union run on R-290 or R-134a with an F-gas label; these 60 professional "
         "dryers carry stickers reading R-134a, but the nameplates beneath and a gas test read 'R22 1.4 kg': equipment "
         "containing HCFC-22, whose import is banned (Regulation 2024/590), by sea from Ningbo to Piraeus for a hotel "
         "laundry supplier in Heraklion; Greek wording (R-22 equipment repeats in many sets and dryers in several; "
         "professional dryers for Crete is the new part)", firm("Kriti Plyntiria AE", "GR")),
        ("ODS-09", "import", "DKROAD01", "road", "NO", [], "DK", "841869",
         "Flakisbrygger for fiskebåt, R-290, 2 stk.", "NO", 640, 2, 9000, "EUR",
         "a fishing-boat refit order by lorry: a flake-ice machine and insulation panels are what a refit needs, but "
         "the third item's 'R-422D drop-in refrigerant' is eight returnable cylinders whose gas test reads HCFC-22 and "
         "whose valve collars are stamped 'R22': an ozone-depleting substance whose import is banned (Regulation "
         "2024/590), hidden as the last item of a three-item declaration for a Hirtshals boatyard; Norwegian wording "
         "(HCFC-22 repeats in many sets, R-422D labels in a few and flake-ice machines in "
         "blind61 and blind62; a boat refit order from Norway is the new part)",
         dict(firm("Hirtshals Bådværft ApS", "DK"),
              _more_items=[item("392113", "Isolasjonspaneler PUR, 40 m²", "NO", 480, 2400, "EUR", qty=40),
                           item("382769", "Kuldemedium R-422D, 8 flasker à 11 kg", "NO", 88, 1200, "EUR", qty=8)])),
        ("ODS-10", "export", "MTSEA01", "sea", "MT", [], "LY", "382769",
         "Gass refriġeranti R-407C, ċilindri ta' 11.3 kg, 200", "MT", 2260, 200, 9000, "EUR",
         "R-407C is an HFC blend of R-32, R-125 and R-134a; these 200 refillable cylinders were filled from gas "
         "recovered from dismantled Maltese hotel chillers, and a gas test reads HCFC-22: an ozone-depleting substance "
         "whose export is banned (Regulation 2024/590), by sea from Marsaxlokk for a Tripoli 'air-conditioning "
         "installer'; Maltese wording (HCFC-22 under HFC labels repeats in many sets; an export from Malta to Libya in "
         "Maltese is the new part)", {"importer_country": "LY"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ATPOST01", "post", "RS", [], "AT", "960622",
         "Mesingana dugmad, staro gvožđe, 3 kg", "RS", 3, 1, 25, "EUR",
         "a parcel of brass button scrap is bright, stamped and mixed with shank buttons; this one holds 410 small, "
         "green-crusted bronze coins of the fourth century with emperors' heads and mint marks, still in the soil of a "
         "broken pot, found with a detector near Sirmium: a late Roman coin hoard, which Serbia forbids to export "
         "(UNESCO 1970), declared as buttons and posted from Sremska Mitrovica to a private person in Graz; Serbian "
         "wording (Roman coins repeat in many sets and button covers in several, in Serbian in blind72; a hoard posted "
         "as brass button scrap to Austria is the new part)", person("Privatperson", "AT")),
        ("CUL-02", "import", "ESAIR01", "express", "PE", [], "ES", "630499",
         "Camino de mesa bordado, algodón, estilo vintage, 1 pieza", "PE", 0.8, 1, 35, "USD",
         "vintage-style embroidered table runners are machine-woven cotton with bright dyes; this 'runner' is a "
         "hand-woven, fragile, faded panel of cotton and camelid wool with gauze-weave birds and fish, soil in its "
         "folds, cut from a burial wrap of the Chancay culture (1000-1470): a pre-Columbian textile that Peru forbids "
         "to export (UNESCO 1970), sent by express from Lima to a private collector in Barcelona; Peruvian Spanish "
         "wording (Chancay textiles repeat in several sets and table runners in a few; kept as a possible repeat, named "
         "here)", person("Particular", "ES")),
        ("CUL-03", "import", "NLSEA01", "sea", "EG", [], "NL", "631010",
         "خرق كتان مستعملة مفروزة لصناعة الورق اليدوي، 2 طن", "EG", 2000, 40, 600, "USD",
         "sorted linen rags for hand-made paper are cut-up sheets and garments, white or natural and clean; inside "
         "this bale of forty bundles are about sixty brittle, brown-stained fragments of linen with woven purple wool "
         "roundels of dancers, birds and crosses, sand in the weave and museum-style pins in some: Coptic tapestry "
         "fragments of the 4th-7th centuries from Egyptian burial grounds, which Egypt forbids to export (UNESCO 1970), "
         "by sea from Alexandria to Rotterdam for a hand-paper mill in Gelderland; Egyptian Arabic wording (Coptic "
         "textiles repeat in several sets; a paper-making rag cover was found in no earlier row by a keyword search)",
         firm("Papiermolen Veluwe BV", "NL")),
        ("CUL-04", "export", "ITAIR01", "express", "IT", [], "CH", "392640",
         "Riproduzioni in resina di bronzetti nuragici, 3 pezzi", "IT", 1.4, 3, 90, "EUR",
         "resin replicas of Sardinian nuraghic bronzes are light, even-coloured and marked as copies; these three are "
         "heavy solid bronze with warty green corrosion, soil in the hollows and a warrior with a horned helmet and "
         "bow: nuraghic bronze figurines of the Iron Age, archaeological objects whose export out of the Union needs a "
         "licence at any value (Regulation 116/2009) and which Italy treats as state property, sent by express from "
         "Cagliari to a Lugano dealer; Italian wording (nuraghic bronzes were found in no earlier row by a keyword "
         "search; resin-replica covers repeat)", {"importer_country": "CH"}),
        ("CUL-05", "export", "PLAIR01", "air", "PL", [], "US", "711420",
         "Srebrne naczynia stołowe, używane, nadwyżka hotelowa, 14 szt.", "PL", 6.5, 14, 900, "EUR",
         "hotel-surplus silverware is plated, machine-made and stamped with a hotel's name; these fourteen pieces are "
         "hand-raised solid silver with Kraków and Lwów hallmarks of the 1760s-1790s: a Hanukkah lamp, a pair of Torah "
         "finials, a spice tower and a Torah shield from a pre-war synagogue collection, valued above 150,000 EUR by a "
         "New York auction house: antiques over a hundred years old and above the 50,000 EUR threshold, part of "
         "Poland's heritage, whose export out of the Union needs a licence (Regulation 116/2009), flown from Warsaw to "
         "New York; Polish wording (Judaica and a hotel-silver cover were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-06", "import", "FRSEA01", "sea", "LB", [], "FR", "340111",
         "Savon à l'huile d'olive de Tripoli, pains artisanaux, 800 kg", "LB", 800, 3200, 2400, "USD",
         "Tripoli olive-oil soap comes in cut bars that are green inside; twelve of these 'bars' are thicker and far "
         "heavier, and the X-ray shows small standing bronze figures inside: Phoenician votive bronzes of a striding "
         "god and a seated goddess with green corrosion, from looted sanctuaries near Byblos, which Lebanon forbids to "
         "export (UNESCO 1970), moulded into soap, by sea from Beirut to Marseille for a 'craft importer'; Lebanese "
         "French wording (Phoenician objects and soap-bar concealment were found in no earlier row by a keyword search)",
         firm("Rivage Artisanat SARL", "FR")),
        ("CUL-07", "import", "PLRAIL01", "rail", "MN", ["CN", "KZ", "RU", "BY"], "PL", "420100",
         "Морины эмээлийн чимэг, хүрэл, хуучин загвар, 40 ш", "MN", 16, 40, 400, "USD",
         "new bronze saddle ornaments from Ulaanbaatar workshops are bright and cast in the modern style; these 40 are "
         "heavy openwork belt plaques with animals in combat, dark patina and soil in the openwork, from plundered "
         "Xiongnu graves: archaeological objects that Mongolia forbids to export (UNESCO 1970), by rail through China, "
         "Kazakhstan, Russia and Belarus for a Warsaw 'equestrian shop'; Mongolian wording (Xiongnu plaques appear in "
         "two sets; as saddle ornaments by rail to Poland is the new part)", firm("Horizon Jeździectwo Sp. z o.o.", "PL")),
        ("CUL-08", "export", "FRPOST01", "post", "FR", [], "GB", "711719",
         "Broches fantaisie vintage, bronze, 14 pièces", "FR", 0.4, 14, 70, "EUR",
         "vintage costume brooches are plated, with glass stones and a safety catch; these fourteen are cast bronze "
         "bow brooches with a spring pin, enamel in the bows and fresh soil, dug with a detector in the Somme: "
         "Gallo-Roman fibulae, archaeological objects whose export out of the Union needs a licence at any value "
         "(Regulation 116/2009) and which French law makes state property, posted from Amiens to a London buyer; French "
         "wording (fibulae repeat in several sets; as costume brooches posted from France to Britain is the new part)",
         {"importer_country": "GB"}),
        ("CUL-09", "import", "PLROAD01", "road", "UA", [], "PL", "940360",
         "Переїзд: особисті речі, меблі вживані, 1 фургон", "UA", 1800, 1, 2000, "EUR",
         "a family removal by van: used furniture and books are what movers carry, but the third item's 'decorative "
         "ceramics' are six painted pots with spirals in black and red, hand-built, with soil inside and museum "
         "inventory numbers on some, of the Trypillia culture (about 4000 BC): archaeological objects that Ukraine "
         "forbids to export and that were taken from a museum store, hidden as the last item of a three-item "
         "declaration at Hrebenne for a private person in Lublin; Ukrainian wording (Trypillian pottery appears in two "
         "sets; inside a household removal by road is the new part)",
         dict(person("Osoba prywatna", "PL"),
              _more_items=[item("490199", "Книги вживані, 12 коробок", "UA", 240, 100, "EUR", qty=12),
                           item("691390", "Декоративна кераміка, 6 шт.", "UA", 18, 60, "EUR", qty=6)])),
        ("CUL-10", "import", "DEAIR01", "express", "PK", [], "DE", "710399",
         "لاجورد کے موتی، پالش شدہ، 2 کلو", "AF", 2, 600, 180, "USD",
         "polished lapis beads are bright blue, round and drilled on a machine; among these are thirty worn, "
         "hand-drilled stamp and cylinder seals of stone and lapis with carved animals, and small gold beads of "
         "the Bronze Age, from looted sites in northern Afghanistan: Bactrian antiquities that Afghanistan forbids to "
         "export (UNESCO 1970), sent by express from Peshawar to a private person in Munich; Urdu wording (Bactrian "
         "seals repeat in some sets; mixed into lapis beads from Pakistan is the new part)", person("Privatperson", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "ITSEA01", "sea", "IT", [], "TR", "851420",
         "Forni per ceramica dentale, sottovuoto, 2 unità", "IT", 5200, 2, 36000, "EUR",
         "dental ceramic ovens are bench-top muffles of 40 kg that fire crowns at 1,000 °C; these two weigh 2.6 t "
         "each, are vacuum induction furnaces of 60 kW at 3 kHz that melt 8 kg charges at 1,700 °C, at 180,000 EUR each "
         "on the maker's invoice, for an Istanbul trader whose consignee is an Isfahan 'dental laboratory': controlled-"
         "atmosphere induction furnaces (dual-use 2B226) for Iran, exported without a licence (Regulation 2021/821, Iran "
         "Regulation 267/2012), from La Spezia; Italian wording (vacuum induction furnaces repeat in several sets, "
         "'for dental alloys' in blind17 and as jewellers' casters in blind16 and blind30; kept as a repeat of that "
         "family, dental ceramic ovens from Italy through Türkiye is the new part)", {"importer_country": "TR"}),
        ("STR-02", "export", "CZAIR01", "air", "CZ", [], "AM", "911090",
         "Hodinové strojky, křemenné, náhradní díly, 300 ks", "CZ", 60, 300, 3000, "EUR",
         "quartz clock movements are plastic units with a 32 kHz crystal at a few euros; these 300 are sealed "
         "chip-scale rubidium atomic clocks with a 10 MHz output and a stability certificate, at 2,000 EUR each on the "
         "maker's invoice, for a Yerevan 'clock repairer' whose buyer builds navigation and jamming equipment in "
         "Russia: atomic frequency standards (dual-use 3A002.g, and common high-priority items, Regulation 833/2014) "
         "exported without a licence, flown from Prague; Czech wording (rubidium standards appear once, as telecom "
         "reference modules in blind37; a clock-movement cover by air to Armenia is the new part)",
         {"importer_country": "AM"}),
        ("STR-03", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "440290",
         "Уголь древесный берёзовый для барбекю, происхождение Казахстан, 20 вагонов", "KZ", 1200000, 20, 360000, "USD",
         "Kazakh charcoal, where there is any, is saxaul or steppe wood; these wagons hold hard, ringing birch "
         "charcoal in 3 kg retail bags printed for the Polish market, the bags' batch codes belong to a Kirov-region "
         "retort plant and the wagons were loaded in Russia: Russian charcoal, whose import into the Union is banned "
         "(Regulation 833/2014, Annex XXI), declared as Kazakh origin, by rail to Małaszewicze for a Łódź garden "
         "wholesaler; Russian wording (Russian wood relabelled as Kazakh repeats in several sets and charcoal of a "
         "doubtful origin once, blind59; birch charcoal by rail is the new part)", firm("Central Ogród Sp. z o.o.", "PL")),
        ("STR-04", "export", "BGROAD01", "road", "BG", [], "TR", "841989",
         "Лабораторни камини за химикали, 4 бр.", "BG", 3600, 4, 36000, "EUR",
         "laboratory fume hoods are open-fronted cabinets with a sash and an extract duct at a few thousand euros; these "
         "four are sealed, negative-pressure isolators with glove ports, pass-through hatches with interlocks and "
         "double HEPA filtration, at 60,000 EUR each on the maker's invoice, ordered by a Van trader whose consignee is "
         "a Karaj 'pharmaceutical' laboratory: isolators of Class III containment (dual-use 2B352.f) for Iran, exported "
         "without a licence (Regulation 2021/821, Iran Regulation 267/2012), by lorry through Kapitan Andreevo; "
         "Bulgarian wording (containment equipment for Iran repeats in several sets; isolators as fume hoods were found "
         "in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-05", "import", "BEAIR01", "air", "AE", [], "BE", "710491",
         "Lab-grown diamonds, CVD, polished, 1,200 ct, with IGI reports", "IN", 0.24, 3400, 360000, "USD",
         "CVD diamonds fluoresce blue-green, show strain bands under crossed polars and sell at a tenth of natural "
         "prices; these stones show no CVD growth features, the spectroscope screening calls them natural type Ia, "
         "and their 'IGI reports' are copies for other stones, bought in Dubai from a trader supplied from Yakutia: "
         "natural Russian diamonds, whose import into the Union is banned (Regulation 833/2014, Article 3p), declared "
         "as Indian lab-grown, flown from Dubai to Antwerp; English wording (Russian diamonds repeat in several sets and "
         "lab-grown labels in a few; kept as a possible repeat, named here)", firm("Atlantic Gems BV", "BE")),
        ("STR-06", "import", "ROSEA01", "sea", "GE", [], "RO", "740811",
         "Էմալապատ պղնձե լար, 1,2 մմ, ծագումը՝ Հայաստան, 400 տ", "AM", 400000, None, 3600000, "USD",
         "Armenia mines copper concentrate and sends it abroad for smelting; it draws almost no wire. These 400 t of "
         "enamelled wire on plastic spools carry a Kyshtym or Yekaterinburg mill's spool labels under the Armenian "
         "ones, the certificate of origin names a Yerevan firm founded a year ago and the cargo came by truck over "
         "Upper Lars: Russian copper wire, whose import into the Union is banned (Regulation 833/2014, Annex XXI), "
         "declared as Armenian, by sea from Poti to Constanța for a Bucharest motor-rewinding firm; Armenian wording "
         "(Russian metals relabelled through the Caucasus repeat in several sets; copper wire of Armenian origin was "
         "found in no earlier row by a keyword search)", firm("Orion Bobinaj SRL", "RO")),
        ("STR-07", "export", "EEAIR01", "express", "EE", [], "KG", "560750",
         "Tuulelohe nöörirullid, 10 km, 40 tk", "EE", 120, 40, 1200, "EUR",
         "kite-line reels hold a few hundred metres of braided polyester; these forty spools each carry 10 km of "
         "bare single-mode optical fibre in a thin coating, wound on a payout bobbin with a connector at the core, at "
         "900 EUR each on the maker's invoice, for a Bishkek 'sports shop' whose buyer fits fibre-guided attack drones "
         "in Russia: fibre-optic drone payout spools (goods for military use, Annex VII and Article 2a of Regulation "
         "833/2014) routed through Kyrgyzstan, sent by express from Tallinn; Estonian wording (optical fibre spools "
         "repeat in a few sets, as gyroscope coils; fibre-guided drone spools as kite line were found in no earlier row)",
         {"importer_country": "KG"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "AE", "840732",
         "Go-Kart-Motoren, Austauschmotoren, 20 Stück", "DE", 900, 20, 16000, "EUR",
         "go-kart engines are single-cylinder four-strokes of 20-30 kg at a few hundred euros; these twenty are "
         "liquid-cooled Wankel rotary engines of 45 kg and 40 hp with dual ignition and a propeller flange, at 9,000 EUR "
         "each on the maker's invoice, for a Jebel Ali trader whose consignee in Bandar Abbas assembles unmanned "
         "aircraft: UAV engines whose export to Iran is banned (Regulation 2023/1529, Iran drones and missiles), from "
         "Hamburg; German wording (UAV engines as kart engines appear once, two-strokes to Kyrgyzstan in blind36; Wankel "
         "engines through Dubai to Iran were found in no earlier row)", {"importer_country": "AE"}),
        ("STR-09", "export", "BESEA01", "sea", "BE", [], "LB", "291990",
         "Retardateur de flamme pour mousse PU (TCPP), 40 fûts", "BE", 8800, 40, 26000, "EUR",
         "TCPP flame retardant is a phosphate ester at 1.29 kg/l sold at about 2 EUR/kg; these drums hold a liquid of "
         "1.15 kg/l whose GC-MS reads dimethyl methylphosphonate, a Schedule 2 chemical, for a Beirut trader who ships "
         "on to Damascus: DMMP (dual-use 1C350, Australia Group; Syria Regulation 36/2012) exported without a licence, "
         "from Antwerp; Belgian French wording (chemical-weapons precursors for Syria repeat in several sets and a TCPP "
         "label covered another chemical in blind79; DMMP through Beirut is the new part)", {"importer_country": "LB"}),
        ("STR-10", "transit", "LTRAIL01", "rail", "RU", ["BY", "LT"], "RU", "850152",
         "Электродвигатели бытовые для стиральных машин, 600 шт.", "CN", 4800, 600, 18000, "USD",
         "washing-machine motors are cheap universal motors on a stamped frame; these 600 are servomotors with absolute "
         "encoders and CNC-spindle flanges, Chinese-made, in rail transit from Moscow through Belarus and Lithuania to "
         "Kaliningrad: goods on the common high-priority list (Annex XXIII, Regulation 833/2014) whose transit through "
         "the Union to Russia is banned, declared as household motors at Kena; Russian wording (Kaliningrad transit "
         "appears once, for HCFC-22 in blind51, and servomotors as sewing-machine motors in blind69; washing-machine "
         "motors in transit to Kaliningrad are the new part)",
         {"importer_country": "RU"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "CZPOST01", "post", "VN", [], "CZ", "121190",
         "Hoa cúc khô pha trà, 3 kg", "VN", 3, 3, 45, "USD",
         "dried chrysanthemum flowers for tea are yellow, light and fragrant; under a top layer of flowers this parcel "
         "holds about 900 dried seahorses, curled, grey-brown and brittle, at a declared 15 USD/kg against hundreds "
         "per kilo in the buyer's shop: seahorses (Hippocampus spp., CITES App. II, and Vietnam exports none legally) "
         "posted from Hanoi to a private person in Prague without CITES documents; Vietnamese wording (dried seahorses "
         "repeat in many sets and chrysanthemum flowers covered another good in blind71; by post to Czechia is the new part)", person("Soukromá osoba", "CZ")),
        ("WLF-02", "import", "DEAIR01", "express", "ID", [], "DE", "960190",
         "Ukiran tulang sapi, liontin, 40 buah", "ID", 0.6, 40, 80, "USD",
         "cattle-bone pendants are white, porous at the core and smell of burnt bone under a hot needle; these 40 "
         "carvings are dense, yellow with a blood-red rim, smell of burnt hair and show the layered keratin of a "
         "helmeted hornbill casque: Rhinoplax vigil (CITES App. I), sent by express from Pontianak to a private "
         "collector in Cologne without CITES documents; Indonesian wording (hornbill ivory repeats in several sets, "
         "mostly as resin or amber; a cattle-bone cover is the new part)", person("Herr K. Becker", "DE")),
        ("WLF-03", "import", "ITAIR01", "air", "TW", [], "IT", "442090",
         "烏木念珠, 108 顆, 200 串", "TW", 12, 200, 2000, "USD",
         "ebony prayer beads are wood: matt, with grain and a wood smell when drilled; these 200 strands are glossy "
         "black, show concentric growth rings on the cut ends and no grain, and smell of burnt hair when drilled: black "
         "coral (Antipatharia, CITES App. II) without a CITES permit, flown from Taipei to Milan for a religious-goods "
         "wholesaler; Chinese wording from Taiwan (black coral repeats in several sets and ebony labels in some; kept "
         "as a possible repeat, named here)", firm("Articoli Religiosi Orion Srl", "IT")),
        ("WLF-04", "import", "ESAIR01", "express", "MX", [], "ES", "640391",
         "Botas vaqueras de piel de res grabada, 6 pares", "MX", 9, 6, 540, "USD",
         "cowboy boots of embossed cowhide show a pressed, regular scale print with the same depth everywhere; these "
         "six pairs have real overlapping beaded scales with bands of black and white, the hide of Argentine tegus "
         "(Salvator merianae, CITES App. II), at 90 USD a pair declared against 600 retail, sent by express from León, "
         "Guanajuato to a private person in Seville without CITES documents; Mexican Spanish wording (tegu skins repeat "
         "in several sets; cowboy boots of tegu as embossed cowhide were found in no earlier row)",
         person("Sr. J. García", "ES")),
        ("WLF-05", "import", "NLPOST01", "post", "GT", [], "NL", "670100",
         "Plumas decorativas para manualidades, teñidas, 1 bolsa", "GT", 0.3, 1, 25, "USD",
         "dyed craft feathers are goose or turkey feathers dyed in flat colours; these 60 are long, iridescent "
         "emerald-green tail coverts with natural gold-blue sheen and no dye at the base: resplendent quetzal "
         "feathers (Pharomachrus mocinno, CITES App. I), posted from Cobán to a private person in Utrecht without CITES "
         "documents; Guatemalan Spanish wording (quetzal feathers were found in no earlier row by a keyword search)",
         person("Particulier", "NL")),
        ("WLF-06", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Iroko, bois scié, planches de terrasse, 60 m³", "CM", 42000, 60, 24000, "EUR",
         "iroko decking is yellow-brown, coarse and darkens to copper; these boards are finer, yellow-brown with an "
         "olive cast that darkens to deep brown, and the grain and fluorescence of the sawn ends match afrormosia: "
         "Pericopsis elata (CITES App. II) without a CITES permit, by sea from Douala to Antwerp for a decking "
         "merchant; Cameroonian French wording (afrormosia repeats in several sets and an iroko label covered another "
         "wood in blind87; kept as a repeat of that cover, named here)", firm("Meridian Bois SA", "BE")),
        ("WLF-07", "import", "FRAIR01", "air", "MG", [], "FR", "440839",
         "Hazo wenge, placage, 400 kg", "MG", 400, 200, 1200, "EUR",
         "wenge veneer is dark brown with fine lighter stripes and coarse open pores; these sheets are jet black and "
         "very fine-grained, without stripes, cut from Malagasy ebony logs: Diospyros (CITES App. II, with Madagascar's "
         "exports suspended) without CITES documents, flown from Antananarivo to Paris for a guitar-parts maker; "
         "Malagasy wording (Malagasy ebony repeats in a few sets; as wenge veneer is the new part as far as a search "
         "found)", firm("Lutherie Atlantic SARL", "FR")),
        ("WLF-08", "import", "GBPOST01", "post", "NP", [], "GB", "621420",
         "पश्मिना शल, 3 थान", "NP", 0.5, 3, 240, "USD",
         "pashmina shawls are warm, slightly thick and pass through a ring only with effort; these three are gossamer, "
         "pass through a wedding ring, and hairs under a microscope show the fine scale pattern of chiru underwool: "
         "shahtoosh from the Tibetan antelope (Pantholops hodgsonii, CITES App. I), posted from Kathmandu to a private "
         "person in London without CITES documents; Nepali wording (shahtoosh repeats in several sets; kept as a "
         "repeat, posted from Nepal to Britain is the new part)", person("Mrs S. Patel", "GB")),
        ("WLF-09", "import", "NLAIR01", "express", "PH", [], "NL", "060290",
         "Vanda hybrid seedlings, flasked, 'Waling-waling x', 20 flasks", "PH", 6, 20, 200, "USD",
         "flasked hybrid seedlings are hundreds of tiny plants on agar in a sterile jar; these twenty 'flasks' hold "
         "bare-rooted adult plants of 50 cm with old bark on the roots and broad tessellated flowers in pink and "
         "brown: wild-collected Vanda sanderiana (Waling-waling, CITES App. II), whose collection the Philippines "
         "forbids, sent by express from Davao to a private grower in Aalsmeer without CITES documents (flasked seedlings "
         "of App. II orchids are exempt; adult plants are not); Philippine English wording (orchids repeat in "
         "many sets; Waling-waling under a flask exemption was found in no earlier row)", person("Mw. E. de Jong", "NL")),
        ("WLF-10", "import", "NLAIR01", "air", "LK", [], "NL", "030791",
         "Turbo snails, live, for marine aquaria, 300 pcs", "LK", 30, 300, 300, "USD",
         "turbo snails are grazing sea snails with a dull, rounded shell at about a dollar each; these 300 bags hold "
         "juvenile clams of 4-6 cm with fluted shells that gape to show blue and green mantles: giant clams (Tridacna, "
         "CITES App. II) without a CITES permit, in a Colombo aquarium exporter's air cargo to an Amsterdam pet-trade "
         "wholesaler; Sri Lankan English wording (giant clams repeat in several sets; as turbo snails from Sri Lanka is "
         "the new part)", firm("Vega Aquaria BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEPOST01", "post", "CH", "DE", "284700",
     "Hydrogen peroxide 30 %, 2 x 1 l, for a licensed private user (seed germination trials)", "CH", 2.3, 2, 60, "CHF",
     [("PRECURSOR_LICENCE", "DE-BW-42-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "express", "KR", "FR", "290420",
     "Nitromethane 40 %, 2 x 1 L, for a licensed private user (model-engine fuel blending)", "KR", 2.3, 2, 60000, "KRW",
     [("PRECURSOR_LICENCE", "FR-MI-42-0118")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "271500",
     "Tar-containing asphalt granulate (17 03 01*), for thermal cleaning at a licensed plant, 20 containers", "NO",
     520000, 20, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-42-0207")], "notified tar asphalt to a licensed thermal-cleaning plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854912",
     "Spent button cells, mixed, incl. mercury-oxide (16 06 03*), for mercury and silver recovery, 400 kg", "CH", 400,
     None, 0, "EUR",
     [("BASEL_CONSENT", "DE-BY-42-0088")], "notified mercury-bearing button cells to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "GB", "NL", "290376",
     "Halon 1211, recovered and reclaimed, 20 hand-held aircraft cabin extinguishers, for critical use", "GB", 60, 20,
     6000, "GBP",
     [("ODS_LICENCE", "NL-ILT-ODS-42-003")], "reclaimed halon 1211 in aircraft cabin extinguishers for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "IN", "IT", "290369",
     "Bromochloromethane, 40 drums, for use as feedstock in a licensed pharmaceutical synthesis", "IN", 10000, 40,
     30000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-42-009")], "bromochloromethane imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "export", "PLAIR01", "air", "PL", "US", "711411",
     "Silver Hanukkah lamp, Kraków hallmark, 1770s, documented provenance, sold to a museum", "PL",
     2.1, 1, 95000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-42-0014")], "18th-century Judaica exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970610",
     "Gallo-Roman bronze fibulae, 6 pcs, from a collection documented since 1910", "FR", 0.2, 6, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-42-0211")], "archaeological objects exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "BGROAD01", "road", "BG", "CH", "841989",
     "Class III containment isolators with glove ports, 2 units, for a Swiss pharmaceutical plant", "BG", 1800, 2,
     120000, "EUR",
     [("EXPORT_LICENCE", "BG-MIE-42-0052"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-42-0033")],
     "dual-use containment isolators under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZAIR01", "air", "CZ", "JP", "911090",
     "Chip-scale rubidium atomic clocks, 10 MHz, 20 units, for a Japanese telecom-equipment maker",
     "CZ", 4, 20, 40000, "EUR",
     [("EXPORT_LICENCE", "CZ-MPO-42-0147"), ("END_USER_CERTIFICATE", "JP-METI-EUC-42-0061")],
     "dual-use atomic frequency standards under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "GT", "NL", "060290",
     "Tillandsia xerographica, artificially propagated, nursery-grown, 2,000 plants", "GT", 400, 2000, 6000, "USD",
     [("CITES_PERMIT", "GT-CONAP-42-0019")], "App. II air plants, artificially propagated, with their export permit"),
    ("PRM-12", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Afrormosia (Pericopsis elata), sawn, from a certified concession, 30 m³", "CM", 21000, 30, 27000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-42-0107")], "App. II afrormosia with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "M. T. Dubois", "PRM-05": "Cabin Safety Services BV",
    "PRM-06": "Farmachimica Lombarda Srl", "PRM-11": "Vega Tuinimport BV",
    "PRM-12": "Meridian Bois SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises
    ("284700", "Hydrogen peroxide 3 %, seed-soaking solution for sprouts, 1 l", "import", ["post"], ["CH", "GB"], (6, 12), (1, 4), ["CHF", "GBP"], 1, S),
    ("340399", "RC-car tyre softener, citrus based, 100 ml", "import", ["express"], ["KR", "US"], (40, 80), (1, 2), ["USD"], 10, S),
    ("261510", "Zirconium silicate glaze opacifier, micronised, 25 kg bags", "import", ["road"], ["RS", "TR"], (1.5, 2.5), (2000, 8000), ["EUR"], None, S),
    ("310240", "Calcium ammonium nitrate 27 % N, granulated, 50 kg bags", "import", ["sea"], ["EG", "NO"], (0.3, 0.45), (18000, 24000), ["USD", "EUR"], None, S),
    ("283319", "Jeweller's safety pickle, sodium bisulphate, 1 kg", "import", ["post"], ["GB", "US"], (8, 15), (1, 3), ["GBP", "USD"], 1, S),
    ("340290", "Cement-haze remover for tiles, sulphamic acid, 1 l", "import", ["rail"], ["CN"], (0.8, 1.5), (8000, 16000), ["USD"], 1, S),
    ("310520", "Orchid fertiliser 20-20-20, water soluble, 500 g", "import", ["express"], ["TH", "TW"], (12, 25), (1, 3), ["USD"], 2, S),
    ("281511", "Caustic soda pearls for soap-making, 1 kg", "import", ["post"], ["UA", "GB"], (5, 10), (1, 4), ["EUR", "GBP"], 1, S),
    ("380894", "No-rinse brewing sanitiser, phosphoric acid based, 500 ml", "import", ["post"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 2, S),
    ("170199", "Mishri rock-sugar crystals, 500 g packets", "import", ["air"], ["IN"], (2, 3.5), (500, 2000), ["USD"], 2, S),
    ("680710", "Bituminous roofing felt, new, rolls", "export", ["sea"], ["SR", "GH"], (0.6, 1.0), (10000, 20000), ["EUR"], None, S),
    ("690220", "Refractory bricks, new, magnesia-carbon, pallets", "export", ["road"], ["RS", "MK"], (0.8, 1.5), (10000, 22000), ["EUR"], None, S),
    ("940290", "Hospital beds, new, electric", "export", ["sea"], ["GQ", "SN"], (8, 14), (3000, 8000), ["EUR"], 0.01, S),
    ("390210", "Polypropylene granules, virgin, 25 kg bags", "export", ["rail"], ["UA", "MD"], (1.1, 1.6), (20000, 40000), ["EUR"], None, S),
    ("850640", "Silver-oxide watch batteries, new, blister cards", "export", ["express"], ["IN", "US"], (150, 300), (1, 3), ["EUR"], 600, S),
    ("271500", "Bitumen road emulsion, cationic, new, drums", "export", ["sea"], ["NG", "GH"], (0.5, 0.9), (10000, 20000), ["EUR"], None, S),
    ("701190", "Glass tubing for neon signs, new, clear and coloured", "export", ["road"], ["MA", "TN"], (3, 6), (500, 2000), ["EUR"], None, S),
    ("853400", "Bare printed circuit boards, new, production samples", "export", ["express"], ["HK", "US"], (80, 200), (1, 3), ["EUR"], 20, S),
    ("850440", "UPS units, refurbished, with new batteries and warranty", "export", ["sea"], ["TG", "BJ"], (8, 14), (2000, 6000), ["EUR"], 0.05, S),
    ("271112", "Propane refrigerant R-290, 5 kg cylinders", "import", ["road"], ["TR", "RS"], (3, 6), (1000, 4000), ["EUR"], 0.2, S),
    ("841850", "Restored vintage soda coolers, new R-290 unit", "import", ["sea"], ["US"], (20, 40), (500, 2000), ["USD"], 0.006, S),
    ("382499", "Cryostat freezing spray, HFO-1234ze, 400 ml", "import", ["express"], ["JP", "US"], (30, 60), (1, 4), ["USD"], 2, S),
    ("842410", "Chrome powder fire extinguishers for classic cars, 1 kg", "import", ["road"], ["GB"], (15, 30), (200, 600), ["GBP"], 0.6, S),
    ("290369", "Dibromomethane 99 %, pharmaceutical intermediate, drums", "import", ["sea"], ["IN", "CN"], (3, 5), (8000, 16000), ["USD"], None, S),
    ("382499", "Tyre sealant-inflator, propane-butane, 450 ml cans", "import", ["rail"], ["CN"], (2, 3.5), (3000, 8000), ["USD"], 2, S),
    ("271114", "Propylene brazing gas, 400 g cylinders", "import", ["sea"], ["US", "TR"], (4, 7), (2000, 6000), ["USD", "EUR"], 2, S),
    ("845121", "Heat-pump laundry dryers, R-290, household", "import", ["sea"], ["CN", "TR"], (6, 9), (6000, 12000), ["USD", "EUR"], 0.02, S),
    ("841869", "Flake-ice machines, R-290, for fish markets", "import", ["road"], ["NO"], (12, 20), (500, 2000), ["EUR"], 0.004, S),
    ("960622", "Brass shank buttons, new, for uniforms", "import", ["post"], ["RS", "GB"], (30, 60), (1, 3), ["EUR", "GBP"], 200, S),
    ("630499", "Embroidered cotton table runners, new", "import", ["express"], ["PE", "IN"], (30, 60), (1, 3), ["USD"], 3, S),
    ("631010", "Linen offcuts, new, sorted, for hand-made paper", "import", ["sea"], ["EG", "IN"], (0.3, 0.6), (2000, 8000), ["USD"], None, S),
    ("392640", "Resin replicas of museum bronzes, marked as copies", "export", ["express"], ["CH", "US"], (40, 80), (1, 3), ["EUR"], 2, S),
    ("711420", "Silver-plated hotel tableware, new", "export", ["air"], ["US", "AE"], (30, 60), (100, 400), ["EUR"], 3, S),
    ("701391", "Hand-blown decorative glass vases, new", "import", ["sea"], ["LB", "TR"], (2.5, 5), (2000, 6000), ["USD"], 1, S),
    ("420100", "Saddlery and bronze-finish harness fittings, new", "import", ["rail"], ["MN", "CN"], (6, 12), (2000, 5000), ["USD"], 2, S),
    ("711719", "Vintage-style costume brooches, plated", "export", ["post"], ["GB", "US"], (60, 120), (1, 2), ["EUR"], 20, S),
    ("710399", "Polished lapis-lazuli beads, strands", "import", ["express"], ["PK", "AF"], (60, 120), (1, 3), ["USD"], 100, S),
    ("911090", "Quartz clock movements, replacement", "export", ["air"], ["AM", "RS"], (20, 40), (50, 300), ["EUR"], 20, S),
    ("710491", "Lab-grown CVD diamonds, polished, with grading reports", "import", ["air"], ["IN", "AE"], (200000, 400000), (1, 1), ["USD"], 15000, S),
    ("640391", "Cowboy boots, embossed cowhide", "import", ["express"], ["MX", "US"], (40, 80), (2, 5), ["USD"], 0.6, S),
]
# Everyday trade: blind80's everyday rows (blind72's, with blind80's own rows) with four new rows instead of
# blind80's last four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP,
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "MY"], (5, 9), (3000, 8000), ["USD"], 0.08, N),
        ("611030", "Knitted synthetic-fibre jumpers", "import", ["sea"], ["BD", "CN"], (7, 12), (2000, 6000), ["USD"], 3, N),
        ("961610", "Perfume atomisers, plastic, retail packs", "import", ["post", "express"], ["CN", "FR"], (20, 40), (1, 2), ["USD", "EUR"], 20, N),
        ("732391", "Cast-iron casserole dishes, enamelled", "import", ["sea"], ["CN", "IN"], (3, 5), (4000, 10000), ["USD"], 0.2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind95", 20420101, HERE)


if __name__ == "__main__":
    main()
