#!/usr/bin/env python3
"""Writes the twenty-ninth blind set (tests/risk/data/blind29-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated January - February 2031, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-six profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses:
a disguised row's extra header fields may carry "_item" (fields merged into its item)
and "_more_items" (further items).

Ordinary and permitted rows carry a consignee_name where a real declaration would
(private persons receiving parcels by post or express, named companies on part of the
commercial shipments, drawn with a separate seeded generator); goods that travel by post
or express travel only so, with parcel masses, and no ordinary partner is an EU member.
Disguised rows carry a consignee only where a real declaration would. Ids are BL29-*:

    python3 tests/risk/data/make_blind29_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2031, 1, 1)
base.DAYS = 59  # 1 January to 28 February 2031
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRPOST01", "post", "CN", [], "FR", "282990",
         "Sel d'électrolyte pour usinage électrochimique (ECM), perchlorate de sodium 99 %, 2 x 10 kg", "CN", 20,
         2, 70, "USD",
         "ECM electrolytes are sodium nitrate or chloride solutions bought by workshops; 20 kg of 99 % sodium "
         "perchlorate (Annex I) by post to a private person; French wording", person("M. R. Garnier", "FR")),
        ("PRE-02", "import", "ESAIR01", "express", "CN", [], "ES", "283429",
         "Sales minerales de baño, nitrato de magnesio hexahidratado 99 %, 25 kg", "CN", 25, 1, 55, "USD",
         "bath salts are magnesium sulphate or chloride; 25 kg of pure magnesium nitrate hexahydrate (Annex II) to "
         "a private person; Spanish wording", person("Sr. A. Moreno", "ES")),
        ("PRE-03", "import", "DEAIR01", "express", "TR", [], "DE", "293369",
         "Campingzubehör-Set: Trockenbrennstoff Hexamin Pulver 10 kg", "TR", 10, 1, 40, "EUR",
         "fuel tablets come pressed, not as loose hexamine powder, and the same parcel carries 98 % sulphuric and "
         "98 % nitric acid: the three reagents of a nitramine synthesis in one 'camping set' to a private person; "
         "German wording",
         {"consignee_name": "Privatperson", "importer_country": "DE",
          "_more_items": [item("280700", "Akkusäure Schwefelsäure 98 %, 5 l", "TR", 9, 15, "EUR"),
                          item("280800", "Salpetersäure 98 % rauchend, 5 l, 'Reinigungsmittel'", "TR", 7.5, 25,
                               "EUR")]}),
        ("PRE-04", "import", "PLRAIL01", "rail", "CN", ["KZ"], "PL", "310210",
         "Urea prilled, porous prills, N 34.4 %, oil absorption 7 %, bulk bags 1 t, 66 t", "CN", 66000, 66,
         19800, "USD",
         "urea carries 46 % N and is never 'porous' with an oil-absorption figure: 34.4 % N porous prills are "
         "explosive-grade ammonium nitrate (Annex I) declared under the urea code",
         firm("Agro-Chem Trade Sp. z o.o.", "PL")),
        ("PRE-05", "export", "BEAIR01", "air", "BE", [], "NG", "360350",
         "Special-effects squibs for film (bullet hits), copper shell 6.3 mm, base charge 0.4 g PETN and 0.3 g "
         "lead azide, leg wires 2 m, 2,000 pcs", "BE", 60, 2000, 4800, "EUR",
         "a squib with a PETN base charge under a lead-azide primary in a copper shell is an electric detonator "
         "(No. 8 class), not a film effect, to a Lagos 'production company' with no explosives licence",
         {"importer_name": "Lekki Film Effects Ltd", "importer_country": "NG"}),
        ("PRE-06", "import", "ITAIR01", "express", "CN", [], "IT", "284700",
         "泳池消毒剂 过氧化氢 50 % / Disinfettante piscina, 20 l x 6", "CN", 145, 6, 190, "USD",
         "the Chinese reads 'swimming-pool disinfectant, hydrogen peroxide 50 %': 120 l of 50 % peroxide "
         "(Annex I, limit 12 %) to a private address, where pools are treated with chlorine or 3-8 % products",
         person("Sig. D. Marino", "IT")),
        ("PRE-07", "import", "PTAIR01", "air", "BR", [], "PT", "282919",
         "Matéria-prima para pastilhas para a garganta, clorato de potássio 99 %, sacos 25 kg, 8 un.", "BR", 200,
         8, 520, "USD",
         "potassium chlorate left throat lozenges decades ago; 200 kg of 99 % chlorate (Annex I) to a small "
         "trading shop that makes no confectionery or medicine; Portuguese wording",
         firm("Casa Loureiro Comércio Lda", "PT")),
        ("PRE-08", "import", "ITROAD01", "road", "AL", [], "IT", "280800",
         "Disossidante per scafi in alluminio, acido nitrico 98 %, taniche 25 l, 12 pz", "AL", 420, 12, 600,
         "EUR",
         "hull cleaners are oxalic or phosphoric acid gels, and nitric acid is no remover for aluminium; 300 l of "
         "98 % nitric acid (Annex I, limit 3 %) to a chandlery; Italian wording",
         firm("Nautica Salento Srl", "IT")),
        ("PRE-09", "import", "GRSEA01", "sea", "EG", [], "GR", "340600",
         "Candle blocks, cast, cylinder 450 g with central well for wick, yellow-brown, 600 pcs", "EG", 270, 600,
         1200, "USD",
         "cast 450 g cylinders with a central well for a 'wick' and no wick included are pentolite/TNT cast "
         "boosters, whose well takes a detonator; yellow-brown is their colour, not wax",
         {"importer_name": "Olympia Home Decor", "importer_country": "GR"}),
        ("PRE-10", "import", "NLPOST01", "post", "CN", [], "NL", "810430",
         "Grondstof voor waterstofwatertabletten, magnesiumpoeder < 45 µm, 10 kg", "CN", 10, 1, 60, "USD",
         "hydrogen-water tablets are bought pressed; 10 kg of sub-45 µm magnesium powder (Annex II) to a private "
         "person is a flash-composition fuel; Dutch wording", person("Mw. L. Janssen", "NL")),
    ],
    "waste": [
        ("WST-01", "export", "DESEA01", "sea", "DE", [], "MY", "391590",
         "PET flakes hot-washed, colour mixed, with labels and caps, PVC content 8 %, 24 t", "DE", 24000, None,
         1900, "EUR",
         "hot-washed PET flake is clear or single-colour and free of caps and PVC; mixed-colour flake with labels, "
         "caps and 8 % PVC is contaminated plastic waste (Basel Y48/A3210) to Malaysia at scrap price",
         {"importer_name": "Klang Polymer Recovery Sdn Bhd", "importer_country": "MY"}),
        ("WST-02", "export", "ITSEA01", "sea", "IT", [], "TN", "392510",
         "Fusti e cisternette IBC usati in HDPE, per riutilizzo, con residui di prodotti chimici, non bonificati, "
         "1,200 pz", "IT", 18000, 1200, 0, "EUR",
         "drums and IBCs for reuse are washed and sold per piece; uncleaned ones with chemical residues at zero "
         "value are hazardous packaging waste (A4130), under a code for plastic tanks; Italian wording",
         {"importer_name": "Sfax Emballages SARL", "importer_country": "TN"}),
        ("WST-03", "export", "BESEA01", "sea", "BE", [], "GH", "844331",
         "Used photocopiers for refurbishment, 15-20 years old, untested, with toner residues, 60 pcs", "BE",
         9000, 60, 1800, "EUR",
         "copiers of 15-20 years, untested, at 30 EUR a piece are no refurbishment stock: e-waste (A1180) to "
         "Ghana", {"importer_name": "Kumasi Office Equipment", "importer_country": "GH"}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "PK", "850440",
         "Used UPS systems 10 kVA, with original lead-acid batteries, 40 units, as is", "BE", 9600, 40, 2400,
         "EUR",
         "old UPS cabinets sold 'as is' with their original lead-acid batteries (A1160) at 60 EUR a unit are "
         "e-waste carrying hazardous batteries",
         {"importer_name": "Lahore Power Solutions", "importer_country": "PK"}),
        ("WST-05", "export", "FRSEA01", "sea", "FR", [], "IN", "380190",
         "Carbon blocks scrap, from aluminium smelter pot relining, for recarburiser, 20 t", "FR", 20000, None,
         1000, "EUR",
         "cathode blocks from pot relining are spent pot lining, which carries cyanide and fluoride (A4050/A1120): "
         "a hazardous waste under a carbon code",
         {"importer_name": "Gujarat Carbon Products", "importer_country": "IN"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "NG", "271500",
         "Bitumen emulsion, from tank cleaning, water 40 %, sediments, 18 t", "NL", 18000, None, 0, "EUR",
         "bitumen emulsion is a road product made to a specification; 'from tank cleaning' with 40 % water and "
         "sediment at zero price is oily sludge (Y9)",
         {"importer_name": "Apapa Petroleum Services Ltd", "importer_country": "NG"}),
        ("WST-07", "export", "DEROAD01", "road", "DE", ["CZ", "SK", "HU"], "RS", "262190",
         "Puzzolan-Zusatzstoff für Zement, Flugasche aus Müllverbrennungsanlage, 25 t", "DE", 25000, None, 250,
         "EUR",
         "coal fly ash is a cement addition; fly ash from a municipal waste incinerator carries heavy metals and "
         "dioxins (Y18/A4100) and is hazardous waste; German wording",
         {"importer_name": "Cement Trade Beograd DOO", "importer_country": "RS"}),
        ("WST-08", "export", "ESPOST01", "post", "ES", [], "US", "711299",
         "Chatarra de aleación dental, Ag 35 %, Hg 50 %, de separadores de amalgama, 4 kg", "ES", 4, None, 120,
         "EUR",
         "a 'silver' scrap that is half mercury is dental amalgam waste (Y29/A1030), sent by post; Spanish wording",
         {"importer_name": "Dental Metals Refining Inc", "importer_country": "US"}),
        ("WST-09", "export", "NLSEA01", "sea", "NL", [], "VN", "390330",
         "ABS regrind black, from monitor and TV housings, with brominated flame retardants, 20 t", "NL", 20000,
         None, 3000, "EUR",
         "shredded black housings from WEEE with brominated flame retardants (A3180-type POP-bearing plastic) are "
         "hazardous plastic waste, not a clean regrind",
         {"importer_name": "Haiphong Nhua Tai Che", "importer_country": "VN"}),
        ("WST-10", "export", "BEAIR01", "air", "BE", [], "CM", "300490",
         "Médicaments divers pour don humanitaire, dates de péremption 2029-2030, 1.2 t", "BE", 1200, None, 0,
         "EUR",
         "medicines that expired in 2029-2030, shipped in 2031 as a 'donation' at zero value, are pharmaceutical "
         "waste (Y3); French wording",
         {"importer_name": "Association Santé Pour Tous Douala", "importer_country": "CM"}),
    ],
    "ozone": [
        ("OZN-01", "import", "DEPOST01", "post", "UA", [], "DE", "290351",
         "Kältemittel 'R-1234yf kompatibel', GWP 1430, Dosen 500 g, 12 St.", "UA", 6, 12, 60, "EUR",
         "R-1234yf has a GWP below 1; a refrigerant with GWP 1430 is HFC-134a, in non-refillable cans (banned) by "
         "post to a private person; German wording", person("Herr M. Vogel", "DE")),
        ("OZN-02", "import", "ESSEA01", "sea", "CN", [], "ES", "841510",
         "Aire acondicionado mono-split 3.5 kW, precargado R-410A 1.1 kg, 400 uds", "CN", 16000, 400, 84000,
         "USD",
         "single split systems holding less than 3 kg of an F-gas with GWP 750 or more may not be placed on the EU "
         "market since 2025; R-410A (GWP 2088) pre-charged units; Spanish wording",
         dict(firm("Climatizaciones Turia SL", "ES"), _more_items=[
             item("741110", "Tubo de cobre para climatización, rollos 15 m", "CN", 1200, 11000, "USD", qty=300)])),
        ("OZN-03", "import", "FRAIR01", "air", "AE", [], "FR", "290379",
         "Bromotrifluorométhane, bouteilles 10 kg, 'agent extincteur', 6 pcs", "AE", 60, 6, 2400, "USD",
         "bromotrifluoromethane is halon 1301, an ODS whose import is prohibited outside critical uses under "
         "licence, declared under the residual halogenated code; French wording",
         {"importer_name": "Sécurité Incendie Provence", "importer_country": "FR"}),
        ("OZN-04", "import", "PLROAD01", "road", "TR", ["BG", "RO", "HU", "SK"], "PL", "392111",
         "Płyty XPS do izolacji, środek spieniający HFC-134a, 30 mm, 2,400 m2", "TR", 2600, None, 7800, "EUR",
         "XPS boards blown with HFCs of GWP 150 or more are banned in the EU; the declaration names HFC-134a; "
         "Polish wording", firm("Budmat Izolacje Sp. z o.o.", "PL")),
        ("OZN-05", "import", "ITSEA01", "sea", "IN", [], "IT", "390729",
         "Polyol system for PU foam, pre-blended, contains 14 % HCFC-141b, drums 230 kg, 80 pcs", "IN", 18400, 80,
         46000, "USD",
         "a pre-blended polyol with HCFC-141b is an ODS-containing product whose import is prohibited",
         firm("Poliuretani Veneti Srl", "IT")),
        ("OZN-06", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "381400",
         "Reinigungsmittel für Kältekreisläufe, R-11, Fässer 200 l, 4 St.", "RS", 1200, 4, 3600, "EUR",
         "R-11 is CFC-11 (trichlorofluoromethane), an ODS, not a cleaner brand: flushing agents are HFO or "
         "hydrocarbon blends; German wording", firm("Kältetechnik Steiner GmbH", "AT")),
        ("OZN-07", "import", "DERAIL01", "rail", "CN", ["KZ", "PL"], "DE", "290312",
         "Dichloromethane, industrial, pressurised cylinders 926 l, 10 pcs", "CN", 9000, 10, 5400, "USD",
         "dichloromethane is a liquid shipped in drums and ISO tanks; in 926 l pressure cylinders the gas is "
         "difluoromethane (HFC-32), declared under the chlorinated code",
         firm("Ostwind Chemiehandel GmbH", "DE")),
        ("OZN-08", "import", "ESSEA01", "sea", "AE", [], "ES", "271119",
         "غاز فريون R-22 للتكييف، اسطوانات 13.6 كغ، 500 اسطوانة", "AE", 6800, 500, 20000, "USD",
         "the Arabic description reads 'freon gas R-22 for air conditioning', HCFC-22 (ODS, import prohibited) "
         "under a petroleum-gas code", firm("Refrigeración Al-Andalus SL", "ES")),
        ("OZN-09", "import", "NLSEA01", "sea", "CN", [], "NL", "290110",
         "工业四氟乙烷，钢瓶装 / Ethane, industrial, cylinders, 12 t", "CN", 12000, None, 21000, "USD",
         "the Chinese reads 'industrial tetrafluoroethane in cylinders': HFC-134a under the code of ethane, at an "
         "HFC price, not ethane's", firm("Lowlands Gas Trading BV", "NL")),
        ("OZN-10", "import", "GRSEA01", "sea", "CN", [], "GR", "382762",
         "Refrigerant R-410A, refillable cylinders 11.3 kg, 1,000 pcs", "CN", 11300, 1000, 34000, "EUR",
         "R-410A at 3 EUR/kg, a fraction of the quota-era market price, to a trading firm: quota-free HFC "
         "under-valued to hide the placing on the market", firm("Aegean Cool Trading IKE", "GR")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEPOST01", "post", "TR", [], "DE", "780600",
         "Angelgewichte aus Blei, rund 2-3 cm, mit Inschriften, 40 St.", "TR", 0.6, 40, 30, "EUR",
         "lead discs of 2-3 cm 'with inscriptions' are Byzantine lead seals (molybdoboulla) from metal detecting, "
         "not fishing weights; German wording", person("Herr F. Brandt", "DE")),
        ("CUL-02", "import", "FRSEA01", "sea", "LB", [], "FR", "690722",
         "Carreaux de sol en pierre, pré-assemblés sur treillis, motif figuratif avec inscription grecque, 12 m2",
         "LB", 900, None, 1500, "USD",
         "figurative stone tesserae with a Greek inscription on a mesh and cement back are a lifted late-Roman "
         "mosaic (Syria/Lebanon, ICOM Red List), not floor tiles; French wording",
         {"importer_name": "Décor Antique Marseille", "importer_country": "FR"}),
        ("CUL-03", "import", "ITPOST01", "post", "ET", [], "IT", "490199",
         "Libri usati, manoscritti su pergamena in ge'ez, rilegatura in legno, 3 pz", "ET", 4, 3, 90, "USD",
         "Ge'ez manuscripts on parchment in wooden boards are Ethiopian Orthodox church manuscripts, declared as "
         "used books; Italian wording", person("Sig.ra P. Conti", "IT")),
        ("CUL-04", "import", "ESPOST01", "post", "PE", [], "ES", "691390",
         "Huacos de cerámica, artesanía, 4 piezas", "PE", 5, 4, 60, "USD",
         "'huaco' in Peru means an archaeological ceramic from a grave; crafts are sold as 'réplicas'; Spanish "
         "wording", person("Sr. L. Navarro", "ES")),
        ("CUL-05", "import", "GBSEA01", "sea", "PK", [], "GB", "680299",
         "Garden decoration, grey schist Buddha heads, Gandhara style, weathered, 6 pcs", "PK", 240, 6, 600, "USD",
         "grey schist heads with weathering from Pakistan are Gandharan sculpture (export prohibited, ICOM Red "
         "List Afghanistan/Pakistan); new garden Buddhas are cast or granite",
         {"importer_name": "Oriental Garden Imports Ltd", "importer_country": "GB"}),
        ("CUL-06", "import", "NLAIR01", "express", "TR", [], "NL", "491191",
         "Decorative calligraphy prints, Ottoman tughra, on old paper with seals, 5 pcs", "TR", 0.8, 5, 150, "EUR",
         "'prints' on old paper bearing seals and a tughra are Ottoman firmans, archival documents, not prints",
         person("Dhr. K. Yilmaz", "NL")),
        ("CUL-07", "import", "PLROAD01", "road", "UA", [], "PL", "740400",
         "Złom brązu, metal dzwonowy, 1 szt., z napisem i datą 1784, 320 kg", "UA", 320, 1, 1900, "EUR",
         "'scrap' that is one bell-metal piece with an inscription and the date 1784 is an 18th-century church "
         "bell, heritage leaving a war zone, not scrap; Polish wording",
         {"importer_name": "Metal-Zbyt Rzeszów Sp. z o.o.", "importer_country": "PL"}),
        ("CUL-08", "import", "FRAIR01", "air", "MA", [], "FR", "490199",
         "Livres religieux arabes, anciennes impressions, reliures en cuir, de Tombouctou, 20 pcs", "ML", 30, 20,
         400, "EUR",
         "'old prints' from Timbuktu in leather bindings are Malian manuscripts (ICOM Red List West Africa), "
         "routed through Morocco; French wording",
         {"importer_name": "Librairie Orientale Paris", "importer_country": "FR"}),
        ("CUL-09", "export", "ESSEA01", "sea", "ES", [], "US", "940360",
         "Paneles de mueble de madera estilo antiguo, dorados y policromados con santos, 5 pzs", "ES", 350, 5,
         2500, "EUR",
         "gilded polychrome panels with saints are the panels of a retablo (Spanish heritage, export certificate "
         "needed), declared as furniture parts; Spanish wording",
         {"importer_name": "Mission Antiques LLC", "importer_country": "US"}),
        ("CUL-10", "transit", "NLAIR01", "air", "HK", ["NL"], "US", "680299",
         "石材工艺品 北魏石雕佛首 / Stone handicraft, Buddha head, 1 pc", "CN", 35, 1, 300, "USD",
         "the Chinese reads 'Northern Wei carved stone Buddha head': a sculpture of the 5th-6th century, whose "
         "export from China is prohibited, declared as a handicraft",
         {"importer_name": "Lotus Asian Art LLC", "importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DESEA01", "sea", "DE", [], "TR", "382499",
         "Flame retardant additive, dimethyl methylphosphonate CAS 756-79-6, drums, 8 t", "DE", 8000, None,
         28000, "EUR",
         "DMMP (CAS 756-79-6) is a CWC Schedule 2B chemical and Australia Group precursor needing an export "
         "licence, declared as a flame-retardant preparation to a Mersin trader",
         {"importer_name": "Mersin Kimya Dis Ticaret", "importer_country": "TR"}),
        ("STR-02", "export", "FRAIR01", "air", "FR", [], "AE", "292219",
         "Inhibiteur de corrosion aminé, 2-(diisopropylamino)éthanol CAS 96-80-0, 4 fûts 200 l", "FR", 700, 4,
         9000, "EUR",
         "N,N-diisopropylaminoethanol (CAS 96-80-0) is a Schedule 2B VX precursor under export control, declared "
         "as a corrosion inhibitor to a Dubai trader; French wording",
         {"importer_name": "Gulf Specialty Chemicals FZE", "importer_country": "AE"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["PL", "LT", "LV"], "KZ", "870830",
         "Bremsscheiben Kfz, Carbon-Wärmepaket P/N 2-1577, 6 St.", "US", 540, 6, 96000, "EUR",
         "a carbon heat-stack with an aircraft part number at 16,000 EUR a piece is an airliner wheel brake, not a "
         "car disc, to Kazakhstan (Russian aviation sanctions circumvention route); German wording",
         {"importer_name": "Avia Parts Almaty TOO", "importer_country": "KZ"}),
        ("STR-04", "export", "NLAIR01", "express", "NL", [], "KZ", "854231",
         "FPGA samples, Xilinx Kintex-7, 500 pcs, to private person", "US", 3, 500, 80000, "USD",
         "500 FPGAs worth 80,000 USD are no 'samples' and go to a private person in Kazakhstan: common high "
         "priority items (CHPL) for Russian re-export; the second item is more of the same",
         dict(person("Mr A. Nurlanov", "KZ"), _more_items=[
             item("854231", "Microcontrollers STM32F4, samples, 2,000 pcs", "MY", 2, 9000, "USD", qty=2000)])),
        ("STR-05", "export", "ITSEA01", "sea", "IT", [], "TR", "540792",
         "Woven fabric, carbon, prepreg epoxy, intermediate modulus, tensile 5,490 MPa, 1,200 m2", "IT", 480,
         None, 48000, "EUR",
         "carbon prepreg with 5,490 MPa tensile strength is a 1C010 dual-use fibrous material, not a textile, to a "
         "trader with no aerospace customers",
         {"importer_name": "Istanbul Tekstil Kompozit", "importer_country": "TR"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "AE", "854089",
         "Photomultiplier spare parts, 18 mm tubes, Gen 2+, 50 pcs", "FR", 8, 50, 95000, "EUR",
         "18 mm Gen 2+ tubes are image-intensifier tubes for night vision (dual-use 6A002), not photomultipliers",
         {"importer_name": "Optic Vision Trading LLC", "importer_country": "AE"}),
        ("STR-07", "import", "ITSEA01", "sea", "GE", [], "IT", "720110",
         "Pig iron, non-alloy, basic, P < 0.5 %, loaded Poti, origin Georgia, 30,000 t", "GE", 30000000, None,
         12600000, "USD",
         "Georgia has no blast furnace; 30,000 t of basic pig iron of 'Georgian origin' loaded at Poti is Russian "
         "pig iron (banned) with its origin laundered", firm("Fonderie Padane SpA", "IT")),
        ("STR-08", "export", "FRAIR01", "air", "FR", [], "AM", "220421",
         "Vins de Bordeaux grands crus classés, 1 200 bouteilles 0,75 l, pour usage personnel", "FR", 1400, 1200,
         360000, "EUR",
         "1,200 bottles of classed growths worth 360,000 EUR 'for personal use' of one person in Yerevan are "
         "luxury goods on the route of re-export to Russia (sanctions circumvention); French wording",
         person("M. A. Grigoryan", "AM")),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "HK", "902620",
         "Industrial pressure sensors, Monel diaphragm, 0-13 kPa absolute, 60 pcs", "DE", 30, 60, 72000, "EUR",
         "absolute pressure transducers with Monel diaphragms and a 0-13 kPa range are UF6-resistant nuclear "
         "dual-use sensors (2B230) to a Hong Kong trader",
         {"importer_name": "Kowloon Instrument Supply", "importer_country": "HK"}),
        ("STR-10", "export", "ITSEA01", "sea", "IT", [], "AE", "841950",
         "Scambiatori di calore in Hastelloy C-276 per impianto succhi di frutta, 4 pz", "IT", 6000, 4, 380000,
         "EUR",
         "juice plants use 316L stainless steel; heat exchangers wetted in a nickel alloy above 40 % Ni are "
         "Australia Group chemical-plant equipment; Italian wording",
         {"importer_name": "Emirates Food Processing FZCO", "importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "DEPOST01", "post", "ID", [], "DE", "392690",
         "Celluloid plectrums, tortoiseshell, genuine, hand cut, 100 pcs", "ID", 0.2, 100, 400, "USD",
         "celluloid 'tortoiseshell' is imitation; 'genuine' hand-cut picks at 4 USD each from Indonesia are "
         "hawksbill shell (CITES I)", person("Herr T. Krüger", "DE")),
        ("WLD-02", "transit", "NLAIR01", "air", "LK", ["NL"], "HK", "030579",
         "Dried fish gills 鱼鳃 'peng yu sai', plates 30 cm, 80 kg", "LK", 80, None, 24000, "USD",
         "dried gill plates of 30 cm sold as 'peng yu sai' at 300 USD/kg are manta and devil ray gill rakers "
         "(CITES II)", {"importer_name": "Wing Fat Dried Seafood", "importer_country": "HK"}),
        ("WLD-03", "import", "BEPOST01", "post", "UG", [], "BE", "050790",
         "Warthog tusks, hunting trophies, large 35-50 cm, 6 pcs", "UG", 9, 6, 300, "USD",
         "warthog tusks rarely pass 30 cm; 35-50 cm curved teeth from Uganda are hippopotamus canines (CITES II)",
         person("Mr J. Maes", "BE")),
        ("WLD-04", "import", "BEAIR01", "air", "CD", ["TR"], "BE", "010639",
         "Live racing pigeons, 40 pcs, in ventilated crates", "CD", 25, 40, 16000, "USD",
         "racing pigeons are not imported from Kinshasa at 400 USD a head in crates through Istanbul; the route and "
         "price are those of African grey parrots (CITES I) declared as pigeons",
         {"importer_name": "Avi Trade Antwerpen", "importer_country": "BE"}),
        ("WLD-05", "import", "ESSEA01", "sea", "UY", [], "ES", "030454",
         "Lomos de pez espada congelados, 'marrajo', con piel, 18 t", "UY", 18000, None, 72000, "USD",
         "'marrajo' is the Spanish name of the shortfin mako (CITES II), not swordfish; loins declared as swordfish "
         "escape the permit; Spanish wording", firm("Congelados Vigo Atlántico SL", "ES")),
        ("WLD-06", "import", "BGROAD01", "road", "GE", ["TR"], "BG", "160432",
         "Fish roe, pressed, black, tins 500 g, 40 kg", "AZ", 40, 80, 32000, "EUR",
         "pressed black roe at 800 EUR/kg from Azerbaijan is wild sturgeon caviar (CITES II, no permit), not a "
         "lumpfish substitute", firm("Black Sea Delicatesi EOOD", "BG")),
        ("WLD-07", "import", "DEAIR01", "air", "TR", [], "DE", "110620",
         "Salep-Pulver, Orchideenknollenmehl, 200 kg", "TR", 200, None, 30000, "EUR",
         "salep is ground tubers of wild orchids (all Orchidaceae CITES II); 200 kg of orchid tuber flour with no "
         "permit; German wording", firm("Anatolia Feinkost GmbH", "DE")),
        ("WLD-08", "import", "FRAIR01", "express", "TH", [], "FR", "911390",
         "Bracelets montre cuir embossé, python véritable, 150 pcs", "TH", 6, 150, 3000, "USD",
         "'embossed' leather that is 'genuine python' is python skin (CITES II) with no permit; French wording",
         {"importer_name": "Horlogerie Lyonnaise", "importer_country": "FR",
          "_more_items": [item("911390", "Bracelets montre cuir de veau, 300 pcs", "TH", 9, 1500, "USD", qty=300)]}),
        ("WLD-09", "import", "BEAIR01", "air", "CM", [], "BE", "021099",
         "Viande boucanée, viande de brousse fumée (singe), 60 kg", "CM", 60, None, 900, "EUR",
         "smoked bushmeat labelled 'monkey' is primate meat (CITES II or I), and no meat enters the EU without a "
         "veterinary certificate; French wording",
         {"consignee_name": "Mme B. Ngono", "importer_country": "BE"}),
        ("WLD-10", "import", "GBAIR01", "air", "IN", [], "GB", "621420",
         "Pashmina ring shawls, ultra-fine 10 micron, passes through finger ring, 12 pcs", "IN", 2, 12, 18000,
         "GBP",
         "a shawl of 10-micron fibre that passes through a ring and costs 1,500 GBP is shahtoosh, wool of the "
         "Tibetan antelope (CITES I); pashmina is 14-16 micron",
         {"importer_name": "Mayfair Cashmere Ltd", "importer_country": "GB"}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "CN", "DE", "282990",
     "Sodium perchlorate 99 %, for ammonium perchlorate conversion at a chemical plant, 10 t", "CN", 10000, None, 16000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-31-0041")], "perchlorate to a licensed chemical plant"),
    ("PRM-02", "precursors", "import", "ITROAD01", "road", "CH", "IT", "280800",
     "Nitric acid 68 %, IBC 1,000 l, for stainless pickling, 20 pcs", "CH", 28000, 20, 9500, "EUR",
     [("PRECURSOR_LICENCE", "IT-MI-31-0212")], "nitric acid to a pickling line under a licence"),
    ("PRM-03", "waste", "export", "BESEA01", "sea", "BE", "KR", "262030",
     "Copper-bearing dross for metal recovery, notified, 20 t", "BE", 20000, None, 30000, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-31-0090")], "notified dross to a Korean smelter"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "382530",
     "Clinical waste, for incineration, notified, 15 t", "NO", 15000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-31-0133")], "notified clinical waste to a licensed incinerator"),
    ("PRM-05", "ozone", "import", "DESEA01", "sea", "CN", "DE", "382762",
     "Refrigerant R-410A, refillable cylinders 40 l, 60 pcs, within quota", "CN", 2700, 60, 64000, "USD",
     [("FGAS_QUOTA", "DE-UBA-FG-31-0207")], "R-410A within the importer's quota"),
    ("PRM-06", "ozone", "import", "BEAIR01", "air", "US", "BE", "290376",
     "Halon 1301, recovered, for aircraft fire suppression (critical use), 4 cylinders", "US", 200, 4, 6000, "USD",
     [("ODS_LICENCE", "BE-FPS-ODS-31-0011")], "halon 1301 for a critical aviation use under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "CH", "970210",
     "Engraving, Albrecht Dürer, 1514, 1 pc", "DE", 1, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-31-0145")], "an old master print with its export certificate"),
    ("PRM-08", "cultural", "export", "ESAIR01", "air", "ES", "US", "970121",
     "Retablo panel, Castilian, circa 1520, tempera on wood, 1 pc", "ES", 40, 1, 120000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-31-0078")], "a retablo panel with its export permit"),
    ("PRM-09", "strategic", "export", "DEAIR01", "air", "DE", "JP", "902620",
     "Absolute pressure transducers, Monel diaphragm, 0-13 kPa, 10 pcs", "DE", 5, 10, 12000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-31-0551"), ("END_USER_CERTIFICATE", "JP-METI-EUC-31-0082")],
     "2B230 sensors to a Japanese fab under licence"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "US", "293141",
     "Dimethyl methylphosphonate, flame retardant grade, 16 t", "NL", 16000, None, 52000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-31-0310"), ("END_USER_CERTIFICATE", "US-EUC-31-0440")],
     "Schedule 2 chemical to a US foam maker under licence"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "TH", "FR", "911390",
     "Watch straps, python skin (Python reticulatus), 200 pcs", "TH", 8, 200, 5000, "USD",
     [("CITES_PERMIT", "TH-CITES-31-0412")], "python straps with their CITES permit"),
    ("PRM-12", "wildlife", "import", "DEAIR01", "air", "TW", "DE", "060290",
     "Phalaenopsis orchids, artificially propagated, in pots, 6,000 pcs", "TW", 3000, 6000, 15000, "USD",
     [("CITES_PERMIT", "TW-CITES-31-0900"), ("PHYTOSANITARY_CERTIFICATE", "TW-PHY-31-7788")],
     "nursery orchids with CITES and phytosanitary papers"),
]

CONSIGNEES = {
    "PRM-01": "Electrochemie Bitterfeld GmbH", "PRM-02": "Acciai Inox Brescia SpA", "PRM-04": "AVR Rozenburg BV",
    "PRM-05": "Kälte Nord GmbH", "PRM-06": "Brussels Airline Maintenance NV", "PRM-07": "Mr H. Keller",
    "PRM-08": "Sotheby's New York Inc", "PRM-09": "Tokyo Semicon Fab KK", "PRM-10": "Carolina Foam Inc",
    "PRM-11": "Horlogerie Lyonnaise", "PRM-12": "Orchideen Weber GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390740", "Polycarbonate, prime, injection grade, 25 kg bags", "import", ["sea"], ["KR", "SA"], (2.2, 2.9), (18000, 22000), ["USD"], None, S),
    ("390330", "ABS, prime, natural, injection grade", "import", ["sea"], ["KR", "TW"], (1.6, 2.2), (18000, 22000), ["USD"], None, S),
    ("390761", "PET bottle resin, prime, IV 0.80", "import", ["sea"], ["CN", "OM"], (1.0, 1.3), (20000, 24000), ["USD"], None, S),
    ("391590", "Clear PET bottle flakes, hot-washed, food-contact approved, PVC < 50 ppm", "import", ["road"], ["CH", "NO"], (0.9, 1.2), (18000, 22000), ["EUR"], None, S),
    ("847170", "New SSD drives 1 TB, boxed", "import", ["air"], ["TW", "KR"], (300, 500), (100, 800), ["USD"], 20, S),
    ("850440", "New online UPS 3 kVA with new sealed batteries, boxed", "import", ["sea"], ["CN", "TW"], (8, 12), (3000, 8000), ["USD"], 0.03, S),
    ("847130", "Refurbished laptops, graded A, data-wiped, tested, 12-month warranty", "import", ["sea"], ["GB", "US"], (60, 110), (1000, 4000), ["USD", "GBP"], 0.5, S),
    ("380190", "Calcined petroleum coke recarburiser, C 98.5 %", "import", ["sea"], ["CN", "IN"], (0.5, 0.7), (20000, 24000), ["USD"], None, S),
    ("262190", "Coal fly ash, class F, for concrete, EN 450", "import", ["sea"], ["TR", "MA"], (0.03, 0.06), (22000, 26000), ["USD"], None, S),
    ("271500", "Cationic bitumen emulsion C60B4, road grade", "import", ["road"], ["RS", "CH"], (0.35, 0.5), (20000, 24000), ["EUR"], None, S),
    ("293369", "Hexamethylenetetramine, technical, to a resin maker", "import", ["sea"], ["CN", "SA"], (1.1, 1.5), (15000, 20000), ["USD"], None, S),
    ("283429", "Calcium nitrate fertiliser, 15.5 % N, greenhouse grade", "import", ["sea"], ["NO", "CN"], (0.4, 0.55), (22000, 26000), ["USD", "EUR"], None, S),
    ("310210", "Urea prilled, 46 % N, fertiliser", "import", ["sea"], ["EG", "DZ", "QA"], (0.35, 0.5), (25000, 30000), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy bottles 250 ml", "import", ["post", "express"], ["GB", "CH"], (4, 8), (1, 3), ["GBP", "CHF"], 4, S),
    ("340600", "Pillar candles, paraffin, with wick, retail", "import", ["sea"], ["CN", "VN"], (2, 3), (6000, 12000), ["USD"], 5, S),
    ("760310", "Aluminium powder, atomised, for thermal-spray coating, to a coater", "import", ["sea"], ["CN", "US"], (3, 4.5), (2000, 6000), ["USD"], None, S),
    ("280700", "Sulphuric acid 96 %, bulk, to a fertiliser plant", "import", ["sea"], ["MA", "NO"], (0.08, 0.15), (20000, 25000), ["USD", "EUR"], None, S),
    ("853190", "Wireless fire alarm sounders, new", "import", ["sea"], ["CN"], (15, 25), (1000, 3000), ["USD"], 3, S),
    ("841510", "Mono-split air conditioners 3.5 kW, pre-charged R-290 0.3 kg", "import", ["sea"], ["CN", "TH"], (5, 7), (12000, 18000), ["USD"], 0.025, S),
    ("392111", "XPS insulation boards, CO2-blown, 50 mm", "import", ["road"], ["TR", "RS"], (2.5, 3.5), (2000, 4000), ["EUR"], None, S),
    ("390729", "Polyol system for PU foam, water-blown, HFO co-blown", "import", ["sea"], ["KR", "US"], (2.3, 3.0), (15000, 20000), ["USD"], None, S),
    ("290312", "Dichloromethane, technical, steel drums", "import", ["sea"], ["CN", "US"], (0.6, 0.9), (16000, 20000), ["USD"], None, S),
    ("290351", "HFO-1234ze(E) refrigerant, refillable cylinders, to a chiller maker", "import", ["sea"], ["US", "JP"], (14, 20), (1000, 3000), ["USD"], None, S),
    ("845121", "Heat-pump tumble dryers, household, R-290, sealed", "import", ["sea"], ["TR", "CN"], (4, 6), (8000, 12000), ["EUR", "USD"], 0.02, S),
    ("780600", "Lead fishing sinkers, new, retail packs", "import", ["post"], ["GB", "CN"], (6, 10), (1, 4), ["GBP", "USD"], 40, S),
    ("690721", "Porcelain floor tiles, new, 60 x 60", "import", ["sea"], ["IN", "TR"], (0.3, 0.5), (22000, 26000), ["USD", "EUR"], None, S),
    ("680299", "New granite garden lanterns, carved", "import", ["sea"], ["CN", "VN"], (0.8, 1.5), (8000, 16000), ["USD"], 0.02, S),
    ("491191", "Calligraphy art prints, new, on paper, signed by a living artist", "import", ["post", "express"], ["TR", "MA"], (30, 80), (1, 3), ["EUR", "USD"], 5, S),
    ("490199", "Second-hand paperback books, printed after 1990", "import", ["post"], ["GB", "US"], (5, 12), (1, 5), ["GBP", "USD"], 3, S),
    ("940360", "New mango-wood carved cabinets, antique finish", "import", ["sea"], ["IN", "ID"], (2.5, 4), (6000, 12000), ["USD"], 0.03, S),
    ("392690", "Celluloid guitar picks, imitation tortoiseshell, retail", "import", ["post"], ["US", "GB"], (100, 200), (1, 2), ["USD", "GBP"], 500, S),
    ("030551", "Dried salted cod (bacalhau), Gadus morhua", "import", ["sea"], ["NO", "IS"], (9, 13), (10000, 18000), ["EUR"], None, S),
    ("110620", "Cassava flour, food grade", "import", ["sea"], ["NG", "TH"], (0.6, 1.0), (18000, 22000), ["USD"], None, S),
    ("911390", "Leather watch straps, calf, embossed croco pattern, retail", "import", ["post", "express"], ["CN", "CH"], (150, 300), (1, 3), ["USD", "CHF"], 60, S),
    ("621420", "Cashmere scarves, 16 micron, Mongolian goat", "import", ["post", "express"], ["MN", "GB"], (150, 300), (1, 3), ["USD", "GBP"], 8, S),
    # everyday trade
    ("080521", "Mandarins, fresh", "import", ["sea"], ["MA", "ZA", "EG"], (0.8, 1.2), (18000, 22000), ["USD", "EUR"], None, N),
    ("080440", "Avocados, Hass, fresh", "import", ["sea"], ["PE", "KE", "CL"], (2.0, 3.0), (18000, 22000), ["USD"], None, N),
    ("081050", "Kiwifruit, fresh", "import", ["sea"], ["NZ", "CL"], (1.5, 2.5), (15000, 20000), ["USD", "EUR"], None, N),
    ("070960", "Sweet peppers, fresh", "import", ["road"], ["MA", "TR"], (1.2, 1.8), (15000, 20000), ["EUR"], None, N),
    ("071290", "Dried onion flakes", "import", ["sea"], ["IN", "EG"], (1.5, 2.2), (15000, 20000), ["USD"], None, N),
    ("071340", "Red lentils, split", "import", ["sea"], ["CA", "AU"], (0.7, 1.0), (20000, 25000), ["USD"], None, N),
    ("100199", "Milling wheat", "import", ["sea"], ["UA", "CA"], (0.23, 0.3), (25000, 30000), ["USD"], None, N),
    ("090411", "Black pepper, whole", "import", ["sea"], ["VN", "BR"], (4, 6), (10000, 16000), ["USD"], None, N),
    ("090210", "Green tea, in packets", "import", ["sea"], ["CN", "JP"], (5, 10), (5000, 10000), ["USD"], None, N),
    ("120242", "Groundnuts, shelled", "import", ["sea"], ["AR", "US"], (1.3, 1.8), (18000, 22000), ["USD"], None, N),
    ("080132", "Cashew kernels, W320", "import", ["sea"], ["VN", "IN"], (6, 8), (15000, 18000), ["USD"], None, N),
    ("150710", "Crude soybean oil", "import", ["sea"], ["AR", "BR"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("151211", "Crude sunflower oil", "import", ["sea"], ["UA", "MD"], (0.9, 1.2), (20000, 25000), ["USD"], None, N),
    ("160414", "Canned tuna in olive oil", "import", ["sea"], ["TH", "EC"], (4, 6), (15000, 20000), ["USD"], 6, N),
    ("030481", "Frozen salmon fillets", "import", ["sea", "air"], ["NO", "CL"], (9, 13), (10000, 18000), ["EUR", "USD"], None, N),
    ("040690", "Cheese, hard, 20 kg wheels", "export", ["road", "sea"], ["CH", "US", "GB"], (8, 14), (10000, 18000), ["EUR"], None, N),
    ("180632", "Chocolate bars, filled", "export", ["road", "sea"], ["GB", "US"], (5, 8), (8000, 16000), ["EUR"], 10, N),
    ("190531", "Sweet biscuits, retail", "import", ["road"], ["TR", "RS"], (2, 3), (10000, 18000), ["EUR"], 5, N),
    ("200911", "Frozen orange juice concentrate", "import", ["sea"], ["BR", "US"], (2, 3), (20000, 25000), ["USD"], None, N),
    ("210390", "Sauces and condiments, retail", "import", ["sea"], ["TH", "US"], (2, 3.5), (10000, 18000), ["USD"], 3, N),
    ("220830", "Scotch whisky, bottled 0.7 l", "import", ["road", "sea"], ["GB"], (10, 20), (8000, 16000), ["GBP"], 1.1, N),
    ("230400", "Soybean meal", "import", ["sea"], ["AR", "BR", "US"], (0.4, 0.55), (25000, 30000), ["USD"], None, N),
    ("252329", "Portland cement, bagged", "import", ["road"], ["TR", "RS"], (0.07, 0.1), (24000, 26000), ["EUR"], None, N),
    ("300420", "Antibiotic tablets, packaged, generic", "import", ["sea", "air"], ["IN"], (15, 30), (500, 3000), ["USD"], None, N),
    ("330499", "Face creams, retail", "import", ["post", "express"], ["KR", "US"], (30, 60), (1, 3), ["USD"], 10, N),
    ("330300", "Perfume, eau de toilette 100 ml", "import", ["post", "express"], ["AE", "US"], (60, 120), (1, 3), ["USD"], 5, N),
    ("340250", "Laundry detergent, retail", "import", ["road"], ["TR", "RS"], (1, 1.5), (15000, 20000), ["EUR"], 0.3, N),
    ("392410", "Plastic food containers, household", "import", ["sea"], ["CN", "VN"], (2.5, 4), (5000, 10000), ["USD"], 5, N),
    ("401120", "New truck tyres, radial", "import", ["sea"], ["CN", "TH"], (2.5, 4), (18000, 22000), ["USD"], 0.02, N),
    ("420221", "Leather handbags", "import", ["sea"], ["CN", "IN"], (30, 60), (1000, 3000), ["USD"], 1, N),
    ("420292", "Backpacks, textile", "import", ["sea"], ["VN", "CN"], (10, 15), (3000, 8000), ["USD"], 1, N),
    ("441829", "Wooden doors, interior", "import", ["sea", "road"], ["UA", "CN"], (1.5, 3), (8000, 16000), ["EUR", "USD"], 0.04, N),
    ("482010", "Notebooks and diaries", "import", ["sea"], ["CN", "IN"], (2, 3.5), (5000, 12000), ["USD"], 4, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "TR"], (8, 13), (5000, 10000), ["USD", "EUR"], 5, N),
    ("611030", "Knitted sweaters, synthetic", "import", ["sea"], ["CN", "BD"], (8, 12), (4000, 9000), ["USD"], 3, N),
    ("620343", "Men's synthetic trousers", "import", ["sea"], ["VN", "PK"], (8, 12), (4000, 9000), ["USD"], 2.5, N),
    ("621143", "Women's tracksuits, synthetic", "import", ["post", "express"], ["CN", "TR"], (10, 20), (1, 4), ["USD", "EUR"], 2, N),
    ("630231", "Cotton bed linen", "import", ["sea"], ["PK", "IN"], (5, 8), (8000, 14000), ["USD"], 1, N),
    ("640299", "Plastic sandals", "import", ["sea"], ["CN", "VN"], (3, 6), (3000, 8000), ["USD"], 3, N),
    ("640399", "Leather boots", "import", ["post", "express"], ["GB", "US"], (40, 80), (1, 4), ["GBP", "USD"], 0.8, N),
    ("690912", "Ceramic laboratory ware", "import", ["sea"], ["CN", "JP"], (5, 9), (1000, 4000), ["USD"], None, N),
    ("701337", "Drinking glasses", "import", ["sea"], ["TR", "CN"], (1.5, 2.5), (8000, 14000), ["USD", "EUR"], 5, N),
    ("721070", "Pre-painted steel coils", "import", ["sea"], ["KR", "IN"], (0.8, 1.1), (22000, 26000), ["USD"], None, N),
    ("732393", "Stainless steel cookware", "import", ["sea"], ["CN", "IN"], (4, 7), (5000, 10000), ["USD"], 1, N),
    ("761010", "Aluminium window frames", "import", ["road"], ["TR", "UA"], (4, 6), (5000, 10000), ["EUR"], 0.1, N),
    ("820713", "Rock drilling bits, carbide", "import", ["sea"], ["CN", "US"], (15, 30), (1000, 3000), ["USD"], None, N),
    ("841451", "Ventilation fans, household", "import", ["sea"], ["CN"], (5, 8), (3000, 8000), ["USD"], 0.3, N),
    ("842121", "Water filter jugs and cartridges", "import", ["sea"], ["CN"], (6, 10), (3000, 6000), ["USD"], 2, N),
    ("845011", "Washing machines, household", "import", ["sea"], ["TR", "CN"], (3, 4.5), (12000, 18000), ["EUR", "USD"], 0.015, N),
    ("846721", "Cordless drills", "import", ["sea"], ["CN"], (10, 16), (3000, 8000), ["USD"], 0.6, N),
    ("850760", "Power banks, lithium-ion, new", "import", ["post", "express"], ["CN", "HK"], (20, 40), (1, 3), ["USD"], 3, N),
    ("851713", "Smartphones, new", "import", ["air"], ["CN", "VN"], (300, 600), (2, 500), ["USD"], 5, N),
    ("851762", "Wi-Fi routers, new", "import", ["sea"], ["CN", "TW"], (20, 35), (2000, 6000), ["USD"], 2, N),
    ("852852", "Computer monitors, new", "import", ["sea"], ["CN", "KR"], (15, 25), (5000, 10000), ["USD"], 0.2, N),
    ("870880", "Car parts, suspension arms", "import", ["sea"], ["CN", "TR"], (3, 6), (8000, 14000), ["USD", "EUR"], None, N),
    ("871200", "Bicycles, non-motorised", "import", ["sea"], ["TW", "KH"], (8, 15), (3000, 8000), ["USD"], 0.07, N),
    ("900490", "Reading glasses", "import", ["post"], ["CN", "HK"], (40, 80), (1, 2), ["USD"], 40, N),
    ("901831", "Disposable syringes", "import", ["sea"], ["CN", "IN"], (4, 7), (3000, 8000), ["USD"], 100, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "CN"], (3, 5), (5000, 10000), ["USD"], 0.15, N),
    ("940421", "Foam mattresses", "import", ["road"], ["TR", "RS"], (2.5, 4), (4000, 8000), ["EUR"], 0.05, N),
    ("950300", "Building-block toys", "import", ["post", "express"], ["CN", "HK"], (15, 30), (1, 4), ["USD"], 2, N),
    ("950640", "Table-tennis equipment", "import", ["sea"], ["CN"], (5, 9), (2000, 5000), ["USD"], None, N),
    ("960390", "Brooms and mops", "import", ["sea"], ["CN", "VN"], (1.5, 2.5), (5000, 10000), ["USD"], 2, N),
    ("961800", "Shop-window mannequins", "import", ["sea"], ["CN"], (4, 7), (2000, 5000), ["USD"], 0.1, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind29", 20310101, HERE)


if __name__ == "__main__":
    main()
