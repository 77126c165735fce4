#!/usr/bin/env python3
"""Writes the hundred-and-ninety-first blind set (tests/risk/data/blind191-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2058, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: aviation and aerospace
(airlines' maintenance, repair and overhaul shops, aircraft-parts brokers and part-out
yards, drones and their parts, flight schools and aero clubs, airport ground equipment,
airport fire services, airline catering and cabin supplies, business-jet completion
centres, air-cargo hubs and the space trade).
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
would. Ids are BL191-*:

    python3 tests/risk/data/make_blind191_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2058, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2058
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "IEAIR01", "express", "US", [], "IE", "381190",
         "Jet fuel biocide, isothiazolinone blend, for Jet A and turbine-fuel tanks, 4 x 1 US quart", "US", 4.4, 4,
         180, "USD",
         "an aviation fuel biocide of that kind is a pale amber, slightly soapy concentrate of about 1.02 kg/l, dosed "
         "at a few hundred ppm and sold to fuel farms and FBOs with a safety data sheet; these four cans hold a "
         "water-clear, faintly yellow liquid of 1.14 kg/l with a sharp, fruity solvent smell that does not mix with "
         "kerosene, burns with a bright flame, and the filler's lot sticker under the new label reads 'NM 99': "
         "nitromethane (Annex I above 16 %), sent by express from Florida to a private person in Cork who flies "
         "large model aircraft, and a member of the public may not acquire it; US English wording (nitromethane "
         "repeats in many sets, RC and fuel-additive covers in several, and a marine-diesel biocide label once "
         "(blind173); a jet-fuel biocide label for aviation tanks was found in no earlier row by a keyword search)",
         person("Mr D. Murphy", "IE")),
        ("PRE-02", "import", "DEROAD01", "road", "CH", [], "DE", "340290",
         "Triebwerks-Verdichterwaschkonzentrat, biologisch abbaubar, 5-l-Kanister, 40 Stück", "CH", 240, 40, 1400,
         "CHF",
         "a turbine compressor-wash concentrate is a foaming, slightly viscous, soap-smelling detergent of about "
         "1.0 kg/l that is diluted four to one and sprayed into a cold engine; these 40 canisters have vented caps, "
         "weigh 1.20 kg/l, do not foam when shaken, whiten and sting the skin at once, fizz on a rusty spanner and "
         "send a peroxide test strip off the scale, and the Swiss filler's batch sheet in the pallet reads 'H2O2 "
         "50 %': about 50 % hydrogen peroxide (Annex I above 12 %), for a Bavarian 'Flug- und Outdoorbedarf' web "
         "shop that sells no engine-wash services and lists 'Wasserstoffperoxid 50 %' in 1 l bottles to the public, "
         "by road from Basel at Weil am Rhein; Swiss German wording (hydrogen peroxide repeats in many sets and "
         "cleaner labels in several; an engine compressor-wash label was found in no earlier row by a keyword "
         "search)", firm("Orion Flugbedarf GmbH", "DE")),
        ("PRE-03", "import", "FRSEA01", "sea", "MA", [], "FR", "281520",
         "Électrolyte pour batteries d'aéronef nickel-cadmium (potasse caustique 30 %), bidons de 5 l, 200 bidons",
         "MA", 1840, 200, 2600, "EUR",
         "the electrolyte of a Ni-Cd aircraft battery is a 30 % potassium hydroxide solution of 1.29 kg/l that is "
         "slippery between the fingers and turns litmus blue; these 200 cans weigh 1.84 kg/l, are oily, char a "
         "wooden spatula black, turn litmus red and spit on a drop of water: about 96 % sulphuric acid (Annex I "
         "above 15 %), by sea from Casablanca to Marseille for a pilot shop near Toulouse whose web shop sells "
         "battery supplies to private aircraft owners and model makers, i.e. to members of the public; Moroccan "
         "French wording (sulphuric acid repeats in many sets and battery-acid labels in several, all lead-acid, and "
         "Ni-Cd aircraft batteries in several waste rows; a Ni-Cd potassium-hydroxide electrolyte label was found "
         "in no earlier row by a keyword search)",
         firm("Rivage Aéro Pièces SARL", "FR")),
        ("PRE-04", "import", "PLAIR01", "express", "MY", [], "PL", "283640",
         "Serbuk kimia kering Purple-K (kalium bikarbonat) untuk trak penyelamat dan pemadam kebakaran lapangan "
         "terbang, baldi 12.5 kg, 2 baldi", "MY", 25, 2, 900, "MYR",
         "Purple-K, the dry chemical of airport crash tenders, is a free-flowing, siliconised, violet-tinted powder "
         "that repels water and puffs out like smoke; these two pails hold a coarser powder, only dusted violet on "
         "top, that cakes, sinks in water, does not fizz with vinegar and flares violently when a pinch meets a "
         "match: potassium perchlorate (Annex I above 40 %), sent by express from Penang to a private person near "
         "Olsztyn who says he keeps a fire cart at his own grass airstrip, and a member of the public may not "
         "acquire it; Malay wording (potassium perchlorate repeats in many sets, and extinguisher and bicarbonate "
         "labels in a few; a Purple-K airport-fire-service label was found in no earlier row by a keyword search)",
         person("Tomasz Wiśniewski", "PL")),
        ("PRE-05", "import", "GRSEA01", "sea", "GE", [], "GR", "291512",
         "ნატრიუმის ფორმიატი, ასაფრენი ზოლის მოყინვის საწინააღმდეგო გრანულები, ტომრები 25 კგ, 960 ტომარა", "GE",
         24000, 960, 8600, "USD",
         "sodium formate runway de-icer is a white, slightly sticky granule that smells faintly of formic acid and "
         "warms a little in water, bought by airports on tender with a runway-compatibility certificate; these 960 "
         "sacks hold hard, round, white prills that turn ice-cold in water, test at 34.4 % N, melt and fume on a hot "
         "plate and carry the filling stamps of a Rustavi fertiliser plant on the inner liners, for a Thessaloniki "
         "garden and DIY wholesaler with no airport among its customers, whose shops sell to the public: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, by sea from Poti; Georgian "
         "wording (ammonium nitrate repeats in many sets, Georgian prills from Rustavi in several (blind98, blind125, "
         "blind126, blind179), and de-icer covers in several: CMA, urea and chloride; a sodium-formate runway "
         "de-icer label, and Poti to Thessaloniki, were found in no earlier row by a keyword search)",
         firm("Delta Kipos AE", "GR")),
        ("PRE-06", "import", "SIPOST01", "post", "ZA", [], "SI", "280920",
         "Aluminium etch and deoxidiser (phosphoric acid based), for homebuilt aircraft skins before priming, "
         "4 x 1 litre", "ZA", 5.6, 4, 1100, "ZAR",
         "a phosphoric-acid metal prep for aluminium is a syrupy, faintly green liquid of about 1.2 kg/l that "
         "smells of nothing and is diluted with water; these four bottles weigh 1.40 kg/l, fume brown when opened, "
         "stain the skin yellow and foam violently on a copper coin: about 65 % nitric acid (Annex I above 3 %), "
         "posted from Pretoria to a private person near Ajdovščina who is building a kit aircraft, and a member of "
         "the public may not acquire it; South African English wording (nitric acid repeats in many sets under "
         "cleaner and metal-finishing labels; an aircraft-skin deoxidiser label was found in no earlier row by a "
         "keyword search)", person("Janez Kovač", "SI")),
        ("PRE-07", "import", "ATAIR01", "express", "CN", [], "AT", "701690",
         "锂电池灭火颗粒（膨胀玻璃），无人机电池箱用，5升桶，4桶", "CN", 36, 4, 360, "CNY",
         "LiPo fire-extinguishing granulate is expanded glass: grey-white, glassy, feather-light beads of about "
         "0.2 kg/l that float on water, so four 5-litre buckets weigh about 4 kg; these weigh 9 kg each, hold "
         "dense, white, crystalline granules that dissolve completely in water, draw damp and burn fiercely mixed "
         "with sugar, and the inner bags read 'NaClO4': sodium perchlorate (Annex I above 40 %), sent by express "
         "from Shenzhen to a private drone pilot in Graz, and a member of the public may not acquire it; Chinese "
         "wording (sodium perchlorate repeats in many sets and drone LiPo packs in several strategic rows; a "
         "battery fire-granulate label was found in no earlier row by a keyword search, and the declared mass "
         "already gives it away)", person("Stefan Pichler", "AT")),
        ("PRE-08", "import", "DKSEA01", "sea", "IS", [], "DK", "340290",
         "Salernisvökvi fyrir flugvélasalerni, blátt þykkni, 10 l brúsar, 24 brúsar", "IS", 270, 24, 96000, "ISK",
         "lavatory-service concentrate for aircraft toilets is a blue, perfumed, slightly soapy liquid of about "
         "1.02 kg/l, the same as caravan toilet fluid; these 24 canisters have vented caps, hold a water-clear "
         "liquid of 1.13 kg/l with no perfume, whiten the skin, foam on a cut and decolour a drop of permanganate, "
         "and the blue comes only from a dye sachet taped to each cap: about 35 % hydrogen peroxide (Annex I above "
         "12 %), by sea from Reykjavík to Aarhus for a Danish caravan-and-boat supplies web shop that sells to "
         "campers and boat owners, i.e. to members of the public; Icelandic wording (hydrogen peroxide repeats in "
         "many sets and cleaner and toilet-descaler labels in a few; an aircraft-lavatory fluid label was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Camping ApS", "DK")),
        ("PRE-09", "import", "NLAIR01", "air", "TW", [], "NL", "281122",
         "變色矽膠乾燥劑（橙色），航空電子與無人機電池收納用，1 公斤袋裝，1,500 袋", "TW", 1500, 1500, 2250, "USD",
         "indicating silica gel is hard, glassy, orange beads of about 0.7 kg/l that turn green as they take up "
         "water and never dissolve; these 1,500 bags hold irregular, white, faintly orange-dusted crystals of "
         "2.5 g/cm3 that dissolve completely in water, make a match flare when sprinkled on it and read 'NaClO3' on "
         "the inner liners, for an Eindhoven RC and drone web shop that sells them in 1 kg bags to hobby pilots: "
         "sodium chlorate (Annex I above 40 %) retail-packed for members of the public, flown from Taipei; "
         "traditional Chinese wording from Taiwan (sodium chlorate repeats in many sets and silica-gel and desiccant "
         "labels in a few (cat litter, flower-drying crystals, camera desiccants); kept as a repeat of the desiccant "
         "family, an avionics-and-drone storage label by air from Taiwan is the new part)",
         firm("Vega Modelbouw BV", "NL")),
        ("PRE-10", "import", "BGAIR01", "air", "TR", [], "BG", "761699",
         "Pilot diz tahtası (kneeboard), alüminyum, katlanır, 60 adet", "TR", 30, 60, 1800, "EUR",
         "a pilot-supplies air shipment for a Sofia aero-club shop: kneeboards and headsets are what such shops "
         "stock, but the third item's 'akü kutusu nötrleştirici toz' (battery-box neutraliser, which is sodium "
         "bicarbonate and fizzes with vinegar) is 200 bags of shiny, tasteless crystals that do not fizz, spit "
         "violet sparks on a hot iron and carry CAS 3811-04-9 on the inner liners: potassium chlorate (Annex I "
         "above 40 %), for a shop that sells to private pilots and model flyers, i.e. to members of the public, "
         "hidden as the last item of a three-item declaration, flown from Istanbul; Turkish wording (potassium "
         "chlorate repeats in many sets and bicarbonate labels in several; a battery-box neutraliser label behind "
         "pilot supplies was found in no earlier row by a keyword search)",
         dict(firm("Vega Aviation EOOD", "BG"),
              _more_items=[item("851830", "Havacılık kulaklıkları, pasif, GA tipi, 40 adet", "TR", 32, 4800, "EUR", qty=40),
                           item("283630", "Akü kutusu nötrleştirici toz (sodyum bikarbonat), 1 kg, 200 paket", "TR", 200, 300, "EUR", qty=200)])),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "842199",
         "Filterelementen voor vliegtuigbrandstof (coalescer en separator), overtollige voorraad, 1.200 stuks",
         "NL", 6000, 1200, 3600, "EUR",
         "surplus coalescer and separator elements are white or yellow pleated glass-fibre cartridges in sealed "
         "bags and cartons with a qualification label; these 1,200 are brown-stained, kerosene-wet, some slimy with "
         "water and microbial growth, with dented end caps and no bags, changed out of hydrant dispensers and "
         "fuel-farm filter vessels at Schiphol: absorbents and filter materials contaminated by dangerous substances "
         "(15 02 02*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Lagos for an "
         "'aviation fuel services' buyer; Dutch wording (oily filters repeat in a few sets as car oil filters; "
         "aviation fuel-filter elements were found in no earlier row by a keyword search)",
         {"importer_country": "NG"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MA", "381010",
         "Concentrado de conversión química para aluminio (tipo Alodine), nuevo, contenedores IBC, 18 t", "ES",
         18000, None, 5400, "EUR",
         "a new chromate conversion-coating concentrate is a clear, amber-brown liquid in sealed IBCs with a batch "
         "certificate, sold at several euros a kilo; these IBCs hold a dark, green-brown liquid with a layer of "
         "grey sludge and aluminium flocs that reads hexavalent chromium and fluoride far above any new product, at "
         "0.30 EUR/kg, pumped out of the chromic-acid anodising and conversion lines of a Seville aerostructures "
         "plant: spent baths and tank-bottom sludges containing chromium(VI) (11 01 05*, 11 01 09*), hazardous "
         "waste whose export to a non-OECD country is banned, from Cádiz to Casablanca for a 'surface treatment' "
         "buyer; Spanish wording (spent plating baths and a technical chromic-acid label (blind73) repeat; an "
         "Alodine-type label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("WST-03", "export", "LTSEA01", "sea", "LT", [], "KE", "852859",
         "Naudota aviacinė elektronika, nuimta nuo orlaivių, tinkama naudoti (EFIS ekranai, IFE monitoriai), "
         "60 dėžių", "LT", 3600, 420, 8400, "EUR",
         "serviceable avionics 'as removed' travel with a tag per serial number and sell at hundreds of euros a "
         "unit; these 420 units, from the part-out of old regional jets and 1990s airliners at Kaunas, have no "
         "tags, cracked cathode-ray-tube faces, cut connectors and broken bezels, and most are heavy CRT EFIS "
         "displays and seat-back monitors with leaded glass, at 20 EUR a unit: discarded electrical and electronic "
         "equipment with hazardous components (16 02 13*), hazardous waste whose export to a non-OECD country is "
         "banned, by sea from Klaipėda to Mombasa for a Nairobi 'aircraft spares' trader; Lithuanian wording "
         "(e-waste as used equipment repeats in many sets and CRT glass in several; aircraft displays as "
         "serviceable avionics were found in no earlier row by a keyword search)", {"importer_country": "KE"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "EG", "340399",
         "Polyolester-Grundöl, technisch, für die Schmierstoffherstellung, Fässer 200 l, 80 Stück", "DE", 16000, 80,
         6400, "EUR",
         "a polyol-ester base oil is a clear, pale-yellow, almost odourless fluid with a certificate of analysis; "
         "these 80 drums hold a dark brown, burnt-smelling oil with water, metal fines and filter fibres, high in "
         "tricresyl phosphate and wear metals, drained from turbine engines and gearboxes in a Hamburg engine "
         "shop: waste synthetic engine and lubricating oils (13 02 06*), hazardous waste whose export to a non-OECD "
         "country is banned, from Hamburg to Alexandria for a 'lubricant blender'; German wording (waste oils "
         "repeat in many sets, and jet oil once as an aviation good (blind22); a polyol-ester base-oil label was "
         "found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-05", "export", "BGROAD01", "road", "BG", [], "MK", "730890",
         "Учебен симулатор за гасене на пожари по самолети (макет), употребяван, за повторен монтаж, 1 комплект",
         "BG", 22000, 1, 6000, "EUR",
         "a used fire-training simulator sold for re-erection is a cleaned steel aircraft mock-up with its burners "
         "and gas pipework, delivered on flat-racks; this one is cut into soot-caked sections with the burn pan and "
         "its liner, black, kerosene-soaked gravel and foam-concentrate residues in every cavity, and a swab reads "
         "PFOS and other PFAS far above the limits, from the fire-training ground of Sofia airport's fire service: "
         "metal waste and soil contaminated with hazardous substances (17 04 09*, 17 05 03*), hazardous waste whose "
         "export to a non-OECD country is banned, by road at Gyueshevo for a Skopje 'training centre'; Bulgarian "
         "wording (PFAS foams repeat in several sets and 'for re-erection' labels in a few; an airport "
         "fire-training mock-up was found in no earlier row by a keyword search)", {"importer_country": "MK"}),
        ("WST-06", "export", "GBSEA01", "sea", "GB", [], "GH", "880730",
         "Used Cessna 152 airframe parts (wings, cowlings, control surfaces), 6 crates", "GB", 900, 6, 4200, "GBP",
         "a container from a closing Oxfordshire flight school for an Accra flying club: airframe parts and used "
         "headsets are what such schools sell on, but the third item's 'aviation gasoline 100LL, in drums' is 40 "
         "rusty drums of a cloudy, two-layered liquid, half water, with sludge, rags and fuel-sampler drainings, "
         "pumped out of a decommissioned fuel bowser and the sumps of scrapped trainers, at 0.35 GBP a litre: waste "
         "leaded petrol and oily water (13 07 02*, 16 07 08*), hazardous waste whose export to a non-OECD country "
         "is banned, hidden as the last item of a three-item declaration, from Southampton to Tema; UK English "
         "wording (waste fuels repeat in several sets; avgas drainings behind flight-school parts were found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "GH"},
              _more_items=[item("851830", "Used aviation headsets, passive, 30", "GB", 30, 600, "GBP", qty=30),
                           item("271012", "Aviation gasoline 100LL, in drums, 40 x 200 l", "GB", 5600, 2800, "GBP", qty=40)])),
        ("WST-07", "export", "BEAIR01", "air", "BE", [], "CD", "330300",
         "Parfums et cosmétiques assortis, invendus, pour revente, 400 cartons", "BE", 4800, 400, 9600, "EUR",
         "unsold perfume and cosmetics for resale come in their boxes, one kind to a carton, with batch numbers; "
         "these 400 cartons hold opened, half-used bottles of every brand, aerosol deodorants and hairsprays, "
         "lighter refills, spirits and unlabelled liquids thrown into bins at the security checkpoints of Brussels "
         "Airport, sold by its waste contractor by the tonne: mixed discarded gases in containers and organic "
         "wastes (16 05 04*, 16 03 05*), hazardous waste whose export to a non-OECD country is banned, flown from "
         "Liège to Kinshasa for a market trader; Belgian French wording (airport-security confiscations appear once, "
         "as lighters in a plastic-scrap bale (blind51); confiscated liquids and aerosols as perfume for resale were "
         "found in no earlier row by a keyword search)", {"importer_country": "CD"}),
        ("WST-08", "export", "IEAIR01", "air", "IE", [], "NG", "382499",
         "Fluorescent penetrant inspection fluids, reclaimed, filtered, for re-use, 60 drums", "IE", 12000, 60,
         3000, "EUR",
         "penetrant, emulsifier and developer for non-destructive testing are sold new, in sealed drums with a "
         "qualification to the aerospace specification, and are never reclaimed; these 60 drums hold a milky, "
         "green-glowing mixture of spent penetrant, hydrophilic emulsifier and rinse water with oil, metal fines "
         "and sludge, drained from the NDT line of a Shannon engine shop: aqueous washing liquids and liquid wastes "
         "containing hazardous substances (12 03 01*, 16 10 01*), hazardous waste whose export to a non-OECD "
         "country is banned, flown from Dublin to Lagos for an 'NDT services' firm; Irish English wording (spent "
         "process liquids repeat in many sets; NDT penetrant as a reclaimed product was found in no earlier row by "
         "a keyword search (penetrant remover appears once, on an ozone row, blind125))", {"importer_country": "NG"}),
        ("WST-09", "export", "FRSEA01", "sea", "FR", [], "IN", "760200",
         "Copeaux d'aluminium 7075 et aluminium-lithium, propres, secs, balles, 22 t", "FR", 22000, None, 17600,
         "EUR",
         "clean, dry aluminium turnings are bright, loose curls that sell near the metal price; these bales drip "
         "a grey, stinking emulsion, hold machining coolant, grinding sludge and carbide tool tips, and the curls "
         "come from a Toulouse wing-skin machining line: metal turnings with machining emulsion and sludge "
         "(12 01 09*, 12 01 18*), hazardous waste whose export to a non-OECD country is banned, from Marseille to "
         "Mundra for a 'secondary aluminium' smelter; French wording (oily metal turnings repeat in a few sets (steel "
         "swarf, blind46 and dev12-b) and a clean-aluminium-turnings label once, on dross (blind75); aerospace "
         "wing-skin and aluminium-lithium turnings were found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-10", "export", "ESROAD01", "road", "ES", [], "MA", "850760",
         "Baterías de dron agrícola reacondicionadas, probadas, con garantía, 300 unidades", "ES", 3600, 300, 4500,
         "EUR",
         "refurbished drone batteries come with new cells, a balanced-charge report and a fitted battery-management "
         "board; these 300 packs, from the service centre of a crop-spraying drone dealer near Lleida, are swollen, "
         "crash-dented, some punctured and scorched, with cut leads, no boards and the sweet smell of electrolyte, "
         "at 15 EUR a pack: waste lithium batteries, damaged and hazardous (16 06 and 20 01 33* types), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry over the Strait at Algeciras for a Meknès "
         "'agri-drone' service; Spanish wording (damaged lithium batteries repeat in many sets; crop-spraying "
         "drone packs were found in no earlier waste row by a keyword search)", {"importer_country": "MA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GBAIR01", "air", "IN", [], "GB", "380891",
         "Aircraft disinsection aerosol, 2 % d-phenothrin, 100 % discharge, HFC-134a propellant, WHO compliant, "
         "100 g, 6,000 cans", "IN", 600, 6000, 9000, "USD",
         "aircraft disinsection cans use HFC-134a as propellant, hiss briefly and carry a WHO-compliance and a "
         "biocide number; these 6,000 cans read 4.8 bar at 20 °C, the propellant boils at -30 °C and a gas test of "
         "a discharged can gives dichlorodifluoromethane, and the filler's drums in the shipping photo read 'R-12': "
         "products containing CFC-12, whose import into Great Britain is banned (as in the Union), flown from "
         "Mumbai to Heathrow for an airline cabin-supplies firm; Indian English wording (CFC-12 repeats in many "
         "sets and insecticide aerosols in a few; aircraft disinsection cans were found in no earlier row by a "
         "keyword search)", firm("Atlantic Cabin Supplies Ltd", "GB")),
        ("OZN-02", "transit", "NLAIR01", "air", "US", ["NL"], "NG", "382499",
         "Windshield rain repellent, aerosol canisters for Boeing 737 rain-repellent system, new old stock, 48 "
         "cans", "US", 48, 48, 2400, "USD",
         "rain-repellent canisters for the old 737 windshield system were withdrawn long ago because their "
         "propellant and solvent were CFCs, and today's operators use coatings instead; these 48 heavy canisters, "
         "from a Washington State surplus dealer, read 'Freon TF' on their original labels and a sample boils at "
         "48 °C with 1.57 kg/l: CFC-113 in products, moved through the Union without the licence Regulation "
         "2024/590 requires, at Schiphol in air transit from Seattle to Lagos for an operator of Boeing 737-500s; US "
         "English wording (CFC-113 repeats in several sets, once as an aircraft engine cleaner for Dakar (blind80); "
         "a rain-repellent label was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("OZN-03", "import", "CZAIR01", "air", "PH", [], "CZ", "630720",
         "Used cabin emergency equipment from retired ATR 72: life vests, adult, 400 pcs", "PH", 400, 400, 2000,
         "USD",
         "a part-out lot of a Cebu regional airline's retired turboprops for a Prague parts broker: life vests and "
         "crash axes are what such lots hold, but the third item's 'portable water fire extinguishers, 2.5 l, "
         "cabin' are 60 red bottles that slosh little, weigh 2.3 kg of a liquid of 1.83 kg/l, have a squeeze grip "
         "and a nozzle, no water level and 'BCF' under their stickers: halon 1211 hand extinguishers, products "
         "containing an ozone-depleting substance whose import into the Union is banned (their critical use on "
         "aircraft has ended), hidden as the last item of a three-item declaration, flown from Manila; "
         "Philippine English wording with Tagalog labels (halon 1211 repeats in many sets and cabin extinguishers "
         "in several; water-extinguisher labels in an airline part-out lot were found in no earlier row by a "
         "keyword search)",
         dict(firm("Central Aero Parts s.r.o.", "CZ"),
              _more_items=[item("820140", "Crash axes, cockpit, used, 12 pcs", "PH", 24, 240, "USD", qty=12),
                           item("842410", "Portable water fire extinguishers, 2.5 l, cabin (pamatay-sunog na tubig), 60 pcs", "PH", 240, 600, "USD", qty=60)])),
        ("OZN-04", "import", "ESSEA01", "sea", "TH", [], "ES", "880529",
         "เครื่องฝึกบินจำลองเต็มรูปแบบ โบอิ้ง 737-400 มือสอง พร้อมระบบภาพ 1 ชุด (รื้อถอนบรรจุลังไม้)", "TH", 28000,
         1, 450000, "USD",
         "a used full-flight simulator is a cockpit shell, a motion base, visual projectors and computer "
         "cabinets, and its projectors and cabinets are cooled by water chillers now running on HFC or "
         "hydrocarbon refrigerants; this one's two chillers and its computer-room air conditioners, crated with it "
         "from a Bangkok training centre, still carry about 60 kg of their original charge and their nameplates "
         "read 'R22': equipment containing HCFCs, whose import into the Union is banned, by sea from Laem Chabang "
         "to Valencia for a Spanish flight academy; Thai wording (R-22 equipment repeats in many sets; a flight "
         "simulator was found in no earlier row by a keyword search)", firm("Horizon Flight Academy SL", "ES")),
        ("OZN-05", "export", "PTSEA01", "sea", "PT", [], "AO", "870590",
         "Camiões de catering aeronáutico (high-loader) usados, caixa elevatória isotérmica, 4 unidades", "PT",
         36000, 4, 88000, "EUR",
         "used airline-catering high-loaders sold on have their box refrigeration converted to HFC or run on dry "
         "ice; these four, retired by a Lisbon in-flight caterer, have their 2001 box units still charged with "
         "about 6 kg each and their labels and a leak detector read R-22: equipment containing HCFCs, whose export "
         "from the Union is banned (Regulation 2024/590), from Lisbon to Luanda for an airline caterer; European "
         "Portuguese wording (R-22 equipment for export repeats in many sets, aircraft pre-conditioned-air units "
         "once (blind64); catering high-loaders were found in no earlier row by a keyword search)",
         {"importer_country": "AO"}),
        ("OZN-06", "import", "BEAIR01", "air", "ET", [], "BE", "860900",
         "Active temperature-controlled air cargo containers (RKN type), used, serviceable, 8 units", "ET", 4800, 8,
         64000, "USD",
         "active air-cargo containers for pharmaceuticals are leased, certified units whose compressor cooling runs "
         "on HFC-134a or a natural refrigerant; these eight, bought from an Addis Ababa cargo handler, are copies by "
         "a regional maker whose compressor plates read 'R22' and whose gas, under a leak detector, is "
         "chlorodifluoromethane: products containing HCFCs, whose import into the Union is banned, flown to the "
         "Liège cargo hub for a pharma-logistics start-up; English wording from Ethiopia (R-22 equipment repeats in "
         "many sets, and empty air-cargo ULDs once (blind171); active temperature-controlled cargo containers were "
         "found in no earlier row by a keyword search)",
         firm("Orion Pharma Logistics SA", "BE")),
        ("OZN-07", "import", "MTAIR01", "air", "US", [], "MT", "880230",
         "Used business jet, Learjet 25D, 1979, with airworthiness papers, ferry flight, 1", "US", 3600, 1, 420000,
         "USD",
         "an old business jet imported for the Maltese register comes with its air-conditioning converted and a "
         "full inventory of fluids; this 1979 Learjet, ferried from Texas, still runs its vapour-cycle "
         "air-conditioning on its original charge, which the maintenance log and a gas test give as "
         "dichlorodifluoromethane, and carries two spare charge cans in the baggage hold: a product containing "
         "CFC-12, whose import into the Union is banned, for a Luqa charter start-up; US English wording (CFC-12 in "
         "aircraft equipment repeats once, in galley chillers (blind174), and methyl bromide in an imported "
         "Vampire once (blind159); a business jet was found in no earlier row by a keyword search)",
         firm("Rivage Jet Charter Ltd", "MT")),
        ("OZN-08", "import", "HRROAD01", "road", "RS", [], "HR", "381400",
         "Odmašćivač za ležajeve točkova aviona, nezapaljiv, limenke 5 l, 60 komada", "RS", 396, 60, 2400, "EUR",
         "non-flammable wheel-bearing degreasers for aircraft wheel shops today are modified alcohols or "
         "hydrofluoroethers at about 1.0-1.5 kg/l; these 60 cans weigh 1.32 kg/l, smell sweet like chloroform, "
         "boil at 74 °C and the Belgrade filler's drums in the lorry read 'trihloretan 1,1,1': methyl chloroform, "
         "whose import into the Union is banned, by road at Bajakovo for a Zagreb wheel-and-brake shop; Serbian "
         "(Latin script) wording (methyl chloroform repeats in many sets under degreaser labels; an "
         "aircraft wheel-bearing degreaser was found in no earlier row by a keyword search)",
         firm("Central Avio Servis d.o.o.", "HR")),
        ("OZN-09", "import", "PLSEA01", "sea", "CN", [], "PL", "271019",
         "磁粉探伤载液 (无味煤油型), 航空维修用, 20 升桶, 80 桶", "CN", 2540, 80, 3200, "USD",
         "a magnetic-particle carrier fluid is a light, odourless kerosene of about 0.8 kg/l that burns; these 80 "
         "drums hold a liquid of 1.59 kg/l that does not burn, smells sweet and sharp, boils at 77 °C and sinks in "
         "water: carbon tetrachloride, whose import into the Union is banned, by sea from Qingdao to Gdańsk for "
         "an NDT supplier to Polish MRO shops; Chinese wording (carbon tetrachloride repeats in many sets under "
         "solvent labels; a magnetic-particle-inspection carrier label was found in no earlier row by a keyword "
         "search)", firm("Nordhafen NDT Sp. z o.o.", "PL")),
        ("OZN-10", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "280421",
         "Argon-helyum koruyucu gaz karışımı, uçak boru şasi TIG kaynağı için, 50 l tüp, 40 adet", "TR", 2400, 40,
         4000, "EUR",
         "an argon-helium shielding gas is a permanent gas at 200 bar in tall, heavy cylinders that do not slosh; "
         "these 40 cylinders slosh, read 5.8 bar at 20 °C, hold about 60 kg of liquid each and their shoulders are "
         "stamped 'R-227ea' under the new paint: HFC-227ea in bulk, placed on the Union market without quota or "
         "registration under the F-gas Regulation, by road through Bulgaria at Giurgiu for a Bucharest 'welding' "
         "dealer that sells to fire-suppression installers; Turkish wording (HFCs under permanent-gas labels repeat "
         "in several sets, once under a welding shielding-gas label from Türkiye (HFC-32, blind25); kept as a repeat "
         "of that family, HFC-227ea under an aircraft-welding argon-helium label by road to Romania is the new "
         "part)", firm("Vega Gaze Tehnice SRL", "RO")),
    ],
    "cultural": [
        ("CUL-01", "import", "DKAIR01", "air", "GL", [], "DK", "760200",
         "Aluminiumsskrot, blandet, fra nedlagt station, 3 kasser", "GL", 420, 3, 300, "DKK",
         "mixed aluminium scrap from an abandoned station is sheet offcuts and cable; these three crates hold "
         "riveted, olive-drab skin panels with a white star, a bent three-bladed propeller hub and a control yoke "
         "stamped 'Lockheed', crushed and ice-scoured, cut out of a 1942 P-38 buried on the ice cap: the remains of "
         "a Second World War aircraft, objects of military history over 100 years old that Greenland's heritage law "
         "reserves to its National Museum, taken out without its permit and brought into the Union against "
         "Regulation 2019/880 (Article 3(1)), flown from Kangerlussuaq to Copenhagen for a warbird restorer; Danish "
         "wording (Second World War aircraft wrecks repeat twice, from Papua New Guinea (blind19) and the Solomon "
         "Islands (dev21-a); from Greenland under a scrap label is the new part as far as a search found)",
         firm("Alpina Warbirds ApS", "DK")),
        ("CUL-02", "export", "FRSEA01", "sea", "FR", [], "US", "880730",
         "Pièces d'avion d'occasion pour restauration, lot : fuselage tubulaire, ailes entoilées, moteur, 1 lot",
         "FR", 1100, 1, 9000, "EUR",
         "a lot of restoration parts is a pile of odd tubes, ribs and cowlings; this crate holds a complete, "
         "dismantled Morane-Saulnier MS.505 Criquet built in 1946, with its data plate, log books from 1946 and its "
         "Argus engine, worth over 250,000 EUR to a collector, from a Burgundy hangar: a means of transport over "
         "75 years old above the 50,000 EUR threshold, exported without the licence of Regulation 116/2009, from Le "
         "Havre to Houston for a Texas warbird dealer; French wording (historic aircraft exported as parts were "
         "found in no earlier cultural row by a keyword search; an aerobatic aircraft leaving on a temporary export "
         "is blind174's strategic row)", {"importer_country": "US"}),
        ("CUL-03", "export", "BEROAD01", "road", "BE", ["LU", "FR"], "CH", "840710",
         "Gebruikte stermotor voor vliegtuigen, kern voor revisie, 1 stuk", "BE", 140, 1, 1500, "EUR",
         "a used radial-engine core for overhaul is an oily, dented, mass-produced engine with a recent data "
         "plate; this one is a nine-cylinder rotary engine with a brass-fitted crankcase, a Le Rhône 9J of 1917 "
         "with a museum inventory number on a painted tag, missing since a break-in at a Brussels military and "
         "aviation collection: a national treasure from a public collection, which needs an export licence at any "
         "value (Regulation 116/2009), exported without one, by road through Luxembourg and France to a Swiss "
         "collector; Flemish wording (First World War rotary engines were found in no earlier row by a keyword "
         "search)", {"importer_country": "CH"}),
        ("CUL-04", "import", "DEAIR01", "air", "YE", ["OM"], "DE", "880730",
         "وحدات مطبخ طائرة (أفران وغلايات قهوة) مستعملة، مرسلة للإصلاح والإرجاع، 6 وحدات", "YE", 180, 6, 600,
         "USD",
         "galley inserts sent for repair are ovens and coffee makers with a fault tag and an airline's work order; "
         "these six casings, flown from Aden through Muscat to a Frankfurt repair shop, have had their heating "
         "elements stripped out and each holds, wrapped in rags, a translucent alabaster head with inlaid eyes and "
         "a base inscribed in South Arabian letters, with desert varnish and soil in the carving: Sabaean and "
         "Qatabanian funerary heads (1st millennium BC), archaeological objects taken out of Yemen, which forbids "
         "their export, brought in without an import licence (Regulation 2019/880); Yemeni Arabic wording "
         "(South Arabian alabaster heads repeat in many sets, under alabaster-craft labels from Oman and the "
         "Emirates; inside aircraft galley inserts for repair is the new part as far as a search found)",
         firm("Central Galley Repair GmbH", "DE")),
        ("CUL-05", "import", "MTSEA01", "sea", "LY", [], "MT", "842390",
         "أوزان معايرة لموازين وزن الطائرات، حديد مطلي، 4 قطع", "LY", 480, 4, 800, "USD",
         "calibration weights for aircraft-weighing platforms are painted cast-iron blocks with a lifting eye and "
         "a certificate number; these four are veiled, limestone female busts without faces, with root marks, "
         "lime crust and red soil, wrapped to look like blocks under a coat of grey paint, from the necropolis of "
         "Cyrene: Cyrenaican funerary busts (4th century BC - 2nd century AD), archaeological objects whose export "
         "Libya forbids, brought in without an import licence (Regulation 2019/880), by sea from Benghazi to "
         "Marsaxlokk for a Luqa aircraft-services firm; Libyan Arabic wording (Cyrenaican busts repeat in many "
         "sets; kept as a known repeat, an aircraft-weighing calibration-weight label is the new part as far as a "
         "search found)", firm("Atlantic Aero Services Ltd", "MT")),
        ("CUL-06", "import", "ESAIR01", "air", "CO", ["US"], "ES", "880730",
         "Semirines de tren de aterrizaje usados, para overhaul, 8 unidades", "CO", 320, 8, 1200, "USD",
         "used landing-gear wheel halves sent for overhaul are forged aluminium with a tyre bead seat, bearing "
         "cups and a part number; these eight, shipped by a Bogotá parts broker through Miami to a Madrid wheel "
         "shop, have their bearing bores packed with grease around small parcels of gold: a cast seated figure "
         "with a lime flask, nose ornaments and pectorals with lost-wax casting flaws and grave earth, Quimbaya and "
         "Calima goldwork (before 1500), archaeological objects whose export Colombia forbids, brought in without "
         "an import licence (Regulation 2019/880); Colombian Spanish wording (Colombian pre-Columbian gold repeats "
         "in several sets; inside aircraft wheel halves through Miami is the new part as far as a search found)",
         firm("Meridian Ruedas Aeronáuticas SL", "ES")),
        ("CUL-07", "export", "ITAIR01", "air", "IT", [], "US", "700490",
         "Lastre di vetro usate, recuperate, per lavori di bricolage e decorazione, 3 casse", "IT", 210, 3, 150,
         "EUR",
         "used glass sheets for crafts are clean offcuts of window glass; these three crates hold 2,600 glass-plate "
         "negatives in their paper sleeves, with the handwritten numbers, dates and stamps of a Turin aircraft works "
         "of 1915-1950 (prototypes, test flights, factory floors, crews) and its register of plates, sold off by a "
         "house-clearance firm: an archive more than 50 years old and photographs above the value threshold, which "
         "need an export licence (Regulation 116/2009), exported without one, flown from Turin to a New York "
         "aviation-photography dealer; Italian wording (archives repeat in a few sets, a Czech car works' drawings "
         "among them (blind183); glass-plate negatives were found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-08", "import", "DEAIR01", "air", "KZ", [], "DE", "442090",
         "Ғарыш тақырыбындағы сәндік модельдер мен кәдесыйлар, 5 дана", "KZ", 60, 5, 500, "USD",
         "space-themed souvenir models are light resin or wooden replicas on a stand; these five are a scorched "
         "1960s re-entry capsule hatch with its cyrillic stencils, a cosmonaut's pressure-suit glove, a flight log "
         "and two instrument panels with the inventory numbers of the cosmodrome museum in Baikonur, from which they "
         "were reported stolen: objects of the history of science and technology removed from Kazakhstan in breach "
         "of its laws, brought into the Union against Regulation 2019/880 (Article 3(1)), flown from Almaty to "
         "Frankfurt for a space-memorabilia auction house; Kazakh wording (space artefacts were found in no earlier "
         "row by a keyword search)", firm("Orion Auktionen GmbH", "DE")),
        ("CUL-09", "import", "NLAIR01", "air", "IQ", ["TR"], "NL", "880622",
         "Retourzending na tijdelijke uitvoer: drone-LiDAR-meetset (quadcopter, sensor, koffers) na een "
         "landmeetopdracht in Irak, 4 koffers", "NL", 46, 4, 60000, "EUR",
         "a drone survey kit coming back from a job abroad holds the aircraft, the LiDAR head, batteries and foam "
         "cases matching its ATA carnet; these four cases weigh 30 kg more than the carnet's list, and under the "
         "foam of the battery case lie 38 small clay tablets in cuneiform, some still in their envelopes, and three "
         "stamp seals, with fresh soil in the signs: Mesopotamian tablets and seals from a looted site in Dhi Qar, "
         "archaeological objects taken out of Iraq, brought in without an import licence (Regulation 2019/880) and "
         "against the UN embargo on Iraqi cultural property (Regulation 1210/2003), flown from Basra through "
         "Istanbul to Amsterdam by a Dutch surveying firm's crew; Dutch wording (cuneiform tablets repeat in many "
         "sets, and a returned survey kit once (blind178, from a Sudanese dam project); a drone LiDAR kit returning "
         "from Iraq is the new part as far as a search found)", firm("Horizon Geodrone BV", "NL")),
        ("CUL-10", "import", "FRPOST01", "post", "AM", [], "FR", "490199",
         "Աստվածաշնչի տպագիր հրատարակություն, նոր, 1 հատ", "AM", 1.6, 1, 30, "USD",
         "a new printed Armenian Bible is a bound, machine-printed book; this parcel holds sixteen vellum leaves of "
         "a gospel book in bolorgir script with canon tables, painted birds and gold, with stitching holes and a "
         "monastery ownership note of the 14th century: an Armenian illuminated manuscript whose export Armenia "
         "forbids without a permit, brought in against the UNESCO 1970 convention (and, above the value threshold, "
         "without the importer statement of Regulation 2019/880), posted from Yerevan to a private collector in "
         "Lyon; Armenian wording (Armenian manuscripts repeat in a few sets; kept as a known repeat, by post under a "
         "new-Bible label is the new part as far as a search found)", person("M. A. Petrossian", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "ESSEA01", "sea", "ES", [], "KZ", "950490",
         "Cabina de simulador de vuelo para videojuegos, uso doméstico y salas recreativas, 1 unidad", "ES", 3200, 1,
         18000, "EUR",
         "a home or arcade flight-simulator cockpit is a seat, a yoke, pedals and screens on a frame, worth a few "
         "thousand euros; this one is a full A320 flight-training device with a certified replica flight deck, "
         "instructor station and the maker's qualification documents, at 1.8 million EUR on the maker's list, for an "
         "Almaty 'gaming' firm whose address is a Moscow airline training centre's partner: a ground flying trainer "
         "(8805 29), an aviation good whose sale for use in Russia Regulation 833/2014 forbids (Article 3c, Annex "
         "XI), by sea from Valencia; Spanish wording (aviation goods for Russia through Kazakhstan repeat in many "
         "sets; a flight simulator was found in no earlier row by a keyword search)",
         {"importer_country": "KZ"}),
        ("STR-02", "export", "ROROAD01", "road", "RO", ["BG", "TR", "GE"], "AZ", "842531",
         "Troliu electric pentru ancora ambarcațiunilor de agrement, 24 V, 6 bucăți", "RO", 480, 6, 4800, "EUR",
         "an anchor windlass for a leisure boat is a bronze or stainless drum winch of 20-30 kg at a few hundred "
         "euros; these six are 80 kg helicopter rescue hoists with a cable cutter, a boom mount and Mi-8 and Ka-32 "
         "part numbers, overhauled at a Brașov helicopter plant, worth 60,000 EUR each, for a Baku 'marine supplies' "
         "firm that forwards to a Russian helicopter operator: helicopter parts (8807), aviation goods whose sale for "
         "use in Russia Regulation 833/2014 forbids, by road through Bulgaria, Türkiye and Georgia; Romanian wording "
         "(helicopter parts repeat in several sets under vehicle and machinery labels; rescue hoists as anchor "
         "windlasses were found in no earlier row by a keyword search)", {"importer_country": "AZ"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "TR", "854142",
         "Celle fotovoltaiche per lampade solari da giardino, 2.000 pezzi", "IT", 4, 2000, 1000, "EUR",
         "garden-light solar cells are cheap, blue polycrystalline silicon chips at a few cents each; these 2,000 "
         "are triple-junction gallium-arsenide cells with cover glass, welded interconnects and a space-qualification "
         "lot record, at 300 EUR each on the Milan maker's list, for an Istanbul 'garden lighting' trader whose "
         "buyer is a Tehran satellite institute: space-qualified solar cells (dual-use 3A001), exported without the "
         "licence Regulation 2021/821 requires, to an end user in Iran, flown from Milan; Italian wording (space "
         "solar cells were found in no earlier row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "export", "FIROAD01", "road", "FI", ["RU"], "KZ", "950699",
         "Savikiekonheittimet ampumaradoille, pneumaattiset, 4 kpl", "FI", 3600, 4, 16000, "EUR",
         "a clay-pigeon trap is a spring or electric arm on a small base of 50-100 kg at a few thousand euros; these "
         "four are 900 kg pneumatic rail launchers of 6 m with a shuttle, a brake and a launch-control unit rated "
         "for 150 kg at 30 m/s, the kind that throws fixed-wing drones of the Orlan class, for an Astana 'shooting "
         "club' that forwards to a Russian drone maker: unmanned-aircraft launching gear (8805 10) whose sale for use "
         "in Russia Regulation 833/2014 forbids, on a lorry routed through Russia to Kazakhstan; Finnish wording "
         "(UAV parts repeat in many sets under toy and hobby labels; catapult launchers as clay-pigeon traps were "
         "found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-05", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "845430",
         "Vakuový licí stroj pro šperkařské lití na vytavitelný model, 1 ks", "CZ", 7800, 1, 60000, "EUR",
         "a vacuum casting machine for jewellery is a bench unit of 100-300 kg that casts a few hundred grams of "
         "gold into plaster flasks; this 7.8 t machine has a vacuum induction melter, a ceramic-mould heater with "
         "a withdrawal chamber and a chill plate, made for directionally solidified and single-crystal superalloy "
         "turbine blades, for a Yerevan 'jewellery' firm whose buyer is an Iranian engine plant: equipment for "
         "directional-solidification casting (dual-use 9B001), exported without the licence Regulation 2021/821 "
         "requires, to an end user in Iran (Regulation 267/2012), by road from Brno; Czech wording (single-crystal "
         "blades repeat in several sets; the casting furnace under a jewellery-casting label was found in no earlier "
         "row by a keyword search)", {"importer_country": "AM"}),
        ("STR-06", "export", "NLSEA01", "sea", "NL", [], "AE", "852610",
         "Vogeldetectieradar voor luchthavens, compleet met software, 2 systemen", "NL", 2400, 2, 380000, "EUR",
         "an airport bird-detection radar is a slowly turning marine-type antenna with software that tracks flocks, "
         "sold to airport authorities with a site survey; these two are solid-state 3-D radars with drone "
         "classification, a cueing output for jammers and a military-grade datalink, built for counter-drone use, "
         "for a Jebel Ali 'airport services' firm that ships on to Bandar Abbas and has no airport contract: "
         "military radar equipment (Common Military List ML5), exported without a licence and to Iran under the "
         "arms embargo (Regulation 267/2012), from Rotterdam; Dutch wording (radars repeat in a few sets; an "
         "airport bird-detection label was found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "BY", "901580",
         "Anemometry ultradźwiękowe do stacji meteorologicznych, 20 szt.", "PL", 40, 20, 3000, "EUR",
         "a weather-station parts lorry for a Minsk 'agro-meteo' firm: ultrasonic anemometers and rain gauges are "
         "what farm weather stations use, but the third item's 'czujniki ciśnienia do stacji meteorologicznych' are "
         "30 air-data computers with pitot-static ports, ARINC 429 outputs and the part numbers of a regional "
         "turboprop, overhauled with release tags, at 25,000 EUR each: aircraft parts and navigation instruments "
         "whose sale to Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item declaration, "
         "at Kukuryki; Polish wording (aircraft parts to Belarus repeat in several sets, and air-data probes once "
         "(blind129, for Iran); air-data computers as weather-station sensors were found in no earlier row by a "
         "keyword search)",
         dict({"importer_country": "BY"},
              _more_items=[item("901580", "Deszczomierze automatyczne, 40 szt.", "PL", 80, 2000, "EUR", qty=40),
                           item("902620", "Czujniki ciśnienia do stacji meteorologicznych, 30 szt.", "PL", 120, 1800, "EUR", qty=30)])),
        ("STR-08", "export", "DEAIR01", "express", "DE", [], "AM", "851762",
         "Funkmodems für Bewässerungs-Telemetrie, 868 MHz, 40 Stück", "DE", 24, 40, 4000, "EUR",
         "irrigation telemetry modems are licence-free 868 MHz boxes with a range of a few kilometres at about 100 EUR "
         "each; these 40 are encrypted, frequency-hopping UAV command-and-video datalinks with a 100 km range, "
         "antenna tracking outputs and MAVLink firmware, at 4,000 EUR each, for a Yerevan 'agritech' firm set up "
         "in the autumn whose director is a Russian drone maker's buyer: unmanned-aircraft parts whose sale for "
         "use in Russia Regulation 833/2014 forbids (Annex XXII), sent by express from Munich; German wording (drone "
         "radio links repeat in a few sets, as toy remote controls (blind94) and camel-race robot-jockey remotes "
         "(blind146); an irrigation-telemetry label was found in no earlier row by a keyword search)", {"importer_country": "AM"}),
        ("STR-09", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "850131",
         "Linearantriebe für Solar-Nachführsysteme, 24 V, 200 Stück", "AT", 400, 200, 12000, "EUR",
         "solar-tracker actuators are slow, 24 V screw jacks of a few kilograms at about 60 EUR; these 200 are "
         "compact, high-torque rotary servo actuators with position feedback, aluminium housings and a CAN bus, "
         "specified for the control surfaces of fixed-wing drones of 100-300 kg, at 1,200 EUR each, for an Istanbul "
         "'renewables' trader whose orders go on to Tehran: components for unmanned aerial vehicles whose sale for "
         "use in Iran Regulation 2023/1529 forbids, by road from Linz; Austrian German wording (UAV servo "
         "actuators repeat in many sets under motor labels (window, shutter, gate, massage-chair and greenhouse-vent "
         "motors), and a solar-tracker label covered inclinometers once (blind61); kept as a repeat of the good, a "
         "solar-tracker linear-actuator label is the new part)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "SEAIR01", "air", "SE", [], "AE", "902610",
         "Reservdelar till vattenreningsanläggningar, flödesgivare, 12 st.", "SE", 36, 12, 2400, "EUR",
         "flow sensors for water treatment are plastic paddle or magnetic meters at a few hundred euros; these "
         "twelve are flight-qualified pitot-static and angle-of-attack probes with heated tips and the part numbers "
         "of a Swedish light-fighter programme, at 30,000 EUR each, for a Dubai 'water' trader with no plant: "
         "military aircraft parts (Common Military List ML10), exported without the licence Common Position "
         "2008/944 requires, flown from Linköping; Swedish wording (military aircraft parts repeat in a few sets and air-data "
         "probes once, under a ventilation Prandtl-tube label (blind129); angle-of-attack probes as water-treatment "
         "flow sensors were found in no earlier row by a keyword search)",
         {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "ESAIR01", "air", "ES", [], "AE", "010631",
         "Halcones híbridos gerifalte x sacre criados en cautividad, para control de fauna aeroportuaria, 6 "
         "ejemplares", "ES", 6, 6, 9000, "EUR",
         "captive-bred hybrid falcons for airport bird-control come with closed breeder rings, microchips and "
         "the papers of a registered breeder; these six are pure peregrines with no gyrfalcon or saker traits, "
         "opened and re-crimped rings, no chips and the feather wear of wild birds, taken as chicks from cliffs in "
         "the Sierra de Gredos: wild peregrine falcons (Falco peregrinus, CITES App. I) without CITES documents, "
         "flown from Madrid to Abu Dhabi for a 'bird-control contractor' that serves no airport; Spanish wording "
         "(peregrines from Spain to the Gulf repeat in several sets, under pigeon and hybrid labels; an airport "
         "bird-control label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("WLF-02", "import", "DESEA01", "sea", "BR", [], "DE", "440839",
         "Lâminas de madeira faqueada de pau-ferro (Machaerium scleroxylon), para interiores de aeronaves executivas, "
         "1.200 m²", "BR", 720, None, 14000, "USD",
         "Santos palisander (pau-ferro) veneer is brown with a tight, plain stripe and smells of little; these "
         "bundles are chocolate-to-violet with black veining and a strong, sweet rose smell when cut, and "
         "fluoresce differently under UV: Brazilian rosewood (Dalbergia nigra, CITES App. I) without CITES "
         "documents, by sea from Santos to Hamburg for a business-jet cabin completion centre; Brazilian Portuguese "
         "wording (Brazilian rosewood repeats in several sets and pau-ferro labels in two; a business-jet "
         "cabin-veneer label was found in no earlier row by a keyword search)",
         firm("Nordhafen Cabin Interiors GmbH", "DE")),
        ("WLF-03", "transit", "FRAIR01", "air", "MG", ["FR"], "TH", "848140",
         "AOG - URGENT - aircraft part: hydraulic pressure relief valve assemblies, 4 crates", "MG", 48, 4, 800,
         "USD",
         "an aircraft-on-ground shipment is a small, urgent part with a release certificate and an airline's AOG "
         "order number, cleared first at every hub; these four crates have no certificate or order, are drilled "
         "with air holes and hold 40 young tortoises with high, domed, yellow-rayed shells, each taped into a sock: "
         "radiated tortoises (Astrochelys radiata, CITES App. I) without CITES documents, landed at Paris-Charles "
         "de Gaulle in air transit from Antananarivo to Bangkok; English wording from Madagascar (radiated "
         "tortoises repeat in several sets; an AOG aircraft-part label was found in no earlier row by a keyword "
         "search)", {"importer_country": "TH"}),
        ("WLF-04", "import", "PTAIR01", "air", "AO", [], "PT", "880730",
         "Conjuntos de discos de travão de carbono usados, para revisão e devolução, 8 unidades", "AO", 640, 8, 2400,
         "USD",
         "carbon brake heat stacks sent for overhaul are stacks of black rotor and stator discs with drive clips, "
         "each with a removal tag, and weigh what their part number says; these eight, sent by a Luanda operator "
         "to a Lisbon brake shop, weigh 12 kg more each and their bores and the gaps between discs hide cream-white, "
         "cross-hatched slabs and carved bangles: elephant ivory (Loxodonta africana, CITES App. I) without CITES "
         "documents, flown from Luanda; Angolan Portuguese wording (ivory repeats in many sets, and aircraft brake "
         "heat stacks as goods in many strategic rows; as a hiding place for ivory they are the new part as far as a "
         "search found)", firm("Central Travões Aero Lda", "PT")),
        ("WLF-05", "import", "GBAIR01", "air", "KE", [], "GB", "880100",
         "Hot-air balloon envelope and wicker basket, used, for repair and return, 1 set", "KE", 620, 1, 1500,
         "USD",
         "a balloon sent from a Maasai Mara safari operator for repair at a Bristol balloon works holds a folded "
         "envelope, a basket and burners; the basket's double wicker floor and padded uprights here hide 14 lion "
         "claws, 22 canines and skull fragments in plastic, and a bag of cut bones: lion parts (Panthera leo, "
         "CITES App. II) without CITES documents, flown from Nairobi to London; Kenyan English wording (lion parts "
         "repeat in a few sets; a hot-air balloon for repair was found in no earlier row by a keyword search)",
         firm("Atlantic Balloon Works Ltd", "GB")),
        ("WLF-06", "import", "GBAIR01", "express", "AE", [], "GB", "630120",
         "Cabin throws for business-jet interior, pashmina (goat cashmere), 6 pcs", "AE", 1.8, 6, 1200, "USD",
         "pashmina throws are soft goat cashmere, sold by the dozen at tens of pounds; these six are so fine they "
         "pass through a ring, are warm beige-grey, and the fibres under the lens are 9-11 microns with the scale "
         "pattern of Tibetan antelope underfur: shahtoosh (Pantholops hodgsonii, CITES App. I) without CITES "
         "documents, sent by express from Dubai to a Farnborough business-jet management firm's cabin store; "
         "English wording (shahtoosh repeats in several sets under pashmina labels; kept as a known repeat, a "
         "business-jet cabin label is the new part as far as a search found)",
         firm("Horizon Jet Management Ltd", "GB")),
        ("WLF-07", "import", "NLAIR01", "air", "ID", [], "NL", "880730",
         "Sarung kursi pesawat kulit, bekas, untuk pembersihan dan pewarnaan ulang, 200 buah", "ID", 260, 200, 1000,
         "USD",
         "used leather seat covers sent for cleaning and re-dyeing are grey or blue cowhide, worn at the cushions, "
         "with flammability labels; these 200 covers, from a Jakarta MRO, are new, and under the flat padding of "
         "each lie two tanned, scaled skins with a diamond pattern: reticulated python skins (Malayopython "
         "reticulatus, CITES App. II) without CITES documents, 400 in all, flown from Jakarta to Amsterdam for an "
         "aircraft-interiors workshop; Indonesian wording (python skins repeat in many sets; inside aircraft seat "
         "covers is the new part as far as a search found)", firm("Vega Aircraft Interiors BV", "NL")),
        ("WLF-08", "import", "DEPOST01", "post", "VN", [], "DE", "950300",
         "Mô hình máy bay trực thăng đồ chơi bằng gỗ, 3 chiếc", "VN", 2.2, 3, 45, "USD",
         "wooden toy helicopters are light, painted, turned wood; these three weigh twice what they should and "
         "their hollow fuselages hold 24 dried, spread tokay geckos: Gekko gecko (CITES App. II since 2019) without "
         "CITES documents, posted from Hanoi to a private buyer in Leipzig who sells traditional medicine; "
         "Vietnamese wording (tokay geckos repeat in many sets; inside toy aircraft is the new part as far as a "
         "search found)", person("Herr K. Becker", "DE")),
        ("WLF-09", "import", "LUAIR01", "air", "ZA", [], "LU", "880730",
         "Aircraft parts: cargo-compartment net assemblies, used, serviceable, 10 crates", "ZA", 1400, 10, 3000,
         "USD",
         "used cargo nets are nylon webbing with steel fittings in flat crates, light for their size; these ten "
         "crates, on a freighter from Johannesburg to the Luxembourg cargo hub, hold nets over false floors under "
         "which lie 86 kg of rhinoceros horn cut into blocks and wrapped in foil and grease: rhino horn "
         "(Rhinocerotidae, CITES App. I, southern white rhino horn trade excluded from App. II) without CITES "
         "documents, consigned to a Luxembourg freight forwarder for re-dispatch to Asia; South African English "
         "wording (rhino horn repeats in many sets; under aircraft cargo nets through Luxembourg is the new part as "
         "far as a search found)", firm("Orion Air Freight Sàrl", "LU")),
        ("WLF-10", "import", "ATAIR01", "air", "MX", [], "AT", "440929",
         "Molduras y perfiles de madera para interiores de aviones ultraligeros, 200 piezas", "MX", 120, 200, 1800,
         "USD",
         "ultralight interior trims are spruce or ash mouldings, light and pale; these 200 are dense, dark "
         "red-brown profiles with black streaks and a spicy smell when sanded: cocobolo (Dalbergia retusa, CITES "
         "App. II) without CITES documents, flown from Mexico City to Vienna for a Wiener Neustadt light-aircraft "
         "maker's interior supplier; Mexican Spanish wording (cocobolo and Dalbergia repeat in many sets; an "
         "aircraft-interior moulding label was found in no earlier row by a keyword search)",
         firm("Alpina Flugzeugbau GmbH", "AT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "IEAIR01", "air", "US", "IE", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (large-scale model aircraft)", "US", 4.6, 4, 160,
     "USD", [("PRECURSOR_LICENCE", "IE-DOJ-58-0027")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLAIR01", "air", "MY", "PL", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (amateur rocketry)", "MY", 2, 2, 70, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-58-0094")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "382569",
     "Spent chromic-acid anodising baths and conversion-coating sludges (11 01 05*, 11 01 09*) from an aerospace "
     "parts plant, for chromium recovery at a licensed plant, 40 t", "NO", 40000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-NI-58-0061")], "notified chromium(VI) plating wastes to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "IS", "NL", "271099",
     "Waste synthetic turbine and gearbox oils (13 02 06*) from an airline engine shop, for re-refining at a "
     "licensed plant, 60 drums", "IS", 12000, 60, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-58-0019")],
     "notified waste turbine oils to a licensed re-refinery"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recycled, to ISO 7201, 10 cylinders, for refilling aircraft engine fire-extinguisher bottles "
     "(critical use)", "US", 600, 10, 36000, "USD", [("ODS_LICENCE", "FR-MTE-ODS-58-003")],
     "recycled halon 1301 imported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "ROROAD01", "road", "TR", "RO", "290346",
     "HFC-227ea in refillable 50 l cylinders, 20 cylinders, for fire-suppression systems, within a registered "
     "quota", "TR", 1200, 20, 24000, "EUR", [("FGAS_QUOTA", "RO-MMAP-FG-58-0044")],
     "HFC-227ea placed on the market within a registered quota"),
    ("PRM-07", "cultural", "export", "FRSEA01", "sea", "FR", "US", "880220",
     "Morane-Saulnier MS.505 Criquet, 1946, complete, dismantled for shipment, with log books, sold at auction",
     "FR", 1100, 1, 260000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-58-0117")],
     "historic aircraft exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970510",
     "Alabaster funerary head, South Arabian, 1st millennium BC, documented British collection since 1961",
     "GB", 6, 1, 42000, "GBP", [("IMPORT_LICENCE", "DE-BKM-IMP-58-0017")],
     "archaeological object imported with the Union import licence"),
    ("PRM-09", "strategic", "export", "ITAIR01", "air", "IT", "IN", "854142",
     "Space-qualified triple-junction GaAs solar cells, 2,000 pcs, for an Indian satellite maker", "IT", 4, 2000,
     600000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-58-0208"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-58-0061")],
     "dual-use space solar cells under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "TR", "851420",
     "Vacuum directional-solidification casting furnace, 1 unit, for a Turkish turbine-blade foundry", "CZ", 7800,
     1, 1400000, "EUR", [("EXPORT_LICENCE", "CZ-MPO-58-0133"), ("END_USER_CERTIFICATE", "TR-MoIT-EUC-58-0029")],
     "dual-use casting furnace under licence to a named end user"),
    ("PRM-11", "wildlife", "export", "ESAIR01", "air", "ES", "AE", "010631",
     "Gyrfalcon x saker hybrid falcons, captive-bred, closed-ringed and microchipped, 6, for airport bird control",
     "ES", 6, 6, 24000, "EUR", [("CITES_PERMIT", "ES-MITECO-58-0312")],
     "captive-bred App. II hybrid falcons with their export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "410799",
     "Reticulated python skins, tanned, within the Indonesian harvest quota, 200, for aircraft-seat upholstery",
     "ID", 120, 200, 18000, "USD", [("CITES_PERMIT", "ID-KLHK-58-0455")],
     "App. II python skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Mr D. Murphy", "PRM-02": "Osoba prywatna", "PRM-05": "Rivage Aéro Maintenance SARL",
    "PRM-06": "Vega Gaze Tehnice SRL", "PRM-08": "Central Altorientalistik GmbH", "PRM-12": "Vega Aircraft Interiors BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, most in the aviation trade
    ("381190", "Jet fuel biocide, isothiazolinone blend, 1 US quart cans", "import", ["air"], ["US"], (25, 45), (50, 300), ["USD"], 1, S),
    ("340290", "Turbine engine compressor-wash concentrate, 5 l", "import", ["road"], ["CH"], (4, 8), (500, 2000), ["CHF", "EUR"], 0.2, S),
    ("281520", "Potassium hydroxide electrolyte 30 % for Ni-Cd aircraft batteries, 5 l", "import", ["sea"], ["MA", "US"], (1, 2), (1000, 4000), ["EUR", "USD"], 0.15, S),
    ("381300", "Purple-K dry chemical extinguishing powder, 25 kg pails", "import", ["sea"], ["US", "MY"], (3, 5), (4000, 12000), ["USD"], 0.04, S),
    ("291512", "Sodium formate runway de-icer granules, 1 t big bags", "import", ["sea"], ["CN", "NO"], (0.5, 0.9), (18000, 24000), ["USD", "EUR"], None, S),
    ("280920", "Phosphoric-acid aluminium deoxidiser for aircraft skins, 1 l", "import", ["post"], ["ZA", "US"], (15, 30), (1, 4), ["ZAR", "USD"], 1, S),
    ("701690", "Expanded-glass fire granulate for LiPo battery boxes, 5 l", "import", ["express"], ["CN"], (10, 20), (1, 4), ["USD"], 1, S),
    ("340290", "Aircraft lavatory service fluid concentrate, blue, 10 l", "import", ["sea"], ["IS", "US"], (1.5, 3), (2000, 6000), ["EUR", "USD"], 0.1, S),
    ("281122", "Indicating silica gel desiccant, orange, 1 kg", "import", ["air"], ["TW", "CN"], (2, 4), (200, 1000), ["USD"], 1, S),
    ("283630", "Battery-box neutraliser (sodium bicarbonate), 1 kg", "import", ["air"], ["TR"], (1.5, 3), (100, 500), ["EUR"], 1, S),
    ("761699", "Pilot kneeboards, folding aluminium", "import", ["post"], ["TR", "US"], (40, 80), (1, 3), ["EUR", "USD"], 2, S),
    ("842199", "Aviation fuel filter elements (coalescer and separator), new, boxed", "export", ["sea"], ["NG", "GH"], (8, 15), (1000, 4000), ["EUR"], 0.2, S),
    ("381010", "Trivalent-chromium conversion coating for aluminium, new, IBC", "export", ["sea"], ["MA", "TN"], (3, 5), (4000, 12000), ["EUR"], None, S),
    ("852859", "Serviceable avionics displays, LCD, with release tags", "export", ["sea"], ["KE", "ET"], (80, 150), (200, 1000), ["EUR"], 0.2, S),
    ("340399", "Polyol-ester base oil, new, certified, drums", "export", ["sea"], ["EG", "AE"], (3, 5), (8000, 16000), ["EUR"], None, S),
    ("381300", "Fluorine-free firefighting foam concentrate for airport fire services, IBC", "export", ["road"], ["MK", "RS"], (2, 4), (6000, 14000), ["EUR"], None, S),
    ("880730", "Used light-aircraft airframe parts, with release certificates", "export", ["sea"], ["GH", "KE"], (5, 10), (500, 2000), ["GBP", "EUR"], 0.01, S),
    ("330300", "Perfumes, new, boxed, for duty-free resale", "export", ["air"], ["CD", "CG"], (20, 40), (500, 2000), ["EUR"], 4, S),
    ("382499", "Fluorescent penetrant inspection kits, new", "export", ["air"], ["NG", "KE"], (10, 18), (100, 500), ["EUR"], 0.5, S),
    ("760429", "Aluminium 6061 extrusions, new", "export", ["sea"], ["IN", "EG"], (3, 4.5), (10000, 20000), ["EUR"], None, S),
    ("850760", "Agricultural drone batteries, new, boxed, UN 38.3 tested", "export", ["road"], ["MA"], (40, 70), (500, 2000), ["EUR"], 0.08, S),
    ("380891", "Aircraft cabin disinsection spray, residual, water-based, 1 l", "import", ["air"], ["IN", "AU"], (6, 12), (300, 1500), ["USD", "GBP"], 1, S),
    ("382499", "Windshield hydrophobic coating kits for aircraft, new", "import", ["air"], ["US"], (40, 80), (50, 200), ["USD"], 2, S),
    ("630720", "Aviation life vests, new, boxed", "import", ["air"], ["PH", "CN"], (20, 40), (200, 1000), ["USD"], 1, S),
    ("880529", "Fixed-base procedures trainer, new, without motion", "import", ["sea"], ["TH", "CN"], (40, 80), (2000, 6000), ["USD"], 0.0003, S),
    ("870590", "Airline catering high-loaders, used, dry-ice cooled box", "export", ["sea"], ["AO", "MZ"], (2, 4), (9000, 18000), ["EUR"], 0.0001, S),
    ("420292", "Passive insulated air-cargo boxes with phase-change packs", "import", ["air"], ["ET", "KE"], (6, 12), (300, 1500), ["USD"], 0.05, S),
    ("381400", "Wheel-bearing degreaser, modified alcohol, 5 l", "import", ["road"], ["RS"], (2, 4), (500, 3000), ["EUR"], 0.2, S),
    ("271019", "Magnetic-particle inspection carrier, odourless kerosene, 20 l", "import", ["sea"], ["CN", "KR"], (1.5, 3), (2000, 6000), ["USD"], 0.05, S),
    ("280421", "Argon-helium shielding gas, 200 bar cylinders", "import", ["road"], ["TR"], (3, 6), (1000, 4000), ["EUR"], 0.02, S),
    ("880730", "Kit-aircraft parts, new, tube-and-fabric", "export", ["sea"], ["US", "CA"], (15, 30), (500, 2000), ["EUR"], 0.01, S),
    ("840710", "Radial engines for light sport aircraft, new", "export", ["road"], ["CH"], (150, 250), (100, 600), ["EUR"], 0.01, S),
    ("880730", "Aircraft galley ovens, returned after repair", "import", ["air"], ["AE", "OM"], (40, 80), (100, 500), ["USD"], 0.03, S),
    ("842390", "Calibration weights for aircraft-weighing platforms, cast iron", "import", ["sea"], ["TR", "CN"], (1, 2), (2000, 6000), ["EUR", "USD"], 0.02, S),
    ("880730", "Landing-gear wheel halves, for overhaul", "import", ["air"], ["CO", "BR"], (20, 40), (200, 800), ["USD"], 0.03, S),
    ("491199", "Reprinted vintage aircraft manuals, facsimile", "export", ["post"], ["US", "CA"], (20, 40), (1, 4), ["EUR"], 1, S),
    ("442090", "Space-themed souvenir models, resin and wood, new", "import", ["air"], ["KZ", "CN"], (15, 30), (100, 500), ["USD"], 2, S),
    ("880622", "Survey quadcopters with LiDAR sensor, new, boxed", "import", ["air"], ["CN", "US"], (150, 300), (50, 300), ["USD"], 0.15, S),
    ("490199", "Printed Armenian Bibles, new edition", "import", ["post"], ["AM"], (10, 20), (1, 4), ["USD"], 0.6, S),
    ("950490", "Home flight-simulator cockpits, gaming", "export", ["sea"], ["KZ", "GE"], (6, 12), (1000, 4000), ["EUR"], 0.01, S),
    ("842531", "Electric anchor windlasses for leisure boats", "export", ["road"], ["AZ", "GE"], (15, 30), (500, 2000), ["EUR"], 0.05, S),
    ("854142", "Polycrystalline solar cells for garden lights", "import", ["sea"], ["CN"], (8, 15), (1000, 4000), ["USD"], 100, S),
    ("950699", "Clay-pigeon traps, electric", "export", ["road"], ["KZ", "GE"], (15, 30), (500, 2000), ["EUR"], 0.015, S),
    ("845430", "Vacuum casting machines for jewellery", "export", ["road"], ["AM", "TR"], (40, 80), (300, 1500), ["EUR"], 0.005, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("940490", "Travel neck pillows, memory foam", "import", ["sea"], ["CN", "VN"], (4, 7), (2000, 6000), ["USD"], 3, N),
        ("420292", "Packing cubes, polyester, sets of six", "import", ["sea"], ["CN", "BD"], (5, 9), (2000, 6000), ["USD"], 1.5, N),
        ("611510", "Compression travel socks, nylon", "import", ["sea"], ["TR", "PK"], (10, 18), (1000, 4000), ["USD", "EUR"], 15, N),
        ("842310", "Digital luggage scales, handheld", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind191", 20580101, HERE)


if __name__ == "__main__":
    main()
