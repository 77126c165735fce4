#!/usr/bin/env python3
"""Writes the hundred-and-sixty-ninth blind set (tests/risk/data/blind169-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2054, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on container transshipment (Tanger Med, Algeciras, Colombo, Port Klang,
Salalah, Lomé, Freeport in the Bahamas, with Caucedo, Djibouti, Port Said and Jebel Ali):
goods relabelled, re-containerised, restuffed in a free zone or given a new origin while
they wait between two ships, from and to many countries and in many languages.
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
would. Ids are BL169-*:

    python3 tests/risk/data/make_blind169_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2054, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2054
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESSEA01", "sea", "MA", [], "ES", "330190",
         "ماء الزهر البلدي - Eau de fleur d'oranger artisanale, bouteilles 1 l, 6 000 bouteilles", "MA", 6780, 6000,
         7200, "EUR",
         "orange-blossom water is a scented distillate of 1.00 kg/l sold in blue or clear glass; these 6,000 bottles "
         "are white HDPE with vented caps and hold a water-clear, scentless liquid of 1.13 kg/l that whitens the skin "
         "and fizzes on a rusty nail, and the container's earlier bill of lading shows it came off a Qingdao ship at "
         "Tanger Med and was restuffed in the free zone before the short crossing: about 35 % hydrogen peroxide "
         "(Annex I above 12 %) with a new Moroccan origin, for a Madrid halal grocery chain that sells to the "
         "public, landed at Algeciras; Darija and French wording (hydrogen peroxide repeats in many sets and "
         "flower-water covers (rose water, kewra) in several; an orange-blossom label and a Tanger Med restuffing "
         "were found in no earlier row by a keyword search)", firm("Atlantic Alimentación Halal SL", "ES")),
        ("PRE-02", "import", "NLSEA01", "sea", "BS", [], "NL", "330300",
         "Dominica Bay Rum, pure bay leaf lotion, 250 ml, 2,400 bottles", "DM", 690, 2400, 3600, "USD",
         "bay rum is a brown, alcoholic lotion of about 0.90 kg/l that smells of clove and bay leaf; these bottles "
         "hold a colourless, oily liquid of 1.14 kg/l that sinks in water, has no bay scent and burns with a hot, "
         "almost invisible flame, and the container, carried from Roseau on a feeder, was given a new seal at "
         "Freeport before the Rotterdam ship: nitromethane (Annex I above 16 %), for a Rotterdam Caribbean "
         "beauty shop that sells to the public; Dominican (Dominica) English wording (nitromethane repeats in many "
         "sets and cosmetic covers in several; a bay-rum label and a Freeport transshipment from Dominica were "
         "found in no earlier row by a keyword search)", firm("Vega Caribbean Beauty BV", "NL")),
        ("PRE-03", "import", "BESEA01", "sea", "LK", [], "BE", "250100",
         "सेंधा नमक पाउडर (व्रत के लिए), 1 किलो पैक, 12,000 पैक", "IN", 12000, 12000, 3600, "USD",
         "sendha namak, the rock salt of Hindu fasting days, is a pinkish, salty powder that does not burn; these "
         "packs hold a snow-white, cool-tasting crystal that draws damp, flares yellow with a pinch of sugar on a "
         "gas ring, and inner liners printed 'NaClO3 99.5 %', in a container from Mundra that was transhipped and "
         "re-manifested at Colombo: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, "
         "for an Antwerp Indian cash-and-carry; Hindi wording (sodium chlorate repeats in many sets under salt "
         "labels; a sendha-namak label via Colombo was found in no earlier row by a keyword search)",
         firm("Horizon Indian Groceries BV", "BE")),
        ("PRE-04", "import", "DESEA01", "sea", "MY", [], "DE", "110819",
         "纯正马蹄粉 (荸荠淀粉), 250克盒装, 40,000盒", "MY", 10000, 40000, 9600, "USD",
         "water-chestnut starch is a lumpy, off-white flour that squeaks between the fingers and sets into a clear "
         "jelly for Cantonese cakes; these boxes, printed 'Made in Malaysia', hold a dense, fine white powder that "
         "does not gel, burns fiercely with sugar, and sits in inner bags from a Hunan factory marked CAS 7778-74-7, "
         "in a container that came from Nansha and was re-containerised at Port Klang: potassium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, given a Malaysian origin for a Hamburg Asian "
         "cash-and-carry; Chinese wording (potassium perchlorate repeats in many sets and starch covers in several; "
         "a water-chestnut label and a Port Klang re-origin were found in no earlier row by a keyword search)",
         firm("Nordhafen Asia Großhandel GmbH", "DE")),
        ("PRE-05", "import", "ITSEA01", "sea", "OM", [], "IT", "210690",
         "حليب جوز الهند المجفف، من ظفار، عبوات 1 كغ، 8,000 عبوة", "OM", 8000, 8000, 6400, "USD",
         "coconut-milk powder is a creamy, fatty powder that smells of coconut and clumps in the hand; these bags "
         "hold a shiny, heavy, odourless crystal with no fat at all, that spits violet sparks on a hot plate, "
         "inside liners marked CAS 3811-04-9 from a Gujarat chlorate works, restuffed in the Salalah Free Zone and "
         "declared as Dhofari produce: potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, for a Milan halal grocery wholesaler, landed at Genoa; Omani Arabic wording (potassium chlorate "
         "repeats in many sets; a coconut-milk-powder label appears once (blind166), kept as a repeat; a Salalah "
         "restuffing with a Dhofari origin is the new part as far as a search found)",
         firm("Meridian Alimentari Halal Srl", "IT")),
        ("PRE-06", "import", "FRSEA01", "sea", "DO", [], "FR", "170290",
         "Siwo kann natirèl, fèt an Ayiti, boutèy 1 lit, 3 600 boutèy", "HT", 6620, 3600, 5400, "EUR",
         "Haitian cane syrup is a brown, sweet, sticky syrup of about 1.33 kg/l; these 3,600 bottles hold a "
         "colourless, oily liquid of 1.84 kg/l that chars a sugar cube black and grows hot with a drop of water, in "
         "acid-grade bottles whose labels were stuck on over Chinese hazard diamonds while the container waited at "
         "Caucedo between the Port-au-Prince feeder and the Le Havre ship: about 96 % sulphuric acid (Annex I above "
         "15 %) for a Paris Caribbean grocery that sells to the public; Haitian Creole wording (sulphuric acid "
         "repeats in many sets and syrup covers in several, cane syrup in two; a Haitian siwo-kann label through "
         "Caucedo was found in no earlier row by a keyword search)", firm("Delta Épicerie Caraïbe SARL", "FR")),
        ("PRE-07", "transit", "ESSEA01", "sea", "CN", ["ES"], "TG", "940531",
         "Guirlandes lumineuses LED à piles, 10 m, 12 000 pièces", "CN", 900, 12000, 6000, "USD",
         "battery LED fairy lights are light cartons of wire and plastic bulbs; these cartons, in a container landed "
         "at Algeciras from Nansha to wait for the West Africa feeder, hold 12,000 aluminium tubes of 7 x 60 mm with "
         "two coloured leg wires wound on paper spools, and the inner boxes read 'UN 0030 1.1B': electric "
         "detonators moved through the Union without the transfer and transit authorisation explosives need and "
         "undeclared as dangerous goods, consigned to a Lomé forwarder whose notify party is a hardware dealer in "
         "Ouagadougou; French wording (detonators repeat in many sets and a fairy-light cover once (blind121); a "
         "transit through Algeciras to Lomé with a 'guirlandes' label is the new part as far as a search found)",
         {"importer_country": "TG"}),
        ("PRE-08", "import", "IESEA01", "sea", "TG", [], "IE", "110812",
         "Akamu (ogi) ọcha, ntụ ọka, akpa 1 kg, 6 000 akpa", "NG", 6000, 6000, 4200, "EUR",
         "akamu (ogi) is a damp, sour-smelling, off-white maize starch that cooks into pap; these bags hold a dry, "
         "glassy, scentless crystal that draws water from the air, will not thicken hot water and flares with sugar, "
         "in inner bags stamped 'NaClO4.H2O', shipped from Lagos to Lomé and transhipped there onto a Dublin "
         "service: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, for a Dublin "
         "African grocery; Igbo wording (sodium perchlorate repeats in many sets and West African food covers "
         "(gari, cassava flour, ogi) in several; an akamu label landed in Ireland after Lomé was found in no "
         "earlier row by a keyword search)", firm("Central African Foods Ltd", "IE")),
        ("PRE-09", "import", "ATAIR01", "express", "MX", [], "AT", "220299",
         "Agua de nopal y tuna, natural, sin azúcar, 4 x 1 litro", "MX", 5.6, 4, 900, "MXN",
         "prickly-pear water is a pink to green, slightly slimy drink of 1.02 kg/l; these four bottles hold a "
         "liquid of 1.40 kg/l that fumes brown when opened, yellows the skin and attacks a copper coin: about 65 % "
         "nitric acid (Annex I above 3 %) sent by express from Monterrey to a private person in Graz, although "
         "corrosive liquids travel by express only as declared dangerous goods; Mexican Spanish wording (nitric "
         "acid repeats in many sets and nopal labels in two; a cactus-water label by express to Austria was found "
         "in no earlier row by a keyword search)", person("Thomas Gruber", "AT")),
        ("PRE-10", "import", "DKPOST01", "post", "JP", [], "DK", "330499",
         "へちま水 (化粧水), 天然, 1 L × 3本", "JP", 3.7, 3, 4500, "JPY",
         "hechima (loofah) water is a faintly green, grassy-smelling skin toner of 1.00 kg/l; these three bottles "
         "hold a water-clear, scentless liquid of 1.20 kg/l under vented caps that whitens the skin and foams on a "
         "cut: about 50 % hydrogen peroxide (Annex I above 12 %) posted from Shizuoka to a private person in "
         "Aarhus; Japanese wording (hydrogen peroxide repeats in many sets; a hechima or loofah label was found in "
         "no earlier row by a keyword search)", {"consignee_name": "Mette Sørensen", "importer_country": "DK"}),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "LK", "391190",
         "Polisulfone in granuli, riciclato post-industriale, big bag, 18 t", "IT", 18000, None, 5400, "EUR",
         "post-industrial polysulphone regrind is clean, amber, uniform granules; these bags hold whole used "
         "haemodialysis filters and blood lines with brown residue, needles and gauze from Lombard dialysis "
         "centres, roughly cut, consigned to a trader in a Colombo free zone that re-exports to Chennai: infectious "
         "clinical waste (18 01 03*), hazardous waste whose export to a non-OECD country is banned, from Genoa; "
         "Italian wording (dialysis waste appears in a few sets (blind10, blind77); a polysulphone label bound for "
         "re-export from a Colombo free zone was found in no earlier row by a keyword search)",
         {"importer_country": "LK"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "MY", "260111",
         "Finos de mineral de hierro (sinter feed), 62 % Fe, granel en contenedores, 100 t", "ES", 100000, None,
         9000, "EUR",
         "iron-ore sinter feed is a heavy, red-brown, damp fine that Spain imports rather than exports; these "
         "containers hold a light, dusty, grey-brown powder that reads 25 % zinc and 3 % lead on a handheld XRF and "
         "leaves grey soot on the hands, the filter dust of a Basque electric-arc steelworks: EAF dust (10 02 07*), "
         "hazardous waste whose export to a non-OECD country is banned, from Bilbao to Port Klang, where the "
         "consignee re-manifests it to a zinc smelter elsewhere in Asia; Spanish wording (EAF dust repeats in many "
         "sets and iron-ore labels in a few, a sinter-feed label once (blind163), kept as a repeat; to Port Klang "
         "for re-manifesting is the new part as far as a search found)", {"importer_country": "MY"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "OM", "850421",
         "Gebruikte distributietransformatoren, oliegevuld, getest, 14 stuks", "NL", 28000, 14, 21000, "EUR",
         "tested second-hand distribution transformers carry a recent oil analysis and a rating plate; these 14 "
         "rusted 1970s units leak a heavy, sweetish oil that sinks in water, have plates reading 'Askarel' and "
         "'Clophen A30' and no test report: PCB-filled transformers (16 02 09*), hazardous waste and POPs whose "
         "export is banned, from Rotterdam to a Salalah Free Zone trader who has them carried on by feeder to "
         "Mukalla; Dutch wording (transformer covers repeat in several sets; a Salalah trader for Yemen is the new "
         "part as far as a search found)", {"importer_country": "OM"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "TG", "391590",
         "Flocons de mousse polyuréthane recyclée pour rembourrage de matelas, balles, 20 t", "BE", 20000, None,
         2000, "EUR",
         "foam flakes for mattress filling are clean, single-coloured crumbs of PU foam; these bales hold a grey, "
         "oily mix of foam, carpet, glass, wire ends, plastic dust and capacitor cases from a Ghent car shredder's "
         "light fraction: automotive shredder residue (19 10 03*), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to a Lomé consignee who ships it on by road to mattress workshops in "
         "Ouagadougou; Belgian French wording (shredder residue repeats in many sets and a foam-scrap cover in "
         "blind125, kept as a repeat; a mattress-filling label for the Sahel through Lomé is the new part as far as a search found)",
         {"importer_country": "TG"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "MA", "380891",
         "Insecticidas agrícolas, stock comercial, bidones 20 l, 600 bidones", "ES", 12000, 600, 6000, "EUR",
         "commercial insecticide stock carries current registration labels and batch dates; these 600 drums are "
         "dented, partly crystallised and labelled endosulfan and lindane with 2009 expiry dates, swept from an "
         "Almería cooperative's store: obsolete pesticides (02 01 08*), hazardous waste and POPs whose export is "
         "banned, shipped from Algeciras to a Tanger Med free-zone trader who trucks them on to Nouakchott; Spanish "
         "wording (obsolete pesticides repeat in a few sets; to Mauritania through the Tanger Med free zone is the "
         "new part as far as a search found)", {"importer_country": "MA"}),
        ("WST-06", "export", "PTSEA01", "sea", "PT", ["BS"], "DO", "780200",
         "Sucata de chumbo, placas limpas tipo 'Rains', big bags, 22 t", "PT", 22000, None, 26000, "EUR",
         "clean battery-plate lead scrap is dry grey plates and grids without cases; these bags hold whole car "
         "batteries with cases and leaking acid that burns holes in the bags, collected from Lisbon garages: "
         "spent lead-acid batteries (16 06 01*, A1160), hazardous waste whose export to a non-OECD country is "
         "banned, from Sines through Freeport, where the boxes were moved to a Caucedo feeder, for a lead "
         "smelter at Haina; Portuguese wording (lead-acid batteries and lead-scrap labels repeat in many sets, kept "
         "as a repeat; Haina through Freeport is the new part as far as a search found)", {"importer_country": "DO"}),
        ("WST-07", "export", "ROROAD01", "road", "RO", [], "MD", "870829",
         "Piese de interior auto second-hand (volane, panouri de bord), saci, 6 t", "RO", 6000, None, 3000, "EUR",
         "used steering wheels and dashboards are bulky, light parts; these sacks hold about 4,000 undeployed "
         "airbag modules and seat-belt pretensioners cut from end-of-life cars, each with a gas generator and a "
         "'UN 3268' sticker: components containing explosives (16 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned and undeclared dangerous goods, on a van at Albița for a Chișinău scrap "
         "dealer; Romanian wording (airbags repeat in many sets; Romania to Moldova under a steering-wheel label "
         "is the new part as far as a search found)", {"importer_country": "MD"}),
        ("WST-08", "export", "PTAIR01", "air", "PT", [], "AO", "300640",
         "Liga para amálgama dentária, limalha, frascos, 20 kg", "PT", 20, None, 1400, "EUR",
         "dental amalgam alloy is a clean silver-tin filing in sealed jars; these jars hold grey sludge, broken "
         "fillings and separator canisters from Lisbon dental clinics, with beads of liquid metal at the bottom: "
         "amalgam waste (18 01 10*), mercury waste whose export the Mercury Regulation and the Basel ban forbid, "
         "flown to a Luanda buyer who supplies artisanal gold miners; Portuguese wording (amalgam repeats in many "
         "sets; to Angola by air is the new part as far as a search found)", {"importer_country": "AO"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "720449",
         "Σκραπ χάλυβα HMS 1&2, συμπιεσμένο, 24 t", "GR", 24000, None, 7200, "EUR",
         "HMS 1&2 is cut, clean structural steel scrap; these bales are crushed spin-on oil filters that drip black "
         "oil and leave the container floor greasy, from Piraeus ship-repair yards and garages: used oil filters "
         "(16 01 07*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to a Port Said "
         "East trader who re-containerises scrap for Asian mills; Greek wording (HMS labels repeat in many sets; "
         "oil filters as HMS through Port Said is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-10", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Żejt bażi riċiklat SN 150, tankijiet ISO, 40 t", "MT", 40000, None, 16000, "EUR",
         "recycled SN 150 base oil is clear, pale yellow and comes with a re-refinery certificate; these ISO tanks "
         "hold a black, watery, foul-smelling oil with sludge and 12 % water, pumped out of ships' engine rooms at "
         "Marsaxlokk and Valletta: waste mineral oil (13 02 05*), hazardous waste whose export to a non-OECD country "
         "is banned, from Marsaxlokk to Misrata; Maltese wording (base-oil labels repeat in a few sets; a Maltese "
         "label from Marsaxlokk to Libya is the new part as far as a search found)", {"importer_country": "LY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "MY", [], "PL", "290351",
         "HFO-1234yf refrigerant, 10 kg cylinders, made in Malaysia, 800 cylinders", "MY", 8000, 800, 240000,
         "USD",
         "HFO-1234yf cylinders have a left-hand valve thread and a red band and cost about 30 USD a kilo; these 800 "
         "cylinders have a 1/2-inch ACME valve, freshly sprayed paint over Chinese stencils, and a refrigerant "
         "identifier gives 1,1,1,2-tetrafluoroethane, shipped from Ningbo and relabelled at Port Klang: HFC-134a "
         "placed on the market without quota (Regulation 2024/573), for a Gdańsk wholesaler; English wording "
         "(HFC-134a under 1234yf labels repeats in many sets, kept as a repeat; a Malaysian relabelling at Port Klang was found in no "
         "earlier row by a keyword search)", firm("Nordhafen Chłodnictwo Sp. z o.o.", "PL")),
        ("OZN-02", "import", "ESROAD01", "road", "MA", [], "ES", "070200",
         "Tomates cerises fraîches, Souss-Massa, 12 000 kg", "MA", 12000, None, 14400, "EUR",
         "a Moroccan reefer lorry off the Tanger Med ferry: cherry tomatoes and courgettes are what Agadir packers "
         "send, but the third item's 'bouteilles d'argon' are 30 squat, orange cylinders of 13 l with refrigerant "
         "valves, not tall 50 l high-pressure argon bottles, and a refrigerant identifier gives R-404A: HFCs "
         "placed on the market without quota (Regulation 2024/573), loaded at the Tanger Med logistics zone from a "
         "Chinese container, hidden as the last item of a three-item declaration, at Algeciras; French wording "
         "from Morocco (HFCs in trucks of produce repeat in a few sets and argon-cylinder labels in several; kept "
         "as a repeat, behind tomatoes off the Tanger Med ferry is the new part as far as a search found)",
         dict(firm("Horizon Frutas SL", "ES"),
              _more_items=[item("070993", "Courgettes fraîches, Souss-Massa, 5 000 kg", "MA", 5000, 4500, "EUR"),
                           item("280421", "Bouteilles de gaz argon pour soudure, 30 pièces", "MA", 300, 600, "EUR",
                                qty=30)])),
        ("OZN-03", "import", "GRSEA01", "sea", "OM", [], "GR", "290312",
         "Methylene chloride (dichloromethane) 99.9 %, 270 kg drums, 80 drums, Salalah Free Zone", "OM", 19200, 80,
         19000, "USD",
         "dichloromethane is a heavy (1.33 kg/l) solvent boiling at 40 °C; these 80 drums hold 240 kg each (1.24 "
         "kg/l), boil in the hand at 32 °C and a head-space test gives 1,1-dichloro-1-fluoroethane, under labels "
         "pasted in the Salalah Free Zone over a Gujarat fluorochemicals stencil: HCFC-141b, a controlled "
         "ozone-depleting substance imported without the licence Regulation 2024/590 requires, for a Piraeus "
         "air-conditioning flushing-agent supplier; English wording (HCFC-141b repeats in many sets and "
         "dichloromethane labels in several, kept as a repeat; through the Salalah Free Zone to Greece is the new part as far as a "
         "search found)", firm("Central Klimatismos AE", "GR")),
        ("OZN-04", "export", "DESEA01", "sea", "DE", [], "LK", "841869",
         "Gebrauchte Kaltwassersätze, Schraubenverdichter, R-134a, 3 Stück", "DE", 15000, 3, 45000, "EUR",
         "used R-134a chillers carry R-134a nameplates and blue service valves; these three 1990s screw chillers "
         "have R-22 nameplates under new stickers and hold about 160 kg of chlorodifluoromethane each, bought from "
         "a Bremen cold store, consigned to a Colombo trader for a tea factory in Bangladesh: equipment relying on "
         "HCFC-22 whose export Regulation 2024/590 bans, from Hamburg; German wording (R-22 equipment for export "
         "repeats in several sets; a chiller re-exported through Colombo is the new part as far as a search found)",
         {"importer_country": "LK"}),
        ("OZN-05", "export", "FRSEA01", "sea", "FR", [], "TG", "870422",
         "Camions frigorifiques d'occasion, groupe froid R-404A, 6 unités", "FR", 48000, 6, 54000, "EUR",
         "used reefer trucks with R-404A units carry that gas on the unit plate; these six 1990s trucks have units "
         "built for R-502 and hold it still (a CFC-115 and HCFC-22 blend), for fish traders who truck them from "
         "Lomé to Niamey: vehicles relying on ozone-depleting substances whose export Regulation 2024/590 bans, "
         "from Marseille-Fos; French wording (R-502 repeats in many sets; reefer trucks for the Sahel through Lomé "
         "are the new part as far as a search found)", {"importer_country": "TG"}),
        ("OZN-06", "import", "PTSEA01", "sea", "BS", [], "PT", "271112",
         "Gas refrigerante hidrocarburo R-22a, latas 340 g, 6 000 latas", "MX", 2040, 6000, 9000, "USD",
         "'R-22a' cans hold a propane blend that is light and very flammable; these 6,000 cans weigh 340 g of "
         "contents instead of about 200 g, the gas does not burn and an identifier gives chlorodifluoromethane, "
         "filled near Monterrey and moved to a Lisbon ship at Freeport: HCFC-22, a controlled ozone-depleting "
         "substance imported without the licence Regulation 2024/590 requires, for a Lisbon air-conditioning parts "
         "shop; Mexican Spanish wording (HCFC-22 repeats in many sets and '22a' labels in a few (blind44, blind76, "
         "blind116); a Mexican filler through Freeport is the new part as far as a search found)",
         firm("Atlantic Refrigeração Lda", "PT")),
        ("OZN-07", "import", "SEAIR01", "express", "US", [], "SE", "271112",
         "HC-12a hydrocarbon refrigerant, 6 oz cans, 12 cans, for classic car A/C", "US", 2.2, 12, 140, "USD",
         "hydrocarbon 'HC-12a' cans are light, flammable propane-isobutane blends; these twelve cans are heavier "
         "than their label allows, the gas does not burn and a leak detector set to R-12 screams: "
         "dichlorodifluoromethane, CFC-12, imported without the licence Regulation 2024/590 requires, sent by "
         "express from Ohio to a private classic-car owner in Västerås; US English wording (CFC-12 repeats in many "
         "sets and 12a labels in several, kept as a repeat; by express to Sweden is the new part as far as a search found)",
         person("Mr L. Nilsson", "SE")),
        ("OZN-08", "import", "CYSEA01", "sea", "EG", [], "CY", "281290",
         "فلوريد السلفوريل لتبخير المخازن، أسطوانات 50 كغ، 40 أسطوانة", "EG", 2000, 40, 16000, "USD",
         "sulphuryl fluoride is an odourless fumigant of 1.35 kg/l that carries no chlorine or bromine; these 40 "
         "cylinders hold a liquid of 1.73 kg/l with a faint chloroform-like smell, and a detector tube gives methyl "
         "bromide, filled in Egypt and re-containerised at Port Said East for Limassol: bromomethane, a controlled "
         "ozone-depleting substance imported without the licence Regulation 2024/590 requires, for a Limassol "
         "pest-control firm; Egyptian Arabic wording (methyl bromide repeats in many sets and sulphuryl-fluoride "
         "labels in several, kept as a repeat; a Port Said re-containerisation for Cyprus is the new part as far as a search found)",
         firm("Rivage Pest Control Ltd", "CY")),
        ("OZN-09", "import", "CZAIR01", "air", "IN", [], "CZ", "381400",
         "Flux remover for PCB rework, non-flammable, 500 ml aerosol, 2,400 cans", "IN", 1440, 2400, 4800, "USD",
         "non-flammable flux removers use HFE or trans-dichloroethylene blends; these cans vent a sweet, ether-like "
         "gas and the contents boil at 32 °C, with 1,1-dichloro-1-fluoroethane on the Indian filler's safety sheet "
         "found in the carton: HCFC-141b in aerosols, imported without the licence Regulation 2024/590 requires, "
         "flown from Chennai to a Brno electronics distributor; Indian English wording (HCFC-141b and flux-remover "
         "labels repeat in several sets; kept as a repeat, to Czechia by air is the new part)",
         firm("Orion Elektronika s.r.o.", "CZ")),
        ("OZN-10", "import", "HUAIR01", "air", "IN", [], "HU", "290313",
         "Chloroform AR grade, 2.5 l amber bottles, 400 bottles", "IN", 1590, 400, 3600, "USD",
         "chloroform is a sweet-smelling solvent of 1.48 kg/l; these bottles hold 1.59 kg/l, the liquid does not "
         "turn pink with the Fujiwara test and a chromatogram gives tetrachloromethane: carbon tetrachloride, a "
         "controlled ozone-depleting substance imported without the licence Regulation 2024/590 requires, flown "
         "from Mumbai to a Szeged laboratory-chemicals reseller; English wording (carbon tetrachloride repeats in "
         "many sets and chloroform labels in a few, kept as a repeat; to Hungary is the new part as far as a search found)",
         firm("Vega Laborvegyszer Kft.", "HU")),
    ],
    "cultural": [
        ("CUL-01", "import", "BESEA01", "sea", "OM", [], "BE", "940360",
         "مناديس عمانية خشبية مزخرفة بالنحاس، صناعة حديثة، 20 قطعة", "OM", 800, 20, 6000, "USD",
         "an Omani crafts container for an Antwerp oriental-furniture shop: brass-studded mandoos chests and brass "
         "coffee pots are what Muscat workshops make, but the third item's 'old printed Arabic books' are 40 "
         "hand-written codices on laid paper with Zaydi legal and theological texts, colophons naming Sa'dah and "
         "Shahara and dates of the 11th-12th century hijri, packed inside the chests: Yemeni manuscripts over 200 "
         "years old above the value threshold, imported without the importer statement and export proof of "
         "Regulation 2019/880, trucked from Yemen to Salalah and given an Omani origin there, hidden as the last "
         "item of a three-item declaration; Omani Arabic wording (Yemeni manuscripts repeat in a few sets and "
         "Zaydi ones once (blind68); behind mandoos chests through Salalah is the new part as far as a search "
         "found)",
         dict(firm("Orion Oriental Furniture SA", "BE"),
              _more_items=[item("741810", "دلال قهوة نحاسية، صناعة حديثة، 60 قطعة", "OM", 90, 1800, "USD", qty=60),
                           item("490199", "كتب عربية مطبوعة قديمة، مستعملة، 40 كتاباً", "OM", 60, 400, "USD",
                                qty=40)])),
        ("CUL-02", "import", "NLSEA01", "sea", "LK", [], "NL", "830629",
         "අලුත් පිත්තල ප්‍රතිමා, අත්කම් නිෂ්පාදන, Kandy, 6", "LK", 240, 6, 1200, "USD",
         "new Kandy brass statues are bright, light castings with file marks; one of these six is a dark, heavy "
         "bronze Somaskanda group with a worn green patina, ritual dressing marks, a tenon for a processional "
         "base and soil in the casting cores, a Chola-style temple bronze stolen from a Tamil Nadu temple and "
         "given a Sri Lankan 'new handicraft' origin in a Colombo re-export warehouse: an archaeological object "
         "over 250 years old imported without the import licence of Regulation 2019/880 and exported against "
         "India's Antiquities Act; Sinhala wording (Chola bronzes repeat in many sets and a new-Kandy-brass label once "
         "(blind149), kept as a repeat; the Colombo relabelling of an Indian bronze is the new part)", firm("Meridian Aziatische Kunst BV", "NL")),
        ("CUL-03", "import", "DESEA01", "sea", "MY", [], "DE", "691200",
         "Mangkuk seramik replika gaya Dinasti Tang, buatan baharu, 1,200 biji", "MY", 1800, 1200, 3600, "USD",
         "new Tang-style replica bowls are evenly glazed, machine-thrown and clean; about 200 of these are worn, "
         "iron-and-copper painted Changsha bowls with sea concretions, shipworm casts and salt bloom, stacked in "
         "the cargo order of a 9th-century wreck looted off Belitung and mixed into a replica order at Port Klang: "
         "archaeological objects over 250 years old from an underwater site, imported without the import licence "
         "of Regulation 2019/880 and taken against Indonesia's cultural-heritage law, for a Hamburg trader; Malay "
         "wording (shipwreck ceramics repeat in a few sets; Changsha bowls among replicas through Port Klang were "
         "found in no earlier row by a keyword search)", firm("Central Asiatika GmbH", "DE")),
        ("CUL-04", "import", "BESEA01", "sea", "TG", [], "BE", "680299",
         "Statuettes en stéatite, artisanat togolais neuf, 30 pièces", "TG", 450, 30, 900, "EUR",
         "new soapstone carvings are clean, pale and sharply cut; these 30 seated figures are grey, worn and "
         "pitted, with lichen in the cracks and old museum numbers painted on the bases, the Esie soapstone "
         "figures of Kwara State, taken from the Esie museum and trucked from Nigeria to Lomé to be shipped as "
         "Togolese craft: archaeological objects over 250 years old imported without the import licence of "
         "Regulation 2019/880 and stolen from a Nigerian museum, for a Brussels tribal-art gallery; Togolese "
         "French wording (Esie figures repeat in a few sets (blind43, blind80, blind89, blind113); a Togolese "
         "soapstone-craft label through Lomé is the new part as far as a search found)",
         firm("Rivage Arts Premiers SA", "BE")),
        ("CUL-05", "import", "ESAIR01", "express", "BS", [], "ES", "830629",
         "Souvenir replica Spanish 'pieces of eight', pewter, Grand Bahama, 60 pcs", "BS", 1.6, 60, 240, "USD",
         "pewter souvenir replicas are shiny, evenly cast and light; these 60 are black, irregular, hand-struck "
         "silver cobs with sulphide crust, Potosí and Mexico mint marks and 1650s dates, and two emerald-set "
         "fragments: coins and objects from the wreck of Nuestra Señora de las Maravillas (1656) off Little Bahama "
         "Bank, taken without a Bahamian antiquities permit, archaeological objects from an underwater site over "
         "250 years old imported without the import licence of Regulation 2019/880, sent by express from "
         "Freeport to a private collector in Seville; Bahamian English wording (wreck coins and a galleon appear in "
         "a few sets; the Maravillas and a pieces-of-eight label were found in no earlier row by a keyword "
         "search)", person("Sr. J. García", "ES")),
        ("CUL-06", "import", "FRSEA01", "sea", "MA", [], "FR", "442090",
         "Panneaux en cèdre sculpté et peint, artisanat de Fès, neufs, 14 pièces", "MA", 1400, 14, 4200, "EUR",
         "new Fès cedar panels are pale, sharp-edged and smell of fresh cedar; these 14 are dark, smoke-stained, "
         "with worn polychromy, old nail holes and Saadian muqarnas profiles, dismantled from a 16th-century "
         "ceiling in the Marrakech medina and consolidated with new crafts in the Tanger Med free zone: Moroccan "
         "historic monuments removed against Law 22-80, objects over 250 years old imported without the import "
         "licence of Regulation 2019/880, for a Marseille decorator; French wording (carved cedar repeats in "
         "several sets; Saadian ceiling panels were found in no earlier row by a keyword search)",
         firm("Delta Décors d'Orient SARL", "FR")),
        ("CUL-07", "export", "ESSEA01", "sea", "ES", [], "MA", "691390",
         "Tinajas decorativas de barro, envejecidas, 24 unidades", "ES", 720, 24, 1200, "EUR",
         "aged decorative jars are new pottery with a painted patina; these 24 are Roman amphorae (Dressel 7-11 "
         "and Beltrán II) with marine concretions, barnacles inside and fresh breaks where they were levered off "
         "the seabed off Tarifa and Baelo Claudia: underwater archaeological heritage protected by Spanish law and "
         "exported without the licence of Regulation 116/2009, shipped from Algeciras to a Tanger Med free-zone "
         "trader for a Dubai buyer; Spanish wording (amphorae repeat in many sets; Strait-of-Gibraltar wrecks and "
         "a decorative-jar label to Tanger Med were found in no earlier row by a keyword search)",
         {"importer_country": "MA"}),
        ("CUL-08", "import", "ITSEA01", "sea", "DJ", [], "IT", "442090",
         "የእንጨት ሥዕሎች፣ አዲስ የእጅ ሥራ፣ 40 ቁራጭ", "ET", 120, 40, 1600, "USD",
         "new painted Ethiopian crafts are bright acrylic on fresh wood; eight of these 40 are folding diptychs "
         "and triptychs in tempera on gesso with worn gilding, candle soot and Ge'ez inscriptions, Gondarine "
         "icons of the 17th-18th century taken from Tigray churches during the war, shipped by road to Djibouti "
         "and on by sea: cultural goods over 200 years old above the value threshold, imported without the "
         "importer statement of Regulation 2019/880, for a Rome dealer; Amharic wording (Ethiopian icons and "
         "Tigray repeat in several sets; through Djibouti to Genoa under a new-craft label is the new part as far "
         "as a search found)", firm("Alpina Arte Antica Srl", "IT")),
        ("CUL-09", "import", "DEAIR01", "air", "TM", [], "DE", "830629",
         "Bürünç bezeg düwmeleri, täze el işi, 40 sany", "TM", 3, 40, 400, "USD",
         "new brass decorative buttons are bright and uniform; these 40 are green-crusted, cast bronze "
         "compartmented seals with eagle and star motifs and soil in the cells, from the Bronze Age sites of the "
         "Murghab delta (Gonur Depe, Margiana): archaeological objects over 250 years old imported without the "
         "import licence of Regulation 2019/880 and illegally exported from Turkmenistan, flown from Ashgabat to a "
         "Munich dealer; Turkmen wording (Margiana seals repeat in a few sets (blind39, blind126); under a "
         "brass-button label is the new part as far as a search found)", firm("Orion Numismatik GmbH", "DE")),
        ("CUL-10", "import", "BGROAD01", "road", "TR", [], "BG", "570110",
         "Əl ilə toxunmuş yeni xalça, Quba naxışı, 1 ədəd", "AZ", 22, 1, 600, "USD",
         "a new hand-knotted Guba-design carpet is bright, evenly clipped and cheap; this one has soft, "
         "abrashed natural dyes, worn pile, hand repairs and a woven date of 1255 hijri (about 1840), a "
         "Karabakh 'Chelaberd' carpet from a Shusha collection, on a van from Baku through Georgia and Türkiye: a "
         "cultural good over 200 years old above the value threshold, imported without the importer statement of "
         "Regulation 2019/880 and exported from Azerbaijan without its certificate, at Kapitan Andreevo for a "
         "Sofia dealer; Azerbaijani wording (a Karabakh carpet appears once (blind105); by road to Bulgaria is the "
         "new part as far as a search found)", firm("Vega Kilimi EOOD", "BG")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "MY", "850440",
         "Frequenzumrichter für Dekanterzentrifugen in Palmölmühlen, 6 Stück", "DE", 900, 6, 96000, "EUR",
         "decanter drives for palm-oil mills are 50 Hz, low-frequency inverters; these six deliver 600-2,000 Hz at "
         "better than 0.2 % frequency control, the specification of frequency changers for gas centrifuges "
         "(dual-use 3A225), for a Port Klang trading house that re-ships to Bandar Abbas: dual-use goods exported "
         "without a licence and in breach of the Iran restrictions of Regulation 267/2012, from Hamburg; German "
         "wording (frequency changers repeat in many sets; a palm-oil decanter label to Port Klang is the new "
         "part as far as a search found)", {"importer_country": "MY"}),
        ("STR-02", "export", "FRSEA01", "sea", "FR", [], "OM", "903180",
         "Capteurs d'inclinaison pour trackers solaires, 200 unités", "FR", 60, 200, 180000, "EUR",
         "solar-tracker tilt sensors are cheap inclinometers worth tens of euros; these 200 are tactical-grade MEMS "
         "inertial measurement units at 900 EUR each, with gyro bias below 1 °/h, sold to a Salalah Free Zone "
         "trader whose goods go by dhow to Nishtun and on to Houthi drone workshops: dual-use navigation goods "
         "exported without a licence and in breach of the Yemen arms embargo, from Marseille-Fos; French wording "
         "(IMUs repeat in many sets and a solar-tracker label once (blind61); Salalah for Yemen is the new part as "
         "far as a search found)", {"importer_country": "OM"}),
        ("STR-03", "export", "ITSEA01", "sea", "IT", [], "LK", "842441",
         "Irroratrici a spalla motorizzate per piantagioni di tè, 120 unità", "IT", 1440, 120, 36000, "EUR",
         "a tea-estate equipment container for a Colombo trader: motorised sprayers and diesel generators are what "
         "estates buy, but the third item's 'portable mobile signal boosters for estates' are six rugged cases "
         "with software-defined radios, IMSI and IMEI logging software and a laptop, active GSM/LTE interception "
         "kits, which the trader re-ships to Yangon: telecommunication monitoring equipment whose supply to "
         "Myanmar Regulation 401/2013 bans and dual-use items exported without a licence, hidden as the last item "
         "of a three-item declaration, from Genoa; Italian wording (IMSI catchers repeat in many sets; behind tea "
         "sprayers through Colombo is the new part as far as a search found)",
         dict({"importer_country": "LK"},
              _more_items=[item("850211", "Gruppi elettrogeni diesel 20 kVA, 4 unità", "IT", 2400, 28000, "EUR", qty=4),
                           item("851762", "Amplificatori di segnale cellulare portatili per piantagioni, 6 valigette",
                                "IT", 90, 6000, "EUR", qty=6)])),
        ("STR-04", "export", "BESEA01", "sea", "BE", [], "MA", "870333",
         "Gebruikte terreinwagens Toyota Land Cruiser 200, diesel, 4 stuks", "BE", 17600, 4, 120000, "EUR",
         "a used Land Cruiser 200 weighs about 2.7 t and its doors close with a light click; these four weigh "
         "4.4 t each, have 40 mm laminated glass, steel-lined doors that need a shove, run-flat inserts and a "
         "B6 armouring plate under the bonnet: armoured vehicles (Military List ML6) exported without a licence, "
         "to a Tanger Med free-zone trader who ro-ro ships them on to Benghazi, in breach of the Libya arms "
         "embargo of Regulation 2016/44, from Antwerp; Flemish wording (armoured vehicles repeat in many sets and "
         "Land Cruisers in a few; through the Tanger Med free zone to Benghazi is the new part as far as a search "
         "found)", {"importer_country": "MA"}),
        ("STR-05", "export", "PTSEA01", "sea", "PT", ["BS"], "VE", "870530",
         "Autotanques florestais de combate a incêndios, 4x4, 3 unidades", "PT", 48000, 3, 540000, "EUR",
         "forest fire tenders have low-pressure pumps, hose reels and a crew cab; these three have a 70 bar "
         "roof-mounted cannon with a remote joystick, a dye-marker tank, mesh window guards and a protected cab: "
         "water cannon for crowd control, equipment for internal repression whose export to Venezuela Regulation "
         "2017/2063 bans, from Leixões through Freeport, where the ro-ro cargo was relisted for Puerto Cabello; "
         "Portuguese wording (water cannon under tanker labels repeat in two sets (blind58, blind142); a "
         "fire-tender label through Freeport is the new part as far as a search found)",
         {"importer_country": "VE"}),
        ("STR-06", "export", "FRSEA01", "sea", "FR", [], "TG", "852589",
         "Pièges photographiques pour la chasse, 200 unités", "FR", 400, 200, 520000, "EUR",
         "hunting camera traps are strap-on boxes worth 100 EUR; these 200 units are 2,600 EUR each, have "
         "Picatinny mounts, 640 x 512 cooled thermal cores, reticles and ballistic calculators: thermal weapon "
         "sights (dual-use 6A003 cores in Military List ML5 sights) exported without a licence, to a Lomé "
         "consignee for a Ouagadougou 'hunting outfitter'; French wording (thermal sights repeat in several sets; "
         "a camera-trap label was found in no earlier row by a keyword search)", {"importer_country": "TG"}),
        ("STR-07", "export", "SISEA01", "sea", "SI", [], "EG", "851590",
         "Rezervne plošče za varilne inverterje, 600 kosov", "SI", 300, 600, 210000, "EUR",
         "welding-inverter spare boards are small PCBs worth tens of euros; these 600 are bare 1,700 V IGBT "
         "half-bridge modules at 350 EUR each, on the Common High Priority list, consigned to a Port Said East "
         "trader who re-containerises them for Novorossiysk: goods whose sale to Russia Regulation 833/2014 bans, "
         "routed through a transshipment hub, from Koper; Slovenian wording (IGBT modules repeat in a few sets and "
         "welding covers in many; Port Said for Novorossiysk from Koper is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("STR-08", "transit", "ESSEA01", "sea", "IR", ["ES"], "VE", "840790",
         "موتور تیلر کشاورزی، بنزینی، ۲۰ دستگاه", "IR", 1100, 20, 30000, "USD",
         "tiller engines are single-cylinder, air-cooled four-strokes with a pull start; these 20 are 50 hp, "
         "twin-cylinder two-stroke boxer engines with propeller hubs, dual ignition and aviation-grade fittings, "
         "engines of the Mohajer family of drones, in a container landed at Algeciras from Bandar Abbas via "
         "Jebel Ali to wait for a Puerto Cabello ship: UAV engines whose transfer from Iran Regulation 2023/1529 "
         "bans and military goods for Venezuela under an arms embargo, moved through the Union in transit; Persian "
         "wording (UAV engines repeat in many sets and tiller labels in several; a transit through Algeciras from "
         "Iran to Venezuela is the new part as far as a search found)", {"importer_country": "VE"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "MY", "890393",
         "Gebrauchte Arbeitsboote aus GFK, 3,5 m, mit Motor, 3 Stück", "DE", 1200, 3, 9000, "EUR",
         "small used GRP workboats are worn, open hulls with a tiller outboard; these three are new, 300 hp "
         "supercharged personal watercraft in show-room condition, worth 24,000 EUR each, sold to a Port Klang "
         "trader who moves them by ship-to-ship transfer to Nampo: luxury goods whose supply to North Korea "
         "Regulation 2017/1509 bans, undervalued and routed through a hub, from Hamburg; German wording (luxury "
         "goods for North Korea repeat in many sets and personal watercraft once (blind54); a workboat label "
         "through Port Klang is the new part as far as a search found)", {"importer_country": "MY"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "LK", "847989",
         "Equipo de procesado por alta presión (HPP) para zumos, 300 l, 1 unidad", "ES", 22000, 1, 1400000, "EUR",
         "a juice HPP unit is a horizontal 600 MPa vessel with a loading basket; this one's vessel has a 380 mm "
         "bore, wire-wound, with a heated pressure medium and a temperature controller reaching 300 °C, a warm "
         "isostatic press (dual-use 2B204) for a Colombo juice start-up with no juice plant, whose owner "
         "re-ships machinery to Karachi: dual-use goods exported without a licence, from Bilbao; Spanish wording "
         "(isostatic presses repeat in many sets and HPP labels in a few; through Colombo to Pakistan is the new "
         "part as far as a search found)", {"importer_country": "LK"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLSEA01", "sea", "BS", [], "NL", "030792",
         "Whelk meat, frozen, cleaned, 20 kg blocks, 300 blocks", "BS", 6000, 300, 24000, "USD",
         "frozen whelk meat is small, grey-brown, coiled snail meat at a few dollars a kilo; these blocks hold "
         "large, pale, flat foot muscles with an orange-pink edge and a claw-like operculum, up to 300 g each: "
         "queen conch (Aliger gigas, CITES App. II) from Honduran and Nicaraguan reefs, transhipped at Freeport "
         "and given a Bahamian origin, without CITES documents, for a Rotterdam seafood importer; Bahamian English "
         "wording (queen conch repeats in many sets and whelk labels in a few, kept as a repeat; a Freeport re-origin was found in "
         "no earlier row by a keyword search)", firm("Atlantic Seafood Trading BV", "NL")),
        ("WLF-02", "import", "NLSEA01", "sea", "TG", [], "NL", "440729",
         "Tali (Erythrophleum ivorense), sciages séchés, qualité FAS, 40 m3", "TG", 32000, None, 22000, "EUR",
         "tali is a dark, heavy (900 kg/m3), interlocked red-brown wood; these boards are lighter (700 kg/m3), "
         "yellow-brown darkening to olive, fine-textured, with Congo-Brazzaville hammer marks: afrormosia (Pericopsis "
         "elata, CITES App. II) without a CITES export permit, shipped from Pointe-Noire and given a Togolese origin "
         "at Lomé, although Togo exports no such timber, for a Rotterdam decking importer; Togolese French wording "
         "(afrormosia repeats in many sets and a tali label once (blind50); the Lomé re-origin is the new part as "
         "far as a search found)", firm("Orion Houthandel BV", "NL")),
        ("WLF-03", "import", "BEAIR01", "air", "LK", [], "BE", "440729",
         "නැදුන් (Nadun, Pericopsis mooniana) sawn billets, for instrument makers, 2 t", "LK", 2000, None, 14000,
         "USD",
         "nadun is a golden-brown Sri Lankan wood of about 800 kg/m3; these billets are blood-red inside, so heavy "
         "they sink in water, leave red dye on a wet cloth and show wavy grain: red sanders (Pterocarpus santalinus, "
         "CITES App. II) from Andhra Pradesh, without CITES documents, smuggled to Colombo and relabelled as a Sri "
         "Lankan timber, flown to a Brussels broker for a Japanese instrument maker; Sinhala and English wording "
         "(red sanders repeats in many sets; a nadun label was found in no earlier row by a keyword search)",
         firm("Central Tonewood SA", "BE")),
        ("WLF-04", "import", "ITSEA01", "sea", "MY", [], "IT", "051199",
         "壁虎干 (蜥蜴干, 煲汤用), 500 对, 马来西亚产", "MY", 150, 500, 6000, "USD",
         "dried garden lizards for soup are small, brown agamids with rough scales; these 500 pairs are large, "
         "blue-grey with orange spots, velvety skin and broad toe pads, split and spread on bamboo splints: tokay "
         "geckos (Gekko gecko, CITES App. II since 2019) from Java without CITES documents, given a Malaysian "
         "origin at Port Klang, for a Milan Chinese-medicine shop; Chinese wording (tokay geckos repeat in several "
         "sets; a Port Klang re-origin was found in no earlier row by a keyword search)",
         firm("Alpina Erboristeria Cinese Srl", "IT")),
        ("WLF-05", "import", "FRSEA01", "sea", "OM", [], "FR", "930700",
         "خناجر عمانية تذكارية، صناعة حديثة، 24 قطعة", "OM", 18, 24, 2400, "USD",
         "new Omani souvenir khanjars have resin or wood hilts and bright silver; these 24 are old Yemeni "
         "jambiyas whose hilts are translucent, honey-coloured, fibrous horn with the 'saifani' bloom, hair-like "
         "fibres visible under a lens: rhinoceros horn (CITES App. I) without CITES documents, trucked from Yemen "
         "to Salalah and shipped as Omani souvenirs, for a Marseille antiques dealer; Omani Arabic wording "
         "(rhino-horn jambiyas appear once (blind89) and a khanjar label once (blind106); through Salalah is the "
         "new part as far as a search found)", firm("Rivage Antiquités SARL", "FR")),
        ("WLF-06", "import", "FRROAD01", "road", "MA", [], "FR", "091099",
         "Ras el hanout, mélange d'épices, sacs 25 kg, 2 000 kg", "MA", 2000, 80, 9000, "EUR",
         "a Moroccan spice lorry off the Tanger Med-Sète ferry for Marseille herbalists: ras el hanout and dried "
         "mint are what attar shops sell, but the third item's 'herbes séchées pour herboristerie' are 60 kg of "
         "whole dried chameleons with curled tails and turreted eyes, the attar remedy of the Marrakech souks: "
         "common chameleons (Chamaeleo chamaeleon, CITES App. II) without CITES documents, hidden as the last item "
         "of a three-item declaration, at Sète; Moroccan French wording (chameleons repeat in several sets; dried "
         "chameleons behind ras el hanout were found in no earlier row by a keyword search)",
         dict(firm("Meridian Herboristerie SARL", "FR"),
              _more_items=[item("121190", "Menthe séchée (naânaâ), sacs 10 kg, 600 kg", "MA", 600, 2400, "EUR"),
                           item("121190", "Herbes séchées pour herboristerie, sacs, 60 kg", "MA", 60, 300, "EUR")])),
        ("WLF-07", "import", "FRAIR01", "air", "PE", [], "FR", "330129",
         "Aceite esencial de madera de Ho (Cinnamomum camphora ct. linalol), 40 kg", "PE", 40, None, 2400, "USD",
         "ho-wood oil is a Chinese camphor-tree oil, colourless and sharp; this drum from Iquitos holds a pale "
         "yellow oil with a soft, woody-rosy, slightly spicy note and no camphor, whose chromatogram matches "
         "Amazonian rosewood: Aniba rosaeodora oil (CITES App. II) without CITES documents, under a Chinese oil's "
         "name although it comes from Peru, flown to a Grasse perfumer; Peruvian Spanish wording (rosewood oil "
         "repeats in several sets and ho-wood labels in several; kept as a repeat, by air from "
         "Peru to Grasse is the new part)", firm("Delta Arômes SARL", "FR")),
        ("WLF-08", "import", "GRAIR01", "express", "PH", [], "GR", "960190",
         "Polished ammonite fossils, halved, 6 pcs", "PH", 1.8, 6, 90, "USD",
         "polished ammonites are stone: heavy, cold, with crystal-filled chambers; these six are light, halved "
         "shells with a pearly nacre lining and empty chambers, fresh shell, not stone: chambered nautilus "
         "(Nautilus pompilius, CITES App. II since 2017) without CITES documents, sent by express from Cebu to a "
         "private buyer in Thessaloniki, although the Philippines has no ammonite beds; Philippine English "
         "wording (nautilus repeats in several sets and ammonite labels in a few, kept as a repeat; by express to Greece is the new "
         "part as far as a search found)", person("K. Georgiou", "GR")),
        ("WLF-09", "import", "BGROAD01", "road", "TR", [], "BG", "060110",
         "ზაფრანას (კროკუსის) ბოლქვები, მოსვენების ფაზაში, 40 000 ცალი", "GE", 800, 40000, 2400, "EUR",
         "crocus corms are small, flat-based and wrapped in netted tunics; these are larger, pear-shaped true "
         "bulbs with papery brown tunics and soil on wild-dug roots: Sternbergia lutea and S. colchiciflora "
         "(CITES App. II) dug in Georgia without CITES documents or a phytosanitary certificate, on a lorry through "
         "Türkiye at Kapitan Andreevo for a Plovdiv bulb exporter; Georgian wording (Sternbergia repeats in a few "
         "sets and crocus labels in a few, kept as a repeat; from Georgia by road to Bulgaria is the new part as far as a search "
         "found)", firm("Delta Lukovitsi EOOD", "BG")),
        ("WLF-10", "import", "NLPOST01", "post", "FJ", [], "NL", "960190",
         "Carved cattle-bone pendants, Fiji handicraft, 3 pcs", "FJ", 1.4, 3, 120, "FJD",
         "carved cattle-bone pendants are chalky white, porous and light; these three are heavy, polished, "
         "honey-coloured whole teeth, rounded, with growth layers in the root and an old coir cord: sperm whale "
         "teeth (Physeter macrocephalus, CITES App. I), tabua, without CITES documents, posted from Suva to a "
         "private buyer in Leiden; Fijian English wording (tabua repeat in three sets and a cow-bone pendant label "
         "once (blind139), kept as a repeat; by post from Suva to the Netherlands is the new part)", person("M. Bakker", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "air", "MA", "ES", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home-brewery sanitation)", "MA", 4.5, 4, 45,
     "EUR", [("PRECURSOR_LICENCE", "ES-SES-54-0231")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ATAIR01", "air", "MX", "AT", "280800",
     "Nitric acid 65 %, 2 x 1 l, for a licensed private user (hobby goldsmith, gold testing)", "MX", 2.8, 2, 40,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-54-0067")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ESSEA01", "sea", "MR", "ES", "380891",
     "Obsolete pesticide stocks (endosulfan, lindane), repacked, for high-temperature incineration, 40 t", "MR",
     40000, None, 0, "EUR", [("BASEL_CONSENT", "ES-MITECO-54-0118")],
     "notified obsolete pesticides returned for destruction at a licensed incinerator"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "OM", "NL", "854999",
     "PCB-contaminated transformers (16 02 09*), drained, for destruction at a licensed plant, 12 units", "OM",
     24000, 12, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-54-0073")], "notified PCB transformers to a licensed destruction plant"),
    ("PRM-05", "ozone", "import", "PLSEA01", "sea", "MY", "PL", "290345",
     "HFC-134a, refillable 926 l cylinders, 10 cylinders, placed on the market within quota", "MY", 9500, 10, 62000,
     "USD", [("FGAS_QUOTA", "PL-FGAS-54-0391")], "HFC-134a imported within quota"),
    ("PRM-06", "ozone", "import", "GRAIR01", "air", "IN", "GR", "290373",
     "1,1-Dichloro-1-fluoroethane (HCFC-141b), analytical reference standard, 5 x 1 ml, for laboratory use", "IN",
     0.05, 5, 400, "USD", [("ODS_LICENCE", "GR-YPEN-ODS-54-004")], "HCFC-141b standard imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "import", "DEAIR01", "air", "SG", "DE", "970610",
     "Changsha ware bowl, Tang dynasty, 9th century, documented collection since 1978", "CN", 1, 1, 24000, "EUR",
     [("IMPORT_LICENCE", "DE-KGSG-54-0041")], "archaeological object with the EU import licence"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "AE", "970510",
     "Roman amphora, Dressel 7-11, from a documented Spanish collection registered in 1958", "ES", 30, 1, 9000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCU-EXP-54-0207")], "amphora exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "MY", "850440",
     "Frequency converters for palm-oil mill decanters, 50 Hz, 6 units, for a named Malaysian refiner", "DE", 900, 6,
     48000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-54-2210"), ("END_USER_CERTIFICATE", "MY-MITI-EUC-54-0087")],
     "drives under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESSEA01", "sea", "ES", "LK", "847989",
     "High-pressure food processing unit, 300 l, cold, for a Sri Lankan juice maker", "ES", 22000, 1, 1400000, "EUR",
     [("EXPORT_LICENCE", "ES-SECOMEX-54-0301"), ("END_USER_CERTIFICATE", "LK-MOD-EUC-54-0012")],
     "dual-use isostatic press under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "CG", "NL", "440729",
     "Afrormosia (Pericopsis elata), sawn, FSC-certified concession, 40 m3", "CG", 28000, None, 36000, "EUR",
     [("CITES_PERMIT", "CG-MEF-CITES-54-0231")], "App. II afrormosia with its export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "051199",
     "Dried tokay geckos (Gekko gecko), within the Indonesian export quota, 500 pairs", "ID", 150, 500, 7500, "USD",
     [("CITES_PERMIT", "ID-KLHK-54-0877")], "App. II tokay geckos with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Frau S. Huber", "PRM-05": "Nordhafen Chłodnictwo Sp. z o.o.",
    "PRM-07": "Orion Asiatika GmbH", "PRM-11": "Atlantic Timber BV", "PRM-12": "Alpina Erboristeria Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (46 rows): the lawful twins of this set's disguises
    ("330190", "Orange-blossom water, distilled, 1 l glass bottles", "import", ["sea"], ["MA", "TN", "LB"], (1.2, 2.5), (3000, 9000), ["EUR"], 1, S),
    ("330300", "Bay rum lotion, 250 ml", "import", ["sea"], ["DM", "DO"], (4, 8), (300, 1200), ["USD"], 4, S),
    ("250100", "Sendha namak (rock salt), 1 kg packs", "import", ["sea"], ["IN", "PK"], (0.3, 0.6), (8000, 16000), ["USD"], 1, S),
    ("110819", "Water-chestnut starch, 250 g boxes", "import", ["sea"], ["CN", "MY"], (1.5, 3), (4000, 10000), ["USD"], 4, S),
    ("210690", "Coconut-milk powder, 1 kg bags", "import", ["sea"], ["LK", "MY", "TH"], (2.5, 4.5), (5000, 12000), ["USD"], 1, S),
    ("170290", "Haitian cane syrup, 1 l bottles", "import", ["sea"], ["HT", "DO"], (1.5, 3), (3000, 8000), ["EUR", "USD"], 0.75, S),
    ("940531", "Battery LED fairy lights, 10 m", "import", ["sea"], ["CN"], (5, 9), (2000, 6000), ["USD"], 10, S),
    ("110812", "Akamu (ogi) maize starch, 1 kg bags", "import", ["sea"], ["NG", "GH"], (0.8, 1.5), (3000, 8000), ["EUR", "USD"], 1, S),
    ("220299", "Prickly-pear (nopal) water, 1 l cartons", "import", ["express", "post"], ["MX"], (8, 15), (1, 4), ["USD", "MXN"], 1, S),
    ("330499", "Hechima (loofah) water skin toner, 500 ml", "import", ["post"], ["JP"], (15, 30), (1, 3), ["JPY", "USD"], 2, S),
    ("391190", "Polysulphone granules, virgin, for membranes", "export", ["sea"], ["LK", "IN"], (12, 20), (2000, 8000), ["EUR"], None, S),
    ("260111", "Iron-ore sinter feed, 62 % Fe", "import", ["sea"], ["BR", "MR"], (0.08, 0.14), (20000, 27000), ["USD"], None, S),
    ("850421", "Distribution transformers, new, mineral-oil filled, 400 kVA", "export", ["sea"], ["OM", "LK", "TG"], (8, 14), (3000, 12000), ["EUR"], 0.0006, S),
    ("391590", "Clean PU foam trimmings for rebonded foam, baled", "export", ["sea"], ["TG", "GH"], (0.2, 0.4), (12000, 20000), ["EUR"], None, S),
    ("380891", "Registered agricultural insecticides, current stock, 20 l", "export", ["sea"], ["MA", "SN"], (5, 9), (4000, 10000), ["EUR"], 0.05, S),
    ("780110", "Refined soft lead ingots, 99.97 %", "export", ["sea"], ["DO", "IN"], (2, 2.6), (18000, 24000), ["EUR", "USD"], None, S),
    ("870829", "New car interior trim parts, dashboards and steering wheels", "export", ["road"], ["MD", "UA"], (6, 12), (1000, 4000), ["EUR"], 0.2, S),
    ("300640", "Dental amalgam alloy, silver-tin filings, sealed jars", "export", ["air"], ["AO", "MZ"], (200, 400), (5, 20), ["EUR"], None, S),
    ("271019", "Re-refined base oil SN 150, certified, ISO tanks", "export", ["sea"], ["LY", "TN"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    ("290312", "Dichloromethane 99.9 %, drums", "import", ["sea"], ["OM", "IN", "CN"], (0.6, 1.0), (10000, 20000), ["USD"], None, S),
    ("841869", "Used screw chillers, propane (R-290), refurbished", "export", ["sea"], ["LK", "BD"], (3, 6), (4000, 12000), ["EUR"], 0.0002, S),
    ("870422", "Used box trucks, dry van, roadworthy", "export", ["sea"], ["TG", "BJ"], (1.2, 2.2), (8000, 16000), ["EUR"], 0.0001, S),
    ("271112", "Propane-isobutane camping gas cartridges, 340 g", "import", ["sea"], ["MX", "CN"], (3, 5), (2000, 6000), ["USD"], 2, S),
    ("440729", "Tali (Erythrophleum ivorense), sawn, FSC, kiln-dried", "import", ["sea"], ["CM", "GA"], (0.6, 1.0), (18000, 26000), ["EUR"], None, S),
    ("381400", "Isopropyl-alcohol flux remover, 500 ml aerosol", "import", ["air"], ["IN", "CN"], (3, 6), (200, 1500), ["USD"], 2, S),
    ("290313", "Chloroform AR grade, 2.5 l bottles", "import", ["air"], ["IN", "DE"], (2, 4), (200, 1500), ["USD"], 0.25, S),
    ("940360", "Omani mandoos chests, new, brass-studded", "import", ["sea"], ["OM", "IN"], (5, 10), (500, 2000), ["USD"], 0.03, S),
    ("830629", "New brass Buddha statues, Kandy craft", "import", ["sea"], ["LK", "NP"], (4, 8), (200, 1500), ["USD"], 0.05, S),
    ("691200", "Tang-style reproduction stoneware bowls, new", "import", ["sea"], ["MY", "CN"], (1.5, 3), (1000, 4000), ["USD"], 0.7, S),
    ("680299", "Soapstone carvings, new craft", "import", ["sea"], ["TG", "KE"], (1.5, 3), (300, 1500), ["EUR", "USD"], 0.1, S),
    ("830629", "Pewter souvenir replica coins", "import", ["express", "post"], ["BS", "US"], (80, 160), (1, 2), ["USD"], 30, S),
    ("442090", "Carved and painted cedar panels, new, Fès craft", "import", ["sea"], ["MA"], (2, 4), (500, 2000), ["EUR"], 0.01, S),
    ("691390", "Aged-look decorative terracotta jars, new", "export", ["sea"], ["MA", "AE"], (1.2, 2.5), (1000, 4000), ["EUR"], 0.03, S),
    ("442090", "Painted Ethiopian wooden crafts, new", "import", ["sea"], ["ET"], (8, 15), (100, 600), ["USD"], 0.3, S),
    ("570110", "New hand-knotted wool carpets, Guba design", "import", ["road"], ["AZ", "TR"], (20, 40), (500, 2000), ["USD", "EUR"], 0.05, S),
    ("842119", "Decanter centrifuges for palm-oil mills, new", "export", ["sea"], ["MY", "ID"], (20, 35), (4000, 12000), ["EUR"], 0.0002, S),
    ("903180", "Solar-tracker inclinometers, industrial", "export", ["sea"], ["OM", "MA"], (60, 120), (100, 500), ["EUR"], 5, S),
    ("842441", "Motorised knapsack sprayers for tea estates", "export", ["sea"], ["LK", "KE"], (20, 35), (1000, 3000), ["EUR"], 0.08, S),
    ("870333", "Used Toyota Land Cruisers, roadworthy, unarmoured", "export", ["sea"], ["MA", "GH"], (8, 14), (5000, 11000), ["EUR"], 0.0004, S),
    ("870530", "Forest fire tenders, 4x4, new", "export", ["sea"], ["CL", "MA"], (8, 14), (14000, 18000), ["EUR"], 0.00006, S),
    ("852589", "Hunting camera traps, infrared, retail boxed", "export", ["sea"], ["TG", "CI"], (80, 150), (300, 1500), ["EUR"], 3, S),
    ("851590", "Welding-inverter spare control boards", "export", ["sea"], ["EG", "TR"], (60, 120), (100, 800), ["EUR"], 2, S),
    ("840790", "Petrol tiller engines, single-cylinder, 7 hp", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 6000), ["USD"], 0.05, S),
    ("847989", "High-pressure food processing (HPP) unit, cold, 10 l, bench-top", "export", ["sea"], ["LK", "MX"], (60, 100), (2000, 5000), ["EUR"], None, S),
    ("330129", "Ho-wood essential oil, linalool type", "import", ["air"], ["CN", "VN"], (25, 45), (20, 200), ["USD"], None, S),
    ("091099", "Ras el hanout spice blend, 25 kg sacks", "import", ["road"], ["MA", "TN"], (3, 6), (1000, 5000), ["EUR"], 0.04, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and blind168, blind80's everyday rows (blind72's, with
# blind80's own rows), less the shared table's two steel rows, with four new rows instead of blind168's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("620791", "Cotton waffle bath robes", "import", ["sea"], ["PK", "TR"], (6, 10), (2000, 6000), ["USD", "EUR"], 1.2, N),
        ("960330", "Artists' paintbrushes, synthetic bristle, sets", "import", ["post", "express"], ["CN", "GB"], (25, 50), (1, 3), ["USD", "GBP"], 6, N),
        ("950300", "Teddy bears, polyester plush, boxed", "import", ["sea"], ["CN", "VN"], (5, 9), (2000, 6000), ["USD"], 3, N),
        ("442199", "Folding wooden artists' easels, beech", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 5000), ["USD"], 0.3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind169", 20540501, HERE)


if __name__ == "__main__":
    main()
