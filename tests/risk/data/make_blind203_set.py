#!/usr/bin/env python3
"""Writes the two-hundred-and-third blind set (tests/risk/data/blind203-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 January - 26 February 2060, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and an
emphasis on one kind of trade: the seafood and fishmeal trade (processors and cold stores,
fishmeal and fish-oil plants, aquaculture feed and fish farms, live-seafood exporters, fish
auctions and the fleets that supply them).
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
would. Ids are BL203-*:

    python3 tests/risk/data/make_blind203_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2060, 1, 1)
base.DAYS = 57  # 1 January to 26 February 2060
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "PE", [], "ES", "210390",
         "Leche de tigre concentrada para cebiche, receta limeña, 4 x 1 litro", "PE", 5.6, 4, 160, "PEN",
         "leche de tigre is the cloudy, milky-white marinade of lime juice, fish stock, ají and onion that smells of "
         "the sea and weighs about 1.03 kg/l; these four bottles hold a water-clear to faintly yellow liquid of 1.40 "
         "kg/l that fumes brown when opened, yellows the skin and dissolves a copper coin, with no trace of lime or "
         "chilli: about 65 % nitric acid (Annex I above 3 %), sent by express from a Lima cebichería supplier to a "
         "private person in Madrid, although corrosive liquids travel by express only as declared dangerous goods; "
         "Peruvian Spanish wording (nitric acid repeats in many sets; a ceviche-marinade label was found in no "
         "earlier row by a keyword search)", person("Maria Lopez", "ES")),
        ("PRE-02", "import", "IEROAD01", "road", "GB", [], "IE", "310100",
         "Fish, blood & bone organic fertiliser, 10 kg tubs, 1,600 tubs", "GB", 16000, 1600, 9600, "GBP",
         "fish, blood and bone is a brown, crumbly meal that smells strongly of fishmeal and dried blood and feels "
         "greasy; these 1,600 tubs hold white, odourless, hard prills that turn ice-cold in water and test at 34 % N, "
         "for a Cork garden-centre chain that sells the tubs to the public: ammonium nitrate (Annex I at 16 % N or "
         "more) made available to members of the public, on a lorry off the Holyhead ferry at Dublin; British English "
         "wording (ammonium nitrate repeats in many sets under many fertiliser labels; a fish, blood and bone label "
         "was found in no earlier row by a keyword search)", firm("Atlantic Garden Supplies Ltd", "IE")),
        ("PRE-03", "import", "DEAIR01", "express", "JP", [], "DE", "210410",
         "粉末だし かつお風味 業務用 1kg × 3袋", "JP", 3, 3, 4500, "JPY",
         "katsuobushi dashi powder is a beige-brown, salty granule that smells intensely of smoked bonito and "
         "dissolves at once into a golden broth; these three bags hold a heavy, white, odourless, crystalline powder "
         "that barely dissolves, tastes of nothing and burns fiercely mixed with sugar, and one inner bag reads 'KClO4': "
         "potassium perchlorate (Annex I above 40 %), sent by express from Osaka to a private person in Düsseldorf; "
         "Japanese wording (potassium perchlorate repeats in many sets and food-powder labels in several; a dashi or "
         "katsuobushi label was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("PRE-04", "import", "SEPOST01", "post", "NO", [], "SE", "281512",
         "Lut til lutefisk, ferdigblandet, 4 x 1 liter", "NO", 4.7, 4, 600, "NOK",
         "lutefisk lye is a weak sodium hydroxide or potash solution that feels soapy and slippery between the "
         "fingers and does not fizz; these four bottles have vented caps, weigh 1.13 kg/l, feel not soapy but sting "
         "and whiten the skin, foam on a cut and bleach the cardboard: about 35 % hydrogen peroxide (Annex I above "
         "12 %), posted from Bergen to a private person in Gothenburg before Christmas; Norwegian wording (hydrogen "
         "peroxide repeats in many sets and lye labels in a few; a lutefisk label was found in no earlier row by a "
         "keyword search)", person("Mr L. Nilsson", "SE")),
        ("PRE-05", "import", "FRSEA01", "sea", "MA", [], "FR", "160554",
         "Encre de seiche naturelle, sachets de 500 g, 2 400 sachets", "MA", 2200, 2400, 1800, "EUR",
         "cuttlefish ink from the Agadir processors is a thick, black, sea-smelling paste of about 1.05 kg/l that "
         "washes off with water; these pouches hold a thin, oily, black liquid of 1.83 kg/l with no smell of the sea "
         "that chars a paper towel, grows hot with a drop of water and has eaten through two of the pouches: about "
         "96 % sulphuric acid, darkened with spent-acid residues (Annex I above 15 %), for a Marseille Mediterranean "
         "cash-and-carry that sells to the public, by sea from Tanger Med; Moroccan French wording (sulphuric acid "
         "repeats in many sets and a squid-ink label once, on another good; a cuttlefish-ink label was found in no "
         "earlier row by a keyword search)", firm("Rivage Cash & Carry SARL", "FR")),
        ("PRE-06", "import", "DKPOST01", "post", "IS", [], "DK", "091091",
         "Kryddblanda fyrir grafinn lax (graflax), 4 x 1 kg", "IS", 4, 4, 8000, "ISK",
         "gravlax cure is coarse salt and sugar with dill and crushed white pepper, green-flecked and sweet; these "
         "four bags hold uniform, colourless crystals with no dill, no pepper and no sweetness that crackle and flare "
         "yellow on a match and draw damp: sodium chlorate (Annex I above 40 %), posted from Reykjavík to a private "
         "person in Aarhus; Icelandic wording (sodium chlorate repeats in many sets under salt and sugar labels; a "
         "gravlax-cure label was found in no earlier row by a keyword search)", person("Mette Sørensen", "DK")),
        ("PRE-07", "import", "FRAIR01", "express", "KR", [], "FR", "030910",
         "국물용 멸치가루 (anchovy powder), 1kg x 4봉", "KR", 4, 4, 60000, "KRW",
         "dried-anchovy broth powder is a grey-brown, fishy, slightly oily powder with flecks of skin; these four bags "
         "hold a shiny, white, odourless crystalline powder that spits violet sparks on a hot pan, and the inner bags "
         "read 'KClO3': potassium chlorate (Annex I above 40 %), sent by express from Busan to a private person in "
         "Paris; Korean wording (potassium chlorate repeats in many sets; Korean anchovy appears once, as fish sauce in "
         "a kimchi parcel; an anchovy-powder label was found in no earlier row by a keyword search)",
         person("M. T. Dubois", "FR")),
        ("PRE-08", "import", "PTAIR01", "air", "BR", [], "PT", "283531",
         "Tripolifosfato de sódio E451 para hidratação de camarão e vieiras, pacotes de 1 kg, 400 pacotes", "BR",
         400, 400, 1600, "USD",
         "sodium tripolyphosphate for soaking shrimp and scallops is a white, slightly alkaline powder that feels "
         "slippery when wet and does not burn; these 400 packs hold a white, crystalline powder that draws damp, is "
         "not slippery and burns brightly with sugar, and the re-used sacks in the consolidation read 'NaClO4', for a "
         "Lisbon fishmonger-supply web shop that sells the 1 kg packs to the public: sodium perchlorate (Annex I "
         "above 40 %), flown from São Paulo; Brazilian Portuguese wording (sodium perchlorate repeats in many sets; a "
         "seafood-phosphate label was found in no earlier row by a keyword search)",
         firm("Atlântico Equipamentos de Peixaria Lda", "PT")),
        ("PRE-09", "import", "ATPOST01", "post", "US", [], "AT", "350300",
         "Liquid isinglass finings for homebrew beer, 4 x 1 pint", "US", 2.2, 4, 48, "USD",
         "liquid isinglass finings are a cloudy, viscous, faintly fishy collagen solution kept cold; these four "
         "bottles hold a thin, clear, oily liquid of 1.14 kg/l that smells sweetly of solvent, does not mix well with "
         "water and burns with a yellow flame: nitromethane (Annex I above 16 %), posted from Oregon to a private "
         "homebrewer in Graz, although flammable liquids may not travel by post; US English wording (nitromethane "
         "repeats in many sets; isinglass appears twice as a wildlife good, blind66 and blind165; an isinglass-finings "
         "label on a precursor was found in no earlier row by a keyword search)",
         person("Thomas Gruber", "AT")),
        ("PRE-10", "import", "NLAIR01", "express", "TW", [], "NL", "220110",
         "花蓮海洋深層水 (deep ocean water), 1.5 公升 × 2 瓶", "TW", 3.6, 2, 600, "TWD",
         "Hualien deep ocean water is bottled desalinated sea water, 1.00 kg/l, tasting faintly mineral; these two "
         "bottles have vented caps, weigh 1.20 kg/l, taste sharp, whiten the skin and fizz on a cut: about 50 % "
         "hydrogen peroxide (Annex I above 12 %), sent by express from Taipei to a private person in Leiden; "
         "traditional Chinese wording from Taiwan (hydrogen peroxide repeats in many sets and water-like drink covers "
         "in several; a deep-ocean-water label was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "HRSEA01", "sea", "HR", [], "AL", "560811",
         "Rabljene mreže s kaveza za uzgoj tune, oprane, za ponovnu uporabu, 18 t", "HR", 18000, None, 900, "EUR",
         "reusable cage netting is clean, supple, knotless nylon that folds flat; these bales are stiff, green-black "
         "nets crusted with mussels and flaking copper-oxide antifouling, torn and cut to pieces, stripped from the "
         "bluefin-tuna ranching cages off Zadar and bought at 0.05 EUR/kg: waste nets coated with copper "
         "antifoulant, a hazardous waste (not clean plastic) whose export to a non-OECD country is banned, from Split "
         "to Durrës for a 'fish farm'; Croatian wording (fishing-net waste repeats in a few sets; a tuna-ranch net "
         "label was found in no earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "EG", "300490",
         "Κτηνιατρικά σκευάσματα υδατοκαλλιέργειας, εντός ημερομηνίας, δωρεά, 6 t", "GR", 6000, None, 600, "EUR",
         "donated veterinary medicines come in sealed, dated boxes with leaflets and a batch list; these pallets hold "
         "swollen, leaking drums and sacks of formalin, bronopol, chloramine-T and medicated-feed premixes from closed "
         "sea-bream farms in the Echinades, their labels overstuck and expiry dates years past: obsolete veterinary "
         "chemicals and medicines (18 02 05*, 16 05 06*), hazardous waste whose export to a non-OECD country is banned, "
         "from Patras to Damietta for a 'fish-farm cooperative'; Greek wording (obsolete chemicals repeat in several "
         "sets and formalin in a few; an aquaculture-medicines donation label was found in no earlier row by a keyword "
         "search)", {"importer_country": "EG"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "MR", "293349",
         "Ethoxyquin 95 %, Antioxidans für Fischmehl, 200-l-Fässer, 60 Fässer", "DE", 12000, 60, 1200, "EUR",
         "ethoxyquin for stabilising fishmeal is a clear, yellow to amber oil sold with a certificate of analysis at "
         "several euros a kilo; these 60 rusted drums, at 0.10 EUR/kg, hold dark-brown, tarry, partly set oil with "
         "water layers, bought up from Hamburg feed-additive stocks left unsaleable when the additive lost its "
         "authorisation in the Union: discarded chemicals (16 05 06*, 16 03 05*), hazardous waste whose export to a "
         "non-OECD country is banned, from Bremerhaven to Nouadhibou for 'fishmeal plants'; German wording (discarded "
         "chemicals repeat in many sets and Nouadhibou as a route in many; an ethoxyquin label was found in no earlier "
         "row by a keyword search)", {"importer_country": "MR"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "SN", "901480",
         "Gebruikte fishfinders en radarschermen, getest, 320 stuks", "NL", 9600, 320, 6400, "EUR",
         "tested second-hand fish finders are light LCD units with their transducers and a test sticker; these 320 "
         "are heavy CRT radar and echo-sounder displays of the 1990s, cracked, water-damaged and without cables, "
         "ripped out of Urk and IJmuiden cutters during wheelhouse refits: waste electrical equipment with CRTs "
         "(16 02 13*), hazardous waste whose export to a non-OECD country is banned, from Rotterdam to Dakar; Dutch "
         "wording (e-waste repeats in many sets and fish finders as a strategic cover in a few; marine electronics as "
         "e-waste to Senegal is the new part as far as a search found)", {"importer_country": "SN"}),
        ("WST-05", "export", "IESEA01", "sea", "IE", [], "NG", "271019",
         "Heat-transfer oil (thermal fluid), used, re-usable, 80 drums", "IE", 16000, 80, 3200, "EUR",
         "re-usable thermal oil is a clear, amber mineral oil with an analysis; these 80 drums hold a dark, heavy "
         "(1.4 kg/l), sweet-smelling, non-burning fluid drained from a decommissioned Killybegs fishmeal plant's "
         "1970s dryer heater, and a screening kit reads chlorine at percent level: PCB-based heat-transfer fluid "
         "(13 01 01*), hazardous waste whose export to a non-OECD country is banned, from Dublin to Lagos; Irish "
         "English wording (PCB oils repeat in many sets under transformer-oil labels, and waste heat-transfer fluid "
         "once, blind122, from a chipboard press; a fishmeal plant's heater is the new part as far as a search found)", {"importer_country": "NG"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "050800",
         "Conchiglie d'ostrica frantumate, ammendante calcico, sfuso, 26 t", "IT", 26000, None, 1300, "EUR",
         "crushed oyster shell is coarse, white-grey, layered flakes that smell of the sea and fizz in vinegar; this "
         "container holds a fine, grey, dusty, salty powder with no shell fragments, pH 12 in water and a heavy-metal "
         "reading, from the flue-gas cleaning of a Po valley waste incinerator: fly ash (19 01 13*), hazardous waste "
         "whose export to a non-OECD country is banned, from La Spezia to Sfax for 'farm lime'; Italian wording (fly "
         "ash repeats in many sets; an oyster-shell label was found in no earlier row on a waste by a keyword search)",
         {"importer_country": "TN"}),
        ("WST-07", "export", "ESSEA01", "sea", "ES", [], "BD", "151610",
         "Graxa de peixe hidroxenada, en bloques, para pensos, 20 t", "ES", 20000, None, 4000, "EUR",
         "hydrogenated fish fat is a white to cream, waxy block that smells faintly of fish; these blocks are grey-"
         "black, crumbly filter cake that smoulders where a block has broken open and reads 20 % nickel, from the "
         "filter presses of a Vigo fish-oil hardening plant: spent nickel hydrogenation catalyst in fat (16 08 02*), "
         "hazardous waste whose export to a non-OECD country is banned, from Vigo to Chattogram for a 'soap maker'; "
         "Galician wording (spent catalysts repeat in many sets; a hydrogenated fish-fat label was found in no "
         "earlier row by a keyword search)", {"importer_country": "BD"}),
        ("WST-08", "export", "LTSEA01", "sea", "LT", [], "GE", "843880",
         "Naudota žuvies filė linija, 1 komplektas", "LT", 12000, 1, 24000, "EUR",
         "a Klaipėda fish processor's relocation to Poti: a used filleting line and a smoking kiln are what such moves "
         "ship, but the third item's 'naudoti kondensatoriai, tinkami' are 90 oil-filled power-factor capacitors of "
         "the 1980s, some leaking an oily, sweet-smelling fluid, with Soviet PCB-type plates: PCB-containing "
         "capacitors (16 02 09*), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration; Lithuanian wording (PCB capacitors repeat in several sets; behind a "
         "fish-processing relocation to Georgia is the new part as far as a search found)",
         dict({"importer_country": "GE"},
              _more_items=[item("841981", "Naudota žuvies rūkykla, elektrinė, 1 vnt.", "LT", 3000, 6000, "EUR", qty=1),
                           item("853210", "Naudoti kondensatoriai, tinkami, 90 vnt.", "LT", 2700, 450, "EUR", qty=90)])),
        ("WST-09", "export", "SKROAD01", "road", "SK", [], "UA", "271312",
         "Nauhličovadlo (kalcinovaný petrolejový koks), big bagy, 22 t", "SK", 22000, None, 1100, "EUR",
         "calcined petroleum coke carbon raiser is a uniform, black, glassy grain sold at several hundred euros a "
         "tonne; these bags hold broken carbon blocks and grey refractory lumps crusted with white fluoride salts that "
         "smell of ammonia when wet, from relining an aluminium smelter's pots: spent potlining (16 11 01*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry at Vyšné Nemecké for a Ukrainian 'foundry'; "
         "Slovak wording (spent potlining was found in no earlier row by a keyword search; carbon-raiser labels may "
         "repeat)", {"importer_country": "UA"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "CV", "360490",
         "Sinais pirotécnicos de socorro, novos, para a pesca artesanal, 120 caixas", "PT", 1800, 120, 900, "EUR",
         "new distress flares come sealed in dated packs with their dangerous-goods papers; these boxes hold loose, "
         "swollen, rusty hand flares, parachute rockets and smoke floats with expiry dates years past, handed in by "
         "Peniche and Nazaré fishing boats at their liferaft service stations: expired pyrotechnics (16 04 03*), "
         "hazardous waste whose export to a non-OECD country is banned, from Lisbon to Mindelo; Portuguese wording "
         "(expired flares repeat in several sets; to Cabo Verde fishermen as new flares is the new part as far as a "
         "search found)", {"importer_country": "CV"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESROAD01", "road", "MA", [], "ES", "281121",
         "Gaz alimentaire MAP 70 % CO2 / 30 % N2 pour emballage du poisson, bouteilles 12 kg, 300 bouteilles", "MA",
         3600, 300, 4500, "EUR",
         "MAP gas for fish packing is a high-pressure gas mixture in tall, returnable cylinders that do not slosh; "
         "these 300 are light, disposable, non-refillable cylinders that slosh, read 11 bar at 20 °C and whose "
         "under-labels read 'R404A': HFC-404A in disposable cylinders, banned in the Union and brought in without quota "
         "authorisation (Regulation 2024/573), on a lorry off the Tanger Med ferry at Algeciras for a Huelva "
         "refrigeration supplier; Moroccan French wording (HFC-404A repeats in many sets; a MAP-gas label was found in "
         "no earlier row by a keyword search)", firm("Rivage Frío Pesquero SL", "ES")),
        ("OZN-02", "import", "HRSEA01", "sea", "CN", [], "HR", "841869",
         "片冰机 5 吨/天, 鱼市场用, 预充 R404A, 12 台", "CN", 9600, 12, 54000, "USD",
         "flake-ice machines for fish markets carry a nameplate with their refrigerant and charge; under the R404A "
         "sticker these twelve read 'R22 4.5 kg' and the service valves are R-22 pattern: equipment containing "
         "HCFC-22, whose import into the Union is banned (Regulation 2024/590), by sea from Guangzhou to Rijeka for a "
         "Split fish-market supplier; Chinese wording (R-22 equipment repeats in many sets and flake-ice machines "
         "in several, blind105, blind135 and blind142 among them; kept as a repeat of the cover, new machines from "
         "China to Croatia are the new part)", firm("Delta Riba d.o.o.", "HR")),
        ("OZN-03", "import", "PTAIR01", "air", "IN", [], "PT", "290211",
         "Cyclohexane AR, for iodine value determination (Wijs method), 24 x 2.5 L", "IN", 95, 24, 480, "USD",
         "cyclohexane is a light (0.78 kg/l), petrol-smelling, flammable solvent; these 24 bottles weigh 1.59 kg/l, "
         "smell sweet, do not burn and boil at 77 °C, for a Matosinhos fish-oil and canning laboratory: carbon "
         "tetrachloride, whose import into the Union is banned outside licensed laboratory uses, flown from Mumbai; "
         "Indian English wording (carbon tetrachloride repeats in many sets and cyclohexane labels in a few; an "
         "iodine-value label was found in no earlier row by a keyword search)", firm("Atlântico Análises Lda", "PT")),
        ("OZN-04", "import", "DKSEA01", "sea", "FO", [], "DK", "842410",
         "CO2 sløkkiflöskur, brúktar, úr trolarum, til trýstroyndar og áfylling, 45 kg, 40 stk", "FO", 2400, 40,
         2000, "DKK",
         "CO2 cylinders from a ship's fixed system are tall, heavy and hold 45 kg of CO2 at 57 bar; these 40 red "
         "bottles from Faroese trawler engine rooms read 42 bar, their valve caps are stamped '1301' and a sniffer "
         "gives bromotrifluoromethane: halon 1301, whose import into the Union is banned outside licensed critical "
         "uses, by sea from Tórshavn to Hirtshals for a fire-equipment service yard; Faroese wording (halon 1301 "
         "repeats in many sets and Faroese labels in a few, on wildlife; CO2-cylinder labels from the Faroese fleet "
         "are the new part as far as a search found)", firm("Nordhafen Brandteknik ApS", "DK")),
        ("OZN-05", "export", "FRSEA01", "sea", "FR", [], "MA", "870422",
         "Camion vivier d'occasion pour crustacés vivants, 19 t, bacs eau de mer réfrigérés, 1", "FR", 12000, 1,
         28000, "EUR",
         "vivier lorries now sold abroad chill their sea-water tanks with an HFC or propane unit and carry its "
         "logbook; this 1998 Roscoff lorry's chiller plate reads 'R22, 7 kg' and was never emptied: equipment "
         "containing HCFC-22, whose export from the Union is banned (Regulation 2024/590), from Le Havre to Casablanca "
         "for a live-lobster exporter; Breton French wording (R-22 equipment repeats in many sets; a vivier-lorry "
         "label was found in no earlier row by a keyword search)", {"importer_country": "MA"}),
        ("OZN-06", "import", "ESSEA01", "sea", "TW", [], "ES", "281121",
         "液態二氧化碳 R-744, 超低溫鮪魚凍結庫串級系統用, 40 公斤鋼瓶, 30 支", "TW", 1200, 30, 3000, "USD",
         "R-744 cylinders hold CO2 at about 57 bar and carry a grey shoulder; these 30 read 42 bar, their valves "
         "are stamped 'R23' and the gas does not turn lime water milky: trifluoromethane (HFC-23), brought into the "
         "Union without the quota authorisation Regulation 2024/573 requires, by sea from Kaohsiung to Las Palmas for "
         "a supplier of Taiwanese tuna longliners' ultra-low-temperature holds; traditional Chinese wording (HFC-23 "
         "repeats in several sets and Las Palmas in many; a CO2-for-tuna-freezer label was found in no earlier row "
         "by a keyword search)", firm("Atlantic Suministros Navales SL", "ES")),
        ("OZN-07", "import", "NLSEA01", "sea", "CN", [], "NL", "841850",
         "海鲜池 (带冷水机), 餐厅用, R410A, 60 台", "CN", 7200, 60, 36000, "USD",
         "restaurant seafood display tanks with a chiller carry a nameplate giving an HFC or propane charge; these "
         "60 tanks' chillers read 'R22 1.2 kg' under a fresh R410A sticker: products containing HCFC-22, whose import "
         "into the Union is banned (Regulation 2024/590), by sea from Ningbo to Rotterdam for a wholesaler that "
         "supplies Chinese restaurants with live-lobster tanks; Chinese wording (R-22 equipment repeats in many sets; "
         "a seafood-display-tank label was found in no earlier row by a keyword search)",
         firm("Horizon Horeca Groothandel BV", "NL")),
        ("OZN-08", "import", "BGROAD01", "road", "TR", [], "BG", "271112",
         "Хладилен агент R-290 (пропан), за рибни витрини, бутилки 5 kg, 200 бр.", "TR", 1000, 200, 3000, "EUR",
         "R-290 is propane: a light liquid (0.5 kg/l) that burns at the valve and comes in red-shouldered, "
         "flame-marked cylinders; these 200 hold a liquid of 1.2 kg/l that does not burn, read 9 bar at 20 °C and "
         "smell faintly of ether: chlorodifluoromethane (HCFC-22), whose import into the Union is banned, on a lorry "
         "at Kapitan Andreevo for a Burgas supplier of fish-counter refrigeration; Bulgarian wording (HCFC-22 repeats "
         "in many sets and propane or isobutane labels in several; a fish-counter label is the new part as far as a "
         "search found)", firm("Vega Hladilna Tehnika EOOD", "BG")),
        ("OZN-09", "import", "PLSEA01", "sea", "CN", [], "PL", "281121",
         "Gaz do pakowania ryb w atmosferze ochronnej, CO2, butle jednorazowe 13,6 kg, 800 szt.", "CN", 10900, 800,
         8000, "USD",
         "CO2 for protective-atmosphere fish packing comes in heavy refillable cylinders at 57 bar; these 800 are "
         "light, disposable, non-refillable cylinders that read 5 bar and whose embossing reads 'R134a': HFC-134a in "
         "disposable cylinders, banned in the Union and brought in without quota authorisation, by sea from Tianjin to "
         "Gdańsk; Polish wording (HFC-134a in disposable cylinders repeats in many sets, and this set's OZN-01 uses a "
         "packing-gas label too; from China to a Polish fish-packing supplier is the new part)", {"importer_country": "PL"}),
        ("OZN-10", "export", "ESSEA01", "sea", "ES", [], "GH", "841830",
         "Congeladores de ultracongelación para atún (-60 °C), usados, 8 unidades", "ES", 6400, 8, 9600, "EUR",
         "ultra-low-temperature tuna freezers sold on run on approved cascades with their logbooks; these eight from a "
         "Vigo sashimi-tuna trader are 1990s cascades whose plates read 'R22 / R503' and were not emptied: equipment "
         "containing HCFC-22 and CFC-13 (in R-503), whose export from the Union is banned (Regulation 2024/590), from "
         "Vigo to Tema for a tuna processor; Spanish wording (R-22 equipment repeats in many sets and R-503 cascades in "
         "a few, on laboratory freezers; tuna freezers to Ghana were found in no earlier row by a keyword search)", {"importer_country": "GH"}),
    ],
    "cultural": [
        ("CUL-01", "import", "NLAIR01", "air", "KR", [], "NL", "691490",
         "문어단지 (octopus pots), 중고, 장식용, 6개", "KR", 18, 6, 120, "USD",
         "used octopus pots are coarse, unglazed grey earthenware jars with a rope hole; these six are glazed, "
         "grey-green, crackled bowls and ewers with inlaid cranes and clouds, crusted with barnacles and stained by "
         "the sea floor: Goryeo celadon (12th-13th century) from a wreck off Taean, underwater cultural property "
         "whose export Korea forbids, brought in without the documents Regulation 2019/880 requires, flown from "
         "Incheon to Amsterdam for a dealer; Korean wording (Taean wreck celadon repeats in several sets; an "
         "octopus-pot label was found in no earlier row by a keyword search)", firm("Orion Oriental Art BV", "NL")),
        ("CUL-02", "import", "ITSEA01", "sea", "TN", [], "IT", "691490",
         "Jarres en terre cuite usagées pour salaison d'anchois, 14 pièces", "TN", 420, 14, 280, "TND",
         "anchovy-salting jars are wide-mouthed, glazed, modern stoneware; these 14 are tall, narrow-necked, two-"
         "handled, pointed-toed amphorae with stamped handles, worm-cast and encrusted with shell, netted by Kelibia "
         "trawlers: Roman African amphorae (2nd-4th century), archaeological objects whose export Tunisia forbids, "
         "brought in without the import licence Regulation 2019/880 requires, by sea from Tunis to Trapani for a "
         "Mazara del Vallo buyer; Tunisian French wording (amphorae repeat in many sets, and finds off Kelibia once, "
         "blind193, an anchor stock; a fish-salting-jar label was found in no earlier row by a keyword search)", {"importer_country": "IT"}),
        ("CUL-03", "import", "ESAIR01", "express", "CL", [], "ES", "950720",
         "Anzuelos de concha y espina, artesanía de Arica, 40 piezas", "CL", 1, 40, 60, "USD",
         "Arica craft hooks are bright, new shell and cactus-spine replicas on a card; these 40 are curved, "
         "worn, sand-polished shell and bone hooks with lashing grooves, some still tied to plant-fibre line: "
         "Chinchorro fish-hooks (about 7000-3500 years old), archaeological objects whose export Chile forbids, sent by "
         "express from Arica to a private collector in Valencia; Chilean Spanish wording (Chinchorro objects and a "
         "fish-hook label were found in no earlier row by a keyword search)", person("Sr. J. García", "ES")),
        ("CUL-04", "import", "DEPOST01", "post", "NO", [], "DE", "680299",
         "Fiskesøkke av kleberstein, gamle, 12 stk", "NO", 3.5, 12, 900, "NOK",
         "old soapstone net sinkers from the 19th-century Lofoten fishery are plain, grooved pebbles; these 12 are "
         "carved, perforated soapstone weights and loom weights with runic scratches and a whalebone weaving-sword "
         "fragment, dredged up near Vestvågøy: Viking-age finds (before 1537), state property in Norway whose export "
         "is forbidden, posted from Svolvær to a private collector in Hamburg; Norwegian wording (soapstone labels "
         "repeat in many sets; a net-sinker label was found in no earlier row by a keyword search)",
         person("Anna Schmidt", "DE")),
        ("CUL-05", "export", "GRAIR01", "air", "GR", [], "US", "051191",
         "Φυσικά σφουγγάρια Καλύμνου, 300 τεμ.", "GR", 30, 300, 1800, "EUR",
         "a Kalymnos sponge merchant's air shipment to a Florida dealer: natural sponges and sponge-diving souvenirs "
         "are what such merchants send, but the third item's 'bronze statuette, decorative, replica' is a green-"
         "crusted Hellenistic bronze figurine with marine concretions and no foundry mark, brought up by a diver off "
         "Pserimos: an archaeological object whose export Greece forbids, sent without the export licence Regulation "
         "116/2009 requires, hidden as the last item of a three-item declaration; Greek wording (Greek antiquities "
         "repeat in many sets and Kalymnos sponge merchants once, blind64, on a precursor; a sponge consignment hiding an "
         "antiquity was found in no earlier row by a keyword search)",
         dict({"importer_country": "US"},
              _more_items=[item("392640", "Σουβενίρ σπογγαλιείας, ρητίνη, 120 τεμ.", "GR", 12, 360, "EUR", qty=120),
                           item("830629", "Bronze statuette, decorative, replica, 1", "GR", 2.4, 80, "EUR", qty=1)])),
        ("CUL-06", "import", "DESEA01", "sea", "PE", [], "DE", "230120",
         "Harina de pescado, 65 % proteína, estándar, big bags, 24 t", "PE", 24000, None, 38000, "USD",
         "a Chimbote fishmeal container for a Hamburg feed trader: fishmeal and fish oil are what Peruvian plants "
         "ship, but the third item's 'réplicas de cerámica negra, artesanía' are six burnished blackware stirrup-"
         "spout vessels shaped as fishermen on reed boats, with root marks and tomb earth inside: Chimú ceramics "
         "(1000-1470), archaeological objects whose export Peru forbids, hidden as the last item of a three-item "
         "declaration without the documents Regulation 2019/880 requires; Peruvian Spanish wording (Chimú objects "
         "repeat in a few sets and fishmeal once, as a wildlife cover; behind fishmeal to Hamburg is the new part as "
         "far as a search found)",
         dict(firm("Nordhafen Futtermittel GmbH", "DE"),
              _more_items=[item("150420", "Aceite de pescado crudo, tambores, 4 t", "PE", 4000, 8000, "USD"),
                           item("691390", "Réplicas de cerámica negra, artesanía, 6 piezas", "PE", 12, 60, "USD", qty=6)])),
        ("CUL-07", "import", "FRSEA01", "sea", "VN", [], "FR", "691200",
         "Chum sành đựng nước mắm, cũ, 20 chiếc", "VN", 600, 20, 400, "USD",
         "old fish-sauce jars are big, coarse, brown-glazed stoneware vats from Phan Thiết; these 20 are mid-sized "
         "blue-and-white and polychrome jars and dishes with sea-floor staining and coral growth, from the 15th-century "
         "Hội An (Cù Lao Chàm) wreck: underwater cultural heritage whose export Viet Nam forbids, brought in without the "
         "documents Regulation 2019/880 requires, by sea from Da Nang to Marseille; Vietnamese wording (Vietnamese "
         "wreck ceramics repeat in a few sets; a fish-sauce-jar label was found in no earlier row by a keyword search)",
         firm("Galerie Rivage SARL", "FR")),
        ("CUL-08", "import", "NLAIR01", "air", "BH", [], "NL", "680299",
         "Old stone diving weights of pearl divers, decorative, 8 pcs", "BH", 9, 8, 240, "USD",
         "pearl divers' weights are rough, drilled lumps of stone or lead a kilo or more each; these eight are "
         "small, round, domed steatite stamp seals with a grooved boss and carved bulls, gazelles and men on the face: "
         "Dilmun seals (about 2000 BC), archaeological objects whose export Bahrain forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Bahrain to Amsterdam for a dealer; Gulf English "
         "wording (Dilmun seals repeat in three sets, blind54, blind122 and blind146, kept as a repeat of the good; a "
         "pearl-diving-weight label was found in no earlier row by a keyword search)",
         firm("Central Oudheden BV", "NL")),
        ("CUL-09", "export", "HRROAD01", "road", "HR", ["SI", "AT"], "CH", "780600",
         "Olovni utezi za ribarske mreže, stari, 4 kom", "HR", 460, 4, 400, "EUR",
         "old lead net weights are small, rolled or cast lead sinkers a few hundred grams each; these four are long, "
         "cast lead bars with a central box, a stamped Latin name and sea concretions, raised by trawlers off Vis: "
         "Roman lead anchor stocks (1st century BC-1st century AD), archaeological objects whose export Croatia "
         "forbids, sent without the export licence Regulation 116/2009 requires, on a van through Slovenia and Austria "
         "to a Basel dealer; Croatian wording (Roman lead anchor stocks repeat in blind145, blind173 and blind193, kept as "
         "a repeat of the good; a fishing-net-weight label was found in no earlier row by a keyword search)", {"importer_country": "CH"}),
        ("CUL-10", "import", "ESAIR01", "air", "PH", [], "ES", "691110",
         "Porcelain fish plates, blue and white, antique style, new, 10 pcs", "PH", 14, 10, 150, "USD",
         "new antique-style fish plates are bright, even, machine-decorated porcelain; these ten are Ming blue-and-"
         "white (Jiajing-Wanli) dishes with sand-fused bases, iron stains and coral from a Manila galleon wreck off "
         "Batangas, brought up by compressor fishermen: underwater cultural property whose export the Philippines "
         "forbids, brought in without the documents Regulation 2019/880 requires, flown from Manila to Madrid for a "
         "dealer; Philippine English wording (galleon-wreck porcelain repeats in a few sets; a fish-plate label is the "
         "new part as far as a search found)", firm("Galería Atlántica SL", "ES")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", ["GE"], "AM", "841939",
         "Sprühtrockner für Fischproteinhydrolysat, Edelstahl, CIP/SIP, 1 Anlage", "DE", 14000, 1, 380000, "EUR",
         "a fish-protein-hydrolysate dryer for an aquafeed plant is a large, open spray tower that evaporates "
         "hundreds of kilos of water an hour; this unit evaporates about 30 kg/h, is fully steam-sterilisable in "
         "place, has a closed-loop nitrogen circuit and a HEPA-filtered outlet and is sized for a laboratory suite: a "
         "spray dryer of 2B352, a dual-use good that leaves the Union only under an export licence, by sea from "
         "Hamburg through Poti to a Yerevan 'aquafeed' firm whose parent is in Bandar Abbas; German wording (spray "
         "dryers repeat in a few sets; a fish-protein-hydrolysate label was found in no earlier row by a keyword "
         "search)", {"importer_name": "Ararat Aqua Feed LLC", "importer_country": "AM"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "LB", "292390",
         "Trimethylamine-N-oxide dihydraat (TMAO), lokstof voor garnalenvoer, zakken 25 kg, 80 zakken", "NL", 2000,
         80, 9000, "EUR",
         "TMAO for shrimp feed is an odourless, white, free-flowing powder; these 80 bags hold a white, damp, "
         "clumping salt that reeks of fish when the bag is opened and tests as an amine hydrochloride: dimethylamine "
         "hydrochloride, an Australia Group chemical-weapons precursor (1C350) that leaves the Union only under an "
         "export licence, by sea from Rotterdam to Beirut for a 'feed mill' that forwards to Latakia; Dutch wording "
         "(dimethylamine repeats in a few sets; a TMAO feed-attractant label was found in no earlier row by a keyword "
         "search)", {"importer_name": "Cedar Aqua Nutrition SARL", "importer_country": "LB"}),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "CN", "843880",
         "Fischfiletiermaschinen und Enthäutungsmaschinen, neu, 4 Stück", "DE", 9000, 4, 680000, "EUR",
         "filleting and skinning machines from Lübeck go to named fish processors with service contracts; these four "
         "are consigned to a Dandong trading house whose only client is a Rason (North Korea) seafood combine, with "
         "Korean-language manuals and 220 V/60 Hz motors as used there: machinery for North Korea, whose supply is "
         "banned by the UN (resolution 2397) and by Regulation 2017/1509, by sea from Hamburg to Dalian; German "
         "wording (North Korea through Dandong repeats in many sets; fish-filleting machines were found in no earlier "
         "row by a keyword search)", {"importer_name": "Dandong Haiyang Trading Co", "importer_country": "CN",
                                      "consignee_name": "Rason Marine Products Co"}),
        ("STR-04", "import", "NLSEA01", "sea", "CN", [], "NL", "030772",
         "冷冻杂色蛤 (frozen short-neck clams), 中国原产, 20 吨", "CN", 20000, None, 60000, "USD",
         "Chinese short-neck clams come from Liaoning and Shandong farms with a farm code on the health certificate; "
         "these cartons carry a Dalian packer's code that belongs to no registered farm, the clams are larger and "
         "darker than farmed ones and the inner bags are printed in Korean with a Sinpo address: North Korean seafood "
         "relabelled as Chinese, whose import is banned by the UN (resolution 2371) and by Regulation 2017/1509, by sea "
         "from Dalian to Rotterdam; Chinese wording (North Korean goods through China repeat in many sets; frozen "
         "clams from North Korea are the new part as far as a search found)", firm("Horizon Seafood Import BV", "NL")),
        ("STR-05", "export", "DKAIR01", "air", "DK", [], "KZ", "842389",
         "Fiskesorteringsvægte, industrielle, 6 stk.", "DK", 1800, 6, 90000, "DKK",
         "a grading-line order for a Kazakh fish processor: industrial fish-grading scales are what Danish makers "
         "ship, but the third item's 'reservedele, elektronik' are 4,000 loose microcontrollers and FPGAs in reels, "
         "far more than six scales could use, consigned onward to a Murmansk trawler company: common high-priority "
         "electronics whose sale for use in Russia is banned (Regulation 833/2014), hidden as the last item of a "
         "three-item declaration, flown from Billund to Almaty; Danish wording (chips to Russia through Central Asia "
         "repeat in many sets, kept as a repeat of the family; behind fish-grading scales is the new part)",
         dict({"importer_name": "Caspian Fish Processing TOO", "importer_country": "KZ"},
              _more_items=[item("847150", "Styreenheder til sorteringslinje, 6 stk.", "DK", 60, 12000, "DKK", qty=6),
                           item("854231", "Reservedele, elektronik, 4.000 stk.", "DK", 40, 8000, "DKK", qty=4000)])),
        ("STR-06", "export", "FRSEA01", "sea", "FR", [], "CN", "890690",
         "Drones sous-marins d'inspection de filets d'aquaculture, 3 unités", "FR", 4500, 3, 900000, "EUR",
         "net-pen inspection drones are small, tethered ROVs with a camera and a 100 m cable; these three are "
         "untethered, torpedo-shaped vehicles rated to 3,000 m with inertial navigation, a Doppler log and acoustic "
         "modem, for a Qingdao 'marine ranching' firm linked to a naval research institute: unmanned submersibles of "
         "8A001, dual-use goods that leave the Union only under an export licence, from Brest to Qingdao; French "
         "wording (AUVs repeat in several sets and a fish-farm net-inspection drone once, blind164; kept as a repeat of "
         "the cover, from Brest to Qingdao is the new part)", {"importer_country": "CN"}),
        ("STR-07", "export", "ITSEA01", "sea", "IT", [], "AE", "841939",
         "Liofilizzatori per cetrioli di mare, industriali, 2 unità", "IT", 8000, 2, 260000, "EUR",
         "freeze-dryers for sea cucumbers are big, tray-loaded food dryers without sterilisation; these two have "
         "steam-sterilisable chambers, a 60 kg ice condenser and isolator loading ports, and the buyer's site in "
         "Dubai is a free-zone warehouse that ships to Bandar Abbas: freeze-dryers of 2B352, dual-use goods that leave "
         "the Union only under an export licence, from Genoa to Jebel Ali; Italian wording (freeze-dryers repeat in "
         "many sets and sea cucumbers in many, kept as a repeat of the good; a sea-cucumber freeze-dryer label is the "
         "new part as far as a search found)", {"importer_country": "AE"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", ["TR"], "IR", "901480",
         "Autopilot-Kurssensoren für Trawler, 10 Stück", "DE", 80, 10, 240000, "EUR",
         "a trawler autopilot's heading sensor is a cheap fluxgate compass or a plain gyrocompass; these ten are "
         "fibre-optic gyro inertial units with accelerometers, drift under 0.01 °/h and a 'navigation-grade' "
         "calibration sheet: inertial equipment of 7A001/7A003, dual-use goods that leave the Union only under an "
         "export licence, flown from Frankfurt through Istanbul to a Bushehr 'fishing company'; German wording "
         "(gyros and autopilot labels repeat in several sets; a trawler-heading-sensor label is the new part as far as "
         "a search found)", {"importer_country": "IR"}),
        ("STR-09", "export", "ESSEA01", "sea", "ES", [], "AE", "760820",
         "Tubos de aluminio para tangones de barcos de pesca, 6061, 120 mm, 300 unidades", "ES", 9000, 300, 45000,
         "EUR",
         "outrigger poles for fishing boats are 6061 alloy tubes of modest strength; these 300 tubes are stamped "
         "'7075-T6', read 570 MPa on the mill certificate and are 120 mm across: high-strength aluminium alloy tubes "
         "of 1C202, dual-use goods that leave the Union only under an export licence, from Valencia to Jebel Ali for "
         "re-export to Iran; Spanish wording (7075 tubes repeat in many sets; an outrigger-pole label was found in no "
         "earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", [], "SC", "880211",
         "Helicóptero ligero usado para buque atunero de cerco, 1 unidad", "ES", 1100, 1, 650000, "EUR",
         "tuna purse seiners carry a light helicopter to spot schools, and one sold to a Seychelles fleet goes to a "
         "Victoria-registered owner; this one's buyer is a shell company whose director and payments are in "
         "Vladivostok, and the helicopter is to be transhipped at Port Victoria onto a Russian reefer: an aircraft for "
         "use in Russia, whose sale is banned (Regulation 833/2014), from Bilbao to Port Victoria; Spanish wording "
         "(helicopters repeat in several sets; a tuna-spotting helicopter was found in no earlier row by a keyword "
         "search)", {"importer_name": "Mahé Ocean Fishing Ltd", "importer_country": "SC"}),
    ],
    "wildlife": [
        ("WLF-01", "transit", "DEAIR01", "air", "LK", ["DE"], "HK", "121221",
         "වියළි මුහුදු පාසි (Gracilaria), කිලෝ 200", "LK", 200, None, 1200, "USD",
         "dried Gracilaria is a tangle of thin, brittle, reddish-brown threads that smell of iodine; these cartons hold "
         "dark, stiff, comb-like plates with rows of bristly filaments that smell of fish: gill plates of mobulid rays "
         "(Mobula spp., CITES App. II) without CITES documents, landed at Frankfurt in transit from Colombo to Hong "
         "Kong; Sinhala wording (mobulid gill plates repeat in many sets, kept as a repeat of the good; a seaweed label "
         "was found once, on another good, and in Sinhala by air through Frankfurt is the new part)", {}),
        ("WLF-02", "transit", "ESSEA01", "sea", "PE", ["ES"], "HK", "030743",
         "Aletas de pota congeladas (Dosidicus gigas), 2 t", "PE", 2000, None, 5000, "USD",
         "jumbo-squid fins are pale, rubbery, triangular flaps of mantle; these frozen blocks hold grey, rough-skinned, "
         "cartilaginous fins with ceratotrichia showing in the cut: shark fins of silky and hammerhead sharks (CITES "
         "App. II) without CITES documents, landed at Valencia in transit from Paita to Hong Kong; Peruvian Spanish "
         "wording (shark fins repeat in many sets under many labels; a squid-fin label was found in no earlier row by "
         "a keyword search)", {}),
        ("WLF-03", "import", "LVAIR01", "air", "KZ", [], "LV", "030572",
         "Сушёные плавательные пузыри судака, 40 кг", "KZ", 40, None, 1600, "USD",
         "dried pike-perch swim bladders are thin, translucent, papery bags; these are long, white-grey, dried cords "
         "like bootlaces, pulled from the backbone of large fish, with sturgeon scutes in the bags: vyaziga, dried "
         "notochords of wild Caspian sturgeon (Acipenseriformes, CITES App. II) without CITES documents, flown from "
         "Atyrau to Riga for Russian-cuisine restaurants; Russian wording from Kazakhstan (sturgeon products repeat in "
         "many sets; vyaziga was found in no earlier row by a keyword search)", firm("Baltic Gastronomija SIA", "LV")),
        ("WLF-04", "import", "FRPOST01", "post", "GN", [], "FR", "030695",
         "Crevettes séchées (yètè), 3 kg", "GN", 3, None, 50, "EUR",
         "Guinean dried shrimps are small, pink, curled and smell strongly; under a top layer of shrimps these bags "
         "hold about 600 dried seahorses, flattened and grey-brown: Hippocampus spp. (CITES App. II) without CITES "
         "documents, from Guinea, whose trade is suspended by a CITES recommendation, posted from Conakry to a private "
         "person in Montreuil; Guinean French wording (seahorses repeat in many sets and dried-shrimp labels in several; "
         "from Guinea by post is the new part as far as a search found)", person("Sophie Bernard", "FR")),
        ("WLF-05", "import", "NLAIR01", "express", "ID", [], "NL", "030819",
         "Teripang kering, jenis gamat (Stichopus), 2 kg", "ID", 2, None, 400, "USD",
         "dried gamat (Stichopus) is a small, soft, brownish sea cucumber sold for oil and tonics; these are large, "
         "hard, dark red-brown sea cucumbers covered in star-shaped papillae: prickly redfish (Thelenota ananas, CITES "
         "App. II) without CITES documents, sent by express from Makassar to a private buyer in Amsterdam; Indonesian "
         "wording (Thelenota repeats in a few sets and sea cucumbers in many; a teripang label once, in a development "
         "set, dev17-b; kept as a repeat of the cover, a gamat label on Thelenota by express is the new part)", person("Mw. E. de Jong", "NL")),
        ("WLF-06", "import", "ITAIR01", "express", "TW", [], "IT", "960190",
         "染色竹珊瑚珠, 8 mm, 20 串", "TW", 1.5, 20, 300, "USD",
         "dyed bamboo coral is porous, white-banded at the nodes and shows dye in its pores; these 20 strands are "
         "dense, evenly pink, finely striated beads with no nodes and no dye in the drill holes: precious coral "
         "(Corallium elatius, CITES App. III, China) without CITES documents, sent by express from Keelung to a "
         "Torre del Greco coral workshop; traditional Chinese wording from Taiwan (precious coral repeats in several "
         "sets and bamboo-coral labels in a few; kept as a repeat of the cover, by express to Torre del Greco is the "
         "new part)", firm("Alpina Coralli Srl", "IT")),
        ("WLF-07", "import", "ESROAD01", "road", "MA", [], "ES", "030488",
         "Filetes de cazón congelados, para adobo, 4 t", "MA", 4000, None, 16000, "EUR",
         "cazón for adobo is dogfish or tope, small, grey, thin-skinned fillets; these frozen fillets are large, "
         "thick and come with skin pieces of a hammerhead's broad, flat head lobes in one carton: scalloped hammerhead "
         "(Sphyrna lewini, CITES App. II) without CITES documents, on a reefer lorry off the Tanger Med ferry at "
         "Algeciras for Cádiz bars; Moroccan Spanish wording (hammerheads repeat in many sets and a cazón label once; "
         "kept as a repeat of the cover, by road from Morocco is the new part)", firm("Delta Pescados SL", "ES")),
        ("WLF-08", "import", "DEPOST01", "post", "CA", [], "DE", "392640",
         "Resin fish-hook pendants, Nunavut craft, 6 pcs", "CA", 1, 6, 180, "CAD",
         "resin craft pendants are light, uniform and mould-marked; these six are heavy, cool, creamy pendants carved "
         "as fish-hooks with a mottled, crystalline core in the cut ends: walrus ivory (Odobenus rosmarus, CITES App. "
         "III, Canada) without CITES documents, posted from Iqaluit to a private buyer in Kiel; Canadian English "
         "wording (walrus ivory repeats in several sets and a fish-hook pendant label once, blind139, on cow bone; a resin "
         "fish-hook label from Nunavut by post to Germany is the new part as far as a search found)", person("Lena Wagner", "DE")),
        ("WLF-09", "export", "ESSEA01", "sea", "ES", [], "CN", "030326",
         "Anguilas congeladas (Anguilla rostrata), origen Canadá, reexportación, 6 t", "CA", 6000, None, 48000,
         "EUR",
         "American eels re-exported from Canada are thick-bodied, short-headed eels with a Canadian health "
         "certificate; these frozen eels from Valencian fish farms have the European eel's longer head and a "
         "vertebra count of 114, and the Canadian certificate matches no shipment: European eels (Anguilla anguilla, "
         "CITES App. II, whose export from the Union is banned) declared as a species not listed, from Valencia to "
         "Shanghai; Spanish wording (European eels repeat in many sets, mostly as glass eels; an American-eel label "
         "was found in no earlier row by a keyword search)", {"importer_country": "CN"}),
        ("WLF-10", "import", "NLAIR01", "air", "ID", [], "NL", "030489",
         "Fillet ikan kerapu beku (grouper), 1 t", "ID", 1000, None, 9000, "USD",
         "frozen grouper fillets are firm, white fillets with fine red-brown spotting on the skin; these are thick, "
         "fillets with blue-green skin, scrawled lines and very large scales: humphead wrasse (Cheilinus undulatus, "
         "CITES App. II) without CITES documents, flown from Jakarta to Amsterdam for an Asian seafood wholesaler; "
         "Indonesian wording (humphead wrasse repeats in some sets, and a frozen grouper-fillet label in blind154; kept as "
         "a repeat, by air from Jakarta to Amsterdam is the new part)", firm("Horizon Aziatische Vis BV", "NL")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ESAIR01", "air", "PE", "ES", "280800",
     "Nitric acid 65 %, 4 x 1 l, for a licensed private user (amateur metal etching)", "PE", 5.6, 4, 60, "USD",
     [("PRECURSOR_LICENCE", "ES-MIR-60-0114")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEAIR01", "express", "JP", "DE", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private user (model rocketry)", "JP", 2, 2, 9000, "JPY",
     [("PRECURSOR_LICENCE", "DE-BKA-60-0051")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "DESEA01", "sea", "NO", "DE", "271099",
     "PCB-containing heat-transfer fluid (13 01 01*) from a decommissioned fishmeal plant, for incineration, 40 drums",
     "NO", 8000, 40, 0, "EUR", [("BASEL_CONSENT", "DE-SH-60-0032")], "notified PCB oil to a licensed incinerator"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "IS", "NL", "381590",
     "Spent nickel hydrogenation catalyst (16 08 02*) from a fish-oil hardening plant, for nickel recovery, 20 t",
     "IS", 20000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-60-0017")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DKSEA01", "sea", "FO", "DK", "290376",
     "Halon 1301, recovered from Faroese trawler fire systems, 40 cylinders, for destruction", "FO", 1800, 40, 0,
     "DKK", [("ODS_LICENCE", "DK-MST-ODS-60-004")], "recovered halon imported for destruction under licence"),
    ("PRM-06", "ozone", "import", "ESSEA01", "sea", "TW", "ES", "290341",
     "Trifluoromethane (HFC-23, R-23), 30 cylinders of 40 kg, for ultra-low-temperature tuna freezers", "TW", 1200,
     30, 9000, "USD", [("FGAS_QUOTA", "ES-MITECO-60-0208")], "HFC-23 imported within a registered quota"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970690",
     "Ex-voto ship model of a Concarneau tuna dundee, painted wood, about 1880, documented family collection", "FR",
     9, 1, 24000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-60-0027")], "ex-voto exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "ITAIR01", "air", "CH", "IT", "970510",
     "Roman amphora, Africana type, 3rd century, documented Swiss collection since 1961", "TN", 22, 1, 14000, "EUR",
     [("IMPORTER_STATEMENT", "IT-MIC-IMP-60-0009")], "amphora imported with its importer statement and provenance"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "PE", "841939",
     "Spray dryer, steam-sterilisable, 30 kg/h water evaporation, for a Peruvian fish-protein research plant", "DE",
     14000, 1, 380000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-60-0412"), ("END_USER_CERTIFICATE", "PE-PRODUCE-EUC-60-0007")],
     "dual-use spray dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "IN", "292111",
     "Dimethylamine hydrochloride 99 %, 80 bags of 25 kg, for an Indian pharmaceutical maker", "NL", 2000, 80, 9000,
     "EUR", [("EXPORT_LICENCE", "NL-CDIU-60-0133"), ("END_USER_CERTIFICATE", "IN-DGFT-EUC-60-0051")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "ID", "NL", "030819",
     "Dried white teatfish (Holothuria fuscogilva), 40 kg, legally fished under a national quota", "ID", 40, None,
     8000, "USD", [("CITES_PERMIT", "ID-KLHK-60-0318")], "App. II sea cucumbers with their export permit"),
    ("PRM-12", "wildlife", "import", "ITAIR01", "air", "TW", "IT", "050800",
     "Precious coral (Corallium elatius), rough branches, 3 kg, Taiwanese licensed fishery", "TW", 3, None, 30000,
     "USD", [("CITES_PERMIT", "TW-COA-60-0044")], "App. III precious coral with its export document"),
]

CONSIGNEES = {
    "PRM-01": "Particular", "PRM-02": "Privatperson", "PRM-05": "Nordhafen Brandteknik ApS",
    "PRM-06": "Atlantic Suministros Navales SL", "PRM-11": "Delta Aziatische Groothandel BV", "PRM-12": "Alpina Coralli Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, most from the seafood trade's
    # suppliers, none of them fish or another food of animal origin
    ("090421", "Ají amarillo paste for ceviche, 500 g jars", "import", ["express"], ["PE"], (10, 18), (1, 4), ["USD", "EUR"], 2, S),
    ("310100", "Kelp meal organic fertiliser, 10 kg tubs", "import", ["road"], ["GB"], (1, 2), (8000, 16000), ["GBP", "EUR"], 0.1, S),
    ("210410", "Kombu dashi powder, vegetarian, 1 kg", "import", ["express"], ["JP"], (15, 30), (1, 4), ["USD", "EUR"], 1, S),
    ("281512", "Sodium hydroxide solution 3 %, lutefisk lye, 1 l", "import", ["post"], ["NO"], (4, 8), (1, 4), ["EUR"], 1, S),
    ("091091", "Gravlax spice mix, dill and pepper, 500 g", "import", ["post"], ["IS", "NO"], (15, 25), (1, 3), ["EUR"], 2, S),
    ("071239", "Dried shiitake powder for broth, 1 kg", "import", ["express"], ["KR", "CN"], (12, 25), (1, 4), ["USD"], 1, S),
    ("283531", "Sodium tripolyphosphate, food grade, 25 kg bags", "import", ["sea"], ["CN", "BR"], (1.2, 2), (10000, 20000), ["USD"], 0.04, S),
    ("121229", "Irish moss kettle finings, seaweed, 100 g", "import", ["post"], ["US", "GB"], (40, 80), (1, 2), ["USD", "GBP"], 10, S),
    ("220110", "Deep ocean water, bottled, 1.5 l", "import", ["express"], ["TW", "KR"], (3, 6), (2, 4), ["USD"], 0.6, S),
    ("560811", "Knotless nylon netting for fish-farm cages, new, untreated", "export", ["sea"], ["AL", "TN"], (5, 9), (4000, 12000), ["EUR"], None, S),
    ("130219", "Rosemary extract antioxidant for fish feed, drums", "export", ["sea"], ["MR", "MA"], (12, 20), (1000, 4000), ["EUR"], None, S),
    ("901480", "Fish finders with transducers, new, boxed", "export", ["sea"], ["SN", "GH"], (60, 120), (500, 2000), ["EUR"], 0.3, S),
    ("271019", "Heat-transfer oil, mineral, new, 200 l drums", "export", ["sea"], ["NG", "GH"], (1.5, 2.5), (8000, 16000), ["EUR"], None, S),
    ("252100", "Ground limestone, agricultural lime, bulk", "export", ["sea"], ["TN", "AL"], (0.04, 0.08), (20000, 26000), ["EUR"], None, S),
    ("151620", "Hydrogenated palm stearin, blocks", "export", ["sea"], ["BD", "PK"], (1, 1.6), (18000, 22000), ["EUR"], None, S),
    ("843880", "Fish filleting machines, new, with service contract", "export", ["sea"], ["NO", "IS"], (60, 100), (2000, 9000), ["EUR"], 0.0005, S),
    ("853210", "Power-factor correction capacitors, new, dry film", "export", ["sea"], ["GE", "UA"], (8, 14), (1000, 4000), ["EUR"], 0.03, S),
    ("271312", "Calcined petroleum coke carbon raiser, big bags", "export", ["road"], ["UA", "RS"], (0.4, 0.7), (18000, 24000), ["EUR"], None, S),
    ("281121", "MAP gas 70 % CO2 / 30 % N2, returnable cylinders", "import", ["road"], ["MA", "TR"], (0.8, 1.5), (2000, 6000), ["EUR"], 0.05, S),
    ("841869", "Flake ice machines, R-290 charge, new", "import", ["sea"], ["CN"], (4, 7), (4000, 10000), ["USD"], 0.0012, S),
    ("290211", "Cyclohexane, analytical reagent, 2.5 l", "import", ["air"], ["IN", "CN"], (4, 8), (100, 500), ["USD"], 0.5, S),
    ("842410", "CO2 fire-suppression cylinders, new, 45 kg, for ships", "import", ["sea"], ["NO", "KR"], (3, 6), (2000, 6000), ["EUR", "USD"], 0.01, S),
    ("870422", "Used vivier lorries, sea-water tanks, no refrigeration unit", "export", ["sea"], ["MA", "TN"], (1.5, 3), (10000, 14000), ["EUR"], 0.0001, S),
    ("281121", "Liquid CO2 (R-744), 40 kg cylinders, for cascade freezers", "import", ["sea"], ["NO", "GB"], (0.6, 1.2), (4000, 10000), ["EUR"], 0.025, S),
    ("701990", "Glass seafood display aquaria, without chiller", "import", ["sea"], ["CN"], (3, 6), (3000, 8000), ["USD"], 0.02, S),
    ("841869", "Plate freezers, new, ammonia (R-717)", "export", ["sea"], ["MR", "GH"], (8, 14), (4000, 12000), ["EUR"], 0.0003, S),
    ("691490", "Terracotta octopus pots, new, unglazed", "import", ["sea"], ["MA", "TN"], (0.5, 1), (4000, 10000), ["EUR"], 0.5, S),
    ("691200", "Glazed stoneware salting jars, new", "import", ["sea"], ["TN", "VN"], (1, 2), (3000, 8000), ["USD", "EUR"], 0.1, S),
    ("950720", "Fish hooks, boxed, assorted sizes", "import", ["sea"], ["CN", "JP"], (15, 30), (500, 2000), ["USD"], 50, S),
    ("680299", "Soapstone carvings, new craft", "import", ["post"], ["NO", "KE"], (20, 40), (1, 4), ["EUR", "USD"], 2, S),
    ("140490", "Natural loofah sponges", "import", ["sea"], ["EG", "CN"], (3, 6), (2000, 6000), ["USD"], 10, S),
    ("841939", "Steam-tube fishmeal dryers, industrial, 10 t/h", "export", ["sea"], ["PE", "MR"], (20, 35), (10000, 24000), ["EUR"], 0.00005, S),
    ("292390", "Betaine anhydrous, feed attractant for shrimp feed", "export", ["sea"], ["EG", "EC"], (2, 4), (4000, 12000), ["EUR"], None, S),
    ("842389", "Industrial fish-grading scales, new", "export", ["air"], ["NO", "IS"], (60, 120), (200, 1000), ["EUR"], 0.003, S),
    ("841939", "Household freeze-dryers, 5 kg, for food", "export", ["sea"], ["AE", "TR"], (20, 35), (2000, 6000), ["EUR"], 0.01, S),
    ("760820", "Aluminium outrigger poles, 6061, 60 mm", "export", ["sea"], ["MA", "SN"], (4, 7), (3000, 9000), ["EUR"], 0.05, S),
    ("121221", "Dried Gracilaria seaweed for agar, bales", "import", ["sea"], ["LK", "ID"], (0.8, 1.5), (10000, 20000), ["USD"], None, S),
    ("960190", "Dyed bamboo-coral beads, 8 mm strands", "import", ["express"], ["TW", "CN"], (60, 120), (1, 2), ["USD"], 15, S),
    ("091091", "Adobo spice mix for fried fish, 1 kg", "import", ["road"], ["MA"], (2, 4), (2000, 6000), ["EUR"], 1, S),
    ("691110", "Blue-and-white porcelain fish plates, new", "import", ["sea"], ["CN", "PH"], (2, 4), (3000, 8000), ["USD"], 1, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("630120", "Woollen throws, woven, fringed", "import", ["sea"], ["IN", "TR"], (8, 14), (2000, 6000), ["USD", "EUR"], 1, N),
        ("482369", "Paper plates and cups, printed, party packs", "import", ["sea"], ["CN", "TR"], (1.5, 3), (4000, 10000), ["USD"], 4, N),
        ("460211", "Bamboo picnic baskets, lidded", "import", ["sea"], ["VN", "CN"], (3, 6), (2000, 6000), ["USD"], 0.8, N),
        ("491000", "Wall calendars, printed, landscape photographs", "import", ["post", "express"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind203", 20600101, HERE)


if __name__ == "__main__":
    main()
