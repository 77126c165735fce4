#!/usr/bin/env python3
"""Writes the fourth blind set (tests/risk/data/blind4-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated December 2026 - January 2027, with goods, routes,
languages and disguises found in none of the dev, heldout, blind, blind2, dev4 and
blind3 sets. Written by a person who had not read the profile packs (nor any rule
file), and committed before the round-five profile changes were measured on it.
Same row layout and expansion as make_blind_set.py, whose functions it reuses, and
the same extras as make_blind3_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items of the
same declaration):

    python3 tests/risk/data/make_blind4_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

base.START = datetime.date(2026, 12, 1)
base.DAYS = 62  # 1 December 2026 to 31 January 2027
PRIVATE = {"consignee_name": "Private person"}

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "export", "PLRAIL01", "rail", "PL", ["KZ", "UZ"], "AF", "310229",
         "Nawóz saletrosan 34 % N, granulowany, worki big bag 500 kg", "PL", 60000, None, 19800, "EUR",
         "ammonium nitrate (34 % N) under the ammonium sulphate nitrate code with an ASN brand name (ASN has "
         "26 % N), 60 t by rail via Kazakhstan and Uzbekistan (Hairatan) to Afghanistan, which banned AN "
         "fertiliser; Polish wording",
         {"importer_name": "Hairatan Agro Trading", "importer_country": "AF"}),
        ("PRE-02", "import", "IEAIR01", "express", "CN", [], "IE", "950300",
         "STEM chemistry kit, sparkler lab, oxidiser powder 2 kg, 1 set", "CN", 3.1, 1, 45, "USD",
         "a toy chemistry kit whose 'oxidiser powder' is 2 kg of potassium perchlorate, with 1 kg of dark flake "
         "aluminium in the same parcel (flash powder), to a private person by express; toy chemistry sets "
         "(EN 71-4) hold grams, not kilograms",
         dict(PRIVATE, importer_country="IE", _more_items=[
             {"hs_code": "760320", "description": "Silver pigment powder, dark grey, flake, 600 mesh, 1 kg",
              "origin_country": "CN", "net_mass_kg": 1, "quantity": 1, "quantity_unit": "u", "value": 18,
              "currency": "USD"}])),
        ("PRE-03", "export", "FRSEA01", "sea", "FR", ["CI"], "BF", "360350",
         "Inflammateurs électriques pour feux d'artifice, douille aluminium 7 mm, fils 3 m, 20 000 pcs", "FR",
         900, 20000, 16000, "EUR",
         "electric detonators declared as firework igniters: an electric match has no metal shell, a 7 mm "
         "aluminium shell on 3 m leg wires is a detonator; 20,000 via Abidjan to Ouagadougou, French wording",
         {"importer_name": "Sahel Artifices SARL", "importer_country": "BF"}),
        ("PRE-04", "transit", "GRSEA01", "sea", "CN", [], "LY", "590800",
         "Candle wick, black, waterproof, 5 mm, burning time 120 s/m, 1,000 m rolls", "CN", 6000, 600, 9000, "USD",
         "safety fuse (black-powder core, sold by its burning time per metre) as candle wick, 6 t in transit "
         "through Piraeus to Misrata; candle wick is plaited cotton and has no burning rate",
         {"importer_name": "Misrata Candle Factory", "importer_country": "LY"}),
        ("PRE-05", "export", "ESAIR01", "air", "ES", ["OM"], "YE", "292090",
         "Pentaerythritol tetranitrate 99 %, API for vasodilator tablets, 25 kg fibre drums", "IN", 50, None, 4000,
         "EUR",
         "PETN, a high explosive, as a pharmaceutical API: medicinal PETN is only handled diluted (about 20 % "
         "on lactose); 50 kg at 99 % to an Aden importer via Salalah",
         {"importer_name": "Aden Pharma Import", "importer_country": "YE"}),
        ("PRE-06", "export", "FISEA01", "sea", "FI", ["TG"], "NE", "282911",
         "Natriumkloraatti 99 %, sellun valkaisuun, 25 kg säkit", "FI", 20000, None, 17000, "EUR",
         "sodium chlorate under its own code 'for pulp bleaching' to Niger, which has no pulp mill (chlorate for "
         "chlorine dioxide goes to pulp mills), 20 t via Lomé, Finnish wording",
         {"importer_name": "Niamey Papeterie et Cellulose", "importer_country": "NE"}),
        ("PRE-07", "export", "BGSEA01", "sea", "BG", ["SA"], "SD", "310230",
         "Ammonium nitrate fertiliser 33 % N, prilled, with 6 % oil coating against caking, 1 t big bags", "BG",
         24000, None, 9600, "EUR",
         "ANFO (94 % ammonium nitrate, 6 % fuel oil, UN0082) as an oil-coated fertiliser: anti-caking coatings "
         "are about 0.2 %, 6 % oil is the blasting-explosive ratio; 24 t to Sudan (armed conflict) via Jeddah, "
         "no licence",
         {"importer_name": "Kassala Agricultural Inputs", "importer_country": "SD"}),
        ("PRE-08", "export", "DESEA01", "sea", "DE", ["EG"], "LY", "391220",
         "Nitrocellulose, trocken, faserig, 12,6 % N, für Lacke, 50-kg-Fässer", "DE", 5000, None, 21000, "EUR",
         "dry nitrocellulose at 12.6 % N (guncotton, smokeless-powder base, Class 1) declared as lacquer "
         "nitrocellulose, which is 10.7-12.2 % N and always shipped wetted with alcohol (UN2556); 5 t to "
         "Benghazi via Alexandria, German wording",
         {"importer_name": "Benghazi Paints and Coatings", "importer_country": "LY"}),
        ("PRE-09", "import", "NLPOST01", "post", "US", [], "NL", "380893",
         "Hydrocultuur zuurstofbooster, waterstofperoxide 34 %, 4 x 5 l", "US", 22, 4, 110, "USD",
         "34 % hydrogen peroxide as a hydroponics 'oxygen booster' to a private person by post (Annex I limit "
         "12 %), Dutch wording",
         dict(PRIVATE, importer_country="NL")),
        ("PRE-10", "export", "BESEA01", "sea", "BE", ["GN"], "ML", "310221",
         "Sulfate d'ammonium 21 % N, perles poreuses blanches, densité apparente 0,75, big bags 1 t", "BE", 25000,
         None, 8500, "EUR",
         "explosive-grade ammonium nitrate (white porous prills, bulk density 0.75) as ammonium sulphate, which "
         "is crystalline or granular, never porous-prilled, and sells at half the declared 0.34 EUR/kg; via "
         "Conakry to Mali, French wording",
         {"importer_name": "Bamako Intrants SARL", "importer_country": "ML"}),
    ],
    "waste": [
        ("WST-01", "export", "GBSEA01", "sea", "GB", [], "IN", "401220",
         "Used car tyres, cut in three, baled, for re-use", "GB", 26000, None, 1300, "GBP",
         "end-of-life tyres cut into pieces (waste: a cut tyre cannot be re-used) under the used-tyre code to a "
         "pyrolysis plant at 0.05 GBP/kg; part-worn tyres for re-use travel whole and are sold by the piece",
         {"importer_name": "Pune Pyro Oils Pvt Ltd", "importer_country": "IN"}),
        ("WST-02", "export", "NOSEA01", "sea", "NO", [], "IN", "380190",
         "Recarburiser, crushed cathode carbon from smelter relining, 0-50 mm, big bags", "NO", 22000, None, 2200,
         "USD",
         "spent pot lining from an aluminium smelter (cyanides and fluorides, hazardous waste) as a graphite "
         "recarburiser at 0.10 USD/kg; cathode carbon 'from relining' is spent pot lining",
         {"importer_country": "IN"}),
        ("WST-03", "export", "ITSEA01", "sea", "IT", [], "TN", "310100",
         "Ammendante compostato misto, vagliato, sfuso, in balle filmate", "IT", 24000, None, 240, "EUR",
         "baled, film-wrapped mixed municipal waste (Y46; no export to a non-OECD country) as compost at "
         "0.01 EUR/kg; compost is not baled in plastic film; the 2020 Sousse pattern, Italian wording",
         {"importer_name": "Societe Tunisienne de Valorisation Agricole", "importer_country": "TN"}),
        ("WST-04", "export", "PLROAD01", "road", "PL", [], "UA", "681182",
         "Płyty faliste eternitowe z demontażu dachów, do ponownego użycia, na paletach", "PL", 18000, None, 900,
         "EUR",
         "asbestos-cement roofing ('eternit' dismantled from old roofs, A2050) under the asbestos-free fibre-cement "
         "code, to Ukraine by road at 0.05 EUR/kg, Polish wording",
         {"importer_country": "UA"}),
        ("WST-05", "export", "ESSEA01", "sea", "ES", [], "MA", "262190",
         "Cenizas volantes de incineradora de residuos urbanos, para cementera, big bags", "ES", 24000, None, 480,
         "EUR",
         "air-pollution-control fly ash from municipal waste incineration (Y18: heavy metals, dioxins) as a cement "
         "additive; cement works use coal fly ash (EN 450), not incinerator ash; Spanish wording",
         {"importer_country": "MA"}),
        ("WST-06", "export", "DESEA01", "sea", "DE", [], "TR", "700100",
         "Glasbruch aus Leuchtstoffröhren, mit Sockeln, lose in Big Bags", "DE", 12000, None, 600, "EUR",
         "crushed fluorescent tubes with their end caps (mercury; A1030/A1180) as glass cullet, German wording",
         {"importer_country": "TR"}),
        ("WST-07", "export", "NLSEA01", "sea", "NL", [], "PK", "760200",
         "Zorba, shredded non-ferrous, incl. fines, foam and textiles", "NL", 26000, None, 1560, "USD",
         "automotive shredder residue (foam, textiles, plastic fines) as Zorba at 0.06 USD/kg; Zorba is a "
         "non-ferrous metal fraction worth over 1 USD/kg",
         {"importer_country": "PK"}),
        ("WST-08", "export", "BEAIR01", "air", "BE", [], "AE", "851713",
         "Used smartphones and tablets for warranty repair, mixed brands, sold by weight, 12,000 pcs", "BE", 2400,
         12000, 6000, "EUR",
         "e-waste phones sold by weight (0.50 EUR a piece) declared as warranty returns: warranty repairs go "
         "back to each maker, not as a mixed-brand lot by weight to a Dubai trader; no test or fault reports",
         {"importer_name": "Deira Mobile Repair FZE", "importer_country": "AE"}),
        ("WST-09", "export", "MTSEA01", "sea", "MT", [], "LY", "271019",
         "Fuel oil blend component, tank-cleaning recovery, water 25 %, ISO tanks", "MT", 40000, None, 2000, "EUR",
         "ship slops and tank-cleaning sludge (oily waste, Y9) as a fuel-oil blend component at 0.05 EUR/kg "
         "with 25 % water",
         {"importer_country": "LY"}),
        ("WST-10", "export", "ROSEA01", "sea", "RO", [], "TR", "281820",
         "Alumină activată regenerată, bile 3-5 mm, gri-negru, pentru uscare, din schimbul de catalizator", "RO",
         18000, None, 2700, "EUR",
         "spent hydroprocessing catalyst (Ni-Mo on alumina, sulphided; hazardous) from a refinery change-out as "
         "regenerated activated alumina; desiccant alumina is white; Romanian wording",
         {"importer_country": "TR"}),
    ],
    "ozone": [
        ("OZN-01", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "285390",
         "Compressed air duster, 400 ml cans, 24,000 pcs", "CN", 9600, 24000, 16800, "USD",
         "air-duster cans declared as compressed air, but 400 ml of compressed air weighs grams, not 0.4 kg: "
         "a 'duster' is liquefied HFC-134a or HFC-152a; HFC technical aerosols are banned and need quota",
         {}),
        ("OZN-02", "import", "MTSEA01", "sea", "AE", [], "MT", "290371",
         "Recovered R-22 for destruction, 60 x 13.6 kg non-refillable cylinders", "CN", 816, 60, 6500, "USD",
         "virgin HCFC-22 declared as recovered gas for destruction: recovered gas travels in refillable recovery "
         "cylinders, destruction is paid for (here the gas is bought at 8 USD/kg), and the consignee is a "
         "refrigeration service company, not a destruction plant",
         {"importer_name": "Malta Cool Services Ltd", "importer_country": "MT"}),
        ("OZN-03", "import", "SISEA01", "sea", "CN", [], "SI", "290344",
         "HFC-125 (pentafluoroethane), for feedstock use, 1,000 x 10 kg cylinders", "CN", 10000, 1000, 65000, "USD",
         "the feedstock exemption claimed for HFC-125 going to a refrigeration service trader in 10 kg service "
         "cylinders (feedstock goes to a chemical plant in tanks): quota evasion",
         {"importer_name": "Klima Servis d.o.o.", "importer_country": "SI"}),
        ("OZN-04", "transit", "BGROAD01", "road", "TR", ["BG", "RO"], "MD", "382761",
         "R-404A refrigerant, 10.9 kg non-refillable cylinders, 1,100 pcs", "CN", 11990, 1100, 33000, "USD",
         "transit of disposable R-404A cylinders (banned in the EU) from Turkey through Bulgaria and Romania to a "
         "Chisinau forwarder: disposable cylinders and a forwarder consignee are the diversion pattern",
         {"consignee_name": "Trans-Cargo Forwarding SRL", "consignee_country": "MD"}),
        ("OZN-05", "import", "SKROAD01", "road", "UA", [], "SK", "280430",
         "Industrial nitrogen, 50 l steel cylinders, 200 pcs", "UA", 12400, 200, 3000, "EUR",
         "200 cylinders of 50 l cannot hold 12.4 t of nitrogen (about 11.5 kg each at 200 bar); 62 kg in a 50 l "
         "cylinder is a liquefied gas, an HFC",
         {}),
        ("OZN-06", "import", "PTSEA01", "sea", "CN", [], "PT", "841510",
         "Ar condicionado split 3,5 kW, R32, novos, 300 conjuntos", "CN", 12000, 300, 66000, "USD",
         "500 one-kilogram service gas cans (refrigerant in non-refillable containers) declared as air-conditioner "
         "accessories beside a lawful shipment of split units, Portuguese wording",
         {"_more_items": [
             {"hs_code": "841590", "description": "Acessórios: latas de gás de serviço 1 kg, 500 pcs",
              "origin_country": "CN", "net_mass_kg": 500, "quantity": 500, "quantity_unit": "u", "value": 400,
              "currency": "USD"}]}),
        ("OZN-07", "import", "ESSEA01", "sea", "IN", [], "ES", "290361",
         "Bromuro de metilo 98 %, uso cuarentena y preembarque (QPS), botellas 50 kg", "IN", 4000, 80, 24000, "USD",
         "methyl bromide under its own code with a QPS claim, for a strawberry cooperative (soil fumigation); "
         "every use of methyl bromide, QPS included, has been banned in the EU since 2010; Spanish wording",
         {"importer_name": "Fresas de Huelva SAT", "importer_country": "ES"}),
        ("OZN-08", "import", "LTSEA01", "sea", "CN", [], "LT", "290351",
         "HFO-1234ze(E) refrigerant, 926 kg ton tanks, 20 pcs", "CN", 18520, 20, 77800, "USD",
         "'HFO-1234ze' (no quota) at 4.20 USD/kg, the price of HFC-134a; HFO-1234ze costs several times as much: "
         "an HFC imported without quota under an HFO name",
         {}),
        ("OZN-09", "import", "BESEA01", "sea", "CN", [], "BE", "290219",
         "环戊烷 Cyclopentane 95 %, foaming agent, 200 l drums, 46 drums", "CN", 13400, 46, 20000, "USD",
         "46 drums of 200 l at 291 kg each: cyclopentane (density 0.75) fills a 200 l drum at about 150 kg, "
         "CFC-11 (density 1.49) at about 290 kg; CFC-11 sold as a foam blowing agent, Chinese and English wording",
         {}),
        ("OZN-10", "import", "HUROAD01", "road", "RS", [], "HU", "290345",
         "Personal effects: household goods and 30 cylinders of refrigerant R-134a for own use", "CN", 408, 30, 1800,
         "EUR",
         "a private person importing 30 cylinders of HFC-134a (408 kg) 'for own use' by road from Serbia; HFCs are "
         "sold only to certified undertakings and need quota",
         dict(PRIVATE, importer_country="HU")),
    ],
    "cultural": [
        ("CUL-01", "import", "ESAIR01", "express", "PE", [], "ES", "691200",
         "Artesanía peruana, réplicas de cerámica precolombina, 15 piezas", "PE", 18, 15, 120, "USD",
         "Moche and Nasca vessels (ICOM Red List for Peru) as replica handicraft by express to a private person "
         "at 8 USD a piece; Spanish wording", dict(PRIVATE)),
        ("CUL-02", "import", "DEPOST01", "post", "BR", [], "DE", "680292",
         "Pedras decorativas de calcário com peixes, artesanato do Ceará, 12 peças", "BR", 30, 12, 90, "USD",
         "fossil fish plates from the Santana Formation (Araripe, Ceará) as decorative limestone handicraft; "
         "Brazil's fossils belong to the State and may not be exported; Portuguese wording", dict(PRIVATE)),
        ("CUL-03", "import", "FRAIR01", "air", "CN", [], "FR", "691310",
         "仿唐三彩陶马 复制品 Reproduction Tang sancai horse, pottery, with thermoluminescence test report, 2 pcs", "CN",
         38, 2, 600, "USD",
         "Tang tomb figures (ICOM Red List for China) as reproductions, but a reproduction needs no "
         "thermoluminescence dating report; Chinese wording, to a gallery importer",
         {"importer_name": "Galerie Orient Lumiere", "importer_country": "FR"}),
        ("CUL-04", "import", "FRPOST01", "post", "LB", [], "FR", "470790",
         "Vieux papiers manuscrits, liasses, pour recyclage, 40 kg", "SY", 40, None, 600, "EUR",
         "Ottoman-era archive documents from Syria as waste paper by post via Beirut: waste paper is not posted "
         "to a private person in 40 kg parcels at 15 EUR/kg; French wording", dict(PRIVATE)),
        ("CUL-05", "import", "ROROAD01", "road", "MD", [], "RO", "740400",
         "Clopot din bronz, uzat, cu inscripție, deșeu pentru retopire, 1 buc", "UA", 180, 1, 900, "EUR",
         "a single inscribed church bell from occupied Ukraine (ICOM Emergency Red List) as bronze scrap via "
         "Moldova; scrap is not declared as one inscribed 180 kg piece; Romanian wording", {}),
        ("CUL-06", "import", "NLAIR01", "air", "AE", [], "NL", "482370",
         "Papier-mache painted fragments, decorative, 30 pcs", "EG", 6, 30, 250, "USD",
         "Egyptian mummy cartonnage (plastered, painted linen; ICOM Red List for Egypt) as papier-mâché "
         "decorations via Dubai", {"importer_name": "Delft Oriental Decor", "importer_country": "NL"}),
        ("CUL-07", "import", "GBAIR01", "air", "IN", [], "GB", "830629",
         "Brass idol Nataraja, handicraft, antique finish, 75 cm, 1 pc", "IN", 85, 1, 450, "USD",
         "a Chola-period temple bronze as a brass handicraft: a hollow-cast 75 cm brass figure weighs about "
         "15 kg, a solid-cast temple bronze 85 kg; India bans the export of antiquities over 100 years", {}),
        ("CUL-08", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Vasi in ceramica dipinta a figure rosse, riproduzioni artigianali, con incrostazioni e restauri, 4 pz",
         "IT", 14, 4, 300, "EUR",
         "Apulian red-figure vases from clandestine digging leaving Italy as reproductions: reproductions have "
         "no burial encrustation and no old repairs; 75 EUR a piece, by road to Lugano, Italian wording",
         {"importer_name": "Kunsthandel Ceresio", "importer_country": "CH"}),
        ("CUL-09", "import", "DEAIR01", "air", "TR", [], "DE", "680990",
         "Painted plaster panels, religious motifs, decorative, 6 pcs", "CY", 140, 6, 1200, "EUR",
         "Byzantine fresco fragments cut from churches in the north of Cyprus as decorative painted plaster, "
         "origin Cyprus with departure Turkey", {}),
        ("CUL-10", "export", "ESAIR01", "air", "ES", [], "US", "442019",
         "Talla de madera policromada, santo, reproducción artesanal, con carcoma y estofado original", "ES", 22, 1,
         250, "EUR",
         "a Baroque polychrome saint (Spanish heritage over 100 years needs an export permit) leaving as a "
         "reproduction: a reproduction has no woodworm and no 'original' estofado gilding; Spanish wording",
         {"importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "LTROAD01", "road", "LT", ["LV", "RU"], "KZ", "870324",
         "Passenger car, used, Porsche Cayenne 4.0 V8, 2026, 150 km", "DE", 2100, 1, 118000, "EUR",
         "a new luxury car (150 km) as a used car to a Kazakh dealer by road through Russia: cars over 50,000 EUR "
         "are banned for Russia and the Central Asian re-export route is named in EU anti-circumvention guidance",
         {"importer_name": "Astana Premium Motors LLP", "importer_country": "KZ"}),
        ("STR-02", "import", "BEAIR01", "air", "AE", [], "BE", "710231",
         "Rough diamonds, unsorted, non-industrial, Kimberley Process certificate AE", "AE", 2, None, 1400000, "USD",
         "rough diamonds declared of UAE origin: the UAE mines none, the origin is the mine's (Russian rough is "
         "banned since 2024), and a UAE Kimberley certificate is a re-export certificate",
         {"importer_name": "Hoveniersstraat Rough Trading BV", "importer_country": "BE"}),
        ("STR-03", "import", "ROSEA01", "sea", "GE", [], "RO", "441233",
         "Birch plywood BB/CP, 18 mm, origin Kazakhstan", "KZ", 24000, None, 19200, "EUR",
         "birch plywood of Kazakh origin via Poti: Kazakhstan has no birch plywood industry of that size; Russian "
         "birch plywood (banned) laundered through a third-country origin", {}),
        ("STR-04", "transit", "MTSEA01", "sea", "CN", [], "OM", "282990",
         "Oxidiser for fireworks, ammonium perchlorate, 200 µm, 25 kg drums", "CN", 20000, None, 36000, "USD",
         "20 t of ammonium perchlorate ground to 200 µm (composite rocket propellant, MTCR Item 4) as a fireworks "
         "oxidiser, in transit through Malta to Oman for a Sana'a consignee (UN arms embargo)",
         {"consignee_name": "Al-Rawdah Fireworks Trading, Sana'a", "consignee_country": "YE"}),
        ("STR-05", "export", "DEAIR01", "air", "DE", ["TR"], "AZ", "902620",
         "Vacuum gauges for food packaging lines, capacitance, 0-100 torr, Inconel diaphragm, 200 pcs", "DE", 160,
         200, 520000, "EUR",
         "corrosion-resistant capacitance manometers (NSG dual-use 2B230, uranium enrichment) at 2,600 EUR each as "
         "packaging vacuum gauges for an Iranian consignee via Baku; packaging lines use cheap Pirani gauges",
         {"importer_country": "AZ", "consignee_name": "Pishgam Vacuum Co", "consignee_country": "IR"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", ["TR"], "UZ", "901390",
         "Optical parts for binoculars, tubes 18 mm, 120 pcs", "FR", 30, 120, 360000, "EUR",
         "image-intensifier tubes (night vision, Wassenaar 6A002, banned for Russia) at 3,000 EUR each as "
         "binocular parts, to Tashkent for a Russian consignee",
         {"importer_country": "UZ", "consignee_name": "OOO Optika Servis", "consignee_country": "RU"}),
        ("STR-07", "export", "BESEA01", "sea", "BE", [], "TR", "292219",
         "Amine neutralisante pour chaudières vapeur, 2-diéthylaminoéthanol 99 %, fûts 180 kg", "BE", 7200, 40,
         25000, "EUR",
         "2-diethylaminoethanol (Australia Group precursor, EU dual-use 1C350, banned for Russia) as a boiler "
         "amine to Mersin for a Russian consignee; French wording",
         {"importer_country": "TR", "consignee_name": "OOO KhimTekh", "consignee_country": "RU"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", [], "TN", "730431",
         "Tubi in acciaio di precisione trafilati a freddo, rigati, calibro 7,62, lunghezza 600 mm, 500 pz", "IT",
         1500, 500, 60000, "EUR",
         "rifled 7.62 mm tubes 600 mm long are rifle barrels (essential firearm components, Common Military List "
         "ML1) as hydraulic precision tubes, which are never rifled; to Tunisia for a Libyan consignee (UN arms "
         "embargo), Italian wording",
         {"importer_name": "Tunis Hydraulique SARL", "importer_country": "TN",
          "consignee_name": "Misrata Industrial Supplies", "consignee_country": "LY"}),
        ("STR-09", "export", "DESEA01", "sea", "DE", [], "IQ", "281390",
         "Flotationsreagenz-Vorprodukt, Phosphorpentasulfid P4S10, 25-kg-Fässer", "DE", 8000, None, 24000, "EUR",
         "phosphorus pentasulphide (Australia Group precursor) as a flotation-reagent intermediate to Umm Qasr for "
         "a Damascus consignee; German wording",
         {"importer_country": "IQ", "consignee_name": "Damascus Mining Chemicals", "consignee_country": "SY"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", ["TR"], "KG", "950300",
         "Walkie-talkie toy set, 5 W, AES-256 encrypted, 400 pcs", "CN", 240, 400, 96000, "EUR",
         "encrypted 5 W handheld radios (Common High Priority List) at 240 EUR each as toy walkie-talkies (toy "
         "sets are under 0.5 W and cost 20 EUR), via Istanbul to Bishkek for a Russian consignee",
         {"importer_country": "KG", "consignee_name": "OOO Svyaz Plyus", "consignee_country": "RU"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "PLROAD01", "road", "UA", [], "PL", "160432",
         "Ikra łososiowa, konserwowa, słoiki 100 g, 400 szt.", "UA", 40, 400, 36000, "EUR",
         "wild sturgeon caviar (CITES II; Danube and Black Sea poaching) as salmon roe at 900 EUR/kg (salmon roe "
         "sells at 40-70 EUR/kg), by road from Ukraine, Polish wording", {}),
        ("WLD-02", "import", "ITAIR01", "air", "ID", [], "IT", "410712",
         "Pelli bovine stampate effetto rettile, 4,5 m x 0,35 m, 600 pz", "ID", 1800, 600, 54000, "USD",
         "python skins (CITES II) as reptile-print cowhide: a cowhide is about 2 x 2.5 m, a skin 4.5 m long and "
         "35 cm wide is a reticulated python; no CITES permit, Italian wording",
         {"importer_name": "Conceria Arno Pelli Srl", "importer_country": "IT"}),
        ("WLD-03", "import", "BEPOST01", "post", "CN", [], "BE", "300490",
         "片仔癀 Pien Tze Huang, traditional Chinese medicine, 3 g tablets, 200 boxes", "CN", 2, 200, 1800, "USD",
         "Pien Tze Huang (natural musk, Moschus spp., CITES II) with bear bile powder capsules (CITES I/II) by "
         "post to a private person, no CITES documents; 200 boxes are not personal use; Chinese wording",
         dict(PRIVATE, importer_country="BE", _more_items=[
             {"hs_code": "210690", "description": "熊胆粉胶囊 health supplement capsules, 100 bottles",
              "origin_country": "CN", "net_mass_kg": 3, "quantity": 100, "quantity_unit": "u", "value": 900,
              "currency": "USD"}])),
        ("WLD-04", "transit", "AESEA01", "sea", "IN", [], "HK", "440349",
         "Sappanwood logs, natural dye wood, debarked", "IN", 18000, None, 9000, "USD",
         "red sanders logs (Pterocarpus santalinus, CITES II; India prohibits the export of its logs) as "
         "sappanwood dye logs, in transit through Jebel Ali to Hong Kong",
         {"importer_country": "HK"}),
        ("WLD-05", "import", "PTAIR01", "air", "BR", [], "PT", "040711",
         "Ovos férteis para incubação, aves de capoeira, 40 unid.", "BR", 2, 40, 12000, "USD",
         "parrot eggs (hyacinth macaw, CITES I) as fertile poultry eggs to a private person by air: 300 USD an "
         "egg, where poultry hatching eggs cost under 1 USD; Portuguese wording", dict(PRIVATE)),
        ("WLD-06", "import", "ESSEA01", "sea", "PH", [], "ES", "050800",
         "Decorative sea shells, polished, large, 80 pcs", "PH", 520, 80, 1600, "USD",
         "giant clam shells (Tridacna spp., CITES II) as decorative shells: 6.5 kg a shell is a giant clam; "
         "no CITES permit", {}),
        ("WLD-07", "import", "FRSEA01", "sea", "CM", [], "FR", "121190",
         "Écorce de pygeum séchée, pour infusion, sacs 50 kg", "CM", 12000, None, 18000, "EUR",
         "Prunus africana bark (CITES II) by its trade name 'pygeum' as herbal-tea bark, without a CITES permit, "
         "French wording", {}),
        ("WLD-08", "export", "FRAIR01", "air", "FR", [], "HK", "960190",
         "Coupe libatoire en corne de buffle sculptée, Chine, dynastie Qing", "CN", 1.2, 1, 120000, "EUR",
         "a carved rhinoceros-horn libation cup (CITES I; the EU restricts the re-export of worked horn) as a "
         "buffalo-horn cup: no buffalo-horn cup is worth 120,000 EUR; French wording",
         {"importer_country": "HK"}),
        ("WLD-09", "export", "NGAIR01", "air", "NG", ["ET"], "VN", "120799",
         "Shea nuts, dried, 50 kg bags", "NG", 3000, None, 900, "USD",
         "pangolin scales as shea nuts by air to Viet Nam via Addis Ababa: shea nuts are a 0.30 USD/kg bulk "
         "commodity shipped by sea, never flown", {"importer_country": "VN"}),
        ("WLD-10", "import", "DEAIR01", "air", "ID", [], "DE", "030111",
         "Live ornamental goldfish, 40 pcs, individually bagged", "ID", 60, 40, 8000, "USD",
         "Asian arowana (Scleropages formosus, CITES I) as goldfish: 200 USD a fish, each in its own bag; "
         "Indonesian farms export arowana only microchipped with CITES permits", {}),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "export", "DEROAD01", "road", "DE", "NO", "360320",
     "Detonating cord 10 g/m PETN, for a licensed quarry", "DE", 1200, None, 9000, "EUR",
     [("EXPORT_LICENCE", "DE-BAM-26-0731"), ("END_USER_CERTIFICATE", "NO-DSB-EUC-26-0144")],
     "detonating cord to a licensed quarry"),
    ("PRM-02", "precursors", "import", "IEPOST01", "post", "GB", "IE", "280800",
     "Nitric acid 65 %, 2.5 l, for a licensed hobby jeweller", "GB", 3.5, 1, 60, "EUR",
     [("PRECURSOR_LICENCE", "IE-DOJ-EP-26-0142")], "restricted precursor to a member of the public holding a licence"),
    ("PRM-03", "waste", "import", "DEROAD01", "road", "CH", "DE", "854999",
     "Waste fluorescent lamps, crushed, with caps (A1030), for mercury recovery", "CH", 14000, None, 1400, "EUR",
     [("BASEL_CONSENT", "CH-BAFU-26-0388")], "waste lamps notified to a licensed mercury recovery plant"),
    ("PRM-04", "waste", "import", "DESEA01", "sea", "GB", "DE", "262190",
     "Fly ash from municipal waste incineration (Y18), for salt-mine backfill", "GB", 24000, None, 1200, "GBP",
     [("BASEL_CONSENT", "GB-EA-TFS-26-4410")], "incinerator ash notified to a licensed underground backfill"),
    ("PRM-05", "cultural", "export", "ITROAD01", "road", "IT", "CH", "970510",
     "Apulian red-figure krater, c. 340 BC, in a collection since 1960", "IT", 9, 1, 65000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-26-0577")], "antiquity leaving the EU with its export licence"),
    ("PRM-06", "cultural", "import", "ESAIR01", "air", "US", "ES", "970510",
     "Moche stirrup-spout vessel, c. 300 AD, in a collection since 1958", "PE", 3, 1, 24000, "EUR",
     [("IMPORT_LICENCE", "ES-MCU-IL-26-0031")], "archaeological object over 250 years with the EU import licence"),
    ("PRM-07", "strategic", "export", "FRAIR01", "air", "FR", "NO", "854020",
     "Image intensifier tubes 18 mm, for police night-vision goggles", "FR", 6, 40, 120000, "EUR",
     [("EXPORT_LICENCE", "FR-SBDU-26-1903"), ("END_USER_CERTIFICATE", "NO-POD-EUC-26-0027")],
     "dual-use night-vision tubes to a police end user under licence"),
    ("PRM-08", "strategic", "export", "DEAIR01", "air", "DE", "JP", "902620",
     "Capacitance manometers, Inconel diaphragm, 0-100 torr, for a semiconductor fab", "DE", 40, 50, 130000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-26-3318"), ("END_USER_CERTIFICATE", "JP-METI-EUC-26-0412")],
     "NSG dual-use pressure transducers to a fab under licence"),
    ("PRM-09", "wildlife", "import", "ITAIR01", "air", "ID", "IT", "410320",
     "Raw salted skins of Python reticulatus, 4-5 m, 300 pcs", "ID", 900, 300, 42000, "USD",
     [("CITES_PERMIT", "ID-KLHK-26-07214")], "python skins within the Indonesian quota with CITES permits"),
    ("PRM-10", "wildlife", "import", "DEAIR01", "air", "ID", "DE", "030111",
     "Live Asian arowana (Scleropages formosus), captive-bred F2, microchipped, 20 pcs", "ID", 30, 20, 9000, "USD",
     [("CITES_PERMIT", "ID-KLHK-26-07388")], "arowana from a registered captive-breeding farm with CITES permits"),
    ("PRM-11", "ozone", "import", "BGROAD01", "road", "TR", "BG", "382761",
     "R-404A refrigerant, 10.9 kg returnable cylinders, 300 pcs", "TR", 3270, 300, 26000, "EUR",
     [("FGAS_QUOTA", "BG-FGAS-26-0093")], "HFC blend under a quota authorisation"),
    ("PRM-12", "ozone", "import", "FRSEA01", "sea", "MA", "FR", "290371",
     "Recovered HCFC-22 in recovery cylinders, for destruction at a licensed incinerator", "MA", 2400, 180, 300,
     "EUR", [("ODS_LICENCE", "FR-DGEC-ODS-26-0211")], "recovered HCFC imported for destruction under licence"),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws)
    ("390319", "High-impact polystyrene (HIPS) pellets, prime, natural", "export", ["sea"], ["EG", "TR", "PK"], (1.5, 2.0), (18000, 24000), ["EUR", "USD"], None, S),
    ("390140", "Metallocene LLDPE (ethylene-octene), film grade, prime, 25 kg bags", "export", ["sea"], ["VN", "ID", "NG"], (1.3, 1.7), (20000, 25000), ["USD"], None, S),
    ("401220", "Part-worn car tyres, whole, tread over 4 mm, graded", "export", ["sea"], ["GH", "NG", "SN"], (1.0, 1.6), (9000, 14000), ["EUR"], 0.125, S),
    ("262190", "Coal fly ash, EN 450-1, for ready-mix concrete", "import", ["road"], ["RS", "BA"], (0.02, 0.04), (24000, 28000), ["EUR"], None, S),
    ("271312", "Calcined petroleum coke recarburiser, 1-5 mm, 98.5 % C", "import", ["sea"], ["CN", "EG", "IN"], (0.45, 0.75), (20000, 25000), ["USD"], None, S),
    ("310100", "Certified garden compost (RAL GZ 251), 40 l bags, palletised", "export", ["road"], ["CH", "NO"], (0.08, 0.15), (18000, 24000), ["EUR"], None, S),
    ("681182", "Fibre-cement corrugated roofing sheets, asbestos-free, new", "export", ["road"], ["UA", "MD", "RS"], (0.6, 0.9), (18000, 24000), ["EUR"], None, S),
    ("844331", "Refurbished multifunction office printers, tested, with test reports and toner", "export", ["sea"], ["GH", "NG", "KE"], (3, 6), (4000, 9000), ["EUR"], 0.022, S),
    ("310229", "Ammonium sulphate nitrate 26 % N, granular, 600 kg big bags", "export", ["sea"], ["MA", "EG", "KE"], (0.3, 0.42), (20000, 25000), ["EUR", "USD"], None, S),
    ("590800", "Candle wicks, braided cotton, on spools", "import", ["sea"], ["CN", "IN"], (6, 10), (1000, 4000), ["USD"], None, S),
    ("950300", "Chemistry experiment sets for children (EN 71-4), boxed", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], 0.8, S),
    ("310590", "Hydroponic nutrient concentrate A+B, 2 x 10 l packs", "import", ["sea"], ["US", "CA", "IL"], (2, 4), (5000, 12000), ["USD", "EUR"], 0.05, S),
    ("391220", "Nitrocellulose, industrial grade, wetted with 30 % isopropanol (UN2556), for printing inks", "import", ["sea"], ["KR", "CN", "BR"], (2.8, 3.8), (10000, 16000), ["USD"], None, S),
    ("382499", "Compressed air duster, HFO-1234ze propellant, 400 ml cans", "import", ["sea"], ["CN", "US"], (5, 8), (3000, 8000), ["USD"], 2.5, S),
    ("280430", "Nitrogen 5.0, compressed, 50 l returnable cylinders", "import", ["road"], ["CH", "RS"], (3, 6), (2000, 5000), ["EUR"], 0.086, S),
    ("841510", "Split air conditioners 3.5 kW, R32 pre-charged, new", "import", ["sea"], ["CN", "TH"], (6, 9), (8000, 14000), ["USD"], 0.025, S),
    ("290351", "HFO-1234ze(E) refrigerant, 926 kg returnable ton tanks", "import", ["sea"], ["CN", "US", "JP"], (18, 28), (9000, 19000), ["USD"], None, S),
    ("290219", "Cyclopentane 95 %, PU foam blowing agent, 200 l drums", "import", ["sea"], ["CN", "KR"], (1.4, 2.0), (12000, 16000), ["USD"], 0.0067, S),
    ("970690", "Antique European furniture, 19th century, dealer stock with invoices", "import", ["sea", "air"], ["GB", "US", "CH"], (40, 120), (300, 3000), ["EUR", "GBP", "USD"], None, S),
    ("830629", "Brass statuettes of deities, hollow cast, new, handicraft", "import", ["sea"], ["IN"], (5, 9), (1000, 5000), ["USD"], None, S),
    ("680291", "Polished ammonite and orthoceras slabs, souvenir", "import", ["sea"], ["MA"], (3, 6), (1000, 5000), ["EUR"], None, S),
    ("691390", "Reproduction Tang-style glazed horse figures, new, Jingdezhen workshop", "import", ["sea"], ["CN"], (3, 6), (2000, 6000), ["USD"], None, S),
    ("442019", "Carved wooden saint figures, new, lime wood, Val Gardena workshops", "export", ["air", "sea"], ["US", "CA"], (60, 120), (100, 600), ["EUR"], None, S),
    ("870324", "Passenger cars, new, petrol over 3,000 cc, to franchised dealers", "export", ["sea"], ["US", "AU", "ZA"], (25, 45), (14000, 22000), ["EUR"], 0.00045, S),
    ("710231", "Rough diamonds, non-industrial, Kimberley Process certified", "import", ["air"], ["BW", "ZA", "NA", "CA"], (500000, 1500000), (1, 3), ["USD"], None, S),
    ("441233", "Birch plywood BB/CP, 18 mm, FSC", "import", ["road"], ["UA"], (0.9, 1.3), (18000, 24000), ["EUR"], None, S),
    ("902620", "Pressure transmitters, stainless steel, 4-20 mA, industrial", "export", ["sea", "air"], ["SA", "AE", "IN"], (80, 150), (300, 2000), ["EUR"], 1.0, S),
    ("900510", "Binoculars 10x42, roof prism, new, retail", "import", ["air", "sea"], ["CN", "JP"], (60, 120), (300, 2000), ["USD"], 1.2, S),
    ("730431", "Cold-drawn seamless precision steel tubes EN 10305-1, hydraulic", "export", ["sea"], ["TR", "EG", "MA"], (1.4, 2.2), (18000, 24000), ["EUR"], None, S),
    ("160432", "Salmon roe (ikura), frozen, 500 g trays", "import", ["sea", "air"], ["US", "CA", "NO"], (40, 70), (500, 4000), ["USD", "EUR"], None, S),
    ("410799", "Finished bovine leather, embossed reptile print, whole hides", "import", ["sea"], ["IN", "BR"], (8, 14), (3000, 9000), ["USD"], None, S),
    ("300490", "Traditional Chinese herbal tablets, plant ingredients only, registered", "import", ["air"], ["CN", "HK"], (15, 30), (100, 800), ["USD"], None, S),
    ("040711", "Fertilised broiler hatching eggs, Ross 308", "import", ["road"], ["GB", "UA"], (3, 5), (6000, 14000), ["EUR"], 16.0, S),
    ("050800", "Decorative sea shells (cockle, scallop), polished, for craft", "import", ["sea"], ["PH", "ID"], (1.5, 3), (2000, 8000), ["USD"], None, S),
    ("120799", "Shea kernels, dried, 85 kg jute bags", "import", ["sea"], ["GH", "CI", "TG"], (0.35, 0.55), (20000, 26000), ["USD"], None, S),
    ("030111", "Live goldfish and koi, farmed, oxygen bags", "import", ["air"], ["IL", "JP", "CN"], (20, 40), (100, 600), ["USD", "EUR"], None, S),
    # everyday trade
    ("080450", "Fresh mangoes", "import", ["air", "sea"], ["PE", "BR", "CI"], (1.2, 2.0), (8000, 20000), ["USD"], None, N),
    ("080550", "Fresh lemons", "import", ["sea"], ["AR", "ZA", "TR"], (0.7, 1.1), (18000, 22000), ["USD", "EUR"], None, N),
    ("080830", "Fresh pears", "import", ["sea"], ["AR", "ZA", "CL"], (0.8, 1.2), (18000, 22000), ["USD"], None, N),
    ("080940", "Fresh plums", "import", ["sea"], ["CL", "ZA"], (1.2, 1.8), (15000, 20000), ["USD"], None, N),
    ("081040", "Fresh blueberries", "import", ["air", "sea"], ["PE", "MA", "CL"], (4, 7), (3000, 16000), ["USD", "EUR"], None, N),
    ("070190", "Ware potatoes, early", "import", ["sea"], ["EG", "IL"], (0.3, 0.5), (22000, 26000), ["EUR", "USD"], None, N),
    ("070820", "Fresh green beans, fine", "import", ["air"], ["KE", "SN", "MA"], (2.0, 3.5), (1000, 6000), ["EUR"], None, N),
    ("071340", "Green lentils, dried, 25 kg bags", "import", ["sea"], ["CA", "AU"], (0.6, 0.9), (20000, 25000), ["USD"], None, N),
    ("090220", "Green tea, loose leaf", "import", ["sea"], ["CN", "JP"], (4, 8), (3000, 10000), ["USD"], None, N),
    ("091030", "Turmeric, dried fingers", "import", ["sea"], ["IN"], (1.5, 2.5), (12000, 18000), ["USD"], None, N),
    ("120510", "Rapeseed, low erucic acid, bulk", "import", ["sea"], ["CA", "AU", "UA"], (0.45, 0.6), (25000, 30000), ["USD", "EUR"], None, N),
    ("130120", "Gum arabic, hand-picked, Kordofan grade", "import", ["sea"], ["SD", "TD"], (2, 4), (10000, 18000), ["USD"], None, N),
    ("151190", "Refined palm oil, RBD, flexitank", "import", ["sea"], ["MY", "ID"], (0.9, 1.2), (20000, 24000), ["USD"], None, N),
    ("170114", "Raw cane sugar, bulk bags", "import", ["sea"], ["BR", "MU"], (0.45, 0.6), (22000, 26000), ["USD"], None, N),
    ("180632", "Chocolate bars, retail", "export", ["road", "sea"], ["GB", "US", "CH"], (6, 10), (6000, 14000), ["EUR", "GBP", "USD"], None, N),
    ("190590", "Bakery products, frozen bread rolls", "export", ["road"], ["CH", "GB", "NO"], (2, 4), (8000, 16000), ["EUR", "GBP"], None, N),
    ("200979", "Apple juice concentrate, 70 Brix, aseptic drums", "import", ["sea"], ["CN", "TR"], (1.0, 1.6), (20000, 24000), ["USD", "EUR"], None, N),
    ("220429", "Red wine in bulk, flexitank", "export", ["sea"], ["CN", "US"], (0.8, 2.0), (20000, 24000), ["EUR", "USD"], None, N),
    ("230400", "Soybean meal, 47 % protein, bulk", "import", ["sea"], ["AR", "BR", "US"], (0.38, 0.5), (25000, 30000), ["USD"], None, N),
    ("250100", "Rock salt for road de-icing, bulk", "import", ["sea"], ["MA", "EG"], (0.05, 0.08), (25000, 30000), ["EUR"], None, N),
    ("291521", "Glacial acetic acid, ISO tank", "import", ["sea"], ["CN", "US", "SA"], (0.4, 0.7), (20000, 24000), ["USD"], None, N),
    ("291736", "Purified terephthalic acid (PTA), bulk bags", "import", ["sea"], ["KR", "TW"], (0.7, 1.0), (22000, 26000), ["USD"], None, N),
    ("330610", "Toothpaste, retail tubes", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (6000, 14000), ["EUR", "USD"], None, N),
    ("350610", "Household adhesives, retail tubes", "import", ["sea"], ["CN", "TR"], (3, 5), (3000, 9000), ["USD", "EUR"], None, N),
    ("391723", "PVC pressure pipes, rigid", "import", ["road", "sea"], ["TR"], (1.2, 1.8), (12000, 20000), ["EUR"], None, N),
    ("392410", "Plastic tableware and kitchenware", "import", ["sea"], ["CN", "TR"], (2, 3.5), (5000, 10000), ["USD", "EUR"], None, N),
    ("441520", "Wooden pallets, EPAL, new", "import", ["road"], ["UA", "RS"], (0.2, 0.35), (18000, 24000), ["EUR"], 0.04, N),
    ("441114", "MDF panels, 18 mm, raw", "import", ["sea", "road"], ["TR", "BR"], (0.35, 0.5), (22000, 26000), ["EUR", "USD"], None, N),
    ("480256", "Copy paper A4, 80 g/m2, reams", "import", ["sea"], ["BR", "ID"], (0.8, 1.1), (20000, 24000), ["USD"], None, N),
    ("520100", "Raw cotton, not carded, bales", "import", ["sea"], ["US", "BR"], (1.6, 2.0), (20000, 24000), ["USD"], None, N),
    ("540233", "Textured polyester filament yarn", "import", ["sea"], ["CN"], (1.1, 1.5), (15000, 20000), ["USD"], None, N),
    ("610462", "Women's knitted cotton trousers", "import", ["sea"], ["BD", "TR"], (10, 16), (3000, 8000), ["USD", "EUR"], None, N),
    ("620140", "Men's padded jackets, synthetic fibres", "import", ["sea"], ["CN", "VN"], (12, 20), (3000, 8000), ["USD"], None, N),
    ("640219", "Sports footwear, rubber and plastic", "import", ["sea"], ["VN", "ID"], (12, 20), (3000, 8000), ["USD"], None, N),
    ("650500", "Knitted hats and beanies", "import", ["sea"], ["CN"], (10, 20), (1000, 4000), ["USD"], None, N),
    ("690722", "Glazed ceramic floor tiles", "import", ["sea"], ["IN", "TR"], (0.35, 0.6), (22000, 26000), ["USD", "EUR"], None, N),
    ("700529", "Float glass sheets, clear, 4 mm", "import", ["sea"], ["TR", "EG"], (0.4, 0.6), (20000, 24000), ["EUR", "USD"], None, N),
    ("701328", "Glass stemware", "import", ["sea", "road"], ["TR"], (3, 5), (6000, 12000), ["EUR"], None, N),
    ("721420", "Reinforcing bars (rebar) B500B", "import", ["sea"], ["TR", "EG", "DZ"], (0.55, 0.7), (25000, 30000), ["USD", "EUR"], None, N),
    ("730630", "Welded steel tubes, round, galvanised", "import", ["sea"], ["TR", "IN"], (0.7, 1.0), (20000, 25000), ["EUR", "USD"], None, N),
    ("731210", "Steel wire ropes, stranded", "import", ["sea"], ["CN", "KR"], (1.5, 2.2), (15000, 20000), ["USD"], None, N),
    ("740811", "Copper wire rod, 8 mm", "import", ["sea"], ["TR", "CL"], (8, 9.5), (20000, 24000), ["USD"], None, N),
    ("760612", "Aluminium alloy sheet 5754, coils", "import", ["sea"], ["TR", "CN"], (3, 3.8), (18000, 22000), ["USD", "EUR"], None, N),
    ("761510", "Aluminium cookware, non-stick", "import", ["sea"], ["TR", "CN"], (4, 6), (5000, 10000), ["EUR", "USD"], None, N),
    ("821192", "Kitchen knives, fixed blade", "import", ["sea"], ["CN"], (6, 10), (2000, 6000), ["USD"], None, N),
    ("830242", "Furniture fittings, hinges and runners", "import", ["sea"], ["CN", "TR"], (3, 5), (6000, 12000), ["USD", "EUR"], None, N),
    ("840721", "Outboard motors, petrol, new", "import", ["sea"], ["JP"], (20, 35), (3000, 8000), ["USD"], 0.03, N),
    ("842211", "Household dishwashers, new", "import", ["sea", "road"], ["TR"], (3, 4.5), (8000, 14000), ["EUR"], 0.022, N),
    ("842240", "Flow-wrap packing machines, new", "export", ["sea"], ["EG", "IN"], (12, 25), (3000, 9000), ["EUR"], 0.0008, N),
    ("843149", "Excavator parts, buckets and teeth", "import", ["sea"], ["KR", "JP"], (4, 7), (6000, 14000), ["USD"], None, N),
    ("846722", "Electric circular saws, handheld", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.25, N),
    ("848120", "Valves for oleohydraulic transmissions", "import", ["sea", "air"], ["CN", "US"], (20, 35), (500, 3000), ["USD"], None, N),
    ("850152", "AC electric motors, three-phase, 1-75 kW", "import", ["sea"], ["CN", "TR"], (5, 8), (8000, 16000), ["USD", "EUR"], None, N),
    ("850610", "Alkaline batteries, AA and AAA, retail", "import", ["sea"], ["CN", "ID"], (3, 5), (6000, 14000), ["USD"], None, N),
    ("851220", "Vehicle LED lamps and light bars", "import", ["sea"], ["CN"], (8, 12), (2000, 6000), ["USD"], None, N),
    ("853650", "Electrical switches, wall mounted", "import", ["sea"], ["CN", "TR"], (10, 15), (2000, 6000), ["USD", "EUR"], None, N),
    ("871150", "Motorcycles over 800 cc, new", "export", ["sea"], ["US", "AU", "JP"], (10, 16), (6000, 12000), ["EUR"], 0.0043, N),
    ("871500", "Baby carriages and strollers", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.09, N),
    ("890311", "Inflatable boats, PVC, under 100 kg", "import", ["sea"], ["CN"], (8, 14), (2000, 6000), ["USD"], 0.03, N),
    ("900410", "Sunglasses", "import", ["sea", "air"], ["CN"], (20, 40), (300, 2000), ["USD"], 30.0, N),
    ("901839", "Catheters and cannulae, sterile, single use", "import", ["sea", "air"], ["MY", "CN"], (20, 40), (500, 3000), ["USD"], None, N),
    ("940330", "Wooden office furniture, flat-packed", "import", ["sea"], ["CN", "VN"], (2.5, 4), (8000, 14000), ["USD"], None, N),
    ("940421", "Foam mattresses, roll-packed", "import", ["sea", "road"], ["TR", "CN"], (2.5, 4), (6000, 12000), ["EUR", "USD"], 0.05, N),
    ("940511", "LED ceiling luminaires", "import", ["sea"], ["CN"], (6, 10), (4000, 10000), ["USD"], None, N),
    ("961700", "Vacuum flasks, stainless steel", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], None, N),
    ("030614", "Frozen snow crab clusters", "import", ["sea"], ["CA", "NO"], (10, 16), (15000, 20000), ["USD", "EUR"], None, N),
    ("030489", "Frozen Alaska pollock fillet blocks", "import", ["sea"], ["US", "CN"], (2.5, 3.5), (20000, 24000), ["USD"], None, N),
    ("020130", "Fresh chilled boneless beef, vacuum packed", "import", ["air", "sea"], ["AR", "UY"], (9, 14), (8000, 18000), ["USD"], None, N),
    ("040630", "Processed cheese slices", "export", ["road", "sea"], ["GB", "CH"], (4, 6), (8000, 16000), ["EUR", "GBP"], None, N),
    ("080262", "Macadamia nuts, shelled, vacuum packed", "import", ["sea"], ["ZA", "KE", "AU"], (12, 18), (10000, 16000), ["USD"], None, N),
    ("210111", "Instant coffee, freeze-dried, bulk", "import", ["sea"], ["BR", "IN", "VN"], (10, 16), (8000, 14000), ["USD"], None, N),
    ("220110", "Mineral water, still, PET bottles", "export", ["road"], ["CH", "GB"], (0.3, 0.5), (20000, 24000), ["EUR", "GBP"], None, N),
]


def main():
    base.write_later_set("blind4", 20261201, HERE)


if __name__ == "__main__":
    main()
