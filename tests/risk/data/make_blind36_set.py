#!/usr/bin/env python3
"""Writes the thirty-sixth blind set (tests/risk/data/blind36-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated March - April 2032, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after round twenty-eight, to be measured once on its packs.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and the
same extras as make_blind5_set.py: a disguised row's extra header fields may carry
"_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL36-*:

    python3 tests/risk/data/make_blind36_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2032, 3, 1)
base.DAYS = 61  # 1 March to 30 April 2032
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESPOST01", "post", "CN", [], "ES", "330590",
         "Oxidante capilar 160 vol. (peróxido de hidrógeno 50 %), 6 botellas de 1 l", "CN", 6.6, 6, 45, "USD",
         "hair developer is 20-40 vol (6-12 % peroxide); '160 vol' is 50 % hydrogen peroxide (Annex I, above 12 %) "
         "in litre bottles by post to a private person under hair preparations; Spanish wording",
         person("Sr. J. García", "ES")),
        ("PRE-02", "export", "BESEA01", "sea", "BE", [], "LB", "282919",
         "Potassium chlorate 99.5 %, for oxygen-candle manufacture, 25 kg drums, 800 kg", "BE", 800, 32, 1900, "EUR",
         "oxygen candles are sodium chlorate pressed with iron powder by a few aviation suppliers; 800 kg of "
         "potassium chlorate (Annex I) to a Beirut general trader with no candle plant",
         {"importer_name": "Sharq General Trading SARL", "importer_country": "LB"}),
        ("PRE-03", "import", "DEAIR01", "express", "TR", [], "DE", "560790",
         "Dekorative Flechtschnur, weiß, 5 mm, Kern 'Pulver 10 g/m', Rollen à 250 m, 4 Rollen", "TR", 26, 4, 620, "EUR",
         "a 5 mm braided cord with a 10 g/m powder core is detonating cord (PETN core, UN 0065); macramé cord has "
         "no core; by express to a private person; German wording",
         person("Herr K. Becker", "DE")),
        ("PRE-04", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Pakiety chłodzące jednorazowe - wkład, saletra amonowa 34 % N luzem, worki 50 kg, 2 000 kg", "UA", 2000, 40, 900, "EUR",
         "instant cold packs hold about 100 g of ammonium nitrate each; two tonnes of loose 34 % N prill in 50 kg "
         "sacks under chemical preparations, with no pack-filling plant; Polish wording",
         firm("Medpak Handel Sp. z o.o.", "PL")),
        ("PRE-05", "export", "FRSEA01", "sea", "FR", [], "LY", "903090",
         "Accessoires pour géophones, capsules sismiques, 600 pcs", "FR", 45, 600, 7200, "EUR",
         "'seismic caps' are seismic detonators (UN 0030/0456) sent as instrument parts to a Libyan trader; "
         "explosives need transfer papers; French wording", {"importer_country": "LY"}),
        ("PRE-06", "import", "NLAIR01", "express", "US", [], "NL", "381800",
         "Cold-spark machine granules, potassium perchlorate / aluminium base, 2 kg pouches x 10", "US", 20, 10, 480, "USD",
         "cold-spark granules are titanium-zirconium alloy powder with no oxidiser; a perchlorate-aluminium mix "
         "is flash composition, under the doped-chemical heading by express to a private person",
         person("Mw. E. de Jong", "NL")),
        ("PRE-07", "import", "ITPOST01", "post", "GB", [], "IT", "370790",
         "Polvere flash per fotografia d'epoca, magnesio 50 micron, 5 kg", "GB", 5, 5, 140, "GBP",
         "vintage flash photography used grams, not kilograms; 5 kg of 50 µm magnesium powder (Annex II) by post to "
         "a private person under photographic chemicals; Italian wording",
         person("Sig. M. Bianchi", "IT")),
        ("PRE-08", "import", "GRSEA01", "sea", "EG", [], "GR", "310290",
         "Λίπασμα αζωτούχο, νιτρικό αμμώνιο 33,5 %, χαμηλής πυκνότητας, 40 t", "EG", 40000, None, 9200, "EUR",
         "low-density (porous) 33.5 % ammonium nitrate is the explosives-grade prill; a fertiliser importer names "
         "high-density; at 230 EUR/t, well under fertiliser prices, to a newly formed firm; Greek wording",
         firm("Agrotiki Thessalias IKE", "GR")),
        ("PRE-09", "import", "ATROAD01", "road", "RS", [], "AT", "282690",
         "Schwimmbad-Stabilisator, Ammoniumperchlorat 200 µm, Fass 50 kg, 6 Fässer", "RS", 300, 6, 2800, "EUR",
         "pool stabiliser is cyanuric acid; ammonium perchlorate of rocket-propellant grain size declared as a pool "
         "chemical under fluoro-salts by van from Serbia; German wording", {"importer_country": "AT"}),
        ("PRE-10", "transit", "DEROAD01", "road", "NL", ["DE", "PL"], "UA", "380891",
         "Garden pest control kit: nitromethane 99 % 20 l, hexamine tablets 10 kg, 12 sets", "NL", 290, 12, 3600, "EUR",
         "nitromethane (Annex I) in 20 l cans does nothing against pests; with hexamine it is a precursor set; in "
         "transit by van to a private consignee",
         {"consignee_name": "Mr O. Kovalenko", "importer_country": "UA",
          "_more_items": [item("293339", "Hexamine fuel tablets, 10 kg", "PL", 120, 600, "EUR", qty=12)]}),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "GH", "854143",
         "Solar modules, second-hand, 'working', 40HC, 900 pcs", "NL", 19800, 900, 4500, "EUR",
         "900 modules at 5 EUR each from repowering, unsorted with cracked glass and no test report: end-of-life "
         "PV panels (WEEE) to Ghana, not second-hand goods", {"importer_country": "GH"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "VN", "844399",
         "Tonerkartuschen leer, Kerne zur Wiederaufbereitung, unsortiert, Gaylords, 14 t", "DE", 14000, None, 2800, "EUR",
         "unsorted empty cartridges at 0.20 EUR/kg with residual toner are collected e-waste; remanufacturing cores "
         "are sorted by model and sold per piece; German wording", {"importer_country": "VN"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "391590",
         "Contenitori in PP gialli, da strutture sanitarie, sigillati, pressati, 18 t", "IT", 18000, None, 900, "EUR",
         "yellow sealed containers from hospitals are sharps and clinical waste bins (Y1) baled as 'PP scrap'; "
         "Italian wording", {"importer_country": "TN"}),
        ("WST-04", "export", "NOSEA01", "sea", "NO", [], "NG", "250810",
         "Bentonite, used, oil-based drilling mud cuttings, dried, 24 t", "NO", 24000, None, 0, "EUR",
         "oil-based drill cuttings are hazardous waste (Y9); 'used bentonite' of no value from an offshore base "
         "to Nigeria", {"importer_country": "NG"}),
        ("WST-05", "export", "FRROAD01", "road", "FR", [], "ES", "262190",
         "Charge minérale pour cimenterie, cendres volantes, 25 t", "FR", 25000, None, 250, "EUR",
         "fly ash from a household-waste incinerator's flue-gas treatment (APC residue, heavy metals, dioxins) "
         "under other ash, at 10 EUR/t; coal fly ash is sold with an EN 450 grade; French wording", {"importer_country": "ES"}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "PK", "630900",
         "Used clothing, credential grade, mixed, with shoes and household textiles, 26 t", "BE", 26000, None, 3900, "EUR",
         "0.15 EUR/kg, unsorted with shoes and household textiles: textile waste from collection, not sorted "
         "reusable clothing (which sells at 0.6-1.5 EUR/kg)", {"importer_country": "PK"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "AO", "847150",
         "Computadores usados, torres, sem testes, a granel em contentor, 1 600 uds", "PT", 14400, 1600, 8000, "EUR",
         "1,600 untested towers loose in bulk at 5 EUR each, with 400 used CRT monitors: WEEE to Angola; reuse needs testing, packing and "
         "a test record; Portuguese wording",
         {"importer_country": "AO",
          "_more_items": [item("852849", "Monitores CRT usados, 400 uds", "PT", 6000, 1200, "EUR", qty=400)]}),
        ("WST-08", "import", "ESSEA01", "sea", "MA", [], "ES", "270799",
         "Aceite pesado de alquitrán, fondos de tanque, para mezcla, 20 t", "MA", 20000, None, 1200, "EUR",
         "tank bottoms are oily sludge (Y8/Y9) brought in 'for blending' at 60 EUR/t, far below fuel value; "
         "Spanish wording", {"importer_country": "ES"}),
        ("WST-09", "export", "PLRAIL01", "rail", "PL", ["BY"], "KZ", "850710",
         "Akumulatory kwasowo-ołowiowe, używane, sprawne, paletowane, 22 t", "PL", 22000, None, 8800, "EUR",
         "used lead-acid batteries at 0.40 EUR/kg with no capacity test are waste batteries (A1160) sent by rail; "
         "Polish wording", {"importer_country": "KZ"}),
        ("WST-10", "export", "GBSEA01", "sea", "GB", [], "MY", "391530",
         "PVC regrind, post-consumer, mixed colours, window profiles with glass and gaskets, 20 t", "GB", 20000, None, 1000, "GBP",
         "post-consumer window profile with glass and gaskets is mixed contaminated PVC (Y46/A3210) at 50 GBP/t; "
         "clean regrind sells at 300+ GBP/t", {"importer_country": "MY"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEAIR01", "air", "CN", [], "DE", "381300",
         "Clean agent FE-13 (trifluoromethane), data-centre fire suppression cylinders, 80 kg, 20 pcs", "CN", 1600, 20, 52000, "USD",
         "trifluoromethane is HFC-23 (GWP 14,800); 1.6 t in cylinders under the fire-extinguisher-charge heading "
         "with no quota reference", firm("Rechenzentrum Brandschutz GmbH", "DE")),
        ("OZN-02", "import", "ROROAD01", "road", "TR", ["BG"], "RO", "280430",
         "Azot tehnic, butelii 12 kg, 300 buc", "CN", 3600, 300, 6500, "EUR",
         "nitrogen comes in heavy high-pressure cylinders sold by volume; 12 kg net per cylinder of Chinese origin at "
         "22 EUR is an HFC fill (R-134a/R-410A) by van; Romanian wording", {"importer_country": "RO"}),
        ("OZN-03", "import", "FRSEA01", "sea", "CN", [], "FR", "382499",
         "Agent extincteur FK-5-1-12 'équivalent', heptafluoropropane, 100 kg, 60 bouteilles", "CN", 6000, 60, 84000, "USD",
         "'FK-5-1-12 equivalent' names a fluoroketone, but heptafluoropropane is HFC-227ea (quota gas) under mixtures; "
         "French wording", {"importer_country": "FR"}),
        ("OZN-04", "import", "ITPOST01", "post", "CN", [], "IT", "340290",
         "Spray raffreddante per ghiaccio sportivo, 400 ml, 48 pz (R-134a)", "CN", 20, 48, 150, "USD",
         "a technical aerosol propelled by pure HFC-134a by post to a private person: F-gas rules ban such aerosols "
         "for the public; Italian wording", person("Giulia Rossi", "IT")),
        ("OZN-05", "import", "BEAIR01", "express", "US", [], "BE", "290314",
         "Spot remover / laboratory solvent, tetrachloromethane 99.9 %, 4 x 2.5 l", "US", 16, 4, 220, "USD",
         "carbon tetrachloride is an ozone-depleting substance banned for such uses; an old spot remover by "
         "express to a private person", person("Jan Peeters", "BE")),
        ("OZN-06", "import", "NLSEA01", "sea", "IN", [], "NL", "841861",
         "Chiller units, 60 kW, with factory charge 'HC blend', 12 units", "IN", 14400, 12, 96000, "USD",
         "an Indian chiller of 60 kW with a 'HC blend' of about 18 kg per unit and an R-22 nameplate pressure is "
         "pre-charged HCFC equipment, banned from placing on the market", {"importer_country": "NL"}),
        ("OZN-07", "import", "ESSEA01", "sea", "CN", [], "ES", "732690",
         "Cilindros de acero vacíos, desechables, 13,6 kg, 1.000 uds", "CN", 13600, 1000, 27000, "USD",
         "'empty' disposable cylinders whose net mass is their fill (13.6 kg each) and 27 USD a piece: full HFC "
         "cylinders of a banned non-refillable type; Spanish wording", {"importer_country": "ES"}),
        ("OZN-08", "import", "PLROAD01", "road", "BY", [], "PL", "840991",
         "Części do klimatyzacji samochodowej, butle serwisowe, 200 szt.", "CN", 2000, 200, 5200, "USD",
         "car air-con 'parts' of 10 kg each: R-134a service cylinders under engine parts by truck from Belarus, with gauges and valves to match; "
         "Polish wording",
         {"importer_country": "PL",
          "_more_items": [item("848180", "Zawory i manometry serwisowe, 200 kpl.", "CN", 300, 2400, "USD", qty=200)]}),
        ("OZN-09", "transit", "BGROAD01", "road", "TR", ["BG"], "MK", "290349",
         "Freon R-22 'R-422D drop-in', 13.6 kg, 400 cylinders", "CN", 5440, 400, 26000, "USD",
         "labels naming a drop-in blend over R-22 fills: HCFC-22 moved in transit under the fluorinated-derivatives "
         "heading with no licence", {"importer_country": "MK"}),
        ("OZN-10", "import", "DEPOST01", "post", "AE", [], "DE", "841590",
         "Klimaanlage Nachfüllset, 3 Dosen R-32 à 1 kg mit Schlauch", "AE", 3.2, 3, 65, "USD",
         "1 kg cans of R-32 with a hose are DIY HFC refill kits, which may not be sold to private persons; by post "
         "under air-conditioner parts; German wording", person("Lena Wagner", "DE")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEROAD01", "road", "UA", ["PL"], "DE", "442199",
         "Ikonen, Holz, Souvenirs, 'neu', 14 Stück", "UA", 42, 14, 700, "EUR",
         "14 icons on old panels with worm holes, cracked gesso and inventory numbers from a war-affected region "
         "declared as new souvenirs at 50 EUR each (ICOM Red List Ukraine); German wording",
         person("Privatperson", "DE")),
        ("CUL-02", "import", "FRAIR01", "air", "TR", [], "FR", "950790",
         "Plombs de pêche anciens, lot de 120", "TR", 2.4, 120, 6000, "EUR",
         "lead pieces at 50 EUR each with impressions are Byzantine lead seals (molybdoboulla) from metal detecting; "
         "fishing weights cost cents; French wording", {"importer_country": "FR"}),
        ("CUL-03", "import", "ITAIR01", "air", "LY", ["TN"], "IT", "680291",
         "Sculture decorative in marmo, busti, 2 pz", "LY", 95, 2, 800, "EUR",
         "two marble female busts without faces from Libya: Cyrenaican funerary busts (ICOM Red List Libya), at 400 "
         "EUR each as decorative stone; Italian wording", {"importer_country": "IT"}),
        ("CUL-04", "import", "NLAIR01", "air", "ML", ["MA"], "NL", "490199",
         "Old books, Arabic, handwritten, loose leaves in leather covers, 30 pcs", "ML", 18, 30, 900, "EUR",
         "handwritten Arabic codices from Mali in leather satchels are Timbuktu-type manuscripts (ICOM Red List West "
         "Africa) under printed books", {"importer_country": "NL"}),
        ("CUL-05", "import", "ESSEA01", "sea", "VN", [], "ES", "691390",
         "Cerámica decorativa, cuencos y platos con concreciones marinas, 240 pzas", "VN", 300, 240, 2400, "USD",
         "bowls with marine concretions are cargo raised from a shipwreck (underwater cultural heritage, UNESCO 2001), "
         "declared as decorative ceramics; Spanish wording", {"importer_country": "ES"}),
        ("CUL-06", "import", "DEAIR01", "air", "PE", ["US"], "DE", "630790",
         "Textile fragments, wool, old, for framing, 6 pcs", "PE", 3, 6, 1800, "USD",
         "camelid-wool fragments with pre-Hispanic motifs from Peru are Paracas/Nazca grave textiles (ICOM Red List "
         "Latin America) under made-up textile articles", {"importer_country": "DE"}),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "691310",
         "Vasi in ceramica, riproduzioni, figure rosse, 3 pz", "IT", 24, 3, 600, "EUR",
         "red-figure vases with root marks and incrustation going to a Swiss free port: Apulian vases from clandestine "
         "digs, declared as reproductions at 200 EUR; Italian wording", {"importer_country": "CH"}),
        ("CUL-08", "import", "BEAIR01", "air", "ET", [], "BE", "830629",
         "Brass crosses, decorative, handmade, 8 pcs", "ET", 14, 8, 4800, "USD",
         "brass processional crosses at 600 USD each with wear from use: Ethiopian church property (Red List Africa), "
         "not tourist copies", {"importer_country": "BE"}),
        ("CUL-09", "import", "GBAIR01", "air", "AF", ["AE"], "GB", "681099",
         "Garden statues, grey stone, 'reconstituted', 3 pcs", "AF", 210, 3, 1500, "USD",
         "grey schist reliefs from Afghanistan declared as reconstituted stone: Gandhara Buddhist sculpture (Red List "
         "Afghanistan) via Dubai", {"importer_country": "GB"}),
        ("CUL-10", "import", "ATPOST01", "post", "BG", [], "AT", "711890",
         "Münzen, Fantasie, Bronze, 300 Stück", "BG", 1.8, 300, 2100, "EUR",
         "300 uncleaned bronze coins at 7 EUR each with soil: Roman provincial coins from Bulgarian metal detecting, "
         "declared as fantasy coins by post; German wording", person("Thomas Gruber", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", ["AE"], "MV", "880730",
         "Aircraft spare parts, used, for Boeing 737, 'Maldives airline', 30 pcs", "US", 420, 30, 380000, "USD",
         "a Maldivian consignee buying 380,000 USD of 737 parts via Dubai with no fleet to match: a known diversion "
         "route to Russian airlines under sanctions", {"importer_country": "MV"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "GE", "848210",
         "Cuscinetti a sfere, 6205-6310, per ricambi agricoli, 9 t", "IT", 9000, None, 54000, "EUR",
         "9 t of bearings to a Georgian trader with no farm-machine trade, bought in a volume that matches Russian "
         "industrial demand (CHPL items); Italian wording", {"importer_country": "GE"}),
        ("STR-03", "export", "NLAIR01", "air", "NL", [], "RS", "854231",
         "Microcontrollers, 32-bit, for washing-machine repair, 12,000 pcs", "US", 24, 12000, 48000, "USD",
         "12,000 US-made MCUs 'for washing-machine repair' to a Serbian trader: a CHPL item routed to Russia; repair "
         "shops buy tens, not thousands", {"importer_country": "RS"}),
        ("STR-04", "export", "BESEA01", "sea", "BE", [], "TR", "382499",
         "Flame retardant for polyurethane, DMMP, 200 l drums, 8 drums", "BE", 1600, 8, 9600, "EUR",
         "dimethyl methylphosphonate is a CWC Schedule 2B chemical needing a licence; declared by its flame-retardant "
         "use to a Turkish trader with no foam plant", {"importer_country": "TR"}),
        ("STR-05", "export", "FRAIR01", "air", "FR", ["AE"], "IR", "900190",
         "Lentilles pour caméras, tubes 18 mm, 40 pcs", "FR", 8, 40, 96000, "EUR",
         "18 mm 'tubes' at 2,400 EUR each are image-intensifier tubes (dual-use 6A002) to Iran via Dubai; French wording",
         {"importer_country": "IR"}),
        ("STR-06", "export", "DEROAD01", "road", "DE", ["PL"], "KG", "840790",
         "Kart-Motoren 2-Takt, 28 PS, 16 Stück", "DE", 640, 16, 78000, "EUR",
         "4,900 EUR two-stroke engines of 28 hp 'for go-karts' to Kyrgyzstan: UAV engines of the size used in "
         "loitering drones, to a reseller; German wording", {"importer_country": "KG"}),
        ("STR-07", "import", "BEAIR01", "air", "AE", [], "BE", "710210",
         "Rough diamonds, unsorted, origin UAE, 1,200 ct", "AE", 0.24, 1200, 180000, "USD",
         "the UAE has no diamond mines; rough stones of 'UAE origin' are re-exports whose Kimberley certificate names "
         "the real origin, here likely Russian, banned from import", {"importer_country": "BE"}),
        ("STR-08", "export", "ESSEA01", "sea", "ES", [], "DZ", "381400",
         "Ink solvent, 2,2'-thiodiethanol, 220 kg drums, 10 pcs", "ES", 2200, 10, 14000, "EUR",
         "thiodiglycol is a CWC Schedule 2B mustard precursor (licence, end-use declaration); the 'ink solvent' use is "
         "real but the quantity and a trader consignee are not; a second item of phosphorus trichloride "
         "(CWC Schedule 3) rides in the same 'ink' consignment",
         {"importer_country": "DZ",
          "_more_items": [item("281213", "Phosphorus trichloride, ink additive, 4 drums", "ES", 1000, 2600, "EUR", qty=4)]}),
        ("STR-09", "export", "LTRAIL01", "rail", "LT", ["BY"], "KZ", "848620",
         "Vacuum pumps, dry scroll, 'for food packaging', 40 pcs", "DE", 1600, 40, 140000, "EUR",
         "dry scroll pumps at 3,500 EUR each to a Kazakh food trader, routed across Belarus by rail: semiconductor "
         "and vacuum equipment on the CHPL under food-packaging wording", {"importer_country": "KZ"}),
        ("STR-10", "export", "PLROAD01", "road", "PL", [], "AM", "847989",
         "Hot isostatic press, laboratory, used, for ceramic tiles, 1 pc", "DE", 9000, 1, 320000, "EUR",
         "a hot isostatic press (dual-use 2B004) to an Armenian buyer: tile makers do not use HIP; declared as used "
         "laboratory machinery", {"importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "FRAIR01", "air", "LA", ["TH"], "FR", "440799",
         "Bois d'encens, copeaux, 'bois de santal jaune', 60 kg", "LA", 60, None, 36000, "USD",
         "resinous dark chips at 600 USD/kg from Laos are agarwood (Aquilaria, CITES App. II) under sawn wood named "
         "as sandalwood; French wording", {"importer_country": "FR"}),
        ("WLF-02", "import", "DEAIR01", "air", "KZ", ["TR"], "DE", "050790",
         "Goat horns, for handicraft, 80 kg", "KZ", 80, None, 24000, "USD",
         "translucent amber horns at 300 USD/kg from Kazakhstan are saiga antelope horns (CITES App. II, zero quota); "
         "goat horn sells at a few dollars", {"importer_country": "DE"}),
        ("WLF-03", "import", "ITSEA01", "sea", "IN", [], "IT", "121190",
         "Radici essiccate per erboristeria, 'kuth', 300 kg", "IN", 300, None, 9000, "USD",
         "kuth root is Saussurea costus (CITES App. I) under medicinal plants; Italian wording",
         {"importer_country": "IT"}),
        ("WLF-04", "import", "NLPOST01", "post", "TW", [], "NL", "060290",
         "Plant tissue culture flasks, 'hybrid lady slipper', 20 flasks", "TW", 6, 20, 600, "USD",
         "flasked Paphiopedilum seedlings (App. I, propagated material still needs a CITES permit) by post to a "
         "private person", person("M. Bakker", "NL")),
        ("WLF-05", "import", "PTAIR01", "air", "BR", [], "PT", "392690",
         "Bijuterias de coral preto, contas de plástico, 2 kg", "BR", 2, 800, 6400, "EUR",
         "black coral (Antipatharia, App. II) beads at 8 EUR each declared as plastic beads under plastic articles; "
         "Portuguese wording", {"importer_country": "PT"}),
        ("WLF-06", "import", "BEAIR01", "air", "CO", [], "BE", "030111",
         "Poissons d'ornement vivants, silures 'L-173', élevés en captivité, blanc et noir rayé, 300 pcs", "CO", 30, 300, 27000, "USD",
         "black-and-white striped L-number plecos at 90 USD each are zebra plecos (Hypancistrus zebra, CITES, endemic "
         "to Brazil's Xingu, export banned) laundered through Colombia, which has no such fish, as captive-bred; "
         "French wording (dev22-b had the species, here by another origin and code)", {"importer_country": "BE"}),
        ("WLF-07", "import", "GBSEA01", "sea", "ID", [], "GB", "440729",
         "Sawn hardwood, 'meranti', decking, 18 m3", "ID", 11000, None, 21000, "USD",
         "heavy pale 'meranti' decking at 600 kg/m3 with straight grain is ramin (Gonystylus, App. II) from Indonesia, "
         "under a trade name", {"importer_country": "GB"}),
        ("WLF-08", "import", "ESAIR01", "air", "MX", [], "ES", "030289",
         "Vejigas natatorias frescas, 'corvina', 25 kg", "MX", 25, None, 30000, "USD",
         "swim bladders at 1,200 USD/kg from Baja California are totoaba maws (App. I); corvina maw sells for a "
         "fraction; Spanish wording (totoaba dried maw was in blind34, here fresh by air to Spain)",
         {"importer_country": "ES"}),
        ("WLF-09", "import", "ATAIR01", "express", "PK", [], "AT", "621420",
         "Pashmina Schal, 100 % Kaschmir, 'Ring Shawl', 5 Stück", "PK", 0.5, 5, 12500, "EUR",
         "ring shawls at 2,500 EUR each that pass through a finger ring are shahtoosh (Tibetan antelope, App. I); "
         "German wording", person("Frau S. Huber", "AT")),
        ("WLF-10", "import", "CZAIR01", "post", "CN", [], "CZ", "300490",
         "Traditional medicine pills, 'Liu Shen Wan', 麝香, 200 boxes", "CN", 4, 200, 1600, "USD",
         "the ingredient list names 麝香 (musk), from musk deer (Moschus, App. I/II) with no CITES document, by post",
         person("Private person", "CZ")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEROAD01", "road", "NO", "SE", "360340",
     "Electronic detonators for a quarry, programmable, 4 m leads, 1,500 pcs", "NO", 180, 1500, 21000, "EUR",
     [("PRECURSOR_LICENCE", "SE-MSB-32-0187")], "detonators with their transfer licence to a quarrying contractor"),
    ("PRM-02", "precursors", "import", "FRROAD01", "road", "DE", "FR", "282919",
     "Potassium chlorate 99 %, for a match factory, 25 kg drums, 2 t", "DE", 2000, 80, 4400, "EUR",
     [("PRECURSOR_LICENCE", "FR-MI-32-0452")], "licensed potassium chlorate to a match maker"),
    ("PRM-03", "waste", "export", "DESEA01", "sea", "DE", "BE", "850710",
     "Spent lead-acid batteries, for secondary lead smelting, 22 t", "DE", 22000, None, 8100, "EUR",
     [("BASEL_CONSENT", "DE-LANUV-32-0641")], "notified waste batteries to a licensed smelter"),
    ("PRM-04", "waste", "export", "NLSEA01", "sea", "NL", "NO", "382550",
     "Spent pickling liquor, ferrous chloride, for regeneration, ISO tank, 20 t", "NL", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-32-0318")], "notified spent pickling acid to a regeneration plant"),
    ("PRM-05", "ozone", "import", "DESEA01", "sea", "CN", "DE", "290341",
     "HFC-23 (trifluoromethane) for semiconductor plasma etching, 60 kg cylinders, 10 pcs", "CN", 600, 10, 26000, "USD",
     [("FGAS_QUOTA", "DE-UBA-FG-32-0107")], "HFC-23 within a semiconductor maker's quota authorisation"),
    ("PRM-06", "ozone", "import", "ITAIR01", "air", "US", "IT", "290314",
     "Carbon tetrachloride 99.9 %, laboratory reagent, essential laboratory use, 20 x 1 l", "US", 32, 20, 1900, "USD",
     [("ODS_LICENCE", "IT-MASE-ODS-32-0021")], "licensed laboratory CCl4 to a university"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "US", "970210",
     "Engraving, Flemish, 17th century, private collection since 1920, 1 pc", "BE", 3, 1, 42000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-FWB-32-0077")], "a documented old-master print with its export licence"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970531",
     "Roman bronze coins, collection, 42 pcs, ex-collection 1958, with export certificate", "IT", 0.5, 42, 9600, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-32-0133")], "a documented coin collection with its export certificate"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "JP", "900190",
     "Image-intensifier tubes, 18 mm, for a scientific camera maker, 12 pcs", "NL", 3, 12, 34000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-32-0551"), ("END_USER_CERTIFICATE", "JP-METI-EUC-32-0092")],
     "6A002 tubes under licence to a Japanese camera maker"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "KR", "293141",
     "Dimethyl methylphosphonate, 200 l drums, for a flame-retardant compounder, 4 drums", "BE", 800, 4, 4800, "EUR",
     [("EXPORT_LICENCE", "BE-FLA-32-0224"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-32-0311")],
     "Schedule 2 DMMP under licence with an end-use declaration"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "TW", "NL", "060290",
     "Paphiopedilum hybrids, artificially propagated, in flasks, 300 flasks", "TW", 90, 300, 4500, "USD",
     [("CITES_PERMIT", "TW-CITES-32-01284")], "propagated App. I orchid flasks with their permit to a nursery"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "VN", "FR", "330190",
     "Agarwood oil, plantation Aquilaria crassna, 2 kg", "VN", 2, None, 18000, "USD",
     [("CITES_PERMIT", "VN-CITES-32-0446")], "plantation agarwood oil with its export permit to a perfumer"),
]

CONSIGNEES = {
    "PRM-01": "Nordsten Bergteknik AB", "PRM-02": "Allumettière du Jura SAS", "PRM-05": "Dresden Halbleiter Ätztechnik GmbH",
    "PRM-06": "Università di Padova, Dip. Chimica", "PRM-11": "Orchideeënkwekerij Westland BV",
    "PRM-12": "Parfums Grasse Ingrédients SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (38 rows)
    ("390120", "HDPE blow-moulding grade, prime, density 0.955, 25 kg bags", "import", ["sea"], ["SA", "AE"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390810", "Polyamide 66 chips, prime, engineering grade, 25 kg bags", "import", ["sea"], ["CN", "KR"], (1.8, 2.4), (18000, 22000), ["USD"], None, S),
    ("391510", "Clean post-industrial PP nonwoven edge trim, baled, single polymer", "export", ["road"], ["CH", "NO"], (0.3, 0.45), (14000, 20000), ["EUR"], None, S),
    ("740400", "Bare bright copper wire scrap, ISRI 'Barley', clean", "export", ["sea"], ["KR", "IN"], (8, 9.5), (18000, 22000), ["USD"], None, S),
    ("847150", "Refurbished desktop PCs, grade A, tested, data-wiped, boxed, 12-month warranty", "import", ["sea"], ["US", "GB"], (40, 80), (1500, 4000), ["USD", "GBP"], 0.17, S),
    ("847130", "Refurbished tablets, tested, battery report, boxed", "import", ["express"], ["GB", "US"], (300, 600), (1, 3), ["GBP", "USD"], 2, S),
    ("850650", "Lithium coin cells CR2450, new, retail blister", "import", ["sea"], ["JP", "CN"], (25, 45), (500, 2000), ["USD"], 150, S),
    ("854143", "Solar modules 430 W, new, boxed, IEC 61215 certificate", "import", ["sea"], ["CN", "VN"], (1.8, 2.8), (18000, 22000), ["USD"], 0.045, S),
    ("401210", "Retreaded truck tyres, ECE R109 approved", "import", ["road"], ["PL", "CZ"], (3, 4.5), (8000, 14000), ["EUR"], 0.018, S),
    ("720449", "Shredded steel scrap E40, with radiation-free certificate", "import", ["sea"], ["GB", "US"], (0.35, 0.45), (22000, 26000), ["USD", "GBP"], None, S),
    ("271320", "Paving bitumen 50/70, EN 12591, heated tanker", "import", ["sea"], ["ES", "GR"], (0.4, 0.55), (20000, 25000), ["EUR"], None, S),
    ("250810", "Bentonite, sodium-activated, API 13A drilling grade, new, 1 t bags", "export", ["sea"], ["NO", "GB"], (0.15, 0.3), (20000, 24000), ["EUR"], None, S),
    ("630900", "Used shoes, sorted, paired, grade A, for reuse, bales", "export", ["sea"], ["GH", "KE"], (0.8, 1.5), (18000, 24000), ["EUR"], None, S),
    ("283421", "Potassium nitrate 13-0-46, fertigation grade, to a greenhouse grower", "import", ["sea"], ["CL", "IL"], (0.9, 1.3), (20000, 24000), ["USD"], None, S),
    ("330590", "Hair developer 20 vol (6 %), salon 1 l bottles", "import", ["road"], ["IT", "ES"], (3, 6), (500, 3000), ["EUR"], 1, S),
    ("370790", "Colour film developing kit C-41, 1 l, retail", "import", ["post"], ["GB", "DE"], (30, 60), (1, 3), ["GBP", "EUR"], 1, S),
    ("560790", "Macramé cotton cord 5 mm, 100 m rolls", "import", ["post"], ["TR", "PL"], (15, 30), (1, 4), ["EUR"], 1, S),
    ("382499", "Instant cold packs, single use, first aid, 150 g", "import", ["sea"], ["CN", "MY"], (1.5, 2.5), (5000, 12000), ["USD"], 6, S),
    ("360350", "Airbag initiators, 1.4S, for an airbag-module plant", "import", ["air", "sea"], ["US", "JP"], (100, 200), (50, 300), ["USD"], 150, S),
    ("381300", "Fire-extinguisher charges, ABC dry powder, 25 kg bags", "import", ["sea"], ["CN", "TR"], (1.0, 1.6), (10000, 20000), ["USD", "EUR"], None, S),
    ("281121", "Carbon dioxide R-744, refrigerant grade, 37.5 kg cylinders", "import", ["road"], ["DE", "NL"], (2, 4), (500, 3000), ["EUR"], 0.027, S),
    ("841861", "CO2 (R-744) heat pump water heaters, new", "import", ["sea"], ["JP"], (15, 25), (5000, 12000), ["USD"], 0.008, S),
    ("382499", "Cold spray for sports injuries, butane/propane, 400 ml", "import", ["sea"], ["DE", "CN"], (8, 14), (1000, 4000), ["EUR", "USD"], 3, S),
    ("491191", "Icon prints on canvas, new, Orthodox saints, souvenir", "import", ["post"], ["GR", "BG"], (20, 40), (1, 3), ["EUR"], 4, S),
    ("691390", "Replica Roman oil lamps, terracotta, museum shop", "import", ["post"], ["IT", "TN"], (15, 30), (1, 3), ["EUR"], 6, S),
    ("711890", "Replica Roman coins, marked COPY, museum shop", "import", ["express"], ["GB", "IT"], (80, 200), (1, 2), ["GBP", "EUR"], 100, S),
    ("830629", "Brass crosses, new, souvenir, lightweight", "import", ["post"], ["ET", "EG"], (10, 25), (1, 3), ["USD"], 8, S),
    ("961590", "Water-buffalo horn combs, handmade", "import", ["post"], ["IN", "VN"], (20, 40), (1, 3), ["USD"], 25, S),
    ("710122", "Cultured freshwater pearls, loose, drilled", "import", ["air"], ["CN"], (100, 400), (5, 50), ["USD"], None, S),
    ("411390", "Kangaroo leather, crust, for football boots", "import", ["air", "sea"], ["AU"], (20, 40), (500, 2000), ["AUD"], None, S),
    ("030119", "Ornamental fish, captive-bred guppies and platies", "import", ["air"], ["SG", "LK"], (15, 30), (50, 300), ["USD"], 20, S),
    ("050790", "Deer antler velvet, dried slices, farmed New Zealand red deer", "import", ["air"], ["NZ"], (200, 400), (20, 200), ["NZD", "USD"], None, S),
    ("440729", "Teak, FSC plantation, sawn", "import", ["sea"], ["GH", "PA"], (1.5, 2.5), (15000, 20000), ["USD"], None, S),
    ("121190", "Liquorice root, dried, for herbal teas", "import", ["sea"], ["UZ", "AF"], (1.0, 2.0), (10000, 20000), ["USD"], None, S),
    ("621420", "Cashmere scarves, machine-woven, 200 g", "import", ["air"], ["MN", "CN"], (200, 350), (100, 800), ["USD"], 5, S),
    ("880730", "Aircraft parts for A320 line maintenance, with release certificates, to an EU MRO", "import", ["air"], ["US", "FR"], (200, 800), (20, 300), ["USD", "EUR"], None, S),
    ("848210", "Ball bearings, deep groove, for a gearbox maker", "import", ["sea"], ["JP", "KR"], (8, 15), (2000, 8000), ["USD"], 6, S),
    ("854231", "Microcontrollers, automotive grade, to an electronics assembly plant", "import", ["air"], ["TW", "MY"], (1000, 3000), (5, 40), ["USD"], 500, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# as blind36 drew it.
base.GOODS += base.everyday()

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind36", 20320301, HERE)


if __name__ == "__main__":
    main()
