#!/usr/bin/env python3
"""Writes the ninth blind set (tests/risk/data/blind9-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated September - October 2027, with goods, routes,
languages and disguise families found, where possible, in none of the earlier sets.
Written by a person who had not read the profile packs (nor any rule file) and had
not run the engine on it, and committed before the round-eleven profile changes were
measured on it. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind8_set.py: a disguised row's extra header
fields may carry "_item" (fields merged into its item) and "_more_items" (further items):

    python3 tests/risk/data/make_blind9_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2027, 9, 1)
base.DAYS = 61  # 1 September to 31 October 2027
PRIVATE = {"consignee_name": "Private person"}

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "FRROAD01", "road", "UA", [], "FR", "382499",
         "Déverglaçant granulé pour allées, nitrate d'ammonium 34,4 % N, sacs 25 kg, 2 t", "UA", 2000, 80, 900, "EUR",
         "de-icers are salt, urea or acetates; 34.4 % N is straight ammonium nitrate (Annex I, above 16 % N) for a "
         "private person under the chemical-preparations code; French wording",
         dict(PRIVATE, importer_country="FR")),
        ("PRE-02", "import", "ATROAD01", "road", "RS", [], "AT", "853690",
         "Elektrische Anzünder für Modellraketen, Kupferhülse 6,8 mm, mit Zuleitung 2 m, 500 Stück", "RS", 15, 500,
         400, "EUR",
         "model-rocket igniters are bare bridge wires; a 6.8 mm copper shell on 2 m leg wires is a No. 8 electric "
         "detonator (3603.60) declared as an electrical connector; German wording",
         {"importer_name": "Alpen Modellbau Handel", "importer_country": "AT"}),
        ("PRE-03", "import", "ESROAD01", "road", "MA", [], "ES", "380894",
         "Agua oxigenada 60 % para tratamiento de piscinas, garrafas 25 l, 8 garrafas", "MA", 220, 8, 350, "EUR",
         "hydrogen peroxide at 60 % (Annex I, limit 12 %) for a private person's pool; pool oxidisers sold to the "
         "public are far weaker; by car ferry from Tanger Med; Spanish wording",
         dict(PRIVATE, importer_country="ES")),
        ("PRE-04", "import", "ITAIR01", "express", "US", [], "IT", "271012",
         "Miscela carburante per modellismo, nitrometano 98 %, taniche 20 l, 3 taniche", "US", 68, 3, 420, "USD",
         "model glow fuel holds 10 - 30 % nitromethane in methanol; 98 % nitromethane (Annex I, limit 30 %) to a "
         "private person, declared as a light petroleum oil, sent together with 50 kg of 34 % N ammonium nitrate "
         "(nitromethane and ammonium nitrate make ANNM); Italian wording",
         dict(PRIVATE, importer_country="IT", _more_items=[
             {"hs_code": "310230", "description": "Fertilizzante per orto, nitrato ammonico 34 % N, sacchi 25 kg, 2 sacchi",
              "origin_country": "US", "net_mass_kg": 50, "quantity": 2, "quantity_unit": "u", "value": 60,
              "currency": "USD"}])),
        ("PRE-05", "import", "NLPOST01", "post", "GB", [], "NL", "380893",
         "Onkruidverdelger, natriumchloraat 99 %, emmers 5 kg, 10 emmers", "GB", 50, 10, 150, "EUR",
         "sodium chlorate weedkiller has been banned in the EU since 2009; 50 kg of 99 % sodium chlorate (Annex I) by "
         "post to a private person; Dutch wording",
         dict(PRIVATE, importer_country="NL")),
        ("PRE-06", "import", "ITAIR01", "express", "CN", [], "IT", "283699",
         "Magnesite per arrampicata, polvere metallica grigia, 50 µm, sacchi 25 kg, 100 kg", "CN", 100, 4, 700, "USD",
         "climbing chalk is white magnesium carbonate; a grey metallic 50 µm powder is magnesium powder (Annex II) to a "
         "private person under the carbonates code; Italian wording",
         dict(PRIVATE, importer_country="IT")),
        ("PRE-07", "export", "FRSEA01", "sea", "FR", ["SN", "ML"], "BF", "391731",
         "Tuyaux d'irrigation 3 mm avec capsule aluminium sertie à une extrémité, longueur 4,8 m, 2 000 pièces", "FR",
         120, 2000, 1600, "EUR",
         "a 3 mm tube with an aluminium cap crimped on one end is shock tube with a non-electric detonator (3603.40), "
         "not drip line (16 mm), via Dakar and Mali to Burkina Faso; French wording",
         {"importer_name": "Sahel Hydraulique Services", "importer_country": "BF"}),
        ("PRE-08", "import", "GRSEA01", "sea", "EG", [], "GR", "230990",
         "Πρόσθετο ζωοτροφών για βοοειδή, νιτρική αμμωνία 34,5 % N, σάκοι 50 kg, 10 t", "EG", 10000, 200, 3500, "EUR",
         "nitrate is toxic to cattle and feed non-protein nitrogen is urea; 34.5 % N ammonium nitrate (Annex I) for a "
         "private farmer under the animal-feed code; Greek wording",
         dict(PRIVATE, importer_country="GR")),
        ("PRE-09", "import", "FRSEA01", "sea", "TN", [], "FR", "250100",
         "Sel de salaison pour charcuterie, nitrate de sodium 99 %, sacs 25 kg, 500 kg", "TN", 500, 20, 400, "EUR",
         "curing salt is table salt with 0.6 % nitrite; 500 kg of 99 % sodium nitrate (Annex II) for a private person "
         "under the salt code; French wording",
         dict(PRIVATE, importer_country="FR")),
        ("PRE-10", "import", "DEAIR01", "express", "HK", [], "DE", "382499",
         "高氯酸钾 99.5%，烟花原料，自制用，20公斤", "CN", 20, None, 160, "USD",
         "the Chinese reads 'potassium perchlorate 99.5 %, fireworks raw material, for making at home' (Annex I) to a "
         "private person under the chemical-preparations code; Chinese wording",
         dict(PRIVATE, importer_country="DE")),
    ],
    "waste": [
        ("WST-01", "export", "ESSEA01", "sea", "ES", [], "VN", "780200",
         "Chatarra de plomo, baterías de automoción completas con electrolito, palés", "ES", 22000, None, 6600, "EUR",
         "whole car batteries 'with electrolyte' are used lead-acid batteries (A1160, hazardous), not lead scrap; "
         "Spanish wording",
         {"importer_country": "VN"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "NG", "840734",
         "Used car engines, mixed, with gearboxes, not drained, loose batteries and wiring, 40 pcs", "BE", 9000, 40,
         1000, "EUR",
         "undrained engines with loose batteries and wiring at 25 EUR an engine are end-of-life vehicle parts "
         "(hazardous waste, A3020, A1160), not second-hand engines",
         {"importer_country": "NG"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "IN", "401220",
         "Used tyres, baled (compressed), for retreading", "GB", 24000, None, 480, "GBP",
         "compressed bales destroy the casing, so baled tyres cannot be retreaded: end-of-life tyres for pyrolysis "
         "plants at 0.02 GBP/kg",
         {"importer_country": "IN"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "GH", "852849",
         "Röhrenmonitore, gebraucht, für Retro-Gaming, 900 Stück", "DE", 13500, 900, 2700, "EUR",
         "900 cathode-ray-tube monitors at 3 EUR each: leaded CRT glass (A1180, A2010), e-waste to Accra; German "
         "wording",
         {"importer_country": "GH"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "IN", "690290",
         "Koolstof vuurvaste brokken, gebruikt, uit elektrolyse-ovens, big bags", "NL", 25000, None, 500, "EUR",
         "used carbon refractory from electrolysis cells is spent pot lining of aluminium smelting (cyanides and "
         "fluorides, A4050/A2050 listings), not refractory scrap; Dutch wording",
         {"importer_country": "IN"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TR", "262019",
         "Concentrato di ossido di zinco 22 % Zn, polvere da acciaieria, big bags", "IT", 26000, None, 1300, "EUR",
         "zinc oxide concentrate at 22 % Zn 'from a steelworks' is electric-arc-furnace dust (A1070, lead and cadmium), "
         "real Waelz oxide carries 55 - 65 % Zn; Italian wording",
         {"importer_country": "TR"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "CV", "854143",
         "Módulos fotovoltaicos usados, 250 W, vidro rachado, testados OK, 1.200 peças", "PT", 22000, 1200, 2400,
         "EUR",
         "cracked-glass 250 W panels at 2 EUR each cannot be 'tested OK': end-of-life PV panels (WEEE) to Cabo Verde; "
         "Portuguese wording",
         {"importer_country": "CV"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "LY", "381400",
         "Ανακτημένο διαλυτικό, μείγμα, βαρέλια 200 l, 80 βαρέλια", "GR", 14000, 80, 700, "EUR",
         "a 'recovered' solvent mixture at 0.05 EUR/kg (virgin thinner costs 1.5 EUR/kg) is spent solvent waste "
         "(Y6, Y42) to Benghazi; Greek wording",
         {"importer_country": "LY"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "VN", "390410",
         "PVC-Compound schwarz, Regranulat aus Kabelzerlegung, Big Bags", "DE", 24000, None, 720, "EUR",
         "PVC granulate from cable dismantling is cable-insulation residue with lead stabilisers and copper fines "
         "(Y48, A3190 listings), at 0.03 EUR/kg under the virgin PVC code; German wording",
         {"importer_country": "VN"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "CI", "681182",
         "Plaques ondulées en fibrociment d'occasion, démontées de toitures, palettes", "FR", 18000, None, 900, "EUR",
         "second-hand corrugated fibre-cement sheets dismantled from old roofs are asbestos-cement demolition waste "
         "(A2050); French wording",
         {"importer_country": "CI"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "CN", [], "GR", "382764",
         "Refrigerant gas R-407C, 13.6 kg disposable cylinders, light green, 500 pcs", "CN", 6800, 500, 20000, "USD",
         "R-407C comes in brown cylinders; light-green 13.6 kg cylinders are R-22 (HCFC, banned) and disposable "
         "cylinders are banned anyway",
         {"importer_name": "Aegean Cooling Supplies", "importer_country": "GR"}),
        ("OZN-02", "import", "PLROAD01", "road", "UA", [], "PL", "340399",
         "Zestaw do napełniania klimatyzacji samochodowej, puszki 500 g z zaworem i olejem, 8.000 szt.", "UA", 4000,
         8000, 9600, "EUR",
         "'AC recharge' cans are HFC-134a with a dash of oil: 4 t of HFC (about 5,700 t CO2e) in non-refillable "
         "containers without quota, under the lubricants code; Polish wording",
         {"importer_name": "Auto-Klima Hurt Sp. z o.o.", "importer_country": "PL"}),
        ("OZN-03", "import", "ESSEA01", "sea", "CN", [], "ES", "280430",
         "Gas inerte para inflado de neumáticos de competición, botellas 10 kg, 60 botellas", "CN", 600, 60, 36000,
         "USD",
         "nitrogen is not sold at 60 USD/kg nor in 10 kg fills: sulphur hexafluoride (GWP 23,500, tyre use banned) "
         "under the nitrogen code; Spanish wording",
         {"importer_name": "Neumáticos Racing Levante SL", "importer_country": "ES"}),
        ("OZN-04", "import", "DEPOST01", "post", "US", [], "DE", "290377",
         "Kältemittel R-12 für Oldtimer-Klimaanlagen, 1-lb-Dosen, 60 Stück", "US", 27, 60, 1800, "USD",
         "R-12 is CFC-12 (banned); 'for classic cars' is no exemption, bought as US stock by a private person; German "
         "wording",
         dict(PRIVATE, importer_country="DE")),
        ("OZN-05", "import", "NLSEA01", "sea", "CN", [], "NL", "290351",
         "制冷剂 R1234yf，5公斤钢瓶，2000瓶", "CN", 10000, 2000, 100000, "USD",
         "genuine HFO-1234yf costs 60 - 100 USD/kg; at 10 USD/kg it is HFC-134a (GWP 1,430) relabelled as 1234yf to "
         "avoid quota, a known counterfeit; Chinese wording",
         {"importer_name": "Delta Koeltechniek Import BV", "importer_country": "NL"}),
        ("OZN-06", "import", "NLSEA01", "sea", "IN", [], "NL", "290369",
         "Broomchloormethaan, oplosmiddel voor synthese, vaten 250 kg, 20 vaten", "IN", 5000, 20, 15000, "USD",
         "bromochloromethane (halon 1011, ODS) is banned save feedstock under licence; a trading house buys it as a "
         "'solvent'; Dutch wording",
         {"importer_name": "Chemhandel Zeeland BV", "importer_country": "NL"}),
        ("OZN-07", "import", "ESSEA01", "sea", "IN", [], "ES", "290345",
         "Propelente HFA-134a grado farmacéutico para inhaladores, 'exento de cuota', cilindros 800 kg, 10", "IN",
         8000, 10, 40000, "USD",
         "metered-dose-inhaler propellant is quota-exempt only for inhaler makers; the consignee is a car-parts "
         "wholesaler: 8 t of HFC-134a (11,440 t CO2e) outside the quota; Spanish wording",
         {"importer_name": "Recambios Automoción Sur SL", "importer_country": "ES"}),
        ("OZN-08", "export", "FRSEA01", "sea", "FR", [], "NG", "290371",
         "Fluide frigorigène R22 récupéré, pour destruction, bouteilles 60 kg, 50 bouteilles", "FR", 3000, 50, 6000,
         "EUR",
         "recovered R-22 'for destruction' goes to EU incinerators, not to a Lagos trading company that pays "
         "2 EUR/kg: ODS export for reuse; French wording",
         {"importer_name": "Lagos Cool Trading Ltd", "importer_country": "NG"}),
        ("OZN-09", "import", "ITSEA01", "sea", "TR", [], "IT", "842490",
         "Bombole antincendio recuperate da demolizione navale, gas Fluobrene, 45 kg, 30 pz", "TR", 1350, 30, 3000,
         "EUR",
         "Fluobrene is the Italian trade name of halon 2402 (ODS) in cylinders from the Aliağa ship-breaking yards, "
         "no critical-use licence; Italian wording",
         {"importer_name": "Antincendio Navale Ligure", "importer_country": "IT"}),
        ("OZN-10", "import", "PTSEA01", "sea", "CN", [], "PT", "271113",
         "Gás refrigerante isobutano R-600a, cilindros descartáveis 13,6 kg, 400 cilindros", "CN", 5440, 400, 17000,
         "USD",
         "R-600a cylinders hold 6.5 kg (isobutane is light); a 13.6 kg fill is an R-134a cylinder: HFC declared as "
         "hydrocarbon, in disposable cylinders; Portuguese wording",
         {"importer_name": "Frio Atlântico Lda", "importer_country": "PT"}),
    ],
    "cultural": [
        ("CUL-01", "import", "FRAIR01", "air", "TH", [], "FR", "681099",
         "Tête de Bouddha en grès, patine ancienne, style Baphuon, décoration, 1 pièce", "KH", 25, 1, 300, "USD",
         "a weathered Baphuon sandstone head of Cambodian origin is a Khmer temple sculpture (ICOM Red List Cambodia) "
         "via Bangkok, declared as cast stone at 300 USD; French wording",
         dict(PRIVATE, importer_country="FR")),
        ("CUL-02", "import", "DEPOST01", "post", "AE", [], "DE", "690740",
         "Ceramic clay tiles, samples, hand-made, with wedge-shaped marks, 250 pcs", "TR", 12, 250, 300, "USD",
         "small hand-made clay 'tiles' with wedge-shaped marks are cuneiform tablets (ICOM Red List Iraq), sent from "
         "Dubai with a Turkish origin as samples, the pattern of the 2010 tablet seizures",
         dict(PRIVATE, importer_country="DE")),
        ("CUL-03", "import", "GBSEA01", "sea", "PK", [], "GB", "680299",
         "Garden statue, grey schist, Gandhara style, aged finish, 80 kg, 1 pc", "AF", 80, 1, 150, "USD",
         "grey schist Gandhara figures of Afghan origin via Karachi are looted Buddhist sculpture (ICOM Red List "
         "Afghanistan); new reproductions are not made in schist",
         dict(PRIVATE, importer_country="GB")),
        ("CUL-04", "import", "DEPOST01", "post", "RS", [], "DE", "711890",
         "Bronzemünzen, ungereinigt, mit Erdanhaftungen, Konvolut 2.000 Stück", "BG", 14, 2000, 500, "EUR",
         "2,000 uncleaned bronze coins with soil still on them are fresh metal-detector finds (Roman provincial, Red "
         "List Eastern Europe) at 0.25 EUR a coin; German wording",
         dict(PRIVATE, importer_country="DE")),
        ("CUL-05", "import", "ESAIR01", "air", "PE", [], "ES", "630499",
         "Tejidos antiguos, fragmentos Paracas, para decoración, 12 piezas", "PE", 3, 12, 240, "USD",
         "Paracas textile fragments are grave goods of the necropolis (ICOM Red List Peru); Peru forbids their "
         "export; Spanish wording",
         dict(PRIVATE, importer_country="ES")),
        ("CUL-06", "import", "FRPOST01", "post", "OM", [], "FR", "490199",
         "أوراق مخطوطة قديمة للزينة، 12 مجلد", "YE", 9, 12, 240, "USD",
         "'old handwritten papers for decoration, 12 volumes' from Yemen via Oman are manuscripts (ICOM Red List "
         "Yemen) at 20 USD a volume; Arabic wording",
         dict(PRIVATE, importer_country="FR")),
        ("CUL-07", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "392640",
         "恐龙头骨复制品，树脂，装饰用，1件", "MN", 300, 1, 500, "USD",
         "a 'resin replica' dinosaur skull would weigh 30 - 40 kg; 300 kg of Mongolian origin is a fossil "
         "(Tarbosaurus, Mongolian law forbids export); Chinese wording",
         {"importer_name": "Dino Decor Europe Sp. z o.o.", "importer_country": "PL"}),
        ("CUL-08", "import", "PLROAD01", "road", "UA", [], "PL", "740400",
         "Брухт бронзовий, дзвін церковний з написом 1780 р., 350 кг", "UA", 350, 1, 2100, "EUR",
         "an inscribed church bell dated 1780 is cultural property of Ukraine (export needs a permit, war looting), "
         "declared as bronze scrap at scrap price; Ukrainian wording",
         {"importer_name": "Metal-Złom Rzeszów", "importer_country": "PL"}),
        ("CUL-09", "import", "ITSEA01", "sea", "TN", [], "IT", "691390",
         "Anfore in terracotta con concrezioni marine, decorazione giardino, 8 pz", "TN", 200, 8, 400, "EUR",
         "amphorae with marine concretions are raised from wrecks (UNESCO 2001 underwater heritage, Tunisian law), not "
         "garden pots; Italian wording",
         {"importer_name": "Giardini Mediterranei Srl", "importer_country": "IT"}),
        ("CUL-10", "import", "NLPOST01", "post", "AE", [], "NL", "711620",
         "Stenen kralen, cilindervormig, doorboord, gegraveerd met figuren, 40 stuks", "IQ", 1, 40, 400, "USD",
         "drilled stone cylinders engraved with figures are Mesopotamian cylinder seals (ICOM Red List Iraq) of Iraqi "
         "origin via Dubai; Dutch wording",
         dict(PRIVATE, importer_country="NL")),
    ],
    "strategic": [
        ("STR-01", "export", "NLSEA01", "sea", "NL", [], "AE", "382499",
         "Flame retardant for PU foam, DMMP 97 %, ISO tank, 20 t", "NL", 20000, None, 50000, "EUR",
         "DMMP is dimethyl methylphosphonate (CWC Schedule 2B04, Australia Group; own subheading 2931.41) under the "
         "chemical-preparations code, to a Jebel Ali freight forwarder, not a foam maker",
         {"importer_name": "Gulf Star Freight Forwarding FZE", "importer_country": "AE"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "LB", "382499",
         "Elettrolita per batterie al litio, cloruro di tionile 99 %, fusti 250 kg, 5 t", "IT", 5000, 20, 15000,
         "EUR",
         "thionyl chloride (CWC Schedule 3, Australia Group; 2812.17) to a Beirut general trader with no battery "
         "plant, under the chemical-preparations code; Italian wording",
         {"importer_name": "Cedar General Trading SAL", "importer_country": "LB"}),
        ("STR-03", "export", "DEROAD01", "road", "DE", ["PL", "BY", "RU"], "KZ", "846592",
         "Gebrauchte Holzbearbeitungsmaschine, 5-Achs-Bearbeitungszentrum, Positioniergenauigkeit 3 µm, 1 Stück", "DE",
         8000, 1, 380000, "EUR",
         "a 5-axis centre with 3 µm positioning accuracy is a metal-working machine tool (dual-use 2B001, Russia "
         "sanctions high-priority item) declared as woodworking, by road through Russia to Kazakhstan; German wording",
         {"importer_name": "Astana Industrial Supply TOO", "importer_country": "KZ"}),
        ("STR-04", "export", "DEAIR01", "air", "DE", [], "KG", "854231",
         "Electronic components, FPGA Kintex-7, 500 pcs", "US", 5, 500, 210000, "EUR",
         "FPGAs, GNSS modules and ADCs (Common High Priority list) to a Bishkek trader: the sanctions-circumvention "
         "route to Russia",
         {"importer_name": "Eurasia Electronic Trade LLC", "importer_country": "KG", "_more_items": [
             {"hs_code": "852691", "description": "GNSS receiver modules, multi-band, 1,000 pcs", "origin_country": "CH",
              "net_mass_kg": 3, "value": 60000, "currency": "EUR"},
             {"hs_code": "854239", "description": "ADC converters 16-bit 1 GSPS, 300 pcs", "origin_country": "US",
              "net_mass_kg": 1, "value": 45000, "currency": "EUR"}]}),
        ("STR-05", "export", "PLROAD01", "road", "PL", ["TR"], "GE", "900590",
         "Celowniki termowizyjne myśliwskie, 640x512, 50 Hz, 100 szt.", "PL", 150, 100, 350000, "EUR",
         "640 x 512 thermal sights at 50 Hz are dual-use (6A003) and on the Russia sanctions lists, 100 hunting scopes "
         "to Tbilisi, a re-export hub, under the binoculars-and-telescopes parts code; Polish wording",
         {"importer_name": "Kavkaz Outdoor LLC", "importer_country": "GE"}),
        ("STR-06", "transit", "NLSEA01", "sea", "CN", [], "AE", "950639",
         "Golf club shafts, maraging steel 350, OD 75 mm, length 1.2 m, 200 pcs", "CN", 3000, 200, 60000, "USD",
         "golf shafts are 10 - 15 mm across; 75 mm maraging-steel 350 tubes are centrifuge rotor material (NSG, 1C116), "
         "in transit to Dubai",
         {"importer_name": "Emirates Sports Equipment Trading", "importer_country": "AE"}),
        ("STR-07", "export", "ESSEA01", "sea", "ES", [], "LY", "382499",
         "Inhibidor de corrosión para calderas, 2-dietilaminoetanol 99 %, bidones 200 kg, 8 t", "ES", 8000, 40, 32000,
         "EUR",
         "99 % 2-diethylaminoethanol is a nerve-agent precursor (CWC Schedule 2B11, Australia Group, 2922.19), "
         "boiler treatment uses ppm in blends; to Libya; Spanish wording",
         {"importer_name": "Tripoli Industrial Chemicals", "importer_country": "LY"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", [], "AE", "848180",
         "Valvole a soffietto rivestite in Monel, per trattamento acque, DN50, 120 pz", "IT", 3600, 120, 180000,
         "EUR",
         "bellows-sealed Monel valves are corrosion-resistant chemical-plant valves (Australia Group 2B350) at 1,500 "
         "EUR each, not water valves, to a Dubai trader; Italian wording",
         {"importer_name": "Al Noor Valves Trading LLC", "importer_country": "AE"}),
        ("STR-09", "export", "DEAIR01", "air", "DE", [], "TR", "840790",
         "Flugmodellmotoren, 4-Zylinder-Boxer, 50 PS, 40 Stück", "DE", 1200, 40, 320000, "EUR",
         "model aircraft engines give a few hp; 50 hp flat-four engines are UAV engines (the Shahed family), to an "
         "Istanbul trader; German wording",
         {"importer_name": "Anadolu Hobi Dış Ticaret", "importer_country": "TR"}),
        ("STR-10", "import", "BEAIR01", "air", "CN", [], "BE", "290519",
         "3,3-Dimethyl-2-butanol, fragrance raw material, 200 kg", "CN", 200, None, 16000, "USD",
         "3,3-dimethyl-2-butanol is pinacolyl alcohol (CWC Schedule 2B14, soman precursor), not used in perfumery, to a "
         "perfume distributor",
         {"importer_name": "Parfums Bruxelles Distribution", "importer_country": "BE"}),
    ],
    "wildlife": [
        ("WLD-01", "export", "FRAIR01", "air", "FR", [], "HK", "030199",
         "Poissons vivants d'aquarium, loches, alevins, sacs oxygénés, 200 kg", "FR", 200, None, 3000, "EUR",
         "France raises no aquarium loaches; 200 kg of fry in oxygen bags to Hong Kong in winter season is glass eels "
         "(Anguilla anguilla, CITES II, EU export ban); French wording",
         {"importer_name": "Hong Kong Aqua Trading", "importer_country": "HK"}),
        ("WLD-02", "transit", "BEAIR01", "air", "NG", [], "VN", "051191",
         "Dried fish scales for animal feed, 800 kg", "NG", 800, None, 1600, "USD",
         "fish scales are not flown from Lagos to Hanoi: pangolin scales (Manis, CITES I), a route of the Nigerian "
         "seizures",
         {"importer_name": "Hai Phong Feed Materials", "importer_country": "VN"}),
        ("WLD-03", "import", "PTAIR01", "air", "MZ", [], "PT", "960190",
         "Chifres de búfalo, artesanato, 8 peças, 20 kg", "MZ", 20, 8, 800, "USD",
         "solid 2.5 kg 'buffalo horns' from Maputo are rhino horn (CITES I) through Lisbon; Portuguese wording",
         dict(PRIVATE, importer_country="PT")),
        ("WLD-04", "export", "ESSEA01", "sea", "ES", [], "HK", "030571",
         "Aletas de tiburón secas, tintorera (Prionace glauca), 1.200 kg", "ES", 1200, None, 48000, "EUR",
         "blue shark and all requiem sharks are CITES II since 2023; dried fins to Hong Kong without a CITES permit; "
         "Spanish wording",
         {"importer_name": "Sea Treasure Dried Seafood", "importer_country": "HK"}),
        ("WLD-05", "transit", "DEAIR01", "air", "MX", [], "HK", "030572",
         "干鱼肚，大号，墨西哥产，20公斤", "MX", 20, None, 80000, "USD",
         "'large dried fish maw from Mexico' at 4,000 USD/kg is totoaba swim bladder (CITES I), croaker maw sells at "
         "20 - 40 USD/kg; Chinese wording",
         {"importer_name": "Wing Hong Marine Products", "importer_country": "HK"}),
        ("WLD-06", "import", "PLROAD01", "road", "UA", [], "PL", "160432",
         "Ікра пінагора, чорна, банки 500 г, 40 кг", "UA", 40, 80, 20000, "EUR",
         "lumpfish roe sells at 20 EUR/kg; at 500 EUR/kg it is sturgeon caviar (Acipenseriformes, CITES II) without "
         "the CITES label, under a cover item of salmon roe at its market price; Ukrainian wording",
         dict(PRIVATE, importer_country="PL", _more_items=[
             {"hs_code": "160432", "description": "Ікра лосося, червона, банки 500 г, 20 кг", "origin_country": "UA",
              "net_mass_kg": 20, "quantity": 40, "quantity_unit": "u", "value": 1100, "currency": "EUR"}])),
        ("WLD-07", "import", "ITSEA01", "sea", "MG", [], "IT", "440799",
         "Palissandro per tastiere di chitarra, grezzi, 2.000 pezzi", "MG", 1400, 2000, 7000, "USD",
         "rosewood from Madagascar is Dalbergia (CITES II, trade suspended) as fretboard blanks; Italian wording",
         {"importer_name": "Liuteria Tonewood Cremona", "importer_country": "IT"}),
        ("WLD-08", "import", "ESAIR01", "air", "PE", [], "ES", "960200",
         "Llaveros artesanales de caballito de mar seco, 20.000 piezas", "PE", 60, 20000, 2000, "USD",
         "dried seahorses (Hippocampus, CITES II; Peru bans their export) as keyring handicraft; Spanish wording",
         {"importer_name": "Souvenirs del Pacífico SL", "importer_country": "ES"}),
        ("WLD-09", "import", "DEAIR01", "air", "CM", [], "DE", "960110",
         "Mammut-Elfenbein, Schnitzereien, 15 kg, Ursprung Kamerun", "CM", 15, None, 4500, "EUR",
         "mammoth ivory comes from Siberia; carvings of Cameroonian origin are elephant ivory (CITES I); German wording",
         dict(PRIVATE, importer_country="DE")),
        ("WLD-10", "import", "DEPOST01", "post", "VN", [], "DE", "121190",
         "Bột thảo dược, mật gấu, 200 lọ", "VN", 4, 200, 1200, "USD",
         "'mật gấu' is bear bile (Ursus thibetanus, CITES I) as a herbal powder to a private person; Vietnamese wording",
         dict(PRIVATE, importer_country="DE")),
    ],
}

# (id, domain, flow, office, mode, departure, destination, hs, description, origin,
#  net_mass_kg, quantity or None, value, currency, documents, note)
base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "air", "US", "FR", "290420",
     "Nitromethane 99 %, for motorsport drag racing, 20 l drums, 10 pcs", "US", 225, 10, 2600, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-27-0417")], "nitromethane for a licensed drag-racing team"),
    ("PRM-02", "precursors", "export", "ESSEA01", "sea", "ES", "MA", "360340",
     "Non-electric detonators with shock tube, 4.8 m, for quarrying, 20,000 pcs", "ES", 1200, 20000, 36000, "EUR",
     [("EXPORT_LICENCE", "ES-MINT-27-0288"), ("END_USER_CERTIFICATE", "MA-MEM-27-0133")],
     "detonators to a named phosphate quarry under an explosives export licence"),
    ("PRM-03", "waste", "export", "ESSEA01", "sea", "ES", "KR", "854911",
     "Used lead-acid batteries, whole, for secondary lead smelting, palletised", "ES", 22000, None, 8800, "EUR",
     [("BASEL_CONSENT", "ES-MITECO-27-0710")], "used batteries to a licensed smelter with notification and consent"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "854911",
     "CRT funnel glass cullet, leaded, from monitor dismantling, for lead recovery, big bags", "CH", 20000, None, 600,
     "EUR", [("BASEL_CONSENT", "DE-UBA-27-2214")], "CRT glass to a permitted lead smelter under a consent"),
    ("PRM-05", "ozone", "import", "NLSEA01", "sea", "IN", "NL", "290369",
     "Bromochloromethane, feedstock for pharmaceutical synthesis, 250 kg drums, 8 pcs", "IN", 2000, 8, 7000, "USD",
     [("ODS_LICENCE", "NL-ODS-27-0031")], "halon 1011 as feedstock for a pharmaceutical plant under licence"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "JP", "DE", "281290",
     "Sulphur hexafluoride 99.99 %, for gas-insulated switchgear manufacture, 50 kg cylinders, 40 pcs", "JP", 2000,
     40, 30000, "USD", [("FGAS_QUOTA", "DE-FG-27-0955")], "SF6 for a switchgear maker under quota"),
    ("PRM-07", "cultural", "export", "GBAIR01", "air", "GB", "US", "830610",
     "Bronze church bell, cast 1784, deconsecrated church sale, 320 kg, 1 pc", "GB", 320, 1, 28000, "GBP",
     [("CULTURAL_EXPORT_CERTIFICATE", "GB-ACE-27-0188")], "a deaccessioned bell with its export licence"),
    ("PRM-08", "cultural", "export", "DEAIR01", "air", "DE", "CH", "970531",
     "Roman provincial coins, cleaned, catalogued collection formed 1950-1970, 120 pcs", "IT", 1, 120, 36000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "DE-KGSG-27-0092"), ("EXPORT_LICENCE", "DE-EUCG-27-0410")],
     "an old documented collection with its export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "IN", "845710",
     "5-axis machining centre, new, positioning accuracy 3 µm, 1 pc", "DE", 12000, 1, 620000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-27-3317"), ("END_USER_CERTIFICATE", "IN-DGFT-27-0644")],
     "a 2B001 machine tool to a named aerospace supplier under licence"),
    ("PRM-10", "strategic", "export", "NLSEA01", "sea", "NL", "US", "293141",
     "Dimethyl methylphosphonate 97 %, flame retardant, ISO tank, 18 t", "NL", 18000, None, 45000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-27-0521"), ("END_USER_CERTIFICATE", "US-BIS-27-1180")],
     "DMMP to a US flame-retardant producer under a Schedule 2 licence"),
    ("PRM-11", "wildlife", "export", "ESSEA01", "sea", "ES", "HK", "030571",
     "Dried blue shark fins (Prionace glauca), from legal fishery, 1,000 kg", "ES", 1000, None, 40000, "EUR",
     [("CITES_PERMIT", "ES-CITES-27-4120")], "blue shark fins with a CITES export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "CN", "FR", "160431",
     "Caviar, Acipenser schrenckii, aquaculture, CITES-labelled tins, 120 kg", "CN", 120, 2400, 84000, "USD",
     [("CITES_PERMIT", "CN-CITES-27-3391")], "farmed sturgeon caviar with its CITES permit and labels"),
]

# (hs, description, flow, modes, partners, unit value band per kg, mass band kg,
#  currencies, units per kg or None, sensitive-looking)
S, N = True, False
base.GOODS = [
    # sensitive-looking lawful trade (50 of the 200 draws), most of them the lawful twin of a disguise
    ("310290", "Ammonium sulphate nitrate 26 % N, granular, bulk", "import", ["sea"], ["EG", "NO", "RU"], (0.3, 0.42), (25000, 30000), ["EUR", "USD"], None, S),
    ("310210", "Urea 46 % N, de-icer grade for airports, big bags", "import", ["sea"], ["EG", "QA", "DZ"], (0.35, 0.5), (22000, 28000), ["USD"], None, S),
    ("284700", "Hydrogen peroxide 35 %, technical, IBC, for pulp bleaching", "import", ["sea", "road"], ["TR", "KR", "BE"], (0.4, 0.7), (18000, 24000), ["EUR", "USD"], None, S),
    ("382499", "Model engine glow fuel, methanol with 10 % nitromethane, 1 l cans", "import", ["sea"], ["US"], (6, 10), (1000, 3000), ["USD"], 1, S),
    ("380893", "Herbicide, glyphosate 360 g/l SL, authorised product, 20 l cans", "import", ["sea"], ["CN", "IN"], (3, 5), (10000, 18000), ["USD"], None, S),
    ("283699", "Climbing chalk, magnesium carbonate, white, 250 g bags", "import", ["sea", "road"], ["CN", "GB"], (5, 9), (1000, 3000), ["USD", "GBP"], 4, S),
    ("391731", "Drip irrigation tubing 16 mm with emitters, coils", "import", ["sea"], ["IL", "IN", "TR"], (1.8, 3), (8000, 14000), ["USD"], None, S),
    ("250100", "Nitrite curing salt 0.6 %, 25 kg bags, for butchers", "import", ["road"], ["CH", "GB"], (0.4, 0.7), (15000, 22000), ["EUR"], None, S),
    ("282911", "Sodium chlorate, crystalline, for chlorine dioxide generation at a pulp mill, bulk", "import", ["sea"], ["CA", "BR"], (0.6, 0.9), (25000, 30000), ["USD"], None, S),
    ("780200", "Lead scrap, clean soft lead pipe and sheet, no batteries", "export", ["sea"], ["KR", "IN"], (1.5, 1.9), (20000, 24000), ["EUR"], None, S),
    ("840734", "Remanufactured car engines, drained, tested, with warranty, crated", "export", ["sea"], ["NG", "GH", "MA"], (4, 7), (6000, 12000), ["EUR"], 0.007, S),
    ("401220", "Part-worn car tyres, graded, 5 mm tread or more, stacked, not baled", "export", ["sea"], ["GH", "NG", "SN"], (0.6, 1.0), (10000, 16000), ["EUR"], 0.12, S),
    ("847130", "Refurbished laptops, grade A, tested, with battery health reports", "import", ["air", "sea"], ["US", "GB"], (40, 80), (500, 3000), ["USD", "GBP"], 0.5, S),
    ("281700", "Zinc oxide 99.7 %, French process, 25 kg bags", "import", ["sea"], ["CN", "IN", "TR"], (2.5, 3.5), (18000, 22000), ["USD"], None, S),
    ("854143", "Photovoltaic modules 420 W, new, with IEC 61215 certificates", "import", ["sea"], ["CN", "VN", "MY"], (2, 3), (15000, 22000), ["USD"], 0.045, S),
    ("381400", "Paint thinner, virgin, 5 l cans", "import", ["sea", "road"], ["TR", "CN"], (1.2, 2), (8000, 14000), ["EUR", "USD"], None, S),
    ("390410", "PVC suspension resin K67, virgin, 25 kg bags", "import", ["sea"], ["US", "TW", "EG"], (0.8, 1.1), (22000, 26000), ["USD"], None, S),
    ("290351", "Refrigerant HFO-1234yf, 5 kg cylinders, for vehicle air conditioning", "import", ["sea"], ["US", "JP", "CN"], (60, 95), (2000, 6000), ["USD"], None, S),
    ("271113", "Isobutane R-600a refrigerant, 6.5 kg refillable cylinders", "import", ["sea", "road"], ["TR", "GB"], (2.5, 4.5), (3000, 8000), ["EUR", "USD"], None, S),
    ("681099", "Cast stone Buddha heads, garden décor, new", "import", ["sea"], ["CN", "VN", "ID"], (2, 4), (4000, 10000), ["USD"], None, S),
    ("970390", "Contemporary bronze sculptures, signed, gallery invoice", "import", ["air", "road"], ["GB", "US", "CH"], (150, 600), (50, 400), ["GBP", "USD", "EUR"], None, S),
    ("711810", "Commemorative coins, uncirculated mint sets, not legal tender", "import", ["air"], ["CA", "AU", "GB"], (200, 600), (20, 150), ["USD", "GBP"], None, S),
    ("580500", "Hand-woven tapestries, new, alpaca wool", "import", ["air"], ["PE", "BO"], (40, 80), (100, 500), ["USD"], None, S),
    ("490199", "Facsimile editions of illuminated manuscripts, printed, bound", "import", ["air", "road"], ["TR", "AE", "CH"], (10, 25), (200, 1000), ["USD", "EUR"], None, S),
    ("830610", "Bronze bells, new, cast, for churches, with foundry certificate", "export", ["road", "sea"], ["NO", "US", "CH"], (15, 30), (500, 3000), ["EUR"], None, S),
    ("846592", "CNC woodworking routers, 3-axis, new", "export", ["road", "sea"], ["NO", "RS", "CH"], (8, 15), (1500, 4000), ["EUR"], None, S),
    ("854231", "Microcontrollers, 32-bit, general purpose, reels", "import", ["air"], ["TW", "MY", "PH"], (500, 1500), (20, 200), ["USD"], None, S),
    ("852589", "Thermal imaging cameras 160 x 120, 9 Hz, building inspection", "import", ["air"], ["US", "CN"], (200, 400), (100, 500), ["USD"], 2, S),
    ("950639", "Golf club shafts, graphite and steel, retail", "import", ["sea"], ["CN", "TW", "JP"], (15, 30), (1000, 4000), ["USD"], 12, S),
    ("292211", "Monoethanolamine 99 %, for gas treating, ISO tank", "import", ["sea"], ["SA", "US", "MY"], (1.2, 1.8), (18000, 22000), ["USD"], None, S),
    ("030572", "Dried fish maw, Atlantic croaker, 1 kg packs", "import", ["air", "sea"], ["BR", "IN", "PK"], (20, 40), (300, 2000), ["USD"], None, S),
    ("160432", "Lumpfish roe, black, 100 g jars", "import", ["sea", "road"], ["IS", "NO"], (15, 25), (2000, 6000), ["EUR"], 10, S),
    ("121120", "Dried Korean ginseng roots, cultivated Panax ginseng", "import", ["air"], ["KR", "CN"], (40, 80), (200, 1000), ["USD"], None, S),
    ("920290", "Acoustic guitars with Indian rosewood fretboards, finished", "import", ["sea", "air"], ["US", "MX", "CN"], (40, 90), (500, 3000), ["USD"], 0.4, S),
    ("960190", "Buffalo horn combs, handmade, retail", "import", ["sea"], ["IN", "VN"], (15, 30), (500, 2000), ["USD"], 40, S),
    # everyday trade
    ("070320", "Garlic, fresh, white", "import", ["sea"], ["CN", "AR", "EG"], (1.0, 1.6), (20000, 26000), ["USD"], None, N),
    ("070820", "Fresh green beans, fine", "import", ["air", "road"], ["KE", "MA", "SN"], (2.5, 4), (3000, 10000), ["EUR"], None, N),
    ("071239", "Dried shiitake mushrooms", "import", ["sea"], ["CN"], (8, 14), (3000, 8000), ["USD"], None, N),
    ("080131", "Cashew nuts, in shell, raw", "import", ["sea"], ["CI", "GH", "TZ"], (1.0, 1.6), (20000, 26000), ["USD"], None, N),
    ("080232", "Walnuts, shelled, light halves", "import", ["sea"], ["US", "CL", "UA"], (5, 8), (15000, 20000), ["USD", "EUR"], None, N),
    ("080510", "Fresh oranges, Valencia", "import", ["sea"], ["ZA", "EG", "MA"], (0.7, 1.1), (20000, 24000), ["USD", "EUR"], None, N),
    ("080711", "Fresh watermelons", "import", ["road"], ["MA", "TR"], (0.4, 0.7), (18000, 22000), ["EUR"], None, N),
    ("081040", "Fresh blueberries", "import", ["air", "sea"], ["PE", "CL", "MA"], (5, 9), (3000, 12000), ["USD"], None, N),
    ("090111", "Green coffee beans, arabica", "import", ["sea"], ["BR", "CO", "ET"], (4, 7), (18000, 21000), ["USD"], None, N),
    ("090230", "Black tea, fermented, in packets", "import", ["sea"], ["LK", "KE", "IN"], (3, 6), (10000, 18000), ["USD"], None, N),
    ("090811", "Nutmeg, whole", "import", ["sea"], ["ID", "GD", "LK"], (7, 12), (5000, 12000), ["USD"], None, N),
    ("091011", "Ginger, fresh", "import", ["sea"], ["CN", "PE", "BR"], (1.2, 2.2), (20000, 24000), ["USD"], None, N),
    ("100199", "Milling wheat, bulk", "export", ["sea"], ["DZ", "EG", "MA"], (0.22, 0.3), (25000, 30000), ["EUR"], None, N),
    ("110812", "Maize starch, 25 kg bags", "import", ["sea"], ["US", "TR"], (0.5, 0.8), (20000, 24000), ["USD"], None, N),
    ("120740", "Sesame seeds, hulled", "import", ["sea"], ["ET", "NG", "IN"], (1.5, 2.3), (18000, 22000), ["USD"], None, N),
    ("151211", "Crude sunflower oil, flexitank", "import", ["sea"], ["UA", "AR", "RU"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("190230", "Instant noodles, retail packs", "import", ["sea"], ["KR", "TH", "VN"], (2, 3.5), (10000, 16000), ["USD"], None, N),
    ("200911", "Frozen orange juice concentrate, drums", "import", ["sea"], ["BR", "US"], (1.6, 2.4), (20000, 24000), ["USD"], None, N),
    ("210111", "Instant coffee, spray-dried, bulk", "import", ["sea"], ["BR", "VN", "IN"], (9, 14), (10000, 18000), ["USD"], None, N),
    ("220830", "Scotch whisky, bottled, 70 cl", "import", ["sea", "road"], ["GB"], (10, 25), (8000, 14000), ["GBP"], None, N),
    ("230910", "Dog and cat food, dry, retail bags", "export", ["road", "sea"], ["CH", "NO", "RS"], (1.5, 3), (15000, 22000), ["EUR"], None, N),
    ("250510", "Silica sand, washed, bulk", "import", ["sea"], ["NO", "TR"], (0.03, 0.06), (25000, 30000), ["EUR"], None, N),
    ("281830", "Aluminium hydroxide, dried, for flame-retardant fillers", "import", ["sea"], ["CN", "BR"], (0.4, 0.7), (20000, 25000), ["USD"], None, N),
    ("283311", "Sodium sulphate anhydrous, detergent grade", "import", ["sea"], ["CN", "TR"], (0.12, 0.2), (25000, 30000), ["USD"], None, N),
    ("293629", "Vitamin C, ascorbic acid, food grade, 25 kg drums", "import", ["sea"], ["CN"], (3, 5), (10000, 16000), ["USD"], None, N),
    ("320611", "Titanium dioxide, rutile, 25 kg bags", "import", ["sea"], ["CN", "US", "SA"], (2.2, 3.2), (20000, 24000), ["USD"], None, N),
    ("330300", "Perfumes, eau de toilette, retail", "export", ["air", "road"], ["AE", "US", "CH"], (40, 90), (300, 2000), ["EUR"], None, N),
    ("340250", "Laundry detergent, powder, retail boxes", "import", ["sea", "road"], ["TR", "PL"], (1, 1.6), (15000, 22000), ["EUR"], None, N),
    ("350300", "Gelatin, bovine, food grade", "import", ["sea"], ["BR", "AR", "CN"], (4, 6), (10000, 18000), ["USD"], None, N),
    ("380210", "Activated carbon, granular, coconut shell", "import", ["sea"], ["LK", "PH", "IN"], (1.5, 2.5), (15000, 20000), ["USD"], None, N),
    ("400122", "Technically specified natural rubber, TSR 20", "import", ["sea"], ["TH", "ID", "CI"], (1.4, 1.9), (20000, 22000), ["USD"], None, N),
    ("420222", "Handbags, plastic sheeting outer", "import", ["sea"], ["CN", "VN"], (8, 15), (2000, 6000), ["USD"], 2, N),
    ("440712", "Sawn spruce timber, kiln dried", "import", ["sea", "road"], ["SE", "FI", "NO"], (0.25, 0.45), (22000, 28000), ["EUR"], None, N),
    ("441114", "MDF boards, 18 mm", "import", ["road", "sea"], ["TR", "UA", "BR"], (0.35, 0.55), (22000, 26000), ["EUR", "USD"], None, N),
    ("481910", "Corrugated cartons, flat-packed", "import", ["road"], ["PL", "CZ", "TR"], (0.9, 1.4), (8000, 14000), ["EUR"], None, N),
    ("510111", "Greasy shorn wool", "import", ["sea"], ["AU", "NZ", "ZA"], (4, 8), (15000, 20000), ["USD"], None, N),
    ("540233", "Polyester textured yarn, DTY", "import", ["sea"], ["CN", "IN", "TW"], (1.4, 2.0), (18000, 22000), ["USD"], None, N),
    ("570339", "Tufted carpets, polypropylene, rolls", "import", ["sea", "road"], ["TR", "EG"], (3, 5), (8000, 14000), ["USD", "EUR"], None, N),
    ("611020", "Cotton knitted sweaters", "import", ["sea"], ["BD", "CN", "KH"], (10, 18), (3000, 8000), ["USD"], 3, N),
    ("620342", "Men's cotton trousers, denim", "import", ["sea"], ["BD", "PK", "TR"], (10, 16), (4000, 10000), ["USD", "EUR"], 1.7, N),
    ("630231", "Cotton bed linen, printed", "import", ["sea"], ["PK", "IN", "TR"], (6, 10), (6000, 12000), ["USD"], None, N),
    ("640411", "Sports shoes, textile uppers", "import", ["sea"], ["VN", "ID", "CN"], (20, 35), (3000, 8000), ["USD"], 1.2, N),
    ("691110", "Porcelain dinner sets, retail", "import", ["sea"], ["CN", "TH"], (2.5, 4), (8000, 14000), ["USD"], None, N),
    ("700711", "Toughened safety glass for vehicles", "import", ["sea"], ["CN", "MX"], (3, 5), (6000, 12000), ["USD"], None, N),
    ("722830", "Alloy steel bars, hot-rolled, 42CrMo4", "import", ["sea"], ["IN", "TR", "CN"], (0.9, 1.3), (22000, 26000), ["USD"], None, N),
    ("732393", "Stainless steel cookware sets", "import", ["sea"], ["CN", "IN"], (4, 7), (6000, 12000), ["USD"], None, N),
    ("760429", "Aluminium extruded profiles, alloy 6063", "import", ["sea", "road"], ["TR", "CN"], (3, 4.5), (15000, 20000), ["USD", "EUR"], None, N),
    ("820110", "Garden forks and spades", "import", ["sea"], ["CN", "IN"], (2, 3.5), (6000, 12000), ["USD"], None, N),
    ("841451", "Table and pedestal fans, household, new", "import", ["sea"], ["CN", "VN"], (2.5, 4), (6000, 12000), ["USD"], 0.2, N),
    ("842211", "Dishwashers, household, new", "import", ["sea", "road"], ["TR", "CN"], (3, 5), (10000, 16000), ["EUR", "USD"], 0.02, N),
    ("843680", "Poultry farm feeders and drinkers", "export", ["sea"], ["MA", "SN", "EG"], (3, 6), (5000, 10000), ["EUR"], None, N),
    ("847150", "Desktop computer units, new, boxed", "import", ["sea", "air"], ["CN", "TW"], (25, 45), (2000, 6000), ["USD"], 0.12, N),
    ("850152", "Electric motors, AC three-phase, 4 kW, new", "import", ["sea"], ["CN", "TR", "IN"], (4, 7), (6000, 12000), ["USD", "EUR"], 0.03, N),
    ("851310", "Portable LED torches, retail", "import", ["sea"], ["CN"], (6, 10), (2000, 5000), ["USD"], 8, N),
    ("854449", "Insulated copper cable, 1 kV, drums", "import", ["sea", "road"], ["TR", "EG", "KR"], (6, 9), (10000, 16000), ["USD", "EUR"], None, N),
    ("870324", "Passenger cars, new, petrol, 3,000 cc and over", "import", ["sea"], ["US", "JP"], (25, 45), (8000, 20000), ["USD"], 0.0005, N),
    ("871200", "Bicycles, city, new", "import", ["sea"], ["TW", "KH", "BD"], (12, 20), (3000, 8000), ["USD"], 0.07, N),
    ("940161", "Upholstered wooden chairs", "import", ["sea"], ["VN", "MY", "CN"], (4, 7), (5000, 10000), ["USD"], 0.12, N),
    ("940490", "Pillows and duvets, polyester filled", "import", ["sea"], ["CN", "PK", "BD"], (3, 5), (4000, 9000), ["USD"], None, N),
    ("950300", "Toys, plastic, assorted, retail", "import", ["sea"], ["CN", "VN"], (4, 8), (4000, 10000), ["USD"], None, N),
    ("960810", "Ballpoint pens, retail", "import", ["sea"], ["CN", "IN"], (5, 9), (2000, 5000), ["USD"], 100, N),
]


def main():
    base.write_later_set("blind9", 20270901, HERE)


if __name__ == "__main__":
    main()
