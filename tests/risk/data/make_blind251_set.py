#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-first blind set (tests/risk/data/blind251-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2068, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: aquaculture and fish farming
(hatcheries, fish-feed makers, net-pen and pond operators, aquaculture chemical and
vaccine suppliers).
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
need a permit, licence or certificate by law (live animals and plants, fish and fish roe,
food of animal origin, animal by-products such as shell grit and fish meal, veterinary
medicines) appear only in the permitted rows, with their document, and goods whose
importer must hold an authorisation (steel, HFC-charged equipment, HFC and HFO
refrigerants, firearms parts) are left out of the ordinary table (the shared everyday
table's two steel rows are dropped, as in blind128). Disguised rows carry a consignee
name only where a real declaration would. Ids are BL251-*:

    python3 tests/risk/data/make_blind251_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2068, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2068
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FIAIR01", "express", "NO", [], "FI", "380894",
         "Jodofor til desinfeksjon av rogn og øyerogn, 1 % tilgjengelig jod, 4 x 1 l", "NO", 4.6, 4, 900, "NOK",
         "a hatchery iodophor is a dark red-brown, foaming liquid that smells of iodine and stains the skin orange; "
         "these four bottles hold a water-clear, odourless liquid of 1.13 kg/l with vented caps that whitens and stings "
         "the skin: about 35 % hydrogen peroxide (Annex I above 12 %), sent by express from a Hordaland hatchery "
         "supplier to a private person in Oulu who hatches trout roe at home; Norwegian wording (hydrogen peroxide "
         "repeats in many sets; an iodophor egg-disinfectant label was found in no earlier row by a keyword search)",
         person("Mikko Virtanen", "FI")),
        ("PRE-02", "import", "DKSEA01", "sea", "FO", [], "DK", "291511",
         "Maurasýra 85 % til ensilering av deyðum fiski, 1 l fløskur, 600 fløskur", "FO", 840, 600, 1800, "DKK",
         "fish-silage formic acid is a colourless liquid of 1.20 kg/l with a sharp vinegar smell; these bottles hold a "
         "liquid of 1.40 kg/l that fumes yellow-brown when opened, stains the skin yellow and eats a copper coin, for an "
         "Esbjerg angling and smallholder web shop that sells 1 l bottles to the public: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, by ferry from Tórshavn; Faroese wording (nitric acid "
         "repeats in many sets and formic-acid labels in a few; a fish-silage acid from the Faroes was found in no "
         "earlier row by a keyword search)", firm("Vestkyst Fiskeri & Fritid ApS", "DK")),
        ("PRE-03", "import", "HUROAD01", "road", "UA", [], "HU", "310319",
         "Суперфосфат гранульований для удобрення коропових ставків, мішки 25 кг, 880 мішків", "UA", 22000, 880,
         5500, "EUR",
         "granular superphosphate for carp-pond fertilising is a grey, acid-smelling granule that barely dissolves; "
         "these sacks hold white, smooth prills that turn ice-cold in water, test at 34 % N and melt and fume on a hot "
         "plate, for a Hajdúszoboszló pond-and-angling web shop that sells 25 kg bags to hobby pond owners: ammonium "
         "nitrate (Annex I at 16 % N or more) made available to members of the public, on a lorry at Záhony; Ukrainian "
         "wording (ammonium nitrate repeats in many sets; a carp-pond superphosphate label was found in no earlier row "
         "by a keyword search: the one earlier superphosphate row is a waste)", firm("Vega Tókert Kft.", "HU")),
        ("PRE-04", "import", "DEAIR01", "express", "TH", [], "DE", "230990",
         "สารดึงดูดปลากินอาหาร น้ำมันตับปลาหมึกเข้มข้น สำหรับอาหารเม็ดปลาสเตอร์เจียน 4 x 1 ลิตร", "TH", 4.5, 4,
         2400, "THB",
         "squid-liver oil feed attractant is a thick, brown, strongly fishy oil that floats; these four bottles hold a "
         "water-clear, mobile liquid of 1.14 kg/l with a faint fruity smell that sinks in water and burns with a pale "
         "flame: nitromethane (Annex I above 16 %), sent by express from Samut Sakhon to a private sturgeon-pond keeper "
         "in Lower Saxony, although flammable liquids travel by express only as declared dangerous goods; Thai wording "
         "(nitromethane repeats in many sets and carp-bait attractant labels once; a squid-liver attractant for pond "
         "pellets was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-05", "import", "CZPOST01", "post", "CN", [], "CZ", "293590",
         "氯胺T 粉剂 (鱼用鳃病药浴), 1 公斤 × 3 袋", "CN", 3, 3, 210, "CNY",
         "chloramine-T for gill-disease baths is a white powder that smells of chlorine and turns starch-iodide paper "
         "blue; these three bags hold a heavier, odourless, gritty powder that does not smell of chlorine, barely "
         "dissolves and burns fiercely mixed with sugar: potassium perchlorate (Annex I above 40 %), posted from "
         "Guangdong to a private pond-carp grower near Třeboň; Chinese wording (potassium perchlorate repeats in many "
         "sets; chloramine-T was found once, as part of a waste, and never as a label on a precursor)",
         person("Jan Novák", "CZ")),
        ("PRE-06", "import", "PTAIR01", "air", "BR", [], "PT", "293627",
         "Vitamina C estabilizada (ascorbil polifosfato 35 %) para ração de tilápia, potes de 1 kg, 400 potes", "BR",
         400, 400, 6000, "BRL",
         "stabilised vitamin C for tilapia feed is a fine, off-white powder that tastes faintly sour; these tubs hold "
         "shiny, hygroscopic crystals that cake in damp air, have no taste to a cautious touch and flare with sugar, "
         "and the inner liners read 'NaClO4 H2O', for a Porto aquarium-and-pond web shop that sells 1 kg tubs to the "
         "public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from "
         "Campinas; Brazilian Portuguese wording (sodium perchlorate repeats in many sets and vitamin-C labels in two; "
         "a tilapia-feed vitamin label was found in no earlier row by a keyword search)",
         firm("Atlantic Aquários Lda", "PT")),
        ("PRE-07", "import", "GRROAD01", "road", "TR", [], "GR", "382499",
         "Süs havuzu berraklaştırıcı, sıvı polialüminyum klorür (PAC), 1 lt şişe, 2.400 şişe", "TR", 4400, 2400,
         3600, "EUR",
         "a liquid PAC pond clarifier is a pale-yellow, slightly cloudy liquid of about 1.3 kg/l; these bottles hold "
         "a colourless, oily liquid of 1.84 kg/l that chars paper and a wooden stirrer and grows hot with a drop of "
         "water, for a Thessaloniki garden-pond shop that sells to the public: about 96 % sulphuric acid (Annex I "
         "above 15 %) retail-packed for members of the public, in a van at Kipoi; Turkish wording (sulphuric acid "
         "repeats in many sets and a polyaluminium-chloride label once; as a pond clarifier from Türkiye to Greece is "
         "the new part as far as a search found)", firm("Delta Kipos AE", "GR")),
        ("PRE-08", "import", "NLSEA01", "sea", "KR", [], "NL", "282731",
         "양식장 및 해수어 수조용 염화마그네슘 플레이크, 1 kg 통, 6,000 통", "KR", 6000, 6000, 4800, "USD",
         "magnesium chloride flakes for marine hatchery water are bitter, white flakes that run to liquid in damp air "
         "within hours; these tubs hold hard, shiny, tasteless crystals that stay dry, spit violet sparks on a hot iron "
         "and carry CAS 3811-04-9 on the inner bags, for a Rotterdam aquarium wholesaler that sells 1 kg tubs to reef "
         "keepers: potassium chlorate (Annex I above 40 %) retail-packed for members of the public, by sea from Busan; "
         "Korean wording (potassium chlorate repeats in many sets and magnesium-chloride labels in a few; a "
         "hatchery-water label from Korea is the new part as far as a search found)",
         firm("Horizon Aquaria Groothandel BV", "NL")),
        ("PRE-09", "import", "ESAIR01", "air", "CL", [], "ES", "281129",
         "Dióxido de cloro estabilizado 2 %, para pisciculturas y estanques, bidones de 5 l, 240 bidones", "CL", 1450,
         240, 2200, "USD",
         "stabilised chlorine dioxide 2 % is a faintly yellow liquid of 1.01 kg/l that smells of swimming pools; these "
         "canisters hold a water-clear, odourless liquid of 1.20 kg/l behind vented caps that foams on rust and "
         "bleaches the skin, for a Murcia pond-supply web shop that sells 5 l cans to the public: about 50 % hydrogen "
         "peroxide (Annex I above 12 %), flown from Puerto Montt; Chilean Spanish wording (hydrogen peroxide repeats "
         "in many sets and a chlorine-dioxide label once, in blind4; for salmon hatcheries and ponds is the new part "
         "as far as a search found)",
         firm("Orion Estanques SL", "ES")),
        ("PRE-10", "import", "ATROAD01", "road", "TR", ["BG", "RS", "HU"], "AT", "291814",
         "Limon tuzu (sitrik asit), gıda, 250 g paket, 16.000 paket", "TR", 4000, 16000, 2400, "EUR",
         "Turkish 'lemon salt' is citric acid: colourless crystals that taste intensely sour; these packets hold "
         "crystals with no sour taste that draw damp, crackle and flare yellow on a gas ring and read CAS 7775-09-9 on "
         "the factory sheet in the cab, for a Vienna Turkish grocery wholesaler that supplies shops selling to the "
         "public: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, on a lorry through "
         "Bulgaria, Serbia and Hungary; Turkish wording (the one row outside the aquaculture trade in this domain; "
         "sodium chlorate repeats in many sets and a 'limon tuzu' label once, in blind110; kept as a repeat)",
         firm("Central Gıda Handels GmbH", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "NOSEA01", "sea", "NO", [], "IN", "282550",
         "Kobberoksid (Cu2O), pigmentkvalitet for bunnstoff, storsekker, 24 t", "NO", 24000, None, 9600, "EUR",
         "cuprous oxide pigment for antifouling is a fine, bright red, free-flowing powder of 97 % Cu2O with a data "
         "sheet; these bags hold a wet, green-brown, fibrous sludge full of nylon lint, mussel spat and paint flakes "
         "that reads 20 % copper, from a Trøndelag net-washing plant that cleans salmon-cage nets: net-cleaning sludge "
         "with copper compounds (Basel Y22, hazardous), whose export to a non-OECD country is banned, from Ålesund to "
         "Mundra for a 'paint maker'; Norwegian wording (antifouling paints and copper wastes repeat in many sets; "
         "net-washing sludge under a pigment label was found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-02", "export", "NOSEA01", "sea", "NO", [], "NG", "890790",
         "Flytende fôrflåte/ponton, 450 t fôrkapasitet, i drift, selges for videre bruk, 1 stk.", "NO", 620000, 1,
         60000, "EUR",
         "a working feed barge has live generators, blowers and feed silos and is sold with class papers; this 1996 "
         "concrete-hulled barge has seized generators, cut feed lines, bilges full of oily water, asbestos gaskets in the "
         "engine room and PCB-filled capacitors, and its buyer is a Lagos beach-breaker: an end-of-life floating "
         "structure (hazardous waste under Basel), whose export for dismantling to a non-OECD country is banned, towed "
         "from Kristiansund; Norwegian wording (end-of-life vessels 'for further trading' repeat in several sets; a "
         "salmon feed barge was found in no earlier row by a keyword search)", {"importer_country": "NG"}),
        ("WST-03", "export", "DKSEA01", "sea", "DK", [], "VN", "390120",
         "HDPE-regranulat, natur, ren, til sprøjtestøbning, big bags, 20 t", "DK", 20000, None, 2000, "EUR",
         "HDPE regranulate is clean, uniform pellets that pour freely; these bags hold small, ribbed plastic wheels "
         "coated in brown, smelling biofilm and fish-farm sludge: used moving-bed biofilter carriers from Jutland "
         "recirculating trout farms (contaminated plastic waste, Basel Y48/A3210), whose export to a non-OECD country "
         "needs prior consent it does not have, from Aarhus to Hai Phong at 0.10 EUR/kg; Danish wording (plastic "
         "waste under regranulate labels repeats in many sets; biofilter carriers were found in no earlier row by a "
         "keyword search)", {"importer_country": "VN"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "IN", "392690",
         "Filets en PEHD neufs, chutes de production, en balles, 22 t", "FR", 22000, None, 1800, "EUR",
         "new HDPE netting offcuts are clean, single-colour mesh on cut edges; these bales hold black mesh bags still "
         "clipped shut, crusted with oyster shell, barnacles and mud and smelling of rot: used oyster-farm bags "
         "(poches ostréicoles) from Marennes-Oléron trestles (contaminated plastic waste, Basel Y48), whose export to a "
         "non-OECD country needs prior consent it does not have, from Le Havre to Nhava Sheva; French wording (plastic "
         "waste repeats in many sets; used oyster bags were found in no earlier row by a keyword search)",
         {"importer_country": "IN"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "EG", "380290",
         "Aktivierte Bleicherde (Bentonit), neu, für Speiseölraffination, Big Bags, 20 t", "DE", 20000, None, 3000,
         "EUR",
         "new activated bleaching earth is a dry, pale, talc-like powder; these bags hold dark, oily, fish-smelling "
         "lumps that grow warm in the bag and smoulder where torn: spent bleaching earth from a Cuxhaven fish-oil "
         "refinery that supplies fish-feed makers (self-heating, oil-laden waste, hazardous under Basel), whose export "
         "to a non-OECD country is banned, from Bremerhaven to Damietta; German wording (bleaching-earth labels repeat "
         "in a few sets; from a fish-oil refinery for feed is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-06", "export", "GRSEA01", "sea", "GR", [], "EG", "392690",
         "Πλωτήρες κλωβών ιχθυοκαλλιέργειας, μεταχειρισμένοι, σε καλή κατάσταση, 300 τεμ.", "GR", 6000, 300, 3000,
         "EUR",
         "a sea-bream farm's 'used equipment' container for an Alexandria fish farm: cage floats and a feed-barge "
         "generator are what such farms sell on, but the third item's 'tested, working' cameras and control panels are "
         "4 t of cracked underwater cameras, flooded feeding-system cabinets and CRT monitors with no test labels, "
         "sorted by nobody: e-waste (hazardous under Basel), whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration, from Piraeus; Greek wording (e-waste under 'tested' labels "
         "repeats in many sets; fish-farm cameras and feed panels were found in no earlier row by a keyword search)",
         dict({"importer_country": "EG"},
              _more_items=[item("850211", "Γεννήτρια ντίζελ πλωτής πλατφόρμας ταΐσματος, μεταχειρισμένη, 1", "GR",
                                2200, 6000, "EUR", qty=1),
                           item("852589", "Υποβρύχιες κάμερες και πίνακες ελέγχου ταΐσματος, ελεγμένα, λειτουργικά, 180",
                                "GR", 4000, 1800, "EUR", qty=180)])),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "GH", "850760",
         "Second-life battery modules, LFP, ex hybrid feed barge, tested 80 % SOH, for solar storage, 48", "GB", 14000,
         48, 19000, "GBP",
         "second-life battery modules come with test sheets, intact casings and a state-of-health label per module; "
         "these have swollen, scorched casings, blown fuses and taped terminals, some still warm, pulled from a West "
         "Highland hybrid feed barge after a thermal event: waste lithium-ion batteries (hazardous under Basel), whose "
         "export to a non-OECD country is banned, from Grangemouth to Tema; Scottish English wording (waste lithium "
         "cells repeat in many sets; from a salmon-farm hybrid feed barge is the new part as far as a search found)",
         {"importer_country": "GH"}),
        ("WST-08", "export", "ESSEA01", "sea", "ES", [], "MA", "391590",
         "Recortes de geomembrana de PEAD, limpios, para reciclaje, balas, 20 t", "ES", 20000, None, 800, "EUR",
         "clean geomembrane offcuts are flat, black, unmarked sheet; these bales hold folded liners caked with "
         "sulphide-black mud, lime and dead shrimp, cut out of Cádiz estuary fish ponds (esteros) after a disease "
         "outbreak and disinfection: contaminated plastic waste (Basel Y48), whose export to a non-OECD country needs "
         "prior consent it does not have, from Algeciras to Tanger Med; Andalusian Spanish wording (a pond-liner "
         "geomembrane was found once, in blind64, on another route; kept as a repeat of the good, with a new route "
         "and trade)", {"importer_country": "MA"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "TN", "271019",
         "Olio idraulico nuovo, ISO VG 46, fusti da 200 l, 60 fusti", "IT", 11000, 60, 2200, "EUR",
         "new hydraulic oil is clear, amber and sealed at the filler; these drums have broken seals and hold a black, "
         "watery, emulsified oil with shell grit and copper flakes, drained from sea-bass-farm net winches, feed "
         "barges and workboats in the Gulf of Gaeta: waste mineral oil (13 01*, hazardous), whose export to a non-OECD "
         "country is banned, from Salerno to Radès for a 'lubricants dealer'; Italian wording (waste oil under new-oil "
         "labels repeats in many sets; from fish-farm hydraulics is the new part as far as a search found)",
         {"importer_country": "TN"}),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "850440",
         "Zasilacze UPS, używane, sprawne, z akumulatorami, 120 szt.", "PL", 9000, 120, 6000, "EUR",
         "working used UPS units come tested, clean and with charged batteries; these are rusted, dust-packed units "
         "with leaking, bulging lead-acid batteries, some cut open, collected from a Warsaw office-clearance contractor: "
         "waste electrical equipment with lead-acid batteries (hazardous), whose export to a non-OECD country is "
         "banned, on a lorry at Dorohusk for a Lviv 'repair shop'; Polish wording (the one row outside the aquaculture "
         "trade in this domain; UPS units repeat in a few sets, as in blind164; kept as a repeat on a new route)",
         {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "IN", [], "ES", "392310",
         "Insulated fish tubs, 660 L, rotomoulded PE with PU foam, CFC-free, for fish harvest, 300 pcs", "IN", 18000,
         300, 54000, "USD",
         "insulated harvest tubs are foamed with cyclopentane or water-blown PU and their data plates say so; these "
         "300 tubs carry a 'CFC-free' sticker but the moulder's plate reads 'blowing agent: HCFC-141b' and a core "
         "sample smells of ether: products containing HCFC-141b, whose placing on the market Regulation 2024/590 bans, "
         "by sea from Mundra to Valencia for Murcia sea-bream farms; Indian English wording (HCFC-141b repeats in many "
         "sets, in premixes and panels; insulated fish tubs were found in no earlier row by a keyword search)",
         firm("Meridian Acuicultura SL", "ES")),
        ("OZN-02", "import", "GRSEA01", "sea", "CN", [], "GR", "290949",
         "2-苯氧乙醇 (鱼用麻醉剂原料), 99 %, 200 升桶, 20 桶", "CN", 8000, 20, 28000, "USD",
         "2-phenoxyethanol, the hatchery fish anaesthetic, is an oily, rose-scented liquid of 1.10 kg/l; these drums "
         "hold a water-thin liquid of 1.99 kg/l with a sweet, chloroform-like smell, and the filler's label under the "
         "sticker reads 'CH2BrCl': bromochloromethane, a controlled substance whose import Regulation 2024/590 bans "
         "outside licensed feedstock uses, by sea from Ningbo to Piraeus for a sea-bream hatchery supplier; Chinese "
         "wording (bromochloromethane repeats in several sets; a phenoxyethanol label was found in no earlier row by a "
         "keyword search)", firm("Alpina Ydatokalliergeies AE", "GR")),
        ("OZN-03", "import", "GBAIR01", "air", "NZ", [], "GB", "290950",
         "Isoeugenol 50 % fish sedative concentrate (harvest sedation), 20 L, 30 drums, kia ora from Nelson", "NZ",
         800, 30, 18000, "NZD",
         "isoeugenol fish-sedative concentrate is a pale-yellow, oily liquid of about 1.08 kg/l that smells strongly "
         "of cloves; these drums hold a colourless liquid of 1.34 kg/l with a sweet, chloroform-like smell and no "
         "clove scent: 1,1,1-trichloroethane (methyl chloroform), a controlled substance banned from import, flown "
         "from Christchurch to Glasgow for a West Highland salmon farm's harvest station; New Zealand English wording "
         "(methyl chloroform repeats in many sets and clove-oil labels in a few, on other goods; an isoeugenol "
         "sedative label was found in no earlier row by a keyword search)", firm("Nordhafen Salmon Ltd", "GB")),
        ("OZN-04", "import", "ITSEA01", "sea", "VN", [], "IT", "841869",
         "Máy làm lạnh nước cho trại sản xuất giống cá biển, 10 HP, môi chất R-407C, 24 bộ", "VN", 7200, 24,
         38000, "USD",
         "hatchery water chillers charged with R-407C carry that gas on a factory plate and service ports to match; "
         "these 24 units have plates over-stickered 'R-407C', the original plates beneath read 'R-22', and a leak "
         "detector set to HCFC sounds at the valves: equipment pre-charged with HCFC-22, whose placing on the market "
         "Regulation 2024/590 bans, by sea from Ho Chi Minh City to Livorno for an Orbetello sea-bass hatchery; "
         "Vietnamese wording (R-22 equipment repeats in many sets; hatchery water chillers from Viet Nam were found in "
         "no earlier row by a keyword search)", firm("Rivage Ittica Srl", "IT")),
        ("OZN-05", "import", "GRROAD01", "road", "TR", [], "GR", "392510",
         "Balık nakil tankları, CTP, 2.000 lt, 12 adet", "TR", 2400, 12, 9600, "EUR",
         "a Turkish hatchery-supply lorry for a Greek sea-bass farm: fibreglass fish-transport tanks and oxygen "
         "diffusers are what such suppliers send, but the third item's 'empty oxygen cylinders' are 60 full, "
         "non-refillable R-404A cylinders with the labels peeled and oxygen stickers added: HFC refrigerant in "
         "disposable containers, banned, and HFCs placed on the market without quota, hidden as the last item of a "
         "three-item declaration, at Kipoi; Turkish wording (R-404A repeats in many sets and oxygen-cylinder covers in "
         "a few; behind fish-transport tanks is the new part as far as a search found)",
         dict(firm("Vega Ichthyotrofeia AE", "GR"),
              _more_items=[item("392690", "Hava difüzörleri, seramik disk, balık nakli için, 200 adet", "TR", 120, 1400,
                                "EUR", qty=200),
                           item("731100", "Boş çelik oksijen tüpleri, 10 lt, 60 adet", "TR", 680, 900, "EUR", qty=60)])),
        ("OZN-06", "import", "PTSEA01", "sea", "IN", [], "PT", "291531",
         "Ethyl acetate 99.9 %, extraction grade, for astaxanthin extraction from Haematococcus, 200 L drums, 40 drums",
         "IN", 12000, 40, 14000, "USD",
         "extraction-grade ethyl acetate is a light, fruity-smelling solvent of 0.90 kg/l; these drums hold a heavy, "
         "non-flammable liquid of 1.59 kg/l that smells like chloroform and sinks in water: carbon tetrachloride, a "
         "controlled substance banned from import, by sea from Nhava Sheva to Sines for an Algarve microalgae farm "
         "that makes astaxanthin for salmon feed; Indian English wording (carbon tetrachloride repeats in many sets "
         "and ethyl-acetate labels in a few; an astaxanthin-extraction label was found in no earlier row by a "
         "keyword search)", firm("Orion Microalgas Lda", "PT")),
        ("OZN-07", "import", "GBSEA01", "sea", "CN", [], "GB", "731100",
         "Inert gas fire suppression package (IG-541, Inergen) for fish-farm feed barge engine room, 300 bar, 16 cylinders",
         "CN", 1900, 16, 21000, "USD",
         "IG-541 inert-gas cylinders are tall, slim 300-bar cylinders that hold a permanent gas and do not slosh; these "
         "16 are squat, 42-bar containers with liquid sloshing inside and a dip-tube valve, and the filler's tag reads "
         "'HFC-227ea': heptafluoropropane, an HFC placed on the market without quota or registration, by sea from "
         "Shanghai to Grangemouth for a Shetland feed-barge builder; Chinese-English wording (HFC-227ea repeats in "
         "several sets and Inergen labels in a few; a feed-barge fire package was found in no earlier row by a "
         "keyword search)", firm("Atlantic Marine Fabrication Ltd", "GB")),
        ("OZN-08", "transit", "ESSEA01", "sea", "CN", ["ES"], "MR", "290342",
         "二氟甲烷 (R-32) 制冷剂, 鱼品加工冷库用, 9.5 公斤钢瓶, 800 瓶, 经阿尔赫西拉斯转运", "CN", 7600, 800, 16000,
         "USD",
         "R-32 cylinders for Nouadhibou fish-processing cold rooms are declared in transit through Algeciras; R-32 is "
         "flammable and its cylinders carry red bands and a left-hand thread, but these have green bodies, "
         "right-hand valves and read 'R-22' on the neck rings under the stickers: HCFC-22 moved through the Union "
         "without the licence Regulation 2024/590 requires, in transit at Algeciras; Chinese wording (HCFC-22 in "
         "transit repeats in several sets; to Mauritanian fish plants through Algeciras is the new part as far as a "
         "search found)", {"importer_country": "MR"}),
        ("OZN-09", "export", "IEAIR01", "air", "IE", [], "NG", "731100",
         "Used fire-suppression cylinders, nitrogen, from decommissioned salmon feed barge, 12 pcs", "IE", 900, 12,
         600, "EUR",
         "used nitrogen cylinders from a fire system are tall 200-bar cylinders with gas that hisses out; these 12 are "
         "low-pressure containers with liquid sloshing inside, painted red, and their valve tags read 'BTM' and "
         "'Halon 1301': bromotrifluoromethane recovered from a Connemara feed barge, a controlled substance whose export "
         "Regulation 2024/590 bans outside critical uses, flown from Shannon to Lagos for a 'fire-equipment dealer'; "
         "Irish English wording (halon 1301 repeats in many sets and nitrogen labels in a few; from a decommissioned "
         "feed barge is the new part as far as a search found)", {"importer_country": "NG"}),
        ("OZN-10", "import", "NLSEA01", "sea", "IN", [], "NL", "290399",
         "Ethylene oxide 90 % / CO2 10 % sterilant gas for spice sterilisation, 50 kg cylinders, 40 pcs", "IN", 2000,
         40, 12000, "USD",
         "ethylene-oxide sterilant mixtures come in cylinders with flammable-gas labels and ether-smelling valves; these "
         "40 cylinders are heavier than their tare allows, carry no flammable mark and smell faintly of chloroform, "
         "and the shoulders are stamped 'CH3Br': methyl bromide, whose import is banned outside licensed uses, by sea "
         "from Mundra to Rotterdam for a spice cleaner; Indian English wording (the one row outside the aquaculture "
         "trade in this domain; methyl bromide repeats in many sets and ethylene-oxide labels in a few; kept as a "
         "repeat of the good)", firm("Delta Spice Processing BV", "NL")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "EG", [], "DE", "392640",
         "زينة أحواض سمك من الريزن، تماثيل فرعونية مقلدة، 6 قطع", "EG", 3, 6, 40, "EUR",
         "resin aquarium ornaments are light, hollow, glossy and seam-marked; these six are heavy, cold, green-crusted "
         "bronze figures of Osiris and a faience ushabti with worn hieroglyphs, still caked in black Delta mud, dug "
         "from a new fish pond near Kafr el-Sheikh: Late Period Egyptian antiquities exported without Egyptian "
         "authorisation, posted from Alexandria to a private buyer in Bremen; Egyptian Arabic wording (Egyptian "
         "antiquities repeat in many sets and aquarium-ornament labels in a few; from fish-pond digging in the Delta "
         "is the new part as far as a search found)", person("Anna Schmidt", "DE")),
        ("CUL-02", "import", "CZAIR01", "air", "VN", [], "CZ", "691490",
         "Hang gốm cho cá sinh sản (cá lau kiếng, tôm cảnh), thủ công, 40 chiếc", "VN", 60, 40, 320, "USD",
         "ceramic spawning caves for plecos are new, unglazed, tube-shaped terracotta with the same bore; these 40 are "
         "glazed, blue-and-white and celadon jars and bowls of differing shapes with barnacle scars and sea-salt "
         "bloom, from the Cù Lao Chàm wreck area off Hội An: 15th-century shipwreck ceramics exported without Vietnamese "
         "authorisation, flown from Đà Nẵng to Prague for an ornamental-fish breeder; Vietnamese wording (Vietnamese "
         "wreck ceramics repeat in several sets, Cù Lao Chàm finds in blind203; kept as a repeat of the good, as a "
         "spawning-cave label was found in no earlier row by a keyword search)", firm("Orion Akvaristika s.r.o.", "CZ")),
        ("CUL-03", "import", "NLSEA01", "sea", "CN", [], "NL", "251690",
         "青龙石 (Seiryu stone) 水族造景石, 原石, 散装, 8 吨", "CN", 8000, None, 4800, "USD",
         "an aquascaping container for a Dutch aquarium wholesaler: Seiryu stone, driftwood and glass pebbles are what "
         "aquascapers buy, but the third item's 'jade-colour glass pebbles' are 40 kg of cold, heavy, polished green "
         "and cream nephrite discs and squared tubes with carved masks, drilled from both sides: Liangzhu jade bi and cong, "
         "exported without Chinese authorisation, hidden as the last item of a three-item declaration, by sea from "
         "Shanghai; Chinese wording (Liangzhu jades repeat in several sets and a Seiryu label once; glass-pebble "
         "aquascape stock is the new part as far as a search found)",
         dict(firm("Meridian Aquascaping BV", "NL"),
              _more_items=[item("442199", "杜鹃根沉木 (水族造景), 300 件", "CN", 900, 1500, "USD", qty=300),
                           item("701890", "仿玉玻璃石子 (水族造景), 20 公斤 × 2 袋", "CN", 40, 60, "USD")])),
        ("CUL-04", "import", "BGROAD01", "road", "TR", [], "BG", "681099",
         "Kullanılmış beton ağ kafes bağlama blokları (ölü ağırlık), 14 adet", "TR", 4200, 14, 700, "EUR",
         "used concrete mooring blocks for net cages are cast, square, with a steel eye and rebar ends; these 14 are "
         "roughly shaped stones with a single drilled hole and marine borings, pulled up by divers at a Güllük sea-bass "
         "farm: Bronze Age stone anchors exported without Turkish authorisation, on a lorry at Kapitan Andreevo for a "
         "Sozopol 'garden-design' firm; Turkish wording (stone anchors were found once, in blind173, on another route; "
         "a mooring-block label from a fish farm was found in no earlier row)", firm("Rivage Dizain EOOD", "BG")),
        ("CUL-05", "import", "GBAIR01", "air", "BD", [], "GB", "680299",
         "চিংড়ি খাদ্য মেশানোর পুরনো পাথরের শিল-নোড়া, ব্যবহৃত, ৩ পিস", "BD", 140, 3, 120, "GBP",
         "an old grinding slab and pestle for mixing shrimp feed are flat, pitted river stones; these three are carved "
         "black-basalt slabs, one a standing Vishnu with attendants and a Pala-period inscription on the base, the "
         "others lotus-carved pedestals, dug up while deepening a shrimp gher near Bagerhat: Pala sculpture exported "
         "without Bangladeshi authorisation, flown from Dhaka to London for a Brick Lane 'interiors' dealer; Bengali "
         "wording (Pala sculpture repeats in several sets; a shrimp-feed grinding-stone label was found in no "
         "earlier row by a keyword search)", firm("Horizon Interiors Ltd", "GB")),
        ("CUL-06", "import", "ITAIR01", "air", "PE", [], "IT", "691490",
         "Flotadores de cerámica artesanales para jaulas de truchas, usados, Puno, 12 piezas", "PE", 18, 12, 90, "USD",
         "handmade ceramic floats for Titicaca trout cages are rough, hollow, new-fired balls; these 12 are polished "
         "black and red fragments of puma-headed incense burners and a stone offering box with lake-bottom crust, "
         "taken by divers near a trout-cage site off the Island of the Sun: Tiwanaku objects exported without Peruvian "
         "authorisation, flown from Lima to Milan for a private collector; Peruvian Spanish wording (Tiwanaku "
         "objects and Titicaca finds repeat in several sets; kept as a repeat of the good, as a trout-cage float "
         "label was found in no earlier row by a keyword search)", firm("Alpina Arte Srl", "IT")),
        ("CUL-07", "import", "ITROAD01", "road", "AL", [], "IT", "392690",
         "Kosha plastike të përdorura për kultivimin e midhjeve, Butrint, 1 paletë", "AL", 260, None, 150, "EUR",
         "used mussel-farm socks and ropes are tangled plastic mesh with shell; this pallet holds, under the ropes, "
         "six shell-crusted bronze coins, a bronze lamp and a marble head with lagoon growth, recovered while laying "
         "mussel lines in the Butrint lagoon: Roman antiquities exported without Albanian authorisation, on the "
         "Durrës-Bari ferry; Albanian wording (Roman finds repeat in many sets and Butrint once, in blind163; "
         "mussel-farm gear as the cover was found in no earlier row by a keyword search)", firm("Central Arredo Srl", "IT")),
        ("CUL-08", "import", "DEAIR01", "air", "TR", [], "DE", "970191",
         "Yeni el yapımı ikonalar, Bizans tarzı, ahşap üzerine tempera, 4 adet", "CY", 8, 4, 400, "EUR",
         "new hand-made icons have fresh gesso, bright pigments and clean backs; these four have cracked, darkened "
         "varnish, worm holes, old nail holes and church inventory numbers on the back: post-Byzantine icons taken "
         "from churches in the north of Cyprus, exported without authorisation, flown from Istanbul to Munich; "
         "Turkish wording (the one of three rows outside the aquaculture trade in this domain; Cypriot icons repeat "
         "in several sets; kept as a repeat)", firm("Alpina Kunsthandel GmbH", "DE")),
        ("CUL-09", "import", "ATAIR01", "express", "GE", [], "AT", "711719",
         "ოქროს ფერის სუვენირული საყურეები, ახალი, 6 წყვილი", "GE", 1, 12, 60, "EUR",
         "gold-coloured souvenir earrings are plated brass with lobster clasps; these are soft, high-carat gold "
         "granulated pendants and temple rings with ancient wear and soil in the crevices: Colchian gold ornaments "
         "exported without Georgian authorisation, sent by express from Kutaisi to a private buyer in Graz; Georgian "
         "wording (Colchian gold repeats in a few sets; kept as a repeat)", person("Thomas Gruber", "AT")),
        ("CUL-10", "import", "PLAIR01", "air", "MN", [], "PL", "830629",
         "Гуулин бүсний чимэглэл, шинэ гар урлал, 20 ширхэг", "MN", 4, 20, 200, "USD",
         "new brass belt ornaments from Ulaanbaatar craft shops are bright, cast with crisp edges and sprue marks; "
         "these 20 are bronze openwork plaques of fighting animals with green corrosion and worn loops: Xiongnu "
         "belt plaques exported without Mongolian authorisation, flown from Ulaanbaatar to Warsaw; Mongolian wording "
         "(Xiongnu bronzes repeat in a few sets; kept as a repeat)", firm("Vega Antyki Sp. z o.o.", "PL")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["AE"], "IR", "730900",
         "Edelstahltank 300 l, offen, nicht sterilisierbar, zum Ansetzen von Bacillus-Probiotika für Garnelenteiche, 4 Stück",
         "DE", 2400, 4, 180000, "EUR",
         "an open probiotic brewing tank for shrimp ponds is a plain, unjacketed vessel with a lid; these four are "
         "closed, jacketed, polished vessels rated for steam-in-place at 2 bar with sterile sampling valves, sealed "
         "agitators and a value thirty times an open tank: fermenters of 100 l or more (Australia Group, 2B352), "
         "exported without a licence, by sea from Hamburg through Jebel Ali to a Bushehr 'shrimp-farm co-operative'; "
         "German wording (fermenters repeat in many sets under tank labels; a shrimp-probiotic label was found in no "
         "earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "CN", "901480",
         "Sondeur de biomasse pour cages piscicoles, comptage de poissons, 2 systèmes", "FR", 380, 2, 640000, "EUR",
         "a net-pen biomass sounder is a small, fixed, downward-looking transducer with a PC box worth a few thousand "
         "euros; these two are towed synthetic-aperture sonar bodies with inertial units and 300 m depth ratings, "
         "worth 320,000 EUR each: side-scan/synthetic-aperture sonar (6A001), exported without a licence, flown from "
         "Brest to Qingdao for an 'aquaculture institute'; French wording (sonar repeats in several sets, fish-finder "
         "labels among them; a biomass-counter label was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-03", "export", "PLAIR01", "air", "PL", [], "AM", "852589",
         "Kamery do ochrony stawów rybnych przed kormoranami, 40 szt.", "PL", 120, 40, 380000, "EUR",
         "anti-cormorant pond cameras are day-night IP cameras with an infra-red lamp at a few hundred euros each; "
         "these 40 are cooled thermal cameras with 640 x 512 sensors and zoom lenses at 9,500 EUR each, bought for a "
         "Yerevan 'fish-farm' with no ponds that re-exports to Moscow: thermal cameras (6A003) for Russia, exported "
         "without a licence and against Regulation 833/2014, flown from Warsaw; Polish wording (thermal cameras to "
         "Russia through Armenia repeat in several sets; a cormorant-camera label was found in no earlier row by a "
         "keyword search)", {"importer_country": "AM"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "CN", "843610",
         "Estrusore bivite per mangimi galleggianti per pesci, 6 t/h, completo, 1 linea", "IT", 24000, 1, 1400000,
         "EUR",
         "a twin-screw floating-feed extruder line for a Dalian feed mill; the Dalian buyer has no mill, the "
         "container's booking continues by rail to Dandong and the consignee's phone is a Sinuiju number: fish-feed "
         "machinery for North Korea, whose supply Regulation 2017/1509 bans (machinery of chapter 84), by sea from La "
         "Spezia; Italian wording (North Korean end users behind Chinese buyers repeat in many sets; a fish-feed "
         "extruder was found in no earlier row by a keyword search, extruders only on other goods)",
         {"importer_country": "CN"}),
        ("STR-05", "export", "NLSEA01", "sea", "NL", ["LB"], "SY", "293090",
         "Vloeibare methionine-hydroxy-analoog (MHA-FA 88 %), diervoederadditief voor visvoer, IBC 1.000 l, 12 IBC's",
         "NL", 13000, 12, 60000, "EUR",
         "liquid methionine hydroxy analogue is a brown, viscous, sulphur-smelling liquid of 1.22 kg/l; these IBCs hold "
         "a clear, mobile, amine-smelling liquid of 0.83 kg/l that is strongly alkaline: N,N-diisopropylaminoethanol "
         "(CWC Schedule 2B), exported without a licence, by sea from Rotterdam through Beirut to a Latakia 'fish-feed "
         "mill'; Dutch wording (aminoethanols repeat in many sets; a methionine feed-additive label was found in no "
         "earlier row by a keyword search)", {"importer_country": "SY"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", ["AE"], "IR", "850440",
         "Variadores de frecuencia para aireadores de paletas, estanques de camarón, 60 unidades", "ES", 1800, 60,
         420000, "EUR",
         "variable-speed drives for paddlewheel aerators are 50-60 Hz drives of a few kilowatts costing a few hundred "
         "euros; these 60 are multiphase units with an output of 600-2,000 Hz, low harmonic distortion and precise "
         "frequency control at 7,000 EUR each: frequency changers (3A225, for gas centrifuges), exported without a "
         "licence, by sea from Valencia through Jebel Ali to a Bushehr 'shrimp farm'; Spanish wording (frequency "
         "changers repeat in many sets; a paddlewheel-aerator label was found in no earlier row by a keyword search)",
         {"importer_country": "IR"}),
        ("STR-07", "export", "LVROAD01", "road", "LV", ["RU"], "KZ", "880623",
         "Barības izkliedēšanas droni zivju dīķiem, 20 kg krava, 24 gab.", "LV", 1800, 24, 260000, "EUR",
         "feed-spreading drones for fish ponds are slow, heavy multirotors with a hopper and a spinner; these 24 have "
         "the hopper and a release hook under the same frame, encrypted long-range radio links and thermal cameras, "
         "and the Kazakh 'fish farm' forwards to Russia: unmanned aircraft for Russia, whose export Regulation 833/2014 "
         "bans, on a lorry at Terehova; Latvian wording (drones to Russia through Kazakhstan repeat in many sets; a "
         "pond feed-spreading label was found in no earlier row by a keyword search)", {"importer_country": "KZ"}),
        ("STR-08", "export", "FIAIR01", "air", "FI", [], "KG", "901420",
         "Aaltopoijujen liikeanturit kalankasvatuslaitoksille, 30 kpl", "FI", 60, 30, 450000, "EUR",
         "wave-buoy motion sensors for fish farms are MEMS units at a few hundred euros; these 30 are navigation-grade "
         "fibre-optic gyro inertial units at 15,000 EUR each, for a Bishkek 'aquaculture' firm on a lake with no fish "
         "farms, that re-exports to Russia: inertial navigation equipment (7A) for Russia, exported without a licence "
         "and against Regulation 833/2014, flown from Helsinki; Finnish wording (gyros to Russia through Kyrgyzstan "
         "repeat in several sets; a fish-farm wave-buoy label was found in no earlier row by a keyword search)",
         {"importer_country": "KG"}),
        ("STR-09", "export", "DESEA01", "sea", "CZ", ["LB"], "SY", "283699",
         "Peroxouhličitan sodný, granule pro okysličení rybníků, pytle 25 kg, 320 pytlů", "CZ", 8000, 320, 9600,
         "EUR",
         "sodium percarbonate pond-oxygen granules are white granules that fizz and release oxygen in water; these "
         "sacks hold white, pillow-shaped briquettes that do not fizz, smell of bitter almonds when damp and read "
         "'NaCN 98 %' on the inner liners: sodium cyanide (Australia Group precursor), exported without a licence, by "
         "sea from Hamburg through Beirut to a Homs 'fish-farm supplier'; Czech wording (sodium cyanide repeats in "
         "many sets and percarbonate labels in a few; a pond-oxygen label was found in no earlier row)",
         {"importer_country": "SY"}),
        ("STR-10", "export", "ATAIR01", "air", "AT", ["TR"], "IR", "681511",
         "Carbonrohre, teleskopisch, für Kescher- und Futterstangen in Fischzuchten, 400 Stück", "AT", 600, 400,
         96000, "EUR",
         "telescopic landing-net and feeding poles are thin, tapered, painted tubes of standard-modulus carbon; these "
         "400 are straight, unpainted, thick-walled filament-wound tubes of 160 mm bore with no taper, made of "
         "high-modulus fibre: filament-wound carbon tubes (1C010 / MTCR), exported without a licence, flown from "
         "Vienna through Istanbul to a Tehran 'trout-farm supplier'; Austrian German wording (carbon fibre to Iran "
         "repeats in many sets; a fish-farm pole label was found in no earlier row by a keyword search)",
         {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "NLAIR01", "air", "ID", [], "NL", "691490",
         "Frag plug keramik dan batu aquascape, untuk akuarium laut, 2.000 buah", "ID", 90, 2000, 800, "USD",
         "ceramic frag plugs are empty, cream-coloured ceramic stubs; these 2,000 each carry a live, coloured coral "
         "(Acropora, Euphyllia, Goniopora) glued on, shipped in wet foam inside the boxes: live stony corals (CITES "
         "App. II) without CITES documents, flown from Jakarta to Amsterdam for a reef-aquarium wholesaler; "
         "Indonesian wording (stony corals repeat in many sets; a frag-plug label was found in no earlier row by a "
         "keyword search)", firm("Delta Rifaquaria BV", "NL")),
        ("WLF-02", "transit", "PTAIR01", "air", "GW", ["PT"], "HK", "051191",
         "Vermes poliquetas secos (Nereis) para maturação de reprodutores de camarão, 120 kg, em trânsito por Lisboa",
         "GW", 120, None, 3000, "USD",
         "dried polychaete worms for shrimp-broodstock maturation are thin, brown, brittle strands; these cartons "
         "hold stiff, curled, ridged fish with horse-like heads and prehensile tails: dried seahorses (Hippocampus, "
         "CITES App. II) without CITES documents, declared in transit at Lisbon from Bissau to Hong Kong; Guinea-Bissau "
         "Portuguese wording (seahorses repeat in many sets; a polychaete broodstock-feed label was found in no earlier "
         "row by a keyword search)", {"importer_country": "HK"}),
        ("WLF-03", "import", "PLAIR01", "air", "KZ", [], "PL", "030199",
         "Мальки гибрида русского и сибирского осетра, выращенные на ферме, живые, 3 000 шт.", "KZ", 300, 3000, 9000,
         "USD",
         "farmed Russian-Siberian hybrid sturgeon fry are uniform in size, with hatchery fin-clip marks; these 3,000 "
         "vary widely in size, have the large, crescent mouth and flattened snout of beluga and carry Ural River mud "
         "in their guts: wild-caught Huso huso juveniles (CITES App. II, Caspian exports suspended) without CITES "
         "documents, flown from Atyrau to Warsaw for a Masurian sturgeon farm; Russian wording from Kazakhstan "
         "(sturgeon repeat in many sets and fingerling labels in a few; kept as a repeat of the good on a new route)",
         firm("Orion Jesiotr Sp. z o.o.", "PL")),
        ("WLF-04", "import", "ITAIR01", "air", "VN", [], "IT", "411390",
         "Da cá tra thuộc (pangasius leather), màu tự nhiên, 600 tấm", "VN", 240, 600, 4200, "USD",
         "tanned pangasius leather is a thin, narrow skin with fine, overlapping scale pockets; these 600 pieces are "
         "thick, wide belly skins with rectangular scales, a sensory pit on each scale and an umbilical scar: "
         "Siamese crocodile (Crocodylus siamensis, CITES App. I) skins without CITES documents, from a Cambodian "
         "farm that is not registered, flown from Ho Chi Minh City to Milan for a Florence tannery supplier; "
         "Vietnamese wording (crocodile skins repeat in many sets and a pangasius label twice, on other goods; "
         "pangasius fish leather was found in no earlier row)", firm("Rivage Pellami Srl", "IT")),
        ("WLF-05", "export", "FRAIR01", "air", "FR", [], "HK", "030639",
         "Crevettes d'ornement vivantes (Caridina), sacs oxygénés, 40 kg", "FR", 40, None, 2400, "EUR",
         "live Caridina ornamental shrimp are tiny, coloured crustaceans on moss in small bags, imported into France "
         "from Asia, not exported to it; these oxygen bags hold millions of transparent, wriggling eel larvae with black "
         "eyes, netted in the Loire: European glass eels (Anguilla anguilla, CITES App. II, exports from the Union "
         "suspended) without CITES documents, flown from Nantes to Hong Kong at 60 EUR/kg; French wording (glass eels "
         "repeat in many sets and Caridina labels in three; kept as a repeat, with an export from France as the new "
         "part)", {"importer_country": "HK"}),
        ("WLF-06", "import", "NLSEA01", "sea", "CN", [], "NL", "160417",
         "蒲烧鳗鱼 (日本鳗鲡, 养殖), 冷冻, 10 公斤箱, 800 箱", "CN", 8000, 800, 160000, "USD",
         "farmed Japanese-eel kabayaki is declared by species on the health certificate; the DNA of samples from "
         "these boxes, ordered by a Dutch smoke-house, reads Anguilla anguilla, farmed in Fujian from glass eels "
         "smuggled out of Europe: European eel (CITES App. II) without CITES documents, by sea from Xiamen to "
         "Rotterdam; Chinese wording (European eel repeats in many sets and kabayaki labels in two; kept as a repeat, "
         "with a Japanese-eel farm label as the new part)", firm("Nordhafen Visrokerij BV", "NL")),
        ("WLF-07", "import", "FRAIR01", "express", "CN", [], "FR", "710122",
         "淡水养殖珍珠, 粉色, 诸暨, 散珠, 40 颗", "CN", 0.1, 40, 600, "USD",
         "cultured freshwater pearls from Zhuji are round to potato-shaped with a nacreous lustre; these 40 are oval, "
         "porcelain-like, pink with a flame pattern under the lens and no nacre: queen conch pearls (Strombus gigas, "
         "CITES App. II) without CITES documents, sent by express from Shenzhen to a private jeweller in Nice; "
         "Chinese wording (queen conch and conch pearls repeat in many sets; kept as a repeat of the good, as a "
         "freshwater-pearl-farm label was found in no earlier row by a keyword search)", person("M. T. Dubois", "FR")),
        ("WLF-08", "import", "DEAIR01", "air", "JP", [], "DE", "960190",
         "真珠養殖用 核 (淡水二枚貝殻製), 7 mm, 50,000 個", "JP", 60, 50000, 9000, "USD",
         "a pearl-farming supply shipment for a German bead maker: pearl nuclei are turned from US freshwater mussel "
         "shell and dyed seeding tissue and tools go with them, but the third item's 'shell nuclei, 9 mm' are whiter, "
         "denser, without growth layers when cut, and weigh more: nuclei turned from giant-clam shell (Tridacnidae, "
         "CITES App. II) without CITES documents, hidden as the last item of a three-item declaration, flown from "
         "Osaka; Japanese wording (giant clam repeats in many sets; a pearl-nucleus label was found in no earlier row "
         "by a keyword search)",
         dict(firm("Central Perlen GmbH", "DE"),
              _more_items=[item("901890", "真珠挿核用 器具セット, 20 組", "JP", 8, 1200, "USD", qty=20),
                           item("960190", "真珠養殖用 核, 9 mm, 30,000 個", "JP", 70, 2700, "USD", qty=30000)])),
        ("WLF-09", "import", "ATAIR01", "express", "TH", [], "AT", "440799",
         "ไม้ทำอูคูเลเล่ (koa) ชุดหน้า-หลัง-ข้าง 10 ชุด", "TH", 4, 10, 250, "USD",
         "koa ukulele tonewood is golden-brown, light and curly; these ten sets are heavy, dark purple-red wood with "
         "black streaks and a rose smell when planed: Siamese rosewood (Dalbergia cochinchinensis, CITES App. II) "
         "without CITES documents, sent by express from Bangkok to a private luthier in Linz; Thai wording (the one "
         "of two rows outside the aquaculture trade in this domain; Siamese rosewood repeats in many sets; an "
         "ukulele-tonewood label was found in no earlier row by a keyword search)", person("Frau S. Huber", "AT")),
        ("WLF-10", "import", "BEAIR01", "air", "PE", [], "BE", "440729",
         "Madera de caoba africana (Khaya) aserrada, secada, 12 m3", "PE", 7200, None, 14000, "USD",
         "African mahogany (Khaya) is a pinkish, coarse, interlocked wood that does not come from Peru; these planks "
         "are red-brown, fine, straight-grained with dark gum lines and ribbon figure: bigleaf mahogany (Swietenia "
         "macrophylla, CITES App. II) without CITES documents, flown from Lima to Liège in a hurry; Peruvian Spanish "
         "wording (the second row outside the aquaculture trade in this domain; bigleaf mahogany repeats in several "
         "sets; kept as a repeat)", firm("Vega Hout NV", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIAIR01", "air", "NO", "FI", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home trout-roe hatching)", "NO", 4.6, 4, 60,
     "EUR", [("PRECURSOR_LICENCE", "FI-POL-68-0031")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "air", "TH", "DE", "290420",
     "Nitromethane 98 %, 2 x 1 l, for a licensed private user (model engine fuel)", "TH", 2.3, 2, 40, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-68-0117")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "SESEA01", "sea", "NO", "SE", "262030",
     "Net-cleaning sludge with copper (cuprous oxide antifouling), for copper recovery at a licensed smelter, 24 t",
     "NO", 24000, None, 0, "EUR", [("BASEL_CONSENT", "SE-NV-68-0044")], "notified copper sludge to a licensed smelter"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "NO", "DK", "890800",
     "End-of-life salmon feed barge, for dismantling at an EU-listed ship recycling facility", "NO", 620000, 1, 0,
     "EUR", [("BASEL_CONSENT", "DK-MST-68-0012")], "notified end-of-life barge to a listed recycling yard"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290314",
     "Carbon tetrachloride, analytical standard, 5 x 1 ml, for fish-oil laboratory analysis", "US", 0.05, 5, 600,
     "USD", [("ODS_LICENCE", "NL-ILT-ODS-68-004")], "carbon tetrachloride imported for a licensed laboratory use"),
    ("PRM-06", "ozone", "export", "ITSEA01", "sea", "IT", "CH", "290371",
     "Recovered HCFC-22 from hatchery water chillers, 20 cylinders, for destruction at a licensed plant", "IT", 400,
     20, 0, "EUR", [("ODS_LICENCE", "IT-MASE-ODS-68-011")], "recovered HCFC-22 exported for destruction under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Bronze figure of Osiris, Egypt, Late Period, documented French collection since 1951", "FR", 2, 1, 42000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-68-0103")], "antiquity exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "SG", "970610",
     "Chu Dau blue-and-white dish, Viet Nam, 15th century, documented Dutch collection since 1978", "NL", 3, 1,
     28000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EC-EXP-68-0052")], "ceramic exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "CL", "841989",
     "Steam-sterilisable fermenter 300 l, 2 units, for a Chilean salmon-vaccine maker", "DE", 2400, 2, 360000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-68-0407"), ("END_USER_CERTIFICATE", "CL-SUBREI-EUC-68-0019")],
     "dual-use fermenters under licence to a named end user"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "CA", "901480",
     "Synthetic-aperture sonar system, 1 unit, for a Canadian hydrographic survey agency", "FR", 190, 1, 320000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-68-0212"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-68-0008")],
     "dual-use sonar under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "030819",
     "Live stony coral fragments, maricultured (source F), Acropora spp., 400 pieces", "ID", 30, 400, 2400, "USD",
     [("CITES_PERMIT", "ID-KLHK-68-0733")], "App. II maricultured corals with their export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "TH", "IT", "410390",
     "Crocodylus siamensis belly skins, from a registered captive-breeding farm, 200 pieces", "TH", 80, 200, 36000,
     "USD", [("CITES_PERMIT", "TH-DOF-68-0216")], "App. I crocodile skins from a registered farm with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Yksityishenkilö", "PRM-02": "Privatperson", "PRM-03": "Nordhafen Koppar AB",
    "PRM-05": "Central Visolie Laboratorium BV", "PRM-11": "Delta Rifaquaria BV",
    "PRM-12": "Alpina Pellami Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of
    # hatcheries, fish-feed makers, net-pen and pond operators and aquaculture chemical suppliers
    ("380894", "Iodophor hatchery egg disinfectant, 1 % available iodine, 1 l", "import", ["road"], ["NO"], (4, 8), (500, 2000), ["NOK", "EUR"], 1, S),
    ("291511", "Formic acid 85 %, for fish silage, 1,000 l IBC", "import", ["sea"], ["NO", "CN"], (0.6, 1.0), (10000, 22000), ["EUR", "USD"], None, S),
    ("310319", "Granular superphosphate for fish-pond fertilising, 25 kg", "import", ["road"], ["UA", "RS"], (0.3, 0.5), (15000, 24000), ["EUR"], 0.04, S),
    ("230990", "Squid-liver oil feed attractant, 1 l", "import", ["post"], ["TH", "VN"], (10, 20), (1, 4), ["USD"], 1, S),
    ("283230", "Sodium thiosulphate pentahydrate, water dechlorinator, 25 kg", "import", ["sea"], ["CN", "IN"], (0.4, 0.8), (8000, 20000), ["USD"], 0.04, S),
    ("293627", "Ascorbyl monophosphate (stay-C) feed additive, 25 kg", "import", ["sea"], ["CN", "BR"], (5, 9), (2000, 8000), ["USD"], 0.04, S),
    ("382499", "Liquid polyaluminium chloride (PAC) pond clarifier, 1 l", "import", ["road"], ["TR"], (1, 2), (2000, 6000), ["EUR"], 0.8, S),
    ("282731", "Magnesium chloride flakes for marine hatchery water, 25 kg", "import", ["sea"], ["IL", "KR"], (0.3, 0.6), (10000, 22000), ["USD"], 0.04, S),
    ("291814", "Citric acid monohydrate, food grade, 250 g packets", "import", ["road"], ["TR"], (1.5, 3), (2000, 8000), ["EUR"], 4, S),
    ("282550", "Cuprous oxide 97 %, antifouling pigment grade", "export", ["sea"], ["IN", "TR"], (5, 8), (5000, 15000), ["EUR"], None, S),
    ("890790", "HDPE floating pontoon modules, new", "export", ["sea"], ["NG", "GH"], (3, 6), (4000, 12000), ["EUR"], 0.02, S),
    ("390120", "HDPE granules, virgin, injection grade", "export", ["sea"], ["VN", "IN"], (1.1, 1.6), (18000, 24000), ["EUR"], None, S),
    ("392690", "HDPE aquaculture mesh, new, on rolls", "export", ["sea"], ["MA", "TN"], (3, 5), (3000, 9000), ["EUR"], None, S),
    ("380290", "Activated bleaching earth, new, big bags", "export", ["sea"], ["EG", "TN"], (0.5, 0.9), (15000, 22000), ["EUR"], None, S),
    ("852589", "Underwater feeding cameras, new, boxed", "export", ["air"], ["EG", "TR"], (150, 300), (100, 500), ["EUR"], 0.3, S),
    ("850760", "LiFePO4 storage battery modules, new, with test sheets", "export", ["sea"], ["GH", "SN"], (8, 14), (3000, 9000), ["EUR", "GBP"], 0.05, S),
    ("391590", "Clean HDPE film offcuts, post-industrial, baled, single polymer", "export", ["sea"], ["MY", "TR"], (0.2, 0.4), (18000, 24000), ["EUR"], None, S),
    ("271019", "Hydraulic oil ISO VG 46, new, 200 l drums", "export", ["sea"], ["TN", "AL"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("392310", "Insulated fish tubs, rotomoulded PE, cyclopentane-blown PU, 660 l", "import", ["sea"], ["IN", "NO"], (3, 5), (6000, 18000), ["USD", "EUR"], 0.017, S),
    ("290949", "2-Phenoxyethanol 99 %, drums", "import", ["sea"], ["CN", "DE"], (2, 3.5), (6000, 16000), ["USD"], None, S),
    ("290950", "Isoeugenol, fragrance grade, 25 kg drums", "import", ["sea"], ["CN", "IN"], (8, 14), (1000, 4000), ["USD"], None, S),
    ("841869", "Hatchery water chillers, propane (R-290) charge", "import", ["sea"], ["VN", "CN"], (4, 7), (3000, 9000), ["USD"], 0.003, S),
    ("392510", "GRP fish-transport tanks, 2,000 l, new", "import", ["road"], ["TR"], (3, 5), (2000, 6000), ["EUR"], 0.005, S),
    ("291531", "Ethyl acetate, extraction grade, drums", "import", ["sea"], ["IN", "CN"], (0.9, 1.4), (10000, 20000), ["USD"], None, S),
    ("731100", "IG-541 inert-gas fire-suppression cylinders, 300 bar, new", "import", ["sea"], ["CN", "IT"], (6, 10), (1000, 4000), ["USD", "EUR"], 0.008, S),
    ("392640", "Resin aquarium ornaments, Egyptian style", "import", ["post"], ["EG", "CN"], (10, 20), (1, 3), ["USD", "EUR"], 2, S),
    ("691490", "Terracotta spawning caves for ornamental fish, new", "import", ["air"], ["VN", "TH"], (3, 6), (100, 500), ["USD"], 1, S),
    ("251690", "Seiryu aquascaping stone, rough", "import", ["sea"], ["CN"], (0.4, 0.8), (8000, 20000), ["USD"], None, S),
    ("681099", "Concrete mooring blocks for net cages, new", "import", ["road"], ["TR"], (0.1, 0.2), (18000, 24000), ["EUR"], 0.0005, S),
    ("680299", "Stone grinding slabs and pestles (shil-nora), new", "import", ["air"], ["BD", "IN"], (1, 2), (200, 800), ["USD", "GBP"], 0.2, S),
    ("691490", "Handmade ceramic net floats, decorative, new", "import", ["air"], ["PE", "BO"], (4, 8), (100, 400), ["USD"], 1, S),
    ("730900", "Open-top stainless tanks, 300 l, non-sterilisable, for probiotic brewing", "export", ["sea"], ["EG", "AE"], (6, 10), (2000, 6000), ["EUR"], 0.006, S),
    ("901480", "Recreational echo sounders, 200 kHz, with transducer", "export", ["air"], ["CN", "TR"], (60, 120), (100, 600), ["EUR"], 0.5, S),
    ("843610", "Ring dies for fish-feed pellet mills, new", "export", ["sea"], ["VN", "EG"], (8, 14), (2000, 6000), ["EUR"], 0.02, S),
    ("293090", "Liquid methionine hydroxy analogue (MHA-FA 88 %), IBC", "export", ["sea"], ["EG", "MA"], (2, 3), (10000, 22000), ["EUR"], None, S),
    ("847989", "Paddlewheel aerators, 2 hp, new", "export", ["sea"], ["EG", "IN"], (4, 7), (3000, 9000), ["EUR"], 0.02, S),
    ("283699", "Sodium percarbonate pond-oxygen granules, 25 kg", "import", ["sea"], ["CN", "TR"], (0.6, 1.1), (10000, 22000), ["USD"], 0.04, S),
    ("681519", "Carbon-fibre telescopic landing-net poles, standard modulus", "import", ["sea"], ["CN"], (15, 30), (1000, 3000), ["USD"], 1, S),
    ("691490", "Ceramic frag plugs, empty, for reef aquaria", "import", ["air"], ["ID", "PH"], (4, 8), (100, 400), ["USD"], 20, S),
    ("710122", "Cultured freshwater pearls, loose, Zhuji", "import", ["express"], ["CN"], (200, 400), (1, 2), ["USD"], 300, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("401699", "Mouse mats, rubber-backed fabric", "import", ["sea"], ["CN", "TW"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("950691", "Jump ropes, PVC, plastic handles", "import", ["sea"], ["CN", "PK"], (3, 6), (2000, 6000), ["USD"], 5, N),
        ("630790", "Sleep eye masks, polyester satin", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 20, N),
        ("630232", "Pillow cases, polyester microfibre", "import", ["sea"], ["PK", "CN"], (4, 7), (3000, 8000), ["USD"], 6, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind251", 20680101, HERE)


if __name__ == "__main__":
    main()
