#!/usr/bin/env python3
"""Writes the two-hundred-and-tenth blind set (tests/risk/data/blind210-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 March - 26 April 2061, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
an emphasis on a kind of trade rather than a region: plastics and rubber manufacturing
(polymer resin distributors, compounders and masterbatch makers, injection moulders and
film extruders, foam and tyre makers, natural-rubber shippers, plastic recyclers and their
suppliers of additives, blowing agents, moulds and machines). Written by a person who had
not read the profile packs (nor any rule file) and had not run the engine on it, and
committed before any change measured on it, to be measured once on its packs. Same row
layout and expansion as make_blind_set.py, whose functions it reuses, and the same extras
as make_blind5_set.py: a disguised row's extra header fields may carry "_item" (fields
merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law (live animals and plants, fish, food of
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL210-*:

    python3 tests/risk/data/make_blind210_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2061, 3, 1)
base.DAYS = 57  # 1 March to 26 April 2061
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTPOST01", "post", "CN", [], "PT", "252520",
         "环氧树脂滴胶用珠光云母粉, 珍珠白, 20 x 100 克", "CN", 2.1, 20, 35, "USD",
         "pearl mica pigment for epoxy resin art is a soft, glittering, flaky powder that floats on water and turns "
         "resin shimmering; these twenty pouches hold a dull, heavy, gritty white powder with no sparkle at all that "
         "sinks, dissolves slowly and burns fiercely with sugar, and the inner bags read 'KClO4': potassium perchlorate "
         "(Annex I above 40 %) for a member of the public, posted from Shenzhen to a private person in Braga; Chinese "
         "wording (potassium perchlorate repeats in many sets; a mica-pigment label for resin art was found in no "
         "earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("PRE-02", "import", "DEAIR01", "express", "TH", [], "DE", "400520",
         "น้ำยาปะยางแบบสตีมเย็น (กาวยางวัลคาไนซ์) สำหรับปะยางใน, 4 x 1 ลิตร", "TH", 4.6, 4, 1600, "THB",
         "cold-vulcanising fluid for tube patches is a rubber solution in heptane: tacky, amber, 0.72 kg/l, smelling "
         "of petrol; these four tins hold a thin, water-clear, non-tacky liquid of 1.14 kg/l that sinks in water, "
         "smells faintly fruity and leaves no rubber film, for a private RC-car racer in Dortmund: nitromethane "
         "(Annex I above 16 %) for a member of the public, sent by express from Bangkok although flammable liquids "
         "travel by express only as declared dangerous goods; Thai wording (nitromethane repeats in many sets; a "
         "vulcanising-solution label was found once, on an ozone row (blind167), and on no precursor row)",
         person("Herr K. Becker", "DE")),
        ("PRE-03", "import", "IEAIR01", "air", "MY", [], "IE", "283429",
         "Bahan penggumpal lateks (kalsium nitrat) untuk acuan celup, botol 1 liter, 600 botol", "MY", 840, 600,
         1500, "USD",
         "latex-dipping coagulant is a calcium nitrate solution of about 1.3 kg/l, colourless and odourless, that "
         "sets liquid latex on a former; these bottles hold a liquid of 1.40 kg/l that fumes brown when opened, "
         "yellows the skin, eats a copper wire and does not set latex at all, for a Cork craft web shop that sells "
         "latex mask- and mould-making kits to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed "
         "for members of the public, flown from Kuala Lumpur; Malay wording (nitric acid repeats in many sets and "
         "coagulant and calcium-nitrate labels in several; a glove-industry latex-dipping coagulant was found in no "
         "earlier row by a keyword search)", firm("Atlantic Craft Supplies Ltd", "IE")),
        ("PRE-04", "import", "PTSEA01", "sea", "IN", [], "PT", "381400",
         "PVC solvent cement primer, purple, for CPVC/uPVC pipe joints, 250 ml tins, 8,000 tins", "IN", 3700, 8000,
         4000, "USD",
         "PVC pipe primer is a thin purple solvent of acetone and THF, 0.9 kg/l, that stinks and evaporates at once; "
         "these tins hold a colourless, odourless, oily liquid of 1.84 kg/l that does not evaporate, chars a wood "
         "stirrer and grows hot with a drop of water, for a Porto DIY chain that sells to the public: about 96 % "
         "sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from Nhava Sheva; "
         "Indian English wording (sulphuric acid repeats in many sets; a PVC pipe-primer label was found in no "
         "earlier row by a keyword search)", firm("Atlantic Bricolage Lda", "PT")),
        ("PRE-05", "import", "SIAIR01", "air", "CN", [], "SI", "381239",
         "Ojačevalec Ca/Zn stabilizatorja za PVC, prah, vreče po 25 kg, 8 vreč", "CN", 200, 8, 900, "USD",
         "a calcium-zinc booster for PVC is a fluffy, greasy, white powder of stearates that floats and smells of "
         "soap; these eight sacks hold a fine, heavy, deliquescent crystal powder that dissolves completely, burns "
         "hot with sugar and has 'NaClO4·H2O' on the Chinese maker's inner liner, for a 'PVC compounder' near "
         "Maribor whose EORI belongs to a private person and whose address is a flat: sodium perchlorate (Annex I "
         "above 40 %) for a member of the public, flown from Shanghai to Ljubljana; Slovenian wording "
         "(sodium perchlorate repeats in many sets and stabiliser labels in several, on other goods; a PVC-stabiliser "
         "booster label is the new part as far as a search found)", person("Zasebnik", "SI")),
        ("PRE-06", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "340490",
         "Polietilen mumi granulalari, masterbatch uchun, 25 kg qoplar, 800 qop", "UZ", 20000, 800, 9000, "USD",
         "polyethylene wax prills for masterbatch are waxy, translucent pastilles that float on water and smear when "
         "pressed; these 800 sacks hold hard, white, porous 2 mm prills that sink, dissolve and chill the water, "
         "test at 34 % N and melt and fume on a hot plate, for a 'masterbatch maker' in Daugavpils registered to a "
         "rented private garage with no extruder: ammonium nitrate (Annex I at 16 % N or more) for a member of the "
         "public, by rail from Navoi through Kazakhstan and Russia; Uzbek wording (ammonium nitrate repeats in many "
         "sets; a PE-wax masterbatch label was found in no earlier row by a keyword search)",
         person("Privātpersona", "LV")),
        ("PRE-07", "import", "MTSEA01", "sea", "EG", [], "MT", "281700",
         "أكسيد زنك ٩٩٫٧٪ درجة مطاط (منشط للفلكنة)، شكاير ٢٥ كجم، ٨ شكاير", "EG", 200, 8, 260, "USD",
         "rubber-grade zinc oxide is a dense, fluffy, bright-white powder that does not dissolve in water and turns "
         "yellow when heated; these eight sacks hold shiny, tabular crystals that dissolve, taste cool and spit violet "
         "sparks on a hot iron, with CAS 3811-04-9 on the liners, for a Żejtun 'tyre retreader' that closed two years "
         "ago and is now a private garage: potassium chlorate (Annex I above 40 %) for a member of the public, by sea "
         "from Alexandria; Egyptian Arabic wording (potassium chlorate repeats in many sets and zinc-oxide labels in "
         "several, on other goods; a rubber-activator label to Malta is the new part as far as a search found)",
         person("Private person", "MT")),
        ("PRE-08", "import", "NLPOST01", "post", "US", [], "NL", "340290",
         "Bowling ball cleaner, pro shop refill, 4 x 1 quart", "US", 4.4, 4, 60, "USD",
         "bowling-ball cleaners are water-alcohol sprays of 0.98 kg/l that smell of citrus and leave urethane shells "
         "tacky; these four bottles hold an odourless, water-clear liquid of 1.20 kg/l with vented caps that whitens "
         "and stings the skin and foams on a cut: about 50 % hydrogen peroxide (Annex I above 12 %) for a member of "
         "the public, posted from Michigan to a private person in Tilburg; US English wording (hydrogen peroxide "
         "repeats in many sets; a bowling-ball-cleaner label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-09", "import", "PTPOST01", "post", "BR", [], "PT", "382499",
         "Agente clarificante para polipropileno (tipo sorbitol), 4 x 1 kg", "BR", 4.1, 4, 180, "BRL",
         "a sorbitol-type clarifier for PP is a light, fluffy, slightly sweet powder that does not dissolve in cold "
         "water and smells of nothing; these four tubs hold clear, cubic, salty-looking crystals that dissolve at once, "
         "crackle and flare yellow on a gas ring and carry CAS 7775-09-9 on the tub lids, posted from Campinas to a "
         "private person in Coimbra: sodium chlorate (Annex I above 40 %) for a member of the public; Brazilian "
         "Portuguese wording (sodium chlorate repeats in many sets and clarifier labels in several, on other goods; a "
         "polypropylene-clarifier label was found in no earlier row by a keyword search)", person("João Pereira", "PT")),
        ("PRE-10", "import", "SEPOST01", "post", "CA", [], "SE", "390770",
         "PLA pellets, natural, for desktop filament extruders, 4 x 1 kg", "CA", 4.0, 4, 70, "CAD",
         "PLA pellets are hard, glossy, translucent cylinders of 1.24 kg/l that melt at about 170 °C and smell of "
         "corn syrup when melted; these bags hold white, matt, porous spheres that dissolve in water and chill it, "
         "read 34 % N and fume without melting clear: ammonium nitrate (Annex I at 16 % N or more), posted from "
         "Ontario to a private maker in Västerås; Canadian English wording (ammonium nitrate repeats in many sets and "
         "3D-printing labels in a few, blind71's resin cleaner among them; a PLA-pellet label was found in no earlier "
         "row by a keyword search)", person("Mr L. Nilsson", "SE")),
    ],
    "waste": [
        ("WST-01", "export", "HUROAD01", "road", "HU", [], "RS", "382499",
         "Klórozott paraffin 52 %, PVC-lágyító, IBC-tartályokban, 20 t", "HU", 20000, None, 3000, "EUR",
         "chlorinated paraffin 52 is a pale, honey-clear, nearly odourless oil with a data sheet; these IBCs hold a "
         "black, tarry, acrid liquid with a sweet chlorinated smell and solid lumps, drawn off the vinyl-chloride "
         "column bottoms of a Borsod PVC plant: halogenated still bottoms and heavy ends of EDC/VCM production "
         "(07 01 07*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a Serbian "
         "'PVC-profile maker' that has no compounding line; Hungarian wording (1,2-dichloroethane repeats in a few "
         "sets and a chlorinated-paraffin label once, blind129; VCM heavy ends under it by road to Serbia were found "
         "in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-02", "export", "LTSEA01", "sea", "LT", [], "EG", "390330",
         "Juodas ABS granulatas, pirminis, liejimui, 22 t", "LT", 22000, None, 6600, "EUR",
         "prime black ABS is even, glossy, lens-shaped pellets in sealed bags with a lot number; these big bags hold "
         "irregular, dusty, grey-black shreds of TV and printer housings with screws, labels and foam, whose XRF "
         "shows several percent bromine and antimony: WEEE plastic with brominated flame retardants (POPs, "
         "decaBDE among them) (19 12 11*), hazardous waste whose export to a non-OECD country is banned, by sea "
         "from Klaipėda to Alexandria for an 'injection moulder'; Lithuanian wording (brominated WEEE plastics "
         "repeat in several sets under regranulate labels; from Lithuania to Egypt as prime ABS is the new part as "
         "far as a search found)", {"importer_country": "EG"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "TG", "392390",
         "Gereconditioneerde IBC-containers 1000 l, gereinigd en gekeurd, 240 stuks", "BE", 14400, 240, 9600, "EUR",
         "reconditioned IBCs are washed, pressure-tested, relabelled and carry a fresh UN mark; these 240 still "
         "hold litres of residue of isocyanate, amine hardener and pesticide, with the old hazard diamonds on, "
         "crusted valves and no test plates, collected unwashed from Antwerp chemical plants: packaging containing "
         "residues of hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD country is "
         "banned, from Antwerp to Lomé for a 'water-tank' dealer; Flemish wording (IBCs repeat in many sets as "
         "containers of other wastes and a reconditioned-IBC label once, blind173, to Liberia; kept as a known repeat, "
         "Flemish wording to Togo is the new part)", {"importer_country": "TG"}),
        ("WST-04", "export", "IESEA01", "sea", "IE", [], "VN", "390210",
         "Polypropylene agglomerate, grey, injection moulding grade, 25 t", "IE", 25000, None, 3750, "EUR",
         "PP agglomerate for injection moulding is a clean, free-flowing, uniformly grey popcorn-like granule of a "
         "single polymer; these bales are unsorted post-consumer household plastic: film, trays, bottles of several "
         "polymers, labels and food residue, wet and smelling of rot: plastic waste not of a single sorted polymer "
         "(19 12 04 with Y48 mixtures), whose export to a non-OECD country the Waste Shipment Regulation forbids, "
         "from Dublin to Haiphong; Irish English wording (mixed plastic waste repeats in many sets under regrind and "
         "agglomerate labels; from Ireland to Viet Nam is the new part as far as a search found)",
         {"importer_country": "VN"}),
        ("WST-05", "export", "FISEA01", "sea", "FI", [], "NG", "390791",
         "Gelcoat, valkoinen, veneiden korjaukseen, 200 l tynnyrit, 60 tynnyriä", "FI", 12000, 60, 6000, "EUR",
         "boat-repair gelcoat is a fresh, thixotropic, white polyester paste with a batch date a few months old; "
         "these 60 drums, from a Uusikaupunki boatyard that closed, hold gelled, lumpy, expired resin and gelcoat "
         "years past their date, styrene-reeking, with sludge of acetone washings and cobalt accelerator in the "
         "bottoms: waste resins and solvents (08 04 09*, 07 02 08*), hazardous waste whose export to a non-OECD "
         "country is banned, from Helsinki to Lagos for a 'boat builder'; Finnish wording (expired resins repeat in "
         "a few sets; a gelcoat label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "NG", "847710",
         "Presse a iniezione usate, funzionanti, 3 unità", "IT", 24000, 3, 36000, "EUR",
         "a used-machinery container for Onitsha: second-hand injection moulding presses and their moulds are what "
         "Brescia dealers ship to Nigeria, but the third item's 'olio idraulico rigenerato ISO VG 46' is 40 drums of "
         "black, water-laden hydraulic oil drained from the presses and the dealer's yard, with sludge and metal "
         "fines: waste hydraulic oil (13 01 10*), hazardous waste whose export to a non-OECD country is banned, hidden "
         "as the last item of a three-item declaration, from Genoa to Lagos; Italian wording (waste oils repeat in "
         "many sets and hydraulic-oil labels in several; behind injection presses and moulds is the new part as far "
         "as a search found)",
         dict({"importer_country": "NG"},
              _more_items=[item("848071", "Stampi per iniezione usati, acciaio, 14 pezzi", "IT", 9000, 7000, "EUR", qty=14),
                           item("271019", "Olio idraulico rigenerato ISO VG 46, fusti da 200 l, 40 fusti", "IT", 7200, 1200, "EUR", qty=40)])),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "MA", "390120",
         "Granza de PEAD regenerado, de envases de detergente, color natural, 24 t", "ES", 24000, None, 7200, "EUR",
         "HDPE regranulate from detergent bottles is clean, mixed-colour pellets that smell of soap; these bales hold "
         "shredded but unwashed one- to twenty-litre agrochemical jerrycans from Almería greenhouses, with label "
         "shreds naming insecticides and fungicides, crusts of product and a sharp pesticide smell: packaging "
         "contaminated by hazardous substances (15 01 10*), hazardous waste whose export to a non-OECD country is "
         "banned, from Almería to Nador for a 'pipe maker'; Andalusian Spanish wording (pesticide containers repeat "
         "in several sets; a detergent-bottle HDPE label to Morocco is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-08", "export", "SIROAD01", "road", "SI", ["HR"], "BA", "390422",
         "Mehčani PVC kompound za podplate, granulat, 22 t", "SI", 22000, None, 4400, "EUR",
         "plasticised PVC compound for shoe soles is even, glossy, single-colour pellets with a lead-free test "
         "report; these bags hold dusty, multicoloured PVC fines from a cable granulator with copper whiskers and "
         "paper, reading 1-2 % lead from old stabilisers on a handheld XRF: cable-stripping residues containing "
         "lead (17 04 10*, 19 12 11*), hazardous waste whose export to a non-OECD country is banned, by lorry from "
         "Celje through Croatia to a Tuzla 'shoe-sole maker'; Slovenian wording (PVC cable scrap repeats in many "
         "sets; cable-granulator fines as shoe-sole compound to Bosnia are the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "IN", "711299",
         "Tandheelkundig legeringsschroot (zilver-palladium), voor raffinage, 1,2 t", "NL", 1200, None, 24000, "EUR",
         "dental alloy scrap for refining is a small lot of metal crowns and bridges worth hundreds of euros a "
         "kilogram; this drum lot is grey separator sludge and capsules from hundreds of practices' amalgam "
         "separators, silvery beads of mercury in the seams: dental amalgam waste (18 01 10*), mercury waste whose "
         "export the Mercury Regulation (2017/852) and the Basel ban forbid, from Rotterdam to Mundra; Dutch wording "
         "(amalgam waste repeats in many sets; kept as a known repeat, a silver-palladium label to India is the new "
         "part as far as a search found)", {"importer_country": "IN"}),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "290531",
         "Glikol monoetylenowy, odzyskany, do produkcji PET, 20 t", "PL", 20000, None, 6000, "EUR",
         "fibre-grade MEG for PET polymerisation is water-clear, odourless and certified at 99.9 %; this tanker holds "
         "a green, brown and pink, oily mixture of spent engine coolants from car workshops with 40 % water, "
         "corrosion inhibitors, oil and metal fines: antifreeze fluids containing hazardous substances (16 01 14*), "
         "hazardous waste whose export to a non-OECD country is banned, at Dorohusk for a Lutsk 'PET resin maker'; "
         "Polish wording (glycol wastes repeat in several sets; a recovered MEG label for PET production is the new "
         "part as far as a search found)", {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "SISEA01", "sea", "CN", [], "SI", "293299",
         "聚氨酯浇注机混合头清洗剂 1,3-二氧戊环, 200 公斤桶, 40 桶", "CN", 8000, 40, 12000, "USD",
         "1,3-dioxolane flushing solvent for PU mixing heads is a light (1.06 kg/l), very flammable, ether-smelling "
         "liquid; these 40 drums hold a liquid of 1.24 kg/l that does not burn, boils at 32 °C in the hand and whose "
         "drum bungs are stamped 'HCFC-141b': 1,1-dichloro-1-fluoroethane, whose import into the Union is banned, by "
         "sea from Ningbo to Koper for a PU shoe-sole maker in Žiri; Chinese wording (HCFC-141b repeats in many sets "
         "and flushing-agent labels in several; a dioxolane label was found in no earlier row by a keyword search)",
         firm("Alpina Poliuretani d.o.o.", "SI")),
        ("OZN-02", "import", "GRROAD01", "road", "MK", [], "GR", "392111",
         "Екструдирани полистиренски плочи (XPS), пенети со CO2, 50 mm, 1.200 m3", "MK", 36000, 2400, 60000, "EUR",
         "CO2-blown XPS boards are rigid, fine-celled and carry a CE mark naming the blowing agent; these boards, "
         "made on an old Skopje line, release a sweet ether-like gas when cut, and a head-space test shows "
         "1-chloro-1,1-difluoroethane and chlorodifluoromethane: XPS blown with HCFC-142b and HCFC-22, products "
         "containing ozone-depleting substances whose import into the Union is banned, at Evzonoi for a "
         "Thessaloniki builders' merchant; Macedonian wording (HCFC-blown XPS repeats in many sets; from North "
         "Macedonia to Greece by road is the new part as far as a search found)", firm("Delta Domika AE", "GR")),
        ("OZN-03", "import", "ROSEA01", "sea", "CN", [], "RO", "290219",
         "Amestec ciclopentan/izopentan 70/30 pentru spumare PU, butoaie 200 l, 60 butoaie", "CN", 11400, 60, 13000,
         "USD",
         "a cyclopentane-isopentane blend is a light (0.72 kg/l), very flammable hydrocarbon that smells of petrol; "
         "these 60 drums hold a non-flammable liquid of 1.27 kg/l, boiling at about 30 °C, with 'HFC-365mfc/227ea "
         "87/13' on the filler's inner sticker: an HFC blend placed on the market without quota (Regulation "
         "2024/573) and banned in foams, by sea from Shanghai to Constanța for a sandwich-panel maker in Brașov; "
         "Romanian wording (HFC-365mfc repeats in several sets; a cyclopentane-blend label on it was found in no "
         "earlier row by a keyword search)", firm("Vega Panouri SRL", "RO")),
        ("OZN-04", "import", "ITSEA01", "sea", "IN", [], "IT", "290312",
         "डायक्लोरोमिथेन, पीयू फोम साचे साफ करण्यासाठी, 250 किलो ड्रम, 40 ड्रम", "IN", 10000, 40, 7000, "USD",
         "dichloromethane for cleaning PU-foam moulds is a liquid of 1.33 kg/l that boils at 40 °C and vanishes off "
         "the hand; these drums hold a liquid of 1.59 kg/l that boils at 77 °C, smells sweet and heavy, and the Tarapur "
         "filler's test sheet gives CCl4: carbon tetrachloride, whose import into the Union is banned outside "
         "licensed feedstock and laboratory uses, by sea from Nhava Sheva to Genoa for a car-seat foam moulder near "
         "Turin; Marathi wording (carbon tetrachloride repeats in many sets; a dichloromethane mould-cleaner label "
         "from India is the new part as far as a search found)", firm("Meridian Espansi Srl", "IT")),
        ("OZN-05", "export", "PTSEA01", "sea", "PT", [], "AO", "842139",
         "Secadores de ar comprimido por refrigeração, usados, de linhas de sopro de PET, 8 unidades", "PT", 4000, 8,
         8000, "EUR",
         "used refrigerated air dryers sold for export are emptied or run on R-134a or R-407C with a nameplate "
         "saying so; these eight, taken out of a closed Leiria PET-bottle blow-moulding plant, have 1998-2004 "
         "nameplates reading R-22 and still hold their charge: equipment containing HCFCs, whose export from the "
         "Union is banned (Regulation 2024/590), from Lisbon to a Luanda water-bottling plant; Portuguese wording "
         "(R-22 equipment for export repeats in many sets, a mould chiller once, blind201, and refrigerated air "
         "dryers twice on HFC rows, blind52 and blind131; R-22 dryers from a blow-moulding line for export are the new "
         "part as far as a search found)", {"importer_country": "AO"}),
        ("OZN-06", "import", "PLSEA01", "sea", "VN", [], "PL", "350691",
         "Keo dán màng EPDM cho mái nhà, gốc dung môi, thùng 5 lít, 1.600 thùng", "VN", 8800, 1600, 14000, "USD",
         "a solvent-based EPDM bonding adhesive is a grey, tacky contact cement in heptane and acetone, flammable "
         "and 0.85 kg/l; these cans hold an adhesive of 1.10 kg/l that does not burn, smells sweet and whose solvent "
         "boils off at 32 °C, HCFC-141b by a head-space test: products containing ozone-depleting substances, whose "
         "import into the Union is banned, by sea from Hai Phong to Gdańsk for a roofing wholesaler; Vietnamese "
         "wording (HCFC-141b repeats in many sets and an EPDM roofing contact-adhesive label once, blind189; kept as a known "
         "repeat, from Viet Nam to Poland is the new part)", firm("Horizon Dachy Sp. z o.o.", "PL")),
        ("OZN-07", "import", "HUROAD01", "road", "TR", ["BG", "RO"], "HU", "281121",
         "XPS köpük hattı için sıvı karbondioksit, 180 l kriyojenik tüpler, 40 adet", "TR", 5600, 40, 4000, "EUR",
         "liquid CO2 for an XPS line comes in vacuum-insulated dewars that frost, vent and read about 20 bar; these "
         "40 cylinders are plain welded bottles at 6 bar, neither frosted nor venting, holding 140 kg each of a liquid "
         "of 1.21 kg/l, and the valve tags read R-134a: 1,1,1,2-tetrafluoroethane placed on the market without quota "
         "(Regulation 2024/573) for foam blowing where its use is banned, by lorry from Gebze through Bulgaria and "
         "Romania to a Győr XPS maker; Turkish wording (HFC-134a repeats in many sets under CO2 and nitrogen labels; "
         "for an XPS line by road to Hungary is the new part as far as a search found)", firm("Central Hab Kft.", "HU")),
        ("OZN-08", "import", "LTROAD01", "road", "BY", [], "LT", "271113",
         "Изобутан для экструзии вспененного полиэтилена (ППЭ), баллоны 50 л, 60 шт.", "BY", 1500, 60, 1800, "EUR",
         "isobutane for polyethylene foam extrusion is 0.56 kg/l and burns; these cylinders hold 1.11 kg/l of a gas "
         "that does not burn and smells faintly of ether, whose cylinder shoulders are stamped 'R-142b' under the "
         "stickers: 1-chloro-1,1-difluoroethane (HCFC-142b), whose import into the Union is banned, at Medininkai for "
         "a packaging-foam maker in Kaunas; Russian wording from Belarus (HCFC-142b repeats in several sets under "
         "XPS labels; an EPE foam-line isobutane label was found in no earlier row by a keyword search)",
         firm("Orion Putos UAB", "LT")),
        ("OZN-09", "transit", "HRSEA01", "sea", "CN", ["HR"], "BA", "290110",
         "Pentan za pjenjenje PU panela, tranzit, 80 bačvi", "CN", 16000, 80, 11000, "USD",
         "n-pentane for PU panel foaming is a light (0.63 kg/l), extremely flammable liquid in drums with a flame "
         "mark; these 80 drums hold a non-flammable liquid of 1.24 kg/l that boils at 32 °C, 'R-141b' on the drum "
         "heads: HCFC-141b, a controlled ozone-depleting substance moved through the Union without the licence "
         "Regulation 2024/590 requires, landed at Rijeka in transit from Ningbo to a sandwich-panel maker in Bihać; "
         "Croatian wording (HCFC-141b repeats in many sets and pentane labels in a few; a transit through Rijeka to "
         "Bosnia is the new part as far as a search found)", {"importer_country": "BA"}),
        ("OZN-10", "import", "SKROAD01", "road", "UA", [], "SK", "290319",
         "Очищувач прес-форм для вулканізації шин, каністри 20 л, 120 каністр", "UA", 3200, 120, 2400, "EUR",
         "tyre-mould cleaners are alkaline water-based gels or dry-ice blasting; these canisters hold a clear, "
         "sweet-smelling, non-flammable solvent of 1.34 kg/l that boils at 74 °C, and the Kalush filler's papers read "
         "'1,1,1-трихлоретан': methyl chloroform, whose import into the Union is banned, at Vyšné Nemecké for a "
         "tyre retreader in Michalovce; Ukrainian wording (methyl chloroform repeats in many sets and a tyre-mould "
         "release-spray label once, blind88; a tyre-mould cleaner label was found in no earlier row by a keyword search)", firm("Delta Protektor s.r.o.", "SK")),
    ],
    "cultural": [
        ("CUL-01", "import", "BESEA01", "sea", "IN", [], "BE", "400121",
         "റിബ്ഡ് സ്മോക്ക്ഡ് ഷീറ്റ് പ്രകൃതിദത്ത റബ്ബർ (RSS 4), 20 ടൺ", "IN", 20000, None, 36000, "USD",
         "a Kerala rubber container for an Antwerp tyre-compound trader: smoked sheets and coir mats are what Kochi "
         "shippers send, but the third item's 'new brass nilavilakku lamp' is a 60 cm bronze of Parvati with a "
         "green-black patina, a worn face from centuries of abhishekam oil and a temple inventory number scratched on "
         "the base, stolen from a Thanjavur district temple: a Chola-period idol whose export India forbids without "
         "an ASI permit, brought in without the import statement Regulation 2019/880 requires, hidden as the last "
         "item of a three-item declaration; Malayalam wording (Chola bronzes repeat in many sets; behind smoked-sheet "
         "rubber was found in no earlier row by a keyword search)",
         dict(firm("Nordhafen Rubber Trading BV", "BE"),
              _more_items=[item("570210", "കയർ ചവിട്ടികൾ, 800 എണ്ണം", "IN", 1600, 2400, "USD", qty=800),
                           item("940549", "പുതിയ പിച്ചള നിലവിളക്ക്, 1 എണ്ണം", "IN", 38, 60, "USD", qty=1)])),
        ("CUL-02", "import", "DESEA01", "sea", "LK", [], "DE", "400129",
         "ලා පැහැති ක්‍රේප් රබර් (pale crepe), අඩිපාවල් සඳහා, ටොන් 12", "LK", 12000, None, 30000, "USD",
         "pale crepe for shoe soles is pressed in thin, pale, crinkled sheets in bales of even weight; one bale at "
         "the back of this container weighs twice the others and wraps a 40 cm gilt-bronze standing Bodhisattva with "
         "jewelled crown and a Sinhala collection number, dug near Anuradhapura: an archaeological object of Sri "
         "Lanka, which forbids its export, brought in without the import licence Regulation 2019/880 requires, by sea "
         "from Colombo to Hamburg for a shoe-sole maker's agent; Sinhala wording (Anuradhapura bronzes repeat in "
         "several sets; inside a pale-crepe rubber bale was found in no earlier row by a keyword search)",
         firm("Central Sohlen GmbH", "DE")),
        ("CUL-03", "import", "PTPOST01", "post", "BR", [], "PT", "401699",
         "Tigela de artesanato encauchado (látex nativo da Amazônia), 1 peça", "BR", 2.2, 1, 60, "BRL",
         "encauchado craft is cotton cloth and leaves dipped in native latex, light, flexible and smelling of smoked "
         "rubber; this is a hard, heavy, grey-brown fired-clay bowl with a caryatid figure and applied frog and "
         "vulture heads, soil in the cracks and a thin rubber skin painted over it: a Santarém (Tapajó) caryatid "
         "vessel, archaeological heritage of Brazil whose export Brazilian law forbids, brought in without an import "
         "licence (Regulation 2019/880), posted from Belém to a private collector in Lisbon; Brazilian Portuguese "
         "wording (Santarém caryatid vessels repeat in a few sets; a rubber-dipped encauchado label is the new part as far as a "
         "search found)", person("Particular", "PT")),
        ("CUL-04", "import", "ESSEA01", "sea", "LR", [], "ES", "400122",
         "Technically specified natural rubber TSR 10, 35 kg bales, 576 bales", "LR", 20160, 576, 32000, "USD",
         "TSR 10 bales are uniform 35 kg blocks of brown crumb rubber in PE film; eight bales in the middle row are "
         "hollowed out and hold soapstone heads and seated figures with bulging eyes and root-like limbs, weathered "
         "and earth-stained, dug up in Kissi fields on the Guinea-Liberia border: pomdo and nomoli figures, "
         "archaeological objects taken out of their country of origin, brought in without the import licence "
         "Regulation 2019/880 requires, by sea from Monrovia to Valencia for a tyre-compound broker; Liberian English "
         "wording (nomoli and pomdo figures repeat in several sets; inside TSR rubber bales was found in no earlier "
         "row by a keyword search)", firm("Meridian Caucho SL", "ES")),
        ("CUL-05", "export", "ITAIR01", "air", "IT", [], "GB", "741980",
         "Modelli master in ottone per stampi in silicone, 12 pezzi", "IT", 3.6, 12, 240, "EUR",
         "brass master patterns for silicone moulding are bright, machined or cast-new shapes with sprue stubs and "
         "parting lines; these twelve are votive bronzes, 6-12 cm, of warriors, offerants and animals with a rough "
         "green and red corrosion crust and earth in the hollows, from a clandestine dig near Chiusi: Etruscan "
         "archaeological objects of the Italian state's cultural heritage, exported without the licence of "
         "Regulation 116/2009 and the Italian certificate, flown from Bologna to a London resin-casting workshop; "
         "Italian wording (Etruscan bronzes repeat in many sets; a master-pattern label for mould-making was found "
         "in no earlier row by a keyword search)", {"importer_country": "GB"}),
        ("CUL-06", "import", "FRSEA01", "sea", "TH", [], "FR", "392640",
         "หัวพระพุทธรูปโพลีเรซิน ลายหินทราย สำหรับตกแต่งสวน, 1 ชิ้น", "KH", 48, 1, 90, "USD",
         "a polyresin garden head is hollow, light and rings dully, with a painted sandstone finish; this one is solid "
         "grey-pink sandstone weighing 48 kg, with saw marks at the neck, lichen in the curls and the Bayon-style "
         "smile of the late 12th century: a Khmer head cut from a statue at a Cambodian temple, archaeological "
         "heritage whose export Cambodia forbids, brought in without an import licence (Regulation 2019/880) with "
         "Cambodian origin on the invoice, by sea from Laem Chabang to Le Havre; Thai wording (Khmer sculptures repeat "
         "in many sets and polyresin labels in two development sets; a polyresin garden head by sea is the new part as "
         "far as a search found)", firm("Rivage Jardin SARL", "FR")),
        ("CUL-07", "import", "ITSEA01", "sea", "EG", [], "IT", "630533",
         "أكياس بولي بروبيلين منسوجة ٥٠ كجم، ٢٠٠٬٠٠٠ كيس", "EG", 16000, 200000, 24000, "USD",
         "a PP woven-sack container for a Naples packaging distributor: woven sacks and plastic housewares are what "
         "Tenth of Ramadan moulders ship, but the third item's 'polyresin pharaonic souvenirs' are 40 shabtis in blue "
         "and green faience with incised hieroglyphic columns, chipped feet and tomb dust, and two painted wooden "
         "funerary figures: Late Period objects from an illicit dig, taken out of Egypt against its law and brought "
         "in without the import licence Regulation 2019/880 requires, hidden as the last item of a three-item "
         "declaration, by sea from Alexandria to Salerno; Egyptian Arabic wording (shabtis repeat in many sets; "
         "behind PP woven sacks and plastic housewares was found in no earlier row by a keyword search)",
         dict(firm("Vega Imballaggi Srl", "IT"),
              _more_items=[item("392490", "أدوات منزلية بلاستيكية مشكلة، ١٢٠٠ كرتونة", "EG", 6000, 9000, "USD", qty=1200),
                           item("392640", "تماثيل فرعونية تذكارية بولي ريزن، ٤٢ قطعة", "EG", 14, 84, "USD", qty=42)])),
        ("CUL-08", "import", "DESEA01", "sea", "PK", [], "DE", "848071",
         "استعمال شدہ انجیکشن مولڈ، اسٹیل، بالٹی کے لیے، 1 عدد", "PK", 1800, 1, 3000, "USD",
         "a used injection mould for buckets is a two-part steel block with cooling channels, ejector pins and a "
         "hot-runner plate; X-ray shows the 'mould' is a hollow steel box packed with a 90 cm grey-schist relief of "
         "the Buddha's life (the Great Departure) with Corinthian-style pilasters and fresh breaks: a Gandharan "
         "relief from Swat or across the border in Afghanistan, exported against Pakistani law and brought in "
         "without the import licence Regulation 2019/880 requires, by sea from Karachi to Hamburg for a 'plastics "
         "moulder'; Urdu wording (Gandhara reliefs repeat in many sets; a used injection-mould label was found in no "
         "earlier row by a keyword search)", firm("Orion Kunststofftechnik GmbH", "DE")),
        ("CUL-09", "import", "ESSEA01", "sea", "EC", [], "ES", "590310",
         "Lona flex de PVC para impresión de banners, 3,2 m, 40 rollos", "EC", 3600, 40, 5200, "USD",
         "PVC flex banner is a glossy white PVC-coated polyester mesh sold in rolls; rolled into the core of one roll "
         "are three unframed oil paintings on canvas, an Immaculate Conception and two archangels with gilded "
         "brocade, craquelure and church inventory marks, cut from their frames in a parish church in Imbabura: Quito "
         "School paintings of the 18th century, national heritage whose export Ecuador forbids, brought in without "
         "an import licence (Regulation 2019/880), by sea from Guayaquil to Valencia for a sign-printing firm; "
         "Ecuadorian Spanish wording (Quito School works repeat in several sets; rolled in PVC flex-banner rolls was "
         "found in no earlier row by a keyword search)", firm("Delta Rótulos SL", "ES")),
        ("CUL-10", "import", "DEAIR01", "air", "ET", [], "DE", "640299",
         "የኢቫ ፎም ሳንዳሎች፣ 600 ጥንድ", "ET", 300, 600, 1200, "USD",
         "an EVA-sandal air shipment is light, foam-packed footwear; two cartons weigh four times the rest and hold "
         "parchment codices in wooden boards with Ge'ez text, coloured miniatures and church seals, and two brass "
         "processional crosses: Ethiopian church manuscripts and crosses of the 17th-18th century, taken out of "
         "Ethiopia, which forbids the export of its heritage, brought in without the import licence Regulation "
         "2019/880 requires, flown from Addis Ababa to Frankfurt for a footwear importer; Amharic wording (Ethiopian "
         "manuscripts and crosses repeat in many sets; inside an EVA-sandal shipment is the new part as far as a "
         "search found)", firm("Alpina Schuhe GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "FRSEA01", "sea", "FR", [], "AE", "400299",
         "Polybutadiène liquide pour mastics de vitrage isolant, 40 fûts", "FR", 8000, 40, 36000, "EUR",
         "liquid polybutadiene for insulating-glass sealants is a low-grade, yellowish oil sold by the tonne; these "
         "40 drums hold a water-white, hydroxyl-terminated grade with a certificate of hydroxyl value and low "
         "moisture of the kind only solid-propellant binders need, for a Jebel Ali 'glazing' trader whose "
         "consignments go on to Bandar Abbas: HTPB (dual-use 1C111, an MTCR propellant binder) exported without the "
         "licence Regulation 2021/821 requires, from Le Havre; French wording (HTPB repeats in two sets under "
         "roofing and flooring labels; kept as a known repeat, an insulating-glass sealant label is the new part)",
         {"importer_country": "AE"}),
        ("STR-02", "export", "BEAIR01", "air", "BE", [], "CN", "392099",
         "PVDF-beschermfolie voor zonnepaneel-achterbladen, 25 µm, 60 rollen", "BE", 600, 60, 9000, "EUR",
         "PVDF film for PV backsheets is a cheap, white, weather-proof film sold by the tonne; these 60 rolls are "
         "clear, metallised on both faces, poled, with a piezo coefficient on the maker's sheet and worth hundreds "
         "of euros a square metre, for a Chengdu 'solar' firm on a university's military-research campus: "
         "vinylidene fluoride copolymer film with a beta crystalline structure (dual-use 1C009.a, for sonar and "
         "hydrophone arrays) exported without a licence, flown from Brussels; Flemish wording (piezo materials "
         "repeat in many sets and PVDF once, in a solvent; a PV-backsheet film label was found in no earlier row by a "
         "keyword search)", {"importer_country": "CN"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["PL", "BY", "RU"], "KZ", "847710",
         "Vollelektrische Spritzgießmaschinen, 150 t Schließkraft, 4 Stück", "DE", 28000, 4, 520000, "EUR",
         "four new all-electric injection moulding machines for an Almaty 'household plastics' firm set up last year, "
         "whose forwarding order names a consignee in Izhevsk and whose moulds, shipped separately, are for drone "
         "airframe and fuze-housing parts: machinery of heading 8477, whose sale for use in Russia Regulation "
         "833/2014 forbids (Annex XXIII), by lorry from Lossburg through Poland, Belarus and Russia; German wording "
         "(re-exports to Russia through Kazakhstan repeat in many sets; injection-moulding machines were found in no "
         "earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-04", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "401012",
         "Резеңке конвейер таспасы, тоқыма қаңқалы, Қазақстан өндірісі, 40 орам", "KZ", 60000, 40, 180000, "USD",
         "Kazakh conveyor belting comes from two small plants with their own markings; these 40 rolls carry a "
         "Bobruisk maker's vulcanised edge stamp under a painted-over strip and Belarusian quality tags inside the "
         "cores, with a Kazakh certificate of origin issued after transhipment: Belarusian rubber products, whose "
         "import into the Union Regulation 765/2006 forbids, by rail to Kena for a Vilnius quarry supplier; Kazakh "
         "wording (Belarusian tyres under Kazakh origin repeat in several sets; conveyor belting was found in a few "
         "rows, on other goods, and Belarusian belting under Kazakh origin in none)", firm("Vega Konvejeriai UAB", "LT")),
        ("STR-05", "import", "GRSEA01", "sea", "AE", [], "GR", "390410",
         "بولي فينيل كلورايد معلق K67، منشأ الإمارات، أكياس 25 كجم، 500 طن", "AE", 500000, 20000, 400000, "USD",
         "the Emirates make no suspension PVC; these 20,000 sacks, re-bagged at a Jebel Ali warehouse, carry a "
         "Mahshahr petrochemical company's lot codes on the inner liners and Persian print on the pallet sheets: "
         "Iranian petrochemical products, whose import into the Union Regulation 267/2012 forbids, by sea from "
         "Jebel Ali to Piraeus with an Emirati certificate of origin for a pipe extruder; Gulf Arabic wording "
         "(Iranian polyethylene under Emirati origin repeats in several sets; Iranian PVC resin was found in no "
         "earlier row by a keyword search)", firm("Atlantic Plastika AE", "GR")),
        ("STR-06", "export", "NLROAD01", "road", "NL", ["DE", "AT", "HU"], "RS", "540249",
         "Polyethyleen garen voor vislijnen, hoge sterkte, 1.760 dtex, 2 t", "NL", 2000, None, 90000, "EUR",
         "fishing-line yarn is fine, braided polyethylene at tens of euros a kilogram; these bobbins hold heavy-denier "
         "UHMWPE filament and 120 cross-plied unidirectional sheets cut to plate-carrier size, for a Novi Sad "
         "'fishing tackle' firm that forwards to Moscow: high-modulus polyethylene fibre (dual-use 1C010.a) and "
         "body-armour material (Common Military List ML13) exported without a licence and for use in Russia against "
         "Regulation 833/2014, by lorry from Heerlen; Dutch wording (UHMWPE repeats in a few sets and fishing-line "
         "labels in a few, on optical fibre; on UHMWPE yarn and armour sheets is the new part as far as a search found)", {"importer_country": "RS"}),
        ("STR-07", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "391220",
         "Nitrocelulóza pro tiskové barvy, 11,5 % N, vlhčená izopropanolem, 200 sudů", "CZ", 24000, 200, 84000,
         "EUR",
         "ink-grade nitrocellulose is a soluble, low-nitrogen (10.7-12.2 % N) fluffy chip wetted with alcohol; these "
         "drums hold a long-fibre, 13.2 % N, ether-insoluble guncotton damped with water, for a Belgrade "
         "'printing-ink' firm whose owner also runs a propellant plant: nitrocellulose of more than 12.5 % nitrogen "
         "(Common Military List ML8) exported without a licence, by lorry from Pardubice through Slovakia and "
         "Hungary; Czech wording (nitrocellulose repeats in many sets; kept as a known repeat, an ink-grade label "
         "by road to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "LB", "381239",
         "Costabilitzant líquid de fosfit per a PVC, bidons de 200 l, 30 bidons", "ES", 6000, 30, 9000, "EUR",
         "a liquid phosphite co-stabiliser for PVC is a viscous, nearly odourless aryl-alkyl phosphite of 1.0 kg/l; "
         "these drums hold a thin, mobile liquid of 1.05 kg/l that smells strongly and unpleasantly, fumes in moist "
         "air and has CAS 121-45-9 on the Tarragona maker's inner labels, for a Beirut 'PVC stabiliser' firm "
         "whose lorries go on to Syria: trimethyl phosphite (CWC Schedule 3, dual-use 1C350) exported without the "
         "licence Regulation 2021/821 requires and towards Syria, from Tarragona; Catalan wording (trimethyl "
         "phosphite repeats in one set and development rows; a PVC co-stabiliser label was found in no earlier row "
         "by a keyword search)", {"importer_country": "LB"}),
        ("STR-09", "export", "PTSEA01", "sea", "PT", [], "TR", "848071",
         "Moldes de injeção usados para peças automóveis, 6 unidades", "PT", 22000, 6, 30000, "EUR",
         "used injection moulds are steel blocks with cavities, cooling lines and ejector plates; these six crates "
         "hold a dismantled five-axis vertical machining centre (head, table, column, control cabinet) from a "
         "Marinha Grande mould shop, for an Istanbul 'mould trader' whose buyer is in Russia: a metal-cutting "
         "machining centre (8457) on the common high-priority list whose sale for use in Russia Regulation 833/2014 "
         "forbids, by sea from Leixões to Ambarli; Portuguese wording (machining centres repeat in several sets and "
         "Marinha Grande in two; a used-mould label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "PLROAD01", "road", "PL", ["BY", "RU"], "KZ", "392330",
         "Preformy PET 28 g, 500 000 szt.", "PL", 14000, 500000, 28000, "EUR",
         "a lorry of PET preforms and caps for a Karaganda bottler at Terespol: preforms are what Polish moulders "
         "export, but the third item's 'części zamienne do wydmuchiwarki' are reels of microcontrollers and FPGAs, "
         "with no blow-moulding machine part among them, for a forwarder in Kazan: integrated circuits (8542 31) on "
         "the common high-priority list whose sale for use in Russia Regulation 833/2014 forbids, hidden as the last "
         "item of a three-item declaration; Polish wording (integrated circuits repeat in many sets; behind PET "
         "preforms under a blow-moulder spare-parts label was found in no earlier row by a keyword search)",
         dict({"importer_country": "KZ"},
              _more_items=[item("392350", "Nakrętki PE 28 mm, 600 000 szt.", "PL", 1500, 3600, "EUR", qty=600000),
                           item("847790", "Części zamienne do wydmuchiwarki, 12 kg", "PL", 12, 600, "EUR")])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ESSEA01", "sea", "KH", [], "ES", "440799",
         "ឈើកៅស៊ូអារ ស្ងួតក្នុងឡ សម្រាប់គ្រឿងសង្ហារិម, ២០ ម៉ែត្រគូប", "KH", 18000, None, 7000, "USD",
         "kiln-dried rubberwood is pale cream, plain-grained and light (about 600 kg/m3); these boards are dense "
         "(about 1,000 kg/m3), deep red-purple with black streaks and a sweet rosewood scent when sawn: Siamese "
         "rosewood (Dalbergia cochinchinensis, CITES App. II) without CITES documents, by sea from Sihanoukville to "
         "Valencia for a furniture maker; Khmer wording (rosewood under rubberwood labels repeats in several sets, "
         "one from Viet Nam; kept as a known repeat, from Cambodia with a Khmer label is the new part)",
         firm("Horizon Muebles SL", "ES")),
        ("WLF-02", "import", "ITAIR01", "air", "ID", [], "IT", "590320",
         "Kulit sintetis PU bermotif ular, timbul, untuk tas, 600 lembar", "ID", 300, 600, 1800, "USD",
         "PU synthetic leather with a snake print is a knitted fabric with an embossed plastic coat, even, repeated "
         "and sold by the metre; these are 600 whole, tanned, belly-cut skins, each different, with tapering tails, "
         "real overlapping scales and the pattern of Python reticulatus: python skins (CITES App. II) without CITES "
         "export permits, flown from Jakarta to Milan for a handbag workshop; Indonesian wording (python skins repeat "
         "in many sets under snake-print labels, on cowhide and once on PU dog collars (blind190); kept as a known "
         "repeat, whole skins as snake-print PU sheeting for handbags are the new part)", firm("Alpina Pelletteria Srl", "IT")),
        ("WLF-03", "import", "ESAIR01", "air", "CU", [], "ES", "392119",
         "Planchas de galalita (caseína), imitación carey, para botones y peines, 30 kg", "CU", 30, None, 300, "USD",
         "galalith imitation-tortoiseshell sheet is an even, milky-brown casein plastic, cast in flat, regular "
         "plates that smell of burnt milk when drilled; these are curved, overlapping, translucent amber-and-brown "
         "plates of unequal size with growth lines, which smell of burnt hair under a hot needle: hawksbill turtle "
         "scutes (Eretmochelys imbricata, CITES App. I) without CITES documents, flown from Havana to Madrid for a "
         "button maker; Cuban Spanish wording (hawksbill scutes and bekko repeat in many sets; a galalith label was "
         "found in no earlier row by a keyword search)", firm("Meridian Botones SL", "ES")),
        ("WLF-04", "import", "CZAIR01", "air", "MZ", [], "CZ", "401700",
         "Varões de ebonite para fabrico de canetas e boquilhas, 12 kg", "MZ", 12, 24, 240, "USD",
         "ebonite rods are hard, jet-black vulcanised rubber turned to even cylinders that smell of sulphur when "
         "cut; these 24 pieces are dark grey-brown, fibrous, tapering blocks with a hairy texture at the base, "
         "sawn into lengths and painted black, and smell of burnt hair: rhinoceros horn (CITES App. I) without "
         "CITES documents, flown from Maputo to Prague for a 'pen maker' linked to a Vietnamese trading network; "
         "Mozambican Portuguese wording (rhino horn repeats in many sets; an ebonite-rod label on wildlife was found "
         "in no earlier row by a keyword search)", firm("Delta Psací Potřeby s.r.o.", "CZ")),
        ("WLF-05", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "391590",
         "Polypropylene scrap, flakes, mixed colours, in jumbo bags, transit, 24 t", "NG", 24000, None, 4800, "USD",
         "PP flakes are light, flat, shiny plastic chips that float on water; the back row of big bags holds hard, "
         "brown, keratinous, overlapping scales that sink and smell of animal, about 6 t of them: pangolin scales "
         "(Manidae, CITES App. I) without CITES documents, landed at Antwerp in transit from Lagos to Haiphong; "
         "Nigerian English wording (pangolin scales repeat in many sets; under a PP-scrap label in transit through "
         "Antwerp was found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-06", "import", "NLAIR01", "express", "VN", [], "NL", "670210",
         "Hoa lan hài giả PU chạm như thật, 40 cành", "VN", 3, 40, 120, "USD",
         "real-touch PU artificial orchids are foam petals on wire stems, odourless and identical; these 40 are "
         "living, bare-rooted slipper orchids with moss on the roots, leaf scars and different sizes, dug in the "
         "Cao Bằng karst: wild Paphiopedilum (CITES App. I) without CITES documents, sent by express from Hanoi to "
         "a private grower in Leiden; Vietnamese wording (Paphiopedilum repeats in many sets; a real-touch PU "
         "artificial-flower label was found in no earlier row by a keyword search)", person("Mw. E. de Jong", "NL")),
        ("WLF-07", "import", "ATAIR01", "express", "HK", [], "AT", "911390",
         "氟橡膠錶帶, 鱷魚紋壓紋, 20 毫米, 60 條", "HK", 1.2, 60, 900, "HKD",
         "FKM rubber watch straps with a croco emboss are moulded, identical and slightly rubbery; these 60 are "
         "stitched, tanned skin with irregular, bony-centred scales and the belly pattern of the Siamese crocodile, "
         "from an unregistered farm: Crocodylus siamensis (CITES App. I, trade only from registered captive-breeding "
         "operations) without CITES documents, sent by express from Hong Kong to a private buyer in Salzburg; "
         "Cantonese (traditional Chinese) wording (crocodile leather repeats in many sets and watch-strap labels in "
         "several; an FKM-rubber strap label is the new part as far as a search found)", person("Thomas Gruber", "AT")),
        ("WLF-08", "import", "FRAIR01", "express", "SN", [], "FR", "392690",
         "Porte-clés en PVC souple, motifs marins, 2 000 pièces", "SN", 4, 2000, 150, "EUR",
         "soft-PVC keyrings are flat, moulded, identical and weigh a few grams; these cartons hold 2,000 dried, "
         "curled, bony seahorses of several sizes, many still with a ring through the head for a keyring, for a "
         "traditional-medicine shop in the 13th arrondissement: Hippocampus spp. (CITES App. II) without CITES "
         "documents, sent by express from Dakar to Paris; Senegalese French wording (seahorses repeat in many sets and "
         "seahorse keyrings in two, blind9 and blind196; kept as a known repeat, a soft-PVC keyring label by express to "
         "Paris is the new part)", firm("Orion Herboristerie SARL", "FR")),
        ("WLF-09", "import", "DEAIR01", "air", "BR", [], "DE", "920999",
         "Blanks de compósito de fibra de carbono para arcos de violino, 120 peças", "BR", 18, 120, 1200, "USD",
         "carbon-fibre bow blanks are black, woven, perfectly straight rods of 1.5 kg/l that sound hollow; these 120 "
         "are orange-red heartwood sticks that darken on cutting, sink in water and carry an inked Espírito Santo "
         "sawmill stamp: pernambuco (Paubrasilia echinata, CITES App. II, annotation covering bows and blanks) "
         "without CITES documents, flown from São Paulo to Munich for a bow maker; Brazilian Portuguese wording "
         "(pernambuco repeats in many sets under other bow-wood labels; a carbon-fibre blank label was found in no "
         "earlier row by a keyword search)",
         firm("Central Bogenbau GmbH", "DE")),
        ("WLF-10", "import", "NLSEA01", "sea", "MY", [], "NL", "392590",
         "Bingkai gambar acuan buih PVC (Celuka), 40 mm, 18 m3", "MY", 10000, None, 6000, "USD",
         "PVC-foam picture-frame mouldings are light (about 500 kg/m3), white inside, uniform and smell of plastic "
         "when sawn; these are heavy, pale-yellow hardwood mouldings with fine, straight grain and a mild "
         "unpleasant smell, lacquered white: ramin (Gonystylus spp., CITES App. II) without CITES documents, by sea "
         "from Kuching to Rotterdam; Malay wording (ramin repeats in several sets under rubberwood labels; a "
         "PVC-foam moulding label is the new part as far as a search found)", firm("Rivage Lijsten BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "air", "US", "DE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model engine fuel blending)", "US", 4.6, 4, 160, "USD",
     [("PRECURSOR_LICENCE", "DE-BAFA-61-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PTAIR01", "air", "CN", "PT", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur pyrotechnics club)", "CN", 2, 2, 40, "USD",
     [("PRECURSOR_LICENCE", "PT-PSP-61-0031")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "382499",
     "Halogenated still bottoms from VCM production (07 01 07*), for high-temperature incineration, 20 t", "CH", 20000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-NW-61-0388")], "notified VCM heavy ends to a licensed incinerator"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "391590",
     "Plastic waste with brominated flame retardants (19 12 11*), WEEE housings, for incineration with energy recovery, 22 t",
     "NO", 22000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-61-0102")], "notified BFR plastic waste to a licensed plant"),
    ("PRM-05", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "Carbon tetrachloride, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10,
     700, "USD", [("ODS_LICENCE", "DE-UBA-ODS-61-011")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290374",
     "HCFC-141b, 40 drums, for use as feedstock in a fluorochemical synthesis", "CN", 10000, 40, 16000, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-61-004")], "HCFC-141b imported for a licensed feedstock use"),
    ("PRM-07", "cultural", "import", "BEAIR01", "air", "IN", "BE", "970310",
     "Bronze figure of Parvati, Vijayanagara, 16th century, documented in a British collection since 1958, with Indian non-antiquity clearance",
     "GB", 14, 1, 120000, "EUR", [("CULTURAL_IMPORT_LICENCE", "BE-FOD-IMP-61-0017")],
     "sculpture imported with the Union import licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970510",
     "Etruscan bronze votive figurines, 3, documented Italian private collection since 1939, with export licence", "IT",
     1.2, 3, 45000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-61-0240")],
     "archaeological objects exported with the EU export licence and Italian certificate"),
    ("PRM-09", "strategic", "export", "FRSEA01", "sea", "FR", "IN", "400299",
     "Hydroxyl-terminated polybutadiene (HTPB), 20 drums, for an Indian space agency propulsion centre", "FR", 4000,
     20, 40000, "EUR", [("EXPORT_LICENCE", "FR-SBDU-61-0533"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-61-0098")],
     "dual-use HTPB under licence to a named end user"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "JP", "392099",
     "Piezoelectric PVDF copolymer film, poled, metallised, 10 rolls, for a Japanese medical-ultrasound maker", "BE",
     100, 10, 30000, "EUR", [("EXPORT_LICENCE", "BE-VL-61-0077"), ("END_USER_CERTIFICATE", "JP-METI-EUC-61-0045")],
     "dual-use piezoelectric film under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "MY", "IT", "410640",
     "Reticulated python skins, tanned, from registered Malaysian harvest quota, 300 pieces", "MY", 150, 300, 18000,
     "USD", [("CITES_PERMIT", "MY-PERHILITAN-61-0412")], "App. II python skins with their export permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "BR", "DE", "920999",
     "Pernambuco bow blanks, from a registered pre-Convention stock, 40 pieces", "BR", 6, 40, 8000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-61-0177")], "App. II pernambuco bow blanks with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Lena Wagner", "PRM-02": "Particular", "PRM-03": "Central Sonderabfall GmbH",
    "PRM-07": "Horizon Asian Art SA", "PRM-09": "Liquid Propulsion Systems Centre", "PRM-12": "Alpina Bogenbau GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most from the plastics and
    # rubber trade
    ("320649", "Pearl mica pigment powder for epoxy resin art, 100 g pouches", "import", ["post"], ["CN", "HK"], (15, 30), (1, 3), ["USD"], 10, S),
    ("400520", "Tube-patch vulcanising solution, 1 l tins", "import", ["express"], ["TH", "MY"], (10, 20), (1, 4), ["USD"], 1, S),
    ("283429", "Calcium nitrate coagulant for latex dipping, 25 kg bags", "import", ["sea"], ["MY", "TH"], (0.6, 1.2), (8000, 20000), ["USD"], None, S),
    ("381400", "PVC solvent cement primer, 250 ml tins", "import", ["sea"], ["IN", "US"], (2, 4), (2000, 6000), ["USD"], 4, S),
    ("381239", "Calcium-zinc PVC stabiliser, one-pack, 25 kg bags", "import", ["sea"], ["CN", "TR"], (1.5, 2.5), (10000, 20000), ["USD", "EUR"], None, S),
    ("340490", "Polyethylene wax prills for masterbatch, 25 kg bags", "import", ["sea"], ["CN", "KR"], (1.2, 2), (8000, 18000), ["USD"], None, S),
    ("281700", "Zinc oxide, rubber grade, 25 kg bags", "import", ["sea"], ["EG", "IN"], (2.5, 3.5), (10000, 20000), ["USD"], None, S),
    ("340290", "Bowling ball cleaner, 1 quart bottles", "import", ["post"], ["US"], (10, 18), (1, 4), ["USD"], 1, S),
    ("382499", "Sorbitol-type clarifying agent for polypropylene, 20 kg cartons", "import", ["sea"], ["US", "JP"], (8, 14), (1000, 4000), ["USD"], None, S),
    ("390770", "PLA pellets for filament extrusion, 1 kg bags", "import", ["post", "express"], ["CA", "CN"], (10, 20), (1, 4), ["USD", "CAD"], 1, S),
    ("151800", "Epoxidised soybean oil, PVC plasticiser, IBCs", "export", ["road"], ["RS", "UA"], (1.2, 1.8), (18000, 22000), ["EUR"], None, S),
    ("390330", "ABS granules, prime, black, 25 kg bags", "export", ["sea"], ["EG", "IN"], (1.8, 2.6), (18000, 24000), ["EUR"], None, S),
    ("392390", "Reconditioned 1000 l IBCs, washed and UN-tested", "export", ["sea"], ["TG", "GH"], (80 / 60, 2.4), (6000, 14000), ["EUR"], 1 / 60, S),
    ("390210", "Polypropylene copolymer granules, virgin, injection grade", "export", ["sea"], ["VN", "MY"], (1.1, 1.6), (18000, 24000), ["EUR"], None, S),
    ("390791", "Gelcoat, white, isophthalic, fresh batch, 20 kg pails", "export", ["sea"], ["NG", "SN"], (4, 7), (2000, 8000), ["EUR"], 0.05, S),
    ("847710", "Used injection moulding machines, working, inspected", "export", ["sea"], ["NG", "GH"], (1, 2), (8000, 24000), ["EUR"], 0.0001, S),
    ("390120", "HDPE pipe-grade granules, virgin, black", "export", ["sea"], ["MA", "DZ"], (1.2, 1.7), (18000, 24000), ["EUR"], None, S),
    ("390422", "Plasticised PVC compound for shoe soles, lead-free", "export", ["road"], ["BA", "RS"], (1.4, 2.2), (10000, 22000), ["EUR"], None, S),
    ("290531", "Monoethylene glycol, fibre grade, ISO tanks", "export", ["road"], ["UA", "MD"], (0.6, 0.9), (18000, 22000), ["EUR"], None, S),
    ("293299", "1,3-Dioxolane, PU mixing-head flushing solvent, drums", "import", ["sea"], ["CN", "DE"], (2, 3.5), (4000, 10000), ["USD"], None, S),
    ("392111", "XPS insulation boards, CO2-blown, 50 mm", "import", ["road"], ["MK", "TR"], (1.2, 2), (12000, 24000), ["EUR"], 0.1, S),
    ("290219", "Cyclopentane/isopentane blend for PU foaming, drums", "import", ["sea"], ["CN", "KR"], (1.2, 2), (8000, 16000), ["USD"], None, S),
    ("290312", "Dichloromethane, technical, 250 kg drums", "import", ["sea"], ["IN", "CN"], (0.5, 0.9), (8000, 20000), ["USD"], None, S),
    ("842139", "Refrigerated compressed-air dryers, new, R-290 charge", "import", ["sea"], ["CN", "TR"], (6, 12), (2000, 6000), ["USD"], 0.01, S),
    ("350691", "EPDM roofing bonding adhesive, solvent-based, 5 l cans", "import", ["sea"], ["VN", "US"], (2.5, 4), (4000, 10000), ["USD"], 0.2, S),
    ("281121", "Liquid carbon dioxide, industrial, in dewars", "import", ["road"], ["TR", "RS"], (0.4, 0.8), (4000, 10000), ["EUR"], 0.005, S),
    ("390110", "LDPE granules for foam extrusion, 25 kg bags", "import", ["sea"], ["KR", "SA"], (1.1, 1.5), (18000, 24000), ["USD"], None, S),
    ("290110", "n-Pentane, foaming grade, drums", "import", ["sea"], ["CN", "KR"], (1, 1.8), (8000, 16000), ["USD"], None, S),
    ("340290", "Alkaline tyre-mould cleaning gel, 20 l canisters", "import", ["road"], ["UA", "TR"], (2, 4), (2000, 6000), ["EUR"], 0.05, S),
    ("400121", "Ribbed smoked sheet natural rubber, RSS 3", "import", ["sea"], ["IN", "TH"], (1.5, 2.2), (18000, 22000), ["USD"], None, S),
    ("400129", "Pale crepe natural rubber for shoe soles", "import", ["sea"], ["LK"], (2, 3), (8000, 14000), ["USD"], None, S),
    ("401699", "Encauchado rubberised craft bowls and bags, new", "import", ["post"], ["BR"], (20, 40), (1, 3), ["USD", "BRL"], 1, S),
    ("400122", "Technically specified natural rubber TSR 20, 35 kg bales", "import", ["sea"], ["LR", "CI"], (1.4, 1.9), (18000, 22000), ["USD"], None, S),
    ("392640", "Polyresin garden statues, Buddha heads, sandstone finish", "import", ["sea"], ["TH", "CN"], (3, 6), (2000, 6000), ["USD"], 0.1, S),
    ("848071", "Injection moulds for household buckets, used", "import", ["sea"], ["PK", "CN"], (2, 5), (1000, 4000), ["USD"], 0.001, S),
    ("590310", "PVC flex banner material, 3.2 m rolls", "import", ["sea"], ["EC", "CN"], (1.2, 2), (4000, 10000), ["USD"], 0.01, S),
    ("590320", "PU synthetic leather, snake-print embossed, for bags", "import", ["sea"], ["ID", "CN"], (3, 6), (3000, 9000), ["USD"], 2, S),
    ("670210", "Real-touch PU artificial orchids", "import", ["express"], ["VN", "CN"], (20, 40), (1, 3), ["USD"], 10, S),
    ("911390", "FKM rubber watch straps, croco-embossed, 20 mm", "import", ["express"], ["HK", "CH"], (200, 400), (1, 2), ["HKD", "CHF"], 40, S),
    ("392590", "PVC-foam picture-frame mouldings, white", "import", ["sea"], ["MY", "CN"], (1.2, 2), (6000, 14000), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("481890", "Disposable paper party tablecloths, printed", "import", ["sea"], ["CN", "TR"], (1.5, 3), (3000, 8000), ["USD"], 4, N),
        ("441490", "Wooden photo frames, painted", "import", ["sea"], ["CN", "IN"], (3, 6), (2000, 6000), ["USD"], 3, N),
        ("950300", "Wooden building blocks, children's", "import", ["road"], ["PL", "CZ"], (4, 7), (3000, 8000), ["EUR"], 1, N),
        ("630493", "Knitted throw blankets, acrylic", "import", ["post", "express"], ["TR", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind210", 20610301, HERE)


if __name__ == "__main__":
    main()
