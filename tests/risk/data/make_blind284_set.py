#!/usr/bin/env python3
"""Writes the two-hundred-and-eighty-fourth blind set (tests/risk/data/blind284-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 July - 26 August 2073, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets,
and an emphasis on a kind of trade rather than a region: ski resorts, snow-making and winter
tourism (lift operators and ski areas, snow-making contractors, ski-tuning and rental shops, ski
and snowboard makers, winter-sport wholesalers, alpine hotels, chalets and après-ski bars, ice
rinks, heli-ski and mountain-rescue suppliers).
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
only where a real declaration would. Ids are BL284-*:

    python3 tests/risk/data/make_blind284_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2073, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2073
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATROAD01", "road", "TR", [], "AT", "382499",
         "Beschneiungsteich-Algenmittel, flüssig, 25-l-Kanister, 120 Kanister", "TR", 3400, 120, 2400, "EUR",
         "the algaecides snow-making contractors dose into the storage ponds above a ski area are blue, quaternary "
         "ammonium liquids of about 1.0 kg/l; these 120 cans hold a water-clear liquid of 1.13 kg/l with vented caps "
         "that whitens the skin and foams on rust, for a Tyrolean snow-making service firm whose shop sells the cans "
         "to chalet owners for their hot tubs: about 35 % hydrogen peroxide (Annex I above 12 %) made available to "
         "members of the public, in a lorry from Istanbul; German wording (hydrogen peroxide repeats in many sets; a "
         "snow-making pond algaecide label was found in no earlier row by a keyword search)",
         firm("Alpina Beschneiung GmbH", "AT")),
        ("PRE-02", "import", "SEROAD01", "road", "NO", [], "SE", "340490",
         "Flytende glider for racingski, 1 liter refill, 96 flasker", "NO", 110, 96, 2900, "NOK",
         "liquid race glider for skis is a few per cent paraffin in an isoparaffin solvent of 0.75 kg/l, sold in "
         "80 ml bottles with a sponge; these 96 litre refills hold an oily liquid of 1.14 kg/l that does not leave "
         "wax on a base, smells faintly fruity and whose filler labels read 'CH3NO2', for an Åre ski-tuning shop "
         "whose web shop sells the litres to model-engine hobbyists: nitromethane (Annex I above 16 %) made "
         "available to members of the public, by van from Trondheim over Storlien; Norwegian wording (nitromethane "
         "repeats in many sets; a ski-glider refill label was found in no earlier row by a keyword search)",
         firm("Nordhafen Skiservice AB", "SE")),
        ("PRE-03", "import", "ITSEA01", "sea", "CN", [], "IT", "340319",
         "索道钢丝绳润滑剂, 1升装, 1,000瓶", "CN", 1840, 1000, 2200, "USD",
         "haul-rope lubricant for chairlifts and gondolas is a brown, sticky, bituminous grease-oil of about "
         "0.9 kg/l; these 1,000 bottles hold a colourless, oily liquid of 1.84 kg/l that chars the cardboard and "
         "grows hot with water, for a Trentino lift-spares wholesaler whose web shop sells the bottles to anyone: "
         "about 96 % sulphuric acid (Annex I above 15 %) retail-packed for members of the public, by sea from "
         "Qingdao to Genoa; Chinese wording (sulphuric acid repeats in many sets and oil labels on it once, blind264, "
         "and in blind280; a lift-rope lubricant label was found in no earlier row by a keyword search)",
         firm("Meridian Ricambi Funivie Srl", "IT")),
        ("PRE-04", "import", "FRAIR01", "air", "JP", [], "FR", "390690",
         "人工雪パウダー（ディスプレイ用）, 1 kg袋, 300袋", "JP", 300, 300, 540000, "JPY",
         "instant snow for shop windows and hotel Christmas displays is sodium polyacrylate that swells fifty-fold "
         "into fluffy flakes with water; these 300 bags hold a dense, white, crystalline powder that dissolves "
         "without swelling, flares with sugar on a hot plate and whose inner liners read 'KClO4', for a Chamonix "
         "winter-decoration shop that sells 1 kg bags to the public: potassium perchlorate (Annex I above 40 %) "
         "retail-packed for members of the public, flown from Osaka to Lyon; Japanese wording (potassium "
         "perchlorate repeats in many sets and instant-snow labels in three, blind58, blind164 and blind217, kept as a "
         "repeat of the label; a Chamonix decoration shop supplied from Japan is the new part as far as a search found)", firm("Horizon Décors Montagne SARL", "FR")),
        ("PRE-05", "import", "PLROAD01", "road", "UA", [], "PL", "310210",
         "Карбамід, зміцнювач снігу для лижних трас, мішки 25 кг, 600 мішків", "UA", 15000, 600, 4500, "EUR",
         "the snow hardeners ski clubs spread on race pistes are urea prills (46 % N) that dissolve cold and smell "
         "of ammonia when wet; these 600 sacks hold prills that test at 34 % N, melt and fume on a hot plate and "
         "crackle with a nitrate spot test, for a Zakopane ski-club supplier that re-bags them in 5 kg buckets for "
         "sale to the public: ammonium nitrate (Annex I at 16 % N or more) made available to members of the public, "
         "at Krakovets; Ukrainian wording (ammonium nitrate repeats in many sets and piste snow-hardener labels on it "
         "in several, blind10, blind23 and blind80, kept as a repeat of the label; from Ukraine to a Zakopane ski-club "
         "supplier is the new part as far as a search found)",
         firm("Vega Sport Zimowy Sp. z o.o.", "PL")),
        ("PRE-06", "import", "ATAIR01", "air", "AM", [], "AT", "250100",
         "Սաունայի աղ ալպյան սպա հյուրանոցների համար, 1 կգ տոպրակ, 400 հատ", "AM", 400, 400, 800, "USD",
         "sauna salt for alpine wellness hotels is coarse rock or sea salt that tastes of salt and crackles on a "
         "stove; these 400 bags hold fine, white, salt-free crystals that taste cooling and bitter, flare on a match "
         "with sugar and whose inner bags read 'NaClO3', for a Kitzbühel spa-hotel supplier that sells the bags in "
         "its shop to guests: sodium chlorate (Annex I above 40 %) retail-packed for members of the public, flown "
         "from Yerevan to Vienna; Armenian wording (sodium chlorate repeats in many sets and sauna-salt labels in a "
         "few, blind54 and blind102, kept as a repeat of the label; a spa-hotel shop supplied from Armenia is the new "
         "part as far as a search found)",
         firm("Central Wellness Bedarf GmbH", "AT")),
        ("PRE-07", "import", "HRROAD01", "road", "BA", [], "HR", "382499",
         "Sredstvo za uklanjanje kamenca za mlaznice topova za snijeg, 10 l, 160 kanistera", "BA", 2240, 160, 1600,
         "EUR",
         "the descalers snow-making crews run through clogged snow-gun nozzles are citric or sulphamic gels of "
         "about 1.1 kg/l; these 160 cans weigh 1.40 kg/l, fume brown when opened, stain the skin yellow and eat "
         "into copper, for a Zagreb snow-making service firm that sells the cans over the counter: about 65 % nitric "
         "acid (Annex I above 3 %) retail-packed for members of the public, in a van at Stara Gradiška; Bosnian "
         "wording (nitric acid repeats in many sets and descaler labels on it in a few; a snow-gun nozzle descaler "
         "was found in no earlier row by a keyword search)", firm("Orion Sustavi Zasnježivanja d.o.o.", "HR")),
        ("PRE-08", "import", "ATAIR01", "air", "US", [], "AT", "340490",
         "Fluoro-free race powder for ski bases, 30 g tins, 2,000 tins", "US", 60, 2000, 3000, "USD",
         "fluoro-free race powders are fine, white, waxy hydrocarbon powders that smear between the fingers and "
         "melt at 60 °C; these 2,000 tins hold hard, glittering crystals that do not smear or melt on an iron, "
         "crackle and spit violet sparks, and the drums' sheet gives CAS 3811-04-9, for a Salzburg ski-tuning web "
         "shop that sells the tins to the public: potassium chlorate (Annex I above 40 %) retail-packed for members "
         "of the public, flown from Denver to Vienna; American English wording (potassium chlorate repeats in many "
         "sets; a ski race-powder label was found in no earlier row by a keyword search)",
         firm("Orion Skiservice GmbH", "AT")),
        ("PRE-09", "import", "FRAIR01", "air", "CA", [], "FR", "350400",
         "Agent de nucléation pour l'enneigement artificiel, sacs de 1 kg, 250 sacs", "CA", 250, 250, 5000, "CAD",
         "snow-making nucleators are freeze-dried bacterial protein, a light, beige, fluffy powder that makes a "
         "cloudy suspension; these 250 bags hold a white, heavy, damp-clumping powder that dissolves clear at once "
         "and burns fiercely with sugar, for a Savoie snow-making contractor's web shop that sells 1 kg bags to the "
         "public: sodium perchlorate (Annex I above 40 %) retail-packed for members of the public, flown from Montréal "
         "to Lyon; Canadian French wording (sodium perchlorate repeats in many sets; a snow-nucleating agent label "
         "was found in no earlier row by a keyword search)", firm("Alpina Neige de Culture SARL", "FR")),
        ("PRE-10", "import", "ITROAD01", "road", "CH", [], "IT", "340290",
         "Ossigeno attivo per vasche idromassaggio di chalet, taniche 5 l, 300 taniche (1a di 3 spedizioni)", "CH",
         1800, 300, 1500, "EUR",
         "the active-oxygen hot-tub shocks chalet agencies buy are granules of potassium monopersulphate or 6-12 % "
         "peroxide liquids; these 300 cans hold a water-clear liquid of 1.20 kg/l with vented caps that whitens the "
         "skin, the first of three vans booked that week each kept under 2 t, for a Livigno chalet-rental agency "
         "that sells the cans to guests and owners: about 50 % hydrogen peroxide (Annex I above 12 %) retail-packed "
         "for members of the public, at Chiasso; Swiss Italian wording (hydrogen peroxide repeats in many sets and "
         "splits over several vans twice, blind264 and blind280, kept as a repeat of the split; a chalet hot-tub "
         "label from Switzerland was found in no earlier row)", firm("Rivage Chalet Service Srl", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "611693",
         "Verwarmde skihandschoenen en -sokken, nieuw, 8.000 paar", "NL", 2400, 8000, 9600, "EUR",
         "new heated gloves and socks come boxed in pairs with a sealed battery pack and a charger; these cartons "
         "hold the worn-out rental stock of an indoor ski centre and two ski-rental chains, torn, sweaty, the "
         "lithium packs still sewn in, many swollen, with dead chargers in the same bags, at 1.20 EUR a pair: "
         "waste electrical equipment with lithium batteries (e-waste, A1180 and hazardous), whose export to a "
         "non-OECD country is banned, from Rotterdam to Tema; Dutch wording (e-waste with lithium cells repeats in "
         "many sets; heated ski gloves and socks were found in no earlier row by a keyword search)",
         {"importer_country": "GH"}),
        ("WST-02", "export", "ATROAD01", "road", "AT", [], "UA", "850710",
         "Neue Starterbatterien für Pistenfahrzeuge und Motorschlitten, 12 V, 400 Stück", "AT", 11200, 400, 8000,
         "EUR",
         "new starter batteries come dry-charged or filled, clean, with a date code and a plastic cap on each pole; "
         "these 400 are dirty, cracked, leaking cases with corroded poles, pulled from the snow groomers and "
         "snowmobiles of three Tyrolean ski areas, at 20 EUR each: waste lead-acid batteries (A1160, 16 06 01*), "
         "hazardous waste whose export to a non-OECD country is banned, in a lorry from Innsbruck for a Lviv "
         "smelter; Austrian German wording (lead-acid batteries repeat in many sets; a snow-groomer battery label "
         "was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "MA", "271012",
         "Huile de base minérale, régénérée, fûts de 200 l, 80 fûts", "FR", 13600, 80, 6400, "EUR",
         "regenerated base oil is a clear, pale-yellow oil with a refinery certificate; these 80 drums hold black, "
         "water-laden gear oil with metal fines and grease lumps drained from the bull-wheel gearboxes and drive "
         "stations of Savoie chairlifts at their summer overhaul: waste mineral oil (13 02 05*, A3020), hazardous "
         "waste whose export to a non-OECD country is banned, from Marseille to Casablanca; French wording (waste "
         "oil repeats in many sets under base-oil labels; kept as a repeat of the label, lift gearbox oil is the new "
         "part as far as a search found)", {"importer_country": "MA"}),
        ("WST-04", "export", "FISEA01", "sea", "FI", [], "IN", "290532",
         "Regeneroitu propyleeniglykoli, tekninen, IBC 1000 l, 24 kpl", "FI", 24000, 24, 7200, "EUR",
         "recovered technical propylene glycol is water-clear and above 99 % with a certificate; these 24 IBCs "
         "hold a yellow-orange, foaming, dilute run-off of aircraft de-icing fluid, 20-30 % glycol with kerosene "
         "and dye, collected on the de-icing pads of the Lapland airports that serve the ski charters: spent "
         "de-icing fluid (16 01 14*), hazardous waste whose export to a non-OECD country is banned, from Kotka to "
         "Mundra; Finnish wording (spent de-icing fluid repeats in a few sets, blind25, blind85 and blind90, kept "
         "as a repeat of the good; from Lapland airports to India is the new part as far as a search found)", {"importer_country": "IN"}),
        ("WST-05", "export", "SIROAD01", "road", "SI", [], "BA", "850423",
         "Rabljeni transformatorji, delujoči, 4 kos", "SI", 14000, 4, 6000, "EUR",
         "used working transformers are resin-cast or filled with mineral oil and come with a test report; these "
         "four are 1970s oil-filled units taken out of old chairlift drive stations, their plates reading 'Askarel' "
         "and their oil testing far above 50 ppm PCB, for a Sarajevo 'electrical contractor': equipment containing "
         "PCBs (A1180, A3180, 16 02 09*), hazardous waste whose export to a non-OECD country is banned, on a "
         "lorry from Ljubljana; Slovenian wording (PCB transformers repeat in several sets, kept as a repeat of the "
         "good; from chairlift drive stations to Bosnia is the new part as far as a search found)",
         {"importer_country": "BA"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "AL", "940350",
         "Mobili da camera d'albergo, usati, 60 set", "IT", 9000, 60, 6000, "EUR",
         "a Dolomites hotel refit container for Tirana: used bedroom sets and mattresses are what Albanian buyers "
         "take from Italian hotels, but the third item's 'televisori a schermo piatto' are 300 broken TVs, dead "
         "minibars, keycard locks and boxes of fluorescent tubes out of the same hotel, with no test report: waste "
         "electrical equipment and mercury lamps (A1180, 20 01 21*), hazardous waste whose export to a non-OECD "
         "country is banned, hidden as the last item of a three-item declaration, from Trieste to Durrës; Italian "
         "wording (hotel e-waste repeats in a few sets, minibars once, blind214; kept as a repeat, behind an alpine "
         "hotel's bedroom sets is the new part as far as a search found)",
         dict({"importer_country": "AL"},
              _more_items=[item("940421", "Materassi usati, 120 pezzi", "IT", 2400, 1200, "EUR", qty=120),
                           item("852872", "Televisori a schermo piatto, usati, 300 pezzi", "IT", 3600, 3000, "EUR",
                                qty=300)])),
        ("WST-07", "export", "ATROAD01", "road", "AT", [], "RS", "271220",
         "Paraffinwachs, recycelt, in Blöcken, 6 t", "AT", 6000, None, 3000, "EUR",
         "recycled paraffin wax is clean, white or pale-yellow, even blocks; these blocks are multicoloured, "
         "layered melts of ski-wax scrapings and old fluoro race waxes swept up in ski-service shops after the "
         "2073 PFAS rules took fluoro waxes off the market, with base shavings and brush hair in them and test far "
         "above the PFOA limit: waste containing persistent organic pollutants, which must be destroyed and whose "
         "export to a non-OECD country for recovery is banned, in a lorry at Spielfeld for a Belgrade candle "
         "maker; German wording (fluoro ski-wax scrapings were found in no earlier row by a keyword search)",
         {"importer_country": "RS"}),
        ("WST-08", "export", "ITSEA01", "sea", "IT", [], "GE", "847290",
         "Tornelli d'accesso per impianti di risalita, usati, funzionanti, 40 pezzi", "IT", 8000, 40, 12000, "EUR",
         "used working lift-access gates are steel turnstiles with their RFID readers, tested and boxed; these 40 "
         "are stripped, rusted gates with the readers torn out, packed round with dead ticket printers, lift-station "
         "control cabinets, UPS lead batteries and boards, over 3 t of e-waste, for a Gudauri 'lift operator' that "
         "has no lift project: waste electrical equipment with lead-acid batteries (A1180, 16 06 01*), hazardous "
         "waste whose export to a non-OECD country is banned, from Trieste to Poti; Italian wording (lift-access "
         "gates were found in no earlier row by a keyword search)", {"importer_country": "GE"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "NG", "870323",
         "Gebrauchte Pkw, fahrbereit, 12 Stück", "DE", 16000, 12, 24000, "EUR",
         "used cars for Lagos are normally roadworthy, with a registration certificate each; these 12 are crash "
         "and flood wrecks without engines' oil drained or batteries removed, with leaking brake fluid and airbags "
         "still live and no papers: end-of-life vehicles containing hazardous components (16 01 04*), whose export "
         "to a non-OECD country is banned, from Bremerhaven to Lagos; German wording (end-of-life vehicles repeat "
         "in many sets, kept as a repeat; this row is not of the set's trade)", {"importer_country": "NG"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", [], "SN", "470790",
         "Papel y cartón recuperado, mezclado, balas, 24 t", "ES", 24000, None, 1900, "EUR",
         "mixed recovered paper is baled cardboard and office paper, dry and clean; these bales hide, at their "
         "core, household waste and used nappies, plastic film and food residues over 20 % of the weight, from a "
         "Valencia transfer station: mixed municipal waste (20 03 01, Y46), whose export from the Union to a "
         "non-OECD country for disposal or recovery is banned, from Valencia to Dakar; Spanish wording (paper bales "
         "with household waste repeat in several sets, kept as a repeat; this row is not of the set's trade)",
         {"importer_country": "SN"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ITSEA01", "sea", "CN", [], "IT", "290349",
         "造雪机组制冷剂 R-1234ze (HFO), 钢瓶 10 kg, 200 瓶", "CN", 2000, 200, 7000, "USD",
         "R-1234ze for the chillers that pre-cool snow-making water comes in refillable cylinders with a mildly "
         "flammable band; these 200 disposable cylinders read 9.5 bar at 20 °C, a leak detector names HCFC-22 and "
         "the valve collars carry 'R22' under the stickers: chlorodifluoromethane (HCFC-22), whose import into "
         "the Union is banned, by sea from Ningbo to Genoa for a snow-making chiller installer; Chinese wording "
         "(HCFC-22 under HFC and HFO labels repeats in many sets, kept as a repeat; a snow-making chiller "
         "refrigerant label was found in no earlier row by a keyword search)", firm("Delta Impianti Neve Srl", "IT")),
        ("OZN-02", "import", "BGSEA01", "sea", "GE", [], "BG", "842410",
         "ცეცხლმაქრები თოვლის მოსწორებელი მანქანებისთვის, 2 კგ, 180 ცალი", "GE", 540, 180, 3600, "USD",
         "the cab extinguishers fitted in snow groomers are 2 kg dry-powder units whose powder rattles when "
         "shaken; these 180 cans slosh, hiss a liquid that vanishes into a sweet gas, and the collars read 'BCF' "
         "under new labels: halon 1211 (bromochlorodifluoromethane) in portable extinguishers, products whose "
         "import into the Union is banned, by sea from Poti to Varna for a Bansko lift company; Georgian wording "
         "(halon 1211 repeats in many sets and lift and groomer extinguishers once, blind193, with powder; kept as "
         "a repeat of the cover, from Georgia to a Bulgarian ski area is the new part)",
         firm("Vega Ski Lifts EOOD", "BG")),
        ("OZN-03", "import", "CZAIR01", "air", "VN", [], "CZ", "340510",
         "Bình xịt tuyết nhân tạo trang trí cửa sổ, 250 ml, 4.800 bình", "VN", 1440, 4800, 4300, "USD",
         "window snow spray for winter displays is a white resin in a butane-propane aerosol that lights at the "
         "nozzle; these 4,800 cans do not light, weigh 1.3 times the normal fill, and the filler's drums were "
         "stamped 'R-12': aerosols with CFC-12 (dichlorodifluoromethane), products whose import into the Union is "
         "banned, flown from Hanoi to Prague for a Krkonoše resort-decoration wholesaler; Vietnamese wording "
         "(CFC-12 in aerosols repeats in many sets and window snow-spray labels once, blind148, kept as a repeat of "
         "the label; from Vietnam to a Krkonoše wholesaler is the new part as far as a search found)", firm("Central Dekorace Hory s.r.o.", "CZ")),
        ("OZN-04", "import", "FRAIR01", "air", "US", [], "FR", "381400",
         "Citrus ski base cleaner, wax remover, 1 qt bottles, 240 bottles", "US", 300, 240, 1900, "USD",
         "citrus base cleaners for ski bases are d-limonene blends of 0.85 kg/l that smell of orange and burn; "
         "these 240 bottles weigh 1.24 kg/l, boil in the warm hand at 32 °C with an ether smell and do not burn: "
         "HCFC-141b (1,1-dichloro-1-fluoroethane), whose import into the Union is banned, flown from Salt Lake City "
         "to Geneva's French side for an Annecy ski-tuning wholesaler; American English wording (HCFC-141b under "
         "solvent labels repeats in many sets and ski base-cleaner labels in three, blind66, blind102 and blind132, kept "
         "as a repeat of the label; from Utah to an Annecy wholesaler is the new part as far as a search found)", firm("Rivage Fartage SARL", "FR")),
        ("OZN-05", "import", "ATROAD01", "road", "TR", [], "AT", "390950",
         "Kar yapma suyu boruları için PU köpük yalıtım kiti, 2 bileşenli, 160 set", "TR", 4000, 160, 5600, "EUR",
         "the two-part PU foam kits snow-making contractors use to insulate buried water lines are water- or "
         "HFO-blown polyols; these 160 kits' polyol drums hold a blowing agent that boils at 24 °C, gives a "
         "chlorine flame test and reads CFC-11 in a leak detector: trichlorofluoromethane (CFC-11) in pre-blended "
         "polyol, whose import into the Union is banned, in a lorry from Bursa for a Vorarlberg snow-making firm; "
         "Turkish wording (CFC-11 in polyol repeats in many sets, kept as a repeat; a snow-making pipe insulation kit "
         "was found in no earlier row by a keyword search)", firm("Nordhafen Schneetechnik GmbH", "AT")),
        ("OZN-06", "export", "CZROAD01", "road", "CZ", [], "UA", "841869",
         "Použitý chladicí agregát pro kluziště, R-404A, 1 ks", "CZ", 9000, 1, 18000, "EUR",
         "a used ice-rink chiller on R-404A or ammonia could be sold on with its log book; this skid's compressors "
         "and 600 kg charge are HCFC-22, its plate and log book read 'R22' and the 'R-404A' sticker is new: "
         "refrigeration equipment relying on HCFCs, whose export from the Union is banned (Regulation 2024/590), "
         "in a lorry from a Liberec winter stadium to a Bukovel resort's rink; Czech wording (HCFC-22 equipment "
         "for export repeats in many sets and an indoor ski hall's ammonia chiller once, blind193; an ice-rink "
         "chiller from Czechia to Ukraine is the new part as far as a search found)", {"importer_country": "UA"}),
        ("OZN-07", "import", "ATAIR01", "air", "IL", [], "AT", "842410",
         "מערכת כיבוי אש FM-200 לחדרי בקרה של רכבלים, 12 גלילים", "IL", 960, 12, 14000, "USD",
         "FM-200 suppression sets for cable-car control rooms hold HFC-227ea at 25 bar with a certificate; these "
         "12 cylinders read 42 bar, are stamped '1301' under the paint and a drop of the contents boils off at "
         "once: halon 1301 (bromotrifluoromethane) in fire-protection products whose import into the Union is "
         "banned, flown from Tel Aviv to Innsbruck for a ropeway electrical contractor; Hebrew wording (halon 1301 "
         "under FM-200 labels repeats in many sets, kept as a repeat of the label; a cable-car control room from "
         "Israel is the new part as far as a search found)", firm("Horizon Seilbahntechnik GmbH", "AT")),
        ("OZN-08", "transit", "ESSEA01", "sea", "CN", ["ES"], "AD", "381400",
         "Dissolvent per a treure cera d'esquís, bidons de 20 l, 90 bidons", "CN", 2400, 90, 3600, "USD",
         "the wax-stripping solvents ski-rental shops use are citrus or isoparaffin blends of about 0.8 kg/l; "
         "these 90 cans weigh 1.33 kg/l, do not burn, smell sweetish and the filler's drums were stamped 'R-140a': "
         "1,1,1-trichloroethane (methyl chloroform), moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Barcelona in transit to an Andorran ski-rental chain; Catalan wording (methyl "
         "chloroform repeats in several sets; a transit through Barcelona to Andorra was found in no earlier row by "
         "a keyword search)", {"importer_country": "AD"}),
        ("OZN-09", "import", "GRSEA01", "sea", "EG", [], "GR", "281290",
         "فلوريد السلفوريل لتبخير المخازن، أسطوانات 50 كجم، 40 أسطوانة", "EG", 2000, 40, 4000, "USD",
         "sulfuryl fluoride fumigant comes in cylinders with a dip tube and no smell; these 40 cylinders hold a "
         "liquid that is nearly twice as heavy, smells faintly of chloroform and carries chloropicrin warning "
         "agent: methyl bromide, whose import into the Union is banned, by sea from Alexandria to Piraeus for a "
         "grain-store fumigator; Egyptian Arabic wording (methyl bromide under sulfuryl-fluoride labels repeats in "
         "many sets, kept as a repeat; this row is not of the set's trade)", firm("Delta Fumigation AE", "GR")),
        ("OZN-10", "import", "ATAIR01", "air", "KR", [], "AT", "900490",
         "스키 고글, 이중 렌즈, 600개", "KR", 240, 600, 9000, "USD",
         "a Korean winter-sport air shipment for a Salzburg ski-shop chain: goggles and hand warmers are what the "
         "Seoul supplier sends, but the third item's '고글 김서림 방지 스프레이' are 2,000 small aerosols whose "
         "propellant is CFC-11 and CFC-12 (they hiss cold, do not burn, and the filler's drums read 'R-11/R-12'): "
         "CFC-filled products whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration, flown from Incheon to Vienna; Korean wording (CFC aerosols repeat in many sets; a goggle "
         "anti-fog spray was found in no earlier row by a keyword search)",
         dict(firm("Meridian Sporthandel GmbH", "AT"),
              _more_items=[item("381090", "손난로 (철분 발열팩), 10,000개", "KR", 400, 1500, "USD", qty=10000),
                           item("340290", "고글 김서림 방지 스프레이, 2,000개", "KR", 300, 900, "USD",
                                qty=2000)])),
    ],
    "cultural": [
        ("CUL-01", "import", "ATAIR01", "express", "CN", [], "AT", "830629",
         "装饰牛铃, 木屋酒店装饰用, 8个", "CN", 46, 8, 400, "USD",
         "decorative cowbells for chalet hotels are new, sheet-brass bells with a leather strap; these eight are "
         "cast, oval-mouthed bronze bells without clappers, green with earthy patina, with bosses and taotie "
         "masks: a set of Eastern Zhou bianzhong chime bells (c. 5th century BC), archaeological objects whose "
         "export China forbids, brought in without the import licence Regulation 2019/880 requires, sent by express "
         "from Guangzhou to an Ischgl chalet hotel's owner; Chinese wording (Chinese bronzes repeat in many sets; a "
         "chalet cowbell label was found in no earlier row by a keyword search)",
         firm("Alpina Chalet Hotel GmbH", "AT")),
        ("CUL-02", "import", "SKROAD01", "road", "UA", [], "SK", "970191",
         "Мальовані дошки для декору шале, 14 шт.", "UA", 40, 14, 280, "EUR",
         "painted boards for chalet décor are new pine planks stencilled with folk motifs; these 14 are "
         "egg-tempera icons on lime panels with gesso, gold leaf, inventory numbers and cradle battens, taken from "
         "wooden churches in the Carpathians: 17th-19th century icons, cultural goods whose export Ukraine "
         "forbids, brought in without the import licence Regulation 2019/880 requires, in a van at Vyšné Nemecké "
         "for a Tatra chalet-rental agency; Ukrainian wording (Ukrainian icons repeat in many sets, kept as a repeat "
         "of the good; a chalet-décor label was found in no earlier row)", firm("Orion Chaty Tatry s.r.o.", "SK")),
        ("CUL-03", "import", "ATAIR01", "air", "TR", [], "AT", "950699",
         "Ahşap kızak, çocuk için, 200 adet", "TR", 1600, 200, 6000, "EUR",
         "a Turkish winter-sport air shipment for an Innsbruck ski-shop chain: wooden sledges and wool hats are "
         "what the Erzurum supplier sends, but the third item's 'dekoratif kızak süsü, metal' are 30 hammered "
         "bronze belt strips with chased lions, horsemen and chariot scenes, green with earth: Urartian bronze belts "
         "(8th-7th century BC), archaeological objects whose export Türkiye forbids, brought in without an import "
         "licence (Regulation 2019/880), hidden as the last item of a three-item declaration, flown from Erzurum to "
         "Innsbruck; Turkish wording (Urartian bronzes repeat in a few sets; sledge trims behind sledges are the new "
         "part as far as a search found)",
         dict(firm("Delta Wintersport GmbH", "AT"),
              _more_items=[item("650500", "Yün bere, 2,000 adet", "TR", 200, 3000, "EUR", qty=2000),
                           item("830629", "Dekoratif kızak süsü, metal, 30 adet", "TR", 12, 150, "EUR", qty=30)])),
        ("CUL-04", "import", "PLPOST01", "post", "GE", [], "PL", "711311",
         "სათხილამურო კურორტის სუვენირი, ვერცხლის ფირფიტა, 1 ცალი", "GE", 1.2, 1, 60, "GEL",
         "the silver souvenir plaques Gudauri shops sell are new, thin, machine-stamped and bright; this one is "
         "thick, hand-chased and gilt silver with a saint in relief and an asomtavruli inscription, tacked with old "
         "nails and with wood still on the back: the revetment of a 12th-13th century Georgian icon, a cultural "
         "good whose export Georgia forbids, brought in without an import licence (Regulation 2019/880), posted "
         "from Tbilisi by a returning skier to his home in Kraków; Georgian wording (Georgian chased silver repeats "
         "once, blind230; a ski-resort souvenir label was found in no earlier row)", person("Piotr Nowak", "PL")),
        ("CUL-05", "import", "ITSEA01", "sea", "PK", [], "IT", "680299",
         "Stone cladding panels for ski-lodge fireplace, carved, 18 pcs", "PK", 1900, 18, 900, "USD",
         "carved stone cladding for lodge fireplaces is new, sawn-backed sandstone with regular machine-cut "
         "motifs; these 18 are grey-green schist reliefs with Buddha scenes, Corinthian pilasters and donors, "
         "broken at the edges and with root marks, dug in Swat near the Malam Jabba ski slopes: Gandhāran "
         "sculpture (1st-4th century), archaeological objects whose export Pakistan forbids, brought in without an "
         "import licence (Regulation 2019/880), by sea from Karachi to Genoa for a Cortina ski-lodge builder; "
         "Pakistani English wording (Gandhāran reliefs repeat in many sets, kept as a repeat; a ski-lodge fireplace "
         "label was found in no earlier row)", firm("Central Baite Cortina Srl", "IT")),
        ("CUL-06", "export", "ATROAD01", "road", "AT", [], "CH", "442199",
         "Holzfigur, Chalet-Dekoration, neu, 1 Stück", "AT", 38, 1, 400, "EUR",
         "new carved figures for chalets are bright, machine-roughed limewood with clean tool marks; this one is a "
         "Late Gothic Madonna with worm holes, old polychromy over chalk ground, a hollowed back and a parish "
         "inventory label, valued at 250,000 EUR by a dealer: a 15th-century Tyrolean sculpture above the EU "
         "threshold, exported without the EU export licence of Regulation 116/2009 (and the Austrian permit), in a "
         "van from Landeck to a St. Moritz chalet owner; Austrian German wording (Gothic sculpture repeats in "
         "several sets; a chalet-decoration label to Switzerland was found in no earlier row)",
         {"importer_country": "CH"}),
        ("CUL-07", "import", "ESAIR01", "air", "PE", [], "ES", "630140",
         "Mantas de alpaca para chalets de esquí, 24 unidades", "PE", 30, 24, 960, "USD",
         "alpaca throws for ski chalets are new, soft, machine-woven blankets with fringes; these 24 are brittle, "
         "faded, tapestry-woven cotton and camelid panels with birds and geometric figures, mended in antiquity and "
         "with sand in the weave: Chancay funerary textiles (1000-1470), archaeological objects whose export Peru "
         "forbids, brought in without an import licence (Regulation 2019/880), flown from Lima to Madrid for a "
         "Baqueira chalet-décor shop; Peruvian Spanish wording (Andean textiles repeat in several sets; a "
         "ski-chalet throw label was found in no earlier row)", firm("Meridian Decoración Montaña SL", "ES")),
        ("CUL-08", "import", "NLAIR01", "air", "EC", [], "NL", "691390",
         "Figuras de cerámica artesanal, reproducciones, 60 piezas", "EC", 18, 60, 300, "USD",
         "craft reproductions are new, evenly fired and painted figures; these 60 are small, worn, grey-buff "
         "female figurines with incised hair and root-etched surfaces: Valdivia figurines (c. 3000 BC), "
         "archaeological objects whose export Ecuador forbids, brought in without an import licence (Regulation "
         "2019/880), flown from Guayaquil to Amsterdam for a dealer; Ecuadorian Spanish wording (pre-Columbian "
         "figurines under reproduction labels repeat in many sets, kept as a repeat; this row is not of the set's "
         "trade)", firm("Horizon Tribal Art BV", "NL")),
        ("CUL-09", "transit", "FRAIR01", "air", "LB", ["FR"], "CH", "691490",
         "Mosaïque décorative moderne pour sol de chalet, 1 panneau, 140 kg", "LB", 140, 1, 800, "USD",
         "a modern decorative mosaic is cut glass or stone on a fibreglass mesh; this panel is stone and glass "
         "tesserae set in old lime mortar with a vine scroll, peacocks and a Greek inscription, backed with new "
         "plaster: a Late Roman church floor mosaic looted in Syria and moved through Lebanon, against Regulation "
         "2019/880 (Article 3(1)), which covers transit, landed at Paris in transit to a Verbier chalet owner; "
         "Lebanese French wording (Syrian mosaics repeat in many sets, kept as a repeat; a chalet-floor label in "
         "transit to Switzerland is the new part as far as a search found)", {"importer_country": "CH"}),
        ("CUL-10", "import", "DEAIR01", "air", "ML", [], "DE", "490199",
         "Livres anciens imprimés, 40 volumes", "ML", 30, 40, 400, "EUR",
         "old printed books are machine-printed and bound; these 40 are leather-wrapped bundles of loose "
         "manuscript leaves in Arabic and Ajami script with red and black ink and water stains: Timbuktu "
         "manuscripts (16th-19th century), cultural goods whose export Mali forbids, brought in without an import "
         "licence (Regulation 2019/880), flown from Bamako to Frankfurt for a dealer; Malian French wording "
         "(Sahelian manuscripts repeat in many sets, kept as a repeat; this row is not of the set's trade)",
         firm("Vega Antiquariat GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "KG", "950611",
         "Gebrauchte Verleihski, 300 Paar", "AT", 2400, 300, 9000, "EUR",
         "used rental skis are scratched, bound in bundles with rental stickers, at 20-40 EUR a pair; these 300 "
         "are new, boxed racing and freeride skis and bindings at 900-1,400 EUR a pair on the maker's list, for a "
         "Bishkek 'ski rental' whose forwarder trucks the boxes on to Krasnaya Polyana: luxury goods (skis above "
         "the threshold) whose sale and export for use in Russia Regulation 833/2014 forbids, flown from Vienna; "
         "German wording (luxury goods for Russia repeat in many sets; skis under a used-rental label to "
         "Kyrgyzstan were found in no earlier row by a keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "FIROAD01", "road", "FI", [], "KZ", "871190",
         "Käytetyt moottorikelkat, 24 kpl", "FI", 7200, 24, 48000, "EUR",
         "used snowmobiles from Lapland safari firms are worn, high-mileage machines at 2,000-4,000 EUR; these 24 "
         "are new, crated, 900 cc utility snowmobiles with 2073 plates unissued and no hours, at 18,000 EUR each, "
         "for an Almaty 'safari tour' firm whose freight goes on to Norilsk: goods whose export to Russia and "
         "re-export through third countries Regulation 833/2014 forbids, in lorries from Rovaniemi; Finnish "
         "wording (snowmobiles repeat in several sets; a used safari-fleet label to Kazakhstan is the new part as "
         "far as a search found)", {"importer_country": "KZ"}),
        ("STR-03", "export", "ITAIR01", "air", "IT", [], "AM", "852692",
         "Apparecchi ARTVA per soccorso in valanga, 80 pezzi", "IT", 48, 80, 16000, "EUR",
         "avalanche transceivers are small 457 kHz search beacons at about 300 EUR; these 80 are uncooled "
         "thermal imaging cores of 640 x 512 pixels and 12 μm pitch with 30 Hz output, at 3,500 EUR each, for a "
         "Tsaghkadzor 'mountain-rescue supplier' whose earlier consignments went on to Moscow: thermal cameras "
         "(dual-use 6A003) exported without the licence Regulation 2021/821 requires and on the list whose "
         "export to Russia Regulation 833/2014 forbids, flown from Milan; Italian wording (thermal cores repeat in "
         "many sets; an avalanche-transceiver label was found in no earlier row by a keyword search)",
         {"importer_country": "AM"}),
        ("STR-04", "export", "ATAIR01", "air", "AT", [], "PK", "392112",
         "Skikern-Laminat, Glasfaser-Prepreg, Rollen, 1.200 kg", "AT", 1200, None, 9000, "EUR",
         "the prepregs ski factories press into skis are E-glass in epoxy at a few euros a kilo; these rolls are "
         "intermediate-modulus carbon fibre prepreg, tensile strength above 5,800 MPa, at 120 EUR a kilo, for a "
         "Rawalpindi 'ski factory' that does not exist: fibrous prepreg controlled under dual-use 1C010.b, "
         "exported without the licence Regulation 2021/821 requires to a destination of missile concern, flown "
         "from Salzburg; Austrian German wording (carbon fibre repeats in many sets; a ski-core laminate label was "
         "found in no earlier row by a keyword search)", {"importer_country": "PK"}),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "TR", "850440",
         "Convertitori di frequenza per seggiovie, usati, 6 pezzi", "IT", 7200, 6, 30000, "EUR",
         "used lift drive inverters are dusty cabinets out of a dismantled chairlift, sold at scrap-plus prices; "
         "these six are new 1 MW regenerative drive cabinets with 2073 serials, worth 90,000 EUR each, for an "
         "Istanbul 'ropeway contractor' whose job list names Rosa Khutor: static converters on the list whose "
         "export to Russia and re-export through third countries Regulation 833/2014 forbids, by sea from Genoa "
         "to Ambarli; Italian wording (frequency changers repeat in many sets, kept as a repeat; a chairlift "
         "inverter label was found in no earlier row)", {"importer_country": "TR"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "KG", "880730",
         "Pièces de rechange pour équipement d'héliski, 1 colis, 180 kg", "FR", 180, None, 4000, "EUR",
         "heli-ski equipment spares are harnesses, avalanche bags and radios; this crate holds tail-rotor blades, "
         "main-rotor dampers and a turbine starter-generator with part numbers of the Mi-8 and AS350 families, "
         "for a Karakol 'heli-ski operator' whose helicopters are leased from a Russian carrier: aircraft parts "
         "whose export for use in Russia Regulation 833/2014 forbids, flown from Grenoble; French wording "
         "(helicopter parts repeat in several sets; a heli-ski spares label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KG"}),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "BY", "620120",
         "Kurtki narciarskie, 600 szt.", "PL", 900, 600, 18000, "EUR",
         "a Polish ski-wear lorry for a Minsk sports chain: ski jackets and goggles below the luxury threshold are "
         "what may still go to Belarus, but the third item's 'narty rekreacyjne' are 120 pairs of top-line "
         "racing and freeride skis with bindings at 1,100 EUR a pair retail: luxury goods whose sale and export to "
         "Belarus Regulation 765/2006 forbids, hidden as the last item of a three-item declaration, at Kukuryki; "
         "Polish wording (luxury goods for Belarus repeat in a few sets; skis behind ski jackets were found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "BY"},
              _more_items=[item("900490", "Gogle narciarskie, 800 szt.", "PL", 320, 8000, "EUR", qty=800),
                           item("950611", "Narty rekreacyjne, 120 par", "PL", 840, 6000, "EUR", qty=120)])),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "UZ", "845710",
         "Holzbearbeitungsmaschine, gebraucht, 1 Stück", "DE", 14000, 1, 20000, "EUR",
         "a used woodworking machine is a panel saw or moulder; this crate holds a five-axis metal machining "
         "centre with a positioning accuracy under 5 μm, new, worth 600,000 EUR, for a Tashkent 'furniture maker' "
         "whose forwarder is in Chelyabinsk: a machine tool controlled under dual-use 2B001 and on the list whose "
         "export to Russia Regulation 833/2014 forbids, from Hamburg via Poti; German wording (five-axis machining "
         "centres repeat in many sets, kept as a repeat; this row is not of the set's trade)",
         {"importer_country": "UZ"}),
        ("STR-09", "import", "LTROAD01", "road", "KZ", [], "LT", "760120",
         "Alumīnija sakausējuma stieņi, izcelsme Kazahstāna, 22 t", "KZ", 22000, None, 48000, "USD",
         "Kazakh aluminium ingots come with a smelter certificate from Pavlodar; these ingots carry the cast marks "
         "of a Siberian smelter under the paint and a Kazakh certificate issued by a trader: Russian aluminium, "
         "whose import into the Union Regulation 833/2014 forbids, in a lorry at Medininkai for a Vilnius trader; "
         "Latvian wording from a Riga forwarder (Russian goods under Kazakh origin repeat in many sets, kept as a "
         "repeat; this row is not of the set's trade)", firm("Central Metalai UAB", "LT")),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "AE", "902219",
         "Röntgenapparatuur voor bagagecontrole, gebruikt, 2 stuks", "NL", 1400, 2, 12000, "EUR",
         "used baggage X-ray machines are tunnel scanners with a conveyor and a monitor; these crates hold two "
         "portable flash X-ray generators and real-time radiography units of 300 kV for weld and munitions "
         "inspection, for a Dubai trader whose orders go on to Tehran: equipment listed in the Iran regulation "
         "(Regulation 267/2012) exported without an authorisation, flown from Amsterdam; Dutch wording (X-ray "
         "equipment repeats in several sets, kept as a repeat; this row is not of the set's trade)",
         {"importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "ATAIR01", "air", "MN", [], "AT", "570500",
         "Хиймэл үстэй хивс, уулын байшинд, 2 ширхэг", "MN", 12, 2, 300, "USD",
         "faux-fur rugs for mountain chalets are knitted acrylic pile on a cotton backing; these two are whole "
         "tanned pelts with skin backs, grey-white fur with black rosettes, thick tails and the skulls in the "
         "heads: snow leopard pelts (Panthera uncia, CITES App. I) without CITES documents, flown from Ulaanbaatar "
         "to Vienna for a Lech chalet owner; Mongolian wording (snow leopard repeats in a few sets; a faux-fur "
         "chalet-rug label was found in no earlier row by a keyword search)", firm("Vega Chalets GmbH", "AT")),
        ("WLF-02", "import", "ITAIR01", "air", "CN", [], "IT", "611693",
         "滑雪手套, 3,000副", "CN", 600, 3000, 15000, "USD",
         "a Chinese ski-wear air shipment for a Bolzano winter-sport wholesaler: ski gloves and beanies are what the "
         "Harbin supplier sends, but the third item's '人造毛毛领' are 800 hood trims of real, thick, grey-buff fur "
         "with black-tipped guard hairs and faint spots on tanned skin: Eurasian lynx fur (Lynx lynx, CITES App. II) "
         "without CITES documents, hidden as the last item of a three-item declaration, flown from Harbin to "
         "Milan; Chinese wording (lynx fur repeats in a few sets and a faux-fur hood-trim label once, blind254, on "
         "snowmobile suits; kept as a repeat of the cover, trims behind ski gloves are the new part as far as a search "
         "found)",
         dict(firm("Orion Sport Invernale Srl", "IT"),
              _more_items=[item("650500", "针织滑雪帽, 2,000顶", "CN", 200, 3000, "USD", qty=2000),
                           item("430390", "人造毛毛领, 800条", "CN", 80, 1600, "USD", qty=800)])),
        ("WLF-03", "import", "FRAIR01", "air", "AZ", [], "FR", "160420",
         "Lumpfish kürüsü, qara, 100 q banka, 120 banka", "AZ", 12, 120, 600, "USD",
         "lumpfish roe is small, hard, dyed-black eggs that bleed colour and cost a few euros a jar; these 120 "
         "tins hold large, soft, glossy grey sturgeon eggs with no dye, sold to a Courchevel palace hotel's "
         "après-ski bar at 3,000 EUR a kilo: wild caviar (Acipenseriformes, CITES App. II) without CITES "
         "documents, flown from Baku to Lyon; Azerbaijani wording (caviar repeats in many sets and lumpfish labels on "
         "it in several, kept as a repeat; for a ski-resort hotel from Azerbaijan is the new part)",
         firm("Atlantic Palace Courchevel SARL", "FR")),
        ("WLF-04", "import", "ATAIR01", "air", "TJ", [], "AT", "050790",
         "Шохи буз барои ороиши кулбаҳои кӯҳӣ, 6 ҷуфт", "TJ", 36, 6, 240, "USD",
         "goat horns for chalet decoration are short, curved domestic horns; these six pairs are massive, "
         "corkscrew-twisted horns over a metre long on skull plates: markhor trophies (Capra falconeri, CITES "
         "App. I for the subspecies of Tajikistan's wild) without CITES documents, flown from Dushanbe to Vienna for "
         "a Saalbach hunting-lodge hotel; Tajik wording (markhor horn repeats in a few sets; a chalet-decoration "
         "goat-horn label from Tajikistan is the new part as far as a search found)",
         firm("Alpina Jagdhof Hotel GmbH", "AT")),
        ("WLF-05", "import", "FRSEA01", "sea", "GA", [], "FR", "940360",
         "Comptoirs de bar en noyer massif pour restaurants d'altitude, 6 pièces", "GA", 4800, 6, 6000, "EUR",
         "solid walnut bar counters are light brown with dark streaks and a straight grain; these six are heavy, "
         "reddish-brown with purple veins and a flame figure, sinking in water: bubinga (Guibourtia "
         "tessmannii/pellegriniana, CITES App. II) without CITES documents, by sea from Owendo to Marseille for a "
         "Val Thorens après-ski bar fitter; Gabonese French wording (bubinga repeats in several sets; an après-ski "
         "bar counter under a walnut label was found in no earlier row by a keyword search)",
         firm("Delta Agencement Montagne SARL", "FR")),
        ("WLF-06", "import", "ATAIR01", "air", "AR", [], "AT", "420329",
         "Guantes de esquí de cuero de cabra, 400 pares", "AR", 80, 400, 8000, "USD",
         "goatskin ski gloves have a fine, smooth grain; these 400 pairs have a coarse leather with pores in groups "
         "of three and bristle holes, soft and heavy: collared and white-lipped peccary leather (Pecari tajacu, "
         "Tayassu pecari, CITES App. II) without CITES documents, flown from Buenos Aires to Vienna for an "
         "Arlberg ski-shop chain; Argentinian Spanish wording (peccary leather repeats once or twice; a "
         "goatskin ski-glove label was found in no earlier row by a keyword search)",
         firm("Central Skimode GmbH", "AT")),
        ("WLF-07", "import", "ATROAD01", "road", "RS", [], "AT", "430390",
         "Ćilim od veštačkog krzna za planinsku kuću, 3 komada", "RS", 30, 3, 300, "EUR",
         "faux-fur rugs are acrylic pile on a woven backing; these three are whole brown-bear pelts with heads, "
         "claws and open mouths, tanned on felt: brown bear (Ursus arctos, CITES App. II, and Annex A of "
         "Regulation 338/97) without CITES documents, in a van at Spielfeld for a Styrian ski-hut landlord; "
         "Serbian Latin wording (bear trophies repeat in several sets; a mountain-hut faux-fur label was found in no "
         "earlier row by a keyword search)", firm("Horizon Hüttenwirt GmbH", "AT")),
        ("WLF-08", "transit", "ESAIR01", "air", "MA", ["ES"], "HK", "030192",
         "Cangrejos vivos, cajas refrigeradas, 180 kg", "MA", 180, None, 900, "EUR",
         "live crabs travel in wet sacking and move their claws; these chilled boxes hold water bags with millions "
         "of transparent, threadlike glass eels: European eels (Anguilla anguilla, CITES App. II, with no export "
         "allowed from the Union or Morocco), landed at Madrid in transit from Tangier to Hong Kong without CITES "
         "documents; Spanish wording (glass eels under crab and other labels repeat in many sets, kept as a repeat; "
         "this row is not of the set's trade)", {"importer_country": "HK"}),
        ("WLF-09", "import", "DEAIR01", "air", "ID", [], "DE", "681599",
         "Dekorsteine für Aquarien, Kunststoff-Korallen, 400 kg", "ID", 400, None, 800, "USD",
         "plastic aquarium corals are hollow, light and moulded; these 400 kg are bleached, chalky, porous "
         "skeletons of branching and brain corals: stony corals (Scleractinia, CITES App. II) without CITES "
         "documents, flown from Jakarta to Frankfurt for an aquarium wholesaler; German wording from an Indonesian "
         "exporter (stony corals repeat in many sets, kept as a repeat; this row is not of the set's trade)",
         firm("Rivage Aquaristik GmbH", "DE")),
        ("WLF-10", "import", "BEAIR01", "air", "CD", [], "BE", "960190",
         "Articles en os, sculptés, artisanat, 30 kg", "CD", 30, None, 300, "USD",
         "carved bone crafts are white, porous cattle bone with marrow channels; these 30 kg are dense, "
         "cream-coloured pieces with Schreger lines on the cut faces: African elephant ivory (Loxodonta africana, "
         "CITES App. I) without CITES documents, flown from Kinshasa to Brussels for a dealer; Congolese French "
         "wording (ivory under bone labels repeats in many sets, kept as a repeat; this row is not of the set's "
         "trade)", firm("Vega Art Africain SA", "BE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATAIR01", "air", "CH", "AT", "284700",
     "Hydrogen peroxide 35 %, 2 x 1 l, for a licensed private user (chalet hot-tub treatment)", "CH", 2.3, 2, 40,
     "EUR", [("PRECURSOR_LICENCE", "AT-BMI-73-0062")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "FRAIR01", "air", "CA", "FR", "282990",
     "Sodium perchlorate 99 %, 1 kg, for a licensed private user (amateur electrochemistry)", "CA", 1, 1, 45, "CAD",
     [("PRECURSOR_LICENCE", "FR-MI-73-0214")], "sodium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "ITROAD01", "road", "CH", "IT", "854911",
     "Waste lead-acid batteries from snow groomers and snowmobiles, for recycling at a licensed smelter, 18 t", "CH",
     18000, None, 0, "EUR", [("BASEL_CONSENT", "IT-MASE-73-0158")], "notified waste lead-acid batteries to a licensed smelter"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "NO", "DE", "382590",
     "Spent aircraft de-icing fluid (16 01 14*), for glycol recovery at a licensed plant, 22 t", "NO", 22000, None, 0,
     "EUR", [("BASEL_CONSENT", "DE-SH-73-0047")], "notified spent de-icing fluid to a licensed recovery plant"),
    ("PRM-05", "ozone", "import", "DEROAD01", "road", "CH", "DE", "290371",
     "HCFC-22 recovered from an ice-rink chiller, 12 cylinders, for destruction at a licensed plant", "CH", 540, 12,
     0, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-73-008")], "recovered HCFC-22 imported for licensed destruction"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1301, recovered and reclaimed, 10 cylinders, for critical use in aircraft fire protection", "US", 450,
     10, 9000, "USD", [("ODS_LICENCE", "FR-DGEC-ODS-73-003")], "halon 1301 imported for a licensed critical use"),
    ("PRM-07", "cultural", "export", "ATROAD01", "road", "AT", "CH", "970310",
     "Late Gothic limewood Madonna, Tyrol, c. 1480, sold to a Swiss collector", "AT", 38, 1, 240000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "AT-BDA-EXP-73-0031")], "sculpture exported with the EU export licence and the Austrian permit"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "US", "970191",
     "Oil painting, winter landscape with skaters, Munich school, 1880s, sold at auction", "DE", 9, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-EXP-73-0112")], "painting exported with the EU export licence"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "KR", "392112",
     "Intermediate-modulus carbon fibre prepreg, 400 kg, for a Korean sporting-goods maker's ski line", "AT", 400,
     None, 48000, "EUR", [("EXPORT_LICENCE", "AT-BMAW-73-0044"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-73-0120")],
     "dual-use carbon prepreg under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ITAIR01", "air", "IT", "TR", "852691",
     "Thermal imaging cameras 640 x 512, 20 units, for the Turkish disaster agency's mountain-rescue teams", "IT", 30,
     20, 90000, "EUR", [("EXPORT_LICENCE", "IT-UAMA-73-0078"), ("END_USER_CERTIFICATE", "TR-AFAD-EUC-73-0033")],
     "dual-use thermal cameras under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ITAIR01", "air", "CA", "IT", "430219",
     "Canada lynx hood trims, tanned (Lynx canadensis), 300 pieces", "CA", 30, 300, 21000, "CAD",
     [("CITES_PERMIT", "CA-ECCC-73-0419")], "App. II lynx fur with its export permit"),
    ("PRM-12", "wildlife", "import", "ATAIR01", "air", "AR", "AT", "420329",
     "Peccary leather ski gloves (Pecari tajacu), 200 pairs", "AR", 40, 200, 9000, "USD",
     [("CITES_PERMIT", "AR-MAyDS-73-0087")], "App. II peccary leather with its export permit"),
]

CONSIGNEES = {
    "PRM-01": "Privatperson", "PRM-02": "Particulier", "PRM-05": "Central Entsorgung GmbH",
    "PRM-06": "Atlantic Aéro Maintenance SARL", "PRM-11": "Orion Sport Invernale Srl", "PRM-12": "Central Skimode GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, nearly all goods of
    # ski areas, snow-making contractors, ski-tuning and rental shops, winter-sport wholesalers and alpine hotels
    ("382499", "Quaternary-ammonium algaecide for snow-making ponds, 25 l", "import", ["road"], ["TR", "CH"], (2, 4), (1000, 4000), ["EUR"], 0.04, S),
    ("340490", "Liquid ski glide wax, 80 ml bottles", "import", ["post", "express"], ["NO", "US"], (40, 80), (1, 3), ["NOK", "USD"], 10, S),
    ("340319", "Haul-rope lubricant for ropeways, bituminous, 20 kg pails", "import", ["sea"], ["CN", "CH"], (4, 8), (2000, 6000), ["USD", "EUR"], 0.05, S),
    ("390690", "Instant snow powder, sodium polyacrylate, 500 g", "import", ["express"], ["JP", "CN"], (20, 40), (1, 4), ["USD", "JPY"], 2, S),
    ("310210", "Urea prills, snow hardener for race pistes, 25 kg", "import", ["road"], ["UA", "RS"], (0.4, 0.7), (10000, 22000), ["EUR"], 0.04, S),
    ("250100", "Coarse sauna salt with eucalyptus, 1 kg bags", "import", ["air"], ["AM", "TR"], (2, 4), (100, 400), ["USD"], 1, S),
    ("382499", "Citric descaler gel for snow-gun nozzles, 10 l", "import", ["road"], ["BA", "CH"], (2, 4), (1000, 3000), ["EUR"], 0.1, S),
    ("340490", "Fluoro-free hydrocarbon race powder, 30 g tins", "import", ["post"], ["US", "NO"], (150, 300), (1, 2), ["USD"], 30, S),
    ("350400", "Protein snow-making nucleator, freeze-dried, 1 kg", "import", ["air"], ["CA", "US"], (40, 80), (50, 200), ["CAD", "USD"], 1, S),
    ("283340", "Potassium monopersulphate hot-tub shock granules, 1 kg", "import", ["road"], ["CH", "TR"], (3, 6), (1000, 3000), ["EUR"], 1, S),
    ("611693", "Heated ski gloves with lithium battery packs, new, boxed", "import", ["air"], ["CN", "KR"], (40, 80), (100, 400), ["USD"], 4, S),
    ("850710", "Starter batteries for snow groomers, 12 V, new", "import", ["sea"], ["KR", "CN"], (2, 4), (4000, 12000), ["USD"], 0.04, S),
    ("271019", "Gear oil for lift gearboxes, synthetic, 208 l drums", "export", ["sea"], ["MA", "GE"], (3, 5), (6000, 14000), ["EUR"], None, S),
    ("290532", "Propylene glycol, technical, 99.5 %, IBCs", "export", ["sea"], ["IN", "TR"], (1.4, 2.2), (18000, 24000), ["EUR"], None, S),
    ("850423", "Cast-resin dry-type transformers, new, for lift stations", "export", ["road"], ["BA", "RS"], (8, 14), (3000, 9000), ["EUR"], 0.0003, S),
    ("940350", "Hotel bedroom furniture sets, new, oak veneer", "export", ["sea"], ["AL", "GE"], (4, 8), (4000, 10000), ["EUR"], 0.01, S),
    ("271220", "Paraffin wax slabs, fully refined, for candles", "import", ["sea"], ["CN", "IN"], (1.2, 1.8), (10000, 22000), ["USD"], None, S),
    ("847290", "Lift-access turnstiles with RFID readers, new", "export", ["sea"], ["GE", "AM"], (20, 40), (1000, 4000), ["EUR"], 0.005, S),
    ("290349", "Empty refillable refrigerant cylinders, 10 kg, new", "import", ["sea"], ["CN", "TR"], (4, 8), (2000, 6000), ["USD"], 0.15, S),
    ("842410", "Dry-powder cab extinguishers for snow groomers, 2 kg", "import", ["sea"], ["GE", "TR"], (6, 10), (500, 2000), ["USD", "EUR"], 0.3, S),
    ("340510", "Window snow spray, butane propellant, 250 ml", "import", ["sea"], ["VN", "CN"], (2, 4), (2000, 6000), ["USD"], 3, S),
    ("381400", "Citrus ski base cleaner, d-limonene, 1 qt", "import", ["air"], ["US", "CA"], (6, 12), (100, 400), ["USD"], 1, S),
    ("390950", "Water-blown PU foam kits for pipe insulation", "import", ["road"], ["TR", "RS"], (3, 6), (1000, 4000), ["EUR"], 0.03, S),
    ("841869", "Ice-rink chiller on ammonia, new, with log book", "export", ["road"], ["UA", "RS"], (6, 12), (8000, 16000), ["EUR"], 0.0001, S),
    ("842410", "FK-5-1-12 suppression cylinders for control rooms", "import", ["air"], ["IL", "US"], (30, 60), (200, 800), ["USD"], 0.02, S),
    ("900490", "Ski goggles, double lens, new", "import", ["sea"], ["KR", "CN"], (20, 40), (1000, 3000), ["USD"], 2.5, S),
    ("381090", "Iron-powder hand warmers, single-use", "import", ["post", "express"], ["KR", "CN"], (10, 20), (1, 3), ["USD"], 25, S),
    ("830629", "Brass cowbells with leather straps, new", "import", ["post", "express"], ["CN", "CH"], (15, 30), (1, 4), ["EUR", "USD"], 2, S),
    ("950699", "Wooden children's sledges, new", "import", ["sea"], ["TR", "UA"], (4, 8), (2000, 6000), ["EUR"], 0.15, S),
    ("711311", "Silver souvenir plaques, new, stamped", "import", ["post"], ["GE", "AM"], (200, 400), (1, 2), ["USD"], 20, S),
    ("680299", "Carved sandstone fireplace surrounds, new", "import", ["sea"], ["PK", "IN"], (0.8, 1.5), (5000, 15000), ["USD"], 0.005, S),
    ("442199", "Carved limewood chalet figures, new, machine-roughed", "export", ["road"], ["CH"], (20, 40), (100, 500), ["EUR"], 0.3, S),
    ("630140", "Alpaca-blend throws for chalets, new", "import", ["air"], ["PE", "BO"], (40, 80), (100, 300), ["USD"], 1.2, S),
    ("691490", "Glass and stone mosaic floor panels, new, on mesh", "import", ["sea"], ["LB", "TR"], (3, 6), (1000, 4000), ["USD"], 0.02, S),
    ("950611", "Used rental skis, bundled, graded", "export", ["road"], ["BA", "RS"], (5, 10), (2000, 6000), ["EUR"], 0.25, S),
    ("871190", "Used snowmobiles, safari fleet, with service records", "export", ["road"], ["NO", "RS"], (1, 2), (3000, 8000), ["EUR"], 0.003, S),
    ("852692", "Avalanche transceivers, 457 kHz, new", "export", ["air"], ["CH", "NO"], (600, 1200), (20, 80), ["EUR"], 4, S),
    ("392112", "E-glass epoxy prepreg for ski cores, rolls", "export", ["road"], ["CH", "RS"], (8, 14), (500, 2000), ["EUR"], None, S),
    ("620120", "Ski jackets, wool-blend, new", "export", ["road"], ["UA", "MD"], (20, 40), (1000, 3000), ["EUR"], 1, S),
    ("430390", "Faux-fur hood trims, acrylic, new", "import", ["sea"], ["CN"], (8, 14), (500, 2000), ["USD"], 10, S),
    ("420329", "Goatskin ski gloves, new", "import", ["air"], ["PK", "AR"], (30, 60), (100, 400), ["USD"], 5, S),
    ("940360", "Solid walnut bar counters, new", "import", ["sea"], ["TR", "BA"], (4, 8), (2000, 6000), ["EUR"], 0.002, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("691200", "Earthenware utensil crocks, glazed", "import", ["sea"], ["CN", "VN"], (1.5, 3), (3000, 8000), ["USD"], 1, N),
        ("442199", "Wooden key boxes, wall-mounted, pine", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("701349", "Glass trifle bowls, footed", "import", ["sea"], ["TR", "CN"], (1.5, 3), (4000, 10000), ["USD", "EUR"], 1, N),
        ("482369", "Paper doilies, lace-cut, packs", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 3), ["GBP", "USD"], 3, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind284", 20730701, HERE)


if __name__ == "__main__":
    main()
