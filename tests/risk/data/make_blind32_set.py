#!/usr/bin/env python3
"""Writes the thirty-second blind set (tests/risk/data/blind32-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful trade)
and 12 permitted, dated July - August 2031, with goods, routes, languages and disguise
families found, where possible, in none of the earlier sets. Written by a person who had
not read the profile packs (nor any rule file) and had not run the engine on it, and
committed before the round-twenty-seven profile changes were measured on it. Same row
layout and expansion as make_blind_set.py, whose functions it reuses, and the same
extras as make_blind14_set.py: a disguised row's extra header fields may carry "_item"
(fields merged into its item) and "_more_items" (further items).

Ordinary and permitted rows carry a consignee_name where a real declaration would
(private persons receiving parcels by post or express, named companies on part of the
commercial shipments, drawn with a separate seeded generator); disguised rows carry one
only where a real declaration would. In the ordinary table, goods that travel by post or
express travel only so, with parcel masses, and no partner is an EU member, so a private
person never receives a tonne. Ids are BL32-*:

    python3 tests/risk/data/make_blind32_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2031, 7, 1)
base.DAYS = 62  # 1 July to 31 August 2031
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PLPOST01", "post", "CN", [], "PL", "283429",
         "Zestaw do produkcji zimnych ogni: azotan baru, 5 kg", "CN", 5, 1, 30, "USD",
         "one parcel holds barium nitrate, 10 µm aluminium powder (Annex II) and iron filings: the sparkler and "
         "flash composition, sold to a private person as a 'kit'; Polish wording",
         {"consignee_name": "Piotr Zieliński", "importer_country": "PL",
          "_more_items": [item("760310", "Proszek aluminiowy 10 µm, niepowlekany, 3 kg", "CN", 3, 45, "USD"),
                          item("720529", "Opiłki żelaza, 2 kg", "CN", 2, 6, "USD")]}),
        ("PRE-02", "import", "ESAIR01", "express", "IN", [], "ES", "282919",
         "Clorato potásico 99 %, polvo, para cerillas artesanales, 5 sacos de 5 kg", "IN", 25, 5, 150, "USD",
         "hobby match-making uses grams of chlorate in a head mix; 25 kg of 99 % potassium chlorate (Annex I) "
         "by express to a private person; Spanish wording", person("Sr. A. Navarro", "ES")),
        ("PRE-03", "import", "ITPOST01", "post", "TR", [], "IT", "284700",
         "Sbiancante per crani da tassidermia, perossido di idrogeno 40 %, taniche 5 l, 4 pz", "TR", 22, 4, 70, "EUR",
         "taxidermists whiten skulls with 3-12 % peroxide or a cream developer; 20 l of 40 % hydrogen peroxide "
         "(Annex I, limit 12 %) by post to a private address; Italian wording",
         person("Sig. F. Greco", "IT")),
        ("PRE-04", "import", "NLAIR01", "express", "GB", [], "NL", "282911",
         "Ontstoppingsmiddel korrels voor afvoeren, natriumchloraat 99 %, 4 x 5 kg", "GB", 20, 4, 60, "GBP",
         "drain-unblocking granules are sodium hydroxide; 20 kg of 99 % sodium chlorate (Annex I, limit 40 %) by "
         "express to a private person; Dutch wording", person("Dhr. R. Smit", "NL")),
        ("PRE-05", "import", "ROROAD01", "road", "RS", [], "RO", "853610",
         "Siguranțe termice cu fire de 2 m, tub aluminiu 7 x 70 mm, UN0030, 1.1B, 3.000 buc.", "RS", 90, 3000, 2100,
         "EUR",
         "thermal fuses have no 1.1B hazard class: UN0030 is electric detonators, aluminium shells with leg wires, "
         "declared as fuses to a building-materials trader; Romanian wording",
         firm("Constructii Banat Trade SRL", "RO")),
        ("PRE-06", "import", "ATPOST01", "post", "CN", [], "AT", "282990",
         "Elektrolyt für HHO-Wasserstoffgenerator (Kfz-Spritsparer), Natriumperchlorat 99 %, 10 kg", "CN", 10, 2, 70,
         "USD",
         "HHO 'fuel savers' run on potassium hydroxide; 10 kg of 99 % sodium perchlorate (Annex I, limit 40 %) "
         "to a private person is the oxidiser; German wording", person("Privatperson", "AT")),
        ("PRE-07", "import", "BEPOST01", "post", "CN", [], "BE", "381010",
         "Fondant pour essai d'or, perchlorate de potassium 99 %, 4 x 5 kg", "CN", 20, 4, 110, "USD",
         "assay fluxes are borax, soda ash and litharge; 20 kg of 99 % potassium perchlorate (Annex I, limit 40 %) "
         "under the fluxes heading to a private person; French wording", person("M. P. Lambert", "BE")),
        ("PRE-08", "export", "FRSEA01", "sea", "FR", ["CI"], "ML", "230990",
         "Complément minéral pour bétail, granulés poreux blancs, N 34 %, big bags 1 t, 22 t", "FR", 22000, 22,
         8800, "EUR",
         "cattle mineral feed carries calcium and phosphorus, not 34 % nitrogen: porous white prills at 34 % N are "
         "low-density ammonium nitrate, shipped by Abidjan to a Bamako trader; French wording",
         {"importer_name": "Sahel Elevage Distribution SARL", "importer_country": "ML"}),
        ("PRE-09", "import", "SEROAD01", "road", "NO", [], "SE", "310230",
         "Släckpulver ABC för brandsläckare, ammoniumnitrat 99 %, säckar 25 kg, 40 st.", "NO", 1000, 40, 500, "EUR",
         "ABC extinguisher powder is monoammonium phosphate and ammonium sulphate; 99 % ammonium nitrate is an "
         "oxidiser (Annex I) bought by a one-man firm; Swedish wording", firm("Brandskydd Norrland AB", "SE")),
        ("PRE-10", "import", "NLPOST01", "post", "GB", [], "NL", "280800",
         "Salpeterzuur 98 %, voor het reinigen van bodemvondsten en munten, flessen 2,5 l, 4 st.", "GB", 15, 4, 80,
         "GBP",
         "detectorists clean finds with water, olive oil or a weak acid; 10 l of 98 % nitric acid (Annex I, limit "
         "3 %) by post to a private person; Dutch wording", person("Dhr. B. Hendriks", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "GH", "850760",
         "Power banks de segunda mano, a granel, sin probar, 9 t", "ES", 9000, 45000, 4500, "EUR",
         "used power banks loose at 0.10 EUR each are spent lithium cells (e-waste, fire risk), not goods for reuse; "
         "to Tema; Spanish wording", {"importer_name": "Kumasi Mobile Accessories", "importer_country": "GH"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "IN", "854449",
         "Used power cable, lead-sheathed, oil-impregnated paper insulation, drums, 22 t", "BE", 22000, None, 15000,
         "EUR",
         "old lead-sheathed paper cable holds lead and impregnating oil (sometimes PCB): hazardous cable waste, "
         "not cable for reuse, sent on drums to a non-OECD dismantler", {"importer_country": "IN"}),
        ("WST-03", "export", "NLAIR01", "air", "NL", [], "NG", "871160",
         "Used self-balancing scooters (hoverboards), untested, no chargers, 800 pcs", "NL", 8000, 800, 2400, "EUR",
         "untested hoverboards at 3 EUR each with no chargers are battery-bearing e-waste collected from recycling "
         "parks, flown to Lagos", {"importer_country": "NG"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "BJ", "840734",
         "Moteurs essence d'occasion, non vidangés, en vrac, 180 pcs", "BE", 22000, 180, 9000, "EUR",
         "undrained used engines loaded loose still hold oil and fuel: hazardous end-of-life vehicle waste, sent "
         "to Cotonou for the Nigerian market; French wording", {"importer_country": "BJ"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "CM", "382219",
         "Réactifs de laboratoire, stock de liquidation, flacons divers, palettes, 6 t", "FR", 6000, None, 900,
         "EUR",
         "a 'liquidation stock' of mixed laboratory reagents at 0.15 EUR/kg, on pallets of assorted bottles, is a "
         "lab clearance: unwanted chemicals (Y2/Y3 mixtures) exported for disposal; French wording",
         {"importer_country": "CM"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "310100",
         "Fertilizzante organico da fanghi conciari essiccati, sfuso, 24 t", "IT", 24000, None, 480, "EUR",
         "dried tannery sludge carries chromium and sulphides: a hazardous waste (Y21) under the organic "
         "fertiliser heading at 0.02 EUR/kg; Italian wording", {"importer_country": "TN"}),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "PK", "852872",
         "Set-top boxes and small TVs, used, mixed, baled, 20 t", "GB", 20000, None, 2000, "GBP",
         "baled mixed electronics at 0.10 GBP/kg cannot be reused: crushing in a bale is how e-waste travels, "
         "not second-hand goods", {"importer_name": "Karachi Electronics Bazaar", "importer_country": "PK"}),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "281910",
         "Chromsäurelösung, gebraucht, aus Verchromungsbad, zur Wiederverwendung, IBC, 12 t", "DE", 12000, 12, 600,
         "EUR",
         "a spent hard-chrome plating bath holds hexavalent chromium and metal impurities: hazardous waste (Y21) "
         "at 0.05 EUR/kg 'for reuse'; German wording", {"importer_country": "UA"}),
        ("WST-09", "export", "ITROAD01", "road", "IT", [], "AL", "842710",
         "Carrelli elevatori elettrici usati, non funzionanti, con batterie, 40 pz", "IT", 60000, 40, 8000, "EUR",
         "non-working electric forklifts at 200 EUR each are scrap whose weight is mostly their lead-acid traction "
         "batteries (A1160); Italian wording", {"importer_country": "AL"}),
        ("WST-10", "export", "PLROAD01", "road", "PL", [], "UA", "392690",
         "Skrzynki styropianowe po rybach, używane, prasowane, 8 t", "PL", 8000, None, 400, "EUR",
         "used fish boxes are EPS with fish residues: a contaminated plastic waste, not a product; Polish wording",
         {"importer_country": "UA"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEROAD01", "road", "TR", [], "DE", "382769",
         "Kältemittel R-408A, Ersatz für R-502, Flaschen 10 kg, 120 St.", "CN", 1200, 120, 14000, "EUR",
         "R-408A is 47 % HCFC-22: an ODS blend banned in the EU, sold as an R-502 'replacement'; German wording",
         firm("Kfz-Teile Ruhr Handel GmbH", "DE")),
        ("OZN-02", "import", "FRROAD01", "road", "ES", [], "FR", "382769",
         "Fluide frigorigène R-409A, bouteilles 13,6 kg, 80 pcs", "CN", 1088, 80, 3400, "EUR",
         "R-409A is 60 % HCFC-22 with HCFC-124 and HCFC-142b: an ODS blend banned in the EU, brought in by van from "
         "Spain; French wording", firm("Clim Services Provence SARL", "FR")),
        ("OZN-03", "import", "DESEA01", "sea", "CN", [], "DE", "381300",
         "Löschmittel NAF S-III, Nachfüllung für Löschanlagen, Flaschen 50 kg, 40 St.", "CN", 2000, 40, 26000, "USD",
         "NAF S-III is a blend of HCFC-22, HCFC-123 and HCFC-124: ODS extinguishing agent, banned in the EU; "
         "German wording", firm("Brandschutz Weser GmbH", "DE")),
        ("OZN-04", "transit", "ESSEA01", "sea", "CN", ["ES"], "MA", "381400",
         "Líquido de limpieza de circuitos frigoríficos R-141b, latas 13,6 kg, 200 uds", "CN", 2720, 200, 9500,
         "USD",
         "R-141b is HCFC-141b, an ODS; a flushing agent that is pure HCFC declared as a solvent preparation; "
         "transhipped at Algeciras; Spanish wording", {}),
        ("OZN-05", "transit", "NLSEA01", "sea", "AE", ["NL"], "NG", "720449",
         "Steel pressure vessels, used, scrap, red cylinders with valves, 60 pcs", "AE", 3600, 60, 1800, "USD",
         "red cylinders with valves from decommissioned ships are halon 1301 systems; 'scrap' cylinders that keep "
         "their valves and weigh 60 kg each are full of halon", {}),
        ("OZN-06", "import", "BGROAD01", "road", "TR", [], "BG", "300490",
         "Sports cold spray for injuries, propellant R-134a, 400 ml cans, 4,800 pcs", "TR", 1900, 4800, 7200, "EUR",
         "sports freeze sprays in the EU use hydrocarbons or DME; R-134a in such aerosols is an HFC product banned "
         "from the EU market", firm("Varna Pharma Trade EOOD", "BG")),
        ("OZN-07", "import", "GRROAD01", "road", "TR", [], "GR", "841869",
         "Refrigeration condensing units, R-404A pre-charged, 40 pcs", "TR", 4800, 40, 36000, "EUR",
         "since 2020 no stationary refrigeration equipment charged with an HFC of GWP 2500 or more (R-404A) may "
         "be placed on the EU market", firm("Psychros Hellas AE", "GR")),
        ("OZN-08", "import", "NLAIR01", "air", "CN", [], "NL", "290349",
         "氟化液 精密清洗剂 (十氟戊烷), 200 kg 桶, 10 桶", "CN", 2000, 10, 52000, "USD",
         "decafluoropentane is HFC-43-10mee, an F-gas within the HFC phase-down; a 'cleaning fluid' in Chinese "
         "imported without quota by a trader", firm("Lowlands Precision Supplies BV", "NL")),
        ("OZN-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "BY"], "PL", "382769",
         "Gaz skroplony n.o.s., UN3163, mieszanina R-125/R-143a/R-134a, kontener-cysterna ISO", "CN", 19000, None,
         76000, "USD",
         "R-125/R-143a/R-134a is R-404A: an HFC blend in an ISO tank by rail under a liquefied gas 'n.o.s.' to a "
         "trader, a classic quota-evasion route; Polish wording", firm("Eurasia Gaz Terminal Sp. z o.o.", "PL")),
        ("OZN-10", "export", "ESSEA01", "sea", "ES", [], "SN", "290371",
         "Gas refrigerante recuperado para equipos antiguos, HCFC-22 regenerado, bombonas 13,6 kg, 300 uds", "ES",
         4080, 300, 12000, "EUR",
         "export of HCFC-22 from the EU is prohibited, reclaimed or not; 'for old equipment' to Dakar; Spanish "
         "wording", {"importer_name": "Froid Dakar SARL", "importer_country": "SN"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "OM", [], "DE", "491199",
         "أوراق قديمة مكتوبة بخط اليد، نماذج خط عربي، 40 ورقة", "YE", 2, 40, 300, "USD",
         "handwritten old leaves of Arabic calligraphy originating in Yemen and sent via Oman are Qur'an and "
         "manuscript leaves (ICOM Red List Yemen) at 7.5 USD a leaf; Arabic wording",
         person("Herr S. Al-Haddad", "DE")),
        ("CUL-02", "import", "NLAIR01", "express", "CN", [], "NL", "691390",
         "唐三彩陶马 仿古工艺品, 带旧修复, 1 件", "CN", 14, 1, 150, "USD",
         "a Tang sancai horse 'with old repairs' is a tomb figure, whose export China forbids; a real craft copy "
         "has no repairs; Chinese wording", person("Dhr. K. Lin", "NL")),
        ("CUL-03", "import", "ESAIR01", "express", "MX", [], "ES", "491199",
         "Documentos antiguos, papel viejo para encuadernación, 'papel sellado', 60 hojas", "MX", 3, 60, 120, "USD",
         "'papel sellado' with royal stamp is 16th-18th-century notarial paper from colonial archives, protected in "
         "Mexico; sold as binding paper; Spanish wording", person("Sr. L. Ortega", "ES")),
        ("CUL-04", "import", "DEROAD01", "road", "NO", ["SE", "DK"], "DE", "920600",
         "Trommel, Rentierhaut, bemalt mit Figuren, alt, dekorativ, 1 St.", "NO", 4, 1, 900, "EUR",
         "an old reindeer-skin drum painted with figures is a Sámi noaidi drum: Norway forbids export of Sámi "
         "objects over 100 years old without permit; German wording", person("Herr J. Lindner", "DE")),
        ("CUL-05", "import", "FRPOST01", "post", "MX", [], "FR", "711620",
         "Pendentif en jade poli, figure 'jaguar-garou', 1 pc", "MX", 0.2, 1, 40, "USD",
         "a were-jaguar jade is Olmec; Mexico forbids the export of pre-Hispanic objects; French wording",
         person("Mme C. Fontaine", "FR")),
        ("CUL-06", "import", "NLAIR01", "express", "US", [], "NL", "691200",
         "Handmade pottery, Guatemala, polychrome cylinder vase, codex style, 1 pc", "GT", 3, 1, 85, "USD",
         "codex-style polychrome cylinder vases are Classic Maya grave goods (Red List Central America), not "
         "handicraft; Guatemalan origin via the US", person("Dhr. W. Visser", "NL")),
        ("CUL-07", "import", "PTSEA01", "sea", "AO", [], "PT", "442199",
         "Máscaras de madeira decorativas, artesanato, com pátina de uso, tipo Mwana Pwo, 12 pcs", "AO", 40, 12, 360,
         "USD",
         "Mwana Pwo masks 'with use patina' are Chokwe ritual objects (Red List Africa; Dundo museum losses) at "
         "30 USD each; Portuguese wording", firm("Arte Africana Lisboa Lda", "PT")),
        ("CUL-08", "export", "ESPOST01", "post", "ES", [], "GB", "830890",
         "Hebillas de bronce antiguas, liriformes, sin limpiar, 14 uds", "ES", 0.4, 14, 140, "EUR",
         "uncleaned liriform bronze buckles are 7th-century Visigothic finds from detecting, Spanish heritage "
         "that needs an export permit; Spanish wording", {"consignee_name": "Mr D. Harris", "importer_country": "GB"}),
        ("CUL-09", "import", "DEPOST01", "post", "NP", [], "DE", "680299",
         "Garden stones with carved script, old, weathered, 6 pcs", "CN", 45, 6, 60, "USD",
         "weathered stones carved with script from Tibet are mani stones taken from prayer walls, at 10 USD a "
         "piece", person("Frau K. Vogel", "DE")),
        ("CUL-10", "import", "DEAIR01", "air", "CA", [], "DE", "442199",
         "Carved wooden mask, painted, Northwest Coast, old, from a private collection, 1 pc", "CA", 3, 1, 4500, "CAD",
         "an old Northwest Coast mask is a First Nations object on Canada's export control list: it needs a "
         "Canadian export permit, which is absent", firm("Galerie Nordwest Köln GmbH", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "KZ", "290491",
         "Trichlornitromethan, Bodenentseuchungsmittel, Fässer 250 kg, 6 t", "DE", 6000, 24, 21000, "EUR",
         "trichloronitromethane is chloropicrin, a CWC Schedule 3 choking agent reported in use in Ukraine; 6 t "
         "of an agent not approved as a pesticide in the EU to an Almaty trader; German wording",
         {"importer_name": "Steppe Agro Chemicals LLP", "importer_country": "KZ"}),
        ("STR-02", "export", "DEAIR01", "express", "DE", [], "KG", "850760",
         "Akkus für E-Bikes, LiPo 6S 22000 mAh, 25C, XT90, 300 St.", "CN", 750, 300, 84000, "EUR",
         "6S 22 Ah 25C LiPo packs with XT90 plugs are heavy-lift drone batteries, not e-bike packs; to a Bishkek "
         "consignee, the Russia route; German wording",
         {"importer_name": "Ala-Too Tech Trade LLC", "importer_country": "KG"}),
        ("STR-03", "export", "NLSEA01", "sea", "NL", [], "AE", "292219",
         "Gas-treating amine, MDEA 99 %, drums, 16 t", "NL", 16000, 80, 36000, "EUR",
         "N-methyldiethanolamine (MDEA) is on the Australia Group list as a nitrogen-mustard precursor; 16 t to a "
         "Dubai trader with no gas plant", {"importer_name": "Gulf Amine Trading FZE", "importer_country": "AE"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", ["TR"], "AZ", "844590",
         "Macchina per tubi in gomma, avvolgitrice a 5 assi con controllo CNC, 1 pz", "IT", 9000, 1, 640000, "EUR",
         "a five-axis CNC winder is a filament-winding machine (1B001) for rocket motor cases and centrifuge "
         "rotors, not a rubber-hose machine; Italian wording", {"importer_country": "AZ"}),
        ("STR-05", "import", "FISEA01", "sea", "TR", [], "FI", "750210",
         "Nickel cathodes 99.9 %, full plate, brand 'H-1', origin TR, 20 t", "RU", 20000, None, 340000, "USD",
         "Turkey refines no nickel: full-plate cathodes of the Russian brand H-1 (Norilsk grade) with a Turkish "
         "origin are Russian nickel re-routed", firm("Nordic Metals Trading Oy", "FI")),
        ("STR-06", "export", "NLAIR01", "air", "NL", [], "AE", "840490",
         "Onderdelen voor stoomketels, schoepen van eenkristal-superlegering met koelkanalen, 48 st.", "NL", 30, 48,
         210000, "EUR",
         "boilers have no blades: cooled single-crystal superalloy blades are gas-turbine hot-section parts "
         "(9E003-related), at 4,400 EUR each to a Dubai firm; Dutch wording",
         {"importer_name": "Jebel Ali Power Spares FZE", "importer_country": "AE"}),
        ("STR-07", "import", "PLRAIL01", "rail", "LT", [], "PL", "310420",
         "Chlorek potasu 60 % K2O, granulowany, pochodzenie LT, 1.400 t", "LT", 1400000, None, 420000, "USD",
         "Lithuania mines no potash: granular 60 % KCl by rail from the Lithuanian side is Belarusian potash "
         "(EU sanctions) with a false origin; Polish wording", firm("Agro Potas Mazowsze Sp. z o.o.", "PL")),
        ("STR-08", "export", "DESEA01", "sea", "DE", ["TR"], "AM", "841490",
         "Ersatzteile für Vakuumpumpen, Turbomolekular-Rotoren, 12 St.", "DE", 60, 12, 96000, "EUR",
         "turbomolecular pump rotors at 8,000 EUR each (Common High Priority list) to Yerevan are for Russian "
         "semiconductor and coating lines; German wording", {"importer_country": "AM"}),
        ("STR-09", "export", "ITAIR01", "air", "IT", [], "AE", "900190",
         "Lenti ottiche per fotocamere, germanio, diametro 50 mm, 200 pz", "IT", 40, 200, 96000, "EUR",
         "germanium lenses pass only thermal infrared: they are thermal-imager optics for drone sights, not camera "
         "lenses, to a Dubai re-exporter; Italian wording",
         {"importer_name": "Desert Shield Industrial LLC", "importer_country": "AE"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "AM", "903020",
         "Laboratory equipment: digital oscilloscope 4 GHz, 2 pcs", "DE", 40, 2, 64000, "EUR",
         "a 4 GHz oscilloscope, a 20 GHz signal generator and a spectrum analyser (Common High Priority list) to a "
         "Yerevan firm registered last year is the Russia re-export route",
         {"importer_name": "Ararat Lab Systems LLC", "importer_country": "AM",
          "_more_items": [item("854320", "Signal generator 20 GHz, 1 pc", "US", 18, 41000, "EUR"),
                          item("903040", "Spectrum analyser 26.5 GHz, 1 pc", "US", 22, 38000, "EUR")]}),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEPOST01", "post", "PG", [], "DE", "670100",
         "Federschmuck, Kopfschmuck mit roten und gelben Schmuckfedern, 2 St.", "PG", 0.4, 2, 600, "EUR",
         "red and yellow plumes in a Papua New Guinea headdress are bird-of-paradise feathers (Paradisaeidae, "
         "Appendix II); German wording", person("Herr T. Schuster", "DE")),
        ("WLD-02", "import", "ESAIR01", "express", "MX", [], "ES", "030119",
         "Peces ornamentales vivos 'ajolote', 30 uds", "MX", 6, 30, 450, "USD",
         "an ajolote is the axolotl, Ambystoma mexicanum, an amphibian on Appendix II, declared as ornamental fish; "
         "Spanish wording", person("Sr. D. Romero", "ES")),
        ("WLD-03", "import", "FRPOST01", "post", "MG", [], "FR", "060290",
         "Plantes succulentes de pépinière, Euphorbia, racines nues, 80 pcs", "MG", 6, 80, 120, "EUR",
         "bare-root Malagasy Euphorbia are wild-collected (many Appendix I or II): nursery plants travel in pots with "
         "a permit; French wording", person("M. L. Girard", "FR")),
        ("WLD-04", "import", "NLSEA01", "sea", "CN", [], "NL", "121190",
         "红景天 干根切片, 药材, 500 kg", "CN", 500, None, 11000, "USD",
         "hong jing tian is Rhodiola root, on Appendix II since 2023: dried roots need a CITES permit; Chinese "
         "wording", firm("Oriental Herbs Rotterdam BV", "NL")),
        ("WLD-05", "import", "BEAIR01", "express", "MG", [], "BE", "010690",
         "Animaux vivants de compagnie, 'maki', 2 pcs", "MG", 6, 2, 800, "EUR",
         "'maki' is the Malagasy word for the ring-tailed lemur, a primate on Appendix I; French wording",
         person("M. J. Rakoto", "BE")),
        ("WLD-06", "import", "DEAIR01", "air", "IN", [], "DE", "121190",
         "Kutki root, dried, Ayurvedic raw herb, bales, 300 kg", "NP", 300, None, 5400, "USD",
         "kutki is Picrorhiza kurroa, CITES Appendix II: its dried roots need a permit, and Nepalese roots re-exported "
         "from India need India's re-export certificate", firm("Ayurveda Rohstoffe Hamburg GmbH", "DE")),
        ("WLD-07", "import", "ITAIR01", "air", "IN", [], "IT", "330129",
         "Olio essenziale di jatamansi, 10 kg", "NP", 10, None, 6000, "USD",
         "jatamansi is Nardostachys grandiflora, Appendix II: its oil, from Nepalese roots, needs a permit; Italian "
         "wording", firm("Aromi Naturali Milano Srl", "IT")),
        ("WLD-08", "import", "FIROAD01", "road", "RU", [], "FI", "430390",
         "Turkislakit, ilves, käsityö, 20 kpl", "RU", 8, 20, 3000, "EUR",
         "ilves is the lynx (Lynx lynx, Appendix II): fur hats need a CITES permit, and Russian furs arrive by road "
         "despite the sanctions; Finnish wording", firm("Lapin Turkis Oy", "FI")),
        ("WLD-09", "import", "GBAIR01", "express", "CN", [], "GB", "010690",
         "Live aquarium animals, 'wa wa yu', 10 pcs", "CN", 15, 10, 1200, "USD",
         "wa wa yu (娃娃鱼) is the Chinese giant salamander, Appendix I: an amphibian declared as aquarium fish",
         person("Mr K. Tanaka", "GB")),
        ("WLD-10", "import", "FRSEA01", "sea", "CI", [], "FR", "440799",
         "Sciages d'acajou d'Afrique, Khaya ivorensis, FAS, 40 m3", "CI", 26000, None, 30000, "EUR",
         "African mahogany (Khaya, African populations) has been on Appendix II since 2023: sawn Khaya needs an "
         "Ivorian export permit; French wording", firm("Bois Tropicaux Atlantique SAS", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "CN", "DE", "282990",
     "Potassium perchlorate 99.5 %, for airbag initiators, 20 t", "CN", 20000, None, 52000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-31-0218")], "perchlorate to an airbag-inflator maker under licence"),
    ("PRM-02", "precursors", "import", "NLSEA01", "sea", "US", "NL", "284700",
     "Hydrogen peroxide 50 %, for aseptic packaging lines, IBC 1,000 l, 18 pcs", "US", 21000, 18, 17000, "USD",
     [("PRECURSOR_LICENCE", "NL-Justis-31-0094")], "50 % peroxide to a dairy-packaging plant, licensed"),
    ("PRM-03", "waste", "export", "BESEA01", "sea", "BE", "KR", "711299",
     "Spent dental amalgam residue, for mercury recovery, 800 kg", "BE", 800, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-31-0331")], "notified amalgam waste to a licensed mercury recoverer"),
    ("PRM-04", "waste", "import", "DERAIL01", "rail", "CH", "DE", "380190",
     "Spent pot lining, first cut, for treatment, 22 t", "CH", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-31-0512")], "notified SPL to a German treatment plant"),
    ("PRM-05", "ozone", "import", "FRSEA01", "sea", "US", "FR", "290351",
     "HFO-1234yf refrigerant, returnable cylinders 10 kg, 300 pcs", "US", 3000, 300, 240000, "USD",
     [("FGAS_QUOTA", "FR-DGEC-FG-31-0042")], "genuine 1234yf at its market price with the importer's registration"),
    ("PRM-06", "ozone", "import", "ITSEA01", "sea", "IN", "IT", "290345",
     "HFA-134a pharmaceutical grade, ISO tank, for MDI filling", "IN", 18000, None, 160000, "USD",
     [("FGAS_QUOTA", "IT-MASE-FG-31-0211")], "bulk HFA-134a to an inhaler plant, declared under the MDI allocation"),
    ("PRM-07", "cultural", "export", "PTAIR01", "air", "PT", "GB", "691490",
     "Azulejo panel, polychrome, Lisbon, circa 1760, ex-collection, 48 tiles", "PT", 90, 48, 42000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-31-0127")], "an old-collection azulejo panel with its export certificate"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970210",
     "Grabado, Goya, 'Los Caprichos' lámina 43, primera edición 1799, 1 pc", "ES", 2, 1, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-31-0456")], "a first-edition Goya print with its export permit"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "CA", "854089",
     "Image intensifier tubes 18 mm, for night-vision goggles, 20 pcs", "FR", 4, 20, 64000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-31-1203"), ("END_USER_CERTIFICATE", "CA-GAC-EUC-31-0311")],
     "intensifier tubes to a Canadian goggle maker under licence"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "US", "848180",
     "Bellows-sealed globe valves, Hastelloy C-276, DN80, 24 pcs", "DE", 1400, 24, 110000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-31-2207"), ("END_USER_CERTIFICATE", "US-DOC-EUC-31-0189")],
     "AG-listed valves to a US fluorochemical plant under licence"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "ZA", "ES", "030571",
     "Dried blue shark fins (Prionace glauca), legal acquisition finding, 3 t", "ZA", 3000, None, 45000, "USD",
     [("CITES_PERMIT", "ZA-CITES-31-0533")], "Appendix II shark fins with their export permit"),
    ("PRM-12", "wildlife", "import", "NLROAD01", "road", "GE", "NL", "060110",
     "Galanthus woronowii bulbs, within Georgian export quota, 250,000 pcs", "GE", 1000, 250000, 5000, "EUR",
     [("CITES_PERMIT", "GE-CITES-31-0071")], "snowdrop bulbs within quota with their CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Autoliv Sicherheitstechnik GmbH", "PRM-02": "Zuivel Aseptisch Verpakken BV",
    "PRM-03": "Korea Zinc Onsan Refinery", "PRM-04": "Befesa Salzschlacke GmbH", "PRM-05": "Frigoauto Lyon SAS",
    "PRM-06": "Chiesi Farmaceutici SpA", "PRM-07": "Mr J. Whitcombe", "PRM-08": "Ms R. Halvorsen",
    "PRM-09": "Northern Night Optics Inc", "PRM-10": "Chemours Fayetteville Works",
    "PRM-11": "Pescados Vigo Export SL", "PRM-12": "Bollenhandel Lisse BV",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Post and express goods travel only so, with parcel masses; partners are outside the EU.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390110", "LLDPE film grade C4, prime, 25 kg bags", "import", ["sea"], ["SA", "QA"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390761", "PET bottle resin IV 0.80, prime, 1.1 t big bags", "import", ["sea"], ["CN", "KR"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("390330", "ABS injection grade, natural, prime", "import", ["sea"], ["KR", "TW"], (1.6, 2.1), (18000, 22000), ["USD"], None, S),
    ("391510", "Clean PE stretch-film offcuts, single polymer, post-industrial, baled", "export", ["road"], ["CH", "TR"], (0.3, 0.5), (15000, 20000), ["EUR"], None, S),
    ("470710", "Unbleached kraft corrugated cuttings (OCC 11), under 1 % impurities", "export", ["sea"], ["TR", "MA"], (0.13, 0.18), (22000, 26000), ["EUR"], None, S),
    ("847150", "Refurbished desktop PCs, tested, wiped, boxed, 12-month warranty", "import", ["sea"], ["GB", "US"], (18, 30), (2000, 5000), ["USD", "GBP"], 0.12, S),
    ("850760", "New Li-ion e-bike batteries 36 V, boxed, UN 38.3 tested", "import", ["sea"], ["CN", "TW"], (25, 40), (3000, 8000), ["USD"], 0.3, S),
    ("850440", "New solar inverters 5 kW, boxed, with CE and test sheets", "import", ["sea"], ["CN"], (12, 18), (5000, 12000), ["USD"], 0.05, S),
    ("840734", "Remanufactured car engines, drained, crated, with warranty", "import", ["sea"], ["US", "JP"], (12, 20), (3000, 9000), ["USD"], 0.007, S),
    ("440691", "New pressure-treated pine sleepers for landscaping, copper azole, no creosote", "import", ["road"], ["UA", "NO"], (0.4, 0.7), (18000, 24000), ["EUR"], 0.025, S),
    ("310530", "Diammonium phosphate 18-46-0, fertiliser grade", "import", ["sea"], ["MA", "SA"], (0.55, 0.75), (22000, 26000), ["USD"], None, S),
    ("310230", "Ammonium nitrate 34.4 % N, high-density fertiliser grade, to a farm cooperative", "import", ["sea"], ["NO", "EG"], (0.3, 0.45), (22000, 26000), ["USD", "EUR"], None, S),
    ("330690", "Tooth-whitening strips, 6 % peroxide, retail boxes", "import", ["post", "express"], ["US", "GB"], (25, 50), (1, 3), ["USD", "GBP"], 10, S),
    ("381400", "Cyanoacrylate debonder, acetone-based, 20 ml tubes", "import", ["post", "express"], ["US", "GB"], (20, 40), (1, 2), ["USD", "GBP"], 40, S),
    ("760320", "Aluminium paste for aerated concrete, in solvent, drums, to an AAC plant", "import", ["sea"], ["CN", "IN"], (3, 4.5), (10000, 16000), ["USD"], None, S),
    ("292215", "Triethanolamine 85 %, to an EU cement-grinding-aid maker", "import", ["sea"], ["SA", "US"], (1.4, 1.9), (18000, 22000), ["USD"], None, S),
    ("230990", "Mineral lick blocks for cattle, Ca/P/Mg, 20 kg", "import", ["road"], ["RS", "CH"], (0.5, 0.9), (10000, 20000), ["EUR"], 0.05, S),
    ("382769", "Refrigerant R-454B, returnable cylinders, within quota, with F-gas declaration", "import", ["sea"], ["US", "CN"], (15, 22), (3000, 8000), ["USD"], None, S),
    ("271113", "Isobutane R-600a refrigerant, 6 kg cylinders", "import", ["road"], ["TR", "RS"], (4, 7), (2000, 6000), ["USD", "EUR"], 0.16, S),
    ("280430", "Nitrogen 5.0, high-pressure cylinders 50 l, rental, for leak testing", "import", ["road"], ["CH", "NO"], (1, 2), (2000, 5000), ["EUR"], 0.1, S),
    ("390729", "Polyether polyol blend, water- and pentane-blown, drums", "import", ["sea"], ["US", "KR"], (1.8, 2.6), (15000, 20000), ["USD"], None, S),
    ("841869", "Heat pumps R-290, monobloc, sealed, new", "import", ["sea"], ["CN", "TR"], (10, 16), (6000, 12000), ["USD", "EUR"], 0.008, S),
    ("491199", "Calligraphy prints, new, on paper, framed", "import", ["post"], ["MA", "TR", "JP"], (20, 40), (1, 3), ["USD", "EUR"], 2, S),
    ("690740", "New hand-painted blue-and-white tiles, reproduction style", "import", ["sea"], ["MA", "TR"], (2, 4), (3000, 8000), ["EUR", "USD"], 12, S),
    ("691200", "Hand-painted pottery, new, market crafts", "import", ["post"], ["MX", "PE", "GT"], (15, 30), (1, 4), ["USD"], 1, S),
    ("680293", "New granite Buddha statues, garden, carved", "import", ["sea"], ["VN", "CN"], (1.5, 3), (3000, 8000), ["USD"], 0.05, S),
    ("711319", "New gold jewellery 18 ct, hallmarked, to a jeweller", "import", ["air"], ["TR", "AE"], (35000, 45000), (2, 10), ["USD"], 40, S),
    ("442199", "Painted wooden wall plaques, new, souvenir, Egyptian motifs", "import", ["post"], ["EG"], (10, 20), (1, 4), ["USD"], 2, S),
    ("310420", "Potassium chloride 60 % K2O, granular, from Canada", "import", ["sea"], ["CA"], (0.3, 0.42), (24000, 30000), ["USD"], None, S),
    ("441233", "Birch plywood, Finnish mill, with FSC and origin certificate", "import", ["sea"], ["NO", "FI"], (0.8, 1.1), (18000, 22000), ["EUR"], None, S),
    ("848180", "Brass ball valves DN25, for plumbing", "import", ["sea"], ["CN", "IN"], (5, 8), (4000, 10000), ["USD"], 2, S),
    ("950730", "Carbon fibre fishing rods, finished, retail", "import", ["express"], ["CN", "JP"], (30, 50), (2, 4), ["USD"], 3, S),
    ("060110", "Tulip bulbs, dormant, horticultural", "export", ["road"], ["NO", "CH", "GB"], (1.5, 3), (3000, 8000), ["EUR"], 80, S),
    ("030819", "Dried farmed sea cucumber (Apostichopus japonicus)", "import", ["air"], ["CN", "JP"], (80, 150), (100, 400), ["USD"], None, S),
    ("621420", "Pashmina shawls, 16 µm, new", "import", ["post", "express"], ["NP", "IN"], (150, 300), (1, 2), ["USD"], 5, S),
    # everyday trade (mass bands for post and express goods are parcel masses)
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.7, 1.1), (18000, 22000), ["USD"], None, N),
    ("080440", "Avocados, fresh", "import", ["sea"], ["PE", "KE", "CL"], (2, 3.5), (15000, 20000), ["USD"], None, N),
    ("080610", "Table grapes, fresh", "import", ["sea", "air"], ["ZA", "CL", "IN"], (1.8, 3), (10000, 18000), ["USD"], None, N),
    ("070920", "Asparagus, fresh", "import", ["air"], ["PE", "MX"], (4, 6), (2000, 8000), ["USD"], None, N),
    ("071021", "Frozen peas", "export", ["sea"], ["GB", "SA"], (0.9, 1.3), (18000, 22000), ["EUR"], None, N),
    ("080212", "Almonds, shelled", "import", ["sea"], ["US", "AU"], (5, 7), (18000, 20000), ["USD"], None, N),
    ("080132", "Cashew nuts, shelled", "import", ["sea"], ["VN", "IN"], (6, 8), (15000, 18000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("090421", "Dried paprika, whole", "import", ["sea"], ["PE", "CN"], (2, 3.5), (10000, 18000), ["USD"], None, N),
    ("100199", "Milling wheat", "import", ["sea"], ["UA", "CA"], (0.22, 0.3), (25000, 30000), ["USD"], None, N),
    ("110100", "Wheat flour, 25 kg bags", "export", ["sea"], ["DZ", "GB"], (0.35, 0.5), (20000, 24000), ["EUR"], None, N),
    ("120190", "Soya beans", "import", ["sea"], ["BR", "US"], (0.4, 0.55), (25000, 30000), ["USD"], None, N),
    ("151211", "Crude sunflower oil", "import", ["sea"], ["UA", "AR"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "TH", "MU"], (4, 6), (15000, 20000), ["USD"], 6, N),
    ("030441", "Frozen salmon fillets, farmed", "import", ["sea", "road"], ["NO"], (8, 12), (15000, 20000), ["EUR", "USD"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road"], ["CH", "GB", "NO"], (8, 14), (10000, 18000), ["EUR"], None, N),
    ("180632", "Chocolate bars, retail", "export", ["sea"], ["GB", "US"], (6, 10), (8000, 16000), ["EUR"], 10, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2, 3), (20000, 24000), ["USD"], None, N),
    ("210111", "Instant coffee, bulk", "import", ["sea"], ["BR", "VN"], (8, 12), (10000, 16000), ["USD"], None, N),
    ("220830", "Scotch whisky, bottled", "import", ["sea", "road"], ["GB"], (10, 20), (8000, 16000), ["GBP"], 1.2, N),
    ("090121", "Specialty coffee beans, roasted, 250 g bags", "import", ["post", "express"], ["CO", "ET", "US"], (30, 60), (1, 3), ["USD"], 4, N),
    ("330499", "Skin-care creams, retail", "import", ["post", "express"], ["KR", "US", "GB"], (40, 90), (1, 3), ["USD", "GBP"], 8, N),
    ("330300", "Perfume, eau de parfum, 100 ml", "import", ["post", "express"], ["AE", "US"], (80, 200), (1, 2), ["USD"], 5, N),
    ("210690", "Vitamin gummies, food supplement, retail jars", "import", ["post", "express"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 4, N),
    ("380894", "Hand sanitiser gel, 500 ml", "import", ["road"], ["TR"], (1.5, 2.5), (8000, 15000), ["EUR"], 2, N),
    ("391740", "PVC pipe fittings", "import", ["sea"], ["CN", "TR"], (2.5, 4), (5000, 12000), ["USD"], None, N),
    ("392490", "Plastic storage boxes, household", "import", ["sea"], ["CN", "TR"], (2, 3), (6000, 12000), ["USD"], 1.5, N),
    ("420292", "Backpacks, textile", "import", ["sea"], ["VN", "CN"], (8, 14), (4000, 9000), ["USD"], 1.5, N),
    ("420221", "Handbags, leather, new", "import", ["post", "express"], ["GB", "US", "TR"], (80, 200), (1, 3), ["GBP", "USD"], 1, N),
    ("441490", "Wooden picture frames", "import", ["sea"], ["ID", "CN"], (3, 5), (3000, 8000), ["USD"], 3, N),
    ("481920", "Folding cartons, printed", "import", ["road"], ["TR", "RS"], (1.2, 1.8), (10000, 18000), ["EUR"], None, N),
    ("490199", "Children's picture books", "import", ["post"], ["GB", "US"], (12, 25), (1, 4), ["GBP", "USD"], 3, N),
    ("500720", "Silk fabric, woven", "import", ["air"], ["CN", "IN"], (40, 70), (200, 800), ["USD"], None, N),
    ("540752", "Polyester woven fabric, dyed", "import", ["sea"], ["CN", "PK"], (2.5, 4), (10000, 18000), ["USD"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "KH", "TR"], (8, 14), (5000, 10000), ["USD"], 5, N),
    ("611030", "Synthetic fleece jumpers", "import", ["sea"], ["CN", "BD"], (8, 13), (5000, 10000), ["USD"], 2.5, N),
    ("620342", "Men's denim jeans", "import", ["sea"], ["PK", "BD", "TR"], (9, 15), (5000, 10000), ["USD"], 1.5, N),
    ("611595", "Cotton socks, retail packs", "import", ["post", "express"], ["GB", "TR", "CN"], (15, 30), (1, 3), ["GBP", "USD"], 20, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN"], (6, 10), (8000, 14000), ["USD"], None, N),
    ("640391", "Leather ankle boots", "import", ["post", "express"], ["GB", "BR"], (50, 120), (1, 3), ["GBP", "USD"], 0.8, N),
    ("690722", "Porcelain floor tiles, glazed", "import", ["sea"], ["IN", "TR"], (0.4, 0.7), (22000, 26000), ["USD"], None, N),
    ("701349", "Drinking glasses, household", "import", ["sea"], ["TR", "CN"], (2, 3.5), (6000, 12000), ["USD", "EUR"], 4, N),
    ("721049", "Galvanised steel coil", "import", ["sea"], ["KR", "IN", "TR"], (0.8, 1.1), (22000, 26000), ["USD"], None, N),
    ("732393", "Stainless cookware", "import", ["sea"], ["CN", "IN"], (4, 7), (5000, 10000), ["USD"], 1, N),
    ("761510", "Aluminium cooking pots", "import", ["sea"], ["TR", "CN"], (4, 6), (5000, 10000), ["USD", "EUR"], 1, N),
    ("820713", "Rock drill bits, tungsten carbide, to a quarry", "import", ["sea"], ["CN", "SE"], (20, 35), (1000, 4000), ["USD"], None, N),
    ("841510", "Split air conditioners R-32, new", "import", ["sea"], ["CN", "TH"], (5, 8), (8000, 14000), ["USD"], 0.03, N),
    ("841810", "Fridge-freezers R-600a, household", "import", ["sea"], ["TR", "CN"], (3, 4.5), (10000, 15000), ["EUR", "USD"], 0.015, N),
    ("842211", "Household dishwashers", "import", ["sea"], ["TR", "CN"], (4, 6), (10000, 15000), ["EUR", "USD"], 0.02, N),
    ("846722", "Cordless circular saws", "import", ["sea"], ["CN", "VN"], (15, 25), (3000, 8000), ["USD"], 0.25, N),
    ("850650", "Lithium coin cells CR2032, retail", "import", ["post", "express"], ["CN", "JP"], (40, 80), (1, 2), ["USD"], 300, N),
    ("851713", "Smartphones, new, boxed", "import", ["air"], ["CN", "VN"], (300, 600), (200, 1500), ["USD"], 4, N),
    ("852852", "Computer monitors, new", "import", ["sea"], ["CN", "TW"], (20, 35), (5000, 12000), ["USD"], 0.15, N),
    ("851671", "Coffee machines, household", "import", ["sea"], ["CN", "CH"], (12, 20), (4000, 9000), ["USD", "CHF"], 0.2, N),
    ("854143", "Solar panels 420 W, new", "import", ["sea"], ["CN", "IN"], (4, 6), (15000, 20000), ["USD"], 0.045, N),
    ("870899", "Car parts, brake discs", "import", ["sea"], ["CN", "TR"], (2.5, 4), (10000, 18000), ["USD", "EUR"], None, N),
    ("871200", "Bicycles, new", "import", ["sea"], ["TW", "KH"], (12, 25), (4000, 9000), ["USD"], 0.07, N),
    ("900490", "Reading glasses, retail", "import", ["post", "express"], ["CN", "GB"], (50, 120), (1, 2), ["USD", "GBP"], 20, N),
    ("901831", "Disposable syringes, sterile", "import", ["sea"], ["CN", "IN"], (4, 7), (4000, 10000), ["USD"], 60, N),
    ("902000", "Diving masks and snorkels", "import", ["post", "express"], ["CN", "US"], (30, 60), (1, 3), ["USD"], 3, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "MY"], (3, 5), (5000, 10000), ["USD"], 0.12, N),
    ("940421", "Foam mattresses, rolled", "import", ["road"], ["TR", "RS"], (2.5, 4), (6000, 12000), ["EUR"], 0.04, N),
    ("950300", "Wooden toys", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 4), ["USD", "GBP"], 3, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (6, 10), (3000, 8000), ["USD"], 2.5, N),
    ("960330", "Artists' brushes", "import", ["post"], ["CN", "JP"], (40, 80), (1, 2), ["USD"], 30, N),
    ("970121", "Contemporary paintings by living artists, oil on canvas", "import", ["express"], ["US", "GB"], (500, 2000), (2, 6), ["USD", "GBP"], 0.3, N),
    ("392321", "Compostable produce bags", "import", ["sea"], ["VN", "MY"], (2.5, 3.5), (8000, 14000), ["USD"], None, N),
    ("847330", "Computer keyboards and mice", "import", ["sea", "air"], ["CN", "TW"], (10, 20), (1000, 6000), ["USD"], 2, N),
    ("852110", "Vinyl record players", "import", ["post", "express"], ["JP", "US"], (40, 80), (3, 6), ["USD"], 0.2, N),
]

base.name_consignees(CONSIGNEES, seed=2031)


def main():
    base.write_later_set("blind32", 20310701, HERE)


if __name__ == "__main__":
    main()
