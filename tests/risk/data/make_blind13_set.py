#!/usr/bin/env python3
"""Writes the thirteenth blind set (tests/risk/data/blind13-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated May - June 2028, with goods, routes, languages and
disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed before the round-fourteen profile changes were measured
on it. Same row layout and expansion as make_blind_set.py, whose functions it reuses,
and the same extras as make_blind5_set.py: a disguised row's extra header fields may
carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving goods by post or express, named companies
on part of the commercial shipments, drawn with a separate seeded generator); disguised
rows carry one only where a real declaration would. Ids are BL13-*:

    python3 tests/risk/data/make_blind13_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2028, 5, 1)
base.DAYS = 61  # 1 May to 30 June 2028
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item


# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "DEPOST01", "post", "TR", [], "DE", "280800",
         "Goldprüfsäure für Schmuckankauf, Salpetersäure 68 %, Kanister 5 l, 10 St.", "TR", 70, 10, 140, "EUR",
         "gold-testing acid is sold in 10-30 ml dropper bottles; 50 l of 68 % nitric acid (Annex I, limit 3 %) by "
         "post to a private address is a bulk oxidiser, not a jeweller's test kit; German wording",
         person("Privatperson", "DE")),
        ("PRE-02", "import", "ESAIR01", "express", "IN", [], "ES", "282990",
         "Aditivo para fundente de soldadura, perclorato de potasio KClO4 99 %, polvo fino, 2 x 25 kg", "IN", 50, 2,
         260, "USD",
         "no solder flux contains potassium perchlorate; 50 kg of fine KClO4 (Annex I) by express to a private "
         "person is a pyrotechnic oxidiser; Spanish wording",
         person("Sr. A. Romero", "ES")),
        ("PRE-03", "import", "ITAIR01", "express", "CN", [], "IT", "284700",
         "Ricarica gel sbiancante denti, perossido di idrogeno 50 %, taniche 25 l, 4 pz.", "CN", 110, 4, 240, "USD",
         "tooth-whitening products are limited to 6 % peroxide and sold in syringes; 100 l of 50 % hydrogen "
         "peroxide (Annex I, limit 12 %) to a private address; Italian wording",
         person("Privato", "IT")),
        ("PRE-04", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "310230",
         "Środek do odladzania dróg, saletra amonowa granulowana 34,4 % N, big-bag 1 t, 60 t", "KZ", 60000, 60,
         19800, "USD",
         "a road de-icer with 34.4 % N is ammonium nitrate (Annex I): de-icers are chlorides, urea or acetates, and it "
         "is bought by a small trading firm in June; Polish wording",
         firm("Zimowe Drogi Handel Sp. z o.o.", "PL")),
        ("PRE-05", "import", "BEAIR01", "air", "CN", [], "BE", "870895",
         "Initiateurs pour modules d'airbag, charge de base PETN 0,8 g, fils 2 m, 2 000 pcs", "CN", 60, 2000, 1900,
         "USD",
         "airbag initiators carry a few tens of mg of zirconium-potassium perchlorate, never a PETN base charge with "
         "2 m leg wires: these are electric detonators sold to a car-parts trader; French wording",
         firm("Auto Pièces Meuse SPRL", "BE")),
        ("PRE-06", "import", "NLPOST01", "post", "CN", [], "NL", "760310",
         "Aluminiumpigment 'donker vlok', Duits zwart, 5 µm, niet gecoat, 4 x 5 kg", "CN", 20, 4, 180, "USD",
         "uncoated dark flake ('German black') aluminium is the pyrotechnic flash-powder grade (Annex II), not a paint "
         "pigment, and comes by post to a private person; Dutch wording",
         person("M. Bakker", "NL")),
        ("PRE-07", "import", "ATROAD01", "road", "RS", [], "AT", "293369",
         "Hexamethylentetramin (Urotropin) Pulver, für Brennstofftabletten, 20 x 25 kg", "RS", 500, 20, 900, "EUR",
         "hexamine (Annex II) as loose powder 'for fuel tablets' to a private person who makes no tablets: camping "
         "tablets are sold pressed; with nitric acid it is an explosive precursor; German wording",
         person("Herr M. Leitner", "AT")),
        ("PRE-08", "import", "PTAIR01", "express", "BR", [], "PT", "291411",
         "Removedor de verniz de unhas, acetona pura, galões 20 l, 10 un.", "BR", 160, 10, 210, "EUR",
         "200 l of pure acetone as 'nail-polish remover' with a second item of 35 % hydrogen peroxide 'hair "
         "lightener', both to one private person: the two TATP precursors together; Portuguese wording",
         dict(person("João M. Carvalho", "PT"),
              _more_items=[item("284700", "Água oxigenada 35 % para descoloração de cabelo, galões 5 l, 20 un.", "BR",
                                115, 180, "EUR", 20)])),
        ("PRE-09", "export", "SESEA01", "sea", "SE", [], "TZ", "560749",
         "Polyester core rope 5 mm, white, core loading 10 g/m, reels 500 m, 40 reels", "SE", 380, 40, 14600, "EUR",
         "a 5 mm 'rope' with a core loading in g/m at 0.73 EUR/m is detonating cord (PETN core) declared as rope, "
         "to a general trader near the mines; English wording",
         {"importer_name": "Mwanza General Supplies Ltd", "importer_country": "TZ"}),
        ("PRE-10", "transit", "ROSEA01", "sea", "CN", ["RO"], "MD", "250100",
         "工业盐，粒状，硝酸铵 NH4NO3 含氮 34.5%，吨袋，25 吨", "CN", 25000, 25, 7200, "USD",
         "'industrial salt' whose own description gives NH4NO3 at 34.5 % N: ammonium nitrate (Annex I) in transit "
         "through Constanța to Moldova under the salt heading; Chinese wording",
         {"importer_name": "Agro-Sare Trans SRL", "importer_country": "MD"}),
    ],
    "waste": [
        ("WST-01", "export", "NLSEA01", "sea", "NL", [], "IN", "250490",
         "Graphite powder, recycled, containing Ni-Co-Mn oxides ca. 30 %, from battery shredding, 20 t", "NL", 20000,
         None, 16000, "EUR",
         "graphite with nickel-cobalt-manganese oxides from battery shredding is black mass, hazardous battery waste "
         "whose export to India needs notification; declared as natural graphite",
         {"importer_name": "Gujarat Battery Metals Pvt Ltd", "importer_country": "IN"}),
        ("WST-02", "export", "ESSEA01", "sea", "ES", [], "GH", "401220",
         "Carcasas de neumáticos usados para recauchutar, medidas mixtas, desgastados hasta la lona, 24 t", "ES",
         24000, 2600, 480, "EUR",
         "casings 'worn to the cords' cannot be retreaded; mixed worn tyres at 0.18 EUR each are end-of-life tyre "
         "waste sent to Ghana; Spanish wording",
         {"importer_name": "Kumasi Tyre Dealers", "importer_country": "GH"}),
        ("WST-03", "export", "DEROAD01", "road", "DE", ["HR"], "BA", "780200",
         "Bleischrott, Batteriegitter und Platten, nass, in offenen Kisten, 20 t", "DE", 20000, None, 6000, "EUR",
         "'wet' battery grids and plates are broken lead-acid batteries still carrying acid (A1160, hazardous), "
         "not lead scrap, at 0.30 EUR/kg; German wording",
         {"importer_name": "Olovo Reciklaža d.o.o.", "importer_country": "BA"}),
        ("WST-04", "export", "GRSEA01", "sea", "GR", [], "LY", "271019",
         "Ανακτημένο μαζούτ, slops MARPOL Annex I, περιεκτικότητα νερού 35 %, 800 t", "GR", 800000, None, 16000,
         "USD",
         "ship slops with 35 % water are waste oil (Y8/Y9), not a fuel oil, and at 0.02 USD/kg are paid to be "
         "removed; exported to Libya; Greek wording",
         {"importer_name": "Misrata Petroleum Services", "importer_country": "LY"}),
        ("WST-05", "export", "NLAIR01", "air", "NL", [], "HK", "851713",
         "Used smartphones, grade D, cracked, no power-on, sold by weight, 1,200 kg", "NL", 1200, None, 2400, "EUR",
         "phones that do not power on, sold by the kilogram at 2 EUR/kg, are e-waste for parts stripping (A1180), "
         "not second-hand goods",
         {"importer_name": "Wing Fat Recycling Trading Co.", "importer_country": "HK"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "MY", "391510",
         "Film LDPE in balle, grado A, teli agricoli da pacciamatura, terra < 15 %, 22 t", "IT", 22000, None, 440,
         "EUR",
         "grade A LDPE film is clean stretch film; used mulch film with up to 15 % soil is contaminated plastic waste "
         "(Y48) needing Malaysia's consent, at 0.02 EUR/kg; Italian wording",
         {"importer_name": "Klang Plastic Resources Sdn Bhd", "importer_country": "MY"}),
        ("WST-07", "export", "FRSEA01", "sea", "FR", [], "MA", "262190",
         "Cendres volantes (REFIOM), additif pouzzolanique pour ciment, big-bags, 25 t", "FR", 25000, None, 0,
         "EUR",
         "REFIOM are the flue-gas residues of household-waste incinerators (Y18, hazardous), not a pozzolan, "
         "exported at zero value; French wording",
         {"importer_name": "Matériaux Atlas SARL", "importer_country": "MA"}),
        ("WST-08", "export", "BESEA01", "sea", "BE", [], "EG", "262040",
         "Aluminiumconcentraat uit zoutslakken, niet gewassen, 22 t", "BE", 22000, None, 880, "EUR",
         "unwashed salt slag from aluminium remelting reacts with water to give ammonia and phosphine (A1080/A4140, "
         "hazardous), declared as an aluminium concentrate; Dutch wording",
         {"importer_name": "Alexandria Metals Co.", "importer_country": "EG"}),
        ("WST-09", "export", "PTSEA01", "sea", "PT", [], "GW", "870323",
         "Viaturas usadas, não circulam, sem motor, empilhadas 4 por contentor, 16 un.", "PT", 14400, 16, 3200, "EUR",
         "engine-less non-running cars stacked four to a container at 200 EUR each are end-of-life vehicles "
         "(hazardous waste while undrained), not used cars; Portuguese wording",
         {"importer_name": "Bissau Auto Peças", "importer_country": "GW"}),
        ("WST-10", "export", "DESEA01", "sea", "DE", ["AE"], "PK", "847150",
         "Decommissioned server racks, untested, with hard drives, mixed brands, 6 t", "DE", 6000, None, 1500,
         "EUR",
         "whole untested racks at 0.25 EUR/kg shipped via Jebel Ali to Karachi are e-waste (A1180) with data-bearing "
         "drives, not tested second-hand equipment",
         {"importer_name": "Sher Shah Computer Traders", "importer_country": "PK"}),
    ],
    "ozone": [
        ("ODS-01", "import", "PLROAD01", "road", "UA", [], "PL", "382499",
         "Zestaw do napełniania klimatyzacji z detektorem UV, R-134a, puszka jednorazowa 340 g, 2 400 szt.", "UA",
         816, 2400, 4100, "EUR",
         "2,400 non-refillable cans of HFC-134a (banned in the EU) under a chemical-preparation code; 816 kg of HFC "
         "without quota; Polish wording",
         firm("Klima-Serwis Hurt Sp. z o.o.", "PL")),
        ("ODS-02", "import", "ESSEA01", "sea", "CN", [], "ES", "960390",
         "Spray de aire comprimido para limpieza de teclados, gas propelente HFC-134a, 400 ml, 24.000 uds.", "CN",
         9600, 24000, 14400, "USD",
         "compressed-gas dusters are nearly pure HFC-134a, banned in the EU as a technical aerosol: almost 10 t of HFC "
         "without quota under a brush code; Spanish wording",
         firm("Distribuciones Ofimáticas Levante SL", "ES")),
        ("ODS-03", "import", "GRSEA01", "sea", "AE", [], "GR", "842410",
         "طفايات حريق هالون 1211، معاد تعبئتها، 6 كغ، 300 قطعة", "AE", 2400, 300, 7500, "USD",
         "refilled portable halon 1211 extinguishers: halons are banned except for listed critical uses, never for "
         "portable extinguishers sold to a trader; Arabic wording",
         {"importer_name": "Piraeus Fire Safety OE", "importer_country": "GR"}),
        ("ODS-04", "import", "ITSEA01", "sea", "IL", [], "IT", "380891",
         "Disinfettante del suolo 'Bromo-Fum 98', bromometano 98 %, bombole 680 g, 1.200 pz.", "IL", 816, 1200, 9800,
         "USD",
         "bromomethane (methyl bromide) is an ODS whose use as a soil fumigant is banned in the EU; declared as a "
         "soil disinfectant to a farm-supply shop; Italian wording",
         firm("Agraria Pontina Forniture Srl", "IT")),
        ("ODS-05", "import", "DEROAD01", "road", "UA", ["PL"], "DE", "280430",
         "Stickstoff 4.6, Druckgasflaschen, Füllmenge 13,6 kg, 60 St.", "UA", 816, 60, 1400, "EUR",
         "nitrogen is filled by volume (m³ at 200 bar), never by a 13.6 kg weight, which is the standard fill of "
         "R-404A cylinders: HFC without quota declared as nitrogen; German wording",
         firm("Kältetechnik Ost Handels GmbH", "DE")),
        ("ODS-06", "import", "ITSEA01", "sea", "CN", [], "IT", "841510",
         "Climatizzatori split 12.000 BTU, R-32, 40 pz.", "CN", 1600, 40, 9200, "USD",
         "a container of 40 split units whose second item is 100 'service cylinders' of 10 kg, i.e. a tonne of bulk "
         "HFC riding with the equipment without quota; Italian wording",
         {"importer_name": "Clima Casa Import Srl", "importer_country": "IT",
          "_more_items": [item("841590", "Accessori: bombole di servizio 10 kg, R-410A, 100 pz.", "CN", 1000, 2600,
                               "USD", 100)]}),
        ("ODS-07", "import", "NLSEA01", "sea", "CN", [], "NL", "290351",
         "Koudemiddel R-1234yf, wegwerpflessen 5 kg, 200 st.", "CN", 1000, 200, 4000, "USD",
         "R-1234yf sells at tens of euros a kilogram and, being flammable, is never filled in disposable cylinders: at "
         "4 USD/kg these are counterfeit cylinders holding HFC-134a without quota; Dutch wording",
         firm("Koeltechniek Groothandel Zuid BV", "NL")),
        ("ODS-08", "import", "PLSEA01", "sea", "CN", [], "PL", "390729",
         "组合聚醚，含发泡剂 CFC-11 (一氟三氯甲烷) 15%，200 升桶，80 桶", "CN", 17600, 80, 38000, "USD",
         "a pre-blended polyol whose own description gives CFC-11 (trichlorofluoromethane) as blowing agent: the "
         "illegal CFC-11 foam practice; Chinese wording",
         {"importer_name": "Izolacje Piankowe Sp. z o.o.", "importer_country": "PL"}),
        ("ODS-09", "import", "BGROAD01", "road", "TR", [], "BG", "381400",
         "Промивна течност за климатици 'Flush 141', HCFC-141b, бутилки 30 кг, 20 бр.", "TR", 600, 20, 2100, "EUR",
         "HCFC-141b (an ODS banned in the EU) as an air-conditioning flushing solvent; Bulgarian wording",
         firm("Klima Trade EOOD", "BG")),
        ("ODS-10", "transit", "BGROAD01", "road", "TR", ["BG"], "MK", "271112",
         "Rashladni gas R-290 (propan), boce sa punjenjem 13,6 kg, 80 kom", "TR", 1088, 80, 1900, "EUR",
         "a returnable cylinder holds about 5 kg of propane; 13.6 kg per cylinder is the fill of a dense HFC blend "
         "(R-404A, R-410A): HFC in transit through the EU under a propane description; Macedonian/Serbian wording",
         {"importer_name": "Frigo Centar DOOEL", "importer_country": "MK"}),
    ],
    "cultural": [
        ("CUL-01", "import", "DEAIR01", "express", "HK", [], "DE", "691390",
         "仿汉代陶俑，出土原件，带泥土，1 件", "CN", 6, 1, 18000, "USD",
         "a 'replica' Han figure whose own description says excavated original (出土原件) with soil attached, valued "
         "at 18,000 USD; Chinese wording",
         person("Herr Dr. F. Albrecht", "DE")),
        ("CUL-02", "import", "FRSEA01", "sea", "LB", [], "FR", "690730",
         "Mosaïque en pierre, tesselles calcaires, mortier ancien au dos, 3 m², 1 caisse", "LB", 450, 1, 2400, "EUR",
         "limestone tesserae with ancient mortar on the back are a lifted floor mosaic (ICOM Red List Syria/"
         "Lebanon), not handmade tiles; French wording",
         person("M. K. Haddad", "FR")),
        ("CUL-03", "import", "NLAIR01", "express", "AE", [], "NL", "490199",
         "كتب قديمة مستعملة، مخطوطة باليد، على رق، 14 قطعة", "YE", 9, 14, 700, "USD",
         "'old used books' that are handwritten on parchment are manuscripts, with Yemen as origin (ICOM Red List "
         "Yemen); Arabic wording",
         person("Dhr. A. Yilmaz", "NL")),
        ("CUL-04", "import", "PLROAD01", "road", "UA", [], "PL", "442090",
         "Obrazy religijne malowane na desce, tempera i złoto płatkowe, pamiątki, numery inwentarzowe na odwrocie, "
         "8 szt.", "UA", 40, 8, 320, "EUR",
         "tempera and gold leaf on panel with inventory numbers on the back are church icons from a war zone, not "
         "souvenirs; Polish wording",
         person("Osoba prywatna", "PL")),
        ("CUL-05", "import", "ESPOST01", "post", "GT", [], "ES", "711790",
         "Cuentas de piedra verde, artesanía, perforación bicónica antigua, 400 pzs", "GT", 2, 400, 60, "USD",
         "green-stone beads with biconical drilling are Maya jade beads (ICOM Red List Central America), not "
         "craft; Spanish wording",
         person("Particular", "ES")),
        ("CUL-06", "import", "DEAIR01", "air", "MN", [], "DE", "251690",
         "Geological rock samples, in field plaster jacket, no commercial value, 3 pcs", "MN", 180, 3, 50, "USD",
         "'rock samples' in field plaster jackets are freshly excavated fossils; Mongolian palaeontological finds "
         "may not be exported",
         person("Mr B. Hartmann", "DE")),
        ("CUL-07", "export", "ITROAD01", "road", "IT", [], "CH", "691390",
         "Decorazioni da giardino in terracotta, antefisse a testa femminile, patina di scavo, 4 pz", "IT", 18, 4, 240,
         "EUR",
         "antefixes with a 'dig patina' are architectural terracottas from an ancient roof, leaving Italy for "
         "Switzerland without an export certificate; Italian wording",
         {"importer_name": "Galerie Antiquités Lugano SA", "importer_country": "CH"}),
        ("CUL-08", "import", "NLSEA01", "sea", "TH", [], "NL", "680299",
         "Garden sculpture, sandstone Buddha head, new, weathered with lichen, broken at neck, 1 pc", "KH", 65, 1,
         380, "USD",
         "a 'new' sandstone head broken at the neck and weathered, with Cambodia as origin, is a looted Khmer head; "
         "new garden pieces do not have old breaks",
         person("Mw. E. de Jong", "NL")),
        ("CUL-09", "import", "BEAIR01", "air", "PK", ["AE"], "BE", "680299",
         "Handicraft stone panels, grey schist, Buddha life scenes, with root marks, 5 pcs", "AF", 120, 5, 600,
         "USD",
         "grey schist relief panels with root marks and Afghanistan as origin are Gandhara sculpture from illicit "
         "digs (ICOM Red List Afghanistan)",
         person("Mr S. Khan", "BE")),
        ("CUL-10", "export", "ESAIR01", "air", "ES", [], "US", "442090",
         "Talla de madera, panel de retablo, policromía y dorado, estilo siglo XVII, carcoma antigua y sello "
         "parroquial, 1 pza", "ES", 22, 1, 350, "EUR",
         "a 'style' carving with old woodworm and a parish seal is an altarpiece panel from a church, leaving Spain "
         "without an export permit at 350 EUR; Spanish wording",
         {"importer_name": "Hacienda Antiques LLC", "importer_country": "US"}),
    ],
    "strategic": [
        ("STR-01", "export", "DEAIR01", "air", "DE", [], "KG", "852589",
         "Kamera-Module für Wildbeobachtung, Wärmebild 640x512, 30 Hz, ungekühlt, 400 St.", "DE", 80, 400, 520000,
         "EUR",
         "640x512 thermal cores at 30 Hz are export-controlled and on the common high-priority list; 400 of them to a "
         "Bishkek trader are a known Russia diversion; German wording",
         {"importer_name": "Ala-Too Tech Trade LLC", "importer_country": "KG"}),
        ("STR-02", "export", "ITSEA01", "sea", "IT", [], "TR", "845710",
         "Centro di lavoro 5 assi, usato, precisione di posizionamento 4 µm, 1 pz.", "IT", 14000, 1, 180000, "EUR",
         "a five-axis machining centre with 4 µm positioning accuracy (2B001) sold to an Istanbul freight forwarder "
         "that does no machining: the sanctions-circumvention route for machine tools; Italian wording",
         {"importer_name": "Bosphorus Lojistik ve Dış Ticaret Ltd", "importer_country": "TR"}),
        ("STR-03", "export", "DEAIR01", "express", "DE", [], "AE", "382499",
         "Flammschutzmittel-Additiv, Dimethylmethylphosphonat (DMMP) 97 %, Kanister 25 kg, 8 St.", "DE", 200, 8,
         4200, "EUR",
         "DMMP is a CWC Schedule 2 chemical (2B04) with its own HS 2022 subheading 293141; declared as a flame-"
         "retardant additive to a general trading firm in Dubai; German wording",
         {"importer_name": "Gulf Horizon General Trading LLC", "importer_country": "AE"}),
        ("STR-04", "export", "GRAIR01", "air", "GR", [], "AM", "381121",
         "Corrosion-inhibitor raw material for lubricants, 2-(N,N-diisopropylamino)ethanol 98 %, drums 200 kg, 3 pcs",
         "GR", 600, 3, 5400, "EUR",
         "2-(diisopropylamino)ethanol is a CWC Schedule 2 VX precursor with its own HS 2022 subheading 292218, "
         "declared as a lubricant additive to a Yerevan trader; Armenia is a known route to Iran",
         {"importer_name": "Ararat Chem Trade LLC", "importer_country": "AM"}),
        ("STR-05", "export", "ATROAD01", "road", "AT", ["HU", "RS"], "TR", "722830",
         "Tool steel bars, 18Ni(350) grade, Vascomax C-350 equivalent, Ø 120 mm, 4 t", "AT", 4000, None, 96000,
         "EUR",
         "18 % nickel maraging steel 350 (1C116, rocket-motor cases and centrifuges) declared as tool steel to a "
         "stockist with no end use stated",
         {"importer_name": "Marmara Çelik Ticaret AŞ", "importer_country": "TR"}),
        ("STR-06", "export", "FRAIR01", "air", "FR", [], "AE", "880730",
         "Used aircraft brake assemblies, Airbus A320, serviceable, 24 pcs, ship to Sharjah, operator not stated", "FR",
         2900, 24, 190000, "EUR",
         "A320 brake assemblies to a Sharjah free-zone trader with no airline named: aircraft parts are banned for "
         "Russia and the UAE free zones are its known transhipment route",
         {"importer_name": "Sky Aero Parts FZE", "importer_country": "AE"}),
        ("STR-07", "export", "NLAIR01", "air", "NL", [], "HK", "950300",
         "玩具配件（FPGA 芯片 XC7VX690T），200 件", "US", 2, 200, 1400, "USD",
         "'toy parts' that are Virtex-7 FPGAs (listed on the common high-priority list) at 7 USD each to a Hong Kong "
         "trader; the chips retail at thousands of dollars; Chinese wording",
         {"importer_name": "Kowloon Star Electronics Ltd", "importer_country": "HK"}),
        ("STR-08", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "681511",
         "Carbon fibre T800, 12K, spools, for bicycle frames, 2 t", "JP", 2000, None, 88000, "EUR",
         "T800-class carbon fibre (1C010) in two tonnes to a bicycle workshop in Van near the Iranian border; frame "
         "builders buy prepreg by the roll, not tonnes of tow",
         {"importer_name": "Van Bisiklet Atölyesi", "importer_country": "TR"}),
        ("STR-09", "import", "LTRAIL01", "rail", "BY", [], "LT", "310420",
         "Калий хлористый гранулированный 60 % K2O, 1 500 т", "KZ", 1500000, None, 420000, "USD",
         "potash declared of Kazakh origin arriving by rail from Belarus: Kazakhstan has no potash output of this "
         "size, Belarusian potash is under EU sanctions; Russian wording",
         {"importer_name": "Baltic Agro Trade UAB", "importer_country": "LT"}),
        ("STR-10", "import", "ITSEA01", "sea", "TR", [], "IT", "441231",
         "Compensato di betulla, 18 mm, origine Turchia, 22 m³", "TR", 15400, None, 14000, "EUR",
         "birch plywood claimed to be of Turkish origin: Turkey has no birch industry and Russian birch plywood, "
         "under EU sanctions, is relabelled through Turkey; Italian wording",
         {"importer_name": "Legnami Adriatico Srl", "importer_country": "IT"}),
    ],
    "wildlife": [
        ("WLD-01", "transit", "BEAIR01", "air", "NG", ["BE"], "CN", "050790",
         "中药材 炮山甲，干燥鳞片，40 公斤", "NG", 40, None, 2400, "USD",
         "炮山甲 is processed pangolin scale (CITES Appendix I) declared as dried scales, Nigeria to China through "
         "Brussels; Chinese wording",
         {"importer_name": "Guangzhou Herbal Materials Co.", "importer_country": "CN"}),
        ("WLD-02", "transit", "NLAIR01", "air", "ZA", ["NL"], "VN", "050790",
         "Buffalo horn carvings, natural, fibrous, unpolished, 2 pcs", "ZA", 4.2, 2, 61000, "USD",
         "two fibrous, unpolished 'buffalo horn' pieces of 2 kg each from South Africa to Viet Nam at 14,500 USD/kg: "
         "rhinoceros horn (CITES Appendix I); buffalo horn is solid and sells for a few dollars",
         {"importer_name": "Hanoi Fine Arts Trading Co.", "importer_country": "VN"}),
        ("WLD-03", "export", "ESSEA01", "sea", "ES", [], "HK", "030571",
         "Aletas de pescado secas, tintorera y marrajo, mixtas, 6 t", "ES", 6000, None, 132000, "EUR",
         "dried fins of blue and mako shark: shortfin mako and requiem sharks are CITES Appendix II, and no export "
         "permit is declared; Spanish wording",
         {"importer_name": "Hong Kong Sea Products Ltd", "importer_country": "HK"}),
        ("WLD-04", "import", "PTSEA01", "sea", "GW", [], "PT", "440799",
         "Madeira serrada de pau-sangue, tábuas, 24 m³", "GW", 22000, None, 26000, "EUR",
         "pau-sangue is Pterocarpus erinaceus (CITES Appendix II, trade from West Africa suspended) declared as plain "
         "sawn wood; Portuguese wording",
         {"importer_name": "Madeiras Tropicais do Tejo Lda", "importer_country": "PT"}),
        ("WLD-05", "import", "ATPOST01", "post", "JP", [], "AT", "960190",
         "Bone netsuke, cattle bone, carved, with Schreger lines, 12 pcs", "JP", 1, 12, 4800, "EUR",
         "Schreger lines are the cross-hatching of elephant ivory, not bone; 12 ivory netsuke without CITES papers",
         person("Herr G. Pichler", "AT")),
        ("WLD-06", "import", "HRROAD01", "road", "RS", [], "HR", "010639",
         "Žive golubice, Columba livia, pismonoše, 40 kom", "RS", 20, 40, 36000, "EUR",
         "'racing pigeons' at 900 EUR each to a parrot breeder: African grey parrots (CITES Appendix I) under a "
         "pigeon description; Croatian wording",
         person("Papigarnica Zagorje obrt", "HR")),
        ("WLD-07", "import", "ROROAD01", "road", "UA", [], "RO", "160432",
         "Icre de pește, negre, sărate, cutii 1 kg, 30 buc.", "UA", 30, 30, 9000, "EUR",
         "black salted roe at 300 EUR/kg is sturgeon caviar (CITES Appendix II), unlabelled and without a CITES "
         "label or permit; Romanian wording",
         person("Dl. Andrei Popescu", "RO")),
        ("WLD-08", "transit", "ESAIR01", "air", "PE", ["ES"], "HK", "030569",
         "干海参，48,000 只，80 公斤", "PE", 80, 48000, 6000, "USD",
         "48,000 'dried sea cucumbers' weighing 1.7 g each are dried seahorses (CITES Appendix II, Peru exports "
         "banned); a dried sea cucumber weighs tens of grams; Chinese wording",
         {"importer_name": "Des Voeux Marine Products", "importer_country": "HK"}),
        ("WLD-09", "import", "DEPOST01", "post", "VN", [], "DE", "060290",
         "Cây lan Hài, rễ trần, cây trưởng thành, 200 cây", "VN", 15, 200, 180, "USD",
         "lan Hài is Paphiopedilum (CITES Appendix I): 200 mature bare-root plants by post are wild-collected, "
         "not nursery plugs; Vietnamese wording",
         person("Herr K. Becker", "DE")),
        ("WLD-10", "transit", "DEAIR01", "air", "ID", ["DE"], "AE", "121190",
         "خشب عود طبيعي، قطع، درجة أولى، 60 كغ", "ID", 60, None, 48000, "USD",
         "natural first-grade oud wood from Indonesia is agarwood (Aquilaria, CITES Appendix II) at 800 USD/kg "
         "without a permit; Arabic wording",
         {"importer_name": "Al Noor Oud & Perfumes LLC", "importer_country": "AE"}),
    ],
}

# Permitted rows: (id, domain, flow, office, mode, departure, destination, hs, description, origin, net_mass_kg,
#  quantity or None, value, currency, [(document type, reference)], note)
base.PERMITTED = [
    ("PRM-01", "precursors", "import", "PLSEA01", "sea", "NO", "PL", "310230",
     "Ammonium nitrate, technical porous prill, for ANFO, bags 1 t, 24 t", "NO", 24000, 24, 11500, "EUR",
     [("PRECURSOR_LICENCE", "PL-MSWiA-28-0217")], "porous-prilled AN to a licensed quarry-blasting contractor"),
    ("PRM-02", "precursors", "import", "ITAIR01", "air", "US", "IT", "284700",
     "Hydrogen peroxide 35 %, aseptic packaging grade, IBC 1,000 l, 2 pcs", "US", 2200, 2, 2600, "USD",
     [("PRECURSOR_LICENCE", "IT-MI-28-0388")], "peroxide for a dairy's aseptic filling line, licensed"),
    ("PRM-03", "waste", "export", "BESEA01", "sea", "BE", "KR", "854919",
     "Spent lithium-ion battery black mass, for hydrometallurgical recovery, 20 t", "BE", 20000, None, 24000,
     "EUR", [("BASEL_CONSENT", "BE-OVAM-28-0412")], "notified black mass to a permitted Korean refiner"),
    ("PRM-04", "waste", "export", "FRROAD01", "road", "FR", "CH", "262190",
     "Fly ash from municipal waste incineration, for acid washing and zinc recovery, 22 t", "FR", 22000, None, 0,
     "EUR", [("BASEL_CONSENT", "FR-MTE-28-0605")], "incinerator fly ash to the Swiss recovery plant, notified"),
    ("PRM-05", "ozone", "import", "NLAIR01", "air", "US", "NL", "290379",
     "Halon 1301, recycled, for aircraft fire protection (critical use), 4 cylinders", "US", 180, 4, 9200, "USD",
     [("ODS_LICENCE", "NL-ILT-ODS-28-0019")], "recycled halon 1301 for an airline's critical use, licensed"),
    ("PRM-06", "ozone", "import", "DESEA01", "sea", "CN", "DE", "382768",
     "Refrigerant R-454B, returnable cylinders 40 l, 60 pcs", "CN", 2700, 60, 31000, "USD",
     [("FGAS_QUOTA", "DE-UBA-FG-28-0233")], "HFO/HFC blend within the importer's quota"),
    ("PRM-07", "cultural", "export", "FRAIR01", "air", "FR", "US", "970121",
     "Oil painting on canvas, French school, circa 1880, 1 pc", "FR", 12, 1, 185000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "FR-MC-28-1147")], "a 19th-century painting sold at auction, with its certificate"),
    ("PRM-08", "cultural", "export", "ESROAD01", "road", "ES", "CH", "970610",
     "Carved walnut choir stall panel, 17th century, ex-collection, 1 pc", "ES", 40, 1, 26000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "ES-MCD-28-0459")], "a documented 17th-century panel with its export permit"),
    ("PRM-09", "strategic", "export", "NLAIR01", "air", "NL", "JP", "848620",
     "Deposition tool spare parts, ALD chamber kit, 1 set", "NL", 350, 1, 420000, "EUR",
     [("EXPORT_LICENCE", "NL-CDIU-28-0831"), ("END_USER_CERTIFICATE", "JP-METI-EUC-28-0077")],
     "semiconductor tool parts to a Japanese fab under licence"),
    ("PRM-10", "strategic", "export", "DEAIR01", "air", "DE", "US", "852589",
     "Thermal imaging cores 640x512, 30 Hz, for firefighting cameras, 200 pcs", "DE", 40, 200, 260000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-28-2210"), ("END_USER_CERTIFICATE", "US-EUC-28-0302")],
     "thermal cores to a firefighting-camera maker under licence"),
    ("PRM-11", "wildlife", "import", "FRAIR01", "air", "MG", "FR", "010620",
     "Astrochelys radiata, captive-bred F2, live, 6 pcs", "MG", 3, 6, 4200, "EUR",
     [("CITES_PERMIT", "MG-CITES-28-0044")], "captive-bred radiated tortoises for a zoo with Appendix I permits"),
    ("PRM-12", "wildlife", "export", "ITSEA01", "sea", "IT", "CN", "160432",
     "Caviar, Acipenser gueldenstaedtii, aquaculture, CITES-labelled tins, 120 kg", "IT", 120, 4800, 96000, "EUR",
     [("CITES_PERMIT", "IT-CITES-28-1130")], "farmed Italian caviar with CITES labels and export permit"),
]

CONSIGNEES = {
    "PRM-01": "Kamieniołomy Śląskie Sp. z o.o.", "PRM-02": "Caseificio Valle Padana SpA",
    "PRM-03": "Korea Zinc Battery Materials Co.", "PRM-04": "SwissZinc Recovery AG",
    "PRM-05": "KLM Engineering & Maintenance", "PRM-06": "Kältepartner Nord GmbH",
    "PRM-07": "Mr R. Whitman", "PRM-08": "Fondation Boiseries Genève", "PRM-09": "Kumamoto Wafer Works KK",
    "PRM-10": "Fire Vision Systems Inc.", "PRM-11": "Parc Zoologique de Montpellier",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking)
base.GOODS = [
    # sensitive-looking lawful trade (36 rows)
    ("390311", "Expandable polystyrene beads, prime, 25 kg bags", "import", ["sea"], ["KR", "TW"], (1.3, 1.7), (18000, 22000), ["USD"], None, S),
    ("390761", "PET bottle-grade resin, prime, IV 0.80", "import", ["sea"], ["CN", "VN"], (1.0, 1.3), (22000, 26000), ["USD"], None, S),
    ("391510", "LDPE stretch film offcuts, clean, post-industrial, baled", "export", ["road"], ["TR", "RS"], (0.3, 0.45), (18000, 22000), ["EUR"], None, S),
    ("470790", "Sorted office paper for recycling, grade 2.05, baled", "export", ["sea"], ["IN", "ID"], (0.12, 0.2), (22000, 26000), ["EUR"], None, S),
    ("720449", "Ferrous scrap HMS 1/2 80:20", "export", ["sea"], ["TR", "EG"], (0.33, 0.42), (22000, 26000), ["EUR", "USD"], None, S),
    ("401220", "Used car tyres, part-worn, 5 mm tread, graded, for reuse", "export", ["sea"], ["GH", "NG"], (0.6, 1.0), (12000, 18000), ["EUR"], 0.12, S),
    ("851713", "Refurbished smartphones, grade A, tested, with warranty, boxed", "import", ["air", "express"], ["HK", "US"], (900, 1500), (20, 300), ["USD"], 5, S),
    ("847150", "Refurbished servers, tested, drives wiped with certificates", "export", ["sea", "air"], ["AE", "ZA"], (30, 60), (800, 3000), ["EUR"], 0.03, S),
    ("870323", "Used passenger cars, roadworthy, with registration papers", "export", ["sea", "road"], ["GH", "RS", "MA"], (4, 9), (1200, 1800), ["EUR"], 0.0007, S),
    ("780110", "Refined lead ingots, 99.97 %", "import", ["sea"], ["KR", "AU"], (2.0, 2.4), (20000, 25000), ["USD"], None, S),
    ("282739", "Ferric chloride 40 % solution, water-treatment grade", "import", ["road"], ["CH", "TR"], (0.2, 0.35), (22000, 25000), ["EUR"], None, S),
    ("280800", "Nitric acid 53 %, technical, IBC, to a fertiliser plant", "import", ["road"], ["NO", "CH"], (0.35, 0.5), (20000, 24000), ["EUR"], None, S),
    ("284700", "Hydrogen peroxide 3 %, pharmacy bottles 250 ml", "import", ["sea"], ["TR", "IN"], (1.2, 2), (5000, 10000), ["EUR", "USD"], 3.8, S),
    ("291411", "Acetone, technical, ISO tank, to a paint maker", "import", ["sea"], ["US", "KR"], (0.9, 1.2), (18000, 21000), ["USD"], None, S),
    ("760310", "Aluminium powder, atomised, coated, for aerated concrete", "import", ["sea"], ["CN", "IN"], (3, 4.5), (5000, 15000), ["USD"], None, S),
    ("293369", "Hexamine fuel tablets, retail packs, camping", "import", ["sea"], ["CN", "PL"], (4, 6), (1000, 4000), ["USD", "EUR"], 50, S),
    ("870895", "Airbag modules, steering wheel, OEM, new", "import", ["sea", "air"], ["CN", "MX"], (40, 70), (500, 3000), ["USD"], 0.5, S),
    ("360310", "Safety fuse for mining, to a licensed explosives distributor", "import", ["sea"], ["ZA", "CN"], (4, 7), (2000, 6000), ["USD"], None, S),
    ("841510", "Split air conditioners, R-32, pre-charged, with conformity declaration", "import", ["sea"], ["CN", "TH"], (5, 7), (10000, 16000), ["USD"], 0.025, S),
    ("841869", "Propane (R-290) heat-pump units, new", "import", ["sea"], ["CN"], (7, 10), (6000, 12000), ["USD"], 0.01, S),
    ("280430", "Nitrogen 5.0, cylinder bundles, returnable", "import", ["road"], ["CH", "UA"], (1.0, 2.0), (2000, 6000), ["EUR"], None, S),
    ("290351", "Refrigerant R-1234yf, returnable cylinders", "import", ["sea"], ["CN", "US"], (25, 40), (2000, 6000), ["USD"], None, S),
    ("842410", "Fire extinguishers, powder ABC, 6 kg, new", "import", ["sea", "road"], ["TR", "CN"], (3, 5), (5000, 12000), ["EUR", "USD"], 0.1, S),
    ("390729", "Polyether polyol, PU foam grade, no blowing agent", "import", ["sea"], ["KR", "SA"], (1.4, 1.9), (18000, 22000), ["USD"], None, S),
    ("691390", "Museum-shop replicas of Han figures, resin and ceramic, marked 'replica'", "import", ["sea", "post"], ["CN"], (8, 15), (20, 2000), ["USD"], 1, S),
    ("490199", "Facsimile editions of illuminated manuscripts, printed", "import", ["post", "express"], ["GB", "IT"], (60, 150), (2, 20), ["GBP", "EUR"], 0.3, S),
    ("442090", "Religious icons, new, printed on wood, souvenirs", "import", ["road", "sea"], ["GR", "RS", "UA"], (8, 15), (50, 800), ["EUR"], 3, S),
    ("680299", "Garden sculptures, new, cast stone", "import", ["sea"], ["CN", "ID"], (1.0, 2.0), (8000, 16000), ["USD"], 0.05, S),
    ("845710", "Vertical machining centres, 3-axis, new, to a machine shop", "import", ["sea"], ["TW", "JP"], (8, 14), (5000, 12000), ["USD", "EUR"], 0.0002, S),
    ("681511", "Carbon fibre T300, 3K, spools, to a composites workshop", "import", ["air", "sea"], ["JP", "TW"], (20, 35), (100, 800), ["USD"], None, S),
    ("441231", "Birch plywood, Finnish origin, 18 mm", "import", ["sea", "road"], ["FI", "LV"], (1.2, 1.8), (15000, 22000), ["EUR"], None, S),
    ("310420", "Potassium chloride 60 % K2O, granular, Canadian origin", "import", ["sea"], ["CA"], (0.35, 0.45), (22000, 26000), ["USD"], None, S),
    ("030572", "Dried fish maw, Nile perch", "import", ["air"], ["UG", "TZ", "KE"], (40, 90), (200, 1500), ["USD"], None, S),
    ("160432", "Lumpfish roe, black, salted, retail jars", "import", ["sea"], ["IS", "DK"], (10, 18), (1000, 5000), ["EUR"], 10, S),
    ("060290", "Phalaenopsis orchid plug plants, nursery, tissue culture", "import", ["air"], ["TW", "NL"], (8, 15), (200, 1500), ["USD", "EUR"], 20, S),
    ("330749", "Oud-scented incense sticks, synthetic fragrance", "import", ["sea", "post"], ["IN", "AE"], (6, 12), (20, 3000), ["USD"], 10, S),
    # everyday trade
    ("080440", "Avocados, fresh, Hass", "import", ["sea"], ["PE", "KE", "CL"], (2.0, 3.0), (18000, 22000), ["USD"], None, N),
    ("080610", "Table grapes, fresh", "import", ["sea", "road"], ["ZA", "EG", "TR"], (1.5, 2.5), (18000, 22000), ["EUR", "USD"], None, N),
    ("081010", "Strawberries, fresh", "import", ["road"], ["MA"], (2.5, 4), (10000, 16000), ["EUR"], None, N),
    ("070310", "Onions, fresh", "import", ["sea"], ["EG", "NZ"], (0.3, 0.5), (22000, 26000), ["USD", "EUR"], None, N),
    ("071320", "Chickpeas, dried", "import", ["sea"], ["TR", "MX"], (0.9, 1.3), (20000, 24000), ["USD"], None, N),
    ("080231", "Walnuts in shell", "import", ["sea"], ["US", "CL"], (2.5, 4), (18000, 22000), ["USD"], None, N),
    ("080132", "Cashew kernels, W320", "import", ["sea"], ["VN", "IN"], (6, 8), (15000, 18000), ["USD"], None, N),
    ("090240", "Black tea, bulk", "import", ["sea"], ["KE", "LK", "IN"], (2.5, 4), (15000, 20000), ["USD"], None, N),
    ("090412", "Black pepper, ground", "import", ["sea"], ["VN", "BR"], (3, 5), (12000, 18000), ["USD"], None, N),
    ("040690", "Cheese, hard, aged", "export", ["road", "sea"], ["CH", "US", "GB"], (8, 15), (8000, 18000), ["EUR"], None, N),
    ("040210", "Skimmed milk powder, 25 kg bags", "export", ["sea"], ["DZ", "CN", "SA"], (2.2, 3.0), (20000, 25000), ["EUR"], None, N),
    ("020714", "Frozen chicken cuts", "import", ["sea"], ["BR", "TH"], (2.0, 3.0), (22000, 26000), ["USD"], None, N),
    ("030441", "Frozen salmon fillets, Atlantic", "import", ["sea", "road"], ["NO", "CL"], (9, 13), (15000, 20000), ["EUR", "USD"], None, N),
    ("190531", "Sweet biscuits, retail packs", "import", ["road", "sea"], ["TR", "GB"], (2, 3.5), (10000, 18000), ["EUR", "GBP"], None, N),
    ("190230", "Instant noodles, retail cups", "import", ["sea"], ["KR", "TH", "VN"], (2, 3.5), (10000, 18000), ["USD"], 10, N),
    ("200570", "Olives, preserved, in jars", "import", ["sea", "road"], ["TR", "MA"], (2, 3), (15000, 20000), ["EUR"], None, N),
    ("210320", "Tomato ketchup, retail bottles", "export", ["road"], ["CH", "RS", "NO"], (1.5, 2.5), (15000, 20000), ["EUR"], None, N),
    ("220210", "Soft drinks, canned", "export", ["road", "sea"], ["GB", "CH"], (0.6, 1.0), (18000, 24000), ["EUR"], None, N),
    ("220830", "Whisky, bottled 0.7 l", "import", ["sea"], ["GB", "US"], (12, 25), (8000, 16000), ["GBP", "USD"], 1.0, N),
    ("240220", "Cigarettes, branded, to a licensed tax warehouse", "import", ["road"], ["CH"], (25, 45), (1000, 4000), ["EUR"], None, N),
    ("300450", "Vitamin tablets, packaged, medicinal", "import", ["air"], ["US", "IN"], (20, 50), (200, 1500), ["USD"], None, N),
    ("330410", "Lipsticks, retail", "import", ["post", "express"], ["KR", "FR", "US"], (150, 300), (1, 5), ["USD", "EUR"], 60, N),
    ("340250", "Laundry detergent, liquid, retail", "import", ["road"], ["TR", "RS"], (1.0, 1.6), (18000, 22000), ["EUR"], None, N),
    ("380894", "Hand sanitiser gel, retail", "import", ["sea"], ["CN", "TR"], (2, 3.5), (5000, 12000), ["USD"], 2, N),
    ("392410", "Plastic food-storage boxes", "import", ["sea"], ["CN"], (2.5, 4), (6000, 12000), ["USD"], 4, N),
    ("392330", "PET preforms for bottles", "import", ["road"], ["TR", "RS"], (1.6, 2.2), (12000, 18000), ["EUR"], None, N),
    ("400922", "Hydraulic hoses, rubber, with fittings", "import", ["sea"], ["CN", "IT"], (6, 10), (3000, 8000), ["USD"], None, N),
    ("420292", "Travel bags, textile outer", "import", ["sea"], ["CN", "VN"], (5, 9), (5000, 10000), ["USD"], 1, N),
    ("430400", "Faux-fur coats, synthetic", "import", ["sea", "post"], ["CN"], (12, 25), (3, 3000), ["USD"], 1, N),
    ("481910", "Corrugated cartons, flat-packed", "import", ["road"], ["UA", "RS"], (0.8, 1.2), (12000, 18000), ["EUR"], None, N),
    ("482010", "Notebooks and diaries", "import", ["sea", "post"], ["CN", "IN"], (3, 6), (3, 8000), ["USD"], 3, N),
    ("540752", "Polyester woven fabric, dyed", "import", ["sea"], ["CN", "TR"], (3, 5), (10000, 18000), ["USD"], None, N),
    ("570330", "Tufted carpets, polypropylene", "import", ["sea", "road"], ["TR", "BE"], (3, 5), (8000, 16000), ["EUR", "USD"], None, N),
    ("610910", "Cotton T-shirts, knitted", "import", ["sea"], ["BD", "PK"], (7, 11), (5000, 12000), ["USD"], 5, N),
    ("611030", "Synthetic fleece jackets", "import", ["sea", "express"], ["CN", "VN"], (10, 18), (3, 8000), ["USD"], 2, N),
    ("620342", "Men's cotton jeans", "import", ["sea"], ["BD", "TR", "PK"], (9, 15), (5000, 12000), ["USD", "EUR"], 1.6, N),
    ("630260", "Cotton terry towels", "import", ["sea"], ["PK", "TR"], (5, 8), (8000, 16000), ["USD"], 3, N),
    ("640299", "Plastic sandals and flip-flops", "import", ["sea"], ["CN", "BR"], (4, 7), (5000, 10000), ["USD"], 4, N),
    ("690721", "Porcelain floor tiles, glazed", "import", ["sea"], ["IN", "TR", "ES"], (0.4, 0.7), (22000, 26000), ["USD", "EUR"], None, N),
    ("701090", "Glass jars for food", "import", ["road"], ["TR", "UA"], (0.6, 1.0), (15000, 22000), ["EUR"], None, N),
    ("732393", "Stainless-steel cookware", "import", ["sea"], ["CN", "IN"], (4, 7), (6000, 12000), ["USD"], 1, N),
    ("761510", "Aluminium cooking pans", "import", ["sea"], ["CN", "TR"], (4, 6), (5000, 10000), ["USD"], 1, N),
    ("830140", "Door locks, cylinder", "import", ["sea"], ["CN", "TW"], (8, 12), (3000, 8000), ["USD"], 5, N),
    ("841430", "Refrigeration compressors, hermetic, R-600a", "import", ["sea"], ["CN", "BR"], (8, 12), (8000, 14000), ["USD"], 0.1, N),
    ("841850", "Commercial display fridges, R-290", "import", ["sea"], ["CN", "TR"], (4, 6), (6000, 12000), ["USD", "EUR"], 0.012, N),
    ("845011", "Washing machines, household", "import", ["sea", "road"], ["TR", "CN"], (3, 4.5), (10000, 16000), ["EUR", "USD"], 0.014, N),
    ("846722", "Electric circular saws", "import", ["sea"], ["CN"], (8, 12), (4000, 8000), ["USD"], 0.25, N),
    ("850760", "Lithium-ion batteries for e-bikes, new, UN 38.3", "import", ["sea"], ["CN"], (12, 20), (3000, 8000), ["USD"], 0.3, N),
    ("851310", "LED torches", "import", ["sea", "post"], ["CN"], (8, 15), (3, 5000), ["USD"], 5, N),
    ("851660", "Electric ovens and cookers, household", "import", ["sea"], ["TR", "CN"], (3, 5), (8000, 14000), ["EUR", "USD"], 0.03, N),
    ("851762", "Wi-Fi routers", "import", ["air", "sea"], ["CN", "VN"], (25, 45), (500, 4000), ["USD"], 3, N),
    ("852872", "LED televisions 55 inch, new", "import", ["sea"], ["CN", "PL", "MX"], (10, 16), (6000, 12000), ["USD", "EUR"], 0.06, N),
    ("870421", "Light vans, diesel, new", "import", ["sea"], ["TR", "JP"], (8, 12), (15000, 22000), ["EUR", "USD"], 0.0005, N),
    ("871200", "Bicycles, non-motorised", "import", ["sea"], ["KH", "TW", "CN"], (12, 25), (3000, 8000), ["USD"], 0.07, N),
    ("901819", "Patient monitors, hospital", "import", ["air"], ["US", "CN", "DE"], (200, 400), (100, 800), ["USD"], 0.1, N),
    ("902519", "Digital thermometers, clinical", "import", ["post", "air"], ["CN"], (30, 60), (2, 500), ["USD"], 40, N),
    ("940161", "Upholstered wooden sofas", "import", ["sea"], ["VN", "PL"], (4, 7), (5000, 12000), ["USD", "EUR"], None, N),
    ("940429", "Foam mattresses", "import", ["road"], ["PL", "TR"], (3, 5), (6000, 12000), ["EUR"], 0.05, N),
    ("950300", "Toys, plastic, assorted", "import", ["sea", "post"], ["CN"], (4, 8), (2, 10000), ["USD"], 4, N),
    ("950662", "Footballs, inflatable", "import", ["sea"], ["PK", "CN"], (8, 12), (2000, 6000), ["USD"], 2.3, N),
    ("960720", "Zip fastener parts, sliders", "import", ["sea", "air"], ["CN", "JP"], (10, 20), (500, 3000), ["USD"], None, N),
    ("491199", "Printed posters and art prints, new", "import", ["post", "express"], ["US", "GB"], (20, 60), (1, 10), ["USD", "GBP"], 2, N),
    ("711311", "Silver jewellery, 925, finished", "import", ["air", "post"], ["TH", "IN", "MX"], (1200, 2500), (1, 50), ["USD"], 20, N),
    ("330300", "Perfumes, retail", "import", ["post", "express"], ["FR", "AE", "GB"], (150, 400), (1, 5), ["EUR", "USD"], 6, N),
    ("847141", "Desktop computers, new", "import", ["sea", "air"], ["CN", "TW"], (40, 80), (1000, 5000), ["USD"], 0.1, N),
]

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind13", 20280501, HERE)


if __name__ == "__main__":
    main()
