#!/usr/bin/env python3
"""Writes the twenty-sixth blind set (tests/risk/data/blind26-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated July - August 2030, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-four profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 to blind22, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcels by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. In the ordinary table, goods that
travel by post or express travel only so, with parcel masses, and no partner is an EU
member. Goods that need a permit, licence or quota document by law are in the permitted
rows only, with that document. Ids are BL26-*:

    python3 tests/risk/data/make_blind26_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2030, 7, 1)
base.DAYS = 62  # 1 July to 31 August 2030
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


def importer(name, country):
    """A named importer that is not given as consignee."""
    return {"importer_name": name, "importer_country": country}


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRAIR01", "express", "TR", [], "FR", "360330",
         "Amorces n° 8 pour pistolet d'alarme, douille aluminium, fils 2 m, 200 pcs", "TR", 2, 200, 160, "EUR",
         "alarm-pistol caps are paper or plastic strips; a 'No. 8' aluminium shell with 2 m leg wires is a No. 8 "
         "electric blasting cap (detonator), under the percussion-caps subheading to a private person; French wording",
         person("M. S. Kaya", "FR")),
        ("PRE-02", "import", "FRAIR01", "post", "MA", [], "FR", "310230",
         "Engrais pour orchidées, nitrate d'ammonium 34 % N, sachets 5 kg, 4 pcs", "MA", 20, 4, 40, "EUR",
         "orchid feeds are diluted liquids or 20-20-20 salts sold in 250 g; 20 kg of straight ammonium nitrate "
         "(Annex I) by post to a private address; French wording", person("M. Y. Haddad", "FR")),
        ("PRE-03", "import", "ESROAD01", "road", "MA", [], "ES", "282911",
         "Herbicida total para fincas, clorato sódico 98 %, sacos 25 kg, 20 sacos", "MA", 500, 20, 600, "EUR",
         "sodium chlorate weedkillers have been banned in the EU since 2009; half a tonne of 98 % chlorate "
         "(Annex I) by van to a private person's finca; Spanish wording", person("Sr. A. Benítez", "ES")),
        ("PRE-04", "import", "NLAIR01", "express", "TR", [], "NL", "280700",
         "Ontstopper gootsteen, zwavelzuur 96 %, flessen 1 l, 30 st.", "TR", 55, 30, 120, "EUR",
         "drain cleaner sold to the public in the EU is at most 15 % sulphuric acid; 30 l of 96 % acid (Annex I) by "
         "express to a private address; Dutch wording", person("Dhr. B. Yilmaz", "NL")),
        ("PRE-05", "transit", "BGROAD01", "road", "TR", ["BG", "MK"], "XK", "820713",
         "Gesteinsbohrkronen 45 mm, Hartmetall", "CN", 60, 200, 1800, "EUR",
         "'surface connectors with 17/25/42 ms delay' are non-electric detonators (with the bits and tape that cover "
         "them) in transit as building accessories to a general trader, no explosives licence; German and English "
         "wording",
         {"importer_name": "Dardania Ndërtim Sh.p.k.", "importer_country": "XK",
          "_more_items": [item("391731", "Surface connectors for blasting lines, with delay element 17/25/42 ms, "
                                         "shock tube 6 m, 1,200 pcs", "CN", 95, 1800, "EUR", 1200),
                          item("391910", "Klebeband PVC 50 mm, 100 Rollen", "CN", 40, 120, "EUR", 100)]}),
        ("PRE-06", "import", "GRSEA01", "sea", "EG", [], "GR", "310230",
         "Λίπασμα νιτρικής αμμωνίας 34,4 % N, porous prill (low density), σάκοι 1 t, 24 t", "EG", 24000, 24, 7900,
         "USD",
         "porous low-density prill is the explosive grade of ammonium nitrate (for ANFO), not a fertiliser; 24 t to "
         "a trading firm founded this year, with no farm or quarry named; Greek wording",
         firm("Nea Agrotiki Emporiki IKE", "GR")),
        ("PRE-07", "import", "PLAIR01", "post", "CN", [], "PL", "760310",
         "Pigment metaliczny do farb, stop magnez-aluminium (magnalium), proszek 200 mesh, 10 kg", "CN", 10, 1, 70,
         "USD",
         "paint pigments are lamellar aluminium pastes; magnalium powder at 200 mesh (Annex II, < 200 µm) is a "
         "pyrotechnic fuel, sent by post to a private person; Polish wording", person("Pan K. Wiśniewski", "PL")),
        ("PRE-08", "import", "ESAIR01", "express", "CN", [], "ES", "292129",
         "Conservante alimentario E239 (hexamina) polvo 99 %, 5 kg", "CN", 5, 1, 25, "USD",
         "hexamine (E239) is authorised only for provolone cheese; with 30 % peroxide and citric acid in the same "
         "parcel to a private person it is the set for HMTD; Spanish wording",
         {"consignee_name": "Particular", "importer_country": "ES",
          "_more_items": [item("284700", "Peróxido de hidrógeno 30 %, garrafas 5 l, 2 uds", "CN", 11, 18, "USD", 2),
                          item("291814", "Ácido cítrico anhidro, 5 kg", "CN", 5, 9, "USD")]}),
        ("PRE-09", "import", "CZAIR01", "air", "IN", [], "CZ", "292090",
         "Pentaerythritol tetranitrate (PETN) 99 %, API, undiluted, 25 kg drum", "IN", 25, 1, 900, "USD",
         "pharmaceutical PETN is supplied diluted with lactose (at most 20 %); 25 kg of undiluted 99 % PETN is a "
         "high explosive, to a private person, not a pharmaceutical maker",
         person("Soukromá osoba", "CZ")),
        ("PRE-10", "import", "ATAIR01", "express", "CN", [], "AT", "282990",
         "Natriumperchlorat Monohydrat 99 %, Elektrolytsalz für Galvanik-Hobby, 4 x 5 kg", "CN", 20, 4, 110, "USD",
         "hobby electroplating does not use perchlorate electrolytes in 20 kg lots; sodium perchlorate (Annex I, "
         "limit 40 %) by express to a private person; German wording", person("Privatperson", "AT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "VN", "391590",
         "Polyolefine agglomeraat 3 mm, gemengd, MFI onbekend, bevat 8 % papier en metaal, 25 t", "NL", 25000, None,
         1250, "EUR",
         "an agglomerate of mixed polyolefins with 8 % paper and metal at 0.05 EUR/kg is post-consumer mixed "
         "plastic waste (Y48), not a B3011 single-polymer grade; Dutch wording",
         {"importer_name": "Hai Phong Nhua Tai Che Co.", "importer_country": "VN"}),
        ("WST-02", "export", "NLSEA01", "sea", "NL", [], "NG", "381300",
         "Blusschuimconcentraat AFFF 3 %, verlopen voorraad, voor hergebruik, IBC 1.000 l, 18 st.", "NL", 18500, 18,
         900, "EUR",
         "expired AFFF withdrawn from EU sites carries PFOS/PFOA (POPs, restricted since 2023-2025) and is a "
         "hazardous waste for destruction; 'for reuse' at 0.05 EUR/kg to Lagos; Dutch wording",
         {"importer_name": "Lekki Fire Safety Services Ltd", "importer_country": "NG"}),
        ("WST-03", "export", "ESSEA01", "sea", "ES", [], "MA", "380210",
         "Carbón activo granular, reactivable, usado en depuradora industrial, húmedo, big bags, 16 t", "ES", 16000,
         None, 480, "EUR",
         "activated carbon costs 1.5-3 EUR/kg; 'used, wet, from an industrial treatment plant' at 0.03 EUR/kg is "
         "spent carbon loaded with adsorbed organics (hazardous, Y18/Y6) shipped as a product; Spanish wording",
         {"importer_name": "Société Atlas Filtration SARL", "importer_country": "MA"}),
        ("WST-04", "export", "NLSEA01", "sea", "NL", [], "BD", "890190",
         "General cargo vessel, built 1989, 6,800 LDT, for further trading, one voyage", "NL", 6800000, 1, 3400000,
         "USD",
         "a 41-year-old ship sold at 500 USD per light tonne to a cash buyer with Chattogram as destination is a "
         "ship for breaking on a beach (hazardous waste under Basel), declared for further trading",
         {"importer_name": "Ocean Link Shipholding Ltd", "importer_country": "BD"}),
        ("WST-05", "export", "DESEA01", "sea", "DE", [], "ID", "470790",
         "Altpapier gemischt 1.02, Ballen, Fremdstoffanteil ca. 12 % (Kunststoff), 24 t", "DE", 24000, None, 720,
         "EUR",
         "paper for recycling carries at most 1-2 % prohibitives; 12 % plastic makes the bales a mixed waste (Y48) "
         "that Indonesia sends back; German wording",
         {"importer_name": "PT Kertas Jaya Surabaya", "importer_country": "ID"}),
        ("WST-06", "export", "FRSEA01", "sea", "FR", [], "IN", "284329",
         "Solution de thiosulfate d'argent, bains photographiques et radiologiques usagés, Ag 3 g/l, fûts 200 l, 60 pcs",
         "FR", 12600, 60, 1900, "EUR",
         "silver compounds are traded as salts, not as 3 g/l solutions; used photographic and X-ray fixer baths are "
         "waste (Y16, A1170 family) for silver recovery, shipped without consent at 0.15 EUR/kg; French wording",
         {"importer_name": "Silverline Refiners Pvt Ltd", "importer_country": "IN"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "MY", "391520",
         "PS regrind, post-consumer EPS packaging, compacted blocks, dirty, with food residues, 20 t", "BE", 20000,
         None, 600, "EUR",
         "compacted post-consumer EPS blocks with food residues are contaminated plastic waste (Y48) needing prior "
         "consent, not a clean single-polymer regrind, at 0.03 EUR/kg to Port Klang",
         {"importer_name": "Klang Polymer Recycling Sdn Bhd", "importer_country": "MY"}),
        ("WST-08", "export", "FRSEA01", "sea", "FR", [], "TG", "847330",
         "Cartes mères et pièces détachées d'ordinateurs, en vrac, non testées, 8 t", "FR", 8000, None, 1600, "EUR",
         "untested boards 'in bulk' at 0.20 EUR/kg are shredded-bound e-waste (A1180); spare parts for reuse are "
         "tested, graded and packed; French wording",
         {"importer_name": "Lomé Informatique Sarl", "importer_country": "TG"}),
        ("WST-09", "export", "PLROAD01", "road", "PL", [], "UA", "400400",
         "Granulat gumowy SBR 1-3 mm, z oponami całymi i kordem stalowym, 20 t", "PL", 20000, None, 400, "EUR",
         "crumb rubber has no whole tyres and no steel cord; 'crumb' at 0.02 EUR/kg is tyre waste for fuel in "
         "kilns; Polish wording", {"importer_name": "TOV Energoresurs", "importer_country": "UA"}),
        ("WST-10", "export", "NLSEA01", "sea", "NL", [], "GB", "271500",
         "Asfaltgranulaat 0/16, teerhoudend, PAK 10 VROM > 800 mg/kg, bulk, 2.800 t", "NL", 2800000, None, 8400,
         "EUR",
         "asphalt granulate with PAH (10 VROM) above 75 mg/kg is tar-containing asphalt, a hazardous waste for "
         "thermal treatment, shipped as a road material at 0.003 EUR/kg; Dutch wording",
         {"importer_name": "Thames Aggregates Ltd", "importer_country": "GB"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLROAD01", "road", "UA", [], "PL", "382769",
         "Czynnik chłodniczy R-438A (zamiennik R-22), butle jednorazowe 11,3 kg, 400 szt.", "CN", 4520, 400, 18000,
         "USD",
         "non-refillable refrigerant cylinders have been banned in the EU since 2007, and an 'R-22 replacement' "
         "bought at half the quota-era price is how HCFC stock travels; no quota document; Polish wording",
         firm("Chłodnictwo Wschód Sp. z o.o.", "PL")),
        ("OZN-02", "import", "PTAIR01", "post", "US", [], "PT", "382769",
         "Kit de recarga de ar condicionado auto, R-134a com vedante, latas 500 g, 12 un.", "US", 6, 12, 180, "USD",
         "DIY recharge cans of HFC-134a may not be supplied to private persons (F-gas Regulation 2024/573); "
         "12 cans by post to a private address; Portuguese wording", person("Sr. R. Costa", "PT")),
        ("OZN-03", "import", "GRSEA01", "sea", "EG", [], "GR", "382790",
         "Ψυκτικό μέσο R-502 για παλαιούς ψυκτικούς θαλάμους, φιάλες 13,6 kg, 120 τεμ.", "CN", 1630, 120, 9800, "USD",
         "R-502 is a blend of HCFC-22 and CFC-115, banned in the EU; 1.6 t for 'old cold rooms' to a refrigeration "
         "dealer, under the n.e.c. mixtures subheading; Greek wording",
         firm("Psyktiki Aigaiou OE", "GR")),
        ("OZN-04", "import", "ITSEA01", "sea", "TR", [], "IT", "280440",
         "Gas di prova tenuta N2/H2 95/5, bombole 13,6 kg netto, 250 pz", "TR", 3400, 250, 6500, "EUR",
         "a 10 l forming-gas cylinder at 200 bar holds about 2 kg; 13.6 kg net per cylinder is a liquefied "
         "refrigerant (the R-404A / R-410A fill of a 12 l cylinder); Italian wording",
         firm("Frigotecnica Adriatica Srl", "IT")),
        ("OZN-05", "import", "NLSEA01", "sea", "CN", [], "NL", "290371",
         "Chlorodifluoromethane (HCFC-22), feedstock for fluoropolymer production, ISO tank, 18 t", "CN", 18000, None,
         41000, "USD",
         "feedstock HCFC-22 goes to a PTFE plant under licence; here the consignee is a Rotterdam trading company "
         "with no plant, and no ODS licence is declared", firm("Lowlands Chemical Trading BV", "NL")),
        ("OZN-06", "import", "FRSEA01", "sea", "CN", [], "FR", "920890",
         "Trompes de supporter (corne de brume) 300 ml, gaz HFC-134a, 6,000 pcs", "CN", 2100, 6000, 5400, "USD",
         "novelty aerosols with HFCs of GWP above 150 are banned; 6,000 air horns charged with HFC-134a are "
         "1.5 t CO2-e of unquota'd gas for the football season; French wording",
         importer("Animation Sport Diffusion", "FR")),
        ("OZN-07", "import", "ESSEA01", "sea", "CN", [], "ES", "290532",
         "Monopropilenglicol grado técnico, isotanque, UN 3159, 17 t", "CN", 17000, None, 19000, "USD",
         "UN 3159 is 1,1,1,2-tetrafluoroethane (R-134a), a liquefied gas that needs a pressure tank; propylene glycol "
         "is not dangerous goods: HFC in bulk as glycol; Spanish wording",
         firm("Químicas del Estrecho SL", "ES")),
        ("OZN-08", "import", "ITAIR01", "air", "CN", [], "IT", "381300",
         "Agente estinguente FE-13 per sale server, bombole 60 kg, 10 pz", "CN", 600, 10, 21000, "USD",
         "FE-13 is the trade name of HFC-23 (GWP 14,800), declared as a fire-extinguishing preparation with no "
         "quota document; Italian wording", firm("Sicurezza Datacenter Italia Srl", "IT")),
        ("OZN-09", "transit", "GRSEA01", "sea", "IN", ["GR"], "MK", "382499",
         "Expansion agent for cut tobacco (DIET process), trichlorofluoromethane, drums 250 kg, 40 pcs", "IN",
         10000, 40, 28000, "USD",
         "trichlorofluoromethane is CFC-11, whose tobacco-expansion use ended with the ban; 10 t in transit "
         "through Thessaloniki to a tobacco processor, under a preparations heading, no ODS licence",
         firm("Tutun Prerabotka DOOEL", "MK")),
        ("OZN-10", "import", "BEROAD01", "road", "GB", [], "BE", "841590",
         "Pièces détachées climatisation, kits de service préchargés, 80 pcs", "CN", 960, 80, 4800, "EUR",
         "'pre-charged service kits' of 12 kg each are refrigerant cylinders: 960 kg of R-410A with no quota "
         "authorisation, by van from Britain; French wording",
         firm("Clim Service Wallonie SRL", "BE")),
    ],
    "cultural": [
        ("CUL-01", "import", "BEAIR01", "air", "NG", [], "BE", "830629",
         "Plaque murale en laiton, artisanat nigérian, patine ancienne, provenance familiale, 1 pc", "NG", 14, 1, 18000,
         "USD",
         "a Nigerian 'brass handicraft' at 18,000 USD with an old patina and a family provenance is a cast Benin-"
         "style palace plaque; Nigeria bars the export of antiquities without an NCMM permit; French wording",
         firm("Galerie Sablon Arts Premiers", "BE")),
        ("CUL-02", "import", "FRAIR01", "express", "LB", [], "FR", "701399",
         "Verrerie décorative soufflée, petits flacons irisés, 18 pcs", "SY", 4, 18, 120, "USD",
         "small blown flasks with iridescent weathering, of Syrian origin shipped from Beirut, are Roman glass "
         "from tombs; modern decorative glass is neither irisée by burial nor Syrian; French wording",
         firm("Galerie Orient Antique", "FR")),
        ("CUL-03", "import", "DEAIR01", "air", "AE", [], "DE", "680990",
         "Plaster mannequin heads, decorative, weathered, Buddha style, 5 pcs", "PK", 12, 5, 1500, "USD",
         "weathered lime-plaster Buddha heads of Pakistani origin are Gandharan stucco heads (Hadda and Taxila "
         "type) from looted monasteries, routed through Dubai", firm("Asiatica Kunsthandel GmbH", "DE")),
        ("CUL-04", "export", "ITROAD01", "road", "IT", [], "CH", "680291",
         "Capitello da giardino usato, pietra calcarea scolpita con figure, stile romanico, 1 pz", "IT", 320, 1,
         800, "EUR",
         "a carved figured limestone capital is a Romanesque church element, leaving Italy at 800 EUR to a gallery "
         "in the Geneva free port with no export certificate; Italian wording",
         importer("Ports Francs Art Stock SA", "CH")),
        ("CUL-05", "import", "PLROAD01", "road", "UA", [], "PL", "740400",
         "Złom brązu, dzwon z napisem cyrylicą i datą 1742, 1 szt.", "UA", 180, 1, 1100, "EUR",
         "a bronze bell with a Cyrillic inscription and a date of 1742 is a church bell, cultural property of "
         "Ukraine (export under licence, and at war-time risk), declared as bronze scrap; Polish wording",
         firm("Metal-Złom Hrubieszów Sp. z o.o.", "PL")),
        ("CUL-06", "import", "ESAIR01", "post", "EC", [], "ES", "691390",
         "Figuras de cerámica estilo Jama-Coaque, con pátina de excavación, 6 pzs", "EC", 5, 6, 60, "USD",
         "'excavation patina' on Jama-Coaque figures from Ecuador is an admission: pre-Columbian grave goods "
         "(Ecuador bans their export), by post; Spanish wording", person("Sr. P. Navarro", "ES")),
        ("CUL-07", "import", "DEAIR01", "post", "TR", [], "DE", "470790",
         "Altpapier, handschriftlich, osmanisch, gebunden, 4 kg", "TR", 4, 1, 20, "EUR",
         "handwritten bound Ottoman registers are archival documents (Turkish state property); no one posts 4 kg "
         "of waste paper across a border; German wording", person("Herr E. Aydın", "DE")),
        ("CUL-08", "export", "PTSEA01", "sea", "PT", [], "BR", "441490",
         "Molduras usadas em madeira entalhada e dourada (talha), desmontadas, 34 peças", "PT", 420, 34, 2400, "EUR",
         "dismantled carved and gilded wood 'talha' is the baroque retable work of Portuguese churches, leaving "
         "as used frames without an export certificate; Portuguese wording",
         importer("Antiquário Lusitânia Ltda", "BR")),
        ("CUL-09", "import", "NLAIR01", "air", "TR", [], "NL", "491199",
         "لفائف رق قديمة مخطوطة بالعبرية للزينة / old parchment scrolls, Hebrew handwritten, decorative, 2 pcs", "IQ",
         7, 2, 400, "USD",
         "handwritten Hebrew parchment scrolls of Iraqi origin are Torah scrolls from Iraq's Jewish heritage, "
         "whose export Iraq bars, declared as printed decoration; Arabic and English wording",
         person("Dhr. D. Levi", "NL")),
        ("CUL-10", "import", "FRAIR01", "express", "HK", [], "FR", "691390",
         "陶罐 装饰品 彩绘 带土沁 / decorative painted pottery jar, with soil deposits, 1 pc", "CN", 6, 1, 200, "USD",
         "a painted jar with burial soil deposits (土沁) is a Neolithic Majiayao urn whose export China prohibits, "
         "declared as a decorative item; Chinese and English wording", person("M. L. Chen", "FR")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "854231",
         "Ersatzteile für Waschmaschinen, Mikrocontroller, Rollen, 60.000 St.", "TW", 90, 60000, 78000, "EUR",
         "washing-machine repair shops do not buy 60,000 microcontrollers on reels; common high-priority "
         "microelectronics to a Bishkek trader, the route the EU sanctions-circumvention guidance names; German wording",
         importer("Ala-Too Tekhnika OsOO", "KG")),
        ("STR-02", "export", "ITAIR01", "express", "IT", [], "GE", "900580",
         "Ottiche da caccia, monoculari notturni con tubo Gen 3 (FOM 2000), 12 pz", "US", 8, 12, 54000, "EUR",
         "Gen 3 image-intensifier tubes with a figure of merit of 2,000 are controlled (6A002) and on the list of "
         "goods diverted to Russia through Georgia; Italian wording",
         {"consignee_name": "Mr G. Beridze", "importer_country": "GE"}),
        ("STR-03", "export", "ESSEA01", "sea", "ES", [], "LB", "382499",
         "Aditivo ignífugo para plásticos, oxicloruro de fósforo POCl3 99 %, bidones 250 kg, 16 uds", "ES", 4000, 16,
         9000, "EUR",
         "POCl3 is a CWC Schedule 3 chemical and on the Australia Group list, declared as a 'flame-retardant "
         "additive' under a preparations heading to a Beirut trader, no export licence; Spanish wording",
         importer("Cedars Chemical Trading SAL", "LB")),
        ("STR-04", "export", "BESEA01", "sea", "BE", [], "IQ", "281111",
         "Glass etching agent, hydrogen fluoride anhydrous 99.9 %, cylinders 50 kg, 12 pcs", "BE", 600, 12, 4800,
         "EUR",
         "glass-etching products are dilute HF pastes; anhydrous HF in cylinders is on the Australia Group "
         "precursor list and needs an export licence, consigned to a Baghdad general trader",
         importer("Al-Rafidain General Trading Co.", "IQ")),
        ("STR-05", "export", "DEAIR01", "air", "DE", [], "AE", "880730",
         "Bremsbaugruppen Carbon, überholt, mit EASA Form 1, 6 St.", "FR", 720, 6, 210000, "EUR",
         "EASA Form 1 carbon brakes are A320-family aircraft parts; sent to a Dubai parts broker they are the "
         "re-export route to Russian carriers under the aviation ban; German wording",
         importer("Skyline Aero Parts FZE", "AE")),
        ("STR-06", "export", "DESEA01", "sea", "DE", [], "TR", "847989",
         "Wickelmaschine für GFK-Rohre, 4 koordinierte Achsen, CNC, gebraucht, 1 St.", "DE", 14000, 1, 380000, "EUR",
         "a filament-winding machine with coordinated axes under CNC is controlled (1B001) for rocket-motor cases "
         "and centrifuge rotors, sold 'used' to an Istanbul trader with no pipe plant; German wording",
         importer("Bosphorus Makina Dış Ticaret", "TR")),
        ("STR-07", "export", "FRAIR01", "express", "FR", [], "AM", "851779",
         "Pièces détachées pour smartphones, accéléromètres MEMS, biais < 50 µg, 300 pcs", "FR", 3, 300, 240000, "EUR",
         "smartphone accelerometers cost a few euros and have milli-g bias; 800 EUR parts with a bias below 50 µg "
         "are navigation-grade (7A001), to a Yerevan trader; French wording",
         importer("Ararat Mobile Parts LLC", "AM")),
        ("STR-08", "export", "NLSEA01", "sea", "NL", [], "CN", "903141",
         "Used optical inspection machine, ArF immersion, 193 nm, NA 1.35, dismantled in 14 crates, 1 set", "NL",
         95000, 1, 18000000, "EUR",
         "an ArF immersion tool with NA 1.35 is a DUV lithography scanner (3B001), not an inspection machine; "
         "exported used to a Shanghai trading company without the licence the Netherlands requires",
         importer("Shanghai Xinguang Equipment Trading", "CN")),
        ("STR-09", "export", "DERAIL01", "rail", "DE", ["PL", "BY", "RU"], "KZ", "903180",
         "Drehgeber (Absolutencoder) als Ersatzteile für Nähmaschinen, 800 St.", "DE", 160, 800, 152000, "EUR",
         "absolute encoders at 190 EUR each are CNC machine-tool feedback parts, not sewing-machine spares; by "
         "rail through Belarus and Russia to Almaty; German wording",
         importer("Steppe Industrial Supply TOO", "KZ")),
        ("STR-10", "export", "NLAIR01", "air", "NL", [], "HK", "847330",
         "Used gaming graphics cards, 80 GB HBM, 40 pcs", "TW", 70, 40, 360000, "USD",
         "no gaming card carries 80 GB of HBM; these are data-centre accelerators (3A090) at 9,000 USD each, "
         "declared as used gaming cards to a Hong Kong trader", importer("Kowloon Digital Trading Ltd", "HK")),
    ],
    "wildlife": [
        ("WLD-01", "import", "NLAIR01", "post", "ZA", [], "NL", "960190",
         "Handgemaakte mesheften van kameelperdbeen, 30 st.", "ZA", 3, 30, 450, "USD",
         "'kameelperd' is Afrikaans for giraffe (Appendix II since 2019): bone knife handles need a CITES export "
         "permit, none declared; Afrikaans and Dutch wording", person("Dhr. J. van der Merwe", "NL")),
        ("WLD-02", "import", "BEAIR01", "air", "ZW", ["ZA"], "BE", "020890",
         "Viande de crocodile congelée, filets de queue, cartons 10 kg, 240 kg", "ZW", 240, 24, 4300, "USD",
         "Nile crocodile (Appendix II for ranched Zimbabwean stock) needs a CITES export permit even as meat; "
         "none declared, to a Brussels exotic-meat wholesaler; French wording",
         firm("Exotic Meat Benelux SPRL", "BE")),
        ("WLD-03", "import", "GBAIR01", "air", "NP", ["IN"], "GB", "121190",
         "Jatamansi roots, dried, for incense and oils, 60 kg", "NP", 60, None, 2400, "USD",
         "jatamansi is Nardostachys jatamansi (spikenard, Appendix II); dried roots need a CITES permit, none "
         "declared, to a London aromatherapy wholesaler", firm("Himalayan Aromatics Ltd", "GB")),
        ("WLD-04", "import", "DEAIR01", "air", "IN", [], "DE", "121190",
         "Sarpagandha Wurzeln, getrocknet, ayurvedisch, 150 kg", "IN", 150, None, 3300, "USD",
         "sarpagandha is Rauvolfia serpentina (Appendix II, Indian export banned for wild roots); 150 kg with no "
         "CITES permit to an ayurveda trader; German wording", firm("Ayurveda Handelshaus GmbH", "DE")),
        ("WLD-05", "import", "ESSEA01", "sea", "PE", [], "ES", "440729",
         "Madera aserrada de caoba africana (Khaya), secada en horno, 18 m3", "PE", 10800, None, 19000, "USD",
         "Khaya grows in Africa, not in Peru: 'African mahogany' from Callao is big-leaf mahogany (Swietenia "
         "macrophylla, Appendix II) without its CITES permit; Spanish wording",
         firm("Maderas Finas del Turia SL", "ES")),
        ("WLD-06", "import", "DEAIR01", "post", "ID", [], "DE", "060290",
         "Aquarienpflanzen Bulbophyllum spp., Wildaufsammlung, auf Holz, 40 St.", "ID", 2, 40, 200, "USD",
         "Bulbophyllum are orchids (Appendix II); 'wild-collected' aquascape plants by genus name by post to a "
         "private person, no CITES permit; German wording", person("Herr T. Schubert", "DE")),
        ("WLD-07", "import", "NLAIR01", "express", "EG", [], "NL", "010620",
         "زواحف حية ضب / live desert lizards 'dabb', 20 pcs", "SD", 12, 20, 300, "USD",
         "'dabb' (ضب) is the Arabic name of the spiny-tailed lizards Uromastyx (Appendix II), wild-caught in Sudan "
         "and sent by express without a permit; Arabic and English wording", person("Dhr. K. Mansour", "NL")),
        ("WLD-08", "import", "FRAIR01", "post", "MG", [], "FR", "060290",
         "Plantes d'aloe vera, racines nues, 30 pcs", "MG", 4, 30, 240, "USD",
         "aloe vera is not collected in Madagascar; bare-root 'aloe' from there are wild endemic Aloe (Appendix II "
         "or I), sent by post to a private person without a permit; French wording",
         person("M. P. Rakoto", "FR")),
        ("WLD-09", "import", "GBAIR01", "express", "ZA", [], "GB", "130219",
         "Hoodia gordonii dried plant powder, bulk, 25 kg", "ZA", 25, None, 3500, "USD",
         "Hoodia is Appendix II in all parts except labelled retail products; 25 kg of bulk powder needs a CITES "
         "export permit, none declared", firm("Slim Botanicals UK Ltd", "GB")),
        ("WLD-10", "export", "ESAIR01", "air", "ES", [], "AE", "010639",
         "Aves rapaces, halcones híbridos criados en cautividad, 6 ejemplares", "ES", 9, 6, 60000, "EUR",
         "hybrid falcons count as the Appendix II species they come from and need a CITES export permit; six "
         "birds to Dubai with no document declared; Spanish wording",
         importer("Al Saqr Falconry LLC", "AE")),
    ],
}


# Each permitted row: (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "import", "SEROAD01", "road", "NO", "SE", "360320",
     "Detonating cord 10 g/m PETN, reels 500 m, 40 reels, to a mining contractor", "NO", 800, 40, 14000, "EUR",
     [("IMPORT_LICENCE", "SE-MSB-30-0218")], "detonating cord to a licensed mining contractor"),
    ("PRM-02", "precursors", "import", "PLSEA01", "sea", "IN", "PL", "282919",
     "Potassium chlorate 99 %, for safety-match heads, 20 t", "IN", 20000, None, 26000, "USD",
     [("PRECURSOR_LICENCE", "PL-MSWiA-30-0611")], "chlorate to a match factory, licensed"),
    ("PRM-03", "waste", "export", "DEROAD01", "road", "DE", "CH", "262040",
     "Aluminium salt slag, for recovery in a licensed plant, 24 t", "DE", 24000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-30-0877")], "notified salt slag to a Swiss recovery plant"),
    ("PRM-04", "waste", "import", "BESEA01", "sea", "NO", "BE", "854911",
     "Spent lead-acid batteries, drained, palletised, for secondary lead smelting, 20 t", "NO", 20000, None, 9000,
     "EUR", [("BASEL_CONSENT", "BE-OVAM-30-0433")], "notified lead-acid batteries to a permitted smelter"),
    ("PRM-05", "ozone", "import", "FRSEA01", "sea", "CN", "FR", "290345",
     "HFC-134a pharmaceutical grade, for metered-dose inhalers, returnable tonne drums, 12 t", "CN", 12000, 12,
     60000, "USD", [("FGAS_QUOTA", "FR-MTE-FG-30-0091")], "HFC-134a for an inhaler maker within quota"),
    ("PRM-06", "ozone", "import", "NLSEA01", "sea", "US", "NL", "290371",
     "HCFC-22 feedstock for PTFE production, ISO tank, 18 t", "US", 18000, None, 45000, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-30-0014")], "feedstock HCFC-22 to a fluoropolymer plant under licence"),
    ("PRM-07", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "690722",
     "Azulejo panel, 18th century, blue and white, from a documented private collection, 96 tiles", "PT", 240, 96,
     38000, "EUR", [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-30-0142")], "old-collection tile panel with certificate"),
    ("PRM-08", "cultural", "export", "GBAIR01", "air", "GB", "US", "970510",
     "Luristan bronze finial, ex-collection since 1965, auction lot, 1 pc", "IR", 2, 1, 24000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-30-0388")], "old-collection Luristan bronze with export licence"),
    ("PRM-09", "strategic", "export", "FRAIR01", "air", "FR", "CA", "681599",
     "Carbon fibre prepreg T800, for aircraft structures, 600 kg", "FR", 600, None, 52000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-30-1102"), ("END_USER_CERTIFICATE", "CA-EUC-30-0571")],
     "T800 prepreg to an aerostructures maker under licence"),
    ("PRM-10", "strategic", "export", "ITSEA01", "sea", "IT", "JP", "722830",
     "Maraging steel bars 18Ni(300), for tooling of a die-casting plant, 1 t", "IT", 1000, None, 31000, "EUR",
     [("EXPORT_LICENCE", "IT-UAMA-30-0264"), ("END_USER_CERTIFICATE", "JP-EUC-30-0098")],
     "maraging steel to a named end user under licence"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "ID", "FR", "420221",
     "Handbags of reticulated python leather, from registered tanneries, 60 pcs", "ID", 45, 60, 27000, "USD",
     [("CITES_PERMIT", "ID-30-04721")], "python leather bags with export and import permits"),
    ("PRM-12", "wildlife", "export", "ESAIR01", "air", "ES", "QA", "010639",
     "Hybrid falcons (gyr x peregrine), captive-bred, ringed, 4 birds", "ES", 6, 4, 48000, "EUR",
     [("CITES_PERMIT", "ES-30-E-1187")], "captive-bred hybrid falcons with CITES export permits"),
]

CONSIGNEES = {
    "PRM-01": "Bergsäker Sprängteknik AB", "PRM-02": "Fabryka Zapałek Sianów S.A.", "PRM-04": "Metallo Belgium NV",
    "PRM-05": "Inhalia Pharma SAS", "PRM-06": "Chemours Netherlands BV", "PRM-07": "Sr. F. Albuquerque",
    "PRM-08": "Mr J. Whitcombe", "PRM-09": "Laurentian Aerostructures Inc.", "PRM-10": "Toyama Die-Cast KK",
    "PRM-11": "Maroquinerie Saint-Honoré SAS", "PRM-12": "Mr A. Al-Thani",
}


S, N = True, False
P = ["post"]
PE = ["post", "express"]
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Post and express goods travel only so, with parcel masses; no partner is an EU member.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390140", "LLDPE C4 film grade, prime, 25 kg bags", "import", ["sea"], ["SA", "QA"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390761", "PET bottle-grade chips, prime, IV 0.80", "import", ["sea"], ["CN", "KR"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("391520", "Clean post-industrial PS trim, single polymer, baled", "export", ["road"], ["CH", "NO"], (0.3, 0.5), (15000, 20000), ["EUR"], None, S),
    ("470720", "Sorted office paper 2.05, <1 % prohibitives, bales", "export", ["sea"], ["IN", "TR"], (0.18, 0.26), (22000, 26000), ["EUR"], None, S),
    ("780200", "Soft lead sheet scrap, clean, for remelting", "export", ["road"], ["CH", "NO"], (1.5, 1.9), (15000, 20000), ["EUR"], None, S),
    ("850710", "New lead-acid starter batteries, filled and charged", "import", ["sea"], ["KR", "TR"], (3, 4.5), (15000, 20000), ["USD"], 0.06, S),
    ("847330", "Refurbished laptop motherboards, tested, with warranty, boxed", "import", PE, ["TW", "US"], (100, 200), (1, 4), ["USD"], 2, S),
    ("401220", "Part-worn car tyres, graded, tread >= 4 mm, stacked, to a tyre dealer", "export", ["sea"], ["GH", "SN"], (1.5, 2.5), (8000, 12000), ["EUR"], 0.12, S),
    ("282540", "Nickel hydroxide, battery grade, dry powder", "import", ["sea"], ["JP", "CN"], (12, 16), (10000, 18000), ["USD"], None, S),
    ("271019", "Heavy fuel oil RMG 380, ISO 8217, 0.5 % S", "import", ["sea"], ["US", "SA"], (0.5, 0.7), (20000, 25000), ["USD"], None, S),
    ("400400", "Rubber crumb 1-3 mm, steel- and fibre-free, EN 15347, for sports surfaces", "import", ["road"], ["UA", "RS"], (0.2, 0.35), (20000, 24000), ["EUR"], None, S),
    ("262040", "Aluminium deoxidiser granules, 95 % Al, from a secondary smelter", "import", ["road"], ["CH", "NO"], (1.8, 2.3), (15000, 20000), ["EUR"], None, S),
    ("330610", "Teeth-whitening strips, 6 % hydrogen peroxide, retail", "import", PE, ["US", "GB"], (60, 120), (1, 3), ["USD", "GBP"], 20, S),
    ("310240", "Calcium ammonium nitrate 27 % N, granular, to a farm cooperative", "import", ["sea"], ["NO", "EG"], (0.3, 0.45), (22000, 26000), ["USD", "EUR"], None, S),
    ("280700", "Battery electrolyte, sulphuric acid 37 %, 25 l cans, to a battery workshop", "import", ["road"], ["TR", "RS"], (0.4, 0.7), (2000, 6000), ["EUR"], None, S),
    ("360690", "Hexamine solid-fuel tablets, camping stoves, retail packs", "import", ["sea"], ["CN", "GB"], (6, 10), (2000, 6000), ["USD", "GBP"], 5, S),
    ("760310", "Atomised aluminium powder, spherical, for a sintering plant", "import", ["sea"], ["US", "CN"], (3.5, 5), (5000, 12000), ["USD"], None, S),
    ("300490", "Glyceryl trinitrate sublingual spray 0.4 mg, to a pharmacy wholesaler", "import", ["air"], ["IN", "GB"], (60, 120), (100, 600), ["USD", "GBP"], 12, S),
    ("853650", "DIN-rail digital timer relays, 230 V", "import", ["sea"], ["CN", "TW"], (25, 40), (500, 2000), ["USD"], 10, S),
    ("290351", "HFO-1234yf in refillable 5 kg cylinders, to a garage wholesaler", "import", ["sea"], ["CN", "US"], (50, 80), (2000, 6000), ["USD"], None, S),
    ("271112", "Propane R-290, refrigerant grade 99.5 %, refillable cylinders", "import", ["sea", "road"], ["GB", "NO"], (2.5, 4), (2000, 6000), ["EUR", "GBP"], None, S),
    ("280429", "Helium balloon kits, disposable 0.4 m3 cylinders, retail", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.3, S),
    ("842410", "Foam fire extinguishers 6 l, new, EN 3", "import", ["sea"], ["CN", "TR"], (4, 6), (3000, 8000), ["USD", "EUR"], 0.1, S),
    ("290919", "Hydrofluoroether HFE-7100, precision cleaning fluid, 20 l", "import", ["sea", "air"], ["US", "JP"], (40, 70), (300, 1500), ["USD"], None, S),
    ("920890", "Supporters' hand-pump air horns, no gas", "import", ["sea"], ["CN"], (3, 5), (2000, 5000), ["USD"], 3, S),
    ("780600", "Lead fishing sinkers, retail cards", "import", ["sea"], ["CN", "IN"], (3, 4.5), (3000, 8000), ["USD"], 40, S),
    ("701399", "Hand-blown Hebron glass vases, new", "import", P, ["IL", "JO"], (20, 40), (1, 4), ["USD"], 2, S),
    ("691390", "Ceramic figurines, contemporary craft, marked 'reproducción'", "import", P, ["EC", "PE", "MX"], (15, 35), (1, 4), ["USD"], 3, S),
    ("690722", "New hand-painted azulejo tiles, contemporary", "export", ["sea"], ["BR", "US"], (8, 14), (2000, 6000), ["EUR"], 5, S),
    ("681099", "Cast-stone garden Buddha heads, new", "import", ["sea"], ["ID", "VN"], (1.5, 3), (5000, 12000), ["USD"], 0.05, S),
    ("854231", "Microcontrollers on reels, to an EU appliance maker", "import", ["air"], ["TW", "MY"], (600, 1000), (50, 300), ["USD"], 600, S),
    ("852691", "GNSS receiver modules for car telematics, to a Tier-1 supplier", "import", ["air"], ["CN", "TW"], (800, 1400), (20, 150), ["USD"], 50, S),
    ("950710", "Carbon fishing rods, finished, retail", "import", ["sea"], ["CN", "KR"], (25, 45), (1000, 4000), ["USD"], 3, S),
    ("420221", "Handbags of embossed snake-print cow leather", "import", ["sea"], ["IN", "CN"], (40, 70), (1000, 3000), ["USD"], 1.2, S),
    ("220870", "Ginseng liqueur, bottled 0.7 l", "import", ["sea"], ["KR", "CN"], (6, 10), (5000, 12000), ["USD"], 1, S),
    ("510539", "Baby alpaca combed tops", "import", ["sea"], ["PE", "BO"], (25, 40), (2000, 8000), ["USD"], None, S),
    ("621420", "Cashmere pashmina shawls, woven", "import", PE, ["IN", "NP"], (300, 600), (1, 3), ["USD"], 5, S),
    # everyday trade
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.6, 0.9), (20000, 24000), ["USD", "EUR"], None, N),
    ("080610", "Table grapes, fresh", "import", ["sea", "air"], ["ZA", "PE", "IN"], (1.8, 2.8), (10000, 20000), ["USD"], None, N),
    ("081040", "Blueberries, fresh", "import", ["air", "sea"], ["PE", "CL", "MA"], (5, 8), (5000, 15000), ["USD"], None, N),
    ("070960", "Sweet peppers, fresh", "import", ["road"], ["MA", "TR"], (1.2, 1.8), (15000, 20000), ["EUR"], None, N),
    ("080111", "Desiccated coconut", "import", ["sea"], ["LK", "PH"], (2, 3), (15000, 20000), ["USD"], None, N),
    ("080262", "Macadamia nuts, shelled", "import", ["sea"], ["ZA", "KE", "AU"], (10, 16), (10000, 18000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("091011", "Ginger, fresh", "import", ["sea"], ["CN", "PE", "BR"], (1.2, 2), (20000, 24000), ["USD"], None, N),
    ("100199", "Milling wheat", "export", ["sea"], ["EG", "MA", "DZ"], (0.22, 0.3), (25000, 30000), ["USD", "EUR"], None, N),
    ("110100", "Wheat flour, bakery", "export", ["sea", "road"], ["GB", "RS"], (0.35, 0.5), (20000, 24000), ["EUR"], None, N),
    ("120190", "Soya beans, non-GM", "import", ["sea"], ["BR", "US", "UA"], (0.45, 0.6), (25000, 30000), ["USD"], None, N),
    ("120740", "Sesame seeds, hulled", "import", ["sea"], ["ET", "SD", "IN"], (1.4, 2.0), (18000, 22000), ["USD"], None, N),
    ("151211", "Crude sunflower oil", "import", ["sea"], ["UA", "AR"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("160414", "Canned tuna in oil", "import", ["sea"], ["EC", "TH", "MU"], (4, 6), (15000, 20000), ["USD"], None, N),
    ("170490", "Chocolate-free confectionery, gummies", "import", ["sea"], ["TR", "CN"], (2.5, 4), (8000, 15000), ["USD", "EUR"], None, N),
    ("180690", "Chocolate bars, retail", "export", ["road", "sea"], ["GB", "CH", "US"], (6, 10), (8000, 16000), ["EUR"], None, N),
    ("190531", "Sweet biscuits", "import", ["road"], ["TR", "RS"], (2, 3), (10000, 18000), ["EUR"], None, N),
    ("200290", "Tomato paste, drums", "import", ["sea"], ["CN", "TR", "US"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("200811", "Peanut butter, jars", "import", ["sea"], ["US", "AR"], (2.5, 3.5), (10000, 18000), ["USD"], None, N),
    ("210390", "Soy and chilli sauces, bottled", "import", ["sea"], ["TH", "CN", "KR"], (1.5, 2.5), (10000, 18000), ["USD"], 1.2, N),
    ("220210", "Soft drinks, canned", "export", ["road", "sea"], ["GB", "NO"], (0.5, 0.8), (18000, 22000), ["EUR"], None, N),
    ("220830", "Scotch whisky, bottled", "import", ["sea", "road"], ["GB"], (8, 20), (8000, 16000), ["GBP"], 1.1, N),
    ("230400", "Soya bean meal", "import", ["sea"], ["AR", "BR"], (0.35, 0.5), (25000, 30000), ["USD"], None, N),
    ("252329", "Portland cement, bagged", "import", ["sea", "road"], ["TR", "EG"], (0.06, 0.1), (25000, 30000), ["EUR", "USD"], None, N),
    ("280450", "Borax pentahydrate, granular", "import", ["sea"], ["TR", "US"], (0.5, 0.8), (20000, 24000), ["USD"], None, N),
    ("281511", "Caustic soda flakes, 98 %", "import", ["sea"], ["CN", "US"], (0.4, 0.6), (20000, 25000), ["USD"], None, N),
    ("300420", "Antibiotic capsules, amoxicillin, packaged", "import", ["air", "sea"], ["IN"], (15, 30), (500, 3000), ["USD"], None, N),
    ("330499", "Face creams and serums, retail", "import", PE, ["KR", "JP", "US"], (40, 90), (1, 4), ["USD"], 10, N),
    ("340250", "Laundry detergent powder, retail", "import", ["road"], ["TR", "RS"], (1, 1.6), (15000, 20000), ["EUR"], None, N),
    ("392410", "Plastic food containers, household", "import", ["sea"], ["CN", "VN"], (2.5, 4), (6000, 12000), ["USD"], 4, N),
    ("392690", "Plastic phone cases", "import", PE, ["CN"], (15, 30), (1, 3), ["USD"], 30, N),
    ("420212", "Suitcases, plastic shell", "import", ["sea"], ["CN", "IN"], (5, 8), (5000, 10000), ["USD"], 0.25, N),
    ("441873", "Engineered oak flooring", "import", ["road", "sea"], ["UA", "CN"], (5, 8), (15000, 20000), ["EUR", "USD"], None, N),
    ("961900", "Sanitary towels, retail", "import", ["road"], ["TR"], (2.5, 4), (6000, 12000), ["EUR"], None, N),
    ("482010", "Notebooks and diaries", "import", ["sea"], ["CN", "IN"], (2, 3.5), (5000, 10000), ["USD"], 3, N),
    ("490199", "Comics and graphic novels, new", "import", PE, ["JP", "US", "GB"], (15, 30), (1, 4), ["USD", "GBP"], 3, N),
    ("540752", "Dyed polyester woven fabric", "import", ["sea"], ["CN", "TR"], (3, 5), (10000, 18000), ["USD"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "TR", "IN"], (8, 14), (5000, 12000), ["USD", "EUR"], 5, N),
    ("611030", "Synthetic knitted pullovers", "import", ["sea"], ["CN", "BD"], (10, 16), (4000, 9000), ["USD"], 3, N),
    ("620343", "Men's synthetic trousers", "import", ["sea"], ["VN", "PK"], (9, 14), (4000, 9000), ["USD"], 2.5, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN"], (6, 10), (8000, 15000), ["USD"], None, N),
    ("640299", "Rubber sandals", "import", ["sea"], ["VN", "BR"], (5, 9), (3000, 8000), ["USD"], 3, N),
    ("650610", "Bicycle helmets", "import", ["sea"], ["CN", "TW"], (12, 20), (2000, 5000), ["USD"], 3, N),
    ("691200", "Stoneware mugs", "import", ["sea"], ["CN", "TH"], (1.5, 3), (8000, 14000), ["USD"], 3, N),
    ("700719", "Tempered glass shower panels", "import", ["road", "sea"], ["TR", "CN"], (1.5, 2.5), (10000, 18000), ["EUR", "USD"], None, N),
    ("721049", "Galvanised steel coils", "import", ["sea"], ["KR", "IN", "TW"], (0.8, 1.0), (22000, 26000), ["USD"], None, N),
    ("731815", "Steel bolts, zinc plated", "import", ["sea"], ["CN", "TW"], (1.8, 2.6), (15000, 20000), ["USD"], None, N),
    ("761010", "Aluminium window frames", "import", ["road"], ["TR", "UA"], (6, 9), (4000, 9000), ["EUR"], None, N),
    ("820590", "Hand tool sets, cased", "import", ["sea"], ["CN", "TW"], (4, 7), (4000, 10000), ["USD"], 0.5, N),
    ("841451", "Table and ceiling fans", "import", ["sea"], ["CN"], (3, 5), (6000, 12000), ["USD"], 0.2, N),
    ("841810", "Fridge-freezers, household, R-600a", "import", ["sea"], ["TR", "CN"], (3, 4.5), (10000, 15000), ["EUR", "USD"], 0.015, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "CN"], (3, 4.5), (12000, 18000), ["EUR", "USD"], 0.014, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN", "MY"], (15, 25), (3000, 8000), ["USD"], 0.6, N),
    ("850650", "Lithium coin cells, retail cards", "import", PE, ["CN", "JP"], (30, 60), (1, 3), ["USD"], 100, N),
    ("851713", "Smartphones, new, boxed", "import", ["air"], ["CN", "VN", "IN"], (300, 600), (200, 1500), ["USD"], 4, N),
    ("851762", "Wi-Fi routers, home", "import", ["sea", "air"], ["CN", "VN"], (30, 50), (1000, 5000), ["USD"], 2, N),
    ("852872", "LED televisions", "import", ["sea"], ["CN", "KR", "TR"], (10, 16), (8000, 15000), ["USD"], 0.08, N),
    ("870332", "Used diesel passenger cars, Euro 6", "export", ["sea", "road"], ["RS", "UA", "GE"], (3, 6), (1400, 2000), ["EUR"], 0.0006, N),
    ("871200", "Bicycles, city, non-motorised", "import", ["sea"], ["TW", "KH"], (15, 25), (3000, 8000), ["USD"], 0.07, N),
    ("900490", "Reading glasses, retail", "import", PE, ["CN"], (80, 150), (1, 2), ["USD"], 40, N),
    ("901890", "Disposable blood-pressure cuffs, hospital", "import", ["sea", "air"], ["CN", "US"], (20, 40), (500, 3000), ["USD"], None, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "MY"], (4, 7), (6000, 12000), ["USD"], 0.15, N),
    ("940429", "Foam mattresses, rolled", "import", ["road", "sea"], ["TR", "CN"], (3, 5), (6000, 12000), ["EUR", "USD"], 0.05, N),
    ("950300", "Plastic construction toys", "import", ["sea"], ["CN"], (8, 14), (5000, 10000), ["USD"], 4, N),
    ("950632", "Golf balls", "import", PE, ["US", "TW"], (25, 45), (1, 3), ["USD"], 20, N),
    ("960321", "Toothbrushes", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 60, N),
    ("961700", "Vacuum flasks, stainless", "import", ["sea"], ["CN"], (5, 8), (4000, 9000), ["USD"], 2.5, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind26", 20300701, HERE)


if __name__ == "__main__":
    main()
