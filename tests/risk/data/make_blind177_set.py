#!/usr/bin/env python3
"""Writes the hundred-and-seventy-seventh blind set (tests/risk/data/blind177-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated 1 September - 26 October 2055, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets, and
with an emphasis on a kind of trade rather than a region: humanitarian aid, donations and
relief consignments (NGO and church shipments, disaster relief and its returns, charity
collections of used goods, medical and school donations, crisis-preparedness kits, the
personal effects of aid workers and resettled families, gifts and free samples declared
free of charge or of no commercial value), spread over many countries and languages.
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
would; donations and gifts carry the small nominal value their senders declared. Ferries
are declared, as in the earlier sets, on the sea mode. Ids are BL177-*:

    python3 tests/risk/data/make_blind177_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2055, 9, 1)
base.DAYS = 56  # 1 September to 26 October 2055
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "GRSEA01", "sea", "TR", [], "GR", "380894",
         "El antiseptiği, DSÖ formülü (%80 etanol), Sakız'daki gönüllüler için bağış, 5 l bidon, 40 bidon", "TR",
         240, 40, 200, "EUR",
         "the WHO hand-rub formula is 80 % ethanol with a little glycerol: it smells of spirit, weighs 0.86 kg/l and "
         "burns with a blue flame; these 40 jerrycans, driven off the Çeşme-Chios ferry in a van for a volunteers' "
         "group that helps at the island's reception centre, are odourless, weigh 1.20 kg/l, do not burn, whiten and "
         "sting the skin and have vented caps: about 50 % hydrogen peroxide (Annex I above 12 %), for a private person "
         "who hands it on to other volunteers, members of the public without a licence, as a 'donation'; Turkish "
         "wording (hydrogen peroxide repeats in many sets and disinfectant labels in several; a donated WHO hand-rub "
         "label and the Çeşme-Chios ferry were found in no earlier row by a keyword search)",
         person("K. Georgiou", "GR")),
        ("PRE-02", "import", "SESEA01", "sea", "CN", [], "SE", "380894",
         "Vattenreningstabletter till 72-timmars krisberedskapslåda, burk med 50 tabletter, 6 000 burkar", "CN",
         1500, 6000, 9000, "USD",
         "the water-purification tablets that civil-protection leaflets tell households to keep are NaDCC: they fizz "
         "in water and smell of a swimming pool; these 6,000 tubs hold hard, white, pressed tablets that do not fizz, "
         "have no chlorine smell, draw damp and flare violently when crushed with sugar, and the inner drum liners in "
         "the container read 'KClO3 99 %': potassium chlorate (Annex I above 40 %) retail-packed for members of the "
         "public, for a Gothenburg crisis-preparedness web shop that sells home emergency boxes, by sea from "
         "Shanghai; Swedish wording (potassium chlorate repeats in many sets; a water-purification or "
         "crisis-preparedness label was found in no earlier row by a keyword search)",
         firm("Nordhafen Krisberedskap AB", "SE")),
        ("PRE-03", "export", "ITSEA01", "sea", "IT", [], "LY", "902300",
         "Sussidi didattici inerti per lo sminamento umanitario (simulacri di detonatori, spolette e cariche), 40 casse",
         "IT", 800, 40, 6000, "EUR",
         "inert demining training aids are drilled, empty, painted blue and stamped 'INERT' or 'DRILL'; these 40 "
         "cases hold 4,000 live electric detonators in maker's packaging marked 1.1B and 200 kg of cast PETN/TNT "
         "boosters marked 1.1D, for a Misrata 'humanitarian demining association' registered three months earlier "
         "whose director commands a brigade: explosives exported without the authorisation national law requires "
         "and against the UN and Union arms embargo on Libya (Regulation 2016/44), by sea from Catania; Italian "
         "wording (detonators repeat in many sets and an inert-training label once, Portuguese training detonators "
         "in blind20, kept as a repeat of the family; a humanitarian-demining label and buyer were found in no earlier "
         "row by a keyword search)", {"importer_country": "LY"}),
        ("PRE-04", "import", "DEROAD01", "road", "CH", [], "DE", "691200",
         "Brocki-Spende: Geschirr und Chuchiutensilien us Hüsräumige, gebraucht, 40 Kisten", "CH", 600, 40, 200, "CHF",
         "a Basel charity second-hand shop's (Brockenhaus) surplus for a Lörrach Sozialkaufhaus: used crockery and "
         "books from house clearances are what such shops swap across the border, but the third item's 48 jars of "
         "'coloured decorative sand' from a deceased collector's estate hold a fine, white, dense powder that is not "
         "sand at all, does not scratch glass, dissolves a little in warm water and flares violet with sugar, and "
         "their lids carry the collector's hand-written labels 'KClO4 - Sternfeuer': 24 kg of potassium perchlorate "
         "(Annex I above 40 %) from an amateur pyrotechnist's cellar, to be sold to members of the public in the "
         "shop's jar-and-vase corner, hidden as the last item of a three-item declaration at Weil am Rhein; Swiss "
         "German wording (potassium perchlorate repeats in many sets; a Brocki donation and a Sozialkaufhaus "
         "consignee were found in no earlier row by a keyword search)",
         dict(firm("Vega Sozialkaufhaus gGmbH", "DE"),
              _more_items=[item("490199", "Büecher, gebraucht, gspändet, 30 Kisten", "CH", 450, 90, "CHF", qty=30),
                           item("250590", "Dekosand farbig in Iimachgläser, us Nachlass, 48 Gläser", "CH", 26, 40, "CHF", qty=48)])),
        ("PRE-05", "import", "ESPOST01", "post", "CU", [], "ES", "330300",
         "Regalo familiar, sin valor comercial: agua de violetas para el niño, 4 pomos de 1 litro", "CU", 4.8, 4, 10,
         "EUR",
         "Cuban 'agua de violetas' is a pale-lilac baby cologne that smells of violets and alcohol and weighs "
         "0.9 kg/l; these four bottles are water-clear, scentless, weigh 1.13 kg/l, sting and whiten a fingertip "
         "and have caps pierced to vent, and the sender's repacked bottles once held a Havana hospital's 'peróxido "
         "de hidrógeno 35 %': hydrogen peroxide (Annex I above 12 %) for a private person in Madrid, posted as a "
         "family gift of no commercial value; Cuban Spanish wording (hydrogen peroxide repeats in many sets and "
         "cologne and water covers in several; an agua-de-violetas label was found in no earlier row by a keyword "
         "search)", person("Maria Lopez", "ES")),
        ("PRE-06", "import", "DKAIR01", "express", "US", [], "DK", "380894",
         "Free sample, no commercial value, for a relief-agency tender: household water purifier sachets "
         "(flocculant-disinfectant), 4 x 1 kg", "US", 4, 4, 1, "USD",
         "flocculant-disinfectant water purifiers come as 4 g sachets of a grey powder (ferric sulphate, hypochlorite, "
         "bentonite) that turns muddy water clear over brown flocs; these are four 1 kg bags of white, sugar-like "
         "crystals that draw damp, leave water clear and unchanged and burn fiercely with sugar, and the bag seams "
         "carry a re-packer's lot label 'NaClO4': sodium perchlorate (Annex I above 40 %), sent by express from Ohio "
         "to a private person in Copenhagen, using the free-sample-for-tender label that relief suppliers send to the "
         "city's UN and NGO supply offices; US English wording (sodium perchlorate repeats in many sets; a "
         "relief-tender free-sample label was found in no earlier row by a keyword search, free-sample labels "
         "appearing twice on other goods)",
         person("Mette Jensen", "DK")),
        ("PRE-07", "import", "CYAIR01", "express", "IL", [], "CY", "290941",
         "דלק נוזלי לחימום מגשי הגשה (צ'יפינג), דיאתילן גליקול, בקבוקי מילוי 1 ליטר, 4 יח'", "IL", 4.6, 4, 120, "ILS",
         "chafing-dish wick fuel is diethylene glycol: a viscous, odourless, sweetish liquid of 1.12 kg/l that burns "
         "with a near-invisible flame only from a wick; these four bottles hold a thin, mobile liquid of 1.14 kg/l "
         "with a fruity, chemical smell that catches fire across its surface from a match, and the filler's label "
         "under the printed sleeve reads 'CH3NO2': nitromethane (Annex I above 16 %), sent by express from Tel Aviv "
         "to a private person in Limassol; Hebrew wording (nitromethane repeats in many sets and fuel labels in "
         "several; a chafing-fuel label was found in no earlier row by a keyword search)",
         person("Andreas Christou", "CY")),
        ("PRE-08", "import", "ITSEA01", "sea", "AL", [], "IT", "220900",
         "Uthull balsamike e bardhë, shishe 500 ml, 2.400 shishe", "AL", 1680, 2400, 2400, "EUR",
         "white balsamic condiment is a pale-golden, sweet-sour vinegar of about 1.10 kg/l; these bottles hold a "
         "straw-yellow liquid of 1.40 kg/l that fumes brown when opened, stains the skin yellow and eats into a "
         "copper coin, for a Bari discount chain that sells it at one euro a bottle: about 65 % nitric acid (Annex I "
         "above 3 %) retail-packed for members of the public, on a lorry off the Durrës-Bari ferry; Albanian wording "
         "(nitric acid repeats in many sets and vinegar covers in several; a white-balsamic label was found in no "
         "earlier row by a keyword search)", firm("Meridian Alimentari Srl", "IT")),
        ("PRE-09", "export", "FRAIR01", "air", "FR", [], "NE", "210690",
         "Aliment thérapeutique prêt à l'emploi (ATPE) à base d'arachide, sachets de 92 g, don pour un programme "
         "nutritionnel, 150 cartons", "FR", 2070, 150, 7500, "EUR",
         "ready-to-use therapeutic food is a brown, peanut-smelling paste in foil sachets, made by a handful of "
         "prequalified producers and shipped by sea with the nutrition cluster's papers; these 150 cartons, flown "
         "from Paris to Niamey for a Tillabéri 'association' unknown to any relief agency, hold grey-white, waxy "
         "paste in plastic film that smells of diesel, leaves an oily film on the fingers and reads 'émulsion "
         "explosive, 1.1D' on the inner cartons: cartridged emulsion explosive (a blasting explosive) exported "
         "without the export authorisation explosives need, for an area where armed groups make roadside bombs; "
         "French wording (emulsion explosives repeat in many sets; a therapeutic-food (RUTF) label was found in no "
         "earlier row by a keyword search)", {"importer_country": "NE"}),
        ("PRE-10", "import", "PLSEA01", "sea", "CN", [], "PL", "392690",
         "Sztuczny śnieg dekoracyjny, granulat, worki 1 kg, 12 000 worków", "CN", 12000, 12000, 7200, "USD",
         "decorative snow granules are light, irregular, white polymer flakes that float and never melt; these bags "
         "hold round, hard, white prills of 1 mm that sink, turn ice-cold and vanish in water, smell of nothing and "
         "fizz and fume on a hot plate, testing at 34 % N, for a Poznań Christmas-decoration web shop that sells them "
         "to the public for shop windows and nativity scenes: ammonium nitrate (Annex I at 16 % N or more) retail-"
         "packed for members of the public, by sea from Ningbo to Gdańsk; Polish wording (ammonium nitrate repeats in "
         "many sets and artificial-snow labels in four, on other goods; snow granules on ammonium nitrate were found "
         "in no earlier row by a keyword search)", firm("Horizon Dekoracje Sp. z o.o.", "PL")),
    ],
    "waste": [
        ("WST-01", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "681181",
         "Humanitäre Hilfe: gebrauchte Faserzement-Wellplatten (asbestfrei) zum Decken kriegsbeschädigter Häuser, 22 t",
         "DE", 22000, None, 1100, "EUR",
         "asbestos-free fibre-cement sheets (made after 1990) carry the maker's 'NT' stamp and a clean, even edge; "
         "these 22 t are weathered, mossy corrugated sheets stripped from 1970s Franconian barn roofs, with broken "
         "corners, old nail holes and no stamp, and a broken edge shows chrysotile fibre bundles under a lens: "
         "asbestos-containing construction waste (17 06 05*), hazardous waste whose export to a non-OECD country is "
         "banned, on a lorry through Poland for a Lviv volunteer hub that re-roofs shelled houses; German wording "
         "(asbestos cement repeats in many sets; a humanitarian roofing label for war-damaged houses was found in "
         "no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "SL", "940290",
         "Ziekenhuisbedden, gebruikt, gereviseerd, donatie aan een districtsziekenhuis, 40 stuks", "NL", 4000, 40,
         2000, "EUR",
         "a Dutch church foundation's container for a Sierra Leone district hospital: revised hospital beds and "
         "wheelchairs are what such foundations send, but the third item's 40 drums of 'generatorolie' hold black, "
         "gritty, water-laden oil with a sludge layer, drained from a bus company's and an ambulance service's "
         "engines: waste mineral oils (13 02 05*), hazardous waste whose export to a non-OECD country is banned, "
         "hidden as the last item of a three-item declaration, from Rotterdam to Freetown; Dutch wording (used "
         "engine oil repeats in many sets, donation covers in several and a generator-oil label once, on Lebanese "
         "oil for Cyprus in blind160; behind hospital beds for Sierra Leone was found in no earlier row by a "
         "keyword search)",
         dict({"importer_country": "SL"},
              _more_items=[item("871310", "Rolstoelen, gebruikt, 60 stuks", "NL", 900, 600, "EUR", qty=60),
                           item("271019", "Generatorolie, 40 vaten", "NL", 7600, 400, "EUR", qty=40)])),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "HT", "392390",
         "Don pour Haïti : cuves de stockage d'eau 1 000 l (GRV) reconditionnées, 120 unités", "FR", 7200, 120, 3600,
         "EUR",
         "IBCs reconditioned for drinking water get a new food-grade bottle and a cleaning certificate; these 120 "
         "keep their original yellowed bottles, the hazard diamonds scraped off, with brown crusts, 10-20 l of "
         "residue each and a smell of solvent and organophosphate, from a Rhône agrochemical formulator's yard: "
         "packaging containing residues of hazardous substances (15 01 10*), hazardous waste whose export to a "
         "non-OECD country is banned, from Le Havre to Port-au-Prince for a 'water committee'; French wording (IBCs "
         "and residue-laden packaging repeat in many sets and water-storage labels in three, on drums and jerrycans "
         "(blind48, blind120, blind147); IBCs as a water-storage donation for Haiti were found in no earlier row by a "
         "keyword search)", {"importer_country": "HT"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "MG", "630612",
         "Teloni di recupero per ripari d'emergenza dopo il ciclone, in balle, 18 t", "IT", 18000, None, 900, "EUR",
         "shelter tarpaulins for relief are new, reinforced, woven polyethylene sheets of 4 x 6 m with eyelets and a "
         "relief-agency print; these bales hold torn, printed PVC advertising banners and building wraps of every "
         "size, dirty, mouldy and glued with tape and cable ties, from Milan sign-makers' and scaffolders' skips: "
         "mixed PVC plastic waste (Y48), whose export to a non-OECD country the Union bans, from Genoa to Toamasina "
         "for a 'relief committee'; Italian wording (plastic waste repeats in many sets and tarpaulins in three, on "
         "other goods; a cyclone-shelter tarpaulin label was found in no earlier row by a keyword search)",
         {"importer_country": "MG"}),
        ("WST-05", "import", "PLROAD01", "road", "UA", [], "PL", "850760",
         "Повернення гуманітарної допомоги: павербанки, не використані, 60 коробок", "UA", 1800, 60, 600, "EUR",
         "unused returned power banks are boxed retail units with a maker's label and a sealed USB port; these 60 "
         "boxes hold loose, swollen, taped-together lithium-ion drone packs, some punctured, scorched or shrapnel-"
         "scarred, with cut leads and a sweet electrolyte smell, collected from front-line units: waste lithium-ion "
         "batteries, hazardous waste brought into the Union without the notification and consent it needs, at "
         "Dorohusk for a Lublin 'volunteer foundation'; Ukrainian wording (waste lithium batteries repeat in many "
         "sets and power-bank labels in several; a returned-humanitarian-aid label was found in no earlier row by a "
         "keyword search)", firm("Fundacja Orion Pomoc", "PL")),
        ("WST-06", "export", "DESEA01", "sea", "DE", ["CM"], "TD", "282739",
         "Koagulant pro úpravu pitné vody (chlorid železitý 40 %), humanitární dar pro uprchlické tábory v Čadu, 20 IBC",
         "CZ", 28000, 20, 2000, "EUR",
         "water-treatment ferric chloride is a dark-brown, 40 % solution with a potable-grade certificate; these 20 "
         "IBCs hold a muddy green-brown liquid with a copper sheen and blue crystals round the valves that reads 9 % "
         "copper, from a Czech printed-circuit-board maker's etching lines: spent etchant (11 01 05*), hazardous "
         "waste whose export to a non-OECD country is banned, shipped by a Czech charity from Hamburg to Douala for "
         "the road to N'Djamena; Czech wording (ferric chloride and spent etchants repeat in many sets; a "
         "refugee-camp water-treatment donation was found in no earlier row by a keyword search)",
         {"importer_country": "TD"}),
        ("WST-07", "export", "HUROAD01", "road", "HU", [], "RS", "250510",
         "Kvarchomok homokfúváshoz, 0,1-0,5 mm, big bag, 24 t", "HU", 24000, None, 960, "EUR",
         "blasting quartz sand is clean, sharp, white to yellow grains that run freely; these big bags hold black, "
         "lumpy, caked sand with burnt resin crusts and metal prills that smells of phenol when wetted, from a "
         "Győr foundry's knock-out: used foundry sand and cores with phenolic binder (10 09 07*), hazardous waste "
         "whose export to a non-OECD country is banned, at Röszke for a Subotica 'blasting contractor'; Hungarian "
         "wording (foundry sand repeats in several sets and blasting-sand labels in a few; kept as a repeat, by road "
         "from Hungary to Serbia is the new part as far as a search found)", {"importer_country": "RS"}),
        ("WST-08", "transit", "DESEA01", "sea", "NO", ["DE"], "LR", "901890",
         "Donert sykehusutstyr til distriktssykehus i Liberia: pasientmonitorer, hjertestartere og infusjonspumper, "
         "brukt, 14 paller", "NO", 4200, None, 28000, "NOK",
         "donated medical devices travel tested, cleaned and listed by serial number with a service report; these 14 "
         "pallets hold cracked, dust-caked monitors with missing screens, defibrillators with swollen lithium packs, "
         "infusion pumps with leaking NiCd packs and loose circuit boards, from Norwegian hospitals' disposal cages: "
         "waste electrical and electronic equipment with hazardous components (16 02 13*), landed at Bremerhaven "
         "in transit from Oslo to Monrovia without the notification and consent a shipment of waste through the "
         "Union needs; Norwegian wording (medical e-waste as donations repeats in several sets, and transits from "
         "Felixstowe through Rotterdam to Tema in blind131 and blind135; a Norwegian charity's transit through "
         "Bremerhaven to Liberia was found in no earlier row by a keyword search)",
         {"importer_country": "LR"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "EG", "251741",
         "Σκόνη μαρμάρου για τσιμεντοβιομηχανία, σάκοι jumbo, 24 t", "GR", 24000, None, 720, "EUR",
         "marble powder is a bright-white, soft, chalky powder that fizzes with acid; these bags hold dark, "
         "angular copper-slag grit mixed with red and black paint chips that read tributyltin and copper, swept up "
         "in the Perama ship-repair zone after hull blasting: spent abrasive-blasting grit containing hazardous "
         "substances (12 01 16*), hazardous waste whose export to a non-OECD country is banned, from Piraeus to "
         "Alexandria for a 'cement works'; Greek wording (blasting grit repeats in many sets; a marble-powder label "
         "was found in no earlier row by a keyword search)", {"importer_country": "EG"}),
        ("WST-10", "export", "ESSEA01", "sea", "ES", ["MZ"], "MW", "854143",
         "Paneles solares de segunda mano, donación para escuelas rurales de Malaui tras el ciclón, 900 unidades",
         "ES", 18000, 900, 4500, "EUR",
         "second-hand PV modules for donation are tested, framed, with a flash report per module; these 900 are "
         "hail-shattered, delaminated, browned modules stripped from a Murcia plant after a storm, a third of them "
         "cadmium-telluride thin-film panels with cracked glass: waste photovoltaic panels (16 02 13*, 16 02 14), "
         "e-waste that fails the reuse tests, whose hazardous part may not go to a non-OECD country, from Valencia "
         "to Beira for the road to Blantyre; Spanish wording (end-of-life PV panels repeat in several sets; a "
         "cyclone-relief school donation for Malawi was found in no earlier row by a keyword search)",
         {"importer_country": "MW"}),
    ],
    "ozone": [
        ("OZN-01", "export", "ITSEA01", "sea", "IT", ["CI"], "BF", "841850",
         "Frigoriferi per vaccini usati, revisionati, donazione a un distretto sanitario del Burkina Faso, 60 unità",
         "IT", 4800, 60, 3000, "EUR",
         "vaccine fridges for immunisation programmes are prequalified solar direct-drive or R-600a units with a "
         "temperature logger; these 60 are 1980s-90s ice-lined and absorption-conversion cabinets from Lombard "
         "hospital pharmacies, whose compressor plates read R12 and whose foam, cut open, hisses and smells sweet "
         "(CFC-11): products containing CFCs, whose export the Union bans (Regulation 2024/590), from Genoa through "
         "Abidjan to Ouagadougou for a 'health-district committee'; Italian wording (CFC-charged refrigerators "
         "repeat in many sets; a vaccine-fridge donation label was found in no earlier row by a keyword search)",
         {"importer_country": "BF"}),
        ("OZN-02", "export", "DEAIR01", "air", "DE", [], "PG", "842410",
         "Handfeuerlöscher 2-BTP (Halotron BrX) für die Flugzeuge eines Missionsflugdienstes, Spende, 24 Stück", "DE",
         60, 24, 1200, "EUR",
         "2-BTP handheld extinguishers for aircraft cabins are new, silver bottles with a maker's certificate and a "
         "2020s date; these 24 are red 1980s bottles with re-painted shoulders, whose valve stamps and a gas test give "
         "bromochlorodifluoromethane: halon 1211, whose export from the Union is banned except under licence for a "
         "critical use, sent without one by air from Frankfurt to Mount Hagen for a mission aviation service; German "
         "wording (halon 1211 repeats in many sets and 2-BTP labels in two, once for light aircraft (blind57, "
         "blind73); kept as a repeat of the label, a donation to a mission aviation service in Papua New Guinea is "
         "the new part as far as a search found)",
         {"importer_country": "PG"}),
        ("OZN-03", "transit", "BEAIR01", "air", "US", ["BE"], "CD", "382499",
         "Sterilant gas, ethylene oxide / CO2 8.5/91.5, for a donated hospital sterilizer, 20 cylinders", "US", 900, 20,
         5400, "USD",
         "EO/CO2 8.5/91.5 sterilant sits at about 50 bar in tall cylinders; these 20 read 3-4 bar, hold a heavy liquid "
         "and the inner labels under the new sleeves read 'Oxyfume 2002': ethylene oxide in HCFC-124 carrier, a "
         "mixture containing an ozone-depleting substance, moved through the Union without the licence Regulation "
         "2024/590 requires, landed at Liège in transit from Chicago to Kinshasa for a mission hospital's donated "
         "gas steriliser; US English wording (HCFC-124 sterilant repeats in blind6 and dev8-b and an EO/CO2 label in "
         "blind100; kept as a repeat, an air transit through Liège for a donated mission-hospital steriliser is "
         "the new part as far as a search found)", {"importer_country": "CD"}),
        ("OZN-04", "export", "PLROAD01", "road", "PL", [], "UA", "290345",
         "Pomoc humanitarna: czynnik R-134a do klimatyzacji karetek, puszki 340 g, 600 szt.", "PL", 204, 600, 1800,
         "EUR",
         "R-134a refill cans for car air-conditioning have a self-sealing valve with the R-134a quick-coupler thread "
         "and read about 5 bar at 20 °C; these 600 cans have the older 7/16 flare thread, read 4.7 bar, and their gas "
         "tests as dichlorodifluoromethane: CFC-12, whose export from the Union is banned, loaded in a convoy of "
         "donated ambulances at Dorohusk for a Dnipro volunteer garage that services old ambulances; Polish wording "
         "(CFC-12 repeats in many sets and R-134a labels in several; an ambulance-convoy humanitarian label was "
         "found in no earlier row by a keyword search)", {"importer_country": "UA"}),
        ("OZN-05", "export", "DKSEA01", "sea", "DK", [], "TZ", "901180",
         "Mikroskoper, brugte, donation til skolelaboratorier i Tanzania, 40 stk", "DK", 400, 40, 2000, "EUR",
         "a Danish school-partnership container for Tanzanian secondary schools: used microscopes and glassware are "
         "what such partnerships send, but the third item's 60 'solvents for school laboratories' are brown "
         "pre-1990 bottles from gymnasium chemistry stores labelled 'Tetrachlormetan' and '1,1,1-trichlorethan', "
         "heavy, sweet-smelling and non-flammable: carbon tetrachloride and methyl chloroform, whose export from "
         "the Union is banned (and which are hazardous waste as well), hidden as the last item of a three-item "
         "declaration, from Aarhus to Dar es Salaam; Danish wording (carbon tetrachloride and methyl chloroform "
         "repeat in many sets and school-laboratory clearances as waste in two (blind19, as a donation, and blind55); "
         "kept as a repeat of the cover, the solvents behind microscopes for Tanzanian schools are the new part as "
         "far as a search found)",
         dict({"importer_country": "TZ"},
              _more_items=[item("701790", "Laboratorieglas, brugt, 30 kasser", "DK", 300, 300, "EUR", qty=30),
                           item("381400", "Opløsningsmidler til skolelaboratorier, 60 flasker", "DK", 90, 60, "EUR", qty=60)])),
        ("OZN-06", "import", "SKROAD01", "road", "UA", [], "SK", "841582",
         "Vrátenie humanitárneho vybavenia: prenosné klimatizačné jednotky z poľnej nemocnice v Charkove, 30 ks", "UA",
         1500, 30, 3000, "EUR",
         "a relief organisation's own air-conditioners go out and come back as R-32 or R-290 units with Union "
         "paperwork; these 30 are Chinese window and split units bought locally, with 'R22' on the nameplates and "
         "gauges on the service ports that read R-22 pressures: equipment charged with HCFC-22, whose import into "
         "the Union is banned (Regulation 2024/590), declared as returned goods at Vyšné Nemecké for a Košice "
         "foundation; Slovak wording (R-22 equipment repeats in many sets; a field-hospital return from Kharkiv was "
         "found in no earlier row by a keyword search)", firm("Nadácia Delta Pomoc", "SK")),
        ("OZN-07", "export", "NLSEA01", "sea", "NL", ["DJ"], "YE", "382499",
         "ECO2FUME fumigant (2 % phosphine in CO2) for food-aid grain stores, 40 cylinders", "NL", 2200, 40, 9600,
         "EUR",
         "phosphine-in-CO2 fumigant sits at about 60 bar in tall cylinders and is nearly all CO2; these 40 short "
         "cylinders slosh, read 2 bar, hold 55 kg each of a liquid of 1.73 kg/l and their shoulders are stamped "
         "'CH3Br' under the paint: methyl bromide, whose export from the Union is banned (no quarantine exemption "
         "remains), from Rotterdam through Djibouti to an Aden 'food-aid warehouse' contractor; English wording "
         "(methyl bromide repeats in many sets and ECO2FUME labels in four (blind79, blind143, blind144, blind166); "
         "kept as a repeat of the label, a food-aid fumigation buyer in Yemen is the new part as far as a search "
         "found)", {"importer_country": "YE"}),
        ("OZN-08", "import", "HUROAD01", "road", "UA", [], "HU", "321490",
         "Монтажна піна поліуретанова, без фреону, балони 750 мл, 4 800 шт.", "UA", 4300, 4800, 7200, "EUR",
         "one-component mounting foam is blown with propane, butane and DME and its cans carry a flammable-gas mark; "
         "these cans, for a Nyíregyháza building-materials chain, carry no flame mark, do not light at the nozzle, "
         "and a gas test of the head-space gives chlorodifluoromethane: mounting foam propelled with HCFC-22, a "
         "product containing an ozone-depleting substance whose import into the Union is banned, made in a "
         "Kharkiv-region filler, at Záhony; Ukrainian wording (HCFC in mounting foam repeats in a few sets, blind120 "
         "and blind141 among them; kept as a repeat, a 'freon-free' Ukrainian label at Záhony is the new part as "
         "far as a search found)", firm("Central Építőanyag Kft.", "HU")),
        ("OZN-09", "import", "ATAIR01", "express", "JP", [], "AT", "340290",
         "精密光学レンズクリーナー 速乾タイプ 500 ml × 6本", "JP", 4.8, 6, 12000, "JPY",
         "optical lens cleaners are alcohol-water mixtures of 0.9 kg/l that smell of spirit and burn; these six "
         "bottles weigh 1.57 kg/l, evaporate coldly without a flame and smell faintly of ether, and the can labels "
         "under the new ones read 'ダイフロン S3' (trichlorotrifluoroethane): CFC-113, whose import into the Union is "
         "banned, sent by express from Osaka to a private camera restorer in Graz; Japanese wording (CFC-113 "
         "repeats in many sets and cleaner labels in several; a lens-cleaner label was found in no earlier row by a "
         "keyword search)", person("Thomas Gruber", "AT")),
        ("OZN-10", "export", "BGROAD01", "road", "BG", ["TR", "GE"], "AM", "871639",
         "Хладилно полуремарке, употребявано, дарение за студената верига на ваксини в Армения, 1 бр.", "BG", 9000, 1,
         6000, "EUR",
         "a refrigerated trailer exported for a vaccine cold chain runs on R-452A or CO2 with a certificate of the "
         "unit; this 1994 trailer's unit plate reads R-502, its sight glass shows liquid, and the gauge reads a full "
         "charge of about 7 kg: equipment containing R-502 (CFC-115 with HCFC-22), whose export from the Union is "
         "banned, on the road through Türkiye and Georgia to a Yerevan 'charity pharmacy'; Bulgarian wording (CFC "
         "and HCFC transport units repeat in several sets; a vaccine-cold-chain donation to Armenia was found in no "
         "earlier row by a keyword search)", {"importer_country": "AM"}),
    ],
    "cultural": [
        ("CUL-01", "import", "PLROAD01", "road", "UA", [], "PL", "970191",
         "Ікони нові, писані волонтерами для благодійного аукціону на підтримку шпиталю, 14 шт.", "UA", 28, 14, 700,
         "EUR",
         "new icons painted for charity auctions are bright egg tempera on fresh lime boards with white gesso and a "
         "painter's signature on the back; these 14 have worm-eaten boards with dovetailed battens, darkened olifa "
         "varnish, candle soot, nail holes from lost silver covers and a Kherson-diocese parish inventory number "
         "painted on the reverse: 18th-19th-century icons taken from churches in shelled or occupied villages, "
         "exported without the Ukrainian permit and brought in against the Union's ban on cultural goods illegally "
         "exported from their country (Regulation 2019/880), at Dorohusk for a private person in Lublin; Ukrainian "
         "wording (Ukrainian icons repeat in several sets; a volunteers' charity-auction label was found in no "
         "earlier row by a keyword search)", person("Piotr Nowak", "PL")),
        ("CUL-02", "import", "BGROAD01", "road", "TR", [], "BG", "630622",
         "Връщане на хуманитарен конвой от земетресението в Хатай: неизползвани палатки и одеяла, 1 камион", "BG",
         6000, None, 3000, "EUR",
         "a relief convoy coming home brings back unused tents and blankets of Bulgarian origin; under the tent bales "
         "lie six lime-backed panels of stone tesserae, cut with an angle grinder, showing a Roman head of Tyche, "
         "fish and a border of waves, with fresh plaster dust and a site number in Turkish: Roman mosaic fragments "
         "lifted from a quake-damaged house in Antakya, taken out of Türkiye without permission and brought in "
         "without the import licence Regulation 2019/880 requires for archaeological objects, at Kapitan Andreevo "
         "for a Plovdiv 'relief association'; Bulgarian wording (mosaics repeat in many sets and Hatay in one; a "
         "returning earthquake-relief convoy was found in no earlier row by a keyword search)",
         firm("Delta Humanitarian EOOD", "BG")),
        ("CUL-03", "import", "DEAIR01", "air", "NP", [], "DE", "442199",
         "भूकम्पपीडित काष्ठकलाकारहरूले बनाएका नयाँ टुँडाल (मन्दिरका थाम) प्रतिकृति, ८ थान", "NP", 160, 8, 800, "USD",
         "new tundal replicas from Bhaktapur fair-trade workshops are pale, unpainted sal wood with crisp chisel marks; "
         "these eight are dark, oil-soaked struts with many-armed deities, flaking red and black paint, a 17th-18th-"
         "century carving style, mortises with old iron pins and fresh saw cuts at both ends, from temples damaged in "
         "an earthquake and never rebuilt: elements of protected monuments whose export Nepal forbids, brought in "
         "without the import licence Regulation 2019/880 requires, flown from Kathmandu to Frankfurt for a fair-trade "
         "importer; Nepali wording (tundal struts repeat in blind131 and Patan toranas in blind176; kept as a repeat, "
         "a label naming earthquake-affected carvers was found in no earlier row by a keyword search)",
         firm("Alpina Fair Handel GmbH", "DE")),
        ("CUL-04", "import", "NLAIR01", "air", "EG", [], "NL", "630900",
         "Personal effects of evacuated aid worker: clothes, books, kitchen items, souvenirs, 8 cartons", "SD", 160, 8,
         300, "EUR",
         "an evacuated aid worker's effects are worn clothes, books and a few market souvenirs; between the shirts of "
         "carton 5 are 22 blue-green faience shabtis with hieroglyphic columns, a Meroitic bronze lamp and two "
         "painted sherds with museum inventory numbers in black ink: Kushite and Meroitic antiquities of the kind "
         "looted from Khartoum's museum during the fighting, taken out of Sudan and brought in without the import "
         "licence Regulation 2019/880 requires, flown from Cairo to Amsterdam for a private person; English wording "
         "(Meroitic and Kushite objects repeat in several sets; an evacuated aid worker's effects were found in no "
         "earlier row by a keyword search)", person("M. Bakker", "NL")),
        ("CUL-05", "import", "DEAIR01", "air", "PK", [], "DE", "570110",
         "قالین های دست‌باف کهنه و اثاثیه خانوادهٔ پناهندهٔ افغان اسکان‌یافته در آلمان، ۱۲ کارتن", "AF", 280, 12, 400,
         "EUR",
         "a resettled family's household effects are used carpets, clothes and kitchenware; rolled inside three of "
         "the carpets are four grey-schist reliefs of the Buddha's life with root-stained backs and fresh chisel "
         "marks where they were split off a stupa base: Gandharan sculpture (2nd-4th century) from Afghanistan, whose "
         "export it forbids, brought in without the import licence Regulation 2019/880 requires, flown from "
         "Islamabad to Hanover under an admission programme's household-effects relief; Dari wording (Gandharan "
         "sculpture repeats in many sets; kept as a repeat, a resettled refugee family's household effects were "
         "found in no earlier row by a keyword search)", person("Familie Ahmadi", "DE")),
        ("CUL-06", "import", "MTSEA01", "sea", "LY", [], "MT", "860900",
         "إرجاع حاويات إغاثة فارغة بعد فيضان درنة، 4 حاويات 20 قدم", "MT", 8800, 4, 8000, "EUR",
         "empty relief containers come back swept, with their doors open at inspection; two of these four hold, "
         "under pallets of broken cardboard, three limestone funerary busts of veiled women without faces and two "
         "inscribed Greek stelae with dried flood mud in the letters: Cyrenaican funerary sculpture from the "
         "necropolis of Cyrene, whose export Libya forbids, brought in without the import licence Regulation "
         "2019/880 requires, by sea from Benghazi to Marsaxlokk for a relief-logistics firm; Libyan Arabic wording "
         "(Cyrenaican busts repeat in many sets and Derna in several; kept as a repeat, returning empty relief "
         "containers were found in no earlier row by a keyword search)", firm("Central Relief Logistics Ltd", "MT")),
        ("CUL-07", "import", "NLAIR01", "air", "MM", ["TH"], "NL", "442199",
         "ကုသိုလ်ဒါနအဖြစ် လှူဒါန်းသော ရွှေချ ဗုဒ္ဓရုပ်ပွားတော်အသစ်များ, ၆ ဆူ", "MM", 90, 6, 600, "USD",
         "new gilt Buddha images for a Dhamma centre are bright, evenly gilded and smell of fresh lacquer; these six "
         "are dry-lacquer and wood images of the Konbaung period with worn gilding over black thitsi, glass inlays, "
         "old repairs, relic cavities opened from below and plaster dust of a collapsed monastery: images taken from "
         "Sagaing monasteries damaged by the earthquake, whose export Myanmar forbids, brought in without the "
         "import licence Regulation 2019/880 requires, flown from Yangon through Bangkok to Amsterdam as a monk's "
         "'gift for merit'; Burmese wording (Burmese Buddhas repeat in several sets and Mandalay in five; a "
         "merit-donation label after an earthquake was found in no earlier row by a keyword search)",
         firm("Stichting Horizon Dhamma", "NL")),
        ("CUL-08", "export", "FRSEA01", "sea", "FR", [], "CM", "490199",
         "Livres d'occasion, don à la bibliothèque du grand séminaire de Yaoundé, 80 cartons", "FR", 1600, 80, 400,
         "EUR",
         "a parish association's container for a Yaoundé seminary library: used books and wooden shelving are what "
         "such associations send, but the third item's 'old bound devotional books' carton holds a folio printed "
         "in 1493 with woodcut city views (a Latin Nuremberg Chronicle) and two 16th-century books of hours whose "
         "bookplates and shelf marks are those of a Burgundian abbey library that reported a theft: incunabula and "
         "early printed books over a hundred years old and above the value threshold, exported without the licence "
         "of Regulation 116/2009, hidden as the last item of a three-item declaration, from Le Havre to Douala; "
         "French wording (incunabula repeat in four sets; behind a seminary-library donation was found in no "
         "earlier row by a keyword search)",
         dict({"importer_country": "CM"},
              _more_items=[item("940360", "Étagères de bibliothèque en bois, d'occasion, 30 éléments", "FR", 900, 300, "EUR", qty=30),
                           item("490199", "Lot de vieux livres de piété reliés, 1 carton", "FR", 12, 20, "EUR", qty=1)])),
        ("CUL-09", "import", "DESEA01", "sea", "CN", [], "DE", "680293",
         "Гранит чулуун цэцэрлэгийн хөшөө, сийлбэртэй, 1 ширхэг", "MN", 1400, 1, 900, "USD",
         "a granite garden stele is freshly cut and polished on the sawn faces; this 2 m slab is a weathered, "
         "lichen-spotted granite stone with a belt, a dagger and flying stags in low relief, with soil still in the "
         "pecked grooves: a Bronze Age deer stone from western Mongolia, whose export Mongolia forbids, brought in "
         "without the import licence Regulation 2019/880 requires, by sea from Tianjin to Hamburg in a stone-"
         "importer's container; Mongolian wording (a deer stone once, blind20, by rail through China to Poland; kept "
         "as a repeat, a garden-stele label by sea to Hamburg is the new part as far as a search found)",
         firm("Nordhafen Naturstein GmbH", "DE")),
        ("CUL-10", "import", "ATAIR01", "air", "UZ", [], "AT", "960622",
         "Bronza tugmalar, qadimiy uslubda, hunarmand ishi, 40 dona", "UZ", 1.2, 40, 80, "USD",
         "craft bronze buttons are cast with a shank and a bright, even patina; these 40 are thin, cellular bronze "
         "and copper stamps with a loop on the back, divided into compartments by cast ribs, with green corrosion "
         "crusts and soil in the cells: Bronze Age compartmented seals of the Oxus civilisation (BMAC), "
         "archaeological objects whose export Uzbekistan and Afghanistan forbid, brought in without the import "
         "licence Regulation 2019/880 requires, flown from Tashkent to Vienna for a dealer; Uzbek wording "
         "(compartmented seals repeat in a few sets and button labels on antiquities in two, blind122 and blind123; "
         "a craft bronze-button label on Oxus seals from Uzbekistan is the new part as far as a search found)",
         firm("Orion Antiquitäten GmbH", "AT")),
    ],
    "strategic": [
        ("STR-01", "export", "ATAIR01", "air", "AT", [], "KG", "852589",
         "Wärmebildkameras für die Bergrettung, Spende an einen kirgisischen Bergrettungsdienst, 40 Stück", "AT", 60,
         40, 8000, "EUR",
         "mountain-rescue thermal cameras are rugged handhelds of 160 x 120 or 320 x 240 pixels at 9 Hz, with a "
         "screen and a lanyard, at a few hundred euros; these 40 are bare, housing-less 640 x 512 uncooled cores at "
         "60 Hz with lens mounts and a video interface board, at about 4,000 EUR each on the maker's list, for a "
         "Bishkek 'rescue NGO' that shares its address with a forwarder whose trucks go to Moscow: thermal-imaging "
         "cores for drone and weapon sights, whose sale for use in Russia and re-export through third countries "
         "Regulation 833/2014 forbids, flown from Vienna; Austrian German wording (thermal cameras repeat in many "
         "sets and Kyrgyz forwarders in many; a mountain-rescue donation label was found in no earlier row by a "
         "keyword search)", {"importer_country": "KG"}),
        ("STR-02", "export", "SISEA01", "sea", "SI", ["TR"], "IR", "841933",
         "Liofilizatorji za proizvodnjo cepiv, humanitarna donacija bolnišnici v Iranu, 2 enoti", "SI", 6000, 2, 40000,
         "EUR",
         "a donated laboratory freeze-dryer is a benchtop unit with a few kilograms of ice capacity; these two are "
         "production freeze-dryers with 40 kg of ice capacity, steam sterilisation in place and isolator loading, "
         "for a Tehran 'hospital' that is the procurement office of an institute under the defence ministry: "
         "freeze-drying equipment controlled under dual-use 2B352 and sold to Iran without the licence Regulation "
         "2021/821 and the Iran regulation (267/2012) require, by sea from Koper through Mersin; Slovenian wording "
         "(freeze-dryers repeat in several sets; a humanitarian vaccine donation for Iran was found in no earlier row "
         "by a keyword search)", {"importer_country": "IR"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "CN", "870193",
         "Gebruikte landbouwtrekkers, schenking voor een voedselzekerheidsproject, 6 stuks", "NL", 30000, 6, 60000,
         "EUR",
         "tractors for a food-security project go to the farmers' country with the agency's papers; these six "
         "100 kW tractors are bound for a Dalian 'agricultural cooperation' company whose onward bill of lading "
         "names Nampo and a DPRK state farm, through an NGO whose humanitarian exemption does not list them: vehicles "
         "of chapter 87, whose supply to North Korea the UN sanctions and Regulation 2017/1509 forbid, from "
         "Rotterdam; Dutch wording (tractors repeat in many sets and North Korean end users in several; a "
         "food-security donation label was found in no earlier row by a keyword search)",
         {"importer_country": "CN"}),
        ("STR-04", "export", "BESEA01", "sea", "BE", [], "LB", "283322",
         "Sulfate d'aluminium, floculant pour le traitement de l'eau, don humanitaire pour les stations de pompage "
         "d'Alep, 20 t", "BE", 20000, None, 4000, "EUR",
         "aluminium sulphate flocculant is off-white kibble that dissolves into a sour, astringent solution; these "
         "bags hold fine, white, salty crystals that etch a glass beaker and whose inner liners read 'KHF2, CAS "
         "7789-29-9': potassium bifluoride (dual-use 1C350, a chemical-weapons precursor), exported without the "
         "licence Regulation 2021/821 requires, from Antwerp to Beirut for a 'water committee' that trucks on to "
         "Syria; Belgian French wording (bifluorides repeat in many sets; a water-station donation for Aleppo was "
         "found in no earlier row by a keyword search)", {"importer_country": "LB"}),
        ("STR-05", "export", "GRSEA01", "sea", "GR", [], "LY", "870333",
         "Ασθενοφόρα μεταχειρισμένα, δωρεά σε ανθρωπιστική οργάνωση της Λιβύης, 4 τεμ.", "GR", 16000, 4, 40000, "EUR",
         "used ambulances are van bodies with a stretcher, oxygen and lights, at 3 t each; these four are 4 t "
         "Land Cruiser pick-ups with B6 armour, run-flat tyres, firing ports, a roof hatch with a ring mount and a "
         "red crescent painted over the sand colour: armoured vehicles on the Common Military List (ML6), whose "
         "export to Libya the arms embargo (Regulation 2016/44) forbids, from Piraeus to Benghazi; Greek wording "
         "(armoured vehicles repeat in several sets; an ambulance donation to Libya was found in no earlier row by "
         "a keyword search)", {"importer_country": "LY"}),
        ("STR-06", "export", "ESSEA01", "sea", "ES", ["OM"], "YE", "840790",
         "Motores para motobombas de riego, donación para cooperativas agrícolas de Yemen, 40 unidades", "ES", 160, 40,
         4000, "EUR",
         "motor-pump engines are upright, air-cooled, four-stroke single-cylinder units on a base frame with a "
         "pump shaft; these 40 are two-cylinder, two-stroke boxer engines with a propeller hub, electronic ignition "
         "and no pump coupling at all: engines for attack drones, whose supply to the Houthis the UN and Union "
         "arms embargo forbids, from Valencia through Salalah to a Sana'a 'agricultural cooperative'; Spanish "
         "wording (UAV engines repeat in several sets and irrigation-pump labels in two (blind125, blind145); kept "
         "as a repeat of the label, a cooperative donation for Yemen is the new part as far as a search found)",
         {"importer_country": "YE"}),
        ("STR-07", "export", "LTROAD01", "road", "LT", [], "BY", "847130",
         "Humanitarinė pagalba Černobylio vaikams: naudoti nešiojamieji kompiuteriai mokyklai, 40 vnt.", "LT", 120, 40,
         400, "EUR",
         "used school laptops are scratched, mixed brands with chargers; these 40 laptop boxes hold no laptops but "
         "anti-static bags of FPGAs, RF transceiver chips and microcontrollers in reels, 6,000 pieces, for a Gomel "
         "'children's fund' whose address is a Minsk electronics trader: integrated circuits (8542), whose sale to "
         "Belarus Regulation 765/2006 forbids, at Medininkai; Lithuanian wording (integrated circuits repeat in many "
         "sets; a Chernobyl-children charity label was found in no earlier row by a keyword search)",
         {"importer_country": "BY"}),
        ("STR-08", "export", "DEAIR01", "air", "DE", ["TR"], "IR", "901890",
         "Ersatzteile für Dialysegeräte, Spende für ein Krankenhaus in Kerman, 30 Stück", "DE", 30, 30, 1500, "EUR",
         "dialysis-machine spares are pressure sensors, pumps and valves in the maker's bags at tens of euros; these "
         "30 are capacitance manometers with Inconel diaphragms, rated for corrosive gases, at about 3,000 EUR each, "
         "for a 'hospital' whose procurement office buys for an enrichment site: pressure transducers controlled "
         "under dual-use 2B230 and listed in the Iran regulation (267/2012), exported without a licence, from "
         "Frankfurt through Istanbul; German wording (capacitance manometers repeat in many sets; a dialysis-"
         "donation label was found in no earlier row by a keyword search)", {"importer_country": "IR"}),
        ("STR-09", "export", "EEAIR01", "air", "EE", [], "KZ", "845290",
         "Tööstuslike õmblusmasinate juhtplokid ja servomootorid, 60 komplekti", "EE", 300, 60, 6000, "EUR",
         "sewing-machine control boxes are small units with a pedal input and a 550 W servo at about 100 EUR; these "
         "60 sets are CNC controllers with a screen and G-code interface and 3 kW servo drives with encoders, for "
         "lathes and machining centres, at 4,000 EUR a set on the maker's list, for an Almaty trader that re-exports "
         "to Russia: machine-tool numerical controls, whose sale for use in Russia Regulation 833/2014 forbids, "
         "flown from Tallinn; Estonian wording (CNC controls repeat in several sets and sewing-machine labels on "
         "them in two, blind109 and blind114; kept as a repeat of the label, by air from Tallinn to Almaty is the "
         "new part as far as a search found)", {"importer_country": "KZ"}),
        ("STR-10", "export", "CYSEA01", "sea", "CY", ["TR"], "RU", "611120",
         "Гуманитарная помощь детскому дому: детская одежда, 60 коробок", "CY", 600, 60, 600, "EUR",
         "a Limassol parish's 'aid for an orphanage': children's clothes and colouring books are goods that may "
         "still go to Russia, but the third item's 'educational electronic construction kits' are 400 drone flight "
         "controllers, electronic speed controllers and video transmitters in anti-static bags, for an orphanage "
         "address in Sevastopol: drone electronics on the common high-priority list whose export to Russia "
         "Regulation 833/2014 forbids, and goods for Crimea under Regulation 692/2014, hidden as the last item of "
         "a three-item declaration, by sea through Türkiye to Novorossiysk; Russian wording from Cyprus (drone "
         "electronics repeat in many sets; an orphanage aid label was found in no earlier row by a keyword search)",
         dict({"importer_country": "RU"},
              _more_items=[item("490300", "Детские книжки-раскраски, 20 коробок", "CY", 400, 100, "EUR", qty=20),
                           item("950300", "Развивающие электронные конструкторы для детей, 10 коробок", "CY", 40, 200, "EUR", qty=10)])),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "SS", ["UG"], "BE", "630900",
         "Personal effects of returning NGO staff member: clothes, books, household items, 6 cartons", "SS", 120, 6,
         300, "USD",
         "a returning NGO worker's effects are worn clothes, books and a few souvenirs of wood and beads; inside "
         "rolled-up clothes in two cartons are 14 heavy, creamy bangles and a carved bust with Schreger lines on the "
         "cut faces, 9 kg in all: elephant ivory (CITES App. I) without CITES documents, flown from Juba through "
         "Entebbe to Brussels for a private person in Ghent; English wording (ivory repeats in many sets and "
         "personal-effects covers in several; a returning NGO staff member's effects were found in no earlier row "
         "by a keyword search)", person("Jan Peeters", "BE")),
        ("WLF-02", "import", "DEAIR01", "air", "PG", ["AU"], "DE", "560900",
         "Bilum na bilas bilong kastom, long salim long bung bilong misin, 4 katen", "PG", 20, 4, 200, "PGK",
         "bilum string bags and shell-and-seed bilas are what partner parishes send for mission fundraising sales; "
         "two cartons hold six Huli and Enga headdresses with full red and yellow plumes and wired tail wires: "
         "Raggiana and lesser birds-of-paradise (Paradisaeidae, CITES App. II) without CITES documents, whose export "
         "Papua New Guinea allows only for customary use at home, flown from Port Moresby through Brisbane to "
         "Nuremberg for a Franconian mission society's Advent sale; Tok Pisin wording (birds-of-paradise repeat in "
         "several sets, a Papua New Guinea headdress once with German wording (blind32); kept as a repeat, a "
         "mission-fundraising label in Tok Pisin was found in no earlier row by a keyword search)", person("Anna Schmidt", "DE")),
        ("WLF-03", "import", "BEAIR01", "air", "LR", [], "BE", "300290",
         "Biological substance, Category B (UN3373), diagnostic samples for an Ebola research NGO, 2 boxes", "LR", 14, 2,
         10, "USD",
         "UN3373 diagnostic specimens travel as a few millilitres in leak-proof tubes inside absorbent pouches with "
         "a lab's request forms; these two cool boxes hold 14 kg of smoked, blackened meat: the limbs and a head of "
         "a western red colobus and the scaly body of a white-bellied pangolin (CITES App. II and I), without CITES "
         "documents and without the veterinary checks meat needs, flown from Monrovia to Brussels for a Matonge "
         "trader whose consignee name borrows a research institute's; Liberian English wording (bushmeat repeats in "
         "several sets and pangolins in many; a diagnostic-sample (UN3373) label was found in no earlier row by a "
         "keyword search)", firm("Central Biomedical Research SA", "BE")),
        ("WLF-04", "import", "ESSEA01", "sea", "MA", [], "ES", "010620",
         "فكارن ديال الدار، تبرع لجمعية كتأوي الحيوانات فإسبانيا، 60", "MA", 30, 60, 60, "EUR",
         "pet tortoises handed to a refuge are a few captive-bred animals with microchips and papers; these 60 are "
         "wild-caught spur-thighed tortoises of every size, with worn, muddy shells, ticks and no chips, packed in "
         "crates in a van off the Tanger Med-Algeciras ferry for a 'refuge association' that sells them on: Testudo "
         "graeca (CITES App. II, Annex A of the Union's wildlife-trade regulation) without CITES documents; Moroccan "
         "Arabic (Darija) wording (Testudo graeca repeats in many sets; a donation to an animal refuge was found in "
         "no earlier row by a keyword search)", firm("Asociación Rivage Refugio Animal", "ES")),
        ("WLF-05", "export", "DEAIR01", "air", "DE", [], "BO", "920290",
         "Gebrauchte Musikinstrumente, Spende für eine Musikschule in Sucre: Gitarren, 24 Stück", "DE", 60, 24, 480,
         "EUR",
         "donated student guitars are laminated instruments of a few hundred euros; six of these 24 are 1960s "
         "Spanish concert guitars from a collector's estate whose backs and sides are Brazilian rosewood with the "
         "dark, spidery figure and sweet smell of Dalbergia nigra, worth thousands each, for a Santa Cruz dealer who "
         "sells them on to collectors: Dalbergia nigra (CITES App. I) exported without the pre-Convention or export "
         "certificate, flown from Frankfurt to Santa Cruz; German wording (Brazilian rosewood repeats in many sets and "
         "music schools as buyers in several; a donation to a music school was found in no earlier row by a keyword "
         "search)", {"importer_country": "BO"}),
        ("WLF-06", "import", "ROROAD01", "road", "UA", [], "RO", "010632",
         "Евакуація тварин: домашні птахи біженців, 12 кліток", "UA", 18, 12, 120, "EUR",
         "evacuated refugees' pets are a budgerigar or a canary with their owners; these 12 cages in a van hold 12 "
         "large, cobalt-blue macaws with yellow eye-rings, no rings on their legs and no owners aboard, taken from "
         "a private breeder's flock in an occupied district and bound for a Bucharest dealer: hyacinth macaws "
         "(Anodorhynchus hyacinthinus, CITES App. I) without CITES documents or proof of captive breeding, at Siret; "
         "Ukrainian wording (hyacinth macaws repeat in four sets; a refugees'-pets evacuation label was found in no "
         "earlier row by a keyword search)", person("Ion Popescu", "RO")),
        ("WLF-07", "import", "PTSEA01", "sea", "MZ", [], "PT", "071239",
         "Cogumelos orelha-de-judas secos, sacos de 10 kg, 120 sacos", "MZ", 1200, 120, 6000, "USD",
         "dried wood-ear mushrooms are thin, crinkled, brown-black flaps that weigh almost nothing and swell into "
         "jelly in water; these sacks hold hard, heavy, black and brown-teated cylinders of 20-30 cm with a chalky "
         "bloom and a smell of the sea: dried teatfish sea cucumbers (Holothuria fuscogilva and H. nobilis, CITES "
         "App. II) without CITES documents, from Pemba and Nacala divers, by sea from Nacala to Lisbon for a "
         "wholesaler supplying Macau buyers; Mozambican Portuguese wording (sea cucumbers repeat in many sets and "
         "wood-ear labels on them in two, blind96 and blind119; kept as a repeat of the label, from Nacala to "
         "Lisbon with Portuguese wording is the new part as far as a search found)",
         firm("Atlantic Importação Lda", "PT")),
        ("WLF-08", "import", "ITSEA01", "sea", "CO", [], "IT", "410411",
         "Cuero vacuno en crust, flor entera, teñido, 2 400 pieles", "CO", 6000, 2400, 48000, "USD",
         "bovine crust leather comes as whole half-hides of 2-3 m² with hair-pore grain; these 2,400 pieces are "
         "narrow belly skins of about a metre with square, bony-plated scales along the flanks and a ridge of "
         "osteoderms on the back: spectacled-caiman skins (Caiman crocodilus fuscus, CITES App. II) without the CITES "
         "export permit or tags, by sea from Cartagena to Livorno for a Santa Croce tannery agent; Colombian "
         "Spanish wording (caiman repeats in several sets; a bovine crust-leather label was found in no earlier row "
         "by a keyword search)", firm("Alpina Pellami Srl", "IT")),
        ("WLF-09", "import", "DEAIR01", "air", "BT", ["IN"], "DE", "121190",
         "Himalayan herbal tea, dried leaves and twigs, wild-harvested, 200 kg / རི་ཁྲོད་ཀྱི་ཇ་", "BT", 200, None, 1200,
         "USD",
         "Himalayan herbal teas are mixes of dried leaves, flowers and berries (sea buckthorn, lemongrass, rose) that "
         "smell sweet and grassy; these 200 kg are flat, dark-green, two-ranked needles on green twigs with strips of "
         "thin, reddish, scaly bark, bitter and resinous: Himalayan yew (Taxus wallichiana, CITES App. II) leaves and "
         "bark gathered for taxane extraction, without CITES documents, flown from Paro through Delhi to Frankfurt "
         "for a plant-extract trader; English and Dzongkha wording (Himalayan yew repeats in several sets, once as "
         "bark from Nepal (blind110) and once with a Dzongkha label on another good (blind121), and herbal-tea "
         "labels in several; a Himalayan herbal-tea label from Bhutan was found in no earlier row by a keyword "
         "search)", firm("Orion Pflanzenextrakte GmbH", "DE")),
        ("WLF-10", "import", "ITSEA01", "sea", "ER", [], "IT", "630790",
         "Masserizie per ricongiungimento familiare da Asmara: tessuti tradizionali (netsela), tappeti, utensili, "
         "14 cartoni", "ER", 420, 14, 500, "EUR",
         "a family's goods sent after it is reunited in Italy are cotton netsela shawls, rugs and kitchenware; two "
         "cartons hold, folded inside the rugs, three tanned leopard skins and a cheetah skin with heads and claws "
         "and a smell of fresh tanning salt: Panthera pardus and Acinonyx jubatus (CITES App. I) without CITES "
         "documents, by sea from Massawa to Genoa for a dealer who had paid the family's freight; Italian wording "
         "from Eritrea (leopard skins repeat in many sets; a family-reunification household-goods label was found in "
         "no earlier row by a keyword search)", person("Sig. M. Bianchi", "IT")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "GRSEA01", "sea", "TR", "GR", "284700",
     "Hydrogen peroxide 50 %, 4 x 5 l, for a licensed private user (swimming-pool and well-water treatment)", "TR",
     24, 4, 60, "EUR", [("PRECURSOR_LICENCE", "GR-YPA-55-0214")], "hydrogen peroxide above 12 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "DEROAD01", "road", "CH", "DE", "282990",
     "Potassium perchlorate 99 %, 5 kg, for a licensed private user (amateur pyrotechnics, BAM-registered)", "CH", 5, 5,
     90, "CHF", [("PRECURSOR_LICENCE", "DE-BW-55-0391")], "potassium perchlorate above 40 % to a licensed member of the public"),
    ("PRM-03", "waste", "import", "PLROAD01", "road", "UA", "PL", "854913",
     "Waste lithium-ion batteries, damaged, from drones and power banks, for recovery at a licensed recycler, 8 t", "UA",
     8000, None, 0, "EUR", [("BASEL_CONSENT", "PL-GIOS-55-0127")], "notified waste lithium batteries to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "681140",
     "Asbestos-cement roofing waste (17 06 05*), double-bagged on pallets, for a licensed landfill, 22 t", "CH", 22000,
     None, 0, "EUR", [("BASEL_CONSENT", "DE-BW-55-0088")], "notified asbestos waste to a licensed landfill"),
    ("PRM-05", "ozone", "export", "DEAIR01", "air", "DE", "PG", "290376",
     "Halon 1211, recovered and reclaimed, 6 x 2 kg, for aircraft handheld extinguishers (critical use)", "DE", 12, 6,
     1800, "EUR", [("ODS_LICENCE", "DE-UBA-ODS-55-011")], "reclaimed halon exported for a critical use under licence"),
    ("PRM-06", "ozone", "import", "ATAIR01", "air", "JP", "AT", "290377",
     "1,1,2-Trichlorotrifluoroethane (CFC-113), analytical reference standard, 5 x 1 ml, for laboratory use", "JP", 0.05,
     5, 450, "USD", [("ODS_LICENCE", "AT-BMK-ODS-55-004")], "CFC-113 imported for a licensed laboratory use"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Liber Chronicarum (Nuremberg Chronicle), Latin edition, 1493, documented French collection, sold at auction", "FR",
     9, 1, 180000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-EXP-55-0207")], "incunable exported with the EU export licence"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "CH", "DE", "970510",
     "Gandharan schist relief, Buddha's birth, 3rd century, Swiss collection since 1968, with provenance file", "PK", 38,
     1, 65000, "CHF", [("IMPORT_LICENCE", "DE-KGSG-55-0031")], "archaeological object with the EU import licence"),
    ("PRM-09", "strategic", "export", "SISEA01", "sea", "SI", "TR", "841933",
     "Production freeze-dryer, 40 kg ice capacity, steam-sterilisable, for a Turkish human-vaccine plant", "SI", 3000, 1,
     420000, "EUR", [("EXPORT_LICENCE", "SI-MGTS-55-0052"), ("END_USER_CERTIFICATE", "TR-TITCK-EUC-55-0018")],
     "dual-use freeze-dryer under licence to a named end user"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "KR", "902620",
     "Capacitance manometers, Inconel diaphragm, 20 units, for a Korean semiconductor fab", "DE", 20, 20, 60000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-55-1406"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-55-0091")],
     "dual-use pressure transducers under licence to a named end user"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "PG", "DE", "670100",
     "Raggiana bird-of-paradise plumes, old headdress, documented museum exchange, 1 piece", "PG", 1, 1, 800, "EUR",
     [("CITES_PERMIT", "PG-CEPA-CITES-55-0014")], "App. II plumes with their export permit for a museum exchange"),
    ("PRM-12", "wildlife", "export", "DEAIR01", "air", "DE", "US", "920290",
     "Concert guitar, Spanish, 1962, Brazilian rosewood back and sides, pre-Convention, 1 piece", "DE", 2, 1, 28000, "EUR",
     [("CITES_PERMIT", "DE-BfN-55-0733")], "App. I pre-Convention rosewood guitar with its certificate"),
]

CONSIGNEES = {
    "PRM-01": "Idiotis", "PRM-02": "Privatperson", "PRM-03": "Orion Recykling Sp. z o.o.",
    "PRM-06": "Central Analytik GmbH", "PRM-08": "Alpina Antiken GmbH", "PRM-11": "Museum Vega Völkerkunde",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (44 rows): the lawful twins of this set's disguises, many from the same aid trade
    ("380894", "WHO-formula hand rub, 80 % ethanol, 5 l jerrycans", "import", ["sea"], ["TR", "IN"], (2, 4), (2000, 8000), ["EUR", "USD"], 0.2, S),
    ("380894", "NaDCC water purification tablets, 50-tablet tubs", "import", ["sea"], ["CN", "IN"], (6, 10), (1000, 4000), ["USD"], 4, S),
    ("380894", "Flocculant-disinfectant water purifier sachets, 4 g", "import", ["air"], ["US", "IN"], (8, 14), (200, 1000), ["USD"], 250, S),
    ("902300", "Inert ordnance training replicas, drilled and marked, for demining courses", "export", ["air"], ["UA", "BA"], (20, 40), (100, 600), ["EUR"], 2, S),
    ("250590", "Coloured decorative sand, 1 kg bags", "import", ["road"], ["CH", "TR"], (1, 2), (2000, 8000), ["EUR", "CHF"], 1, S),
    ("330300", "Agua de violetas baby cologne, 1 l", "import", ["post"], ["CU", "DO"], (8, 15), (1, 4), ["USD", "EUR"], 1, S),
    ("290941", "Chafing-dish wick fuel, diethylene glycol, 200 g cans", "import", ["sea"], ["US", "CN"], (2, 3.5), (3000, 9000), ["USD"], 5, S),
    ("220900", "White balsamic condiment, 500 ml", "import", ["sea"], ["AL", "TR"], (2, 3.5), (3000, 9000), ["EUR"], 2, S),
    ("210690", "Ready-to-use therapeutic food (RUTF), peanut paste, 92 g sachets", "export", ["sea"], ["NE", "SD", "ET"], (3, 4.5), (15000, 22000), ["EUR", "USD"], 10, S),
    ("392690", "Artificial snow flakes, polymer, decorative, 1 kg bags", "import", ["sea"], ["CN"], (1.5, 3), (3000, 9000), ["USD"], 1, S),
    ("681181", "Fibre-cement corrugated roofing sheets, new, asbestos-free", "export", ["road"], ["UA", "MD"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.05, S),
    ("940290", "Hospital beds, refurbished, with service report", "export", ["sea"], ["SL", "GH"], (3, 6), (3000, 8000), ["EUR"], 0.01, S),
    ("392390", "IBC water tanks 1 000 l, new, food-grade", "export", ["sea"], ["HT", "DO"], (1.5, 2.5), (3000, 8000), ["EUR"], 0.017, S),
    ("630612", "Relief shelter tarpaulins, woven polyethylene, 4 x 6 m, new", "export", ["sea"], ["MG", "MZ"], (2, 3.5), (8000, 18000), ["EUR"], 0.25, S),
    ("850760", "Power banks, lithium-ion, 20 000 mAh, new, boxed", "import", ["sea"], ["CN"], (15, 25), (2000, 6000), ["USD"], 2, S),
    ("282739", "Ferric chloride 40 %, potable-water treatment grade, IBC", "export", ["sea"], ["CM", "TD"], (0.3, 0.5), (18000, 26000), ["EUR"], None, S),
    ("250510", "Quartz sand for sandblasting, dried and graded, big bags", "export", ["road"], ["RS", "BA"], (0.05, 0.1), (20000, 25000), ["EUR"], None, S),
    ("901890", "Patient monitors, new, with service documentation", "export", ["air"], ["GH", "KE"], (80, 150), (100, 800), ["EUR", "USD"], 0.1, S),
    ("251741", "Marble powder, white, for building chemicals", "export", ["sea"], ["EG", "LB"], (0.05, 0.1), (20000, 25000), ["EUR"], None, S),
    ("854143", "Photovoltaic modules, new, 450 W, boxed", "export", ["sea"], ["MW", "MZ"], (8, 12), (12000, 20000), ["EUR"], 0.04, S),
    ("841850", "Vaccine refrigerators, solar direct-drive, R-600a, WHO-prequalified", "export", ["sea"], ["BF", "CI"], (15, 25), (2000, 6000), ["EUR"], 0.012, S),
    ("842410", "Water-mist handheld extinguishers for aircraft cabins, new", "export", ["air"], ["PG", "KE"], (40, 70), (50, 300), ["EUR"], 0.5, S),
    ("841920", "Steam sterilisers (autoclaves) for clinics, new", "export", ["air"], ["CD", "CM"], (25, 45), (300, 1500), ["EUR", "USD"], 0.02, S),
    ("901180", "School microscopes, refurbished", "export", ["sea"], ["TZ", "KE"], (15, 30), (500, 2000), ["EUR"], 0.1, S),
    ("841582", "Portable air conditioners, new, R-290 (propane) charge", "import", ["sea"], ["CN"], (5, 8), (6000, 14000), ["USD"], 0.03, S),
    ("871639", "Refrigerated semi-trailers, new, CO2 (R-744) unit", "export", ["road"], ["GE", "AM"], (5, 9), (8000, 10000), ["EUR"], 0.0001, S),
    ("970191", "Icons, new, egg tempera on lime board, by the painter", "import", ["post"], ["UA", "GE"], (60, 150), (1, 3), ["EUR"], 1, S),
    ("630622", "Family relief tents, synthetic, new", "export", ["road"], ["TR", "UA"], (4, 7), (4000, 12000), ["EUR"], 0.04, S),
    ("442199", "Carved temple-strut replicas, new, unpainted sal wood", "import", ["air"], ["NP", "IN"], (5, 10), (100, 600), ["USD"], 0.05, S),
    ("570110", "Hand-knotted Afghan wool carpets, new", "import", ["sea"], ["PK", "AF"], (20, 40), (1000, 4000), ["USD"], 0.1, S),
    ("442199", "Gilded lacquered Buddha statues, new", "import", ["air"], ["MM", "TH"], (10, 25), (100, 500), ["USD"], 0.1, S),
    ("490199", "Used books, donated, for a school library", "export", ["sea"], ["CM", "SN"], (0.2, 0.5), (2000, 8000), ["EUR"], None, S),
    ("852589", "Firefighting thermal imaging cameras, 160 x 120, 9 Hz", "export", ["air"], ["RS", "MA"], (150, 300), (20, 200), ["EUR"], 1, S),
    ("841933", "Benchtop laboratory freeze-dryers, 4 kg ice capacity", "export", ["sea"], ["TR", "EG"], (60, 100), (200, 1000), ["EUR"], 0.01, S),
    ("870193", "Agricultural tractors, used, 90 kW", "export", ["sea"], ["GH", "NG"], (3, 6), (10000, 30000), ["EUR"], 0.0002, S),
    ("283322", "Aluminium sulphate, water-treatment flocculant", "export", ["sea"], ["LB", "JO"], (0.2, 0.35), (18000, 25000), ["EUR"], None, S),
    ("841370", "Petrol motor pumps for irrigation, 4-stroke, new", "export", ["sea"], ["OM", "KE"], (6, 10), (2000, 8000), ["EUR"], 0.04, S),
    ("847130", "Refurbished laptops for schools, with warranty", "export", ["road"], ["MD", "UA"], (40, 80), (300, 2000), ["EUR"], 0.4, S),
    ("901890", "Dialysis-machine spare parts, pressure sensors and pumps", "export", ["air"], ["TR", "JO"], (100, 200), (20, 200), ["EUR"], 2, S),
    ("560900", "Bilum string bags, handmade", "import", ["air"], ["PG"], (20, 40), (50, 300), ["USD"], 4, S),
    ("960190", "Carved cattle-horn bangles, new", "import", ["express"], ["UG", "KE"], (30, 60), (1, 3), ["USD"], 20, S),
    ("920290", "Classical guitars, laminated, Indian rosewood-look, new", "export", ["air"], ["BO", "PE"], (15, 30), (100, 600), ["EUR"], 0.4, S),
    ("071239", "Dried wood-ear mushrooms, 1 kg bags", "import", ["sea"], ["CN", "VN"], (4, 8), (3000, 9000), ["USD"], 1, S),
    ("630790", "Netsela cotton shawls, handwoven", "import", ["post"], ["ER", "ET"], (20, 40), (1, 3), ["EUR", "USD"], 4, S),
]
# Everyday trade: as in blind88, blind96, blind104, blind112 and the later sets, blind80's everyday rows (blind72's,
# with blind80's own rows), less the shared table's two steel rows, with four new rows of its own.
base.GOODS += base.everyday(
    drop=base.WITHOUT_CERTIFICATES_DROP + ["Steel scaffolding parts", "Steel bolts and screws"],
    replace=base.WITHOUT_CERTIFICATES_REPLACE,
    add=base.EVERYDAY_2032_ADDED + base.EVERYDAY_BLIND60_ADDED + [
        ("950300", "Wooden bead abacuses for children", "import", ["sea"], ["CN", "VN"], (3, 6), (2000, 6000), ["USD"], 2, N),
        ("950490", "Folding wooden chess sets with pieces", "import", ["sea"], ["IN", "CN"], (4, 8), (2000, 5000), ["USD"], 1, N),
        ("950691", "Skipping ropes with plastic handles", "import", ["sea"], ["CN", "PK"], (2, 4), (1000, 4000), ["USD"], 4, N),
        ("442199", "Beech-wood embroidery hoops, sets", "import", ["post", "express"], ["GB", "CN"], (20, 40), (1, 3), ["GBP", "USD"], 10, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind177", 20550901, HERE)


if __name__ == "__main__":
    main()
