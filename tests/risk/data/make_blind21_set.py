#!/usr/bin/env python3
"""Writes the twenty-first blind set (tests/risk/data/blind21-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated September - October 2029, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, kept from round twenty-one's writers, and measured once on their 597
profiles, before round twenty-two studied it. Same row layout and expansion as make_blind_set.py, whose functions it reuses:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items).

As in blind12 to blind18, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Goods that travel by post or express
travel only so, with parcel masses (1-5 kg). Ids are BL21-*:

    python3 tests/risk/data/make_blind21_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2029, 9, 1)
base.DAYS = 61  # 1 September to 31 October 2029
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "PTAIR01", "express", "US", [], "PT", "284700",
         "Choque de oxigénio para piscina, peróxido de hidrogénio 40 %, bidões 25 l, 4 un.", "US", 110, 4, 260,
         "USD",
         "pool 'oxygen shock' is sold as potassium monopersulphate granules or as peroxide below 12 %; 100 l of "
         "40 % hydrogen peroxide (Annex I, limit 12 %) by express to a private address; Portuguese wording",
         person("Sr. R. Carvalho", "PT")),
        ("PRE-02", "import", "DEPOST01", "post", "US", [], "DE", "290420",
         "Sekundenkleber-Entferner (Debonder), Nitromethan 99 %, Kanister 5 l, 4 St.", "US", 23, 4, 180, "USD",
         "cyanoacrylate debonders are acetone or nitromethane-free solvents in 20 ml bottles; 20 l of 99 % "
         "nitromethane (Annex I, limit 30 %) by post to a private person; German wording",
         person("Herr T. Krüger", "DE")),
        ("PRE-03", "export", "GRROAD01", "road", "GR", ["MK"], "AL", "382450",
         "Expansive demolition mortar, non-explosive, composition ammonium nitrate 94 % / fuel oil 6 %, 25 kg "
         "bags, 8 t", "GR", 8000, 320, 5200, "EUR",
         "non-explosive cracking mortars are quicklime-based; 94/6 ammonium nitrate and fuel oil is ANFO, a "
         "blasting explosive, declared as a mortar to a building-supplies trader",
         {"importer_name": "Ndertimi Material Shpk", "importer_country": "AL"}),
        ("PRE-04", "transit", "ITSEA01", "sea", "CN", ["IT"], "LY", "360350",
         "Airbag initiators (squibs) for crash-test laboratories, copper shell 7.5 mm, PETN base charge 0.8 g, "
         "UN0030 1.1B, 20,000 pcs", "CN", 420, 20000, 9600, "USD",
         "airbag initiators are classed 1.4S or 1.4G and carry no secondary base charge; a copper shell with a secondary base charge and "
         "UN0030 (electric detonators 1.1B) is an electric detonator, in transit to a Libyan trader",
         {"importer_name": "Al Wafa General Trading", "importer_country": "LY"}),
        ("PRE-05", "import", "PLPOST01", "post", "CN", [], "PL", "760310",
         "Brokat do paznokci, płatki aluminium 99 %, < 20 µm, nie powlekane, 10 kg", "CN", 10, 1, 70, "USD",
         "nail-art glitter is coated PET film cut in hexagons; 10 kg of uncoated sub-20 µm aluminium flake "
         "(Annex II aluminium powder) to a private address is a flash-powder fuel; Polish wording",
         person("Pan M. Zieliński", "PL")),
        ("PRE-06", "import", "ESAIR01", "express", "US", [], "ES", "280800",
         "Regulador de pH para cultivo hidropónico (pH-down), ácido nítrico 68 %, garrafas 25 l, 4 uds", "US", 140,
         4, 300, "USD",
         "hydroponic pH-down is phosphoric or 38 % nitric acid in 1 l bottles; 100 l of 68 % nitric acid (Annex I, "
         "limit 3 %) by express to a private address; Spanish wording",
         person("Sr. A. Navarro", "ES")),
        ("PRE-07", "import", "FRROAD01", "road", "UA", ["PL", "DE"], "FR", "310230",
         "Liant anti-poussière pour carrière équestre, nitrate d'ammonium 34,4 % N, sacs 25 kg, 600 kg", "UA", 600,
         24, 390, "EUR",
         "arena dust binders are magnesium or calcium chloride; 600 kg of 34.4 % N ammonium nitrate (Annex I) "
         "brought by road to a private riding stable; French wording", person("M. P. Garnier", "FR")),
        ("PRE-08", "import", "BEAIR01", "express", "CN", [], "BE", "810430",
         "Recharge pour chauffe-plats sans flamme, poudre de magnésium 99 %, < 100 µm, 20 kg", "CN", 20, 1, 110,
         "USD",
         "flameless heaters use sealed pads of magnesium-iron alloy with salt, never loose powder; 20 kg of "
         "sub-100 µm magnesium (Annex II) to a private address is a flash-powder fuel; French wording",
         person("M. K. Lambert", "BE")),
        ("PRE-09", "import", "DEAIR01", "express", "US", [], "DE", "950300",
         "Modellbau-Ersatzteile: Raketenmotoren Klasse J 350, APCP, 1.3C UN0186, 6 St.", "US", 9, 6, 1400, "USD",
         "high-power rocket motors (ammonium perchlorate composite, 1.3C) are explosives needing a licence, not "
         "toy spare parts; to a private person by express", person("Herr J. Hoffmann", "DE")),
        ("PRE-10", "import", "NLPOST01", "post", "GB", [], "NL", "283421",
         "Nitre bluing salt for knife making, potassium nitrate 99 %, 300 mesh, 2 x 25 kg", "GB", 50, 2, 95, "GBP",
         "bluing salt is melted in a pot, so nobody needs it milled to 300 mesh, and a hobby smith buys 5 kg "
         "premixed with nitrite; 50 kg of fine 99 % potassium nitrate (Annex II) by post to a private person",
         person("Dhr. S. Visser", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "NG", "251110",
         "Barite, API grade, reclaimed from offshore operations, hydrocarbon content 8 %, big bags, 22 t", "NO",
         22000, None, 880, "EUR",
         "drilling barite is sold virgin at about 0.2 EUR/kg; 'reclaimed' barite with 8 % hydrocarbons is oil-based "
         "drill cuttings (hazardous waste) to Nigeria at 0.04 EUR/kg",
         {"importer_name": "Bonny Oilfield Supplies Ltd", "importer_country": "NG"}),
        ("WST-02", "export", "DEROAD01", "road", "DE", ["BG"], "TR", "250100",
         "Industriesalz, Härtereisalz gebraucht, NaCN-haltig, Fässer 200 l, 6 t", "DE", 6000, 30, 300, "EUR",
         "used heat-treatment salt containing sodium cyanide is hazardous waste (A4050), not industrial salt; "
         "0.05 EUR/kg to a trader; German wording", {"importer_name": "Ege Kimya Geri Dönüşüm", "importer_country": "TR"}),
        ("WST-03", "export", "ESROAD01", "road", "ES", [], "MA", "720449",
         "Chatarra férrica HMS, bombonas de butano usadas con válvula, sin desgasificar, 900 uds", "ES", 11700, 900,
         2300, "EUR",
         "LPG cylinders with valves on and not degassed carry residual gas (explosive) and are not HMS; 0.2 "
         "EUR/kg to a Moroccan yard; Spanish wording", {"importer_name": "Ferraille Tanger Med SARL", "importer_country": "MA"}),
        ("WST-04", "export", "ITSEA01", "sea", "IT", [], "TN", "280700",
         "Acido solforico tecnico 90 %, nero, da alchilazione, isocontainer, 20 t", "IT", 20000, None, 200, "EUR",
         "a black 90 % sulphuric acid 'from alkylation' at 0.01 EUR/kg is spent refinery acid with hydrocarbons "
         "(hazardous waste); fresh acid is clear and costs ten times more; Italian wording",
         {"importer_name": "Société Chimique du Sahel", "importer_country": "TN"}),
        ("WST-05", "export", "BGSEA01", "sea", "BG", [], "CN", "260300",
         "Copper concentrate, Cu 18 %, As 9 %, fine dust, big bags, 25 t", "BG", 25000, None, 15000, "USD",
         "concentrates carry 20-30 % Cu and under 0.5 % As; a fine dust with 9 % arsenic is smelter flue dust "
         "(hazardous waste A1020) declared as concentrate", {"importer_name": "Guangxi Nonferrous Trading Co",
                                                             "importer_country": "CN"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "PK", "902830",
         "Used electricity meters, electronic, for reuse, 12,000 pcs, loose in gitterboxes", "NL", 18000, 12000,
         3600, "EUR",
         "decommissioned smart meters with their lithium back-up cells, loose in gitterboxes at 0.30 EUR each, are "
         "e-waste (A1180) for dismantling, not meters for reuse", {"importer_name": "Karachi Electric Parts Mart",
                                                                   "importer_country": "PK"}),
        ("WST-07", "export", "BESEA01", "sea", "BE", [], "MY", "391590",
         "PVC scrap, flexible, from truck curtains, cut, baled", "BE", 22000, None, 660, "EUR",
         "truck curtains are PVC-coated polyester: a composite that is not single-polymer scrap (B3011) but "
         "plastic waste needing consent, at 0.03 EUR/kg to Malaysia",
         {"importer_name": "Klang Polymer Recycling Sdn Bhd", "importer_country": "MY"}),
        ("WST-08", "export", "DESEA01", "sea", "DE", [], "GH", "850440",
         "Gebrauchte Solar-Wechselrichter und Laderegler, ungetestet, nach Gewicht, 6 t", "DE", 6000, None, 1800,
         "EUR",
         "untested used inverters sold by weight at 0.30 EUR/kg are e-waste, not second-hand equipment (no test "
         "report, no packing), loaded with used lead-acid batteries from the same systems (second item); "
         "German wording",
         {"importer_name": "Abossey Okai Solar Ent.", "importer_country": "GH",
          "_more_items": [item("850710", "Gebrauchte Blei-Säure-Batterien 12 V, aus denselben Anlagen, 2 t", "DE", 2000,
                               400, "EUR", 80)]}),
        ("WST-09", "export", "PLSEA01", "sea", "PL", [], "IN", "440141",
         "Biomass wood chips, sawdust, oil-soaked absorbent grade, 24 t", "PL", 24000, None, 480, "EUR",
         "sawdust used to absorb spilt oil is oily waste (Y8/Y9), not biomass; 'oil-soaked' on the invoice and "
         "0.02 EUR/kg", {"importer_name": "Gujarat Fuel Traders", "importer_country": "IN"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "CI", "391400",
         "Résine échangeuse d'ions régénérée, ex-atelier de galvanoplastie, chargée Cr/Ni, big bags, 12 t", "FR",
         12000, None, 600, "EUR",
         "regenerated ion-exchange resin is sold washed and unloaded; resin 'loaded with Cr/Ni' from a plating "
         "shop is spent resin (hazardous waste, heavy metals) at 0.05 EUR/kg; French wording",
         {"importer_name": "Abidjan Traitement des Eaux SARL", "importer_country": "CI"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEPOST01", "post", "US", [], "DE", "842410",
         "Antike Feuerlöschgranaten aus Glas, gefüllt, 'Red Comet', Sammlerstücke, 6 St.", "US", 5, 6, 420, "USD",
         "'Red Comet' glass fire grenades were filled with carbon tetrachloride; filled ones are ODS in a product "
         "(import ban), not decoration; German wording", person("Herr W. Schneider", "DE")),
        ("OZN-02", "import", "GRSEA01", "sea", "TR", [], "GR", "290379",
         "Refrigerant gas n.o.s., UN1018, 13.6 kg cylinders, 120 pcs", "TR", 1632, 120, 4900, "USD",
         "UN1018 is chlorodifluoromethane (HCFC-22), whatever the name; 13.6 kg cylinders of it without an ODS "
         "licence", {"importer_name": "Piraeus Cooling Supplies", "importer_country": "GR",
          "_more_items": [item("741110", "Copper tube for refrigeration, coils 15 m, 400 kg", "TR", 400, 4200, "USD")]}),
        ("OZN-03", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "847989",
         "Industrial dehumidifiers 90 l/day, refrigerant R-22, 1.3 kg charge each, 200 pcs", "CN", 13000, 200, 36000,
         "USD",
         "equipment charged with HCFC-22 may not be placed on the EU market; 260 kg of R-22 in 200 units",
         {"importer_name": "Osuszanie Budów Sp. z o.o.", "importer_country": "PL"}),
        ("OZN-04", "import", "ITSEA01", "sea", "US", [], "IT", "390950",
         "Kit schiuma poliuretanica bicomponente, agente espandente R-134a, bombole 9 kg, 150 kit", "US", 2700, 150,
         21000, "USD",
         "two-component spray foam blown with HFC-134a (GWP 1,430): HFC in a product without quota or declaration "
         "of conformity; Italian wording", {"importer_name": "Isolamenti Padani Srl", "importer_country": "IT"}),
        ("OZN-05", "import", "FRPOST01", "post", "MA", [], "FR", "380899",
         "Produit anti-rongeurs, bromométhane 98 %, boîtes 680 g, 24 pcs", "MA", 17, 24, 160, "EUR",
         "methyl bromide cans for household pest control: an ODS banned for that use, to a private person; "
         "French wording", person("Mme N. Benali", "FR")),
        ("OZN-06", "import", "ITROAD01", "road", "CH", [], "IT", "841869",
         "Gruppo frigorifero per pista di pattinaggio mobile, usato, carica R-22 240 kg", "CH", 9000, 1, 42000,
         "EUR",
         "a second-hand ice-rink chiller holding 240 kg of HCFC-22 is ODS in equipment (import ban); Italian "
         "wording", {"importer_name": "Eventi Ghiaccio Srl", "importer_country": "IT"}),
        ("OZN-07", "import", "ESAIR01", "express", "CN", [], "ES", "290349",
         "Gas de extracción para aceites botánicos, tetrafluoroetano 99,9 %, botellas 10 kg, 3 uds", "CN", 30, 3,
         210, "USD",
         "'extraction gas' tetrafluoroethane is HFC-134a; 30 kg by express to a private person without quota; "
         "Spanish wording", person("Sr. D. Romero", "ES")),
        ("OZN-08", "import", "PLSEA01", "sea", "CN", [], "PL", "382499",
         "Pipe freezing kit refill cans, contents chlorodifluoromethane, 400 ml, 2,400 pcs", "CN", 720, 2400, 3100,
         "USD",
         "pipe-freezing refills use R-600a or HFO; chlorodifluoromethane is HCFC-22 (ODS), to a plumbing "
         "wholesaler", {"importer_name": "Hydro-Instal Hurt Sp. z o.o.", "importer_country": "PL"}),
        ("OZN-09", "import", "DESEA01", "sea", "US", [], "DE", "841821",
         "Vintage Kühlschrank 1956, restauriert, funktionsfähig, Originalkältemittel R-12", "US", 120, 1, 2800,
         "USD",
         "a working fridge with its original R-12 (CFC-12) charge is ODS in a product (import ban); German "
         "wording", person("Frau M. Lehmann", "DE")),
        ("OZN-10", "import", "BESEA01", "sea", "CN", [], "BE", "381400",
         "Oxygen-service cleaning solvent, trichlorotrifluoroethane, 'Arklone P' type, 200 l drums, 10 pcs", "CN",
         3000, 10, 7500, "USD",
         "Arklone P and trichlorotrifluoroethane are CFC-113 (Annex A ODS), declared as a cleaning preparation",
         {"importer_name": "Oxyclean Industrial Services", "importer_country": "BE"}),
    ],
    "cultural": [
        ("CUL-01", "import", "ROROAD01", "road", "MD", [], "RO", "490199",
         "Cărți vechi bisericești, limba slavonă, legătură din piele, 12 buc.", "UA", 40, 12, 240, "EUR",
         "17th-18th-century Church Slavonic liturgical books from Ukraine (Red List Ukraine, war looting) as old "
         "books through Moldova; Romanian wording", person("Dl. V. Munteanu", "RO")),
        ("CUL-02", "export", "ITAIR01", "express", "IT", [], "CH", "830629",
         "Statuette in bronzo, artigianato sardo moderno, patina verde con incrostazioni terrose, 3 pz", "IT", 2, 3,
         150, "EUR",
         "'modern' nuragic-style bronzetti with earth incrustation are excavated Sardinian figurines (state "
         "property) exported without an export certificate; Italian wording",
         {"importer_name": "Galerie Antika Basel", "importer_country": "CH"}),
        ("CUL-03", "import", "BGROAD01", "road", "TR", [], "BG", "691390",
         "Hand-made pottery jugs, red polished, decorative, 8 pcs", "CY", 18, 8, 160, "EUR",
         "red polished handmade jugs of Cypriot origin sent from Turkey are Bronze Age Cypriot ware from the "
         "north of the island, not decoration", {"importer_name": "Antik Sofia EOOD", "importer_country": "BG"}),
        ("CUL-04", "import", "NLPOST01", "post", "CN", [], "NL", "830629",
         "鄂尔多斯青铜牌饰，旧，动物纹，10件", "CN", 1, 10, 80, "USD",
         "Ordos bronze belt plaques with animal style are excavated steppe bronzes (Red List China); Chinese "
         "wording", person("Dhr. H. Li", "NL")),
        ("CUL-05", "import", "FRAIR01", "air", "SN", [], "FR", "442019",
         "Statuettes en bois, art touristique, patine croûteuse, 4 pcs", "ML", 22, 4, 260, "EUR",
         "crusted-patina wooden figures of Malian origin via Dakar are Dogon or Tellem figures from the Bandiagara "
         "escarpment (Red List West Africa), not tourist art; French wording", {"importer_name": "Arts Premiers Diffusion", "importer_country": "FR",
          "_more_items": [item("442019", "Masques en bois neufs, art touristique, 20 pcs", "SN", 30, 200, "EUR", 20)]}),
        ("CUL-06", "import", "BEAIR01", "air", "CD", [], "BE", "442011",
         "Statue en bois avec clous et miroir, décoration, 1 pc", "CD", 14, 1, 120, "EUR",
         "a wooden figure studded with nails and a mirrored belly is a Kongo nkisi nkondi, a ritual figure whose "
         "export Congolese heritage law controls, declared as decoration", person("M. F. Mbuyi", "BE")),
        ("CUL-07", "import", "ESAIR01", "air", "PA", [], "ES", "691390",
         "Cabezas de cerámica, artesanía, con tierra adherida, 15 pzs", "EC", 9, 15, 180, "USD",
         "soil-encrusted ceramic heads from Ecuador via Panama are Tumaco-La Tolita figurines (Red List Latin "
         "America); Spanish wording", person("Sr. L. Ortega", "ES")),
        ("CUL-08", "import", "DEAIR01", "express", "AE", [], "DE", "711420",
         "صحن فضي مطلي، زخرفة صيد، قديم", "IR", 1, 1, 300, "USD",
         "an old silver hunting-scene bowl of Iranian origin via Dubai is a Sasanian silver plate declared as "
         "silver-plated ware; Arabic wording", person("Herr A. Rahimi", "DE")),
        ("CUL-09", "import", "GRSEA01", "sea", "EG", [], "GR", "680299",
         "حجر حديقة منحوت، حجر رملي، مع كتابة", "SD", 180, 1, 200, "USD",
         "an inscribed sandstone 'garden stone' of Sudanese origin is a Meroitic offering table (Sudan museum and "
         "site looting since 2023); Arabic wording", {"importer_name": "Hellenic Garden Stone", "importer_country": "GR"}),
        ("CUL-10", "import", "DEAIR01", "express", "US", [], "DE", "691390",
         "Mexican folk ceramics, hollow seated figures, red slip, black manganese spots, 2 pcs", "MX", 7, 2, 380,
         "USD",
         "hollow red-slipped figures with manganese dendrites are West Mexican shaft-tomb figures (Nayarit, "
         "Colima; Red List Central America and Mexico), not folk ceramics", person("Herr C. Weber", "DE")),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", ["OM"], "IR", "841989",
         "Ventilation cabinets for animal houses, nose-only, 24 ports, with aerosol generator, 2 pcs", "DE", 900, 2,
         180000, "EUR",
         "a nose-only cabinet with an aerosol generator is an inhalation exposure chamber (Australia Group "
         "biological equipment) to Iran", {"importer_name": "Pars Lab Equipment Co", "importer_country": "IR"}),
        ("STR-02", "export", "PLROAD01", "road", "PL", ["SK", "HU", "RO", "BG", "TR", "GE"], "AZ", "851762",
         "Camping Wi-Fi routers, flat panel, 50 x 30 cm, with satellite dish mount, 200 pcs", "US", 900, 200,
         110000, "EUR",
         "a 'router' of 50 x 30 cm at 550 EUR with a dish mount is a low-orbit satellite terminal; 200 to a "
         "Baku shop is the re-export route to Russia",
         {"importer_name": "Baku Digital Store MMC", "importer_country": "AZ"}),
        ("STR-03", "export", "FRAIR01", "air", "FR", ["TR"], "IR", "811292",
         "Électrodes de coupe plasma : matière première, barre de hafnium cristal 99,9 %, 40 kg", "FR", 40, 8,
         52000, "EUR",
         "plasma-cutter electrodes hold a few grams of hafnium each; 40 kg of crystal-bar hafnium is nuclear "
         "dual-use (1C231), for a Tehran consignee via Istanbul; French wording",
         {"importer_name": "Arvand Welding Supply Co", "importer_country": "IR"}),
        ("STR-04", "export", "BEAIR01", "air", "BE", [], "LB", "281219",
         "Arsenic trichloride 99.99 %, semiconductor doping grade, 20 kg", "BE", 20, 4, 9800, "EUR",
         "arsenic trichloride is CWC Schedule 2 (lewisite precursor); a Beirut trader has no semiconductor fab",
         {"importer_name": "Levant Chem Trading SARL", "importer_country": "LB"}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", ["LB"], "SY", "292119",
         "Intermedio para aceleradores de caucho, dietilamina 99 %, bidones 200 l, 60 uds", "ES", 8500, 60, 21000,
         "EUR",
         "diethylamine is an Australia Group chemical-weapons precursor; a Damascus trader with no rubber plant, "
         "shipped through Beirut; Spanish wording", {"importer_country": "SY"}),
        ("STR-06", "export", "DESEA01", "sea", "DE", ["AE"], "IR", "842890",
         "Master-Slave-Manipulatoren für Radiopharmazie-Heißzellen, Wanddurchführung 1,0 m, 6 Paar", "DE", 3600, 6,
         960000, "EUR",
         "remote manipulators for a 1 m hot-cell wall are nuclear dual-use (2B225); radiopharmacy hot cells need "
         "far thinner walls; to Iran via the Emirates; German wording",
         {"importer_name": "Kish Radiopharma Co", "importer_country": "IR"}),
        ("STR-07", "export", "FRAIR01", "air", "FR", ["AE"], "IR", "760310",
         "Poudre d'aluminium sphérique 99,7 %, 10-30 µm, pour impression 3D, 500 kg", "FR", 500, 20, 24000, "EUR",
         "spherical atomised aluminium of 10-30 µm is missile-propellant fuel (MTCR 4.C); 500 kg for '3D "
         "printing' to Iran via the Emirates; French wording", {"importer_name": "Tehran Additive Co",
                                                               "importer_country": "IR"}),
        ("STR-08", "export", "DEAIR01", "express", "DE", [], "TR", "852560",
         "Video transmitters 5.8 GHz, 2.5 W, and goggles receivers, FPV, 3,000 sets, invoice in Russian", "CN", 240,
         3000, 160000, "EUR",
         "3,000 FPV video links are attack-drone parts sought by Russia; a Russian-language invoice to an Istanbul "
         "trader is the re-export route", {"importer_name": "Bosphorus Elektronik Dış Tic.",
                                                          "importer_country": "TR"}),
        ("STR-09", "import", "NLSEA01", "sea", "OM", [], "NL", "290511",
         "Methanol AA grade, Omani origin, loaded Bandar Assaluyeh, 20,000 t", "OM", 20000000, None, 6400000, "USD",
         "Assaluyeh is an Iranian petrochemical port: Iranian methanol (EU import ban) given Omani origin",
         {"importer_name": "Rotterdam Methanol Trading BV", "importer_country": "NL"}),
        ("STR-10", "export", "LTRAIL01", "rail", "LT", ["LV", "RU", "KZ"], "KG", "841181",
         "Stationary gas-turbine generator set, used, type 131-9A, 1 pc", "US", 170, 1, 240000, "EUR",
         "the 131-9 is the auxiliary power unit of A320 and 737 airliners, not a stationary generator: an "
         "aircraft part banned for Russia, sent by rail through Russia to Bishkek",
         {"importer_name": "Bishkek Energo Service", "importer_country": "KG"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "FRAIR01", "air", "US", [], "FR", "160432",
         "Œufs de poisson, choupique (bowfin), noirs, bocaux 100 g, 80 kg, origine Tennessee", "US", 80, 800, 26000,
         "USD",
         "bowfin roe comes from Louisiana swamps and sells at about 80 USD/kg; 325 USD/kg roe from Tennessee is "
         "paddlefish (Polyodon spathula, Appendix II) without a permit; French wording",
         {"importer_name": "Caviar Gourmet Paris SARL", "importer_country": "FR"}),
        ("WLD-02", "transit", "ESSEA01", "sea", "PY", ["AR", "ES"], "CN", "440399",
         "Troncos de palo santo para aromaterapia, 18 t", "PY", 18000, None, 21600, "USD",
         "palo santo from Paraguay is Bulnesia sarmientoi (Appendix II); the unlisted Bursera comes from Ecuador "
         "and Peru; no permit, in transit to China; Spanish wording",
         {"importer_name": "Xiamen Aroma Wood Co", "importer_country": "CN"}),
        ("WLD-03", "import", "NLSEA01", "sea", "BR", [], "NL", "440922",
         "Hardwood decking, 'Brazilian teak' (cumaru), 21 x 145 mm, 40 m3", "BR", 40000, None, 60000, "EUR",
         "cumaru is Dipteryx (Appendix II), named in the description, without a CITES permit",
         {"importer_name": "Houthandel Terras BV", "importer_country": "NL"}),
        ("WLD-04", "import", "DEPOST01", "post", "CN", [], "DE", "911390",
         "Uhrenarmbänder, echtes Alligatorleder, 50 St.", "CN", 2, 50, 400, "USD",
         "genuine alligator leather (Alligator mississippiensis, Appendix II) needs an import permit; none is "
         "carried; German wording", person("Herr P. Schulz", "DE")),
        ("WLD-05", "import", "DEAIR01", "air", "PE", [], "DE", "030111",
         "Live ornamental catfish, L-numbers assorted (L046, L173), 300 pcs, oxygen bags", "PE", 30, 300, 9000,
         "USD",
         "L046 is Hypancistrus zebra (Appendix II), endemic to the Xingu in Brazil: exported from Peru without a "
         "permit; the second item is the usual cover of unlisted fish",
         {"importer_name": "Aquarium Großhandel Nord", "importer_country": "DE",
          "_more_items": [item("030111", "Live ornamental fish, Corydoras and tetras, 2,000 pcs", "PE", 60, 1400, "USD",
                               2000)]}),
        ("WLD-06", "import", "NLSEA01", "sea", "MX", [], "NL", "440349",
         "Hardwood blocks, guayacán, for propeller-shaft bearings, 3 t", "MX", 3000, None, 16500, "USD",
         "guayacán from Mexico is lignum vitae (Guaiacum sanctum, Appendix II), the wood of shaft bearings; no "
         "permit", {"importer_name": "Scheepstechniek Lagers BV", "importer_country": "NL"}),
        ("WLD-07", "export", "PTAIR01", "air", "PT", [], "HK", "030579",
         "Barbatanas secas de raia-viola, 'white fins', 200 kg", "PT", 200, None, 48000, "EUR",
         "'white fins' at 240 EUR/kg come from wedgefish and guitarfish (Rhinidae, Glaucostegidae, Appendix II), "
         "not rays; no export permit; Portuguese wording",
         {"importer_name": "Sheung Wan Dried Seafood", "importer_country": "HK"}),
        ("WLD-08", "import", "ITPOST01", "post", "CN", [], "IT", "121190",
         "野生天麻，干片，500 g x 10", "CN", 5, 10, 150, "USD",
         "'野生天麻' is wild-collected Gastrodia elata, an orchid (Appendix II), not cultivated tianma; no permit; "
         "Chinese wording", person("Sig.ra L. Wang", "IT")),
        ("WLD-09", "import", "NLPOST01", "post", "IN", [], "NL", "121190",
         "Sarpagandha root powder (Rauvolfia), ayurvedic, 10 kg", "IN", 10, 1, 120, "USD",
         "sarpagandha is Rauvolfia serpentina (Appendix II, all parts but seeds and finished medicines); raw "
         "root powder without a permit", person("Dhr. R. Sharma", "NL")),
        ("WLD-10", "import", "ESAIR01", "express", "MX", [], "ES", "640391",
         "Botas vaqueras, piel de elefante, 6 pares", "MX", 9, 6, 1800, "USD",
         "elephant leather (Loxodonta africana, Appendix I/II) needs a permit; none carried; Spanish wording",
         person("Sr. J. Herrera", "ES")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "CL", "DE", "283421",
     "Potassium nitrate 99 %, technical, for a fireworks maker, 10 t", "CL", 10000, None, 12000, "USD",
     [("PRECURSOR_LICENCE", "DE-BAFA-29-0511")], "potassium nitrate to a licensed fireworks maker"),
    ("PRM-02", "precursors", "import", "SEROAD01", "road", "NO", "SE", "360200",
     "Packaged emulsion explosive, 65 mm cartridges, for a quarry, 4 t", "NO", 4000, 160, 15000, "EUR",
     [("IMPORT_LICENCE", "SE-MSB-29-0190")], "emulsion cartridges to a quarry under an import licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "KR", "262029",
     "Lead battery paste, desulphurised, for a secondary lead smelter, 22 t", "NL", 22000, None, 11000, "EUR",
     [("BASEL_CONSENT", "NL-ILT-29-0834")], "notified lead paste to a permitted smelter"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "700100",
     "CRT funnel glass, leaded, from a WEEE plant, for lead recovery, 20 t", "CH", 20000, None, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-29-0612")], "notified Swiss CRT glass to a German lead smelter"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "CN", "NL", "290342",
     "Difluoromethane (R-32), returnable cylinders, within quota, 18 t", "CN", 18000, None, 72000, "USD",
     [("FGAS_QUOTA", "NL-ILT-FG-29-0077")], "R-32 within the importer's quota"),
    ("PRM-06", "ozone", "import", "DEAIR01", "air", "US", "DE", "290319",
     "1,1,1-Trichloroethane, analytical standard, 4 x 1 l, for a laboratory", "US", 5, 4, 900, "USD",
     [("ODS_LICENCE", "DE-UBA-ODS-29-008")], "laboratory ODS under licence"),
    ("PRM-07", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970310",
     "Statuetta in bronzo, Firenze, fine XVI secolo, con attestato di libera circolazione", "IT", 4, 1, 120000,
     "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-UE-29-1142")], "a Renaissance bronze with its export certificate"),
    ("PRM-08", "cultural", "import", "DEAIR01", "air", "GB", "DE", "970510",
     "Cypriot Bronze Age red polished jug, deaccessioned museum collection since 1910", "CY", 3, 1, 9500, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-29-0388")], "an old-collection Cypriot jug with its export licence"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "841989",
     "Nose-only inhalation exposure system, 24 ports, for a toxicology laboratory", "DE", 900, 1, 95000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-29-4471"), ("END_USER_CERTIFICATE", "JP-METI-EUC-29-0211")],
     "AG-listed inhalation chamber under licence to a Japanese toxicology lab"),
    ("PRM-10", "strategic", "export", "BEAIR01", "air", "BE", "KR", "281219",
     "Arsenic trichloride 99.9999 %, for epitaxy, 10 kg", "BE", 10, 2, 6000, "EUR",
     [("EXPORT_LICENCE", "BE-VL-29-0702"), ("END_USER_CERTIFICATE", "KR-MOTIE-EUC-29-0150")],
     "Schedule 2 chemical to a Korean compound-semiconductor fab under licence"),
    ("PRM-11", "wildlife", "import", "NLSEA01", "sea", "BR", "NL", "440922",
     "Cumaru (Dipteryx odorata) decking, legal origin, 30 m3", "BR", 30000, None, 52000, "EUR",
     [("CITES_PERMIT", "BR-IBAMA-29-01877")], "cumaru with its Appendix II export permit"),
    ("PRM-12", "wildlife", "import", "FRSEA01", "sea", "CM", "FR", "121190",
     "Prunus africana bark, dried, within the national quota, 10 t", "CM", 10000, None, 24000, "EUR",
     [("CITES_PERMIT", "CM-CITES-29-0412")], "African cherry bark with its CITES permit"),
]

CONSIGNEES = {
    "PRM-01": "Pyro Sachsen Feuerwerk GmbH", "PRM-02": "Nordkalk Bergtäkt AB", "PRM-03": "Korea Zinc Onsan Works",
    "PRM-04": "Harz-Metall GmbH", "PRM-05": "Koudetechniek Groothandel BV", "PRM-06": "Analytik Labor Rhein GmbH",
    "PRM-07": "Mr A. Keller", "PRM-08": "Dr. H. Brandt", "PRM-09": "Kyoto Toxicology Institute",
    "PRM-11": "Houthandel Terras BV", "PRM-12": "Phyto Extraits Lyon",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Goods that travel by post or express travel only so, with parcel masses.
base.GOODS = [
    # sensitive-looking lawful trade (37 rows)
    ("390319", "General-purpose polystyrene (GPPS), crystal, prime, 25 kg bags", "import", ["sea"], ["KR", "TW"], (1.2, 1.5), (20000, 24000), ["USD"], None, S),
    ("390799", "PBT resin, prime, unfilled, injection grade", "import", ["sea"], ["CN", "TW"], (1.8, 2.4), (18000, 22000), ["USD"], None, S),
    ("390320", "SAN copolymer, prime, natural", "import", ["sea"], ["KR", "TW"], (1.6, 2.1), (18000, 22000), ["USD"], None, S),
    ("282410", "Red lead (lead tetroxide) pigment, for a paint maker", "import", ["sea"], ["IN", "CN"], (2.4, 3.2), (10000, 18000), ["USD"], None, S),
    ("851762", "Refurbished network radio units, tested, with warranty and test reports", "import", ["air"], ["US", "GB"], (80, 160), (200, 1500), ["USD", "GBP"], 0.1, S),
    ("550340", "Polypropylene staple fibre, virgin, for carpets", "import", ["sea"], ["TR", "IN"], (1.4, 1.9), (16000, 22000), ["USD", "EUR"], None, S),
    ("251110", "Barite, API 13A, virgin, 4.2 SG, big bags", "import", ["sea"], ["MA", "IN", "CN"], (0.15, 0.25), (22000, 26000), ["USD"], None, S),
    ("382499", "Neutral hardening salt, new, cyanide-free, 25 kg drums", "import", ["road"], ["CH", "GB"], (2.5, 4), (2000, 6000), ["EUR", "GBP"], None, S),
    ("870421", "Used vans, roadworthy, 2019, with technical inspection report", "export", ["sea"], ["GH", "TG", "BJ"], (5, 8), (6000, 12000), ["EUR"], 0.0005, S),
    ("700100", "Float glass cutting offcuts, clean, clear", "import", ["road"], ["CH", "NO"], (0.06, 0.1), (20000, 24000), ["EUR"], None, S),
    ("731100", "LPG cylinders 11 kg, new, empty, EN 1442", "export", ["sea"], ["MA", "SN", "GH"], (2.5, 3.5), (10000, 16000), ["EUR"], 0.08, S),
    ("901831", "Sterile single-use syringes, new, boxed", "import", ["sea"], ["CN", "IN"], (4, 7), (4000, 12000), ["USD"], None, S),
    ("283340", "Pool oxygen granules, potassium monopersulphate, 5 kg tubs", "import", ["sea"], ["CN", "US"], (1.8, 2.8), (8000, 16000), ["USD"], None, S),
    ("382450", "Non-explosive demolition agent, quicklime-based, 5 kg bags", "import", ["sea"], ["KR", "CN"], (1.0, 1.6), (5000, 12000), ["USD"], None, S),
    ("930630", "Powder-actuated fastening cartridges 6.8/11, 1.4S, strips", "import", ["sea"], ["US", "CN"], (18, 30), (500, 2000), ["USD"], None, S),
    ("283321", "Magnesium sulphate heptahydrate, Epsom salt, 25 kg bags", "import", ["sea"], ["CN", "IN"], (0.2, 0.3), (20000, 25000), ["USD"], None, S),
    ("280800", "Nitric acid 38 %, fertigation grade, to a greenhouse cooperative, IBC", "import", ["road"], ["NO", "GB"], (0.35, 0.5), (10000, 20000), ["EUR"], None, S),
    ("340600", "Candle-making kit, paraffin wax and cotton wicks", "import", ["post", "express"], ["GB", "US"], (8, 15), (1, 4), ["GBP", "USD"], 1, S),
    ("392099", "Cosmetic glitter, PET, hexagon 1 mm, 500 g jars", "import", ["post", "express"], ["CN", "GB"], (12, 25), (1, 3), ["USD", "GBP"], 2, S),
    ("290549", "Erythritol sweetener, 1 kg pouches", "import", ["post", "express"], ["US", "GB"], (6, 10), (1, 5), ["USD", "EUR"], 1, S),
    ("380210", "Activated carbon pellets for aquarium filters, 1 kg", "import", ["post", "express"], ["CN", "GB"], (6, 12), (1, 4), ["USD", "EUR"], 1, S),
    ("271112", "Airsoft green gas (propane with silicone oil), 1,000 ml cans", "import", ["sea"], ["TW", "HK"], (4, 7), (2000, 6000), ["USD"], 2, S),
    ("842410", "Water-mist fire extinguishers 6 l, new", "import", ["sea"], ["CN", "TR"], (4, 6), (4000, 9000), ["USD", "EUR"], 0.1, S),
    ("290919", "Hydrofluoroether HFE-7100 engineering fluid, 5 l cans", "import", ["sea", "air"], ["US", "JP"], (35, 55), (300, 2000), ["USD"], None, S),
    ("290322", "Trichloroethylene 99.5 %, stabilised, for metal degreasing, drums", "import", ["sea"], ["US", "JP"], (1.0, 1.5), (12000, 18000), ["USD"], None, S),
    ("841821", "Retro-design fridges, new, R-600a", "import", ["sea"], ["TR", "CN"], (4, 6), (8000, 14000), ["EUR", "USD"], 0.02, S),
    ("390950", "Two-component PU spray foam kits, HFO-1234ze blown", "import", ["sea"], ["US"], (7, 10), (2000, 6000), ["USD"], 0.11, S),
    ("830629", "Brass processional crosses, new, workshop-made, Ethiopian style", "import", ["post", "express"], ["ET", "KE"], (25, 50), (1, 5), ["USD"], 1, S),
    ("442191", "New carved bamboo figures, tourist craft, with shop invoice", "import", ["post", "express"], ["ID", "VN"], (10, 20), (1, 4), ["USD"], 2, S),
    ("392640", "Resin casts of fossil fish, museum shop", "import", ["post", "express"], ["US", "GB"], (20, 40), (1, 4), ["USD", "GBP"], 1, S),
    ("293399", "Solifenacin succinate API, to an EU generics maker", "import", ["air"], ["IN", "CN"], (300, 600), (50, 300), ["USD"], None, S),
    ("853221", "Tantalum capacitors, SMD, to an EU electronics maker", "import", ["air"], ["MX", "CN", "US"], (150, 300), (50, 300), ["USD", "EUR"], None, S),
    ("160432", "Trout roe, orange, 100 g jars", "import", ["road", "air"], ["NO", "IS"], (35, 60), (200, 1500), ["EUR"], None, S),
    ("030111", "Cardinal tetras, farmed, with health certificate", "import", ["air"], ["SG", "TH"], (60, 120), (20, 120), ["EUR", "USD"], 40, S),
    ("330741", "Palo santo incense sticks (Bursera graveolens), Ecuador", "import", ["post", "express"], ["EC", "PE"], (20, 40), (1, 3), ["USD"], 20, S),
    ("911390", "Watch straps, calf leather, croco-embossed", "import", ["post", "express"], ["CN", "CH"], (60, 150), (1, 2), ["USD", "CHF"], 25, S),
    ("440910", "Thermo-pine decking, profiled, Nordic", "import", ["road", "sea"], ["NO"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    # everyday trade
    ("080430", "Pineapples, fresh", "import", ["sea"], ["CR", "CI", "GH"], (0.6, 0.9), (18000, 22000), ["USD"], None, N),
    ("070920", "Asparagus, green, fresh", "import", ["air"], ["PE", "MX"], (4, 6), (2000, 8000), ["USD"], None, N),
    ("080620", "Raisins, sultanas", "import", ["sea"], ["TR", "IR", "ZA"], (1.8, 2.6), (18000, 22000), ["USD"], None, N),
    ("110100", "Wheat flour, 25 kg bags", "export", ["sea"], ["LY", "SN", "AO"], (0.35, 0.5), (22000, 26000), ["EUR"], None, N),
    ("100590", "Maize, yellow, bulk", "import", ["sea"], ["BR", "UA", "US"], (0.2, 0.28), (25000, 30000), ["USD"], None, N),
    ("030354", "Frozen mackerel, whole", "export", ["sea"], ["NG", "EG", "JP"], (1.0, 1.6), (22000, 26000), ["EUR"], None, N),
    ("040221", "Whole milk powder, 25 kg bags", "export", ["sea"], ["DZ", "CN", "SA"], (3.5, 4.5), (18000, 24000), ["EUR"], None, N),
    ("040610", "Mozzarella, fresh", "export", ["road"], ["GB", "CH"], (4, 6), (8000, 16000), ["EUR"], None, N),
    ("170490", "Confectionery, gummy sweets", "import", ["sea"], ["TR", "CN"], (2, 3.5), (10000, 18000), ["USD", "EUR"], None, N),
    ("180632", "Chocolate bars, filled", "export", ["road", "sea"], ["GB", "US", "CH"], (5, 8), (8000, 16000), ["EUR"], None, N),
    ("200570", "Olives, prepared, in jars", "export", ["sea"], ["US", "CA", "AU"], (2.5, 4), (15000, 20000), ["EUR"], None, N),
    ("220410", "Sparkling wine, 0.75 l", "export", ["sea", "road"], ["US", "GB", "JP"], (6, 12), (8000, 16000), ["EUR"], 1.3, N),
    ("230990", "Fish feed, extruded pellets", "export", ["sea"], ["TR", "CL", "EG"], (1.2, 1.8), (20000, 24000), ["EUR"], None, N),
    ("252329", "Portland cement, CEM I 42.5, bags", "import", ["sea"], ["TR", "EG"], (0.07, 0.1), (25000, 30000), ["USD"], None, N),
    ("271019", "Engine oil 5W-30, 4 l cans", "export", ["sea"], ["NG", "MA", "SA"], (2.5, 4), (15000, 20000), ["EUR"], None, N),
    ("320910", "Acrylic wall paint, water-based, 10 l pails", "export", ["road", "sea"], ["RS", "MA", "GB"], (2, 3.5), (10000, 18000), ["EUR"], None, N),
    ("330300", "Perfumes, eau de parfum, 50 ml", "export", ["air"], ["AE", "US", "CN"], (60, 150), (200, 1500), ["EUR"], None, N),
    ("330491", "Face powder and make-up", "import", ["post", "express"], ["KR", "US"], (30, 60), (1, 3), ["USD"], 5, N),
    ("340290", "Laundry detergent, liquid, retail", "import", ["road"], ["TR", "RS"], (1.0, 1.6), (15000, 20000), ["EUR"], None, N),
    ("401170", "Agricultural tractor tyres, radial", "import", ["sea"], ["CN", "IN"], (1.8, 2.8), (8000, 14000), ["USD"], 0.015, N),
    ("420221", "Handbags, leather", "import", ["post", "express"], ["TR", "CN"], (80, 200), (1, 3), ["EUR", "USD"], 1, N),
    ("430390", "Sheepskin slippers", "import", ["post", "express"], ["AU", "NZ", "GB"], (25, 45), (1, 3), ["USD", "GBP"], 2, N),
    ("441233", "Poplar plywood, 18 mm", "import", ["rail", "sea"], ["CN"], (0.45, 0.7), (20000, 25000), ["USD"], None, N),
    ("481820", "Paper towels and tissues", "import", ["road"], ["TR", "RS"], (1.0, 1.5), (8000, 14000), ["EUR"], None, N),
    ("490300", "Children's picture books", "import", ["post", "express"], ["GB", "US"], (12, 25), (1, 4), ["GBP", "USD"], 3, N),
    ("491199", "Art postcards and posters, printed", "import", ["post"], ["GB", "US"], (10, 20), (1, 2), ["GBP", "USD"], 20, N),
    ("510529", "Merino wool tops", "import", ["sea"], ["AU", "ZA", "UY"], (8, 12), (15000, 20000), ["USD"], None, N),
    ("570339", "Tufted carpets, polypropylene, rolls", "import", ["sea"], ["TR", "EG"], (3, 5), (10000, 18000), ["USD", "EUR"], None, N),
    ("611011", "Wool knitted sweaters, men's", "import", ["post", "express"], ["GB", "NO"], (40, 80), (1, 3), ["GBP", "EUR"], 2, N),
    ("620343", "Men's synthetic trousers", "import", ["sea"], ["VN", "BD"], (9, 15), (5000, 10000), ["USD"], 2.5, N),
    ("630221", "Cotton bed linen, printed", "import", ["sea"], ["PK", "IN", "TR"], (5, 8), (8000, 14000), ["USD"], None, N),
    ("640299", "Rubber sandals and flip-flops", "import", ["sea"], ["BR", "CN", "VN"], (4, 7), (5000, 10000), ["USD"], 3, N),
    ("660191", "Umbrellas, telescopic", "import", ["sea"], ["CN"], (4, 7), (3000, 8000), ["USD"], 3, N),
    ("681099", "Precast concrete paving slabs", "import", ["road"], ["RS", "BA"], (0.08, 0.15), (22000, 26000), ["EUR"], None, N),
    ("691200", "Ceramic mugs, stoneware", "import", ["sea"], ["CN", "TR"], (1.8, 3), (8000, 14000), ["USD", "EUR"], 3, N),
    ("701349", "Drinking glasses, tempered", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (8000, 14000), ["USD", "EUR"], 4, N),
    ("732393", "Stainless steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (6000, 12000), ["USD"], None, N),
    ("761010", "Aluminium windows and door frames", "export", ["road"], ["CH", "NO"], (8, 14), (3000, 9000), ["EUR"], None, N),
    ("820110", "Garden spades and shovels", "import", ["sea"], ["CN", "IN"], (2, 3.5), (6000, 12000), ["USD"], None, N),
    ("820411", "Hand-operated spanners, chrome vanadium", "import", ["sea"], ["TW", "CN"], (4, 7), (4000, 9000), ["USD"], None, N),
    ("841451", "Ceiling and table fans", "import", ["sea"], ["CN"], (3, 5), (6000, 12000), ["USD"], 0.2, N),
    ("842211", "Dishwashers, household", "import", ["road", "sea"], ["TR"], (4, 6), (10000, 15000), ["EUR"], 0.02, N),
    ("845011", "Washing machines, front-loading, 8 kg", "import", ["road", "sea"], ["TR", "CN"], (3.5, 5), (10000, 16000), ["EUR", "USD"], 0.014, N),
    ("846719", "Pneumatic hand tools, impact wrenches", "import", ["sea"], ["TW", "CN"], (10, 18), (2000, 6000), ["USD"], None, N),
    ("848180", "Ball valves, brass", "import", ["sea"], ["CN", "TR"], (6, 10), (4000, 10000), ["EUR", "USD"], None, N),
    ("850710", "Lead-acid batteries, new, 12 V, for trucks", "export", ["sea"], ["MA", "GH", "SN"], (2.2, 3.2), (15000, 20000), ["EUR"], 0.02, N),
    ("850980", "Kitchen blenders and food processors", "import", ["sea", "rail"], ["CN"], (6, 10), (4000, 9000), ["USD"], 0.3, N),
    ("851671", "Coffee machines, household", "import", ["sea"], ["CN", "CH"], (10, 18), (4000, 9000), ["USD", "CHF"], 0.15, N),
    ("851713", "Smartphones, new, sealed", "import", ["air"], ["CN", "VN", "IN"], (300, 700), (200, 1500), ["USD"], 4, N),
    ("852351", "USB flash drives and memory cards", "import", ["post", "express"], ["CN", "TW"], (100, 300), (1, 2), ["USD"], 40, N),
    ("870121", "Road tractors for semi-trailers, diesel, new", "export", ["sea"], ["MA", "SA", "ZA"], (9, 13), (7000, 9000), ["EUR"], 0.00013, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["TW", "KH", "CN"], (12, 20), (4000, 9000), ["USD"], 0.06, N),
    ("900311", "Spectacle frames, plastic", "import", ["post", "express"], ["CN", "HK"], (60, 150), (1, 2), ["USD", "EUR"], 30, N),
    ("901920", "CPAP therapy devices, new", "import", ["air"], ["AU", "US", "SG"], (60, 120), (200, 1000), ["USD"], 0.5, N),
    ("902511", "Clinical thermometers, digital", "import", ["sea", "air"], ["CN"], (30, 60), (300, 2000), ["USD"], 20, N),
    ("920710", "Digital pianos and keyboards", "import", ["sea"], ["CN", "JP", "ID"], (10, 18), (4000, 9000), ["USD"], 0.05, N),
    ("940161", "Upholstered wooden armchairs", "import", ["sea"], ["VN", "MY"], (5, 9), (5000, 10000), ["USD"], 0.05, N),
    ("940429", "Mattresses, pocket spring", "import", ["road"], ["RS", "TR"], (3, 5), (6000, 12000), ["EUR"], 0.03, N),
    ("950300", "Wooden toys and puzzles", "import", ["post", "express"], ["CN", "VN"], (10, 25), (1, 4), ["USD", "EUR"], 3, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (5, 8), (3000, 8000), ["USD"], 2.5, N),
    ("961700", "Vacuum flasks, stainless", "import", ["sea"], ["CN"], (5, 8), (4000, 9000), ["USD"], 2, N),
    ("640351", "Leather ankle boots", "import", ["post", "express"], ["BR", "IN", "GB"], (40, 80), (1, 3), ["EUR"], 1, N),
    ("210610", "Protein isolate, soy, 25 kg bags", "import", ["sea"], ["CN", "US"], (3, 5), (15000, 20000), ["USD"], None, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind21", 20290901, HERE)


if __name__ == "__main__":
    main()
