#!/usr/bin/env python3
"""Writes the twenty-third blind set (tests/risk/data/blind23-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated January - February 2030, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-three profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
travel only so, with parcel masses, and no ordinary partner is an EU member. Ids are BL23-*:

    python3 tests/risk/data/make_blind23_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2030, 1, 1)
base.DAYS = 59  # 1 January to 28 February 2030
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATROAD01", "road", "UA", ["HU"], "AT", "310230",
         "Schneezement für Pistenpräparierung, Ammoniumnitrat 34,4 % N, Big Bags 1 t, 20 t", "UA", 20000, 20, 6400,
         "EUR",
         "snow hardener for ski slopes is sometimes ammonium nitrate, but lift operators buy a few bags from an "
         "agricultural dealer; 20 t of 34.4 % N AN (Annex I, above 16 % N) by road to a trading firm that runs no "
         "slope; German wording", firm("Alpenhandel Kufstein GmbH", "AT")),
        ("PRE-02", "import", "ATPOST01", "post", "TR", [], "AT", "284700",
         "Algenentferner für Aquarien, Wasserstoffperoxid 35 %, Kanister 5 l, 4 Stk.", "TR", 22, 4, 70, "EUR",
         "aquarium algae treatments are 3 % peroxide dosed by the millilitre; 20 l of 35 % hydrogen peroxide (Annex I, "
         "limit 12 %) by post to a private address; German wording", person("Privatperson", "AT")),
        ("PRE-03", "import", "ITAIR01", "express", "CN", [], "IT", "290420",
         "Solvente per cromatografia HPLC, nitrometano 99 %, flaconi 1 l, 12 pz", "CN", 14, 12, 180, "USD",
         "HPLC solvents go to laboratories from a lab distributor; 12 l of 99 % nitromethane (Annex I, limit 30 %) by "
         "express to a private person is the restricted substance under a laboratory word; Italian wording",
         person("Sig. D. Ferrari", "IT")),
        ("PRE-04", "import", "PLRAIL01", "rail", "CN", ["KZ", "BY"], "PL", "852352",
         "Elektroniczne znaczniki RFID z programowanym opóźnieniem 0-14 000 ms, przewód 6 m, 2 000 szt.", "CN", 600,
         2000, 9800, "USD",
         "an RFID tag has no firing delay and no 6 m downline: a programmable 0-14,000 ms delay on a wire lead is an "
         "electronic detonator, to a trader by rail through Belarus; Polish wording",
         firm("Tagmet Systemy Sp. z o.o.", "PL")),
        ("PRE-05", "import", "ESSEA01", "sea", "CN", [], "ES", "340290",
         "Limpiador industrial de metales (发烟硝酸 98 %), bidones 25 l, 40 uds", "CN", 1400, 40, 2100, "USD",
         "the Chinese in brackets reads 'fuming nitric acid 98 %': red fuming nitric acid (Annex I, limit 3 %) under a "
         "cleaning-preparation heading to a small trader; Spanish and Chinese wording",
         firm("Suministros Levante Import SL", "ES")),
        ("PRE-06", "import", "FRPOST01", "post", "CN", [], "FR", "440290",
         "Poudre de charbon de bois, grain FFFg, boîtes métalliques 1 kg, 18 pcs", "CN", 18, 18, 45, "USD",
         "FFFg is a black-powder granulation, and charcoal is not sold in sealed 1 kg metal tins: black powder "
         "(an explosive, chapter 36) as charcoal by post to a private person; French wording",
         person("M. R. Garnier", "FR")),
        ("PRE-07", "export", "DESEA01", "sea", "DE", ["DJ"], "YE", "282919",
         "Kaliumchlorat 99,5 %, für die Zündholzherstellung, Säcke 25 kg, 8 t", "DE", 8000, 320, 11000, "EUR",
         "potassium chlorate (Annex I) 'for match making' to a general trading house in Yemen, which has no match "
         "factory, by way of Djibouti; German wording",
         {"importer_name": "Al-Hudaydah General Trading Est.", "importer_country": "YE"}),
        ("PRE-08", "import", "BEPOST01", "post", "US", [], "BE", "381190",
         "Diesel cetane booster, nitromethane 98 %, 1 gal jugs, 5 pcs", "US", 22, 5, 160, "USD",
         "diesel cetane improvers are 2-ethylhexyl nitrate, never nitromethane; 19 l of 98 % nitromethane (Annex I) "
         "by post to a private person as a fuel additive", person("Particulier", "BE")),
        ("PRE-09", "export", "FRSEA01", "sea", "FR", ["CI"], "BF", "310230",
         "Engrais azoté, nitrate d'ammonium poreux 34,5 % N, big bags, 18,8 t", "FR", 18800, 19, 7800, "EUR",
         "porous (low-density, oil-absorbing) prills are the blasting grade, and the second item is gasoil at 6 % of the "
         "nitrate's mass: the ANFO ratio, to a farm-supply shop in Burkina Faso through Abidjan; French wording",
         {"importer_name": "Intrants Agricoles du Sahel SARL", "importer_country": "BF",
          "_more_items": [item("271019", "Gasoil, fûts 200 l, 6 pcs", "FR", 1000, 1200, "EUR", 6)]}),
        ("PRE-10", "import", "PTPOST01", "post", "BR", [], "PT", "282990",
         "Perclorato de potássio 99 %, 'sal para fogos de festa junina', saco 10 kg", "BR", 10, 1, 60, "USD",
         "potassium perchlorate (Annex I) is bought by licensed fireworks makers, not posted to a private person for "
         "a festival; Portuguese wording", person("Sr. A. Carvalho", "PT")),
    ],
    "waste": [
        ("WST-01", "export", "BESEA01", "sea", "BE", [], "GH", "401220",
         "Used car tyres, tread 4 mm and more, for reuse, 800 pcs", "BE", 12500, 800, 5600, "EUR",
         "800 car tyres weigh about 6.5 t, not 12.5: the tyres are stuffed with some 6 t of used lead-acid "
         "batteries (A1160), a West African route", {"importer_country": "GH"}),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "TG", "902290",
         "Krankenhausgeräte gebraucht, Röntgenröhren und Monitore, Räumungsware, ungeprüft", "DE", 9000, None, 1800,
         "EUR",
         "untested hospital clearance priced by the kilo (0.20 EUR/kg) is not equipment for reuse: e-waste with "
         "X-ray tubes and CRT monitors (A1180) to Togo; German wording", {"importer_country": "TG"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "KE", "630900",
         "Used clothing, sorted, cream grade, bales 45 kg", "NL", 24000, None, 1200, "EUR",
         "sorted cream-grade clothing sells at 0.8-1.5 EUR/kg; at 0.05 EUR/kg the bales are mixed plastic packaging "
         "(Y48) under a textile heading to Mombasa", {"importer_country": "KE"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "TR", "391690",
         "GFK-Profile, gebraucht, Längen 12 m, für Weiterverwendung", "DE", 22000, None, 880, "EUR",
         "'used 12 m GRP profiles' at 0.04 EUR/kg from a wind-farm repowering are cut rotor blades, composite waste "
         "for landfill or kilns, not profiles; German wording", {"importer_country": "TR"}),
        ("WST-05", "export", "GRSEA01", "sea", "GR", [], "LY", "271500",
         "Bituminous mixture, cutback, drums, for road repair", "GR", 19000, 95, 570, "EUR",
         "cutback bitumen costs 400-600 EUR/t; at 30 EUR/t the drums hold tank-bottom oily sludge (Y9) from tank "
         "cleaning, to Libya", {"importer_country": "LY"}),
        ("WST-06", "export", "BEROAD01", "road", "BE", ["FR", "ES"], "MA", "253090",
         "Terre végétale pour aménagement paysager, en vrac, 24 t", "BE", 24000, None, 240, "EUR",
         "landscaping topsoil is not trucked 2,500 km to Morocco at 10 EUR/t: excavated soil from a former gasworks "
         "with tar (A4160-type contaminated soil) as topsoil; French wording", {"importer_country": "MA"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "IN", "262190",
         "Copper slag abrasive, recovered from dry-dock blasting, for re-use, 25 t", "NL", 25000, None, 250, "EUR",
         "grit 'recovered from dry-dock blasting' is spent abrasive carrying antifouling paint (copper, TBT): "
         "hazardous waste (A4040-type), not a re-usable abrasive", {"importer_country": "IN"}),
        ("WST-08", "export", "ITROAD01", "road", "IT", [], "AL", "391590",
         "Macinato di plastica misto da strutture sanitarie, sacchi", "IT", 18000, None, 900, "EUR",
         "regrind 'from healthcare facilities' is shredded clinical waste with sharps (Y1), not plastic scrap; to "
         "Albania by road; Italian wording", {"importer_country": "AL"}),
        ("WST-09", "export", "PLSEA01", "sea", "PL", [], "PK", "901890",
         "Ciśnieniomierze rtęciowe, używane, nadwyżka szpitalna, 600 szt.", "PL", 1500, 600, 1200, "EUR",
         "mercury sphygmomanometers are withdrawn in the EU and may not be exported (Minamata, Reg. (EU) 2017/852): "
         "hospital surplus is mercury waste; Polish wording", {"importer_country": "PK"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "AO", "847130",
         "Portáteis usados para escolas, sem teste, 800 kg, 400 unid.", "PT", 800, 400, 2000, "EUR",
         "used laptops for reuse must be tested and documented (Basel e-waste guidelines); 'sem teste' at 5 EUR a "
         "piece is e-waste with lithium batteries to Angola; Portuguese wording", {"importer_country": "AO"}),
    ],
    "ozone": [
        ("OZN-01", "import", "NLSEA01", "sea", "SG", [], "NL", "841590",
         "Spare parts for reefer containers: gas bottles 13.6 kg, 60 pcs", "CN", 1100, 60, 9600, "USD",
         "60 bottles of 13.6 kg under reefer parts are refrigerant, R-134a by the fill, imported as parts with no "
         "F-gas quota", firm("Maasvlakte Reefer Service BV", "NL")),
        ("OZN-02", "import", "DEAIR01", "express", "CN", [], "DE", "381400",
         "电子元件冷冻喷剂 R134a，400 ml，240 罐 / Kältespray für Elektronik", "CN", 96, 240, 310, "USD",
         "'冷冻喷剂 R134a' is a freeze spray of HFC-134a: a technical aerosol of an HFC with GWP 1430, banned from the "
         "EU market, under a solvent heading; Chinese and German wording", firm("Elektro Lindner GmbH", "DE")),
        ("OZN-03", "import", "BGROAD01", "road", "TR", [], "BG", "392111",
         "XPS insulation boards 50 mm, blowing agent HFC-134a/HFC-152a, 22 t", "TR", 22000, None, 33000, "EUR",
         "extruded polystyrene blown with HFCs may not be placed on the EU market; the blowing agent is on the "
         "declaration", {"importer_country": "BG"}),
        ("OZN-04", "import", "GRROAD01", "road", "AL", ["MK"], "GR", "382761",
         "Recovered refrigerant R-404A for destruction, cylinders 10.9 kg, 80 pcs", "AL", 880, 80, 15000, "EUR",
         "refrigerant 'for destruction' goes to a destruction plant, not to an HVAC wholesaler, in new cylinders at a "
         "virgin price (17 EUR/kg): virgin R-404A outside the quota", firm("Frigotechniki Thessalonikis AE", "GR")),
        ("OZN-05", "import", "ESPOST01", "post", "CN", [], "ES", "382763",
         "Cartuchos de recarga para bomba de calor R-410A, 500 g, 20 uds", "CN", 10, 20, 80, "USD",
         "non-refillable cartridges of HFC-410A to a private person: no certificate, no quota, a banned container; "
         "Spanish wording", person("Sr. J. Martínez", "ES")),
        ("OZN-06", "import", "ITSEA01", "sea", "IN", [], "IT", "290371",
         "Chlorodifluoromethane, for fluoropolymer feedstock, ISO tank, 16 t", "IN", 16000, None, 48000, "USD",
         "feedstock HCFC-22 goes to a PTFE plant; the consignee is an air-conditioning service company, so the "
         "'feedstock' is R-22 for servicing", firm("Clima Service Adriatica Srl", "IT")),
        ("OZN-07", "import", "ESSEA01", "sea", "CN", [], "ES", "890690",
         "Pertrechos para buque pesquero 'Ocean Star 7': repuestos de frigorífico, botellas de gas, 12 uds", "CN",
         290, 12, 2600, "USD",
         "ship's 'spares' of twelve 22.7 kg gas bottles for a fishing vessel's freezer plant are R-22 for an old "
         "plant, landed in Las Palmas; Spanish wording",
         {"importer_name": "Armadores Canarios SL", "importer_country": "ES",
          "_more_items": [item("847989", "Repuestos de maquinaria de cubierta, juntas y filtros", "CN", 140, 1900,
                               "USD")]}),
        ("OZN-08", "import", "NLSEA01", "sea", "CN", [], "NL", "290369",
         "Dibromomethane, reaction solvent, CAS 74-97-5, drums 250 kg, 16 pcs", "CN", 4000, 16, 14000, "USD",
         "CAS 74-97-5 is bromochloromethane (halon 1011, an ODS), not dibromomethane (74-95-3): the CAS number "
         "belies the name", {"importer_country": "NL"}),
        ("OZN-09", "import", "FRROAD01", "road", "TR", [], "FR", "290342",
         "Échantillons sans valeur commerciale : gaz R-32, 10 bouteilles 9 kg", "TR", 90, 10, 1, "EUR",
         "90 kg of refrigerant is not a sample and has a value: HFC-32 outside the quota under a no-value sample "
         "declaration; French wording", firm("Clim Est Distribution SARL", "FR")),
        ("OZN-10", "import", "DEAIR01", "air", "IN", [], "DE", "290345",
         "HFA-134a pharmaceutical grade, for metered-dose inhalers, cylinders 50 kg, 20 pcs", "IN", 1000, 20, 9000,
         "USD",
         "pharma-grade HFC-134a goes to an inhaler filler; the consignee is a car-air-conditioning parts dealer, "
         "which makes it refrigerant without a quota", firm("KFZ-Klima Teile Ruhr GmbH", "DE")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "JO", [], "BE", "411200",
         "Cuir parchemin ancien, rouleau cousu, écriture à l'encre, 1 pc", "IQ", 14, 1, 600, "USD",
         "a sewn parchment roll written in ink is a Torah scroll, of Iraqi origin by way of Amman, declared as "
         "leather; French wording", {"importer_country": "BE"}),
        ("CUL-02", "import", "GBAIR01", "air", "PG", ["AU"], "GB", "442199",
         "Tourist woodcarving, painted, openwork, 2.1 m, 1 pc", "PG", 45, 1, 6500, "GBP",
         "a 2.1 m painted openwork carving from New Ireland at 6,500 GBP is a malagan funerary carving, whose export "
         "Papua New Guinea controls, not a tourist piece", {"importer_country": "GB"}),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "830629",
         "Bronzetti decorativi moderni, figure di guerrieri, 6 pz", "IT", 4, 6, 24000, "EUR",
         "modern decorative bronzes do not cost 4,000 EUR a figurine: Sardinian nuragic warrior bronzetti exported "
         "to Switzerland without an export licence; Italian wording", {"importer_country": "CH"}),
        ("CUL-04", "import", "GBAIR01", "air", "SG", [], "GB", "830629",
         "Brass idol, Nataraja, new, for home temple, 1 pc", "IN", 38, 1, 900, "GBP",
         "a new brass home-temple idol weighs a few kilos; a 38 kg Nataraja routed through Singapore is a Chola-style "
         "temple bronze, stolen from a Tamil Nadu temple", {"importer_country": "GB"}),
        ("CUL-05", "import", "FRAIR01", "express", "HK", [], "FR", "711790",
         "Bracelets en pierre verte, ébauches carrées percées, 3 pcs", "CN", 6, 3, 1800, "USD",
         "square tubes of green stone with a round bore are neolithic jade cong (Liangzhu), not bracelet blanks; "
         "French wording", {"importer_country": "FR"}),
        ("CUL-06", "import", "ROROAD01", "road", "MD", [], "RO", "711319",
         "Bijuterii din aur uzate, pentru topire, 0,4 kg", "UA", 0.4, None, 9000, "EUR",
         "'used gold jewellery for melting' from Ukraine with hand-chased animal plaques is Scythian grave gold, "
         "priced below its metal value to keep it small; Romanian wording", {"importer_country": "RO"}),
        ("CUL-07", "import", "PTAIR01", "air", "BR", [], "PT", "680299",
         "Placas de pedra decorativa com peixes, Ceará, 40 pcs", "BR", 320, 40, 2400, "USD",
         "stone plaques 'with fish' from Ceará are Santana Formation fossil fish: Brazil forbids their export "
         "(palaeontological heritage); Portuguese wording", {"importer_country": "PT"}),
        ("CUL-08", "import", "ESAIR01", "express", "EC", [], "ES", "950300",
         "Juguetes de piedra, figuras femeninas pequeñas, 25 uds", "EC", 3, 25, 400, "USD",
         "small stone and clay female figures from Ecuador are Valdivia figurines (pre-Columbian), not toys; "
         "Spanish wording",
         {"importer_country": "ES",
          "_more_items": [item("691390", "Figuras de cerámica pintada, artesanía moderna, 10 uds", "EC", 4, 60,
                               "USD", 10)]}),
        ("CUL-09", "import", "GBAIR01", "express", "NZ", [], "GB", "711790",
         "Greenstone pendant, hei-tiki, new, 1 pc", "NZ", 0.3, 1, 3500, "GBP",
         "a new pounamu hei-tiki costs 100-300 GBP; at 3,500 GBP with an old cord it is a taonga tūturu, which "
         "needs a New Zealand export certificate", person("Mr J. Whitfield", "GB")),
        ("CUL-10", "import", "NLSEA01", "sea", "IN", [], "NL", "442199",
         "Teak wall panels, architectural salvage, carved, 14 pcs", "IN", 900, 14, 3200, "USD",
         "carved panels with deities 'from architectural salvage' are temple and haveli woodwork over 100 years "
         "old, whose export India forbids (Antiquities Act 1972)", firm("Oosterse Interieurs BV", "NL")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "TR", "293339",
         "3-Quinuclidinol, Solifenacin-Zwischenprodukt, 50 kg", "DE", 50, None, 21000, "EUR",
         "3-quinuclidinol is CWC Schedule 2B (BZ precursor); a Turkish trader, not a pharma plant, with Iran named "
         "as final destination on the order; German wording",
         {"importer_name": "Boğaziçi Kimya Dış Ticaret", "importer_country": "TR"}),
        ("STR-02", "export", "NLSEA01", "sea", "NL", [], "LB", "292219",
         "Boiler water amine, DEAE 99 %, drums 180 kg, 40 pcs", "NL", 7200, 40, 26000, "EUR",
         "DEAE is N,N-diethylaminoethanol, CWC Schedule 2B11; a lawful boiler amine, but 7 t to a Beirut trader "
         "for Syria", {"importer_name": "Cedar Industrial Chemicals SAL", "importer_country": "LB"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", [], "TR", "401130",
         "Truck tyres, radial, H44.5x16.5-21 26PR, 24 pcs", "BE", 2400, 24, 48000, "EUR",
         "H44.5x16.5-21 26PR is an A320-family main-gear tyre, not a truck size: aircraft parts (sanctioned for "
         "Russia) to a Turkish trader", {"importer_country": "TR"}),
        ("STR-04", "export", "NLAIR01", "air", "NL", [], "AE", "852691",
         "Marine navigation electronics, ECDIS units and X-band radar, for fishing vessels, 6 sets", "NL", 420, 6,
         210000, "EUR",
         "ECDIS and type-approved radar for 6 'fishing vessels' to a Dubai ship chandler: shadow-fleet tanker "
         "outfitting", {"importer_name": "Gulf Star Marine Supplies FZE", "importer_country": "AE"}),
        ("STR-05", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "840731",
         "Zweizylinder-Boxermotoren 550 cm3, 50 PS, für Ultraleichtflugzeuge, 20 Stk.", "DE", 1200, 20, 130000, "EUR",
         "twenty 50 hp two-cylinder engines to a general trader in Istanbul are the engine class of one-way attack "
         "drones, not an ultralight builder's order; German wording",
         {"importer_name": "Anadolu Genel Ticaret Ltd. Şti.", "importer_country": "TR"}),
        ("STR-06", "export", "ESAIR01", "air", "ES", [], "KZ", "852691",
         "Antenas GNSS de 7 elementos para agricultura de precisión, 40 uds", "ES", 80, 40, 96000, "EUR",
         "farm GNSS uses single-element antennas; 7-element controlled-reception-pattern antennas are anti-jamming "
         "military gear, to Kazakhstan for Russia; Spanish wording", {"importer_country": "KZ"}),
        ("STR-07", "export", "DEAIR01", "air", "DE", [], "AM", "841410",
         "Vakuumpumpen für Melkanlagen, turbomolekular, 700 l/s, 8 Stk.", "DE", 240, 8, 88000, "EUR",
         "milking machines use oil-rotary vane pumps; turbomolecular pumps of 700 l/s are dual-use (enrichment, "
         "semiconductor), to an Armenian dairy supplier; German wording", {"importer_country": "AM"}),
        ("STR-08", "export", "PLROAD01", "road", "PL", ["LT"], "KZ", "843390",
         "Części zamienne do maszyn rolniczych: przekładnia główna VR-14, łopaty wirnika, 3 kpl.", "PL", 2800, 3,
         360000, "EUR",
         "a VR-14 main gearbox and rotor blades are Mi-8/Mi-17 helicopter parts, not harvester parts, to Kazakhstan; "
         "Polish wording",
         {"importer_country": "KZ",
          "_more_items": [item("842959", "Części do koparek: filtry i uszczelki", "PL", 300, 4200, "EUR")]}),
        ("STR-09", "export", "FRAIR01", "air", "FR", ["AE"], "PK", "811212",
         "Feuilles de béryllium 25 µm, pour dômes de haut-parleurs, 2 kg", "FR", 2, 40, 34000, "EUR",
         "beryllium foil is a nuclear dual-use item (NSG); loudspeaker makers buy finished domes, not 2 kg of foil, "
         "to a Pakistani trader through Dubai; French wording", {"importer_country": "PK"}),
        ("STR-10", "import", "LTRAIL01", "rail", "BY", [], "LT", "310420",
         "Muriate of potash, 60 % K2O, granular, Uzbek origin, 3,200 t", "UZ", 3200000, None, 1050000, "USD",
         "Uzbek potash does not travel by rail through Belarus to Klaipėda in 3,000-tonne lots: Belarusian potash, "
         "banned by EU sanctions, under a third-country origin", {"importer_country": "LT"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEPOST01", "post", "TR", [], "DE", "030819",
         "Angelköder, lebende Würmer, feucht verpackt, 500 Stk.", "TR", 2, 500, 600, "EUR",
         "bait worms cost cents; 500 live 'worms' at 1.20 EUR each from Turkey are medicinal leeches (Hirudo, "
         "Appendix II) without a permit; German wording", person("Herr M. Yilmaz", "DE")),
        ("WLD-02", "import", "PTAIR01", "air", "BR", [], "PT", "030571",
         "Barbatanas de peixe secas, mistas, 300 kg", "BR", 300, None, 27000, "USD",
         "dried fish fins at 90 USD/kg are shark fins; all requiem and hammerhead sharks are Appendix II since 2023 "
         "and need a permit; Portuguese wording", {"importer_country": "PT"}),
        ("WLD-03", "import", "BEAIR01", "air", "CD", ["ET"], "BE", "010632",
         "Perruches ondulées vivantes, 40 oiseaux", "CD", 20, 40, 24000, "USD",
         "budgerigars cost 15 USD and are not exported from Kinshasa: 600 USD a bird and 500 g each are African grey "
         "parrots (Appendix I); French wording", {"importer_country": "BE"}),
        ("WLD-04", "import", "DEAIR01", "air", "AR", [], "DE", "010620",
         "Bartagamen, lebend, Nachzucht, 30 Tiere", "AR", 60, 30, 2100, "USD",
         "bearded dragons weigh 400 g and are not bred for export in Argentina; 2 kg animals from Argentina are "
         "tegus (Salvator, Appendix II) without a permit; German wording", {"importer_country": "DE"}),
        ("WLD-05", "import", "NLROAD01", "road", "TR", ["BG", "RO", "HU", "AT", "DE"], "NL", "060110",
         "Bloembollen voor tuincentra, knollen, gemengd, 800 kg", "TR", 800, 16000, 5200, "EUR",
         "mixed 'garden-centre tubers' from Turkey with no nursery are wild-collected Cyclamen and Galanthus "
         "(Appendix II) without a permit; Dutch wording", {"importer_country": "NL"}),
        ("WLD-06", "import", "BESEA01", "sea", "TZ", [], "BE", "440349",
         "Mixed tropical hardwood logs, red, 60 m3", "ZM", 50000, None, 54000, "USD",
         "'mixed red hardwood' of Zambian origin shipped from Dar es Salaam is mukula (Pterocarpus tinctorius, "
         "Appendix II since 2022), at a mukula price", {"importer_country": "BE"}),
        ("WLD-07", "transit", "NLSEA01", "sea", "ZA", [], "VN", "050690",
         "Cattle bones, dried, for gelatine, 800 kg", "ZA", 800, None, 64000, "USD",
         "cattle bones fetch cents a kilo; 80 USD/kg to Viet Nam is lion bone (Appendix II, zero export quota) "
         "sold as tiger bone", {"importer_country": "VN"}),
        ("WLD-08", "import", "ESAIR01", "air", "PE", [], "ES", "030569",
         "Paiche seco salado, 400 kg", "PE", 400, None, 9200, "USD",
         "paiche is Arapaima gigas (Appendix II): dried salted paiche needs a CITES permit and carries none; "
         "Spanish wording", {"importer_country": "ES"}),
        ("WLD-09", "import", "BEAIR01", "express", "NG", [], "BE", "960190",
         "Mammoth ivory carvings, Siberian, 12 pcs", "NG", 8, 12, 3600, "USD",
         "Siberian mammoth ivory does not come from Lagos: elephant ivory (Appendix I) under the mammoth name",
         {"importer_country": "BE"}),
        ("WLD-10", "import", "ESAIR01", "express", "BO", [], "ES", "711790",
         "Colgantes de dientes de perro, bisutería artesanal, 60 uds", "BO", 1, 60, 1500, "USD",
         "'dog teeth' pendants from Bolivia at 25 USD each are jaguar canines (Panthera onca, Appendix I), a known "
         "Bolivia-China trade; Spanish wording", person("Sra. P. Quispe", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "KR", "DE", "280800",
     "Nitric acid 98 %, for nitrocellulose production, ISO tank, 20 t", "KR", 20000, None, 11000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-30-0108")], "concentrated nitric acid to a nitrocellulose maker, licensed"),
    ("PRM-02", "precursors", "import", "PLRAIL01", "rail", "CN", "PL", "360360",
     "Electronic detonators, programmable, 6 m leads, for a tunnel contractor, 4,000 pcs", "CN", 900, 4000, 52000,
     "USD", [("IMPORT_LICENCE", "PL-MSWiA-30-0021")], "electronic detonators under an explosives import licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "NO", "262190",
     "Spent copper-slag blasting grit with antifouling paint, for treatment, 22 t", "NL", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-30-0144")], "notified spent grit to a Norwegian treatment plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "MA", "BE", "382590",
     "Mercury-containing waste (sphygmomanometers), for stabilisation, 3 t", "MA", 3000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-30-0062")], "notified mercury waste returned for stabilisation in Belgium"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "CN", "IT", "290342",
     "Difluoromethane R-32, returnable cylinders 9 kg, 240 pcs", "CN", 2160, 240, 30000, "USD",
     [("FGAS_QUOTA", "IT-MASE-FG-30-0211")], "HFC-32 within the importer's quota, to a refrigerant wholesaler"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290379",
     "Bromochloromethane (CAS 74-97-5), for laboratory and analytical use, 4 x 25 kg", "CN", 100, 4, 1200, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-30-0019")], "halon 1011 for an analytical laboratory under an ODS licence"),
    ("PRM-07", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Nuragic bronze figurine, ex-collection since 1935, 1 pc", "IT", 1, 1, 42000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-30-0077")], "a nuragic bronzetto with its export licence"),
    ("PRM-08", "cultural", "export", "NLAIR01", "air", "NL", "US", "970610",
     "Carved teak temple panel, South India, 17th century, ex-collection since 1952, 1 pc", "IN", 60, 1, 38000,
     "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "NL-EG-30-0030")], "an old-collection carved panel with its certificate"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "CH", "841410",
     "Turbomolecular pumps 700 l/s, for a surface-science laboratory, 2 pcs", "DE", 60, 2, 22000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-30-0415"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-30-0033")],
     "turbomolecular pumps to a Swiss university laboratory under licence"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "JP", "292219",
     "N,N-Diethylaminoethanol 99 %, for a pharmaceutical plant, drums, 3.6 t", "NL", 3600, 20, 14000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-30-0087"), ("END_USER_CERTIFICATE", "JP-METI-EUC-30-0012")],
     "Schedule 2 DEAE to a Japanese pharmaceutical plant under licence"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "TR", "DE", "030819",
     "Medicinal leeches Hirudo verbana, farmed, live, for hospital use, 2,000 pcs", "TR", 5, 2000, 3600, "EUR",
     [("CITES_PERMIT", "TR-CITES-30-0141")], "farmed medicinal leeches with a CITES permit to a leech-therapy supplier"),
    ("PRM-12", "wildlife", "import", "ESAIR01", "air", "PE", "ES", "030449",
     "Paiche (Arapaima gigas) fillets, farmed, frozen, 1,200 kg", "PE", 1200, None, 14000, "USD",
     [("CITES_PERMIT", "PE-CITES-30-0280")], "farmed arapaima with its Appendix II export permit"),
]

CONSIGNEES = {
    "PRM-01": "Nitrochemie Aschau GmbH", "PRM-02": "Tunele Karpackie S.A.", "PRM-04": "Indaver Antwerpen NV",
    "PRM-05": "Frigo Nord Distribuzione Srl", "PRM-06": "Eurofins Analytico BV", "PRM-07": "Galerie Hess AG",
    "PRM-08": "Mr D. Whitman", "PRM-09": "EPFL Surface Physics Laboratory", "PRM-10": "Takeda Hikari Plant",
    "PRM-11": "Biebertaler Blutegelzucht GmbH", "PRM-12": "Pescados Amazónicos Ibérica SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). No partner is an EU member; post and express goods travel only so, in parcels.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("310240", "Calcium ammonium nitrate 27 % N, granular, to a farm cooperative", "import", ["sea"], ["EG", "GE"], (0.3, 0.45), (20000, 26000), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy, 100 ml bottles", "import", ["post", "express"], ["TR", "GB"], (4, 8), (1, 3), ["EUR", "GBP"], 8, S),
    ("292690", "Acetonitrile HPLC grade, 2.5 l glass bottles, to a laboratory distributor", "import", ["sea", "air"], ["CN", "IN"], (6, 12), (500, 2000), ["USD"], 0.5, S),
    ("852352", "Passive UHF RFID inventory labels, on reels", "import", ["air"], ["CN"], (40, 90), (100, 800), ["USD"], 500, S),
    ("340290", "Alkaline metal cleaner, industrial, 25 l drums", "import", ["sea", "road"], ["TR", "CN"], (1.2, 2.2), (5000, 15000), ["EUR", "USD"], None, S),
    ("440290", "Barbecue lump charcoal, 10 kg bags", "import", ["sea"], ["NA", "UA"], (0.4, 0.7), (18000, 24000), ["EUR", "USD"], 0.1, S),
    ("381190", "Diesel additive, 2-EHN cetane improver, 1 l bottles", "import", ["sea"], ["US", "GB"], (4, 7), (2000, 6000), ["USD", "GBP"], 1, S),
    ("360500", "Safety matches, retail boxes", "import", ["sea"], ["IN", "RS"], (1.5, 2.5), (8000, 15000), ["USD", "EUR"], None, S),
    ("401220", "Part-worn car tyres, tested, 4 mm+ tread, graded", "import", ["road"], ["GB", "CH"], (1.0, 1.8), (8000, 12000), ["GBP", "EUR"], 0.12, S),
    ("630900", "Used clothing, sorted, cream grade, bales 45 kg", "export", ["sea"], ["KE", "GH", "TG"], (0.9, 1.5), (20000, 24000), ["EUR"], None, S),
    ("391690", "Pultruded GRP profiles, new, 6 m lengths", "import", ["sea"], ["CN", "TR"], (3, 5), (8000, 18000), ["USD", "EUR"], None, S),
    ("271500", "Cutback bitumen for road repair, drums", "export", ["sea"], ["GH", "LY", "SN"], (0.4, 0.6), (15000, 20000), ["EUR"], None, S),
    ("262190", "Copper slag abrasive, new, 0.2-1.4 mm, big bags", "import", ["sea"], ["TR", "IN"], (0.06, 0.12), (20000, 25000), ["USD", "EUR"], None, S),
    ("902230", "X-ray tubes, new, boxed, with test reports", "import", ["air"], ["US", "JP"], (300, 800), (50, 300), ["USD"], 0.05, S),
    ("847130", "Refurbished laptops, grade A, tested, battery health reports, warranty", "import", ["sea", "air"], ["GB", "US"], (60, 110), (1000, 4000), ["GBP", "USD"], 0.45, S),
    ("841480", "Reefer container compressors, new, dry, no refrigerant charge", "import", ["sea"], ["CN", "US"], (15, 25), (2000, 6000), ["USD"], 0.02, S),
    ("381400", "Isopropyl alcohol contact cleaner, 400 ml aerosol", "import", ["sea"], ["CN", "GB"], (4, 7), (2000, 6000), ["USD", "GBP"], 2.5, S),
    ("392111", "XPS insulation boards, CO2-blown, 50 mm", "import", ["road"], ["TR", "RS"], (1.6, 2.4), (15000, 22000), ["EUR"], None, S),
    ("290351", "R-1234yf (HFO) refrigerant, returnable cylinders 5 kg, to a garage wholesaler", "import", ["sea"], ["CN", "US"], (35, 60), (1000, 4000), ["USD"], 0.2, S),
    ("271112", "Refrigerant-grade propane R-290, 5 kg cylinders", "import", ["road"], ["TR"], (3, 6), (2000, 6000), ["EUR"], 0.2, S),
    ("290312", "Dichloromethane, technical, drums", "import", ["sea"], ["CN", "US"], (0.6, 0.9), (15000, 20000), ["USD"], None, S),
    ("830629", "Brass decorative figurines, new, Moradabad", "import", ["sea"], ["IN"], (6, 10), (800, 3000), ["USD"], 0.5, S),
    ("830629", "Brass Ganesh statuette, new, small", "import", ["post"], ["IN"], (15, 30), (1, 4), ["USD"], 2, S),
    ("701890", "Green glass bangles, jade look, new", "import", ["post", "express"], ["CN", "HK"], (20, 50), (1, 3), ["USD"], 20, S),
    ("680299", "Carved sandstone wall plaques, new", "import", ["sea"], ["IN", "BR"], (2, 4), (3000, 8000), ["USD"], 0.1, S),
    ("442199", "Carved teak wall panels, new, plantation teak", "import", ["sea"], ["IN", "ID"], (4, 8), (2000, 6000), ["USD"], 0.05, S),
    ("950300", "Resin replica pre-Columbian figurines, museum shop", "import", ["post", "express"], ["MX", "PE"], (20, 40), (1, 3), ["USD"], 8, S),
    ("711319", "Gold chains 18 ct, new, hallmarked", "import", ["air"], ["TR", "AE"], (45000, 60000), (2, 10), ["USD"], 40, S),
    ("292211", "Monoethanolamine 99 %, ISO tank, to a gas-treating plant", "import", ["sea"], ["SA", "US"], (1.2, 1.8), (18000, 22000), ["USD"], None, S),
    ("401130", "Aircraft tyres, retreaded, to an EU maintenance organisation, with release certificates", "import", ["air"], ["US", "SG"], (40, 80), (500, 2000), ["USD"], 0.01, S),
    ("852691", "GNSS receivers for precision farming, single-element antenna", "import", ["sea", "air"], ["CN", "US"], (80, 150), (200, 1200), ["USD"], 0.5, S),
    ("841410", "Rotary-vane vacuum pumps for milking machines", "import", ["sea"], ["NZ", "TR"], (10, 18), (2000, 6000), ["USD", "EUR"], 0.05, S),
    ("840731", "Small two-stroke engines 50 cm3 for brush cutters", "import", ["sea"], ["CN", "JP"], (6, 12), (3000, 8000), ["USD"], 0.3, S),
    ("310420", "Muriate of potash 60 % K2O, granular, Canadian origin", "import", ["sea"], ["CA", "JO"], (0.3, 0.45), (25000, 30000), ["USD"], None, S),
    ("050690", "Cattle bones, crushed, degreased, for gelatine", "import", ["sea"], ["BR", "AR"], (0.15, 0.3), (20000, 25000), ["USD"], None, S),
    ("960190", "Cattle-bone carvings, new, handicraft", "import", ["post"], ["IN", "KE"], (20, 50), (1, 3), ["USD"], 10, S),
    # everyday trade
    ("010690", "Live dendrobaena bait worms, 500 g tubs", "import", ["post"], ["GB"], (15, 30), (1, 4), ["GBP"], None, N),
    ("030551", "Dried salted cod, bacalhau", "import", ["sea"], ["NO", "IS"], (7, 11), (15000, 20000), ["EUR", "NOK"], None, N),
    ("230990", "Dried mealworms, bird and fish feed", "import", ["sea"], ["CN"], (4, 6), (5000, 12000), ["USD"], None, N),
    ("060110", "Lily bulbs, dormant", "import", ["sea"], ["CL", "NZ"], (1.5, 3), (8000, 15000), ["USD"], 40, N),
    ("440349", "Okoumé logs, FSC, Gabon", "import", ["sea"], ["GA"], (0.3, 0.45), (40000, 55000), ["EUR"], None, N),
    ("030461", "Farmed tilapia fillets, frozen", "import", ["sea"], ["CN", "VN"], (2.5, 4), (18000, 22000), ["USD"], None, N),
    ("080510", "Oranges, fresh", "import", ["sea"], ["EG", "ZA", "MA"], (0.6, 0.9), (20000, 24000), ["USD", "EUR"], None, N),
    ("080440", "Avocados, fresh", "import", ["sea"], ["PE", "KE", "CL"], (2, 3), (18000, 22000), ["USD"], None, N),
    ("081010", "Strawberries, fresh", "import", ["road"], ["MA"], (2.5, 4), (8000, 15000), ["EUR"], None, N),
    ("070960", "Sweet peppers, fresh", "import", ["road"], ["TR", "MA"], (1.2, 2), (12000, 18000), ["EUR"], None, N),
    ("071310", "Dried yellow peas", "import", ["sea"], ["CA", "UA"], (0.35, 0.5), (20000, 25000), ["USD"], None, N),
    ("110100", "Wheat flour, 50 kg bags", "export", ["sea"], ["LY", "SN"], (0.35, 0.5), (20000, 25000), ["EUR"], None, N),
    ("120190", "Soya beans, non-GM", "import", ["sea"], ["BR", "US"], (0.45, 0.6), (20000, 26000), ["USD"], None, N),
    ("080132", "Cashew kernels, shelled", "import", ["sea"], ["VN", "CI"], (6, 9), (15000, 18000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 5), (15000, 20000), ["USD"], None, N),
    ("091011", "Fresh ginger", "import", ["sea"], ["CN", "PE"], (1.2, 2), (20000, 24000), ["USD"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["sea", "road"], ["US", "GB", "CH"], (6, 12), (10000, 18000), ["EUR"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "MU", "TH"], (4, 6), (15000, 20000), ["USD"], None, N),
    ("190531", "Sweet biscuits, retail", "export", ["road"], ["GB", "CH", "NO"], (2.5, 4), (10000, 18000), ["EUR"], None, N),
    ("200911", "Frozen concentrated orange juice", "import", ["sea"], ["BR"], (1.5, 2.5), (20000, 24000), ["USD"], None, N),
    ("220830", "Scotch whisky, bottled 0.7 l", "import", ["sea", "road"], ["GB"], (8, 20), (10000, 18000), ["GBP"], 1.3, N),
    ("252329", "Portland cement CEM I, bags", "import", ["sea", "road"], ["TR", "EG"], (0.06, 0.1), (25000, 28000), ["EUR", "USD"], None, N),
    ("300241", "Vaccines for human medicine, cold chain", "import", ["air"], ["US", "IN", "GB"], (300, 1500), (100, 1000), ["USD", "GBP"], None, N),
    ("300420", "Antibiotic tablets, packaged", "import", ["air", "sea"], ["IN", "CN"], (15, 40), (500, 3000), ["USD"], None, N),
    ("330499", "Skin-care creams, retail", "import", ["sea"], ["KR", "US"], (12, 25), (2000, 6000), ["USD"], 5, N),
    ("330300", "Perfumes, retail bottles", "export", ["air"], ["AE", "US", "CN"], (40, 90), (200, 2000), ["EUR"], 4, N),
    ("340250", "Laundry detergent powder, retail", "import", ["road"], ["TR"], (0.8, 1.3), (15000, 22000), ["EUR"], None, N),
    ("392410", "Plastic kitchenware", "import", ["sea"], ["CN"], (2.5, 4), (5000, 10000), ["USD"], 3, N),
    ("400122", "Natural rubber TSR 20", "import", ["sea"], ["TH", "CI", "ID"], (1.4, 1.9), (20000, 21000), ["USD"], None, N),
    ("420221", "Leather handbags", "import", ["sea", "air"], ["CN", "IN", "VN"], (30, 80), (500, 3000), ["USD"], 1, N),
    ("441012", "OSB boards, 18 mm", "import", ["road"], ["UA"], (0.35, 0.5), (20000, 24000), ["EUR"], None, N),
    ("470329", "Bleached eucalyptus kraft pulp", "import", ["sea"], ["BR", "UY", "CL"], (0.6, 0.8), (20000, 25000), ["USD"], None, N),
    ("481910", "Corrugated cardboard boxes, new", "import", ["road"], ["TR", "RS"], (0.9, 1.4), (8000, 14000), ["EUR"], None, N),
    ("520100", "Raw cotton, not carded", "import", ["sea"], ["US", "BR", "BF"], (1.6, 2.1), (20000, 23000), ["USD"], None, N),
    ("540233", "Polyester textured yarn", "import", ["sea"], ["CN", "IN"], (1.2, 1.8), (18000, 22000), ["USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "TR", "PK"], (7, 12), (5000, 10000), ["USD", "EUR"], 5, N),
    ("611020", "Cotton sweaters, knitted", "import", ["sea"], ["BD", "CN"], (9, 15), (4000, 8000), ["USD"], 2.5, N),
    ("620342", "Men's cotton jeans", "import", ["sea"], ["BD", "PK", "TR"], (8, 13), (5000, 10000), ["USD"], 1.6, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN", "TR"], (5, 8), (8000, 14000), ["USD"], 1, N),
    ("640299", "Plastic sandals and clogs", "import", ["sea"], ["CN", "VN"], (6, 12), (4000, 9000), ["USD"], 2, N),
    ("690722", "Glazed porcelain floor tiles", "import", ["sea"], ["IN", "TR", "EG"], (0.35, 0.6), (20000, 25000), ["USD", "EUR"], None, N),
    ("701349", "Drinking glasses and glassware", "import", ["sea"], ["TR", "CN"], (2, 3.5), (6000, 12000), ["USD", "EUR"], 4, N),
    ("720839", "Hot-rolled steel coil, under 3 mm", "import", ["sea"], ["IN", "KR", "VN"], (0.55, 0.75), (22000, 26000), ["USD"], None, N),
    ("721420", "Reinforcing bars B500", "import", ["sea"], ["TR", "EG"], (0.55, 0.7), (22000, 26000), ["USD", "EUR"], None, N),
    ("730630", "Welded steel tubes, round", "import", ["sea"], ["TR", "CN"], (0.9, 1.3), (18000, 24000), ["USD"], None, N),
    ("761010", "Aluminium window frames", "import", ["road"], ["TR", "UA"], (6, 10), (4000, 8000), ["EUR"], 0.05, N),
    ("842211", "Household dishwashers", "import", ["sea", "road"], ["TR", "CN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.02, N),
    ("845011", "Household washing machines", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (10000, 16000), ["EUR", "USD"], 0.014, N),
    ("846721", "Electric drills, hand-held", "import", ["sea"], ["CN"], (8, 14), (4000, 9000), ["USD"], 0.5, N),
    ("850811", "Vacuum cleaners, household", "import", ["sea"], ["CN"], (8, 14), (4000, 8000), ["USD"], 0.18, N),
    ("851713", "Smartphones, new, boxed", "import", ["air"], ["CN", "VN", "IN"], (300, 600), (200, 2000), ["USD"], 3, N),
    ("851762", "Wi-Fi routers", "import", ["air", "sea"], ["CN", "TW"], (40, 90), (500, 3000), ["USD"], 1.5, N),
    ("852872", "LED televisions", "import", ["sea"], ["CN", "TR"], (5, 9), (8000, 14000), ["USD", "EUR"], 0.06, N),
    ("870323", "Passenger cars, petrol, new", "import", ["sea"], ["JP", "KR", "TR"], (12, 20), (15000, 24000), ["USD", "EUR"], 0.0007, N),
    ("871200", "Bicycles, new", "import", ["sea"], ["TW", "KH", "CN"], (12, 25), (3000, 7000), ["USD"], 0.07, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "CN"], (4, 7), (4000, 9000), ["USD"], 0.15, N),
    ("940429", "Spring mattresses", "import", ["road"], ["TR", "RS"], (3, 5), (5000, 9000), ["EUR"], 0.05, N),
    ("950300", "Plastic construction toys", "import", ["sea"], ["CN"], (8, 14), (4000, 9000), ["USD"], 2, N),
    ("960820", "Felt-tip pens and markers", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 6000), ["USD"], 50, N),
    ("420232", "Phone cases and wallets", "import", ["post"], ["CN"], (20, 40), (1, 3), ["USD"], 15, N),
    ("490199", "Printed books, new", "import", ["post", "express"], ["US", "GB"], (10, 25), (1, 4), ["USD", "GBP"], 2.5, N),
    ("611030", "Synthetic-fibre jumpers", "import", ["post"], ["CN", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 3, N),
    ("640319", "Football boots, leather uppers", "import", ["express"], ["CN", "VN"], (25, 50), (1, 3), ["USD"], 1, N),
    ("330410", "Lipsticks", "import", ["post"], ["KR", "US"], (80, 200), (1, 2), ["USD"], 30, N),
    ("950490", "Board games", "import", ["post"], ["US", "GB"], (10, 25), (1, 4), ["USD", "GBP"], 1, N),
    ("621410", "Silk scarves", "import", ["post"], ["IN", "CN"], (60, 120), (1, 2), ["USD"], 10, N),
    ("090210", "Green tea, loose leaf", "import", ["express"], ["CN", "JP"], (20, 60), (1, 4), ["USD"], None, N),
    ("847330", "Graphics cards, boxed", "import", ["express"], ["TW", "CN"], (80, 200), (1, 4), ["USD"], 1, N),
    ("852862", "Home cinema projectors", "import", ["express"], ["CN"], (50, 90), (2, 5), ["USD"], 0.3, N),
    ("621142", "Women's cotton tracksuits", "import", ["post"], ["TR"], (15, 30), (1, 3), ["EUR"], 2, N),
    ("210690", "Vitamin gummies, retail jars", "import", ["post", "express"], ["US", "GB"], (20, 40), (1, 3), ["USD", "GBP"], 4, N),
    ("851671", "Coffee machines, household", "import", ["sea"], ["CN", "CH"], (8, 14), (3000, 8000), ["USD", "CHF"], 0.2, N),
    ("841451", "Table and ceiling fans", "import", ["sea"], ["CN"], (4, 7), (4000, 9000), ["USD"], 0.25, N),
    ("940540", "Street-lighting LED luminaires", "import", ["sea"], ["CN", "TR"], (10, 18), (2000, 6000), ["USD", "EUR"], 0.15, N),
    ("481820", "Paper handkerchiefs and tissues", "import", ["road"], ["TR", "RS"], (1.2, 1.8), (8000, 14000), ["EUR"], None, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind23", 20300101, HERE)


if __name__ == "__main__":
    main()
