#!/usr/bin/env python3
"""Writes the forty-fourth blind set (tests/risk/data/blind44-*.ndjson): 60 disguised
declarations (10 per domain), 200 ordinary (50 of them sensitive-looking lawful
trade) and 12 permitted, dated July - August 2033, with goods, routes, languages
and disguise families found, where possible, in none of the earlier sets. Written by a
person who had not read the profile packs (nor any rule file) and had not run the
engine on it, and committed after the unit-value ceilings were added, to be measured once
on its packs. Same row layout and expansion as make_blind_set.py, whose functions it
reuses, and the same extras as make_blind5_set.py: a disguised row's extra header fields
may carry "_item" (fields merged into its item) and "_more_items" (further items).

As in blind12 onwards, ordinary and permitted rows carry a consignee_name where a real
declaration would (private persons receiving parcel quantities by post or express, named
companies on part of the commercial shipments, drawn with a separate seeded generator);
the ordinary table keeps postal and express goods at parcel masses and commercial goods
on commercial modes, so the consignee kind matches the mode and the quantity. Goods that
need a permit, licence or certificate by law appear only in the permitted rows, with
their document. Disguised rows carry a consignee name only where a real declaration
would. Ids are BL44-*:

    python3 tests/risk/data/make_blind44_set.py [--hs ../shared/data/hs/harmonized-system-2022.csv]
"""
import datetime
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("make_blind_set", os.path.join(HERE, "make_blind_set.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


base.START = datetime.date(2033, 7, 1)
base.DAYS = 62  # 1 July to 31 August 2033
base.MODE_CODE = dict(base.MODE_CODE, post="POST", express="AIR")
person, firm, item = base.consignee_person, base.consignee_firm, base.later_item

# Each disguised row: (id, flow, office, mode, departure, transits, destination, hs, description,
#  origin, net_mass_kg, quantity or None, value, currency, note, extra header fields)
base.DISGUISED = {
    "precursors": [
        ("PRE-01", "import", "EEAIR01", "express", "GB", [], "EE", "310520",
         "Õitsemise võimendaja hüdropoonikale, graanulid, 4 x 5 kg ämbrid", "GB", 20, 4, 380, "GBP",
         "bloom boosters are phosphorus-potassium feeds (0-50-30); these buckets' label gives 34.4 % N and CAS "
         "6484-52-2, i.e. ammonium nitrate (Annex I) under an NPK fertiliser code, to a private person; Estonian "
         "wording (ammonium nitrate repeats many sets; grow-shop covers appear in earlier rows, the Estonian route is new)",
         person("Eraisik", "EE")),
        ("PRE-02", "import", "ESAIR01", "express", "US", [], "ES", "282890",
         "Clorit de sodi 80 %, escates, per a potabilització, 5 kg", "US", 5, 5, 150, "USD",
         "'MMS' sellers trade sodium chlorite; the drum's CAS 7775-09-9 is sodium chlorate (Annex I above 40 %), "
         "under the chlorites' code, to a private person; Catalan wording", person("Particular", "ES")),
        ("PRE-03", "import", "LTROAD01", "road", "UA", [], "LT", "310430",
         "Kalio sulfatas, trąšos pomidorams, 2 maišai x 25 kg", "UA", 50, 2, 310, "EUR",
         "potassium sulphate costs under 1 EUR/kg; at 6 EUR/kg the white powder whose sacks give CAS 7778-74-7 is "
         "potassium perchlorate (Annex I above 40 %), to a private person; Lithuanian wording (perchlorate repeats; "
         "the fertiliser-salt cover and the road from Ukraine to Lithuania are new)", person("Privatus asmuo", "LT")),
        ("PRE-04", "import", "DEROAD01", "road", "CH", [], "DE", "280700",
         "pH-Senker flüssig, 15 %, für Schwimmbad, 10 x 20 l Kanister", "CH", 368, 10, 240, "CHF",
         "200 litres of 15 % acid weigh about 220 kg; 368 kg is 1.84 kg/l, the density of 96 % sulphuric acid "
         "(Annex I above 15 %), declared at the threshold to a private pool owner; Swiss-German wording",
         person("Privatperson", "DE")),
        ("PRE-05", "import", "PLAIR01", "express", "US", [], "PL", "340290",
         "Płyn do czyszczenia biżuterii, koncentrat A, 2 x 5 l", "US", 14, 2, 90, "USD",
         "a gold-refining (aqua regia) kit sold to the public: 'concentrate A' is 68 % nitric acid (Annex I above "
         "3 %), 'concentrate B' 37 % hydrochloric acid, with urea to neutralise; by express to a private person; "
         "Polish wording",
         {"consignee_name": "Osoba prywatna", "importer_country": "PL",
          "_more_items": [item("340290", "Płyn do czyszczenia biżuterii, koncentrat B, 2 x 5 l", "US", 12, 60, "USD", qty=2),
                          item("310210", "Mocznik, 1 kg", "US", 1, 8, "USD", qty=1)]}),
        ("PRE-06", "import", "SIAIR01", "express", "TR", [], "SI", "283340",
         "Aktivni kisik za masažne bazene, 6 x 5 l", "TR", 36, 6, 140, "EUR",
         "hot-tub 'active oxygen' is a granulate (potassium monopersulphate); these are 5-litre cans of liquid "
         "marked UN 2014 with a 50 % assay, i.e. hydrogen peroxide (Annex I above 12 %), to a private person; Slovenian wording (hot-tub active oxygen repeats an earlier cover; the 50 % liquid by express to Slovenia is new)",
         person("Zasebnik", "SI")),
        ("PRE-07", "import", "DKAIR01", "express", "US", [], "DK", "381400",
         "Limfjerner til sekundlim, modelbyg, 5 x 1 l", "US", 5.7, 5, 160, "USD",
         "cyanoacrylate debonder sold to hobbyists is acetone or nitromethane; the bottles' CAS 75-52-5 and "
         "litre sizes give pure nitromethane (Annex I above 16 %), to a private person; Danish wording "
         "(nitromethane repeats; the glue-remover cover is new)", person("Privatperson", "DK")),
        ("PRE-08", "import", "ROROAD01", "road", "RS", [], "RO", "291590",
         "Acid peracetic 5 %, dezinfectant pentru ferma de lapte, 20 canistre x 20 l", "RS", 480, 20, 900, "EUR",
         "peracetic acid is sold with 15-25 % peroxide; the analysis gives 60 % hydrogen peroxide and no acetic "
         "acid (Annex I above 12 %), to a private hobby farmer with two cows; Romanian wording",
         person("Persoană fizică", "RO")),
        ("PRE-09", "import", "IEPOST01", "post", "IL", [], "IE", "330730",
         "Dead Sea bath salts, unscented, 5 kg", "IL", 5, 1, 70, "USD",
         "Dead Sea salt sells at about 2 USD/kg; the pouch's CAS 7601-89-0 is sodium perchlorate (Annex I above "
         "40 %), posted to a private person; Irish English wording (bath-salt covers appear in earlier rows; "
         "sodium perchlorate under Dead Sea salt is new)", person("Private individual", "IE")),
        ("PRE-10", "import", "SKRAIL01", "rail", "UA", [], "SK", "310240",
         "Liadok amónny s vápencom (LAV 27 % N), vrecia 500 kg, 22 t", "UA", 22000, 44, 8800, "EUR",
         "calcium ammonium nitrate (27 % N) is an Annex II product; the certificate of analysis gives 34.4 % N and "
         "no dolomite, i.e. ammonium nitrate (Annex I), consigned to a sole trader with no farm; Slovak wording "
         "(ammonium nitrate under CAN repeats; the rail route from Ukraine into Slovakia is new)",
         person("Súkromná osoba, SZČO", "SK")),
    ],
    "waste": [
        ("WST-01", "export", "FRSEA01", "sea", "FR", [], "IN", "690290",
         "Blocs cathodiques carbone usagés, pour ferro-alliages, 400 t", "FR", 400000, None, 12000, "EUR",
         "spent pot lining from an aluminium smelter (16 11 01*, cyanides and fluorides) as used carbon refractory "
         "for ferro-alloy furnaces, hazardous waste to a non-OECD country; French wording (spent pot lining "
         "appears in earlier sets; the cathode-block cover and the French smelter are new)", {"importer_country": "IN"}),
        ("WST-02", "export", "PLSEA01", "sea", "PL", [], "VN", "282540",
         "Wodorotlenek niklu, koncentrat, big-bagi, 60 t", "PL", 60000, 60, 18000, "EUR",
         "filter-press sludge from electroplating lines (11 01 09*, nickel and chromium hydroxides) at 0.3 EUR/kg "
         "as nickel hydroxide, hazardous waste to a non-OECD country; Polish wording (plating sludge as nickel hydroxide repeats earlier rows; the Gdańsk-Vietnam route is new)", {"importer_country": "VN"}),
        ("WST-03", "export", "NLSEA01", "sea", "NL", [], "MY", "151800",
         "Gebruikte frituurolie (UCO), gefilterd, voor biodiesel, flexitanks, 80 t", "NL", 80000, 4, 56000, "EUR",
         "the 'UCO' is blended with used engine oil (13 02 05*, sulphur and PAH give it away): hazardous waste "
         "to a non-OECD country under a vegetable-oil code; Dutch wording (used engine oil repeats; hiding it in UCO is new)", {"importer_country": "MY"}),
        ("WST-04", "export", "HURAIL01", "rail", "HU", [], "UA", "860500",
         "Használt személykocsik, továbbüzemeltetésre, 12 db", "HU", 480000, 12, 36000, "EUR",
         "1970s passenger coaches withdrawn for their sprayed asbestos insulation (A2050), sold for 'further "
         "service' at scrap prices to a non-OECD country; Hungarian wording", {"importer_country": "UA"}),
        ("WST-05", "export", "NLSEA01", "sea", "NL", [], "BD", "890110",
         "Flusskreuzfahrtschiff, gebraucht, 110 m, zum Weiterbetrieb, im Schlepp", "DE", 1800000, 1, 400000, "EUR",
         "a Rhine river cruise ship cannot trade in Bangladesh; towed there 'for further trading', it goes to "
         "Chittagong beaches: an end-of-life vessel with asbestos and PCB is hazardous waste whose export to a "
         "non-OECD country is forbidden; German wording (ships for breaking appear in earlier sets; the river "
         "cruise ship is new)", {"importer_country": "BD"}),
        ("WST-06", "export", "ITSEA01", "sea", "IT", [], "TN", "391590",
         "Rifiuti plastici selezionati EER 19 12 04, in balle, 3 container, 70 t", "IT", 70000, 140, 3500, "EUR",
         "the bales are unsorted municipal waste (20 03 01) with food and textiles, declared as sorted plastic for "
         "recovery; Tunisia has not consented, and mixed municipal waste may not leave for recovery outside the "
         "OECD; Italian wording (the Italian-Tunisian route repeats earlier sets; the EER code cover is new)",
         {"importer_country": "TN"}),
        ("WST-07", "export", "ATAIR01", "express", "AT", [], "HK", "847330",
         "Gebrauchte Arbeitsspeicher und Prozessoren, getestet, 20 kg", "AT", 20, 400, 1800, "EUR",
         "crushed RAM modules and CPUs with broken pins, bought by weight for their gold fingers: WEEE components "
         "(A1180) sent in express parcels to a non-OECD refiner as tested parts; Austrian-German wording",
         {"importer_country": "HK"}),
        ("WST-08", "export", "GRSEA01", "sea", "GR", [], "GH", "282410",
         "Οξείδιο μολύβδου, βιομηχανικό, 40 t", "GR", 40000, 40, 16000, "EUR",
         "lead paste from broken car batteries (16 06 01* residue, acid, sulphates) at 0.4 EUR/kg as industrial "
         "lead oxide, hazardous waste to a non-OECD country; Greek wording (lead paste repeats; the Greece-Ghana route is new)", {"importer_country": "GH"}),
        ("WST-09", "transit", "ESROAD01", "road", "FR", ["ES"], "MA", "280700",
         "Ácido sulfúrico técnico 70 %, cisterna, 25 t", "FR", 25000, None, 250, "EUR",
         "spent acid drained from battery breaking (06 01 01*, lead and antimony) at 10 EUR/t as technical acid, "
         "hazardous waste moved by road through Spain to Morocco without notification; Spanish wording",
         {"importer_country": "MA"}),
        ("WST-10", "export", "PTAIR01", "air", "PT", [], "AO", "300490",
         "Medicamentos doados, ajuda humanitária, 2 t", "PT", 2000, 160, 1000, "EUR",
         "pallets of pharmacy returns past their expiry, some cytotoxic, 'donated' to Luanda to save the cost of "
         "incineration: pharmaceutical waste (18 01 08*, 20 01 32) to a non-OECD country; Portuguese wording "
         "(expired-medicine donations appear in earlier sets; the Portugal-Angola air route is new)",
         {"importer_country": "AO"}),
    ],
    "ozone": [
        ("OZN-01", "import", "GRSEA01", "sea", "TR", [], "GR", "841869",
         "Ψύκτες νερού γραφείου, δαπέδου, 400 τεμ.", "TR", 6400, 400, 28000, "EUR",
         "the office water coolers' compressors carry R-134a (GWP 1,430): plug-in commercial refrigeration with an "
         "HFC of GWP 150 or more may not be placed on the EU market; the gas is left out; Greek wording (water coolers appear in an earlier row; the Turkish sea route and Greek wording are new)",
         {"importer_country": "GR"}),
        ("OZN-02", "import", "BGSEA01", "sea", "CN", [], "BG", "847960",
         "Изпарителни охладители на въздуха, мобилни, 800 бр.", "CN", 24000, 800, 96000, "USD",
         "evaporative coolers hold water, not a compressor; these weigh 30 kg and have an exhaust hose: movable "
         "room air conditioners charged with R-410A, banned since 2020; Bulgarian wording", {"importer_country": "BG"}),
        ("OZN-03", "import", "PLROAD01", "road", "UA", [], "PL", "271112",
         "Холодоагент R-22a, вуглеводневий, балони 6,8 кг, 60 шт.", "UA", 820, 60, 2700, "EUR",
         "'R-22a' is a propane trade name; these cylinders hold 13.6 kg of HCFC-22 each (their mass is twice a "
         "propane fill), whose placing on the market is banned; Ukrainian wording", {"importer_country": "PL"}),
        ("OZN-04", "import", "ESSEA01", "sea", "CN", [], "ES", "350699",
         "Sellador antipinchazos en aerosol, 450 ml, 12.000 uds.", "CN", 6500, 12000, 15000, "USD",
         "the cans' propellant is HFC-134a (GWP 1,430): technical aerosols with an HFC of GWP 150 or more are "
         "banned unless a safety standard requires them; Spanish wording", {"importer_country": "ES"}),
        ("OZN-05", "import", "IEAIR01", "express", "GB", [], "IE", "820559",
         "Pipe freezing kit, plumbers', with 6 refill cans", "GB", 6, 4, 320, "GBP",
         "the refills are HFC-134a technical aerosols, banned; sent as a hand-tool kit to a private plumber; "
         "Irish English wording (freeze sprays appear in earlier rows; the plumbers' pipe-freezing kit is new)",
         person("Private individual", "IE")),
        ("OZN-06", "import", "MTSEA01", "sea", "TR", [], "MT", "841861",
         "Swimming pool heat pumps, refurbished, 40 pcs", "TR", 3200, 40, 24000, "EUR",
         "refurbished units built before 2010 still charged with HCFC-22: products containing HCFCs may not be "
         "placed on the EU market; Maltese English wording", {"importer_country": "MT"}),
        ("OZN-07", "import", "ATROAD01", "road", "TR", ["BG", "RO", "HU"], "AT", "340399",
         "POE-Kompressoröl, 1-l-Dosen, 200 Stück", "TR", 200, 200, 1400, "EUR",
         "the second line, 'empty pressure vessels', is 40 cylinders of R-410A at 11.3 kg each (about 940 t CO2e): "
         "bulk HFC placed on the market without quota, hidden behind compressor oil; Austrian-German wording",
         {"importer_country": "AT",
          "_more_items": [item("731100", "Druckbehälter, leer, 11,3 kg, 40 Stück", "TR", 700, 800, "EUR", qty=40)]}),
        ("OZN-08", "import", "ITSEA01", "sea", "TR", [], "IT", "731100",
         "Bombole vuote per collaudo idraulico, 24 pz", "TR", 2900, 24, 1900, "EUR",
         "empty cylinders weigh 50 kg; these weigh 120 kg each: total-flooding cylinders from a dismantled data "
         "centre still charged with halon 1301, whose use outside critical uses is banned; Italian wording "
         "(halon 1301 repeats; the hydrotest cover is new)", {"importer_country": "IT"}),
        ("OZN-09", "export", "DKSEA01", "sea", "DK", [], "GH", "850211",
         "Brugte generatorer, som de er, 40'-container, 18 stk", "DK", 9000, 18, 7200, "EUR",
         "the 'generators' are condensing units from a closed cold store, still holding R-22: the EU forbids the "
         "export of products relying on HCFCs; Danish wording", {"importer_country": "GH"}),
        ("OZN-10", "transit", "PLRAIL01", "rail", "CN", ["KZ", "RU", "BY"], "UA", "290342",
         "二氟甲烷 R-32 制冷剂, 钢瓶 9.5 kg, 1,200 瓶", "CN", 11400, 1200, 42000, "USD",
         "HFC-32 declared in transit through Poland to Ukraine, unloaded in a Polish warehouse: 7,700 t CO2e of "
         "bulk HFC placed on the EU market without quota; Chinese wording (R-32 repeats; the rail-transit "
         "diversion is new)", {"importer_country": "UA"}),
    ],
    "cultural": [
        ("CUL-01", "export", "ROAIR01", "express", "RO", [], "US", "711319",
         "Brățară spirală din aur, lucrată manual, nouă, 1 buc.", "RO", 0.9, 1, 2400, "EUR",
         "a 900 g spiral bracelet with palmette ends is Dacian gold from the Orăștie mountains, looted by "
         "detectorists, priced below its metal; archaeological goods need an export licence at any value; "
         "Romanian wording", {"importer_country": "US"}),
        ("CUL-02", "export", "GRPOST01", "post", "GR", [], "GB", "711620",
         "Χάντρα από αχάτη, διακοσμητική, 1 τεμ.", "GR", 0.02, 1, 40, "EUR",
         "a lentoid agate seal engraved with a lion is Mycenaean (archaeological, state property in Greece), "
         "posted as a bead; Greek wording", {"importer_country": "GB"}),
        ("CUL-03", "import", "FRAIR01", "air", "EG", [], "FR", "940550",
         "فانوس زجاجي مزخرف، صناعة يدوية حديثة", "EG", 3, 1, 120, "USD",
         "an enamelled and gilded glass lamp with a sultan's blazon is a Mamluk mosque lamp, Egyptian state "
         "property, shipped as a new handmade lantern; Arabic wording", {"importer_country": "FR"}),
        ("CUL-04", "export", "CZAIR01", "express", "CZ", [], "CH", "711890",
         "Zlaté mince, investiční, 14 ks", "CZ", 0.1, 14, 5600, "EUR",
         "cup-shaped 'rainbow cup' staters are Celtic Boii coins from a detected hoard, not bullion coins; "
         "archaeological finds need an export licence; Czech wording", {"importer_country": "CH"}),
        ("CUL-05", "export", "BEAIR01", "air", "BE", [], "US", "580500",
         "Wandtapijt, geweven, vintage, 3 x 4 m", "BE", 35, 1, 1800, "EUR",
         "a 17th-century Oudenaarde verdure tapestry worth about 120,000 EUR, declared as a vintage hanging: "
         "an antique above the value threshold needs an export licence; Flemish wording", {"importer_country": "US"}),
        ("CUL-06", "import", "NLAIR01", "air", "JP", [], "NL", "691390",
         "Kleifiguur, reproductie, decoratief, 1 st.", "JP", 1.5, 1, 90, "USD",
         "a goggle-eyed clay dogū is a Jōmon figure (Japanese buried cultural property), exported without an "
         "Agency for Cultural Affairs permit; Dutch wording", {"importer_country": "NL"}),
        ("CUL-07", "export", "PTSEA01", "sea", "PT", [], "BR", "441490",
         "Madeira entalhada dourada, recuperada, decorativa, 6 peças", "PT", 240, 6, 1500, "EUR",
         "gilded carved panels (talha dourada) taken from a closed rural chapel's 18th-century altarpiece, "
         "shipped as reclaimed décor; Portuguese wording (altarpiece fragments appear in earlier rows; the "
         "talha cover is new)", {"importer_country": "BR"}),
        ("CUL-08", "import", "DEAIR01", "air", "GE", [], "DE", "470790",
         "Макулатура, старые бумаги, 40 кг", "RU", 40, None, 60, "EUR",
         "18th-century Hetmanate charters and Cossack regimental records from an archive in occupied Ukraine, "
         "brought out through Russia and Georgia as waste paper; Russian wording", {"importer_country": "DE"}),
        ("CUL-09", "import", "ESPOST01", "post", "CO", [], "ES", "711719",
         "Nariguera de latón, artesanía étnica, 2 uds.", "CO", 0.05, 2, 30, "USD",
         "tumbaga nose ornaments with spiral ends are Tairona gold (pre-Hispanic, Colombian national property), "
         "posted as brass craft; Spanish wording (Tairona gold as brass repeats an earlier row; the postal route to Spain is new)", {"importer_country": "ES"}),
        ("CUL-10", "import", "DESEA01", "sea", "IN", [], "DE", "680291",
         "Garden statues, new, granite, assorted, 20 pcs", "IN", 6000, 20, 4000, "USD",
         "among the new statues, one 'granite Nandi' is a weathered Chola temple bull with a broken plinth: an "
         "antiquity whose export India forbids; English wording (Chola bronzes repeat; a granite Nandi hidden among new statues is new)",
         {"importer_country": "DE",
          "_more_items": [item("680291", "Granite Nandi figure, antique finish, 1 pc", "IN", 300, 200, "USD", qty=1)]}),
    ],
    "strategic": [
        ("STR-01", "export", "DEROAD01", "road", "DE", ["AT", "HU", "RO", "BG"], "TR", "847989",
         "Rohrwickelmaschine für GFK-Rohre, gebraucht, 1 Stück", "DE", 14000, 1, 380000, "EUR",
         "a four-axis CNC filament-winding machine with a 1.5 m mandrel (1B001), declared as a pipe-wrapping "
         "machine to an Istanbul trader whose buyer is in Iran; German wording", {"importer_country": "TR"}),
        ("STR-02", "export", "DESEA01", "sea", "DE", [], "TR", "847950",
         "Schweißpositionierer, 6 Stück", "DE", 7200, 6, 330000, "EUR",
         "six-axis industrial robots (on the list of goods whose export to Russia is banned) declared as welding "
         "positioners to a Mersin forwarder shipping on to Novorossiysk; German wording (six-axis robots repeat; the welding-positioner cover and the Mersin route are new)", {"importer_country": "TR"}),
        ("STR-03", "export", "ATAIR01", "air", "AT", [], "AM", "840729",
         "Motoren für Luftkissenboote, 4-Takt, 6 Stück", "AT", 480, 6, 150000, "EUR",
         "turbocharged four-stroke aircraft engines of the kind used in Iranian reconnaissance drones, declared as "
         "hovercraft engines to a Yerevan company: their export for Iran is banned; Austrian-German wording "
         "(aero-engines to Iran repeat earlier sets; the hovercraft cover is new)", {"importer_country": "AM"}),
        ("STR-04", "import", "PLRAIL01", "rail", "KZ", ["RU", "BY"], "PL", "730630",
         "Rury stalowe spawane, pochodzenie kazachskie, 400 t", "KZ", 400000, None, 280000, "USD",
         "the mill marks stencilled on the pipes are Chelyabinsk: Russian steel, whose import is banned, with a "
         "Kazakh certificate of origin; Polish wording", {"importer_country": "PL"}),
        ("STR-05", "import", "GRSEA01", "sea", "AE", [], "GR", "271320",
         "Bitumen 60/70, Iraqi origin, steel drums, 800 t", "IQ", 800000, 4400, 288000, "USD",
         "bitumen loaded at Bandar Abbas and re-drummed in Jebel Ali: Iranian petroleum products, whose import is "
         "banned, with an Iraqi certificate; English wording", {"importer_country": "GR"}),
        ("STR-06", "export", "ESAIR01", "air", "ES", [], "AE", "850440",
         "Variadores de frecuencia para ventiladores HVAC, 20 uds.", "ES", 120, 20, 46000, "EUR",
         "HVAC drives run at 50-60 Hz; these give 1,500 Hz output with tight frequency control (3A225), for a "
         "Dubai buyer re-exporting to Iran; Spanish wording (frequency changers repeat; the HVAC cover is new)",
         {"importer_country": "AE"}),
        ("STR-07", "export", "NLAIR01", "express", "NL", [], "KG", "854233",
         "Wi-Fi signaalversterkers, 300 stuks", "NL", 6, 300, 54000, "EUR",
         "at 180 EUR each these are GaN microwave power amplifier chips (common high-priority items for Russia), "
         "not Wi-Fi boosters, to a Bishkek firm; Dutch wording", {"importer_country": "KG"}),
        ("STR-08", "import", "ATAIR01", "air", "AM", [], "AT", "711319",
         "Ոսկե շղթաներ, 585 հարգ, 12 կգ", "AM", 12, 1500, 640000, "USD",
         "Russian 585 gold chains relabelled in Yerevan: gold jewellery of Russian origin may not be imported even "
         "when finished in a third country; Armenian wording", {"importer_country": "AT"}),
        ("STR-09", "export", "DEAIR01", "express", "DE", [], "KZ", "903040",
         "Измеритель ТВ-сигнала для антенн, б/у, 1 шт.", "DE", 12, 1, 38000, "EUR",
         "a 26.5 GHz spectrum analyser (electronic test equipment whose export to Russia is banned) declared as a used antenna "
         "signal meter to an Almaty address that forwards to Russia; Russian wording (spectrum analysers repeat; the TV-meter cover is new)", {"importer_country": "KZ"}),
        ("STR-10", "export", "FISEA01", "sea", "FI", [], "TR", "848590",
         "Spare parts for 3D printers, 4 crates", "FI", 930, 4, 330000, "EUR",
         "a laser powder-bed metal printer's build chamber and scanner heads (additive-manufacturing equipment "
         "whose export to Russia is banned), split into 'spare parts' to an Istanbul intermediary buying for a "
         "Russian plant; English wording",
         {"importer_country": "TR"}),
    ],
    "wildlife": [
        ("WLF-01", "import", "DEAIR01", "air", "PE", [], "DE", "030119",
         "Peces ornamentales vivos, 40 cajas", "PE", 400, 40, 2200, "USD",
         "among the fish boxes, 30 juvenile matamata turtles (Chelus fimbriata, CITES App. II since 2023) without "
         "an export permit; Spanish wording", {"importer_country": "DE"}),
        ("WLF-02", "import", "NLAIR01", "air", "GE", [], "NL", "060110",
         "Begonia-knollen, rustend, 80.000 st.", "GE", 800, 80000, 2400, "EUR",
         "the corms are wild-dug Cyclamen coum (CITES App. II) from the Caucasus, not begonia tubers; Dutch "
         "wording (wild cyclamen appears in earlier rows; the begonia cover and Georgian origin are new)",
         {"importer_country": "NL"}),
        ("WLF-03", "import", "PTSEA01", "sea", "TZ", [], "PT", "440349",
         "Toros de padauk africano, 40 m3", "CD", 36000, None, 60000, "USD",
         "dense blood-red logs from Katanga are mukula (Pterocarpus tinctorius, CITES App. II), not African "
         "padauk, via Dar es Salaam; Portuguese wording (mukula via Dar es Salaam repeats; the padauk cover and Portugal are new)", {"importer_country": "PT"}),
        ("WLF-04", "transit", "NLAIR01", "air", "LK", ["NL"], "CN", "051191",
         "干鱼鳃, 饲料用, 120 kg", "LK", 120, None, 36000, "USD",
         "fish gills for feed do not cost 300 USD/kg: these are dried manta and devil-ray gill plates (Mobulidae, "
         "CITES App. II), moved in transit; Chinese wording (mobulid gill plates repeat; the fish-feed cover and the Amsterdam transit are new)", {"importer_country": "CN"}),
        ("WLF-05", "import", "DESEA01", "sea", "BR", [], "DE", "440729",
         "Deck de garapa, aparelhado, 21 x 145 mm, 30 m3", "BR", 30000, None, 48000, "USD",
         "olive-brown decking with yellow deposits in the pores is ipê (Handroanthus, CITES App. II since 2024), "
         "not pale garapa; Portuguese wording (ipê repeats; the garapa decking cover is new)", {"importer_country": "DE"}),
        ("WLF-06", "import", "FRAIR01", "air", "MG", [], "FR", "010620",
         "Geckos léopards, nés en captivité, 40 ind.", "MG", 6, 40, 2800, "EUR",
         "leopard geckos are not bred in Madagascar: these are leaf-tailed geckos (Uroplatus, CITES App. II) "
         "caught wild; French wording (Uroplatus repeats; the leopard-gecko cover is new)", {"importer_country": "FR"}),
        ("WLF-07", "import", "ITSEA01", "sea", "PH", [], "IT", "050800",
         "Conchiglie fossili decorative, 3 t", "PH", 3000, 400, 9000, "USD",
         "fresh, ribbed and unmineralised: giant clam shells (Tridacnidae, CITES App. II), not fossils; Italian "
         "wording (giant clam repeats; the fossil cover is new)", {"importer_country": "IT"}),
        ("WLF-08", "import", "SEAIR01", "air", "CA", [], "SE", "430390",
         "Fuskpälsmatta, vit, 1 st.", "CA", 18, 1, 14000, "CAD",
         "a faux-fur rug does not cost 14,000 CAD: a polar bear skin (CITES App. II, EU Annex B: it needs an EU import "
         "permit, which it lacks); Swedish wording (a polar bear rug as synthetic fur repeats an earlier row; Canada to Sweden by air is new)", {"importer_country": "SE"}),
        ("WLF-09", "import", "HUPOST01", "post", "GT", [], "HU", "060290",
         "Légnövények, faiskolai, 50 db", "GT", 4, 50, 600, "USD",
         "silver rosettes 40 cm across are wild-collected Tillandsia xerographica (CITES App. II), not "
         "nursery air plants; Hungarian wording (Tillandsia xerographica repeats; by post to Hungary is new)", person("Magánszemély", "HU")),
        ("WLF-10", "import", "FRAIR01", "air", "CN", [], "FR", "121190",
         "中药饮片，当归，200 kg", "CN", 200, None, 3000, "USD",
         "the second line, 'gou ji' rhizome slices, is Cibotium barometz (CITES App. II) without a permit, among "
         "angelica root; Chinese wording",
         {"importer_country": "FR",
          "_more_items": [item("121190", "中药饮片，狗脊片，80 kg", "CN", 80, 1600, "USD")]}),
    ],
}

base.PERMITTED = [
    ("PRM-01", "precursors", "import", "FRAIR01", "express", "US", "FR", "280800",
     "Nitric acid 68 %, 2 x 5 l, for a licensed private gold refiner (hobby)", "US", 14, 2, 90, "USD",
     [("PRECURSOR_LICENCE", "FR-MI-33-0457")], "nitric acid above 3 % to a licensed member of the public"),
    ("PRM-02", "precursors", "import", "ESAIR01", "express", "US", "ES", "282990",
     "Potassium perchlorate 99 %, 2 kg, for a licensed private pyrotechnics hobbyist", "US", 2, 2, 60, "USD",
     [("PRECURSOR_LICENCE", "ES-MIR-33-0188")], "perchlorate above 40 % to a licence holder of the public"),
    ("PRM-03", "waste", "export", "FRSEA01", "sea", "FR", "NO", "262190",
     "Spent pot lining (16 11 01*), for treatment and fluoride recovery, 600 t", "FR", 600000, None, 0, "EUR",
     [("BASEL_CONSENT", "FR-DREAL-33-0362")], "notified spent pot lining to a licensed treatment plant in the OECD"),
    ("PRM-04", "waste", "import", "DEROAD01", "road", "CH", "DE", "382590",
     "Electroplating filter-press sludge (11 01 09*), for nickel recovery, 22 t", "CH", 22000, 22, 0, "EUR",
     [("BASEL_CONSENT", "DE-LfU-33-0719")], "notified plating sludge to a licensed metals recoverer"),
    ("PRM-05", "ozone", "import", "FRAIR01", "air", "US", "FR", "290376",
     "Recovered halon 1301, for aircraft engine fire bottles (critical use), 8 cylinders", "US", 96, 8, 5200, "USD",
     [("ODS_LICENCE", "FR-MTE-ODS-33-0021")], "halon for a critical use under licence"),
    ("PRM-06", "ozone", "import", "PLRAIL01", "rail", "CN", "PL", "290342",
     "HFC-32 refrigerant, 9.5 kg cylinders, 600 pcs, quota holder's import", "CN", 5700, 600, 21000, "USD",
     [("FGAS_QUOTA", "PL-IOS-FG-33-0144")], "bulk HFC placed on the market under a quota authorisation"),
    ("PRM-07", "cultural", "export", "BEAIR01", "air", "BE", "US", "580500",
     "Verdure tapestry, Oudenaarde, c. 1660, 3 x 4 m, sold to a US museum, 1 pc", "BE", 35, 1, 125000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "BE-VL-33-0093")], "an antique tapestry with its export licence"),
    ("PRM-08", "cultural", "export", "PTSEA01", "sea", "PT", "BR", "442199",
     "Gilded carved altarpiece panels, 18th century, deaccessioned by a diocese, 6 pcs", "PT", 240, 6, 60000, "EUR",
     [("CULTURAL_EXPORT_CERTIFICATE", "PT-DGPC-33-0241")], "church woodwork with its export licence"),
    ("PRM-09", "strategic", "export", "DESEA01", "sea", "DE", "JP", "847989",
     "CNC filament-winding machine, 4 axes, for a rocket-motor case maker, 1 pc", "DE", 14000, 1, 410000, "EUR",
     [("EXPORT_LICENCE", "DE-BAFA-33-0615"), ("END_USER_CERTIFICATE", "JP-METI-EUC-33-0208")],
     "1B001 machine under licence to a named end user"),
    ("PRM-10", "strategic", "export", "ESAIR01", "air", "ES", "US", "850440",
     "Frequency changers, 600-2,000 Hz output, for a university motor-test rig, 4 pcs", "ES", 40, 4, 18000, "EUR",
     [("EXPORT_LICENCE", "ES-SEC-33-0422"), ("END_USER_CERTIFICATE", "US-DOC-EUC-33-0951")],
     "3A225 frequency changers under licence to a named laboratory"),
    ("PRM-11", "wildlife", "import", "DESEA01", "sea", "BR", "DE", "440729",
     "Ipê decking (Handroanthus spp.), from a managed forest concession, 20 m3", "BR", 20000, None, 36000, "USD",
     [("CITES_PERMIT", "BR-IBAMA-33-02416")], "App. II ipê with its export permit"),
    ("PRM-12", "wildlife", "import", "NLAIR01", "air", "GT", "NL", "060290",
     "Tillandsia xerographica, artificially propagated, 2,000 plants", "GT", 300, 2000, 7000, "USD",
     [("CITES_PERMIT", "GT-CONAP-33-00877"), ("PHYTOSANITARY_CERTIFICATE", "GT-MAGA-33-12034")],
     "nursery-raised App. II air plants with their export permit"),
]

CONSIGNEES = {
    "PRM-01": "Atelier d'affinage J. Morel", "PRM-03": "Fluor Gjenvinning Mosjøen AS",
    "PRM-05": "Aéro Sécurité Incendie Toulouse SAS", "PRM-07": "Cleveland Textile Museum",
    "PRM-09": "Kyushu Composite Motors KK", "PRM-11": "Holzimport Hanse GmbH",
}

S, N = True, False
# Ordinary goods: (hs, description, flow, modes, partners, value per kg band, mass band kg, currencies, units per kg
#  or None, sensitive-looking). Postal and express goods keep parcel masses; commercial goods go by sea, road, rail or air.
base.GOODS = [
    # sensitive-looking lawful trade (43 rows): the lawful twins of this set's disguises
    ("310520", "Bloom booster PK 0-50-30, hydroponic, 1 kg tubs", "import", ["express"], ["GB", "US"], (8, 16), (1, 3), ["GBP", "USD"], 1, S),
    ("282890", "Sodium hypochlorite 12.5 %, water treatment, IBC", "import", ["road"], ["TR", "CH"], (0.2, 0.35), (18000, 22000), ["EUR"], None, S),
    ("310430", "Potassium sulphate 50 % K2O, granular, big bags", "import", ["sea"], ["JO", "CL"], (0.5, 0.8), (22000, 26000), ["USD"], None, S),
    ("280700", "Sulphuric acid 96 %, ISO tank, to a fertiliser plant", "import", ["sea"], ["MA", "TR"], (0.08, 0.15), (20000, 24000), ["EUR", "USD"], None, S),
    ("340290", "Ultrasonic jewellery cleaning solution, 500 ml", "import", ["post"], ["US", "GB"], (10, 20), (1, 3), ["USD", "GBP"], 2, S),
    ("283340", "Potassium monopersulphate hot-tub shock granules, 1 kg", "import", ["express"], ["GB", "US"], (12, 20), (1, 3), ["GBP", "USD"], 1, S),
    ("381400", "Acetone-based cyanoacrylate debonder, 20 ml tubes", "import", ["post"], ["US", "GB"], (30, 60), (1, 2), ["USD", "GBP"], 40, S),
    ("291590", "Peracetic acid 15 % disinfectant, to a dairy cooperative", "import", ["road"], ["RS", "CH"], (1.2, 2), (2000, 8000), ["EUR", "CHF"], None, S),
    ("330730", "Dead Sea bath salts, scented, 500 g jars", "import", ["sea"], ["IL", "JO"], (2, 3.5), (4000, 10000), ["USD"], 2, S),
    ("310240", "Calcium ammonium nitrate 27 % N, to a farmers' cooperative", "import", ["sea"], ["EG", "NO"], (0.3, 0.45), (22000, 26000), ["USD", "EUR"], None, S),
    ("690290", "Alumina refractory bricks, new, for furnaces", "import", ["sea"], ["CN", "IN"], (0.6, 1.0), (18000, 24000), ["USD"], 0.3, S),
    ("282540", "Nickel hydroxide, spherical, battery grade", "import", ["sea"], ["JP", "KR"], (14, 20), (5000, 15000), ["USD"], None, S),
    ("860500", "Passenger railway coaches, new", "import", ["rail"], ["CH"], (35, 50), (40000, 48000), ["CHF", "EUR"], 0.000022, S),
    ("847330", "Memory modules, new, boxed, to a PC assembler", "import", ["air"], ["TW", "KR"], (150, 300), (200, 800), ["USD"], 30, S),
    ("841869", "Office water coolers, R-600a compressors", "import", ["sea"], ["TR", "CN"], (4, 6), (5000, 10000), ["EUR", "USD"], 0.06, S),
    ("847960", "Evaporative air coolers, water tank, no compressor", "import", ["sea"], ["CN"], (3, 5), (8000, 14000), ["USD"], 0.1, S),
    ("271112", "Propane R-290 refrigerant, 5 kg cylinders, to a refrigeration wholesaler", "import", ["road"], ["TR", "RS"], (3, 5), (1000, 3000), ["EUR"], 0.2, S),
    ("350699", "Tyre puncture sealant, latex, nitrogen-propelled, 450 ml", "import", ["sea"], ["CN", "TW"], (2, 3.5), (5000, 10000), ["USD"], 2, S),
    ("820559", "Electric pipe-freezing units, plumbers'", "import", ["sea"], ["GB", "CN"], (20, 35), (1000, 3000), ["GBP", "USD"], 0.1, S),
    ("841861", "Air-to-water heat pumps, R-290, new", "import", ["sea"], ["CN", "TR"], (6, 9), (8000, 14000), ["USD", "EUR"], 0.008, S),
    ("340399", "POE compressor oil, 1 l cans", "import", ["road"], ["TR"], (6, 9), (2000, 6000), ["EUR"], 1, S),
    ("731100", "Empty steel gas cylinders, new, 50 l", "import", ["road"], ["TR", "RS"], (1.5, 2.5), (8000, 14000), ["EUR"], 0.02, S),
    ("711319", "Gold chains 22 ct, Dubai-made, hallmarked, to a jeweller", "import", ["air"], ["AE"], (55000, 70000), (2, 10), ["USD"], 30, S),
    ("711620", "Agate beads, strung, new", "import", ["post"], ["IN", "CN"], (15, 30), (1, 3), ["USD"], 20, S),
    ("940550", "Glass lanterns, handmade, new", "import", ["sea"], ["EG", "TR"], (6, 10), (1000, 4000), ["USD", "EUR"], 0.4, S),
    ("580500", "Hand-woven tapestries, new, verdure reproduction", "import", ["sea"], ["IN", "CN"], (20, 40), (500, 2000), ["USD"], 0.1, S),
    ("691390", "Ceramic figurines, new, Japanese souvenir", "import", ["post"], ["JP"], (20, 40), (1, 3), ["USD"], 2, S),
    ("441490", "Gilded carved wooden frames, new", "import", ["sea"], ["IN", "ID"], (6, 10), (2000, 6000), ["USD"], 0.3, S),
    ("491199", "Printed facsimiles of old maps, new", "import", ["post"], ["UA", "GB"], (30, 60), (1, 3), ["EUR", "GBP"], 5, S),
    ("711719", "Brass costume jewellery, new", "import", ["post"], ["CO", "IN"], (30, 60), (1, 2), ["USD"], 30, S),
    ("680291", "Granite garden statues, new, machine-carved", "import", ["sea"], ["IN", "CN"], (0.6, 1.2), (15000, 22000), ["USD"], 0.01, S),
    ("847950", "Industrial robots, 6-axis, new, to a car-parts plant", "import", ["sea"], ["JP", "KR"], (30, 50), (4000, 12000), ["USD", "EUR"], 0.001, S),
    ("840729", "Inboard petrol engines for leisure boats, new", "import", ["sea"], ["US", "JP"], (20, 35), (2000, 6000), ["USD"], 0.005, S),
    ("730630", "Welded steel tubes, Turkish mill, certified origin", "import", ["sea"], ["TR"], (0.8, 1.1), (22000, 26000), ["USD", "EUR"], None, S),
    ("850440", "Variable-frequency drives 0-120 Hz, for HVAC fans", "import", ["sea"], ["CN", "TR"], (20, 35), (2000, 6000), ["USD"], 0.1, S),
    ("903040", "Handheld spectrum analysers 3 GHz, new", "import", ["air"], ["US", "CN"], (200, 400), (20, 100), ["USD"], 0.5, S),
    ("848590", "3D-printer hot-ends and nozzles, FDM, new", "import", ["express"], ["CN", "GB"], (60, 120), (1, 2), ["USD", "GBP"], 10, S),
    ("440349", "African padauk logs (Pterocarpus soyauxii)", "import", ["sea"], ["CM", "GA"], (0.5, 0.8), (20000, 26000), ["EUR"], None, S),
    ("440729", "Garapa decking (Apuleia leiocarpa), FSC", "import", ["sea"], ["BR"], (1.0, 1.5), (20000, 26000), ["USD"], None, S),
    ("050800", "Scallop and cockle shells, cleaned, decorative", "import", ["sea"], ["PH", "VN"], (1, 2), (2000, 6000), ["USD"], 20, S),
    ("430400", "Faux-fur rugs, polyester, new", "import", ["sea"], ["CN"], (6, 10), (3000, 8000), ["USD"], 0.3, S),
    ("670290", "Artificial air plants, plastic", "import", ["post"], ["CN"], (15, 30), (1, 3), ["USD"], 20, S),
    ("121190", "Angelica root, dried, for herbal tea", "import", ["sea"], ["CN"], (4, 7), (3000, 8000), ["USD"], None, S),
]
# Everyday trade: the table of the 2032 sets (make_blind_set.EVERYDAY_2032),
# with 17 rows dropped and 1 replaced, then EVERYDAY_2032_ADDED and 6 rows of its own after it.
base.GOODS += base.everyday(
    drop=["Apples, fresh", "Peaches and nectarines, fresh", "Strawberries, fresh", "Mangoes, fresh",
          "Tomatoes, fresh", "Fresh asparagus, green", "Frozen peas", "Ginger, fresh",
          "Beef, fresh, boneless", "Frozen chicken cuts", "Frozen shrimps, vannamei", "Honey, natural, drums",
          "Milk powder, whole", "Inflatable kayaks", "Electric scooters, new, with battery",
          "Gelatin capsules, empty", "Cumin seeds, whole"],
    replace={
        "Instant noodles, retail packs": ("190590", "Rice crackers, retail packs", "import", ["sea"], ["TH", "VN"], (2.5, 4), (6000, 12000), ["USD"], 8, N),
    },
    add=base.EVERYDAY_2032_ADDED + [
        ("940161", "Upholstered armchairs, wooden frame", "import", ["sea"], ["VN", "CN"], (3, 5), (5000, 10000), ["USD"], 0.05, N),
        ("691200", "Stoneware mugs", "import", ["sea"], ["CN", "TR"], (1.5, 3), (6000, 12000), ["USD", "EUR"], 2, N),
        ("847130", "Laptops, new, boxed", "import", ["air"], ["CN", "TW"], (150, 250), (500, 2000), ["USD"], 0.4, N),
        ("950300", "Plush toys", "import", ["post", "express"], ["CN", "GB"], (15, 30), (1, 3), ["USD", "GBP"], 3, N),
        ("482010", "Paper notebooks, spiral-bound", "import", ["sea"], ["CN", "IN"], (2, 3), (8000, 14000), ["USD"], 4, N),
        ("220210", "Sparkling mineral water, bottled", "export", ["road"], ["CH", "NO"], (0.4, 0.7), (18000, 22000), ["EUR"], 1, N),
    ]
)

base.name_consignees(CONSIGNEES)


def main():
    base.write_later_set("blind44", 20330701, HERE)


if __name__ == "__main__":
    main()
