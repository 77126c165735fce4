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
        ("PRE-01", "import", "FRROAD01", "road", "CH", [], "FR", "340290",
         "Détartrant pour machines à traire, acide nitrique 68 %, GRV 1 000 l, 1 GRV", "CH", 1400, 1, 700, "EUR",
         "dairy descalers are ready-made acid cleaners of a few per cent; 1,000 l of 68 % nitric acid (Annex I, limit "
         "3 %) for a private farmer under the cleaning-preparations code; French wording",
         dict(PRIVATE, importer_country="FR")),
        ("PRE-02", "import", "ATROAD01", "road", "RS", [], "AT", "853690",
         "Elektrische Anzünder für Modellraketen, Kupferhülse 6,8 mm, mit Zuleitung 2 m, 500 Stück", "RS", 15, 500,
         400, "EUR",
         "model-rocket igniters are bare bridge wires; a 6.8 mm copper shell on 2 m leg wires is a No. 8 electric "
         "detonator (3603.60) declared as an electrical connector; German wording",
         {"importer_name": "Alpen Modellbau Handel", "importer_country": "AT"}),
        ("PRE-03", "import", "ESROAD01", "road", "MA", [], "ES", "760320",
         "Polvo de aluminio para hormigón celular casero, partícula < 10 µm, sin recubrir, 50 kg", "MA", 50, 2, 500,
         "EUR",
         "aerated concrete plants use coated aluminium paste by the tonne; 50 kg of uncoated sub-10 µm flake (Annex II) "
         "for a private person's 'home-made' concrete, by car ferry from Tanger Med; Spanish wording",
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
        ("PRE-09", "import", "FRSEA01", "sea", "TN", [], "FR", "310590",
         "Sel solaire pour stockage thermique domestique, nitrate de sodium 60 % / nitrate de potassium 40 %, 1 t", "TN",
         1000, 40, 900, "EUR",
         "solar salt is bought by the thousand tonnes for solar power plants; 1 t for a private home is sodium and "
         "potassium nitrate (Annex II) under the fertiliser code; French wording",
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
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "PK", "847170",
         "Used hard disk drives, for data wiping and resale, mixed sizes, loose in gaylords", "BE", 18000, None, 1800,
         "EUR",
         "drives for resale are tested and packed; 18 t loose in gaylords at 0.10 EUR/kg is e-waste (A1180) for "
         "dismantling in Karachi",
         {"importer_country": "PK"}),
        ("WST-03", "export", "GBSEA01", "sea", "GB", [], "IN", "401220",
         "Used tyres, baled (compressed), for retreading", "GB", 24000, None, 480, "GBP",
         "compressed bales destroy the casing, so baled tyres cannot be retreaded: end-of-life tyres for pyrolysis "
         "plants at 0.02 GBP/kg",
         {"importer_country": "IN"}),
        ("WST-04", "export", "DESEA01", "sea", "DE", [], "SY", "300490",
         "Humanitäre Spende: Arzneimittel, abgelaufen, gemischt, Kartons, 4 t", "DE", 4000, None, 1, "EUR",
         "expired mixed medicines are waste pharmaceuticals (Y3), not a donation (WHO donation guidelines exclude "
         "expired drugs), at a nominal value; German wording",
         {"importer_country": "SY"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "MY", "570390",
         "Gebruikte kunstgrasmatten met rubbergranulaat, opgerold, 22 t", "NL", 22000, None, 220, "EUR",
         "used artificial turf still holding its SBR rubber infill is mixed plastic waste (Y48, consent needed for "
         "Malaysia) at 0.01 EUR/kg, not carpets; Dutch wording",
         {"importer_country": "MY"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "EG", "411520",
         "Rasature di pelle conciata al cromo, per fertilizzanti organici, big bags", "IT", 24000, None, 480, "EUR",
         "chrome-tanned leather shavings are tannery waste with chromium (Y21, A3090), not a fertiliser base; Italian "
         "wording",
         {"importer_country": "EG"}),
        ("WST-07", "export", "PTSEA01", "sea", "PT", [], "CV", "854143",
         "Módulos fotovoltaicos usados, 250 W, vidro rachado, testados OK, 1.200 peças", "PT", 22000, 1200, 2400,
         "EUR",
         "cracked-glass 250 W panels at 2 EUR each cannot be 'tested OK': end-of-life PV panels (WEEE) to Cabo Verde; "
         "Portuguese wording",
         {"importer_country": "CV"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "TR", "720449",
         "Σκραπ χάλυβα, μεταχειρισμένα φίλτρα λαδιού, συμπιεσμένα, 20 t", "GR", 20000, None, 1000, "EUR",
         "crushed used oil filters still hold engine oil (Y8, A3020): oily waste, not clean steel scrap; Greek wording",
         {"importer_country": "TR"}),
        ("WST-09", "export", "DESEA01", "sea", "DE", [], "VN", "390410",
         "PVC-Compound schwarz, Regranulat aus Kabelzerlegung, Big Bags", "DE", 24000, None, 720, "EUR",
         "PVC granulate from cable dismantling is cable-insulation residue with lead stabilisers and copper fines "
         "(Y48, A3190 listings), at 0.03 EUR/kg under the virgin PVC code; German wording",
         {"importer_country": "VN"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "BJ", "870895",
         "Modules d'airbag récupérés sur véhicules hors d'usage, non déclenchés, en vrac en big bags, 5 000 pièces",
         "FR", 10000, 5000, 2500, "EUR",
         "undeployed airbag modules loose in bulk bags at 0.50 EUR each are not spare parts but explosive hazardous "
         "waste from end-of-life vehicles (H1); French wording",
         {"importer_country": "BJ"}),
    ],
    "ozone": [
        ("OZN-01", "import", "FRSEA01", "sea", "EG", [], "FR", "841821",
         "ثلاجات منزلية جديدة، غاز التبريد R134a، 300 وحدة", "EG", 15000, 300, 45000, "USD",
         "new household refrigerators with HFC-134a (GWP 1,430) may not be placed on the EU market since 2015; Arabic "
         "wording",
         {"importer_name": "Électroménager Méditerranée SARL", "importer_country": "FR"}),
        ("OZN-02", "import", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "PL", "841582",
         "Klimatyzatory przenośne, czynnik R410A, 600 szt.", "CN", 18000, 600, 90000, "USD",
         "movable room air conditioners with R-410A (GWP 2,088) are banned in the EU since 2020 (limit GWP 150); "
         "Polish wording",
         {"importer_name": "Chłód-Dom Sp. z o.o.", "importer_country": "PL"}),
        ("OZN-03", "import", "BGROAD01", "road", "TR", [], "BG", "392111",
         "XPS ısı yalıtım levhası, 50 mm, şişirici gaz HFC-134a, 2.000 levha", "TR", 9000, 2000, 14000, "EUR",
         "extruded polystyrene boards blown with HFC-134a are banned in the EU since 2020 (foams, GWP 150); Turkish "
         "wording",
         {"importer_name": "Izolacia Plovdiv EOOD", "importer_country": "BG"}),
        ("OZN-04", "import", "DEAIR01", "air", "US", [], "DE", "382769",
         "Refrigerant R-508B for ultra-low-temperature freezers, 9 kg cylinders, 40 pcs", "US", 360, 40, 36000, "USD",
         "R-508B is HFC-23 with PFC-116 (GWP about 13,400, 4,800 t CO2e) to a refrigeration trading house, not a "
         "laboratory, without quota",
         {"importer_name": "Kältehandel Nord GmbH", "importer_country": "DE"}),
        ("OZN-05", "import", "ITSEA01", "sea", "CN", [], "IT", "841850",
         "Vetrine congelatori per gelateria, plug-in, gas R404A, 40 pz", "CN", 6000, 40, 40000, "USD",
         "plug-in commercial freezers with R-404A (GWP 3,922) are banned in the EU since 2020; Italian wording",
         {"importer_name": "Gelaterie Forniture Riviera", "importer_country": "IT"}),
        ("OZN-06", "import", "DESEA01", "sea", "TR", [], "DE", "321410",
         "1K-PU-Montageschaum, 750 ml, Treibmittel R134a, 24.000 Dosen", "TR", 21000, 24000, 36000, "EUR",
         "one-component foam with HFC-134a propellant is banned in the EU (one-component foams, GWP 150); German "
         "wording",
         {"importer_name": "Bau-Discount Ruhr GmbH", "importer_country": "DE"}),
        ("OZN-07", "import", "NLSEA01", "sea", "CN", [], "NL", "381400",
         "助焊剂清洗剂 141b，550毫升气雾罐，12000罐", "CN", 6600, 12000, 18000, "USD",
         "'flux remover 141b' is HCFC-141b (ODS, banned) in electronics-cleaning aerosols under the solvents code; "
         "Chinese wording",
         {"importer_name": "Elektronica Onderdelen Venlo BV", "importer_country": "NL"}),
        ("OZN-08", "import", "BESEA01", "sea", "IL", [], "BE", "382499",
         "Calibration gas, bromomethane, 50 kg cylinders, 20 pcs", "IL", 1000, 20, 12000, "USD",
         "calibration gases are ppm mixtures in small cylinders; 1 t of bromomethane in 50 kg cylinders is methyl "
         "bromide fumigant (ODS, banned)",
         {"importer_name": "Antwerp Fumigation Services", "importer_country": "BE"}),
        ("OZN-09", "import", "ITSEA01", "sea", "TR", [], "IT", "842490",
         "Bombole antincendio recuperate da demolizione navale, gas Fluobrene, 45 kg, 30 pz", "TR", 1350, 30, 3000,
         "EUR",
         "Fluobrene is the Italian trade name of halon 2402 (ODS) in cylinders from the Aliağa ship-breaking yards, "
         "no critical-use licence; Italian wording",
         {"importer_name": "Antincendio Navale Ligure", "importer_country": "IT"}),
        ("OZN-10", "import", "PTSEA01", "sea", "CN", [], "PT", "841590",
         "Unidades exteriores de ar condicionado, peças de reposição, pré-carregadas com R22, 300 unidades", "CN", 12000,
         300, 24000, "USD",
         "outdoor units pre-charged with HCFC-22 may not be placed on the market, even as 'spare parts'; Portuguese "
         "wording",
         {"importer_name": "Climatização Douro Lda", "importer_country": "PT"}),
    ],
    "cultural": [
        ("CUL-01", "import", "GBAIR01", "air", "IN", [], "GB", "830621",
         "Brass idol, Nataraja, new, antique finish, 45 kg, 1 pc", "IN", 45, 1, 400, "USD",
         "a 45 kg 'new' bronze Nataraja with an antique finish at 400 USD is the pattern of temple bronzes stolen in "
         "Tamil Nadu and shipped as new handicraft (India's Antiquities Act)",
         {"importer_name": "Heritage Arts London Ltd", "importer_country": "GB"}),
        ("CUL-02", "import", "DEPOST01", "post", "AE", [], "DE", "691390",
         "Souvenir-Figuren aus Fayence, blaugrün, mit Inschrift, 40 Stück", "EG", 4, 40, 200, "USD",
         "inscribed blue-green faience figurines of Egyptian origin are ushabtis (ICOM Red List Egypt) sent from Dubai "
         "at 5 USD each; German wording",
         dict(PRIVATE, importer_country="DE")),
        ("CUL-03", "import", "GRSEA01", "sea", "LB", [], "GR", "680291",
         "Ανάγλυφη προτομή από ασβεστόλιθο με αραμαϊκά γράμματα, διακόσμηση κήπου, 1 τεμάχιο", "SY", 120, 1, 600,
         "USD",
         "a limestone relief bust with Aramaic letters of Syrian origin via Beirut is a Palmyrene funerary portrait "
         "(ICOM Red List Syria); Greek wording",
         dict(PRIVATE, importer_country="GR")),
        ("CUL-04", "import", "PLAIR01", "air", "UA", [], "PL", "711291",
         "Золотий брухт для переплавки, пластини з зображеннями тварин, 300 г", "UA", 0.3, None, 18000, "EUR",
         "gold plaques with animal images are Scythian goldwork from looted kurgans (Ukrainian heritage, Red List "
         "Ukraine) declared as gold scrap at its metal value; Ukrainian wording",
         dict(PRIVATE, importer_country="PL")),
        ("CUL-05", "import", "ESAIR01", "air", "EC", [], "ES", "691390",
         "Figuritas de cerámica, artesanía, femeninas, con restos de tierra, 30 piezas", "EC", 3, 30, 150, "USD",
         "small female clay figures with soil still on them from Ecuador are Valdivia figurines (ICOM Red List Latin "
         "America), not handicraft; Spanish wording",
         dict(PRIVATE, importer_country="ES")),
        ("CUL-06", "import", "FRPOST01", "post", "OM", [], "FR", "490199",
         "أوراق مخطوطة قديمة للزينة، 12 مجلد", "YE", 9, 12, 240, "USD",
         "'old handwritten papers for decoration, 12 volumes' from Yemen via Oman are manuscripts (ICOM Red List "
         "Yemen) at 20 USD a volume; Arabic wording",
         dict(PRIVATE, importer_country="FR")),
        ("CUL-07", "import", "DEAIR01", "air", "MX", [], "DE", "691390",
         "Bemalte Keramikgefäße, Kunsthandwerk, mit Glyphen, 3 Stück", "GT", 6, 3, 300, "USD",
         "painted vessels with glyphs of Guatemalan origin are Maya polychrome ceramics (ICOM Red List Central America) "
         "routed through Mexico; German wording",
         dict(PRIVATE, importer_country="DE")),
        ("CUL-08", "import", "GBAIR01", "air", "NP", [], "GB", "830629",
         "Gilt copper statue, Buddha, old, base sealed with consecration contents, 1 pc", "NP", 18, 1, 1200, "USD",
         "an old gilt Buddha whose base is still sealed with its consecration contents has been taken from a shrine "
         "(Nepal's Ancient Monument Preservation Act forbids export)",
         dict(PRIVATE, importer_country="GB")),
        ("CUL-09", "import", "ITSEA01", "sea", "TN", [], "IT", "691390",
         "Anfore in terracotta con concrezioni marine, decorazione giardino, 8 pz", "TN", 200, 8, 400, "EUR",
         "amphorae with marine concretions are raised from wrecks (UNESCO 2001 underwater heritage, Tunisian law), not "
         "garden pots; Italian wording",
         {"importer_name": "Giardini Mediterranei Srl", "importer_country": "IT"}),
        ("CUL-10", "import", "PTPOST01", "post", "BR", [], "PT", "490700",
         "Lote de papéis antigos, manuscritos, séculos XVIII-XIX, com carimbos de arquivo público, 200 folhas", "BR", 2,
         200, 300, "USD",
         "manuscript leaves carrying a public archive's stamps are stolen archival documents (Brazilian archives are "
         "inalienable); Portuguese wording",
         dict(PRIVATE, importer_country="PT")),
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
        ("STR-03", "export", "DEAIR01", "air", "DE", [], "AE", "940592",
         "Selbstleuchtende Notausgangsschilder, ohne Strom, 20 Jahre Leuchtdauer, 500 Stück", "DE", 750, 500, 90000,
         "EUR",
         "a sign that glows for 20 years without power holds tritium (about 300 GBq each, dual-use 1C235 in bulk); "
         "500 signs to a Dubai trader is a tritium source, not a fit-out; German wording",
         {"importer_name": "Gulf Safety Signs Trading", "importer_country": "AE"}),
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
        ("STR-07", "export", "ESSEA01", "sea", "ES", ["TR"], "IR", "292119",
         "Clorhidrato de dimetilamina, intermedio para metformina, sacos 25 kg, 10 t", "ES", 10000, 400, 28000, "EUR",
         "dimethylamine hydrochloride is an Australia Group precursor (tabun), to a Tehran trader through Turkey, not a "
         "pharmaceutical maker; Spanish wording",
         {"importer_name": "Pars Chemical Trading Co.", "importer_country": "IR"}),
        ("STR-08", "export", "ITSEA01", "sea", "IT", [], "AE", "848180",
         "Valvole a soffietto rivestite in Monel, per trattamento acque, DN50, 120 pz", "IT", 3600, 120, 180000,
         "EUR",
         "bellows-sealed Monel valves are corrosion-resistant chemical-plant valves (Australia Group 2B350) at 1,500 "
         "EUR each, not water valves, to a Dubai trader; Italian wording",
         {"importer_name": "Al Noor Valves Trading LLC", "importer_country": "AE"}),
        ("STR-09", "export", "DEROAD01", "road", "DE", ["TR"], "IR", "841939",
         "Sprühtrockner für Milchpulver, Labormaßstab, 2 kg/h Wasserverdampfung, Tropfengröße < 10 µm, sterilisierbar, "
         "1 Stück", "DE", 900, 1, 140000, "EUR",
         "nobody dries milk at 2 kg/h; a sterilisable spray dryer with sub-10 µm droplets is biological equipment "
         "(Australia Group 2B352), by road through Turkey to Iran; German wording",
         {"importer_name": "Tehran Dairy Research Supply", "importer_country": "IR"}),
        ("STR-10", "export", "FRAIR01", "air", "FR", [], "AM", "852910",
         "Car antennas, GNSS, 7-element array, anti-jamming, 50 pcs", "FR", 100, 50, 400000, "EUR",
         "a 7-element anti-jam GNSS array (CRPA, dual-use 7A005, Common High Priority list) at 8,000 EUR each is not a "
         "car antenna, to Yerevan, a re-export route to Russia",
         {"importer_name": "Ararat Auto Electronics LLC", "importer_country": "AM"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "NLPOST01", "post", "MX", [], "NL", "010690",
         "Arañas vivas para terrario, crías 'rodillas rojas', 300 ejemplares", "MX", 2, 300, 600, "USD",
         "'red-knee' tarantulas from Mexico are Brachypelma (CITES II; Mexican wild stock) sent by post without a "
         "permit; Spanish wording",
         dict(PRIVATE, importer_country="NL")),
        ("WLD-02", "transit", "DEAIR01", "air", "KZ", [], "HK", "050790",
         "Рога козлиные, светлые, полупрозрачные, для сувениров, 40 кг", "KZ", 40, None, 80000, "USD",
         "translucent pale 'goat horns' from Kazakhstan at 2,000 USD/kg are saiga antelope horns (CITES II, zero quota); "
         "Russian wording",
         {"importer_name": "Tak Fung Medicinal Trading", "importer_country": "HK"}),
        ("WLD-03", "import", "PTAIR01", "air", "BR", [], "PT", "050510",
         "Penas coloridas de arara, artesanato indígena, 2.000 peças", "BR", 2, 2000, 400, "USD",
         "macaw feathers (Ara, CITES I and II; Brazil forbids the export of wild fauna products) as indigenous craft; "
         "Portuguese wording",
         dict(PRIVATE, importer_country="PT")),
        ("WLD-04", "export", "ESSEA01", "sea", "ES", [], "HK", "030571",
         "Aletas de tiburón secas, tintorera (Prionace glauca), 1.200 kg", "ES", 1200, None, 48000, "EUR",
         "blue shark and all requiem sharks are CITES II since 2023; dried fins to Hong Kong without a CITES permit; "
         "Spanish wording",
         {"importer_name": "Sea Treasure Dried Seafood", "importer_country": "HK"}),
        ("WLD-05", "import", "NLSEA01", "sea", "CN", [], "NL", "220890",
         "虎骨酒，保健酒，500毫升，300瓶", "CN", 180, 300, 3000, "USD",
         "'虎骨酒' is tiger bone wine (Panthera tigris, CITES I) for a Chinese supermarket; Chinese wording",
         {"importer_name": "Oriental Food Rotterdam BV", "importer_country": "NL"}),
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
        ("WLD-09", "import", "DESEA01", "sea", "PH", [], "DE", "050800",
         "Muschelschalen, dekorativ, groß, 60 cm, paarweise, 20 Stück", "PH", 2000, 20, 1200, "USD",
         "paired shells of 60 cm weighing 100 kg each are giant clams (Tridacna gigas, CITES II) without a permit; "
         "German wording",
         {"importer_name": "Maritime Deko Hamburg", "importer_country": "DE"}),
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
