#!/usr/bin/env python3
"""Writes the two-hundred-and-fourteenth blind set (tests/risk/data/blind214-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 November - 26 December 2061, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: tourism, cruises and travellers
(tour operators, cruise lines and their provisioning, ship chandlers, hotels and resorts,
travellers' unaccompanied and excess baggage, souvenir and craft shops, duty-free, and
hunting, diving, fishing and ski tourism).
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
would. Ids are BL214-*:

    python3 tests/risk/data/make_blind214_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2061, 11, 1)
base.DAYS = 56  # 1 November to 26 December 2061
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATPOST01", "post", "KR", [], "AT", "220190",
         "제주 용암해수 미네랄워터, 기념품, 1 L x 4병", "KR", 4.9, 4, 32000, "KRW",
         "Jeju lava-seawater mineral water is a still, faintly salty drinking water of 1.00 kg/l sold to tourists in "
         "blue PET bottles; these four bottles have vented caps, weigh 1.13 kg/l, taste of nothing but sting the "
         "tongue, whiten the skin and fizz on a cut: about 35 % hydrogen peroxide (Annex I above 12 %), posted by a "
         "Jeju souvenir shop to a private person in Graz; Korean wording (hydrogen peroxide repeats in many sets and "
         "bottled-water covers in several; a Jeju lava-seawater label was found in no earlier row by a keyword "
         "search, the one Jeju row being camellia hair oil)", person("Frau S. Huber", "AT")),
        ("PRE-02", "import", "NLAIR01", "express", "JP", [], "NL", "220890",
         "琉球泡盛 古酒 43度、甕入り 1.8L x 3 (沖縄土産)", "JP", 9.9, 3, 27000, "JPY",
         "Okinawan kusu awamori is a clear rice spirit of 0.94 kg/l sold to tourists in glazed stoneware jars; these "
         "three jars hold 1.84 kg/l of an oily, odourless, faintly brown liquid that chars a paper stopper, grows hot "
         "with a drop of water and has eaten the jar's cork seal: about 96 % sulphuric acid (Annex I above 15 %) in "
         "opaque souvenir jars, sent by express from Naha to a private person in Haarlem, although corrosive liquids "
         "fly by express only as declared dangerous goods; Japanese wording (sulphuric acid repeats in many sets and "
         "spirit covers in several; an awamori jar was found in no earlier row by a keyword search)",
         person("M. Bakker", "NL")),
        ("PRE-03", "import", "FRPOST01", "post", "CH", [], "FR", "220890",
         "Zuger Kirschwasser, Souvenir vo dr Rigi, 3 Fläsche à 0,7 l", "CH", 3.2, 3, 95, "CHF",
         "Zug kirsch is a clear cherry spirit of 0.95 kg/l that smells of bitter almond; these three souvenir "
         "bottles weigh 1.40 kg/l, give off brown fumes when the cap is cracked, stain the fingers yellow and eat a "
         "copper coin: about 65 % nitric acid (Annex I above 3 %), posted from a Rigi souvenir kiosk's address to a "
         "private person in Annecy; Swiss German wording (nitric acid repeats in many sets and spirit covers in "
         "several; a Zug kirsch label appeared once, in a Swiss gift parcel of blind155, kept as a repeat of the "
         "label; nitric acid as a mountain-excursion souvenir is the new part)", person("M. T. Dubois", "FR")),
        ("PRE-04", "export", "ESSEA01", "sea", "ES", [], "MA", "310260",
         "Fertilizante para greens de golf, nitrato cálcico 15,5 % N, sacos 25 kg, 22 t", "ES", 22000, 880, 7900,
         "EUR",
         "calcium nitrate for golf greens is a greyish, damp-feeling granule of 15.5 % N that dissolves slowly and "
         "smells of nothing; these 880 sacks hold white, dry, free-flowing 2 mm prills that test at 34 % N, turn "
         "ice-cold in water and melt and fume on a hot plate, consigned from Algeciras to a newly formed 'golf "
         "resort maintenance' company in Marrakech: porous ammonium nitrate, whose import Morocco allows only "
         "under an authorisation, under a calcium-nitrate code; Spanish wording (ammonium nitrate repeats in many "
         "sets and fertiliser covers in many; a golf-green fertiliser for a resort was found in no earlier row by a "
         "keyword search)", {"importer_name": "Atlas Greens Services SARL", "importer_country": "MA"}),
        ("PRE-05", "import", "DEPOST01", "post", "IS", [], "DE", "250590",
         "Svartur sandur frá Reynisfjöru, minjagripur, 4 glerkrukkur 500 g", "IS", 2.2, 4, 9600, "ISK",
         "black sand from Reynisfjara is coarse, heavy, glassy basalt grit that settles at once and does not burn; "
         "these four jars hold a fine, silver-grey, flour-soft powder that clings to the glass, glitters with metal "
         "flakes and flashes white on a match: a flash composition of potassium perchlorate and aluminium powder, "
         "an explosive mixture posted without any classification to a private person in Kassel; Icelandic wording "
         "(flash powder repeats in several sets and Icelandic labels in a few, flake salt among them; a black-sand "
         "souvenir was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("PRE-06", "import", "ESSEA01", "sea", "CN", [], "ES", "250100",
         "洗碗机专用软水盐 (再生盐), 酒店用, 25 公斤袋, 800 袋", "CN", 20000, 800, 5200, "USD",
         "dishwasher regenerating salt is coarse, pure sodium chloride pellets that taste of salt and stay put on a "
         "hot plate; these 800 sacks hold clear, salt-free-tasting crystals that draw damp, crackle and flare "
         "yellow with sugar, with CAS 7775-09-9 on the inner liners, for a Palma de Mallorca hotel-supply "
         "cash-and-carry that also sells to the public: sodium chlorate (Annex I above 40 %) for members of the "
         "public, by sea from Qingdao; Chinese wording (sodium chlorate repeats in many sets under salt labels, and "
         "a Chinese dishwasher-salt label once, in retail bags, in blind100: kept as a repeat; sacks for a resort "
         "hotel-supply cash-and-carry are the new part)",
         firm("Baleares Hostelería Suministros SL", "ES")),
        ("PRE-07", "import", "DEPOST01", "post", "BO", [], "DE", "250100",
         "Sal del Salar de Uyuni, artesanal, recuerdo de viaje, 4 bolsas de 1 kg", "BO", 4, 4, 210, "BOB",
         "Uyuni salt is greyish, slightly gritty rock salt that tastes of salt and keeps in a cloth bag; these four "
         "bags hold glassy, deliquescent white crystals that taste cool and bitter, have wetted their bags and burn "
         "fiercely with sugar: sodium perchlorate (Annex I above 40 %), posted from a Uyuni tour operator's shop to "
         "a private person in Leipzig; Bolivian Spanish wording (sodium perchlorate repeats in many sets under salt "
         "labels; a Salar de Uyuni souvenir label was found in no earlier row by a keyword search)",
         person("Herr K. Becker", "DE")),
        ("PRE-08", "import", "GRAIR01", "air", "US", [], "GR", "381190",
         "Πρόσθετο καυσίμου για θαλάσσια σκούτερ (jet ski), ενισχυτικό οκτανίων, 48 x 1 gal", "US", 200, 48, 2900,
         "USD",
         "an octane booster for jet-ski petrol is an amber, petrol-smelling liquid of about 0.85 kg/l that floats "
         "on water; these 48 jugs hold a colourless liquid of 1.14 kg/l that sinks, smells faintly fruity and "
         "carries the UN1261 diamond on the outer cartons, for a Rhodes water-sports shop that sells to jet-ski "
         "owners: nitromethane (Annex I above 16 %) made available to members of the public, flown from Atlanta; "
         "Greek wording (nitromethane repeats in many sets and octane-booster labels in a few, blind12 and blind42 "
         "among them: kept as a repeat; a jet-ski booster for an island water-sports shop is the new part)",
         firm("Rodos Water Sports EPE", "GR")),
        ("PRE-09", "export", "DEAIR01", "air", "DE", [], "TZ", "950790",
         "Rasselkapseln aus Messing für Angelköder, Big-Game-Fischen, 2.000 Stück", "DE", 14, 2000, 1800, "EUR",
         "brass lure rattles are hollow, closed capsules with a steel ball that click when shaken; these 2,000 are "
         "open-ended aluminium tubes of 6 mm with a crimped plug, two leg wires and a printed delay number, packed "
         "in foam with 'No. 8' on the inner boxes, for a Pemba 'sport-fishing lodge': plain and electric detonators, "
         "explosives transferred without a licence, bound for the coast where blast fishing is rife; German wording "
         "(detonators repeat in many sets; fishing-tackle covers on them were found in no earlier row by a keyword "
         "search)", {"importer_name": "Pemba Deep Sea Lodge Ltd", "importer_country": "TZ"}),
        ("PRE-10", "import", "PTPOST01", "post", "CV", [], "PT", "250100",
         "Sal di Pedra di Lumi, lembransa di ilha di Sal, 4 saku di 1 kg", "CV", 4, 4, 2800, "CVE",
         "Pedra de Lume salt is a fine, damp, very salty crater salt that tourists buy in small bags; these four "
         "bags hold shiny, flat, tasteless crystals that do not cake, spit violet sparks on a hot iron and read "
         "'KClO3' on an inner bag: potassium chlorate (Annex I above 40 %), posted from Espargos to a private person "
         "in Porto; Cape Verdean Kriolu wording (potassium chlorate repeats in many sets under salt labels; a Pedra "
         "de Lume label appeared once only in a note, and Kriolu wording was found in no earlier row by a keyword "
         "search)", person("João Pereira", "PT")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "MR", "940350",
         "Mobiliario de hotel usado, reforma Benidorm: camas y armarios, 320 piezas", "ES", 9000, 320, 4800, "EUR",
         "a Benidorm hotel-refit container for a Nouakchott 'hotel outfitter': beds, wardrobes and washbasins are "
         "what refits sell on, but the third item's 400 'televisores de habitación, funcionando' are cracked "
         "CRT and early flat sets with cut plugs, loaded loose without packing at 7 EUR each: waste electrical "
         "equipment with CRT glass (A1180), hazardous waste whose export to a non-OECD country is banned, hidden as "
         "the last item of a three-item declaration; Spanish wording (refit e-waste repeats in several sets, a "
         "cruise-ship refit for Dakar among them; a Benidorm hotel refit for Mauritania is the new part as far as a "
         "search found)",
         dict({"importer_country": "MR"},
              _more_items=[item("691010", "Lavabos e inodoros de porcelana usados, 180 piezas", "ES", 3600, 900, "EUR", qty=180),
                           item("852872", "Televisores de habitación usados, funcionando, 400", "ES", 9600, 2800, "EUR", qty=400)])),
        ("WST-02", "export", "GRSEA01", "sea", "GR", [], "AL", "293369",
         "Ταμπλέτες χλωρίου πισίνας (TCCA 90 %), καινούργιες, βαρέλια 50 kg, 12 t", "GR", 12000, 240, 9600, "EUR",
         "new pool-chlorine tablets are hard, white, sealed 200 g pucks that smell sharply of chlorine; these 240 "
         "drums hold crumbled, yellowed, caked and swollen tablets mixed with spent pool acid and algaecide remains, "
         "some drums bulging with gas, collected after the season from Corfu and Zakynthos hotels: off-spec and "
         "expired oxidising pool chemicals (16 05 06* and 16 09 04*), hazardous waste whose export to a non-OECD "
         "country is banned, from Igoumenitsa to Durrës; Greek wording (pool-chlorine tablet labels repeat in a few "
         "strategic rows; expired hotel pool tablets as waste were found in no earlier row by a keyword search)",
         {"importer_country": "AL"}),
        ("WST-03", "export", "NOSEA01", "sea", "NO", ["AE"], "IN", "890110",
         "Kystcruiseskip, 1964, solgt for videre drift som ekspedisjonsskip, 1 skip", "NO", 6200000, 1, 2400000,
         "USD",
         "a 1964 coastal cruise ship sold for further trading as an expedition ship would go to a yard for a refit "
         "and keep its class; this one has lost its class, carries a single-voyage flag, asbestos in its bulkheads "
         "and PCB in its cables, and its cash buyer in Dubai paid the price per light tonne that beach breakers pay: "
         "an end-of-life ship (hazardous waste), leaving Bergen for the beaches of Alang; Norwegian wording "
         "(end-of-life ships 'for further trading' repeat in many sets and a river cruise ship in one; a Norwegian "
         "coastal cruise ship for expedition trading is the new part; kept as a repeat of the family)",
         {"importer_country": "AE"}),
        ("WST-04", "export", "FRSEA01", "sea", "FR", [], "CM", "950430",
         "Jeux d'arcade d'occasion, démontage d'un parc de loisirs, en état de marche, 260 bornes", "FR", 26000, 260,
         3900, "EUR",
         "used arcade cabinets for resale are tested, complete, with their coin mechanisms and screens, at several "
         "hundred euros each; these 260 are gutted shells with smashed CRTs, loose boards and cut looms from a "
         "theme-park refit near Marne-la-Vallée, priced at 15 EUR a cabinet and loaded loose: waste electrical "
         "equipment with CRT glass and boards (A1180), hazardous waste whose export to a non-OECD country is "
         "banned, from Le Havre to Douala; French wording (arcade machines appear in a few sets, slot machines "
         "among them; theme-park arcade cabinets were found in no earlier row by a keyword search)",
         {"importer_country": "CM"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "TR", "252010",
         "REA-Gips für die Zementindustrie, feucht, lose, 3.000 t", "DE", 3000000, None, 6000, "EUR",
         "FGD gypsum is a fine, white, odourless powder of calcium sulphate sold with a quality certificate; this "
         "bulk cargo is a grey-black, oily sludge cake that smells of bunker fuel, from the port reception "
         "facility at Kiel that takes cruise ships' exhaust-gas scrubber residues, with vanadium, nickel and PAH "
         "far above any gypsum spec: scrubber sludge (hazardous waste), shipped to a Turkish 'cement works' as a raw "
         "material; German wording (scrubber residues repeat in several sets; under an FGD-gypsum label from a "
         "cruise port is the new part as far as a search found; kept as a repeat of the good)",
         {"importer_country": "TR"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "AL", "890393",
         "Pedalò e kayak usati, noleggio spiaggia Lago di Garda, in buono stato, 140 pezzi", "IT", 14000, 140,
         2100, "EUR",
         "used hire pedalos and kayaks are sold with their seats and paddles at a few hundred euros each; these 140 "
         "are cracked, sun-brittle polyethylene and fibreglass hulls cut in halves to fit the container, with no "
         "seats, pedals or fittings, at 15 EUR apiece: end-of-life plastic and composite boats, waste whose export "
         "to a non-OECD country needs prior consent, from Bari to Durrës for a 'beach-hire' firm; Italian wording "
         "(plastic waste repeats in many sets and pedal boats appear once, as a strategic cover in blind54; hire "
         "pedalos from a lake resort as waste were found in no earlier row by a keyword search)", {"importer_country": "AL"}),
        ("WST-07", "export", "MTSEA01", "sea", "MT", [], "LY", "251310",
         "Ħaġar pumiċi għall-ġonna u l-akkwarji, big bags, 18 t", "MT", 18000, None, 1400, "EUR",
         "pumice for gardens is light, pale-grey, porous stone that floats; these bags hold dense, black and grey "
         "clinker with melted glass, can ends and ash that smells of burnt plastic and leaches lead and zinc, "
         "landed at the Valletta cruise terminal from cruise ships' onboard incinerators: incinerator bottom ash "
         "and residues (hazardous waste), from Marsaxlokk to Misrata; Maltese wording (incinerator ash repeats in "
         "several sets and pumice labels in a few; cruise-ship incinerator ash as garden pumice was found in no "
         "earlier row by a keyword search)", {"importer_country": "LY"}),
        ("WST-08", "export", "NLAIR01", "air", "NL", [], "NG", "330300",
         "Parfum en eau de toilette, nieuw, restpartij duty-free, 8.000 flacons", "NL", 4200, 8000, 12000, "EUR",
         "duty-free surplus perfume is boxed, sealed, in date, and sold by the carton at tens of euros a bottle; "
         "these 8,000 are unboxed testers, half-empty, leaking and crushed bottles and recalled batches from "
         "airport duty-free shops, at 1.50 EUR each: flammable discarded cosmetics (hazardous waste, 16 03 05*) "
         "whose export to a non-OECD country is banned, flown from Schiphol to Lagos; Dutch wording (returned and "
         "tester perfumes repeat in several sets; a duty-free surplus label was found in no earlier waste row by a "
         "keyword search)", {"importer_country": "NG"}),
        ("WST-09", "export", "ATROAD01", "road", "AT", ["SI", "HR", "RS", "BG", "TR"], "GE", "842860",
         "Gebrauchte Einseilumlaufbahn, 8er-Gondeln, zur Wiedererrichtung, demontiert, 1 Anlage", "AT", 96000, 1,
         48000, "EUR",
         "a used gondola lift sold for re-erection comes with its cabins, grips, sheaves and a documented control "
         "system; this one is cabins and rope only, the drive station's transformer and capacitor banks labelled "
         "'Clophen' and oozing oil, and the old cable soaked in grease, sold by the tonne from a Tyrolean ski area: "
         "PCB-containing equipment (above 50 ppm) and waste, whose export to a non-OECD country is banned, by lorry "
         "to a Gudauri 'ski resort developer'; Austrian German wording (PCB capacitors repeat in many sets and "
         "chairlift parts appear in one strategic row; a ski area's gondola lift as waste was found in no earlier "
         "row by a keyword search)", {"importer_country": "GE"}),
        ("WST-10", "export", "HRROAD01", "road", "HR", [], "BA", "841829",
         "Hotelski minibarovi, apsorpcijski, rabljeni, ispravni, 600 kom.", "HR", 10800, 600, 3000, "EUR",
         "used absorption minibars for reuse are clean, tested and packed; these 600 from a Dubrovnik hotel "
         "refurbishment are rusted, yellow-crusted at the boiler, smell of ammonia and have leaked their "
         "sodium-chromate corrosion inhibitor: waste equipment with hexavalent chromium (hazardous waste), whose "
         "export to a non-OECD country is banned, by lorry to a Mostar 'hotel supplier'; Croatian wording "
         "(absorption minibars repeat in a few sets, once in Croatian as HFC equipment; as chromate waste from a "
         "hotel refit is the new part; kept as a repeat of the label)", {"importer_country": "BA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "ESSEA01", "sea", "CN", [], "ES", "281121",
         "Dióxido de carbono R-744, botellas, provisiones para buques de crucero, 600 unidades", "CN", 6800, 600,
         7200, "USD",
         "R-744 cylinders are heavy, refillable, 150-bar steel bottles holding a few kilos of CO2 each; these 600 "
         "are light, non-refillable 'disposable' canisters of 11.3 kg with orange shoulders and 'R-404A' stamped "
         "under the new sticker, for a Las Palmas ship chandler supplying cruise ships' provision rooms: HFC-404A "
         "(GWP 3,922) imported without HFC quota in disposable cylinders, which the F-gas rules ban; Spanish wording "
         "(R-404A repeats in many sets and CO2 labels in a few; ship's stores at Las Palmas appear in blind139, "
         "kept as a repeat of the route; a cruise ships' provision-room order under a CO2 label is the new part)", firm("Atlántico Provisiones Navales SL", "ES")),
        ("OZN-02", "import", "GRSEA01", "sea", "CN", [], "GR", "841510",
         "分体式空调 R32 冷媒, 酒店客房用, 9000 BTU, 420 套", "CN", 14000, 420, 92000, "USD",
         "R-32 split air conditioners carry an R-32 nameplate and a flammable-gas mark; these 420 for a Heraklion "
         "hotel group have compressors and service valves for R-22, the indoor units' plates overstuck, and the "
         "pre-charge gauges read HCFC-22 pressures: equipment pre-charged with HCFC-22, whose placing on the Union "
         "market is banned, by sea from Ningbo to Piraeus; Chinese wording (R-22 equipment under R-32 labels repeats "
         "in several sets; for a Cretan hotel group is the new part; kept as a repeat)",
         firm("Kriti Hotels Technical AE", "GR")),
        ("OZN-03", "import", "NLSEA01", "sea", "CN", [], "NL", "920890",
         "Stadium and carnival fan horns, hand-held, HFO-1234ze propellant, 250 ml, 24,000 pcs", "CN", 7200, 24000,
         9600, "USD",
         "HFO-1234ze fan horns are marked with the low-GWP propellant and a flammability warning; these 24,000 cans "
         "are printed '134a' under their labels and their propellant reads HFC-134a (GWP 1,430) on a leak detector, "
         "for a Cologne carnival and football-fan wholesaler: novelty and technical aerosols with HFC-134a, banned on "
         "the Union market, by sea from Shenzhen; English wording (HFC fan horns repeat in a few sets, blind40 and "
         "blind48: kept as a repeat; an HFO label for a carnival wholesaler is the new part as far as a search "
         "found)",
         firm("Karneval Großhandel Rhein GmbH", "NL")),
        ("OZN-04", "import", "NLSEA01", "sea", "ID", [], "NL", "442019",
         "Patung kayu ukir Bali, suvenir, 1.200 buah", "ID", 4800, 1200, 9600, "USD",
         "a Bali souvenir container for a Dutch gift-shop wholesaler: wood carvings and batik are what such "
         "containers carry, but the third item's 'semprotan insektisida untuk kayu' are 240 steel cans of 681 g "
         "with a skull-and-crossbones and 'CH3Br 98 %' on their lids, for the wholesaler to re-fumigate carvings "
         "itself: methyl bromide, whose import into the Union is banned, hidden as the last item of a three-item "
         "declaration; Indonesian wording (methyl bromide repeats in many sets; fumigant cans for a souvenir "
         "wholesaler behind Bali carvings were found in no earlier row by a keyword search)",
         dict(firm("Oranje Souvenirs Groothandel BV", "NL"),
              _more_items=[item("630491", "Kain batik, cap, 600 lembar", "ID", 600, 2400, "USD", qty=600),
                           item("380891", "Semprotan insektisida untuk kayu, 240 kaleng", "ID", 190, 480, "USD", qty=240)])),
        ("OZN-05", "import", "ATROAD01", "road", "BA", ["HR", "SI"], "AT", "841869",
         "Mobilni rashladni agregat za klizalište, glikol, R-290, 1 kom", "BA", 4200, 1, 38000, "EUR",
         "a propane chiller for a mobile ice rink carries R-290 warnings, an explosion-proof panel and a few kilos "
         "of charge; this 1990s-built unit has open compressors, a 140 kg charge and valve caps stamped 'R22', "
         "hired for a Vienna Christmas-market rink: equipment relying on HCFC-22, whose placing on the Union market "
         "is banned, by lorry from Sarajevo; Bosnian wording (R-22 chillers repeat in many sets and R-22 for an ice "
         "rink once, as gas, in blind19; a Christmas-market ice-rink chiller was found in no earlier row by a "
         "keyword search)",
         firm("Eislauf Events Wien GmbH", "AT")),
        ("OZN-06", "import", "PTAIR01", "express", "US", [], "PT", "382499",
         "A/C stop leak with R-134a booster, 12 oz cans, 6 pcs, for classic car tours", "US", 2.1, 6, 120, "USD",
         "an R-134a stop-leak can has a quick-coupler for the low-side port and a light, thin-walled body; these six "
         "cans have the old threaded R-12 top, 'Freon-12' embossed on the bottom and a pressure far above R-134a's at "
         "room temperature, for a Lisbon vintage-car tour company running 1960s convertibles: CFC-12, whose import "
         "into the Union is banned, sent by express from Texas; US English wording (CFC-12 cans and classic-car "
         "covers repeat in many sets: kept as a repeat; a stop-leak label for a vintage-car tour firm is the new "
         "part as far as a search found)",
         firm("Lisboa Classic Tours Lda", "PT")),
        ("OZN-07", "import", "GRSEA01", "sea", "TR", [], "GR", "842410",
         "Makine dairesi söndürme tüpü, inert gaz IG-541, gulet filosu için, 30 adet", "TR", 1500, 30, 24000, "EUR",
         "IG-541 cylinders are tall 300-bar bottles of argon, nitrogen and CO2 whose gas weighs little and does not "
         "slosh; these 30 short, squat, red bottles hold 40 kg of liquid each, slosh when tipped and carry '1301' on "
         "the valve tags, for a Rhodes charter firm running Turkish-built gulets: halon 1301, whose placing on the "
         "Union market is banned outside critical uses, by sea from Bodrum; Turkish wording (halon 1301 repeats in "
         "many sets and inert-gas labels in a few; gulets appear in blind126, kept as a repeat of the family; "
         "extinguisher bottles for a gulet charter fleet are the new part as far as a search found)", firm("Dodekanisos Gulet Charter IKE", "GR")),
        ("OZN-08", "export", "NLSEA01", "sea", "NL", [], "MA", "870333",
         "Gebruikte campers, rijklaar, met dakairco, 14 stuks", "NL", 42000, 14, 168000, "EUR",
         "used motorhomes for export run with a working roof air conditioner on R-407C or R-410A; these fourteen "
         "1990s campers, sold by a Dutch rental firm to a Agadir 'camper-hire' company, carry rooftop units with "
         "'R22' plates and charges of 600-900 g each, which the exporter did not recover: equipment relying on "
         "HCFC-22, whose export from the Union is banned, from Rotterdam to Agadir; Dutch wording (R-22 equipment "
         "for export repeats in many sets, and American motorhomes with roof air conditioners were imported in "
         "blind58; a rental fleet's campers exported to Morocco are the new part as far as a search found)", {"importer_country": "MA"}),
        ("OZN-09", "import", "ITSEA01", "sea", "IN", [], "IT", "340290",
         "Stain remover for hotel laundries, solvent-based (दाग हटाने वाला घोल), 200 l drums, 40 drums", "IN", 12700,
         40, 14000, "USD",
         "a hotel-laundry spotting solvent is a light (0.8 kg/l) hydrocarbon that smells of white spirit; these "
         "drums hold a heavy (1.59 kg/l), sweet-smelling, non-flammable liquid whose drum heads read 'CCl4': carbon "
         "tetrachloride, whose import into the Union is banned, for a Rimini hotel-laundry contractor, by sea from "
         "Mundra; Hindi and English wording (carbon tetrachloride repeats in many sets and stain-remover labels in "
         "several; for a resort laundry contractor is the new part as far as a search found)",
         firm("Lavanderie Riviera Srl", "IT")),
        ("OZN-10", "transit", "GRROAD01", "road", "TR", ["GR"], "AL", "382769",
         "Gaz ftohës R-410A për hotelet në Sarandë, bombola 11,3 kg, 300 copë", "TR", 3400, 300, 9000, "EUR",
         "R-410A runs at high pressure in pink-banded cylinders; these 300 cylinders, under a Turkish lorry's TIR "
         "carnet from Kipoi to Kakavia, are light-green under their pink wraps and read HCFC-22 pressures: "
         "chlorodifluoromethane moved through the Union without the licence its transit requires, for Saranda "
         "hotels' old air conditioners; Albanian wording (HCFC-22 under R-410A labels repeats in many sets; a road "
         "transit through Greece for Albanian hotels was found in no earlier row by a keyword search)",
         {"importer_country": "AL"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "air", "EG", [], "DE", "691390",
         "مجموعة أوشابتي مقلدة، فيانس، هدايا تذكارية من الأقصر، 12 قطعة (أمتعة غير مصحوبة)", "EG", 6, 12, 60,
         "USD",
         "bazaar ushabti replicas are bright, even, glossy blue with crisp hieroglyphs and a flat new base; these "
         "twelve in a tourist's unaccompanied baggage are worn, pale green-blue faience with salt bloom, root marks "
         "and a name column of a Third Intermediate Period priest: genuine funerary figurines from a Theban tomb, "
         "exported without Egyptian permission, flown from Luxor to Frankfurt; Egyptian Arabic wording (ushabtis "
         "repeat in several sets; in a traveller's unaccompanied baggage is the new part as far as a search found)",
         person("Lena Wagner", "DE")),
        ("CUL-02", "import", "ESPOST01", "post", "PE", [], "ES", "580500",
         "Awasqa pallay, makiwan ruwasqa, Qusqumanta, 2 p'acha (tejidos artesanales)", "PE", 1.2, 2, 240, "PEN",
         "new Cusco weavings are bright, synthetic-dyed and stiff; these two are brittle, faded camelid-fibre "
         "fragments with interlocking birds, dark cotton warps and grave dust: Paracas-Nazca textile fragments "
         "(property of the State of Peru), posted from Cusco to a private buyer in Seville; Quechua wording "
         "(Paracas and other pre-Columbian textiles repeat in several sets and Quechua wording in a few, blind123 "
         "and blind130 among them: kept as a repeat; by post from Cusco to Seville is the new part)", person("Maria Lopez", "ES")),
        ("CUL-03", "transit", "NLSEA01", "sea", "KH", ["NL"], "US", "680299",
         "រូបចម្លាក់ថ្មភក់ សិប្បកម្មថ្មី សៀមរាប សម្រាប់សួនច្បារ ១ ដុំ", "KH", 60, 1, 300, "USD",
         "new Siem Reap sandstone heads are pale, crisply chiselled, and have smooth sawn bases; this one is "
         "grey-green, lichen-stained, with a broken neck and old iron-dowel holes: a pre-Angkorian or Angkorian "
         "deity head cut from a temple, property of Cambodia, landed at Rotterdam in transit to New York; Khmer "
         "wording (Khmer sculptures repeat in many sets; a Rotterdam transit to the United States is the new part "
         "as far as a search found; kept as a repeat)", {"importer_country": "US"}),
        ("CUL-04", "import", "ITSEA01", "sea", "ME", [], "IT", "691390",
         "Amfora, dekorativna replika, suvenir iz Kotora, 3 kom", "ME", 45, 3, 120, "EUR",
         "new decorative amphorae are even, orange, thin-walled and painted; these three are thick, pinkish, "
         "barnacle- and worm-crusted jars with Dressel-type rims, sent on the Bar-Bari ferry by a Kotor dive "
         "centre: Roman amphorae lifted from a wreck in Montenegrin waters, underwater heritage exported without "
         "permission; Montenegrin wording (amphorae repeat in many sets; from a Montenegrin dive centre by ferry is "
         "the new part as far as a search found)", person("Sig. M. Bianchi", "IT")),
        ("CUL-05", "import", "NLPOST01", "post", "JO", [], "NL", "711890",
         "عملات تذكارية مقلدة من البتراء، معدن، 40 قطعة", "JO", 0.4, 40, 35, "JOD",
         "Petra souvenir coins are shiny, cast brass discs with blurred legends; these 40 are small, dark, worn "
         "bronze coins with a crisp Nabataean king-and-queen portrait and green earth in the letters: Nabataean "
         "coins from illicit digging around Petra, exported without the Department of Antiquities' permission, "
         "posted from Wadi Musa to a private buyer in Leiden; Jordanian Arabic wording (ancient coins repeat in "
         "many sets and Nabataean objects in a few; Nabataean coins as Petra souvenir coins were found in no "
         "earlier row by a keyword search)",
         person("Particulier", "NL")),
        ("CUL-06", "import", "ITAIR01", "air", "ET", [], "IT", "830629",
         "የላሊበላ የእጅ መስቀል፣ አዲስ የእጅ ስራ፣ ናስ፣ 1", "ET", 3, 1, 60, "USD",
         "new Lalibela-style brass crosses are bright, sand-cast and light; this processional cross is worn, dark "
         "bronze with fine incised saints, a socket with old wood and a Ge'ez dedication to a named church: a "
         "medieval processional cross taken from a church treasury, exported without the Ethiopian Heritage "
         "Authority's permit, flown from Addis Ababa to Rome by a tour guide's contact; Amharic wording (Ethiopian "
         "processional crosses under Lalibela-style and tourist-cross labels repeat in several sets, blind33, "
         "blind103 and blind167 among them: kept as a repeat; to Rome by air is the new part)", person("Giulia Rossi", "IT")),
        ("CUL-07", "import", "DEAIR01", "air", "UZ", [], "DE", "691200",
         "Rishton kulolchilik kosasi, yangi, Afrosiyob uslubida, 1 dona", "UZ", 1.5, 1, 40, "USD",
         "new Afrosiyob-style bowls are bright, glassy and even; this one is an earthenware bowl with a "
         "worn white slip, a black Kufic benediction round the rim, ancient rivet repairs and soil in the foot: a "
         "10th-century Samanid slipware bowl from Samarkand, exported without Uzbek permission in a Silk Road "
         "tour group's cargo, flown from Tashkent to Frankfurt; Uzbek wording (Rishton labels repeat in a few sets "
         "and a 'copy' bowl in a Tashkent souvenir order in blind48: kept as a repeat; a single bowl in a tour "
         "group's cargo is the new part)",
         person("Thomas Gruber", "DE")),
        ("CUL-08", "import", "FRPOST01", "post", "TN", [], "FR", "701890",
         "Copies de pendentifs puniques en pâte de verre, boutique du musée de Carthage, 20 pièces", "TN", 0.3, 20, 30, "TND",
         "museum-shop copies are shiny, new, identical and carry a shop tag; these twenty are iridescent, pitted "
         "pendants in the form of bearded heads with curled hair and eyes of white and blue glass: Punic "
         "glass-paste head pendants from Carthage, property of Tunisia, posted from Tunis to a private buyer in "
         "Nice; Tunisian French wording (Punic head pendants repeat, under a Nabeul lampwork-bead label in blind128: "
         "kept as a repeat of the good; a Carthage museum-shop copy label was found in no earlier row by a keyword "
         "search)", person("Sophie Bernard", "FR")),
        ("CUL-09", "import", "BEAIR01", "air", "NP", [], "BE", "830629",
         "हस्तकलाको पित्तलको मूर्ति, नयाँ, थमेल, १ थान", "NP", 18, 1, 150, "USD",
         "new Thamel brass statues are bright, cast in sand and finished with acid; this one is a dark, "
         "smoke-blackened stone-and-copper Uma-Maheshvara stele with vermilion traces and a broken tenon: a temple "
         "deity stolen from a Kathmandu valley shrine, exported without the Department of Archaeology's permission, "
         "flown to Brussels; Nepali wording (Nepalese deities repeat in several sets, once behind singing bowls; a "
         "Thamel handicraft label is the new part as far as a search found)", person("Mme L. Dupont", "BE")),
        ("CUL-10", "import", "ESSEA01", "sea", "TR", [], "ES", "570110",
         "El dokuma yün halı, yeni, Kapalıçarşı, 4 adet", "TR", 60, 4, 2400, "USD",
         "a Grand Bazaar shop's shipment for a Spanish cruise passenger: new carpets and Kütahya bowls are what "
         "such shops send home for their customers, but the third item's 'dekoratif mermer kabartma' is a worn "
         "marble funerary relief with a banquet scene, a Greek inscription and fresh chisel marks where it was cut "
         "from its base: a Roman funerary stele from Anatolia, exported without permission, hidden as the last item "
         "of a three-item declaration, by sea to Barcelona; Turkish wording (Roman stelae repeat in several sets and "
         "the bazaar-container family in blind105, for a Bari carpet shop: kept as a repeat; a cruise passenger's "
         "own bazaar purchases are the new part)",
         dict(person("Sr. J. García", "ES"),
              _more_items=[item("691390", "Kütahya çinisi kase, el yapımı, 6 adet", "TR", 8, 180, "USD", qty=6),
                           item("680291", "Dekoratif mermer kabartma, 1 adet", "TR", 70, 150, "USD", qty=1)])),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "900510",
         "Beobachtungsferngläser für Jagdtourismus, 8x56, 40 Stück", "DE", 70, 40, 168000, "EUR",
         "hunting binoculars weigh about a kilo and cost some hundreds of euros; these 40 at 4,200 EUR each are "
         "cooled thermal rifle scopes with reticles and rail mounts for an Issyk-Kul 'hunting tour operator' whose "
         "Moscow owner takes them on by road: thermal imaging sights on the common high-priority list, for Russia "
         "through Kyrgyzstan; German wording (thermal scopes repeat in many sets and hunting covers in several; a "
         "hunting-tourism operator on Issyk-Kul is the new part as far as a search found; kept as a repeat of the "
         "good)", {"importer_name": "Issyk-Kul Hunting Tours OsOO", "importer_country": "KG"}),
        ("STR-02", "export", "ESAIR01", "air", "ES", ["AE"], "IR", "950629",
         "Equipos de buceo recreativo para centro de buceo de Kish, 12 lotes", "ES", 360, 12, 102000, "EUR",
         "recreational dive kit is open-circuit regulators, jackets and fins at some hundreds of euros a set; these "
         "twelve cases hold closed-circuit rebreathers with electronic oxygen control and no bubble exhaust, "
         "8,500 EUR each: underwater breathing apparatus on the dual-use list, for a 'Kish Island dive centre' via "
         "Dubai to Iran without an authorisation; Spanish wording (rebreather soda lime appears in blind127 and open-circuit "
         "regulators in one (blind193); a Kish Island dive centre was found in no earlier row by a keyword search)",
         {"importer_name": "Kish Blue Diving Co", "importer_country": "IR"}),
        ("STR-03", "export", "DKSEA01", "sea", "DK", ["TR"], "RU", "901480",
         "Ekkolod til lystfiskerbåde, 6 sæt", "DK", 480, 6, 210000, "EUR",
         "recreational fish finders are small display-and-transducer sets at a few hundred euros; these six 80 kg "
         "cases hold towed side-scan sonar fish with winches and 35,000 EUR price tags, for a Turkish sport-fishing "
         "charter whose buyer in Novorossiysk takes them on: side-scan sonar under the dual-use list and the "
         "Russian sanctions, for Russia through Türkiye; Danish wording (side-scan sonar as a sport-fishing fish "
         "finder repeats, blind28 and blind148: kept as a repeat; a Turkish charter for a Novorossiysk buyer is "
         "the new part)",
         {"importer_name": "Bodrum Big Game Charter Ltd", "importer_country": "TR"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "ME", "890333",
         "Yacht a motore 38 m, per attività di charter in Montenegro, 1 unità", "IT", 180000, 1, 26000000, "EUR",
         "a charter yacht's buyer is a charter company with a fleet, a crew agency and bookings; this 38 m motor "
         "yacht's buyer is a Tivat company formed a month ago whose sole director is a nominee of a Russian "
         "businessman, the yacht registered to him in all but name: a pleasure vessel above the luxury threshold "
         "for use in Russia's interest, under the sanctions, sailed from La Spezia to Porto Montenegro; Italian "
         "wording (yachts for Russian owners repeat in many sets; a Montenegrin charter cover is the new part as far "
         "as a search found; kept as a repeat)", {"importer_name": "Adriatic Prestige Charter DOO", "importer_country": "ME"}),
        ("STR-05", "export", "CZAIR01", "air", "CZ", ["TH"], "MM", "852589",
         "Stabilizovaná kamera pro vyhlídkové lety balónem, Bagan, 2 ks", "CZ", 120, 2, 380000, "EUR",
         "a balloon operator's camera is a consumer gimbal or an action camera; these two 60 kg turrets hold a "
         "cooled thermal imager, a zoom day camera and a laser rangefinder in a gyro-stabilised ball with a "
         "helicopter mount, for a Bagan 'balloon sightseeing' company in Myanmar: military-grade EO/IR turrets under "
         "the dual-use list and the EU arms embargo on Myanmar, via Bangkok; Czech wording (EO/IR turrets repeat in "
         "several sets; a balloon-tour cover for Myanmar was found in no earlier row by a keyword search)",
         {"importer_name": "Bagan Sky Balloons Co Ltd", "importer_country": "MM"}),
        ("STR-06", "export", "ATRAIL01", "rail", "AT", ["PL", "BY", "RU", "KZ"], "CN", "870130",
         "Pistenraupen, gebraucht, für ein Skigebiet in Jilin, 4 Stück", "AT", 36000, 4, 720000, "EUR",
         "snow groomers for a Chinese ski resort go by sea to Tianjin with the resort's contract; these four go by "
         "rail to a Dandong forwarder whose consignee is the Masikryong ski resort's trading company: vehicles and "
         "machinery for North Korea, banned by the UN and Union sanctions, with a Chinese front; Austrian German "
         "wording (ski equipment for Masikryong repeats in a few sets; snow groomers by rail through Russia were "
         "found in no earlier row by a keyword search; kept as a repeat of the end user)",
         {"importer_name": "Dandong Xuefeng Trading Co", "importer_country": "CN"}),
        ("STR-07", "export", "PLAIR01", "air", "PL", [], "KZ", "950490",
         "Części zamienne do automatów do gier w parku rozrywki, 36 kartonów", "PL", 180, 36, 240000, "EUR",
         "spare parts for amusement-park arcade games are coin mechanisms, buttons and screens at a few euros "
         "apiece; these 36 cartons hold reels of microcontrollers, FPGAs and RF transceivers at 240,000 EUR for an "
         "Almaty 'amusement park' that sends them on to Russia: common high-priority items for Russia through "
         "Kazakhstan; Polish wording (CHPL items through Kazakhstan repeat in many sets and an amusement park "
         "appears once, on an aircraft mock-up in blind165; arcade-game spares for an Almaty park are the new part)", {"importer_name": "Almaty Fun City TOO", "importer_country": "KZ"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", ["AE"], "MV", "880730",
         "Pièces détachées pour hydravions de tourisme, freins et APU, 14 colis", "FR", 820, 14, 640000, "EUR",
         "Maldivian resort seaplanes are Twin Otters, which have no auxiliary power unit and use small brakes; "
         "these 14 cases hold carbon brake assemblies and an APU for a regional airliner, for a Malé 'seaplane "
         "operator' whose forwarder in Dubai ships them to Moscow: aircraft parts for Russia, banned under the "
         "sanctions; French wording (aircraft parts through the Emirates repeat in many sets; a Maldivian resort "
         "seaplane cover was found in no earlier row by a keyword search)",
         {"importer_name": "Atoll Seaplane Services Pvt Ltd", "importer_country": "MV"}),
        ("STR-09", "export", "NLSEA01", "sea", "NL", ["LB"], "SY", "381400",
         "Oplosmiddel voor textielzeefdrukinkt, souvenir-T-shirtdrukkerij Beiroet, 40 vaten", "NL", 9000, 40, 18000,
         "EUR",
         "screen-printing ink thinners are light, solvent-smelling glycol ethers; these 40 drums hold a dense, "
         "oily, sulphur-smelling liquid whose drum heads read 'HOCH2CH2SCH2CH2OH': thiodiglycol (CWC Schedule 2, "
         "mustard precursor) without an export authorisation, for a Beirut 'souvenir T-shirt printer' that sends it "
         "on to Syria; Dutch wording (thiodiglycol repeats in several sets and textile-ink labels in a few; a "
         "souvenir-printing cover was found in no earlier row by a keyword search)",
         {"importer_name": "Cedar Souvenir Print SAL", "importer_country": "LB"}),
        ("STR-10", "export", "LTROAD01", "road", "LT", ["PL", "SK", "HU", "RO", "BG", "TR", "GE"], "AM", "841829",
         "Viešbučių minibarai, nauji, 120 vnt.", "LT", 2400, 120, 18000, "EUR",
         "a hotel-fit-out lorry for a Yerevan hotel: minibars and safes are what hotel openings order, but the "
         "third item's 'elektroninių durų spynų valdikliai' are 3,000 bare boards of high-end FPGAs and processors "
         "with no lock mechanism, worth more than the lorry: common high-priority items for Russia through Armenia, "
         "hidden as the last item of a three-item declaration; Lithuanian wording (CHPL items through Armenia "
         "repeat in many sets; a hotel fit-out cover was found in no earlier row by a keyword search)",
         dict({"importer_name": "Ararat Grand Hotel CJSC", "importer_country": "AM"},
              _more_items=[item("830300", "Viešbučių kambarių seifai, 120 vnt.", "LT", 2400, 9600, "EUR", qty=120),
                           item("830160", "Elektroninių durų spynų valdikliai, 3 000 vnt.", "LT", 90, 14000, "EUR", qty=3000)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "NA", [], "DE", "430219",
         "Koedoevelle, gelooi, jagtrofee-toebehore, 6 velle", "NA", 30, 6, 900, "NAD",
         "tanned kudu hides are large, grey-brown with thin white stripes and a neck mane; among these six in a "
         "returning hunter's trophy crate, two are small, golden, solid-black-spotted skins with black tear-lines "
         "on the face: cheetah (CITES App. I) without CITES documents, under a kudu-hide line, flown from Windhoek to "
         "Frankfurt; Afrikaans wording (cheetah skins repeat in a few sets and Namibian hunting-trophy shipments in "
         "blind158: kept as a repeat of the family; cheetah under a kudu-hide line is the new part)", person("Herr K. Becker", "DE")),
        ("WLF-02", "import", "PLPOST01", "post", "EG", [], "PL", "392640",
         "شعاب مرجانية صناعية من الراتنج، هدايا تذكارية من الغردقة، 8 قطع", "EG", 3.5, 8, 40, "USD",
         "resin coral replicas are light, smooth and evenly coloured; these eight are heavy, chalky-white, "
         "sharp-pored skeletons that fizz in vinegar: hard corals (Scleractinia, CITES App. II) broken off Red Sea "
         "reefs, without CITES documents, posted by a Hurghada dive-shop to a private person in Kraków; Egyptian "
         "Arabic wording (corals repeat in many sets and resin labels in several; from a Hurghada dive shop is the "
         "new part as far as a search found)", person("Anna Kowalska", "PL")),
        ("WLF-03", "import", "ESPOST01", "post", "DO", [], "ES", "711790",
         "Prendas de resina imitación carey, artesanía de Punta Cana, 30 piezas", "DO", 0.6, 30, 3500, "DOP",
         "resin imitation tortoiseshell is even, warm-smelling under a hot needle and lightweight; these 30 "
         "bracelets and earrings show natural layered mottling, smell of burnt hair under a hot needle and soften "
         "in hot water: hawksbill turtle shell (CITES App. I), posted from a Punta Cana souvenir stall to a private "
         "buyer in Madrid; Dominican Spanish wording (hawksbill repeats in many sets; a Punta Cana resin label was "
         "found in no earlier row by a keyword search)", person("Particular", "ES")),
        ("WLF-04", "import", "ATAIR01", "air", "KG", [], "AT", "050790",
         "Үй кочкорунун мүйүздөрү, кол өнөрчүлүк үчүн, 2 жуп", "KG", 36, 2, 200, "USD",
         "domestic ram horns are small, tight, pale and weigh a kilo or two; these two pairs are massive, "
         "ridged, brown spiralled horns of over a metre with the frontal bone attached and a hunting-camp tag: "
         "argali (Ovis ammon, CITES App. II, EU Annex B) hunting trophies exported without the CITES export permit "
         "and EU import permit, flown from Bishkek to Vienna; Kyrgyz wording (argali under domestic ram-horn labels "
         "repeats, blind129, blind133 in Kyrgyz and blind149: kept as a repeat; a hunting-camp tag on a craft "
         "label to Vienna is the new part)", person("Thomas Gruber", "AT")),
        ("WLF-05", "import", "PTPOST01", "post", "GW", [], "PT", "960190",
         "Bicos de espadarte trabalhados, lembrança de pesca desportiva, Bijagós, 2 peças", "GW", 3, 2, 60000, "XOF",
         "swordfish bills are smooth, flat, tapering and toothless; these two are broad, flat blades edged with "
         "paired, evenly spaced teeth along both sides: sawfish rostra (Pristidae, CITES App. I), posted by a "
         "Bijagós sport-fishing lodge to a private person in Lisbon; Guinea-Bissau Portuguese wording (sawfish "
         "rostra repeat in several sets, once from Guinea-Bissau as wooden combs in blind123; a swordfish-bill "
         "label from a fishing lodge was found in no earlier row by a keyword search)", person("Sra. Ana Silva", "PT")),
        ("WLF-06", "import", "NLAIR01", "air", "GT", [], "NL", "060490",
         "Follaje seco para arreglos florales, Antigua Guatemala, 40 cajas", "GT", 320, 40, 2600, "USD",
         "dried foliage for arrangements is flat, brittle and light; these 40 boxes hold living, silver-grey "
         "rosettes of Tillandsia xerographica with roots cut, 20-40 cm across and taken from dry forest trees: a "
         "CITES App. II air plant exported without a CITES permit for a Dutch garden-centre wholesaler; Guatemalan "
         "Spanish wording (Tillandsia xerographica repeats in several sets, under a dried-flower label in blind119: "
         "kept as a repeat; a dried-foliage label from Antigua is the new part)", firm("Bloemen Import Aalsmeer BV", "NL")),
        ("WLF-07", "import", "DEPOST01", "post", "PG", [], "DE", "491191",
         "Piksa bilong ol bataplai, i stap long fram, 3 (butterfly art prints)", "PG", 2.6, 3, 450, "PGK",
         "framed butterfly prints are flat paper behind glass; these three frames hold real, set butterflies: "
         "Queen Alexandra's birdwing (Ornithoptera alexandrae, CITES App. I) and two other birdwings (App. II), "
         "posted from Port Moresby to a private collector in Dresden; Tok Pisin wording (framed birdwings repeat, "
         "blind122 and blind128, and Tok Pisin wording in a few sets: kept as a repeat; a butterfly-art-print label "
         "in Tok Pisin is the new part)", person("Privatperson", "DE")),
        ("WLF-08", "import", "CZPOST01", "post", "VN", [], "CZ", "220890",
         "Rượu nếp ngâm nhân sâm, quà lưu niệm Hội An, 2 bình 1 lít", "VN", 3.4, 2, 600000, "VND",
         "ginseng rice liqueur holds a ginseng root in a clear spirit; these two jars hold a coiled cobra with a "
         "scorpion in its mouth, the root only a wrapping: snake wine with Naja (CITES App. II) without CITES "
         "documents, posted from a Hoi An souvenir shop to a private buyer in Brno; Vietnamese wording (snake wine "
         "repeats in several sets, by name in blind16; a ginseng-liqueur label from Hoi An was found in no earlier "
         "row by a keyword search)",
         person("Soukromá osoba", "CZ")),
        ("WLF-09", "import", "DEPOST01", "post", "FJ", [], "DE", "960190",
         "Na ai lalakai vakaiyaya ni bulumakau tatalai, 4 (carved bone pendants)", "FJ", 1.1, 4, 120, "FJD",
         "carved cattle-bone pendants are thin, white, porous and light; these four are heavy, creamy, "
         "banded, conical teeth of 15 cm with a plaited sennit cord: sperm whale teeth (tabua; CITES App. I), bought "
         "by a cruise passenger in Suva and posted to Bremen; Fijian wording (sperm whale teeth repeat in many "
         "sets and Fijian craft shipments in blind130 and blind132: kept as a repeat; a cruise passenger's post "
         "under a cattle-bone label is the new part)", person("Anna Schmidt", "DE")),
        ("WLF-10", "import", "NLAIR01", "air", "ZW", [], "NL", "680299",
         "Shona stone sculptures, serpentine, Victoria Falls craft village, 40 pcs", "ZW", 600, 40, 3200, "USD",
         "a Victoria Falls curio shipment for a Dutch gallery shop: Shona serpentine carvings and ilala baskets "
         "are what such shops sell, but the third item's 'leather belts, cattle' are 80 belts with square, "
         "horny scales and umbilical scars: Nile crocodile (CITES App. II) without CITES export permits, hidden as "
         "the last item of a three-item declaration, flown from Victoria Falls to Amsterdam; Zimbabwean English "
         "wording (crocodile leather repeats in many sets and Shona sculptures as cultural covers in blind116 and "
         "blind122; a Victoria Falls curio cover was found in no earlier row by a keyword search)",
         dict(firm("Afrika Kunst Galerie BV", "NL"),
              _more_items=[item("460219", "Ilala palm baskets, handwoven, 60 pcs", "ZW", 60, 540, "USD", qty=60),
                           item("420330", "Leather belts, cattle, 80 pcs", "ZW", 24, 320, "USD", qty=80)])),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATPOST01", "post", "KR", "AT", "284700",
     "Hydrogen peroxide 35 %, 4 x 1 l, for a licensed private user (home aquarium and pond treatment)", "KR", 4.6, 4,
     60, "EUR", [("PRECURSOR_LICENCE", "AT-BMI-61-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "GRAIR01", "air", "US", "GR", "290420",
     "Nitromethane 96 %, 4 x 1 gal, for a licensed private user (model-engine racing)", "US", 17, 4, 240, "USD",
     [("PRECURSOR_LICENCE", "GR-MCP-61-0037")], "nitromethane above 16 % to a licensed member of the public"),
    ("PRM-03", "waste", "export", "NOSEA01", "sea", "NO", "TR", "890110",
     "Coastal cruise ship, 1964, for recycling at an EU-listed ship recycling facility in Aliağa, 1 ship", "NO",
     6200000, 1, 2100000, "USD", [("BASEL_CONSENT", "NO-MD-61-0091")],
     "an end-of-life cruise ship to an EU-listed recycling yard with the consent of the states concerned"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "GB", "BE", "854914",
     "Waste lithium-ion batteries from a holiday-park e-bike hire fleet (16 06 05), for recycling at a licensed "
     "plant, 12 t", "GB", 12000, None, 0, "EUR", [("BASEL_CONSENT", "BE-OVAM-61-0133")],
     "notified waste lithium-ion batteries to a licensed recycling plant"),
    ("PRM-05", "ozone", "export", "GRSEA01", "sea", "GR", "GB", "290376",
     "Halon 1301 recovered from decommissioned charter-yacht engine rooms, 30 cylinders, for reclamation for "
     "critical uses in aviation", "GR", 1200, 30, 36000, "EUR", [("ODS_LICENCE", "GR-YPEN-ODS-61-004")],
     "recovered halon 1301 exported for reclamation under an ODS licence"),
    ("PRM-06", "ozone", "export", "ESSEA01", "sea", "ES", "DE", "290371",
     "HCFC-22 recovered from hotel air conditioners in the Canary Islands, 40 cylinders, for destruction", "ES",
     900, 40, 0, "EUR", [("ODS_LICENCE", "ES-MITECO-ODS-61-012")], "recovered HCFC-22 sent for destruction under an ODS licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Ushabti of a Theban priest, faience, Third Intermediate Period, documented French collection since 1928", "FR",
     0.3, 1, 14000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-61-0408")],
     "an Egyptian antiquity exported with the EU export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970310",
     "Ethiopian processional cross, bronze, 16th century, in an Italian collection since 1937, sold at auction", "IT",
     3, 1, 42000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-EXP-61-0192")],
     "a processional cross exported with the EU export licence and the Italian certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "NA", "901380",
     "Thermal imaging rifle scopes, 6 units, for a registered Namibian hunting concession", "DE", 12, 6, 25200,
     "EUR", [("EXPORT_LICENCE", "DE-BAFA-61-3318"), ("END_USER_CERTIFICATE", "NA-MEFT-EUC-61-0044")],
     "thermal sights under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESAIR01", "air", "ES", "MV", "902000",
     "Closed-circuit rebreathers, 4 units, for a Maldivian technical-diving training centre", "ES", 120, 4, 34000,
     "EUR", [("EXPORT_LICENCE", "ES-SEC-61-0522"), ("END_USER_CERTIFICATE", "MV-MED-EUC-61-0017")],
     "dual-use rebreathers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "ATAIR01", "air", "KG", "AT", "050790",
     "Argali (Ovis ammon) hunting trophy, horns and skull, 1 set, from a sustainable-use hunting quota", "KG", 20, 1,
     400, "USD", [("CITES_PERMIT", "KG-SAEPF-61-0071")], "an App. II hunting trophy with its export and import permits"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "GT", "NL", "060290",
     "Tillandsia xerographica, nursery-propagated, 2,000 plants", "GT", 300, 2000, 6000, "USD",
     [("CITES_PERMIT", "GT-CONAP-61-0288")], "App. II artificially propagated air plants with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Frau S. Huber", "PRM-02": "K. Georgiou", "PRM-04": "Central Recycling Batteries SA",
    "PRM-06": "Nordhafen Entsorgung GmbH", "PRM-11": "Thomas Gruber", "PRM-12": "Delta Plantenhandel BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (42 rows): the lawful twins of this set's disguises, most of them the
    # ordinary supplies of tourism, cruises, hotels and travellers
    ("220190", "Jeju lava-seawater mineral water, 1 l PET", "import", ["post"], ["KR"], (6, 12), (1, 4), ["USD", "EUR"], 1, S),
    ("220890", "Awamori rice spirit in stoneware jars, 1.8 l", "import", ["sea"], ["JP"], (12, 25), (1000, 4000), ["USD", "EUR"], 0.3, S),
    ("220890", "Kirsch cherry spirit, 0.7 l bottles", "import", ["road"], ["CH"], (18, 30), (1000, 5000), ["CHF", "EUR"], 1, S),
    ("310260", "Calcium nitrate fertiliser for golf greens, 25 kg sacks", "export", ["sea"], ["MA", "TN"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.04, S),
    ("250590", "Black volcanic sand souvenir jars, 500 g", "import", ["post"], ["IS"], (8, 16), (1, 3), ["EUR"], 2, S),
    ("250100", "Dishwasher regenerating salt, 25 kg sacks", "import", ["sea"], ["EG", "TR"], (0.15, 0.3), (18000, 24000), ["USD", "EUR"], 0.04, S),
    ("250100", "Uyuni salt-flat rock salt, souvenir bags", "import", ["post"], ["BO"], (5, 10), (1, 4), ["USD"], 1, S),
    ("381190", "Octane booster for marine engines, 1 l", "import", ["sea"], ["US"], (4, 8), (2000, 6000), ["USD"], 1, S),
    ("950790", "Fishing lure rattles and beads, brass", "export", ["air"], ["TZ", "KE"], (20, 40), (50, 300), ["EUR"], 150, S),
    ("250100", "Cape Verdean crater salt, 1 kg bags", "import", ["post"], ["CV"], (4, 8), (1, 4), ["EUR"], 1, S),
    ("940350", "Hotel bedroom furniture, new, flat-packed", "export", ["sea"], ["MR", "SN"], (3, 6), (6000, 12000), ["EUR"], 0.03, S),
    ("293369", "Pool chlorine tablets, TCCA 90 %, new, sealed buckets", "export", ["sea"], ["AL", "ME"], (2, 3.5), (8000, 16000), ["EUR"], None, S),
    ("950430", "Arcade game cabinets, new, LCD", "export", ["sea"], ["CM", "MA"], (20, 40), (3000, 8000), ["EUR"], 0.01, S),
    ("252010", "Natural gypsum rock for cement, bulk", "export", ["sea"], ["TR", "EG"], (0.01, 0.03), (20000, 40000), ["EUR"], None, S),
    ("890393", "Pedal boats, new, polyethylene, 4-seat", "export", ["sea"], ["AL", "ME"], (8, 14), (2000, 6000), ["EUR"], 0.01, S),
    ("251310", "Pumice stone for gardens and aquariums, bags", "import", ["sea"], ["TR", "IS"], (0.2, 0.5), (10000, 20000), ["EUR"], None, S),
    ("330300", "Eau de toilette, new, boxed, for travel retail", "import", ["air"], ["AE", "CH"], (40, 80), (200, 800), ["USD", "EUR"], 8, S),
    ("842860", "Surface ski lifts (T-bar), new", "export", ["road"], ["GE", "RS"], (8, 14), (8000, 16000), ["EUR"], None, S),
    ("841829", "Hotel minibar absorption refrigerators, new", "import", ["sea"], ["CN"], (8, 14), (4000, 10000), ["USD"], 0.06, S),
    ("281121", "Carbon dioxide (R-744), refillable cylinders", "import", ["sea"], ["TR"], (1.5, 3), (4000, 10000), ["EUR"], None, S),
    ("841510", "Window air conditioners, R-290, new", "import", ["sea"], ["CN"], (5, 9), (6000, 14000), ["USD"], 0.04, S),
    ("920890", "Hand-pump air horns, no propellant, for boats", "import", ["sea"], ["CN", "TW"], (6, 12), (1000, 4000), ["USD"], 2, S),
    ("442019", "Balinese wood carvings, heat-treated, new", "import", ["sea"], ["ID"], (2, 4), (2000, 6000), ["USD"], 0.3, S),
    ("841869", "Ice-rink chiller, propane (R-290), new", "import", ["road"], ["CH"], (9, 14), (3000, 8000), ["EUR", "CHF"], None, S),
    ("842410", "Water-mist extinguishers for boat engine rooms", "import", ["sea"], ["TR", "CN"], (10, 20), (1000, 4000), ["USD", "EUR"], 0.2, S),
    ("340290", "Hotel laundry detergent, enzymatic, 20 kg", "import", ["sea"], ["IN", "TR"], (1, 1.8), (10000, 20000), ["USD"], None, S),
    ("691390", "Faience ushabti replicas, new, stamped", "import", ["post"], ["EG"], (10, 20), (1, 3), ["USD"], 4, S),
    ("580500", "Hand-woven alpaca wall hangings, new", "import", ["post"], ["PE", "BO"], (40, 80), (1, 3), ["USD"], 1, S),
    ("680299", "Sandstone garden sculptures, new, Khmer style", "import", ["sea"], ["KH", "VN"], (1, 2.5), (4000, 12000), ["USD"], 0.02, S),
    ("691390", "Decorative terracotta amphora replicas, new", "import", ["sea"], ["TR", "TN"], (1.5, 3), (2000, 6000), ["EUR"], 0.1, S),
    ("711890", "Souvenir replica coins, brass, new", "import", ["post"], ["JO", "TR"], (30, 60), (1, 2), ["USD", "EUR"], 40, S),
    ("830629", "Brass hand crosses, new Ethiopian handicraft", "import", ["air"], ["ET"], (8, 15), (100, 400), ["USD"], 3, S),
    ("691200", "Rishtan glazed ceramic bowls, new", "import", ["air"], ["UZ"], (8, 14), (200, 800), ["USD"], 2, S),
    ("830629", "Brass Buddha and Tara statues, new", "import", ["air"], ["NP", "IN"], (10, 20), (200, 800), ["USD"], 0.5, S),
    ("570110", "Hand-knotted wool carpets, new", "import", ["sea"], ["TR", "IR"], (40, 80), (1000, 4000), ["USD"], 0.1, S),
    ("900510", "Binoculars, 10x42, roof prism, for birdwatching", "export", ["air"], ["KZ", "NA"], (60, 120), (50, 300), ["EUR"], 1.2, S),
    ("950629", "Open-circuit scuba regulators and jackets, new", "export", ["sea"], ["EG", "MV"], (40, 80), (500, 2000), ["EUR"], 0.3, S),
    ("901480", "Recreational fish finders with transducer", "export", ["sea"], ["TR", "NO"], (80, 150), (200, 1000), ["EUR"], 0.5, S),
    ("852589", "Action cameras, waterproof, retail", "import", ["air"], ["CN"], (100, 200), (200, 800), ["USD"], 6, S),
    ("381400", "Screen-printing ink thinner, glycol ether, drums", "export", ["sea"], ["LB", "JO"], (2, 4), (4000, 10000), ["EUR"], None, S),
    ("392640", "Resin coral replicas for aquariums, new", "import", ["post"], ["EG", "CN"], (15, 30), (1, 3), ["USD"], 3, S),
    ("711790", "Resin faux-tortoiseshell bracelets and hair combs", "import", ["post"], ["DO", "CN"], (40, 80), (1, 2), ["USD"], 30, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and their successors, blind80's everyday rows
# (blind72's, with blind80's own rows), less the shared table's two steel rows (as in blind128), with four new rows.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("611241", "Women's swimsuits, synthetic knit", "import", ["sea"], ["CN", "TR"], (15, 25), (2000, 6000), ["USD", "EUR"], 6, N),
        ("650400", "Plaited straw sun hats", "import", ["sea"], ["CN", "EC"], (6, 12), (1000, 4000), ["USD"], 6, N),
        ("853669", "Travel adapter plugs, universal", "import", ["post", "express"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 10, N),
        ("490199", "Printed travel guidebooks", "import", ["post"], ["GB", "DE"], (12, 25), (1, 4), ["GBP", "EUR"], 2, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind214", 20611101, HERE)


if __name__ == "__main__":
    main()
