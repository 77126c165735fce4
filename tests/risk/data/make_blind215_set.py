#!/usr/bin/env python3
"""Writes the two-hundred-and-fifteenth blind set (tests/risk/data/blind215-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2062, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
an emphasis on a kind of trade rather than a region: railways and rolling stock (rail
freight operators, China-Europe and other block trains, wagon and locomotive makers and
repairers, track maintenance and signalling, rail-served industrial sidings, heritage
railways). Written by a person who had not read the profile packs (nor any rule file) and
had not run the engine on it, and committed before any change measured on it, to be
measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra
header fields may carry "_item" (fields merged into its item) and "_more_items" (further
items).

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
would. Ids are BL215-*:

    python3 tests/risk/data/make_blind215_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2062, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2062
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "BGRAIL01", "rail", "TR", [], "BG", "382499",
         "Dizel lokomotif soğutma suyu korozyon önleyici konsantre, 10 l bidon, 1.200 bidon", "TR", 14400, 1200,
         7200, "EUR",
         "a nitrite-borate cooling-water inhibitor for diesel locomotives is a pink or yellow, faintly soapy liquid of "
         "about 1.05 kg/l sold to depots in 200 l drums; these 1,200 retail cans have vented caps, hold a water-clear "
         "liquid of 1.20 kg/l that fizzes on rust and whitens the skin, and the wagon also carries a filler's drum "
         "marked 'H2O2 50 %': hydrogen peroxide (Annex I above 12 %) retail-packed for a Plovdiv car-accessory chain "
         "that sells to the public, in a covered wagon through Kapıkule to Svilengrad; Turkish wording (hydrogen "
         "peroxide repeats in many sets and an AdBlue label on it once, blind183; a locomotive coolant-inhibitor "
         "label by rail from Türkiye was found in no earlier row by a keyword search)",
         firm("Vega Avto Aksesoari EOOD", "BG")),
        ("PRE-02", "import", "IEAIR01", "express", "GB", [], "IE", "382499",
         "Sandite-type railhead adhesion modifier, powder component, for leaf-fall season, 4 x 1 kg", "GB", 4, 4, 60,
         "GBP",
         "Sandite is a gel of sand, steel shot and aluminium grains that railways spread on leaf-covered rails with "
         "treatment trains; it is grey, gritty and heavy, and nobody sells it to private persons; these four tubs "
         "hold clear, cubic, salt-like crystals with no grit, that draw damp, flare yellow on a match and whose inner "
         "bags read 'NaClO3': sodium chlorate (Annex I above 40 %) sent by express from Crewe to a private person in "
         "Mullingar who volunteers on a heritage line; British English wording (sodium chlorate repeats in many sets; "
         "a Sandite railhead-treatment label was found in no earlier row by a keyword search)",
         person("Mr Seán Byrne", "IE")),
        ("PRE-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "281820",
         "白刚玉磨料 F36, 钢轨打磨砂轮用, 1 公斤袋装, 6,000 袋", "CN", 6000, 6000, 5400, "USD",
         "white fused alumina for rail-grinding wheels is a hard, angular, glassy grit that scratches glass, never "
         "dissolves and is bought by wheel makers in 25 kg sacks, not 1 kg bags; these bags hold soft, white "
         "crystals that dissolve in hot water, burn fiercely mixed with sugar and carry CAS 7778-74-7 on the inner "
         "liners, for a Łódź pyrotechnic-hobby web shop, in a container on a Xi'an-Małaszewicze block train: "
         "potassium perchlorate (Annex I above 40 %) retail-packed for members of the public; Chinese wording "
         "(potassium perchlorate repeats in many sets; a white fused alumina label for rail grinding was found in "
         "no earlier row by a keyword search)", firm("Orion Pirotechnika Sp. z o.o.", "PL")),
        ("PRE-04", "import", "PTAIR01", "express", "BR", [], "PT", "381111",
         "Aditivo limpa-bicos injetores para locomotivas diesel, 4 frascos de 1 litro", "BR", 4.5, 4, 260, "BRL",
         "an injector-cleaner additive for diesel locomotives is a light petroleum distillate of about 0.80 kg/l "
         "sold by the drum to railway depots; these four bottles hold an oily liquid of 1.13 kg/l that sinks in "
         "diesel, smells faintly fruity and carries 'CH3NO2 - 100 %' on the supplier's sheet inside: nitromethane "
         "(Annex I above 16 %), sent by express from Juiz de Fora to a private person in Entroncamento, although "
         "flammable liquids travel by express only as declared dangerous goods; Brazilian Portuguese wording "
         "(nitromethane under injector-cleaner labels kept as a repeat, blind52; a locomotive-injector label from "
         "Brazil to Portugal is the new part as far as a search found)", person("João Pereira", "PT")),
        ("PRE-05", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "250510",
         "Песок кварцевый сушёный для песочниц локомотивов, мешки 25 кг, 900 мешков", "KZ", 22500, 900, 4500, "EUR",
         "dried quartz sand for locomotive sanders is a heavy, sharp, brown-grey sand of 1.6 kg/l that never "
         "dissolves and grates between the fingers; these 900 sacks hold white, round, porous prills that turn "
         "ice-cold in water, dissolve completely, test at 34 % N and melt and fume on a hot plate, for a Klaipėda "
         "garden-centre chain that sells 25 kg sacks to the public as 'snow grit': ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, in a covered wagon through Kena; Russian wording "
         "from Kazakhstan (ammonium nitrate repeats in many sets and sand covers in several; a locomotive-sander "
         "sand label was found in no earlier row by a keyword search)", firm("Atlantic Sodo Prekyba UAB", "LT")),
        ("PRE-06", "import", "ATRAIL01", "rail", "CH", [], "AT", "340290",
         "Entkalker für Vakuum-WC-Anlagen in Reisezugwagen, 5-l-Kanister, 900 Stück", "CH", 6300, 900, 8100, "CHF",
         "descalers for the vacuum toilets of passenger coaches are citric or sulphamic acid gels that are thick, "
         "mild and smell of nothing; these canisters hold a thin, water-clear liquid of 1.40 kg/l that fumes brown "
         "when opened, stains the fingers yellow and eats into a copper coin, for a Vienna cleaning-supplies "
         "cash-and-carry open to the public: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of "
         "the public, in a swap body on a train from Buchs SG; Swiss German wording (nitric acid repeats in many "
         "sets and descaler labels in several, on espresso and still descalers; a coach vacuum-toilet descaler label "
         "was found in no earlier row by a keyword search)", firm("Central Reinigungsbedarf GmbH", "AT")),
        ("PRE-07", "import", "SKRAIL01", "rail", "UA", [], "SK", "285390",
         "Вода дистильована для тягових акумуляторних батарей, каністри 5 л, 2 400 каністр", "UA", 22000, 2400,
         3600, "EUR",
         "distilled top-up water for traction batteries is neutral, 1.00 kg/l and costs almost nothing; these "
         "canisters hold an oily liquid of 1.84 kg/l that grows hot with a drop of water and blackens a sugar cube, "
         "for a Košice car-parts chain whose shops sell 5 l cans to motorists: about 96 % sulphuric acid (Annex I "
         "above 15 %) retail-packed for members of the public, on a wagon at Čierna nad Tisou; Ukrainian wording "
         "(sulphuric acid repeats in many sets and battery-water labels in a few, blind150; for traction batteries by "
         "rail from Ukraine to Slovakia is the new part as far as a search found)",
         firm("Delta Autodiely s.r.o.", "SK")),
        ("PRE-08", "import", "ITPOST01", "post", "IN", [], "IT", "252620",
         "रेल डिब्बा दरवाज़ा रबर सील के लिए टैल्क पाउडर, 4 x 1 किलो", "IN", 4, 4, 1800, "INR",
         "talc for the rubber door seals of railway coaches is a soft, greasy, grey-white powder that clings to the "
         "skin and never dissolves; these four bags hold a gritty, white crystalline powder that dissolves in water, "
         "spits violet sparks on a hot iron and carries CAS 3811-04-9 on the inner bags, posted from Chennai (where "
         "coaches are built) to a private person in Bologna: potassium chlorate (Annex I above 40 %) to a member of "
         "the public; Hindi wording (potassium chlorate repeats in many sets and talc covers in several, blind164 "
         "among them; a coach door-seal talc label was found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-09", "import", "DEPOST01", "post", "GB", [], "DE", "382499",
         "Live steam locomotive boiler water treatment (tannin/soda), 5-inch gauge, 3 x 1 kg", "GB", 3, 3, 45, "GBP",
         "boiler-water treatment for miniature live-steam locomotives is a brown tannin and soda-ash powder that "
         "stains water tea-coloured and smells of bark; these three tubs hold a pure white, odourless powder that "
         "leaves water clear, draws damp and burns brightly with sugar, and the re-used tubs carry a chemical "
         "supplier's 'NaClO4' label under the new one: sodium perchlorate (Annex I above 40 %), posted from Yorkshire "
         "to a private person in Bad Harzburg who runs a garden railway; British English wording (sodium perchlorate "
         "repeats in many sets; a live-steam boiler-treatment label was found in no earlier row by a keyword "
         "search)", person("Herr K. Becker", "DE")),
        ("PRE-10", "import", "HRRAIL01", "rail", "RS", [], "HR", "382000",
         "Koncentrat tečnosti za pranje vetrobrana lokomotiva, 5 l, 1.600 kanistera", "RS", 9600, 1600, 4800, "EUR",
         "windscreen-washer concentrate for locomotive cabs is a blue, alcohol-smelling liquid of about 0.95 kg/l "
         "that does not freeze; these canisters hold a water-clear, odourless liquid of 1.13 kg/l that froths on a "
         "cut and whitens the skin, and the caps are vented, for a Zagreb motorists' discount chain: about 35 % "
         "hydrogen peroxide (Annex I above 12 %) retail-packed for members of the public, on a wagon at Tovarnik; "
         "Serbian (Latin) wording (hydrogen peroxide repeats in many sets and washer-fluid labels in a few; a "
         "locomotive-washer label by rail from Serbia to Croatia was found in no earlier row by a keyword search)",
         firm("Horizon Auto Oprema d.o.o.", "HR")),
    ],
    "waste": [
        ("WST-01", "export", "ATROAD01", "road", "AT", ["SI", "HR"], "RS", "850440",
         "Historische Quecksilberdampf-Gleichrichter aus Straßenbahn-Unterwerk, Sammlerstücke, 6 Stück", "AT", 1800, 6,
         3000, "EUR",
         "collector's mercury-arc rectifiers are empty, cleaned glass bulbs on display stands; these six 300 kg "
         "steel-tank rectifiers come straight out of a Vienna tram substation, each with several kilograms of "
         "mercury still in its cathode pool and mercury beads in the crate straw: waste containing mercury (16 02 "
         "13* / A1030), hazardous waste whose export to a non-OECD country is banned, on a lorry to a Belgrade "
         "'collector' who is a scrap dealer; Austrian German wording (mercury-arc rectifiers from tram substations "
         "kept as a repeat, blind63, blind168, blind207; as collector's pieces by road to Serbia is the new part)", {"importer_country": "RS"}),
        ("WST-02", "export", "SESEA01", "sea", "SE", [], "EG", "850423",
         "Reservtransformatorer för ellok, renoverade, provade, 4 st.", "SE", 48000, 4, 40000, "EUR",
         "a spare locomotive traction transformer for further use comes refilled with fresh ester or mineral oil, "
         "a test report and a PCB-free certificate; these four, taken out of withdrawn 1970s electric locomotives, "
         "weep a heavy, non-flammable, sweet-smelling oil of 1.5 kg/l and their plates name a chlorinated "
         "dielectric: equipment containing PCBs (16 02 09*), hazardous waste whose export from the Union is banned, "
         "from Gothenburg to an Alexandria 'railway parts' dealer; Swedish wording (PCB transformers repeat in "
         "several sets, blind170 among them; traction transformers from electric locomotives were found in no "
         "earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "MA", "282110",
         "Oxyde de fer micacé, pigment anticorrosion, big bags, 24 t", "FR", 24000, None, 2400, "EUR",
         "micaceous iron oxide is a grey, glittering, flaky pigment sold dry with a data sheet; these bags hold wet, "
         "black, oily swarf of rail steel and broken grinding-stone grit, smelling of cutting oil, swept out of "
         "rail-grinding trains at a Bordeaux track-maintenance depot: grinding sludge containing hazardous "
         "substances (12 01 18*), hazardous waste whose export to a non-OECD country is banned, from Marseille-Fos to "
         "Casablanca; French wording (grinding sludge repeats in a few sets; rail-grinding swarf under a pigment "
         "label is the new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "AL", "271500",
         "Emulsione bituminosa per consolidamento massicciata ferroviaria, cisternette, 40 t", "IT", 40000, None, 4000,
         "EUR",
         "a bitumen emulsion for ballast stabilisation is a brown, smooth, water-thinnable liquid that breaks black "
         "on stone; these totes hold a layered, black, stinking mixture of used axle-box grease, gear oil and "
         "oil-separator sludge from a Verona locomotive depot, with rags and sand in it: oily sludges (13 05 02*, "
         "13 02 05*), hazardous waste whose export to a non-OECD country is banned, from Bari to Durrës; Italian "
         "wording (bitumen-emulsion labels repeat in a few sets; depot oil-separator sludge under a "
         "ballast-consolidation label is the new part as far as a search found)", {"importer_country": "AL"}),
        ("WST-05", "export", "PLRAIL01", "rail", "PL", [], "UA", "252910",
         "Ścierniwo granatowe, do ponownego użycia, big bagi, 2 wagony, 120 t", "PL", 120000, None, 6000, "EUR",
         "reusable garnet abrasive is a clean, pink-red, sharp sand sieved to a grade; these wagons hold grey-brown, "
         "dusty grit with flakes of orange and yellow paint, swept from the blasting booth of a Wrocław freight-wagon "
         "repair works and reading 4 % lead and chromates: spent blasting grit containing hazardous substances "
         "(12 01 16*), hazardous waste whose export to a non-OECD country is banned, at Dorohusk; Polish wording "
         "(garnet labels repeat in several sets; wagon-shop blasting grit is the new part as far as a search "
         "found)", {"importer_country": "UA"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "NG", "850760",
         "Batterie-Energiespeichermodule, Second-Life, geprüft, 30 Stück", "DE", 15000, 30, 45000, "EUR",
         "second-life battery modules are sold tested, with a state-of-health report and intact cases; these 30 "
         "modules come out of battery shunting locomotives withdrawn after a depot fire, with swollen and "
         "smoke-blackened cells, no reports and cases cut open: waste lithium-ion batteries (16 06 05*, damaged), "
         "hazardous waste whose export to a non-OECD country is banned, from Hamburg to Lagos; German wording "
         "(lithium batteries repeat in many sets; modules from battery shunters are the new part as far as a search "
         "found)", {"importer_country": "NG"}),
        ("WST-07", "export", "HURAIL01", "rail", "HU", [], "RS", "853229",
         "Fázisjavító kondenzátorok, használt, működőképes, 2 vagon", "HU", 30000, 1800, 9000, "EUR",
         "used power-factor capacitors for reuse are dry film units with a date after 1990; these wagons hold 1,800 "
         "1970s oil-filled capacitors from the substations and signal boxes of a closed MÁV line, some leaking a "
         "heavy, sweet oil, their plates naming a chlorinated impregnant: capacitors containing PCBs (16 02 09*), "
         "hazardous waste whose export to a non-OECD country is banned, at Kelebija; Hungarian wording (PCB "
         "capacitors repeat in many sets; from railway substations by rail to Serbia is the new part as far as a "
         "search found)", {"importer_country": "RS"}),
        ("WST-08", "export", "LTRAIL01", "rail", "LT", ["BY", "RU"], "KZ", "854449",
         "Kabeliai variniai naudoti, geležinkelio signalizacijos, 3 vagonai, 180 t", "LT", 180000, None, 70000, "EUR",
         "used copper cable for reuse is modern, PVC- or PE-sheathed cable on drums; these wagons hold cut lengths of "
         "1960s paper-insulated, lead-sheathed signalling cable, soaked in oil and bitumen, from a re-signalling "
         "contract: cable waste with lead and oil (17 04 10*), hazardous waste whose export to a non-OECD country is "
         "banned, on a train from Vilnius through Belarus and Russia to Almaty; Lithuanian wording (lead-sheathed "
         "cable repeats in several sets; signalling cable on an eastbound train to Kazakhstan is the new part as "
         "far as a search found)", {"importer_country": "KZ"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "CM", "631010",
         "Chiffons d'essuyage en coton, triés, lavés, balles de 50 kg, 20 t", "BE", 20000, None, 3000, "EUR",
         "sorted, washed cotton wiping rags are clean, dry, cut squares of old shirts in pressed bales; these bales "
         "are black, wet and stinking, full of grease-soaked rags, absorbent pads and oil-filter wool from a Schaerbeek "
         "locomotive depot, that leave an oily stain on the container floor: absorbents contaminated by oil (15 02 "
         "02*), hazardous waste whose export to a non-OECD country is banned, from Antwerp to Douala; Belgian French "
         "wording (wiping-rag labels repeat in several sets; depot absorbents are the new part as far as a search "
         "found)", {"importer_country": "CM"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "SN", "860719",
         "Ressorts de bogies, révisés, pour wagons de la ligne Dakar-Bamako, 400 pièces", "BE", 16000, 400, 12000,
         "EUR",
         "a spare-parts container for a Dakar railway contractor: reconditioned bogie springs and couplers are what "
         "such contractors buy, but the third item's 'huile de graissage régénérée' is 40 drums of black, gritty, "
         "water-laden used engine and compressor oil drained from locomotives in a Belgian depot, with no "
         "regeneration ever done: waste mineral oil (13 02 05*), hazardous waste whose export to a non-OECD country is "
         "banned, hidden as the last item of a three-item declaration from Antwerp to Dakar; French wording (waste "
         "oil repeats in many sets; behind bogie parts for the Dakar-Bamako line is the new part as far as a search "
         "found)",
         dict({"importer_country": "SN"},
              _more_items=[item("860730", "Attelages automatiques révisés, 60 pièces", "BE", 6000, 9000, "EUR", qty=60),
                           item("271019", "Huile de graissage régénérée, 40 fûts", "BE", 8000, 1600, "EUR", qty=40)])),
    ],
    "ozone": [
        ("OZN-01", "import", "BGRAIL01", "rail", "TR", [], "BG", "382764",
         "Yolcu vagonu klima ünitesi için soğutucu akışkan karışımı R-407C, 11,3 kg tüp, 200 adet", "TR", 2260, 200,
         9000, "EUR",
         "R-407C comes in brown cylinders, is a zeotropic blend that leaves a glide between 43 and 37 °C and costs "
         "what the Union's HFC quota makes it cost; these 200 light-green cylinders hold a single gas that reads "
         "9.4 bar at 20 °C with no glide, and a leak tester reads R-22: HCFC-22, whose import into the Union is "
         "banned, for a Sofia firm that services the air-conditioning of Bulgarian passenger coaches, in a wagon "
         "through Kapıkule; Turkish wording (HCFC-22 under R-407C labels repeats in several sets; for coach "
         "air-conditioning by rail from Türkiye is the new part as far as a search found)",
         firm("Rivage Vagon Klima OOD", "BG")),
        ("OZN-02", "import", "LVRAIL01", "rail", "KZ", ["RU"], "LV", "860210",
         "Тепловоз 2ТЭ116, б/у, для капитального ремонта на заводе в Даугавпилсе, 2 секции", "KZ", 276000, 2,
         180000, "USD",
         "diesel locomotives sent for overhaul arrive with their fire systems emptied or recharged with an approved "
         "agent; these two sections of a Soviet-built 2TE116 still carry their engine-room extinguishing bottles, "
         "full, stencilled '114В2', about 150 kg of agent: halon 2402, products containing an ozone-depleting "
         "substance whose import into the Union is banned, on the rails from Kazakhstan to the Daugavpils "
         "locomotive works; Russian wording from Kazakhstan (halon 2402 repeats in many sets and locomotive fire "
         "systems in two, blind64 and blind163, both for export; a 2TE116 imported for overhaul is the new part as "
         "far as a search found)", firm("Central Lokomotivju Remonts SIA", "LV")),
        ("OZN-03", "import", "SKRAIL01", "rail", "CN", ["KZ", "RU", "UA"], "SK", "280421",
         "氩气 4.6, 钢轨闪光焊保护气, 40 升钢瓶, 120 瓶", "CN", 7200, 120, 6000, "USD",
         "argon for rail flash-butt welding comes in tall 200-bar cylinders of a gas that weighs little and does "
         "not slosh; these 120 squat cylinders slosh, read 4 bar, hold 60 kg of liquid each and a leak tester reads "
         "HFC-227ea: heptafluoropropane imported without the HFC quota authorisation the Union requires, in a "
         "container on a block train to Dobrá for a Žilina fire-protection installer; Chinese wording (HFC-227ea "
         "repeats in several sets, under inert-gas labels too; an argon welding-gas label on a block train to "
         "Slovakia is the new part as far as a search found)", firm("Orion Požiarna Ochrana s.r.o.", "SK")),
        ("OZN-04", "import", "ATAIR01", "air", "IN", [], "AT", "381400",
         "Contact cleaner for railway signalling relays, non-residue, 60 x 5 l", "IN", 470, 60, 1800, "USD",
         "relay contact cleaners today are isopropanol or hydrofluoroether blends that weigh 0.8-1.5 kg/l; these 60 "
         "cans weigh 1.57 kg/l, evaporate at once with a faint ether smell and the drum lot on the filler's sheet "
         "reads 'R-113': CFC-113, whose import into the Union is banned, flown from Mumbai to Vienna for an "
         "interlocking-maintenance contractor; Indian English wording (CFC-113 repeats in many sets; a "
         "signalling-relay cleaner label was found in no earlier row by a keyword search)",
         firm("Alpina Stellwerkstechnik GmbH", "AT")),
        ("OZN-05", "import", "DERAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "DE", "940690",
         "冷藏车厢用聚氨酯夹芯板 (环戊烷发泡), 100 mm, 600 块", "CN", 24000, 600, 36000, "USD",
         "cyclopentane-blown sandwich panels for refrigerated wagon bodies carry a flame mark and smell of nothing "
         "when cut; these panels, for a Duisburg wagon-body builder, give off a sweet, ether-like gas when sawn and a "
         "head-space test reads 1,1-dichloro-1-fluoroethane: foam blown with HCFC-141b, products containing an "
         "ozone-depleting substance whose import into the Union is banned, on a Chongqing-Duisburg block train; "
         "Chinese wording (HCFC-141b foam repeats in many sets and sandwich-panel labels in several; panels for "
         "refrigerated wagon bodies are the new part as far as a search found)", firm("Nordhafen Waggonbau GmbH", "DE")),
        ("OZN-06", "import", "ROSEA01", "sea", "GE", [], "RO", "381400",
         "სარკინიგზო ბორბლების საკისრების სარეცხი გამხსნელი, 200 ლ კასრი, 40 კასრი", "GE", 12700, 40, 3200, "USD",
         "wheelset-bearing wash solvent is a white spirit of 0.78 kg/l that burns and smells of petrol; these 40 "
         "drums weigh twice that (1.59 kg/l), do not burn, smell sweet like chloroform and the drum heads are "
         "stamped 'CCl4': carbon tetrachloride, whose import into the Union is banned, by sea from Poti to Constanța "
         "for a Pașcani wagon-repair works; Georgian wording (carbon tetrachloride repeats in many sets; a "
         "wheelset-bearing wash label was found in no earlier row by a keyword search)",
         firm("Delta Reparații Vagoane SRL", "RO")),
        ("OZN-07", "export", "HURAIL01", "rail", "HU", [], "RS", "841582",
         "Mozdony-vezetőállás klímaberendezések, használt, felújított, 40 db", "HU", 4800, 40, 12000, "EUR",
         "reconditioned cab air-conditioners for export are refilled with R-134a or converted to propane and come "
         "with a test sheet; these 40, pulled from the cabs of withdrawn V43 and M41 locomotives, still hold their "
         "original charge of 3 kg of R-22 each, the service ports sealed with the old MÁV tags: equipment containing "
         "HCFC-22, whose export from the Union is banned (Regulation 2024/590), in a wagon at Kelebija for a Novi Sad "
         "rolling-stock repairer; Hungarian wording (R-22 equipment for export repeats in many sets; locomotive cab "
         "units by rail to Serbia are the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-08", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "842139",
         "机车制动空气干燥器滤芯, 1,200 个", "CN", 16200, 1200, 9600, "USD",
         "brake air-dryer cartridges for locomotives are light canisters of desiccant beads that rattle; these 1,200 "
         "'cartridges' are disposable cylinders with a valve under the shrink-wrap, each holding 13.6 kg of a "
         "liquefied gas that a leak tester reads as HFC-134a: bulk HFCs placed on the Union market without a quota "
         "authorisation, in a container on a block train to Małaszewicze; Chinese wording (HFC-134a repeats in many "
         "sets and desiccant labels in a few; brake air-dryer cartridges were found in no earlier row by a keyword "
         "search)", firm("Vega Hamulce Kolejowe Sp. z o.o.", "PL")),
        ("OZN-09", "import", "GRRAIL01", "rail", "MK", [], "GR", "842410",
         "Противпожарни апарати CO2, 5 кг, за патнички вагони, 60 парчиња", "MK", 900, 60, 2400, "EUR",
         "a 5 kg CO2 extinguisher is a tall, heavy, seamless steel bottle at 57 bar with a horn; these 60 are short, "
         "light, red bottles at 10 bar that slosh and whose valve stamps read 'BCF': halon 1211, products containing "
         "an ozone-depleting substance whose import into the Union is banned, for a Thessaloniki coach-refit firm, in "
         "a wagon through Gevgelija to Idomeni; Macedonian wording (halon 1211 repeats in many sets and CO2 labels "
         "in a few; for passenger coaches by rail from North Macedonia is the new part as far as a search found)",
         firm("Atlantic Epivatika Ochimata AE", "GR")),
        ("OZN-10", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "854590",
         "受电弓碳滑板, 铁路用, 800 件", "CN", 2400, 800, 24000, "USD",
         "a block-train container for a Łódź rolling-stock parts wholesaler: pantograph carbon strips and LED coach "
         "lights are what Chinese makers ship west, but the third item's 'nitrogen pre-charged brake accumulators' "
         "are 300 small cylinders that slosh, read 5.7 bar and are stamped 'R12' under the paint: CFC-12, whose import "
         "into the Union is banned, hidden as the last item of a three-item declaration; Chinese wording (CFC-12 "
         "repeats in many sets; behind pantograph strips on a block train is the new part as far as a search found)",
         dict(firm("Meridian Tabor Kolejowy Sp. z o.o.", "PL"),
              _more_items=[item("940541", "客车 LED 照明灯具, 2,000 件", "CN", 3000, 30000, "USD", qty=2000),
                           item("841290", "制动蓄能器, 氮气预充, 300 件", "CN", 900, 2700, "USD", qty=300)])),
    ],
    "cultural": [
        ("CUL-01", "export", "FRAIR01", "air", "FR", [], "US", "700991",
         "Panneaux de verre décoratifs moulés-pressés, style Art déco, reproduction, 8 pièces", "FR", 60, 8, 2400,
         "EUR",
         "reproduction Art Deco glass panels are thin, crisp, evenly pressed and signed by their maker on a sticker; "
         "these eight are thick, slightly opalescent panels of nymphs and vines in worn brass frames with old screw "
         "holes, moulded 'R. LALIQUE' on the edge, taken from a 1929 Pullman dining car of the Orient-Express: "
         "antiques over fifty years old worth far above the threshold, exported without the EU export licence, "
         "flown from Paris to a New York dealer; French wording (Lalique glass was found once, as a car mascot, "
         "blind183; Orient-Express coach panels were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-02", "export", "ATSEA01", "sea", "AT", [], "US", "860290",
         "Gebrauchter Kessel und Rahmen einer Feldbahnlok, Schrott, zur Teileverwertung, 1 Stück", "AT", 9000, 1, 4500,
         "EUR",
         "scrap locomotive parts are cut, rusty plates and frames sold by the tonne; this is a complete 1894 Krauss "
         "Linz 760 mm-gauge tank locomotive, boiler, frame, wheels, dome and maker's plates intact, withdrawn from a "
         "Styrian mine railway and listed by the state as part of its railway heritage, for a Colorado collector: a "
         "means of transport over 75 years old worth above the threshold, exported without the EU export licence "
         "under a scrap label, by sea from Koper; Austrian German wording (heritage steam locomotives repeat once, "
         "blind66, as waste; a Krauss locomotive exported as scrap was found in no earlier row by a keyword "
         "search)", {"importer_country": "US"}),
        ("CUL-03", "import", "LVRAIL01", "rail", "UZ", ["KZ", "RU"], "LV", "680291",
         "Devor qoplamasi uchun kulrang shifer plitalar, yangi, 2 t", "UZ", 2000, None, 1600, "USD",
         "new grey slate cladding is split, thin, even stone that rings when tapped; in these crates, between "
         "slate tiles, lie eleven carved blue-grey schist reliefs of the Buddha's life with soil in the recesses and "
         "fresh chisel marks where they were cut from a stupa base: Gandharan reliefs from illegal digs in "
         "Afghanistan, archaeological objects over 250 years old imported without the EU import licence, in a "
         "container on a train from Termez to Riga; Uzbek wording (Gandharan reliefs repeat in many sets; under a "
         "slate-cladding label on a train from Termez is the new part as far as a search found)",
         firm("Horizon Akmens SIA", "LV")),
        ("CUL-04", "import", "HURAIL01", "rail", "UA", [], "HU", "730210",
         "Колійні болти та накладки, старі, демонтовані, брухт, 2 т", "UA", 2000, None, 700, "EUR",
         "old track bolts and fishplates are rusty, black, oily steel that rings when struck; among these, in two "
         "sacks, lie 340 green-patinated bronze arrowheads, horse-harness plaques in the animal style and "
         "cauldron fragments with soil crusts, dug with detectors on Scythian barrows in southern Ukraine: "
         "archaeological objects exported from Ukraine without its permit and imported without the EU import "
         "licence, in a wagon at Záhony; Ukrainian wording (Scythian objects repeat in many sets; among track bolts "
         "by rail is the new part as far as a search found)", firm("Central Vasúti Hulladék Kft.", "HU")),
        ("CUL-05", "import", "NLRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "DE"], "NL", "691390",
         "仿唐三彩陶马, 新制工艺品, 40 件", "CN", 800, 40, 2000, "USD",
         "new sancai replica horses are bright, glossy, evenly glazed with clean white bodies and a maker's mark; "
         "six of these 40 have a pinkish-buff body, crazed and iridescent glaze, soil in the nostrils and root marks, "
         "and no mark: Tang-dynasty tomb figures from a looted tomb, cultural goods exported from China without its "
         "permit and archaeological objects over 250 years old imported without the EU import licence, on a "
         "Chengdu-Tilburg block train; Chinese wording (Tang figures under replica sancai-horse labels kept as a "
         "repeat, blind93; on a Chengdu-Tilburg block train is the new part as far as a search found)", firm("Delta Aziatische Kunst BV", "NL")),
        ("CUL-06", "import", "FRSEA01", "sea", "DJ", [], "FR", "830629",
         "መስቀል የእጅ ሥራ፣ ናስ፣ አዲስ፣ 30 ቁራጭ", "ET", 45, 30, 900, "USD",
         "new brass craft crosses from Addis Ababa workshops are bright, thin castings with clean edges; four of "
         "these 30 are heavy, worn, dark processional crosses with ge'ez inscriptions and the wax of centuries of "
         "candles, taken from a Tigray church, sent by the Addis-Djibouti railway and by sea from Djibouti to "
         "Marseille: cultural goods exported from Ethiopia without its permit and imported in breach of Regulation "
         "2019/880; Amharic wording (Ethiopian processional crosses repeat in many sets; by the Addis-Djibouti "
         "railway is the new part as far as a search found)", firm("Rivage Artisanat SARL", "FR")),
        ("CUL-07", "export", "ITRAIL01", "rail", "IT", [], "CH", "843149",
         "Ricambi per rincalzatrici ferroviarie, usati, rientro in deposito, 2 casse", "IT", 1800, 2, 4000, "EUR",
         "returning spare parts for ballast-tamping machines are tines, tamping units and hoses crusted in stone "
         "dust; in these two crates, wrapped in sacking, lie nine black bucchero cups and an Etruscan bronze "
         "mirror with fresh soil, found in a trench during a line-doubling near Chiusi and never reported: "
         "archaeological finds belonging to the Italian state, exported without the EU export licence, on a train "
         "through Domodossola to Brig; Italian wording (Etruscan objects repeat in many sets; construction finds in a "
         "tamping contractor's returning crates by rail are the new part as far as a search found)",
         {"importer_country": "CH"}),
        ("CUL-08", "export", "BESEA01", "sea", "BE", [], "US", "830990",
         "Emaille stationsborden, reproductie, 40 stuks", "BE", 200, 40, 2000, "EUR",
         "a railwayana container for a Texas collectors' fair: reproduction enamel station signs and railway "
         "posters are what Belgian dealers send, but the third item's 'oud beschilderd deurpaneel van een "
         "rijtuig' is an oak panel of about 1520 painted with the Adoration of the Magi, the wing of a Flemish "
         "altarpiece: a painting over fifty years old far above the threshold, exported without the EU export "
         "licence, hidden as the last item of a three-item declaration from Antwerp to Houston; Flemish wording "
         "(Flemish panels repeat in a few sets and altar wings once; as a railway coach door panel behind railwayana "
         "is the new part as far as a search found)",
         dict({"importer_country": "US"},
              _more_items=[item("491110", "Spoorwegaffiches, herdrukken, 200 stuks", "BE", 60, 800, "EUR", qty=200),
                           item("442199", "Oud beschilderd deurpaneel van een rijtuig, 1 stuk", "BE", 25, 300, "EUR", qty=1)])),
        ("CUL-09", "import", "BGRAIL01", "rail", "IR", ["TR"], "BG", "830629",
         "تزئینات برنجی یراق اسب، صنایع دستی نو، ۲۰۰ عدد", "IR", 120, 200, 1000, "USD",
         "new brass horse-harness ornaments from Isfahan bazaars are thin, bright and uniform; 30 of these are heavy, "
         "green-patinated cast bronze cheek-pieces and finials in the shape of ibexes and monsters, with earth in "
         "the hollows: Luristan bronzes from illegal digs, archaeological objects over 250 years old imported "
         "without the EU import licence, in a wagon of the Tehran-Istanbul freight through Kapıkule; Persian wording "
         "(Luristan bronzes repeat in several sets; harness ornaments by rail from Iran are the new part as far as a "
         "search found)", firm("Orion Antik EOOD", "BG")),
        ("CUL-10", "import", "DEPOST01", "post", "AM", [], "DE", "780600",
         "Օգտագործված կապարե կնիքներ վագոնների համար, 1 կգ", "AM", 1.2, 60, 40, "USD",
         "used lead wagon seals are crimped lead plugs with a railway's code on both faces and a wire hole; these 60 "
         "are flat lead discs with a cord channel, a Greek inscription on one face and a saint or a cross on the "
         "other: Byzantine lead seals from illegal digs, archaeological objects over 250 years old imported without "
         "the EU import licence, posted from Yerevan to a private collector in Munich; Armenian wording (Byzantine "
         "seals repeat in several sets; a wagon-seal label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "848180",
         "Pneumatikventile für Kompressoren, 400 Stück", "DE", 6000, 400, 48000, "EUR",
         "compressor valves are small pressure-relief and check valves; these 400 are complete air distributors "
         "and brake control valves for 1,520 mm-gauge freight wagons, with the wagon-brake maker's part numbers, "
         "far more than the Kazakh buyer's fleet could use, and its forwarding order names a Russian wagon builder: "
         "parts of railway rolling stock (8607), whose sale for use in Russia Regulation 833/2014 forbids, on a "
         "train from Duisburg to Almaty; German wording (Kazakh transshipment repeats in many sets; wagon brake "
         "distributors as compressor valves were found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "SKAIR01", "air", "SK", [], "AM", "841480",
         "Turbodúchadlá pre dieselagregáty, 24 ks", "SK", 2400, 24, 96000, "EUR",
         "turbochargers for generator sets are small, mass-produced units at a few thousand euros; these 24 are "
         "large, water-cooled turbochargers of the type fitted to mainline diesel locomotives, at 4,000 EUR each, "
         "for a Yerevan firm with no generator business whose previous shipments went on to Russian Railways' "
         "repair plants: goods whose sale for use in Russia Regulation 833/2014 forbids, flown from Bratislava; "
         "Slovak wording (re-export through Armenia repeats in many sets and turbocharger labels in a few, blind88 "
         "among them; locomotive turbochargers were found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AE", "901420",
         "Modules capteurs de rechange pour chariot de mesure de géométrie de voie, 6 pièces", "FR", 60, 6, 18000, "EUR",
         "a spare sensor module for a track-geometry trolley is a MEMS inclinometer board at a few hundred euros; "
         "these six are navigation-grade fibre-optic-gyro inertial measurement units worth 90,000 EUR each, "
         "without their serial plates, for a Dubai trader whose consignee is an Iranian 'railway contractor': "
         "dual-use inertial units (7A003) exported without a licence and goods whose sale to Iran Regulation "
         "267/2012 forbids, flown from Paris; French wording (fibre-optic gyros repeat in many sets; a track-geometry "
         "trolley label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-04", "export", "SEAIR01", "air", "SE", [], "KZ", "902790",
         "Reservskannrar för varmgångsdetektorer (HABD), 12 st.", "SE", 36, 12, 14400, "EUR",
         "a hot-axle-box detector scanner is a simple pyroelectric line sensor at a few hundred euros; these 12 are "
         "cooled mid-wave infrared camera cores with a Stirling cooler, 640 x 512, worth thirty times the declared "
         "value, for an Almaty 'railway signalling' firm that supplies a Russian optics plant: cooled infrared "
         "detectors (6A002) exported without a licence and goods whose sale for use in Russia Regulation 833/2014 "
         "forbids, flown from Stockholm; Swedish wording (thermal cores repeat in many sets; a hot-axle-box detector "
         "label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY"], "RU", "860711",
         "Náhradní díly pro zemědělské stroje, odlitky, 2 vozy", "CZ", 60000, 120, 84000, "EUR",
         "castings for farm machinery are small grey-iron housings and hubs; these two wagons hold 120 cast-steel "
         "bogie side frames and bolsters for 1,520 mm freight wagons with the casting dates of a Czech foundry, for a "
         "Bryansk wagon works: parts of railway rolling stock whose sale to Russia Regulation 833/2014 forbids, on a "
         "train through Poland and Belarus; Czech wording (farm-machinery labels repeat in several sets; bogie "
         "frames were found in no earlier row by a keyword search)", {"importer_country": "RU"}),
        ("STR-06", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "860719",
         "Колёса цельнокатаные для грузовых вагонов, происхождение Казахстан, 800 шт.", "KZ", 300000, 800, 360000,
         "USD",
         "Kazakh solid-rolled wagon wheels come from the one wheel plant at Ekibastuz with its own stamps; these "
         "800 wheels carry the rim stamps of a Russian wheel-rolling mill under grinding marks, and the waybills "
         "show loading in the Nizhny Novgorod region: iron and steel products of Russian origin, whose import into "
         "the Union Regulation 833/2014 forbids, with a Kazakh certificate of origin, at Kena; Russian wording "
         "(Russian goods under Kazakh origin repeat in many sets; railway wheels were found in no earlier row by a "
         "keyword search)", firm("Vega Geležinkelio Detalės UAB", "LT")),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "AE", "292090",
         "Aditivo antioxidante para grasa de pestaña de carril, bidones, 6 t", "ES", 6000, 30, 21000, "EUR",
         "rail-flange grease antioxidants are amine or phenolic powders and pastes; these 30 drums hold a clear, "
         "foul-smelling liquid of 0.97 kg/l, the drum heads read 'P(OC2H5)3' and the consignee behind the Jebel Ali "
         "buyer is a Tehran chemicals firm: triethyl phosphite (CWC Schedule 3), exported without the licence "
         "Regulation 2021/821 requires and to Iran, by sea from Valencia; Spanish wording (triethyl phosphite repeats "
         "in several sets; a rail-flange grease label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", [], "PK", "852589",
         "CCTV-Kameras zur Stromabnehmerüberwachung, 8 Stück", "DE", 80, 8, 6400, "EUR",
         "pantograph-monitoring cameras are rugged roof-mounted CCTV units at a few hundred euros; these eight are "
         "high-speed cameras of over a million frames a second with a 1 µs shutter, for a Rawalpindi 'railway "
         "contractor' whose address is that of a known procurement front: high-speed cameras (6A003) exported "
         "without a licence to an end user of concern, flown from Frankfurt; German wording (high-speed cameras "
         "repeat in several sets; a pantograph-monitoring label was found in no earlier row by a keyword search)",
         {"importer_country": "PK"}),
        ("STR-09", "export", "ITSEA01", "sea", "IT", [], "GE", "847950",
         "Robot di saldatura per carrelli ferroviari, usati, 6 unità", "IT", 12000, 6, 90000, "EUR",
         "used welding robots for a Georgian rolling-stock plant would go to Tbilisi's electric-locomotive works; "
         "these six, with their controllers and bogie-frame welding cells, are consigned through Poti to an "
         "Armenian forwarder whose last buyer is a Russian wagon works at Tver: industrial robots (8479 50), whose "
         "sale for use in Russia Regulation 833/2014 forbids, by sea from La Spezia; Italian wording (welding "
         "robots repeat in several sets; bogie-welding cells are the new part as far as a search found)",
         {"importer_country": "GE"}),
        ("STR-10", "transit", "LTRAIL01", "rail", "RU", ["BY", "LT"], "RU", "691090",
         "Санитарная керамика, унитазы и раковины, 2 вагона", "RU", 40000, 1200, 30000, "USD",
         "sanitary ceramics are light, bulky crates that the scanner shows as hollow bowls; in the second wagon the "
         "crates behind the first row hold two vertical machining centres and a five-axis head, for a Kaliningrad "
         "engineering plant: machine tools (8457) whose transit through the Union to Russia Regulation 833/2014 "
         "forbids, declared in transit through Lithuania from Smolensk to Kaliningrad; Russian wording "
         "(Kaliningrad transit repeats in several sets; machining centres behind sanitary ware is the new part as "
         "far as a search found)", {"importer_country": "RU"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "160432",
         "Уылдырық, шортан, тұздалған, 100 г банкалар, 400 кг", "KZ", 400, 4000, 6000, "USD",
         "salted pike roe is small, yellow-orange, bitter grains in cheap jars at 15 USD/kg; these jars hold large, "
         "grey-black, glossy grains that pop cleanly and taste of butter, sealed at a poachers' plant in Atyrau: "
         "wild Caspian sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents, in a reefer "
         "container on the rails through Kena for a Vilnius delicatessen wholesaler; Kazakh wording (caviar under a "
         "pike-roe label kept as a repeat; by rail from Kazakhstan is the new part as far as a search found)",
         firm("Meridian Delikatesai UAB", "LT")),
        ("WLF-02", "import", "BESEA01", "sea", "CM", [], "BE", "440729",
         "Traverses de chemin de fer en azobé, 2 400 pièces, 1 conteneur", "CM", 26000, 2400, 15600, "EUR",
         "azobé sleepers are dark red-brown to chocolate, interlocked, extremely heavy (over 1,000 kg/m3) and gritty "
         "to saw; these are yellow-brown timbers turning olive in the light, lighter (about 700 kg/m3), fine and "
         "even: afrormosia (Pericopsis elata, CITES App. II) without CITES documents, by sea from Douala to Antwerp "
         "for a Ghent track contractor; Cameroonian French wording (afrormosia repeats in several sets; as azobé "
         "railway sleepers is the new part as far as a search found)", firm("Central Spoorwerken SA", "BE")),
        ("WLF-03", "import", "PTSEA01", "sea", "BR", [], "PT", "440399",
         "Dormentes ferroviários de demolição, madeira de lei, 400 peças", "BR", 24000, 400, 8000, "USD",
         "reclaimed Brazilian railway sleepers are grey, split hardwood of peroba or aroeira with spike holes; these "
         "400 are hardly weathered, dark chocolate-brown with black streaks, and smell of roses when sawn: "
         "Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES permits, by sea from Santos to Leixões "
         "for a guitar-wood dealer; Brazilian Portuguese wording (Dalbergia nigra repeats in many sets, often under "
         "demolition-wood labels; as railway sleepers is the new part as far as a search found)",
         firm("Alpina Madeiras Lda", "PT")),
        ("WLF-04", "export", "ESRAIL01", "rail", "ES", ["FR", "DE", "PL", "BY", "RU", "KZ"], "CN", "020649",
         "Carne de cerdo congelada, despojos, contenedor frigorífico, 18 t", "ES", 18000, None, 36000, "EUR",
         "frozen pork offcuts are pink-white, fatty blocks in plastic; the back row of this reefer holds 1.2 t of "
         "frozen adult eels, grey-brown, in boxes marked 'tripas': European eel (Anguilla anguilla, CITES App. II), "
         "whose export the Union does not allow, on a Madrid-Yiwu block train; Spanish wording (European eel "
         "repeats in many sets; on an eastbound block train from Madrid is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-05", "export", "CZRAIL01", "rail", "CZ", ["PL", "BY", "RU", "KZ"], "CN", "860799",
         "Použité pružinové nárazníky nákladních vozů, k renovaci, 120 ks", "CZ", 6000, 120, 3600, "EUR",
         "used wagon buffers for reconditioning are greasy steel plungers and housings; two of these 120 have their "
         "springs removed and hold four whole rhinoceros horns wrapped in foil and grease, from trophies bought from "
         "Czech collectors: rhinoceros horn (CITES App. I) without CITES documents, on an eastbound train for a "
         "Chongqing 'wagon repairer'; Czech wording (rhino horn repeats in many sets and hidden in used brake drums "
         "once, blind183; in wagon buffers on an eastbound train is the new part as far as a search found)",
         {"importer_country": "CN"}),
        ("WLF-06", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "681381",
         "Composite brake blocks for railway wagons, used, for reconditioning, 600 bags", "NG", 18000, 600, 3000, "USD",
         "used composite brake blocks are grey, dense resin slabs on a steel back; the bags behind the first row "
         "hold 4 t of brown, overlapping, keratin scales: pangolin scales (Manidae, CITES App. I) without CITES "
         "documents, landed at Antwerp in transit from Lagos to Hai Phong; Nigerian English wording (pangolin "
         "scales repeat in many sets; under used brake blocks in transit through Antwerp is the new part as far as a "
         "search found)", {"importer_country": "VN"}),
        ("WLF-07", "import", "DEPOST01", "post", "KG", [], "DE", "640520",
         "Кийиз тапочкалар, колго жасалган, 4 жуп", "KG", 2, 4, 60, "USD",
         "hand-made felt slippers are light, soft and smell of wool; the toes of these four pairs hold eight dried, "
         "hairy pods of 20-30 g that smell strongly of musk: musk-deer pods (Moschus spp., CITES App. II) without "
         "CITES documents, posted from Bishkek to a private person in Leipzig; Kyrgyz wording (musk pods repeat in "
         "several sets; in felt slippers is the new part as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-08", "import", "ITAIR01", "air", "ID", [], "IT", "410799",
         "Kulit sapi emboss motif ular, untuk jok kereta api mewah, 300 lembar", "ID", 600, 300, 9000, "USD",
         "embossed cowhide is thick, even leather whose 'scales' are pressed into a smooth grain; these 300 are thin, "
         "long, narrow skins with real overlapping scales and a belly plate, for the seat upholstery of a luxury "
         "tourist train's restored Pullman cars: reticulated python skins (CITES App. II) without CITES documents, "
         "flown from Jakarta to Milan; Indonesian wording (python skins repeat in several sets and upholstery covers "
         "in two; for luxury train upholstery is the new part as far as a search found)",
         firm("Rivage Tappezzeria Ferroviaria Srl", "IT")),
        ("WLF-09", "import", "ESPOST01", "post", "CU", [], "ES", "050790",
         "Láminas de cuerno de búfalo prensado, para cachas de cuchillo, 1 kg", "CU", 1.2, 20, 50, "USD",
         "pressed buffalo-horn sheets are black or streaked grey, opaque and smell of burnt hair when sanded; these "
         "20 are translucent, amber-and-brown mottled plates, curved like scutes: hawksbill turtle shell "
         "(Eretmochelys imbricata, CITES App. I) without CITES documents, posted from Havana to a private knife maker "
         "in Albacete; Cuban Spanish wording (hawksbill shell kept as a repeat; a buffalo-horn label from Cuba is the "
         "new part as far as a search found)", person("Sr. J. García", "ES")),
        ("WLF-10", "import", "FRSEA01", "sea", "MG", [], "FR", "090510",
         "Vanille Bourbon noire, gousses, 200 kg", "MG", 200, None, 40000, "EUR",
         "a Madagascar cargo for a Marseille importer: Bourbon vanilla and raffia are what Malagasy exporters ship, "
         "but the third item's 'chutes de traverses de chemin de fer' are 3 t of dense, dark purple-brown, "
         "sweet-smelling planks, not the old eucalyptus sleepers of the Fianarantsoa-Côte Est line: Malagasy "
         "rosewood (Dalbergia spp., CITES App. II, exports suspended) without CITES documents, hidden as the last "
         "item of a three-item declaration from Toamasina; Malagasy French wording (Malagasy rosewood repeats in "
         "many sets; as railway sleeper offcuts is the new part as far as a search found)",
         dict(firm("Meridian Épices SARL", "FR"),
              _more_items=[item("140490", "Raphia naturel, balles, 2 t", "MG", 2000, 4000, "EUR"),
                           item("440799", "Chutes de traverses de chemin de fer, bois dur, 3 t", "MG", 3000, 600, "EUR")])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "express", "GB", "IE", "282911",
     "Sodium chlorate 99 %, 2 kg, for a licensed private user (heritage-railway weed control trials)", "GB", 2, 2, 30,
     "GBP", [("PRECURSOR_LICENCE", "IE-DOJ-62-0041")], "sodium chlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "BGRAIL01", "rail", "TR", "BG", "284700",
     "Hydrogen peroxide 50 %, 200 l drums, 20 drums, for a licensed locomotive-depot water-treatment contractor", "TR",
     4800, 20, 4000, "EUR", [("PRECURSOR_LICENCE", "BG-MVR-62-0117")],
     "hydrogen peroxide above 12 % to a licensed professional user"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "850440",
     "Mercury-arc rectifiers from a tram substation (16 02 13*), for mercury recovery at a licensed plant, 6 units",
     "CH", 1800, 6, 0, "EUR", [("BASEL_CONSENT", "DE-NI-62-0033")], "notified mercury waste to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "ATRAIL01", "rail", "RS", "AT", "850423",
     "PCB-containing traction transformers (16 02 09*), for destruction at a licensed plant, 4 units", "RS", 48000,
     4, 0, "EUR", [("BASEL_CONSENT", "AT-BMK-62-0061")], "notified PCB equipment to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "LVRAIL01", "rail", "KZ", "LV", "290376",
     "Halon 2402 recovered from locomotive fire systems, 6 cylinders, for destruction", "KZ", 150, 6, 0, "USD",
     [("ODS_LICENCE", "LV-VARAM-ODS-62-004")], "recovered halon imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "ATAIR01", "air", "US", "AT", "290377",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "US", 0.1, 10, 700, "USD",
     [("ODS_LICENCE", "AT-BMK-ODS-62-011")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "700991",
     "René Lalique moulded glass panels from a 1929 Pullman dining car, 8 pieces, documented since 1985", "FR", 60, 8,
     480000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-62-0088")], "antique glass panels exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ATSEA01", "sea", "AT", "CH", "860290",
     "Krauss Linz 760 mm-gauge steam tank locomotive, 1898, to a Swiss museum railway on loan", "AT", 9000, 1,
     220000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-62-0014")], "historic locomotive exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "IN", "901420",
     "Fibre-optic-gyro inertial measurement units, 2, for an Indian track-recording car", "FR", 20, 2, 180000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-62-0402"), ("END_USER_CERTIFICATE", "IN-RDSO-EUC-62-0019")],
     "dual-use inertial units under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "TR", "852589",
     "High-speed cameras, 2, for a Turkish railway research institute's pantograph test bench", "DE", 20, 2, 120000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-62-2210"), ("END_USER_CERTIFICATE", "TR-TCDD-EUC-62-0007")],
     "dual-use high-speed cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "BESEA01", "sea", "CM", "BE", "440729",
     "Afrormosia (Pericopsis elata) sawn timber, legal concession, 1 container", "CM", 22000, None, 26000, "EUR",
     [("CITES_PERMIT", "CM-MINFOF-62-0311")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "LTAIR01", "air", "KZ", "LT", "160431",
     "Caviar, Acipenser gueldenstaedtii, aquaculture, 50 g tins, 40 kg", "KZ", 40, 800, 32000, "USD",
     [("CITES_PERMIT", "KZ-CITES-62-0052")], "farmed caviar with its CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr Seán Byrne", "PRM-02": "Delta Depo Servis EOOD", "PRM-03": "Central Quecksilber-Recycling GmbH",
    "PRM-07": "Atlantic Decorative Arts Inc.", "PRM-09": "Horizon Rail Instruments Pvt Ltd", "PRM-11": "Central Spoorwerken SA",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most from the railway trade
    ("382499", "Nitrite-borate cooling-water inhibitor for diesel locomotives, 200 l drums", "import", ["rail"], ["TR", "RS"], (1.5, 3), (4000, 12000), ["EUR"], None, S),
    ("382499", "Sandite-type railhead adhesion gel, sand and steel grit, 25 kg", "import", ["sea"], ["GB"], (1, 2), (3000, 9000), ["GBP"], None, S),
    ("281820", "White fused alumina grit F36 for grinding wheels, 25 kg sacks", "import", ["rail"], ["CN"], (0.8, 1.3), (18000, 24000), ["USD"], None, S),
    ("381111", "Diesel injector-cleaner additive, petroleum-based, 1 l", "import", ["express"], ["BR", "US"], (10, 20), (1, 4), ["USD", "BRL"], 1, S),
    ("250510", "Dried quartz sand for locomotive sanders, 25 kg sacks", "import", ["rail"], ["UA", "KZ"], (0.08, 0.15), (20000, 24000), ["EUR"], 0.04, S),
    ("340290", "Citric-acid descaler gel for vacuum toilets, 5 l", "import", ["rail"], ["CH"], (2, 4), (2000, 6000), ["CHF", "EUR"], 0.2, S),
    ("285390", "Distilled water for traction batteries, 5 l canisters", "import", ["rail"], ["UA", "RS"], (0.2, 0.4), (10000, 20000), ["EUR"], 0.2, S),
    ("252620", "Cosmetic-grade talc powder for rubber seals, 1 kg", "import", ["post"], ["IN", "CN"], (4, 8), (1, 4), ["USD", "INR"], 1, S),
    ("382499", "Tannin boiler-water treatment for miniature live steam, 1 kg", "import", ["post"], ["GB"], (12, 20), (1, 3), ["GBP"], 1, S),
    ("382000", "Screenwash concentrate, methanol-free, 5 l", "import", ["road"], ["RS", "TR"], (0.6, 1.0), (6000, 14000), ["EUR"], 0.2, S),
    ("850440", "Silicon rectifier modules for tram substations, new", "export", ["road"], ["RS", "BA"], (40, 80), (200, 1200), ["EUR"], 0.05, S),
    ("850423", "Traction transformers, new, ester-filled", "export", ["sea"], ["EG", "IN"], (8, 14), (10000, 24000), ["EUR"], 0.0001, S),
    ("282110", "Micaceous iron oxide pigment, 25 kg bags", "export", ["sea"], ["MA", "TN"], (0.8, 1.4), (10000, 24000), ["EUR"], None, S),
    ("271500", "Bitumen emulsion for ballast stabilisation, IBC", "export", ["sea"], ["AL", "TN"], (0.4, 0.8), (10000, 24000), ["EUR"], None, S),
    ("252910", "Garnet abrasive 30/60 mesh, new, big bags", "export", ["rail"], ["UA", "RS"], (0.3, 0.5), (20000, 24000), ["EUR"], None, S),
    ("850760", "Lithium-ion battery modules for stationary storage, new", "export", ["sea"], ["NG", "GH"], (8, 14), (3000, 9000), ["EUR"], 0.004, S),
    ("853229", "Film power-factor capacitors, new", "export", ["rail"], ["RS", "MK"], (10, 18), (3000, 9000), ["EUR"], 0.05, S),
    ("854449", "Signalling cable, copper, PE-insulated, new, on drums", "export", ["rail"], ["KZ", "UA"], (7, 10), (10000, 20000), ["EUR"], None, S),
    ("631010", "Laundered cotton wiping cloths, new offcuts, bales", "export", ["sea"], ["CM", "SN"], (0.6, 1.0), (10000, 20000), ["EUR"], None, S),
    ("860719", "Reconditioned bogie springs and couplers, tested", "export", ["sea"], ["SN", "CM"], (1.5, 3), (8000, 18000), ["EUR"], 0.02, S),
    ("381400", "Isopropanol-based relay contact cleaner, 5 l", "import", ["air"], ["IN", "US"], (4, 8), (200, 800), ["USD"], 0.2, S),
    ("381400", "White-spirit bearing wash solvent, 200 l drums", "import", ["sea"], ["GE", "TR"], (0.6, 1.0), (6000, 14000), ["USD"], None, S),
    ("940690", "Pentane-blown PU sandwich panels for insulated bodies", "import", ["rail"], ["CN"], (1.2, 2), (18000, 24000), ["USD"], 0.03, S),
    ("842139", "Locomotive brake air-dryer cartridges, desiccant", "import", ["rail"], ["CN"], (5, 9), (6000, 14000), ["USD"], 0.3, S),
    ("842410", "CO2 fire extinguishers 5 kg, for passenger coaches, new", "import", ["rail"], ["MK", "CN"], (6, 10), (2000, 6000), ["EUR"], 0.07, S),
    ("854590", "Pantograph carbon contact strips", "import", ["rail"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.3, S),
    ("700991", "Art Deco-style pressed glass panels, new", "export", ["sea"], ["US", "CA"], (20, 40), (500, 2000), ["EUR"], 0.1, S),
    ("860290", "Garden-railway live-steam locomotive kits, 5-inch gauge, new", "export", ["sea"], ["US", "GB"], (40, 80), (300, 1500), ["EUR"], 0.01, S),
    ("680291", "Grey slate wall cladding, new, split", "import", ["rail"], ["UZ", "CN"], (0.5, 1.0), (18000, 24000), ["USD"], None, S),
    ("691390", "Replica sancai glazed horses, new", "import", ["rail"], ["CN"], (3, 6), (1000, 4000), ["USD"], 0.05, S),
    ("830629", "Brass craft crosses, new, Ethiopian style", "import", ["air"], ["ET"], (15, 30), (50, 300), ["USD"], 1, S),
    ("830990", "Reproduction enamel station signs", "export", ["sea"], ["US", "AU"], (8, 15), (500, 2000), ["EUR"], 0.2, S),
    ("830629", "Brass horse-harness ornaments, new handicraft", "import", ["rail"], ["TR", "IR"], (6, 12), (200, 1000), ["USD"], 2, S),
    ("392690", "Plastic wagon security seals, numbered, new", "import", ["sea"], ["CN", "IN"], (3, 6), (1000, 4000), ["USD"], 200, S),
    ("848180", "Pneumatic check and relief valves for compressors, new", "export", ["rail"], ["KZ", "UZ"], (20, 40), (1000, 4000), ["EUR"], 0.5, S),
    ("901420", "MEMS inclinometer boards for track trolleys", "export", ["air"], ["IN", "AE"], (200, 400), (20, 100), ["EUR"], 1, S),
    ("440729", "Azobé railway sleepers, FSC, sawn", "import", ["sea"], ["CM", "CG"], (0.5, 0.8), (20000, 26000), ["EUR"], 0.01, S),
    ("441899", "Reclaimed eucalyptus crossing timbers for landscaping, untreated", "import", ["sea"], ["BR", "UY"], (0.3, 0.6), (18000, 24000), ["USD"], None, S),
    ("640520", "Hand-made wool felt slippers", "import", ["post"], ["KG", "NP"], (20, 40), (1, 3), ["USD"], 2, S),
    ("410799", "Embossed cowhide upholstery leather, snake pattern", "import", ["air"], ["ID", "IN"], (12, 20), (200, 800), ["USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("460212", "Rattan bread baskets, hand-woven", "import", ["sea"], ["ID", "VN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("392610", "Plastic document wallets with press studs, A4", "import", ["sea"], ["CN", "TR"], (1.8, 3), (4000, 10000), ["USD", "EUR"], 20, N),
        ("630391", "Cotton blackout curtains, lined", "import", ["sea"], ["IN", "PK"], (5, 9), (2000, 6000), ["USD"], 0.8, N),
        ("630790", "Wool dryer balls, sets of six", "import", ["post", "express"], ["NZ", "NP"], (20, 40), (1, 3), ["NZD", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind215", 20620101, HERE)


if __name__ == "__main__":
    main()
