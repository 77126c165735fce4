#!/usr/bin/env python3
"""Writes the hundred-and-fifty-eighth blind set (tests/risk/data/blind158-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade) and 12
permitted, dated 1 July - 26 August 2052, with goods, routes, languages and disguise families
found, where possible, in none of the earlier sets, and with a Central European emphasis (Poland,
Czechia, Slovakia, Hungary and their eastern and southern neighbours' border crossings, traders,
languages and covers). Written by a person who had not read the profile packs (nor any rule file)
and had not run the engine on it, and committed before any change measured on it, to be measured
once on its packs. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may carry "_item"
(fields merged into its item) and "_more_items" (further items).

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
would. Ids are BL158-*:

    python3 tests/risk/data/make_blind158_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2052, 7, 1)
base.DAYS = 57  # 1 July to 26 August 2052
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "SKPOST01", "post", "UA", [], "SK", "283311",
         "Карловарська сіль штучна (проносна), порошок, 6 пакетів по 500 г", "UA", 3.0, 6, 720, "UAH",
         "artificial Karlovy Vary spring salt is a white, salty-bitter powder of sodium sulphate, bicarbonate and "
         "common salt that dissolves at once in cold water; these six bags hold a heavier, glassy, tasteless powder "
         "that barely dissolves, burns fiercely when a pinch mixed with sugar meets a match, and whose inner bags read "
         "'KClO4': potassium perchlorate (Annex I above 40 %), posted from Uzhhorod to a private person in "
         "Michalovce; Ukrainian wording (potassium perchlorate repeats in many sets and laxative, bath and "
         "spring-salt covers in several; a Karlovy Vary salt label was found in no earlier row by a keyword search)",
         person("Ing. Marek Varga", "SK")),
        ("PRE-02", "import", "PLROAD01", "road", "UA", [], "PL", "340119",
         "Мило господарське 72 %, бруски 200 г, 1 200 шт.", "UA", 240, 1200, 480, "EUR",
         "Ukrainian 72 % household soap is a soft, brown, greasy bar that smells of fatty acids, lathers when wet and "
         "is stamped '72 %'; in the last six cartons of this van the 'bars' are hard, pale-yellow pressed blocks in "
         "waxed paper that do not lather, taste bitter, stain the fingers yellow and have a threaded detonator well in "
         "one face, stamped 'ТРОТИЛ 200 г': 200 g TNT demolition charges (Class 1.1D) from war stocks, brought in "
         "without the transfer licence and the explosives permits Directive 2014/28/EU and Polish law require, at "
         "Dołhobyczów for a Lublin shop selling Ukrainian groceries; Ukrainian wording (cast and pressed boosters "
         "repeat in several sets under candle and weight labels; household soap was found once, on another good "
         "(blind85); war-surplus TNT blocks as laundry soap and the Dołhobyczów crossing are the new part)",
         firm("Orion Produkty Ukraińskie Sp. z o.o.", "PL")),
        ("PRE-03", "import", "HUROAD01", "road", "UA", [], "HU", "210690",
         "Házi akácvirágszörp, 6 x 1 l", "UA", 6.8, 6, 60, "EUR",
         "acacia-flower syrup is a pale-gold, sticky, perfumed syrup of about 1.30 kg/l; these six bottles hold a "
         "water-clear, unscented, non-sticky liquid of 1.13 kg/l under vented caps that whitens and stings the skin "
         "and fizzes on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), in a private car at Beregsurány "
         "for a private person in Vásárosnamény; Hungarian wording of a Transcarpathian Hungarian (hydrogen peroxide "
         "repeats in many sets and syrup and flower-water covers in several; an acacia-flower-syrup label and the "
         "Beregsurány crossing were found in no earlier row by a keyword search)",
         person("Kovács Erzsébet", "HU")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "271012",
         "Benzyna ekstrakcyjna, butelki 1 l, 2 400 szt. (produkcja na zlecenie)", "UA", 2740, 2400, 3600, "EUR",
         "extraction benzine (benzyna ekstrakcyjna) is a light, volatile naphtha of 0.70 kg/l that floats on water, "
         "dries off the skin in seconds and smells of petrol; these bottles hold an oily liquid of 1.14 kg/l that "
         "sinks in water, evaporates slowly, smells faintly fruity and burns with a pale flame, and the filler's drums "
         "on the same lorry read 'CH3NO2': nitromethane (Annex I above 16 %), private-label filled near Lviv for a "
         "Rzeszów household-chemicals wholesaler whose customers are drugstores selling to the public, at "
         "Budomierz; Polish wording on a Ukrainian filler's label (nitromethane repeats in many sets and solvent and "
         "lamp-oil covers in several; an extraction-benzine label and the Budomierz crossing were found in no "
         "earlier row by a keyword search)", firm("Vega Chemia Gospodarcza Sp. z o.o.", "PL")),
        ("PRE-05", "import", "CZPOST01", "post", "UA", [], "CZ", "151519",
         "Олія лляна холодного віджиму, 4 пляшки по 1 л", "UA", 7.4, 4, 900, "UAH",
         "cold-pressed linseed oil is golden, thin, 0.93 kg/l, floats on water and smells of hay and fish; these four "
         "bottles are colourless to straw-coloured, oily but odourless, weigh 1.84 kg/l, sink through water and make "
         "it boil, and have charred the paper label where they dripped: about 96 % sulphuric acid (Annex I above "
         "15 %), posted from Lviv to a private person in Brno; Ukrainian wording (sulphuric acid repeats in many "
         "sets and edible- and mineral-oil covers (castor oil, Kalahari-melon oil, vaseline oil) in several, so the "
         "family is kept as a repeat; a boiled-linseed-oil label was found once, on nitromethane from Moldova (blind141); cold-pressed linseed oil from Ukraine to Czechia is the new part)",
         person("Olena Kravčenková", "CZ")),
        ("PRE-06", "import", "HUROAD01", "road", "RS", [], "HU", "841940",
         "Kazan od bakra za pečenje rakije, 100 l, sa hladnjakom, 1 kom", "RS", 60, 1, 1200, "EUR",
         "a home-distilling order for a private distiller near Kiskunhalas (home pálinka distilling is lawful in "
         "Hungary): a copper still and hydrometers are what such buyers import from Serbian coppersmiths, but the "
         "third item's 'liquid brandy clarifier', normally a grey bentonite or gelatine suspension of about 1.05 kg/l, "
         "is 20 l of a clear, yellowish liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and "
         "has already eaten into the still's own copper fittings: about 65 % nitric acid (Annex I above 3 %), hidden "
         "as the last item of a three-item declaration, at Ásotthalom; Serbian wording (nitric acid repeats in many "
         "sets and a copper-still cleaner once, on sulphuric acid (blind73); a brandy-clarifier label behind a still "
         "order and the Ásotthalom crossing are new as far as a search found)",
         dict(person("Tóth Gábor", "HU"),
              _more_items=[item("902580", "Alkoholmetri sa termometrom, 10 kom", "RS", 1, 80, "EUR", qty=10),
                           item("382499", "Bistrilo za rakiju, tečno, 4 x 5 l", "RS", 28, 40, "EUR", qty=4)])),
        ("PRE-07", "import", "HUROAD01", "road", "RS", [], "HU", "190219",
         "Tarhonya, szitált, tojás nélküli, 5 kg-os zsák, 800 zsák", "RS", 4000, 800, 3200, "EUR",
         "tarhonya is a dry pasta grain, rough, yellowish and irregular, that swells when boiled; these sacks hold "
         "smooth, white, perfectly round prills that turn ice-cold in water and dissolve without swelling, test at "
         "34 % N and melt and fume on a hot plate: ammonium nitrate (Annex I at 16 % N or more) retail-packed for a "
         "Kecskemét cash-and-carry that sells to gardeners and hobby farmers, on a lorry at Tompa; Hungarian wording "
         "of a Vojvodina maker (ammonium nitrate repeats in many sets and grain-like covers (rice, semolina, tapioca, "
         "pearl sugar) in several; a tarhonya label was found in no earlier row by a keyword search)",
         firm("Alföld Nagykereskedés Kft.", "HU")),
        ("PRE-08", "import", "HUAIR01", "air", "CN", [], "HU", "170230",
         "葡萄糖粉 (szőlőcukor), 500 克袋装, 4,000 袋", "CN", 2000, 4000, 2600, "USD",
         "dextrose (grape sugar) is a fine, sweet, cool-tasting powder that dissolves at once and browns on heat; these "
         "bags hold a gritty, crystalline, tasteless powder that dissolves slowly, crackles and spits violet sparks on "
         "a hot plate, and the master cartons print CAS 3811-04-9: potassium chlorate (Annex I above 40 %) "
         "retail-packed for a wholesaler in Budapest's Chinese market that sells to the public, flown from Zhengzhou; "
         "Chinese wording with a Hungarian sub-label (potassium chlorate repeats in many sets and sugar-like covers in "
         "several; dextrose labels repeat on chlorates and perchlorates in blind92, blind114, blind136 and blind151, "
         "kept as a repeat; by air from China to a Budapest wholesale market is the new part)", firm("Horizon Kínai Nagykereskedés Kft.", "HU")),
        ("PRE-09", "import", "CZPOST01", "post", "UA", [], "CZ", "200899",
         "Мак харчовий мелений, 4 пакети по 500 г", "UA", 2.0, 4, 400, "UAH",
         "ground poppy seed is a blue-grey, oily, soft meal that smells nutty and clumps when pressed; these four bags "
         "hold hard, shiny, black, sharp-edged grains that do not clump, smell of sulphur and flash at once when a "
         "grain meets a match: black powder (a Class 1.1D explosive), posted from Ternopil to a private muzzle-loading "
         "shooter in Olomouc without the explosives permit Czech law requires and against the postal ban on "
         "explosives; Ukrainian wording (black powder repeats in many sets; a poppy label was found once, on another "
         "good (blind141, a poppy-seed filling); ground poppy seed by post is the new part)",
         person("Petr Dvořák", "CZ")),
        ("PRE-10", "import", "PLROAD01", "road", "UA", [], "PL", "761610",
         "Заклепки витяжні алюмінієві 6,4 x 45 мм, 20 000 шт.", "UA", 42, 20000, 300, "EUR",
         "aluminium blind rivets are open tubes with a steel mandrel through the middle; 2,000 of these have no "
         "mandrel, are crimped shut at one end, carry a coloured plug and two thin copper leg wires coiled beside "
         "them in the carton, and the inner boxes read 'ЕД-8': electric detonators from Ukrainian military and "
         "quarry stocks, brought in without the transfer documents and permits for explosives (Directive "
         "2014/28/EU), in a van at Medyka for a Przemyśl hardware trader; Ukrainian wording (detonators repeat in "
         "many sets under fusehead, heater-cartridge and squib labels, and a blind-rivet label once, from Spain to "
         "Mauritania (blind140), kept as a repeat; from Ukraine to Poland and the Medyka crossing are the new part)", firm("Delta Narzędzia Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "IN", "284610",
         "Regenerovaný leštící prášek na bázi oxidu ceričitého, big bagy, 20 t", "CZ", 20000, None, 14000, "EUR",
         "recovered cerium-oxide polishing powder is a dry, pinkish-buff, fine powder of 60-90 % CeO2 sold with an "
         "analysis; these bags hold a grey, damp, clay-like filter cake that smears, smells of cutting coolant and "
         "reads 20-30 % lead oxide with a little cerium, from the cutting and polishing lines of a north-Bohemian "
         "lead-crystal works: glass-polishing and grinding sludge containing hazardous substances (10 11 13*), "
         "hazardous waste whose export to a non-OECD country is banned, by sea from Hamburg to Nhava Sheva for a "
         "'glass-polishing' buyer; Czech wording (lead-crystal cullet once, in blind64; polishing sludge under a "
         "cerium-oxide label was found in no earlier row by a keyword search)", {"importer_country": "IN"}),
        ("WST-02", "export", "HUROAD01", "road", "HU", [], "UA", "440420",
         "Akác szőlőkaró, hántolt, hegyezett, 2,2 m, 3 000 db", "HU", 24000, 3000, 4500, "EUR",
         "black-locust (akác) vineyard posts are yellow-green, untreated, barked, hard wood that smells fresh; these "
         "are round, black-brown, oily posts that smell of tar, with climbing-step holes, aluminium pole-number plates "
         "and rusty insulator-bracket bolts, cut to length from telephone and power poles taken down in Szabolcs "
         "county: wood treated with creosote (17 02 04*), hazardous waste whose export to a non-OECD country is "
         "banned, at Tiszabecs for a Berehove winery; Hungarian wording (creosoted poles repeat in many sets and "
         "vineyard-post covers (pine, chestnut) in several, so the family is kept as a repeat; a black-locust label "
         "and the Tiszabecs crossing were found in no earlier row)", {"importer_country": "UA"}),
        ("WST-03", "import", "PLSEA01", "sea", "NO", [], "PL", "870323",
         "Skadde personbiler, kondemnert etter forsikringsoppgjør, for reparasjon, 14 stk.", "NO", 19600, 14, 56000,
         "NOK",
         "repairable damaged cars travel with a registration, a damage report and their fluids in order; these "
         "fourteen, on a trailer off the Ystad ferry at Świnoujście, are burnt-out, flood-wrecked and crushed-roof "
         "cars deregistered as condemned by Norwegian insurers, with oil, coolant and brake fluid leaking onto the "
         "deck and lead batteries and undeployed airbags still inside: end-of-life vehicles not depolluted "
         "(16 01 04*), hazardous waste shipped without the notification and consent it needs, for a dismantler near "
         "Szczecin that sells the parts; Norwegian wording (write-off and salvage vehicles repeat in several sets, "
         "blind116 and blind148 among them; from Norway to Poland through Świnoujście is the new part)",
         firm("Nordhafen Auto Części Sp. z o.o.", "PL")),
        ("WST-04", "export", "PLSEA01", "sea", "PL", ["CL"], "BO", "761300",
         "Butle aluminiowe do syfonów sodowych, puste, 2,5 l, 120 szt.", "PL", 4560, 120, 1800, "EUR",
         "empty aluminium soda-siphon cylinders weigh about a kilogram each; these 120 are squat steel flasks of "
         "2.5 l, each weighing 38 kg, plugged with screw caps and holding a liquid that slides when they are tilted: "
         "4.1 t of metallic mercury from the decommissioning of a mercury-cell chlor-alkali plant, waste under "
         "Regulation 2017/852 whose export from the Union is banned, by sea from Gdynia through Arica to an El Alto "
         "'soda-fountain' trader who supplies gold miners; Polish wording (chlor-alkali mercury repeats in several "
         "sets; a soda-siphon cylinder label and a route from Poland to Bolivia were found in no earlier row)",
         {"importer_country": "BO"}),
        ("WST-05", "export", "PLROAD01", "road", "PL", [], "UA", "270300",
         "Borowina lecznicza, pasta, worki 25 kg, 800 worków", "PL", 20000, 800, 2400, "EUR",
         "therapeutic spa peat (borowina) is a brown-black, fibrous, earthy mud that smells of forest soil and has no "
         "oily sheen; these sacks hold a heavy, black, greasy sludge that smells of diesel and sulphur, leaves a "
         "rainbow film on water and reads 18 % hydrocarbons, from the cleaning of fuel tanks at a depot near Dębica: "
         "tank-bottom and oily sludges (05 01 03*, 16 07 08*), hazardous waste whose export to a non-OECD country is "
         "banned, at Hrebenne for a Truskavets 'sanatorium supplier'; Polish wording (oily sludge repeats in many "
         "sets; a spa-peat label was found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-06", "export", "CZRAIL01", "rail", "CZ", ["SK", "HU"], "RS", "271019",
         "Topný olej těžký (mazut) pro cementárnu, 4 cisternové vozy, 200 t", "CZ", 200000, None, 30000, "EUR",
         "heavy fuel oil is a smooth, black oil that pumps when warmed and comes with a sulphur and flash-point "
         "analysis; these tank wagons hold a sticky, lumpy, tarry sludge that gives off sulphur dioxide when heated, "
         "tests at pH 1 and has etched the discharge valves, pumped out of the old acid-tar lagoons of an Ostrava "
         "oil re-refinery, at 0.15 EUR/kg: acid tars (05 01 07*), hazardous waste whose export to a non-OECD country "
         "is banned, by rail through Slovakia and Hungary to a Serbian cement works; Czech wording (acid tars repeat "
         "in a few sets, blind87, blind117 and blind141, and heavy-fuel-oil labels on refinery residues twice, "
         "blind123 and blind141; the Ostrava lagoons by rail to Serbia are the new part)", {"importer_country": "RS"}),
        ("WST-07", "export", "HURAIL01", "rail", "HU", ["HR"], "BA", "280700",
         "Kénsav 96 %, műszaki, vasúti tartálykocsi, 3 kocsi, 150 t", "HU", 150000, None, 4500, "EUR",
         "technical 96 % sulphuric acid is a clear to pale-brown oily liquid with a certificate at about "
         "0.10 EUR/kg; these wagons hold a black, foul-smelling acid that separates into a tarry layer and reads 88 % "
         "acid with 6 % hydrocarbons and polymer oil, drawn from a refinery alkylation unit near Budapest and sold at "
         "0.03 EUR/kg: acid alkyl sludge and spent alkylation acid (05 01 04*), hazardous waste whose export to a "
         "non-OECD country is banned, by rail through Croatia to a Bosnian 'fertiliser plant'; Hungarian wording "
         "(spent acids repeat in several sets and an alkylation acid once, in blind21; under a technical-acid label "
         "by rail to Bosnia is the new part)", {"importer_country": "BA"}),
        ("WST-08", "import", "PLSEA01", "sea", "GB", [], "PL", "391510",
         "LDPE film, post-consumer, sorted, 98/2 grade, baled, 22 t", "GB", 22000, None, 1100, "GBP",
         "98/2 LDPE film bales are clear and coloured film with at most 2 % paper and labels; these bales, opened at "
         "Gdynia, are household black-bag waste: nappies, food, tins, textiles and glass bound with a skin of film, "
         "that smell of rot and drip leachate onto the container floor: mixed municipal waste (20 03 01, Basel Y46), "
         "whose shipment needs prior notification and consent and whose import for disposal Poland refuses, for a "
         "'recycler' near Gliwice; UK English wording (mixed household waste under plastic-bale labels repeats in "
         "several sets, so the family is kept as a repeat; by sea from England to Poland is the new part)",
         firm("Atlantic Recykling Sp. z o.o.", "PL")),
        ("WST-09", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "940290",
         "Nemocniční lůžka polohovací, použitá, repasovaná, 40 ks", "CZ", 4800, 40, 8000, "EUR",
         "a used-hospital-equipment lorry for an Ivano-Frankivsk private clinic: refurbished beds and wheelchairs are "
         "what Czech dealers ship there, but the third item's 'dental silver alloy scrap' is 40 kg of grey, crumbly "
         "amalgam capsules, extracted fillings and separator sludge in plastic buckets that weep beads of mercury: "
         "dental amalgam waste (18 01 10*), hazardous waste whose export to a non-OECD country is banned (and "
         "mercury waste under Regulation 2017/852), hidden as the last item of a three-item declaration, through "
         "Poland at Korczowa; Czech wording (dental amalgam repeats in many sets; behind hospital beds to Ukraine is "
         "the new part as far as a search found)",
         dict({"importer_country": "UA"},
              _more_items=[item("871310", "Invalidní vozíky mechanické, použité, 30 ks", "CZ", 450, 1500, "EUR", qty=30),
                           item("711299", "Dentální slitina stříbra, šrot z ordinací, 40 kg", "CZ", 40, 600, "EUR")])),
        ("WST-10", "transit", "HUROAD01", "road", "GB", ["BE", "DE", "AT", "HU"], "RS", "840734",
         "Used car engines and gearboxes, tested, for spare parts, 120 units", "GB", 18000, 120, 9000, "GBP",
         "tested used engines for resale are drained and capped, with a test sheet per unit; these 120 engines and "
         "gearboxes from Midlands breakers' yards are uncapped, full of sump oil and coolant that pools on the "
         "trailer floor, with cracked blocks among them: oil-contaminated end-of-life vehicle parts (16 01 ..*, "
         "13 02 ..*), hazardous waste moved through the Union in transit to a non-OECD country without the "
         "notification and consent the Waste Shipment Regulation requires, from Dover through Belgium, Germany, "
         "Austria and Hungary to a Novi Sad trader; English wording (undrained engines repeat in a few sets, the "
         "first in the original blind set; a transit from Britain through Hungary to Serbia is the new part)",
         {"importer_country": "RS"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLSEA01", "sea", "CN", [], "PL", "901890",
         "全身冷疗舱 (液氮制冷) / Kriokomora do krioterapii ogólnoustrojowej, zasilana ciekłym azotem, 2 szt.", "CN",
         3800, 2, 96000, "USD",
         "nitrogen-cooled cryotherapy chambers have a liquid-nitrogen inlet, a dewar coupling and no compressor; these "
         "two cabins for a Wrocław sports clinic carry three stacked compressor stages behind the panels, and the "
         "nameplates under an 'LN2' sticker read 'R-404A 18 kg / R-23 6 kg / R-14 3 kg': a cascade charge of about "
         "180 t CO2e, HFC-23 among it, equipment pre-charged with HFCs placed on the Union market without the quota "
         "authorisation and documentation F-gas Regulation 2024/573 requires, by sea from Ningbo to Gdańsk; Chinese "
         "and Polish wording (whole-body cryotherapy chambers were found in no earlier row by a keyword search; "
         "HFC-23 repeats in a few sets)", firm("Horizon Kriomed Sp. z o.o.", "PL")),
        ("OZN-02", "export", "CZROAD01", "road", "CZ", ["PL"], "UA", "731100",
         "Tlakové láhve ocelové, prázdné, vojenský přebytek, 4 l, 60 ks", "CZ", 540, 60, 900, "EUR",
         "empty army-surplus pressure bottles rattle, weigh about 6 kg and read nothing on a gauge; these 60 "
         "olive-drab bottles, stripped from decommissioned T-72 tank fire-suppression systems at a Czech depot, weigh "
         "9 kg each, slosh, and their stencils read '114В2' under the new paint: halon 2402 (about 3 kg a bottle), "
         "whose export from the Union is banned outside licensed critical uses (Regulation 2024/590), and fire-"
         "suppression parts of a tank exported without the military-list licence, by road through Poland to a Lviv "
         "'tank-repair' buyer; Czech wording (halon 2402 and Soviet military bottles repeat in several sets; an "
         "empty army-surplus bottle label from the Czech Republic is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-03", "transit", "PLSEA01", "sea", "CN", ["PL"], "UA", "290342",
         "二氟甲烷 R-32 制冷剂, 9.5 kg 一次性钢瓶, 1,600 瓶 / Czynnik R-32, tranzyt na Ukrainę", "CN", 15200, 1600,
         16000, "USD",
         "R-32 is a mildly flammable HFC sold in cylinders with a left-hand valve and a red band, reading about "
         "14.5 bar at 20 °C; these 1,600 cylinders, landed at Gdańsk and declared for road transit to Ukraine, read "
         "8 bar, have right-hand valves and a gas test gives chlorodifluoromethane: HCFC-22, an ozone-depleting "
         "substance moved through the Union without the licence Regulation 2024/590 requires, for an Odesa "
         "refrigeration wholesaler; Chinese and Polish wording (HCFC-22 repeats in many sets and HFC labels on it in "
         "several; an R-32 label on an ODS in transit through Poland is the new part as far as a search found)",
         {"importer_country": "UA"}),
        ("OZN-04", "import", "CZRAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL"], "CZ", "850239",
         "有机朗肯循环 (ORC) 发电机组, 工质 R1233zd(E), 1 套 / ORC modul pro bioplynovou stanici", "CN", 14000, 1,
         180000, "USD",
         "an ORC module on R-1233zd(E) (an HCFO of GWP about 1) comes with a safety sheet and a low-GWP label; this "
         "one, for a biogas plant near Jihlava, carries 1,200 kg of working fluid that a refrigerant identifier reads "
         "as 1,1,1,3,3-pentafluoropropane, and the plate under the sticker reads 'R245fa': some 1,200 t CO2e of "
         "HFC-245fa in equipment placed on the Union market without the quota authorisation and documentation F-gas "
         "Regulation 2024/573 requires, by rail from Xi'an; Chinese and Czech wording (an ORC unit was found once, "
         "in blind19; an R-1233zd label on an HFC-245fa charge is the new part as far as a search found)",
         firm("Vega Bioplyn s.r.o.", "CZ")),
        ("OZN-05", "import", "HUROAD01", "road", "UA", [], "HU", "841899",
         "Hőszivattyú-alkatrészek: töltőpalackok, 2 db (20 szállítmányból a 7.)", "UA", 23, 2, 90, "EUR",
         "heat-pump spare parts are valves, sensors and controllers; this consignment, the seventh of twenty sent in "
         "three weeks to the same Debrecen installer, holds two 11.3 kg disposable cylinders of R-410A (about "
         "47 t CO2e), each kept small so that none looks like a bulk HFC import: in all some 950 t CO2e of HFCs in "
         "non-refillable containers imported without the quota authorisation and registration F-gas Regulation "
         "2024/573 requires (a split consignment), at Barabás; Hungarian wording (R-410A repeats in many sets and "
         "split consignments in a few; a heat-pump-spares label split over twenty consignments and the Barabás "
         "crossing are the new part)", firm("Delta Hőtechnika Kft.", "HU")),
        ("OZN-06", "export", "CZAIR01", "air", "CZ", [], "NP", "880730",
         "Láhve hasicího systému motorů L-410, repasované, plněné dusíkem, 8 ks", "CZ", 48, 8, 6400, "EUR",
         "refurbished engine fire bottles shipped as spares are charged with nitrogen for storage; these eight "
         "spherical bottles each weigh 2.4 kg more than an empty one, read 42 bar at 20 °C and a sniffer gives "
         "bromotrifluoromethane: halon 1301 (about 19 kg in all), whose export from the Union needs an ODS licence "
         "for a critical use that nobody applied for, flown from Prague for a Kathmandu L-410 operator; Czech wording "
         "(halon 1301 in aircraft bottles repeats in several sets; L-410 spares to Nepal are the new part as far as "
         "a search found)", {"importer_country": "NP"}),
        ("OZN-07", "import", "CZRAIL01", "rail", "VN", ["DE"], "CZ", "271113",
         "Gas mini cho bếp du lịch (butan), lon 220 g, 4.800 lon", "VN", 2200, 4800, 2400, "USD",
         "camping-stove butane cans hold 220 g of a light gas that reads about 2 bar and lights at once; these 4,800 "
         "cans, in a container of groceries for a wholesaler at Prague's SAPA market, weigh twice what butane allows, "
         "do not light at the nozzle, read 9 bar at 20 °C, carry a quarter-inch service thread under the cap and give "
         "chlorodifluoromethane on a gas test: HCFC-22 in small cans for topping up air conditioners, whose import "
         "into the Union is banned, landed at Hamburg and railed to Prague; Vietnamese wording (HCFC-22 repeats in "
         "many sets and lighter-gas and butane labels in a few; camping-gas cans from Viet Nam for SAPA are the new "
         "part)", firm("Delta Asia Potraviny s.r.o.", "CZ")),
        ("OZN-08", "import", "HURAIL01", "rail", "CN", ["KZ", "RU", "BY", "PL", "SK"], "HU", "290311",
         "氯乙烷 (etil-klorid), 工业级, 50 kg 钢瓶, 24 瓶", "CN", 1200, 24, 4800, "USD",
         "ethyl chloride is a light liquid of 0.92 kg/l that boils at 12 °C and burns; these 24 cylinders hold 50 kg "
         "each of a liquid of 1.73 kg/l that does not burn, smells faintly sweet, boils at 4 °C and whose shoulders "
         "are stamped 'CH3Br': methyl bromide, whose import into the Union is banned (no quarantine exemption "
         "remains), by rail for a Szentes greenhouse-vegetable cooperative that wants to fumigate its soil; Chinese "
         "wording with a Hungarian sticker (methyl bromide repeats in many sets and a methyl-chloride label once, in "
         "blind59; an ethyl-chloride label for Hungarian greenhouses is the new part)",
         firm("Tisza Zöldség Kft.", "HU")),
        ("OZN-09", "import", "PLROAD01", "road", "UA", [], "PL", "382000",
         "Розморожувач скла аерозольний 500 мл / Odmrażacz do szyb w aerozolu, 500 ml, 9 600 szt.", "UA", 7000, 9600,
         9600, "EUR",
         "windscreen de-icer aerosols are alcohol and glycol with a propane-butane propellant, flammable and light; "
         "these cans hide a car air-conditioning service valve under the spray cap, do not burn, read 5.7 bar and "
         "hold 500 g of 1,1,1,2-tetrafluoroethane each: some 6,900 t CO2e of HFC-134a in non-refillable cans for "
         "topping up car air conditioning, whose placing on the market the F-gas Regulation bans, imported without "
         "quota, at Zosin for a Chełm car-parts chain; Ukrainian and Polish wording (a de-icer label on an HFC was "
         "found once, blind132, aerosols from Canada; kept as a repeat of that cover, by road from Ukraine to Poland "
         "and the Zosin crossing are the new part)", firm("Central Motoryzacja Sp. z o.o.", "PL")),
        ("OZN-10", "export", "HUROAD01", "road", "HU", [], "RS", "841821",
         "Retró Lehel hűtőszekrények, felújított, működő, 40 db", "HU", 2400, 40, 6000, "EUR",
         "refurbished retro fridges for resale get a new R-600a sealed unit and a flame label; these forty 1970s and "
         "1980s Lehel fridges, restored in a Jászberény workshop for a Belgrade retro-design shop, keep their "
         "original compressors, whose plates read 'Freon 12', with about 120 g of CFC-12 each, and CFC-11-blown "
         "cabinet foam: products containing CFCs, whose export from the Union is banned, at Kelebia; Hungarian "
         "wording (retro fridges on R-12 repeat in several sets, Soviet and American ones; Hungarian Lehel fridges "
         "to Serbia are the new part)", {"importer_country": "RS"}),
    ],
    "cultural": [
        ("CUL-01", "export", "PLAIR01", "express", "PL", [], "US", "490590",
         "Reprodukcje dawnych map, druk, 24 arkusze", "PL", 1.5, 24, 120, "EUR",
         "printed map reproductions are flat, bright, machine-printed sheets on smooth paper; these 24 are "
         "hand-coloured copperplate maps on laid paper with chain lines and plate marks, one edge of each freshly cut "
         "with a blade and a library stamp scraped off the back, cut out of 17th-century Blaeu and Ortelius atlases in "
         "a Polish public library: stolen library property and printed maps over 200 years old that need an export "
         "licence above the threshold (Regulation 116/2009) and a Polish permit, sent by express from Warsaw to a New "
         "York dealer; Polish wording (maps appear in many rows on other goods; atlas maps cut from a library under a "
         "reproduction label were found in no earlier row by a keyword search)", {"importer_country": "US"}),
        ("CUL-02", "import", "PLROAD01", "road", "UA", [], "PL", "970191",
         "Картини 'Козак Мамай', сучасні копії, олія на полотні, 6 шт.", "UA", 18, 6, 300, "EUR",
         "modern Kozak Mamai copies are bright paint on new, machine-woven canvas stapled to fresh stretchers; these "
         "six are dark, cracked oil on coarse hand-woven canvas relined onto old stretchers, with inscriptions in the "
         "old orthography, tacking holes and museum inventory numbers painted out on the backs: 18th-19th-century "
         "Ukrainian folk paintings of the Cossack Mamai, cultural property whose export Ukraine forbids, brought in "
         "against the UNESCO 1970 convention and without the importer statement Regulation 2019/880 requires for "
         "paintings of that age and value, at Krościenko for a Kraków dealer; Ukrainian wording (Ukrainian museum "
         "paintings repeat, Kuindzhi in blind110, and painting-copy labels in many sets; Mamai paintings and the "
         "Krościenko crossing were found in no earlier row)", firm("Galeria Rivage Sp. z o.o.", "PL")),
        ("CUL-03", "export", "PLPOST01", "post", "PL", [], "US", "621139",
         "Ornat liturgiczny, używany, poliester, 1 szt.", "PL", 2.5, 1, 40, "EUR",
         "a used polyester chasuble is light, machine-embroidered and washable; this one is heavy, stiff silk brocade "
         "with silver-gilt thread, hand-embroidered with flowers and an 18th-century coat of arms, its orphrey cut "
         "from a Polish kontusz sash, with a parish inventory label torn from the lining: an 18th-century chasuble "
         "taken from a church in the Lublin region, stolen church property and a historic object whose export needs "
         "a Polish permit, posted from Lublin to a buyer in Chicago; Polish wording (chasubles repeat twice as "
         "theatre costumes, blind38 and dev30-d; a used polyester-vestment label by post is the new part)",
         {"importer_country": "US"}),
        ("CUL-04", "import", "CZAIR01", "air", "KZ", [], "CZ", "741810",
         "Сувенирные ковши 'ожау', мельхиор, новые, 12 шт.", "KZ", 6, 12, 240, "USD",
         "new Kazakh souvenir ladles are light, stamped nickel silver with bright machine enamel; these twelve are "
         "heavy, hand-raised kovshi and cigarette cases of silver-gilt with shaded cloisonné enamel, hallmarked '84' "
         "with a kokoshnik and Moscow workshop marks of about 1900: Russian silver-enamel antiques that Russia does "
         "not let leave without a certificate, relabelled as Kazakh to evade the Union's sanctions on goods from "
         "Russia (Regulation 833/2014), flown from Almaty to Prague for a dealer; Russian wording from Kazakhstan "
         "(cloisonné labels repeat in a few sets on Georgian enamel; Russian silver enamel as Kazakh souvenir ladles "
         "is the new part as far as a search found)", firm("Orion Antik s.r.o.", "CZ")),
        ("CUL-05", "import", "HUROAD01", "road", "UA", [], "HU", "960622",
         "Népviseleti pitykegombok, ezüstözött réz, reprodukció, 40 db és 1 díszveret", "UA", 0.8, 41, 60, "EUR",
         "reproduction pityke buttons are bright, cast, silver-plated brass with a loop; these are thin, worn "
         "silver-gilt sheet mounts with punched palmette ornament, green corrosion and grave soil in the backs, and "
         "with them a palmette-decorated sabretache plate: 10th-century Hungarian Conquest-period grave goods dug by "
         "detectorists in Transcarpathia, archaeological objects whose export Ukraine forbids, brought in without the "
         "import licence Regulation 2019/880 requires, in a private car at Lónya for a collector in Nyíregyháza; "
         "Hungarian wording from Transcarpathia (sabretache plates and pityke labels were found in no earlier row; "
         "Avar belt fittings as reproductions, blind52, are the nearest repeat)", person("Szabó László", "HU")),
        ("CUL-06", "export", "SKPOST01", "post", "SK", [], "GB", "711311",
         "Strieborné prívesky (charms) na náramky, ručná výroba, 12 ks", "SK", 0.3, 12, 180, "EUR",
         "hand-made silver charms are light and bright, with a jump ring and a 925 hallmark; these twelve are heavy, "
         "thick silver coins with a horseman on one face and the legend BIATEC on the other, a fresh hole drilled in "
         "each and soil in the lettering: Celtic Biatec tetradrachms (1st century BC) dug on the Bratislava oppidum "
         "or its hinterland, archaeological objects that need an export licence at any value (Regulation 116/2009), "
         "posted from Bratislava to a London coin dealer; Slovak wording (Celtic coins repeat in several sets, Boii "
         "gold under jewellery labels among them; Biatec tetradrachms as charms were found in no earlier row)",
         {"importer_country": "GB"}),
        ("CUL-07", "export", "PLAIR01", "air", "PL", [], "US", "442019",
         "Rzeźba ludowa 'Chrystus Frasobliwy', lipa, nowa, 1 szt.", "PL", 14, 1, 150, "EUR",
         "new Pensive Christ carvings from Podhale and Kurpie workshops are pale lime wood, sharp-cut and varnished; "
         "this one is worm-eaten and grey-weathered under flaking layers of polychromy, with an iron pin in the base "
         "and moss in the cracks, taken from a wayside shrine near Nowy Targ: a 19th-century folk sculpture, stolen, "
         "whose export needs a Polish permit, flown from Kraków to a Chicago gift shop; Polish wording (folk-saint "
         "carvings as new work repeat in many sets, and a Lithuanian Pensive Christ (rūpintojėlis) to the United States "
         "in blind61, kept as a repeat; a Polish wayside-shrine Frasobliwy flown from Kraków is the new part)",
         {"importer_name": "Wawel Gifts Inc", "importer_country": "US"}),
        ("CUL-08", "export", "CZAIR01", "air", "CZ", [], "JP", "950300",
         "Dřevěné marionety, ručně malované, nové, 40 ks", "CZ", 48, 40, 3200, "EUR",
         "a Czech puppet-and-glass air shipment for a Tokyo gift importer: new marionettes and beaded glass ornaments "
         "are what Japan buys from Czech workshops, but the third item's six 'decorative wooden puppets' are "
         "19th-century travelling-theatre marionettes with carved limewood heads, glass eyes, iron joints and faded "
         "original costumes, with a collection's numbered tags cut from the strings: cultural goods over 100 years "
         "old whose export needs a Czech licence, and stolen, hidden as the last item of a three-item declaration; "
         "Czech wording (marionettes once, as Sicilian pupi in blind89; Czech travelling-theatre marionettes behind "
         "new puppets were found in no earlier row)",
         dict({"importer_country": "JP"},
              _more_items=[item("950510", "Skleněné vánoční ozdoby z korálků, 600 ks", "CZ", 30, 2400, "EUR", qty=600),
                           item("950300", "Loutky dřevěné, dekorativní, 6 ks", "CZ", 9, 180, "EUR", qty=6)])),
        ("CUL-09", "export", "PLSEA01", "sea", "PL", [], "US", "940360",
         "Szafa gdańska, stylizowana reprodukcja, dąb, nowa, 1 szt.", "PL", 320, 1, 2400, "EUR",
         "new reproduction Gdańsk wardrobes are machine-carved, glued up from board and stained; this one is a massive "
         "18th-century Danzig baroque wardrobe of solid oak with walnut veneer, hand-carved cartouches and putti "
         "heads, hand-forged hinges and old worm holes, dismantled in the container: an antique over 250 years old "
         "worth far more than the threshold, which needs an export licence (Regulation 116/2009) and a Polish "
         "permit, by sea from Gdynia to a New Jersey dealer; Polish wording (reproduction-furniture labels repeat, a "
         "Castilian one in blind112; a Danzig wardrobe was found in no earlier row by a keyword search)",
         {"importer_country": "US"}),
        ("CUL-10", "import", "SKROAD01", "road", "UA", [], "SK", "442090",
         "Гуцульські сувеніри: різьблені скриньки та порохівниці, нові, 8 шт.", "UA", 6, 8, 160, "EUR",
         "new Hutsul souvenirs are pale, sharply carved wood with bright bead and brass inlay; these eight are dark, "
         "greasy, hand-worn powder flasks of horn and wood and tobacco boxes with engraved brass, old bead inlay and "
         "collection numbers in ink: 18th-19th-century Hutsul powder flasks and boxes, cultural property whose export "
         "Ukraine forbids, in a van at Vyšné Nemecké for a collector in Košice; Ukrainian wording (Hutsul objects "
         "appear once, as bear claws under a Hutsul-amulet label in blind152; Hutsul powder flasks were found in no "
         "earlier row; the crossing repeats in many sets)", person("Ing. Peter Baláž", "SK")),
    ],
    "strategic": [
        ("STR-01", "export", "CZAIR01", "air", "CZ", [], "TR", "710499",
         "Syntetické kameny YAG, broušené, pro šperkařství, 400 ks", "CZ", 2.2, 400, 3000, "EUR",
         "cut YAG gemstones are faceted, colourless or coloured stones of one to three carats; these 400 are "
         "pale-lilac cylindrical rods 6 mm by 100 mm with polished, anti-reflection-coated flat ends and a doping "
         "sheet giving 1.1 % Nd: neodymium-doped YAG laser rods from a Turnov crystal grower, laser components of "
         "the kind used in military rangefinders and designators and controlled as dual-use (category 6), exported "
         "without a licence, flown from Prague to an Istanbul 'jewellery supplier' that ships on to Russia "
         "(Regulation 833/2014); Czech wording (Nd:YAG rods and a Turnov gem-cutting label were found in no earlier "
         "row by a keyword search)", {"importer_name": "Vega Mücevher Ltd Şti", "importer_country": "TR"}),
        ("STR-02", "export", "CZROAD01", "road", "CZ", ["SK", "HU"], "RS", "340700",
         "Modelovací hmota, bloky 1 kg, oranžová, 40 ks", "CZ", 40, 40, 200, "EUR",
         "modelling clay is oily, smells of wax and goes crumbly in the cold; these forty orange 1 kg blocks are "
         "dense, almost odourless, stay pliable in a cold van, leave no grease on the hands and carry the lot "
         "numbers of a Pardubice explosives maker on the inner foil: Semtex plastic explosive (Common Military List "
         "ML8), exported without the licence and the explosives transfer documents, by road through Slovakia and "
         "Hungary to a Novi Sad 'toy wholesaler'; Czech wording (Semtex and a modelling-clay label were found in no "
         "earlier row by a keyword search)", {"importer_country": "RS"}),
        ("STR-03", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "340290",
         "Tablety do myčky nádobí, 20 g, kartony, 1 200 kg", "CZ", 1200, None, 1800, "EUR",
         "dishwasher tablets are layered, coloured and perfumed and come wrapped in soluble film; these are plain "
         "white pillow-shaped briquettes of about 20 g that smell of bitter almonds when damp, with a Kolín chemical "
         "plant's lot number and 'UN 1689' on the inner liners: sodium cyanide, a chemical-weapons precursor listed "
         "by the Australia Group (dual-use 1C350), exported without the licence it needs, by road to a Yerevan "
         "'mining supplies' firm whose customer is a Russian-owned gold mine; Czech wording (sodium cyanide repeats "
         "in many sets; a dishwasher-tablet label on it was found in no earlier row, dishwasher salt being a "
         "chlorate cover)", {"importer_name": "Ararat Mining Supply LLC", "importer_country": "AM"}),
        ("STR-04", "export", "HUAIR01", "air", "HU", [], "TR", "902710",
         "Hordozható ipari gázérzékelők, 40 db", "HU", 120, 40, 16000, "EUR",
         "portable industrial gas detectors are catalytic or electrochemical units reading LEL, oxygen, CO and H2S; "
         "these forty are olive-drab ion-mobility units with an NBC alarm, a library of nerve- and blister-agent "
         "signatures in the menu and a fitting for a gas-mask canister: chemical-warfare-agent detectors specially "
         "designed for military use (Common Military List ML7), exported without a licence, flown from Budapest to "
         "an Istanbul trader for a Russian end user (Regulation 833/2014); Hungarian wording (military agent "
         "detectors were found in no earlier row; gas-detector labels appear in a few rows on other goods)",
         {"importer_name": "Delta Endüstriyel Ltd Şti", "importer_country": "TR"}),
        ("STR-05", "export", "HUROAD01", "road", "HU", [], "RS", "691110",
         "Porcelán étkészlet, szállodai, fehér, 12 személyes, 24 készlet", "HU", 960, 24, 4800, "EUR",
         "hotel porcelain is plain, heavy, white vitrified ware at a few euros a piece; these 24 sets are hand-painted "
         "Herend services in the Victoria and Rothschild patterns with the blue Herend mark, each piece worth well over "
         "300 EUR, bought for a Moscow buyer through a Belgrade hotel supplier who flies them on: luxury goods whose "
         "sale for use in Russia Regulation 833/2014 bans, undervalued a hundredfold, at Röszke; Hungarian wording "
         "(Herend porcelain was found in no earlier row; luxury goods for Russia through Serbia appear in a few sets "
         "with other goods)", {"importer_name": "Vega Hotel Oprema d.o.o.", "importer_country": "RS"}),
        ("STR-06", "export", "CZROAD01", "road", "CZ", ["SK", "HU", "RO", "BG", "TR", "GE"], "AM", "870423",
         "Použité sklápěče Tatra 6x6, pro lom, 4 ks", "CZ", 64000, 4, 180000, "EUR",
         "used quarry tippers are worn trucks with a mileage and a service book; these four are nearly new 6x6 "
         "chassis with central tyre inflation, military towing hitches and blackout-light wiring fitted at the works, "
         "and their papers name a Russian logistics buyer behind the Yerevan quarry: heavy goods vehicles whose sale "
         "for use in Russia Regulation 833/2014 bans, driven through Slovakia, Hungary, Romania, Bulgaria, Türkiye "
         "and Georgia; Czech wording (Tatra appears only on trams, blind55 and blind58; Tatra trucks to Armenia are "
         "the new part)", {"importer_name": "Ararat Quarry CJSC", "importer_country": "AM"}),
        ("STR-07", "export", "PLROAD01", "road", "PL", [], "BY", "711719",
         "Biżuteria sztuczna, mix, 240 szt.", "PL", 3, 240, 1200, "EUR",
         "costume jewellery is base metal and glass sold by the kilo; these 240 pieces are hallmarked 925 silver set "
         "with large pieces of Baltic amber, with Gdańsk makers' marks and boxes, many of them priced over 300 EUR: "
         "luxury jewellery whose sale to Belarus Regulation 765/2006 bans, at Kukuryki for a Minsk boutique; Polish "
         "wording (amber jewellery was found once, as a cover for archaeological finds (blind135); Baltic amber as luxury "
         "goods for Belarus is the new part)",
         {"importer_country": "BY"}),
        ("STR-08", "export", "SKROAD01", "road", "SK", ["HU"], "RS", "210690",
         "Kofola sirup, 1 l, 2 400 fliaš", "SK", 3000, 2400, 3600, "EUR",
         "a Slovak food lorry for a Novi Sad distributor: Kofola syrup and Horalky wafers are what Slovak firms sell "
         "in Serbia, but the third item's 'vibration sensors for washing machines' are 2,000 sealed MEMS inertial "
         "measurement units with three-axis gyros and accelerometers, calibration sheets and autopilot connectors, "
         "worth fifty times the declared price: common high-priority items (Regulation 833/2014, Annex XL) for "
         "Russia through Serbia, hidden as the last item of a three-item declaration; Slovak wording (IMUs repeat in "
         "many sets; behind Kofola and Horalky is the new part)",
         dict({"importer_name": "Central Distribucija d.o.o.", "importer_country": "RS"},
              _more_items=[item("190532", "Horalky, oblátky s arašidovou náplňou, 1 200 kartónov", "SK", 6000, 12000,
                                "EUR", qty=1200),
                           item("903180", "Senzory vibrácií pre práčky, 2 000 ks", "SK", 40, 2000, "EUR", qty=2000)])),
        ("STR-09", "import", "SKROAD01", "road", "UA", [], "SK", "846799",
         "Запчастини до бензопил (ланцюги, шини, зірочки), 40 коробок", "UA", 480, None, 1600, "EUR",
         "chainsaw spare parts are chains, bars and sprockets; in four of these cartons, greased and wrapped in oil "
         "paper, are 60 AK-74 bolt carriers and bolts, trunnions and barrels with arsenal marks: essential "
         "components of military firearms (Common Military List ML1, Directive 2021/555) from war stocks, brought in "
         "without the import licence and arms permits Slovak law requires, at Ubľa for a trader in Snina; Ukrainian "
         "wording (Kalashnikov parts repeat in two earlier rows; under a chainsaw-parts label at Ubľa is the new "
         "part)", firm("Orion Lesná Technika s.r.o.", "SK")),
        ("STR-10", "transit", "PLSEA01", "sea", "CN", ["PL"], "BY", "854470",
         "光纤跳线 (fibre-optic patch cords), 20 箱 / Patchcordy światłowodowe, tranzyt", "CN", 240, 4000, 6000, "USD",
         "patch cords are short fibre cables with a connector at each end; these 20 cartons, landed at Gdańsk and "
         "declared for road transit to Brest, hold 400 tightly wound polarisation-maintaining fibre coils potted on "
         "aluminium spools, with pigtails and a test sheet giving bias stability: fibre-optic gyroscope sensing coils "
         "(dual-use, category 7) for a Belarusian drone maker, whose supply to Belarus Regulation 765/2006 prohibits "
         "whether or not they originate in the Union, at Terespol; Chinese and Polish wording (gyroscope components "
         "repeat in many sets and a patch-cord label once, blind91, optical spools to Türkiye; a transit through "
         "Poland to Belarus is the new part)", {"importer_country": "BY"}),
    ],
    "wildlife": [
        ("WLF-01", "export", "SKPOST01", "post", "SK", [], "GB", "060110",
         "Konvalinka voňavá, sadbové klíčky (pips), 50 ks", "SK", 1.2, 50, 40, "EUR",
         "lily-of-the-valley pips are single pointed crowns with a tuft of thin fibrous roots; these fifty are creeping "
         "rhizomes with several fat, pointed buds and thick, hairy, fleshy roots, with dry stems of pouched yellow "
         "flowers in the box, dug in the Slovak Paradise: wild lady's-slipper orchids (Cypripedium calceolus, CITES "
         "App. II, and strictly protected in Slovakia), posted from Spišská Nová Ves to a private grower in Kent "
         "without CITES export documents; Slovak wording (Cypripedium repeats in several sets under hosta, Bletilla "
         "and Solomon's-seal labels; a lily-of-the-valley label is the new part)",
         {"consignee_name": "Mr D. Hughes", "importer_country": "GB"}),
        ("WLF-02", "import", "CZAIR01", "air", "NA", ["DE"], "CZ", "050790",
         "Koedoe-trofee, skedel en horings, 2 stelle / kudu trophies, skull and horns, 2 sets", "NA", 30, 2, 800, "NAD",
         "a hunting-trophy air shipment for a Czech hunter from a Namibian taxidermist: kudu horns and springbok skins "
         "need no CITES documents, but the third item's two 'buffalo horn bosses' are solid, fibrous, conical horns "
         "with no bony core, a flat, rough base and hairline cracks along the grain: rhinoceros horns (CITES App. I, "
         "or App. II for some white-rhino trophies only with export permits; EU Annex A) without any CITES document, "
         "from the kind of pseudo-hunt that Czech and Vietnamese networks arranged, hidden as the last item of a "
         "three-item declaration, flown from Windhoek through Frankfurt to Prague; Afrikaans and English wording "
         "(rhino horn repeats in many sets and buffalo-horn labels on it in several, blind13 among them, kept as a "
         "repeat; kudu trophies appear twice; buffalo bosses hidden in a Czech hunter's trophy shipment from Namibia "
         "are the new part)",
         dict(person("Ing. Jiří Novotný", "CZ"),
              _more_items=[item("430219", "Springbokvelle, gelooi / springbok skins, tanned, 6", "NA", 12, 600, "NAD", qty=6),
                           item("050790", "Buffelhoring-baasplate, trofee / buffalo horn bosses, trophy, 2", "NA", 8, 300,
                                "NAD", qty=2)])),
        ("WLF-03", "export", "HUAIR01", "air", "HU", [], "CN", "050790",
         "Rackajuh-szarv, nyers, kézművesipari alapanyag, 40 kg", "HU", 40, None, 2000, "EUR",
         "Racka sheep horns are dark, spirally twisted, ridged horns on a bony core; these 40 kg are pale, translucent, "
         "amber horns of 25-30 cm, ringed on their lower halves, lyre-curved and solid at the tips: saiga antelope "
         "horns (Saiga tatarica, CITES App. II, zero quota for wild specimens) brought into Hungary overland and "
         "exported without a CITES permit, flown from Budapest to Shanghai for a medicine wholesaler; Hungarian "
         "wording (saiga horn repeats in many sets under goat-horn and antler labels; a Racka-horn label was found in "
         "no earlier row)", {"importer_country": "CN"}),
        ("WLF-04", "export", "PLROAD01", "road", "PL", ["DE", "BE", "FR"], "GB", "010639",
         "Jastrzębie Harrisa (Parabuteo unicinctus), z hodowli, 6 szt.", "PL", 6, 6, 3600, "EUR",
         "captive-bred Harris's hawks are chocolate-brown with chestnut shoulders and a white tail base, and wear closed "
         "rings put on as chicks; these six are grey-brown, heavily streaked young goshawks with long barred tails and "
         "yellow eyes, wearing split rings forced shut: wild Northern goshawks (Accipiter gentilis, CITES App. II, EU "
         "Annex A) taken from nests in the Bieszczady, exported without CITES permits (and protected birds in "
         "Poland), in a van to a falconer in Yorkshire; Polish wording (Harris's hawks and goshawks were found in no "
         "earlier row by a keyword search; falcons appear in several)",
         {"consignee_name": "Mr R. Atkinson", "importer_country": "GB"}),
        ("WLF-05", "import", "CZPOST01", "post", "BR", [], "CZ", "060290",
         "Mudas de Mammillaria, enraizadas, de viveiro, 20 unidades", "BR", 1.5, 20, 40, "USD",
         "nursery Mammillaria seedlings are small, soft, evenly grown in peat with many fine spines; these twenty are "
         "hard, grey-green, heavily spined globes with a woolly cephalium on top, field soil and torn roots, dug near "
         "Vitória da Conquista: Melocactus conoideus (CITES App. I), posted from Bahia to a private cactus collector "
         "near Brno without CITES permits; Brazilian Portuguese wording (wild cacti repeat in many sets, Discocactus, "
         "Uebelmannia and Copiapoa among them, and a Mammillaria-seedling label once, on Turbinicarpus (blind52); "
         "Melocactus from Brazil to a Czech collector was found in no earlier row)",
         person("Ing. Karel Svoboda", "CZ")),
        ("WLF-06", "export", "CZPOST01", "post", "CZ", [], "VN", "350300",
         "Klih kostní, technický, pro truhláře, 4 x 0,5 kg", "CZ", 2, 4, 60, "EUR",
         "technical bone glue is amber pearls or sheets that smell of animal glue and swell in cold water; these four "
         "are dark, glossy, rectangular cakes stamped with a tiger's head that smell medicinal and dissolve only when "
         "cooked: tiger-bone glue (cao hổ cốt) boiled down in a Czech kitchen from tigers of a Czech breeder "
         "(Panthera tigris, CITES App. I, EU Annex A), posted from Prague to Hanoi without CITES documents; Czech "
         "wording (tiger-bone glue repeats in a few sets under medicine labels such as deer-antler and horse-bone "
         "glue; a carpenter's bone-glue label from the Czech Republic to Viet Nam is the new part)",
         {"consignee_name": "Nguyễn Văn Hùng", "importer_country": "VN"}),
        ("WLF-07", "import", "HUROAD01", "road", "UA", [], "HU", "121190",
         "Cickafarkfű (Herba millefolii), szárított, bálázott, 800 kg", "UA", 800, None, 2400, "EUR",
         "dried yarrow is grey-green and feathery, with flat white flower umbels that smell of camphor; these bales "
         "hold bright-green, needle-fine leaves on stout stems with large, glossy, many-petalled yellow flowers, bitter "
         "and odourless: spring pheasant's eye (Adonis vernalis, CITES App. II), gathered wild on the Ukrainian steppe "
         "for its heart glycosides, without CITES export and import permits, at Záhony for a Budapest herbal "
         "supplier; Hungarian wording (Adonis repeats in two earlier rows, under chamomile and St John's-wort labels, "
         "kept as a repeat; a yarrow label from Ukraine to Hungary is the new part)",
         firm("Alföld Gyógynövény Kft.", "HU")),
        ("WLF-08", "import", "CZPOST01", "post", "UA", [], "CZ", "071239",
         "Білі гриби сушені, 2 кг", "UA", 2, 1, 1800, "UAH",
         "dried porcini are pale, spongy slices that smell strongly of mushroom; these are fourteen dark, shrivelled, "
         "pear-shaped sacs with a hard, resinous content that tastes intensely bitter: brown-bear gall bladders "
         "(Ursus arctos, CITES App. II, EU Annex A) from Carpathian bears, posted from Rakhiv to a private buyer in "
         "Prague's Vietnamese community without CITES documents; Ukrainian wording (bear gall bladders repeat in "
         "several sets under pear, chaga and fig labels; a porcini label is the new part)",
         person("Trần Thị Lan", "CZ")),
        ("WLF-09", "export", "CZROAD01", "road", "CZ", ["DE"], "CH", "060110",
         "Brambořík perský (Cyclamen persicum), hlízy, kultivary, 2 000 ks", "CZ", 120, 2000, 1400, "EUR",
         "cultivated Cyclamen persicum tubers are large, smooth and round and root only from the underside; these "
         "2,000 are small, rough, corky tubers rooting all over, with marbled kidney-shaped leaves and violet-scented "
         "bud stumps, and forest leaf litter in the crates: wild-dug Cyclamen purpurascens (CITES App. II; only "
         "artificially propagated C. persicum cultivars are exempt), dug in karst woods of southern Slovakia and "
         "sold on through a Czech nursery to a Swiss garden centre without CITES export permits; Czech wording "
         "(cyclamen repeats in a few sets under bulb and anemone labels, and a C. persicum-cultivar label once, on "
         "Caucasian cyclamen to Romania (blind53), kept as a repeat; Slovak C. purpurascens through a Czech nursery "
         "to Switzerland is the new part)", {"importer_name": "Alpina Gartencenter AG", "importer_country": "CH"}),
        ("WLF-10", "import", "HUROAD01", "road", "RS", [], "HU", "160432",
         "Pontyikra, sózott, 250 g-os üveg, 80 üveg", "RS", 20, 80, 480, "EUR",
         "salted carp roe is tiny, pale-orange eggs in a soft paste at a few euros a jar; these 80 jars hold large, "
         "separate, grey-black eggs of 2.5-3 mm that roll apart, with a clean, briny taste: wild Danube sturgeon "
         "caviar (Acipenseriformes, CITES App. II, under a fishing ban in Serbia) without CITES documents or the "
         "CITES caviar label, in a private car at Kelebia for a Szeged restaurateur; Hungarian wording from "
         "Vojvodina (caviar repeats in many sets under pike-, trout- and salmon-roe labels, kept as a repeat; a "
         "carp-roe label is the new part)", person("Nagy Péter", "HU")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SKPOST01", "post", "UA", "SK", "282990",
     "Potassium perchlorate 99 %, 1 kg, for a licensed private user (amateur pyrotechnics)", "UA", 1, 1, 30, "EUR",
     [("PRECURSOR_LICENCE", "SK-MVSR-52-0061")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "UA", "PL", "290420",
     "Nitromethane 99 %, 5 l can, for a licensed private user (model-engine racing)", "UA", 5.7, 1, 90, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWiA-52-0147")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "PLSEA01", "sea", "NO", "PL", "870323",
     "End-of-life vehicles, not depolluted (16 01 04*), 12 units, for a licensed dismantling facility", "NO", 16000, 12,
     6000, "EUR", [("BASEL_CONSENT", "PL-GIOS-52-0233")], "notified end-of-life vehicles to a licensed dismantler"),
    ("PRM-04", "waste", "import", "PLROAD01", "road", "UA", "PL", "854999",
     "PCB-containing power capacitors (16 02 09*), 14 t, for destruction at a licensed high-temperature incinerator",
     "UA", 14000, None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-52-0089")], "notified PCB waste to a licensed incinerator"),
    ("PRM-05", "ozone", "export", "CZAIR01", "air", "CZ", "NP", "290376",
     "Halon 1301, recovered and reclaimed, 19 kg in L-410 engine fire bottles, for a critical use in aviation", "CZ",
     48, 8, 6400, "EUR", [("ODS_LICENCE", "CZ-MZP-ODS-52-003")], "reclaimed halon exported for a licensed critical use"),
    ("PRM-06", "ozone", "import", "CZRAIL01", "rail", "CN", "CZ", "290347",
     "HFC-245fa, ORC working fluid, 1,200 kg in returnable drums, within the importer's quota", "CN", 1200, 6, 14400,
     "USD", [("FGAS_QUOTA", "CZ-FGAS-52-0114")], "HFC imported within quota by an authorised importer"),
    ("PRM-07", "cultural", "export", "PLAIR01", "air", "PL", "US", "970610",
     "Willem Blaeu, map of Poland and Silesia, hand-coloured copperplate, Amsterdam 1645, private collection", "PL", 0.5,
     1, 18000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PL-MKiDN-EXP-52-0218")],
     "antique map exported with the EU export licence and the Polish permit"),
    ("PRM-08", "cultural", "export", "CZAIR01", "air", "CZ", "JP", "970690",
     "Travelling-theatre marionettes, limewood, 1880s, six figures, private collection", "CZ", 9, 6, 24000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "CZ-MK-EXP-52-0077")], "marionettes exported with the Czech export licence"),
    ("PRM-09", "strategic", "export", "CZAIR01", "air", "CZ", "TR", "901390",
     "Nd:YAG laser rods 6 x 100 mm, 40 pcs, for a Turkish medical-laser maker", "CZ", 0.4, 40, 12000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-52-0331"), ("END_USER_CERTIFICATE", "TR-TIC-EUC-52-0140")],
     "dual-use laser rods under licence to a named end user"),
    ("PRM-10", "strategic", "export", "CZROAD01", "road", "CZ", "AM", "283711",
     "Sodium cyanide briquettes 98 %, 20 t, for a gold-processing plant", "CZ", 20000, None, 52000, "EUR",
     [("EXPORT_LICENCE", "CZ-LU-52-0409"), ("END_USER_CERTIFICATE", "AM-MTAI-EUC-52-0022")],
     "Australia Group chemical under licence to a named end user"),
    ("PRM-11", "wildlife", "export", "SKPOST01", "post", "SK", "GB", "060290",
     "Cypripedium calceolus, artificially propagated, flowering-size plants, 10", "SK", 1.5, 10, 250, "EUR",
     [("CITES_PERMIT", "SK-MZP-CITES-52-0045")], "artificially propagated App. II orchids with their export permit"),
    ("PRM-12", "wildlife", "export", "PLROAD01", "road", "PL", "GB", "010639",
     "Harris's hawks (Parabuteo unicinctus), captive-bred, closed-ringed, 2 birds", "PL", 2, 2, 1800, "EUR",
     [("CITES_PERMIT", "PL-GDOS-CITES-52-0391")], "captive-bred App. II hawks with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Ing. Marek Varga", "PRM-02": "Piotr Nowak", "PRM-05": "Central Aero Services Pvt Ltd",
    "PRM-06": "Vega Bioplyn s.r.o.", "PRM-11": "Mr D. Hughes", "PRM-12": "Mr R. Atkinson",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (47 rows): most the lawful twins of this set's disguises
    ("283311", "Karlovy Vary-type laxative spring salt, 500 g", "import", ["post"], ["UA", "RS"], (8, 15), (1, 3), ["EUR"], 2, S),
    ("340119", "Household laundry soap 72 %, 200 g bars", "import", ["road"], ["UA", "TR"], (1.2, 2.2), (4000, 12000), ["EUR"], 5, S),
    ("210690", "Acacia-flower syrup, 500 ml bottles", "import", ["road"], ["RS", "UA"], (3, 6), (1500, 5000), ["EUR"], 1.5, S),
    ("271012", "Extraction benzine (spot-remover naphtha), 1 l bottles", "import", ["road"], ["UA", "TR"], (1.5, 3), (3000, 9000), ["EUR"], 1.4, S),
    ("741810", "Hand-hammered copper jam kettles, 20 l", "import", ["road"], ["RS", "TR"], (15, 30), (300, 1500), ["EUR"], 0.2, S),
    ("190219", "Tarhonya, egg-free durum pasta grains, 5 kg sacks", "import", ["road"], ["RS"], (0.9, 1.6), (8000, 20000), ["EUR"], 0.2, S),
    ("170230", "Dextrose (grape-sugar) powder, 500 g bags", "import", ["sea"], ["CN", "IN"], (0.8, 1.4), (10000, 20000), ["USD"], 2, S),
    ("200899", "Ground poppy-seed baking filling, 400 g", "import", ["post"], ["UA"], (6, 12), (1, 3), ["EUR", "UAH"], 2.5, S),
    ("761610", "Aluminium blind rivets, boxed", "import", ["sea"], ["CN", "TW"], (6, 10), (2000, 8000), ["USD"], None, S),
    ("151519", "Cold-pressed linseed oil, 500 ml", "import", ["post"], ["UA"], (8, 14), (1, 4), ["EUR", "UAH"], 2, S),
    ("284610", "Cerium oxide polishing powder, new, for optics", "export", ["sea"], ["IN", "CN"], (6, 10), (2000, 8000), ["EUR"], None, S),
    ("391690", "Recycled-plastic vineyard posts, 2.2 m", "export", ["road"], ["UA", "RS"], (0.9, 1.5), (8000, 20000), ["EUR"], 0.2, S),
    ("870323", "Used passenger cars, roadworthy, with a Norwegian inspection report", "import", ["sea"], ["NO"], (6, 12), (8000, 16000), ["NOK", "EUR"], 0.0007, S),
    ("761300", "Aluminium soda-siphon CO2 cylinders, new, empty", "export", ["sea"], ["BO", "PE"], (8, 14), (1000, 4000), ["EUR"], 1, S),
    ("330499", "Cosmetic peat-mud (borowina) masks, 1 kg tubs", "export", ["road"], ["UA", "MD"], (3, 6), (2000, 6000), ["EUR"], 1, S),
    ("271019", "Heavy fuel oil, low-sulphur, rail tank wagons", "export", ["rail"], ["RS", "BA"], (0.4, 0.6), (40000, 60000), ["EUR"], None, S),
    ("283322", "Aluminium sulphate for water treatment, big bags", "export", ["rail"], ["BA", "RS"], (0.2, 0.35), (20000, 40000), ["EUR"], None, S),
    ("390110", "Virgin LDPE film-grade granules", "import", ["sea"], ["GB", "NO"], (1.1, 1.5), (18000, 24000), ["GBP", "EUR"], None, S),
    ("940290", "Refurbished electric hospital beds", "export", ["road"], ["UA", "MD"], (2, 4), (2000, 6000), ["EUR"], 0.008, S),
    ("840734", "Remanufactured petrol engines, drained and capped", "export", ["road"], ["RS", "UA"], (4, 8), (2000, 8000), ["EUR"], 0.007, S),
    ("901890", "Whole-body cryotherapy chambers, liquid-nitrogen cooled", "import", ["sea"], ["CN"], (20, 35), (1500, 4000), ["USD"], 0.0005, S),
    ("850239", "ORC turbogenerator modules, shipped dry without working fluid", "import", ["rail"], ["CN"], (10, 16), (8000, 16000), ["USD"], 0.0001, S),
    ("880730", "Overhauled wheel and brake assemblies for L-410 aircraft", "export", ["air"], ["NP", "KE"], (80, 150), (100, 500), ["EUR"], 0.05, S),
    ("190590", "Rice paper (bánh tráng), 22 cm", "import", ["sea"], ["VN", "TH"], (1.5, 2.5), (4000, 10000), ["USD"], 3, S),
    ("382000", "Windscreen de-icer aerosol, alcohol-based, 500 ml", "import", ["road"], ["UA", "TR"], (1.5, 3), (3000, 9000), ["EUR"], 1.4, S),
    ("841821", "Retro-design fridges, R-600a, new", "export", ["road"], ["RS", "BA"], (4, 7), (2000, 6000), ["EUR"], 0.02, S),
    ("490590", "Reproductions of old maps, printed", "export", ["express"], ["US", "CA"], (30, 60), (1, 3), ["EUR"], 10, S),
    ("970191", "Kozak Mamai folk paintings, new, acrylic on canvas", "import", ["road"], ["UA"], (20, 40), (100, 400), ["EUR"], 0.3, S),
    ("621139", "Liturgical vestments, polyester, new", "export", ["post"], ["US", "GB"], (25, 50), (1, 3), ["EUR", "USD"], 1, S),
    ("741810", "Nickel-silver souvenir ladles, new", "import", ["air"], ["KZ", "UZ"], (10, 20), (100, 400), ["USD"], 2, S),
    ("960622", "Reproduction folk-costume buttons (pityke), silver-plated", "import", ["post"], ["UA", "RS"], (40, 80), (1, 2), ["EUR"], 40, S),
    ("711311", "Silver charms for bracelets, 925, new", "export", ["post"], ["GB", "US"], (400, 700), (1, 2), ["EUR"], 40, S),
    ("442019", "Lime-wood folk carvings, new (Pensive Christ figures)", "export", ["air"], ["US", "CA"], (15, 30), (50, 300), ["EUR"], 0.1, S),
    ("950300", "Wooden marionettes, hand-painted, new", "export", ["air"], ["JP", "US"], (40, 80), (50, 300), ["EUR"], 0.8, S),
    ("940360", "Reproduction Gdańsk-style oak wardrobes, new", "export", ["sea"], ["US", "CA"], (6, 10), (2000, 6000), ["EUR"], 0.003, S),
    ("442090", "Hutsul-style carved wooden boxes, new", "import", ["road"], ["UA"], (15, 30), (100, 500), ["EUR"], 1, S),
    ("710499", "Synthetic YAG and cubic-zirconia gemstones, cut", "export", ["air"], ["TR", "TH"], (500, 1000), (10, 60), ["EUR"], 1000, S),
    ("340700", "Modelling clay (plasticine), 1 kg blocks", "export", ["road"], ["RS", "BA"], (2, 4), (2000, 6000), ["EUR"], 1, S),
    ("340290", "Dishwasher tablets, retail boxes", "export", ["road"], ["AM", "GE"], (2, 4), (8000, 16000), ["EUR"], 50, S),
    ("691110", "Porcelain hotel tableware, white", "export", ["road"], ["RS", "MK"], (3, 6), (3000, 9000), ["EUR"], 2, S),
    ("902710", "Portable industrial gas detectors (LEL, O2, CO, H2S)", "export", ["air"], ["TR", "AE"], (200, 400), (50, 300), ["EUR"], 2, S),
    ("711311", "Baltic amber and silver jewellery", "export", ["air"], ["UA", "US"], (800, 1500), (20, 80), ["EUR"], 20, S),
    ("846799", "Chainsaw spare parts (chains, bars, sprockets)", "import", ["road"], ["UA", "TR"], (8, 14), (1000, 4000), ["EUR"], None, S),
    ("854470", "Fibre-optic patch cords, LC and SC", "import", ["sea"], ["CN"], (20, 40), (500, 2000), ["USD"], 8, S),
    ("960190", "Worked horn knife handles and combs", "export", ["air"], ["CN", "JP"], (30, 60), (50, 200), ["EUR"], 20, S),
    ("071239", "Dried cultivated shiitake slices", "import", ["post"], ["CN", "KR"], (40, 70), (1, 3), ["USD"], None, S),
    ("121190", "Dried yarrow herb, cut, for herbal tea", "import", ["road"], ["UA", "RS"], (2.5, 4.5), (1000, 5000), ["EUR"], None, S),
]
# Everyday trade: as in blind112 and blind152, blind80's everyday rows (blind72's, with blind80's own rows), less the
# shared table's two steel rows, with four new rows instead of blind152's four.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("420292", "Bicycle panniers, waterproof polyester", "import", ["sea"], ["CN", "TW"], (8, 14), (2000, 6000), ["USD"], 1, N),
        ("450490", "Cork yoga blocks", "import", ["sea"], ["CN"], (4, 7), (1000, 4000), ["USD"], 2, N),
        ("551130", "Acrylic knitting yarn, retail balls", "import", ["post", "express"], ["TR", "GB"], (15, 30), (1, 3), ["EUR", "GBP"], 10, N),
        ("442110", "Wooden coat hangers", "import", ["sea"], ["CN", "VN"], (2, 4), (3000, 8000), ["USD"], 5, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind158", 20520701, HERE)


if __name__ == "__main__":
    main()
