#!/usr/bin/env python3
"""Writes the seventeenth blind set (tests/risk/data/blind17-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated January - February 2029, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-eighteen profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind14_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 to blind15, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. As in blind15, goods of the ordinary
table that travel by post or express travel only so, with parcel masses. Ids are BL17-*:

    python3 tests/risk/data/make_blind17_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2029, 1, 1)
base.DAYS = 59  # 1 January to 28 February 2029
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ESAIR01", "express", "CN", [], "ES", "282990",
         "Perclorato potásico 99 %, abono foliar para cítricos, sacos 25 kg, 2 uds", "CN", 50, 2, 180, "USD",
         "perchlorate is no fertiliser (it is a contaminant growers test for); 50 kg of 99 % KClO4 (Annex I) by "
         "express to a private person is a pyrotechnic oxidiser; Spanish wording",
         person("Sr. A. Navarro", "ES")),
        ("PRE-02", "import", "ROROAD01", "road", "MD", [], "RO", "250100",
         "Sel de déneigement, granulés poreux blancs, densité apparente 0,75, big bags, 20 t", "MD", 20000, None,
         3600, "EUR",
         "road salt is sodium chloride at a bulk density of 1.2; white porous prills at 0.75 are low-density "
         "(explosive-grade) ammonium nitrate (Annex I) under the salt heading, at an AN price; French wording",
         firm("Drumuri Nord Trading SRL", "RO")),
        ("PRE-03", "import", "DEROAD01", "road", "PL", [], "DE", "252100",
         "Dolomitkalk gekörnt, Gartenkalk, N 27 %, Big Bags 500 kg, 4 St.", "PL", 2000, 4, 900, "EUR",
         "limestone and dolomite carry no nitrogen; a 'garden lime' with 27 % N is calcium ammonium nitrate "
         "(Annex II), two tonnes to a private person; German wording",
         person("Herr M. Vogel", "DE")),
        ("PRE-04", "import", "NLPOST01", "post", "CN", [], "NL", "291411",
         "Nagelstudio benodigdheden: aceton 99 %, 4 x 5 l", "CN", 16, 4, 40, "USD",
         "a 'nail-salon' parcel that adds 30 % hydrogen peroxide and 96 % sulphuric acid to 20 l of acetone holds "
         "the three TATP ingredients in bulk (Annex I/II), to a private person; Dutch wording",
         {"consignee_name": "Dhr. R. Smit", "importer_country": "NL",
          "_more_items": [item("284700", "Waterstofperoxide 30 %, 'nagelbleek', 2 x 5 l", "CN", 11, 25, "USD", 2),
                          item("280700", "Zwavelzuur 96 %, 'ontstopper', 2 x 5 l", "CN", 18, 15, "USD", 2)]}),
        ("PRE-05", "import", "PTPOST01", "post", "CN", [], "PT", "760320",
         "Pigmento de alumínio para tinta, pó atomizado < 45 µm, sem estearato, 10 kg", "CN", 10, 1, 90, "USD",
         "paint aluminium pigment is stearate-coated paste or flake; 10 kg of uncoated atomised powder below 45 µm "
         "(Annex II) by post to a private address is a flash and thermite fuel; Portuguese wording",
         person("João Ferreira", "PT")),
        ("PRE-06", "import", "ATAIR01", "express", "TR", [], "AT", "280800",
         "Goldtest-Säure, Salpetersäure 65 %, Kanister 10 l, 6 St.", "TR", 84, 6, 160, "EUR",
         "gold-testing acid is sold in 10-30 ml dropper bottles; 60 l of 65 % nitric acid (Annex I, limit 3 %) by "
         "express to a private person; German wording",
         person("Privatperson", "AT")),
        ("PRE-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "BY"], "PL", "560749",
         "Sznur z tworzywa sztucznego 5 mm w oplocie tekstylnym, rdzeń z białego proszku 10 g/m, szpule 500 m, 40 szt.",
         "CN", 900, 40, 4400, "USD",
         "a textile-braided plastic cord with a white powder core of 10 g/m is detonating cord (PETN) declared as "
         "cordage, to a general trader by the China-Europe rail route; Polish wording",
         firm("Linex Hurt Sp. z o.o.", "PL")),
        ("PRE-08", "import", "SEAIR01", "air", "CN", [], "SE", "854390",
         "Programmable delay modules 0-14,000 ms, bridge wire, 8 mm aluminium tube, 4 m leg wire, 2,000 pcs", "CN",
         160, 2000, 9000, "USD",
         "a programmable delay chip with a bridge wire inside an 8 mm aluminium tube on leg wires is an electronic "
         "detonator, flown as electronics (no class 1 declaration) to a firm that is not a licensed blaster",
         {"importer_name": "Norrland Elektronik Handel AB", "importer_country": "SE"}),
        ("PRE-09", "import", "NLSEA01", "sea", "CN", [], "NL", "250100",
         "Industrial salt 99 %, 高氯酸钠 (NaClO4·H2O), 25 kg bags, 5 t", "CN", 5000, 200, 6500, "USD",
         "the Chinese name is sodium perchlorate (Annex I) declared as industrial salt, at 1.3 USD/kg where salt "
         "costs 0.1, to a trader; Chinese and English wording",
         {"importer_name": "Polder Chemie Handel BV", "importer_country": "NL"}),
        ("PRE-10", "import", "ITPOST01", "post", "IN", [], "IT", "250100",
         "Sale nitrato per salumi, nitrato di sodio 99 %, 2 sacchi da 25 kg", "IN", 50, 2, 70, "EUR",
         "curing salt is table salt with 0.6 % nitrite; 50 kg of 99 % sodium nitrate (Annex II) by post to a private "
         "person would cure 8 t of meat; Italian wording",
         person("Sig. L. Esposito", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "GH", "850710",
         "Baterías de arranque usadas 12 V, 'probadas', sobre palés sin embalar, con fugas de ácido, 20 t", "ES",
         20000, 1400, 4000, "EUR",
         "used lead-acid batteries stacked loose, leaking, at 0.2 EUR/kg are ULAB waste (A1160) for informal "
         "smelting, not batteries for reuse; Spanish wording",
         {"importer_name": "Agbogbloshie Auto Parts Ent.", "importer_country": "GH"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "MY", "391590",
         "Scaglie di PP da sacche per infusione ospedaliere, non lavate, con deflussori, 18 t", "IT", 18000, None,
         900, "EUR",
         "unwashed flakes of hospital infusion bags with their giving sets are clinical waste (Y1), not plastic "
         "scrap, to Malaysia; Italian wording",
         {"importer_name": "Klang Polymer Recycle Sdn Bhd", "importer_country": "MY"}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "IN", "401220",
         "Pneus usagés en balles compressées, 'pour rechapage', 25 t", "FR", 25000, None, 750, "EUR",
         "a compressed tyre bale cannot be retreaded (the casings are crushed); baled tyres at 0.03 EUR/kg go to "
         "pyrolysis: waste tyres, not used tyres; French wording",
         {"importer_name": "Mundra Pyro Oils Pvt Ltd", "importer_country": "IN"}),
        ("WST-04", "export", "GRSEA01", "sea", "GR", [], "LY", "271019",
         "Marine fuel oil RMG 380, blended, water 20 %, sediment 5 %, flash point 45 °C, 30 t", "GR", 30000, None,
         3000, "USD",
         "RMG 380 allows 0.5 % water and 0.1 % sediment with a flash point above 60 °C; this is bilge and slop "
         "oil (Y8/Y9) sold as fuel at a tenth of the price",
         {"importer_name": "Benghazi Marine Fuels Co.", "importer_country": "LY"}),
        ("WST-05", "export", "DEAIR01", "air", "DE", [], "HK", "847330",
         "Computerteile gemischt: Mainboards, Netzteile, Kabel, lose in Gitterboxen, nach Gewicht, 8 t", "DE", 8000,
         None, 4000, "EUR",
         "mixed boards, power supplies and cables loose by weight at 0.5 EUR/kg are e-waste (A1180), not spare "
         "parts; German wording",
         {"importer_name": "Kwai Chung Computer Parts Ltd", "importer_country": "HK",
          "_more_items": [item("852849", "Monitore gebraucht, ungeprüft, ohne Kabel, gestapelt, 300 St.", "DE",
                               3000, 600, "EUR", 300)]}),
        ("WST-06", "export", "BESEA01", "sea", "BE", [], "TR", "700100",
         "Glass cullet from lamp recycling, with phosphor powder and end caps, Hg < 50 ppm, 20 t", "BE", 20000, None,
         400, "EUR",
         "cullet from fluorescent lamps with phosphor powder carries mercury: a hazardous waste (A2010/Y29), not "
         "glass cullet; the Hg figure is itself the giveaway",
         {"importer_name": "Gebze Cam Geri Dönüşüm", "importer_country": "TR"}),
        ("WST-07", "export", "GBSEA01", "sea", "GB", [], "TR", "390761",
         "PET resin, bottle grade, from post-consumer bottles, unwashed, caps and labels on, mixed colours, baled, 22 t",
         "GB", 22000, None, 2200, "GBP",
         "'PET resin' that is unwashed mixed-colour bottles in bales at 0.1 GBP/kg is plastic waste (Y48) declared "
         "under the primary-resin heading, to a country that restricts plastic waste imports",
         {"importer_name": "Adana Polimer Sanayi", "importer_country": "TR"}),
        ("WST-08", "export", "DEROAD01", "road", "DE", ["PL"], "UA", "282110",
         "Eisenoxidpigment, Filterkuchen, Ni 4 %, Cr 3 %, Zn 6 %, Feuchte 60 %, Big Bags, 22 t", "DE", 22000, None,
         440, "EUR",
         "iron oxide pigment is a dry powder of defined colour; a 60 % wet filter cake with nickel, chromium and "
         "zinc is metal-finishing sludge (hazardous, A1050) at 0.02 EUR/kg; German wording",
         {"importer_name": "Kolir Pigment TOV", "importer_country": "UA"}),
        ("WST-09", "export", "BESEA01", "sea", "BE", [], "IN", "380210",
         "Actieve kool, reactivatiekwaliteit, gebruikt uit oplosmiddelterugwinning, geur van tolueen, 18 t", "BE",
         18000, None, 360, "EUR",
         "spent carbon from solvent recovery that still smells of toluene is hazardous waste (Y6/Y42) declared "
         "as an activated-carbon grade, at 0.02 EUR/kg where fresh carbon costs 1.5; Dutch wording",
         {"importer_name": "Vapi Carbon Reactivation Pvt Ltd", "importer_country": "IN"}),
        ("WST-10", "export", "PTSEA01", "sea", "PT", [], "MA", "251320",
         "Abrasivo de granada reciclado, com aparas de tinta antivegetativa (TBT), de estaleiro, 24 t", "PT", 24000,
         None, 240, "EUR",
         "spent blasting grit carrying tributyltin antifouling paint chips from a shipyard is hazardous waste, "
         "not a natural abrasive; Portuguese wording",
         {"importer_name": "Chantiers Navals Agadir SARL", "importer_country": "MA"}),
    ],
    "ozone": [
        ("ODS-01", "import", "BGROAD01", "road", "TR", [], "BG", "381400",
         "A/C system flushing solvent, CAS 1717-00-6, 13.6 kg cans, 120 pcs", "TR", 1630, 120, 4900, "EUR",
         "CAS 1717-00-6 is HCFC-141b, a banned ODS, sold as a flushing solvent under the thinner heading",
         firm("Klima Servis Balkan EOOD", "BG")),
        ("ODS-02", "import", "ITAIR01", "air", "CN", [], "IT", "290312",
         "Solvente da laboratorio, diclorometano tecnico, CAS 74-97-5, fusti 200 l, 4 pz", "CN", 1150, 4, 3000, "USD",
         "CAS 74-97-5 is bromochloromethane (halon 1011, a controlled ODS), not dichloromethane (75-09-2), under "
         "dichloromethane's heading; Italian wording",
         firm("Chimica Brianza Srl", "IT")),
        ("ODS-03", "import", "ESSEA01", "sea", "CN", [], "ES", "842410",
         "灭火器 车载 dry powder extinguisher 500 g, 内容物: 七氟丙烷, 3.000 uds", "CN", 1500, 3000, 6000, "USD",
         "七氟丙烷 is heptafluoropropane (HFC-227ea, GWP 3,220): aerosol extinguishers filled with an HFC outside "
         "quota, declared as dry powder; Chinese and Spanish wording",
         firm("Seguridad Vial Levante SL", "ES")),
        ("ODS-04", "import", "GRSEA01", "sea", "CN", [], "GR", "382769",
         "Refrigerant R-454B (low GWP 466), composition R-32 50 % / R-125 50 %, 11.3 kg cylinders, 600 pcs", "CN",
         6780, 600, 40000, "USD",
         "R-454B is R-32 with R-1234yf; R-32/R-125 50/50 is R-410A (GWP 2,088), declared under a low-GWP name",
         firm("Thermo Aigaio IKE", "GR")),
        ("ODS-05", "import", "NLAIR01", "express", "TR", [], "NL", "842410",
         "Blusapparaat 2 kg, BCF, voor jacht, 20 st.", "TR", 60, 20, 700, "EUR",
         "BCF is halon 1211, an ODS whose use in portable extinguishers is banned save for critical uses; 20 to a "
         "private person; Dutch wording",
         person("Dhr. W. Visser", "NL")),
        ("ODS-06", "import", "ITSEA01", "sea", "CN", [], "IT", "271113",
         "Gas refrigerante ecologico R-600a, bombole 10,9 kg, non infiammabile (classe 2.2), 500 pz", "CN", 5450,
         500, 30000, "USD",
         "isobutane (R-600a) is flammable (class 2.1) and a 12 l cylinder holds 5 kg of it; a non-flammable 10.9 kg "
         "fill is an HFC blend such as R-404A; Italian wording",
         firm("Frigo Tirreno Srl", "IT")),
        ("ODS-07", "import", "DEAIR01", "air", "PK", [], "DE", "300490",
         "Salbutamol inhaler 100 mcg, 200 doses, propellant CFC-11/CFC-12, 5,000 units", "PK", 400, 5000, 7500,
         "USD",
         "metered-dose inhalers with CFC propellant are products containing ODS, banned from import; EU inhalers "
         "use HFAs", firm("Pharma Handel Ost GmbH", "DE")),
        ("ODS-08", "import", "DEROAD01", "road", "PL", [], "DE", "290351",
         "Kältemittel R-1234yf, 5-kg-Flaschen, neutral, ohne Marke, 300 St.", "CN", 1500, 300, 9000, "EUR",
         "R-1234yf costs 60-100 EUR/kg; unbranded 'R-1234yf' at 6 EUR/kg is R-134a (GWP 1,430) or worse, "
         "counterfeit; German wording",
         firm("Kfz-Klima Service Schulz GmbH", "DE")),
        ("ODS-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "BY"], "PL", "290110",
         "戊烷 Pentane, foam blowing agent, 1,1,1,3,3-pentafluoropropane, ISO tank, 18 t", "CN", 18000, None, 72000,
         "USD",
         "1,1,1,3,3-pentafluoropropane is HFC-245fa (GWP 1,030), a quota HFC, declared as pentane; Chinese and "
         "English wording", firm("Izolacje Pianka Sp. z o.o.", "PL")),
        ("ODS-10", "import", "PTSEA01", "sea", "BR", [], "PT", "390729",
         "Poliol formulado para espuma rígida, agente expansor HCFC-141b 12 %, tambores 220 kg, 80 uds", "BR",
         17600, 80, 40000, "USD",
         "a pre-blended polyol carrying 12 % HCFC-141b is a product containing a banned ODS; Portuguese wording",
         firm("Isolamentos Tejo Lda", "PT")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "LV", [], "DE", "711299",
         "Silberschrott, gehackt: Armringfragmente, Barrenstücke und Münzen mit arabischer Schrift, 0,6 kg", "LV",
         0.6, None, 500, "EUR",
         "chopped arm rings, ingot pieces and coins with Arabic script are Viking-age hacksilver with dirhams, a "
         "detector hoard, not scrap; German wording",
         person("Herr A. Koch", "DE")),
        ("CUL-02", "import", "BESEA01", "sea", "CN", [], "BE", "680299",
         "Decorative stone balls 15 cm in sandstone matrix, eggshell texture, pair", "CN", 40, 2, 600, "USD",
         "stone 'balls' with an eggshell texture set in sandstone are fossil dinosaur eggs, whose export China "
         "forbids; palaeontological heritage",
         person("Mme L. Dupont", "BE")),
        ("CUL-03", "export", "ITROAD01", "road", "IT", [], "CH", "470790",
         "Carta da macero: lettere e registri manoscritti 1700-1850, con timbri 'Archivio di Stato', 300 kg", "IT",
         300, None, 90, "EUR",
         "handwritten registers of 1700-1850 stamped by a State Archive are inalienable public archives, not waste "
         "paper; Italian wording",
         {"importer_name": "Autographen Galerie Basel AG", "importer_country": "CH"}),
        ("CUL-04", "import", "ITAIR01", "air", "ET", [], "IT", "482390",
         "Rotoli di pergamena dipinti, amuleti, scrittura ge'ez, artigianato, 12 pz", "ET", 3, 12, 2400, "USD",
         "painted parchment scrolls in Ge'ez are Ethiopian healing scrolls, church-made and old, not handicraft "
         "at 200 USD each; Italian wording",
         {"importer_name": "Galleria Corno d'Africa", "importer_country": "IT"}),
        ("CUL-05", "import", "PLROAD01", "road", "UA", [], "PL", "491199",
         "Ікони друковані на дошці, сувенір / icons printed on board, tempera, gesso, kovcheg, silver oklad, 14 pcs",
         "UA", 35, 14, 700, "EUR",
         "tempera on gesso with a carved kovcheg and silver oklad is a painted icon, not a print: wartime export "
         "of Ukrainian church property; Ukrainian and English wording",
         person("Piotr Nowak", "PL")),
        ("CUL-06", "import", "FRAIR01", "air", "NP", [], "FR", "442199",
         "Console en bois sculpté, élément de meuble, divinité, pigment rouge ancien, trous de chevilles, Patan, 1 pc",
         "NP", 35, 1, 400, "USD",
         "a carved strut with a deity, old red pigment and peg holes from Patan is a temple roof strut (tunala) "
         "pulled from a Kathmandu valley shrine; French wording",
         {"importer_name": "Galerie Himalaya Décor", "importer_country": "FR", "consignee_name": "Galerie Himalaya Décor"}),
        ("CUL-07", "import", "DEAIR01", "air", "AE", [], "DE", "680299",
         "Alabaster sculptures, decorative, with South Arabian inscription, 4 pcs", "AE", 60, 4, 2400, "USD",
         "alabaster heads and stelae with a South Arabian (Sabaean) inscription are Yemeni funerary stelae (ICOM "
         "Red List Yemen) shipped from the UAE",
         {"importer_name": "Kunsthandel Orient GmbH", "importer_country": "DE"}),
        ("CUL-08", "import", "FRAIR01", "air", "MA", [], "FR", "490199",
         "كتب قديمة / livres anciens, manuscrits arabes sur papier, reliures cuir, Tombouctou, 30 pcs", "ML", 25, 30,
         1500, "EUR",
         "'old books' that are Arabic manuscripts from Timbuktu are Malian heritage taken out via Morocco; Arabic "
         "and French wording",
         {"importer_name": "Librairie du Levant", "importer_country": "FR"}),
        ("CUL-09", "import", "GBAIR01", "express", "HK", [], "GB", "830629",
         "仿古青铜器 bronze vessels, antique-style replica, 出土 patina, 3 pcs", "CN", 18, 3, 9000, "USD",
         "'出土' means excavated: ritual bronzes with burial patina at 3,000 USD each are not replicas; Chinese "
         "wording", person("Mr K. Tanaka", "GB")),
        ("CUL-10", "import", "FRAIR01", "express", "DZ", [], "FR", "251690",
         "Pierres de silex taillées, décoration de jardin, pointes de flèche et bifaces, 300 pcs", "DZ", 40, 300,
         450, "EUR",
         "knapped flint arrowheads and hand axes are Saharan prehistoric artefacts, whose export Algeria forbids; "
         "French wording", person("M. T. Dubois", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "AE", "293190",
         "Flammschutzmittel DMMP, CAS 756-79-6, IBC 1.000 kg, 12 St.", "DE", 12000, 12, 42000, "EUR",
         "dimethyl methylphosphonate is a CWC Schedule 2 chemical; 12 t to a Jebel Ali trading company, not a "
         "polymer maker, with no licence; German wording",
         {"importer_name": "Gulf Star General Trading FZE", "importer_country": "AE"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "TR", "841950",
         "Scambiatore di calore a piastre in Hastelloy C-276 per caseificio, 1 pz", "IT", 900, 1, 85000, "EUR",
         "dairies use stainless steel; a Hastelloy C-276 heat exchanger (Australia Group, 2B350) 'for a dairy' to a "
         "Turkish trader is off its end use; Italian wording",
         {"importer_name": "Anadolu Makina Dış Ticaret", "importer_country": "TR"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", [], "AE", "880730",
         "Brake assemblies, carbon, P/N for Sukhoi Superjet 100, 6 pcs", "FR", 420, 6, 180000, "EUR",
         "the Superjet 100 flies almost only in Russia: aircraft parts to Russia (Regulation 833/2014) via a Dubai "
         "intermediary", {"importer_name": "Al Noor Aviation Services LLC", "importer_country": "AE",
                         "_more_items": [item("880730", "Main wheel assemblies, P/N for SSJ-100, 4 pcs", "FR", 360,
                                              96000, "EUR", 4)]}),
        ("STR-04", "export", "ESSEA01", "sea", "ES", [], "TR", "681511",
         "Fibra de carbono T800, 12K, resistencia 5.880 MPa, para cuadros de bicicleta, 800 kg", "ES", 800, None,
         56000, "EUR",
         "carbon fibre of 5,880 MPa tensile strength is dual-use (1C010); 800 kg 'for bicycle frames' to a "
         "trading firm; Spanish wording",
         {"importer_name": "Boğaziçi Spor Malzemeleri", "importer_country": "TR"}),
        ("STR-05", "export", "ATAIR01", "air", "AT", [], "HK", "722830",
         "Werkzeugstahl Rundstäbe, Ni 18 %, Co 8 %, Mo 5 %, Ø 80 mm, 2 t", "AT", 2000, None, 64000, "EUR",
         "18 % Ni, 8 % Co, 5 % Mo is maraging steel (1C116, missile and centrifuge use), not tool steel, to a Hong "
         "Kong trader; German wording",
         {"importer_name": "Wing Fat Metals Trading Ltd", "importer_country": "HK"}),
        ("STR-06", "import", "PLRAIL01", "rail", "KZ", [], "PL", "441231",
         "Sklejka brzozowa 1525 x 1525 mm, klasa B/BB, pochodzenie KZ, 60 m3", "KZ", 40000, None, 36000, "EUR",
         "1525 x 1525 mm is the Russian birch-plywood format and Kazakhstan has no such industry: Russian plywood "
         "(banned) with a Kazakh origin; Polish wording",
         firm("Drewmax Import Sp. z o.o.", "PL")),
        ("STR-07", "export", "NLAIR01", "air", "NL", [], "IQ", "292219",
         "Amino alcohol, paint additive, CAS 96-80-0, drums 200 kg, 2 pcs", "NL", 400, 2, 9000, "EUR",
         "CAS 96-80-0 is N,N-diisopropylaminoethanol, a CWC Schedule 2 VX precursor, to a trader without an "
         "end-user certificate", {"importer_name": "Al Rafidain Paints Co.", "importer_country": "IQ"}),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "RS", "851420",
         "Four à induction sous vide 'pour alliages dentaires', 1 800 °C, creuset 8 l, 60 kW, 1 pc", "FR", 2400, 1,
         310000, "EUR",
         "dental casting melts grams; a vacuum induction furnace with an 8 l crucible at 60 kW is nuclear-class "
         "(2B227), to a Belgrade trader, a known route to Russia; French wording",
         {"importer_name": "Optika Trade DOO Beograd", "importer_country": "RS"}),
        ("STR-09", "import", "ESSEA01", "sea", "IN", ["GR"], "ES", "271019",
         "Gasóleo ULSD 10 ppm, origen India, trasbordo buque a buque frente a Laconia, 30.000 t", "IN", 30000000,
         None, 22000000, "USD",
         "a cargo topped up ship-to-ship off Laconia, a known transfer point for Russian cargoes, is not a "
         "straight Indian refinery lot: Russian-origin diesel (Regulation 833/2014) with an Indian origin; Spanish "
         "wording", firm("Combustibles Atlántico Trading SL", "ES")),
        ("STR-10", "export", "NLSEA01", "sea", "NL", [], "PK", "282710",
         "Ammonium chloride technical, NH4ClO4, 99 %, 25 kg drums, 20 t", "NL", 20000, 800, 60000, "EUR",
         "NH4ClO4 is ammonium perchlorate, a solid rocket propellant oxidiser (dual-use 1C111), not ammonium "
         "chloride (NH4Cl), at six times its price, to a trader",
         {"importer_name": "Karachi Chem Traders", "importer_country": "PK"}),
    ],
    "wildlife": [
        ("WLD-01", "transit", "BEAIR01", "air", "NG", ["BE"], "VN", "051199",
         "Dried fish scales, 穿山甲 (chuan shan jia), for traditional medicine, 180 kg", "NG", 180, None, 1800,
         "USD",
         "穿山甲 is pangolin; pangolin scales (Appendix I) as fish scales, Nigeria to Vietnam in transit; Chinese "
         "wording", {"importer_name": "Hai Phong Duoc Lieu Co.", "importer_country": "VN"}),
        ("WLD-02", "export", "ESAIR01", "air", "ES", [], "HK", "030571",
         "Aletas de tiburón secas, mezcla, incl. cornuda (Sphyrna lewini), 400 kg", "ES", 400, None, 36000, "EUR",
         "scalloped hammerhead (Sphyrna lewini) is Appendix II; a mixed lot naming it travels without an export "
         "permit; Spanish wording",
         {"importer_name": "Sheung Wan Dried Seafood Ltd", "importer_country": "HK"}),
        ("WLD-03", "import", "PTAIR01", "express", "GH", [], "PT", "040711",
         "Ovos férteis de galinha, 40 unid., 0,8 kg, em incubadora portátil", "GH", 0.8, 40, 3000, "USD",
         "hen eggs cost cents and weigh 60 g; 40 fertile eggs of 20 g at 75 USD each in a portable incubator are "
         "parrot eggs (African grey, Appendix I); Portuguese wording",
         person("Sr. R. Costa", "PT")),
        ("WLD-04", "import", "DEAIR01", "express", "BR", [], "DE", "440799",
         "Tonholz-Sets für Gitarren, Boden und Zargen, Jacaranda da Bahia, 20 Sätze", "BR", 40, 20, 12000, "USD",
         "Jacaranda da Bahia is Brazilian rosewood (Dalbergia nigra, Appendix I): no commercial trade without "
         "pre-Convention proof; German and Portuguese wording",
         person("Herr J. Richter", "DE")),
        ("WLD-05", "import", "FRAIR01", "express", "LA", ["AE"], "FR", "121190",
         "عود / bois d'oud, copeaux pour encens, qualité supérieure, 5 kg", "LA", 5, None, 15000, "EUR",
         "oud is agarwood (Aquilaria, Appendix II) at 3,000 EUR/kg, without a CITES permit; Arabic and French "
         "wording", dict(person("M. K. Haddad", "FR"),
                        _more_items=[item("330129", "دهن العود / huile d'oud pure, 12 ml, 20 flacons", "LA", 0.5,
                                          4000, "EUR", 20)])),
        ("WLD-06", "import", "ROROAD01", "road", "RS", [], "RO", "160432",
         "Icre de somon, negre, bob 3 mm, conserve 50 g, 200 buc.", "RS", 10, 200, 6000, "EUR",
         "salmon roe is orange and 5 mm; black 3 mm grains at 600 EUR/kg are sturgeon caviar (Appendix II), "
         "labelled as salmon roe, likely wild Danube poaching; Romanian wording",
         firm("Delta Gourmet SRL", "RO")),
        ("WLD-07", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "030559",
         "Snacks de pescado seco, caballitos de mar, 60 kg", "PE", 60, None, 9000, "USD",
         "caballitos de mar are seahorses (Hippocampus, Appendix II; Peru bans their export), at 150 USD/kg as "
         "dried fish snacks; Spanish wording",
         {"importer_name": "Ko Shing Medicinal Trading", "importer_country": "HK"}),
        ("WLD-08", "import", "ITAIR01", "air", "ZA", [], "IT", "060290",
         "Bulbi ornamentali (Encephalartos), 3 tronchi, 150 kg", "ZA", 150, 3, 4500, "USD",
         "Encephalartos are cycads (Appendix I) and a 50 kg 'bulb' is a wild-dug cycad stem; Italian wording",
         {"importer_name": "Vivai Esotici Liguria Srl", "importer_country": "IT"}),
        ("WLD-09", "import", "ITSEA01", "sea", "ID", [], "IT", "410799",
         "Cuoio bovino stampato effetto serpente, pelli 4 m, larghezza ventrale 40 cm, squame, 300 pz", "ID", 900,
         300, 45000, "USD",
         "cattle hides are not 4 m long nor scaled: these are reticulated python skins (Appendix II) as embossed "
         "cowhide; Italian wording",
         firm("Conceria Arno Srl", "IT")),
        ("WLD-10", "transit", "ESAIR01", "air", "EC", ["ES"], "HK", "030812",
         "Pepino de mar seco, Galápagos, 'Isostichopus', 40 kg", "EC", 40, None, 16000, "USD",
         "Isostichopus fuscus is Appendix III for Ecuador, whose Galápagos fishery is closed; 40 kg at 400 USD/kg "
         "routed through Madrid to Hong Kong; Spanish wording",
         {"importer_name": "Des Voeux Marine Products Ltd", "importer_country": "HK"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SESEA01", "sea", "NO", "SE", "310230",
     "Ammonium nitrate, porous prills, explosive grade, for an emulsion plant, 24 t", "NO", 24000, None, 12000, "EUR",
     [("PRECURSOR_LICENCE", "SE-MSB-29-0014")], "low-density AN to a licensed mining-explosives maker"),
    ("PRM-02", "precursors", "import", "ATROAD01", "road", "DE", "AT", "284700",
     "Hydrogen peroxide 35 %, for aseptic packaging sterilisation, IBC 1,000 l, 4 pcs", "DE", 4400, 4, 3500, "EUR",
     [("PRECURSOR_LICENCE", "AT-BMI-29-0102")], "35 % peroxide to a juice packer's aseptic line, licensed"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "854911",
     "Spent lead-acid batteries, drained, on wrapped pallets, for secondary lead smelting, 20 t", "NL", 20000, None,
     9000, "EUR", [("BASEL_CONSENT", "NL-ILT-29-0231")], "notified ULAB to a permitted Korean smelter"),
    ("PRM-04", "waste", "export", "DEROAD01", "road", "DE", "CZ", "262190",
     "Flue-gas cleaning residue from waste incineration, for salt-mine backfill, 24 t", "DE", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-29-0044")], "notified APC residue to a licensed backfill operator"),
    ("PRM-05", "ozone", "import", "FRSEA01", "sea", "US", "FR", "382762",
     "R-410A, refillable cylinders 926 l, for service of existing equipment, 4 pcs", "US", 3600, 4, 54000, "USD",
     [("FGAS_QUOTA", "FR-MTE-FG-29-0033")], "R-410A within the importer's quota"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290379",
     "Halon 1301, recovered and reclaimed, for aircraft fire suppression (critical use), 4 cylinders", "US", 200, 4,
     12000, "USD", [("ODS_LICENCE", "DE-UBA-ODS-29-0007")], "reclaimed halon for an aviation critical use, licensed"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970121",
     "Oil on canvas, French school, 1870, with export certificate, 1 pc", "FR", 15, 1, 220000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-29-0419")], "a 19th-century painting with its export certificate"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970400",
     "Autograph letters, 18th century, ex private collection, 1 folder", "DE", 2, 1, 38000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-BKM-29-0098")], "an old-collection archive lot with its certificate"),
    ("PRM-09", "strategic", "export", "ATAIR01", "air", "AT", "JP", "722830",
     "Maraging steel 300 bars, for aircraft landing-gear parts, 1 t", "AT", 1000, None, 36000, "EUR",
     [("EXPORT_LICENCE", "AT-BMAW-29-0211"), ("END_USER_CERTIFICATE", "JP-METI-EUC-29-0033")],
     "maraging steel to a Japanese landing-gear maker under licence"),
    ("PRM-10", "strategic", "export", "BESEA01", "sea", "BE", "US", "293190",
     "Dimethyl methylphosphonate (DMMP), flame retardant, ISO tank, 16 t", "BE", 16000, None, 56000, "EUR",
     [("EXPORT_LICENCE", "BE-FOD-29-0071"), ("END_USER_CERTIFICATE", "US-EUC-29-0410")],
     "Schedule 2 DMMP to a US polyurethane maker under licence"),
    ("PRM-11", "wildlife", "import", "ITSEA01", "sea", "MY", "IT", "410799",
     "Reticulated python skins, tanned, farmed, 200 pcs", "MY", 600, 200, 52000, "USD",
     [("CITES_PERMIT", "MY-CITES-29-0087")], "python skins to an Italian tannery with a CITES permit"),
    ("PRM-12", "wildlife", "import", "GBAIR01", "air", "IN", "GB", "440799",
     "Indian rosewood (Dalbergia latifolia) guitar sets, plantation, 40 sets", "IN", 80, 40, 6000, "USD",
     [("CITES_PERMIT", "IN-CITES-29-0142")], "Indian rosewood tonewood with its export permit, to a luthier firm"),
]

CONSIGNEES = {
    "PRM-01": "Forcit Sverige AB", "PRM-02": "Alpen Saft Abfüll GmbH", "PRM-03": "Korea Zinc Onsan Co.",
    "PRM-04": "GTS Untertage s.r.o.", "PRM-05": "Froid Services Lyon SAS", "PRM-06": "Lufthansa Technik AG",
    "PRM-07": "Mr D. Whitman", "PRM-08": "Autographen Galerie Basel AG", "PRM-09": "Sumitomo Precision Gear KK",
    "PRM-10": "Delaware Foam Chemicals Inc.", "PRM-11": "Conceria del Chiampo SpA", "PRM-12": "Brookwood Guitars Ltd",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Goods that go by post or express go only so, with parcel masses.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390110", "LDPE film grade, prime, 25 kg bags", "import", ["sea"], ["SA", "QA"], (1.2, 1.5), (20000, 24000), ["USD"], None, S),
    ("390761", "PET bottle-grade resin, prime, IV 0.80", "import", ["sea"], ["CN", "KR"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("391590", "Washed PET flakes, clear, food-contact approved, hot-washed", "import", ["road"], ["CH", "NO"], (0.9, 1.2), (18000, 22000), ["EUR"], None, S),
    ("850710", "New lead-acid car batteries 12 V 70 Ah, boxed", "import", ["sea"], ["KR", "TR"], (3, 4.5), (15000, 20000), ["USD", "EUR"], 0.055, S),
    ("847330", "Refurbished laptop mainboards, tested, ESD-packed, with test report", "import", ["sea", "air"], ["US", "TW"], (40, 80), (500, 2000), ["USD"], 1.5, S),
    ("401220", "Used truck tyre casings, graded for retreading, stacked", "import", ["road"], ["CH", "NO"], (1.0, 1.6), (15000, 20000), ["EUR"], 0.017, S),
    ("700100", "Clear container-glass cullet, furnace-ready, colour-sorted", "import", ["road"], ["CH"], (0.06, 0.1), (20000, 24000), ["EUR"], None, S),
    ("262190", "Coal fly ash, EN 450-1, for concrete", "import", ["sea"], ["TR", "MA"], (0.03, 0.06), (22000, 26000), ["EUR", "USD"], None, S),
    ("271019", "Marine gasoil DMA, ISO 8217, bunker delivery note", "import", ["sea"], ["NO", "US"], (0.7, 0.9), (20000, 25000), ["USD"], None, S),
    ("310420", "Potassium chloride 60 % K2O, granular, fertiliser", "import", ["sea"], ["CA", "IL"], (0.3, 0.45), (22000, 26000), ["USD"], None, S),
    ("250100", "De-icing road salt, rock salt, bulk", "import", ["sea"], ["EG", "MA"], (0.06, 0.1), (22000, 26000), ["USD", "EUR"], None, S),
    ("360690", "Camping fuel tablets, hexamine, blister packs, retail", "import", ["post", "express"], ["GB", "US"], (12, 20), (1, 3), ["GBP", "USD"], 20, S),
    ("291411", "Acetone, technical, 200 l drums, to a coatings maker", "import", ["sea"], ["US", "KR"], (0.9, 1.2), (15000, 20000), ["USD"], None, S),
    ("280800", "Nitric acid 2 %, gold-testing kit, 3 x 10 ml", "import", ["post"], ["GB", "US"], (60, 120), (1, 2), ["GBP", "USD"], 5, S),
    ("760320", "Aluminium paste pigment, leafing, 65 % in mineral spirits", "import", ["sea"], ["CN", "IN"], (4, 6), (3000, 8000), ["USD"], None, S),
    ("560749", "Polypropylene braided rope 10 mm, reels", "import", ["sea"], ["CN", "IN"], (2, 3), (5000, 12000), ["USD"], None, S),
    ("854390", "Electronic timer modules for irrigation controllers", "import", ["sea"], ["CN", "TW"], (25, 45), (500, 2000), ["USD"], 10, S),
    ("381400", "Electronics cleaning solvent, isopropanol-based, 400 ml aerosols", "import", ["road"], ["TR", "PL"], (4, 6), (3000, 8000), ["EUR"], 2.5, S),
    ("382769", "R-454B refrigerant (R-32/R-1234yf), refillable cylinders, within quota", "import", ["sea"], ["US", "JP"], (25, 40), (3000, 8000), ["USD"], None, S),
    ("290351", "R-1234yf, branded, 5 kg returnable cylinders, to a car dealer network", "import", ["sea"], ["US", "JP"], (60, 90), (1500, 4000), ["USD"], 0.2, S),
    ("271113", "Isobutane R-600a, 6 kg cylinders, class 2.1", "import", ["sea"], ["CN", "KR"], (3, 5), (3000, 8000), ["USD"], None, S),
    ("300490", "Salbutamol inhalers, HFA propellant, packaged", "import", ["air"], ["IN", "GB"], (40, 80), (300, 1500), ["USD", "GBP"], 12, S),
    ("842410", "Fire extinguishers, ABC powder 6 kg, new", "import", ["road"], ["TR", "PL"], (3, 5), (5000, 10000), ["EUR"], 0.1, S),
    ("390729", "Polyether polyol, pentane-blown system, drums", "import", ["sea"], ["KR", "US"], (1.6, 2.3), (15000, 20000), ["USD"], None, S),
    ("780600", "Lead fishing sinkers, new, assorted, retail packs", "import", ["post", "express"], ["GB", "US"], (8, 15), (1, 4), ["GBP", "USD"], 60, S),
    ("691200", "Blue-and-white porcelain bowls, new, boxed", "import", ["sea"], ["CN", "VN"], (2, 4), (5000, 12000), ["USD"], 3, S),
    ("681099", "Concrete garden statues, cast, new", "import", ["road"], ["PL", "CZ"], (0.8, 1.5), (5000, 15000), ["EUR"], 0.03, S),
    ("490199", "Facsimile editions of manuscripts, new, boxed", "import", ["post", "express"], ["GB", "US"], (40, 90), (1, 5), ["GBP", "USD"], 0.5, S),
    ("830629", "Brass decorative vessels, new, handicraft", "import", ["sea"], ["IN"], (6, 10), (2000, 6000), ["USD"], 2, S),
    ("441231", "Birch plywood, Finnish, with origin certificate", "import", ["sea", "road"], ["FI"], (0.9, 1.3), (18000, 24000), ["EUR"], None, S),
    ("722830", "Tool steel bars, hot-work 1.2344", "import", ["sea"], ["KR", "CN"], (3, 5), (10000, 20000), ["USD"], None, S),
    ("030559", "Dried anchovies, for snacks, retail", "import", ["sea"], ["KR", "TH"], (6, 10), (5000, 12000), ["USD"], None, S),
    ("160432", "Lumpfish roe, black-dyed, 50 g jars", "import", ["road", "sea"], ["IS", "DK"], (18, 28), (1000, 4000), ["EUR"], 20, S),
    ("621420", "Pashmina shawls, cashmere, machine-made", "import", ["sea", "air"], ["IN", "NP"], (120, 200), (200, 800), ["USD"], 5, S),
    ("121190", "Oud fragrance oil, synthetic, 12 ml bottles", "import", ["post", "express"], ["AE"], (80, 150), (1, 3), ["USD", "AED"], 30, S),
    # everyday trade
    ("080510", "Oranges, fresh", "import", ["sea", "road"], ["EG", "ZA", "MA"], (0.6, 0.9), (18000, 22000), ["EUR", "USD"], None, N),
    ("080440", "Avocados, fresh", "import", ["sea"], ["PE", "KE", "CL"], (2.0, 3.0), (18000, 22000), ["USD"], None, N),
    ("081010", "Strawberries, fresh", "import", ["road", "air"], ["MA", "EG"], (2.5, 4.5), (2000, 12000), ["EUR"], None, N),
    ("070310", "Onions, fresh", "export", ["sea", "road"], ["SN", "CI", "RS"], (0.25, 0.4), (20000, 26000), ["EUR"], None, N),
    ("071080", "Frozen mixed vegetables", "import", ["sea"], ["CN", "PE"], (1.0, 1.5), (18000, 22000), ["USD"], None, N),
    ("080221", "Hazelnuts, in shell", "import", ["road", "sea"], ["TR", "GE"], (3.5, 5), (15000, 20000), ["EUR", "USD"], None, N),
    ("080132", "Cashew nuts, shelled", "import", ["sea"], ["VN", "IN", "CI"], (6, 8), (15000, 18000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["LK", "KE", "IN"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("100199", "Milling wheat", "export", ["sea"], ["EG", "DZ", "MA"], (0.22, 0.3), (24000, 26000), ["EUR", "USD"], None, N),
    ("110100", "Wheat flour, 25 kg bags", "export", ["sea", "road"], ["LY", "RS", "GH"], (0.35, 0.5), (20000, 24000), ["EUR"], None, N),
    ("120190", "Soya beans", "import", ["sea"], ["BR", "US"], (0.45, 0.6), (24000, 26000), ["USD"], None, N),
    ("150710", "Crude soya-bean oil", "import", ["sea"], ["AR", "BR"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "TH", "PH"], (4, 6), (15000, 20000), ["USD"], 5, N),
    ("030441", "Frozen salmon fillets", "import", ["road", "sea"], ["NO", "FO"], (9, 13), (15000, 20000), ["EUR", "NOK"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road", "sea"], ["CH", "US", "JP"], (8, 14), (10000, 18000), ["EUR"], None, N),
    ("180632", "Chocolate bars, filled", "export", ["road", "sea"], ["GB", "NO", "US"], (5, 8), (8000, 16000), ["EUR"], 10, N),
    ("190531", "Sweet biscuits", "import", ["road"], ["TR", "RS"], (2, 3), (10000, 18000), ["EUR"], None, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR"], (2.2, 3.0), (20000, 24000), ["USD"], None, N),
    ("220830", "Whisky, bottled", "import", ["sea", "road"], ["GB"], (12, 25), (8000, 16000), ["GBP"], 1.1, N),
    ("220210", "Soft drinks, canned", "import", ["road"], ["TR", "RS"], (0.5, 0.8), (18000, 22000), ["EUR"], None, N),
    ("240220", "Cigarettes, duty-paid brand, under excise", "import", ["road"], ["CH"], (40, 70), (2000, 6000), ["CHF", "EUR"], None, N),
    ("252329", "Portland cement, bagged", "import", ["sea", "road"], ["TR", "EG"], (0.08, 0.12), (24000, 26000), ["EUR", "USD"], None, N),
    ("270112", "Bituminous coal, steam", "import", ["sea"], ["CO", "US", "ZA"], (0.1, 0.15), (24000, 26000), ["USD"], None, N),
    ("281511", "Caustic soda flakes", "import", ["sea"], ["CN", "US"], (0.45, 0.65), (20000, 24000), ["USD"], None, N),
    ("300215", "Vaccines, packaged, cold chain", "import", ["air"], ["US", "IN", "CH"], (200, 600), (100, 800), ["USD", "CHF"], None, N),
    ("330499", "Face creams, retail jars", "import", ["post", "express"], ["KR", "US", "GB"], (30, 60), (1, 4), ["USD", "GBP"], 5, N),
    ("330300", "Perfumes, eau de parfum", "import", ["post", "express"], ["AE", "US", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 6, N),
    ("340250", "Laundry detergent, retail", "import", ["road"], ["TR", "PL"], (1.0, 1.6), (15000, 20000), ["EUR"], None, N),
    ("392410", "Plastic kitchenware", "import", ["sea"], ["CN", "TR"], (2.5, 4), (5000, 10000), ["USD", "EUR"], 4, N),
    ("392690", "Plastic phone cases", "import", ["post", "express"], ["CN"], (10, 25), (1, 3), ["USD"], 20, N),
    ("401120", "Truck tyres, new, radial", "import", ["sea"], ["CN", "TH"], (2.5, 3.5), (18000, 24000), ["USD"], 0.015, N),
    ("420222", "Handbags, textile", "import", ["sea", "road"], ["CN", "TR"], (8, 15), (3000, 8000), ["USD", "EUR"], 2, N),
    ("420292", "Backpacks and travel bags", "import", ["post", "express"], ["CN", "VN"], (12, 25), (1, 5), ["USD"], 1, N),
    ("441819", "Wooden windows, PVC-clad", "export", ["road"], ["CH", "NO"], (5, 8), (4000, 10000), ["EUR"], None, N),
    ("481910", "Corrugated boxes, flat-packed", "import", ["road"], ["PL", "CZ"], (0.8, 1.2), (10000, 18000), ["EUR"], None, N),
    ("490300", "Children's picture books", "import", ["post", "express"], ["GB", "US"], (10, 20), (1, 4), ["GBP", "USD"], 3, N),
    ("510529", "Combed wool tops", "import", ["sea"], ["AU", "UY"], (8, 12), (15000, 20000), ["USD", "AUD"], None, N),
    ("540233", "Polyester textured yarn", "import", ["sea"], ["CN", "IN"], (1.3, 1.8), (18000, 22000), ["USD"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "TR", "IN"], (7, 12), (5000, 12000), ["USD", "EUR"], 5, N),
    ("611596", "Socks, synthetic, knitted", "import", ["post", "express"], ["CN", "TR"], (8, 15), (1, 3), ["USD", "EUR"], 20, N),
    ("620342", "Men's cotton jeans", "import", ["sea"], ["BD", "PK", "TR"], (7, 11), (5000, 10000), ["USD"], 1.6, N),
    ("630260", "Terry towels, cotton", "import", ["sea"], ["PK", "TR", "IN"], (4, 6), (10000, 16000), ["USD"], 3, N),
    ("640299", "Plastic sandals", "import", ["sea"], ["CN", "VN"], (3, 5), (5000, 10000), ["USD"], 3, N),
    ("690721", "Porcelain floor tiles", "import", ["sea", "road"], ["IN", "ES", "TR"], (0.4, 0.7), (20000, 25000), ["USD", "EUR"], None, N),
    ("701090", "Glass jars, empty, for food", "import", ["road"], ["PL", "TR"], (0.6, 1.0), (15000, 20000), ["EUR"], None, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["KR", "IN", "TR"], (0.8, 1.0), (22000, 26000), ["USD"], None, N),
    ("730630", "Welded steel tubes", "import", ["sea", "road"], ["TR", "UA"], (0.8, 1.2), (20000, 24000), ["EUR", "USD"], None, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (4, 7), (5000, 10000), ["USD"], 1, N),
    ("761010", "Aluminium windows and door frames", "export", ["road"], ["CH", "NO"], (6, 9), (3000, 8000), ["EUR"], None, N),
    ("841510", "Split air conditioners, R-32, wall units", "import", ["sea"], ["CN", "TH"], (5, 7), (8000, 14000), ["USD"], 0.025, N),
    ("841810", "Fridge-freezers, R-600a, household", "import", ["sea"], ["TR", "CN"], (2.8, 4), (10000, 15000), ["EUR", "USD"], 0.014, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "PL"], (3, 4.5), (12000, 18000), ["EUR"], 0.014, N),
    ("847150", "Desktop computers, new", "import", ["sea", "air"], ["CN", "TW"], (25, 45), (2000, 6000), ["USD"], 0.12, N),
    ("851713", "Smartphones, new", "import", ["post", "express"], ["CN", "HK"], (400, 900), (1, 2), ["USD"], 5, N),
    ("852872", "LED television sets, new", "import", ["sea"], ["CN", "PL", "KR"], (15, 25), (8000, 14000), ["USD", "EUR"], 0.07, N),
    ("870899", "Car parts, suspension, new", "import", ["sea", "road"], ["CN", "TR"], (3, 6), (5000, 12000), ["USD", "EUR"], None, N),
    ("871200", "Bicycles, new", "import", ["sea"], ["TW", "KH"], (12, 20), (5000, 10000), ["USD"], 0.07, N),
    ("900311", "Spectacle frames, plastic", "import", ["post", "express"], ["CN", "IT"], (100, 250), (1, 2), ["USD", "EUR"], 25, N),
    ("901890", "Medical instruments, surgical, new", "import", ["air"], ["US", "PK", "DE"], (60, 150), (100, 600), ["USD"], None, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea", "road"], ["VN", "PL"], (3, 5), (5000, 10000), ["USD", "EUR"], 0.12, N),
    ("940429", "Mattresses, foam", "import", ["road"], ["PL", "TR"], (2.5, 4), (5000, 10000), ["EUR"], 0.05, N),
    ("950300", "Toys, plastic, assorted", "import", ["sea"], ["CN", "VN"], (4, 8), (5000, 12000), ["USD"], 5, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (6, 10), (3000, 6000), ["USD"], 2.5, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN", "IN"], (4, 7), (3000, 6000), ["USD"], 50, N),
    ("961700", "Vacuum flasks", "import", ["post", "express"], ["CN"], (10, 20), (1, 4), ["USD"], 2, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind17", 20290101, HERE)


if __name__ == "__main__":
    main()
