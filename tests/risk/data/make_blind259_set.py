#!/usr/bin/env python3
"""Writes the two-hundred-and-fifty-ninth blind set (tests/risk/data/blind259-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 May - 26 June 2069, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: ice-cream, frozen foods and
cold-chain logistics (ice-cream makers and parlours, frozen-food importers, cold-store
operators, reefer hauliers).
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
only where a real declaration would. Ids are BL259-*:

    python3 tests/risk/data/make_blind259_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2069, 5, 1)
base.DAYS = 57  # 1 May to 26 June 2069
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEAIR01", "express", "JP", [], "DE", "210690",
         "かき氷シロップ みぞれ（透明・無着色）業務用 1.8L × 2本", "JP", 4.4, 2, 3600, "JPY",
         "mizore kakigōri syrup is a clear, sticky sugar syrup of about 1.3 kg/l that tastes only of sugar; these two "
         "bottles have vented caps, hold a water-thin, non-sticky liquid of 1.20 kg/l that whitens and stings the skin "
         "and fizzes on a cut: about 50 % hydrogen peroxide (Annex I above 12 %), sent by express from Osaka to a "
         "private person in Cologne who runs a shaved-ice stand at summer markets; Japanese wording (hydrogen "
         "peroxide repeats in many sets and syrup covers in several; a kakigōri or shaved-ice syrup label was found "
         "in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-02", "import", "CYSEA01", "sea", "EG", [], "CY", "330210",
         "قاعدة نكهة ليمون شفافة لصناعة الآيس لولي (مصاصات الثلج)، جراكن 5 كجم، 400 جركن", "EG", 2000, 400, 1600,
         "USD",
         "a clear lemon flavour base for ice lollies is a pale, fragrant, slightly oily liquid of about 1.0 kg/l that "
         "smells of lemon peel; these 400 jerrycans hold a liquid of 1.40 kg/l that fumes brown when opened, smells "
         "sharp and acrid, yellows the skin and eats a copper coin, at 4 USD a jerrycan, for a Limassol cash-and-carry "
         "that sells to kiosks and to the public: about 65 % nitric acid (Annex I above 3 %) made available to "
         "members of the public, by sea from Alexandria; Egyptian Arabic wording (nitric acid repeats in many sets; "
         "ice-lolly labels appear twice, blind86 and blind106, on other goods; a lolly flavour base from Egypt to "
         "Cyprus is the new part as far as a search found)", firm("Delta Cash & Carry Ltd", "CY")),
        ("PRE-03", "import", "ITAIR01", "air", "ID", [], "IT", "290549",
         "Sirup maltitol untuk gelato bebas gula, jeriken 5 kg, 300 jeriken", "ID", 1500, 300, 1950, "USD",
         "maltitol syrup for sugar-free gelato is a thick, clear, sweet syrup of about 1.36 kg/l; these jerrycans "
         "hold an oily, odourless liquid of 1.84 kg/l that grows hot with a drop of water, chars a sugar cube black "
         "and has eaten through two of the caps, for a Bologna gelato-supplies web shop that sells 5 kg jerrycans to "
         "home gelato makers: about 96 % sulphuric acid (Annex I above 15 %) made available to members of the "
         "public, flown from Jakarta; Indonesian wording (sulphuric acid repeats in many sets and syrup covers in "
         "several; a maltitol label was found in no earlier row by a keyword search)",
         firm("Alpina Forniture Gelaterie Srl", "IT")),
        ("PRE-04", "import", "PTPOST01", "post", "BR", [], "PT", "170490",
         "Bala explosiva sem sabor (base neutra), para cobertura de sorvete, 4 pacotes de 800 g", "BR", 3.2, 4, 180,
         "BRL",
         "neutral popping candy is a glassy, sweet sugar grit that crackles on the tongue as its trapped CO2 escapes "
         "and dissolves sticky in water; these four bags hold shiny, tasteless, non-sticky crystals that stay silent "
         "on the tongue, dissolve cold and spit violet sparks on a hot plate, and the inner bags carry CAS "
         "3811-04-9: potassium chlorate (Annex I above 40 %), posted from São Paulo to a private person in Braga who "
         "sells ice-cream toppings at a market stall; Brazilian Portuguese wording (potassium chlorate repeats in "
         "many sets; popping-candy and popping-boba labels appear in blind224, on ozone and wildlife rows; as a neutral ice-cream topping "
         "base by post from Brazil is the new part as far as a search found)", person("João Pereira", "PT")),
        ("PRE-05", "import", "BEPOST01", "post", "CA", [], "BE", "294000",
         "D-Tagatose, keto ice cream sweetener, 4 x 1 kg (parcel 2 of 4)", "CA", 4.1, 4, 96, "CAD",
         "tagatose is a fine, white, sugar-sweet powder that browns quickly when heated; these four bags hold clear, "
         "cubic, tasteless crystals that draw damp, crackle and flare yellow on a gas ring, and the inner bags carry "
         "CAS 7775-09-9: sodium chlorate (Annex I above 40 %), split over four parcels of 4 kg posted from Ontario "
         "to the same private person in Liège within a week, so that each parcel looks like a home ice-cream maker's "
         "order; Canadian English wording (sodium chlorate repeats in many sets and sugar and sweetener covers in "
         "several; a tagatose label was found in no earlier row by a keyword search, and a split over parcels is "
         "rare on precursors)", person("Mme L. Dupont", "BE")),
        ("PRE-06", "import", "NLAIR01", "air", "IN", [], "NL", "390690",
         "Gel pack refill crystals (superabsorbent polymer) for cold-chain insulated shippers, 1 kg pouches, 300 pouches",
         "IN", 300, 300, 600, "USD",
         "superabsorbent gel-pack crystals are light, white granules of sodium polyacrylate that swell into a stiff "
         "gel in a minute; these pouches hold a heavier, glassy powder that does not swell at all but dissolves, "
         "burns brightly mixed with sugar, and whose filler's sacks read 'NaClO4', for an Eindhoven web shop that "
         "sells cold-chain shipping supplies in 1 kg pouches to home bakers and the public: sodium perchlorate "
         "(Annex I above 40 %) retail-packed for members of the public, flown from Mumbai; Indian English wording "
         "(sodium perchlorate repeats in many sets; superabsorbent labels appear in a few rows, on waste; a gel-pack "
         "refill label for a cold-chain supplier is the new part as far as a search found)",
         firm("Orion Koelketen Supplies BV", "NL")),
        ("PRE-07", "import", "ATAIR01", "air", "HK", [], "AT", "110811",
         "蝦餃皮預拌粉 (澄麵) 冷凍點心專用, 500克裝, 600包", "HK", 300, 600, 1500, "HKD",
         "har-gow wrapper premix is wheat starch with a little tapioca: a squeaky, bright-white flour that turns "
         "translucent and elastic in boiling water; these 600 packs hold a heavier, gritty, grey-white powder that "
         "does not gelatinise, barely dissolves, burns fiercely with sugar and whose inner liners read 'KClO4', for a "
         "Vienna Asian supermarket that sells the packs to the public beside its frozen dim sum: potassium "
         "perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Hong Kong; Cantonese "
         "(traditional Chinese) wording (potassium perchlorate repeats in many sets and starch covers in several, "
         "wheat starch once, blind240; a har-gow premix label for a frozen dim-sum counter is the new part as far "
         "as a search found)", firm("Orion Asia Markt GmbH", "AT")),
        ("PRE-08", "import", "ESSEA01", "sea", "US", [], "ES", "210500",
         "Freeze-dried 'astronaut' ice cream dots, neutral base, 20 kg bulk bags, 900 bags", "US", 18000, 900, 9000,
         "USD",
         "freeze-dried ice-cream dots are light, brittle, sweet pellets that melt on the tongue and weigh about 0.3 "
         "kg/l in the bag; these bags hold dense white prills of 0.8 kg/l that are not sweet, turn ice-cold in "
         "water, test at 34 % N and melt and fume on a hot plate, for a Valencia snack wholesaler that repacks them "
         "in 5 kg tubs sold to the public as 'abono para huerto' (garden fertiliser): ammonium nitrate (Annex I at "
         "16 % N or more) made available to members of the public, by sea from Houston; US English wording "
         "(ammonium nitrate repeats in many sets and bead-like food covers in several; a freeze-dried or "
         "'astronaut' ice-cream label was found in no earlier row by a keyword search)",
         firm("Horizon Snacks Levante SL", "ES")),
        ("PRE-09", "import", "IEAIR01", "express", "ZA", [], "IE", "271019",
         "Refrigeration compressor oil, POE 32, for reefer unit service, 4 x 1 l", "ZA", 4.6, 4, 950, "ZAR",
         "POE 32 compressor oil is a clear, slightly viscous, almost odourless ester of 0.97 kg/l that floats on "
         "water and comes in sealed tins because it draws moisture; these four plastic bottles hold a thin liquid of "
         "1.14 kg/l that sinks, partly mixes with water, smells faintly fruity-chemical and reads 'CH3NO2' on the "
         "filler's drum label copied onto the invoice annex: nitromethane (Annex I above 16 %), sent by express from "
         "Durban to a private person in Cork who says he services reefer units, although flammable liquids travel "
         "by express only as declared dangerous goods; South African English wording (nitromethane repeats in many "
         "sets and compressor-oil labels in several, on other goods; a reefer-service oil label on nitromethane is "
         "the new part as far as a search found)", person("Private individual", "IE")),
        ("PRE-10", "import", "FRSEA01", "sea", "MA", [], "FR", "285390",
         "Eau déminéralisée pour machines à glace claire (sculpture sur glace), bidons 20 L, 200 bidons", "MA", 4800,
         200, 800, "EUR",
         "demineralised water for clear-ice block machines is plain, tasteless water of 1.00 kg/l shipped in "
         "ordinary sealed drums; these 200 drums have vented caps, weigh 24 kg each for 20 l (1.20 kg/l), and a drop "
         "whitens the skin and foams on a cut: about 50 % hydrogen peroxide (Annex I above 12 %), by sea from Tanger "
         "Med to Marseille for an events web shop that sells clear-ice supplies in single drums to the public; "
         "Moroccan French wording (hydrogen peroxide repeats in many sets and water-like labels in several; an "
         "ice-sculpture label appears once, blind199, on another good; demineralised water for clear-ice machines "
         "is the new part as far as a search found)", firm("Rivage Glace Événements SARL", "FR")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "902519",
         "Nieuwe USB-temperatuurloggers voor eenmalig gebruik, farmaceutische koelketen, 40.000 stuks", "NL", 2000,
         40000, 4000, "EUR",
         "new single-use USB temperature loggers come sealed in blister packs at about 10 EUR each; these 40,000 are "
         "scuffed, sticker-covered units with pharma shipment labels, broken cases and flat lithium coin cells, "
         "collected by a Venlo pharma hub's reverse-logistics contractor at 0.10 EUR each: waste electronic "
         "equipment with batteries (16 02 13*, 16 06 06*), hazardous waste whose export to a non-OECD country is "
         "banned, by sea from Rotterdam to Tema for a 'distributor'; Dutch wording (e-waste repeats in many sets; a "
         "temperature-logger label on e-waste was found in no earlier row by a keyword search; loggers appear "
         "only as accessories in three earlier notes, blind171, blind177 and blind182)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "DKSEA01", "sea", "DK", [], "EG", "271019",
         "Ny køleolie, mineralsk, ISO VG 68, til ammoniakanlæg, 80 tromler", "DK", 16000, 80, 3200, "EUR",
         "new mineral refrigeration oil for ammonia plants is a clear, pale-yellow oil in sealed maker's drums; these "
         "80 re-used drums hold a dark-brown, water-laden oil with black sludge at the bottom that stinks of ammonia "
         "when opened, drained from the compressors and oil pots of an Esbjerg fish-freezing plant: waste "
         "refrigeration oil (13 02 05*), hazardous waste whose export to a non-OECD country is banned, from Aarhus "
         "to Alexandria at 0.20 EUR/kg; Danish wording (waste oils repeat in many sets and compressor-oil labels in "
         "several; an ammonia-plant refrigeration oil from a freezing plant is the new part as far as a search "
         "found)", {"importer_country": "EG"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "ID", "390319",
         "Poliestireno expandido regranulado, limpo, branco, en fardos, 18 t", "ES", 18000, None, 1800, "EUR",
         "clean EPS regrind is bright-white, dry, odourless beads compacted into bales; these bales are crushed, "
         "greyish fish boxes from the Vigo fish market and cold stores with scales, blood, ice-water and labels still "
         "on them, smelling of rotten fish: contaminated mixed plastic waste (Basel Y48), whose export from the Union "
         "to a non-OECD country is banned, from Vigo to Surabaya; Galician wording (fish boxes repeat in several sets "
         "and regrind labels in many; kept as a known repeat, from Vigo to Indonesia in Galician is the new part)",
         {"importer_country": "ID"}),
        ("WST-04", "export", "GRSEA01", "sea", "GR", [], "EG", "281512",
         "Καυστική σόδα υγρή 50 %, δεξαμενές IBC, 22 τόνοι", "GR", 22000, 22, 2200, "EUR",
         "50 % liquid caustic soda is a clear, colourless, syrupy lye of 1.52 kg/l worth about 0.35 EUR/kg; these "
         "IBCs hold a turbid, brownish liquid of 1.08 kg/l with a rancid milk-fat smell, a grey sediment and about 4 "
         "% NaOH, pumped from the clean-in-place tanks of a Thessaloniki ice-cream and dairy plant: spent alkaline "
         "cleaning solutions (20 01 15*, 06 02 05*), hazardous waste whose export to a non-OECD country is banned, at "
         "0.10 EUR/kg from Thessaloniki to Alexandria; Greek wording (caustic and alkaline wastes repeat in several "
         "sets; spent CIP caustic from an ice-cream plant is the new part as far as a search found)",
         {"importer_country": "EG"}),
        ("WST-05", "export", "PTSEA01", "sea", "PT", [], "CV", "450410",
         "Aglomerado de cortiça expandida (ICB), placas de isolamento, novas, 14 t", "PT", 14000, None, 2800, "EUR",
         "new expanded-cork insulation board is a light (about 110 kg/m3), dark-brown board that smells of toasted "
         "cork; these pallets hold heavier, black, tar-smelling slabs stuck to plaster and mortar, with PAH test "
         "values in the thousands of mg/kg, stripped from the walls of a 1950s Lisbon port cold store: insulation "
         "bonded with coal-tar pitch (17 06 03*, 17 03 03*), hazardous waste whose export to a non-OECD country is "
         "banned, from Lisbon to Praia for a 'builder'; Portuguese wording (cork appears in many rows, but an "
         "expanded-cork or ICB label and a demolished cold store were found in no earlier row by a keyword search)",
         {"importer_country": "CV"}),
        ("WST-06", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "841950",
         "Gebrauchte Wärmetauscher aus Kühlgeräten, zur Wiederverwendung, 9 t", "DE", 9000, 1800, 2700, "EUR",
         "used heat exchangers for reuse are cleaned, pressure-tested, capped copper or aluminium coils; these 1,800 "
         "are the sealed steel boiler-and-condenser cooling units cut out of scrapped caravan and hotel-minibar "
         "absorption fridges, still charged with ammonia, water and a yellow sodium-chromate inhibitor that weeps "
         "from the cut joints: waste containing hexavalent chromium and ammonia (16 02 11*, 16 02 15*), hazardous "
         "waste whose export to a non-OECD country is banned, on a lorry from Leipzig through Poland to a Lviv "
         "'scrap trader'; German wording (absorption-fridge units appear in a few sets; a heat-exchanger-for-reuse "
         "label on them by road to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("WST-07", "export", "ITSEA01", "sea", "IT", [], "TN", "940360",
         "Arredo usato per gelateria: tavoli e sedie in legno, 40 pezzi", "IT", 1200, 40, 2400, "EUR",
         "a refit container for a Sousse ice-cream parlour: used tables, chairs and gelato display counters are "
         "what Rimini gelaterie sell on when they refurbish, but the third item's 'compressori di ricambio, "
         "revisionati' are 220 rusty, oil-filled hermetic compressors cut out of scrapped freezers, with cut pipes "
         "still dripping oil and refrigerant residue, none of them tested: waste components containing hazardous "
         "substances (16 02 15*), hazardous waste whose export to a non-OECD country is banned, hidden as the last "
         "item of a three-item declaration, from Ancona to Sousse; Italian wording (scrap compressors repeat in "
         "several sets; behind a gelateria refit to Tunisia is the new part as far as a search found)",
         dict({"importer_country": "TN"},
              _more_items=[item("841850", "Vetrine per gelato usate, funzionanti, 6 pezzi", "IT", 1500, 3000, "EUR", qty=6),
                           item("841430", "Compressori di ricambio, revisionati, 220 pezzi", "IT", 4400, 1100, "EUR", qty=220)])),
        ("WST-08", "export", "BGROAD01", "road", "BG", [], "TR", "720449",
         "Стоманен скрап HMS 1/2, нарязан, 22 т", "BG", 22000, None, 6600, "EUR",
         "HMS 1/2 steel scrap is cut, clean, heavy structural steel; this lorry holds 2,000 crushed, single-trip "
         "refrigerant cylinders (the throw-away green, white and orange kind) collected from Sofia cold-store and "
         "ice-cream-cabinet service firms, many still hissing with residual HCFC and HFC gas when a valve is opened: "
         "gas cylinders containing hazardous substances (16 05 04*), hazardous waste shipped to an OECD country "
         "without the notification and consent it needs, at Kapitan Andreevo for an Iskenderun mill; Bulgarian "
         "wording (disposable cylinders repeat in many sets, nearly always as ozone rows; as crushed waste under a "
         "steel-scrap label is the new part as far as a search found)", {"importer_country": "TR"}),
        ("WST-09", "transit", "BESEA01", "sea", "GB", ["BE"], "NG", "850239",
         "Used clip-on reefer generator sets, serviced, 40 units", "GB", 36000, 40, 48000, "GBP",
         "serviced clip-on reefer gensets for reuse run, carry a test sheet and have their batteries and fluids "
         "topped up; these 40, scrapped by a Felixstowe container-repair yard, are seized engines with cracked "
         "blocks, leaking sump oil and split lead-acid starter batteries, several missing their alternators: end-of-life "
         "equipment with oil and batteries (16 01 04*-type waste, 16 06 01*), hazardous waste whose export to a "
         "non-OECD country is banned, landed at Antwerp in transit from Felixstowe to Lagos; UK English wording "
         "(gensets appear in a few sets; a transit of reefer gensets through Antwerp is the new part as far as a "
         "search found)", {"importer_country": "NG"}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "GN", "871639",
         "Koelopleggers, gebruikt, rijklaar, 6 stuks", "BE", 42000, 6, 30000, "EUR",
         "road-ready used refrigerated semi-trailers have tyres, brakes, papers and a working reefer unit; these six "
         "are rusted, de-registered boxes with broken axles, wet, crumbling HCFC-141b polyurethane walls and "
         "reefer units stripped to their oily frames, bought at a Ghent cold-store's scrap sale: end-of-life "
         "vehicles and ODS-containing foam (16 01 04*, 17 06 03*), hazardous waste whose export to a non-OECD "
         "country is banned, from Antwerp to Conakry; Flemish wording (refrigerated trailers appear in a few sets; "
         "scrapped reefer trailers to Guinea as road-ready are the new part as far as a search found)",
         {"importer_country": "GN"}),
    ],
    "ozone": [
        ("OZN-01", "transit", "NLSEA01", "sea", "KR", ["NL"], "MA", "841869",
         "리퍼 컨테이너용 냉동기, 재생품, R-134a 충전, 30대", "KR", 15000, 30, 90000, "USD",
         "refurbished reefer machinery units on R-134a carry a blue R-134a plate, a test report and a charge of about "
         "4 kg; these 30 Busan-refurbished units have freshly painted-over R-22 plates, a high-side pressure at 20 °C "
         "that matches R-22 and not R-134a, and an R-22 charge in each circuit: equipment containing HCFC-22, moved "
         "through the Union without the licence Regulation 2024/590 requires, landed at Rotterdam in transit from "
         "Busan to Casablanca for a cold-store operator; Korean wording (R-22 equipment repeats in many sets and "
         "reefer units in several; refurbished Korean reefer machinery in transit through Rotterdam is the new part "
         "as far as a search found)", {"importer_country": "MA"}),
        ("OZN-02", "import", "ITSEA01", "sea", "CN", [], "IT", "392310",
         "电动冰淇淋三轮车保温箱, 聚氨酯发泡 (环戊烷), 200 个", "CN", 6000, 200, 14000, "USD",
         "cyclopentane-blown insulated boxes for ice-cream tricycles carry a flammable-blowing-agent label and "
         "release no gas when the skin is drilled; these 200 boxes give off a sweet, ether-like gas when drilled and "
         "a head-space test of the foam gives 1,1-dichloro-1-fluoroethane: cargo boxes insulated with HCFC-141b "
         "foam, products containing an ozone-depleting substance whose import into the Union is banned, by sea from "
         "Ningbo to Genoa for a Naples ice-cream-bike rental firm; Chinese wording (HCFC-141b foams repeat in many "
         "sets; ice-cream tricycles appear once, blind161, on CFC-12 units; HCFC-141b-foamed boxes for them are the new part "
         "as far as a search found)",
         firm("Meridian Bici Gelato Srl", "IT")),
        ("OZN-03", "import", "DEROAD01", "road", "CH", [], "DE", "841869",
         "Gebrauchter Härtetunnel für Speiseeis, Kältemittel R-404A, 1 Anlage", "CH", 6000, 1, 45000, "CHF",
         "a used ice-cream hardening tunnel on R-404A carries an R-404A plate and a logbook of leak checks; this "
         "1980s tunnel from a Thurgau dairy has a rewritten plate, an R-502 sticker under the new one and 60 kg of "
         "R-502 still in the receiver (a blend of HCFC-22 and CFC-115): equipment containing CFCs and HCFCs, whose "
         "import into the Union is banned, on a lorry at Kreuzlingen for a Swabian ice-cream maker; Swiss German "
         "wording (R-502 repeats in many sets; a hardening tunnel from Switzerland is the new part as far as a "
         "search found)", firm("Alpina Glace GmbH", "DE")),
        ("OZN-04", "import", "BGROAD01", "road", "TR", [], "BG", "731100",
         "Boş iade tüpleri (soğutucu gaz), 10,9 kg, 300 adet", "TR", 4800, 300, 900, "EUR",
         "empty returnable refrigerant cylinders weigh about 5 kg each, ring hollow and read zero on a gauge; these "
         "300 non-refillable cylinders weigh 16 kg each, slosh, read 10 bar and are full of R-404A: an HFC in "
         "non-refillable containers, whose import into the Union is banned, declared as empty steel containers "
         "without the quota authorisation, in a van at Kapitan Andreevo for a Plovdiv cold-store service firm; "
         "Turkish wording (HFCs in disposable cylinders repeat in many sets; an empty-returnable label was found in "
         "no earlier row as far as a search found)", firm("Vega Hladilna Tehnika EOOD", "BG")),
        ("OZN-05", "import", "PLROAD01", "road", "UA", [], "PL", "382769",
         "Холодоагент R-437A (заміна R-22 без ОРВ), балони 10 кг, 120 шт.", "UA", 1200, 120, 3000, "EUR",
         "R-437A is an HFC drop-in blend that reads a pressure a little above R-22's; these 120 cylinders read the "
         "glide and pressure of R-409A and their shoulders are stamped 'R-409A' under the sticker: a blend of "
         "HCFC-22, HCFC-124 and HCFC-142b, whose import into the Union is banned, in a van at Dorohusk for a "
         "Lublin ice-machine and cold-room service firm; Ukrainian wording (R-409A repeats in several sets, some "
         "under R-437A labels; kept as a known repeat, an ice-machine service buyer at Dorohusk is the new part)",
         firm("Orion Chłodnictwo Sp. z o.o.", "PL")),
        ("OZN-06", "import", "IEAIR01", "air", "US", [], "IE", "841869",
         "Refurbished soft-serve freezers, twin twist, R-404A, 6 units", "US", 1800, 6, 21000, "USD",
         "refurbished twin-twist soft-serve freezers carry an R-404A data plate and about 2 kg of R-404A; these six, "
         "rebuilt in Ohio from 1990s machines, still have their original R-22 compressors, R-22 service valves and "
         "an R-22 charge, with new plates riveted over the old ones: equipment containing HCFC-22, whose import into "
         "the Union is banned, flown from Chicago to Dublin for a seaside ice-cream van operator; US English wording "
         "(R-22 equipment repeats in many sets and soft-serve machines in a few; by air from the United States to "
         "Ireland is the new part as far as a search found)", firm("Atlantic Ice Cream Vans Ltd", "IE")),
        ("OZN-07", "import", "PTSEA01", "sea", "BR", [], "PT", "841869",
         "Unidades condensadoras CO2 (R-744) transcríticas para câmaras de congelados, 8 unidades", "BR", 4000, 8,
         24000, "USD",
         "transcritical CO2 condensing units have thick-walled pipework, gas coolers rated above 100 bar and an R-744 "
         "plate; these eight have thin copper pipework rated at 28 bar, an ordinary air condenser and 12 kg of HCFC-22 "
         "each under their R-744 stickers, for a Porto frozen-food distributor's cold rooms: equipment containing "
         "HCFC-22, whose import into the Union is banned, by sea from Santos to Leixões; Brazilian Portuguese "
         "wording (R-744 labels repeat in many sets; kept as a known repeat, Brazilian units for a Porto frozen-food "
         "distributor are the new part)", firm("Horizon Congelados Lda", "PT")),
        ("OZN-08", "import", "ROAIR01", "air", "IN", [], "RO", "841840",
         "Ultra-low temperature freezers -86 °C, natural refrigerants (R-170/R-290), refurbished, 10 units", "IN",
         3500, 10, 18000, "USD",
         "ultra-low freezers on ethane and propane carry flammable-refrigerant labels and light cascade charges; "
         "these ten, refurbished in Hyderabad from a vaccine cold-chain depot, have high stages on R-22 and low "
         "stages on R-503 (an azeotrope of CFC-13 and HFC-23), read from the service ports: equipment containing "
         "CFCs and HCFCs, whose import into the Union is banned, flown from Hyderabad to Bucharest for a vaccine "
         "distributor; Indian English wording (ultra-low freezers appear in a few sets and R-503 in several; "
         "kept as a known repeat, cascade freezers from an Indian vaccine depot are the new part)", firm("Central Vaccin Logistic SRL", "RO")),
        ("OZN-09", "import", "MTSEA01", "sea", "EG", [], "MT", "271112",
         "غاز بروبان R-290 لثلاجات الآيس كريم، أسطوانات 5 كجم، 200 أسطوانة", "EG", 1000, 200, 1400, "USD",
         "R-290 for ice-cream cabinets is refrigerant-grade propane of 0.50 kg/l that reads about 8 bar at 20 °C; "
         "these 200 cylinders hold a liquid of 1.19 kg/l at the pressure of R-22 and do not light at the valve: "
         "HCFC-22, whose import into the Union is banned, by sea from Damietta to Marsaxlokk for a Valletta kiosk "
         "refrigeration firm; Egyptian Arabic wording (HCFC-22 under propane and R-290 labels repeats in several "
         "sets; kept as a known repeat, from Egypt to Malta is the new part)", firm("Delta Refrigeration Malta Ltd", "MT")),
        ("OZN-10", "import", "ESSEA01", "sea", "AR", [], "ES", "040299",
         "Dulce de leche repostero para heladerías, baldes 10 kg, 800 baldes", "AR", 8000, 800, 24000, "USD",
         "a helado artesanal supplies container for a Madrid heladería chain: dulce de leche and cones are what "
         "Argentine ice-cream makers ship, but the third item's 'gas isobutano R-600a' is 100 returnable cylinders "
         "that read 8 bar at 20 °C (isobutane reads 2), hold a non-flammable gas and are stamped 'R-22' under the "
         "paint: HCFC-22, whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, by sea from Buenos Aires to Valencia; Rioplatense Spanish wording (HCFC-22 under hydrocarbon "
         "labels repeats in many sets; behind a heladería supplies container from Argentina is the new part as far "
         "as a search found)",
         dict(firm("Central Heladerías SL", "ES"),
              _more_items=[item("190590", "Cucuruchos de barquillo para helado, 60.000 unidades", "AR", 1200, 3600, "USD", qty=60000),
                           item("290110", "Gas isobutano R-600a, cilindros retornables, 100 unidades", "AR", 1360, 1500, "USD", qty=100)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ESSEA01", "sea", "PE", [], "ES", "081190",
         "Pulpa de lúcuma congelada para heladería, baldes de 10 kg, 1.800 baldes", "PE", 18000, 1800, 27000, "USD",
         "frozen lúcuma pulp is a dense, butterscotch-yellow purée frozen solid in lined pails; forty pails in the "
         "back row hold, inside the frozen pulp, bubble-wrapped hollow clay figures with outstretched arms, cream "
         "slip and black painted eyes, with grave earth in their cracks: Chancay 'cuchimilco' figures (1000-1470), "
         "archaeological objects whose export Peru forbids, brought in without the import licence Regulation "
         "2019/880 requires, by reefer from Callao to Valencia for a Madrid ice-cream maker; Peruvian Spanish wording "
         "(Peruvian antiquities repeat in many sets; Chancay figures frozen in lúcuma pulp were found in no earlier "
         "row by a keyword search)", firm("Horizon Helados SL", "ES")),
        ("CUL-02", "import", "GRSEA01", "sea", "EG", [], "GR", "071440",
         "قلقاس مجمد مقطع مكعبات، كراتين 10 كجم، 1,500 كرتونة", "EG", 15000, 1500, 12000, "USD",
         "frozen diced taro is white-fleshed, brown-edged cubes frozen in bags; twenty cartons weigh too much for "
         "their size and hold, in the frozen taro, small blue-green faience figures of mummiform shape with "
         "hieroglyphic columns down the front, and two limestone relief fragments: shabtis and tomb relief "
         "fragments of the Late Period, archaeological objects whose export Egypt forbids, brought in without the "
         "import licence Regulation 2019/880 requires, by reefer from Damietta to Piraeus for an Athens frozen-food "
         "importer; Egyptian Arabic wording (Egyptian antiquities and shabtis repeat in many sets; a frozen-taro "
         "(qolqas) cover was found in no earlier row by a keyword search)", firm("Delta Katepsygmena AE", "GR")),
        ("CUL-03", "import", "DEAIR01", "express", "LB", [], "DE", "160250",
         "كبة مجمدة بيتية، مع ثلج جاف، 3 كغ", "LB", 3.6, 1, 60, "USD",
         "a home-made frozen kibbeh parcel on dry ice is a foam box of meat and bulgur balls; under the kibbeh trays "
         "are 14 gold coins and 30 lead seals in small bags, the coins with a Byzantine emperor and cross and the "
         "seals with Greek monograms, earth still in the letters: Byzantine solidi and lead seals from Syria, "
         "archaeological objects brought in without the import licence Regulation 2019/880 requires and against the "
         "ban on Syrian cultural goods (Regulation 36/2012), sent by express from Beirut to a private person in "
         "Berlin; Lebanese Arabic wording (Byzantine coins and seals repeat in several sets; a dry-ice kibbeh parcel "
         "was found in no earlier row by a keyword search)", person("Herr K. Becker", "DE")),
        ("CUL-04", "import", "GBAIR01", "air", "PK", [], "GB", "691200",
         "کلفی مٹکا، مٹی کے نئے برتن، 500 عدد", "PK", 250, 500, 300, "USD",
         "new kulfi matkas are thin, red, wheel-thrown clay cups that are all alike and smell of fresh fired clay; "
         "among these 500 are 30 heavier, hand-made, red-slipped vessels painted in black with pipal leaves and "
         "fish-scale patterns, encrusted with salt and earth, and a dozen small terracotta figurines: Harappan "
         "(Indus) pottery and figurines, archaeological objects whose export Pakistan forbids, flown from Lahore to "
         "London for a Southall kulfi maker; Urdu wording (Harappan objects repeat in a few sets; a kulfi-matka "
         "label was found in no earlier row by a keyword search)", firm("Meridian Kulfi Ltd", "GB")),
        ("CUL-05", "export", "ITSEA01", "sea", "IT", [], "US", "841850",
         "Banco frigo usato per gelateria, marmo e vetro, da smontare, 1 pezzo", "IT", 2400, 1, 4000, "EUR",
         "a used refrigerated gelato counter is a stainless-steel and glass cabinet with a compressor; this one has "
         "no compressor, is carved Carrara marble with bevelled mirror glass, walnut inlay and Liberty-style bronze "
         "mounts, dated 1907 inside a drawer, and was taken out of a Turin historic café protected by the "
         "Soprintendenza: a shop furnishing over 100 years old worth far above the threshold, exported without the "
         "licence of Regulation 116/2009 and the Italian certificate, from Genoa to New York for a Brooklyn ice-cream "
         "parlour; Italian wording (historic shop fittings appear in a few sets and gelateria labels in a few; a "
         "Liberty counter as a used refrigerated counter is the new part as far as a search found)",
         {"importer_country": "US"}),
        ("CUL-06", "import", "ROSEA01", "sea", "GE", [], "RO", "190220",
         "გაყინული ხინკალი, ყუთები 5 კგ, 1 200 ყუთი", "GE", 6000, 1200, 7200, "USD",
         "frozen khinkali are pleated dough dumplings frozen in trays; six boxes hold, between the trays, four "
         "small icons on wood with chased silver-gilt covers and Georgian inscriptions, and a processional cross in "
         "repoussé silver, with candle soot and nail holes: 17th-18th century icons and a cross taken from a "
         "Racha church, cultural objects whose export Georgia forbids, brought in without the import licence "
         "Regulation 2019/880 requires for some of them, by reefer from Poti to Constanța for a Bucharest "
         "Georgian restaurant chain; Georgian wording (Georgian icons and church silver repeat in a few sets; frozen "
         "khinkali were found in no earlier row by a keyword search)", firm("Orion Gastro SRL", "RO")),
        ("CUL-07", "import", "PLROAD01", "road", "UA", [], "PL", "190220",
         "Вареники заморожені з картоплею, коробки 5 кг, 3 000 коробок", "UA", 15000, 3000, 18000, "EUR",
         "frozen varenyky are half-moon dumplings frozen in bags in a reefer at -18 °C; behind the pallets are three "
         "wrapped boards that turn out to be 18th-century icons on lime wood with gesso, gold ground and "
         "church-inventory numbers painted on the back, listed as stolen from a Ternopil-region church: cultural "
         "property whose export Ukraine forbids without a certificate, on a reefer at Dorohusk for a Lublin "
         "frozen-food importer; Ukrainian wording (Ukrainian icons repeat in several sets; frozen varenyky were "
         "found in no earlier row by a keyword search)", firm("Vega Mrożonki Sp. z o.o.", "PL")),
        ("CUL-08", "import", "ESAIR01", "air", "MX", [], "ES", "070999",
         "Huitlacoche congelado, bolsas de 1 kg, 400 bolsas", "MX", 400, 400, 4000, "USD",
         "frozen huitlacoche is grey-black corn smut frozen flat in bags; twelve of the cartons hold, in the frozen "
         "bags, burnished red-brown hollow clay dogs and a seated figure with root marks and manganese spots: West "
         "Mexican shaft-tomb figures (Colima, 300 BC-AD 300), archaeological monuments whose export Mexico forbids, "
         "brought in without the import licence Regulation 2019/880 requires, flown from Guadalajara to Madrid for "
         "a Mexican restaurant supplier; Mexican Spanish wording (West Mexican figures repeat in several sets; a "
         "frozen-huitlacoche cover was found in no earlier row by a keyword search)", firm("Rivage Sabores de México SL", "ES")),
        ("CUL-09", "import", "NLSEA01", "sea", "EC", [], "NL", "030617",
         "Camarón congelado vannamei, cola con cáscara, 16/20, 1 contenedor", "EC", 20000, None, 150000, "USD",
         "a reefer of frozen vannamei tails holds 2 kg blocks in master cartons; the last row of cartons holds two "
         "U-shaped stone seats carved with crouching human figures and a dozen stone and clay figures, packed in "
         "ice blocks: Manteño stone seats and figures (AD 800-1530) from the Manabí coast, archaeological objects "
         "whose export Ecuador forbids, brought in without the import licence Regulation 2019/880 requires, by "
         "reefer from Guayaquil to Rotterdam; Ecuadorian Spanish wording (Ecuadorian antiquities repeat in several "
         "sets, Manteño objects under Manabí craft labels in five; Manteño seats in a frozen-shrimp reefer are the new part as far as a search found)",
         firm("Nordhafen Seafood BV", "NL")),
        ("CUL-10", "import", "GBSEA01", "sea", "GH", [], "GB", "190590",
         "Frozen Ga kenkey (dɔkonu), wrapped in corn husk, 2,000 cartons", "GH", 20000, 2000, 16000, "USD",
         "frozen Ga kenkey is fermented maize dough wrapped in dried corn husk and frozen in cartons; in eight "
         "cartons the husk parcels hold terracotta heads with ringed necks, stylised faces and old breaks, "
         "earth-stained inside: Akan funerary terracotta heads (17th-19th century), cultural objects whose export "
         "Ghana forbids without a permit of its museums board, brought in against the UNESCO 1970 convention, by "
         "reefer from Tema to Tilbury for a London African grocery wholesaler; Ghanaian English wording with a Ga "
         "word (Akan terracottas repeat in a few sets; frozen kenkey was found in no earlier row by a keyword "
         "search)", firm("Atlantic African Foods Ltd", "GB")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "841939",
         "Gefriertrocknungsanlage für Astronauten-Eiscreme, Eiskondensator 20 kg, 1 Anlage", "DE", 4200, 1, 180000,
         "EUR",
         "a freeze-dryer for 'astronaut' ice-cream snacks is a food-grade tray dryer with a simple vacuum and no "
         "sterilisation; this one has a 20 kg ice condenser, steam-in-place sterilisation of the chamber, "
         "validated for aseptic use, and the Jebel Ali 'snack maker' ships on to a Tehran pharmaceutical "
         "institute: freeze-drying equipment steam-sterilisable in situ with a condenser of 10 to 1,000 kg of ice "
         "in 24 h (dual-use 2B352), exported without the licence Regulation 2021/821 requires, and barred for Iran "
         "by Regulation 267/2012, by sea from Hamburg; German wording (freeze-dryers repeat in many sets; an "
         "astronaut-ice-cream label was found in no earlier row by a keyword search)", {"importer_country": "AE"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "PK", "847989",
         "Pressa idraulica per blocchi di ghiaccio da scultura, camera cilindrica, 1 unità", "IT", 14000, 1, 38000,
         "EUR",
         "an ice-block press for sculptors is a light frame that moulds clear ice at a few bar; this 14 t machine "
         "has a thick-walled, wire-wound cylindrical chamber of 400 mm bore rated at 300 MPa, a high-pressure "
         "intensifier and oil as the medium, for a Karachi 'events' firm whose address is a Rawalpindi forwarder's: "
         "a cold isostatic press (dual-use 2B204 / 2B104), exported without the licence Regulation 2021/821 "
         "requires, from La Spezia to Karachi; Italian wording (isostatic presses repeat in many sets, and an "
         "ice-sculpture label once, blind199, on another good; an ice-block press label is the new part as far as "
         "a search found)", {"importer_country": "PK"}),
        ("STR-03", "export", "FISEA01", "sea", "FI", [], "AE", "850440",
         "Taajuusmuuttajat kylävaraston ruuvikompressoreille, 20 kpl", "FI", 600, 20, 14000, "EUR",
         "variable-speed drives for cold-store screw compressors run at 50-60 Hz outputs and cost a few hundred euros "
         "a kW; these twenty are multiphase frequency changers with outputs from 600 to 2,000 Hz, under 0.2 % "
         "frequency stability, firmware set for high-speed motors, for a Jebel Ali 'cold-store contractor' whose "
         "orders go on to Bandar Abbas: frequency changers (dual-use 3A225) for gas centrifuges, listed in the Iran "
         "regulation (267/2012), exported without a licence, from Helsinki; Finnish wording (frequency changers "
         "repeat in many sets; a cold-store screw-compressor label is the new part as far as a search found)",
         {"importer_country": "AE"}),
        ("STR-04", "export", "NLAIR01", "express", "NL", [], "AM", "852589",
         "Inspectiecamera's voor lekdetectie aan koelceldeuren, 12 stuks", "NL", 8, 12, 2400, "EUR",
         "cold-room door leak cameras are cheap uncooled thermal cameras of 160 x 120 pixels at 9 Hz; these twelve "
         "are cooled mid-wave infrared cores of 640 x 512 pixels with Stirling coolers and continuous zoom, worth "
         "30,000 EUR each, sent to a Yerevan 'refrigeration' firm whose consignee address is a Moscow forwarder's: "
         "cooled thermal imaging cameras (dual-use 6A003) and goods the export of which to Russia and re-export "
         "through third countries Regulation 833/2014 forbids, by express from Amsterdam; Dutch wording (thermal "
         "cores repeat in many sets; a cold-room leak-detection label is the new part as far as a search found)",
         {"importer_country": "AM"}),
        ("STR-05", "export", "DESEA01", "sea", "DE", [], "GE", "841869",
         "Transportkühlaggregate für Sattelauflieger, diesel-elektrisch, 12 Stück", "DE", 9600, 12, 240000, "EUR",
         "reefer units for a Georgian haulier would go to a Tbilisi fleet with Georgian plates; these twelve are "
         "ordered by a Poti firm set up in spring whose trailers run only to a Moscow cold-chain operator, and the "
         "units' telematics are pre-registered to Russian plates: refrigeration units whose sale for use in Russia "
         "Regulation 833/2014 forbids (Annex XXIII goods), routed from Bremerhaven to Poti; German wording "
         "(Russian diversion through Georgia repeats in many sets; reefer units for trailers are the new part as far "
         "as a search found)", {"importer_country": "GE"}),
        ("STR-06", "export", "FRSEA01", "sea", "FR", [], "LB", "283539",
         "Sel de glaçage pour crevettes surgelées (phosphates), sacs 25 kg, 160 sacs", "FR", 4000, 160, 6400, "EUR",
         "a glazing and soaking phosphate for frozen shrimp is a white, slightly alkaline polyphosphate powder that "
         "makes water feel slippery; these sacks hold a white powder that etches a glass beaker, gives a fluoride "
         "reaction on a test strip and whose inner liners carry CAS 7789-23-3, for a Beirut 'seafood processor' "
         "whose orders go on by road to Syria: potassium fluoride (dual-use 1C350, a chemical-weapons precursor), "
         "exported without the licence Regulation 2021/821 requires, from Marseille; French wording (potassium "
         "fluoride repeats in several sets and shrimp-phosphate labels once, blind203, on another good; a "
         "glazing-salt label to Lebanon is the new part as far as a search found)", {"importer_country": "LB"}),
        ("STR-07", "export", "EEAIR01", "air", "EE", [], "UZ", "902590",
         "Temperatuurilogerite varuplaadid, külmaahela seireks, 5 000 tk", "EE", 60, 5000, 7500, "EUR",
         "spare boards for cold-chain temperature loggers are small, cheap boards with a sensor and a coin-cell "
         "holder; these reels hold 5,000 bare microcontrollers and 800 FPGAs in maker's tape, with no sensor or "
         "board at all, worth twenty times the declared value, for a Tashkent 'cold-chain monitoring' firm whose "
         "buyers are in Russia: integrated circuits (8542 31, 8542 39) on the common high-priority list, whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, flown from Tallinn; "
         "Estonian wording (integrated circuits repeat in many sets; a temperature-logger spare-board label was "
         "found in no earlier row by a keyword search, loggers appearing only as accessories in three notes)", {"importer_country": "UZ"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", [], "BY", "880623",
         "Drony do inwentaryzacji magazynów chłodniczych, 8 szt.", "PL", 160, 8, 56000, "EUR",
         "inventory drones for cold stores are small, caged indoor quadcopters that scan barcodes on racks; these "
         "eight are 20 kg hexacopters with a 10 km datalink, a payload release and a thermal gimbal, for a Brest "
         "'cold-store' firm: unmanned aerial vehicles whose export to Belarus Regulation 765/2006 forbids, on a "
         "lorry at Kukuryki; Polish wording (drones for Belarus repeat in several sets; a cold-store inventory "
         "label is the new part as far as a search found)", {"importer_country": "BY"}),
        ("STR-09", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "848390",
         "Edelstahlwellen für Speiseeis-Extruder, geschliffen, 40 Stück", "AT", 2400, 40, 6000, "EUR",
         "stainless-steel shafts for ice-cream extruders are polished 316 steel, non-magnetic and food-grade; these "
         "40 ground bars are strongly magnetic, spark short and bright on a grinder, read 18 % nickel, 8 % cobalt "
         "and 5 % molybdenum on an XRF gun and test above 1,900 MPa, for an Istanbul 'food machinery' trader that "
         "ships to Tehran: maraging steel (dual-use 1C116 / MTCR), exported without the licence Regulation 2021/821 "
         "requires and barred for Iran, on a lorry from Linz; Austrian German wording (maraging steel repeats in "
         "several sets; an ice-cream-extruder shaft label is the new part as far as a search found)",
         {"importer_country": "TR"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", ["LV"], "RU", "190220",
         "Šaldyti koldūnai ir virtiniai, 8 t", "LT", 8000, None, 24000, "EUR",
         "a reefer lorry for a St Petersburg frozen-food wholesaler: dumplings and ice-cream are foods that may "
         "still go to Russia, but the third item's 'šaldymo agregatų atsarginės dalys' are 2,400 sealed angular-"
         "contact ball bearings in maker's boxes with the labels torn off and no refrigeration part among them: ball "
         "bearings (8482), on the common high-priority list whose export to Russia Regulation 833/2014 forbids, "
         "hidden as the last item of a three-item declaration, through Latvia to Terehova; Lithuanian wording "
         "(bearings repeat in many sets and food lorries for Russia in a few; behind frozen dumplings under a "
         "reefer-spares label is the new part as far as a search found)",
         dict({"importer_country": "RU"},
              _more_items=[item("210500", "Ledai, plombyras, 4 t", "LT", 4000, 12000, "EUR"),
                           item("841899", "Šaldymo agregatų atsarginės dalys, 2 400 vnt.", "LT", 600, 1800, "EUR", qty=2400)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "ITSEA01", "sea", "LK", [], "IT", "030389",
         "Frozen opah (moonfish, Lampris guttatus) loins, skin-off, IVP, 18 t", "LK", 18000, None, 72000, "USD",
         "opah loins come in four colours of flesh (orange, pink, dark red) from a round, silver-and-red fish; these "
         "loins are uniformly pale-ivory, dense, with the thin dark lateral-line stripe and skin fragments with "
         "tiny tooth-like denticles, and a DNA swab reads Isurus: shortfin mako (CITES App. II) without the CITES "
         "export permit or introduction-from-the-sea certificate, by reefer from Colombo to Salerno for a frozen-fish "
         "importer; Sri Lankan English wording (mako repeats in many sets, often under swordfish labels; an opah "
         "label was found in no earlier row by a keyword search)", firm("Meridian Surgelati Srl", "IT")),
        ("WLF-02", "import", "FRSEA01", "sea", "HT", [], "FR", "030792",
         "Vyann bigòn konjle (burgau), bwat 10 kg, 200 bwat", "HT", 2000, 200, 6000, "USD",
         "West Indian top-shell meat (burgau, Cittarium pica) is small, dark, coiled snail meat; these 200 cartons "
         "hold large, pale, club-shaped slabs of meat with a pink-orange edge and the claw-like operculum still "
         "attached on a few: queen conch (Aliger gigas, CITES App. II), whose trade from Haiti the CITES Standing "
         "Committee has recommended suspending, without CITES documents, by reefer from Port-au-Prince to Le Havre "
         "for a Paris Caribbean grocer; Haitian Creole wording (queen conch repeats in many sets, often under whelk "
         "labels; kept as a known repeat, a Haitian Creole top-shell label is the new part)",
         firm("Rivage Antilles SARL", "FR")),
        ("WLF-03", "import", "FRAIR01", "air", "SB", ["AU"], "FR", "030792",
         "Frozen trochus mit (troka), klin, 40 karton", "SB", 400, 40, 3200, "USD",
         "trochus meat is a small, coiled, dark-edged snail meat; these 40 cartons hold thick, white, round "
         "adductor muscles up to 8 cm across and strips of mantle with iridescent blue-green and brown patterns: "
         "giant clam (Tridacna spp., CITES App. II) without CITES documents, flown from Honiara through Brisbane to "
         "Paris for a Japanese and Chinese restaurant supplier; Solomon Islands Pijin wording (giant clams repeat in "
         "many sets; trochus and Pijin appear once, blind139, on a cultural row; a trochus-meat label on giant clam is the new part as far as a "
         "search found)", firm("Orion Pacific Seafood SARL", "FR")),
        ("WLF-04", "import", "PTSEA01", "sea", "MZ", [], "PT", "030812",
         "Holotúrias congeladas de aquacultura (Holothuria scabra), caixas 20 kg, 100 caixas", "MZ", 2000, 100,
         9000, "USD",
         "farmed sandfish (Holothuria scabra) are grey, wrinkled, soft-skinned and at most 20 cm; these boxes hold "
         "large, thick-walled, black or white-and-brown animals with teat-like lateral lumps, 40 cm long, caught by "
         "divers on Bazaruto reefs: black and white teatfish (Holothuria whitmaei, H. fuscogilva, CITES App. II) "
         "without CITES documents, by reefer from Maputo to Lisbon; Mozambican Portuguese wording (teatfish repeat "
         "in many sets; a farmed-sandfish label from Mozambique is the new part as far as a search found)",
         firm("Atlantic Mariscos Lda", "PT")),
        ("WLF-05", "import", "SEAIR01", "air", "IR", ["AE"], "SE", "130190",
         "صمغ فارسی (زدو) برای بستنی سنتی، کیسه‌های ۱۰ کیلویی، ۲۰ کیسه", "IR", 200, 20, 1200, "USD",
         "Persian gum (zedo) is amber-to-white tears of an almond-tree exudate that swell slowly in water; these "
         "bags hold a fine, creamy-white flour that thickens milk at once and smells faintly of orchid, with a few "
         "whole, dried, walnut-shaped tubers at the bottom of each bag: salep from wild orchid tubers (Orchidaceae, "
         "CITES App. II) without CITES documents, for bastani sonnati, flown from Tehran through Dubai to Stockholm "
         "for an Iranian ice-cream parlour; Persian wording (salep repeats in many sets and tragacanth-type gum labels once, "
         "blind232; a Persian-gum label for bastani sonnati is the new part as far as a search found)",
         firm("Nordhafen Glass AB", "SE")),
        ("WLF-06", "import", "ESSEA01", "sea", "PE", [], "ES", "030489",
         "Filete de paco congelado (Piaractus brachypomus), cultivo, 12 t", "PE", 12000, None, 60000, "USD",
         "farmed paco fillets are small, bony, pink-grey fillets of a 2 kg fish; these are thick, boneless, "
         "white loins from fish of well over 50 kg with red-edged scales on the skin pieces: arapaima (paiche, "
         "Arapaima gigas, CITES App. II) from wild catch without the CITES export permit, by reefer from Callao to "
         "Valencia; Peruvian Spanish wording (arapaima repeats in several sets and paco labels once, blind138; kept "
         "as a known repeat, a reefer to Valencia is the new part)", firm("Central Pescados SL", "ES")),
        ("WLF-07", "import", "BEAIR01", "air", "CM", [], "BE", "020450",
         "Viande de chèvre congelée, découpée, cartons 10 kg, 60 cartons", "CM", 600, 60, 1800, "EUR",
         "frozen goat is pale-red, fatty meat with the bones of a farm goat and coarse hair; these cartons hold "
         "dark, lean, smoked-then-frozen pieces with tiny hooves and fine grey-blue hair, and a few pangolin tails: "
         "blue duiker (Philantomba monticola, CITES App. II) and pangolin (App. I) bushmeat without CITES documents "
         "or a veterinary certificate, flown from Douala to Brussels for Matongé shops; Cameroonian French wording "
         "(bushmeat repeats in a few sets and blue duiker once, blind6; as frozen goat by air freight is the new "
         "part as far as a search found)", firm("Central Saveurs d'Afrique SA", "BE")),
        ("WLF-08", "import", "GBPOST01", "post", "IN", [], "GB", "320300",
         "Natural red food colour for kulfi and ice cream (beetroot), 4 x 500 g", "IN", 2.1, 4, 1200, "INR",
         "beetroot colour is a sticky, magenta powder that stains water purple; these four bags hold a dry, "
         "brick-red wood powder that does not colour water but turns alcohol blood-red, and smells of wood: red "
         "sanders (Pterocarpus santalinus, CITES App. II, powder included) without CITES documents, posted from "
         "Chennai to a private person in Leicester who makes kulfi; Indian English wording (red sanders repeats in "
         "many sets and food-colour labels twice, blind190 and blind204; a kulfi colour label is the new part as far "
         "as a search found)", person("Mrs S. Patel", "GB")),
        ("WLF-09", "import", "ESSEA01", "sea", "SN", [], "ES", "030389",
         "Thiof (mérou) congelé, entier, 8 t", "SN", 8000, None, 40000, "EUR",
         "a Dakar reefer for a Las Palmas fish importer: frozen thiof and cuttlefish are what Senegalese exporters "
         "ship, but the third item's 'ailerons de raie congelés' are 900 kg of triangular, grey, cartilage-rayed "
         "fins in sets, with the tall first dorsal of wedgefish and guitarfish: Rhinidae and Glaucostegus fins "
         "(CITES App. II) without CITES documents, hidden as the last item of a three-item declaration, by reefer "
         "from Dakar to Las Palmas; Senegalese French wording (wedgefish and guitarfish fins repeat in many sets; "
         "behind thiof and cuttlefish to the Canaries is the new part as far as a search found)",
         dict(firm("Meridian Pescados Canarias SL", "ES"),
              _more_items=[item("030743", "Seiche congelée, entière, 6 t", "SN", 6000, 24000, "EUR"),
                           item("030389", "Ailerons de raie congelés, 900 kg", "SN", 900, 1800, "EUR")])),
        ("WLF-10", "import", "ESSEA01", "sea", "MA", [], "ES", "030389",
         "Lançon congelé pour appât de pêche, blocs de 1 kg, 500 blocs", "MA", 500, 500, 1500, "EUR",
         "frozen sand eels for bait are silver, pointed fish of 10-20 cm frozen in blocks; these 500 blocks hold "
         "masses of transparent, thread-like fish of 6-7 cm with a black eye spot, worth hundreds of euros a "
         "kilogram as angulas: glass eels (Anguilla anguilla, CITES App. II), whose trade with Morocco is suspended "
         "and which need CITES documents, by reefer from Tanger Med to Algeciras; Moroccan French wording (glass "
         "eels repeat in many sets and sand-eel labels twice, blind173 and blind244; a frozen bait label from "
         "Morocco is the new part as far as a search found)", firm("Horizon Cebos SL", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DEAIR01", "express", "JP", "DE", "284700",
     "Hydrogen peroxide 50 %, 2 x 1.8 l, for a licensed private user (koi-pond treatment)", "JP", 4.4, 2, 6000,
     "JPY", [("PRECURSOR_LICENCE", "DE-BAFA-69-0431")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "ID", "IT", "280700",
     "Sulphuric acid 96 %, 2 x 2.5 l, for a licensed private user (restoring vintage motorcycle batteries)", "ID", 9.2,
     2, 40, "USD", [("PRECURSOR_LICENCE", "IT-MI-69-0158")], "sulphuric acid above 15 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "NLSEA01", "sea", "NO", "NL", "854939",
     "Used single-use temperature loggers with lithium coin cells (16 02 13*), for recovery at a licensed WEEE plant, 3 t",
     "NO", 3000, None, 0, "EUR", [("BASEL_CONSENT", "NL-ILT-69-0217")], "notified waste loggers to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DKSEA01", "sea", "IS", "DK", "271099",
     "Waste refrigeration oil from ammonia plants (13 02 05*), for regeneration at a licensed re-refinery, 20 t", "IS",
     20000, None, 0, "EUR", [("BASEL_CONSENT", "DK-MST-69-0064")], "notified waste oil to a licensed re-refinery"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "KR", "NL", "290371",
     "Recovered HCFC-22 from reefer machinery, 40 recovery cylinders, for destruction at a licensed plant", "KR", 1600,
     40, 0, "USD", [("ODS_LICENCE", "NL-ILT-ODS-69-012")], "used HCFC-22 imported for destruction under a licence"),
    ("PRM-06", "ozone", "import", "BGROAD01", "road", "TR", "BG", "382769",
     "R-404A refrigerant, 40 returnable cylinders of 10 kg, for cold-store service", "TR", 400, 40, 6000, "EUR",
     [("FGAS_QUOTA", "BG-MOEW-FG-69-0027")], "HFC blend in refillable cylinders under a quota authorisation"),
    ("PRM-07", "cultural", "export", "ITSEA01", "sea", "IT", "US", "970690",
     "Liberty-style gelateria counter, carved marble, mirror glass and bronze, Turin, 1907, sold with the export licence",
     "IT", 2400, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-69-0377")],
     "antique shop furnishing exported with the EU export licence and the Italian certificate"),
    ("PRM-08", "cultural", "import", "ESAIR01", "air", "US", "ES", "970510",
     "Chancay cuchimilco figure, Peru, 1000-1470, documented US collection since 1965, with the import licence", "PE",
     3, 1, 14000, "USD", [("IMPORT_LICENCE", "ES-MCU-IMP-69-0041")], "archaeological object imported with the import licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "AE", "841939",
     "Steam-sterilisable freeze-dryer, 20 kg ice condenser, for a Dubai vaccine fill-and-finish plant", "DE", 4200, 1,
     210000, "EUR", [("EXPORT_LICENCE", "DE-BAFA-69-1182"), ("END_USER_CERTIFICATE", "AE-EOCN-EUC-69-0093")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "NLAIR01", "air", "NL", "NO", "852589",
     "Cooled MWIR thermal imaging cameras, 640 x 512, 2 units, for a Norwegian coast-guard vessel", "NL", 12, 2,
     64000, "EUR", [("EXPORT_LICENCE", "NL-CDIU-69-0519"), ("END_USER_CERTIFICATE", "NO-KYV-EUC-69-0011")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "LK", "IT", "030389",
     "Shortfin mako loins, frozen, 6 t, with the CITES export permit", "LK", 6000, None, 30000, "USD",
     [("CITES_PERMIT", "LK-DWC-69-0208")], "App. II mako with its export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "JM", "FR", "030792",
     "Queen conch meat, frozen, cleaned, 2 t, from Jamaica, with the CITES export permit", "JM", 2000, None, 28000,
     "USD", [("CITES_PERMIT", "JM-NEPA-69-0117")], "App. II queen conch with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Privato", "PRM-05": "Nordhafen Recycling BV",
    "PRM-08": "Horizon Arte Precolombino SL", "PRM-11": "Meridian Surgelati Srl", "PRM-12": "Rivage Antilles SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (40 rows): the lawful twins of this set's disguises, nearly all goods of the
    # ice-cream, frozen-food and cold-chain trade
    ("210690", "Kakigōri shaved-ice syrups, 1.8 l bottles", "import", ["express"], ["JP"], (10, 20), (1, 4), ["USD", "EUR"], 0.5, S),
    ("330210", "Ice-lolly flavour bases, lemon and strawberry", "import", ["sea"], ["EG", "TR"], (2, 4), (2000, 8000), ["USD"], None, S),
    ("290549", "Maltitol syrup for sugar-free gelato, 5 kg jerrycans", "import", ["air"], ["ID", "CN"], (3, 5), (200, 1500), ["USD"], 0.2, S),
    ("170490", "Popping candy, flavoured, ice-cream topping", "import", ["post"], ["BR", "US"], (15, 30), (1, 4), ["USD", "EUR"], 2, S),
    ("294000", "D-tagatose sweetener, 1 kg bags", "import", ["post"], ["CA", "US"], (20, 40), (1, 4), ["USD", "CAD"], 1, S),
    ("390690", "Superabsorbent gel-pack crystals (sodium polyacrylate)", "import", ["air"], ["IN", "CN"], (4, 8), (100, 500), ["USD"], 1, S),
    ("110811", "Wheat starch (tang mian) for dim sum, 500 g", "import", ["sea"], ["HK", "CN"], (1.5, 3), (3000, 9000), ["USD"], 2, S),
    ("210500", "Freeze-dried ice-cream snacks, retail pouches", "import", ["sea"], ["US"], (15, 25), (2000, 6000), ["USD"], 20, S),
    ("340399", "POE refrigeration compressor oil, sealed 1 l tins", "import", ["sea"], ["US", "JP"], (6, 10), (2000, 6000), ["USD"], 1, S),
    ("285390", "Demineralised water for clear-ice machines, 20 l", "import", ["sea"], ["MA", "TR"], (0.1, 0.3), (4000, 12000), ["EUR"], 0.05, S),
    ("902519", "Single-use USB temperature loggers, new, boxed", "import", ["air"], ["CN", "HK"], (15, 25), (100, 500), ["USD"], 30, S),
    ("271019", "Mineral refrigeration oil ISO VG 68, new, sealed drums", "export", ["sea"], ["EG", "MA"], (2, 3.5), (8000, 16000), ["EUR"], None, S),
    ("390311", "Expandable polystyrene (EPS) beads, virgin", "export", ["sea"], ["ID", "VN"], (1.2, 1.8), (15000, 22000), ["EUR"], None, S),
    ("281512", "Caustic soda lye 50 %, IBC", "export", ["sea"], ["EG", "MA"], (0.3, 0.5), (18000, 24000), ["EUR"], None, S),
    ("450410", "Expanded cork insulation board (ICB), new", "export", ["sea"], ["CV", "MA"], (3, 5), (3000, 9000), ["EUR"], None, S),
    ("841950", "Plate heat exchangers, brazed, new", "export", ["road"], ["UA", "RS"], (15, 30), (1000, 4000), ["EUR"], 0.05, S),
    ("841850", "Gelato display counters, new, R-290", "export", ["sea"], ["TN", "MA"], (10, 16), (2000, 6000), ["EUR"], 0.004, S),
    ("850239", "Clip-on reefer generator sets, new", "export", ["sea"], ["NG", "GH"], (8, 14), (10000, 24000), ["EUR"], 0.001, S),
    ("871639", "Insulated semi-trailer bodies, new, without refrigeration unit", "export", ["sea"], ["GN", "SN"], (3, 5), (14000, 28000), ["EUR"], 0.0001, S),
    ("392310", "Insulated boxes for ice-cream bikes, cyclopentane-blown", "import", ["sea"], ["CN"], (2, 4), (3000, 8000), ["USD"], 0.03, S),
    ("841869", "Ice-cream hardening tunnels, ammonia, new", "import", ["road"], ["CH"], (8, 14), (4000, 9000), ["CHF", "EUR"], 0.0002, S),
    ("841840", "Ultra-low freezers -86 °C, hydrocarbon cascade, new", "import", ["air"], ["IN", "CN"], (5, 9), (500, 3000), ["USD"], 0.003, S),
    ("271112", "Propane R-290, refrigerant grade, 5 kg cylinders", "import", ["sea"], ["EG", "TR"], (1, 2), (1000, 4000), ["USD"], 0.2, S),
    ("190590", "Wafer cones for ice cream", "import", ["sea"], ["AR", "TR"], (2, 4), (1000, 5000), ["USD"], 50, S),
    ("290110", "Isobutane R-600a refrigerant, returnable cylinders", "import", ["sea"], ["CN", "IN"], (1.5, 3), (1000, 4000), ["USD"], 0.1, S),
    ("081190", "Frozen lúcuma pulp, 10 kg pails", "import", ["sea"], ["PE"], (1.2, 2), (15000, 22000), ["USD"], None, S),
    ("071440", "Frozen diced taro", "import", ["sea"], ["EG", "CN"], (0.7, 1.2), (15000, 22000), ["USD"], None, S),
    ("691200", "Kulfi matka clay cups, new", "import", ["air"], ["PK", "IN"], (1, 2), (100, 500), ["USD"], 2, S),
    ("190220", "Frozen vegetarian dumplings (khinkali, varenyky)", "import", ["road"], ["UA", "MD"], (1.2, 2), (8000, 16000), ["EUR"], None, S),
    ("070999", "Frozen huitlacoche, 1 kg bags", "import", ["air"], ["MX"], (8, 12), (100, 500), ["USD"], 1, S),
    ("190590", "Frozen kenkey in corn husk", "import", ["sea"], ["GH"], (0.6, 1.0), (15000, 22000), ["USD"], None, S),
    ("940360", "Reproduction Liberty-style café furniture, new", "export", ["sea"], ["US", "JP"], (6, 10), (2000, 6000), ["EUR"], 0.03, S),
    ("691390", "Chancay-style ceramic replicas, new", "import", ["post"], ["PE"], (15, 30), (1, 3), ["USD"], 1, S),
    ("841939", "Tray freeze-dryers for food snacks, without in-situ sterilisation", "export", ["sea"], ["AE", "SA"], (20, 35), (1000, 4000), ["EUR"], 0.001, S),
    ("850440", "Variable-speed drives for refrigeration compressors, 50-60 Hz", "export", ["sea"], ["AE", "TR"], (20, 35), (500, 2000), ["EUR"], 0.05, S),
    ("852589", "Uncooled thermal cameras for building inspection, 160 x 120", "export", ["air"], ["NO", "CH"], (200, 400), (20, 100), ["EUR"], 1, S),
    ("880622", "Caged indoor inventory drones, under 2 kg", "export", ["air"], ["NO", "CH"], (200, 400), (20, 100), ["EUR"], 0.5, S),
    ("283539", "Sodium tripolyphosphate for seafood processing", "export", ["sea"], ["MA", "TN"], (1.2, 2), (8000, 20000), ["EUR"], None, S),
    ("130190", "Persian gum (zedo), food grade", "import", ["air"], ["IR", "AF"], (4, 8), (100, 500), ["USD"], None, S),
    ("320300", "Beetroot red colour powder", "import", ["post"], ["IN", "GB"], (20, 40), (1, 4), ["USD", "GBP"], 2, S),
]
# Everyday trade: as in blind112 and its successors, blind80's everyday rows (blind72's, with blind80's own rows),
# less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("392410", "Silicone ice-lolly moulds, food-grade", "import", ["sea"], ["CN", "TR"], (5, 9), (2000, 6000), ["USD"], 10, N),
        ("482369", "Paper ice-cream cups with lids, printed", "import", ["sea"], ["TR", "CN"], (2, 3.5), (3000, 9000), ["USD", "EUR"], 100, N),
        ("392490", "Reusable silicone drinking straws, boxed", "import", ["post", "express"], ["GB", "US"], (30, 60), (1, 3), ["GBP", "USD"], 20, N),
        ("420292", "Insulated soft-cooler bags, polyester", "import", ["sea"], ["CN", "VN"], (6, 10), (2000, 6000), ["USD"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind259", 20690501, HERE)


if __name__ == "__main__":
    main()
