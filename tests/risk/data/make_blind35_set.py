#!/usr/bin/env python3
"""Writes the thirty-fifth blind set (tests/risk/data/blind35-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated January - February 2032, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after the round-twenty-eight profile changes, to be measured
once on those packs. Same row layout and expansion as make_blind_set.py, whose functions
it reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL35-*:

    python3 tests/risk/data/make_blind35_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2032, 1, 1)
base.DAYS = 60  # 1 January to 29 February 2032
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "ATROAD01", "road", "SK", [], "AT", "382499",
         "Eisschmelzgranulat für Parkdecks, Basis Ammoniumnitrat, 33,5 % N, Säcke 25 kg, 12 t", "UA", 12000, 480, 4300,
         "EUR",
         "de-icers are rock salt, calcium chloride, urea or formates; an 'ice-melt' at 33.5 % N is ammonium nitrate "
         "(Annex I) under a chemical-preparation heading, to a property-management firm; German wording",
         firm("Hausverwaltung Donaublick GmbH", "AT")),
        ("PRE-02", "import", "NLAIR01", "post", "GB", [], "NL", "382499",
         "pH-min Bloei voor hydrocultuur, salpeterzuur 59 %, jerrycans 10 l, 4 st.", "GB", 56, 4, 140, "GBP",
         "retail pH-down is sold by the litre and dosed by the drop; 40 l of 59 % nitric acid (Annex I, limit 3 %) "
         "by post to a private address; Dutch wording", person("Dhr. R. Visser", "NL")),
        ("PRE-03", "import", "FRAIR01", "express", "US", [], "FR", "381190",
         "Carburant de course dragster, additif nitrométhane 90 %, bidons 20 l, 2 pcs", "US", 44, 2, 520, "USD",
         "a 90 % nitromethane 'additive' is nitromethane itself (Annex I, limit 16 %), sent by express to a private "
         "person with no racing team named; a repeat of blind14's substance under a dragster cover; French wording",
         person("M. K. Moreau", "FR")),
        ("PRE-04", "import", "DEAIR01", "post", "PL", [], "DE", "380894",
         "Poolpflege-Set: Aktivsauerstoff, Reiniger, Lösungsmittel", "PL", 11, 1, 45, "EUR",
         "the 'pool set' is 10 l of 35 % hydrogen peroxide, 10 l of acetone and 5 l of 96 % sulphuric acid by post to a "
         "private person: the three TATP ingredients; pool oxygen is sold as 10-12 % granulate or tablets; German "
         "wording",
         {"consignee_name": "Herr D. Krüger", "importer_country": "DE",
          "_item": {"description": "Poolpflege Aktivsauerstoff flüssig, Wasserstoffperoxid 35 %, 10 l"},
          "_more_items": [item("291411", "Aceton 99,5 %, Kanister 10 l", "PL", 8, 18, "EUR"),
                          item("280700", "Rohrreiniger, Schwefelsäure 96 %, 5 l", "PL", 9, 12, "EUR")]}),
        ("PRE-05", "export", "FRSEA01", "sea", "FR", ["TG"], "BF", "382440",
         "Émulsion de cure pour béton, base aqueuse oxydante, UN 3375, IBC 1 t, 20 t", "FR", 20000, 20, 16000, "EUR",
         "concrete curing compounds are wax or resin emulsions and carry no oxidiser class; UN 3375 is ammonium-nitrate "
         "emulsion, the blasting-explosive matrix, sent to Burkina Faso to a builders' merchant; French wording",
         {"importer_name": "Quincaillerie du Sahel SARL", "importer_country": "BF"}),
        ("PRE-06", "import", "ESAIR01", "express", "CN", [], "ES", "330610",
         "Gel blanqueador dental profesional, recarga, peróxido de hidrógeno 50 %, botellas 1 l, 20 pcs", "CN", 24, 20,
         180, "USD",
         "tooth-whitening products are capped at 6 % peroxide in the EU and sold as syringes; 20 l of 50 % hydrogen "
         "peroxide (Annex I) in litre bottles to a beauty salon under the dentifrice heading; Spanish wording",
         firm("Estética Sonrisa Bella SL", "ES")),
        ("PRE-07", "transit", "HUROAD01", "rail", "DE", ["HU"], "RS", "852359",
         "RFID tags with leads, programmable delay, 8 mm shell, 4 m wire, 2,000 pcs", "DE", 160, 2000, 38000, "EUR",
         "an RFID tag has no 'shell' and no 'delay'; a programmable delay in an 8 mm shell on 4 m leg wires at 19 EUR "
         "each is an electronic detonator, in transit to a consignee that is not a mine or quarry",
         {"importer_name": "Tehno Promet Niš DOO", "importer_country": "RS"}),
        ("PRE-08", "import", "SEAIR01", "express", "CN", [], "SE", "760320",
         "Aluminium flake powder, dark, unpolished, < 10 µm, gas former for aerated concrete, tins 5 kg, 6 pcs", "CN",
         30, 6, 210, "USD",
         "aerated-concrete plants buy tonnes of aluminium paste, not 30 kg of dark flake in tins by express to a "
         "private person; dark unpolished sub-10 µm flake is the pyrotechnic grade (Annex II)",
         person("Mr L. Nilsson", "SE")),
        ("PRE-09", "transit", "BGROAD01", "road", "TR", ["BG"], "MK", "842489",
         "Agricultural frost and hail protection equipment, launch tubes with cartridges, 600 pcs", "TR", 1500, 600,
         27000, "USD",
         "anti-hail rockets carry a propellant and a bursting charge (explosive articles, class 1) and are declared as "
         "sprayer equipment; 2.5 kg 'cartridges' with launch tubes, to an agricultural trader with no licence",
         {"importer_name": "Agro Vardar DOOEL", "importer_country": "MK"}),
        ("PRE-10", "import", "ITAIR01", "post", "CN", [], "IT", "381090",
         "Acido per incisione circuiti stampati, acido nitrico fumante 98 %, 2 x 2,5 l", "CN", 7, 2, 45, "USD",
         "hobby circuit etching uses ferric chloride or persulphate; red fuming nitric acid (Annex I, limit 3 %) by post "
         "to a private person under the pickling-preparation heading; Italian wording",
         person("Sig. A. Ferrari", "IT")),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "250810",
         "Bentonite clay, grey, in big bags, 24 t", "NL", 24000, None, 240, "EUR",
         "bentonite is cream to white and sells at 0.15-0.30 EUR/kg; grey 'bentonite' at 0.01 EUR/kg from a vegetable-oil "
         "refinery port is spent bleaching earth with 20-30 % oil (Y9), shipped unnotified",
         {"importer_name": "Kandla Minerals Trading", "importer_country": "IN"}),
        ("WST-02", "export", "BESEA01", "sea", "BE", [], "GH", "850760",
         "Used EV battery packs for second-life energy storage, as is, some swollen, 40 pcs", "BE", 14000, 40, 8000,
         "EUR",
         "second-life packs are graded, tested and crated as dangerous goods; 'as is' packs, some swollen, at 200 EUR "
         "each are end-of-life lithium batteries (waste, A1170) to Ghana",
         {"importer_name": "Tema Green Power Ent.", "importer_country": "GH",
          "_more_items": [item("850790", "Battery parts, BMS boards and cabling, used, loose", "BE", 300, 200, "EUR")]}),
        ("WST-03", "export", "DEROAD01", "road", "DE", [], "CZ", "260300",
         "Kupferkonzentrat, feinkörnig, Cu 18 %, Au/Ag-haltig, Big Bags, 10 t", "DE", 10000, None, 12000, "EUR",
         "a copper concentrate mined in Germany does not exist; fine 'concentrate' with gold and silver and 18 % copper "
         "is shredded circuit-board fines (A1180) under the ore heading; German wording",
         {"importer_name": "Metal Recovery Ostrava s.r.o.", "importer_country": "CZ"}),
        ("WST-04", "export", "ESSEA01", "sea", "ES", [], "MA", "560312",
         "No tejido de polipropileno, recortes, balas prensadas, 18 t", "ES", 18000, None, 360, "EUR",
         "the 'non-woven trim' comes from a port-cleaning contractor: oil-soaked sorbent pads and booms (Y9) at 0.02 "
         "EUR/kg; clean PP trim sells at ten times that; Spanish wording",
         {"importer_name": "Recyclage Tanger Med SARL", "importer_country": "MA"}),
        ("WST-05", "export", "GBSEA01", "sea", "GB", [], "MY", "844399",
         "Printer cartridges, used, mixed brands, loose in bulk bags, 12 t", "GB", 12000, None, 1200, "GBP",
         "remanufacturers buy sorted empties by brand and model, boxed; 12 t of loose mixed cartridges at 0.10 GBP/kg, "
         "many broken and leaking toner, is e-waste",
         {"importer_name": "Klang Imaging Supplies Sdn Bhd", "importer_country": "MY"}),
        ("WST-06", "export", "NLSEA01", "sea", "NL", [], "SN", "310100",
         "Organic fertiliser pellets, dried, 90 % dry matter, bulk, 22 t", "NL", 22000, None, 220, "EUR",
         "dried pellets at 0.01 EUR/kg from a water board's drying plant are sewage sludge (a waste, heavy metals "
         "unreported), not a registered organic fertiliser",
         {"importer_name": "Agro Thiès SARL", "importer_country": "SN"}),
        ("WST-07", "export", "DEROAD01", "road", "DE", ["BG"], "TR", "391590",
         "PP-Mahlgut, gemischtfarbig, haushaltsnah, mit Etikettenanteil, Big Bags, 20 t", "DE", 20000, None, 2000, "EUR",
         "'haushaltsnah' regrind with labels is mixed household packaging (Y48), now refused by Turkey as waste; "
         "a post-industrial regrind would be single-colour and label-free; German wording",
         {"importer_name": "Ege Plastik Geri Dönüşüm Ltd", "importer_country": "TR"}),
        ("WST-08", "export", "PLROAD01", "road", "PL", ["UA", "MD"], "GE", "870895",
         "Airbag modules, used, from dismantled cars, mixed, in cartons, 3,000 pcs", "PL", 6000, 3000, 3000, "PLN",
         "undeployed airbag modules at 1 PLN each, mixed and loose in cartons, are pyrotechnic end-of-life parts (a "
         "hazardous waste and an explosive article), not reusable spares",
         {"importer_name": "Kutaisi Auto Parts LLC", "importer_country": "GE"}),
        ("WST-09", "export", "ITSEA01", "sea", "IT", [], "LY", "853931",
         "Tubi fluorescenti T8, usati, ricondizionati per riutilizzo, 18.000 pcs", "IT", 4500, 18000, 900, "EUR",
         "T8 tubes are banned from sale in the EU since 2023 and no one 'reconditions' a tube; 18,000 used tubes at "
         "0.05 EUR are mercury-containing lamp waste (A1030/A2010); Italian wording",
         {"importer_name": "Tripoli Lighting Co", "importer_country": "LY"}),
        ("WST-10", "export", "FRSEA01", "sea", "FR", [], "CM", "320890",
         "Peintures et vernis, fins de série, don à une ONG, fûts et pots entamés, 15 t", "FR", 15000, None, 0, "EUR",
         "opened cans and drums of mixed paints 'donated' at zero value are waste paint (Y12) shipped as a gift; "
         "end-of-line stock is sold sealed with labels and a price; French wording",
         {"importer_name": "Association Bâtir Douala", "importer_country": "CM"}),
    ],
    "ozone": [
        ("ODS-01", "import", "BGROAD01", "road", "TR", [], "BG", "281121",
         "Carbon dioxide R-744, refrigerant grade, disposable cylinders 11.3 kg, 240 pcs", "TR", 2712, 240, 9600, "USD",
         "R-744 comes in heavy high-pressure refillable cylinders, never disposable ones; 11.3 kg per disposable "
         "cylinder is the R-410A fill, and 40 USD a cylinder is an HFC price",
         firm("Klima Sofia Trade EOOD", "BG")),
        ("ODS-02", "import", "PTSEA01", "sea", "CN", [], "PT", "290351",
         "HFO-1234ze refrigerant, UN 3159, CAS 811-97-2, cylinders 13.6 kg, 800 pcs", "CN", 10880, 800, 21000, "USD",
         "UN 3159 and CAS 811-97-2 are 1,1,1,2-tetrafluoroethane (R-134a); HFO-1234ze is UN 3163 and CAS 29118-24-9: "
         "quota HFC declared as an HFO",
         firm("Frio Atlântico Lda", "PT")),
        ("ODS-03", "import", "NLAIR01", "air", "CN", [], "NL", "290349",
         "Semiconductor etching gas CHF3 99.999 %, 47 l cylinders, 20 pcs", "CN", 500, 20, 19000, "USD",
         "CHF3 is HFC-23 (GWP 14,800, quota HFC), here to a lighting trader with no wafer fab; a repeat of HFC-23 by "
         "formula, with a new cover", firm("Lumen Trading BV", "NL")),
        ("ODS-04", "import", "EESEA01", "sea", "RU", [], "EE", "290376",
         "Ship fire-fighting agent, recycled, for engine rooms, 45 kg cylinders, 30 pcs", "RU", 1350, 30, 6000, "USD",
         "engine-room agents on Russian-built ships are halon 2402 (dibromotetrafluoroethane); new supply into the EU is "
         "banned and the 'recycled' agent comes from Russia with no ODS licence",
         {"importer_name": "Baltic Marine Service OÜ", "importer_country": "EE"}),
        ("ODS-05", "import", "GRSEA01", "sea", "TR", [], "GR", "841850",
         "Plug-in refrigerated display cases, supermarket, R-404A 1.2 kg each, 60 pcs", "TR", 9000, 60, 54000, "EUR",
         "plug-in commercial cabinets charged with an HFC of GWP 3,922 may not be placed on the EU market; the charge "
         "is declared in the description", firm("Athens Retail Equipment AE", "GR")),
        ("ODS-06", "import", "IEAIR01", "post", "US", [], "IE", "382768",
         "Car AC recharge kit, R-134a with UV dye and hose gauge, 12 oz cans, 24 pcs", "US", 10, 24, 190, "USD",
         "disposable R-134a cans for DIY car recharging are banned in the EU (non-refillable containers) and sold only "
         "to certified technicians; 24 cans by post to a private person",
         person("Mr C. Murphy", "IE")),
        ("ODS-07", "import", "FRAIR01", "air", "IN", [], "FR", "290379",
         "Solvant de nettoyage pour circuits oxygène aviation, C2Cl3F3, fûts 50 kg, 8 pcs", "IN", 400, 8, 4800, "USD",
         "C2Cl3F3 is CFC-113, phased out; aviation oxygen cleaning uses HFE or HFO solvents now; a repeat of CFC-113 "
         "by formula with a new cover; French wording",
         firm("Aéro Nettoyage Toulouse SARL", "FR")),
        ("ODS-08", "import", "DEAIR01", "air", "CN", [], "DE", "381400",
         "Hydrofluorether-Reinigungsflüssigkeit, C5H2F10, Präzisionsreinigung, Fässer 25 kg, 20 St.", "CN", 500, 20,
         9000, "USD",
         "C5H2F10 is HFC-43-10mee, an HFC under quota; hydrofluoroethers carry an oxygen atom in their formula; "
         "German wording", firm("Präzisionsreinigung Pforzheim GmbH", "DE")),
        ("ODS-09", "import", "PLRAIL01", "rail", "CN", ["KZ", "BY"], "PL", "841590",
         "Air-conditioner spare parts, pressurised, 11.3 kg each, 1,200 pcs", "CN", 13560, 1200, 42000, "USD",
         "air-conditioner parts are not 'pressurised' and do not come in 11.3 kg units: R-410A cylinders under a "
         "parts heading, by rail from China, with a second item of split units",
         dict(firm("Chłodnictwo Wschód Sp. z o.o.", "PL"),
              _more_items=[item("841510", "Split air conditioners, wall type, 3.5 kW, 300 sets", "CN", 9000, 36000, "USD",
                                300)])),
        ("ODS-10", "import", "DKSEA01", "sea", "CN", [], "DK", "290378",
         "Chiller refrigerant R-1233zd(E), data-centre retrofit, CAS 306-83-2, drums 1 t, 6 pcs", "CN", 6000, 6, 39000,
         "USD",
         "CAS 306-83-2 is HCFC-123 (2,2-dichloro-1,1,1-trifluoroethane), phased out; R-1233zd(E) is CAS 102687-65-0",
         firm("Nordic Cooling Service ApS", "DK")),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "TR", [], "DE", "690740",
         "Kütahya-Fliesen, Reproduktion, handbemalt, mit Mörtelresten, 36 St.", "TR", 40, 36, 380, "EUR",
         "new reproduction tiles carry no mortar; 16th-century-style Iznik tiles with old mortar on the back are "
         "stripped from a building; Turkey bars their export", person("Herr M. Yilmaz", "DE")),
        ("CUL-02", "export", "ESAIR01", "express", "ES", [], "US", "930700",
         "Réplica decorativa de espada ibérica (falcata), hierro envejecido con tierra adherida, 1 pc", "ES", 1, 1, 90,
         "EUR",
         "replicas are bright or blued steel; a corroded iron falcata with soil still on it is from a looted Iberian "
         "necropolis (archaeological heritage, no export permit); Spanish wording",
         person("Mr D. Walker", "US")),
        ("CUL-03", "import", "NLAIR01", "air", "HK", [], "NL", "710399",
         "Jade carving, new, tube shape with square outer section, 2 pcs", "CN", 6, 2, 400, "USD",
         "a square-section jade tube is a cong, the Neolithic Liangzhu ritual form; 'new' carving with calcified "
         "surfaces, declared at 200 USD each, out of China without an export seal",
         firm("Oriental Arts Amsterdam BV", "NL")),
        ("CUL-04", "import", "ATAIR01", "air", "LB", [], "AT", "680292",
         "Decorative limestone relief نقش حجري للزينة, bust with inscription, 1 pc", "SY", 60, 1, 1200, "USD",
         "a limestone bust-relief with an inscription of Syrian origin is a Palmyrene funerary relief, with EU import "
         "banned without proof of export before 2011; repeat of a Palmyra family via Lebanon, English and Arabic "
         "wording", person("Privatperson", "AT")),
        ("CUL-05", "import", "PLROAD01", "road", "UA", [], "PL", "830610",
         "Dzwon z brązu, dekoracyjny, z napisem cyrylicą, ok. 120 kg, 1 szt.", "UA", 120, 1, 600, "EUR",
         "a 120 kg bronze bell with a Cyrillic dedication is a church bell; Ukraine forbids export of such cultural "
         "objects, and bells are stripped from war-damaged churches; Polish wording",
         firm("Antyki Lublin Sp. z o.o.", "PL")),
        ("CUL-06", "import", "FRAIR01", "post", "EG", [], "FR", "482390",
         "Marque-pages en papyrus, anciens, fragments écrits, 15 pcs", "EG", 0.2, 15, 60, "EUR",
         "tourist papyrus is new and painted; 'old written fragments' are ancient papyri, whose export Egypt forbids; "
         "French wording", person("Mme Claire Martin", "FR")),
        ("CUL-07", "import", "DEAIR01", "post", "EG", [], "DE", "711790",
         "Old stock beads and small amulets, faience, mixed lot, 1 kg", "SD", 1, None, 80, "USD",
         "faience amulets of Sudanese origin posted from Egypt: objects looted from Sudanese museums and sites in the "
         "war since 2023 reach the market through Egypt", person("Anna Schmidt", "DE")),
        ("CUL-08", "import", "ITAIR01", "air", "GE", [], "IT", "970191",
         "Dipinto ad olio su tela, scuola russa XIX secolo, decorativo, 1 pz", "UA", 8, 1, 900, "EUR",
         "a 19th-century oil of Ukrainian origin declared decorative, flown from Tbilisi: paintings removed from the "
         "Kherson museum in 2022 surfaced this way; 900 EUR is not a 19th-century oil's price; repeat of a Kherson family",
         person("Sig. M. Bianchi", "IT")),
        ("CUL-09", "export", "ITAIR01", "express", "IT", [], "CH", "711411",
         "Placche votive in argento sbalzato, cuori e arti, lotto 40 pz", "IT", 2, 40, 300, "EUR",
         "silver ex-votos are fixed on church walls; a lot of 40 old ones sold as silver at 150 EUR/kg is church "
         "property from a theft, exported without a certificate; Italian wording",
         {"importer_name": "Argenti Lugano SA", "importer_country": "CH"}),
        ("CUL-10", "import", "GBAIR01", "air", "SG", [], "GB", "830629",
         "Brass statue, Nataraja, new casting, antique finish, 1 pc", "IN", 48, 1, 700, "USD",
         "a 48 kg solid bronze Nataraja with 'antique finish' and Indian origin shipped from Singapore: Chola "
         "temple bronzes left India that way; new castings come from India directly with a maker's invoice",
         firm("Eastern Sculpture Gallery Ltd", "GB")),
    ],
    "strategic": [
        ("STR-01", "export", "BESEA01", "sea", "BE", ["LB"], "SY", "281390",
         "Lubricant additive raw material, yellow powder, P2S5, drums, 8 t", "BE", 8000, None, 14000, "EUR",
         "P2S5 is phosphorus pentasulphide (Australia Group precursor) under 'other sulphides of non-metals', to Syria "
         "via Beirut for a firm with no additive plant",
         {"importer_name": "Levant Petroleum Services", "importer_country": "SY"}),
        ("STR-02", "import", "LVROAD01", "road", "KZ", [], "LV", "441233",
         "Birch plywood, WBP, 18 mm, 1525 x 1525 mm, 22 m3", "KZ", 15000, None, 9500, "EUR",
         "1525 x 1525 birch plywood is the Russian/Belarusian format and Kazakhstan has no birch-plywood mill of note: "
         "sanctioned wood re-labelled KZ; a repeat family by a Baltic road",
         firm("Baltic Timber Import SIA", "LV")),
        ("STR-03", "export", "DESEA01", "sea", "DE", [], "KR", "281290",
         "Battery electrolyte raw material, SOCl2, 99.7 %, drums 250 kg, 20 pcs", "DE", 5000, 20, 15000, "EUR",
         "SOCl2 is thionyl chloride (CWC Schedule 3) under 'other halides'; to a trader, not a lithium-thionyl "
         "chloride cell maker, without a licence; repeat substance", {"importer_name": "Hanyang Chem Trading Co", "importer_country": "KR"}),
        ("STR-04", "export", "ITSEA01", "sea", "IT", [], "AM", "846599",
         "Fresatrice per legno CNC a 5 assi, mandrino 24.000 giri, precisione 3 µm, 1 pz", "IT", 9000, 1, 310000,
         "EUR",
         "a woodworking router does not hold 3 µm; a 5-axis machine at 310,000 EUR to Armenia, a route to Russia for "
         "machine tools; Italian wording", {"importer_name": "Yerevan Furniture Tech LLC", "importer_country": "AM"}),
        ("STR-05", "export", "ATROAD01", "road", "AT", ["HU", "RO", "BG"], "TR", "851419",
         "Keramik-Brennofen, Vakuum, 2000 °C, Argon-Druck 200 bar, 1 St.", "AT", 7000, 1, 480000, "EUR",
         "a kiln with vacuum, 2,000 °C and 200 bar of argon is a hot isostatic press (2B004), sold to a Turkish "
         "trader with Iran as the known end; German wording",
         {"importer_name": "Anadolu Seramik Makina Ltd", "importer_country": "TR"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "AE", "841199",
         "Industrial gas turbine parts, high-pressure turbine blades, used serviceable, 120 pcs", "FR", 60, 120, 240000,
         "EUR",
         "'industrial' turbine blades with aviation serviceable tags are aero-engine parts; Dubai traders forward "
         "them to Russian airlines (Annex XI ban)",
         {"importer_name": "Gulf Aero Spares FZE", "importer_country": "AE"}),
        ("STR-07", "export", "PLAIR01", "air", "PL", [], "KZ", "852550",
         "Hobby radio transmitters 5.8 GHz, video, 2.5 W, 800 pcs", "PL", 80, 800, 32000, "EUR",
         "2.5 W 5.8 GHz video transmitters in 800 units are FPV-drone components (common high-priority list); a "
         "hobby shop in Almaty does not buy 800; repeat of an FPV family by air from Poland",
         {"importer_name": "Almaty Hobby Electronics TOO", "importer_country": "KZ",
          "_more_items": [item("852589", "FPV cameras 1200TVL, micro, for hobby use, 800 pcs", "CN", 20, 9600, "EUR", 800)]}),
        ("STR-08", "export", "NLSEA01", "sea", "NL", ["TR"], "IR", "850511",
         "Loudspeaker magnets, NdFeB, ring type, 80 mm OD, 1,500 pcs", "NL", 1800, 1500, 95000, "EUR",
         "loudspeakers use ferrite or small neodymium discs; large NdFeB rings are the centrifuge-motor type "
         "(Iran sanctions list), at 63 EUR a piece through Türkiye",
         {"importer_name": "Tabriz Audio Components", "importer_country": "IR"}),
        ("STR-09", "export", "GBSEA01", "sea", "GB", ["AE"], "PK", "810199",
         "Golf club head weights, tungsten alloy 95 %, machined, 3,000 kg", "GB", 3000, None, 180000, "GBP",
         "3 t of 95 % tungsten heavy alloy, machined, is far beyond any golf maker's need, and the alloy (1C226 "
         "forms) goes to Pakistan via Dubai", {"importer_name": "Karachi Sports Goods", "importer_country": "PK"}),
        ("STR-10", "export", "DEAIR01", "air", "DE", [], "AE", "382219",
         "NMR-Lösungsmittel D2O 99,9 %, Kanister 25 kg, 12 St.", "DE", 300, 12, 190000, "EUR",
         "NMR solvents come in ampoules of grams; 300 kg of heavy water (0C004 territory) to a Dubai trader is bulk "
         "moderator material; German wording", {"importer_name": "Emirates Lab Supply FZE", "importer_country": "AE"}),
    ],
    "wildlife": [
        ("WLD-01", "import", "ESSEA01", "sea", "EC", [], "ES", "030445",
         "Filetes de pez espada congelados, sin piel, 18 t", "EC", 18000, None, 90000, "USD",
         "the 'swordfish' loins are shortfin mako (CITES App. II since 2019) with no permit; swordfish fillets carry "
         "skin marks and cost 8-10 USD/kg, mako 5; Spanish wording", firm("Pescados Vigo Norte SL", "ES")),
        ("WLD-02", "import", "FRAIR01", "post", "PH", [], "FR", "050800",
         "Coquillages décoratifs, nacre, spirale, 20 pcs", "PH", 3, 20, 60, "USD",
         "pearly spiral shells from the Philippines are chambered nautilus (CITES App. II since 2017); 20 whole shells "
         "by post with no permit; French wording", person("Sophie Bernard", "FR")),
        ("WLD-03", "import", "NLSEA01", "sea", "CO", [], "NL", "440729",
         "Ironwood blocks for ship pulleys, sawn, 4 m3", "CO", 5200, None, 26000, "USD",
         "ironwood for pulley sheaves is lignum vitae (Guaiacum, CITES App. II); Colombia's Bulnesia and Guaiacum "
         "both need permits and 1,300 kg/m3 is their density", firm("Maritiem Hout BV", "NL")),
        ("WLD-04", "import", "DEAIR01", "express", "VN", [], "DE", "051199",
         "Getrocknete Eidechsen 干蛤蚧, traditionelle Medizin, Paare auf Bambus, 200 St.", "VN", 10, 200, 800, "USD",
         "dried lizards sold in pairs on bamboo are tokay geckos (CITES App. II since 2019) with no permit; the "
         "Chinese name 蛤蚧 is the gecko's own; German and Chinese wording", person("Herr T. Nguyen", "DE")),
        ("WLD-05", "import", "BEAIR01", "air", "GH", [], "BE", "010690",
         "Live invertebrates, feeder insects, 600 pcs", "GH", 30, 600, 900, "USD",
         "feeder insects are crickets and locusts in thousands; 600 'invertebrates' from Ghana at 1.5 USD are "
         "wild-caught emperor scorpions (Pandinus imperator, CITES App. II)", firm("Exo Feed BV", "BE")),
        ("WLD-06", "import", "ESAIR01", "post", "MX", [], "ES", "670100",
         "Amuletos artesanales 'chuparrosa', con plumas, 30 pcs", "MX", 0.3, 30, 90, "USD",
         "a chuparrosa love charm is a dried hummingbird (Trochilidae, CITES App. II) wrapped in thread; Spanish "
         "wording", person("Sr. J. García", "ES")),
        ("WLD-07", "import", "DEAIR01", "air", "CO", [], "DE", "030111",
         "Zierfische lebend, Welse und Rochen, Nachzucht, 150 St.", "CO", 60, 150, 4500, "USD",
         "Potamotrygon freshwater stingrays from Colombia (CITES App. III for Colombia) need an export permit; "
         "'Nachzucht' (captive-bred) from a country that ships wild fish; German wording",
         firm("Aquaristik Großhandel Rhein GmbH", "DE")),
        ("WLD-08", "import", "ITAIR01", "air", "BO", ["BR"], "IT", "410799",
         "Pelle di vitello stampata cocco, finita, 300 pz", "BO", 450, 300, 42000, "USD",
         "calf leather embossed to look like crocodile sells at 30-40 USD a hide; 140 USD a piece from Bolivia is real "
         "caiman (Caiman yacare, CITES App. II) without a permit; Italian wording",
         firm("Conceria Arno Srl", "IT")),
        ("WLD-09", "import", "GBAIR01", "post", "ZW", [], "GB", "711790",
         "Bracelets, black fibre, handmade, 50 pcs", "ZW", 0.2, 50, 150, "USD",
         "black 'fibre' bracelets from Zimbabwe are elephant-hair (Loxodonta, CITES App. I/II) souvenirs; a "
         "repeat substance by post", person("Mrs S. Patel", "GB")),
        ("WLD-10", "import", "FRAIR01", "air", "KE", [], "FR", "330129",
         "Huile essentielle de bois de santal d'Afrique, 20 kg", "KE", 20, 1, 11000, "USD",
         "East African sandalwood oil is from Osyris lanceolata (CITES App. II, Kenya and Tanzania), with no permit; "
         "French wording", firm("Parfums de Grasse Essences SARL", "FR")),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FIROAD01", "road", "SE", "FI", "360360",
     "Electronic detonators, programmable, 6 m leg wires, for an open-pit mine, 4,000 pcs", "SE", 320, 4000, 84000, "EUR",
     [("PRECURSOR_LICENCE", "FI-TUKES-32-0041")], "electronic detonators with their transfer licence to a mine"),
    ("PRM-02", "precursors", "import", "DEROAD01", "road", "NL", "DE", "280800",
     "Nitric acid 65 %, technical, IBC 1,000 l, for a stainless-steel pickling line, 12 pcs", "NL", 16800, 12, 7400, "EUR",
     [("PRECURSOR_LICENCE", "DE-BKA-32-0187")], "concentrated nitric acid to a steel works under licence"),
    ("PRM-03", "waste", "export", "NLSEA01", "sea", "NL", "SE", "850760",
     "End-of-life lithium-ion EV battery packs, for recycling, UN 3480 packed, 36 pcs", "NL", 13000, 36, 0, "EUR",
     [("BASEL_CONSENT", "NL-ILT-32-0266")], "notified battery packs to a licensed recycler"),
    ("PRM-04", "waste", "export", "BESEA01", "sea", "BE", "NO", "382590",
     "Spent bleaching earth, oil 25 %, for energy recovery in a cement kiln, 22 t", "BE", 22000, None, 0, "EUR",
     [("BASEL_CONSENT", "BE-OVAM-32-0115")], "notified spent bleaching earth to a kiln"),
    ("PRM-05", "ozone", "import", "PTSEA01", "sea", "US", "PT", "290345",
     "HFC-134a, refillable cylinders 61 kg, for pharmaceutical MDI filling, 80 pcs", "US", 4880, 80, 52000, "USD",
     [("FGAS_QUOTA", "PT-APA-FG-32-0019")], "HFC-134a within the importer's quota to an inhaler filler"),
    ("PRM-06", "ozone", "export", "DESEA01", "sea", "DE", "US", "290371",
     "Recovered HCFC-22 for destruction at a licensed plant, 30 cylinders", "DE", 1200, 30, 0, "EUR",
     [("ODS_LICENCE", "DE-UBA-ODS-32-0072")], "recovered R-22 exported for destruction under licence"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970610",
     "Faïences d'Iznik, deux carreaux XVIe siècle, collection française depuis 1890, 2 pcs", "TR", 6, 2, 48000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-32-0033")], "old-collection Iznik tiles with their export certificate"),
    ("PRM-08", "cultural", "export", "ITAIR01", "air", "IT", "GB", "970121",
     "Dipinto ad olio su tavola, scuola toscana XV secolo, 1 pz", "IT", 14, 1, 210000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "IT-MIC-32-0458")], "an Italian panel painting with its export licence"),
    ("PRM-09", "strategic", "export", "ATROAD01", "road", "AT", "CH", "851411",
     "Hot isostatic press, 2,000 °C, 200 MPa argon, for an aerospace casting plant, 1 pc", "AT", 32000, 1, 2100000,
     "EUR", [("EXPORT_LICENCE", "AT-BMAW-32-0091"), ("END_USER_CERTIFICATE", "CH-SECO-EUC-32-0017")],
     "2B004 press under licence to a Swiss caster"),
    ("PRM-10", "strategic", "export", "DESEA01", "sea", "DE", "JP", "281217",
     "Thionyl chloride 99.7 %, drums, for a lithium primary-cell maker, 12 t", "DE", 12000, 48, 30000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-32-0312"), ("END_USER_CERTIFICATE", "JP-METI-EUC-32-0066")],
     "CWC Schedule 3 chemical under licence to a cell maker"),
    ("PRM-11", "wildlife", "import", "ESSEA01", "sea", "PE", "ES", "440729",
     "Cedrela odorata sawn wood, managed forest, 10 m3", "PE", 5000, None, 14000, "USD",
     [("CITES_PERMIT", "PE-SERFOR-32-0219")], "App. II cedar with its export permit"),
    ("PRM-12", "wildlife", "import", "FRAIR01", "air", "MG", "FR", "060290",
     "Nursery-propagated Aloe and Euphorbia, potted, 600 pcs", "MG", 700, 600, 4100, "EUR",
     [("CITES_PERMIT", "MG-CITES-32-00113")], "propagated App. II succulents with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Kittilä Mine Oy", "PRM-02": "Edelstahlwerk Siegen GmbH", "PRM-05": "Inhala Farma Lda",
    "PRM-07": "Mr R. Castellano", "PRM-08": "Mrs H. Ashworth", "PRM-09": "Helvetia Precision Castings AG",
    "PRM-10": "Kansai Cell Energy KK", "PRM-11": "Carpintería Naval del Cantábrico SL",
    "PRM-12": "Pépinière des Succulentes SARL",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (35 rows)
    ("390120", "HDPE blow-moulding grade, prime, MFI 0.3, 25 kg bags", "import", ["sea"], ["SA", "KR"], (1.1, 1.4), (20000, 24000), ["USD"], None, S),
    ("390220", "Polyisobutylene, prime, for lubricant additives", "import", ["sea"], ["US", "SG"], (1.8, 2.6), (15000, 20000), ["USD"], None, S),
    ("391723", "PVC pressure pipes, new, 6 m lengths", "export", ["road"], ["CH", "RS"], (1.6, 2.4), (10000, 18000), ["EUR"], None, S),
    ("391530", "Clean PVC window-profile offcuts, single polymer, post-industrial", "export", ["road"], ["CH", "NO"], (0.3, 0.45), (14000, 20000), ["EUR"], None, S),
    ("740311", "Copper cathodes, grade A, LME brand", "import", ["sea"], ["CL", "ZM"], (8.0, 9.5), (20000, 25000), ["USD"], None, S),
    ("847150", "Refurbished rack servers, wiped, tested, with warranty", "import", ["air", "road"], ["US", "GB"], (20, 40), (300, 1500), ["USD", "GBP"], 0.05, S),
    ("852871", "Refurbished set-top boxes, tested, boxed", "import", ["road"], ["GB", "CH"], (8, 14), (2000, 5000), ["GBP", "EUR"], 0.6, S),
    ("850710", "New lead-acid starter batteries 12 V, filled", "import", ["sea", "road"], ["TR", "KR"], (2.2, 3.0), (12000, 20000), ["USD", "EUR"], 0.06, S),
    ("250810", "Bentonite, sodium-activated, for drilling mud", "import", ["sea"], ["TR", "IN"], (0.15, 0.3), (22000, 26000), ["USD"], None, S),
    ("310100", "Pelleted chicken-manure fertiliser, registered, bagged", "export", ["road"], ["CH", "NO"], (0.25, 0.4), (15000, 22000), ["EUR"], None, S),
    ("844332", "New laser printers, office", "import", ["sea"], ["CN", "VN"], (12, 18), (5000, 10000), ["USD"], 0.06, S),
    ("853952", "LED tubes T8, new, replacing fluorescent", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 4, S),
    ("320890", "Industrial coatings, sealed cans, new stock", "export", ["sea", "road"], ["MA", "CH"], (4, 7), (8000, 16000), ["EUR"], None, S),
    ("310240", "Calcium ammonium nitrate 27 % N, to an agricultural cooperative", "import", ["sea"], ["NO", "LT"], (0.3, 0.42), (22000, 26000), ["EUR"], None, S),
    ("310250", "Sodium nitrate, Chilean, fertiliser grade", "import", ["sea"], ["CL"], (0.5, 0.7), (20000, 24000), ["USD"], None, S),
    ("282739", "Calcium chloride flakes 77 %, de-icing", "import", ["sea", "road"], ["DE", "TR"], (0.18, 0.3), (20000, 24000), ["EUR", "USD"], None, S),
    ("310210", "Urea de-icer granules, 25 kg bags, for airports", "import", ["road"], ["DE", "PL"], (0.4, 0.6), (15000, 22000), ["EUR"], None, S),
    ("380894", "Hydrogen peroxide 7.9 % pool oxygen, liquid, 20 l cans", "import", ["road"], ["DE", "FR"], (0.8, 1.3), (6000, 12000), ["EUR"], None, S),
    ("330610", "Whitening toothpaste, 0.1 % peroxide, retail tubes", "import", ["post", "express"], ["GB", "US"], (20, 35), (1, 3), ["GBP", "USD"], 10, S),
    ("381090", "Ferric chloride PCB etchant, 500 ml", "import", ["post"], ["GB", "CN"], (8, 15), (1, 4), ["GBP", "USD"], 1.5, S),
    ("382499", "Hydroponic pH-down, phosphoric acid 25 %, 1 l", "import", ["post"], ["GB", "NL"], (5, 10), (1, 6), ["GBP", "EUR"], 1, S),
    ("381190", "Glow-plug model fuel, 10 % nitromethane, 1 l bottles", "import", ["post"], ["GB", "US"], (8, 14), (2, 8), ["GBP", "USD"], 1, S),
    ("760320", "Aluminium paste for aerated concrete, 65 % solids, drums", "import", ["sea"], ["CN", "DE"], (3, 4.5), (8000, 16000), ["USD", "EUR"], None, S),
    ("281121", "Carbon dioxide R-744, refrigeration grade, refillable 37 kg cylinders", "import", ["road"], ["DE", "NL"], (2, 4), (2000, 6000), ["EUR"], 0.027, S),
    ("290359", "HFO-1233zd(E) chiller refrigerant, drums", "import", ["sea"], ["US", "CN"], (15, 25), (4000, 10000), ["USD"], None, S),
    ("841850", "Refrigerated display cases, R-290 plug-in, new", "import", ["sea", "road"], ["TR", "IT"], (5, 8), (6000, 12000), ["EUR", "USD"], 0.007, S),
    ("382219", "NMR deuterated chloroform, 10 x 10 ml ampoules", "import", ["express"], ["US", "CH"], (800, 1500), (1, 2), ["USD", "EUR"], 5, S),
    ("381400", "Hydrofluoroether HFE-7100 precision-cleaning fluid", "import", ["air", "sea"], ["US", "BE"], (35, 55), (200, 1200), ["USD", "EUR"], None, S),
    ("690740", "Kütahya-style reproduction tiles, new, boxed, maker's invoice", "import", ["sea"], ["TR"], (3, 6), (4000, 9000), ["EUR", "USD"], 20, S),
    ("930700", "Stainless-steel decorative sword replicas, Toledo-made", "export", ["express"], ["US", "GB"], (60, 120), (1, 4), ["EUR"], 0.6, S),
    ("830629", "Brass Nataraja statuettes, new castings, 30 cm, maker's invoice", "import", ["sea"], ["IN"], (8, 14), (1000, 3000), ["USD"], 0.3, S),
    ("482390", "Painted souvenir papyrus, new, tourist prints", "import", ["post"], ["EG"], (20, 40), (1, 3), ["EUR", "USD"], 20, S),
    ("411410", "Embossed croc-print calf leather, finished", "import", ["sea", "air"], ["IT", "IN"], (25, 40), (300, 2000), ["EUR", "USD"], None, S),
    ("030445", "Frozen swordfish loins, skin-on", "import", ["sea"], ["LK", "EC"], (8, 11), (12000, 18000), ["USD"], None, S),
    ("030111", "Ornamental freshwater fish, farmed neon tetras and guppies", "import", ["air"], ["SG", "CZ"], (30, 60), (50, 300), ["USD", "EUR"], None, S),
    ("010690", "Farmed feeder crickets, live", "import", ["road"], ["NL", "DE"], (10, 18), (50, 300), ["EUR"], None, S),
    ("050800", "Cleaned cowrie and scallop shells, craft supply", "import", ["post"], ["PH", "ID"], (6, 12), (1, 5), ["USD"], 20, S),
    ("440799", "Sawn oak, European, kiln-dried, FSC", "import", ["road"], ["HR", "PL"], (0.8, 1.2), (18000, 24000), ["EUR"], None, S),
    ("330129", "Indian sandalwood oil, plantation Santalum album, certificate of origin", "import", ["air"], ["AU"], (1800, 2600), (5, 40), ["AUD", "USD"], None, S),
    # everyday trade
    ("080521", "Mandarins and clementines, fresh", "import", ["sea", "road"], ["MA", "TR"], (0.7, 1.1), (18000, 22000), ["EUR", "USD"], None, N),
    ("080390", "Bananas, fresh", "import", ["sea"], ["EC", "CR", "CO"], (0.6, 0.85), (20000, 24000), ["USD"], None, N),
    ("070200", "Tomatoes, fresh", "import", ["road"], ["MA", "TR"], (0.9, 1.5), (15000, 20000), ["EUR"], None, N),
    ("070960", "Sweet peppers, fresh", "import", ["road", "sea"], ["MA", "IL"], (1.2, 2.0), (15000, 20000), ["EUR", "USD"], None, N),
    ("080440", "Avocados, Hass", "import", ["sea"], ["PE", "KE", "CL"], (1.8, 2.8), (18000, 22000), ["USD"], None, N),
    ("081010", "Strawberries, fresh", "import", ["air", "road"], ["EG", "MA"], (2.5, 4.5), (5000, 12000), ["EUR", "USD"], None, N),
    ("100630", "Basmati rice, milled", "import", ["sea"], ["IN", "PK"], (0.9, 1.3), (20000, 25000), ["USD"], None, N),
    ("071340", "Lentils, red, split", "import", ["sea"], ["CA", "AU"], (0.7, 1.0), (20000, 25000), ["USD"], None, N),
    ("110812", "Maize starch", "export", ["road", "sea"], ["CH", "MA"], (0.45, 0.65), (20000, 24000), ["EUR"], None, N),
    ("090111", "Green coffee, arabica", "import", ["sea"], ["BR", "ET", "HN"], (4.5, 7.0), (18000, 21000), ["USD"], None, N),
    ("180100", "Cocoa beans", "import", ["sea"], ["CI", "GH", "EC"], (6, 9), (20000, 25000), ["USD"], None, N),
    ("090421", "Dried chilli peppers", "import", ["sea"], ["IN", "CN"], (2, 3.5), (10000, 16000), ["USD"], None, N),
    ("080211", "Almonds in shell", "import", ["sea"], ["US"], (3.5, 5), (18000, 20000), ["USD"], None, N),
    ("080251", "Pistachios in shell", "import", ["sea"], ["US", "TR"], (7, 10), (15000, 19000), ["USD"], None, N),
    ("150920", "Extra virgin olive oil, bulk flexitank", "export", ["sea"], ["US", "JP"], (6, 9), (18000, 22000), ["EUR"], None, N),
    ("160232", "Canned chicken meat", "import", ["sea"], ["TH", "BR"], (4, 6), (15000, 20000), ["USD"], 4, N),
    ("030617", "Frozen shrimp, vannamei, farmed", "import", ["sea"], ["EC", "IN", "VN"], (6, 9), (15000, 20000), ["USD"], None, N),
    ("040210", "Skimmed milk powder, 25 kg bags", "export", ["sea"], ["DZ", "SN", "ID"], (2.4, 3.2), (20000, 25000), ["EUR"], None, N),
    ("220421", "Wine, red, bottled", "export", ["sea", "road"], ["US", "CH", "CN"], (3, 8), (10000, 18000), ["EUR"], 1.3, N),
    ("220300", "Beer, canned", "export", ["sea", "road"], ["US", "GB"], (0.9, 1.4), (18000, 22000), ["EUR"], 2, N),
    ("210690", "Food supplements, vitamin gummies", "import", ["post", "express"], ["US", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 4, N),
    ("090240", "Black tea, loose-leaf, retail tins", "import", ["post"], ["LK", "IN", "GB"], (30, 60), (1, 3), ["USD", "GBP"], 4, N),
    ("200819", "Mixed nuts, roasted, retail packs", "import", ["sea"], ["US", "TR"], (6, 9), (8000, 14000), ["USD", "EUR"], 5, N),
    ("330510", "Shampoo, retail bottles", "import", ["road"], ["PL", "DE"], (2, 3.5), (10000, 18000), ["EUR"], 3, N),
    ("330410", "Lipsticks", "import", ["express", "post"], ["KR", "FR", "US"], (150, 300), (1, 2), ["USD", "EUR"], 40, N),
    ("340111", "Toilet soap, bars", "import", ["sea"], ["TR", "ID"], (1.5, 2.5), (12000, 18000), ["USD"], 8, N),
    ("392321", "Polyethylene carrier bags, new", "import", ["sea"], ["MY", "VN"], (1.6, 2.4), (10000, 16000), ["USD"], 80, N),
    ("401110", "New car tyres, radial", "import", ["sea"], ["CN", "TH", "KR"], (2.5, 4), (12000, 18000), ["USD"], 0.1, N),
    ("420292", "Backpacks, polyester", "import", ["sea"], ["CN", "VN"], (6, 10), (4000, 9000), ["USD"], 1.5, N),
    ("490199", "Printed books, paperback", "import", ["post"], ["GB", "US"], (15, 30), (1, 4), ["GBP", "USD"], 2, N),
    ("481920", "Folding cartons, printed", "import", ["road"], ["PL", "CZ"], (1.2, 1.8), (8000, 14000), ["EUR"], None, N),
    ("520812", "Cotton woven fabric, unbleached", "import", ["sea"], ["PK", "IN"], (3, 5), (12000, 18000), ["USD"], None, N),
    ("611020", "Cotton sweaters, knitted", "import", ["sea"], ["BD", "TR"], (9, 14), (4000, 8000), ["USD"], 2.5, N),
    ("620462", "Women's trousers, cotton denim", "import", ["sea"], ["BD", "PK", "TN"], (9, 14), (5000, 10000), ["USD", "EUR"], 1.8, N),
    ("611595", "Cotton socks", "import", ["post"], ["TR", "PT"], (20, 40), (1, 3), ["EUR"], 15, N),
    ("640411", "Sports shoes, textile uppers", "import", ["sea"], ["VN", "ID"], (15, 25), (5000, 10000), ["USD"], 1, N),
    ("640419", "Sneakers, textile uppers", "import", ["express"], ["GB", "US"], (60, 110), (1, 3), ["GBP", "USD"], 1, N),
    ("691110", "Porcelain tableware sets", "import", ["sea"], ["CN", "TH"], (2.5, 4), (8000, 14000), ["USD"], 1, N),
    ("700992", "Framed mirrors", "import", ["road", "sea"], ["TR", "PL"], (2.5, 4), (6000, 12000), ["EUR"], 0.3, N),
    ("721420", "Reinforcing bars, steel", "import", ["sea"], ["TR", "EG"], (0.55, 0.7), (22000, 26000), ["USD"], None, N),
    ("731815", "Steel bolts and screws", "import", ["sea"], ["TW", "CN"], (2, 3.5), (12000, 20000), ["USD"], None, N),
    ("761010", "Aluminium windows and doors, frames", "export", ["road"], ["CH", "NO"], (7, 11), (4000, 10000), ["EUR"], 0.05, N),
    ("820411", "Hand spanners and wrenches", "import", ["sea"], ["TW", "CN"], (4, 7), (4000, 9000), ["USD"], 3, N),
    ("841810", "Fridge-freezers, R-600a, household", "import", ["sea"], ["TR", "CN"], (3, 5), (10000, 16000), ["EUR", "USD"], 0.015, N),
    ("842211", "Dishwashers, household", "import", ["sea", "road"], ["TR", "PL"], (4, 6), (10000, 16000), ["EUR"], 0.02, N),
    ("847130", "Laptops, new, boxed", "import", ["air"], ["CN", "TW"], (60, 110), (500, 3000), ["USD"], 0.4, N),
    ("851660", "Electric ovens and hobs, household", "import", ["sea", "road"], ["TR", "PL"], (4, 7), (8000, 14000), ["EUR"], 0.03, N),
    ("851830", "Headphones, wireless", "import", ["express"], ["CN", "US"], (80, 150), (1, 2), ["USD"], 4, N),
    ("854442", "Insulated electric cables with connectors", "import", ["sea"], ["CN", "MA"], (6, 10), (5000, 12000), ["USD", "EUR"], None, N),
    ("870380", "Electric passenger cars, new", "import", ["sea"], ["CN", "KR"], (14, 20), (15000, 25000), ["USD", "EUR"], 0.0005, N),
    ("871150", "Motorcycles, over 800 cc, new", "import", ["sea"], ["JP", "TH"], (40, 60), (4000, 9000), ["USD"], 0.004, N),
    ("871410", "Motorcycle spare parts", "import", ["post", "express"], ["JP", "US"], (30, 60), (1, 5), ["USD"], 1, N),
    ("900410", "Sunglasses", "import", ["express"], ["IT", "CN"], (200, 500), (1, 2), ["EUR", "USD"], 20, N),
    ("910211", "Wrist watches, quartz, analogue", "import", ["post"], ["CH", "JP", "HK"], (500, 1500), (1, 2), ["CHF", "USD"], 8, N),
    ("940350", "Bedroom furniture, wooden", "import", ["sea", "road"], ["VN", "PL"], (2.5, 4), (8000, 14000), ["USD", "EUR"], 0.03, N),
    ("940542", "LED light fittings", "import", ["sea"], ["CN"], (6, 10), (4000, 9000), ["USD"], 0.5, N),
    ("950450", "Video game consoles", "import", ["air", "sea"], ["CN", "JP"], (80, 130), (1000, 4000), ["USD"], 0.3, N),
    ("950662", "Inflatable balls, footballs", "import", ["sea"], ["PK", "CN"], (5, 8), (3000, 7000), ["USD"], 2.5, N),
    ("950691", "Fitness equipment, treadmills", "import", ["sea"], ["CN", "TW"], (3, 5), (8000, 14000), ["USD"], 0.015, N),
    ("960810", "Ball-point pens", "import", ["sea"], ["CN", "IN"], (5, 9), (2000, 5000), ["USD"], 100, N),
    ("961900", "Baby diapers", "import", ["road"], ["PL", "CZ"], (2, 3), (8000, 14000), ["EUR"], 30, N),
    ("392410", "Silicone baking moulds", "import", ["post"], ["CN"], (15, 30), (1, 3), ["USD"], 5, N),
    ("732111", "Gas cookers, household", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 14000), ["USD", "EUR"], 0.03, N),
    ("847982", "Kitchen blenders, commercial", "import", ["sea"], ["CN"], (8, 12), (3000, 7000), ["USD"], 0.25, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind35", 20320101, HERE)


if __name__ == "__main__":
    main()
