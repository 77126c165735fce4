#!/usr/bin/env python3
"""Writes the thirtieth blind set (tests/risk/data/blind30-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated March - April 2031, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-twenty-six profile changes were measured
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
would. Ids are BL30-*:

    python3 tests/risk/data/make_blind30_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2031, 3, 1)
base.DAYS = 61  # 1 March to 30 April 2031
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "NLAIR01", "express", "US", [], "NL", "284700",
         "Vijverzuurstof-supplement (pond oxygenator), waterstofperoxide 50 %, jerrycans 10 l, 6 st.", "US", 66, 6,
         310, "USD",
         "pond oxygenators are dosed with 3-12 % peroxide or tablets; 60 l of 50 % H2O2 (Annex I, limit 12 %) by "
         "express to a private address is the explosive-grade concentrate; Dutch wording",
         person("Dhr. R. Visser", "NL")),
        ("PRE-02", "import", "ITAIR01", "express", "CN", [], "IT", "282990",
         "Granulato per macchine fontana fredda (cold spark), KClO4 99 %, sacchetti 1 kg, 25 pz", "CN", 25, 25, 140,
         "USD",
         "cold-spark machines burn titanium/zirconium granules, not an oxidiser; 25 kg of 99 % potassium perchlorate "
         "(Annex I, limit 40 %) by its formula, to a private event hirer; Italian wording",
         person("Sig. D. Ferraro", "IT")),
        ("PRE-03", "import", "DEROAD01", "road", "UA", ["PL"], "DE", "310590",
         "Kompost-Beschleuniger granuliert, 34,5 % N (Ammonium- und Nitratstickstoff je Hälfte), Big Bags, 6 t", "UA",
         6000, 12, 2100, "EUR",
         "a compost accelerator with 34.5 % N, half ammonium and half nitrate, is straight ammonium nitrate (Annex II "
         "above 16 % N) under a mixed-fertiliser subheading, bought by a van-trading firm; German wording",
         firm("Gartenwelt Handel UG", "DE")),
        ("PRE-04", "export", "ESSEA01", "sea", "ES", [], "MA", "854239",
         "Módulos electrónicos de retardo programable con cápsula de cobre n.º 8, cable 4 m, para voladura, 3.000 uds",
         "ES", 210, 3000, 14000, "EUR",
         "'with a No. 8 copper capsule ... for blasting' is an electronic detonator (36.03), not an integrated circuit; "
         "shipped as electronics to a trading firm without an explosives transfer document; Spanish wording",
         firm("Sarl Atlas Equipements", "MA")),
        ("PRE-05", "import", "PTPOST01", "post", "BR", [], "PT", "280800",
         "Ácido nítrico 65 % para pátina artística de cobre, frascos 1 l, 12 un.", "BR", 16, 12, 60, "EUR",
         "patina solutions are dilute and sold by artists' suppliers; 12 l of 65 % nitric acid (Annex I, limit 3 %) "
         "by post to a private person; Portuguese wording",
         person("Sra. Ana Ribeiro", "PT")),
        ("PRE-06", "import", "FRPOST01", "post", "GB", [], "FR", "760310",
         "Poudre d'aluminium 5 µm, non enrobée, 'pour soudure aluminothermique de rails', 3 kg", "GB", 3, 3, 45,
         "GBP",
         "rail thermite welding uses coarse granules in pre-mixed portions bought by railway contractors; 3 kg of "
         "uncoated 5 µm powder (Annex II) by post to a private address; French wording",
         person("M. L. Garnier", "FR")),
        ("PRE-07", "import", "HUROAD01", "road", "RS", [], "HU", "282911",
         "Natrijum hlorat 99 %, sredstvo za desikaciju krompira, džakovi 25 kg, 40 kom.", "RS", 1000, 40, 900, "EUR",
         "sodium chlorate haulm desiccant has not been authorised in the EU since 2009; 1 t of 99 % NaClO3 (Annex I, "
         "limit 40 %) by van to a small firm; Serbian wording",
         firm("Agro-Duna Kft", "HU")),
        ("PRE-08", "import", "ITPOST01", "post", "AL", [], "IT", "340120",
         "Kit per sapone fatto in casa, 3 flaconi", "AL", 4.5, 3, 35, "EUR",
         "a home-soap kit contains lye and oils; this one holds 98 % glycerine with 68 % nitric acid and 96 % "
         "sulphuric acid, the ingredients of nitroglycerine; Italian wording, to a private person",
         dict(person("Privato", "IT"),
              _item={"description": "Kit per sapone fatto in casa: glicerina 98 %, 1 l"},
              _more_items=[item("280800", "Acido nitrico 68 %, 1 l (per kit sapone)", "AL", 1.4, 8, "EUR", qty=1),
                           item("280700", "Acido solforico 96 %, 1 l (per kit sapone)", "AL", 1.8, 6, "EUR", qty=1)])),
        ("PRE-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "870895",
         "安全气囊点火器 airbag squib initiators, 8号铜壳, 脚线 3 m, 2,000 pcs", "CN", 60, 2000, 1800, "USD",
         "airbag initiators are short two-pin squibs inside the module; 'No. 8 copper shell' with 3 m leg wires is "
         "an electric detonator (36.03, class 1.1B) under a car-parts code; Chinese wording, by rail",
         firm("Auto-Części Wschód Sp. z o.o.", "PL")),
        ("PRE-10", "import", "BEAIR01", "express", "IN", [], "BE", "282990",
         "Sodium perchlorate monohydrate 99 %, 'for explosive trace detector calibration', 10 kg", "IN", 10, 2, 95,
         "USD",
         "detector calibration uses milligram standards from accredited suppliers; 10 kg of 99 % sodium perchlorate "
         "(Annex I, limit 40 %) by express to a private person",
         person("Mr S. Janssens", "BE")),
    ],
    "waste": [
        ("WST-01", "export", "ESROAD01", "road", "ES", [], "MA", "780200",
         "Chatarra de plomo, baterías de arranque usadas sin electrolito, 900 unidades", "ES", 13500, 900, 6100, "EUR",
         "900 used car batteries are whole lead-acid batteries (A1160), not lead scrap, whatever their electrolyte; "
         "exported without a notification to a trading firm; Spanish wording",
         firm("Recuperation Nord SARL", "MA")),
        ("WST-02", "export", "DESEA01", "sea", "DE", [], "PK", "902830",
         "Stromzähler, gebraucht, zur Wiederverwendung, 20.000 Stück", "DE", 30000, 20000, 10000, "EUR",
         "20,000 dismantled utility meters at 0.50 EUR each cannot be reused (utility-specific, calibration expired): "
         "electronic waste to a scrap trader; German wording", {}),
        ("WST-03", "export", "FRSEA01", "sea", "FR", [], "VN", "391510",
         "Film LDPE agricole usagé, non lavé, en balles, taux de souillure (terre) 25 %", "FR", 24000, None, 720,
         "EUR",
         "used agricultural film with a quarter of soil is a mixed, contaminated plastic waste, not a clean single "
         "polymer (B3011): it needs prior consent in Vietnam; French wording", {}),
        ("WST-04", "export", "BESEA01", "sea", "BE", [], "TR", "282739",
         "Ferrous chloride solution FeCl2 for water treatment, free HCl 8 %, Zn 5 %, ISO tanks", "BE", 22000, None,
         440, "EUR",
         "a coagulant does not carry 8 % free acid and 5 % zinc: this is spent galvanising pickle liquor (Y34, "
         "hazardous), at a waste price", {}),
        ("WST-05", "export", "ITROAD01", "road", "IT", ["GR"], "AL", "391590",
         "Scarti di polipropilene triturati da contenitori per aghi ospedalieri, balle", "IT", 16000, None, 480, "EUR",
         "ground hospital sharps containers are clinical waste (Y1), not plastic scrap; Italian wording", {}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "HK", "852499",
         "Gebroken laptopschermen (LCD-panelen met CCFL-achtergrondverlichting), als onderdelen, 4.000 kg", "NL", 4000,
         1600, 1200, "EUR",
         "broken panels with mercury backlights at 0.30 EUR/kg are electronic waste (A1180), not spare parts; Dutch "
         "wording", {}),
        ("WST-07", "export", "DEROAD01", "road", "DE", ["AT", "SI", "HR", "RS", "BG"], "TR", "391530",
         "PVC-Altfenster, Profile mit Glasresten und Beschlägen, gepresst", "DE", 21000, None, 1050, "EUR",
         "old windows with glass and hardware are unsorted mixed waste; PVC is halogenated and not green-listed "
         "(Y46/A3210): a notification is needed for Turkey; German wording", {}),
        ("WST-08", "export", "NLSEA01", "sea", "NL", [], "IN", "251320",
         "Garnet abrasive, recycled, from hull blasting at a shipyard, lead 2 %, TBT traces", "NL", 25000, None, 1500,
         "EUR",
         "spent blasting grit with lead and organotin antifouling paint is hazardous waste, not a recycled abrasive",
         {}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "AO", "760200",
         "Sucata de alumínio (armários de estações base desmontados com placas e baterias)", "PT", 18000, None, 5400,
         "EUR",
         "telecom base-station cabinets with boards and batteries are electronic waste, not aluminium scrap; "
         "Portuguese wording", {}),
        ("WST-10", "export", "BESEA01", "sea", "BE", [], "NG", "381400",
         "Diluant de nettoyage récupéré, contient pigments et eau 15 %, fûts 200 l", "BE", 16000, 80, 800, "EUR",
         "a 'recovered' thinner with pigments and 15 % water is a spent solvent (Y42) at a waste price; French "
         "wording", {}),
    ],
    "ozone": [
        ("OZN-01", "import", "BGROAD01", "road", "TR", [], "BG", "280430",
         "Azot gazı, kaçak testi için, turuncu tüp, her biri net 10,9 kg, 40 adet", "TR", 436, 40, 4800, "EUR",
         "nitrogen for leak testing costs a few euro a fill and does not come in 10.9 kg net orange cylinders: that is "
         "the R-404A fill and colour, at an HFC price (120 EUR a cylinder); Turkish wording", {}),
        ("OZN-02", "import", "DEAIR01", "air", "CN", [], "DE", "290351",
         "HFO-1234yf refrigerant, UN 3159, cylinders 10 kg, 60 pcs", "CN", 600, 60, 4200, "USD",
         "UN 3159 is 1,1,1,2-tetrafluoroethane (HFC-134a); R-1234yf is UN 3161 and costs several times this price: "
         "HFC-134a outside the quota under the HFO subheading", {}),
        ("OZN-03", "import", "LTRAIL01", "rail", "KZ", ["RU", "BY"], "LT", "290379",
         "Khladon 114V2 (C2F4Br2), tekhnicheskii, ballony 25 kg, 12 sht.", "KZ", 300, 12, 9000, "USD",
         "khladon 114V2 is halon 2402, an ODS banned in the EU except for listed critical uses; Russian wording", {}),
        ("OZN-04", "import", "FRSEA01", "sea", "IN", [], "FR", "381400",
         "Solvant de nettoyage pour circuits oxygène, C2Cl3F3 qualité 'TF', fûts 200 l", "IN", 3000, 10, 36000, "USD",
         "C2Cl3F3 is CFC-113 ('Freon TF'), a controlled ODS; French wording", {}),
        ("OZN-05", "import", "NLSEA01", "sea", "CN", [], "NL", "290344",
         "Blusmiddel FE-25 (pentafluorethaan), cilinders 60 kg, 40 st., aan installatiebedrijf", "CN", 2400, 40,
         19000, "USD",
         "HFC-125 as an extinguishant goes to fire-protection firms; 2.4 t to a refrigeration installer is R-410A/R-404A "
         "blend stock without a quota document; Dutch wording", firm("Koeltechniek Westland BV", "NL")),
        ("OZN-06", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "290349",
         "二氟甲烷 (CH2F2) 工业用, 钢瓶 9 kg, 200 瓶", "CN", 1800, 200, 9000, "USD",
         "CH2F2 is HFC-32 (2903.42), declared as an unnamed fluorinated compound by its Chinese name and formula, "
         "without a quota document", {}),
        ("OZN-07", "import", "ITSEA01", "sea", "CN", [], "IT", "382761",
         "Refrigerante R-404A rigenerato (riciclato), bombole nuove usa e getta 10,9 kg, 300 pz", "CN", 3270, 300,
         21000, "USD",
         "'reclaimed' refrigerant does not come from China in new disposable cylinders (banned in the EU); HFC "
         "import outside the quota; Italian wording", {}),
        ("OZN-08", "import", "ESSEA01", "sea", "CN", [], "ES", "841869",
         "Máquinas de hielo enchufables para bares, refrigerante R-134a 120 g, 400 uds", "CN", 14000, 400, 96000,
         "USD",
         "commercial plug-in ice machines with an HFC of GWP 1,430 have been banned on the EU market since 2022; the "
         "charge is named in the description; Spanish wording", firm("Hostelería Levante SL", "ES")),
        ("OZN-09", "import", "ATROAD01", "road", "RS", ["HU"], "AT", "390950",
         "Pistolenschaum B2, Treibgas 1,1,1,2-Tetrafluorethan, Dosen 750 ml, 6.000 Stück", "RS", 5100, 6000, 12000,
         "EUR",
         "one-component foam with HFC-134a propellant has been banned on the EU market since 2008; German wording", {}),
        ("OZN-10", "transit", "GRSEA01", "sea", "EG", ["GR"], "AL", "290345",
         "HFC-134a, bombole 13,6 kg, 500 pz, per un distributore di Valona", "EG", 6800, 500, 27000, "USD",
         "a T1 transit of HFC-134a to Albania whose unloading address on the attached CMR is a Greek warehouse; the "
         "consignee is a tyre shop; Italian wording", firm("Gomme Vlora Shpk", "AL")),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "HT", ["DO"], "FR", "680291",
         "Pierre de jardin sculptée à trois pointes, trouvée sur un terrain, 1 pc", "HT", 9, 1, 80, "USD",
         "a three-pointed carved stone from Haiti is a Taíno trigonolito (ICOM Red List, Haiti); 'found on land' "
         "means excavated; French wording", person("Mme J. Pierre-Louis", "FR")),
        ("CUL-02", "import", "ROROAD01", "road", "UA", ["MD"], "RO", "711319",
         "Accesorii pentru bijuterii, plăcuțe de aur cu animale, cu urme de pământ, 14 buc.", "UA", 0.3, 14, 900,
         "EUR",
         "gold plaques with animal motifs and soil from Ukraine are Scythian grave goods, not findings; 900 EUR "
         "is below their gold value; Romanian wording", person("Dl. V. Popescu", "RO")),
        ("CUL-03", "import", "ESPOST01", "post", "PE", [], "ES", "691390",
         "Jarra de cerámica con asa de estribo, pintada, hecha a mano, 1 ud", "PE", 2, 1, 40, "USD",
         "a painted stirrup-spout vessel from Peru is a Moche funerary vessel; Spanish wording",
         person("Sr. J. García", "ES")),
        ("CUL-04", "import", "DEAIR01", "express", "HK", [], "DE", "960190",
         "刻字龟甲 inscribed turtle shell carvings, decorative, 6 pcs", "CN", 0.8, 6, 120, "USD",
         "inscribed turtle plastrons are Shang oracle bones (archaeological, China's export ban); Chinese wording",
         person("Herr K. Becker", "DE")),
        ("CUL-05", "import", "BEAIR01", "air", "AE", [], "BE", "691200",
         "أطباق فخارية قديمة بكتابة بالحبر من الداخل، 5 قطع", "IQ", 6, 5, 300, "USD",
         "old clay bowls with ink writing inside, origin Iraq, are Aramaic incantation bowls (ICOM Red List Iraq); "
         "Arabic wording, via Dubai", {}),
        ("CUL-06", "import", "GBAIR01", "express", "EG", [], "GB", "691390",
         "Handmade pottery beaker, red with black rim, very thin wall, old, 1 pc", "SD", 0.4, 1, 90, "USD",
         "a thin-walled black-topped red beaker of Sudanese origin is Kerma ware (ICOM Emergency Red List Sudan, "
         "museums looted since 2023), sent by express from Egypt at a tourist price", person("Mr A. Hassan", "GB")),
        ("CUL-07", "import", "NLSEA01", "sea", "VN", [], "NL", "830629",
         "Trống đồng cũ trang trí (old decorative bronze drum), green patina, 1 pc", "VN", 38, 1, 250, "USD",
         "an old bronze drum with a green burial patina from Vietnam is a Dong Son drum; Vietnamese wording", {}),
        ("CUL-08", "import", "ESAIR01", "air", "GT", ["US"], "ES", "691390",
         "Maceta cilíndrica de cerámica policromada con glifos, antigua, 1 ud", "GT", 3, 1, 150, "USD",
         "an old polychrome cylinder with glyphs from Guatemala is a Maya cylinder vase, not a flower pot; Spanish "
         "wording", person("Particular", "ES")),
        ("CUL-09", "import", "DEAIR01", "air", "GE", [], "DE", "970191",
         "Decorative oil painting on canvas, 20th century, with old label 'Херсонський художній музей', 1 pc", "UA",
         4, 1, 150, "EUR",
         "a label of the Kherson Art Museum, looted in 2022, on a painting sent from Georgia at 150 EUR", {}),
        ("CUL-10", "import", "ITSEA01", "sea", "TR", [], "IT", "691490",
         "Vasi decorativi da giardino in terracotta, con incrostazioni marine, 8 pz", "TR", 160, 8, 320, "EUR",
         "terracotta jars with marine concretions are amphorae from a wreck site; Italian wording", {}),
    ],
    "strategic": [
        ("STR-01", "export", "PLROAD01", "road", "PL", ["LT", "LV", "RU", "KZ"], "KG", "851762",
         "Camping Wi-Fi router kits with flat dish antenna, 'Standard Kit', 40 pcs", "US", 120, 40, 18000, "EUR",
         "a 'Standard Kit' with a flat phased-array dish is a satellite internet terminal, a battlefield item banned "
         "for Russia, sent by road through Russia to a Bishkek trader", firm("Ala-Too Electronics LLC", "KG")),
        ("STR-02", "export", "DEAIR01", "express", "DE", [], "AM", "847330",
         "Educational electronic boards, flight controller type (Pixhawk 6X), 150 pcs", "CN", 45, 150, 42000, "EUR",
         "150 drone flight controllers to a Yerevan trader are Common High Priority items for Russia, not "
         "teaching boards; the GNSS modules with them complete the drone avionics",
         dict(firm("Ararat Tech LLC", "AM"),
              _more_items=[item("852691", "GNSS receiver modules with compass, for the same boards, 150 pcs", "CN", 8, 9000, "EUR", qty=150)])),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "846591",
         "Gebrauchte Holzbearbeitungsmaschine, 5-Achs, Positioniergenauigkeit 4 µm, 1 Stück", "DE", 9000, 1, 185000,
         "EUR",
         "woodworking machines do not hold 4 µm on five axes: a 5-axis metal machining centre (2B001) to a Turkish "
         "trader; German wording", firm("Anadolu Makine Ticaret Ltd", "TR")),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "TR", "851420",
         "Forno a induzione sottovuoto per fusione di gioielli, carica 200 kg, 1.700 °C", "IT", 4500, 1, 310000,
         "EUR",
         "jewellers melt kilograms, not 200 kg under vacuum: a vacuum induction furnace (2B226) with an Iranian end "
         "user named on the invoice; Italian wording", {}),
        ("STR-05", "export", "ESSEA01", "sea", "ES", [], "AE", "760820",
         "Tubos de aluminio para riego, aleación 7075-T6, diámetro exterior 81 mm, 2.000 uds", "ES", 16000, 2000,
         210000, "EUR",
         "irrigation pipe is soft 6063; 7075-T6 tube over 75 mm OD is a nuclear-controlled item (1C202) to a Dubai "
         "trading firm; Spanish wording", {}),
        ("STR-06", "import", "BEAIR01", "air", "AE", [], "BE", "710210",
         "Rough diamonds, unsorted, origin United Arab Emirates, 2,400 ct", "AE", 0.48, 2400, 290000, "USD",
         "the UAE has no diamond mines: 'origin AE' rough hides Russian goods under the EU ban; no Kimberley origin",
         {}),
        ("STR-07", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "760110",
         "Aluminium ingots A7, brand SAZ, origin Kazakhstan, 25 t", "KZ", 25000, None, 62000, "USD",
         "SAZ is the Sayanogorsk (Russian) smelter's ingot mark: Russian aluminium under a Kazakh origin", {}),
        ("STR-08", "export", "NLAIR01", "air", "NL", [], "HK", "854231",
         "LED sign controller chips (Kintex-7 FPGA), 2,000 pcs", "US", 8, 2000, 800000, "USD",
         "400 USD a chip is an FPGA price, not an LED controller's; Common High Priority item to a Hong Kong trader",
         {}),
        ("STR-09", "export", "PLROAD01", "road", "PL", ["LT", "LV"], "KG", "851762",
         "Walkie-talkies for construction sites, frequency hopping, AES-256, 300 pcs", "PL", 450, 300, 210000, "EUR",
         "frequency-hopping encrypted radios at 700 EUR each are military tactical radios (Cat. 5), not site "
         "walkie-talkies, to Bishkek", {}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "AE", "292219",
         "2-(Diisopropylamino)ethanol, 'coating amine', 200 l drums, 4", "DE", 700, 4, 4200, "EUR",
         "2-(diisopropylamino)ethanol is a CWC Schedule 2 chemical (VX precursor), to a Dubai trader without an "
         "export licence", {}),
    ],
    "wildlife": [
        ("WLD-01", "export", "FRAIR01", "air", "FR", [], "HK", "030199",
         "Poissons vivants d'ornement (loches Misgurnus), sacs oxygénés, 280 kg", "FR", 280, None, 1400, "EUR",
         "France does not export loaches by the quarter-tonne: oxygenated bags of 'loaches' in spring to Hong Kong "
         "are glass eels (Anguilla anguilla, EU export ban); French wording", {}),
        ("WLD-02", "import", "DEAIR01", "air", "CN", [], "DE", "160417",
         "烤鳗鱼 Anguilla anguilla kabayaki, frozen, 3 t", "CN", 3000, None, 66000, "USD",
         "processed European eel from China needs a CITES permit (Appendix II); Chinese wording, none declared", {}),
        ("WLD-03", "import", "NLPOST01", "post", "MX", [], "NL", "010690",
         "Voedselinsecten, levend, spinnen, 20 st.", "MX", 0.4, 20, 80, "USD",
         "'feeder insects' that are live spiders from Mexico are Brachypelma tarantulas (CITES II); Dutch wording",
         person("Dhr. M. de Groot", "NL")),
        ("WLD-04", "import", "NLAIR01", "air", "ID", ["QA"], "NL", "010632",
         "Live cockatiels (Nymphicus), large white with yellow crest, 6 birds, 800 g each", "ID", 4.8, 6, 300, "USD",
         "cockatiels weigh about 90 g; large white birds with a yellow crest at 800 g are sulphur- or yellow-crested "
         "cockatoos (CITES II/I) from Indonesia without a permit", {}),
        ("WLD-05", "import", "ITAIR01", "air", "CL", [], "IT", "060290",
         "Piante succulente decorative a radice nuda, Copiapoa, da vivaio, 400 pz", "CL", 120, 400, 900, "USD",
         "bare-root Copiapoa from Chile are wild-collected Atacama cacti (CITES II); no nursery sends them bare-root "
         "and without a permit; Italian wording", {}),
        ("WLD-06", "import", "ESSEA01", "sea", "BO", ["PE"], "ES", "440729",
         "Madera aserrada de cedro (Cedrela odorata), 40 m3", "BO", 20000, None, 24000, "USD",
         "Cedrela is CITES Appendix II; sawn cedro without an export permit; Spanish wording", {}),
        ("WLD-07", "import", "ESPOST01", "post", "MX", [], "ES", "010690",
         "Peces caminantes mexicanos (Mexican walking fish), vivos, para acuario, 12 uds", "MX", 0.6, 12, 60, "USD",
         "the 'Mexican walking fish' is the axolotl (Ambystoma mexicanum, CITES II), an amphibian, sent from Mexico "
         "by post without a permit; Spanish wording", person("Sr. L. Moreno", "ES")),
        ("WLD-08", "import", "DEPOST01", "post", "CN", [], "DE", "300490",
         "熊胆粉胶囊 (herbal capsules), 10 boxes", "CN", 0.6, 10, 150, "USD",
         "熊胆粉 is bear bile powder (Asian black bear, CITES I); Chinese wording", dict(person("Herr T. Wu", "DE"),
              _more_items=[item("090240", "人参茶 ginseng tea, 5 boxes", "CN", 0.5, 25, "USD", qty=5)])),
        ("WLD-09", "import", "BEPOST01", "post", "NG", [], "BE", "050590",
         "Dried bird heads for traditional medicine, large, bare-skinned, hooked beak, 6 pcs", "NG", 3, 6, 120, "USD",
         "large bare-skinned raptor heads from Nigeria for traditional medicine are vulture heads (Accipitridae, "
         "CITES II) from the fetish trade", person("Mme F. Okafor", "BE")),
        ("WLD-10", "import", "BEAIR01", "air", "CO", [], "BE", "010690",
         "Grenouilles d'aquarium, petites, colorées, 60 pcs, en boîtes de film", "CO", 1, 60, 300, "USD",
         "small brightly coloured frogs from Colombia in film canisters are poison-dart frogs (Dendrobatidae, CITES "
         "II) without a permit; French wording", {}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "DESEA01", "sea", "US", "DE", "284700",
     "Hydrogen peroxide 50 %, for aseptic packaging sterilisation, IBC 1,000 l, 18 pcs", "US", 21600, 18, 17000, "USD",
     [("PRECURSOR_LICENCE", "DE-BKA-31-0211")], "licensed peroxide to a dairy's aseptic line"),
    ("PRM-02", "precursors", "import", "PLROAD01", "road", "SK", "PL", "360360",
     "Electronic detonators, programmable, for open-pit mining, 4,000 pcs", "SK", 280, 4000, 36000, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWiA-31-0107")], "detonators with their transfer licence to a quarry blaster"),
    ("PRM-03", "waste", "export", "BESEA01", "sea", "BE", "KR", "854911",
     "Spent lead-acid batteries, whole, for secondary lead smelting, 20 t", "BE", 20000, 1300, 9000, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-31-0302")], "notified ULAB to a permitted smelter"),
    ("PRM-04", "waste", "import", "NLSEA01", "sea", "NO", "NL", "382590",
     "Spent galvanising pickle liquor, for acid regeneration, 22 t", "NO", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-31-0144")], "notified spent acid to a Dutch regeneration plant"),
    ("PRM-05", "ozone", "import", "ITSEA01", "sea", "US", "IT", "290344",
     "HFC-125 (FE-25) fire suppression agent, returnable cylinders, 20 pcs", "US", 1200, 20, 21000, "USD",
     [("FGAS_QUOTA", "IT-MASE-FG-31-0088")], "HFC-125 to a fire-protection firm within its quota"),
    ("PRM-06", "ozone", "import", "FRAIR01", "air", "US", "FR", "290379",
     "Halon 1301 recovered, for aircraft fire-suppression critical use, 10 cylinders", "US", 500, 10, 30000, "USD",
     [("ODS_LICENCE", "FR-DGEC-ODS-31-0019")], "recovered halon for a listed critical use, licensed"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970510",
     "Pre-Columbian ceramic vessel, Moche, ex-collection since 1962, 1 pc", "PE", 3, 1, 45000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-31-0412")], "a long-documented Moche vessel with its certificate"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "CH", "970121",
     "Oil on canvas, Venetian school, 18th century, 1 pc", "IT", 25, 1, 180000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MiC-31-0655")], "an 18th-century painting with its export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "JP", "846591",
     "5-axis machining centre, positioning accuracy 4 µm, 1 pc", "DE", 9500, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-31-1204"), ("END_USER_CERTIFICATE", "JP-METI-EUC-31-0077")],
     "a 2B001 machine to a Japanese aerospace supplier under licence"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "CH", "292219",
     "2-(Diisopropylamino)ethanol, drums 200 l, 8 pcs, for pharmaceutical synthesis", "NL", 1400, 8, 9000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-31-0341"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-31-0122")],
     "a Schedule 2 chemical to a Swiss pharmaceutical plant under licence"),
    ("PRM-11", "wildlife", "import", "DEAIR01", "air", "CL", "DE", "060290",
     "Copiapoa cinerea seedlings, nursery-propagated, in pots, 300 pcs", "CL", 60, 300, 1500, "USD",
     [("CITES_PERMIT", "CL-CITES-31-0058")], "artificially propagated cacti with their Appendix II permit"),
    ("PRM-12", "wildlife", "import", "ESSEA01", "sea", "PE", "ES", "440729",
     "Cedrela odorata sawn, plantation origin, 30 m3", "PE", 15000, None, 21000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-31-0230")], "cedro with its Appendix II export permit"),
]
CONSIGNEES = {
    "PRM-01": "Molkerei Allgäu eG", "PRM-02": "Kopalnia Wapienia Kielce S.A.", "PRM-04": "Zuurregeneratie Botlek BV",
    "PRM-05": "Antincendio Emiliana Srl", "PRM-06": "Aérotechnique Toulouse SAS", "PRM-07": "Mr R. Alvarez",
    "PRM-08": "Galerie Lemanique SA", "PRM-09": "Nagano Aero Parts KK", "PRM-10": "Lonza Visp AG",
    "PRM-11": "Kakteen-Gärtnerei Lauer GmbH", "PRM-12": "Maderas del Sur SL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Post and express goods keep parcel masses (a few kg); commercial goods travel by
#  sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows), none of which needs a permit, licence or certificate
    ("390140", "LLDPE (ethylene-octene) film grade, prime, 25 kg bags", "import", ["sea"], ["SA", "US"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390761", "PET bottle-grade resin, prime, IV 0.80", "import", ["sea"], ["CN", "OM"], (0.9, 1.2), (20000, 24000), ["USD"], None, S),
    ("391000", "Silicone oil, polydimethylsiloxane, new, drums", "import", ["sea"], ["CN", "US"], (3, 4.5), (8000, 16000), ["USD"], None, S),
    ("391520", "Clean post-industrial PS sheet trim, single polymer", "export", ["road"], ["CH", "NO"], (0.35, 0.5), (12000, 18000), ["EUR"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy grade, 250 ml bottles", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (3000, 8000), ["EUR"], 4, S),
    ("280800", "Nitric acid 2 %, laboratory dilution, 1 l bottles", "import", ["road"], ["CZ", "CH"], (3, 5), (500, 2000), ["EUR"], 1, S),
    ("310230", "Calcium ammonium nitrate 27 % N, fertiliser, to a farm cooperative", "import", ["sea"], ["NO", "EG"], (0.3, 0.42), (22000, 26000), ["USD", "EUR"], None, S),
    ("310520", "NPK 12-12-17 granulated, horticulture", "import", ["sea"], ["NO", "FI"], (0.45, 0.6), (20000, 24000), ["EUR"], None, S),
    ("283429", "Calcium nitrate, fertiliser grade, for greenhouse fertigation", "import", ["sea"], ["NO", "CN"], (0.35, 0.5), (20000, 24000), ["USD", "EUR"], None, S),
    ("760320", "Aluminium flake pigment paste, in white spirit, for coatings", "import", ["sea"], ["CN", "US"], (7, 11), (2000, 6000), ["USD"], None, S),
    ("360690", "Ferrocerium fire steels, retail, blister packs", "import", ["sea"], ["CN"], (8, 14), (500, 2000), ["USD"], 30, S),
    ("360410", "Consumer fireworks F2, cakes and fountains, CE-marked", "import", ["sea"], ["CN"], (4, 8), (8000, 14000), ["USD"], None, S),
    ("902710", "Electronic refrigerant leak detectors, hand-held, new", "import", ["sea", "air"], ["CN", "US"], (80, 160), (100, 600), ["USD"], 2, S),
    ("841510", "Split air conditioners R-32, pre-charged, with declaration of conformity", "import", ["sea"], ["CN", "TH"], (6, 9), (12000, 18000), ["USD"], 0.025, S),
    ("841869", "Heat-pump water heaters, R-290 (propane)", "import", ["sea"], ["CN", "DE"], (8, 12), (6000, 12000), ["USD", "EUR"], 0.01, S),
    ("271112", "Propane R-290, refrigerant grade, 5 kg cylinders", "import", ["road"], ["CZ", "AT"], (4, 7), (2000, 6000), ["EUR"], 0.2, S),
    ("280429", "Helium, balloon grade, disposable cylinders", "import", ["road"], ["PL", "CZ"], (12, 20), (1000, 4000), ["EUR"], 0.15, S),
    ("847150", "Refurbished servers, tested, wiped, with 12-month warranty", "import", ["sea", "air"], ["US", "GB"], (20, 40), (1000, 5000), ["USD", "GBP"], 0.05, S),
    ("851713", "Refurbished smartphones grade A, tested, boxed, with IMEI list", "import", ["air"], ["US", "AE"], (150, 300), (200, 1000), ["USD"], 5, S),
    ("850760", "Li-ion battery cells 21700, new, UN 38.3 tested", "import", ["sea"], ["CN", "KR"], (15, 25), (5000, 12000), ["USD"], 14, S),
    ("854430", "Used car wiring harnesses, sorted, for reuse in repairs", "import", ["road"], ["GB", "CH"], (4, 7), (1000, 3000), ["GBP", "EUR"], None, S),
    ("740311", "Copper cathodes, LME grade A", "import", ["sea"], ["CL", "PE"], (8, 9.5), (22000, 26000), ["USD"], None, S),
    ("760200", "Aluminium UBC scrap, baled, clean", "export", ["road"], ["CH", "NO"], (1.2, 1.6), (18000, 22000), ["EUR"], None, S),
    ("691390", "Moche-style stirrup vessel reproductions, new, museum shop", "import", ["sea"], ["PE"], (6, 10), (300, 1200), ["USD"], 1, S),
    ("830629", "Bronze drum replicas, new, handicraft, with workshop invoice", "import", ["sea"], ["VN", "TH"], (6, 10), (500, 2000), ["USD"], 0.1, S),
    ("970191", "Contemporary oil paintings on canvas, new, by living artists, gallery stock", "import", ["air"], ["GE", "MA"], (100, 250), (50, 300), ["USD", "EUR"], 0.2, S),
    ("680291", "Carved limestone garden ornaments, new, machine-cut", "import", ["sea", "road"], ["EG", "TR"], (0.6, 1.2), (8000, 18000), ["USD", "EUR"], None, S),
    ("711319", "Gold jewellery, 18 ct, new, with hallmarks", "import", ["air"], ["TR", "AE"], (40000, 55000), (2, 10), ["USD"], 100, S),
    ("710239", "Polished diamonds, G7 with Kimberley-compliant invoice, India-cut", "import", ["air"], ["IN"], (500000, 900000), (1, 3), ["USD"], None, S),
    ("760110", "Aluminium ingots P1020, origin India", "import", ["sea"], ["IN", "AE"], (2.3, 2.7), (22000, 26000), ["USD"], None, S),
    ("292215", "Triethanolamine 85 %, for a cosmetics maker in the EU", "import", ["sea"], ["SA", "CN"], (1.3, 1.8), (16000, 20000), ["USD"], None, S),
    ("030199", "Live tilapia fingerlings, farmed, oxygenated bags, with health certificate", "import", ["air"], ["IL"], (6, 10), (200, 600), ["USD"], 100, S),
    ("160420", "Surimi eel-style kabayaki (pollock), frozen", "import", ["sea"], ["CN", "KR"], (3, 5), (10000, 18000), ["USD"], None, S),
    ("410712", "Cow leather, printed python pattern, finished", "import", ["sea"], ["IT", "IN"], (12, 20), (2000, 6000), ["EUR", "USD"], None, S),
    ("621420", "Cashmere-wool blend shawls, machine-woven, 200 g each", "import", ["sea", "air"], ["NP", "CN"], (80, 140), (300, 1500), ["USD"], 5, S),
    # everyday trade
    ("080510", "Oranges, fresh", "import", ["sea"], ["ZA", "EG", "MA"], (0.6, 0.9), (20000, 24000), ["USD", "EUR"], None, N),
    ("080440", "Avocados, fresh", "import", ["sea"], ["PE", "KE", "CL"], (2.0, 3.0), (18000, 22000), ["USD"], None, N),
    ("081010", "Strawberries, fresh", "import", ["road"], ["MA"], (2.5, 4.0), (12000, 18000), ["EUR"], None, N),
    ("070320", "Garlic, fresh", "import", ["sea"], ["CN", "AR"], (1.0, 1.5), (20000, 26000), ["USD"], None, N),
    ("071310", "Dried yellow peas", "import", ["sea", "rail"], ["CA", "UA"], (0.35, 0.5), (22000, 26000), ["USD"], None, N),
    ("100199", "Milling wheat", "import", ["sea"], ["UA", "RO"], (0.22, 0.3), (24000, 26000), ["USD", "EUR"], None, N),
    ("120190", "Soya beans", "import", ["sea"], ["BR", "US"], (0.4, 0.55), (24000, 26000), ["USD"], None, N),
    ("090230", "Black tea, packed", "import", ["sea"], ["LK", "KE"], (3, 5), (10000, 18000), ["USD"], None, N),
    ("090411", "Black pepper, whole", "import", ["sea"], ["VN", "IN"], (4, 6), (12000, 18000), ["USD"], None, N),
    ("080262", "Macadamia nuts, shelled", "import", ["sea"], ["ZA", "KE"], (12, 16), (10000, 15000), ["USD"], None, N),
    ("200811", "Peanut butter, retail jars", "import", ["sea"], ["US", "AR"], (2.5, 3.5), (15000, 20000), ["USD"], 3, N),
    ("030441", "Frozen Atlantic salmon fillets", "import", ["road", "air"], ["NO"], (9, 13), (8000, 18000), ["EUR"], None, N),
    ("030487", "Frozen tuna loins, skipjack", "import", ["sea"], ["EC", "PH"], (5, 8), (18000, 22000), ["USD"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "UA"], (2.0, 2.8), (22000, 26000), ["USD"], None, N),
    ("040690", "Hard cheese, wheels", "export", ["road", "sea"], ["CH", "US"], (8, 14), (8000, 18000), ["EUR"], None, N),
    ("220830", "Whisky, bottled", "import", ["road", "sea"], ["GB"], (10, 25), (10000, 18000), ["GBP"], 1.3, N),
    ("220710", "Undenatured ethanol 96 %, bulk, for a distillery", "import", ["sea"], ["BR", "PK"], (0.7, 1.0), (20000, 24000), ["USD"], None, N),
    ("150790", "Refined soybean oil, bulk", "import", ["sea"], ["AR", "BR"], (1.0, 1.3), (20000, 25000), ["USD"], None, N),
    ("190531", "Sweet biscuits, retail packs", "export", ["road"], ["GB", "CH"], (2.5, 4), (10000, 16000), ["EUR"], None, N),
    ("210390", "Sauces and condiments, retail bottles", "import", ["sea"], ["TH", "KR", "JP"], (2, 4), (10000, 16000), ["USD"], 2, N),
    ("300420", "Antibiotic capsules, packaged, generic", "import", ["air"], ["IN"], (20, 40), (500, 2000), ["USD"], None, N),
    ("300212", "Immunoglobulin preparations, cold chain", "import", ["air"], ["US", "CH"], (3000, 6000), (20, 200), ["USD", "CHF"], None, N),
    ("330499", "Skin-care creams, retail", "import", ["sea", "air"], ["KR", "US"], (15, 30), (500, 4000), ["USD"], 5, N),
    ("340250", "Laundry detergent powder, retail", "import", ["road"], ["PL", "TR"], (1.2, 2), (15000, 20000), ["EUR"], None, N),
    ("380894", "Hand disinfectant gel, 70 % ethanol, biocide-registered", "import", ["road"], ["PL", "CZ"], (2, 3.5), (5000, 12000), ["EUR"], 2, N),
    ("391721", "PE water pipes, new", "import", ["road"], ["TR", "PL"], (1.8, 2.6), (12000, 20000), ["EUR"], None, N),
    ("392410", "Plastic kitchenware", "import", ["sea"], ["CN", "VN"], (3, 5), (6000, 12000), ["USD"], 4, N),
    ("401699", "Rubber seals and gaskets, industrial", "import", ["sea"], ["CN", "MY"], (5, 9), (3000, 9000), ["USD"], None, N),
    ("420221", "Handbags, leather, new", "import", ["sea", "air"], ["IT", "CN", "IN"], (40, 120), (500, 3000), ["USD", "EUR"], 1.2, N),
    ("441829", "Wooden doors, interior", "import", ["road"], ["PL", "UA"], (2, 3.5), (10000, 18000), ["EUR"], 0.04, N),
    ("481910", "Corrugated boxes, flat-packed", "import", ["road"], ["PL", "CZ"], (0.9, 1.3), (10000, 18000), ["EUR"], None, N),
    ("560900", "Polypropylene rope, new, coils", "import", ["sea"], ["IN", "CN"], (2, 3), (8000, 16000), ["USD"], None, N),
    ("610910", "Cotton T-shirts", "import", ["sea"], ["BD", "TR", "IN"], (7, 12), (6000, 12000), ["USD"], 5, N),
    ("620343", "Men's synthetic trousers", "import", ["sea"], ["BD", "PK"], (8, 12), (5000, 10000), ["USD"], 2.5, N),
    ("640299", "Rubber sandals", "import", ["sea"], ["CN", "VN"], (4, 7), (6000, 12000), ["USD"], 3, N),
    ("690721", "Porcelain floor tiles", "import", ["sea"], ["IN", "ES"], (0.4, 0.7), (22000, 26000), ["USD", "EUR"], None, N),
    ("700711", "Toughened safety glass, for vehicles", "import", ["sea"], ["CN", "TR"], (3, 5), (8000, 14000), ["USD"], None, N),
    ("721420", "Reinforcing bars, steel", "import", ["sea"], ["TR", "EG"], (0.55, 0.7), (24000, 26000), ["USD"], None, N),
    ("731815", "Steel bolts, zinc-plated", "import", ["sea"], ["TW", "CN"], (1.6, 2.4), (15000, 20000), ["USD"], None, N),
    ("761010", "Aluminium window frames, new", "import", ["road"], ["TR", "PL"], (5, 8), (4000, 10000), ["EUR"], None, N),
    ("820731", "Carbide drill bits", "import", ["air"], ["CN", "JP"], (60, 120), (100, 600), ["USD"], 20, N),
    ("841451", "Ceiling and table fans", "import", ["sea"], ["CN"], (3, 5), (6000, 12000), ["USD"], 0.2, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "PL"], (2.5, 3.5), (12000, 18000), ["EUR"], 0.014, N),
    ("846722", "Electric circular saws, hand-held", "import", ["sea"], ["CN"], (6, 10), (4000, 9000), ["USD"], 0.2, N),
    ("850440", "Power supplies for laptops", "import", ["sea", "air"], ["CN", "VN"], (10, 20), (1000, 5000), ["USD"], 3, N),
    ("851660", "Electric ovens and hobs, household", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.03, N),
    ("852872", "LED television sets, new", "import", ["sea"], ["CN", "MX"], (5, 9), (10000, 16000), ["USD"], 0.08, N),
    ("870323", "Passenger cars, petrol, new", "import", ["sea"], ["JP", "KR", "IN"], (9, 15), (15000, 24000), ["USD"], 0.0008, N),
    ("871200", "Bicycles, non-motorised", "import", ["sea"], ["TW", "KH"], (15, 25), (4000, 10000), ["USD"], 0.07, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea", "road"], ["VN", "PL"], (3, 5), (6000, 12000), ["USD", "EUR"], 0.12, N),
    ("940490", "Duvets and pillows", "import", ["sea"], ["CN", "TR"], (4, 7), (4000, 9000), ["USD"], 0.6, N),
    ("950300", "Plastic construction toys", "import", ["sea"], ["CN", "DK"], (8, 15), (4000, 10000), ["USD"], 2, N),
    ("960810", "Ballpoint pens", "import", ["sea"], ["CN", "IN"], (6, 10), (2000, 6000), ["USD"], 100, N),
    # parcels to private persons (post and express, a few kg)
    ("330300", "Perfume, eau de parfum, 100 ml", "import", ["post", "express"], ["AE", "US", "GB"], (80, 200), (1, 3), ["USD", "GBP"], 2, N),
    ("420292", "Phone cases and small bags", "import", ["post"], ["CN"], (10, 25), (1, 3), ["USD"], 10, N),
    ("490199", "Second-hand books, paperbacks", "import", ["post"], ["GB", "US"], (5, 15), (1, 6), ["GBP", "USD"], 3, N),
    ("491199", "Art prints and posters, new", "import", ["post"], ["US", "GB"], (20, 60), (1, 3), ["USD", "GBP"], 5, N),
    ("610463", "Women's synthetic dresses", "import", ["post", "express"], ["CN", "TR"], (15, 30), (1, 4), ["USD", "EUR"], 3, N),
    ("621710", "Sewing accessories and patches", "import", ["post"], ["CN", "JP"], (20, 40), (1, 2), ["USD"], 20, N),
    ("711719", "Costume jewellery, brass, plated", "import", ["post"], ["CN", "TH"], (40, 90), (1, 2), ["USD"], 30, N),
    ("847160", "Computer keyboards and mice", "import", ["post", "express"], ["CN", "TW"], (30, 60), (1, 4), ["USD"], 2, N),
    ("851762", "Wi-Fi routers, consumer", "import", ["express"], ["CN", "US"], (60, 120), (1, 3), ["USD"], 2, N),
    ("900490", "Reading glasses", "import", ["post"], ["CN"], (40, 80), (1, 2), ["USD"], 30, N),
    ("950490", "Board games and playing cards", "import", ["post", "express"], ["US", "DE", "GB"], (15, 35), (1, 5), ["USD", "GBP"], 1, N),
    ("960329", "Toothbrushes and cosmetic brushes", "import", ["post"], ["CN", "KR"], (15, 30), (1, 2), ["USD"], 40, N),
    ("210111", "Instant coffee, jars", "import", ["post"], ["BR", "CO"], (15, 25), (1, 4), ["USD"], 5, N),
    ("090240", "Black tea, gift tins", "import", ["post"], ["LK", "IN", "CN"], (20, 50), (1, 3), ["USD"], 4, N),
    ("691200", "Handmade ceramic mugs and bowls, new", "import", ["post", "express"], ["MA", "JP", "PT"], (12, 30), (1, 6), ["EUR", "USD"], 2, S),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind30", 20310301, HERE)


if __name__ == "__main__":
    main()
