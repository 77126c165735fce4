#!/usr/bin/env python3
"""Writes the hundred-and-seventy-sixth blind set (tests/risk/data/blind176-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2055, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: river and lake traffic (barges,
ferries and small boats crossing or following borders on the Rhine, the Danube and the
Sava, Lake Constance, Lake Maggiore and Lake Lugano, the Mekong, the Paraná-Paraguay
waterway and Lake Itaipu, Lake Victoria and Lake Tanganyika, the Congo River and the Pool
Malebo, the Detroit and St Clair rivers and the St Lawrence, Lake Titicaca and the Amazon).
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
animal origin, seeds under reinforced checks included) appear only in the permitted rows,
with their document, and goods whose importer must hold an authorisation (steel,
HFC-charged equipment, HFC and HFO refrigerants, firearms parts) are left out of the
ordinary table. Disguised rows carry a consignee name only where a real declaration
would. Barges, ferries and lake boats are declared, as in the earlier sets, on the sea
mode. Ids are BL176-*:

    python3 tests/risk/data/make_blind176_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2055, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2055
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "TZSEA01", "sea", "UG", [], "TZ", "560811",
         "Nyavu za kuvulia samaki, nailoni, inchi 5, vipande 200", "UG", 600, 200, 4800, "USD",
         "a lake-boat cargo for a Bukoba fishing-supply shop: nylon gillnets and hooks are what Kampala traders "
         "ship across Lake Victoria from Port Bell, but the third item's 'sabuni ya mche' are 800 sausage-like "
         "1 kg sticks in printed plastic film that are soft and greasy, do not lather, smell of diesel and read "
         "'UN0241 blasting explosive type E' under the soap wrappers, with a carton of plain detonators and coils "
         "of safety fuse packed among them: emulsion explosive and detonators for blast fishing, imported without "
         "the permits Tanzania's Explosives Act requires and for a use its Fisheries Act forbids, hidden as the "
         "last item of a three-item declaration on a lake vessel from Port Bell to Bukoba; Swahili wording (blast "
         "fishing repeats in three sets and a sinker label on detonators in a development row; emulsion explosive "
         "under a laundry-bar-soap label on a Lake Victoria crossing was found in no earlier row by a keyword "
         "search)",
         dict(firm("Ziwa Fishing Supplies Ltd", "TZ"),
              _more_items=[item("950720", "Ndoano za kuvulia, namba 8-12, pakiti 500", "CN", 50, 600, "USD", qty=500),
                           item("340119", "Sabuni ya mche ya kufulia, kilo 1, vipande 800", "UG", 800, 720, "USD",
                                qty=800)])),
        ("PRE-02", "import", "DESEA01", "sea", "CH", [], "DE", "200971",
         "Thurgauer Süessmost, klar filtriert, 1-Liter-Glasflasche, 900 Stück", "CH", 1020, 900, 1350, "CHF",
         "clarified Thurgau apple juice is golden, sweet and about 1.05 kg/l; these 900 bottles hold a water-clear, "
         "tasteless liquid of 1.13 kg/l under vented caps that whitens and stings the skin and foams on a cut: "
         "about 35 % hydrogen peroxide (Annex I above 12 %), in a van off the Romanshorn-Friedrichshafen car ferry "
         "for a Ravensburg farm shop that sells to the public; Swiss German wording (hydrogen peroxide repeats in "
         "many sets and juice covers in several, a cajuína label once (blind156); a Süssmost label and the Lake "
         "Constance ferry were found in no earlier row by a keyword search)",
         firm("Alpina Hofladen GmbH", "DE")),
        ("PRE-03", "import", "HRSEA01", "sea", "BA", [], "HR", "250100",
         "So za zimnicu (kiseljenje), nejodirana, Solana Tuzla, 1 kg, 8.000 kesica", "BA", 8000, 8000, 2400, "EUR",
         "Tuzla pickling salt is fine, white, salty and slightly damp; these 8,000 bags hold dry, glossy crystals "
         "that taste cool rather than salty, crackle and flare yellow on a gas ring, and the sacks they were packed "
         "from, in the same hold, print CAS 7775-09-9, for a Slavonski Brod cash-and-carry that sells to the public "
         "before the pickling season: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "on a Sava barge from Brčko; Bosnian wording (sodium chlorate repeats in many sets under salt labels, "
         "pickling salt among them, and Tuzla in several; kept as a repeat of the salt-label family, a Sava barge "
         "from Brčko was found in no earlier row by a keyword search)",
         firm("Delta Veletrgovina d.o.o.", "HR")),
        ("PRE-04", "import", "ITSEA01", "sea", "CH", [], "IT", "271019",
         "Olio miscela 2T per motori fuoribordo, flaconi da 1 l, 480 pezzi", "CH", 550, 480, 2900, "CHF",
         "two-stroke outboard oil is a thin mineral oil of 0.87 kg/l, dyed blue or green, that floats on water; "
         "these bottles hold a colourless liquid of 1.14 kg/l that sinks, partly mixes with water, smells faintly "
         "fruity and matches the 'CH3NO2 98 %' drums of the Swiss filler found in the same load: nitromethane (Annex "
         "I above 16 %), on a lake freight boat from Locarno to Luino for a nautical shop that sells to boat owners "
         "and model-racing hobbyists, members of the public; Ticino Italian wording (nitromethane repeats in many "
         "sets and an outboard-oil label once, on a waste; an outboard-oil label on nitromethane and Lake Maggiore "
         "were found in no earlier row by a keyword search)",
         firm("Rivage Nautica Srl", "IT")),
        ("PRE-05", "import", "ROSEA01", "sea", "UA", [], "RO", "310210",
         "Карбамід (сечовина) гранульований, 46,2 % N, мішки 5 кг, 4 000 мішків", "UA", 20000, 4000, 9000, "EUR",
         "granular urea is white, odourless, reads 46 % N and smells of ammonia on a hot plate; these 5 kg bags "
         "hold white prills that read 34 % N, draw damp into a crust, melt and fume without any smell of ammonia "
         "and give the nitrate test at once, for a Galați garden-and-DIY web shop that sells them to the public: "
         "ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, on a Danube barge "
         "from Izmail; Ukrainian wording (ammonium nitrate repeats in many sets and urea labels on it in several; "
         "kept as a repeat of the label, a Danube barge from Izmail to Galați is the new part as far as a search "
         "found)",
         firm("Orion Grădina SRL", "RO")),
        ("PRE-06", "import", "FRSEA01", "sea", "CN", ["NL", "DE"], "FR", "283699",
         "Sel de corne de cerf (bicarbonate d'ammonium) pour bredele, sachets 1 kg, 3 000 sachets", "CN", 3000,
         3000, 3600, "USD",
         "hartshorn salt is ammonium bicarbonate, which reeks of ammonia when the bag is opened and vanishes on a "
         "hot plate; these 3,000 bags, for an Alsatian baking-supplies web shop ahead of the Christmas bredele "
         "season, smell of nothing, leave a white residue that flares violently with sugar and carry CAS 7778-74-7 "
         "on the inner liners: potassium perchlorate (Annex I above 40 %) retail-packed for members of the public, "
         "landed at Rotterdam and carried up the Rhine by container barge to Strasbourg; Alsatian French wording "
         "(potassium perchlorate repeats in many sets and a hartshorn-salt label once (blind67); kept as a repeat "
         "of the cover, a Rhine container barge to Strasbourg is the new part)",
         firm("Horizon Pâtisserie SARL", "FR")),
        ("PRE-07", "import", "GRPOST01", "post", "GE", [], "GR", "210390",
         "სვანური მარილი (Svan salt), 4 x 500 გ", "GE", 2.2, 4, 40, "GEL",
         "Svan salt is coarse salt ground with garlic, blue fenugreek, coriander and chilli: orange-flecked, damp "
         "and pungent; these four jars hold pure white, odourless, glossy crystals that taste cool and spit violet "
         "sparks on a hot pan: potassium chlorate (Annex I above 40 %), posted from Kutaisi to a private person in "
         "Thessaloniki; Georgian wording (potassium chlorate repeats in many sets under salt and spice labels; a "
         "Svan-salt label was found in no earlier row by a keyword search)",
         person("K. Georgiou", "GR")),
        ("PRE-08", "import", "PYSEA01", "sea", "AR", [], "PY", "283421",
         "Nitrato de potasio cristalizado grado agrícola, para tabaco, bolsas 25 kg, 1.200 bolsas", "AR", 30000,
         1200, 21000, "USD",
         "agricultural potassium nitrate is a fine, free-flowing crystal that reads 13 % N and 46 % K2O and "
         "colours a flame lilac; these 1,200 bags hold porous white prills that read 34 % N and no potassium, cake "
         "in the damp of the barge and grow ice-cold in water: ammonium nitrate, whose import Paraguay allows only "
         "under a permit of the Dirección de Material Bélico, for a Pedro Juan Caballero 'agro-input' firm that "
         "has no tobacco growers among its customers, on a barge from San Lorenzo up the Paraná and Paraguay "
         "rivers to Villeta; Rioplatense Spanish wording (ammonium nitrate repeats in many sets and Paraguay and "
         "Rosario in a few; a Paraná-Paraguay barge to Villeta was found in no earlier row by a keyword search)",
         dict(importer_name="Agroinsumos del Norte S.A.", importer_country="PY")),
        ("PRE-09", "import", "ROSEA01", "sea", "MD", [], "RO", "220421",
         "Vin alb sec de casă, Fetească albă, bidoane PET 5 l, 120 bidoane", "MD", 840, 120, 720, "EUR",
         "Fetească albă is a pale straw-yellow wine of 0.99 kg/l that smells of fruit and alcohol; these 120 "
         "jerrycans weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat into a copper coin, and "
         "nothing in them burns: about 65 % nitric acid (Annex I above 3 %), on a river boat from Giurgiulești to "
         "Brăila for a jewellers'-supply shop that sells to the public; Moldovan Romanian wording (nitric acid "
         "repeats in many sets and Giurgiulești in a few; a homemade-wine label was found in no earlier row by a "
         "keyword search)",
         firm("Vega Bijuterii SRL", "RO")),
        ("PRE-10", "import", "FRAIR01", "express", "AM", [], "FR", "220890",
         "Թթի օղի (mulberry oghi), 4 x 0,5 լ", "AM", 3.8, 4, 36000, "AMD",
         "Armenian mulberry oghi is a clear spirit of 0.95 kg/l that smells of fruit and alcohol; these four "
         "bottles are oily, weigh 1.84 kg/l, smell of nothing, char a paper strip black and grow hot with a drop "
         "of water: about 96 % sulphuric acid (Annex I above 15 %), sent by express from Yerevan to a private "
         "person in Marseille, although corrosive liquids travel by express only as declared dangerous goods; "
         "Armenian wording (sulphuric acid repeats in many sets and spirit covers in several, a mulberry-oghi label "
         "once (blind137); kept as a repeat of the cover, by express to Marseille is the new part)",
         person("Mme A. Petrossian", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "890120",
         "Motortankschip, enkelwandig, bouwjaar 1967, 86 m, gebruikt, vaarklaar, voor verdere inzet in de "
         "Nigerdelta", "NL", 780000, 1, 95000, "EUR",
         "a tank barge sold for further trading has valid certificates and gas-free tanks; this 1967 single-hull "
         "Rhine tanker lost its approval when single hulls were barred from carrying dangerous goods on the Rhine, "
         "has asbestos lagging in the engine room, PCB-containing paint and cables and 40 m3 of oily tank residues, "
         "and leaves under tow with no crew and no cargo contract for an Onne 'river-transport' firm that runs a "
         "beach-breaking yard: a ship destined for dismantling, hazardous waste whose export to a non-OECD country "
         "is banned (Regulation 2024/1157 and the Basel ban), from Rotterdam; Dutch wording (ships for breaking "
         "repeat in many sets, a Rhine river cruise ship and dredgers among them; a single-hull Rhine tank barge was "
         "found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-02", "export", "ATSEA01", "sea", "AT", ["SK", "HU", "HR"], "RS", "261800",
         "Hüttensand, granuliert, für Zementwerke, Schubverband, 1.600 t", "AT", 1600000, None, 24000, "EUR",
         "granulated blast-furnace slag is a glassy, sand-coloured, sharp grain that cement works grind with "
         "clinker; these two barges hold a fine, dark brown-black, dusty powder that stains the hands and reads "
         "25 % zinc, 3 % lead and traces of cadmium and dioxins, from an Upper Austrian electric-arc-furnace "
         "plant's bag filters: EAF dust (10 02 07*), hazardous waste whose export to a non-OECD country is banned, "
         "on a Danube push convoy from Ennshafen to the Beočin cement works; Austrian German wording (EAF dust "
         "repeats in many sets and slag labels in several; kept as a repeat family, a Danube push convoy to Beočin "
         "was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-03", "import", "BESEA01", "sea", "CH", ["DE", "NL"], "BE", "271019",
         "Heizöl extra-leicht (HEL), schwefelarm, Tankschiff, 950 t", "CH", 950000, None, 640000, "EUR",
         "extra-light heating oil is a clear, red-dyed distillate of 0.84 kg/l that smells of diesel; this tanker "
         "barge holds a dark liquid of 1.05 kg/l that smells of solvent, reads 8 % organic chlorine with traces of "
         "pharmaceutical intermediates and carries sediment, drawn from a Basel chemical site's spent-solvent "
         "tanks (still bottoms and halogenated washings, 07 05 03*), for an Antwerp 'bunker trader' that blends "
         "cheap streams into ship fuel: hazardous waste imported without the notification and consent of "
         "Regulation 2024/1157, by Rhine barge from Basel; Swiss German wording (still bottoms repeat in several "
         "sets, bunker blending and heating-oil labels in a few (blind68, blind141); kept as a repeat of the label, a "
         "Rhine tanker barge from Basel to Antwerp was found in no earlier row by a keyword search)",
         firm("Nordhafen Bunker SA", "BE")),
        ("WST-04", "import", "THSEA01", "sea", "CN", [], "TH", "850760",
         "二手动力电池模组（磷酸铁锂），梯次利用，检测合格，1900 组", "CN", 38000, 1900, 76000, "USD",
         "second-life battery modules for storage are graded, intact and come with a test sheet per module; these "
         "1,900 'modules' are swollen, punctured and scorched pouch and prismatic cells torn out of wrecked "
         "e-scooters and cars, some leaking electrolyte, with no battery-management boards and no test data, for a "
         "Chiang Rai 'energy-storage' firm that has a shredder but no assembly line: waste lithium-ion batteries, "
         "e-waste whose import Thailand forbids and hazardous waste under the Basel Convention, on a Mekong cargo "
         "boat from Guanlei in Yunnan to Chiang Saen; Yunnan Chinese wording (lithium batteries repeat in many "
         "sets; the Mekong boat from Guanlei to Chiang Saen was found in no earlier row by a keyword search)",
         dict(importer_name="Mekong Green Energy Storage Co., Ltd.", importer_country="TH")),
        ("WST-05", "import", "ARSEA01", "sea", "PY", [], "AR", "391510",
         "Molido de PEAD lavado, color natural, big bags, 48 t", "PY", 48000, None, 9600, "USD",
         "washed HDPE regrind is clean, odourless flakes of one colour; these bags hold unwashed shreds of 20 l "
         "agrochemical jerrycans, many with their labels (glyphosate, paraquat, chlorpyrifos) still legible, that "
         "smell of solvent and pesticide and leave liquid in the bag corners, from soybean farms in Alto Paraná: "
         "packaging contaminated with hazardous substances (15 01 10*), hazardous waste whose import Argentina "
         "forbids (Ley 24.051), shipped without Basel consent on a barge from Villeta down the Paraguay and Paraná "
         "rivers to Rosario; Paraguayan Spanish wording (pesticide containers repeat in a few sets and regrind "
         "labels in many; kept as a repeat family, a Villeta-Rosario river barge was found in no earlier row by a "
         "keyword search)",
         firm("Litoral Reciclados S.A.", "AR")),
        ("WST-06", "import", "TZSEA01", "sea", "KE", [], "TZ", "261690",
         "Gold ore concentrate, re-processing grade, 40 t in 1 t bags", "KE", 40000, 40, 12000, "USD",
         "a gold-ore concentrate for a carbon-in-leach plant is dry, sulphide-rich rock flour with an assay sheet; "
         "these 40 bags hold grey, wet sludge from artisanal sluice-and-amalgamation pits in Migori county that "
         "shows beads of free mercury when panned and reads 300 mg/kg of mercury, for a Mwanza plant that leaches "
         "tailings with cyanide: mercury-contaminated mining waste, shipped without Basel consent and against "
         "Tanzania's hazardous-waste control regulations, on a lake vessel from Kisumu to Mwanza; Kenyan English "
         "wording (mine tailings repeat in three sets and Mwanza in a few; amalgamation tailings across Lake "
         "Victoria from Kisumu were found in no earlier row by a keyword search)",
         firm("Nyanza Gold Processing Co. Ltd", "TZ")),
        ("WST-07", "import", "ROSEA01", "sea", "UA", [], "RO", "740400",
         "Меден скрап, намотки от трансформатори, 300 т", "UA", 300000, None, 1650000, "USD",
         "copper winding scrap is cleaned, stripped coils with the oil drained; this barge holds 60 whole, "
         "shell-damaged distribution and substation transformers with their windings still in the tanks and about "
         "30 t of oil, some from Soviet-era units filled with PCB-based fluids that read over 5,000 mg/kg PCB, "
         "salvaged from war-damaged substations in Odesa oblast for a Tulcea scrapyard: PCB-containing equipment "
         "(16 02 09*), hazardous waste and persistent pollutants imported without the notification and consent "
         "of Regulation 2024/1157, on a Danube barge from Izmail; Bulgarian wording of a Bolhrad trader from "
         "Bessarabia's Bulgarian community (transformers repeat in many sets; war-damaged transformers from "
         "Ukraine under a winding-scrap label were found in no earlier row by a keyword search)",
         firm("Central Metal Recycling SRL", "RO")),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "RS"], "MK", "250100",
         "Nitritpökelsalz für Metzgereien, 25-kg-Säcke, 480 Säcke", "DE", 12000, 480, 3600, "EUR",
         "nitrite curing salt is fine white table salt with 0.5 % sodium nitrite in printed food-grade sacks; "
         "these 480 sacks hold grey-white fused lumps and crusts with embedded scale and metal swarf, chipped out "
         "of a Baden-Württemberg heat-treatment shop's salt-bath furnaces, that read 20 % cyanide: spent cyanide "
         "hardening salts (11 03 01*), hazardous waste whose export to a non-OECD country is banned, by lorry to a "
         "Skopje 'meat-processing supplier'; German wording (hardening salts repeat in a few sets and curing-salt "
         "labels in several, a Pökelsalz label once, on potassium nitrate (blind22); hardening salts under a "
         "Pökelsalz label to North Macedonia were found in no earlier row by a keyword search)",
         {"importer_country": "MK"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "MA", "282110",
         "Óxido de ferro vermelho, pigmento para cerâmica, big bags, 24 t", "PT", 24000, None, 4800, "EUR",
         "synthetic red iron oxide is a bright, even, bone-dry pigment of 96 % Fe2O3 at about 1 EUR/kg; these bags "
         "hold a lumpy, greenish-brown, damp filter cake that smells of acid and reads 8 % nickel, 6 % chromium "
         "and 4 % zinc, pressed out of an Águeda electroplating plant's effluent: galvanic sludge (11 01 09*), "
         "hazardous waste whose export to a non-OECD country is banned, from Leixões to Casablanca for a 'tile "
         "glaze' maker; Portuguese wording (galvanic sludge repeats in many sets and iron-oxide labels in several; "
         "kept as a repeat family, from Leixões to Casablanca is the new part as far as a search found)",
         {"importer_country": "MA"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "CD", "630900",
         "Friperie, vêtements usagés triés, balles de 45 kg, 300 balles", "BE", 13500, 300, 9000, "EUR",
         "a second-hand container for a Kinshasa trader, landed at Matadi and barged up the river: sorted used "
         "clothing and mattresses are what Brussels exporters ship to the Congo, but the third item's 'réglettes "
         "néon complètes' are 3.6 t of stripped fluorescent-lamp ballasts and oily, leaking capacitors, many "
         "labelled 'Clophen' or 'Pyralène', with no fitting, tube or reflector among them: PCB-containing "
         "capacitors (16 02 09*), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration from Antwerp to Matadi; Belgian French wording (PCB capacitors and "
         "ballasts repeat in several sets and used clothing in many; behind friperie and mattresses to the Congo "
         "is the new part as far as a search found)",
         dict({"importer_country": "CD"},
              _more_items=[item("940429", "Matelas d'occasion, mousse, 80 pièces", "BE", 1600, 800, "EUR", qty=80),
                           item("940519", "Réglettes néon d'occasion, complètes, 600 pièces", "BE", 3600, 600, "EUR",
                                qty=600)])),
    ],
    "ozone": [
        ("OZN-01", "import", "HUSEA01", "sea", "RS", [], "HU", "290219",
         "Ciklopentan, sredstvo za penjenje poliuretana, 95 %, burad 200 l, 60 buradi", "RS", 14900, 60, 16000,
         "EUR",
         "cyclopentane blowing agent is a light (0.75 kg/l), petrol-smelling, highly flammable liquid in drums with "
         "a flame label; these 60 drums weigh 1.24 kg/l, their contents boil at 32 °C, do not burn and smell "
         "faintly of ether, and the drum heads under the new labels read 'HCFC-141b': 1,1-dichloro-1-fluoroethane, "
         "an ozone-depleting substance whose import into the Union is banned (Regulation 2024/590), on a Danube "
         "barge from Apatin to Mohács for a sandwich-panel maker; Serbian wording (HCFC-141b repeats in many sets "
         "and cyclopentane labels in several, mostly on premixes; kept as a repeat family, a Danube barge from "
         "Apatin to Mohács is the new part as far as a search found)",
         firm("Delta Panel Kft.", "HU")),
        ("OZN-02", "import", "NLSEA01", "sea", "CH", ["DE"], "NL", "842410",
         "Gebrauchte CO2-Löschflaschen, 45 kg, geprüft, 36 Stück", "CH", 2900, 36, 3600, "CHF",
         "used fixed-system CO2 bottles are tall cylinders holding 45 kg of liquid CO2 at 57 bar; these 36 red "
         "bottles, stripped from the engine room of a scrapped Swiss Rhine passenger ship, read 25 bar, their "
         "valves are stamped 'BTM 1301' and a gas test gives bromotrifluoromethane: halon 1301, whose import into "
         "the Union is banned outside licensed critical uses (Regulation 2024/590), on a Rhine barge from Basel to "
         "a Rotterdam ship chandler who resells to ships; Swiss German wording (halon 1301 repeats in many sets and "
         "CO2-extinguisher labels in three; a Rhine passenger ship's bottles from Basel were found in no earlier "
         "row by a keyword search)",
         firm("Atlantic Scheepsbenodigdheden BV", "NL")),
        ("OZN-03", "import", "CASEA01", "sea", "US", [], "CA", "271112",
         "Propane, 30 lb refillable cylinders, for BBQ and RV use, 120 cylinders", "US", 1630, 120, 4800, "USD",
         "30 lb propane cylinders are white or grey with a DOT collar, hold a liquid of 0.51 kg/l at 8 bar and "
         "smell of mercaptan; these 120, on a hazmat lorry on the Detroit-Windsor truck ferry, read 9 bar but hold "
         "13.6 kg each of an odourless liquid of 1.19 kg/l, show green paint under the grey and carry R-22 valve "
         "stamps: chlorodifluoromethane (HCFC-22), whose import into Canada needs a permit under the "
         "Ozone-depleting Substances and Halocarbon Alternatives Regulations, for a Windsor HVAC contractor; US "
         "English wording (HCFC-22 repeats in many sets and propane labels in several; the Detroit-Windsor truck "
         "ferry was found in no earlier row by a keyword search)",
         firm("Great Lakes Cylinder Exchange Inc.", "CA")),
        ("OZN-04", "import", "BRSEA01", "sea", "PY", [], "BR", "381400",
         "Fluido de limpeza para sistemas de refrigeração, base HFO-1233zd, latas 13,6 kg, 200 latas", "CN", 2720,
         200, 8000, "USD",
         "HFO-1233zd flushing fluid is a liquid of 1.27 kg/l that boils at 18 °C and costs about 25 USD/kg; these "
         "200 cans cost a tenth of that, hold a liquid of 1.49 kg/l that boils at 24 °C, and the can liners read "
         "'R-11': trichlorofluoromethane (CFC-11), whose import Brazil forbids, on a launch across the Paraná from "
         "Salto del Guairá to a Guaíra refrigeration wholesaler; Brazilian Portuguese wording (CFC-11 repeats in "
         "many sets and R-1233zd labels over it in about ten rows; kept as a repeat of the label, the Paraná crossing "
         "to Guaíra was found in no earlier row by a keyword search)",
         firm("Central Refrigeração Ltda", "BR")),
        ("OZN-05", "import", "KHSEA01", "sea", "VN", [], "KH", "290342",
         "Gas lạnh R32, bình 3 kg, 1.200 bình", "CN", 3600, 1200, 10800, "USD",
         "R-32 in 3 kg cans is a flammable refrigerant at 15 bar with a flame mark; these 1,200 cans read 9 bar, "
         "do not light, smell faintly sweet, and a gas identifier reads R-22: chlorodifluoromethane (HCFC-22), "
         "imported beyond Cambodia's HCFC quota and without its import licence, on a Mekong cargo boat from Tân "
         "Châu to Phnom Penh; Vietnamese wording (HCFC-22 repeats in many sets under HFC labels, R-32 among them; "
         "a Mekong boat from Tân Châu was found in no earlier row by a keyword search)",
         firm("Mekong Cool Trading Co., Ltd.", "KH")),
        ("OZN-06", "transit", "ROSEA01", "sea", "CN", ["RO"], "RS", "290323",
         "Tetrachloroethylene (perchloroethylene), dry-cleaning grade, 四氯乙烯 干洗级, 80 drums", "CN", 25400, 80,
         22000, "USD",
         "perchloroethylene is a dense (1.62 kg/l) dry-cleaning solvent that boils at 121 °C; these 80 drums, landed "
         "at Constanța and transhipped to a Danube barge for Pančevo, hold a liquid of 1.59 kg/l that boils at "
         "77 °C and smells sweeter, and the drum heads under the new labels read 'CCl4': carbon tetrachloride, an "
         "ozone-depleting substance moved through the Union without the licence Regulation 2024/590 requires, "
         "declared in transit from Tianjin to Serbia; English and Chinese wording (carbon tetrachloride repeats in "
         "many sets and perchloroethylene labels in several; kept as a repeat of the label, a Constanța-Danube "
         "transit to Pančevo is the new part as far as a search found)", {"importer_country": "RS"}),
        ("OZN-07", "import", "FRROAD01", "road", "CH", [], "FR", "381400",
         "Solution de nettoyage pour horlogerie, base alcool isopropylique, bidons 5 l, 60 bidons", "CH", 470, 60,
         3000, "CHF",
         "watch-cleaning solution is an alcohol-based liquid of about 0.8 kg/l that smells of isopropanol and "
         "burns; these 60 cans hold a liquid of 1.57 kg/l that does not burn and evaporates at once with a faint "
         "ether smell, and the old drums it was decanted from, found in the van, read 'Fréon TF': CFC-113, whose "
         "import into the Union is banned, old stock from a Vallée de Joux workshop carried through Col-des-Roches "
         "to a Morteau watch repairer; Swiss French wording (CFC-113 repeats in many sets, as Nefras solvent "
         "(blind168) among others, and under watch-cleaning labels in a few (blind71, blind154); kept as a repeat of "
         "the label, old Vallée de Joux stock through Col-des-Roches is the new part)",
         firm("Vega Horlogerie SARL", "FR")),
        ("OZN-08", "import", "FIAIR01", "express", "JP", [], "FI", "382499",
         "スポーツ用コールドスプレー（LPG・DME、ノンフロン）420 ml × 12本", "JP", 3.2, 12, 9600, "JPY",
         "sports cold sprays sold in Japan as 'non-fluorocarbon' use LPG or DME, carry a flammability warning and "
         "feel light; these twelve cans are heavy for their size, do not light at the nozzle, and the small print "
         "under a sticker reads 'HFC-134a': technical aerosols filled with 1,1,1,2-tetrafluoroethane, whose "
         "placing on the Union market is banned (Regulation 2024/573), sent by express from Osaka to a private "
         "person in Tampere who sells them on; Japanese wording (HFC-134a in cold and freeze sprays repeats in "
         "several sets; a Japanese non-fluorocarbon sports-spray label was found in no earlier row by a keyword "
         "search)",
         person("Mikko Virtanen", "FI")),
        ("OZN-09", "import", "USROAD01", "road", "MX", [], "US", "290351",
         "Refrigerante R-1234yf para aire acondicionado automotriz, latas 10 kg, 400 latas", "CN", 4000, 400,
         28000, "USD",
         "R-1234yf comes in cylinders with a left-hand thread, is mildly flammable and costs about 60 USD/kg; these "
         "400 cans, on a lorry over the World Trade Bridge at Laredo, cost a tenth of that, have the right-hand "
         "fitting of R-134a, and a gas identifier reads 1,1,1,2-tetrafluoroethane: HFC-134a imported into the "
         "United States without the consumption allowances the AIM Act requires, for a San Antonio auto-parts "
         "wholesaler; Mexican Spanish wording (HFC-134a repeats in many sets and R-1234yf labels in several; kept "
         "as a repeat of the label, a Rio Grande crossing into the United States is the new part as far as a "
         "search found)",
         firm("Rio Bravo Auto Parts LLC", "US")),
        ("OZN-10", "import", "CDSEA01", "sea", "CG", [], "CD", "841510",
         "Climatiseurs split 12 000 BTU, R-410A, neufs, 120 pièces", "CN", 4200, 120, 24000, "USD",
         "an air-conditioning trader's load on the Brazzaville-Kinshasa boat: split units and fridges are what "
         "Brazzaville wholesalers send across the Pool Malebo, but the third item's 60 'bonbonnes R-410A' are "
         "light-green cylinders repainted pink, at 10 bar instead of 16, whose gas reads HCFC-22: "
         "chlorodifluoromethane imported beyond the Democratic Republic of the Congo's HCFC quota and without its "
         "import licence, hidden as the last item of a three-item declaration at the Beach Ngobila in Kinshasa; "
         "Lingala and French wording (HCFC-22 repeats in many sets under R-410A labels; the Beach Ngobila crossing "
         "from Brazzaville was found in no earlier row by a keyword search)",
         dict(firm("Ets Malebo Froid SARL", "CD"),
              _more_items=[item("841821", "Réfrigérateurs ménagers, 40 pièces", "CN", 2000, 8000, "USD", qty=40),
                           item("382763", "Bonbonne ya gaz R-410A, 11,3 kg, 60", "CN", 680, 1800, "USD", qty=60)])),
    ],
    "cultural": [
        ("CUL-01", "import", "THSEA01", "sea", "LA", [], "TH", "490199",
         "ໃບລານ ທີ່ລະລຶກ ເຮັດໃໝ່ (souvenir palm-leaf books), 30 ມັດ", "LA", 24, 30, 600, "USD",
         "souvenir palm-leaf books from Luang Prabang's night market are pale, fresh leaves with a few lines of "
         "script and bright new covers; these 30 bundles are brown, brittle leaves written edge to edge in Tham "
         "script, with lacquered and gilded wooden covers, temple-cloth wrappers and monastery inventory marks: "
         "18th-19th-century Buddhist manuscripts from Lao monastery libraries, whose export Laos forbids, brought "
         "without an export permit by slow boat down the Mekong from Luang Prabang to Huay Xai and across to Chiang "
         "Khong for a Chiang Mai antique dealer; Lao wording (palm-leaf manuscripts repeat in several sets; kept as "
         "a repeat of the good, the Mekong slow boat to Chiang Khong was found in no earlier row by a keyword "
         "search)",
         firm("Lanna Antique & Decor Co., Ltd.", "TH")),
        ("CUL-02", "import", "ATSEA01", "sea", "RS", ["HU", "SK"], "AT", "842390",
         "Stari mesingani tegovi za pijačne vage, buvljak, 60 komada", "RS", 40, 60, 900, "EUR",
         "old market-scale weights are cast-iron or brass cylinders stamped with a maker's name and a "
         "20th-century verification mark; these 60 are bronze with a green and red patina and Danube mud in the "
         "recesses, many cast as busts of emperors and gods with a suspension loop, with steelyard arms and a "
         "scale pan among them: Roman weights from the Limes sites around Viminacium and Singidunum, "
         "archaeological objects whose export Serbia forbids, brought in without the import licence Regulation "
         "2019/880 requires, as cargo on a Danube river-cruise ship from Belgrade to Vienna; Serbian wording "
         "(Viminacium finds repeat in two sets, detector finds in many and a steelyard-weight label once, on a "
         "meteorite (blind138); Roman bust weights under a market-weight label were found in no earlier row)",
         firm("Central Antikhandel GmbH", "AT")),
        ("CUL-03", "import", "ARSEA01", "sea", "PY", [], "AR", "691490",
         "Yapepó: macetas de barro grandes, artesanía de Itá, 6 piezas", "PY", 300, 6, 600, "USD",
         "new Itá garden pots are evenly fired, orange and stamped with the workshop's name; these six are "
         "hand-built, corrugated and thumb-impressed urns with painted red-and-black bands, soot inside, fresh "
         "river-bank soil and fragments of human bone caught in one: Tupí-Guaraní burial urns (c. 1000-1600) dug "
         "out of eroding Paraná banks in Itapúa, archaeological heritage whose export Paraguay forbids, on a launch "
         "across the Paraná from Encarnación to Posadas for a Buenos Aires decorator; Paraguayan Spanish and "
         "Guaraní wording (Guaraní mission objects repeat in several sets and Itá in a few, on other goods; Guaraní "
         "burial urns under an Itá garden-pot label were found in no earlier row by a keyword search)",
         firm("Rivage Deco S.R.L.", "AR")),
        ("CUL-04", "import", "CGSEA01", "sea", "CD", [], "CG", "442090",
         "Statuettes en bois sculpté, artisanat moderne du marché de Kinshasa, 14 pièces", "CD", 35, 14, 420, "USD",
         "new Kinshasa market carvings are light, pale wood dyed with shoe polish, with crisp tool marks; these 14 "
         "are dense, dark, patinated Teke figures (butti) with resin-and-earth medicine packs sealed on their "
         "bellies and old inventory numbers in white paint under the bases, from Pool-region village shrines and a "
         "museum reserve: ethnographic objects whose export the Democratic Republic of the Congo forbids without a "
         "permit, on a speedboat across the Pool Malebo from Kinshasa to Brazzaville for a dealer who ships to "
         "Brussels; Congolese French wording (Kongo figures repeat in several sets; Teke butti under a market-craft "
         "label across the Pool Malebo were found in no earlier row by a keyword search)",
         firm("Rivage Arts Africains SARL", "CG")),
        ("CUL-05", "export", "ITSEA01", "sea", "IT", [], "CH", "691390",
         "Ceramiche e bronzetti, riproduzioni in stile Golasecca, 1 cassa, 22 pezzi", "IT", 40, 22, 900, "EUR",
         "reproduction Golasecca-style pottery is new, evenly fired and sold with a maker's leaflet; this crate "
         "holds 22 grey-black, hand-made urns and cups with incised geometric bands, soil in the pores and old glue "
         "repairs, and a bronze situla lid, dug by tomb robbers from Iron Age cremation cemeteries near Castelletto "
         "Ticino: Golasecca-culture grave goods (9th-5th century BC), Italian archaeological heritage exported "
         "without the certificate the Codice dei beni culturali requires and the licence of Regulation 116/2009, on "
         "a lake boat from Porto Ceresio across Lake Lugano to a Lugano gallery; Italian wording (Italian "
         "antiquities repeat in many sets and Etruscan bucchero in several; Golasecca finds across Lake Lugano were "
         "found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-06", "import", "BEPOST01", "post", "US", [], "BE", "970529",
         "Native copper nuggets, Keweenaw, mineral specimens, 14 pcs", "US", 2.4, 14, 280, "USD",
         "Keweenaw native copper specimens are irregular, branching nuggets with crystal faces and rock matrix; "
         "these 14 are cold-hammered, socketed spear points, awls, crescent knives and a fish gaff with a thick "
         "green patina and soil in the sockets: Old Copper Complex tools (c. 4000-1000 BC) dug around Lake Superior "
         "and Lake Michigan, archaeological objects over 250 years old brought in without the import licence "
         "Regulation 2019/880 requires, posted from Wisconsin to a private collector in Ghent; US English wording "
         "(American archaeological objects repeat in several sets; Old Copper Complex tools under a mineral-specimen "
         "label were found in no earlier row by a keyword search)",
         person("Jan Peeters", "BE")),
        ("CUL-07", "export", "DESEA01", "sea", "DE", [], "CH", "251710",
         "Rheinkies, gewaschen, Körnung 16/32, 1.100 t", "DE", 1100000, None, 16500, "EUR",
         "a gravel-barge load for a Basel concrete plant: washed Rhine gravel is what Upper Rhine dredging pits ship "
         "upstream, but the second item's 'Buntmetallschrott aus der Kiesbaggerung' is no scrap: 120 kg of crushed "
         "Roman bronze cauldrons, jugs, strainers and a folding tripod crusted with gravel, off a dredge's screen "
         "near Germersheim, like the 3rd-century raiders' hoard found in the Rhine gravel at Neupotz: archaeological "
         "finds that belong to the Land under Rhineland-Palatinate law, exported without the licence Regulation "
         "116/2009 requires, hidden as the second item of the declaration on a Rhine barge to Basel; German wording "
         "(Roman bronzes repeat in several sets and gravel labels in a few; a Rhine gravel-barge hoard was found in "
         "no earlier row by a keyword search)",
         dict({"importer_country": "CH"},
              _more_items=[item("740400", "Buntmetallschrott aus der Kiesbaggerung, gemischt, 120 kg", "DE", 120, 240,
                                "EUR")])),
        ("CUL-08", "import", "PESEA01", "sea", "BO", [], "PE", "711790",
         "Miniaturas de Alasita, plateadas, artesanía, 80 piezas", "BO", 1.6, 80, 240, "USD",
         "Alasita miniatures are bright, new, silver-plated tin and resin toys sold at La Paz's January fair; these "
         "80 are small, worn figurines of hammered gold and silver sheet and carved spondylus shell, llamas and "
         "human figures in the Inca offering style, with lake-bed silt and algae in the seams, raised by divers from "
         "the Khoa reef off the Isla del Sol: Inca and Tiwanaku lake offerings, archaeological heritage whose export "
         "Bolivia forbids, on a launch across Lake Titicaca from Copacabana to Puno for a Lima dealer; Bolivian "
         "Spanish wording (Bolivian antiquities repeat in several sets and Titicaca in three; lake offerings under "
         "an Alasita-miniature label were found in no earlier row by a keyword search)",
         firm("Meridian Artesanías S.A.C.", "PE")),
        ("CUL-09", "import", "DKPOST01", "post", "IS", [], "DK", "711719",
         "Víkingaskart, eftirlíkingar úr tini, minjagripir, 2 stk.", "IS", 1.1, 2, 9000, "ISK",
         "pewter Viking-jewellery souvenirs are bright, cast, identical and weigh a few grams; these two are a pair "
         "of gilt-bronze oval 'tortoise' brooches of the 10th century, corroded, with textile remains in the pin "
         "catches and field soil, found in a farm field in Eyjafjörður: archaeological objects whose export Iceland "
         "forbids without a permit, brought in without the import licence Regulation 2019/880 requires, posted from "
         "Akureyri to a private collector in Aarhus; Icelandic wording (Viking-age grave goods repeat in a few sets "
         "and Iceland in several; Icelandic tortoise brooches under a souvenir label were found in no earlier row by "
         "a keyword search)",
         person("Mette Jensen", "DK")),
        ("CUL-10", "export", "CASEA01", "sea", "CA", [], "BE", "890393",
         "Canot d'écorce décoratif, réplique, 4,8 m, 1 pièce", "CA", 45, 1, 1800, "CAD",
         "decorative bark-canoe replicas are new, glued and stapled, with bright, even bark; this 4.8 m canoe is "
         "sewn with spruce root, gummed with spruce resin, patched and cracked, with scraped motifs in an 1880s "
         "Algonquin pattern of the Ottawa valley, consigned from a Quebec estate: a 19th-century Algonquin "
         "birchbark canoe, on Canada's control list, exported without the permit the Cultural Property Export and "
         "Import Act requires, in a container from the port of Montréal down the St Lawrence to Antwerp; Quebec "
         "French wording (First Nations objects repeat in a few sets; a birchbark canoe was found in no earlier row "
         "by a keyword search)", {"importer_country": "BE"}),
    ],
    "strategic": [
        ("STR-01", "import", "ATSEA01", "sea", "RS", ["HR", "HU", "SK"], "AT", "720827",
         "Toplo valjani čelični koturi, srpsko poreklo (Smederevo), 2.000 t", "RS", 2000000, None, 1200000, "EUR",
         "Serbian hot-rolled coil from Smederevo comes with a mill certificate naming the melt shop of its slabs; "
         "these 2,000 t carry heat numbers whose slab origin, which the importer must prove, traces to slabs from a "
         "Lipetsk mill re-rolled at Smederevo: iron and steel products processed in a third country from Russian "
         "semi-finished steel, whose import into the Union Regulation 833/2014 forbids, on Danube barges from "
         "Smederevo to Linz; Serbian wording (Russian metals under other origins repeat in many sets, pig iron "
         "among them; Russian slab re-rolled in Serbia by Danube barge was found in no earlier row by a keyword "
         "search)",
         firm("Nordhafen Stahlhandel GmbH", "AT")),
        ("STR-02", "import", "BRSEA01", "sea", "PY", [], "BR", "950730",
         "Carretilhas de pesca, corpo de alumínio usinado, 300 unidades", "PY", 240, 300, 9000, "USD",
         "baitcasting reels have a round, anodised aluminium frame with a spool, a handle and a drag star; these "
         "300 'reel bodies' have no spool or handle: they are forged, black-anodised AR-15 lower receivers with the "
         "magazine well, trigger guard and buffer-tube thread machined, some serial-numbered, with bolt carriers "
         "and trigger groups in the same boxes, for gangs in Paraná and São Paulo: firearms parts whose import "
         "Brazil allows only with the Army's authorisation, on a launch across Lake Itaipu from Puerto Indio to "
         "Santa Helena; Brazilian Portuguese wording (AR-15 parts repeat in a few sets; a fishing-reel label and "
         "Lake Itaipu were found in no earlier row by a keyword search)",
         firm("Dourado Pesca Ltda", "BR")),
        ("STR-03", "import", "CGSEA01", "sea", "CD", [], "CG", "260500",
         "Échantillons de minerai cuivre-cobalt pour analyse, 12 sacs de 25 kg", "CD", 300, 12, 600, "USD",
         "copper-cobalt ore samples are green malachite and pink-black heterogenite chips in numbered bags with an "
         "assay order; these 12 bags hold heavy, pitch-black, greasy lumps with yellow and orange crusts that set a "
         "dosimeter off at a metre, from the sealed Shinkolobwe mine in Haut-Katanga: uranium ore (pitchblende), "
         "nuclear source material controlled as dual-use 0C001 and under the Congolese mining and nuclear laws, "
         "taken out without authorisation on a speedboat across the Pool Malebo from Kinshasa to Brazzaville for a "
         "buyer who names no laboratory; Congolese French wording (uranium repeats in several sets, mostly as "
         "equipment; Shinkolobwe ore under a copper-cobalt-sample label was found in no earlier row by a keyword "
         "search)",
         firm("Atlantic Minerals Congo SARL", "CG")),
        ("STR-04", "export", "DESEA01", "sea", "DE", ["NL"], "TR", "281219",
         "Sulfurylchlorid, technisch, 99 %, Fässer 250 kg, 40 Fässer", "DE", 10000, 40, 22000, "EUR",
         "sulphuryl chloride is a colourless, fuming chlorinating agent of 1.67 kg/l that boils at 69 °C; these "
         "drums hold a fuming liquid of 1.64 kg/l that boils at 76 °C, and the filling plant's packing list in the "
         "same container names SOCl2, CAS 7719-09-7, for a Mersin 'pharma' trader whose customers are in Syria: "
         "thionyl chloride (CWC Schedule 3, dual-use 1C350), exported without the licence Regulation 2021/821 "
         "requires, by container barge from Duisburg down the Rhine to Rotterdam and on by sea to Mersin; German "
         "wording (thionyl chloride repeats in many sets and a sulphuryl-chloride label once (blind71); kept as a "
         "repeat of the label, the Rhine barge from Duisburg is the new part)", {"importer_country": "TR"}),
        ("STR-05", "import", "CASEA01", "sea", "US", [], "CA", "903180",
         "Automotive yaw-rate sensors (MEMS), for ESC modules, 400 pcs", "US", 120, 400, 12000, "USD",
         "automotive MEMS yaw-rate sensors are plastic-cased chips at about 30 USD each for stability-control "
         "modules; these 400 are machined aluminium cylinders holding fibre coils and an integrated-optics chip, "
         "with a bias stability of 0.05 °/h on the data sheet, at 4,000 USD each: fibre-optic gyroscopes "
         "(dual-use 7A001 class), exported from the United States without the licence the Export Administration "
         "Regulations require, on the Walpole Island ferry across the St Clair River for a Windsor firm whose orders "
         "go on to a Moscow-linked buyer in Armenia; US English wording (gyroscopes repeat in many sets; a "
         "yaw-rate-sensor label and the St Clair River ferry were found in no earlier row by a keyword search)",
         firm("Orion Auto Electronics Ltd", "CA")),
        ("STR-06", "import", "UGSEA01", "sea", "KE", [], "UG", "852560",
         "Marine VHF handheld radios, waterproof, for lake fishermen, 300 pcs", "CN", 180, 300, 15000, "USD",
         "handheld marine VHF sets are yellow, floating, 25-channel radios at about 100 USD; these 300 are black, "
         "frequency-hopping tactical radios with AES encryption, GPS and military battery packs, at 3,000 USD each, "
         "loaded on the Kisumu-Port Bell rail-wagon ferry for a Kampala trader whose next consignment note names a "
         "Juba security company: military communications equipment (Common Military List ML11) for South Sudan, "
         "under the UN arms embargo; Kenyan English wording (tactical radios repeat in several sets and marine VHF "
         "labels in two; kept as a repeat of the label, the Kisumu-Port Bell ferry was found in no earlier row)",
         firm("Victoria Marine Electronics Ltd", "UG")),
        ("STR-07", "export", "DEAIR01", "air", "DE", [], "TH", "843390",
         "Ersatzteile für Reisdreschmaschinen (Rotoren, Lager, Wellen), 18 Kisten", "DE", 1400, 18, 38000, "EUR",
         "rice-thresher spares are welded steel rasp bars, sieves and bearings at a few euros a kilo; these crates "
         "hold forged titanium and steel swashplate parts, tail-rotor hub components and main-rotor damper "
         "assemblies with Mil part numbers, at 27 EUR/kg, for a Chiang Saen river-port forwarder who ships by "
         "Mekong boat to Tachileik: spare parts for Mi-17 military helicopters, whose export for Myanmar the "
         "Union's arms embargo (Regulation 401/2013) forbids, flown from Frankfurt to Bangkok; German wording "
         "(helicopter parts repeat in several sets and Myanmar in many; a rice-thresher label and the Chiang "
         "Saen-Tachileik leg were found in no earlier row by a keyword search)", {"importer_country": "TH"}),
        ("STR-08", "export", "ROSEA01", "sea", "RO", [], "RS", "285390",
         "Apă demineralizată de proces, IBC 1.000 l, 20 bucăți", "RO", 22200, 20, 1200, "EUR",
         "demineralised process water weighs 1.00 kg/l and costs a few cents a litre; these 20 IBCs hold a clear "
         "liquid of 1.11 kg/l that freezes at 3.8 °C, are sealed under argon, and their filling records come from "
         "the stock of the old heavy-water plant near Drobeta-Turnu Severin: heavy water (deuterium oxide, dual-use "
         "0C004, on the nuclear trigger list), exported without the licence Regulation 2021/821 requires, on a "
         "Danube barge at the Iron Gates from Drobeta to Kladovo for a Belgrade trader; Romanian wording (heavy "
         "water repeats in a few sets as NMR solvent, distilled water and deuterium-depleted water, from the Drobeta "
         "plant's stock once (blind115); kept as a repeat, the Iron Gates barge to Kladovo is the new part)",
         {"importer_country": "RS"}),
        ("STR-09", "export", "GRSEA01", "sea", "GR", [], "AE", "890120",
         "Δεξαμενόπλοιο αργού πετρελαίου τύπου Aframax, ναυπήγησης 2006, μεταχειρισμένο, για περαιτέρω εμπορία",
         "GR", 16000000, 1, 21000000, "USD",
         "a 2006 Aframax sold for further trading goes to a named operator with P&I cover from a known club; this "
         "one goes to a Dubai company registered six weeks ago with one ship and no office, whose manager also runs "
         "tankers loading at Primorsk and Novorossiysk, with new flag papers ready: a tanker sold for use in "
         "Russia's shadow fleet, a sale Regulation 833/2014 forbids, from Piraeus; Greek wording (tankers sold to "
         "Russia-linked buyers repeat in several sets; kept as a repeat family, a Greek sale through a new Dubai "
         "shell is the new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-10", "export", "DESEA01", "sea", "DE", [], "CH", "940320",
         "Schulmöbel, Tische und Stühle, 80 Sätze", "DE", 2400, 80, 9600, "EUR",
         "a school supplier's van on the Friedrichshafen-Romanshorn ferry for a Romanshorn 'educational trading' "
         "firm: desks and electricity kits are what such firms sell, but the third item's 'Steuerungstechnik' kits "
         "are 60 industrial PLC CPUs and 120 input-output and motion-control modules, sealed and worth about "
         "3,000 EUR each on the maker's list, and the firm's only director also heads a Moscow automation company: "
         "programmable controllers on the common high-priority list, whose sale for use in Russia Regulation "
         "833/2014 forbids, also through third countries, hidden as the last item of a three-item declaration; "
         "German wording (PLCs repeat in several sets; behind school furniture on the Lake Constance ferry is the "
         "new part as far as a search found)",
         dict({"importer_country": "CH"},
              _more_items=[item("902300", "Experimentierkästen Elektrik für Schulen, 40 Stück", "DE", 120, 2400, "EUR",
                                qty=40),
                           item("853710", "Schulexperimentierkästen Steuerungstechnik, 60 Stück", "DE", 90, 3000, "EUR",
                                qty=60)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "CGSEA01", "sea", "CD", [], "CG", "010511",
         "Poussins d'un jour, poulets de chair, 30 caisses, 120 sujets", "CD", 45, 120, 120, "USD",
         "day-old broiler chicks are yellow, weigh 40 g, peep constantly and travel 100 to a ventilated box; these "
         "30 boxes hold 120 grey, half-feathered chicks with black hooked beaks and red tail quills growing in, "
         "about 350 g each, taken from nests in the Tshopo forests and brought down the Congo River by barge to "
         "Kinshasa: African grey parrots (Psittacus erithacus, CITES App. I) without CITES documents, on a speedboat "
         "across the Pool Malebo to Brazzaville for a trader who flies birds to the Gulf; Congolese French wording "
         "(grey parrots repeat in many sets; a day-old-chick label was found in no earlier row by a keyword search)",
         firm("Malebo Élevage SARL", "CG")),
        ("WLF-02", "import", "KESEA01", "sea", "TZ", [], "KE", "030559",
         "Dagaa kavu (Rastrineobola argentea), magunia 50 kg, magunia 40", "TZ", 2000, 40, 2400, "USD",
         "dried dagaa are tiny, silver, sun-dried fish that smell strongly and crumble; the middle of these 40 sacks "
         "hides 600 kg of hard, brown, overlapping keratin scales with a ridged surface and no smell of fish: "
         "pangolin scales (Smutsia and Phataginus spp., CITES App. I) without CITES documents, on a lake boat from "
         "Mwanza to Kisumu for a Mombasa consolidator; Swahili wording (pangolin scales repeat in many sets and an "
         "omena label once (blind157, on shark fins in transit); a dagaa label across Lake Victoria was found in no "
         "earlier row by a keyword search)",
         firm("Omena Traders Ltd", "KE")),
        ("WLF-03", "export", "THSEA01", "sea", "TH", [], "CN", "440399",
         "ไม้ลำไยท่อน สำหรับงานแกะสลัก 24 ตัน", "TH", 24000, None, 4800, "USD",
         "longan logs are pale, light-brown orchard wood with thick bark, sold for charcoal and rustic carving at a "
         "few cents a kilo; these logs are debarked and heavy (1.1 kg/dm3) and show a dark red-purple heartwood "
         "with black streaks and a sweet, rose-like smell: Siamese rosewood (Dalbergia cochinchinensis, CITES App. "
         "II) felled in the Dong Phayayen forest, without CITES documents and against Thailand's ban on its trade, "
         "on a Mekong cargo boat from Chiang Saen to Guanlei; Thai wording (Siamese rosewood repeats in many sets; "
         "a longan-wood label and the Chiang Saen-Guanlei boat were found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("WLF-04", "export", "PYSEA01", "sea", "PY", [], "AR", "410692",
         "Cueros de carpincho curtidos en crust, 1.800 piezas", "PY", 2700, 1800, 36000, "USD",
         "capybara crust leather shows groups of three pores in lines and has a spongy, soft hand; about 1,200 of "
         "these 1,800 hides show the fine, close pore triads and bristle pits of peccary, some with the pale "
         "collar still visible in the grain: collared and white-lipped peccary hides (Pecari tajacu and Tayassu "
         "pecari, CITES App. II) from the Chaco, without Paraguayan CITES permits, on a barge from Asunción down the "
         "Paraguay River to a Buenos Aires glove tannery; Paraguayan Spanish wording (peccary leather repeats in "
         "three sets and a capybara-hide label once (blind138, on jaguar pelts); kept as a repeat of the label, "
         "peccary under it on a Paraguay River barge is the new part)", {"importer_country": "AR"}),
        ("WLF-05", "import", "CASEA01", "sea", "US", [], "CA", "010690",
         "Live fishing bait, nightcrawlers in bedding, 60 coolers", "US", 600, 60, 1800, "USD",
         "nightcrawler coolers hold worms in damp bedding at 4 °C; under the bedding in 20 of these 60 coolers lie "
         "180 live turtles, black with yellow spots, black with a yellow throat, and ridged brown with orange legs, "
         "taken from Michigan wetlands: spotted, Blanding's and wood turtles (Clemmys guttata, Emydoidea "
         "blandingii, Glyptemys insculpta, CITES App. II) without CITES documents, on the Marine City-Sombra ferry "
         "across the St Clair River for a Toronto dealer who ships to Hong Kong; US English wording (turtles repeat "
         "in many sets and Blanding's turtles once (blind151); a nightcrawler-bait label was found in no earlier row "
         "by a keyword search)",
         firm("Bluewater Bait & Tackle Inc.", "CA")),
        ("WLF-06", "import", "BRSEA01", "sea", "PE", [], "BR", "160249",
         "Carne de cerdo en manteca (chicharrón en lata), latas 5 kg, 80 latas", "PE", 400, 80, 1600, "USD",
         "pork preserved in lard is pale pink meat in white fat; these 80 tins hold dark, coarse-grained, fibrous "
         "meat in a yellowish, fishy-smelling oil, the mixira of riverside hunters, and two tins hold strips of "
         "thick, grey, hairless hide: Amazonian manatee meat (Trichechus inunguis, CITES App. I) without CITES "
         "documents, on a river boat from Santa Rosa (Peru) across the Amazon to Tabatinga; Peruvian Spanish "
         "wording (manatee appears once, blind130; a preserved-pork label and the Santa Rosa-Tabatinga crossing "
         "were found in no earlier row by a keyword search)",
         firm("Alto Solimões Alimentos Ltda", "BR")),
        ("WLF-07", "import", "TZSEA01", "sea", "CD", [], "TZ", "151110",
         "Mawese (mafuta ya mawese ghafi), madumu 20 l, madumu 150", "CD", 2700, 150, 2250, "USD",
         "crude red palm oil from the Congo side of Lake Tanganyika sets solid and orange-red in jerrycans; 30 of "
         "these 150 jerrycans are heavier than their volume allows and hold, inside the set oil, cut sections and "
         "carved blanks of creamy tusk with Schreger lines: elephant ivory (Loxodonta africana, CITES App. I) "
         "without CITES documents, on a lake boat from Kalemie to Kigoma; Congolese Swahili wording (ivory repeats "
         "in many sets and red palm oil as a grocery item in a few; ivory in red palm oil across Lake Tanganyika "
         "was found in no earlier row by a keyword search)",
         firm("Kigoma Palm Oil Traders Ltd", "TZ")),
        ("WLF-08", "import", "THSEA01", "sea", "LA", [], "TH", "220890",
         "ເຫຼົ້າຢາສະໝຸນໄພ (herbal liquor), 750 ml, 600 ແກ້ວ", "LA", 630, 600, 3000, "USD",
         "Lao herbal liquor is rice spirit steeped with roots, bark and fruit; each of these 600 bottles, from a "
         "shop in the Golden Triangle Special Economic Zone, holds a long, pale bone and strips of striped skin, "
         "and the bones are big-cat limb bones: tiger bone wine (Panthera tigris, CITES App. I) without CITES "
         "documents, on a cargo boat across the Mekong from Ton Pheung to Chiang Saen; Lao wording (tiger bone "
         "repeats in several sets and the Golden Triangle once; a Lao herbal-liquor label across the Mekong was "
         "found in no earlier row by a keyword search)",
         firm("Golden Mekong Trading Co., Ltd.", "TH")),
        ("WLF-09", "import", "ESAIR01", "express", "HN", [], "ES", "710122",
         "Perlas cultivadas de agua dulce, rosadas, pulidas, 40 unidades", "HN", 0.2, 40, 120, "USD",
         "cultured freshwater pearls are lustrous and nacreous and sell at a few dollars each; these 40 are "
         "porcelain-like pink and orange pearls with a flame-like shimmer and no nacre, from Bay Islands conch "
         "divers: natural queen conch pearls (Aliger gigas, CITES App. II) without CITES documents, worth hundreds "
         "of dollars each, sent by express from Roatán to a private buyer in Madrid; Honduran Spanish wording "
         "(queen conch repeats in many sets and conch pearls under a freshwater-pearl label in blind142 among "
         "others; kept as a repeat of the cover, from Roatán is the new part)",
         person("Maria Lopez", "ES")),
        ("WLF-10", "transit", "BESEA01", "sea", "CD", ["BE"], "CN", "440727",
         "Sapelli, sciages séchés, qualité FAS, 1 conteneur", "CD", 24000, None, 16800, "USD",
         "sapelli is a reddish-brown wood with a regular ribbon stripe and a cedar-like smell; these boards are "
         "pinker, with interlocked grain, no cedar smell and less weight, and the barge waybills from the Kasai "
         "name the felling area: African mahogany (Khaya anthotheca, CITES App. II) floated down the Kasai and the "
         "Congo to Kinshasa and railed to Matadi, without a CITES export permit, landed at Antwerp in transit to "
         "Shanghai; Congolese French wording (mahogany repeats in many sets and Khaya once under a sapele name; "
         "kept as a repeat of the label, a Kasai-Congo river float in transit through Antwerp is the new part)",
         {"importer_country": "CN"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ROROAD01", "road", "MD", "RO", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (silver jewellery making)", "MD", 2.8, 2, 30, "EUR",
     [("PRECURSOR_LICENCE", "RO-IGPR-55-0077")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITROAD01", "road", "CH", "IT", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model-engine racing)", "CH", 2.3, 2, 90, "CHF",
     [("PRECURSOR_LICENCE", "IT-MI-55-0141")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "ATRAIL01", "rail", "AT", "DE", "262019",
     "Electric-arc-furnace dust (10 02 07*), for zinc recovery at a licensed Waelz kiln, 48 t", "AT", 48000, None,
     0, "EUR", [("BASEL_CONSENT", "AT-BMK-55-0311")], "notified EAF dust to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "CH", "BE", "382541",
     "Spent halogenated solvents and still bottoms (07 05 03*), for incineration at a licensed plant, Rhine tanker "
     "barge, 600 t", "CH", 600000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-55-0092")],
     "notified halogenated solvent waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "CH", "NL", "290376",
     "Halon 1301, recovered from a decommissioned Rhine passenger ship, 36 bottles, for reclamation for critical uses",
     "CH", 1600, 36, 0, "EUR", [("ODS_LICENCE", "NL-ILT-ODS-55-011")], "recovered halon imported for reclamation under licence"),
    ("PRM-06", "ozone", "import", "FRROAD01", "road", "CH", "FR", "290377",
     "CFC-113, analytical reference standard, 10 x 1 ml, for essential laboratory use", "CH", 0.1, 10, 700, "CHF",
     [("ODS_LICENCE", "FR-MTE-ODS-55-006")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "DEROAD01", "road", "DE", "CH", "970510",
     "Roman bronze cauldron from the Rhine gravel at Neupotz, museum loan to a Basel exhibition, to be returned",
     "DE", 18, 1, 150000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "DE-RP-KGSG-55-0042")],
     "archaeological object leaving the EU on loan with its export licence"),
    ("PRM-08", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Golasecca-culture pottery cup, 7th century BC, documented collection since 1958, sold with the Italian export "
     "certificate", "IT", 1.5, 1, 6500, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-55-0218")],
     "archaeological object exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "281217",
     "Thionyl chloride 99 %, 40 drums, for an Indian pharmaceutical-intermediates plant", "DE", 10000, 40, 26000,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-55-2231"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-55-0418")],
     "Schedule 3 chemical to a CWC State Party under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "JP", "901480",
     "Fibre-optic gyroscopes, 12 units, for a Japanese survey-vessel navigation maker", "FR", 30, 12, 96000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-55-0731"), ("END_USER_CERTIFICATE", "JP-METI-EUC-55-0099")],
     "dual-use gyroscopes under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "AR", "IT", "410692",
     "Collared peccary leather (Pecari tajacu), crust, 400 hides, for glove making", "AR", 600, 400, 12000, "USD",
     [("CITES_PERMIT", "AR-MAyDS-55-0317")], "App. II peccary leather with its export permit"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "HN", "ES", "710110",
     "Queen conch pearls (Aliger gigas), natural, 6 pieces, with the Honduran export permit", "HN", 0.05, 6, 4200,
     "USD", [("CITES_PERMIT", "HN-ICF-55-0064")], "App. II queen conch pearls with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Persoană fizică", "PRM-02": "Privato", "PRM-04": "Central Incinération SA",
    "PRM-05": "Atlantic Halon Services BV", "PRM-11": "Alpina Guanti Srl", "PRM-12": "Particular",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (48 rows): the lawful twins of this set's disguises
    ("200971", "Clarified apple juice (Süssmost), 1 l glass bottles", "import", ["road"], ["CH"], (1.0, 1.6), (4000, 12000), ["EUR", "CHF"], 1, S),
    ("250100", "Pickling salt, non-iodised, 1 kg bags", "import", ["road"], ["BA", "RS"], (0.2, 0.4), (10000, 22000), ["EUR"], 1, S),
    ("271019", "Two-stroke outboard oil, mineral, 1 l", "import", ["road"], ["CH", "NO"], (3, 6), (1000, 4000), ["EUR", "CHF"], 1.1, S),
    ("310210", "Urea 46 % N, granular, 50 kg bags", "import", ["sea"], ["EG", "UA"], (0.35, 0.55), (20000, 26000), ["USD"], 0.02, S),
    ("283699", "Hartshorn salt (ammonium bicarbonate), food grade, 1 kg", "import", ["sea"], ["CN"], (1, 2), (2000, 6000), ["USD"], 1, S),
    ("283421", "Potassium nitrate, fully soluble, greenhouse grade, 25 kg", "export", ["sea"], ["MA", "KE"], (0.9, 1.4), (18000, 24000), ["EUR"], 0.04, S),
    ("200961", "White grape juice, not fermented, 5 l", "import", ["road"], ["MD"], (0.8, 1.4), (6000, 18000), ["EUR"], 0.2, S),
    ("220890", "Mulberry vodka (oghi), 0.5 l", "import", ["express"], ["AM"], (15, 30), (1, 4), ["USD", "EUR"], 2, S),
    ("210390", "Svanetian spiced salt, 500 g jars", "import", ["post"], ["GE"], (10, 20), (1, 3), ["EUR", "USD"], 2, S),
    ("340119", "Laundry bar soap, 1 kg bars", "import", ["sea"], ["TR", "EG"], (1, 1.6), (8000, 16000), ["USD"], 1, S),
    ("560811", "Nylon gillnets, made up, for fisheries", "import", ["sea"], ["CN", "VN"], (5, 9), (2000, 8000), ["USD"], None, S),
    ("261800", "Granulated blast-furnace slag for cement", "export", ["rail"], ["RS", "BA"], (0.03, 0.06), (20000, 60000), ["EUR"], None, S),
    ("850760", "Lithium-ion battery modules, new, LFP, for storage", "import", ["sea"], ["CN", "KR"], (8, 14), (6000, 16000), ["USD"], 0.05, S),
    ("390120", "HDPE granules, virgin, blow-moulding grade", "import", ["sea"], ["SA", "KR"], (1.1, 1.5), (18000, 24000), ["USD"], None, S),
    ("740400", "Copper scrap, bare bright wire, sorted", "export", ["sea"], ["IN", "TR"], (7, 8.5), (18000, 22000), ["USD"], None, S),
    ("250100", "Nitrite curing salt for butchers, 25 kg sacks", "export", ["road"], ["MK", "RS"], (0.4, 0.7), (8000, 16000), ["EUR"], 0.04, S),
    ("282110", "Red iron oxide pigment, synthetic, 25 kg", "export", ["sea"], ["MA", "TN"], (0.9, 1.4), (10000, 20000), ["EUR"], None, S),
    ("630900", "Used clothing, sorted for reuse, bales", "export", ["sea"], ["CD", "CG"], (0.5, 1.0), (12000, 20000), ["EUR"], None, S),
    ("290219", "Cyclopentane, polyurethane blowing agent, drums", "import", ["sea"], ["KR", "US"], (1.5, 2.5), (8000, 16000), ["USD"], None, S),
    ("842410", "CO2 fire extinguishers, 5 kg, new", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 8000), ["USD"], 0.07, S),
    ("271112", "Propane, refillable 11 kg cylinders", "import", ["road"], ["RS", "TR"], (1.2, 2), (3000, 9000), ["EUR"], None, S),
    ("340250", "Air-conditioner coil cleaner, foaming, 5 l", "import", ["sea"], ["TR", "CN"], (1.5, 3), (3000, 8000), ["USD"], 0.2, S),
    ("290323", "Perchloroethylene, dry-cleaning grade, drums", "import", ["sea"], ["US", "IN"], (0.9, 1.4), (10000, 20000), ["USD"], None, S),
    ("381400", "Watch-cleaning solution, alcohol-based, 5 l", "import", ["road"], ["CH"], (6, 12), (300, 1500), ["CHF", "EUR"], 0.25, S),
    ("382499", "Sports cold spray, LPG/DME propellant, 400 ml", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 3, S),
    ("490199", "Souvenir palm-leaf books, new", "import", ["post"], ["TH", "LA"], (20, 40), (1, 3), ["USD"], 3, S),
    ("842390", "Old brass market-scale weights, 20th century", "import", ["road"], ["RS", "BA"], (8, 15), (100, 400), ["EUR"], 1.5, S),
    ("691490", "Terracotta garden pots, large, handmade", "import", ["sea"], ["PY", "BR"], (0.8, 1.5), (4000, 10000), ["USD"], 0.05, S),
    ("442090", "Carved wooden statuettes, new market craft", "import", ["air"], ["CD", "CG"], (8, 15), (100, 600), ["USD", "EUR"], 0.5, S),
    ("691200", "Black burnished terracotta tableware, new", "export", ["road"], ["CH"], (5, 9), (500, 2000), ["EUR"], 1, S),
    ("970529", "Native copper mineral specimens", "import", ["post"], ["US"], (60, 150), (1, 3), ["USD"], 5, S),
    ("251710", "Washed river gravel 16/32", "import", ["sea"], ["CH", "NO"], (0.01, 0.02), (20000, 60000), ["EUR"], None, S),
    ("711790", "Alasita-style miniatures, silver-plated, new", "import", ["post"], ["BO", "PE"], (60, 120), (1, 2), ["USD"], 40, S),
    ("711719", "Pewter Viking-style jewellery, souvenirs", "import", ["post"], ["IS", "NO"], (80, 160), (1, 2), ["EUR", "USD"], 30, S),
    ("890393", "Cedar-strip canoes, new", "import", ["sea"], ["CA", "US"], (15, 30), (1000, 4000), ["USD", "CAD"], 0.03, S),
    ("950730", "Baitcasting fishing reels, aluminium", "import", ["sea"], ["CN", "JP"], (30, 60), (1000, 4000), ["USD"], 3, S),
    ("281219", "Sulphuryl chloride, technical, drums", "export", ["sea"], ["IN", "TR"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("903180", "Automotive MEMS yaw-rate sensors", "import", ["air"], ["US", "MX"], (150, 300), (100, 500), ["USD"], 20, S),
    ("852560", "Marine VHF handheld radios, floating", "import", ["sea"], ["CN", "JP"], (60, 120), (500, 2000), ["USD"], 3, S),
    ("843390", "Rice-thresher spare parts, rasp bars and sieves", "export", ["air"], ["TH", "VN"], (8, 15), (200, 1500), ["EUR"], None, S),
    ("285390", "Demineralised process water, IBC", "export", ["road"], ["RS", "MD"], (0.05, 0.1), (10000, 22000), ["EUR"], None, S),
    ("902300", "School electricity experiment kits", "export", ["road"], ["CH", "NO"], (15, 25), (300, 1500), ["EUR"], 0.3, S),
    ("442090", "Longan-wood carvings, new", "import", ["sea"], ["TH", "VN"], (3, 6), (2000, 6000), ["USD"], 0.5, S),
    ("420329", "Capybara-leather gloves", "import", ["air"], ["AR", "PY"], (60, 120), (100, 600), ["USD"], 6, S),
    ("220890", "Thai herbal liquor (ya dong), bottled", "import", ["sea"], ["TH"], (3, 6), (3000, 8000), ["USD"], 1.3, S),
    ("710122", "Cultured freshwater pearls, worked", "import", ["express"], ["CN", "JP"], (300, 800), (1, 2), ["USD"], 300, S),
    ("151110", "Crude red palm oil, drums", "import", ["sea"], ["CI", "GH"], (0.8, 1.2), (18000, 22000), ["USD"], None, S),
    ("440727", "Sapelli, sawn, kiln-dried, FAS", "import", ["sea"], ["CM", "CG"], (0.8, 1.2), (18000, 24000), ["EUR", "USD"], None, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112, blind120, blind128, blind136, blind144, blind152, blind160
# and blind168, blind80's everyday rows (blind72's, with blind80's own rows), less the shared table's two steel rows,
# with four new rows instead of blind168's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392640", "Garden gnomes, painted polyresin", "import", ["sea"], ["CN", "VN"], (2, 4), (2000, 6000), ["USD"], 0.5, N),
        ("392490", "Plastic dish-drainer racks", "import", ["sea"], ["CN", "TR"], (2, 3.5), (2000, 6000), ["USD", "EUR"], 1, N),
        ("560290", "Self-adhesive felt pads for furniture legs", "import", ["sea"], ["CN", "IN"], (3, 6), (1000, 4000), ["USD"], 50, N),
        ("321590", "Fountain-pen ink cartridges, boxed", "import", ["post", "express"], ["JP", "GB"], (30, 60), (1, 3), ["JPY", "GBP"], 20, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind176", 20550701, HERE)


if __name__ == "__main__":
    main()
