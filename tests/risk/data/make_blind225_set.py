#!/usr/bin/env python3
"""Writes the two-hundred-and-twenty-fifth blind set (tests/risk/data/blind225-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2063, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on one kind of trade rather than a region: petrochemicals, refineries and
fuel distribution (refinery turnarounds and laboratories, fuel and lubricant distributors,
petrol stations and their shops, additive and blending houses, LPG bottlers, drilling and
oilfield suppliers). Written by a person who had not read the profile packs (nor any rule
file) and had not run the engine on it, and committed before any change measured on it, to
be measured once on its packs. Same row layout and expansion as make_blind_set.py, whose
functions it reuses, and the same extras as make_blind5_set.py: a disguised row's extra
header fields may carry "_item" (fields merged into its item) and "_more_items" (further
items).

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
only where a real declaration would. Ids are BL225-*:

    python3 tests/risk/data/make_blind225_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2063, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2063
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTAIR01", "express", "BR", [], "PT", "381190",
         "Melhorador de fluxo a frio para diesel (aditivo de inverno), 4 frascos de 1 L", "BR", 4.6, 4, 240, "BRL",
         "a diesel cold-flow improver is an amber, waxy polymer solution of about 0.90 kg/l that smells of aromatic "
         "solvent and floats on water; these four bottles hold a colourless, oily liquid of 1.14 kg/l that sinks, "
         "smells faintly fruity and whose filler's label under the sticker reads 'CH3NO2 98 %': nitromethane (Annex I "
         "above 16 %), sent by express from Campinas to a private person in Braga, although flammable liquids travel "
         "by express only as declared dangerous goods; Brazilian Portuguese wording (nitromethane repeats in many "
         "sets and anti-gel and cetane labels in a few; a cold-flow-improver label was found in no earlier row by a "
         "keyword search)", person("João Pereira", "PT")),
        ("PRE-02", "import", "ITSEA01", "sea", "AL", [], "IT", "381900",
         "Lëng frenash DOT 4, shishe 1 litër, 2.400 shishe", "AL", 3360, 2400, 2400, "EUR",
         "DOT 4 brake fluid is a pale amber glycol-ether of 1.05 kg/l that smells of nothing much and is sold at "
         "petrol-station counters; these bottles hold a liquid of 1.40 kg/l that fumes brown when opened, stains the "
         "skin yellow and eats a copper coin, at 1 EUR a bottle, for a Bari supplier of petrol-station shops that "
         "sell to motorists: about 65 % nitric acid (Annex I above 3 %) retail-packed for members of the public, by "
         "ferry from Durrës; Albanian wording (nitric acid repeats in many sets; a brake-fluid label on it was found "
         "in no earlier row by a keyword search)", firm("Vega Ricambi Carburanti Srl", "IT")),
        ("PRE-03", "import", "NLPOST01", "post", "TT", [], "NL", "290511",
         "Methanol 99.85 %, fuel grade (Point Lisas), for model and race engines, 3 x 1 l", "TT", 3.6, 3, 60, "TTD",
         "fuel methanol is light (0.79 kg/l), smells of alcohol and burns with an invisible flame; these three "
         "bottles weigh 1.20 kg/l, do not burn, whiten and sting the skin, foam on a cut and have vented caps: about "
         "50 % hydrogen peroxide (Annex I above 12 %), posted from Trinidad to a private person in Eindhoven; "
         "Trinidad English wording (hydrogen peroxide repeats in many sets; a fuel-methanol label on it was found in "
         "no earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("PRE-04", "import", "NLSEA01", "sea", "TH", [], "NL", "291713",
         "โซเดียมเซบาเคต สารยับยั้งการกัดกร่อนสำหรับน้ำยาหล่อเย็น OAT, ถุง 1 กก., 6,000 ถุง", "TH", 6000, 6000, 9000,
         "USD",
         "sodium sebacate, the corrosion inhibitor of organic-acid coolants, is a light, fluffy, soapy white powder "
         "that foams in water; these 1 kg bags hold heavy, glassy crystals that dissolve clear without foam, draw "
         "damp and flare brightly mixed with sugar, and the drum tags in the container read 'NaClO4': sodium "
         "perchlorate (Annex I above 40 %) in 1 kg retail bags for a Rotterdam car-care web shop that sells to the "
         "public, by sea from Laem Chabang; Thai wording (sodium perchlorate repeats in many sets and a "
         "sodium-benzoate coolant label in two; a sebacate label was found in no earlier precursor row by a keyword "
         "search)", firm("Orion Autoverzorging BV", "NL")),
        ("PRE-05", "import", "ESSEA01", "sea", "AR", [], "ES", "282520",
         "Hidróxido de litio monohidratado, grado técnico para grasas lubricantes, bolsas de 1 kg, 3.000 bolsas", "AR",
         3000, 3000, 27000, "USD",
         "lithium hydroxide monohydrate for grease kettles is a light, caustic powder that turns pH paper deep blue "
         "and feels slippery wet; these bags hold heavier, shiny crystals that leave pH paper neutral, are not "
         "slippery, spit violet sparks on a hot plate and whose inner liners read 'KClO3': potassium chlorate (Annex "
         "I above 40 %) for a Valencia web shop selling grease- and soap-making supplies to the public, by sea from "
         "Buenos Aires; Argentine Spanish wording (potassium chlorate repeats in many sets; a lithium-hydroxide label "
         "was found in no earlier row by a keyword search)", firm("Delta Lubricantes SL", "ES")),
        ("PRE-06", "import", "DEAIR01", "express", "KR", [], "DE", "390461",
         "PTFE 마이크로 파우더, 윤활유·그리스 첨가제, 4 x 500 g", "KR", 2.2, 4, 120, "USD",
         "PTFE micropowder for lubricants is a fluffy, water-repellent white powder that will not burn; these four "
         "tins hold a dense, gritty, crystalline white powder that wets and sinks in water and burns fiercely mixed "
         "with sugar: potassium perchlorate (Annex I above 40 %), sent by express from Incheon to a private person in "
         "Bochum; Korean wording (potassium perchlorate repeats in many sets, with paraffin, wax and stearate labels "
         "in a few; a PTFE-micropowder label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("PRE-07", "import", "ROROAD01", "road", "AZ", ["GE", "TR", "BG"], "RO", "291512",
         "Natrium format, qazma məhlulları üçün, 25 kq kisələr, 800 kisə", "AZ", 20000, 800, 8000, "USD",
         "sodium formate for drilling brines is a white, slightly hygroscopic powder that dissolves with a cold, "
         "salty taste; these sacks hold clear, cubic crystals that crackle and flare yellow on a gas ring and whose "
         "maker's sheet in the cab gives CAS 7775-09-9, for a Bucharest 'oilfield chemicals' firm that repacks 1 kg "
         "bags sold online as weed killer: sodium chlorate (Annex I above 40 %) made available to members of the "
         "public, on a lorry from Baku through Georgia, Türkiye and Bulgaria; Azerbaijani wording (sodium chlorate "
         "repeats in many sets; a drilling-fluid formate label was found in no earlier row by a keyword search)",
         firm("Orion Chimicale SRL", "RO")),
        ("PRE-08", "import", "HRROAD01", "road", "RS", [], "HR", "283620",
         "Сода калцинисана тешка (натријум карбонат), за исплаке и пречишћавање воде, џакови 25 кг, 800 џакова",
         "RS", 20000, 800, 5600, "EUR",
         "dense soda ash is a free-flowing white powder that grows warm and slippery in water; these sacks hold "
         "white, round prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot plate, for a "
         "Zagreb agricultural web shop that sells 5 kg bags to the public: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, on a lorry at Bajakovo; Serbian Cyrillic wording "
         "(ammonium nitrate repeats in many sets, and calcium-chloride and AdBlue-urea covers in several; a soda-ash "
         "label was found in no earlier row by a keyword search)", firm("Vega Agro d.o.o.", "HR")),
        ("PRE-09", "import", "GRROAD01", "road", "MK", [], "GR", "271019",
         "Трансформаторско масло, инхибирано, канти 20 л, 400 канти", "MK", 14720, 400, 3200, "EUR",
         "inhibited transformer oil is a water-white mineral oil of 0.88 kg/l that floats on water; these cans weigh "
         "1.84 kg/l, the liquid chars a matchstick, grows hot with a drop of water and sinks: about 96 % sulphuric "
         "acid (Annex I above 15 %), for a Thessaloniki lubricant distributor whose counter sells drain cleaner and "
         "battery acid to the public, at Evzoni; Macedonian wording (sulphuric acid repeats in many sets and an "
         "AdBlue cover once; a transformer-oil label on it was found in no earlier row by a keyword search)",
         firm("Delta Lipantika AE", "GR")),
        ("PRE-10", "import", "ATPOST01", "post", "CH", [], "AT", "220720",
         "Bioethanol für Tischkamine, 96 %, vergällt, 4 x 1 l", "CH", 4.8, 4, 48, "CHF",
         "fireplace bioethanol is a light (0.80 kg/l), spirit-smelling, flammable liquid; these four bottles weigh "
         "1.20 kg/l, do not burn on a wick, whiten the skin and foam on rust, and the caps are vented: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), posted from St. Gallen to a private person in Dornbirn; Swiss "
         "German wording (hydrogen peroxide repeats in many sets; a fireplace-bioethanol label was found in no "
         "earlier row by a keyword search)", person("Thomas Gruber", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "HRROAD01", "road", "HR", ["BA"], "ME", "253090",
         "Prirodni zeolit (klinoptilolit) za ribnjake i akvakulturu, big bag, 22 t", "HR", 22000, None, 1100, "EUR",
         "natural clinoptilolite is a green-grey, angular granule quarried from tuff; these bags hold a free-flowing, "
         "beige-grey powder of perfect 70-micron microspheres that reads vanadium, nickel and lanthanum, drawn from "
         "a refinery cat cracker's catalyst hoppers during a Rijeka turnaround: spent fluid catalytic cracking "
         "catalyst containing dangerous transition metals (16 08 02*), hazardous waste whose export to a non-OECD "
         "country is banned, on a lorry through Bosnia to a Montenegrin 'fish farm'; Croatian wording (a spent FCC "
         "catalyst was found once before, in blind114, and zeolite covers in a few rows; kept as a repeat, a "
         "fish-farm zeolite label by road to Montenegro is the new part)", {"importer_country": "ME"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "RS", "270799",
         "Koromgyártási alapanyag (CBFO), nehéz aromás olaj, tartálykocsi, 24 t", "HU", 24000, None, 4800, "EUR",
         "carbon-black feedstock is a clean, heavy aromatic oil with a certificate of its BMCI and under 1 % water; "
         "this tanker holds a black, stratified sludge of oil, rust scale, sand and 30 % water that smells of petrol, "
         "pumped out of fuel-depot and petrol-station tanks during cleaning: tank-bottom sludges (05 01 03*, 16 07 "
         "08*), hazardous waste whose export to a non-OECD country is banned, at Röszke for a Serbian 'carbon black "
         "plant'; Hungarian wording (tank sludge repeats in several sets under fuel-oil and bitumen labels; a "
         "carbon-black-feedstock label was found in no earlier row by a keyword search)", {"importer_country": "RS"}),
        ("WST-03", "export", "PTSEA01", "sea", "PT", [], "AO", "250810",
         "Bentonite API para fluidos de perfuração, big bags, 40 t", "PT", 40000, None, 4000, "EUR",
         "API bentonite is a fine, cream-grey, dry clay powder that swells into a gel in water; these bags hold "
         "dark-brown, oil-soaked, lumpy clay that smells of kerosene and will not swell, taken out of a Sines "
         "refinery's jet-fuel and lube-oil treating towers: spent filter clays (05 01 15*), hazardous waste whose "
         "export to a non-OECD country is banned, from Sines to Luanda for a 'drilling-mud supplier'; Portuguese "
         "wording (bleaching earth repeats in a few sets; spent refinery treating clay as drilling bentonite was "
         "found in no earlier row by a keyword search)", {"importer_country": "AO"}),
        ("WST-04", "export", "MTSEA01", "sea", "MT", [], "LY", "381121",
         "Pakkett ta' addittivi għaż-żejt tal-magni, tank ISO, 22 t", "MT", 22000, None, 6600, "EUR",
         "an engine-oil additive package is a clear, dark-amber, very viscous concentrate with a maker's batch "
         "certificate; these ISO tanks hold a thin, black, gritty oil with a water layer that smells of petrol and "
         "solvent, collected from Maltese garages and fuel-station oil-change bays: waste mineral engine oil mixed "
         "with water and solvents (13 02 05*, 13 08 02*), hazardous waste whose export to a non-OECD country is "
         "banned, from Marsaxlokk to Misrata for a 'lubricant blender'; Maltese wording (used oil repeats in many "
         "sets under base-oil and fuel labels; an additive-package label was found in no earlier row by a keyword "
         "search)", {"importer_country": "LY"}),
        ("WST-05", "export", "GBSEA01", "sea", "GB", [], "NG", "271290",
         "Anti-corrosion underbody wax, solvent-borne, 200 l drums, 60 drums", "GB", 12000, 60, 3600, "GBP",
         "underbody wax is a brown, waxy, solvent-smelling coating of uniform texture; these drums hold a grey-black, "
         "layered sludge with a sweet, musty smell and a lead reading of several grams a kilo, pumped out of the "
         "tanks of a decommissioned Lincolnshire airfield's avgas depot: tank-bottom sludge with tetraethyl-lead "
         "residues (13 07 03*, 16 07 08*), hazardous waste whose export to a non-OECD country is banned, from "
         "Felixstowe to Lagos; English wording (fuel-tank sludges repeat in several sets; leaded avgas sludge as "
         "underbody wax was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-06", "export", "ROROAD01", "road", "RO", [], "UA", "250510",
         "Nisip cuarțos pentru fracturare hidraulică, 20/40 mesh, big bag, 24 t", "RO", 24000, None, 1440, "EUR",
         "frac sand is clean, round, sieved, honey-coloured quartz that pours like water; these bags hold wet, black, "
         "clumped sand that stains the hand, smells of crude and reads 6 % hydrocarbons, dredged out of a Ploiești "
         "refinery's API oil-water separator during its turnaround: oily sludges from maintenance (05 01 06*), "
         "hazardous waste whose export to a non-OECD country is banned, at Siret for a Ukrainian 'gas driller'; "
         "Romanian wording (oily soils and sands repeat in several sets; a frac-sand label was found in no earlier "
         "row by a keyword search)", {"importer_country": "UA"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "EG", "380210",
         "Actieve kool, extrudaat 4 mm, nieuw, voor waterfilters, 18 t", "NL", 18000, None, 9000, "EUR",
         "new extruded activated carbon is clean, dull-black, dust-free pellets that smell of nothing; these bags "
         "hold pellets that smell strongly of petrol, read benzene on a detector at the bag mouth and self-heat when "
         "wetted, dug out of the carbon beds of a Botlek tank-farm's vapour-recovery units: spent activated carbon "
         "loaded with benzene and other hydrocarbons (06 13 02*), hazardous waste whose export to a non-OECD country "
         "is banned, from Rotterdam to Alexandria for a 'water-treatment' firm; Dutch wording (spent activated "
         "carbon repeats in many sets under regenerated-carbon labels; carbon from a tank-farm vapour-recovery unit "
         "is the new part as far as a search found)", {"importer_country": "EG"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "LB", "262190",
         "Scoria di rame granulata per sabbiatura, nuova, big bag, 25 t", "IT", 25000, None, 1250, "EUR",
         "new copper-slag abrasive is a black, glassy, uniform grit sold in dry bags; these bags hold a used, "
         "dusty, multi-coloured grit full of red-lead and zinc-chromate paint chips and old tank-lining flakes, swept "
         "up after the blasting of crude and gasoline tanks at a Priolo refinery turnaround: spent blasting grit "
         "containing dangerous substances (12 01 16*), hazardous waste whose export to a non-OECD country is banned, "
         "from Augusta to Beirut for a 'shipyard'; Italian wording (spent blasting grit under a "
         "new copper-slag label repeats in several sets, blind139 among them, and under garnet labels in others; kept "
         "as a repeat, refinery tank-blasting grit from Sicily to Lebanon is the new part)",
         {"importer_country": "LB"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "NG", "292219",
         "Geregenereerd MDEA-gaswasmiddel, 50 %, IBC's, 40 t", "BE", 40000, None, 12000, "EUR",
         "reclaimed MDEA is a clear, pale-yellow amine solution with a purity certificate; these IBCs hold a "
         "dark-brown, foaming, rotten-egg-smelling liquid with black sulphide sludge and a hydrocarbon layer, drained "
         "from an Antwerp refinery's sour-gas absorbers before a turnaround: spent, degraded amine with heat-stable "
         "salts and hydrocarbons (05 01 99 with hazardous properties, 16 05 08*), hazardous waste whose export to a "
         "non-OECD country is banned, from Antwerp to Onne for a 'gas plant'; Flemish Dutch wording (spent amine "
         "was found in no earlier row by a keyword search, though MDEA labels repeat on strategic rows)",
         {"importer_country": "NG"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "TG", "841311",
         "Distributeurs de carburant d'occasion, révisés, 12 unités", "FR", 4800, 12, 9600, "EUR",
         "a petrol-station container for Lomé: used fuel dispensers and workshop compressors are what French station "
         "refits ship to West Africa, but the third item's 'condensateurs de puissance, neufs' are 300 old, oily, "
         "rusted capacitors taken out of forecourt transformer kiosks and canopy lighting, labelled 'Pyralène': "
         "capacitors containing PCBs (16 02 09*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration from Le Havre; French wording (PCB capacitors repeat "
         "in several sets; behind fuel dispensers to Togo is the new part as far as a search found)",
         dict({"importer_country": "TG"},
              _more_items=[item("841480", "Compresseurs d'air d'atelier, d'occasion, 8 unités", "FR", 1600, 2400, "EUR", qty=8),
                           item("853210", "Condensateurs de puissance, neufs, 300 pièces", "FR", 2400, 900, "EUR", qty=300)])),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "QA", [], "NL", "842410",
         "أسطوانات إطفاء بالرذاذ المائي مدفوعة بالنيتروجين، 80 لتر، مجددة، 24 أسطوانة", "QA", 2400, 24, 7200, "USD",
         "nitrogen-driven water-mist cylinders hold water under a nitrogen cushion and slosh heavily; these 24 red "
         "cylinders from the control room of a decommissioned Ras Laffan gas-processing train do not slosh like "
         "water, read 42 bar, and their valve plates, painted over, read 'BTM 1301': bromotrifluoromethane (halon "
         "1301), whose import into the Union is banned outside licensed critical uses, by sea from Hamad to "
         "Rotterdam for a fire-equipment trader; Qatari Arabic wording (halon 1301 repeats in many sets under "
         "nitrogen, argon and inert-gas labels, and water-mist labels were found on halon 1211 in two earlier rows, "
         "blind105 and blind146; water-mist cylinders of halon 1301 from a Qatari gas plant are the new part)", firm("Nordhafen Brandbeveiliging BV", "NL")),
        ("OZN-02", "import", "NLAIR01", "air", "IN", [], "NL", "290230",
         "टोल्यूईन, कच्चे तेल के BS&W परीक्षण (ASTM D4007) हेतु, 40 x 2.5 लीटर", "IN", 159, 40, 600, "USD",
         "toluene for the centrifuge water-and-sediment test of crude is a light (0.87 kg/l), flammable, "
         "paint-thinner-smelling solvent; these 40 bottles weigh 1.59 kg/l, do not burn, smell sweet like chloroform "
         "and the Vapi filler's drum label copied onto the packing list reads 'CCl4': carbon tetrachloride, whose "
         "import into the Union is banned outside licensed laboratory uses, flown from Mumbai to Amsterdam for a "
         "Rotterdam cargo-inspection laboratory; Hindi wording (carbon tetrachloride repeats in many sets and "
         "injector-cleaner labels once; a crude-oil BS&W toluene label was found in no earlier row by a keyword "
         "search)", firm("Horizon Petroleum Inspection BV", "NL")),
        ("OZN-03", "import", "ESSEA01", "sea", "CN", [], "ES", "381400",
         "刹车盘清洗剂 (Limpiador de frenos), 气雾罐 500 毫升, 24,000 罐", "CN", 12000, 24000, 14000, "USD",
         "hydrocarbon brake cleaner is an acetone-heptane blend with a propane-butane propellant that flames at the "
         "nozzle; these cans do not flame, hiss a sweet, ether-smelling spray and a head-space test gives "
         "1,1-dichloro-1-fluoroethane: HCFC-141b in aerosols, products containing an ozone-depleting substance whose "
         "import into the Union is banned, by sea from Ningbo to Valencia for a distributor supplying petrol-station "
         "shops; Chinese wording with a Spanish label (HCFC-141b repeats in many sets; a brake-cleaner label on it "
         "was found in no earlier row by a keyword search)", firm("Rivage Automoción SL", "ES")),
        ("OZN-04", "import", "ESROAD01", "road", "MA", [], "ES", "271112",
         "قراعي ديال البروبان للكلارك (الرافعات الشوكية)، 18 كيلو، 120 قرعة", "MA", 2160, 120, 1800, "EUR",
         "forklift propane cylinders hold a light liquid of 0.50 kg/l at about 8 bar and smell of mercaptan at the "
         "valve; these 120 cylinders weigh twice what propane allows for their size, read 9 bar, smell faintly of "
         "ether, do not light and the filler's tags read 'R22': chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, on a trailer through Algeciras for an Almería cold-store and air-conditioning "
         "workshop; Moroccan Darija wording (HCFC-22 repeats in many sets, very often under propane and R-290 "
         "labels; a forklift-cylinder label was found in no earlier row by a keyword search)",
         firm("Central Frío Almería SL", "ES")),
        ("OZN-05", "import", "BGROAD01", "road", "TR", [], "BG", "271119",
         "Aerosol itici gazı A-46 (propan/izobütan), 50 kg tüp, 40 adet", "TR", 2000, 40,
         4000, "EUR",
         "A-46 aerosol propellant is a propane-isobutane mix of 0.55 kg/l that flames readily; these 40 cylinders "
         "hold a liquid of 1.12 kg/l that burns only weakly, and a gas test gives 1-chloro-1,1-difluoroethane: "
         "HCFC-142b, whose import into the Union is banned, in a lorry at Kapitan Andreevo for a Plovdiv aerosol "
         "filler of car-care sprays; Turkish wording (HCFC-142b repeats in several sets, and an A-46 "
         "label once, blind192, on HFC-152a in an ISO tank at the same border; kept as a repeat, HCFC-142b in "
         "cylinders for an aerosol filler is the new part)", firm("Orion Aerozoli EOOD", "BG")),
        ("OZN-06", "import", "ROSEA01", "sea", "CN", [], "RO", "290110",
         "n-Hexane 95 %, for oil-in-water analysis (EPA 1664), 200 x 4 l", "CN", 1250, 200, 3200, "USD",
         "n-hexane is light (0.66 kg/l), highly flammable and smells of petrol; these 200 bottles weigh 1.56 kg/l, "
         "do not burn and the Jiangsu maker's inner caps read 'F-113': 1,1,2-trichlorotrifluoroethane (CFC-113), "
         "whose import into the Union is banned outside licensed laboratory uses, by sea from Shanghai to Constanța "
         "for a Ploiești refinery-effluent laboratory; English wording (CFC-113 for oil-in-water analysis repeats in "
         "two earlier rows, blind87 and blind188, under other solvent labels; kept as a repeat, an n-hexane label was "
         "found in no earlier row by a keyword search)", firm("Vega Laborator SRL", "RO")),
        ("OZN-07", "import", "ITSEA01", "sea", "IL", [], "IT", "381190",
         "Diesel lubricity improver, ester-based, for ULSD, 200 l drums, 20 drums", "IL", 7960, 20, 9000, "USD",
         "an ester lubricity improver is a yellow, oily liquid of 0.92 kg/l that floats on water; these drums weigh "
         "twice what their volume allows (1.99 kg/l), their contents sink, do not burn and smell sweet, and the drum "
         "heads are stamped 'CH2BrCl': bromochloromethane (halon 1011), whose import into the Union is banned "
         "outside licensed feedstock uses, by sea from Haifa to Ravenna for a fuel-additive blending house; English "
         "wording (bromochloromethane repeats in many sets; a diesel-lubricity-improver label was found in no earlier "
         "row by a keyword search)", firm("Meridian Additivi Srl", "IT")),
        ("OZN-08", "export", "DEROAD01", "road", "DE", ["AT", "HU"], "RS", "842139",
         "Gebrauchte Dampfrückgewinnungsanlagen (VRU) für Tanklager, Kondensationstyp, 2 Stück", "DE", 9000, 2, 30000,
         "EUR",
         "vapour-recovery units sold on for reuse are emptied of refrigerant and come with a decommissioning record; "
         "these two condensation-type units from a Karlsruhe fuel terminal still carry their full original "
         "refrigeration charge, about 45 kg of HCFC-22 each, with R22 on the compressor plates: equipment containing "
         "HCFCs, whose export from the Union is banned (Regulation 2024/590), on a lorry through Austria and Hungary "
         "to a Novi Sad tank-farm operator; German wording (R-22 equipment for export repeats in many sets; a "
         "fuel-terminal vapour-recovery unit was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("OZN-09", "import", "CYSEA01", "sea", "AE", [], "CY", "271019",
         "Motor oil 5W-30, fully synthetic, 4 l cans, 1,200 cans", "AE", 4300, 1200, 9600, "USD",
         "a car-accessory container for a Limassol chain of petrol-station shops: engine oil and wiper blades are "
         "what Jebel Ali traders send to Cyprus, but the third item's 'A/C system leak sealant' cartons hold 200 "
         "non-refillable 13.6 kg cylinders that read 'R-134a': HFC-134a in non-refillable containers, whose placing "
         "on the Union market is banned and whose import needs quota and registration under Regulation 2024/573, "
         "hidden as the last item of a three-item declaration, by sea from Jebel Ali to Limassol; English wording "
         "(HFC-134a in disposable cylinders repeats in many sets; behind motor oil and wiper blades for petrol-station "
         "shops is the new part as far as a search found)",
         dict(firm("Delta Petroleum Retail Ltd", "CY"),
              _more_items=[item("851240", "Windscreen wiper blades, flat, assorted, 3,000 pcs", "CN", 600, 4500, "USD", qty=3000),
                           item("382499", "A/C system leak sealant, 200 cartons", "CN", 2800, 1000, "USD", qty=200)])),
        ("OZN-10", "transit", "SISEA01", "sea", "CN", ["SI"], "RS", "271112",
         "Liquefied petroleum gas, propane, 1 ISO tank, 20 t", "CN", 20000, 1, 14000, "USD",
         "a propane ISO tank landed at Koper for a Belgrade LPG bottler: propane of 0.50 kg/l would fill a tank of "
         "this size with about 11 t, but this one holds 20 t of a liquid of 1.19 kg/l, its tank plate is rated for "
         "refrigerants, not LPG, and the sample valve gives pentafluoroethane: HFC-125 moved through the Union under "
         "a false identity, without the licence and registration Regulation 2024/573 requires, in transit from "
         "Tianjin to Serbia; English wording (HFCs under LPG labels repeat in a few sets, HFC-125 as LPG once, in "
         "blind156; kept as a repeat, a transit through Koper is the new part)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "import", "GBSEA01", "sea", "IQ", [], "GB", "843143",
         "Used drill collars and stabilisers, returned from Rumaila field service, 14 pcs", "GB", 16000, 14, 42000,
         "USD",
         "an oilfield-services container returning from Basra to Aberdeen: used drill collars and mud-pump spares "
         "are what service companies bring home, but the third item's 'geological core samples' are 38 unbaked clay "
         "tablets and inscribed clay cones in cuneiform, packed in wooden core boxes, from the looted mounds of Umma "
         "and Tell Jokha in Dhi Qar: Sumerian and Old Babylonian archaeological objects illegally removed from Iraq, "
         "whose import the United Kingdom forbids (Iraq sanctions order), hidden as the last item of a three-item "
         "declaration; English wording (cuneiform tablets repeat in many sets, and a core-sample "
         "label once, blind197, on vibrocores from a cable survey; as rock core samples behind returned drilling tools "
         "from Iraq is the new part)",
         dict(firm("Atlantic Oilfield Services Ltd", "GB"),
              _more_items=[item("841391", "Mud-pump spares (liners, pistons), used, 60 pcs", "GB", 1800, 3000, "USD", qty=60),
                           item("253090", "Geological core samples in core boxes, no commercial value, 12 boxes", "IQ", 160, 50, "USD", qty=12)])),
        ("CUL-02", "import", "MTSEA01", "sea", "LY", [], "MT", "732690",
         "حاضنة إطلاق كاشطات الأنابيب (pig launcher) مستعملة، للتجديد، 2 قطعة", "LY", 5200, 2, 6000, "USD",
         "a used pipeline pig launcher is an empty steel barrel with a quick-opening door; these two barrels from a "
         "Sirte-basin oil terminal were packed with straw around a life-size marble female head with a veil and a "
         "Hellenistic portrait bust with root marks and fresh soil, dug from the necropolis of Cyrene: funerary "
         "sculpture illegally removed from Libya, whose import into the Union Regulation 2019/880 forbids, by sea "
         "from Ras Lanuf to Marsaxlokk for a 'pipeline repair' yard; Libyan Arabic wording (Cyrenaican funerary "
         "busts repeat in several sets and wellhead equipment once, in blind188; a pig-launcher cover was found in "
         "no earlier row by a keyword search)", firm("Vega Pipeline Services Ltd", "MT")),
        ("CUL-03", "import", "GBAIR01", "air", "NG", [], "GB", "848180",
         "Used bronze gate valves, 2 inch, from flow-station refit, for scrap, 30 kg", "NG", 30, 12, 90, "GBP",
         "used bronze gate valves are grey-green, sand-cast bodies with handwheels and threaded ends; these are "
         "twelve cast-brass figures and a plaque with a warrior, a leopard and court officials in high relief, with "
         "clay cores still inside and a patina of centuries, taken from a Benin City shrine: Edo brass castings, "
         "antiquities whose export Nigeria forbids without a permit of its Commission for Museums and Monuments, "
         "flown from Port Harcourt to London for a dealer; Nigerian English wording (Benin and Ife brasses repeat in "
         "several sets; a gate-valve scrap label was found in no earlier cultural row by a keyword search)",
         firm("Orion Tribal Arts Ltd", "GB")),
        ("CUL-04", "import", "DEAIR01", "air", "KZ", [], "DE", "711719",
         "Мұнай компаниясының сыйлық төсбелгілері, жезден, алтын жалатылған, 40 дана", "KZ", 1.2, 40, 400, "USD",
         "gilded brass corporate badges are stamped, pin-backed and all alike; these 40 are hammered gold plaques "
         "and appliqués in the animal style, deer with folded legs, griffins and snow leopards, with tiny sewing holes "
         "and soil in the recesses, dug from Saka kurgans in the Altai and Zhetysu: archaeological objects "
         "illegally removed from Kazakhstan, brought in without the import licence Regulation 2019/880 requires, "
         "flown from Atyrau to Frankfurt for a collector; Kazakh wording (Scythian and Saka gold repeats in a few "
         "sets; an oil-company badge label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("CUL-05", "import", "FRAIR01", "air", "DZ", [], "FR", "253090",
         "Roses des sables, souvenirs du Sahara (Hassi Messaoud), 30 kg", "DZ", 30, None, 120, "EUR",
         "desert roses are rosettes of pink-brown gypsum crystals sold by the kilo in southern Algeria; these 30 kg "
         "are polished Neolithic stone axes, grinding stones, ostrich-eggshell beads and hundreds of finely pressure-"
         "flaked arrowheads of the Tenerian, picked up around oilfield camps: archaeological objects illegally "
         "removed from Algeria, which forbids their export, brought in without an import licence, flown from Hassi "
         "Messaoud to Lyon by an oilfield worker for sale; Algerian French wording (desert-rose labels were found "
         "twice, on wildlife rows, and Saharan prehistoric objects in a few sets; a desert-rose cover on them is the "
         "new part as far as a search found)", person("M. T. Dubois", "FR")),
        ("CUL-06", "import", "ESAIR01", "air", "EC", [], "ES", "382290",
         "Muestras de suelo para análisis de hidrocarburos (TPH), Sucumbíos, 12 neveras", "EC", 140, 12, 300, "USD",
         "soil samples for hydrocarbon analysis travel as small labelled jars of earth in cool boxes with a chain of "
         "custody form; these twelve cool boxes hold earth-filled bags around painted polychrome urn fragments, "
         "anthropomorphic lids and bowls of the Napo tradition, from the Amazon oil blocks of Sucumbíos: "
         "pre-Columbian archaeological objects illegally removed from Ecuador, brought in without the licence "
         "Regulation 2019/880 requires, flown from Quito to Madrid for a gallery; Ecuadorian Spanish wording (Napo "
         "ceramics repeat in a few sets; a soil-sample cover was found in no earlier row by a keyword search)",
         firm("Meridian Arte Precolombino SL", "ES")),
        ("CUL-07", "export", "FRSEA01", "sea", "FR", [], "US", "841311",
         "Pompes à essence anciennes, années 1930-1950, restaurées, 6 unités", "FR", 1800, 6, 24000, "EUR",
         "a petroliana container for a Texas collector: restored 1930s petrol pumps and enamel oil-company signs are "
         "what French dealers ship to American collectors, but the third item's 'panneau de chêne sculpté, décoratif' "
         "is a carved oak choir-stall cheek with a prophet under a Flamboyant canopy, worm holes and old repairs, "
         "cut from a Norman abbey church: a sculpture over 50 years old above the value threshold, exported without "
         "the licence of Regulation 116/2009 and the French certificate, hidden as the last item of a three-item "
         "declaration, from Le Havre to Houston; French wording (choir stalls repeat in a few sets; behind vintage "
         "petrol pumps and enamel signs was found in no earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("831000", "Plaques émaillées publicitaires anciennes (huiles, carburants), 40 pièces", "FR", 320, 8000, "EUR", qty=40),
                           item("442199", "Panneau de chêne sculpté, décoratif, 1 pièce", "FR", 45, 400, "EUR", qty=1)])),
        ("CUL-08", "import", "ITAIR01", "air", "VE", [], "IT", "691390",
         "Pisapapeles de cerámica, recuerdo de la Faja del Orinoco, 20 piezas", "VE", 6, 20, 80, "USD",
         "souvenir ceramic paperweights are glazed, mould-made and identical; these twenty are hand-modelled, "
         "unglazed female figurines with wide heads, coffee-bean eyes and incised ornament, with soil and root marks, "
         "of the Valencia-lake (Tacarigua) tradition: pre-Columbian archaeological objects illegally removed from "
         "Venezuela, brought in without the licence Regulation 2019/880 requires, flown from Caracas to Rome for a "
         "private buyer; Venezuelan Spanish wording (pre-Columbian figurines repeat in many sets; Tacarigua figures "
         "under a paperweight label were found in no earlier row by a keyword search)",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-09", "import", "BEAIR01", "air", "GA", [], "BE", "442090",
         "Statuettes en bois sculpté, artisanat de Port-Gentil, 3 pièces", "GA", 9, 3, 150, "EUR",
         "new Gabonese craft statuettes are light, fresh-cut, boot-polish-black wood; these three are heavy, "
         "oily, crusted reliquary guardian heads and figures with brass eyes, worn by handling and cut from their "
         "bark boxes: Fang byeri figures of the 19th century, cultural property whose export Gabon forbids without "
         "a permit, flown from Port-Gentil to Brussels by an oil-terminal employee for a dealer; Gabonese French "
         "wording (Fang figures were found once, blind64; kept as a repeat, from Port-Gentil to Brussels is the new "
         "part)", firm("Central Arts Premiers SA", "BE")),
        ("CUL-10", "export", "ROROAD01", "road", "RO", [], "RS", "271220",
         "Parafină rafinată, plăci, 20 t", "RO", 20000, None, 24000, "EUR",
         "a wax lorry at Moravița: slabs of refined paraffin from Ploiești are an ordinary export, but three "
         "pallets in the middle hold, cast inside paraffin blocks, a Byzantine processional cross, two "
         "post-Byzantine icons on panel and a gilt silver chalice from a Wallachian monastery, found on X-ray: "
         "cultural goods over 100 years old, Romanian movable heritage exported without the licence of Regulation "
         "116/2009 and the Romanian export certificate; Romanian wording (church silver and icons repeat in many "
         "sets; cast into paraffin blocks was found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
    ],
    "strategic": [
        ("STR-01", "import", "NLSEA01", "sea", "IN", [], "NL", "271019",
         "Gasoil 10 ppm sulphur (EN 590), refined at Jamnagar, Indian origin, 1 tanker, 35,000 t", "IN", 35000000,
         None, 24500000, "USD",
         "EN 590 diesel from an Indian export refinery is lawful if its crude was not Russian; this cargo's refinery "
         "certificate names a crude slate of Urals and Varandey grades bought in the month of loading, and the "
         "refinery's Russian intake that month covers the whole export run: a refined product obtained from Russian "
         "crude in a third country, whose import into the Union Regulation 833/2014 forbids, by sea from Sikka to "
         "Rotterdam; English wording (Russian products under third-country origin repeat in many sets and gasoil in "
         "a few; Indian refined diesel from Russian crude was found in no earlier row by a keyword search)",
         firm("Atlantic Fuels Trading BV", "NL")),
        ("STR-02", "import", "PLRAIL01", "rail", "KG", ["KZ", "RU", "BY"], "PL", "271220",
         "Парафин нефтяной полностью очищенный, гранулы, происхождение Кыргызстан, 12 вагонов", "KG", 720000, 12,
         864000, "USD",
         "Kyrgyzstan has no refinery that makes fully refined paraffin; these twelve wagons were loaded at a Volgograd "
         "refinery's wax plant (Russian wagon numbers and its bag printing under the Kyrgyz overprint) with a Kyrgyz "
         "certificate of origin issued after a stop at Kant: Russian petroleum wax, whose import into the Union "
         "Regulation 833/2014 forbids, by rail through Kazakhstan, Russia and Belarus to Małaszewicze for a candle "
         "maker; Russian wording from Kyrgyzstan (Russian goods under Central Asian origin repeat in many sets and "
         "paraffin labels in a few; Russian paraffin with Kyrgyz papers was found in no earlier row by a keyword "
         "search)", firm("Nordhafen Świece Sp. z o.o.", "PL")),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "TR", "284210",
         "Moleculaire zeef 4A, droogmiddel, vaten, 12 t", "NL", 12000, None, 14400, "EUR",
         "4A molecular sieve is a cheap, beige, bead-shaped desiccant at about 1 EUR/kg; these drums hold "
         "grey-green, trilobe extrudates in sealed, nitrogen-blanketed drums at a true price of 40 EUR/kg, nickel and "
         "tungsten on alumina-silica, for a Mersin trader whose forwarding order names a refinery in Tatarstan: "
         "hydrocracking catalyst, refining goods whose sale for use in Russia Regulation 833/2014 forbids, by sea "
         "from Rotterdam; Dutch wording (molecular-sieve labels repeat on waste rows; a hydrocracking catalyst under "
         "a desiccant label was found in no earlier strategic row by a keyword search)", {"importer_country": "TR"}),
        ("STR-04", "import", "GRSEA01", "sea", "KZ", [], "GR", "271012",
         "Νάφθα ελαφριά, από συμπύκνωμα CPC, προέλευσης Καζακστάν, 30.000 τ.", "KZ", 30000000, None, 19500000,
         "USD",
         "light naphtha made from CPC condensate loads at Novorossiysk with Kazakh papers and is lawful; this "
         "cargo came over ship to ship in the Laconian Gulf from a tanker whose AIS went dark off Tuapse, its assay "
         "matches Tuapse refinery naphtha and not CPC, and the Kazakh certificate names no Kazakh producer: Russian "
         "naphtha, whose import into the Union Regulation 833/2014 forbids, by sea to Aspropyrgos for a petrochemical "
         "buyer; Greek wording (naphtha repeats in several sets and a CPC origin claim "
         "once, blind179, on crude; CPC-condensate naphtha after a ship-to-ship transfer is the new part as far as a "
         "search found)", firm("Delta Petrochimika AE", "GR")),
        ("STR-05", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR"], "IQ", "841950",
         "Deskové výměníky tepla pro předávací stanice dálkového vytápění, 8 ks", "CZ", 9600, 8, 96000, "EUR",
         "district-heating plate exchangers are stainless units of a few hundred kilograms for water at 120 °C; "
         "these eight are 1.2 t titanium-plate exchangers rated for 40 bar and sour hydrocarbon service, for an Erbil "
         "trader whose end-user letter names an ethylene plant at Bandar Imam: key equipment for the Iranian "
         "petrochemical industry, whose sale Regulation 267/2012 forbids, on lorries through the Balkans and "
         "Türkiye to Iraq; Czech wording (heat exchangers for Iran repeat in a few sets and a district-heating label "
         "once; titanium exchangers for an Iranian ethylene plant via Erbil are the new part as far as a search "
         "found)", {"importer_country": "IQ"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "EG", "292219",
         "Neutralisationsamin für Kopfsystem der Rohöldestillation, 40 Fässer", "DE", 7200, 40, 21600, "EUR",
         "a crude-unit overhead neutralising amine is a blended, light-yellow solution of methoxypropylamine or "
         "morpholine in water; these drums hold a single, pure, colourless amine of 0.83 kg/l with a fishy smell "
         "whose drum heads read CAS 96-80-0: 2-(diisopropylamino)ethanol (CWC Schedule 2B11, dual-use 1C350), "
         "exported without the licence Regulation 2021/821 requires to Egypt, a State not party to the convention, "
         "from Hamburg to Alexandria for a 'refinery chemicals' trader; German wording (diisopropylaminoethanol "
         "repeats in many sets; a neutralising-amine label was found in no earlier row by a keyword search)",
         {"importer_country": "EG"}),
        ("STR-07", "export", "SIAIR01", "air", "SI", [], "TR", "820719",
         "Diamantne kronske vrtalne krone za beton, 60 kosov", "SI", 1100, 60, 9000, "EUR",
         "diamond core bits for concrete are thin-walled tubes with segments on the rim, bought at 150 EUR each; "
         "these 60 are 8½-inch matrix-body PDC drill bits with cutters on blades, nozzles and API pin connections, "
         "worth 15,000 EUR each, for an Istanbul trader whose buyer drills in western Siberia: oil-exploration "
         "goods whose sale for use in Russia Regulation 833/2014 forbids, flown from Ljubljana to Istanbul; "
         "Slovenian wording (PDC bits were found in two earlier strategic rows, blind60 and blind76; kept as a "
         "repeat, a concrete-core-bit label was found in no earlier row by a keyword search)",
         {"importer_country": "TR"}),
        ("STR-08", "export", "LTAIR01", "air", "LT", [], "AM", "382000",
         "Langų ploviklio koncentratas, žieminis, 200 l statinės, 10 vnt.", "LT", 1800, 10, 2400, "EUR",
         "windscreen-washer concentrate is a blue, alcohol-smelling liquid at 1 EUR a litre; these drums hold a "
         "clear, faintly sweet liquid labelled underneath 'DiEGME fuel system icing inhibitor' and two 20 l cans of "
         "a static-dissipator additive, worth thirty times the declared value, for a Yerevan firm that supplies "
         "aircraft operators flying Russian routes: aviation fuel additives, whose export to Russia and for use there "
         "Regulation 833/2014 forbids, flown from Vilnius; Lithuanian wording (DiEGME repeats in three earlier rows, "
         "one of them, blind104, under a washer-concentrate label; kept as a repeat, the static-dissipator additive "
         "and the route through Yerevan are the new part)", {"importer_country": "AM"}),
        ("STR-09", "import", "ITSEA01", "sea", "TR", [], "IT", "271490",
         "Doğal asfalt (gilsonit), sondaj çamuru katkısı, Türk menşeli, 1 ton big bag, 200 adet", "TR", 200000, 200,
         90000, "USD",
         "Turkish natural asphalt exists only in small deposits; these 200 bags carry the lot marks of a Kermanshah "
         "gilsonite mine under the Turkish printing, the inner liners are in Persian and the Mersin 'processor' is a "
         "warehouse with no mill: Iranian natural bitumen, a petroleum product whose import into the Union "
         "Regulation 267/2012 forbids, by sea from Mersin to Ravenna for a drilling-fluid supplier; Turkish wording "
         "(Iranian bitumen repeats in several sets; Iranian gilsonite under Turkish origin was found in no earlier "
         "row by a keyword search)", firm("Alpina Fluidi di Perforazione Srl", "IT")),
        ("STR-10", "export", "BGSEA01", "sea", "BG", [], "GE", "841311",
         "Горивораздавателни колонки, нови, 10 бр.", "BG", 3000, 10, 60000, "EUR",
         "a petrol-station fit-out container for Poti: fuel dispensers and card terminals are what Varna dealers send "
         "to Georgian station chains, but the third item's 'резервни части за колонки, електроника' are six "
         "measurement-while-drilling tool strings, mud-pulse telemetry and directional sensor modules, for a Tbilisi "
         "firm whose buyer drills in Russia: oil-exploration goods whose sale for use in Russia Regulation 833/2014 "
         "forbids, hidden as the last item of a three-item declaration, from Varna; Bulgarian wording (MWD tools "
         "were found twice, in blind188; kept as a repeat, behind fuel dispensers to Georgia is the new part)",
         dict({"importer_country": "GE"},
              _more_items=[item("847050", "Платежни терминали за бензиностанции, 20 бр.", "BG", 100, 6000, "EUR", qty=20),
                           item("841391", "Резервни части за колонки, електроника, 6 комплекта", "BG", 420, 1800, "EUR", qty=6)])),
    ],
    "wildlife": [
        ("WLF-01", "transit", "BESEA01", "sea", "NG", ["BE"], "VN", "252530",
         "Mica flakes, coarse, lost-circulation material for drilling fluids, 25 kg bags, 640 bags", "NG", 16000, 640,
         8000, "USD",
         "coarse mica flakes are thin, glittering, silver-brown sheets that split under a fingernail; these bags "
         "hold curved, overlapping, keratin scales with ridged bases that smell of horn when burnt: pangolin scales "
         "(Manis and Phataginus, CITES App. I) without CITES documents, landed at Antwerp in transit from Onne to "
         "Hai Phong; Nigerian English wording (pangolin scales repeat in many sets; a drilling-mud mica label was "
         "found in no earlier row by a keyword search)", {"importer_country": "VN"}),
        ("WLF-02", "import", "DEAIR01", "air", "TM", [], "DE", "270900",
         "Nebit nusgalary, barlag üçin, 0,5 l gaplar, 60 sany", "TM", 30, 60, 60, "USD",
         "crude-oil samples travel in lined steel cans with a hazard label and a sampling certificate; these 60 "
         "cans, sealed with tape, hold large, glossy, grey-black eggs that roll apart and smell of the sea, with no "
         "CITES label: wild Caspian sturgeon caviar (Acipenseriformes, CITES App. II) without CITES documents or the "
         "universal label, flown from Ashgabat to Frankfurt for a delicatessen owner; Turkmen wording (caviar repeats "
         "in many sets and a grease-tin cover once, blind188; a crude-oil-sample cover was found in no earlier row by "
         "a keyword search)", person("Lena Wagner", "DE")),
        ("WLF-03", "import", "PTSEA01", "sea", "MZ", [], "PT", "730429",
         "Tubagem de aço usada (casing), devolução de projecto de GNL de Afungi, 60 t", "MZ", 60000, None, 30000,
         "USD",
         "a returning LNG-project container from Pemba: used casing is what contractors bring back to Lisbon, but "
         "the second item's 'calços de madeira (dunnage), pinho' are 8 t of heavy, purple-black, fine-grained billets "
         "that sink in water, not pine at all: African blackwood (Dalbergia melanoxylon, CITES App. II) without "
         "CITES documents, cut in Cabo Delgado, hidden as the second item of a two-item declaration, by sea to "
         "Lisbon; Mozambican Portuguese wording (African blackwood repeats in many sets; as pipe dunnage behind "
         "returned casing was found in no earlier row by a keyword search)",
         dict(firm("Atlantic Engenharia Lda", "PT"),
              _more_items=[item("440711", "Calços de madeira (dunnage), pinho, 8 t", "MZ", 8000, 400, "USD")])),
        ("WLF-04", "import", "ITSEA01", "sea", "ID", [], "IT", "392690",
         "Sarung setir mobil kulit sintetis PU, motif ular, 2.000 buah", "ID", 1400, 2000, 3000, "USD",
         "PU steering-wheel covers are moulded synthetic rings with a printed snake pattern; these 2,000 are sewn "
         "from real, scaled reptile skin with a keratin sheen and irregular scale rows, and a bale of 300 whole "
         "tanned skins lies under them: reticulated python (Malayopython reticulatus, CITES App. II) without CITES "
         "documents, by sea from Surabaya to Genoa for a distributor of car accessories to petrol stations; "
         "Indonesian wording (python skins repeat in many sets; a steering-wheel-cover label was found in no earlier "
         "row by a keyword search)", firm("Rivage Accessori Auto Srl", "IT")),
        ("WLF-05", "import", "CZAIR01", "air", "ZA", [], "CZ", "271490",
         "Gilsoniet (natuurlike asfalt), boorvloeistof-bymiddel, monsters, 2 dromme", "ZA", 60, 2, 300, "USD",
         "gilsonite is a brittle, glossy black bitumen that melts and smells of tar on a hot needle; the two drums "
         "hold black granules around four heavy, fibrous, grey-brown cones that smell of burnt hair under a hot "
         "needle and are not bitumen at all: rhinoceros horn (CITES App. I) without CITES documents, flown from "
         "Johannesburg to Prague for a trader; Afrikaans wording (rhino horn repeats in many sets, in grease once or "
         "twice; a gilsonite cover was found in no earlier wildlife row by a keyword search)",
         firm("Orion Drilling Supplies s.r.o.", "CZ")),
        ("WLF-06", "import", "PLAIR01", "air", "KZ", [], "PL", "392690",
         "Протекторы резьбы для НКТ, полиамидные, 400 шт.", "KZ", 90, 400, 800, "USD",
         "polyamide thread protectors are moulded, threaded plastic caps in bright colours; these 400 are amber, "
         "translucent, ribbed horns with a hollow base and a solid tip, warm to the touch and smelling of horn when "
         "drilled: saiga antelope horns (Saiga tatarica, CITES App. II with a zero export quota) without CITES "
         "documents, flown from Atyrau to Warsaw for a Chinese-medicine supplier; Russian wording from Kazakhstan "
         "(saiga horn repeats in many sets; a thread-protector label was found in no earlier row by a keyword "
         "search)", firm("Vega Import Sp. z o.o.", "PL")),
        ("WLF-07", "import", "DEAIR01", "air", "PG", [], "DE", "380210",
         "Activated carbon pellets, long bilong filta bilong ol petrol stesin, 40 kg", "PG", 40, None, 200, "USD",
         "activated carbon for fuel-vapour filters is uniform, matt-black pellets that stain the fingers; these 40 kg "
         "are dark, resin-streaked, heavy wood chips that sink in water and give off a deep, sweet oud smell when "
         "warmed: agarwood (Gyrinops, CITES App. II) without CITES documents, flown from Port Moresby to Frankfurt "
         "for a perfume trader; Tok Pisin wording (agarwood repeats in many sets, Gyrinops in a few and Tok "
         "Pisin wording on agarwood once, blind196; an activated-carbon label was found in no earlier agarwood row by "
         "a keyword search)",
         firm("Central Duftstoffe GmbH", "DE")),
        ("WLF-08", "import", "FRAIR01", "air", "SN", [], "FR", "030559",
         "Kéthiakh (poisson séché-fumé), colis familial, 12 kg", "SN", 12, None, 60, "EUR",
         "kethiakh is smoked and dried sardinella, oily, brown and pungent; this parcel holds under a top layer of "
         "fish 6 kg of dried, curled seahorses, grey and ridged: Hippocampus (CITES App. II, with trade from Senegal "
         "suspended) without CITES documents, flown from Dakar to Paris for a Chinese-medicine trader; Senegalese "
         "French wording (seahorses repeat in many sets under dried-fish labels; a kethiakh label was found in no "
         "earlier row by a keyword search)", person("Sophie Bernard", "FR")),
        ("WLF-09", "import", "BESEA01", "sea", "CM", [], "BE", "140490",
         "Fibres végétales pour colmatage des pertes de circulation (boues de forage), sacs 25 kg, 20 t", "CM", 20000,
         800, 6000, "EUR",
         "cellulose lost-circulation fibre is pale, fluffy, shredded wood or cotton fibre; these sacks hold "
         "red-brown, bitter-smelling, curled strips and chips of bark with lichen on the outer face: Prunus africana "
         "bark (CITES App. II) without CITES documents, by sea from Douala to Antwerp for a herbal-extract maker; "
         "Cameroonian French wording (Prunus africana repeats in several sets under cinchona-bark labels; a "
         "drilling-fluid fibre label was found in no earlier row by a keyword search)",
         firm("Meridian Extraits SA", "BE")),
        ("WLF-10", "import", "FRAIR01", "air", "CG", [], "FR", "392690",
         "Bagues en PTFE pour pompes de transfert, 40 kg", "CG", 40, 120, 400, "EUR",
         "PTFE pump bushings are waxy, uniform, bright-white, machined rings that feel greasy; these 120 rings and "
         "blanks are creamy, slightly yellowed, with criss-cross Schreger lines on the end faces and no waxy feel: "
         "elephant ivory (Loxodonta cyclotis, CITES App. I) without CITES documents, flown from Pointe-Noire to Paris "
         "for a carver; Congolese French wording (ivory repeats in many sets; a PTFE-bushing label was found in no "
         "earlier row by a keyword search)", firm("Horizon Industries SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PTAIR01", "express", "BR", "PT", "290420",
     "Nitromethane 98 %, 4 x 1 l, for a licensed private user (model-engine racing)", "BR", 4.6, 4, 240, "BRL",
     [("PRECURSOR_LICENCE", "PT-PSP-63-0214")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATPOST01", "post", "CH", "AT", "284700",
     "Hydrogen peroxide 35 %, 3 x 1 l, for a licensed private user (home water treatment)", "CH", 3.5, 3, 45, "CHF",
     [("PRECURSOR_LICENCE", "AT-BMI-63-0097")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "271099",
     "Tank-bottom sludges (05 01 03*) from a Basel fuel depot, for treatment at a licensed plant, 22 t", "CH", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-63-0331")], "notified tank-bottom sludge to a licensed treatment plant"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "382590",
     "Spent refinery filter clays (05 01 15*), for recovery at a licensed plant, 40 t", "NO", 40000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-63-0118")], "notified spent filter clay to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "QA", "NL", "290376",
     "Halon 1301 recovered from a decommissioned gas plant, 24 cylinders, for reclamation and critical uses", "QA",
     2400, 24, 0, "USD", [("ODS_LICENCE", "NL-ILT-ODS-63-012")], "recovered halon 1301 imported under licence for reclamation"),
    ("PRM-06", "ozone", "import", "NLAIR01", "air", "IN", "NL", "290314",
     "Carbon tetrachloride, analytical grade, 10 x 500 ml, for essential laboratory use", "IN", 8, 10, 400, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-63-027")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRSEA01", "sea", "FR", "US", "970310",
     "Carved oak choir-stall cheek, Normandy, c. 1500, documented French collection since 1921", "FR", 45, 1, 85000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-63-0402")], "sculpture exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ROROAD01", "road", "RO", "RS", "970191",
     "Post-Byzantine icon, Saint Nicholas, tempera on panel, Wallachia, 18th century, sold at auction", "RO", 6, 1,
     30000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "RO-MC-EXP-63-0077")],
     "icon exported with the EU export licence and the Romanian certificate"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "292219",
     "2-(Diisopropylamino)ethanol, 4 drums, for an Indian pharmaceutical intermediate maker", "DE", 720, 4, 9600,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-63-1142"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-63-0388")],
     "Schedule 2 amino alcohol under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "SA", "852589",
     "Cooled thermal-imaging cameras for refinery flare and furnace monitoring, 6 units", "NL", 60, 6, 180000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-63-0529"), ("END_USER_CERTIFICATE", "SA-MOI-EUC-63-0041")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "TR", "DE", "160432",
     "Caviar of farmed Russian sturgeon (Acipenser gueldenstaedtii), 30 x 500 g, with the CITES label", "TR", 15, 30,
     12000, "EUR", [("CITES_PERMIT", "TR-CITES-63-0265")], "App. II farmed caviar with its export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "ID", "IT", "410691",
     "Reticulated python skins, tanned, 300 skins, under the Indonesian quota", "ID", 600, 300, 36000, "USD",
     [("CITES_PERMIT", "ID-KLHK-63-1187")], "App. II python skins with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-04": "Horizon Recycling BV",
    "PRM-06": "Horizon Petroleum Inspection BV", "PRM-11": "Alpina Feinkost GmbH", "PRM-12": "Rivage Pelli Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most of them the ordinary
    # supplies of refineries, fuel and lubricant distributors, petrol stations, blenders and drilling suppliers
    ("381190", "Diesel cold-flow improver, winter additive, 1 l", "import", ["express"], ["US", "BR"], (10, 20), (1, 4), ["USD", "EUR"], 1, S),
    ("381900", "DOT 4 brake fluid, 1 l bottles", "import", ["sea"], ["TR", "CN"], (2, 4), (8000, 16000), ["USD", "EUR"], 1, S),
    ("290511", "Methanol, IMPCA grade, bulk", "import", ["sea"], ["TT", "OM"], (0.3, 0.5), (20000, 24000), ["USD"], None, S),
    ("291713", "Sodium sebacate, coolant corrosion inhibitor, 25 kg", "import", ["sea"], ["TH", "CN"], (3, 6), (3000, 8000), ["USD"], 0.04, S),
    ("282520", "Lithium hydroxide monohydrate, technical, for grease making", "import", ["sea"], ["AR", "CL", "CN"], (10, 18), (5000, 15000), ["USD"], None, S),
    ("390461", "PTFE micropowder, lubricant additive, 500 g", "import", ["express"], ["KR", "JP"], (20, 40), (1, 3), ["USD"], 2, S),
    ("291512", "Sodium formate, drilling-fluid grade, 25 kg sacks", "import", ["road"], ["TR"], (0.5, 0.9), (15000, 22000), ["EUR", "USD"], 0.04, S),
    ("283620", "Dense soda ash, 25 kg sacks", "import", ["road"], ["RS", "TR"], (0.25, 0.4), (18000, 24000), ["EUR"], 0.04, S),
    ("271019", "Inhibited transformer oil, 20 l cans", "import", ["road"], ["MK", "RS"], (1.5, 2.5), (10000, 20000), ["EUR"], 0.05, S),
    ("220720", "Fireplace bioethanol, fully denatured, 1 l", "import", ["post"], ["CH", "GB"], (4, 8), (1, 4), ["CHF", "GBP"], 1, S),
    ("253090", "Natural zeolite (clinoptilolite), big bags", "export", ["road"], ["ME", "RS"], (0.1, 0.3), (18000, 24000), ["EUR"], None, S),
    ("270799", "Carbon-black feedstock oil, certified", "export", ["road"], ["RS"], (0.4, 0.6), (20000, 24000), ["EUR"], None, S),
    ("250810", "API bentonite for drilling fluids, big bags", "export", ["sea"], ["AO", "NG"], (0.15, 0.3), (20000, 26000), ["EUR"], None, S),
    ("381121", "Engine-oil additive package, ISO tank", "export", ["sea"], ["LY", "TR"], (2.5, 4), (18000, 22000), ["EUR"], None, S),
    ("271290", "Anti-corrosion underbody wax, 200 l drums", "export", ["sea"], ["NG", "GH"], (2, 4), (4000, 10000), ["GBP", "EUR"], None, S),
    ("250510", "Frac sand, 20/40 mesh, big bags", "export", ["road"], ["UA", "MD"], (0.08, 0.15), (22000, 25000), ["EUR"], None, S),
    ("380210", "Activated carbon pellets, new, for water filters", "export", ["sea"], ["EG", "MA"], (1.5, 3), (8000, 18000), ["EUR"], None, S),
    ("262190", "Copper-slag blasting abrasive, new, dry", "export", ["sea"], ["LB", "TN"], (0.08, 0.15), (20000, 25000), ["EUR"], None, S),
    ("292219", "Reclaimed MDEA gas-treating solvent, with certificate", "export", ["sea"], ["NG", "DZ"], (1.5, 2.5), (15000, 22000), ["EUR"], None, S),
    ("841311", "Fuel dispensers, new, for petrol stations", "export", ["sea"], ["TG", "CI"], (15, 25), (3000, 8000), ["EUR"], 0.003, S),
    ("290230", "Toluene, ACS reagent, 2.5 l", "import", ["air"], ["IN", "US"], (3, 6), (100, 500), ["USD"], 0.25, S),
    ("381400", "Hydrocarbon brake cleaner aerosols, 500 ml", "import", ["sea"], ["CN", "TR"], (1.5, 3), (8000, 14000), ["USD"], 2, S),
    ("271112", "Forklift propane cylinders, 18 kg, filled", "import", ["road"], ["MA", "TR"], (1.2, 2), (2000, 5000), ["EUR"], 0.05, S),
    ("271119", "A-46 aerosol propellant (propane/isobutane)", "import", ["road"], ["TR"], (1.2, 2), (3000, 8000), ["EUR"], None, S),
    ("290110", "n-Hexane 95 %, HPLC grade, 4 l", "import", ["sea"], ["CN", "IN"], (2, 4), (1000, 4000), ["USD"], 0.15, S),
    ("381190", "Diesel lubricity improver, ester-based, drums", "import", ["sea"], ["IL", "US"], (3, 5), (8000, 16000), ["USD"], None, S),
    ("842139", "Vapour-recovery units, activated-carbon type, new", "export", ["road"], ["RS", "BA"], (20, 40), (2000, 6000), ["EUR"], 0.0003, S),
    ("271019", "Motor oil 5W-30, fully synthetic, 4 l cans", "import", ["sea"], ["AE", "SG"], (2, 3.5), (10000, 20000), ["USD"], 0.25, S),
    ("843143", "Used drill collars, returned from field service", "import", ["sea"], ["IQ", "AE"], (2, 5), (10000, 20000), ["USD"], None, S),
    ("848180", "Bronze gate valves, 2 inch, new", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 8000), ["USD"], 0.5, S),
    ("711719", "Gilded brass lapel badges, corporate gifts", "import", ["post"], ["KZ", "TR"], (30, 60), (1, 2), ["USD", "EUR"], 40, S),
    ("253090", "Desert roses (gypsum rosettes), souvenirs", "import", ["post"], ["DZ", "MA", "TN"], (5, 10), (1, 4), ["EUR"], 2, S),
    ("691390", "Ceramic souvenir paperweights, glazed", "import", ["post"], ["VE", "CO"], (15, 30), (1, 3), ["USD"], 3, S),
    ("831000", "Reproduction enamel petrol-station signs, new", "export", ["post"], ["US", "GB"], (20, 40), (1, 4), ["EUR"], 1, S),
    ("442090", "Carved wooden statuettes, new craft", "import", ["air"], ["GA", "CM"], (10, 20), (50, 200), ["EUR"], 2, S),
    ("392690", "Pipeline cleaning pigs, polyurethane foam, new", "export", ["sea"], ["LY", "DZ"], (6, 12), (1000, 4000), ["EUR"], 0.2, S),
    ("252530", "Mica flakes, lost-circulation material, 25 kg", "import", ["sea"], ["IN", "CN"], (0.3, 0.6), (18000, 24000), ["USD"], 0.04, S),
    ("392690", "PU steering-wheel covers, printed pattern", "import", ["sea"], ["ID", "CN"], (5, 9), (2000, 6000), ["USD"], 3, S),
    ("392690", "Polyamide thread protectors for tubing", "import", ["air"], ["KZ", "CN"], (8, 15), (200, 800), ["USD"], 5, S),
    ("271490", "Gilsonite, drilling-fluid grade, big bags", "import", ["sea"], ["US"], (0.6, 1.0), (18000, 24000), ["USD"], None, S),
    ("391231", "Polyanionic cellulose (PAC) drilling polymer, 25 kg", "import", ["sea"], ["CN", "FI"], (2, 4), (10000, 20000), ["USD", "EUR"], 0.04, S),
    ("392690", "PTFE pump bushings, machined", "import", ["express"], ["CN", "US"], (40, 80), (1, 3), ["USD"], 10, S),
]
# Everyday trade: as in blind88, blind96, blind104 and blind112, blind80's everyday rows (blind72's, with blind80's
# own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("854442", "Car jump leads, 3 m, boxed", "import", ["sea"], ["CN", "TR"], (4, 7), (3000, 8000), ["USD", "EUR"], 0.5, N),
        ("902620", "Digital tyre-pressure gauges, handheld", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 8, N),
        ("630790", "Foldable car windscreen sunshades, reflective", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 3, N),
        ("560410", "Bungee cords and luggage straps, elastic", "import", ["sea"], ["CN", "TR"], (3, 6), (2000, 6000), ["USD"], 4, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind225", 20630901, HERE)


if __name__ == "__main__":
    main()
