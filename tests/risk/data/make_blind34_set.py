#!/usr/bin/env python3
"""Writes the thirty-fourth blind set (tests/risk/data/blind34-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated November - December 2031, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-eight profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL34-*:

    python3 tests/risk/data/make_blind34_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2031, 11, 1)
base.DAYS = 61  # 1 November to 31 December 2031
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "FRROAD01", "road", "FR", [], "AD", "360490",
         "Cartouches de signalisation pour sécurité neige, 2,5 kg, pentolite coulée, 40 pcs", "FR", 100, 40, 3200, "EUR",
         "avalanche-control charges are cast pentolite (a high explosive) sent only under explosives transfer "
         "papers; 'snow-safety signal cartridges' under photographic chemicals to an Andorran trading firm; French wording",
         {"importer_name": "Comerç Pirineu SL", "importer_country": "AD"}),
        ("PRE-02", "import", "ITROAD01", "road", "SI", [], "IT", "210220",
         "Nutriente per lieviti enologici, nitrato ammonico 34 % N, sacchi 25 kg, 1.200 kg", "SI", 1200, 48, 540, "EUR",
         "yeast nutrient is diammonium phosphate and thiamine, dosed in grams per hectolitre; 1.2 t of 34 % N ammonium "
         "nitrate under the yeast heading to a small firm; Italian wording",
         {"importer_name": "Enoforniture Rossi Snc", "importer_country": "IT"}),
        ("PRE-03", "import", "DEAIR01", "express", "US", [], "DE", "360500",
         "Electric matches for pyro shows, 0.8 g PETN base charge, copper shell, 1 m leads, 500 pcs", "US", 6, 500, 1400, "USD",
         "an electric match is a bare fusehead; a copper shell with a PETN base charge is a No. 8 detonator, declared "
         "under the matches heading by express to a private person",
         person("Herr D. Vogel", "DE")),
        ("PRE-04", "import", "NLAIR01", "express", "US", [], "NL", "950699",
         "Binary exploding rifle targets kit, oxidiser 1 lb + catalyst, 20 kits", "US", 11, 20, 380, "USD",
         "binary exploding targets are ammonium nitrate with aluminium powder: 9 kg of AN-Al mix in kits by express to a "
         "private person, sold as 'targets' under sports articles",
         person("Dhr. R. Smit", "NL")),
        ("PRE-05", "import", "ESAIR01", "post", "CN", [], "ES", "381090",
         "Porciones de soldadura aluminotérmica para carril, 15 porciones, con crisol", "CN", 45, 15, 210, "USD",
         "rail thermite portions (aluminium powder and iron oxide) go to rail contractors with their moulds; 45 kg by "
         "post to a private address is an incendiary and an Al-powder source; Spanish wording",
         person("Sr. A. Navarro", "ES")),
        ("PRE-06", "import", "SEAIR01", "express", "GB", [], "SE", "284700",
         "High-test peroxide 90 %, 'research grade', for student rocket club, 4 x 25 l", "GB", 139, 4, 2100, "GBP",
         "90 % HTP is a rocket oxidiser, more than twice the Annex I limit of 12 %; a student club buys no 100 l, and "
         "the consignee is a private person",
         person("Mr L. Nilsson", "SE")),
        ("PRE-07", "import", "PLROAD01", "road", "BY", [], "PL", "310290",
         "Nawóz azotowy 'saletrzak' 34,4 % N, niskiej gęstości, porowaty, luzem 22 t", "BY", 22000, None, 5900, "EUR",
         "'saletrzak' is CAN at 27 % N; 34.4 % N low-density porous prills are explosive-grade ammonium nitrate under "
         "the mixed-nitrogen heading, from Belarus to a road haulier; Polish wording",
         {"importer_name": "Trans-Agro Biała Sp. z o.o.", "importer_country": "PL"}),
        ("PRE-08", "import", "FRAIR01", "post", "MA", [], "FR", "330790",
         "Sels de bain effervescents 'Berthollet', chlorate de potassium 70 %, 10 x 2 kg", "MA", 20, 10, 60, "EUR",
         "no bath salt is 70 % potassium chlorate (Annex I, limit 40 %); the name gives the salt away; French wording, "
         "by post to a private person",
         person("M. Y. Benali", "FR")),
        ("PRE-09", "export", "BESEA01", "sea", "BE", ["SN"], "ML", "282890",
         "Sodium chlorite 80 % flake, water disinfection, 25 kg drums, 4 t", "BE", 4000, 160, 9600, "EUR",
         "multi-item: sodium chlorite is lawful for water works, but the same container carries 2 t of sodium "
         "perchlorate and aluminium powder, the ingredients of a composition, to a general trader in Mali",
         {"importer_name": "Etablissements Traoré & Frères", "importer_country": "ML",
          "_more_items": [item("282990", "Sodium perchlorate monohydrate, 25 kg bags, 2 t", "BE", 2000, 5200, "EUR", qty=80),
                          item("760310", "Aluminium powder, atomised, 20 µm, 500 kg", "BE", 500, 2400, "EUR", qty=20)]}),
        ("PRE-10", "transit", "ATROAD01", "road", "CZ", ["AT", "SI"], "RS", "284290",
         "Kaliumperchlorat KClO4 99 %, 'Rohstoff für Zündholzköpfe', 3 t", "CZ", 3000, None, 6300, "EUR",
         "match-head compositions are potassium chlorate-based and bought by match factories, of which Serbia has "
         "none; 3 t of 99 % perchlorate (Annex I) under other inorganic salts in transit; German wording", {}),
    ],
    "waste": [
        ("WST-01", "export", "ITSEA01", "sea", "IT", [], "TR", "411520",
         "Rasature di cuoio per pannelli fibra, in balle, 20 t", "IT", 20000, None, 1200, "EUR",
         "chrome-tanned shavings from a tannery are a waste with chromium (Basel Y21 / A3090 residues); 'leather "
         "shavings for fibre board' at 0.06 EUR/kg as leather parings for re-use; Italian wording",
         {"importer_country": "TR"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "EG", "271019",
         "Marine fuel oil, blend component, ISO tank 24 t, flash point < 60 °C", "NL", 24000, None, 2900, "EUR",
         "slop water from tank cleaning (oil-water mixture, Basel Y9) as a fuel blend component at an eighth of the fuel "
         "price; no real fuel oil has a flash point below 60 °C", {"importer_country": "EG"}),
        ("WST-03", "export", "DESEA01", "sea", "DE", [], "MY", "700319",
         "Glasfaser-Verbundplatten, geschnitten, aus Rotorblättern, 22 t", "DE", 22000, None, 660, "EUR",
         "cut sections of dismantled wind-turbine blades (GFRP with balsa and epoxy) are a composite waste, declared "
         "as glass sheets at 0.03 EUR/kg to Malaysia; German wording", {"importer_country": "MY"}),
        ("WST-04", "export", "GBSEA01", "sea", "GB", [], "GH", "851650",
         "Used microwave ovens, working, for resale, 1,400 pcs", "GB", 18200, 1400, 4200, "GBP",
         "multi-item: working used microwaves are second-hand goods, but the same container carries 600 CRT televisions "
         "unboxed and 'scrap cables', a classic e-waste mixed load to Agbogbloshie's buyers",
         {"importer_name": "Kwame Electricals Enterprise", "importer_country": "GH",
          "_more_items": [item("852872", "Televisions, used, 600 pcs", "GB", 9000, 1800, "GBP", qty=600),
                          item("854449", "Cables, used, loose, for re-use", "GB", 2500, 250, "GBP")]}),
        ("WST-05", "export", "BESEA01", "sea", "BE", [], "IN", "381590",
         "Spent hydrotreating catalyst, 'regeneration feed', NiMo on alumina, unwashed, 18 t", "BE", 18000, None, 0, "EUR",
         "spent NiMo catalysts are Basel A2030 hazardous wastes; a zero-value 'regeneration feed' under the fresh-catalyst "
         "heading is a waste shipment without notification", {"importer_country": "IN"}),
        ("WST-06", "export", "PLROAD01", "road", "PL", ["UA"], "MD", "870899",
         "Części samochodowe używane, katalizatory, akumulatory, filtry oleju, luzem", "PL", 9000, None, 1800, "EUR",
         "a loose mixed load of used lead-acid batteries, oil filters and catalysts is end-of-life vehicle waste "
         "(A1160, A3020), under the parts heading at 0.20 EUR/kg; Polish wording", {"importer_country": "MD"}),
        ("WST-07", "import", "ESSEA01", "sea", "MA", [], "ES", "391590",
         "Residuos plásticos de invernadero, film agrícola usado con tierra, balas", "MA", 24000, None, 960, "EUR",
         "used greenhouse film baled with soil and plant residues is contaminated plastic (Y48, not B3011) "
         "imported as scrap at 0.04 EUR/kg; Spanish wording", {"importer_country": "ES"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "CI", "381300",
         "Émulseur mousse anti-incendie AFFF 6 %, fûts 200 l, stock déclassé, 16 t", "FR", 16000, 80, 800, "EUR",
         "decommissioned PFOS/PFAS foam stock (a POP under Stockholm, hazardous waste to destroy) 'donated' at 0.05 EUR/kg "
         "as fire-fighting charge to an African port; French wording, 'déclassé' gives it away",
         {"importer_country": "CI"}),
        ("WST-09", "export", "GRSEA01", "sea", "GR", [], "PK", "890800",
         "Bulk carrier, 1996, 'for further trading', sold as is, 1 vessel", "GR", 9800000, 1, 4500000, "USD",
         "a 35-year-old bulk carrier sold 'for further trading' at its steel price per light tonne, with a last voyage "
         "to Gadani, is a ship for demolition (asbestos, PCBs) under the 'vessels for breaking up' heading; Basel "
         "requires notification", {"importer_country": "PK"}),
        ("WST-10", "import", "NLSEA01", "sea", "US", [], "NL", "262099",
         "Zinc-bearing secondary raw material, 'zinc oxide concentrate', grey dust, 22 t", "US", 22000, None, 1300, "USD",
         "EAF filter dust is Basel A1070/hazardous; 'grey dust' at 0.06 USD/kg under zinc ash is the dust itself, not "
         "Waelz oxide; needs prior consent for import", {"importer_country": "NL"}),
    ],
    "ozone": [
        ("ODS-01", "import", "DESEA01", "sea", "CN", [], "DE", "271112",
         "Liquefied petroleum gas, ISO tank 20 t, UN3159", "CN", 20000, None, 56000, "USD",
         "UN3159 is 1,1,1,2-tetrafluoroethane (R-134a), not LPG (UN1075); 20 t of HFC at LPG's heading and at "
         "2.8 USD/kg, a refrigerant price, with no F-gas quota", {"importer_country": "DE"}),
        ("ODS-02", "import", "ITSEA01", "sea", "CN", [], "IT", "281290",
         "Gas di copertura per pressofusione di magnesio (SF6), bombole 50 kg, 40 pz", "CN", 2000, 40, 24000, "USD",
         "SF6 (GWP 23,500) as cover gas in magnesium die-casting has been banned in the EU since 2008; 2 t in cylinders "
         "to a small die-caster, its use named on the declaration; Italian wording",
         {"importer_name": "Pressofusioni Brianza Srl", "importer_country": "IT"}),
        ("ODS-03", "import", "PLROAD01", "road", "UA", [], "PL", "841899",
         "Agregaty chłodnicze do naczep, używane, napełnione R-404A 7 kg, 12 szt.", "UA", 7200, 12, 36000, "EUR",
         "used reefer units pre-charged with 84 kg of R-404A (GWP 3922) from Ukraine: pre-charged equipment needs "
         "quota documentation, and R-404A units can no longer be placed on the market; Polish wording",
         {"importer_country": "PL"}),
        ("ODS-04", "import", "FRAIR01", "express", "IN", [], "FR", "381400",
         "Nettoyant pour circuits imprimés, HCFC-141b, fûts 25 kg, 8 pcs", "IN", 200, 8, 900, "USD",
         "HCFC-141b is an ozone-depleting substance banned in the EU; as a PCB cleaning solvent under organic solvent "
         "mixtures by express; French wording", {"importer_name": "Électronique Maintenance Lyon SARL", "importer_country": "FR"}),
        ("ODS-05", "import", "GRSEA01", "sea", "TR", [], "GR", "381190",
         "Yakıt katkısı / fuel additive, clear liquid, drums 250 kg, 60 drums", "TR", 15000, 60, 52000, "USD",
         "a 'fuel additive' at 3.5 USD/kg with 250 kg in a 200 l drum (density 1.2) is an HFC (R-134a is 1.21 "
         "as a liquid), not a hydrocarbon; Turkish and English wording", {"importer_country": "GR"}),
        ("ODS-06", "export", "NLSEA01", "sea", "NL", [], "NG", "290371",
         "R-22 reclaimed, 13.6 kg cylinders, 900 pcs", "NL", 12240, 900, 61000, "EUR",
         "HCFC-22 may not be exported from the EU other than for destruction; 'reclaimed' R-22 to a Lagos trader has no "
         "ODS licence", {"importer_country": "NG"}),
        ("ODS-07", "import", "ESAIR01", "post", "CN", [], "ES", "732690",
         "Recambio para botella de soda, cartuchos 500 g, 20 uds", "CN", 10, 20, 180, "USD",
         "soda makers use CO2 cylinders of 425 g at 4-6 EUR; cartridges at 9 USD each, by post from China, filled with "
         "R-134a for car air conditioning; Spanish wording", person("María Torres", "ES")),
        ("ODS-08", "import", "DEAIR01", "air", "AE", [], "DE", "300490",
         "Pharmaceutical propellant HFA-134a, bulk, for MDI filling, 40 cylinders", "AE", 2000, 40, 11000, "USD",
         "bulk HFA-134a for inhaler filling goes to pharmaceutical fillers; a Dubai re-export to an auto-parts "
         "wholesaler under medicaments is R-134a at a refrigerant price without quota",
         {"importer_name": "KFZ-Teile Ruhr Großhandel GmbH", "importer_country": "DE"}),
        ("ODS-09", "import", "LTRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "LT", "841582",
         "Split air conditioners 3.5 kW, charged with refrigerant, 800 units", "CN", 28000, 800, 152000, "USD",
         "multi-item: the units are lawful with R-32, but a second item brings 400 'service cylinders' of R-410A with "
         "them by rail, bulk HFC declared as accessories",
         {"importer_country": "LT",
          "_more_items": [item("731100", "Service cylinders, accessory, 400 pcs", "CN", 4800, 9600, "USD", qty=400)]}),
        ("ODS-10", "transit", "ATROAD01", "road", "TR", ["BG", "RO", "HU", "AT"], "CH", "290349",
         "Bromochlorodifluoromethane, fire-fighting agent, 'recycled', 30 cylinders", "TR", 1500, 30, 18000, "USD",
         "BCF is halon 1211, whose transit and trade in the EU need an ODS licence; its chemical name under halogenated "
         "derivatives in transit by road", {}),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "express", "PE", [], "ES", "970191",
         "Óleo sobre lienzo, Virgen de la Candelaria, escuela cusqueña, copia decorativa", "PE", 14, 1, 480, "USD",
         "a 'decorative copy' of 14 kg is a relined canvas on its old stretcher: a colonial Cusco-school painting, "
         "whose export from Peru needs a certificate, at a souvenir price by express; Spanish wording",
         person("Sr. L. Cárdenas", "ES")),
        ("CUL-02", "import", "DEAIR01", "post", "UA", [], "DE", "442199",
         "Holztafeln, bemalt, alt, Dekoration, 6 St.", "UA", 18, 6, 120, "EUR",
         "old painted wooden panels from Ukraine in wartime are church icons (ICOM Ukraine Emergency Red List); "
         "by post at 20 EUR each under wooden articles; German wording", person("Privatperson", "DE")),
        ("CUL-03", "import", "FRAIR01", "air", "YE", ["AE"], "FR", "680293",
         "Plaque décorative en albâtre, sculptée, inscription, 1 pc", "YE", 35, 1, 300, "USD",
         "a carved alabaster plaque with an inscription from Yemen is a South Arabian funerary stele (ICOM Red List "
         "Yemen); under worked stone via Dubai; French wording", {"importer_country": "FR"}),
        ("CUL-04", "import", "NLAIR01", "express", "CO", [], "NL", "711719",
         "Costume jewellery, brass, 'pre-Columbian style', nose ornaments, 12 pcs", "CO", 0.3, 12, 150, "USD",
         "Tairona/Sinú gold nose ornaments (tumbaga) as brass costume jewellery; 12 pieces of 25 g in 'pre-Columbian "
         "style' from Colombia, ICOM Red List Colombia", person("Mw. A. Visser", "NL")),
        ("CUL-05", "import", "ITAIR01", "post", "BG", [], "IT", "711810",
         "Monete antiche non pulite, lotto da metal detector, 300 pz", "BG", 2.1, 300, 200, "EUR",
         "uncleaned Roman coins by the hundred are fresh detector finds from Bulgaria's sites, whose export needs a "
         "permit; under non-legal-tender coins at 0.66 EUR each; Italian wording; a repeat of earlier 'uncleaned coin "
         "lot' families by another route", person("Sig. F. Greco", "IT")),
        ("CUL-06", "import", "GBAIR01", "air", "NP", ["QA"], "GB", "441490",
         "Carved wooden frame, old, temple style, 2 pcs", "NP", 40, 2, 220, "USD",
         "pairs of carved wooden 'frames' from Nepal with a figure of a deity are temple roof struts (tunala) "
         "stolen from Kathmandu valley shrines; under picture frames", {"importer_country": "GB"}),
        ("CUL-07", "import", "BEAIR01", "air", "ML", ["MA"], "BE", "691390",
         "Statuettes en terre cuite, artisanat, 5 pcs", "ML", 22, 5, 250, "EUR",
         "Djenné-style terracotta figures with earth encrustation from Mali (ICOM Red List West Africa), at the price "
         "of handicraft; repeated family by air via Casablanca; French wording", {"importer_country": "BE"}),
        ("CUL-08", "export", "DEAIR01", "air", "DE", [], "US", "490199",
         "Gedrucktes Buch, Faksimile, Pergament, 1 St.", "DE", 3, 1, 900, "EUR",
         "a 'facsimile on parchment' at 900 EUR: facsimiles are printed on paper, parchment leaves with "
         "hand-written Ge'ez text are an Ethiopian manuscript; export without certificate to a dealer; German wording",
         {"importer_name": "Antiquarian Folio LLC", "importer_country": "US"}),
        ("CUL-09", "import", "ATROAD01", "road", "HU", [], "AT", "740400",
         "Bronzeschrott, Beile und Sicheln, 14 kg", "HU", 14, None, 110, "EUR",
         "bronze 'scrap' of axes and sickles is a Bronze Age hoard (Late Bronze Age socketed axes) from a detector "
         "find, at a scrap price per kg; German wording", person("Herr P. Szabo", "AT")),
        ("CUL-10", "import", "CHAIR01", "air", "LB", [], "CH", "970610",
         "Antique oil lamps, Roman period, 40 pcs, from an old family collection", "LB", 6, 40, 2000, "USD",
         "forty Roman lamps from Lebanon 'from a family collection' without any export licence or provenance papers; "
         "a typical Syrian-Lebanese conduit (ICOM Red List Syria)", {"importer_country": "CH"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", ["AE"], "IR", "840731",
         "Zweitakt-Boxermotoren, 50 PS, für Gyrocopter-Bausätze, 10 St.", "DE", 500, 10, 140000, "EUR",
         "two-stroke boxer engines of 50 hp are the engines of one-way attack drones; ten to a Dubai freight forwarder "
         "for Iran; a gyrocopter kit builder buys one at a time; German wording", {"importer_country": "IR"}),
        ("STR-02", "export", "NLAIR01", "air", "NL", [], "AM", "903031",
         "Multimeters, handheld, 2 pcs", "NL", 180, 2, 86000, "EUR",
         "two handheld multimeters do not weigh 180 kg nor cost 86,000 EUR: a rack oscilloscope/spectrum analyser "
         "set to Armenia for Russia (common high priority list)", {"importer_country": "AM"}),
        ("STR-03", "export", "BESEA01", "sea", "BE", [], "SY", "293190",
         "Organophosphorus flame retardant for PU foam, 200 l drums, 10 t", "BE", 10000, 50, 42000, "EUR",
         "a flame retardant without its name that is DMMP (CWC Schedule 2B) to a Syrian foam maker; 'organophosphorus' "
         "under other organo-phosphorus compounds; repeat of an earlier family to another buyer",
         {"importer_country": "SY"}),
        ("STR-04", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV", "RU"], "KG", "401120",
         "Lkw-Reifen, radial, neu, 30 St.", "DE", 3300, 30, 96000, "EUR",
         "thirty 'truck tyres' of 110 kg at 3,200 EUR each are main-wheel aircraft tyres (radial, 'H' sizes) for "
         "Russian airliners via Kyrgyzstan: aircraft parts are banned for Russia and re-exported through Bishkek; "
         "truck tyres sell for 300-600 EUR; German wording", {"importer_country": "KG"}),
        ("STR-05", "export", "FIROAD01", "road", "FI", [], "KZ", "870323",
         "Autoja, käytetty, henkilöauto 2,0 l, 1 kpl", "FI", 1900, 1, 98000, "EUR",
         "a 'used' car of 2 litres at 98,000 EUR is a new high-end car on the route through Kazakhstan to Russia "
         "(luxury goods ban, circumvention); Finnish wording; a repeat of earlier luxury-car families", {"importer_country": "KZ"}),
        ("STR-06", "import", "LVROAD01", "road", "RU", [], "LV", "720712",
         "Steel slabs, semi-finished, origin Kazakhstan, mill certificate Karaganda, 25 t", "KZ", 25000, None, 12500, "USD",
         "slabs 'of Kazakh origin' that leave from Russia by truck: Russian semi-finished steel is banned (Annex XVII) "
         "and re-papered with a third country's mill certificate; a repeat of the slab family by another route", {"importer_country": "LV"}),
        ("STR-07", "export", "FRAIR01", "express", "FR", [], "GE", "852589",
         "Caméra de surveillance, module thermique 640x512, 30 Hz, 25 pcs", "FR", 10, 25, 75000, "EUR",
         "640x512 uncooled cores at 30 Hz are dual-use 6A003 imagers and high-priority items; 25 to a Georgian "
         "consignee for re-export; French wording", {"importer_country": "GE"}),
        ("STR-08", "export", "DESEA01", "sea", "DE", [], "CN", "841989",
         "Edelstahl-Brauanlage, Gärtank 100 l, sterilisierbar in situ, 6 St.", "DE", 900, 6, 330000, "EUR",
         "'brewing' tanks that are steam-sterilisable in place with closed sampling are Australia Group 2B352 fermenters; "
         "at 55,000 EUR each no brewery buys 100 l tanks; German wording", {"importer_country": "CN"}),
        ("STR-09", "export", "PLROAD01", "road", "PL", [], "BY", "851762",
         "Moduły GNSS i modemy LTE, części do maszyn rolniczych, 2.000 szt.", "PL", 60, 2000, 84000, "EUR",
         "GNSS and radio modules are CHPL items whose sale to Belarus is banned; 'farm machine parts' by road to Brest; "
         "Polish wording", {"importer_country": "BY"}),
        ("STR-10", "export", "ESSEA01", "sea", "ES", ["AE"], "IR", "292215",
         "Trietanolamina 99 %, para detergentes, bidones 230 kg, 18 t", "ES", 18000, 78, 27000, "EUR",
         "triethanolamine is CWC Schedule 3 (nitrogen mustard precursor) and on the Australia Group list; "
         "its export to Iran needs a licence; via Jebel Ali as detergent raw material; Spanish wording",
         {"importer_country": "IR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "BEAIR01", "air", "CD", ["ET"], "BE", "020890",
         "Viande fumée, gibier, 40 kg", "CD", 40, None, 160, "USD",
         "smoked bushmeat from Kinshasa in passenger luggage freight includes pangolin and primate (CITES App. I/II) "
         "meat; 'gibier' from the DRC under other meat; French wording", {"importer_country": "BE"}),
        ("WLF-02", "import", "FRAIR01", "air", "MG", [], "FR", "010620",
         "Reptiles vivants, lézards d'élevage, 50 pcs", "MG", 8, 50, 400, "EUR",
         "Madagascar does not export captive-bred lizards; 50 live 'bred' lizards are wild chameleons and day geckos "
         "(CITES App. II) at 8 EUR each without a permit", {"importer_country": "FR"}),
        ("WLF-03", "import", "DEAIR01", "express", "CN", [], "DE", "300490",
         "中药 羚羊角粉 Ling Yang Jiao, 10 g sachets, 400 pcs", "CN", 4, 400, 4800, "USD",
         "ling yang jiao is saiga antelope horn (CITES App. II); 'TCM powder' with the Chinese name by express",
         person("Herr W. Zhang", "DE")),
        ("WLF-04", "export", "PTSEA01", "sea", "PT", [], "HK", "030389",
         "Peixe congelado, corvina, inteiro, 18 t", "PT", 18000, None, 58000, "EUR",
         "multi-item: frozen croaker with a second item of 'dried fish bladders' at 900 EUR/kg: totoaba-like "
         "maw from Mexican totoaba via Portugal (CITES App. I); Portuguese wording",
         {"importer_country": "HK",
          "_more_items": [item("030572", "Bexigas natatórias secas, 40 kg", "MX", 40, 36000, "EUR")]}),
        ("WLF-05", "import", "NLAIR01", "post", "ZA", [], "NL", "050690",
         "Bone carvings, decorative, 3 kg", "ZA", 3, 6, 1800, "USD",
         "lion bone from South Africa (CITES App. II, zero quota for bone trade) at 600 USD per 'carving', "
         "by post", person("M. Bakker", "NL")),
        ("WLF-06", "import", "ESAIR01", "air", "MX", [], "ES", "950300",
         "Juguetes, arañas de peluche, 30 uds", "MX", 2, 30, 900, "USD",
         "30 'plush spiders' of 70 g each at 30 USD are live Brachypelma tarantulas (CITES App. II) packed in "
         "tubes; Spanish wording", {"importer_country": "ES"}),
        ("WLF-07", "import", "ITSEA01", "sea", "ID", [], "IT", "160420",
         "Prodotti ittici essiccati, cetrioli di mare, 600 kg", "ID", 600, None, 54000, "USD",
         "dried sea cucumbers at 90 USD/kg are teatfish (Holothuria fuscogilva/whitmaei, CITES App. II) under "
         "prepared fish; Italian wording", {"importer_country": "IT"}),
        ("WLF-08", "import", "GBAIR01", "air", "IN", [], "GB", "440399",
         "Red dyewood chips, 'for natural textile dye', 500 kg", "IN", 500, None, 24000, "USD",
         "red sanders (Pterocarpus santalinus, CITES App. II) at 48 USD/kg under logs; dye chips sell for 2 USD/kg",
         {"importer_country": "GB"}),
        ("WLF-09", "export", "FRAIR01", "air", "FR", ["QA"], "VN", "030192",
         "Anguilles vivantes, 'Anguilla rostrata', civelles, 40 kg", "FR", 40, None, 120000, "EUR",
         "glass eels caught in France at 3,000 EUR/kg declared as American eel: European eel (App. II) exports are "
         "banned; the origin is FR; French wording", {"importer_country": "VN"}),
        ("WLF-10", "import", "SEAIR01", "post", "US", [], "SE", "970690",
         "Scrimshaw, whale tooth, engraved, 'antique', 1 pc", "US", 0.6, 1, 2400, "USD",
         "sperm whale teeth (CITES App. I) 'antique' with no pre-Convention certificate by post; engraving often "
         "modern on a new tooth", person("Karin Andersson", "SE")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "ATROAD01", "road", "DE", "AT", "360200",
     "Avalanche-control charges, cast, 2.5 kg, for a ski area's blasting service, 120 pcs", "DE", 300, 120, 7800, "EUR",
     [("PRECURSOR_LICENCE", "AT-BMI-31-0712")], "avalanche charges with their transfer licence to a ski area"),
    ("PRM-02", "precursors", "import", "NLSEA01", "sea", "US", "NL", "284700",
     "Hydrogen peroxide 70 %, propellant grade, for a space-propulsion test centre, 6 drums", "US", 1500, 6, 9800, "USD",
     [("PRECURSOR_LICENCE", "NL-JenV-31-0093")], "licensed high-strength peroxide to a propulsion laboratory"),
    ("PRM-03", "waste", "export", "BESEA01", "sea", "BE", "KR", "381590",
     "Spent hydrotreating catalyst NiMo, for metal recovery, 20 t", "BE", 20000, None, 14000, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-31-0588")], "notified spent catalyst to a licensed recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "CH", "DE", "262099",
     "EAF filter dust, for Waelz kiln zinc recovery, 22 t", "CH", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-31-1140")], "notified EAF dust to a Waelz plant"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "US", "IT", "382769",
     "R-410A in refillable cylinders, 11.3 kg, 300 pcs, for servicing", "US", 3390, 300, 40000, "USD",
     [("FGAS_QUOTA", "IT-MASE-FG-31-0311")], "HFC blend within the importer's quota"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Halon 1211 recovered, aircraft hand extinguisher recharge, critical use, 8 cylinders", "US", 80, 8, 5200, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-31-0044")], "halon 1211 for a listed aviation critical use"),
    ("PRM-07", "cultural", "export", "ESAIR01", "air", "ES", "US", "970191",
     "Óleo sobre lienzo, escuela cusqueña, siglo XVIII, colección española desde 1910, 1 pc", "PE", 20, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-31-0907")], "a colonial painting long in Spain, with its export permit"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "GB", "970690",
     "Ethiopian Ge'ez psalter on parchment, 18th century, ex-collection 1935, 1 pc", "ET", 2, 1, 38000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-31-0219")], "a documented manuscript with its export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "KR", "841989",
     "Fermenter 300 l, steam-sterilisable in place, for a vaccine maker, 2 pcs", "DE", 1800, 2, 260000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-31-2230"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-31-0151")],
     "2B352 fermenters under licence to a Korean vaccine plant"),
    ("PRM-10", "strategic", "export", "FRAIR01", "air", "FR", "CH", "852589",
     "Thermal camera cores 640x512, 30 Hz, for firefighting cameras, 40 pcs", "FR", 16, 40, 96000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-31-0618"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-31-0033")],
     "6A003 cores under licence to a Swiss camera maker"),
    ("PRM-11", "wildlife", "import", "NLAIR01", "air", "MG", "NL", "060290",
     "Pachypodium lamerei, artificially propagated, nursery plants, 400 pcs", "MG", 600, 400, 3200, "EUR",
     [("CITES_PERMIT", "MG-CITES-31-04417")], "propagated CITES App. II succulents with their export permit"),
    ("PRM-12", "wildlife", "import", "ITSEA01", "sea", "GT", "IT", "440799",
     "Sawn Honduran mahogany (Swietenia macrophylla), plantation, 12 m3", "GT", 8400, None, 21000, "USD",
     [("CITES_PERMIT", "GT-CONAP-31-0288")], "App. II mahogany with its permit to a boatyard"),
]

CONSIGNEES = {
    "PRM-01": "Bergbahnen Arlberg GmbH", "PRM-02": "Noordzee Propulsion Test BV", "PRM-04": "Zinkrecycling Duisburg GmbH",
    "PRM-05": "Frigotecnica Veneta Srl", "PRM-06": "Aéro Maintenance Bordeaux SAS", "PRM-07": "Mrs E. Whitfield",
    "PRM-08": "Mr J. Harrington", "PRM-09": "Songdo Bio Vaccines Co Ltd", "PRM-10": "Helvetia Thermal Optics AG",
    "PRM-11": "Kwekerij de Vetplant BV", "PRM-12": "Cantiere Navale Ligure Srl",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390110", "LDPE film grade, prime, MFI 0.3, 25 kg bags", "import", ["sea"], ["SA", "QA"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390761", "PET bottle grade resin, IV 0.80, prime", "import", ["sea"], ["CN", "OM"], (0.9, 1.2), (20000, 24000), ["USD"], None, S),
    ("390410", "PVC suspension resin K67, prime", "export", ["sea"], ["TR", "EG"], (0.8, 1.1), (20000, 24000), ["EUR"], None, S),
    ("391520", "Clean post-industrial PS sheet trim, single polymer", "export", ["road"], ["CH", "NO"], (0.35, 0.5), (14000, 20000), ["EUR"], None, S),
    ("760200", "Aluminium extrusion scrap 6063, clean, baled", "export", ["road", "sea"], ["CH", "KR"], (1.8, 2.3), (18000, 22000), ["EUR", "USD"], None, S),
    ("847130", "Refurbished laptops, grade A, data-wiped, 12-month warranty", "import", ["sea", "air"], ["US", "GB"], (90, 160), (500, 3000), ["USD", "GBP"], 0.5, S),
    ("851713", "Refurbished smartphones, tested, battery health report, boxed", "import", ["express"], ["GB", "US"], (150, 300), (1, 3), ["GBP", "USD"], 5, S),
    ("850760", "Lithium-ion cells 21700, new, UN 38.3 report", "import", ["sea"], ["KR", "CN"], (12, 18), (3000, 9000), ["USD"], 14, S),
    ("401220", "Part-worn car tyres, graded, 4 mm tread, for a tyre dealer", "import", ["road"], ["DE", "CH"], (1.2, 2.0), (8000, 14000), ["EUR"], 0.1, S),
    ("410419", "Wet-blue cattle hides, whole, for a tannery", "import", ["sea"], ["BR", "AR"], (1.8, 2.6), (18000, 22000), ["USD"], None, S),
    ("262019", "Zinc oxide from Waelz process, washed, 60 % Zn, with analysis", "import", ["sea"], ["KR", "TR"], (1.1, 1.5), (20000, 24000), ["USD"], None, S),
    ("381511", "Fresh nickel hydrotreating catalyst, in drums", "import", ["sea"], ["US", "DK"], (20, 35), (5000, 12000), ["USD", "EUR"], None, S),
    ("271019", "Marine gas oil DMA, ISO 8217, bunker delivery note", "import", ["sea"], ["NO", "GB"], (0.7, 0.9), (20000, 25000), ["USD"], None, S),
    ("310230", "Ammonium nitrate 34.4 % N, fertiliser grade, to a farm cooperative", "import", ["sea", "rail"], ["NO", "LT"], (0.35, 0.5), (22000, 26000), ["EUR"], None, S),
    ("310510", "Lawn fertiliser NPK 12-5-8, retail 5 kg bags", "import", ["post"], ["GB", "DE"], (2, 4), (5, 15), ["EUR", "GBP"], 0.2, S),
    ("210220", "Wine yeast nutrient, DAP and thiamine, 1 kg tubs", "import", ["post", "express"], ["FR", "AU"], (15, 25), (1, 5), ["EUR", "AUD"], 1, S),
    ("284700", "Hydrogen peroxide 3 %, contact-lens solution, 360 ml", "import", ["post"], ["GB", "IE"], (6, 12), (1, 4), ["GBP", "EUR"], 2.5, S),
    ("360500", "Safety matches, kitchen boxes", "import", ["sea"], ["IN", "SE"], (2, 3.5), (5000, 12000), ["USD", "EUR"], 30, S),
    ("360410", "Consumer fireworks F2, CE-marked, New Year assortment", "import", ["sea"], ["CN"], (4, 7), (8000, 14000), ["USD"], 1, S),
    ("381090", "Soldering flux paste, no-clean, 100 g syringes", "import", ["express"], ["CN", "US"], (40, 80), (1, 4), ["USD"], 10, S),
    ("760310", "Aluminium powder, atomised, for a 3D-printing bureau, with SDS", "import", ["air", "sea"], ["DE", "US"], (25, 45), (100, 800), ["EUR", "USD"], None, S),
    ("282890", "Sodium chlorite 25 % solution, to a waterworks", "import", ["road"], ["DE", "FR"], (0.9, 1.3), (10000, 18000), ["EUR"], None, S),
    ("290351", "HFO-1234yf refrigerant, 5 kg cylinders, for car air-conditioning workshops", "import", ["sea"], ["CN", "US"], (40, 70), (2000, 6000), ["USD"], None, S),
    ("271112", "Propane R-290, refrigerant grade 99.5 %, 5 kg cylinders", "import", ["road"], ["GB", "DE"], (4, 7), (1000, 4000), ["EUR", "GBP"], 0.2, S),
    ("841510", "Portable air conditioners, R-290 propane, new, monobloc", "import", ["sea", "rail"], ["CN", "TH"], (6, 9), (12000, 20000), ["USD"], 0.035, S),
    ("841861", "Air-to-water heat pumps, R-290 monobloc, new", "import", ["sea"], ["CN", "KR"], (8, 12), (8000, 16000), ["USD"], 0.006, S),
    ("300490", "Salbutamol HFA inhalers, 200 doses, to a pharmacy wholesaler", "import", ["air", "sea"], ["IN", "GB"], (25, 45), (500, 3000), ["USD", "GBP"], 20, S),
    ("970191", "Contemporary oil paintings by living artists, signed, with invoice", "import", ["express"], ["US", "GB"], (200, 800), (2, 8), ["USD", "GBP"], 0.4, S),
    ("442199", "Hand-painted icon reproductions on new lime wood, souvenir", "import", ["post"], ["GR", "RO"], (15, 35), (1, 4), ["EUR"], 3, S),
    ("711719", "Pre-Columbian style replica jewellery, gold-plated brass, museum shop", "import", ["post", "express"], ["CO", "PE"], (150, 300), (1, 2), ["USD"], 30, S),
    ("691390", "Terracotta garden figures, new, handmade", "import", ["sea"], ["MX", "VN"], (1.2, 2.0), (6000, 12000), ["USD"], 0.3, S),
    ("030192", "Live eels, farmed Anguilla japonica, for a restaurant chain", "import", ["air"], ["CN", "TW"], (18, 28), (200, 800), ["USD"], None, S),
    ("160420", "Dried sea cucumber, farmed Apostichopus japonicus, certified", "import", ["air", "sea"], ["CN", "JP"], (60, 110), (50, 400), ["USD"], None, S),
    ("010620", "Captive-bred leopard geckos, pet trade, with health certificate", "import", ["air"], ["US", "CZ"], (200, 400), (2, 10), ["USD", "EUR"], 40, S),
    ("950300", "Plush toy animals, polyester, CE", "import", ["sea"], ["CN", "VN"], (4, 7), (3000, 9000), ["USD"], 5, S),
    # everyday trade
    ("080510", "Oranges, fresh", "import", ["sea", "road"], ["EG", "ZA", "MA"], (0.6, 0.9), (18000, 24000), ["USD", "EUR"], None, N),
    ("080550", "Lemons, fresh", "import", ["sea"], ["AR", "TR", "ZA"], (0.8, 1.3), (18000, 22000), ["USD"], None, N),
    ("080610", "Table grapes, fresh", "import", ["sea", "air"], ["PE", "CL", "IN"], (1.5, 2.5), (15000, 20000), ["USD"], None, N),
    ("080430", "Pineapples, fresh", "import", ["sea"], ["CR", "CI"], (0.6, 0.9), (18000, 22000), ["USD"], None, N),
    ("070320", "Garlic, fresh", "import", ["sea"], ["CN", "AR"], (1.0, 1.6), (20000, 26000), ["USD"], None, N),
    ("071320", "Chickpeas, dried", "import", ["sea"], ["MX", "TR", "CA"], (0.8, 1.2), (20000, 24000), ["USD"], None, N),
    ("100199", "Milling wheat", "export", ["sea"], ["MA", "DZ", "EG"], (0.22, 0.28), (22000, 26000), ["EUR", "USD"], None, N),
    ("110100", "Wheat flour, 25 kg bags", "export", ["sea", "road"], ["LY", "CH"], (0.35, 0.5), (20000, 25000), ["EUR"], None, N),
    ("090230", "Black tea, bulk, in chests", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("090411", "Black pepper, whole", "import", ["sea"], ["VN", "BR"], (3.5, 5.5), (15000, 20000), ["USD"], None, N),
    ("080132", "Cashew kernels, W320", "import", ["sea"], ["VN", "IN"], (6, 8), (15000, 18000), ["USD"], None, N),
    ("080212", "Almonds, shelled", "import", ["sea"], ["US", "AU"], (5, 7.5), (18000, 20000), ["USD"], None, N),
    ("120190", "Soya beans, non-GM", "import", ["sea"], ["BR", "US"], (0.45, 0.6), (24000, 27000), ["USD"], None, N),
    ("151219", "Sunflower oil, refined, bottled", "import", ["road", "sea"], ["UA", "TR"], (1.1, 1.5), (18000, 22000), ["EUR", "USD"], 1, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["TH", "EC", "PH"], (4, 6), (15000, 20000), ["USD"], 5, N),
    ("030441", "Frozen salmon fillets", "import", ["sea", "road"], ["NO", "CL"], (9, 13), (15000, 20000), ["EUR", "USD"], None, N),
    ("040690", "Cheese, hard, wheels", "export", ["sea", "road"], ["US", "CH", "JP"], (8, 14), (10000, 18000), ["EUR"], None, N),
    ("170490", "Confectionery, chewing candies, retail", "import", ["sea"], ["TR", "CN"], (2.5, 4), (10000, 16000), ["USD", "EUR"], 10, N),
    ("180632", "Chocolate bars, filled", "export", ["road", "sea"], ["GB", "US"], (5, 8), (10000, 18000), ["EUR"], 10, N),
    ("190531", "Sweet biscuits, retail", "import", ["road"], ["TR", "RS"], (2, 3.5), (10000, 18000), ["EUR"], 8, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR", "MX"], (2.2, 3.2), (20000, 24000), ["USD"], None, N),
    ("220830", "Scotch whisky, bottled", "import", ["road", "sea"], ["GB"], (12, 25), (8000, 16000), ["GBP"], 1.3, N),
    ("090121", "Roasted coffee beans, 250 g packs", "import", ["post"], ["ET", "CO", "IT"], (25, 40), (1, 4), ["EUR", "USD"], 4, N),
    ("121221", "Dried seaweed, nori sheets", "import", ["sea"], ["KR", "JP"], (25, 40), (2000, 4000), ["USD"], None, N),
    ("210390", "Soy sauce and condiments, retail bottles", "import", ["sea"], ["CN", "JP"], (1.5, 2.5), (12000, 18000), ["USD"], 1, N),
    ("330499", "Face creams, retail jars", "import", ["express", "post"], ["KR", "FR"], (60, 140), (1, 3), ["USD", "EUR"], 10, N),
    ("330300", "Perfumes, eau de parfum 100 ml", "import", ["express"], ["AE", "FR"], (150, 300), (1, 3), ["USD", "EUR"], 5, N),
    ("340220", "Laundry detergent, liquid, retail", "import", ["road"], ["PL", "TR"], (1.0, 1.6), (15000, 22000), ["EUR"], 0.5, N),
    ("392330", "PET preforms, 28 mm neck", "import", ["road"], ["TR", "PL"], (1.8, 2.5), (12000, 18000), ["EUR"], None, N),
    ("392410", "Plastic kitchenware, melamine", "import", ["sea"], ["CN", "VN"], (2.5, 4), (6000, 12000), ["USD"], 5, N),
    ("420221", "Leather handbags, calf", "import", ["express", "post"], ["IT", "ES"], (300, 700), (1, 3), ["EUR"], 1.5, N),
    ("420212", "Suitcases, polycarbonate shell", "import", ["sea"], ["CN"], (4, 7), (5000, 10000), ["USD"], 0.25, N),
    ("441231", "Plywood, birch, 18 mm, from Finland", "import", ["road", "sea"], ["FI", "LV"], (0.9, 1.3), (18000, 24000), ["EUR"], None, N),
    ("442110", "Wooden clothes hangers", "import", ["sea"], ["CN", "VN"], (1.5, 2.5), (6000, 12000), ["USD"], 8, N),
    ("481810", "Toilet paper, rolls", "import", ["road"], ["PL", "CZ"], (0.9, 1.4), (8000, 14000), ["EUR"], None, N),
    ("482010", "Diaries and notebooks", "import", ["sea"], ["CN", "GB"], (4, 8), (3000, 6000), ["USD", "GBP"], 3, N),
    ("491199", "Greeting cards and calendars 2032", "import", ["post"], ["GB", "US"], (15, 30), (1, 3), ["GBP", "USD"], 20, N),
    ("510529", "Merino wool tops, combed", "import", ["sea"], ["AU", "ZA"], (10, 14), (15000, 20000), ["USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "TR", "PK"], (6, 10), (5000, 12000), ["USD", "EUR"], 5, N),
    ("611030", "Pullovers, synthetic, knitted", "import", ["sea"], ["CN", "BD"], (8, 14), (4000, 8000), ["USD"], 2.5, N),
    ("620343", "Men's trousers, synthetic", "import", ["sea"], ["VN", "KH"], (9, 14), (5000, 10000), ["USD"], 2, N),
    ("630260", "Bath towels, cotton terry", "import", ["sea"], ["PK", "TR"], (5, 8), (8000, 14000), ["USD"], 2, N),
    ("640399", "Leather shoes, men's", "import", ["express"], ["PT", "IN"], (40, 80), (1, 4), ["EUR", "USD"], 1, N),
    ("690721", "Porcelain floor tiles 60x60", "import", ["sea"], ["ES", "IN"], (0.4, 0.7), (22000, 26000), ["EUR", "USD"], None, N),
    ("701349", "Glass drinking tumblers", "import", ["road", "sea"], ["TR", "CN"], (1.8, 3), (6000, 12000), ["EUR", "USD"], 4, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["KR", "IN"], (0.8, 1.0), (20000, 25000), ["USD"], None, N),
    ("730630", "Welded steel tubes", "import", ["sea", "road"], ["TR", "UA"], (0.9, 1.2), (20000, 24000), ["EUR", "USD"], None, N),
    ("732393", "Stainless steel cookware sets", "import", ["sea"], ["CN", "IN"], (5, 9), (5000, 10000), ["USD"], 0.4, N),
    ("761510", "Aluminium baking trays", "import", ["sea"], ["CN", "TR"], (4, 6), (5000, 10000), ["USD"], 2, N),
    ("820110", "Garden and spades", "import", ["sea"], ["CN", "IN"], (2, 3.5), (6000, 12000), ["USD"], 0.5, N),
    ("830140", "Door locks, cylinder", "import", ["sea"], ["CN", "TW"], (6, 10), (3000, 8000), ["USD"], 2, N),
    ("841451", "Desk and pedestal fans", "import", ["sea"], ["CN"], (4, 6), (6000, 12000), ["USD"], 0.3, N),
    ("843351", "Combine harvesters, new", "export", ["sea"], ["UA", "KZ", "AU"], (12, 18), (15000, 20000), ["EUR"], 0.00006, N),
    ("845011", "Washing machines, front-load", "import", ["sea"], ["TR", "CN"], (3, 4.5), (10000, 16000), ["EUR", "USD"], 0.015, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN", "MY"], (15, 25), (3000, 8000), ["USD"], 0.6, N),
    ("850231", "Wind-turbine generating sets, new, 4 MW, parts", "import", ["sea"], ["DK", "CN"], (8, 12), (20000, 60000), ["EUR", "USD"], None, N),
    ("851310", "LED torches, rechargeable", "import", ["post"], ["CN"], (12, 25), (1, 3), ["USD"], 5, N),
    ("851713", "Mobile phones, new, boxed", "import", ["air"], ["CN", "VN", "IN"], (250, 450), (200, 2000), ["USD"], 4, N),
    ("852852", "Computer monitors, new", "import", ["sea"], ["CN", "KR"], (15, 25), (5000, 12000), ["USD"], 0.2, N),
    ("870321", "Small petrol cars, new", "import", ["sea"], ["IN", "MA"], (6, 9), (15000, 22000), ["EUR", "USD"], 0.001, N),
    ("871200", "Bicycles, city", "import", ["sea"], ["TW", "KH"], (10, 18), (4000, 9000), ["USD"], 0.06, N),
    ("901831", "Disposable syringes, sterile", "import", ["sea"], ["CN", "IN"], (3, 5), (5000, 10000), ["USD"], 80, N),
    ("902000", "Diving masks and snorkels", "import", ["sea"], ["CN", "TW"], (15, 30), (1000, 2000), ["USD"], 3, N),
    ("940161", "Upholstered armchairs, wooden frame", "import", ["sea", "road"], ["PL", "VN"], (4, 7), (5000, 10000), ["EUR", "USD"], 0.05, N),
    ("940421", "Foam mattresses, new, rolled", "import", ["sea", "road"], ["PL", "CN"], (3, 5), (6000, 12000), ["EUR", "USD"], 0.05, N),
    ("950510", "Christmas decorations, glass baubles", "import", ["sea"], ["CN", "PL"], (4, 8), (3000, 8000), ["USD", "EUR"], 20, N),
    ("950300", "Building-brick toy sets", "import", ["express", "post"], ["DK", "CN"], (30, 60), (1, 4), ["EUR", "USD"], 1, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN", "IN"], (6, 10), (3000, 8000), ["USD"], 60, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind34", 20311101, HERE)


if __name__ == "__main__":
    main()
